"""Drawing helpers for round DL, helper famdlb (California crime victim compensation bill decisions, a delegated
behavioral health manager's partial hospitalization denials).

Why: both families print identifiers one character to a box (as forms with comb fields do), split an ID across a
line break, and set a whole letter in small type under a typed fax header; the rest comes from earlier kits.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddk_famdkf import DKSheet


class DLSheet(DKSheet):
    """DKSheet plus comb boxes (one character a box) with a small caption above."""

    def comb(self, cells: list[tuple[str, str]], cap: float = 6, val: float = 9, bw: float = 4.4, bh: float = 5.6,
             gap: float = 6):
        """Several captioned comb fields on one line: each value printed one character to a box."""
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        for label, value in cells:
            self.set_xy(x, y0)
            self.f(cap)
            self.cell(len(value) * bw, cap * 0.42, label)
            for i, ch in enumerate(value):
                bx = x + i * bw
                self.rect(bx, y0 + cap * 0.42 + 0.5, bw, bh)
                self.set_xy(bx, y0 + cap * 0.42 + 0.5)
                self.f(val)
                self.cell(bw, bh, ch, align="C")
            x += len(value) * bw + gap
        self.set_xy(x0, y0 + cap * 0.42 + bh + 2.5)

    def letterhead(self, name: str, lines: list[str], size: float = 13, mark: tuple[int, int, int] | None = None):
        """An organisation's name in bold with small address/phone lines under it (and a square mark)."""
        y = self.get_y()
        x = self.l_margin
        if mark:
            self.set_fill_color(*mark)
            self.rect(x, y, 9, 9, style="F")
            x += 12
        self.set_xy(x, y)
        self.f(size, "B")
        self.cell(0, size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
        for ln in lines:
            self.set_x(x)
            self.f(7.5)
            self.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
