"""Helpers for round CX's famcxb families (Oregon Health Plan CCO notices; gastric electrical stimulator denials).

Layout pieces only (letterheads, label columns, paragraphs with headings, date forms); everything fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import MONTHS_ES, Page, fdate, money, out, plus, span  # noqa: F401


def pat(r: random.Random, pattern: str) -> str:
    """'9' a digit, 'A' a capital letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in pattern)


def fd(d: dt.date, style: str) -> str:
    """Date forms: those of public_kit plus 04-MAR-2026, 4 March 2026, 4 de marzo de 2026, 3/4/2026."""
    if style == "dmyU":
        return d.strftime("%d-%b-%Y").upper()
    if style == "dlong":
        return d.strftime("%-d %B %Y")
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "nopad":
        return f"{d.month}/{d.day}/{d.year}"
    return fdate(d, style)


def ph(r: random.Random) -> str:
    return f"1-555-{pat(r, '999')}-{pat(r, '9999')}"


def letterhead(p: Page, name: str, lines: list[str], style: int = 0):
    """Three letterhead styles: centred serif-like, left with rule, right-aligned block."""
    if style == 0:
        p.line(name, 15, "B", "C", h=8)
        for s in lines:
            p.line(s, 8.5, "", "C", h=4.2)
        p.ln(2)
        y = p.get_y()
        p.set_line_width(0.6)
        super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
        p.set_line_width(0.2)
        p.ln(4)
    elif style == 1:
        p.f(17, "B")
        p.cell(0, 9, name, new_x="LMARGIN", new_y="NEXT")
        p.f(8.5)
        p.cell(0, 4.2, "  |  ".join(lines), new_x="LMARGIN", new_y="NEXT")
        y = p.get_y() + 1
        p.set_fill_color(60, 60, 60)
        p.rect(p.l_margin, y, p.w - p.l_margin - p.r_margin, 1.2, style="F")
        p.ln(6)
    else:
        p.f(13, "B")
        p.cell(0, 7, name, align="R", new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            p.f(8.5)
            p.cell(0, 4.2, s, align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)


def lv(p: Page, rows: list[tuple[str, str]], w: float = 45, size: float = 9.5, x: float | None = None,
       h: float = 5.2):
    """A label column: bold label, value beside it."""
    for k, v in rows:
        p.set_x(p.l_margin if x is None else x)
        p.f(size, "B")
        p.cell(w, h, k)
        p.f(size)
        p.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)


def paras(p: Page, items: list[str], size: float = 9.8):
    """Paragraphs; an item starting with '#' is a bold heading."""
    for it in items:
        if it.startswith("#"):
            p.ln(0.5)
            p.f(size + 0.8, "B")
            p.multi_cell(0, size * 0.52, it[1:], new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        else:
            p.para(it, size, gap=1.8)


def addr(p: Page, lines: list[str], size: float = 10):
    for s in lines:
        p.line(s, size, h=5)
    p.ln(4)
