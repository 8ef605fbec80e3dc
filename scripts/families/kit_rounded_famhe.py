"""Drawing helpers for round ED, helper famhe (New York Medicaid Managed Long Term Care plan notices about home care
hours, adult day programs and agency claims; an invented occupational accident policy for app-based delivery
couriers with its claims administrator, urgent care, hospital and therapy claims).

Why: both families need things older kits do not draw: a weekly hours grid (Mon-Sun columns, a row per kind of
help, "now" and "from <date>" rows and a weekly total), a task list with minutes a day and days a week, an app
trip log printed in a fixed-width face (times of day, statuses, trip IDs as decoys), a numbered-line claim table
whose refused lines carry a mark and a totals row, a "references" block printed as short captions stacked at the
left of a ruled box, and dates and money in more shapes real mail uses: "5/18/2026" (no leading zeros),
"1 June 2026 to 30 November 2026", "May 4-9, 2026", "Tue 21 Apr 2026", "04MAY26" (a system stamp, decoys only),
"1,234.50 USD", "USD 1,234.50", "(1,234.50)", "1,234.50-", "US$ 1.234,50". Everything printed with these helpers is
invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundec_famge import ECSheet
from public_kit import MONTHS_ES, digits

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

FIRST_F = ["Adelaide", "Celestine", "Evangeline", "Griselda", "Imogen", "Leonora", "Noreen", "Philippa", "Rosamund",
           "Theodora", "Verity", "Yvonne", "Beryl", "Dulcie"]
FIRST_M = ["Barnaby", "Dorian", "Fenton", "Horace", "Jasper", "Mortimer", "Oswald", "Quentin", "Silas", "Ulrich",
           "Wilbur", "Zebulon", "Augustin", "Cornelius"]
LAST = ["Albrecht", "Brannigan", "Castellane", "Dworkin", "Eberhardt", "Faraday", "Gilchrist", "Hartigan",
        "Ivanovic", "Jablonski", "Kerrigan", "Lockhart", "Montague", "Navarrete", "Ostrowski", "Pemberton",
        "Quigley", "Radcliffe", "Szymanski", "Tolliver", "Urquhart", "Valentini", "Winterbottom", "Yardley"]
FIRST_ES_F = ["Benigna", "Dorotea", "Felícitas", "Hortensia", "Jovita", "Macaria", "Otilia"]
FIRST_ES_M = ["Aurelio", "Casimiro", "Evaristo", "Gregorio", "Inocencio", "Leoncio", "Nicanor"]
LAST_ES = ["Arredondo", "Benavides", "Cervantes", "Duarte", "Escobedo", "Fuentes", "Guerrero", "Huerta",
           "Ibarra", "Jaramillo", "Lozano", "Montoya", "Navarro", "Olivares"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); sexes is
    one letter a person, F, M or ? (either), so that 'her' and 'his' in the letter fit the name."""
    ff, fm = (FIRST_ES_F, FIRST_ES_M) if es else (FIRST_F, FIRST_M)
    ls = LAST_ES if es else LAST
    sexes = (sexes or "").ljust(n, "?")
    seen, got = set(), []
    while len(got) < n:
        sx = sexes[len(got)]
        fs = ff if sx == "F" else fm if sx == "M" else ff + fm
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ACDEGHJKLMNPRTVW')}. {last}")
    return got


def upper_name(name: str) -> str:
    """'First M. Last' as a listing prints it: LAST, FIRST M."""
    parts = name.split()
    return f"{parts[-1].upper()}, {parts[0].upper()} {parts[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "845") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def ny_address(rng: random.Random) -> list[str]:
    """An invented street address in a Hudson Valley or Catskills town."""
    town, z = rng.choice([("Kingston", "12401"), ("Newburgh", "12550"), ("Poughkeepsie", "12601"),
                          ("Ellenville", "12428"), ("Saugerties", "12477"), ("New Paltz", "12561"),
                          ("Middletown", "10940"), ("Catskill", "12414"), ("Hudson", "12534"),
                          ("Liberty", "12754"), ("Monticello", "12701"), ("Port Jervis", "12771")])
    street = rng.choice(["Wurts St Apt 2B", "Old Kings Hwy", "Greenkill Ave", "N Front St", "Sawkill Rd",
                         "Lucas Ave Apt 4", "Hasbrouck Pl", "Esopus Ave", "Clinton Ave Unit 7", "Maple Ridge Ct"])
    return [f"{rng.randint(12, 980)} {street}", f"{town}, NY {z}"]


def gig_address(rng: random.Random) -> list[str]:
    """An invented street address in a mid-size US city where couriers deliver."""
    town, st, z = rng.choice([("Dayton", "OH", "45409"), ("Fort Wayne", "IN", "46802"), ("Knoxville", "TN", "37917"),
                              ("Tulsa", "OK", "74104"), ("Greenville", "SC", "29601"), ("Lansing", "MI", "48912"),
                              ("Spokane", "WA", "99201"), ("Savannah", "GA", "31401")])
    street = rng.choice(["Linden Ave Apt 3", "Brookhollow Dr", "E 11th St", "Tannery Row", "Pecan Grove Ln",
                         "Courtland St Unit 12", "Westmoor Rd", "Harlan Pl"])
    return [f"{rng.randint(100, 4990)} {street}", f"{town}, {st} {z}"]


def confusable_id(rng: random.Random, head: str, groups: tuple[int, ...] = (4, 4), sep: str = " ") -> str:
    """An ID whose groups mix digits with one letter that OCR takes for a digit (O/0, I/1, S/5, B/8, Z/2)."""
    parts = []
    for n in groups:
        g = list(digits(rng, n))
        g[rng.randrange(1, n)] = rng.choice("OSBZI")
        parts.append("".join(g))
    return head + sep + sep.join(parts) if head else sep.join(parts)


def cin(rng: random.Random) -> str:
    """A New York Medicaid CIN shape: two letters, five digits, a letter."""
    let = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return f"{rng.choice(let)}{rng.choice(let)}{digits(rng, 5)}{rng.choice(let)}"


# --- dates -----------------------------------------------------------------------------------------------------

def sl(d: dt.date) -> str:
    """05/18/26"""
    return d.strftime("%m/%d/%y")


def nz(d: dt.date) -> str:
    """5/18/2026 (no leading zeros)"""
    return f"{d.month}/{d.day}/{d.year}"


def dmy_long(d: dt.date) -> str:
    """1 June 2026"""
    return d.strftime("%-d %B %Y")


def wday(d: dt.date) -> str:
    """Thursday, May 21, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def wday_short(d: dt.date) -> str:
    """Tue 21 Apr 2026"""
    return d.strftime("%a %-d %b %Y")


def day_sl(d: dt.date) -> str:
    """Mon 06/01/26"""
    return f"{d.strftime('%a')} {sl(d)}"


def stampdate(d: dt.date) -> str:
    """04MAY26 (a claim system's date stamp; printed on decoys)"""
    return d.strftime("%d%b%y").upper()


def span_month_words(a: dt.date, b: dt.date) -> str:
    """May 4-9, 2026 (same month) or April 28 - May 3, 2026."""
    if a.month == b.month:
        return f"{a.strftime('%B')} {a.day}-{b.day}, {b.year}"
    return f"{a.strftime('%B %-d')} - {b.strftime('%B %-d, %Y')}"


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]}, {s}" if weekday else s


def monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


# --- money -----------------------------------------------------------------------------------------------------

def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd_after(v: float) -> str:
    """1,234.50 USD"""
    return f"{v:,.2f} USD"


def usd_before(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def neg(v: float, style: str = "trail") -> str:
    """A refused or adjusted sum as statements print it: 42.10- or (42.10)."""
    if v == 0:
        return "0.00"
    return f"{v:,.2f}-" if style == "trail" else f"({v:,.2f})"


def es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


class EDSheet(ECSheet):
    """ECSheet plus a weekly hours grid, a task-minutes table, a fixed-width trip log, numbered claim lines with a
    refusal mark, stacked left captions beside a ruled references box and a signature block with a cc list."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)

    def week_grid(self, title: str, rows: list[tuple[str, list[float]]], size: float = 8.4, first_w: float = 58,
                  unit: str = "hrs"):
        """A ruled grid: a label column, Mon..Sun, and a weekly total; each row is (label, seven numbers)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - first_w) / 8.5
        self.f(7.0, "B")
        self.cell(W, 4.2, title.upper(), new_x="LMARGIN", new_y="NEXT")
        self.f(size - 0.4, "B")
        self.set_fill_color(225, 225, 225)
        self.cell(first_w, 5.6, " ", border=1, fill=True)
        for d in DAYS:
            self.cell(cw, 5.6, d, border=1, align="C", fill=True)
        self.cell(cw * 1.5, 5.6, f"Week ({unit})", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
        for label, vals in rows:
            self.f(size, "B")
            self.cell(first_w, 5.6, " " + label, border=1)
            self.f(size)
            for v in vals:
                self.cell(cw, 5.6, "-" if not v else f"{v:g}", border=1, align="C")
            self.f(size, "B")
            self.cell(cw * 1.5, 5.6, f"{sum(vals):g}", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def tasks(self, rows: list[tuple[str, str, str, str]], size: float = 8.2,
              head=("Help with", "Minutes each time", "Times a week", "What our nurse saw")):
        """A task list: kind of help, minutes, times a week and a short note, ruled, the note column wide."""
        W = self.w - self.l_margin - self.r_margin
        widths = [46, 24, 20, W - 90]
        self.table(list(head), [list(r) for r in rows], widths, size=size, row_h=5.2, aligns=["L", "C", "C", "L"])

    def trip_log(self, title: str, rows: list[tuple[str, str, str]], size: float = 7.8, w: float | None = None):
        """An app's event log in a fixed-width face: time, event, reference; a grey band with the title."""
        W = w or (self.w - self.l_margin - self.r_margin)
        self.set_fill_color(230, 230, 230)
        self.f(7.4, "B")
        self.cell(W, 5, " " + title, fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        y0 = self.get_y()
        for t, ev, ref in rows:
            self.set_font("Mono", "", size)
            self.cell(30, size * 0.52, " " + t)
            self.cell(W - 70, size * 0.52, ev)
            self.cell(40, size * 0.52, ref, align="R", new_x="LMARGIN", new_y="NEXT")
        self.rect(self.l_margin, y0, W, self.get_y() - y0 + 1)
        self.ln(3.5)

    def lines_marked(self, head: list[str], rows: list[list[str]], widths: list[float], refused: set[int],
                     money_from: int, total: list[str] | None = None, size: float = 7.8, mark: str = "*"):
        """Numbered claim lines; refused lines (by index) get a mark in the first cell and bold money; a totals row
        with a double rule over it. Columns from money_from on are right-aligned."""
        aligns = ["L" if i < money_from else "R" for i in range(len(widths))]
        self.f(size - 0.3, "B")
        self.set_fill_color(232, 232, 232)
        for c, w, a in zip(head, widths, aligns):
            self.cell(w, 5.4, c, border="TB", align=a, fill=True)
        self.ln(5.4)
        for i, r in enumerate(rows):
            for j, (c, w, a) in enumerate(zip(r, widths, aligns)):
                txt = (mark + c) if j == 0 and i in refused else c
                self.f(size, "B" if (i in refused and j >= money_from) else "")
                self.cell(w, 4.8, txt, align=a)
            self.ln(4.8)
        if total:
            y = self.get_y() + 0.3
            W = sum(widths)
            self.line_seg(self.l_margin, y, self.l_margin + W, y)
            self.line_seg(self.l_margin, y + 0.7, self.l_margin + W, y + 0.7)
            self.set_y(y + 1.0)
            self.f(size, "B")
            for c, w, a in zip(total, widths, aligns):
                self.cell(w, 5.0, c, align=a)
            self.ln(5.0)
        self.ln(2)

    def refs_left(self, rows: list[tuple[str, str]], box_w: float = 78, cap_w: float = 24, size: float = 8.8,
                  x: float | None = None, y: float | None = None) -> float:
        """Short captions stacked at the left, each value in its own ruled box at the right of the caption; drawn at
        (x, y) (default: the right half of the page at the current line). Returns the bottom y."""
        x0 = x if x is not None else self.w - self.r_margin - box_w
        yy = y if y is not None else self.get_y()
        for k, v in rows:
            self.f(6.4, "B")
            self.set_xy(x0, yy + 1.3)
            self.cell(cap_w - 1, 3, k)
            self.rect(x0 + cap_w, yy, box_w - cap_w, 5.8)
            self.set_xy(x0 + cap_w + 1, yy + 1.0)
            self.f(size)
            self.cell(box_w - cap_w - 2, 3.8, v)
            yy += 6.8
        return yy

    def sign_cc(self, closing: str, name: str, role: str, cc: list[str], size: float = 9.6):
        """Closing, name and role, then a 'cc:' list in small type."""
        self.para(f"{closing}\n{name}\n{role}", size)
        if cc:
            self.f(size - 1.6)
            self.multi_cell(0, (size - 1.6) * 0.5, "cc: " + "; ".join(cc), new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
