"""Drawing helpers for round DK, helper famdkc (Arizona Medicaid adult dental limited to extractions and emergency
care; CGM sensors billed by a DME supplier instead of a pharmacy, and over 3 sensors per 30 days).

Why: both families need a running header that repeats on page 2 with its own "printed" date, claim tables with no
ruling lines (columns aligned by spaces in a monospaced face, continued on page 2 under a repeated header), and the
boilerplate decoys of a US notice (nondiscrimination statement, language-assistance taglines). Everything printed
with them is invented except the public programs named as themselves.
"""

from __future__ import annotations

from public_kit import Page

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

TAGLINES = [
    "ATTENTION: If you speak Spanish, language assistance services, free of charge, are available to you. "
    "Call the number on this notice (TTY 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al "
    "número que aparece en este aviso (TTY 711).",
    "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số trên thông báo này.",
    "Díí baa akó nínízin: Díí saad bee yáníłti'go Diné Bizaad, saad bee áká'ánída'áwo'déé', t'áá jiik'eh. "
    "Call the number on this notice.",
    "PAUNAWA: Kung nagsasalita ka ng Tagalog, maaari kang gumamit ng mga serbisyo ng tulong sa wika nang walang "
    "bayad. Tumawag sa numerong nasa abisong ito.",
]


class DKSheet(Page):
    """Page plus a monospaced face, a running header for pages after the first, and boilerplate blocks."""

    def __init__(self, *a, running: list[str] | None = None, **k):
        super().__init__(*a, **k)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)
        self.running = running or []

    def header(self):
        if self.page_no() > 1 and self.running:
            self.set_font(self.face, "", 7.8)
            for ln in self.running:
                self.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.8
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(4)

    def line_seg(self, x1, y1, x2, y2):
        Page.__bases__[0].line(self, x1, y1, x2, y2)

    def mono(self, lines: list[str], size: float = 7.6, bold: set[int] | None = None, h: float | None = None):
        """Lines in a monospaced face: a table whose columns are aligned by spaces only."""
        bold = bold or set()
        for i, ln in enumerate(lines):
            self.set_font("Mono", "B" if i in bold else "", size)
            self.cell(0, h or size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def letterhead(self, name: str, sub: list[str], size: float = 13):
        self.f(size, "B")
        self.cell(0, size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
        self.f(7.8)
        for s in sub:
            self.cell(0, 3.8, s, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(4)

    def nondiscrimination(self, org: str, size: float = 7.2):
        self.heading("Nondiscrimination notice", 8.2, gap=0.5)
        self.para(f"{org} complies with applicable Federal civil rights laws and does not discriminate on the "
                  "basis of race, color, national origin, age, disability, or sex. We provide free aids and "
                  "services to people with disabilities and free language services to people whose primary "
                  "language is not English. If you believe we failed to provide these services, you can file a "
                  "grievance with our Civil Rights Coordinator, or a civil rights complaint with the U.S. "
                  "Department of Health and Human Services, Office for Civil Rights.", size)

    def taglines(self, size: float = 7.0):
        self.heading("Language assistance / Asistencia con idiomas", 8.2, gap=0.5)
        for t in TAGLINES:
            self.para(t, size, gap=0.8)


def words(v: float) -> str:
    """A dollar amount in words, cheque style: 'One thousand two hundred thirty-four and 50/100 dollars'."""
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def under1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(f"{ones[n // 100]} hundred")
            n %= 100
        if n >= 20:
            parts.append(tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else ""))
        elif n or not parts:
            parts.append(ones[n])
        return " ".join(parts)

    d, c = int(v), round((v - int(v)) * 100)
    s = (under1000(d // 1000) + " thousand " + (under1000(d % 1000) if d % 1000 else "")).strip() \
        if d >= 1000 else under1000(d)
    return f"{s[0].upper()}{s[1:]} and {c:02d}/100 dollars"


def ordinal(d) -> str:
    """March 4th, 2026."""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d.strftime('%B')} {n}{suf}, {d.year}"


def short(d) -> str:
    """3/4/26."""
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def upper_dmy(d) -> str:
    """04-MAR-2026."""
    return d.strftime("%d-%b-%Y").upper()


def brackets(v: float) -> str:
    """(120.00) for a negative adjustment."""
    return f"({v:,.2f})"
