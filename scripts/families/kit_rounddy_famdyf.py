"""Drawing helpers for round DY, helper famdyf (Texas Kidney Health Care program notices from Texas Health and
Human Services; an invented commercial plan cutting home health aide hours on caption forms).

Why: both families need identifiers that mix letters and digits (a letter OCR may read as a digit inside a run of
digits), dates with weekday names, a phone line in the 555 range, and a caption box that holds two facts split by
a bar. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (re-exported for the family modules)
from public_kit import digits


class DYSheet(DTSheet):
    """DTSheet plus a two-fact box row (caption 'A / B' above 'a | b') and a left-caption column of boxes."""

    def split_boxes(self, cells: list[tuple[str, str, str, str]], widths: list[float], cap: float = 5.8,
                    size: float = 8.6, h: float = 9.6):
        """Each cell: (caption 1, value 1, caption 2, value 2) printed as 'CAP1 / CAP2' over 'value1 | value2'."""
        self.capstrip([(f"{a} / {c}", f"{b}  |  {d}") for a, b, c, d in cells], widths, cap=cap, size=size, h=h)

    def left_caps(self, rows: list[tuple[str, str]], cap_w: float = 38, w: float | None = None, size: float = 9,
                  h: float = 7.2, cap: float = 6.4):
        """One ruled box a row: the small caption in the left part of the box, a thin bar, the value at the right."""
        W = w or (self.w - self.l_margin - self.r_margin)
        for k, v in rows:
            y = self.get_y()
            self.rect(self.l_margin, y, W, h)
            self.line_seg(self.l_margin + cap_w, y, self.l_margin + cap_w, y + h)
            self.set_xy(self.l_margin + 1, y + (h - cap * 0.42) / 2)
            self.f(cap)
            self.cell(cap_w - 2, cap * 0.42, k)
            self.set_xy(self.l_margin + cap_w + 1.5, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(W - cap_w - 3, size * 0.45, v)
            self.set_xy(self.l_margin, y + h)
        self.ln(2)


def wday(d: dt.date) -> str:
    """Tuesday, March 3, 2026."""
    return d.strftime("%A, %B %-d, %Y")


def phone(rng: random.Random, area: str = "800") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def mixed(rng: random.Random, pattern: str) -> str:
    """'9' -> a digit, 'A' -> a capital letter that OCR rarely confuses, any other character is kept."""
    safe = "ACDEFHJKMNPRUVWXY"
    return "".join(str(rng.randint(0, 9)) if c == "9" else rng.choice(safe) if c == "A" else c for c in pattern)


def dob(rng: random.Random, lo: int = 1950, hi: int = 1995) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
