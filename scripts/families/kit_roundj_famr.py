"""Round J (famr) helpers: people, providers and numbers for marketplace_eob, asam_residential and pharmacy_rejection.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once (and was tuned on) cannot be found again by memory rather than by reading. Everything here is
fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Amaryllis", "Bartholomew", "Clementine", "Dorian", "Evangeline", "Fenwick", "Gwendolyn", "Horatio",
         "Isadora", "Lysander", "Marigold", "Peregrine", "Rosalind", "Thaddeus", "Wilhelmina", "Zebedee"]
KIDS = ["Bramley", "Juniper", "Quillon", "Saffron", "Tamsin", "Wren"]
LAST = ["Ashcombe", "Brackenridge", "Cotterill", "Dunsmore", "Elderkin", "Fothergill", "Gaskarth", "Hartigan",
        "Inchbald", "Jessamy", "Kettleborough", "Lanyon", "Mardlebury", "Nethercott", "Ormerod", "Pilkington"]
FIRST_ES = ["Amparo", "Casimiro", "Eustaquia", "Florencio", "Inmaculada", "Leandro"]
LAST_ES = ["Alcántara", "Barrientos", "Cifuentes", "Echeverría", "Llamazares", "Sotomayor"]
DOCTORS = ["Dr. Perpetua Ainsworth", "Dr. Lucius Bellweather", "Dr. Octavia Crane-Mobley", "Dr. Ignatius Farrow",
           "Dr. Philippa Gorringe", "Dr. Ambrose Hazeldine", "Dr. Cordelia Kittredge", "Dr. Severin Lockhart",
           "Dr. Araminta Pendlebury", "Dr. Barnabas Quarrington"]
CLINICS = ["Silverbirch Family Medicine", "Tallgrass Orthopedic Group", "Heronsgate Dental Studio",
           "Cobble Creek Urgent Care", "Wintermoor Imaging Center", "Larkspur Women's Health",
           "Foxhollow Pediatrics", "Millbeck Allergy & Asthma", "Redfern Valley Hospital"]


def person(rng: random.Random, first: list[str] | None = None, last: str | None = None,
           lastnames: list[str] | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(first or FIRST)
    ln = last or rng.choice(lastnames or LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def usd(v: float) -> str:
    return f"${v:,.2f}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(1000, 9999)}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)
