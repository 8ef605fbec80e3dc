"""Round K (famt) helpers: people, suppliers, clinics and numbers for dme_supplier_denial, quarterly_claims_statement
and pip_auto_medical.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once (and was tuned on) cannot be found again by memory rather than by reading. Everything here is
fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Berenike", "Dagny", "Eulalie", "Ignatia", "Jolyon", "Kasimira", "Lucasta", "Melchior", "Orlando",
         "Radclyffe", "Tancred", "Ursula", "Vivienne", "Wolfram", "Gawain", "Dymphna", "Ottokar", "Rohesia"]
KIDS = ["Pipit", "Dunlin", "Godwit", "Whimbrel", "Sanderling", "Redshank"]
LAST = ["Achterlonie", "Birtwistle", "Cruickshank", "Dimbleby", "Entwhistle", "Fothersby", "Gilhooly",
        "Haverstock", "Illingworth", "Knatchbull", "Lightfoot", "Mountstephen", "Puddephat", "Quarmby",
        "Ramsbottom", "Shufflebotham", "Tinsley", "Verrall", "Wigglesworth"]
FIRST_ES = ["Belarmino", "Clodoveo", "Dionisia", "Eleuterio", "Fidela", "Herminia", "Saturnina"]
LAST_ES = ["Aguirrezabal", "Berasategui", "Candamo", "Echenique", "Mugártegui", "Olaechea", "Sagastume"]
DOCTORS = ["Dr. Hawksmoor Abeyratne", "Dr. Ptolemy Gallowglass", "Dr. Imelda Otterburn", "Dr. Caspian Quillwort",
           "Dr. Rosamund Ptarmigan", "Dr. Severus Turnstone", "Dr. Honoria Marramgrass", "Dr. Benedikt Nightjar",
           "Dr. Clothilde Juniperhill", "Dr. Aldous Whitethroat", "Dr. Marisela Oyarzabal", "Dr. Thaddea Brightwell"]
CLINICS = ["Dotterel Family Practice", "Pochard Orthopaedics", "Gannetfield Imaging", "Corncrake Pediatric Associates",
           "Stint Hill Cardiology Clinic", "Shoveler Physical Therapy", "Linnetmoor Dermatology",
           "Yellowhammer Medical Center", "Siskin Valley Laboratory Services", "Chiffchaff Chiropractic",
           "Firecrest Spine & Rehab", "Fieldfare Urgent Care"]
SUPPLIERS = ["Treecreeper Home Medical Supply", "Wheatear Respiratory Care, Inc.", "Bittern Mobility Solutions",
             "Moorhen Oxygen Services", "Waxwing Diabetic Supply Co.", "Smew Durable Medical Equipment"]
STREETS = ["Dabchick Row", "Garganey Lane", "Brambling Hill Road", "Scaup Quay", "Twite Drive", "Ouzel Street"]
CITIES = [("Kettle Falls", "WA", "99141"), ("Red Wing", "MN", "55066"), ("Cordele", "GA", "31015"),
          ("Alpine", "TX", "79830"), ("Athens", "OH", "45701"), ("Rawlins", "WY", "82301")]


def person(rng: random.Random, first: list[str] | None = None, last: str | None = None,
           lastnames: list[str] | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(first or FIRST)
    ln = last or rng.choice(lastnames or LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(11, 9890)} {rng.choice(STREETS)}", f"{city}, {st} {z}"]


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def cents(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def phone(rng: random.Random, toll_free: bool = True) -> str:
    if toll_free:
        return f"1-8{rng.choice(['00', '55', '66', '88'])}-555-{rng.randint(1000, 9999)}"
    return f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape (11 characters, no S L O I B Z letters)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def month_end(d: dt.date) -> dt.date:
    """Last day of d's month (a DME rental month runs from its first day to its last)."""
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)
