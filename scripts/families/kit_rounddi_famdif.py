"""Drawing helpers for round DI, helper famdif (Medicare Advantage post-stabilization denials, cranial remolding
orthosis denials).

Why: both families need small captions above boxed values on standard-resolution faxes and a boxed right-hand
facts column beside a letter body; DHSheet (round DH) gives the fax header line, bands, blocks and two columns.
Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddh_famdhe import DHSheet


def short_nopad(d: dt.date) -> str:
    """3/4/26 (a span's two-digit-year shape)."""
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def end_year_span(a: dt.date, b: dt.date) -> str:
    """'March 30 - April 2, 2026': only the end carries the year."""
    if a.month == b.month:
        return f"{a.strftime('%B')} {a.day} - {b.day}, {b.year}"
    return f"{a.strftime('%B')} {a.day} - {b.strftime('%B')} {b.day}, {b.year}"


class DISheet(DHSheet):
    """DHSheet plus caption-over-value boxes and a boxed right-hand facts column."""

    def capboxes(self, cells: list[tuple[str, str, float]], cap: float = 6.0, val: float = 8.2, h: float = 5.2):
        """A row of captions in small type on one line, each value below it inside a ruled box."""
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        for label, value, w in cells:
            self.set_xy(x, y0)
            self.f(cap)
            self.cell(w - 1.5, 2.8, label)
            self.rect(x, y0 + 3, w - 1.5, h)
            self.set_xy(x + 0.8, y0 + 3.2)
            self.f(val)
            self.cell(w - 3, h - 0.4, value)
            x += w
        self.set_xy(x0, y0 + 3 + h + 1.8)

    def boxed_column(self, left: list[str], title: str, right: list[tuple[str, str]], left_w: float = 104,
                     size: float = 9.5, rsize: float = 8.2):
        """Letter paragraphs on the left, a ruled box on the right with a title and label-over-value facts."""
        x0, y0 = self.l_margin, self.get_y()
        rx = x0 + left_w + 5
        rw = self.w - self.r_margin - rx
        self.set_xy(rx + 2, y0 + 2)
        self.f(rsize + 0.5, "B")
        self.multi_cell(rw - 4, rsize * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        for k, v in right:
            self.set_x(rx + 2)
            self.f(rsize - 1.2, "B")
            self.cell(rw - 4, rsize * 0.4, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(rx + 2)
            self.f(rsize)
            self.multi_cell(rw - 4, rsize * 0.45, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
        ry = self.get_y() + 1
        self.rect(rx, y0, rw, ry - y0)
        self.set_xy(x0, y0)
        for para in left:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(left_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(2)
        self.set_y(max(ry, self.get_y()) + 2)
