"""Drawing helpers for round DV, helper famdve (Arizona ALTCS notices of action from an invented program contractor;
an invented commercial plan deciding a mobile crisis team's and a behavioral health urgent care centre's claims).

Why: both families need forms of small captioned boxes whose captions may run over two lines and whose boxes may
hold two values side by side ("Member name | AHCCCS ID", "Date of this notice | Date mailed"), which a standard
fax or a photocopy blurs first. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddt_famdtd import DTSheet, people  # noqa: F401  (people re-exported for the family modules)


class DVSheet(DTSheet):
    """DTSheet plus rows of ruled boxes with (possibly two-line) captions above their values."""

    def boxes(self, rows: list[list[tuple[str, str, float]]], cap: float = 5.6, size: float = 8.6, pad: float = 0.7):
        """rows: [[(caption, value, width mm), ...], ...]. A caption may hold one "\\n" (two caption lines); a value
        and its caption may hold " | " to print two captioned values side by side in one box, split by a thin rule."""
        for row in rows:
            ncap = max(k.count("\n") + 1 for k, _, _ in row)
            h = pad + ncap * cap * 0.42 + 1.0 + size * 0.45 + pad + 0.6
            y = self.get_y()
            x = self.l_margin
            for k, v, cw in row:
                self.rect(x, y, cw, h)
                parts = v.split(" | ")
                pw = (cw - 1.6) / len(parts)
                self.f(cap, "B")
                for j, kp in enumerate(k.split(" | ")):
                    for i, kl in enumerate(kp.split("\n")):
                        self.set_xy(x + 0.9 + j * pw, y + pad + i * cap * 0.42)
                        self.cell(pw - 1, cap * 0.42, kl)
                vy = y + pad + ncap * cap * 0.42 + 1.0
                for j, pv in enumerate(parts):
                    self.set_xy(x + 1.2 + j * pw, vy)
                    self.f(size)
                    self.cell(pw - 1, size * 0.45, pv)
                    if j:
                        self.line_seg(x + 0.6 + j * pw, vy - 0.3, x + 0.6 + j * pw, y + h - 0.6)
                x += cw
            self.set_xy(self.l_margin, y + h)
        self.ln(2)
