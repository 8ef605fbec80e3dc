"""Round AJ (famjc) helpers: people, numbers, letterheads and date/money printers for
medicare_savings_program_application_denial and compounded_drug_pbm_exclusion_letter.

A round's families must not reuse another round's names or numbers (every name below was grepped against the other
kits, family modules, the seeds and the families README): Lithuanian given names, surnames and town names for people
and organisations, Aragonese surnames and towns for the Spanish papers, western Kansas towns for addresses.
Everything here is fictional; phone numbers are 555.
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc  # noqa: F401

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Vytautas", "Ausra", "Jurate", "Egle", "Audrius", "Saulius", "Vilija", "Birute", "Ovidijus"]
LAST = ["Kazlauskas", "Zukauskas", "Baranauskas", "Petrauskas", "Urbonas"]
FIRST_ES = ["Ulises", "Goretti", "Severino"]
LAST_ES = ["Lacasta", "Ballarin", "Sarasa", "Blecua", "Lasierra", "Mairal"]
CLIN = ["Gintaras J. Butkus, MD", "Milvyda R. Jankauskas, DO", "Saulius P. Navickas, MD",
        "Egle V. Stankevicius, MD", "Ovidijus K. Kretingas, MD", "Vilte T. Jonavaite, NP"]
STAFF = ["Darius M. Gudaitis", "Kestutis V. Rimkus", "Zivile K. Sabonis", "Darius P. Valancius",
         "Rytis J. Grybas"]
STREETS = ["Zarasai Street", "Taurage Lane", "Prienai Road"]
CITIES = [("Oakley", "KS", "67748"), ("Hoxie", "KS", "67740"), ("Atwood", "KS", "67730"), ("Lakin", "KS", "67860")]
CITIES_ES = [("Syracuse", "KS", "67878"), ("Sublette", "KS", "67877")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, orientation: str = "P"):
        super().__init__("DejaVu", footer=foot, header=header, margins=(17, 14, 17), orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def person(rng: random.Random, lang: str = "en", taken=()) -> str:
    last = rng.choice(LAST_ES if lang == "es" else LAST)
    pool = [f for f in (FIRST_ES if lang == "es" else FIRST) if f not in taken]
    return f"{rng.choice(pool)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"


def staff(rng: random.Random) -> str:
    """A caseworker or reviewer: a surname no member or clinician has."""
    return rng.choice(STAFF)


def clinician(rng: random.Random, *taken: str) -> str:
    return rng.choice([c for c in CLIN if c not in taken])


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKMNPQRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "es": f"US${v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "mdy": f"{d.month}/{d.day}/{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '66', '33'])}-555-{rng.randint(2000, 2999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


def letterhead(d: Page, style: str, name: str, line2: str, logo: str = "", parent: str = "") -> None:
    """Three letterheads: logo word over a rule, parent line above the name, return-address block."""
    if style == "logo":
        d.text_line(logo, 21, "B", h=10)
        d.rule(0.8, 1)
        d.text_line(f"{name}  |  {line2.replace(' | ', '  ')}", 8.5, h=4.5)
    elif style == "parent":
        d.text_line(parent, 8, align="C", h=4)
        d.text_line(name, 14, "B", align="C", h=7)
        d.text_line(line2.replace(" | ", "  ·  "), 8.5, align="C", h=4.5)
        d.rule(0.4, 1)
    else:
        d.text_line(name, 11.5, "B", h=5.5)
        for ln in line2.split(" | "):
            d.text_line(ln, 9.3, h=4.6)
    d.ln(3)


def pairs(d: Page, rows, kw: float = 48, size: float = 9.4) -> None:
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


def signature(d: Page, lines: list[str], closing: str = "Sincerely,") -> None:
    d.ln(2)
    d.font(9.8)
    d.cell(0, 5, closing, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.font(9.8, "B")
    d.cell(0, 5, lines[0], new_x="LMARGIN", new_y="NEXT")
    d.font(9.3)
    for ln in lines[1:]:
        d.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + _words(n % 100) if n % 100 else "")
    return _words(n // 1000) + " thousand" + (" " + _words(n % 1000) if n % 1000 else "")


def amount_words(v: float) -> str:
    """A check's amount line: 'One thousand two hundred six and 40/100 dollars'."""
    whole = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    w = _words(whole) if whole else "zero"
    return f"{w[0].upper() + w[1:]} and {cents:02d}/100 dollars"
