#!/usr/bin/env python3
"""Makes aanhangsel-kamervragen.pdf and its pdftotext texts (see README.md): kamervragen with their
answer in the layout of the Aanhangsel van de Handelingen, from aanhangsel.src.txt (invented text).
Needs reportlab (PyPI) and pdftotext (poppler-utils). Run from this folder: python3 make-aanhangsel.py"""
import importlib.util
import subprocess

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

spec = importlib.util.spec_from_file_location("fixtures", "make-fixtures.py")
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)
WIDTH, HEIGHT = A4
LEFT, RIGHT_COLUMN, TEXT_WIDTH = fixtures.LEFT, fixtures.RIGHT_COLUMN, fixtures.TEXT_WIDTH
FONT, BOLD, SIZE, LEADING = fixtures.FONT, fixtures.BOLD, fixtures.SIZE, fixtures.LEADING
NUMBER, YEAR = "1234", "2024–2025"
FOOT = f"Tweede Kamer, vergaderjaar {YEAR}, Aanhangsel"


def read_source(path):
    """The blocks (`# Vraag 1` a bold label, else a paragraph) and the notes after `---`."""
    with open(path, encoding="utf-8") as source:
        text, notes = source.read().split("\n---\n")
    blocks = []
    for block in (b.strip() for b in text.split("\n\n") if b.strip()):
        blocks.append((BOLD, block[2:]) if block.startswith("# ") else (FONT, block.replace("\n", " ")))
    numbered = dict(line.split(" ", 1) for line in notes.strip().split("\n"))
    return blocks, numbered


def aanhangsel(path):
    blocks, notes = read_source("aanhangsel.src.txt")
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle(f"ah-tk-20242025-{NUMBER}")
    c.setFont(BOLD, 16)
    c.drawString(LEFT, HEIGHT - 75, "Tweede Kamer der Staten-Generaal")
    c.setFont(BOLD, 40)
    c.drawString(WIDTH - 90, HEIGHT - 90, "2")
    c.setFont(FONT, 9)
    c.drawString(LEFT, HEIGHT - 130, f"Vergaderjaar {YEAR}")
    c.setFont(BOLD, 11)
    c.drawString(RIGHT_COLUMN, HEIGHT - 130, "Aanhangsel van de Handelingen")
    c.setFont(FONT, 9)
    y = HEIGHT - 145
    for line in simpleSplit("Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden",
                            FONT, 9, TEXT_WIDTH):
        c.drawString(RIGHT_COLUMN, y, line)
        y -= LEADING
    y -= 3 * LEADING
    # The number stands in the left column beside the first line of the questions.
    c.setFont(BOLD, 14)
    c.drawString(LEFT, y, NUMBER)
    pages = fixtures.PagedText(c, notes, colophon=[f"ah-tk-20242025-{NUMBER}", "ISSN 0921 - 7398", "’s-Gravenhage 2025"],
                               foot=FOOT, y=y)

    for index, (font, text) in enumerate(blocks):
        if index > 0:
            pages.y -= LEADING
        for line in simpleSplit(text, font, SIZE, TEXT_WIDTH):
            pages.place(line, font)
    pages.finish_page()
    c.showPage()
    c.save()


aanhangsel("aanhangsel-kamervragen.pdf")
subprocess.run(["pdftotext", "aanhangsel-kamervragen.pdf", "aanhangsel-kamervragen.txt"], check=True)
subprocess.run(["pdftotext", "-layout", "aanhangsel-kamervragen.pdf", "aanhangsel-kamervragen.layout.txt"], check=True)
