"""Shared drawing helpers for round CZ helper famczd's two families (Indiana Medicaid MCE notice of action;
migraine neuromodulation device denials). All values invented; phones use 555.
"""

from __future__ import annotations

import datetime as dt

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


class Page(Doc):
    def __init__(self, serif: bool = False, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)
        if serif:
            self.base_font = "DejaVuSerif"


def fd(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "dash": d.strftime("%m-%d-%Y"),
            "upper": d.strftime("%b %d, %Y").upper(), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}", "nopad": f"{d.month}/{d.day}/{d.year}"}[s]


def usd(v: float, s: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}"}[s]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pat(r, p: str) -> str:
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def ph(r) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def fee(r, lo, hi) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def lv(d, rows, w=46, size=9.6, x=None, bold_value=True):
    for a, b in rows:
        d.set_x(d.l_margin if x is None else x)
        d.font(size)
        d.cell(w, size * 0.55, a)
        d.font(size, "B" if bold_value else "")
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.4, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


def letterhead(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.6)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name, 14, "B", "C")
        d.text_line("  |  ".join(lines), 8, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(35, 40, 60)
        d.set_text_color(255, 255, 255)
        d.font(14, "B")
        d.cell(0, 11, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        for s in lines:
            d.text_line(s, 8.4)
        d.ln(4)


def addr(d, lines):
    for s in lines:
        d.text_line(s, 10)
    d.ln(4)


def fax_line(d, text):
    """A fax machine's header line across the top of the page."""
    y = d.get_y()
    d.set_y(5)
    d.font(7.5)
    d.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y, 10))


def sidebar(d, rows, x=14, w=52, size=8.6, fill=232):
    """A shaded left sidebar of label/value pairs; returns (top, bottom) y."""
    y0 = d.get_y()
    h = len(rows) * size * 0.95 + 6
    d.set_fill_color(fill, fill, fill)
    d.rect(x, y0, w, h, style="F")
    d.set_xy(x + 2, y0 + 2)
    for a, b in rows:
        d.set_x(x + 2)
        d.font(size - 1.4)
        d.cell(w - 4, size * 0.4, a, new_x="LMARGIN", new_y="NEXT")
        d.set_x(x + 2)
        d.font(size, "B")
        d.cell(w - 4, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    return y0, y0 + h


def body_right(d, items, x, size=9.6):
    """Paragraphs in a column starting at x (beside a sidebar)."""
    old = d.l_margin
    d.set_left_margin(x)
    d.set_x(x)
    paras(d, items, size)
    d.set_left_margin(old)


def table2(d, head, rows, widths, size=8.4, row_h=5.4):
    """A ruled table whose header cells wrap over two lines."""
    d.font(size - 0.4, "B")
    lh = size * 0.42
    hh = 2 * lh + 1.5
    x0, y0 = d.l_margin, d.get_y()
    x = x0
    for h, w in zip(head, widths):
        d.rect(x, y0, w, hh)
        d.set_xy(x + 0.5, y0 + 0.5)
        d.multi_cell(w - 1, lh, h, new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + hh)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w) in enumerate(zip(row, widths)):
            d.cell(w, row_h, c[1:] if (i == 0 and bold) else c, border=1)
        d.ln(row_h)
    d.ln(3)
