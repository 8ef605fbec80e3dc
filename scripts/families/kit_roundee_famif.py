"""Drawing helpers for round EE, helper famif (Pennsylvania's Chronic Renal Disease Program papers with invented
pharmacies and dialysis units; an invented construction trades Taft-Hartley welfare fund with an hours bank).

Why: both families print a member's number beside other numbers and a refusal beside paid lines, so they need a few
layouts the older kits do not have: a framed block of identifiers whose captions come AFTER their values in
parentheses ("CR47 6O1 928 (CRDP no.)"), a narrow identifier column in which a long number breaks over two lines,
a code legend set apart at the foot of a page under a rule, a "Re:" line stringing name, number and claim with
bullets or slashes, a fax cover page of the sender's own (page count and a phone call's reference as decoys), and
date and money shapes real mail uses: "the 4th of March 2026", "Tue 03/17/26", "1.234,56 $", "US$ 1,234.56" and an
amount in words. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famha import words  # noqa: F401  (re-exported: an amount in words as a check prints it)
from kit_rounded_famhf import EDSheet, grouped, medicare_no, npi, odd_in  # noqa: F401  (re-exported)
from public_kit import MONTHS_ES, digits

FIRST = ["Wendeline", "Casimir", "Marguerite", "Stanislaw", "Agathe", "Thaddeus", "Henrietta", "Bartholomew",
         "Odalys", "Lazarus", "Philomena", "Augustin", "Roswitha", "Dariusz", "Ottilie", "Leopold", "Zofia",
         "Cornelius", "Berenice", "Ignatius", "Clotilde", "Mordecai", "Leontyne", "Evander", "Genoveva", "Hollis"]
LAST = ["Przybylski", "Van Dorn", "Krebsbach", "Ostrander", "Haldeman", "Wojcikowski", "Brubaker", "Fenstermacher",
        "Kauffeld", "Mertztown", "Dreibelbis", "Shollenberger", "Yoder-Hess", "Ziegenfuss", "Quackenbush",
        "Leibensperger", "Nagengast", "Hartranft", "Schwenkfeld", "Oberholtzer", "Gingrich", "Achenbach",
        "Rittenhouse", "Moyerman"]
FIRST_ES = ["Altagracia", "Bienvenido", "Candelaria", "Dionisio", "Esperanza", "Florencio", "Guillermina",
            "Hipólito", "Inmaculada", "Jacobo", "Lucrecia", "Nicanor"]
LAST_ES = ["Almonte", "Batista", "Cabrera", "De los Santos", "Encarnación", "Feliciano", "Guzmán", "Hiraldo",
           "Infante", "Jiménez", "Lantigua", "Marte"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


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


def split_name(full: str) -> tuple[str, str, str]:
    """('First', 'M', 'Last') of 'First M. Last' (a last name may have a space: 'Van Dorn')."""
    parts = full.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M (a listing's form of a name)."""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "717") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def pa_address(rng: random.Random) -> list[str]:
    """An invented street address in a Pennsylvania town."""
    town, z = rng.choice([("Pottsville", "17901"), ("Lebanon", "17042"), ("Hazleton", "18201"),
                          ("Sunbury", "17801"), ("Carlisle", "17013"), ("Johnstown", "15901"),
                          ("Williamsport", "17701"), ("Chambersburg", "17201"), ("Easton", "18042"),
                          ("Reading", "19601"), ("Altoona", "16601"), ("Bloomsburg", "17815")])
    street = rng.choice(["N 5th St", "Mahantongo St", "Race St Apt 2", "Locust Ave", "W Chestnut St",
                         "Spruce Hollow Rd", "Blue Mountain Dr", "E Cumberland St Rear", "Pine Grove Rd",
                         "Canal St Unit 4"])
    return [f"{rng.randint(100, 2999)} {street}", f"{town}, PA {z}"]


def trades_address(rng: random.Random) -> list[str]:
    """An invented street address in a town where the construction trades fund's members live."""
    town, st, z = rng.choice([("Wheeling", "WV", "26003"), ("Steubenville", "OH", "43952"),
                              ("Washington", "PA", "15301"), ("Weirton", "WV", "26062"),
                              ("East Liverpool", "OH", "43920"), ("Canonsburg", "PA", "15317"),
                              ("Moundsville", "WV", "26041"), ("Cadiz", "OH", "43907")])
    street = rng.choice(["Eoff St", "Ridge Ave", "Slack St Apt 3", "Market St", "Locust Hill Rd",
                         "Oak Grove Ln", "N 4th St", "Stone Church Rd"])
    return [f"{rng.randint(100, 4999)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """03/17/26"""
    return d.strftime("%m/%d/%y")


def dname(d: dt.date) -> str:
    """Tue 03/17/26"""
    return f"{d.strftime('%a')} {yy(d)}"


def wlong(d: dt.date) -> str:
    """Thursday, May 7, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def the_nth(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B')} {d.year}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """jueves 7 de mayo de 2026"""
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def es_abbr(d: dt.date) -> str:
    """07-may-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """$1,234.50"""
    return f"${v:,.2f}"


def es_after(v: float) -> str:
    """1.234,56 $ (Spanish grouping, the sign after the figure)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{s} $"


def usd_es(v: float) -> str:
    """US$ 1,234.56"""
    return f"US$\u00a0{v:,.2f}"


def paren(v: float) -> str:
    return f"({v:,.2f})" if v else "0.00"


def trail(v: float) -> str:
    return f"{v:,.2f}-" if v else "0.00"


def ma_no(rng: random.Random) -> str:
    """A ten-digit state Medical Assistance (ACCESS card) recipient number shape (a decoy)."""
    return digits(rng, 10)


class EESheet(EDSheet):
    """EDSheet plus identifiers with their captions after them, a code legend at the foot of a page, a Re: line and
    a narrow identifier column whose long values break over two lines."""

    def after_ids(self, rows: list[tuple[str, str]], x: float | None = None, w: float | None = None,
                  size: float = 9.0, title: str | None = None, frame: bool = True) -> float:
        """Lines 'VALUE (caption)': the bold value, then its caption in brackets in small type. Returns the y under."""
        x = self.l_margin if x is None else x
        w = w or (self.w - self.r_margin - x)
        y0 = self.get_y()
        y = y0 + (1.5 if frame else 0)
        if title:
            self.set_xy(x + 2, y)
            self.f(6.6, "B")
            self.cell(w - 4, 3.4, title.upper())
            y += 4.2
        for v, k in rows:
            self.set_xy(x + 2, y)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1.4
            self.cell(vw, size * 0.5, v)
            self.f(size - 1.6)
            self.cell(max(4.0, w - vw - 4), size * 0.5, f"({k})")
            y += size * 0.5 + 1.3
        if frame:
            self.rect(x, y0, w, y - y0 + 0.8)
        self.set_xy(self.l_margin, y + 2.5)
        return y + 2.5

    def narrow_ids(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 8.6,
                   cap: float = 6.0) -> float:
        """A narrow ruled column: each caption above its value; a value with a '\\n' breaks where a narrow column
        breaks it (a long ID split over two lines). Returns the y under the column."""
        yy_ = y + 1.5
        for k, v in rows:
            self.set_xy(x + 1.5, yy_)
            self.f(cap, "B")
            self.cell(w - 3, cap * 0.45, k.upper())
            yy_ += cap * 0.45 + 0.8
            for part in v.split("\n"):
                self.set_xy(x + 1.5, yy_)
                self.f(size, "B")
                self.cell(w - 3, size * 0.48, part)
                yy_ += size * 0.48 + 0.4
            yy_ += 1.4
        self.rect(x, y, w, yy_ - y)
        return yy_

    def legend(self, title: str, items: list[tuple[str, str]], size: float = 7.8):
        """A code legend set apart under a rule: 'CODE  meaning' lines in small type."""
        self.ln(1)
        self.rule(1.5)
        self.f(size, "B")
        self.cell(0, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        for code, text in items:
            self.f(size, "B")
            self.cell(12, size * 0.48, code)
            self.f(size)
            self.multi_cell(0, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.4)
        self.ln(1.5)

    def re_line(self, parts: list[str], sep: str = "  \u2022  ", size: float = 9.6):
        """Re: name  •  number  •  claim (one line, bold after 'Re:')."""
        self.f(size, "B")
        self.cell(9, size * 0.52, "Re:")
        self.multi_cell(0, size * 0.52, sep.join(parts), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def fax_cover(sender: str, sender_lines: list[str], rows: list[tuple[str, str]], note: str) -> bytes:
    """A sender's own fax cover page (it belongs to no document): a heading, the sender, ruled To/From rows, a note."""
    p = EESheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(24, "B")
    p.cell(0, 12, "FAX", new_x="LMARGIN", new_y="NEXT")
    p.f(11, "B")
    p.cell(0, 6, sender, new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in sender_lines:
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.rule(6)
    for k, v in rows:
        y = p.get_y()
        p.f(10.5, "B")
        p.cell(34, 8, k)
        p.f(10.5)
        p.cell(0, 8, v)
        p.line_seg(p.l_margin + 34, y + 7.2, p.w - p.r_margin, y + 7.2)
        p.set_xy(p.l_margin, y + 10)
    p.ln(4)
    p.para(note, 10)
    p.ln(10)
    p.para("This fax may contain health information about a patient. If it reached you by mistake, please call the "
           "sender and destroy the pages.", 8)
    return bytes(p.output())
