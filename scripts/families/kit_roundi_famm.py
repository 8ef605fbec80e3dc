"""Round I (branch famm) helpers: people, providers, agencies and numbers invented for abn_notice, hcbs_reduction
and medicaid_dental_eob.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import random

ELDERS = ["Philomena", "Barnabas", "Leontyne", "Cuthbert", "Ottilie", "Fitzgerald", "Genevieve", "Lemuel",
          "Henrietta", "Obadiah", "Clementine", "Thaddeus", "Augusta", "Rupert", "Bathsheba", "Cyrus"]
ADULTS = ["Delphine", "Anatole", "Marisa", "Kwabena", "Tamsin", "Ravindra", "Solange", "Emrys", "Yolanda",
          "Lysander", "Priscilla", "Dmitri"]
KIDS = ["Juniper", "Atticus", "Marigold", "Cassius", "Wilhelmina", "Bastian", "Clementina", "Evander", "Posy",
        "Leopold"]
ES_FIRST = ["Eulogio", "Remedios", "Anacleto", "Brígida", "Celestino", "Eufemia", "Florencio", "Gertrudis"]
LAST = ["Alderwick", "Beaumaris", "Crabtree-Nolan", "Delacourt", "Eversleigh", "Fothergill", "Grimsditch",
        "Hollowell", "Ivesdale", "Jessamine", "Kinnersley", "Loxley", "Merriweather", "Netherby", "Oldcastle",
        "Penhallow", "Ravensworth", "Scarisbrick", "Tennyson-Abe", "Wetherall"]
LAST_ES = ["Arreola", "Barraza", "Cervantes-Luna", "Echeverría", "Fajardo", "Ledesma", "Montemayor", "Zamudio"]
DOCTORS = ["Dr. Absalom Greaves", "Dr. Beatrix Oyelowo", "Dr. Cornelia Vantongeren", "Dr. Desmond Achebe-Ross",
           "Dr. Ellery Marchetti", "Dr. Fenella Okoro", "Dr. Gideon Thistlewood", "Dr. Honoria Bakshi"]
DENTISTS = ["Dr. Ingram Featherstonhaugh, DDS", "Dr. Jovita Castellano, DMD", "Dr. Kasimir Wolanski, DDS",
            "Dr. Leocadia Mbeki, DDS", "Dr. Montague Ferraro, DMD", "Dr. Nerissa Holloway-Tan, DDS"]
DENTAL_OFFICES = ["Tumbleweed Kids Dentistry", "Brass Lantern Family Dental", "Quailridge Pediatric Dental Group",
                  "Sunbonnet Orthodontics", "Copperleaf Community Dental Clinic", "Wrenfield Smiles Dental"]
LABS = ["Silverbirch Clinical Laboratories", "Calloway Reference Lab, LLC"]
IMAGING = ["Thornapple Open MRI & Imaging"]
DME = ["Bellwether Home Medical Supply", "Suministros Médicos La Ceiba"]
THERAPY = ["Kingfisher Spine & Chiropractic"]
CITIES = [("Marlow Falls", "NM", "871"), ("Oxbow", "NE", "689"), ("Port Tallis", "OR", "973"),
          ("Greywater", "KY", "405"), ("Sable Junction", "AR", "726"), ("Linden Bluff", "IA", "506")]
STREETS = ["Wickerberry Ln", "Old Tannery Rd", "Gullwing Ct", "Mercantile St", "Vesper Ave", "Calle del Sauce",
           "Hawkmoor Dr", "Stillwater Pike"]


def person(rng: random.Random, first: list[str] | None = None, last: list[str] | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f, ln = rng.choice(first or ELDERS), rng.choice(last or LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKMNPQRTUVWXY") for _ in range(n))


def cents(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '55', '66', '77', '88'])}-555-{rng.randint(1000, 9999)}"


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(12, 9890)} {rng.choice(STREETS)}", f"{city}, {st} {z}{rng.randint(10, 99)}"]


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)
