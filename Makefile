# KamerArchief: `make site` builds Output/ from Content/; `make test` runs every test suite.
# Both install what they need on a fresh Debian machine (as root, or with sudo), without prompting.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends
BIN_RELEASE := .build/release/kamerarchief
PYTHON ?= python3

.PHONY: site test swift-test deps-build deps-test build check clean

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

check: deps-build
	$(SWIFT) run kamerarchief check

clean:
	rm -rf .build Output .Output.building .Output.previous
