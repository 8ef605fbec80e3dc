"""Drawing helpers for round DZ, helper famdzd (Alabama Medicaid Plan First family planning notices; an invented
commercial plan refusing a telehealth vendor's claims with many identifiers and names).

Why: both families need a page set in two columns (what a phone photo of a folded notice shows), a "parties"
box listing everyone a paper names (prescriber, rendering clinician, billing service, reviewer) and a strip of
identifiers each with its own caption. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DZSheet(DTSheet):
    """DTSheet plus two text columns, a parties box and an identifier strip."""

    def two_cols(self, left: list[tuple[str, str]], right: list[tuple[str, str]], size: float = 9.0,
                 gap: float = 7):
        """Two columns of (heading, text) blocks side by side, starting at the current line."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        y0 = self.get_y()
        ends = []
        for x, blocks in ((self.l_margin, left), (self.l_margin + cw + gap, right)):
            self.set_xy(x, y0)
            for head, text in blocks:
                if head:
                    self.set_x(x)
                    self.f(size + 0.6, "B")
                    self.multi_cell(cw, size * 0.52, head, new_x="LEFT", new_y="NEXT")
                    self.ln(0.8)
                self.set_x(x)
                self.f(size)
                self.multi_cell(cw, size * 0.47, text, new_x="LEFT", new_y="NEXT", markdown=True)
                self.ln(2)
            ends.append(self.get_y())
        self.line_seg(self.l_margin + cw + gap / 2, y0, self.l_margin + cw + gap / 2, max(ends) - 1)
        self.set_xy(self.l_margin, max(ends) + 1)

    def parties(self, title: str, rows: list[tuple[str, str, str]], size: float = 8.4):
        """A ruled box listing the people and organisations a paper names: role, name, detail (NPI, phone...)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.5, y0 + 1)
        self.f(6.6, "B")
        self.cell(0, 3.4, title.upper(), new_x="LMARGIN", new_y="NEXT")
        for role, name, detail in rows:
            self.set_x(self.l_margin + 1.5)
            self.f(size - 0.8)
            self.cell(42, size * 0.56, role)
            self.f(size, "B")
            self.cell(72, size * 0.56, name)
            self.f(size - 0.6)
            self.cell(W - 117, size * 0.56, detail, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.rect(self.l_margin, y0, W, y - y0)
        self.set_xy(self.l_margin, y + 2.5)

    def idstrip(self, cells: list[tuple[str, str]], size: float = 8.6):
        """Identifiers on one line as 'Caption: value' separated by thin bars."""
        self.f(size)
        parts = []
        for k, v in cells:
            parts.append(f"{k}: {v}")
        self.multi_cell(0, size * 0.5, "   |   ".join(parts), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
