"""Drawing helpers for round DH, helper famdhb (Indiana Medicaid NEMT broker notices, spinal cord stimulator denials).

Why: both families need page parts that public_kit's Page and round DG's Sheet lack: a typed fax header line
repeated on every page, a light grey shaded band, a shaded table, stacked "Claim 1 of 3" blocks, a claim
summary inset inside the prose and a two-column letter with the facts in the right column. Everything printed
with them is invented.
"""

from __future__ import annotations

from kit_rounddg_famdge import Sheet


class DHSheet(Sheet):
    """Sheet plus a per-page fax header line and the parts listed above."""

    fax_hdr: str | None = None
    cont: str | None = None  # a repeated header line on continuation pages (page 2 on)

    def header(self):
        if self.fax_hdr:
            self.set_font("Courier", "", 7.5)
            self.set_xy(self.l_margin, 5)
            self.cell(0, 3.6, self.fax_hdr.format(n=self.page_no(), nb="{nb}"))
            self.set_y(max(self.t_margin, 11))
        if self.cont and self.page_no() > 1:
            self.f(8, "B")
            self.cell(0, 4.5, self.cont, border="B", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def band(self, text: str, size: float = 9, fill: int = 222, h: float | None = None):
        """A light grey shaded band with bold text (a section heading in a form letter)."""
        self.set_fill_color(fill, fill, fill)
        self.f(size, "B")
        self.cell(0, h or size * 0.62, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)

    def gtable(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8,
               aligns: list[str] | None = None, row_h: float | None = None, fill: int = 228, bold_last=False):
        """A table with a grey header row and every other row lightly shaded."""
        aligns = aligns or ["L"] * len(widths)
        rh = row_h or size * 0.6
        self.set_fill_color(fill, fill, fill)
        self.f(size, "B")
        for h, w in zip(head, widths):
            self.cell(w, rh + 0.6, h, border=1, fill=True)
        self.ln(rh + 0.6)
        for i, row in enumerate(rows):
            self.f(size, "B" if bold_last and i == len(rows) - 1 else "")
            shade = i % 2 == 1
            self.set_fill_color(243, 243, 243)
            for c, w, a in zip(row, widths, aligns):
                self.cell(w, rh, c, border="LR", align=a, fill=shade)
            self.ln(rh)
        self.cell(sum(widths), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def blocks(self, blocks: list[tuple[str, list[tuple[str, str]]]], size: float = 9, label_w: float = 42,
               indent: float = 4):
        """Stacked claim blocks: a bold title line ("Claim 1 of 3") and its label/value lines under a rule."""
        for title, rows in blocks:
            self.f(size + 0.5, "B")
            self.cell(0, size * 0.6, title, border="B", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
            self.pairs(rows, label_w=label_w, size=size, x=self.l_margin + indent, h=size * 0.52)
            self.ln(2.5)

    def inset(self, title: str, rows: list[tuple[str, str]], size: float = 8.5, indent: float = 14,
              label_w: float = 40, fill: int = 240):
        """A boxed, shaded claim summary set into the prose (indented both sides)."""
        w = self.w - self.l_margin - self.r_margin - 2 * indent
        x, y = self.l_margin + indent, self.get_y() + 1
        h = (len(rows) + 1) * size * 0.5 + 4
        self.set_fill_color(fill, fill, fill)
        self.rect(x, y, w, h, style="DF")
        self.set_xy(x + 2, y + 1.5)
        self.f(size, "B")
        self.cell(w - 4, size * 0.5, title, new_x="LEFT", new_y="NEXT")
        for k, v in rows:
            self.set_x(x + 2)
            self.f(size, "B")
            self.cell(label_w, size * 0.5, k)
            self.f(size)
            self.cell(w - 4 - label_w, size * 0.5, v, new_x="LEFT", new_y="NEXT")
        self.set_y(y + h + 3)

    def two_col(self, paras: list[str], facts: list[tuple[str, str]], size: float = 9.5, right_w: float = 62,
                gap: float = 6, fact_size: float = 8.5, title: str = "Your request"):
        """A letter whose prose runs in the left column and whose facts sit boxed in the right column."""
        y0 = self.get_y()
        lw = self.w - self.l_margin - self.r_margin - right_w - gap
        rx = self.l_margin + lw + gap
        self.set_xy(rx, y0)
        self.f(fact_size + 0.5, "B")
        self.cell(right_w, fact_size * 0.6, title, border="B", new_x="LEFT", new_y="NEXT")
        self.ln(1)
        for k, v in facts:
            self.set_x(rx)
            self.f(fact_size - 0.5, "B")
            self.cell(right_w, fact_size * 0.45, k, new_x="LEFT", new_y="NEXT")
            self.set_x(rx)
            self.f(fact_size)
            self.cell(right_w, fact_size * 0.5, v, new_x="LEFT", new_y="NEXT")
            self.ln(1.2)
        ry = self.get_y()
        self.set_xy(self.l_margin, y0)
        for p in paras:
            self.f(size)
            self.multi_cell(lw, size * 0.47, p, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(ry, self.get_y()) + 2)

    def wrap_pair(self, label: str, value: str, label_w: float = 40, value_w: float = 48, size: float = 9):
        """A label with a value in a narrow cell, so that a long agency name wraps onto a second line."""
        self.f(size, "B")
        self.cell(label_w, size * 0.5, label + ":")
        self.f(size)
        self.multi_cell(value_w, size * 0.5, value, new_x="LMARGIN", new_y="NEXT")
