"""Drawing helpers for round CS helper famcsd's two families (VNS generator stay, HCBS waiver stair lift).

Everything is fictional. Dates and money are printed in the forms the check scripts accept; layout stays in
the family modules.
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import Page

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fdate(d: dt.date, style: str) -> str:
    """03/04/2026, March 4, 2026, 2026-03-04, 4 Mar 2026, 04-MAR-2026, Mar 4, 2026, 3/4/2026, 4 de marzo de 2026."""
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_slash":
        return f"{d.day}/{d.month}/{d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper_dmy": d.strftime("%d-%b-%Y").upper(),
            "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"), "nopad": f"{d.month}/{d.day}/{d.year}",
            "dlong": d.strftime("%-d %B %Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def mixed(r: random.Random, pattern: str) -> str:
    """'9' -> a digit, 'A' -> a letter (no I/O), anything else kept."""
    out = []
    for c in pattern:
        if c == "9":
            out.append(r.choice("0123456789"))
        elif c == "A":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def letterhead(d: Page, name: str, sub: str, style: str, tagline: str | None = None) -> None:
    """Issuer block: 'bar' white on black, 'rule' left name over a rule, 'center', 'right', 'box' framed."""
    if style == "bar":
        d.set_fill_color(25, 25, 25)
        d.set_text_color(255, 255, 255)
        d.f(14, "B").cell(0, 11, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.f(8).cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    elif style == "center":
        d.f(15, "B").cell(0, 8, name, align="C", new_x="LMARGIN", new_y="NEXT")
        if tagline:
            d.f(9).cell(0, 5, tagline, align="C", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 5, sub, align="C", new_x="LMARGIN", new_y="NEXT")
    elif style == "right":
        d.f(13, "B").cell(0, 7, name, align="R", new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, align="R", new_x="LMARGIN", new_y="NEXT")
    elif style == "box":
        y = d.get_y()
        w = max(90.0, d.f(12.5, "B").get_string_width(name) + 6, d.f(7.5).get_string_width(sub) + 6)
        d.rect(d.l_margin, y, w, 17)
        d.set_xy(d.l_margin + 2, y + 1.5)
        d.f(12.5, "B").cell(w - 4, 7, name, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 2)
        d.f(7.5).cell(w - 4, 4, sub, new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 19)
    else:
        d.f(16, "B").cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
        if tagline:
            d.f(8.5).cell(0, 4.5, tagline, new_x="LMARGIN", new_y="NEXT")
        d.f(8).cell(0, 4.5, sub, new_x="LMARGIN", new_y="NEXT")
    if style != "box":
        if tagline and style in ("bar", "right"):
            d.f(8.5).cell(0, 4.5, tagline, align="R" if style == "right" else "L", new_x="LMARGIN", new_y="NEXT")
        y = d.get_y() + 1
        d.set_line_width(0.6)
        super(Page, d).line(d.l_margin, y, d.w - d.r_margin, y)
        d.set_line_width(0.2)
        d.ln(4)


def hrule(d: Page, gap: float = 2) -> None:
    y = d.get_y() + 0.5
    super(Page, d).line(d.l_margin, y, d.w - d.r_margin, y)
    d.ln(gap)


def mail_to(d: Page, lines: list[str], size: float = 10) -> None:
    for ln in lines:
        d.f(size).cell(0, size * 0.47, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def signature(d: Page, lines: list[str], closing: str = "Sincerely,") -> None:
    if closing:
        d.para(closing, 10, gap=6)
    for ln in lines:
        d.f(9.5).cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def checkbox_rows(d: Page, rows: list[tuple[bool, str]], size: float = 9.5) -> None:
    for on, text in rows:
        x, y = d.l_margin + 3, d.get_y() + 0.8
        d.rect(x, y, 3.4, 3.4)
        if on:
            super(Page, d).line(x, y, x + 3.4, y + 3.4)
            super(Page, d).line(x, y + 3.4, x + 3.4, y)
        d.set_x(x + 6)
        d.f(size).multi_cell(d.w - d.r_margin - x - 6, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
