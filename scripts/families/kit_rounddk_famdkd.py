"""Drawing helpers for round DK, helper famdkd (Medicare contractor answers to clerical-error reopening requests,
audio-only telehealth visit denials).

Why: both families need page parts the DJ kit lacks: a claim table without ruling lines whose columns are
aligned by spacing only (and that repeats its header when it runs onto the next page), a block of
language-assistance taglines and a nondiscrimination notice as boilerplate, date styles the public kit does
not print ("04-MAR-2026", "4 March 2026", "March 4th, 2026", "3/4/26"), bracketed negative amounts and
amounts in words. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

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


def words(v: float) -> str:
    """'One hundred twelve and 50/100 dollars' (the way a check or a settlement letter spells an amount)."""
    d = int(round(v * 100))
    w = _words(d // 100)
    return f"{w[0].upper()}{w[1:]} and {d % 100:02d}/100 dollars"


def neg(v: float) -> str:
    """An adjustment in brackets: (120.00)."""
    return f"({abs(v):,.2f})"


def kdate(d: dt.date, style: str) -> str:
    """Date styles beyond public_kit.fdate."""
    if style == "upper":
        return d.strftime("%d-%b-%Y").upper()            # 04-MAR-2026
    if style == "dmy_long":
        return d.strftime("%-d %B %Y")                   # 4 March 2026
    if style == "ordinal":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.strftime('%B')} {d.day}{suf}, {d.year}"  # March 4th, 2026
    if style == "tiny":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"    # 3/4/26
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


TAGLINES = [
    ("Español", "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
                "lingüística. Llame al número que aparece en esta carta (TTY 711)."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn."),
    ("Français", "ATTENTION : si vous parlez français, des services d'aide linguistique vous sont proposés "
                 "gratuitement."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa "
                "wika nang walang bayad."),
    ("Polski", "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej."),
]


class DKSheet(DJSheet):
    """DJSheet plus space-aligned tables without rules, taglines and a nondiscrimination block."""

    def plain_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8,
                    aligns: list[str] | None = None, row_h: float | None = None, head_again: bool = True,
                    underline_head: bool = False, bold_rows: tuple = ()):
        """Columns aligned by position only; no ruling lines. The header is printed again at the top of a new
        page when the rows run over."""
        aligns = aligns or ["L"] * len(widths)
        rh = row_h or size * 0.5

        def hdr():
            self.f(size, "B")
            for h, w, a in zip(head, widths, aligns):
                self.cell(w, rh + 0.6, h, align=a)
            self.ln(rh + 0.6)
            if underline_head:
                y = self.get_y()
                self.set_draw_color(150, 150, 150)
                self.line_seg(self.l_margin, y, self.l_margin + sum(widths), y)
                self.set_draw_color(0, 0, 0)
                self.ln(0.8)

        hdr()
        for i, row in enumerate(rows):
            if self.get_y() + rh > self.h - self.b_margin - 2:
                self.add_page()
                if head_again:
                    hdr()
            self.f(size, "B" if i in bold_rows else "")
            for c, w, a in zip(row, widths, aligns):
                self.cell(w, rh, c, align=a)
            self.ln(rh)
        self.ln(2)

    def taglines(self, size: float = 6.8, title: str = "Language assistance / Asistencia con el idioma"):
        self.f(size + 0.6, "B")
        self.cell(0, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        for lang, txt in TAGLINES:
            self.f(size, "B")
            self.cell(18, size * 0.45, lang)
            self.f(size)
            self.multi_cell(0, size * 0.45, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def nondiscrimination(self, org: str, size: float = 6.8):
        self.f(size + 0.6, "B")
        self.cell(0, size * 0.5, "Nondiscrimination notice", new_x="LMARGIN", new_y="NEXT")
        self.f(size)
        self.multi_cell(0, size * 0.45,
                        f"{org} complies with applicable federal civil rights laws and does not discriminate on the "
                        "basis of race, color, national origin, age, disability or sex. We provide free aids and "
                        "services to people with disabilities and free language services to people whose primary "
                        "language is not English. If you believe we failed to provide these services, you can file "
                        "a grievance with our civil rights coordinator or a complaint with the U.S. Department of "
                        "Health and Human Services, Office for Civil Rights.", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
