"""Drawing helpers for round EF, helper famja (Medicare home health papers around the Home Health Change of Care
Notice; an invented denomination's church health plan for clergy and lay employees).

Why: both families print one person's numbers among many others (a Medicare number beside an agency's record number,
a participant ID beside a congregation number, a call reference, a scan line of digits), and the round asks for shapes
the older kits do not draw: captions set in small capitals in the left margin with the value at the right end of a
ruled box, a machine scan line of digits at the foot of a page, a contact sidebar whose phone / fax / TTY numbers sit
next to the identifiers, a decision form whose ticked box says what was decided, and the date and money shapes real
mail uses: "03.04.26", "week of March 9, 2026", "from 3/4 through 3/9/2026", "(123.45)", "123.45-", "123.45 CR".
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundee_famia import EESheet
from public_kit import MONTHS_ES, digits

FIRST_M = ["Ansel", "Barnaby", "Cornelius", "Dewitt", "Elias", "Fitzgerald", "Gustave", "Horace", "Ignatius",
           "Jasper", "Lucius", "Mortimer", "Norbert", "Osgood", "Percival", "Rutherford", "Silas", "Thaddeus",
           "Ulysses", "Wendell", "Ambrose", "Lemuel"]
FIRST_F = ["Adelaide", "Beatrix", "Clementine", "Dorothea", "Euphemia", "Florence", "Gwendolyn", "Henrietta",
           "Imogen", "Josephine", "Leonora", "Millicent", "Ottilie", "Philippa", "Rosamund", "Theodora", "Winifred",
           "Cordelia", "Marguerite", "Lavinia"]
LAST = ["Ashcombe", "Birtwistle", "Cheverton", "Dunwoody", "Eddington", "Fairweather", "Glenister", "Hobhouse",
        "Inglesby", "Kettlewell", "Lovejoy", "Middlemiss", "Netherwood", "Oldroyd", "Pennyfeather", "Quarrington",
        "Rushworth", "Sowerby", "Tattersall", "Upjohn", "Wadsworth", "Yelverton", "Brackenbury", "Coverdale",
        "Drinkwater", "Entwistle", "Farrimond", "Greenhalgh"]
FIRST_ES_M = ["Anselmo", "Bonifacio", "Crisanto", "Donaciano", "Evaristo", "Fulgencio", "Hilario", "Nazario"]
FIRST_ES_F = ["Amparo", "Benigna", "Candelaria", "Dionisia", "Eufemia", "Fidelina", "Graciela", "Hortensia"]
LAST_ES = ["Arredondo", "Barrientos", "Cantú", "Escamilla", "Figueroa", "Leyva", "Olivárez", "Peralta", "Rentería",
           "Valdez-Ochoa", "Zamudio", "Carbajal"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, sexes: str = "", pool: str = "en") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes gives 'm' / 'f' per person."""
    seen, got = set(), []
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else rng.choice("mf")
        if pool == "es":
            first = rng.choice(FIRST_ES_M if s == "m" else FIRST_ES_F)
            last = rng.choice(LAST_ES)
        else:
            first = rng.choice(FIRST_M if s == "m" else FIRST_F)
            last = rng.choice(LAST)
        if first in seen or last in seen:
            continue
        seen |= {first, last}
        got.append(f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(rng: random.Random, full: str, sex: str, avoid: tuple = ()) -> str:
    """A relative sharing the last name (a spouse, a child), with a first name nobody else on the paper has."""
    first, _, last = split_name(full)
    taken = {first} | {a.split()[0] for a in avoid}
    pool = [f for f in (FIRST_M if sex == "m" else FIRST_F) if f not in taken]
    return f"{rng.choice(pool)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def split_name(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), p[-1]


def last_first(full: str) -> str:
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "614") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, pre: str = "1-877") -> str:
    return f"{pre}-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape: 11 characters, no S L O I B Z."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def mbi_dash(m: str) -> str:
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


# --- dates ------------------------------------------------------------------------------------------------------
def dots(d: dt.date) -> str:
    """03.04.26 (month.day.two-digit year)"""
    return d.strftime("%m.%d.%y")


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def md_nopad(d: dt.date) -> str:
    """3/4"""
    return f"{d.month}/{d.day}"


def mdy_nopad(d: dt.date) -> str:
    """3/9/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def from_through(a: dt.date, b: dt.date) -> str:
    """from 3/4 through 3/9/2026"""
    return f"from {md_nopad(a)} through {mdy_nopad(b)}"


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def wlong(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def week_of(d: dt.date) -> str:
    return f"the week of {long(d)}"


def abbr(d: dt.date) -> str:
    return d.strftime("%b %-d, %Y")


def dmon(d: dt.date) -> str:
    """09-MAR-2026"""
    return d.strftime("%d-%b-%Y").upper()


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def es_num(d: dt.date) -> str:
    """09/03/2026 (day first)"""
    return d.strftime("%d/%m/%Y")


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def paren(v: float) -> str:
    """(123.45)"""
    return f"({v:,.2f})"


def trail(v: float) -> str:
    """123.45-"""
    return f"{v:,.2f}-"


def cr(v: float) -> str:
    """123.45 CR"""
    return f"{v:,.2f} CR"


def es_money(v: float) -> str:
    """US$ 1.234,56"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


def scan_digits(rng: random.Random, parts: list[int]) -> str:
    """A machine scan line: groups of digits (a decoy a careful reader skips)."""
    return "  ".join(digits(rng, n) for n in parts)


class EFSheet(EESheet):
    """EESheet plus small-capital captions in the left margin beside ruled value boxes, a scan line of digits at the
    foot of each page, a contact sidebar next to the identifiers and a ticked decision form."""

    def __init__(self, *a, scanline: str | None = None, **k):
        super().__init__(*a, **k)
        self.scanline = scanline

    def footer(self):
        super().footer()
        if self.scanline:
            self.set_xy(self.l_margin, -9)
            self.set_font("Mono", "", 8.4)
            self.cell(0, 3.6, self.scanline, align="C")

    def smallcaps(self, text: str, size: float = 7.6, bold: bool = True) -> float:
        """Write text at the current position in small capitals (lower case set as smaller capitals, on the same
        baseline); returns the width written."""
        x0 = x = self.get_x()
        y0 = self.get_y()
        for ch in text:
            sz = size * 0.76 if ch.islower() else size
            self.f(sz, "B" if bold else "")
            c = ch.upper()
            w = self.get_string_width(c)
            self.set_xy(x, y0 + 0.331 * (size - sz))
            self.cell(w, sz * 0.45, c)
            x += w
        self.set_xy(x, y0)
        return x - x0

    def margin_rows(self, rows: list[tuple[str, str]], cap_w: float = 44, size: float = 9.4, h: float = 7.2,
                    box_w: float | None = None, cap: float = 7.4, gap: float = 1.4):
        """Each row: the caption in small capitals at the left margin, then a ruled box with the value set against
        the box's right edge."""
        W = self.w - self.l_margin - self.r_margin
        bw = box_w or (W - cap_w)
        for k, v in rows:
            y = self.get_y()
            self.set_xy(self.l_margin, y + (h - cap * 0.45) / 2)
            self.smallcaps(k, cap)
            self.rect(self.l_margin + cap_w, y, bw, h)
            self.set_xy(self.l_margin + cap_w + 1, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(bw - 2.5, size * 0.45, v, align="R")
            self.set_xy(self.l_margin, y + h + gap)
        self.ln(1.5)

    def contact_side(self, ids: list[tuple[str, str]], contacts: list[tuple[str, str]], x: float, y: float,
                     w: float, title: str | None = None, size: float = 8.2) -> float:
        """A ruled sidebar: identifiers first, then a thin rule and the phone / fax / TTY lines, captions over
        values. Returns the y under the box."""
        return self.sidebar(ids + [("", "")] + contacts if contacts else ids, x, y, w, title=title, size=size)

    def side_text(self, paras: list[str], side: list[tuple[str, str]], side_w: float = 58, size: float = 9.4,
                  title: str | None = None, gap: float = 6, left: bool = False):
        """Letter paragraphs in one column and a ruled facts / contacts sidebar beside them."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        tw = W - side_w - gap
        sx = self.l_margin if left else self.l_margin + tw + gap
        tx = self.l_margin + side_w + gap if left else self.l_margin
        end = self.sidebar(side, sx, y0, side_w, title=title, size=size - 1.2)
        self.set_xy(tx, y0)
        for p in paras:
            self.set_x(tx)
            self.f(size)
            self.multi_cell(tw, size * 0.47, p, new_x="LEFT", new_y="NEXT", markdown=True)
            self.ln(2)
        self.set_xy(self.l_margin, max(self.get_y(), end) + 2)

    def tick_rows(self, title: str, rows: list[tuple[bool, str]], size: float = 8.8, cols: int = 1):
        """A ruled box of check boxes (an X in the ticked ones): the decision of a form."""
        self.checks(title, rows, size=size, cols=cols)

    def sig_line(self, left: str, right: str, size: float = 7.6):
        """Two signature lines side by side with their captions under them."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 8
        for i, k in enumerate((left, right)):
            x = self.l_margin + i * (W / 2 + 4)
            self.line_seg(x, y, x + W / 2 - 8, y)
            self.set_xy(x, y + 0.8)
            self.f(size)
            self.cell(W / 2 - 8, 3.4, k)
        self.set_xy(self.l_margin, y + 6)

    def note(self, text: str, title: str | None = None, size: float = 8.8):
        """A ruled box around a short paragraph with an optional small bold title (a reviewer's note)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.8, y0 + 1.4)
        if title:
            self.f(6.8, "B")
            self.cell(0, 3.4, title.upper(), new_x="LMARGIN", new_y="NEXT")
            self.set_x(self.l_margin + 1.8)
        self.f(size)
        self.multi_cell(W - 3.6, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 1.4
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 2.5)


def fax_cover(to: str, to_fax: str, frm: str, frm_fax: str, sent: dt.date, pages: int, re: str, note: str) -> bytes:
    """A typed fax cover sheet as its own PDF page (a separator that belongs to no document)."""
    c = EFSheet(footer=None)
    c.set_margins(22, 20, 22)
    c.add_page()
    c.f(24, "B")
    c.cell(0, 14, "Fax transmittal", new_x="LMARGIN", new_y="NEXT")
    c.rule(4)
    for k, v in [("To", to), ("Fax number", to_fax), ("From", frm), ("Call back", frm_fax),
                 ("Date sent", sent.strftime("%m/%d/%Y")), ("No. of pages", f"{pages} with this sheet"),
                 ("Subject", re)]:
        c.f(10.5, "B")
        c.cell(38, 9, k)
        c.f(10.5)
        c.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        c.line_seg(60, c.get_y() - 1, c.w - 22, c.get_y() - 1)
    c.ln(6)
    c.f(10)
    c.multi_cell(0, 5.2, note, new_x="LMARGIN", new_y="NEXT")
    c.ln(10)
    c.f(7.6)
    c.multi_cell(0, 3.8, "The pages after this sheet may hold health information about a person. If they reached you "
                         "by mistake, tell the sender and shred them.", new_x="LMARGIN", new_y="NEXT")
    return bytes(c.output())

