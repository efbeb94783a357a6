#!/usr/bin/env python3
"""Damages every cache file in turn and checks that the next build ends with the correct site
(byte-identical to a clean build) or a `cache-invalid` warning, and never crashes.

Damages: truncation at a random length, random bytes of the same length, and one to eight bit
flips at random places. Each round builds with a sound cache, damages one file, changes a
template or a document (so the build reads the cache), builds, and checks. A build must exit 0
(a crash is a signal or another code); its site must equal the clean build's, and a damage the
site did not survive unnoticed must have printed `cache-invalid`. Runs for `--seconds`.

    Tests/crash/cache_fuzz.py --binary .build/debug/kamerarchief [--seconds 60] [--seed 1]
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Site, difference, tree  # noqa: E402


def damage(data: bytes, generator: random.Random) -> (bytes, str):
    how = generator.choice(["truncate", "random", "flip"])
    if how == "truncate" or not data:
        length = generator.randrange(0, max(1, len(data)))
        return data[:length], f"truncated to {length} of {len(data)} bytes"
    if how == "random":
        return bytes(generator.randrange(256) for _ in data), f"{len(data)} random bytes"
    damaged = bytearray(data)
    flips = generator.randint(1, 8)
    for _ in range(flips):
        damaged[generator.randrange(len(damaged))] ^= 1 << generator.randrange(8)
    return bytes(damaged), f"{flips} bit flips"


def cache_files(cache: Path) -> list:
    # site/ is not a cache file but the site a rebuild replaced, its files hard links to the
    # published ones: damaging one in place would damage Output itself, which no build reads.
    return sorted(str(path.relative_to(cache)) for path in cache.rglob("*")
                  if path.is_file() and path.name != "lock" and not path.name.startswith(".")
                  and path.relative_to(cache).parts[0] != "site")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", type=Path, default=Path(".build/debug/kamerarchief"))
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    generator = random.Random(arguments.seed)
    site = Site(arguments.binary, letters=3)
    template = site.root / "Templates/document.md"
    original_template = template.read_text(encoding="utf-8")
    fiche = site.content / "fiche-3-waterstofstrategie.txt"
    original_fiche = fiche.read_text(encoding="utf-8")
    failures, rounds, warned = [], 0, 0
    references = {}
    deadline = time.monotonic() + arguments.seconds
    try:
        while time.monotonic() < deadline:
            rounds += 1
            # A sound cache for the original inputs.
            template.write_text(original_template, encoding="utf-8")
            fiche.write_text(original_fiche, encoding="utf-8")
            if site.build().returncode != 0:
                failures.append(f"round {rounds}: the build with a sound cache failed")
                break
            files = cache_files(site.root / "cache")
            name = generator.choice(files)
            path = site.root / "cache" / name
            damaged, how = damage(path.read_bytes(), generator)
            path.write_bytes(damaged)
            change = generator.choice(["template", "document"])
            if change == "template":
                template.write_text(original_template + "\nEen regel erbij.\n", encoding="utf-8")
            else:
                fiche.write_text(original_fiche.replace("verdeeld over de quota", "het oneens over de quota"), encoding="utf-8")
            if change not in references:
                folder = site.root / "Reference"
                subprocess.run([str(site.binary), "build", "--templates", "Templates", "--no-cache", "--output", "Reference"],
                               cwd=site.root, capture_output=True, timeout=300)
                references[change] = tree(folder)
                shutil.rmtree(folder)
            result = site.build()
            label = f"round {rounds}: cache/{name} {how}, {change} changed"
            if result.returncode != 0:
                failures.append(f"{label}: exit {result.returncode}: {result.stderr[-400:]}")
                (site.root / "cache").exists() and shutil.rmtree(site.root / "cache")
                continue
            warned += "[cache-invalid]" in result.stderr
            found = tree(site.output)
            if found != references[change]:
                failures.append(f"{label}: the site differs from a clean build: {difference(found, references[change])}")
    finally:
        site.remove()
    print(f"cache fuzzer: {rounds} rounds, {warned} with a cache-invalid warning, {len(failures)} failed")
    for failure in failures[:20]:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
