"""Round J (famp) helpers: people, providers, numbers and a plain letter layer for travel_medical, nemt_trip_denial
and dental_predetermination.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone numbers
are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc

FIRST = ["Aurelie", "Bartholomew", "Cressida", "Dunstan", "Elspeth", "Fitzroy", "Ginevra", "Hollis", "Isolde",
         "Jethro", "Katriona", "Lysander", "Mirabel", "Norbert", "Ottilie", "Peregrine"]
KIDS = ["Tamsin", "Rowan", "Linnet", "Alaric", "Briony", "Caspian"]
LAST = ["Ashcombe", "Brackley", "Crowhurst", "Dimmock", "Elsworth", "Fothergill", "Gisburn", "Halsey", "Inchbold",
        "Jessop", "Kimber", "Loxley", "Mortlake", "Netherby", "Ormsby", "Pengelly"]
FIRST_ES = ["Casilda", "Dámaso", "Eufemia", "Gumersindo", "Rosalía", "Teodoro"]
LAST_ES = ["Albornoz", "Cienfuegos", "Garmendia", "Ochandiano", "Sagasta", "Zubizarreta"]
DENTISTS = ["Dr. Perpetua Wainwright, DDS", "Dr. Leopold Quartermaine, DMD", "Dr. Sabine Okonkwo-Hart, DDS",
            "Dr. Crispin Fairweather, DMD", "Dr. Honora Beaumarsh, DDS", "Dr. Ignatius Pelham, DDS",
            "Dr. Verity Blackmore, DMD"]
DENTAL_OFFICES = ["Larkspur Lane Family Dentistry", "Cobblestone Smiles Dental Group", "Harrowgate Dental Studio",
                  "Maplestead Dental Arts", "Sorrel Creek Dental Care", "Tidewell Dental Associates",
                  "Quillfeather Dental Center"]
CLINICS = ["Ashgrove Kidney Center", "Bellhaven Cancer Institute", "Corriemoor Behavioral Health",
           "Dunmore Heights Cardiology", "Elmstead Physical Therapy", "Fernhollow Women's Clinic",
           "Gorsebrook Orthopedic Specialists", "Hazelmere Pain Management"]
HOSPITALS_ABROAD = [("Clínica Santa Brígida del Mar", "Málaga, Spain", "EUR"),
                    ("Ospedale San Fedele", "Florence, Italy", "EUR"),
                    ("Kliniken am Lindenhof", "Munich, Germany", "EUR"),
                    ("St. Aldhelm's Hospital", "Bath, United Kingdom", "GBP"),
                    ("Harbourside Private Clinic", "Edinburgh, United Kingdom", "GBP"),
                    ("Centre Médical des Tilleuls", "Lyon, France", "EUR"),
                    ("Hospital Particular da Ria", "Faro, Portugal", "EUR")]
FOREIGN_DOCTORS = ["Dr. Inés Valdeolmos", "Dr. Matteo Brunacci", "Dr. Henrike Sauerbrey", "Dr. Fergus Ainslie",
                   "Dr. Isla Macandrew", "Dr. Amélie Roussillon", "Dr. Tiago Fonseca Leal"]
STREETS = ["Wrenfield Road", "Osprey Hollow Lane", "Pennycress Avenue", "Quarrybank Street", "Thornhill Terrace",
           "Kingfisher Row", "Marlpit Drive"]
CITIES = [("Brookhaven", "GA", "30319"), ("Kenosha", "WI", "53140"), ("Lawton", "OK", "73501"),
          ("Mankato", "MN", "56001"), ("Racine", "WI", "53403"), ("Saginaw", "MI", "48601")]


def person(rng: random.Random, first: list[str] | None = None, last: str | None = None,
           lastnames: list[str] | None = None) -> str:
    """'First M. Last': the eval's form of a member name."""
    return f"{rng.choice(first or FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last or rng.choice(lastnames or LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def dmy(d: dt.date, style: str) -> str:
    """Day-first dates as printed abroad: 03.02.2026, 3/2/2026, 3 February 2026."""
    return {"dot": d.strftime("%d.%m.%Y"), "slash": f"{d.day}/{d.month}/{d.year}",
            "long": f"{d.day} {d.strftime('%B %Y')}", "abbr": f"{d.day} {d.strftime('%b %Y')}"}[style]


def facts(d: Doc, rows: list[tuple[str, str]], label_w: float = 48, size: float = 9.5, two_col: bool = False):
    """A label/value block; with two_col the rows are laid two to a line."""
    step = 2 if two_col else 1
    colw = (d.w - d.l_margin - d.r_margin) / step
    for i in range(0, len(rows), step):
        for label, value in rows[i:i + step]:
            d.font(size, "B")
            d.cell(label_w, size * 0.52, label)
            d.font(size)
            d.cell(colw - label_w, size * 0.52, value)
        d.ln(size * 0.55)
    d.ln(2)
