#!/usr/bin/env python3
"""Rebuild bench/text/sentences.txt from the two seed documents (run once; the output is committed).

    python3 bench/text/extract_sentences.py ../shared/seeds/000_*.txt ../shared/seeds/003_*.txt

Takes the fiche's body paragraphs and the letter's reflowed paragraphs (page-bottom notes and
heading lines dropped), splits them into sentences and keeps those of 40–400 characters without a
glued footnote marker and without the word "pijler", so the generator places markers and pillar
sentences itself. Python 3 standard library only.
"""
import os
import re
import sys


def letter_paragraphs(text):
    blocks = [[]]
    for line in text.split("\n"):
        stripped = line.strip()
        if line == "":
            continue
        if stripped == "":
            blocks.append([])
            continue
        if re.match(r"^\d{1,2} [A-Z]", stripped):  # a page-bottom note
            continue
        blocks[-1].append(stripped)
    for block in blocks:
        while block and not re.search(r"[.:;,)]$", block[0]) and len(block[0]) < 80 \
                and len(block[0].split()) <= 8 and not (len(block) > 1 and block[1][:1].islower()):
            block = block[1:]  # a heading line
        text = re.sub(r"-\s+(?=[a-z])", "", " ".join(block))
        if len(text) > 80:
            yield text


def main(fiche_path, letter_path):
    fiche = open(fiche_path, encoding="utf-8").read()
    letter = open(letter_path, encoding="utf-8").read()
    paragraphs = [p for p in fiche.split("\n") if len(p) > 150 and "↩︎" not in p and not p.startswith("[")]
    paragraphs += list(letter_paragraphs(letter))
    out, seen = [], set()
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[a-z\)’])\. (?=[A-Z])", paragraph):
            sentence = sentence.strip()
            if not sentence.endswith("."):
                sentence += "."
            if not 40 <= len(sentence) <= 400 or sentence in seen:
                continue
            if re.search(r"[a-zé\.\)’]\d{1,2}\b", sentence) or re.search(r"[Pp]ijler", sentence):
                continue
            seen.add(sentence)
            out.append(sentence)
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.txt")
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(out)} sentences", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
