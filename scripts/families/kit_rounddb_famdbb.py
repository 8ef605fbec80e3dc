"""Drawing helpers shared by famdbb's two round-DB families (all people, plans and numbers invented)."""

from __future__ import annotations

import datetime as dt

from inv_kit import Doc, fmt_date, fmt_money

DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, footer=None, header=None, fax=None):
        super().__init__(font="DejaVu", footer=footer, header=header)
        self.add_font("DejaVu", "B", DEJAVU_B)
        self.fax = fax

    def header(self):
        if self.fax:
            self.set_font("DejaVu", "", 7.5)
            self.set_xy(6, 4)
            self.cell(0, 4, self.fax.format(p=self.page_no()))
            self.set_xy(self.l_margin, 12)
        super().header()


def new(footer=None, header=None, fax=None) -> Page:
    d = Page(footer=footer, header=header, fax=fax)
    d.add_page()
    return d


def band(d: Page, name: str, sub: str, dark: bool = True):
    """A logo band: white type on a dark bar (or dark type over a rule)."""
    y = d.get_y()
    if dark:
        d.set_fill_color(30, 40, 70)
        d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 16, "F")
        d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin + 3, y + 2)
    d.font(14, "B")
    d.cell(0, 6, name)
    d.set_xy(d.l_margin + 3, y + 9)
    d.font(8)
    d.cell(0, 4, sub)
    d.set_text_color(0, 0, 0)
    d.set_xy(d.l_margin, y + 19)
    if not dark:
        d.rule()


def labels(d: Page, pairs, lw: float = 46, size: float = 9.5):
    for k, v in pairs:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def address_block(d: Page, lines):
    for ln in lines:
        d.text_line(ln, 10)
    d.ln(4)


def heading(d: Page, text: str, size: float = 11.5):
    d.text_line(text, size, "B")
    d.ln(1)


def paras(d: Page, texts, size: float = 10):
    for t in texts:
        d.para(t, size)


def two_col(d: Page, left: list[str], right: list[str], size: float = 9.2, gap: float = 6):
    """A two-column body: paragraphs flowed down the left column, then the right."""
    w = (d.w - d.l_margin - d.r_margin - gap) / 2
    y0 = d.get_y()
    d.set_xy(d.l_margin, y0)
    for t in left:
        d.font(size)
        d.multi_cell(w, size * 0.47, t, new_x="LEFT", new_y="NEXT")
        d.ln(2)
    y1 = d.get_y()
    d.set_xy(d.l_margin + w + gap, y0)
    for t in right:
        d.font(size)
        d.multi_cell(w, size * 0.47, t, new_x="LEFT", new_y="NEXT")
        d.set_x(d.l_margin + w + gap)
        d.ln(2)
        d.set_x(d.l_margin + w + gap)
    d.set_xy(d.l_margin, max(y1, d.get_y()) + 2)


def wrapped_table(d: Page, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2):
    """A table whose header cells wrap over two lines."""
    x0, y0 = d.get_x(), d.get_y()
    d.font(size - 0.4, "B")
    d.set_fill_color(220, 220, 220)
    x = x0
    for h, w in zip(head, widths):
        d.set_xy(x, y0)
        d.multi_cell(w, 4, h, border=1, fill=True, align="C", max_line_height=4)
        x += w
    d.set_xy(x0, y0 + 8.4)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w) in enumerate(zip(row, widths)):
            d.cell(w, 5.4, c[1:] if (i == 0 and bold) else c, border=1, align="L" if i < 2 else "R")
        d.ln(5.4)
    d.ln(3)


def sidebar(d: Page, title: str, lines: list[str], w: float = 62):
    """A shaded box at the right margin, drawn at the current height; returns nothing, keeps y."""
    x = d.w - d.r_margin - w
    y = d.get_y()
    h = 7 + 4.4 * len(lines)
    d.set_fill_color(236, 236, 236)
    d.rect(x, y, w, h, "F")
    d.set_xy(x + 2, y + 1.5)
    d.font(8.5, "B")
    d.cell(w - 4, 4, title)
    for i, ln in enumerate(lines):
        d.set_xy(x + 2, y + 6 + 4.4 * i)
        d.font(8)
        d.cell(w - 4, 4, ln)
    d.set_xy(d.l_margin, y)
    return w


def fd(x: dt.date, style: str) -> str:
    if style == "MON":
        return x.strftime("%b %d, %Y").upper()
    if style == "dmy2":
        return f"{x.day} {x.strftime('%b %Y')}"
    return fmt_date(x, style)


def usd(v, style="plain"):
    return fmt_money(v, style)


def plus(x: dt.date, n: int) -> dt.date:
    return x + dt.timedelta(days=n)
