"""Drawing helpers shared by round CY helper famcyc's two families (Illinois MCO notices, pediatric dental GA).

Everything is fictional; values come from seeded generators so the files rebuild exactly.
"""

from __future__ import annotations

import random

from inv_kit import Doc

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    """inv_kit's Doc with DejaVu regular and bold (Spanish accents)."""

    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def dg(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def kv(d: Page, rows, w1: float = 58, size: float = 9.4, bold_value: bool = True, h: float = 5.2):
    """A label column: small label left, value right."""
    for a, b in rows:
        d.font(size - 0.6)
        d.cell(w1, h, a)
        d.font(size, "B" if bold_value else "")
        d.multi_cell(0, h, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def shaded(d: Page, text: str, size: float = 9.8):
    d.set_fill_color(230, 230, 230)
    d.font(size, "B")
    d.multi_cell(0, size * 0.56, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def address_block(d: Page, lines, size: float = 9.8):
    for ln in lines:
        d.text_line(ln, size)
    d.ln(4)
