"""Drawing helpers for round DV, helper famdvd (MyCare Ohio notices from an invented plan; an invented commercial plan
refusing a child's speech therapy after the audiologist's evaluation was paid).

Why: both families need forms whose small captions sit above their values, some captions broken over two lines and
some boxes holding two values side by side ("Member name | Member ID", "Date of notice | Date mailed"), which a
standard fax or a photocopy blurs first. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DVSheet(DTSheet):
    """DTSheet plus caption-above boxes with two-line captions and split (two-value) boxes."""

    def cboxes(self, row: list[tuple[str, object]], widths: list[float] | None = None, cap: float = 5.6,
               size: float = 8.6, h: float | None = None):
        """One row of ruled boxes. Each cell is (caption, value) or (caption, (value1, value2)): a caption holding
        '\\n' prints on two small lines; a pair value splits the box with a thin rule, the caption split by ' | '."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(row)] * len(row)
        lines = max(len(k.split("\n")) for k, _ in row)
        ch = cap * 0.42
        h = h or (lines * ch + 1.4 + size * 0.45 + 2.2)
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(row, widths):
            self.rect(x, y, cw, h)
            parts = [(k, v, x, cw)]
            if isinstance(v, tuple):
                caps = k.split(" | ")
                half = cw / 2
                self.line_seg(x + half, y, x + half, y + h)
                parts = [(caps[0], v[0], x, half), (caps[-1], v[1], x + half, half)]
            for kk, vv, xx, ww in parts:
                for i, cl in enumerate(kk.split("\n")):
                    self.set_xy(xx + 0.9, y + 0.6 + i * ch)
                    self.f(cap)
                    self.cell(ww - 1.4, ch, cl)
                self.set_xy(xx + 1.1, y + h - size * 0.45 - 1.2)
                self.f(size)
                self.cell(ww - 1.6, size * 0.45, vv)
            x += cw
        self.set_xy(self.l_margin, y + h)

    def checkline(self, items: list[tuple[bool, str]], size: float = 8.2):
        """A row of small square check boxes with labels (an X in the ticked ones)."""
        x = self.l_margin
        y = self.get_y() + 1
        for on, label in items:
            self.rect(x, y, 3, 3)
            if on:
                self.line_seg(x, y, x + 3, y + 3)
                self.line_seg(x, y + 3, x + 3, y)
            self.set_xy(x + 4, y - 0.2)
            self.f(size)
            wlab = self.get_string_width(label) + 7
            self.cell(wlab, 3.4, label)
            x += wlab + 4
        self.set_xy(self.l_margin, y + 5)
