"""Drawing helpers for round EC, helper famgf (Medicare's prior authorization of certain hospital outpatient department
services as an invented Medicare Administrative Contractor sends its papers; an invented behavioral health carve-out
company managing the mental health and substance use benefit of an invented health plan).

Why: both families print a decision or a claim beside many other numbers, so they need a few layouts the older kits
do not have: a "ticket" block whose captions sit to the RIGHT of their values in small type, an open ledger (rules
only above the header, under it and above the totals, no cell borders) with money shown as "3,112.40-" or
"(165.00)", a caption band whose captions hang under a rule with no boxes, a framed reason panel with a numbered
gutter, a slim running strip along the top of later pages, and date shapes real mail uses: "03/16/26 - 03/22/26",
"from March 16 through March 22, 2026", "4-15 May 2026", "Tue 04/07", ISO dates, weekday names in English and
Spanish. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeb_famff import EBSheet
from public_kit import MONTHS_ES, digits

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

FIRST = ["Rowena", "Thatcher", "Ilona", "Barnaby", "Celestine", "Dorian", "Evadne", "Fitzgerald", "Gwendolyn",
         "Horatio", "Imogen", "Jasper", "Leocadia", "Montague", "Nerissa", "Oswin", "Philippa", "Radcliffe",
         "Seraphina", "Tobiah", "Ursula", "Vaughn", "Wilhelmina", "Xavier", "Yolanda", "Zebulon", "Araminta", "Bertram"]
LAST = ["Aldridge", "Birkett", "Cotterill", "Dimmock", "Eversley", "Fairclough", "Gulliver", "Hambleton", "Inskip",
        "Jessop", "Kettlewell", "Lathbury", "Mottram", "Noakes", "Ormerod", "Pilbeam", "Quennell", "Rushworth",
        "Sidebottom", "Tunnicliffe", "Uttley", "Venables", "Whitmarsh", "Yeardley", "Ackroyd", "Bramhall"]
FIRST_ES = ["Maximino", "Eulalia", "Fortunato", "Honoria", "Leandro", "Perpetua", "Saturnino", "Clementina",
            "Aurelio", "Benigna", "Casiano", "Domitila"]
LAST_ES = ["Anzures", "Betancourt", "Carbajal", "Echeverría", "Fajardo", "Inclán", "Lizárraga", "Mondragón",
           "Olivares", "Quiñones", "Sepúlveda", "Urquidi"]
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


def phone(rng: random.Random, area: str = "785") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1938, hi: int = 1961) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def address(rng: random.Random, where: str = "mw") -> list[str]:
    """An invented street address in a Midwestern or Plains town."""
    towns = [("Hutchinson", "KS", "67501"), ("Emporia", "KS", "66801"), ("Grand Island", "NE", "68801"),
             ("Sedalia", "MO", "65301"), ("Ottumwa", "IA", "52501"), ("Findlay", "OH", "45840"),
             ("Marion", "IN", "46952"), ("Owensboro", "KY", "42301"), ("Stillwater", "OK", "74074"),
             ("Dodge City", "KS", "67801")]
    town, st, z = rng.choice(towns)
    street = rng.choice(["Cottonwood Bend", "N Walnut St", "Pheasant Run Rd", "W 9th Ave", "Lilac Ct Apt 2B",
                         "Old Orchard Ln", "S Prairie St", "Kiowa Trl", "Depot St Unit 5"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """03/16/26"""
    return d.strftime("%m/%d/%y")


def span_dash(a: dt.date, b: dt.date) -> str:
    """03/16/26 - 03/22/26"""
    return f"{yy(a)} - {yy(b)}"


def span_words(a: dt.date, b: dt.date) -> str:
    """from March 16 through March 22, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def span_dmy(a: dt.date, b: dt.date) -> str:
    """4-15 May 2026 (or 28 Apr-8 May 2026 across a month)"""
    if a.month == b.month:
        return f"{a.day}-{b.day} {a.strftime('%b %Y')}"
    return f"{a.day} {a.strftime('%b')}-{b.day} {b.strftime('%b %Y')}"


def dname(d: dt.date) -> str:
    """Tue 04/07"""
    return f"{d.strftime('%a')} {d.strftime('%m/%d')}"


def wlong(d: dt.date) -> str:
    """Thursday, May 14, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """martes, 14 de abril de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """USD 14,820.00"""
    return f"USD {v:,.2f}"


def trail(v: float) -> str:
    """3,112.40- (a reduction as a ledger prints it)"""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def es_money(v: float) -> str:
    """US$ 1.050,00"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


# --- identifiers ------------------------------------------------------------------------------------------------
def mbi_spaced(m: str) -> str:
    """1EG4 TE5 MK73 (the card's grouping; truth drops the spaces)"""
    return f"{m[:4]} {m[4:7]} {m[7:]}"


def mbi_dashed(m: str) -> str:
    """1EG4-TE5-MK73 (printed dashes are kept in the truth)"""
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def medicaid_no(rng: random.Random) -> str:
    """A state Medicaid number shape (a decoy on Medicare papers)."""
    return f"{digits(rng, 4)}{rng.choice('0123456789')}{digits(rng, 7)}"


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def utn(rng: random.Random, odd: str | None = None) -> str:
    """A 14-character tracking number: 2 letters, year, day of year, 5 digits, a check pair.
    odd: put one letter a reader may take for a digit (O, I, S, B or Z) inside the digits."""
    head = rng.choice(["PA", "QA", "RA"])
    day = f"{rng.randint(30, 200):03d}"
    body = list(digits(rng, 5))
    if odd:
        body[rng.randint(1, 3)] = odd
    tail = rng.choice("ACDEFGHJKMNPRTUVWXY") + str(rng.randint(0, 9))
    return f"{head}26{day}{''.join(body)}{tail}"


def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


class ECSheet(EBSheet):
    """EBSheet plus a monospace face, a ticket block with captions right of values, an open ledger, hung captions
    under a rule, a reason panel with a numbered gutter and a slim running strip on later pages."""

    def __init__(self, *a, strip: str | None = None, **k):
        super().__init__(*a, **k)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)
        self.strip = strip

    def header(self):
        super().header()
        if self.strip and self.page_no() > 1:
            y = self.get_y()
            self.set_fill_color(225, 225, 225)
            self.set_font(self.face, "B", 7.2)
            self.set_xy(self.l_margin, 7)
            self.cell(self.w - self.l_margin - self.r_margin, 4.4, " " + self.strip.format(n=self.page_no()),
                      fill=True)
            self.set_fill_color(255, 255, 255)
            self.set_xy(self.l_margin, max(y, 15))

    def ticket(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 8.8,
               cap: float = 6.0, title: str | None = None) -> float:
        """A block of lines 'VALUE  caption' - the bold value first, its small caption to the right of it - inside a
        thin frame with a heavier left edge. Returns the y under the block."""
        yy_ = y + 1.6
        if title:
            self.set_xy(x + 3, yy_)
            self.f(size, "B")
            self.cell(w - 4, size * 0.5, title)
            yy_ += size * 0.5 + 1.2
        for v, k in rows:
            self.set_xy(x + 3, yy_)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1.6
            self.cell(vw, size * 0.5, v)
            self.f(cap)
            self.set_xy(x + 3 + vw, yy_ + (size - cap) * 0.2)
            self.cell(max(4.0, w - vw - 4), cap * 0.5, k)
            yy_ += size * 0.5 + 1.5
        self.rect(x, y, w, yy_ - y + 0.6)
        self.set_fill_color(0, 0, 0)
        self.rect(x, y, 1.1, yy_ - y + 0.6, style="F")
        self.set_fill_color(255, 255, 255)
        return yy_ + 1.0

    def letter_with_ticket(self, addr: list[str], rows: list[tuple[str, str]], w: float = 74, size: float = 8.8,
                           title: str | None = None):
        """The addressee's block at the left, a ticket block at the right on the same band."""
        y0 = self.get_y()
        bottom = self.ticket(rows, self.w - self.r_margin - w, y0, w, size=size, title=title)
        self.set_xy(self.l_margin, y0 + 2)
        for ln in addr:
            self.line(ln, 9.8)
        self.set_y(max(self.get_y(), bottom) + 3)

    def ledger(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
               size: float = 7.6, totals: list[str] | None = None, face: str | None = None, row_h: float = 4.6):
        """An open ledger: a heavy rule above the header, a thin one under it, rows without borders, a rule and a bold
        totals row at the end. face='Mono' prints the rows in the monospace face."""
        aligns = aligns or ["L"] * len(widths)
        W = sum(widths)
        x0 = self.l_margin
        y = self.get_y()
        self.set_line_width(0.6)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.f(size - 0.6, "B")
        lh = (size - 0.6) * 0.42
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.6
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y + 0.8)
            self.multi_cell(w, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += hh
        self.line_seg(x0, y, x0 + W, y)
        self.set_xy(x0, y + 0.6)
        for r in rows:
            if face:
                self.set_font(face, "", size - 0.4)
            else:
                self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
            self.set_x(x0)
        if totals:
            y = self.get_y() + 0.4
            self.line_seg(x0, y, x0 + W, y)
            self.set_xy(x0, y + 0.6)
            if face:
                self.set_font(face, "B", size - 0.4)
            else:
                self.f(size, "B")
            for c, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
            y = self.get_y() + 0.3
            self.set_line_width(0.6)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
        self.set_xy(x0, self.get_y() + 3)

    def hung(self, cells: list[tuple[str, str, float]], size: float = 9.4, cap: float = 6.0):
        """One band of values on a shared rule, each caption hanging under the rule beneath its value (no boxes)."""
        y = self.get_y()
        x = self.l_margin
        for v, k, w in cells:
            self.set_xy(x, y)
            self.f(size, "B")
            self.cell(w - 2, size * 0.5, v)
            self.set_xy(x, y + size * 0.5 + 1.3)
            self.f(cap)
            self.cell(w - 2, cap * 0.45, k)
            x += w
        self.line_seg(self.l_margin, y + size * 0.5 + 0.8, x - 2, y + size * 0.5 + 0.8)
        self.set_xy(self.l_margin, y + size * 0.5 + cap * 0.45 + 3.6)

    def reasons(self, items: list[tuple[str, str]], size: float = 9.0, title: str | None = None):
        """A framed panel: a shaded gutter holding each reason's tag (R1, R2 ...) beside its text."""
        W = self.w - self.l_margin - self.r_margin
        gut = 13
        y0 = self.get_y()
        if title:
            self.f(size, "B")
            self.set_xy(self.l_margin + 2, y0 + 1)
            self.cell(0, size * 0.5, title)
            y = y0 + size * 0.5 + 2.5
        else:
            y = y0 + 1.5
        for tag, text in items:
            self.set_xy(self.l_margin + gut + 2, y)
            self.f(size)
            self.multi_cell(W - gut - 4, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
            y2 = self.get_y()
            self.set_fill_color(222, 222, 222)
            self.rect(self.l_margin + 1, y - 0.6, gut - 1, y2 - y + 0.6, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(self.l_margin + 1, y)
            self.f(size, "B")
            self.cell(gut - 1, size * 0.47, tag, align="C")
            y = y2 + 1.6
        self.rect(self.l_margin, y0, W, y - y0)
        self.set_xy(self.l_margin, y + 2.5)

    def mono(self, lines: list[str], size: float = 8.0, bold_first: bool = True):
        """Lines in the monospace face (a report printed by a claims system)."""
        for i, ln in enumerate(lines):
            self.set_font("Mono", "B" if bold_first and i == 0 else "", size)
            self.cell(0, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def signoff(self, lines: list[str], size: float = 9.6):
        self.f(size)
        for ln in lines:
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
