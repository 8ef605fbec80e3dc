"""Drawing helpers for round EG, helper famkd (US Family Health Plan papers with an invented designated provider; an
invented HSA-qualified high-deductible health plan and its invented HSA custodian).

Why: both families print a member's number beside a sponsor's, a subscriber's or an account holder's number, and a
refusal beside lines that were paid or only counted toward a deductible, so they need a few layouts the older kits do
not have: a two-column key/value box whose captions sit in a shaded left column, a ruled table whose narrow cells
may hold two lines (an identifier broken where the column breaks it), a framed "amount you may owe" band with a
"this is not a bill" line beside the amount, a small claims-history box (an older claim's number and amount as
decoys), a tear-off slip under a scissors line that repeats the identifiers in boxes, a block naming a guardian or an
authorized representative above the address, and the date and money shapes real mail uses: "the 4th of March 2026",
"Mar. 4, '26", "04MAR26", "2026-03-04", "4 de marzo de 2026", "USD 1,234.50", "1,234.50 USD", an amount in words in
English or Spanish. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famha import words  # noqa: F401  (re-exported: an amount in words as a check prints it)
from kit_roundef_famjd import EFSheet, grouped  # noqa: F401  (re-exported)
from public_kit import MONTHS_ES, digits

FIRST_F = ["Annaliese", "Corliss", "Emmaline", "Georgiana", "Isolde", "Kerensa", "Marigold", "Ottoline", "Rosamund",
           "Seraphina", "Ursula", "Xanthe", "Araminta", "Cordelia"]
FIRST_M = ["Barnaby", "Dashiell", "Fitzgerald", "Horatio", "Jubal", "Lysander", "Nathaniel", "Peregrine", "Quincy",
           "Tiberius", "Winslow", "Zebulon", "Bertram", "Valentine"]
LAST = ["Ashcombe", "Blanchflower", "Cottingham", "Dunsmore", "Everleigh", "Fairweather", "Gallowglass", "Hartwell",
        "Inglethorpe", "Jessamy", "Kittredge", "Loxley", "Merriweather", "Northcott", "Oakenfold", "Pendergrass",
        "Quarrington", "Ravenhill", "Southerland", "Tredwell", "Upshaw", "Verity", "Whitlock", "Yardley"]
FIRST_ES_F = ["Berenice", "Dulce", "Filomena", "Herminia", "Jacinta", "Milagros", "Purificación"]
FIRST_ES_M = ["Anselmo", "Cayetano", "Evaristo", "Gaspar", "Isidro", "Leocadio", "Nazario"]
LAST_ES = ["Aguirre", "Bustamante", "Carvajal", "Echeverría", "Figueroa", "Galindo", "Huerta", "Ibarra", "Jurado",
           "Lezama", "Montoya", "Navarrete", "Olivares", "Pacheco"]


def _firsts(es: bool, sex: str) -> list[str]:
    f, m = (FIRST_ES_F, FIRST_ES_M) if es else (FIRST_F, FIRST_M)
    return f if sex == "f" else m if sex == "m" else f + m


def people(rng: random.Random, n: int, es: bool = False, sex: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); `sex` is a
    string with one letter per person ('f', 'm', or '.' for either), shorter strings leave the rest open."""
    sex = sex.ljust(n, ".")
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(_firsts(es, sex[len(got)])), rng.choice(LAST_ES if es else LAST)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(rng: random.Random, last_of: str, n: int = 1, es: bool = False, sex: str = "") -> list[str]:
    """n invented family members who share the last name of `last_of` ('First M. Last')."""
    last = " ".join(last_of.split()[2:])
    taken = {last_of.split()[0]}
    sex = sex.ljust(n, ".")
    got = []
    while len(got) < n:
        f = rng.choice(_firsts(es, sex[len(got)]))
        if f in taken:
            continue
        taken.add(f)
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def first_last(full: str) -> str:
    parts = full.split()
    return f"{parts[0]} {' '.join(parts[2:])}"


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    parts = full.split()
    return f"{' '.join(parts[2:]).upper()}, {parts[0].upper()} {parts[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "410") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-{rng.choice(['800', '855', '866', '888'])}-555-{digits(rng, 4)}"


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


# --- dates ------------------------------------------------------------------------------------------------------
def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def dmy(d: dt.date) -> str:
    """4 March 2026"""
    return d.strftime("%-d %B %Y")


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def the_nth(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {_ord(d.day)} of {d.strftime('%B %Y')}"


def apos(d: dt.date) -> str:
    """Mar. 4, '26 (May stays without a stop)"""
    m = d.strftime("%b") + ("" if d.month == 5 else ".")
    return f"{m} {d.day}, '{d:%y}"


def mil(d: dt.date) -> str:
    """04MAR26"""
    return d.strftime("%d%b%y").upper()


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_dmy(d: dt.date) -> str:
    """04/03/2026 (day first)"""
    return d.strftime("%d/%m/%Y")


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_code(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def code_after(v: float) -> str:
    """1,234.50 USD"""
    return f"{v:,.2f} USD"


def es_comma(v: float) -> str:
    """1.234,50 (the decimal comma)"""
    return f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def cents(rng: random.Random) -> float:
    return rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100])


_U = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
      "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
      "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
      "veintinueve"]
_T = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta", 90: "noventa"}
_H = {100: "ciento", 200: "doscientos", 300: "trescientos", 400: "cuatrocientos", 500: "quinientos",
      600: "seiscientos", 700: "setecientos", 800: "ochocientos", 900: "novecientos"}


def _es(n: int) -> str:
    if n < 30:
        return _U[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _T[t * 10] + (f" y {_U[u]}" if u else "")
    if n == 100:
        return "cien"
    if n < 1000:
        h, r = divmod(n, 100)
        return _H[h * 100] + (f" {_es(r)}" if r else "")
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else _es(th).replace("veintiuno", "veintiún").replace(" y uno", " y un") + " mil"
    if th > 1 and th % 10 == 1 and th % 100 != 11:
        head = head.replace("uno mil", "un mil")
    return head + (f" {_es(r)}" if r else "")


def words_es(v: float) -> str:
    """385.50 -> 'trescientos ochenta y cinco dólares con 50/100'"""
    whole = int(round(v * 100)) // 100
    c = int(round(v * 100)) % 100
    w = _es(whole)
    if w.endswith("veintiuno"):
        w = w[:-9] + "veintiún"
    elif w.endswith("uno"):
        w = w[:-3] + "un"
    return f"{w} dólares con {c:02d}/100"


# --- identifiers ------------------------------------------------------------------------------------------------
LOOKALIKE = {"0": "O", "1": "I", "5": "S", "8": "B"}


def lookalike(rng: random.Random, n: int, swaps: int = 2) -> str:
    """n digits of which `swaps` are replaced by the letter that looks like them (O for 0, I for 1, S for 5, B for 8),
    each kind of letter at most once, so that letters and digits of the same shape sit in one identifier."""
    s = [rng.choice("0123456789") for _ in range(n)]
    s[0] = str(rng.randint(2, 9))
    kinds = rng.sample(list(LOOKALIKE), swaps)
    spots = rng.sample(range(1, n), swaps * 2)
    for k, (a, b) in zip(kinds, zip(spots[::2], spots[1::2])):
        s[a] = LOOKALIKE[k]          # the letter ...
        s[b] = k                     # ... and the digit it resembles, in the same identifier
    return "".join(s)


class EGSheet(EFSheet):
    """EFSheet plus a shaded-caption key/value box, a ruled table with two-line cells, an amount band with a
    'not a bill' line, a claims-history box, a tear-off slip with boxed identifiers and a representative block."""

    def kv_box(self, rows: list[tuple[str, str]], cap_w: float = 42, w: float | None = None, x: float | None = None,
               size: float = 9.0, cap: float = 7.6, h: float = 6.0, shade: int = 232,
               title: str | None = None) -> float:
        """A ruled two-column box: captions in a shaded left column, values in the right one; returns the y under."""
        x = self.l_margin if x is None else x
        w = w or (self.w - self.r_margin - x)
        y = self.get_y()
        if title:
            self.set_xy(x, y)
            self.set_fill_color(60, 60, 60)
            self.set_text_color(255, 255, 255)
            self.f(cap + 0.4, "B")
            self.cell(w, 5.2, " " + title, fill=True)
            self.set_text_color(0, 0, 0)
            y += 5.2
        for k, v in rows:
            self.set_fill_color(shade, shade, shade)
            self.set_xy(x, y)
            self.f(cap, "B")
            self.cell(cap_w, h, " " + k, border=1, fill=True)
            self.set_fill_color(255, 255, 255)
            self.f(size)
            self.cell(w - cap_w, h, " " + v, border=1)
            y += h
        self.set_xy(self.l_margin, y + 2.5)
        return y + 2.5

    def wrap_table(self, head: list[str], rows: list[list[str]], widths: list[float],
                   aligns: list[str] | None = None, size: float = 7.4, line_h: float | None = None,
                   shade_rows: set[int] | None = None, bold_rows: set[int] | None = None):
        """A ruled table whose cells may hold several lines ('\\n' where a narrow column breaks an identifier or a
        name); the header wraps too. Shaded rows are filled light grey."""
        aligns = aligns or ["L"] * len(widths)
        shade_rows, bold_rows = shade_rows or set(), bold_rows or set()
        lh = line_h or size * 0.44
        x0 = self.l_margin
        self.f(size - 0.5, "B")
        hl = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        hh = hl * lh + 1.6
        self.set_fill_color(220, 220, 220)
        x = x0
        for h, w in zip(head, widths):
            self.rect(x, y, w, hh, style="DF")
            self.set_xy(x, y + 0.8)
            self.multi_cell(w, lh, h, align="C", new_x="RIGHT", new_y="TOP")
            x += w
        y += hh
        for i, r in enumerate(rows):
            n = max(len(c.split("\n")) for c in r)
            rh = n * lh + 1.6
            if y + rh > self.h - 22:
                self.add_page(same=True)
                y = self.get_y()
            x = x0
            self.set_fill_color(236, 236, 236)
            for c, w, a in zip(r, widths, aligns):
                self.rect(x, y, w, rh, style="DF" if i in shade_rows else "D")
                self.f(size, "B" if i in bold_rows else "")
                for j, part in enumerate(c.split("\n")):
                    self.set_xy(x + 0.4, y + 0.8 + j * lh)
                    self.cell(w - 0.8, lh, part, align=a)
                x += w
            y += rh
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0, y + 2.5)

    def owe_band(self, caption: str, amount: str, note: str, size: float = 10):
        """A framed band: the caption and the amount in bold at the left, a boxed warning line at the right."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_line_width(0.5)
        self.rect(self.l_margin, y, W, 10)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin + 2, y + 2.2)
        self.f(size - 1.2)
        self.cell(self.get_string_width(caption) + 2, 5.6, caption)
        self.f(size + 1.5, "B")
        self.cell(self.get_string_width(amount) + 4, 5.6, amount)
        self.f(size - 0.6, "B")
        nw = self.get_string_width(note) + 8
        self.set_xy(self.w - self.r_margin - nw - 2, y + 2)
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255, 255, 255)
        self.cell(nw, 6, note, align="C", fill=True)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + 13)

    def history_box(self, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                    x: float | None = None, y: float | None = None, size: float = 7.2) -> float:
        """A small framed table under a caption (earlier claims); returns the y under it."""
        x = self.l_margin if x is None else x
        y = self.get_y() if y is None else y
        w = sum(widths)
        self.set_xy(x + 1, y + 1)
        self.f(size + 0.6, "B")
        self.cell(w - 2, size * 0.5, title)
        yy_ = y + 1 + size * 0.5 + 1.2
        self.f(size - 0.6, "B")
        xx = x
        for h_, cw in zip(head, widths):
            self.set_xy(xx + 0.8, yy_)
            self.cell(cw - 1.2, size * 0.45, h_)
            xx += cw
        yy_ += size * 0.45 + 0.6
        self.line_seg(x + 1, yy_, x + w - 1, yy_)
        yy_ += 0.6
        for r in rows:
            xx = x
            self.f(size)
            for c, cw in zip(r, widths):
                self.set_xy(xx + 0.8, yy_)
                self.cell(cw - 1.2, size * 0.47, c)
                xx += cw
            yy_ += size * 0.47 + 0.5
        self.rect(x, y, w, yy_ - y + 1)
        self.set_xy(self.l_margin, yy_ + 3)
        return yy_ + 3

    def tear_off(self, title: str, cells: list[tuple[str, str, float]], note: str = "", size: float = 8.8):
        """A scissors line, then a small return part: bold title, then boxes with the value ABOVE its small caption."""
        y = max(self.get_y() + 4, self.h - 62)
        x = self.l_margin
        self.f(9)
        self.set_xy(x, y - 2.2)
        self.cell(5, 4, "\u2702")
        x += 6
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.2, self.w - self.r_margin), y)
            x += 3.6
        self.set_xy(self.l_margin, y + 2)
        self.f(10, "B")
        self.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        if note:
            self.f(7.8)
            self.multi_cell(0, 3.7, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        yb = self.get_y()
        xb = self.l_margin
        for v, k, w in cells:
            self.rect(xb, yb, w - 1.5, 11)
            self.set_xy(xb + 1, yb + 1.3)
            self.f(size, "B")
            self.cell(w - 3.5, size * 0.5, v)
            self.set_xy(xb + 1, yb + 6.6)
            self.f(6.2)
            self.cell(w - 3.5, 3.2, k)
            xb += w
        self.set_xy(self.l_margin, yb + 14)

    def rep_block(self, caption: str, lines: list[str], w: float = 78, size: float = 8.6):
        """A framed block at the top right: a small caption (Guardian, Authorized representative) over lines."""
        x = self.w - self.r_margin - w
        y = self.get_y()
        self.set_xy(x + 2, y + 1.2)
        self.f(6.4, "B")
        self.cell(w - 4, 3.4, caption.upper(), new_x="LEFT", new_y="NEXT")
        for ln in lines:
            self.f(size)
            self.cell(w - 4, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
        end = self.get_y() + 1.2
        self.rect(x, y, w, end - y)
        self.set_xy(self.l_margin, y)
        return end
