"""Drawing helpers for round EF, helper famjb (a state vocational rehabilitation agency's papers on medical services
for a participant's employment plan; a direct primary care membership paired with an invented wrap-around
catastrophic plan).

Why: both families print a person's number beside numbers that are not theirs (a counselor's phone, fax and TTY, a
vendor number, a membership number, a document control number on a scanned image), and both put the decision where
a reader has to look for it (a ticked box, a table at the foot of page 2). The older kits lack a few shapes this
mail has: captions set in small capitals in the left margin with the value flush right inside a ruled box, a
running line that repeats name and ID on every page including the first, a horizontal row of decision boxes of
which one is ticked, an OCR scan line of digits at the foot of a statement, and a table pushed down to the bottom of
a page. Date and money shapes added here: "03.04.26", "3/4" inside "from 3/4 through 3/9/2026", "week of",
negative amounts as "(123.45)", "123.45-" and "123.45 CR". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundee_famib import EESheet
from public_kit import MONTHS_ES, digits

FIRST = ["Loretta", "Barrett", "Ilene", "Custer", "Marlys", "Delbert", "Vonda", "Harlan", "Twyla", "Merle",
         "Darlene", "Elwood", "Roxanna", "Lyndon", "Glenda", "Orville", "Kathlyn", "Royce", "Shirlee", "Dwayne",
         "Neva", "Kermit", "Arlette", "Lowell", "Joleen", "Virgil", "Renata", "Morton"]
LAST = ["Brandvold", "Eickhoff", "Hagedorn", "Kuehl", "Lindahl", "Mertz", "Nordquist", "Ostrom", "Pfannenstiel",
        "Reifsnyder", "Schmeling", "Tjaden", "Unruh", "Vogelsang", "Wedel", "Yoder-Plank", "Zerbe", "Augustyn",
        "Bruning", "Dreiling", "Flaherty-Kolb", "Gottsch", "Hilgenfeld", "Janzen", "Kroeker", "Lauer"]
FIRST_ES = ["Aurelia", "Baudelio", "Cipriana", "Desiderio", "Evangelina", "Fortino", "Gregoria", "Hilario",
            "Inocencia", "Jeremías", "Leocadia", "Maximino", "Natividad", "Onésimo", "Petronila", "Rosendo"]
LAST_ES = ["Arredondo", "Bañuelos", "Carrillo", "Duarte", "Escamilla", "Fierro", "Granados", "Holguín",
           "Ledesma", "Macías", "Navarrete", "Orozco", "Quiñones", "Rentería", "Sepúlveda", "Valdivia"]


def people(rng: random.Random, n: int, es: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def split_name(name: str) -> tuple[str, str, str]:
    parts = name.split()
    return parts[0], parts[1].rstrip("."), parts[-1]


def last_first(name: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(name)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(name: str) -> str:
    """First Last, without the middle initial (a salutation)."""
    f, _, last = split_name(name)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "785") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dashed_phone(rng: random.Random, area: str = "614") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-8{rng.choice('0578')}{rng.choice('0578')}-555-{digits(rng, 4)}"


# --- dates ------------------------------------------------------------------------------------------------------
def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def dots(d: dt.date) -> str:
    """03.04.26 (month.day.two-digit year, as a claims system prints it)"""
    return d.strftime("%m.%d.%y")


def md(d: dt.date) -> str:
    """3/4"""
    return f"{d.month}/{d.day}"


def mdy(d: dt.date) -> str:
    """3/9/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def from_through(a: dt.date, b: dt.date) -> str:
    """from 3/4 through 3/9/2026"""
    return f"from {md(a)} through {mdy(b)}"


def week_of(d: dt.date) -> str:
    """week of May 11, 2026"""
    return f"week of {long(d)}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_slash(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def paren(v: float) -> str:
    """(123.45)"""
    return f"({v:,.2f})"


def trail(v: float) -> str:
    """123.45-"""
    return f"{v:,.2f}-"


def cr(v: float) -> str:
    """123.45 CR"""
    return f"{v:,.2f} CR"


# --- identifiers ------------------------------------------------------------------------------------------------
def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


SMALL = 0.78   # small capitals: lower-case letters drawn as capitals at this share of the size


class FFSheet(EESheet):
    """EESheet plus a line repeating name and ID on every page, small-capital margin captions with the value flush
    right in a ruled box, a row of decision boxes, an OCR scan line and a table set at the foot of a page."""

    def __init__(self, *a, every_hdr: str | None = None, **k):
        super().__init__(*a, **k)
        self.every_hdr = every_hdr

    def header(self):
        super().header()
        if self.every_hdr:
            y = self.get_y()
            self.set_font(self.face, "", 7.2)
            self.set_xy(self.l_margin, 6.5)
            self.cell(self.w - self.l_margin - self.r_margin, 3.4,
                      self.every_hdr.format(n=self.page_no(), nb="{nb}"), align="L")
            self.set_xy(self.l_margin, max(y, 12))

    def smallcaps(self, text: str, x: float, y: float, size: float = 7.6, style: str = "B") -> float:
        """Draw text in small capitals (capitals full size, lower-case letters as smaller capitals); returns the
        width."""
        cx = x
        for ch in text:
            s = size if not ch.islower() else size * SMALL
            self.set_font(self.face, style, s)
            w = self.get_string_width(ch.upper())
            self.set_xy(cx, y + (size - s) * 0.3)
            self.cell(w, size * 0.42, ch.upper())
            cx += w
        return cx - x

    def margin_boxes(self, rows: list[tuple[str, str]], cap_w: float = 42, size: float = 9.6, cap: float = 8.4,
                     h: float = 7.4, box_w: float | None = None):
        """Each row: the caption in small capitals at the left margin, then a ruled box whose value sits flush right."""
        W = self.w - self.l_margin - self.r_margin
        bw = box_w or (W - cap_w)
        for k, v in rows:
            y = self.get_y()
            self.smallcaps(k, self.l_margin, y + (h - cap * 0.42) / 2, cap)
            x = self.l_margin + cap_w
            self.rect(x, y, bw, h)
            self.f(size, "B")
            self.set_xy(x + 1, y + (h - size * 0.45) / 2)
            self.cell(bw - 3, size * 0.45, v, align="R")
            self.set_xy(self.l_margin, y + h + 1.2)
        self.ln(1.5)

    def tickrow(self, title: str, options: list[tuple[bool, str]], size: float = 8.6):
        """A ruled band: a bold title, then the options side by side, each behind a box (the ticked one with an X)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.5, y0 + 1.2)
        self.f(size, "B")
        self.cell(0, size * 0.46, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.2
        x = self.l_margin + 2
        lh = size * 0.46
        cw = (W - 4) / len(options)
        bottom = y
        for on, text in options:
            self.rect(x, y + 0.3, 3.4, 3.4)
            if on:
                self.line_seg(x + 0.3, y + 0.6, x + 3.1, y + 3.4)
                self.line_seg(x + 3.1, y + 0.6, x + 0.3, y + 3.4)
            self.set_xy(x + 4.8, y)
            self.f(size, "B" if on else "")
            self.multi_cell(cw - 6.5, lh, text, new_x="LEFT", new_y="NEXT", align="L")
            bottom = max(bottom, self.get_y())
            x += cw
        self.rect(self.l_margin, y0, W, bottom - y0 + 1.6)
        self.set_xy(self.l_margin, bottom + 4)

    def scanline(self, text: str, y: float | None = None, size: float = 10.5):
        """A machine-read line of digits and chevrons across the foot of the page (no caption)."""
        if y is not None:
            self.set_y(y)
        self.set_font("Mono", "", size)
        self.cell(0, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")

    def at_foot(self, height: float, gap_from_bottom: float = 22):
        """Move down so that a block of `height` mm ends just above the footer of this page."""
        target = self.h - gap_from_bottom - height
        if self.get_y() < target:
            self.set_y(target)

    def note_box(self, title: str, text: str, size: float = 8.8, shade: int = 240):
        """A shaded box with a bold title line and a paragraph (a call-out in a letter)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size + 0.4, "B")
        lines_t = self.multi_cell(W - 4, size * 0.5, title, dry_run=True, output="LINES")
        self.f(size)
        lines_p = self.multi_cell(W - 4, size * 0.47, text, dry_run=True, output="LINES")
        h = len(lines_t) * size * 0.5 + len(lines_p) * size * 0.47 + 4
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y0, W, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size + 0.4, "B")
        self.multi_cell(W - 4, size * 0.5, title, new_x="LEFT", new_y="NEXT")
        self.f(size)
        self.multi_cell(W - 4, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, y0 + h + 3)
