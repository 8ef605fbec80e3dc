"""Drawing helpers for round DL, helper famdla (World Trade Center Health Program treatment-not-certified
notices, procedure-to-procedure bundling edits).

Why: both families print identifiers one character per ruled box (as forms do, so that letter O / digit 0 and
letter I / digit 1 stand alone in their boxes with no word around them), notices whose only date is in a title
line, and a sender block letterhead for a provider's own letter. The DK kit's DKSheet gives the rest (fax header,
caption-over-box grid, space-aligned tables, boilerplate). Everything printed with them is invented.
"""

from __future__ import annotations

import random

from kit_rounddk_famdkf import DKSheet


def confusable_id(rng: random.Random, pattern: str) -> str:
    """'d' a digit, 'L' a capital letter (no O/I), 'c' one of O 0 I 1, anything else as is."""
    out = []
    for ch in pattern:
        if ch == "d":
            out.append(rng.choice("23456789"))
        elif ch == "L":
            out.append(rng.choice("ACDEFHJKMNPRTWXY"))
        elif ch == "c":
            out.append(rng.choice("O0I1"))
        else:
            out.append(ch)
    return "".join(out)


class DLSheet(DKSheet):
    """DKSheet plus identifiers printed one character per box and a title line carrying the date."""

    def charboxes(self, caption: str, value: str, cell: float = 4.6, cap: float = 6.2, val: float = 9.5,
                  x: float | None = None, newline: bool = True):
        """A small caption, then the value one character per ruled box (dashes printed in their own box)."""
        x0 = self.l_margin if x is None else x
        y0 = self.get_y()
        self.set_xy(x0, y0)
        self.f(cap)
        self.cell(len(value) * cell, cap * 0.42, caption)
        yb = y0 + cap * 0.42 + 0.5
        for i, ch in enumerate(value):
            self.rect(x0 + i * cell, yb, cell, cell + 1)
            self.set_xy(x0 + i * cell, yb + 0.3)
            self.f(val)
            self.cell(cell, cell + 0.4, ch, align="C")
        if newline:
            self.set_xy(self.l_margin, yb + cell + 3)
        return x0 + len(value) * cell

    def charbox_row(self, items: list[tuple[str, str]], gap: float = 7, cell: float = 4.6, **k):
        """Several boxed identifiers side by side."""
        x = self.l_margin
        y = self.get_y()
        bottom = y
        for cap, v in items:
            self.set_y(y)
            x = self.charboxes(cap, v, cell=cell, x=x, newline=False, **k) + gap
            bottom = max(bottom, self.get_y())
        self.set_xy(self.l_margin, y + 6.2 * 0.42 + cell + 4)

    def title_line(self, text: str, size: float = 12, rule: bool = True):
        """A bold title line (the only place some notices print their date)."""
        self.f(size, "B")
        self.multi_cell(0, size * 0.52, text, new_x="LMARGIN", new_y="NEXT")
        if rule:
            y = self.get_y() + 0.6
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(2)

    def letterhead(self, name: str, lines: list[str], size: float = 13):
        """A provider's letterhead: name, then small lines, and a rule."""
        self.f(size, "B")
        self.cell(0, size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
        self.f(7.6)
        for ln in lines:
            self.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 4)
