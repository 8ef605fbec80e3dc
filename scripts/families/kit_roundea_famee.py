"""Drawing helpers for round EA, helper famee (Minnesota Behavioral Health Fund substance use disorder treatment
notices; an invented behavioral health carve-out and employee assistance program refusing therapy, intensive
outpatient and partial hospitalization claims).

Why: both families need caption forms whose small captions sit BELOW their ruled boxes (beside the older
caption-left and caption-above forms), a letter whose text runs in a left column beside a box of facts, a "call
log" strip of reference numbers that identify phone calls and not the case, dates printed in the forms real mail
uses ("04-MAR-2026", "4 March 2026", "3/4/2026"), and a name pool of their own. Everything printed with them is
invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddz_famdzd import DZSheet

FIRST = ["Jordan", "Riley", "Casey", "Morgan", "Avery", "Quinn", "Emerson", "Rowan", "Dakota", "Sage", "Reese",
         "Marlowe", "Ellis", "Harper", "Kendall", "Blair", "Sasha", "Jules", "Remy", "Shiloh", "Arden", "Lennox",
         "Tatum", "Noor", "Cruz", "Rosario", "Amparo", "Trinidad"]
LAST = ["Haugland", "Oyelowo", "Brekke", "Thorsgaard", "Vang", "Lindqvist", "Abdi", "Nyberg", "Okafor",
        "Rasmussen", "Castellanos", "Delacorte", "Fairweather", "Kvale", "Moua", "Pellegrino", "Sundquist",
        "Teasdale", "Ostergaard", "Quarles", "Iverslie", "Gebremedhin", "Halvorsen", "Montañez", "Arrieta",
        "Villaseñor"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng, n: int) -> list[str]:
    """n invented 'First M. Last' names, no first or last name shared (a decoy never matches the truth)."""
    got, firsts, lasts = [], set(), set()
    while len(got) < n:
        first, mid, last = rng.choice(FIRST), rng.choice("ABCDEFGHJKLMNPRSTVW"), rng.choice(LAST)
        if first in firsts or last in lasts:
            continue
        firsts.add(first)
        lasts.add(last)
        got.append(f"{first} {mid}. {last}")
    return got


def last_first(name: str) -> str:
    """'Jordan K. Haugland' -> 'HAUGLAND, JORDAN K' (how remittance listings print a person)."""
    first, mid, last = name.split()[0], name.split()[1].rstrip("."), name.split()[-1]
    return f"{last}, {first} {mid}".upper()


def ea_date(d: dt.date, style: str) -> str:
    """Date forms of this round's papers; every one is a form a reader (and the corpus checker) knows."""
    return {"dmy_up": d.strftime("%d-%b-%Y").upper(),           # 04-MAR-2026
            "dmonthy": d.strftime("%-d %B %Y"),                 # 4 March 2026
            "nopad": f"{d.month}/{d.day}/{d.year}",             # 3/4/2026
            "iso": d.isoformat(),
            "dash": d.strftime("%m-%d-%Y"),                     # 03-04-2026
            "upper": d.strftime("%b %d, %Y").upper(),           # MAR 04, 2026
            "wlong": d.strftime("%A, %B %-d, %Y"),              # Wednesday, March 4, 2026
            "long": d.strftime("%B %-d, %Y"),
            "slash": d.strftime("%m/%d/%Y"),
            "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "wes": f"{DAYS_ES[d.weekday()]}, {d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"}[style]


def nb(text: str) -> str:
    """Keep a date or sum on one line inside a narrow column (no-break spaces)."""
    return text.replace(" ", "\u00a0")


def es_money(v: float) -> str:
    """1.234,50 dólares (the Spanish way of writing a sum)."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} dólares"


class EASheet(DZSheet):
    """DZSheet plus boxes with captions under them, a letter column beside a box of facts and a call-log strip."""

    def boxes_below(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 8.8,
                    cap: float = 5.8, h: float = 6.6):
        """A row of ruled boxes holding values; each caption in small type UNDER its box. cells: (value, caption)."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (v, k), cw in zip(cells, widths):
            self.rect(x, y, cw - 1.5, h)
            self.set_xy(x + 1.0, y + (h - size * 0.45) / 2)
            self.f(size)
            self.cell(cw - 3, size * 0.45, v)
            self.set_xy(x, y + h + 0.5)
            self.f(cap)
            self.cell(cw - 1.5, cap * 0.42, k)
            x += cw
        self.set_xy(self.l_margin, y + h + cap * 0.42 + 2.5)

    def letter_beside_facts(self, paras: list[str], facts: list[tuple[str, str]], title: str = "",
                            side_w: float = 56, size: float = 9.4, gap: float = 5, side_size: float = 8.2):
        """The letter's paragraphs in a left column; a ruled box of facts at the right from the same line."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        end_side = self.sidebar(facts, self.l_margin + W - side_w, y0, side_w, title or None, side_size)
        self.set_xy(self.l_margin, y0)
        for t in paras:
            self.col_para(t, W - side_w - gap, size)
        self.set_y(max(self.get_y(), end_side) + 2)

    def call_log(self, rows: list[tuple[str, str, str]], title: str = "Calls about this matter", size: float = 7.6):
        """A thin ruled strip: each call's date, who called and its call reference (numbers of calls, not of the
        case)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.5, y0 + 0.8)
        self.f(6.2, "B")
        self.cell(0, 3.2, title.upper(), new_x="LMARGIN", new_y="NEXT")
        for when, who, ref in rows:
            self.set_x(self.l_margin + 1.5)
            self.f(size)
            self.cell(30, size * 0.52, when)
            self.cell(W - 80, size * 0.52, who)
            self.cell(45, size * 0.52, ref, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.8
        self.rect(self.l_margin, y0, W, y - y0)
        self.set_xy(self.l_margin, y + 2.5)
