"""Drawing helpers shared by round CV helper famcve's two families (SMA gene therapy, Florida Medicaid REOMB).

Everything fictional: people, plans, IDs, amounts; phones use 1-555. Layout lives in each family module.
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import Page, out, plus  # noqa: F401

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fd(d: dt.date, style: str) -> str:
    """Dates in forms both truth checkers accept."""
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_abbr":
        return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "dash": d.strftime("%m-%d-%Y"), "upper": d.strftime("%d-%b-%Y").upper(),
            "dlong": d.strftime("%-d %B %Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def pat(r: random.Random, p: str) -> str:
    """'9' a digit, 'X' a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "X" else c
                   for c in p)


def fee(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, 0.75, r.randint(1, 99) / 100]), 2)


def letterhead(d: Page, name: str, lines: list[str], style: int = 0):
    """0 centred bold; 1 left bold with a rule; 2 dark band with white name; 3 right-aligned block."""
    if style == 2:
        d.set_fill_color(40, 40, 40)
        d.rect(0, 0, d.w, 24, "F")
        d.set_text_color(255, 255, 255)
        d.set_xy(d.l_margin, 6)
        d.f(15, "B")
        d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        d.f(8.5)
        d.cell(0, 5, "   ".join(lines[:2]), new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.set_y(28)
        for ln in lines[2:]:
            d.line(ln, 8.5)
        d.ln(3)
        return
    align = {0: "C", 1: "L", 3: "R"}[style]
    d.line(name, 15 if style != 3 else 13, "B", align)
    for ln in lines:
        d.line(ln, 8.8, "", align, h=4.4)
    if style == 1:
        d.ln(1)
        y = d.get_y()
        d.set_line_width(0.6)
        super(Page, d).line(d.l_margin, y, d.w - d.r_margin, y)
        d.set_line_width(0.2)
    d.ln(5)


def lv(d: Page, rows: list[tuple[str, str]], w: float = 45, size: float = 9.5, x: float | None = None,
       h: float = 5.2, colon: bool = True):
    d.pairs(rows, label_w=w, size=size, x=x, h=h, colon=colon)
    d.ln(2)


def paras(d: Page, items: list[str], size: float = 9.8):
    for it in items:
        if it.startswith("#"):
            d.heading(it[1:], size + 1, gap=0.5)
        elif it == "":
            d.ln(3)
        else:
            d.para(it, size, gap=2)


def addr(d: Page, lines: list[str], size: float = 9.8):
    for ln in lines:
        d.line(ln, size, h=4.8)
    d.ln(5)
