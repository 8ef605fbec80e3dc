"""Round AK (famkb) helpers: people, numbers and date/money printers for workers_comp_notice_of_denial_libc496 and
marketplace_eligibility_determination_notice.

Names grepped against the other kits, family modules and the families README: Georgian given names, surnames and
town names for people and organisations, Quechua/Aymara surnames for the Spanish papers, northern Pennsylvania
towns for addresses. Everything here is fictional; phone numbers are 555.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Tamaz", "Mzia", "Ilarion", "Tinatin", "Shalva", "Dodo"]
LAST = ["Okroshidze", "Mchedlidze", "Dadiani", "Zhvania", "Shengelia", "Gabunia"]
FIRST_ES = ["Teófilo", "Yolinda", "Hermelinda", "Saturnino"]
LAST_ES = ["Ticona", "Yupanqui", "Ccori", "Huamán", "Apaza", "Choque"]
STREETS = ["Rioni Street", "Tkibuli Lane", "Chiatura Road", "Khashuri Avenue", "Sachkhere Court"]
CITIES = [("Honesdale", "PA", "18431"), ("Wellsboro", "PA", "16901"), ("Coudersport", "PA", "16915"),
          ("Tunkhannock", "PA", "18657"), ("Emporium", "PA", "15834")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en", last: str | None = None, taken=()) -> str:
    pool = [f for f in (FIRST_ES if lang == "es" else FIRST) if f not in taken]
    last = last or rng.choice(LAST_ES if lang == "es" else LAST)
    return f"{rng.choice(pool)} {rng.choice('BCDGKLMNRSTV')}. {last}"


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ACDEFHJKMNPRTUWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "usd": f"USD {g}", "space": f"$ {g}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "dlong": d.strftime("%-d %B %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"(555) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def tollfree(rng: random.Random) -> str:
    return f"1-555-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))
