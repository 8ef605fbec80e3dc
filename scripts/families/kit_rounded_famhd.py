"""Drawing helpers for round ED, helper famhd (California workers' compensation utilization review and Independent
Medical Review papers of an invented claims administrator; an invented university hospital's own employee health
plan with tiered networks).

Why: both families print a decision about one request or claim among many numbers and parties, so beyond the older
kits they need: a strip of network tiers with the provider's tier marked, a "requested / decided" panel where each
asked-for item has its own row with what was asked, what was decided and what is left, a copy list (cc:) of people a
letter went to, a slim routing box in the top right corner (a received stamp, an adjuster's initials), and the
shapes this mail prints numbers and money in: claim numbers with a letter that reads like a digit (SC26 0B41 7729,
CM26-0O7142), member numbers with a dependent suffix and dashes (KH-7O4-1882-02), "USD 1,234.50", "1,234.50-",
"(1,234.50)", Canadian dollars beside US dollars, "1.234,50 dólares". Dates as real mail prints them:
03/16/26 - 04/24/26, "from March 4 through March 9, 2026", "4-9 Mar 2026", "Thu 06/04/26", ISO, Spanish spans
"del 6 de abril al 15 de mayo de 2026". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

import kit_roundec_famga as GA
import kit_roundec_famgd as GD
import kit_roundec_famgf as GF
from public_kit import MONTHS_ES, digits

FIRST = ["Ardith", "Bertrand", "Calloway", "Delphia", "Emmerich", "Florentina", "Gaspard", "Hesper", "Ignatius",
         "Jessamine", "Kilian", "Lucasta", "Marcellus", "Nolwenn", "Oriel", "Prosper", "Quillan", "Rosamund",
         "Sylvester", "Tamsin", "Ulric", "Verity", "Wystan", "Yseult", "Anneliese", "Bartholomew", "Cosima",
         "Dashiell", "Eulalie", "Fabian"]
LAST = ["Ashfield", "Blakemore", "Carrodus", "Drinkwater", "Eastlake", "Fenwright", "Goodenough", "Hollingbury",
        "Ivesdale", "Jellicoe", "Kinnersley", "Loxley", "Merriweather", "Nethercott", "Oakenshaw", "Penhaligon",
        "Quarrington", "Rattray", "Stanbridge", "Trelawney", "Upcott", "Vavasour", "Wolstenholme", "Yelverton",
        "Abbotsley", "Brocklehurst", "Chettle", "Dunsford"]
FIRST_ES = ["Anacleto", "Brígida", "Celerino", "Delfina", "Eleuterio", "Filomena", "Genaro", "Hortensia", "Inocencio",
            "Jovita", "Leovigildo", "Maximina", "Nicanor", "Otilia", "Primitivo", "Rufina"]
LAST_ES = ["Arredondo", "Bañuelos", "Carrillo", "Durán", "Escamilla", "Frías", "Gallardo", "Huerta", "Izquierdo",
           "Jiménez", "Landeros", "Medrano", "Navarrete", "Orozco", "Pulido", "Solórzano"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
CONFUSE = "OISBZ"   # letters that OCR may read as 0 1 5 8 2


def people(rng: random.Random, n: int, es: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (so a decoy never matches the truth)."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def first_last(name: str) -> str:
    """'Ardith K. Loxley' -> 'Ardith Loxley' (how a salutation prints a name)."""
    p = name.split()
    return f"{p[0]} {p[-1]}"


def last_first(name: str) -> str:
    """'Ardith K. Loxley' -> 'LOXLEY, ARDITH K' (a claims system's listing)."""
    p = name.split()
    return f"{p[-1].upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "559") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pattern_id(rng: random.Random, pattern: str) -> str:
    """Fill a pattern: # a digit, @ a capital letter (no I/O), ? a letter OCR confuses with a digit (O I S B Z),
    other characters as they are."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "@":
            out.append(rng.choice("ACDEFGHJKLMNPRTUVWXY"))
        elif ch == "?":
            out.append(rng.choice(CONFUSE))
        else:
            out.append(ch)
    return "".join(out)


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    """'SC260B417729', [4, 4, 4] -> 'SC26 0B41 7729'."""
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


def npi(rng: random.Random) -> str:
    return "1" + "".join(rng.choice("0123456789") for _ in range(9))


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


# dates -----------------------------------------------------------------------------------------------------------

def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def short(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def abbr(d: dt.date) -> str:
    return d.strftime("%b %-d, %Y")


def dmy(d: dt.date) -> str:
    """16-Mar-2026"""
    return d.strftime("%d-%b-%Y")


def dayname(d: dt.date) -> str:
    """Thu 06/04/26"""
    return d.strftime("%a %m/%d/%y")


def wlong(d: dt.date) -> str:
    """Thursday, June 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def span_dash(a: dt.date, b: dt.date) -> str:
    """03/16/26 - 04/24/26"""
    return f"{short(a)} - {short(b)}"


def span_through(a: dt.date, b: dt.date) -> str:
    """from March 4 through March 9, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def span_compact(a: dt.date, b: dt.date) -> str:
    """4-9 Mar 2026, or 30 Mar-3 Apr 2026 across months."""
    if a.month == b.month:
        return f"{a.day}-{b.day} {a.strftime('%b %Y')}"
    return f"{a.strftime('%-d %b')}-{b.strftime('%-d %b %Y')}"


def iso_span(a: dt.date, b: dt.date) -> str:
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]} {s}" if weekday else s


def es_span(a: dt.date, b: dt.date, weekday: bool = False) -> str:
    """del lunes 6 de abril al viernes 15 de mayo de 2026"""
    wa = f"{DAYS_ES[a.weekday()]} " if weekday else ""
    wb = f"{DAYS_ES[b.weekday()]} " if weekday else ""
    left = f"{a.day} de {MONTHS_ES[a.month - 1]}" + ("" if a.year == b.year else f" de {a.year}")
    return f"del {wa}{left} al {wb}{es_date(b)}"


# money ------------------------------------------------------------------------------------------------------------

def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def trail(v: float) -> str:
    """1,234.50-"""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    """(1,234.50)"""
    return f"({v:,.2f})"


def es_dolares(v: float) -> str:
    """1.234,50 dólares"""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} dólares"


def cad(v: float) -> str:
    """CAD 1,234.50"""
    return f"CAD {v:,.2f}"


class EDSheet(GD.ECSheet, GF.ECSheet, GA.ECSheet):
    """The round EC sheets together (wrapping tables, caption cells, ticket blocks, ID panels, office letterheads)
    plus a tier strip, a requested/decided panel, a cc list and a corner routing box."""

    def tier_strip(self, tiers: list[tuple[str, str]], active: int, size: float = 8.0, title: str | None = None):
        """Boxes side by side, one per network tier (label, what it is); the active tier's box is shaded and
        ticked with an X."""
        W = self.w - self.l_margin - self.r_margin
        if title:
            self.f(7.0, "B")
            self.cell(0, 4, title.upper(), new_x="LMARGIN", new_y="NEXT")
        bw = W / len(tiers)
        y = self.get_y()
        h = size * 1.45
        for i, (lab, sub) in enumerate(tiers):
            x = self.l_margin + i * bw
            if i == active:
                self.set_fill_color(215, 215, 215)
                self.rect(x, y, bw - 1.2, h, style="DF")
                self.set_fill_color(255, 255, 255)
            else:
                self.rect(x, y, bw - 1.2, h)
            self.rect(x + 1.2, y + 1.2, 3.2, 3.2)
            if i == active:
                self.line_seg(x + 1.2, y + 1.2, x + 4.4, y + 4.4)
                self.line_seg(x + 1.2, y + 4.4, x + 4.4, y + 1.2)
            self.set_xy(x + 5.6, y + 0.8)
            self.f(size, "B")
            self.cell(bw - 8, size * 0.45, lab)
            self.set_xy(x + 5.6, y + 0.8 + size * 0.5)
            self.f(size - 1.4)
            self.cell(bw - 8, size * 0.4, sub)
        self.set_xy(self.l_margin, y + h + 2.5)

    def decided(self, rows: list[tuple[str, str, str, str]], heads=("What was asked for", "Asked", "Decision",
                                                                  "Now approved"), size: float = 8.6,
                widths: list[float] | None = None):
        """Each requested item on its own ruled row: the item, how much was asked, the decision word in bold
        capitals, and how much is now approved."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W * 0.46, W * 0.16, W * 0.18, W * 0.20]
        self.wrap_table(list(heads), [[a, b, c.upper(), d] for a, b, c, d in rows], widths, size=size,
                        aligns=["L", "C", "C", "C"])

    def cc_list(self, rows: list[str], size: float = 8.4, label: str = "cc:"):
        """'cc:' and one recipient a line, indented under it (the people a copy went to)."""
        self.f(size, "B")
        lw = max(10.0, self.get_string_width(label) + 3)
        y = self.get_y()
        self.cell(lw, size * 0.5, label)
        self.f(size)
        self.set_xy(self.l_margin + lw, y)
        for r in rows:
            self.set_x(self.l_margin + lw)
            self.cell(0, size * 0.5, r, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def routing(self, lines: list[str], x: float | None = None, y: float | None = None, w: float = 46,
                size: float = 7.2):
        """A thin box in the top right corner with routing lines (received stamp date, desk, initials); the page's
        cursor does not move."""
        keep = (self.get_x(), self.get_y())
        x = self.w - self.r_margin - w if x is None else x
        y = 6 if y is None else y
        self.f(size)
        h = len(lines) * size * 0.45 + 2
        self.rect(x, y, w, h)
        for i, ln in enumerate(lines):
            self.set_xy(x + 1.2, y + 1 + i * size * 0.45)
            self.f(size, "B" if i == 0 else "")
            self.cell(w - 2.4, size * 0.45, ln)
        self.set_xy(*keep)
