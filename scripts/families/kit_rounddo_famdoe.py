"""Drawing helpers for round DO, helper famdoe (Nevada Check Up notices of action; adult dependent full-time
student verification claim denials).

Why: both families need a member card block beside the letter ("ID#", "Subscriber No.", a program number and a
plan number together), a tear-off reply slip that is the only place a member number is printed, a barcode with
its caption, a letterhead with a boxed logo word on the same line as the name, and a pharmacy's claim printout
in a fixed-width face. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddn_famdnd import DNSheet, people  # noqa: F401

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


class DOSheet(DNSheet):
    """DNSheet plus a card block, a reply slip, a barcode with caption, a logo letterhead and a mono face."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Mono", "", MONO)

    def logo_head(self, logo: str, name: str, sub: list[str], size: float = 15):
        """A boxed logo word and the organisation's name on the same line, address lines under it."""
        y = self.get_y()
        self.f(10, "B")
        w = self.get_string_width(logo) + 6
        self.rect(self.l_margin, y, w, 9)
        self.set_xy(self.l_margin, y + 1.5)
        self.cell(w, 6, logo, align="C")
        self.set_xy(self.l_margin + w + 4, y + 1)
        self.f(size, "B")
        self.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + 10)
        self.f(8)
        for s in sub:
            self.cell(0, 3.8, s, new_x="LMARGIN", new_y="NEXT")
        self.rule(3)

    def cardblock(self, rows: list[tuple[str, str]], x: float, y: float, w: float = 70, title: str = "",
                  size: float = 8.4) -> float:
        """A rounded-corner 'card' box: title bar, then 'Label  value' lines on one line each."""
        yy = y + 1.5
        if title:
            self.set_xy(x + 2, yy)
            self.f(size, "B")
            self.cell(w - 4, size * 0.5, title)
            yy += size * 0.5 + 1.5
        for k, v in rows:
            self.set_xy(x + 2, yy)
            self.f(size - 0.6)
            self.cell(27, size * 0.5, k)
            self.f(size, "B")
            self.cell(w - 31, size * 0.5, v)
            yy += size * 0.5 + 1
        self.rect(x, y, w, yy - y + 1.5, round_corners=True, style="D")
        return yy + 1.5

    def reply_slip(self, title: str, rows: list[tuple[str, str]], note: str = ""):
        """A dashed cut line, 'detach and return' and a slip of label/value lines (the slip may be the only place
        a number is printed)."""
        self.ln(3)
        y = self.get_y()
        self.set_dash_pattern(dash=1.5, gap=1.2)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.set_y(y + 1)
        self.f(7)
        self.cell(0, 3.5, "- - detach here and return the lower part - -", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.f(9.5, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.pairs(rows, label_w=42, size=8.8, h=4.8)
        if note:
            self.para(note, 8)

    def barcode(self, code: str, x: float, y: float, w: float = 60, h: float = 9, caption: str | None = None):
        """Bars from the code's characters (decorative, not a real symbology) and its caption underneath."""
        bars = []
        for ch in code:
            v = ord(ch)
            bars += [(v >> s) & 1 for s in range(6)] + [0]
        step = w / max(1, len(bars) + 4)
        self.set_fill_color(0, 0, 0)
        xx = x + 2 * step
        for b in bars:
            self.rect(xx, y, step * (1.6 if b else 0.7), h, style="F")
            xx += step
        self.set_xy(x, y + h + 0.6)
        self.f(7.5)
        self.cell(w, 3.5, caption if caption is not None else code, align="C")
        return y + h + 4.5

    def mono(self, lines: list[str], size: float = 8.6, h: float | None = None):
        self.set_font("Mono", "", size)
        for ln in lines:
            self.cell(0, h or size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
