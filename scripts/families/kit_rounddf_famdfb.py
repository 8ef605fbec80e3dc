"""Drawing helpers for round DF (famdfb): a letter page with DejaVu faces, four-column label/value grids whose labels
wrap, multi-line "Re:" blocks, typed fax header lines, boxed panels, caption-over-value grids, a shaded sidebar,
claim-block statements and short helpers for dates and money.

Everything drawn with these helpers is fictional; they only decide where text sits on the page.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fd(d: dt.date, style: str) -> str:
    """3/4/2026, 03/04/2026, Mar. 4, 2026, 4-Mar-26, March 4th, 2026, March 4, 2026, 2026-03-04, 3/4/26, Spanish."""
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"slash": d.strftime("%m/%d/%Y"), "nopad": f"{d.month}/{d.day}/{d.year}",
            "dot": d.strftime("%b. %-d, %Y").replace("May.", "May"), "dmy2": f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}",
            "ord": f"{d.strftime('%B')} {d.day}{suf}, {d.year}", "long": d.strftime("%B %-d, %Y"),
            "iso": d.isoformat(), "short": f"{d.month}/{d.day}/{d.strftime('%y')}",
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "abbr": d.strftime("%b %-d, %Y"),
            "upper": d.strftime("%b %d, %Y").upper(), "fax": d.strftime("%b-%d-%Y").upper()}[style]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def money(v: float, style: str = "plain") -> str:
    """$1,234.50 / 1,234.50 / $1234.50 / 1,234.50 USD / $ 1,234 / $1.234,50 (Spanish)."""
    us = f"{v:,.2f}"
    return {"plain": f"${us}", "nosign": us, "flat": f"${v:.2f}", "usd": f"{us} USD", "space": f"$ {v:,.0f}",
            "whole": f"${v:,.0f}", "es": "$" + us.replace(",", "X").replace(".", ",").replace("X", "."),
            "es_usd": us.replace(",", " ").replace(".", ",") + " USD", "paren": f"({us})"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def pat(r, shape: str) -> str:
    """'9' a digit, '@' a letter, anything else as is."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
                   for c in shape)


def ph(r, area: str = "651") -> str:
    return f"({area}) 555-{r.randint(1000, 9999)}"


def tollfree(r) -> str:
    return f"1-{r.choice(['800', '855', '866', '877', '888'])}-555-{r.randint(1000, 9999)}"


def npi(r) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


class Sheet(FPDF):
    """Letter page; `run_head` on pages after the first; `foot_left` and `foot` ('Page {p} of {n}') on every page."""

    def __init__(self, serif: bool = False, orientation: str = "P", margins=(20, 16, 20), run_head: str | None = None,
                 foot: str | None = None, foot_left: str | None = None):
        super().__init__(orientation=orientation, format="letter")
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        for name, path in (("Sans", DEJAVU), ("Serif", SERIF), ("Mono", MONO)):
            self.add_font(name, "", path)
        self.add_font("Sans", "B", DEJAVU_B)
        self.add_font("Serif", "B", SERIF_B)
        self.face = "Serif" if serif else "Sans"
        self.run_head, self.foot, self.foot_left = run_head, foot, foot_left
        self.alias_nb_pages()
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=22)

    def header(self):
        if self.run_head and self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.cell(0, 5, self.run_head, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        if not (self.foot or self.foot_left):
            return
        self.set_y(-14)
        self.set_font(self.face, "", 7.5)
        y = self.get_y()
        super().line(self.l_margin, y - 1, self.w - self.r_margin, y - 1)
        if self.foot_left:
            self.cell(120, 4, self.foot_left)
        if self.foot:
            self.set_x(self.w - self.r_margin - 50)
            self.cell(50, 4, self.foot.format(p=self.page_no(), n="{nb}"), align="R")

    @property
    def width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def f(self, size=10, style="", face=None):
        self.set_font(face or self.face, style, size)
        return self

    def t(self, text, size=10, style="", align="L", h=None, face=None):
        self.f(size, style, face)
        self.cell(0, h or size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align=align)

    def p(self, text, size=10, gap=2.2, indent=0.0, w=None, align="L"):
        self.f(size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(w or (self.width - indent), size * 0.47, text, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(gap)

    def head(self, text, size=11, gap=1.2, rule=False):
        self.ln(1)
        self.f(size, "B")
        self.multi_cell(0, size * 0.52, text, new_x="LMARGIN", new_y="NEXT")
        if rule:
            y = self.get_y() + 0.4
            super().line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(1.2)
        self.ln(gap)

    def rule(self, width=0.3, gap=2.0):
        self.set_line_width(width)
        y = self.get_y()
        super().line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(gap)

    def faxline(self, text: str):
        """A typed fax header line at the very top of the page, as the sending machine prints it."""
        y = self.get_y()
        self.set_xy(self.l_margin - 8, 5)
        self.f(7.5, face="Mono")
        self.cell(0, 4, text)
        self.set_xy(self.l_margin, max(y, 12))

    def quad(self, rows, widths=(36, 54, 34, 55), size=9, lh=4.3, border=True, bold_labels=True):
        """Two label/value column pairs side by side; labels and values wrap inside their own cell."""
        for row in rows:
            x0, y0 = self.l_margin, self.get_y()
            n = 1
            for i, (txt, w) in enumerate(zip(row, widths)):
                self.f(size, "B" if (i % 2 == 0 and bold_labels) else "")
                n = max(n, len(self.multi_cell(w - 2, lh, txt, dry_run=True, output="LINES", align="L")))
            hh = n * lh + 1.6
            if self.get_y() + hh > self.h - 24:
                self.add_page()
                y0 = self.get_y()
            x = x0
            for i, (txt, w) in enumerate(zip(row, widths)):
                if border:
                    self.set_fill_color(236, 236, 236)
                    self.rect(x, y0, w, hh, style="DF" if i % 2 == 0 else "D")
                self.set_xy(x + 1, y0 + 0.8)
                self.f(size, "B" if (i % 2 == 0 and bold_labels) else "")
                self.multi_cell(w - 2, lh, txt, new_x="RIGHT", new_y="TOP", align="L")
                x += w
            self.set_xy(x0, y0 + hh)
        self.ln(3)

    def pairs(self, rows, label_w=42, size=10, leader: str | None = None, x=None, bold=False, h=5.2):
        """A label column; with `leader` the label is padded with that character up to the value."""
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B" if bold else "")
            if leader:
                lab = k
                while self.get_string_width(lab + leader) < label_w - 2:
                    lab += leader
                self.cell(label_w, h, lab)
            else:
                self.cell(label_w, h, k)
            self.f(size)
            self.multi_cell(0 if x is None else self.w - self.r_margin - self.get_x(), h, v, new_x="LMARGIN",
                            new_y="NEXT")

    def reblock(self, lines, size=10, indent=12):
        """Re:  first line / following lines indented under it."""
        self.f(size, "B")
        y = self.get_y()
        self.cell(indent, 5, "Re:")
        self.f(size)
        for i, ln in enumerate(lines):
            self.set_xy(self.l_margin + indent, y + i * 5)
            self.cell(0, 5, ln)
        self.set_xy(self.l_margin, y + len(lines) * 5 + 3)

    def panel(self, title: str, paras: list[str], size=9.2, pad=3.0, fill=False):
        """A boxed panel with a bold title bar and its paragraphs inside."""
        x0, y0 = self.l_margin, self.get_y()
        w = self.width
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255, 255, 255)
        self.f(size + 1.5, "B")
        self.cell(w, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(pad)
        for ptxt in paras:
            self.f(size)
            self.set_x(x0 + pad)
            self.multi_cell(w - 2 * pad, size * 0.46, ptxt, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(1.6)
        y1 = self.get_y() + pad - 1.6
        self.set_line_width(0.6)
        self.rect(x0, y0, w, y1 - y0)
        self.set_line_width(0.2)
        self.set_y(y1 + 3)

    def captions(self, cells, h=11.5, cap=6.3, val=9.6):
        """A row of ruled boxes: a small caption at the top of each box, its value under it."""
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for label, value, w in cells:
            self.rect(x, y0, w, h)
            self.set_xy(x + 1.2, y0 + 0.9)
            self.f(cap)
            self.cell(w - 2.4, 3, label.upper())
            self.set_xy(x + 1.2, y0 + 5)
            self.f(val)
            self.cell(w - 2.4, 5, value)
            x += w
        self.set_xy(x0, y0 + h)

    def sidebar(self, x, w, title, rows, size=8.4, top=None):
        """A shaded box of label-over-value facts at (x, top); returns its bottom y."""
        y0 = self.get_y() if top is None else top
        lines = 2 * len(rows)
        hh = 9 + lines * size * 0.44 + len(rows) * 1.2 + 2
        self.set_fill_color(232, 232, 232)
        self.rect(x, y0, w, hh, style="F")
        self.set_xy(x + 2, y0 + 2)
        self.f(size + 1, "B")
        self.cell(w - 4, 5, title)
        y = y0 + 8
        for k, v in rows:
            self.set_xy(x + 2, y)
            self.f(size - 0.8, "B")
            self.cell(w - 4, size * 0.44, k)
            self.set_xy(x + 2, y + size * 0.44)
            self.f(size)
            self.cell(w - 4, size * 0.44, v)
            y += 2 * size * 0.44 + 1.2
        return y0 + hh

    def table(self, head, rows, widths, size=8.4, aligns=None, row_h=5.0, border="B", head_fill=True):
        aligns = aligns or "L" * len(widths)
        self.f(size, "B")
        self.set_fill_color(222, 222, 222)
        for hc, w, a in zip(head, widths, aligns):
            self.cell(w, 6, hc, border=border, align=a, fill=head_fill)
        self.ln(6.2)
        for row in rows:
            bold = row[0].startswith("*")
            self.f(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, row_h, c[1:] if (i == 0 and bold) else c, align=a)
            self.ln(row_h)
        self.ln(1.5)


def out(pdf: FPDF) -> bytes:
    return bytes(pdf.output())
