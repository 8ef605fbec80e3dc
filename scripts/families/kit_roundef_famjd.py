"""Drawing helpers for round EF, helper famjd (a state high-risk health insurance pool's papers with an invented pool
and administrator; an invented Medicare Advantage medical savings account (MSA) plan).

Why: both families print the member's number beside many other numbers (a phone call's reference, a certified-mail
tracking number, a bank account, a Medicare number) and a refusal beside lines that were paid or only counted, so
they need a few layouts the older kits do not have: captions in small capitals hung on the left margin with the value
at the right end of a ruled box, a running line at the very top of every page (page 1 too) repeating name and number,
a line of scan digits at the foot of a page, a table set at the bottom of a page, a rubber "mailed" stamp whose date
is not the notice date, and the date and money shapes real mail uses: "03.04.26", "the week of March 2, 2026",
"from 3/4 through 3/9/2026", "Adm 03/02/26  Dis 03/06/26", "1,234.50 CR", "(1,234.50)", "1,234.50-",
"$1,234.50 USD". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundee_famif import EESheet
from public_kit import MONTHS_ES, digits

FIRST = ["Arletta", "Burdette", "Clarabelle", "Delmer", "Eula", "Ferris", "Gladys", "Hubert", "Idella", "Jerold",
         "Kathleen", "Loyal", "Maxine", "Norbert", "Opal", "Percival", "Roxanne", "Sherwin", "Thelma", "Urban",
         "Verna", "Wilbert", "Yvette", "Alvin", "Bonita", "Cletus", "Dorene", "Elwood"]
LAST = ["Amundsen", "Bergquist", "Christofferson", "Dahlberg", "Engebretson", "Fjelstad", "Grinager", "Halvorsen",
        "Isaksen", "Jorgensen", "Kvamme", "Lindahl", "Mjelde", "Nygaard", "Ostby", "Pladson", "Rasmusson",
        "Sandvik", "Thorsgaard", "Ulvestad", "Vatne", "Westby", "Aasheim", "Brekke"]
FIRST_ES = ["Abigail", "Baudilio", "Consuelo", "Demetrio", "Eloísa", "Fermín", "Graciela", "Horacio", "Ismael",
            "Jesusa", "Leandro", "Maclovia"]
LAST_ES = ["Arellano", "Barraza", "Cisneros", "Delgadillo", "Escobedo", "Fuentes", "Gallegos", "Hinojosa",
           "Izaguirre", "Jaramillo", "Lozoya", "Maldonado"]


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


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    parts = full.split()
    return f"{' '.join(parts[2:]).upper()}, {parts[0].upper()} {parts[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "402") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-{rng.choice(['833', '844', '866', '877'])}-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# --- dates ------------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def dotted(d: dt.date) -> str:
    """03.04.26 (month first, as US claim systems print it)"""
    return d.strftime("%m.%d.%y")


def md(d: dt.date) -> str:
    """3/4 (no year)"""
    return f"{d.month}/{d.day}"


def mdy(d: dt.date) -> str:
    """3/4/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def thru_short(a: dt.date, b: dt.date) -> str:
    """from 3/4 through 3/9/2026"""
    return f"from {md(a)} through {mdy(b)}"


def week_of(d: dt.date) -> str:
    """the week of March 2, 2026"""
    return f"the week of {d.strftime('%B %-d, %Y')}"


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def wlong(d: dt.date) -> str:
    """Thursday, April 23, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def abbr(d: dt.date) -> str:
    """Apr 23, 2026"""
    return d.strftime("%b %-d, %Y")


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_abbr(d: dt.date) -> str:
    """07-may-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def es_nopad(d: dt.date) -> str:
    """7/5/2026 (day first, no zeros)"""
    return f"{d.day}/{d.month}/{d.year}"


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_after(v: float) -> str:
    """$1,234.50 USD"""
    return f"${v:,.2f} USD"


def cr(v: float) -> str:
    return f"{v:,.2f} CR" if v else "0.00"


def paren(v: float) -> str:
    return f"({v:,.2f})" if v else "0.00"


def trail(v: float) -> str:
    return f"{v:,.2f}-" if v else "0.00"


def usd_es(v: float) -> str:
    """US$ 1,234.50"""
    return f"US$ {v:,.2f}"


def cents(rng: random.Random) -> float:
    return rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100])


# --- identifiers ------------------------------------------------------------------------------------------------
def grouped(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """'CH40218837' with sizes (2, 4, 4) -> 'CH 4021 8837'"""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


class EFSheet(EESheet):
    """EESheet plus small-capital captions on the left margin, a running line on every page, scan digits, a table set
    at the bottom of a page and a 'mailed' stamp."""

    def __init__(self, *a, every: str | None = None, **k):
        super().__init__(*a, **k)
        self.every = every

    def header(self):
        super().header()
        if self.every:
            y = self.get_y()
            self.set_font(self.face, "", 7.2)
            self.set_xy(self.l_margin, 5.5)
            self.cell(self.w - self.l_margin - self.r_margin, 3.4, self.every.format(n=self.page_no(), nb="{nb}"),
                      align="R")
            self.set_xy(self.l_margin, max(y, 11))

    def smallcaps(self, text: str, x: float, y: float, size: float = 7.6):
        """Text in small capitals: each word's first letter full size, the rest of it smaller."""
        self.set_xy(x, y)
        for i, word in enumerate(text.split(" ")):
            if i:
                self.f(size * 0.78, "B")
                self.cell(self.get_string_width(" "), size * 0.45, " ")
            if not word:
                continue
            if word.isupper():                             # an abbreviation (ID, DCN) stays in full capitals
                self.f(size, "B")
                self.cell(self.get_string_width(word), size * 0.45, word)
                continue
            self.f(size, "B")
            self.cell(self.get_string_width(word[0].upper()), size * 0.45, word[0].upper())
            if len(word) > 1:
                self.f(size * 0.78, "B")
                rest = word[1:].upper()
                self.cell(self.get_string_width(rest), size * 0.45, rest)

    def margin_boxes(self, rows: list[tuple[str, str]], cap_w: float = 44, box_w: float | None = None,
                     size: float = 9.4, h: float = 6.6, gap: float = 1.4):
        """Each row: the caption in small capitals at the left margin, a ruled box after it and the value set at the
        right end of the box."""
        W = self.w - self.l_margin - self.r_margin
        bw = box_w or (W - cap_w)
        for k, v in rows:
            y = self.get_y()
            self.smallcaps(k, self.l_margin, y + (h - 7.6 * 0.45) / 2)
            x = self.l_margin + cap_w
            self.rect(x, y, bw, h)
            self.f(size, "B")
            self.set_xy(x + 1, y + (h - size * 0.45) / 2)
            self.cell(bw - 2.5, size * 0.45, v, align="R")
            self.set_xy(self.l_margin, y + h + gap)
        self.ln(2)

    def scan_digits(self, text: str, y: float | None = None, size: float = 9.5):
        """A line of scan digits in the monospace face (the kind a mail sorter or a return stub carries)."""
        if y is not None:
            self.set_y(y)
        self.set_font("Mono", "", size)
        self.cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")

    def table_at_bottom(self, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                        aligns: list[str] | None = None, size: float = 8.4, row_h: float = 5.6, bottom: float = 24):
        """A ruled table whose last row sits just above the page's foot (the facts of a letter set at the bottom of
        its page), a bold title over it."""
        aligns = aligns or ["L"] * len(widths)
        total = 6 + 7 + row_h * len(rows)
        y = self.h - bottom - total
        if y < self.get_y() + 2:
            y = self.get_y() + 2
        self.set_xy(self.l_margin, y)
        self.f(size + 0.8, "B")
        self.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        self.f(size - 0.4, "B")
        self.set_fill_color(230, 230, 230)
        for hd, w, a in zip(head, widths, aligns):
            self.cell(w, 7, hd, border=1, align=a if a != "R" else "R", fill=True)
        self.set_fill_color(255, 255, 255)
        self.ln(7)
        for r in rows:
            self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a)
            self.ln(row_h)

    def mailed_stamp(self, text: str, x: float, y: float, size: float = 8.4):
        """A framed two-line stamp ('MAILED' over a date) as a mail room prints it."""
        self.set_draw_color(70, 70, 70)
        self.set_line_width(0.6)
        self.f(size, "B")
        lines = text.split("\n")
        w = max(self.get_string_width(t) for t in lines) + 6
        self.rect(x, y, w, len(lines) * size * 0.5 + 2.4)
        for i, t in enumerate(lines):
            self.set_xy(x, y + 1.2 + i * size * 0.5)
            self.cell(w, size * 0.5, t, align="C")
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y)
