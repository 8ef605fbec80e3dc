"""Drawing helpers for round EE, helper famie (papers of Ohio's Children with Medical Handicaps program as the state
health department sends them; an invented excess accident policy for the student athletes of an invented college
athletic conference).

Why: both families print a decision among many numbers that belong to other parties (a Medicaid number, a primary
plan's member number, provider and payee numbers), so they need a few layouts the older kits do not have: comb fields
(one ruled box per character, the way a claim form is filled in), a form whose boxes carry only a small key number
and whose captions are listed in a key under the boxes, a table whose column heads are turned a quarter, lines that
print the value first and its caption after it in parentheses, a box whose long number breaks over two lines at its
dash, a code legend in two columns, a check stub with the amount in words, and a fax cover sheet with its page count.
Date and money shapes real mail uses: "the 4th of March 2026", "Wednesday the 4th of March 2026", "Apr 27 - May 1,
2026", "del 27 de abril al 1 de mayo de 2026", "martes, 17 de marzo de 2026", "1.234,56 $", "US$ 1,234.56",
"Six hundred forty-two and 18/100 dollars". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famhf import EDSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Ambrose", "Bettina", "Clement", "Dagny", "Emmeline", "Fenwick", "Griselda", "Hollis", "Isolde", "Jethro",
         "Kezia", "Linus", "Marguerite", "Nevin", "Ottoline", "Percival", "Quinlan", "Rosamund", "Sheldrick",
         "Tamsin", "Ulric", "Verity", "Wystan", "Zillah", "Anselm", "Blanchefleur", "Crispin", "Delphine"]
LAST = ["Abbotsford", "Bramley", "Chiswell", "Dunstable", "Elsworth", "Frobisher", "Grimsditch", "Hartigan",
        "Illingworth", "Jellicoe", "Kingsmill", "Loxley", "Mountjoy", "Northcote", "Oakenfold", "Penhaligon",
        "Quarrington", "Roebuck", "Stapleford", "Thistlewood", "Underhill", "Vosper", "Warburton", "Yardley",
        "Ashdown", "Blenkinsop"]
FIRST_ES = ["Amparo", "Baltasar", "Consuelo", "Demetrio", "Eulalia", "Fulgencio", "Guadalupe", "Hilario",
            "Inmaculada", "Justino", "Leocadio", "Maximina"]
LAST_ES = ["Arriaga", "Bocanegra", "Cisneros", "Durán", "Echeverría", "Fajardo", "Galindo", "Hinojosa", "Iturbe",
           "Lizárraga", "Montoya", "Najera"]
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


def kin(rng: random.Random, full: str, n: int = 1, es: bool = False) -> list[str]:
    """n relatives of full (a parent, a brother): other first names, the same last name."""
    fs = FIRST_ES if es else FIRST
    taken, got = {full.split()[0]}, []
    while len(got) < n:
        f = rng.choice(fs)
        if f in taken:
            continue
        taken.add(f)
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {full.split()[-1]}")
    return got


def first(full: str) -> str:
    return full.split()[0]


def last(full: str) -> str:
    return full.split()[-1]


def phone(rng: random.Random, area: str = "614") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def oh_addr(rng: random.Random) -> list[str]:
    """An invented street address in an Ohio town."""
    town, z = rng.choice([("Bucyrus", "44820"), ("Findlay", "45840"), ("Athens", "45701"), ("Norwalk", "44857"),
                          ("Greenville", "45331"), ("Coshocton", "43812"), ("Bellefontaine", "43311"),
                          ("Van Wert", "45891"), ("Gallipolis", "45631"), ("Wapakoneta", "45895")])
    street = rng.choice(["Hickory Grove Rd", "S Sandusky Ave", "Township Rd 209", "E Perry St Apt 2B",
                         "Larkspur Ct", "Old State Rte 15", "N Main St", "Cottonwood Dr", "Mulberry Ln Lot 14"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, OH {z}"]


def us_addr(rng: random.Random) -> list[str]:
    """An invented street address where the conference's students live (Pennsylvania and West Virginia)."""
    town, st, z = rng.choice([("Meadville", "PA", "16335"), ("Indiana", "PA", "15701"), ("Clarion", "PA", "16214"),
                              ("Fairmont", "WV", "26554"), ("Elkins", "WV", "26241"), ("Bradford", "PA", "16701"),
                              ("Buckhannon", "WV", "26201"), ("Lock Haven", "PA", "17745")])
    street = rng.choice(["Ridgeview Ter", "W Pine St", "College Ave Apt 4", "Hemlock Hollow Rd", "S 5th St",
                         "Quarry Run Dr", "Laurel Bank Ave"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_date(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B %Y')}"


def wd_ord(d: dt.date) -> str:
    """Wednesday the 4th of March 2026"""
    return f"{d.strftime('%A')} the {ordinal(d.day)} of {d.strftime('%B %Y')}"


def wlong(d: dt.date) -> str:
    """Thursday, April 23, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def span_cross(a: dt.date, b: dt.date) -> str:
    """Apr 27 - May 1, 2026 (or Mar 2-23, 2026 within one month)"""
    if a.month == b.month:
        return f"{a.strftime('%b')} {a.day}-{b.day}, {b.year}"
    return f"{a.strftime('%b')} {a.day} - {b.strftime('%b')} {b.day}, {b.year}"


def dname(d: dt.date) -> str:
    """Tue 04/07/26"""
    return f"{d.strftime('%a')} {yy(d)}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """martes, 17 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def es_span(a: dt.date, b: dt.date) -> str:
    """del 27 de abril al 1 de mayo de 2026"""
    if a.month == b.month:
        return f"del {a.day} al {b.day} de {MONTHS_ES[b.month - 1]} de {b.year}"
    return f"del {a.day} de {MONTHS_ES[a.month - 1]} al {b.day} de {MONTHS_ES[b.month - 1]} de {b.year}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def dollars(v: float) -> str:
    return f"${v:,.2f}"


def es_after(v: float) -> str:
    """1.234,56 $"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{s} $"


def us_es(v: float) -> str:
    """US$ 1,234.56"""
    return f"US$ {v:,.2f}"


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" " + _words(n % 100) if n % 100 else "")
    return _words(n // 1000) + " thousand" + (" " + _words(n % 1000) if n % 1000 else "")


def words(v: float) -> str:
    """Six hundred forty-two and 18/100 dollars"""
    whole = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    w = _words(whole)
    return f"{w[0].upper()}{w[1:]} and {cents:02d}/100 dollars"


# --- identifiers ------------------------------------------------------------------------------------------------
def odd_in(s: str, odd: str | None, rng: random.Random, lo: int = 1) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B, Z or G) at a digit place of s (not the first lo)."""
    if not odd:
        return s
    places = [i for i, c in enumerate(s) if c.isdigit() and i >= lo]
    i = rng.choice(places[:-1] or places)
    return s[:i] + odd + s[i + 1:]


def grouped(s: str, n: int = 3, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def medicaid_no(rng: random.Random) -> str:
    """A 12-digit state Medicaid billing number shape (a decoy on these papers)."""
    return digits(rng, 12)


class EESheet(EDSheet):
    """EDSheet plus comb fields, key-numbered boxes, a table with turned column heads, value-then-caption lines, a
    box with a number broken over two lines, a two-column code legend, a check stub and a fax cover sheet."""

    def comb(self, cells: list[tuple[str, str, int]], box: float = 4.6, size: float = 9.4, cap: float = 6.0,
             gap: float = 5):
        """One row of comb fields: (caption, value, boxes); the caption above, then one ruled box per character
        (unused boxes stay empty). Returns nothing; moves under the row."""
        y0 = self.get_y()
        x = self.l_margin
        for k, v, n in cells:
            self.f(cap, "B")
            self.set_xy(x, y0)
            self.cell(n * box, cap * 0.45, k)
            yb = y0 + cap * 0.45 + 0.8
            for i in range(n):
                self.rect(x + i * box, yb, box, box + 1)
                if i < len(v):
                    self.set_xy(x + i * box, yb + 0.5)
                    self.f(size, "B")
                    self.cell(box, box, v[i], align="C")
            x += n * box + gap
        self.set_xy(self.l_margin, y0 + cap * 0.45 + box + 4.2)

    def keyed(self, cells: list[tuple[int, str, float]], h: float = 9.0, size: float = 9.0):
        """One row of boxes marked only with a small key number in the top left corner; the captions are printed
        in a key elsewhere (see key_list)."""
        y = self.get_y()
        x = self.l_margin
        for num, v, w in cells:
            self.rect(x, y, w - 1.2, h)
            self.set_fill_color(0, 0, 0)
            self.rect(x, y, 3.6, 3.2, style="F")
            self.set_text_color(255, 255, 255)
            self.f(5.6, "B")
            self.set_xy(x, y + 0.1)
            self.cell(3.6, 3.0, str(num), align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.set_xy(x + 4.4, y + (h - size * 0.45) / 2 + 0.6)
            self.f(size)
            self.cell(w - 6.4, size * 0.45, v)
            x += w
        self.set_xy(self.l_margin, y + h + 1.2)

    def key_list(self, items: list[tuple[int, str]], size: float = 6.6, cols: int = 4):
        """The key of a keyed form: 'n  caption' entries in small type, several to a line, framed."""
        W = self.w - self.l_margin - self.r_margin
        cw = W / cols
        y0 = self.get_y()
        self.f(size, "B")
        self.set_xy(self.l_margin + 1, y0 + 0.8)
        self.cell(0, size * 0.45, "KEY TO THE BOXES ABOVE")
        y = y0 + size * 0.45 + 1.6
        for i, (num, cap) in enumerate(items):
            c = i % cols
            if c == 0 and i:
                y += size * 0.5
            self.set_xy(self.l_margin + 1 + c * cw, y)
            self.f(size)
            self.cell(cw - 2, size * 0.45, f"[{num}]  {cap}")
        y += size * 0.5 + 1
        self.rect(self.l_margin, y0, W, y - y0)
        self.set_xy(self.l_margin, y + 3)

    def vtable(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
               size: float = 8.4, head_h: float = 24, row_h: float = 5.8, totals: list[str] | None = None):
        """A ruled table whose column heads are turned a quarter (read from the bottom up), rows plain, an optional
        bold totals row."""
        aligns = aligns or ["L"] * len(widths)
        x0, y0 = self.l_margin, self.get_y()
        self.f(size - 1.4, "B")
        head_h = max(head_h, max(self.get_string_width(ln) for h in head for ln in h.split("\n")) + 4)
        x = x0
        for h, w in zip(head, widths):
            self.rect(x, y0, w, head_h)
            self.f(size - 1.4, "B")
            lines = h.split("\n")
            lh = (size - 1.4) * 0.45
            for j, ln in enumerate(lines):
                bx = x + w / 2 - len(lines) * lh / 2 + j * lh + lh * 0.8
                with self.rotation(90, bx, y0 + head_h - 1.2):
                    self.set_xy(bx, y0 + head_h - 1.2)
                    self.cell(head_h - 2.4, lh, ln)
            x += w
        y = y0 + head_h
        for r in rows + ([totals] if totals else []):
            self.f(size, "B" if totals and r is totals else "")
            self.set_xy(x0, y)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a)
            y += row_h
        self.set_xy(x0, y + 3)

    def after(self, rows: list[tuple[str, str]], size: float = 9.4, cap: float = 7.0, x: float | None = None):
        """Lines that print the value first in bold and its caption after it in parentheses, in small type
        ('T26-4B81-7 (athlete no.)')."""
        for v, k in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1.5
            self.cell(vw, size * 0.5, v)
            self.f(cap)
            self.cell(0, size * 0.5, f"({k})" if k else "", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def broken_box(self, caption: str, lines: list[str], x: float, y: float, w: float, size: float = 9.4,
                   cap: float = 6.0) -> float:
        """A narrow ruled box: a small caption, then the value on as many lines as given (a long number broken
        at its dash). Returns the y under the box."""
        self.f(cap, "B")
        self.set_xy(x + 1, y + 0.8)
        self.cell(w - 2, cap * 0.45, caption)
        yy_ = y + 0.8 + cap * 0.45 + 0.8
        for ln in lines:
            self.set_xy(x + 1, yy_)
            self.f(size, "B")
            self.cell(w - 2, size * 0.48, ln)
            yy_ += size * 0.48
        self.rect(x, y, w, yy_ - y + 1.2)
        return yy_ + 1.2

    def legend(self, title: str, items: list[tuple[str, str]], size: float = 7.6, cols: int = 2, gap: float = 6):
        """A code legend: a rule, a bold title, then 'CODE  meaning' entries in columns (each entry may wrap)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (cols - 1)) / cols
        y = self.get_y()
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_xy(self.l_margin, y + 1)
        self.f(size + 0.6, "B")
        self.cell(0, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        per = (len(items) + cols - 1) // cols
        ends = []
        for c in range(cols):
            yy_ = y
            for code, text in items[c * per:(c + 1) * per]:
                x = self.l_margin + c * (cw + gap)
                self.set_xy(x, yy_)
                self.f(size, "B")
                self.cell(10, size * 0.45, code)
                self.set_xy(x + 10, yy_)
                self.f(size)
                self.multi_cell(cw - 10, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")
                yy_ = self.get_y() + 1
            ends.append(yy_)
        self.set_xy(self.l_margin, max(ends) + 2)

    def stub(self, payer: str, rows: list[tuple[str, str]], pay_to: list[str], amount: float, amount_words: str,
             date: str, number: str, size: float = 9.0):
        """A check at the foot of the page, under a dashed tear line: payer, date, number, 'Pay exactly' with the
        amount in words and in figures, the payee's block, NON-NEGOTIABLE printed in grey."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 2
        x = self.l_margin
        self.set_dash_pattern(dash=1.5, gap=1.2)
        self.line_seg(x, y, x + W, y)
        self.set_dash_pattern()
        self.f(6.2)
        self.set_xy(x, y + 0.6)
        self.cell(W, 3, "DETACH HERE", align="C")
        y += 5
        self.set_fill_color(242, 242, 242)
        self.rect(x, y, W, 52, style="DF")
        self.set_fill_color(255, 255, 255)
        for i, ln in enumerate(payer.split("\n")):
            self.set_xy(x + 3, y + 2.5 + i * 5)
            self.f(size + (1 if i == 0 else -0.5), "B" if i == 0 else "")
            self.cell(W * 0.56, 5, ln)
        for i, (k, v) in enumerate([("Check date", date), ("Check no.", number)] + rows):
            self.set_xy(x + W * 0.62, y + 2.5 + i * 4.4)
            self.f(size - 1)
            self.cell(24, 4.2, k)
            self.f(size - 1, "B")
            self.cell(W * 0.38 - 27, 4.2, v)
        yp = y + 2.5 + max(2, len(rows) + 2) * 4.4 + 3
        self.set_xy(x + 3, yp)
        self.f(size - 1)
        self.cell(24, 6, "PAY EXACTLY")
        self.f(size, "B")
        self.cell(W - 76, 6, f"{amount_words} " + "*" * 6)
        self.rect(x + W - 44, yp - 0.5, 40, 7)
        self.set_xy(x + W - 44, yp - 0.5)
        self.cell(40, 7, f"$***{amount:,.2f}", align="C")
        yo = yp + 9
        self.set_xy(x + 3, yo)
        self.f(size - 1)
        self.cell(32, 4.4, "TO THE ORDER OF")
        for i, ln in enumerate(pay_to):
            self.set_xy(x + 36, yo + i * 4.4)
            self.f(size)
            self.cell(W * 0.45, 4.4, ln)
        self.f(size + 4, "B")
        self.set_text_color(150, 150, 150)
        self.set_xy(x + W * 0.6, yo + 3)
        self.cell(W * 0.38, 8, "NON-NEGOTIABLE", align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(x, y + 54)


def fax_cover(sender: list[str], to: str, attn: str, fax_to: str, date: str, pages: str, re: str,
              note: str) -> bytes:
    """A typed fax cover sheet (its own page, part of no document) with a page count that is no case number."""
    p = EESheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(24, "B")
    p.cell(0, 12, "F A X", new_x="LMARGIN", new_y="NEXT")
    for ln in sender:
        p.line(ln, 9.6)
    p.rule(6)
    rows = [("To", to), ("Attention", attn), ("Fax number", fax_to), ("Date sent", date),
            ("Number of pages", pages), ("Regarding", re)]
    for k, v in rows:
        p.f(10, "B")
        p.cell(42, 9, k)
        p.f(11)
        p.cell(0, 9, v, border="B", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.para(note, 10.5)
    p.ln(40)
    p.para("This transmission is meant only for the person named above. It may contain health information that "
           "the law protects. If it reached you by mistake, please call the sender and destroy the pages.", 8.4)
    return bytes(p.output())
