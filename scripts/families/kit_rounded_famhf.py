"""Drawing helpers for round ED, helper famhf (Ohio's workers' compensation papers as an invented managed care
organization (MCO) and the Bureau send them; an invented commercial plan's hospice and palliative care benefit).

Why: both families print a decision beside many other parties and numbers, so they need a few layouts the older kits
do not have: a decision grid (one row per requested service, check boxes for approved / denied / dismissed), caption
"tabs" printed white on a dark block at the left of each value, boxes whose caption runs up their left edge (turned
a quarter), a ledger grouped by claim with a shaded head line per claim, subtotals and a grand total, a routing stamp
(the forwarding office's box with handwritten-looking lines), and the date and money shapes real mail uses:
"Mar 4-9, 2026", "03/04/26 - 03/09/26", "from Wednesday, March 4 through Monday, March 9, 2026", "2026-03-04 thru
2026-03-09", "Mon 03/02", "del 3 al 24 de marzo de 2026", "412.00 CR", "1,234.50 USD", "(412.00)". Everything
printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundec_famgf import ECSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Augustina", "Bartholomew", "Corliss", "Delphinia", "Elbridge", "Florentine", "Gideon", "Henrietta",
         "Ignatius", "Josephine", "Kermit", "Lavinia", "Mortimer", "Nanette", "Orville", "Prudence", "Roscoe",
         "Sylvania", "Thelonius", "Undine", "Virgil", "Winifred", "Alaric", "Beulah", "Cornelius", "Drusilla",
         "Ephraim", "Fidelia"]
LAST = ["Ashcombe", "Brinkerhoff", "Caudle", "Derrington", "Eddowes", "Fothergill", "Gorringe", "Huxtable",
        "Ibbotson", "Jagger", "Kemble", "Lockyer", "Marwood", "Nettleship", "Orpwood", "Pargeter", "Rowntree",
        "Scarisbrick", "Treadwell", "Upjohn", "Varley", "Wadsworth", "Yelland", "Ashburner", "Bellingham",
        "Cruttenden"]
FIRST_ES = ["Anacleto", "Brígida", "Cipriano", "Dolores", "Evaristo", "Felícitas", "Gumersindo", "Herminia",
            "Isidoro", "Jacinta", "Leonardo", "Modesta"]
LAST_ES = ["Alcántara", "Benavides", "Cuéllar", "Dávila", "Espinosa", "Figueroa", "Garduño", "Huerta", "Ibarra",
           "Jáuregui", "Landeros", "Mireles"]
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
    """('First', 'M', 'Last') of 'First M. Last'."""
    parts = full.split()
    return parts[0], parts[1].rstrip("."), parts[-1]


def last_first(full: str) -> str:
    """LAST, FIRST M (a listing's form of a name)."""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "614") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1950, hi: int = 1994) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def on_weekday(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that is weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def oh_address(rng: random.Random) -> list[str]:
    """An invented street address in an Ohio town."""
    town, z = rng.choice([("Mansfield", "44903"), ("Lima", "45801"), ("Zanesville", "43701"),
                          ("Chillicothe", "45601"), ("Marion", "43302"), ("Sandusky", "44870"),
                          ("Ashtabula", "44004"), ("Portsmouth", "45662"), ("Wooster", "44691"),
                          ("Tiffin", "44883"), ("Cambridge", "43725"), ("Piqua", "45356")])
    street = rng.choice(["Sugar Maple Dr", "N Diamond St", "Township Rd 114", "W Liberty St Apt 3", "Kenwood Ct",
                         "Buckhorn Pike", "E Market St", "Shawnee Trl", "Glenmoor Ave", "Canal St Unit 7"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, OH {z}"]


def us_address(rng: random.Random) -> list[str]:
    """An invented street address in a Great Lakes or Plains town (the hospice family's members)."""
    town, st, z = rng.choice([("Kalamazoo", "MI", "49007"), ("Eau Claire", "WI", "54701"),
                              ("Rochester", "MN", "55901"), ("Peoria", "IL", "61602"), ("Fort Wayne", "IN", "46802"),
                              ("Saginaw", "MI", "48601"), ("La Crosse", "WI", "54601"), ("Dubuque", "IA", "52001")])
    street = rng.choice(["Birchwood Ln", "S Summit Ave", "Heron Pond Rd", "N 3rd St", "Chestnut Hill Ct",
                         "Old Quarry Rd", "W Lakeview Dr", "Maplecrest Cir Apt 12"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def span_dash(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/09/26"""
    return f"{yy(a)} - {yy(b)}"


def span_md(a: dt.date, b: dt.date) -> str:
    """Mar 4-9, 2026 (or Mar 30-Apr 3, 2026)"""
    if a.month == b.month:
        return f"{a.strftime('%b')} {a.day}-{b.day}, {b.year}"
    return f"{a.strftime('%b')} {a.day}-{b.strftime('%b')} {b.day}, {b.year}"


def span_dmy(a: dt.date, b: dt.date) -> str:
    """4-15 May 2026"""
    if a.month == b.month:
        return f"{a.day}-{b.day} {a.strftime('%b %Y')}"
    return f"{a.day} {a.strftime('%b')}-{b.day} {b.strftime('%b %Y')}"


def span_wdays(a: dt.date, b: dt.date) -> str:
    """from Wednesday, March 4 through Monday, March 9, 2026"""
    return f"from {a.strftime('%A, %B %-d')} through {b.strftime('%A, %B %-d, %Y')}"


def span_iso(a: dt.date, b: dt.date) -> str:
    """2026-03-04 thru 2026-03-09"""
    return f"{a.isoformat()} thru {b.isoformat()}"


def dname(d: dt.date) -> str:
    """Mon 03/02/26"""
    return f"{d.strftime('%a')} {yy(d)}"


def wlong(d: dt.date) -> str:
    """Thursday, April 23, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """jueves, 23 de abril de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def es_list(ds: list[dt.date]) -> str:
    """3, 10, 17 y 24 de marzo de 2026 (one month)"""
    days = [str(d.day) for d in ds]
    return f"{', '.join(days[:-1])} y {days[-1]} de {MONTHS_ES[ds[0].month - 1]} de {ds[0].year}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def usd_after(v: float) -> str:
    """1,234.50 USD"""
    return f"{v:,.2f} USD"


def trail(v: float) -> str:
    """412.00- (a reduction as a ledger prints it)"""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def cr(v: float) -> str:
    """412.00 CR (an adjustment as some remittances print it)"""
    return f"{v:,.2f} CR"


def es_money(v: float) -> str:
    """US$ 1.140,00"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


# --- identifiers ------------------------------------------------------------------------------------------------
def odd_in(s: str, odd: str | None, rng: random.Random, lo: int = 1) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B or Z) at a digit place of s (not the first lo)."""
    if not odd:
        return s
    places = [i for i, c in enumerate(s) if c.isdigit() and i >= lo]
    i = rng.choice(places[:-1] or places)
    return s[:i] + odd + s[i + 1:]


def grouped(s: str, n: int = 3, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def medicare_no(rng: random.Random) -> str:
    """An MBI-shaped Medicare number (a decoy on these papers)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def medicaid_no(rng: random.Random) -> str:
    """A 12-digit state Medicaid billing number shape (a decoy)."""
    return digits(rng, 12)


class EDSheet(ECSheet):
    """ECSheet plus a decision grid with check boxes, caption tabs, boxes with turned captions, a ledger grouped by
    claim and a routing stamp."""

    def _box(self, x: float, y: float, on: bool, s: float = 3.2):
        self.rect(x, y, s, s)
        if on:
            self.line_seg(x + 0.4, y + 0.4, x + s - 0.4, y + s - 0.4)
            self.line_seg(x + s - 0.4, y + 0.4, x + 0.4, y + s - 0.4)

    def decision_grid(self, head: list[str], rows: list[tuple[list[str], int]], widths: list[float],
                      marks: list[str], mark_w: float = 17, size: float = 8.2, row_h: float = 6.2):
        """One row per requested service: the text cells, then one check box column per mark ('Approved',
        'Denied', ...); rows are (cells, index of the ticked mark). Ruled cells, header wrapped."""
        allw = widths + [mark_w] * len(marks)
        self.f(size - 0.8, "B")
        lh = (size - 0.8) * 0.42
        labels = head + marks
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(labels, allw))
        hh = n * lh + 1.6
        x0, y = self.l_margin, self.get_y()
        x = x0
        self.set_fill_color(232, 232, 232)
        for h, w in zip(labels, allw):
            self.rect(x, y, w, hh, style="DF")
            self.set_xy(x + 0.5, y + 0.8)
            self.multi_cell(w - 1, lh, h, align="C" if h in marks else "L", new_x="RIGHT", new_y="TOP")
            x += w
        self.set_fill_color(255, 255, 255)
        y += hh
        for cells, tick in rows:
            self.f(size)
            nl = max(len(self.multi_cell(w - 1.2, size * 0.45, c, dry_run=True, output="LINES"))
                     for c, w in zip(cells, widths))
            h = max(row_h, nl * size * 0.45 + 1.6)
            x = x0
            for c, w in zip(cells, widths):
                self.rect(x, y, w, h)
                self.set_xy(x + 0.6, y + 0.8)
                self.multi_cell(w - 1.2, size * 0.45, c, new_x="RIGHT", new_y="TOP")
                x += w
            for i, _ in enumerate(marks):
                self.rect(x, y, mark_w, h)
                self._box(x + mark_w / 2 - 1.6, y + h / 2 - 1.6, i == tick)
                x += mark_w
            y += h
        self.set_xy(x0, y + 3)

    def tabs(self, rows: list[list[tuple[str, str, float]]], size: float = 8.8, cap: float = 6.2, h: float = 6.4):
        """Rows of (caption, value, width): the caption printed white on a dark tab at the left, the value after it
        inside a thin frame."""
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            for k, v, w in row:
                self.f(cap, "B")
                tw = self.get_string_width(k) + 3
                self.set_fill_color(45, 45, 45)
                self.set_text_color(255, 255, 255)
                self.set_xy(x, y)
                self.cell(tw, h, k, fill=True, align="C")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.rect(x + tw, y, w - tw - 1.5, h)
                self.set_xy(x + tw + 1.2, y)
                self.f(size)
                self.cell(w - tw - 3, h, v)
                x += w
            self.set_xy(self.l_margin, y + h + 1.4)
        self.ln(1.2)

    def vbox(self, cells: list[tuple[str, str, float]], h: float = 11, size: float = 9.0, cap: float = 5.4):
        """One row of ruled boxes, each caption turned a quarter and running up the box's left edge, the value to
        its right."""
        y = self.get_y()
        x = self.l_margin
        for k, v, w in cells:
            self.rect(x, y, w - 1.5, h)
            self.f(cap, "B")
            with self.rotation(90, x + 0.6, y + h - 0.6):
                self.set_xy(x + 0.6, y + h - 0.6)
                self.cell(h - 1.2, cap * 0.42, k)
            self.line_seg(x + cap * 0.42 + 1.4, y, x + cap * 0.42 + 1.4, y + h)
            self.set_xy(x + cap * 0.42 + 2.4, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - cap * 0.42 - 4.5, size * 0.45, v)
            x += w
        self.set_xy(self.l_margin, y + h + 2.5)

    def grouped_ledger(self, head: list[str], groups: list[dict], widths: list[float], aligns: list[str],
                       size: float = 7.2, row_h: float = 4.4, totals: list[str] | None = None,
                       sub_label: str = "Bill total"):
        """groups: [{"head": str, "rows": [[cells]], "sub": [cells] or None}]: each group opens with a shaded line
        across the ledger (the claim and the worker or patient), its rows follow, then an optional subtotal row in
        bold; a heavy rule and a bold totals row end the ledger."""
        W = sum(widths)
        x0 = self.l_margin
        y = self.get_y()
        self.set_line_width(0.5)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.f(size - 0.5, "B")
        lh = (size - 0.5) * 0.42
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y + 0.7)
            self.multi_cell(w, lh, h, align=a if a in ("R", "C") else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += n * lh + 1.5
        self.line_seg(x0, y, x0 + W, y)
        self.set_xy(x0, y + 0.5)
        for g in groups:
            self.set_fill_color(228, 228, 228)
            self.f(size, "B")
            self.cell(W, row_h, " " + g["head"], fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255, 255, 255)
            for r in g["rows"]:
                self.f(size)
                for c, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, c, align=a)
                self.ln(row_h)
            if g.get("sub"):
                yl = self.get_y()
                self.line_seg(x0 + W * 0.45, yl, x0 + W, yl)
                self.f(size, "B")
                cells = g["sub"]
                for c, w, a in zip(cells, widths, aligns):
                    self.cell(w, row_h, c, align=a)
                self.ln(row_h + 0.8)
        if totals:
            y = self.get_y() + 0.3
            self.set_line_width(0.5)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
            self.set_xy(x0, y + 0.5)
            self.f(size, "B")
            for c, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.set_xy(x0, self.get_y() + 3)

    def route_stamp(self, title: str, lines: list[str], x: float, y: float, w: float = 64, size: float = 8.4):
        """A rubber-stamp box of a forwarding office: a bold title and short lines filled in as by hand."""
        self.set_draw_color(60, 60, 60)
        self.set_line_width(0.5)
        hh = 6 + len(lines) * size * 0.5 + 2
        self.rect(x, y, w, hh)
        self.set_xy(x, y + 1)
        self.f(size + 0.6, "B")
        self.cell(w, 4.5, title, align="C")
        self.set_line_width(0.2)
        yy_ = y + 6.2
        for ln in lines:
            self.set_xy(x + 2.5, yy_)
            self.f(size)
            self.cell(w - 5, size * 0.5, ln)
            yy_ += size * 0.5
        self.set_draw_color(0, 0, 0)
        return y + hh
