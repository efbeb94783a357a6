#!/usr/bin/env python3
"""Generate a benchmark corpus of BNC-fiche page dumps and PDF-extracted Kamerbrieven.

Deterministic: the same seed and size give the same bytes. Document i depends only on the seed and
i (it cites only documents before it), so the corpus of 100 is the first 100 documents of the
corpus of 10,000 and the sizes can be compared.

The running text is recombined from bench/text/sentences.txt (sentences taken from the two seed
documents); the structure (page chrome, numbered sections, pillars, pandoc notes for fiches; double
spacing, trailing spaces, page-bottom notes, heading lines for letters) follows the seeds.

    python3 bench/generate_corpus.py --count 1000 --out .bench/corpus-1000 [--seed 1]

Writes NNNNN-fiche-….txt, NNNNN-brief-….txt (+ .yml sidecars for most letters) and manifest.json.
Python 3 standard library only.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

ORDINALS = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste"]
COUNT_WORDS = {3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
OPENERS = ["Allereerst de pijler over de", "Ten tweede, over de", "Ten derde over de", "Ten vierde, over het",
           "Ten vijfde, over de", "Ten zesde, over de", "Ten zevende, over de"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]

FICHE_TOPICS = [
    "Battery Booster-strategie", "RESourceEU Actieplan", "Industrial Accelerator Act", "Clean Industrial Deal",
    "Critical Raw Materials Act", "Netto-nul-industrieverordening", "Automotive Action Plan", "Batterijverordening",
    "Europese Waterstofbank", "Actieplan betaalbare energie", "Circular Economy Act", "Chips Act 2.0",
    "Europese Defensie-industriestrategie", "Strategie voor de interne markt", "Competitiveness Coordination Tool",
    "European Grids Package", "Omnibus duurzaamheidsrapportage", "Startup- en scale-upstrategie",
    "Europees Concurrentievermogensfonds", "Actieplan staal en metalen", "Bio-economiestrategie",
    "Quantum Europe Strategy", "Life Sciences Strategy", "Apply AI Strategy", "Data Union Strategy",
]
FICHE_KINDS = ["Mededeling", "Verordening", "Richtlijn", "Aanbeveling", "Besluit"]
PILLAR_TOPICS = [
    "financiële steun voor opschaling van productie", "ontwikkeling van een veerkrachtige upstream waardeketen",
    "zorgen voor een gelijk speelveld en waardevolle investeringen",
    "stimuleren van vraag naar in de EU geproduceerde producten", "versterking van onderzoek, innovatie en vaardigheden",
    "Europese coördinatie en governance", "vereenvoudiging van vergunningverlening", "toegang tot kritieke grondstoffen",
    "circulariteit en recycling", "versterking van de interne markt", "internationale partnerschappen",
    "betaalbare en schone energie", "digitalisering van de industrie", "weerbaarheid van toeleveringsketens",
    "opleiding en omscholing van werknemers", "publieke aanbestedingen en vraagcreatie",
]
LETTER_PILLARS = [
    "Grondstoffen", "Circulariteit", "Veiligheid", "Economische perspectieven", "Energiesysteem", "Mobiliteit",
    "Kennis en innovatie", "Arbeidsmarkt", "Internationale samenwerking", "Financiering", "Netcongestie",
    "Regelgeving", "Defensie", "Gebouwde omgeving",
]
ACTION_VERBS = ["Bevorderen", "Stimuleren", "Verbeteren", "Versterken", "Uitvoeren", "Onderzoeken", "Invoeren",
                "Vaststellen", "Verminderen", "Ondersteunen", "Ontwikkelen", "Verkennen"]
ACTION_OBJECTS = [
    "beschikbaarheid grondstoffen", "verantwoorde winning batterijgrondstoffen", "producentenverantwoordelijkheid",
    "batterijbranden bij afvalverwerkers", "circulaire batterijen", "kennis veiligheid", "internationale standaarden laadpalen",
    "innovatie gebouwde omgeving", "flexibiliteit in het energiesysteem", "EV-batterijcheck",
    "personeel op batterijgebied", "samenwerking met buurlanden", "opschaling innovatieve batterijtechnologie",
    "toezicht op de naleving", "recyclingcapaciteit in Nederland", "financiering van startups",
    "kennisdeling binnen de sector", "vergunningverlening voor opslag", "bi-directioneel laden",
    "dubbele heffing energiebelasting bij batterijopslag", "regels voor thuisbatterijen",
]
# Papers that many documents cite, by dossier; each gets a few ondernummers. Weighted by rank below.
DOSSIERS = ["21501-30", "29826", "31209", "32852", "33009", "36410-L", "29023", "32813", "31305", "36202",
            "32637", "22112", "35925", "30196", "36124"]
LETTER_DOSSIERS = ["32852", "29023", "33009", "31209", "36410-L", "29826", "30196"]
SITES = ["www.rijksoverheid.nl/documenten/rapporten", "www.tweedekamer.nl/kamerstukken/brieven_regering",
         "eur-lex.europa.eu/legal-content/NL/TXT", "www.rvo.nl/onderwerpen", "open.overheid.nl/documenten",
         "www.cbs.nl/nl-nl/publicatie"]
REPORTS = ["Tennet, TenneT Adequacy Outlook {y}, mei {y}.",
           "CE Delft, Beleid voor grootschalige batterijsystemen en afnamenetcongestie, april {y}.",
           "Voortgangsrapportage Nationale Grondstoffenstrategie (december {y}).",
           "Stichting Open, Plan van Aanpak V2.0 (stichting-open.org).",
           "Nederlandse naam nog niet bekend",
           "Slim laden voor iedereen {y} - {y2} (agendalaadinfrastructuur.nl)."]
PAGE_CHROME = (
    "[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies] [geschenken] [kamerleden] "
    "[kamerstukdossiers] [🧑mijn] [open vragen]\n[toezeggingen] [stemmingen] [verslagen] [🔍 uitgebreid zoeken] "
    "[wat is dit?]\n")


def vergaderjaar(year):
    return f"{year}/{(year + 1) % 100:02d}"


class Pool:
    """The Kamerstukken documents cite: popular pool papers, random papers, and earlier documents."""

    def __init__(self, seed):
        rng = random.Random(f"{seed}-pool")
        self.papers = []
        for rank, dossier in enumerate(DOSSIERS):
            for _ in range(max(3, 14 - rank)):
                self.papers.append((dossier, str(rng.randint(1, 1300 if dossier != "36410-L" else 12))))
        rng.shuffle(self.papers)
        # Zipf-like popularity: a few papers are cited by a large share of the documents.
        self.weights = [1.0 / (i + 1) ** 1.1 for i in range(len(self.papers))]

    def pick(self, rng, earlier):
        roll = rng.random()
        if earlier and roll < 0.15:
            # An earlier document of the corpus, biased towards the first ones (they get cited a lot).
            index = min(int(rng.paretovariate(1.2)) - 1, len(earlier) - 1)
            return earlier[-1 - index] if rng.random() < 0.3 else earlier[index]
        if roll < 0.30:
            return (str(rng.randint(25000, 36700)), str(rng.randint(1, 400)))
        return rng.choices(self.papers, self.weights)[0]


def kamerstuk_id(i, kind):
    """Each document's own Kamerstuk (unique per index)."""
    if kind == "fiche":
        return ("22112", str(3000 + i))
    return (LETTER_DOSSIERS[i % len(LETTER_DOSSIERS)], str(2000 + i // len(LETTER_DOSSIERS)))


def doc_kind(i):
    return "fiche" if random.Random(f"kind-{i}").random() < 0.5 else "kamerbrief"


def citation_text(rng, paper, style, year):
    dossier, nr = paper
    if style == "fiche":
        shown = dossier.replace("21501-", "21 501-") if rng.random() < 0.3 else dossier
        if dossier == "22112" and rng.random() < 0.5:
            return f"Kamerstukken II {vergaderjaar(year)}, 22112-{nr}"
        return f"Kamerstukken II {vergaderjaar(year)}, {shown}, nr. {nr}"
    comma = "," if rng.random() < 0.4 else ""
    return f"Kamerstuk {dossier}{comma} nr. {nr}."


def note_text(rng, pool, earlier, style, year):
    roll = rng.random()
    if roll < 0.70:
        text = citation_text(rng, pool.pick(rng, earlier), style, year)
        if style == "fiche" and rng.random() < 0.1:
            text += "; bijlage Groeimarkten voor Nederland."
        return text
    if roll < 0.76:
        return f"Stb. {rng.randint(2005, year)}, {rng.randint(1, 560)}" if rng.random() < 0.6 \
            else f"Staatsblad {rng.randint(2005, year)}, {rng.randint(1, 560)}"
    if roll < 0.82:
        return f"Stcrt. {rng.randint(2010, year)}, {rng.randint(1000, 40000)}"
    if roll < 0.90:
        return f"https://{rng.choice(SITES)}/{rng.randint(2019, year)}/{rng.randint(1, 12):02d}/document-{rng.randint(100, 99999)}"
    if roll < 0.93:
        return f"Handelingen II {vergaderjaar(year - 1)}, nr. {rng.randint(1, 100)}, item {rng.randint(1, 30)}"
    return rng.choice(REPORTS).format(y=year - 1, y2=year + 1)


class Sentences:
    def __init__(self, rng, sentences):
        self.rng = rng
        self.sentences = sentences

    def paragraph(self, lo=3, hi=8):
        return [self.rng.choice(self.sentences) for _ in range(self.rng.randint(lo, hi))]


def glue_marker(rng, sentence, number):
    """Glue a footnote marker to a word of the sentence (often its last word, before the full stop).

    Returns the words and the index of the word that carries the marker."""
    words = sentence.split(" ")
    if rng.random() < 0.5 and words[-1].endswith("."):
        words[-1] = words[-1][:-1] + (f"{number}." if rng.random() < 0.6 else f".{number}")
        return words, len(words) - 1
    # A word, or a year ("december 20221"), gets the number glued on.
    candidates = [k for k, w in enumerate(words[:-1]) if re.fullmatch(r"[A-Za-zëïéüö\-]{4,}|\d{4}", w)]
    if not candidates:
        words[-1] = words[-1].rstrip(".") + f"{number}."
        return words, len(words) - 1
    k = rng.choice(candidates)
    words[k] = words[k] + str(number)
    return words, k


# --- fiche ---------------------------------------------------------------------------------------

def make_fiche(i, rng, text, pool, earlier, target):
    year = rng.randint(2019, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    topic = rng.choice(FICHE_TOPICS)
    title = f"{rng.choice(FICHE_KINDS)} {topic}" + (f" ({rng.randint(2, 9)})" if rng.random() < 0.3 else "")
    fiche_number = rng.randint(1, 60)
    npillars = rng.randint(3, 8)
    pillars = rng.sample(PILLAR_TOPICS, npillars)
    own = kamerstuk_id(i, "fiche")
    notes = []

    def mark(sentence):
        notes.append(note_text(rng, pool, earlier, "fiche", year))
        return " ".join(glue_marker(rng, sentence, len(notes))[0])

    def body(n_paragraphs, marker_rate):
        out = []
        for _ in range(n_paragraphs):
            sentences = text.paragraph(2, 7)
            sentences = [mark(s) if rng.random() < marker_rate else s for s in sentences]
            out.append(" ".join(sentences))
        return out

    out = [PAGE_CHROME, f"Fiche: {title}\n",
           "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie\n", "Brief regering\n",
           f"Nummer: {year}D{rng.randint(0, 99999):05d}, datum: {year}-{month:02d}-{day:02d}, bijgewerkt: "
           f"{year}-{month:02d}-{min(day + 7, 28):02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}, versie: {rng.randint(1, 3)}\n",
           "Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.\n",
           "Gerelateerde personen: Bijlagen:\n",
           f"Onderdeel van kamerstukdossier {own[0]} -{own[1]} Nieuwe Commissievoorstellen en initiatieven van de "
           "lidstaten van de Europese Unie.\n",
           f"Onderdeel van zaak {year}Z{rng.randint(0, 99999):05d}:\n", "Onderdeel van activiteiten:\n",
           "Preview document (🔗 origineel)\n\n", f"Fiche {fiche_number}: {title}\n", "  1. Algemene gegevens\n"]
    general = [("Titel voorstel", f"Mededeling van de Commissie “{topic}”"),
               ("Datum ontvangst Commissiedocument", f"{day} {MONTHS[month - 1]} {year}"),
               ("Nr. Commissiedocument", f"COM({year}) {rng.randint(10, 999)}"),
               ("EUR-Lex", f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:5{year}DC{rng.randint(10, 999):04d}"),
               ("Nr. impact assessment Commissie en Opinie", "Niet opgesteld"),
               ("Behandelingstraject Raad", rng.choice(["Raad voor Concurrentievermogen", "Raad Algemene Zaken",
                                                        "Energieraad", "Raad Buitenlandse Zaken (Handel)"])),
               ("Eerstverantwoordelijk ministerie", rng.choice(["Ministerie van Economische Zaken",
                                                                "Ministerie van Klimaat en Groene Groei",
                                                                "Ministerie van Infrastructuur en Waterstaat"]))]
    for label, value in general:
        out += [f"  1. {label}\n", f"{value}\n"]

    # Essentie voorstel: introduction, the enumeration of pillars, one paragraph (or more) per pillar.
    out.append("  1. Essentie voorstel\n")
    out += [p + "\n" for p in body(2, 0.0)]
    enum = [f"De {topic}{'' if rng.random() < 0.3 else ' '}bestaat uit {COUNT_WORDS[npillars]} pijlers."]
    for k, p in enumerate(pillars):
        if k == npillars - 1:
            enum.append(f"Tenslotte, over de {p}.")
        else:
            enum.append(f"{OPENERS[k]} {p}.")
    enum.append("Hieronder volgt een toelichting per pijler.")
    out.append(" ".join(enum) + "\n")
    for k, p in enumerate(pillars):
        if k == npillars - 1 and rng.random() < 0.5:
            first = f"Als onderdeel van de {ORDINALS[k]} pijler, {p}, introduceert de Commissie een nieuw instrument."
        else:
            first = f"De {ORDINALS[k]} pijler ziet toe op de {p}."
        paragraphs = body(rng.randint(1, 2), 0.0)
        paragraphs[0] = first + " " + paragraphs[0]
        out += [p + "\n" for p in paragraphs]

    # The cabinet's position: most footnote markers live here.
    budget = target - sum(len(s.encode()) for s in out)
    per_paragraph = 670
    out.append("  1. Nederlandse positie ten aanzien van het voorstel\n")
    out.append("  1. Essentie Nederlands beleid op dit terrein\n")
    n_rest = max(8, budget // per_paragraph)
    n_policy = n_rest // 5
    out += [p + "\n" for p in body(n_policy, 0.12)]
    out.append("  1. Beoordeling + inzet ten aanzien van dit voorstel\n")
    n_position = n_rest // 2
    per_pillar = max(1, n_position // npillars)
    out += [p + "\n" for p in body(2, 0.06)]
    for k in range(npillars):
        style = rng.random()
        if style < 0.4:
            named = f"Ten aanzien van pijler {ROMAN[k]} ondersteunt het kabinet de inzet van de Commissie."
        elif style < 0.6:
            named = f"Het kabinet herkent de in Pijler {ROMAN[k]} ({pillars[k]}) geschetste situatie."
        elif style < 0.8:
            named = f"Ten aanzien van pijler {k + 1} is het kabinet positief over de voorgestelde maatregelen."
        else:
            named = f"In Pijler {ROMAN[k]}: {pillars[k]} onderstreept de Commissie het belang van samenwerking."
        paragraphs = body(per_pillar, 0.06)
        paragraphs[0] = named + " " + paragraphs[0]
        out += [p + "\n" for p in paragraphs]
    out.append("In de conclusie meldt de Commissie nog dat zij direct aan de slag gaat. " + " ".join(text.paragraph(1, 2)) + "\n")
    out.append("  1. Eerste inschatting van krachtenveld\n")
    out += [p + "\n" for p in body(max(2, n_rest // 12), 0.05)]
    out.append("  1. Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen "
               "en gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten\n")
    subs = ["Bevoegdheid", "Subsidiariteit", "Proportionaliteit", "Financiële gevolgen",
            "Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten"]
    left = max(len(subs), n_rest - n_policy - n_position - n_rest // 12)
    for sub in subs:
        out.append(f"  1. {sub}\n")
        paragraphs = body(max(1, left // len(subs)), 0.04)
        if sub in ("Bevoegdheid", "Subsidiariteit", "Proportionaliteit"):
            paragraphs[0] = f"De grondhouding van het kabinet is {rng.choice(['positief', 'neutraal', 'negatief'])}. " + paragraphs[0]
        out += [p + "\n" for p in paragraphs]
    out.append("\n")
    out += [f"  {k}. {note}↩︎\n" for k, note in enumerate(notes, 1)]
    return "\n".join(out), {"kind": "fiche", "title": title, "kamerstuk": f"{own[0]}-{own[1]}", "pillars": npillars,
                            "footnotes": len(notes), "actions": 0}


# --- letter --------------------------------------------------------------------------------------

class PageWriter:
    """Lays out a letter the way PDF extraction leaves it: wrapped, double-spaced lines with trailing
    spaces, space-only paragraph breaks and notes at the bottom of the page their marker is on."""

    def __init__(self, rng, width):
        self.rng = rng
        self.width = width
        self.out = []
        self.lines_on_page = 0
        self.page_notes = []
        self.page_size = rng.randint(40, 48)
        self.double = True

    def line(self, text):
        self.out.append(text + " \n")
        if self.double:
            self.out.append("\n")
        self.lines_on_page += 1
        if self.lines_on_page >= self.page_size:
            self.page_break()

    def page_break(self):
        if self.page_notes:
            self.out.append(" \n")
            for number, note in self.page_notes:
                self.out.append(f"{number} {note} \n")
        self.out.append("\n\n\n")
        self.page_notes = []
        self.lines_on_page = 0
        self.page_size = self.rng.randint(40, 48)
        # Some pages come out single-spaced.
        self.double = self.rng.random() < 0.85

    def paragraph_break(self):
        self.out.append(" \n")
        if self.double:
            self.out.append("\n")

    def heading(self, text):
        self.out.append(text + ("  \n" if self.rng.random() < 0.5 else " \n"))
        self.out.append("\n")
        self.lines_on_page += 1

    def wrap(self, words_with_notes):
        """Words (with any glued notes) wrapped at the page width; notes go to this page's bottom."""
        current = []
        length = 0
        for word, notes in words_with_notes:
            if current and length + 1 + len(word) > self.width:
                self.line(" ".join(w for w, _ in current))
                for _, ns in current:
                    self.page_notes += ns
                current, length = [], 0
            current.append((word, notes))
            length += len(word) + (1 if length else 0)
        if current:
            self.line(" ".join(w for w, _ in current))
            for _, ns in current:
                self.page_notes += ns


def make_letter(i, rng, text, pool, earlier, target):
    year = rng.randint(2019, 2026)
    npillars = rng.randint(3, 8)
    pillar_titles = rng.sample(LETTER_PILLARS, npillars)
    used = set()
    writer = PageWriter(rng, rng.randint(92, 100))
    notes = 0
    actions_total = 0
    avg_paragraph = 730
    n_actions = [rng.randint(2, 5) for _ in range(npillars)]
    per_action = max(1, int(target / avg_paragraph / sum(n_actions)))

    def words_of(sentences):
        nonlocal notes
        words = []
        for s in sentences:
            if rng.random() < 0.07:
                notes += 1
                marked, at = glue_marker(rng, s, notes)
                note = (notes, note_text(rng, pool, earlier, "letter", year))
                words += [(w, [note] if k == at else []) for k, w in enumerate(marked)]
            else:
                words += [(w, []) for w in s.split(" ")]
        return words

    first = True
    for k, pillar in enumerate(pillar_titles):
        if not first:
            writer.paragraph_break()
        writer.heading(("" if k else " ") + pillar)
        writer.paragraph_break()
        first = False
        for a in range(n_actions[k]):
            while True:
                action = f"{rng.choice(ACTION_VERBS)} {rng.choice(ACTION_OBJECTS)}"
                if action not in used:
                    used.add(action)
                    break
            if a:
                writer.paragraph_break()
            writer.heading(action)
            actions_total += 1
            for p in range(rng.randint(max(1, per_action - 1), per_action + 1)):
                if p:
                    writer.paragraph_break()
                writer.wrap(words_of(text.paragraph(3, 7)))
    writer.paragraph_break()
    writer.page_break()
    own = kamerstuk_id(i, "kamerbrief")
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    meta = {"kind": "kamerbrief", "title": f"Voortgangsbrief {pillar_titles[0].lower()} en {pillar_titles[-1].lower()} {year}",
            "kamerstuk": f"{own[0]} nr. {own[1]}", "date": f"{year}-{month:02d}-{day:02d}", "pillars": npillars,
            "footnotes": notes, "actions": actions_total}
    return "".join(writer.out), meta


def slug(text):
    text = text.lower()
    for a, b in (("ë", "e"), ("é", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60]


def generate(count, out, seed, fiche_size, letter_size, sidecars):
    sentences = [s for s in open(os.path.join(HERE, "text", "sentences.txt"), encoding="utf-8").read().split("\n") if s]
    pool = Pool(seed)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    earlier = []
    manifest = {"seed": seed, "count": count, "documents": []}
    total = 0
    for i in range(count):
        rng = random.Random(f"{seed}-doc-{i}")
        text = Sentences(rng, sentences)
        kind = doc_kind(i)
        if kind == "fiche":
            body, meta = make_fiche(i, rng, text, pool, earlier, int(fiche_size * rng.uniform(0.8, 1.2)))
        else:
            body, meta = make_letter(i, rng, text, pool, earlier, int(letter_size * rng.uniform(0.8, 1.2)))
        name = f"{i:05d}-{'fiche' if kind == 'fiche' else 'brief'}-{slug(meta['title'])}"
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        if kind == "kamerbrief" and sidecars and rng.random() < 0.8:
            with open(os.path.join(out, name + ".yml"), "w", encoding="utf-8", newline="\n") as f:
                f.write(f"title: {meta['title']}\ndate: {meta['date']}\nkamerstuk: {meta['kamerstuk']}\n")
            meta["sidecar"] = True
        own = kamerstuk_id(i, kind)
        earlier.append(own)
        meta["file"] = name + ".txt"
        meta["bytes"] = len(body.encode())
        total += meta["bytes"]
        manifest["documents"].append(meta)
    manifest["bytes"] = total
    with open(os.path.join(out, "..", os.path.basename(out.rstrip("/")) + ".manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
    return manifest


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", required=True, help="the folder to (re)create")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fiche-bytes", type=int, default=30_000)
    parser.add_argument("--letter-bytes", type=int, default=50_000)
    parser.add_argument("--no-sidecars", action="store_true")
    args = parser.parse_args()
    m = generate(args.count, args.out, args.seed, args.fiche_bytes, args.letter_bytes, not args.no_sidecars)
    fiches = sum(1 for d in m["documents"] if d["kind"] == "fiche")
    print(f"{args.out}: {args.count} documents ({fiches} fiches, {args.count - fiches} letters), "
          f"{m['bytes'] / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
