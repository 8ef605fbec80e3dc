"""Drawing helpers for round EF, helper famjc (the AmeriCorps member health benefit as an invented administrator
sends its papers; an invented administrator of individual coverage health reimbursement arrangements, ICHRAs).

Why: both families send papers about a person's right to be repaid or paid in a given window more than about a
medical judgement, and they print many numbers beside the one that matters. Beyond the older kits they need: a
running line at the top of EVERY page repeating the person's name and identifier (page 1 too), captions in small
capitals hung on the left margin with the value at the right end of a ruled box, a machine scan line of digits
along the foot of a page, a contact column (phone, fax, TTY) standing next to the identifiers, a decision form
whose ticked box alone says what was decided, and date and money shapes real mail uses: "03.04.26", "week of March
2, 2026", "from 3/4 through 3/9/2026", "Mon 3/2", "1 de marzo de 2026", "123.45 CR", "(123.45)", "123.45-",
"US$ 1.234,50". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundee_famic import EESheet
from public_kit import MONTHS_ES, digits

FIRST = ["Harriet", "Osric", "Delphine", "Thaddeus", "Marguerite", "Ignatius", "Philomena", "Lucian", "Rowan",
         "Cormac", "Saoirse", "Ambrose", "Petra", "Emrys", "Clementine", "Barnabas", "Ottilie", "Fenwick", "Juniper",
         "Leopold", "Mirabel", "Caspian", "Tamsin", "Griffin", "Isolde", "Anselm"]
FEMALE = {"Harriet", "Delphine", "Marguerite", "Philomena", "Saoirse", "Petra", "Clementine", "Ottilie", "Juniper",
          "Mirabel", "Tamsin", "Isolde", "Brígida", "Dorotea", "Filomena", "Honoria", "Liboria", "Remedios"}
LAST = ["Quenneville", "Harrowby", "Stroud", "Pendleford", "Ashcombe", "Pellowe", "Tregarthen", "Culshaw", "Dunmore",
        "Yelverton", "Frogley", "Gedling", "Ibbotson", "Jaggard", "Kinnersley", "Lusby", "Mumford", "Nettleship",
        "Penhaligon", "Rudge", "Scattergood", "Tindall", "Venning", "Whitlock", "Bellairs", "Coultas", "Abberley",
        "Brimacombe", "Chalcraft", "Daintree", "Eddowes", "Fothergill", "Gaskarth", "Heslington", "Jolliman",
        "Lanyon", "Moxham", "Nankivell", "Oldroyd", "Pargeter", "Rosewarne", "Spurling", "Treloar", "Wadsworth"]
FIRST_ES = ["Anacleto", "Brígida", "Crisanto", "Dorotea", "Evaristo", "Filomena", "Gumersindo", "Honoria",
            "Liboria", "Nicasio", "Remedios", "Teodulo"]
LAST_ES = ["Alvarado", "Bermúdez", "Cintrón", "Delgado", "Escobar", "Feliciano", "Grajales", "Huertas", "Laboy",
           "Marrero", "Quiñones", "Rosario"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, es: bool = False, sex: str | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sex has one letter per person (F, M or .)."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        want = sex[len(got)] if sex else "."
        if f in seen or last in seen or (want == "F" and f not in FEMALE) or (want == "M" and f in FEMALE):
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(person: str, family_of: str) -> str:
    """person's first name and initial with family_of's last name (a child, a spouse)."""
    p = person.split()
    return f"{p[0]} {p[1]} {family_of.split()[-1]}"


def toll(rng: random.Random, area: str = "888") -> str:
    return f"1-{area}-555-{digits(rng, 4)}"


def local(rng: random.Random, area: str = "605") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


# --- dates ------------------------------------------------------------------------------------------------------
def dots(d: dt.date) -> str:
    """03.04.26 (month.day.two-digit year, as some claim systems print it)"""
    return d.strftime("%m.%d.%y")


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def md(d: dt.date) -> str:
    """3/4 (no year)"""
    return f"{d.month}/{d.day}"


def mdy(d: dt.date) -> str:
    """3/4/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def abbr(d: dt.date) -> str:
    return d.strftime("%b %-d, %Y")


def week_of(d: dt.date) -> str:
    """week of March 2, 2026 (d is the Monday)"""
    return f"week of {long(d)}"


def from_through(a: dt.date, b: dt.date) -> str:
    """from 3/4 through 3/9/2026"""
    return f"from {md(a)} through {mdy(b)}"


def wd_md(d: dt.date) -> str:
    """Mon 3/2"""
    return f"{d.strftime('%a')} {md(d)}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def es_slash(d: dt.date) -> str:
    """09/04/2026 (day first)"""
    return d.strftime("%d/%m/%Y")


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def workday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def cr(v: float) -> str:
    """123.45 CR (a credit, as a ledger prints it)"""
    return f"{v:,.2f} CR"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def trail(v: float) -> str:
    return f"{v:,.2f}-"


def es_usd(v: float) -> str:
    """US$ 1.234,50 (dot for thousands, comma for cents)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


# --- identifiers ------------------------------------------------------------------------------------------------
def scan_digits(rng: random.Random, parts: list[int]) -> str:
    """Groups of digits as a remittance scan line prints them."""
    return "  ".join(digits(rng, n) for n in parts)


class EFSheet(EESheet):
    """The round EE sheet plus a top line on every page, small-capital captions hung on the left margin with the
    value at the right of a ruled box, a scan line at the foot of a page, a contact column beside the identifiers and
    a decision form with boxes."""

    def __init__(self, *a, top: str | None = None, scan: str | None = None, **k):
        super().__init__(*a, **k)
        self.top = top
        self.scan = scan

    def header(self):
        super().header()
        if self.top:
            y = self.get_y()
            self.set_font(self.face, "", 7.4)
            self.set_xy(self.l_margin, 5.2)
            self.cell(self.w - self.l_margin - self.r_margin, 3.4, self.top.format(n=self.page_no(), nb="{nb}"),
                      align="R")
            self.line_seg(self.l_margin, 9.2, self.w - self.r_margin, 9.2)
            self.set_xy(self.l_margin, max(y, 12.5))

    def footer(self):
        super().footer()
        if self.scan:
            self.set_font("Mono", "", 9.5)
            self.set_xy(self.l_margin, self.h - 20.5)
            self.cell(self.w - self.l_margin - self.r_margin, 4.4, self.scan, align="C")

    def smallcaps(self, text: str, x: float, y: float, size: float = 8.6, style: str = "B") -> float:
        """text in small capitals at (x, y): the first letter of each word full size, the rest smaller; returns the
        width used."""
        x0 = x
        for wi, word in enumerate(text.split(" ")):
            if wi:
                self.f(size * 0.76, style)
                x += self.get_string_width(" ")
            for ci, ch in enumerate(word):
                big = ci == 0 or not ch.isalpha()
                s = size if big else size * 0.76
                self.f(s, style)
                w = self.get_string_width(ch.upper())
                self.set_xy(x, y + (0 if big else size * 0.3 * 0.3528 * 0.24))  # baselines aligned
                self.cell(w, size * 0.42, ch.upper())
                x += w
        return x - x0

    def sc_boxes(self, rows: list[tuple[str, str]], cap_w: float = 44, size: float = 9.6, h: float = 7.0,
                 cap: float = 8.0, box_x: float | None = None):
        """Each row: a caption in small capitals on the left margin, then a ruled box running to the right margin
        with the value set against the box's right edge."""
        W = self.w - self.l_margin - self.r_margin
        bx = self.l_margin + cap_w if box_x is None else box_x
        for k, v in rows:
            y = self.get_y()
            self.smallcaps(k, self.l_margin, y + (h - cap * 0.42) / 2, size=cap)
            self.rect(bx, y, self.l_margin + W - bx, h)
            self.f(size, "B")
            self.set_xy(bx + 1, y + (h - size * 0.45) / 2)
            self.cell(self.l_margin + W - bx - 3, size * 0.45, v, align="R")
            self.set_xy(self.l_margin, y + h + 1.2)
        self.ln(2)

    def word_head(self, name: str, sub: str, right: list[str], size: float = 15, rule2: bool = True):
        """A wordmark letterhead: the name large in the serif face, a small line under it, the contact lines set
        right on the same band, a double rule under all of it."""
        y = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.set_font("Serif", "B", size)
        self.set_xy(self.l_margin, y)
        self.cell(W * 0.62, size * 0.5, name)
        self.set_xy(self.l_margin, y + size * 0.5 + 1)
        self.f(7.6)
        self.multi_cell(W * 0.6, 3.4, sub, new_x="LMARGIN", new_y="NEXT")
        yl = self.get_y()
        self.f(7.4)
        yy = y
        for ln in right:
            self.set_xy(self.l_margin + W * 0.62, yy)
            self.cell(W * 0.38, 3.5, ln, align="R")
            yy += 3.5
        yb = max(yl, yy) + 1.5
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_line_width(0.2)
        if rule2:
            self.line_seg(self.l_margin, yb + 1.0, self.l_margin + W, yb + 1.0)
        self.set_xy(self.l_margin, yb + 4)

    def contact_col(self, ids: list[tuple[str, str]], contacts: list[tuple[str, str]], id_w: float = 100,
                    size: float = 9.0):
        """Identifiers at the left (caption: value), a column of phone / fax / TTY lines right beside them on the
        same band, a thin rule between the two."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        for k, v in ids:
            self.set_x(self.l_margin)
            self.f(size - 0.6)
            self.cell(36, size * 0.55, k)
            self.f(size, "B")
            self.cell(id_w - 36, size * 0.55, v, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        x = self.l_margin + id_w + 4
        self.line_seg(x - 2, y0, x - 2, max(y1, y0 + len(contacts) * size * 0.55))
        yy = y0
        for k, v in contacts:
            self.set_xy(x, yy)
            self.f(size - 0.8)
            self.cell(16, size * 0.55, k)
            self.f(size - 0.4)
            self.cell(W - id_w - 20, size * 0.55, v)
            yy += size * 0.55
        self.set_xy(self.l_margin, max(y1, yy) + 3)

    def decision_form(self, title: str, options: list[tuple[bool, str]], size: float = 9.4, cols: int = 3):
        """A row of large boxes across the page, one per possible decision; the one decided is ticked with a heavy
        X, the others left empty. The title sits in a shaded band above."""
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(222, 222, 222)
        self.f(8.2, "B")
        self.cell(W, 5.4, " " + title.upper(), fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        self.set_fill_color(255, 255, 255)
        cw = W / cols
        y = self.get_y()
        rows = (len(options) + cols - 1) // cols
        h = 9.5
        for i, (on, text) in enumerate(options):
            x = self.l_margin + (i % cols) * cw
            yy = y + (i // cols) * h
            self.rect(x, yy, cw, h)
            s = 4.6
            self.set_line_width(0.35)
            self.rect(x + 2.2, yy + (h - s) / 2, s, s)
            if on:
                self.set_line_width(0.8)
                self.line_seg(x + 2.5, yy + (h - s) / 2 + 0.3, x + 2.2 + s - 0.3, yy + (h + s) / 2 - 0.3)
                self.line_seg(x + 2.2 + s - 0.3, yy + (h - s) / 2 + 0.3, x + 2.5, yy + (h + s) / 2 - 0.3)
            self.set_line_width(0.2)
            self.set_xy(x + 8.6, yy + 1.0)
            self.f(size)
            self.multi_cell(cw - 10, size * 0.45, text, new_x="RIGHT", new_y="TOP")
        self.set_xy(self.l_margin, y + rows * h + 3)

    def form_fields(self, rows: list[list[tuple[str, str, float]]], cap: float = 6.0, size: float = 9.4,
                    h: float = 10.0):
        """Rows of numbered form cells: a small caption at the top-left of each ruled cell, the typed value under."""
        n = 0
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            for k, v, w in row:
                n += 1
                self.rect(x, y, w, h)
                self.set_xy(x + 0.8, y + 0.6)
                self.f(cap, "B")
                self.cell(w - 1.6, cap * 0.42, f"{n}. {k}")
                self.set_xy(x + 1.4, y + cap * 0.42 + 1.8)
                self.set_font("Mono", "", size)
                self.cell(w - 2.4, size * 0.45, v)
                x += w
            self.set_xy(self.l_margin, y + h)
        self.ln(3)
