"""Round N (famr3) helpers: people, providers, numbers and date/money printers for oral_oncology_pa_letter,
urgent_care_level_eob and nursing_facility_level_of_care.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Anselma", "Barnabas", "Clementine", "Dunstan", "Eulalie", "Fennimore", "Gwendolen", "Leopold", "Philippa",
         "Quentin", "Rosamund", "Thaddeus", "Wilhelmina", "Ambrose"]
LAST = ["Ashbrittle", "Blackmoss", "Cheriton", "Dunkerton", "Edgecumbe", "Frampton", "Gittisham", "Huntspill",
        "Kilmersdon", "Luccombe", "Monksilver", "Nettlecombe", "Oakhampton", "Porlock", "Rodhuish", "Selworthy",
        "Timberscombe", "Wootton", "Yarcombe", "Luxborough"]
FIRST_ES = ["Anunciación", "Baltasar", "Crescencia", "Florentino", "Gumersinda", "Saturnino"]
LAST_ES = ["Aldecoa", "Berasategui", "Goicoechea", "Mendizábal", "Olabarrieta", "Zubizarreta"]
FEMALE = {"Anselma", "Clementine", "Eulalie", "Gwendolen", "Philippa", "Rosamund", "Wilhelmina", "Anunciación",
          "Crescencia", "Gumersinda"}
STREETS = ["Sallow Lane", "Hornbeam Road", "Medlar Court", "Quince Orchard Drive", "Spindle Way", "Rowan Bank Road"]
CITIES = [("Ardmore", "OK", "73401"), ("Kearney", "NE", "68847"), ("Laramie", "WY", "82070"), ("Mitchell", "SD", "57301"),
          ("Pittsburg", "KS", "66762"), ("Ottumwa", "IA", "52501"), ("Watertown", "SD", "57201")]
CITIES_ES = [("Calexico", "CA", "92231"), ("Deming", "NM", "88030"), ("Eagle Pass", "TX", "78852")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en", last: str | None = None, sex: str | None = None) -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts, lasts = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    if sex:
        firsts = [n for n in firsts if (n in FEMALE) == (sex == "f")]
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last or rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept (letters and digits mixed)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


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
    """Dates as these notices print them (English and Spanish styles)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "short": d.strftime("%m/%d/%y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(5000, 5999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
