#!/usr/bin/env python3
"""Makes the generated PDF fixtures in this folder (see README.md). Needs reportlab (PyPI) and qpdf
(Debian). Run from this folder: python3 make-fixtures.py"""
import re
import subprocess

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
LEFT, RIGHT_COLUMN, TEXT_WIDTH = 55, 221, 320
FONT, BOLD, SIZE, LEADING = "Helvetica", "Helvetica-Bold", 9, 12
BOTTOM = 370  # the body stops here; the notes and the running foot stand below
MARKER = re.compile(r"\^(\d+)")


def draw_line(c, x, y, line):
    """A body line; `^N` is a footnote marker, set as a raised small number."""
    for index, piece in enumerate(MARKER.split(line)):
        if index % 2 == 0:
            c.setFont(FONT, SIZE)
            c.drawString(x, y, piece)
            x += c.stringWidth(piece, FONT, SIZE)
        else:
            c.setFont(FONT, 6)
            c.drawString(x, y + 4, piece)
            x += c.stringWidth(piece, FONT, 6)


def running_foot(c, text, page):
    c.setFont(FONT, 7)
    c.drawString(LEFT, 40, text)
    if page > 1:
        c.drawString(WIDTH - 70, 40, str(page))


def kamerstuk_letter(path):
    """A Kamerstuk letter in the Tweede Kamer's layout: two pages, a footnote at the foot of the
    first, and a sentence that runs on from the first page to the second."""
    with open("brief-kamerstuk.src.txt", encoding="utf-8") as source:
        paragraphs = [p.replace("\n", " ") for p in source.read().split("\n\n") if p.strip()]
    foot = "Tweede Kamer, vergaderjaar 2022–2023, 36 200 XIV, nr. 87"
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("kst-36200-XIV-87")
    c.setFont(BOLD, 16)
    c.drawString(LEFT, HEIGHT - 75, "Tweede Kamer der Staten-Generaal")
    c.setFont(BOLD, 40)
    c.drawString(WIDTH - 90, HEIGHT - 90, "2")
    c.setFont(FONT, 9)
    c.drawString(LEFT, HEIGHT - 130, "Vergaderjaar 2022–2023")
    c.setFont(BOLD, 11)
    c.drawString(LEFT, HEIGHT - 180, "36 200 XIV")
    title = ("Vaststelling van de begrotingsstaten van het Ministerie van Landbouw, Natuur en "
             "Voedselkwaliteit (XIV) en het Diergezondheidsfonds (F) voor het jaar 2023")
    y = HEIGHT - 180
    for line in simpleSplit(title, BOLD, 11, TEXT_WIDTH):
        c.drawString(RIGHT_COLUMN, y, line)
        y -= 13
    y -= 60
    c.setFont(BOLD, 9)
    c.drawString(LEFT, y, "Nr. 87")
    c.drawString(RIGHT_COLUMN, y, "BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN")
    y -= LEADING
    c.drawString(RIGHT_COLUMN, y, "VOEDSELKWALITEIT")
    y -= LEADING
    c.setFont(FONT, SIZE)
    c.drawString(RIGHT_COLUMN, y, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    y -= 2 * LEADING
    c.drawString(RIGHT_COLUMN, y, "Den Haag, 14 maart 2023")
    y -= 2 * LEADING
    page = 1
    for paragraph in paragraphs:
        for line in simpleSplit(paragraph, FONT, SIZE, TEXT_WIDTH):
            if y < BOTTOM:
                c.setFont(FONT, 7)
                c.drawString(RIGHT_COLUMN, 110, "1 Kamerstuk 36 200 XIV, nr. 5.")
                c.drawString(LEFT, 90, "kst-36200-XIV-87")
                c.drawString(LEFT, 81, "ISSN 0921 - 7371")
                c.drawString(LEFT, 72, "’s-Gravenhage 2023")
                running_foot(c, foot, page)
                c.showPage()
                page += 1
                y = HEIGHT - 80
            draw_line(c, RIGHT_COLUMN, y, line)
            y -= LEADING
        y -= LEADING
    c.setFont(FONT, SIZE)
    c.drawString(RIGHT_COLUMN, y, "De Minister van Landbouw, Natuur en Voedselkwaliteit,")
    c.drawString(RIGHT_COLUMN, y - LEADING, "P.H.M. Jansen")
    running_foot(c, foot, page)
    c.showPage()
    c.save()


class PagedText:
    """Body lines set down the right column, each page's notes (`^N` markers) at its foot, the
    colophon on the first page and the running foot on every page."""

    def __init__(self, c, notes, colophon, foot, y):
        self.c, self.notes, self.colophon, self.foot, self.y = c, notes, colophon, foot, y
        self.page, self.page_notes = 1, []

    def note_lines(self, numbers):
        return [line for n in numbers for line in simpleSplit(f"{n} {self.notes[n]}", FONT, 7, TEXT_WIDTH)]

    def finish_page(self):
        c = self.c
        c.setFont(FONT, 7)
        ny = 70 + 9 * len(self.note_lines(self.page_notes))
        for line in self.note_lines(self.page_notes):
            c.drawString(RIGHT_COLUMN, ny, line)
            ny -= 9
        if self.page == 1:
            for line, y in zip(self.colophon, (90, 81, 72)):
                c.drawString(LEFT, y, line)
        running_foot(c, self.foot, self.page)

    def place(self, line, font=FONT):
        markers = MARKER.findall(line)
        room = 90 + 9 * len(self.note_lines(self.page_notes + markers))
        if self.y - LEADING < room:
            self.finish_page()
            self.c.showPage()
            self.page, self.page_notes, self.y = self.page + 1, [], HEIGHT - 80
        self.page_notes += markers
        if font == BOLD:
            self.c.setFont(BOLD, SIZE)
            self.c.drawString(RIGHT_COLUMN, self.y, line)
        else:
            draw_line(self.c, RIGHT_COLUMN, self.y, line)
        self.y -= LEADING


def xml_text(element):
    """An element's text with each note replaced by a `^N` marker."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "noot":
            parts.append("^" + child.findtext("noot.nr"))
        else:
            parts.append(xml_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def kamerstuk_head(c, year, dossier, dossier_title, number, heading):
    """The first page's head in the Kamerstuk layout; returns where the text starts."""
    c.setFont(BOLD, 16)
    c.drawString(LEFT, HEIGHT - 75, "Tweede Kamer der Staten-Generaal")
    c.setFont(BOLD, 40)
    c.drawString(WIDTH - 90, HEIGHT - 90, "2")
    c.setFont(FONT, 9)
    c.drawString(LEFT, HEIGHT - 130, f"Vergaderjaar {year}")
    c.setFont(BOLD, 11)
    c.drawString(LEFT, HEIGHT - 180, dossier)
    c.drawString(RIGHT_COLUMN, HEIGHT - 180, dossier_title)
    c.setFont(BOLD, 9)
    c.drawString(LEFT, HEIGHT - 260, f"Nr. {number}")
    y = HEIGHT - 260
    for line in simpleSplit(heading, BOLD, 9, TEXT_WIDTH):
        c.drawString(RIGHT_COLUMN, y, line)
        y -= LEADING
    return y


def xml_head(xml_path):
    """An official XML's root, dossier, ondernummer, dossier title, stuk heading and notes by number."""
    import xml.etree.ElementTree as ET
    root = ET.parse(xml_path).getroot()
    notes = {n.findtext("noot.nr"): xml_text(n.find("noot.al")) for n in root.iter("noot")}
    return (root, root.findtext(".//dossiernr"), root.findtext(".//ondernummer"), root.find(".//dossier/titel").text.strip(),
            root.find(".//stuk/titel").text.strip(), notes)


def letter_from_xml(xml_path, path):
    """The real letter kst-28844-269 (official XML) set in the Kamerstuk PDF layout: its head,
    paragraphs, tussenkoppen in bold, each page's notes at its foot, the signer and the colophon."""
    root, dossier, ondernummer, dossier_title, heading, notes = xml_head(xml_path)
    blocks = [(e.tag, xml_text(e)) for e in root.find(".//tekst").iter() if e.tag in ("al", "tussenkop")]
    signer = root.find(".//ondertekening")
    function = signer.findtext("functie")
    name = signer.findtext(".//voornaam") + " " + signer.findtext(".//achternaam")
    foot = f"Tweede Kamer, vergaderjaar 2022–2023, {dossier}, nr. {ondernummer}"

    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    y = kamerstuk_head(c, "2022–2023", dossier, dossier_title, ondernummer, heading)
    pages = PagedText(c, notes, colophon=[f"kst-{dossier.replace(' ', '')}-{ondernummer}", "ISSN 0921 - 7371", "’s-Gravenhage 2023"],
                      foot=foot, y=y)

    for tag, text in blocks:
        pages.y -= LEADING
        font = BOLD if tag == "tussenkop" else FONT
        for line in simpleSplit(MARKER.sub(lambda m: "^" + m.group(1), text), font, SIZE, TEXT_WIDTH):
            pages.place(line, font)
    pages.y -= LEADING
    pages.place(function)
    pages.place(name)
    pages.finish_page()
    c.showPage()
    c.save()


def kamerstuk_table(path):
    """A Kamerstuk letter with a table between two paragraphs: a bold header, a left column of
    names, a second column with one cell wrapped onto two lines, and numbers set flush right."""
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    y = kamerstuk_head(c, "2025–2026", "32 813", "Kabinetsaanpak Klimaatbeleid", "412",
                       "BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI")
    c.setFont(FONT, SIZE)
    c.drawString(RIGHT_COLUMN, y, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    c.drawString(RIGHT_COLUMN, y - 2 * LEADING, "Den Haag, 12 februari 2026")
    pages = PagedText(c, {}, colophon=["kst-32813-412", "ISSN 0921 - 7371", "’s-Gravenhage 2026"],
                      foot="Tweede Kamer, vergaderjaar 2025–2026, 32 813, nr. 412", y=y - 4 * LEADING)
    before = ("De publieke laadpunten voor elektrische auto's zijn ongelijk over het land verdeeld. "
              "De tabel hieronder geeft de stand per provincie op 1 januari 2026.")
    for line in simpleSplit(before, FONT, SIZE, TEXT_WIDTH):
        pages.place(line)
    rows = [("Provincie", ["Netbeheerder"], "Laadpunten"), ("Groningen", ["Enexis"], "1.240"),
            ("Utrecht", ["Stedin"], "3.115"), ("Noord-Holland", ["Liander en Stedin", "(gedeeld)"], "4.870"),
            ("Zeeland", ["Enduris"], "415")]
    pages.y -= LEADING
    for number, (name, operator, count) in enumerate(rows):
        font = BOLD if number == 0 else FONT
        c.setFont(font, SIZE)
        c.drawString(RIGHT_COLUMN, pages.y, name)
        c.drawRightString(RIGHT_COLUMN + 300, pages.y, count)
        for line in operator:
            c.setFont(font, SIZE)
            c.drawString(RIGHT_COLUMN + 110, pages.y, line)
            pages.y -= LEADING
    pages.y -= LEADING
    after = "Ik zal uw Kamer voor de zomer informeren over de voortgang van de uitrol."
    for line in simpleSplit(after, FONT, SIZE, TEXT_WIDTH):
        pages.place(line)
    pages.y -= LEADING
    pages.place("De Minister van Klimaat en Groene Groei,")
    pages.place("S.T.M. Hermans")
    pages.finish_page()
    c.showPage()
    c.save()


SPEAKER = re.compile(r"^(De voorzitter|De heer .*|Mevrouw .*|Minister .*):$")


def kamerstuk_debate(source_path, path, head):
    """A report of a debate in the Kamerstuk layout: the head, the committee's introduction with its
    dash list and signatures, the chair and clerk, then the speakers' turns, each label that stands
    on a line of its own in bold. `head`: (vergaderjaar, dossier, dossier title, number, heading,
    date line, year printed)."""
    year, dossier, dossier_title, number, heading, date_line, printed = head
    with open(source_path, encoding="utf-8") as source:
        blocks = [b.strip().split("\n") for b in source.read().split("\n\n") if b.strip()]
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    y = kamerstuk_head(c, year, dossier, dossier_title, number, heading)
    c.setFont(FONT, SIZE)
    c.drawString(RIGHT_COLUMN, y, date_line)
    pages = PagedText(c, {}, colophon=[f"kst-{dossier.replace(' ', '')}-{number}", "ISSN 0921 - 7371", f"’s-Gravenhage {printed}"],
                      foot=f"Tweede Kamer, vergaderjaar {year}, {dossier}, nr. {number}", y=y - 2 * LEADING)
    for block in blocks:
        for line in block:
            font = BOLD if SPEAKER.match(line) else FONT
            for piece in simpleSplit(line, font, SIZE, TEXT_WIDTH):
                pages.place(piece, font)
        pages.y -= LEADING
    pages.finish_page()
    c.showPage()
    c.save()


def fiche_from_xml(xml_path, path):
    """A fiche published as a Kamerstuk (../variants/fiche-kamerstuk.xml) set in the Kamerstuk PDF
    layout: the head, the cover letter and its signer, then the fiche on the same pages, its
    headings in bold and each page's notes at its foot."""
    root, dossier, ondernummer, dossier_title, heading, notes = xml_head(xml_path)
    foot = f"Tweede Kamer, vergaderjaar 2025–2026, {dossier}, nr. {ondernummer}"

    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    y = kamerstuk_head(c, "2025–2026", dossier, dossier_title, ondernummer, heading)
    pages = PagedText(c, notes, colophon=[f"kst-{dossier.replace(' ', '')}-{ondernummer}", "ISSN 0921 - 7371", "’s-Gravenhage 2026"],
                      foot=foot, y=y)
    for element in root.find(".//algemeen").iter():
        if element.tag in ("al", "tussenkop"):
            pages.y -= LEADING
            font = BOLD if element.tag == "tussenkop" else FONT
            for line in simpleSplit(xml_text(element), font, SIZE, TEXT_WIDTH):
                pages.place(line, font)
        elif element.tag == "ondertekening":
            pages.y -= LEADING
            pages.place(element.findtext("functie"))
            pages.place(element.findtext(".//voornaam") + " " + element.findtext(".//achternaam"))
    pages.finish_page()
    c.showPage()
    c.save()


def image_only(path):
    """One page with a drawn, filled rectangle and no text."""
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    c.setFillGray(0.6)
    c.rect(100, 400, 300, 200, fill=1, stroke=1)
    c.showPage()
    c.save()


if __name__ == "__main__":
    kamerstuk_letter("brief-kamerstuk.pdf")
    letter_from_xml("kst-28844-269.xml", "kst-28844-269.pdf")
    kamerstuk_table("tabel-kamerstuk.pdf")
    kamerstuk_debate("commissiedebat.src.txt", "verslag-commissiedebat.pdf",
                     ("2025–2026", "29 023", "Voorzienings- en leveringszekerheid energie", "571", "VERSLAG VAN EEN COMMISSIEDEBAT",
                      "Vastgesteld 3 maart 2026", "2026"))
    kamerstuk_debate("algemeen-overleg.src.txt", "verslag-algemeen-overleg.pdf",
                     ("2014–2015", "30 196", "Duurzame ontwikkeling en beleid", "291", "VERSLAG VAN EEN ALGEMEEN OVERLEG",
                      "Vastgesteld 5 maart 2015", "2015"))
    fiche_from_xml("../variants/fiche-kamerstuk.xml", "../variants/fiche-kamerstuk.pdf")
    image_only("image-only.pdf")
    subprocess.run(["qpdf", "--encrypt", "geheim", "eigenaar", "256", "--", "brief-kamerstuk.pdf", "encrypted.pdf"], check=True)
    with open("brief-kamerstuk.pdf", "rb") as whole, open("truncated.pdf", "wb") as half:
        data = whole.read()
        half.write(data[: len(data) // 2])
    with open("garbage.pdf", "wb") as garbage:
        garbage.write(b"%PDF-1.7\n\x8f\x12 this is not a PDF body \x00\x01\x02\xff\n")
    subprocess.run(["pdftotext", "brief-kamerstuk.pdf", "brief-kamerstuk.txt"], check=True)
    subprocess.run(["pdftotext", "-layout", "brief-kamerstuk.pdf", "brief-kamerstuk.layout.txt"], check=True)
    subprocess.run(["pdftotext", "kst-28844-269.pdf", "kst-28844-269.txt"], check=True)
    subprocess.run(["pdftotext", "-layout", "tabel-kamerstuk.pdf", "tabel-kamerstuk.layout.txt"], check=True)
    subprocess.run(["pdftotext", "verslag-commissiedebat.pdf", "verslag-commissiedebat.txt"], check=True)
    subprocess.run(["pdftotext", "-layout", "verslag-commissiedebat.pdf", "verslag-commissiedebat.layout.txt"], check=True)
    subprocess.run(["pdftotext", "verslag-algemeen-overleg.pdf", "verslag-algemeen-overleg.txt"], check=True)
    subprocess.run(["pdftotext", "../variants/fiche-kamerstuk.pdf", "../variants/fiche-kamerstuk.txt"], check=True)
