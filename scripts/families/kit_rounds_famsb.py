"""Round S (famsb) helpers: people, organisations, numbers and date/money printers for
inpatient_observation_downgrade, proton_beam_investigational and air_ambulance_nsa_eob.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Eirlys", "Meinir", "Dilys", "Heledd", "Iestyn", "Bethan", "Glenys", "Tudur", "Owain", "Carys",
         "Aneurin", "Wenceslas"]
LAST = ["Ashbridge", "Blakeney", "Cheverton", "Elstree", "Farthingale", "Greville", "Haddington", "Kemble",
        "Lutterworth", "Sandiford", "Tansley", "Pickering"]
FIRST_ES = ["Ildefonso", "Sagrario", "Casimira", "Candelaria"]
LAST_ES = ["Ochoa", "Urdaneta", "Galdós", "Valcárcel"]
STREETS = ["Cadfael Terrace", "Silvanus Court", "Ermintrude Lane", "Larchgrove Row"]
CITIES = [("Casper", "WY", "82601"), ("Muncie", "IN", "47305"), ("Joplin", "MO", "64801"), ("Ogden", "UT", "84401"),
          ("Kearney", "NE", "68847")]
CITIES_ES = [("Brownsville", "TX", "78520"), ("Mayagüez", "PR", "00680")]
DOCTORS = ["Dr. Osgar R. Abbotsford", "Dr. Bertilda L. Trencham", "Dr. Wigstan P. Danbury",
           "Dr. Eadgyth S. Kerswell", "Dr. Ordgar V. Penistone", "Dr. Sexburga D. Moxley"]
REVIEWERS = ["Ceolwulf K. Amesbury, MD", "Aelfgifu T. Grinton, MD", "Eardwulf G. Wraxall, DO",
             "Hilda M. Holcombe, MD"]
# organisations: hospitals and a review vendor (observation), proton centers, air and ground ambulances and hospitals
HOSPITALS = ["Dentdale Regional Hospital", "Slaidburn Memorial Medical Center", "Grisedale County General Hospital"]
UM_VENDOR = "Littondale Clinical Review Services"
PROTON_CENTERS = ["Ingleborough Proton Therapy Institute", "Sedbergh Cancer Center, Proton Unit"]
AIR = ["Skyhaven Air Medical, LLC", "Condor Flight Medical Transport, Inc."]
GROUND = "Tanhill County EMS"
SENDING = ["Ravenseat Valley Hospital", "Reeth Rural Clinic", "roadside, Highway 30 mile marker 212"]
RECEIVING = ["Patterdale University Medical Center", "Glenridding Trauma Center"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en") -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts, lasts = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


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
    """Dates as these letters print them (English and Spanish styles)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(7000, 7999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
