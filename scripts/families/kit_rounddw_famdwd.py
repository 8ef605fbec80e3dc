"""Drawing helpers for round DW, helper famdwd (Mississippi CHIP notices from an invented plan; an invented commercial
plan deciding a chiropractic clinic's and a massage therapy practice's claims under yearly visit limits).

Why: both families print claims summaries whose claim number heads a block of service lines; that heading must be
one full-width ruled row (no column rules through the number), as statements print it. Everything printed with
it is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DWSheet(DTSheet):
    """DTSheet plus a table whose string rows are full-width block headings (a claim number over its lines)."""

    def block_table(self, head: list[str], rows: list, widths: list[float], size: float = 8.2,
                    row_h: float = 5.2, aligns: list[str] | None = None, bold_last: bool = False, shade: int = 235):
        aligns = aligns or ["L"] * len(widths)
        self.table(head, [], widths, size=size, row_h=row_h, aligns=aligns)
        self.set_y(self.get_y() - 2)
        W = sum(widths)
        for i, row in enumerate(rows):
            if isinstance(row, str):
                self.set_fill_color(shade, shade, shade)
                self.f(size, "B")
                self.cell(W, row_h, " " + row, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
                continue
            self.f(size, "B" if bold_last and i == len(rows) - 1 else "")
            for c, w, a in zip(row, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a)
            self.ln(row_h)
        self.ln(2)
