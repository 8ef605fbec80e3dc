"""Drawing helpers for round DQ, helper famdqa (MI Choice Waiver notices of action on a boxed form; gastric band
removal and revision denials on a boxed pre-certification form).

Why: both families need a boxed form whose decision and reason are ticked checkboxes (a square per option, an X
in the chosen ones) under a small caption, and a ruled free-text box for the reason in the writer's own words.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddp_famdpc import DPSheet, people  # noqa: F401  (people re-exported for the family modules)


class DQSheet(DPSheet):
    """DPSheet plus captioned checkbox rows and a ruled free-text box."""

    def ticks(self, caption: str, options: list[str], ticked: set[str] | list[str], cols: int = 2,
              size: float = 8.6, cap: float = 6.2, row_h: float = 5.6):
        """A ruled box: a small caption on top, then the options in `cols` columns, each with a square; X in ticked."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.2, y0 + 0.8)
        self.f(cap)
        self.cell(0, cap * 0.42, caption)
        y = y0 + 0.8 + cap * 0.42 + 1.2
        cw = W / cols
        for i, opt in enumerate(options):
            r, c = divmod(i, cols)
            x = self.l_margin + 2 + c * cw
            yy = y + r * row_h
            self.rect(x, yy + 0.6, 3.4, 3.4)
            if opt in ticked:
                self.line_seg(x + 0.5, yy + 1.1, x + 2.9, yy + 3.5)
                self.line_seg(x + 0.5, yy + 3.5, x + 2.9, yy + 1.1)
            self.set_xy(x + 5, yy)
            self.f(size, "B" if opt in ticked else "")
            self.cell(cw - 7, 4.6, opt)
        n = (len(options) + cols - 1) // cols
        h = y - y0 + n * row_h + 0.8
        self.rect(self.l_margin, y0, W, h)
        self.set_xy(self.l_margin, y0 + h)

    def textbox(self, caption: str, text: str, size: float = 9, cap: float = 6.2):
        """A ruled box with a small caption and the writer's own words inside."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.2, y0 + 0.8)
        self.f(cap)
        self.cell(0, cap * 0.42, caption)
        self.set_xy(self.l_margin + 1.5, y0 + 0.8 + cap * 0.42 + 1.2)
        self.f(size)
        self.multi_cell(W - 3, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        h = self.get_y() - y0 + 1.2
        self.rect(self.l_margin, y0, W, h)
        self.set_xy(self.l_margin, y0 + h)
