"""Drawing helpers for round DH, helper famdhd (Medicare DMEPOS support-surface prior authorization notices,
allergy immunotherapy unit and frequency denials).

Why: both families need page parts that public_kit's Page and the DG kit's Sheet lack: claims as stacked
"Claim 1 of 3" label blocks, a two-column letter with the facts in the right column, an inset claim-summary
box inside the prose, a light grey shaded band, and a repeated continuation header. Everything printed with
them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddg_famdge import Sheet


def short2(d: dt.date) -> str:
    """03/04/26."""
    return d.strftime("%m/%d/%y")


def days_sentence(ds: list[dt.date]) -> str:
    """'March 3, 10 and 17, 2026' when in one month, else 'February 24, March 3 and March 10, 2026'."""
    if len({d.month for d in ds}) == 1:
        nums = [str(d.day) for d in ds]
        return f"{ds[0].strftime('%B')} {', '.join(nums[:-1])} and {nums[-1]}, {ds[0].year}"
    parts = [f"{d.strftime('%B')} {d.day}" for d in ds]
    return f"{', '.join(parts[:-1])} and {parts[-1]}, {ds[-1].year}"


class Sheet2(Sheet):
    """The DG kit's Sheet plus claim blocks, two columns, inset box, shaded band."""

    def band(self, text: str, size: float = 8.5, fill: int = 225, h: float | None = None):
        """A light grey full-width band with bold text in it."""
        self.set_fill_color(fill, fill, fill)
        self.f(size, "B")
        self.cell(0, h or size * 0.62, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def claim_blocks(self, blocks: list[list[tuple[str, str]]], title: str = "Claim {i} of {n}", size: float = 8.5,
                     label_w: float = 42, shade_title: bool = True):
        """Stacked label blocks, one per claim, a shaded title line over each."""
        n = len(blocks)
        for i, rows in enumerate(blocks, 1):
            if shade_title:
                self.band(title.format(i=i, n=n), size=size)
            else:
                self.line(title.format(i=i, n=n), size, "B")
            self.pairs(rows, label_w=label_w, size=size, h=size * 0.5)
            self.ln(2)

    def two_col(self, left: list[str], right: list[tuple[str, str]], split: float = 0.58, size: float = 9.5,
                rsize: float = 8.5):
        """Prose paragraphs in the left column; label / value facts in a ruled right column."""
        x0, y0 = self.l_margin, self.get_y()
        wl = (self.w - self.l_margin - self.r_margin) * split
        xr = x0 + wl + 5
        wr = self.w - self.r_margin - xr
        self.set_xy(xr, y0)
        for k, v in right:
            self.set_x(xr)
            self.f(rsize - 0.5, "B")
            self.cell(wr, rsize * 0.45, k, new_x="LEFT", new_y="NEXT")
            self.set_x(xr)
            self.f(rsize)
            self.multi_cell(wr, rsize * 0.47, v, new_x="LEFT", new_y="NEXT")
            self.ln(1.2)
        yr = self.get_y()
        self.line_seg(xr - 2.5, y0, xr - 2.5, yr)
        self.set_xy(x0, y0)
        for para in left:
            self.set_x(x0)
            self.f(size)
            self.multi_cell(wl, size * 0.47, para, new_x="LEFT", new_y="NEXT")
            self.ln(2)
        self.set_y(max(yr, self.get_y()) + 2)

    def inset(self, title: str, rows: list[tuple[str, str]], w: float = 100, size: float = 8.5, fill: int = 240):
        """A boxed claim summary set into the prose, indented from the left margin."""
        x = self.l_margin + 12
        y = self.get_y() + 1
        h = (len(rows) + 1) * size * 0.5 + 4
        self.set_fill_color(fill, fill, fill)
        self.rect(x, y, w, h, style="DF")
        self.set_xy(x + 2, y + 1.5)
        self.f(size + 0.5, "B")
        self.cell(w - 4, size * 0.5, title, new_x="LEFT", new_y="NEXT")
        for k, v in rows:
            self.set_x(x + 2)
            self.f(size, "B")
            self.cell(38, size * 0.5, k)
            self.f(size)
            self.cell(w - 42, size * 0.5, v, new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, y + h + 3)

    def cont_header(self, text: str, size: float = 8):
        self.f(size, "B")
        self.cell(0, size * 0.55, text, border="B", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
