"""Render BENCHMARKS.md from the raw results bench/run.py collects (BENCH_DIR/results.json)."""

import os

GIB = 1024 * 1024  # KiB in a GiB


def secs(value):
    if value is None:
        return "–"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s" if value < 100 else f"{value:.0f} s"


def mib(kib):
    return "–" if kib is None else f"{kib / 1024:.0f} MiB"


def cpu(run):
    return None if run.get("timeout") or "user" not in run else run["user"] + run["sys"]


def wall(run):
    return None if not run or run.get("skipped") or run.get("timeout") else run["wall"]


def cell(run):
    if not run:
        return "not measured"
    if run.get("skipped"):
        return "skipped"
    if run.get("timeout"):
        return f"> {secs(run['wall'])} (timeout)"
    runs = run.get("walls", [])
    spread = f" ({len(runs)} runs: {min(runs):.2f}–{max(runs):.2f})" if len(runs) > 1 else ""
    return secs(run["wall"]) + spread


def status(value, limit, unit=""):
    """'met' or 'missed by …' for value ≤ limit (or < limit)."""
    if value is None:
        return "not measured"
    if value <= limit:
        return f"**met** ({value / limit:.0%} of the limit)"
    over = f" ({value - limit:+.2f}{unit} over)" if unit else ""
    return f"**missed** by {value / limit:.1f}×{over}"


def targets(scale, readers):
    """The targets of issue 14 ("Fast by construction")."""
    rows = []
    one_k, ten_k = scale.get("1000", {}), scale.get("10000", {})

    ka, hugo = wall(one_k.get("clean")), wall(one_k.get("hugo"))
    ratio = ka / hugo if ka and hugo else None
    rows.append(("Clean build of 1,000 documents vs Hugo on the same texts, same run", "KamerArchief/Hugo ≤ 1.0 (aim ≤ 0.33)",
                 f"{secs(ka)} / {secs(hugo)} = {ratio:.1f}" if ratio else "–", status(ratio, 1.0)))

    c1 = cpu(one_k.get("clean", {"timeout": True}))
    rows.append(("CPU-seconds of the clean build of 1,000 documents", "≤ 6 s",
                 f"{secs(c1)} for {one_k['bytes'] / 1e6:.0f} MB" if c1 else "–", status(c1, 6.0, " s")))

    if readers:
        slowest = min(readers.values(), key=lambda r: r["mb_per_s"])
        rows.append(("Each reader, per core (slowest reader)", "≥ 20 MB/s",
                     f"{slowest['mb_per_s']:.1f} MB/s ({slowest['reader']})",
                     "**met**" if slowest["mb_per_s"] >= 20 else f"**missed** by {20 / slowest['mb_per_s']:.1f}×"))

    one = wall(ten_k.get("one"))
    rows.append(("One-document rebuild at 10,000 documents", "< 0.5 s",
                 "skipped" if ten_k.get("one", {}).get("skipped") else secs(one), status(one, 0.5, " s")))
    noop = wall(ten_k.get("noop"))
    rows.append(("No-op rebuild at 10,000 documents", "< 0.3 s",
                 "skipped" if ten_k.get("noop", {}).get("skipped") else secs(noop), status(noop, 0.3, " s")))

    clean10 = ten_k.get("clean", {})
    rss = clean10.get("rss_kib") if not clean10.get("timeout") else None
    rows.append(("Peak memory at 10,000 documents (clean build)", "< 512 MiB", mib(rss),
                 status(rss / 1024 if rss else None, 512.0, " MiB")))

    w1, w10 = wall(one_k.get("clean")), wall(ten_k.get("clean"))
    growth = w10 / w1 if w1 and w10 else None
    rows.append(("Clean build at 10,000 vs at 1,000", "≤ 10.5×",
                 f"{secs(w10)} / {secs(w1)} = {growth:.1f}×" if growth else "–", status(growth, 10.5, "×")))
    c10 = cpu(ten_k.get("clean", {"timeout": True}))
    if c1 and c10:
        rows.append(("(the same on CPU time, less sensitive to other load)", "≤ 10.5×",
                     f"{secs(c10)} / {secs(c1)} = {c10 / c1:.1f}×", status(c10 / c1, 10.5, "×")))
    out = ["| target | limit | measured | status |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return out


def stages_section(scale):
    """The clean builds' own per-stage times (`build --timings`)."""
    lines = ["", "## Stages of the clean build (`build --timings`)", "",
             "Printed by the build itself. Wall seconds around each stage; CPU seconds of the whole process over",
             "that span (parsing and rendering run on both cores, so CPU can exceed wall). \"render + write pages\"",
             "renders every page, writes it from the same thread, and collects each document's search terms in that",
             "parallel pass (older runs: \"render pages + search postings\", then a serial \"write\").", ""]
    return lines + stage_table(scale, "clean")


def rebuild_stages_section(scale):
    """The one-document rebuilds' per-stage times: where a rebuild still does archive-wide work."""
    lines = ["", "## Stages of the one-document rebuild (`build --timings`)", "",
             "The median rebuild's own stage times. \"total\" is the sum of the stages; the process's wall time",
             "(above) also holds starting, what no stage measures, and freeing memory at exit.", ""]
    return lines + stage_table(scale, "one")


def stage_table(scale, key):
    names = []
    for r in scale.values():
        for name in r.get(key, {}).get("stages", {}):
            if name not in names:
                names.append(name)
    if not names:
        return ["Not measured."]
    sizes = [size for size in scale if scale[size].get(key, {}).get("stages")]
    lines = ["| stage | " + " | ".join(f"{int(s):,} docs: wall / CPU" for s in sizes) + " |",
             "|---|" + "---:|" * len(sizes)]
    for name in names:
        cells = []
        for size in sizes:
            stage = scale[size].get(key, {}).get("stages", {}).get(name)
            cells.append(f"{secs(stage['wall'])} / {secs(stage['cpu'])}" if stage else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def baseline_section(baseline, scale, readers, profile):
    """This run next to an earlier one kept as `baseline` in results.json (copied there by hand
    from an earlier run's results: its commit, scale.1000.clean, readers, profile.total_ir)."""
    if not baseline:
        return []
    now = scale.get("1000", {}).get("clean", {})
    then = baseline.get("clean", {})
    lines = ["", f"## Against the baseline ({baseline.get('commit', '?')})", "",
             "The same measurements on an earlier commit, on the same machine. The machine was shared; compare",
             "callgrind instructions first, then CPU seconds; wall times depend on the load (last column).", "",
             "| measure | baseline | this run |", "|---|---:|---:|"]
    if then and now:
        lines.append(f"| clean build, 1,000 documents: wall | {secs(wall(then))} (load {then.get('load')}) | {secs(wall(now))} (load {now.get('load')}) |")
        lines.append(f"| clean build, 1,000 documents: CPU | {secs(cpu(then))} | {secs(cpu(now))} |")
        lines.append(f"| clean build, 1,000 documents: max RSS | {mib(then.get('rss_kib'))} | {mib(now.get('rss_kib'))} |")
    if baseline.get("total_ir") and profile and profile.get("total_ir"):
        lines.append(f"| callgrind, clean build of {profile.get('documents', 100)} documents | {baseline['total_ir']:,} Ir | "
                     f"{profile['total_ir']:,} Ir ({profile['total_ir'] / baseline['total_ir'] - 1:+.1%}) |")
    for name, rate in (baseline.get("readers") or {}).items():
        if readers and name in readers:
            lines.append(f"| reader: {name} | {rate:.2f} MB/s | {readers[name]['mb_per_s']:.2f} MB/s |")
    return lines


def readers_section(readers):
    lines = ["", "## Readers, per core", "",
             "`kamerarchief-bench NAME FILE…` (built beside the binary): the files are read into memory, ingested",
             "once to warm up, then again and again on one thread until at least `BENCH_READER_BYTES` (4 MB) have",
             "been parsed; CPU time of that thread. Ingesting is everything a build does per document: format",
             "detection, the reader, citations, the sidecar. MB = 10^6 bytes. Target: ≥ 20 MB/s per reader.",
             "A run takes well under a second of CPU, which another process on the machine can stretch by half, so",
             "each reader runs several times (`BENCH_READER_RUNS`); the table shows the fastest run, the others beside it.", ""]
    if not readers:
        return lines + ["Not measured."]
    lines += ["| reader | input files | parsed | CPU | MB/s per core | all runs (MB/s) | kinds read | target |",
              "|---|---:|---:|---:|---:|---|---|---|"]
    for name, r in readers.items():
        runs = ", ".join(f"{rate:.1f}" for rate in r.get("runs", [r["mb_per_s"]]))
        lines.append(f"| {name} | {r['files']} | {r['bytes'] / 1e6:.1f} MB | {r['cpu']:.2f} s | {r['mb_per_s']:.1f} | {runs} | "
                     f"{', '.join(r['kinds'])} ({', '.join(r['formats'])}) | {'met' if r['mb_per_s'] >= 20 else 'missed'} |")
    return lines


def output_section(scale):
    lines = ["", "## Output per MB of source", "",
             "Bytes the clean build writes per MB of source text, by part: HTML pages, `data/` JSON, the search",
             "index (`assets/search-index.js`, `assets/zoekindex/`), everything else.", "",
             "| documents | source | output | per MB of source | pages | data/ | search index | other |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, r in scale.items():
        parts, source = r.get("output_parts"), r["bytes"] / 1e6
        if not parts:
            continue
        per = lambda n: f"{n / 1e6:.1f} MB ({n / 1e6 / source:.2f}/MB)"
        lines.append(f"| {int(size):,} | {source:.1f} MB | {r['output_bytes'] / 1e6:.1f} MB | {r['output_bytes'] / 1e6 / source:.2f} MB | "
                     f"{per(parts['pages'])} | {per(parts['data'])} | {per(parts['search'])} | {per(parts['other'])} |")
    return lines


def after_delete(row):
    """The clean build of 1,000 documents right after deleting the previous build's output."""
    run, clean = row.get("clean_after_delete"), row.get("clean")
    if not run or run.get("timeout") or not clean or "user" not in clean:
        return []
    return ["", "### Clean build right after a delete", "",
            "This machine's file system is ext4 without a journal. When it creates a file it skips inodes",
            "freed in the last minute (six while their inode table is not yet written back), checking each",
            "free inode whose table block is still in memory, for every file it creates. A build right after",
            "`rm -rf` of the previous build's tens of thousands of files can pay that on each of its own; a",
            "clean build in CI, in a new clone, does not. So the clean builds above start in a folder moved",
            "aside, not deleted. The same 1,000-document build, once, right after deleting the output of",
            "the clean builds above:", "",
            "| | wall | CPU user | CPU sys |", "|---|---:|---:|---:|",
            f"| clean build (median above) | {secs(clean['wall'])} | {secs(clean['user'])} | {secs(clean['sys'])} |",
            f"| right after deleting the last output | {secs(run['wall'])} | {secs(run['user'])} | {secs(run['sys'])} |"]


def hugo_cell(run):
    """`wall / CPU` of a Hugo build, or a dash."""
    return f"{secs(wall(run))} / {secs(cpu(run))}" if wall(run) and cpu(run) else "–"


def write_floor_section(scale):
    """The clean builds beside `kamerarchief-bench write-floor`: their files written again by a program
    that does nothing else (see bench/run.py's `write_floor`)."""
    rows = [(size, r) for size, r in scale.items() if r.get("write_floor", {}).get("wall") and cpu(r.get("clean", {"timeout": True}))]
    if not rows:
        return []
    lines = ["", "### Writing the files alone", "",
             "`kamerarchief-bench write-floor` reads every file a clean build wrote (the site and the cache",
             "beside it) into memory, then only writes them again into a new folder: the folders first, then",
             "each file an `open`, a `write` and a `close`, on as many threads as the build, 64 files at a",
             "time (median of 3). A generator that writes the same files with the same calls cannot take less",
             "on this machine. The clean build's CPU less this is what reading, parsing, linking and rendering",
             "cost.", "",
             "| documents | files | bytes | writing alone: wall / CPU (of which sys) | clean build: wall / CPU | CPU without the writing | Hugo, whole build: wall / CPU |",
             "|---:|---:|---:|---|---|---:|---:|"]
    for size, r in rows:
        floor, clean = r["write_floor"], r["clean"]
        lines.append(f"| {int(size):,} | {floor['files']:,} | {floor['bytes'] / 1e6:,.0f} MB | "
                     f"{secs(floor['wall'])} / {secs(floor['cpu'])} ({secs(floor['sys'])}) | {secs(clean['wall'])} / {secs(cpu(clean))} | "
                     f"{secs(cpu(clean) - floor['cpu'])} | {hugo_cell(r.get('hugo'))} |")
    if len(rows) > 1:
        (s1, r1), (s2, r2) = rows[0], rows[-1]
        f1, f2 = r1["write_floor"], r2["write_floor"]
        growth = (f"From {int(s1):,} to {int(s2):,} documents the writing alone grows {f2['wall'] / f1['wall']:.1f}× in wall time and "
                  f"{f2['cpu'] / f1['cpu']:.1f}× in CPU time, for {f2['files'] / f1['files']:.1f}× the files and {f2['bytes'] / f1['bytes']:.1f}× the bytes")
        h1, h2 = r1.get("hugo", {}), r2.get("hugo", {})
        if wall(h1) and wall(h2) and cpu(h1) and cpu(h2):
            growth += f"; Hugo's whole build, in the same run, {wall(h2) / wall(h1):.1f}× and {cpu(h2) / cpu(h1):.1f}×"
        lines += ["", growth + "."]
    return lines


def build_table(scale, key, title_note=""):
    out = ["| documents | corpus | wall (median) | CPU user+sys (user + sys) | max RSS | wall − CPU | load avg |",
           "|---:|---:|---|---:|---:|---:|---:|"]
    for size, r in scale.items():
        run = r.get(key)
        c = cpu(run) if run and not run.get("skipped") else None
        gap = f"{run['wall'] - c:.1f} s" if c is not None else "–"
        split = f" ({secs(run['user'])} + {secs(run['sys'])})" if c is not None else ""
        out.append(f"| {int(size):,} | {r['bytes'] / 1e6:.1f} MB | {cell(run)} | {secs(c)}{split} | "
                   f"{mib(run.get('rss_kib')) if run else '–'} | {gap} | {run.get('load', '–') if run else '–'} |")
    return out


SEARCH_TARGETS = {"1000": (300, 30, 2.0), "10000": (500, 50, 3.0)}  # first results ms, heap MB, MB loaded


def year_page(t: dict) -> str:
    """The largest timeline year page of a timeline result, `tijdlijn/2023.html (1.2 MB)`, or a dash."""
    if not t.get("largest_year_page"):
        return "–"
    return f"`{t['largest_year_page']}` ({t['largest_year_page_bytes'] / 1e6:.2f} MB)"


def search_section(search):
    """The search benchmark (bench/search_bench.py): the issue's table, then every query."""
    lines = ["", "## Search at archive scale (headless Chromium, `file://`)", "",
             "`search.html?q=…` opened fresh for each query (median of 3 runs). First results: navigation start to",
             "the first page of results on screen (search.js's `kamerarchief-results` mark). JS heap: the page's",
             "used JavaScript heap then (CDP `JSHeapUsedSize`). Loaded: bytes of the index scripts the page read",
             "(`assets/search-index.js` and scripts under `assets/zoekindex/`). Run it alone with",
             "`python3 bench/run.py --only search` (`BENCH_SEARCH_SIZES`, default `1000 10000`).", ""]
    if not search:
        return lines + ["Not measured."]
    lines += ["| archive | first results (slowest query) | JS heap (largest) | bytes loaded for one two-word query | index size per MB of source |",
              "|---|---|---|---|---|"]
    for size, row in search.items():
        queries = row["queries"].values()
        slowest = max(q["first_ms"] for q in queries)
        heap = max(q["heap_mb"] for q in queries)
        two = row["queries"]["two words"]["bytes"] / 1e6
        target = SEARCH_TARGETS.get(size)
        def verdict(value, limit):
            return "" if not target else (" (target < %s: %s)" % (limit, "met" if value < limit else "NOT met"))
        lines.append(f"| {int(size):,} documents | {slowest:.0f} ms{verdict(slowest, target[0]) if target else ''} | "
                     f"{heap:.1f} MB{verdict(heap, target[1]) if target else ''} | {two:.2f} MB{verdict(two, target[2]) if target else ''} | "
                     f"{row['index_bytes'] / 1e6:.1f} MB for {row['source_bytes'] / 1e6:.1f} MB of source: "
                     f"{row['index_per_source_mb']:.2f} MB per MB |")
    lines += [""]
    for size, row in search.items():
        lines.append(f"{int(size):,} documents measured {row.get('measured', '–')} with `{row.get('binary', 'kamerarchief')}` building the site, "
                     f"load average {row.get('load', '–')} when the queries started.")
    lines += ["", "The `nowhere` query loads almost no index (the list of shards): its time is the cost of opening",
              "`search.html` itself on the machine at that load, which every other query pays too."]
    lines += ["", "| archive | query | kind | first results | JS heap | bytes loaded | count line |", "|---|---|---|---:|---:|---:|---|"]
    for size, row in search.items():
        for label, q in row["queries"].items():
            lines.append(f"| {int(size):,} | `{q['query']}` | {label} | {q['first_ms']:.0f} ms | {q['heap_mb']:.1f} MB | "
                         f"{q['bytes'] / 1e6:.2f} MB | {q['status']} |")
    skipped = [size for size in ("1000", "10000") if size not in search]
    if skipped:
        lines += ["", "Not measured in the last run: " + ", ".join(f"{int(s):,} documents" for s in skipped) + "."]
    return lines


def splice_section(old, new, heading):
    """`old` with its section under `heading` (up to the next `## `) replaced by that of `new`, or
    with the section inserted before "## Pathological input" when `old` has none."""
    def section(text):
        start = text.find(heading)
        if start < 0:
            return None, None
        end = text.find("\n## ", start + len(heading))
        return start, (end + 1 if end >= 0 else len(text))
    new_start, new_end = section(new)
    if new_start is None:
        return old
    piece = new[new_start:new_end]
    start, end = section(old)
    if start is None:
        start = end = old.find("## Pathological input") if "## Pathological input" in old else len(old)
    return old[:start] + piece + old[end:]


def render(results):
    m = results.get("machine", {})
    scale = results.get("scale", {})
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`bench/run.py`, rendered by `bench/report.py`); do not edit by hand.",
        "Corpora are generated by `bench/generate_corpus.py` (seed 1, about half fiches of ~30 KB and half",
        "letters of ~50 KB, recombined from the seed documents' sentences) under `.bench/`. Every build runs",
        "under `/usr/bin/time -v`; wall time is the median of 3 runs when a run takes under 60 s, else one run.",
        "A clean build starts without the output folder and everything beside it (staging folders,",
        "`.kamerarchief-cache*`): the run moves them into a trash folder that it deletes at its end (see",
        "\"Clean build right after a delete\" for why). Each corpus is read once before its builds, so that",
        "they start with its texts in the page cache, as a CI job's build does after its checkout.",
        "",
        "```sh",
        "make bench                       # everything: 100, 1,000 and 10,000 documents, pathological input, profile",
        "BENCH_SIZES=\"100 1000\" make bench   # skip the 10,000-document corpus",
        "make bench-pathological          # only the hostile-input timings",
        "python3 bench/run.py --only report   # re-render this file from .bench/results.json",
        "```",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| date of the last run | {m.get('date', '–')} |",
        f"| commit | {m.get('commit', '–')} |",
        f"| CPUs (nproc) | {m.get('nproc', '–')} |",
        f"| CPU | {m.get('cpu', '–')} |",
        f"| memory | {m.get('memory', '–')} |",
        f"| kernel | {m.get('kernel', '–')} |",
        f"| Swift | {m.get('swift', '–')} |",
        f"| Hugo | {m.get('hugo', '–')} |",
        f"| load average at start | {m.get('load', '–')} |",
        f"| last benchmark run (seconds) | {secs(m.get('bench_seconds'))} |",
    ]
    for size, r in scale.items():
        lines.append(f"| {int(size):,} documents measured | {r.get('measured', m.get('date', '–'))} |")
    page_cache = results.get("page_cache")
    if page_cache:
        lines.append(f"| free memory reported to the VM's host (virtio-balloon) | {'yes' if page_cache['free_page_reporting'] else 'no'} |")
        # `sys` is missing where `dd` timed out.
        lines.append(f"| kernel time to write {page_cache['megabytes']:,} MB with `dd` (see below) | "
                     f"{secs(page_cache['returned'].get('sys'))} into memory left free, {secs(page_cache['reused'].get('sys'))} "
                     f"into memory freed just before |")
    lines += [
        "",
        "The load average column below is the 1-minute load when each measurement started. On a shared",
        "machine other processes compete for the CPUs, which inflates wall times; CPU time (user+sys) is",
        "less affected. \"wall − CPU\" is time the build spent not running: waiting for the disk or for a CPU.",
        "",
        "## Targets",
        "",
    ]
    lines += targets(scale, results.get("readers")) if scale else ["Not measured."]
    if results.get("notes"):  # why targets are missed: written with the run, kept in results.json
        lines += [""] + results["notes"]
    # Why the missed targets are missed, with their profiles: written by hand beside this script.
    reasons = os.path.join(os.path.dirname(os.path.abspath(__file__)), "missed-targets.md")
    if os.path.exists(reasons):
        lines += [""] + open(reasons, encoding="utf-8").read().rstrip("\n").split("\n")
    lines += ["", "## Full (clean) build", ""]
    if scale:
        lines += build_table(scale, "clean")
        lines += after_delete(scale.get("1000", {}))
        lines += write_floor_section(scale)
        lines += ["", "| documents | output files | output size | wall per document | growth vs previous size (wall / CPU) |",
                  "|---:|---:|---:|---:|---|"]
        previous = None
        for size, r in scale.items():
            w, c = wall(r.get("clean")), cpu(r.get("clean", {"timeout": True}))
            growth = "–"
            if previous and w and previous[0]:
                growth = f"{w / previous[0]:.1f}× / {c / previous[1]:.1f}× for {int(size) // previous[2]}× the documents"
            lines.append(f"| {int(size):,} | {r.get('output_files', 0):,} | {r.get('output_bytes', 0) / 1e6:.0f} MB | "
                         f"{(w / int(size) * 1000) if w else 0:.0f} ms | {growth} |")
            previous = (w, c, int(size))
        lines += ["", "What the corpus links up to (from the built `data/archive.json`):", "",
                  "| documents | dossiers | Kamerstukken | citations | most cited Kamerstukken (citing notes) | archive documents cited by others |",
                  "|---:|---:|---:|---:|---|---:|"]
        for size, r in scale.items():
            a = r.get("archive")
            if a:
                lines.append(f"| {int(size):,} | {a['dossiers']:,} | {a['kamerstukken']:,} | {a['citations']:,} | "
                             f"{', '.join(map(str, a['most_cited']))} | {a['documents_cited']:,} |")
    lines += stages_section(scale)
    lines += output_section(scale)
    lines += readers_section(results.get("readers"))
    lines += ["", "## No-op rebuild (the same build again, nothing changed)", ""]
    lines += build_table(scale, "noop") if scale else []
    lines += ["", "## Rebuild after one document changed (a sentence appended to one fiche)", ""]
    lines += ["The median of five rebuilds, each after another sentence was appended, which patch the site kept",
              "in the cache by the rebuild before. The first rebuild after a clean build has no such site",
              "yet: it copies the whole site to stage its change. It is measured before them and shown apart.",
              "(Runs before 2026-12-02 19:10 took the median of three rebuilds, the first of them included.)", ""]
    lines += build_table(scale, "one") if scale else []
    firsts = [(size, r["one"]["first"]) for size, r in scale.items() if r.get("one", {}).get("first") is not None] if scale else []
    if firsts:
        lines += ["", "First rebuild after the clean build: " + "; ".join(f"{int(size):,} documents {secs(wall)}" for size, wall in firsts) + "."]
    lines += rebuild_stages_section(scale) if scale else []
    if any(r.get("one", {}).get("skipped") for r in scale.values()):
        lines += ["", "\"skipped\": the clean build at this size took over 120 s, and without an incremental cache a",
                  "rebuild repeats the whole build (compare the rows at 1,000); `BENCH_FULL=1` measures them anyway."]
    lines += ["", "## Peak memory (max RSS)", "",
              "| documents | clean build | no-op rebuild | one-document rebuild | Hugo |", "|---:|---:|---:|---:|---:|"]
    for size, r in scale.items():
        cols = [mib(r.get(k, {}).get("rss_kib")) for k in ("clean", "noop", "one", "hugo")]
        lines.append(f"| {int(size):,} | " + " | ".join(cols) + " |")
    lines += ["", "## KamerArchief and Hugo on the same texts", "",
              "Each document as a Markdown page (front matter with title and date, the text, the footnotes as a",
              f"list), built by {m.get('hugo', 'Hugo').split(' BuildDate')[0]} with the minimal layouts in",
              "`bench/hugo-site/` (`hugo --quiet`, clean `public/` each run). Both use every CPU; the",
              "CPU-time ratio is given too, being less sensitive to other load. Hugo makes one page per document;",
              "KamerArchief also makes pages per pillar, action and dossier, JSON and a search index.", "",
              "The load average differs between the two when they were measured at different times (see the last",
              "column); then the CPU-time ratio is the fairer comparison.", "",
              "| documents | KamerArchief wall | Hugo wall | ratio (wall) | KamerArchief CPU | Hugo CPU | ratio (CPU) | Hugo document pages | load avg (KamerArchief / Hugo) |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, r in scale.items():
        ka, hg = r.get("clean", {}), r.get("hugo", {})
        wk, wh, ck, ch = wall(ka), wall(hg), cpu(ka), cpu(hg)
        lines.append(f"| {int(size):,} | {secs(wk)} | {secs(wh)} | {f'{wk / wh:.1f}' if wk and wh else '–'} | "
                     f"{secs(ck)} | {secs(ch)} | {f'{ck / ch:.1f}' if ck and ch else '–'} | {r.get('hugo_pages', 0):,} | "
                     f"{ka.get('load', '–')} / {hg.get('load', '–')} |")

    lines += search_section(results.get("search", {}))
    lines += ["", "## The timeline picture at scale", ""]
    t = results.get("timeline")
    if t:
        shown = f"{t['seconds']:.2f} s" if t.get("seconds") is not None else "not measured (no Chromium)"
        lines += [f"`tijdlijn.html` of the {t['documents']:,}-document site (every document is a timeline entry), "
                  "opened from file:// in headless Chromium (`bench/timeline.py`, median of 3 loads, up to the "
                  "second frame after the load event). Targets: SVG under 1 MB, shown in under 1 s. The rows "
                  "(every dated document and statement) are on the year pages `tijdlijn/<year>.html`; the largest "
                  "is measured the same way.", "",
                  "| SVG | whole page | linked marks | shown after | largest year page | shown after |", "|---|---|---|---|---|---|",
                  f"| {t['svg_bytes'] / 1e3:,.0f} KB | {t['page_bytes'] / 1e6:.2f} MB | {t.get('linked_marks') or '–'} | {shown} "
                  f"| {year_page(t)} | {f'{y:.2f} s' if (y := t.get('largest_year_page_seconds')) is not None else '–'} |"]
    else:
        lines.append("Not measured.")
    import serve_load  # noqa: E402 (beside this file, on run.py's path)
    lines += serve_load.section(results.get("serve"))
    lines += ["", "## Pathological input", "",
              "`kamerarchief parse FILE --json > /dev/null` on each hostile text (`bench/generate_pathological.py`),",
              "at full and half size, one run each. Linear growth shows as a full/half ratio near 2, quadratic as 4;",
              "for runs of a fraction of a second the process start-up dominates and the ratio tends to 1.", "",
              "| input | format | size (full) | half: wall | full: wall | full/half | full: max RSS | exit |",
              "|---|---|---:|---:|---:|---:|---:|---:|"]
    names = {"markers": "{n:,} footnote markers", "longline": "one line of {n:,} bytes",
             "brackets": "{n:,} nested brackets", "blank": "{n:,} blank lines"}
    for key, row in results.get("pathological", {}).items():
        case, kind = key.rsplit("-", 1)
        half, full = row["half"], row["full"]
        wh, wf = wall(half), wall(full)
        ratio = f"{wf / wh:.1f}" if wh and wf else ("> " + f"{full['wall'] / wh:.1f}" if wh else "–")
        size = f"{full['bytes'] / 1e6:.1f} MB" if full["bytes"] >= 100_000 else f"{full['bytes'] / 1e3:.0f} KB"
        lines.append(f"| {names[case].format(n=row['n'])} | {kind} | {size} | {cell(half)} | "
                     f"{cell(full)} | {ratio} | {mib(full.get('rss_kib'))} | {full.get('rc', '–')} |")

    lines += baseline_section(results.get("baseline"), scale, results.get("readers"), results.get("profile"))
    prof = results.get("profile")
    lines += ["", "## Where the time goes", ""]
    if prof and prof.get("total_ir"):
        total = prof.get("total_ir")
        lines += [f"`valgrind --tool=callgrind` over a clean build of the {prof.get('documents', 100)}-document corpus "
                  f"({total:,} instructions; {secs(prof['seconds'])} under valgrind), "
                  "`callgrind_annotate --inclusive=yes`, names from `swift demangle --simplified`. Inclusive cost:",
                  "a function with everything it calls. Callgrind counts instructions only, so time spent waiting",
                  "for the disk (see \"wall − CPU\" above) does not show here. Full listing: `.bench/profile/callgrind.txt`.",
                  "", "| inclusive | function | object |", "|---:|---|---|"]
        shown = 0
        top = prof["top"]
        # Skip the start-up frames above the build itself (loader, libc, argument parsing).
        start = next((k for k, row in enumerate(top) if "SiteBuilder.build" in row["function"]), 0)
        for row in top[start:]:
            name = row["function"].replace("|", "\\|")
            if len(name) > 150:
                name = name[:147] + "…"
            lines.append(f"| {row['percent']:.1f}% | `{name}` | {row['object']} |")
            shown += 1
            if shown == 40:
                break
    elif prof:
        lines.append("The profile failed: callgrind wrote no data (see `.bench/profile/`).")
    else:
        lines.append("Not measured (`BENCH_PROFILE=0`).")
    return "\n".join(lines) + "\n"
