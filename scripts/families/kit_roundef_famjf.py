"""Drawing helpers for round EF, helper famjf (Medicare's skilled nursing facility papers around the SNF Advance
Beneficiary Notice, with invented facilities and contractors; an invented teachers' retirement system's retiree
health plan: a group Medicare Advantage plan and a supplemental drug rider).

Why: both families print the member's number beside the numbers of a facility, a contractor, a pension system and a
pharmacy, so they need a few layouts the older kits do not have: captions in small capitals on the left margin with
their values at the right end of a ruled box, a running line that repeats the name and number at the top of every
page (page 1 too), a scan line of digits at the foot of a page, a contact column (phone, fax, TTY) set beside the
identifiers, a check-box decision block whose ticked box carries the decision, and the date and money shapes real
mail uses: "03.04.26", "from 3/4 through 3/9/2026", "week of March 2, 2026", "Mar. 4th", "434.00 CR", "(217.00)",
"217.00-". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundee_famif import EESheet
from public_kit import MONTHS_ES, digits

FIRST = ["Alwyn", "Beatrix", "Cosmo", "Delphine", "Eustace", "Fenella", "Godfrey", "Hermione", "Isidore", "Jolyon",
         "Kezia", "Lysander", "Marigold", "Nathaniel", "Octavia", "Peregrine", "Quentin", "Rosamund", "Sebastian",
         "Tamsin", "Ulric", "Verity", "Wystan", "Ysolde", "Ambrose", "Clementine", "Dunstan", "Eglantine"]
LAST = ["Abercrombie", "Blenkinsop", "Cheesewright", "Dewhurst", "Entwistle", "Fairweather", "Greenhalgh",
        "Hepplewhite", "Illingworth", "Jellicoe", "Kilbride", "Loveridge", "Merriweather", "Nethercott", "Oldroyd",
        "Pennywhistle", "Quarrington", "Ravenscroft", "Satterthwaite", "Throckmorton", "Underhill", "Villiers",
        "Wetherall", "Yarwood", "Attenborough", "Brocklehurst"]
FIRST_ES = ["Amparo", "Baltasar", "Consolación", "Desiderio", "Encarnita", "Fulgencio", "Gertrudis", "Heriberto",
            "Ildefonso", "Josefa", "Lorenzo", "Milagros", "Natividad", "Onofre"]
LAST_ES = ["Arellano", "Barragán", "Cisneros", "Del Toro", "Escamilla", "Galindo", "Hinojosa", "Ledesma",
           "Maldonado", "Navarrete", "Ocampo", "Pantoja", "Robledo", "Zamudio"]
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
    parts = full.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def surname(full: str) -> str:
    return split_name(full)[2]


def phone(rng: random.Random, area: str = "608") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-888-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def mid_address(rng: random.Random) -> list[str]:
    """An invented street address in a Midwestern town."""
    town, st, z = rng.choice([("Baraboo", "WI", "53913"), ("Oshkosh", "WI", "54901"), ("Dubuque", "IA", "52001"),
                              ("Mankato", "MN", "56001"), ("Galesburg", "IL", "61401"), ("Winona", "MN", "55987"),
                              ("Ottumwa", "IA", "52501"), ("Freeport", "IL", "61032"), ("Rhinelander", "WI", "54501"),
                              ("Decorah", "IA", "52101")])
    street = rng.choice(["Oak Knoll Dr", "W Grand Ave", "Prairie Rose Ln", "N Water St Apt 3", "Elm Terrace",
                         "County Road K", "Lakeshore Ct", "S Bluff St", "Harvest Moon Rd", "Walnut St Unit 12"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return d.strftime("%B %-d, %Y")


def dots(d: dt.date) -> str:
    """03.04.26 (month first, as some billing systems print it)"""
    return d.strftime("%m.%d.%y")


def md(d: dt.date) -> str:
    """3/4"""
    return f"{d.month}/{d.day}"


def mdy(d: dt.date) -> str:
    """3/4/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def thru(a: dt.date, b: dt.date) -> str:
    """from 3/4 through 3/9/2026"""
    return f"from {md(a)} through {mdy(b)}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def mon_th(d: dt.date) -> str:
    """Mar. 4th (May stays without a point)"""
    m = d.strftime("%b")
    return f"{m}{'' if m == 'May' else '.'} {ordinal(d.day)}"


def week_of(d: dt.date) -> str:
    """week of March 2, 2026"""
    return f"week of {long(d)}"


def wlong(d: dt.date) -> str:
    """Thursday, May 7, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def dname(d: dt.date) -> str:
    """Thu 05/07/26"""
    return f"{d.strftime('%a')} {d.strftime('%m/%d/%y')}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def es_dm(d: dt.date) -> str:
    """4 de marzo"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def trail(v: float) -> str:
    return f"{v:,.2f}-"


def cr(v: float) -> str:
    return f"{v:,.2f} CR"


def es_money(v: float) -> str:
    """$1.234,56 (Spanish grouping)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"${s}"


# --- identifiers ------------------------------------------------------------------------------------------------
def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape (11 characters, no S L O I B Z)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def mbi_dashed(m: str) -> str:
    """1EG4-TE5-MK73 (the card's grouping)"""
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def icn(rng: random.Random, d: dt.date) -> str:
    """A 13-digit Part A claim control number shape: region, year, day of year, batch."""
    return f"2{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 7)}"


def scan_digits(rng: random.Random, n: int = 30) -> str:
    """A mail-room scan line: groups of digits (a decoy)."""
    s = digits(rng, n)
    return " ".join(s[i:i + 5] for i in range(0, n, 5))


class EFSheet(EESheet):
    """EESheet plus small-capital captions on the left margin with their values at the right of a ruled box, a running
    line on every page, a scan line at the foot of a page, a contact column beside the identifiers and a check-box
    decision block."""

    def __init__(self, *a, every: str | None = None, **k):
        super().__init__(*a, **k)
        self.every = every

    def header(self):
        super().header()
        if self.every:
            y = self.get_y()
            self.set_font(self.face, "", 7.2)
            self.set_xy(self.l_margin, 8.5)
            self.cell(self.w - self.l_margin - self.r_margin, 3.4,
                      self.every.format(n=self.page_no(), nb="{nb}"), align="R")
            self.set_xy(self.l_margin, max(y, 14))

    def smallcaps(self, text: str, x: float, y: float, size: float = 7.6, style: str = "B") -> float:
        """Write text in small capitals at (x, y): capitals and word starts full size, other letters as smaller
        capitals. Returns the x after it."""
        self.set_xy(x, y)
        small = size * 0.76
        i = 0
        while i < len(text):
            big = text[i].isupper() or text[i].isdigit() or not text[i].isalpha() or i == 0 or text[i - 1] == " "
            j = i + 1
            while j < len(text) and ((text[j].isupper() or text[j].isdigit() or not text[j].isalpha()
                                      or text[j - 1] == " ") == big) and text[j] != " ":
                j += 1
            if j < len(text) and text[j] == " ":
                j += 1
            run = text[i:j]
            self.set_font(self.face, style, size if big else small)
            w = self.get_string_width(run.upper())
            self.set_xy(self.get_x(), y + (0 if big else (size - small) * 0.3))
            self.cell(w, size * 0.45, run.upper())
            i = j
        return self.get_x()

    def sc_boxes(self, rows: list[tuple[str, str]], cap_w: float = 50, size: float = 9.4, cap: float = 7.6,
                 h: float = 6.6, x: float | None = None, w: float | None = None):
        """Rows of captions in small capitals on the left margin, each value at the right end of a ruled box that
        runs from the caption column to the right margin."""
        x0 = self.l_margin if x is None else x
        W = w or (self.w - self.r_margin - x0)
        for k, v in rows:
            y = self.get_y()
            self.smallcaps(k, x0, y + (h - cap * 0.45) / 2, size=cap)
            self.rect(x0 + cap_w, y, W - cap_w, h)
            self.f(size, "B")
            self.set_xy(x0 + cap_w + 1, y + (h - size * 0.45) / 2)
            self.cell(W - cap_w - 3, size * 0.45, v, align="R")
            self.set_xy(x0, y + h + 1.0)
        self.set_x(self.l_margin)
        self.ln(2)

    def scan_line(self, code: str, y: float | None = None, size: float = 9.0):
        """A scan line of digits in the monospace face near the foot of the page (a decoy)."""
        if y is not None:
            self.set_y(y)
        self.set_font("Mono", "", size)
        self.cell(0, size * 0.5, code, align="L", new_x="LMARGIN", new_y="NEXT")

    def contact_ids(self, ids: list[tuple[str, str]], contacts: list[tuple[str, str]], split: float = 0.56,
                    size: float = 8.8, title_ids: str = "", title_contacts: str = ""):
        """Two framed columns on one band: the identifiers at the left, phone / fax / TTY lines right beside them."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        wl = W * split - 2
        b1 = self.sidebar(ids, self.l_margin, y0, wl, title=title_ids or None, size=size)
        b2 = self.sidebar(contacts, self.l_margin + W * split, y0, W * (1 - split), title=title_contacts or None,
                          size=size - 0.4)
        self.set_xy(self.l_margin, max(b1, b2) + 3)

    def decision_boxes(self, title: str, items: list[tuple[bool, str]], size: float = 9.0, note: str = ""):
        """A framed decision block: a heading bar, one check box a line (the ticked one decides), an optional note."""
        self.bar(title, size=size + 0.4)
        self.checks("Check one", items, size=size)
        if note:
            self.para(note, size - 0.6)

    def wrap_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.4,
                   aligns: list[str] | None = None, bold_last: bool = False, shade_head: bool = True):
        """A ruled table whose cells wrap onto several lines (each row as tall as its tallest cell)."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin
        lh = size * 0.45
        self.f(size - 0.6, "B")
        n = max(len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.6
        y = self.get_y()
        x = x0
        if shade_head:
            self.set_fill_color(230, 230, 230)
        for h, w in zip(head, widths):
            self.rect(x, y, w, hh, style="DF" if shade_head else "D")
            self.set_xy(x + 0.6, y + 0.8)
            self.multi_cell(w - 1.2, lh, h, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_fill_color(255, 255, 255)
        y += hh
        for i, r in enumerate(rows):
            self.f(size, "B" if bold_last and i == len(rows) - 1 else "")
            nl = max(len(self.multi_cell(w - 1.2, lh, c, dry_run=True, output="LINES")) for c, w in zip(r, widths))
            h = nl * lh + 1.6
            if y + h > self.h - 22:
                self.add_page()
                y = self.get_y()
            x = x0
            for c, w, a in zip(r, widths, aligns):
                self.rect(x, y, w, h)
                self.set_xy(x + 0.6, y + 0.8)
                self.multi_cell(w - 1.2, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                x += w
            y += h
        self.set_xy(x0, y + 2.5)
