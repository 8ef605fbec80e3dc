"""Drawing helpers for round DJ, helper famdja (Wisconsin Medicaid Family Planning Only Services claim denials,
lumbar microdiscectomy conservative-therapy denials).

Why: both families need a two-column letter whose facts column (label over value, one per row) runs down the
LEFT side of the page with the letter text to its right, and a ruled From / To table with a bold total row.
The DI kit gives caption-over-box grids and a right-hand facts column; this adds the mirror image.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddi_famdib import DISheet


class DJSheet(DISheet):
    """DISheet plus a left-hand facts column and a letterhead helper."""

    def left_col(self, left: list[tuple[str, str]], right: list[str], left_w: float = 50, size: float = 9.5,
                 lsize: float = 8.2, title: str | None = None):
        """A narrow facts column on the left (label over value), the letter paragraphs to its right."""
        x0, y0 = self.l_margin, self.get_y()
        tx = x0 + left_w + 6
        tw = self.w - self.r_margin - tx
        self.set_xy(x0, y0)
        if title:
            self.f(lsize, "B")
            self.multi_cell(left_w, lsize * 0.5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
        for k, v in left:
            self.set_x(x0)
            self.f(lsize - 1.3)
            self.cell(left_w, lsize * 0.4, k.upper(), new_x="LMARGIN", new_y="NEXT")
            self.set_x(x0)
            self.f(lsize, "B")
            self.multi_cell(left_w, lsize * 0.46, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.6)
        ly = self.get_y()
        self.set_draw_color(120, 120, 120)
        self.line_seg(tx - 3, y0, tx - 3, max(ly, y0 + 60))
        self.set_draw_color(0, 0, 0)
        self.set_xy(tx, y0)
        for para in right:
            self.f(size)
            self.set_x(tx)
            self.multi_cell(tw, size * 0.47, para, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(ly, self.get_y()) + 2)

    def head(self, name: str, sub: list[str], size: float = 13, y: float = 12, mark: tuple | None = None):
        """A letterhead: optional filled square mark, the name in bold, small lines under it."""
        self.set_y(y)
        x = self.l_margin
        if mark:
            self.set_fill_color(*mark)
            self.rect(x, y, 11, 11, style="F")
            x += 14
        self.set_xy(x, y)
        self.f(size, "B")
        self.cell(0, size * 0.48, name, new_x="LMARGIN", new_y="NEXT")
        for s in sub:
            self.set_x(x)
            self.f(7.6)
            self.cell(0, 3.7, s, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
