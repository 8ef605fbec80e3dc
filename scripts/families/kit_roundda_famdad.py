"""Drawing helpers shared by famdad's two round-DA families (Hawaii QUEST Integration notices, hip resurfacing).

Built on inv_kit's Doc (US letter, running header, footer). Everything drawn here is fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc, pdf_bytes, truth  # noqa: F401  (re-exported for the family modules)

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def pat(r: random.Random, shape: str) -> str:
    """'9' becomes a digit, 'A' a letter; anything else is kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in shape)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fd(d: dt.date, style: str, lang: str = "en") -> str:
    """03/04/2026, March 4, 2026, 2026-03-04, 4 Mar 2026, MAR 04, 2026, 4 de marzo de 2026, MAR 04 2026 (decoys)."""
    if lang == "es" or style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "upper_nc": d.strftime("%b %d %Y").upper(), "short": d.strftime("%m/%d/%y"),
            "dash": d.strftime("%m-%d-%Y"), "abbr": d.strftime("%b %-d, %Y")}[style]


def money(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "bare": f"{v:.2f}"}[style]


def band(d: Doc, name: str, lines: list[str], dark: bool = True, h: float = 22):
    """A logo band across the top: white on dark (or dark on light grey)."""
    y = d.get_y()
    if dark:
        d.set_fill_color(28, 52, 74)
        d.set_text_color(255, 255, 255)
    else:
        d.set_fill_color(222, 226, 230)
    d.rect(d.l_margin - 4, y, d.w - d.l_margin - d.r_margin + 8, h, "F")
    d.set_xy(d.l_margin, y + 2.5)
    d.font(15, "B")
    d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    for ln in lines:
        d.font(8.2)
        d.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_xy(d.l_margin, y + h + 4)


def faxline(d: Doc, text: str):
    """A fax machine's header line printed across the very top of the page."""
    y = d.get_y()
    d.set_xy(6, 4)
    d.set_font("Courier", "", 8)
    d.cell(0, 3.5, text)
    d.set_xy(d.l_margin, max(y, 10))


def lv(d: Doc, rows: list[tuple[str, str]], w: float = 42, size: float = 9.6, x: float | None = None,
       h: float = 5.2):
    """A label column beside a value column."""
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.font(size, "B")
        d.cell(w, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d: Doc, items: list[str], size: float = 9.8, w: float = 0, x: float | None = None, gap: float = 1.8):
    """Paragraphs; an item starting with '#' is a bold heading, '' a small gap."""
    for it in items:
        if x is not None:
            d.set_x(x)
        if it == "":
            d.ln(2)
        elif it.startswith("#"):
            d.font(size + 0.8, "B")
            d.multi_cell(w, size * 0.5, it[1:], new_x="LMARGIN", new_y="NEXT")
            d.ln(0.8)
        else:
            d.font(size)
            d.multi_cell(w, size * 0.47, it, new_x="LMARGIN", new_y="NEXT")
            d.ln(gap)


def addr(d: Doc, lines: list[str], size: float = 10):
    for ln in lines:
        d.font(size)
        d.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def wrap_table(d: Doc, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.4,
               aligns: str | None = None, row_h: float = 5.6):
    """A ruled table whose header cells wrap onto two lines."""
    aligns = aligns or "L" * len(widths)
    lh = 3.8
    d.font(size - 0.4, "B")
    n = max(len(d.multi_cell(w - 1, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
    hh = n * lh + 1.5
    x0, y0 = d.l_margin, d.get_y()
    d.set_fill_color(232, 232, 232)
    x = x0
    for hc, w in zip(head, widths):
        d.rect(x, y0, w, hh, "DF")
        d.set_xy(x + 0.5, y0 + 0.7)
        d.multi_cell(w - 1, lh, hc, new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + hh)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, row_h, c[1:] if (i == 0 and bold) else c, border=1, align=a)
        d.ln(row_h)
    d.ln(3)


def sidebar(d: Doc, rows: list[tuple[str, str]], w: float = 54, h: float = 80, label: float = 7.2,
            value: float = 9.0):
    """A shaded left sidebar with small capital labels over values; returns the body's x and width."""
    y = d.get_y()
    d.set_fill_color(236, 236, 236)
    d.rect(d.l_margin, y, w, h, "F")
    d.set_xy(d.l_margin + 2, y + 2)
    for k, v in rows:
        d.set_x(d.l_margin + 2)
        d.font(label, "B")
        d.cell(w - 4, 3.8, k.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 2)
        d.font(value)
        d.multi_cell(w - 4, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.set_xy(d.l_margin + w + 5, y)
    return d.l_margin + w + 5, d.w - d.r_margin - (d.l_margin + w + 5)
