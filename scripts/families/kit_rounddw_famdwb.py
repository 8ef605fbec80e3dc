"""Drawing helpers for round DW, helper famdwb (Michigan Healthy Kids Dental notices from an invented dental plan;
an invented commercial plan refusing a supplier's custom foot orthotics after the podiatrist's visits were paid).

Why: both families need claims tables whose rows run over two lines (a wrapped service description or a provider
name with its location under it) and claim blocks in which the claim number heads its own service lines (a shaded
heading row across the table, then the lines, then a claim total). Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DWSheet(DTSheet):
    """DTSheet plus a table whose cells wrap (rows grow to two or three lines) and claim blocks."""

    def wrap_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2,
                   aligns: list[str] | None = None, bold_rows: tuple = (), shade_rows: tuple = ()):
        """A ruled table whose body cells wrap inside their column; each row is as tall as its tallest cell."""
        aligns = aligns or ["L"] * len(widths)
        lh = size * 0.45
        self.f(size - 0.6, "B")
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.6
        x0, y = self.l_margin, self.get_y()
        x = x0
        self.set_fill_color(225, 225, 225)
        for h, w in zip(head, widths):
            self.rect(x, y, w, hh, style="DF")
            self.set_xy(x + 0.5, y + 0.8)
            self.multi_cell(w - 1, lh, h, new_x="RIGHT", new_y="TOP")
            x += w
        y += hh
        for i, row in enumerate(rows):
            self.f(size, "B" if i in bold_rows else "")
            n = max(len(self.multi_cell(w - 1, lh, c or " ", dry_run=True, output="LINES")) for c, w in zip(row, widths))
            rh = n * lh + 1.6
            if y + rh > self.h - 22:
                self.add_page(orientation=self.cur_orientation)
                y = self.get_y()
            x = x0
            for c, w, a in zip(row, widths, aligns):
                if i in shade_rows:
                    self.set_fill_color(238, 238, 238)
                    self.rect(x, y, w, rh, style="DF")
                else:
                    self.rect(x, y, w, rh)
                self.set_xy(x + 0.5, y + 0.8)
                self.multi_cell(w - 1, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                x += w
            y += rh
        self.set_xy(x0, y + 2)

    def claim_blocks(self, blocks: list[dict], widths: list[float], head: list[str], size: float = 8.0,
                     money_cols: int = 3):
        """blocks: [{"title": "Claim 123 - Office - received ...", "lines": [[cells]], "total": [cells]}].
        The claim heading is a shaded bar across the table; its lines follow; a bold total row ends the block."""
        W = sum(widths)
        self.f(size - 0.4, "B")
        y = self.get_y()
        x = self.l_margin
        for h, w in zip(head, widths):
            self.rect(x, y, w, 6.5)
            self.set_xy(x + 0.5, y + 1.4)
            self.cell(w - 1, 3.6, h)
            x += w
        self.set_xy(self.l_margin, y + 6.5)
        aligns = ["L"] * (len(widths) - money_cols - 1) + ["R"] * money_cols + ["C"]
        for b in blocks:
            self.set_fill_color(215, 215, 215)
            self.f(size, "B")
            self.cell(W, 5.6, " " + b["title"], border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.f(size)
            for ln in b["lines"]:
                for c, w, a in zip(ln, widths, aligns):
                    self.cell(w, 5.2, c, border=1, align=a)
                self.ln(5.2)
            if b.get("total"):
                self.f(size, "B")
                for c, w, a in zip(b["total"], widths, aligns):
                    self.cell(w, 5.2, c, border=1, align=a)
                self.ln(5.2)
        self.ln(2)
