"""Drawing helpers for round DR, helper famdra (Alaska Denali KidCare notices of denial; a power tilt-in-space
seating system an invented commercial plan refused, with the seating clinic's evaluation and the supplier's quote).

Why: both families need letters whose pages after the first repeat a document ID and "Page N of M" in a running
header, and captions printed under or to the right of their values instead of before them. Everything printed
with them is invented.
"""

from __future__ import annotations

from kit_rounddq_famdqe import DQSheet, people  # noqa: F401  (people re-exported for the family modules)


class DRSheet(DQSheet):
    """DQSheet plus a running header on later pages and captions under / to the right of their values."""

    def __init__(self, *a, running: str | None = None, **k):
        super().__init__(*a, **k)
        self.running = running

    def header(self):
        super().header()
        if self.running and self.page_no() > 1:
            y = max(self.get_y(), 10)
            self.set_font(self.face, "", 7.6)
            self.set_xy(self.l_margin, y)
            self.cell(0, 4, self.running.replace("{n}", str(self.page_no())), new_x="LMARGIN", new_y="NEXT")
            yy = self.get_y() + 0.6
            self.line_seg(self.l_margin, yy, self.w - self.r_margin, yy)
            self.set_y(yy + 3)

    def under(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 9.4,
              cap: float = 6.4):
        """cells are (value, caption): each value in bold with its caption in small type UNDER it, a rule between."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (v, k), cw in zip(cells, widths):
            self.set_xy(x, y)
            self.f(size, "B")
            self.cell(cw - 3, size * 0.5, v)
            self.line_seg(x, y + size * 0.5 + 0.6, x + cw - 4, y + size * 0.5 + 0.6)
            self.set_xy(x, y + size * 0.5 + 1.0)
            self.f(cap)
            self.cell(cw - 3, cap * 0.45, k)
            x += cw
        self.set_xy(self.l_margin, y + size * 0.5 + cap * 0.45 + 3.5)

    def right_labels(self, rows: list[tuple[str, str]], value_w: float = 52, size: float = 9.2, x: float | None = None,
                     h: float = 5.2):
        """rows are (value, caption): the value in bold first, its caption after it ("4471920385  <- Enrollee ID")."""
        for v, k in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B")
            self.cell(value_w, h, v)
            self.f(size - 1.6)
            self.cell(0, h, "\u2190 " + k, new_x="LMARGIN", new_y="NEXT")
