"""Round I (famn) helpers: people, providers and numbers invented for ltc_benefit_denial, ambulance_claim, student_health_plan.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value
intake got right once (and was tuned on) cannot be found again by memory rather than by reading.
Everything here is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

ELDERS = ["Philomena", "Barnaby", "Henrietta", "Cornelius", "Rosamund", "Thaddeus", "Ottilie", "Lysander",
          "Wilhelmina", "Ignatius", "Prudence", "Ebenezer", "Clementine", "Florian"]
ADULTS = ["Delphine", "Roderick", "Annika", "Fitzgerald", "Marguerite", "Osric", "Leonie", "Bramwell", "Tamsin",
          "Evander", "Saoirse", "Mordecai", "Verity", "Lachlan", "Imelda", "Cassius"]
STUDENTS = ["Kaito", "Amaris", "Dashiell", "Liesel", "Oisin", "Zinnia", "Matthias", "Elowen", "Rafferty", "Nkechi",
            "Soren", "Itzia", "Callum", "Ysabel"]
KIDS = ["Wren", "Juniper", "Fennick", "Marlo", "Tove"]
LAST = ["Abbotsleigh", "Brackenbury", "Corriveau", "Delacourt-Finn", "Eckersall", "Fothergill", "Gainsborough",
        "Hollingdrake", "Ivesworth", "Jessamine", "Kettleby", "Lowenthal", "Mabberley", "Nettlefold", "Ormerod",
        "Pellowe", "Quennell", "Rathbone-Oduya", "Stallybrass", "Tregarthen", "Uttley", "Vandersloot",
        "Wolstenholme", "Yardley-Kim"]
DOCTORS = ["Dr. Aurelio Castellanos-Pyke", "Dr. Bettina Onwuachi", "Dr. Cyprian Holmqvist", "Dr. Damaris Feldkamp",
           "Dr. Evren Saltonstall", "Dr. Fenella Mbatha", "Dr. Gaspard Llewellyn", "Dr. Honoria Wetherby",
           "Dr. Ianthe Kovalenko", "Dr. Jovan Peabody-Ruiz"]
NURSES = ["Maribel Ostergaard, RN", "Tobiah Lindqvist, RN", "Greer Okafor-Bell, RN", "Ansley Pritchard, RN"]


def person(rng: random.Random, first: list[str], last: str | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(first)
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


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9))


def usd(v: float, style: str = "plain") -> str:
    """$1,234.56 / 1234.56 / USD 1,234.56 / 1,234.56."""
    return {"plain": f"${v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}", "nosign": f"{v:,.2f}"}[style]


def fd(d: dt.date, style: str) -> str:
    """Dates as these issuers print them."""
    return {"long": d.strftime("%B %-d, %Y"), "slash": d.strftime("%m/%d/%Y"), "dmy": d.strftime("%-d %b %Y"),
            "iso": d.isoformat(), "abbr": d.strftime("%b %-d, %Y")}[style]


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
