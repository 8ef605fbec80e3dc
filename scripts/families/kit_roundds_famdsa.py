"""Drawing helpers for round DS, helper famdsa (Tennessee CoverKids notices of adverse benefit determination; a
Holter study billed in two parts, by the monitoring facility and by the reading cardiologist).

Why: both families need a claim table whose claims each carry two to four service lines (a claim header band, its
lines, a claim subtotal, a totals row at the end), and a ruled "who is who" box naming several parties (facility,
billing group, ordering / reading doctors, reviewer, case manager) with small captions. Everything printed with
them is invented.
"""

from __future__ import annotations

from kit_rounddr_famdrf import DRSheet, people  # noqa: F401  (people re-exported for the family modules)


class DSSheet(DRSheet):
    """DRSheet plus a grouped claim/line table and a captioned parties box."""

    def claim_lines(self, head: list[str], claims: list[tuple[str, list[list[str]], list[str]]],
                    widths: list[float], total: list[str] | None = None, size: float = 7.6, row_h: float = 4.8,
                    aligns: list[str] | None = None, band_size: float | None = None):
        """claims: (band text, line rows, subtotal row). Each claim: a shaded band, its lines, a bold subtotal."""
        aligns = aligns or ["L"] * len(widths)
        W = sum(widths)
        self.f(size - 0.4, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
        hh = n * lh + 1.5
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        for hc, w in zip(head, widths):
            self.rect(x, y0, w, hh)
            self.set_xy(x + 0.3, y0 + 0.6)
            self.multi_cell(w - 0.6, lh, hc, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y0 + hh)
        for band, rows, sub in claims:
            self.set_fill_color(228, 228, 228)
            self.f(band_size or size, "B")
            self.cell(W, row_h, " " + band, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255, 255, 255)
            for r in rows:
                self.f(size)
                for c, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, c, border="LR", align=a)
                self.ln(row_h)
            if sub:
                self.f(size, "B")
                for c, w, a in zip(sub, widths, aligns):
                    self.cell(w, row_h, c, border=1, align=a)
                self.ln(row_h)
        if total:
            self.ln(0.6)
            self.f(size + 0.3, "B")
            for c, w, a in zip(total, widths, aligns):
                self.cell(w, row_h + 0.6, c, border=1, align=a)
            self.ln(row_h + 0.6)
        self.ln(2)

    def parties(self, title: str, cells: list[tuple[str, str]], cols: int = 3, h: float = 10.2,
                lab: float = 6.0, val: float = 8.4):
        """A titled ruled grid: each cell a small caption over its value (role / who)."""
        W = self.w - self.l_margin - self.r_margin
        if title:
            self.f(6.6, "B")
            self.cell(0, 4, title.upper(), new_x="LMARGIN", new_y="NEXT")
        y = self.get_y()
        cw = W / cols
        for i, (k, v) in enumerate(cells):
            c, r = i % cols, i // cols
            bx, by = self.l_margin + c * cw, y + r * h
            self.rect(bx, by, cw, h)
            self.set_xy(bx + 1, by + 0.6)
            self.f(lab)
            self.cell(cw - 2, lab * 0.42, k)
            self.set_xy(bx + 1.2, by + lab * 0.42 + 1.6)
            self.f(val, "B")
            self.cell(cw - 2.4, val * 0.45, v)
        rows = (len(cells) + cols - 1) // cols
        self.set_xy(self.l_margin, y + rows * h + 2.5)
