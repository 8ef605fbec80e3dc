"""Drawing helpers of round DF helper famdfa: four-column label/value grids with wrapping labels, typed fax
header lines, multi-line "Re:" blocks, claim blocks for EOBs, boxed panels, odd US date shapes for decoys.
Everything printed is fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF
from public_kit import Page

MON3 = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


def pat(r: random.Random, shape: str) -> str:
    """'9' a digit, 'A' a letter, anything else as is."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in shape)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: dt.date, style: str) -> str:
    """US dates in many shapes. Shapes the checker reads: slash, nopad, short, long, iso, abbr, dash, es.
    Decoy-only shapes (the checker does not read them): dotabbr 'Mar. 4, 2026', dmy2 '4-Mar-26', nth 'March 4th, 2026'."""
    es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
    return {"slash": d.strftime("%m/%d/%Y"), "nopad": f"{d.month}/{d.day}/{d.year}", "short": d.strftime("%m/%d/%y"),
            "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(), "abbr": d.strftime("%b %-d, %Y"),
            "dash": d.strftime("%m-%d-%Y"), "es": f"{d.day} de {es[d.month - 1]} de {d.year}",
            "dotabbr": f"{MON3[d.month - 1]} {d.day}, {d.year}", "dmy2": f"{d.day}-{d.strftime('%b')}-{d:%y}",
            "nth": f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    whole = f"{v:,.0f}"
    es = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return {"plain": f"${v:,.2f}", "bare": f"${v:.2f}", "nosign": f"{v:,.2f}", "usd": f"{v:,.2f} USD",
            "whole": f"$ {whole}", "es": f"${es}", "es_usd": f"{es.replace('.', ' ')} USD"}[style]


def fax_header(p: Page, text: str):
    """The line the sending fax machine types across the top edge."""
    y = p.get_y()
    p.set_xy(6, 4)
    p.set_font("Sans", "", 7)
    p.cell(0, 3, text)
    p.set_xy(p.l_margin, max(y, 11))


def four_col(p: Page, rows, lw=(28, 28), vw=(58, 58), size=8.8, lh=4.2, ruled=False):
    """Facts in two label/value columns side by side; a long label wraps onto a second line."""
    x0 = p.l_margin
    for row in rows:
        y = p.get_y()
        cols = [(row[0], lw[0], "B"), (row[1], vw[0], ""), (row[2], lw[1], "B"), (row[3], vw[1], "")]
        n = 1
        for t, w, st in cols:
            p.f(size, st)
            n = max(n, len(p.multi_cell(w - 1, lh, t, dry_run=True, output="LINES")))
        x = x0
        for t, w, st in cols:
            p.f(size, st)
            p.set_xy(x, y)
            p.multi_cell(w - 1, lh, t, border=0, align="L", new_x="RIGHT", new_y="TOP")
            x += w
        if ruled:
            p.set_draw_color(150)
            FPDF.line(p, x0, y + n * lh + 0.6, x0 + sum(lw) + sum(vw), y + n * lh + 0.6)
            p.set_draw_color(0)
        p.set_xy(x0, y + n * lh + 1.4)
    p.ln(2)


def re_block(p: Page, lines: list[str], size=10, indent=14):
    """A multi-line Re: block: 'Re:' then each fact on its own line under the first."""
    for i, t in enumerate(lines):
        p.f(size, "B" if i == 0 else "")
        p.set_x(p.l_margin)
        p.cell(indent, size * 0.5, "Re:" if i == 0 else "")
        p.f(size)
        p.cell(0, size * 0.5, t, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def boxed_panel(p: Page, title: str, paras: list[str], size=8.8):
    """Text inside a ruled box with a shaded title bar (the appeal-rights panel)."""
    w = p.w - p.l_margin - p.r_margin
    p.set_fill_color(220)
    p.f(size + 1, "B")
    p.cell(w, 6.5, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y()
    p.ln(1.5)
    for t in paras:
        p.f(size)
        p.set_x(p.l_margin + 3)
        p.multi_cell(w - 6, size * 0.46, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.rect(p.l_margin, y0, w, p.get_y() - y0)
    p.ln(4)


def claim_block(p: Page, head: str, sub: str, cols: list[str], widths: list[float], lines: list[list[str]],
                total: list[str], size=8):
    """One claim of an EOB: a bold heading with the claim number, a sub-line (provider, dates), its service
    lines and a claim total row."""
    p.f(size + 1, "B")
    p.set_fill_color(235)
    p.cell(sum(widths), 5.2, head, fill=True, new_x="LMARGIN", new_y="NEXT")
    p.f(size)
    p.cell(0, 4.4, sub, new_x="LMARGIN", new_y="NEXT")
    p.f(size - 0.3, "B")
    for c, w in zip(cols, widths):
        p.cell(w, 4.6, c, border="B", align="L" if w == widths[0] else "R")
    p.ln(4.8)
    for row in lines:
        p.f(size)
        for c, w in zip(row, widths):
            p.cell(w, 4.4, c, align="L" if w == widths[0] else "R")
        p.ln(4.4)
    p.f(size, "B")
    for c, w in zip(total, widths):
        p.cell(w, 4.8, c, border="T", align="L" if w == widths[0] else "R")
    p.ln(8)
