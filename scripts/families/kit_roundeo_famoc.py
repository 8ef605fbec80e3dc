"""Drawing helpers for round EO, helper famoc (papers mirrored in structure and plain wording style from a Ryan White
HIV/AIDS Program Part B administrative agency and its funded service providers in an invented state; an invented
health plan for sommeliers, vineyard and cellar workers).

Why: this round asks for identification boxes whose caption is not printed before the value, provider payment
statements whose client headers run together, narrative statements with one numbered paragraph per claim, two name
boxes side by side (the sponsor or parent on one side, the patient on the other), and Spanish pre-service letters
with only Spanish labels. Built on kit_rounden_famnc.ENSheet (running header / footer, fax header line, tables that
run on, tab boxes, captions at the right, code keys, prose columns, side boxes), this sheet adds:
- seal_head: a drawn state seal (double ring, a star) beside a department's name in three lines;
- ribbon_head: a drawn looped ribbon beside an agency's name set in two lines and a small line naming its funder;
- grape_head: a drawn cluster of grapes with a leaf beside a letter-spaced name and a small second line;
- num_boxes: claim-form boxes, each with a small numbered or lettered caption ("1a. Client ID") in its top-left
  corner and the value under it;
- under_boxes: values in ruled boxes with a small caption printed under each box, outside it;
- pipe_ids: "value | caption" lines, the caption after the value in small grey type;
- twin: two framed name boxes side by side, each with a title strip and its own caption / value rows;
- claim_paras: a narrative listing, one numbered bold heading per claim ("2. Visit with ... - claim ... - not paid")
  followed by sentences;
- mono: lines of a monospaced print-out (a listing whose headers run together);
- note_box: a framed list of codes and their meanings.
Every name and number printed with these helpers is invented.
"""

from __future__ import annotations

import math

from fpdf import FPDF

from kit_rounden_famnc import (ENSheet, abbr, dash, dd_mon, digits, dmy_abbr, dmy_long, dmy_slash, es_date,  # noqa: F401
                               es_short, fax_cover, first_last, flat, iso, last_first, long, m2, mon_day, n2, nopad,
                               npi, out, parts, person, phone, plus, short, slash, surname, tollfree, truth, upper,
                               usd, wday_long, workday)

MONTHS_ES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def iso_d(d) -> str:
    """2026-04-09 as printed on a print-out."""
    return d.isoformat()


def ymd_slash(d) -> str:
    """2026/04/09"""
    return d.strftime("%Y/%m/%d")


def dotted(d) -> str:
    """09.04.2026 (day first)"""
    return d.strftime("%d.%m.%Y")


def th(d) -> str:
    """April 9th, 2026"""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d.strftime('%B')} {n}{suf}, {d.year}"


class EOSheet(ENSheet):
    """ENSheet plus the round's letterheads and caption styles (see the module docstring)."""

    # letterheads ---------------------------------------------------------------------------------------------------
    def seal_head(self, state: str, dept: str, unit: str, lines: list[str], box: str | None = None, s: float = 19):
        """A drawn seal (two rings, a five-point star, small ticks round the ring) beside three lines: the state in
        letter-spaced small capitals, the department in bold, the unit in smaller type; contact lines at the right."""
        y0 = self.get_y()
        x = self.l_margin
        cx, cy, r = x + s / 2, y0 + s / 2, s / 2
        self.set_line_width(0.7)
        self.ellipse(x, y0, s, s)
        self.set_line_width(0.25)
        self.ellipse(x + 1.6, y0 + 1.6, s - 3.2, s - 3.2)
        for k in range(24):
            a = math.radians(k * 15)
            self.seg(cx + (r - 1.6) * math.cos(a), cy + (r - 1.6) * math.sin(a), cx + (r - 0.6) * math.cos(a),
                     cy + (r - 0.6) * math.sin(a), 0.2)
        pts = []
        for k in range(10):
            rr = r * 0.52 if k % 2 == 0 else r * 0.22
            a = math.radians(-90 + k * 36)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.set_fill_color(40, 40, 40)
        self.polygon(pts, style="F")
        self.set_fill_color(255, 255, 255)
        tx = x + s + 4
        self.set_char_spacing(1.6)
        self.f(7.8, "B")
        self.set_xy(tx, y0 + 0.6)
        self.cell(0, 3.6, state.upper())
        self.set_char_spacing(0)
        self.f(12.5, "B")
        self.set_xy(tx, y0 + 5)
        self.cell(0, 6, dept)
        self.f(8.2)
        self.set_xy(tx, y0 + 11.6)
        self.multi_cell(self.w - self.r_margin - 66 - tx, 3.8, unit, new_x="LMARGIN", new_y="NEXT", align="L")
        yu = self.get_y()
        yr = max(self._right_lines(lines, y0 + 0.5, size=7.4, w=62), yu - 7)
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, yr + 1.2)
            self.cell(bw, 6.4, box, border=1, align="C")
            yr += 8
        y = max(y0 + s, yr) + 2
        self.seg(self.l_margin, y, self.w - self.r_margin, y, 0.5)
        self.seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9, 0.2)
        self.set_xy(self.l_margin, y + 4)

    def ribbon(self, x: float, y: float, s: float):
        """A looped awareness ribbon drawn in thick strokes: a loop at the top, two tails crossing under it."""
        self.set_line_width(s * 0.11)
        cx = x + s / 2
        pts = []
        for k in range(0, 181, 12):
            a = math.radians(180 + k)
            pts.append((cx + s * 0.22 * math.cos(a), y + s * 0.3 + s * 0.28 * math.sin(a)))
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            FPDF.line(self, x1, y1, x2, y2)
        FPDF.line(self, cx - s * 0.22, y + s * 0.3, cx + s * 0.2, y + s * 0.98)
        FPDF.line(self, cx + s * 0.22, y + s * 0.3, cx - s * 0.2, y + s * 0.98)
        self.set_line_width(0.2)

    def ribbon_head(self, line1: str, line2: str, funder: str, lines: list[str], box: str | None = None,
                    s: float = 17):
        """The ribbon mark beside the agency's name on two lines (bold, then regular), a small italic funder line
        under them, contact lines at the right, an optional boxed title, a heavy rule."""
        y0 = self.get_y()
        self.ribbon(self.l_margin, y0, s)
        x = self.l_margin + s * 0.8 + 3
        self.f(15, "B")
        self.set_xy(x, y0 + 0.4)
        self.cell(0, 6.4, line1)
        self.f(10.5)
        self.set_xy(x, y0 + 7.2)
        self.cell(0, 5, line2)
        self.set_text_color(85, 85, 85)
        self.set_font("Obl", "", 7.2)
        self.set_xy(x, y0 + 12.8)
        self.multi_cell(self.w - self.r_margin - 62 - x, 3.2, funder, new_x="LMARGIN", new_y="NEXT", align="L")
        yf = self.get_y()
        self.set_text_color(0, 0, 0)
        yr = self._right_lines(lines, y0 + 0.5, size=7.4, w=58)
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, yr + 1.2)
            self.cell(bw, 6.4, box, border=1, align="C")
            yr += 8
        y = max(y0 + s, yr, yf) + 1.6
        self.seg(self.l_margin, y, self.w - self.r_margin, y, 0.9)
        self.set_xy(self.l_margin, y + 4)

    def grapes(self, x: float, y: float, s: float):
        """A cluster of ten grapes (filled circles in rows 4-3-2-1) under a stem and a leaf outline."""
        r = s * 0.11
        self.set_fill_color(45, 45, 45)
        rows = [4, 3, 2, 1]
        yy = y + s * 0.22
        for n in rows:
            x0 = x + s / 2 - (n * 2 * r) / 2
            for k in range(n):
                self.ellipse(x0 + k * 2 * r, yy, 2 * r * 0.94, 2 * r * 0.94, style="F")
            yy += 2 * r * 0.86
        self.set_fill_color(255, 255, 255)
        self.seg(x + s / 2, y + s * 0.22, x + s / 2 + s * 0.05, y + s * 0.03, 0.6)
        leaf = [(x + s / 2 + s * 0.05, y + s * 0.12), (x + s * 0.78, y), (x + s * 0.98, y + s * 0.1),
                (x + s * 0.82, y + s * 0.24), (x + s / 2 + s * 0.05, y + s * 0.12)]
        self.set_line_width(0.35)
        self.polygon(leaf, style="D")
        self.set_line_width(0.2)

    def grape_head(self, word: str, line2: str, lines: list[str], box: str | None = None, s: float = 18,
                   small: str | None = None):
        """The grape mark beside a letter-spaced word in large capitals, line2 under it; an optional small grey
        line under that; contact lines at the right; an optional boxed title; a thin rule over a heavy one."""
        y0 = self.get_y()
        self.grapes(self.l_margin, y0, s)
        x = self.l_margin + s + 3
        self.f(19, "B")
        self.set_char_spacing(2.4)
        self.set_xy(x, y0 + 0.5)
        self.cell(0, 8, word.upper())
        self.set_char_spacing(0)
        self.f(10)
        self.set_xy(x, y0 + 9.4)
        self.cell(0, 4.6, line2)
        if small:
            self.set_text_color(90, 90, 90)
            self.f(6.8)
            self.set_xy(x, y0 + 14.4)
            self.cell(0, 3.2, small)
            self.set_text_color(0, 0, 0)
        yr = self._right_lines(lines, y0 + 0.5, size=7.4, w=60)
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, yr + 1.2)
            self.cell(bw, 6.4, box, border=1, align="C")
            yr += 8
        y = max(y0 + s, yr) + 1.8
        self.seg(self.l_margin, y, self.w - self.r_margin, y, 0.2)
        self.seg(self.l_margin, y + 1, self.w - self.r_margin, y + 1, 0.8)
        self.set_xy(self.l_margin, y + 5)

    # caption styles -------------------------------------------------------------------------------------------------
    def num_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.0, h: float = 10.4,
                  x: float | None = None):
        """Rows of claim-form boxes of (caption, value, width): the numbered or lettered caption small in the box's
        top-left corner, the value under it. Boxes in a row share their edges."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        for row in rows:
            xx = x0
            for cap, v, w in row:
                self.set_line_width(0.3)
                self.rect(xx, y, w, h)
                self.set_line_width(0.2)
                self.set_xy(xx + 0.8, y + 0.6)
                self.f(5.8)
                self.set_text_color(60, 60, 60)
                self.cell(w - 1.6, 2.6, cap)
                self.set_text_color(0, 0, 0)
                self.set_xy(xx + 1.4, y + h - size * 0.45 - 1.1)
                self.f(size)
                self.cell(w - 2.4, size * 0.45, v)
                xx += w
            y += h
        self.set_xy(self.l_margin, y + 3)

    def under_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.2, h: float = 7.0,
                    x: float | None = None, gap: float = 2.0):
        """Values in ruled boxes side by side, each caption small and grey under its box (outside it)."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        xx = x0
        for v, cap, w in cells:
            self.rect(xx, y, w - gap, h)
            self.set_xy(xx + 1.4, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - gap - 2.4, size * 0.45, v)
            self.set_xy(xx + 0.4, y + h + 0.6)
            self.set_text_color(90, 90, 90)
            self.f(6.2)
            self.cell(w - gap, 2.8, cap)
            self.set_text_color(0, 0, 0)
            xx += w
        self.set_xy(self.l_margin, y + h + 5.4)

    def pipe_ids(self, items: list[tuple[str, str]], x: float | None = None, size: float = 9.2, w: float = 70):
        """Lines 'value | caption': the value in bold, a thin bar, the caption after it in small grey type."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        for v, cap in items:
            self.f(size, "B")
            vw = self.get_string_width(v)
            self.set_xy(x0, y)
            self.cell(vw + 1, size * 0.48, v)
            self.seg(x0 + vw + 2.2, y + 0.3, x0 + vw + 2.2, y + size * 0.48 - 0.2, 0.35)
            self.set_text_color(95, 95, 95)
            self.f(7.2)
            self.set_xy(x0 + vw + 3.4, y + 0.5)
            self.cell(w - vw - 4, size * 0.4, cap)
            self.set_text_color(0, 0, 0)
            y += size * 0.48 + 1.6
        self.set_xy(self.l_margin, y + 1.5)
        return y

    def twin(self, left: tuple[str, list[tuple[str, str]]], right: tuple[str, list[tuple[str, str]]],
             size: float = 8.6, gap: float = 5, label_w: float = 26):
        """Two framed boxes side by side: each a dark title strip and caption / value rows under it."""
        w = (self.W - gap) / 2
        y0 = self.get_y()
        ends = []
        for i, (title, rows) in enumerate((left, right)):
            x = self.l_margin + i * (w + gap)
            self.set_fill_color(55, 55, 55)
            self.set_text_color(255, 255, 255)
            self.f(size - 0.4, "B")
            self.set_xy(x, y0)
            self.cell(w, 5.2, " " + title, fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            yy = y0 + 6.6
            for k, v in rows:
                self.set_xy(x + 1.8, yy)
                self.f(size - 1.2)
                self.set_text_color(70, 70, 70)
                self.cell(label_w, size * 0.5, k)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
                self.cell(w - label_w - 3.6, size * 0.5, v)
                yy += size * 0.5 + 1.2
            ends.append(yy + 0.8)
        bottom = max(ends)
        for i in range(2):
            self.rect(self.l_margin + i * (w + gap), y0, w, bottom - y0)
        self.set_xy(self.l_margin, bottom + 4)

    def claim_paras(self, items: list[tuple[str, list[str]]], size: float = 9.0, indent: float = 6):
        """A narrative listing: each claim a numbered bold heading line, then its sentences indented under it."""
        for i, (head, sentences) in enumerate(items, 1):
            if self.get_y() > self.h - 42:
                self.add_page()
            self.f(size + 0.3, "B")
            self.set_x(self.l_margin)
            self.multi_cell(self.W, size * 0.52, f"{i}.  {head}", new_x="LMARGIN", new_y="NEXT", align="L")
            self.ln(0.6)
            self.f(size)
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.W - indent, size * 0.47, " ".join(sentences), new_x="LMARGIN", new_y="NEXT",
                            align="L")
            self.ln(2.6)

    def mono(self, lines: list[str], size: float = 7.6, h: float | None = None, bold_prefix: str | None = None,
             foot_room: float = 24):
        """Lines of a monospaced print-out; a line starting with bold_prefix is set bold."""
        lh = h or size * 0.46
        for ln in lines:
            if self.get_y() + lh > self.h - foot_room:
                self.add_page()
            self.set_font("Mono", "B" if bold_prefix and ln.startswith(bold_prefix) else "", size)
            self.set_x(self.l_margin)
            self.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")

    def note_box(self, title: str, items: list[tuple[str, str]], size: float = 7.8, code_w: float = 11,
                 x: float | None = None, w: float | None = None):
        """A framed box: a bold title, then one row per code (code in bold, its meaning wrapped beside it)."""
        x0 = self.l_margin if x is None else x
        W = w or self.W
        lh = size * 0.46
        need = 7 + sum(len(self.multi_cell(W - code_w - 4, lh, t, dry_run=True, output="LINES")) * lh + 1.4
                       for _, t in items)
        if self.get_y() + need > self.h - 22:
            self.add_page()
        y0 = self.get_y()
        self.f(size + 1, "B")
        self.set_xy(x0 + 2, y0 + 1.4)
        self.cell(0, 4.4, title)
        yy = y0 + 7
        for c, t in items:
            self.f(size, "B")
            self.set_xy(x0 + 2, yy)
            self.cell(code_w, lh, c)
            self.f(size)
            self.set_xy(x0 + 2 + code_w, yy)
            self.multi_cell(W - code_w - 4, lh, t, new_x="LEFT", new_y="NEXT", align="L")
            yy = self.get_y() + 1.4
        self.set_line_width(0.4)
        self.rect(x0, y0, W, yy - y0)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yy + 3)
