"""The offline search (search.html + assets/search.js + assets/search-index.js) in a real browser.

The expected results are computed here from the built index with the same folding rules, so the
checks follow whatever content the site holds; two fixed checks use words the seeds contain.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from urllib.parse import quote, unquote, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from archive_site import fold, words

MAX_RESULTS = 100  # search.js shows at most this many


def expected_hits(site, query: str) -> Counter:
    """The index entries search.js must return for `query`: every query word is a prefix of a word
    of the entry's title or text (after folding case and diacritics)."""
    terms = words(query)
    hits = Counter()
    for entry in site.search_index:
        entry_words = words(entry["t"]) + words(entry["x"])
        if all(any(word.startswith(term) for word in entry_words) for term in terms):
            hits[entry["u"]] += 1
    return hits


def shown_hits(browser) -> Counter:
    """The results on the page, as site paths: `<a>` elements inside #search-results."""
    root = browser.site.root.as_uri() + "/"
    links = browser.driver.find_elements(By.CSS_SELECTOR, "#search-results a")
    hits = Counter()
    for link in links:
        href = link.get_attribute("href")  # absolute, resolved by the browser
        assert href.startswith(root), f"result leaves the site: {href}"
        hits[unquote(href[len(root):])] += 1
    return hits


def assert_results(browser, query: str) -> Counter:
    expected = expected_hits(browser.site, query)
    shown = shown_hits(browser)
    assert expected, f"test data problem: nothing in the index matches {query!r}"
    if sum(expected.values()) <= MAX_RESULTS:
        assert shown == expected, f"results for {query!r}: missing {expected - shown}, unexpected {shown - expected}"
    else:
        assert sum(shown.values()) == MAX_RESULTS and not (shown - expected), f"results for {query!r}"
    status = browser.driver.find_element(By.CSS_SELECTOR, "#search-results [role=status]").text
    assert status.startswith(str(sum(shown.values()))), status
    return shown


def search_by_url(browser, query: str) -> None:
    browser.open("search.html", query="q=" + quote(query))
    field = browser.driver.find_element(By.ID, "zoekterm")
    assert field.get_attribute("value") == query, "the search box shows the query from the URL"


@pytest.fixture(scope="module")
def derived_words(site):
    """Words to search for, taken from the built index: one with a diacritic, and one long word
    whose first five letters also start other, longer words (to exercise prefix matching)."""
    accented, long_words = Counter(), Counter()
    for entry in site.search_index:
        for raw in re.findall(r"\w+", entry["x"]):
            if fold(raw) != raw.lower() and re.fullmatch(r"[^\W\d_]+", raw) and len(raw) >= 6:
                accented[raw.lower()] += 1
            if len(raw) >= 12 and raw.isalpha() and raw.isascii():
                long_words[raw.lower()] += 1
    return {
        "accented": accented.most_common(1)[0][0] if accented else None,
        "long": long_words.most_common(1)[0][0] if long_words else None,
    }


def test_every_search_index_entry_points_at_an_existing_page_and_anchor(site):
    problems = []
    for entry in site.search_index:
        assert set(entry) >= {"t", "u", "w", "x"}, entry
        parts = urlsplit(entry["u"])
        path = posixpath.normpath(parts.path)
        if parts.scheme or path.startswith("..") or not (site.root / path).is_file():
            problems.append(f"{entry['u']}: no such page")
        elif parts.fragment and unquote(parts.fragment) not in site.parse(path).ids:
            problems.append(f"{entry['u']}: no such anchor")
    assert not problems, "\n".join(problems)


def test_search_by_url_finds_the_seed_word_geinformeerd_without_its_diaeresis(browser):
    search_by_url(browser, "geinformeerd")
    shown = assert_results(browser, "geinformeerd")
    marks = [mark.text for mark in browser.driver.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    assert any(mark.lower() == "geïnformeerd" for mark in marks), f"the snippet marks the original spelling: {marks}"
    assert len(shown) >= 1


def test_search_by_url_finds_batterijgrondstoffen_by_its_prefix_batterij(browser):
    search_by_url(browser, "batterij")
    assert_results(browser, "batterij")
    search_by_url(browser, "batterijgrondstof")
    shown = assert_results(browser, "batterijgrondstof")
    titles = " ".join(e.text for e in browser.driver.find_elements(By.CSS_SELECTOR, "#search-results .result-snippet"))
    assert "batterijgrondstoffen" in titles.lower(), "prefix match shows the full word in the snippet"
    assert shown


def test_search_folds_case(browser):
    search_by_url(browser, "Batterijgrondstoffen")
    upper = assert_results(browser, "Batterijgrondstoffen")
    search_by_url(browser, "BATTERIJGRONDSTOFFEN")
    assert shown_hits(browser) == upper


def test_search_folds_diacritics_both_ways_for_a_word_from_the_index(browser, derived_words):
    word = derived_words["accented"]
    if word is None:
        pytest.skip("the built index has no word with a diacritic")
    folded = fold(word)
    search_by_url(browser, folded)
    plain = assert_results(browser, folded)
    search_by_url(browser, word.upper())
    assert shown_hits(browser) == plain, f"{word.upper()!r} and {folded!r} find the same"


def test_search_matches_prefixes_of_a_long_word_from_the_index(browser, derived_words):
    word = derived_words["long"]
    if word is None:
        pytest.skip("the built index has no long word")
    search_by_url(browser, word[:5])
    short = assert_results(browser, word[:5])
    search_by_url(browser, word)
    full = assert_results(browser, word)
    assert sum(short.values()) >= sum(full.values())


def test_every_query_word_must_match(browser):
    search_by_url(browser, "batterij geinformeerd")
    both = assert_results(browser, "batterij geinformeerd")
    search_by_url(browser, "geinformeerd")
    assert not (both - shown_hits(browser))


def test_a_query_that_matches_nothing_says_so(browser):
    search_by_url(browser, "zzqxjw")
    assert not shown_hits(browser)
    status = browser.driver.find_element(By.CSS_SELECTOR, "#search-results [role=status]").text
    assert status.startswith("0 resultaten"), status


def test_typing_in_the_search_box_updates_the_results_as_you_type(browser):
    browser.open("search.html")
    # The live region exists before typing and is updated in place, so screen readers announce
    # the new count (a freshly inserted region is often not announced).
    status = browser.driver.find_element(By.CSS_SELECTOR, "#search-results [role=status]")
    field = browser.driver.find_element(By.ID, "zoekterm")
    field.send_keys("geïnformeerd")
    WebDriverWait(browser.driver, 5).until(lambda d: "geïnformeerd" in status.text)
    assert_results(browser, "geinformeerd")
    assert "q=ge%C3%AFnformeerd" in browser.driver.current_url, "the URL keeps the query, for the back button and bookmarks"


def test_typing_in_the_header_search_box_of_another_page_opens_the_results(browser, site):
    page = site.sample_pages().get("action") or "index.html"
    browser.open(page)
    field = browser.driver.find_element(By.ID, "zoekterm")
    field.send_keys("Batterijgrondstoffen", Keys.ENTER)
    WebDriverWait(browser.driver, 10).until(lambda d: "search.html" in d.current_url)
    browser.wait_until_loaded()
    assert browser.current_site_path() == "search.html"
    assert_results(browser, "batterijgrondstoffen")


def test_clicking_a_result_opens_its_page_at_its_anchor(browser):
    search_by_url(browser, "geinformeerd")
    link = browser.driver.find_element(By.CSS_SELECTOR, "#search-results a")
    target = urlsplit(link.get_attribute("href"))
    browser.click(link)
    assert browser.driver.current_url.split("#")[0] == target._replace(fragment="").geturl()
    if target.fragment:
        assert browser.fragment() == unquote(target.fragment)
        assert browser.driver.find_elements(By.ID, unquote(target.fragment))
