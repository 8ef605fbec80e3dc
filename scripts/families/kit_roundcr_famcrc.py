"""Shared helpers for round CR (famcrc) families: dates, money, letterheads, address blocks. All fictional."""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from public_kit import MONTHS_ES, Page, m2, out  # noqa: F401


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fd(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%d-%b-%Y").upper(),
            "mdy": f"{d.month}/{d.day}/{d.year}", "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "usd": f"USD {v:,.2f}", "space": f"$ {v:,.2f}",
            "es": f"US${v:,.2f}"}[style]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.choice('0345678')}-{digits(r, 3)}-{digits(r, 4)}"


def letterhead(d: Page, name: str, sub: str, style: str = "rule", tag: str = "") -> None:
    if style == "box":
        d.set_line_width(0.6)
        d.rect(d.l_margin, d.get_y(), 60, 12)
        d.f(11, "B").cell(60, 12, tag or name.split()[0].upper(), align="C")
        d.set_x(d.l_margin + 64)
        d.f(12, "B").cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 64)
        d.f(8).cell(0, 6, sub, new_x="LMARGIN", new_y="NEXT")
        d.set_line_width(0.2)
        d.ln(4)
    elif style == "right":
        d.f(14, "B").cell(0, 7, name, align="R", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, align="R", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(8).cell(0, 4.5, tag, align="R", new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
    else:
        d.f(15, "B").cell(0, 8, name, align="C" if style == "center" else "L", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(9, "B").cell(0, 5, tag, align="C" if style == "center" else "L", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, align="C" if style == "center" else "L", new_x="LMARGIN", new_y="NEXT")
        y = d.get_y() + 1
        d.set_line_width(0.5)
        FPDF.line(d, d.l_margin, y, d.w - d.r_margin, y)
        d.set_line_width(0.2)
        d.ln(5)


def mail_to(d: Page, lines: list[str], size: float = 10) -> None:
    for ln in lines:
        d.f(size).cell(0, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def signature(d: Page, lines: list[str], close: str = "Sincerely,") -> None:
    d.ln(2)
    if close:
        d.para(close, 10)
    d.ln(4)
    for ln in lines:
        d.f(9.5).cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
