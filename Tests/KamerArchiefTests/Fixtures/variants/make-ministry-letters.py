#!/usr/bin/env python3
"""Probe letters in the Rijkshuisstijl layout (invented text), modelled on
Fixtures/variants/make-ministry-letter*.py (reportlab, invariant=1).
Run here: python3 make-ministry-letters.py; then pdftotext letters-N-….pdf letters-N-….txt for each."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W, H = A4
LEFT, TW, SIDEBAR = 79, 330, 466
F, B, I, SIZE, LEAD = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", 9.5, 13.5
NSIZE, NLEAD = 7, 9
NOTES_BOTTOM = 62
TOP = H - 150
MARK = re.compile(r"\^(\d+)")
BREAK = "¦"  # forced page break inside a paragraph / list item


from reportlab.pdfbase.pdfmetrics import stringWidth


def width(text, font, size):
    return sum(stringWidth(p, font, size if i % 2 == 0 else size * 0.63) for i, p in enumerate(MARK.split(text)))


def wrap(text, font, size, w):
    lines, cur = [], ""
    for word in text.split(" "):
        trial = (cur + " " + word) if cur else word
        if cur and width(trial, font, size) > w:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def draw_marked(c, x, y, text, font, size):
    for i, p in enumerate(MARK.split(text)):
        if i % 2 == 0:
            c.setFont(font, size); c.drawString(x, y, p)
            x += c.stringWidth(p, font, size)
        else:
            s = size * 0.63
            c.setFont(font, s); c.drawString(x, y + size * 0.42, p)
            x += c.stringWidth(p, font, s)


class Letter:
    def __init__(self, name, wordmark, retour, addressee, datum, betreft, side1, siden, notes,
                 split_notes=None, body_font=F):
        self.name, self.wordmark, self.retour, self.addressee = name, wordmark, retour, addressee
        self.datum, self.betreft, self.side1, self.siden = datum, betreft, side1, siden
        self.notes, self.split = notes, split_notes or {}
        self.pages = []
        self.note_indent = 8; self.mk = (6, 2)

    # ---- layout -------------------------------------------------------------------------
    def new_page(self):
        self.pages.append({"ops": [], "notes": list(self.carry)})
        self.carry = []
        self.y = TOP

    def notes_top(self, extra=0):
        n = len(self.pages[-1]["notes"]) + extra
        return NOTES_BOTTOM + NLEAD * n + (14 if n else 0)

    def note_lines(self, n):
        text = self.notes[n]
        wrapped = wrap(text, F, NSIZE, TW - 10)
        out = [(str(n) if i == 0 else "", t) for i, t in enumerate(wrapped)]
        return out

    def put(self, x, text, font=F, size=SIZE, lead=LEAD):
        nums = [int(m) for m in MARK.findall(text)]
        extra = []
        for n in nums:
            extra += self.note_lines(n)
        keep, carry = extra, []
        for n in nums:
            if n in self.split:
                lines = self.note_lines(n)
                k = self.split[n]
                keep = [l for l in keep if l not in lines[k:]]
                carry += [("", t) for _, t in lines[k:]]
        if self.y - lead < self.notes_top(len(keep)):
            self.new_page()
        self.pages[-1]["ops"].append((x, self.y, text, font, size))
        self.pages[-1]["notes"] += keep
        self.carry += carry
        self.y -= lead

    def gap(self, n=1):
        self.y -= LEAD * n

    def para(self, text, font=F, x=LEFT, w=TW, first=None, label=None, gap=True):
        parts = str(text).split(BREAK)
        for pi, part in enumerate(parts):
            lines = wrap(part.strip(), font, SIZE, w)
            for i, t in enumerate(lines):
                if label is not None and pi == 0 and i == 0:
                    self.put_label(x - 16, label, x, t, font)
                else:
                    self.put(x, t, font)
            if pi < len(parts) - 1:
                self.new_page()
        if gap:
            self.gap()

    def put_label(self, lx, label, x, t, font):
        before = len(self.pages)
        self.put(x, t, font)
        page = self.pages[-1]
        op = page["ops"][-1]
        page["ops"].insert(len(page["ops"]) - 1, (lx, op[1], label, F, SIZE))

    def build(self, flow):
        self.pages, self.carry = [], []
        self.pages.append({"ops": [], "notes": []})
        self.y = H - 290 - 2 * LEAD - LEAD * (len(wrap(self.betreft, F, SIZE, TW - 55)) + 1)
        for item in flow:
            kind = item[0]
            if kind == "p":
                self.para(item[1], *item[2:])
            elif kind == "h":
                self.para(item[1], item[2] if len(item) > 2 else B, gap=False)
            elif kind == "hg":  # heading with gap after
                self.para(item[1], item[2] if len(item) > 2 else B, gap=True)
            elif kind == "li":  # ('li', label, text, level)
                level = item[3] if len(item) > 3 else 0
                x = LEFT + 16 + 16 * level
                self.para(item[2], F, x=x, w=TW - (x - LEFT), label=item[1], gap=False)
            elif kind == "gap":
                self.gap(item[1] if len(item) > 1 else 1)
            elif kind == "break":
                self.new_page()
            elif kind == "lines":
                for t in item[1]:
                    if t == "":
                        self.gap()
                    else:
                        self.put(LEFT, t, item[2] if len(item) > 2 else F)
            elif kind == "table":
                self.table(item[1], item[2])
            elif kind == "sign":  # columns side by side
                cols = item[1]
                n = max(len(c) for c in cols)
                for r in range(n):
                    for ci, col in enumerate(cols):
                        if r < len(col) and col[r]:
                            self.pages[-1]["ops"].append((LEFT + 190 * ci, self.y, col[r], F, SIZE))
                    self.y -= LEAD
        return self

    def table(self, widths, rows):
        rowlead = 12
        for ri, row in enumerate(rows):
            cells = [wrap(cell, B if ri == 0 else F, 8.5, w - 6) for cell, w in zip(row, widths)]
            h = max(len(c) for c in cells)
            if self.y - rowlead * h - 4 < self.notes_top():
                self.new_page()
            x = LEFT
            top = self.y + 9
            for cell, w in zip(cells, widths):
                for li, t in enumerate(cell):
                    self.pages[-1]["ops"].append((x + 3, self.y - rowlead * li, t, B if ri == 0 else F, 8.5))
                self.pages[-1]["ops"].append(("rect", x, top - rowlead * h - 3, w, rowlead * h + 3))
                x += w
            self.y -= rowlead * h + 3
        self.gap()

    # ---- render -------------------------------------------------------------------------
    def render(self):
        c = canvas.Canvas(self.name + ".pdf", pagesize=A4, invariant=1, pageCompression=1)
        M = len(self.pages)
        for pno, page in enumerate(self.pages, 1):
            if pno == 1:
                # rijkslint + wordmark
                c.setFillColorRGB(0.08, 0.2, 0.45); c.rect(W / 2 - 12, H - 95, 22, 95, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.setFont(F, 10)
                y = H - 60
                for t in self.wordmark:
                    c.drawString(W / 2 + 18, y, t); y -= 12
                c.setFont(F, 6); c.drawString(LEFT, H - 150, self.retour)
                c.setFont(F, SIZE); y = H - 175
                for t in self.addressee:
                    c.drawString(LEFT, y, t); y -= LEAD
                y = H - 290
                c.setFont(F, 7); c.drawString(LEFT, y, "Datum")
                c.setFont(F, SIZE); c.drawString(LEFT + 55, y, self.datum); y -= LEAD
                c.setFont(F, 7); c.drawString(LEFT, y, "Betreft"); c.setFont(F, SIZE)
                for t in wrap(self.betreft, F, SIZE, TW - 55):
                    c.drawString(LEFT + 55, y, t); y -= LEAD
            side = self.side1 if pno == 1 else self.siden
            y = H - 150
            for font, t in side:
                c.setFont(font, 7); c.drawString(SIDEBAR, y, t); y -= 9.5
            c.setFont(F, 6.5); c.drawString(SIDEBAR, 40, f"Pagina {pno} van {M}")
            for op in page["ops"]:
                if op[0] == "rect":
                    c.setLineWidth(0.4); c.rect(*op[1:], stroke=1, fill=0)
                else:
                    x, y, t, font, size = op
                    draw_marked(c, x, y, t, font, size)
            if page["notes"]:
                n = len(page["notes"])
                top = NOTES_BOTTOM + NLEAD * (n - 1)
                c.setLineWidth(0.5); c.line(LEFT, top + 10, LEFT + 100, top + 10)
                y = top
                for marker, t in page["notes"]:
                    if marker:
                        c.setFont(F, self.mk[0]); c.drawString(LEFT, y + self.mk[1], marker)
                    c.setFont(F, NSIZE); c.drawString(LEFT + self.note_indent, y, t)
                    y -= NLEAD
            c.showPage()
        c.save()
        print(self.name, M, "pages")


TK = ["De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"]
e = ("", "")

def side(*items):
    out = []
    for it in items:
        if it == "":
            out.append((F, ""))
        elif it.startswith("*"):
            out.append((B, it[1:]))
        else:
            out.append((F, it))
    return out

SUBJ = ["De provincies", "De waterschappen", "De gemeenten", "De uitvoeringsorganisaties", "Het kabinet",
        "De sociale partners", "De toezichthouders", "De ketenpartners", "De betrokken sectoren", "De regio's",
        "De planbureaus", "De netbeheerders", "De adviesraden", "De veiligheidsregio's"]
VERB = ["werken aan een gezamenlijke aanpak voor", "hebben zorgen geuit over", "rapporteren jaarlijks over",
        "vragen om duidelijkheid over", "zien kansen in", "leveren een bijdrage aan", "hebben ervaring met",
        "onderzoeken de gevolgen van"]
OBJ = ["de uitvoering van de maatregelen in het landelijk gebied", "de financiering op de lange termijn",
       "de samenwerking tussen Rijk en regio", "de gevolgen voor burgers en bedrijven", "de beschikbaarheid van personeel",
       "de planning van de komende jaren", "de kwaliteit van de gegevens", "de afstemming met Europese regels",
       "de rol van de toezichthouder", "de ruimte voor maatwerk"]
_k = [0]


def sentence():
    k = _k[0]; _k[0] += 1
    return f"{SUBJ[k % len(SUBJ)]} {VERB[(k // 3) % len(VERB)]} {OBJ[(k * 7) % len(OBJ)]}."


class _Fill:
    def __add__(self, other):
        return str(self) + other

    def __radd__(self, other):
        return other + str(self)

    def __str__(self):
        return " ".join(sentence() for _ in range(4))


FILL = _Fill()


# ---------------------------------------------------------------------------------------------
# 1. LVVN: table, numbered headings (1., 2.1), note continued on next page whose continuation
#    starts with a number, `Hoogachtend,` at top of a new page, wrapped function after a comma.
L1 = Letter("letters-1-lvvn-tabel",
    ["Ministerie van Landbouw, Visserij,", "Voedselzekerheid en Natuur"],
    "> Retouradres Postbus 20401 2500 EK  Den Haag", TK, "14 mei 2025",
    "Stand van zaken mestplaatsingsruimte en de uitvoering van de derogatie-afbouw",
    side("*Directoraat-generaal Agro", "*Directie Plantaardige Productie", "", "Bezoekadres", "Bezuidenhoutseweg 73",
         "2594 AC  Den Haag", "", "Postadres", "Postbus 20401", "2500 EK  Den Haag", "", "Overheidsidentificatienr",
         "00000001858272854000", "", "T 070 379 8911 (algemeen)", "www.rijksoverheid.nl/lvvn", "", "*Ons kenmerk",
         "DGA-PP / 95481236", "", "*Bijlage(n)", "1"),
    side("*Directoraat-generaal Agro", "*Directie Plantaardige Productie", "", "*Ons kenmerk", "DGA-PP / 95481236"),
    {1: "Kamerstuk 33 037, nr. 560",
     2: "Uitvoeringsregeling Meststoffenwet, artikel 28a; de regeling is gewijzigd bij besluit van 3 februari 2025 "
        "(Stcrt. 2025, 4512) en geldt voor de jaren 2025 tot en met 2027, waarna de regeling wordt geëvalueerd in "
        "12 gemeenten met de grootste mestoverschotten.",
     3: "Rijksdienst voor Ondernemend Nederland, Monitor mestmarkt 2024, bijlage bij deze brief.",
     4: "Kamerstuk 33 037, nr. 571"},
    split_notes={2: 2})
L1.build([
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief informeer ik uw Kamer over de stand van de mestplaatsingsruimte en over de "
          "uitvoering van de afbouw van de derogatie.^1 Ik ga daarbij in op de cijfers over 2024, de "
          "maatregelen die ik neem en het vervolg."),
    ("h", "1. Aanleiding"),
    ("p", "In het commissiedebat Mestbeleid heb ik toegezegd uw Kamer voor de zomer te informeren over de "
          "ontwikkeling van de plaatsingsruimte per provincie. " + FILL),
    ("p", FILL + " Tegelijk moet de uitvoering eenvoudig blijven voor de agrariërs die er mee moeten werken."),
    ("h", "2. Cijfers over 2024"),
    ("h", "2.1 Plaatsingsruimte per provincie"),
    ("p", "De plaatsingsruimte is in 2024 verder afgenomen.^2 De onderstaande tabel geeft per provincie het "
          "aantal bedrijven met derogatie en de afname van de plaatsingsruimte ten opzichte van 2023."),
    ("table", [110, 75, 75, 70], [
        ["Provincie", "Bedrijven met derogatie", "Plaatsingsruimte (mln kg N)", "Afname t.o.v. 2023"],
        ["Friesland", "3.412", "41,2", "-6%"],
        ["Gelderland", "2.987", "35,8", "-8%"],
        ["Noord-Brabant", "1.204", "14,1", "-11%"],
        ["Overijssel", "2.566", "30,4", "-7%"],
        ["Totaal", "10.169", "121,5", "-8%"]]),
    ("p", "De afname is het grootst in Noord-Brabant.^3 " + FILL),
    ("h", "2.2 Mestverwerking"),
    ("p", "De capaciteit voor mestverwerking is in 2024 gegroeid, maar blijft achter bij de vraag. " + FILL),
    ("p", FILL),
    ("h", "3. Vervolg"),
    ("p", "Ik informeer uw Kamer in het najaar over de uitkomsten van het overleg met de sector.^4 " + FILL),
    ("p", "Daarnaast laat ik onderzoeken welke gevolgen de afbouw heeft voor de grondmarkt. " + FILL),
    ("break",),
    ("p", "Hoogachtend,"),
    ("gap", 1),
    ("lines", ["de minister van Landbouw, Visserij,", "Voedselzekerheid en Natuur,", "", "", "", "F.M. Wiersma"]),
]).render()

# ---------------------------------------------------------------------------------------------
# 2. SZW: bullets and numbered lists crossing page breaks (inside an item and between items),
#    sub-items a./b., unnumbered headings bold and italic, a body line starting with a number at
#    a page foot, no Hoogachtend, capitalised function on one line.
L2 = Letter("letters-2-szw-lijsten",
    ["Ministerie van Sociale Zaken en", "Werkgelegenheid"],
    "> Retouradres Postbus 90801 2509 LV  Den Haag", TK, "2 juni 2025",
    "Voortgangsbrief vereenvoudiging inkomensondersteuning",
    side("*Directie Inkomensbeleid", "", "Postbus 90801", "2509 LV  Den Haag", "Parnassusplein 5",
         "T 070 333 44 44", "", "www.rijksoverheid.nl", "", "*Onze referentie", "2025-0000118734", "", "*Bijlage(n)", "0"),
    side("*Directie Inkomensbeleid", "", "*Datum", "2 juni 2025", "", "*Onze referentie", "2025-0000118734"),
    {1: "Kamerstuk 29 544, nr. 1251", 3: "Kamerstuk 29 544, nr. 1260",
     2: "Zie https://www.rijksoverheid.nl/documenten/rapporten/2025/03/14/ibo-vereenvoudiging-inkomensondersteuning-eindrapport"})
L2.build([
    ("p", "Geachte voorzitter,"),
    ("p", "In mijn brief van 12 maart 2025^1 heb ik uw Kamer toegezegd voor de zomer te rapporteren over "
          "de vereenvoudiging van de inkomensondersteuning. Met deze brief doe ik dat."),
    ("h", "Waarom vereenvoudigen"),
    ("p", "Huishoudens met een laag inkomen krijgen te maken met veel regelingen tegelijk. " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL),
    ("p", "Uit het interdepartementaal beleidsonderzoek^2 blijkt dat de volgende knelpunten het vaakst voorkomen:"),
    ("li", "•", "de toeslagen worden vooraf uitgekeerd en achteraf teruggevorderd, waardoor huishoudens met "
               "schulden te maken krijgen;"),
    ("li", "•", "gemeenten hanteren verschillende normen voor de bijzondere bijstand, waardoor burgers in "
               "vergelijkbare situaties verschillend worden behandeld;"),
    ("li", "•", "de informatie over regelingen is versnipperd over websites van het Rijk, gemeenten en "
               "uitvoeringsorganisaties,¦zodat burgers niet weten waar zij recht op hebben en daardoor ook "
               "geen aanvraag indienen voor regelingen die hen financieel zouden helpen;"),
    ("li", "•", "de samenloop van regelingen leidt tot hoge marginale druk."),
    ("gap",),
    ("p", FILL),
    ("p", FILL + " " + FILL),
    ("h", "Wat ik ga doen", I),
    ("p", "Ik neem de volgende stappen:"),
    ("li", "1.", "Ik werk een wetsvoorstel uit voor een eenvoudiger huurtoeslag.^3"),
    ("li", "2.", "Ik maak met de VNG afspraken over een gemeenschappelijke norm, waarbij:"),
    ("li", "a.", "de norm geldt voor alle gemeenten;", 1),
    ("break",),
    ("li", "b.", "gemeenten ruimte houden voor maatwerk.", 1),
    ("li", "3.", "Ik richt een landelijk loket in voor vragen over inkomensondersteuning, samen met de "
                "Belastingdienst en de Sociale Verzekeringsbank."),
    ("li", "4.", "Ik laat de marginale druk jaarlijks doorrekenen door het Centraal Planbureau."),
    ("gap",),
    ("p", FILL),
    ("p", FILL),
    ("p", "De kosten van deze stappen bedragen in 2026 naar verwachting € 45 miljoen. Van dat bedrag gaat "
          "ongeveer 40 procent naar de uitvoering bij gemeenten en de rest naar de Belastingdienst en de "
          "Dienst Toeslagen, die de systemen moeten aanpassen."),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("h", "Vervolg"),
    ("p", "Ik stuur uw Kamer na de zomer het wetsvoorstel voor de huurtoeslag toe. " + FILL),
    ("p", FILL),
    ("p", FILL),
    ("p", FILL),
    ("lines", ["De Minister van Sociale Zaken en Werkgelegenheid,", "", "", "", "Y.J. van Hijum"]),
]).render()

# ---------------------------------------------------------------------------------------------
# 3. VWS: kamervragen — cover letter signed on page 1, the answers after it in the same PDF,
#    `Correspondentie uitsluitend…` block in the page-1 sidebar, function wrapped after its comma.
L3 = Letter("letters-3-vws-kamervragen",
    ["Ministerie van Volksgezondheid,", "Welzijn en Sport"],
    "> Retouradres Postbus 20350 2500 EJ  Den Haag", TK, "23 juni 2025",
    "Antwoorden Kamervragen over de wachttijden in de jeugdzorg",
    side("*Bezoekadres", "Parnassusplein 5", "2511 VX  Den Haag", "T 070 340 79 11", "F 070 340 78 34",
         "www.rijksoverheid.nl", "", "*Kenmerk", "4098765-1078123-J", "", "*Uw kenmerk", "2025Z12345", "",
         "*Bijlage(n)", "1", "", "Correspondentie uitsluitend", "richten aan het retouradres", "met vermelding van de datum",
         "en het kenmerk van deze", "brief."),
    side("*Kenmerk", "4098765-1078123-J"),
    {1: "NOS, 'Wachtlijsten jeugdzorg nergens zo lang als in Twente', 3 mei 2025.",
     3: "Kamerstuk 31 839, nr. 1044",
     2: "Nederlands Jeugdinstituut, Wachttijden in de jeugdzorg 2024, Utrecht 2025."})
L3.build([
    ("p", "Geachte voorzitter,"),
    ("p", "Hierbij zend ik u de antwoorden op de vragen van het lid Dobbe (SP) over de wachttijden in de "
          "jeugdzorg (2025Z12345, ingezonden 28 mei 2025)."),
    ("p", "Hoogachtend,"),
    ("lines", ["de staatssecretaris Jeugd, Preventie", "en Sport,", "", "", "", "V.P.G. Karremans"]),
    ("break",),
    ("h", "2025Z12345"),
    ("gap",),
    ("p", "Antwoorden van de staatssecretaris Jeugd, Preventie en Sport op vragen van het lid Dobbe (SP) over "
          "de wachttijden in de jeugdzorg (ingezonden 28 mei 2025)."),
    ("h", "Vraag 1"),
    ("p", "Bent u bekend met het bericht 'Wachtlijsten jeugdzorg nergens zo lang als in Twente'?^1", I),
    ("h", "Antwoord 1"),
    ("p", "Ja."),
    ("h", "Vraag 2"),
    ("p", "Hoeveel kinderen staan op dit moment op een wachtlijst voor specialistische jeugdzorg, en hoe lang "
          "is de gemiddelde wachttijd per regio?", I),
    ("h", "Antwoord 2"),
    ("p", "Er is geen landelijk beeld van het aantal kinderen op een wachtlijst. Gemeenten registreren wachttijden "
          "op verschillende manieren.^2 " + FILL),
    ("p", FILL),
    ("h", "Vraag 3 en 4"),
    ("p", "Wat vindt u van de situatie dat kinderen in Twente meer dan een jaar moeten wachten? Bent u bereid "
          "met de regio in gesprek te gaan?", I),
    ("h", "Antwoord 3 en 4"),
    ("p", "Ik vind wachttijden van meer dan een jaar onaanvaardbaar. In de Hervormingsagenda Jeugd^3 hebben Rijk "
          "en gemeenten afgesproken de wachttijden terug te dringen. " + FILL),
    ("p", FILL + " " + FILL),
    ("h", "Vraag 5"),
    ("p", "Welke maatregelen neemt u om de wachttijden op korte termijn te verkorten?", I),
    ("h", "Antwoord 5"),
    ("p", "Ik neem de volgende maatregelen:"),
    ("li", "-", "ik stel een regionaal expertteam in dat vastgelopen casuïstiek oppakt;"),
    ("li", "-", "ik vraag de Inspectie Gezondheidszorg en Jeugd toezicht te houden op de wachttijden."),
    ("gap",),
    ("p", FILL + " " + FILL),
    ("p", FILL),
    ("h", "Vraag 6"),
    ("p", "Kunt u deze vragen afzonderlijk en binnen de gebruikelijke termijn beantwoorden?", I),
    ("h", "Antwoord 6"),
    ("p", "Ik heb de vragen zo snel mogelijk beantwoord. " + FILL),
    ("p", FILL + " " + FILL),
]).render()

# ---------------------------------------------------------------------------------------------
# 4. Two ministries: IenW letterhead, signed side by side by IenW and LVVN, functions of different
#    length (one line vs three), a note on the signature page.
L4 = Letter("letters-4-ienw-lvvn-samen",
    ["Ministerie van Infrastructuur en", "Waterstaat"],
    "> Retouradres Postbus 20901 2500 EX  Den Haag", TK, "3 juli 2025",
    "Kabinetsreactie op het advies van de Deltacommissaris over zoetwater",
    side("*Ministerie van Infrastructuur en", "*Waterstaat", "", "Rijnstraat 8", "2515 XP  Den Haag", "Postbus 20901",
         "2500 EX  Den Haag", "", "T 070-456 0000", "F 070-456 1111", "", "*Ons kenmerk", "IENW/BSK-2025/164523", "",
         "*Bijlage(n)", "2"),
    side("*Ministerie van Infrastructuur en", "*Waterstaat", "", "*Datum", "3 juli 2025", "", "*Ons kenmerk",
         "IENW/BSK-2025/164523"),
    {1: "Deltacommissaris, Advies zoetwatervoorziening 2050, 12 mei 2025.",
     2: "Kamerstuk 27 625, nr. 640", 3: "Kamerstuk 27 625, nr. 651",
     4: "Het Deltaprogramma 2026 verschijnt op Prinsjesdag."})
L4.build([
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief reageren wij, mede namens de minister van Landbouw, Visserij, Voedselzekerheid en "
          "Natuur, op het advies van de Deltacommissaris over de zoetwatervoorziening.^1"),
    ("h", "Het advies"),
    ("p", "De Deltacommissaris adviseert de watervraag in droge perioden te beperken. " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("h", "Reactie van het kabinet"),
    ("p", "Het kabinet neemt het advies over.^2 " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL),
    ("h", "Vervolg"),
    ("p", "Wij werken de maatregelen uit in het Deltaprogramma.^3 " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL),
    ("p", "Wij informeren uw Kamer bij het volgende Deltaprogramma over de voortgang.^4"),
    ("p", "Hoogachtend,"),
    ("sign", [["De minister van Infrastructuur en", "Waterstaat,", "", "", "", "B. Madlener"],
              ["De minister van Landbouw, Visserij,", "Voedselzekerheid en Natuur,", "", "", "", "F.M. Wiersma"]]),
]).render()

# ---------------------------------------------------------------------------------------------
# 5. JenV: `Bij beantwoording…` sidebar block, `De Minister van Justitie en Veiligheid,`, a
#    `Bijlagen` list after the signature, URL note broken over lines, two-digit notes.
notes5 = {n: f"Kamerstuk 29 279, nr. {800 + n}" for n in range(1, 15)}
notes5[4] = ("WODC, Evaluatie van de Wet herziening tenlastelegging, "
             "https://repository.wodc.nl/bitstream/handle/20.500.12832/3412/3456-evaluatie-wet-herziening-tenlastelegging-volledige-tekst.pdf")
L5 = Letter("letters-5-jenv-bijlagen",
    ["Ministerie van Justitie en Veiligheid"],
    "> Retouradres Postbus 20301 2500 EH  Den Haag", TK, "10 april 2025",
    "Voortgang versterking strafrechtketen",
    side("*Directoraat-Generaal Straffen", "*en Beschermen", "*Directie Justitiële Jeugd", "", "Turfmarkt 147",
         "2511 DP  Den Haag", "Postbus 20301", "2500 EH  Den Haag", "www.rijksoverheid.nl/jenv", "", "*Ons kenmerk",
         "6234178", "", "*Bijlage(n)", "3", "", "Bij beantwoording de datum", "en ons kenmerk vermelden.",
         "Wilt u slechts één zaak in", "uw brief behandelen."),
    side("*Directoraat-Generaal Straffen", "*en Beschermen", "*Directie Justitiële Jeugd", "", "*Datum", "10 april 2025",
         "", "*Ons kenmerk", "6234178"),
    notes5)
flow5 = [("p", "Geachte voorzitter,"),
         ("p", "Hierbij informeer ik uw Kamer over de voortgang van de versterking van de strafrechtketen.^1 "
               "Deze brief is de zesde voortgangsbrief.^2")]
heads5 = ["Doorlooptijden", "Capaciteit bij de rechtspraak", "Slachtofferrechten", "Digitalisering", "Financiën"]
n = 3
for h in heads5:
    flow5.append(("h", h))
    flow5.append(("p", f"Op het terrein van {h.lower()} is vooruitgang geboekt.^{n} " + FILL))
    n += 1
    flow5.append(("p", FILL + " " + FILL))
    flow5.append(("p", FILL + f" De ketenpartners rapporteren elk kwartaal.^{n}"))
    n += 1
flow5 += [("p", "Ik informeer uw Kamer in het najaar over de volgende stappen.^" + str(n)),
          ("p", "De Minister van Justitie en Veiligheid,"), ("gap", 2),
          ("p", "D.M. van Weel"), ("gap", 1),
          ("lines", ["Bijlagen:"]),
          ("li", "1.", "Voortgangsrapportage strafrechtketen, eerste kwartaal 2025"),
          ("li", "2.", "WODC-rapport Evaluatie van de Wet herziening tenlastelegging"),
          ("li", "3.", "Beleidsreactie op het rapport van de Inspectie Justitie en Veiligheid")]
L5.build(flow5).render()

# ---------------------------------------------------------------------------------------------
# 6. Financiën: a page ending in a paragraph with a note, then the last page opening with a lowercase
#    function (no Hoogachtend); `Uw brief (kenmerk)` with a zaak; `Datum` in the sidebar.
L6 = Letter("letters-6-fin-noot-ondertekening",
    ["Ministerie van Financiën"],
    "> Retouradres Postbus 20201 2500 EE  Den Haag", TK, "19 september 2025",
    "Reactie op verzoek commissie over de kosten van de hypotheekrenteaftrek",
    side("*Directie Algemene Fiscale", "*Politiek", "", "Korte Voorhout 7", "2511 CW  Den Haag", "Postbus 20201",
         "2500 EE  Den Haag", "www.rijksoverheid.nl/fin", "", "*Ons kenmerk", "2025-0000241876", "",
         "*Uw brief (kenmerk)", "2025Z15321", "", "*Bijlage(n)", "1"),
    side("*Directie Algemene Fiscale", "*Politiek", "", "*Ons kenmerk", "2025-0000241876"),
    {1: "Brief van de vaste commissie voor Financiën van 4 september 2025, kenmerk 2025Z15321.",
     2: "Centraal Planbureau, Verkenning middellange termijn 2026-2029, maart 2025.",
     3: "Kamerstuk 32 140, nr. 201"})
L6.build([
    ("p", "Geachte voorzitter,"),
    ("p", "De vaste commissie voor Financiën heeft mij gevraagd^1 in te gaan op de kosten van de "
          "hypotheekrenteaftrek. Met deze brief voldoe ik aan dat verzoek."),
    ("h", "Kosten"),
    ("p", "De hypotheekrenteaftrek kost in 2025 naar verwachting € 10,4 miljard. " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("h", "Verdeling over inkomensgroepen"),
    ("p", "Het voordeel van de aftrek komt vooral terecht bij hogere inkomens.^2 " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL),
    ("p", FILL),
    ("p", "Ik ga graag met uw Kamer in gesprek over de verdere afbouw van de aftrek.^3"),
    ("break",),
    ("lines", ["de minister van Financiën,", "", "", "", "E. Heinen"]),
]).render()

# ---------------------------------------------------------------------------------------------
# 7. Asiel en Migratie: headings numbered without a dot (`1 Inleiding`), lettered headings, a heading
#    as the last line of a page, a heading with a note marker, a compound hyphen at a line end,
#    `Met vriendelijke groet,` and the function after the name.
L7 = Letter("letters-7-aenm-koppen",
    ["Ministerie van Asiel en Migratie"],
    "> Retouradres Postbus 20011 2500 EA  Den Haag", TK, "7 november 2025",
    "Uitvoering van de Spreidingswet en de opvang van asielzoekers in de gemeenten",
    side("*Directoraat-generaal Migratie", "", "Turfmarkt 147", "2511 DP  Den Haag", "Postbus 20011", "2500 EA  Den Haag",
         "www.rijksoverheid.nl/aenm", "", "*Ons kenmerk", "6712345", "", "*Uw kenmerk", "", "*Bijlage(n)", "-"),
    side("*Directoraat-generaal Migratie", "", "*Datum", "7 november 2025", "", "*Ons kenmerk", "6712345"),
    {1: "Kamerstuk 19 637, nr. 3301", 3: "Kamerstuk 19 637, nr. 3322",
     2: "COA, Kwartaalrapportage opvang, derde kwartaal 2025."})
L7.build([
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief informeer ik uw Kamer over de opvang van asielzoekers en de uitvoering van de "
          "afspraken met de gemeenten.^1"),
    ("h", "1 Inleiding"),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("h", "2 Stand van de opvang^2"),
    ("lines", ["Het aantal bewoners van de opvang bedroeg op 1 oktober 2025 ruim 68.000. Het",
               "Centraal Orgaan opvang asielzoekers voert de opvang uit in het kader van het asiel-",
               "en migratiebeleid, samen met de gemeenten in Noord- en Zuid-Holland. Zij maken",
               "daarbij gebruik van tijdelijke locaties, zoals paviljoens en voormalige kantoor-",
               "gebouwen."]),
    ("gap",),
    ("h", "A. Noodopvang"),
    ("p", FILL + " " + FILL),
    ("p", FILL),
    ("h", "B. Reguliere opvang"),
    ("break",),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL + " " + FILL),
    ("h", "3 Financiering"),
    ("p", "De gemeenten ontvangen een vergoeding per opvangplek.^3 " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL),
    ("p", "Met vriendelijke groet,"), ("gap", 2),
    ("lines", ["M.H. Klever", "Minister van Asiel en Migratie"]),
]).render()

# ---------------------------------------------------------------------------------------------
# 8. VWS: answers in the letter body itself (Vraag N / Antwoord N before the closing), `Uw brief`
#    with the zaak, a place name hyphenated at a line end, function wrapped after its comma,
#    `Met vriendelijke groet,`.
L8 = Letter("letters-8-vws-vragen-in-brief",
    ["Ministerie van Volksgezondheid,", "Welzijn en Sport"],
    "> Retouradres Postbus 20350 2500 EJ  Den Haag", TK, "30 juni 2025",
    "Beantwoording vragen van het lid Tielen over de acute zorg in de regio",
    side("*Bezoekadres", "Parnassusplein 5", "2511 VX  Den Haag", "T 070 340 79 11", "www.rijksoverheid.nl", "",
         "*Kenmerk", "4101234-1079001-CZ", "", "*Uw brief", "2025Z11876", "", "*Bijlage(n)", "0", "",
         "Correspondentie uitsluitend", "richten aan het retouradres", "met vermelding van de datum",
         "en het kenmerk van deze", "brief."),
    side("*Kenmerk", "4101234-1079001-CZ"),
    {1: "Kamerstuk 29 247, nr. 455", 2: "Nederlandse Zorgautoriteit, Monitor acute zorg 2025, juni 2025."})
L8.build([
    ("p", "Geachte voorzitter,"),
    ("p", "Hierbij beantwoord ik de vragen van het lid Tielen (VVD) over de acute zorg in de regio, ingezonden "
          "op 20 mei 2025."),
    ("h", "Vraag 1"),
    ("p", "Klopt het dat de spoedeisende hulp in Zeeland vanaf 1 september 's nachts sluit?", I),
    ("h", "Antwoord 1"),
    ("lines", ["Nee. De spoedeisende hulp in Vlissingen blijft open. Wel gaan de ziekenhuizen in",
               "Zeeland en West-Brabant nauwer samenwerken, zodat patiënten uit Zeeuws-",
               "Vlaanderen ook in Terneuzen en Bergen op Zoom terechtkunnen.^1"]),
    ("gap",),
    ("h", "Vraag 2"),
    ("p", "Hoe lang is de aanrijtijd van de ambulance in de betrokken gemeenten?", I),
    ("h", "Antwoord 2"),
    ("p", "In 2024 was de ambulance in 93 procent van de spoedritten binnen vijftien minuten ter plaatse.^2 " + FILL),
    ("p", FILL + " " + FILL),
    ("h", "Vraag 3"),
    ("p", "Bent u bereid de normen voor de aanrijtijd te herzien?", I),
    ("h", "Antwoord 3"),
    ("p", "Ik laat de normen in 2026 evalueren. " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", FILL + " " + FILL),
    ("p", "Met vriendelijke groet,"),
    ("lines", ["De minister van Volksgezondheid,", "Welzijn en Sport,", "", "", "", "E.J. Agema"]),
]).render()
