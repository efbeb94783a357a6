#!/usr/bin/env python3
"""Makes Word files (.docx) of two papers, as the Tweede Kamer and the ministries publish them
beside the PDF, written part by part as Word writes them (numbering in numbering.xml and the
heading styles, notes in footnotes.xml with Word's two separator notes, runs split mid-word):

- fiche-10-battery-booster.docx: the real BNC-fiche 10 from the document its PDF text gives
  (`kamerarchief parse --json ../fiches-pdf/fiche-10-battery-booster.txt`, the path given as the
  first argument): `Fiche 10: …` as the title, each chapter a heading numbered `1.` by its style,
  each field of `Algemene gegevens` and each subsection a heading lettered `a)`, the paragraphs,
  and each note as a footnote at its marker (ids from 2, so that Word's numbering by order shows).
- motie-kroger.docx: the motie of `../variants/pagina-motie.txt`: its head as a table, the
  considerations and dictum, a footnote, a deleted word and a field code that are not the text.
- brief-minister.docx: a minister's letter as its Word file: the sidebar in a text box, the
  addressee, the letterhead's Datum and Betreft as a table, the salutation, two numbered headings, a
  bulleted list, a footnote, the closing and the signer.
- bom.docx: a zip archive whose word/document.xml unpacks to 65 MB (66 KB packed), past the
  reader's limit; geen-word.docx: a zip archive that is no Word file.

Run from this folder: python3 make-docx.py FICHE.json"""
import json
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def note_ref(note_id):
    return f'<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def paragraph(content, style=None, numbering=None):
    properties = ""
    if style or numbering:
        properties = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if numbering:
            properties += f'<w:numPr><w:ilvl w:val="{numbering[1]}"/><w:numId w:val="{numbering[0]}"/></w:numPr>'
        properties += "</w:pPr>"
    return f"<w:p>{properties}{content}</w:p>"


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Kop1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Voetnootmarkering"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def write_docx(target, body, notes):
    footnotes = [f'<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 f'<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for note_id, text in notes:
        footnotes.append(f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="Voetnoottekst"/></w:pPr>'
                         f'<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteRef/></w:r>{run(" " + text)}</w:p></w:footnote>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        '</Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
        + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
        "word/footnotes.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(footnotes) + "</w:footnotes>",
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, parts[name])


def fiche(source):
    document = json.load(open(source, encoding="utf-8"))
    notes = {note["number"]: note["text"] for note in document["footnotes"]}
    refs = [(ref["before"], ref["footnote"]) for ref in document["noteRefs"]]
    used = []

    def with_notes(text):
        """The paragraph's runs, each note's reference after the text before its marker; a word
        split over two runs as Word splits one where the editing stopped."""
        places = []
        for before, number in refs:
            if number in [n for n, _ in used]:
                continue
            at = text.find(before.strip())
            if at >= 0:
                places.append((at + len(before.strip()), number))
        pieces, start = [], 0
        for end, number in sorted(places):
            pieces.append(run(text[start:end]))
            note_id = number + 1
            pieces.append(note_ref(note_id))
            used.append((number, note_id))
            start = end
        rest = text[start:]
        middle = len(rest) // 2
        return "".join(pieces) + run(rest[:middle]) + run(rest[middle:])

    body = [paragraph(run(f"Fiche {document['metadata']['ficheNumber']}: {document['title']}"), style="Titel")]
    fields = document["metadata"]["fields"]
    for section in document["sections"]:
        body.append(paragraph(run(section["title"]), style="Kop1"))
        if section["role"] == "algemeneGegevens":
            for field in fields:
                body.append(paragraph(run(field["label"]), style="Kop2"))
                body.append(paragraph(run(field["value"])))
        for item in section["paragraphs"]:
            body.append(paragraph(with_notes(item["text"])))
        for subsection in section.get("subsections", []):
            body.append(paragraph(run(subsection["title"]), style="Kop2"))
            for item in subsection["paragraphs"]:
                body.append(paragraph(with_notes(item["text"])))
    write_docx("fiche-10-battery-booster.docx", body, [(note_id, notes[number]) for number, note_id in used])


def motie():
    def cell(text):
        return f"<w:tc><w:tcPr/>{paragraph(run(text))}</w:tc>"

    head = ('<w:tbl><w:tblPr/><w:tblGrid/>'
            f'<w:tr>{cell("Tweede Kamer der Staten-Generaal")}{cell("2")}</w:tr>'
            f'<w:tr>{cell("Vergaderjaar 2024-2025")}{cell("")}</w:tr></w:tbl>')
    body = [
        head,
        paragraph(run("21 501-30 Raad voor Concurrentievermogen")),
        paragraph(run("Nr. 612 MOTIE VAN HET LID KRÖGER")),
        paragraph(run("Voorgesteld 10 april 2025")),
        paragraph(run("De Kamer,")),
        paragraph(run("gehoord de beraadslaging,")),
        paragraph(run("constaterende dat de Europese Commissie in de Battery Boos") + run("ter-strategie") + note_ref(2)
                  + run(" inzet op recycling van kritieke grondstoffen;")),
        paragraph(run("overwegende dat Nederland volgens de Kamerbrief van 25 november 2022 (Kamerstuk ")
                  + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://zoek.officielebekendmakingen.nl/kst-32813-1120.html" </w:instrText></w:r>'
                  + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("32813, nr. 1120") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                  + run(") nog geen ") + '<w:del w:id="9" w:author="Griffie"><w:r><w:delText>landelijke </w:delText></w:r></w:del>'
                  + run("nationale batterijstrategie voor recycling heeft;")),
        paragraph(run("verzoekt de regering, voor de zomer een nationale strategie voor batterijrecycling aan de Kamer te sturen,")),
        paragraph(run("en gaat over tot de orde van de dag.")),
        paragraph(run("Kröger")),
    ]
    write_docx("motie-kroger.docx", body, [(2, "COM(2025) 123")])


def letter():
    def cell(text):
        return f"<w:tc>{paragraph(run(text))}</w:tc>"

    letterhead = ('<w:tbl><w:tblPr/>'
                  f'<w:tr>{cell("Datum")}{cell("13 februari 2026")}</w:tr>'
                  f'<w:tr>{cell("Betreft")}{cell("Voortgang batterijstrategie")}</w:tr></w:tbl>')
    # The sidebar in a text box, in both of alternate content's copies: not the letter's text.
    sidebar = ('<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
               '<mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
               + paragraph(run("Ministerie van Klimaat en Groene Groei")) + paragraph(run("Ons kenmerk")) + paragraph(run("DGKE / 26012345"))
               + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    body = [
        sidebar,
        paragraph(run("De Voorzitter van de Tweede Kamer")), paragraph(run("der Staten-Generaal")),
        paragraph(run("Postbus 20018")), paragraph(run("2500 EA DEN HAAG")),
        letterhead,
        paragraph(run("Geachte voorzitter,")),
        paragraph(run("Met deze brief informeer ik uw Kamer over de voortgang van de nationale batterijstrategie.") + note_ref(2)),
        paragraph(run("Thuisbatterijen"), style="Kop1"),
        paragraph(run("In 2025 zijn ongeveer 60.000 thuisbatterijen geplaatst. Het kabinet werkt aan twee normen:")),
        paragraph(run("een norm voor brandveiligheid;"), numbering=("2", 0)),
        paragraph(run("een norm voor het laden."), numbering=("2", 0)),
        paragraph(run("Buurtbatterijen"), style="Kop1"),
        paragraph(run("Netbeheerders plaatsen in 2026 veertig buurtbatterijen in wijken met netcongestie.")),
        paragraph(run("Hoogachtend,")),
        paragraph(run("De Minister van Klimaat en Groene Groei,")),
        paragraph(run("S.T.M. Hermans")),
    ]
    write_docx("brief-minister.docx", body, [(2, "Kamerstuk 32 813, nr. 1502.")])


def hostile():
    def write(target, name, data):
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)

    write("bom.docx", "word/document.xml", b"<w:document>" + b" " * (65 << 20) + b"</w:document>")
    write("geen-word.docx", "content.xml", b"<office:document/>")


fiche(sys.argv[1])
motie()
letter()
hostile()
