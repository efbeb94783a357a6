#!/usr/bin/env python3
"""Makes ministry-letter.pdf: a letter in the Rijksoverheid layout (invented text) — the logo
wordmark, `> Retouradres`, the addressee, Datum/Betreft on the left, the sidebar on the right on
every page (unit, ministry, address, kenmerk), page-foot notes, `Pagina N van M`, a signature.
Needs reportlab (PyPI). Run from this folder: python3 make-ministry-letter.py; then
pdftotext ministry-letter.pdf ministry-letter.txt; pdftotext -layout ministry-letter.pdf ministry-letter.layout.txt"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
LEFT, TEXT_WIDTH, SIDEBAR = 79, 330, 466
FONT, BOLD, ITALIC, SIZE, LEADING = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 9.5, 13.5
BOTTOM = 120
MARKER = re.compile(r"\^(\d+)")

SIDEBAR_FIRST = [(BOLD, "Directoraat-generaal Wonen"), (FONT, "Ministerie van Binnenlandse Zaken en"),
                 (FONT, "Koninkrijksrelaties"), (FONT, ""), (FONT, "Turfmarkt 147"), (FONT, "Den Haag"),
                 (FONT, "Postbus 20011"), (FONT, "2500 EA  Den Haag"), (FONT, ""),
                 (FONT, "www.rijksoverheid.nl"), (FONT, ""), (BOLD, "Kenmerk"), (FONT, "2024-0000123456"),
                 (FONT, ""), (BOLD, "Uw kenmerk"), (FONT, "2024Z01234"), (FONT, ""), (BOLD, "Bijlage(n)"), (FONT, "2")]
SIDEBAR_NEXT = [(BOLD, "Directoraat-generaal Wonen"), (FONT, ""), (BOLD, "Datum"), (FONT, "12 maart 2024"),
                (FONT, ""), (BOLD, "Kenmerk"), (FONT, "2024-0000123456")]

BODY = [
    ("p", "Met deze brief informeer ik uw Kamer over de voortgang van de Woningbouwimpuls en over de "
          "afspraken die met de provincies zijn gemaakt.^1 Daarmee geef ik invulling aan de motie van het "
          "lid De Vries over het versnellen van de bouw van betaalbare woningen.^2"),
    ("h", "Stand van de woningbouw"),
    ("p", "In 2023 zijn ruim 73.000 nieuwbouwwoningen opgeleverd. Dat is minder dan de 100.000 woningen "
          "per jaar die nodig zijn om het tekort in te lopen. De bouw van sociale huurwoningen blijft "
          "achter bij de afspraken in de regionale woondeals, vooral in de grote steden."),
    ("p", "Gemeenten en provincies noemen drie knelpunten:"),
    ("b", "de capaciteit van het net voor nieuwe wijken;"),
    ("b", "de stikstofruimte voor de bouwfase;"),
    ("b", "de hoge rente en de stijgende bouwkosten."),
    ("h", "Afspraken met de provincies"),
    ("p", "Met elke provincie is een woondeal gesloten. In elke deal staat hoeveel woningen er tot 2030 "
          "worden gebouwd en welk deel daarvan betaalbaar is.^3 De provincies rapporteren twee keer per "
          "jaar over de voortgang, en ik stuur die rapportages aan uw Kamer. De eerste rapportage is als "
          "bijlage bij deze brief gevoegd. Uit die rapportage blijkt dat de meeste regio's op schema liggen "
          "voor de plancapaciteit, maar dat de realisatie achterblijft bij de afspraken."),
    ("p", "Ik heb met de gedeputeerden afgesproken dat zij voor de zomer per regio aangeven welke projecten "
          "zonder extra steun niet doorgaan. Met die lijst kan ik de middelen uit de Woningbouwimpuls gericht "
          "inzetten, waar de bijdrage het grootste verschil maakt. De zevende tranche van de Woningbouwimpuls "
          "wordt in het najaar opengesteld; de voorwaarden worden vooraf met de VNG en het IPO besproken."),
    ("h", "Vervolg"),
    ("p", "Ik informeer uw Kamer voor het commissiedebat Woningbouw over de uitkomst van de zevende "
          "tranche en over de stand van de regionale woondeals.^4"),
]
NOTES = {1: "Kamerstuk 32 847, nr. 1100", 2: "Kamerstuk 32 847, nr. 1080",
         3: "Zie de woondeals op https://www.volkshuisvestingnederland.nl/onderwerpen/woondeals",
         4: "Het commissiedebat is gepland op 18 april 2024."}


def draw_sidebar(c, items, page, pages):
    y = HEIGHT - 150
    for font, text in items:
        c.setFont(font, 7)
        c.drawString(SIDEBAR, y, text)
        y -= 9.5
    c.setFont(FONT, 6.5)
    c.drawString(SIDEBAR, 40, f"Pagina {page} van {pages}")


def draw_line(c, x, y, line, font):
    for index, piece in enumerate(MARKER.split(line)):
        if index % 2 == 0:
            c.setFont(font, SIZE)
            c.drawString(x, y, piece)
            x += c.stringWidth(piece, font, SIZE)
        else:
            c.setFont(font, 6)
            c.drawString(x, y + 4, piece)
            x += c.stringWidth(piece, font, 6)


def draw_notes(c, numbers):
    y = BOTTOM - 20
    c.line(LEFT, BOTTOM - 8, LEFT + 100, BOTTOM - 8)
    for number in numbers:
        c.setFont(FONT, 6)
        c.drawString(LEFT, y + 2, str(number))
        c.setFont(FONT, 7)
        c.drawString(LEFT + 8, y, NOTES[number])
        y -= 9


def layout():
    """Lines per page: (kind, text) with 'gap' for paragraph spacing."""
    lines = []
    for kind, text in BODY:
        if kind == "b":
            wrapped = simpleSplit(text, FONT, SIZE, TEXT_WIDTH - 14)
            lines += [("bullet" if i == 0 else "bulletcont", t) for i, t in enumerate(wrapped)]
            continue
        if lines and lines[-1][0] in ("bullet", "bulletcont") or lines:
            lines.append(("gap", ""))
        font = ITALIC if kind == "h" else FONT
        for t in simpleSplit(text, font, SIZE, TEXT_WIDTH):
            lines.append(("h" if kind == "h" else "p", t))
    return lines


def main():
    c = canvas.Canvas("ministry-letter.pdf", pagesize=A4, pageCompression=1, invariant=1)
    pages = 2
    # page 1 letterhead
    c.setFont(BOLD, 10)
    c.drawString(WIDTH / 2 + 10, HEIGHT - 60, "Ministerie van Binnenlandse Zaken en")
    c.drawString(WIDTH / 2 + 10, HEIGHT - 72, "Koninkrijksrelaties")
    c.setFont(FONT, 6)
    c.drawString(LEFT, HEIGHT - 150, "> Retouradres Postbus 20011 2500 EA  Den Haag")
    c.setFont(FONT, SIZE)
    y = HEIGHT - 175
    for t in ["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"]:
        c.drawString(LEFT, y, t)
        y -= LEADING
    y = HEIGHT - 290
    c.setFont(FONT, 7)
    c.drawString(LEFT, y, "Datum")
    c.setFont(FONT, SIZE)
    c.drawString(LEFT + 55, y, "12 maart 2024")
    y -= LEADING
    c.setFont(FONT, 7)
    c.drawString(LEFT, y, "Betreft")
    c.setFont(FONT, SIZE)
    for t in simpleSplit("Voortgang Woningbouwimpuls en de afspraken in de regionale woondeals met de provincies",
                         FONT, SIZE, TEXT_WIDTH - 55):
        c.drawString(LEFT + 55, y, t)
        y -= LEADING
    y -= 2 * LEADING
    c.drawString(LEFT, y, "Geachte voorzitter,")
    y -= 2 * LEADING
    draw_sidebar(c, SIDEBAR_FIRST, 1, pages)
    page, notes_here = 1, []
    lines = layout()
    closing = [("gap", ""), ("p", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
               ("gap", ""), ("gap", ""), ("gap", ""), ("p", "Hugo de Jonge")]
    for kind, text in lines + closing:
        if y < BOTTOM + 10 + 9 * len(notes_here):
            draw_notes(c, notes_here)
            c.showPage()
            page += 1
            draw_sidebar(c, SIDEBAR_NEXT, page, pages)
            y, notes_here = HEIGHT - 150, []
        if kind == "gap":
            y -= LEADING
            continue
        notes_here += [int(n) for n in MARKER.findall(text)]
        x = LEFT
        if kind == "bullet":
            c.setFont(FONT, SIZE)
            c.drawString(LEFT, y, "-")
        if kind in ("bullet", "bulletcont"):
            x = LEFT + 14
        draw_line(c, x, y, text, ITALIC if kind == "h" else FONT)
        y -= LEADING
    if notes_here:
        draw_notes(c, notes_here)
    c.showPage()
    c.save()


main()
