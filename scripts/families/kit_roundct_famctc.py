"""Small layout helpers for round CT famctc families (letterheads, address windows, signatures, dates, money).

Why: both famctc families share how a letterhead, an address window and a signature look; the family modules
stay about their documents. Everything is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from public_kit import MONTHS_ES, Page


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fdate(d: dt.date, style: str) -> str:
    """slash 03/04/2026, long March 4, 2026, iso, dmy 4 Mar 2026, upper 04-MAR-2026, es 4 de marzo de 2026."""
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(),
            "abbr": d.strftime("%b %-d, %Y"), "dash": d.strftime("%m-%d-%Y"), "short": d.strftime("%m/%d/%y"),
            "nopad": f"{d.month}/{d.day}/{d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def mixed(r: random.Random, pattern: str) -> str:
    """9 -> digit, A -> capital letter (no I/O), anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in pattern)


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.choice('0345678')}-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def hline(d: Page, y: float | None = None, w: float = 0.3):
    d.set_line_width(w)
    y = d.get_y() if y is None else y
    FPDF.line(d, d.l_margin, y, d.w - d.r_margin, y)
    d.set_line_width(0.2)


def letterhead(d: Page, name: str, sub: str, style: str = "rule", tag: str | None = None):
    if style == "bar":
        d.set_fill_color(40, 40, 40)
        d.set_text_color(255, 255, 255)
        d.f(14, "B").cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        if tag:
            d.f(8.5).cell(0, 5, tag, new_x="LMARGIN", new_y="NEXT")
        d.f(7.8).cell(0, 4.5, sub, new_x="LMARGIN", new_y="NEXT")
    elif style == "center":
        d.f(15, "B").cell(0, 8, name, align="C", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(9).cell(0, 5, tag, align="C", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, align="C", new_x="LMARGIN", new_y="NEXT")
    elif style == "right":
        d.f(14, "B").cell(0, 7, name, align="R", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(8.5).cell(0, 4.5, tag, align="R", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, align="R", new_x="LMARGIN", new_y="NEXT")
    else:
        d.f(15, "B").cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(9).cell(0, 5, tag, new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    hline(d, w=0.6)
    d.ln(4)


def mail_to(d: Page, lines: list[str], size: float = 10, x: float | None = None):
    for ln in lines:
        d.set_x(d.l_margin if x is None else x)
        d.f(size).cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def signature(d: Page, lines: list[str], size: float = 9.5):
    d.ln(2)
    d.f(size).cell(0, 5, "Sincerely,", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    for ln in lines:
        d.f(size).cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
