"""`kamerarchief serve` in Chromium: a page follows edits of its source document without a manual
reload, shows the error overlay over the last good text when the document is broken, and loses
the overlay when it is fixed. The test runs its own `serve` (the debug binary) on a free loopback
port over a copy of the basic fixture site. Waits are generous; the time a reload took is
reported in the summary, not asserted."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser import CHROMIUM_FLAGS, find_program
from report import REPORT

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "kamerarchief"
FIXTURE = ROOT / "Tests" / "KamerArchiefTests" / "Fixtures" / "sites" / "basic" / "Content"
LETTER = "kamerbrief-waterstof-voortgang"
WAIT = 60


class Serve:
    """A running `kamerarchief serve` and the lines it printed."""

    def __init__(self, folder: Path):
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--content", "Content", "--templates", str(ROOT / "Templates"),
             "--output", "Output", "--port", "0"],
            cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.serving = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self.serving.wait(WAIT):
            self.stop()
            pytest.fail("serve did not start: " + "".join(self.lines))
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", "".join(self.lines))
        self.url = f"http://127.0.0.1:{match.group(1)}"

    def _read(self):
        for line in self.process.stderr:
            self.lines.append(line)
            if "serving Output at" in line:
                self.serving.set()

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(WAIT)


@pytest.fixture(scope="module")
def driver():
    """A Chromium of its own: the shared one sends loopback through a closed proxy and resolves
    no address (the archive is tested as files), and `serve` is on 127.0.0.1. Everything else
    still goes to that proxy and resolves to nothing."""
    options = webdriver.ChromeOptions()
    options.binary_location = find_program("chromium", "chromium-browser")
    for flag in CHROMIUM_FLAGS:
        if flag.startswith("--host-resolver-rules="):
            flag += ", EXCLUDE 127.0.0.1"
        if not flag.startswith("--proxy-bypass-list"):
            options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(find_program("chromedriver")))
    driver.set_page_load_timeout(WAIT)
    yield driver
    driver.quit()


@pytest.fixture
def served(tmp_path):
    if not BINARY.exists():
        pytest.skip("no debug binary; `make browser-test` builds it")
    shutil.copytree(FIXTURE, tmp_path / "Content")
    serve = Serve(tmp_path)
    yield serve, tmp_path / "Content"
    assert serve.stop() == 0


def rewrite(path: Path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert old in text
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text.replace(old, new), encoding="utf-8")
    temporary.replace(path)


def overlay_text(driver) -> str | None:
    found = driver.find_elements(By.ID, "kamerarchief-overlay")
    return found[0].text if found else None


def test_edit_break_and_fix_a_document_while_its_page_is_open(driver, served):
    serve, content = served
    # The page of the letter's first action holds the paragraph that is edited.
    driver.get(f"{serve.url}/documenten/{LETTER}/pijler-1-actie-1.html")
    body = driver.find_element(By.TAG_NAME, "body")
    assert "Een tweede ronde volgt in 2026" in body.text
    # The page is connected to the event stream before the document changes.
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return window.kamerarchiefLiveReload === 'open'"))

    # Edit: the open page shows the new text without a manual reload.
    started = time.monotonic()
    rewrite(content / f"{LETTER}.txt", "Een tweede ronde volgt in 2026", "Een derde ronde volgt in 2027")
    WebDriverWait(driver, WAIT).until(
        lambda d: "Een derde ronde volgt in 2027" in d.find_element(By.TAG_NAME, "body").text)
    REPORT.setdefault("notes", []).append(f"serve: an edited document showed in its open page after {time.monotonic() - started:.2f} s")

    # Break: the overlay shows the diagnostic, over the last good text.
    rewrite(content / f"{LETTER}.yml", "title: Voortgangsbrief waterstof", "title: Voortgangsbrief waterstof\n<b>titel</b>: kapot")
    WebDriverWait(driver, WAIT).until(lambda d: overlay_text(d) is not None)
    shown = overlay_text(driver)
    assert "error: [sidecar-unknown-key]" in shown
    assert "'<b>titel</b>'" in shown, "the diagnostic is shown as text, not read as HTML"
    assert driver.find_elements(By.CSS_SELECTOR, "#kamerarchief-overlay b") == []
    assert "Een derde ronde volgt in 2027" in driver.find_element(By.TAG_NAME, "body").text

    # Fix: the overlay goes, and the page shows the fixed document.
    rewrite(content / f"{LETTER}.yml", "\n<b>titel</b>: kapot", "")
    WebDriverWait(driver, WAIT).until(lambda d: overlay_text(d) is None)
    assert "Een derde ronde volgt in 2027" in driver.find_element(By.TAG_NAME, "body").text
    driver.get("about:blank")
