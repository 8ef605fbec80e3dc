"""Drawing helpers for round DH, helper famdhf (Two-Midnight short-stay QIO reviews, co-surgeon modifier 62 denials).

Why: both families need page parts that public_kit's Page and the DG kit's Sheet lack: a typed fax header line
repeated on every page, a light grey shaded band, "Claim 1 of 3" stacked label blocks, an inset box inside the
prose and a two-column letter with the facts in the right column. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddg_famdge import Sheet


def yy_span(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/05/26."""
    return f"{a.strftime('%m/%d/%y')} - {b.strftime('%m/%d/%y')}"


def days_sentence(ds: list[dt.date]) -> str:
    """March 3, 10 and 17, 2026 (one month, one year)."""
    days = [str(d.day) for d in ds]
    return f"{ds[0].strftime('%B')} {', '.join(days[:-1])} and {days[-1]}, {ds[0].year}"


class Sheet2(Sheet):
    """The DG Sheet plus a per-page fax header, shaded bands, claim blocks, inset boxes and two columns."""

    fax_hdr: str | None = None
    run_hdr: str | None = None

    def header(self):
        if self.fax_hdr:
            self.set_font("Courier", "", 7.5)
            self.set_xy(self.l_margin, 5)
            self.cell(0, 3.6, self.fax_hdr.replace("{n}", str(self.page_no())), new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(self.get_y() + 2, self.t_margin))
        if self.run_hdr and self.page_no() > 1:
            self.f(7.5, "B")
            self.cell(0, 4, self.run_hdr, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(3)

    def band(self, text: str, size: float = 9, grey: int = 225, h: float = 6):
        self.set_fill_color(grey, grey, grey)
        self.f(size, "B")
        self.cell(0, h, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def shaded_table(self, head, rows, widths, size=7.8, row_h=4.6, grey=232):
        self.set_fill_color(grey, grey, grey)
        self.f(size, "B")
        for hcell, w in zip(head, widths):
            self.cell(w, row_h + 0.6, hcell, border=1, fill=True)
        self.ln(row_h + 0.6)
        self.f(size)
        for i, r in enumerate(rows):
            for c, w in zip(r, widths):
                self.cell(w, row_h, c, border=1, fill=(i % 2 == 1))
            self.ln(row_h)
        self.ln(2)

    def claim_block(self, title: str, rows: list[tuple[str, str]], size: float = 8.8, label_w: float = 40,
                    status_bold: bool = False):
        self.f(size + 0.5, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y0 = self.get_y()
        for k, v in rows:
            self.set_x(self.l_margin + 4)
            self.f(size, "B")
            self.cell(label_w, size * 0.5, k)
            self.f(size, "B" if status_bold and k.lower().startswith("status") else "")
            self.cell(0, size * 0.5, v, new_x="LMARGIN", new_y="NEXT")
        self.line_seg(self.l_margin + 1.5, y0, self.l_margin + 1.5, self.get_y())
        self.ln(2.5)

    def inset(self, title: str, rows: list[tuple[str, str]], w: float = 92, size: float = 8.5, label_w: float = 34):
        """A boxed claim summary indented inside the prose (right side)."""
        x = self.w - self.r_margin - w
        y0 = self.get_y()
        lh = size * 0.5
        h = (len(rows) + 1) * lh + 4
        self.set_fill_color(246, 246, 246)
        self.rect(x, y0, w, h, style="DF")
        self.set_xy(x + 2, y0 + 1.5)
        self.f(size, "B")
        self.cell(w - 4, lh, title, new_x="LEFT", new_y="NEXT")
        for k, v in rows:
            self.set_x(x + 2)
            self.f(size, "B")
            self.cell(label_w, lh, k)
            self.f(size)
            self.cell(w - 4 - label_w, lh, v, new_x="LEFT", new_y="NEXT")
        self.set_y(y0 + h + 3)

    def two_col(self, paras: list[str], facts: list[tuple[str, str]], right_w: float = 62, size: float = 9.5,
                fsize: float = 8.5):
        """Letter text in the left column, the facts (label above value) in a ruled right column."""
        gap = 6
        xr = self.w - self.r_margin - right_w
        lw = xr - gap - self.l_margin
        y0 = self.get_y()
        self.set_xy(xr, y0)
        for k, v in facts:
            self.set_x(xr)
            self.f(fsize - 1, "B")
            self.cell(right_w, fsize * 0.45, k.upper(), new_x="LEFT", new_y="NEXT")
            self.f(fsize)
            self.multi_cell(right_w, fsize * 0.48, v, new_x="LEFT", new_y="NEXT")
            self.ln(1.2)
        yr = self.get_y()
        self.line_seg(xr - gap / 2, y0, xr - gap / 2, yr)
        self.set_xy(self.l_margin, y0)
        for ptxt in paras:
            self.f(size)
            self.set_x(self.l_margin)
            self.multi_cell(lw, size * 0.47, ptxt, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(self.get_y(), yr) + 2)
