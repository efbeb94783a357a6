"""Headless Debian Chromium driven by selenium, with the two checks every browser test shares:
no console errors, and no request that leaves the machine."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from urllib.parse import unquote

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

# Schemes a page of an offline archive may load. Anything else (http, https, ws, ftp…) would
# leave the machine; the proxy below makes such a request fail, and the checker reports it.
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")

CHROMIUM_FLAGS = (
    # The flags the issue asks for.
    "--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
    # Belt and braces for "nothing leaves the machine": send every http(s) request to a closed
    # local port and resolve no host names, and switch off Chromium's own background traffic.
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--window-size=1280,900", "--lang=nl",
)


def find_program(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError(f"none of {names} is installed; run `make deps-browser`")


def start_chromium() -> webdriver.Chrome:
    # Selenium Manager must not try to download a browser or driver: name both binaries, and
    # tell it it is offline in case it runs anyway.
    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = find_program("chromium", "chromium-browser")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(find_program("chromedriver")))
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(30)
    return driver


@dataclass
class Traffic:
    """What the browser logged since the last drain."""

    console_errors: list[str] = field(default_factory=list)
    requested_urls: list[str] = field(default_factory=list)

    @property
    def external_urls(self) -> list[str]:
        return [url for url in self.requested_urls if not url.startswith(LOCAL_SCHEMES)]


class Browser:
    """One Chromium session shared by the tests; `open` loads a site path and waits for scripts."""

    def __init__(self, driver: webdriver.Chrome, site) -> None:
        self.driver = driver
        self.site = site
        self.traffic = Traffic()

    def open(self, path: str, query: str = "", fragment: str = "") -> None:
        self.driver.get(self.site.url(path, query, fragment))
        self.wait_until_loaded()

    def wait_until_loaded(self) -> None:
        # search.js is deferred and loads the index with more <script> elements after 'complete',
        # so on the search page wait until it has shown its first page of results (data-shown) and
        # ranked and counted all of them (data-complete, which can come after the first page).
        WebDriverWait(self.driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        if self.driver.execute_script("return !!document.getElementById('search-results')"):
            WebDriverWait(self.driver, 10).until(
                lambda d: d.execute_script("return !!document.querySelector('#search-results[data-shown][data-complete] [role=status]')"))

    def drain(self) -> Traffic:
        """Reads the browser's console and network logs (reading empties them) into `traffic`."""
        for entry in self.driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                self.traffic.console_errors.append(entry.get("message", ""))
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                self.traffic.requested_urls.append(message["params"]["request"]["url"])
            elif message.get("method") == "Network.webSocketCreated":
                self.traffic.requested_urls.append(message["params"]["url"])
        return self.traffic

    def reset(self) -> None:
        self.drain()
        self.traffic = Traffic()

    def assert_clean(self) -> None:
        traffic = self.drain()
        problems = []
        if traffic.console_errors:
            problems.append("console errors:\n  " + "\n  ".join(traffic.console_errors))
        if traffic.external_urls:
            problems.append("requests that leave the machine:\n  " + "\n  ".join(traffic.external_urls))
        assert not problems, "\n".join(problems)

    # Helpers for the tests.

    def current_site_path(self) -> str:
        """The site path of the current page, without query or fragment."""
        url = self.driver.execute_script("return location.protocol + '//' + location.host + location.pathname")
        root = self.site.root.as_uri() + "/"
        assert url.startswith(root), f"left the site: {url}"
        return unquote(url[len(root):])

    def fragment(self) -> str:
        return unquote(self.driver.execute_script("return location.hash").lstrip("#"))

    def click(self, element) -> None:
        """Clicks like a person: scrolled into view, then a real click, then waits for the page."""
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()
        self.wait_until_loaded()
