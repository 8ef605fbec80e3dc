"""Drawing helpers for round DG, helper famdgf (the Pennsylvania CHC family and the amniotic membrane family).

Why: both families need the same odd shapes real mail has (numbered form boxes with the caption at the top, a
right-aligned header block, a boxed "Questions?" panel, a typed fax header line, two-line column headings, a
tear-off line) and the same spread of date and money spellings. Everything drawn here is fictional.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from public_kit import MONTHS_ES

# ---- dates: each returns the printed form -------------------------------------------------------------------


def d_slash(d: dt.date) -> str:        # 03/04/2026
    return d.strftime("%m/%d/%Y")


def d_nopad(d: dt.date) -> str:        # 3/4/2026
    return f"{d.month}/{d.day}/{d.year}"


def d_dash2(d: dt.date) -> str:        # 03-04-26 (decoys only: not a form check_families knows)
    return d.strftime("%m-%d-%y")


def d_dash4(d: dt.date) -> str:        # 03-04-2026
    return d.strftime("%m-%d-%Y")


def d_abbr(d: dt.date) -> str:         # Mar 4, 2026
    return d.strftime("%b %-d, %Y")


def d_abbr_nc(d: dt.date) -> str:      # Mar 4 2026 (decoys only)
    return d.strftime("%b %-d %Y")


def d_long(d: dt.date) -> str:         # March 4, 2026
    return d.strftime("%B %-d, %Y")


def d_nth(d: dt.date) -> str:          # March 4th, 2026 (decoys only)
    suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suf}, {d.year}"


def d_upper(d: dt.date) -> str:        # 04-MAR-2026
    return d.strftime("%d-%b-%Y").upper()


def d_es(d: dt.date) -> str:           # 4 de marzo de 2026
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def d_iso(d: dt.date) -> str:
    return d.isoformat()


# ---- money --------------------------------------------------------------------------------------------------

def m_plain(v: float) -> str:          # $1,234.50
    return f"${v:,.2f}"


def m_usd(v: float) -> str:            # 1,234.50 USD
    return f"{v:,.2f} USD"


def m_bare(v: float) -> str:           # 1234.50
    return f"{v:.2f}"


def m_whole(v: float) -> str:          # $ 1,234 (decoys only: no cents)
    return f"$ {round(v):,}"


def m_neg(v: float) -> str:            # (45.00)
    return f"({v:,.2f})"


def spaced(s: str, groups: tuple[int, ...], sep: str = " ") -> str:
    """An ID printed in groups: spaced('QX455218890', (3, 4, 4)) -> 'QX4 5521 8890'."""
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---- page pieces --------------------------------------------------------------------------------------------

def numbered_boxes(p, cells, h: float = 12.5, cap: float = 6.2, val: float = 9.8):
    """One row of ruled boxes, each with a small numbered caption at its top and the value inside it.

    cells: (number, caption, value, width)."""
    x0, y0 = p.l_margin, p.get_y()
    x = x0
    for num, caption, value, w in cells:
        p.rect(x, y0, w, h)
        p.set_xy(x + 1, y0 + 0.7)
        p.f(cap)
        p.cell(w - 2, 3, f"{num}. {caption}")
        p.set_xy(x + 1.5, y0 + 5.4)
        p.f(val)
        p.cell(w - 3, 5, value)
        x += w
    p.set_xy(x0, y0 + h)


def right_block(p, rows, w: float = 78, size: float = 9, label_w: float = 30, y: float | None = None):
    """A right-aligned header block of label / value rows (Notice date / Reference / Member ID)."""
    x = p.w - p.r_margin - w
    if y is not None:
        p.set_y(y)
    for k, v in rows:
        p.set_x(x)
        p.f(size, "B")
        p.cell(label_w, size * 0.52, k, align="R")
        p.f(size)
        p.cell(w - label_w, size * 0.52, "  " + v, new_x="LMARGIN", new_y="NEXT")


def panel(p, x: float, y: float, w: float, title: str, lines, size: float = 8.2, fill: int | None = None):
    """A boxed panel (e.g. "Questions?") at (x, y); returns its bottom y."""
    p.set_xy(x + 2, y + 2)
    p.f(size + 1.5, "B")
    p.cell(w - 4, 5, title, new_x="LEFT", new_y="NEXT")
    for ln in lines:
        p.set_x(x + 2)
        p.f(size, "B" if ln.startswith("*") else "")
        p.multi_cell(w - 4, size * 0.46, ln.lstrip("*"), new_x="LEFT", new_y="NEXT")
        p.ln(0.8)
    bottom = p.get_y() + 2
    if fill is not None:
        p.set_draw_color(fill)
    p.rect(x, y, w, bottom - y)
    p.set_draw_color(0)
    return bottom


def fax_line(p, text: str):
    """A typed fax header line across the top of the page (sending machine's stamp)."""
    y = p.get_y()
    p.set_xy(p.l_margin - 6, 5)
    p.set_font("Courier", "", 8)
    p.cell(0, 3.5, text)
    p.set_xy(p.l_margin, max(y, 11))


def cut_line(p, label: str = "detach here"):
    p.f(7.5)
    dash = " - " * 22
    p.cell(0, 4, f"{dash} {label} {dash}", align="C", new_x="LMARGIN", new_y="NEXT")


def blank_lines(p, labels, w: float = 0, size: float = 9.5, gap: float = 8):
    """Form lines for the member to fill in: 'Label: ________'."""
    for lab in labels:
        p.f(size)
        p.cell(0, gap, f"{lab}  " + "_" * max(10, 92 - len(lab)), new_x="LMARGIN", new_y="NEXT")


def hrule(p, width: float = 0.5, gap: float = 2):
    y = p.get_y()
    p.set_line_width(width)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(gap)
