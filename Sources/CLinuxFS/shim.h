// statfs(2) and the file system magic numbers, which the Swift Glibc module does not declare:
// for `FileTree` to tell which file systems count a folder's subfolders in its link count.
#include <sys/vfs.h>
#include <linux/magic.h>
