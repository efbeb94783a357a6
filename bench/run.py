#!/usr/bin/env python3
"""Run the KamerArchief benchmarks and write BENCHMARKS.md.

    python3 bench/run.py [--binary .build/release/kamerarchief] [--only scale,pathological,profile]

Environment:
  BENCH_SIZES="100 1000 10000"   corpus sizes (documents), default all three
  BENCH_DIR=.bench                scratch folder (git-ignored): corpora, outputs, Hugo sites, raw results
  BENCH_TIMEOUT=3600              seconds before one build is abandoned
  BENCH_FULL=0                    1: also measure no-op and one-document rebuilds above 1,000 documents
                                  when the clean build is slow (by default they are skipped there when
                                  the clean build took > 120 s: without an incremental cache they are
                                  full builds again)
  BENCH_PROFILE=1                 0: skip the callgrind profile
  BENCH_SEARCH_SIZES="1000 10000" corpus sizes for the search benchmark in headless Chromium
                                  (bench/search_bench.py; needs `make deps-browser`)
  BENCH_READER_BYTES=4000000      bytes each reader parses in the reader benchmark
  BENCH_READER_RUNS=5             runs per reader; the fastest counts

Every KamerArchief build runs with `--timings`, so each clean build also records the build's own
per-stage wall and CPU seconds, and its files are then written again by `kamerarchief-bench
write-floor`, which does nothing else (`write_floor`). The reader benchmark (`--only readers`) runs
`kamerarchief-bench` (built beside the binary) once per reader: one thread, in-process, several MB of
input.

Every measurement runs under /usr/bin/time -v (user and system CPU, max RSS); wall time is taken
around it. Raw numbers go to BENCH_DIR/results.json; BENCHMARKS.md is generated from that file, so a
run of one part (--only pathological) keeps the other parts' last numbers.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate_corpus  # noqa: E402
import generate_pathological  # noqa: E402
import report  # noqa: E402 (imported here, before any part can put another report.py on the path)
import serve_load  # noqa: E402
import timeline  # noqa: E402
import to_hugo  # noqa: E402

SEED = 1
SLOW = 120.0  # a clean build slower than this skips the rebuild measurements (see BENCH_FULL)


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def measure(cmd, timeout, cwd=ROOT):
    """Run cmd under /usr/bin/time -v; wall (s), user and sys CPU (s), max RSS (KiB), exit code."""
    stats = os.path.join(bench_dir(), "time.txt")
    load = loadavg()
    start = time.perf_counter()
    # A session of its own, so that a timeout ends the build too, not only /usr/bin/time.
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", stats] + cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return {"wall": time.perf_counter() - start, "timeout": True, "load": load}
    wall = time.perf_counter() - start
    text = open(stats).read()

    def field(name):
        match = re.search(rf"{re.escape(name)}: (.+)", text)
        return match.group(1).strip() if match else None

    tail = stderr.decode("utf-8", "replace").strip().split("\n")
    summary = next((line for line in reversed(tail) if re.search(r"\d+ errors?, \d+ warnings?", line)), "")
    # `build --timings` prints "stage   1.234 s wall    2.345 s CPU" per stage.
    stages = {m.group(1).strip(): {"wall": float(m.group(2)), "cpu": float(m.group(3))}
              for m in (re.match(r"^(.+?)\s+([\d.]+) s wall\s+([\d.]+) s CPU$", line) for line in tail) if m}
    return {"wall": wall, "user": float(field("User time (seconds)")), "sys": float(field("System time (seconds)")),
            "rss_kib": int(field("Maximum resident set size (kbytes)")), "rc": proc.returncode,
            "summary": summary, "load": load, "stages": stages}


def summarize(runs):
    """The median run by wall time, with the largest RSS of all runs (where they have one) and every
    wall time."""
    done = [r for r in runs if not r.get("timeout")]
    if not done:
        return {"timeout": True, "wall": runs[0]["wall"], "walls": [r["wall"] for r in runs]}
    median = sorted(done, key=lambda r: r["wall"])[len(done) // 2]
    result = dict(median)
    if all("rss_kib" in r for r in done):
        result["rss_kib"] = max(r["rss_kib"] for r in done)
    result["walls"] = [round(r["wall"], 3) for r in runs]
    return result


# One-document rebuilds measured after the first (see `bench_size`).
STEADY_REBUILDS = 5


# A measurement is run three times when its first run takes less than this, else once. The
# 10,000-document clean build takes some 17 to 25 s here, and its median against the 1,000-document
# build's is a target: one run of it moved that ratio by a tenth and more.
REPEAT_BELOW_SECONDS = 60


def repeated(make_run, first_timeout):
    """Three runs when the first is quick (< `REPEAT_BELOW_SECONDS`), else one."""
    runs = [make_run(first_timeout)]
    if not runs[0].get("timeout") and runs[0]["wall"] < REPEAT_BELOW_SECONDS:
        runs += [make_run(first_timeout) for _ in range(2)]
    return summarize(runs)


def bench_dir():
    return os.path.abspath(os.environ.get("BENCH_DIR", os.path.join(ROOT, ".bench")))


def corpus(size):
    """Generate the corpus of `size` documents unless an identical one (same generator) exists."""
    folder = os.path.join(bench_dir(), f"corpus-{size}")
    stamp = os.path.join(bench_dir(), f"corpus-{size}.stamp")
    sources = [os.path.join(HERE, name) for name in ("generate_corpus.py", "text/sentences.txt")]
    digest = hashlib.sha256(json.dumps([SEED, size]).encode())
    for source in sources:
        digest.update(open(source, "rb").read())
    key = digest.hexdigest()
    if os.path.exists(stamp) and open(stamp).read() == key and os.path.isdir(folder):
        return folder
    log(f"generating {size} documents")
    generate_corpus.generate(size, folder, SEED, 30_000, 50_000, True)
    with open(stamp, "w") as f:
        f.write(key)
    return folder


def clean_output(out_parent):
    """Move the output and everything the build keeps beside it (staging folders, caches) into the
    trash, which the run empties at its end (`empty_trash`), and make the folder again, empty.

    Deleting a site's tens of thousands of files right before a build makes the build's own file
    creations slow: ext4 without a journal (this machine's file system) skips inodes freed in the
    last minute (six when their inode table is not yet written back) and checks each one it skips,
    for every file it creates. A clean build in CI, in a new clone, never pays that; a rename
    frees no inode. `clean_after_delete` measures the other case once, at 1,000 documents."""
    if os.path.isdir(out_parent):
        trash = os.path.join(bench_dir(), "trash")
        os.makedirs(trash, exist_ok=True)
        os.rename(out_parent, os.path.join(trash, f"{len(os.listdir(trash))}-{os.path.basename(out_parent)}"))
    os.makedirs(out_parent)


# How long the file system goes on skipping inodes a deletion freed (see `clean_output`).
FREED_INODES_SECONDS = 390


def empty_trash():
    """Delete what `clean_output` moved aside, write the freed inodes back (`sync`), and note when
    (`wait_for_freed_inodes`)."""
    trash = os.path.join(bench_dir(), "trash")
    if os.path.isdir(trash):
        shutil.rmtree(trash, ignore_errors=True)
        with open(os.path.join(bench_dir(), "trash-emptied"), "w") as f:
            f.write(str(time.time()))
    os.sync()


def wait_for_freed_inodes():
    """Wait until the last emptied trash is older than `FREED_INODES_SECONDS`: a run started right
    after another, which deletes its sites at its end, measured the clean builds with several seconds
    of the kernel's inode search each (1,000 documents: 9.8 s of system time instead of 1.1 s)."""
    stamp = os.path.join(bench_dir(), "trash-emptied")
    if not os.path.exists(stamp):
        return
    left = float(open(stamp).read()) + FREED_INODES_SECONDS - time.time()
    if left > 0:
        log(f"waiting {left:.0f} s for the inodes the last run freed to age")
        time.sleep(left)


def free_page_reporting():
    """Whether this machine is a VM whose balloon device reports free memory to its host
    (virtio-balloon, feature bit 5, VIRTIO_BALLOON_F_REPORTING): the host then takes that memory
    back, and the guest's next use of it faults on the host."""
    base = "/sys/bus/virtio/devices"
    for name in sorted(os.listdir(base)) if os.path.isdir(base) else []:
        try:
            device = open(os.path.join(base, name, "device")).read().strip()
            features = open(os.path.join(base, name, "features")).read().strip()
        except OSError:
            continue
        if device == "0x0005":
            return len(features) > 5 and features[5] == "1"
    return False


# What `page_cache_cost` writes: about what a 10,000-document build writes (site and cache).
PAGE_CACHE_MEGABYTES = 3000


def page_cache_cost(megabytes=PAGE_CACHE_MEGABYTES):
    """The kernel time `dd` takes to write `megabytes` into a new file, twice: first into memory
    left free for a while, then at once into the memory the first file's deletion freed.

    On a VM with free page reporting (`free_page_reporting`) the first writes into memory the host
    has taken back, and each page the copy into the page cache touches first faults on the host;
    the second reuses pages the guest freed a moment before, not yet reported. The difference is
    what writing a site of that size costs on this machine beyond its bytes: a 10,000-document
    build writes some 3 GB, a 1,000-document build some 300 MB, which the memory freed by the
    builds before it holds."""
    path = os.path.join(bench_dir(), "page-cache-test")
    write = ["dd", "if=/dev/zero", f"of={path}", "bs=1M", f"count={megabytes}", "status=none"]
    os.sync()
    time.sleep(15)  # for memory freed just before to be reported
    runs = []
    for _ in range(2):
        run = measure(write, 600)
        os.remove(path)
        runs.append({"wall": round(run["wall"], 2), "sys": run.get("sys")})
    return {"megabytes": megabytes, "returned": runs[0], "reused": runs[1], "free_page_reporting": free_page_reporting()}


def tree_size(folder):
    files = total = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            files += 1
            total += os.path.getsize(os.path.join(dirpath, name))
    return files, total


def output_parts(folder):
    """Bytes of the output by what they are: HTML pages, data/ JSON, the search index, other assets."""
    parts = {"pages": 0, "data": 0, "search": 0, "other": 0}
    for dirpath, _, names in os.walk(folder):
        relative = os.path.relpath(dirpath, folder)
        for name in names:
            size = os.path.getsize(os.path.join(dirpath, name))
            if relative.startswith("assets/zoekindex") or name == "search-index.js":
                parts["search"] += size
            elif relative == "data" or relative.startswith("data/"):
                parts["data"] += size
            elif name.endswith(".html"):
                parts["pages"] += size
            else:
                parts["other"] += size
    return parts


def warm(folder):
    """Reads every file of `folder` once, so that no measured build reads it from the disk."""
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            while f.read(1 << 20):
                pass


def bench_size(binary, size, timeout, full):
    folder = corpus(size)
    manifest = json.load(open(folder + ".manifest.json", encoding="utf-8"))
    out_parent = os.path.join(bench_dir(), f"site-{size}")
    output = os.path.join(out_parent, "Output")
    build = [binary, "build", "--timings", "--content", folder, "--templates", os.path.join(ROOT, "Templates"), "--output", output]
    result = {"documents": size, "bytes": manifest["bytes"],
              "fiches": sum(1 for d in manifest["documents"] if d["kind"] == "fiche")}

    def clean_build(t):
        clean_output(out_parent)
        return measure(build, t)

    # Every build, KamerArchief's and Hugo's, starts with the texts in the page cache, as a CI job's
    # after its checkout. A corpus the kernel has let go of (after a run that wrote gigabytes, or
    # caches dropped) made one clean 10,000-document build wait 7 s on the disk for its reading.
    warm(folder)
    log(f"{size}: clean build")
    result["clean"] = repeated(clean_build, timeout)
    if size == 1000 and not result["clean"].get("timeout"):
        log(f"{size}: clean build right after deleting the last one's output")
        result["clean_after_delete"] = clean_after_delete(out_parent, build, timeout)
    if not result["clean"].get("timeout"):
        result["output_files"], result["output_bytes"] = tree_size(output)
        result["output_parts"] = output_parts(output)
        log(f"{size}: writing the clean build's files again, and nothing else")
        result["write_floor"] = write_floor(binary, out_parent, size)
    slow = result["clean"].get("timeout") or result["clean"]["wall"] > SLOW
    if slow and size > 1000 and not full:
        log(f"{size}: clean build took {result['clean']['wall']:.0f} s; skipping the rebuilds (BENCH_FULL=1 runs them)")
        result["noop"] = result["one"] = {"skipped": True}
    else:
        if result["clean"].get("timeout"):
            clean_output(out_parent)
            measure(build, timeout)
        log(f"{size}: no-op rebuild")
        result["noop"] = repeated(lambda t: measure(build, t), timeout)
        fiche = next(d["file"] for d in manifest["documents"] if d["kind"] == "fiche")
        path = os.path.join(folder, fiche)
        original = open(path, "rb").read()
        counter = iter(range(1, 100))

        def one_changed(t):
            with open(path, "ab") as f:  # a new sentence at the end of the fiche, each run another one
                f.write(f"Deze zin is toegevoegd voor meting {next(counter)}.\n".encode())
            return measure(build, t)

        log(f"{size}: one-document rebuild")
        try:
            # The first rebuild after a clean build is a case of its own: with no replaced site in the
            # cache yet, it copies the whole site to stage the change, and keeps the site it replaces
            # as the cache's spare. It is measured and reported apart; the rebuilds after it, each
            # patching the spare, are the steady state a CI run is in, and five of them give the median.
            first = one_changed(timeout)
            if first.get("timeout"):
                result["one"] = summarize([first])
            else:
                result["one"] = summarize([one_changed(timeout) for _ in range(STEADY_REBUILDS)])
                result["one"]["first"] = round(first["wall"], 3)
        finally:
            with open(path, "wb") as f:
                f.write(original)
        result["one"]["changed"] = fiche

    result.update(bench_hugo(folder, size, timeout))
    return result


def write_floor(binary, built, size):
    """The time a program takes that only writes the files of the build in `built` (the site and
    the cache beside it), their bytes already in memory: `kamerarchief-bench write-floor`, on as
    many threads as the build, three times, the median by wall time. A generator that writes the
    same files with the same calls cannot take less on this machine; the clean build's CPU time less
    this is what making the files costs. Each copy goes to the trash like a site (`clean_output`)."""
    tool = os.path.join(os.path.dirname(binary), "kamerarchief-bench")
    if not os.path.exists(tool):
        return {"skipped": "no kamerarchief-bench beside the binary"}
    target_parent = os.path.join(bench_dir(), f"floor-{size}")
    runs = []
    for _ in range(3):
        clean_output(target_parent)
        load = loadavg()
        run = subprocess.run([tool, "write-floor", built, os.path.join(target_parent, "copy")], capture_output=True, text=True)
        if run.returncode != 0:
            return {"failed": run.stderr.strip()}
        runs.append(dict(json.loads(run.stdout), load=load))
    clean_output(target_parent)
    # The copies' gigabytes written back now, not while the rebuilds after this are measured.
    os.sync()
    return summarize(runs)


def clean_after_delete(out_parent, build, timeout):
    """One clean build right after deleting the output of the clean builds just measured, while
    their inode tables are still cached (see `clean_output`). Then the freed inodes are written
    back and left to age past the file system's minute, so that the builds after it do not pay."""
    shutil.rmtree(out_parent)
    os.makedirs(out_parent)
    result = measure(build, timeout)
    os.sync()
    time.sleep(65)
    return result


def bench_search(binary, size, timeout):
    """Builds the corpus into its own folder and runs the search queries on it in Chromium."""
    import search_bench
    folder = corpus(size)
    manifest = json.load(open(folder + ".manifest.json", encoding="utf-8"))
    out_parent = os.path.join(bench_dir(), f"search-{size}")
    output = os.path.join(out_parent, "Output")
    clean_output(out_parent)
    log(f"{size}: building the site for the search benchmark")
    run = measure([binary, "build", "--content", folder, "--templates", os.path.join(ROOT, "Templates"), "--output", output], timeout)
    if run.get("timeout") or run.get("rc") not in (0, 1):
        raise SystemExit(f"the build for the search benchmark failed: {run}")
    load = loadavg()
    result = search_bench.bench(output, manifest["bytes"], log)
    result.update(measured=machine()["date"], binary=os.path.relpath(binary, ROOT), load=load)
    return result


def timeline_part(results):
    """The timeline picture of the largest site built by this or an earlier run: the scale part's
    sites first, then the search part's (same corpora, same templates)."""
    sites = [(int(size), os.path.join(bench_dir(), f"site-{size}", "Output")) for size in results.get("scale", {})]
    sites += [(int(size), os.path.join(bench_dir(), f"search-{size}", "Output")) for size in results.get("search", {})]
    for size, site in sorted(sites, reverse=True):
        if os.path.exists(os.path.join(site, "tijdlijn.html")):
            log(f"{size}: timeline picture in Chromium ({os.path.relpath(site, ROOT)})")
            results["timeline"] = dict(timeline.measure(site), documents=size)
            return


def bench_hugo(folder, size, timeout):
    """Hugo on the same texts as Markdown pages, clean each run."""
    log(f"{size}: Hugo")
    site = os.path.join(bench_dir(), f"hugo-{size}")
    to_hugo.convert(folder, site)

    def hugo_build(t):
        for name in ("public", "resources"):
            if os.path.isdir(os.path.join(site, name)):
                clean_output(os.path.join(site, name))
        return measure(["hugo", "--quiet", "--source", site, "--destination", "public"], t)

    hugo = repeated(hugo_build, timeout)
    return {"hugo": hugo, "hugo_pages": len(os.listdir(os.path.join(site, "public", "documenten"))) - 1}


def reader_inputs(size=1000):
    """Per reader: a name and its input files. Page-dump fiches and letters come from the generated
    corpus; the other forms from the real (or realistic) test fixtures, parsed again and again."""
    folder = corpus(size)
    manifest = json.load(open(folder + ".manifest.json", encoding="utf-8"))
    fixtures = os.path.join(ROOT, "Tests", "KamerArchiefTests", "Fixtures")

    def generated(kind):
        return [os.path.join(folder, d["file"]) for d in manifest["documents"] if d["kind"] == kind][:150]

    def fixture(*names):
        return [os.path.join(fixtures, name) for name in names]

    return [
        ("page dump fiche (generated)", generated("fiche")),
        ("PDF-text Kamerbrief (generated)", generated("kamerbrief")),
        ("PDF-text ministry letter (real)", fixture("letters/kst-27625-592-water-en-bodem-sturend.pdftext.txt",
                                                    "letters/ezk-netcongestie.pdftext.txt")),
        ("official XML (real)", fixture("xml/kst-28844-269.xml", "xml/kst-36750-3.xml")),
        ("PDF-text fiche", fixture("fiches-pdf/fiche-10-battery-booster.txt", "fiches-pdf/fiche-2-batterijenverordening.txt")),
        ("Kamerstuk PDF text", fixture("pdf/kst-28844-269.txt", "pdf/brief-kamerstuk.txt", "pdf/amendement-kamerstuk.txt")),
        ("page dump Kamerstuk", fixture("variants/pagina-brief-integriteit.txt", "variants/pagina-mvt.txt", "variants/pagina-motie.txt",
                                        "variants/pagina-brief.txt", "variants/pagina-amendement.txt")),
        ("web page (HTML)", fixture("variants/ob-brief-integriteit.html", "variants/ob-mvt.html", "variants/pagina-motie.html",
                                    "variants/pagina-ob-brief.html")),
        ("Word file (docx)", fixture("word/fiche-10-battery-booster.docx", "word/motie-kroger.docx")),
    ]


def bench_readers(binary):
    """Each reader's throughput on one core, in-process (kamerarchief-bench beside the binary)."""
    tool = os.path.join(os.path.dirname(binary), "kamerarchief-bench")
    minimum = os.environ.get("BENCH_READER_BYTES", "4000000")
    runs = int(os.environ.get("BENCH_READER_RUNS", "5"))
    results = {}
    for name, files in reader_inputs():
        log(f"reader: {name}")
        # A run takes well under a second of CPU, where another process on the machine can halve it:
        # the fastest of several runs is the reader's own speed, and all of them are kept.
        measured = []
        for _ in range(runs):
            out = subprocess.run([tool, name, *files, "--min-bytes", minimum], capture_output=True, text=True, check=True)
            measured.append(json.loads(out.stdout))
        best = max(measured, key=lambda run: run["mb_per_s"])
        results[name] = dict(best, runs=[run["mb_per_s"] for run in measured], load=loadavg())
    return results


def bench_pathological(binary):
    folder = os.path.join(bench_dir(), "pathological")
    generate_pathological.main_into(folder)
    timeout = float(os.environ.get("BENCH_PATHOLOGICAL_TIMEOUT", "150"))
    results = {}
    for case, n in generate_pathological.FULL.items():
        for kind in ("fiche", "letter"):
            row = {"n": n}
            for scale in ("half", "full"):
                path = os.path.join(folder, f"{case}-{kind}-{scale}.txt")
                log(f"pathological {case} {kind} {scale}")
                row[scale] = measure([binary, "parse", path, "--json"], timeout)
                row[scale]["bytes"] = os.path.getsize(path)
            results[f"{case}-{kind}"] = row
    return results


def bench_profile(binary):
    """callgrind over a clean 100-document build; the top functions by inclusive cost."""
    folder = corpus(100)
    out_parent = os.path.join(bench_dir(), "profile")
    clean_output(out_parent)
    data = os.path.join(out_parent, "callgrind.out")
    # Valgrind 3.19 cannot read the DWARF 5 that Swift 6 emits ("possibly corrupted debuginfo"); a copy
    # without debug info keeps the symbol table, which is all the function names need.
    stripped = os.path.join(out_parent, "kamerarchief")
    subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
    log("callgrind on a clean 100-document build (slow)")
    start = time.perf_counter()
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={data}", stripped, "build", "--content",
                    folder, "--templates", os.path.join(ROOT, "Templates"), "--output",
                    os.path.join(out_parent, "Output")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    seconds = time.perf_counter() - start
    result = read_profile(data, seconds)
    with open(os.path.join(out_parent, "callgrind.txt"), "w") as f:
        f.write(result.pop("demangled"))
    return dict(result, documents=100)


def read_profile(data, seconds):
    """Total instructions and the top functions by inclusive cost of a callgrind output file."""
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", data],
                               capture_output=True, text=True).stdout
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input=annotated, capture_output=True,
                               text=True).stdout or annotated
    total = re.search(r"^([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", demangled, re.M)
    rows = []
    for line in demangled.split("\n"):
        match = re.match(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$", line)
        if not match or "PROGRAM TOTALS" in line:
            continue
        where, _, function = match.group(3).partition(":")
        library = re.search(r"\s*\[([^\]]+)\]$", function)
        if library:
            function = function[:library.start()]
        rows.append({"ir": int(match.group(1).replace(",", "")), "percent": float(match.group(2)),
                     "function": function.strip() or where,
                     "object": os.path.basename(library.group(1)) if library else os.path.basename(where.strip())})
    return {"total_ir": int(total.group(1).replace(",", "")) if total else None, "seconds": seconds,
            "top": rows[:60], "demangled": demangled}


def archive_stats(output):
    """How linked the built archive is: dossiers, Kamerstukken, citations, documents cited by others."""
    path = os.path.join(output, "data", "archive.json")
    if not os.path.exists(path):
        return None
    archive = json.load(open(path, encoding="utf-8"))
    cited = sorted((len(k["citedBy"]) for k in archive["kamerstukken"]), reverse=True)
    return {"dossiers": len(archive["dossiers"]), "kamerstukken": len(archive["kamerstukken"]),
            "citations": sum(cited), "most_cited": cited[:3],
            "documents_cited": sum(1 for k in archive["kamerstukken"] if k["document"] and k["citedBy"])}


def machine():
    def run(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().split("\n")[0]
        except OSError:
            return "not installed"

    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    mem = next((line.split(":", 1)[1].strip() for line in open("/proc/meminfo") if line.startswith("MemTotal")), "?")
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": f"{int(mem.split()[0]) / 1024 / 1024:.1f} GiB",
            "kernel": platform.release(), "swift": run(["swift", "--version"]), "hugo": run(["hugo", "version"]),
            "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M %Z").strip(),
            "commit": run(["git", "-C", ROOT, "log", "-1", "--format=%h %s"]), "load": loadavg()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/kamerarchief"))
    parser.add_argument("--only", default="readers,scale,search,timeline,pathological,serve,profile",
                        help="comma-separated parts to run (readers, scale, hugo, search, timeline, pathological, serve, profile); "
                             "'report' only rewrites BENCHMARKS.md from results.json")
    parser.add_argument("--merge", action="store_true",
                        help="keep the results of corpus sizes this run does not measure (else they are dropped)")
    parser.add_argument("--markdown", default=os.path.join(ROOT, "BENCHMARKS.md"))
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    parts = args.only.split(",")
    os.makedirs(bench_dir(), exist_ok=True)
    raw = os.path.join(bench_dir(), "results.json")
    results = json.load(open(raw)) if os.path.exists(raw) else {}
    if parts != ["report"]:
        results["machine"] = machine()
    timeout = float(os.environ.get("BENCH_TIMEOUT", "3600"))
    full = os.environ.get("BENCH_FULL", "0") == "1"
    started = time.perf_counter()
    empty_trash()  # what an interrupted run left
    if "readers" in parts:
        results["readers"] = bench_readers(binary)
        json.dump(results, open(raw, "w"), indent=1)
    if "scale" in parts:
        wait_for_freed_inodes()
        sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "100 1000 10000").split()]
        previous = results.get("scale", {}) if args.merge else {}
        results["scale"] = previous
        for size in sizes:
            results["scale"][str(size)] = bench_size(binary, size, timeout, full)
            results["scale"][str(size)]["measured"] = machine()["date"]
            results["scale"] = dict(sorted(results["scale"].items(), key=lambda item: int(item[0])))
            json.dump(results, open(raw, "w"), indent=1)
    for size, row in results.get("scale", {}).items():
        row["archive"] = archive_stats(os.path.join(bench_dir(), f"site-{size}", "Output")) or row.get("archive")
    if "hugo" in parts:  # only the Hugo side, for sizes measured before
        for size in os.environ.get("BENCH_SIZES", "100 1000 10000").split():
            if size in results.get("scale", {}):
                results["scale"][size].update(bench_hugo(corpus(int(size)), int(size), timeout))
    if "search" in parts:
        search = results.get("search", {}) if args.merge else {}
        for size in [int(s) for s in os.environ.get("BENCH_SEARCH_SIZES", "1000 10000").split()]:
            search[str(size)] = bench_search(binary, size, timeout)
            results["search"] = dict(sorted(search.items(), key=lambda item: int(item[0])))
            json.dump(results, open(raw, "w"), indent=1)
    if "timeline" in parts:  # after the scale and search parts, which build the sites it measures
        timeline_part(results)
    if "pathological" in parts:
        results["pathological"] = bench_pathological(binary)
        json.dump(results, open(raw, "w"), indent=1)
    if "serve" in parts:
        results["serve"] = serve_load.measure(binary)
        json.dump(results, open(raw, "w"), indent=1)
    if "profile" in parts and os.environ.get("BENCH_PROFILE", "1") == "1":
        results["profile"] = bench_profile(binary)
    if "scale" in parts:
        # Last, so that its gigabytes disturb no build, and before the trash is emptied: memory
        # freed moments before is not back with the host yet. Measured right after the
        # 10,000-document builds, Hugo's among them with a heap of 4 GB, both writes found such
        # memory (1.43 and 1.39 s).
        log(f"page cache: {PAGE_CACHE_MEGABYTES:,} MB written into memory left free, then into memory freed just before")
        results["page_cache"] = page_cache_cost()
    empty_trash()
    if parts != ["report"]:
        results["machine"]["bench_seconds"] = time.perf_counter() - started
    json.dump(results, open(raw, "w"), indent=1)
    text = report.render(results)
    if "scale" not in results and os.path.exists(args.markdown):
        # Only the search or serve part has results here (a fresh .bench/): keep the rest of
        # BENCHMARKS.md as the last full run wrote it and replace only those sections.
        text = open(args.markdown, encoding="utf-8").read()
        if "search" in results:
            text = report.splice_section(text, report.render(results), "## Search at archive scale")
        if "timeline" in results:
            text = report.splice_section(text, report.render(results), "## The timeline picture at scale")
        if "serve" in results:
            text = report.splice_section(text, report.render(results), "## Serving")
    with open(args.markdown, "w", encoding="utf-8") as f:
        f.write(text)
    log(f"wrote {os.path.relpath(args.markdown, ROOT)} and {os.path.relpath(raw, ROOT)}")


if __name__ == "__main__":
    main()
