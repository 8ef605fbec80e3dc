"""Drawing helpers shared by round DE helper famdec's two families (EEOICPA medical bill denials, motorcycle
racing hazardous-activity exclusion). Everything is fictional.

Page furniture here: a portrait or landscape letter page, a label block with dot leaders ("Case ID ....... X"),
a grid of small captions with the value under each, a typed fax header line on every page, a running header on
pages after the first, and date styles the shared kit lacks (3/4/26, 04-MAR-2026).
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from public_kit import DEJAVU, DEJAVU_B, SERIF, SERIF_B, Page as _Page
from public_kit import fdate as _fdate, m2, money, plus  # noqa: F401


class Page(_Page):
    """public_kit's page, optionally landscape, with a fax line and a running header after page 1."""

    def __init__(self, serif=False, footer="Page {n} of {nb}", footer_left="", landscape=False, fax_line=None,
                 run_head=None, margins=(18, 16, 18)):
        FPDF.__init__(self, orientation="L" if landscape else "P", format="letter")
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        self.add_font("Sans", "", DEJAVU)
        self.add_font("Sans", "B", DEJAVU_B)
        self.add_font("Serif", "", SERIF)
        self.add_font("Serif", "B", SERIF_B)
        self.face = "Serif" if serif else "Sans"
        self.foot, self.foot_left = footer, footer_left
        self.fax_line, self.run_head = fax_line, run_head
        self.alias_nb_pages()
        self.set_auto_page_break(True, margin=20)
        self.set_margins(*margins)

    def header(self):
        if self.fax_line:
            self.set_xy(5, 4)
            self.set_font("Sans", "", 7)
            self.cell(0, 3.5, self.fax_line.replace("{p}", str(self.page_no())))
            self.set_xy(self.l_margin, max(self.t_margin, 11))
        if self.run_head and self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.cell(0, 4, self.run_head.replace("{p}", str(self.page_no())), new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            FPDF.line(self, self.l_margin, y, self.w - self.r_margin, y)
            self.ln(3)

    def rule(self, w=0.3):
        self.set_line_width(w)
        y = self.get_y()
        FPDF.line(self, self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(1.5)

    def leaders(self, rows, width=110, size=9.5, h=5.2, dash=False, x=None):
        """Label, then dots (or dashes) up to the value: 'Case ID ............ 500123456'."""
        ch = "-" if dash else "."
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size)
            lw = self.get_string_width(k + " ")
            vw = self.get_string_width(" " + v)
            n = max(3, int((width - lw - vw) / max(self.get_string_width(ch), 0.1)))
            self.cell(0, h, f"{k} {ch * n} {v}", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def captions(self, cells, cols=3, size=9.5, cap=6.5, h=11):
        """A boxed grid: small caption above, value under it."""
        w = (self.w - self.l_margin - self.r_margin) / cols
        x0 = self.l_margin
        for i, (k, v) in enumerate(cells):
            c, r = i % cols, i // cols
            if c == 0 and i:
                self.set_y(self.get_y() + h)
            x, y = x0 + c * w, self.get_y()
            self.rect(x, y, w, h)
            self.set_xy(x + 1.2, y + 0.8)
            self.f(cap)
            self.cell(w - 2, 3, k.upper())
            self.set_xy(x + 1.2, y + 4.6)
            self.f(size, "B")
            self.cell(w - 2, 5, v)
        self.set_xy(self.l_margin, self.get_y() + h + 3)


def fdate(d: dt.date, style: str, lang: str = "en") -> str:
    """The shared kit's styles plus 'nz' (3/4/26), 'caps' (04-MAR-2026) and 'ymd' (2026-03-04)."""
    if style == "nz":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "caps":
        return d.strftime("%d-%b-%Y").upper()
    if style == "ymd":
        return d.isoformat()
    return _fdate(d, style, lang)


def out(p: Page) -> bytes:
    return bytes(p.output())


def dig(r, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))
