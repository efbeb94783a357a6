#!/usr/bin/env python3
"""Writes the four pathological inputs (as a fiche and as a letter) for timing `kamerarchief parse`.

usage: pathological.py OUTDIR [SCALE]   (SCALE 1.0 = full size, 0.5 = half)

Each input gets a sidecar with `kind:` so that both parsers see it whatever the format detector
says. The timings in the README's "Hostile input" section come from `make hostile-pathological`.
"""
import os
import sys

out = sys.argv[1]
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
os.makedirs(out, exist_ok=True)


def n(count):
    return max(1, int(count * scale))


def fiche(body_paragraphs, notes=()):
    head = ("Fiche: Mededeling proef\n\nNummer: 2026D00001, datum: 2026-03-02, bijgewerkt: 2026-03-03 12:00, versie: 1\n\n"
            "Onderdeel van kamerstukdossier 22112 -4300 Nieuwe Commissievoorstellen.\n\nFiche 3: Mededeling proef\n\n"
            "  1. Algemene gegevens\n\n  1. Essentie voorstel\n\n")
    body = "".join(p + "\n\n" for p in body_paragraphs)
    tail = "  1. Beoordeling + inzet ten aanzien van dit voorstel\n\nHet kabinet is positief.\n\n"
    return head + body + tail + "".join(f"  {i}. {t}↩︎\n\n" for i, t in notes)


def letter(body_lines, notes=()):
    text = "Grondstoffen \n\nVerkennen partnerschappen \n\n" + "".join(l + " \n\n" for l in body_lines)
    return text + " \n\n \n" + "".join(f"{i} {t} \n" for i, t in notes)


def write(name, kind, text):
    with open(os.path.join(out, f"{name}-{kind}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out, f"{name}-{kind}.yml"), "w", encoding="utf-8") as f:
        f.write(f"kind: {kind}\n")


# 100,000 markers: words with glued note numbers cycling through 1…999 (the letter's note numbers
# have at most three digits), and that many notes.
markers = n(100_000)
notes = [(i, f"Kamerstuk 32852 nr. {i}.") for i in range(1, 1000)]
words = " ".join(f"beleid{(i % 999) + 1}" for i in range(markers))
write("markers", "fiche", fiche([words], notes))
write("markers", "kamerbrief", letter([words], notes))

# A 1 MB single line of text with citations and glued markers.
unit = "Zie Kamerstukken II 2025/26, 29826, nr. 277 en de strategie1 van december 20232, "
line = unit * (n(1_000_000) // len(unit))
write("long-line", "fiche", fiche([line], [(1, "Noot."), (2, "Noot.")]))
write("long-line", "kamerbrief", letter([line], [(1, "Noot."), (2, "Noot.")]))

# 10,000 nested brackets around a citation.
depth = n(10_000)
nested = "(" * depth + "[" * depth + "Kamerstuk 32852 nr. 224" + "]" * depth + ")" * depth
write("brackets", "fiche", fiche([nested]))
write("brackets", "kamerbrief", letter([nested]))

# 100,000 blank lines between two paragraphs.
blank = "\n" * n(100_000)
write("blank-lines", "fiche", fiche(["Eerste alinea." + blank + "Tweede alinea."]))
write("blank-lines", "kamerbrief", "Grondstoffen \n\nEerste alinea. \n" + blank + "Tweede alinea. \n")
