"""Drawing helpers for round EC, helper famgb (Massachusetts One Care papers from an invented One Care plan and its
care team; an invented health care sharing ministry that "declines to share" members' bills).

Why: both families print a program's own identifier beside numbers a reader must not take for it (a MassHealth ID,
a Medicare number, a hospital account, a bill negotiator's reference), identifiers with letters that read like
digits (O/0, I/1, S/5, B/8, Z/2) and grouping spaces or dashes, service spans written four ways, money written
with "USD", without "$", with a trailing minus or in parentheses, and a foreign currency beside dollars. Beyond
FBSheet they need captions hung in a narrow gutter at the LEFT of their boxes, a centred letterhead with a
tagline and a thick-and-thin rule, a heavy-bordered statement box, a ruled care-team roster and a
letter-head strip across the top of a form. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeb_famfb import FBSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Aurelia", "Thaddeus", "Marjorie", "Ezekiel", "Philomena", "Wendell", "Constance", "Barrett", "Louisa",
         "Amos", "Dorothea", "Silas", "Henrietta", "Quentin", "Mabel", "Lucius", "Evangeline", "Roscoe", "Theodora",
         "Gideon", "Winifred", "Ignatius", "Prudence", "Cornelius", "Lavinia", "Jerome", "Hortense", "Lemuel"]
LAST = ["Ashworth", "Pelletier", "Gaudette", "Sheehan", "Thibodeau", "Kowalski", "Mulcahy", "Desrosiers", "Brigham",
        "Cabral", "Fitzgibbon", "Larochelle", "Oyelowo", "Pimentel", "Szczepanski", "Tavares", "Winship", "Brodeur",
        "Costa", "Harrington", "Moynihan", "Nadeau", "Quimby", "Rutkowski"]
FIRST_ES = ["Altagracia", "Wilfredo", "Yadira", "Heriberto", "Migdalia", "Ramiro", "Nereida", "Evaristo", "Zoraida",
            "Bienvenido", "Xiomara", "Florencio"]
LAST_ES = ["Rosario", "Figueroa", "Batista", "Colón", "Santiago", "Almonte", "Quiñones", "Matos", "Ocasio",
           "Feliciano", "Pagán", "Villanueva"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
LOOK = "OISBZ"  # letters a reader (or OCR) may take for 0 1 5 8 2


def people(rng: random.Random, n: int, es: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth)."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def mixid(rng: random.Random, pattern: str) -> str:
    """An ID from a pattern: '#' a digit, '@' a look-alike letter (O I S B Z), '^' any capital, others literal."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "@":
            out.append(rng.choice(LOOK))
        elif ch == "^":
            out.append(rng.choice("ACDEFGHJKLMNPRTUVWXY"))
        else:
            out.append(ch)
    return "".join(out)


def masshealth_id(rng: random.Random) -> str:
    """A 12-digit MassHealth-style member number (invented)."""
    return "1000" + digits(rng, 8)


def spaced(s: str, sizes: list[int]) -> str:
    """Print an ID with grouping spaces: spaced('100012345678', [4, 4, 4]) -> '1000 1234 5678'."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def phone(rng: random.Random, area: str = "413") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-866-555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1962, hi: int = 2003) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def ma_address(rng: random.Random) -> list[str]:
    """An invented street address in a western or central Massachusetts town."""
    town, z = rng.choice([("Chicopee MA", "01013"), ("Ware MA", "01082"), ("Athol MA", "01331"),
                          ("Easthampton MA", "01027"), ("Palmer MA", "01069"), ("Greenfield MA", "01301"),
                          ("Southbridge MA", "01550"), ("Westfield MA", "01085")])
    street = rng.choice(["Quarry St Apt 2", "Cottage St", "N Main St Unit 5", "Sycamore Ter", "Elm Hill Rd",
                         "Pleasant St Fl 3", "Bartlett Ave"])
    return [f"{rng.randint(11, 980)} {street}", f"{town} {z}"]


def us_address(rng: random.Random) -> list[str]:
    """An invented street address in a small southern or midwestern town (the ministry's members)."""
    town, st, z = rng.choice([("Glasgow", "KY", "42141"), ("Seymour", "IN", "47274"), ("Cleveland", "TN", "37311"),
                              ("Ottumwa", "IA", "52501"), ("Harrison", "AR", "72601"), ("Pella", "IA", "50219"),
                              ("Danville", "KY", "40422")])
    street = rng.choice(["Hickory Bend Rd", "Chapel Hill Dr", "W Walnut St", "Shiloh Ct", "Old Mill Pike",
                         "Bluebird Ln"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town} {st} {z}"]


# ---- dates -----------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def wday(d: dt.date) -> str:
    """Tuesday, April 7, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def span_yy(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/09/26"""
    return f"{yy(a)} - {yy(b)}"


def span_words(a: dt.date, b: dt.date) -> str:
    """from March 4 through March 9, 2026 (the year once, at the end)."""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def span_dmy(a: dt.date, b: dt.date) -> str:
    """4-9 Mar 2026 (same month) or 28 Mar-2 Apr 2026."""
    if a.month == b.month:
        return f"{a.day}-{b.day} {b.strftime('%b %Y')}"
    return f"{a.day} {a.strftime('%b')}-{b.day} {b.strftime('%b %Y')}"


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]} {s}" if weekday else s


def es_span(a: dt.date, b: dt.date) -> str:
    """del 3 al 9 de marzo de 2026"""
    return f"del {a.day} al {b.day} de {MONTHS_ES[b.month - 1]} de {b.year}"


def dname(d: dt.date) -> str:
    """Tue 04/07/2026"""
    return d.strftime("%a %m/%d/%Y")


# ---- money -----------------------------------------------------------------------------------------------------
def nos(v: float) -> str:
    """1,234.50 (no sign)"""
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"USD {v:,.2f}"


def trail(v: float) -> str:
    """38.40- (an amount taken back, minus after the figure)."""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def es_money(v: float) -> str:
    """US$ 1.234,50"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


def gtq(v: float) -> str:
    """Q 4.850,00 (Guatemalan quetzales the way a clinic in Guatemala prints them)."""
    s = f"{v:,.2f}"
    return f"Q {s}"


class GBSheet(FBSheet):
    """FBSheet plus hung captions, a centred letterhead, a heavy statement box, a care-team roster and a top strip."""

    def hung(self, rows: list[tuple[str, str]], cap_w: float = 24, box_w: float | None = None, size: float = 9.0,
             cap: float = 6.2, h: float = 6.6, x: float | None = None):
        """Each (caption, value): the small caption right-aligned in a gutter at the left, the value in a ruled box."""
        W = self.w - self.l_margin - self.r_margin
        x0 = self.l_margin if x is None else x
        bw = box_w or (W - cap_w - 1.5 - (x0 - self.l_margin))
        for k, v in rows:
            y = self.get_y()
            self.f(cap, "B")
            self.set_xy(x0, y + (h - cap * 0.42) / 2)
            self.cell(cap_w, cap * 0.42, k, align="R")
            self.rect(x0 + cap_w + 1.5, y, bw, h)
            self.set_xy(x0 + cap_w + 2.5, y + (h - size * 0.45) / 2)
            self.f(size)
            self.cell(bw - 2, size * 0.45, v)
            self.set_xy(self.l_margin, y + h + 1.0)
        self.ln(1.5)

    def hung_pair(self, left: list[tuple[str, str]], right: list[tuple[str, str]], cap_w: float = 20,
                  size: float = 8.8, cap: float = 6.0, h: float = 6.4):
        """Two columns of hung captions side by side."""
        W = self.w - self.l_margin - self.r_margin
        half = W / 2
        y0 = self.get_y()
        self.hung(left, cap_w=cap_w, box_w=half - cap_w - 4, size=size, cap=cap, h=h)
        y1 = self.get_y()
        self.set_y(y0)
        self.hung(right, cap_w=cap_w, box_w=half - cap_w - 1.5, size=size, cap=cap, h=h, x=self.l_margin + half)
        self.set_y(max(y1, self.get_y()))

    def center_head(self, name: str, tagline: str, lines: list[str], size: float = 15):
        """A centred name, a small tagline under it, contact lines, then a thick and a thin rule."""
        self.f(size, "B")
        self.cell(0, size * 0.5, name, align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(7.6)
        self.cell(0, 4, tagline.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(7.8)
        for ln in lines:
            self.cell(0, 3.8, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.2
        self.set_line_width(0.9)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 1.4, self.w - self.r_margin, y + 1.4)
        self.set_y(y + 4.5)

    def heavy_box(self, text: str, title: str = "", size: float = 8.4):
        """A box with a heavy border (a statement the papers must carry, e.g. 'this is not insurance')."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 3, y0 + 2.5)
        if title:
            self.f(size + 0.6, "B")
            self.multi_cell(W - 6, size * 0.52, title, new_x="LEFT", new_y="NEXT")
            self.ln(0.6)
        self.f(size)
        self.multi_cell(W - 6, size * 0.46, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 2
        self.set_line_width(0.8)
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_line_width(0.2)
        self.set_y(y1 + 3)

    def roster(self, title: str, rows: list[tuple[str, str, str]], size: float = 8.6):
        """A ruled care-team roster: role (small, bold) | name | how to reach them."""
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(225, 225, 225)
        self.f(size, "B")
        self.cell(W, 6, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        for role, name, reach in rows:
            self.f(size - 1.4, "B")
            self.cell(W * 0.24, 6.4, " " + role, border=1)
            self.f(size)
            self.cell(W * 0.5, 6.4, " " + name, border=1)
            self.f(size - 0.8)
            self.cell(W * 0.26, 6.4, " " + reach, border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def strip(self, cells: list[str], size: float = 7.4):
        """A thin ruled strip of short items across the page (e.g. 'Ref. ...  |  Pg 1 of 2')."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size)
        self.cell(W, 5, "    ".join(cells), border="TB", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
