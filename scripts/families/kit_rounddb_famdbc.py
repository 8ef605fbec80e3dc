"""Drawing helpers for round DB helper famdbc (two families): a letter page with a dark logo band, label column,
boxed grid, tables with two-line headers, a fax header line and a footer with the plan's name. All fictional."""

from __future__ import annotations

import datetime as dt

from inv_kit import DEJAVU, Doc, fmt_date, fmt_money, m2, iso, truth  # noqa: F401

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def d(style: str, x: dt.date) -> str:
    if style == "es":
        return f"{x.day} de {MONTHS_ES[x.month - 1]} de {x.year}"
    if style == "dmy":
        return x.strftime("%-d %b %Y")
    if style == "upper":
        return x.strftime("%b %d, %Y").upper()
    return fmt_date(x, style)


def plus(x: dt.date, n: int) -> dt.date:
    return x + dt.timedelta(days=n)


class Letter(Doc):
    def __init__(self, footer=None, header=None, fax=None, two_col=False):
        super().__init__(font="DejaVu", footer=footer, header=header)
        self.fax_line = fax
        self.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
        self.add_page()

    def header(self):
        if self.fax_line:
            y = self.get_y()
            self.set_xy(6, 3)
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, self.fax_line.format(p=self.page_no()))
            self.set_xy(self.l_margin, max(y, 10))
        super().header()

    def band(self, name: str, sub: str = ""):
        """Logo band: white on dark."""
        self.set_fill_color(28, 44, 72)
        self.rect(0, self.get_y(), self.w, 17, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 15)
        self.set_x(self.l_margin)
        self.cell(0, 10, name, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def plainhead(self, name: str, lines: list[str]):
        self.set_font("DejaVu", "B", 13)
        self.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8.5)
        for ln in lines:
            self.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def addr(self, rows: list[str], size=10):
        self.font(size)
        for r in rows:
            self.cell(0, 4.8, r, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def labels(self, pairs: list[tuple[str, str]], lw=52, size=9.5):
        for k, v in pairs:
            self.font(size, "B")
            self.cell(lw, 5.2, k)
            self.font(size)
            self.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def heading(self, t: str, size=12.5):
        self.font(size, "B")
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def wrapped_table(self, heads: list[str], rows: list[list[str]], widths: list[float], size=8.2):
        """Header cells wrap over two lines (text split on '|')."""
        self.set_fill_color(220, 220, 220)
        x0, y0 = self.get_x(), self.get_y()
        self.font(size - 0.4, "B")
        x = x0
        for h, w in zip(heads, widths):
            self.rect(x, y0, w, 9, style="DF")
            parts = h.split("|") + [""]
            self.set_xy(x + 0.8, y0 + 0.6)
            self.cell(w - 1.6, 4, parts[0])
            self.set_xy(x + 0.8, y0 + 4.4)
            self.cell(w - 1.6, 4, parts[1])
            x += w
        self.set_xy(x0, y0 + 9)
        for r in rows:
            bold = r[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w) in enumerate(zip(r, widths)):
                self.cell(w, 5.4, c[1:] if (bold and i == 0) else c, border=1)
            self.ln(5.4)
        self.ln(3)


def out(p: Letter) -> bytes:
    return bytes(p.output())
