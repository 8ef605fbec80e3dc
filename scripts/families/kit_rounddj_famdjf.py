"""Drawing helpers for round DJ, helper famdjf (Michigan Medicaid blood lead testing and lead home investigation
claim notices; an invented plan paying freestanding emergency room visits at the urgent care level).

Why: both families need a two-column letter whose narrow facts column (label over value, one per row) runs beside
the letter text for the whole page, on the right or on the left, with a thin rule between the columns; the DI
kit's caption-over-box grid and the DH kit's bands are reused as they are. Everything printed with them is
invented.
"""

from __future__ import annotations

from kit_rounddi_famdib import DISheet


class DJSheet(DISheet):
    """DISheet plus a page-long side column of facts (right or left of the letter text)."""

    def side_facts(self, paras: list[str], facts: list[tuple[str, str]], side: str = "right",
                   text_w: float = 118, size: float = 9.5, fsize: float = 8.4, gap: float = 6):
        """Letter paragraphs in a wide column; facts (small label over bold value) in a narrow one beside it."""
        x0, y0 = self.l_margin, self.get_y()
        full = self.w - self.l_margin - self.r_margin
        fw = full - text_w - gap
        if side == "right":
            tx, fx = x0, x0 + text_w + gap
        else:
            fx, tx = x0, x0 + fw + gap
        rule_x = (fx - gap / 2) if side == "right" else (fx + fw + gap / 2)
        self.set_xy(fx, y0)
        for k, v in facts:
            self.set_x(fx)
            self.f(fsize - 1.4)
            self.cell(fw, fsize * 0.42, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(fx)
            self.f(fsize, "B")
            self.multi_cell(fw, fsize * 0.47, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(2.2)
        fy = self.get_y()
        self.set_xy(tx, y0)
        for p in paras:
            self.f(size)
            self.set_x(tx)
            self.multi_cell(text_w, size * 0.47, p, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(2)
        ty = self.get_y()
        bottom = max(fy, ty)
        self.set_draw_color(120, 120, 120)
        self.line_seg(rule_x, y0, rule_x, bottom)
        self.set_draw_color(0, 0, 0)
        self.set_y(bottom + 2)
