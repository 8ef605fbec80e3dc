"""Small drawing helpers for round CX, helper famcxc (TennCare notice family and vestibular-therapy family).

Everything is fictional. Built on public_kit.Page (DejaVu faces, so Spanish accents print); text is written without
fpdf's markdown so that underscores and dashes in forms print as they are.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from public_kit import Page, out  # noqa: F401

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fd(d: dt.date, style: str) -> str:
    """Dates in forms both checkers accept."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "dash": d.strftime("%m-%d-%Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "dmon": d.strftime("%d-%b-%Y").upper(), "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "nopad": f"{d.month}/{d.day}/{d.year}"}[style]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def digs(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def money(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}"}[style]


def t(d: Page, text: str, size: float = 9.8, style: str = "", gap: float = 1.8, x: float | None = None,
      w: float = 0):
    """A paragraph (no markdown)."""
    d.f(size, style)
    if x is not None:
        d.set_x(x)
    d.multi_cell(w, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(gap)


def h(d: Page, text: str, size: float = 11, gap: float = 1.2):
    d.ln(0.8)
    d.f(size, "B")
    d.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(gap)


def kv(d: Page, rows, lw: float = 42, size: float = 9.5, x: float | None = None, hh: float = 5.0,
       vw: float = 0):
    """Label column beside a value column."""
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.f(size, "B")
        d.cell(lw, hh, k)
        d.f(size)
        d.cell(vw, hh, v, new_x="LMARGIN", new_y="NEXT")


def head(d: Page, name: str, lines: list[str], style: int = 0):
    """Three letterhead styles: centred, left with rule, boxed banner."""
    if style == 0:
        d.f(16, "B")
        d.cell(0, 8, name, align="C", new_x="LMARGIN", new_y="NEXT")
        d.f(8.5)
        for ln in lines:
            d.cell(0, 4.2, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
    elif style == 1:
        d.f(14, "B")
        d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        d.f(8.2)
        d.cell(0, 4, "  |  ".join(lines), new_x="LMARGIN", new_y="NEXT")
        y = d.get_y() + 1
        d.set_line_width(0.8)
        FPDF.line(d, d.l_margin, y, d.w - d.r_margin, y)
        d.set_line_width(0.2)
        d.ln(5)
    else:
        y = d.get_y()
        d.set_fill_color(215, 215, 215)
        d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 17, style="F")
        d.set_xy(d.l_margin + 3, y + 2)
        d.f(13.5, "B")
        d.cell(0, 6.5, name, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 3)
        d.f(8)
        d.cell(0, 4, "   ".join(lines), new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 21)


def blank_line(d: Page, label: str, value: str = "", w: float = 0, size: float = 9.5, lw: float = 52):
    """A form line: label then a ruled space (filled or empty)."""
    d.f(size, "B")
    if lw:
        d.cell(lw, 7, label)
    d.f(size)
    x, y = d.get_x(), d.get_y()
    width = (w or d.w - d.r_margin - x)
    d.cell(width, 7, value)
    FPDF.line(d, x, y + 6.3, x + width, y + 6.3)
    d.ln(8)


def checkbox(d: Page, text: str, checked: bool = False, size: float = 9.2):
    x, y = d.l_margin + 2, d.get_y() + 0.8
    d.rect(x, y, 3.4, 3.4)
    if checked:
        FPDF.line(d, x, y, x + 3.4, y + 3.4)
        FPDF.line(d, x, y + 3.4, x + 3.4, y)
    d.set_x(x + 6)
    d.f(size)
    d.multi_cell(0, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def cover_pdf(frm: str, to: str, fax_from: str, fax_to: str, date: str, pages: int, note: str) -> bytes:
    """A typed fax cover page of its own (belongs to no document)."""
    d = Page(footer=None)
    d.add_page()
    d.f(26, "B")
    d.cell(0, 14, "FAX", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for k, v in (("To", to), ("Fax", fax_to), ("From", frm), ("Fax", fax_from), ("Date", date),
                 ("Pages", f"{pages} including this cover")):
        blank_line(d, k + ":", v, lw=30, size=11)
    d.ln(6)
    t(d, note, 11)
    d.ln(20)
    t(d, "CONFIDENTIAL: This fax may contain protected health information. If you got it by mistake, call the "
         "sender and destroy it.", 8.5)
    return out(d)
