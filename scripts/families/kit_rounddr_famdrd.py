"""Drawing helpers for round DR, helper famdrd (Illinois All Kids notices of decision, several in Spanish; extra
allergy shots during build-up refused by an invented commercial plan, with the allergist's billing statement).

Why: both families need a value printed over a small caption under it (labels under their values), a value
with its label at the right, and a running header that repeats a notice ID on every page of a multi-page letter.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddq_famdqe import DQSheet, people  # noqa: F401  (people re-exported for the family modules)


class DRSheet(DQSheet):
    """DQSheet plus a running header with a notice ID, values over their captions, and values before labels."""

    def __init__(self, *a, run_head: str | None = None, **k):
        super().__init__(*a, **k)
        self.run_head = run_head

    def header(self):
        super().header()
        if self.run_head and self.page_no() > 1:
            self.f(7.5)
            self.set_xy(self.l_margin, 7)
            self.cell(0, 4, self.run_head.format(n=self.page_no()), align="R")
            self.set_xy(self.l_margin, max(self.get_y() + 8, 16))

    def under(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 9.6):
        """Values in bold on one line, each with its caption in small type UNDER it, a thin rule between."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.set_xy(x, y)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.5, v)
            self.line_seg(x, y + size * 0.5 + 0.6, x + cw - 3, y + size * 0.5 + 0.6)
            self.set_xy(x, y + size * 0.5 + 1)
            self.f(6.6)
            self.cell(cw - 2, 3.4, k)
            x += cw
        self.set_xy(self.l_margin, y + size * 0.5 + 6)

    def right_labels(self, rows: list[tuple[str, str]], vw: float = 62, size: float = 9.4, h: float = 5.6):
        """rows are (value, label): each value first, its label after it at the right ('48213-77   <- our file')."""
        for v, k in rows:
            self.set_x(self.l_margin)
            self.f(size, "B")
            self.cell(vw, h, v)
            self.f(size - 1.4)
            self.cell(0, h, "\u2190 " + k, new_x="LMARGIN", new_y="NEXT")
