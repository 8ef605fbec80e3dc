"""Drawing helpers for round EB, helper famfc (Delaware Prescription Assistance Program papers from the Division of
Medicaid and Medical Assistance; an invented hospital indemnity / accident insurer paying fixed benefits per day or
per event on hospitals' and urgent care centres' claims).

Why: both families need captions in odd places (short captions left of their boxes on one row and under them on the
next), a form a hospital's clerk typed into (typewriter values on a printed form, ticked boxes), a small "pay stub"
band, a sideways margin strip with a document control number, ledgers whose money shows as "45.00-" or "(45.00)",
and dates written as spans with "thru", ordinal days ("from the 3rd to the 9th of March") and weekday names.
Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundea_famef import EASheet, es_date, people, workday  # noqa: F401  (re-exported for the family modules)
from public_kit import MONTHS_ES, digits

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 22nd."""
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def ord_span(a: dt.date, b: dt.date) -> str:
    """'from the 3rd to the 9th of March' (the year is printed elsewhere on the page)."""
    if a.month == b.month:
        return f"from the {ordinal(a.day)} to the {ordinal(b.day)} of {a.strftime('%B')}"
    return f"from the {ordinal(a.day)} of {a.strftime('%B')} to the {ordinal(b.day)} of {b.strftime('%B')}"


def es_span(a: dt.date, b: dt.date) -> str:
    """'del 3 al 9 de marzo de 2026'."""
    if a.month == b.month:
        return f"del {a.day} al {b.day} de {MONTHS_ES[a.month - 1]} de {a.year}"
    return f"del {a.day} de {MONTHS_ES[a.month - 1]} al {b.day} de {MONTHS_ES[b.month - 1]} de {b.year}"


def es_wday(d: dt.date) -> str:
    """'viernes 6 de marzo de 2026'."""
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def yy(d: dt.date) -> str:
    """03/06/26."""
    return d.strftime("%m/%d/%y")


def thru(a: dt.date, b: dt.date, style: str = "slash") -> str:
    """'03/03/2026 thru 03/06/2026' (or with two-digit years)."""
    f = (lambda d: d.strftime("%m/%d/%Y")) if style == "slash" else yy
    return f"{f(a)} thru {f(b)}"


def wd(d: dt.date) -> str:
    """'Mon 04/06/2026'."""
    return f"{d.strftime('%a')} {d.strftime('%m/%d/%Y')}"


def neg(v: float, style: str = "minus") -> str:
    """A reduction the way ledgers print it: '45.00-' or '(45.00)'."""
    s = f"{v:,.2f}"
    return f"{s}-" if style == "minus" else f"({s})"


def es_money(v: float) -> str:
    """'US$ 1.234,50'."""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"US$ {s}"


def grouped(s: str, n: int = 4) -> str:
    """Digits printed in groups of n with spaces (truth drops the spaces)."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def phone(rng: random.Random, area: str = "302") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1941, hi: int = 1961) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


class EBSheet(EASheet):
    """EASheet plus a typed-in form, a pay stub band, a margin strip and a two-row mixed-caption block."""

    def __init__(self, *a, strip: str | None = None, **k):
        super().__init__(*a, **k)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)
        self.strip = strip

    def header(self):
        super().header()
        if self.strip:
            y = self.get_y()
            self.set_font("Sans", "", 6.4)
            with self.rotation(90, 7, 200):
                self.text(7, 200, self.strip.format(n=self.page_no()))
            self.set_y(y)

    def typed(self, rows: list[list[tuple[str, str, float]]], size: float = 9.4, cap: float = 5.8, h: float = 10.2,
              section: str | None = None):
        """A printed form filled in on a typewriter: each row of (printed caption, typed value, width share); the
        caption in small sans at the top of its ruled cell, the value in a monospace face under it."""
        W = self.w - self.l_margin - self.r_margin
        if section:
            self.set_fill_color(225, 225, 225)
            self.f(7.6, "B")
            self.cell(W, 4.8, " " + section.upper(), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255, 255, 255)
        for row in rows:
            tot = sum(c[2] for c in row)
            y = self.get_y()
            x = self.l_margin
            for k, v, sh in row:
                cw = W * sh / tot
                self.rect(x, y, cw, h)
                self.set_xy(x + 0.9, y + 0.6)
                self.f(cap)
                self.cell(cw - 1.5, cap * 0.42, k)
                self.set_xy(x + 1.6, y + 0.6 + cap * 0.42 + 1.4)
                self.set_font("Mono", "", size)
                self.cell(cw - 2.5, size * 0.45, v)
                x += cw
            self.set_xy(self.l_margin, y + h)
        self.ln(1.5)

    def ticks(self, caption: str, opts: list[tuple[bool, str]], size: float = 8.4):
        """'Caption:  [X] one  [ ] two  [ ] three' on one line (the X typed in)."""
        self.f(size, "B")
        self.cell(self.get_string_width(caption) + 3, 5, caption)
        for on, text in opts:
            x, y = self.get_x(), self.get_y()
            self.rect(x, y + 0.9, 3.2, 3.2)
            if on:
                self.set_font("Mono", "B", size)
                self.set_xy(x + 0.15, y + 0.6)
                self.cell(3, 3.8, "X")
            self.set_xy(x + 4.4, y)
            self.f(size)
            self.cell(self.get_string_width(text) + 5, 5, text)
        self.ln(6)

    def stub(self, rows: list[tuple[str, str]], title: str = "Benefit payment advice - not a check", size: float = 8.4):
        """A dashed cut line and a band of (caption, value) cells in one row: what a payment stub looks like."""
        W = self.w - self.l_margin - self.r_margin
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.2, self.w - self.r_margin), y)
            x += 3.6
        self.set_xy(self.l_margin, y + 1.2)
        self.f(7, "B")
        self.cell(0, 3.4, title.upper(), new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.8
        cw = W / len(rows)
        for i, (k, v) in enumerate(rows):
            xx = self.l_margin + i * cw
            self.set_xy(xx, y)
            self.f(6.2)
            self.cell(cw - 1, 3, k)
            self.set_xy(xx, y + 3.3)
            self.f(size, "B")
            self.cell(cw - 1, size * 0.48, v)
        self.rect(self.l_margin, y - 0.6, W, 9.4)
        self.set_xy(self.l_margin, y + 10)

    def two_rows(self, top: list[tuple[str, str, float]], bottom: list[tuple[str, str, float]], cap: float = 5.9,
                 size: float = 8.8, h: float = 7.0):
        """Two rows of boxes: in the first the short captions stand LEFT of their boxes, in the second UNDER them.
        Each cell is (caption, value, width in mm)."""
        self.capcells([(k, v, w, "L") for k, v, w in top], cap=cap, size=size, h=h)
        self.capcells([(k, v, w, "B") for k, v, w in bottom], cap=cap, size=size, h=h)

    def note_box(self, text: str, size: float = 8.6, title: str | None = None):
        """A ruled box around a short paragraph (a claim examiner's note, a decision stamp's text)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.6, y0 + 1.2)
        if title:
            self.f(6.4, "B")
            self.cell(0, 3.2, title.upper(), new_x="LMARGIN", new_y="NEXT")
            self.set_x(self.l_margin + 1.6)
        self.f(size)
        self.multi_cell(W - 3.2, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 1.2
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 2.5)
