"""Drawing helpers for round DQ, helper famdqe (Texas CHIP and CHIP Perinatal claim and service denials, several
in Spanish; emergency room visits an invented commercial plan found were not emergencies).

Why: both families need boxed forms with ticked checkboxes for the decision and the reason (a small square with
an X beside the chosen line) and a numbered section caption in a box at the left of a form. Everything printed
with them is invented.
"""

from __future__ import annotations

from kit_rounddp_famdpc import DPSheet, people  # noqa: F401  (people re-exported for the family modules)


class DQSheet(DPSheet):
    """DPSheet plus checkbox lists inside a ruled box and a numbered form-section caption."""

    def checks(self, title: str, items: list[tuple[bool, str]], size: float = 8.8, cols: int = 1):
        """A ruled box with a small title and one checkbox per item (ticked ones get an X)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.5, y0 + 1)
        self.f(6.4, "B")
        self.cell(0, 3.2, title.upper(), new_x="LMARGIN", new_y="NEXT")
        cw = (W - 3) / cols
        y = self.get_y() + 0.8
        lh = size * 0.46
        for i, (on, text) in enumerate(items):
            col = i % cols
            if col == 0 and i:
                y = row_end
            x = self.l_margin + 1.5 + col * cw
            self.rect(x, y + 0.5, 3.2, 3.2)
            if on:
                self.line_seg(x + 0.3, y + 0.8, x + 2.9, y + 3.4)
                self.line_seg(x + 2.9, y + 0.8, x + 0.3, y + 3.4)
            self.set_xy(x + 4.6, y)
            self.f(size, "B" if on else "")
            self.multi_cell(cw - 6, lh, text, new_x="LEFT", new_y="NEXT")
            end = self.get_y() + 1.2
            row_end = end if col == 0 else max(row_end, end)
        y = row_end
        self.rect(self.l_margin, y0, W, y - y0 + 0.6)
        self.set_xy(self.l_margin, y + 2.5)

    def section(self, num: str, text: str, size: float = 9.2):
        """A numbered section caption: the number in a filled square, the caption after it, a rule under both."""
        self.ln(1)
        y = self.get_y()
        self.set_fill_color(30, 30, 30)
        self.set_text_color(255, 255, 255)
        self.f(size, "B")
        self.cell(7, 5.6, num, fill=True, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_x(self.l_margin + 9)
        self.cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        self.line_seg(self.l_margin, y + 6.2, self.w - self.r_margin, y + 6.2)
        self.set_y(y + 7.5)
