"""Shared helpers of the crash test and the cache fuzzer: a small fixture site in a temporary
folder, builds through the real binary, and trees compared byte for byte."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "Tests/KamerArchiefTests/Fixtures/sites/basic/Content"


class Site:
    """The basic fixture site plus a few generated letters (so a build takes long enough to be
    killed half-way), the repository's templates, an Output and a cache beside it."""

    def __init__(self, binary: Path, letters: int = 12):
        self.binary = binary.resolve()
        self.root = Path(tempfile.mkdtemp(prefix="kamerarchief-crash-"))
        self.content = self.root / "Content"
        shutil.copytree(FIXTURE, self.content)
        shutil.copytree(ROOT / "Templates", self.root / "Templates")
        letter = (FIXTURE / "kamerbrief-waterstof-voortgang.txt").read_text(encoding="utf-8")
        for number in range(letters):
            text = letter.replace("Gasunie", f"Netbeheerder {number}")
            (self.content / f"kamerbrief-kopie-{number:02}.txt").write_text(text, encoding="utf-8")
        self.output = self.root / "Output"

    def command(self, *extra: str) -> list:
        return [str(self.binary), "build", "--templates", "Templates", "--cache", "cache", *extra]

    def build(self, *extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*extra), cwd=self.root, capture_output=True, text=True, timeout=300)

    def start(self, *extra: str) -> subprocess.Popen:
        return subprocess.Popen(self.command(*extra), cwd=self.root, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


def tree(folder: Path) -> dict:
    """Every file below `folder` (hidden ones too) by relative path, with its bytes; folders
    are listed with the value None so that an empty folder counts."""
    result = {}
    if not folder.exists():
        return result
    for directory, folders, files in os.walk(folder):
        for name in folders:
            result[os.path.relpath(os.path.join(directory, name), folder) + "/"] = None
        for name in files:
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                result[os.path.relpath(path, folder)] = handle.read()
    return result


def temporary_files(found: dict) -> list:
    return [path for path in found if path.endswith(".tmp") or os.path.basename(path.rstrip("/")).startswith(".")]


def difference(found: dict, expected: dict) -> str:
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    changed = sorted(path for path in set(found) & set(expected) if found[path] != expected[path])
    return f"{len(missing)} missing {missing[:3]}, {len(extra)} extra {extra[:3]}, {len(changed)} changed {changed[:3]}"
