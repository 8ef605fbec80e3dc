"""Drawing helpers for round EM, helper famma (an invented state's Basic Health Program, the optional Affordable Care
Act coverage for adults between the Medicaid limit and twice the poverty level, with plan-issued ID cards; an
invented guild health plan for farriers, horseshoers and equine dental technicians with hours-based eligibility).

Why: round EM asks for shapes intake reads badly: many-claim statements where one row is refused and told only by a
short code whose meaning is printed elsewhere; values in ruled cells with a tiny caption UNDER the value, the cells
sharing their rules like a paper form; code legends set in two columns side by side; a side column ("your plan at
a glance", a help box) printed beside prose or a table; a plan's name with a small lower-case "administered by
<firm>" line right under it. The older kits draw some of these singly; this kit adds a plan masthead with the
administered-by line, a shared-rule form grid with captions under the values, a boxed two-column legend with the
codes in reversed tabs, a "health care results" table of household members, an hours-bank table, a claims ledger
that marks its own continuation and a premium coupon. Date shapes added: "Mar 04 2026" and "2026 MAR 04" (decoys
only). Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_roundel_famla import (LASheet, apos, day_long, digits, dmy0, dmy_abbr, dtg, es_date, iso, letter_cover, long,
                               n2, plus, slash, upper, usd, usd_tail, wday_long, ymd_dots, ymd_slash)

__all__ = ["MASheet", "apos", "day_long", "digits", "dmy0", "dmy_abbr", "dtg", "es_date", "iso", "letter_cover",
           "long", "n2", "plus", "slash", "upper", "usd", "usd_tail", "wday_long", "ymd_dots", "ymd_slash",
           "mon_pad", "ymd_caps", "es_slash", "es_wday_long", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def mon_pad(d: dt.date) -> str:
    """Mar 04 2026 (a claims system's print, no comma; decoys only)"""
    return d.strftime("%b %d %Y")


def ymd_caps(d: dt.date) -> str:
    """2026 MAR 04 (decoys only)"""
    return d.strftime("%Y %b %d").upper()


def es_slash(d: dt.date) -> str:
    """04/03/2026 read day first (Spanish papers); used only where the day is above 12 or as a decoy"""
    return d.strftime("%d/%m/%Y")


def es_wday_long(d: dt.date) -> str:
    """miércoles, 4 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


class MASheet(LASheet):
    """LASheet plus a plan masthead with an 'administered by' line, a shared-rule form grid with captions under the
    values, a boxed two-column legend with reversed code tabs, a household results table, an hours-bank table and
    a premium coupon."""

    # --- masthead ----------------------------------------------------------------------------------------------
    def plan_mast(self, name: str, admin: str, right: list[str], sub: str = "", size: float = 17,
                  mark: str | None = None):
        """The plan's name set large at the left (after an optional square mark holding one or two letters), right
        under it in small grey lower-case type the 'administered by ...' line, then an optional sub-line; contact
        lines flush right; a heavy rule and a hairline under both."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(7.2)
        rw = max(self.get_string_width(x) for x in right) + 2 if right else 0
        yr = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yr)
            self.cell(rw, 3.5, ln, align="R")
            yr += 3.5
        x = self.l_margin
        if mark:
            self.set_fill_color(20, 20, 20)
            self.rect(x, y0 + 0.4, 11, 11, style="F")
            self.set_text_color(255, 255, 255)
            self.f(11 if len(mark) < 3 else 8, "B")
            self.set_xy(x, y0 + 3.2)
            self.cell(11, 5, mark, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            x += 14
        room = self.l_margin + W - rw - 3 - x
        while size > 10 and self.f(size, "B").get_string_width(name) > room:
            size -= 0.5
        self.set_xy(x, y0)
        self.f(size, "B")
        self.cell(room, size * 0.5, name)
        yy = y0 + size * 0.5 + 0.6
        self.set_text_color(95, 95, 95)
        self.set_xy(x, yy)
        self.f(7.4)
        self.cell(room, 3.4, admin)
        yy += 3.6
        self.set_text_color(0, 0, 0)
        if sub:
            self.set_xy(x, yy)
            self.f(8.2, "B")
            self.cell(room, 3.8, sub)
            yy += 4.0
        y = max(yy, yr, y0 + (12 if mark else 0)) + 1.6
        self.set_line_width(0.9)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 1.2, self.l_margin + W, y + 1.2)
        self.set_xy(self.l_margin, y + 4)

    # --- form grid: values over tiny captions, cells sharing their rules ---------------------------------------
    def form_grid(self, rows: list[list[tuple[str, str, float]]], size: float = 9.0, cap: float = 5.6,
                  h: float = 10.6, x: float | None = None, w: float | None = None, title: str | None = None,
                  shade: bool = False):
        """Rows of ruled cells sharing their rules (a paper form): each cell (value, caption, fraction of the width);
        the value in bold at the top of the cell, a hairline across the cell under it, the caption in tiny capitals
        beneath the hairline. A value with a newline takes two lines (the row grows). An optional dark title tab."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y = self.get_y()
        if title:
            self.f(7.2, "B")
            self.set_fill_color(30, 30, 30)
            self.set_text_color(255, 255, 255)
            self.set_xy(x0, y)
            self.cell(W, 4.6, " " + title.upper(), fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            y += 4.6
        lh = size * 0.46
        for row in rows:
            nl = max(len(v.split("\n")) for v, _, _ in row)
            rh = max(h, 2.2 + nl * lh + 1.6 + cap * 0.45 + 1.2)
            xx = x0
            for v, k, frac in row:
                cw = W * frac
                if shade:
                    self.set_fill_color(246, 246, 246)
                    self.rect(xx, y, cw, rh, style="DF")
                    self.set_fill_color(255, 255, 255)
                else:
                    self.rect(xx, y, cw, rh)
                yy = y + 1.4
                for ln in v.split("\n"):
                    self.set_xy(xx + 1.4, yy)
                    self.f(size, "B")
                    self.cell(cw - 2.8, lh, ln)
                    yy += lh
                yc = y + rh - cap * 0.45 - 1.2
                self.set_draw_color(160, 160, 160)
                self.line_seg(xx + 1.2, yc - 0.5, xx + cw - 1.2, yc - 0.5)
                self.set_draw_color(0, 0, 0)
                self.set_xy(xx + 1.4, yc)
                self.f(cap)
                self.set_text_color(70, 70, 70)
                self.cell(cw - 2.8, cap * 0.45, k.upper())
                self.set_text_color(0, 0, 0)
                xx += cw
            y += rh
        self.set_xy(self.l_margin, y + 2.5)
        return y

    # --- legend in side-by-side columns -----------------------------------------------------------------------
    def legend_cols(self, title: str, items: list[tuple[str, str]], cols: int = 2, size: float = 7.4,
                    note: str = "", keep: bool = True):
        """A framed legend: a bold title over a rule, then the codes in `cols` columns side by side with a thin
        upright rule between them; each code white on a small black tab, its meaning beside it. keep: start a new
        page rather than split it."""
        W = self.w - self.l_margin - self.r_margin
        gap = 5
        cw = (W - 4 - gap * (cols - 1)) / cols
        tab = 9.5
        lh = size * 0.46
        per = -(-len(items) // cols)
        groups = [items[c * per:(c + 1) * per] for c in range(cols)]

        def colh(g):
            return sum(len(self.f(size).multi_cell(cw - tab - 2, lh, t, dry_run=True, output="LINES")) * lh + 1.4
                       for _, t in g)
        body = max(colh(g) for g in groups)
        need = 9 + body + (6 if note else 0)
        if keep and self.get_y() + need > self.h - 22:
            self.add_page()
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size + 1.6, "B")
        self.cell(W - 4, 4.4, title)
        self.set_draw_color(120, 120, 120)
        self.line_seg(self.l_margin + 2, y0 + 6.4, self.l_margin + W - 2, y0 + 6.4)
        yb = y0 + 8
        ends = []
        for c, g in enumerate(groups):
            xc = self.l_margin + 2 + c * (cw + gap)
            yy = yb
            for code, text in g:
                self.set_fill_color(0, 0, 0)
                self.set_text_color(255, 255, 255)
                self.set_xy(xc, yy)
                self.f(size - 0.4, "B")
                self.cell(tab - 1.2, lh + 0.4, code, fill=True, align="C")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.set_xy(xc + tab, yy)
                self.f(size)
                self.multi_cell(cw - tab - 2, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy = self.get_y() + 1.4
            ends.append(yy)
            if c:
                self.line_seg(xc - gap / 2, yb, xc - gap / 2, yb + body - 1)
        y = max(ends)
        if note:
            self.set_xy(self.l_margin + 2, y + 0.6)
            self.f(size - 0.6)
            self.multi_cell(W - 4, lh, note, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 0.6
        self.set_draw_color(0, 0, 0)
        self.rect(self.l_margin, y0, W, y - y0 + 1)
        self.set_xy(self.l_margin, y + 4)

    # --- household results -------------------------------------------------------------------------------------
    def results(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.4,
                title: str = ""):
        """A 'Health care results' table: a bold title, column heads over a heavy rule, one person a row, each row
        under a thin rule; the second cell of a row may hold a second line after a newline (an ID under a name)."""
        if title:
            self.f(size + 2.2, "B")
            self.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.6, "B")
        lh = size * 0.46
        y = self.get_y()
        xx = x0
        for h, w in zip(head, widths):
            self.set_xy(xx, y)
            self.multi_cell(w - 1, lh, h, new_x="RIGHT", new_y="TOP")
            xx += w
        nh = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y += nh * lh + 1
        self.set_line_width(0.6)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        y += 1
        for r in rows:
            n = max(len(self.f(size).multi_cell(w - 1.5, lh, c, dry_run=True, output="LINES"))
                    for c, w in zip(r, widths))
            xx = x0
            for i, (c, w) in enumerate(zip(r, widths)):
                self.set_xy(xx, y + 0.8)
                self.f(size, "B" if i == 0 else "")
                self.multi_cell(w - 1.5, lh, c, new_x="RIGHT", new_y="TOP")
                xx += w
            y += n * lh + 1.8
            self.set_draw_color(150, 150, 150)
            self.line_seg(x0, y, x0 + W, y)
            self.set_draw_color(0, 0, 0)
        self.set_xy(x0, y + 3)

    # --- a ledger that marks its own continuation ---------------------------------------------------------------
    def cont_mark(self, text: str, size: float = 7.0):
        """A small italic-looking note at the right under a table: 'continued on page 2' and the like."""
        self.f(size)
        self.set_text_color(70, 70, 70)
        self.cell(0, size * 0.5, text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    # --- premium coupon -----------------------------------------------------------------------------------------
    def coupon(self, title: str, cells: list[tuple[str, str]], pay_to: list[str], note: str = "", size: float = 8.6):
        """A dashed tear line and a payment coupon: a title, caption/value boxes two to a row at the left, the
        pay-to address at the right, a scan line of digits under them."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.4, self.w - self.r_margin), y)
            x += 4
        self.set_xy(self.l_margin, y + 1.5)
        self.f(size + 0.8, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        W = self.w - self.l_margin - self.r_margin
        lw = W * 0.6
        cw = lw / 2
        yb = self.get_y() + 1
        for i, (k, v) in enumerate(cells):
            xb = self.l_margin + (i % 2) * cw
            yy = yb + (i // 2) * 9.5
            self.rect(xb, yy, cw, 9.5)
            self.set_xy(xb + 1, yy + 0.8)
            self.f(5.8)
            self.cell(cw - 2, 2.6, k.upper())
            self.set_xy(xb + 1, yy + 4.2)
            self.f(size, "B")
            self.cell(cw - 2, size * 0.45, v)
        yend = yb + ((len(cells) + 1) // 2) * 9.5
        self.set_xy(self.l_margin + lw + 6, yb)
        self.f(6.4)
        self.cell(W - lw - 6, 3, "MAIL TO", new_x="LEFT", new_y="NEXT")
        for ln in pay_to:
            self.f(size)
            self.cell(W - lw - 6, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, max(yend, self.get_y()) + 2)
        if note:
            self.f(7.2)
            self.multi_cell(W, 3.4, note, new_x="LMARGIN", new_y="NEXT")
