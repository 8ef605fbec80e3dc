"""Drawing helpers for round DT, helper famdtd (Florida Healthy Kids claim and review notices from an invented health
plan; an invented commercial plan refusing an urgent care centre's X-ray or the radiology group's reading).

Why: both families need caption forms as offices fax them: small capital or abbreviated captions ("MBR #", "DOS",
"AMT BILLED", "REF NO.") above or beside ruled boxes, which a standard fax or a photocopy blurs first. Everything
printed with them is invented.
"""

from __future__ import annotations

from kit_roundds_famdsb import DSSheet, people  # noqa: F401  (people re-exported for the family modules)


class DTSheet(DSSheet):
    """DSSheet plus captions beside boxes and a fax-style title bar."""

    def beside(self, rows: list[list[tuple[str, str]]], cap_w: float = 24, cap: float = 6.0, size: float = 8.8,
               h: float = 7.0):
        """Rows of 'CAPTION [ value ]' pairs: the small caption at the left of its ruled box, the row split evenly."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            cw = W / len(row)
            y = self.get_y()
            for i, (k, v) in enumerate(row):
                x = self.l_margin + i * cw
                self.set_xy(x, y + 1.2)
                self.f(cap, "B")
                self.cell(cap_w, cap * 0.42, k)
                self.rect(x + cap_w, y, cw - cap_w - 1.5, h)
                self.set_xy(x + cap_w + 1.0, y + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(cw - cap_w - 3, size * 0.45, v)
            self.set_xy(self.l_margin, y + h + 1.2)
        self.ln(1.5)

    def title_bar(self, text: str, sub: str = "", size: float = 12):
        """A black bar with the form title in white, an optional small line under it (form number, revision)."""
        self.set_fill_color(30, 30, 30)
        self.set_text_color(255, 255, 255)
        self.f(size, "B")
        self.cell(0, size * 0.62, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if sub:
            self.f(6.8)
            self.cell(0, 3.4, sub, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
