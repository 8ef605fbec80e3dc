"""Drawing helpers for round DE (famdeb): a letter page with DejaVu faces, dotted-leader label blocks, captions
over values, typed fax header lines, ruled two-line-heading tables and short helpers for dates and money.

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
    """03/04/2026, 3/4/26, March 4, 2026, 04-MAR-2026, 2026-03-04, 4 de marzo de 2026, Mar 4, 2026."""
    return {"slash": d.strftime("%m/%d/%Y"), "short": d.strftime("%m/%d/%y"), "shortnp": f"{d.month}/{d.day}/{d.strftime('%y')}",
            "long": d.strftime("%B %-d, %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "iso": d.isoformat(),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "abbr": d.strftime("%b %-d, %Y"),
            "dmy": d.strftime("%d/%m/%Y")}[style]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pat(r, shape: str) -> str:
    """'9' a digit, 'A' a letter, anything else as is."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in shape)


def ph(r) -> str:
    return f"(202) 555-{r.randint(1000, 9999)}"


class Page(FPDF):
    """Letter page; `run_head` is printed on pages after the first (running header), `foot` on every page."""

    def __init__(self, serif: bool = False, orientation: str = "P", margins=(20, 16, 20), run_head: str | None = None,
                 foot: str | None = None):
        super().__init__(orientation=orientation, format="letter")
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        for name, path in (("Sans", DEJAVU), ("Serif", SERIF), ("Mono", MONO)):
            self.add_font(name, "", path)
        self.add_font("Sans", "B", DEJAVU_B)
        self.add_font("Serif", "B", SERIF_B)
        self.face = "Serif" if serif else "Sans"
        self.run_head, self.foot = run_head, foot
        self.alias_nb_pages()
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        if self.run_head and self.page_no() > 1:
            self.set_font(self.face, "", 8.5)
            self.cell(0, 5, self.run_head.format(p=self.page_no(), n="{nb}"), new_x="LMARGIN", new_y="NEXT")
            y = self.get_y()
            super().line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(5)

    def footer(self):
        if self.foot:
            self.set_y(-13)
            self.set_font(self.face, "", 7.5)
            self.cell(0, 4, self.foot.format(p=self.page_no(), n="{nb}"), align="C")

    def f(self, size=10, style=""):
        self.set_font(self.face, style, size)
        return self

    def ln_text(self, text, size=10, style="", align="L", h=None, face=None):
        if face:
            self.set_font(face, "", size)
        else:
            self.f(size, style)
        self.cell(0, h or size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align=align)

    def para(self, text, size=10, gap=2.2, indent=0.0):
        self.f(size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, size * 0.47, text, new_x="LMARGIN",
                        new_y="NEXT")
        self.ln(gap)

    def head(self, text, size=11, rule=False):
        self.ln(1)
        self.f(size, "B")
        self.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        if rule:
            y = self.get_y() + 0.5
            super().line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(1.5)
        self.ln(1)

    def fax_line(self, text):
        """A typed fax header line across the top edge, in a monospaced face."""
        y = self.get_y()
        self.set_xy(self.l_margin - 8, 6)
        self.set_font("Mono", "", 7.5)
        self.cell(0, 4, text)
        self.set_xy(self.l_margin, max(y, 13))

    def leaders(self, rows, size=9.8, width=110, dash=False, x=None):
        """'Label ........ value' rows: the label ends with dots (or dashes) running up to the value."""
        fill = "-" if dash else "."
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size)
            lw = self.get_string_width(k + " ")
            room = width - lw - 2
            n = max(3, int(room / self.get_string_width(fill)))
            self.cell(width, size * 0.52, f"{k} {fill * n}"[: len(k) + 1 + n])
            self.cell(2, size * 0.52, "")
            self.f(size, "B")
            self.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")

    def captions(self, cells, size=10, cap=6.8, gap=3):
        """A row of small captions with each value printed below its caption (no boxes)."""
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        for c, v, w in cells:
            self.set_xy(x, y0)
            self.f(cap)
            self.cell(w, 3.4, c)
            self.set_xy(x, y0 + 3.6)
            self.f(size, "B")
            self.cell(w, 5, v)
            x += w
        self.set_xy(x0, y0 + 9 + gap)

    def grid(self, cells, h=11.5, cap=6.3, size=9.5):
        """Ruled boxes, caption in the box's top-left corner, value below."""
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for c, v, w in cells:
            self.rect(x, y0, w, h)
            self.set_xy(x + 1, y0 + 0.7)
            self.f(cap)
            self.cell(w - 2, 3, c.upper())
            self.set_xy(x + 1, y0 + 4.8)
            self.f(size)
            self.cell(w - 2, 5, v)
            x += w
        self.set_xy(x0, y0 + h)

    def ruled(self, head, rows, widths, size=8.3, aligns=None, bold_last=False, head_lines=2):
        """A ruled table whose column headings wrap over two lines (heading text split on '|')."""
        aligns = aligns or ["L"] * len(widths)
        lh = size * 0.44
        hh = head_lines * lh + 1.6
        x0, y0 = self.get_x(), self.get_y()
        self.f(size - 0.4, "B")
        self.set_fill_color(232, 232, 232)
        x = x0
        for hc, w in zip(head, widths):
            self.rect(x, y0, w, hh, style="DF")
            lines = hc.split("|")
            for i, t in enumerate(lines):
                self.set_xy(x + 0.8, y0 + 0.8 + i * lh)
                self.cell(w - 1.6, lh, t)
            x += w
        self.set_xy(x0, y0 + hh)
        for i, row in enumerate(rows):
            self.f(size, "B" if bold_last and i == len(rows) - 1 else "")
            for c, w, a in zip(row, widths, aligns):
                self.cell(w, 5.6, c, border=1, align=a)
            self.ln(5.6)
        self.ln(2.5)


def out(p: Page) -> bytes:
    return bytes(p.output())
