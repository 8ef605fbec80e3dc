"""Drawing helpers for round DU, helper famdud (Texas STAR Health notices about children in foster care from an
invented health plan; an invented commercial plan deciding an intensive outpatient program's days and the
psychiatrist's visits).

Why: both families print service dates in words ("the fourth of March"), case numbers in groups of four or split
over two lines, and a 'Re:' box naming the member once in letters addressed to someone else (a caseworker, a
foster parent, a spouse). Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)

ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
       "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


def words(d: dt.date) -> str:
    """'the fourth of March'."""
    return f"the {ORD[d.day - 1]} of {d.strftime('%B')}"


def groups(s: str, n: int = 4) -> str:
    """'310822004471' -> '3108 2200 4471' (grouping spaces: the eval drops them)."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


class DUSheet(DTSheet):
    """DTSheet plus a ruled 'Re:' box and a two-column label block with a thin frame."""

    def re_box(self, rows: list[tuple[str, str]], title: str = "Re:", size: float = 9.2, label_w: float = 40):
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size, "B")
        self.cell(0, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        for k, v in rows:
            self.set_x(self.l_margin + 6)
            self.f(size - 0.6)
            self.cell(label_w, size * 0.52, k)
            self.f(size, "B")
            self.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 1.5
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 3)
