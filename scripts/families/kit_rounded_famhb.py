"""Drawing helpers for round ED, helper famhb (the Medicare Prescription Payment Plan as an invented Part D plan runs
it: election decisions, monthly bills, pharmacy remittances; an invented fertility benefit manager for employers).

Why: both families print one person's plan number among several other numbers (a Medicare number, a payment plan
account, an employer group, a clinic account), and bills and remittances with several money columns. The older kits
lack a few shapes real mail of this kind has: an identifier printed one character to a box (a "comb" field), captions
in small black tabs sitting on top of their boxes, an "amount due" panel at the right of a bill, a tear-off payment
coupon with a scan line, a table whose refused rows are shaded and flagged in the margin, a code printed sideways up
the left margin, and a strip of twelve months with the payment plan's monthly amounts. Date and money shapes added
here: "Mon, Apr 6" style weekday dates, "USD" after the figure, "CAD 2,418.60" beside the US dollar figure, amounts
in parentheses or with a trailing minus. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundec_famgf import ECSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Marguerite", "Ansel", "Delphine", "Caspian", "Ottilie", "Leopold", "Henrietta", "Ignatius", "Rosamund",
         "Everett", "Clementine", "Barnabas", "Louisa", "Percival", "Winifred", "Alastair", "Beatrix", "Cornelius",
         "Genevieve", "Thaddeus", "Isadora", "Lucian", "Marigold", "Ambrose", "Philomena", "Cyrus", "Theodora",
         "Rupert", "Evangeline", "Florian"]
LAST = ["Abernethy", "Blakemore", "Carrington", "Drysdale", "Ellingworth", "Fanshawe", "Greenhalgh", "Haverford",
        "Ingleby", "Jellicoe", "Kilbride", "Loxley", "Marchbanks", "Northcott", "Oakeshott", "Penrose", "Quarrington",
        "Ravenscroft", "Stanhope", "Thistlewood", "Underhill", "Vauxhall", "Wetherby", "Yelverton", "Ashdown",
        "Brackley", "Coldwell", "Dunstable"]
FIRST_ES = ["Remedios", "Anselmo", "Consuelo", "Evaristo", "Guadalupe", "Heriberto", "Inmaculada", "Jacinto",
            "Leonor", "Maximiliano", "Nieves", "Porfirio", "Rosalba", "Teodoro"]
LAST_ES = ["Arriaga", "Barrientos", "Cervantes", "Dávila", "Escobedo", "Galindo", "Hinojosa", "Jaramillo",
           "Landeros", "Manzanares", "Nájera", "Orozco", "Peralta", "Villaseñor"]
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


def split_name(name: str) -> tuple[str, str, str]:
    """('First', 'M', 'Last') of 'First M. Last'."""
    parts = name.split()
    return parts[0], parts[1].rstrip("."), parts[-1]


def last_first(name: str) -> str:
    """LAST, FIRST M (as remittances print a person)."""
    f, m, last = split_name(name)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "804") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1940, hi: int = 1960) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def address(rng: random.Random) -> list[str]:
    """An invented street address in a Mid-Atlantic or Southern town."""
    towns = [("Lynchburg", "VA", "24501"), ("Danville", "VA", "24541"), ("Rocky Mount", "NC", "27804"),
             ("Florence", "SC", "29501"), ("Hagerstown", "MD", "21740"), ("Beckley", "WV", "25801"),
             ("Salisbury", "MD", "21801"), ("Greenville", "NC", "27834"), ("Staunton", "VA", "24401"),
             ("Aiken", "SC", "29801")]
    town, st, z = rng.choice(towns)
    street = rng.choice(["Tobacco Row", "Laurel Hill Rd", "E Church St", "Magnolia Ct Apt 3C", "Old Plank Rd",
                         "Sweetgum Ln", "N Market St", "Persimmon Way", "Foundry Ave Unit 12", "Quaker Meeting Rd"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """05/06/26"""
    return d.strftime("%m/%d/%y")


def span_dash(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/09/26"""
    return f"{yy(a)} - {yy(b)}"


def span_words(a: dt.date, b: dt.date) -> str:
    """from March 4 through March 9, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def span_dmy(a: dt.date, b: dt.date) -> str:
    """4-9 Mar 2026 (or 28 Apr-8 May 2026 across a month)"""
    if a.month == b.month:
        return f"{a.day}-{b.day} {a.strftime('%b %Y')}"
    return f"{a.day} {a.strftime('%b')}-{b.day} {b.strftime('%b %Y')}"


def wshort(d: dt.date) -> str:
    """Mon, Apr 6"""
    return d.strftime("%a, %b %-d")


def wlong(d: dt.date) -> str:
    """Tuesday, March 17, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """martes, 12 de mayo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd_after(v: float) -> str:
    """1,284.00 USD"""
    return f"{v:,.2f} USD"


def usd(v: float) -> str:
    """USD 1,284.00"""
    return f"USD {v:,.2f}"


def trail(v: float) -> str:
    """48.10- (a take-back as a remittance prints it)"""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def es_money(v: float) -> str:
    """US$ 186,42"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


def cad(v: float) -> str:
    """CAD 2,418.60"""
    return f"CAD {v:,.2f}"


# --- identifiers ------------------------------------------------------------------------------------------------
def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def with_odd(body: str, rng: random.Random, odd: str) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B or Z) among the digits of body."""
    idx = [i for i, c in enumerate(body) if c.isdigit()]
    i = rng.choice(idx[1:-1] if len(idx) > 2 else idx)
    return body[:i] + odd + body[i + 1:]


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def medicaid_no(rng: random.Random) -> str:
    return f"{digits(rng, 12)}"


class EDSheet(ECSheet):
    """ECSheet plus comb fields, tab captions, an amount-due panel, a payment coupon, a table with flagged rows, a
    sideways margin code and a twelve-month strip."""

    def __init__(self, *a, margin_code: str | None = None, **k):
        super().__init__(*a, **k)
        self.margin_code = margin_code

    def header(self):
        super().header()
        if self.margin_code:
            y = self.get_y()
            self.set_font("Mono", "", 6.4)
            with self.rotation(90, 6.5, self.h - 30):
                self.text(6.5, self.h - 30, self.margin_code)
            self.set_y(y)

    def comb(self, caption: str, value: str, x: float | None = None, cell: float = 4.6, h: float = 6.0,
             cap: float = 6.4, size: float = 9.6, cap_w: float | None = None) -> float:
        """'Caption [V][A][L][U][E]': one character to a box, a blank box for a space. Returns the x after it."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        self.f(cap, "B")
        cw = cap_w if cap_w is not None else self.get_string_width(caption) + 2
        self.set_xy(x0, y + (h - cap * 0.42) / 2)
        self.cell(cw, cap * 0.42, caption)
        x = x0 + cw
        self.set_font("Mono", "B", size)
        for ch in value:
            self.rect(x, y, cell, h)
            if ch != " ":
                self.set_xy(x, y + (h - size * 0.42) / 2)
                self.cell(cell, size * 0.42, ch, align="C")
            x += cell
        self.set_xy(x0, y)
        return x + 3

    def combs(self, rows: list[tuple[str, str]], cap_w: float = 30, **k):
        """Several comb fields, one under another, their boxes lined up."""
        for c, v in rows:
            self.comb(c, v, cap_w=cap_w, **k)
            self.set_y(self.get_y() + k.get("h", 6.0) + 1.6)
        self.ln(1.5)

    def tabcells(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 5.8, h: float = 7.0):
        """One row of boxes, each caption in white on a small black tab sitting on the box's top edge."""
        y0 = self.get_y()
        x = self.l_margin
        tab_h = cap * 0.42 + 1.0
        for k, v, w in cells:
            self.f(cap, "B")
            tw = self.get_string_width(k) + 2.4
            self.set_fill_color(20, 20, 20)
            self.set_text_color(255, 255, 255)
            self.set_xy(x, y0)
            self.cell(tw, tab_h, k, fill=True, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.rect(x, y0 + tab_h, w - 1.6, h)
            self.set_xy(x + 1.0, y0 + tab_h + (h - size * 0.45) / 2)
            self.f(size)
            self.cell(w - 3, size * 0.45, v)
            x += w
        self.set_xy(self.l_margin, y0 + tab_h + h + 2.2)

    def due_panel(self, rows: list[tuple[str, str]], x: float, y: float, w: float = 66, big: int = 0,
                  size: float = 9.0) -> float:
        """A heavy-framed panel at (x, y): caption at the left, value flush right; row `big` in large bold type.
        Returns the y under it."""
        yy_ = y + 2
        for i, (k, v) in enumerate(rows):
            s = size + 4 if i == big else size
            self.set_xy(x + 2.5, yy_)
            self.f(size - 0.6, "B" if i == big else "")
            self.cell(w * 0.5, s * 0.5, k)
            self.f(s, "B")
            self.set_xy(x + w * 0.45, yy_)
            self.cell(w * 0.55 - 2.5, s * 0.5, v, align="R")
            yy_ += s * 0.5 + 1.8
            if i == big:
                self.line_seg(x + 2, yy_ - 0.9, x + w - 2, yy_ - 0.9)
                yy_ += 0.8
        self.set_line_width(0.7)
        self.rect(x, y, w, yy_ - y + 0.5)
        self.set_line_width(0.2)
        return yy_ + 1

    def coupon(self, title: str, rows: list[tuple[str, str]], scanline: str, remit: list[str], size: float = 8.6):
        """A dashed cut line, then a payment stub: caption/value lines at the left, where to send it at the right, and
        the scan line in the monospace face at the bottom."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 2
        x = self.l_margin
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 2.2, self.l_margin + W), y)
            x += 3.6
        self.f(6.2)
        self.set_xy(self.l_margin, y + 0.6)
        self.cell(0, 3, "Detach and return this part with your payment.", align="R")
        y += 5
        self.set_xy(self.l_margin, y)
        self.f(size + 0.6, "B")
        self.cell(W * 0.55, size * 0.55, title)
        yy_ = y + size * 0.55 + 1.5
        for k, v in rows:
            self.set_xy(self.l_margin, yy_)
            self.f(size)
            self.cell(40, size * 0.5, k)
            self.f(size, "B")
            self.cell(W * 0.55 - 40, size * 0.5, v)
            yy_ += size * 0.5 + 1.2
        ry = y + size * 0.55 + 1.5
        for ln in remit:
            self.set_xy(self.l_margin + W * 0.58, ry)
            self.f(size)
            self.cell(W * 0.42, size * 0.5, ln)
            ry += size * 0.5 + 0.8
        yy_ = max(yy_, ry) + 2
        self.set_xy(self.l_margin, yy_)
        self.set_font("Mono", "", 9.5)
        self.cell(W, 5, scanline, align="C", new_x="LMARGIN", new_y="NEXT")

    def flagged(self, head: list[str], rows: list[list[str]], widths: list[float], flags: list[str | None],
                aligns: list[str] | None = None, size: float = 7.6, totals: list[str] | None = None,
                row_h: float = 5.0):
        """A ruled table whose flagged rows are shaded, with the flag (e.g. '>>' or '*') printed in the left margin
        beside them; an optional bold totals row under a double rule."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.42
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.6
        y = self.get_y()
        x = x0
        self.set_fill_color(232, 232, 232)
        for h, w, a in zip(head, widths, aligns):
            self.rect(x, y, w, hh, style="DF")
            self.set_xy(x + 0.4, y + 0.8)
            self.multi_cell(w - 0.8, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0, y + hh)
        for r, flag in zip(rows, flags):
            y = self.get_y()
            if flag:
                self.set_fill_color(212, 212, 212)
                self.f(size, "B")
                self.set_xy(x0 - 7, y)
                self.cell(6.5, row_h, flag, align="R")
                self.set_xy(x0, y)
            self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a, fill=bool(flag))
            self.set_fill_color(255, 255, 255)
            self.ln(row_h)
            self.set_x(x0)
        if totals:
            y = self.get_y() + 0.6
            self.line_seg(x0, y, x0 + sum(widths), y)
            self.set_xy(x0, y + 0.4)
            self.f(size, "B")
            for c, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a)
            self.ln(row_h)
        self.set_xy(x0, self.get_y() + 2.5)

    def months(self, labels: list[str], values: list[str], size: float = 7.2, title: str | None = None,
               mark: int | None = None):
        """A strip of boxes, one per month: the month over its amount; box `mark` drawn heavier."""
        W = self.w - self.l_margin - self.r_margin
        cw = W / len(labels)
        if title:
            self.f(size + 0.8, "B")
            self.cell(0, 4.2, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y()
        for i, (k, v) in enumerate(zip(labels, values)):
            x = self.l_margin + i * cw
            if i == mark:
                self.set_line_width(0.7)
            self.rect(x, y, cw, 9.4)
            self.set_line_width(0.2)
            self.set_xy(x, y + 0.8)
            self.f(size - 0.6, "B")
            self.cell(cw, 3.2, k, align="C")
            self.set_xy(x, y + 4.6)
            self.f(size)
            self.cell(cw, 3.6, v, align="C")
        self.set_xy(self.l_margin, y + 12)
