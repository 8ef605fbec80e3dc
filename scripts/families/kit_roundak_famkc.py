"""Round AK (famkc) helpers: people, organisations, numbers and date/money printers for
part_d_late_enrollment_penalty_reconsideration_decision and oxygen_cmn_cms484_with_supplier_denial.

Names come from Slovenian towns and surnames not used by any other round's kit. Everything is fictional; phone and
fax numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Nusa", "Bostjan", "Tadeja", "Andrej", "Natasa", "Zdravko", "Jozica"]
LAST = ["Kralj", "Jereb", "Krajnc", "Pirc", "Debeljak", "Cerar", "Kolar", "Zajc", "Lesjak", "Bregar"]
FIRST_ES = ["Severiano", "Urbana"]
LAST_ES = ["Lertxundi", "Ocariz-Kralj"]
CLIN_FIRST = ["Dravo", "Semira", "Lenart", "Mozir"]
CLIN_LAST = ["Znidarsic", "Kavcic", "Jerman", "Kastelic", "Skerlj"]
STREETS = ["Trebnje Road", "Metlika Street", "Sevnica Lane", "Grosuplje Avenue", "Radece Court", "Mokronog Way"]
CITIES = [("Kocevje", "OR", "97498"), ("Ribnica Falls", "ID", "83871"), ("Brezice", "NE", "68879"),
          ("Murska", "KS", "67583")]
CITIES_ES = [("Crnomelj", "TX", "79849"), ("Semic", "NM", "87028")]
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


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape (fictional): 9AA9-AA9-AA99."""
    return mixed(rng, "9AA9-AA9-AA99").replace("0", "1", 1)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


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


def month_year(d: dt.date, lang: str = "en") -> str:
    return f"{MESES[d.month - 1]} de {d.year}" if lang == "es" else d.strftime("%B %Y")


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"(555) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def tollfree(rng: random.Random) -> str:
    return f"1-555-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))
