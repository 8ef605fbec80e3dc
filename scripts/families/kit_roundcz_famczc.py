"""Round CZ famczc drawing helpers: a white-on-dark logo band, a fax header line, a label column, boxed grids.

Everything fictional; the two family modules (Minnesota DTR notices, ACL level-of-care denials) share these.
"""

from __future__ import annotations

import datetime as dt

from inv_kit import Doc


def band(d: Doc, name: str, sub: str = "", h: float = 16):
    """A dark logo band with the issuer's name in white."""
    y = d.get_y()
    d.set_fill_color(30, 40, 70)
    d.rect(0, y - 4, d.w, h, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, y - 1)
    d.font(15, "B")
    d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    if sub:
        d.font(8.5)
        d.cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(y + h)


def fax_line(d: Doc, text: str):
    """The sending machine's line across the top of a faxed page."""
    y = d.get_y()
    d.set_xy(6, 5)
    d.font(7.5)
    d.cell(0, 3.5, text)
    d.set_y(max(y, 11))


def label_col(d: Doc, pairs: list[tuple[str, str]], lw: float = 48, size: float = 9.8, x: float | None = None):
    """Labels in a left column, values beside them."""
    for k, v in pairs:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.52, k)
        d.font(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def grid(d: Doc, rows: list[list[tuple[str, str, float]]], h: float = 11):
    for row in rows:
        d.boxes(row, h=h)
    d.ln(3)


def wrap_head_table(d: Doc, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2,
                    aligns: str | None = None):
    """A table whose header cells wrap over two lines (e.g. 'Amount / Billed')."""
    aligns = aligns or "L" * len(widths)
    x0, y0 = d.get_x(), d.get_y()
    d.set_fill_color(215, 215, 215)
    d.font(size - 0.4, "B")
    x = x0
    for h, w, a in zip(head, widths, aligns):
        d.set_xy(x, y0)
        d.multi_cell(w, 4.2, h, border=1, align=a, fill=True, max_line_height=4.2, new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + 8.4)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, 5.6, c[1:] if (i == 0 and bold) else c, border=1, align=a)
        d.ln(5.6)
    d.ln(3)


def plus(day: dt.date, n: int) -> dt.date:
    return day + dt.timedelta(days=n)
