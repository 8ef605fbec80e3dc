"""Drawing helpers for round DL, helper famdlc (Minnesota Refugee Medical Assistance eligibility-period claim
denials, site-neutral facility fee denials for an off-campus hospital clinic).

Why: both families print identifiers one character to a ruled box (as forms do, so O/0 and I/1 sit in boxes of
their own), and a heading-only date notice; the rest comes from the DK kit (caption grids, space-aligned tables,
fax header, nondiscrimination notice and taglines). Everything printed with them is invented.
"""

from __future__ import annotations

import random

from kit_rounddk_famdkf import DKSheet


def confusable_id(rng: random.Random, pattern: str) -> str:
    """'d' a digit, 'L' a letter (no O or I), 'o' letter O or digit 0, 'i' letter I or digit 1; else as is."""
    out = []
    for ch in pattern:
        if ch == "d":
            out.append(rng.choice("23456789"))
        elif ch == "L":
            out.append(rng.choice("ABCDEFGHJKMNPRTVWXY"))
        elif ch == "o":
            out.append(rng.choice("O0"))
        elif ch == "i":
            out.append(rng.choice("I1"))
        else:
            out.append(ch)
    return "".join(out)


class DLSheet(DKSheet):
    """DKSheet plus identifiers printed one character to a box, under a small caption."""

    def char_boxes(self, caption: str, value: str, cap: float = 6.2, val: float = 9.5, cw: float = 4.6,
                   h: float = 6, x: float | None = None, newline: bool = True):
        x0 = self.l_margin if x is None else x
        y0 = self.get_y()
        self.set_xy(x0, y0)
        self.f(cap)
        self.cell(len(value) * cw, cap * 0.42, caption)
        yb = y0 + cap * 0.42 + 0.5
        for i, ch in enumerate(value):
            self.rect(x0 + i * cw, yb, cw, h)
            self.set_xy(x0 + i * cw, yb + 0.4)
            self.set_font("Courier", "B", val)
            self.cell(cw, h - 0.8, ch, align="C")
        if newline:
            self.set_xy(self.l_margin, yb + h + 2)
        else:
            self.set_xy(x0 + len(value) * cw + 6, y0)
        return x0 + len(value) * cw
