"""Drawing helpers for round DP, helper famdpd (New York Child Health Plus claim denials; allergy skin tests
billed beyond a yearly number of tests).

Why: both families need a two-column address block (the member's address on the left, the provider's on the
right, as a clinic's remittance prints them) and a line of small reference numbers at the top right of a letter
(letter ID, form number and the case number side by side, so the case number sits among decoys). Everything
printed with them is invented.
"""

from __future__ import annotations

from kit_rounddo_famdoc import DOSheet, people  # noqa: F401  (people re-exported for the family modules)


class DPSheet(DOSheet):
    """DOSheet plus side-by-side address blocks and a right-aligned reference column."""

    def two_blocks(self, left_title: str, left: list[str], right_title: str, right: list[str], size: float = 9):
        """Two address blocks on one band: a small caption over each, lines under it."""
        y = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        for x, title, lines in ((self.l_margin, left_title, left), (self.l_margin + W / 2 + 4, right_title, right)):
            self.set_xy(x, y)
            self.f(6.6, "B")
            self.cell(W / 2 - 6, 3.4, title, new_x="LEFT", new_y="NEXT")
            for ln in lines:
                self.f(size)
                self.cell(W / 2 - 6, size * 0.46, ln, new_x="LEFT", new_y="NEXT")
        n = max(len(left), len(right))
        self.set_xy(self.l_margin, y + 3.4 + n * size * 0.46 + 2)

    def refs(self, rows: list[tuple[str, str]], w: float = 70, size: float = 8):
        """Label/value pairs flush to the right margin, starting at the current line."""
        y = self.get_y()
        x = self.w - self.r_margin - w
        for k, v in rows:
            self.set_xy(x, y)
            self.f(size)
            self.cell(w * 0.45, size * 0.5, k)
            self.f(size, "B")
            self.cell(w * 0.55, size * 0.5, v, align="R")
            y += size * 0.5 + 0.6
        return y
