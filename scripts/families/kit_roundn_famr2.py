"""Round N (famr2) helpers: people, providers, numbers and date/money printers for dental_multi_tooth_eob,
hearing_aid_benefit_letter and wheelchair_repair_pa_fax.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Wilhelmina", "Barnabas", "Ottoline", "Cuthbert", "Philippa", "Leopold", "Rosalind", "Thaddeus", "Clementine",
         "Ignatius", "Seraphina", "Evander", "Honoria", "Lucius"]
FEMALE = {"Wilhelmina", "Ottoline", "Philippa", "Rosalind", "Clementine", "Seraphina", "Honoria"}
LAST = ["Pettigrew", "Aldersey", "Bramhope", "Cholmondeley", "Dunstable", "Ellerbeck", "Fothergill", "Grimshaw",
        "Heptonstall", "Illingworth", "Jowett", "Kettlewell", "Lightowler", "Micklethwaite", "Nettleton",
        "Oddie", "Pickersgill", "Ramsbottom", "Shackleton", "Thwaite", "Uttley", "Whiteley"]
STREETS = ["Sorrel Bank Road", "Meadowsweet Lane", "Figwort Court", "Lovage Drive", "Bugloss Way", "Tansy Hill Road"]
CITIES = [("Kearney", "NE", "68847"), ("Pierre", "SD", "57501"), ("Rawlins", "WY", "82301"), ("Ely", "NV", "89301"),
          ("Lamar", "CO", "81052"), ("Garden City", "KS", "67846"), ("Clovis", "NM", "88101")]
DENTISTS = [("Dr. Augustina Prestwich, DDS", "Prestwich Family Dentistry"),
            ("Dr. Rollo Sowerby, DMD", "Sowerby Dental Arts"),
            ("Dr. Marisol Treadgold, DDS", "Kettle Creek Dental Group"),
            ("Dr. Emrys Blackledge, DMD", "Blackledge & Hirst Dental Care")]
AUDIOLOGISTS = [("Dr. Persephone Cragg, AuD", "Clearbrook Hearing Center"),
                ("Dr. Alaric Bunney, AuD", "Soundwell Audiology Associates"),
                ("Dr. Tamsin Woolfitt, AuD", "Hushwater Hearing & Balance")]
SUPPLIERS = [("Pinfold Mobility Services, Inc.", "Pinfold Mobility"),
             ("Rockcliffe Rehab Equipment, LLC", "Rockcliffe Rehab"),
             ("Tanglewood Seating & Mobility Co.", "Tanglewood Seating")]
PRESCRIBERS = ["Dr. Benedikt Yeadon, MD", "Dr. Hesper Throup, DO", "Dr. Ansel Crabtree, MD (PM&R)"]


def person(rng: random.Random, last: str | None = None, sex: str | None = None) -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts = [n for n in FIRST if sex is None or (n in FEMALE) == (sex == "f")]
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last or rng.choice(LAST)}"


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept (letters and digits mixed)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def usd(v: float, style: str = "plain") -> str:
    """$1,234.56 / 1,234.56 / 1234.56 / USD 1,234.56."""
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    """Dates as these notices print them."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "short": d.strftime("%m/%d/%y")}[style]


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(5000, 5999)}"


def fax_no(rng: random.Random) -> str:
    return f"({rng.randint(210, 980)}) 555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))
