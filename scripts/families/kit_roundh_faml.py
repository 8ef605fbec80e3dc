"""Round H (faml) helpers: people, providers and numbers invented for narrative_eob, rbm_fax and medigap_crossover.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Ermengarde", "Radulf", "Sidonie", "Quillan", "Blodwen", "Aldous", "Gwenllian", "Crispin", "Araminta",
         "Hartwell", "Marjorie", "Evelard", "Briallen", "Lucan", "Jacquetta", "Caradoc", "Edwina", "Jarvis",
         "Loveday", "Peregrine", "Clemency", "Alaric", "Hermione", "Septimus"]
KIDS = ["Pim", "Bodhi", "Rue", "Ansel", "Lumi", "Corin", "Saffron", "Tobin", "Oriel", "Larkin"]
ELDERS = ["Mildred", "Eustace", "Gertrude", "Ambrosine", "Horace", "Winnifred", "Archibald", "Dorcas", "Godric",
          "Mabel", "Reginald", "Ysolde"]
LAST = ["Ashbury-Pell", "Blackwood-Reyes", "Culpepper", "Dunsterforth", "Edgecombe", "Farrowby", "Gillespie", "Harcourt",
        "Inglethorpe", "Kilgallon", "Lyttleton", "Mortlake", "Nightingale", "Ottercombe", "Pengelly", "Quayle",
        "Rosslyn", "Sedgwick", "Trelawney", "Upcott", "Vosper", "Whitlock", "Yelverton", "Zouche"]
DOCTORS = ["Dr. Bartolomeu Ostrowicz", "Dr. Calliope Merrifield-Oyo", "Dr. Dorotea Ng-Havers", "Dr. Eulalia Brightmore",
           "Dr. Feargus Omondi", "Dr. Gwendolyn Tarrant", "Dr. Hieronymus Vale", "Dr. Isolde Farquharson",
           "Dr. Jethro Pendeverell", "Dr. Kerensa Abara", "Dr. Lazarus Whitethorne", "Dr. Mirembe Okwuosa",
           "Dr. Nathaniel Strood", "Dr. Oona Castagnaro"]
FACILITIES = ["Heathercombe Family Practice", "Wickham Ferry Orthopedics", "Sallowmere Physical Therapy",
              "Rookhaven Dermatology", "Tillbrook Sleep Disorders Center", "Mistle Bend Urgent Care",
              "Wagtail Ridge Cardiology", "Ploverton Pediatric Associates", "Foxcote Gastroenterology",
              "Brindlewood Ear, Nose & Throat", "Shearwater Hill Surgical Center", "Lindenmere Allergy & Asthma"]
IMAGING = ["Flintcastle Imaging Center", "Larkhill Diagnostic Imaging", "Pewter Lake Open MRI",
           "Hollins Gate Radiology"]
HOSPITALS = ["Saint Aldhelm Regional Hospital", "Merrowvale General Hospital", "Cobbett Memorial Medical Center"]


def person(rng: random.Random, first: list[str] | None = None, last: str | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(first or FIRST)
    ln = last or rng.choice(LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(1000, 9999)}"


def dmy_long(d: dt.date) -> str:
    """'4 March 2026': a day-first long form the other rounds do not print."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def dob(rng: random.Random, lo: int = 1940, hi: int = 1990) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
