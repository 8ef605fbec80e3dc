"""Drawing helpers for round EH, helper famla (an invented state's department of corrections paying outside hospital
and specialist care for the people in its custody; an invented cruise line's crew medical plan for seafarers).

Why: both families print the number of a person in custody or of a seafarer beside the numbers of a facility, a
ship, a voyage, a port agent, an administrator and a provider, and they spread a letter's facts over pages, so they
need a few things the older kits do not have: identifiers in small type in a running footer on every page, an open
table with no ruling lines at all and numbers set flush right, an address block at the left with the key/value block
on the right half of the same band, a fax cover sheet from a doctor's office (its own letterhead, not the generic
cover), a page of nondiscrimination text and language taglines at the end of a letter (the crew's languages included),
two signatures side by side (a nurse reviewer and a medical director), and the date and money shapes real mail uses:
"March 4th, 2026", "14-Mar-2026", "2026/03/04", "Wednesday, March 4, 2026", "17.03.2026" (day first, only with a day
above 12 so the order is plain), "4 de marzo de 2026", "miércoles, 4 de marzo de 2026", "EUR 1.480,00".
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeg_famka import EGSheet, es_date, long, n2, ordinal, people, slash, usd  # noqa: F401  (re-exported)
from public_kit import MONTHS_ES, digits, out  # noqa: F401  (re-exported)

DIAS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


# --- dates ------------------------------------------------------------------------------------------------------
def nth_long(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"


def dash_mon(d: dt.date) -> str:
    """14-Mar-2026 (two-digit day, as a claims system prints it)"""
    return d.strftime("%d-%b-%Y")


def ymd(d: dt.date) -> str:
    """2026/03/04"""
    return d.strftime("%Y/%m/%d")


def wk_long(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def dotted(d: dt.date) -> str:
    """17.03.2026 (day first; the callers keep the day above 12)"""
    return d.strftime("%d.%m.%Y")


def es_wk(d: dt.date) -> str:
    """miércoles, 4 de marzo de 2026"""
    return f"{DIAS_ES[d.weekday()]}, {es_date(d)}"


def biz_days(d: dt.date, n: int) -> dt.date:
    """n working days after d (weekends skipped; the callers pick spans with no public holiday in them)."""
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# --- money ------------------------------------------------------------------------------------------------------
def eur_es(v: float) -> str:
    """EUR 1.480,00 (continental grouping)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"EUR {s}"


def es_money(v: float) -> str:
    """1.480,00 (continental grouping, no sign)"""
    return f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def id_groups(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


NONDISC = ("{org} complies with the civil rights laws that apply to it and does not treat anyone differently because "
           "of race, color, national origin, age, disability or sex. We give free aids to people with disabilities "
           "so they can read and answer our letters (large print, other formats, sign language interpreters), and "
           "free help in other languages. To ask for them, or if you believe we failed to give them or treated you "
           "unfairly, write to our civil rights coordinator at the address on page 1 or call {phone}.")

TAGS_US = [
    ("Español", "Si usted habla español, puede pedir ayuda gratuita con esta carta en su idioma. Llame al {phone}."),
    ("Tiếng Việt", "Nếu quý vị nói tiếng Việt, quý vị có thể được giúp đỡ miễn phí bằng ngôn ngữ của mình. Gọi {phone}."),
    ("Tagalog", "Kung Tagalog ang wika mo, may libreng tulong para maintindihan ang sulat na ito. Tumawag sa {phone}."),
    ("Français", "Si vous parlez français, une aide gratuite pour lire cette lettre est à votre disposition. "
                 "Appelez le {phone}."),
    ("Русский", "Если вы говорите по-русски, вам бесплатно помогут с этим письмом. Звоните {phone}."),
    ("Deutsch", "Wenn Sie Deutsch sprechen, hilft man Ihnen kostenlos mit diesem Brief. Rufen Sie {phone} an."),
]

TAGS_CREW = [
    ("Tagalog", "Kung Tagalog ang wika mo, matutulungan ka namin nang libre sa sulat na ito. Tawagan ang {phone}."),
    ("Bahasa Indonesia", "Jika Anda berbahasa Indonesia, bantuan bahasa untuk surat ini tersedia gratis. "
                         "Hubungi {phone}."),
    ("Español", "Si usted habla español, le ayudamos sin costo a entender esta carta. Llame al {phone}."),
    ("Українська", "Якщо ви говорите українською, ми безкоштовно допоможемо вам з цим листом. Телефонуйте {phone}."),
    ("Português", "Se você fala português, oferecemos ajuda gratuita com esta carta. Ligue para {phone}."),
    ("Tiếng Việt", "Nếu bạn nói tiếng Việt, chúng tôi giúp bạn miễn phí với thư này. Gọi {phone}."),
]


class EHSheet(EGSheet):
    """EGSheet plus identifiers in small type in a running footer, an open table with no rules, an address block with
    the key/value block on the right half, two signatures side by side and a taglines page."""

    def __init__(self, *a, idfoot: str | None = None, **k):
        super().__init__(*a, **k)
        self.idfoot = idfoot

    def footer(self):
        super().footer()
        if self.idfoot:
            self.set_y(-9.5)
            self.set_font(self.face, "", 6.8)
            self.cell(0, 3, self.idfoot.format(n=self.page_no(), nb="{nb}"), align="C")

    def open_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
                   size: float = 8.2, row_h: float = 4.8, bold_rows: tuple = (), x: float | None = None):
        """A table with no ruling lines at all: a bold header, then plain rows; numbers are set flush right."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin if x is None else x
        self.set_x(x0)
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.42
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(xx, y)
            self.multi_cell(w, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_xy(x0, y + n * lh + 1.8)
        for i, r in enumerate(rows):
            self.set_x(x0)
            self.f(size, "B" if i in bold_rows or (i - len(rows)) in bold_rows else "")
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def addr_kv_right(self, addr: list[str], rows: list[tuple[str, str]], split: float = 0.5, size: float = 9.2,
                      cap: float = 7.4, title: str | None = None, addr_size: float = 10):
        """The addressee's block at the left, a key/value block (caption at the left of the right half, value after
        it) on the right half of the same band."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        for ln in addr:
            self.set_x(self.l_margin)
            self.f(addr_size)
            self.cell(W * split - 4, addr_size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        yl = self.get_y()
        xr = self.l_margin + W * split
        yy = y0
        if title:
            self.set_xy(xr, yy)
            self.f(cap + 0.4, "B")
            self.cell(W * (1 - split), cap * 0.55, title.upper())
            yy += cap * 0.55 + 1
        capw = W * (1 - split) * 0.42
        for k, v in rows:
            self.set_xy(xr, yy)
            self.f(cap)
            self.cell(capw, size * 0.5, k)
            self.f(size, "B")
            self.cell(W * (1 - split) - capw, size * 0.5, v)
            yy += size * 0.52
        self.set_xy(self.l_margin, max(yl, yy) + 3)

    def two_sigs(self, left: list[str], right: list[str], size: float = 9.2):
        """Two signature blocks side by side (a signature rule over each)."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 8
        for x, lines in ((self.l_margin, left), (self.l_margin + W * 0.52, right)):
            self.line_seg(x, y, x + W * 0.4, y)
            yy = y + 1
            for i, ln in enumerate(lines):
                self.set_xy(x, yy)
                self.f(size, "B" if i == 0 else "")
                self.cell(W * 0.46, size * 0.5, ln)
                yy += size * 0.5
        self.set_xy(self.l_margin, y + 1 + max(len(left), len(right)) * size * 0.5 + 3)

    def subject(self, text: str, size: float = 10, cap: str = "Subject:"):
        """A bold subject line: 'Subject: ...' (the only place some letters print their case number)."""
        self.f(size, "B")
        self.multi_cell(0, size * 0.5, f"{cap} {text}", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def taglines_page(self, org: str, phone: str, tags: list[tuple[str, str]], title: str = "Help in your language"):
        """A last page: the nondiscrimination statement, then one short tagline a language."""
        self.add_page()
        self.heading("Nondiscrimination notice", 11, rule=True)
        self.para(NONDISC.format(org=org, phone=phone), 8.6)
        self.heading(title, 11, rule=True)
        for lang, t in tags:
            self.f(8.4, "B")
            self.cell(38, 4.2, lang)
            self.f(8.4)
            self.multi_cell(0, 4.2, t.format(phone=phone), new_x="LMARGIN", new_y="NEXT")
            self.ln(1)


def doctor_fax_cover(practice: str, addr: str, phone: str, fax: str, to: str, to_fax: str, sender: str,
                     date: str, pages: str, re_: str, note: str) -> bytes:
    """A doctor's office's own fax cover sheet (one page, its letterhead); it belongs to no document."""
    p = EHSheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 8, practice, new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, addr, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"Phone {phone}   Fax {fax}", new_x="LMARGIN", new_y="NEXT")
    p.rule(8)
    p.f(26, "B")
    p.cell(0, 12, "fax", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for k, v in [("To", to), ("Fax", to_fax), ("From", sender), ("Date", date), ("Pages", pages), ("Re", re_)]:
        p.f(11, "B")
        p.cell(28, 9, k)
        p.f(11)
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        p.line_seg(p.l_margin + 28, p.get_y(), p.w - p.r_margin, p.get_y())
    p.ln(8)
    for lab in ["Urgent", "For review", "Please reply", "For your records"]:
        p.f(10)
        p.cell(5, 5, "X" if lab == "For review" else "", border=1, align="C")
        p.cell(38, 5, " " + lab)
    p.ln(12)
    p.para(note, 10.5)
    p.ln(10)
    p.para("The pages that follow may contain protected health information. If they reached you by mistake, "
           "please call us and destroy them.", 8.4)
    return out(p)
