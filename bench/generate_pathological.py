#!/usr/bin/env python3
"""Generate the hostile inputs of the issue "Hostile and broken input", as fiche and letter texts.

    python3 bench/generate_pathological.py OUT_DIR

Writes, at full and half size, for each of the two formats:
  markers   100,000 footnote markers glued to words, and as many notes
  longline  one line of 1 MB (no line break)
  brackets  10,000 nested brackets, opened and closed
  blank     100,000 blank lines in the body
Files are named <case>-<fiche|letter>-<full|half>.txt. Python 3 standard library only.
"""
import os
import sys

FULL = {"markers": 100_000, "longline": 1_000_000, "brackets": 10_000, "blank": 100_000}

FICHE_HEAD = """[overzicht] [activiteiten] [besluiten] [kamerstukdossiers]

Fiche: Mededeling pathologische invoer

Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie

Nummer: 2026D99999, datum: 2026-02-13, bijgewerkt: 2026-02-20 11:37, versie: 1

Onderdeel van kamerstukdossier 22112 -9999 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie.

Onderdeel van zaak 2026Z99999:


Fiche 99: Mededeling pathologische invoer

  1. Algemene gegevens

  1. Titel voorstel

Mededeling pathologische invoer

  1. Essentie voorstel

De Commissie stelt maatregelen voor om de batterijwaardeketen te versterken.

"""
FICHE_TAIL = """
  1. Nederlandse positie ten aanzien van het voorstel

Het kabinet staat in algemene zin positief tegenover de mededeling.

"""
LETTER_HEAD = (" Grondstoffen \n\n \n\nBevorderen beschikbaarheid grondstoffen  \n\n"
               "Nederland zet in op grotere leveringszekerheid van kritieke grondstoffen, waarbinnen \n\n"
               "batterijgrondstoffen een belangrijke groep vormen. \n\n \n\n")
LETTER_TAIL = (" \n\nCirculariteit \n\n \n\nActief inzetten op EU-Batterijenverordening  \n\n"
               "Op 18 augustus 2023 is de Europese Batterijenverordening in werking getreden. \n\n \n\n")
WORDS = "de Commissie stelt gerichte financiële ondersteuning voor om Europese batterijproducenten te helpen".split()


def body_words(count):
    return [WORDS[k % len(WORDS)] for k in range(count)]


def fiche(case, n):
    if case == "markers":
        paragraphs, words = [], body_words(n)
        for start in range(0, n, 100):
            paragraphs.append(" ".join(f"{w}{k + 1}" for k, w in enumerate(words[start:start + 100], start)) + ".")
        notes = "".join(f"  {k}. Kamerstukken II 2023/24, 32852, nr. {k % 400 + 1}↩︎\n\n" for k in range(1, n + 1))
        return FICHE_HEAD + "\n\n".join(paragraphs) + "\n" + FICHE_TAIL + notes
    if case == "longline":
        line = []
        size = 0
        for w in body_words(n // 6):
            line.append(w)
            size += len(w) + 1
            if size >= n:
                break
        return FICHE_HEAD + " ".join(line)[:n] + ".\n" + FICHE_TAIL
    if case == "brackets":
        return FICHE_HEAD + "(" * n + "kern" + ")" * n + " en " + "[" * n + "kern" + "]" * n + ".\n" + FICHE_TAIL
    if case == "blank":
        return FICHE_HEAD + "Voor de lege regels.\n" + "\n" * n + "Na de lege regels.\n" + FICHE_TAIL
    raise ValueError(case)


def letter(case, n):
    if case == "markers":
        out, page = [LETTER_HEAD], []
        words = body_words(n)
        for k in range(n):
            page.append(f"{words[k]}{k + 1}")
            if len(page) == 10 or k == n - 1:
                first = k + 2 - len(page)
                out.append(" ".join(page) + " \n\n \n")
                out.append("".join(f"{m} Kamerstuk 32852 nr. {m % 400 + 1}. \n" for m in range(first, k + 2)))
                out.append("\n\n\n")
                page = []
        return "".join(out) + LETTER_TAIL
    if case == "longline":
        return LETTER_HEAD + " ".join(body_words(n // 6))[:n] + " \n\n" + LETTER_TAIL
    if case == "brackets":
        return LETTER_HEAD + "(" * n + "kern" + ")" * n + " en " + "[" * n + "kern" + "]" * n + " \n\n" + LETTER_TAIL
    if case == "blank":
        return LETTER_HEAD + "Voor de lege regels. \n" + "\n" * n + "Na de lege regels. \n\n" + LETTER_TAIL
    raise ValueError(case)


def main_into(out):
    os.makedirs(out, exist_ok=True)
    for case, n in FULL.items():
        for scale, size in (("full", n), ("half", n // 2)):
            for kind, make in (("fiche", fiche), ("letter", letter)):
                with open(os.path.join(out, f"{case}-{kind}-{scale}.txt"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(make(case, size))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main_into(sys.argv[1])
