"""Round AD (famdc) helpers: people, numbers, letterheads and date/money printers for insurer_mail_not_a_denial and
two_column_eob_sidebar_summary.

Every name below was grepped against the other kits, family modules and the families README: none used before.
Everything is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Morag", "Ailsa", "Murdo", "Catriona", "Ewan", "Kirsty", "Struan", "Rhona", "Euan", "Mhairi"]
LAST = ["Skelmorlie", "Tullibardine", "Kirriemuir", "Inverurie", "Turriff", "Brechin", "Laurencekirk",
        "Blairgowrie"]
FIRST_ES = ["Eduviges", "Murdo", "Catriona"]
LAST_ES = ["Kirriemuir", "Turriff"]
STREETS = ["Buckie Lane", "Turriff Road", "Keith Street"]
CITIES = [("Glasgow", "MT", "59230"), ("Ekalaka", "MT", "59324"), ("Wibaux", "MT", "59353")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def person(rng: random.Random, lang: str = "en") -> str:
    firsts = FIRST_ES if lang == "es" else FIRST
    lasts = LAST_ES if lang == "es" else LAST
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "space": f"$ {v:,.2f}",
            "usd": f"USD {v:,.2f}", "es": f"US$ {v:,.2f}"}[style]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "dlong": d.strftime("%-d %B %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['44', '55', '88'])}-555-{rng.randint(3000, 3999)}"


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


def pairs(d: Page, rows, kw: float = 46, size: float = 9.4) -> None:
    for k, v in rows:
        if not v:
            continue
        d.font(size, "B")
        d.cell(kw, 5, k)
        d.font(size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


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
