"""Round P (famp2) helpers: people, agencies, numbers and date/money printers for landscape_wide_eob,
spanish_prose_denial and home_health_episode_denial.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Alaric", "Bettina", "Cosimo", "Drusilla", "Emeric", "Fenella", "Godric", "Hestia", "Isidore", "Jessamy",
         "Leopold", "Minerva", "Niall", "Oriel", "Perpetua", "Rowena", "Sylvester", "Thomasina", "Ulric", "Verity"]
LAST = ["Arkwright", "Blenkinsop", "Cruikshank", "Dankworth", "Entwistle", "Fothergill", "Gathercole", "Huxtable",
        "Illingworth", "Jellicoe", "Kettlewell", "Lightfoot", "Micklethwaite", "Nettleship", "Ormerod", "Pickersgill",
        "Ramsbottom", "Scattergood", "Threlfall", "Whitworth"]
FIRST_ES = ["Anacleto", "Berenice", "Casimiro", "Dulcinea", "Eustaquio", "Florinda", "Gumersindo", "Herminia",
            "Isaura", "Leocadio", "Maximina", "Nazario", "Olegario", "Petronila", "Remedios", "Sinforosa"]
LAST_ES = ["Arriaga", "Barrientos", "Cienfuegos", "Echevarría", "Galindo", "Hinojosa", "Lizárraga", "Manzanares",
           "Olmedo", "Palomares", "Quiñones", "Sepúlveda", "Urquidi", "Valenzuela", "Zaragoza"]
STREETS = ["Thornapple Lane", "Kestrel Ridge Road", "Gorse Hill Drive", "Bramblewood Court", "Starling Avenue",
           "Pennyroyal Way"]
CITIES = [("Ottumwa", "IA", "52501"), ("Kearney", "NE", "68847"), ("Hays", "KS", "67601"), ("Mitchell", "SD", "57301"),
          ("Marquette", "MI", "49855"), ("Keokuk", "IA", "52632")]
CITIES_ES = [("Brownsville", "TX", "78520"), ("Yakima", "WA", "98901"), ("Kissimmee", "FL", "34741"),
             ("Salinas", "CA", "93901"), ("Pasco", "WA", "99301")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, es: bool = False, last: str | None = None) -> str:
    """'First M. Last': the eval's form of a member name."""
    first = rng.choice(FIRST_ES if es else FIRST)
    return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last or rng.choice(LAST_ES if es else LAST)}"


def doctor(rng: random.Random, es: bool = False) -> str:
    return f"{rng.choice(FIRST_ES if es else FIRST)} {rng.choice(LAST_ES if es else LAST)}"


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
    """Dates as these notices print them (es = '3 de marzo de 2026')."""
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%b %d, %Y").upper()}[style]


def address(rng: random.Random, es: bool = False) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if es else CITIES)
    return f"{rng.randint(21, 9640)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '66', '77'])}-555-{rng.randint(3000, 3999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(4000, 4999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
