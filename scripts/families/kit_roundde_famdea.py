"""Drawing helpers for round DE (famdea): dotted-leader label blocks, caption-over-value grids, typed fax header
lines, running headers and two-line ruled tables. Built on public_kit.Page; everything drawn is fictional.
"""

from __future__ import annotations

import datetime as dt

from public_kit import Page

MONTHS_UP = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def upper_dmy(d: dt.date) -> str:
    """04-MAR-2026."""
    return f"{d.day:02d}-{MONTHS_UP[d.month - 1]}-{d.year}"


def short2(d: dt.date) -> str:
    """03/04/26."""
    return d.strftime("%m/%d/%y")


class Sheet(Page):
    """A Page with an optional running header from page 2 on, and an orientation."""

    def __init__(self, serif: bool = False, footer: str | None = "Page {n} of {nb}", footer_left: str = "",
                 running: str | None = None, orientation: str = "P", margins=(18, 16, 18)):
        super().__init__(serif=serif, footer=footer, footer_left=footer_left)
        if orientation == "L":
            # re-create the first page format lazily: fpdf takes orientation per page
            self.def_orientation = "L"
            self.cur_orientation = "L"
            self.w_pt, self.h_pt = self.h_pt, self.w_pt
            self.w, self.h = self.h, self.w
        self.running = running
        self.set_margins(*margins)

    def header(self):
        if self.running and self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.cell(0, 4, self.running.format(n=self.page_no(), nb="{nb}"), new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(4)

    def fax_line(self, text: str, size: float = 7.5):
        self.set_font("Courier", "", size)
        self.cell(0, 3.6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def dotted(self, rows: list[tuple[str, str]], width: float = 110, size: float = 9.5, leader: str = ".",
               x: float | None = None, h: float = 5.2):
        """'Label ........ value' rows: the label and its leader fill `width` mm, the value follows."""
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size)
            lab = k + " "
            while self.get_string_width(lab + leader) < width - 2:
                lab += leader
            self.cell(width, h, lab + " ")
            self.f(size, "B")
            self.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def captions(self, cells: list[tuple[str, str, float]], h: float = 10.5, cap: float = 6.3, val: float = 9.5,
                 box: bool = True):
        """One row: a small caption above, the value below it (boxed or open)."""
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for label, value, w in cells:
            if box:
                self.rect(x, y0, w, h)
            self.set_xy(x + 1, y0 + 0.6)
            self.f(cap)
            self.cell(w - 2, 3, label)
            self.set_xy(x + 1, y0 + 4.3)
            self.f(val, "B" if not box else "")
            self.cell(w - 2, 5, value)
            x += w
        self.set_xy(x0, y0 + h + (0 if box else 1))

    def hline(self, width: float = 0.3, gap: float = 2):
        self.set_line_width(width)
        y = self.get_y()
        super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(gap)

    def band(self, text: str, size: float = 10, fill=(40, 40, 40)):
        self.set_fill_color(*fill)
        self.set_text_color(255, 255, 255)
        self.f(size, "B")
        self.cell(0, size * 0.7, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)
