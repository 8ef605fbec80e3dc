"""Drawing helpers for round DU, helper famduf (TennCare CHOICES long-term services notices from an invented managed
care organisation; an invented commercial plan refusing a hearing aid dispenser's devices or an audiologist's fitting).

Why: both families say service dates in words ("the visit on the fourth of March") beside numeric boxes, and print
case numbers in groups or split over two lines; these helpers make those strings, and DUSheet adds a two-line
captioned box (a number whose tail wraps onto a second line, as narrow fax forms print it). Everything printed with
them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)

ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
       "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


def words(d: dt.date) -> str:
    """'the fourth of March' (no year: the year is printed elsewhere, as letters do)."""
    return f"the {ORD[d.day - 1]} of {d.strftime('%B')}"


def grouped(s: str, n: int = 4) -> str:
    """'310822004471' -> '3108 2200 4471' (the eval drops grouping spaces)."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


class DUSheet(DTSheet):
    """DTSheet plus a captioned box whose value wraps onto two lines."""

    def box2(self, caption: str, first: str, second: str, w: float, x: float | None = None, cap: float = 5.6,
             size: float = 8.6):
        x = self.l_margin if x is None else x
        y = self.get_y()
        h = cap * 0.42 + 2 * size * 0.45 + 3
        self.rect(x, y, w, h)
        self.set_xy(x + 1, y + 0.6)
        self.f(cap)
        self.cell(w - 2, cap * 0.42, caption)
        self.f(size, "B")
        self.set_xy(x + 1, y + 0.6 + cap * 0.42 + 0.8)
        self.cell(w - 2, size * 0.45, first)
        self.set_xy(x + 1, y + 0.6 + cap * 0.42 + 0.8 + size * 0.45)
        self.cell(w - 2, size * 0.45, second)
        return h
