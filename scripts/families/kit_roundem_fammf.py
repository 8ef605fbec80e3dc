"""Drawing helpers for round EM, helper fammf (papers mirrored from a fixed-indemnity insurer's hospital indemnity and
cancer policy claim decisions; an invented health plan for arborists, tree climbers and line-clearance crews).

Why: this round asks for statements where one line of many is refused and told only by a short code, values in
ruled cells with a small caption printed under them, code legends in two columns side by side, a side column beside
prose or a table, and a plan name with a small lower-case "administered by <firm>" line under it. New here:
- admin_plate: the insurer's or plan's name in bold with a small grey lower-case "administered by ..." line right
  under it (no rule between), a drawn emblem at the left, contact lines and an optional boxed paper title at the right;
- under_grid: rows of ruled cells, each value in bold at the top of its cell and a tiny lower-case caption under the
  value inside the cell (optionally numbered "(4) date of loss", as a claim form numbers its items);
- legend_two: a code legend in two columns side by side with a rule between them, each code in a dark tag, filled
  down the left column first (as the back of a statement prints it);
- side_left: a column of framed boxes at the LEFT while the letter's prose or a table runs in the wider column at
  the right (the mirror of round EL's with_side);
- day_grid: a month drawn as a calendar, each day of a stay marked with a short code (paid / not paid) and a key;
- bare_ids: a corner block of identifiers with their captions AFTER the values in small type on the same line.
Everything else comes from round EL's ELSheet and what it inherits (carry_table, glossary, cols, over_boxes, hung,
capcells, kv_box, addr_pairs_right, money_box, with_side, side_boxes, running header `every`, running footer
`ids_foot`, fax header `fax_hdr`). Every name and number printed with these helpers is invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

from kit_roundel_famlf import (ELSheet, abbr, caps_date, dmy_dash, es_date, es_wday, iso, long, m2,  # noqa: F401
                               mdy_dots, n2, nod, ord_long, out, plus, slash, truth, usd, wday_long, workday,
                               ymd_slash, yy)
from public_kit import MONTHS_ES, digits  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# fixed-indemnity insureds: school, cold-storage and county employees and their families; surnames of the
# south-west of England and of Wales, given names of people born 1960-2015
IN_F = ["Bryony", "Cerys", "Delyth", "Elowen", "Ffion", "Gwenllian", "Hedra", "Ione", "Jennet", "Kerensa", "Lowenna",
        "Morwenna", "Nessa", "Olwen", "Perran", "Rhian", "Sennen", "Tegan", "Wenna", "Ysolde", "Demelza", "Tamsin",
        "Ebrel", "Carys"]
IN_M = ["Aled", "Bedwyr", "Cador", "Derwa", "Emlyn", "Gareth", "Huw", "Ifor", "Jago", "Kitto", "Locryn", "Meriadoc",
        "Nectan", "Oweyn", "Petrok", "Rhodri", "Talan", "Ruan", "Steren", "Tudor", "Veryan", "Conan", "Bran",
        "Gryffyn"]
IN_LAST = ["Angove", "Bolitho", "Chenoweth", "Dunstan", "Eddy", "Hosking", "Jewell", "Kitto-Rowe", "Laity",
           "Menhinick", "Nancarrow", "Opie", "Pascoe", "Quiller", "Rosewarne", "Spargo", "Teague", "Uren", "Vosper",
           "Williams-Tonkin", "Trethowan", "Carveth", "Polglase", "Hocking", "Jory", "Retallack", "Skewes", "Tremayne"]
# tree crews, their families and clinicians: a broad Appalachian and Gulf mix
TR_F = ["Ambry", "Bethel", "Callie", "Dessa", "Eulalie", "Fawn", "Georgie", "Hollis", "Idabel", "Juna", "Kenna",
        "Loralee", "Merritt", "Nola", "Oakley", "Pearlie", "Raelynn", "Sage", "Tenley", "Verity", "Wrenley", "Zadie"]
TR_M = ["Abner", "Boone", "Cash", "Denver", "Ezra", "Flint", "Garnett", "Hollis", "Ivey", "Jubal", "Knox", "Lyle",
        "Major", "Nehemiah", "Obed", "Pruitt", "Ransom", "Stetson", "Tillman", "Uriah", "Wade", "Yancey"]
TR_LAST = ["Arbaugh", "Buckalew", "Cantrell", "Dillehay", "Eversole", "Fultz", "Gossage", "Huckaby", "Isaacks",
           "Jessup", "Kincannon", "Ledbetter", "Maddux", "Noblitt", "Ogletree", "Pickelsimer", "Quarles", "Rudisill",
           "Shumate", "Teaster", "Umberger", "Vanhoose", "Whisnant", "Yelton", "Birdwell", "Cloninger", "Duvall",
           "Honeycutt", "Lunsford", "Pettyjohn"]
ES_F = ["Anahí", "Brisa", "Consuelo", "Dayana", "Elvia", "Florencia", "Gisela", "Irasema", "Lourdes", "Migdalia",
        "Nayeli", "Rocío"]
ES_M = ["Abundio", "Belisario", "Crisóforo", "Donaciano", "Evaristo", "Filemón", "Heriberto", "Jeremías", "Leobardo",
        "Modesto", "Nazario", "Odilón"]
ES_LAST = ["Arreola", "Bustamante", "Cárdenas", "Elizondo", "Garza-Leal", "Hinojosa", "Longoria", "Montemayor",
           "Ochoa", "Palacios", "Quintanilla", "Sepúlveda", "Tamez", "Urías", "Villegas", "Zavala"]


def people(rng: random.Random, n: int, kind: str = "in", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; kind 'in' (indemnity insureds and staff),
    'tr' (tree crews and clinicians) or 'es' (Spanish); sexes: optional F / M / X a person; last: one surname for
    all (a family); used: names already printed elsewhere in the family (kept apart, then added)."""
    pools, lasts = {"in": ({"F": IN_F, "M": IN_M}, IN_LAST), "tr": ({"F": TR_F, "M": TR_M}, TR_LAST),
                    "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(used or ()), []
    tries = 0
    while len(got) < n:
        tries += 1
        f = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"])
        la = last or rng.choice(lasts)
        if f in seen or (la in seen and not last and tries < 500):
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {la}")
    if used is not None:
        used |= seen
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "515") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "800") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def dmy_long(d: dt.date) -> str:
    """17 April 2026"""
    return d.strftime("%-d %B %Y")


def dd_mon(d: dt.date) -> str:
    """17-Apr-2026 (zero-padded day, as a claims system prints it)"""
    return d.strftime("%d-%b-%Y")


def mon_day(d: dt.date) -> str:
    """Apr 17 (no year: a table inside a year-dated paper)"""
    return d.strftime("%b %-d")


def ord_of(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def usd_es(v: float) -> str:
    """US$ 1,234.50"""
    return f"US$ {v:,.2f}"


def dollars_cents(v: float) -> str:
    """1234.50 USD"""
    return f"{v:.2f} USD"


class EMSheet(ELSheet):
    """ELSheet plus a name plate with a lower-case 'administered by' line, ruled cells with captions under their
    values, a two-column code legend with tags, a side column at the left, a month calendar of stay days and a corner
    block of values followed by their captions."""

    def emblem(self, x: float, y: float, s: float = 9, kind: str = "leaf"):
        """A small drawn mark beside the name: a 'leaf' (a diamond split by a vein) or a 'shield' (a framed square
        with a bar)."""
        self.set_line_width(0.5)
        if kind == "leaf":
            pts = [(x + s / 2, y), (x + s, y + s / 2), (x + s / 2, y + s), (x, y + s / 2)]
            self.polygon(pts, style="D")
            self.line_seg(x + s / 2, y + 0.8, x + s / 2, y + s - 0.8)
            self.line_seg(x + s / 2, y + s / 2, x + s * 0.78, y + s * 0.3)
        else:
            self.rect(x, y, s * 0.86, s)
            self.set_fill_color(40, 40, 40)
            self.rect(x, y + s * 0.38, s * 0.86, s * 0.24, style="F")
            self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def admin_plate(self, name: str, admin: str, lines: list[str], box: str | None = None, emblem: str | None = None,
                    size: float = 14.5, sub: str | None = None, rule: bool = True):
        """The name in bold, right under it (no rule) a small grey lower-case 'administered by <firm>' line, an
        optional sub-line (a product or program), contact lines in small type, an optional boxed title at the right
        and a rule under all of it."""
        y = self.get_y()
        x = self.l_margin
        if emblem:
            self.emblem(x, y + 0.5, size * 0.62, emblem)
            x += size * 0.62 + 3
        self.set_xy(x, y)
        self.f(size, "B")
        self.cell(0, size * 0.48, name)
        yy_ = y + size * 0.48 + 0.8
        self.set_text_color(100, 100, 100)
        self.f(max(6.6, size * 0.5))
        self.set_xy(x + 0.3, yy_)
        self.cell(0, size * 0.26, admin)
        self.set_text_color(0, 0, 0)
        yy_ += size * 0.26 + 1.4
        if sub:
            self.f(8.6, "B")
            self.set_xy(x + 0.3, yy_)
            self.cell(0, 4, sub)
            yy_ += 4.4
        self.f(7.6)
        for ln in lines:
            self.set_xy(x + 0.3, yy_)
            self.cell(0, 3.6, ln)
            yy_ += 3.6
        if box:
            self.f(10, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y + size * 0.48 + 1.2)
            self.cell(bw, 8, box, border=1, align="C")
            yy_ = max(yy_, y + size * 0.48 + 9.6)
        self.set_xy(self.l_margin, yy_ + 0.8)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def under_grid(self, rows: list[list[tuple[str, str, float]]], size: float = 9.0, cap: float = 5.6,
                   h: float = 10.5, numbered: bool = False, start: int = 1, x: float | None = None):
        """Rows of ruled cells of (value, caption, width): the value in bold at the top of its cell, the caption in
        tiny lower-case type under the value inside the same cell ('(4) date of loss' when numbered). Cells of a
        row share their rules; rows sit on each other."""
        n = start
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        for row in rows:
            xx = x0
            for v, k, w in row:
                self.rect(xx, y, w, h)
                self.set_xy(xx + 1.3, y + 1.2)
                self.f(size, "B")
                self.cell(w - 2.6, size * 0.46, v)
                self.set_xy(xx + 1.3, y + 1.6 + size * 0.46)
                self.set_text_color(70, 70, 70)
                self.f(cap)
                self.cell(w - 2.6, cap * 0.44, (f"({n}) " if numbered else "") + k.lower())
                self.set_text_color(0, 0, 0)
                xx += w
                n += 1
            y += h
        self.set_xy(self.l_margin, y + 3)

    def legend_two(self, title: str, items: list[tuple[str, str]], size: float = 7.6, gap: float = 7,
                   tag_w: float = 9, note: str = ""):
        """A code legend in two columns side by side: a bold title, then each code in a dark tag and its meaning
        beside it, the left column filled first, a thin rule between the columns. Never split over pages."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        lh = size * 0.46
        per = -(-len(items) // 2)
        halves = [items[:per], items[per:]]
        hts = [sum(max(1, len(self.multi_cell(cw - tag_w - 2, lh, t, dry_run=True, output="LINES"))) * lh + 1.4
                   for _, t in half) for half in halves]
        if self.get_y() + max(hts) + 12 > self.h - 22:
            self.add_page()
        self.f(size + 1.6, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        if note:
            self.f(size - 0.4)
            self.multi_cell(W, lh, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        y0 = self.get_y()
        ends = []
        for c, half in enumerate(halves):
            x = self.l_margin + c * (cw + gap)
            yy_ = y0
            for code, text in half:
                self.set_fill_color(45, 45, 45)
                self.set_text_color(255, 255, 255)
                self.set_xy(x, yy_)
                self.f(size - 0.2, "B")
                self.cell(tag_w - 1.2, lh + 0.4, code, fill=True, align="C")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.set_xy(x + tag_w, yy_)
                self.f(size)
                self.multi_cell(cw - tag_w - 2, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy_ = self.get_y() + 1.4
            ends.append(yy_)
        self.line_seg(self.l_margin + cw + gap / 2, y0, self.l_margin + cw + gap / 2, max(ends) - 1)
        self.set_xy(self.l_margin, max(ends) + 2)

    def side_left(self, boxes: list[tuple[str, list]], side_w: float, draw, gap: float = 5, size: float = 7.6):
        """A column of framed boxes at the LEFT (side_boxes), and draw(width) printing the letter's prose or a table
        in the wider column at the right; the left margin is moved in while draw runs."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        page = self.page_no()
        old = self.l_margin
        bottom = self.side_boxes(boxes, old, y0, side_w, size)
        self.set_left_margin(old + side_w + gap)
        self.set_xy(old + side_w + gap, y0)
        draw(W - side_w - gap)
        self.set_left_margin(old)
        y = max(self.get_y(), bottom) if self.page_no() == page else self.get_y()
        self.set_xy(old, y + 2)

    def day_grid(self, title: str, year: int, month: int, marks: dict[int, str], key: list[tuple[str, str]],
                 w: float | None = None, size: float = 7.6, x: float | None = None, y: float | None = None):
        """A month as a calendar (Sun-Sat columns) at (x, y): each marked day carries its short code under the day
        number, marked days shaded; a key line under the grid. Leaves the cursor under the key."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        y = self.get_y() if y is None else y
        cw = W / 7
        ch = 8.2
        self.f(size + 1, "B")
        self.set_xy(x0, y)
        self.cell(W, 5, title)
        y += 5
        self.set_fill_color(60, 60, 60)
        self.set_text_color(255, 255, 255)
        self.f(size - 0.4, "B")
        for i, dn in enumerate(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]):
            self.set_xy(x0 + i * cw, y)
            self.cell(cw, 4.2, dn, fill=True, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        y += 4.2
        cal = calendar.Calendar(firstweekday=6)
        for week in cal.monthdayscalendar(year, month):
            for i, day in enumerate(week):
                xx = x0 + i * cw
                if day and day in marks:
                    self.set_fill_color(228, 228, 228)
                    self.rect(xx, y, cw, ch, style="DF")
                    self.set_fill_color(255, 255, 255)
                else:
                    self.rect(xx, y, cw, ch)
                if day:
                    self.set_xy(xx + 0.8, y + 0.6)
                    self.f(size - 0.8)
                    self.cell(6, 3, str(day))
                    if day in marks:
                        self.set_xy(xx, y + 3.8)
                        self.f(size, "B")
                        self.cell(cw, 3.6, marks[day], align="C")
            y += ch
        self.set_xy(x0, y + 1)
        self.f(size - 0.6)
        self.cell(W, 3.6, "   ".join(f"{k} = {v}" for k, v in key))
        self.set_xy(self.l_margin, y + 1 + 3.6 + 2)

    def bare_ids(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 8.4) -> float:
        """A corner block: each line the bold value first, then its caption in small grey type after it on the same
        line (no frame). Returns the y under it."""
        yy_ = y
        for v, k in rows:
            self.set_xy(x, yy_)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1.6
            self.cell(vw, size * 0.5, v)
            self.set_text_color(95, 95, 95)
            self.f(size - 2)
            self.cell(max(4.0, w - vw), size * 0.5, k)
            self.set_text_color(0, 0, 0)
            yy_ += size * 0.5 + 0.9
        return yy_

    def addr_with_ids(self, addr: list[str], rows: list[tuple[str, str]], w: float = 78, size: float = 8.4,
                      addr_size: float = 10):
        """The addressee's block at the left and a bare_ids block at the right on the same band."""
        y0 = self.get_y()
        for ln in addr:
            self.set_x(self.l_margin)
            self.line(ln, addr_size)
        y1 = self.get_y()
        y2 = self.bare_ids(rows, self.w - self.r_margin - w, y0, w, size)
        self.set_xy(self.l_margin, max(y1, y2) + 4)
