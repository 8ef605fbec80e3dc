"""Round AD (famda) helpers: people, organisations, numbers, letterheads and date/money printers for
ma_notice_of_denial_of_payment_cms10003 and multi_page_letter_decision_on_page_two.

Every name below was grepped against the other kits, the family modules and the families README: none used
before. Everything is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Eadwig", "Sigeric", "Cuthwin", "Godgifu", "Thurstan", "Beornoth", "Oswy", "Sabrina"]
LAST = ["Hodgson", "Dalzell", "Mawson", "Birkett", "Fearon", "Stanger"]
FIRST_ES = ["Eloísa", "Filiberta", "Amancio"]
LAST_ES = ["Loaiza", "Arbeláez", "Restrepo", "Cadavid"]
CLIN_LAST = ["Hartsop", "Seathwaite", "Bassenthwaite", "Rosthwaite"]
STREETS = ["Nunnery Walk", "Wythop Lane", "Calgarth Road"]
CITIES = [("Grenora", "ND", "58845"), ("Faith", "SD", "57626"), ("Jordan", "MT", "59337")]
CITIES_ES = [("Mora", "NM", "87732")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def person(rng: random.Random, lang: str = "en") -> str:
    return (f"{rng.choice(FIRST_ES if lang == 'es' else FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. "
            f"{rng.choice(LAST_ES if lang == 'es' else LAST)}")


def clinician(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice('BCDFGHKLMNPRSTW')}. {rng.choice(CLIN_LAST)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ACDEFHJKLMNPRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def mbi(rng: random.Random) -> str:
    return mixed(rng, "9AA9A99AA99")


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "space": f"$ {v:,.2f}",
            "usd": f"USD {v:,.2f}", "es": f"US$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "dlong": d.strftime("%-d %B %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES_ABBR[d.month - 1]}-{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['44', '55', '88'])}-555-{rng.randint(4000, 4999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.choice(['701', '605', '406'])}) 555-{rng.randint(6000, 6999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


def letterhead(d: Page, style: str, name: str, line2: str, logo: str = "", parent: str = "") -> None:
    """Three letterheads: logo word over a rule, parent line above the name, return-address block."""
    if style == "logo":
        d.text_line(logo, 20, "B", h=10)
        d.rule(0.8, 1)
        d.text_line(f"{name}  |  {line2}", 8.3, h=4.5)
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


def heading(d: Page, text: str, size: float = 10.8) -> None:
    d.text_line(text, size, "B", h=6.2)


def signature(d: Page, lines: list[str]) -> None:
    d.ln(1)
    d.text_line(lines[0], 10, h=5)
    d.ln(5)
    for ln in lines[1:]:
        d.text_line(ln, 10, h=5)
    d.ln(2)
