"""Drawing helpers for round EG, helper famkf (an invented state's uncompensated-care pool paying hospitals and
community health centers for low-income residents; an invented consumer-operated and -oriented plan (CO-OP) sold on
an exchange).

Why: both families print a patient's number beside the numbers of a household, a clinic, a clearinghouse or a
representative, so they need a few layouts the older kits do not have: a two-column key/value box whose captions
sit in a shaded left column (set beside the address block), a form row of ruled boxes whose values stand ABOVE their
captions, a "claims history" box of earlier claims (a decoy number and amount), a tear-off return slip under a
scissors line that repeats the identifiers in boxes, and the identifier, date and money shapes real mail uses: IDs
mixing O and 0, I and 1, S and 5, B and 8 ("MR4O0-7I1S-58B"), IDs in spaced groups ("QX4 77O2 19"), member numbers
with a person suffix ("-03", "*02"), dates "04MAR26", "Mar. 4, '26", "2026-03-04", "the 4th of March 2026" and
"4 de marzo de 2026", money "USD 1,234.50", "US$ 1,234.50" and an amount in words. Everything printed with these
helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famha import words  # noqa: F401  (re-exported: an amount in words as a check prints it)
from kit_roundef_famjf import EFSheet
from public_kit import MONTHS_ES, digits

FIRST_F = ["Bettina", "Dagny", "Fenella", "Honora", "Jessamy", "Liesel", "Nerys", "Perpetua", "Rhiannon", "Solveig",
           "Undine", "Winifred", "Xanthe", "Zinnia", "Briony", "Delphine"]
FIRST_M = ["Aurelio", "Cormac", "Emrys", "Gideon", "Ivor", "Kasimir", "Mungo", "Osric", "Quillon", "Tiberius",
           "Vaughan", "Yorick", "Anselm", "Caspian"]
FIRST = FIRST_F + FIRST_M
LAST = ["Abbotsley", "Brackwater", "Coldrick", "Dymchurch", "Eddowes", "Frogmore", "Gammidge", "Hebblethwaite",
        "Inchcape", "Jaggard", "Kittredge", "Lanyon", "Mossop", "Nettleship", "Ormerod", "Pinnegar", "Quibell",
        "Rudyerd", "Scattergood", "Tregenza", "Uttley", "Vellacott", "Whiddon", "Yeoland", "Zouch", "Ashdown"]
FIRST_ES_F = ["Brígida", "Domitila", "Filomena", "Herminia", "Isaura", "Leocadia", "Nemesia", "Petronila"]
FIRST_ES_M = ["Anacleto", "Celestino", "Evaristo", "Gumersindo", "Jacinto", "Macario", "Orencio", "Rosendo"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Abrego", "Bañuelos", "Cervantes", "Durán", "Echeverría", "Fajardo", "Garibay", "Huerta", "Iturbide",
           "Jaramillo", "Lozoya", "Montemayor", "Nájera", "Olvera", "Piedra", "Quiñones"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
LOOK = {"O": "0", "I": "1", "S": "5", "B": "8"}


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); sexes is
    an optional string of F / M / X, one letter a person (a wife, a mother, a son), X or nothing for anyone."""
    ls = LAST_ES if es else LAST
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M, "X": FIRST_ES if es else FIRST}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def split_name(full: str) -> tuple[str, str, str]:
    parts = full.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    """First Last (no middle initial)"""
    f, _, last = split_name(full)
    return f"{f} {last}"


def with_surname(full: str, last: str) -> str:
    """The same first name and initial under another last name (a household sharing one surname)."""
    f, m, _ = split_name(full)
    return f"{f} {m}. {last}"


def surname(full: str) -> str:
    return split_name(full)[2]


def phone(rng: random.Random, area: str = "802") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-877-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def mr_address(rng: random.Random) -> list[str]:
    """An invented street address in the invented State of Merrimont (postal code MR)."""
    town, z = rng.choice([("Calder Falls", "05410"), ("Ashby Mills", "05433"), ("Port Winslow", "05462"),
                          ("Greyhaven", "05471"), ("North Tolland", "05488"), ("Sedgewick", "05419"),
                          ("Bramhall Junction", "05455"), ("Lowther", "05440")])
    street = rng.choice(["Tannery Rd", "Upper Quarry St", "Millrace Ln Apt 4", "Cobb Hill Rd", "Depot Sq Unit 2",
                         "Spinner Ave", "Old Turnpike", "Wharf St Rear", "Bellows Ct", "Kiln Rd"])
    return [f"{rng.randint(12, 980)} {street}", f"{town}, MR {z}"]


def plains_address(rng: random.Random) -> list[str]:
    """An invented street address in a town where the CO-OP sells its plans."""
    town, st, z = rng.choice([("Kearney", "NE", "68847"), ("Norfolk", "NE", "68701"), ("Hastings", "NE", "68901"),
                              ("Spencer", "IA", "51301"), ("Le Mars", "IA", "51031"), ("Yankton", "SD", "57078"),
                              ("Mitchell", "SD", "57301"), ("Columbus", "NE", "68601")])
    street = rng.choice(["Prairie Ln", "W 23rd St", "Cottonwood Dr Apt 6", "Elm Ave", "N Railroad St",
                         "Sandhill Ct", "Meadowlark Rd", "E 4th St Unit B", "Windmill Way", "Box Elder St"])
    return [f"{rng.randint(100, 4800)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return d.strftime("%B %-d, %Y")


def iso(d: dt.date) -> str:
    """2026-03-04"""
    return d.isoformat()


def compact(d: dt.date) -> str:
    """04MAR26 (a claims system's date)"""
    return d.strftime("%d%b%y").upper()


def apos(d: dt.date) -> str:
    """Mar. 4, '26 (May, June and July without a point)"""
    m = d.strftime("%b")
    dot = "" if m in ("May", "Jun", "Jul") else "."
    return f"{m}{dot} {d.day}, '{d:%y}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def the_nth(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B')} {d.year}"


def es_date(d: dt.date) -> str:
    """4 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_code(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def usd_es(v: float) -> str:
    """US$ 1,234.50"""
    return f"US$\u00a0{v:,.2f}"


# --- identifiers ------------------------------------------------------------------------------------------------
def lookalike(rng: random.Random, n: int, pairs: str = "OI") -> str:
    """n characters of digits in which, for each letter of `pairs` (O, I, S, B), both the letter and the digit it
    looks like stand somewhere (e.g. 'O' and '0' in the same ID); never starting with a look-alike."""
    chars = [str(rng.randint(2, 9)) if c in LOOK.values() else c for c in digits(rng, n)]
    free = list(range(1, n))
    rng.shuffle(free)
    for letter in pairs:
        a, b = free.pop(), free.pop()
        chars[a], chars[b] = letter, LOOK[letter]
    return "".join(chars)


def spaced(s: str, sizes: list[int], sep: str = " ") -> str:
    """'QX47702 19' -> groups of the given sizes joined by sep (the rest as a last group)."""
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


class FKSheet(EFSheet):
    """EFSheet plus a two-column key/value box with shaded caption column, an address block with such a box beside
    it, ruled form boxes with values above their captions, a claims history box and a tear-off return slip."""

    def kv_box(self, rows: list[tuple[str, str]], x: float, y: float, w: float, cap_w: float = 34,
               size: float = 8.8, cap: float = 7.6, h: float = 5.8, title: str | None = None) -> float:
        """A ruled two-column box at (x, y): captions in a shaded left column, values at the right. A value with a
        newline takes two lines. Returns the y under the box."""
        yy_ = y
        if title:
            self.set_fill_color(60, 60, 60)
            self.set_text_color(255, 255, 255)
            self.set_xy(x, yy_)
            self.f(cap + 0.6, "B")
            self.cell(w, h, " " + title, border=1, fill=True)
            self.set_text_color(0, 0, 0)
            yy_ += h
        for k, v in rows:
            n = v.count("\n") + 1
            rh = h * n if n > 1 else h
            self.set_fill_color(225, 225, 225)
            self.rect(x, yy_, cap_w, rh, style="DF")
            self.rect(x + cap_w, yy_, w - cap_w, rh)
            self.set_xy(x + 1, yy_ + (rh - cap * 0.45) / 2)
            self.f(cap, "B")
            self.cell(cap_w - 2, cap * 0.45, k)
            for i, part in enumerate(v.split("\n")):
                self.set_xy(x + cap_w + 1.5, yy_ + i * h + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(w - cap_w - 3, size * 0.45, part)
            yy_ += rh
        self.set_fill_color(255, 255, 255)
        return yy_

    def addr_kv(self, addr: list[str], rows: list[tuple[str, str]], w: float = 92, cap_w: float = 34,
                size: float = 8.8, title: str | None = None, addr_size: float = 10):
        """The addressee's block at the left and a key/value box at the right on the same band."""
        y0 = self.get_y()
        for ln in addr:
            self.set_x(self.l_margin)
            self.line(ln, addr_size)
        y1 = self.get_y()
        y2 = self.kv_box(rows, self.w - self.r_margin - w, y0, w, cap_w=cap_w, size=size, title=title)
        self.set_xy(self.l_margin, max(y1, y2) + 4)

    def over_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 5.8, h: float = 11):
        """One row of ruled boxes of (value, caption, width): the value in bold at the top of its box, the caption
        in small type at the foot of the box (values stand above their captions, as on a paper form)."""
        x = self.l_margin
        y = self.get_y()
        for v, k, w in cells:
            self.rect(x, y, w, h)
            self.set_xy(x + 1.2, y + 1.4)
            self.f(size, "B")
            self.cell(w - 2.4, size * 0.45, v)
            self.set_xy(x + 1.2, y + h - cap * 0.45 - 1.0)
            self.f(cap)
            self.cell(w - 2.4, cap * 0.45, k.upper())
            x += w
        self.set_xy(self.l_margin, y + h + 2)

    def history_box(self, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                    note: str = "", size: float = 7.8, x: float | None = None):
        """A shaded box of earlier claims ('Claims history'): a title strip, a small table, an optional note."""
        x0 = self.l_margin if x is None else x
        W = sum(widths)
        y = self.get_y()
        lh = size * 0.5
        hgt = 5 + lh * (len(rows) + 1) + 3 + (lh + 1 if note else 0)
        self.set_fill_color(240, 240, 240)
        self.rect(x0, y, W, hgt, style="DF")
        self.set_xy(x0 + 1.5, y + 1)
        self.f(size + 0.6, "B")
        self.cell(W - 3, 3.6, title)
        yy_ = y + 5
        for r, bold in [(head, True)] + [(r, False) for r in rows]:
            xx = x0 + 1.5
            for c, w in zip(r, widths):
                self.set_xy(xx, yy_)
                self.f(size, "B" if bold else "")
                self.cell(w - 1, lh, c)
                xx += w
            yy_ += lh
        if note:
            self.set_xy(x0 + 1.5, yy_ + 1)
            self.f(size - 0.6)
            self.cell(W - 3, lh, note)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + hgt + 3)

    def tear_slip(self, title: str, rows: list[list[tuple[str, str]]], note: str = "", size: float = 8.8):
        """A scissors line across the page, then a return slip: a bold title and rows of ruled caption/value boxes
        (caption small at the top left of its box) repeating the identifiers."""
        self.ln(2)
        y = self.get_y()
        self.f(8)
        self.set_xy(self.l_margin, y - 1.8)
        self.cell(6, 3.6, "\u2702")
        x = self.l_margin + 6
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.2, self.w - self.r_margin), y)
            x += 3.6
        self.set_xy(self.l_margin, y + 1)
        self.f(6.4)
        self.cell(0, 3, "Cut along the line and send this part back with your request", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.f(9.4, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            yb = self.get_y()
            cw = W / len(row)
            for i, (k, v) in enumerate(row):
                xb = self.l_margin + i * cw
                self.rect(xb, yb, cw, 9.5)
                self.set_xy(xb + 1, yb + 0.8)
                self.f(5.8)
                self.cell(cw - 2, 2.6, k.upper())
                self.set_xy(xb + 1, yb + 4.2)
                self.f(size, "B")
                self.cell(cw - 2, size * 0.45, v)
            self.set_xy(self.l_margin, yb + 9.5)
        if note:
            self.ln(1)
            self.para(note, 7.8)
