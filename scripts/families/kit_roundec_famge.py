"""Drawing helpers for round EC, helper famge (Washington State Department of Labor & Industries workers'
compensation medical bill papers; an invented vision benefit plan with exam, frame and contact lens allowances,
out-of-network reimbursement forms and lab orders).

Why: both families print a claim number in a small box in the top right corner of every page (the way these
offices ask every page to carry it), remittance detail where each bill takes two text rows (who and which claim
on the first, the service on the second) with money columns, a spectacle prescription grid (OD / OS rows) whose
numbers are decoys, and dates and money in the shapes real mail uses: "03/04/26 - 03/09/26", "from March 4
through March 9, 2026", "4-9 Mar 2026", "Wed 03/04/26", "42.10-", "(158.00)", "USD 312.00", "CAD 642.00".
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeb_famff import EBSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Arlo", "Bridget", "Cletus", "Darla", "Elmer", "Fern", "Gideon", "Hazel", "Ivor", "Jolene", "Kermit",
         "Loretta", "Merle", "Nola", "Orville", "Pearl", "Rufus", "Sybil", "Thurman", "Una", "Virgil", "Winifred",
         "Amos", "Birdie", "Conrad", "Delphine", "Eldon", "Florence"]
LAST = ["Ackerley", "Bjornstad", "Corrigan", "Dahlquist", "Emberly", "Fitzhugh", "Granstrom", "Haugland",
        "Ingersoll", "Jurgensen", "Kettleson", "Lofgren", "Mortensen", "Nyquist", "Oberholt", "Pettibone",
        "Rockwell", "Sandvik", "Thorsby", "Upchurch", "Vandermeer", "Whitcomb", "Youngquist", "Zimmerly"]
FIRST_ES = ["Anacleto", "Brígida", "Crisanto", "Dionisia", "Efraín", "Florinda", "Gumersindo", "Herminia",
            "Isidro", "Jacinta", "Leobardo", "Marisela"]
LAST_ES = ["Alcántar", "Bocanegra", "Camarena", "Delgadillo", "Elizondo", "Frausto", "Gamboa", "Hinojosa",
           "Izquierdo", "Jáuregui", "Lomelí", "Mancilla"]
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
        got.append(f"{f} {rng.choice('ACDEFGHJKLMNPRTVW')}. {last}")
    return got


def upper_name(name: str) -> str:
    """'First M. Last' as a listing prints it: LAST, FIRST M."""
    parts = name.split()
    return f"{parts[-1].upper()}, {parts[0].upper()} {parts[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "360") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def wa_address(rng: random.Random) -> list[str]:
    """An invented street address in a Washington town."""
    town, z = rng.choice([("Centralia", "98531"), ("Ellensburg", "98926"), ("Aberdeen", "98520"),
                          ("Moses Lake", "98837"), ("Port Angeles", "98362"), ("Sunnyside", "98944"),
                          ("Walla Walla", "99362"), ("Mount Vernon", "98273"), ("Longview", "98632"),
                          ("Wenatchee", "98801"), ("Pasco", "99301"), ("Shelton", "98584")])
    street = rng.choice(["Alder Crest Dr", "N Pearl St", "Riverbend Rd", "W Yakima Ave", "Huckleberry Ln",
                         "S Tower Ave Apt 12", "Orchard View Ct", "Old Pacific Hwy", "E Broadway Unit 3"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, WA {z}"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def sl(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def span_slash(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/09/26"""
    return f"{sl(a)} - {sl(b)}"


def span_words(a: dt.date, b: dt.date) -> str:
    """from March 4 through March 9, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def span_dmy(a: dt.date, b: dt.date) -> str:
    """4-9 Mar 2026 (same month) or 28 Feb-3 Mar 2026."""
    if a.month == b.month:
        return f"{a.day}-{b.day} {b.strftime('%b %Y')}"
    return f"{a.strftime('%-d %b')}-{b.strftime('%-d %b %Y')}"


def dayname(d: dt.date) -> str:
    """Wed 03/04/26"""
    return f"{d.strftime('%a')} {sl(d)}"


def wday(d: dt.date) -> str:
    """Tuesday, May 19, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]}, {s}" if weekday else s


def es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def n2(v: float) -> str:
    return f"{v:,.2f}"


def neg(v: float, style: str = "trail") -> str:
    """An adjustment as remittances print it: 42.10- or (42.10)."""
    if v == 0:
        return "0.00"
    return f"{v:,.2f}-" if style == "trail" else f"({v:,.2f})"


class ECSheet(EBSheet):
    """EBSheet plus a claim-number box in the top right corner of every page, two-row remittance detail and a
    spectacle prescription grid."""

    def __init__(self, *a, corner: str | None = None, **k):
        super().__init__(*a, **k)
        self.corner = corner

    def header(self):
        super().header()
        if self.corner:
            y = self.get_y()
            self.set_font(self.face, "B", 7.8)
            w = self.get_string_width(self.corner) + 5
            self.set_xy(self.w - self.r_margin - w, 9.0 if self.fax_hdr else 5.5)
            self.cell(w, 5, self.corner, border=1, align="C")
            self.set_xy(self.l_margin, max(y, 12))

    def tworow(self, head: tuple[list[str], list[str]], recs: list[tuple[list[str], list[list[str]]]],
               widths: list[float], size: float = 7.2, money_from: int = 99, total: list[str] | None = None,
               row_h: float = 4.0):
        """Remittance detail without vertical rules: every record takes a bold first row (who, which claim, which
        bill) and one row per service under it, under a two-row heading; a thin rule closes each record. Cells from index money_from on are right-aligned. An optional bold totals row at the end."""
        W = sum(widths)
        x0 = self.l_margin
        self.f(size - 0.3, "B")
        for hrow in head:
            self.set_x(x0)
            for i, (c, w) in enumerate(zip(hrow, widths)):
                self.cell(w, row_h, c, align="R" if i >= money_from else "L")
            self.ln(row_h)
        y = self.get_y() + 0.4
        self.line_seg(x0, y, x0 + W, y)
        self.set_y(y + 0.8)
        for r1, rest in recs:
            for r, st in [(r1, "B")] + [(r2, "") for r2 in rest]:
                self.set_x(x0)
                self.f(size, st)
                for i, (c, w) in enumerate(zip(r, widths)):
                    self.cell(w, row_h, c, align="R" if i >= money_from else "L")
                self.ln(row_h)
            y = self.get_y() + 0.4
            self.set_draw_color(150, 150, 150)
            self.line_seg(x0, y, x0 + W, y)
            self.set_draw_color(0, 0, 0)
            self.set_y(y + 0.8)
        if total:
            self.set_x(x0)
            self.f(size, "B")
            for i, (c, w) in enumerate(zip(total, widths)):
                self.cell(w, row_h + 0.6, c, align="R" if i >= money_from else "L", border="T")
            self.ln(row_h + 2)
        self.ln(1.5)

    def rx_grid(self, title: str, rows: list[tuple[str, str, str, str, str, str]], w: float = 120,
                size: float = 8.2):
        """A spectacle prescription: eye, sphere, cylinder, axis, add, prism; a small ruled grid with a title."""
        head = ["", "Sphere", "Cylinder", "Axis", "Add", "Prism"]
        cw = [w * 0.14] + [w * 0.172] * 5
        self.f(6.6, "B")
        self.cell(w, 3.6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        self.f(size - 0.6, "B")
        for c, x in zip(head, cw):
            self.cell(x, 5, c, border=1, align="C")
        self.ln(5)
        for r in rows:
            for i, (c, x) in enumerate(zip(r, cw)):
                self.f(size, "B" if i == 0 else "")
                self.cell(x, 5, c, border=1, align="C")
            self.ln(5)
        self.ln(2.5)

    def boxnote(self, text: str, size: float = 8.6, w: float | None = None):
        """A ruled box around a short paragraph (a note the office typed in, or a mailing instruction)."""
        W = w or (self.w - self.l_margin - self.r_margin)
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size)
        self.multi_cell(W - 4, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 1.5
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_y(y1 + 2.5)
