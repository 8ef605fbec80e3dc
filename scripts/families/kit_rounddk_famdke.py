"""Drawing helpers for round DK, helper famdke (Ohio Medicaid HOME Choice / Money Follows the Person transition
services notices, chronic care management monthly minutes denials).

Why: both families need page parts the DJ kit lacks: a claim table without any ruling lines (columns aligned
by position only) that continues on the next page under a repeated header, a continuation header that carries
its own "page printed" date, and amounts written out in words beside the figures. Everything printed with them
is invented.
"""

from __future__ import annotations

from kit_rounddj_famdje import DJSheet

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" " + _words(n % 100) if n % 100 else "")
    return _words(n // 1000) + " thousand" + (" " + _words(n % 1000) if n % 1000 else "")


def in_words(v: float) -> str:
    """1480.50 -> 'One thousand four hundred eighty dollars and 50/100'."""
    d, c = int(v), round((v - int(v)) * 100)
    return f"{_words(d).capitalize()} dollars and {c:02d}/100"


def bracket(v: float) -> str:
    """A negative adjustment as accountants print it: (120.00)."""
    return f"({abs(v):,.2f})"


class DKSheet(DJSheet):
    """DJSheet plus an unruled claim table that repeats its header on a new page, and a continuation header
    given as a function of the page number (so page 2 can print its own date)."""

    def __init__(self, *a, cont_fn=None, **k):
        self.cont_fn = cont_fn
        super().__init__(*a, **k)

    def header(self):
        if self.cont_fn and self.page_no() > 1:
            if self.fax_hdr:
                self.set_xy(self.l_margin, 5)
                self.set_font("Courier", "", 7.5)
                self.cell(0, 3.4, self.fax_hdr.format(n=self.page_no()), new_x="LMARGIN", new_y="NEXT")
            self.set_xy(self.l_margin, 10)
            self.f(8, "B")
            self.cell(0, 4, self.cont_fn(self.page_no()), new_x="LMARGIN", new_y="NEXT")
            self.set_y(self.get_y() + 4)
            return
        super().header()

    def open_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2,
                   aligns: list[str] | None = None, row_h: float = 4.8, bottom: float = 30,
                   cont_note: str = "(continued on next page)", bold_rows: tuple = (), break_after: int | None = None):
        """Rows aligned by position only: no rules, no boxes; the header is repeated after a page break (near the
        bottom, or before row `break_after`)."""
        aligns = aligns or ["L"] * len(widths)

        def head_row():
            self.f(size, "B")
            for h, w, a in zip(head, widths, aligns):
                self.cell(w, row_h + 0.6, h, align=a)
            self.ln(row_h + 1.6)

        head_row()
        for i, row in enumerate(rows):
            if self.get_y() + row_h > self.h - bottom or (break_after is not None and i == break_after):
                self.f(size - 0.8)
                self.cell(0, row_h, cont_note, new_x="LMARGIN", new_y="NEXT")
                self.add_page()
                head_row()
            self.f(size, "B" if i in bold_rows else "")
            for c, w, a in zip(row, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2)
