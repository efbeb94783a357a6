#!/usr/bin/env python3
"""Turn a generated corpus into Markdown pages for the Hugo comparison.

Each document becomes content/documenten/<name>.md: front matter with title and date, the body as
Markdown paragraphs (a fiche's `  1. Title` lines as headings, a letter's wrapped lines joined into
paragraphs and its headings kept as headings), and the footnotes as a numbered list under "Noten".
The same words reach Hugo as reach KamerArchief; only the parsing differs.

    python3 bench/to_hugo.py CORPUS_DIR SITE_DIR

SITE_DIR gets bench/hugo-site/ (config and layouts) plus content/. Python 3 standard library only.
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOTE_FICHE = re.compile(r"^\s+(\d+)\.\s+(.*)↩︎$")
NUMMER = re.compile(r"Nummer: \S+, datum: (\d{4}-\d{2}-\d{2})")


def escape(text):
    """Keep source text from becoming Markdown syntax at the start of a line."""
    text = text.replace("<", "&lt;")
    return re.sub(r"^(\s*)([#>*+\-=]|\d+[.)])", r"\1\\\2", text)


def fiche_to_markdown(text):
    body, notes = [], []
    date = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        match = NOTE_FICHE.match(line)
        if match:
            notes.append(match.group(2))
            continue
        if not date:
            found = NUMMER.search(line)
            date = found.group(1) if found else None
        heading = re.match(r"^\s+\d+\.\s+(.*)$", line)
        body.append(f"## {heading.group(1)}" if heading else escape(line))
    return body, notes, date


def letter_to_markdown(text):
    """Join wrapped lines into paragraphs; page-bottom notes (`N text` after a blank run) go to the list."""
    body, notes, paragraph = [], [], []
    next_note = 1

    def flush():
        if paragraph:
            body.append(escape(" ".join(paragraph)))
            paragraph.clear()

    for line in text.split("\n"):
        if line == "":
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        note = re.match(rf"^{next_note} (.*)$", stripped)
        if note:
            flush()
            notes.append(note.group(1))
            next_note += 1
            continue
        if not paragraph and len(stripped) <= 60 and not stripped.endswith("."):
            body.append(f"### {stripped}")  # a pillar or action heading line
            continue
        paragraph.append(stripped)
    flush()
    return body, notes


def convert(corpus, site):
    if os.path.exists(site):
        shutil.rmtree(site)
    shutil.copytree(os.path.join(HERE, "hugo-site"), site)
    out = os.path.join(site, "content", "documenten")
    os.makedirs(out)
    with open(os.path.join(site, "content", "_index.md"), "w") as f:
        f.write('---\ntitle: "Archief"\n---\n')
    manifest = json.load(open(corpus.rstrip("/") + ".manifest.json", encoding="utf-8"))
    for doc in manifest["documents"]:
        text = open(os.path.join(corpus, doc["file"]), encoding="utf-8").read()
        if doc["kind"] == "fiche":
            body, notes, date = fiche_to_markdown(text)
        else:
            body, notes = letter_to_markdown(text)
            date = doc.get("date")
        front = f"---\ntitle: {json.dumps(doc['title'], ensure_ascii=False)}\ndate: {date or '2024-01-01'}\n---\n\n"
        lines = [front, "\n\n".join(body), "\n\n## Noten\n\n"]
        lines += [f"{k}. {escape(n)}\n" for k, n in enumerate(notes, 1)]
        with open(os.path.join(out, doc["file"][:-4] + ".md"), "w", encoding="utf-8") as f:
            f.write("".join(lines))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    convert(sys.argv[1], sys.argv[2])
