"""Round F helpers: people, providers and numbers invented for the medicaid_ffs, commercial_eob and external_review families.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import random

FIRST = ["Thaddeus", "Marguerite", "Oksana", "Leopold", "Priyanka", "Ambrose", "Genevieve", "Rutger", "Soledad",
         "Cornelius", "Fenella", "Isidore", "Jolene", "Kwabena", "Winifred", "Ulysses", "Zoraida", "Bartholomew",
         "Henrietta", "Casimir"]
LAST = ["Brannigan", "Castellanos", "Drummond", "Eldridge", "Fairbanks", "Gallardo", "Hathaway", "Ingersoll",
        "Jablonski", "Kettering", "Lachance", "Montague", "Nakashima", "Oduya", "Prendergast", "Quarles",
        "Rasmussen", "Strickland", "Thibodeaux", "Underhill"]
DOCTORS = ["Dr. Evangeline Marsh", "Dr. Rohan Deshpande", "Dr. Beatrix Ollenburg", "Dr. Caspian Ferrante",
           "Dr. Ngozi Achebe-Lind", "Dr. Wendell Prouty", "Dr. Siobhan Kearney", "Dr. Anatoly Brisk"]
FACILITIES = ["Foxglove Valley Hospital", "Stillwater Orthopaedic Institute", "Bramblewood Pediatric Therapy",
              "Kestrel Ridge Imaging", "Ferncliff Home Care Agency", "Tamarind Bay Surgical Center",
              "Hollowell Rehabilitation Hospital", "Larkhaven Behavioral Health", "Quincy Mill Medical Group",
              "Silverpine Durable Medical Supply"]
STREETS = ["Hawthorn Row", "Gristmill Rd", "Lantern Hill Dr", "E Cutler Ave", "Bellweather Ct", "Ridgeback Way",
           "Orchard Terrace", "Mallory St"]


def person(rng: random.Random) -> str:
    """'First M. Last', the eval's form of a member name."""
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(rng: random.Random, toll_free: bool = True) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(1000, 9999)}" if toll_free else \
        f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def street(rng: random.Random, city: str) -> str:
    return f"{rng.randint(12, 9870)} {rng.choice(STREETS)}, {city}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)
