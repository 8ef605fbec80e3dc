"""Drawing helpers for round EH, helper famlc (Job Corps student health care at an invented center: the center's
Health and Wellness Center, off-center referrals, other coverage first and separation from the program; an invented
performing-arts union's health fund whose coverage is earned by covered earnings in a base period).

Why: both families print their facts across several pages and beside many decoys, so they need a few layouts the
older kits do not have: a running line of identifiers in small type at the foot of every page (under the page
number), a closing page of language-help lines and a nondiscrimination statement in this kit's own words, two
signature blocks side by side (a nurse reviewer and a physician), a check stub at the foot of a remittance (check
number and amount in words as decoys), a base-period earnings strip (four quarters of earnings against the amount
needed), a fax cover sheet from a doctor's office drawn as its own page, and the date and money shapes real mail
uses: "March 4th, 2026", "04-Mar-2026", "03.04.2026" (month first), "2026/03/04", "Wednesday, March 4, 2026",
"4 de marzo de 2026", "US$ 1,234.50". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeg_famkf import FKSheet, ordinal, words  # noqa: F401  (words re-exported: an amount as a check prints it)
from public_kit import MONTHS_ES, digits

FIRST_F = ["Araminta", "Calloway", "Dorcas", "Elowen", "Georgiana", "Hesper", "Imogen", "Jocasta", "Lettice",
           "Mirabel", "Oriel", "Philippa", "Roswitha", "Sabina", "Thomasina", "Vashti", "Wilhelmina", "Zuleika"]
FIRST_M = ["Absalom", "Barnaby", "Crispin", "Desmond", "Ezekiel", "Fitzroy", "Gresham", "Horatio", "Jago", "Leopold",
           "Mordecai", "Nicodemus", "Obadiah", "Percival", "Roderick", "Silas", "Thaddeus", "Zebedee"]
FIRST = FIRST_F + FIRST_M
LAST = ["Arkwright", "Bellingham", "Carstairs", "Dankworth", "Eversley", "Fothergill", "Gainsford", "Halliwell",
        "Ingleby", "Jessop", "Kingsmill", "Lockyer", "Marchbanks", "Newbould", "Orchardson", "Postlethwaite",
        "Ramsbottom", "Shufflebotham", "Tattersall", "Umfreville", "Venables", "Waddington", "Yelland", "Abernathy",
        "Brocklebank", "Chadwick"]
FIRST_ES_F = ["Azucena", "Casilda", "Eulalia", "Florentina", "Genoveva", "Iluminada", "Maximina", "Remedios"]
FIRST_ES_M = ["Bonifacio", "Crisanto", "Eleuterio", "Florencio", "Hermenegildo", "Leandro", "Primitivo", "Teodoro"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Alcántara", "Benavides", "Carrasco", "Dávalos", "Espinosa", "Figueroa", "Guardado", "Holguín",
           "Islas", "Juárez", "Lucero", "Mendívil", "Ochoa", "Palacios", "Quintanilla", "Saucedo"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: one letter (F / M / X) a person."""
    ls = LAST_ES if es else LAST
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M, "X": FIRST_ES if es else FIRST}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def first(full: str) -> str:
    return full.split()[0]


def last(full: str) -> str:
    return " ".join(full.split()[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    p = full.split()
    return f"{' '.join(p[2:]).upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def dr(full: str) -> str:
    return f"Dr. {full}"


def phone(rng: random.Random, area: str = "606") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-866-555-{digits(rng, 4)}"


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, d.day)


# --- dates ------------------------------------------------------------------------------------------------------
def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return d.strftime("%B %-d, %Y")


def nth(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"


def dmy(d: dt.date) -> str:
    """04-Mar-2026"""
    return d.strftime("%d-%b-%Y")


def dots_us(d: dt.date) -> str:
    """03.04.2026 (month first, as some claims systems print it)"""
    return d.strftime("%m.%d.%Y")


def ymd(d: dt.date) -> str:
    """2026/03/04"""
    return d.strftime("%Y/%m/%d")


def wday(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def nb(s: str) -> str:
    """Keep a date or an amount on one line (non-breaking spaces)."""
    return s.replace(" ", "\u00a0")


def iso(d: dt.date) -> str:
    return d.isoformat()


def es_date(d: dt.date) -> str:
    """4 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_es(v: float) -> str:
    """US$ 1,234.50"""
    return f"US$\u00a0{v:,.2f}"


# --- language help and nondiscrimination (this kit's own wording) ------------------------------------------------
LANG_HELP = [
    ("Español", "Si necesita esta carta en español o quiere hablar con un intérprete, llame gratis al {p}."),
    ("Tiếng Việt", "Nếu quý vị cần thông dịch viên, xin gọi miễn phí số {p}."),
    ("Tagalog", "Kung kailangan ninyo ng tagasalin, tumawag nang libre sa {p}."),
    ("Français", "Pour obtenir l'aide gratuite d'un interprète, appelez le {p}."),
    ("Kreyòl ayisyen", "Si ou bezwen yon entèprèt gratis, rele {p}."),
    ("Português", "Para falar com um intérprete sem custo, ligue para {p}."),
    ("Русский", "Если вам нужен бесплатный переводчик, позвоните по номеру {p}."),
    ("Polski", "Aby uzyskać bezpłatną pomoc tłumacza, zadzwoń pod numer {p}."),
    ("Deutsch", "Wenn Sie kostenlos einen Dolmetscher brauchen, rufen Sie {p} an."),
    ("Italiano", "Se ha bisogno di un interprete gratuito, chiami il numero {p}."),
]


class EHSheet(FKSheet):
    """FKSheet plus a running identifier line in small type under the footer, a language-help page and a
    nondiscrimination statement, two signature blocks side by side, a check stub, a base-period earnings strip."""

    def __init__(self, *a, foot_ids: str | None = None, **k):
        super().__init__(*a, **k)
        self.foot_ids = foot_ids

    def footer(self):
        super().footer()
        if self.foot_ids:
            self.set_y(-9.6)
            self.set_font(self.face, "", 6.2)
            self.cell(0, 3, self.foot_ids.format(n=self.page_no(), nb="{nb}"), align="C")

    def nondiscrimination(self, org: str, phone_no: str, size: float = 7.6):
        """A short nondiscrimination statement (this kit's own words) under a rule."""
        self.ln(1)
        self.rule(2)
        self.f(size + 0.6, "B")
        self.cell(0, 4, "We do not discriminate", new_x="LMARGIN", new_y="NEXT")
        self.para(f"{org} follows the federal civil rights laws that apply to it. We do not treat anyone differently "
                  "or leave anyone out because of race, color, national origin, sex, age or disability. We give free "
                  "aids to people with disabilities (large print, sign language interpreters, other formats) and free "
                  "language services to people whose first language is not English. If you think we failed to do "
                  f"this, you can file a grievance with our civil rights coordinator at {phone_no}, and you can also "
                  "file a civil rights complaint with the federal government.", size, gap=1.5)

    def lang_help(self, phone_no: str, size: float = 7.4, title: str = "Help in your language"):
        """A block of language-help lines (language name in bold, then the line)."""
        self.f(size + 1.2, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        for lang, text in LANG_HELP:
            self.f(size, "B")
            self.cell(28, size * 0.5, lang)
            self.f(size)
            self.multi_cell(0, size * 0.5, text.format(p=phone_no), new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)

    def signers(self, blocks: list[list[str]], size: float = 9.2, gap: float = 8):
        """Signature blocks side by side: a signature line, then the name and title lines under it."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (len(blocks) - 1)) / len(blocks)
        y0 = self.get_y() + 8
        ends = []
        for i, lines in enumerate(blocks):
            x = self.l_margin + i * (cw + gap)
            self.line_seg(x, y0, x + cw * 0.8, y0)
            y = y0 + 1.2
            for j, ln in enumerate(lines):
                self.set_xy(x, y)
                self.f(size, "B" if j == 0 else "")
                self.cell(cw, size * 0.5, ln)
                y += size * 0.5
            ends.append(y)
        self.set_xy(self.l_margin, max(ends) + 3)

    def check_stub(self, payer: str, payee: str, amount: float, number: str, date: str, size: float = 8.6):
        """A dashed line and a check at the foot of a remittance: check number, date, payee, amount in digits and
        in words (all decoys beside the claims)."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        W = self.w - self.l_margin - self.r_margin
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 2.4, self.l_margin + W), y)
            x += 4
        y += 3
        self.set_fill_color(246, 246, 246)
        self.rect(self.l_margin, y, W, 30, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y + 2)
        self.f(size + 0.6, "B")
        self.cell(W * 0.6, 4.5, payer)
        self.f(size)
        self.cell(W * 0.4 - 6, 4.5, f"Check No. {number}", align="R")
        self.set_xy(self.l_margin + 3, y + 8)
        self.cell(W * 0.6, 4.5, f"Pay to the order of   {payee}")
        self.f(size, "B")
        self.cell(W * 0.4 - 6, 4.5, f"Date {date}     **{amount:,.2f}", align="R")
        self.set_xy(self.l_margin + 3, y + 14)
        self.f(size)
        self.cell(W - 6, 4.5, words(amount))
        self.set_xy(self.l_margin + 3, y + 22)
        self.f(6.6)
        self.cell(W - 6, 3.5, "NON-NEGOTIABLE COPY FOR YOUR RECORDS")
        self.set_xy(self.l_margin, y + 33)

    def earnings_strip(self, quarters: list[tuple[str, str]], need: str, total: str, size: float = 8.6):
        """Four ruled boxes of base-period quarters with their reported earnings, then the total against the amount
        needed for the benefit quarter."""
        W = self.w - self.l_margin - self.r_margin
        n = len(quarters) + 2
        cw = W / n
        y = self.get_y()
        cells = list(quarters) + [("Total reported", total), ("Needed", need)]
        for i, (k, v) in enumerate(cells):
            x = self.l_margin + i * cw
            if i >= len(quarters):
                self.set_fill_color(232, 232, 232)
                self.rect(x, y, cw, 11, style="DF")
                self.set_fill_color(255, 255, 255)
            else:
                self.rect(x, y, cw, 11)
            self.set_xy(x + 1, y + 1)
            self.f(5.8)
            self.cell(cw - 2, 2.8, k.upper())
            self.set_xy(x + 1, y + 5.2)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.45, v, align="R")
        self.set_xy(self.l_margin, y + 13)


def office_fax_cover(office: str, lines: list[str], rows: list[tuple[str, str]], note: str) -> bytes:
    """A fax cover sheet from a doctor's office, as one PDF page of its own (it belongs to no document)."""
    p = EHSheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 8, office, new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in lines:
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.f(26, "B")
    p.cell(0, 12, "F A X", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for k, v in rows:
        p.f(11, "B")
        p.cell(30, 9, k)
        p.f(11)
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        y = p.get_y()
        p.line_seg(p.l_margin + 30, y - 1.5, p.w - p.r_margin, y - 1.5)
    p.ln(8)
    p.f(10, "B")
    p.cell(0, 6, "Message:", new_x="LMARGIN", new_y="NEXT")
    p.para(note, 11)
    p.ln(30)
    p.para("The pages that follow may hold protected health information. If they reached you by mistake, please "
           "call our office and destroy them.", 8)
    return bytes(p.output())
