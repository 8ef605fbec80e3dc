"""Drawing helpers for round DJ, helper famdjd (Colorado Medicaid / Early Intervention Colorado developmental
therapy claim denials, commercial outpatient observation hours over 48).

Why: both families need a two-column letter whose facts column (label over value, one per row, a vertical rule
between) runs beside the letter text for the whole page on either side, and a date-time formatter for From / To
columns of observation hours. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddi_famdib import DISheet


def dtime(t: dt.datetime, style: str = "slash") -> str:
    """03/14/2026 23:40 or 03/14/26 11:40 PM."""
    if style == "ampm":
        return t.strftime("%m/%d/%y %I:%M %p")
    return t.strftime("%m/%d/%Y %H:%M")


class DJSheet(DISheet):
    """DISheet plus a full-page facts column beside the letter, on the right or the left."""

    def side_col(self, paras: list[str], facts: list[tuple[str, str]], side: str = "right", col_w: float = 52,
                 size: float = 9.5, fsize: float = 8.5, gap: float = 6, rule_to: float | None = None):
        """Letter paragraphs in a wide column; a narrow column of label-over-value facts beside them, separated
        by a thin vertical rule that runs to `rule_to` (default: the bottom margin)."""
        x0, y0 = self.l_margin, self.get_y()
        full = self.w - self.l_margin - self.r_margin
        text_w = full - col_w - gap
        if side == "right":
            tx, fx = x0, x0 + text_w + gap
            rx = fx - gap / 2
        else:
            fx, tx = x0, x0 + col_w + gap
            rx = tx - gap / 2
        self.set_draw_color(120, 120, 120)
        self.line_seg(rx, y0, rx, rule_to or (self.h - 22))
        self.set_draw_color(0, 0, 0)
        self.set_xy(fx, y0)
        for k, v in facts:
            self.set_x(fx)
            self.f(fsize - 1.5)
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
        self.set_y(max(fy, self.get_y()))
