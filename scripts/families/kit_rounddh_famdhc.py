"""Drawing helpers for round DH, helper famdhc (Texas CHIP Perinatal notices, CRNA medical-direction EOBs).

Why: both families need page parts that public_kit's Page and the DG kit's Sheet lack: stacked "Claim 1 of 3"
blocks, a light grey shaded band, an inset box inside prose, a two-column letter whose facts sit in the right
column, and a repeated continuation header. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddg_famdge import Sheet


def yy(d: dt.date) -> str:
    """03/04/26."""
    return d.strftime("%m/%d/%y")


def days_list(ds: list[dt.date], lang: str = "en") -> str:
    """'March 3, 10 and 17, 2026' (same month and year) - the sentence shape of several single dates."""
    if lang == "es":
        from public_kit import MONTHS_ES
        parts = [str(d.day) for d in ds]
        return f"{', '.join(parts[:-1])} y {parts[-1]} de {MONTHS_ES[ds[0].month - 1]} de {ds[0].year}"
    parts = [str(d.day) for d in ds]
    return f"{ds[0].strftime('%B')} {', '.join(parts[:-1])} and {parts[-1]}, {ds[0].year}"


class DHSheet(Sheet):
    """Sheet plus claim blocks, shaded bands, inset boxes and a two-column letter."""

    def band(self, text: str, size: float = 8.5, fill: int = 225, h: float | None = None):
        """A light grey shaded band across the text width with bold text."""
        self.set_fill_color(fill, fill, fill)
        self.f(size, "B")
        self.cell(0, h or size * 0.62, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def claim_block(self, title: str, rows: list[tuple[str, str]], size: float = 8.5, label_w: float = 42,
                    shade: bool = False, w: float | None = None):
        """One 'Claim 1 of 3' block: a title line (shaded if asked), then label/value lines, a rule below."""
        w = w or (self.w - self.l_margin - self.r_margin)
        self.set_fill_color(232, 232, 232)
        self.f(size + 0.5, "B")
        self.cell(w, size * 0.6, title, fill=shade, border="B", new_x="LMARGIN", new_y="NEXT")
        self.ln(0.6)
        for k, v in rows:
            self.set_x(self.l_margin + 3)
            self.f(size, "B")
            self.cell(label_w, size * 0.5, k)
            self.f(size)
            self.multi_cell(w - label_w - 3, size * 0.5, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def inset(self, title: str, rows: list[tuple[str, str]], w: float = 100, size: float = 8.5, label_w: float = 36):
        """A boxed claim summary set into the prose, indented from the left margin."""
        x = self.l_margin + 12
        y = self.get_y() + 1
        lh = size * 0.5
        h = (len(rows) + 1) * lh + 4
        self.set_draw_color(0, 0, 0)
        self.rect(x, y, w, h)
        self.set_xy(x + 2, y + 1.5)
        self.f(size, "B")
        self.cell(w - 4, lh, title, new_x="LEFT", new_y="NEXT")
        for k, v in rows:
            self.set_x(x + 2)
            self.f(size, "B")
            self.cell(label_w, lh, k)
            self.f(size)
            self.cell(w - label_w - 4, lh, v, new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, y + h + 3)

    def two_col(self, left: list[str], right: list[tuple[str, str]], split: float = 0.56, size: float = 9.5,
                rsize: float = 8.5):
        """Body paragraphs in the left column, the facts as label-over-value pairs in the right column."""
        x0, y0 = self.l_margin, self.get_y()
        full = self.w - self.l_margin - self.r_margin
        lw = full * split
        rx = x0 + lw + 6
        rw = full - lw - 6
        self.set_xy(rx, y0)
        self.set_fill_color(244, 244, 244)
        for k, v in right:
            self.set_x(rx)
            self.f(rsize - 1, "B")
            self.cell(rw, rsize * 0.45, k.upper(), fill=True, new_x="LEFT", new_y="NEXT")
            self.set_x(rx)
            self.f(rsize)
            self.multi_cell(rw, rsize * 0.5, v, new_x="LEFT", new_y="NEXT")
            self.ln(1.2)
        yr = self.get_y()
        self.set_xy(x0, y0)
        for ptext in left:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(lw, size * 0.47, ptext, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(yr, self.get_y()) + 2)

    def cont_header(self, text: str, size: float = 8):
        """A repeated header on a continuation page (member / claim / page)."""
        self.f(size, "B")
        self.cell(0, size * 0.55, text, border="B", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    fax_hdr: str | None = None

    def header(self):
        """A typed fax header line at the top of every page when fax_hdr is set ('{n}' = page number)."""
        if self.fax_hdr:
            y = self.get_y()
            self.set_xy(self.l_margin, 5)
            self.set_font("Courier", "", 7.5)
            self.cell(0, 3.6, self.fax_hdr.replace("{n}", str(self.page_no())))
            self.set_xy(self.l_margin, max(y, 11))
