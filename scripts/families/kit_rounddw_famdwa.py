"""Drawing helpers for round DW, helper famdwa (Georgia Planning for Healthy Babies notices from an invented care
management organisation; an invented commercial plan paying an urgent care centre and refusing an outside lab).

Why: both families need claim tables whose rows may run over two lines (a provider name and its town, a date span
broken after its dash), so the row of the refused claim is not one tidy line. Everything printed with them is
invented.
"""

from __future__ import annotations

from kit_rounddv_famdvc import DVSheet, people  # noqa: F401  (people re-exported for the family modules)


class DWSheet(DVSheet):
    """DVSheet plus a ruled table whose cells may hold two or three lines ("\\n" inside a cell)."""

    def mtable(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.0,
               aligns: list[str] | None = None, bold_last: bool = False, shade: set | None = None):
        aligns = aligns or ["L"] * len(widths)
        lh = size * 0.44
        self.f(size - 0.4, "B")
        n = max(len(self.multi_cell(w, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
        hh = n * lh + 1.6
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        self.set_fill_color(225, 225, 225)
        for hc, w in zip(head, widths):
            self.rect(x, y0, w, hh, style="DF")
            self.set_xy(x, y0 + 0.6)
            self.multi_cell(w, lh, hc, new_x="RIGHT", new_y="TOP")
            x += w
        y = y0 + hh
        for i, row in enumerate(rows):
            nl = max(c.count("\n") + 1 for c in row)
            rh = nl * lh + 1.6
            if y + rh > self.h - 22:
                self.add_page()
                y = self.get_y()
            x = x0
            self.f(size, "B" if (bold_last and i == len(rows) - 1) or (shade and i in shade) else "")
            for c, w, a in zip(row, widths, aligns):
                self.rect(x, y, w, rh)
                for j, part in enumerate(c.split("\n")):
                    self.set_xy(x + 0.3, y + 0.8 + j * lh)
                    self.cell(w - 0.6, lh, part, align=a)
                x += w
            y += rh
        self.set_xy(self.l_margin, y + 2)
