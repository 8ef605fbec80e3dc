"""Drawing helpers for round DG, helper famdge (Texas STAR+PLUS attendant-hours notices, home INR meter denials).

Why: both families need the same few page parts that public_kit's Page lacks: a typed fax header line, a
right-aligned header block, a boxed side panel, numbered form boxes with the caption at the top of each box,
a tear-off line and a Re: block. Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from public_kit import Page


def nth(d: dt.date) -> str:
    """March 4th, 2026."""
    suf = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suf}, {d.year}"


def dash2(d: dt.date) -> str:
    """03-04-26 (a decoy-only shape: not one the checker reads)."""
    return d.strftime("%m-%d-%y")


def nopad(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def dmy_upper(d: dt.date) -> str:
    """04-MAR-2026."""
    return d.strftime("%d-%b-%Y").upper()


class Sheet(Page):
    """public_kit.Page plus the parts these two families draw."""

    def fax_line(self, text: str):
        self.set_font("Courier", "", 7.5)
        self.cell(0, 3.6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def right_block(self, rows: list[tuple[str, str]], w: float = 78, size: float = 9, y: float | None = None):
        """Label/value rows flush right (Notice date / Reference / Member ID)."""
        x = self.w - self.r_margin - w
        if y is not None:
            self.set_y(y)
        for k, v in rows:
            self.set_x(x)
            self.f(size, "B")
            self.cell(w * 0.42, size * 0.52, k, align="R")
            self.f(size)
            self.cell(w * 0.58, size * 0.52, "  " + v, align="L", new_x="LMARGIN", new_y="NEXT")

    def panel(self, x: float, y: float, w: float, title: str, lines: list[str], size: float = 8, fill: int = 236):
        """A shaded boxed panel (Questions? / sidebar) at x, y; returns its bottom."""
        self.set_fill_color(fill, fill, fill)
        lh = size * 0.46
        n = 1 + sum(len(self.f(size).multi_cell(w - 4, lh, ln, dry_run=True, output="LINES")) for ln in lines)
        h = n * lh + 6
        self.rect(x, y, w, h, style="DF")
        self.set_xy(x + 2, y + 2)
        self.f(size + 1, "B")
        self.cell(w - 4, lh + 0.5, title, new_x="LEFT", new_y="NEXT")
        self.f(size)
        for ln in lines:
            self.set_x(x + 2)
            self.multi_cell(w - 4, lh, ln, new_x="LEFT", new_y="NEXT", align="L")
        return y + h

    def nboxes(self, cells: list[tuple[str, str, float]], h: float = 12, cap: float = 6.2, val: float = 9.5):
        """One row of ruled boxes, a small numbered caption at the top of each, the value inside."""
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        for label, value, w in cells:
            self.rect(x, y0, w, h)
            self.set_xy(x + 1, y0 + 0.7)
            self.f(cap)
            self.cell(w - 2, 2.8, label)
            self.set_xy(x + 1.5, y0 + 5)
            self.f(val)
            self.cell(w - 3, 5, value)
            x += w
        self.set_xy(x0, y0 + h)

    def re_block(self, lines: list[str], size: float = 9.5, indent: float = 10):
        self.f(size, "B")
        self.cell(indent, size * 0.5, "Re:")
        self.f(size)
        for i, ln in enumerate(lines):
            if i:
                self.set_x(self.l_margin + indent)
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def tear(self, text: str = "- - - - - - - - - - - - - - - -  detach and return this part  - - - - - - - - - - - - - - - -"):
        self.f(7.5)
        self.cell(0, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def blanks(self, labels: list[str], size: float = 9.5, gap: float = 9):
        """Labels followed by a ruled blank line to fill in by hand."""
        for lab in labels:
            self.f(size)
            self.cell(self.get_string_width(lab) + 2, 6, lab)
            x = self.get_x()
            y = self.get_y() + 5.5
            self.line_seg(x, y, self.w - self.r_margin, y)
            self.ln(gap)

    def line_seg(self, x1, y1, x2, y2):
        FPDF.line(self, x1, y1, x2, y2)
