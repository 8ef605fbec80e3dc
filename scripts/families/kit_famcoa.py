"""Small drawing helpers for round CO's famcoa families (sacral neuromodulation trial, periodontal maintenance).

Everything printed is fictional. Layout choices stay in the family modules.
"""

from __future__ import annotations

import datetime as dt

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ITAL = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


class Page(Doc):
    """A DejaVu page (Spanish accents print) with a bold face."""

    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 15, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", ITAL)

    def labels(self, rows, lw: float = 48, size: float = 9.6, h: float = 5.2):
        """A label column: bold label, value beside it."""
        for lab, val in rows:
            self.set_font("DejaVu", "B", size)
            self.cell(lw, h, lab)
            self.set_font("DejaVu", "", size)
            self.multi_cell(0, h, val, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def heading(self, text: str, size: float = 11):
        self.set_font("DejaVu", "B", size)
        self.cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} of {d.strftime('%B %Y')}"
