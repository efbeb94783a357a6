"""The timeline and its year pages (tijdlijn.html, tijdlijn/<year>.html): the index page's year
bars land on the timeline at that year, which leads on to the year's page; the picture's clusters
land on the first row of their date there; every link of a year page resolves; axe finds nothing."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By

from report import REPORT
from test_accessibility import axe_script, run_axe


@pytest.fixture(scope="module")
def year_pages(site) -> list[str]:
    pages = site.pages_by_type.get("timelineYear", [])
    timeline = site.root / "tijdlijn.html"
    if timeline.is_file() and 'id="tijdlijn-beeld"' in timeline.read_text(encoding="utf-8"):
        assert pages, "the timeline draws dated entries, but no year has its page"
    if not pages:
        pytest.skip("the site has no timeline year page")
    return pages


def hrefs_on_page(browser) -> list[str]:
    """Every link of the open page, resolved against its address as the browser resolves it."""
    return browser.driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('a[href]'),"
        " function (a) { return new URL(a.getAttribute('href'), location.href).href; });")


def test_every_link_on_a_year_page_resolves(browser, site, year_pages):
    problems, checked = [], 0
    for page in year_pages:
        browser.open(page)
        for href in hrefs_on_page(browser):
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue
            checked += 1
            if problem := site.unresolved(href):
                problems.append(f"{page}: {href} {problem}")
    REPORT.setdefault("notes", []).append(f"links on {len(year_pages)} timeline year pages: {checked} checked")
    assert checked > 0
    assert not problems, "\n".join(problems[:20])


def test_axe_finds_no_violations_at_all_on_the_year_pages(browser, site, year_pages):
    source = axe_script()
    failures = []
    for page in year_pages:
        browser.open(page)
        result = run_axe(browser, source)
        assert "error" not in result, result
        failures += [f"{page}: {v['id']} [{v['impact']}] {v['help']}\n    " + "\n    ".join(v["nodes"][:3]) for v in result["violations"]]
    assert not failures, "\n".join(failures)


def test_a_year_bar_of_the_index_lands_on_that_year_of_the_timeline_and_leads_to_its_page(browser, site, year_pages):
    browser.open("index.html")
    bars = browser.driver.find_elements(By.CSS_SELECTOR, "figure.picture svg a[href*='tijdlijn.html#jaar-']")
    assert bars, "the index picture has no year bar linking to the timeline"
    # The last bar: the newest year, which has documents (the picture spans first to last dated year).
    year = bars[-1].get_dom_attribute("href").rsplit("#jaar-", 1)[1]
    browser.click(bars[-1].find_element(By.CSS_SELECTOR, "rect"))
    assert browser.current_site_path() == "tijdlijn.html"
    assert browser.fragment() == f"jaar-{year}"
    row = browser.driver.find_element(By.ID, f"jaar-{year}")
    assert row.text.startswith(year), f"#jaar-{year} shows {row.text!r}"
    assert browser.driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", row), "the year row is not in view"
    link = row.find_element(By.CSS_SELECTOR, "a")
    browser.click(link)
    assert browser.current_site_path() == f"tijdlijn/{year}.html"
    assert year in browser.driver.find_element(By.TAG_NAME, "h1").text


def test_a_cluster_of_the_timeline_lands_on_the_first_row_of_its_date_on_the_year_page(browser, site, year_pages):
    browser.open("tijdlijn.html")
    # A cluster is drawn as a pill (a rect with its count); a single mark is a circle.
    clusters = browser.driver.find_elements(By.XPATH, "//*[@id='tijdlijn-beeld']//*[local-name()='a'][*[local-name()='rect']]")
    if not clusters:
        pytest.skip("the timeline has no cluster")
    href = clusters[0].get_dom_attribute("href")
    assert href.startswith("tijdlijn/") and "#" in href, f"a cluster links to {href}, not to a row of its year page"
    title = clusters[0].find_element(By.TAG_NAME, "title").get_attribute("textContent")
    # The count is drawn over the pill and is part of the link: click it.
    browser.click(clusters[0].find_element(By.CSS_SELECTOR, "text"))
    path, fragment = browser.current_site_path(), browser.fragment()
    assert path.startswith("tijdlijn/") and path in year_pages, href
    target = browser.driver.find_element(By.ID, fragment)
    row = target.find_element(By.XPATH, "ancestor::tr")
    date = fragment.split("-", 1)[1]
    assert date[:4] == path[len("tijdlijn/"):len("tijdlijn/") + 4], f"{fragment} is not of the page's year"
    # The row shows the cluster's first date: as YYYY-MM-DD for a document, the Dutch way (as the
    # cluster's tooltip writes it) for a statement.
    shown = row.find_element(By.TAG_NAME, "td").text.strip()
    assert shown == date or f"vermeldingen, {shown}" in title, f"{path}#{fragment} shows {shown!r}; the cluster says {title!r}"
