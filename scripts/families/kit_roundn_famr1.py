"""Round N (famr1) helpers: people, providers, numbers and date/money printers for medicaid_emergency_oos,
partb_drug_step_therapy and second_level_appeal_decision.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Anselma", "Bartholomew", "Cressida", "Demetrius", "Eulalia", "Fitzroy", "Gwendolen", "Hyacinth",
         "Isidore", "Jessamine", "Leopold", "Mirabel", "Nathaniel", "Ottoline", "Peregrine", "Rosalind"]
LAST = ["Ashdown", "Bellweather", "Cragside", "Dunstable", "Elsworth", "Farnaby", "Gillespie", "Hartigan",
        "Inchbald", "Jolliffe", "Kettlewell", "Lanyon", "Moorcroft", "Nettleship", "Ormerod", "Pennyfeather",
        "Quaintance", "Ridsdale", "Stobart", "Thackeray", "Vellacott", "Whitlock"]
STREETS = ["Sorrel Bank Road", "Larkspur Terrace", "Hawkweed Lane", "Meadowsweet Drive", "Teasel Court",
           "Burdock Hill Road"]
CITIES = [("Marquette", "MI", "49855"), ("Ottumwa", "IA", "52501"), ("Kearney", "NE", "68847"),
          ("Hays", "KS", "67601"), ("Ironwood", "MI", "49938"), ("Mankato", "MN", "56001"),
          ("Spearfish", "SD", "57783")]
FEMALE = {"Anselma", "Cressida", "Eulalia", "Gwendolen", "Hyacinth", "Jessamine", "Mirabel", "Ottoline", "Rosalind"}


def person(rng: random.Random, sex: str | None = None, last: str | None = None) -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts = [n for n in FIRST if sex is None or (n in FEMALE) == (sex == "f")]
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last or rng.choice(LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


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
    """Dates as these notices print them."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "upper": d.strftime("%b %d, %Y").upper()}[style]


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(21, 9640)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '55', '66', '88'])}-555-{rng.randint(5000, 5999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
