"""Reading the archive as a person does: every page loads cleanly from file://, and breadcrumbs,
previous/next links and footnotes take the reader where they say."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

import pytest
from selenium.webdriver.common.by import By

from report import REPORT


def resolve(page: str, href: str) -> tuple[str, str]:
    """(site path, fragment) that `href` on `page` leads to."""
    parts = urlsplit(href)
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path))) if parts.path else page
    return path, unquote(parts.fragment)


def test_every_page_loads_from_file_without_console_errors_or_network_requests(browser, site):
    """The `browser` fixture fails the test on any console error or any request that is not
    file:, data:, about: or blob:; here every page of the site gets that check."""
    problems, local = [], 0
    for page in site.html_pages:
        browser.open(page)
        assert browser.driver.find_element(By.TAG_NAME, "h1").text.strip(), f"{page}: empty h1 once rendered"
        assert browser.driver.execute_script(
            "return getComputedStyle(document.body).fontFamily.indexOf('system-ui') >= 0"), f"{page}: style.css not applied"
        traffic = browser.drain()
        problems += [f"{page}: console error: {message}" for message in traffic.console_errors]
        problems += [f"{page}: request that leaves the machine: {url}" for url in traffic.external_urls]
        local += sum(url.startswith("file:") for url in traffic.requested_urls)
        browser.traffic = type(traffic)()
    assert not problems, "\n".join(problems)
    REPORT["pages loaded in the browser"] = f"{len(site.html_pages)} ({local} file:// requests, none elsewhere)"

@pytest.mark.parametrize("kind", ["fiche", "kamerbrief", "motie", "memorie-van-toelichting", "pillar", "action", "dossier", "dossiers", "timelineYear", "search"])
def test_breadcrumbs_lead_up_to_the_home_page(browser, site, kind):
    page = site.sample_pages().get(kind)
    if page is None:
        pytest.skip(f"the site has no {kind} page")
    crumbs = site.parse(page).breadcrumb_hrefs
    assert crumbs, f"{page}: no breadcrumbs"
    assert resolve(page, crumbs[0])[0] == "index.html", "the first crumb is the home page"
    assert resolve(page, crumbs[-1])[0] == page, "the last crumb is the page itself"
    for index in range(len(crumbs)):
        browser.open(page)
        links = browser.driver.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs a")
        assert len(links) == len(crumbs)
        if index == len(crumbs) - 1:
            assert links[index].get_attribute("aria-current") == "page"
        browser.click(links[index])
        assert browser.current_site_path() == resolve(page, crumbs[index])[0]
        assert browser.driver.find_element(By.TAG_NAME, "h1").text


def pager_links(browser):
    """(previous, next) link elements of the pager, either None."""
    previous = next_ = None
    for link in browser.driver.find_elements(By.CSS_SELECTOR, ".pager a"):
        text = link.text.strip()
        if text.startswith("←") or text.startswith("Vorige"):
            previous = link
        elif text.endswith("→") or text.startswith("Volgende"):
            next_ = link
        else:
            raise AssertionError(f"pager link that is neither previous nor next: {text!r}")
    return previous, next_


@pytest.mark.parametrize("kind", ["pillar", "action", "timelineYear"])
def test_next_links_walk_every_page_of_a_series_and_previous_links_walk_back(browser, site, kind):
    """Pillars form one series per document, actions one series per pillar, the timeline's year pages one series."""
    pages = site.pages_by_type.get(kind, [])
    if not pages:
        pytest.skip(f"the site has no {kind} pages")
    series: dict[str, list[str]] = {}
    for page in pages:
        key = posixpath.dirname(page) if kind in ("pillar", "timelineYear") else page.rsplit("-actie-", 1)[0]
        series.setdefault(key, []).append(page)
    for document, members in sorted(series.items()):
        # The first page of the chain is the one without a previous link.
        firsts = []
        for page in members:
            browser.open(page)
            previous, _ = pager_links(browser)
            if previous is None:
                firsts.append(page)
        assert len(firsts) == 1, f"{document}: {kind} pages without a previous link: {firsts}"
        walked = [firsts[0]]
        browser.open(firsts[0])
        while True:
            _, next_ = pager_links(browser)
            if next_ is None:
                break
            browser.click(next_)
            here = browser.current_site_path()
            assert here not in walked, f"{document}: the next links loop back to {here}"
            walked.append(here)
        assert sorted(walked) == sorted(members), f"{document}: next links miss {set(members) - set(walked)}"
        for expected in reversed(walked[:-1]):
            previous, _ = pager_links(browser)
            assert previous is not None, f"{browser.current_site_path()}: no previous link"
            browser.click(previous)
            assert browser.current_site_path() == expected


def pages_with_footnotes(site) -> list[str]:
    """Per page type, the first page (in site order) that has a footnote marker."""
    chosen: dict[str, str] = {}
    for page in site.html_pages:
        kind = site.page_type(page)
        if kind not in chosen and site.parse(page).noteref_targets:
            chosen[kind] = page
    return sorted(chosen.values())


def test_footnote_markers_lead_to_their_note_and_back(browser, site):
    pages = pages_with_footnotes(site)
    if not pages:
        pytest.skip("no page of the site has a footnote marker")
    checked = 0
    for page in pages:
        browser.open(page)
        count = len(browser.driver.find_elements(By.CSS_SELECTOR, "a[role=doc-noteref]"))
        for index in range(count):
            browser.open(page)
            marker = browser.driver.find_elements(By.CSS_SELECTOR, "a[role=doc-noteref]")[index]
            marker_id = marker.get_attribute("id")
            assert marker_id, f"{page}: a footnote marker without an id cannot be linked back to"
            note_id = resolve(page, marker.get_attribute("href"))[1]
            browser.click(marker)
            assert browser.current_site_path() == page
            assert browser.fragment() == note_id
            note = browser.driver.find_element(By.ID, note_id)
            assert note.tag_name == "li" and browser.driver.execute_script(
                "return !!arguments[0].closest('[role=doc-endnotes]')", note), f"{page}#{note_id} is not an endnote"
            assert in_viewport(browser, note), f"{page}#{note_id} was not scrolled into view"
            backlinks = note.find_elements(By.CSS_SELECTOR, "a[role=doc-backlink]")
            assert backlinks, f"{page}#{note_id}: no back-link"
            back_id = resolve(page, backlinks[0].get_attribute("href"))[1]
            browser.click(backlinks[0])
            assert browser.fragment() == back_id
            target = browser.driver.find_element(By.ID, back_id)
            assert target.get_attribute("role") == "doc-noteref", f"{page}#{back_id} is not a footnote marker"
            assert resolve(page, target.get_attribute("href"))[1] == note_id, "the back-link returns to a marker of the same note"
            assert in_viewport(browser, target)
            checked += 1
    REPORT.setdefault("notes", []).append(f"footnote round trips clicked: {checked} on {', '.join(pages)}")


def in_viewport(browser, element) -> bool:
    return browser.driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", element)
