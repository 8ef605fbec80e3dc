"""Drawing helpers for round EG, helper famkb (a state farmworker health voucher program's papers; an invented
multiple-employer welfare arrangement for small construction contractors).

Why: both families print one person's numbers among a household's or a crew's, and the round asks for shapes the
older kits do not draw: a two-column key/value box whose captions sit in a shaded left column, a ruled table whose
narrow cells wrap (an ID broken over two lines), a tear-off return slip whose values sit above their captions, a
shaded "claims history" box of earlier claims, IDs that mix O/0, I/1, S/5 and B/8, and the date and money shapes real
mail uses: "the 4th of March 2026", "Mar. 4, '26", "04MAR26", "2026-03-04", "4 de marzo de 2026", "USD 1,234.50",
amounts spelled in words beside the digits (English and Spanish).
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundef_famja import EFSheet
from public_kit import MONTHS_ES, digits

FIRST_ES_M = ["Abundio", "Baltazar", "Cirilo", "Demetrio", "Eleuterio", "Florencio", "Gumersindo", "Heriberto",
              "Isidro", "Jacinto", "Macario", "Nicanor", "Odilón", "Pascual", "Rosendo", "Saturnino", "Teódulo",
              "Urbano", "Wenceslao", "Efrén"]
FIRST_ES_F = ["Anastasia", "Brígida", "Catalina", "Delfina", "Esperanza", "Felipa", "Genoveva", "Herminia",
              "Inocencia", "Jovita", "Leocadia", "Macrina", "Natividad", "Obdulia", "Petra", "Reyna", "Socorro",
              "Teófila", "Úrsula", "Zenaida"]
KIDS_M = ["Mateo", "Brayan", "Santiago", "Emiliano", "Alexis", "Jonathan", "Kevin", "Iker"]
KIDS_F = ["Yaretzi", "Kimberly", "Ximena", "Itzel", "Valeria", "Jazmín", "Dayana", "Camila"]
LAST_ES = ["Anguiano", "Bañuelos", "Cervantes", "Dueñas", "Enríquez", "Fuentes", "Galván", "Hinojosa", "Jáuregui",
           "Lomelí", "Maldonado", "Navarrete", "Ocampo", "Quiroz", "Rosales", "Sandoval", "Tapia", "Uribe",
           "Villaseñor", "Zepeda"]
FIRST_M = ["Barrett", "Caldwell", "Dalton", "Emmett", "Forrest", "Garrison", "Hollis", "Irving", "Jonah", "Kendrick",
           "Lowell", "Merritt", "Nolan", "Porter", "Quentin", "Reid", "Sterling", "Tucker", "Vaughn", "Warren"]
FIRST_F = ["Annelise", "Bridget", "Corinne", "Delphine", "Estelle", "Fiona", "Greer", "Harriet", "Isolde", "Juliet",
           "Kirsten", "Lorraine", "Maren", "Nerissa", "Odette", "Priscilla", "Rhiannon", "Sabrina", "Tamsin",
           "Vivienne"]
LAST = ["Akerman", "Brightwater", "Castellane", "Dunmore", "Ellerby", "Fenwick", "Gatlin", "Hargrove", "Isley",
        "Jessup", "Kincaid", "Lockridge", "Marchetti", "Northcott", "Ormsby", "Prewitt", "Quayle", "Rowntree",
        "Stallworth", "Thibodeaux", "Underhill", "Vanterpool", "Whitcombe", "Yancey", "Abernethy", "Blanchard",
        "Corrigan", "Delacourt", "Eastwick", "Fairbanks", "Greenleaf", "Holcombe", "Ingersoll", "Kettering",
        "Langtry", "Mossberg", "Nettleton", "Oakhurst", "Pemberton", "Radcliffe", "Sutherland", "Tillotson"]
INITIALS = "ABCDEFGHJKLMNPRSTVW"


def people(rng: random.Random, n: int, sexes: str = "", pool: str = "en") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; pool 'en' or 'es'; sexes 'm'/'f' each."""
    seen, got = set(), []
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else rng.choice("mf")
        if pool == "es":
            first, last = rng.choice(FIRST_ES_M if s == "m" else FIRST_ES_F), rng.choice(LAST_ES)
        else:
            first, last = rng.choice(FIRST_M if s == "m" else FIRST_F), rng.choice(LAST)
        if first in seen or last in seen:
            continue
        seen |= {first, last}
        got.append(f"{first} {rng.choice(INITIALS)}. {last}")
    return got


def child_of(rng: random.Random, parent: str, sex: str, taken: tuple = ()) -> str:
    """A child with the parent's last name and a first name nobody else on the paper has."""
    last = parent.split()[-1]
    used = {t.split()[0] for t in taken} | {parent.split()[0]}
    pool = [k for k in (KIDS_M if sex == "m" else KIDS_F) if k not in used]
    return f"{rng.choice(pool)} {rng.choice(INITIALS)}. {last}"


def spouse_of(rng: random.Random, partner: str, sex: str, pool: str = "es", taken: tuple = ()) -> str:
    last = partner.split()[-1]
    used = {t.split()[0] for t in taken} | {partner.split()[0]}
    names = (FIRST_ES_M if sex == "m" else FIRST_ES_F) if pool == "es" else (FIRST_M if sex == "m" else FIRST_F)
    return f"{rng.choice([k for k in names if k not in used])} {rng.choice(INITIALS)}. {last}"


def split_name(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), p[-1]


def last_first(full: str) -> str:
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "308") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, pre: str = "1-888") -> str:
    return f"{pre}-555-{digits(rng, 4)}"


# --- identifiers that mix look-alike letters and digits ------------------------------------------------------------
LOOKALIKE = [("O", "0"), ("I", "1"), ("S", "5"), ("B", "8")]


def lookalike(rng: random.Random, n: int, pairs: int = 2) -> str:
    """n characters, mostly digits, with `pairs` look-alike letter/digit pairs (O and 0, I and 1, S and 5, B and 8)
    placed so that each letter and its twin digit both occur."""
    chars = [rng.choice("2346790") for _ in range(n)]
    slots = rng.sample(range(n), 2 * pairs)
    for i, (let, dig) in enumerate(rng.sample(LOOKALIKE, pairs)):
        chars[slots[2 * i]] = let
        chars[slots[2 * i + 1]] = dig
    return "".join(chars)


def groups(s: str, sizes: list[int], sep: str = " ") -> str:
    """'QX47702 19' style: the string cut into groups of the given sizes."""
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# --- dates ------------------------------------------------------------------------------------------------------
def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def the_nth(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B')} {d.year}"


def apos(d: dt.date) -> str:
    """Mar. 4, '26 (May without a period)"""
    mon = d.strftime("%b") + ("" if d.month == 5 else ".")
    return f"{mon} {d.day}, '{d.strftime('%y')}"


def compact(d: dt.date) -> str:
    """04MAR26"""
    return d.strftime("%d%b%y").upper()


def iso(d: dt.date) -> str:
    return d.isoformat()


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy(d: dt.date) -> str:
    """3/4/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def wlong(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def abbr(d: dt.date) -> str:
    return d.strftime("%b %-d, %Y")


DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_code(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def trail(v: float) -> str:
    """123.45-"""
    return f"{v:,.2f}-"


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" " + _en(n % 100) if n % 100 else "")
    return _en(n // 1000) + " thousand" + (" " + _en(n % 1000) if n % 1000 else "")


def words_en(v: float) -> str:
    """one thousand two hundred thirty-four and 50/100 dollars"""
    d, c = int(v), round((v - int(v)) * 100)
    return f"{_en(d)} and {c:02d}/100 dollars"


_ES_U = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
         "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
         "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
         "veintinueve"]
_ES_T = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
_ES_H = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
         "ochocientos", "novecientos"]


def _es(n: int) -> str:
    if n < 30:
        return _ES_U[n]
    if n < 100:
        return _ES_T[n // 10] + (" y " + _ES_U[n % 10] if n % 10 else "")
    if n == 100:
        return "cien"
    if n < 1000:
        return _ES_H[n // 100] + (" " + _es(n % 100) if n % 100 else "")
    k = n // 1000
    head = "mil" if k == 1 else _es(k).replace("uno", "un") + " mil"
    return head + (" " + _es(n % 1000) if n % 1000 else "")


def words_es(v: float) -> str:
    """mil doscientos treinta y cuatro dólares con 50/100"""
    d, c = int(v), round((v - int(v)) * 100)
    w = _es(d)
    if w.endswith("uno"):
        w = w[:-1]
    return f"{w} dólares con {c:02d}/100"


class EGSheet(EFSheet):
    """EFSheet plus a two-column key/value box with a shaded caption column, a wrapping ruled table, a tear-off slip
    with values over captions and a shaded claims-history box."""

    def kv_box(self, rows: list[tuple[str, str]], cap_w: float = 40, w: float | None = None, x: float | None = None,
               size: float = 9.0, cap: float = 7.6, h: float = 6.4, title: str | None = None) -> float:
        """A ruled box of two columns: the captions in a shaded left column, the values at the right. Returns the y
        under the box (the cursor goes there when x is None)."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        if title:
            self.set_fill_color(40, 40, 40)
            self.set_text_color(255, 255, 255)
            self.f(cap, "B")
            self.set_xy(x0, y)
            self.cell(W, cap * 0.62, " " + title, fill=True, border=1)
            self.set_text_color(0, 0, 0)
            y += cap * 0.62
        self.set_fill_color(228, 228, 228)
        for k, v in rows:
            self.set_xy(x0, y)
            self.f(cap, "B")
            self.cell(cap_w, h, " " + k, border=1, fill=True)
            self.f(size)
            self.cell(W - cap_w, h, " " + v, border=1)
            y += h
        self.set_fill_color(255, 255, 255)
        if x is None:
            self.set_xy(self.l_margin, y + 3)
        return y

    def kv_pair_boxes(self, left: list[tuple[str, str]], right: list[tuple[str, str]], cap_w: float = 30,
                      size: float = 8.8, cap: float = 7.2, h: float = 6.2, gap: float = 5, title_l: str | None = None,
                      title_r: str | None = None):
        """Two kv_boxes side by side."""
        W = self.w - self.l_margin - self.r_margin
        bw = (W - gap) / 2
        y0 = self.get_y()
        a = self.kv_box(left, cap_w=cap_w, w=bw, x=self.l_margin, size=size, cap=cap, h=h, title=title_l)
        self.set_y(y0)
        b = self.kv_box(right, cap_w=cap_w, w=bw, x=self.l_margin + bw + gap, size=size, cap=cap, h=h,
                        title=title_r)
        self.set_xy(self.l_margin, max(a, b) + 3)

    def wrap_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 7.4,
                   aligns: list[str] | None = None, bold_rows: tuple = (), shade_rows: tuple = (),
                   lh: float | None = None, x: float | None = None):
        """A ruled table whose cells wrap: a '\\n' in a value forces a break (an ID broken over two lines in a narrow
        column); each row is as tall as its tallest cell."""
        aligns = aligns or ["L"] * len(widths)
        lh = lh or size * 0.43
        x0 = self.l_margin if x is None else x
        keep_margin = self.c_margin
        self.c_margin = 0.5
        self.f(size - 0.4, "B")
        hl = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        self.set_fill_color(215, 215, 215)
        xx = x0
        for h, w in zip(head, widths):
            self.rect(xx, y, w, hl * lh + 1.4, style="DF")
            self.set_xy(xx + 0.4, y + 0.7)
            self.multi_cell(w - 0.8, lh, h, align="L", new_x="RIGHT", new_y="TOP")
            xx += w
        y += hl * lh + 1.4
        self.set_fill_color(238, 238, 238)
        for i, r in enumerate(rows):
            self.f(size, "B" if i in bold_rows else "")
            n = max(len(self.multi_cell(w - 0.8, lh, c or " ", dry_run=True, output="LINES"))
                    for c, w in zip(r, widths))
            rh = n * lh + 1.2
            if y + rh > self.h - self.b_margin:
                self.add_page(orientation=self.cur_orientation)
                y = self.get_y()
            xx = x0
            for c, w, a in zip(r, widths, aligns):
                self.rect(xx, y, w, rh, style="DF" if i in shade_rows else "D")
                self.set_xy(xx + 0.4, y + 0.6)
                self.multi_cell(w - 0.8, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                xx += w
            y += rh
        self.c_margin = keep_margin
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + 2.5)

    def tear_slip(self, title: str, cells: list[tuple[str, str, float]], note: str = "", cut: str = "Tear here",
                  size: float = 9.0, cap: float = 6.0, addr: list[str] | None = None):
        """A dashed cut line with a small label, then a return slip: a bold title, one band of values with their
        captions under them, an optional mailing address at the right and a note."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.2, self.w - self.r_margin), y)
            x += 3.6
        self.set_xy(self.l_margin, y + 0.6)
        self.f(6.2)
        self.cell(0, 2.8, f"- - {cut} - -", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(0.6)
        self.f(9.2, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)
        y0 = self.get_y()
        self.under([(v, k) for k, v, _ in cells], [w for _, _, w in cells], size=size, cap=cap)
        self.set_y(y0 + size * 0.48 + cap * 0.45 + 3.5)
        if addr:
            self.f(8.4)
            self.multi_cell(0, 4, "Mail to:  " + "  /  ".join(addr), new_x="LMARGIN", new_y="NEXT")
        if note:
            self.f(7.6)
            self.multi_cell(0, 3.7, note, new_x="LMARGIN", new_y="NEXT")

    def history_box(self, title: str, head: list[str], rows: list[list[str]], widths: list[float], size: float = 7.4,
                    x: float | None = None):
        """A shaded box of earlier claims (a decoy a careful reader skips)."""
        W = sum(widths)
        x0 = self.l_margin if x is None else x
        y0 = self.get_y()
        lh = size * 0.46
        h = (len(rows) + 2) * (lh + 0.6) + 2.2
        self.set_fill_color(240, 240, 240)
        self.rect(x0, y0, W, h, style="DF")
        self.set_xy(x0 + 1.2, y0 + 1)
        self.f(size, "B")
        self.cell(W - 2, lh, title)
        y = y0 + 1 + lh + 0.6
        for r, bold in [(head, True)] + [(r, False) for r in rows]:
            xx = x0 + 1.2
            self.f(size - 0.3, "B" if bold else "")
            for c, w in zip(r, widths):
                self.set_xy(xx, y)
                self.cell(w - 1, lh, c)
                xx += w
            y += lh + 0.6
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y0 + h + 2.5)

    def fax_line(self, text: str):
        """A fax machine's top line on the current page (sending number, date, page)."""
        y = self.get_y()
        self.set_font("Mono", "", 7.4)
        self.set_xy(6, 3.5)
        self.cell(0, 3, text)
        self.set_xy(self.l_margin, y)


def fax_cover(to: str, to_fax: str, frm: str, frm_fax: str, sent: dt.date, pages: int, re: str, note: str) -> bytes:
    """A typed fax cover sheet as its own PDF page (a separator that belongs to no document)."""
    c = EGSheet(footer=None)
    c.set_margins(22, 20, 22)
    c.add_page()
    c.f(22, "B")
    c.cell(0, 13, "FAX", new_x="LMARGIN", new_y="NEXT")
    c.rule(4)
    c.kv_box([("To", to), ("Fax", to_fax), ("From", frm), ("Phone", frm_fax), ("Date", sent.strftime("%m/%d/%Y")),
              ("Pages", f"{pages} (this sheet included)"), ("About", re)], cap_w=32, size=10.5, cap=9.5, h=9)
    c.ln(4)
    c.f(10)
    c.multi_cell(0, 5.2, note, new_x="LMARGIN", new_y="NEXT")
    c.ln(10)
    c.f(7.6)
    c.multi_cell(0, 3.8, "Confidential: the pages that follow may contain health information. If this fax reached you "
                         "in error, please call the sender and destroy it.", new_x="LMARGIN", new_y="NEXT")
    return bytes(c.output())
