"""Drawing helpers for round DV, helper famdvf (New York Medicaid Advantage Plus integrated notices from an invented
plan; an invented commercial plan refusing an optical shop's frames or lenses while the optometrist's exam is paid).

Why: both families need form boxes with small captions ABOVE their values where a caption may run over two lines
("Date of this\nnotice") and one box may hold two values side by side under one caption ("Member name | Member ID",
"Date of notice | Date mailed"), which a standard fax or a photocopy blurs first. Everything printed with them is
invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DVSheet(DTSheet):
    """DTSheet plus a row of caption-above boxes with two-line captions and split (two-value) boxes."""

    def boxes(self, cells: list[tuple[str, object]], widths: list[float] | None = None, cap: float = 5.6,
              size: float = 8.8, bold: bool = False):
        """cells: (caption, value) or (caption, [value, value]); a caption may hold one '\\n' (two lines). A split
        box prints its two values side by side with a thin rule between them, under the one caption."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        nmax = max(len(k.split("\n")) for k, _ in cells)
        ch = cap * 0.42
        h = nmax * ch + 1.6 + size * 0.45 + 2.0
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            self.f(cap)
            yy = y + 0.6
            for ln in k.split("\n"):
                self.set_xy(x + 0.9, yy)
                self.cell(cw - 1.5, ch, ln)
                yy += ch
            vals = v if isinstance(v, list) else [v]
            pw = cw / len(vals)
            vy = y + h - size * 0.45 - 1.3
            for j, val in enumerate(vals):
                px = x + j * pw
                if j:
                    self.line_seg(px, vy - 0.6, px, y + h - 0.6)
                self.set_xy(px + 1.2, vy)
                self.f(size, "B" if bold else "")
                self.cell(pw - 2, size * 0.45, val)
            x += cw
        self.set_xy(self.l_margin, y + h)
