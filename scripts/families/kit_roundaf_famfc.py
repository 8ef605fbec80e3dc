"""Round AF (famfc) helpers: people, numbers, letterheads and date/money printers for
cob_other_insurance_questionnaire_denial and accumulator_panel_eob.

Every name below was grepped against the other kits, family modules and the families README: none used before.
Everything is fictional; phone numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Maiwenn", "Erwan", "Soazig", "Goulven", "Nolwenn", "Loic", "Tanguy", "Morgane"]
LAST = ["Kerherve", "Quemener", "Kerjean", "Lozach", "Guillou", "Tromeur", "Cadiou", "Lannuzel"]
FIRST_ES = ["Dagoberto", "Florinda", "Anacleto", "Rosaura"]
LAST_ES = ["Medrano", "Ontiveros", "Tlacuilo", "Sandoval-Ruiz"]
STREETS = ["Menhir Lane", "Loudeac Road", "Josselin Avenue"]
CITIES = [("Lovelock", "NV", "89419"), ("Winnemucca", "NV", "89445"), ("Battle Mountain", "NV", "89820")]
CITIES_ES = [("Sunland Park", "NM", "88063"), ("Chaparral", "NM", "88081")]
CLINICIANS = ["Yves-Marie Penhoat, MD", "Gaelle Riou, DO", "Brieuc Le Meur, MD", "Katell Jaouen, PA-C",
              "Armel Kerdraon, MD", "Enora Plassart, DPT"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, orientation: str = "P"):
        super().__init__("DejaVu", footer=foot, header=header, margins=(17, 14, 17), orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def person(rng: random.Random, lang: str = "en") -> str:
    first = rng.choice(FIRST_ES if lang == "es" else FIRST)
    last = rng.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def kin(rng: random.Random, member: str) -> str:
    """Another person of the same household (same last name, other first name)."""
    first, last = member.split()[0], member.split()[-1]
    pool = [f for f in FIRST + FIRST_ES if f != first]
    return f"{rng.choice(pool)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def mixed(rng: random.Random, pattern: str) -> str:
    """A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "es": f"US$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "dlong": d.strftime("%-d %B %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['33', '55', '88'])}-555-{rng.randint(6000, 6999)}"


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


def blanks(d: Page, rows, kw: float = 58, size: float = 9.3, h: float = 6.4) -> None:
    """Form rows with an empty rule after each label (a questionnaire to fill in)."""
    for label in rows:
        d.font(size)
        if isinstance(label, tuple):  # two labels on one line
            d.cell(kw, h, f"{label[0]}:")
            d.cell(50, h, "_" * 22)
            d.cell(32, h, f"{label[1]}:")
            d.cell(0, h, "_" * 16, new_x="LMARGIN", new_y="NEXT")
        else:
            d.cell(kw, h, f"{label}:")
            d.cell(0, h, "_" * 48, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)


def signature(d: Page, lines: list[str]) -> None:
    d.ln(1)
    d.text_line(lines[0], 10, h=5)
    d.ln(3)
    for ln in lines[1:]:
        d.text_line(ln, 10, h=5)
    d.ln(2)
