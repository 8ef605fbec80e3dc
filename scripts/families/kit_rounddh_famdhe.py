"""Drawing helpers for round DH, helper famdhe (Wisconsin Medicaid refund-request notices, speech therapy visit
limit denials).

Why: both families need page parts that public_kit's Page and the DG kit's Sheet lack: a typed fax header line
repeated on every page, a repeated continuation header, a two-column letter with the facts in a right column,
stacked "Claim 1 of 3" label blocks, a light grey shaded band and an inset summary box inside prose.
Everything printed with them is invented.
"""

from __future__ import annotations

import random

from kit_rounddg_famdge import Sheet


def mixed_id(rng: random.Random, prefix: str, pattern: str) -> str:
    """An identifier mixing OCR-confusable letters and digits: pattern chars 'd' digit, 'c' one of O0I1S5B8l,
    anything else printed as is."""
    out = []
    for ch in pattern:
        if ch == "d":
            out.append(rng.choice("0123456789"))
        elif ch == "c":
            out.append(rng.choice("O0I15SB8"))
        else:
            out.append(ch)
    return prefix + "".join(out)


class DHSheet(Sheet):
    """Sheet plus a fax header line and/or a continuation header printed on every page."""

    def __init__(self, *a, fax_hdr: str | None = None, cont: str | None = None, **k):
        self.fax_hdr, self.cont = fax_hdr, cont
        super().__init__(*a, **k)

    def header(self):
        if self.fax_hdr:
            self.set_xy(self.l_margin, 5)
            self.set_font("Courier", "", 7.5)
            self.cell(0, 3.4, self.fax_hdr.format(n=self.page_no()), new_x="LMARGIN", new_y="NEXT")
        if self.cont and self.page_no() > 1:
            self.set_xy(self.l_margin, 10)
            self.f(8, "B")
            self.cell(0, 4, self.cont, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.set_y(y + 3)
        elif self.fax_hdr:
            self.set_y(11)

    def band(self, text: str, size: float = 9, grey: int = 222, h: float = 6):
        """A full-width light grey shaded band with bold text."""
        self.set_fill_color(grey, grey, grey)
        self.f(size, "B")
        self.cell(0, h, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def block(self, title: str, rows: list[tuple[str, str]], size: float = 8.5, label_w: float = 38,
              shade: bool = False):
        """One stacked claim block: a title line and 4-6 label lines inside a ruled box."""
        lh = size * 0.5
        h = lh * (len(rows) + 1) + 3
        if self.get_y() + h > self.h - 22:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        w = self.w - self.l_margin - self.r_margin
        if shade:
            self.set_fill_color(232, 232, 232)
            self.rect(x, y, w, lh + 1.5, style="F")
        self.rect(x, y, w, h)
        self.set_xy(x + 2, y + 1)
        self.f(size, "B")
        self.cell(0, lh, title, new_x="LMARGIN", new_y="NEXT")
        for k, v in rows:
            self.set_x(x + 4)
            self.f(size)
            self.cell(label_w, lh, k)
            self.cell(0, lh, v, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + h + 2)

    def two_col(self, left: list[str], right: list[tuple[str, str]], left_w: float = 100, size: float = 9.5,
                rsize: float = 8.5):
        """A letter body column on the left and a facts column (label over value) on the right."""
        x0, y0 = self.l_margin, self.get_y()
        rx = x0 + left_w + 6
        rw = self.w - self.r_margin - rx
        self.set_draw_color(150, 150, 150)
        self.line_seg(rx - 3, y0, rx - 3, y0 + 8 * len(right) * 1.2)
        self.set_draw_color(0, 0, 0)
        self.set_xy(rx, y0)
        for k, v in right:
            self.set_x(rx)
            self.f(rsize - 1, "B")
            self.cell(rw, rsize * 0.42, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(rx)
            self.f(rsize)
            self.multi_cell(rw, rsize * 0.45, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        ry = self.get_y()
        self.set_xy(x0, y0)
        for para in left:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(left_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(ry, self.get_y()))

    def inset(self, title: str, rows: list[tuple[str, str]], w: float = 96, size: float = 8.5):
        """A boxed summary inset in the prose, indented from the left margin."""
        lh = size * 0.5
        x = self.l_margin + 12
        y = self.get_y()
        h = lh * (len(rows) + 1) + 3
        self.set_fill_color(244, 244, 244)
        self.rect(x, y, w, h, style="DF")
        self.set_xy(x + 2, y + 1)
        self.f(size, "B")
        self.cell(w - 4, lh, title, new_x="LMARGIN", new_y="NEXT")
        for k, v in rows:
            self.set_x(x + 2)
            self.f(size)
            self.cell(34, lh, k)
            self.cell(w - 38, lh, v, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + h + 3)
