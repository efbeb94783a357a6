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

PAGE = 20  # search.js shows this many results at a time
ALL_PAGES_UP_TO = 200  # assert_results pages through result sets up to this size


def expected_hits(site, query: str) -> Counter:
    """The index entries search.js must return for `query`: every query word is a prefix of a word
    of the entry's text (after folding case and diacritics)."""
    terms = words(query)
    hits = Counter()
    for entry in site.search_index:
        entry_words = words(entry["x"])
        if all(any(word.startswith(term) for word in entry_words) for term in terms):
            hits[entry["u"]] += 1
    return hits


def expected_documents(site, query: str) -> int:
    """How many documents (the topics count as one) hold an entry that matches `query`."""
    terms = words(query)
    return len({entry["key"] for entry in site.search_index
                if all(any(word.startswith(term) for word in words(entry["x"])) for term in terms)})


def shown_hits(browser) -> Counter:
    """The results on the page, as site paths: `<a>` elements inside #search-results."""
    return Counter(shown_list(browser))


def shown_list(browser) -> list[str]:
    """The results on the page in their order, as site paths."""
    root = browser.site.root.as_uri() + "/"
    links = browser.driver.find_elements(By.CSS_SELECTOR, "#search-results a")
    paths = []
    for link in links:
        href = link.get_attribute("href")  # absolute, resolved by the browser
        assert href.startswith(root), f"result leaves the site: {href}"
        paths.append(unquote(href[len(root):]))
    return paths


def more_button(browser):
    buttons = browser.driver.find_elements(By.CSS_SELECTOR, "#search-results button.more-results")
    return buttons[0] if buttons else None


def show_more(browser) -> None:
    """Clicks "meer resultaten" and waits for the next page."""
    shown = int(browser.driver.find_element(By.ID, "search-results").get_attribute("data-shown"))
    button = more_button(browser)
    assert button is not None and button.text == "meer resultaten"
    browser.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    WebDriverWait(browser.driver, 10).until(
        lambda d: int(d.find_element(By.ID, "search-results").get_attribute("data-shown")) > shown)


def status_text(browser) -> str:
    return browser.driver.find_element(By.CSS_SELECTOR, "#search-results [role=status]").text


def assert_results(browser, query: str) -> Counter:
    """The count line is right, the first page holds 20 results (or all), and paging through
    (for up to ALL_PAGES_UP_TO results) shows exactly the expected entries."""
    expected = expected_hits(browser.site, query)
    total = sum(expected.values())
    assert expected, f"test data problem: nothing in the index matches {query!r}"
    assert status_text(browser).startswith(f"{total} resulta"), status_text(browser)
    assert len(shown_list(browser)) == min(PAGE, total)
    if total <= ALL_PAGES_UP_TO:
        while more_button(browser) is not None:
            show_more(browser)
    shown = shown_hits(browser)
    if total <= ALL_PAGES_UP_TO:
        assert shown == expected, f"results for {query!r}: missing {expected - shown}, unexpected {shown - expected}"
    else:
        assert not (shown - expected), f"results for {query!r}"
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
    assert assert_results(browser, "BATTERIJGRONDSTOFFEN") == upper


def test_search_folds_diacritics_both_ways_for_a_word_from_the_index(browser, derived_words):
    word = derived_words["accented"]
    if word is None:
        pytest.skip("the built index has no word with a diacritic")
    folded = fold(word)
    search_by_url(browser, folded)
    plain = assert_results(browser, folded)
    search_by_url(browser, word.upper())
    assert assert_results(browser, word.upper()) == plain, f"{word.upper()!r} and {folded!r} find the same"


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
    assert not (both - assert_results(browser, "geinformeerd"))


def test_a_query_that_matches_nothing_says_so(browser):
    search_by_url(browser, "zzqxjw")
    assert not shown_hits(browser)
    assert status_text(browser).startswith("0 resultaten in 0 documenten"), status_text(browser)
    assert more_button(browser) is None


def test_typing_in_the_search_box_updates_the_results_as_you_type(browser):
    browser.open("search.html")
    # The live region exists before typing and is updated in place, so screen readers announce
    # the new count (a freshly inserted region is often not announced).
    status = browser.driver.find_element(By.CSS_SELECTOR, "#search-results [role=status]")
    field = browser.driver.find_element(By.ID, "zoekterm")
    field.send_keys("geïnformeerd")
    WebDriverWait(browser.driver, 5).until(
        lambda d: "geïnformeerd" in status.text and d.find_element(By.ID, "search-results").get_attribute("data-complete"))
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


# Ranking, the count line, paging and the term-sharded index.


def expected_ranking(site, query: str) -> list[str]:
    """The result order search.js must show, computed from the term shards: entries that are a
    title, heading, pillar, action or topic name first, then entries with more index words matching
    the query, then newer documents (the key starts with the day in base 36), then index order."""
    terms = words(query)
    hits = None
    for term in terms:
        here = {}
        for shard in site.term_shards.values():
            for word, postings in shard.items():
                if word.startswith(term):
                    for key, numbers in postings.items():
                        for number in numbers:
                            hit = here.setdefault((key, number >> 1), {"heading": number & 1, "words": 0})
                            hit["words"] += 1
        if hits is None:
            hits = here
        else:
            hits = {place: dict(hits[place], words=hits[place]["words"] + here[place]["words"]) for place in hits if place in here}
    by_place = {(entry["key"], entry["entry"]): entry["u"] for entry in site.search_index}

    def day(key):
        try:
            return int(key[:3], 36)
        except ValueError:
            return -1

    order = sorted(hits, key=lambda place: (-hits[place]["heading"], -hits[place]["words"], -day(place[0]), place[0], place[1]))
    return [by_place[place] for place in order]


def test_results_are_ranked_headings_first_then_more_matching_words_then_newest_document(browser, site):
    query = "batterij"
    search_by_url(browser, query)
    while more_button(browser) is not None:
        show_more(browser)
    shown = shown_list(browser)
    assert shown == expected_ranking(site, query)
    # The rule itself, on what the page shows: no body-text result before a heading result.
    headings = {entry["u"] for entry in site.search_index if entry["x"] == entry["t"] or entry["key"] == "_onderwerpen"}
    kinds = ["heading" if url in headings else "body" for url in shown]
    assert "heading" in kinds and "body" in kinds, "test data problem: the query should find both"
    assert kinds.index("body") > max(i for i, kind in enumerate(kinds) if kind == "heading"), kinds


def prefix_whose_headings_fill_a_page(site) -> str:
    """The longest word prefix (4 to 8 letters; the first in alphabetical order among equals) whose
    heading entries alone fill the first page and that also finds body text, from the index."""
    headings, body = {}, {}
    for shard in site.term_shards.values():
        for word, postings in shard.items():
            for length in range(4, min(len(word), 8) + 1):
                for key, numbers in postings.items():
                    for number in numbers:
                        (headings if number & 1 else body).setdefault(word[:length], set()).add((key, number))
    fitting = [prefix for prefix in headings if len(headings[prefix]) >= PAGE and body.get(prefix)]
    assert fitting, "test data problem: no prefix has a page of headings"
    return max(fitting, key=lambda prefix: (len(prefix), [-ord(c) for c in prefix]))


def test_when_the_headings_fill_the_first_page_it_comes_from_them_and_the_whole_ranking_follows(browser, site):
    # search.js ranks the heading postings first and, when they fill a page, shows it before it
    # reads the body postings; the count, the button and the later pages come from the whole ranking.
    query = prefix_whose_headings_fill_a_page(site)
    search_by_url(browser, query)
    expected = expected_ranking(site, query)
    assert len(expected) > PAGE
    assert shown_list(browser) == expected[:PAGE]
    assert status_text(browser).startswith(f"{len(expected)} resultaten in "), status_text(browser)
    first, ranked = browser.driver.execute_script(
        "return ['kamerarchief-results', 'kamerarchief-ranked'].map(function (name) {"
        "  return performance.getEntriesByName(name)[0].startTime; })")
    assert first <= ranked, "the first page came before the whole ranking"
    while more_button(browser) is not None:
        show_more(browser)
    assert shown_list(browser) == expected


def test_a_two_word_query_ranks_by_the_same_rules(browser, site):
    query = "batterij geinformeerd"
    search_by_url(browser, query)
    while more_button(browser) is not None:
        show_more(browser)
    assert shown_list(browser) == expected_ranking(site, query)


def test_the_count_line_gives_results_and_documents(browser, site):
    for query in ("batterij", "geinformeerd", "batterijgrondstoffen"):
        search_by_url(browser, query)
        total, documents = sum(expected_hits(site, query).values()), expected_documents(site, query)
        assert total > 1 and documents >= 1
        noun = "document" if documents == 1 else "documenten"
        assert status_text(browser) == f"{total} resultaten in {documents} {noun} voor “{query}”"


def test_results_come_twenty_at_a_time_with_a_meer_resultaten_button(browser, site):
    query = "batterij"
    total = sum(expected_hits(site, query).values())
    assert total > 2 * PAGE, "test data problem: the query should fill more than two pages"
    search_by_url(browser, query)
    assert len(shown_list(browser)) == PAGE
    show_more(browser)
    assert len(shown_list(browser)) == 2 * PAGE
    while more_button(browser) is not None:
        show_more(browser)
    shown = shown_list(browser)
    assert len(shown) == total and len(set(shown)) == len(shown), "every result once"
    assert Counter(shown) == expected_hits(site, query)


def loaded_scripts(browser) -> list[str]:
    """The site paths of the index scripts the page has loaded."""
    root = browser.site.root.as_uri() + "/"
    urls = browser.driver.execute_script(
        "return Array.from(document.querySelectorAll('script[src]')).map(function (e) { return e.src; })")
    return [unquote(url[len(root):]) for url in urls if url.startswith(root) and "/zoekindex/" in url]


def shard_of(site, word: str) -> str:
    """The term shard that holds `word`: the longest listed name that is a prefix of it."""
    return max((name for name in site.term_shards if word.startswith(name)), key=len)


def test_a_query_whose_words_fall_in_different_shards_loads_those_shards_only(browser, site):
    first, second = "batterijgrondstoffen", "geinformeerd"
    assert shard_of(site, first) != shard_of(site, second), "test data problem: both words in one shard"
    query = f"{first} {second}"
    expected = expected_hits(site, query)
    search_by_url(browser, query)
    assert_results(browser, query)
    assert expected, "test data problem: no entry holds both words"
    scripts = loaded_scripts(browser)
    terms = sorted(path for path in scripts if "/termen/" in path)
    needed = {f"assets/zoekindex/termen/{name}.js" for name in site.term_shards
              if any(name.startswith(word) or word.startswith(name) for word in (first, second))}
    assert {f"assets/zoekindex/termen/{shard_of(site, word)}.js" for word in (first, second)} <= set(terms)
    assert set(terms) <= needed, f"loaded shards no query word needs: {set(terms) - needed}"
    # Snippets come only from the documents of the results on the page.
    keys = {path.rsplit("/", 1)[1].rsplit("-", 1)[0] for path in scripts if "/documenten/" in path}
    result_keys = {entry["key"] for entry in site.search_index if entry["u"] in expected}
    assert keys <= result_keys
