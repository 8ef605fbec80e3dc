"""Round AE (famec) helpers: people, numbers, letterheads, dot leaders and date/money printers for
provider_collection_notice_after_denial and dot_leader_fact_sheet_denial.

Every name below was grepped against the other kits, family modules and the families README: none used before.
Everything is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Solvita", "Raimonds", "Zaiga", "Valdis", "Ilze", "Agris", "Edgars", "Sarmite"]
LAST = ["Ozolins", "Kalnins", "Berzins", "Liepins", "Jansons", "Vitols", "Zemitis", "Purvins"]
STREETS = ["Gauja Street", "Talsi Avenue", "Limbazi Road"]
CITIES = [("Challis", "ID", "83226"), ("Weiser", "ID", "83672"), ("Grangeville", "ID", "83530")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(LAST)}"


def mixed(rng: random.Random, pattern: str) -> str:
    """A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "space": f"$ {v:,.2f}", "usd": f"USD {v:,.2f}",
            "es": f"US$ {v:,.2f}"}[style]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "dlong": d.strftime("%-d %B %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['44', '66', '77'])}-555-{rng.randint(4000, 4999)}"


def letterhead(d: Page, style: str, name: str, line2: str, logo: str = "", parent: str = "") -> None:
    """Three letterheads: logo word over a rule, parent line above the name, return-address block."""
    if style == "logo":
        d.text_line(logo, 20, "B", h=10)
        d.rule(0.8, 1)
        d.text_line(f"{name}  ·  {line2}", 8.3, h=4.5)
    elif style == "parent":
        d.text_line(parent, 8, align="C", h=4)
        d.text_line(name, 14.5, "B", align="C", h=7)
        d.text_line(line2, 8.5, align="C", h=4.5)
        d.rule(0.4, 1)
    else:
        d.text_line(name, 11.5, "B", h=5.5)
        for ln in line2.split(" | "):
            d.text_line(ln, 9.3, h=4.6)
    d.ln(3)


def mail_to(d: Page, lines: list[str]) -> None:
    d.font(10)
    d.multi_cell(100, 4.8, "\n".join([lines[0].upper()] + lines[1:]), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def signature(d: Page, lines: list[str]) -> None:
    d.ln(1)
    d.text_line(lines[0], 10, h=5)
    d.ln(4)
    for ln in lines[1:]:
        d.text_line(ln, 10, h=5)
    d.ln(2)


def dot_leaders(d: Page, rows, width: float = 150, label_w: float = 62, size: float = 9.8, h: float = 5.4) -> None:
    """'Label ........ value' rows, values right-aligned at `width`; a label with '\\n' wraps to two lines, the
    dots and the value on its second line."""
    x0 = d.l_margin
    for label, value in rows:
        if value is None:
            continue
        parts = label.split("\n")
        d.font(size)
        for p in parts[:-1]:
            d.set_x(x0)
            d.cell(label_w, h, p, new_x="LMARGIN", new_y="NEXT")
        last = parts[-1]
        lw = d.get_string_width(last + " ")
        d.font(size, "B")
        vw = d.get_string_width(" " + value)
        d.font(size)
        dots_w = width - lw - vw
        n = max(3, int(dots_w / d.get_string_width(".")))
        d.set_x(x0)
        d.cell(lw, h, last + " ")
        d.cell(dots_w, h, "." * n)
        d.font(size, "B")
        d.cell(vw, h, " " + value, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
