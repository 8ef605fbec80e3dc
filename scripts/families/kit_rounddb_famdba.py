"""Drawing helpers shared by famdba's two round-DB families (all people, plans and numbers invented)."""

from __future__ import annotations

import datetime as dt

from inv_kit import Doc


def band(d: Doc, name: str, sub: str, dark: bool = True):
    """A logo band: white on dark (or a plain bold name over a rule)."""
    y = d.get_y()
    if dark:
        d.set_fill_color(30, 45, 80)
        d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 16, style="F")
        d.set_text_color(255, 255, 255)
        d.set_xy(d.l_margin + 3, y + 2)
        d.font(14, "B")
        d.cell(0, 6, name)
        d.set_xy(d.l_margin + 3, y + 9)
        d.font(8.5)
        d.cell(0, 4.5, sub)
        d.set_text_color(0, 0, 0)
        d.set_xy(d.l_margin, y + 19)
    else:
        d.text_line(name, 15, "B", h=7)
        d.text_line(sub, 8.5)
        d.rule(0.6, 3)


def fax_line(d: Doc, text: str):
    y = d.get_y()
    d.set_xy(d.l_margin, 5)
    d.font(7.5)
    d.cell(0, 4, text)
    d.set_xy(d.l_margin, max(y, 11))


def labels(d: Doc, pairs: list[tuple[str, str]], lw: float = 48, size: float = 9.8):
    for k, v in pairs:
        d.font(size, "B")
        d.cell(lw, size * 0.5, k)
        d.font(size)
        d.cell(0, size * 0.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def heading(d: Doc, text: str, size: float = 11):
    d.ln(1)
    d.text_line(text, size, "B", h=size * 0.55)
    d.ln(1)


def plus(x: dt.date, n: int) -> dt.date:
    return x + dt.timedelta(days=n)


def wrapped_head_table(d: Doc, heads: list[tuple[str, str]], rows: list[list[str]], widths: list[float],
                       size: float = 8.3, aligns: str | None = None):
    """A table whose header wraps over two lines (each head given as two lines)."""
    aligns = aligns or "L" * len(widths)
    d.font(size - 0.3, "B")
    for line in (0, 1):
        for (a, b), w, al in zip(heads, widths, aligns):
            d.cell(w, 4.2, (a, b)[line], border="B" if line else "", align=al)
        d.ln(4.2)
    d.ln(1)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, al) in enumerate(zip(row, widths, aligns)):
            d.cell(w, 5, c[1:] if (i == 0 and bold) else c, align=al)
        d.ln(5.2)
    d.ln(2)
