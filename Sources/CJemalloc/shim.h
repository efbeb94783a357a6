// Debian's jemalloc, linked into the executables for its malloc, which then serves the whole
// process in place of glibc's (see Package.swift). None of its own API is used, so none of its
// headers is imported: its jemalloc.h declares malloc and free again, beside the C library's.
#ifndef KAMERARCHIEF_CJEMALLOC_SHIM_H
#define KAMERARCHIEF_CJEMALLOC_SHIM_H
#endif
