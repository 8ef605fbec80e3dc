"""Drawing helpers for round DU, helper famduc (Wyoming Kid Care CHIP notices from an invented health plan; an
invented commercial plan refusing one of an orthopaedic surgeon's, a surgery centre's and an implant vendor's claims
for the same operation).

Why: both families address letters to someone other than the patient (a parent, a guardian, an authorised
representative), so names here carry a sex (a letter says "your daughter" about a girl), and both need a
"Re:" block and a box row of case numbers printed in groups. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddt_famdtd import DTSheet

GIRLS = ["Aubrey", "Hazel", "Maren", "Tessa", "Juniper", "Calla", "Noemi", "Willa", "Paloma", "Delphine"]
BOYS = ["Caleb", "Wyatt", "Mateo", "Declan", "Rowan", "Silas", "Jonah", "Emmett", "Thaddeus", "Anselm"]
WOMEN = ["Darlene", "Rochelle", "Marisela", "Joanne", "Kirsten", "Philippa", "Odessa", "Lorraine", "Graciela"]
MEN = ["Dwayne", "Gordon", "Rogelio", "Curtis", "Anders", "Lyle", "Everett", "Horace", "Cornelius"]
SURN = ["Haverkamp", "Bristow", "Ochoa-Lund", "Trevathan", "Marchetti", "Goodnight", "Sandoval", "Kettleson",
        "Pruitt", "Vanterpool", "Almquist", "Redcloud", "Hollingshead", "Zeller", "Ybarra", "Castellanos",
        "Winterbourne", "Duchesne", "Fairweather", "Lindqvist", "Pemberton", "Arguello", "Stroud", "Nakagawa"]
NUM_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


class Cast:
    """Invented names with a sex, never sharing a first or last name within one document."""

    def __init__(self, rng):
        self.rng, self.firsts, self.lasts = rng, set(), set()

    def _one(self, pool, last=None):
        while True:
            first = self.rng.choice(pool)
            ln = last or self.rng.choice(SURN)
            if first in self.firsts or (last is None and ln in self.lasts):
                continue
            self.firsts.add(first)
            self.lasts.add(ln)
            return f"{first} {self.rng.choice('ABCDEFGHJKLMNPRSTVW')}. {ln}"

    def girl(self, last=None):
        return self._one(GIRLS, last)

    def boy(self, last=None):
        return self._one(BOYS, last)

    def woman(self, last=None):
        return self._one(WOMEN, last)

    def man(self, last=None):
        return self._one(MEN, last)

    def anyone(self):
        return self._one(self.rng.choice([WOMEN, MEN]))


def last_of(name: str) -> str:
    return name.split()[-1]


def words_date(d: dt.date) -> str:
    """'the fourth of March' (no year): a service date said in words beside a numeric one elsewhere."""
    return f"the {NUM_WORDS[d.day - 1]} of {d.strftime('%B')}"


def grouped(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


class DUSheet(DTSheet):
    """DTSheet plus a 'Re:' block and a right-hand box of labelled numbers."""

    def re_block(self, rows: list[tuple[str, str]], size: float = 9.6, indent: float = 12, lw: float = 34):
        self.f(size, "B")
        self.cell(indent, size * 0.5, "Re:")
        for i, (k, v) in enumerate(rows):
            self.set_x(self.l_margin + indent)
            self.f(size)
            self.cell(lw, size * 0.5, k)
            self.f(size, "B")
            self.cell(0, size * 0.5, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def numbox(self, rows: list[tuple[str, str]], w: float = 78, size: float = 8.4, title: str = ""):
        """A ruled box at the right margin with label / value lines; returns to the left margin under it."""
        x = self.w - self.r_margin - w
        y0 = self.get_y()
        yy = y0 + 1.2
        if title:
            self.set_xy(x + 1.5, yy)
            self.f(size, "B")
            self.cell(w - 3, size * 0.5, title)
            yy += size * 0.5 + 0.6
        for k, v in rows:
            self.set_xy(x + 1.5, yy)
            self.f(size - 0.6)
            self.cell(w * 0.45, size * 0.5, k)
            self.f(size, "B")
            self.cell(w * 0.55 - 3, size * 0.5, v)
            yy += size * 0.5 + 0.4
        self.rect(x, y0, w, yy - y0 + 1)
        return yy + 1
