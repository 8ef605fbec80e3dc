"""Round AK (famka) helpers: people, numbers and date/money printers for ada_dental_claim_form_with_denial and
hipaa_records_request_response_letter.

A round's families must not reuse another round's names or numbers. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Nejc", "Bostjan", "Jerneja", "Gorazd", "Vesna", "Rok", "Polona"]
LAST = ["Kolenc", "Jereb", "Pecnik", "Skerlj", "Krajnc", "Gorenje-Hale"]
FIRST_ES = ["Eulalio", "Perpetua", "Casimira"]
LAST_ES = ["Olivencia", "Barreto-Ocasio", "Quirindongo"]
CLIN_FIRST = ["Ljubo", "Tomaz", "Irena", "Matevz"]
CLIN_LAST = ["Kocevar", "Zajc-Ribnik", "Ljutomersky", "Krskovic"]
STREETS = ["Ljubljana Street", "Koper Road", "Ribnica Lane", "Kocevje Court", "Ljutomer Avenue"]
CITIES = [("Bowbells", "ND", "58721"), ("Chloride", "AZ", "86431"), ("Gorenje Falls", "OR", "97352")]
CITIES_ES = [("Quirindongo", "PR", "00795"), ("Olivencia", "TX", "78582")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    """(First M. Last, first, middle initial, last)."""
    first = rng.choice(FIRST_ES if lang == "es" else FIRST)
    last = rng.choice(LAST_ES if lang == "es" else LAST)
    mid = rng.choice("BCDFGHKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def clinician(rng: random.Random) -> str:
    return f"{rng.choice(CLIN_FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "bare": f"{v:.2f}", "usd": f"USD {g}", "space": f"$ {g}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "short": d.strftime("%m/%d/%y"), "dlong": d.strftime("%-d %B %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def phone(rng: random.Random) -> str:
    return f"({rng.choice(['406', '701', '928', '541'])}) 555-{rng.randint(100, 199):04d}"


def tollfree(rng: random.Random) -> str:
    return f"1-{rng.choice(['800', '866', '877'])}-555-{rng.randint(100, 199):04d}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"
