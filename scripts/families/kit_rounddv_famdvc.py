"""Drawing helpers for round DV, helper famdvc (Kentucky KCHIP notices of action from an invented health plan; an
invented commercial plan refusing a stress echo billed by a hospital outpatient department or read by a cardiology
group).

Why: both families need form boxes with small captions above their values where a caption may run over two lines
("Date of / this notice") and one box may hold two values side by side under a split caption ("Member name |
Member ID"), and a remittance table whose claim number is printed once in a claim header row above its lines.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DVSheet(DTSheet):
    """DTSheet plus caption boxes with two-line or split captions and a claim-header table."""

    def capboxes(self, cells: list, widths: list[float], cap: float = 5.6, size: float = 8.6):
        """One band of ruled boxes. A cell is (caption, value) or ((caption1, caption2), (value1, value2)) for a
        box split in two by a thin rule. A caption may hold a newline (two caption lines over the value)."""
        lh = cap * 0.42
        nlines = 1
        for k, _ in cells:
            for c in (k if isinstance(k, tuple) else (k,)):
                nlines = max(nlines, c.count("\n") + 1)
        h = 1.2 + nlines * lh + 1.2 + size * 0.45 + 1.4
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            parts = list(zip(k, v)) if isinstance(k, tuple) else [(k, v)]
            pw = cw / len(parts)
            for j, (kk, vv) in enumerate(parts):
                px = x + j * pw
                if j:
                    self.line_seg(px, y + 0.8, px, y + h - 0.8)
                self.f(cap)
                for i, ln in enumerate(kk.split("\n")):
                    self.set_xy(px + 0.8, y + 0.7 + i * lh)
                    self.cell(pw - 1.2, lh, ln)
                self.set_xy(px + 1.2, y + 1.2 + nlines * lh + 1.0)
                self.f(size)
                self.cell(pw - 1.6, size * 0.45, vv)
            x += cw
        self.set_xy(self.l_margin, y + h)

    def claim_rows(self, head: list[str], groups: list[tuple[str, list[list[str]]]], widths: list[float],
                   size: float = 7.6, aligns: list[str] | None = None, total: list[str] | None = None):
        """A ruled table where each claim has a shaded header row ('Claim ... Patient ...') printed once, then
        its service lines; an optional bold totals row at the end."""
        aligns = aligns or ["L"] * len(widths)
        W = sum(widths)
        self.f(size - 0.4, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
        hh = n * lh + 1.5
        x0, y0 = self.get_x(), self.get_y()
        for hc, w in zip(head, widths):
            x = self.get_x()
            self.rect(x, y0, w, hh)
            self.set_xy(x, y0 + 0.5)
            self.multi_cell(w, lh, hc, new_x="RIGHT", new_y="TOP")
            self.set_xy(x + w, y0)
        self.set_xy(x0, y0 + hh)
        for title, lines in groups:
            self.set_fill_color(228, 228, 228)
            self.f(size, "B")
            self.cell(W, 5.0, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.f(size)
            for row in lines:
                for c, w, a in zip(row, widths, aligns):
                    self.cell(w, 5.0, c, border=1, align=a)
                self.ln(5.0)
        if total:
            self.f(size, "B")
            for c, w, a in zip(total, widths, aligns):
                self.cell(w, 5.2, c, border=1, align=a)
            self.ln(5.2)
        self.ln(2)
