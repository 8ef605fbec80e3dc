"""Drawing helpers for round EA, helper famef (Montana's Big Sky Rx premium assistance and its pharmacy-side notices;
an invented international health plan for expatriates paying foreign hospitals in several currencies).

Why: both families need fax forms whose short captions sit in three places (left of the box, above it, under it),
a letter with a ruled box of facts at its RIGHT (the text in a narrower left column), a letter set in two text
columns, money written the way each country writes it (EUR 1.234,50, £1,234.50, CHF 1'234.50, 1 234,50 EUR,
MXN 12,345.00) beside the US-dollar figure, and weekday-named dates in English and Spanish. Everything printed
with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounddz_famdzf import DZSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Verna", "Lyle", "Odessa", "Garrett", "Thea", "Royce", "Marguerite", "Emmett", "Ilse", "Dwayne", "Petra",
         "Augustin", "Rosalie", "Casimir", "Leona", "Hollis", "Sigrid", "Ambrose", "Winona", "Thaddeus", "Carmen",
         "Fenwick", "Juliette", "Otis", "Beatrix", "Soren", "Adaeze", "Kwame", "Priyanka", "Mateus"]
LAST = ["Halvorsen", "Tibbetts", "Runningcrane", "Mackenroth", "Delisle", "Ostby", "Kittredge", "Brannigan",
        "Sorensen", "Whitlock", "Fairbairn", "Achebe", "Castellanos", "Nakashima", "Poirier", "Lindqvist",
        "Vanterpool", "Ashdown", "Quarles", "Morrissette", "Ekwueme", "Rautio", "Dufresne", "Strand"]
FIRST_ES = ["Guadalupe", "Rigoberto", "Maricela", "Anselmo", "Itzel", "Fermín", "Yolanda", "Ezequiel", "Araceli",
            "Teodoro", "Xóchitl", "Baltasar"]
LAST_ES = ["Villaseñor", "Arriaga", "Zamudio", "Olvera", "Cervantes", "Bustamante", "Ledesma", "Montaño",
           "Escobedo", "Valdivia", "Iturbide", "Sandoval"]
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


def phone(rng: random.Random, area: str = "406") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1944, hi: int = 1961) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def mt_address(rng: random.Random) -> list[str]:
    """An invented street address in a Montana town."""
    town, z = rng.choice([("Dillon", "59725"), ("Lewistown", "59457"), ("Miles City", "59301"), ("Havre", "59501"),
                          ("Polson", "59860"), ("Glendive", "59330"), ("Livingston", "59047"), ("Hamilton", "59840")])
    street = rng.choice(["Larch St", "N Custer Ave", "Prospector Rd", "W Pine St", "Cottonwood Ln", "Main St Apt 4"])
    return [f"{rng.randint(100, 2899)} {street}", f"{town} MT {z}"]


def wday(d: dt.date) -> str:
    """Tuesday, April 14, 2026."""
    return d.strftime("%A, %B %-d, %Y")


def wday_uk(d: dt.date) -> str:
    """Tuesday 14 April 2026 (the day before the month, no commas)."""
    return d.strftime("%A %-d %B %Y")


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]}, {s}" if weekday else s


def _group(v: float, th: str, dec: str) -> str:
    s = f"{v:,.2f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", th)


def cur(v: float, code: str) -> str:
    """Money as each country's paper prints it."""
    if code == "EUR":
        return f"EUR {_group(v, '.', ',')}"
    if code == "EUR_FR":
        return f"{_group(v, ' ', ',')} EUR"
    if code == "GBP":
        return f"£{v:,.2f}"
    if code == "CHF":
        return f"CHF {_group(v, chr(39), '.')}"
    if code == "USD_ES":
        return f"US$ {_group(v, '.', ',')}"
    return f"{code} {v:,.2f}"


class EASheet(DZSheet):
    """DZSheet plus captions placed left/above/under boxes, a right-hand facts box and two text columns."""

    def capcells(self, cells: list[tuple[str, str, float, str]], cap: float = 5.8, size: float = 8.8,
                 h: float = 7.2):
        """One row of (caption, value, width, where) cells; where is 'L' (caption left of its box), 'A' (above)
        or 'B' (under the box). Returns nothing; the row takes the caption bands above and under the boxes."""
        band = cap * 0.42 + 0.8
        y0 = self.get_y()
        yb = y0 + band
        x = self.l_margin
        for k, v, cw, where in cells:
            bx, bw = x, cw - 1.5
            if where == "L":
                self.f(cap, "B")
                lw = self.get_string_width(k) + 1.8
                self.set_xy(x, yb + (h - cap * 0.42) / 2)
                self.cell(lw, cap * 0.42, k)
                bx, bw = x + lw, cw - lw - 1.5
            elif where == "A":
                self.f(cap, "B")
                self.set_xy(x, y0)
                self.cell(bw, cap * 0.42, k)
            else:
                self.f(cap, "B")
                self.set_xy(x, yb + h + 0.5)
                self.cell(bw, cap * 0.42, k)
            self.rect(bx, yb, bw, h)
            self.set_xy(bx + 1.0, yb + (h - size * 0.45) / 2)
            self.f(size)
            self.cell(bw - 1.5, size * 0.45, v)
            x += cw
        below = any(c[3] == "B" for c in cells)
        self.set_xy(self.l_margin, yb + h + (band + 2.6 if below else 1.2))

    def facts_right(self, side: list[tuple[str, str]], paras: list[str], side_w: float = 60, size: float = 9.6,
                    title: str | None = None, gap: float = 5):
        """The letter's paragraphs in a left column, a ruled box of caption/value facts at the right."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        bottom = self.sidebar(side, x0 + W - side_w, y0, side_w, title=title, size=8.2)
        self.set_xy(x0, y0)
        page = self.page_no()
        for p in paras:
            self.col_para(p, W - side_w - gap if self.page_no() == page else W, size)
        self.set_xy(x0, max(self.get_y(), bottom if self.page_no() == page else 0) + 2)

    def columns(self, left: list[tuple[str, str]], right: list[tuple[str, str]], size: float = 9.0, gap: float = 7):
        """Two columns of (heading, text) blocks side by side, a thin rule between them."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        y0 = self.get_y()
        ends = []
        for x, blocks in ((self.l_margin, left), (self.l_margin + cw + gap, right)):
            self.set_xy(x, y0)
            for head, text in blocks:
                if head:
                    self.set_x(x)
                    self.f(size + 0.4, "B")
                    self.multi_cell(cw, size * 0.52, head, new_x="LEFT", new_y="NEXT")
                    self.ln(0.6)
                self.set_x(x)
                self.f(size)
                self.multi_cell(cw, size * 0.47, text, new_x="LEFT", new_y="NEXT", markdown=True)
                self.ln(1.8)
            ends.append(self.get_y())
        self.line_seg(self.l_margin + cw + gap / 2, y0, self.l_margin + cw + gap / 2, max(ends) - 1)
        self.set_xy(self.l_margin, max(ends) + 1)

    def head(self, name: str, logo: str, lines: list[str], box: str | None = None, size: float = 12.5):
        """logo_head without the overlap: the boxed document title goes at the right under the contact lines."""
        self.logo_head(name, logo, lines, size=size)
        if box:
            self.f(11, "B")
            bw = self.get_string_width(box) + 10
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 8, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def stamp(self, text: str, x: float, y: float, size: float = 11):
        """A boxed rubber-stamp word (RECEIVED, COPY) at an angle-free spot; a decoy date goes inside it."""
        self.f(size, "B")
        w = self.get_string_width(text) + 6
        self.set_xy(x, y)
        self.cell(w, size * 0.62, text, border=1, align="C")

    def idstrip(self, cells: list[tuple[str, str]], size: float = 8.6):
        """Identifiers on one line as 'Caption: value', separated by thin bars."""
        self.f(size)
        self.multi_cell(0, size * 0.5, "   |   ".join(f"{k}: {v}" for k, v in cells), new_x="LMARGIN",
                        new_y="NEXT")
        self.ln(1.5)
