"""Drawing helpers for round DN, helper famdnc (Colorado CHP+ notices; physical therapy plan-of-care certification).

Why: both families need a header of small captioned boxes (caption in small type above the value), a fax
machine's header line across the top of each page, a right-hand sidebar box, and a barcode with its caption in
a footer (a case number printed nowhere else). Everything printed with them is invented.
"""

from __future__ import annotations

import random

from fpdf import FPDF

from public_kit import Page


class DNSheet(Page):
    """Page plus a fax header line, captioned boxes, a sidebar box, a narrow-column paragraph and a barcode footer."""

    def __init__(self, *a, fax_hdr: str | None = None, barcode: str | None = None, **k):
        super().__init__(*a, **k)
        self.fax_hdr = fax_hdr
        self.barcode = barcode

    def header(self):
        if self.fax_hdr:
            y = self.get_y()
            self.set_font("Sans", "", 7)
            self.set_xy(8, 4)
            self.cell(0, 3, self.fax_hdr.format(n=self.page_no()))
            self.set_xy(self.l_margin, max(y, 10))

    def footer(self):
        super().footer()
        if self.barcode:
            rng = random.Random(self.barcode)
            x, y = self.l_margin, self.h - 24
            for _ in range(46):
                w = rng.choice([0.3, 0.3, 0.6, 0.9])
                self.rect(x, y, w, 6, style="F")
                x += w + rng.choice([0.3, 0.5, 0.8])
            self.set_xy(self.l_margin, y + 6.3)
            self.set_font("Sans", "", 7)
            self.cell(60, 3, f"*{self.barcode}*")

    def line_seg(self, x1, y1, x2, y2):
        FPDF.line(self, x1, y1, x2, y2)

    def rule(self, gap: float = 3):
        y = self.get_y() + 1
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap)

    def capboxes(self, rows: list[list[tuple[str, str]]], size: float = 9, cap: float = 6, h: float = 10.5,
                 widths: list[list[float]] | None = None):
        """Rows of small captioned boxes: the caption in small type in the box's top left, the value below it."""
        W = self.w - self.l_margin - self.r_margin
        for r, row in enumerate(rows):
            ws = widths[r] if widths else [W / len(row)] * len(row)
            y = self.get_y()
            x = self.l_margin
            for (k, v), cw in zip(row, ws):
                self.rect(x, y, cw, h)
                self.set_xy(x + 1, y + 0.7)
                self.f(cap)
                self.cell(cw - 2, cap * 0.42, k.upper())
                self.set_xy(x + 1, y + 0.7 + cap * 0.42 + 1.0)
                self.f(size, "B")
                self.cell(cw - 2, size * 0.45, v)
                x += cw
            self.set_xy(self.l_margin, y + h)
        self.ln(3)

    def sidebar(self, rows: list[tuple[str, str]], x: float, y: float, w: float, title: str | None = None,
                size: float = 8.2) -> float:
        y0, yy = y, y + 2
        if title:
            self.set_xy(x + 2, yy)
            self.f(size + 0.6, "B")
            self.multi_cell(w - 4, size * 0.5, title, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 1.5
        for k, v in rows:
            self.set_xy(x + 2, yy)
            self.f(size - 1.2)
            self.cell(w - 4, size * 0.42, k, new_x="LEFT", new_y="NEXT")
            self.f(size, "B")
            self.multi_cell(w - 4, size * 0.48, v, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 1.6
        self.rect(x, y0, w, yy - y0 + 0.5)
        return yy + 0.5

    def col_para(self, text: str, w: float, size: float = 9.4, gap: float = 2):
        self.f(size)
        self.set_x(self.l_margin)
        self.multi_cell(w, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.ln(gap)


TAGLINES = [
    "ATTENTION: If you speak another language, free language assistance services are available to you. "
    "Call the Member Services number on this page (TTY 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
    "Llame al número de Servicios para Miembros (TTY 711).",
    "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn.",
]
