"""Round W (famwc) helpers: people, numbers and date/money printers for fax_cover_two_replies_stack,
anesthesia_time_units_eob and cosmetic_procedure_exclusion_letter.

A round's families must not reuse another round's names or numbers, so that a value intake got right once cannot
be found again by memory rather than by reading. Everything here is fictional; phone and fax numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Jolanta", "Annwyl"]
LAST = ["Whitlowe", "Scobie", "Craigmyle", "Maplestone", "Penton"]
FIRST_ES = ["Zuriñe", "Garbiñe", "Aitziber"]
LAST_ES = ["Vallbona"]
CLIN_FIRST = ["Kenver", "Lowena"]
CLIN_LAST = ["Strachan", "Hurstbourne", "Faccombe", "Lennie"]
STREETS = ["Linkenholt Lane", "Vernham Row", "Wallop Street"]
CITIES = [("Kalispell", "MT", "59901"), ("Paducah", "KY", "42001"), ("Oshkosh", "WI", "54901")]
CITIES_ES = [("Mayagüez", "PR", "00680")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def person(rng: random.Random, lang: str = "en") -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts = FIRST_ES if lang == "es" else FIRST
    lasts = LAST_ES if lang == "es" else LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def clinician(rng: random.Random) -> str:
    return f"{rng.choice(CLIN_FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


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
            "es_abbr": f"{d.day:02d}-{MES_ABBR[d.month - 1]}-{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '44', '77'])}-555-{rng.randint(6000, 6999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(4000, 4999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


def pairs(d, rows, kw: float = 46, size: float = 9.4, bold_keys=()):
    """Label/value pairs, one a line."""
    for k, v in rows:
        d.set_font(d.base_font, "", size)
        d.cell(kw, 5, k)
        d.set_font(d.base_font, "B" if k in bold_keys else "", size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def other_clinician(rng: random.Random, *taken: str) -> str:
    """A clinician whose last name differs from the clinicians already on the paper."""
    lasts = {t.split()[-1] for t in taken}
    c = clinician(rng)
    while c.split()[-1] in lasts:
        c = clinician(rng)
    return c
