"""Drawing helpers for round EG, helper famka (Peace Corps volunteer health papers: care during service arranged by
the agency's health office and, after service, bills for service-related conditions under the federal employees'
compensation program; an invented tribal nation's self-insured employee health plan that pays after the Indian
Health Service and purchased/referred care).

Why: both families print a volunteer's or an employee's number beside the numbers of an agency, a compensation
office, a clinic, a billing service and a tribal health center, so they need a few layouts the older kits do not
have: a two-column key/value box whose captions sit in a shaded left column, a framed "claims history" box of old
bills (decoys), a tear-off return slip that repeats the identifiers beside the office's P.O. box, form boxes whose
caption is printed at the foot of the box under the value, a remittance page with many narrow columns, and the date,
money and identifier shapes real mail uses: "Mar. 4, '26", "04MAR26", "2026-03-04", "the 4th of March 2026",
"4 de marzo de 2026", "USD 1,234.50", "USD 1.234,50", an amount in words in English or Spanish, identifiers whose
letters look like digits (O and 0, I and 1, S and 5, B and 8) and identifiers set in groups ("QX4 77O2 19").
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famha import words  # noqa: F401  (re-exported: an amount in words as a check prints it)
from kit_roundef_famjf import EFSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Anneliese", "Barnaby", "Cressida", "Dashiell", "Elspeth", "Florian", "Gwendolyn", "Horatio", "Isadora",
         "Jasper", "Katrine", "Leander", "Mirabel", "Niall", "Ondine", "Percival", "Rhiannon", "Silas", "Theodora",
         "Auberon", "Wilhelmina", "Crispin", "Delia", "Emmerich", "Fennimore", "Greer", "Hamish", "Iolanthe"]
LAST = ["Ashcombe", "Brightmore", "Coldwell", "Dunsford", "Eversleigh", "Fairbanks", "Gladwell", "Hathersage",
        "Ingleby", "Kettering", "Longstaff", "Marchbank", "Northrop", "Ormsby", "Pendleton", "Redfern", "Southgate",
        "Thistlewood", "Upshaw", "Whitlock", "Yeardley", "Ambler", "Birtwistle", "Carrow", "Dimmock", "Etheridge"]
FIRST_ES = ["Anacleta", "Belisario", "Clemencia", "Demetrio", "Eulalia", "Fortunato", "Gumersinda", "Hermenegildo",
            "Iluminada", "Jacinto", "Leocadia", "Maximiliano", "Nemesia", "Olegario", "Rigoberto", "Soledad"]
LAST_ES = ["Andrade", "Benalcázar", "Cevallos", "Dávila", "Espinosa", "Figueroa", "Guerrero", "Herrera",
           "Iturralde", "Jaramillo", "Larrea", "Mosquera", "Naranjo", "Ordóñez", "Proaño", "Quiñónez"]


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


MALE = {"Barnaby", "Dashiell", "Florian", "Horatio", "Jasper", "Leander", "Niall", "Percival", "Silas", "Auberon",
        "Crispin", "Emmerich", "Fennimore", "Hamish", "Belisario", "Demetrio", "Fortunato", "Hermenegildo", "Jacinto",
        "Maximiliano", "Olegario", "Rigoberto"}


def people_sexed(rng: random.Random, sexes: str, es: bool = False) -> list[str]:
    """Invented names as people() gives them, one per letter of sexes: 'f' a woman's first name, 'm' a man's, '?'
    either (so a letter that says 'her son' names a woman and a man)."""
    got: list[str] = []
    while len(got) < len(sexes):
        cand = people(rng, len(sexes) * 3, es=es)
        got = []
        for want in sexes:
            for c in cand:
                male = c.split()[0] in MALE
                if c not in got and (want == "?" or (want == "m") == male):
                    got.append(c)
                    break
    return got


def split_name(full: str) -> tuple[str, str, str]:
    parts = full.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def kin(full: str, relative: str) -> str:
    """full's first name and initial with relative's last name (a child or spouse who shares the family name)."""
    f, m, _ = split_name(full)
    return f"{f} {m}. {split_name(relative)[2]}"


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    """First Last (no initial, as a salutation prints it)"""
    f, _, last = split_name(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "202") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-877-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def next_year(d: dt.date) -> dt.date:
    """The same day a year later (one calendar year)."""
    return d.replace(year=d.year + 1)


# --- dates ------------------------------------------------------------------------------------------------------
def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return d.strftime("%B %-d, %Y")


def iso(d: dt.date) -> str:
    """2026-03-04"""
    return d.isoformat()


def apos(d: dt.date) -> str:
    """Mar. 4, '26 (May, June and July without a point)"""
    m = d.strftime("%b")
    dot = "" if m in ("May", "Jun", "Jul") else "."
    return f"{m}{dot} {d.day}, '{d:%y}"


def dmy_caps(d: dt.date) -> str:
    """04MAR26 (as a claims system prints it)"""
    return d.strftime("%d%b%y").upper()


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def the_nth(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B')} {d.year}"


def es_date(d: dt.date) -> str:
    """4 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_dm(d: dt.date) -> str:
    """4 de marzo"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]}"


def dmy_es(d: dt.date) -> str:
    """04/03/2026 (day first, as a Spanish paper prints it)"""
    return d.strftime("%d/%m/%Y")


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """$1,234.50"""
    return f"${v:,.2f}"


def usd_code(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def es_usd(v: float) -> str:
    """USD 1.234,50 (Spanish grouping, as a paper from Ecuador prints dollars)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"USD {s}"


def paren(v: float) -> str:
    return f"({v:,.2f})" if v else "0.00"


_UNI = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiún", "veintidós",
        "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
_DEC = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_CEN = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
        "ochocientos", "novecientos"]


def _es_words(n: int) -> str:
    if n < 30:
        return _UNI[n]
    if n < 100:
        return _DEC[n // 10] + (" y " + _UNI[n % 10] if n % 10 else "")
    if n == 100:
        return "cien"
    if n < 1000:
        return _CEN[n // 100] + (" " + _es_words(n % 100) if n % 100 else "")
    k = n // 1000
    head = "mil" if k == 1 else _es_words(k) + " mil"
    return head + (" " + _es_words(n % 1000) if n % 1000 else "")


def palabras(v: float) -> str:
    """1234.50 -> 'mil doscientos treinta y cuatro con 50/100 dólares' (as a Spanish receipt writes it)."""
    whole = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    return f"{_es_words(whole) if whole else 'cero'} con {cents:02d}/100 dólares"


# --- identifiers ------------------------------------------------------------------------------------------------
LOOK = {"O": "0", "I": "1", "S": "5", "B": "8"}


def lookalike(rng: random.Random, shape: str) -> str:
    """An identifier from a shape: 'D' a digit, 'L' a letter a reader may take for a digit (O I S B), 'A' any capital
    but those, anything else printed as it is. 'QX4 77O2 19'-style ids come from shapes like 'AAD DDLD DD'."""
    out = []
    for c in shape:
        if c == "D":
            out.append(rng.choice("0123456789"))
        elif c == "L":
            out.append(rng.choice("OISB"))
        elif c == "A":
            out.append(rng.choice("ACDEFGHJKMNPRTUVWXY"))
        else:
            out.append(c)
    return "".join(out)


def twin(rng: random.Random, letter: str) -> str:
    """A letter beside the digit it looks like, in either order: 'O0', '1I', 'S5', '8B'."""
    pair = [letter, LOOK[letter]]
    rng.shuffle(pair)
    return "".join(pair)


def nosp(s: str) -> str:
    return s.replace(" ", "")


class EGSheet(EFSheet):
    """EFSheet plus a two-column key/value box with its captions in a shaded left column, a claims history box, a
    tear-off return slip, form boxes with the caption at the foot of the box and a narrow-column remittance table."""

    def kv_box(self, rows: list[tuple[str, str]], x: float | None = None, y: float | None = None,
               w: float = 92, cap_w: float = 34, size: float = 8.8, cap: float = 7.4, h: float = 6.0,
               title: str | None = None) -> float:
        """A ruled two-column box: captions in a shaded left column, values in the right one; a value with a '\\n'
        takes two lines. Returns the y under the box (the cursor is left there at the left margin)."""
        x = self.l_margin if x is None else x
        y0 = self.get_y() if y is None else y
        yy_ = y0
        if title:
            self.set_fill_color(40, 40, 40)
            self.set_text_color(255, 255, 255)
            self.set_xy(x, yy_)
            self.f(cap + 0.6, "B")
            self.cell(w, h, " " + title, fill=True)
            self.set_text_color(0, 0, 0)
            yy_ += h
        for k, v in rows:
            lines = v.split("\n")
            rh = max(h, len(lines) * size * 0.48 + 1.6)
            self.set_fill_color(228, 228, 228)
            self.rect(x, yy_, cap_w, rh, style="DF")
            self.rect(x + cap_w, yy_, w - cap_w, rh)
            self.set_fill_color(255, 255, 255)
            self.set_xy(x + 1.2, yy_ + (rh - cap * 0.45) / 2)
            self.f(cap, "B")
            self.cell(cap_w - 2, cap * 0.45, k)
            ly = yy_ + (rh - len(lines) * size * 0.48) / 2
            for part in lines:
                self.set_xy(x + cap_w + 1.5, ly)
                self.f(size)
                self.cell(w - cap_w - 3, size * 0.48, part)
                ly += size * 0.48
            yy_ += rh
        self.set_xy(self.l_margin, yy_ + 2)
        return yy_ + 2

    def kv_beside(self, rows: list[tuple[str, str]], right: list[str], w: float = 96, cap_w: float = 34,
                  size: float = 8.8, title: str | None = None, right_size: float = 9.8, right_title: str = ""):
        """The key/value box at the left, an address block (or short lines) at the right on the same band."""
        y0 = self.get_y()
        bottom = self.kv_box(rows, y=y0, w=w, cap_w=cap_w, size=size, title=title)
        xr = self.l_margin + w + 8
        yy_ = y0 + 2
        if right_title:
            self.set_xy(xr, yy_)
            self.f(6.8, "B")
            self.cell(0, 3.6, right_title.upper())
            yy_ += 4.4
        for ln in right:
            self.set_xy(xr, yy_)
            self.f(right_size)
            self.cell(self.w - self.r_margin - xr, right_size * 0.5, ln)
            yy_ += right_size * 0.5
        self.set_xy(self.l_margin, max(bottom, yy_ + 2) + 1)

    def history(self, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                aligns: list[str] | None = None, size: float = 7.8, note: str = ""):
        """A framed 'claims history' box: a small title bar, a plain table of earlier bills, an optional note."""
        W = sum(widths)
        x0 = self.l_margin
        y0 = self.get_y()
        self.set_xy(x0 + 1.5, y0 + 1)
        self.f(size, "B")
        self.cell(W - 3, size * 0.5, title)
        self.set_xy(x0 + 1.5, y0 + 1 + size * 0.5 + 1)
        aligns = aligns or ["L"] * len(widths)
        self.f(size - 0.6, "B")
        for hd, w, a in zip(head, widths, aligns):
            self.cell(w - 3 / len(widths), size * 0.5, hd, align=a)
        self.ln(size * 0.5 + 0.4)
        for r in rows:
            self.set_x(x0 + 1.5)
            self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w - 3 / len(widths), size * 0.5, c, align=a)
            self.ln(size * 0.5 + 0.2)
        if note:
            self.set_x(x0 + 1.5)
            self.f(size - 0.8)
            self.multi_cell(W - 3, (size - 0.8) * 0.47, note, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 1
        self.set_draw_color(90, 90, 90)
        self.set_dash_pattern(dash=1.2, gap=0.8)
        self.rect(x0, y0, W, y1 - y0)
        self.set_dash_pattern()
        self.set_draw_color(0, 0, 0)
        self.set_xy(x0, y1 + 3)

    def tear_slip(self, title: str, rows: list[tuple[str, str]], mail_to: list[str], note: str = "",
                  size: float = 8.8):
        """A dashed tear line with a small caption, then a return slip: the identifiers at the left (caption, value),
        the office's mailing address at the right."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 1.6, self.w - self.r_margin), y)
            x += 3
        self.set_xy(self.l_margin, y + 0.6)
        self.f(6.4)
        self.cell(0, 3, "tear here  -  return the lower part with anything you send us", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)
        self.f(size + 0.4, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        for k, v in rows:
            self.set_x(self.l_margin)
            self.f(size - 1.4)
            self.cell(34, size * 0.52, k)
            self.f(size, "B")
            self.cell(W * 0.58 - 34, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
        yl = self.get_y()
        xr = self.l_margin + W * 0.6
        self.set_xy(xr, y0)
        self.f(6.6, "B")
        self.cell(0, 3.4, "MAIL TO", new_x="LEFT", new_y="NEXT")
        for ln in mail_to:
            self.set_x(xr)
            self.f(size)
            self.cell(W * 0.4, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
        self.rect(xr - 2, y0 - 0.8, W * 0.4 + 2, max(self.get_y(), yl) - y0 + 1.6)
        self.set_xy(self.l_margin, max(self.get_y(), yl) + 1.5)
        if note:
            self.para(note, 7.6)

    def foot_caps(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 5.6, h: float = 10.0):
        """One row of ruled form boxes: the value up in the box, its caption in small type at the foot of the box."""
        y = self.get_y()
        x = self.l_margin
        for v, k, w in cells:
            self.rect(x, y, w, h)
            self.set_xy(x + 1.2, y + 1.2)
            self.f(size, "B")
            self.cell(w - 2, size * 0.48, v)
            self.line_seg(x + 1, y + h - cap * 0.45 - 1.4, x + w - 1, y + h - cap * 0.45 - 1.4)
            self.set_xy(x + 1.2, y + h - cap * 0.45 - 1.0)
            self.f(cap)
            self.cell(w - 2, cap * 0.45, k)
            x += w
        self.set_xy(self.l_margin, y + h + 2.5)
