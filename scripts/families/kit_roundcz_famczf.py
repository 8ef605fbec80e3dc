"""Drawing helpers shared by round CZ famczf's two families (Louisiana Medicaid notices, BAHA processor upgrades).

Everything is fictional; phones use 555. Built on inv_kit.Doc (Helvetica, latin-1 text only).
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc, pdf_bytes, truth  # noqa: F401
from public_kit import fdate as fd, money, plus  # noqa: F401


def ph(r: random.Random) -> str:
    return f"1-855-555-{r.randint(1000, 9999)}"


def pat(r: random.Random, mask: str) -> str:
    """'9' a digit, 'A' a letter, anything else kept."""
    return "".join(str(r.randint(0, 9)) if c == "9" else r.choice("ABCDEFGHJKLMNPRTUVWXY") if c == "A" else c
                   for c in mask)


def dob(r: random.Random) -> dt.date:
    return dt.date(r.randint(1948, 2012), r.randint(1, 12), r.randint(1, 28))


def band(d: Doc, name: str, lines: list[str], dark: bool = True, h: float = 22):
    """A logo band: white on dark, or dark on a light grey rule."""
    x, y, w = d.l_margin, d.get_y(), d.w - d.l_margin - d.r_margin
    if dark:
        d.set_fill_color(35, 45, 70)
        d.rect(x, y, w, h, "F")
        d.set_text_color(255, 255, 255)
    else:
        d.set_fill_color(230, 230, 230)
        d.rect(x, y, 6, h, "F")
    d.set_xy(x + (4 if dark else 10), y + 3)
    d.font(15, "B")
    d.cell(0, 7, name)
    d.font(8.5)
    for i, ln in enumerate(lines):
        d.set_xy(x + (4 if dark else 10), y + 11 + i * 3.8)
        d.cell(0, 3.8, ln)
    d.set_text_color(0, 0, 0)
    d.set_xy(x, y + h + 4)


def faxline(d: Doc, text: str):
    d.set_xy(d.l_margin, 5)
    d.font(7.5)
    d.cell(0, 4, text)
    d.set_xy(d.l_margin, d.t_margin + 2)


def lv(d: Doc, rows, w: float = 45, size: float = 9.5, x: float | None = None, h: float = 5.2):
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.font(size, "B")
        d.cell(w, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def paras(d: Doc, items: list[str], size: float = 9.6, w: float = 0, x: float | None = None):
    """'#' starts a bold heading; other items are paragraphs."""
    for it in items:
        if x is not None:
            d.set_x(x)
        if it.startswith("#"):
            d.font(size + 1, "B")
            d.multi_cell(w, size * 0.55, it[1:], new_x="LMARGIN", new_y="NEXT")
            d.ln(0.8)
        else:
            d.font(size)
            d.multi_cell(w, size * 0.47, it, new_x="LMARGIN", new_y="NEXT")
            d.ln(2)


def addr(d: Doc, lines: list[str], size: float = 9.6):
    for ln in lines:
        d.text_line(ln, size)
    d.ln(3)


def wrap_table(d: Doc, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2,
               aligns: str | None = None, row_h: float = 5.4):
    """Ruled table whose header cells wrap over two lines."""
    aligns = aligns or "L" * len(widths)
    d.font(size - 0.4, "B")
    lh = size * 0.42
    hh = 2 * lh + 1.5
    x0, y0 = d.get_x(), d.get_y()
    d.set_fill_color(220, 220, 220)
    x = x0
    for hc, w in zip(head, widths):
        d.rect(x, y0, w, hh, "DF")
        d.set_xy(x + 0.5, y0 + 0.6)
        d.multi_cell(w - 1, lh, hc, new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + hh)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, row_h, c[1:] if i == 0 and bold else c, border=1, align=a)
        d.ln(row_h)
    d.ln(3)
