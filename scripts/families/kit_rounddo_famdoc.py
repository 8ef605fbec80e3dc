"""Drawing helpers for round DO, helper famdoc (Healthy Michigan Plan claim and service denials; home blood
pressure monitors denied as convenience items).

Why: both families need a letterhead with a logo word or a box heading on the same line as the issuer's name
(providers' own papers), a barcode with a caption that carries a number printed nowhere else, and a tear-off
reply slip at the foot of a letter. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddn_famdnd import DNSheet, people  # noqa: F401  (people re-exported for the family modules)


class DOSheet(DNSheet):
    """DNSheet plus a logo letterhead, a caption-bearing barcode and a dashed reply slip."""

    def logo_head(self, name: str, logo: str, lines: list[str], box: str | None = None, size: float = 14):
        """A filled logo word, the name beside it, an optional box heading at the right on the same line."""
        y = self.get_y()
        self.f(size - 2, "B")
        lw = self.get_string_width(logo) + 6
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, y)
        self.cell(lw, 9, logo, fill=True, align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + lw + 3, y + 0.5)
        self.f(size, "B")
        self.cell(0, 8, name)
        if box:
            self.f(12, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y)
            self.cell(bw, 9, box, border=1, align="C")
        self.set_xy(self.l_margin, y + 10)
        self.f(8)
        for ln in lines:
            self.cell(0, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
        self.rule(3)

    def barcode(self, x: float, y: float, code: str, caption: str, w: float = 62, h: float = 10):
        """Bars drawn from the code's characters, the caption in small type under them."""
        pat = "".join(format(ord(c), "07b") for c in code)
        step = w / max(1, len(pat))
        self.set_fill_color(0, 0, 0)
        for i, b in enumerate(pat):
            if b == "1":
                self.rect(x + i * step, y, step * 0.9, h, style="F")
        self.set_xy(x, y + h + 0.6)
        self.f(7.4)
        self.cell(w, 3.4, caption, align="C")

    def reply_slip(self, title: str, rows: list[tuple[str, str]], note: str = ""):
        """A dashed cut line and a small return form with label/value lines."""
        self.ln(3)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.5, self.w - self.r_margin), y)
            x += 4
        self.set_xy(self.l_margin, y + 0.8)
        self.f(6.5)
        self.cell(0, 3, "Detach and return this part", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.f(9, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.pairs(rows, label_w=42, size=8.8, h=4.8)
        if note:
            self.para(note, 8)
