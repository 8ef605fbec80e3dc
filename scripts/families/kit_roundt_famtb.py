"""Round T (famtb) helpers: people, organisations, numbers and date/money printers for asc_coding_denial_letter,
home_sleep_test_redirect and chiropractic_visit_limit_eob.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Hallveig", "Thorgerd", "Solvi", "Ketill", "Yrsa", "Brandur", "Eyvind", "Asdis", "Hrafnhild", "Sindri",
         "Vigdis", "Jokull"]
LAST = ["Kaljulaid", "Tammsaar", "Koidula", "Saarepuu", "Lepik", "Oinas", "Kivirahk", "Ristikivi", "Parve",
        "Tuglas", "Hinto", "Sagadi"]
FIRST_ES = ["Eustaquia", "Prudencio", "Filomena", "Anacleto"]
LAST_ES = ["Arguedas", "Zumárraga", "Olazábal", "Ibargüen"]
STREETS = ["Vormsi Crescent", "Kihnu Lane", "Muhu Orchard Road", "Tahkuna Court"]
CITIES = [("Pocatello", "ID", "83201"), ("Dubuque", "IA", "52001"), ("Bangor", "ME", "04401"),
          ("Bismarck", "ND", "58501"), ("Enid", "OK", "73701")]
CITIES_ES = [("Eagle Pass", "TX", "78852"), ("Arecibo", "PR", "00612")]
SURGEONS = ["Dr. Aldur V. Haapsalu", "Dr. Maarja K. Ruhnu", "Dr. Tonis E. Piirissaar", "Dr. Liivi R. Emajogi"]
SLEEP_DOCS = ["Dr. Kalev O. Vohandu", "Dr. Reet S. Pedja", "Dr. Urmas J. Otepaa", "Dr. Signe H. Kassari"]
CHIROS = ["Dr. Priit A. Pakri, DC", "Dr. Helgi M. Lohusalu, DC", "Dr. Arvo T. Aegna, DC"]
REVIEWERS = ["Meelis B. Naissaar, MD", "Kadri L. Prangli, MD", "Toomas G. Soela, DO"]
ASCS = ["Suuremoisa Surgery Center", "Vaindloo Ambulatory Surgery Center"]
SLEEP_CENTERS = ["Tolkuse Sleep Disorders Center", "Nommeveski Sleep Lab"]
CHIRO_CLINICS = ["Jagala Spine & Chiropractic", "Keila-Joa Chiropractic Clinic"]
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
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


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
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '55', '66', '77', '88'])}-555-{rng.randint(2000, 2999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
