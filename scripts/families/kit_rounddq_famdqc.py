"""Drawing helpers for round DQ, helper famdqc (Virginia FAMIS notices of adverse benefit determination; an
invented plan refusing a hypoglossal nerve stimulator implant for sleep apnea).

Why: both families need boxed forms whose decision and reason are ticked checkboxes (a small square with an X
beside each printed choice, most left empty), and a caption box of several lines (a provider block or a reason
in the writer's own words) inside the form's grid. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddp_famdpc import DPSheet, people  # noqa: F401  (people re-exported for the family modules)


class DQSheet(DPSheet):
    """DPSheet plus checkbox rows and a captioned multi-line box."""

    def tick(self, x: float, y: float, on: bool, s: float = 3.0):
        """One checkbox square at (x, y); an X drawn in it when ticked."""
        self.rect(x, y, s, s)
        if on:
            self.line_seg(x + 0.5, y + 0.5, x + s - 0.5, y + s - 0.5)
            self.line_seg(x + 0.5, y + s - 0.5, x + s - 0.5, y + 0.5)

    def checks(self, caption: str, options: list[str], ticked: set[int] | list[int], cols: int = 2,
               size: float = 8.4, cap: float = 6.6, row_h: float = 5.2):
        """A ruled box: a small caption, then the options in columns, each with its checkbox."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.2, y0 + 0.8)
        self.f(cap, "B")
        self.cell(W - 2, cap * 0.45, caption.upper())
        y = y0 + 0.8 + cap * 0.45 + 1.2
        cw = W / cols
        rows = (len(options) + cols - 1) // cols
        for i, opt in enumerate(options):
            r, c = i % rows, i // rows
            x = self.l_margin + 2 + c * cw
            yy = y + r * row_h
            self.tick(x, yy + 0.6, i in set(ticked))
            self.set_xy(x + 4.5, yy)
            self.f(size)
            self.cell(cw - 7, row_h - 0.6, opt)
        h = (y - y0) + rows * row_h + 1
        self.rect(self.l_margin, y0, W, h)
        self.set_xy(self.l_margin, y0 + h)

    def capbox(self, caption: str, text: str, size: float = 8.8, cap: float = 6.6):
        """A ruled box with a small caption over a wrapped paragraph (e.g. 'Reason for our decision')."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 1.2, y0 + 0.8)
        self.f(cap, "B")
        self.cell(W - 2, cap * 0.45, caption.upper())
        self.set_xy(self.l_margin + 1.2, y0 + 0.8 + cap * 0.45 + 1.2)
        self.f(size)
        self.multi_cell(W - 2.4, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        h = self.get_y() - y0 + 1.2
        self.rect(self.l_margin, y0, W, h)
        self.set_xy(self.l_margin, y0 + h)
