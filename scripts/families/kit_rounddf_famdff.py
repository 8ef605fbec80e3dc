"""Drawing helpers for round DF (famdff): four-column fact grids, Re: blocks, typed fax header lines, boxed
appeal panels, claim-block EOB sections and the date/money spellings the two families print.

Everything drawn with these helpers is fictional; the helpers hold no names or numbers of their own.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from public_kit import MONTHS_ES, Page

MON_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def d_slash(d: dt.date) -> str:          # 3/4/2026
    return f"{d.month}/{d.day}/{d.year}"


def d_pad(d: dt.date) -> str:            # 03/04/2026
    return d.strftime("%m/%d/%Y")


def d_abbr(d: dt.date) -> str:           # Mar. 4, 2026 (not a checker form: use for decoys or beside another form)
    return f"{MON_ABBR[d.month - 1]} {d.day}, {d.year}"


def d_dmy2(d: dt.date) -> str:           # 4-Mar-26 (decoys only)
    return f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"


def d_long(d: dt.date) -> str:           # March 4, 2026
    return d.strftime("%B %-d, %Y")


def d_nth(d: dt.date) -> str:            # March 4th, 2026 (decoys only)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suf}, {d.year}"


def d_es(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def m_es(v: float) -> str:               # $1.234,50
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"${s}"


def m_usd(v: float) -> str:              # 1,234.50 USD
    return f"{v:,.2f} USD"


def m_neg(v: float) -> str:              # (45.00)
    return f"({v:,.2f})"


def four_col(p: Page, rows, widths=(30, 52, 30, 52), size: float = 9, lh: float = 4.2, gap: float = 1.2,
             rule: bool = False):
    """Facts in two label/value columns side by side; a long label wraps onto a second line."""
    x0 = p.l_margin
    for row in rows:
        y = p.get_y()
        bottom = y
        x = x0
        for i, (txt, w) in enumerate(zip(row, widths)):
            p.set_xy(x, y)
            p.f(size, "B" if i % 2 == 0 else "")
            p.multi_cell(w - 1.5, lh, txt, new_x="LEFT", new_y="NEXT", align="L")
            bottom = max(bottom, p.get_y())
            x += w
        p.set_xy(x0, bottom + gap)
        if rule:
            FPDF.line(p, x0, bottom + gap / 2, x0 + sum(widths), bottom + gap / 2)
    p.ln(2)


def fax_header(p: Page, text: str, size: float = 7.5):
    """A typed fax header line across the very top of the page."""
    y = p.get_y()
    p.set_xy(p.l_margin - 8, 5)
    p.set_font("Courier", "", size)
    p.cell(0, 4, text)
    p.set_xy(p.l_margin, max(y, 12))


def re_block(p: Page, lines, size: float = 10, indent: float = 12):
    """Re:  first line / continuation lines aligned under it."""
    for i, ln in enumerate(lines):
        p.f(size, "B" if i == 0 else "")
        p.cell(indent, size * 0.5, "Re:" if i == 0 else "")
        p.f(size)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def boxed_panel(p: Page, title: str, paras, size: float = 8.8, pad: float = 3):
    """A ruled box holding a heading and paragraphs (appeal rights on a notice's last page)."""
    x0, y0 = p.l_margin, p.get_y()
    w = p.w - p.l_margin - p.r_margin
    p.set_xy(x0 + pad, y0 + pad)
    p.f(size + 1.5, "B")
    p.multi_cell(w - 2 * pad, (size + 1.5) * 0.5, title, new_x="LEFT", new_y="NEXT")
    p.ln(1)
    for t in paras:
        p.set_x(x0 + pad)
        p.f(size)
        p.multi_cell(w - 2 * pad, size * 0.47, t, new_x="LEFT", new_y="NEXT", markdown=True)
        p.ln(1.2)
    y1 = p.get_y() + pad - 1
    p.set_line_width(0.6)
    p.rect(x0, y0, w, y1 - y0)
    p.set_line_width(0.2)
    p.set_xy(x0, y1 + 3)


def claim_block(p: Page, heading: str, head, rows, widths, total_row, size: float = 8, sub: str | None = None):
    """One claim: a bold heading line (claim number, provider, dates), its service lines, a claim total."""
    p.f(size + 0.5, "B")
    p.set_fill_color(232, 232, 232)
    p.cell(sum(widths), 5.2, " " + heading, fill=True, new_x="LMARGIN", new_y="NEXT")
    if sub:
        p.f(size - 0.5)
        p.cell(0, 4.2, " " + sub, new_x="LMARGIN", new_y="NEXT")
    p.f(size - 0.5, "B")
    for h, w in zip(head, widths):
        p.cell(w, 4.6, h, border="B", align="L" if w == widths[0] or w == widths[1] else "R")
    p.ln(4.8)
    for r in rows:
        p.f(size)
        for i, (c, w) in enumerate(zip(r, widths)):
            p.cell(w, 4.4, c, align="L" if i < 2 else "R")
        p.ln(4.4)
    p.f(size, "B")
    y = p.get_y()
    FPDF.line(p, p.l_margin, y, p.l_margin + sum(widths), y)
    for i, (c, w) in enumerate(zip(total_row, widths)):
        p.cell(w, 4.8, c, align="L" if i < 2 else "R")
    p.ln(8)


__all__ = [n for n in dir() if not n.startswith("_") and n != "annotations"]
