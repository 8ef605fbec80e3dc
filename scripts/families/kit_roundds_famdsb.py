"""Drawing helpers for round DS, helper famdsb (Utah CHIP claim and prior authorization notices from an invented
health plan; an invented commercial plan refusing one line of an ambulatory surgery centre's claim).

Why: both families need a claims table in which each claim has two to four service lines, a claim subtotal row
and a totals row (one line of one claim refused, the others paid), and a form band of small captioned boxes with
grid lines (what a fax or photocopy blurs first). Everything printed with them is invented.
"""

from __future__ import annotations

from kit_rounddr_famdrf import DRSheet, people  # noqa: F401  (people re-exported for the family modules)
from public_kit import money


class DSSheet(DRSheet):
    """DRSheet plus a multi-line claims table and a ruled form band."""

    def claims_table(self, head: list[str], claims: list[dict], widths: list[float], size: float = 7.6,
                     sub_label: str = "Claim total", tot_label: str = "TOTALS", cols=None):
        """claims: [{"first": [cells before the line cells, printed on the claim's first line only],
        "lines": [[line cells..., billed, allowed, paid, owe, note]]}]. Money columns are the last five but one."""
        rows = []
        tot = [0.0, 0.0, 0.0, 0.0]
        nfirst = len(claims[0]["first"])
        for c in claims:
            sub = [0.0, 0.0, 0.0, 0.0]
            for i, ln in enumerate(c["lines"]):
                lead = c["first"] if i == 0 else [""] * nfirst
                vals = ln[-5:-1]
                rows.append(lead + ln[:-5] + [money(v, "nosign") for v in vals] + [ln[-1]])
                sub = [a + b for a, b in zip(sub, vals)]
            nmid = len(c["lines"][0]) - 5
            rows.append([""] * nfirst + [sub_label] + [""] * (nmid - 1) + [money(v, "nosign") for v in sub] + [""])
            tot = [a + b for a, b in zip(tot, sub)]
            c["sub"] = sub
        nmid = len(claims[0]["lines"][0]) - 5
        rows.append([tot_label] + [""] * (nfirst + nmid - 1) + [money(v, "nosign") for v in tot] + [""])
        aligns = ["L"] * (nfirst + nmid) + ["R"] * 4 + ["C"]
        self.table(head, rows, widths, size=size, aligns=aligns, bold_last=True, row_h=5.0)
        return tot

    def form_band(self, cells: list[tuple[str, str]], widths: list[float], num: bool = True, cap: float = 5.4,
                  size: float = 8.4, h: float = 9.0):
        """A row of numbered boxes: '1. Caption' in small type at the top left, the value under it."""
        y = self.get_y()
        x = self.l_margin
        for i, ((k, v), cw) in enumerate(zip(cells, widths)):
            self.rect(x, y, cw, h)
            self.set_xy(x + 0.8, y + 0.6)
            self.f(cap)
            self.cell(cw - 1.2, cap * 0.42, k)
            self.set_xy(x + 1.2, y + 0.6 + cap * 0.42 + 1.0)
            self.f(size)
            self.cell(cw - 1.6, size * 0.45, v)
            x += cw
        self.set_xy(self.l_margin, y + h)
