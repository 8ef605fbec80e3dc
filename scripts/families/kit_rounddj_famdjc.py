"""Drawing helpers for round DJ, helper famdjc (Medicare ESRD home dialysis supplier, capitation and training
claims; pediatric ankle-foot orthosis replacement denials).

Why: both families need a letter whose facts run in a narrow column beside the text for the whole page, on the
left or on the right (a ruled rule between the columns, label over value), and a ruled statement table with a
bold total row. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddi_famdib import DISheet


class DJSheet(DISheet):
    """DISheet plus a side facts column on either side."""

    def side_col(self, paras: list[str], facts: list[tuple[str, str]], side: str = "right", text_w: float = 118,
                 size: float = 9.5, fsize: float = 8.2, title: str | None = None):
        """The letter's paragraphs in a wide column; a narrow facts column (label over value) beside it."""
        x0, y0 = self.l_margin, self.get_y()
        full = self.w - self.l_margin - self.r_margin
        col_w = full - text_w - 6
        if side == "right":
            tx, fx = x0, x0 + text_w + 6
        else:
            fx, tx = x0, x0 + col_w + 6
        self.set_xy(fx, y0)
        if title:
            self.set_x(fx)
            self.f(fsize, "B")
            self.multi_cell(col_w, fsize * 0.5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.5)
        for k, v in facts:
            self.set_x(fx)
            self.f(fsize - 1.3)
            self.multi_cell(col_w, fsize * 0.4, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(fx)
            self.f(fsize, "B")
            self.multi_cell(col_w, fsize * 0.46, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.8)
        fy = self.get_y()
        self.set_xy(tx, y0)
        for para in paras:
            self.set_x(tx)
            self.f(size)
            self.multi_cell(text_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(2)
        ty = self.get_y()
        rx = (x0 + text_w + 3) if side == "right" else (x0 + col_w + 3)
        self.set_draw_color(120, 120, 120)
        self.line_seg(rx, y0, rx, max(fy, ty))
        self.set_draw_color(0, 0, 0)
        self.set_y(max(fy, ty) + 2)
