"""Round U (famua) helpers: people, organisations, numbers and date/money printers for medicare_part_d_eob_es,
mental_health_residential_denial and eob_with_prior_balance_statement.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional (Sardinian
place words for organisations); phone and fax numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF  # noqa: F401  (kept for modules that draw directly)

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIRST = ["Efisio", "Bonaria", "Gavino", "Annedda", "Ciriaco", "Tarsila", "Quirico", "Leopoldina", "Salvatorangelo",
         "Giommaria", "Peppina", "Battistina"]
LAST = ["Porcu", "Murgia", "Cossu", "Atzeni", "Loddo", "Mereu", "Sechi", "Usai", "Zedda", "Pusceddu", "Nieddu",
        "Brundu"]
FIRST_ES = ["Cándida", "Anastasio", "Presentación", "Bartolomé", "Genoveva", "Purificación", "Teodosio", "Asunción"]
LAST_ES = ["Larreategi", "Etxegarai", "Urquiaga", "Arregi", "Ugaldebere", "Aranzábal", "Oiartzabal", "Agirrezabal"]
STREETS = ["Nuraghe Hill Road", "Campidano Street", "Limbara Court", "Tavolara Avenue", "Coghinas Way"]
CITIES = [("Liberal", "KS", "67901"), ("Scottsbluff", "NE", "69361"), ("Marion", "IN", "46952"),
          ("Riverton", "WY", "82501"), ("Sedalia", "MO", "65301")]
CITIES_ES = [("Harlingen", "TX", "78550"), ("Utuado", "PR", "00641"), ("Haines City", "FL", "33844"),
             ("Wapato", "WA", "98951")]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


class Page(Doc):
    """A DejaVu page (Spanish accents) with a bold face."""

    def __init__(self, foot: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=foot, header=header, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)

    def kv(self, rows: list[tuple[str, str]], lw: float = 48, size: float = 9.2, h: float = 5):
        """Label column beside value column."""
        for k, v in rows:
            self.set_font("DejaVu", "B", size)
            self.cell(lw, h, k)
            self.set_font("DejaVu", "", size)
            self.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def head(self, text: str, size: float = 10.5):
        self.ln(1)
        self.text_line(text, size, "B", h=size * 0.6)


def person(rng: random.Random, lang: str = "en") -> str:
    """'First M. Last': the eval's form of a member name."""
    firsts, lasts = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    """$1,234.56 / 1,234.56 / 1234.56 / USD 1,234.56 / $ 1,234.56."""
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}",
            "space": f"$ {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    """Dates as these papers print them (English and Spanish styles)."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES3[d.month - 1]}-{d.year}"}[style]


def address(rng: random.Random, lang: str = "en") -> tuple[str, str]:
    city, st, z = rng.choice(CITIES_ES if lang == "es" else CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '55', '66', '77', '88'])}-555-{rng.randint(3000, 3999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)
