"""Drawing helpers for round DZ, helper famdze (Georgia State Health Benefit Plan claim notices from an invented
claims administrator; an invented dental plan refusing orthodontic payments past a lifetime maximum).

Why: both families need a page set in two text columns (a phone photo of a multi-column notice), and a payment
schedule table whose rows are numbered installments with billed, allowed, paid and member-owes columns and a
totals row. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)
from public_kit import money


class DZSheet(DTSheet):
    """DTSheet plus two flowing text columns and an installment schedule table."""

    def columns(self, blocks: list[tuple[str, str]], n: int = 2, gap: float = 6, size: float = 9.0):
        """blocks: (heading or "", paragraph) placed down the first column, then the next, from the current y."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (n - 1)) / n
        y0 = self.get_y()
        per = (len(blocks) + n - 1) // n
        ymax = y0
        for c in range(n):
            x = self.l_margin + c * (cw + gap)
            self.set_xy(x, y0)
            for head, text in blocks[c * per:(c + 1) * per]:
                if head:
                    self.set_x(x)
                    self.f(size + 0.8, "B")
                    self.multi_cell(cw, size * 0.52, head, new_x="LEFT", new_y="NEXT")
                    self.ln(0.8)
                self.set_x(x)
                self.f(size)
                self.multi_cell(cw, size * 0.47, text, new_x="LEFT", new_y="NEXT", markdown=True)
                self.ln(2)
            ymax = max(ymax, self.get_y())
        if n > 1:
            for c in range(1, n):
                xl = self.l_margin + c * (cw + gap) - gap / 2
                self.line_seg(xl, y0, xl, ymax - 2)
        self.set_xy(self.l_margin, ymax)

    def schedule(self, head: list[str], rows: list[list], widths: list[float], size: float = 8.0,
                 tot_label: str = "TOTALS"):
        """rows: [lead cells..., billed, allowed, paid, owe, code]; a bold totals row sums the four money columns."""
        out, tot = [], [0.0, 0.0, 0.0, 0.0]
        for r in rows:
            vals = r[-5:-1]
            out.append([str(c) for c in r[:-5]] + [money(v, "nosign") for v in vals] + [r[-1]])
            tot = [a + b for a, b in zip(tot, vals)]
        nlead = len(rows[0]) - 5
        out.append([tot_label] + [""] * (nlead - 1) + [money(round(v, 2), "nosign") for v in tot] + [""])
        self.table(head, out, widths, size=size, aligns=["L"] * nlead + ["R"] * 4 + ["C"], bold_last=True,
                   row_h=5.2)
        return [round(v, 2) for v in tot]
