"""Drawing helpers for round DZ, helper famdzc (Colorado Indigent Care Program papers from an invented hospital and
clinic; an invented commercial plan refusing lines of a hospital stay, with the hospital's account and invoice numbers).

Why: both families print many numbers with captions of their own and several people on one page; a two-column
block (text beside a boxed sidebar) and an "ID strip" of captioned numbers are what they share. Everything printed
with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


def es_money(v: float) -> str:
    """US$ 1.234,50 (the Spanish way)."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


class DZSheet(DTSheet):
    """DTSheet plus an ID strip and a two-column block."""

    def id_strip(self, cells: list[tuple[str, str]], size: float = 8.2):
        """One ruled line of 'Caption: value' pairs separated by bars (numbers named differently)."""
        self.f(size)
        txt = "   |   ".join(f"{k}: {v}" for k, v in cells)
        self.multi_cell(0, size * 0.5, txt, border="TB", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def two_col(self, left: list[str], right_title: str, right: list[tuple[str, str]], split: float = 0.6,
                size: float = 9.2):
        """Paragraphs in a left column and a boxed sidebar of caption/value lines at the right."""
        W = self.w - self.l_margin - self.r_margin
        lw = W * split - 3
        x0, y0 = self.l_margin, self.get_y()
        rx = x0 + W * split + 1
        rw = W - W * split - 1
        self.set_xy(rx, y0)
        self.f(size, "B")
        self.multi_cell(rw, size * 0.5, right_title, border="LTR", new_x="LEFT", new_y="NEXT")
        for k, v in right:
            self.f(size - 1.6)
            self.set_x(rx)
            self.multi_cell(rw, (size - 1.6) * 0.46, k, border="LR", new_x="LEFT", new_y="NEXT")
            self.f(size - 0.6)
            self.set_x(rx)
            self.multi_cell(rw, (size - 0.6) * 0.5, v, border="LR", new_x="LEFT", new_y="NEXT")
        self.set_x(rx)
        self.cell(rw, 1, "", border="LBR", new_x="LMARGIN", new_y="NEXT")
        y_right = self.get_y()
        self.set_xy(x0, y0)
        for t in left:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(lw, size * 0.47, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(1.8)
        self.set_y(max(self.get_y(), y_right) + 2)
