"""Drawing helpers for round DT, helper famdta (Pennsylvania CHIP managed-care plan notices; an invented commercial
plan refusing a pediatric therapy clinic's and a prescribing physician's visits past a limit).

Why: both families need forms whose captions sit BESIDE their boxes (small capitals, abbreviated: "MBR #", "DOS",
"AMT BILLED", "REF NO.") as well as above them, and a "for" block that names the member under the addressee
block (a parent or guardian receives the letter about a child). Everything printed with them is invented.
"""

from __future__ import annotations

from kit_roundds_famdsb import DSSheet, people  # noqa: F401  (people re-exported for the family modules)


class DTSheet(DSSheet):
    """DSSheet plus side-captioned boxes and a 'regarding' block."""

    def side_boxes(self, rows: list[list[tuple[str, str, float]]], cap: float = 5.6, size: float = 8.8,
                   h: float = 6.4):
        """Rows of (caption, value, box width): the caption in small capitals left of a ruled box holding the value."""
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            for k, v, bw in row:
                self.f(cap, "B")
                cw = self.get_string_width(k) + 1.5
                self.set_xy(x, y + (h - cap * 0.42) / 2)
                self.cell(cw, cap * 0.42, k)
                self.rect(x + cw, y, bw, h)
                self.set_xy(x + cw + 0.8, y + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(bw - 1.2, size * 0.45, v)
                x += cw + bw + 2.5
            self.set_xy(self.l_margin, y + h + 1.6)
        self.ln(1)

    def regarding(self, rows: list[tuple[str, str]], x: float | None = None, size: float = 9.2, w: float = 80):
        """A ruled box of label: value lines (e.g. 'For:' the member, 'Member ID', 'Date of birth')."""
        x = self.l_margin if x is None else x
        y0 = self.get_y()
        self.set_xy(x + 1.5, y0 + 1.2)
        for k, v in rows:
            self.set_x(x + 1.5)
            self.f(size - 1.2, "B")
            self.cell(26, size * 0.52, k)
            self.f(size)
            self.cell(w - 29, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 1.2
        self.rect(x, y0, w, y1 - y0)
        self.set_xy(self.l_margin, y1 + 3)
