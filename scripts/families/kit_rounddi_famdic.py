"""Drawing helpers for round DI, helper famdic (PASRR Level II determination notices, mobile cardiac telemetry
denials).

Why: both families need two page parts the earlier kits lack: a row of ruled boxes with a small caption on one
line above the value (the standard-fax forms), and a two-column letter whose right column is a ruled box of
caption-over-value facts. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddh_famdhe import DHSheet, mixed_id  # noqa: F401  (re-exported for the family modules)


def nopad(d: dt.date) -> str:
    """3/3/26 (a span's short shape; the full date is printed elsewhere in the document)."""
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def md(d: dt.date) -> str:
    """March 3 (no year: the first half of a span whose end carries the year)."""
    return f"{d.strftime('%B')} {d.day}"


class DISheet(DHSheet):
    """DHSheet plus caption boxes and a boxed right-hand facts column."""

    def capboxes(self, cells: list[tuple[str, str, float]], cap: float = 6.0, val: float = 8.5, h: float = 9.5):
        """One row of boxes: a small caption on one line at the top, the value below it."""
        x0, y0 = self.l_margin, self.get_y()
        if y0 + h > self.h - 20:
            self.add_page()
            y0 = self.get_y()
        x = x0
        for label, value, w in cells:
            self.rect(x, y0, w, h)
            self.set_xy(x + 0.8, y0 + 0.5)
            self.f(cap)
            self.cell(w - 1.6, cap * 0.42, label)
            self.set_xy(x + 1.2, y0 + h * 0.48)
            self.f(val)
            self.cell(w - 2.4, val * 0.45, value)
            x += w
        self.set_xy(x0, y0 + h)

    def boxed_col(self, left: list[str], right: list[tuple[str, str]], left_w: float = 104, size: float = 9.5,
                  rsize: float = 8.5, title: str | None = None):
        """Letter paragraphs on the left, a ruled box of caption-over-value facts on the right."""
        x0, y0 = self.l_margin, self.get_y()
        rx = x0 + left_w + 5
        rw = self.w - self.r_margin - rx
        self.set_xy(rx + 2, y0 + 2)
        if title:
            self.f(rsize, "B")
            self.multi_cell(rw - 4, rsize * 0.5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
        for k, v in right:
            self.set_x(rx + 2)
            self.f(rsize - 1.5)
            self.cell(rw - 4, rsize * 0.4, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(rx + 2)
            self.f(rsize, "B")
            self.multi_cell(rw - 4, rsize * 0.46, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.3)
        ry = self.get_y() + 1
        self.rect(rx, y0, rw, ry - y0)
        self.set_xy(x0, y0)
        for para in left:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(left_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(ry, self.get_y()) + 2)
