"""Drawing helpers for round DI, helper famdia (Minnesota TEFRA home care nursing notices, esophageal
manometry denials).

Why: both families need two page parts the DH kit's DHSheet lacks: rows of small captions printed above ruled
value boxes (the small-type fax forms), and a two-column letter whose right-hand facts column is a ruled,
shaded box. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddh_famdhe import DHSheet


class DISheet(DHSheet):
    """DHSheet plus caption-over-box rows and a boxed right-hand facts column."""

    def capboxes(self, cells: list[tuple[str, str, float]], cap: float = 6.5, val: float = 8.2, h: float = 5.6):
        """One row: each cell a small caption on one line, the value below it inside a ruled box."""
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        for label, value, w in cells:
            self.set_xy(x, y0)
            self.f(cap)
            self.cell(w - 1.5, 2.9, label)
            self.rect(x, y0 + 3.1, w - 1.5, h)
            self.set_xy(x + 0.8, y0 + 3.1)
            self.f(val)
            self.cell(w - 3, h, value)
            x += w
        self.set_xy(x0, y0 + 3.1 + h + 1.8)

    def boxcol(self, left: list[str], right: list[tuple[str, str]], left_w: float = 104, size: float = 9.5,
               rsize: float = 8.3, title: str | None = None):
        """A letter body on the left and a ruled, lightly shaded facts box (label over value) on the right."""
        x0, y0 = self.l_margin, self.get_y()
        rx = x0 + left_w + 5
        rw = self.w - self.r_margin - rx
        # measure the box first
        lh = rsize * 0.45
        n = (2 if title else 0) + sum(1 + len(self.f(rsize).multi_cell(rw - 4, lh, v, dry_run=True, output="LINES"))
                                      for _, v in right)
        hbox = n * lh + len(right) * 1.2 + 4
        self.set_fill_color(240, 240, 240)
        self.rect(rx, y0, rw, hbox, style="DF")
        self.set_xy(rx + 2, y0 + 2)
        if title:
            self.f(rsize + 0.5, "B")
            self.cell(rw - 4, lh * 2, title, new_x="LMARGIN", new_y="NEXT")
        for k, v in right:
            self.set_x(rx + 2)
            self.f(rsize - 1.2, "B")
            self.cell(rw - 4, lh, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(rx + 2)
            self.f(rsize)
            self.multi_cell(rw - 4, lh, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        ry = y0 + hbox
        self.set_xy(x0, y0)
        for para in left:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(left_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(ry, self.get_y()) + 2)
