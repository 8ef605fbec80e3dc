"""Round R (famw3) helpers: people, numbers and date/money printers for mail_order_pharmacy_statement,
tricare_referral_denial and mco_transition_of_care_letter.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Marigold", "Ansel", "Fenella", "Lucan", "Ottilie", "Barnaby", "Clementine", "Evander", "Henrietta",
         "Peregrine"]
LAST = ["Quarrendon", "Arkwright", "Moxham", "Tregothnan", "Penhaligon", "Gillingwater", "Hollinrake", "Stobart",
        "Duckworth", "Ravenscroft", "Lumbwood", "Sherratt", "Vowles", "Whitlock-Ames", "Ormerod"]
FIRST_ES = ["Leocricia", "Anselmo", "Brígida", "Fulgencio"]
LAST_ES = ["Arrizabalaga", "Goicoechea", "Urquiola", "Berasategui"]
CHILD = ["Jolyon", "Araminta", "Kit", "Posy"]
STREETS = ["Teasel Court", "Lapwing Row", "Burdock Avenue", "Sedgefield Lane", "Kestrel Heights"]
CITIES = [("Dothan", "AL", "36301"), ("Killeen", "TX", "76541"), ("Fayetteville", "NC", "28301"),
          ("Clarksville", "TN", "37040"), ("Lawton", "OK", "73501"), ("Valdosta", "GA", "31601")]
CITIES_ES = [("Laredo", "TX", "78040"), ("Las Cruces", "NM", "88001")]
STAFF = ["Winifred Q. Catterall", "Aldous M. Pinchbeck", "Beatrix O. Shufflebotham", "Leopold V. Drinkwater",
         "Esmeralda J. Fairclough", "Horatio B. Gostelow"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en", last: str | None = None, child: bool = False) -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts = CHILD if child else (FIRST_ES if lang == "es" else FIRST)
    lasts = LAST_ES if lang == "es" else LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last or rng.choice(lasts)}"


def staff(rng: random.Random) -> str:
    """A reviewer, counsellor or doctor: surnames apart from the patients' so no signer shares a patient's name."""
    return rng.choice(STAFF)


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
    """Dates as these letters print them (English and Spanish styles)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "short": d.strftime("%m/%d/%y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def span(a: dt.date, b: dt.date, style: str) -> str:
    """A stay in a sentence: 'from March 3 through March 9, 2026' (long) or both dates in the style."""
    if style == "long" and a.year == b.year:
        return f"from {a.strftime('%B %-d')} through {fdate(b, 'long')}"
    if style == "es":
        return f"del {a.day} de {MESES[a.month - 1]} al {fdate(b, 'es')}"
    return f"from {fdate(a, style)} through {fdate(b, style)}"


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(5000, 5999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
