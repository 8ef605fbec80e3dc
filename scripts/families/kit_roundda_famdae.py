"""Drawing helpers shared by round DA helper famdae's two families (Iowa IA Health Link notices, enteral pump DME).

Why: both families need the same page furniture (a white-on-dark logo band, a label column, a ruled box grid,
a shaded sidebar, a fax header line across the top of faxed pages, a running header) and the same date and money
formats; keeping it here keeps each family module about its documents. Everything is fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import MONTHS_ES, Page as _Page

MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def pat(r: random.Random, p: str) -> str:
    """A fictional ID from a pattern: 9 = digit, A = letter, anything else as written."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRTUVWXY") if c == "A" else c
                   for c in p)


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fd(d: dt.date, style: str) -> str:
    """03/04/2026, March 4, 2026, 2026-03-04, 4 Mar 2026, MAR 04, 2026, 4 de marzo de 2026, ..."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "dash": d.strftime("%m-%d-%Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "upper_nocomma": d.strftime("%b %d %Y").upper(), "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "es_slash": f"{d.day}/{d.month}/{d.year}", "es_abbr": f"{d.day:02d}-{MES3[d.month - 1]}-{d.year}",
            "nopad": f"{d.month}/{d.day}/{d.year}"}[style]


def money(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


class Page(_Page):
    """public_kit's page plus a fax header line (every page) and a running header (pages after the first)."""

    def __init__(self, *a, faxline: str | None = None, running: str | None = None, **k):
        super().__init__(*a, **k)
        self.faxline, self.running = faxline, running

    def header(self):
        if self.faxline:
            self.set_xy(6, 4)
            self.set_font("Sans", "", 7.5)
            self.cell(0, 3.5, self.faxline.format(p=self.page_no()))
            self.set_xy(self.l_margin, 12)
        if self.running and self.page_no() > 1:
            self.set_xy(self.l_margin, 12 if not self.faxline else 10)
            self.set_font("Sans", "", 8)
            self.cell(0, 4, self.running, new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.2)
            super(_Page, self).line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.set_y(self.get_y() + 5)

    def band(self, name: str, lines: list[str], dark: bool = True, h: float = 20):
        """A logo band: the plan's name in white on a dark bar (or dark on a light bar), address lines below."""
        y = self.get_y()
        shade = (35, 52, 78) if dark else (222, 228, 236)
        self.set_fill_color(*shade)
        self.rect(self.l_margin, y, self.w - self.l_margin - self.r_margin, h, style="F")
        self.set_text_color(*((255, 255, 255) if dark else (20, 30, 50)))
        self.set_xy(self.l_margin + 4, y + 4)
        self.f(15, "B")
        self.cell(0, 7, name)
        self.set_xy(self.l_margin + 4, y + 12)
        self.f(8.5)
        self.cell(0, 4, lines[0] if lines else "")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y + h + 1.5)
        for ln in lines[1:]:
            self.line(ln, 8.5)
        self.ln(3)

    def plain_head(self, name: str, lines: list[str], size: float = 14):
        self.line(name, size, "B")
        for ln in lines:
            self.line(ln, 8.5)
        self.set_line_width(0.5)
        super(_Page, self).line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_line_width(0.2)
        self.ln(5)

    def lv(self, rows: list[tuple[str, str]], w: float = 45, size: float = 9.5, x: float | None = None,
           h: float = 5.2):
        """A label column: labels left (bold), values beside them."""
        self.pairs(rows, label_w=w, size=size, x=x, h=h, colon=False)
        self.ln(2)

    def grid(self, rows: list[list[tuple[str, str, float]]], h: float = 11.5, label_size: float = 6.5,
             value_size: float = 9.8):
        """Rows of ruled boxes, a small capitalised label at the top of each, the value below."""
        for cells in rows:
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for label, value, w in cells:
                self.rect(x, y0, w, h)
                self.set_xy(x + 1.2, y0 + 0.8)
                self.f(label_size)
                self.cell(w - 2.4, 3, label.upper())
                self.set_xy(x + 1.2, y0 + 4.8)
                self.f(value_size)
                self.cell(w - 2.4, 5, value)
                x += w
            self.set_xy(x0, y0 + h)
        self.ln(3)

    def sidebar(self, rows: list[tuple[str, str]], w: float = 52, top: float | None = None) -> tuple[float, float]:
        """A shaded left sidebar of label/value pairs; returns (top y, bottom y)."""
        y0 = self.get_y() if top is None else top
        hgt = 8 + 10.5 * len(rows)
        self.set_fill_color(232, 232, 232)
        self.rect(self.l_margin, y0, w, hgt, style="F")
        y = y0 + 4
        for k, v in rows:
            self.set_xy(self.l_margin + 3, y)
            self.f(7, "B")
            self.cell(w - 6, 3.5, k)
            self.set_xy(self.l_margin + 3, y + 4)
            self.f(8.8)
            self.cell(w - 6, 4.5, v)
            y += 10.5
        return y0, y0 + hgt

    def paras(self, items: list[str], size: float = 9.6, gap: float = 2.2):
        """Paragraphs; an item starting with '#' is a bold heading."""
        for it in items:
            if it.startswith("#"):
                self.f(size + 0.6, "B")
                self.multi_cell(self.w - self.l_margin - self.r_margin, size * 0.55, it[1:], new_x="LMARGIN",
                                new_y="NEXT")
                self.ln(0.6)
            else:
                self.para(it, size, gap)

    def two_col(self, left: list[str], right: list[str], size: float = 9.4, gap: float = 6):
        """Two columns of paragraphs side by side from the current y."""
        y0 = self.get_y()
        cw = (self.w - self.l_margin - self.r_margin - gap) / 2
        lm = self.l_margin
        ys = []
        for i, col in enumerate((left, right)):
            x = lm + i * (cw + gap)
            self.set_xy(x, y0)
            for it in col:
                self.set_x(x)
                bold = it.startswith("#")
                self.f(size + (0.5 if bold else 0), "B" if bold else "")
                self.multi_cell(cw, size * 0.48, it[1:] if bold else it, new_x="LEFT", new_y="NEXT")
                self.set_y(self.get_y() + (0.8 if bold else 2.2))
            ys.append(self.get_y())
        self.set_xy(lm, max(ys) + 2)

    def addr(self, lines: list[str], size: float = 10):
        for ln in lines:
            self.line(ln, size)
        self.ln(4)


def cover_pdf(frm: str, to: str, fax_from: str, fax_to: str, date: str, pages: int, note: str) -> bytes:
    """A typed fax cover sheet (pages of its own, in no document)."""
    p = Page(footer=None)
    p.add_page()
    p.line("FAX", 28, "B")
    p.ln(6)
    p.pairs([("To", to), ("Fax", fax_to), ("From", frm), ("Fax", fax_from), ("Date", date),
             ("Pages", f"{pages} including this cover")], label_w=30, size=12, h=9)
    p.ln(8)
    p.para("Message: " + note, 11)
    p.ln(20)
    p.para("CONFIDENTIAL: This facsimile contains protected health information intended only for the recipient "
           "named above. If you received it in error, please call the sender and destroy it.", 9)
    return bytes(p.output())
