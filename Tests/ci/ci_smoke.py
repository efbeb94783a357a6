#!/usr/bin/env python3
"""make ci-smoke: runs the GitHub Actions recipe's build steps (docs/ci/github-actions.yml) on a
fresh clone of this repository in a temporary folder, twice, as two CI runs would.

Run 1: the tool is built from the clone (the recipe's "Build the tool" step), an archive is
started with `kamerarchief new`, and the recipe's "Build the archive" step builds it: exit 0,
the example parsed. Run 2 is a new runner: a fresh copy of the archive (new files, no Output/),
with the tool's .build and .kamerarchief-cache restored as actions/cache restores them (moved,
times kept), so the tool is not rebuilt (the step's `if:` on the cache hit); the build must
exit 0 and parse nothing. The steps' commands are read from the recipe, so a changed recipe is
what is tested. CONFIGURATION=debug builds the tool in debug (the recipe says release).
Usage: ci_smoke.py [--configuration release|debug] [--keep]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from ruamel.yaml import YAML

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RECIPE = os.path.join(ROOT, "docs", "ci", "github-actions.yml")
BASE_URL = "https://example.org/archief"


def step(name):
    """The shell command of the build job's step called `name`, with its expressions filled in."""
    with open(RECIPE, encoding="utf-8") as handle:
        workflow = YAML(typ="safe").load(handle)
    for candidate in workflow["jobs"]["build"]["steps"]:
        if candidate.get("name") == name:
            command = candidate["run"]
            return command.replace("${{ steps.pages.outputs.base_url }}", BASE_URL)
    sys.exit(f"{RECIPE}: no step named {name!r}")


def run(command, cwd, configuration):
    if configuration != "release":
        command = command.replace("-c release", f"-c {configuration}").replace(".build/release/", f".build/{configuration}/")
    assert "${{" not in command, f"an expression is left in {command!r}"
    print(f"$ {command}", flush=True)
    result = subprocess.run(["bash", "-c", command], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    print(result.stdout + result.stderr, end="", flush=True)
    if result.returncode != 0:
        sys.exit(f"exit {result.returncode}: {command}")
    return result.stdout + result.stderr


def parsed_count(output):
    match = re.search(r"wrote Output: \d+ files for (\d+) documents \((\d+) parsed\)", output)
    if not match:
        sys.exit("no summary line 'wrote Output: … (N parsed)' in the build's output")
    return int(match.group(1)), int(match.group(2))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--configuration", default="release", choices=["release", "debug"])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    work = tempfile.mkdtemp(prefix="kamerarchief-ci-smoke.")
    try:
        # Run 1: the recipe's checkout of the archive and of the tool, then its build steps.
        first = os.path.join(work, "run-1")
        tool = os.path.join(first, ".kamerarchief-tool")
        subprocess.run(["git", "clone", "-q", "--no-hardlinks", ROOT, tool], check=True)
        run(step("Build the tool"), first, arguments.configuration)
        binary = os.path.join(tool, ".build", arguments.configuration, "kamerarchief")
        scaffold = os.path.join(work, "scaffold")
        subprocess.run([binary, "new", scaffold], check=True, stdout=subprocess.DEVNULL)
        shutil.copytree(scaffold, first, dirs_exist_ok=True)
        documents, parsed = parsed_count(run(step("Build the archive"), first, arguments.configuration))
        if not (documents == 1 and parsed == 1) or not os.path.exists(os.path.join(first, "Output", "index.html")):
            sys.exit(f"run 1: expected the example built and parsed, got {documents} documents, {parsed} parsed")

        # Run 2: a fresh checkout of the archive on a new runner, the caches restored.
        second = os.path.join(work, "run-2")
        shutil.copytree(scaffold, second)
        shutil.move(tool, os.path.join(second, ".kamerarchief-tool"))
        shutil.move(os.path.join(first, ".kamerarchief-cache"), os.path.join(second, ".kamerarchief-cache"))
        documents, parsed = parsed_count(run(step("Build the archive"), second, arguments.configuration))
        if documents != 1 or parsed != 0:
            sys.exit(f"run 2: expected 1 document and nothing parsed, got {documents} documents, {parsed} parsed")
        print(f"ok -- run 1 parsed 1 document; run 2 with the restored caches parsed {parsed} of {documents}")
    finally:
        if arguments.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
