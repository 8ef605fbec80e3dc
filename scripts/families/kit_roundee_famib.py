"""Drawing helpers for round EE, helper famib (Medicare's Limited Income Newly Eligible Transition program, LI NET, as
its papers reach pharmacies and members; an invented travel medical insurance for people visiting the United States).

Why: both families print one person's own number among other numbers (a Medicare number, a Medicaid number, a
passport, a pharmacy's NCPDP and NPI, a call reference), and money from receipts that are not the insurer's own
papers. The older kits lack a few shapes real mail of this kind has: a till receipt pasted onto a page (narrow,
monospace, dashed rules, a foreign currency), a line of values each followed by its caption in brackets, a "Re:" line
that strings name, ID and claim together, an identifier box too narrow for its value (the value breaks onto a second
line), a numbered claim form with yes/no questions, a code legend boxed at the foot of a page, and a reimbursement
check with the amount in words. Date and money shapes added here: ordinals ("the 4th of March 2026"), weekday with a
two-digit year ("Wed 03/04/26"), "12-May-2026", "1.234,56 $", "MXN 2.150,00", amounts in words. Everything printed
with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famhb import EDSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Odalys", "Bertrand", "Marisa", "Cletus", "Roxanne", "Augustin", "Verna", "Lazarus", "Hortense", "Emmett",
         "Priscilla", "Gideon", "Lorraine", "Wendell", "Mavis", "Quentin", "Georgina", "Solomon", "Bernadette",
         "Virgil", "Eunice", "Leland", "Odessa", "Raymond", "Corinne", "Alphonse"]
LAST = ["Brumfield", "Castellow", "Dorsett", "Etheridge", "Fulcher", "Gatling", "Hardiman", "Isbell", "Jernigan",
        "Kittrell", "Langston", "Mabry", "Nordan", "Overby", "Pridgen", "Rountree", "Satterwhite", "Tillery",
        "Vinson", "Whitley", "Yopp", "Ashby", "Boykin", "Cuthrell"]
FIRST_V = ["Anjali", "Rohan", "Mariel", "Chidi", "Agnieszka", "Tomasz", "Thanh", "Ngozi", "Farhan", "Ingeborg",
           "Kwabena", "Ruxandra", "Dilnoza", "Teodor", "Yusuf", "Lakshmi", "Bogdan", "Amaka", "Henrik", "Pranav"]
LAST_V = ["Raghunathan", "Okafor", "Wiśniewski", "Nguyen-Tran", "Adeyemi", "Kowalewska", "Chaudhry", "Lindqvist",
          "Mensah", "Popescu", "Yuldasheva", "Balakrishnan", "Oyewole", "Dąbrowski", "Haugland", "Iyengar"]
FIRST_ES = ["Eustaquio", "Filomena", "Gumersindo", "Herminia", "Isidro", "Jovita", "Lisandro", "Macaria", "Nicanor",
            "Otilia", "Primitivo", "Refugio", "Severiano", "Tomasa"]
LAST_ES = ["Alcocer", "Berrones", "Cisneros", "Dorantes", "Elizondo", "Garza-Leal", "Ibarrola", "Lozoya",
           "Mireles", "Ontiveros", "Pámanes", "Saldívar", "Treviño", "Zertuche"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def people(rng: random.Random, n: int, kind: str = "us") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; kind 'us', 'visitor' or 'es'."""
    fs, ls = {"us": (FIRST, LAST), "visitor": (FIRST_V, LAST_V), "es": (FIRST_ES, LAST_ES)}[kind]
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def split_name(name: str) -> tuple[str, str, str]:
    parts = name.split()
    return parts[0], parts[1].rstrip("."), parts[-1]


def last_first(name: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(name)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "919") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-8{rng.choice('0578')}{rng.choice('0578')}-555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1940, hi: int = 1962) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def nc_address(rng: random.Random) -> list[str]:
    """An invented street address in a Carolina or Tennessee town."""
    towns = [("Goldsboro", "NC", "27530"), ("Kinston", "NC", "28501"), ("Sumter", "SC", "29150"),
             ("Orangeburg", "SC", "29115"), ("Jackson", "TN", "38301"), ("Cleveland", "TN", "37311"),
             ("Lumberton", "NC", "28358"), ("Shelby", "NC", "28150"), ("Dyersburg", "TN", "38024")]
    town, st, z = rng.choice(towns)
    street = rng.choice(["Peachtree St Apt 2", "Railroad Ave", "W Vernon Ave", "Cotton Gin Rd", "Sugar Hill Ct",
                         "N Herritage St", "Dogwood Trl", "Old Stage Rd", "Sunset Ave Lot 14", "Bell Chapel Rd"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, {st} {z}"]


def host_address(rng: random.Random) -> list[str]:
    """An invented US host's address where a visitor stays (c/o line added by the caller)."""
    towns = [("Edison", "NJ", "08817"), ("Sugar Land", "TX", "77479"), ("Schaumburg", "IL", "60193"),
             ("Fremont", "CA", "94538"), ("Plano", "TX", "75024"), ("Alpharetta", "GA", "30005"),
             ("Troy", "MI", "48083"), ("Bellevue", "WA", "98004"), ("Cary", "NC", "27513")]
    town, st, z = rng.choice(towns)
    street = rng.choice(["Brookhollow Dr", "Kestrel Ct", "Maple Glen Ln", "Heron Pointe Blvd", "Windmill Way",
                         "Stonebridge Pkwy Apt 1108", "Larkin Ct", "Autumn Ridge Dr"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def d_ord(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B %Y')}"


def d_ord_us(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"


def yy(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def wyy(d: dt.date) -> str:
    """Wed 03/04/26"""
    return d.strftime("%a %m/%d/%y")


def wlong(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def dmon(d: dt.date) -> str:
    """04-Mar-2026"""
    return d.strftime("%d-%b-%Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """jueves 5 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def es_short(d: dt.date) -> str:
    """05-mar-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def span_words(a: dt.date, b: dt.date) -> str:
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def _group(v: float, th: str, dec: str) -> str:
    s = f"{v:,.2f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", th)


def es_suffix(v: float) -> str:
    """1.234,56 $"""
    return f"{_group(v, '.', ',')} $"


def us_es(v: float) -> str:
    """US$ 1,234.56"""
    return f"US$ {v:,.2f}"


def foreign(v: float, code: str) -> str:
    """MXN 2.150,00 / INR 12,450.00 / PLN 1 284,60 / EUR 18,40"""
    if code in ("MXN_DOT", "COP"):
        return f"{code[:3]} {_group(v, '.', ',')}"
    if code == "PLN":
        return f"{_group(v, ' ', ',')} zł"
    if code == "INR":
        return f"₹{v:,.2f}"
    return f"{code} {v:,.2f}"


def words(v: float) -> str:
    """1234.56 -> 'One thousand two hundred thirty-four and 56/100 dollars'."""
    def under_1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(f"{ONES[n // 100]} hundred")
            n %= 100
        if n >= 20:
            parts.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
        elif n or not parts:
            parts.append(ONES[n])
        return " ".join(parts)

    whole, cents = int(v), round((v - int(v)) * 100)
    if whole >= 1000:
        s = f"{under_1000(whole // 1000)} thousand" + (f" {under_1000(whole % 1000)}" if whole % 1000 else "")
    else:
        s = under_1000(whole)
    s = s[0].upper() + s[1:]
    return f"{s} and {cents:02d}/100 dollars"


# --- identifiers ------------------------------------------------------------------------------------------------
def with_odd(body: str, rng: random.Random, odd: str) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B, Z, G) among the digits of body."""
    idx = [i for i, c in enumerate(body) if c.isdigit()]
    i = rng.choice(idx[1:-1] if len(idx) > 2 else idx)
    return body[:i] + odd + body[i + 1:]


def grouped(s: str, n: int = 3, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def medicaid_no(rng: random.Random) -> str:
    return f"9{digits(rng, 10)}"


class EESheet(EDSheet):
    """EDSheet plus a pasted till receipt, values with bracketed captions after them, a Re: line, an ID box too narrow
    for its value, a numbered claim form with yes/no questions, a code legend at the foot and a check with words."""

    def receipt(self, lines: list[str], x: float, y: float, w: float = 62, size: float = 7.4,
                title: str | None = None) -> float:
        """A till receipt pasted on the page: a light grey strip, monospace lines, '-' rules for lines that are
        '---'. Returns the y under it."""
        lh = size * 0.46
        n = len(lines) + (1 if title else 0)
        h = n * lh + 6
        self.set_fill_color(238, 238, 238)
        self.rect(x, y, w, h, style="F")
        self.set_fill_color(255, 255, 255)
        # a torn top and bottom edge: small white notches
        for i in range(int(w // 3)):
            self.set_fill_color(255, 255, 255)
            self.rect(x + i * 3 + 1.2, y, 1.0, 0.8, style="F")
            self.rect(x + i * 3, y + h - 0.8, 1.0, 0.8, style="F")
        yy_ = y + 3
        if title:
            self.set_font("Mono", "B", size)
            self.set_xy(x, yy_)
            self.cell(w, lh, title, align="C")
            yy_ += lh
        for ln in lines:
            self.set_xy(x + 2.5, yy_)
            if ln == "---":
                self.set_font("Mono", "", size)
                self.cell(w - 5, lh, "-" * int((w - 5) / (size * 0.21)))
            else:
                bold = ln.startswith("**")
                self.set_font("Mono", "B" if bold else "", size)
                self.cell(w - 5, lh, ln[2:] if bold else ln)
            yy_ += lh
        return y + h + 2

    def after(self, items: list[tuple[str, str]], size: float = 9.4, cap: float = 6.6, sep: str = "   ·   "):
        """One or more lines of 'VALUE (caption)' items: the value bold, its caption after it in small type."""
        x = self.l_margin
        W = self.w - self.r_margin
        y = self.get_y()
        for i, (v, k) in enumerate(items):
            self.f(size, "B")
            vw = self.get_string_width(v) + 0.8
            self.f(cap)
            kw = self.get_string_width(f"({k})") + 0.8
            sw = self.get_string_width(sep) if i else 0
            if x + sw + vw + kw > W and x > self.l_margin:
                x = self.l_margin
                y += size * 0.5 + 1.2
                sw = 0
            if sw:
                self.set_xy(x, y)
                self.f(cap)
                self.cell(sw, size * 0.5, sep)
                x += sw
            self.set_xy(x, y)
            self.f(size, "B")
            self.cell(vw, size * 0.5, v)
            x += vw
            self.set_xy(x, y + (size - cap) * 0.18)
            self.f(cap)
            self.cell(kw, cap * 0.5, f"({k})")
            x += kw
        self.set_xy(self.l_margin, y + size * 0.5 + 3)

    def re_line(self, parts: list[str], sep: str = " / ", size: float = 10, bold: bool = True):
        """'Re: A / B / C' (or bullets) in one run."""
        self.f(size, "B" if bold else "")
        self.multi_cell(0, size * 0.5, "Re:  " + sep.join(parts), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def narrow_box(self, caption: str, first: str, second: str, x: float, y: float, w: float = 30,
                   size: float = 9.4, cap: float = 6.0) -> float:
        """A small ruled box whose value is too wide for it: the value runs on to a second line. Returns y under."""
        self.f(cap, "B")
        self.set_xy(x + 1, y + 0.8)
        self.cell(w - 2, cap * 0.42, caption)
        self.f(size, "B")
        self.set_xy(x + 1, y + 0.8 + cap * 0.42 + 1)
        self.cell(w - 2, size * 0.46, first)
        self.set_xy(x + 1, y + 0.8 + cap * 0.42 + 1 + size * 0.46 + 0.4)
        self.cell(w - 2, size * 0.46, second)
        h = 0.8 + cap * 0.42 + 1 + 2 * size * 0.46 + 1.8
        self.rect(x, y, w, h)
        return y + h

    def numbered(self, rows: list[list[tuple[str, str, str, float]]], size: float = 8.6, cap: float = 5.6,
                 h: float = 10.0):
        """Rows of numbered form boxes (num, caption, value, width in page fractions): the number white on a small
        black square at the top left, the caption beside it, the value under both."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            for num, k, v, frac in row:
                cw = W * frac
                self.rect(x, y, cw, h)
                self.set_fill_color(25, 25, 25)
                self.set_text_color(255, 255, 255)
                self.f(cap, "B")
                nw = self.get_string_width(num) + 1.6
                self.set_xy(x, y)
                self.cell(nw, cap * 0.5, num, fill=True, align="C")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.set_xy(x + nw + 0.8, y + 0.2)
                self.f(cap)
                self.cell(cw - nw - 1.5, cap * 0.45, k)
                self.set_xy(x + 1.2, y + cap * 0.5 + 1.2)
                self.f(size)
                self.cell(cw - 2, size * 0.45, v)
                x += cw
            self.set_xy(self.l_margin, y + h)
        self.ln(2)

    def yesno(self, items: list[tuple[str, bool | None, str]], size: float = 8.4):
        """Form questions: 'text  [X] Yes [ ] No  answer-line'."""
        W = self.w - self.l_margin - self.r_margin
        for q, ans, extra in items:
            y = self.get_y()
            self.f(size)
            self.set_xy(self.l_margin, y)
            self.multi_cell(W * 0.56, size * 0.46, q, new_x="RIGHT", new_y="TOP", align="L")
            y2 = self.get_y()
            x = self.l_margin + W * 0.57
            for lab, on in (("Yes", ans is True), ("No", ans is False)):
                self.rect(x, y + 0.4, 3.0, 3.0)
                if on:
                    self.line_seg(x + 0.3, y + 0.7, x + 2.7, y + 3.1)
                    self.line_seg(x + 2.7, y + 0.7, x + 0.3, y + 3.1)
                self.set_xy(x + 3.8, y)
                self.f(size)
                self.cell(9, size * 0.46, lab)
                x += 14
            self.set_xy(x + 1, y)
            self.f(size, "B")
            self.multi_cell(self.l_margin + W - x - 1, size * 0.46, extra, new_x="LMARGIN", new_y="NEXT",
                            align="L")
            self.set_y(max(self.get_y(), y2 if y2 > y else y + size * 0.46) + 1.6)
        self.ln(1)

    def legend_box(self, title: str, items: list[tuple[str, str]], size: float = 7.4, code_w: float = 12):
        """A ruled box of code meanings (the codes in bold at the left), as an EOB prints at the foot of a page."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.5, y0 + 1.2)
        self.f(size + 0.4, "B")
        self.cell(0, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.8
        for code, text in items:
            self.set_xy(self.l_margin + 1.5, y)
            self.f(size, "B")
            self.cell(code_w, size * 0.46, code)
            self.f(size)
            self.multi_cell(W - code_w - 4, size * 0.46, text, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.7
        self.rect(self.l_margin, y0, W, y - y0 + 0.8)
        self.set_xy(self.l_margin, y + 3)

    def check(self, payer: str, bank: list[str], no: str, date_s: str, payee: str, amount: float, memo: str,
              micr: str, void: str = "VOID AFTER 180 DAYS"):
        """A check across the lower third: the payer, check no. and date, 'Pay to the order of', the amount in words
        and in a box, a memo line and a MICR line."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y() + 2
        x = self.l_margin
        while x < self.l_margin + W:
            self.line_seg(x, y0, min(x + 2.2, self.l_margin + W), y0)
            x += 3.6
        y = y0 + 4
        h = 66
        self.set_fill_color(244, 244, 244)
        self.rect(self.l_margin, y, W, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y + 3)
        self.f(9.4, "B")
        self.cell(W * 0.6, 4.6, payer)
        self.f(9.4, "B")
        self.cell(W * 0.4 - 6, 4.6, f"No. {no}", align="R")
        for i, b in enumerate(bank):
            self.set_xy(self.l_margin + 3, y + 8.4 + i * 3.6)
            self.f(7.2)
            self.cell(W * 0.6, 3.4, b)
        self.set_xy(self.l_margin + W * 0.62, y + 12)
        self.f(8.2)
        self.cell(14, 4, "DATE")
        self.f(9.6, "B")
        self.cell(W * 0.38 - 20, 4, date_s)
        self.line_seg(self.l_margin + W * 0.62 + 13, y + 16.6, self.l_margin + W - 4, y + 16.6)
        self.set_xy(self.l_margin + 3, y + 24)
        self.f(7.0)
        self.cell(22, 3, "PAY TO THE")
        self.set_xy(self.l_margin + 3, y + 27)
        self.cell(22, 3, "ORDER OF")
        self.f(10, "B")
        self.set_xy(self.l_margin + 26, y + 24)
        self.cell(W * 0.62 - 26, 5, payee)
        self.line_seg(self.l_margin + 26, y + 29.4, self.l_margin + W * 0.72, y + 29.4)
        self.set_xy(self.l_margin + W * 0.75, y + 23)
        self.f(10.5, "B")
        self.cell(W * 0.25 - 4, 7, f"$**{amount:,.2f}", border=1, align="R")
        self.set_xy(self.l_margin + 3, y + 35)
        self.f(9.2)
        self.cell(W - 6, 5, f"{words(amount)} " + "*" * 12)
        self.line_seg(self.l_margin + 3, y + 40.4, self.l_margin + W - 4, y + 40.4)
        self.set_xy(self.l_margin + 3, y + 46)
        self.f(7.4)
        self.cell(W * 0.55, 4, f"MEMO  {memo}")
        self.set_xy(self.l_margin + W * 0.6, y + 46)
        self.f(7.0, "B")
        self.cell(W * 0.4 - 4, 4, void, align="R")
        self.line_seg(self.l_margin + W * 0.6, y + 52, self.l_margin + W - 4, y + 52)
        self.set_xy(self.l_margin + W * 0.6, y + 52.4)
        self.f(6.4)
        self.cell(W * 0.4 - 4, 3, "AUTHORIZED SIGNATURE", align="C")
        self.set_xy(self.l_margin + 8, y + h - 8)
        self.set_font("Mono", "B", 11)
        self.cell(W - 16, 5, micr)
        self.set_xy(self.l_margin, y + h + 3)
