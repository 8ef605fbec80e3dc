"""Drawing helpers for round DM, helper famdma (TRS-Care retiree health plan claim and authorization denials; an
oral cancer drug rejected outside a mandatory specialty pharmacy network).

Why: both families need a two-column letter whose facts sit in a ruled box in a right-hand sidebar, a notice whose
facts are a grid of label/value boxes two or three wide, a typed fax header on every page and a landscape table
page. Everything printed with them is invented.
"""

from __future__ import annotations

from fpdf import FPDF

from public_kit import Page


class DMSheet(Page):
    """Page plus a typed fax header, a boxed sidebar beside the letter text and a label/value box grid."""

    def __init__(self, *a, fax_hdr: str | None = None, **k):
        super().__init__(*a, **k)
        self.fax_hdr = fax_hdr

    def header(self):
        if self.fax_hdr:
            self.set_xy(8, 4)
            self.set_font("Courier", "", 7.6)
            self.cell(0, 3.5, self.fax_hdr.replace("{n}", str(self.page_no())))
            self.set_xy(self.l_margin, max(self.t_margin, 10))

    def rule(self, gap: float = 2, x0: float | None = None, x1: float | None = None):
        y = self.get_y() + 0.8
        FPDF.line(self, self.l_margin if x0 is None else x0, y, (self.w - self.r_margin) if x1 is None else x1, y)
        self.set_y(y + gap)

    def sidebar_letter(self, paras: list[str], title: str, facts: list[tuple[str, str]], side_w: float = 58,
                       size: float = 9.4, fsize: float = 8.2, gap: float = 6, top_lines: list[str] | None = None):
        """Letter text on the left; a ruled box on the right with a shaded title and label-over-value facts."""
        x0, y0 = self.l_margin, self.get_y()
        full = self.w - self.l_margin - self.r_margin
        text_w = full - side_w - gap
        fx = x0 + text_w + gap
        self.set_xy(fx, y0)
        self.set_fill_color(215, 215, 215)
        self.f(fsize, "B")
        self.cell(side_w, 6, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        for k, v in facts:
            self.set_x(fx + 2)
            self.f(fsize - 1.2)
            self.cell(side_w - 4, fsize * 0.42, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(fx + 2)
            self.f(fsize, "B")
            self.multi_cell(side_w - 4, fsize * 0.46, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.8)
        fy = self.get_y() + 1
        self.rect(fx, y0, side_w, fy - y0)
        self.set_xy(x0, y0)
        for ln in top_lines or []:
            self.f(size)
            self.set_x(x0)
            self.cell(text_w, size * 0.47, ln, new_x="LMARGIN", new_y="NEXT")
        if top_lines:
            self.ln(3)
        for para in paras:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(text_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(2)
        self.set_y(max(fy, self.get_y()) + 2)

    def box_grid(self, rows: list[list[tuple[str, str]]], cap: float = 6.4, val: float = 8.6, h: float = 11.5):
        """Rows of equal-width ruled boxes, each a small label at its top-left and the value below it."""
        full = self.w - self.l_margin - self.r_margin
        for row in rows:
            w = full / len(row)
            y0 = self.get_y()
            for i, (k, v) in enumerate(row):
                x = self.l_margin + i * w
                self.rect(x, y0, w, h)
                self.set_xy(x + 1.2, y0 + 0.8)
                self.f(cap)
                self.cell(w - 2.4, cap * 0.42, k)
                self.set_xy(x + 1.2, y0 + 0.8 + cap * 0.42 + 1.2)
                self.f(val, "B")
                self.cell(w - 2.4, val * 0.45, v)
            self.set_xy(self.l_margin, y0 + h)
        self.ln(3)

    def band(self, text: str, size: float = 9, fill: int = 220, h: float = 6):
        self.set_fill_color(fill, fill, fill)
        self.f(size, "B")
        self.cell(0, h, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
