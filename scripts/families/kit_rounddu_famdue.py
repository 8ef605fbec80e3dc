"""Drawing helpers for round DU, helper famdue (DC Healthcare Alliance notices from an invented health plan; an
invented commercial plan deciding an ambulance company's and an emergency physician's claims for the same night).

Why: both families print the case's numbers in groups or split over two lines, name the member only once in a
boxed 'Re:' block of a letter sent to someone else, and say service dates in words ("the fourth of March").
Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)

ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
       "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


def words(d: dt.date) -> str:
    """'the fourth of March' (no year: a letter says the year elsewhere)."""
    return f"the {ORD[d.day - 1]} of {d.strftime('%B')}"


def grouped(s: str, n: int = 4) -> str:
    """'310822004471' -> '3108 2200 4471' (grouping spaces only; the eval drops them)."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


class DUSheet(DTSheet):
    """DTSheet plus a boxed 'Re:' block and a two-line number box (a number broken over two lines)."""

    def re_block(self, rows: list[tuple[str, str]], title: str = "Re:", w: float | None = None, size: float = 9.2):
        W = w or (self.w - self.l_margin - self.r_margin)
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size, "B")
        self.cell(12, size * 0.5, title)
        yy = y0 + 1.5
        for k, v in rows:
            self.set_xy(self.l_margin + 14, yy)
            self.f(size - 0.6)
            self.cell(40, size * 0.5, k)
            self.f(size, "B")
            self.cell(W - 56, size * 0.5, v)
            yy += size * 0.5 + 0.8
        self.rect(self.l_margin, y0, W, yy - y0 + 1.5)
        self.set_xy(self.l_margin, yy + 4)

    def split_box(self, caption: str, value: str, x: float, y: float, w: float = 30, cut: int = 6,
                  size: float = 8.6):
        """A narrow captioned box whose number wraps onto a second line after `cut` characters."""
        self.f(5.6, "B")
        self.set_xy(x + 0.8, y + 0.6)
        self.cell(w - 1.5, 2.4, caption)
        self.f(size, "B")
        self.set_xy(x + 0.8, y + 3.6)
        self.cell(w - 1.5, size * 0.45, value[:cut])
        self.set_xy(x + 0.8, y + 3.6 + size * 0.45 + 0.6)
        self.cell(w - 1.5, size * 0.45, value[cut:])
        h = 3.6 + 2 * size * 0.45 + 2.2
        self.rect(x, y, w, h)
        return h
