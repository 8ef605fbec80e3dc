"""Drawing helpers for round DD helper famdde's two families (all values invented; phones 555)."""

from __future__ import annotations

import datetime as dt
import random

from public_kit import Page, fdate, money, m2, out, plus, span, truth  # noqa: F401


def pat(r: random.Random, p: str) -> str:
    return "".join(str(r.randint(0, 9)) if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(100, 999)}-{r.randint(1000, 9999)}"


def band(p: Page, title: str, sub: str = "", h: float = 16):
    """A logo band: white letters on a dark bar."""
    y = p.get_y()
    p.set_fill_color(30, 40, 70)
    p.rect(0, y, p.w, h, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin, y + 2)
    p.f(15, "B")
    p.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    if sub:
        p.f(8.5)
        p.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_y(y + h + 4)


def faxline(p: Page, text: str):
    p.set_y(5)
    p.f(7.5)
    p.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y() + 3, p.t_margin))


def boxes(p: Page, cells, h: float = 11):
    """A row of ruled boxes, small label on top, value below."""
    x0, y0 = p.get_x(), p.get_y()
    x = x0
    for label, value, w in cells:
        p.rect(x, y0, w, h)
        p.set_xy(x + 1.2, y0 + 0.8)
        p.f(6.5)
        p.cell(w - 2.4, 3, label.upper())
        p.set_xy(x + 1.2, y0 + 4.8)
        p.f(9.5)
        p.cell(w - 2.4, 5, value)
        x += w
    p.set_xy(x0, y0 + h)


def two_col(p: Page, side: list[tuple[str, str]], body: list[str], side_w: float = 55, size: float = 9.5):
    """A shaded left column of label/value lines beside body paragraphs on the right."""
    y0 = p.get_y()
    p.set_fill_color(232, 232, 232)
    p.rect(p.l_margin, y0, side_w, 8 + 10.5 * len(side), style="F")
    yy = y0 + 3
    for k, v in side:
        p.set_xy(p.l_margin + 2, yy)
        p.f(7.5, "B")
        p.cell(side_w - 4, 4, k)
        p.set_xy(p.l_margin + 2, yy + 4.2)
        p.f(9)
        p.cell(side_w - 4, 4.5, v)
        yy += 10.5
    x = p.l_margin + side_w + 6
    p.set_xy(x, y0)
    for b in body:
        p.set_x(x)
        bold = b.startswith("#")
        p.f(size + (0.5 if bold else 0), "B" if bold else "")
        p.multi_cell(p.w - p.r_margin - x, size * 0.48, b.lstrip("#"), new_x="LMARGIN", new_y="NEXT")
        p.ln(1.8)
    p.set_y(max(p.get_y(), yy + 6))


def paras(p: Page, items: list[str], size: float = 9.8):
    for it in items:
        if it == "@page":
            p.add_page()
        elif it.startswith("#"):
            p.heading(it[1:], size=size + 1.2, gap=0.5)
        else:
            p.para(it, size=size)


def cover_pdf(to: str, frm: str, fax: str, date: str, pages: int, re_: str) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line("FAX TRANSMITTAL", 22, "B", h=14)
    p.ln(6)
    p.pairs([("To", to), ("From", frm), ("Fax", fax), ("Date", date), ("Pages", f"{pages} including this cover"),
             ("Re", re_)], label_w=30, size=12, h=9)
    p.ln(8)
    p.para("CONFIDENTIAL: this transmission may contain protected health information. If received in error, "
           "please call the sender and destroy all copies.", size=10)
    return out(p)


class HPage(Page):
    """A Page with a running header line on pages after the first."""

    def __init__(self, running: str, **kw):
        super().__init__(**kw)
        self.running = running

    def header(self):
        if self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.cell(0, 4.5, self.running, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)


def wrap_table(p: Page, head, rows, widths, size: float = 8.2):
    """A ruled table whose header cells wrap over two lines."""
    p.table(head, rows, widths, size=size)
