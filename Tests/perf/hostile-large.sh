#!/bin/sh
# Builds a site holding one 50 MB fiche (the seed fiche with its "Essentie Nederlands beleid"
# paragraphs repeated, as LargeDocumentTests does at 2 MB) with the release binary, and prints the
# time it took. usage: Tests/perf/hostile-large.sh [BYTES]   (default 50000000)
set -eu
BYTES=${1:-50000000}
BIN=${BIN:-.build/release/kamerarchief}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/Content"
python3 - "$BYTES" "$WORK/Content/fiche-groot.txt" <<'PY'
import sys
size, out = int(sys.argv[1]), sys.argv[2]
lines = open("Tests/KamerArchiefTests/Fixtures/fiches/seed-fiche.txt", encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.endswith("Essentie Nederlands beleid op dit terrein")) + 1
end = next(i for i, l in enumerate(lines) if l.endswith("Beoordeling + inzet ten aanzien van dit voorstel"))
head, body, tail = "\n".join(lines[:start]) + "\n", "\n".join(lines[start:end]) + "\n", "\n".join(lines[end:])
repeats = max(1, (size - len(head.encode()) - len(tail.encode())) // len(body.encode()) + 1)
with open(out, "w", encoding="utf-8") as f:
    f.write(head + body * repeats + tail)
PY
ls -l "$WORK/Content/fiche-groot.txt" | awk '{ printf "input: %d bytes\n", $5 }'
/usr/bin/time -f "build: %e s, %M KB max RSS" "$BIN" build --content "$WORK/Content" --templates Templates --output "$WORK/Output"
du -sh "$WORK/Output" | awk '{ print "output: " $1 }'
