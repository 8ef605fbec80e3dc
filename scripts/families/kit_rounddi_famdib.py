"""Drawing helpers for round DI, helper famdib (Delaware Medicaid managed care transition-of-care notices, power
wheelchair seat elevator and tilt option denials).

Why: both families need two page parts the DH kit lacks: a grid of small one-line captions with each value
below in its own ruled box (what standard-resolution faxes blur), and a two-column letter whose right-hand
facts column is a ruled box. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddh_famdhe import DHSheet


class DISheet(DHSheet):
    """DHSheet plus caption-over-box grids and a boxed right-hand facts column."""

    def capgrid(self, rows: list[list[tuple[str, str, float]]], cap: float = 6.5, val: float = 8.2,
                box_h: float = 5.6):
        """Rows of cells: a small caption on one line above, the value inside a ruled box below it."""
        for cells in rows:
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for label, value, w in cells:
                self.set_xy(x, y0)
                self.f(cap)
                self.cell(w - 2, cap * 0.42, label)
                self.rect(x, y0 + cap * 0.42 + 0.4, w - 2, box_h)
                self.set_xy(x + 1, y0 + cap * 0.42 + 0.6)
                self.f(val)
                self.cell(w - 4, box_h - 0.4, value)
                x += w
            self.set_xy(x0, y0 + cap * 0.42 + box_h + 2)

    def box_col(self, left: list[str], right: list[tuple[str, str]], left_w: float = 104, size: float = 9.5,
                rsize: float = 8.5, title: str | None = None):
        """Letter paragraphs on the left; a ruled box of label-over-value facts on the right."""
        x0, y0 = self.l_margin, self.get_y()
        rx = x0 + left_w + 5
        rw = self.w - self.r_margin - rx
        self.set_xy(rx + 2, y0 + 2)
        if title:
            self.f(rsize, "B")
            self.multi_cell(rw - 4, rsize * 0.5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
        for k, v in right:
            self.set_x(rx + 2)
            self.f(rsize - 1.2)
            self.cell(rw - 4, rsize * 0.4, k, new_x="LMARGIN", new_y="NEXT")
            self.set_x(rx + 2)
            self.f(rsize, "B")
            self.multi_cell(rw - 4, rsize * 0.46, v, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        ry = self.get_y() + 1
        self.rect(rx, y0, rw, ry - y0)
        self.set_xy(x0, y0)
        for para in left:
            self.f(size)
            self.set_x(x0)
            self.multi_cell(left_w, size * 0.47, para, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_y(max(ry, self.get_y()) + 2)
