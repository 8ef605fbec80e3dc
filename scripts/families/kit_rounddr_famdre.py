"""Drawing helpers for round DR, helper famdre (Massachusetts Health Safety Net claim denials; early deep brain
stimulator battery replacements refused by an invented commercial plan).

Why: both families need a running header that repeats a letter ID with "Page N of M" on every page, a row of
values whose captions sit UNDER them, and label/value lines whose label stands to the RIGHT of the value.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddq_famdqe import DQSheet, people  # noqa: F401  (people re-exported for the family modules)


class DRSheet(DQSheet):
    """DQSheet plus a running header, captions under values and labels right of values."""

    def __init__(self, *a, run_hdr: str | None = None, **k):
        super().__init__(*a, **k)
        self.run_hdr = run_hdr

    def header(self):
        super().header()
        if self.run_hdr:
            y = self.get_y()
            self.set_font(self.face, "", 7.4)
            self.set_xy(self.l_margin, 8.5)
            self.cell(0, 3.2, self.run_hdr.format(n=self.page_no(), nb="{nb}"), align="R")
            self.line_seg(self.l_margin, 12.2, self.w - self.r_margin, 12.2)
            self.set_xy(self.l_margin, max(y, 15))

    def under(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 9.4,
              cap: float = 6.4):
        """Values in bold on a rule, each caption in small type under its value."""
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
            self.f(cap)
            self.cell(cw - 2, cap * 0.45, k)
            x += cw
        self.set_xy(self.l_margin, y + size * 0.5 + cap * 0.45 + 3.2)

    def right_pairs(self, rows: list[tuple[str, str]], value_w: float = 62, size: float = 9.4, h: float = 5.2,
                    x: float | None = None):
        """Each value first, then its label to the right of it in small italic-free type after a dash."""
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B")
            self.cell(value_w, h, v)
            self.f(size - 1.6)
            self.cell(0, h, "\u2190 " + k, new_x="LMARGIN", new_y="NEXT")
