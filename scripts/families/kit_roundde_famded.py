"""Drawing helpers for round DE's famded families (PSHB disputed claims; living kidney donor expenses).

Why: both families need dot-leader label blocks, captions over values, typed fax header lines, two-line table
headings and a running header on page 2; keeping those here keeps each family module about its letters.
Everything printed is invented (people, plans, numbers; phones are 555 numbers).
"""

from __future__ import annotations

import datetime as dt

from public_kit import MONTHS_ES, Page

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fd(d: dt.date, style: str) -> str:
    """Dates: slash 03/04/2026, short2 03/04/26, nopad 3/4/26, upper 04-MAR-2026, long, iso, es, abbr."""
    return {"slash": d.strftime("%m/%d/%Y"), "short2": d.strftime("%m/%d/%y"),
            "nopad": f"{d.month}/{d.day}/{d.strftime('%y')}", "upper": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
            "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(), "abbr": d.strftime("%b %-d, %Y"),
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "flat": f"${v:.2f}", "usd": f"{v:,.2f} USD", "space": f"$ {v:,.2f}",
            "nocents": f"${v:,.0f}", "bare": f"{v:,.2f}"}[style]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class P(Page):
    """A Page with an optional running header on pages after the first."""

    def __init__(self, serif=False, footer="Page {n} of {nb}", footer_left="", running=None, orientation="P",
                 margins=(18, 16, 18)):
        super().__init__(serif=serif, footer=footer, footer_left=footer_left)
        self.running = running
        self.set_margins(*margins)
        if orientation == "L":
            self.cur_orientation = "L"
        self._orient = orientation

    def header(self):
        if self.running and self.page_no() > 1:
            self.f(8.5)
            self.cell(0, 4.5, self.running, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(4)

    def newpage(self):
        self.add_page(orientation=self._orient)

    def faxline(self, text: str):
        self.set_font("Courier", "", 8)
        self.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def dots(self, rows, label_w=62, size=9.5, leader=".", h=5.2):
        """Labels running into dot (or dash) leaders before the value."""
        for k, v in rows:
            self.f(size)
            lw = self.get_string_width(k + " ")
            unit = self.get_string_width(leader)
            n = max(3, int((label_w - lw - 1) / unit))
            self.cell(label_w, h, k + " " + leader * n)
            self.f(size, "B")
            self.cell(0, h, " " + v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def captions(self, cells, size=10, cap=6.5, h=10.5, border=True):
        """Small captions with the value printed under each; cells = [(caption, value, width)]."""
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for c, v, w in cells:
            if border:
                self.rect(x, y0, w, h)
            self.set_xy(x + 1, y0 + 0.7)
            self.f(cap)
            self.cell(w - 2, 3, c)
            self.set_xy(x + 1, y0 + 4.3)
            self.f(size, "B")
            self.cell(w - 2, 5, v)
            x += w
        self.set_xy(x0, y0 + h + (0 if border else 1))

    def letterhead(self, name, sub, addr, size=15, rule=True, align="L"):
        self.f(size, "B")
        self.cell(0, size * 0.5, name, new_x="LMARGIN", new_y="NEXT", align=align)
        self.f(8.5)
        for s in (sub, addr):
            if s:
                self.cell(0, 4.2, s, new_x="LMARGIN", new_y="NEXT", align=align)
        if rule:
            y = self.get_y() + 1
            super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(5)

    def lines(self, rows, size=10, h=4.9):
        for r in rows:
            self.f(size)
            self.cell(0, h, r, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def out(pdf: P) -> bytes:
    return bytes(pdf.output())
