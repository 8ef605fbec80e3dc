"""Drawing helpers for round EI, helper famia (a federal disaster-assistance program's letters on medical and dental
expenses caused by an invented declared disaster; an invented wildland firefighting contractor's crew accident
medical plan).

Why: both families hang a case on several pages and print many numbers beside the ones that matter, so they need a
few layouts the older kits do not have: a running header with a short caption at the left and the page count at the
right on every page after the first ("App. 412588903 | Page 2 of 4"), a small-type running footer of identifiers
under the form number, a round seal drawn beside an agency's name lines, a shaded band that holds a declared
disaster's name, number and incident period, a boxed decision line with a short code at its left, an excerpt of a
crew time report (a shift log with on-shift and off-shift hours), a reply coupon behind a dashed line, and a
handwritten-looking note on a sticky label. Date shapes are the round's ("March 4th, 2026", "4-Mar-2026",
"03.04.2026" month first, "2026/03/04", "Tuesday, March 4, 2026", "4 de marzo de 2026"). Everything printed with
these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundeh_famlf import (TAGS, LFSheet, add_months, dmy_dash, es_date, first_last, grouped, iso,  # noqa: F401
                               last_first, long, mdy_dots, n2, office_cover, ord_long, plus, slash, split_name,
                               surname, usd, wday_long, workday, ymd_slash, yy)
from public_kit import MONTHS_ES, digits  # noqa: F401

FIRST_F = ["Annelise", "Bronwyn", "Cordelia", "Davina", "Evangeline", "Georgiana", "Henrietta", "Isolde", "Juniper",
           "Katrin", "Lorelei", "Marisol", "Nanette", "Ottilie", "Prudence", "Rosamund", "Seraphina", "Tabitha"]
FIRST_M = ["Ambrose", "Bartholomew", "Cassius", "Desmond", "Everett", "Fenwick", "Griffin", "Hollis", "Isidore",
           "Jericho", "Lucius", "Mortimer", "Nathaniel", "Obadiah", "Peregrine", "Roscoe", "Sullivan", "Tobias"]
FIRST = FIRST_F + FIRST_M
LAST = ["Applewhite", "Blackwood", "Crabtree", "Dunwoody", "Elderkin", "Fairweather", "Goodenough", "Hollingsworth",
        "Inkpen", "Jellicoe", "Kingsolver", "Lockwood", "Merriweather", "Nightingale", "Oldacre", "Pennywhistle",
        "Quincey", "Ravenscroft", "Shufflebotham", "Thackeray", "Underhill", "Vanderpool", "Winterbottom",
        "Youngblood", "Ashcombe", "Bramwell", "Cheverton", "Dewhurst", "Easterbrook", "Fernsby", "Gatewood",
        "Halloway", "Kimbrough", "Longstreet", "Mapplebeck", "Pendergast"]
FIRST_ES_F = ["Adelaida", "Crescencia", "Eufemia", "Genoveva", "Inocencia", "Marcelina", "Pascuala", "Zenaida"]
FIRST_ES_M = ["Apolinar", "Baudelio", "Crisóstomo", "Epifanio", "Fidencio", "Gaudencio", "Melquiades", "Tiburcio"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Arellano", "Barragán", "Carbajal", "Dávalos", "Espinoza", "Galindo", "Hinojosa", "Larios", "Maldonado",
           "Noriega", "Ochoa", "Quintanilla", "Sepúlveda", "Villaseñor"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: optional F / M / X letters."""
    ls = LAST_ES if es else LAST
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M, "X": FIRST_ES if es else FIRST}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def phone(rng: random.Random, area: str = "573") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "800") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def money_words_free(v: float) -> str:
    """$1,234.50 without the cents when they are zero ('$850')."""
    return f"${v:,.0f}" if v == int(v) else f"${v:,.2f}"


class EISheet(LFSheet):
    """LFSheet plus a left/right running header with a short caption (from page 2 on, or on every page), a small
    running footer of identifiers under the form line, a seal beside an agency's name, a disaster band, a coded
    decision box, a shift log, a reply coupon and a sticky note."""

    def __init__(self, *a, run_left: str | None = None, run_right: str | None = "Page {n} of {nb}",
                 run_first: bool = False, foot_ids: str | None = None, fax_tpl: str | None = None, fax_off: int = 0,
                 **k):
        super().__init__(*a, **k)
        self.run_left, self.run_right, self.run_first, self.foot_ids = run_left, run_right, run_first, foot_ids
        self.fax_tpl, self.fax_off = fax_tpl, fax_off

    def header(self):
        if self.fax_tpl:                     # a fax machine's header line numbering the pages of the whole stack
            self.fax_hdr = self.fax_tpl.replace("{p}", f"{self.page_no() + self.fax_off:03d}")
        super().header()
        if self.run_left and (self.run_first or self.page_no() > 1):
            y = self.get_y()
            self.set_font(self.face, "", 7.4)
            self.set_xy(self.l_margin, 7.5)
            W = self.w - self.l_margin - self.r_margin
            self.cell(W * 0.7, 3.5, self.run_left.format(n=self.page_no(), nb="{nb}"))
            if self.run_right:
                self.set_xy(self.l_margin + W * 0.7, 7.5)
                self.cell(W * 0.3, 3.5, self.run_right.format(n=self.page_no(), nb="{nb}"), align="R")
            self.set_draw_color(90, 90, 90)
            self.line_seg(self.l_margin, 11.6, self.w - self.r_margin, 11.6)
            self.set_draw_color(0, 0, 0)
            self.set_xy(self.l_margin, max(y, 15))

    def footer(self):
        super().footer()
        if self.foot_ids:
            self.set_y(-10.2)
            self.set_font(self.face, "", 6.2)
            self.cell(0, 3, self.foot_ids.format(n=self.page_no(), nb="{nb}"))

    def seal_head(self, seal: str, lines: list[str], right: list[str], size: float = 11.5, r: float = 10.5):
        """A round seal (two rings and a word in the middle) at the left, the agency's name lines beside it (the
        first in bold), the return address and phone lines at the right; a rule under it all."""
        y = self.get_y()
        cx, cy = self.l_margin + r, y + r
        self.set_line_width(0.5)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
        self.set_line_width(0.2)
        self.ellipse(cx - r + 1.6, cy - r + 1.6, 2 * r - 3.2, 2 * r - 3.2)
        for i in range(24):                                       # a ring of small ticks, as a seal has
            a = 2 * math.pi * i / 24
            self.line_seg(cx + (r - 2.6) * math.cos(a), cy + (r - 2.6) * math.sin(a),
                          cx + (r - 3.6) * math.cos(a), cy + (r - 3.6) * math.sin(a))
        self.f(8.6, "B")
        self.set_xy(cx - r + 2, cy - 2.2)
        self.cell(2 * r - 4, 4.4, seal, align="C")
        x = self.l_margin + 2 * r + 4
        W = self.w - self.r_margin - x
        self.set_xy(x, y + 1)
        for i, ln in enumerate(lines):
            self.set_x(x)
            self.f(size if i == 0 else 8.4, "B" if i == 0 else "")
            self.cell(W * 0.6, size * 0.5 if i == 0 else 4, ln, new_x="LEFT", new_y="NEXT")
        yl = self.get_y()
        self.set_xy(x + W * 0.6, y + 1)
        for ln in right:
            self.set_x(x + W * 0.6)
            self.f(7.8)
            self.cell(W * 0.4, 3.8, ln, align="R", new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, max(yl, self.get_y(), y + 2 * r) + 2)
        self.rule(3)

    def disaster_band(self, cells: list[tuple[str, str]], size: float = 8.6, shade: int = 228):
        """A shaded band of caption: value pairs set one after another (the declared disaster's name, number and
        incident period), wrapping within the band."""
        W = self.w - self.l_margin - self.r_margin
        text = "     ".join(f"**{k}:** {v}" for k, v in cells)
        self.f(size)
        n = len(self.multi_cell(W - 4, size * 0.5, text, dry_run=True, output="LINES", markdown=True))
        y = self.get_y()
        h = n * size * 0.5 + 3
        self.set_fill_color(shade, shade, shade)
        self.rect(x=self.l_margin, y=y, w=W, h=h, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 2, y + 1.5)
        self.multi_cell(W - 4, size * 0.5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, y + h + 3)

    def decision_line(self, code: str, title: str, text: str, size: float = 9.2, code_w: float = 24):
        """A ruled box: a short decision code in a shaded cell at the left, a bold title and a sentence at the
        right."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size)
        n = len(self.multi_cell(W - code_w - 4, size * 0.48, text, dry_run=True, output="LINES")) if text else 0
        y = self.get_y()
        h = size * 0.55 + n * size * 0.48 + 3
        self.set_fill_color(215, 215, 215)
        self.rect(self.l_margin, y, code_w, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.rect(self.l_margin + code_w, y, W - code_w, h)
        self.set_xy(self.l_margin, y + (h - size * 0.5) / 2)
        self.f(size, "B")
        self.cell(code_w, size * 0.5, code, align="C")
        self.set_xy(self.l_margin + code_w + 2, y + 1.4)
        self.cell(W - code_w - 4, size * 0.55, title)
        if text:
            self.set_xy(self.l_margin + code_w + 2, y + 1.4 + size * 0.55)
            self.f(size)
            self.multi_cell(W - code_w - 4, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, y + h + 2.5)

    def shift_log(self, title: str, head: list[str], rows: list[list[str]], widths: list[float], size: float = 7.8,
                  mark: int | None = None, note: str = ""):
        """An excerpt of a crew time report: a title bar, a grid with thin rules only between rows, the row
        `mark` printed bold with a pointer at its left, a note in small type under it."""
        self.bar(title, 8.6, shade=205)
        x0 = self.l_margin
        lh = size * 0.5
        self.f(size - 0.4, "B")
        x = x0
        y = self.get_y()
        for h, w in zip(head, widths):
            self.set_xy(x, y)
            self.cell(w, lh + 1, h)
            x += w
        y += lh + 1.6
        self.line_seg(x0, y, x0 + sum(widths), y)
        for i, r in enumerate(rows):
            self.f(size, "B" if i == mark else "")
            x = x0
            for c, w in zip(r, widths):
                self.set_xy(x, y + 0.6)
                self.cell(w, lh, c)
                x += w
            if i == mark:
                self.set_xy(x0 - 5, y + 0.6)
                self.cell(4, lh, "\u25b6")
            y += lh + 1.4
            self.set_draw_color(170, 170, 170)
            self.line_seg(x0, y, x0 + sum(widths), y)
            self.set_draw_color(0, 0, 0)
        self.set_xy(x0, y + 1.2)
        if note:
            self.f(size - 0.8)
            self.multi_cell(sum(widths), (size - 0.8) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def coupon(self, title: str, rows: list[tuple[str, str]], note: str = "", size: float = 8.8):
        """A reply coupon under a dashed cut line: a bold title, caption/value pairs in two columns, a note."""
        if self.get_y() + 14 + 6 * ((len(rows) + 1) // 2) > self.h - 22:
            self.add_page()
        y = self.get_y() + 2
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 2.2, self.l_margin + W), y)
            x += 4
        self.f(6.6)
        self.set_xy(self.l_margin, y + 0.6)
        self.cell(0, 3, "Detach here and send this part back with your papers")
        self.set_xy(self.l_margin, y + 5)
        self.f(size + 0.8, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        half = (len(rows) + 1) // 2
        y0 = self.get_y() + 1
        for c, part in enumerate((rows[:half], rows[half:])):
            xx = self.l_margin + c * W / 2
            yy_ = y0
            for k, v in part:
                self.set_xy(xx, yy_)
                self.f(size - 1.6, "B")
                self.cell(30, size * 0.5, k.upper())
                self.f(size)
                self.cell(W / 2 - 32, size * 0.5, v)
                yy_ += size * 0.5 + 1.4
        self.set_xy(self.l_margin, y0 + half * (size * 0.5 + 1.4) + 1.5)
        if note:
            self.f(size - 1.4)
            self.multi_cell(0, (size - 1.4) * 0.48, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def sticky(self, lines: list[str], x: float, y: float, w: float = 58, size: float = 9.4):
        """A square yellow-ish note stuck on the page with a few handwritten-looking lines (slanted Serif)."""
        h = len(lines) * size * 0.55 + 5
        self.set_fill_color(238, 238, 238)
        self.rect(x, y, w, h, style="DF")
        self.set_fill_color(255, 255, 255)
        with self.skew(ax=-12):
            for i, ln in enumerate(lines):
                self.set_xy(x + 3, y + 2.4 + i * size * 0.55)
                self.set_font("Serif", "", size)
                self.cell(w - 6, size * 0.5, ln)
        self.set_xy(self.l_margin, max(self.get_y(), y + h + 2))
