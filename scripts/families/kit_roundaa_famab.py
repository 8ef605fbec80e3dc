"""Round AA (famab) helpers: people, numbers and date/money printers for dme_cgm_supplies_denial and
marketplace_eob_tabular_es_en.

A round's families must not reuse another round's names or numbers. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Grimbald", "Heloise", "Amyas", "Cuthred", "Ethelind", "Hamo", "Jocosa", "Sabeline", "Wymond"]
LAST = ["Blewbury", "Cholsey", "Ewelme", "Ipsden", "Kidmore", "Moulsford", "Padworth", "Tidmarsh"]
FIRST_ES = ["Pacífica", "Cesárea", "Raoul"]
LAST_ES = ["Amezqueta", "Ulzurrun", "Ezkurdia", "Alzola"]
CLIN_FIRST = ["Lambert", "Odo", "Heloise"]
CLIN_LAST = ["Bucklebury", "Aldworth", "Crowmarsh", "Harwell"]
STREETS = ["Didcot Lane", "Goring Road", "Ipsden Close", "Nuffield Street"]
CITIES = [("Quemado", "NM", "87829"), ("Abiquiu", "NM", "87510"), ("Mosquero", "NM", "87733"),
          ("Datil", "NM", "87821")]
CITIES_ES = [("Lares", "PR", "00669"), ("Ciales", "PR", "00638")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def person(rng: random.Random, lang: str = "en", avoid: tuple = ()) -> str:
    while True:
        p = (f"{rng.choice(FIRST_ES if lang == 'es' else FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. "
             f"{rng.choice(LAST_ES if lang == 'es' else LAST)}")
        if p not in avoid:
            return p


def clinician(rng: random.Random) -> str:
    return f"{rng.choice(CLIN_FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ACDEFHJKMNPRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}", "es": f"US$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    """Printed dates (each a form scripts/families/check_invented.py accepts)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%d %b %Y").upper(),
            "dlong": d.strftime("%-d %B %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES_ABBR[d.month - 1]}-{d.year}", "short": d.strftime("%m/%d/%y"),
            "mdy_nopad": f"{d.month}/{d.day}/{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['44', '55', '77'])}-555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


def pairs(d, rows, kw: float = 46, size: float = 9.6, colon: bool = True):
    """Label/value pairs, one a line."""
    for k, v in rows:
        d.set_font(d.base_font, "B", size)
        d.cell(kw, 5, k + (":" if colon else ""))
        d.set_font(d.base_font, "", size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def bilabel(d, x: float, w: float, en: str, es: str, value: str, size: float = 9, vw: float = 60):
    """An English label with its Spanish word under it, the value to the right."""
    y = d.get_y()
    d.set_xy(x, y)
    d.set_font(d.base_font, "B", size - 0.6)
    d.cell(w, 4, en)
    d.set_font(d.base_font, "", size)
    d.cell(vw, 4, value)
    d.set_xy(x, y + 3.8)
    d.set_font(d.base_font, "", size - 2)
    d.cell(w, 3.4, es)
    d.set_xy(x, y + 8.2)
