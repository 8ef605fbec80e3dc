"""Round H (famj) helpers: people, hospitals, facilities, plans, QIOs and numbers for the hinn_notice, denc_notice
and partd_redetermination families.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional: no real hospital, plan, review organisation or person; phone numbers are 555 numbers.
"""

from __future__ import annotations

import random

FIRST = ["Ottoline", "Crispin", "Eulalia", "Fabian", "Georgiana", "Hamish", "Isolde", "Jasper", "Keturah",
         "Lazarus", "Minerva", "Nikolai", "Ondine", "Prosper", "Quintina", "Remus", "Seraphine", "Tiberius",
         "Undine", "Valentin", "Winslow", "Zenobia", "Anselm", "Briony"]
LAST = ["Abbington", "Bracegirdle", "Chettleburgh", "Dunsmore", "Elphinstone", "Fordyce", "Gillingham",
        "Hesketh", "Inchbald", "Jellicoe", "Kilbride", "Loxley", "Marchbanks", "Nethercott", "Oglethorpe",
        "Pargeter", "Rushworth", "Stanbridge", "Tolliver", "Upshaw", "Waddington", "Yelverton"]
DOCTORS = ["Dr. Araminta Kessler", "Dr. Bastian Oyelowo", "Dr. Clarimond Hsu", "Dr. Dashiell Moreau",
           "Dr. Esmeralda Vukovic", "Dr. Florian Adeyemi", "Dr. Gwendolyn Takahara", "Dr. Hollis Brandvold",
           "Dr. Ines Castellane", "Dr. Jericho Mbeki-Vance", "Dr. Katarina Wolloff", "Dr. Lorcan Estabrook"]
HOSPITALS = [("Tallowmere General Hospital", "Department of Utilization Review"),
             ("St. Bridget of the Fens Medical Center", "Case Management & Utilization Review"),
             ("Cobblestone Regional Hospital", "Utilization Management Committee"),
             ("Harrowgate Valley Medical Center", "Utilization Review Office")]
SNFS = ["Brookfallow Nursing & Rehabilitation", "Thistlewood Skilled Care Center", "Larchmont Hill Transitional Care"]
HHAS = ["Wrenfield Home Health Services", "Gatehouse Visiting Nurses"]
HOSPICES = ["Evensong Hospice of the Valley"]
CORFS = ["Millrace Outpatient Rehabilitation (CORF)"]
QIOS = [("Keystone Shore Quality Review Organization", "1-866-555-0141", "1-866-555-0142"),
        ("Midland Beneficiary Review Partners", "1-877-555-0163", "1-877-555-0164")]
STREETS = ["Fallowfield Rd", "Pewter Lane", "Hobnail Ct", "E Thornbury Ave", "Wicklow Terrace", "Marlpit St",
           "Cinderford Way", "Greyfriars Pl"]
CITIES = [("Ashby Crossing", "KS", "670"), ("Ferndale Mills", "WI", "549"), ("Port Kessing", "MS", "395"),
          ("Hollins Gap", "TN", "377"), ("Wexley", "NM", "881"), ("Brackwater", "IA", "515")]


def person(rng: random.Random) -> str:
    """'First M. Last', the eval's form of a member name."""
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(rng: random.Random, toll_free: bool = True) -> str:
    return f"1-8{rng.choice(['44', '55', '66', '77'])}-555-{rng.randint(1000, 9999)}" if toll_free else \
        f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(11, 9890)} {rng.choice(STREETS)}", f"{city}, {st} {z}{rng.randint(10, 99)}"]


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
