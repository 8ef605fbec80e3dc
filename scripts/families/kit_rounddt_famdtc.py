"""Drawing helpers for round DT, helper famdtc (Arizona KidsCare notices from an invented AHCCCS health plan, letters
to a parent or guardian; an invented commercial plan writing to a member's spouse or representative about hospice
and the attending physician's visits).

Why: both families need caption forms whose small captions sit BESIDE their boxes (at the left, in capitals or
abbreviated: "MBR #", "DOS", "AMT BILLED", "REF NO.") rather than above them, and a short "about whom" band that
says who the letter is to and who it is about. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_roundds_famdsb import DSSheet, people  # noqa: F401  (people re-exported for the family modules)


class DTSheet(DSSheet):
    """DSSheet plus rows of boxes with their captions beside them and a to/about band."""

    def side_boxes(self, rows: list[list[tuple[str, str]]], cap_w: float = 20, size: float = 8.6, cap: float = 5.8,
                   h: float = 6.4):
        """Rows of (caption, value) pairs: a small caption at the left, then a ruled box holding the value."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            cw = W / len(row)
            y = self.get_y()
            for i, (k, v) in enumerate(row):
                x = self.l_margin + i * cw
                self.set_xy(x, y + (h - cap * 0.42) / 2)
                self.f(cap, "B" if k.isupper() else "")
                self.cell(cap_w - 1, cap * 0.42, k, align="R")
                self.rect(x + cap_w, y, cw - cap_w - 1.5, h)
                self.set_xy(x + cap_w + 1, y + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(cw - cap_w - 3, size * 0.45, v)
            self.set_xy(self.l_margin, y + h + 1.2)
        self.ln(1.5)

    def about(self, to: str, about: str, size: float = 8.8):
        """A ruled band: 'This letter is for' the addressee at the left, 'About' the member at the right."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.rect(self.l_margin, y, W, 11)
        for x, k, v in ((self.l_margin, "THIS LETTER IS FOR", to), (self.l_margin + W / 2, "ABOUT", about)):
            self.set_xy(x + 1.5, y + 1)
            self.f(5.8, "B")
            self.cell(W / 2 - 3, 2.6, k)
            self.set_xy(x + 1.5, y + 4.6)
            self.f(size)
            self.cell(W / 2 - 3, size * 0.45, v)
        self.set_xy(self.l_margin, y + 14)
