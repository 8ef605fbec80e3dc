"""Round G helpers: people, providers, contractors and numbers invented for the mac_redetermination,
qic_reconsideration and va_community_care families.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import random

FIRST = ["Aurelio", "Philippa", "Gideon", "Romilda", "Osvaldo", "Tamsin", "Everett", "Lucinda", "Barnaby",
         "Imelda", "Percival", "Clementine", "Augustin", "Delphine", "Horatio", "Wilhelmina", "Cyprian", "Magdalena",
         "Lysander", "Theodora"]
LAST = ["Ashcombe", "Bexleigh", "Corrigan", "Dewhurst", "Eskdale", "Fitzwilliam", "Greenhalgh", "Hartigan",
        "Iredale", "Jessop", "Kinnersley", "Lockhart", "Mottram", "Northcott", "Ormsby", "Pennington",
        "Ravenscroft", "Sheffield", "Treharne", "Vanderpool"]
DOCTORS = ["Dr. Ophelia Stroud", "Dr. Benedikt Varga", "Dr. Cordelia Nwachukwu", "Dr. Emeric Solano",
           "Dr. Rosamund Tiernan", "Dr. Alistair Makhoul", "Dr. Jacinta Ferreira-Hale", "Dr. Leander Quist"]
SUPPLIERS = ["Pinebrook Medical Equipment, LLC", "Harrow Lane Orthotics & Prosthetics", "Windmere Ambulance Service",
             "Goldcrest Diagnostic Laboratory", "Birchfield Podiatry Associates", "Maplecroft Sleep Supply Co.",
             "Eastwick Cardiology Associates", "Rookwood Surgical Hospital", "Amberlea Hearing Center",
             "Kestwick Urgent Care", "Oakhurst Community Hospital", "Yewcroft Physical Therapy"]
STREETS = ["Quillfeather Ln", "Barrowgate Rd", "Tansy Hollow Dr", "W Pomeroy Ave", "Saltmarsh Ct", "Kingsbridge Way",
           "Almsbury St", "Fennimore Pl"]
CITIES = [("Harlow Springs", "NE", "683"), ("Port Alder", "OR", "974"), ("Caddo Bend", "LA", "711"),
          ("Mill Haven", "PA", "168"), ("Sable Ridge", "MT", "597"), ("Wickford", "RI", "028")]


def person(rng: random.Random) -> str:
    """'First M. Last', the eval's form of a member name."""
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(rng: random.Random, toll_free: bool = True) -> str:
    return f"1-8{rng.choice(['55', '66', '77', '88'])}-555-{rng.randint(1000, 9999)}" if toll_free else \
        f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(14, 9960)} {rng.choice(STREETS)}", f"{city}, {st} {z}{rng.randint(10, 99)}"]


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def mbi(rng: random.Random, dashed: bool) -> str:
    """A Medicare Beneficiary Identifier shape (no S L O I B Z), printed 1AB2-CD3-EF45 or run together."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def icn(rng: random.Random) -> str:
    """A Medicare claim control number shape (13 or 14 digits as contractors print them)."""
    return f"{rng.choice(['21', '22', '23'])}{digits(rng, 11)}"
