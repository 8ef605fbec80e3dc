"""Round AB (fambb) helpers: people, numbers and date/money printers for ny_medicaid_mmc_initial_adverse_determination
and duplicate_and_bundled_line_eob.

A round's families must not reuse another round's names or numbers (names below grepped against every other kit and
family module). Everything here is fictional; phone and fax numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Wiebe", "Sjoerd", "Tjitske", "Hylke", "Aukje", "Geeske", "Jelmer", "Froukje", "Rintje", "Wytske"]
LAST = ["Wijnsma", "Bouwsma", "Terpstra", "Zijlstra", "Hettema", "Sikkema", "Feenstra", "Ypma"]
FIRST_ES = ["Covadonga", "Pelayo", "Xuacu", "Olvido"]
LAST_ES = ["Cuetos", "Llaneza", "Cangas", "Quirós"]
CLIN_FIRST = ["Oene", "Tjalling", "Hiske", "Doutzen"]
CLIN_LAST = ["Oostra", "Talsma", "Rypma", "Haitsma"]
STREETS = ["Dokkum Road", "Franeker Lane", "Sneek Avenue", "Hindeloopen Street"]
CITIES_NY = [("Cobleskill", "NY", "12043"), ("Norwich", "NY", "13815"), ("Walton", "NY", "13856"),
             ("Gloversville", "NY", "12078")]
CITIES_NY_ES = [("Bronx", "NY", "10453"), ("Haverstraw", "NY", "10927")]
CITIES = [("Wahoo", "NE", "68066"), ("Cotulla", "TX", "78014"), ("Mercedes", "TX", "78570"), ("Wiltshire", "KS", "67501")]
CITIES_ES = [("Cotulla", "TX", "78014"), ("Mercedes", "TX", "78570")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def person(rng: random.Random, lang: str = "en", avoid: tuple = ()) -> str:
    while True:
        p = (f"{rng.choice(FIRST_ES if lang == 'es' else FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. "
             f"{rng.choice(LAST_ES if lang == 'es' else LAST)}")
        if p not in avoid:
            return p


def clinician(rng: random.Random) -> str:
    return f"{rng.choice(CLIN_FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ACDEFHJKMNPRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
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
    """Printed dates (each a form scripts/families/check_invented.py accepts)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%d %b %Y").upper(),
            "dlong": d.strftime("%-d %B %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES_ABBR[d.month - 1]}-{d.year}", "short": d.strftime("%m/%d/%y"),
            "mdy_nopad": f"{d.month}/{d.day}/{d.year}"}[style]


def address(rng: random.Random, lang: str = "en", ny: bool = False) -> tuple[str, str]:
    pool = (CITIES_NY_ES if lang == "es" else CITIES_NY) if ny else (CITIES_ES if lang == "es" else CITIES)
    city, st, z = rng.choice(pool)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['33', '66', '88'])}-555-{rng.randint(7000, 7999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


def pairs(d, rows, kw: float = 46, size: float = 9.6, colon: bool = True):
    """Label/value pairs, one a line."""
    for k, v in rows:
        d.set_font(d.base_font, "B", size)
        d.cell(kw, 5, k + (":" if colon else ""))
        d.set_font(d.base_font, "", size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
