"""Drawing helpers for round EE, helper famid (the No Surprises Act's patient-provider dispute resolution papers for
uninsured and self-pay patients as an invented dispute resolution entity and invented providers send them; an
invented level-funded small-group plan run by an invented third-party administrator with an invented stop-loss
carrier).

Why: both families put one decision among many amounts, dates and numbers, so they need a few layouts the older
kits do not have: a scorecard of big-figure boxes side by side (estimate / billed / difference / amount set), a
dated step list down the left of a letter (each step's date a decoy), a code legend boxed in two columns at the foot
of a statement, a narrow box whose identifier breaks over two lines, a yes/no questionnaire grid with write-in
lines, a horizontal tear-off stub with boxes, a value-then-caption line ("QX-20A8-7 (member no.)"), and the date and
money shapes real mail uses: "the 4th of March 2026", "Tuesday, the 14th of April 2026", "del 30 de marzo al 2 de
abril de 2026", "Thu 3/12/26", "1.234,56 $", "US$ 1,234.56", "one thousand five hundred ninety-five dollars and
no cents". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famhf import EDSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Anselm", "Bettina", "Crispin", "Delphine", "Eamon", "Fenella", "Gregor", "Hyacinth", "Isidore", "Jolene",
         "Lysander", "Marisol", "Niall", "Ottilie", "Peregrine", "Quentin", "Rosamund", "Saoirse", "Tamsin",
         "Ulric", "Verity", "Wendell", "Xanthe", "Yusuf", "Zelda", "Ambrose", "Blessing", "Cosmo"]
LAST = ["Abernethy", "Bolitho", "Carrodus", "Dunstable", "Eskridge", "Fennimore", "Gwilliam", "Hollingdrake",
        "Iredale", "Juxon", "Kinnersley", "Loveridge", "Mattingley", "Northover", "Oxenham", "Penhaligon",
        "Quartermaine", "Rattray", "Stirrup", "Trenchard", "Underhay", "Vosper", "Winstanley", "Yallop", "Allsop",
        "Blenkinsop"]
FIRST_ES = ["Amparo", "Baltasar", "Consuelo", "Demetrio", "Eulalia", "Fermín", "Graciela", "Hilario", "Inmaculada",
            "Jacinto", "Leocadia", "Macario", "Nieves", "Onésimo"]
LAST_ES = ["Arriaga", "Bocanegra", "Cisneros", "Dorantes", "Echeverría", "Fuentes", "Gallardo", "Hinojosa",
           "Irigoyen", "Jaramillo", "Lozoya", "Maldonado", "Nájera", "Olivares"]
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
    return parts[0], parts[1].rstrip("."), parts[-1]


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "503") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def dob(rng: random.Random, lo: int = 1952, hi: int = 1998) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def address(rng: random.Random) -> list[str]:
    """An invented street address in a Pacific Northwest or Mountain town."""
    town, st, z = rng.choice([("Corvallis", "OR", "97330"), ("Bend", "OR", "97701"), ("Yakima", "WA", "98901"),
                              ("Pocatello", "ID", "83201"), ("Missoula", "MT", "59801"), ("Medford", "OR", "97501"),
                              ("Walla Walla", "WA", "99362"), ("Twin Falls", "ID", "83301"),
                              ("Kalispell", "MT", "59901"), ("Olympia", "WA", "98501")])
    street = rng.choice(["Larkspur Ct", "NW Fir Grove Rd", "Basalt Ridge Dr", "E Orchard Ave Apt 4", "Tamarack Way",
                         "S Huckleberry Ln", "Old Stage Rd", "W Alder St Unit 9", "Camas Meadow Dr", "Quail Run"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_date(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B')} {d.year}"


def wd_ord(d: dt.date) -> str:
    """Tuesday, the 14th of April 2026"""
    return f"{d.strftime('%A')}, {ord_date(d)}"


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def short_wd(d: dt.date) -> str:
    """Thu 3/12/26"""
    return f"{d.strftime('%a')} {d.month}/{d.day}/{d.strftime('%y')}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """martes, 14 de abril de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def es_span(a: dt.date, b: dt.date) -> str:
    """del 30 de marzo al 2 de abril de 2026"""
    if a.month == b.month:
        return f"del {a.day} al {b.day} de {MONTHS_ES[b.month - 1]} de {b.year}"
    return f"del {a.day} de {MONTHS_ES[a.month - 1]} al {b.day} de {MONTHS_ES[b.month - 1]} de {b.year}"


def es_num(d: dt.date) -> str:
    """30/03/2026 (day first)"""
    return d.strftime("%d/%m/%Y")


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def es_after(v: float) -> str:
    """1.234,56 $"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{s} $"


def es_usd(v: float) -> str:
    """US$ 1,234.56"""
    return f"US$ {v:,.2f}"


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        return _ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + _words(n % 100))
    return _words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + _words(n % 1000))


def in_words(v: float) -> str:
    """one thousand five hundred ninety-five dollars and 40 cents"""
    d, c = int(round(v * 100)) // 100, int(round(v * 100)) % 100
    return f"{_words(d)} dollars and {'no' if c == 0 else c} cents"


# --- identifiers ------------------------------------------------------------------------------------------------
def odd_in(s: str, odd: str | None, rng: random.Random, lo: int = 1) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B, Z, G) at a digit place of s (not the first lo)."""
    if not odd:
        return s
    places = [i for i, c in enumerate(s) if c.isdigit() and i >= lo]
    i = rng.choice(places[:-1] or places)
    return s[:i] + odd + s[i + 1:]


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def mbi(rng: random.Random) -> str:
    """An MBI-shaped Medicare number (a decoy)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


class EESheet(EDSheet):
    """EDSheet plus a scorecard of big-figure boxes, a dated step list beside the letter, a two-column code legend,
    a narrow box with a two-line identifier, a yes/no questionnaire grid and a horizontal tear-off stub."""

    def scorecard(self, cells: list[tuple[str, str, str]], size: float = 15, cap: float = 6.6, h: float = 19,
                  heavy: int | None = None):
        """Boxes side by side: a small caption at the top, a big figure in the middle, a small note at the bottom
        (cells are (caption, figure, note)); the box at index heavy gets a thick frame."""
        W = self.w - self.l_margin - self.r_margin
        gap = 2.5
        cw = (W - gap * (len(cells) - 1)) / len(cells)
        y = self.get_y()
        for i, (k, v, note) in enumerate(cells):
            x = self.l_margin + i * (cw + gap)
            self.set_line_width(0.8 if i == heavy else 0.25)
            self.rect(x, y, cw, h)
            self.set_line_width(0.2)
            self.set_xy(x + 1.5, y + 1.2)
            self.f(cap, "B")
            self.cell(cw - 3, cap * 0.45, k.upper(), align="C")
            self.set_xy(x + 1.5, y + h / 2 - size * 0.22)
            self.f(size, "B")
            self.cell(cw - 3, size * 0.45, v, align="C")
            if note:
                self.set_xy(x + 1.5, y + h - cap * 0.45 - 1.4)
                self.f(cap)
                self.cell(cw - 3, cap * 0.45, note, align="C")
        self.set_xy(self.l_margin, y + h + 3)

    def steps_left(self, steps: list[tuple[str, str]], paras: list[str], side_w: float = 50, size: float = 9.4,
                   title: str = "How your dispute moved"):
        """A column of dated steps at the left (a dot, the date in bold, what happened under it) joined by a thin
        line; the letter's paragraphs to the right."""
        x0, y0 = self.l_margin, self.get_y()
        self.set_xy(x0, y0)
        self.f(7.4, "B")
        self.cell(side_w, 4, title.upper(), new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        ys = []
        for d, what in steps:
            ys.append(y)
            self.set_fill_color(30, 30, 30)
            self.ellipse(x0 + 0.6, y + 0.8, 2.2, 2.2, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0 + 4.5, y)
            self.f(8.2, "B")
            self.cell(side_w - 5, 3.8, d, new_x="LEFT", new_y="NEXT")
            self.f(7.6)
            self.multi_cell(side_w - 5, 3.4, what, new_x="LEFT", new_y="NEXT")
            y = self.get_y() + 2.2
        if len(ys) > 1:
            self.line_seg(x0 + 1.7, ys[0] + 3, x0 + 1.7, ys[-1] + 0.8)
        bottom = y
        left = self.l_margin
        self.set_left_margin(x0 + side_w + 4)
        self.set_xy(x0 + side_w + 4, y0)
        for p in paras:
            self.para(p, size)
        self.set_left_margin(left)
        self.set_xy(left, max(self.get_y(), bottom) + 1)

    def legend(self, title: str, items: list[tuple[str, str]], size: float = 7.8, cols: int = 2):
        """A boxed legend of codes and their meanings in cols columns (the code bold, its meaning after it)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - 4) / cols
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.2)
        self.f(size, "B")
        self.cell(0, size * 0.48, title)
        y = y0 + size * 0.48 + 2.6
        ends = [y] * cols
        for i, (code, text) in enumerate(items):
            c = i % cols
            x = self.l_margin + 2 + c * cw
            self.set_xy(x, ends[c])
            self.f(size, "B")
            self.cell(9, size * 0.45, code)
            self.f(size)
            self.set_xy(x + 9, ends[c])
            self.multi_cell(cw - 11, size * 0.45, text, new_x="LEFT", new_y="NEXT")
            ends[c] = self.get_y() + 1.2
        y = max(ends)
        self.rect(self.l_margin, y0, W, y - y0 + 0.6)
        self.set_xy(self.l_margin, y + 3)

    def wrapbox(self, cells: list[tuple[str, list[str], float]], size: float = 9.0, cap: float = 5.8):
        """A row of ruled boxes, the caption at the top left, the value on one or more lines (an identifier too long
        for its narrow box breaks over two lines)."""
        y = self.get_y()
        n = max(len(v) for _, v, _ in cells)
        h = cap * 0.42 + 1.8 + n * size * 0.47 + 1.2
        x = self.l_margin
        for k, lines, w in cells:
            self.rect(x, y, w - 1.2, h)
            self.set_xy(x + 1, y + 0.7)
            self.f(cap, "B")
            self.cell(w - 3, cap * 0.42, k)
            yy_ = y + cap * 0.42 + 1.8
            for ln in lines:
                self.set_xy(x + 1, yy_)
                self.f(size)
                self.cell(w - 3, size * 0.47, ln)
                yy_ += size * 0.47
            x += w
        self.set_xy(self.l_margin, y + h + 2.5)

    def yesno(self, rows: list[tuple[str, bool | str | None, str]], size: float = 8.6, title: str | None = None):
        """Questionnaire lines: the question, a YES and a NO box (ticked when answered; none when the answer is
        "line"), a write-in line with any answer text."""
        W = self.w - self.l_margin - self.r_margin
        if title:
            self.f(size + 0.6, "B")
            self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        qw = W * 0.56
        for i, (q, ans, text) in enumerate(rows, 1):
            y = self.get_y()
            self.f(size)
            self.set_xy(self.l_margin, y)
            self.multi_cell(qw, size * 0.46, f"{i}. {q}", new_x="LMARGIN", new_y="NEXT")
            yq = self.get_y()
            x = self.l_margin + qw + 2
            if ans != "line":                     # "line": a write-in answer only, no boxes
                for label, on in (("YES", ans is True), ("NO", ans is False)):
                    self._box(x, y + 0.2, on, 3.0)
                    self.set_xy(x + 3.6, y)
                    self.f(6.8, "B")
                    self.cell(8, 3.4, label)
                    x += 13
            self.set_xy(x + 1, y)
            self.f(size - 0.4)
            self.cell(W - (x - self.l_margin) - 1, 3.6, text)
            self.line_seg(x + 1, y + 4.0, self.l_margin + W, y + 4.0)
            self.set_y(max(yq, y + 5.2) + 1.2)
        self.ln(1.5)

    def stub(self, title: str, cells: list[tuple[str, str]], size: float = 8.8, widths: list[float] | None = None):
        """A dashed cut line, then a horizontal tear-off stub: a title at the left and a row of captioned boxes."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2, self.w - self.r_margin), y)
            x += 3.5
        self.set_xy(self.l_margin, y + 0.6)
        self.f(6.2)
        self.cell(0, 3, "fold and tear here, return the lower part", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.f(9.6, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.capstrip(cells, widths, size=size)
        self.ln(3)
