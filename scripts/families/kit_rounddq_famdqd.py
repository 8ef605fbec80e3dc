"""Drawing helpers for round DQ, helper famdqd (a Federal Employee Program local plan's claim decisions; home
infusion nursing visits refused apart from the per diem).

Why: both families need boxed forms whose decision and reason are ticked checkboxes (a small square with an X
drawn in it, the label beside it), as claim-review and reconsideration forms print them. Everything printed with
them is invented.
"""

from __future__ import annotations

from kit_rounddp_famdpc import DPSheet, people  # noqa: F401  (people re-exported for the family modules)


class DQSheet(DPSheet):
    """DPSheet plus a boxed panel of checkboxes (some ticked) under a small caption."""

    def checkbox(self, x: float, y: float, ticked: bool, s: float = 3.2):
        self.rect(x, y, s, s)
        if ticked:
            self.line_seg(x + 0.5, y + 0.5, x + s - 0.5, y + s - 0.5)
            self.line_seg(x + s - 0.5, y + 0.5, x + 0.5, y + s - 0.5)

    def checks(self, caption: str, options: list[tuple[str, bool]], cols: int = 2, size: float = 8.4,
               row_h: float = 5.6):
        """A ruled panel: the caption in small type, then the options in `cols` columns, each with its box."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.2, y0 + 0.8)
        self.f(6.4)
        self.cell(0, 2.8, caption)
        cw = W / cols
        rows = (len(options) + cols - 1) // cols
        for i, (label, on) in enumerate(options):
            r, c = divmod(i, cols)
            x = self.l_margin + 2 + c * cw
            y = y0 + 4.6 + r * row_h
            self.checkbox(x, y + 0.4, on)
            self.set_xy(x + 5, y)
            self.f(size, "B" if on else "")
            self.cell(cw - 8, 4, label)
        h = 5.6 + rows * row_h
        self.rect(self.l_margin, y0, W, h)
        self.set_xy(self.l_margin, y0 + h)
        self.ln(2)

    def boxed_text(self, caption: str, text: str, size: float = 8.8):
        """A ruled box with a small caption and a free-text value (a reviewer's own words)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.2, y0 + 0.8)
        self.f(6.4)
        self.cell(0, 2.8, caption)
        self.set_xy(self.l_margin + 1.2, y0 + 4.2)
        self.f(size)
        self.multi_cell(W - 2.4, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 1.2
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1)
        self.ln(2)
