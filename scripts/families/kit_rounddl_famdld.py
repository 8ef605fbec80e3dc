"""Drawing helpers for round DL, helper famdld (Medicare Advantage SSBCI supplemental benefit eligibility denials,
dental periodontal maintenance vs prophylaxis frequency EOBs).

Why: both families need an identifier printed one character per ruled box under a small caption (as claim forms
print them), an identifier that breaks across two lines, and an address block whose ZIP+4 looks like an ID.
Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddk_famdkf import DKSheet


class DLSheet(DKSheet):
    """DKSheet plus one-character-per-box identifiers and a plan address block."""

    def charboxes(self, caption: str, value: str, x: float | None = None, cw: float = 4.2, h: float = 5.4,
                  cap: float = 6.2, val: float = 8.6, newline: bool = True):
        """A small caption, then each character of value in its own ruled box."""
        x = self.l_margin if x is None else x
        y = self.get_y()
        self.set_xy(x, y)
        self.f(cap)
        self.cell(len(value) * cw, cap * 0.42, caption)
        y2 = y + cap * 0.42 + 0.5
        for i, ch in enumerate(value):
            self.rect(x + i * cw, y2, cw, h)
            self.set_xy(x + i * cw, y2 + 0.2)
            self.f(val)
            self.cell(cw, h - 0.4, ch, align="C")
        if newline:
            self.set_xy(self.l_margin, y2 + h + 2)
        else:
            self.set_xy(x + len(value) * cw + 4, y)
        return x + len(value) * cw

    def addr(self, lines: list[str], size: float = 8.5, x: float | None = None):
        for ln in lines:
            self.set_x(self.l_margin if x is None else x)
            self.f(size)
            self.cell(0, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
