"""Drawing helpers for round DN, helper famdnb (US Family Health Plan designated-provider denials; birthday-rule
coordination of benefits denials of a child's claims).

Why: both families need a barcode with its caption (a case number printed only there), a card block in a ruled
box beside the address, and a letterhead with a second "send payments to" address. Everything printed with them
is invented.
"""

from __future__ import annotations

import random

from kit_rounddm_famdme import DMSheet


class DNSheet(DMSheet):
    """DMSheet plus a barcode with a caption and a small ruled card block."""

    def barcode(self, x: float, y: float, caption: str, rng: random.Random, w: float = 62, h: float = 8):
        """A fake 1-D barcode (random bars) with its caption in small type under it."""
        xx = x
        while xx < x + w:
            bw = rng.choice([0.3, 0.3, 0.5, 0.8])
            self.rect(xx, y, bw, h, style="F")
            xx += bw + rng.choice([0.3, 0.5, 0.7])
        self.set_xy(x, y + h + 0.6)
        self.f(7)
        self.cell(w, 3, caption, align="C")

    def card(self, rows: list[tuple[str, str]], x: float, y: float, w: float, title: str, size: float = 8):
        """A ruled box like the member's ID card: a title, then 'label  value' lines."""
        self.set_xy(x + 2, y + 1.5)
        self.f(size + 0.5, "B")
        self.cell(w - 4, size * 0.5, title, new_x="LEFT", new_y="NEXT")
        yy = self.get_y() + 1
        for k, v in rows:
            self.set_xy(x + 2, yy)
            self.f(size - 0.8)
            self.cell(w * 0.38, size * 0.5, k)
            self.f(size, "B")
            self.cell(w * 0.62 - 4, size * 0.5, v)
            yy += size * 0.5 + 0.9
        self.rect(x, y, w, yy - y + 1.2)
        return yy + 1.2
