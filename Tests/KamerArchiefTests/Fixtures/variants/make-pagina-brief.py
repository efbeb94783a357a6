#!/usr/bin/env python3
"""Makes pagina-brief-integriteit.txt: the real letter Kamerstuk 28 844, nr. 269 (from
../xml/kst-28844-269.xml) as a page of the mirror site of the fiche seed shows it. The page's own
lines (title, `Brief regering`, `Nummer: …`, persons, dossier, zaak) are invented in the seed's
form; the letter's text is the XML's, as its Word file converts: the head's columns on one line,
one line a paragraph or tussenkop, blank lines between, each note's number glued to the word or
full stop before it, and the notes as a pandoc list at the end. Run from this folder:
python3 make-pagina-brief.py"""
import xml.etree.ElementTree as ET

NAVIGATION = ("[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies] [geschenken] "
              "[kamerleden] [kamerstukdossiers] [🧑mijn] [open vragen]\n"
              "[toezeggingen] [stemmingen] [verslagen] [🔍 uitgebreid zoeken] [wat is dit?]")


def text_of(element, notes):
    """The element's text with each note's number glued in its place; the notes are collected."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "noot":
            number = child.findtext("noot.nr")
            notes.append((number, " ".join("".join(al.itertext()) for al in child.iter("noot.al"))))
            parts.append(number)
        else:
            parts.append(text_of(child, notes))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def main():
    root = ET.parse("../xml/kst-28844-269.xml").getroot()
    stuk = root.find(".//stuk")
    dossier_title = root.findtext(".//dossier/titel").strip()
    heading = stuk.findtext("titel").strip()
    lines = [NAVIGATION, "", "Opzet evaluaties openbare agenda’s bewindspersonen en lobbyparagrafen", "",
             dossier_title, "", "Brief regering", "",
             "Nummer: 2023D31870, datum: 2023-07-07, bijgewerkt: 2023-07-10 12:04, versie: 1", "",
             "Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.", "",
             "Gerelateerde personen:", "",
             "  - Bewindspersoon: H.G.J. Bruins Slot, minister van Binnenlandse Zaken en Koninkrijksrelaties", "",
             f"Onderdeel van kamerstukdossier 28844 -269 {dossier_title}.", "",
             "Onderdeel van zaak 2023Z13315:", "",
             "  - Voortouwcommissie: vaste commissie voor Binnenlandse Zaken (2023-2024)", "",
             "Preview document (🔗 origineel)", "", "",
             "Tweede Kamer der Staten-Generaal 2", "", "Vergaderjaar 2022-2023", "",
             f"28 844 {dossier_title}", "", f"Nr. 269 {heading}", ""]
    notes = []
    for element in stuk.find(".//tekst").iter():
        if element.tag in ("al", "tussenkop"):
            lines += [text_of(element, notes), ""]
    signature = stuk.find(".//ondertekening")
    lines += [signature.findtext("functie").strip(), "", " ".join("".join(signature.find("naam").itertext()).split()), ""]
    for number, note in notes:
        lines += [f"  {number}. {' '.join(note.split())}↩︎", ""]
    with open("pagina-brief-integriteit.txt", "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


main()
