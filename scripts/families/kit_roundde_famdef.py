"""Drawing helpers of round DE helper famdef: dot/dash leader rows, captions over values, a typed fax header
line, tables whose column headings wrap over two lines, running headers. Everything printed is fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc, MONTHS_ES

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def pat(r: random.Random, shape: str) -> str:
    """'9' a digit, 'A' a letter, anything else as is."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in shape)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fd(d: dt.date, style: str) -> str:
    """Printed dates: slash 03/04/2026, short 03/04/26, tiny 3/4/26, long March 4, 2026, caps 04-MAR-2026,
    iso 2026-03-04, es 4 de marzo de 2026, abbr Mar 4, 2026."""
    return {"slash": d.strftime("%m/%d/%Y"), "short": d.strftime("%m/%d/%y"), "tiny": f"{d.month}/{d.day}/{d:%y}",
            "long": d.strftime("%B %-d, %Y"), "caps": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
            "iso": d.isoformat(), "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "abbr": d.strftime("%b %-d, %Y"), "dash": d.strftime("%m-%d-%Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "bare": f"${v:.2f}", "nosign": f"{v:,.2f}", "usd": f"{v:,.2f} USD",
            "whole": f"$ {v:,.0f}"}[style]


def fax_line(d: Doc, r: random.Random, when: dt.date, frm: str, page: int = 1, of: int = 1):
    """The line a sending fax machine types across the top of every page."""
    d.set_xy(8, 4)
    d.set_font("Courier", "", 8)
    t = f"{r.randint(7, 17):02d}:{r.randint(0, 59):02d}"
    d.cell(0, 4, f"{MON[when.month - 1]}-{when.day:02d}-{when:%y} {t}  FROM: {frm}  TO: 1 555 {pat(r, '9999999')}"
                 f"   P.{page:03d}/{of:03d}")
    d.set_xy(d.l_margin, 16)


def leader(d: Doc, label: str, value: str, w: float = 88, size: float = 10, ch: str = ".", h: float = 5.6,
           style: str = ""):
    """'Label ........ value': the label and a run of dots (or dashes) up to the value's column."""
    d.set_font(d.base_font, style, size)
    lw = d.get_string_width(label + " ")
    n = max(3, int((w - lw - 2) / d.get_string_width(ch)))
    d.cell(w, h, label + " " + ch * n)
    d.set_font(d.base_font, "B", size)
    d.cell(0, h, value, new_x="LMARGIN", new_y="NEXT")


def captions(d: Doc, cells: list[tuple[str, str, float]], size: float = 10, cap: float = 7):
    """A row of small captions with their values printed under them (no boxes), then a hairline."""
    x0, y0 = d.get_x(), d.get_y()
    x = x0
    for c, v, w in cells:
        d.set_xy(x, y0)
        d.set_font(d.base_font, "", cap)
        d.cell(w, 3.5, c)
        d.set_xy(x, y0 + 3.7)
        d.set_font(d.base_font, "B", size)
        d.cell(w, 5, v)
        x += w
    d.set_xy(x0, y0 + 10)
    d.set_line_width(0.1)
    d.line(x0, y0 + 9.6, x, y0 + 9.6)
    d.ln(1.5)


def table2(d: Doc, head1: list[str], head2: list[str], rows: list[list[str]], widths: list[float],
           aligns: str, size: float = 8, row_h: float = 5.0, ruled: bool = True):
    """A ruled table whose column headings sit on two lines; a row starting with '*' is bold (a totals row)."""
    x0 = d.get_x()
    d.set_line_width(0.3)
    d.line(x0, d.get_y(), x0 + sum(widths), d.get_y())
    d.set_font(d.base_font, "B", size - 0.5)
    for hl in (head1, head2):
        for h, w, a in zip(hl, widths, aligns):
            d.cell(w, 4, h, align=a)
        d.ln(4)
    d.line(x0, d.get_y() + 0.5, x0 + sum(widths), d.get_y() + 0.5)
    d.ln(1.2)
    d.set_line_width(0.1)
    for row in rows:
        bold = row[0].startswith("*")
        if bold:
            d.set_line_width(0.3)
            d.line(x0, d.get_y(), x0 + sum(widths), d.get_y())
            d.set_line_width(0.1)
        d.set_font(d.base_font, "B" if bold else "", size)
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, row_h, c[1:] if (i == 0 and bold) else c, align=a)
        d.ln(row_h)
        if ruled and not bold:
            d.line(x0, d.get_y(), x0 + sum(widths), d.get_y())
    d.ln(2)


def addr_block(d: Doc, lines: list[str], size: float = 10):
    d.set_font(d.base_font, "", size)
    for ln in lines:
        d.cell(0, size * 0.47, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def heading(d: Doc, text: str, size: float = 11, fill: bool = False):
    d.set_font(d.base_font, "B", size)
    if fill:
        d.set_fill_color(20, 20, 20)
        d.set_text_color(255, 255, 255)
    d.cell(0, size * 0.6, text, new_x="LMARGIN", new_y="NEXT", fill=fill)
    d.set_text_color(0, 0, 0)
    d.ln(1)
