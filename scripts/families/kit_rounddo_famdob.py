"""Drawing helpers for round DO, helper famdob (New Hampshire Granite Advantage MCO notices of adverse benefit
determination; office visits inside a surgery's 90-day global period denied as included in the surgery).

Why: both families need a letterhead with a logo word or a box heading on the same line as the issuer's name, a
printed barcode whose caption carries a number (a reply slip's member number), a tear-off reply slip and a ruled
"card" block (ID#, Subscriber No.). Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddn_famdnd import DNSheet, people  # noqa: F401  (people re-exported for the family modules)


class DOSheet(DNSheet):
    """DNSheet plus a logo-word letterhead, a barcode with a caption, a reply slip and a card block."""

    def logohead(self, logo: str, name: str, sub: str, box: str | None = None, size: float = 14):
        """A filled logo word, the issuer's name beside it, an optional boxed heading at the right margin."""
        y = self.get_y()
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255, 255, 255)
        self.f(size - 2, "B")
        lw = self.get_string_width(logo) + 6
        self.rect(self.l_margin, y, lw, 9, style="F")
        self.set_xy(self.l_margin, y + 1.2)
        self.cell(lw, 6.5, logo, align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + lw + 3, y)
        self.f(size, "B")
        self.cell(0, 6, name)
        if box:
            self.f(9.5, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, y + 1)
            self.cell(bw, 7, box, border=1, align="C")
        self.set_xy(self.l_margin + lw + 3, y + 6)
        self.f(7.6)
        self.cell(0, 3.6, sub)
        self.set_xy(self.l_margin, y + 11)
        self.rule(3)

    def barcode(self, caption: str, x: float, y: float, seed: int, w: float = 62, h: float = 9):
        """Bars drawn from the seed's bits, the caption printed under them in small type."""
        self.set_fill_color(0, 0, 0)
        xx, bits = x, seed
        while xx < x + w:
            bw = 0.35 + (bits & 3) * 0.3
            if bits & 4:
                self.rect(xx, y, bw, h, style="F")
            xx += bw + 0.3
            bits = (bits * 1103515245 + 12345) & 0x7FFFFFFF
        self.set_xy(x, y + h + 0.6)
        self.f(7.2)
        self.cell(w, 3.4, caption, align="C")

    def slip(self, title: str, rows: list[tuple[str, str]], size: float = 8.6):
        """A dashed cut line, then a reply slip of label/value pairs."""
        y = self.get_y() + 2
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.5, self.w - self.r_margin), y)
            x += 4.5
        self.set_xy(self.l_margin, y + 1)
        self.f(6.5)
        self.cell(0, 3, "detach and return this part")
        self.set_xy(self.l_margin, y + 5)
        self.f(size + 0.8, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.pairs(rows, label_w=42, size=size, h=4.8)

    def card(self, rows: list[tuple[str, str]], x: float, y: float, w: float = 74, title: str = "") -> float:
        """A rounded-look ID-card block: title bar, then 'label value' on one line each."""
        self.set_fill_color(215, 215, 215)
        self.rect(x, y, w, 6, style="F")
        self.set_xy(x + 2, y + 1)
        self.f(8, "B")
        self.cell(w - 4, 4, title)
        yy = y + 7.5
        for k, v in rows:
            self.set_xy(x + 2, yy)
            self.f(7.8)
            self.cell(24, 4.2, k)
            self.f(8.4, "B")
            self.cell(w - 28, 4.2, v)
            yy += 4.8
        self.rect(x, y, w, yy - y + 1)
        return yy + 1
