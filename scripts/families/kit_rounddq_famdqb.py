"""Drawing helpers for round DQ, helper famdqb (Florida KidCare plan notices; speech generating device / AAC
tablet denials with the vendor's quote).

Why: both families need boxed forms with numbered captions over values and rows of checkboxes where only the
ticked box carries the decision or the reason (the tick is a drawn X, not a letter), plus a parent who shares
the child's last name. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddp_famdpc import DPSheet, people  # noqa: F401  (people re-exported for the family modules)


class DQSheet(DPSheet):
    """DPSheet plus numbered caption boxes of given widths and ticked checkbox rows."""

    def nboxes(self, cells: list[tuple[str, str, float]], h: float = 11.5, cap: float = 6.2, val: float = 9.2):
        """One row of ruled boxes: a small caption at the top ("7. Date(s) of service"), the value under it."""
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        for caption, value, w in cells:
            self.rect(x, y0, w, h)
            self.set_xy(x + 1, y0 + 0.7)
            self.f(cap)
            self.cell(w - 2, 2.8, caption)
            self.set_xy(x + 1.5, y0 + 4.6)
            self.f(val)
            self.cell(w - 3, 5, value)
            x += w
        self.set_xy(x0, y0 + h)

    def ticks(self, title: str, rows: list[tuple[bool, str]], size: float = 8.8, box: float = 3.4):
        """A captioned block of checkboxes; a ticked box gets a drawn X (no letter for a reader to copy)."""
        if title:
            self.f(size, "B")
            self.cell(0, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        for on, text in rows:
            y = self.get_y()
            x = self.l_margin + 2
            self.rect(x, y + 0.6, box, box)
            if on:
                self.set_line_width(0.5)
                self.line_seg(x + 0.4, y + 1.0, x + box - 0.4, y + box + 0.2)
                self.line_seg(x + box - 0.4, y + 1.0, x + 0.4, y + box + 0.2)
                self.set_line_width(0.2)
            self.set_xy(x + box + 2.5, y)
            self.f(size)
            self.multi_cell(self.w - self.r_margin - (x + box + 2.5), size * 0.48, text, new_x="LMARGIN",
                            new_y="NEXT")
            self.ln(1.0)
        self.ln(1.2)


def parent_of(rng, child: str, taken: list[str]) -> str:
    """A parent/guardian sharing the child's last name, first name unlike anyone else's on the page."""
    from public_kit import FIRST
    last = child.split()[-1]
    firsts = {n.split()[0] for n in [child, *taken]}
    first = rng.choice([f for f in FIRST if f not in firsts])
    return f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
