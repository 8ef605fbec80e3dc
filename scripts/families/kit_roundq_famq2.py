"""Round Q (famq2) helpers: people, numbers and date/money printers for provider_peer_review_letter,
claim_reprocessing_recoupment and snf_three_day_rule.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Ambrose", "Bronwen", "Caspian", "Delphine", "Evander", "Florentine", "Gwendolyn", "Horatio", "Imogen",
         "Jolyon", "Katriona", "Lysander", "Marigold", "Neville", "Ottilie", "Peregrine", "Quentin", "Rosalind",
         "Tobias", "Winifred"]
LAST = ["Ashdown", "Birtwhistle", "Calloway", "Dunmore", "Eversleigh", "Fairweather", "Goodenough", "Hartigan",
        "Ingleby", "Jolliffe", "Kingsnorth", "Loveday", "Merriweather", "Northcott", "Oakshott", "Penhaligon",
        "Quarmby", "Rendlesham", "Stallybrass", "Tregarthen"]
STREETS = ["Larkspur Crossing", "Millrace Road", "Heronsgate Drive", "Tamarack Court", "Cobblestone Way",
           "Wintergreen Avenue"]
CITIES = [("Casper", "WY", "82601"), ("Rapid City", "SD", "57701"), ("Grand Island", "NE", "68801"),
          ("Dubuque", "IA", "52001"), ("Billings", "MT", "59101"), ("Minot", "ND", "58701")]


def person(rng: random.Random) -> str:
    """'First M. Last': the eval's form of a member name."""
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(LAST)}"


def doctor(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.75, rng.randint(1, 99) / 100]), 2)


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
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[style]


def span(a: dt.date, b: dt.date, style: str) -> str:
    """A span in a sentence: 'from March 3 through March 9, 2026' when one year, else both dates in full."""
    if style == "long" and a.year == b.year:
        return f"from {a.strftime('%B %-d')} through {fdate(b, 'long')}"
    return f"from {fdate(a, style)} through {fdate(b, style)}"


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(21, 9640)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '44', '55', '88'])}-555-{rng.randint(5000, 5999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(9))
