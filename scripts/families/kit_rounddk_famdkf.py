"""Drawing helpers for round DK, helper famdkf (Medicare hospice aggregate cap overpayment demand letters, hearing
aid battery and ear mold quantity limits).

Why: both families need a claim table without ruling lines whose columns are aligned by spaces only (set in a
monospaced face, so the spaces really carry the alignment), with a header that repeats when the table runs onto
the next page, amounts in words beside figures, and the boilerplate decoys (nondiscrimination notice, taglines).
Everything printed with them is invented.
"""

from __future__ import annotations

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
    for div, name in ((1_000_000, "million"), (1000, "thousand")):
        if n >= div:
            return _words(n // div) + " " + name + (" " + _words(n % div) if n % div else "")
    return str(n)


def dollars_words(v: float) -> str:
    """'Four thousand two hundred ten dollars and 35/100' (a cheque-style amount in words)."""
    d = int(v)
    c = round((v - d) * 100)
    return (_words(d).capitalize() + f" dollars and {c:02d}/100")


def bracket(v: float) -> str:
    """A negative adjustment as accountants print it: (1,204.16)."""
    return f"({v:,.2f})"


def ordinal_date(d) -> str:
    """'March 4th, 2026'."""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d.strftime('%B')} {n}{suf}, {d.year}"


def tiny_date(d) -> str:
    """'3/4/26'."""
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


TAGLINES = [
    "ATTENTION: If you speak Spanish, language assistance services, free of charge, are available to you. "
    "Call the number on this page (TTY 711).",
    "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
    "Llame al número de esta página (TTY 711).",
    "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn.",
    "ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou.",
    "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej.",
]


class DKSheet(DJSheet):
    """DJSheet plus space-aligned monospaced tables that repeat their header on a new page, and boilerplate."""

    def spaced(self, head: list[str], rows: list[list[str]], widths: list[int], size: float = 7.6,
               right: set[int] | None = None, bottom: float = 26, title_again: str | None = None,
               rule_under_head: bool = False, break_at: int | None = None):
        """Columns aligned by spaces only (Courier); the header repeats on the next page if the rows run over (or
        at row break_at)."""
        right = right or set()

        def fmt(cells):
            out = []
            for i, (c, w) in enumerate(zip(cells, widths)):
                c = str(c)[:w]
                out.append(c.rjust(w) if i in right else c.ljust(w))
            return "  ".join(out).rstrip()

        lh = size * 0.48

        def put_head():
            self.set_font("Courier", "B", size)
            self.set_x(self.l_margin)
            self.cell(0, lh, fmt(head), new_x="LMARGIN", new_y="NEXT")
            self.set_font("Courier", "", size)
            self.set_x(self.l_margin)
            if rule_under_head:
                self.cell(0, lh, fmt(["-" * w for w in widths]), new_x="LMARGIN", new_y="NEXT")
            else:
                self.ln(1)

        put_head()
        for i, r in enumerate(rows):
            if self.get_y() + lh > self.h - bottom or i == break_at:
                self.add_page()
                if title_again:
                    self.f(8.5, "B")
                    self.cell(0, 5, title_again, new_x="LMARGIN", new_y="NEXT")
                put_head()
            self.set_font("Courier", "B" if r and str(r[0]).startswith("*") else "", size)
            self.set_x(self.l_margin)
            self.cell(0, lh + 0.6, fmt(r), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def boilerplate(self, org: str, phone: str, size: float = 6.8):
        """The nondiscrimination notice and a block of language-assistance taglines."""
        self.f(size + 0.6, "B")
        self.cell(0, 4, "Nondiscrimination notice", new_x="LMARGIN", new_y="NEXT")
        self.para(f"{org} complies with applicable federal civil rights laws and does not discriminate on the "
                  "basis of race, color, national origin, age, disability, or sex. We provide free aids and "
                  f"services, such as qualified interpreters and written information in other formats. Call "
                  f"{phone} (TTY 711).", size, gap=1)
        for t in TAGLINES:
            self.para(t, size - 0.4, gap=0.3)
        self.ln(1)
