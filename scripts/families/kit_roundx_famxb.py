"""Round X (famxb) helpers: people, numbers and date/money printers for ma_part_d_coverage_determination_denial_cms10146,
dental_claim_downcode_alternate_benefit and provider_appeal_response_letter.

A round's families must not reuse another round's names or numbers, so that a value intake got right once cannot
be found again by memory rather than by reading. Everything here is fictional; phone and fax numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Hephzibah", "Ambrosius", "Onesimus", "Drusilla"]
LAST = ["Marwood", "Winterbottom", "Vinnicombe", "Skelmore", "Cheswick"]
FIRST_ES = ["Crisanta", "Nicanora"]
LAST_ES = ["Urtasun", "Olabarria", "Gorostiza"]
CLIN_FIRST = ["Cordelius", "Perceval", "Isolde"]
CLIN_LAST = ["Bellingrath", "Brackenrigg", "Durrington"]
STREETS = ["Fallowby Lane", "Ludgvan Row", "Pillowell Road"]
CITIES = [("Great Falls", "MT", "59401"), ("Havre", "MT", "59501"), ("Rock Springs", "WY", "82901"),
          ("Ketchikan", "AK", "99901")]
CITIES_ES = [("Presidio", "TX", "79845")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def person(rng: random.Random, lang: str = "en") -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts = FIRST_ES if lang == "es" else FIRST
    lasts = LAST_ES if lang == "es" else LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def clinician(rng: random.Random, avoid: str | None = None) -> str:
    while True:
        c = f"{rng.choice(CLIN_FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"
        if c != avoid:
            return c


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
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
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "dlong": d.strftime("%-d %B %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "mdy_nopad": f"{d.month}/{d.day}/{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '44', '66', '88'])}-555-{rng.randint(2000, 2999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(3000, 3999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


def pairs(d, rows, kw: float = 46, size: float = 9.6, bold_keys=(), colon: bool = False):
    """Label/value pairs, one a line."""
    for k, v in rows:
        d.set_font(d.base_font, "B" if k in bold_keys else "", size)
        d.cell(kw, 5, k + (":" if colon else ""))
        d.set_font(d.base_font, "", size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
