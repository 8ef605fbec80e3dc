"""Drawing helpers for round DR, helper famdrb (Vermont Dr. Dynasaur notices of decision; in-lab sleep studies an
invented commercial plan refused because a home test should come first).

Why: both families need a running header that repeats a letter or document ID with "Page N of M" on every page
(facts spread over several pages), rows whose label sits under its value, and rows whose label sits to the right
of its value. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddq_famdqe import DQSheet, people  # noqa: F401  (people re-exported for the family modules)


class DRSheet(DQSheet):
    """DQSheet plus a running header (ID and page count) and label-under / label-right rows."""

    def __init__(self, *a, run_head: str | None = None, **k):
        super().__init__(*a, **k)
        self.run_head = run_head

    def header(self):
        super().header()
        if self.run_head and self.page_no() > 1:
            y = self.get_y()
            self.set_font(self.face, "", 7.5)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 3.5, self.run_head)
            self.set_x(self.w - self.r_margin - 40)
            self.cell(40, 3.5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_xy(self.l_margin, max(y, 16))

    def under(self, cells: list[tuple[str, str]], size: float = 9.6, cap: float = 6.6, h: float = 11):
        """One band of (label, value) cells: each value with its label in small type UNDER it, a rule between."""
        W = self.w - self.l_margin - self.r_margin
        cw = W / len(cells)
        y = self.get_y()
        for i, (k, v) in enumerate(cells):
            x = self.l_margin + i * cw
            self.set_xy(x, y)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.48, v)
            self.line_seg(x, y + size * 0.5 + 0.6, x + cw - 3, y + size * 0.5 + 0.6)
            self.set_xy(x, y + size * 0.5 + 1.0)
            self.f(cap)
            self.cell(cw - 2, cap * 0.45, k)
        self.set_xy(self.l_margin, y + h)

    def right_labels(self, rows: list[tuple[str, str]], val_w: float = 62, size: float = 9.4, h: float = 5.4,
                     x: float | None = None):
        """Rows given as (value, label): the value first and its label after it, to the right."""
        for v, k in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B")
            self.cell(val_w, h, v)
            self.f(size - 1.4)
            self.cell(0, h, k, new_x="LMARGIN", new_y="NEXT")
