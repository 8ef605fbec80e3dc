"""Drawing helpers for round DF (famdfc): four-column label/value grids with wrapping labels, typed fax header
lines, multi-line "Re:" blocks, claim blocks for statements, boxed appeal panels and extra US date shapes.
Built on public_kit.Page; everything drawn is fictional.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF
from public_kit import Page


def abbr_dot(d: dt.date) -> str:
    """Mar. 4, 2026 (May stays May)."""
    m = d.strftime("%b")
    return f"{m}{'' if m == 'May' else '.'} {d.day}, {d.year}"


def dmy2(d: dt.date) -> str:
    """4-Mar-26."""
    return f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"


def nth(d: dt.date) -> str:
    """March 4th, 2026."""
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suf}, {d.year}"


def nopad(d: dt.date) -> str:
    """3/4/2026."""
    return f"{d.month}/{d.day}/{d.year}"


def es_money(v: float, style: str = "dot") -> str:
    """$1.234,50 or 1 234,50 USD."""
    whole, cents = f"{v:.2f}".split(".")
    sep = "." if style == "dot" else " "
    g = f"{int(whole):,}".replace(",", sep)
    return f"${g},{cents}" if style == "dot" else f"{g},{cents} USD"


class Sheet(Page):
    """A Page with chosen margins and a left-and-right running footer."""

    def __init__(self, serif: bool = False, footer: str | None = "Page {n} of {nb}", footer_left: str = "",
                 margins=(18, 16, 18)):
        super().__init__(serif=serif, footer=footer, footer_left=footer_left)
        self.set_margins(*margins)

    def fax_line(self, text: str, size: float = 7.5):
        self.set_font("Courier", "", size)
        self.cell(0, 3.6, text, new_x="LMARGIN", new_y="NEXT")
        FPDF.line(self, self.l_margin, self.get_y() + 0.3, self.w - self.r_margin, self.get_y() + 0.3)
        self.ln(3)

    def four_col(self, rows: list[tuple[str, str, str, str]], widths=(30, 55, 30, 59), size: float = 9,
                 lh: float = 4.3, border: bool = False):
        """label | value | label | value; labels wrap onto a second line when long."""
        for row in rows:
            x0, y0 = self.l_margin, self.get_y()
            hs = []
            x = x0
            for i, (txt, w) in enumerate(zip(row, widths)):
                self.set_xy(x, y0)
                self.f(size - (0.8 if i % 2 == 0 else 0), "B" if i % 2 == 0 else "")
                self.multi_cell(w - 1.5, lh, txt, new_x="RIGHT", new_y="TOP", align="L")
                hs.append(len(self.multi_cell(w - 1.5, lh, txt, dry_run=True, output="LINES")) * lh)
                x += w
            h = max(hs) + 1.2
            if border:
                x = x0
                for w in widths:
                    self.rect(x, y0, w, h)
                    x += w
            self.set_xy(x0, y0 + h)
        self.ln(2)

    def re_block(self, lines: list[str], size: float = 10, indent: float = 14):
        self.f(size, "B")
        self.cell(indent, size * 0.5, "Re:")
        self.f(size)
        for i, ln in enumerate(lines):
            if i:
                self.set_x(self.l_margin + indent)
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def claim_block(self, head: str, sub: str, head_cols: list[str], rows: list[list[str]], widths: list[float],
                    total: list[str], size: float = 8.2, aligns: list[str] | None = None):
        """A claim: a shaded heading line, a sub line, its service lines and a claim total."""
        aligns = aligns or ["L"] * len(widths)
        self.set_fill_color(230, 230, 230)
        self.f(size + 0.6, "B")
        self.cell(0, 5.2, " " + head, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.f(size)
        self.cell(0, 4.4, " " + sub, new_x="LMARGIN", new_y="NEXT")
        self.f(size - 0.6, "B")
        for c, w, a in zip(head_cols, widths, aligns):
            self.cell(w, 4.4, c, border="B", align=a)
        self.ln(4.6)
        for r in rows:
            self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, 4.4, c, align=a)
            self.ln(4.4)
        self.f(size, "B")
        for c, w, a in zip(total, widths, aligns):
            self.cell(w, 4.8, c, border="T", align=a)
        self.ln(7)

    def panel(self, title: str, paras: list[str], size: float = 8.8, pad: float = 3):
        """A boxed panel: a title bar and paragraphs inside one rectangle."""
        x0, y0 = self.l_margin, self.get_y()
        w = self.w - self.l_margin - self.r_margin
        self.set_fill_color(215, 215, 215)
        self.f(size + 1.2, "B")
        self.cell(w, 6.5, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        for ptxt in paras:
            self.set_x(x0 + pad)
            self.f(size)
            self.multi_cell(w - 2 * pad, size * 0.46, ptxt, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(1.6)
        self.rect(x0, y0, w, self.get_y() - y0 + 1)
        self.ln(4)
