"""Drawing helpers for round DG, helper famdgc (American Samoa Medicaid off-island notices; intraoperative
neuromonitoring denials). Everything drawn is fictional; layout pieces only (numbered form boxes, a right-aligned
header block, a boxed "Questions?" panel, wrapped-heading claims tables, a tear-off hearing request).
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from public_kit import Page

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fd(d: dt.date, style: str) -> str:
    """Dates in the shapes the round asks for."""
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "th":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return d.strftime("%B ") + f"{d.day}{suf}, {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "nopad": f"{d.month}/{d.day}/{d.year}", "short": f"{d.month}/{d.day}/{d.strftime('%y')}",
            "dash2": d.strftime("%m-%d-%y"), "long": d.strftime("%B %-d, %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "abbr_nc": d.strftime("%b %-d %Y"), "iso": d.isoformat(), "upper": d.strftime("%d-%b-%Y").upper(),
            "dmy": d.strftime("%-d %b %Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"{v:,.2f} USD",
            "space": f"$ {v:,.0f}", "nocents": f"${v:,.0f}", "es": f"${v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")}[style]


def right_block(p: Page, rows: list[tuple[str, str]], w: float = 78, size: float = 9, y: float | None = None):
    """A right-aligned header block (Notice date / Reference / Member ID)."""
    x = p.w - p.r_margin - w
    if y is not None:
        p.set_y(y)
    for k, v in rows:
        p.set_x(x)
        p.f(size, "B")
        p.cell(w * 0.45, size * 0.52, k, align="R")
        p.f(size)
        p.cell(w * 0.55, size * 0.52, "  " + v, new_x="LMARGIN", new_y="NEXT")


def numbered_boxes(p: Page, rows: list[list[tuple[str, str, float]]], h: float = 12.5, cap: float = 6.3,
                   val: float = 9.8):
    """Rows of ruled boxes: '1. Patient name' small at the top, the value inside."""
    for row in rows:
        x0, y0 = p.l_margin, p.get_y()
        x = x0
        for caption, value, w in row:
            p.rect(x, y0, w, h)
            p.set_xy(x + 1, y0 + 0.7)
            p.f(cap)
            p.cell(w - 2, 2.8, caption)
            p.set_xy(x + 1.5, y0 + 5.2)
            p.f(val)
            p.cell(w - 3, 5, value)
            x += w
        p.set_xy(x0, y0 + h)
    p.ln(3)


def panel(p: Page, x: float, y: float, w: float, title: str, lines: list[str], size: float = 8.2,
          shade: bool = True) -> float:
    """A boxed panel (e.g. 'Questions?'); returns its bottom y."""
    p.set_xy(x + 2, y + 2)
    p.f(size + 1.5, "B")
    p.multi_cell(w - 4, size * 0.55, title, new_x="LEFT", new_y="NEXT")
    p.ln(1)
    for ln in lines:
        p.set_x(x + 2)
        p.f(size)
        p.multi_cell(w - 4, size * 0.47, ln, new_x="LEFT", new_y="NEXT")
        p.ln(0.8)
    bottom = p.get_y() + 2
    if shade:
        p.set_draw_color(0)
        p.set_line_width(0.6)
    p.rect(x, y, w, bottom - y)
    p.set_line_width(0.2)
    return bottom


def side_para(p: Page, x: float, w: float, text: str, size: float = 9.5, gap: float = 2):
    p.set_x(x)
    p.f(size)
    p.multi_cell(w, size * 0.47, text, new_x="LEFT", new_y="NEXT", markdown=True)
    p.ln(gap)


def wrapped_table(p: Page, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8,
                  aligns: list[str] | None = None, bold_last: bool = True):
    """A ruled table whose headings wrap over two lines ('Date(s)\\nof service')."""
    p.table(head, rows, widths, size=size, aligns=aligns, bold_last=bold_last, head_h=9.5, row_h=5.4)


def tear_line(p: Page, label: str = "- - - - - - - - - - - - - - -  detach and return this part  - - - - - - - - - - - - - - -"):
    p.ln(2)
    p.f(7.5)
    p.cell(0, 4, label, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)


def blank_lines(p: Page, labels: list[str], w_label: float = 58, size: float = 9.5):
    for lab in labels:
        p.f(size)
        p.cell(w_label, 8, lab)
        x, y = p.get_x(), p.get_y()
        FPDF.line(p, x, y + 6.5, p.w - p.r_margin, y + 6.5)
        p.ln(8)


def hrule(p: Page, width: float = 0.4, gap: float = 2):
    y = p.get_y()
    p.set_line_width(width)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(gap)


def vline(p: Page, x: float, y1: float, y2: float, width: float = 0.3):
    p.set_line_width(width)
    FPDF.line(p, x, y1, x, y2)
    p.set_line_width(0.2)
