"""Drawing helpers for round DR, helper famdrf (Washington Cascade Care plan claim and appeal notices; residential
eating-disorder treatment stepped down to partial hospitalization, with the programme's utilization review letters).

Why: both families need a running header that repeats a letter ID and "Page n of N" on every page (letters whose
member block is on page 1 and whose claim facts are on page 2 or 3), a row of values with their small captions
UNDER them, and label/value lines where the label sits to the RIGHT of its value. Everything printed with them is
invented.
"""

from __future__ import annotations

from kit_rounddq_famdqe import DQSheet, people  # noqa: F401  (people re-exported for the family modules)


class DRSheet(DQSheet):
    """DQSheet plus a running header with a document ID, captions under values and labels right of values."""

    def __init__(self, *a, run_hdr: str | None = None, **k):
        super().__init__(*a, **k)
        self.run_hdr = run_hdr

    def header(self):
        super().header()
        if self.run_hdr and self.page_no() > 1:
            y = self.get_y()
            self.set_font(self.face, "", 7.6)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 3.5, self.run_hdr.format(n=self.page_no(), nb="{nb}"), align="R")
            self.line_seg(self.l_margin, 12.2, self.w - self.r_margin, 12.2)
            self.set_xy(self.l_margin, max(y, 16))

    def under(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 9.4,
              cap: float = 6.2):
        """One band of (value, caption) cells: values in bold, their captions in small type under them (no boxes)."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (v, k), cw in zip(cells, widths):
            self.set_xy(x, y)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.48, v)
            self.line_seg(x, y + size * 0.48 + 0.6, x + cw - 3, y + size * 0.48 + 0.6)
            self.set_xy(x, y + size * 0.48 + 1.0)
            self.f(cap)
            self.cell(cw - 2, cap * 0.45, k)
            x += cw
        self.set_xy(self.l_margin, y + size * 0.48 + cap * 0.45 + 3.5)

    def rpairs(self, rows: list[tuple[str, str]], val_w: float = 70, size: float = 9.4, h: float = 5.4,
               dots: bool = True):
        """Each (value, label) line: the value first, then dot leaders, then its label at the right."""
        for v, k in rows:
            self.set_x(self.l_margin)
            self.f(size, "B")
            self.cell(val_w, h, v)
            self.f(size - 0.8)
            lead = " . . . . . . . . " if dots else "   "
            self.cell(0, h, lead + k, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
