"""Drawing helpers for round DJ, helper famdjb (Colorado HCBS waiver assistive technology denials, hospital bed
rails and trapeze accessory denials).

Why: both families need a two-column letter whose facts column (label over value, one per row) runs down the
LEFT side beside the text, and a From/To table whose last row is a bold total; the DI kit has the right-hand
column and the caption-over-box grid. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddi_famdib import DISheet


class DJSheet(DISheet):
    """DISheet plus a left-hand facts column and a small letterhead helper."""

    def facts_left(self, left: list[tuple[str, str]], body: list[str], col_w: float = 52, size: float = 9.5,
                   lsize: float = 8.2):
        """A narrow facts column on the left (label over value) with a rule, the letter text to its right."""
        x0, y0 = self.l_margin, self.get_y()
        bx = x0 + col_w + 6
        bw = self.w - self.r_margin - bx
        self.set_xy(x0, y0)
        for k, v in left:
            self.set_x(x0)
            self.f(lsize - 1.3)
            self.cell(col_w, lsize * 0.4, k.upper(), new_x="LMARGIN", new_y="NEXT")
            self.set_x(x0)
            self.f(lsize, "B")
            self.multi_cell(col_w, lsize * 0.46, v, new_x="LMARGIN", new_y="NEXT", align="L")
            self.ln(2)
        ly = self.get_y()
        self.set_xy(bx, y0)
        for para in body:
            self.f(size)
            self.set_x(bx)
            self.multi_cell(bw, size * 0.47, para, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(2)
        by = self.get_y()
        self.set_draw_color(120, 120, 120)
        self.line_seg(bx - 3, y0, bx - 3, max(ly, by))
        self.set_draw_color(0, 0, 0)
        self.set_y(max(ly, by) + 2)

    def letterhead(self, name: str, sub: str, size: float = 13, bar: bool = True):
        self.set_y(12)
        self.f(size, "B")
        self.cell(0, size * 0.46, name, new_x="LMARGIN", new_y="NEXT")
        self.f(7.8)
        self.cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
        if bar:
            y = self.get_y() + 1
            self.set_line_width(0.6)
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)
            self.set_y(y + 3)
