"""Round P (famp1) helpers: people, numbers and date/money printers for cobra_continuation_denial,
specialty_rx_reauthorization and cpap_compliance_denial.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Anselm", "Briony", "Cressida", "Dorian", "Elspeth", "Florian", "Gwendolyn", "Hamish", "Isolde",
         "Jessamy", "Leopold", "Marisol", "Nerissa", "Osric", "Perpetua", "Rosalind", "Tobias", "Wilhelmina"]
LAST = ["Abernethy", "Bellingham", "Culverhouse", "Drinkwater", "Elphinstone", "Fairweather", "Gladstone",
        "Hazelwood", "Inchbald", "Kingsmill", "Lockhart", "Mottershead", "Nettleship", "Ormerod", "Penhaligon",
        "Ravenscroft", "Stainthorpe", "Threlkeld", "Underhill", "Wetherall"]
STREETS = ["Larkspur Terrace", "Wagtail Lane", "Hornbeam Avenue", "Sedgewick Road", "Damselfly Court",
           "Partridge Hollow Drive"]
CITIES = [("Muncie", "IN", "47302"), ("Hattiesburg", "MS", "39401"), ("Grand Junction", "CO", "81501"),
          ("Kearney", "NE", "68847"), ("Dubuque", "IA", "52001"), ("Lufkin", "TX", "75901"), ("Oshkosh", "WI", "54901")]


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random) -> str:
    """'First M. Last': the eval's form of a member name."""
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    """$1,234.56 / 1,234.56 / 1234.56 / USD 1,234.56."""
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    """Dates as these letters print them."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "upper": d.strftime("%b %d, %Y").upper(), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(31, 9470)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '44', '77', '88'])}-555-{rng.randint(2000, 2999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(4000, 4999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
