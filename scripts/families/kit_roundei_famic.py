"""Drawing helpers for round EI, helper famic (an invented state's vocational rehabilitation agency buying medical
services for job seekers; an invented college athletic conference's catastrophic injury plan for student athletes).

Why: both families spread a paper's facts over pages and print many amounts and dates with different roles, so they
need a few layouts the older kits do not have: a deductible meter (a bar that fills as the per-injury deductible is
met, with the amounts met and left beside it), an open claims table whose column heads wrap and whose money columns
stand flush right with no ruling lines between rows, a remark-code glossary set as the back page of a statement, a
page of language help lines and a fair-treatment statement in this kit's own words, a "box form" whose small captions
sit above their values inside ruled cells with a shaded title row, a provider's patient statement with a remittance
stub, a boxed subject line ("SUBJECT:") and the date and money shapes real mail uses: "March 4th, 2026",
"04-Mar-2026", "03.04.2026" (month first, only beside another form of the same date), "2026/03/04",
"Tuesday, March 4, 2026", "4 de marzo de 2026", "US$ 1,234.50". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeh_famlc import (EHSheet, dmy, dots_us, es_date, iso, long, n2, nb, nth, office_fax_cover,  # noqa: F401
                               plus, slash, usd, usd_es, wday, workday, ymd)
from public_kit import digits  # noqa: F401  (re-exported)

FIRST_F = ["Anneliese", "Briallen", "Clemency", "Damaris", "Eluned", "Fionnuala", "Gwendolen", "Henrietta", "Isolde",
           "Jacinta", "Keziah", "Loveday", "Morwenna", "Ottilie", "Petronel", "Rosamund", "Tamsin", "Verity"]
FIRST_M = ["Alaric", "Benedikt", "Cadogan", "Dashiell", "Evander", "Faramond", "Gervase", "Hamish", "Ignatius",
           "Jethro", "Lachlan", "Malachy", "Peregrine", "Ruaridh", "Sebastian", "Tobias", "Wystan", "Zachary"]
FIRST = FIRST_F + FIRST_M
LAST = ["Aldridge", "Blackstock", "Cottrell", "Darnborough", "Entwistle", "Farquharson", "Greenhalgh", "Hepplewhite",
        "Illingworth", "Juxon", "Kettlewell", "Loxley", "Mountjoy", "Nuttall", "Ogilvie", "Pendleton", "Quarmby",
        "Rigby", "Sowerby", "Thistlewood", "Upjohn", "Vavasour", "Wetherall", "Yardley", "Ackroyd", "Birtwistle"]
FIRST_ES_F = ["Amparo", "Consolación", "Encarnación", "Fulgencia", "Inmaculada", "Macarena", "Rosalba", "Socorro"]
FIRST_ES_M = ["Baldomero", "Cipriano", "Eusebio", "Feliciano", "Heriberto", "Nepomuceno", "Porfirio", "Saturnino"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Arredondo", "Barragán", "Cisneros", "Del Toro", "Escobedo", "Galindo", "Hinojosa", "Ibarra",
           "Leyva", "Maldonado", "Navarrete", "Orozco", "Pedraza", "Rentería", "Sandoval", "Villaseñor"]
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
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}")
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


def phone(rng: random.Random, area: str = "531") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random) -> str:
    return f"1-888-555-{digits(rng, 4)}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, d.day)


def es_wday(d: dt.date) -> str:
    """martes, 4 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def weekday_on(d: dt.date, wd: int) -> dt.date:
    """The first day on or after d that falls on weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


# --- language help and fair treatment (this kit's own words) ----------------------------------------------------
HELP_LINES = [
    ("Español", "Le damos ayuda gratis en su idioma. Llame al {p} y diga qué idioma habla."),
    ("Tiếng Việt", "Chúng tôi giúp quý vị miễn phí bằng ngôn ngữ của quý vị. Hãy gọi {p}."),
    ("Tagalog", "Libre ang tulong sa inyong wika. Tumawag sa {p}."),
    ("Kreyòl ayisyen", "Nou ka ede w gratis nan lang ou. Rele {p}."),
    ("Українська", "Ми безкоштовно допоможемо вашою мовою. Телефонуйте {p}."),
    ("Ελληνικά", "Σας βοηθάμε δωρεάν στη γλώσσα σας. Καλέστε στο {p}."),
    ("Soomaali", "Waxaan kuu caawinaynaa lacag la'aan luqaddaada. Wac {p}."),
    ("Shqip", "Ju ndihmojmë falas në gjuhën tuaj. Telefononi {p}."),
    ("Bosanski", "Besplatno vam pomažemo na vašem jeziku. Nazovite {p}."),
    ("Português", "Ajudamos você de graça no seu idioma. Ligue para {p}."),
    ("Français", "Nous vous aidons gratuitement dans votre langue. Appelez le {p}."),
    ("Deutsch", "Wir helfen Ihnen kostenlos in Ihrer Sprache. Rufen Sie {p} an."),
]


class EISheet(EHSheet):
    """EHSheet plus a deductible meter, an open claims table with wrapped heads, a glossary back page, a language-help
    page and fair-treatment statement in this kit's wording, a box form with a shaded title row, a boxed subject line
    and a patient statement's remittance stub."""

    def meter(self, title: str, total: float, met: float, rows: list[tuple[str, str]], size: float = 8.6):
        """A framed deductible meter: title, a bar filled to met/total, then caption/amount pairs beside each other."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size + 0.4, "B")
        self.cell(W - 4, 4.4, title)
        bx, by, bw, bh = self.l_margin + 2, y0 + 7, W - 4, 4.2
        self.rect(bx, by, bw, bh)
        frac = max(0.0, min(1.0, met / total if total else 0))
        self.set_fill_color(90, 90, 90)
        if frac:
            self.rect(bx, by, bw * frac, bh, style="F")
        self.set_fill_color(255, 255, 255)
        cw = (W - 4) / max(1, len(rows))
        for i, (k, v) in enumerate(rows):
            x = self.l_margin + 2 + i * cw
            self.set_xy(x, by + bh + 1.2)
            self.f(6.2)
            self.cell(cw - 2, 3, k.upper())
            self.set_xy(x, by + bh + 4.4)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.45, v)
        y1 = by + bh + 4.4 + size * 0.45 + 1.8
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 3)

    def subject_line(self, text: str, size: float = 9.8):
        """A boxed subject line: 'SUBJECT:' in a shaded cell, the text beside it."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.f(size - 1.6, "B")
        lw = self.get_string_width("SUBJECT:") + 5
        self.set_fill_color(225, 225, 225)
        self.set_xy(self.l_margin, y)
        self.cell(lw, size * 0.62, "SUBJECT:", border=1, fill=True, align="C")
        self.set_fill_color(255, 255, 255)
        self.f(size, "B")
        self.cell(W - lw, size * 0.62, " " + text, border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def box_form(self, title: str, rows: list[list[tuple[str, str, float]]], size: float = 9.0, cap: float = 5.8,
                 h: float = 10.4):
        """A form: a shaded title row, then rows of ruled cells (caption small at the top, the value under it);
        each cell is (caption, value, width as a share of the line)."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(205, 205, 205)
        self.set_xy(self.l_margin, y)
        self.f(cap + 1.6, "B")
        self.cell(W, 5.2, " " + title, border=1, fill=True)
        self.set_fill_color(255, 255, 255)
        y += 5.2
        for row in rows:
            x = self.l_margin
            for k, v, share in row:
                cw = W * share
                self.rect(x, y, cw, h)
                self.set_xy(x + 1, y + 0.8)
                self.f(cap)
                self.cell(cw - 2, cap * 0.42, k.upper())
                self.set_xy(x + 1, y + 0.8 + cap * 0.42 + 1.2)
                self.f(size, "B")
                self.cell(cw - 2, size * 0.45, v)
                x += cw
            y += h
        self.set_xy(self.l_margin, y + 3)

    def open_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                   size: float = 7.8, bold_rows: tuple = (), row_h: float = 4.5, under_head: bool = True):
        """An open table: wrapped bold heads over a thin rule, rows with no rules at all, numbers flush right;
        rows whose index is in bold_rows are bold (a subtotal). A row that is a single string is a full-width note."""
        x0 = self.l_margin
        W = sum(widths)
        y = self.get_y()
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.43
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.2
        x = x0
        for h, w, a in zip(head, widths, aligns):
            lines = self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")
            self.set_xy(x, y + (n - len(lines)) * lh)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += hh
        if under_head:
            self.line_seg(x0, y, x0 + W, y)
        self.set_xy(x0, y + 0.8)
        for i, r in enumerate(rows):
            if isinstance(r, str):
                self.f(size - 0.6)
                self.set_x(x0 + 2)
                self.multi_cell(W - 2, (size - 0.6) * 0.45, r, new_x="LMARGIN", new_y="NEXT")
                self.set_x(x0)
                continue
            self.f(size, "B" if i in bold_rows else "")
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
            self.set_x(x0)
        self.ln(2)

    def glossary_page(self, title: str, intro: str, items: list[tuple[str, str]], size: float = 8.4):
        """A back page of remark codes: a title, a short line, then code / meaning pairs in a ruled two-column list."""
        self.add_page()
        self.heading(title, 11.5, rule=True)
        self.para(intro, size)
        W = self.w - self.l_margin - self.r_margin
        for code, text in items:
            y = self.get_y()
            self.set_xy(self.l_margin + 18, y + 1)
            self.f(size)
            self.multi_cell(W - 18, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
            y2 = self.get_y() + 1
            self.set_xy(self.l_margin, y + 1)
            self.f(size + 0.4, "B")
            self.cell(16, size * 0.48, code)
            self.line_seg(self.l_margin, y2, self.l_margin + W, y2)
            self.set_xy(self.l_margin, y2 + 0.4)
        self.ln(2)

    def help_page(self, phone_no: str, title: str = "Free help in other languages", size: float = 7.6):
        """A block of language-help lines in this kit's own words (language name in bold, then the line)."""
        self.f(size + 1.6, "B")
        self.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        for lang, text in HELP_LINES:
            self.f(size, "B")
            self.cell(30, size * 0.5, lang)
            self.f(size)
            self.multi_cell(0, size * 0.5, text.format(p=phone_no), new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(2)

    def fair_treatment(self, org: str, phone_no: str, federal: str, size: float = 7.8):
        """A fair-treatment (nondiscrimination) statement in this kit's own words, framed."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 2)
        self.f(size + 1, "B")
        self.cell(W - 4, 4.5, "Fair treatment for everyone", new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin + 2)
        self.f(size)
        self.multi_cell(W - 4, size * 0.48,
                        f"{org} serves people without regard to race, color, national origin, sex, age or disability, "
                        "and it does not leave anyone out of its services for any of those reasons. At no cost to "
                        "you, we can arrange a sign language interpreter, a reader, large print, braille or an "
                        "accessible electronic copy, and an interpreter in the language you speak best. To ask for "
                        f"one of these, or to tell us that you were treated unfairly, call {phone_no}. You also have "
                        f"the right to send a complaint to {federal}.", new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 2
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 3)

    def pay_stub(self, payee: str, rows: list[tuple[str, str]], note: str, size: float = 8.6):
        """A patient statement's tear-off stub: a dashed line, a bold line, caption/value boxes in one row, a note."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        W = self.w - self.l_margin - self.r_margin
        while x < self.l_margin + W:
            self.line_seg(x, y, min(x + 2.0, self.l_margin + W), y)
            x += 3.4
        self.set_xy(self.l_margin, y + 1.5)
        self.f(6.6)
        self.cell(0, 3, "Please detach and return this part with your payment", align="C", new_x="LMARGIN",
                  new_y="NEXT")
        self.f(size + 0.6, "B")
        self.cell(0, 5.4, f"Make checks payable to {payee}", new_x="LMARGIN", new_y="NEXT")
        yb = self.get_y() + 1
        cw = W / len(rows)
        for i, (k, v) in enumerate(rows):
            xb = self.l_margin + i * cw
            self.rect(xb, yb, cw, 10)
            self.set_xy(xb + 1, yb + 0.8)
            self.f(5.8)
            self.cell(cw - 2, 2.8, k.upper())
            self.set_xy(xb + 1, yb + 4.6)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.45, v)
        self.set_xy(self.l_margin, yb + 12)
        if note:
            self.para(note, 7.6)
