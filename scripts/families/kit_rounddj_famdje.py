"""Drawing helpers for round DJ, helper famdje (Texas CHIP vision benefit eyeglasses replacement denials, knee
scooter denials where crutches or a walker meet the need).

Why: both families need a two-column letter whose narrow facts column (label over value, one per row) runs
beside the text on the LEFT as well as on the right, with a thin rule between them the whole height of the text.
The DI kit's DISheet gives the caption-over-box grid and a boxed right-hand column; this adds the open column. Everything printed with
them is invented.
"""

from __future__ import annotations

from kit_rounddi_famdib import DISheet


class DJSheet(DISheet):
    """DISheet plus a facts column on either side that runs beside the letter text, ruled to the text's height."""

    def side_facts(self, paras: list[str], facts: list[tuple[str, str]], side: str = "right", col_w: float = 48,
                   size: float = 9.4, fsize: float = 8.2, gap: float = 6):
        x0, y0 = self.l_margin, self.get_y()
        full = self.w - self.l_margin - self.r_margin
        text_w = full - col_w - gap
        if side == "right":
            tx, fx, rule_x = x0, x0 + text_w + gap, x0 + text_w + gap / 2
        else:
            fx, tx, rule_x = x0, x0 + col_w + gap, x0 + col_w + gap / 2
        self.set_xy(fx, y0)
        for k, v in facts:
            self.set_x(fx)
            self.f(fsize - 1.4)
            self.cell(col_w, fsize * 0.42, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(fx)
            self.f(fsize, "B")
            self.multi_cell(col_w, fsize * 0.46, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(2.2)
        fy = self.get_y()
        self.set_xy(tx, y0)
        for para in paras:
            self.f(size)
            self.set_x(tx)
            self.multi_cell(text_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(2)
        ty = self.get_y()
        self.set_draw_color(120, 120, 120)
        self.line_seg(rule_x, y0, rule_x, max(fy, ty))
        self.set_draw_color(0, 0, 0)
        self.set_y(max(fy, ty) + 2)
