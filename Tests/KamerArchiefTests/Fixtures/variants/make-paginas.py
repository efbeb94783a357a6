#!/usr/bin/env python3
"""Makes two real Kamerstukken as pages of the mirror site of the fiche seed show them:
pagina-brief-integriteit.txt, the letter Kamerstuk 28 844, nr. 269 (from ../xml/kst-28844-269.xml),
and pagina-mvt.txt, the memorie van toelichting Kamerstuk 36 750, nr. 3 (from
../xml/kst-36750-3.xml). The page's own lines (title, the kind of document, `Nummer: …`, persons,
dossier, zaak) are invented in the seed's form; the text is the XML's, as a Word file converts: the
head's columns on one line, one line a paragraph, tussenkop or numbered chapter title, blank lines
between, each note's number glued to the word or full stop before it, and the notes as a pandoc
list at the end. Run from this folder: python3 make-paginas.py"""
import xml.etree.ElementTree as ET

NAVIGATION = ("[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies] [geschenken] "
              "[kamerleden] [kamerstukdossiers] [🧑mijn] [open vragen]\n"
              "[toezeggingen] [stemmingen] [verslagen] [🔍 uitgebreid zoeken] [wat is dit?]")


def words(element):
    return " ".join("".join(element.itertext()).split())


def text_of(element, notes):
    """The element's text with each note's number glued in its place; the notes are collected."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "noot":
            number = child.findtext("noot.nr")
            notes.append((number, " ".join(words(al) for al in child.iter("noot.al"))))
            parts.append(number)
        else:
            parts.append(text_of(child, notes))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def page(source, target, title, kind, number, zaak, person, dossier, ondernummer, vergaderjaar):
    root = ET.parse(source).getroot()
    stuk = root.find(".//stuk")
    dossier_title = words(root.find(".//dossier/titel"))
    lines = [NAVIGATION, "", title, "", dossier_title, "", kind, "", number, "",
             "Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.", "",
             "Gerelateerde personen:", "", f"  - {person}", "",
             f"Onderdeel van kamerstukdossier {dossier.replace(' ', '')} -{ondernummer} {dossier_title}.", "",
             f"Onderdeel van zaak {zaak}:", "", "Preview document (🔗 origineel)", "", "",
             "Tweede Kamer der Staten-Generaal 2", "", f"Vergaderjaar {vergaderjaar}", "",
             f"{dossier} {dossier_title}", "", f"Nr. {ondernummer} {words(stuk.find('titel'))}", ""]
    notes = []
    for element in stuk.iter():
        if element.tag == "kop":
            lines += [" ".join(filter(None, [element.findtext("nr"), words(element.find("titel"))])), ""]
        elif element.tag in ("al", "tussenkop"):
            lines += [text_of(element, notes), ""]
    for signature in stuk.iter("ondertekening"):
        for part in signature:
            lines += [words(part), ""]
    for note_number, note in notes:
        lines += [f"  {note_number}. {' '.join(note.split())}↩︎", ""]
    with open(target, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


page("../xml/kst-28844-269.xml", "pagina-brief-integriteit.txt",
     "Opzet evaluaties openbare agenda’s bewindspersonen en lobbyparagrafen", "Brief regering",
     "Nummer: 2023D31870, datum: 2023-07-07, bijgewerkt: 2023-07-10 12:04, versie: 1", "2023Z13315",
     "Bewindspersoon: H.G.J. Bruins Slot, minister van Binnenlandse Zaken en Koninkrijksrelaties",
     "28 844", "269", "2022-2023")
page("../xml/kst-36750-3.xml", "pagina-mvt.txt", "Memorie van toelichting", "Memorie van toelichting",
     "Nummer: 2025D22713, datum: 2025-05-21, bijgewerkt: 2025-05-22 10:02, versie: 1", "2025Z10321",
     "Indiener: J.A. Vedder, Tweede Kamerlid", "36 750", "3", "2024-2025")
