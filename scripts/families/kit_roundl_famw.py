"""Round L (famw) helpers: people, organisations and numbers for cob_secondary_eob, short_term_rescission and
provider_balance_statement.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once (and was tuned on) cannot be found again by memory rather than by reading. Everything here is
fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Amabel", "Brangwen", "Florizel", "Sacheverell", "Bevis", "Fulke", "Wilfreda", "Tryphena", "Ulick",
         "Gundred"]
LAST = ["Bugsworth", "Cheesewright", "Dingwall", "Fettiplace", "Goodenough", "Hackwood", "Kenchington", "Muscroft",
        "Ollerenshaw", "Penhaligon", "Sneddon", "Uglow", "Wedgewood"]
DOCTORS = ["Dr. Kenelm Yelland", "Dr. Hamnet Trethewey", "Dr. Venetia Polglase", "Dr. Marmaduke Chenoweth",
           "Dr. Rosalba Trebilcock", "Dr. Anwen Angwin", "Dr. Lowenna Bolitho", "Dr. Jory Carlyon"]
CLINICS = ["Chalkpit Family Medicine", "Wrackline Imaging Center", "Shinglebay Cardiology Associates",
           "Sandwort Pediatrics", "Brinkstone Surgical Center", "Thriftgate Physical Therapy",
           "Glassmere Endoscopy Center", "Cobblecombe Dermatology"]
STREETS = ["Pilchard Lane", "Lugger Street", "Capstan Row", "Bollard Way", "Gaff Road", "Jetty Hill Drive"]
CITIES = [("Coos Bay", "OR", "97420"), ("Marquette", "MI", "49855"), ("Ely", "NV", "89301"),
          ("Natchez", "MS", "39120"), ("Houlton", "ME", "04730"), ("Kearney", "NE", "68847")]


def person(rng: random.Random, last: str | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(FIRST)
    ln = last or rng.choice(LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"]


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def mixed(rng: random.Random, n: int) -> str:
    """An identifier with letters and digits mixed (never starting with a digit that could pass for a date)."""
    s = [rng.choice("ABCDEFGHJKMNPQRTUVWXY")]
    for _ in range(n - 1):
        s.append(rng.choice("ABCDEFGHJKMNPQRTUVWXY0123456789"))
    if not any(c.isdigit() for c in s):
        s[-1] = str(rng.randint(2, 9))
    return "".join(s)


def cents(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def phone(rng: random.Random, toll_free: bool = True) -> str:
    if toll_free:
        return f"1-8{rng.choice(['00', '44', '66', '77'])}-555-{rng.randint(1000, 9999)}"
    return f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(a: dt.date, b: dt.date | None = None) -> str:
    return a.isoformat() if b is None or b == a else f"{a.isoformat()}/{b.isoformat()}"
