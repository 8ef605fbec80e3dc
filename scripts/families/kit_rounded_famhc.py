"""Drawing helpers for round ED, helper famhc (New Jersey's Senior Gold Prescription Discount Program paying after an
invented Medicare Part D plan; an invented employer's centers-of-excellence transplant program run by an invented
transplant network company).

Why: both families print a program's own identifier beside other people's numbers (a Medicare number, a Part D
plan's member number, a hospital account, an employee number) and money that passed through two payers, so they need
a few layouts the older kits do not have: caption tabs printed white on black at the left of a value, a system
printout header of KEY=value pairs in the monospace face, a dashed "detach and keep" stub, a note box with a heavy
top edge, and a two-payer line listing whose money columns keep reductions in parentheses or with a trailing minus.
Dates come in the shapes real mail uses ("04/02/26", "Thu 4/9", "14-APR-2026", "from April 27 through May 3",
"9-13 Mar 2026", "Mon 05/11/26", ISO) and money as "USD 1,234.50", "1,234.50-", "(212.40)", "$***1,234.50",
"MXN 186,400.00" and "US$ 1.234,50". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundec_famgf import ECSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Adelaide", "Bartholomew", "Clementine", "Desmond", "Euphemia", "Florian", "Gertrude", "Hollis",
         "Isadora", "Jerome", "Katharine", "Leopold", "Marguerite", "Nathaniel", "Octavia", "Prudence", "Roderick",
         "Sylvester", "Theodora", "Virgil", "Winifred", "Ambrose", "Beatrix", "Cornelius", "Delphine", "Ezekiel"]
LAST = ["Abernathy-Cole", "Brightwater", "Castellano", "Delacourt", "Esterhazy", "Fennimore", "Galloway",
        "Hartigan", "Ingersoll", "Jablonski", "Kavanagh", "Lockridge", "Marchetti", "Nussbaum", "Okafor",
        "Pendergast", "Quackenbush", "Rosenthal", "Scarborough", "Tolliver", "Vandermeer", "Weatherby",
        "Yablonsky", "Zimmerly", "Ambrosino", "Bellweather"]
FIRST_ES = ["Anselmo", "Brígida", "Crisanto", "Dorotea", "Evaristo", "Filomena", "Gumersindo", "Hortensia",
            "Isidro", "Jacinta", "Macario", "Natividad"]
LAST_ES = ["Alcántara", "Bocanegra", "Cervantes", "Dávila", "Escamilla", "Garza", "Iturbide", "Leal",
           "Montemayor", "Ornelas", "Treviño", "Villarreal"]
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


def same_family(person: str, relative: str) -> str:
    """person's first name and initial with relative's last name (a spouse or child)."""
    p = person.split()
    return f"{p[0]} {p[1]} {relative.split()[-1]}"


def phone(rng: random.Random, area: str = "609") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def toll(rng: random.Random) -> str:
    return f"1-800-555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1936, hi: int = 1960) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def nj_address(rng: random.Random) -> list[str]:
    """An invented street address in a New Jersey town."""
    town, z = rng.choice([("Vineland", "08360"), ("Toms River", "08753"), ("Hackettstown", "07840"),
                          ("Bridgeton", "08302"), ("Flemington", "08822"), ("Somers Point", "08244"),
                          ("Phillipsburg", "08865"), ("Hammonton", "08037"), ("Manahawkin", "08050"),
                          ("Woodbury", "08096")])
    street = rng.choice(["Cranberry Bog Rd", "N Delsea Dr", "Shore Rd Apt 3C", "Schooley's Mountain Rd",
                         "Blueberry Ln", "E Landis Ave", "Old Turnpike Rd", "Maple Shade Ct", "Tuckahoe Rd Unit 12"])
    return [f"{rng.randint(11, 2899)} {street}", f"{town}, NJ {z}"]


def us_address(rng: random.Random) -> list[str]:
    """An invented street address near an aircraft plant (the employer's sites)."""
    town, st, z = rng.choice([("Wichita", "KS", "67209"), ("Everett", "WA", "98204"), ("Mobile", "AL", "36615"),
                              ("Tulsa", "OK", "74115"), ("Marietta", "GA", "30060"), ("Greenville", "SC", "29605"),
                              ("Moses Lake", "WA", "98837"), ("Derby", "KS", "67037")])
    street = rng.choice(["Rolling Hills Dr", "S Rock Rd", "Tailwind Ct", "Hangar Row Apt 7", "E Pawnee St",
                         "Windsock Ln", "Old Airport Rd", "Kittyhawk Pl"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """04/02/26"""
    return d.strftime("%m/%d/%y")


def upper_dmy(d: dt.date) -> str:
    """14-APR-2026"""
    return d.strftime("%d-%b-%Y").upper()


def ddd(d: dt.date) -> str:
    """Thu 4/9"""
    return f"{d.strftime('%a')} {d.month}/{d.day}"


def ddd_yy(d: dt.date) -> str:
    """Mon 05/11/26"""
    return f"{d.strftime('%a')} {d.strftime('%m/%d/%y')}"


def wlong(d: dt.date) -> str:
    """Thursday, April 9, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def span_words(a: dt.date, b: dt.date) -> str:
    """from April 27 through May 3, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def span_dmy(a: dt.date, b: dt.date) -> str:
    """9-13 Mar 2026 (or 28 Apr-3 May 2026 across a month)"""
    if a.month == b.month:
        return f"{a.day}-{b.day} {a.strftime('%b %Y')}"
    return f"{a.day} {a.strftime('%b')}-{b.day} {b.strftime('%b %Y')}"


def span_yy(a: dt.date, b: dt.date, sep: str = " - ") -> str:
    """05/22/26 - 05/28/26"""
    return f"{yy(a)}{sep}{yy(b)}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def es_span(a: dt.date, b: dt.date) -> str:
    """del 9 al 13 de marzo de 2026"""
    if a.month == b.month:
        return f"del {a.day} al {b.day} de {MONTHS_ES[a.month - 1]} de {a.year}"
    return f"del {a.day} de {MONTHS_ES[a.month - 1]} al {es_date(b)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"USD {v:,.2f}"


def trail(v: float) -> str:
    """1,240.00- (an adjustment as a remittance prints it)"""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def stars(v: float, width: int = 12) -> str:
    """$***1,234.50 (check protection)"""
    s = f"{v:,.2f}"
    return "$" + "*" * max(2, width - len(s)) + s


def es_money(v: float) -> str:
    """US$ 1.234,50"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


def mxn(v: float) -> str:
    """MXN 186,400.00"""
    return f"MXN {v:,.2f}"


# --- identifiers ------------------------------------------------------------------------------------------------
def with_odd(s: str, odd: str | None, rng: random.Random, lo: int = 1, hi: int | None = None) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B, Z) among the digits of s."""
    if not odd:
        return s
    pos = [i for i, c in enumerate(s) if c.isdigit() and i >= lo and (hi is None or i <= hi)]
    i = rng.choice(pos)
    return s[:i] + odd + s[i + 1:]


def grouped(s: str, n: int = 3, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


class EDSheet(ECSheet):
    """ECSheet plus white-on-black caption tabs, a KEY=value printout header, a dashed keep-stub and a note box."""

    def tabs(self, rows: list[tuple[str, str]], tab_w: float = 30, size: float = 9.2, cap: float = 6.6,
             w: float | None = None, x: float | None = None, h: float = 5.6):
        """Each row: the caption white on a black tab at the left, the value after it on a thin underline."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        for k, v in rows:
            y = self.get_y()
            self.set_fill_color(30, 30, 30)
            self.set_text_color(255, 255, 255)
            self.set_xy(x0, y)
            self.f(cap, "B")
            self.cell(tab_w, h - 0.6, " " + k, fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0 + tab_w + 2, y)
            self.f(size, "B")
            self.cell(W - tab_w - 2, h - 0.6, v)
            self.line_seg(x0 + tab_w + 1, y + h - 0.5, x0 + W, y + h - 0.5)
            self.set_xy(x0, y + h + 0.8)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def keyline(self, pairs: list[tuple[str, str]], size: float = 7.8, per_line: int = 3):
        """A claims system's printout header: KEY=value groups in the monospace face, a few to a line."""
        for i in range(0, len(pairs), per_line):
            chunk = pairs[i:i + per_line]
            self.set_font("Mono", "", size)
            self.cell(0, size * 0.5, "   ".join(f"{k}={v}" for k, v in chunk), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def cut(self, text: str = "detach and keep this part", size: float = 7.0):
        """A dashed cut line across the page with a small note in its middle."""
        y = self.get_y() + 2
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 2.2, self.l_margin + W), y)
            x += 3.6
        self.f(size)
        tw = self.get_string_width(text) + 4
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + (W - tw) / 2, y - size * 0.25)
        self.cell(tw, size * 0.5, text, align="C", fill=True)
        self.set_xy(self.l_margin, y + 3)

    def notebox(self, title: str, text: str, size: float = 9.0):
        """A framed note with a heavy top edge: the title in bold, the text under it."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 3, y0 + 2.2)
        self.f(size + 0.3, "B")
        self.cell(W - 6, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin + 3, self.get_y() + 0.8)
        self.f(size)
        self.multi_cell(W - 6, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 1.5
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_fill_color(0, 0, 0)
        self.rect(self.l_margin, y0, W, 1.3, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y1 + 3)
