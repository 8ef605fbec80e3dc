"""Small drawing helpers shared by round CW helper famcwf's two families (tubal ligation reversal, Alaska Medicaid
travel). Everything printed is invented; layout code stays in each family module."""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import MONTHS_ES, fmt_date, fmt_money
from public_kit import Page


def pat(r: random.Random, p: str) -> str:
    """'9' -> a digit, 'A' -> a capital letter, anything else as is."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fd(d: dt.date, style: str) -> str:
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "dmyl":
        return d.strftime("%-d %b %Y")
    if style == "dash":
        return d.strftime("%m-%d-%Y")
    return fmt_date(d, style)


def usd(v: float, style: str = "plain") -> str:
    return fmt_money(v, style)


def fee(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def letterhead(d: Page, name: str, lines: list[str], style: int = 0):
    if style == 0:
        d.f(16, "B")
        d.cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
        for ln in lines:
            d.f(8.5)
            d.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
        y = d.get_y() + 1.5
        d.set_line_width(0.6)
        d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 0.01)
        d.set_line_width(0.2)
        d.ln(6)
    elif style == 1:
        d.f(14, "B")
        d.cell(0, 7, name, align="C", new_x="LMARGIN", new_y="NEXT")
        d.f(8.5)
        d.cell(0, 4.2, "  |  ".join(lines), align="C", new_x="LMARGIN", new_y="NEXT")
        d.ln(5)
    else:
        w = d.w - d.l_margin - d.r_margin
        y = d.get_y()
        d.set_fill_color(230, 230, 230)
        d.rect(d.l_margin, y, w, 8 + 4.2 * len(lines), style="F")
        d.set_xy(d.l_margin + 3, y + 1)
        d.f(13, "B")
        d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        for ln in lines:
            d.set_x(d.l_margin + 3)
            d.f(8.3)
            d.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
        d.ln(6)


def addr(d: Page, lines: list[str], size: float = 10):
    for ln in lines:
        d.f(size)
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def paras(d: Page, items: list[str], size: float = 9.8):
    """Paragraphs; an item starting with '#' is a bold heading."""
    for it in items:
        if it.startswith("#"):
            d.f(size + 0.8, "B")
            d.multi_cell(0, size * 0.55, it[1:], new_x="LMARGIN", new_y="NEXT")
            d.ln(1)
        else:
            d.f(size)
            d.multi_cell(0, size * 0.48, it, new_x="LMARGIN", new_y="NEXT")
            d.ln(2.2)


def lv(d: Page, rows: list[tuple[str, str]], w: float = 40, size: float = 9.5, x: float | None = None,
       h: float = 5.0, bold: bool = True):
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.f(size, "B" if bold else "")
        d.cell(w, h, k)
        d.f(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def sidebar(d: Page, rows: list[tuple[str, str]], x: float = 150, w: float = 48, size: float = 7.6):
    """A shaded column at the right: small caption above each value. Returns to the top afterwards."""
    y0 = d.get_y()
    hgt = 9.0 * len(rows) + 3
    d.set_fill_color(238, 238, 238)
    d.rect(x, y0, w, hgt, style="F")
    y = y0 + 2
    for k, v in rows:
        d.set_xy(x + 2, y)
        d.f(size - 1.2)
        d.cell(w - 4, 3.4, k.upper())
        d.set_xy(x + 2, y + 3.4)
        d.f(size + 0.6, "B")
        d.cell(w - 4, 4.2, v)
        y += 9.0
    d.set_xy(d.l_margin, y0)
    return y0, y0 + hgt


def cover(frm: str, to: str, fax_from: str, fax_to: str, date: str, pages: int, note: str) -> bytes:
    d = Page(footer=None)
    d.add_page()
    d.f(26, "B")
    d.cell(0, 14, "FAX", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for k, v in [("To:", to), ("Fax:", fax_to), ("From:", frm), ("Fax:", fax_from), ("Date:", date),
                 ("Pages:", f"{pages} including this cover")]:
        d.f(12, "B")
        d.cell(30, 9, k)
        d.f(12)
        d.cell(0, 9, v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.f(11)
    d.multi_cell(0, 6, note, new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.f(8.5)
    d.multi_cell(0, 4.5, "CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only "
                 "for the named recipient. If you received it in error, notify the sender and destroy it.",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(d.output())
