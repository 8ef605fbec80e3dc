"""Drawing helpers shared by famdab's two round-DA families (Nevada Medicaid MCO notices, transcatheter mitral
repair denials): a DejaVu page with bold face, label columns, a white-on-dark band, a fax header line, a sidebar.
Everything is fictional."""

from __future__ import annotations

import datetime as dt

from inv_kit import Doc, Rand

FD = "/usr/share/fonts/truetype/dejavu/"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16), serif=False, faxline=None):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
        self.faxline = faxline
        if serif:
            self.add_font("Serif", "", FD + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", FD + "DejaVuSerif-Bold.ttf")
            self.base_font = "Serif"

    def header(self):
        if self.faxline:
            self.set_font("DejaVu", "", 7.5)
            self.set_xy(6, 4)
            self.cell(0, 4, self.faxline.format(p=self.page_no()))
            self.set_xy(self.l_margin, max(self.t_margin, 10))
        super().header()


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def kv(d: Page, rows, lw=42, size=9.2, h=5.0, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def band(d: Page, text: str, sub: str | None = None, size=14):
    d.set_fill_color(28, 40, 64)
    d.set_text_color(255, 255, 255)
    d.font(size, "B")
    d.cell(0, 11, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    if sub:
        d.font(8)
        d.cell(0, 5, "  " + sub, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)


def shade_head(d: Page, text: str, size=10):
    d.set_fill_color(232, 232, 232)
    d.font(size, "B")
    d.cell(0, 6.5, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)


def wrap_table(d: Page, head, rows, widths, size=8.2, row_h=5.4, aligns=None):
    """Ruled table whose header cells wrap over two lines."""
    aligns = aligns or "L" * len(widths)
    d.font(size - 0.4, "B")
    lh = 3.8
    x0, y0 = d.get_x(), d.get_y()
    n = max(len(d.multi_cell(w - 1.2, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
    hh = max(2, n) * lh + 1.4
    d.set_fill_color(225, 225, 225)
    for hc, w in zip(head, widths):
        x = d.get_x()
        d.rect(x, y0, w, hh, style="DF")
        d.set_xy(x + 0.6, y0 + 0.6)
        d.multi_cell(w - 1.2, lh, hc, align="L", new_x="RIGHT", new_y="TOP")
        d.set_xy(x + w, y0)
    d.set_xy(x0, y0 + hh)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, row_h, c[1:] if (i == 0 and bold) else c, border=1, align=a)
        d.ln(row_h)
    d.ln(2)


def plus(x: dt.date, n: int) -> dt.date:
    return x + dt.timedelta(days=n)
