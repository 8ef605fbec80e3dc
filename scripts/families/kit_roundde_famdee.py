"""Drawing helpers of round DE (famdee): a page with a running header, dot-leader label rows, caption-over-value
grids, a typed fax header line and a ruled table with two-line headings and a totals row.

Everything drawn here is fictional; the family modules supply the (invented) values.
"""

from __future__ import annotations

from public_kit import Page


class RunPage(Page):
    """A letter page whose later pages carry a running header (name, an ID, 'Page N of M')."""

    def __init__(self, run: str | None = None, serif: bool = False, footer: str | None = None,
                 footer_left: str = "", margins=(18, 16, 18)):
        super().__init__(serif=serif, footer=footer, footer_left=footer_left)
        self.run = run
        self.set_margins(*margins)

    def header(self):
        if self.run and self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.cell(0, 4, self.run.format(n=self.page_no(), nb="{nb}"), new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(4)


def fax_line(p: Page, text: str, size: float = 7.5):
    """A typed fax header line across the top of the page (sender, number, date/time, page count)."""
    p.set_font("Courier", "", size)
    p.set_xy(6, 5)
    p.cell(0, 3.5, text)
    p.set_xy(p.l_margin, 16)


def dots(p: Page, rows: list[tuple[str, str]], width: float = 62, size: float = 9.5, lead: str = ".",
         h: float = 5.2, x: float | None = None):
    """'Label ........ value' rows: the leader fills the gap between label and value."""
    for k, v in rows:
        p.set_x(p.l_margin if x is None else x)
        p.f(size)
        lw = p.get_string_width(k + " ")
        dw = p.get_string_width(lead)
        n = max(3, int((width - lw - 1.5) / dw))
        p.cell(width, h, f"{k} " + lead * n)
        p.f(size, "B")
        p.cell(0, h, " " + v, new_x="LMARGIN", new_y="NEXT")


def captions(p: Page, rows: list[list[tuple[str, str, float]]], cap: float = 6.2, val: float = 9.5,
             box: bool = False):
    """Rows of small CAPTIONS with the value printed under each one."""
    for row in rows:
        x0, y0 = p.l_margin, p.get_y()
        x = x0
        for c, v, w in row:
            if box:
                p.rect(x, y0, w, 10.5)
            p.set_xy(x + 1, y0 + 0.6)
            p.f(cap)
            p.cell(w - 2, 3, c.upper())
            p.set_xy(x + 1, y0 + 4.2)
            p.f(val, "B")
            p.cell(w - 2, 5, v)
            x += w
        p.set_xy(x0, y0 + 11.5)


def ruled(p: Page, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8,
          aligns: list[str] | None = None, total: list[str] | None = None, row_h: float = 5.4):
    """A ruled table whose headings wrap onto two lines, then the rows and a bold totals row."""
    aligns = aligns or ["L"] * len(widths)
    p.f(size - 0.4, "B")
    lh = size * 0.43
    y0, x0 = p.get_y(), p.l_margin
    hh = 2 * lh + 1.5
    x = x0
    p.set_fill_color(232, 232, 232)
    for hc, w in zip(head, widths):
        p.rect(x, y0, w, hh, style="DF")
        p.set_xy(x + 0.5, y0 + 0.6)
        p.multi_cell(w - 1, lh, hc, align="C", new_x="RIGHT", new_y="TOP")
        x += w
    p.set_xy(x0, y0 + hh)
    for r in rows:
        p.f(size)
        for c, w, a in zip(r, widths, aligns):
            p.cell(w, row_h, c, border=1, align=a)
        p.ln(row_h)
    if total:
        p.f(size, "B")
        for c, w, a in zip(total, widths, aligns):
            p.cell(w, row_h + 0.6, c, border=1, align=a)
        p.ln(row_h + 0.6)
    p.ln(2)
