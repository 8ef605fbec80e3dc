"""Drawing helpers shared by round DC helper famdcd's two families (all values invented; phones use 555).

A page class with an optional fax header line on every page and a running header after page 1, a logo band
(white on dark or plain), a label column, paragraphs with '#' headings, a shaded sidebar and a two-column block.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from public_kit import Page, fdate

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


class KPage(Page):
    """public_kit.Page plus a fax header line (every page) and a running header (pages after the first)."""

    def __init__(self, serif=False, footer="Page {n} of {nb}", footer_left="", fax_line=None, run_head=None):
        super().__init__(serif=serif, footer=footer, footer_left=footer_left)
        self.fax_line, self.run_head = fax_line, run_head

    def header(self):
        if self.fax_line:
            self.set_font("Sans", "", 7.5)
            self.set_xy(8, 5)
            self.cell(0, 3.5, self.fax_line.replace("{p}", str(self.page_no())))
            self.set_xy(self.l_margin, 13)
        if self.run_head and self.page_no() > 1:
            self.set_font(self.face, "", 8.5)
            self.set_x(self.l_margin)
            self.cell(0, 4.5, self.run_head, new_x="LMARGIN", new_y="NEXT")
            FPDF.line(self, self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.ln(5)

    def boxes(self, cells, h: float = 11, label_size: float = 6.5, value_size: float = 9.5):
        """One row of ruled boxes: a small label at the top of each box, the value below it."""
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for label, value, w in cells:
            self.rect(x, y0, w, h)
            self.set_xy(x + 1.2, y0 + 0.8)
            self.f(label_size)
            self.cell(w - 2.4, 3, label.upper())
            self.set_xy(x + 1.2, y0 + 4.6)
            self.f(value_size)
            self.cell(w - 2.4, 5, value)
            x += w
        self.set_xy(x0, y0 + h)


def fd(d: dt.date, style: str, lang: str = "en") -> str:
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return fdate(d, style, lang)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pat(r: random.Random, p: str) -> str:
    """'9' becomes a digit, 'A' a letter; everything else is kept."""
    return "".join(str(r.randint(0, 9)) if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def band(d: KPage, name: str, lines: list[str], dark: bool = True, size: float = 15):
    """A logo band: white text on a dark bar (dark=True) or a plain name over a rule."""
    y = d.get_y()
    w = d.w - d.l_margin - d.r_margin
    if dark:
        d.set_fill_color(38, 52, 70)
        d.rect(d.l_margin, y, w, 9 + 4.2 * len(lines), style="F")
        d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin + 3, y + 1.5)
    d.f(size, "B")
    d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    for ln in lines:
        d.set_x(d.l_margin + 3)
        d.f(8.5)
        d.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    if not dark:
        FPDF.line(d, d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.set_y(y + 9 + 4.2 * len(lines) + 4)


def lv(d: KPage, rows, w: float = 45, size: float = 9.5, x: float | None = None, h: float = 5.2):
    """A label column: bold label, value beside it."""
    d.pairs(rows, label_w=w, size=size, x=x, colon=False, h=h)
    d.ln(2)


def paras(d: KPage, items: list[str], size: float = 9.6, w: float = 0):
    """Paragraphs; an item starting with '#' is a bold heading."""
    for it in items:
        if it.startswith("#"):
            d.ln(0.8)
            d.f(size + 0.8, "B")
            d.multi_cell(w, size * 0.55, it[1:], new_x="LMARGIN", new_y="NEXT")
            d.ln(0.6)
        else:
            d.f(size)
            d.multi_cell(w, size * 0.47, it, new_x="LMARGIN", new_y="NEXT")
            d.ln(1.8)


def addr(d: KPage, lines: list[str], size: float = 10):
    for ln in lines:
        d.line(ln, size)
    d.ln(4)


def sidebar(d: KPage, rows, width: float = 50, size: float = 8.6):
    """A shaded left column of label/value blocks; returns the top y so the body can start beside it."""
    y0 = d.get_y()
    h = 4 + len(rows) * 10
    d.set_fill_color(232, 232, 232)
    d.rect(d.l_margin, y0, width, h, style="F")
    y = y0 + 2
    for k, v in rows:
        d.set_xy(d.l_margin + 2, y)
        d.f(size - 1.2, "B")
        d.cell(width - 4, 3.8, k.upper())
        d.set_xy(d.l_margin + 2, y + 4)
        d.f(size)
        d.cell(width - 4, 4.2, v)
        y += 10
    return y0, y0 + h


def two_columns(d: KPage, left: list[str], right: list[str], size: float = 8.8, gap: float = 6):
    """Two text columns side by side (each a list of paragraphs; '#' makes a heading)."""
    full = d.w - d.l_margin - d.r_margin
    cw = (full - gap) / 2
    y0 = d.get_y()
    lm = d.l_margin
    ends = []
    for i, col in enumerate((left, right)):
        x = lm + i * (cw + gap)
        d.set_left_margin(x)
        d.set_xy(x, y0)
        paras(d, col, size=size, w=cw)
        ends.append(d.get_y())
    d.set_left_margin(lm)
    d.set_xy(lm, max(ends) + 2)
