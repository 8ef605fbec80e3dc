"""Drawing helpers for round EB, helper famfa (Rhode Island's RIPAE papers from the Office of Healthy Aging; an
invented union health and welfare fund's dental and medical plan with a fund office and a separate claims processor).

Why: both families need the date and money forms that real mail mixes on one page (03/04/26, 2026-03-04,
"Tue 3 Mar 2026", "from the 3rd to the 9th of March", "03/03/26 thru 03/09/26", "125.00-", "(125.00)",
"USD 125.00", "US$ 1.234,50"), a memo block (TO / FROM / RE), a shaded box holding the reason, a legend of
remark codes in small type, a check stub whose numbers are decoys, and a routing slip that rides on top of a stack
and belongs to no document. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundea_famef import EASheet
from public_kit import MONTHS_ES, Page, digits, out

FIRST = ["Aurelia", "Benedito", "Concetta", "Desmond", "Eulalia", "Fiachra", "Graziella", "Horace", "Idalina",
         "Jarlath", "Kerrigan", "Lucinda", "Manoel", "Nunzio", "Orla", "Perpetua", "Quentin", "Rosaria", "Severino",
         "Theodora", "Ulick", "Valentina", "Winifred", "Ximena", "Yusuf", "Zelda", "Amadeu", "Bronagh", "Cosmo",
         "Deolinda"]
LAST = ["Amaral", "Brigante", "Cardozo", "DiNapoli", "Escobar", "Fitzmaurice", "Gallucci", "Hennessey", "Inacio",
        "Jablonski", "Kilbride", "Lombardozzi", "Medeiros", "Naughton", "Oliveira", "Pacheco", "Quattrucci",
        "Rebelo", "Sequeira", "Tavares", "Underhill", "Vieira", "Wojcik", "Zampini", "Furtado", "Carreiro"]
FIRST_ES = ["Altagracia", "Baudilio", "Clotilde", "Dagoberto", "Eufemia", "Florencio", "Gumersinda", "Hilario",
            "Inocencia", "Jacinto", "Leocadia", "Maximino"]
LAST_ES = ["Almonte", "Batista", "Cabrera", "Durán", "Encarnación", "Frías", "Guzmán", "Holguín", "Jiménez",
           "Lantigua", "Mejía", "Núñez"]
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


def split(name: str) -> tuple[str, str, str]:
    """'First M. Last' -> (first, middle initial, last)."""
    parts = name.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def lastfirst(name: str) -> str:
    """'First M. Last' -> 'LAST, FIRST M' (how listings print a person)."""
    f, m, last = split(name)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "401") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def yy(d: dt.date) -> str:
    """03/04/26: a two-digit year, zero-padded month and day."""
    return d.strftime("%m/%d/%y")


def dshort(d: dt.date) -> str:
    """Tue 3 Mar 2026."""
    return d.strftime("%a %-d %b %Y")


def dlong(d: dt.date) -> str:
    """Tuesday, March 3, 2026."""
    return d.strftime("%A, %B %-d, %Y")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ordspan(a: dt.date, b: dt.date) -> str:
    """from the 3rd to the 9th of March (the same month) / from the 28th of March to the 2nd of April."""
    if a.month == b.month:
        return f"from the {ordinal(a.day)} to the {ordinal(b.day)} of {a.strftime('%B')}"
    return f"from the {ordinal(a.day)} of {a.strftime('%B')} to the {ordinal(b.day)} of {b.strftime('%B')}"


def thru(a: dt.date, b: dt.date, f=yy) -> str:
    return f"{f(a)} thru {f(b)}"


def amt(v: float) -> str:
    """1,234.50 (no sign)."""
    return f"{v:,.2f}"


def trail(v: float) -> str:
    """A credit as a ledger prints it: 125.00- (trailing minus)."""
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    """(125.00): an amount taken off."""
    return f"({v:,.2f})"


def usd(v: float) -> str:
    return f"USD {v:,.2f}"


def es_money(v: float, sign: str = "US$ ") -> str:
    """1234.5 -> 'US$ 1.234,50'."""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{sign}{s}"


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]} {s}" if weekday else s


def grouped(s: str, n: int = 4) -> str:
    """An identifier printed in groups of n characters (the truth drops the spaces)."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


class FASheet(EASheet):
    """EASheet plus a memo block, a shaded reason box, a code legend, a check stub and a signature block."""

    def memo(self, rows: list[tuple[str, str]], size: float = 9.4, label_w: float = 20):
        """TO / FROM / RE / DATE lines: bold labels, a rule under the block."""
        for k, v in rows:
            self.set_x(self.l_margin)
            self.f(size, "B")
            self.cell(label_w, size * 0.56, k)
            self.f(size)
            self.multi_cell(0, size * 0.56, v, new_x="LMARGIN", new_y="NEXT")
        self.rule(3)

    def shaded(self, title: str, text: str, size: float = 9.2, shade: int = 232):
        """A light grey box with a bold title line and a paragraph (the reason, in plain words)."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size)
        lines = self.multi_cell(W - 6, size * 0.48, text, dry_run=True, output="LINES", markdown=True)
        h = (len(lines)) * size * 0.48 + size * 0.6 + 5
        y = self.get_y()
        if y + h > self.h - 22:
            self.add_page()
            y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y, W, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y + 2)
        self.f(size, "B")
        self.cell(W - 6, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin + 3, self.get_y() + 0.8)
        self.f(size)
        self.multi_cell(W - 6, size * 0.48, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.set_xy(self.l_margin, y + h + 2.5)

    def legend(self, items: list[tuple[str, str]], size: float = 7.6, code_w: float = 10, title: str = ""):
        """Remark codes and their meanings in small type, one per line."""
        W = self.w - self.l_margin - self.r_margin
        if title:
            self.f(size + 0.4, "B")
            self.cell(0, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        for code, text in items:
            self.set_x(self.l_margin)
            self.f(size, "B")
            self.cell(code_w, size * 0.47, code)
            self.f(size)
            self.multi_cell(W - code_w, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.5)
        self.ln(1.5)

    def stub(self, rows: list[tuple[str, str]], title: str = "PAYMENT STUB", size: float = 8.2):
        """A dashed tear line and a boxed stub of payment facts (check or EFT numbers: decoys)."""
        W = self.w - self.l_margin - self.r_margin
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.5, self.w - self.r_margin), y)
            x += 4
        self.set_xy(self.l_margin, y + 2)
        y0 = self.get_y()
        self.f(7, "B")
        self.cell(0, 3.6, title, new_x="LMARGIN", new_y="NEXT")
        cw = W / len(rows)
        yy_ = self.get_y() + 0.5
        for i, (k, v) in enumerate(rows):
            self.set_xy(self.l_margin + i * cw + 1, yy_)
            self.f(6.2)
            self.cell(cw - 2, 3, k)
            self.set_xy(self.l_margin + i * cw + 1, yy_ + 3.2)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.5, v)
        self.rect(self.l_margin, y0 - 0.5, W, yy_ + 3.2 + size * 0.5 + 1.5 - y0)
        self.set_xy(self.l_margin, yy_ + 3.2 + size * 0.5 + 4)

    def sign(self, lines: list[str], size: float = 9.6, closing: str = "Sincerely,"):
        self.ln(1)
        self.f(size)
        if closing:
            self.cell(0, size * 0.5, closing, new_x="LMARGIN", new_y="NEXT")
            self.ln(5)
        for i, ln in enumerate(lines):
            self.f(size, "B" if i == 0 else "")
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def routing_slip(title: str, rows: list[tuple[str, str]], note: str, checks: list[str]) -> bytes:
    """A one-page routing slip clipped on top of a stack (it belongs to no document)."""
    p = FASheet(footer=None)
    p.set_margins(28, 24, 28)
    p.add_page()
    p.f(20, "B")
    p.cell(0, 12, title, new_x="LMARGIN", new_y="NEXT")
    p.rule(5)
    for k, v in rows:
        p.f(12, "B")
        p.cell(38, 9, k)
        p.f(12)
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        p.line_seg(p.l_margin + 38, p.get_y() - 1, p.w - p.r_margin, p.get_y() - 1)
        p.ln(2)
    p.ln(4)
    for c in checks:
        y = p.get_y()
        p.rect(p.l_margin, y + 1, 4.5, 4.5)
        p.set_x(p.l_margin + 8)
        p.f(11.5)
        p.cell(0, 7, c, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.ln(6)
    p.para(note, 11.5)
    return out(p)


__all__ = [n for n in dir() if not n.startswith("_") and n not in ("annotations", "Page")]
