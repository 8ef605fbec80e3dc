"""Drawing helpers for round DM, helper famdme (CHAMPVA pharmacy claim denials; infant amino-acid formula billed
by a DME supplier instead of a pharmacy).

Why: both families need a letter with its facts in a right-hand sidebar box (the body text in a narrower left
column), a grid of label/value boxes two or three wide with the caption above the value, a landscape claims
table, and a fax machine's header line across the top of each page. Everything printed with them is invented.
"""

from __future__ import annotations

from fpdf import FPDF

from public_kit import Page


class DMSheet(Page):
    """Page plus a fax header, a sidebar box, a caption grid and a narrow-column paragraph."""

    def __init__(self, *a, fax_hdr: str | None = None, **k):
        super().__init__(*a, **k)
        self.fax_hdr = fax_hdr

    def header(self):
        if self.fax_hdr:
            y = self.get_y()
            self.set_font("Sans", "", 7)
            self.set_xy(8, 4)
            self.cell(0, 3, self.fax_hdr.format(n=self.page_no()))
            self.set_xy(self.l_margin, max(y, 10))

    def line_seg(self, x1, y1, x2, y2):
        FPDF.line(self, x1, y1, x2, y2)

    def sidebar(self, rows: list[tuple[str, str]], x: float, y: float, w: float, title: str | None = None,
                size: float = 8.2) -> float:
        """A ruled box at (x, y): optional bold title, then each label on its own line over its value."""
        y0 = y
        yy = y + 2
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
        """A paragraph confined to the left column of width w."""
        self.f(size)
        self.set_x(self.l_margin)
        self.multi_cell(w, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.ln(gap)

    def grid(self, rows: list[list[tuple[str, str]]], size: float = 9, cap: float = 6.4, h: float = 10.5):
        """Rows of label/value boxes, each row split evenly across the page width (2 or 3 cells a row)."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            cw = W / len(row)
            y = self.get_y()
            for i, (k, v) in enumerate(row):
                x = self.l_margin + i * cw
                self.rect(x, y, cw, h)
                self.set_xy(x + 1.2, y + 0.8)
                self.f(cap)
                self.cell(cw - 2, cap * 0.42, k)
                self.set_xy(x + 1.2, y + 0.8 + cap * 0.42 + 0.8)
                self.f(size, "B")
                self.cell(cw - 2, size * 0.45, v)
            self.set_xy(self.l_margin, y + h)
        self.ln(3)

    def rule(self, gap: float = 3):
        y = self.get_y() + 1
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap)


RIGHTS_TAGS = [
    "ATTENTION: If you speak another language, language assistance services, free of charge, are available to "
    "you. Call the number on this page (TTY 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
    "Llame al número de esta página (TTY 711).",
    "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn.",
]
