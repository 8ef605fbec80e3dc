"""Drawing helpers for round EA, helper famec (Missouri Rx Plan (MoRx) pharmacy notices; an invented university student
health insurance plan writing to students and parents).

Why: both families need a claim form whose short captions sit in three places (left of the box, above it, under
it) on the same form, a letter whose text runs in a column beside a ruled box of facts, and a receipt-style band
of values with their captions under them. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddz_famdzd import DZSheet, people  # noqa: F401  (people re-exported for the family modules)


class EASheet(DZSheet):
    """DZSheet plus a mixed-caption form, a letter beside a facts box and a boxed band with captions under it."""

    def capform(self, rows: list[list[tuple]], cap: float = 5.8, size: float = 8.8, h: float = 6.6,
                cap_w: float = 17, gap: float = 1.6):
        """Rows of cells (caption, value, where[, share]): where 'L' puts the small caption left of the ruled box,
        'A' above it and 'B' under it; share is the cell's part of the row (default equal)."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            shares = [c[3] if len(c) > 3 else 1.0 for c in row]
            tot = sum(shares)
            y = self.get_y()
            has_a = any(c[2] == "A" for c in row)
            has_b = any(c[2] == "B" for c in row)
            ybox = y + (cap * 0.45 + 0.6 if has_a else 0)
            x = self.l_margin
            for (k, v, where, *_), sh in zip(row, shares):
                cw = W * sh / tot
                bx, bw = x, cw - gap
                if where == "L":
                    self.set_xy(x, ybox + (h - cap * 0.42) / 2)
                    self.f(cap, "B")
                    self.cell(cap_w, cap * 0.42, k)
                    bx, bw = x + cap_w, cw - cap_w - gap
                elif where == "A":
                    self.set_xy(x, y)
                    self.f(cap, "B")
                    self.cell(bw, cap * 0.42, k)
                else:
                    self.set_xy(x, ybox + h + 0.3)
                    self.f(cap, "B")
                    self.cell(bw, cap * 0.42, k)
                self.rect(bx, ybox, bw, h)
                self.set_xy(bx + 0.9, ybox + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(bw - 1.6, size * 0.45, v)
                x += cw
            self.set_xy(self.l_margin, ybox + h + (cap * 0.45 + 0.8 if has_b else 0) + 1.6)
        self.ln(1)

    def beside_box(self, side_rows: list[tuple[str, str]], paras: list[str], side_title: str | None = None,
                   side_w: float = 58, gap: float = 6, size: float = 9.6, side_size: float = 8.2):
        """Letter paragraphs in a left column with a ruled facts box (label over value) at the right."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        end_side = self.sidebar(side_rows, self.l_margin + W - side_w, y0, side_w, title=side_title, size=side_size)
        self.set_xy(self.l_margin, y0)
        for p in paras:
            self.col_para(p, W - side_w - gap, size=size)
        self.set_y(max(self.get_y(), end_side) + 2)

    def boxed_under(self, cells: list[tuple[str, str]], widths: list[float] | None = None, size: float = 9.2,
                    cap: float = 5.8, h: float = 7.2):
        """One band of ruled boxes, the value inside each box and its small caption printed under the box."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw - 1.2, h)
            self.set_xy(x + 1, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(cw - 3, size * 0.45, v)
            self.set_xy(x, y + h + 0.4)
            self.f(cap)
            self.cell(cw - 1.5, cap * 0.42, k)
            x += cw
        self.set_xy(self.l_margin, y + h + cap * 0.42 + 3)

    def msgbox(self, title: str, text: str, size: float = 8.8):
        """A ruled message box: a small capital title, then the text (what a claim form's 'Message' area holds)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.5, y0 + 1)
        self.f(6.2, "B")
        self.cell(0, 3, title.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin + 1.5)
        self.f(size)
        self.multi_cell(W - 3, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 1
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 2.5)
