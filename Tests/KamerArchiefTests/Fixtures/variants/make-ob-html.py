#!/usr/bin/env python3
"""Makes two real Kamerstukken as officielebekendmakingen.nl's web page of each shows them, saved as
HTML: ob-brief-integriteit.html, the letter Kamerstuk 28 844, nr. 269 (from ../xml/kst-28844-269.xml),
ob-mvt.html, the memorie van toelichting Kamerstuk 36 750, nr. 3 (from ../xml/kst-36750-3.xml), and
ob-fiche.html, the fiche with its cover letter of fiche-kamerstuk.xml (invented, in the form of the
dossier 22 112's papers).

The page's own parts (head with its DC metadata, skip link, header, breadcrumb, the facts' table,
footer) are invented after the stored page of Kamerstuk 34 700, nr. 19; the text is the XML's in the
markup the site gives it, as berthub's tkconv stylesheet copies it: `div#broodtekst.stuk`,
`h1.dossiertitel`, `h1.stuktitel` with `span.stuknummer`, a `p` per `al`, `div.alineagroep`, chapter
headings `h2.divisiekop1`, each note's number as `<sup><a class="nootnum">` where it stands and the
note itself as `div.voet.noot` (a `Noot` heading, the number, the text) after the paper.
Run from this folder: python3 make-ob-html.py"""
import html
import xml.etree.ElementTree as ET

HEAD = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{title} | Overheid.nl &gt; Officiële bekendmakingen</title>
<meta name="DC.identifier" content="{identifier}">
<meta name="DC.type" content="Kamerstuk">
<meta name="DCTERMS.issued" content="{issued}">
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/supernote.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<a href="#content" class="skiplink">Ga direct naar inhoud</a>
<header class="header">
  <div class="header__start"><a href="https://www.overheid.nl">Overheid.nl</a> | Officiële bekendmakingen</div>
  <form class="search" action="/resultaten"><label for="q">Zoeken</label><input id="q" name="q"><button>Zoek</button></form>
  <nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li><a href="/resultaten">Zoeken</a></li><li>{title}</li></ol></nav>
</header>
<main id="content" class="content">
  <h1 class="h1">Kamerstuk</h1>
  <table class="table table--dataintro">
    <thead><tr><th>Datum publicatie</th><th>Organisatie</th><th>Vergaderjaar</th><th>Dossier- en ondernummer</th></tr></thead>
    <tbody><tr><td>{published}</td><td>Tweede Kamer der Staten-Generaal</td><td>{vergaderjaar}</td><td>{dossier} nr. {ondernummer}</td></tr></tbody>
  </table>
  <article>
"""

FOOT = """  </article>
  <div class="share"><h2 class="visually-hidden">Delen</h2><a href="#" onclick="window.print()">Print</a></div>
</main>
<footer class="footer"><ul><li><a href="/over">Over deze site</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>
"""


class Writer:
    def __init__(self):
        self.notes = []

    def inline(self, element):
        """The element's content as HTML: text escaped, notes as their markers, emphasis and links kept."""
        parts = [html.escape(element.text or "", quote=False)]
        for child in element:
            if child.tag == "noot":
                number = child.findtext("noot.nr")
                note_id = f"ID-{len(self.notes) + 1}"
                self.notes.append((note_id, number, [self.inline(al) for al in child.iter("noot.al")]))
                parts.append(f'<sup><a class="nootnum supernote-click-{note_id}" href="#{note_id}">{number}</a></sup>')
            elif child.tag == "nadruk":
                tag = "em" if child.get("type") == "cur" else "strong"
                parts.append(f"<{tag}>{self.inline(child)}</{tag}>")
            elif child.tag == "inf":
                parts.append(f"<sub>{self.inline(child)}</sub>")
            elif child.tag == "extref":
                parts.append(f'<a href="https://zoek.officielebekendmakingen.nl/{child.get("doc")}">{self.inline(child)}</a>')
            else:
                parts.append(self.inline(child))
            parts.append(html.escape(child.tail or "", quote=False))
        return "".join(parts)

    def block(self, element, out):
        tag = element.tag
        if tag == "al":
            out.append(f"<p>{self.inline(element)}</p>")
        elif tag == "tussenkop":
            out.append(f'<p class="tussenkop"><strong class="vet">{self.inline(element)}</strong></p>')
        elif tag == "al-groep":
            out.append('<div class="alineagroep">')
            for child in element:
                self.block(child, out)
            out.append("</div>")
        elif tag == "kop":
            words = [self.inline(part) for part in element if part.tag in ("nr", "titel")]
            out.append(f'<h2 class="divisiekop1">{" ".join(words)}</h2>')
        elif tag == "ondertekening":
            parts = [" ".join("".join(part.itertext()).split()) for part in element]
            out.append(f'<p class="ondertekening">{"<br>".join(html.escape(part) for part in parts)}</p>')
        else:
            wrap = tag in ("divisie",)
            if wrap:
                out.append(f'<div class="{tag}">')
            for child in element:
                self.block(child, out)
            if wrap:
                out.append("</div>")


def page(source, target, title, issued, published):
    root = ET.parse(source).getroot()
    stuk = root.find(".//stuk")
    dossier = " ".join("".join(root.find(".//dossiernr").itertext()).split())
    dossier_title = " ".join("".join(root.find(".//dossier/titel").itertext()).split())
    ondernummer = root.findtext(".//ondernummer")
    vergaderjaar = root.findtext(".//tekstregel[@inhoud='vergaderjaar']").split()[-1]
    writer = Writer()
    body = ['  <div id="broodtekst" class="stuk broodtekst-container">',
            f'    <h1 class="dossiertitel">{dossier} {html.escape(dossier_title)}</h1>',
            f'    <h1 class="stuktitel"><span class="stuknummer">Nr. {ondernummer}</span> '
            f'{html.escape(" ".join(stuk.findtext("titel").split()))}</h1>']
    for child in stuk:
        if child.tag not in ("stuknr", "titel"):
            writer.block(child, body)
    body.append("  </div>")
    for note_id, number, paragraphs in writer.notes:
        body.append(f'  <div class="voet noot snp-mouseoffset snb-pinned notedefault" id="supernote-note-{note_id}">'
                    f'<h5 class="note-close"><a class="note-close" href="#close-{note_id}">X</a> Noot</h5>'
                    f'<sup><span class="nootnum" id="{note_id}">{number}</span></sup>'
                    + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "</div>")
    head = HEAD.format(title=html.escape(title), identifier=f"kst-{dossier.replace(' ', '')}-{ondernummer}", issued=issued,
                       published=published, vergaderjaar=vergaderjaar, dossier=dossier.replace(" ", ""), ondernummer=ondernummer)
    with open(target, "w", encoding="utf-8") as out:
        out.write(head + "\n".join(body) + "\n" + FOOT)


page("../xml/kst-28844-269.xml", "ob-brief-integriteit.html", "Kamerstuk 28844, nr. 269", "2023-07-07", "7 juli 2023")
page("../xml/kst-36750-3.xml", "ob-mvt.html", "Kamerstuk 36750, nr. 3", "2025-05-21", "21 mei 2025")
page("fiche-kamerstuk.xml", "ob-fiche.html", "Kamerstuk 22112, nr. 9001", "2026-03-06", "6 maart 2026")
