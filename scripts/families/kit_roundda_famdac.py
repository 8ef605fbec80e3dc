"""Shared helpers for round DA helper famdac (NJ FamilyCare MCO notices; hidradenitis suppurativa denials).

All values are invented: people, plans, practices, IDs, amounts; phone numbers use 1-555.
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
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[s]


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
        if x is not None:
            d.set_x(x)
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
        d.set_fill_color(30, 45, 70)
        d.set_text_color(255, 255, 255)
        d.font(13, "B")
        d.cell(0, 11, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        for s in lines:
            d.text_line(s, 8.4)
        d.ln(4)


def addr(d, lines):
    for s in lines:
        d.text_line(s, 10)
    d.ln(4)


def faxline(d, text):
    d.set_y(5)
    d.font(7.5)
    d.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def cover(to, frm, fax_to, fax_from, date_s, pages, note) -> bytes:
    d = Page()
    d.add_page()
    d.text_line("FAX", 28, "B")
    d.rule(1, 6)
    lv(d, [("To:", to), ("From:", frm), ("Fax:", fax_to), ("Sender fax:", fax_from), ("Date:", date_s),
           ("Pages (incl. cover):", str(pages))], w=48, size=11)
    d.para(note, 10.5)
    d.ln(30)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, notify the sender and destroy all copies.", 8.5)
    return bytes(d.output())


def sidebar(d, rows, x=14, w=54, size=8.6, fill=228):
    """A shaded left sidebar of label/value pairs; returns (top y, bottom y). Body text goes right of it."""
    y0 = d.get_y()
    h = len(rows) * size * 0.98 + 6
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


def table2(d, heads, widths, rows, size=8.2, row_h=5.4):
    """A table whose header wraps over two lines: heads are (top, bottom) pairs."""
    d.font(size - 0.2, "B")
    for (top, _), w in zip(heads, widths):
        d.cell(w, 4.3, top)
    d.ln(4.3)
    for (_, bot), w in zip(heads, widths):
        d.cell(w, 4.3, bot, border="B")
    d.ln(5.6)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (v, w) in enumerate(zip(row, widths)):
            d.cell(w, row_h, v[1:] if (bold and i == 0) else v)
        d.ln(row_h + 0.2)
    d.ln(2)
