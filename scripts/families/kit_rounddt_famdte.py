"""Drawing helpers for round DT, helper famdte (MassHealth CommonHealth notices from an invented plan; an invented
commercial plan refusing residential treatment days for a teenager, its letters addressed to a guardian).

Why: both families need form rows whose small captions sit BESIDE their boxes (caption at the left in small
capitals, often abbreviated: "MBR #", "DOS", "AMT BILLED", "REF NO."), and an addressee block with a separate
"Patient" / "Enrollee" / "For" line, so that who the member is shows only by layout. Everything printed with them is
invented.
"""

from __future__ import annotations

from kit_roundds_famdsb import DSSheet, people  # noqa: F401  (people re-exported for the family modules)


class DTSheet(DSSheet):
    """DSSheet plus caption-beside-box rows and an addressee block with a 'for' line at the right."""

    def side_boxes(self, cells: list[tuple[str, str, float, float]], size: float = 8.6, cap: float = 5.6,
                   h: float = 6.4, gap: float = 1.6):
        """One row of (CAPTION, value, caption width, box width): the caption in small type left of a ruled box."""
        y = self.get_y()
        x = self.l_margin
        for k, v, kw, bw in cells:
            self.set_xy(x, y + (h - cap * 0.42) / 2)
            self.f(cap, "B")
            self.cell(kw, cap * 0.42, k, align="R")
            self.rect(x + kw + 0.8, y, bw, h)
            self.set_xy(x + kw + 1.6, y + (h - size * 0.45) / 2)
            self.f(size)
            self.cell(bw - 1.6, size * 0.45, v)
            x += kw + 0.8 + bw + 2.2
        self.set_xy(self.l_margin, y + h + gap)

    def addressee_for(self, to_lines: list[str], label: str, for_rows: list[tuple[str, str]], size: float = 9.6):
        """The mailing block at the left; at the right a small ruled box 'label' with label/value lines."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        for ln in to_lines:
            self.set_x(self.l_margin)
            self.f(size)
            self.cell(W * 0.5, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        end_left = self.get_y()
        x = self.l_margin + W * 0.55
        yy = self.sidebar(for_rows, x, y, W * 0.45, title=label, size=8.2)
        self.set_xy(self.l_margin, max(end_left, yy) + 3)
