"""Drawing helpers shared by round CX helper famcxd's two families (letterheads, address blocks, label columns).

Everything printed with these helpers is fictional; the Page class and truth shape come from public_kit/inv_kit.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF
from public_kit import Page, fdate, money  # noqa: F401

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fd(d: dt.date, style: str) -> str:
    """Dates in the forms the checkers accept."""
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_abbr":
        return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"
    if style == "dmyu":  # 04-MAR-2026
        return d.strftime("%d-%b-%Y").upper()
    if style == "dmy":  # 4 Mar 2026
        return d.strftime("%-d %b %Y")
    return fdate(d, style)


def usd(v: float, style: str = "plain") -> str:
    return money(v, style)


def pat(r: random.Random, shape: str) -> str:
    """Digits for every 9 in shape, capital letters for every A; anything else kept."""
    out = []
    for i, c in enumerate(shape):
        if c == "9":
            out.append(str(r.randint(1 if i == 0 else 0, 9)))
        elif c == "A":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fee(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, 0.75, r.randint(1, 99) / 100]), 2)


def letterhead(d: Page, name: str, lines: list[str], style: int = 0, tag: str | None = None):
    """Three letterheads: a filled logo block, a centred serif name over a rule, a left name with a right column."""
    if style == 0:
        d.set_fill_color(40, 40, 40)
        d.rect(d.l_margin, d.get_y(), 14, 14, style="F")
        d.set_text_color(255, 255, 255)
        d.f(15, "B")
        d.set_xy(d.l_margin, d.get_y() + 3)
        d.cell(14, 8, "".join(w[0] for w in name.split()[:2]), align="C")
        d.set_text_color(0, 0, 0)
        d.set_xy(d.l_margin + 18, d.get_y() - 3)
        d.f(14, "B")
        d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        for ln in lines:
            d.set_x(d.l_margin + 18)
            d.f(8.3)
            d.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
    elif style == 1:
        d.f(16, "B")
        d.cell(0, 8, name, align="C", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(9)
            d.cell(0, 4.5, tag, align="C", new_x="LMARGIN", new_y="NEXT")
        y = d.get_y() + 1
        FPDF.line(d, d.l_margin, y, d.w - d.r_margin, y)
        d.ln(2.5)
        d.f(8)
        d.cell(0, 4, "   |   ".join(lines), align="C", new_x="LMARGIN", new_y="NEXT")
        d.ln(5)
    else:
        y0 = d.get_y()
        d.f(13, "B")
        d.cell(110, 6.5, name.upper(), new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(8.5)
            d.cell(110, 4.2, tag, new_x="LMARGIN", new_y="NEXT")
        y1 = d.get_y()
        d.set_y(y0)
        for ln in lines:
            d.set_x(d.w - d.r_margin - 68)
            d.f(7.8)
            d.cell(68, 3.8, ln, align="R", new_x="LMARGIN", new_y="NEXT")
        d.set_y(max(y1, d.get_y()) + 2)
        d.set_line_width(0.8)
        FPDF.line(d, d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
        d.set_line_width(0.2)
        d.ln(5)


def addr(d: Page, lines: list[str], size: float = 10, x: float | None = None):
    for ln in lines:
        d.set_x(d.l_margin if x is None else x)
        d.f(size)
        d.cell(90, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def paras(d: Page, items: list[str], size: float = 9.8, gap: float = 2.2):
    """Paragraphs; an item starting with '#' is a bold heading."""
    for it in items:
        if it.startswith("#"):
            d.ln(0.8)
            d.f(size + 0.8, "B")
            d.multi_cell(0, size * 0.52, it[1:], new_x="LMARGIN", new_y="NEXT")
            d.ln(0.8)
        else:
            d.f(size)
            d.multi_cell(0, size * 0.47, it, new_x="LMARGIN", new_y="NEXT")
            d.ln(gap)


def sidebar(d: Page, rows: list[tuple[str, str]], w: float = 58, size: float = 8.3):
    """A grey box at the right of the page with small labels above values; the cursor returns to the top."""
    y0 = d.get_y()
    x = d.w - d.r_margin - w
    h = len(rows) * 8.6 + 3
    d.set_fill_color(236, 236, 236)
    d.rect(x, y0, w, h, style="F")
    y = y0 + 1.5
    for k, v in rows:
        d.set_xy(x + 2, y)
        d.f(size - 1.6)
        d.cell(w - 4, 3.2, k.upper())
        d.set_xy(x + 2, y + 3.3)
        d.f(size, "B")
        d.cell(w - 4, 4.2, v)
        y += 8.6
    d.set_xy(d.l_margin, y0)
    return y0 + h


def fax_cover_pdf(to: str, frm: str, fax_to: str, fax_from: str, date: str, pages: int, note: str) -> bytes:
    """A typed fax cover page (belongs to no document)."""
    d = Page(footer=None)
    d.add_page()
    d.f(22, "B")
    d.cell(0, 12, "FAX", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.pairs([("To", to), ("Fax", fax_to), ("From", frm), ("Fax", fax_from), ("Date", date),
             ("Pages", f"{pages} including this cover")], label_w=28, size=11, h=8)
    d.ln(6)
    paras(d, [note, "CONFIDENTIAL: this transmission may contain protected health information. If you are not the "
                    "intended recipient, notify the sender and destroy all copies."], size=10.5)
    return bytes(d.output())
