"""Drawing helpers for round DZ, helper famdzf (Florida Medically Needy share-of-cost notices from the Agency for
Health Care Administration and the Department of Children and Families; an invented commercial plan refusing the
purchase of durable medical equipment, papers naming supplier, manufacturer, ordering doctor and reviewer).

Why: both families print many parties and many differently captioned numbers; a "party box" (role caption at the
left, name and its own number at the right) and a two-column page (a ruled sidebar of numbers beside the letter's
text) are what these papers need beyond DTSheet. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (re-exported for the family modules)
from public_kit import digits


def phone(rng: random.Random, area: str = "850") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1950, hi: int = 1998) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def es_money(v: float) -> str:
    """US$ 1.234,50: the Spanish way."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


class DZSheet(DTSheet):
    """DTSheet plus a party box and a two-column body."""

    def parties(self, rows: list[tuple[str, str, str]], cap_w: float = 40, size: float = 8.6, h: float = 6.0):
        """Rows of (role, name, identifier line): role in small capitals at the left, then the name, then its number."""
        W = self.w - self.l_margin - self.r_margin
        for role, name, ident in rows:
            self.f(6.6, "B")
            self.cell(cap_w, h, " " + role.upper(), border=1)
            self.f(size)
            self.cell((W - cap_w) * 0.55, h, " " + name, border=1)
            self.f(size - 0.8)
            self.cell(W - cap_w - (W - cap_w) * 0.55, h, " " + ident, border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def two_col(self, side: list[tuple[str, str]], paras: list[str], side_w: float = 58, size: float = 9.2,
                title: str | None = None):
        """A ruled sidebar of caption/value pairs at the left, the letter's paragraphs in the right column."""
        x0, y0 = self.l_margin, self.get_y()
        bottom = self.sidebar(side, x0, y0, side_w, title=title, size=7.8)
        left = self.l_margin
        self.set_left_margin(x0 + side_w + 5)
        self.set_xy(x0 + side_w + 5, y0)
        for p in paras:
            self.para(p, size)
        self.set_left_margin(left)
        self.set_xy(left, max(self.get_y(), bottom) + 2)
