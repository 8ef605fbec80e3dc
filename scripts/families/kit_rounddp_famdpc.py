"""Drawing helpers for round DP, helper famdpc (Health First Colorado notices of action; inpatient
rehabilitation admissions paid only at the skilled nursing level, with the hospital's itemized bill).

Why: both families need the member's and the provider's address blocks side by side under a letterhead, and a
shaded section bar across the page over each part of a notice. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddo_famdoc import DOSheet, people  # noqa: F401  (people re-exported for the family modules)


class DPSheet(DOSheet):
    """DOSheet plus two address blocks side by side and a shaded section bar."""

    def addr_pair(self, left_title: str, left: list[str], right_title: str, right: list[str],
                  size: float = 9.2, split: float = 0.52):
        """Two captioned address blocks on one band (e.g. the member at the left, the provider at the right)."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        xr = self.l_margin + W * split
        for x, title, lines in ((self.l_margin, left_title, left), (xr, right_title, right)):
            self.set_xy(x, y)
            self.f(6.8, "B")
            self.cell(60, 3.6, title.upper(), new_x="LEFT", new_y="NEXT")
            self.f(size)
            for ln in lines:
                self.set_x(x)
                self.cell(W * (1 - split) - 2, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
        n = max(len(left), len(right))
        self.set_xy(self.l_margin, y + 3.8 + n * size * 0.5 + 3)

    def bar(self, text: str, size: float = 9.6, shade: int = 215):
        """A full-width shaded bar with a bold caption (a section of a notice)."""
        self.ln(1)
        self.set_fill_color(shade, shade, shade)
        self.f(size, "B")
        self.cell(0, size * 0.62, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_fill_color(255, 255, 255)
        self.ln(1.5)
