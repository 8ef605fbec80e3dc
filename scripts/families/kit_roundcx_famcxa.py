"""Drawing helpers for round CX helper famcxa's two families (fictional letterheads, label columns, prose blocks).

Everything printed is invented; phones use 1-555.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from inv_kit import MONTHS_ES, Doc, pdf_bytes

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


class Page(Doc):
    """Letter page in DejaVu (Unicode), sans or serif."""

    def __init__(self, footer: str | None = None, serif: bool = False, margins=(18, 15, 18)):
        super().__init__("Face", footer=footer, margins=margins)
        self.add_font("Face", "", SERIF if serif else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        self.add_font("Face", "B", SERIF_B if serif else BOLD)


def fd(d: dt.date, s: str) -> str:
    """03/04/2026, March 4, 2026, 2026-03-04, 4 Mar 2026, 04-MAR-2026, Mar 4, 2026, 4 de marzo de 2026, 03-04-2026."""
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "abbr": d.strftime("%b %-d, %Y"),
            "dash": d.strftime("%m-%d-%Y"), "nopad": f"{d.month}/{d.day}/{d.year}"}[s]


def usd(v: float, s: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "bare": f"{v:.2f}"}[s]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pat(r, p: str) -> str:
    """'9' -> digit, 'A' -> letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def fee(r, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, 0.75, r.randint(1, 99) / 100]), 2)


def lv(d: Page, rows, w: float = 46, size: float = 9.6, x: float | None = None, h: float | None = None):
    """A label column: bold label, plain value."""
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.font(size, "B")
        d.cell(w, h or size * 0.52, k)
        d.font(size)
        d.multi_cell(0, h or size * 0.52, v, new_x="LMARGIN", new_y="NEXT")


def paras(d: Page, items, size: float = 10, gap: float = 2.2):
    """Paragraphs; an item starting with '#' is a bold heading."""
    for it in items:
        if it.startswith("#"):
            d.ln(0.8)
            d.font(size + 0.8, "B")
            d.multi_cell(0, size * 0.55, it[1:], new_x="LMARGIN", new_y="NEXT")
            d.ln(0.8)
        else:
            d.para(it, size, gap)


def cover(to: str, frm: str, fax_to: str, fax_from: str, date_s: str, pages: int, note: str) -> bytes:
    """A typed fax cover page (belongs to no document)."""
    d = Page()
    d.add_page()
    d.text_line("FAX TRANSMITTAL", 22, "B", h=12)
    d.rule(0.8, 4)
    lv(d, [("To:", to), ("Fax:", fax_to), ("From:", frm), ("Fax:", fax_from), ("Date:", date_s),
           ("Pages:", f"{pages} including this cover")], w=30, size=11, h=8)
    d.ln(6)
    d.para(note, 11)
    d.ln(40)
    d.para("CONFIDENTIAL: this transmission may contain protected health information. If you are not the intended "
           "recipient, please call the sender and destroy all copies.", 8.5)
    return pdf_bytes(d)


def sidebar(d: Page, rows, x: float = 14, w: float = 54, size: float = 8.4, fill: int = 230):
    """A grey box down the left with stacked label/value pairs; returns its top and bottom y."""
    y0 = d.get_y()
    h = len(rows) * size * 1.05 + 4
    d.set_fill_color(fill, fill, fill)
    d.rect(x, y0, w, h, "F")
    y = y0 + 2
    for k, v in rows:
        d.set_xy(x + 2, y)
        d.font(size - 1.2)
        d.cell(w - 4, size * 0.42, k.upper())
        d.set_xy(x + 2, y + size * 0.44)
        d.font(size, "B")
        d.cell(w - 4, size * 0.5, v)
        y += size * 1.05
    return y0, y0 + h


__all__ = ["Page", "fd", "usd", "plus", "pat", "ph", "fee", "lv", "paras", "cover", "sidebar", "pdf_bytes", "FPDF"]
