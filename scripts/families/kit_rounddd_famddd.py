"""Drawing helpers shared by round DD helper famddd's two families (Idaho Medicaid notices, Longshore bills).

Everything is fictional; the page furniture here is a white-on-dark band, a label column, a shaded sidebar,
a fax header line and a running header on later pages.
"""

from __future__ import annotations

import datetime as dt

from public_kit import Page as _Page
from public_kit import fdate, m2, money, plus, span  # noqa: F401


class Page(_Page):
    """public_kit's page plus an optional running header on pages after the first and a fax line on every page."""

    def __init__(self, run_head: str | None = None, fax_line: str | None = None, **kw):
        super().__init__(**kw)
        self.run_head, self.fax_line = run_head, fax_line

    def header(self):
        if self.fax_line:
            self.set_xy(6, 4)
            self.set_font(self.face, "", 7)
            self.cell(0, 3.5, self.fax_line.replace("{p}", str(self.page_no())))
            self.set_xy(self.l_margin, 12)
        if self.run_head and self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.cell(0, 4, self.run_head, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            _Page.line_raw(self, y)
            self.ln(3)


def _line_raw(self, y):
    from fpdf import FPDF
    FPDF.line(self, self.l_margin, y, self.w - self.r_margin, y)


_Page.line_raw = _line_raw


def band(p: Page, title: str, sub: str = "", h: float = 16):
    """White text on a dark band across the page top."""
    p.set_fill_color(35, 45, 60)
    p.rect(0, p.get_y() - 2, p.w, h, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin, p.get_y())
    p.f(13, "B")
    p.cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT")
    if sub:
        p.f(8.5)
        p.cell(0, 4.5, sub, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_y(p.get_y() + (h - 13))
    p.ln(3)


def sidebar(p: Page, rows: list[tuple[str, str]], w: float = 52):
    """A shaded left sidebar of label blocks (label above value); returns the x where the body starts."""
    x0, y0 = p.l_margin, p.get_y()
    hgt = 11.5 * len(rows) + 4
    p.set_fill_color(228, 228, 228)
    p.rect(x0, y0, w, hgt, style="F")
    y = y0 + 2
    for k, v in rows:
        p.set_xy(x0 + 2, y)
        p.f(7, "B")
        p.cell(w - 4, 3.5, k.upper())
        p.set_xy(x0 + 2, y + 4)
        p.f(9)
        p.cell(w - 4, 4.5, v)
        y += 11.5
    return x0 + w + 5, y0, y0 + hgt


def body_at(p: Page, x: float, y: float, paras_: list[str], size: float = 9.5):
    """Paragraphs in a right-hand column starting at (x, y)."""
    p.set_xy(x, y)
    for t in paras_:
        p.set_x(x)
        p.f(size)
        p.multi_cell(p.w - p.r_margin - x, size * 0.47, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.8)


def out(p: Page) -> bytes:
    return bytes(p.output())


def iso(d: dt.date) -> str:
    return d.isoformat()
