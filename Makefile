# KamerArchief: `make site` builds Output/ from Content/; `make test` runs every test suite;
# `make bench` measures builds at scale against Hugo and writes BENCHMARKS.md (see bench/run.py).
# Both install what they need on a fresh Debian machine (as root, or with sudo), without prompting.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends
BIN_RELEASE := .build/release/kamerarchief
PYTHON ?= python3

.PHONY: site test swift-test deps-build deps-test deps-bench bench bench-pathological build check clean

site: deps-build
	$(SWIFT) build -c release --product kamerarchief
	$(BIN_RELEASE) build --content Content --templates Templates --output Output

test: deps-test swift-test

swift-test: deps-build
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# libcmark-dev (and pkg-config to find it) when pkg-config cannot find libcmark.
deps-build:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
	  echo "installing libcmark-dev"; \
	  $(SUDO) apt-get update -q && $(APT_INSTALL) libcmark-dev pkg-config; \
	fi

# What the test suites need beyond the build: nm and ldd (binutils, libc-bin).
deps-test: deps-build
	@command -v nm >/dev/null || $(APT_INSTALL) binutils

# Benchmarks: generated corpora under .bench/ (git-ignored), results in BENCHMARKS.md.
# BENCH_SIZES="100 1000" skips the 10,000-document corpus; BENCH_ARGS=--merge keeps the results of
# sizes not run this time; bench/run.py lists the other knobs.
bench: deps-bench
	$(SWIFT) build -c release --product kamerarchief
	$(PYTHON) bench/run.py --binary $(BIN_RELEASE) $(BENCH_ARGS)

bench-pathological: deps-bench
	$(SWIFT) build -c release --product kamerarchief
	$(PYTHON) bench/run.py --binary $(BIN_RELEASE) --only pathological

# GNU time (max RSS), Hugo 0.111 to compare with, valgrind and objcopy for the profile.
deps-bench: deps-build
	@missing=""; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	command -v hugo >/dev/null || missing="$$missing hugo"; \
	command -v valgrind >/dev/null || missing="$$missing valgrind"; \
	command -v objcopy >/dev/null || missing="$$missing binutils"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  $(SUDO) apt-get update -q && $(APT_INSTALL) $$missing; \
	fi

check: deps-build
	$(SWIFT) run kamerarchief check

clean:
	rm -rf .build Output .Output.building .Output.previous .bench
