"""Drawing helpers for round EC, helper famgc (Michigan's MI Health Link, an integrated Medicare-Medicaid plan run
by Integrated Care Organizations; an invented travel medical insurer paying hospitals abroad through an assistance
company).

Why: both families print a plan's own number beside numbers a reader must NOT take for it (a Medicare number, a
Medicaid number, a passport, a hospital account), so they need an identifier panel whose rows say what each number
is for; a letterhead with the issuer's name over a double rule and its contact lines at the right; a currency
block (billed in / amount / rate / US dollars); a parties box where the provider sits beside a transport company,
a billing company, a care coordinator or a reviewer; and a cover letter head for an advocate's office or a
hospital's international patient office that forwards a notice. Dates and money are printed the ways mail prints
them: 03/04/26 - 03/09/26, "from March 4 through March 9, 2026", "9-13 Mar 2026", "Wed 03/04/26", 08.03.2026,
1,234.50-, (1,234.50), USD 1,234.50, EUR 1.234,50, US$ 1.234,50. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundea_famef import cur  # noqa: F401  (re-exported: money as each country prints it)
from kit_roundeb_famff import EBSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Arletta", "Bram", "Clementine", "Dorrance", "Edda", "Fletcher", "Greer", "Hartley", "Isolde", "Jasper",
         "Kerensa", "Leopold", "Minerva", "Nestor", "Oriana", "Palmer", "Rhoda", "Silas", "Tamsin", "Urban",
         "Vesna", "Warrick", "Yvette", "Zeb", "Auden", "Blythe", "Corwin", "Delphine", "Ezra", "Fenella"]
LAST = ["Ackerly", "Brightman", "Cullinane", "Dobrowski", "Elsworth", "Fairclough", "Gorecki", "Hollister",
        "Ingersoll", "Jablonski", "Kettering", "Lachance", "Marchetti", "Nyberg", "Oldroyd", "Pashley", "Radcliffe",
        "Szymanski", "Thorvaldsen", "Upchurch", "Vandermolen", "Wojcik", "Youngblood", "Zuidema", "Baranek",
        "Crowfoot"]
FIRST_ES = ["Anacleto", "Belén", "Cipriano", "Dorotea", "Eulalio", "Felícitas", "Genaro", "Hortensia", "Isidro",
            "Jacinta", "Leandro", "Marisela"]
LAST_ES = ["Abundis", "Bocanegra", "Carbajal", "Dávila", "Echeverría", "Figueroa", "Gallardo", "Hinojosa",
           "Izquierdo", "Jaramillo", "Lozoya", "Mireles"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
CONFUSE = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z"}


def people(rng: random.Random, n: int, es: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth)."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def lastfirst(name: str) -> str:
    """'LAST, FIRST M' as remittance listings print a patient."""
    parts = name.split()
    return f"{parts[-1].upper()}, {parts[0].upper()} {parts[1].rstrip('.')}"


def confusable(rng: random.Random, n: int, letters: int = 2) -> str:
    """n characters of digits with `letters` of them swapped for the letter OCR reads as that digit (O, I, S, B, Z)."""
    s = list(digits(rng, n))
    for i in rng.sample(range(1, n), letters):
        s[i] = rng.choice("OISBZ")
    return "".join(s)


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def phone(rng: random.Random, area: str = "269") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def dash_span(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/09/26"""
    return f"{yy(a)} - {yy(b)}"


def through(a: dt.date, b: dt.date) -> str:
    """from March 4 through March 9, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def dm_span(a: dt.date, b: dt.date) -> str:
    """9-13 Mar 2026 (same month) or 28 Feb-3 Mar 2026."""
    if a.month == b.month:
        return f"{a.day}-{b.day} {b.strftime('%b %Y')}"
    return f"{a.strftime('%-d %b')}-{b.strftime('%-d %b %Y')}"


def wd(d: dt.date) -> str:
    """Wed 03/04/26"""
    return f"{d.strftime('%a')} {yy(d)}"


def wlong(d: dt.date) -> str:
    """Sunday, March 22, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def uk(d: dt.date, weekday: bool = False) -> str:
    """12 June 2026 / Friday 12 June 2026"""
    return d.strftime("%A %-d %B %Y" if weekday else "%-d %B %Y")


def dotted(d: dt.date) -> str:
    """08.03.2026 (day first, as Germany prints it)"""
    return d.strftime("%d.%m.%Y")


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]} {s}" if weekday else s


def n2(v: float) -> str:
    return f"{v:,.2f}"


def trail(v: float) -> str:
    """412.60- (a refused or taken-back amount as remittances print it)"""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def usd(v: float, front: bool = True) -> str:
    return f"USD {v:,.2f}" if front else f"{v:,.2f} USD"


def es_money(v: float) -> str:
    """US$ 1.234,50"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


class ECSheet(EBSheet):
    """EBSheet plus a double-rule letterhead, an identifier panel, a currency block and cover-letter heads."""

    def rule_head(self, name: str, sub: str, contact: list[str], size: float = 15, tag: str | None = None):
        """The issuer's name at the left over a double rule, its unit under it, contact lines flush right."""
        y = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.f(7.4)
        room = W - max(self.get_string_width(ln) for ln in contact) - 5
        self.f(size, "B")
        while self.get_string_width(name) > room and size > 10:   # the name never runs under the contact lines
            size -= 0.5
            self.f(size, "B")
        self.set_xy(self.l_margin, y)
        self.cell(0, size * 0.5, name)
        self.set_xy(self.l_margin, y + size * 0.5 + 0.8)
        self.f(8.6)
        self.cell(0, 4, sub)
        self.f(7.4)
        yy_ = y
        for ln in contact:
            self.set_xy(self.l_margin + W * 0.55, yy_)
            self.cell(W * 0.45, 3.5, ln, align="R")
            yy_ += 3.5
        ybot = max(y + size * 0.5 + 5.5, yy_ + 0.8)
        self.line_seg(self.l_margin, ybot, self.w - self.r_margin, ybot)
        self.line_seg(self.l_margin, ybot + 0.9, self.w - self.r_margin, ybot + 0.9)
        self.set_xy(self.l_margin, ybot + 2.5)
        if tag:
            self.f(7.2, "B")
            self.cell(0, 3.6, tag, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

    def id_panel(self, rows: list[tuple[str, str, str]], title: str = "Your numbers", w: float | None = None,
                 size: float = 8.8, x: float | None = None):
        """A ruled panel: caption | number | what the number is for (the last column in small italics-free type)."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        self.set_x(x0)
        self.f(7.4, "B")
        self.cell(W, 4.6, " " + title.upper(), border=1, new_x="LMARGIN", new_y="NEXT")
        for cap, val, note in rows:
            self.set_x(x0)
            self.f(7.6, "B")
            self.cell(W * 0.27, 5.6, " " + cap, border="LB")
            self.f(size)
            self.cell(W * 0.28, 5.6, val, border="B")
            self.f(6.9)
            self.cell(W * 0.45, 5.6, note, border="RB", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def fx_block(self, rows: list[tuple[str, str, str, str]], heads=("Billed in", "Amount", "Rate used", "US dollars"),
                 size: float = 8.6, w: float = 120):
        """The currency block of a foreign bill: each row (currency, amount as the country prints it, rate, USD)."""
        cw = [w * 0.22, w * 0.30, w * 0.22, w * 0.26]
        self.f(7.2, "B")
        for h, c in zip(heads, cw):
            self.cell(c, 5, h, border=1, align="C")
        self.ln(5)
        self.f(size)
        for r in rows:
            for v, c, a in zip(r, cw, "LRRR"):
                self.cell(c, 5.4, v + " ", border=1, align=a)
            self.ln(5.4)
        self.ln(2)

    def office_head(self, name: str, sub: str, addr: str, small: str = "", size: float = 13.5):
        """A centred office letterhead (legal aid office, hospital international patient office) with a thin rule."""
        if small:
            self.f(7.6)
            self.cell(0, 3.6, small, align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(size, "B")
        self.cell(0, size * 0.52, name, align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(9)
        self.cell(0, 4.6, sub, align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(7.6)
        self.cell(0, 3.8, addr, align="C", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.5
        self.line_seg(self.l_margin + 20, y, self.w - self.r_margin - 20, y)
        self.set_xy(self.l_margin, y + 4)

    def enclosures(self, items: list[str], size: float = 8.6):
        self.f(size, "B")
        self.cell(0, 4.4, "Enclosed:", new_x="LMARGIN", new_y="NEXT")
        self.f(size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.cell(0, 4.2, "- " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def steps(self, items: list[tuple[str, str]], size: float = 8.8, num_w: float = 7):
        """Numbered steps: a bold number in a small box, a bold lead-in, then the text."""
        W = self.w - self.l_margin - self.r_margin
        for i, (lead, text) in enumerate(items, 1):
            y = self.get_y()
            self.f(size, "B")
            self.set_xy(self.l_margin, y)
            self.cell(num_w - 2, size * 0.5, str(i), border=1, align="C")
            self.set_xy(self.l_margin + num_w, y)
            self.f(size)
            self.multi_cell(W - num_w, size * 0.47, f"**{lead}** {text}", markdown=True, new_x="LMARGIN",
                            new_y="NEXT")
            self.ln(1.2)
        self.ln(1)
