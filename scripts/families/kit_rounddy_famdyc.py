"""Drawing helpers for round DY, helper famdyc (Illinois DSCC letters to parents; an invented commercial plan's
remittance advice to a medical equipment supplier and the member's copy, sent by standard fax).

Why: both families need Illinois addresses, weekday-named dates, identifiers that mix letters and digits (some of
the letters are ones OCR confuses with digits: S, Z, B, O, I, L, T, G) and caption boxes where two facts share one
box, split by a bar. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (re-exported for the family modules)
from public_kit import STREETS, digits

IL_CITIES = [("Peoria", "616"), ("Champaign", "618"), ("Rockford", "611"), ("Joliet", "604"), ("Carbondale", "629"),
             ("Springfield", "627"), ("Decatur", "625"), ("Moline", "612"), ("Bloomington", "617")]


def il_address(rng: random.Random) -> list[str]:
    city, z = rng.choice(IL_CITIES)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} IL {z}{rng.randint(10, 99)}"]


def wday(d: dt.date) -> str:
    """'Tuesday, March 3, 2026'."""
    return d.strftime("%A, %B %-d, %Y")


def phone(rng: random.Random, area: str = "217") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 2009, hi: int = 2023) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


class DYSheet(DTSheet):
    """DTSheet plus a letterhead with a rule and a boxed 'split' caption row."""

    def split_boxes(self, cells: list[tuple[str, str]], widths: list[float], cap: float = 5.6, size: float = 8.6,
                    h: float = 9.4):
        """Captioned boxes (caption small at the top left, value under it); a value 'a | b' keeps its bar."""
        self.capstrip(cells, widths, cap=cap, size=size, h=h)
