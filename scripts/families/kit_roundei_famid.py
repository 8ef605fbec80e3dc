"""Drawing helpers for round EI, helper famid (an invented state's early intervention program for infants and
toddlers, whose letters go to the parents; an invented farmworker cooperative's health plan with an hours bank, a
mobile clinic and contracted clinics).

Why: both families put their facts where real mail puts them and print several of each kind of value: an EOB whose
claims sit under a band of small captions with the patient's name broken over two lines, codes explained only on a
back page, a totals row on the last page; billed / allowed / insurance paid / plan paid / family or member share, a
check with its amount in words and a year-to-date figure on one paper; letters whose identifiers run in a small
footer on every page, whose claim table is on one page and reason in prose on another; forms with values over small
captions; hours tables with no ruling lines. Date shapes: "March 4th, 2026", "4-Mar-2026", "2026/03/04",
"Tuesday, March 4, 2026", "Mar 04 2026" and "4 de marzo de 2026" (older kits), plus "MAR 4 2026" and "04 Mar 26"
for claim systems. Everything printed with these helpers is invented (names from pools of their own).
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeg_famkf import es_date, iso, long, n2, phone, plus, slash, tollfree, usd, workday  # noqa: F401
from kit_rounded_famha import words  # noqa: F401
from kit_roundee_famif import fax_cover  # noqa: F401
from kit_roundeh_famld import EHSheet, dmy, th, wday, ymd  # noqa: F401

# --- invented people -------------------------------------------------------------------------------------------
KID_F = ["Odessa", "Marigold", "Clementine", "Juniper", "Wren", "Rosalind", "Tamsin", "Elowen", "Philippa", "Ottilie"]
KID_M = ["Thaddeus", "Barnaby", "Rafferty", "Leopold", "Ezra", "Crispin", "Hollis", "Lachlan", "Peregrine", "Alder"]
ADULT_F = ["Harriet", "Georgina", "Imogen", "Cressida", "Lavinia", "Maude", "Beatrix", "Henrietta", "Ines", "Sabine"]
ADULT_M = ["Desmond", "Lucian", "Fergus", "Ambrose", "Roderick", "Jasper", "Cuthbert", "Lionel", "Magnus", "Silas"]
SUR = ["Penhallow", "Trevithick", "Ashgrove", "Belcourt", "Carrow", "Dunstable", "Everleigh", "Fairbrass", "Gallimore",
       "Hollingdale", "Kershaw", "Latimer", "Marchbank", "Nethercott", "Oakenfold", "Prideaux", "Rainsford",
       "Stirrup", "Tolhurst", "Wingrave"]
ES_F = ["Yesenia", "Marisol", "Teodora", "Griselda", "Maricela", "Ofelia", "Rosaura", "Eustolia", "Hortensia",
        "Lucrecia"]
ES_M = ["Rigoberto", "Eleuterio", "Anselmo", "Fidencio", "Nicanor", "Lucio", "Heriberto", "Cipriano", "Abundio",
        "Porfirio"]
ES_SUR = ["Ocampo", "Zamudio", "Tinajero", "Villalpando", "Cázares", "Bermúdez", "Arredondo", "Saucedo", "Paniagua",
          "Mireles", "Lomelí", "Barragán", "Cisneros", "Valadez"]


def folks(rng: random.Random, kinds: str, es: bool = False) -> list[str]:
    """Invented 'First M. Last' names, one per letter of kinds: g / b = a girl / boy, F / M = a woman / man, X = any
    adult; no first or last name repeats (a decoy never matches a truth)."""
    pools = {"g": ES_F if es else KID_F, "b": ES_M if es else KID_M, "F": ES_F if es else ADULT_F,
             "M": ES_M if es else ADULT_M, "X": (ES_F + ES_M) if es else (ADULT_F + ADULT_M)}
    sur = ES_SUR if es else SUR
    seen, got = set(), []
    for k in kinds:
        while True:
            f, last = rng.choice(pools[k]), rng.choice(sur)
            if f not in seen and last not in seen:
                break
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}")
    return got


def same_sur(full: str, other: str) -> str:
    """full's first name and initial under other's last name (one household)."""
    a, b = full.split(), other.split()
    return f"{a[0]} {a[1]} {' '.join(b[2:])}"


def first(full: str) -> str:
    return full.split()[0]


def last(full: str) -> str:
    return " ".join(full.split()[2:])


def two_lines(full: str) -> str:
    """'Odessa R.\\nPenhallow': a name broken over two lines as a narrow cell prints it."""
    p = full.split()
    return f"{p[0]} {p[1]}\n{' '.join(p[2:])}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# --- dates and money --------------------------------------------------------------------------------------------
def caps(d: dt.date) -> str:
    """MAR 4 2026 (a claims system's date)"""
    return f"{d:%b}".upper() + f" {d.day} {d.year}"


def short(d: dt.date) -> str:
    """04 Mar 26"""
    return d.strftime("%d %b %y")


def mdy(d: dt.date) -> str:
    """3/4/2026 (no leading zeros)"""
    return f"{d.month}/{d.day}/{d.year}"


def age_on(born: dt.date, d: dt.date) -> int:
    return d.year - born.year - ((d.month, d.day) < (born.month, born.day))


def bday(born: dt.date, years: int) -> dt.date:
    return dt.date(born.year + years, born.month, born.day)


def neg(v: float) -> str:
    """(1,234.50): an amount taken away"""
    return f"({v:,.2f})"


# --- places -----------------------------------------------------------------------------------------------------
WM_TOWNS = [("Ketterby", "58104"), ("Halsted Ford", "58122"), ("Amberlow", "58137"), ("Cray's Landing", "58150"),
            ("North Pellam", "58163"), ("Dunmore Cross", "58171"), ("Ostley Bridge", "58186")]
WM_STREETS = ["Rushmere Ln", "Quarry Hill Rd", "Fenwick St Apt 3", "Sallow Ct", "Tanyard Way", "Old Mill Rd",
              "Copse Ave", "Lark Rise", "Weir St Unit 5", "Brindle Dr"]


def wm_address(rng: random.Random) -> list[str]:
    """A street address in the invented State of Wendmoor (postal code WM)."""
    town, z = rng.choice(WM_TOWNS)
    return [f"{rng.randint(14, 960)} {rng.choice(WM_STREETS)}", f"{town}, WM {z}"]


VALLEY_TOWNS = [("Las Garzas", "93271"), ("Tule Crossing", "93258"), ("Orchard Springs", "93244"),
                ("Buenavista Flats", "93265"), ("San Isidro", "93239")]
VALLEY_STREETS = ["Camino Viejo", "Avenida Los Olivos", "Packing House Rd", "Calle Nogal Apt 2", "Ditch Bank Rd",
                  "Labor Camp Rd Unit 14", "Calle del Río", "Almond Row"]


def valley_address(rng: random.Random) -> list[str]:
    """A street address in one of the invented farm towns where the cooperative's members live."""
    town, z = rng.choice(VALLEY_TOWNS)
    return [f"{rng.randint(100, 9800)} {rng.choice(VALLEY_STREETS)}", f"{town}, CA {z}"]


class EISheet(EHSheet):
    """EHSheet plus a claim band whose patient cell breaks the name over two lines, a back page of codes, a heavy
    'not a bill' banner and a check stub."""

    def claim_band(self, cells: list[tuple[str, str, float]], rows: list[list[str]], widths: list[float],
                   aligns: list[str], size: float = 7.6, row_h: float = 4.5, sub: list[str] | None = None,
                   head: list[str] | None = None):
        """One claim: a ruled band of small captions with their values under them (a value with a newline takes two
        lines: the patient's name), optional column heads, then rows with no rules and a bold claim-total row."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size + 0.4, "B")
        lines = max(len(self.multi_cell(w - 2, size * 0.45, v, dry_run=True, output="LINES")) for _, v, w in cells)
        bh = 3.2 + lines * size * 0.45 + 1.2
        if self.get_y() + bh + row_h * (len(rows) + 3) > self.h - 22:
            self.add_page()
        y = self.get_y()
        self.set_fill_color(238, 238, 238)
        self.rect(x0, y, W, bh, style="DF")
        self.set_fill_color(255, 255, 255)
        x = x0
        for k, v, w in cells:
            self.set_xy(x + 1, y + 0.6)
            self.f(5.8, "B")
            self.cell(w - 2, 2.6, k.upper())
            self.set_xy(x + 1, y + 3.4)
            self.f(size + 0.4, "B")
            self.multi_cell(w - 2, size * 0.45, v, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y + bh + 0.8)
        if head:
            self.f(size - 0.6, "B")
            lh = (size - 0.6) * 0.42
            n = max(len(self.multi_cell(w - 1, lh, h_, dry_run=True, output="LINES")) for h_, w in zip(head, widths))
            y = self.get_y()
            x = x0
            for h_, w, a in zip(head, widths, aligns):
                k = len(self.multi_cell(w - 1, lh, h_, dry_run=True, output="LINES"))
                self.set_xy(x, y + (n - k) * lh)
                self.multi_cell(w - 1, lh, h_, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            self.set_xy(x0, y + n * lh + 1)
        for r in rows:
            self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        if sub:
            yl = self.get_y()
            self.line_seg(x0 + W * 0.4, yl, x0 + W, yl)
            self.f(size, "B")
            for c, w, a in zip(sub, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2.5)

    def totals_row(self, cells: list[str], widths: list[float], aligns: list[str], size: float = 8.0,
                   h: float = 5.2):
        """A heavy rule, then one bold row (a statement's totals)."""
        x0 = self.l_margin
        W = sum(widths)
        y = self.get_y()
        self.set_line_width(0.6)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 0.6)
        self.f(size, "B")
        for c, w, a in zip(cells, widths, aligns):
            self.cell(w, h, c, align=a)
        self.ln(h + 2)

    def code_page(self, title: str, codes: list[tuple[str, str]], after: list[tuple[str, str]] = (),
                  size: float = 8.6, new_page: bool = True):
        """The back page: each code in a dark box at the left with its meaning beside it, then headed notes."""
        if new_page:
            self.add_page()
        self.f(12, "B")
        self.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        W = self.w - self.l_margin - self.r_margin
        for code, text in codes:
            y = self.get_y()
            self.f(size, "")
            n = len(self.multi_cell(W - 18, size * 0.48, text, dry_run=True, output="LINES"))
            h = max(6, n * size * 0.48 + 1.5)
            self.set_fill_color(55, 55, 55)
            self.set_text_color(255, 255, 255)
            self.f(size + 0.6, "B")
            self.set_xy(self.l_margin, y)
            self.cell(13, 6, code, fill=True, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.set_xy(self.l_margin + 16, y + 0.6)
            self.f(size)
            self.multi_cell(W - 18, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
            self.set_y(y + h + 1.5)
        self.ln(2)
        for head, text in after:
            self.heading(head, 10)
            self.para(text, size + 0.2)

    def not_a_bill(self, text: str = "THIS IS NOT A BILL", sub: str = "", size: float = 12):
        """A heavy framed banner across the page."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_line_width(1.0)
        self.rect(self.l_margin, y, W, 9 + (4 if sub else 0))
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 1.2)
        self.f(size, "B")
        self.cell(W, 6.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.f(7.6)
            self.cell(W, 3.6, sub, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + 12 + (4 if sub else 0))

    def check_stub(self, rows: list[tuple[str, str]], amount: float, payee: list[str], size: float = 8.8):
        """A dashed cut line, then a check: number/date/amount boxes at the right, the amount in words, the payee."""
        W = self.w - self.l_margin - self.r_margin
        if self.get_y() + 44 > self.h - 20:
            self.add_page()
        y = self.get_y() + 3
        x = self.l_margin
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 2.5, self.l_margin + W), y)
            x += 4.5
        self.f(6.4)
        self.set_xy(self.l_margin, y + 0.6)
        self.cell(0, 3, "DETACH HERE  -  the check below is not valid for more than 180 days", align="C")
        y += 5
        self.rect(self.l_margin, y, W, 36)
        yy = y + 2
        for k, v in rows:
            self.set_xy(self.l_margin + W - 70, yy)
            self.f(6.4, "B")
            self.cell(26, 4.4, k.upper())
            self.f(size, "B")
            self.cell(42, 4.4, v, align="R")
            yy += 5
        self.set_xy(self.l_margin + 3, y + 18)
        self.f(size)
        self.cell(W - 6, 5, f"PAY  {words(amount)}  ****{amount:,.2f}")
        self.set_xy(self.l_margin + 3, y + 24)
        self.f(6.4, "B")
        self.cell(28, 3.6, "TO THE ORDER OF")
        for i, ln in enumerate(payee):
            self.set_xy(self.l_margin + 34, y + 24 + i * 4)
            self.f(size)
            self.cell(80, 4, ln)
        self.set_xy(self.l_margin, y + 38)
