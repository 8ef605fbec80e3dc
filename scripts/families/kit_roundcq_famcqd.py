"""Small drawing helpers shared by round CQ's famcqd families (drug-testing frequency EOB, varenicline quantity limit).

Everything is fictional. Built on public_kit.Page (DejaVu faces, so Spanish accents print).
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF
from public_kit import MONTHS_ES, Page

MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fdate(d: dt.date, style: str) -> str:
    """03/04/2026, March 4, 2026, 2026-03-04, 4 Mar 2026, 04-MAR-2026, 4 de marzo de 2026, 3/4/26, MAR 04, 2026."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper_dmy": d.strftime("%d-%b-%Y").upper(),
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}", "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%b %d, %Y").upper(), "abbr": d.strftime("%b %-d, %Y"),
            "dash": d.strftime("%m-%d-%Y"), "nopad": f"{d.month}/{d.day}/{d.year}",
            "es_abbr": f"{d.day:02d}-{MES[d.month - 1]}-{d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def mixed(r: random.Random, pattern: str) -> str:
    """'9' a digit, 'A' a letter, anything else as is."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in pattern)


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '855', '866', '877', '888'])}-555-{r.randint(100, 199):04d}"


def letterhead(d: Page, name: str, sub: str, style: str = "rule", tag: str | None = None):
    """Three letterhead styles: a ruled name line, a boxed wordmark with the address at right, a centred block."""
    if style == "rule":
        d.line(name, 15, "B", h=8)
        d.line(sub, 8.5, h=4.5)
        y = d.get_y() + 1
        d.set_line_width(0.8)
        FPDF.line(d, d.l_margin, y, d.w - d.r_margin, y)
        d.set_line_width(0.2)
        d.ln(5)
    elif style == "box":
        x, y = d.l_margin, d.get_y()
        d.set_fill_color(40, 40, 40)
        d.rect(x, y, 64, 14, style="F")
        d.set_text_color(255)
        d.set_xy(x + 2, y + 3)
        d.f(12, "B").cell(60, 8, tag or name.split()[0].upper())
        d.set_text_color(0)
        d.set_xy(x + 70, y)
        d.f(10, "B").cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
        d.set_x(x + 70)
        d.f(8).multi_cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 18)
    else:
        d.line(name.upper(), 13, "B", align="C", h=7)
        if tag:
            d.line(tag, 9, align="C", h=4.5)
        d.line(sub, 8, align="C", h=4.5)
        d.ln(4)


def mail_to(d: Page, lines: list[str], size: float = 10):
    for ln in lines:
        d.line(ln, size, h=size * 0.5)
    d.ln(4)


def signature(d: Page, lines: list[str], close: str = "Sincerely,"):
    d.ln(2)
    d.line(close, 10, h=6)
    d.ln(6)
    for ln in lines:
        d.line(ln, 9.5, h=4.8)


def hrule(d: Page, width: float = 0.3, gap: float = 2):
    y = d.get_y()
    d.set_line_width(width)
    FPDF.line(d, d.l_margin, y, d.w - d.r_margin, y)
    d.set_line_width(0.2)
    d.ln(gap)
