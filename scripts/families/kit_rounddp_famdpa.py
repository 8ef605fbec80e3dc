"""Drawing helpers for round DP, helper famdpa (HealthSelect of Texas claim denials from an invented claims
administrator; ambulatory surgery center facility fees denied as payable only in the office).

Why: both families print a provider's address block beside the member's (two titled blocks on one line) and a
strip of reference numbers where only one is the case number (the rest are batch, trace, tax and letter numbers).
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddo_famdoc import DOSheet, people  # noqa: F401  (people re-exported for the family modules)


class DPSheet(DOSheet):
    """DOSheet plus two address blocks side by side and a small-type reference strip."""

    def two_blocks(self, left: tuple[str, list[str]], right: tuple[str, list[str]], size: float = 9,
                   split: float = 0.5, gap: float = 3):
        """Two titled blocks (title in small bold caps, then lines) starting at the same height."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        ends = []
        for i, (title, lines) in enumerate((left, right)):
            x = self.l_margin + (0 if i == 0 else W * split)
            self.set_xy(x, y0)
            self.f(size - 2, "B")
            self.cell(W * 0.48, 3.6, title.upper(), new_x="LEFT", new_y="NEXT")
            for ln in lines:
                self.set_x(x)
                self.f(size)
                self.cell(W * 0.48, size * 0.48, ln, new_x="LEFT", new_y="NEXT")
            ends.append(self.get_y())
        self.set_xy(self.l_margin, max(ends) + gap)

    def refstrip(self, pairs: list[tuple[str, str]], size: float = 7.4):
        """One line of small 'Label: value' pairs separated by wide spaces (the numbers row of a remittance)."""
        self.f(size)
        self.multi_cell(0, size * 0.48, "     ".join(f"{k}: {v}" for k, v in pairs), new_x="LMARGIN",
                        new_y="NEXT")
        self.ln(1.5)
