"""Drawing helpers for round DQ, helper famdqf (Wisconsin Family Care MCO notices of adverse benefit
determination; orthoptic vision therapy sessions denied as not needed, with the optometrist's progress report).

Why: both families need boxed forms whose decision and reason are ticked checkboxes (a small square with an X
beside each printed choice), and a numbered form section with a caption bar. Everything printed with them is
invented.
"""

from __future__ import annotations

from kit_rounddp_famdpc import DPSheet, people  # noqa: F401  (people re-exported for the family modules)


class DQSheet(DPSheet):
    """DPSheet plus ticked checkbox lists and a numbered, outlined form section."""

    def tick(self, x: float, y: float, on: bool, s: float = 3.2):
        """One checkbox at (x, y); an X drawn across it when ticked."""
        self.rect(x, y, s, s)
        if on:
            self.line_seg(x + 0.5, y + 0.5, x + s - 0.5, y + s - 0.5)
            self.line_seg(x + 0.5, y + s - 0.5, x + s - 0.5, y + 0.5)

    def checks(self, options: list[str], ticked: set[int], cols: int = 1, size: float = 8.8, caption: str = "",
               h: float = 5.2):
        """Checkbox choices in `cols` columns, each a box then its text; `ticked` holds the chosen indexes."""
        W = self.w - self.l_margin - self.r_margin
        if caption:
            self.f(6.6, "B")
            self.cell(0, 3.8, caption.upper(), new_x="LMARGIN", new_y="NEXT")
        cw = W / cols
        y = self.get_y()
        for i, opt in enumerate(options):
            r, c = divmod(i, cols)
            x = self.l_margin + c * cw
            yy = y + r * h
            self.tick(x + 1, yy + 0.9, i in ticked)
            self.set_xy(x + 5.5, yy)
            self.f(size)
            self.cell(cw - 6, h, opt)
        rows = (len(options) + cols - 1) // cols
        self.set_xy(self.l_margin, y + rows * h + 1.5)

    def section(self, num: str, text: str, size: float = 9.2):
        """A numbered form section: an outlined caption cell with the section number in a black square."""
        W = self.w - self.l_margin - self.r_margin
        self.ln(1.2)
        y = self.get_y()
        self.set_fill_color(0, 0, 0)
        self.set_text_color(255, 255, 255)
        self.f(size, "B")
        self.cell(7, 5.6, num, fill=True, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.cell(W - 7, 5.6, " " + text, border=1)
        self.set_xy(self.l_margin, y + 7)
