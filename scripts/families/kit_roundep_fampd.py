"""Drawing helpers for round EP, helper fampd (papers of an invented state's employees' and retirees' health plan run
by a claims administrator, with the state's benefits office; an invented health plan for harbour pilots, tugboat and
ferry crews with its claims administrator).

Why: the round asks for identification values inside shaded or reverse-printed bands (light letters on a dark strip,
or a grey strip holding several captions and values side by side), other carriers' numbers on the same page as the
plan's own, letterheads whose brand is a short logo-like word with a longer description or tagline over or under it
and another legal entity in the signature or footer, provider remittances whose claim lines open with the payer's
control number and then the patient and member number, and provider lines that name an organisation and a person
together. Also: captions under ruled value boxes, captions beside values, running headers and footers, tables that
break across pages, two-column prose, fax header lines, and two fax covers (a state agency's benefits counselor and a
pilots' association dispatch office).
Date shapes offered: "March 6, 2026", "03/06/2026", "3/6/2026", "2026-03-06", "6 Mar 2026", "06-Mar-2026",
"MAR 06, 2026", "03/06/26", "6 de marzo de 2026"; money "$1,234.50", "1,234.50", "1234.50".
Everything printed with these helpers is invented except the names of public programs and codes.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from public_kit import Page

__all__ = ["EPSheet", "iso", "slash", "long", "abbr", "dmy", "dmy_dash", "upper", "yy", "short_md", "es_date",
           "wday", "n2", "usd", "flat", "plus", "digits", "phone", "tollfree", "last_first", "agency_cover",
           "dispatch_cover", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DIAS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
SANS_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
COND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"


# --- dates and money -------------------------------------------------------------------------------------------------
def iso(d: dt.date) -> str:
    return d.isoformat()


def slash(d: dt.date) -> str:
    """03/06/2026"""
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    """March 6, 2026"""
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def abbr(d: dt.date) -> str:
    """Mar 6, 2026"""
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def dmy(d: dt.date) -> str:
    """6 Mar 2026"""
    return f"{d.day} {d.strftime('%b')} {d.year}"


def dmy_dash(d: dt.date) -> str:
    """06-Mar-2026"""
    return d.strftime("%d-%b-%Y")


def upper(d: dt.date) -> str:
    """MAR 06, 2026"""
    return d.strftime("%b %d, %Y").upper()


def yy(d: dt.date) -> str:
    """03/06/26"""
    return d.strftime("%m/%d/%y")


def short_md(d: dt.date) -> str:
    """3/6/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def es_date(d: dt.date) -> str:
    """6 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def wday(d: dt.date, es: bool = False) -> str:
    """Friday, March 6, 2026 / viernes, 6 de marzo de 2026"""
    if es:
        return f"{DIAS_ES[d.weekday()]}, {es_date(d)}"
    return f"{d.strftime('%A')}, {long(d)}"


def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def flat(v: float) -> str:
    return f"{v:.2f}"


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(rng: random.Random, area: str | None = None) -> str:
    return f"({area or rng.choice(['318', '406', '541', '612', '715', '802'])}) 555-{rng.randint(100, 199):04d}"


def tollfree(rng: random.Random, pre: str = "888") -> str:
    return f"1-{pre}-555-{rng.randint(100, 199):04d}"


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    p = full.split()
    return f"{' '.join(p[2:]).upper()}, {p[0].upper()} {p[1].rstrip('.')}"


# --- the page --------------------------------------------------------------------------------------------------------
class EPSheet(Page):
    """public_kit's letter page with a monospace face, italics, an optional fax header line on every page, an optional
    running header from page 2 on (or on every page) and a running footer line of identifiers."""

    def __init__(self, serif: bool = False, footer: str | None = "Page {n} of {nb}", footer_left: str = "",
                 fax_hdr: str | None = None, run_hdr: str | None = None, run_hdr_all: bool = False,
                 run_foot: str | None = None):
        super().__init__(serif=serif, footer=footer, footer_left=footer_left)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)
        self.add_font("Sans", "I", SANS_I)
        self.add_font("Serif", "I", SERIF_I)
        self.add_font("Cond", "", COND)
        self.add_font("Cond", "B", COND_B)
        self.fax_hdr, self.run_hdr, self.run_hdr_all, self.run_foot = fax_hdr, run_hdr, run_hdr_all, run_foot

    def seg(self, x1: float, y1: float, x2: float, y2: float):
        FPDF.line(self, x1, y1, x2, y2)

    def arc_box(self, x: float, y: float, w: float, h: float, a0: float, a1: float):
        """An arc of the ellipse inscribed in the box (x, y, w, h), from angle a0 to a1 (degrees)."""
        self.arc(x, y, a=w, b=h, start_angle=a0, end_angle=a1)

    def fit(self, text: str, w: float, size: float, style: str = "B", face: str | None = None) -> float:
        """Set the largest font size not above `size` at which text fits in width w; returns it."""
        face = face or self.face
        while size > 5.5:
            self.set_font(face, style, size)
            if self.get_string_width(text) <= w:
                break
            size -= 0.3
        self.set_font(face, style, size)
        return size

    def header(self):
        y = 4.5
        if self.fax_hdr:
            self.set_xy(8, y)
            self.set_font("Mono", "", 7.4)
            self.cell(0, 3.6, self.fax_hdr.replace("{n}", str(self.page_no())))
            y += 4.6
        if self.run_hdr and (self.run_hdr_all or self.page_no() > 1):
            self.set_xy(self.l_margin, y + 1.5)
            self.set_font("Sans", "", 7.2)
            self.set_text_color(70, 70, 70)
            self.cell(0, 3.6, self.run_hdr.replace("{n}", str(self.page_no())).replace("{nb}", "{nb}"))
            self.set_text_color(0, 0, 0)
            yy_ = y + 6
            self.seg(self.l_margin, yy_, self.w - self.r_margin, yy_)
            self.set_y(max(self.t_margin, yy_ + 4))
        elif self.fax_hdr:
            self.set_y(max(self.t_margin, y + 3))

    def footer(self):
        if self.run_foot:
            self.set_y(-17.5)
            self.set_draw_color(150, 150, 150)
            self.seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_draw_color(0, 0, 0)
            self.set_font("Sans", "", 6.8)
            self.set_y(-16.8)
            self.cell(0, 3.4, self.run_foot)
        super().footer()

    # --- letterheads ---------------------------------------------------------------------------------------------
    def mark(self, kind: str, x: float, y: float, s: float):
        """Small drawn emblems: 'anchor' (a kedge anchor), 'leaf' (a trellis of three leaves), 'wave' (three waves
        in a ring), 'dome' (a capitol dome)."""
        self.set_line_width(0.6)
        if kind == "anchor":
            cx = x + s / 2
            self.ellipse(cx - s * 0.09, y, s * 0.18, s * 0.18)
            self.seg(cx, y + s * 0.18, cx, y + s * 0.92)
            self.seg(cx - s * 0.28, y + s * 0.32, cx + s * 0.28, y + s * 0.32)
            self.arc_box(cx - s * 0.42, y + s * 0.36, s * 0.84, s * 0.62, 20, 160)
            self.seg(cx - s * 0.4, y + s * 0.62, cx - s * 0.46, y + s * 0.52)
            self.seg(cx + s * 0.4, y + s * 0.62, cx + s * 0.46, y + s * 0.52)
        elif kind == "leaf":
            for i in range(4):
                self.seg(x + i * s / 3, y, x + i * s / 3, y + s)
                self.seg(x, y + i * s / 3, x + s, y + i * s / 3)
            self.set_fill_color(60, 60, 60)
            for cx, cy in ((0.5, 0.2), (0.25, 0.55), (0.75, 0.55)):
                self.ellipse(x + s * cx - s * 0.12, y + s * cy - s * 0.09, s * 0.24, s * 0.18, style="F")
            self.set_fill_color(255, 255, 255)
        elif kind == "wave":
            self.ellipse(x, y, s, s)
            for i in range(3):
                yy_ = y + s * (0.35 + 0.15 * i)
                self.arc_box(x + s * 0.15, yy_ - s * 0.08, s * 0.35, s * 0.16, 180, 360)
                self.arc_box(x + s * 0.5, yy_ - s * 0.08, s * 0.35, s * 0.16, 0, 180)
        elif kind == "dome":
            self.arc_box(x + s * 0.2, y + s * 0.15, s * 0.6, s * 0.7, 180, 360)
            self.rect(x + s * 0.1, y + s * 0.5, s * 0.8, s * 0.1)
            for i in range(5):
                self.seg(x + s * (0.18 + 0.16 * i), y + s * 0.6, x + s * (0.18 + 0.16 * i), y + s * 0.9)
            self.rect(x, y + s * 0.9, s, s * 0.08)
            self.seg(x + s / 2, y, x + s / 2, y + s * 0.15)
        self.set_line_width(0.2)

    def brand_head(self, brand: str, desc: str, lines: list[str], right: list[str], mark: str = "leaf",
                   desc_over: str | None = None, brand_size: float = 24, serif_brand: bool = False,
                   box: str | None = None, rule: bool = True):
        """A logo-like short brand in large letters beside a drawn mark, a longer description line under it (and an
        optional line over it), small address lines under that, contact lines at the right; an optional outlined
        box with the paper's kind at the right under the contact lines."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        self.mark(mark, x0, y0 + (4 if desc_over else 1), 13)
        tx = x0 + 16
        y = y0
        if desc_over:
            self.set_xy(tx, y)
            self.set_font("Sans", "", 7.2)
            self.cell(W * 0.6, 3.6, desc_over.upper())
            y += 4
        self.set_xy(tx, y)
        self.set_font("Serif" if serif_brand else "Sans", "B", brand_size)
        self.cell(W * 0.6, brand_size * 0.42, brand)
        y += brand_size * 0.42 + 0.6
        self.set_xy(tx, y)
        self.set_font("Sans", "I", 8.6)
        self.cell(W * 0.62, 4.2, desc)
        y += 4.6
        self.set_font("Sans", "", 7.4)
        for ln in lines:
            self.set_xy(tx, y)
            self.cell(W * 0.62, 3.5, ln)
            y += 3.5
        ry = y0
        self.set_font("Sans", "", 7.6)
        for ln in right:
            self.set_xy(x0 + W * 0.64, ry)
            self.cell(W * 0.36, 3.7, ln, align="R")
            ry += 3.7
        if box:
            self.set_font("Sans", "B", 8.6)
            bw = self.get_string_width(box) + 6
            # under the contact lines; moved below the left block when it would run into the description
            by = ry + 1.5
            self.set_font("Sans", "I", 8.6)
            left_w = tx + self.get_string_width(desc) + 2
            self.set_font("Sans", "B", 8.6)
            if left_w > x0 + W - bw and by < y:
                by = y + 1
            self.set_xy(x0 + W - bw, by)
            self.set_line_width(0.5)
            self.cell(bw, 6.5, box, border=1, align="C")
            self.set_line_width(0.2)
            ry = by + 7
        y = max(y, ry) + 2
        if rule:
            self.set_line_width(0.7)
            self.seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
        self.set_xy(x0, y + 4)

    def agency_strip(self, text: str, sub: str = ""):
        """A thin grey strip with the state agency's name (over the plan brand, or as a sub-banner)."""
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(228, 228, 228)
        self.set_font("Sans", "B", 7.6)
        self.cell(W, 4.8, "  " + text.upper() + (("   \u00b7   " + sub) if sub else ""), fill=True,
                  new_x="LMARGIN", new_y="NEXT")
        self.set_fill_color(255, 255, 255)
        self.ln(2.5)

    # --- identification ------------------------------------------------------------------------------------------
    def band(self, cells: list[tuple[str, str, float]], dark: bool = True, size: float = 9.4, cap: float = 6.4,
             h: float = 10.4, title: str | None = None):
        """A shaded strip holding several captions and values side by side: reverse-printed (white letters on a dark
        grey band) when dark, else black on a mid-grey band. Thin white rules part the cells. An optional title
        sits at the left end of the band in its own cell. Cells: (caption, value, fraction of width)."""
        W = self.w - self.l_margin - self.r_margin
        x, y = self.l_margin, self.get_y()
        if dark:
            self.set_fill_color(70, 70, 70)
            self.set_text_color(255, 255, 255)
        else:
            self.set_fill_color(196, 196, 196)
        self.rect(x, y, W, h, style="F")
        self.set_draw_color(255, 255, 255)
        xx = x
        if title:
            self.set_font("Sans", "B", cap + 1.4)
            tw = self.get_string_width(title) + 5
            self.set_xy(xx + 1.5, y + (h - 4) / 2)
            self.cell(tw - 2, 4, title)
            xx += tw
            self.set_line_width(0.6)
            self.seg(xx, y + 1.2, xx, y + h - 1.2)
        rest = x + W - xx
        for i, (c, v, frac) in enumerate(cells):
            cw = rest * frac
            self.set_font("Sans", "", cap)
            self.set_xy(xx + 1.8, y + 1.2)
            self.cell(cw - 3, cap * 0.45, c)
            self.fit(v, cw - 3.5, size, "B", "Sans")
            self.set_xy(xx + 1.8, y + 1.6 + cap * 0.45)
            self.cell(cw - 3, size * 0.5, v)
            xx += cw
            if i < len(cells) - 1:
                self.set_line_width(0.6)
                self.seg(xx, y + 1.2, xx, y + h - 1.2)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 3)

    def bar(self, text: str, right: str = "", size: float = 10.5, h: float = 7.2, shade: int = 35):
        """A reverse-printed title bar (white letters on near-black), with optional right-aligned text in it."""
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(shade, shade, shade)
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", size)
        x, y = self.l_margin, self.get_y()
        self.cell(W, h, "  " + text, fill=True)
        if right:
            self.set_font("Sans", "B", size - 1.4)
            self.set_xy(x, y)
            self.cell(W - 2, h, right, align="R")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(x, y + h + 2.5)

    def under_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.6, cap: float = 6.4,
                    h: float = 7.0, gap: float = 2.4):
        """Values in ruled boxes with their caption printed UNDER the box in small type. Cells: (value, caption,
        fraction of width)."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        for row in rows:
            xx = self.l_margin
            for v, c, frac in row:
                cw = W * frac - gap
                self.set_line_width(0.35)
                self.rect(xx, y, cw, h)
                self.set_line_width(0.2)
                self.fit(v, cw - 3.4, size)
                self.set_xy(xx + 1.6, y + (h - size * 0.45) / 2)
                self.cell(cw - 3, size * 0.45, v)
                self.set_font("Sans", "", cap)
                self.set_xy(xx + 0.5, y + h + 0.4)
                self.cell(cw - 1, cap * 0.45, c)
                xx += cw + gap
            y += h + cap * 0.45 + 3
        self.set_xy(self.l_margin, y + 1)

    def beside(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 9.2, cap: float = 6.8,
               split: float = 0.55, h: float = 5.2) -> float:
        """Values at the left in bold, their captions to the right in small grey italics after an arrow-less gap,
        a dotted rule between lines. Returns the y under the block."""
        yy_ = y
        for v, c in rows:
            self.set_xy(x, yy_)
            self.fit(v, w * split - 1.5, size)
            self.cell(w * split, h, v)
            self.set_text_color(85, 85, 85)
            self.set_font("Sans", "I", cap)
            self.cell(w * (1 - split), h, c)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(170, 170, 170)
            self.set_dash_pattern(dash=0.5, gap=0.8)
            self.seg(x, yy_ + h, x + w, yy_ + h)
            self.set_dash_pattern()
            self.set_draw_color(0, 0, 0)
            yy_ += h
        return yy_

    def label_col(self, rows: list[tuple[str, str]], x: float, y: float, w: float, label_w: float,
                  size: float = 9.2, h: float = 5.0, bold_value: bool = False) -> float:
        """A plain label column: labels at left, values after; returns the y under it."""
        yy_ = y
        for k, v in rows:
            self.set_xy(x, yy_)
            self.set_font(self.face, "", size - 0.4)
            self.cell(label_w, h, k)
            self.set_font(self.face, "B" if bold_value else "", size)
            self.multi_cell(w - label_w, h, v, align="L", new_x="LMARGIN", new_y="NEXT")
            yy_ = self.get_y()
        return yy_

    def address_block(self, lines: list[str], size: float = 9.8, x: float | None = None, y: float | None = None,
                      h: float = 4.8) -> float:
        x = self.l_margin if x is None else x
        y = self.get_y() if y is None else y
        self.set_font(self.face, "", size)
        for i, ln in enumerate(lines):
            self.set_xy(x, y + i * h)
            self.cell(90, h, ln)
        self.set_xy(self.l_margin, y + len(lines) * h)
        return y + len(lines) * h

    # --- prose -----------------------------------------------------------------------------------------------------
    def columns(self, paras: list[tuple[str, str]], n: int = 2, size: float = 8.8, gutter: float = 6,
                head_size: float | None = None, lead: float = 1.2):
        """Newspaper columns of (heading, text) pairs, filled top to bottom and left to right so the columns come out
        about even; a heading always stays with its text. A page break comes first when they would not fit."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gutter * (n - 1)) / n
        lh, hs = size * 0.47, head_size or size + 0.6
        hh = hs * 0.5
        sizes = []
        for hd, tx in paras:
            self.set_font(self.face, "", size)
            k = len(self.multi_cell(cw, lh, tx, dry_run=True, output="LINES"))
            sizes.append((hh if hd else 0) + k * lh + lead)
        target = sum(sizes) / n
        cols, cur, acc = [[]], 0, 0.0
        for (hd, tx), hgt in zip(paras, sizes):
            if acc > 0 and acc + hgt / 2 > target * (len(cols)) and len(cols) < n:
                cols.append([])
            cols[-1].append((hd, tx))
            acc += hgt
        heights = [sum(sizes[paras.index(pt)] for pt in c) for c in cols]
        if self.get_y() + max(heights) > self.h - 24:
            self.add_page()
        y0 = self.get_y()
        ends = []
        for k, c in enumerate(cols):
            x = self.l_margin + k * (cw + gutter)
            self.set_xy(x, y0)
            for hd, tx in c:
                if hd:
                    self.set_font(self.face, "B", hs)
                    self.set_x(x)
                    self.multi_cell(cw, hh, hd, align="L", new_x="LEFT", new_y="NEXT")
                self.set_font(self.face, "", size)
                self.set_x(x)
                self.multi_cell(cw, lh, tx, align="L", new_x="LEFT", new_y="NEXT")
                self.set_y(self.get_y() + lead)
            ends.append(self.get_y())
        self.set_xy(self.l_margin, max(ends) + 2)

    def glossary(self, title: str, items: list[tuple[str, str]], size: float = 7.8, code_w: float = 16):
        W = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "B", size + 1)
        self.cell(W, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.3)
        self.seg(self.l_margin, self.get_y(), self.l_margin + W, self.get_y())
        self.set_line_width(0.2)
        self.ln(1)
        for c, txt in items:
            self.set_font("Sans", "B", size)
            self.cell(code_w, size * 0.46, c)
            self.set_font("Sans", "", size)
            self.multi_cell(W - code_w, size * 0.46, txt, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.7)
        self.ln(2)

    def signature(self, lines: list[str], size: float = 9.6, script: str | None = None):
        """A sign-off; an optional 'signature' drawn as the name in italic serif."""
        self.ln(2)
        for i, ln in enumerate(lines):
            if i == 1 and script:
                self.set_font("Serif", "I", size + 4)
                self.cell(0, size * 0.7, script, new_x="LMARGIN", new_y="NEXT")
            self.set_font(self.face, "", size)
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def small(self, text: str, size: float = 7.2, border: int | str = 0, gap: float = 1.5):
        W = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "", size)
        self.multi_cell(W, size * 0.46, text, border=border, padding=1.2 if border else 0, new_x="LMARGIN",
                        new_y="NEXT")
        self.ln(gap)

    # --- tables ----------------------------------------------------------------------------------------------------
    def run_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
                  size: float = 8.2, row_h: float = 5.2, repeat_head: bool = True, foot_room: float = 26,
                  bold_rows: set | None = None, shade_rows: set | None = None, cont: str = "continued",
                  head_fill: int = 215):
        """A ruled table that breaks across pages: when the next row would pass the foot, a small '(... continued on
        next page)' note closes the page, and the next page opens with '(continued)' and, when repeat_head, the head
        again. Rows in bold_rows are bold; rows in shade_rows have a light grey fill."""
        aligns = aligns or ["L"] * len(widths)
        bold_rows, shade_rows = bold_rows or set(), shade_rows or set()

        def draw_head():
            self.set_font("Sans", "B", size - 0.4)
            self.set_fill_color(head_fill, head_fill, head_fill)
            lh = (size - 0.4) * 0.42
            n = max(len(self.multi_cell(w, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
            hh = max(row_h, n * lh + 1.4)
            x0, y0 = self.l_margin, self.get_y()
            xx = x0
            for hc, w in zip(head, widths):
                self.rect(xx, y0, w, hh, style="DF")
                self.set_xy(xx, y0 + 0.7)
                self.multi_cell(w, lh, hc, align="C", new_x="RIGHT", new_y="TOP")
                xx += w
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0, y0 + hh)

        draw_head()
        for i, r in enumerate(rows):
            if self.get_y() + row_h > self.h - foot_room:
                self.set_font("Sans", "I", 7)
                self.cell(sum(widths), 4, f"({cont} on next page)", align="R", new_x="LMARGIN", new_y="NEXT")
                self.add_page()
                self.set_font("Sans", "I", 7)
                self.cell(sum(widths), 4, "(continued)", new_x="LMARGIN", new_y="NEXT")
                if repeat_head:
                    draw_head()
            self.set_font("Sans", "B" if i in bold_rows else "", size)
            fill = i in shade_rows
            if fill:
                self.set_fill_color(232, 232, 232)
            if len(r) > 1 and all(c == "" for c in r[1:]):  # a caption row across the whole table
                self.cell(sum(widths), row_h, r[0], border=1, fill=fill)
            else:
                for c, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, c, border=1, align=a, fill=fill)
            self.set_fill_color(255, 255, 255)
            self.ln(row_h)
        self.ln(2)

    def remit(self, heads: list[str], blocks: list[dict], size: float = 7.2, foot_room: float = 24,
              width_chars: int = 118):
        """A remittance listing in the monospace face: heads printed once between '=' rules; each claim block is a
        bold first line (the payer's control number first, then the patient, member number and more), its service
        lines, then a claim total line; a block that would pass the foot carries on to the next page under a
        '*** CONTINUED ***' line (no heads again). blocks: {"top": str, "sub": str|None, "lines": [str], "total": str}"""
        lh = size * 0.47

        def line(text, bold=False):
            self.set_font("Mono", "B" if bold else "", size)
            self.set_x(self.l_margin)
            self.cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")

        line("=" * width_chars)
        for hd in heads:
            line(hd, True)
        line("=" * width_chars)
        for b in blocks:
            rows = [(b["top"], True)] + ([(b["sub"], False)] if b.get("sub") else []) + \
                [(r, False) for r in b["lines"]] + [(b["total"], False)]
            for text, bold in rows:
                if self.get_y() + lh > self.h - foot_room:
                    self.add_page()
                    line("*** CONTINUED ***")
                line(text, bold)
            line("-" * width_chars)
        self.ln(1)


# --- fax covers (pages that belong to no document) ----------------------------------------------------------------
def agency_cover(agency: str, unit: str, lines: list[str], to: str, to_fax: str, frm: str, frm_phone: str, when: str,
                 pages: str, re_: str, note: list[str]) -> bytes:
    """A state agency's benefits counselor's fax cover: the agency's name beside a capitol dome, a double rule,
    'FAX' in an outlined box, the sender / recipient grid as a ruled two-by-four table, tick boxes (Urgent / For
    review / Please reply / As requested) and a handwritten-looking note in italic serif."""
    p = EPSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.mark("dome", p.l_margin, 18, 14)
    p.set_xy(p.l_margin + 18, 18)
    p.set_font("Serif", "B", 14)
    p.cell(W - 18, 6.5, agency)
    p.set_xy(p.l_margin + 18, 25)
    p.set_font("Sans", "", 8.6)
    p.cell(W - 18, 4.2, unit)
    y = 30
    p.set_font("Sans", "", 7.6)
    for ln in lines:
        p.set_xy(p.l_margin + 18, y)
        p.cell(W - 18, 3.6, ln)
        y += 3.6
    y += 2
    p.set_line_width(0.5)
    p.seg(p.l_margin, y, p.l_margin + W, y)
    p.seg(p.l_margin, y + 1.2, p.l_margin + W, y + 1.2)
    p.set_line_width(0.2)
    p.set_xy(p.l_margin, y + 6)
    p.set_font("Sans", "B", 30)
    p.cell(40, 14, "FAX", border=1, align="C")
    p.set_xy(p.l_margin, y + 24)
    grid = [("TO", to), ("FROM", frm), ("FAX", to_fax), ("PHONE", frm_phone), ("DATE", when), ("PAGES", pages)]
    for i in range(0, len(grid), 2):
        yy_ = p.get_y()
        for j, (k, v) in enumerate(grid[i:i + 2]):
            p.set_xy(p.l_margin + j * W / 2, yy_)
            p.set_font("Sans", "B", 8)
            p.cell(18, 8, k, border=1, align="C")
            p.set_font("Sans", "", 9.6)
            p.cell(W / 2 - 18, 8, " " + v, border=1)
        p.set_xy(p.l_margin, yy_ + 8)
    p.set_font("Sans", "B", 8)
    p.cell(18, 8, "RE", border=1, align="C")
    p.set_font("Sans", "", 9.6)
    p.cell(W - 18, 8, " " + re_, border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font("Sans", "", 9.4)
    for i, t in enumerate(["Urgent", "For review", "Please reply", "As requested"]):
        p.cell(W / 4, 6, ("\u2612 " if i == 1 else "\u2610 ") + t)
    p.ln(10)
    for para in note:
        p.set_font("Serif", "I", 11.5)
        p.multi_cell(W, 6, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_y(p.h - 32)
    p.set_font("Sans", "", 7)
    p.multi_cell(W, 3.3, "The pages after this cover may contain personal and health information about a state "
                         "employee, retiree or family member. If you are not the person named above, do not read, "
                         "copy or pass them on; call the sender and shred them.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def dispatch_cover(org: str, lines: list[str], to: str, to_fax: str, frm: str, when: str, pages: str, re_: str,
                   note: list[str], board: list[tuple[str, str, str]]) -> bytes:
    """A pilots' association dispatch office's fax cover: the association's name in a reverse-printed bar with a
    wave ring, 'TELEFAX' in big letters, a label column, a note typed in the monospace face, and a slice of the
    dispatch board (date, vessel, pilot) the dispatcher pasted in."""
    p = EPSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_fill_color(40, 40, 40)
    p.rect(p.l_margin, 16, W, 16, style="F")
    p.set_draw_color(255, 255, 255)
    p.mark("wave", p.l_margin + 2, 17.5, 13)
    p.set_draw_color(0, 0, 0)
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin + 18, 18)
    p.set_font("Sans", "B", 13.5)
    p.cell(W - 20, 6.5, org)
    p.set_xy(p.l_margin + 18, 25)
    p.set_font("Sans", "", 7.8)
    p.cell(W - 20, 4, "  \u00b7  ".join(lines))
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.set_xy(p.l_margin, 38)
    p.set_font("Sans", "B", 34)
    p.cell(W, 15, "TELEFAX", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for k, v in [("To:", to), ("Fax no.:", to_fax), ("From:", frm), ("Date:", when), ("Pages (incl. cover):", pages),
                 ("Subject:", re_)]:
        p.set_font("Sans", "B", 9.6)
        p.cell(40, 7, k)
        p.set_font("Sans", "", 10)
        p.cell(W - 40, 7, v, border="B", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.set_font("Mono", "", 9.4)
    for para in note:
        p.multi_cell(W, 4.8, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.ln(3)
    p.set_font("Sans", "B", 8)
    p.cell(0, 5, "Dispatch board extract:", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Mono", "", 8.4)
    for a, b, c in board:
        p.cell(0, 4.4, f"{a:<14}{b:<30}{c}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.h - 26)
    p.set_font("Sans", "", 6.8)
    p.multi_cell(W, 3.2, "Confidential. Intended only for the addressee. If received in error please telephone the "
                         "dispatch office and destroy all pages.", border="T", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
