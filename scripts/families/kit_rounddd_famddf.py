"""Shared drawing helpers for round DD helper famddf (North Dakota Medicaid expansion plan notices; pediatric growth
hormone denials).

All values are invented: people, plans, facilities, IDs, amounts; phone and fax numbers use 555.
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
    """A letter page in DejaVu; `faxline` prints a fax machine's header line across the top of every page."""

    def __init__(self, serif: bool = False, faxline: str | None = None, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)
        if serif:
            self.base_font = "DejaVuSerif"
        self.faxline = faxline

    def header(self):
        if self.faxline:
            y = self.get_y()
            self.set_xy(8, 4)
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, self.faxline.format(p=self.page_no()))
            self.set_xy(self.l_margin, max(y, 12))
        super().header()


def fd(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "dash": d.strftime("%m-%d-%Y"),
            "upper": d.strftime("%b %d, %Y").upper(), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}", "esnum": d.strftime("%d/%m/%Y"),
            "nopad": f"{d.month}/{d.day}/{d.year}"}[s]


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
    """A label column and a value column."""
    for a, b in rows:
        if x is not None:
            d.set_x(x)
        d.font(size)
        d.cell(w, size * 0.55, a)
        d.font(size, "B" if bold_value else "")
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    """Paragraphs; an item starting with '#' is a bold heading."""
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.4, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


def band(d, name, sub, lines=(), color=(22, 44, 78)):
    """A logo band: the plan's name in white on a dark bar, a sub-line inside it, address lines under it."""
    d.set_fill_color(*color)
    d.set_text_color(255, 255, 255)
    y = d.get_y()
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 16, style="F")
    d.set_xy(d.l_margin + 3, y + 1.5)
    d.font(14, "B")
    d.cell(0, 7, name)
    d.set_xy(d.l_margin + 3, y + 9)
    d.font(8.5)
    d.cell(0, 5, sub)
    d.set_text_color(0, 0, 0)
    d.set_xy(d.l_margin, y + 18)
    for s in lines:
        d.text_line(s, 8.4)
    d.ln(3)


def letterhead(d, name, lines, centred=False):
    d.text_line(name, 14.5, "B", "C" if centred else "L")
    if centred:
        d.text_line("  |  ".join(lines), 8, "", "C")
    else:
        for s in lines:
            d.text_line(s, 8.6)
    d.rule(0.5, 5)


def addr(d, lines, size=10):
    for s in lines:
        d.text_line(s, size)
    d.ln(4)


def cover(to, frm, fax_to, fax_from, date_s, pages, note) -> bytes:
    d = Page()
    d.add_page()
    d.text_line("FACSIMILE", 26, "B")
    d.rule(1, 6)
    lv(d, [("To:", to), ("From:", frm), ("Fax:", fax_to), ("Sender fax:", fax_from), ("Date:", date_s),
           ("Pages (incl. cover):", str(pages))], w=48, size=11)
    d.para(note, 10.5)
    d.ln(30)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, notify the sender and destroy all copies.", 8.5)
    return bytes(d.output())


def sidebar(d, rows, x=14, w=52, size=8.6, fill=230):
    """A shaded left sidebar of label/value pairs; returns (top, bottom) y (body text goes right of it)."""
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


def wtable(d, head, rows, widths, size=8.2, row_h=5.4, aligns=None, bold_last=False):
    """A ruled table whose header cells wrap over two lines."""
    aligns = aligns or ["L"] * len(widths)
    d.font(size - 0.4, "B")
    lh = size * 0.42
    n = max(len(d.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
    hh = n * lh + 1.5
    x0, y0 = d.get_x(), d.get_y()
    d.set_fill_color(225, 225, 225)
    for h, w in zip(head, widths):
        x = d.get_x()
        d.rect(x, y0, w, hh, style="DF")
        d.set_xy(x + 0.5, y0 + 0.7)
        d.multi_cell(w - 1, lh, h, new_x="RIGHT", new_y="TOP")
        d.set_xy(x + w, y0)
    d.set_xy(x0, y0 + hh)
    for i, row in enumerate(rows):
        d.font(size, "B" if bold_last and i == len(rows) - 1 else "")
        for c, w, a in zip(row, widths, aligns):
            d.cell(w, row_h, c, border=1, align=a)
        d.ln(row_h)
    d.ln(2)


def twocol(d, left, right, size=9.2, gap=6):
    """A two-column body: paragraphs in the left column, paragraphs in the right; '#' starts a bold heading."""
    w = (d.w - d.l_margin - d.r_margin - gap) / 2
    y0 = d.get_y()
    ys = []
    for col, items in enumerate((left, right)):
        x = d.l_margin + col * (w + gap)
        d.set_xy(x, y0)
        for p in items:
            d.set_x(x)
            if p.startswith("#"):
                d.font(size + 0.4, "B")
                d.multi_cell(w, size * 0.5, p[1:], new_x="LEFT", new_y="NEXT")
            else:
                d.font(size)
                d.multi_cell(w, size * 0.46, p, new_x="LEFT", new_y="NEXT")
                d.ln(1.8)
        ys.append(d.get_y())
    d.set_xy(d.l_margin, max(ys) + 3)
