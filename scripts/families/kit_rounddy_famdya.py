"""Drawing helpers for round DY, helper famdya (ARHOME qualified health plan notices from an invented plan; an
invented commercial plan's family EOBs and remittances listing several people, one line refused by a code).

Why: both families need caption boxes holding two facts split by a bar ("Svc Dates | Billed"), and an EOB whose
rows are grouped under each person of a family (a bold person band, then that person's rows). Everything
printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DYSheet(DTSheet):
    """DTSheet plus captioned boxes with two facts split by a bar and person bands for family EOBs."""

    def splitboxes(self, cells: list[tuple[str, str]], widths: list[float], cap: float = 5.6, size: float = 8.6,
                   h: float = 9.4):
        """Boxes with a small caption above the value; a caption 'A / B' and a value 'x | y' hold two facts."""
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            self.set_xy(x + 0.9, y + 0.6)
            self.f(cap)
            self.cell(cw - 1.4, cap * 0.42, k)
            self.set_xy(x + 1.1, y + 0.6 + cap * 0.42 + 1.0)
            self.f(size)
            self.cell(cw - 1.6, size * 0.45, v)
            x += cw
        self.set_xy(self.l_margin, y + h)

    def person_band(self, text: str, size: float = 8.4, shade: int = 225):
        """A shaded band naming the person whose rows follow."""
        self.set_fill_color(shade, shade, shade)
        self.f(size, "B")
        self.cell(0, size * 0.6, " " + text, fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        self.set_fill_color(255, 255, 255)
