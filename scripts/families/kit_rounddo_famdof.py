"""Drawing helpers for round DO, helper famdof (Georgia PeachCare for Kids notices from an invented care management
organization; second-opinion consultations with out-of-network specialists denied by an invented commercial plan).

Why: both families need a fake barcode with a caption under it (the only place some papers print the member or
reference number), a tear-off reply slip below a dashed line, an ID-card block ("ID#", "Subscriber No."), and a
letterhead whose provider name shares its line with a logo word or a box heading. Everything printed is invented.
"""

from __future__ import annotations

import random

from kit_rounddn_famdnd import DNSheet, people  # noqa: F401  (re-exported for the family modules)


class DOSheet(DNSheet):
    """DNSheet plus a barcode with caption, a dashed tear line, a card block and a letterhead with a side word."""

    def barcode(self, x: float, y: float, caption: str, seed: int, w: float = 62, h: float = 9, size: float = 7.5):
        r = random.Random(seed)
        xx = x
        while xx < x + w:
            bw = r.choice([0.3, 0.3, 0.5, 0.8])
            self.rect(xx, y, bw, h, style="F")
            xx += bw + r.choice([0.3, 0.5, 0.7])
        self.set_xy(x, y + h + 0.6)
        self.f(size)
        self.cell(w, size * 0.42, caption, align="C")

    def tear(self, text: str = "Detach and return this part", size: float = 7):
        y = self.get_y() + 2
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2, self.w - self.r_margin), y)
            x += 3.5
        self.set_xy(self.l_margin, y + 1)
        self.f(size)
        self.cell(0, size * 0.45, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def card(self, x: float, y: float, w: float, title: str, rows: list[tuple[str, str]], size: float = 8.2) -> float:
        """An ID-card lookalike: rounded-ish box, title bar, 'label value' on one line each."""
        self.set_fill_color(225, 225, 225)
        self.rect(x, y, w, 6, style="DF")
        self.set_fill_color(0, 0, 0)
        self.set_xy(x + 2, y + 1)
        self.f(size, "B")
        self.cell(w - 4, 4, title)
        yy = y + 7.5
        for k, v in rows:
            self.set_xy(x + 2, yy)
            self.f(size - 0.6)
            self.cell(24, 4.2, k)
            self.f(size, "B")
            self.cell(w - 28, 4.2, v)
            yy += 4.8
        self.rect(x, y, w, yy - y + 1)
        return yy + 1

    def sidehead(self, name: str, side: str, sub: str, size: float = 15):
        """A letterhead whose name shares its line with a logo word or a box heading at the right."""
        y = self.get_y()
        self.f(size, "B")
        self.cell(0, 7, name)
        self.set_xy(self.w - self.r_margin - 52, y)
        self.f(9, "B")
        self.cell(52, 7, side, border=1, align="C")
        self.set_xy(self.l_margin, y + 7.5)
        self.f(8)
        self.multi_cell(0, 3.8, sub, new_x="LMARGIN", new_y="NEXT")
        self.rule(3)
