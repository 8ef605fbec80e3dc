"""Small layout helpers for round CS famcsf families (letterheads, mail blocks, dates, money).

Why: both famcsf families share how a letterhead, an address window and a signature look; the family modules
stay about their documents. Everything is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import MONTHS_ES, Page


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fdate(d: dt.date, style: str) -> str:
    """slash 03/04/2026, long March 4, 2026, iso, dmy 4 Mar 2026, upper_dmy 04-MAR-2026, es 4 de marzo de 2026."""
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper_dmy": d.strftime("%d-%b-%Y").upper(),
            "abbr": d.strftime("%b %-d, %Y"), "dash": d.strftime("%m-%d-%Y"), "short": d.strftime("%m/%d/%y"),
            "dlong": d.strftime("%-d %B %Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "es": f"${v:,.2f}"}[style]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def mixed(r: random.Random, pattern: str) -> str:
    """9 -> digit, A -> capital letter (no I/O), anything else kept."""
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(r.choice("0123456789"))
        elif ch == "A":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def phone(r: random.Random) -> str:
    return f"1-8{r.randint(0, 8)}{r.randint(0, 9)}-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def letterhead(d: Page, name: str, sub: str, style: str = "rule", tag: str | None = None):
    if style == "box":
        d.set_fill_color(35, 35, 35)
        d.set_text_color(255, 255, 255)
        d.f(15, "B").cell(0, 11, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.f(8).cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    elif style == "center":
        d.f(16, "B").cell(0, 8, name, align="C", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(9).cell(0, 5, tag, align="C", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 5, sub, align="C", new_x="LMARGIN", new_y="NEXT")
    elif style == "right":
        d.f(14, "B").cell(0, 7, name, align="R", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, align="R", new_x="LMARGIN", new_y="NEXT")
    else:
        d.f(15, "B").cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.f(9).cell(0, 5, tag, new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    y = d.get_y() + 1
    d.set_line_width(0.6)
    d.line_(y)
    d.set_line_width(0.2)
    d.ln(5)


def _line(self, y):
    Page.__mro__[1].line(self, self.l_margin, y, self.w - self.r_margin, y)


Page.line_ = _line


def mail_to(d: Page, lines: list[str], size: float = 10):
    for ln in lines:
        d.f(size).cell(0, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def signature(d: Page, lines: list[str], close: str = "Sincerely,"):
    d.ln(2)
    if close:
        d.line(close, 10, h=6)
        d.ln(6)
    for ln in lines:
        d.line(ln, 9.5, h=5)


def hrule(d: Page, gap: float = 2):
    d.ln(gap)
    d.line_(d.get_y())
    d.ln(gap)
