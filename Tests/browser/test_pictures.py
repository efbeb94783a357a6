"""The build-time pictures (inline SVG in .picture figures): at desktop and phone width they have
a real size and no two labels overlap; axe finds nothing on their pages; every link inside a
picture resolves to a file and an anchor; print shows them within the page width.

With --screenshots DIR each picture is saved as picture-<page>-<id>-<width>.png, to look at.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from report import REPORT
from test_accessibility import axe_script, run_axe
from test_layout import WIDTHS, emulate_width


def picture_pages(site) -> list[str]:
    return [page for page in site.html_pages if 'class="picture"' in (site.root / page).read_text(encoding="utf-8")]


@pytest.fixture(scope="module")
def pages(site) -> list[str]:
    found = picture_pages(site)
    if not found:
        pytest.skip("the site has no pictures")
    return found


MEASURE = """
var result = [];
document.querySelectorAll('figure.picture').forEach(function (figure) {
  var svg = figure.querySelector('svg');
  var box = svg.getBoundingClientRect(), fig = figure.getBoundingClientRect();
  var labels = Array.prototype.map.call(svg.querySelectorAll('text'), function (t) {
    var r = t.getBoundingClientRect();
    return {text: t.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom};
  });
  var after = figure.nextElementSibling, next = after && after.matches('.picture-data') && after.querySelector('table');
  result.push({id: figure.id, width: box.width, height: box.height, declared: Number(svg.getAttribute('width')),
               figureRight: fig.right, viewport: document.documentElement.clientWidth,
               role: svg.getAttribute('role'), title: !!svg.querySelector(':scope > title'),
               desc: !!svg.querySelector(':scope > desc'), table: !!next, labels: labels});
});
return result;
"""


def overlaps(labels: list[dict], tolerance: float = 0.5) -> list[str]:
    found = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if (a["left"] < b["right"] - tolerance and b["left"] < a["right"] - tolerance
                    and a["top"] < b["bottom"] - tolerance and b["top"] < a["bottom"] - tolerance):
                found.append(f"{a['text']!r} overlaps {b['text']!r}")
    return found


@pytest.mark.parametrize("width_name", WIDTHS)
def test_pictures_have_their_size_and_no_overlapping_labels(browser, site, pages, screenshot_dir, width_name):
    width = WIDTHS[width_name]
    problems, shots = [], 0
    for page in pages:
        emulate_width(browser, width)
        browser.open(page)
        for picture in browser.driver.execute_script(MEASURE):
            where = f"{page}#{picture['id']} at {width}px"
            if picture["role"] != "img" or not picture["title"] or not picture["desc"]:
                problems.append(f"{where}: role {picture['role']}, title {picture['title']}, desc {picture['desc']}")
            if not picture["table"]:
                problems.append(f"{where}: no table of the same data follows the picture")
            if abs(picture["width"] - picture["declared"]) > 1 or picture["height"] < 40:
                problems.append(f"{where}: drawn {picture['width']}x{picture['height']} for a declared width of {picture['declared']}")
            if picture["figureRight"] > picture["viewport"] + 1:
                problems.append(f"{where}: the figure ends at {picture['figureRight']}px on a {picture['viewport']}px screen")
            if len(picture["labels"]) == 0:
                problems.append(f"{where}: no labels")
            problems += [f"{where}: {overlap}" for overlap in overlaps(picture["labels"])[:5]]
            if screenshot_dir is not None:
                element = browser.driver.find_element("id", picture["id"])
                browser.driver.execute_script("arguments[0].scrollIntoView()", element)
                name = page.replace("/", "-").removesuffix(".html")
                (screenshot_dir / f"picture-{name}-{picture['id']}-{width}.png").write_bytes(element.screenshot_as_png)
                shots += 1
    REPORT.setdefault("notes", []).append(f"pictures at {width}px: {len(pages)} pages checked, {shots} screenshots")
    assert not problems, "\n".join(problems[:30])


def test_axe_finds_no_violations_on_pages_with_pictures(browser, site, pages):
    source = axe_script()
    failures = []
    for page in pages:
        browser.open(page)
        result = run_axe(browser, source)
        assert "error" not in result, result
        for violation in result["violations"]:
            failures.append(f"{page}: {violation['id']} [{violation['impact']}] {violation['help']}\n    " + "\n    ".join(violation["nodes"][:3]))
    REPORT.setdefault("notes", []).append(f"axe on {len(pages)} pages with pictures: {len(failures)} violations")
    assert not failures, "\n".join(failures)


def test_every_link_inside_a_picture_resolves(browser, site, pages):
    problems, checked = [], 0
    for page in pages:
        browser.open(page)
        hrefs = browser.driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('figure.picture svg a'),"
            " function (a) { return new URL(a.getAttribute('href'), location.href).href; });")
        for href in hrefs:
            checked += 1
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue  # an official publication; the site itself never fetches it
            if problem := site.unresolved(href):
                problems.append(f"{page}: {href} {problem}")
    REPORT.setdefault("notes", []).append(f"links inside pictures: {checked} checked")
    assert checked > 0
    assert not problems, "\n".join(problems[:20])


def test_print_shows_the_pictures_within_the_page(browser, site, pages):
    problems = []
    for page in pages:
        browser.open(page)
        browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        shown = browser.driver.execute_script("""
            var main = document.querySelector('main').getBoundingClientRect();
            return Array.prototype.map.call(document.querySelectorAll('figure.picture svg'), function (svg) {
              var r = svg.getBoundingClientRect();
              return {id: svg.closest('figure').id, visible: svg.getClientRects().length > 0 && getComputedStyle(svg).display !== 'none',
                      width: r.width, height: r.height, right: r.right, mainRight: main.right};
            });""")
        for picture in shown:
            if not picture["visible"] or picture["width"] < 100 or picture["height"] < 30:
                problems.append(f"{page}#{picture['id']}: not shown in print ({picture})")
            elif picture["right"] > picture["mainRight"] + 1:
                problems.append(f"{page}#{picture['id']}: wider than the printed page ({picture})")
        browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert not problems, "\n".join(problems)
