"""Drawing helpers for round EA, helper famea (California GHPP authorization and claim notices; an invented
commercial plan refusing a home infusion company's factor and enzyme replacement claims sent by a billing service).

Why: both families need fax forms whose short captions sit in different places on one page (LEFT of a box, ABOVE
it or BELOW it), a letter set beside a sidebar box of facts, a rubber "received" stamp with its own date (a decoy
beside the notice date), and the date and money forms these papers use (04-MAR-2026, 4 March 2026,
03-mar-2026, "US$ 1.234,50"). Everything printed with them is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounddz_famdzd import DZSheet, people  # noqa: F401  (people re-exported for the family modules)
from public_kit import MONTHS_ES, fdate

WEEK_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def fd(d: dt.date, style: str, lang: str = "en") -> str:
    """public_kit's date styles plus 04-MAR-2026 ("mon"), 4 March 2026 ("dmyl"), 03-mar-2026 in Spanish
    ("es_mon")."""
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "dmyl":
        return d.strftime("%-d %B %Y")
    if style == "es_mon":
        return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"
    return fdate(d, style, lang)


def es_money(v: float, sign: str = "US$\u00a0") -> str:
    """1234.5 -> 'US$ 1.234,50' (the Spanish way: dot for thousands, comma for cents)."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{sign}{s}"


class EASheet(DZSheet):
    """DZSheet plus caption forms with captions left of, above or below their boxes, a letter beside a sidebar
    box, and a tilted rubber stamp."""

    def capform(self, rows: list[list[tuple]], size: float = 8.6, cap: float = 5.8, h: float = 7.2):
        """Rows of boxes; each cell (caption, value, where, width) with where 'left', 'above' or 'below'.
        A 'left' caption takes its own printed width plus a little air in front of the box."""
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            used = 0.0
            for caption, value, where, cw in row:
                self.f(cap, "B")
                ch = cap * 0.42
                if where == "left":
                    capw = self.get_string_width(caption) + 2.0
                    self.set_xy(x, y + (h - ch) / 2)
                    self.cell(capw, ch, caption)
                    bx, by, bw = x + capw, y, cw - capw - 1.5
                    used = max(used, h)
                elif where == "above":
                    self.set_xy(x, y)
                    self.cell(cw - 1.5, ch, caption)
                    bx, by, bw = x, y + ch + 0.5, cw - 1.5
                    used = max(used, ch + 0.5 + h)
                else:  # below
                    bx, by, bw = x, y, cw - 1.5
                    self.set_xy(x, y + h + 0.4)
                    self.cell(cw - 1.5, ch, caption)
                    used = max(used, h + 0.4 + ch)
                self.rect(bx, by, bw, h)
                self.set_xy(bx + 1.0, by + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(bw - 2, size * 0.45, value)
                x += cw
            self.set_xy(self.l_margin, y + used + 1.6)
        self.ln(1)

    def side_letter(self, paras: list[str], rows: list[tuple[str, str]], title: str | None = None,
                    side_w: float = 60, size: float = 9.4, gap: float = 5, left: bool = False):
        """Paragraphs in one column and a ruled box of facts beside them (at the right unless left=True)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        tw = W - side_w - gap
        sx = self.l_margin if left else self.l_margin + tw + gap
        tx = self.l_margin + side_w + gap if left else self.l_margin
        end_box = self.sidebar(rows, sx, y0, side_w, title=title, size=size - 1.0)
        self.set_xy(tx, y0)
        for p in paras:
            self.set_x(tx)
            self.f(size)
            self.multi_cell(tw, size * 0.47, p, new_x="LEFT", new_y="NEXT", markdown=True)
            self.ln(2)
        self.set_xy(self.l_margin, max(self.get_y(), end_box) + 2)

    def stamp(self, x: float, y: float, lines: list[str], angle: float = 7, size: float = 8.5):
        """A tilted ruled box of bold lines (a mail room's RECEIVED stamp); it carries a date nobody should use."""
        self.f(size, "B")
        w = max(self.get_string_width(s) for s in lines) + 8
        with self.rotation(angle, x + w / 2, y + 4):
            self.set_line_width(0.5)
            self.rect(x, y, w, len(lines) * size * 0.5 + 3)
            self.set_line_width(0.2)
            yy = y + 1.5
            for s in lines:
                self.set_xy(x, yy)
                self.f(size, "B")
                self.cell(w, size * 0.5, s, align="C")
                yy += size * 0.5
        self.set_xy(self.l_margin, self.get_y())
