"""Drawing helpers for round DY, helper famdye (Pennsylvania PACE / PACENET pharmacy claim notices from an invented
claims processor; an invented dental plan's remittance to a dental office and its letters to members).

Why: both families need dates written with their weekday ("Tuesday, March 3, 2026"), compact numeric dates
("03-03-26"), boxes that hold two facts split by a bar, and captions left of their boxes. Everything printed with
them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


def wday(d: dt.date) -> str:
    """'Tuesday, March 3, 2026'."""
    return d.strftime("%A, %B %-d, %Y")


def compact(d: dt.date, style: str = "yy") -> str:
    """'03-03-26' or '2026-03-03'."""
    return d.strftime("%m-%d-%y") if style == "yy" else d.isoformat()


class DYSheet(DTSheet):
    """DTSheet plus boxes that hold two facts split by a bar."""

    def split_boxes(self, cells: list[tuple[str, str, str]], widths: list[float], cap: float = 5.6,
                    size: float = 8.6, h: float = 9.4):
        """A row of boxes, each 'CAPTION' small at the top and 'a | b' under it (two facts in one box)."""
        y = self.get_y()
        x = self.l_margin
        for (k, a, b), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            self.set_xy(x + 0.9, y + 0.6)
            self.f(cap)
            self.cell(cw - 1.4, cap * 0.42, k)
            self.set_xy(x + 1.2, y + 0.6 + cap * 0.42 + 1.0)
            self.f(size, "B")
            self.cell(cw - 1.6, size * 0.45, a if not b else f"{a}  |  {b}")
            x += cw
        self.set_xy(self.l_margin, y + h)
