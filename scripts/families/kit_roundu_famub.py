"""Round U (famub) helpers: people, organisations, numbers and date/money printers for dol_model_notice_es,
infertility_benefit_denial and wound_vac_rental_eob.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional (Georgian
personal and place names, Basque names for Spanish-speaking members); phone and fax numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Nino", "Levan", "Giorgi", "Ketevan", "Zurab", "Tinatin", "Irakli", "Manana", "Davit", "Tamriko"]
LAST = ["Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsereteli", "Chkheidze", "Abashidze", "Maisuradze",
        "Kvaratskhelia", "Javakhishvili"]
FIRST_ES = ["Baudilio", "Amaia", "Iñaki", "Ainhoa", "Txomin", "Arantxa"]
LAST_ES = ["Aranburu", "Olaberria", "Gaztañaga", "Lizarraga", "Etxaniz", "Zubeldia"]
STREETS = ["Mtkvari Bend Road", "Narikala Lane", "Vardzia Court", "Uplistsikhe Avenue"]
CITIES = [("Gadsden", "AL", "35901"), ("Kenosha", "WI", "53140"), ("Altoona", "PA", "16601"),
          ("Grand Island", "NE", "68801")]
CITIES_ES = [("Yauco", "PR", "00698"), ("Harlingen", "TX", "78550")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def person(rng: random.Random, lang: str = "en") -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts, lasts = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def woman(rng: random.Random, lang: str = "en") -> str:
    """A woman's name as 'First M. Last' (the patient of an egg retrieval)."""
    firsts = ["Amaia", "Ainhoa", "Arantxa"] if lang == "es" else ["Nino", "Ketevan", "Tinatin", "Manana", "Tamriko",
                                                                  "Natela", "Eteri"]
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(LAST_ES if lang == 'es' else LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    """$1,234.56 / 1,234.56 / 1234.56 / USD 1,234.56 / US$1,234.56."""
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "us": f"US${v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    """Dates as these letters print them (English and Spanish styles)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES3[d.month - 1]}-{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '55', '66', '77', '88'])}-555-{rng.randint(3000, 3999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
