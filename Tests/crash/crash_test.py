#!/usr/bin/env python3
"""Kills builds at random moments and checks that Output is always the old site or the new one.

Each trial starts from a site built with its cache (state A), changes the content to state B
(a text edited, a letter added, one deleted, a sidecar changed), starts a build of one of four
kinds and stops it at a random moment within the time a build takes:

- clean:        `build --no-cache`, killed with SIGKILL
- incremental:  `build` with the cache, killed with SIGKILL
- watch:        `build --watch`, content changed while it watches, killed with SIGKILL
- interrupt:    `build` with the cache, stopped with SIGINT, then the edit undone (back to A)

After each stop, Output must be byte-identical to a clean build of A or of B, with no temporary
or hidden file inside it, and the next build must be byte-identical to a clean build of the
content as it then is. Exits 1 with the failing trials listed.

    Tests/crash/crash_test.py --binary .build/debug/kamerarchief [--trials 60] [--seed 1]
"""

import argparse
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Site, difference, temporary_files, tree  # noqa: E402

KINDS = ["clean", "incremental", "watch", "interrupt"]


def set_state(site: Site, state: str, originals: dict):
    """Writes content state A (the originals) or B (edited, one letter added, one deleted)."""
    for name, text in originals.items():
        (site.content / name).write_text(text, encoding="utf-8")
    added = site.content / "kamerbrief-nieuw.txt"
    if state == "A":
        added.unlink(missing_ok=True)
        return
    fiche = originals["fiche-3-waterstofstrategie.txt"]
    (site.content / "fiche-3-waterstofstrategie.txt").write_text(
        fiche.replace("verdeeld over de quota", "het oneens over de quota"), encoding="utf-8")
    added.write_text(originals["kamerbrief-kopie-00.txt"].replace("Netbeheerder 0", "Een nieuwe netbeheerder"), encoding="utf-8")
    (site.content / "kamerbrief-kopie-05.txt").unlink()
    (site.content / "kamerbrief-waterstof-voortgang.yml").write_text(
        originals["kamerbrief-waterstof-voortgang.yml"].replace("title: ", "title: Bijgewerkte ", 1), encoding="utf-8")


def reference(site: Site, state: str, originals: dict) -> dict:
    set_state(site, state, originals)
    folder = site.root / f"Reference-{state}"
    result = subprocess.run([str(site.binary), "build", "--templates", "Templates", "--no-cache", "--output", folder.name],
                            cwd=site.root, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        sys.exit(f"the reference build of state {state} failed:\n{result.stderr}")
    found = tree(folder)
    shutil.rmtree(folder)
    return found


def check(label: str, found: dict, allowed: dict, failures: list) -> bool:
    matches = [name for name, expected in allowed.items() if found == expected]
    if not matches:
        closest = min(allowed, key=lambda name: len(set(found) ^ set(allowed[name])))
        failures.append(f"{label}: Output is none of {sorted(allowed)}; against {closest}: {difference(found, allowed[closest])}")
        return False
    if temporary_files(found):
        failures.append(f"{label}: temporary files in Output: {temporary_files(found)[:3]}")
        return False
    return True


def wait_for(process: subprocess.Popen, text: str, timeout: float = 120) -> str:
    """Reads the process's stderr until `text` has been printed."""
    seen = ""
    deadline = time.monotonic() + timeout
    while text not in seen and time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen += line
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", type=Path, default=Path(".build/debug/kamerarchief"))
    parser.add_argument("--trials", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary site")
    arguments = parser.parse_args()
    generator = random.Random(arguments.seed)

    site = Site(arguments.binary)
    originals = {path.name: path.read_text(encoding="utf-8") for path in site.content.iterdir() if path.suffix in (".txt", ".yml")}
    references = {state: reference(site, state, originals) for state in "AB"}
    failures = []
    counts = {kind: 0 for kind in KINDS}
    stops = {"during": 0, "after": 0}
    try:
        # How long a build from A to B takes, to spread the kills over it.
        set_state(site, "A", originals)
        site.build()
        set_state(site, "B", originals)
        started = time.monotonic()
        site.build()
        span = max(0.05, (time.monotonic() - started) * 1.2)

        for trial in range(arguments.trials):
            kind = KINDS[trial % len(KINDS)]
            counts[kind] += 1
            label = f"trial {trial + 1} ({kind})"
            set_state(site, "A", originals)
            result = site.build()
            if result.returncode != 0 or not check(f"{label}, reset to A", tree(site.output), {"A": references["A"]}, failures):
                failures.append(f"{label}: the build of A failed or differs: {result.stderr[-300:]}")
                continue
            delay = generator.uniform(0, span)
            if kind == "watch":
                process = site.start("--watch")
                wait_for(process, "watching")
                set_state(site, "B", originals)
                time.sleep(0.3 + delay)  # the watcher polls every 0.3 s
            else:
                set_state(site, "B", originals)
                process = site.start("--no-cache") if kind == "clean" else site.start()
                time.sleep(delay)
            finished = process.poll() is not None
            stops["after" if finished else "during"] += 1
            process.send_signal(signal.SIGINT if kind == "interrupt" else signal.SIGKILL)
            process.wait()
            process.stderr.close()
            if not check(f"{label}, stopped after {delay:.3f} s", tree(site.output), references, failures):
                continue
            final = "B"
            if kind == "interrupt":
                set_state(site, "A", originals)
                final = "A"
            result = site.build()
            if result.returncode != 0:
                failures.append(f"{label}: the next build exits {result.returncode}: {result.stderr[-300:]}")
                continue
            check(f"{label}, the next build", tree(site.output), {final: references[final]}, failures)
    finally:
        if not arguments.keep:
            site.remove()

    print(f"crash test: {arguments.trials} trials ({', '.join(f'{count} {kind}' for kind, count in counts.items())}), "
          f"{stops['during']} stopped while building, {stops['after']} after it ended; {len(failures)} failed")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
