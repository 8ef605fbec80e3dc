"""Drawing helpers shared by famcyb's two round-CY families (letterheads, label columns, box grids, fax covers).

Everything is fictional; phones use 555. Built on public_kit.Page (DejaVu faces, so Spanish prints).
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import MONTHS_ES, Page, m2, out, plus  # noqa: F401


def fd(d: dt.date, style: str) -> str:
    """03/04/2026, March 4, 2026, 2026-03-04, 4 Mar 2026, MAR 04 2026, 4 de marzo de 2026, 03-04-2026."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%b %d, %Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}", "abbr": d.strftime("%b %-d, %Y")}[style]


def pat(r: random.Random, p: str) -> str:
    """'9' becomes a digit, 'A' a letter; the rest is kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 899)}-{r.randint(1000, 9999)}"


def letterhead(d: Page, name: str, lines: list[str], style: int = 0):
    """Three letterheads: a dark band with white name, a ruled left-aligned name, a centred serif-ish name."""
    if style == 0:
        d.set_fill_color(40, 60, 90)
        d.rect(0, 0, d.w, 24, "F")
        d.set_text_color(255, 255, 255)
        d.set_xy(18, 6)
        d.f(16, "B")
        d.cell(0, 8, name)
        d.set_xy(18, 14)
        d.f(8.5)
        d.cell(0, 5, "  |  ".join(lines))
        d.set_text_color(0, 0, 0)
        d.set_y(30)
    elif style == 1:
        d.f(17, "B")
        d.cell(0, 9, name, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.line(s, 8.8)
        y = d.get_y() + 1.5
        d.set_line_width(0.8)
        super(Page, d).line(d.l_margin, y, d.w - d.r_margin, y)
        d.set_line_width(0.2)
        d.set_y(y + 4)
    else:
        d.f(15, "B")
        d.cell(0, 8, name, align="C", new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.line(s, 8.5, align="C")
        d.ln(5)


def addr(d: Page, lines: list[str]):
    for s in lines:
        d.line(s, 10)
    d.ln(4)


def lv(d: Page, rows: list[tuple[str, str]], w: float = 46, size: float = 9.6, x: float | None = None):
    """A label column: label left (bold), value right."""
    d.pairs(rows, label_w=w, size=size, x=x, h=size * 0.56, colon=False)
    d.ln(2)


def boxes(d: Page, cells: list[tuple[str, str, float]], h: float = 11.5):
    """One row of ruled boxes, a small capital label at the top of each, the value below."""
    x0, y0 = d.l_margin, d.get_y()
    x = x0
    for label, value, w in cells:
        d.rect(x, y0, w, h)
        d.set_xy(x + 1.2, y0 + 0.8)
        d.f(6.3)
        d.cell(w - 2.4, 3, label.upper())
        d.set_xy(x + 1.2, y0 + 4.8)
        d.f(9.6)
        d.cell(w - 2.4, 5, value)
        x += w
    d.set_xy(x0, y0 + h)


def paras(d: Page, items: list[str], size: float = 9.8):
    """Paragraphs; an item starting with '#' is a bold heading."""
    for s in items:
        if s.startswith("#"):
            d.heading(s[1:], size + 1, gap=0.5)
        else:
            d.para(s, size, gap=1.8)


def cover(frm: str, to: str, fax_from: str, fax_to: str, date: str, pages: int, note: str) -> bytes:
    """A typed fax cover page (a page of its own that belongs to no document)."""
    d = Page(footer=None)
    d.add_page()
    d.line("FAX", 30, "B")
    d.ln(6)
    d.pairs([("To", to), ("Fax", fax_to), ("From", frm), ("Fax", fax_from), ("Date", date),
             ("Pages", f"{pages} including this cover")], label_w=30, size=12, h=9)
    d.ln(6)
    d.para(note, 11)
    d.ln(20)
    d.para("CONFIDENTIAL: this fax may contain protected health information. If you received it in error, please "
           "call the sender and destroy it.", 9)
    return out(d)
