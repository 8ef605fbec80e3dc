"""Drawing helpers for round EN, helper famne (a Medicaid managed care plan's sleep study and PAP equipment
decisions in an invented state, mirrored from the structure of public Medicaid managed care notices and supplier
payment statements; an invented health plan for chimney sweeps, roofers' helpers and flue inspectors).

Why: round EN asks for claim tables whose lines run on to a second page with no column headings printed again, a
letterhead where a contractor or administrator is the big name and the plan is named smaller under it, a drawn logo
beside an insurer name set on two lines, household statements whose refused line belongs to a dependant named only in
a small patient column, refusals told in plain words, and standard-mode faxes. These helpers add: a drawn mark
(crescent and stars, a chimney on a roof, initials in a ring or a box) beside a two-line name (`logo_head`); a
contractor head whose own name is large and whose client plan sits in a small line under it (`contractor_head`); a
table whose headings are printed once and whose rows simply carry on over the page break (`runon_table`), with an
optional tiny patient column; values in ruled boxes with their captions set BESIDE them at the left
(`beside_boxes`); captions reversed out of dark tabs over their boxes (`tab_boxes`); prose flowed in two balanced
columns (`two_col_prose`); a nightly-usage bar chart of a PAP download (`usage_chart`); running header and footer
lines on every page (`run_top` / `run_bot`); and a fax cover sheet with a shaded caption column (`fax_cover`), which
belongs to no document. Decoy date shapes only: "Apr-14-26" and "14/IV/2026"; truth dates are printed in the forms
the checker knows. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundem_famme import (EMSheet, abbr, dd_mon, dmy_long, es_date, iso, long, n2, plus, slash,  # noqa: F401
                               span_words, usd, wday_long, yy)
from public_kit import MONTHS_ES, digits  # noqa: F401

# Name pools (no last name here occurs in any older family module)
A_F = ["Loretta", "Maybelle", "Dessa", "Ruthanne", "Verna", "Glenda", "Arlene", "Della", "Orpha", "Zelda", "Twyla",
       "Nadine", "Ozella", "Iva", "Pauline", "Bonnie", "Faye", "Lula"]
A_M = ["Harlis", "Odell", "Cletus", "Emmitt", "Lonnie", "Verlin", "Arvil", "Burl", "Delmer", "Hobart", "Elvis",
       "Curtis", "Garland", "Estill", "Luther", "Clovis", "Denver", "Alvie"]
A_LAST = ["Coppock", "Drinkall", "Eyles", "Hindle", "Atherden", "Entract", "Myerscough", "Vose", "Whittingham",
          "Iveson", "Dugger", "Ballou", "Isom", "Queener", "Vanover", "Wampler", "Frisby", "Egli", "Abernathey",
          "Bellasis", "Gilley", "Lykins", "Maggard", "Nantz", "Ousley", "Triplett", "Vires", "Whitt", "Yonts", "Fyffe",
          "Gambill", "Keeton", "Lovins", "Puckett", "Roark", "Amburgey", "Begley", "Colwell", "Elswick", "Fannin",
          "Grigsby", "Honaker", "Lewallen"]
A_ES_F = ["Eustaquia", "Leonarda", "Clotilde", "Macrina"]
A_ES_M = ["Porfirio", "Atanasio", "Sabino", "Tranquilino"]
A_ES_LAST = ["Abeyta", "Chavarria", "Gurule", "Madrid"]
B_F = ["Sigrid", "Tove", "Marit", "Liv", "Anneke", "Femke", "Hilde", "Jolien", "Ragnhild", "Wietske", "Aaltje",
       "Ngozi", "Gunvor", "Solveig", "Trijntje", "Kari", "Berit", "Adaeze"]
B_M = ["Torstein", "Arnt", "Sjoerd", "Wietse", "Halvard", "Eivind", "Douwe", "Jelle", "Obiora", "Tjerk", "Sindre",
       "Hessel", "Knut", "Oddvar", "Sietse", "Gjalt", "Emeka", "Lars"]
B_LAST = ["Dahle", "Fjeld", "Gulbrandsen", "Opsahl", "Tveit", "Ueland", "Aakre", "Boersma", "Claassen", "Eelman",
          "Fokkema", "Groeneveld", "Hoekstra", "Jellema", "Kuipers", "Lautenbach", "Nijboer", "Oosterhof", "Postma",
          "Rijpma", "Tjepkema", "Veenstra", "Wiersma", "Yntema", "Zwart", "Folarin", "Gbadamosi", "Jideofor",
          "Mbanefo", "Ekeberg", "Flaten", "Grinde", "Hovde", "Jevne", "Kolstad", "Langeland", "Nesheim", "Oftedahl",
          "Rygg", "Skogen", "Thune", "Vinje", "Dyrud", "Gjerde", "Holte", "Kjos", "Myhre", "Ostrem", "Ringstad",
          "Sather", "Tofte", "Vold"]
B_ES_F = ["Refugio", "Candelaria", "Eduviges", "Petra"]
B_ES_M = ["Nicanor", "Eliseo", "Ciriaco", "Anselmo"]
B_ES_LAST = ["Zubiate", "Sifuentes", "Apodaca", "Loya", "Valles", "Corral"]
POOLS = {"A": (A_F, A_M, A_LAST, A_ES_F, A_ES_M, A_ES_LAST), "B": (B_F, B_M, B_LAST, B_ES_F, B_ES_M, B_ES_LAST)}
STATE = {"pool": "A", "used": set()}


def fresh(pool: str) -> None:
    """Choose a family's name pool and forget the names drawn so far (the two families share no person)."""
    STATE["pool"] = pool
    STATE["used"] = set()


def people(rng: random.Random, n: int, sexes: str = "", es: bool = False) -> list[str]:
    """n invented 'First M. Last' names, no first or last name repeated since fresh(); sexes F / M / X each."""
    ff, fm, ll, ef, em, les = POOLS[STATE["pool"]]
    got, tries = [], 0
    while len(got) < n:
        tries += 1
        if tries > 5000:
            raise RuntimeError("name pool exhausted")
        s = sexes[len(got)] if len(got) < len(sexes) else "X"
        firsts = {"F": ef if es else ff, "M": em if es else fm, "X": (ef + em) if es else ff + fm}[s]
        f, last = rng.choice(firsts), rng.choice(les if es else ll)
        if f in STATE["used"] or last in STATE["used"]:
            continue
        STATE["used"].update({f, last})
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}")
    return got


def kin(rng: random.Random, full: str, sex: str) -> str:
    """A relative with the same last name and a new first name."""
    ff, fm = POOLS[STATE["pool"]][0], POOLS[STATE["pool"]][1]
    while True:
        f = rng.choice(ff if sex == "F" else fm)
        if f not in STATE["used"]:
            STATE["used"].add(f)
            return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {parts(full)[2]}"


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M (as a payment statement prints a member)"""
    f, m, last = parts(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = parts(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "573") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def dash(d: dt.date) -> str:
    """04-14-2026"""
    return d.strftime("%m-%d-%Y")


def upper_abbr(d: dt.date) -> str:
    """APR 14, 2026"""
    return d.strftime("%b %d, %Y").upper()


def mon_dash_yy(d: dt.date) -> str:
    """Apr-14-26 (decoys only)"""
    return d.strftime("%b-%d-%y")


def roman_month(d: dt.date) -> str:
    """14/IV/2026 (decoys only)"""
    r = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][d.month - 1]
    return f"{d.day}/{r}/{d.year}"


def es_abbr(d: dt.date) -> str:
    """14-abr-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def plain(v: float) -> str:
    """1234.50 (no sign, no grouping)"""
    return f"{v:.2f}"


def grouped_id(s: str, size: int = 3) -> str:
    """LW 418 227 305: letters, then digits in groups"""
    head = "".join(c for c in s if c.isalpha())
    tail = s[len(head):]
    return " ".join([head] + [tail[i:i + size] for i in range(0, len(tail), size)]) if head else \
        " ".join(tail[i:i + size] for i in range(0, len(tail), size))


class ENSheet(EMSheet):
    """EMSheet plus drawn logos beside a two-line name, a contractor head, a table that runs on without headings,
    captions beside or reversed over ruled boxes, two-column prose, a PAP usage chart and running lines."""

    def __init__(self, *a, run_top: str | None = None, top_from: int = 2, run_bot: str | None = None, **k):
        super().__init__(*a, **k)
        self.run_top, self.top_from, self.run_bot = run_top, top_from, run_bot

    def header(self):
        super().header()
        if self.run_top and self.page_no() >= self.top_from:
            y = self.get_y()
            self.set_font(self.face, "", 7.0)
            self.set_xy(self.l_margin, 6.5)
            self.cell(self.w - self.l_margin - self.r_margin, 3.2, self.run_top.format(n=self.page_no(), nb="{nb}"),
                      align="L")
            self.set_draw_color(120, 120, 120)
            self.line_seg(self.l_margin, 10.6, self.w - self.r_margin, 10.6)
            self.set_draw_color(0, 0, 0)
            self.set_xy(self.l_margin, max(y, 15))

    def footer(self):
        if self.run_bot:
            self.set_y(-18.5)
            self.set_font(self.face, "", 6.6)
            self.set_text_color(70, 70, 70)
            self.cell(0, 3, self.run_bot.format(n=self.page_no(), nb="{nb}"), align="C")
            self.set_text_color(0, 0, 0)
        super().footer()

    # ---- marks and heads -------------------------------------------------------------------------------------
    def mark(self, kind: str, x: float, y: float, s: float = 18, initials: str = ""):
        """A drawn logo s mm square at (x, y): 'moon' (a crescent with two stars), 'chimney' (a roof, a chimney
        stack and smoke curls), 'ring' (initials in a double ring) or 'box' (initials in a square with a bar)."""
        self.set_line_width(0.5)
        if kind == "moon":
            self.set_fill_color(30, 30, 30)
            self.ellipse(x, y, s, s, style="F")
            self.set_fill_color(255, 255, 255)
            self.ellipse(x + s * 0.28, y - s * 0.05, s * 0.86, s * 0.86, style="F")
            for cx, cy, r in ((0.78, 0.72, 0.07), (0.62, 0.88, 0.045)):
                self.set_fill_color(30, 30, 30)
                self.ellipse(x + s * cx, y + s * cy, s * r, s * r, style="F")
            self.set_fill_color(255, 255, 255)
            if initials:
                self.f(s * 0.30, "B")
                self.set_xy(x + s * 0.05, y + s * 0.36)
                self.cell(s * 0.5, s * 0.3, initials, align="L")
        elif kind == "chimney":
            self.rect(x, y, s, s)
            self.line_seg(x + s * 0.08, y + s * 0.72, x + s * 0.5, y + s * 0.38)
            self.line_seg(x + s * 0.5, y + s * 0.38, x + s * 0.92, y + s * 0.72)
            self.set_fill_color(30, 30, 30)
            self.rect(x + s * 0.62, y + s * 0.30, s * 0.13, s * 0.26, style="F")
            self.set_fill_color(255, 255, 255)
            for i in range(3):
                self.ellipse(x + s * (0.60 + 0.07 * i), y + s * (0.20 - 0.06 * i), s * 0.11, s * 0.08)
            if initials:
                self.f(s * 0.22, "B")
                self.set_xy(x, y + s * 0.74)
                self.cell(s, s * 0.2, initials, align="C")
        elif kind == "ring":
            self.ellipse(x, y, s, s)
            self.set_line_width(0.2)
            self.ellipse(x + s * 0.09, y + s * 0.09, s * 0.82, s * 0.82)
            self.f(s * 0.34, "B")
            self.set_xy(x, y + s * 0.32)
            self.cell(s, s * 0.36, initials, align="C")
        else:  # box
            self.set_fill_color(35, 35, 35)
            self.rect(x, y, s, s, style="F")
            self.set_text_color(255, 255, 255)
            self.f(s * 0.36, "B")
            self.set_xy(x, y + s * 0.22)
            self.cell(s, s * 0.36, initials, align="C")
            self.set_fill_color(255, 255, 255)
            self.rect(x + s * 0.15, y + s * 0.72, s * 0.7, s * 0.06, style="F")
            self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)

    def logo_head(self, line1: str, line2: str, kind: str, lines: list[str], initials: str = "",
                  right: list[str] | None = None, size: float = 15.5, s: float = 19, tag: str = ""):
        """A drawn mark at the left and beside it the issuer's name set on TWO lines (the second lighter), an
        optional tag line, contact lines, an optional right-aligned block and a rule."""
        y0 = self.get_y()
        x0 = self.l_margin
        self.mark(kind, x0, y0, s, initials)
        tx = x0 + s + 4
        self.set_xy(tx, y0 - 0.5)
        self.f(size, "B")
        self.cell(100, size * 0.46, line1, new_x="LEFT", new_y="NEXT")
        self.f(size * 0.82)
        self.cell(100, size * 0.44, line2, new_x="LEFT", new_y="NEXT")
        if tag:
            self.f(7.6)
            self.set_text_color(60, 60, 60)
            self.cell(100, 3.6, tag, new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.f(7.0)
        for ln in lines:
            self.cell(110, 3.2, ln, new_x="LEFT", new_y="NEXT")
        y1 = max(self.get_y(), y0 + s)
        if right:
            yy_ = y0
            for i, ln in enumerate(right):
                self.set_xy(self.w - self.r_margin - 60, yy_)
                self.f(10.4 if i == 0 else 7.8, "B" if i == 0 else "")
                self.cell(60, 4.8 if i == 0 else 3.7, ln, align="R")
                yy_ += 5.0 if i == 0 else 3.8
            y1 = max(y1, yy_)
        self.set_xy(self.l_margin, y1 + 2)
        self.set_line_width(0.4)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.ln(4)

    def contractor_head(self, big: str, small: str, lines: list[str], right: list[str] | None = None,
                        size: float = 17, spaced: bool = True, under: str = ""):
        """The contractor's own name large (in spaced capitals when spaced), directly under it a small line naming
        the plan it works for, an optional second small line, contact lines, an optional right block and a heavy
        short rule under the name."""
        y0 = self.get_y()
        self.set_xy(self.l_margin, y0)
        self.f(size, "B")
        if spaced:
            self.set_char_spacing(1.2)
        self.cell(120, size * 0.5, big.upper() if spaced else big, new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(0)
        self.set_line_width(1.0)
        self.line_seg(self.l_margin, self.get_y() + 0.6, self.l_margin + 34, self.get_y() + 0.6)
        self.set_line_width(0.2)
        self.ln(2.0)
        self.f(7.8)
        self.cell(120, 3.6, small, new_x="LMARGIN", new_y="NEXT")
        if under:
            self.f(7.0)
            self.cell(120, 3.3, under, new_x="LMARGIN", new_y="NEXT")
        self.f(7.0)
        for ln in lines:
            self.cell(120, 3.2, ln, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        if right:
            yy_ = y0
            for i, ln in enumerate(right):
                self.set_xy(self.w - self.r_margin - 58, yy_)
                self.f(9.8 if i == 0 else 7.8, "B" if i == 0 else "")
                self.cell(58, 4.6 if i == 0 else 3.7, ln, align="R")
                yy_ += 4.8 if i == 0 else 3.8
            y1 = max(y1, yy_)
        self.set_xy(self.l_margin, y1 + 5)

    # ---- tables ----------------------------------------------------------------------------------------------
    def runon_table(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 7.6,
                    row_h: float = 4.8, bold_rows: set | None = None, tiny_cols: dict | None = None,
                    bottom: float = 24, rule_rows: bool = False, group_fill: int = 236):
        """A table whose column headings are printed once, on the first page only: when the page is full the rows
        just carry on at the top of the next page with no headings and no 'continued' line. A row given as a string
        is a shaded group line across the table (a claim's number, member and provider). tiny_cols maps a column
        index to a smaller type size (a small patient column)."""
        bold_rows, tiny_cols = bold_rows or set(), tiny_cols or {}
        W = sum(widths)
        x0 = self.l_margin
        self.f(size - 0.5, "B")
        lh = (size - 0.5) * 0.42
        n = max(len(self.multi_cell(w - 1, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
        hh = n * lh + 2.4
        y = self.get_y()
        self.set_line_width(0.5)
        self.line_seg(x0, y, x0 + W, y)
        xx = x0
        for hc, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.5, y + 1)
            self.multi_cell(w - 1, lh, hc, align=a, new_x="RIGHT", new_y="TOP")
            xx += w
        self.line_seg(x0, y + hh, x0 + W, y + hh)
        self.set_line_width(0.2)
        self.set_xy(x0, y + hh + 0.6)
        for i, r in enumerate(rows):
            if self.get_y() + row_h > self.h - bottom:
                self.add_page()
                self.set_xy(x0, max(self.get_y(), 16))
            y = self.get_y()
            if isinstance(r, str):
                self.set_fill_color(group_fill, group_fill, group_fill)
                self.rect(x0, y + 0.2, W, row_h - 0.2, style="F")
                self.set_fill_color(255, 255, 255)
                self.f(size, "B")
                self.set_xy(x0 + 0.8, y)
                self.cell(W - 1.6, row_h, r)
                self.set_xy(x0, y + row_h)
                continue
            xx = x0
            for j, (c, w, a) in enumerate(zip(r, widths, aligns)):
                self.f(tiny_cols.get(j, size), "B" if i in bold_rows else "")
                self.set_xy(xx + 0.4, y)
                self.cell(w - 0.8, row_h, c, align=a)
                xx += w
            if rule_rows:
                self.set_draw_color(190, 190, 190)
                self.line_seg(x0, y + row_h, x0 + W, y + row_h)
                self.set_draw_color(0, 0, 0)
            self.set_xy(x0, y + row_h)
        y = self.get_y() + 0.4
        self.set_line_width(0.5)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 3)

    def beside_boxes(self, pairs: list[tuple[str, str]], per_row: int = 2, cap_w: float = 30, size: float = 9.0,
                     cap: float = 6.8, h: float = 6.4, gap: float = 4):
        """Values in ruled boxes with each caption set BESIDE its box, at its left, right-aligned against it; two
        (or per_row) pairs a row."""
        W = self.w - self.l_margin - self.r_margin
        slot = (W - gap * (per_row - 1)) / per_row
        y = self.get_y()
        for i in range(0, len(pairs), per_row):
            for j, (c, v) in enumerate(pairs[i:i + per_row]):
                x = self.l_margin + j * (slot + gap)
                self.set_xy(x, y + (h - cap * 0.42) / 2)
                self.f(cap)
                self.cell(cap_w - 1.5, cap * 0.42, c, align="R")
                self.rect(x + cap_w, y, slot - cap_w, h)
                self.set_xy(x + cap_w + 1.2, y + (h - size * 0.45) / 2)
                self.f(size, "B")
                self.cell(slot - cap_w - 2.4, size * 0.45, v)
            y += h + 1.4
        self.set_xy(self.l_margin, y + 2)

    def tab_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 6.2, h: float = 6.8):
        """One row of ruled boxes, each caption reversed (white) out of a dark tab sitting on the box's top edge;
        (caption, value, width in mm)."""
        y = self.get_y()
        x = self.l_margin
        th = cap * 0.5
        for c, v, w in cells:
            self.set_fill_color(45, 45, 45)
            self.f(cap, "B")
            tw = min(w - 2, self.get_string_width(c) + 3)
            self.rect(x, y, tw, th, style="F")
            self.set_text_color(255, 255, 255)
            self.set_xy(x + 1.5, y + 0.2)
            self.cell(tw - 2, th - 0.4, c)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.rect(x, y + th, w - 2, h)
            self.set_xy(x + 1.2, y + th + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - 4.4, size * 0.45, v)
            x += w
        self.set_xy(self.l_margin, y + th + h + 3)

    # ---- prose -----------------------------------------------------------------------------------------------
    def two_col_prose(self, paras: list, size: float = 8.8, gap: float = 7, rule: bool = True):
        """Paragraphs flowed into two balanced columns (newspaper style) with a thin rule between; a paragraph given
        as (heading, text) gets a bold heading. The block is kept on one page."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        lh = size * 0.46
        lines = []
        for p in paras:
            head, text = p if isinstance(p, tuple) else ("", p)
            if head:
                lines.append(("H", head))
            self.f(size)
            for ln in self.multi_cell(cw, lh, text, dry_run=True, output="LINES"):
                lines.append(("T", ln))
            lines.append(("G", ""))
        hts = [lh + 0.5 if k == "H" else (1.6 if k == "G" else lh) for k, _ in lines]
        total = sum(hts)
        if self.get_y() + total / 2 + 8 > self.h - 22:
            self.add_page()
        y0 = self.get_y()
        half, acc, cut = total / 2, 0.0, len(lines)
        for i, hgt in enumerate(hts):
            if acc >= half and lines[i][0] != "G":
                cut = i
                break
            acc += hgt
        if cut < len(lines) and lines[cut - 1][0] == "H":
            cut -= 1
        ends = []
        for ci, chunk in enumerate((lines[:cut], lines[cut:])):
            x = self.l_margin + ci * (cw + gap)
            y = y0
            for k, t in chunk:
                if k == "G":
                    y += 1.6
                    continue
                self.set_xy(x, y)
                self.f(size + 0.3 if k == "H" else size, "B" if k == "H" else "")
                self.cell(cw, lh, t)
                y += lh + 0.5 if k == "H" else lh
            ends.append(y)
        if rule:
            xr = self.l_margin + cw + gap / 2
            self.line_seg(xr, y0, xr, max(ends) - 1)
        self.set_xy(self.l_margin, max(ends) + 2)

    def usage_chart(self, hours: list[float], first: dt.date, thr: float = 4.0, title: str = "", w: float = 120,
                    h: float = 30, x: float | None = None):
        """A nightly-usage bar chart of a PAP download: one bar a night, a dashed threshold line, day ticks every
        fifth night (as month/day), hour ticks 0-8 at the left."""
        x0 = (self.l_margin + 8) if x is None else x
        y0 = self.get_y()
        if title:
            self.set_xy(x0 - 8, y0)
            self.f(8, "B")
            self.cell(w + 8, 4, title)
            y0 += 5.5
        top = 8.0
        self.rect(x0, y0, w, h)
        self.f(5.6)
        for hv in (0, 2, 4, 6, 8):
            yy_ = y0 + h - h * hv / top
            self.set_xy(x0 - 6, yy_ - 1.2)
            self.cell(5, 2.4, str(hv), align="R")
        bw = w / len(hours)
        self.set_fill_color(90, 90, 90)
        for i, v in enumerate(hours):
            bh = h * min(v, top) / top
            if bh > 0:
                self.rect(x0 + i * bw + bw * 0.15, y0 + h - bh, bw * 0.7, bh, style="F")
            if i % 5 == 0:
                d = first + dt.timedelta(days=i)
                self.set_xy(x0 + i * bw - 2, y0 + h + 0.6)
                self.cell(8, 2.4, f"{d.month}/{d.day}")
        self.set_fill_color(255, 255, 255)
        yt = y0 + h - h * thr / top
        xx = x0
        while xx < x0 + w:
            self.line_seg(xx, yt, min(xx + 1.6, x0 + w), yt)
            xx += 2.8
        self.set_xy(x0 + w + 1.5, yt - 1.3)
        self.cell(12, 2.6, f"{thr:g} h")
        self.set_xy(self.l_margin, y0 + h + 5)


def fax_cover(org: str, org_lines: list[str], rows: list[tuple[str, str]], comments: list[str],
              ticks: list[tuple[bool, str]], foot: str = "") -> bytes:
    """A fax cover sheet (a page of its own that belongs to no document): the sender's name at the top left in a
    heavy bar, the word 'fax' large at the right, a table whose captions sit in a shaded column at the left, a row of
    check boxes and a ruled comments area."""
    p = ENSheet(footer=None)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.set_fill_color(30, 30, 30)
    p.rect(p.l_margin, y0, W, 13, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin + 3, y0 + 2)
    p.f(12.5, "B")
    p.cell(120, 5.2, org)
    p.set_xy(p.l_margin + 3, y0 + 7.4)
    p.f(7.2)
    p.cell(130, 3.4, "  |  ".join(org_lines))
    p.set_xy(p.l_margin + W - 40, y0 + 1.2)
    p.f(24, "B")
    p.cell(37, 10, "fax", align="R")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.set_xy(p.l_margin, y0 + 20)
    for c, v in rows:
        y = p.get_y()
        p.set_fill_color(222, 222, 222)
        p.rect(p.l_margin, y, 38, 9, style="DF")
        p.set_fill_color(255, 255, 255)
        p.rect(p.l_margin + 38, y, W - 38, 9)
        p.set_xy(p.l_margin + 2, y + 2.6)
        p.f(9, "B")
        p.cell(34, 4, c)
        p.set_xy(p.l_margin + 41, y + 2.4)
        p.f(10.5)
        p.cell(W - 42, 4.4, v)
        p.set_xy(p.l_margin, y + 9)
    p.ln(5)
    x = p.l_margin
    y = p.get_y()
    for on, label in ticks:
        p.rect(x, y + 0.4, 3.8, 3.8)
        if on:
            p.set_line_width(0.5)
            p.line_seg(x + 0.6, y + 2.4, x + 1.6, y + 3.6)
            p.line_seg(x + 1.6, y + 3.6, x + 3.4, y + 0.8)
            p.set_line_width(0.2)
        p.set_xy(x + 5, y)
        p.f(9)
        p.cell(38, 4.6, label)
        x += 44
    p.set_xy(p.l_margin, y + 11)
    p.f(9.5, "B")
    p.cell(0, 5, "Comments", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for t in comments:
        p.f(10.5)
        p.multi_cell(W, 6.2, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    y = p.get_y() + 2
    p.set_draw_color(150, 150, 150)
    for i in range(5):
        p.line_seg(p.l_margin, y + i * 7, p.l_margin + W, y + i * 7)
    p.set_draw_color(0, 0, 0)
    p.set_y(-38)
    p.f(7.4)
    p.multi_cell(0, 3.5, foot or ("The pages that follow may hold protected health information. They are meant only "
                                  "for the person or office named above. If they reached you by mistake, call us at "
                                  "the number above and destroy them."), new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
