"""Drawing helpers for round CX helper famcxf's two families (IV iron site of care; BPPV canalith repositioning).

Everything is fictional; phones are 1-555 numbers. Layout pieces only: letterheads, address blocks, label
columns, paragraphs with '#' headings, a right-hand fact box, dates and money in the ways insurers print them.
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import MONTHS_ES, Page

__all__ = ["Page", "fd", "usd", "pat", "plus", "letterhead", "addr", "lv", "paras", "factbox", "fee"]


def fd(d: dt.date, style: str) -> str:
    """Date styles: slash 03/04/2026, long March 4, 2026, iso, dmy 4 Mar 2026, abbr Mar 4, 2026,
    upper 04-MAR-2026, dash 03-04-2026, nopad 3/4/2026, dlong 4 March 2026, es 4 de marzo de 2026."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%d-%b-%Y").upper(),
            "dash": d.strftime("%m-%d-%Y"), "nopad": f"{d.month}/{d.day}/{d.year}", "dlong": d.strftime("%-d %B %Y"),
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "wlong": d.strftime("%A, %B %-d, %Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def fee(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, 0.75, r.randint(1, 99) / 100]), 2)


def pat(r: random.Random, shape: str) -> str:
    """'9' becomes a digit, 'A' a letter, anything else stays."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRSTUVWXYZ") if c == "A" else c
                   for c in shape)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def letterhead(d: Page, name: str, lines: list[str], style: int = 0) -> None:
    """0: bold name left with a rule; 1: centred name, small lines centred; 2: a filled band with the name."""
    if style == 2:
        d.set_fill_color(40, 40, 40)
        d.set_text_color(255, 255, 255)
        d.f(14, "B")
        d.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.f(8.5)
        d.cell(0, 5, "   ".join(lines), new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
        return
    align = "C" if style == 1 else "L"
    d.f(15 if style == 1 else 13.5, "B")
    d.cell(0, 7, name, align=align, new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    for ln in lines:
        d.cell(0, 4.2, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    if style == 0:
        y = d.get_y() + 1.5
        d.set_line_width(0.6)
        d.line_(y)
        d.set_line_width(0.2)
    d.ln(6)


def _line(self: Page, y: float) -> None:
    super(Page, self).line(self.l_margin, y, self.w - self.r_margin, y)


Page.line_ = _line


def addr(d: Page, lines: list[str], size: float = 10) -> None:
    d.f(size)
    for ln in lines:
        d.cell(0, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def lv(d: Page, rows: list[tuple[str, str]], w: float = 45, size: float = 9.5, x: float | None = None,
       bold: bool = True) -> None:
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.f(size, "B" if bold else "")
        d.cell(w, size * 0.52, k)
        d.f(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")


def paras(d: Page, items: list[str], size: float = 10, w: float = 0) -> None:
    """Paragraphs; one starting with '#' is a bold heading."""
    for p in items:
        if p.startswith("#"):
            d.ln(1)
            d.f(size + 0.8, "B")
            d.multi_cell(w, size * 0.55, p[1:], new_x="LMARGIN", new_y="NEXT")
            d.ln(0.8)
            continue
        d.f(size)
        d.multi_cell(w, size * 0.48, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2.2)


def factbox(d: Page, rows: list[tuple[str, str]], x: float = 140, w: float = 58, size: float = 8.2,
            title: str | None = None) -> float:
    """A ruled box at the right edge holding label/value pairs stacked (label small, value below); returns its bottom."""
    y0 = d.get_y()
    d.set_xy(x, y0)
    if title:
        d.f(size + 0.6, "B")
        d.cell(w, 5.5, " " + title, border="B", new_x="LEFT", new_y="NEXT")
    for k, v in rows:
        d.set_x(x)
        d.f(size - 1.2)
        d.cell(w, 3.6, " " + k, new_x="LEFT", new_y="NEXT")
        d.f(size, "B")
        d.cell(w, 4.6, " " + v, new_x="LEFT", new_y="NEXT")
    y1 = d.get_y() + 1
    d.rect(x, y0, w, y1 - y0)
    d.set_xy(d.l_margin, y0)
    return y1
