"""Round L (famv) helpers: people, hospitals, nursing facilities, PACE organisations, numbers and printers for
moon_notice, snf_abn and pace_service_denial.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Wulfric", "Ulrika", "Faustina", "Gervase", "Hildegard", "Mehitabel", "Aurelian", "Berengaria", "Eadric",
         "Frideswide", "Guthlac", "Hereward", "Ismay", "Kenelm", "Leofwynn", "Milburga", "Osyth", "Wenefride"]
LAST = ["Sallowfield", "Tunnicliffe", "Vowles", "Whitelegg", "Allonby", "Barraclough", "Dewhirst", "Fazackerley",
        "Gaukroger", "Higginbottom", "Ickeringill", "Kershaw", "Mossop", "Ollerenshaw", "Pickersgill", "Sugden",
        "Tattersall"]
FIRST_ES = ["Eleuteria", "Filomeno", "Gumersinda", "Hipólito", "Inocencia", "Petronila", "Sinforosa", "Tranquilino"]
LAST_ES = ["Arrinda", "Berriozábal", "Elorriaga", "Iturralde", "Lizarraga", "Mendiola", "Uriarte"]
DOCTORS = ["Dr. Auberon Scrimgeour", "Dr. Cressida Holroyd", "Dr. Eamonn Stalybridge", "Dr. Ffion Throssell",
           "Dr. Lucan Hepplewhite", "Dr. Imogen Dacombe", "Dr. Caspian Oddie", "Dr. Rowena Strangward",
           "Dr. Tarquin Vinecombe", "Dr. Saskia Pemberthy"]
DOCTORS_ES = ["Dra. Begoña Crowdace", "Dr. Fulgencio Ibargüen"]
# hospitals: (line 1, line 2 or None, full name as the body and footer print it)
HOSPITALS = [("SAINT ODILIA", "Regional Medical Center", "Saint Odilia Regional Medical Center"),
             ("Ebbsfleet Valley Hospital", None, "Ebbsfleet Valley Hospital"),
             ("A member of Wyndcliff Health System", "Gorsewick Memorial Hospital", "Gorsewick Memorial Hospital"),
             ("HARTSWOOD", "Community Hospital", "Hartswood Community Hospital"),
             ("Halsgrove Creek Medical Center", None, "Halsgrove Creek Medical Center")]
SNFS = ["Willowbeck Nursing and Rehabilitation Center", "Sandwort Manor Skilled Nursing", "Larchmere Care Center",
        "Yarrowdale Health and Rehabilitation", "Oxlip Transitional Care", "Centro de Cuidados Vista del Alba",
        "Mistletoe Hill Skilled Nursing Facility"]
PACE_ORGS = {  # key: (letterhead line 1, letterhead line 2, full name printed in the body and signature)
    "cress": ("CRESSWELL PACE", "Program of All-Inclusive Care for the Elderly", "Cresswell PACE"),
    "quill": ("A program of Quillmoor Senior Services, Inc.", "Quillmoor PACE", "Quillmoor PACE"),
    "heather": ("HEATHERLEA", "Elder Care Partners PACE", "Heatherlea Elder Care Partners PACE"),
}
MA_PLANS = ["Greenshank Medicare Advantage HMO", "Redpoll Senior Advantage PPO"]
HOME_CARE = ["Bilberry Home Care Services", "Tealbrook In-Home Support"]
SPECIALISTS = [("Dr. Percival Nankivell", "Gorsedene Dermatology Clinic"),
               ("Dr. Anneliese Trewhella", "Whinchat Lane Cardiology")]
STREETS = ["Wren Hollow Road", "Ousel Lane", "Capercaillie Court", "Woodlark Avenue", "Sedgewick Street",
           "Crossbill Drive"]
STREETS_ES = ["Calle Amapola", "Avenida Las Palmas", "Calle Tamarindo"]
CITIES = [("Kokomo", "IN", "46901"), ("Owensboro", "KY", "42301"), ("Pocatello", "ID", "83201"),
          ("Hattiesburg", "MS", "39401"), ("Altoona", "PA", "16601"), ("Rapid City", "SD", "57701")]
CITIES_ES = [("Mission", "TX", "78572"), ("Watsonville", "CA", "95076")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def person(rng: random.Random, lang: str = "en") -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts, lasts = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept (letters and digits mixed)."""
    return "".join(rng.choice("ABCDEFGHJKMNPQRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape (11 characters: digit, letters and digits mixed)."""
    return str(rng.randint(1, 9)) + mixed(rng, "A99A99AA99").replace("A", "K", 0)


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
    """Dates as these notices print them (English and Spanish styles)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS_ES if lang == 'es' else STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"(555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))
