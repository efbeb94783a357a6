"""axe-core on one page of each type: no serious or critical violations.

axe-core's script comes from the PyPI package axe-selenium-python (its bundled axe.min.js); we
inject it ourselves and call axe.run, which is all that package's Axe class does.
$AXE_SCRIPT may name another axe.min.js (a newer axe-core) to run the same check with it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive_site import PAGE_TYPES
from report import REPORT

FAILING_IMPACTS = ("serious", "critical")


def axe_script() -> str:
    override = os.environ.get("AXE_SCRIPT")
    if override:
        return Path(override).read_text(encoding="utf-8")
    package = pytest.importorskip("axe_selenium_python", reason="axe-selenium-python is not installed; run `make deps-browser`")
    return (Path(package.__file__).parent / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def axe_source() -> str:
    return axe_script()


def run_axe(browser, source: str) -> dict:
    browser.driver.execute_script(source)
    return browser.driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
        "  done({version: axe.version, violations: r.violations.map(function (v) {"
        "    return {id: v.id, impact: v.impact, help: v.help,"
        "            nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + n.html + ' :: ' + n.failureSummary; })};"
        "  })});"
        "}, function (error) { done({error: String(error)}); });")


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_axe_finds_no_serious_or_critical_violations(browser, site, axe_source, kind):
    pages = site.samples_per_folder(kind)
    if not pages:
        pytest.skip(f"the site has no {kind} page")
    failures = [failure for page in pages for failure in check_page(browser, axe_source, kind, page)]
    assert not failures, "\n".join(failures)


def check_page(browser, axe_source, kind, page) -> list[str]:
    # The search page is checked with results on it, since that is what search.js adds.
    browser.open(page, query="q=batterij" if kind == "search" else "")
    result = run_axe(browser, axe_source)
    assert "error" not in result, result
    violations = result["violations"]
    summary = ", ".join(f"{v['id']} ({v['impact']}, {len(v['nodes'])} nodes)" for v in violations) or "no violations"
    REPORT.setdefault("axe", {})[page] = f"({kind}) axe {result['version']}: {summary}"
    failing = [v for v in violations if v["impact"] in FAILING_IMPACTS]
    details = "\n".join(f"{v['id']} [{v['impact']}] {v['help']}\n    " + "\n    ".join(v["nodes"][:5]) for v in failing)
    return [f"{page}:\n{details}"] if failing else []
