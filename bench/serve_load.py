"""The load test of `kamerarchief serve`: wrk (Debian) on loopback, 200 concurrent connections.

`kamerarchief serve` (which runs `kamerarchief-serve` beside it) builds a copy of the repository's Content/ with the repository's Templates/ and serves it on
a free loopback port. wrk then runs three times for 10 s each with 200 connections on 2 threads:
a warm-up, then the measured runs: a document page twice (HTML, so the reload script is added to
every response) and the stylesheet (a file sent as it is). The resident memory of the `serve`
process (VmRSS) is read after each run: "no growth" means that after the second page run it is
within 10% (and 8 MiB) of the reading after the first, identical, run. Errors are wrk's socket errors (connect, read, write,
timeout) and responses that are not 2xx or 3xx; the target is none.

Every request goes to 127.0.0.1 only, and each run stops by itself after its 10 s.

    python3 bench/serve_load.py --binary .build/release/kamerarchief   # prints the results as JSON
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONNECTIONS = 200
SECONDS = 10
THREADS = 2


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def wrk(url):
    """One wrk run: requests per second, requests, errors (by kind) and latency percentiles."""
    out = subprocess.run(["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url],
                         capture_output=True, text=True, timeout=SECONDS + 60).stdout
    result = {"url": url.split("/", 3)[-1], "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
              "requests": int(re.search(r"(\d+) requests in", out).group(1)), "errors": {}}
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket:
        result["errors"].update(zip(("connect", "read", "write", "timeout"), map(int, socket.groups())))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx:
        result["errors"]["non-2xx/3xx"] = int(non2xx.group(1))
    for percent in ("50", "99"):
        found = re.search(rf"^\s+{percent}%\s+(\S+)", out, re.M)
        result[f"latency_p{percent}"] = found.group(1) if found else None
    return result


def measure(binary):
    if not shutil.which("wrk"):
        return {"skipped": "wrk is not installed (make deps-bench installs it)"}
    if not os.access(os.path.join(os.path.dirname(binary), "kamerarchief-serve"), os.X_OK):
        return {"skipped": "no kamerarchief-serve beside the binary (`swift build -c release --product kamerarchief-serve`)"}
    folder = tempfile.mkdtemp(prefix="kamerarchief-serve-load-")
    try:
        shutil.copytree(os.path.join(ROOT, "Content"), os.path.join(folder, "Content"))
        process = subprocess.Popen([binary, "serve", "--content", "Content", "--templates", os.path.join(ROOT, "Templates"),
                                    "--output", "Output", "--port", "0"],
                                   cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
        lines, serving = [], threading.Event()

        def read():
            for line in process.stderr:
                lines.append(line)
                if "serving Output at" in line:
                    serving.set()
        threading.Thread(target=read, daemon=True).start()
        if not serving.wait(600):
            process.kill()
            raise RuntimeError("serve did not start: " + "".join(lines))
        base = re.search(r"(http://127\.0\.0\.1:\d+)/", "".join(lines)).group(1)
        documents = sorted(os.listdir(os.path.join(folder, "Output", "documenten")))
        page = f"{base}/documenten/{documents[0]}/"
        result = {"connections": CONNECTIONS, "seconds": SECONDS, "threads": THREADS, "rss_kib": {}}
        log(f"serve: warm-up, {CONNECTIONS} connections for {SECONDS} s")
        result["warmup"] = wrk(page)
        result["rss_kib"]["after warm-up"] = rss_kib(process.pid)
        log("serve: a document page")
        result["page"] = wrk(page)
        result["rss_kib"]["after the page run"] = rss_kib(process.pid)
        log("serve: the same page again")
        result["page_again"] = wrk(page)
        result["rss_kib"]["after the page again"] = rss_kib(process.pid)
        log("serve: the stylesheet")
        result["file"] = wrk(f"{base}/assets/style.css")
        result["rss_kib"]["after the file run"] = rss_kib(process.pid)
        result["load"] = open("/proc/loadavg").read().split()[0]
        process.send_signal(signal.SIGINT)
        result["exit"] = process.wait(60)
        # Two identical runs: what the first one left must not grow in the second.
        first, last = result["rss_kib"]["after the page run"], result["rss_kib"]["after the page again"]
        result["memory_grew"] = last > max(first * 1.10, first + 8 * 1024)
        runs = (result["page"], result["page_again"], result["file"])
        result["errors"] = sum(sum(run["errors"].values()) for run in runs)
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def section(result):
    """The BENCHMARKS.md section of `measure`'s result."""
    lines = ["", "## Serving (`kamerarchief serve` under wrk)", ""]
    if not result:
        return lines + ["Not measured (`python3 bench/run.py --only serve`)."]
    if "skipped" in result:
        return lines + [f"Not measured: {result['skipped']}."]
    lines += [f"`bench/serve_load.py`: the release binary serves the repository's Content/ on loopback; wrk holds "
              f"{result['connections']} connections on {result['threads']} threads for {result['seconds']} s per run "
              f"(a warm-up first; 1-minute load average {result.get('load', '?')} at the end). Targets: no errors, no growth "
              "in memory (VmRSS of `serve` after the second page run within 10% of the reading after the first).", "",
              "| run | requests/s | requests | p50 | p99 | errors |", "|---|---:|---:|---:|---:|---:|"]
    for key, name in (("page", "document page (HTML, reload script added)"), ("page_again", "the same page again"),
                      ("file", "stylesheet (sent as it is)")):
        run = result[key]
        lines.append(f"| {name} | {run['requests_per_second']:,.0f} | {run['requests']:,} | {run['latency_p50']} | "
                     f"{run['latency_p99']} | {sum(run['errors'].values())} |")
    rss = result["rss_kib"]
    lines += ["", "| VmRSS of serve | " + " | ".join(rss) + " | growth |", "|---|" + "---:|" * (len(rss) + 1),
              "| MiB | " + " | ".join(f"{v / 1024:.1f}" for v in rss.values()) + " | "
              + ("**grew**" if result["memory_grew"] else "none") + " |", "",
              f"Errors in all: {result['errors']}; `serve` exited with {result['exit']} after SIGINT."]
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/kamerarchief"))
    args = parser.parse_args()
    measured = measure(os.path.abspath(args.binary))
    print(json.dumps(measured, indent=1))
    print("\n".join(section(measured)))
