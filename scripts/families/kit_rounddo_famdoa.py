"""Drawing helpers for round DO, helper famdoa (New Jersey PAAD pharmacy claim denials; "incident to" billing of a
nurse practitioner's new-patient visit).

Why: both families need a letterhead with a logo word in a box beside the name, a barcode whose caption carries a
number, a dashed tear-off reply slip, and a pharmacy register printout in a fixed-width face. Everything printed
with them is invented.
"""

from __future__ import annotations

import random

from kit_rounddn_famdnd import DNSheet, people  # noqa: F401  (re-exported for the family modules)

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


class DOSheet(DNSheet):
    """DNSheet plus a logo-box letterhead, a barcode with caption, a reply slip and a monospace face."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)

    def logo_head(self, logo: str, name: str, sub: list[str], size: float = 14):
        """A boxed logo word with the organisation's name on the same line and address lines under it."""
        y = self.get_y()
        self.f(size + 2, "B")
        lw = self.get_string_width(logo) + 6
        self.rect(self.l_margin, y, lw, 10)
        self.set_xy(self.l_margin, y + 1.5)
        self.cell(lw, 7, logo, align="C")
        self.set_xy(self.l_margin + lw + 4, y + 0.5)
        self.f(size, "B")
        self.cell(0, 6, name)
        self.set_xy(self.l_margin + lw + 4, y + 6.5)
        self.f(7.8)
        self.cell(0, 3.6, sub[0])
        yy = y + 11
        for s in sub[1:]:
            self.set_xy(self.l_margin + lw + 4, yy - 1)
            self.cell(0, 3.6, s)
            yy += 3.6
        self.set_xy(self.l_margin, max(yy, y + 11) + 1)
        self.rule(3)

    def barcode(self, x: float, y: float, caption: str, rng: random.Random, w: float = 60, h: float = 9):
        """Bars of random widths and a small caption under them."""
        xx = x
        while xx < x + w - 1:
            bw = rng.choice([0.3, 0.3, 0.6, 0.9])
            self.rect(xx, y, bw, h, style="F")
            xx += bw + rng.choice([0.3, 0.6, 0.9])
        self.set_xy(x, y + h + 0.6)
        self.f(7.2)
        self.cell(w, 3.2, caption, align="C")

    def slip(self, title: str, rows: list[tuple[str, str]], size: float = 8.6):
        """A dashed cut line and a reply slip of label/value lines."""
        self.ln(3)
        y = self.get_y()
        self.set_dash_pattern(dash=1.5, gap=1.2)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.set_y(y + 1)
        self.f(6.5)
        self.cell(0, 3, "- - - fold and tear here - - -", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.line(title, size + 0.6, "B")
        self.pairs(rows, label_w=48, size=size, h=4.8)

    def mono(self, lines: list[str], size: float = 8.6, h: float | None = None):
        self.set_font("Mono", "", size)
        for ln in lines:
            self.cell(0, h or size * 0.46, ln, new_x="LMARGIN", new_y="NEXT")
