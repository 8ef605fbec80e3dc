"""Shared drawing and truth helpers for the invented-insurer families (fam_*.py written at first sight).

Everything here is fictional: people, insurers, IDs and amounts come from a seeded random generator, so
`python scripts/make_families.py` rebuilds the same files. Layout code stays in each family module.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from fpdf import FPDF

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
MES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
FIRST = ["Lorraine", "Desmond", "Yolanda", "Percy", "Mei", "Anselm", "Brianna", "Theo", "Marisol", "Gideon",
         "Naomi", "Rufus", "Ingrid", "Kwame", "Beatriz", "Colin", "Odette", "Ezra", "Harriet", "Jasper",
         "Leticia", "Mateo", "Wendell", "Sunita"]
LAST = ["Abernathy", "Vasquez", "Pemberton", "Oyelaran", "Strand", "Quintero", "Holloway", "Tanaka",
        "Marchetti", "Greer", "Dubois", "Fairchild", "Ibarra", "Kessler", "Lomax", "Nakamura", "Oduya",
        "Prescott", "Rutledge", "Szabo", "Trevino", "Underhill", "Valdez", "Winslow"]
FIRST_ES = ["Guadalupe", "Ramón", "Itzel", "Efraín", "Xiomara", "Joaquín", "Luz", "Arturo", "Milagros", "Héctor"]
LAST_ES = ["Figueroa", "Santiago", "Benítez", "Carrasco", "Montalvo", "Irizarry", "Zamora", "Peña", "Villalobos",
           "Acevedo"]
STREETS = ["Birchwood Lane", "Harbor View Road", "Quarry Street", "Sycamore Court", "Fenwick Avenue",
           "Old Mill Road", "Juniper Drive", "Lantern Way"]
CITIES = [("Bellingham", "WA", "98225"), ("Duluth", "MN", "55802"), ("Macon", "GA", "31201"),
          ("Lubbock", "TX", "79401"), ("Erie", "PA", "16501"), ("Pueblo", "CO", "81003"),
          ("Bangor", "ME", "04401"), ("Fargo", "ND", "58102"), ("Yuma", "AZ", "85364")]
CITIES_ES = [("Hialeah", "FL", "33010"), ("Laredo", "TX", "78040"), ("Santa Ana", "CA", "92701"),
             ("Caguas", "PR", "00725"), ("Las Cruces", "NM", "88001")]


class Rand(random.Random):
    """Seeded choices for fictional values."""

    def digits(self, n: int) -> str:
        return "".join(self.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def person(self, lang: str = "en") -> tuple[str, str, str, str]:
        """(First M. Last, first, middle initial, last)."""
        first = self.choice(FIRST_ES if lang == "es" else FIRST)
        last = self.choice(LAST_ES if lang == "es" else LAST)
        mid = self.choice("ABCDEFGHJKLMNPRSTVW")
        return f"{first} {mid}. {last}", first, mid, last

    def address(self, lang: str = "en") -> tuple[str, str]:
        city, st, z = self.choice(CITIES_ES if lang == "es" else CITIES)
        return f"{self.randint(12, 9870)} {self.choice(STREETS)}", f"{city}, {st} {z}"

    def date(self, start: dt.date, days: int) -> dt.date:
        return start + dt.timedelta(days=self.randint(0, days))

    def amount(self, lo: int = 90, hi: int = 9000) -> str:
        return f"{self.randint(lo, hi)}.{self.choice(['00', '00', '50', '25', '75', self.digits(2)])}"

    def phone(self) -> str:
        return f"1-{self.choice(['800', '833', '844', '855', '866', '877', '888'])}-{self.digits(3)}-{self.digits(4)}"

    def npi(self) -> str:
        return self.choice("12") + self.digits(9)


def fmt_date(d: dt.date, style: str) -> str:
    """Dates as insurers print them; style names the pattern."""
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "es_abbr":
        return f"{d.day:02d}-{MES_ABBR[d.month - 1]}-{d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "short": f"{d.month}/{d.day}/{d.strftime('%y')}",
            "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(), "dmy": d.strftime("%d-%b-%Y"),
            "abbr": d.strftime("%b %-d, %Y"), "dot": d.strftime("%m.%d.%Y"), "upper": d.strftime("%d %b %Y").upper(),
            "wlong": d.strftime("%A, %B %-d, %Y"), "mdy_nopad": f"{d.month}/{d.day}/{d.year}"}[style]


def fmt_money(m: str | float, style: str = "plain") -> str:
    v = float(m)
    whole, cents = f"{v:.2f}".split(".")
    grouped = f"{int(whole):,}"
    return {"plain": f"${grouped}.{cents}", "nosign": f"{grouped}.{cents}", "bare": f"{int(whole)}.{cents}",
            "usd": f"USD {grouped}.{cents}", "space": f"$ {grouped}.{cents}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() + ("" if end is None else "/" + end.isoformat())


FIELD_KEYS = ("insurer", "plan_id", "group_number", "member_id", "member_name", "case_numbers", "claim_amount",
              "service_dates", "denial_date", "provider", "appeal_deadline")


def truth(doc_type: str, denial: str | None, lang: str = "en", **fields) -> dict:
    """A truth object in the shape of shared/eval/README.md (the driver adds condition and template)."""
    extra = {k: fields.pop(k) for k in ("alternates", "unscored", "denial_alternates", "type_alternates")
             if k in fields}
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown truth fields {unknown}")
    out = {k: fields.get(k, [] if k in ("case_numbers", "service_dates") else None) for k in FIELD_KEYS}
    out["service_dates"] = sorted(set(out["service_dates"]))
    t = {"document_type": doc_type, "denial_type": denial, "lang": lang, "fields": out}
    t.update({k: v for k, v in extra.items() if v})
    return t


class Doc(FPDF):
    """A US-letter page with an optional running header (text on pages after the first) and page footer."""

    def __init__(self, font: str = "Helvetica", footer: str | None = None, header: str | None = None,
                 margins: tuple[float, float, float] = (18, 16, 18), orientation: str = "P"):
        super().__init__(orientation=orientation, format="letter")
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        self.base_font, self.footer_fmt, self.header_text = font, footer, header
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()
        if Path(DEJAVU).exists():
            self.add_font("DejaVu", "", DEJAVU)

    def header(self):
        if self.header_text and self.page_no() > 1:
            self.set_font(self.base_font, "", 8.5)
            self.cell(0, 4.5, self.header_text, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        if self.footer_fmt:
            self.set_y(-14)
            self.set_font(self.base_font, "", 8)
            self.cell(0, 5, self.footer_fmt.format(p=self.page_no(), n="{nb}"), align="C")

    def font(self, size: float = 10.5, style: str = ""):
        self.set_font(self.base_font, style, size)

    def text_line(self, text: str, size: float = 10.5, style: str = "", align: str = "L", h: float | None = None):
        self.font(size, style)
        self.cell(0, h or size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align=align)

    def para(self, text: str, size: float = 10.5, gap: float = 2.5, w: float = 0, align: str = "L"):
        self.font(size)
        self.multi_cell(w, size * 0.48, text, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(gap)

    def rule(self, width: float = 0.4, gap: float = 2):
        self.set_line_width(width)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.ln(gap)

    def table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.5,
              aligns: str | None = None, border_head: str = "B", row_h: float = 5.2, head_fill: bool = False):
        """Header row then rows; a row whose first cell starts with '*' is bold (marker removed)."""
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.5, "B")
        if head_fill:
            self.set_fill_color(225, 225, 225)
        for h, w, a in zip(head, widths, aligns):
            self.cell(w, 6, h, border=border_head, align=a, fill=head_fill)
        self.ln(6.3)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, row_h, c[1:] if (i == 0 and bold) else c, align=a)
            self.ln(row_h + 0.2)
        self.ln(2)

    def boxes(self, cells: list[tuple[str, str, float]], h: float = 11, label_size: float = 6.5,
              value_size: float = 10):
        """One row of ruled boxes: a small label printed at the top of each box, the value below it."""
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for label, value, w in cells:
            self.rect(x, y0, w, h)
            self.set_xy(x + 1.2, y0 + 0.8)
            self.font(label_size)
            self.cell(w - 2.4, 3, label.upper())
            self.set_xy(x + 1.2, y0 + 4.6)
            self.font(value_size)
            self.cell(w - 2.4, 5, value)
            x += w
        self.set_xy(x0, y0 + h)


def pdf_bytes(d: Doc) -> bytes:
    return bytes(d.output())
