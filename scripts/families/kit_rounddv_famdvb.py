"""Drawing helpers for round DV, helper famdvb (WVCHIP notices from an invented claims administrator; an invented
commercial plan ending a skilled nursing stay's coverage while the attending physician's visits are paid).

Why: both families need fax-office forms whose small captions sit above their values in ruled boxes, some
captions in two lines and some boxes holding two values side by side ("Member name | Member ID"), which a
standard fax or a photocopy blurs first. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DVSheet(DTSheet):
    """DTSheet plus boxes with one- or two-line captions and split boxes holding two captioned values."""

    def cbox_row(self, cells: list[tuple[str, str]], widths: list[float], cap: float = 5.6, size: float = 8.8,
                 h: float | None = None):
        """A row of ruled boxes: the caption (may hold a newline: two lines) in small type, the value under it.
        A cell whose caption contains ' | ' is split by a thin rule into two captioned halves."""
        lh = cap * 0.42
        nl = max(k.count("\n") + 1 for k, _ in cells)
        h = h or (nl * lh + size * 0.45 + 3.2)
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            parts = [(k, v)]
            if " | " in k:
                parts = list(zip(k.split(" | "), v.split(" | ")))
                self.line_seg(x + cw / 2, y + 0.8, x + cw / 2, y + h - 0.8)
            pw = cw / len(parts)
            for j, (kk, vv) in enumerate(parts):
                px = x + j * pw
                self.f(cap)
                for i, ln in enumerate(kk.split("\n")):
                    self.set_xy(px + 0.8, y + 0.6 + i * lh)
                    self.cell(pw - 1.2, lh, ln)
                self.set_xy(px + 1.0, y + 0.6 + nl * lh + 1.0)
                self.f(size, "B")
                self.cell(pw - 1.6, size * 0.45, vv)
            x += cw
        self.set_xy(self.l_margin, y + h)
