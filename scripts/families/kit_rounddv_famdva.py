"""Drawing helpers for round DV, helper famdva (Iowa Hawki notices of decision from an invented plan; an invented
commercial plan paying one of a sleep lab's technical claim and the pulmonologist's reading claim).

Why: both families need forms of small captioned boxes as offices fax or photocopy them: captions above the value,
some captions in two lines, some boxes split in two with a value on each side ("Member name | Member ID",
"Date of notice | Date mailed"). Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DVSheet(DTSheet):
    """DTSheet plus rows of boxes whose captions may wrap to two lines and whose boxes may hold two values."""

    def boxrow(self, cells: list[tuple], widths: list[float] | None = None, cap: float = 5.6, size: float = 8.8,
               h: float | None = None):
        """cells: (caption, value) or (caption, value, caption2, value2) for a box split by a thin rule.
        A caption with a newline prints on two lines; the row's height follows the tallest caption."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        ncap = max(max(len(c[0].split("\n")), len(c[2].split("\n")) if len(c) > 2 else 1) for c in cells)
        ch = cap * 0.42
        h = h or (1.0 + ncap * ch + 1.2 + size * 0.45 + 1.4)
        y = self.get_y()
        x = self.l_margin
        for c, cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            parts = [(c[0], c[1])] if len(c) == 2 else [(c[0], c[1]), (c[2], c[3])]
            pw = cw / len(parts)
            for j, (k, v) in enumerate(parts):
                px = x + j * pw
                if j:
                    self.line_seg(px, y, px, y + h)
                for i, ln in enumerate(k.split("\n")):
                    self.set_xy(px + 0.9, y + 0.7 + i * ch)
                    self.f(cap)
                    self.cell(pw - 1.4, ch, ln)
                self.set_xy(px + 1.1, y + 1.0 + ncap * ch + 1.2)
                self.f(size, "B")
                self.cell(pw - 1.8, size * 0.45, v)
            x += cw
        self.set_xy(self.l_margin, y + h)

    def legend(self, rows: list[tuple[str, str]], size: float = 7.8, code_w: float = 16):
        """A code legend: the code in bold at the left, its meaning wrapped beside it."""
        W = self.w - self.l_margin - self.r_margin
        for k, v in rows:
            y = self.get_y()
            self.set_x(self.l_margin)
            self.f(size, "B")
            self.cell(code_w, size * 0.47, k)
            self.f(size)
            self.multi_cell(W - code_w, size * 0.47, v, new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(self.get_y(), y + size * 0.47) + 0.6)
        self.ln(1)
