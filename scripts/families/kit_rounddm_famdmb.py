"""Drawing helpers for round DM, helper famdmb (SoonerCare specialty visits without a PCP referral, emergency
department visit levels recoded from 99285 to 99283).

Why: both families need a grid of ruled boxes two or three wide, each box holding a small label in its top-left
corner and the value under it (the label and value share one box, unlike a caption printed above a box), and a
landscape page for a wide claims table between portrait pages. The DL kit supplies the rest (sidebars, caption
boxes, space-aligned tables, boilerplate). Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddl_famdle import DLSheet


class DMSheet(DLSheet):
    """DLSheet plus label-inside-box grids."""

    def lvgrid(self, cells: list[tuple[str, str]], cols: int = 3, lab: float = 6.0, val: float = 8.6,
               h: float = 10.5, x: float | None = None, w: float | None = None):
        """Cells in rows of `cols` ruled boxes; the label small at the top-left, the value below it."""
        x0 = self.l_margin if x is None else x
        width = (self.w - self.r_margin - x0) if w is None else w
        cw = width / cols
        y = self.get_y()
        for i, (k, v) in enumerate(cells):
            c, r = i % cols, i // cols
            bx, by = x0 + c * cw, y + r * h
            self.rect(bx, by, cw, h)
            self.set_xy(bx + 1, by + 0.6)
            self.f(lab)
            self.cell(cw - 2, lab * 0.42, k)
            self.set_xy(bx + 1.2, by + lab * 0.42 + 1.4)
            self.f(val, "B")
            self.cell(cw - 2.4, val * 0.5, v)
        rows = (len(cells) + cols - 1) // cols
        self.set_xy(self.l_margin, y + rows * h + 3)
