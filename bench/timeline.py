"""The timeline picture at scale: the size of its SVG and how long Chromium takes to show the page.

    python3 bench/timeline.py SITE_FOLDER

Reads SITE_FOLDER/tijdlijn.html (a site built from a bench corpus: 10,000 dated documents are
10,000 timeline entries), measures the inline SVG of figure#tijdlijn-beeld in bytes, and opens the
page from file:// in headless Chromium (Debian's chromium and chromedriver, through selenium, as the
browser tests do) three times: the median time from navigation start to the end of the load event
plus the first paint after it. Targets: SVG under 1 MB, page shown in under a second.

The rows of the timeline (every dated document and statement) are on the year pages,
SITE_FOLDER/tijdlijn/<year>.html; the largest of them is measured the same way.
"""
import json
import os
import re
import statistics
import sys


def svg_bytes(page):
    html = open(page, encoding="utf-8").read()
    match = re.search(r'<figure class="picture" id="tijdlijn-beeld">.*?</svg>', html, re.S)
    return (len(match.group(0).encode()) if match else 0), len(html.encode())


def largest_year_page(site):
    """(site path, bytes) of the largest tijdlijn/<year>.html, or None when there is none."""
    folder = os.path.join(site, "tijdlijn")
    if not os.path.isdir(folder):
        return None
    pages = [(os.path.getsize(os.path.join(folder, name)), name) for name in os.listdir(folder) if re.fullmatch(r"\d{4}\.html", name)]
    if not pages:
        return None
    size, name = max(pages)
    return f"tijdlijn/{name}", size


def render_seconds(page, runs=3):
    # Appended, not put first: Tests/browser has its own report.py, which must not hide bench/report.py.
    sys.path.append(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests", "browser"))
    from browser import start_chromium  # noqa: E402

    driver = start_chromium()
    try:
        times = []
        for _ in range(runs):
            driver.get("about:blank")
            driver.get("file://" + os.path.abspath(page))
            # Wait for a frame after load, so layout and paint of the SVG are counted.
            elapsed = driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "function finish() { requestAnimationFrame(function () { requestAnimationFrame(function () {"
                "  done(performance.now()); }); }); }"
                "if (document.readyState === 'complete') finish(); else addEventListener('load', finish);")
            marks = driver.execute_script("return document.querySelectorAll('#tijdlijn-beeld svg a').length")
            times.append(elapsed / 1000)
        return statistics.median(times), marks
    finally:
        driver.quit()


def measure(site):
    page = os.path.join(site, "tijdlijn.html")
    if not os.path.exists(page):
        return None
    svg, html = svg_bytes(page)
    year = largest_year_page(site)
    result = {"svg_bytes": svg, "page_bytes": html, "seconds": None, "linked_marks": None,
              "largest_year_page": year[0] if year else None, "largest_year_page_bytes": year[1] if year else None,
              "largest_year_page_seconds": None}
    try:
        result["seconds"], result["linked_marks"] = render_seconds(page)
        if year:
            result["largest_year_page_seconds"], _ = render_seconds(os.path.join(site, year[0]))
    except Exception as error:  # no Chromium: report the sizes only
        print(f"timeline: no browser timing ({error})", file=sys.stderr)
    return result


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1]), indent=1))
