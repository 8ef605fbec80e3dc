"""Round AI (famia) helpers: people, numbers and date/money printers for detailed_notice_of_discharge_cms10066 and
important_message_from_medicare_cms_r193.

A round's families must not reuse another round's names or numbers. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Carmela", "Ganni", "Rokku", "Censu", "Giuzeppa", "Leontina", "Wenzu", "Pietru"]
LAST = ["Micallef", "Buttigieg", "Zorman", "Kobal", "Rozman", "Potocnik", "Birzebbuga"]
FIRST_ES = ["Candelario", "Leontina", "Ronaldo"]
LAST_ES = ["Sobremonte", "Valdepeñas", "Iriarte"]
CLIN_FIRST = ["Marsel", "Doriana", "Kalcidon"]
CLIN_LAST = ["Xaghrani", "Naxxari", "Gudjani", "Qrendili"]
STREETS = ["Ghaxaq Lane", "Mgarr Street", "Nadur Avenue", "Kercem Road", "Sannat Court"]
CITIES = [("Siggiewi", "NE", "68834"), ("Zurrieq", "ID", "83271"), ("Marsaskala", "VT", "05478")]
CITIES_ES = [("Dingli", "AZ", "85548"), ("Qrendi", "NM", "88044")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en") -> str:
    first = rng.choice(FIRST_ES if lang == "es" else FIRST)
    last = rng.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {rng.choice('BCDFGHKLMNPRSTW')}. {last}"


def clinician(rng: random.Random) -> str:
    return f"{rng.choice(CLIN_FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "short": d.strftime("%m/%d/%y"), "dlong": d.strftime("%-d %B %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"(555) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def tollfree(rng: random.Random) -> str:
    return f"1-555-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))
