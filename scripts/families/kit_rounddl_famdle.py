"""Drawing helpers for round DL, helper famdle (Texas CSHCN Services Program payment denials, allergen
immunotherapy antigen unit limits).

Why: both families need an identifier printed one character to a box under a small caption (so letter O / digit 0
and letter I / digit 1 sit in separate cells), a title line that carries the notice's only date, and a "cc:" foot
line set apart from the signature. The DK kit gives caption boxes, space-aligned tables and boilerplate.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddk_famdkf import DKSheet


class DLSheet(DKSheet):
    """DKSheet plus per-character ID boxes, a ruled title line and a cc foot."""

    def charboxes(self, caption: str, value: str, cap: float = 6.2, val: float = 9.5, cw: float = 4.6,
                  x: float | None = None):
        """A small caption, then each character of value in its own ruled box."""
        x0 = self.l_margin if x is None else x
        y0 = self.get_y()
        self.set_xy(x0, y0)
        self.f(cap)
        self.cell(0, cap * 0.42, caption, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 0.4
        self.f(val)
        for i, ch in enumerate(value):
            self.rect(x0 + i * cw, y1, cw, 5.6)
            self.set_xy(x0 + i * cw, y1 + 0.3)
            self.cell(cw, 5, ch, align="C")
        self.set_xy(self.l_margin, y1 + 7.5)

    def title_rule(self, text: str, size: float = 12, gap: float = 2):
        """A bold title followed by a full-width rule."""
        self.f(size, "B")
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.8
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap)

    def cc(self, text: str, size: float = 8.2):
        self.ln(2)
        self.f(size)
        self.cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
