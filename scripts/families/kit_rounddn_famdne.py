"""Drawing helpers for round DN, helper famdne (Illinois MMAI integrated denial notices; urine drug test
frequency-limit denials with the laboratory's statement).

Why: both families need a fax machine's header line, a header of small captioned boxes (caption in small type
above the value, as claim forms and faxed notices print them) and a horizontal rule. Everything printed with
them is invented.
"""

from __future__ import annotations

from fpdf import FPDF

from public_kit import Page


class DNSheet(Page):
    """Page plus an optional fax header line, caption-over-value boxes and a rule."""

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

    def rule(self, gap: float = 3):
        y = self.get_y() + 1
        FPDF.line(self, self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap)

    def capboxes(self, rows: list[list[tuple[str, str]]], size: float = 9, cap: float = 6, h: float = 10,
                 widths: list[list[float]] | None = None):
        """Rows of small captioned boxes: the caption in small type at the top, the value under it."""
        W = self.w - self.l_margin - self.r_margin
        for r, row in enumerate(rows):
            ws = widths[r] if widths else [W / len(row)] * len(row)
            y, x = self.get_y(), self.l_margin
            for (k, v), cw in zip(row, ws):
                self.rect(x, y, cw, h)
                self.set_xy(x + 1, y + 0.7)
                self.f(cap)
                self.cell(cw - 2, cap * 0.4, k.upper())
                self.set_xy(x + 1, y + 0.7 + cap * 0.4 + 0.9)
                self.f(size, "B")
                self.cell(cw - 2, size * 0.45, v)
                x += cw
            self.set_xy(self.l_margin, y + h)
        self.ln(3)


TAGLINES = [
    "ATTENTION: If you speak another language, language assistance services, free of charge, are available to "
    "you. Call the number on this page (TTY 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
    "Llame al número de esta página (TTY 711).",
    "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej.",
]
