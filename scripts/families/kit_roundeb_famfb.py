"""Drawing helpers for round EB, helper famfb (Indiana's HoosierRx Part D premium help from the Family and Social
Services Administration; an invented pharmacy benefit manager refusing prescriptions for several employers' plans).

Why: both families need fax memos with a TO / FROM / RE routing block over caption forms, a wallet card with a dashed
cut line, a document control number printed sideways in the margin (a decoy a page reader meets out of line), a
ruled message box with a small tab caption, dotted "caption ...... value" lines, and the date and money forms these
papers use ("from the 1st to the 30th of April 2026", "04/01/26 thru 04/30/26", "01-jun-2026", "USD 1,234.50",
"188.15-", "(188.15)"). Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundea_famef import EASheet
from public_kit import MONTHS_ES, Page, digits

FIRST = ["Orla", "Vernon", "Delphine", "Cyrus", "Maxine", "Lowell", "Henrietta", "Ansel", "Bernadette", "Luther",
         "Philippa", "Elmer", "Odette", "Rupert", "Cordelia", "Isaiah", "Gwendolyn", "Merritt", "Fern", "Alaric",
         "Nell", "Thurston", "Imogen", "Dale", "Rosetta", "Barnaby", "Vivienne", "Clement", "Ottilie", "Wendell"]
LAST = ["Haverkamp", "Strazinski", "Pfeiffer", "Muncie", "Oberholtzer", "Kincannon", "Vandermolen", "Breckbill",
        "Tillotson", "Eisenhour", "Gaddy", "Lichtenberg", "Somerlott", "Yoder", "Ruppel", "Ankrom", "Beasley",
        "Wilhoite", "Prifogle", "Dittmer", "Crouch", "Kleinhenz", "Sowders", "Hufnagel"]
FIRST_ES = ["Leticia", "Abelardo", "Rosaura", "Nicanor", "Jacinta", "Eusebio", "Marisela", "Porfirio", "Ofelia",
            "Salvador", "Trinidad", "Eliseo"]
LAST_ES = ["Barragán", "Quezada", "Tovar", "Alcaraz", "Benavides", "Cisneros", "Echeverría", "Galindo", "Huerta",
           "Montiel", "Saucedo", "Urías"]
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


def last_first(name: str) -> str:
    """'Orla B. Yoder' -> 'YODER, ORLA B' (how claim systems print a person)."""
    p = name.split()
    return f"{p[-1].upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "317") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1938, hi: int = 1960) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def in_address(rng: random.Random) -> list[str]:
    """An invented street address in an Indiana town."""
    town, z = rng.choice([("Peru", "46970"), ("Tell City", "47586"), ("Rushville", "46173"), ("Hartford City", "47348"),
                          ("Salem", "47167"), ("Rensselaer", "47978"), ("Winamac", "46996"), ("Linton", "47441")])
    street = rng.choice(["Sassafras Ln", "E Canal St", "Buckeye Rd", "N Meridian Ave", "Persimmon Ct", "Old Ferry Rd"])
    return [f"{rng.randint(100, 3899)} {street}", f"{town} IN {z}"]


def us_address(rng: random.Random) -> list[str]:
    """An invented street address in a Great Lakes town (the PBM's members)."""
    town, st, z = rng.choice([("Findlay", "OH", "45840"), ("Owosso", "MI", "48867"), ("Sandusky", "OH", "44870"),
                              ("Freeport", "IL", "61032"), ("Adrian", "MI", "49221"), ("Marion", "OH", "43302")])
    street = rng.choice(["Quarry Hill Dr", "W Locust St", "Tamarind Way", "S Depot St", "Brookhaven Ct", "Elm Row"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town} {st} {z}"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def span_words(a: dt.date, b: dt.date) -> str:
    """from the 1st to the 30th of April 2026 (one month)."""
    return f"from the {ordinal(a.day)} to the {ordinal(b.day)} of {b.strftime('%B %Y')}"


def yy(d: dt.date) -> str:
    """04/01/26"""
    return d.strftime("%m/%d/%y")


def wday(d: dt.date) -> str:
    """Monday, March 9, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]}, {s}" if weekday else s


def es_short(d: dt.date) -> str:
    """01-jun-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


def usd(v: float) -> str:
    return f"USD {v:,.2f}"


def trail(v: float) -> str:
    """188.15- (a taken-back amount, minus after the figure)."""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def grouped(s: str, sizes: list[int]) -> str:
    """Print an ID with grouping spaces: grouped('H402118735', [4, 3, 3]) -> 'H402 118 735'."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


class FBSheet(EASheet):
    """EASheet plus a memo routing block, a wallet card, a sideways margin number, a tabbed message box and dotted
    caption lines."""

    def memo(self, rows: list[tuple[str, str]], size: float = 9.2, cap_w: float = 20):
        """TO / FROM / RE lines of a fax memo with a double rule under them."""
        for k, v in rows:
            self.f(size, "B")
            self.cell(cap_w, size * 0.52, k)
            self.f(size)
            self.multi_cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.line_seg(self.l_margin, y + 0.8, self.w - self.r_margin, y + 0.8)
        self.set_y(y + 3)

    def margin_id(self, text: str, x: float = 7, y: float | None = None, size: float = 7):
        """A control number printed bottom-to-top in the left margin."""
        y = y if y is not None else self.h - 40
        self.f(size)
        with self.rotation(90, x, y):
            self.text(x, y, text)

    def tab_box(self, tab: str, text: str, size: float = 9.2, cap: float = 6.4):
        """A ruled box whose small caption sits on a tab at its top-left corner; the text inside."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(cap, "B")
        tw = self.get_string_width(tab) + 4
        self.rect(self.l_margin, y0, tw, cap * 0.5)
        self.set_xy(self.l_margin + 2, y0 + 0.2)
        self.cell(tw - 2, cap * 0.45, tab)
        y1 = y0 + cap * 0.5
        self.set_xy(self.l_margin + 2.5, y1 + 2)
        self.f(size)
        self.multi_cell(W - 5, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y2 = self.get_y() + 1.5
        self.rect(self.l_margin, y1, W, y2 - y1)
        self.set_y(y2 + 3)

    def dotted(self, rows: list[tuple[str, str]], cap_w: float = 62, size: float = 9.2, h: float = 5.2,
               x: float | None = None):
        """'Caption .......... value' lines (the leader fills the caption's column)."""
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size)
            lead = k + " "
            while self.get_string_width(lead + ".") < cap_w - 2:
                lead += "."
            self.cell(cap_w, h, lead)
            self.f(size, "B")
            self.cell(0, h, " " + v, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def wallet_card(self, title: str, rows: list[tuple[str, str]], w: float = 86, h: float = 52, note: str = ""):
        """A dashed cut line across the page, then a card outline at the left with its rows."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.5, self.w - self.r_margin), y)
            x += 4.5
        self.f(6.4)
        self.set_xy(self.l_margin, y + 0.6)
        self.cell(0, 3, "cut here and keep the card with your Medicare card", align="R")
        y += 5
        self.rect(self.l_margin, y, w, h, round_corners=True, style="D")
        self.set_xy(self.l_margin + 3, y + 3)
        self.f(9.6, "B")
        self.cell(w - 6, 5, title, new_x="LEFT", new_y="NEXT")
        self.ln(1)
        for k, v in rows:
            self.set_x(self.l_margin + 3)
            self.f(6.6)
            self.cell(w - 6, 3, k, new_x="LEFT", new_y="NEXT")
            self.set_x(self.l_margin + 3)
            self.f(9.2, "B")
            self.cell(w - 6, 4.6, v, new_x="LEFT", new_y="NEXT")
        if note:
            self.set_xy(self.l_margin + w + 6, y + 3)
            self.f(8.6)
            self.multi_cell(self.w - self.r_margin - self.l_margin - w - 6, 4.2, note, new_x="LMARGIN",
                            new_y="NEXT")
        self.set_y(y + h + 3)


def fax_cover(rows: list[tuple[str, str]], note: str, title: str = "FAX") -> bytes:
    """A typed fax cover page of one's own (a counsellor's or an office's), as PDF bytes; it belongs to no document."""
    p = Page(footer=None)
    p.set_margins(24, 22, 24)
    p.add_page()
    p.f(30, "B")
    p.cell(0, 16, title, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for k, v in rows:
        p.f(12, "B")
        p.cell(34, 9, k)
        p.f(12)
        p.cell(0, 9, v, border="B", new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.ln(8)
    p.para(note, 11.5)
    return bytes(p.output())
