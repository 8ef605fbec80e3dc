"""Drawing helpers for round EA, helper fameb (Vermont VPharm notices from the Department of Vermont Health Access to
members and pharmacies; an invented vision plan's EOBs and letters to members, families and optometry practices).

Why: both families need ruled boxes whose small captions sit UNDER the box (as well as the older captions above and
beside), a shaded band that opens each family member's rows on an EOB, a letter body set in a narrower column
beside a facts box, and dates and money written the way pharmacy and optical systems print them ("03-MAR-2026",
"$***412.60"). Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddy_famdye import DYSheet, compact, wday  # noqa: F401  (re-exported for the family modules)
from kit_rounddz_famdzd import DZSheet, people  # noqa: F401  (people re-exported for the family modules)

MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


WOMEN = ["Dolores", "Yesenia", "Mei", "Lucille", "Ingrid", "Nadia", "Colleen", "Marisol", "Beatriz", "Wanda",
         "Paulette", "Rosalind"]
MEN = ["Harold", "Bernard", "Obinna", "Rafael", "Tobias", "Esteban", "Arjun", "Clifford", "Desmond", "Kenji",
       "Ignacio", "Lamar"]


def recast(names: list[str], sexes: str, rng) -> list[str]:
    """Give each name a first name of the sex its letter asks for ('f', 'm' or '-' to keep), none repeated, where a
    letter says "su hijo" or "el Dr." and the name must agree."""
    used = {n.split()[0] for n in names}
    got = []
    for n, s in zip(names, sexes):
        if s == "-":
            got.append(n)
            continue
        pool = [x for x in (WOMEN if s == "f" else MEN) if x not in used]
        first = rng.choice(pool)
        used.add(first)
        got.append(" ".join([first] + n.split()[1:]))
    return got


def ddmon(d: dt.date) -> str:
    """'03-MAR-2026' (pharmacy claim systems)."""
    return d.strftime("%d-%b-%Y").upper()


def es_long(d: dt.date) -> str:
    """'3 de marzo de 2026'."""
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def nb(text: str) -> str:
    """Keep a date or amount on one line inside a narrow column (no-break spaces)."""
    return text.replace(" ", "\u00a0")


def es_money(v: float) -> str:
    """'US$ 1.234,50' (the Spanish way of grouping)."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def guarded(v: float, width: int = 10) -> str:
    """A check-protected amount: '$****412.60' (stars fill the field up to `width` characters)."""
    s = f"{v:,.2f}"
    return "$" + "*" * max(0, width - len(s)) + s


class EASheet(DZSheet, DYSheet):
    """DZSheet (two columns, parties box, identifier strip) and DYSheet (split boxes) plus captions under boxes,
    member bands and a letter column beside a facts box."""

    def boxes_below(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 9.0,
                    cap: float = 6.4, h: float = 7.2, gap: float = 1.6):
        """A row of ruled boxes holding values; each box's small caption is printed under it."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw - gap, h)
            self.set_xy(x + 1.2, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(cw - gap - 2, size * 0.45, v)
            self.set_xy(x + 0.4, y + h + 0.5)
            self.f(cap)
            self.cell(cw - gap, cap * 0.42, k)
            x += cw
        self.set_xy(self.l_margin, y + h + cap * 0.42 + 2.6)

    def member_band(self, left: str, right: str = "", size: float = 8.2, shade: int = 222):
        """A shaded band across the table width naming one family member (name, relation, ID at the right)."""
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(shade, shade, shade)
        self.f(size, "B")
        y = self.get_y()
        self.cell(W, size * 0.62, " " + left, fill=True)
        if right:
            self.set_xy(self.l_margin, y)
            self.f(size - 0.6)
            self.cell(W, size * 0.62, right + " ", align="R")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + size * 0.62 + 0.6)

    def rows(self, rows: list[list[str]], widths: list[float], aligns: str, size: float = 7.8, h: float = 4.8,
             bold: bool = False, rule_above: bool = False):
        """Plain unruled table rows (used under member bands); an optional rule above a subtotal row."""
        for r in rows:
            if rule_above:
                x = self.l_margin + sum(widths[:-5])
                self.line_seg(x, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.f(size, "B" if bold else "")
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, h, c, align=a)
            self.ln(h)

    def head_row(self, head: list[str], widths: list[float], aligns: str, size: float = 7.2, h: float = 5.2):
        """A bold header row with a rule under it."""
        self.f(size, "B")
        for c, w, a in zip(head, widths, aligns):
            self.cell(w, h, c, align=a)
        self.ln(h)
        self.line_seg(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
        self.ln(0.8)

    def beside_box(self, rows: list[tuple[str, str]], paras: list[str], box_w: float = 62, title: str | None = None,
                   size: float = 9.6, box_size: float = 8.4, right: bool = True):
        """A letter body in a narrower column with a ruled facts box beside it (right by default); text that runs
        past the box continues at full width."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        bx = self.l_margin + W - box_w if right else self.l_margin
        bottom = self.sidebar(rows, bx, y0, box_w, title=title, size=box_size)
        col_x = self.l_margin if right else self.l_margin + box_w + 5
        col_w = W - box_w - 5
        self.set_xy(col_x, y0)
        for text in paras:
            narrow = self.get_y() < bottom
            self.f(size)
            self.set_x(col_x if narrow else self.l_margin)
            self.multi_cell(col_w if narrow else W, size * 0.47, text, new_x="LEFT", new_y="NEXT", markdown=True)
            self.ln(2)
        self.set_xy(self.l_margin, max(self.get_y(), bottom + 2))
