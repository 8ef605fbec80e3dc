"""Drawing helpers for round EB, helper famff (Nevada's Senior Rx and Disability Rx premium subsidy and its pharmacy
side; an invented Medicare supplement (Medigap) insurer paying after Medicare).

Why: both families print Medicare's figures beside a second payer's, so they need a claims listing where every
service line takes two rows (what Medicare did, then what the second payer did) with a totals row, a memo-style
head (TO / FROM / DATE / RE), caption-then-dot-leader lines, captions hung in the left margin beside their values,
and money written the way remittances write a take-back (18.40- or (18.40)). Dates are printed in the shapes real
mail uses: 04/01/26 thru 04/30/26, "Monday, March 9", "from the 3rd to the 9th of March". Everything printed with
these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundea_famef import EASheet
from public_kit import MONTHS_ES, digits

FIRST = ["Alvina", "Boyd", "Cordelia", "Delbert", "Eula", "Ferris", "Geneva", "Hoyt", "Iola", "Jethro", "Kathleen",
         "Lowell", "Mavis", "Norval", "Opal", "Percival", "Quincy", "Reba", "Sheldon", "Twila", "Ulysses", "Velma",
         "Wendell", "Zelda", "Anselm", "Bettina", "Cyrus", "Dagny"]
LAST = ["Abernethy", "Blevins", "Crockett", "Dauterive", "Eckstrom", "Fogarty", "Gallego", "Hesketh", "Imhoff",
        "Jeffcoat", "Kimbrough", "Lundquist", "Mcallister", "Nordby", "Overholt", "Pruett", "Quaid", "Rasmussen",
        "Stoddard", "Truesdale", "Underhill", "Vickery", "Wexler", "Yoakum", "Zelinski", "Ashworth"]
FIRST_ES = ["Refugio", "Consuelo", "Heriberto", "Socorro", "Abundio", "Graciela", "Lorenzo", "Amparo", "Eusebio",
            "Remedios", "Filiberto", "Rosaura"]
LAST_ES = ["Ochoa", "Barragán", "Quezada", "Saucedo", "Arellano", "Maldonado", "Peralta", "Tovar", "Cisneros",
           "Galindo", "Robledo", "Zepeda"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


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


def phone(rng: random.Random, area: str = "775") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1940, hi: int = 1960) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def nv_address(rng: random.Random) -> list[str]:
    """An invented street address in a Nevada town."""
    town, z = rng.choice([("Elko", "89801"), ("Fallon", "89406"), ("Pahrump", "89048"), ("Winnemucca", "89445"),
                          ("Ely", "89301"), ("Mesquite", "89027"), ("Yerington", "89447"), ("Boulder City", "89005"),
                          ("Sparks", "89431"), ("Henderson", "89014")])
    street = rng.choice(["Sunrise Vista Dr", "E Idaho St", "Old Bridge Rd", "W Williams Ave", "Desert Willow Ct",
                         "Aultman St Apt 6", "Greenbrae Dr", "Mountain City Hwy"])
    return [f"{rng.randint(100, 4899)} {street}", f"{town}, NV {z}"]


def us_address(rng: random.Random) -> list[str]:
    """An invented street address somewhere a Medigap policy might be sold."""
    town, st, z = rng.choice([("Joplin", "MO", "64801"), ("Decatur", "IL", "62521"), ("Muncie", "IN", "47303"),
                              ("Kearney", "NE", "68847"), ("Salina", "KS", "67401"), ("Mankato", "MN", "56001"),
                              ("Bowling Green", "KY", "42101"), ("Ames", "IA", "50010")])
    street = rng.choice(["Hickory Bend Rd", "N Elm St", "Fairground Ave", "Quail Run Ct", "Prairie Ln Unit 3",
                         "S Locust St", "Orchard Hill Dr"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def span_words(a: dt.date, b: dt.date) -> str:
    """from the 3rd to the 9th of March"""
    return f"from the {ordinal(a.day)} to the {ordinal(b.day)} of {a.strftime('%B')}"


def thru(a: dt.date, b: dt.date) -> str:
    """04/01/26 thru 04/30/26"""
    return f"{a.strftime('%m/%d/%y')} thru {b.strftime('%m/%d/%y')}"


def wday(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]}, {s}" if weekday else s


def es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def neg(v: float, style: str = "trail") -> str:
    """A take-back as remittances print it: 18.40- or (18.40)."""
    return f"{v:,.2f}-" if style == "trail" else f"({v:,.2f})"


def n2(v: float) -> str:
    return f"{v:,.2f}"


class EBSheet(EASheet):
    """EASheet plus a memo head, paired Medicare / second-payer rows, dot-leader lines and hanging captions."""

    def memo(self, rows: list[tuple[str, str]], size: float = 9.6, cap_w: float = 22):
        """TO: / FROM: / DATE: / RE: lines, captions bold in a narrow column, a rule under the block."""
        for k, v in rows:
            self.f(size, "B")
            self.cell(cap_w, size * 0.52, k)
            self.f(size)
            self.multi_cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
        self.rule(2.5)

    def leaders(self, rows: list[tuple[str, str]], size: float = 9.2, w: float | None = None, x: float | None = None):
        """'Caption ......... value' lines, the value flush right (a value may be empty for a blank line)."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        for k, v in rows:
            self.set_x(x0)
            self.f(size)
            kw = self.get_string_width(k) + 1.5
            vw = self.get_string_width(v) + 1.5
            dots = max(2, int((W - kw - vw) / max(self.get_string_width("."), 0.5)) - 5)
            self.cell(kw, size * 0.5, k)
            self.cell(W - kw - vw, size * 0.5, "." * dots)
            self.f(size, "B")
            self.cell(vw, size * 0.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def hang(self, rows: list[tuple[str, str]], cap_w: float = 34, size: float = 9.4, cap: float = 7.0):
        """Captions hung in the left margin (small, right-aligned, grey rule) beside their values."""
        for k, v in rows:
            y = self.get_y()
            self.f(cap, "B")
            self.set_xy(self.l_margin, y + 0.4)
            self.cell(cap_w - 3, cap * 0.45, k.upper(), align="R")
            self.line_seg(self.l_margin + cap_w - 1.5, y, self.l_margin + cap_w - 1.5, y + size * 0.5)
            self.set_xy(self.l_margin + cap_w, y)
            self.f(size)
            self.multi_cell(self.w - self.r_margin - self.l_margin - cap_w, size * 0.5, v, new_x="LMARGIN",
                            new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)

    def paired(self, head: list[str], lines: list[dict], widths: list[float], labels: tuple[str, str],
               size: float = 7.6, tot_label: str = "TOTALS", money_cols: int = 5):
        """Each line: {"lead": [cells], "rows": ([money...], [money...]), "note": (str, str)}; the lead cells are
        printed on the first row only, the second column says which payer the row is (labels), then the money
        columns, then a note. A totals row adds each payer's rows separately. Returns the two totals lists."""
        rows, tots = [], [[0.0] * money_cols, [0.0] * money_cols]
        nlead = len(lines[0]["lead"])
        for ln in lines:
            for i in (0, 1):
                vals = ln["rows"][i]
                lead = ln["lead"] if i == 0 else [""] * nlead
                rows.append(lead + [labels[i]] + [("" if v is None else n2(v)) for v in vals] + [ln["note"][i]])
                tots[i] = [a + (b or 0.0) for a, b in zip(tots[i], vals)]
        for i in (0, 1):
            rows.append([tot_label if i == 0 else ""] + [""] * (nlead - 1) + [labels[i]]
                        + [n2(v) for v in tots[i]] + [""])
        aligns = ["L"] * (nlead + 1) + ["R"] * money_cols + ["C"]
        self.table(head, rows[:-2], widths, size=size, aligns=aligns, row_h=4.8)
        self.set_y(self.get_y() - 2)
        self.f(size, "B")
        for r in rows[-2:]:
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, 4.8, c, border=1, align=a)
            self.ln(4.8)
        self.ln(2)
        return tots
