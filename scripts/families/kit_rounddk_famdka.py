"""Drawing helpers for round DK, helper famdka (Medicare Part B QIC reconsideration decisions, remote physiologic
monitoring device supply months denied for fewer than 16 days of readings).

Why: both families need a typed fax header line, a repeated header on later pages that carries its own "page
date", claim tables whose columns are aligned by spaces only (a monospaced face, no ruling lines) and a block of
nondiscrimination / language-assistance boilerplate. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from public_kit import Page

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


def ordinal(d: dt.date) -> str:
    """March 4th, 2026."""
    suf = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suf}, {d.year}"


def dmy_long(d: dt.date) -> str:
    """4 March 2026."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def oracle(d: dt.date) -> str:
    """04-MAR-2026."""
    return d.strftime("%d-%b-%Y").upper()


def mdyy(d: dt.date) -> str:
    """3/4/26."""
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def brackets(v: float) -> str:
    """A negative adjustment: (120.00)."""
    return f"({abs(v):,.2f})"


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
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
    """1234.50 -> 'one thousand two hundred thirty-four dollars and 50/100'."""
    return f"{_words(int(v))} dollars and {round((v - int(v)) * 100):02d}/100"


class DKSheet(Page):
    """Page plus a typed fax line on every page, a repeated header from page 2 on, and space-aligned tables."""

    def __init__(self, fax_hdr: str | None = None, cont: str | None = None, **kw):
        super().__init__(**kw)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)
        self.fax_hdr, self.cont = fax_hdr, cont

    def header(self):
        if self.fax_hdr:
            self.set_xy(8, 4)
            self.set_font("Mono", "", 7)
            self.cell(0, 3.5, self.fax_hdr.format(n=self.page_no()))
            self.set_y(max(self.t_margin, 10))
        if self.cont and self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.set_x(self.l_margin)
            self.cell(0, 4, self.cont, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.5
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(3)

    def line_seg(self, x1, y1, x2, y2):
        FPDF.line(self, x1, y1, x2, y2)

    def letterhead(self, name: str, sub: list[str], size: float = 13):
        self.f(size, "B")
        self.cell(0, size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
        self.f(7.8)
        for s in sub:
            self.cell(0, 3.8, s, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(4)

    def mono_rows(self, head: list[str], rows: list[list[str]], widths: list[int], size: float = 7.6,
                  right: tuple = (), bold_rows: tuple = ()):
        """Columns padded with spaces in a monospaced face: no ruling lines at all."""
        def fmt(cells):
            out = []
            for i, (c, w) in enumerate(zip(cells, widths)):
                out.append(c.rjust(w) if i in right else c.ljust(w))
            return "  ".join(out).rstrip()
        self.set_font("Mono", "B", size)
        self.cell(0, size * 0.5, fmt(head), new_x="LMARGIN", new_y="NEXT")
        for i, r in enumerate(rows):
            self.set_font("Mono", "B" if i in bold_rows else "", size)
            self.cell(0, size * 0.5, fmt(r), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def boilerplate(self, org: str, phone: str, size: float = 7.2):
        """Nondiscrimination notice and language-assistance taglines (decoys: phones, TTY)."""
        self.heading("Nondiscrimination notice", 8.4, gap=0.5)
        self.para(f"{org} complies with applicable Federal civil rights laws and does not discriminate on the "
                  "basis of race, color, national origin, age, disability, or sex. We provide free aids and "
                  f"services, such as qualified interpreters and written information in other formats. Call {phone} "
                  "(TTY 711).", size)
        self.heading("Language assistance", 8.4, gap=0.5)
        self.para(f"ATTENTION: If you speak another language, free language assistance services are available to "
                  f"you. Call {phone} (TTY 711).  ATENCIÓN: si habla español, tiene a su disposición servicios "
                  f"gratuitos de asistencia lingüística. Llame al {phone} (TTY 711).  CHÚ Ý: Nếu bạn nói Tiếng "
                  f"Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số {phone}.", size)
