"""Drawing helpers for round DH, helper famdha (Medicare home health Review Choice Demonstration notices,
intensive cardiac rehabilitation session-limit EOBs and letters).

Why: both families need page parts public_kit's Page and the DG kit's Sheet lack: a typed fax header line
repeated on every page, stacked "Claim 1 of 3" blocks, a two-column letter with the facts in the right column,
an inset box inside the prose and a grey shaded band. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddg_famdge import Sheet


def short_span(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/27/26."""
    return f"{a.strftime('%m/%d/%y')} - {b.strftime('%m/%d/%y')}"


def day_list(ds: list[dt.date]) -> str:
    """March 3, 10 and 17, 2026 (all in one month and year)."""
    days = [str(d.day) for d in ds]
    body = ", ".join(days[:-1]) + " and " + days[-1] if len(days) > 1 else days[0]
    return f"{ds[0].strftime('%B')} {body}, {ds[0].year}"


class DSheet(Sheet):
    """Sheet plus a header line on every page, claim blocks, two columns, an inset box and a grey band."""

    faxhdr: str | None = None
    runhead: str | None = None

    def header(self):
        if self.faxhdr:
            self.set_xy(self.l_margin, 5)
            self.set_font("Courier", "", 7.5)
            self.cell(0, 3.6, self.faxhdr.replace("{n}", str(self.page_no())), new_x="LMARGIN", new_y="NEXT")
        if self.runhead and self.page_no() > 1:
            self.set_xy(self.l_margin, 10)
            self.f(8, "B")
            self.cell(0, 4, self.runhead, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.set_y(y + 3)
        elif self.faxhdr:
            self.set_y(max(self.get_y() + 2, self.t_margin))

    def band(self, text: str, size: float = 9, fill: int = 225, h: float = 6):
        """A light grey full-width band with a bold caption."""
        self.set_fill_color(fill, fill, fill)
        self.f(size, "B")
        self.cell(0, h, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def shaded_rows(self, rows: list[tuple[str, str]], label_w: float = 50, size: float = 8, h: float = 4.6,
                    fill: int = 232):
        """Label/value rows on alternating grey shading."""
        w = self.w - self.l_margin - self.r_margin
        self.set_fill_color(fill, fill, fill)
        for i, (k, v) in enumerate(rows):
            self.f(size, "B")
            self.cell(label_w, h, " " + k, fill=i % 2 == 0)
            self.f(size)
            self.cell(w - label_w, h, v, fill=i % 2 == 0, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def claim_block(self, title: str, rows: list[tuple[str, str]], size: float = 8.8, label_w: float = 44,
                    status_bold: bool = True, indent: float = 4):
        """'Claim 1 of 3' and 4-6 label lines under it, a left rule beside them."""
        if self.get_y() > self.h - 55:
            self.add_page()
        self.f(size + 0.8, "B")
        self.cell(0, size * 0.6, title, new_x="LMARGIN", new_y="NEXT")
        y0 = self.get_y()
        for k, v in rows:
            self.set_x(self.l_margin + indent)
            self.f(size, "B")
            self.cell(label_w, size * 0.55, k)
            self.f(size, "B" if status_bold and k.lower().startswith("status") else "")
            self.multi_cell(self.w - self.r_margin - self.get_x(), size * 0.55, v, new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.6)
        self.line_seg(self.l_margin + 1, y0, self.l_margin + 1, self.get_y())
        self.set_line_width(0.2)
        self.ln(3)

    def two_col(self, left: list[str], right: list[tuple[str, str]], split: float = 0.6, size: float = 9.5,
                rsize: float = 8.5):
        """A letter in the left column, the facts (label over value) in a ruled right column."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        lw = W * split - 4
        x_r = self.l_margin + W * split
        for ptxt in left:
            self.f(size)
            self.set_x(self.l_margin)
            self.multi_cell(lw, size * 0.47, ptxt, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(2)
        yl = self.get_y()
        self.set_xy(x_r, y0)
        self.line_seg(x_r - 2, y0, x_r - 2, max(yl, y0 + 10))
        for k, v in right:
            self.set_x(x_r)
            self.f(rsize - 1, "B")
            self.cell(0, rsize * 0.45, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(x_r)
            self.f(rsize)
            self.multi_cell(W * (1 - split), rsize * 0.47, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        self.set_y(max(yl, self.get_y()) + 2)

    def inset(self, title: str, rows: list[tuple[str, str]], w: float = 96, size: float = 8.5, label_w: float = 34):
        """A ruled box set into the prose, indented from the left margin."""
        x = self.l_margin + 10
        y = self.get_y() + 1
        h = (len(rows) + 1) * size * 0.55 + 4
        self.rect(x, y, w, h)
        self.set_xy(x + 2, y + 1.5)
        self.f(size, "B")
        self.cell(w - 4, size * 0.55, title, new_x="LEFT", new_y="NEXT")
        for k, v in rows:
            self.set_x(x + 2)
            self.f(size, "B")
            self.cell(label_w, size * 0.55, k)
            self.f(size)
            self.cell(w - 4 - label_w, size * 0.55, v, new_x="LEFT", new_y="NEXT")
        self.set_y(y + h + 3)
