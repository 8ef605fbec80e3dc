"""Drawing helpers for round EG, helper famkc (a state pharmaceutical assistance program that wraps Medicare Part D,
under the invented name ScriptAid; an invented supplemental cancer policy that pays fixed amounts).

Why: both families pay a fixed or left-over share rather than a bill, so their papers print many amounts and many
people beside the one line that matters. Beyond the older kits they need: a seal letterhead (a ring with the
agency's initials, the agency's lines beside it, the program's name set right), a spaced-capitals letterhead with a
tagline under a heavy rule, a two-column key/value box whose captions sit in a shaded left column, a small "claims
history" box with an earlier claim (a decoy), a "this is not a bill" band beside an amount, a tear-off return slip
under a scissors line whose boxes repeat the identifiers, a cell whose identifier is too long for its column and
runs onto a second line, and the date and money shapes real mail uses: "the 4th of March 2026", "Mar. 4, '26",
"04MAR26", "2026-03-04", "4 de marzo de 2026", "USD 1,234.50", "1234.50", "1.234,50", an amount in words in English
or Spanish. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundef_famjc import EFSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Adelaide", "Bartholomew", "Cressida", "Desmond", "Eudora", "Florian", "Gwendolyn", "Hollis", "Iris",
         "Jerome", "Katrina", "Lionel", "Mavis", "Nestor", "Oriana", "Prosper", "Quincy", "Rhoda", "Sylvester",
         "Theodora", "Virgil", "Winifred", "Alden", "Bettina", "Cyrus", "Dulcie", "Ambrosine", "Barnett", "Clarimond",
         "Dorian", "Elspeth", "Fabian", "Georgiana", "Hamish", "Isadora", "Jonah", "Leonora", "Magnus", "Nerys",
         "Osgood", "Perpetua", "Roderick", "Sabina", "Tobiah", "Ursula", "Wendell"]
FEMALE = {"Adelaide", "Cressida", "Eudora", "Gwendolyn", "Iris", "Katrina", "Mavis", "Oriana", "Rhoda", "Theodora",
          "Winifred", "Bettina", "Dulcie", "Ambrosine", "Clarimond", "Elspeth", "Georgiana", "Isadora", "Leonora",
          "Nerys", "Perpetua", "Sabina", "Ursula", "Amparo", "Consuelo", "Eufemia", "Felícitas", "Rosaura", "Socorro"}
LAST = ["Ackroyd", "Brockhurst", "Callender", "Darnley", "Ellerby", "Fenwright", "Gillingham", "Hartsough",
        "Inchbald", "Jellicoe", "Kilbride", "Loxley", "Marchbank", "Nuttall", "Ormerod", "Pilkington", "Quayle",
        "Rushworth", "Standish", "Tattersall", "Umfreville", "Verrall", "Wetherby", "Yeardley", "Amberley",
        "Blenkinsop", "Cartwright", "Dewhurst", "Eastwood", "Fairclough", "Garside", "Heptonstall", "Ingleby",
        "Kershaw", "Lumb", "Mellor", "Nowell", "Oddie", "Pickersgill", "Ramsden", "Sutcliffe", "Thwaite",
        "Uttley", "Whiteley", "Ackers", "Boothroyd", "Crabtree", "Duckworth", "Entwistle", "Firth"]
FIRST_ES = ["Amparo", "Baldomero", "Consuelo", "Demetrio", "Eufemia", "Fulgencio", "Felícitas", "Hermenegildo",
            "Rosaura", "Severiano", "Socorro", "Teófilo"]
LAST_ES = ["Arellano", "Batista", "Cabrera", "Dávila", "Espinal", "Fajardo", "Garza", "Hurtado", "Lugo",
           "Mercado", "Olivares", "Pacheco", "Sepúlveda", "Toledo"]


def people(rng: random.Random, n: int, es: bool = False, sex: str | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sex has one letter per person (F, M or .)."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        want = sex[len(got)] if sex else "."
        if f in seen or last in seen or (want == "F" and f not in FEMALE) or (want == "M" and f in FEMALE):
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(person: str, family_of: str) -> str:
    """person's first name and initial with family_of's last name (a spouse, a child)."""
    p = person.split()
    return f"{p[0]} {p[1]} {family_of.split()[-1]}"


def last_first(full: str) -> str:
    """LAST, FIRST M (as a remittance listing prints a patient)"""
    p = full.split()
    return f"{p[-1].upper()}, {p[0].upper()} {p[1].rstrip('.').upper()}"


def phone(rng: random.Random, area: str = "503") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def toll(rng: random.Random, area: str = "877") -> str:
    return f"1-{area}-555-{digits(rng, 4)}"


# --- dates ------------------------------------------------------------------------------------------------------
def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_of(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B %Y')}"


def apos(d: dt.date) -> str:
    """Mar. 4, '26 (May has no period)"""
    m = d.strftime("%b") + ("" if d.month == 5 else ".")
    return f"{m} {d.day}, '{d.strftime('%y')}"


def compact(d: dt.date) -> str:
    """04MAR26 (as a pharmacy or claims system prints it)"""
    return d.strftime("%d%b%y").upper()


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_slash(d: dt.date) -> str:
    """04/03/2026 (day first)"""
    return d.strftime("%d/%m/%Y")


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_code(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def bare(v: float) -> str:
    """1234.50 (no sign, no grouping)"""
    return f"{v:.2f}"


def es_amt(v: float) -> str:
    """1.234,50 (dot for thousands, comma for cents)"""
    return f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en999(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n or not parts:
        parts.append(_ONES[n])
    return " ".join(parts)


def words(v: float) -> str:
    """two thousand eight hundred sixty-four dollars and 50 cents"""
    whole, cents = int(v), round((v - int(v)) * 100)
    s = (f"{_en999(whole // 1000)} thousand" + (f" {_en999(whole % 1000)}" if whole % 1000 else "")
         if whole >= 1000 else _en999(whole))
    return f"{s} dollars and {cents:02d} cents"


_UNO = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
        "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
        "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
        "veintinueve"]
_DIEZ = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_CIEN = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
         "ochocientos", "novecientos"]


def _es999(n: int) -> str:
    if n == 100:
        return "cien"
    parts = []
    if n >= 100:
        parts.append(_CIEN[n // 100])
        n %= 100
    if n >= 30:
        parts.append(_DIEZ[n // 10] + (f" y {_UNO[n % 10]}" if n % 10 else ""))
    elif n or not parts:
        parts.append(_UNO[n])
    return " ".join(parts)


def es_words(v: float) -> str:
    """doscientos ochenta y seis dólares con 40/100"""
    whole, cents = int(v), round((v - int(v)) * 100)
    if whole >= 1000:
        th = whole // 1000
        s = ("mil" if th == 1 else f"{_es999(th)} mil") + (f" {_es999(whole % 1000)}" if whole % 1000 else "")
    else:
        s = _es999(whole)
    s = s.replace("uno mil", "un mil")
    return f"{s} dólares con {cents:02d}/100"


# --- identifiers ------------------------------------------------------------------------------------------------
def look_alike(s: str, rng: random.Random, n: int = 2, lo: int = 1) -> str:
    """Put n letters a reader may take for digits (O for 0, I for 1, S for 5, B for 8) at digit places of s, each
    where the digit it looks like would be; the other digits stay."""
    swap = {"0": "O", "1": "I", "5": "S", "8": "B"}
    chars = list(s)
    places = [i for i, c in enumerate(chars) if c.isdigit() and i >= lo]
    rng.shuffle(places)
    done = 0
    for i in places:
        if done >= n:
            break
        want = rng.choice(list(swap))
        chars[i] = swap[want]
        done += 1
    return "".join(chars)


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


class EGSheet(EFSheet):
    """The round EF sheet plus a seal letterhead, a spaced-capitals letterhead, a two-column key/value box with a
    shaded caption column, a claims history box, a 'not a bill' band, a tear-off slip and a narrow-column cell that
    breaks an identifier."""

    def seal_head(self, initials: str, agency: list[str], program: str, sub: str, right: list[str]):
        """A ring with the agency's initials at the left, the agency's lines beside it, the program's name large at
        the right over a small line, contact lines under the program's name, a thin rule under all."""
        y = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        r = 10
        cx, cy = self.l_margin + r, y + r
        self.set_line_width(0.8)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
        self.set_line_width(0.3)
        self.ellipse(cx - r + 1.6, cy - r + 1.6, 2 * r - 3.2, 2 * r - 3.2)
        self.set_line_width(0.2)
        self.set_font("Serif", "B", 9.5)
        self.set_xy(cx - r, cy - 2.4)
        self.cell(2 * r, 4.8, initials, align="C")
        self.set_xy(self.l_margin + 2 * r + 4, y + 1)
        for i, ln in enumerate(agency):
            self.set_x(self.l_margin + 2 * r + 4)
            self.f(8.6 if i == 0 else 7.6, "B" if i == 0 else "")
            self.cell(W * 0.45, 4.0, ln, new_x="LMARGIN", new_y="NEXT")
        yl = self.get_y()
        self.set_font("Serif", "B", 17)
        self.set_xy(self.l_margin + W * 0.5, y)
        self.cell(W * 0.5, 8, program, align="R")
        self.set_xy(self.l_margin + W * 0.5, y + 8.5)
        self.f(7.6)
        self.cell(W * 0.5, 3.6, sub, align="R")
        yy = y + 12.5
        for ln in right:
            self.set_xy(self.l_margin + W * 0.5, yy)
            self.f(7.4)
            self.cell(W * 0.5, 3.4, ln, align="R")
            yy += 3.4
        yb = max(yl, yy, y + 2 * r) + 2
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_xy(self.l_margin, yb + 4)

    def spaced_head(self, name: str, tagline: str, lines: list[str], size: float = 15):
        """The company's name in spaced capitals, a heavy rule, the tagline in italics-like small serif under it,
        contact lines set right on the tagline's band."""
        y = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.set_font("Serif", "B", size)
        self.set_xy(self.l_margin, y)
        self.set_char_spacing(1.6)
        self.cell(W, size * 0.5, name.upper())
        self.set_char_spacing(0)
        yb = y + size * 0.5 + 1.5
        self.set_line_width(1.1)
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yb + 1.5)
        self.set_font("Serif", "", 8.4)
        self.cell(W * 0.5, 4, tagline)
        yy = yb + 1.5
        for ln in lines:
            self.set_xy(self.l_margin + W * 0.5, yy)
            self.f(7.4)
            self.cell(W * 0.5, 3.4, ln, align="R")
            yy += 3.4
        self.set_xy(self.l_margin, max(yy, yb + 6) + 4)

    def kv_box(self, rows: list[tuple[str, str]], cap_w: float = 46, size: float = 9.2, h: float = 6.2,
               title: str | None = None, w: float | None = None, x: float | None = None, shade: int = 228):
        """A two-column key/value box: captions in a shaded left column, values in the right column, every row
        ruled; an optional title band across the top. Returns the y under the box."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        if title:
            self.set_fill_color(60, 60, 60)
            self.set_text_color(255, 255, 255)
            self.set_xy(x0, y)
            self.f(size - 0.4, "B")
            self.cell(W, h, " " + title, fill=True)
            self.set_text_color(0, 0, 0)
            y += h
        self.set_fill_color(shade, shade, shade)
        for k, v in rows:
            self.set_xy(x0, y)
            self.f(size - 0.8, "B")
            self.cell(cap_w, h, " " + k, border=1, fill=True)
            self.f(size)
            self.cell(W - cap_w, h, " " + v, border=1)
            y += h
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + 3)
        return y + 3

    def history_box(self, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                    x: float | None = None, size: float = 7.6):
        """A small ruled box of earlier claims (for the reader's records), a title over it."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        self.set_xy(x0, y)
        self.f(size + 0.4, "B")
        self.cell(sum(widths), 4.6, title, border="LTR")
        y += 4.6
        self.set_xy(x0, y)
        self.f(size - 0.4, "B")
        for hc, w in zip(head, widths):
            self.cell(w, 4.2, hc, border=1)
        y += 4.2
        self.f(size)
        for r in rows:
            self.set_xy(x0, y)
            for c, w in zip(r, widths):
                self.cell(w, 4.4, c, border=1)
            y += 4.4
        self.set_xy(self.l_margin, y + 3)

    def not_bill(self, left: str, amount: str, size: float = 9.4):
        """A band: 'THIS IS NOT A BILL' (and do-not-pay words) at the left, an amount boxed at the right."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_line_width(0.5)
        self.rect(self.l_margin, y, W, 8)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin + 2, y + 1.6)
        self.f(size, "B")
        self.cell(W * 0.7, 5, left)
        self.f(size + 1, "B")
        self.set_xy(self.l_margin + W * 0.7, y + 1.4)
        self.cell(W * 0.3 - 3, 5.2, amount, align="R")
        self.set_xy(self.l_margin, y + 11)

    def tear_slip(self, title: str, boxes: list[tuple[str, str, float]], lines: list[str], note: str = "",
                  size: float = 9.2):
        """A scissors line across the page ('cut here'), then a return slip: a bold title, one row of ruled boxes
        repeating the identifiers (caption small at the top of each box), and the return lines."""
        W = self.w - self.l_margin - self.r_margin
        self.ln(2)
        y = self.get_y()
        self.f(9)
        self.set_xy(self.l_margin, y - 2.2)
        self.cell(5, 4.4, "\u2702")
        x = self.l_margin + 6
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 1.6, self.l_margin + W), y)
            x += 3.2
        self.set_xy(self.l_margin, y + 0.8)
        self.f(6.4)
        self.cell(W, 3, "fold and tear along this line \u2014 send the lower part back with your papers", align="R")
        self.set_xy(self.l_margin, y + 5)
        self.f(size + 0.6, "B")
        self.cell(W, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        y = self.get_y()
        x = self.l_margin
        for k, v, w in boxes:
            self.rect(x, y, w - 1.2, 10)
            self.set_xy(x + 1, y + 0.7)
            self.f(5.8, "B")
            self.cell(w - 3, 2.6, k.upper())
            self.set_xy(x + 1, y + 4.2)
            self.f(size, "B")
            self.cell(w - 3, 4.6, v)
            x += w
        self.set_xy(self.l_margin, y + 12)
        self.f(size - 0.6)
        for ln in lines:
            self.cell(W, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
        if note:
            self.ln(1)
            self.f(7.2)
            self.multi_cell(W, 3.4, note, new_x="LMARGIN", new_y="NEXT")

    def wrap_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 7.4,
                   aligns: list[str] | None = None, lh: float | None = None, bold_rows: set | None = None,
                   shade_head: int = 225, marks: dict | None = None):
        """A ruled table whose header AND body cells wrap inside narrow columns (an identifier too long for its
        column runs onto a second line); each row is as tall as its tallest cell. marks: {row index: text} set
        in the left margin beside a row (an asterisk, a hand mark)."""
        aligns = aligns or ["L"] * len(widths)
        lh = lh or size * 0.45
        bold_rows = bold_rows or set()
        marks = marks or {}

        def row_out(cells, style, fill):
            self.f(size - (0.4 if style == "B" else 0), style)
            n = max(len(self.multi_cell(w - 1, lh, c, dry_run=True, output="LINES")) for c, w in zip(cells, widths))
            h = n * lh + 1.4
            if self.get_y() + h > self.h - 22:
                self.add_page()
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for c, w, a in zip(cells, widths, aligns):
                if fill:
                    self.set_fill_color(shade_head, shade_head, shade_head)
                    self.rect(x, y0, w, h, style="DF")
                    self.set_fill_color(255, 255, 255)
                else:
                    self.rect(x, y0, w, h)
                self.set_xy(x + 0.5, y0 + 0.7)
                self.multi_cell(w - 1, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                x += w
            self.set_xy(x0, y0 + h)
            return y0, h

        keep = self.c_margin
        self.c_margin = 0.4
        row_out(head, "B", True)
        for i, r in enumerate(rows):
            y0, h = row_out(r, "B" if i in bold_rows else "", False)
            if i in marks:
                self.f(size + 2, "B")
                self.set_xy(self.l_margin - 6, y0 + 0.4)
                self.cell(5, h - 0.8, marks[i], align="R")
                self.set_xy(self.l_margin, y0 + h)
        self.c_margin = keep
        self.ln(2)
