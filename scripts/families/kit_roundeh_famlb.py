"""Drawing helpers for round EH, helper famlb (a federal program paying outside hospitals, specialists, labs,
ambulances and pharmacies for people in immigration detention; an invented occupational accident policy for
rideshare and delivery drivers).

Why: both families spread one case over several pages and several parties (a payment center pricing claims for a
program, an administrator writing for an insurer), so they need a few things the older kits do not have: a page of
rights boilerplate (a nondiscrimination notice and language taglines in my own words), a back page of reason codes
set as a two-column glossary, a check stub under a perforation with the amount in words, a signature band with two
signers side by side (a nurse reviewer and a medical director), a fax cover sheet of a doctor's office or a hospital
billing office built as its own page, and the date shapes real mail uses: "March 4th, 2026", "04-Mar-2026",
"03.04.2026" (month first, on American paper), "2026/03/04", "Tuesday, March 4, 2026" and "4 de marzo de 2026".
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famha import words  # noqa: F401  (re-exported: an amount in words as a check prints it)
from kit_roundeg_famkf import FKSheet
from public_kit import MONTHS_ES, Page, digits, out

# --- people -----------------------------------------------------------------------------------------------------
# Detained people come from many countries; these are invented pairings of common given names and surnames.
DET_M = ["Wilmer", "Edgardo", "Jhonatan", "Osmín", "Brayan", "Nelson", "Fredy", "Elmer", "Jean-Robert", "Ousmane",
         "Gurpreet", "Tenzin", "Ilyas", "Anderson"]
DET_F = ["Yosselin", "Marleny", "Keyla", "Dayana", "Lesbia", "Rosibel", "Maritza", "Glenda", "Nadège", "Fabiola",
         "Aminata", "Harjit"]
DET_FIRST = DET_M + DET_F
DET_M_ES = DET_M[:8]
DET_LAST = ["Cabrera", "Alvarenga", "Zelaya", "Ordóñez", "Pacheco", "Sandoval", "Chávez", "Murillo", "Tzoc",
            "Quej", "Mejía", "Portillo", "Baptiste", "Desrosiers", "Diallo", "Camara", "Sandhu", "Gill",
            "Dorjee", "Nurmatov", "Xicará", "Ajanel", "Bonilla", "Galeas"]
DET_LAST_ES = ["Cabrera", "Alvarenga", "Zelaya", "Ordóñez", "Pacheco", "Sandoval", "Chávez", "Murillo", "Tzoc",
               "Quej", "Mejía", "Portillo", "Xicará", "Ajanel", "Bonilla", "Galeas"]
# Clinicians, staff, drivers: invented.
STAFF_FIRST = ["Marguerite", "Thaddeus", "Corisande", "Leopold", "Araminta", "Barnaby", "Ottoline", "Ferris",
               "Henrietta", "Lucan", "Philippa", "Ramsay", "Seraphina", "Tobin", "Wilhelmina", "Crispin", "Ivo",
               "Loveday", "Evander", "Clemency", "Hollis", "Jocasta", "Rainer", "Sidony"]
STAFF_LAST = ["Aldergrove", "Birtwhistle", "Cavendale", "Dimmock", "Elsworth", "Fothergill", "Gargrave",
              "Hindmarsh", "Ickeringill", "Jepson", "Kirkbride", "Lockwood", "Middlemiss", "Northcote",
              "Oxenford", "Pockett", "Rushworth", "Sowerby", "Tunstall", "Verrall", "Wadsworth", "Yeadon",
              "Ambler", "Brotherton"]
STAFF_F = ["Marguerite", "Corisande", "Araminta", "Ottoline", "Henrietta", "Philippa", "Seraphina", "Wilhelmina",
           "Loveday", "Clemency", "Jocasta", "Sidony"]
STAFF_M = [n for n in STAFF_FIRST if n not in STAFF_F]
DRV_M_ES = ["Eliseo", "Reynaldo", "Abundio", "Teodoro", "Maximino", "Crisanto"]
DRV_LAST_ES = ["Villaseñor", "Cárdenas", "Olivares", "Tapia", "Zepeda", "Barajas", "Moctezuma", "Valdivia"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, first: list[str], last: list[str]) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth)."""
    seen, got = set(), []
    while len(got) < n:
        f, la = rng.choice(first), rng.choice(last)
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {la}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "915") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-866-555-{digits(rng, 4)}"


# --- dates ------------------------------------------------------------------------------------------------------
def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def business_days(d: dt.date, n: int) -> dt.date:
    """n business days after d (Monday to Friday; the day after d is the first). Callers keep the span clear of
    federal holidays so that a reader's count and this one agree."""
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return d.strftime("%B %-d, %Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def nth(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d:%B} {ordinal(d.day)}, {d.year}"


def dmy(d: dt.date) -> str:
    """04-Mar-2026"""
    return d.strftime("%d-%b-%Y")


def dotted(d: dt.date) -> str:
    """03.04.2026 (month first, as American offices print it)"""
    return d.strftime("%m.%d.%Y")


def ymd(d: dt.date) -> str:
    """2026/03/04"""
    return d.strftime("%Y/%m/%d")


def wlong(d: dt.date) -> str:
    """Tuesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date) -> str:
    """4 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """martes 4 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def paren(v: float) -> str:
    """(123.45) for an amount taken off"""
    return f"({v:,.2f})"


# --- taglines and the nondiscrimination notice (my own wording) --------------------------------------------------
TAGLINES = [
    ("English", "If you need this paper in another language or read aloud, call the number on page 1. There is no "
                "charge. TTY users dial 711."),
    ("Español", "Si necesita este documento en otro idioma o que se lo lean en voz alta, llame al número de la "
                "página 1. No le costará nada."),
    ("Kreyòl ayisyen", "Si ou bezwen papye sa a nan yon lòt lang, rele nimewo ki sou paj 1 la. Sa gratis."),
    ("Português", "Se precisar deste documento em outro idioma, ligue para o número da página 1. É gratuito."),
    ("Français", "Pour obtenir ce document dans une autre langue, appelez le numéro indiqué en page 1. C'est "
                 "gratuit."),
    ("Tiếng Việt", "Nếu quý vị cần tài liệu này bằng ngôn ngữ khác, hãy gọi số ở trang 1. Miễn phí."),
    ("Русский", "Если вам нужен этот документ на другом языке, позвоните по номеру на странице 1. Это бесплатно."),
    ("Tagalog", "Kung kailangan ninyo ang papel na ito sa ibang wika, tawagan ang numero sa pahina 1. Libre ito."),
]


class EHSheet(FKSheet):
    """FKSheet plus a rights page (nondiscrimination and taglines), a reason-code glossary, a check stub, a band
    of two signers side by side and a small-type running footer line of identifiers."""

    def __init__(self, *a, ids_foot: str | None = None, **k):
        super().__init__(*a, **k)
        self.ids_foot = ids_foot

    def footer(self):
        super().footer()
        if self.ids_foot:
            self.set_y(-9.5)
            self.set_font(self.face, "", 6.2)
            self.cell(0, 3, self.ids_foot.format(n=self.page_no(), nb="{nb}"), align="C")

    def open_table(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.4,
                   row_h: float = 4.3, rule_head: bool = True):
        """A table without ruling lines: a bold header (a thin rule under it), then rows. A row is a list of cells,
        ("span", text) for a bold line across the table (a claim's heading), ("bold", cells) for a bold row with a
        thin rule above it (a claim total or the totals row) or ("gap",) for a little space."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.43
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y)
            self.multi_cell(w, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += n * lh + 0.8
        if rule_head:
            self.line_seg(x0, y, x0 + W, y)
        self.set_xy(x0, y + 0.8)
        for r in rows:
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.6)
                continue
            if isinstance(r, tuple) and r[0] == "span":
                self.f(size, "B")
                self.cell(W, row_h + 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            bold = isinstance(r, tuple) and r[0] == "bold"
            cells = r[1] if bold else r
            if bold:
                yy_ = self.get_y() + 0.2
                self.line_seg(x0, yy_, x0 + W, yy_)
                self.set_y(yy_ + 0.3)
            self.f(size, "B" if bold else "")
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2)

    def rights(self, org: str, phone_no: str, title: str = "Your rights and help in your language",
               size: float = 7.4, who: str = "anyone"):
        """A nondiscrimination notice in plain words and a grid of language taglines (real mail carries both)."""
        self.bar(title, 8.8)
        self.para(f"{org} follows federal civil rights laws. It does not treat {who} differently or leave {who} out "
                  "because of race, color, national origin, age, disability or sex. It offers, free of charge, "
                  "qualified interpreters, papers in other languages, large print and other formats. To ask for "
                  f"help, or to complain that you were treated unfairly, call {phone_no} (TTY 711) or write to the "
                  "civil rights coordinator at the address on page 1. You can also complain to the U.S. Department "
                  "of Health and Human Services, Office for Civil Rights.", size)
        W = self.w - self.l_margin - self.r_margin
        for lang, text in TAGLINES:
            self.f(size, "B")
            self.cell(26, size * 0.47, lang)
            self.f(size - 0.4)
            self.multi_cell(W - 26, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)

    def glossary(self, title: str, items: list[tuple[str, str]], size: float = 8.2, code_w: float = 18,
                 note: str = ""):
        """A ruled two-column table of reason codes and their meaning (the back of a remittance or an EOB)."""
        self.bar(title, 9.4)
        W = self.w - self.l_margin - self.r_margin
        for code, text in items:
            y = self.get_y()
            self.set_xy(self.l_margin + code_w + 1.5, y + 1)
            self.f(size)
            self.multi_cell(W - code_w - 3, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
            y2 = self.get_y() + 1
            self.rect(self.l_margin, y, code_w, y2 - y)
            self.rect(self.l_margin + code_w, y, W - code_w, y2 - y)
            self.set_xy(self.l_margin + 1, y + 1)
            self.f(size, "B")
            self.cell(code_w - 2, size * 0.47, code)
            self.set_xy(self.l_margin, y2)
        if note:
            self.ln(2)
            self.para(note, size - 0.6)

    def check_stub(self, payer: str, pay_to: list[str], check_no: str, date_s: str, amount: float,
                   memo: str = "", bank: str = ""):
        """A perforation, then a non-negotiable check image: number, date, the amount in figures and in words."""
        self.ln(3)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 1.2, self.w - self.r_margin), y)
            x += 2.4
        self.set_xy(self.l_margin, y + 0.8)
        self.f(6.2)
        self.cell(0, 3, "DETACH HERE", align="C", new_x="LMARGIN", new_y="NEXT")
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y() + 1
        h = 46
        self.set_fill_color(244, 244, 244)
        self.rect(self.l_margin, y0, W, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y0 + 2)
        self.f(9.6, "B")
        self.cell(W * 0.6, 4.6, payer)
        self.f(8.6, "B")
        self.cell(W * 0.4 - 6, 4.6, f"No. {check_no}", align="R")
        if bank:
            self.set_xy(self.l_margin + 3, y0 + 7)
            self.f(6.8)
            self.cell(W * 0.6, 3.2, bank)
        self.set_xy(self.l_margin + W * 0.6, y0 + 8.5)
        self.f(8)
        self.cell(W * 0.4 - 3, 4, f"DATE  {date_s}", align="R")
        self.set_xy(self.l_margin + 3, y0 + 15)
        self.f(7)
        self.cell(22, 4, "PAY TO THE")
        self.set_xy(self.l_margin + 3, y0 + 18.2)
        self.cell(22, 4, "ORDER OF")
        self.set_xy(self.l_margin + 26, y0 + 16)
        self.f(9.4, "B")
        for i, ln in enumerate(pay_to):
            self.set_xy(self.l_margin + 26, y0 + 15.5 + i * 4.4)
            self.cell(W * 0.55, 4.2, ln)
        bx = self.l_margin + W - 44
        self.rect(bx, y0 + 15, 40, 7.5)
        self.set_xy(bx, y0 + 16.5)
        self.f(10, "B")
        self.cell(40, 4.6, f"**{amount:,.2f}", align="C")
        self.set_xy(self.l_margin + 3, y0 + 29)
        self.f(8.4)
        self.cell(W - 6, 4.4, words(amount) + " " + "*" * 10)
        self.line_seg(self.l_margin + 3, y0 + 33.8, self.l_margin + W - 3, y0 + 33.8)
        self.set_xy(self.l_margin + 3, y0 + 36)
        self.f(7)
        self.cell(W * 0.55, 3.6, f"MEMO  {memo}")
        self.f(7.6, "B")
        self.cell(W * 0.45 - 6, 3.6, "NON-NEGOTIABLE  -  ADVICE COPY", align="R")
        self.set_xy(self.l_margin, y0 + h + 3)

    def signers(self, left: list[str], right: list[str], size: float = 8.8, lead: str = ""):
        """Two signature blocks side by side: a rule to sign on, then name, title and any further lines."""
        if lead:
            self.para(lead, size + 0.6)
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 9
        ends = []
        for x, lines in ((self.l_margin, left), (self.l_margin + W / 2 + 4, right)):
            self.line_seg(x, y, x + W / 2 - 10, y)
            self.set_xy(x, y + 1)
            for i, ln in enumerate(lines):
                self.set_x(x)
                self.f(size, "B" if i == 0 else "")
                self.cell(W / 2 - 10, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
            ends.append(self.get_y())
        self.set_xy(self.l_margin, max(ends) + 3)


def office_cover(sender: str, sender_lines: list[str], to: str, to_fax: str, from_person: str, date_s: str,
                 pages: str, re: str, note: str, rng: random.Random) -> bytes:
    """A fax cover sheet a doctor's office or billing office types on its own letterhead (a page of its own,
    belonging to no document)."""
    p = Page(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 8, sender, new_x="LMARGIN", new_y="NEXT")
    for ln in sender_lines:
        p.line(ln, 8.4)
    p.ln(6)
    p.f(24, "B")
    p.cell(0, 12, "FAX", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    rows = [("To", to), ("Fax", to_fax), ("From", from_person), ("Date", date_s), ("Pages", pages), ("Re", re)]
    for k, v in rows:
        p.f(10.5, "B")
        p.cell(28, 9, k + ":")
        p.f(10.5)
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        y = p.get_y() - 1.5
        super(Page, p).line(p.l_margin + 28, y, p.w - p.r_margin, y)   # the rule (Page.line writes text)
    p.ln(6)
    p.f(10)
    for box in ["Urgent", "For review", "Please reply", "Please recycle"]:
        p.cell(4, 4, "", border=1)
        p.cell(40, 4, "  " + box)
    p.ln(10)
    p.para(note, 10.5)
    p.ln(30)
    p.para("CONFIDENTIAL: the pages after this cover may hold health information about a patient. If they reached "
           "you by mistake, please call us and destroy them.", 8)
    return out(p)
