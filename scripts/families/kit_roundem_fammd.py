"""Drawing helpers for round EM, helper fammd (Medicare Part B-ID and Part B oral drug papers from a DME contractor,
a Qualified Independent Contractor and the summary notice; an invented health plan for church musicians, organists
and carillon and handbell ringers).

Why: the round asks for page shapes the older kits draw seldom or never: a plan name with a small lower-case
"administered by <firm>" line right under it (beside a drawn emblem: a bell or a rank of organ pipes); identifiers
in ruled boxes whose small caption stands UNDER the value inside the box (form style, value on top); a code legend
set in two columns side by side with a rule between them and each code in a dark tag; a side column printed at
the LEFT of the body prose ("your plan at a glance", "claim at a glance") with the prose running beside it; a
claims listing that breaks across pages ("Continued on next page" at the foot, the heads repeated under a
"(continued)" line), with band lines for a supplier, a patient or a claim; a tear-off coupon under a scissors line;
and label ........ value lines with dot leaders. Date shapes: "March 6, 2026", "03/06/2026", "3/6/2026", "06 MAR 2026",
"2026-03-06", "Mar. 6, 2026", "6 de marzo de 2026"; money "$1,234.50", "1,234.50", "1234.50".
Everything printed with these helpers is invented except the names of public programs, agencies and forms.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundel_famld import ELSheet
from kit_roundek_famka import (add_months, digits, dmy_abbr, dmy_dash, dmy_dots, es_date, iso, long, n2, plus, slash,
                               upper, usd, wday_long, ymd_slash, yy)
from public_kit import mbi

__all__ = ["EMSheet", "add_months", "digits", "dmy_abbr", "dmy_dash", "dmy_dots", "es_date", "iso", "long", "n2",
           "plus", "slash", "upper", "usd", "wday_long", "ymd_slash", "yy", "mbi", "abbr_dot", "short_md", "cap_day",
           "people", "last_first", "phone", "tollfree", "mbi_dashed", "plains_address", "hills_address",
           "fax_cover_grid", "parish_memo", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
COND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"

# transplant recipients, cancer patients and their families (the Medicare family)
MC_F = ["Ardith", "Berniece", "Darlene", "Elvera", "Glenda", "Lavonne", "Marcelline", "Oleta", "Thomasina", "Verlie",
        "Wilhelmina", "Zelda"]
MC_M = ["Alvin", "Darrel", "Delmar", "Elroy", "Everett", "Harlan", "Kermit", "Lyle", "Merlin", "Orval", "Vernon",
        "Wendell"]
MC_LAST = ["Brunkhorst", "Dvoracek", "Eilers", "Heinrichs", "Janssen", "Kuhlmann", "Lindauer", "Mertens", "Riedel",
           "Schwiebert", "Thalken", "Uhrmacher", "Zabel", "Kratochvil", "Ackerbloom", "Brendecke", "Dinkelacker",
           "Fahrenbruch", "Gottschalk", "Hinrichsen", "Kleinschmidt", "Lueders", "Moellendorf", "Niederhaus",
           "Oberdieck", "Sieverding", "Trautwein", "Wedekind", "Zwiebel"]
MC_ES_F = ["Eusebia", "Hortensia", "Natividad", "Rosalba"]
MC_ES_M = ["Abundio", "Crisóforo", "Heriberto", "Melquiades"]
MC_ES_LAST = ["Arámbula", "Aguayo", "Carrizales", "Farias", "Lujano", "Nevarez"]
# church musicians, their families and the clinicians who treat them (the plan family)
CH_F = ["Cecily", "Clemency", "Ermengarde", "Hildegarde", "Honora", "Lettice", "Mehitabel", "Ottoline", "Philippina",
        "Winifred"]
CH_M = ["Ambrose", "Benedict", "Cuthbert", "Egbert", "Gervase", "Jerome", "Oswald", "Quentin", "Thurstan", "Wystan"]
CH_LAST = ["Dearlove", "Merriman", "Stainforth", "Chorlton", "Gledhill", "Knowlson", "Moxon", "Pickles", "Rishworth",
           "Bairstow", "Emmott"]
CH_ES_F = ["Ascensión", "Encarnación", "Purificación", "Remedios"]
CH_ES_M = ["Baltasar", "Ezequiel", "Salvador", "Zacarías"]
CH_ES_LAST = ["Beristáin", "Olabarría", "Sagarmínaga", "Txurruka", "Ibargüengoitia"]


def abbr_dot(d: dt.date) -> str:
    """Mar. 6, 2026 (May without a dot)"""
    m = d.strftime("%b")
    return f"{m}{'' if m == 'May' else '.'} {d.day}, {d.year}"


def short_md(d: dt.date) -> str:
    """3/6/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def cap_day(d: dt.date) -> str:
    """06 MAR 2026"""
    return d.strftime("%d %b %Y").upper()


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", plan: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: F / M / X per person; plan: the church
    musicians' pools (the two families share no names)."""
    if plan:
        f_, m_, ls = (CH_ES_F, CH_ES_M, CH_ES_LAST) if es else (CH_F, CH_M, CH_LAST)
    else:
        f_, m_, ls = (MC_ES_F, MC_ES_M, MC_ES_LAST) if es else (MC_F, MC_M, MC_LAST)
    pools = {"F": f_, "M": m_, "X": f_ + m_}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    p = full.split()
    return f"{' '.join(p[2:]).upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "402") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def mbi_dashed(m: str) -> str:
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def plains_address(rng: random.Random) -> list[str]:
    """A person's address on the plains (real towns, invented streets)."""
    town, st, z = rng.choice([("Hastings", "NE", "68901"), ("Kearney", "NE", "68845"), ("Grand Island", "NE", "68801"),
                              ("Norfolk", "NE", "68701"), ("Salina", "KS", "67401"), ("Hays", "KS", "67601"),
                              ("Columbus", "NE", "68601"), ("McCook", "NE", "69001")])
    street = rng.choice(["Windbreak Rd", "Sod House Ln", "Cottonseed Ave", "Granary St", "Prairie Dog Ct",
                         "Threshing Floor Dr", "Silo View Rd Apt 2", "Meadow Vole Ln", "Grain Elevator Rd"])
    return [f"{rng.randint(104, 9870)} {street}", f"{town}, {st} {z}"]


def hills_address(rng: random.Random) -> list[str]:
    """A church musician's address in northern New England (real towns, invented streets)."""
    town, st, z = rng.choice([("Keene", "NH", "03431"), ("Brattleboro", "VT", "05301"), ("Rutland", "VT", "05701"),
                              ("Concord", "NH", "03301"), ("Bennington", "VT", "05201"), ("Claremont", "NH", "03743"),
                              ("Montpelier", "VT", "05602"), ("Laconia", "NH", "03246")])
    street = rng.choice(["Lych Gate Ln", "Vestry Row", "Bell Rope Ct", "Hymnal Hill Rd", "Choir Loft Way Apt 3",
                         "Steeple View Dr", "Glebe Farm Rd", "Canticle St", "Psalter Ln"])
    return [f"{rng.randint(12, 2480)} {street}", f"{town}, {st} {z}"]


class EMSheet(ELSheet):
    """ELSheet plus an emblem letterhead with an 'administered by' line, boxes with captions under their values, a
    two-column tagged code legend, a left side column beside prose, a listing that breaks across pages, a tear-off
    coupon and dot-leader lines."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Sans", "I", ITALIC)
        self.add_font("Serif", "I", SERIF_I)
        self.add_font("Cond", "", COND)
        self.add_font("Cond", "B", COND_B)

    # --- emblems -------------------------------------------------------------------------------------------------
    def bell(self, x: float, y: float, s: float = 14):
        """A drawn church bell (crown, waist, flared lip, clapper) in a box of side s at (x, y)."""
        pts = [(0.44, 0.08), (0.56, 0.08), (0.58, 0.16), (0.68, 0.2), (0.73, 0.34), (0.75, 0.52), (0.8, 0.66),
               (0.9, 0.76), (0.94, 0.82), (0.06, 0.82), (0.1, 0.76), (0.2, 0.66), (0.25, 0.52), (0.27, 0.34),
               (0.32, 0.2), (0.42, 0.16)]
        self.set_fill_color(30, 30, 30)
        self.polygon([(x + px * s, y + py * s) for px, py in pts], style="F")
        self.circle(x=x + 0.5 * s, y=y + 0.9 * s, radius=0.07 * s, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.35)
        self.line_seg(x + 0.12 * s, y + 0.76 * s, x + 0.88 * s, y + 0.76 * s)
        self.set_line_width(0.2)

    def pipes(self, x: float, y: float, s: float = 14):
        """A rank of seven organ pipes (tallest in the middle), each with a mouth, in a box of side s at (x, y)."""
        hs = [0.55, 0.7, 0.85, 1.0, 0.85, 0.7, 0.55]
        w = s / 8.2
        self.set_fill_color(35, 35, 35)
        for i, h in enumerate(hs):
            px = x + i * (w * 1.18)
            top = y + (1 - h) * s
            self.rect(px, top, w, h * s * 0.92, style="F")
            self.polygon([(px, y + s * 0.92), (px + w, y + s * 0.92), (px + w / 2, y + s)], style="F")
            self.set_fill_color(255, 255, 255)
            self.rect(px + w * 0.2, top + h * s * 0.62, w * 0.6, w * 0.35, style="F")
            self.set_fill_color(35, 35, 35)
        self.set_fill_color(255, 255, 255)

    # --- letterheads ---------------------------------------------------------------------------------------------
    def mast(self, name: str, admin: str, right: list[str], emblem: str | None = None, sub: str = "",
             size: float = 17, serif: bool = True, box: str | None = None, rule: str = "double"):
        """The plan's name large (serif by default), a small lower-case 'administered by ...' line right under it,
        an optional line under that (sub), an optional emblem at the left, contact lines flush right, an optional
        framed document title under the contact lines and a double (or single) rule."""
        y0 = self.get_y()
        x = self.l_margin
        if emblem:
            getattr(self, emblem)(x, y0, 15)
            x += 19
        rw = max(self.f(7.2).get_string_width(ln) for ln in right) + 2 if right else 0
        W = self.w - self.r_margin - x - rw
        self.set_font("Serif" if serif else self.face, "B", size)
        self.set_xy(x, y0 + 0.5)
        self.multi_cell(W, size * 0.45, name, new_x="LEFT", new_y="NEXT", align="L")
        self.set_text_color(85, 85, 85)
        self.set_font("Sans", "I", 7.4)
        self.set_x(x)
        self.cell(W, 3.8, admin, new_x="LEFT", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if sub:
            self.f(7.6)
            self.set_x(x)
            self.cell(W, 3.6, sub, new_x="LEFT", new_y="NEXT")
        y_left = max(self.get_y(), y0 + (16 if emblem else 0))
        yy_ = y0
        self.f(7.2)
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yy_)
            self.cell(rw, 3.5, ln, align="R")
            yy_ += 3.5
        y = max(y_left, yy_) + 1.5
        if box:
            self.f(10.6, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y)
            self.cell(bw, 7.2, box, border=1, align="C")
            y += 9.2
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        if rule == "double":
            self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_xy(self.l_margin, y + 4)

    def hhs_mast(self, right: list[str], title: str = "", sub: str = ""):
        """The federal block at the top left ('DEPARTMENT OF HEALTH & HUMAN SERVICES' over 'Centers for Medicare &
        Medicaid Services'), contact lines at the right, then an optional title line in bold and a small line."""
        y0 = self.get_y()
        self.set_line_width(0.6)
        self.circle(x=self.l_margin + 6, y=y0 + 6, radius=6)
        self.set_line_width(0.2)
        self.f(5.4, "B")
        self.set_xy(self.l_margin + 1.5, y0 + 4.6)
        self.cell(9, 2.6, "HHS", align="C")
        self.set_xy(self.l_margin + 15, y0 + 1.5)
        self.f(8.2, "B")
        self.cell(100, 4, "DEPARTMENT OF HEALTH & HUMAN SERVICES", new_x="LEFT", new_y="NEXT")
        self.f(8.2)
        self.cell(100, 4, "Centers for Medicare & Medicaid Services")
        self.f(7.2)
        yy_ = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - 80, yy_)
            self.cell(80, 3.5, ln, align="R")
            yy_ += 3.5
        self.set_xy(self.l_margin, max(y0 + 14, yy_ + 1))
        if title:
            self.f(15, "B")
            self.cell(0, 7.5, title, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.f(8.6)
            self.cell(0, 4.4, sub, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # --- identifiers ---------------------------------------------------------------------------------------------
    def boxes_under(self, rows: list[list[tuple[str, str, float]]], size: float = 9.6, cap: float = 5.9,
                    h: float = 10.5, num: bool = False, x: float | None = None, w: float | None = None) -> float:
        """Bands of ruled boxes, form style: each box holds its value near the top in bold and a tiny caption UNDER
        it at the foot of the box (above the caption a hairline). Cells are (value, caption, fraction of the width);
        num numbers the captions 1, 2, 3 ... Returns the y under the boxes."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y = self.get_y()
        k = 0
        for row in rows:
            xx = x0
            for v, c, frac in row:
                k += 1
                cw = W * frac
                self.set_line_width(0.3)
                self.rect(xx, y, cw, h)
                self.set_line_width(0.2)
                self.f(size, "B")
                self.set_xy(xx + 1.4, y + 1.2)
                self.cell(cw - 2.8, size * 0.48, v)
                self.set_draw_color(150, 150, 150)
                self.line_seg(xx + 1.2, y + h - cap * 0.45 - 1.4, xx + cw - 1.2, y + h - cap * 0.45 - 1.4)
                self.set_draw_color(0, 0, 0)
                self.set_text_color(70, 70, 70)
                self.f(cap)
                self.set_xy(xx + 1.4, y + h - cap * 0.45 - 1.0)
                self.cell(cw - 2.8, cap * 0.45, (f"{k}  " if num else "") + c)
                self.set_text_color(0, 0, 0)
                xx += cw
            y += h
        self.set_xy(self.l_margin, y + 2.5)
        return y + 2.5

    def dotted(self, rows: list[tuple[str, str]], x: float | None = None, w: float | None = None, size: float = 9.0,
               h: float | None = None, bold_last: bool = False):
        """label . . . . . . . value lines, the value flush right."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        h = h or size * 0.55
        for i, (k, v) in enumerate(rows):
            self.f(size, "B" if bold_last and i == len(rows) - 1 else "")
            kw = self.get_string_width(k)
            vw = self.get_string_width(v)
            dw = self.get_string_width(" .")
            n = max(2, int((W - kw - vw - 3) / dw))
            y = self.get_y()
            self.set_xy(x0, y)
            self.cell(kw + 1, h, k)
            self.set_text_color(120, 120, 120)
            self.cell(W - kw - vw - 2, h, " ." * n)
            self.set_text_color(0, 0, 0)
            self.set_xy(x0 + W - vw - 0.5, y)
            self.cell(vw + 0.5, h, v, align="R")
            self.set_xy(x0, y + h)

    # --- legends -------------------------------------------------------------------------------------------------
    def legend2(self, title: str, items: list[tuple[str, str]], size: float = 7.8, gap: float = 8,
                note: str = ""):
        """A code legend in two columns side by side, a thin vertical rule between them: each code in a small dark
        tag (white letters) with its meaning beside it; items run down the left column, then the right one. Never
        split across pages."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        lh = size * 0.46
        tag = 11

        def hgt(t):
            self.f(size)
            return len(self.multi_cell(cw - tag - 2, lh, t, dry_run=True, output="LINES")) * lh + 1.6

        half = sum(hgt(t) for _, t in items) / 2
        acc, split = 0.0, len(items)
        for i, (_, t) in enumerate(items):
            if acc >= half - 0.5:
                split = i
                break
            acc += hgt(t)
        need = max(acc, sum(hgt(t) for _, t in items) - acc) + 12 + (6 if note else 0)
        if self.get_y() + need > self.h - 22:
            self.add_page()
        self.f(size + 1.6, "B")
        self.cell(0, 5.2, title, new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, self.get_y() + 0.5, self.l_margin + W, self.get_y() + 0.5)
        self.set_line_width(0.2)
        y0 = self.get_y() + 2.2
        ends = []
        for c, part in enumerate((items[:split], items[split:])):
            x = self.l_margin + c * (cw + gap)
            y = y0
            for code, text in part:
                self.set_fill_color(30, 30, 30)
                self.set_text_color(255, 255, 255)
                self.f(size - 0.4, "B")
                self.set_xy(x, y)
                self.cell(tag - 1.5, lh + 0.6, code, fill=True, align="C")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.f(size)
                self.set_xy(x + tag, y + 0.2)
                self.multi_cell(cw - tag - 2, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                y = self.get_y() + 1.6
            ends.append(y)
        self.line_seg(self.l_margin + cw + gap / 2, y0, self.l_margin + cw + gap / 2, max(ends) - 1)
        self.set_xy(self.l_margin, max(ends) + 1)
        if note:
            self.f(size - 0.4)
            self.multi_cell(W, lh, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # --- side column ---------------------------------------------------------------------------------------------
    def side_left(self, title: str, rows: list[tuple[str, str]], paras: list[str], side_w: float = 56,
                  size: float = 9.4, side_size: float = 7.8, gap: float = 6, foot: str = ""):
        """A shaded side column at the LEFT (a title in capitals, then caption-over-value pairs, then an optional
        small foot note) with the body prose running beside it at the right; paragraphs may use **bold**. The cursor
        ends under whichever is lower."""
        x0, y0 = self.l_margin, self.get_y()
        lh = side_size * 0.46
        # measure the side column
        self.f(side_size + 0.6, "B")
        hh = len(self.multi_cell(side_w - 5, lh + 0.2, title.upper(), dry_run=True, output="LINES")) * (lh + 0.2) + 3
        for k, v in rows:
            self.f(side_size - 1.2)
            hh += len(self.multi_cell(side_w - 5, lh, k, dry_run=True, output="LINES")) * lh
            self.f(side_size, "B")
            hh += len(self.multi_cell(side_w - 5, lh + 0.3, v, dry_run=True, output="LINES")) * (lh + 0.3) + 2
        if foot:
            self.f(side_size - 1)
            hh += len(self.multi_cell(side_w - 5, lh, foot, dry_run=True, output="LINES")) * lh + 2
        self.set_fill_color(236, 236, 236)
        self.rect(x0, y0, side_w, hh + 2, style="F")
        self.set_fill_color(30, 30, 30)
        self.rect(x0, y0, side_w, 1.2, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0 + 2.5, y0 + 2.6)
        self.f(side_size + 0.6, "B")
        self.multi_cell(side_w - 5, lh + 0.2, title.upper(), new_x="LEFT", new_y="NEXT", align="L")
        self.ln(1.2)
        for k, v in rows:
            self.set_x(x0 + 2.5)
            self.set_text_color(80, 80, 80)
            self.f(side_size - 1.2)
            self.multi_cell(side_w - 5, lh, k, new_x="LEFT", new_y="NEXT", align="L")
            self.set_text_color(0, 0, 0)
            self.f(side_size, "B")
            self.multi_cell(side_w - 5, lh + 0.3, v, new_x="LEFT", new_y="NEXT", align="L")
            self.ln(2)
        if foot:
            self.set_x(x0 + 2.5)
            self.f(side_size - 1)
            self.multi_cell(side_w - 5, lh, foot, new_x="LEFT", new_y="NEXT", align="L")
        side_bottom = y0 + hh + 2
        bx = x0 + side_w + gap
        bw = self.w - self.r_margin - bx
        self.set_xy(bx, y0)
        for para in paras:
            self.f(size)
            self.set_x(bx)
            self.multi_cell(bw, size * 0.47, para, new_x="LEFT", new_y="NEXT", markdown=True, align="L")
            self.ln(1.8)
        self.set_xy(self.l_margin, max(self.get_y(), side_bottom) + 3)

    # --- listings ------------------------------------------------------------------------------------------------
    def split_table(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 7.8,
                    row_h: float = 4.7, cont: str = "(continued)", foot_note: str = "Continued on next page",
                    foot_room: float = 26, head_fill: int = 225):
        """A listing with a shaded head row and thin rules under each row. A row is a list of cells, or a dict:
        {"band": text} a full-width band line (a supplier, a patient, a claim) in bold on light grey; {"cells": [...],
        "bold": True} a bold row (a total); {"break": True} ends the page there. When a row would run past the foot of
        the page (or at a break), "Continued on next page"
        is printed at the right under the last row, a new page starts with the `cont` line and the heads again."""
        x0 = self.l_margin
        W = sum(widths)
        lh = (size - 0.4) * 0.44

        def heads():
            self.f(size - 0.4, "B")
            n = max(len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            self.set_fill_color(head_fill, head_fill, head_fill)
            self.rect(x0, y, W, n * lh + 1.8, style="F")
            self.set_fill_color(255, 255, 255)
            x = x0
            for h, w, a in zip(head, widths, aligns):
                k = len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES"))
                self.set_xy(x + 0.6, y + 0.9 + (n - k) * lh)
                self.multi_cell(w - 1.2, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            self.set_xy(x0, y + n * lh + 1.8)

        heads()
        for r in rows:
            forced = isinstance(r, dict) and r.get("break")
            if forced or self.get_y() + row_h > self.h - foot_room:
                self.f(size - 0.6, "B")
                self.set_xy(x0, self.get_y() + 1)
                self.cell(W, 4, foot_note + "  \u25b6", align="R")
                self.add_page()
                if cont:
                    self.f(size + 0.4, "B")
                    self.cell(0, 5, cont, new_x="LMARGIN", new_y="NEXT")
                    self.ln(0.5)
                heads()
            if forced:
                continue
            y = self.get_y()
            if isinstance(r, dict) and "band" in r:
                self.set_fill_color(242, 242, 242)
                self.rect(x0, y, W, row_h, style="F")
                self.set_fill_color(255, 255, 255)
                self.f(size, "B")
                self.set_xy(x0 + 0.6, y)
                self.cell(W - 1.2, row_h, r["band"])
            else:
                cells = r["cells"] if isinstance(r, dict) else r
                bold = isinstance(r, dict) and r.get("bold")
                self.f(size, "B" if bold else "")
                x = x0
                for c, w, a in zip(cells, widths, aligns):
                    self.set_xy(x + 0.6, y)
                    self.cell(w - 1.2, row_h, c, align=a)
                    x += w
            self.set_draw_color(170, 170, 170)
            self.line_seg(x0, y + row_h, x0 + W, y + row_h)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x0, y + row_h)
        self.set_line_width(0.4)
        self.line_seg(x0, self.get_y(), x0 + W, self.get_y())
        self.set_line_width(0.2)
        self.ln(3)

    # --- coupons -------------------------------------------------------------------------------------------------
    def coupon(self, title: str, rows: list[list[tuple[str, str, float]]], left: list[str], note: str = "",
               y: float | None = None):
        """A tear-off coupon at the foot of the page: a dashed line with scissors and 'detach here', a bold title,
        the payer's address block at the left and ruled boxes (captions under values) at the right."""
        W = self.w - self.l_margin - self.r_margin
        y = self.h - 78 if y is None else y
        self.set_dash_pattern(dash=1.6, gap=1.2)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.f(7.2)
        self.set_xy(self.l_margin, y - 3.2)
        self.cell(W, 3, "\u2702  Detach here and return this part with your payment", align="L")
        self.set_xy(self.l_margin, y + 3)
        self.f(10.4, "B")
        self.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        yb = self.get_y() + 1
        self.set_xy(self.l_margin, yb)
        for ln in left:
            self.f(9)
            self.cell(W * 0.42, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
        yl = self.get_y()
        self.set_xy(self.l_margin, yb)
        ye = self.boxes_under(rows, x=self.l_margin + W * 0.45, w=W * 0.55, size=9.4, h=10)
        self.set_xy(self.l_margin, max(yl, ye) + 1)
        if note:
            self.f(7)
            self.multi_cell(W, 3.3, note, new_x="LMARGIN", new_y="NEXT")


def fax_cover_grid(org: str, org_lines: list[str], cells: list[tuple[str, str]], checks: list[tuple[bool, str]],
                   message: list[str], privacy: str) -> bytes:
    """A pharmacy's fax cover: the name and lines, 'FAX TRANSMISSION' in a black band, a ruled 2 x n grid of
    To / From / Fax / Phone / Date / Pages, a row of check boxes (Urgent, For review, ...), a short message and a
    framed privacy notice. A page that belongs to no document."""
    p = EMSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Cond", "B", 16)
    p.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    for ln in org_lines:
        p.cell(0, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_fill_color(20, 20, 20)
    p.set_text_color(255, 255, 255)
    p.f(17, "B")
    p.cell(W, 11, "  FAX TRANSMISSION", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    for i in range(0, len(cells), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(cells[i:i + 2]):
            x = p.l_margin + j * W / 2
            p.rect(x, y, W / 2, 11)
            p.f(7, "B")
            p.set_xy(x + 1.5, y + 1)
            p.cell(W / 2 - 3, 3, k.upper())
            p.f(10.5)
            p.set_xy(x + 1.5, y + 5)
            p.cell(W / 2 - 3, 5, v)
        p.set_xy(p.l_margin, y + 11)
    p.ln(4)
    x = p.l_margin
    y = p.get_y()
    for on, label in checks:
        p.rect(x, y + 0.6, 3.6, 3.6)
        if on:
            p.f(9, "B")
            p.set_xy(x + 0.3, y + 0.5)
            p.cell(3, 3.8, "X")
        p.f(9)
        p.set_xy(x + 5, y)
        p.cell(36, 4.8, label)
        x += 42
    p.set_xy(p.l_margin, y + 10)
    p.f(9, "B")
    p.cell(0, 5, "Message:", new_x="LMARGIN", new_y="NEXT")
    p.f(10.4)
    for para in message:
        p.multi_cell(W, 5.2, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_y(p.h - 36)
    p.f(7.2)
    p.multi_cell(W, 3.4, privacy, border=1, padding=1.5, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def parish_memo(parish: str, lines: list[str], to: str, frm: str, when: str, re: str, paras: list[str],
                sign: str) -> bytes:
    """A parish office's memo sheet sent ahead of papers (a page that belongs to no document): the parish in
    serif capitals over a thin rule, 'MEMO' set large and light, To / From / Date / Re in a hanging block, a few
    short paragraphs and a name at the foot."""
    p = EMSheet(footer=None, serif=True)
    p.set_margins(24, 20, 24)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Serif", "B", 13)
    p.cell(0, 6.5, parish.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Serif", "", 8.2)
    for ln in lines:
        p.cell(0, 4, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin + W * 0.3, p.get_y() + 2, p.l_margin + W * 0.7, p.get_y() + 2)
    p.ln(10)
    p.set_text_color(110, 110, 110)
    p.set_font("Serif", "", 30)
    p.cell(0, 13, "Memo", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.ln(3)
    for k, v in [("To", to), ("From", frm), ("Date", when), ("Re", re)]:
        p.set_font("Serif", "B", 10)
        p.cell(22, 6.5, k)
        p.set_font("Serif", "", 10.5)
        p.multi_cell(W - 22, 6.5, v, new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin, p.get_y() + 2, p.l_margin + W, p.get_y() + 2)
    p.ln(7)
    p.set_font("Serif", "", 11)
    for para in paras:
        p.multi_cell(W, 5.8, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    p.ln(4)
    p.set_font("Serif", "I", 11)
    p.cell(0, 6, sign, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
