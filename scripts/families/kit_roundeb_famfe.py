"""Drawing helpers for round EB, helper famfe (Pennsylvania CHIP notices from an invented CHIP contractor health
plan; an invented chiropractic and physical medicine benefit manager with remittances listing several patients).

Why: both families need a letter whose address block sits at the left with a ruled box of references at the right
on the same lines, a rubber stamp set at an angle over a page (COPY, RECEIVED), and the ways real mail writes
dates and sums that older kits do not: spans with "thru", "the 3rd to the 9th of March", short day names before
two-digit years ("Tue 03/03/26"), sums with a trailing minus ("312.00-"), in parentheses ("(312.00)") or with
"USD" after them. The caption forms (captions left of, above or below boxes), fact letters, ledgers and call logs
come from the round EA kits. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_roundea_famed import EASheet as _EAd
from kit_roundea_famee import EASheet as _EAe

FIRST = ["Maren", "Tobiah", "Linnea", "Ezekiel", "Perpetua", "Callum", "Odalys", "Benedikt", "Yaretzi", "Fintan",
         "Marguerite", "Cassius", "Ifeoma", "Dashiell", "Rosalba", "Leopold", "Anouk", "Thaddeus", "Xiomara", "Lorcan",
         "Henrike", "Amadou", "Guadalupe", "Wendell", "Itzel", "Barnaby"]
LAST = ["Kuchenbrod", "Ostrowski", "Fenstermacher", "Achterhof", "Mbeki", "Zellweger", "Hostetler", "Quiñones",
        "Ballantyne", "Stoltzfus", "Nakagawa", "Dombrowski", "Ferreira", "Lichtenwalner", "Harcourt", "Yoder",
        "Villanueva", "Szczepanski", "Oberholtzer", "Aguilar", "Prendergast", "Wojcik", "Gallardo", "Eberhart",
        "Umansky", "Cardenas"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng, n: int) -> list[str]:
    """n invented 'First M. Last' names, no first or last name shared (a decoy never matches the truth)."""
    got, firsts, lasts = [], set(), set()
    while len(got) < n:
        first, mid, last = rng.choice(FIRST), rng.choice("ACDEFGHJKLMNPRTVW"), rng.choice(LAST)
        if first in firsts or last in lasts:
            continue
        firsts.add(first)
        lasts.add(last)
        got.append(f"{first} {mid}. {last}")
    return got


def last_first(name: str) -> str:
    """'Maren K. Yoder' -> 'YODER, MAREN K' (how remittances and claim forms print a person)."""
    first, mid, last = name.split()[0], name.split()[1].rstrip("."), name.split()[-1]
    return f"{last}, {first} {mid}".upper()


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def eb_date(d: dt.date, style: str) -> str:
    """The date forms of this round's papers."""
    return {"short": d.strftime("%m/%d/%y"),                              # 03/03/26
            "slash": d.strftime("%m/%d/%Y"),                              # 03/03/2026
            "iso": d.isoformat(),                                         # 2026-03-03
            "long": d.strftime("%B %-d, %Y"),                             # March 3, 2026
            "wlong": d.strftime("%A, %B %-d, %Y"),                        # Tuesday, March 3, 2026
            "wshort": d.strftime("%a %m/%d/%y"),                          # Tue 03/03/26
            "abbr": d.strftime("%b %-d, %Y"),                             # Mar 3, 2026
            "dmy_up": d.strftime("%d-%b-%Y").upper(),                     # 03-MAR-2026
            "dmonthy": d.strftime("%-d %B %Y"),                           # 3 March 2026
            "ord": f"the {ordinal(d.day)} of {d.strftime('%B')}, {d.year}",  # the 3rd of March, 2026
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "wes": f"{DAYS_ES[d.weekday()]} {d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "es_dmy": d.strftime("%d/%m/%Y")}[style]


def thru(a: dt.date, b: dt.date, style: str = "short") -> str:
    """'03/02/26 thru 03/27/26' (a span as claim forms print it)."""
    return f"{eb_date(a, style)} thru {eb_date(b, style)}"


def ord_span(a: dt.date, b: dt.date) -> str:
    """'from the 3rd to the 9th of March' (same month) or 'from the 28th of March to the 3rd of April'."""
    if a.month == b.month:
        return f"from the {ordinal(a.day)} to the {ordinal(b.day)} of {b.strftime('%B')}"
    return f"from the {ordinal(a.day)} of {a.strftime('%B')} to the {ordinal(b.day)} of {b.strftime('%B')}"


def amt(v: float, style: str = "nosign") -> str:
    """Sums as remittances and letters print them."""
    s = f"{v:,.2f}"
    return {"nosign": s, "dollar": f"${s}", "tminus": f"{s}-", "paren": f"({s})", "usd_after": f"{s} USD",
            "usd": f"USD {s}", "stars": f"$***{s}"}[style]


def es_money(v: float) -> str:
    """1.234,50 dólares (a Spanish-language letter's sum)."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} dólares"


def nb(text: str) -> str:
    """Keep a date or a sum on one line inside a narrow column (no-break spaces)."""
    return text.replace(" ", "\u00a0")


class EBSheet(_EAd, _EAe):
    """Both round-EA sheets (caption forms, fact letters, ledgers, captions under boxes, call logs) plus an address
    block beside a reference box and an angled stamp."""

    def addr_refs(self, addr: list[str], refs: list[tuple[str, str]], box_w: float = 80, size: float = 9.8,
                  ref_size: float = 8.2, cap_w: float = 30, title: str | None = None):
        """The addressee's lines at the left; a ruled box at the right, from the same line, each caption at the
        left of its value (what a window envelope shows and what sits beside it)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        x = self.l_margin + W - box_w
        yy = y0 + 1.5
        if title:
            self.set_xy(x + 2, yy)
            self.f(ref_size - 0.6, "B")
            self.cell(box_w - 4, ref_size * 0.45, title.upper())
            yy += ref_size * 0.45 + 1.2
        for k, v in refs:
            self.set_xy(x + 2, yy)
            self.f(ref_size - 1.0)
            self.cell(cap_w, ref_size * 0.5, k)
            self.f(ref_size, "B")
            self.multi_cell(box_w - cap_w - 4, ref_size * 0.5, v, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 0.9
        self.rect(x, y0, box_w, yy - y0 + 0.6)
        self.set_xy(self.l_margin, y0 + 2)
        for ln in addr:
            self.set_x(self.l_margin)
            self.f(size)
            self.cell(W - box_w - 4, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(self.get_y(), yy + 0.6) + 3)

    def stamp(self, text: str, x: float, y: float, angle: float = 12, size: float = 15, sub: str = ""):
        """A rubber stamp: a ruled frame with bold capitals (and a small second line), set at an angle."""
        self.f(size, "B")
        w = max(self.get_string_width(text), self.get_string_width(sub) * 0.6 if sub else 0) + 8
        h = size * 0.5 + (size * 0.32 if sub else 0) + 4
        keep = (self.get_x(), self.get_y())
        with self.rotation(angle, x + w / 2, y + h / 2):
            self.set_draw_color(60, 60, 60)
            self.set_text_color(60, 60, 60)
            self.set_line_width(0.7)
            self.rect(x, y, w, h)
            self.set_xy(x, y + 2)
            self.cell(w, size * 0.5, text, align="C")
            if sub:
                self.f(size * 0.55, "B")
                self.set_xy(x, y + 2 + size * 0.5)
                self.cell(w, size * 0.32, sub, align="C")
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_xy(*keep)

    def legend(self, rows: list[tuple[str, str]], title: str = "Remark codes on this page", size: float = 7.8):
        """A small legend: each code in bold, then its plain explanation."""
        self.f(size, "B")
        self.cell(0, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        for code, text in rows:
            self.f(size, "B")
            self.cell(14, size * 0.47, code)
            self.f(size)
            self.multi_cell(0, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(1.5)
