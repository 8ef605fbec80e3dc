"""Drawing helpers for round EA, helper famed (Washington's Uniform Medical Plan for PEBB and SEBB members with an
invented claims administrator; an invented hearing benefit manager paying audiology clinics for several employers).

Why: both families need caption forms whose short captions ("Svc Dt(s)", "Bene ID", "Ref/ICN", "Amt Billed") sit
at the LEFT of a box, ABOVE it or BELOW it inside one row, letters whose facts stand in a box at the right while
the text runs in a narrower left column, and a small ledger of amounts (billed / allowed / paid / owed) under a
letter. Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddz_famdzd import DZSheet, people  # noqa: F401  (people re-exported for the family modules)
from public_kit import money

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def es_money(v: float) -> str:
    """1.234,50 the way a Spanish-language letter prints it (with US$ in front)."""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def nb(text: str) -> str:
    """Keep a date or a name on one line inside a narrow column (no-break spaces)."""
    return text.replace(" ", "\u00a0")


class EASheet(DZSheet):
    """DZSheet plus a mixed-caption form row, a letter with a fact box at its right and an amount ledger."""

    def capform(self, rows: list[list[tuple[str, str, str, float]]], size: float = 8.8, cap: float = 5.8,
                h: float = 7.2, cap_w: float = 19):
        """Rows of (pos, caption, value, share) cells. pos "L": caption at the left of the box; "A": above it;
        "B": below it. share is the cell's part of the page width (a row's shares add up to 1)."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            row_h = h
            for pos, k, v, share in row:
                cw = W * share
                if pos == "L":
                    self.set_xy(x, y + (h - cap * 0.42) / 2)
                    self.f(cap, "B")
                    self.cell(cap_w, cap * 0.42, k)
                    bx, by, bw = x + cap_w, y, cw - cap_w - 1.5
                elif pos == "A":
                    self.set_xy(x, y)
                    self.f(cap, "B")
                    self.cell(cw - 2, cap * 0.42, k)
                    bx, by, bw = x, y + cap * 0.42 + 0.6, cw - 1.5
                    row_h = max(row_h, h + cap * 0.42 + 0.6)
                else:
                    bx, by, bw = x, y, cw - 1.5
                    self.set_xy(x, y + h + 0.4)
                    self.f(cap, "B")
                    self.cell(cw - 2, cap * 0.42, k)
                    row_h = max(row_h, h + cap * 0.42 + 0.6)
                self.rect(bx, by, bw, h)
                self.set_xy(bx + 1.0, by + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(bw - 2, size * 0.45, v)
                x += cw
            self.set_xy(self.l_margin, y + row_h + 1.6)
        self.ln(1)

    def fact_letter(self, facts: list[tuple[str, str]], paras: list[str], title: str | None = None,
                    box_w: float = 58, size: float = 9.4, gap: float = 5):
        """Body paragraphs in a left column with a ruled fact box at the right, both starting at the current line;
        text after the box's foot continues in the narrow column (as letters with a fact panel do)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        x = self.l_margin + W - box_w
        end = self.sidebar(facts, x, y0, box_w, title=title, size=8.0)
        self.set_xy(self.l_margin, y0)
        for t in paras:
            self.col_para(t, W - box_w - gap, size)
        self.set_y(max(self.get_y(), end + 2))

    def ledger(self, rows: list[tuple[str, float, float, float, float]], heads=("Service", "Billed", "Allowed",
                                                                                "Plan paid", "You owe"),
               size: float = 8.6, widths: list[float] | None = None, total: str | None = "Total"):
        """A small amounts table under a letter: one row per service and a total row."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W - 4 * 26] + [26] * 4
        body = [[r[0], *[money(v) for v in r[1:]]] for r in rows]
        if total:
            sums = [sum(r[i] for r in rows) for i in range(1, 5)]
            body.append([total, *[money(v) for v in sums]])
        self.table(list(heads), body, widths, size=size, aligns=["L", "R", "R", "R", "R"], bold_last=bool(total),
                   head_h=6.5, row_h=5.4)
