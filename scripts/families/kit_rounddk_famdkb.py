"""Drawing helpers for round DK, helper famdkb (a state external review program's independent review organization
decisions, hospice general inpatient days taken back after a post-payment audit).

Why: both families need page parts the DJ kit lacks: a claim table without ruling lines whose columns are aligned
by spaces only (a monospaced remittance print) and that repeats its header when it runs onto the next page, a
nondiscrimination notice with a block of language-assistance taglines, amounts in words next to figures, and the
date shapes "March 4th, 2026", "04-MAR-2026", "4 March 2026" and "3/4/26". Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddg_famdge import dmy_upper, nth  # noqa: F401  (re-exported for the family modules)
from kit_rounddj_famdje import DJSheet

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
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


def in_words(v: float) -> str:
    """Four thousand two hundred twelve dollars and 50/100."""
    d = int(v)
    c = round((v - d) * 100)
    s = _words(d)
    return s[0].upper() + s[1:] + f" dollars and {c:02d}/100"


def short_nopad(d: dt.date) -> str:
    """3/4/26 (a shape the checker does not read: print the date in another shape too, or use it for decoys)."""
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def dmy_long(d: dt.date) -> str:
    """4 March 2026."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def neg(v: float) -> str:
    """(1,234.50): an adjustment in brackets."""
    return f"({v:,.2f})"


TAGLINES = [
    ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang "
                "walang bayad."),
    ("Français", "ATTENTION : si vous parlez français, des services d'aide linguistique vous sont proposés "
                 "gratuitement."),
    ("Русский", "ВНИМАНИЕ: если вы говорите на русском языке, вам доступны бесплатные услуги перевода."),
    ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, stehen Ihnen kostenlos sprachliche Hilfsdienstleistungen zur "
                "Verfügung."),
    ("Português", "ATENÇÃO: se fala português, encontram-se disponíveis serviços linguísticos, grátis."),
    ("Kreyòl", "ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou."),
]


class DKSheet(DJSheet):
    """DJSheet plus space-aligned tables that continue under a repeated header, taglines and a nondiscrimination block."""

    def space_table(self, head: list[str], rows: list[list[str]], cols: list[int], size: float = 7.6,
                    right: tuple[int, ...] = (), title: str | None = None, cont_title: str | None = None,
                    bottom: float = 26, rule_under_head: bool = False):
        """Courier lines, columns padded with spaces (no ruling); on a page break the header is printed again."""
        lh = size * 0.47

        def fmt(cells: list[str]) -> str:
            out = []
            for i, (c, w) in enumerate(zip(cells, cols)):
                c = c[:w]
                out.append(c.rjust(w) if i in right else c.ljust(w))
            return "  ".join(out).rstrip()

        def head_lines(t: str | None):
            if t:
                self.set_font("Courier", "B", size)
                self.cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")
            self.set_font("Courier", "B", size)
            self.cell(0, lh, fmt(head), new_x="LMARGIN", new_y="NEXT")
            if rule_under_head:
                self.set_font("Courier", "", size)
                self.cell(0, lh, fmt(["-" * w for w in cols]), new_x="LMARGIN", new_y="NEXT")

        head_lines(title)
        for r in rows:
            if self.get_y() + lh > self.h - bottom:
                self.add_page()
                head_lines(cont_title or title)
            self.set_font("Courier", "", size)
            self.cell(0, lh, fmt(r), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def taglines(self, size: float = 6.8, phone: str = "1-800-555-0100 (TTY 711)"):
        self.f(size + 0.6, "B")
        self.cell(0, size * 0.5, "Language assistance / Asistencia con idiomas", new_x="LMARGIN", new_y="NEXT")
        for lang, text in TAGLINES:
            self.f(size)
            self.multi_cell(0, size * 0.44, f"{lang}: {text} {phone}", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def nondiscrimination(self, org: str, size: float = 6.8):
        self.f(size + 0.6, "B")
        self.cell(0, size * 0.5, "Nondiscrimination notice", new_x="LMARGIN", new_y="NEXT")
        self.f(size)
        self.multi_cell(0, size * 0.44,
                        f"{org} complies with applicable federal civil rights laws and does not discriminate on the "
                        "basis of race, color, national origin, age, disability or sex. We provide free aids and "
                        "services to people with disabilities and free language services to people whose primary "
                        "language is not English. If you believe we failed to provide these services, you can file "
                        "a grievance with our civil rights coordinator, or a civil rights complaint with the U.S. "
                        "Department of Health and Human Services, Office for Civil Rights.",
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
