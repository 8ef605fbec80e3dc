"""Drawing helpers for round EU, helper famuc (papers mirrored from a non-profit hospital's financial assistance
(charity care) program: applications, income papers, presumptive eligibility, discount decisions, refusals and a
hospital bill showing the adjustment; an invented health plan for bicycle couriers and delivery riders whose
eligibility counts dispatch hours across courier companies).

Why: round EU asks for notice dates said in words or set in odd places (ordinal days, a date only in a "Mailed" stamp
or in the footer, a date whose caption a fax garbles, the fax header's later date on every faxed page), values far
from their captions (a narrow caption column with the values flush at the right edge, with dot leaders or none;
caption blocks whose values sit below and to the right; member facts in a box on page two), statements whose refused
row is marked only by a code in a status or remarks column keyed in a legend under the table, providers with titles
and credentials or named only in prose, and case numbers under unusual labels beside decoy control, form, batch and
check numbers. ETSheet (round ET) already draws split and logo-plus-legal letterheads, far-right captions with a
drawn dotted guide, paired boxes, a facts panel and numbered notes; ESSheet draws home-typed and hand-lettered covers.
New here:
- EUSheet.archway / EUSheet.wheel: two drawn marks (an arched doorway with a lamp for the hospital's financial
  assistance office; a spoked bicycle wheel for the couriers' plan) so the letterheads are not earlier rounds' marks;
- EUSheet.arch_head: the archway, the hospital's name in letter-spaced serif capitals over a smaller second line, a
  department line and a grey parent-system line, contacts at the right, an optional boxed title, a double rule;
- EUSheet.wheel_head: the wheel, a slanted heavy brand word, the legal name small under it, a tagline and an operator
  line, contacts at the right, an optional boxed title;
- EUSheet.leader_right: captions in a narrow left column (they may wrap) and each value flush against the right
  margin, joined by typed dot leaders (periods a reader of the text sees) or by nothing at all; ETSheet.far_right
  draws its guide as a line, which leaves no characters between caption and value;
- EUSheet.stair: caption blocks whose values sit on the next line, indented to the right of the caption;
- EUSheet.faint_pair: a caption in thin light-grey type (a fine fax or a copier drops or breaks it) before a bold
  value, so the value keeps no readable caption on a poor capture;
- EUSheet.mailed: a slanted "MAILED" rubber stamp carrying a date (on one paper the only date it prints);
- EUSheet.code_key: a framed legend of status codes, each code in its own small box, two columns, under a claims or
  accounts table (codes that explain a payment and codes that refuse side by side, one code unused);
- date words: md_ord ("March 3rd, 2026"), day_of ("this 3rd day of April, 2026"), the_of_c ("the 12th of May,
  2026"), es_ord ("a los 17 días del mes de junio de 2026").
Everything else comes from round ET's ETSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundes_famsf import home_cover, nth  # noqa: F401
from kit_roundet_famtc import (ETSheet, abbr, addr_block, digits, dr, es_date, first_last, hand_cover, iso,  # noqa: F401
                               last_first, long, m2, n2, npi, out, plus, sign, slash, spaced_id, the_of, tin, truth,
                               usd, wd_tue)
from kit_roundeq_famqf import tx_cover  # noqa: F401

LIGHT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf"
OBLIQUE_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
LETTERS = "ACDEFGHJKLMNPRTUVWXY"


# --- dates and numbers ------------------------------------------------------------------------------------------------
def md_ord(d: dt.date) -> str:
    """March 3rd, 2026"""
    return f"{d.strftime('%B')} {nth(d.day)}, {d.year}"


def day_of(d: dt.date) -> str:
    """this 3rd day of April, 2026"""
    return f"this {nth(d.day)} day of {d.strftime('%B')}, {d.year}"


def the_of_c(d: dt.date) -> str:
    """the 12th of May, 2026"""
    return f"the {nth(d.day)} of {d.strftime('%B')}, {d.year}"


def es_ord(d: dt.date) -> str:
    """a los 17 días del mes de junio de 2026"""
    return f"a los {d.day} días del mes de {MONTHS_ES[d.month - 1]} de {d.year}"


def stamp_date(d: dt.date) -> str:
    """APR 07, 2026 (a date stamp's band)"""
    return d.strftime("%b %d, %Y").upper()


def fax_date(d: dt.date) -> str:
    """APR-20-2026 (a fax machine's header)"""
    return d.strftime("%b-%d-%Y").upper()


def letter(rng: random.Random) -> str:
    return rng.choice(LETTERS)


def phone(rng: random.Random, area: str = "304") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


# --- the sheet --------------------------------------------------------------------------------------------------------
class EUSheet(ETSheet):
    """ETSheet plus two drawn marks and their letterheads, typed dot leaders to a far-right value, stepped caption
    blocks, a faint caption, a mailed stamp and a boxed code key."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Light", "", LIGHT)
        self.add_font("SansBI", "", OBLIQUE_B)

    # --- marks ----------------------------------------------------------------------------------------------------
    def archway(self, x: float, y: float, s: float):
        """An arched doorway of height s: an outlined outer arch, a dark inner doorway with a small white lamp hung
        in it, and a doorstep under it."""
        w = s * 0.72

        def arch(x0, y0, ww, hh, n=18):
            r = ww / 2
            pts = [(x0, y0 + hh)]
            for i in range(n + 1):
                a = math.pi - math.pi * i / n
                pts.append((x0 + r + r * math.cos(a), y0 + r - r * math.sin(a)))
            pts.append((x0 + ww, y0 + hh))
            return pts

        self.set_line_width(0.8)
        self.polygon(arch(x, y, w, s * 0.88), style="D")
        self.set_fill_color(30, 30, 30)
        self.polygon(arch(x + w * 0.18, y + s * 0.14, w * 0.64, s * 0.74), style="F")
        self.set_fill_color(255, 255, 255)
        self.line_seg(x + w / 2, y + s * 0.14, x + w / 2, y + s * 0.36)
        self.ellipse(x + w / 2 - w * 0.09, y + s * 0.36, w * 0.18, w * 0.18, style="F")
        self.set_fill_color(30, 30, 30)
        self.rect(x - w * 0.06, y + s * 0.9, w * 1.12, s * 0.1, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def wheel(self, x: float, y: float, s: float):
        """A bicycle wheel of diameter s: a doubled rim, a hub and sixteen crossing spokes."""
        r = s / 2
        cx, cy = x + r, y + r
        self.set_line_width(1.0)
        self.ellipse(x, y, s, s)
        self.set_line_width(0.35)
        self.ellipse(x + s * 0.06, y + s * 0.06, s * 0.88, s * 0.88)
        self.set_line_width(0.18)
        for i in range(16):
            a = 2 * math.pi * i / 16
            hx, hy = cx + r * 0.1 * math.cos(a + 0.5), cy + r * 0.1 * math.sin(a + 0.5)
            self.line_seg(hx, hy, cx + r * 0.88 * math.cos(a), cy + r * 0.88 * math.sin(a))
        self.set_fill_color(30, 30, 30)
        self.ellipse(cx - r * 0.14, cy - r * 0.14, r * 0.28, r * 0.28, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def arch_head(self, top: str, second: str, dept: str, right: list[str], parent: str | None = None,
                  box: str | None = None, size: float = 17):
        """The archway at the left; beside it `top` in letter-spaced serif capitals, `second` smaller and spaced
        wider under it, a department line and a grey parent-system line; contacts right-aligned at the right; an
        optional boxed title under them; a double rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.95
        self.archway(self.l_margin, y0, s)
        x = self.l_margin + s * 0.72 + 4.5
        self.set_font("Serif", "B", size)
        self.set_char_spacing(1.2)
        self.set_xy(x, y0)
        self.cell(0, size * 0.42, top)
        self.set_font("Serif", "", size * 0.55)
        self.set_char_spacing(3.2)
        self.set_xy(x, y0 + size * 0.42 + 1.0)
        self.cell(0, size * 0.3, second)
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.72 + 2.4
        self.f(7.6, "B")
        self.set_xy(x, yy_)
        self.cell(0, 3.6, dept)
        yy_ += 3.8
        if parent:
            self.set_text_color(100, 100, 100)
            self.f(6.6)
            self.set_xy(x, yy_)
            self.cell(0, 3.1, parent)
            self.set_text_color(0, 0, 0)
            yy_ += 3.3
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        y = max(yy_, ry, y0 + s) + 1.5
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_xy(self.l_margin, y + 5)

    def wheel_head(self, brand: str, legal: str, right: list[str], tagline: str | None = None,
                   small: str | None = None, box: str | None = None, size: float = 24):
        """The wheel at the left; the brand word in heavy slanted capitals beside it, the legal name small directly
        under it, a grey tagline and a small operator line; contacts right-aligned at the right; a boxed title."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.62
        self.wheel(self.l_margin, y0, s)
        x = self.l_margin + s + 4
        self.set_font("SansBI", "", size)
        self.set_char_spacing(0.6)
        self.set_xy(x, y0)
        self.cell(0, size * 0.42, brand)
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.42 + 0.9
        self.f(7.2)
        self.set_xy(x, yy_)
        self.cell(0, 3.3, legal)
        yy_ += 4.1
        for ln, sz, grey in ((tagline, 7.0, 80), (small, 6.3, 105)):
            if ln:
                self.set_text_color(grey, grey, grey)
                self.f(sz)
                self.set_xy(x, yy_)
                self.multi_cell(W * 0.6 - (x - self.l_margin), sz * 0.45, ln, new_x="LEFT", new_y="NEXT")
                yy_ = self.get_y() + 0.2
                self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        y = max(yy_, ry, y0 + s) + 1.5
        self.set_line_width(0.45)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    # --- captions and values ----------------------------------------------------------------------------------------
    def leader_right(self, rows: list[tuple[str, str]], cap_w: float = 32, size: float = 9.2, cap: float = 8.0,
                     dots: bool = True, x: float | None = None, w: float | None = None, lh: float = 5.0,
                     cap_bold: bool = False):
        """Captions in a narrow column at the left (they wrap inside cap_w) and each value set flush against the right
        edge, joined by typed periods (dot leaders) or, with dots=False, by empty space."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        for k, v in rows:
            y = self.get_y()
            self.f(cap, "B" if cap_bold else "")
            self.set_xy(x0, y + 0.5)
            self.multi_cell(cap_w, cap * 0.44, k, new_x="LEFT", new_y="NEXT", align="L")
            y_cap = self.get_y()
            self.f(size, "B")
            vw = self.get_string_width(v) + 0.8
            if dots:
                self.f(cap)
                dw = self.get_string_width(". ")
                n = max(2, int((W - cap_w - vw - 5) / dw))
                self.set_xy(x0 + cap_w + 1.5, y)
                self.set_text_color(90, 90, 90)
                self.cell(W - cap_w - vw - 3, lh, ". " * n)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
            self.set_xy(x0 + W - vw, y)
            self.cell(vw, lh, v, align="R")
            self.set_xy(x0, max(y + lh, y_cap) + 0.5)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def stair(self, rows: list[tuple[str, str]], indent: float = 34, size: float = 9.4, cap: float = 7.6,
              x: float | None = None, w: float | None = None, ncol: int = 1, gap: float = 1.6):
        """Caption blocks: each caption on a line of its own (small, bold), its value on the NEXT line, indented to
        the right of where the caption began. With ncol > 1 the blocks fill the columns left to right."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        cw = W / ncol
        row_h = cap * 0.45 + 0.6 + size * 0.5 + gap
        y = self.get_y()
        for i, (k, v) in enumerate(rows):
            col = i % ncol
            if i and col == 0:
                y += row_h
            xx = x0 + col * cw
            self.set_xy(xx, y)
            self.f(cap, "B")
            self.cell(cw - 2, cap * 0.45, k)
            self.set_xy(xx + indent, y + cap * 0.45 + 0.6)
            self.f(size)
            self.cell(cw - indent - 2, size * 0.5, v)
        self.set_xy(self.l_margin, y + row_h + 1.5)

    def faint_pair(self, caption: str, value: str, x: float | None = None, size: float = 9.6, cap: float = 6.4,
                   grey: int = 178, gap: float = 2.0, align_right: bool = False):
        """A caption in thin light-grey type followed by a bold black value on the same line (a fine fax or a copier
        drops or breaks the caption and keeps the value)."""
        y = self.get_y()
        self.set_font("Light", "", cap)
        cwid = self.get_string_width(caption)
        self.f(size, "B")
        vwid = self.get_string_width(value)
        x0 = (self.w - self.r_margin - cwid - gap - vwid) if align_right else (self.l_margin if x is None else x)
        self.set_text_color(grey, grey, grey)
        self.set_font("Light", "", cap)
        self.set_xy(x0, y + (size - cap) * 0.22)
        self.cell(cwid, cap * 0.5, caption)
        self.set_text_color(0, 0, 0)
        self.f(size, "B")
        self.set_xy(x0 + cwid + gap, y)
        self.cell(vwid + 1, size * 0.5, value)
        self.set_xy(self.l_margin, y + size * 0.5 + 1.5)

    def mailed(self, date_s: str, office: str, x: float, y: float, angle: float = -8, size: float = 9.0):
        """A slanted 'MAILED' rubber stamp with its date band and the mail room's name."""
        self.rstamp(["MAILED", date_s, office], x, y, angle=angle, size=size, grey=70)

    def code_key(self, title: str, items: list[tuple[str, str]], size: float = 7.4, ncol: int = 2,
                 code_w: float = 9.0, gap: float = 5):
        """A framed key to status codes under a table: a title strip, then each code in a small box of its own with
        its meaning wrapped beside it, the entries flowing down the columns."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        self.set_fill_color(232, 232, 232)
        self.f(size + 0.6, "B")
        self.set_xy(x0, y0)
        self.cell(W, size * 0.62, " " + title, border=1, fill=True)
        self.set_fill_color(255, 255, 255)
        lh = size * 0.46
        cw = (W - 4 - gap * (ncol - 1)) / ncol
        self.f(size)
        hts = [max(lh + 1.2, len(self.multi_cell(cw - code_w - 2, lh, t, dry_run=True, output="LINES")) * lh) + 1.4
               for _, t in items]
        per = math.ceil(len(items) / ncol)
        ends = []
        for c in range(ncol):
            y = y0 + size * 0.62 + 1.6
            xx = x0 + 2 + c * (cw + gap)
            for (code, text), h in list(zip(items, hts))[c * per:(c + 1) * per]:
                self.f(size, "B")
                self.set_xy(xx, y)
                self.cell(code_w - 1.5, lh + 0.8, code, border=1, align="C")
                self.f(size)
                self.set_xy(xx + code_w, y + 0.3)
                self.multi_cell(cw - code_w - 2, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                y += h
            ends.append(y)
        yb = max(ends) + 0.6
        self.rect(x0, y0, W, yb - y0)
        self.set_xy(self.l_margin, yb + 3)
