"""Drawing helpers for round EB, helper famfd (Longshore and Harbor Workers' Compensation Act medical bill papers from
an invented marine casualty carrier and the Department of Labor's district office; an invented regional Medicaid
dental benefit administrator deciding children's dental claims and prior authorizations).

Why: both families need a letterhead with the sender's lines set flush right, a reference block of caption/value
pairs at the top right, a government-form band with numbered captions printed UNDER typed lines, a remittance
table whose money columns show adjustments in parentheses or with a trailing minus, a tooth chart strip (a row of
tooth numbers that is a decoy for any digit reader) and dates written the way people write them ("from the 3rd to
the 9th of March", "Tuesday, April 14, 2026", "3 de marzo y 31 de marzo de 2026"). Everything printed with them is
invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundea_famef import EASheet
from public_kit import MONTHS_ES, digits

MEN = ["Alcide", "Thaddeus", "Boyce", "Ferris", "Lyndon", "Ransom", "Cletus", "Merritt", "Wiley", "Harlan", "Jubal",
       "Isidore", "Bertram", "Emory", "Otha"]
WOMEN = ["Noreen", "Eulalie", "Clementine", "Gwendolyn", "Oralia", "Delphine", "Ottilie", "Annabeth", "Philippa",
         "Zenobia", "Rosamund", "Maxine", "Lavinia", "Tamsin", "Verbena"]
LAST = ["Fontenot", "Arceneaux", "Pellerin", "Gaspard", "Thibodaux", "Kimbrough", "Sauceda", "Dorsainvil", "Lamarque",
        "Hebert", "Nwachukwu", "Ratliff", "Castille", "Vickery", "Oduya", "Plaisance", "Treadaway", "Babineaux",
        "Whitcomb", "Lejeune", "Ostrander", "Malveaux", "Prudhomme", "Stroud", "Yancey", "Delacroix", "Guidroz"]
KID_MEN = ["Jaylen", "Kendrick", "Dashiell", "Rowan", "Brantley", "Tobias", "Cormac", "Emeka", "Ezekiel", "Oakley"]
KID_WOMEN = ["Amaris", "Paisley", "Nevaeh", "Zuri", "Marisela", "Aaliyah", "Lyric", "Saoirse", "Briar", "Temperance"]
ES_MEN = ["Anselmo", "Wenceslao", "Efrén", "Baudelio", "Leobardo", "Tiburcio", "Rigoberto", "Jacinto"]
ES_WOMEN = ["Rosaura", "Yadira", "Maricruz", "Nayeli", "Graciela", "Xiomara", "Citlali", "Evangelina"]
LAST_ES = ["Garza", "Ybarra", "Saldívar", "Quiñones", "Bocanegra", "Treviño", "Villarreal", "Cantú", "Peralta",
           "Zepeda", "Olivares", "Mireles"]
POOLS = {"adult": (MEN, WOMEN, LAST), "kid": (KID_MEN, KID_WOMEN, LAST), "es": (ES_MEN, ES_WOMEN, LAST_ES)}
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def names(rng: random.Random, sexes: str, kind: str = "adult") -> list[str]:
    """One invented 'First M. Last' name per letter of sexes ('m', 'f' or 'x' for either), sharing no first or last
    name (a decoy never matches the truth). kind: 'adult', 'kid' (a child's first name) or 'es'."""
    men, women, lasts = POOLS[kind]
    seen, got = set(), []
    for sx in sexes:
        while True:
            f = rng.choice({"m": men, "f": women}.get(sx, men + women))
            last = rng.choice(lasts)
            if f not in seen and last not in seen:
                break
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def split(full: str) -> tuple[str, str, str]:
    """('First', 'M', 'Last') of 'First M. Last'."""
    f, m, last = full.split()
    return f, m.rstrip("."), last


def listed(full: str) -> str:
    """'LAST, FIRST M' as remittances list patients."""
    f, m, last = split(full)
    return f"{last.upper()}, {f.upper()} {m}"


def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def wd(d: dt.date) -> str:
    """Tuesday, April 14, 2026."""
    return d.strftime("%A, %B %-d, %Y")


def es_long(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]} {s}" if weekday else s


def workday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def cash(v: float, style: str = "plain") -> str:
    """Money as bills and remittances print it: $1,234.50, 1,234.50, 1234.50, USD 1,234.50, (1,234.50), 1,234.50-,
    US$ 1.234,50."""
    s = f"{v:,.2f}"
    if style == "es":
        return "US$ " + s.replace(",", "X").replace(".", ",").replace("X", ".")
    return {"plain": f"${s}", "nosign": s, "bare": f"{v:.2f}", "usd": f"USD {s}", "paren": f"({s})",
            "minus": f"{s}-", "space": f"$ {s}"}[style]


def phone(rng: random.Random, area: str = "800") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    """'40172293580' -> '4017 2293 580' (sizes of the groups; the rest goes in a last group)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


class FDSheet(EASheet):
    """EASheet plus a flush-right letterhead, a top-right reference block, typed lines with numbered captions under
    them and a tooth chart strip."""

    def right_head(self, name: str, sub: str, lines: list[str], size: float = 13, rule: bool = True):
        """The sender's name and a subtitle at the left, its address and phone lines flush right on the same band."""
        y0 = self.get_y()
        self.f(size, "B")
        self.set_xy(self.l_margin, y0)
        self.cell(110, size * 0.5, name)
        self.set_xy(self.l_margin, y0 + size * 0.5 + 0.8)
        self.f(8.4)
        self.multi_cell(self.w - self.l_margin - self.r_margin - 80, 4, sub, new_x="LMARGIN", new_y="NEXT")
        yy = y0
        self.f(7.6)
        for ln in lines:
            self.set_xy(self.w - self.r_margin - 75, yy)
            self.cell(75, 3.6, ln, align="R")
            yy += 3.6
        self.set_xy(self.l_margin, max(yy, self.get_y()) + 1.5)
        if rule:
            self.rule(3)

    def refblock(self, rows: list[tuple[str, str]], w: float = 82, size: float = 8.6, cap_w: float = 34,
                 y: float | None = None) -> float:
        """Caption: value pairs stacked at the top right (the letter's address block stays at the left)."""
        x = self.w - self.r_margin - w
        yy = self.get_y() if y is None else y
        for k, v in rows:
            self.set_xy(x, yy)
            self.f(size - 1, "B")
            self.cell(cap_w, size * 0.5, k)
            self.f(size)
            self.cell(w - cap_w, size * 0.5, v)
            yy += size * 0.5 + 0.6
        return yy

    def address_left(self, lines: list[str], y: float, size: float = 9.6, w: float = 90) -> float:
        yy = y
        for ln in lines:
            self.set_xy(self.l_margin, yy)
            self.f(size)
            self.cell(w, size * 0.48, ln)
            yy += size * 0.48 + 0.4
        return yy

    def typed_lines(self, rows: list[list[tuple[str, str, float]]], size: float = 9.2, cap: float = 6.0):
        """Rows of (numbered caption, value, width fraction): the value typed on a rule, its caption in small type
        under the rule (government forms that are filled in on a typewriter)."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            for k, v, frac in row:
                cw = W * frac
                self.set_xy(x + 0.5, y)
                self.f(size)
                self.multi_cell(cw - 3, size * 0.46, v, new_x="LEFT", new_y="NEXT")
                yl = max(self.get_y(), y + size * 0.46) + 0.4
                self.line_seg(x, yl, x + cw - 2.5, yl)
                self.set_xy(x, yl + 0.5)
                self.f(cap)
                self.cell(cw - 2.5, cap * 0.42, k)
                x += cw
            self.set_xy(self.l_margin, self.get_y() + cap * 0.42 + 2.8)
        self.ln(1)

    def tooth_strip(self, marked: list[str], size: float = 6.8, label: str = "Tooth chart (universal numbering)"):
        """Two rows of tooth numbers 1-16 and 32-17, the marked ones boxed."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size, "B")
        self.cell(0, size * 0.5, label, new_x="LMARGIN", new_y="NEXT")
        step = W / 16
        for row in (range(1, 17), range(32, 16, -1)):
            y = self.get_y()
            for i, n in enumerate(row):
                x = self.l_margin + i * step
                self.set_xy(x, y)
                self.f(size, "B" if str(n) in marked else "")
                self.cell(step, size * 0.6, str(n), border=1 if str(n) in marked else 0, align="C")
            self.set_xy(self.l_margin, y + size * 0.6 + 0.4)
        self.ln(1.5)

    def note_box(self, title: str, text: str, size: float = 8.8):
        """A ruled box with a small bold title and a paragraph (a footnote legend or a reviewer's remark)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size, "B")
        self.cell(W - 4, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin + 2)
        self.f(size)
        self.multi_cell(W - 4, size * 0.46, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 1.5
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 2.5)
