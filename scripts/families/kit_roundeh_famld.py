"""Drawing helpers for round EH, helper famld (an overseas medical program for Foreign Service families that pays
after the employee's own health plan; an invented grocery chain's self-funded plan with on-site clinics and
reference-based pricing).

Why: both families print money twice (a bill in one currency or at the provider's full charge, then the amount the
program or plan counts), sign letters with two reviewers, end letters with a nondiscrimination notice and a page of
language taglines, and put their facts where real mail puts them: in a table with no ruling lines and numbers set
right, in caption/value pairs on the right half of the page beside the address, in values printed over small
captions. The date shapes here are the ones real mail uses and older kits lack: "March 4th, 2026", "4-Mar-2026",
"04.03.2026" (day first, on foreign bills), "2026/03/04" and "Tuesday, March 4, 2026"; money as "KEM 38,460.00",
"SIP 1.284.600,00" (a foreign bill's own grouping) and "$1,234.50". Everything printed with these helpers is
invented.
"""

from __future__ import annotations

import datetime as dt

from kit_roundeg_famkf import (FKSheet, es_date, iso, long, n2, people, phone, plus, slash, tollfree,  # noqa: F401
                               usd, words, workday)
from kit_roundee_famif import fax_cover  # noqa: F401  (re-exported: a doctor's office fax cover page)

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- dates ------------------------------------------------------------------------------------------------------
def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def th(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d:%B} {ordinal(d.day)}, {d.year}"


def dmy(d: dt.date) -> str:
    """4-Mar-2026 (no leading zero)"""
    return f"{d.day}-{d:%b}-{d.year}"


def dots(d: dt.date) -> str:
    """04.03.2026 (day first, as a European or African hospital prints it)"""
    return d.strftime("%d.%m.%Y")


def ymd(d: dt.date) -> str:
    """2026/03/04"""
    return d.strftime("%Y/%m/%d")


def wday(d: dt.date) -> str:
    """Tuesday, March 4, 2026"""
    return f"{DAYS[d.weekday()]}, {d:%B} {d.day}, {d.year}"


def short_wday(d: dt.date) -> str:
    """Tue 03/04/26"""
    return f"{DAYS[d.weekday()][:3]} {d:%m/%d/%y}"


# --- money ------------------------------------------------------------------------------------------------------
def cur(code: str, v: float) -> str:
    """KEM 38,460.00"""
    return f"{code} {v:,.2f}"


def cur_eu(code: str, v: float) -> str:
    """SIP 1.284.600,00 (dots between thousands, a comma before the cents)"""
    s = f"{v:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")
    return f"{code} {s}"


def to_usd(local: float, rate: float) -> float:
    """Local currency to dollars at 'rate' local units for one dollar, rounded to cents."""
    return round(local / rate + 1e-9, 2)


NONDISCRIMINATION = (
    "{org} does not treat anyone differently because of race, color, national origin, sex, age or disability when "
    "it decides who takes part in its programs, what they receive or how they are treated. If you think we did, you "
    "may write to our civil rights coordinator at the address on the first page or call {phone}. Help is free: "
    "qualified interpreters, letters in large print, braille or an audio recording, and written translations.")

NONDISCRIMINATION_ES = (
    "{org} no trata a nadie de manera distinta por su raza, color, origen nacional, sexo, edad o discapacidad al "
    "decidir quién participa en sus programas, qué recibe o cómo se le atiende. Si cree que lo hicimos, escriba a "
    "nuestro coordinador de derechos civiles a la dirección de la primera página o llame al {phone}. La ayuda es "
    "gratuita: intérpretes, cartas en letra grande, en braille o grabadas, y traducciones escritas.")

TAGLINES = [
    ("Español", "Si usted habla español, puede pedir ayuda gratis en su idioma. Llame al {phone}."),
    ("Français", "Si vous parlez français, une aide gratuite dans votre langue est à votre disposition. Appelez le "
                 "{phone}."),
    ("Português", "Se você fala português, pode pedir ajuda gratuita no seu idioma. Ligue para {phone}."),
    ("Tiếng Việt", "Nếu quý vị nói tiếng Việt, chúng tôi có dịch vụ hỗ trợ ngôn ngữ miễn phí. Xin gọi {phone}."),
    ("Tagalog", "Kung nagsasalita kayo ng Tagalog, may libreng tulong sa inyong wika. Tumawag sa {phone}."),
    ("Kreyòl ayisyen", "Si w pale kreyòl ayisyen, gen èd gratis nan lang ou. Rele {phone}."),
    ("Polski", "Jeśli mówisz po polsku, możesz bezpłatnie uzyskać pomoc w swoim języku. Zadzwoń pod {phone}."),
    ("Русский", "Если вы говорите по-русски, вам бесплатно помогут на вашем языке. Звоните {phone}."),
    ("Deutsch", "Wenn Sie Deutsch sprechen, erhalten Sie kostenlose Hilfe in Ihrer Sprache. Rufen Sie {phone} an."),
    ("Italiano", "Se parla italiano, può chiedere assistenza gratuita nella sua lingua. Chiami il {phone}."),
    ("Українська", "Якщо ви говорите українською, вам безкоштовно допоможуть вашою мовою. Телефонуйте {phone}."),
    ("Ελληνικά", "Αν μιλάτε ελληνικά, μπορείτε να ζητήσετε δωρεάν βοήθεια στη γλώσσα σας. Καλέστε {phone}."),
]


class EHSheet(FKSheet):
    """FKSheet plus a table with no ruling lines, caption/value pairs on the right half beside the address, two
    signers side by side, a nondiscrimination notice and a page of language taglines."""

    def open_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
                   size: float = 8.2, row_h: float = 4.8, totals: list[str] | None = None, bold_rows: tuple = ()):
        """A table with no rules at all: a bold header, plain rows, numbers set right by their column's 'R'; a bold
        totals row after a blank line when given."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.44
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y + (n - len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES"))) * lh)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y + n * lh + 1.8)
        for i, r in enumerate(rows):
            if self.get_y() + row_h > self.h - 22:
                self.add_page()
            self.f(size, "B" if i in bold_rows else "")
            for c, w, a in zip(r, widths, aligns):
                self.cell(w - 1, row_h, c, align=a)
                self.set_x(self.get_x() + 1)
            self.ln(row_h)
            self.set_x(x0)
        if totals:
            self.ln(1.2)
            self.f(size, "B")
            for c, w, a in zip(totals, widths, aligns):
                self.cell(w - 1, row_h, c, align=a)
                self.set_x(self.get_x() + 1)
            self.ln(row_h)
        self.set_xy(x0, self.get_y() + 2.5)

    def addr_right(self, addr: list[str], rows: list[tuple[str, str]], split: float = 0.5, cap_w: float = 36,
                   size: float = 9.2, addr_size: float = 10, gap: float = 4.6):
        """The address block at the left; caption/value pairs (no frame) on the right half, captions in small bold,
        values in regular type; a value with a newline takes two lines."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        for ln in addr:
            self.set_x(self.l_margin)
            self.line(ln, addr_size)
        y1 = self.get_y()
        x = self.l_margin + W * split
        y = y0
        for k, v in rows:
            self.set_xy(x, y)
            self.f(size - 1.4, "B")
            self.cell(cap_w, gap, k)
            for j, part in enumerate(v.split("\n")):
                self.set_xy(x + cap_w, y + j * gap)
                self.f(size)
                self.cell(W * (1 - split) - cap_w, gap, part)
            y += gap * (v.count("\n") + 1)
        self.set_xy(self.l_margin, max(y1, y) + 4)

    def scribble(self, x: float, y: float, w: float = 34, seed: int = 0):
        """A hand signature's stroke: a few joined loops drawn with thin lines."""
        import math
        pts = []
        for i in range(40):
            t = i / 39
            pts.append((x + t * w, y + 2.2 * math.sin(t * (9 + seed % 4) + seed) * (1 - 0.5 * t) - 1.2 * t))
        self.set_line_width(0.35)
        for a, b in zip(pts, pts[1:]):
            self.line_seg(a[0], a[1], b[0], b[1])
        self.set_line_width(0.2)

    def two_signers(self, left: list[str], right: list[str], size: float = 9.2):
        """Two signature blocks side by side (a nurse reviewer and a medical director): a stroke, then the lines."""
        W = self.w - self.l_margin - self.r_margin
        if self.get_y() + 26 > self.h - 22:
            self.add_page()
        y = self.get_y() + 6
        ends = []
        for i, lines in enumerate((left, right)):
            x = self.l_margin + i * W / 2
            self.scribble(x + 2, y, seed=len(lines[0]) + i)
            self.line_seg(x, y + 4, x + W / 2 - 12, y + 4)
            self.set_xy(x, y + 5)
            for j, ln in enumerate(lines):
                self.set_x(x)
                self.f(size, "B" if j == 0 else "")
                self.cell(W / 2 - 4, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
            ends.append(self.get_y())
        self.set_xy(self.l_margin, max(ends) + 4)

    def nondiscrimination(self, org: str, phone_no: str, size: float = 7.6, title: str = "Discrimination is "
                          "against the law", es: bool = False):
        self.ln(1)
        self.rule(1.5)
        self.f(size + 0.8, "B")
        self.cell(0, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        self.para((NONDISCRIMINATION_ES if es else NONDISCRIMINATION).format(org=org, phone=phone_no), size, gap=1.5)

    def tagline_page(self, phone_no: str, title: str = "Help in your language", new_page: bool = True,
                     size: float = 8.0):
        """A page (or block) of language taglines: the language's name in bold, one sentence in that language."""
        if new_page:
            self.add_page()
        self.f(size + 2.5, "B")
        self.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        W = self.w - self.l_margin - self.r_margin
        for name, text in TAGLINES:
            self.f(size, "B")
            self.cell(30, size * 0.5, name)
            self.f(size)
            self.multi_cell(W - 30, size * 0.5, text.format(phone=phone_no), new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)

    def dotted(self, rows: list[tuple[str, str]], w: float | None = None, x: float | None = None, size: float = 9.2,
               h: float = 5.0, bold_value: bool = True):
        """Caption . . . . value lines with the value set right (a pay summary)."""
        x0 = self.l_margin if x is None else x
        W = w or (self.w - self.r_margin - x0)
        for k, v in rows:
            self.set_x(x0)
            self.f(size)
            kw = self.get_string_width(k) + 1
            self.f(size, "B" if bold_value else "")
            vw = self.get_string_width(v) + 1
            self.f(size)
            self.cell(kw, h, k)
            dot_w = W - kw - vw
            self.f(size - 1)
            n = max(0, int(dot_w / self.get_string_width(". ")) - 1)
            self.cell(dot_w, h, " " + ". " * n, align="R")
            self.f(size, "B" if bold_value else "")
            self.cell(vw, h, v, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
