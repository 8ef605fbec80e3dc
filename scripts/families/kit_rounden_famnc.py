"""Drawing helpers for round EN, helper famnc (papers mirrored in structure and plain wording style from fertility
benefits under a state infertility-coverage mandate, issued by an invented commercial insurer and an invented fertility
benefits manager; an invented cooperative health plan for luthiers, piano technicians and instrument restorers).

Why: this round asks for papers intake reads badly: claim tables that run on to a second page with no column headings
printed again, letterheads where a contractor is the big name and the plan is named small, a drawn logo beside an
insurer's name set on two lines, household statements whose refused line belongs to a dependant named only in a small
"patient" column, and refusals told only in plain words. A sheet of its own (on public_kit.Page) with:
- contractor_head: the contractor's name large, the plan named in a small line ("for members of ..." under it, or
  "<plan> ... administered by" over it), contact lines at the right;
- logo_head: a drawn mark (initials in a circle, a double box or a hexagon) beside the insurer's name on two lines;
- run_table: a table whose heading is printed once; at a page break the rows just go on at the top of the next
  page (no heading, no "continued" line), under the running header;
- id_strip: values in a row split by thin bars, their captions under them in small grey type (no boxes);
- tab_boxes: ruled boxes, each caption on a small dark tab standing on the box's top edge;
- cap_right: values in ruled boxes with their captions outside the box at the right, in small italic-like grey;
- timeline: dated events as ticks on a line, the label over the tick and the date under it;
- stamp: a tilted, double-framed grey stamp ("RECEIVED ...") laid over the page;
- tear_off: a dashed cut line with scissors and a stub of caption-over-value boxes to send back;
- cols: prose in two or three columns with rules between; code_key: a legend of codes in a ruled grid;
- checks: a row of check boxes (one ticked); side_box: a framed box with a title bar at a given place;
- running header (run_head, from page 2 on, or on every page with head_first), running footer (run_foot) and a typed
  fax header line (fax_hdr, '{n}' = the page number after fax_off pages sent before).
Every name and number printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from fpdf import FPDF

from public_kit import MONTHS_ES, Page, digits, m2, out, truth  # noqa: F401

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
OBL = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

# --- dates and money ----------------------------------------------------------------------------------------------


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def slash(d: dt.date) -> str:
    """04/09/2026"""
    return d.strftime("%m/%d/%Y")


def short(d: dt.date) -> str:
    """04/09/26"""
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    """April 9, 2026"""
    return d.strftime("%B %-d, %Y")


def abbr(d: dt.date) -> str:
    """Apr 9, 2026"""
    return d.strftime("%b %-d, %Y")


def dmy_long(d: dt.date) -> str:
    """9 April 2026"""
    return d.strftime("%-d %B %Y")


def dmy_abbr(d: dt.date) -> str:
    """9 Apr 2026"""
    return d.strftime("%-d %b %Y")


def dd_mon(d: dt.date) -> str:
    """09-Apr-2026"""
    return d.strftime("%d-%b-%Y")


def dash(d: dt.date) -> str:
    """04-09-2026"""
    return d.strftime("%m-%d-%Y")


def upper(d: dt.date) -> str:
    """APR 09, 2026"""
    return d.strftime("%b %d, %Y").upper()


def nopad(d: dt.date) -> str:
    """4/9/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def wday_long(d: dt.date) -> str:
    """Thursday, April 9, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def mon_day(d: dt.date) -> str:
    """Apr 9 (no year)"""
    return d.strftime("%b %-d")


def es_date(d: dt.date) -> str:
    """9 de abril de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_short(d: dt.date) -> str:
    """09-abr-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def dmy_slash(d: dt.date) -> str:
    """9/4/2026 (day first, as a Spanish letter prints it)"""
    return f"{d.day}/{d.month}/{d.year}"


def n2(v: float) -> str:
    """1,234.50 (no sign)"""
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """$1,234.50"""
    return f"${v:,.2f}"


def flat(v: float) -> str:
    """1234.50 (no sign, no separators)"""
    return f"{v:.2f}"


# --- people -------------------------------------------------------------------------------------------------------


def person(rng: random.Random, firsts: list[str], lasts: list[str], used: set, last: str | None = None) -> str:
    """An invented 'First M. Last' whose first name (and last name unless given) is not yet used in the family."""
    for _ in range(400):
        f = rng.choice(firsts)
        la = last or rng.choice(lasts)
        if f in used or (last is None and la in used):
            continue
        used.add(f)
        used.add(la)
        return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {la}"
    raise RuntimeError("name pool exhausted")


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def last_first(full: str) -> str:
    """CASTELLANE, THEO R"""
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str) -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


# --- the sheet ----------------------------------------------------------------------------------------------------


class ENSheet(Page):
    """public_kit.Page plus the round's letterheads, a table that runs on without its heading, caption styles, a
    timeline, a stamp, a tear-off stub, prose columns, a running header / footer and a typed fax header line."""

    def __init__(self, serif: bool = False, footer: str | None = "Page {n} of {nb}", footer_left: str = "",
                 run_head: str | None = None, head_first: bool = False, run_foot: str | None = None,
                 fax_hdr: str | None = None, fax_off: int = 0):
        super().__init__(serif=serif, footer=footer, footer_left=footer_left)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)
        self.add_font("Obl", "", OBL)
        self.run_head, self.head_first, self.run_foot = run_head, head_first, run_foot
        self.fax_hdr, self.fax_off = fax_hdr, fax_off

    # page furniture
    def header(self):
        y = 5.0
        if self.fax_hdr:
            self.set_font("Mono", "", 7.6)
            self.set_xy(self.l_margin, y)
            self.cell(0, 3.4, self.fax_hdr.replace("{n}", f"{self.page_no() + self.fax_off:03d}"))
            y += 4.6
        if self.run_head and (self.page_no() > 1 or self.head_first):
            self.f(7.2)
            self.set_text_color(60, 60, 60)
            self.set_xy(self.l_margin, y + 0.6)
            self.cell(0, 3.4, self.run_head.replace("{n}", str(self.page_no())))
            self.set_text_color(0, 0, 0)
            self.seg(self.l_margin, y + 4.6, self.w - self.r_margin, y + 4.6, 0.3)
            y += 6.5
        self.set_xy(self.l_margin, max(self.t_margin, y + 2))

    def footer(self):
        if self.run_foot:
            self.set_y(-18.5)
            self.f(6.8)
            self.set_text_color(70, 70, 70)
            self.cell(0, 3.2, self.run_foot.replace("{n}", str(self.page_no())), align="C")
            self.set_text_color(0, 0, 0)
        super().footer()

    def seg(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.2):
        self.set_line_width(width)
        FPDF.line(self, x1, y1, x2, y2)
        self.set_line_width(0.2)

    @property
    def W(self) -> float:
        return self.w - self.l_margin - self.r_margin

    # letterheads
    def _right_lines(self, lines: list[str], y: float, size: float = 7.6, w: float = 70):
        self.f(size)
        for ln in lines:
            self.set_xy(self.w - self.r_margin - w, y)
            self.cell(w, size * 0.48, ln, align="R")
            y += size * 0.48
        return y

    def contractor_head(self, firm: str, tag: str, plan_line: str, lines: list[str], style: str = "for",
                        box: str | None = None, size: float = 24):
        """The contractor's name large (a filled mark with its first letter at the left), `tag` in small bold
        beside it; the plan named small: under it ('for') or over it ('admin'); contact lines at the right."""
        y0 = self.get_y()
        x = self.l_margin
        yb = y0
        if style == "admin":
            self.set_text_color(90, 90, 90)
            self.f(7.4)
            self.set_xy(x, y0)
            self.cell(0, 3.4, plan_line)
            self.set_text_color(0, 0, 0)
            yb = y0 + 4.4
        s = size * 0.42
        self.set_fill_color(35, 35, 35)
        self.rect(x, yb + 0.4, s, s, style="F", round_corners=True, corner_radius=1.4)
        self.set_text_color(255, 255, 255)
        self.f(size * 0.62, "B")
        self.set_xy(x, yb + 0.4)
        self.cell(s, s, firm[0].upper(), align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.f(size, "B")
        self.set_char_spacing(1.2)
        self.set_xy(x + s + 2.5, yb)
        self.cell(self.get_string_width(firm.upper()) + 2, s + 1, firm.upper())
        self.set_char_spacing(0)
        self.f(9.2, "B")
        self.set_text_color(80, 80, 80)
        self.cell(0, s + 1.6, tag)
        self.set_text_color(0, 0, 0)
        yy = yb + s + 2.2
        if style == "for":
            self.set_text_color(90, 90, 90)
            self.set_font("Obl", "", 7.4)
            self.set_xy(x + s + 2.8, yy)
            self.cell(0, 3.4, plan_line)
            self.set_text_color(0, 0, 0)
            yy += 4.4
        yr = self._right_lines(lines, y0 + (5 if style == "admin" else 0.5))
        if box:
            self.f(10, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, yr + 1.5)
            self.cell(bw, 7, box, border=1, align="C")
            yr += 9
        y = max(yy, yr) + 1.2
        self.seg(self.l_margin, y, self.w - self.r_margin, y, 0.7)
        self.set_xy(self.l_margin, y + 4)

    def mark(self, x: float, y: float, s: float, initials: str, shape: str):
        """A drawn logo: initials in a circle, a double box or a hexagon, with a small ornament."""
        self.set_line_width(0.8)
        if shape == "circle":
            self.ellipse(x, y, s, s)
            self.set_line_width(0.3)
            self.ellipse(x + 1.2, y + 1.2, s - 2.4, s - 2.4)
        elif shape == "box":
            self.rect(x, y, s, s)
            self.set_line_width(0.3)
            self.rect(x + 1.3, y + 1.3, s - 2.6, s - 2.6)
        else:
            cx, cy, r = x + s / 2, y + s / 2, s / 2
            pts = [(cx + r * math.cos(math.radians(30 + 60 * k)), cy + r * math.sin(math.radians(30 + 60 * k)))
                   for k in range(6)]
            self.polygon(pts, style="D")
            self.set_line_width(0.3)
            self.seg(x + s * 0.22, y + s * 0.78, x + s * 0.78, y + s * 0.78, 0.3)
        self.set_line_width(0.2)
        self.f(s * 1.25, "B")
        self.set_xy(x, y + s * 0.05)
        self.cell(s, s * 0.9, initials, align="C")

    def logo_head(self, initials: str, line1: str, line2: str, lines: list[str], shape: str = "circle",
                  size: float = 18, box: str | None = None, rule: bool = True):
        """A drawn mark beside the insurer's name set on two lines (line1 large and bold, line2 smaller under it);
        the contact lines at the right; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        s = size * 0.78
        self.mark(self.l_margin, y0, s, initials, shape)
        x = self.l_margin + s + 3.5
        self.f(size, "B")
        self.set_xy(x, y0 + 0.2)
        self.cell(0, size * 0.42, line1)
        self.f(size * 0.56)
        self.set_xy(x, y0 + size * 0.42 + 1.4)
        self.cell(0, size * 0.3, line2)
        yr = self._right_lines(lines, y0 + 0.5, w=66)
        if box:
            self.f(9.6, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, yr + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            yr += 8.4
        y = max(y0 + s, yr) + 2
        if rule:
            self.seg(self.l_margin, y, self.w - self.r_margin, y, 0.4)
        self.set_xy(self.l_margin, y + 4)

    # caption styles
    def id_strip(self, items: list[tuple[str, str]], size: float = 9.2, x: float | None = None,
                 w: float | None = None, widths: list[float] | None = None):
        """Values in one row split by thin vertical bars, each caption under its value in small grey type (cells of
        equal width, or `widths`)."""
        x0 = self.l_margin if x is None else x
        W = w or self.W
        ws = widths or [W / len(items)] * len(items)
        y = self.get_y()
        xx = x0 - ws[0]
        for i, (v, k) in enumerate(items):
            xx += ws[i - 1] if i else ws[0]
            cw = ws[i]
            if i:
                self.seg(xx - 1.2, y, xx - 1.2, y + size * 0.48 + 4.2, 0.3)
            self.set_xy(xx, y)
            self.f(size, "B")
            self.cell(cw - 2.4, size * 0.48, v)
            self.set_xy(xx, y + size * 0.48 + 0.6)
            self.set_text_color(95, 95, 95)
            self.f(6.4)
            self.cell(cw - 2.4, 3, k)
            self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y + size * 0.48 + 6.5)

    def tab_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.4, h: float = 8.4):
        """Rows of ruled boxes of (caption, value, width): the caption in white on a small dark tab standing on the
        box's top edge at the left, the value inside the box."""
        for row in rows:
            x = self.l_margin
            y = self.get_y() + 3.6
            for k, v, w in row:
                self.f(6.2, "B")
                tw = self.get_string_width(k) + 3
                self.set_fill_color(50, 50, 50)
                self.set_text_color(255, 255, 255)
                self.set_xy(x + 1.5, y - 3.4)
                self.cell(tw, 3.4, k, fill=True, align="C")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.rect(x, y, w - 2, h)
                self.set_xy(x + 1.6, y + (h - size * 0.45) / 2)
                self.f(size)
                self.cell(w - 5, size * 0.45, v)
                x += w
            self.set_xy(self.l_margin, y + h + 1.6)
        self.ln(1.5)

    def cap_right(self, rows: list[tuple[str, str]], box_w: float = 62, size: float = 9.2, h: float = 6.6,
                  x: float | None = None):
        """Values in ruled boxes one under another, each caption outside its box at the right in grey."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        for v, k in rows:
            self.rect(x0, y, box_w, h)
            self.set_xy(x0 + 1.5, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(box_w - 3, size * 0.45, v)
            self.set_text_color(70, 70, 70)
            self.set_font("Obl", "", 7.8)
            self.set_xy(x0 + box_w + 2, y + (h - 3.6) / 2)
            self.cell(60, 3.6, "\u2190 " + k)
            self.set_text_color(0, 0, 0)
            y += h + 1.2
        self.set_xy(self.l_margin, y + 2)

    # tables
    def run_table(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.6,
                  row_h: float = 4.6, foot_room: float = 24, rules: bool = True, face: str | None = None):
        """A table printed with its heading once. A row is a list of cells, ("span", text) for a bold group line,
        ("bold", cells) for a total, ("gap",) for a little space, ("break",) to go on at the top of the next page.
        At a break (or when the page is full) the rows simply go on under the next page's running header: no
        heading again, no 'continued' line, no carried subtotal."""
        x0 = self.l_margin
        W = sum(widths)

        def setf(bold=False):
            if face == "Mono":
                self.set_font("Mono", "B" if bold else "", size - 0.5)
            else:
                self.f(size, "B" if bold else "")

        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.43
        n = max(len(self.multi_cell(w - 0.8, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        hh = n * lh + 1.8
        self.set_fill_color(225, 225, 225)
        self.rect(x0, y, W, hh, style="DF")
        self.set_fill_color(255, 255, 255)
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x + 0.4, y + 0.9)
            self.multi_cell(w - 0.8, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y + hh + 0.4)
        for r in rows:
            if isinstance(r, tuple) and r[0] == "break":
                self.add_page()
                continue
            if self.get_y() + row_h + 1 > self.h - foot_room:
                self.add_page()
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.2)
                continue
            if isinstance(r, tuple) and r[0] in ("span", "note"):
                setf(r[0] == "span")
                self.set_x(x0)
                self.cell(W, row_h + 0.3, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            bold = isinstance(r, tuple) and r[0] == "bold"
            cells = r[1] if bold else r
            if bold:
                self.seg(x0, self.get_y() + 0.1, x0 + W, self.get_y() + 0.1, 0.3)
            setf(bold)
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
            if rules and not bold:
                self.set_draw_color(170, 170, 170)
                self.seg(x0, self.get_y(), x0 + W, self.get_y(), 0.1)
                self.set_draw_color(0, 0, 0)
        self.ln(2)

    # other pieces
    def timeline(self, title: str, events: list[tuple[str, str]], size: float = 7.4):
        """Dated events as ticks on a horizontal line: each label over its tick, its date under it."""
        W = self.W
        self.f(size + 1.2, "B")
        self.set_x(self.l_margin)
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 8
        cw = min(W / len(events) - 1, 38)
        x0, x1 = self.l_margin + cw / 2, self.l_margin + W - cw / 2
        self.seg(x0, y, x1, y, 0.6)
        step = (x1 - x0) / max(1, len(events) - 1)
        for i, (d, lab) in enumerate(events):
            x = x0 + i * step
            self.set_fill_color(30, 30, 30)
            self.ellipse(x - 1.3, y - 1.3, 2.6, 2.6, style="F")
            self.set_fill_color(255, 255, 255)
            self.f(size - 0.6)
            self.set_xy(x - cw / 2, y - 7.4)
            self.multi_cell(cw, (size - 0.6) * 0.42, lab, align="C", new_x="LEFT", new_y="TOP", max_line_height=3)
            self.f(size, "B")
            self.set_xy(x - cw / 2, y + 2)
            self.cell(cw, 3.6, d, align="C")
        self.set_xy(self.l_margin, y + 8)

    def stamp(self, lines: list[str], x: float, y: float, angle: float = -9, size: float = 9):
        """A tilted, double-framed grey stamp over the page (a clinic's or mail room's RECEIVED stamp)."""
        self.set_draw_color(110, 110, 110)
        self.set_text_color(110, 110, 110)
        self.f(size, "B")
        w = max(self.get_string_width(s) for s in lines) + 8
        h = len(lines) * size * 0.5 + 4
        with self.rotation(angle, x + w / 2, y + h / 2):
            self.set_line_width(0.7)
            self.rect(x, y, w, h)
            self.set_line_width(0.25)
            self.rect(x + 1, y + 1, w - 2, h - 2)
            yy = y + 2
            for s in lines:
                self.set_xy(x, yy)
                self.cell(w, size * 0.5, s, align="C")
                yy += size * 0.5
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)

    def tear_off(self, note: str, title: str, cells: list[tuple[str, str, float]], size: float = 8.6):
        """A dashed cut line with scissors and a note, then a stub: a bold title and boxes with small captions over
        their values (a form to send back)."""
        y = self.get_y() + 2
        self.set_dash_pattern(dash=1.4, gap=1.2)
        FPDF.line(self, self.l_margin, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.f(9)
        self.set_xy(self.l_margin + 4, y - 2.2)
        self.set_fill_color(255, 255, 255)
        self.cell(5, 4.4, "\u2702", fill=True)
        self.f(6.6)
        self.set_xy(self.l_margin + 12, y - 1.6)
        self.cell(self.get_string_width(note) + 2, 3.2, note, fill=True)
        self.set_xy(self.l_margin, y + 3)
        self.f(size + 0.8, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        x = self.l_margin
        yy = self.get_y() + 1
        for k, v, w in cells:
            self.rect(x, yy, w - 1.5, 10)
            self.set_xy(x + 1.2, yy + 0.8)
            self.set_text_color(90, 90, 90)
            self.f(6)
            self.cell(w - 4, 2.8, k)
            self.set_text_color(0, 0, 0)
            self.set_xy(x + 1.2, yy + 4.4)
            self.f(size)
            self.cell(w - 4, 4, v)
            x += w
        self.set_xy(self.l_margin, yy + 13)

    def cols(self, columns: list[list[tuple[str, str]]], size: float = 8.2, gap: float = 5):
        """Prose in len(columns) columns, each a list of (heading, text); thin rules between the columns."""
        n = len(columns)
        cw = (self.W - gap * (n - 1)) / n
        y0 = self.get_y()
        ends = []
        for i, blocks in enumerate(columns):
            x = self.l_margin + i * (cw + gap)
            self.set_xy(x, y0)
            for head, text in blocks:
                if head:
                    self.set_x(x)
                    self.f(size + 0.6, "B")
                    self.multi_cell(cw, size * 0.5, head, new_x="LEFT", new_y="NEXT", align="L")
                    self.ln(0.5)
                self.set_x(x)
                self.f(size)
                self.multi_cell(cw, size * 0.45, text, new_x="LEFT", new_y="NEXT", align="L")
                self.ln(1.6)
            ends.append(self.get_y())
        for i in range(1, n):
            xr = self.l_margin + i * (cw + gap) - gap / 2
            self.seg(xr, y0, xr, max(ends) - 1, 0.2)
        self.set_xy(self.l_margin, max(ends) + 1)

    def code_key(self, title: str, items: list[tuple[str, str]], ncol: int = 2, size: float = 7.4,
                 code_w: float = 10):
        """A legend of codes in a ruled grid: each cell holds a code in bold at the left and its meaning beside it;
        cells fill row by row; never split over pages."""
        cw = self.W / ncol
        lh = size * 0.45
        rows = [items[i:i + ncol] for i in range(0, len(items), ncol)]
        hts = [max(len(self.multi_cell(cw - code_w - 2.5, lh, t, dry_run=True, output="LINES")) for _, t in r) * lh
               + 2 for r in rows]
        if self.get_y() + sum(hts) + 8 > self.h - 22:
            self.add_page()
        self.f(size + 1.4, "B")
        self.set_x(self.l_margin)
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.5
        for r, h in zip(rows, hts):
            for j, (c, t) in enumerate(r):
                x = self.l_margin + j * cw
                self.rect(x, y, cw, h)
                self.set_xy(x + 1, y + 1)
                self.f(size, "B")
                self.cell(code_w, lh, c)
                self.set_xy(x + code_w + 1.2, y + 1)
                self.f(size)
                self.multi_cell(cw - code_w - 2.5, lh, t, new_x="LEFT", new_y="NEXT", align="L")
            y += h
        self.set_xy(self.l_margin, y + 3)

    def checks(self, items: list[tuple[bool, str]], size: float = 8.8):
        """A row of check boxes, the ticked one marked with an X."""
        x = self.l_margin
        y = self.get_y()
        for on, text in items:
            self.rect(x, y + 0.4, 3.6, 3.6)
            if on:
                self.seg(x + 0.5, y + 0.9, x + 3.1, y + 3.5, 0.5)
                self.seg(x + 3.1, y + 0.9, x + 0.5, y + 3.5, 0.5)
            self.f(size, "B" if on else "")
            self.set_xy(x + 5, y)
            tw = self.get_string_width(text) + 2
            self.cell(tw, 4.4, text)
            x += tw + 10
        self.set_xy(self.l_margin, y + 7)

    def side_box(self, x: float, y: float, w: float, title: str, items: list, size: float = 7.6) -> float:
        """A framed box at (x, y): a dark title bar, then items (a (caption, value) pair prints caption: value on one
        line, a string prints as a paragraph). Returns the y under it."""
        self.set_fill_color(60, 60, 60)
        self.set_text_color(255, 255, 255)
        self.set_xy(x, y)
        self.f(size + 0.4, "B")
        self.cell(w, size * 0.64, " " + title, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        yy = y + size * 0.64 + 1.2
        for it in items:
            self.set_xy(x + 1.6, yy)
            if isinstance(it, tuple):
                self.f(size - 0.6)
                kw = self.get_string_width(it[0] + ":") + 1.5
                self.cell(kw, size * 0.48, it[0] + ":")
                self.f(size, "B")
                self.multi_cell(w - 3.2 - kw, size * 0.48, it[1], new_x="LEFT", new_y="NEXT", align="L")
            else:
                self.f(size - 0.3)
                self.multi_cell(w - 3.2, (size - 0.3) * 0.45, it, new_x="LEFT", new_y="NEXT", align="L")
            yy = self.get_y() + 1
        self.rect(x, y, w, yy - y + 0.6)
        return yy + 1.6

    def para_w(self, text: str, w: float, size: float = 9.2, gap: float = 1.8, x: float | None = None):
        """A paragraph of width w starting at x (default the left margin)."""
        self.f(size)
        self.set_x(self.l_margin if x is None else x)
        self.multi_cell(w, size * 0.47, text, new_x="LEFT", new_y="NEXT", align="L", markdown=True)
        self.ln(gap)

    def sign(self, lines: list[str], size: float = 9.2):
        self.ln(2)
        self.f(size)
        for ln in lines:
            self.set_x(self.l_margin)
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


def fax_cover(sender: str, sender_lines: list[str], grid: list[tuple[str, str]], note: list[str],
              fax_hdr: str | None = None, title: str = "Fax") -> bytes:
    """A sender's own fax cover page (a page that belongs to no document): the sender's name and lines, a large
    title, a ruled To / From / Date / Pages grid and a short note, a confidentiality line."""
    p = ENSheet(footer=None, fax_hdr=fax_hdr)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, sender, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in sender_lines:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.f(34, "B")
    p.cell(0, 15, title, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for k, v in grid:
        y = p.get_y()
        p.f(10.5, "B")
        p.cell(34, 9, k)
        p.f(10.5)
        p.cell(0, 9, v)
        p.seg(p.l_margin + 34, y + 8.2, p.w - p.r_margin, y + 8.2, 0.3)
        p.set_xy(p.l_margin, y + 10.5)
    p.ln(6)
    for ln in note:
        p.para(ln, 10.2)
    p.ln(30)
    p.f(7.6)
    p.multi_cell(0, 3.8, "This fax may contain health information that is private. If it reached you by mistake, "
                         "please call the number above and destroy the pages. Do not share them.")
    return out(p)
