#!/usr/bin/env python3
"""Makes ministry-letter-three-pages.pdf: a KGG-style Rijksoverheid letter, explicit pages (reportlab 5.1).
Then: pdftotext ministry-letter-three-pages.pdf ministry-letter-three-pages.txt"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
W, H = A4
LEFT, SIDEBAR, F, B, SIZE, LEAD = 79, 466, "Helvetica", "Helvetica-Bold", 9.5, 13.5
c = canvas.Canvas("ministry-letter-three-pages.pdf", pagesize=A4, invariant=1)

def sidebar(items, page, pages):
    y = H - 150
    for font, t in items:
        c.setFont(font, 7); c.drawString(SIDEBAR, y, t); y -= 9.5
    c.setFont(F, 6.5); c.drawString(SIDEBAR, 40, f"Pagina {page} van {pages}")

def body(lines, y):
    for t in lines:
        if t.startswith("•"):
            c.setFont(F, SIZE); c.drawString(LEFT, y, "•"); draw(LEFT + 14, y, t[1:].strip())
        elif t.startswith(">"):
            draw(LEFT + 14, y, t[1:].strip())
        elif t == "":
            pass
        else:
            draw(LEFT, y, t)
        y -= LEAD
    return y

def draw(x, y, t):
    # ^n = superscript marker
    import re
    parts = re.split(r"\^(\d+)", t)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            c.setFont(F, SIZE); c.drawString(x, y, p); x += c.stringWidth(p, F, SIZE)
        else:
            c.setFont(F, 6); c.drawString(x, y + 4, p); x += c.stringWidth(p, F, 6)

def notes(items):
    y = 100
    c.line(LEFT, 112, LEFT + 100, 112)
    for n, t in items:
        if n:
            c.setFont(F, 6); c.drawString(LEFT, y + 2, n)
        c.setFont(F, 7); c.drawString(LEFT + 8, y, t); y -= 9

S1 = [(B, "Directoraat-generaal Klimaat"), (B, "en Energie"), (F, "Ministerie van Klimaat en"), (F, "Groene Groei"), (F, ""),
      (F, "Bezuidenhoutseweg 73"), (F, "2594 AC  Den Haag"), (F, "Postbus 20401"), (F, "2500 EK  Den Haag"), (F, ""),
      (F, "www.rijksoverheid.nl/kgg"), (F, ""), (B, "Onze referentie"), (F, "DGKE / 26034567"), (F, ""),
      (B, "Uw referentie"), (F, "2026Z01999"), (F, ""), (B, "Bijlage(n)"), (F, "2")]
SN = [(B, "Directoraat-generaal Klimaat"), (B, "en Energie"), (F, ""), (B, "Datum"), (F, "13 februari 2026"), (F, ""),
      (B, "Onze referentie"), (F, "DGKE / 26034567")]
PAGES = 3
# page 1
c.setFont(B, 10); c.drawString(W/2 + 10, H - 60, "Ministerie van Klimaat en"); c.drawString(W/2 + 10, H - 72, "Groene Groei")
c.setFont(F, 6); c.drawString(LEFT, H - 150, "> Retouradres Postbus 20401 2500 EK  Den Haag")
c.setFont(F, SIZE); y = H - 175
for t in ["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Prinses Irenestraat 6", "2595 BD  DEN HAAG"]:
    c.drawString(LEFT, y, t); y -= LEAD
y = H - 290
c.setFont(F, 7); c.drawString(LEFT, y, "Datum"); c.setFont(F, SIZE); c.drawString(LEFT + 55, y, "13 februari 2026"); y -= LEAD
c.setFont(F, 7); c.drawString(LEFT, y, "Betreft"); c.setFont(F, SIZE)
c.drawString(LEFT + 55, y, "Voortgang van de aanpak van netcongestie en de"); y -= LEAD
c.drawString(LEFT + 55, y, "uitbreiding van het hoogspanningsnet"); y -= 3 * LEAD
y = body(["Geachte voorzitter,", "",
  "Met deze brief informeer ik u, mede namens de staatssecretaris van Klimaat",
  "en Groene Groei, over de voortgang van de aanpak van netcongestie.^1", "",
  "1. Aanleiding",
  "In de brief van 12 november 2025^2 heb ik toegezegd uw Kamer voor het",
  "voorjaar te informeren over de afspraken met de netbeheerders. Die",
  "afspraken zijn nu gemaakt.", "",
  "2. Maatregelen",
  "De netbeheerders nemen de volgende maatregelen:",
  "• zij leggen voor 2030 ruim 2.000 kilometer nieuwe kabel aan, vooral",
  ">in Gelderland, Noord-Brabant en Limburg;",
  "• zij bieden bedrijven flexibele contracten aan, waarmee die hun",
  ], y)
notes([("1", "Kamerstuk 29 023, nr. 510"), ("2", "Kamerstuk 29 023, nr. 505; zie ook het rapport van Netbeheer Nederland over de")])
sidebar(S1, 1, PAGES); c.showPage()
# page 2
y = body([">aansluiting eerder krijgen;",
  "• zij werken de wachtlijst af in de volgorde die de ACM heeft vastgesteld.^3", "",
  "De investeringen lopen op tot € 8 miljard per jaar.", "",
  "3. Vervolg",
  "Ik informeer uw Kamer voor de zomer over de uitkomsten van het overleg",
  "met de provincies."], H - 150)
notes([("", "capaciteit van het hoogspanningsnet tot 2035."), ("3", "Besluit van de ACM van 4 december 2025, ACM/UIT/612345")])
sidebar(SN, 2, PAGES); c.showPage()
# page 3
y = body(["Hoogachtend,"], H - 150); y -= 2 * LEAD
L = ["de minister van Klimaat en", "Groene Groei,", "", "", "", "S.T.M. Hermans"]
R = ["de staatssecretaris van Klimaat en", "Groene Groei,", "", "", "", "J.A. Vijlbrief"]
for i, (a, b) in enumerate(zip(L, R)):
    c.setFont(F, SIZE); c.drawString(LEFT, y - LEAD * i, a); c.drawString(LEFT + 180, y - LEAD * i, b)
sidebar(SN, 3, PAGES); c.showPage()
c.save()
