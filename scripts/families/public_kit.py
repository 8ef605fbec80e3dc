"""Shared pieces of the public-form families: fictional people and plans, date/money formats, a PDF page, truth objects.

Why: the public-form families (CMS, DOL and Medicaid notices) differ in layout and wording, not in how a
date is printed or how a truth object is shaped; keeping that here keeps each family module about its form.
Everything is invented; no real plan, person or number.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
FIRST = ["Dolores", "Harold", "Yesenia", "Bernard", "Mei", "Obinna", "Lucille", "Rafael", "Ingrid", "Tobias",
         "Nadia", "Esteban", "Colleen", "Arjun", "Marisol", "Clifford", "Beatriz", "Desmond", "Wanda", "Kenji",
         "Paulette", "Ignacio", "Rosalind", "Lamar"]
LAST = ["Pettigrew", "Oyelaran", "Vasquez", "Lindgren", "Abernathy", "Quintero", "Szabo", "Holloway", "Mwangi",
        "Carrasco", "Dunleavy", "Featherstone", "Iwamoto", "Gutierrez", "Blackwood", "Rinaldi", "Achterberg",
        "Salcedo", "Trujillo", "Yarborough", "Espinoza", "Kowalczyk"]
STREETS = ["Juniper Ln", "Old Mill Rd", "Harbor View Dr", "W 14th St", "Canyon Creek Ct", "Sycamore Ave",
           "Railroad St", "Prospect Hill Rd", "Calle Las Flores", "N Bishop Blvd"]
CITIES = [("Lubbock", "TX", "794"), ("Dayton", "OH", "454"), ("Spokane", "WA", "992"), ("Macon", "GA", "312"),
          ("Yuma", "AZ", "853"), ("Bangor", "ME", "044"), ("Pueblo", "CO", "810"), ("Tallahassee", "FL", "323")]
CLINICIANS = ["Dr. Amara Whitfield", "Dr. Lorenzo Baptiste", "Dr. Sunita Raghavan", "Dr. Grant Okonkwo",
              "Dr. Helena Voss", "Dr. Marcus Delacroix", "Dr. Teresa Ibarra", "Dr. Philip Stanwyck"]
FACILITIES = ["Granite Peaks Orthopedics", "Sandhill Regional Medical Center", "Bluewater Cardiology Group",
              "Copper Valley Imaging", "Meadowlark Home Health", "Three Rivers Rehabilitation Hospital",
              "Prairie Wind Skilled Nursing Center", "Northgate Surgical Pavilion", "Cedar Hollow Family Clinic",
              "Lakeland Infusion Services", "Saguaro Sleep Diagnostics", "Harborlight Behavioral Health"]


def person(rng: random.Random) -> tuple[str, str, str, str]:
    """(full 'First M. Last', first, middle initial, last)."""
    first, mid, last = rng.choice(FIRST), rng.choice("ABCDEFGHJKLMNPRSTVW"), rng.choice(LAST)
    return f"{first} {mid}. {last}", first, mid, last


def address(rng: random.Random) -> list[str]:
    city, st, z = rng.choice(CITIES)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} {st} {z}{rng.randint(10, 99)}"]


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape (11 characters, no S L O I B Z letters)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def fdate(d: dt.date, style: str, lang: str = "en") -> str:
    """Dates the way notices print them: 03/04/2026, March 4, 2026, 2026-03-04, 4 Mar 2026, ..."""
    if lang == "es" and style in ("long", "es"):
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if lang == "es" and style == "dmy":
        return d.strftime("%d/%m/%Y")
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "dash": d.strftime("%m-%d-%Y"), "upper": d.strftime("%b %d, %Y").upper()}[style]


def money(v: float, style: str = "plain") -> str:
    """$1,234.50 / 1,234.50 / $1234.50 / USD 1,234.50."""
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "flat": f"${v:.2f}", "usd": f"USD {v:,.2f}"}[style]


def m2(v: float) -> str:
    """Truth's money: two places, no sign."""
    return f"{v:.2f}"


def amount(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def span(a: dt.date, b: dt.date | None = None) -> str:
    return a.isoformat() if b is None or b == a else f"{a.isoformat()}/{b.isoformat()}"


class Page(FPDF):
    """A letter-size page with DejaVu (Unicode) faces and an optional 'Page N of M' footer."""

    def __init__(self, serif: bool = False, footer: str | None = "Page {n} of {nb}", footer_left: str = ""):
        super().__init__(format="letter")
        self.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        self.add_font("Sans", "", DEJAVU)
        self.add_font("Sans", "B", DEJAVU_B)
        self.add_font("Serif", "", SERIF)
        self.add_font("Serif", "B", SERIF_B)
        self.face = "Serif" if serif else "Sans"
        self.foot, self.foot_left = footer, footer_left
        self.alias_nb_pages()
        self.set_auto_page_break(True, margin=20)
        self.set_margins(18, 16, 18)

    def footer(self):
        if self.foot is None and not self.foot_left:
            return
        self.set_y(-14)
        self.set_font(self.face, "", 7.5)
        if self.foot_left:
            self.cell(120, 4, self.foot_left)
        if self.foot:
            self.set_x(self.w - self.r_margin - 50)
            self.cell(50, 4, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")

    def f(self, size: float = 10, style: str = ""):
        self.set_font(self.face, style, size)
        return self

    def line(self, text: str, size: float = 10, style: str = "", align: str = "L", h: float | None = None):
        self.f(size, style)
        self.cell(0, h or size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align=align)

    def para(self, text: str, size: float = 10, gap: float = 2, indent: float = 0):
        self.f(size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, size * 0.47, text, new_x="LMARGIN",
                        new_y="NEXT", markdown=True)
        self.ln(gap)

    def heading(self, text: str, size: float = 11.5, rule: bool = False, gap: float = 1.5):
        self.ln(1)
        self.f(size, "B")
        self.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        if rule:
            y = self.get_y() + 0.5
            super().line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(1.5)
        self.ln(gap)

    def bullets(self, items: list[str], size: float = 9.5, mark: str = "\u2022"):
        for it in items:
            self.f(size)
            self.set_x(self.l_margin + 3)
            self.cell(5, size * 0.47, mark)
            self.multi_cell(self.w - self.l_margin - self.r_margin - 8, size * 0.47, it, new_x="LMARGIN",
                            new_y="NEXT", markdown=True)
            self.ln(0.8)
        self.ln(1.5)

    def pairs(self, rows: list[tuple[str, str]], label_w: float = 45, size: float = 10, bold_label: bool = True,
              colon: bool = True, x: float | None = None, h: float = 5.4):
        for k, v in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B" if bold_label else "")
            self.cell(label_w, h, k + (":" if colon and not k.endswith(":") else ""))
            self.f(size)
            self.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def boxed_pairs(self, rows: list[tuple[str, str]], label_w: float = 55, size: float = 9.5, h: float = 6.2):
        w = self.w - self.l_margin - self.r_margin
        for k, v in rows:
            self.f(size, "B")
            self.cell(label_w, h, " " + k, border=1)
            self.f(size)
            self.cell(w - label_w, h, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.5,
              border: int | str = 1, head_h: float = 9, row_h: float = 5.6, aligns: list[str] | None = None,
              bold_last: bool = False):
        """A ruled table; header cells may wrap onto two lines (as the MSN's do)."""
        aligns = aligns or ["L"] * len(widths)
        self.f(size - 0.5, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
        head_h = max(head_h, n * lh + 1)
        x0, y0 = self.get_x(), self.get_y()
        for hcell, w in zip(head, widths):
            x = self.get_x()
            if border:
                self.rect(x, y0, w, head_h)
            self.set_xy(x, y0 + 0.5)
            self.multi_cell(w, lh, hcell, border=0, align="L", new_x="RIGHT", new_y="TOP")
            self.set_xy(x + w, y0)
        self.set_xy(x0, y0 + head_h)
        for i, row in enumerate(rows):
            self.f(size, "B" if bold_last and i == len(rows) - 1 else "")
            for c, w, a in zip(row, widths, aligns):
                self.cell(w, row_h, c, border=border, align=a)
            self.ln(row_h)
        self.ln(2)


def truth(doc_type: str, denial: str | None, *, insurer, plan_id=None, group=None, member_id=None,
          member_name=None, cases=(), claim_amount=None, service_dates=(), denial_date=None, provider=None,
          appeal_deadline=None, lang: str = "en", **extra) -> dict:
    """A truth object in the eval README's shape (condition/template/pages are added by the driver)."""
    t = {"document_type": doc_type, "denial_type": denial, "lang": lang,
         "fields": {"insurer": insurer, "plan_id": plan_id, "group_number": group, "member_id": member_id,
                    "member_name": member_name, "case_numbers": list(cases), "claim_amount": claim_amount,
                    "service_dates": sorted(set(service_dates)), "denial_date": denial_date, "provider": provider,
                    "appeal_deadline": appeal_deadline}}
    for k, v in extra.items():
        if v:
            t[k] = v
    return t


def out(pdf: Page) -> bytes:
    return bytes(pdf.output())


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def notice_date(rng: random.Random) -> dt.date:
    return dt.date(2025, 10, 1) + dt.timedelta(days=rng.randint(0, 200))


__all__ = [n for n in dir() if not n.startswith("_") and n != "annotations"]
