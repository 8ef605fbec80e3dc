"""Drawing helpers for round EO, helper famod (papers of an invented state's Basic Health Program, the section 1331
option, with its two managed care plans and its coverage office; an invented health plan for brewers, maltsters and
distillery workers with its claims administrator).

Why: the round asks for identification boxes whose caption is NOT before the value: a caption on a small tab that
sits on the top rule of a drawn box, lettered and numbered boxes ("A. Request number", "1a. INSURED'S ID NUMBER") as
on claim forms, and values with their caption to the right after a thin bar ("VHP 204 881 736 | member no."); a
provider remittance listing several patients with run-together column heads and no heads repeated on page 2; a
narrative statement with no table where each claim is a numbered paragraph heading; two name boxes side by side (the
household contact or plan member on one side, the patient on the other, each with a number and a date of birth);
drawn emblems (nested chevrons, hills under a sun, a star in a double ring, a pot still, an ear of barley); a legal
aid office's fax cover and a distillery payroll office's fax cover. Date shapes: "March 6, 2026", "03/06/2026",
"3/6/2026", "2026-03-06", "6 Mar 2026", "06 MAR 2026", "MAR 06, 2026", "03/06/26", "6 de marzo de 2026"; money
"$1,234.50", "1,234.50", "1234.50".
Everything printed with these helpers is invented except the names of public programs and codes.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_rounden_famnd import ENSheet

__all__ = ["EOSheet", "iso", "slash", "long", "abbr", "abbr_dot", "yy", "dmy", "dmy_long", "cap_day", "upper",
           "dashed", "es_date", "es_abbr", "short_md", "ymd_slash", "wday", "n2", "usd", "flat", "plus", "digits",
           "people", "kin", "reset_names", "last_first", "phone", "tollfree", "ashlund_address", "valley_address",
           "legal_aid_cover", "payroll_cover", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DIAS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


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


def abbr_dot(d: dt.date) -> str:
    """Mar. 6, 2026 (May without a dot)"""
    m = d.strftime("%b")
    return f"{m}{'' if m == 'May' else '.'} {d.day}, {d.year}"


def yy(d: dt.date) -> str:
    """03/06/26"""
    return d.strftime("%m/%d/%y")


def dmy(d: dt.date) -> str:
    """6 Mar 2026"""
    return f"{d.day} {d.strftime('%b')} {d.year}"


def dmy_long(d: dt.date) -> str:
    """6 March 2026"""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def cap_day(d: dt.date) -> str:
    """06 MAR 2026"""
    return d.strftime("%d %b %Y").upper()


def upper(d: dt.date) -> str:
    """MAR 06, 2026"""
    return d.strftime("%b %d, %Y").upper()


def dashed(d: dt.date) -> str:
    """03-06-2026"""
    return d.strftime("%m-%d-%Y")


def es_date(d: dt.date) -> str:
    """6 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_abbr(d: dt.date) -> str:
    """06-mar-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def short_md(d: dt.date) -> str:
    """3/6/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def ymd_slash(d: dt.date) -> str:
    """2026/03/06 (used only for decoys: the checkers do not read it)"""
    return d.strftime("%Y/%m/%d")


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


# --- people ----------------------------------------------------------------------------------------------------------
# Ashlund enrollees, their households and the clinicians who treat them (the Basic Health Program family)
AS_F = ["Brisa", "Coralie", "Delphine", "Evangelina", "Frederica", "Ginevra", "Hyacinth", "Jessamyn", "Kerensa",
        "Leocadia", "Marisela", "Odalys"]
AS_M = ["Alaric", "Barnaby", "Casimir", "Dorian", "Emeric", "Florian", "Gideon", "Horatio", "Ivo", "Jasper",
        "Leander", "Mattias"]
AS_LAST = ["Ashgrove", "Brennecke", "Castellane", "Dunwoody", "Everhart", "Fairweather", "Hollinger", "Jaskolski",
           "Kettering", "Lovejoy", "Nussbaum", "Ormsby", "Prewitt", "Quarles", "Rademacher", "Stallworth",
           "Tillotson", "Wexley", "Bexhill", "Crandall", "Dimmock", "Elphick", "Fenwright", "Gorringe", "Hatherly",
           "Inchbald", "Jellicoe", "Kinnaird", "Lathbury"]
AS_ES_F = ["Anahí", "Belén", "Citlali", "Dulce"]
AS_ES_M = ["Abelardo", "Baudilio", "Cirilo", "Dagoberto"]
AS_ES_LAST = ["Alcántara", "Berrones", "Elizondo", "Galindo", "Yáñez"]
# brewers, maltsters, distillery hands, their families and clinicians (the trades plan family)
BR_F = ["Gretchen", "Hedda", "Ilse", "Kirsten", "Liesl", "Margit", "Sabine", "Trudi", "Ulla", "Vibeke", "Wiebke"]
BR_M = ["Anders", "Bertram", "Dietrich", "Eamon", "Friedhelm", "Gunther", "Henrik", "Ivar", "Jorgen", "Lorcan",
        "Magnus", "Niels"]
BR_LAST = ["Aldershot", "Brannigan", "Culpepper", "Dorsch", "Eckstein", "Gansevoort", "Hollerith", "Kuehnle",
           "Mallory", "Oberholtzer", "Pfluger", "Reinholt", "Schlegel", "Tappert", "Vandermolen", "Weidmann", "Achterhof",
           "Birkholz", "Dreessen", "Feldkamp", "Harbaugh", "Kimmerle", "Loewenthal", "Rauschenberg", "Stuckey", "Wendling"]
BR_ES_F = ["Guadalupe", "Herminia", "Imelda", "Jacinta"]
BR_ES_M = ["Eleuterio", "Fortino", "Gumersindo", "Isidro"]
BR_ES_LAST = ["Ocampo", "Palafox", "Quezada", "Rentería", "Tafoya"]

_TAKEN: set = set()


def reset_names():
    """Forget the name pairs given out (a family module calls it when it starts, so the same call draws the same
    names and no two people on its papers share a first and last name)."""
    _TAKEN.clear()


def _pools(es: bool, brew: bool):
    if brew:
        return (BR_ES_F, BR_ES_M, BR_ES_LAST) if es else (BR_F, BR_M, BR_LAST)
    return (AS_ES_F, AS_ES_M, AS_ES_LAST) if es else (AS_F, AS_M, AS_LAST)


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", brew: bool = False,
           avoid: tuple = ()) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `avoid`."""
    f_, m_, ls = _pools(es, brew)
    pools = {"F": f_, "M": m_, "X": f_ + m_}
    seen, got = {w for a in avoid for w in (a.split()[0], a.split()[-1])}, []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        used = {x for _, x in _TAKEN}
        fresh = [x for x in ls if x not in used and x not in seen]
        # prefer a last name nobody on the earlier papers had, while any is left
        f, last = rng.choice(fs), rng.choice(fresh or ls)
        if f in seen or last in seen or (f, last) in _TAKEN:
            continue
        seen |= {f, last}
        _TAKEN.add((f, last))
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def kin(rng: random.Random, full: str, sex: str, es: bool = False, brew: bool = False, avoid=()) -> str:
    """A spouse or child with the same last name and a first name nobody else on the paper has."""
    f_, m_, _ = _pools(es, brew)
    last = full.split()[-1]
    pool = [x for x in (f_ if sex == "F" else m_)
            if x != full.split()[0] and x not in avoid and (x, last) not in _TAKEN]
    f = rng.choice(pool)
    _TAKEN.add((f, last))
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}"


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    p = full.split()
    return f"{' '.join(p[2:]).upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "531") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "844") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def ashlund_address(rng: random.Random) -> list[str]:
    """An address in the invented State of Ashlund (postal code AD)."""
    town, z = rng.choice([("Gravelmoor", "58214"), ("Ostenby", "58230"), ("Dunholt", "58247"),
                          ("New Tolland", "58261"), ("Quarterbridge", "58275"), ("Pikestaff", "58288")])
    street = rng.choice(["Cordwainer St", "Old Toll Rd", "Pewter Ln Apt 4", "Beacon Hill Ct", "Sawyer Ave",
                         "Ninth Street NE", "Gristmill Rd Unit 12", "Orchard Terrace"])
    return [f"{rng.randint(12, 4980)} {street}", f"{town}, AD {z}"]


def valley_address(rng: random.Random, state: str | None = None) -> list[str]:
    """A brewery-town address (real towns, invented streets); state: only towns in that state."""
    towns = [("Fort Collins", "CO", "80524"), ("Milwaukee", "WI", "53204"), ("Asheville", "NC", "28801"),
             ("Bardstown", "KY", "40004"), ("Yakima", "WA", "98901"), ("Frankfort", "KY", "40601")]
    town, st, z = rng.choice([t for t in towns if state in (None, t[1])])
    street = rng.choice(["Kiln Row", "Hogshead Ln", "Hopvine Ct", "Mash House Rd", "Rickhouse Way Apt 3",
                         "Barley Ct", "Copper Still Dr", "Tun Street"])
    return [f"{rng.randint(20, 3890)} {street}", f"{town}, {st} {z}"]


# --- the sheet -------------------------------------------------------------------------------------------------------
class EOSheet(ENSheet):
    """ENSheet plus drawn emblems, tabbed / lettered / bar-captioned identifier boxes, side-by-side name boxes,
    numbered claim paragraphs and a remittance listing with run-together heads."""

    # --- emblems -------------------------------------------------------------------------------------------------
    def emblem(self, kind: str, x: float, y: float, s: float = 15):
        """A drawn emblem in a box of side s at (x, y): 'chevron' (two nested chevrons in a square), 'hills' (three
        hills under a rayed sun), 'star' (a five-point star in a double ring), 'still' (a copper pot still with its
        neck, lyne arm and condenser), 'barley' (an ear of barley with awns)."""
        self.set_fill_color(25, 25, 25)
        self.set_line_width(0.4)
        if kind == "chevron":
            self.rect(x, y, s, s)
            for k, off in enumerate((0.22, 0.5)):
                t = s * 0.12
                yy_ = y + s * off
                self.polygon([(x + s * 0.12, yy_), (x + s * 0.5, yy_ + s * 0.3), (x + s * 0.88, yy_),
                              (x + s * 0.88, yy_ + t), (x + s * 0.5, yy_ + s * 0.3 + t), (x + s * 0.12, yy_ + t)],
                             style="F")
        elif kind == "hills":
            cx, cy = x + s * 0.66, y + s * 0.32
            self.ellipse(cx - s * 0.12, cy - s * 0.12, s * 0.24, s * 0.24, style="F")
            for k in range(8):
                a = k * math.pi / 4
                self.line_seg(cx + math.cos(a) * s * 0.16, cy + math.sin(a) * s * 0.16,
                              cx + math.cos(a) * s * 0.24, cy + math.sin(a) * s * 0.24)
            self.set_fill_color(255, 255, 255)
            for x0, w, hgt in ((0.0, 0.62, 0.42), (0.38, 0.62, 0.34), (0.16, 0.5, 0.26)):
                pts = [(x + s * x0 + s * w * i / 12, y + s - s * hgt * math.sin(math.pi * i / 12)) for i in range(13)]
                self.polygon(pts, style="DF")
            self.set_fill_color(25, 25, 25)
        elif kind == "star":
            self.set_line_width(0.8)
            self.ellipse(x, y, s, s)
            self.set_line_width(0.25)
            self.ellipse(x + s * 0.09, y + s * 0.09, s * 0.82, s * 0.82)
            cx, cy, r1, r2 = x + s / 2, y + s / 2, s * 0.3, s * 0.12
            pts = []
            for k in range(10):
                a = -math.pi / 2 + k * math.pi / 5
                r = r1 if k % 2 == 0 else r2
                pts.append((cx + math.cos(a) * r, cy + math.sin(a) * r))
            self.polygon(pts, style="F")
        elif kind == "still":
            self.ellipse(x + s * 0.05, y + s * 0.42, s * 0.5, s * 0.46, style="F")           # the pot
            self.polygon([(x + s * 0.22, y + s * 0.45), (x + s * 0.38, y + s * 0.45), (x + s * 0.34, y + s * 0.14),
                          (x + s * 0.26, y + s * 0.14)], style="F")                          # the neck
            self.set_line_width(0.9)
            self.line_seg(x + s * 0.3, y + s * 0.15, x + s * 0.78, y + s * 0.3)              # lyne arm
            self.set_line_width(0.4)
            self.rect(x + s * 0.72, y + s * 0.3, s * 0.16, s * 0.5)                          # condenser
            for k in range(4):
                yy_ = y + s * (0.36 + k * 0.11)
                self.line_seg(x + s * 0.72, yy_, x + s * 0.88, yy_ + s * 0.05)
            self.rect(x, y + s * 0.9, s, s * 0.06, style="F")                                # the floor
        elif kind == "barley":
            cx = x + s * 0.5
            self.set_line_width(0.5)
            self.line_seg(cx, y + s, cx, y + s * 0.16)
            for k in range(6):
                yy_ = y + s * (0.2 + k * 0.11)
                for side in (-1, 1):
                    gx = cx + side * s * 0.1 - s * 0.07
                    self.ellipse(gx, yy_, s * 0.14, s * 0.09, style="F")
                    self.set_line_width(0.2)
                    self.line_seg(cx + side * s * 0.12, yy_, cx + side * s * 0.3, yy_ - s * 0.16)
            self.set_line_width(0.5)
            self.line_seg(cx, y + s * 0.16, cx, y)
        self.set_line_width(0.2)
        self.set_fill_color(255, 255, 255)

    def emblem_head(self, name: str, sub: str, right: list[str], kind: str, box: str | None = None,
                    under: str = "", size: float = 16.5, serif: bool = False, rule: str = "double"):
        """An emblem at the left, the issuer's name beside it (bold), a small line under it, an optional grey
        italic line under that, contact lines flush right, an optional framed title under them, then a rule
        ('double': thin over heavy; 'heavy'; 'dashed')."""
        y0 = self.get_y()
        x = self.l_margin
        s = 15
        self.emblem(kind, x, y0, s)
        x += s + 3.5
        self.set_font("Serif" if serif else "Sans", "B", size)
        self.set_xy(x, y0 + 0.4)
        self.cell(0, size * 0.42, name)
        self.f(7.8)
        self.set_xy(x, y0 + 0.8 + size * 0.42)
        self.cell(0, 3.8, sub)
        yl = y0 + s + 1
        if under:
            self.set_text_color(85, 85, 85)
            self.set_font("Sans", "I", 7.0)
            self.set_xy(x, y0 + 4.8 + size * 0.42)
            self.cell(0, 3.4, under)
            self.set_text_color(0, 0, 0)
            yl = max(yl, self.get_y() + 4.6)
        self.f(7.2)
        yy_ = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - 70, yy_)
            self.cell(70, 3.5, ln, align="R")
            yy_ += 3.5
        y = max(yl, yy_ + 1)
        if box:
            self.f(10, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y)
            self.cell(bw, 6.8, box, border=1, align="C")
            y += 8.6
        W = self.w - self.l_margin - self.r_margin
        if rule == "double":
            self.line_seg(self.l_margin, y, self.l_margin + W, y)
            self.set_line_width(0.8)
            self.line_seg(self.l_margin, y + 1.1, self.l_margin + W, y + 1.1)
            y += 1.1
        elif rule == "heavy":
            self.set_line_width(1.1)
            self.line_seg(self.l_margin, y, self.l_margin + W, y)
        else:
            self.set_dash_pattern(dash=1.6, gap=1.0)
            self.line_seg(self.l_margin, y, self.l_margin + W, y)
            self.set_dash_pattern()
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4.5)

    # --- identifier boxes ----------------------------------------------------------------------------------------
    def tab_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.4, cap: float = 6.2,
                  h: float = 7.6, gap: float = 2.6, x: float | None = None, w: float | None = None,
                  dark: bool = True) -> float:
        """Rows of drawn boxes, each with its caption on a small tab standing on the box's top rule (the tab dark
        with white letters, or outlined), the value inside the box. Cells: (caption, value, fraction of width)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        tab_h = cap * 0.5 + 1.2
        y = self.get_y()
        for row in rows:
            xx = x0
            for c, v, frac in row:
                cw = W * frac - gap
                self.f(cap, "B")
                tw = min(self.get_string_width(c) + 3.2, cw)
                if dark:
                    self.set_fill_color(45, 45, 45)
                    self.set_text_color(255, 255, 255)
                    self.rect(xx, y, tw, tab_h, style="F")
                else:
                    self.rect(xx, y, tw, tab_h)
                self.set_xy(xx + 1.6, y + 0.6)
                self.cell(tw - 3.2, cap * 0.5, c)
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.set_line_width(0.35)
                self.rect(xx, y + tab_h, cw, h)
                self.set_line_width(0.2)
                self.f(size, "B")
                self.set_xy(xx + 2, y + tab_h + (h - size * 0.45) / 2)
                self.cell(cw - 4, size * 0.45, v)
                xx += cw + gap
            y += tab_h + h + gap
        self.set_xy(self.l_margin, y)
        return y

    def lettered(self, rows: list[list[tuple[str, str, str, float]]], size: float = 9.2, cap: float = 5.8,
                 h: float = 10.6, x: float | None = None, w: float | None = None, upper_caps: bool = True) -> float:
        """Rows of ruled boxes that share their rules, claim-form style: a box letter or number in bold ('A.',
        '1a.') with its caption in small capitals at the top left, the value under them. Cells: (letter, caption,
        value, fraction of width). A value with a newline takes two lines."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y = self.get_y()
        for row in rows:
            nl = max(v.count("\n") + 1 for _, _, v, _ in row)
            rh = h + (nl - 1) * size * 0.45
            xx = x0
            for letter, c, v, frac in row:
                cw = W * frac
                self.set_line_width(0.3)
                self.rect(xx, y, cw, rh)
                self.set_line_width(0.2)
                self.f(cap + 0.4, "B")
                self.set_xy(xx + 0.9, y + 0.7)
                lw = self.get_string_width(letter + " ") + 0.4
                self.cell(lw, cap * 0.45, letter)
                self.f(cap)
                self.cell(cw - lw - 1.8, cap * 0.45, c.upper() if upper_caps else c)
                self.f(size)
                for i, part in enumerate(v.split("\n")):
                    self.set_xy(xx + 1.6, y + cap * 0.45 + 2.2 + i * size * 0.45)
                    self.cell(cw - 3.2, size * 0.45, part)
                xx += cw
            y += rh
        self.set_xy(self.l_margin, y + 2)
        return y + 2

    def pipe_ids(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 9.2,
                 cap: float = 6.6, h: float = 5.8, split: float = 0.56, title: str | None = None) -> float:
        """Identifier lines with no boxes: the value in bold, then a thin vertical bar, then its caption in small grey
        type AFTER it ('VHP 204 881 736 | member no.'); a hairline under each line. Returns the y under them."""
        yy_ = y
        if title:
            self.set_xy(x, yy_)
            self.f(cap + 0.6, "B")
            self.cell(w, 4.2, title)
            yy_ += 4.8
        for v, k in rows:
            self.set_xy(x, yy_)
            self.f(size, "B")
            self.cell(w * split - 2, h, v)
            bx = x + w * split
            self.set_line_width(0.35)
            self.line_seg(bx, yy_ + 0.9, bx, yy_ + h - 0.9)
            self.set_line_width(0.2)
            self.set_text_color(90, 90, 90)
            self.f(cap)
            self.set_xy(bx + 1.6, yy_)
            self.cell(w * (1 - split) - 1.6, h, k)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(190, 190, 190)
            self.line_seg(x, yy_ + h, x + w, yy_ + h)
            self.set_draw_color(0, 0, 0)
            yy_ += h
        return yy_

    def party_pair(self, left: tuple[str, str, list[tuple[str, str]]], right: tuple[str, str, list[tuple[str, str]]],
                   size: float = 9.4, cap: float = 6.8, mark: str = "", gap: float = 5) -> float:
        """Two name boxes side by side, each under a shaded title strip: the person's name in bold, then caption /
        value lines (a number, a date of birth). `mark`: a small note under the right box's title strip (which of the
        two the paper is about). Returns the y under the taller box."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        y0 = self.get_y()
        ends = []
        for k, (title, name, rows) in enumerate((left, right)):
            x = self.l_margin + k * (cw + gap)
            self.set_fill_color(215, 215, 215)
            self.f(cap + 0.4, "B")
            self.set_xy(x, y0)
            self.cell(cw, 5, " " + title.upper(), fill=True)
            self.set_fill_color(255, 255, 255)
            y = y0 + 5.6
            if k == 1 and mark:
                self.set_font("Sans", "I", cap)
                self.set_xy(x + 1.5, y)
                self.cell(cw - 3, 3.4, mark)
                y += 3.8
            self.f(size + 0.8, "B")
            self.set_xy(x + 1.5, y)
            self.cell(cw - 3, 5.4, name)
            y += 6.2
            for c, v in rows:
                self.set_text_color(80, 80, 80)
                self.f(cap)
                self.set_xy(x + 1.5, y)
                self.cell(cw * 0.4, 4.6, c)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
                self.cell(cw * 0.6 - 3, 4.6, v)
                y += 4.8
            ends.append(y + 1.2)
        yb = max(ends)
        for k in range(2):
            x = self.l_margin + k * (cw + gap)
            self.set_line_width(0.35)
            self.rect(x, y0, cw, yb - y0)
            self.set_line_width(0.2)
        self.set_xy(self.l_margin, yb + 3)
        return yb + 3

    def flow_cols(self, paras: list[str], n: int = 3, size: float = 8.8, gap: float = 5.5, lead: float = 1.6,
                  heads: set | None = None, title: str | None = None, title_size: float = 10.2):
        """The parent's newspaper columns, started on a new page when they would not fit above the foot of this one
        (the parent draws cell by cell and would otherwise spill every column onto pages of their own); an optional
        ruled heading over them goes with them."""
        heads = heads or set()
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (n - 1)) / n
        lh = size * 0.46
        total = 0.0
        for i, p in enumerate(paras):
            self.f(size, "B" if i in heads else "")
            total += len(self.multi_cell(cw, lh, p, dry_run=True, output="LINES")) * lh + lead
        need = total / n + 4 * lh + 6 + (12 if title else 0)
        if self.get_y() + need > self.h - 24:
            self.add_page()
        if title:
            self.heading(title, title_size, rule=True)
        auto, margin = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False)
        super().flow_cols(paras, n=n, size=size, gap=gap, lead=lead, heads=heads)
        self.set_auto_page_break(auto, margin=margin)

    # --- narrative claims ------------------------------------------------------------------------------------------
    def numbered_claims(self, items: list[tuple[str, str, list[str]]], size: float = 9.4, indent: float = 6,
                        status_caps: bool = True):
        """A statement with no table: each claim is a numbered heading in bold ('2. Visit with ... on ... - claim
        ... - not paid'; the status given as the second element is appended, in capitals when status_caps),
        followed by its sentences, indented. A heading is never left alone at the foot of a page."""
        W = self.w - self.l_margin - self.r_margin
        for i, (head, status, paras) in enumerate(items, 1):
            text = f"{i}. {head} \u2013 {status.upper() if status_caps else status}"
            self.f(size + 0.4, "B")
            n = len(self.multi_cell(W, size * 0.5, text, dry_run=True, output="LINES"))
            if self.get_y() + n * size * 0.5 + 14 > self.h - 24:
                self.add_page()
            self.multi_cell(W, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
            for p in paras:
                self.f(size)
                self.set_x(self.l_margin + indent)
                self.multi_cell(W - indent, size * 0.47, p, new_x="LMARGIN", new_y="NEXT", markdown=True)
                self.ln(0.8)
            self.ln(2)

    # --- remittance --------------------------------------------------------------------------------------------------
    def remit_listing(self, heads: list[str], blocks: list[dict], widths: list[int], size: float = 7.0,
                      foot_room: float = 26, gap: int = 1):
        """A remittance listing in the monospace face. The column heads are printed ONCE, run close together (one
        space between columns, several heads joined with '/'), between two rules; each claim block has a bold
        first line (patient, member ID, ICN, account) then its service lines and a claim total line. When a block
        would run past the foot of the page it continues on the next page with no heads printed again. A head given
        as a list of cells is set in the columns' widths.
        blocks: {"top": str, "lines": [[cells]], "total": [cells]}; widths < 0 right-align."""
        lh = size * 0.46

        def fmt(cells):
            out = ""
            for c, w in zip(cells, widths):
                out += (c.rjust(-w) if w < 0 else c.ljust(w)) + " " * gap
            return out.rstrip()

        def line(text, bold=False):
            self.set_font("Mono", "B" if bold else "", size)
            self.set_x(self.l_margin)
            self.cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")

        width = sum(abs(w) + gap for w in widths) - gap
        line("=" * width)
        for hd in heads:
            line(hd if isinstance(hd, str) else fmt(hd), True)
        line("=" * width)
        for b in blocks:
            rows = [("top", b["top"])] + [("l", r) for r in b["lines"]] + [("t", b["total"])]
            for kind, r in rows:
                if self.get_y() + lh > self.h - foot_room:
                    self.add_page()
                if kind == "top":
                    line(r, True)
                elif kind == "l":
                    line(fmt(r))
                else:
                    line(fmt(r))
            self.set_draw_color(160, 160, 160)
            self.set_dash_pattern(dash=0.8, gap=0.8)
            y = self.get_y() + 0.6
            self.line_seg(self.l_margin, y, self.l_margin + width * size * 0.6 * 0.3528, y)
            self.set_dash_pattern()
            self.set_draw_color(0, 0, 0)
            self.ln(1.6)
        self.ln(1)


# --- fax covers (pages that belong to no document) ----------------------------------------------------------------
def legal_aid_cover(org: str, unit: str, lines: list[str], to: str, to_org: str, to_fax: str, frm: str, when: str,
                    pages: str, re_: str, note: list[str], enclosed: list[str]) -> bytes:
    """A legal aid office's fax cover: the office's name in serif with a thin frame around its unit line, a
    two-column grid of To / From, Fax / Phone, Date / Pages, a Re: line across, a checklist of what is enclosed and
    a typed note; the confidentiality notice in a box at the foot."""
    p = EOSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Serif", "B", 16)
    p.cell(W, 7, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4, "B")
    uw = p.get_string_width(unit) + 6
    p.cell(uw, 5, unit, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    for ln in lines:
        p.cell(W, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("Sans", "B", 26)
    p.cell(W, 11, "FACSIMILE", new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.6)
    p.line_seg(p.l_margin, p.get_y(), p.l_margin + W, p.get_y())
    p.set_line_width(0.2)
    p.ln(3)
    cells = [("To", to), ("From", frm), ("Organization", to_org), ("Date", when), ("Fax", to_fax), ("Pages", pages)]
    for i in range(0, len(cells), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(cells[i:i + 2]):
            x = p.l_margin + j * W / 2
            p.set_xy(x, y)
            p.f(9, "B")
            p.cell(26, 7, k + ":")
            p.f(9.6)
            p.cell(W / 2 - 28, 7, v)
        p.set_xy(p.l_margin, y + 7)
    p.f(9, "B")
    p.cell(26, 7, "Re:")
    p.f(9.6)
    p.multi_cell(W - 26, 5.5, re_, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(9, "B")
    p.cell(0, 5, "Enclosed:", new_x="LMARGIN", new_y="NEXT")
    for e in enclosed:
        p.f(9.2)
        p.cell(6, 5, "\u2610")
        p.cell(0, 5, e, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for para in note:
        p.set_font("Serif", "", 10.4)
        p.multi_cell(W, 5.2, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_y(p.h - 34)
    p.f(7)
    p.multi_cell(W, 3.3, "CONFIDENTIAL: this fax may contain a client's private health and legal information. It is "
                         "meant only for the person named above. If you received it in error, please call us and "
                         "destroy every page.", border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def payroll_cover(org: str, unit: str, lines: list[str], to: str, to_fax: str, frm: str, when: str, pages: str,
                  re_: str, note: list[str], shifts: list[tuple[str, str, str]]) -> bytes:
    """A distillery payroll office's fax cover: an emblem (a pot still) and the company's name, 'FAX TRANSMITTAL' in a
    dark bar, To / Fax / From / Date / Pages / Re lines in a ruled block, a short typed note and a small excerpt of
    the shift report (week, shifts, hours) the clerk pasted in."""
    p = EOSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.emblem("still", p.l_margin, 18, 14)
    p.set_font("Serif", "B", 15)
    p.set_xy(p.l_margin + 18, 18.5)
    p.cell(W - 18, 6.5, org)
    p.f(8)
    p.set_xy(p.l_margin + 18, 25.5)
    p.cell(W - 18, 4, unit)
    y = 35
    for ln in lines:
        p.set_xy(p.l_margin, y)
        p.cell(W, 3.8, ln)
        y += 3.8
    p.set_xy(p.l_margin, y + 3)
    p.set_fill_color(30, 30, 30)
    p.set_text_color(255, 255, 255)
    p.f(13, "B")
    p.cell(W, 8, "  FAX TRANSMITTAL", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(2)
    for k, v in [("To", to), ("Fax", to_fax), ("From", frm), ("Date", when), ("Pages", pages), ("Re", re_)]:
        y = p.get_y()
        p.f(9.4, "B")
        p.cell(24, 6.4, k, border="B")
        p.f(9.8)
        p.cell(W - 24, 6.4, v, border="B", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    for para in note:
        p.f(10)
        p.multi_cell(W, 5.2, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.ln(3)
    p.f(8, "B")
    p.cell(0, 4.6, "From our shift report (pasted in):", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Mono", "", 8)
    for a, b, c in shifts:
        p.cell(0, 4.2, f"{a:<22}{b:>10}{c:>12}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.h - 28)
    p.f(6.8)
    p.multi_cell(W, 3.2, "This fax is for the named recipient only and may contain personal information about an "
                         "employee. If it reached you by mistake, tell the sender and destroy it.", border="T",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
