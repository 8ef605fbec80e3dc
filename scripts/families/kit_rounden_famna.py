"""Drawing helpers for round EN, helper famna (Railroad Medicare Part B papers of an invented Specialty Medicare
Administrative Contractor; an invented health plan for lifeguards, open-water rescue swimmers and beach patrols run
by an invented claims administrator).

Why: round EN asks for shapes intake reads badly: a contractor or administrator set as the big name with the program
or plan named smaller under it ("for <plan>"); a drawn logo (shapes, initials in a circle) beside a name broken over
two lines; claim tables that run on to a second page with no column heads printed again; household statements whose
refused line belongs to a dependant named only in a small patient column; refusals told in plain words. This kit
adds three drawn emblems (a rail-crossing roundel, a life ring, a wave tile), a masthead that sets the emblem beside
a two-line name with the program in small type under it, a box whose caption runs upright in a dark band at its
left edge, a ruled table with one column set in small type (the patient), a monospace block for a paper remittance
with an asterisk-framed bulletin, and two decoy date shapes ("the 4th of May, 2026", "May 4th, 2026"). Everything
printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import math

from kit_roundem_famma import (MASheet, apos, day_long, digits, dmy0, dmy_abbr, dtg, es_date, es_slash, es_wday_long,
                               iso, long, mon_pad, n2, plus, slash, upper, usd, wday_long, ymd_caps, ymd_dots,
                               ymd_slash)

__all__ = ["NASheet", "apos", "day_long", "digits", "dmy0", "dmy_abbr", "dtg", "es_date", "es_slash", "es_wday_long",
           "iso", "long", "mon_pad", "n2", "plus", "slash", "upper", "usd", "wday_long", "ymd_caps", "ymd_dots",
           "ymd_slash", "short", "ord_of", "mdy_th", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def short(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def _th(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ord_of(d: dt.date) -> str:
    """the 4th of May, 2026 (decoys only)"""
    return f"the {d.day}{_th(d.day)} of {d.strftime('%B')}, {d.year}"


def mdy_th(d: dt.date) -> str:
    """May 4th, 2026 (decoys only)"""
    return f"{d.strftime('%B')} {d.day}{_th(d.day)}, {d.year}"


class NASheet(MASheet):
    """MASheet plus drawn emblems, an emblem masthead with a small program line, an upright-band box, a table with a
    small-type column and a monospace remittance block."""

    # --- emblems -------------------------------------------------------------------------------------------------
    def rail_logo(self, x: float, y: float, d: float, initials: str):
        """A roundel: a heavy ring, the initials in its upper half, two rails with sleepers across its lower half."""
        r = d / 2
        cx, cy = x + r, y + r
        self.set_line_width(1.1)
        self.circle(cx, cy, r - 0.6)
        self.set_line_width(0.5)
        self.circle(cx, cy, r - 2.0)
        self.set_line_width(0.6)
        ry1, ry2 = cy + r * 0.28, cy + r * 0.50
        half = r * 0.78
        self.line_seg(cx - half * 0.93, ry1, cx + half * 0.93, ry1)
        self.line_seg(cx - half * 0.76, ry2, cx + half * 0.76, ry2)
        self.set_line_width(0.4)
        k = -half * 0.7
        while k <= half * 0.7 + 0.01:
            self.line_seg(cx + k, ry1 - 0.9, cx + k, ry2 + 0.9)
            k += half * 0.35
        self.set_line_width(0.2)
        self.f(d * 1.05, "B")
        self.set_xy(x, cy - r * 0.62)
        self.cell(d, r * 0.8, initials, align="C")

    def ring_logo(self, x: float, y: float, d: float, initials: str):
        """A life ring: a disc with four dark bands, a white hole with the initials in it."""
        r = d / 2
        cx, cy = x + r, y + r
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.5)
        self.circle(cx, cy, r, style="DF")
        self.set_fill_color(25, 25, 25)
        ri = r * 0.55
        for a in (20, 110, 200, 290):
            pts = [(cx + r * math.cos(math.radians(a + k * 5)), cy - r * math.sin(math.radians(a + k * 5)))
                   for k in range(11)]
            pts += [(cx + ri * math.cos(math.radians(a + k * 5)), cy - ri * math.sin(math.radians(a + k * 5)))
                    for k in range(10, -1, -1)]
            self.polygon(pts, style="F")
        self.set_fill_color(255, 255, 255)
        self.circle(cx, cy, r, style="D")
        self.circle(cx, cy, ri, style="DF")
        self.set_line_width(0.2)
        self.f(d * 0.95, "B")
        self.set_xy(cx - r * 0.55, cy - r * 0.28)
        self.cell(r * 1.1, r * 0.56, initials, align="C")

    def wave_logo(self, x: float, y: float, d: float, initials: str):
        """A dark square tile with two white wave strokes under white initials."""
        self.set_fill_color(30, 30, 30)
        self.rect(x, y, d, d, style="F", round_corners=True, corner_radius=1.6)
        self.set_draw_color(255, 255, 255)
        self.set_line_width(0.6)
        for yy in (y + d * 0.70, y + d * 0.84):
            px, py = x + d * 0.12, yy
            n = 8
            for i in range(1, n + 1):
                nx = x + d * 0.12 + i * (d * 0.76 / n)
                ny = yy + (-d * 0.05 if i % 2 else d * 0.05)
                self.line_seg(px, py, nx, ny)
                px, py = nx, ny
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_text_color(255, 255, 255)
        self.f(d * 0.95, "B")
        self.set_xy(x, y + d * 0.14)
        self.cell(d, d * 0.42, initials, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)

    # --- masthead: emblem, two-line name, the program in small type -----------------------------------------------
    def emblem_head(self, top: str, bottom: str, under: list[str], right: list[str], logo: str = "rail",
                    initials: str = "", size: float = 15, d: float = 17, rule: bool = True):
        """The emblem at the left, beside it the issuer's name broken over two lines in large bold type, under the
        name one or two small lines (the program or plan it works for); contact lines flush right; a hairline."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        {"rail": self.rail_logo, "ring": self.ring_logo, "wave": self.wave_logo}[logo](self.l_margin, y0, d,
                                                                                      initials)
        x = self.l_margin + d + 3.5
        self.f(7.0)
        rw = max(self.get_string_width(s) for s in right) + 2 if right else 0
        yr = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yr)
            self.cell(rw, 3.4, ln, align="R")
            yr += 3.4
        room = self.l_margin + W - rw - 3 - x
        while size > 10 and max(self.f(size, "B").get_string_width(s) for s in (top, bottom)) > room:
            size -= 0.5
        lh = size * 0.44
        self.f(size, "B")
        self.set_xy(x, y0 + 0.3)
        self.cell(room, lh, top)
        self.set_xy(x, y0 + 0.3 + lh + 0.2)
        self.cell(room, lh, bottom)
        yy = y0 + 0.6 + 2 * lh + 1.0
        self.set_text_color(70, 70, 70)
        for ln in under:
            self.f(7.2)
            self.set_xy(x, yy)
            self.cell(room + rw, 3.3, ln)
            yy += 3.4
        self.set_text_color(0, 0, 0)
        y = max(y0 + d, yy, yr) + 1.5
        if rule:
            self.set_draw_color(90, 90, 90)
            self.line_seg(self.l_margin, y, self.l_margin + W, y)
            self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y + 3)

    # --- a box whose caption runs upright in a dark band -----------------------------------------------------------
    def band_box(self, title: str, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 8.6,
                 cap: float = 6.2, band: float = 6.5) -> float:
        """A ruled box: a dark band down its left edge with the title turned upright in white; inside, each caption
        in small grey type with its value in bold under it. Returns the y under the box (the cursor is not moved)."""
        keep = (self.get_x(), self.get_y())
        lh = size * 0.46
        inner = w - band - 3
        h = 2
        for k, v in rows:
            h += cap * 0.45 + 0.4 + len(self.f(size, "B").multi_cell(inner, lh, v, dry_run=True, output="LINES")) \
                * lh + 1.6
        self.f(size - 0.4, "B")
        h = max(h + 1, self.get_string_width(title) + 8)
        self.set_fill_color(35, 35, 35)
        self.rect(x, y, band, h, style="F")
        self.set_fill_color(255, 255, 255)
        self.rect(x, y, w, h)
        self.set_text_color(255, 255, 255)
        with self.rotation(90, x + band / 2, y + h / 2):
            self.f(size - 0.4, "B")
            tw = self.get_string_width(title)
            self.set_xy(x + band / 2 - tw / 2, y + h / 2 - 1.8)
            self.cell(tw, 3.6, title)
        self.set_text_color(0, 0, 0)
        yy = y + 2
        for k, v in rows:
            self.set_xy(x + band + 1.8, yy)
            self.set_text_color(90, 90, 90)
            self.f(cap)
            self.cell(inner, cap * 0.45, k)
            self.set_text_color(0, 0, 0)
            self.set_xy(x + band + 1.8, yy + cap * 0.45 + 0.4)
            self.f(size, "B")
            self.multi_cell(inner, lh, v, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 1.6
        self.set_xy(*keep)
        return y + h

    # --- a table with one column set in small type -----------------------------------------------------------------
    def small_col_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                        small: set, size: float = 8.0, small_size: float = 5.8, row_h: float = 5.0,
                        heads: bool = True, bold: set | None = None, rules: set | None = None):
        """Rows under a heavy rule; the columns in `small` are set in small grey type (a patient column). Rows in
        `bold` are bold (a claim's first line), `rules` get a thin rule under them. heads=False: rows only (a table
        that goes on from the page before, its heads not printed again)."""
        bold, rules = bold or set(), rules or set()
        x0 = self.l_margin
        W = sum(widths)
        if heads:
            y = self.get_y()
            self.set_line_width(0.7)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
            self.f(size - 1.0, "B")
            lh = (size - 1.0) * 0.44
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            xx = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx + 0.4, y + 0.8)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                xx += w
            y += n * lh + 1.8
            self.line_seg(x0, y, x0 + W, y)
            self.set_xy(x0, y + 0.4)
        for i, r in enumerate(rows):
            y = self.get_y()
            xx = x0
            for j, (c, w, a) in enumerate(zip(r, widths, aligns)):
                self.set_xy(xx, y)
                if j in small:
                    self.set_text_color(80, 80, 80)
                    self.f(small_size)
                    self.cell(w, row_h, c, align=a)
                    self.set_text_color(0, 0, 0)
                else:
                    self.f(size, "B" if i in bold else "")
                    self.cell(w, row_h, c, align=a)
                xx += w
            if i in rules:
                self.set_draw_color(160, 160, 160)
                self.line_seg(x0, y + row_h, x0 + W, y + row_h)
                self.set_draw_color(0, 0, 0)
            self.set_xy(x0, y + row_h)
        self.ln(1.5)

    # --- monospace remittance block --------------------------------------------------------------------------------
    def mono(self, lines: list[str], size: float = 8.2, bold: set | None = None, lead: float | None = None):
        """Lines in the monospace face, as a line printer sets a paper remittance (bold rows in `bold`)."""
        bold = bold or set()
        lh = lead or size * 0.46
        for i, ln in enumerate(lines):
            self.set_font("Mono", "B" if i in bold else "", size)
            self.set_x(self.l_margin)
            self.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")

    def asterisk_box(self, lines: list[str], width: int, size: float = 8.2):
        """A bulletin framed in asterisks (the announcements box at the top of a paper remittance)."""
        self.mono(["*" * width] + [f"* {ln:<{width - 4}} *" for ln in lines] + ["*" * width], size)
