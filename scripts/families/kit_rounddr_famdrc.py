"""Drawing helpers for round DR, helper famdrc (Insure Oklahoma employer-sponsored insurance claim letters and
EOBs; scalp cooling during chemotherapy refused by an invented commercial plan).

Why: both families need labels that sit under or to the right of their values (a value printed large with a
small caption beneath it, or a value column with its label after it), which the earlier kits do not draw.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddq_famdqe import DQSheet, people  # noqa: F401  (people re-exported for the family modules)


class DRSheet(DQSheet):
    """DQSheet plus value-over-label strips and value-then-label rows."""

    def under_row(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 9.6,
                  cap: float = 6.2):
        """Each value in bold on a rule, its label in small type under the rule (a form filled in by hand)."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (label, value), cw in zip(cells, widths):
            self.set_xy(x, y)
            self.f(size, "B")
            self.cell(cw - 3, size * 0.5, value)
            self.line_seg(x, y + size * 0.5 + 0.6, x + cw - 3, y + size * 0.5 + 0.6)
            self.set_xy(x, y + size * 0.5 + 1.0)
            self.f(cap)
            self.cell(cw - 3, cap * 0.45, label)
            x += cw
        self.set_xy(self.l_margin, y + size * 0.5 + cap * 0.45 + 3.5)

    def right_pairs(self, rows: list[tuple[str, str]], value_w: float = 70, size: float = 9.6,
                    x: float | None = None, h: float = 5.6):
        """Values in a left column, each label after it in small grey italic-like type (labels at the right)."""
        for label, value in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B")
            self.cell(value_w, h, value)
            self.set_text_color(90, 90, 90)
            self.f(size - 2)
            self.cell(0, h, "\u2190 " + label, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.ln(1.5)
