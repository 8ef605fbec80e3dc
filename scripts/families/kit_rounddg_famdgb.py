"""Drawing helpers for round DG, helper famdgb (CNMI Medicaid notices of adverse action; HIFU prostate denials).

Everything drawn here is fictional. The helpers work on a public_kit.Page; the caller picks the face and sizes so
the two families keep their own look (numbered-box forms, right-aligned header blocks, side panels, fax header
lines, tear-off request forms).
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def _th(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fd(d: dt.date, style: str) -> str:
    """Dates as the notices print them (some only for decoys: 'th', 'dd2', 'monsp', 'UPPER')."""
    return {"slash": d.strftime("%m/%d/%Y"), "nopad": f"{d.month}/{d.day}/{d.year}",
            "short": d.strftime("%m/%d/%y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "abbr": d.strftime("%b %-d, %Y"), "dmy": d.strftime("%d-%b-%Y"),
            "UPPER": d.strftime("%d-%b-%Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "th": f"{d.strftime('%B')} {d.day}{_th(d.day)}, {d.year}", "dd2": d.strftime("%m-%d-%y"),
            "monsp": f"{MON[d.month - 1]} {d.day} {d.year}", "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "dmy_es": d.strftime("%d/%m/%Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    """$1,234.50 / $1234.50 / 1,234.50 USD / $ 1,234 (no cents: decoys only) / 1,234.50."""
    return {"plain": f"${v:,.2f}", "flat": f"${v:.2f}", "usd": f"{v:,.2f} USD", "nocents": f"$ {v:,.0f}",
            "nosign": f"{v:,.2f}", "short": f"${v:g}"}[style]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def rule(p, y: float | None = None, width: float = 0.3):
    y = p.get_y() if y is None else y
    p.set_line_width(width)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)


def fax_line(p, text: str, size: float = 7.2):
    """The sending machine's header line at the very top of the page."""
    y = p.get_y()
    p.set_xy(p.l_margin - 8, 5)
    p.set_font(p.face, "", size)
    p.cell(0, 3.5, text)
    p.set_xy(p.l_margin, max(y, 11))


def numbered_boxes(p, rows: list[list[tuple[str, str, float]]], h: float = 11.5, cap: float = 6.2,
                   val: float = 9.6):
    """A form: rows of ruled boxes, a small numbered caption at the top of each box, the value inside it."""
    x0 = p.l_margin
    for row in rows:
        y0, x = p.get_y(), x0
        for caption, value, w in row:
            p.rect(x, y0, w, h)
            p.set_xy(x + 1, y0 + 0.7)
            p.set_font(p.face, "", cap)
            p.cell(w - 2, 2.8, caption)
            p.set_xy(x + 1.5, y0 + 4.8)
            p.set_font(p.face, "", val)
            p.cell(w - 3, 5, value)
            x += w
        p.set_xy(x0, y0 + h)
    p.ln(3)


def right_block(p, rows: list[tuple[str, str]], y: float, w: float = 78, size: float = 9):
    """A right-aligned header block (Notice date / Reference / Member ID); returns the y below it."""
    x = p.w - p.r_margin - w
    p.set_xy(x, y)
    for k, v in rows:
        p.set_x(x)
        p.set_font(p.face, "B", size)
        p.cell(w * 0.45, size * 0.52, k, align="R")
        p.set_font(p.face, "", size)
        p.cell(w * 0.55, size * 0.52, "  " + v, align="L", new_x="LMARGIN", new_y="NEXT")
    return p.get_y()


def side_panel(p, x: float, y: float, w: float, title: str, lines: list[str], size: float = 8, shade: int = 232):
    """A shaded, boxed panel (a left sidebar or a 'Questions?' box) at x, y; returns its bottom y."""
    p.set_font(p.face, "", size)
    lh = size * 0.47
    n = sum(max(1, len(p.multi_cell(w - 4, lh, ln, dry_run=True, output="LINES"))) for ln in lines)
    hgt = n * lh + len(lines) * 1.2 + 10
    p.set_fill_color(shade, shade, shade)
    p.rect(x, y, w, hgt, style="DF")
    p.set_xy(x + 2, y + 2)
    p.set_font(p.face, "B", size + 1)
    p.cell(w - 4, 5, title)
    yy = y + 8
    for ln in lines:
        p.set_xy(x + 2, yy)
        p.set_font(p.face, "", size)
        p.multi_cell(w - 4, lh, ln)
        yy = p.get_y() + 1.2
    return y + hgt


def text_at(p, x: float, w: float, text: str, size: float = 9.5, gap: float = 2, style: str = "", align: str = "J"):
    """A paragraph in a column starting at x (for pages with a sidebar)."""
    p.set_x(x)
    p.set_font(p.face, style, size)
    p.multi_cell(w, size * 0.48, text, new_x="LMARGIN", new_y="NEXT", align="L" if style == "B" else align)
    p.ln(gap)


def blanks(p, labels: list[str], size: float = 9.5, lw: float = 55):
    """Label then a ruled blank line for the member to fill in."""
    for lab in labels:
        p.set_font(p.face, "", size)
        p.cell(lw, 8, lab)
        y = p.get_y() + 6.5
        FPDF.line(p, p.l_margin + lw, y, p.w - p.r_margin, y)
        p.ln(8.5)


def checkbox(p, text: str, size: float = 9.5):
    x, y = p.get_x(), p.get_y()
    p.rect(x + 1, y + 1, 3.2, 3.2)
    p.set_x(x + 7)
    p.set_font(p.face, "", size)
    p.multi_cell(p.w - p.r_margin - x - 7, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(1)


def cut_line(p, text: str = "- - - - - - - - - - detach and return the lower part - - - - - - - - - -"):
    p.set_font(p.face, "", 7.5)
    p.cell(0, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
