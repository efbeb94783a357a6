"""The search benchmark: `search.html?q=…` in headless Chromium over file:// on a built corpus.

For each query it opens a fresh page and reads:
- first results: the time from navigation start to search.js's `kamerarchief-results` mark (set
  when the first page of results, or "0 resultaten", is on screen), in ms;
- JS heap: the page's used JavaScript heap (CDP Performance.getMetrics, JSHeapUsedSize) then;
- bytes loaded: the bytes of the index scripts the page loaded (assets/search-index.js and every
  script under assets/zoekindex/), which is what a query costs beyond the page itself;
- results and documents: the count line.
"""
import os
import shutil
import statistics
import sys
import time
from urllib.parse import quote, unquote

QUERIES = [
    ("one word", "recycling"),
    ("two words", "europese commissie"),
    ("prefix", "batterij"),
    ("diacritics", "financiele"),
    ("nowhere", "zzqxjw"),
]
RUNS = 3  # per query; the median is reported


def start_chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,900", "--disable-extensions", "--no-proxy-server"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def measure_query(driver, site, query):
    from selenium.webdriver.support.ui import WebDriverWait

    url = os.path.abspath(os.path.join(site, "search.html")).replace(os.sep, "/")
    driver.get("about:blank")
    driver.execute_cdp_cmd("HeapProfiler.collectGarbage", {})
    driver.get("file://" + quote(url) + "?q=" + quote(query))
    WebDriverWait(driver, 120, poll_frequency=0.02).until(
        lambda d: d.execute_script("return performance.getEntriesByName('kamerarchief-results').length > 0"))
    first = driver.execute_script("return performance.getEntriesByName('kamerarchief-results')[0].startTime")
    metrics = {m["name"]: m["value"] for m in driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]}
    scripts = driver.execute_script("return Array.from(document.querySelectorAll('script[src]')).map(function (e) { return e.src; })")
    loaded = 0
    for src in scripts:
        path = unquote(src[len("file://"):]) if src.startswith("file://") else None
        if path and ("/assets/zoekindex/" in path or path.endswith("/assets/search-index.js")) and os.path.exists(path):
            loaded += os.path.getsize(path)
    status = driver.execute_script("return document.querySelector('#search-results [role=status]').textContent")
    return {"first_ms": first, "heap_mb": metrics.get("JSHeapUsedSize", 0) / 1e6, "bytes": loaded, "status": status}


def index_bytes(site):
    total = os.path.getsize(os.path.join(site, "assets", "search-index.js"))
    for dirpath, _, names in os.walk(os.path.join(site, "assets", "zoekindex")):
        total += sum(os.path.getsize(os.path.join(dirpath, name)) for name in names)
    return total


def bench(site, source_bytes, log):
    """Runs every query RUNS times on the built site; returns per-query medians and the index size."""
    driver = start_chromium()
    driver.execute_cdp_cmd("Performance.enable", {})
    results = {}
    try:
        for label, query in QUERIES:
            runs = [measure_query(driver, site, query) for _ in range(RUNS)]
            results[label] = {
                "query": query,
                "first_ms": statistics.median(r["first_ms"] for r in runs),
                "heap_mb": statistics.median(r["heap_mb"] for r in runs),
                "bytes": runs[-1]["bytes"],
                "status": runs[-1]["status"],
            }
            log(f"search {label} {query!r}: {results[label]['first_ms']:.0f} ms, {results[label]['heap_mb']:.1f} MB heap, "
                f"{results[label]['bytes'] / 1e6:.2f} MB loaded, {results[label]['status']}")
    finally:
        driver.quit()
    size = index_bytes(site)
    return {"queries": results, "index_bytes": size, "source_bytes": source_bytes,
            "index_per_source_mb": size / source_bytes if source_bytes else None}


if __name__ == "__main__":
    print(bench(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0, lambda m: print(m, file=sys.stderr)))
