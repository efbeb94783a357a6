"""Fixtures for the browser tests: the built site (`--site` or $KAMERARCHIEF_SITE) and one shared
headless Chromium. `make browser-test` builds the site into a temporary folder and passes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive_site import PAGE_TYPES, ArchiveSite
from browser import Browser, start_chromium
from report import REPORT


def pytest_addoption(parser):
    parser.addoption("--site", default=os.environ.get("KAMERARCHIEF_SITE"),
                     help="the built site folder (default: $KAMERARCHIEF_SITE)")
    parser.addoption("--screenshots", default=os.environ.get("KAMERARCHIEF_SCREENSHOTS"),
                     help="a folder for layout screenshots (default: $KAMERARCHIEF_SCREENSHOTS; none if unset)")


@pytest.fixture(scope="session")
def site(pytestconfig) -> ArchiveSite:
    folder = pytestconfig.getoption("--site")
    if not folder:
        pytest.exit("no site to test: pass --site DIR or set KAMERARCHIEF_SITE (make browser-test does)", returncode=2)
    root = Path(folder)
    if not (root / "index.html").is_file():
        pytest.exit(f"{root} holds no built site (no index.html)", returncode=2)
    site = ArchiveSite(root)
    REPORT["pages"] = {kind: len(site.pages_by_type.get(kind, [])) for kind in PAGE_TYPES + ("other",)}
    REPORT["search index bytes"] = (root / "assets" / "search-index.js").stat().st_size
    REPORT["search index entries"] = len(site.search_index)
    return site


@pytest.fixture(scope="session")
def driver():
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture
def browser(driver, site):
    """The shared browser, with logs drained before the test and checked after it: any console
    error or any request that is not file:, data:, about: or blob: fails the test."""
    browser = Browser(driver, site)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    browser.reset()
    yield browser
    browser.assert_clean()


@pytest.fixture
def screenshot_dir(pytestconfig) -> Path | None:
    folder = pytestconfig.getoption("--screenshots")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def pytest_terminal_summary(terminalreporter):
    if not REPORT:
        return
    write = terminalreporter.write_line
    terminalreporter.section("KamerArchief site checked")
    pages = REPORT.get("pages", {})
    write("pages by type: " + ", ".join(f"{kind} {count}" for kind, count in pages.items() if count))
    for key in ("search index bytes", "search index entries", "pages loaded in the browser", "pages validated"):
        if key in REPORT:
            write(f"{key}: {REPORT[key]}")
    for kind, result in sorted(REPORT.get("axe", {}).items()):
        write(f"axe {kind}: {result}")
    for line in REPORT.get("notes", []):
        write(line)

