"""Drawing helpers for round EC, helper famgd (Medicare's prior authorization of repetitive scheduled non-emergent
ambulance transport, as a Medicare Administrative Contractor's papers; an invented self-funded employer plan that
pays hospitals by reference-based pricing, as its administrator's papers).

Why: both families need tables whose cells wrap (a reason or a criterion takes two or three lines inside a ruled
row), a strip of small boxes for a schedule of trips (weekday over date, a mark under it), a statement ledger with
credits in parentheses and a running balance, a letterhead with the contact lines in a right-hand column over a
double rule, a boxed "copy for" band, and the shapes real mail prints identifiers in: Medicare numbers with dashes
(1EG4-TE5-MK72 style), tracking numbers in groups of four with a letter among the digits (K26 056S 4771 9302),
participant numbers with a space and a dependent suffix (QX 418207-01). Dates in the shapes this mail uses:
03/02/26 - 04/30/26, "from March 4 through March 9, 2026", 4-9 Mar 2026, "Mon 03/16/26", ISO. Everything
printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeb_famff import EBSheet
from public_kit import MONTHS_ES, digits, mbi

FIRST = ["Adelbert", "Briony", "Cletus", "Dorinda", "Elmer", "Fenella", "Gideon", "Hortense", "Isidore", "Jolene",
         "Kermit", "Lavinia", "Merritt", "Nanette", "Orrin", "Philippa", "Roscoe", "Severine", "Thaddeus", "Ursula",
         "Vernon", "Winifred", "Alonzo", "Bernadine", "Cornelius", "Delphine", "Everett", "Florence", "Gaylord",
         "Henrietta"]
LAST = ["Applegarth", "Bransford", "Coldiron", "Dunkerley", "Eversole", "Fruehauf", "Gingerich", "Hochstetler",
        "Imbrogno", "Jurgensen", "Kauffroath", "Lichtenwalner", "Moyerman", "Nevling", "Oberholtzer", "Pfautz",
        "Rudisill", "Shadle", "Treaster", "Umholtz", "Verbeck", "Weitzel", "Yocum", "Zeiders", "Achenbach",
        "Bollinger", "Crumrine", "Detweiler"]
FIRST_ES = ["Aurelio", "Benigna", "Crisanto", "Dominga", "Evaristo", "Felícitas", "Gumersindo", "Hermelinda",
            "Isaura", "Jacinto", "Leocadia", "Macario"]
LAST_ES = ["Alvarado", "Benavides", "Cordero", "Dueñas", "Echeverría", "Fuentes", "Garza", "Hinojosa", "Ibarra",
           "Jaramillo", "Lozano", "Mireles"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS_ES_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


def people(rng: random.Random, n: int, es: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (so a decoy never matches the truth)."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def phone(rng: random.Random, area: str = "717") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1936, hi: int = 1962) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pa_address(rng: random.Random) -> list[str]:
    """An invented street address in a Pennsylvania town."""
    town, z = rng.choice([("Altoona", "16601"), ("Lebanon", "17042"), ("Pottsville", "17901"), ("Sunbury", "17801"),
                          ("Lewistown", "17044"), ("Chambersburg", "17201"), ("Hazleton", "18201"),
                          ("Shamokin", "17872"), ("Tyrone", "16686")])
    street = rng.choice(["Chestnut St", "N 9th Ave", "Spruce Hollow Rd", "Market St Apt 2B", "Orchard Ter",
                         "W Walnut St", "Furnace Hill Rd", "Poplar Ln"])
    return [f"{rng.randint(100, 2999)} {street}", f"{town}, PA {z}"]


def oh_address(rng: random.Random) -> list[str]:
    """An invented street address in an Ohio town."""
    town, z = rng.choice([("Zanesville", "43701"), ("Marion", "43302"), ("Findlay", "45840"),
                          ("Chillicothe", "45601"), ("Sandusky", "44870"), ("Wooster", "44691"),
                          ("Mansfield", "44903"), ("Lima", "45801")])
    street = rng.choice(["Linwood Ave", "E Center St", "Township Rd 118", "Kenilworth Dr", "Maple Grove Ct",
                         "S Main St Unit 5", "Bellflower Ln"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, OH {z}"]


def mbi_dashed(rng: random.Random) -> tuple[str, str]:
    """A Medicare number printed with dashes as the card prints it, and the same without."""
    m = mbi(rng)
    return f"{m[:4]}-{m[4:7]}-{m[7:]}", m


def utn(rng: random.Random, letter: str | None = None) -> tuple[str, str]:
    """An invented 15-character tracking number, a letter among the digits; (printed in groups, as kept)."""
    jd = rng.randint(20, 160)
    x = letter or rng.choice("SBZ")
    s = f"{rng.choice('JKR')}26{jd:03d}{x}{digits(rng, 8)}"
    return f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}", s


def icn(rng: random.Random, jd: int | None = None) -> str:
    """A 13-digit Medicare internal control number: region, year, day of year, batch and sequence."""
    jd = jd or rng.randint(40, 170)
    return f"{rng.choice(['02', '12', '22'])}26{jd:03d}{digits(rng, 6)}"


def npi(rng: random.Random) -> str:
    return "1" + "".join(rng.choice("0123456789") for _ in range(9))


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def short(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def abbr(d: dt.date) -> str:
    return d.strftime("%b %-d, %Y")


def dash_span(a: dt.date, b: dt.date) -> str:
    """03/02/26 - 04/30/26"""
    return f"{short(a)} - {short(b)}"


def through(a: dt.date, b: dt.date) -> str:
    """from March 4 through March 9, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def compact_span(a: dt.date, b: dt.date) -> str:
    """4-9 Mar 2026 (same month) or 30 Mar-3 Apr 2026."""
    if a.month == b.month:
        return f"{a.day}-{b.day} {a.strftime('%b %Y')}"
    return f"{a.strftime('%-d %b')}-{b.strftime('%-d %b %Y')}"


def dayname(d: dt.date) -> str:
    """Mon 03/16/26"""
    return d.strftime("%a %m/%d/%y")


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]}, {s}" if weekday else s


def es_money(v: float) -> str:
    """US$ 1.234,50"""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def n2(v: float) -> str:
    return f"{v:,.2f}"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def trail(v: float) -> str:
    return f"{v:,.2f}-"


def trips(start: dt.date, end: dt.date, weekdays: tuple[int, ...] = (0, 2, 4)) -> list[dt.date]:
    """Every scheduled day (Mon/Wed/Fri by default) from start to end."""
    out, d = [], start
    while d <= end:
        if d.weekday() in weekdays:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


class ECSheet(EBSheet):
    """EBSheet plus wrapping table cells, a trip strip, a ledger, a right-column letterhead and a 'copy' band."""

    def wrap_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2,
                   aligns: list[str] | None = None, bold_last: bool = False, shade: int = 228,
                   bold_rows: tuple[int, ...] = ()):
        """A ruled table whose cells wrap: every row is as tall as its longest cell."""
        aligns = aligns or ["L"] * len(widths)
        lh = size * 0.45
        x0 = self.l_margin
        keep_margin = self.c_margin
        self.c_margin = 0.4

        def height(cells, style):
            self.f(size - (0.4 if style == "H" else 0), "B" if style in ("H", "B") else "")
            n = max(len(self.multi_cell(w - 0.8, lh, c or " ", dry_run=True, output="LINES"))
                    for c, w in zip(cells, widths))
            return n * lh + 1.8

        def draw(cells, style, y, fill=False):
            h = height(cells, style)
            x = x0
            for c, w, a in zip(cells, widths, aligns if style != "H" else ["L"] * len(widths)):
                if fill:
                    self.set_fill_color(shade, shade, shade)
                    self.rect(x, y, w, h, style="DF")
                    self.set_fill_color(255, 255, 255)
                else:
                    self.rect(x, y, w, h)
                self.set_xy(x + 0.4, y + 0.9)
                self.f(size - (0.4 if style == "H" else 0), "B" if style in ("H", "B") else "")
                self.multi_cell(w - 0.8, lh, c or "", align=a, new_x="LEFT", new_y="NEXT")
                x += w
            return h

        y = self.get_y()
        y += draw(head, "H", y, fill=True)
        for i, row in enumerate(rows):
            style = "B" if (bold_last and i == len(rows) - 1) or i in bold_rows else ""
            h = height(row, style)
            if y + h > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                y = self.get_y()
                y += draw(head, "H", y, fill=True)
            y += draw(row, style, y)
        self.c_margin = keep_margin
        self.set_xy(x0, y + 2)

    def trip_strip(self, items: list[tuple[str, str, str]], per_row: int = 9, h: float = 11.5, size: float = 7.6,
                   title: str | None = None):
        """Small boxes in rows: a weekday on top, the date in bold, a short mark under it (PAID, NO UTN, ...)."""
        W = self.w - self.l_margin - self.r_margin
        bw = W / per_row
        if title:
            self.f(7.2, "B")
            self.cell(0, 4, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y()
        for i, (top, mid, mark) in enumerate(items):
            col = i % per_row
            if col == 0 and i:
                y += h
            x = self.l_margin + col * bw
            self.rect(x, y, bw - 0.8, h - 0.8)
            self.set_xy(x, y + 0.6)
            self.f(size - 1.2)
            self.cell(bw - 0.8, size * 0.4, top, align="C")
            self.set_xy(x, y + 0.6 + size * 0.42)
            self.f(size, "B")
            self.cell(bw - 0.8, size * 0.45, mid, align="C")
            self.set_xy(x, y + 0.8 + size * 0.42 + size * 0.47)
            self.f(size - 1.4)
            self.cell(bw - 0.8, size * 0.4, mark, align="C")
        self.set_xy(self.l_margin, y + h + 2)

    def lh_right(self, name: str, sub: str, right: list[str], size: float = 15, serif: bool = False):
        """A letterhead: the name and a line under it at the left, contact lines right-aligned, a double rule."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        face = self.face
        if serif:
            self.face = "Serif"
        self.set_xy(self.l_margin, y)
        self.f(size, "B")
        self.cell(W * 0.62, size * 0.5, name)
        self.set_xy(self.l_margin, y + size * 0.5 + 0.8)
        self.f(8.6)
        self.cell(W * 0.62, 4, sub)
        self.face = face
        for k, ln in enumerate(right):
            self.set_xy(self.l_margin + W * 0.6, y + k * 3.7)
            self.f(7.4)
            self.cell(W * 0.4, 3.7, ln, align="R")
        yy = max(y + size * 0.5 + 5.5, y + len(right) * 3.7 + 1)
        self.line_seg(self.l_margin, yy, self.l_margin + W, yy)
        self.line_seg(self.l_margin, yy + 0.9, self.l_margin + W, yy + 0.9)
        self.set_xy(self.l_margin, yy + 4)

    def copy_band(self, text: str, size: float = 8.2):
        """A boxed band across the page: 'BENEFICIARY COPY - keep this with your Medicare papers'."""
        self.f(size, "B")
        self.cell(0, size * 0.72, text, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def ledger(self, rows: list[tuple[str, str, str, str, str]], size: float = 8.4, widths=None):
        """A statement ledger: date, description, charges, payments/adjustments (in parentheses), balance."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [24, W - 24 - 26 * 3, 26, 26, 26]
        self.wrap_table(["Date", "Description", "Charges", "Payments / adj.", "Balance"], [list(r) for r in rows],
                        widths, size=size, aligns=["L", "L", "R", "R", "R"], bold_last=True)

    def sign(self, lines: list[str], size: float = 9.6):
        self.ln(1)
        self.f(size)
        for ln in lines:
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
