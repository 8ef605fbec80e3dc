"""Round I (famo) helpers: people, providers, numbers and a small drawing layer for app_screenshot, caption_below
and two_column_letter.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once (and was tuned on) cannot be found again by memory rather than by reading. Everything here is
fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST = ["Coralie", "Seraphina", "Cuthbert", "Drusilla", "Jocasta", "Florentyna", "Gregor", "Eglantine", "Ruairi",
         "Gethin", "Nerys", "Wystan", "Idony", "Lettice", "Zennor", "Keverne"]
KIDS = ["Mewan", "Jago", "Kittow", "Tresillian", "Polwarth", "Carveth"]
LAST = ["Quenby", "Oddington", "Rookwell", "Stanforth", "Coldridge", "Eversleigh", "Fairbourne", "Thornaby",
        "Wickstead", "Ferncastle", "Bosanko", "Nancarrow", "Trudgeon", "Vellanoweth", "Hocking", "Pascoe"]
FIRST_ES = ["Anacleta", "Baltasar", "Eulogia", "Fermín", "Remedios", "Celestino"]
LAST_ES = ["Arizmendi", "Bocanegra", "Echevarne", "Goicoechea", "Larrañaga", "Urquiza"]
DOCTORS = ["Dr. Marisa Amberg", "Dr. Tobias Brennagh", "Dr. Hester Marrable", "Dr. Quintus Dovecote",
           "Dr. Ysella Kernow-Price", "Dr. Bramwell Tonkin", "Dr. Oriana Penrose-Adeyemi", "Dr. Lowenna Chegwidden",
           "Dr. Casimir Rosewarne", "Dr. Demelza Treloar", "Dr. Kenwyn Angove", "Dr. Morwenna Odgers"]
FACILITIES = ["Kestrelmoor Medical Center", "Lowther Fen Cardiology", "Nettlebed Surgical Suites",
              "Pinfold Skin & Laser", "Ribblesdale Genetics Laboratory", "Stoneleigh Sleep Clinic",
              "Zennor Cove Family Health", "Polwarth Street Orthopedics", "Carn Brea Imaging",
              "Trevose Head Rehabilitation Hospital", "Helford Passage Hearing Center", "St. Piran Valley Hospital"]


def person(rng: random.Random, first: list[str] | None = None, last: str | None = None,
           lastnames: list[str] | None = None) -> tuple[str, str, str]:
    """('First M. Last', first, last): the eval's form of a member name and its parts."""
    f = rng.choice(first or FIRST)
    ln = last or rng.choice(lastnames or LAST)
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", f, ln


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(n))


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def usd(v: float) -> str:
    return f"${v:,.2f}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(1000, 9999)}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)
