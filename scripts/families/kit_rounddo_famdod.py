"""Drawing helpers for round DO, helper famdod (CalPERS health plan retiree claim denials; travel vaccines
excluded by an invented commercial plan).

Why: both families need what round DN's sheet has (captioned boxes, a sidebar card block, a fax header line)
plus three things of their own: a tear-off reply slip under a dashed cut line (a member number printed only
there), a barcode with its caption (a number printed only under the bars) and a letterhead with a logo word in a
box on the same line as the provider's name. Everything printed with them is invented.
"""

from __future__ import annotations

import random

from kit_rounddn_famdnd import DNSheet, people  # noqa: F401  (people re-exported for the family modules)


class DOSheet(DNSheet):
    """DNSheet plus a reply slip, a barcode with caption and a logo-word letterhead."""

    def cut_line(self, label: str = "Detach here and return with your request"):
        y = self.get_y() + 2
        self.set_dash_pattern(dash=1.2, gap=1.2)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.set_xy(self.l_margin, y + 0.8)
        self.f(6.5)
        self.cell(0, 3, label, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def barcode(self, x: float, y: float, w: float, h: float, caption: str, rng: random.Random, size: float = 8):
        """Vertical bars of random widths (not a real symbology) with the caption centred beneath."""
        xx = x
        while xx < x + w - 1:
            bw = rng.choice([0.3, 0.3, 0.6, 0.9])
            self.rect(xx, y, bw, h, style="F")
            xx += bw + rng.choice([0.3, 0.6, 0.9])
        self.set_xy(x, y + h + 0.6)
        self.f(size)
        self.cell(w, size * 0.45, caption, align="C")

    def logo_head(self, word: str, name: str, sub: str, size: float = 14):
        """A boxed logo word and the provider's name on the same line, a small address line under them."""
        self.f(size - 3, "B")
        lw = self.get_string_width(word) + 6
        y = self.get_y()
        self.rect(self.l_margin, y, lw, 9)
        self.set_xy(self.l_margin, y + 1.5)
        self.cell(lw, 6, word, align="C")
        self.set_xy(self.l_margin + lw + 4, y + 1)
        self.f(size, "B")
        self.cell(0, 7, name)
        self.set_xy(self.l_margin, y + 10.5)
        self.f(7.8)
        self.cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
        self.rule(3)
