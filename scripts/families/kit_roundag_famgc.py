"""Round AG (famgc) helpers: people, numbers, letterheads and date/money printers for
texas_ura_adverse_determination_notice and postcard_claim_status_notice.

Every name below was grepped against the other kits, family modules and the families README: none used before.
Everything is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from inv_kit import DEJAVU, Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Liisi", "Kristiina", "Jaanus", "Margus", "Piret", "Sirje"]
LAST = ["Kukk", "Ilves", "Vaher", "Rebane", "Kivisild", "Saarepera", "Ruutel"]
FIRST_ES = ["Zoilo", "Maclovia", "Anacaona"]
LAST_ES = ["Arizpe", "Ontañón", "Quiroga-Bustos", "Zaragoza-Elizondo"]
STREETS = ["Cibolo Creek Road", "Bandera Pass", "Sabinal Street"]
CITIES = [("Lampasas", "TX", "76550"), ("Helotes", "TX", "78023"), ("Boerne", "TX", "78006")]
CITIES_ES = [("Hondo", "TX", "78861"), ("Medina", "TX", "78055")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)


class Card(FPDF):
    """A small mailer: a postcard (152 x 102 mm, landscape) or a half sheet (216 x 140 mm)."""

    def __init__(self, size: str = "postcard"):
        fmt = {"postcard": (102, 152), "half": (140, 216)}[size]
        super().__init__(orientation="L", unit="mm", format=fmt)
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        self.add_font("DejaVu", "", DEJAVU)
        self.add_font("DejaVu", "B", BOLD)
        self.set_margins(7, 6, 7)
        self.set_auto_page_break(False)

    def line_(self, text: str, size: float, style: str = "", h: float | None = None, align: str = "L", w: float = 0):
        self.set_font("DejaVu", style, size)
        self.cell(w, h or size * 0.45, text, new_x="LMARGIN", new_y="NEXT", align=align)

    def para(self, text: str, size: float, w: float = 0, gap: float = 1):
        self.set_font("DejaVu", "", size)
        self.multi_cell(w, size * 0.43, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def person(rng: random.Random, lang: str = "en") -> str:
    first = rng.choice(FIRST_ES if lang == "es" else FIRST)
    last = rng.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def mixed(rng: random.Random, pattern: str) -> str:
    """A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}", "es": f"US$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "dlong": d.strftime("%-d %B %Y"),
            "short": f"{d.month}/{d.day}/{d.strftime('%y')}",
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['44', '66', '77'])}-555-{rng.randint(7000, 7999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def letterhead(d: Page, style: str, name: str, line2: str, logo: str = "", parent: str = "") -> None:
    """Three letterheads: logo word over a rule, parent line above the name, return-address block."""
    if style == "logo":
        d.text_line(logo, 19, "B", h=9.5)
        d.rule(0.8, 1)
        d.text_line(f"{name}  |  {line2}", 8.2, h=4.5)
    elif style == "parent":
        d.text_line(parent, 8, align="C", h=4)
        d.text_line(name, 14.5, "B", align="C", h=7)
        d.text_line(line2, 8.5, align="C", h=4.5)
        d.rule(0.4, 1)
    else:
        d.text_line(name, 11.5, "B", h=5.5)
        for ln in line2.split(" | "):
            d.text_line(ln, 9.2, h=4.6)
    d.ln(3)


def mail_to(d: Page, lines: list[str]) -> None:
    d.font(10)
    d.multi_cell(100, 4.8, "\n".join([lines[0].upper()] + list(lines[1:])), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def pairs(d: Page, rows, kw: float = 48, size: float = 9.8, h: float = 5.2) -> None:
    """'Label:  value' rows with the labels in a fixed column."""
    for label, value in rows:
        if value is None:
            continue
        d.font(size)
        d.cell(kw, h, f"{label}:")
        d.font(size, "B")
        d.cell(0, h, value, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def signature(d: Page, lines: list[str]) -> None:
    d.ln(1)
    d.text_line(lines[0], 10, h=5)
    d.ln(3)
    for ln in lines[1:]:
        d.text_line(ln, 10, h=5)
    d.ln(2)


CLINICIANS = ["Toivo Kukk, MD", "Viivi Rebane, DO", "Aarne Ilves, MD", "Leida Vaher, MD"]
REVIEWERS = ["Aarne Saarepera, MD", "Toivo Kivisild, DO", "Leida Ruutel, MD"]
