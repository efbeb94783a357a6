"""Layout at phone and desktop width, and the print stylesheet. A picture (inline SVG) may scroll
sideways inside its own .picture-scroll box, like a wide table in .table-wrap.

With --screenshots DIR (or $KAMERARCHIEF_SCREENSHOTS) the layout test also saves full-page PNGs
there, to look at; `make browser-test` puts them in /tmp/kamerarchief-screenshots.
"""

from __future__ import annotations

import base64

import pytest

WIDTHS = {"phone": 375, "desktop": 1280}


def emulate_width(browser, width: int, height: int = 800) -> None:
    browser.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def save_full_page(browser, file) -> None:
    height = browser.driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    width = browser.driver.execute_script("return window.innerWidth")
    shot = browser.driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1}})
    file.write_bytes(base64.b64decode(shot["data"]))


def layout_pages(site) -> dict[str, tuple[str, str]]:
    """name → (page, query): a fiche page, the search results, and one page of every other type."""
    pages = {kind: (page, "") for kind, page in site.sample_pages().items()}
    pages["search"] = ("search.html", "q=batterij")
    return pages


@pytest.mark.parametrize("width_name", WIDTHS)
def test_no_page_type_scrolls_sideways(browser, site, screenshot_dir, width_name):
    """Nothing is wider than the screen: long words and URLs wrap, two-column tables fit, and
    wider tables scroll inside their own box."""
    width = WIDTHS[width_name]
    problems = []
    for kind, (page, query) in sorted(layout_pages(site).items()):
        emulate_width(browser, width)
        browser.open(page, query=query)
        overflow = browser.driver.execute_script("""
            var limit = document.documentElement.clientWidth;
            var wide = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > limit + 1 && !e.closest('.table-wrap') && !e.closest('.picture-scroll')) {
                wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                          + ' right=' + Math.round(r.right));
              }
            });
            // A two-column table must fit; a wider one may scroll inside its .table-wrap.
            document.querySelectorAll('.table-wrap').forEach(function (w) {
              var columns = w.querySelector('tr') ? w.querySelector('tr').children.length : 0;
              if (columns <= 2 && w.scrollWidth > w.clientWidth + 1) {
                wide.push('two-column table scrolls sideways: ' + w.scrollWidth + 'px in ' + w.clientWidth + 'px');
              }
            });
            return {scroll: document.documentElement.scrollWidth, client: limit, wide: wide.slice(0, 5)};
        """)
        if overflow["scroll"] > overflow["client"] or overflow["wide"]:
            problems.append(f"{page} at {width}px: page {overflow['scroll']}px wide for a {overflow['client']}px screen; {overflow['wide']}")
        if screenshot_dir is not None and kind in ("fiche", "search"):
            save_full_page(browser, screenshot_dir / f"{kind}-{width_name}.png")
    assert not problems, "\n".join(problems)


def test_print_hides_navigation_and_shows_where_external_links_go(browser, site):
    page = site.sample_pages().get("fiche") or "index.html"
    browser.open(page)
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    # An external link in the content, made here so the check does not depend on the content.
    browser.driver.execute_script(
        "var a = document.createElement('a'); a.id = 'print-probe'; a.href = 'https://zoek.officielebekendmakingen.nl/kst-36410-XII-1';"
        "a.textContent = 'officiële publicatie'; document.querySelector('main').appendChild(a);")
    style = browser.driver.execute_script("""
        function display(selector) {  // 'none' when neither it nor an ancestor is rendered
          var e = document.querySelector(selector);
          return !e ? 'absent' : e.getClientRects().length === 0 ? 'none' : getComputedStyle(e).display;
        }
        var probe = document.getElementById('print-probe');
        var real = document.querySelector('main a[href^="https://"]:not(#print-probe)');
        return {
          header: display('.site-header'), siteNav: display('.site-nav'), breadcrumbs: display('nav.breadcrumbs'),
          footer: display('.site-footer'), search: display('.search-form'), main: display('main'),
          probeAfter: getComputedStyle(probe, '::after').content,
          real: real ? [real.getAttribute('href'), getComputedStyle(real, '::after').content] : null,
          internalAfter: (function () {
            var a = document.querySelector('main a[href]:not([href^="http"])');
            return a ? getComputedStyle(a, '::after').content : 'none';
          })()
        };
    """)
    for part in ("header", "siteNav", "breadcrumbs", "search"):
        assert style[part] == "none", f"print shows the {part}: {style}"
    assert style["main"] != "none"
    assert "https://zoek.officielebekendmakingen.nl/kst-36410-XII-1" in style["probeAfter"], style
    if style["real"]:
        href, after = style["real"]
        assert href in after, f"print does not show the address of {href}: {after}"
    assert style["internalAfter"] in ("none", "normal", ""), f"internal links print their file path: {style['internalAfter']}"
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_the_print_rendering_of_a_document_is_not_empty(browser, site):
    """Chromium's own PDF of a fiche page: proof that printing works at all from file://."""
    page = site.sample_pages().get("fiche") or "index.html"
    browser.open(page)
    pdf = browser.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF") and len(data) > 2000
