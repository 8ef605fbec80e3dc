"""Drawing helpers for round ES, helper famsd (papers mirrored from a state-funded program that pays for what other
coverage does not for adults with Huntington's disease or ALS, in an invented state; an invented health plan for
stonemasons, stone carvers and setters).

Why: this round asks for (a) home-made fax cover sheets (hand-lettered or typed at home, with typos, "Frm", "Attn",
"Re:" run into the subject, "# of pgs" and a page count in words, naming the patient but not the payer) in front of
papers from one or two senders; (b) a second paper from the same sender right after a signed letter; (c) drawn
wordmarks: a name in spaced capitals, a name split over two lines around a large ampersand, a logo word with a small
legal name under it, and bodies that call the payer "the Program" or "the Plan"; (d) IDs whose letters look like
digits (S/5, Z/2, B/8, I/1) and IDs printed in groups, and claim rows carrying inline captions ("Client", "Auth",
"Plan:", "Referral #"); (e) bare numeric footnote marks on rows explained by a numbered list under the table next to
letter codes elsewhere, date captions with a weekday or "of", and a provider bill whose refused visit is told only in
its message. New here:
- ESSheet.seal_head: a drawn round seal beside a name in spaced capitals, a second line with an ampersand, a small
  third line and address lines, contact lines at the right and an optional outlined box;
- ESSheet.amp_head: a drawn ashlar-and-quoin block mark beside a brand split over two lines ("ASHLAR" over
  "& QUOIN", the ampersand set large in italics) with a small legal name under it;
- ESSheet.logo_legal: a logo word in heavy condensed capitals beside a drawn plumb bob, with a small legal name
  under it;
- ESSheet.side_boxes: captions at the left, right-aligned, each value in a ruled box beside its caption;
- ESSheet.note_list: a numbered note list (bare "1", "2" ...) with hanging text, for footnote marks on rows;
- ESSheet.msg_box: a framed message block with a title tab (a bill's note about the account);
- hand_cover: a hand-lettered home fax cover (pen letters drawn as pictures, no text layer);
- home_typed_cover: a cover typed at home in a word processor, with its typos.
Date shapes added: "Tue 04/14/2026" (dow_slash), "the 5th of May 2026" (of_date, never the only place a truth date is
printed), "Tuesday, April 14, 2026" (wday from round EP).
Everything printed with these helpers is invented except the names of public programs and codes.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundac_famcc import hand_image, place
from kit_rounder_famrd import ERSheet

__all__ = ["ESSheet", "dow_slash", "of_date", "hand_cover", "home_typed_cover"]


def dow_slash(d: dt.date) -> str:
    """Tue 04/14/2026"""
    return f"{d.strftime('%a')} {d.strftime('%m/%d/%Y')}"


def of_date(d: dt.date) -> str:
    """the 5th of May 2026"""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suf} of {d.strftime('%B')} {d.year}"


class ESSheet(ERSheet):
    """ERSheet with the round's drawn letterheads, side boxes, numbered notes and message blocks."""

    # --- marks ---------------------------------------------------------------------------------------------------
    def seal(self, x: float, y: float, s: float):
        """A state seal: two rings, a row of five small stars, three ridge lines and a banner line."""
        self.set_line_width(0.7)
        self.ellipse(x, y, s, s)
        self.set_line_width(0.25)
        self.ellipse(x + 1.3, y + 1.3, s - 2.6, s - 2.6)
        self.set_fill_color(40, 40, 40)
        for i in range(5):
            cx = x + s * (0.3 + 0.1 * i)
            self.ellipse(cx - 0.45, y + s * 0.24, 0.9, 0.9, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.45)
        pts = [(0.18, 0.66), (0.34, 0.44), (0.47, 0.58), (0.6, 0.38), (0.82, 0.66)]
        for (a, b), (c, d) in zip(pts, pts[1:]):
            self.seg(x + s * a, y + s * b, x + s * c, y + s * d)
        self.seg(x + s * 0.2, y + s * 0.72, x + s * 0.8, y + s * 0.72)
        self.seg(x + s * 0.26, y + s * 0.79, x + s * 0.74, y + s * 0.79)
        self.set_line_width(0.2)

    def ashlar(self, x: float, y: float, s: float):
        """Four courses of dressed stone in a staggered bond with a quoin of long and short blocks at the left."""
        self.set_line_width(0.5)
        h = s / 4
        for r in range(4):
            yy_ = y + r * h
            qw = s * (0.38 if r % 2 == 0 else 0.22)
            self.set_fill_color(60, 60, 60)
            self.rect(x, yy_, qw, h - 0.5, style="F")
            self.set_fill_color(255, 255, 255)
            xx = x + qw + 0.5
            widths = [s * 0.3, s * 0.3] if r % 2 == 0 else [s * 0.36, s * 0.38]
            for w in widths:
                w = min(w, x + s - xx)
                if w > 0.8:
                    self.rect(xx, yy_, w, h - 0.5)
                xx += w + 0.5
        self.set_line_width(0.2)

    def plumb(self, x: float, y: float, s: float):
        """A plumb bob on its line."""
        self.set_line_width(0.4)
        self.seg(x + s / 2, y, x + s / 2, y + s * 0.45)
        self.set_fill_color(45, 45, 45)
        self.polygon([(x + s * 0.3, y + s * 0.45), (x + s * 0.7, y + s * 0.45), (x + s / 2, y + s)], style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    # --- letterheads ---------------------------------------------------------------------------------------------
    def _right_block(self, right: list[str], y0: float, size: float = 7.4) -> float:
        ry = y0
        self.set_font("Sans", "", size)
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.58, ry)
            self.cell(self.W * 0.42, 3.6, ln, align="R")
            ry += 3.6
        return ry

    def _box_and_rule(self, box: str | None, ry: float, y: float, left_end: float, rule: str = "single"):
        x0 = self.l_margin
        if box:
            self.set_font("Sans", "B", 8.6)
            bw = self.get_string_width(box) + 6
            by = ry + 1.5
            if left_end > x0 + self.W - bw - 2 and by < y:
                by = y + 1
            self.set_xy(x0 + self.W - bw, by)
            self.set_line_width(0.5)
            self.cell(bw, 6.5, box, border=1, align="C")
            self.set_line_width(0.2)
            ry = by + 7.2
        y = max(y, ry) + 1.8
        self.set_line_width(0.7)
        self.seg(x0, y, x0 + self.W, y)
        self.set_line_width(0.2)
        if rule == "double":
            self.seg(x0, y + 1.1, x0 + self.W, y + 1.1)
        self.set_xy(x0, y + 4)

    def seal_head(self, spaced: str, second: str, third: str, lines: list[str], right: list[str],
                  box: str | None = None, spaced_size: float = 17, rule: str = "double"):
        """A drawn seal beside the name in spaced capitals ('K E L L S M O O R'), a serif second line with an
        ampersand ('Department of Health & Aging'), a small bold third line (the bureau or program), address lines,
        contact lines at the right, an optional outlined box and a rule."""
        x0, y0 = self.l_margin, self.get_y()
        self.seal(x0, y0, 17)
        tx = x0 + 21
        self.set_xy(tx, y0 - 0.5)
        self.set_font("Serif", "B", spaced_size)
        self.cell(self.W * 0.6, spaced_size * 0.42, spaced)
        y = y0 + spaced_size * 0.42 + 0.4
        self.set_xy(tx, y)
        self.set_font("Serif", "", 11.5)
        self.cell(self.W * 0.6, 5.2, second)
        end = tx + self.get_string_width(second)
        y += 5.6
        self.set_xy(tx, y)
        self.set_font("Sans", "B", 7.4)
        self.cell(self.W * 0.6, 3.6, third)
        end = max(end, tx + self.get_string_width(third))
        y += 4.0
        self.set_font("Sans", "", 7.0)
        for ln in lines:
            self.set_xy(tx, y)
            self.cell(self.W * 0.6, 3.2, ln)
            y += 3.2
        ry = self._right_block(right, y0)
        self._box_and_rule(box, ry, max(y, y0 + 18), end, rule)

    def amp_head(self, top: str, bottom: str, legal: str, lines: list[str], right: list[str],
                 box: str | None = None, size: float = 19):
        """The ashlar mark beside a brand broken over two lines: 'ASHLAR' over a large italic '&' and 'QUOIN', a
        small legal name under them, address lines, contact lines at the right, an optional box and a rule."""
        x0, y0 = self.l_margin, self.get_y()
        self.ashlar(x0, y0 + 1, 16)
        tx = x0 + 20
        self.set_xy(tx, y0)
        self.set_font("Serif", "B", size)
        self.cell(self.W * 0.5, size * 0.42, top)
        y = y0 + size * 0.42 + 0.6
        self.set_xy(tx, y - 1.2)
        self.set_font("Serif", "I", size * 1.25)
        aw = self.get_string_width("&")
        self.cell(aw + 1, size * 0.5, "&")
        self.set_xy(tx + aw + 2, y)
        self.set_font("Serif", "B", size)
        self.cell(self.W * 0.5, size * 0.42, bottom)
        y += size * 0.42 + 1.4
        self.set_xy(tx, y)
        self.set_font("Sans", "", 6.6)
        self.set_text_color(60, 60, 60)
        self.cell(self.W * 0.6, 3.0, legal)
        self.set_text_color(0, 0, 0)
        end = tx + self.get_string_width(legal)
        y += 3.6
        self.set_font("Sans", "", 7.0)
        for ln in lines:
            self.set_xy(tx, y)
            self.cell(self.W * 0.6, 3.2, ln)
            y += 3.2
        ry = self._right_block(right, y0)
        self._box_and_rule(box, ry, y, end, "single")

    def logo_legal(self, word: str, legal: str, lines: list[str], right: list[str], box: str | None = None,
                   size: float = 24):
        """A plumb bob beside a logo word in heavy condensed capitals, a small legal name under the word, address
        lines, contact lines at the right, an optional box and a rule."""
        x0, y0 = self.l_margin, self.get_y()
        self.plumb(x0, y0 + 1, 10)
        tx = x0 + 13
        self.set_xy(tx, y0)
        self.set_font("Cond", "B", size)
        self.cell(self.W * 0.55, size * 0.42, word)
        y = y0 + size * 0.42 + 0.8
        self.set_xy(tx, y)
        self.set_font("Sans", "", 6.6)
        self.cell(self.W * 0.6, 3.0, legal)
        end = tx + self.get_string_width(legal)
        y += 3.6
        self.set_font("Sans", "", 7.0)
        for ln in lines:
            self.set_xy(tx, y)
            self.cell(self.W * 0.6, 3.2, ln)
            y += 3.2
        ry = self._right_block(right, y0)
        self._box_and_rule(box, ry, y, end, "single")

    # --- boxes and notes -----------------------------------------------------------------------------------------
    def side_boxes(self, rows: list[tuple[str, str]], x: float, y: float, w: float, cap_w: float,
                   size: float = 9.2, cap: float = 7.4, h: float = 6.4, gap: float = 1.6) -> float:
        """Captions at the left, right-aligned and ending before a ruled box that holds the value. Returns the y
        under the block."""
        yy_ = y
        for c, v in rows:
            self.set_font("Sans", "", cap)
            self.set_xy(x, yy_ + (h - cap * 0.45) / 2)
            self.cell(cap_w - 2, cap * 0.45, c, align="R")
            self.set_line_width(0.3)
            self.rect(x + cap_w, yy_, w - cap_w, h)
            self.set_line_width(0.2)
            self.fit(v, w - cap_w - 3, size, "B", "Sans")
            self.set_xy(x + cap_w + 1.5, yy_ + (h - size * 0.45) / 2)
            self.cell(w - cap_w - 2.5, size * 0.45, v)
            yy_ += h + gap
        return yy_

    def note_list(self, title: str | None, items: list[tuple[str, str]], size: float = 7.6, num_w: float = 6,
                  rule: bool = True):
        """Numbered notes: the bare number in bold at the left, the text hanging beside it."""
        if title:
            self.set_font("Sans", "B", size + 1)
            self.cell(self.W, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        if rule:
            self.set_line_width(0.3)
            self.seg(self.l_margin, self.get_y(), self.l_margin + self.W, self.get_y())
            self.set_line_width(0.2)
            self.ln(1)
        lh = size * 0.46
        for n, text in items:
            y = self.get_y()
            self.set_font("Sans", "", size)
            k = len(self.multi_cell(self.W - num_w, lh, text, dry_run=True, output="LINES"))
            if y + k * lh > self.h - 22:
                self.add_page()
                y = self.get_y()
            self.set_xy(self.l_margin, y)
            self.set_font("Sans", "B", size)
            self.cell(num_w, lh, n)
            self.set_font("Sans", "", size)
            self.set_xy(self.l_margin + num_w, y)
            self.multi_cell(self.W - num_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)

    def msg_box(self, title: str, paras: list[str], size: float = 9.0, shade: int = 232):
        """A framed message with a shaded title tab over its top-left corner."""
        x, y = self.l_margin, self.get_y()
        self.set_font("Sans", "B", size - 0.6)
        tw = self.get_string_width(title) + 6
        self.set_fill_color(shade, shade, shade)
        self.rect(x, y, tw, 5.6, style="DF")
        self.set_xy(x, y + 0.6)
        self.cell(tw, 4.4, title, align="C")
        self.set_fill_color(255, 255, 255)
        self.set_xy(x + 3, y + 7.6)
        for p in paras:
            self.set_font("Sans", "", size)
            self.set_x(x + 3)
            self.multi_cell(self.W - 6, size * 0.48, p, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(1.6)
        y2 = self.get_y() + 0.6
        self.rect(x, y + 5.6, self.W, y2 - y - 5.6)
        self.set_xy(x, y2 + 3)


# --- home-made fax covers (pages that belong to no document) --------------------------------------------------------
def hand_cover(rng: random.Random, title: str, rows: list[str], note: list[str], sign: str,
               fax_hdr: str | None = None) -> bytes:
    """A sheet of plain paper lettered by hand in black pen: a big title underlined twice, one line per row (the
    writer's own captions and spellings), a note and a sign-off. Only the machine's line at the top is text."""
    p = ESSheet(footer=None, fax_hdr=fax_hdr)
    p.set_margins(20, 16, 20)
    p.set_auto_page_break(False)
    p.add_page()
    img = hand_image(rng, [title + "    "], size_mm=13, ink="black")     # capitals run wider than the estimate
    place(p, img, 24, 22)
    p.set_line_width(0.7)
    p.seg(26, 22 + img.height / 12 + 1, 26 + img.width / 12 * 0.9, 22 + img.height / 12 + 2.2)
    p.seg(28, 22 + img.height / 12 + 3.4, 26 + img.width / 12 * 0.8, 22 + img.height / 12 + 4.0)
    p.set_line_width(0.2)
    y = 22 + img.height / 12 + 12
    for r in rows:
        im = hand_image(rng, [r], size_mm=6.2, ink="black")
        place(p, im, 26 + rng.uniform(-1.5, 1.5), y)
        y += im.height / 12 + rng.uniform(3.5, 6.0)
    y += 8
    for ln in note:                                  # one picture a line, so a drifting line cannot run into the next
        im = hand_image(rng, [ln + "  "], size_mm=5.4, ink="black")
        place(p, im, 30 + rng.uniform(-1, 1), y)
        y += im.height / 12 + 1.2
    y += 6
    im = hand_image(rng, [sign], size_mm=6.4, ink="black")
    place(p, im, 120, y)
    return bytes(p.output())


def home_typed_cover(title: str, rows: list[tuple[str, str]], note: list[str], foot: str,
                     fax_hdr: str | None = None) -> bytes:
    """A cover typed at home in a word processor: a big bold title in serif, a clip-art fax machine drawn beside it,
    tab-aligned caption lines in a plain face (the writer's captions, as typed), a note in a larger face and a
    misspelled privacy line at the foot."""
    p = ESSheet(footer=None, fax_hdr=fax_hdr)
    p.set_margins(25, 18, 25)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.W
    p.set_xy(p.l_margin, 26)
    p.set_font("Serif", "B", 40)
    p.cell(70, 18, title)
    # clip-art fax machine
    x, y = p.l_margin + W - 42, 22
    p.set_line_width(0.6)
    p.rect(x, y + 8, 38, 16, round_corners=True, corner_radius=2)
    p.rect(x + 6, y, 22, 10)
    for i in range(3):
        p.seg(x + 9, y + 3 + i * 2.3, x + 25, y + 3 + i * 2.3)
    p.rect(x + 27, y + 11, 8, 5)
    for i in range(3):
        for j in range(3):
            p.rect(x + 4 + j * 4, y + 12 + i * 3.4, 2.6, 2.2)
    p.set_line_width(0.2)
    p.set_xy(p.l_margin, 56)
    for k, v in rows:
        p.set_font("Sans", "", 12)
        if not v:                                   # a caption run into its subject ("Re:Radomir ...")
            p.cell(W, 9, k, new_x="LMARGIN", new_y="NEXT")
            continue
        p.cell(38, 9, k)
        p.cell(W - 38, 9, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.set_font("Sans", "", 12.5)
    for para in note:
        p.multi_cell(W, 6.6, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    p.set_y(p.h - 34)
    p.set_font("Sans", "B", 9)
    p.multi_cell(W, 4.4, foot, align="C", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
