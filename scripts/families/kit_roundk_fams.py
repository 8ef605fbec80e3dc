"""Round K (fams) helpers: people, providers and numbers for omha_alj_decision, nsa_oon_eob, appeal_acknowledgement.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once (and was tuned on) cannot be found again by memory rather than by reading. Everything here is
fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Abelard", "Bettina", "Cormac", "Daphne", "Eamon", "Felicity", "Gilberto", "Hannelore", "Isidro",
         "Jonquil", "Konrad", "Loretta", "Maximilian", "Noreen", "Orlando", "Petronella", "Quentin", "Rosario",
         "Sigrid", "Tancredi", "Ulrike", "Vittorio", "Winona", "Yusuf"]
KIDS = ["Anouk", "Barley", "Corentin", "Dagny", "Elodie", "Fraser"]
LAST = ["Blenkinsop", "Crabtree", "Daventry", "Esterhazy", "Fairclough", "Gowerton", "Haverstock", "Illingworth",
        "Jardine", "Kirkbride", "Lamplugh", "Mountjoy", "Nuttall", "Oxenford", "Plumptre", "Ramsbottom", "Sowerby",
        "Thistlethwaite", "Umfreville", "Verney", "Wigglesworth", "Yeardley"]
FIRST_ES = ["Anselmo", "Belisario", "Consolación", "Dionisio", "Encarnación", "Fulgencio"]
LAST_ES = ["Berrocal", "Cabrera", "Dávalos", "Elizondo", "Frías", "Gaitán"]
DOCTORS = ["Dr. Ezekiel Marchetti", "Dr. Rosalba Thornquist", "Dr. Tomasz Wierzbicki", "Dr. Adaeze Nwosu",
           "Dr. Giles Penrose", "Dr. Mireille Castagne", "Dr. Rufus Oyelowo", "Dr. Sanna Lindqvist",
           "Dr. Cosmo Alvarado", "Dr. Henrike Vossberg"]
STREETS = ["Gullhaven Rd", "Tinker's Row", "Marram Dune Ave", "Old Quarry Ln", "Bellfounder St", "Wayland Ct",
           "Sorrel Bank Dr", "N Cobbler Way"]
CITIES = [("Ridgecrest Falls", "CO", "809"), ("Lake Tamsworth", "MN", "565"), ("Orrin Bay", "ME", "046"),
          ("Quarry Hill", "KY", "403"), ("Saltash Point", "NC", "279"), ("Dunmore Flats", "NV", "894")]


def person(rng: random.Random, first: list[str] | None = None, last: str | None = None,
           lastnames: list[str] | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(first or FIRST)
    ln = last or rng.choice(lastnames or LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKMNPQRTUVWXY") for _ in range(n))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: a = letter, 9 = digit, anything else kept (e.g. 'KH9a99999999')."""
    return "".join(letters(rng, 1) if c == "a" else str(rng.randint(0, 9)) if c == "9" else c for c in pattern)


def mbi(rng: random.Random, dashed: bool = False) -> str:
    """A Medicare Beneficiary Identifier shape (11 characters, no S L O I B Z), run together or 1AB2-CD3-EF45."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def phone(rng: random.Random, toll_free: bool = True) -> str:
    return f"1-8{rng.choice(['00', '44', '66', '77'])}-555-{rng.randint(1000, 9999)}" if toll_free else \
        f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(12, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}{rng.randint(10, 99)}"]


def cash(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def span_words(a: dt.date, b: dt.date) -> str:
    """A stay in a sentence: 'from March 3 through March 9, 2026' (the year once, as people write it)."""
    if a.year == b.year:
        return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"
    return f"from {a.strftime('%B %-d, %Y')} through {b.strftime('%B %-d, %Y')}"
