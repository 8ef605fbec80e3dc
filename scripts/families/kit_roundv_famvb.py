"""Round V (famvb) helpers: people, organisations, numbers and date/money printers for marketplace_qhp_notice_es,
ambulatory_infusion_step_therapy and dental_medicaid_child_eob.

A list of its own so no value can be found again by memory from another round. Everything is fictional (Icelandic
names for English-speaking members, Galician names for Spanish-speaking members); phones are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Sigrun", "Bjarni", "Hallgrimur", "Eydis", "Thorvaldur", "Ragnheidur", "Gunnar", "Katla", "Snorri",
         "Asdis"]
LAST = ["Hallgrimsson", "Eyjolfsdottir", "Thorvaldsson", "Ragnarsdottir", "Bjarnason", "Sveinbjornsson",
        "Hrafnsdottir", "Gudmundsson"]
KID_FIRST = ["Birta", "Orri", "Hekla", "Kari", "Solveig", "Ymir", "Embla", "Dagur"]
FIRST_ES = ["Xoán", "Uxía", "Brais", "Iria", "Antía", "Xurxo", "Breixo", "Noela"]
LAST_ES = ["Outeiral", "Castiñeira", "Mouriño", "Vilariño", "Seoane", "Lamas", "Pazos", "Rivadulla"]
STREETS = ["Askja Ridge Road", "Geysir Lane", "Hvita River Drive", "Snaefell Court", "Mosfell Avenue"]
CITIES = [("Ely", "NV", "89301"), ("Tonopah", "NV", "89049"), ("Wallace", "ID", "83873"), ("Hays", "KS", "67601")]
CITIES_ES = [("Rio Grande City", "TX", "78582"), ("Vieques", "PR", "00765"), ("Coamo", "PR", "00769")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def person(rng: random.Random, lang: str = "en", kid: bool = False) -> str:
    """'First M. Last'."""
    if lang == "es":
        firsts, lasts = FIRST_ES, LAST_ES
    else:
        firsts, lasts = (KID_FIRST if kid else FIRST), LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES3[d.month - 1]}-{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '44', '66', '77', '88'])}-555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
