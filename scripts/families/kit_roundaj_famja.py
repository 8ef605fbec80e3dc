"""Round AJ (famja) helpers: people, numbers and date/money printers for cms1500_claim_copy_with_payer_rejection and
timely_filing_limit_denial_eob.

A round's families must not reuse another round's names or numbers. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Zygimantas", "Vytautas", "Egle", "Audrius", "Ramune", "Jurgita", "Saulius"]
LAST = ["Kazlauskas", "Petrauskas", "Jankauskas", "Zukauskas", "Butkus", "Paulauskas", "Urbonas", "Navickas"]
FIRST_ES = ["Ruperta", "Wenceslao", "Clotilde"]
LAST_ES = ["Truchas", "Sisseton-Olmo", "Walden-Rivas"]
CLIN_FIRST = ["Gediminas", "Darius", "Arvydas", "Mindaugas"]
CLIN_LAST = ["Bendorius", "Navickaite", "Kretingos", "Silutis"]
STREETS = ["Siauliai Road", "Kedainiai Street", "Telsiai Avenue", "Taurage Court", "Marijampole Lane"]
CITIES = [("Sisseton", "SD", "57262"), ("Tarkio", "MO", "64491"), ("Oshoto", "WY", "82721"), ("Saco", "MT", "59261")]
CITIES_ES = [("Lordsburg", "NM", "88045"), ("Walden", "CO", "80480")]
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


def form_date(d: dt.date) -> str:
    """CMS-1500 box style: MM DD YY with spaces."""
    return d.strftime("%m %d %y")


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"(555) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def tollfree(rng: random.Random) -> str:
    return f"1-555-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))
