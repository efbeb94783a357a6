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

# The same size as official publication XML: paragraphs with emphasis, a note and an extref,
# a heading every hundred paragraphs. Parsed with `parse`, so only the XML reader is timed.
python3 - "$BYTES" "$WORK/groot.xml" <<'PY'
import sys
size, out = int(sys.argv[1]), sys.argv[2]
paragraph = ('<al>Een alinea met <nadruk>nadruk</nadruk> en een noot<noot type="voet"><noot.nr>1</noot.nr>'
             '<noot.al>Kamerstuk <extref doc="kst-28844-266">28 844, nr. 266</extref>.</noot.al></noot> en nog wat tekst.</al>\n')
block = paragraph * 99 + "<tussenkop>Kop</tussenkop>\n"
head = '<?xml version="1.0"?><officiele-publicatie><kamerstuk><stuk><titel>VERSLAG</titel><algemeen><vrije-tekst><tekst>\n'
tail = "</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>\n"
with open(out, "w", encoding="utf-8") as f:
    f.write(head + block * max(1, (size - len(head) - len(tail)) // len(block) + 1) + tail)
PY
ls -l "$WORK/groot.xml" | awk '{ printf "XML input: %d bytes\n", $5 }'
/usr/bin/time -f "XML parse: %e s, %M KB max RSS" "$BIN" parse "$WORK/groot.xml" --json > /dev/null

# A 10 MB template of tags (issue 15: template loading in linear time, under 10 s): the shipped
# index.md with 10 MB of document-list sections after it, once on many lines and once on a single
# line, each built over this repository's Content/.
for shape in lines one-line; do
  rm -rf "$WORK/Templates" "$WORK/Output" && cp -r Templates "$WORK/Templates"
  python3 - "$shape" "$WORK/Templates/index.md" <<'PY'
import sys
shape, out = sys.argv[1], sys.argv[2]
unit = ("{{#documents}}\n- [{{title}}]({{url}}) {{date}}\n{{/documents}}\n" if shape == "lines"
        else "{{#documents}}[{{title}}]({{url}}) {{date}}; {{/documents}}{{documentCount}} ")
with open(out, "a", encoding="utf-8") as f:
    f.write("\n" + unit * (10_000_000 // len(unit)) + "\n")
PY
  ls -l "$WORK/Templates/index.md" | awk -v shape="$shape" '{ printf "template index.md (%s): %d bytes\n", shape, $5 }'
  /usr/bin/time -f "build with it: %e s, %M KB max RSS" "$BIN" build --content Content --templates "$WORK/Templates" --output "$WORK/Output" --no-cache
done
