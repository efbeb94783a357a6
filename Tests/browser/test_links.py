"""Static checks over every HTML file of the built site (no browser): links resolve, and every
page has the structure a screen reader relies on."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

import pytest

from archive_site import ArchiveSite


def link_problems(site: ArchiveSite, page: str) -> list[str]:
    """What is wrong with the links of `page`, one line each (empty when all resolve)."""
    parsed = site.parse(page)
    problems = []
    for link in parsed.links:
        where = f"{page}:{link.line}: <{link.tag} {link.attribute}=\"{link.value}\">"
        value = link.value
        if value.startswith("https://"):
            continue  # external citation and official links: the only absolute links allowed
        parts = urlsplit(value)
        if parts.scheme or value.startswith("//"):
            problems.append(f"{where}: absolute {parts.scheme or 'scheme-relative'} link; only https:// links may leave the site")
            continue
        if value == "":
            problems.append(f"{where}: empty link")
            continue
        if parts.path.startswith("/"):
            problems.append(f"{where}: root-absolute path; a site read from file:// needs relative paths")
            continue
        if parts.path == "":
            target = page  # a fragment on this page
        else:
            if parts.path.endswith("/"):
                problems.append(f"{where}: points at a folder; file:// shows a listing, not index.html")
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
            if target.startswith("../") or target == "..":
                problems.append(f"{where}: leaves the site folder")
                continue
            file = site.root / target
            if file.is_dir():
                problems.append(f"{where}: points at a folder; file:// shows a listing, not index.html")
                continue
            if not file.is_file():
                problems.append(f"{where}: {target} does not exist")
                continue
        if parts.fragment:
            if not target.endswith(".html"):
                problems.append(f"{where}: fragment on a non-HTML file")
            elif unquote(parts.fragment) not in site.parse(target).ids:
                problems.append(f"{where}: {target} has no element with id \"{unquote(parts.fragment)}\"")
    return problems


def test_every_link_and_source_resolves_to_a_file_in_the_site(site):
    problems = [problem for page in site.html_pages for problem in link_problems(site, page)]
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(problems[:50])


def test_every_page_is_reachable_from_the_home_page_by_links(site):
    """Pages nobody links to cannot be read offline (there is no server to type a URL for)."""
    seen, queue = {"index.html"}, ["index.html"]
    while queue:
        page = queue.pop()
        for link in site.parse(page).links:
            parts = urlsplit(link.value)
            if link.tag != "a" or parts.scheme or not parts.path.endswith(".html"):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
            if target not in seen and (site.root / target).is_file():
                seen.add(target)
                queue.append(target)
    unreachable = [page for page in site.html_pages if page not in seen and page != "404.html"]
    assert not unreachable, "pages no link leads to:\n" + "\n".join(unreachable)


def test_the_site_has_every_page_type_that_needs_no_parsed_content(site):
    for kind in ("index", "search", "notFound", "dossiers"):
        assert site.pages_by_type.get(kind), f"no {kind} page in {site.root}"
    assert not site.pages_by_type.get("other"), f"pages of no known type: {site.pages_by_type['other']}"


@pytest.fixture(scope="module")
def all_pages(site):
    return [(page, site.parse(page)) for page in site.html_pages]


def test_every_page_has_exactly_one_h1(all_pages):
    wrong = [f"{page}: {len(parsed.h1_texts)} h1 {parsed.h1_texts}" for page, parsed in all_pages if len(parsed.h1_texts) != 1]
    assert not wrong, "\n".join(wrong)
    empty = [page for page, parsed in all_pages if not parsed.h1_texts[0]]
    assert not empty, "empty h1 on:\n" + "\n".join(empty)


def test_every_page_is_dutch(all_pages):
    wrong = [f"{page}: lang={parsed.lang!r}" for page, parsed in all_pages if parsed.lang != "nl"]
    assert not wrong, "\n".join(wrong)


def test_every_page_has_the_header_nav_main_and_footer_landmarks(all_pages):
    wrong = []
    for page, parsed in all_pages:
        counts = parsed.tag_counts
        for tag, role in (("header", "banner"), ("nav", "navigation"), ("main", "main"), ("footer", "contentinfo")):
            if not counts.get(tag) and role not in parsed.roles:
                wrong.append(f"{page}: no <{tag}>")
        if counts.get("main", 0) > 1:
            wrong.append(f"{page}: {counts['main']} <main> elements")
        if "inhoud" not in parsed.ids:
            wrong.append(f"{page}: the skip link's target #inhoud is missing")
    assert not wrong, "\n".join(wrong)

