"""Drawing helpers for round DW, helper famdwf (Health First Colorado RAE notices from an invented regional
accountable entity; an invented commercial plan deciding a NICU physician group's and a hospital's claims).

Why: both families need claim tables whose rows run over two lines (a long provider or patient name, two dates in
one cell) with a bold totals row, and a plain cover note; the older kits' tables print one line per row only.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DWSheet(DTSheet):
    """DTSheet plus a ruled table whose cells wrap (each row as tall as its tallest cell)."""

    def mtable(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2,
               aligns: list[str] | None = None, bold_rows: tuple[int, ...] = (), shade_rows: tuple[int, ...] = ()):
        aligns = aligns or ["L"] * len(widths)
        lh = size * 0.45
        self.f(size - 0.4, "B")
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 2
        x0, y = self.l_margin, self.get_y()
        x = x0
        self.set_fill_color(225, 225, 225)
        for h, w in zip(head, widths):
            self.rect(x, y, w, hh, style="DF")
            self.set_xy(x + 0.5, y + 1)
            self.multi_cell(w - 1, lh, h, new_x="RIGHT", new_y="TOP")
            x += w
        y += hh
        for i, row in enumerate(rows):
            self.f(size, "B" if i in bold_rows else "")
            n = max(len(self.multi_cell(w - 1.2, lh, c or " ", dry_run=True, output="LINES"))
                    for c, w in zip(row, widths))
            rh = n * lh + 1.6
            if y + rh > self.h - 22:
                self.add_page()
                y = self.get_y()
            x = x0
            for c, w, a in zip(row, widths, aligns):
                self.rect(x, y, w, rh, style="DF" if i in shade_rows else "D")
                self.set_xy(x + 0.6, y + 0.8)
                self.multi_cell(w - 1.2, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                x += w
            y += rh
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0, y + 2.5)
