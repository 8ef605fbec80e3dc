"""Drawing helpers for round EE, helper famia (the UMWA Health and Retirement Funds' papers to coal miners, their
families and their providers; an invented cancer-only indemnity policy sold at the workplace).

Why: both families print a decision among many numbers and names, and the round asks for shapes the older kits do not
draw: a code legend set apart from the ledger (at the foot of the page or on the next one), a box too narrow for its
identifier so the value breaks over two lines, values followed by their caption in parentheses ("UM0 4417 2063
(beneficiary no.)"), a "Re:" line joining a name, a number and a claim with bullets or slashes, a drawn health
services card, a payment voucher with the amount in words, a typed fax cover sheet that counts its pages, and the
date and money shapes real mail uses: "the 4th of March 2026", "Tuesday the 3rd of March", "Mar. 4th, 2026",
"03/04/26", Spanish month names with weekday, "1.234,56 $", "US$ 1,234.56", "one thousand eight hundred forty-two
and 35/100 dollars". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famhf import EDSheet
from public_kit import MONTHS_ES, digits

MALE = {
    "ap": ["Delmer", "Ottis", "Arlie", "Lonzo", "Elvin", "Hobart", "Verlin", "Cletus", "Orval", "Burley", "Coy",
           "Estil", "Thurman", "Dencil", "Creed", "Garnet"],
    "us": ["Desmond", "Lionel", "Everett", "Curtis", "Malcolm", "Dwayne", "Garrett", "Russell", "Warren", "Forrest",
           "Nolan", "Harlan", "Quentin"],
    "es": ["Epifanio", "Amadeo", "Eusebio", "Florencio", "Porfirio", "Refugio", "Teodoro", "Ezequiel"],
}
FEMALE = {
    "ap": ["Ernestine", "Opal", "Hazel", "Wilma", "Vada", "Ivaleen", "Reva", "Ardith", "Lorene", "Oma", "Mavis",
           "Novella", "Twila", "Geneva"],
    "us": ["Marcella", "Kristine", "Tamsin", "Renata", "Joanna", "Priscilla", "Annalise", "Felicia", "Bettina",
           "Camille", "Lydia", "Simone", "Rochelle"],
    "es": ["Rosalía", "Consuelo", "Guadalupe", "Natividad", "Celedonia", "Macaria", "Leonor", "Filomena"],
}
LAST = {
    "ap": ["Stiltner", "Bevins", "Varney", "Prater", "Counts", "Pinson", "Slone", "Tackett", "Ratliff", "Hensley",
           "Caudill", "Maynard", "Sizemore", "Mullins", "Blevins", "Kiser", "Osborne", "Gillespie", "Looney",
           "Compton", "Dingess", "Vance", "Thacker", "Hurley", "Justus", "Coleman"],
    "us": ["Ashworth", "Bellamy", "Corcoran", "Delacourt", "Ellery", "Fenwick", "Galloway", "Hartigan", "Ingersoll",
           "Jankowski", "Kilbride", "Lansing", "Merriweather", "Northcott", "Ogilvie", "Pemberton", "Quarles",
           "Radcliffe", "Satterfield", "Thornbury", "Underhill", "Vandermeer", "Whitcombe", "Yardley", "Abernethy"],
    "es": ["Archuleta", "Maestas", "Gallegos", "Lucero", "Montoya", "Vigil", "Quintana", "Baca", "Ortiz", "Chávez",
           "Martínez", "Sisneros", "Tafoya", "Velarde"],
}
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def people(rng: random.Random, n: int, pool: str = "ap", sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth).
    pool: 'ap' (Appalachian coalfield), 'us' (anywhere), 'es' (Spanish); sexes: one letter a person, 'm', 'f' or
    anything else for either (the letters name a son, a widow, a daughter as the wording needs)."""
    seen, got = set(), []
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else "x"
        firsts = MALE[pool] if s == "m" else FEMALE[pool] if s == "f" else MALE[pool] + FEMALE[pool]
        f, last = rng.choice(firsts), rng.choice(LAST[pool])
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(rng: random.Random, full: str, sex: str, pool: str = "ap", avoid: tuple = ()) -> str:
    """A relative of `full` who shares the last name: another first name of the given sex ('m' or 'f'), none of the
    first names in `avoid` (the other people on the same paper)."""
    first, _, last = split_name(full)
    taken = {first} | {a.split()[0] for a in avoid}
    firsts = [f for f in (MALE[pool] if sex == "m" else FEMALE[pool]) if f not in taken]
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def split_name(full: str) -> tuple[str, str, str]:
    parts = full.split()
    return parts[0], parts[1].rstrip("."), parts[-1]


def last_first(full: str) -> str:
    """STILTNER, DELMER R"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "304") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-800-555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1944, hi: int = 1962) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def coal_address(rng: random.Random) -> list[str]:
    """An invented street address in a coalfield town."""
    town = rng.choice([("Logan", "WV", "25601"), ("Welch", "WV", "24801"), ("Pikeville", "KY", "41501"),
                       ("Hazard", "KY", "41701"), ("Grundy", "VA", "24614"), ("Beckley", "WV", "25801"),
                       ("Harlan", "KY", "40831"), ("Williamson", "WV", "25661"), ("Whitesburg", "KY", "41858"),
                       ("Richlands", "VA", "24641")])
    street = rng.choice(["Left Fork Rd", "Hollow Branch Rd", "Tipple Hill Dr", "Dry Creek Rd", "Church St Apt 2",
                         "Rt 52 Box 14", "Straight Fork Rd", "Sycamore Bottom Ln", "Railroad Ave", "Peach Orchard Rd"])
    return [f"{rng.randint(10, 4999)} {street}", f"{town[0]}, {town[1]} {town[2]}"]


def us_address(rng: random.Random) -> list[str]:
    """An invented street address in a mid-size town (the indemnity family's insureds)."""
    town, st, z = rng.choice([("Lexington", "KY", "40503"), ("Knoxville", "TN", "37918"),
                              ("Chattanooga", "TN", "37411"), ("Huntsville", "AL", "35801"),
                              ("Greenville", "SC", "29607"), ("Roanoke", "VA", "24015"),
                              ("Asheville", "NC", "28806"), ("Florence", "AL", "35630")])
    street = rng.choice(["Wren Hollow Ct", "Bramblewood Dr", "E Magnolia Ave", "Sable Ridge Rd", "Kingsgate Ln",
                         "N Whitfield St", "Canterbury Cir Apt 9", "Pine Knot Way"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def ordnum(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_of(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordnum(d.day)} of {d.strftime('%B')} {d.year}"


def ord_wday(d: dt.date) -> str:
    """Tuesday the 3rd of March"""
    return f"{d.strftime('%A')} the {ordnum(d.day)} of {d.strftime('%B')}"


def ord_abbr(d: dt.date) -> str:
    """Mar. 4th, 2026"""
    mon = d.strftime("%b") + ("." if d.month != 5 else "")
    return f"{mon} {ordnum(d.day)}, {d.year}"


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def dname(d: dt.date) -> str:
    """Mon 03/09/26"""
    return f"{d.strftime('%a')} {yy(d)}"


def wlong(d: dt.date) -> str:
    """Tuesday, March 10, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def span_cross(a: dt.date, b: dt.date) -> str:
    """March 28 - April 9, 2026 (the 'to' written out when the months differ)"""
    if a.month == b.month:
        return f"{a.strftime('%B')} {a.day}-{b.day}, {b.year}"
    return f"{a.strftime('%B')} {a.day} to {b.strftime('%B')} {b.day}, {b.year}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """martes, 3 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def es_short(d: dt.date) -> str:
    """03-mar-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def dollars(v: float) -> str:
    return f"${v:,.2f}"


def es_after(v: float) -> str:
    """1.234,56 $ (the Spanish order: dots for thousands, comma for cents, the sign after)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{s} $"


def usd_es(v: float) -> str:
    """US$ 1,234.56"""
    return f"US$ {v:,.2f}"


def _words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + _words(n % 100))
    return _words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + _words(n % 1000))


def in_words(v: float, cap: bool = False) -> str:
    """one thousand eight hundred forty-two and 35/100 dollars"""
    whole = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    s = f"{_words(whole)} and {cents:02d}/100 dollars"
    return s[0].upper() + s[1:] if cap else s


# --- identifiers ------------------------------------------------------------------------------------------------
def odd_in(s: str, odd: str | None, rng: random.Random, lo: int = 1) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B, Z, G) at a digit place of s (not the first lo)."""
    if not odd:
        return s
    places = [i for i, c in enumerate(s) if c.isdigit() and i >= lo]
    i = rng.choice(places[:-1] or places)
    return s[:i] + odd + s[i + 1:]


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape (a decoy on these papers)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def mbi_dashed(m: str) -> str:
    """1EG4-TE5-MK73 (as the Medicare card prints it)"""
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


class EESheet(EDSheet):
    """EDSheet plus a code legend, boxes whose value breaks over two lines, 'value (caption)' lines, a Re: line,
    a drawn health services card and a payment voucher with the amount in words."""

    def legend(self, title: str, items: list[tuple[str, str]], size: float = 7.8, code_w: float = 12):
        """A framed legend of codes: a bold title, then each code in a fixed gutter beside its meaning."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.2)
        self.f(size + 0.4, "B")
        self.cell(0, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)
        for code, text in items:
            y = self.get_y()
            self.set_xy(self.l_margin + 2, y)
            self.f(size, "B")
            self.cell(code_w, size * 0.46, code)
            self.set_xy(self.l_margin + 2 + code_w, y)
            self.f(size)
            self.multi_cell(W - code_w - 5, size * 0.46, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(0.7)
        y = self.get_y() + 0.8
        self.set_line_width(0.35)
        self.rect(self.l_margin, y0, W, y - y0)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 2.5)

    def split_boxes(self, cells: list[tuple[str, str | list[str], float]], size: float = 8.8, cap: float = 6.0,
                    h: float = 12.5):
        """A row of ruled boxes, the caption small at the top left; a value given as a list of lines is printed on
        two lines (a box too narrow for its number)."""
        y = self.get_y()
        x = self.l_margin
        for k, v, w in cells:
            self.rect(x, y, w - 1.2, h)
            self.set_xy(x + 0.8, y + 0.6)
            self.f(cap)
            self.cell(w - 2.5, cap * 0.42, k)
            lines = v if isinstance(v, list) else [v]
            self.f(size, "B")
            ly = y + cap * 0.42 + 1.2 if len(lines) > 1 else y + cap * 0.42 + 2.4
            for ln in lines:
                self.set_xy(x + 0.8, ly)
                self.cell(w - 2.5, size * 0.42, ln)
                ly += size * 0.42 + 0.4
            x += w
        self.set_xy(self.l_margin, y + h + 2.5)

    def after_caps(self, rows: list[tuple[str, str]], size: float = 9.2, x: float | None = None,
                   w: float | None = None):
        """Lines of 'VALUE (caption)': the value in bold, its caption after it in parentheses, small."""
        for v, k in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1.2
            self.cell(vw, size * 0.5, v)
            self.f(size - 2)
            self.cell((w or 80) - vw, size * 0.5, f"({k})", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)

    def re_line(self, parts: list[str], sep: str = "  \u2022  ", size: float = 9.8):
        self.f(size, "B")
        self.multi_cell(0, size * 0.5, "Re:  " + sep.join(parts), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def card(self, x: float, y: float, title: str, rows: list[tuple[str, str]], w: float = 86, h: float = 52):
        """A drawn wallet card (rounded corners, a dark top band with the title, caption/value lines)."""
        self.set_line_width(0.45)
        self.rect(x, y, w, h, style="D", round_corners=True, corner_radius=3)
        self.set_fill_color(50, 50, 50)
        self.rect(x, y, w, 8, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(x + 2, y + 1.5)
        self.f(8.4, "B")
        self.cell(w - 4, 5, title)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        yy_ = y + 10.5
        for k, v in rows:
            self.set_xy(x + 3, yy_)
            self.f(5.8)
            self.cell(w - 6, 2.8, k)
            self.set_xy(x + 3, yy_ + 2.8)
            self.f(8.4, "B")
            self.cell(w - 6, 4, v)
            yy_ += 7.6
        self.set_line_width(0.2)

    def voucher(self, payer: str, rows: list[tuple[str, str]], amount: float, payee: list[str], size: float = 8.8):
        """A dashed tear line, then a payment voucher: the payer, caption/value pairs at the right, the amount
        written out in words on a ruled line, the figures in a box, the payee's name and address."""
        W = self.w - self.l_margin - self.r_margin
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 2.5, self.l_margin + W), y)
            x += 4.5
        self.f(6.4)
        self.set_xy(self.l_margin, y + 0.6)
        self.cell(0, 3, "DETACH HERE", align="C")
        y += 5
        self.set_line_width(0.4)
        self.rect(self.l_margin, y, W, 46)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin + 3, y + 2.5)
        self.f(10, "B")
        self.cell(100, 5, payer)
        ry = y + 2.5
        for k, v in rows:
            self.set_xy(self.l_margin + W - 72, ry)
            self.f(6.6)
            self.cell(26, 4, k)
            self.f(size, "B")
            self.cell(44, 4, v, align="R")
            ry += 4.6
        self.set_xy(self.l_margin + 3, y + 19)
        self.f(7)
        self.cell(16, 5, "PAY")
        self.f(size + 0.4, "B")
        self.cell(W - 60, 5, in_words(amount, cap=True).upper())
        self.line_seg(self.l_margin + 19, y + 24.2, self.l_margin + W - 42, y + 24.2)
        self.set_xy(self.l_margin + W - 38, y + 18.2)
        self.set_line_width(0.4)
        self.f(size + 1, "B")
        self.cell(34, 7, f"$***{amount:,.2f}", border=1, align="C")
        self.set_line_width(0.2)
        self.set_xy(self.l_margin + 3, y + 28)
        self.f(6.6)
        self.cell(24, 4, "TO THE ORDER OF")
        yy_ = y + 28
        for ln in payee:
            self.set_xy(self.l_margin + 28, yy_)
            self.f(size)
            self.cell(100, 4.2, ln)
            yy_ += 4.2
        self.set_xy(self.l_margin + W - 70, y + 39)
        self.f(6.2)
        self.cell(66, 3, "NOT NEGOTIABLE  -  ADVICE OF DIRECT DEPOSIT", align="R")
        self.set_xy(self.l_margin, y + 49)


def fax_cover(rng: random.Random, to: str, to_fax: str, frm: str, frm_fax: str, sent: dt.date, pages: int,
              re: str, note: str, ref: str | None = None) -> bytes:
    """A typed fax cover sheet as its own PDF page (a separator that belongs to no document): it counts the pages
    it travels with and may carry a call reference (decoys)."""
    c = EESheet(footer=None)
    c.set_margins(22, 20, 22)
    c.add_page()
    c.f(26, "B")
    c.cell(0, 14, "F A X", new_x="LMARGIN", new_y="NEXT")
    c.rule(4)
    rows = [("To:", to), ("Fax:", to_fax), ("From:", frm), ("Fax:", frm_fax),
            ("Date:", sent.strftime("%m/%d/%Y")), ("Pages:", f"{pages} (including this cover)"), ("Re:", re)]
    if ref:
        rows.append(("Call ref.:", ref))
    for k, v in rows:
        c.f(11, "B")
        c.cell(30, 9, k)
        c.f(11)
        c.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        c.line_seg(52, c.get_y() - 1, c.w - 22, c.get_y() - 1)
    c.ln(6)
    c.f(10)
    c.multi_cell(0, 5.2, note, new_x="LMARGIN", new_y="NEXT")
    c.ln(10)
    c.f(7.6)
    c.multi_cell(0, 3.8, "CONFIDENTIAL: the pages that follow may contain protected health information meant only for "
                         "the person named above. If they reached you by mistake, please call the sender and destroy "
                         "them.", new_x="LMARGIN", new_y="NEXT")
    return bytes(c.output())
