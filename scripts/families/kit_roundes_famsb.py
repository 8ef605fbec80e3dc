"""Drawing helpers for round ES, helper famsb (papers mirrored from a state newborn and child hearing screening follow-up
program that pays diagnostic audiology and early hearing aids for children whose families lack coverage, in an invented
state, with an invented fiscal agent; an invented health plan for court reporters and stenographers with an invented
claims administrator).

Why: round ES asks for shapes intake reads badly: home-made fax covers (typed or hand-lettered, captions with typos or
odd wording such as "Frm", "Attn", "Re:" run into the subject, "# of pgs", a page count in words, a cover naming the
patient but not the insurer) in front of papers from one or two senders; letterheads with drawn wordmarks (a brand
split over two lines beside a drawn emblem, a logo word over a small legal name, spaced capitals, an ampersand
monogram); IDs whose letter prefixes look like digits and claim rows with inline captions; numbered remark notes on
claim rows next to letter codes; date captions with a weekday or "of"; a provider bill that names the refused visit
only in its message.
This kit builds on round ER's ERSheet (kit_rounder_famrb) and adds:
- stacked_mark: a drawn emblem of sound arcs beside a brand split over two lines in heavy capitals ("EARLY" over
  "SOUND"), a small legal name and a second small line under it, contact lines at the right, a rule;
- logo_word: a logo word in large serif over a drawn swoosh, the legal name small under it, a line of what the company
  does, contact lines at the right, a double rule;
- keys_mark: a drawn keyboard of small rounded keys beside a brand in spaced capitals ("V E R B A T I M"), a second
  line with an ampersand set in italic serif, the legal name small, contact lines at the right, a rule;
- amp_monogram: two initials and an ampersand in a ruled square, the company's name over two lines beside it;
- note_list: a numbered note list ("1", "2", ...) explaining the bare numbers printed on claim rows;
- hand: hand-lettered capitals (each letter a little larger or smaller, raised or lowered and turned);
- hand_cover: a hand-lettered fax cover on a ruled note-pad sheet (pages that belong to no document);
- typed_cover: a home-typed fax cover with odd captions and typos (pages that belong to no document).
Date helpers: day_short ("Mon 05/04/2026"), day_long ("Tuesday, March 10, 2026"), ordinal from round ER ("the 5th of
May, 2026").
Everything printed with these helpers is invented except codes (CPT, HCPCS, CARC) and the names of public programs.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounder_famrb import (ERSheet, abbr, digits, dmy, dmy_dash, es_date, es_short, fax_line, flat, iso,  # noqa
                               long, money_es, n2, ordinal, plus, short_md, slash, upper, usd, wday, ymd_dots, yy)

__all__ = ["ESSheet", "abbr", "digits", "dmy", "dmy_dash", "es_date", "es_short", "fax_line", "flat", "iso", "long",
           "money_es", "n2", "ordinal", "plus", "short_md", "slash", "upper", "usd", "wday", "ymd_dots", "yy",
           "day_short", "day_long", "hand_cover", "typed_cover", "home_fax_line"]


def day_short(d: dt.date) -> str:
    """Mon 05/04/2026"""
    return f"{d.strftime('%a')} {d.strftime('%m/%d/%Y')}"


def day_long(d: dt.date) -> str:
    """Tuesday, March 10, 2026"""
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def home_fax_line(d: dt.date, hhmm: str, frm: str, phone: str) -> str:
    """A home or small-office fax machine's line: '{n}' and '{nb}' become the page number and the count."""
    return f"{d.strftime('%m/%d/%Y')}  {hhmm}   {frm}   {phone}      P.{{n}}/{{nb}}"


class ESSheet(ERSheet):
    """ERSheet with the round ES letterheads, numbered notes and hand lettering."""

    # --- (c) drawn wordmarks ----------------------------------------------------------------------------------------
    def arcs(self, x: float, y: float, s: float):
        """A drawn emblem: a small filled circle (a head) with three sound arcs opening to the right."""
        self.set_fill_color(30, 30, 30)
        self.ellipse(x, y + s * 0.36, s * 0.28, s * 0.28, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.9)
        for i in range(3):
            r = s * (0.36 + 0.2 * i)
            cx, cy = x + s * 0.14, y + s * 0.5
            self.arc_box(cx - r, cy - r, 2 * r, 2 * r, -50, 50)
        self.set_line_width(0.2)

    def stacked_mark(self, top: str, bottom: str, legal: str, sub: str, right: list[str], size: float = 20,
                     lines: list[str] | None = None):
        """Sound arcs beside a brand split over two lines of heavy capitals, letters set tight; the legal name in small
        capitals under it, then a second small line; contact lines at the right; a heavy rule."""
        x0, y0 = self.l_margin, self.get_y()
        self.arcs(x0, y0 + 1, 17)
        tx = x0 + 21
        y = y0
        for word in (top, bottom):
            self.set_font("Sans", "B", size)
            self.set_char_spacing(-0.6)
            self.set_xy(tx, y)
            self.cell(self.W * 0.55, size * 0.4, word.upper())
            self.set_char_spacing(0)
            y += size * 0.4 + 0.5
        self.set_xy(tx, y + 0.6)
        self.set_font("Sans", "", 6.8)
        self.set_char_spacing(0.5)
        self.cell(self.W * 0.6, 3.2, legal.upper())
        self.set_char_spacing(0)
        y += 4
        self.set_xy(tx, y)
        self.set_font("Serif", "I", 8.2)
        self.cell(self.W * 0.6, 3.8, sub)
        y += 4.2
        self.set_font("Sans", "", 7.0)
        for ln in lines or []:
            self.set_xy(tx, y)
            self.cell(self.W * 0.6, 3.3, ln)
            y += 3.3
        ry = self._right(right, y0, frac=0.36, size=7.2)
        y = max(y, ry) + 1.5
        self.set_line_width(0.9)
        self.seg(x0, y, x0 + self.W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 4)

    def logo_word(self, word: str, legal: str, does: str, right: list[str], size: float = 26):
        """A logo word in large serif over a drawn swoosh, the legal name small under the swoosh, a line of what the
        company does in italics, contact lines at the right, a double rule."""
        x0, y0 = self.l_margin, self.get_y()
        self.set_font("Serif", "B", size)
        self.set_xy(x0, y0)
        ww = self.get_string_width(word)
        self.cell(ww, size * 0.42, word)
        y = y0 + size * 0.42 + 0.6
        self.set_line_width(1.1)
        self.arc_box(x0 - 2, y - 4.6, ww + 8, 5.6, 15, 165)
        self.set_line_width(0.2)
        y += 2.8
        self.set_xy(x0, y)
        self.set_font("Sans", "B", 7.6)
        self.cell(self.W * 0.6, 3.5, legal)
        y += 3.8
        self.set_xy(x0, y)
        self.set_font("Sans", "I", 7.6)
        self.cell(self.W * 0.6, 3.5, does)
        y += 3.8
        ry = self._right(right, y0, frac=0.4, size=7.2)
        y = max(y, ry) + 1.5
        self.set_line_width(0.4)
        self.seg(x0, y, x0 + self.W, y)
        self.seg(x0, y + 0.9, x0 + self.W, y + 0.9)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 4.5)

    def keys(self, x: float, y: float, s: float):
        """A drawn stenotype keyboard: two rows of small rounded keys over a row of two thumb keys."""
        kw, kh = s / 5.2, s / 4.4
        self.set_line_width(0.45)
        for r in range(2):
            for c in range(5):
                self.rect(x + c * (kw + 0.6), y + r * (kh + 0.6), kw, kh, round_corners=True, corner_radius=0.6)
        for c in (1, 2.6):
            self.rect(x + c * (kw + 0.6), y + 2 * (kh + 0.6) + 0.4, kw * 1.3, kh * 0.8, round_corners=True,
                      corner_radius=0.6)
        self.set_line_width(0.2)

    def keys_mark(self, word: str, amp_line: str, legal: str, right: list[str], size: float = 19,
                  lines: list[str] | None = None):
        """A drawn keyboard beside a brand in spaced capitals ('V E R B A T I M'); under it a second line whose
        ampersand is set large in italic serif ('REPORTERS & STENOGRAPHERS'); the legal name small; contact lines at
        the right; a rule."""
        x0, y0 = self.l_margin, self.get_y()
        self.keys(x0, y0 + 0.5, 16)
        tx = x0 + 22
        self.set_xy(tx, y0)
        self.set_font("Sans", "B", size)
        self.cell(self.W * 0.6, size * 0.42, " ".join(word.upper()))
        y = y0 + size * 0.42 + 1.2
        x = tx
        parts = amp_line.split("&")
        for i, part in enumerate(parts):
            part = part.strip()
            if i:
                self.set_font("Serif", "I", 12.5)
                self.set_xy(x + 0.6, y - 1.0)
                aw = self.get_string_width("&")
                self.cell(aw, 6, "&")
                x += aw + 1.8
            self.set_font("Sans", "B", 8.6)
            self.set_char_spacing(1.2)
            self.set_xy(x, y)
            pw = self.get_string_width(part.upper())
            self.cell(pw, 4.2, part.upper())
            self.set_char_spacing(0)
            x += pw + 0.8
        y += 5.2
        self.set_xy(tx, y)
        self.set_font("Sans", "", 6.9)
        self.cell(self.W * 0.6, 3.2, legal)
        y += 3.4
        for ln in lines or []:
            self.set_xy(tx, y)
            self.cell(self.W * 0.6, 3.2, ln)
            y += 3.2
        ry = self._right(right, y0, frac=0.36, size=7.2)
        y = max(y, ry, y0 + 18) + 1.5
        self.set_line_width(0.6)
        self.seg(x0, y, x0 + self.W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 4)

    def amp_monogram(self, a: str, b: str, name1: str, name2: str, sub: str, right: list[str]):
        """Two initials and a large italic ampersand in a ruled square; the company's name over two lines beside it
        (the first line in bold capitals, the second smaller), a line of small print, contact lines at the right."""
        x0, y0 = self.l_margin, self.get_y()
        s = 17
        self.set_line_width(0.8)
        self.rect(x0, y0, s, s)
        self.set_line_width(0.2)
        self.set_font("Serif", "B", 15)
        self.set_xy(x0 + 0.6, y0 + 2.2)
        self.cell(5.5, 7, a)
        self.set_font("Serif", "I", 13)
        self.set_xy(x0 + 5.2, y0 + 5.2)
        self.cell(6, 7, "&")
        self.set_font("Serif", "B", 15)
        self.set_xy(x0 + 10.2, y0 + 8.2)
        self.cell(5.5, 7, b)
        tx = x0 + s + 4
        self.set_xy(tx, y0 + 0.5)
        self.set_font("Sans", "B", 14)
        self.cell(self.W * 0.58, 6.2, name1.upper())
        self.set_xy(tx, y0 + 7)
        self.set_font("Sans", "", 9.4)
        self.cell(self.W * 0.58, 4.4, name2)
        self.set_xy(tx, y0 + 12)
        self.set_font("Sans", "I", 7.2)
        self.cell(self.W * 0.58, 3.4, sub)
        ry = self._right(right, y0, frac=0.36, size=7.2)
        y = max(y0 + s, ry) + 2
        self.set_line_width(0.35)
        self.seg(x0, y, x0 + self.W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 4)

    def under_boxes_at(self, rows: list[list[tuple[str, str, float]]], x: float, w: float, size: float = 9.4,
                       cap: float = 6.4, h: float = 7.0, gap: float = 2.4) -> float:
        """under_boxes in a block of width w starting at x (values in ruled boxes, captions under them); returns
        the y under the block."""
        y = self.get_y()
        for row in rows:
            xx = x
            for v, c, frac in row:
                cw = w * frac - gap
                self.set_line_width(0.35)
                self.rect(xx, y, cw, h)
                self.set_line_width(0.2)
                self.fit(v, cw - 3.4, size)
                self.set_xy(xx + 1.6, y + (h - size * 0.45) / 2)
                self.cell(cw - 3, size * 0.45, v)
                self.set_font("Sans", "", cap)
                self.set_xy(xx + 0.5, y + h + 0.4)
                self.cell(cw - 1, cap * 0.45, c)
                xx += cw + gap
            y += h + cap * 0.45 + 3
        return y

    # --- (e) numbered notes --------------------------------------------------------------------------------------------
    def note_list(self, title: str, notes: list[tuple[str, str]], size: float = 7.8, num_w: float = 6,
                  boxed: bool = False):
        """A numbered note list: bold numbers ('1', '2', ...) at the left, the note beside it."""
        lh = size * 0.46
        y_top = self.get_y()
        self.set_font("Sans", "B", size + 1)
        self.cell(self.W, 5, title, new_x="LMARGIN", new_y="NEXT")
        for num, txt in notes:
            self.set_font("Sans", "", size)
            hh = len(self.multi_cell(self.W - num_w - 3, lh, txt, dry_run=True, output="LINES")) * lh
            if self.get_y() + hh > self.h - self.b_margin - 4:
                self.add_page()
                self.set_font("Sans", "B", size + 1)
                self.cell(self.W, 5, f"{title} (continued)", new_x="LMARGIN", new_y="NEXT")
                y_top = None
            self.set_x(self.l_margin + (2 if boxed else 0))
            self.set_font("Sans", "B", size)
            self.cell(num_w, lh, num)
            self.set_font("Sans", "", size)
            self.multi_cell(self.W - num_w - 3, lh, txt, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        if boxed and y_top is not None:
            self.rect(self.l_margin - 1, y_top - 1, self.W + 2, self.get_y() - y_top + 1.5)
        self.ln(2.5)

    # --- hand lettering ------------------------------------------------------------------------------------------------
    def hand(self, text: str, x: float, y: float, size: float, rng: random.Random, jitter: float = 1.0) -> float:
        """Hand-lettered text: every letter a little larger or smaller, raised or lowered and turned; returns the x
        after the last letter. y is the baseline."""
        cx = x
        self.set_text_color(25, 25, 25)
        for ch in text:
            s = size * rng.uniform(1 - 0.08 * jitter, 1 + 0.08 * jitter)
            self.set_font("Sans", "I" if rng.random() < 0.5 else "", s)
            w = self.get_string_width(ch)
            if ch != " ":
                dy = rng.uniform(-0.45, 0.45) * jitter
                with self.rotation(rng.uniform(-7, 7) * jitter, cx + w / 2, y + dy):
                    self.text(cx, y + dy, ch)
            cx += w * rng.uniform(0.96, 1.14)
        self.set_text_color(0, 0, 0)
        return cx


# --- home-made fax covers (pages that belong to no document) ----------------------------------------------------------
def hand_cover(rng: random.Random, title: str, rows: list[tuple[str, str]], note: list[str],
               fax_hdr: str | None = None, fax_tot: int | None = None, pad: str = "") -> bytes:
    """A fax cover hand-lettered on a ruled note-pad sheet: a printed pad line at the top (a pharmacy's or a clinic's
    give-away pad), a big hand-lettered title, captions and values hand-lettered on the ruled lines (the captions as
    the sender wrote them, typos and all), a hand-lettered note, no confidentiality line."""
    p = ESSheet(footer=None, fax_hdr=fax_hdr, fax_tot=fax_tot)
    p.set_margins(20, 14, 18)
    p.add_page()
    W = p.W
    if pad:
        p.set_xy(p.l_margin, 12)
        p.set_font("Sans", "", 7)
        p.set_text_color(110, 110, 110)
        p.cell(W, 3.4, pad, align="C")
        p.set_text_color(0, 0, 0)
    p.set_draw_color(165, 165, 165)
    p.set_line_width(0.25)
    for k in range(26):
        yl = 34 + k * 9
        p.seg(10, yl, p.w - 10, yl)
    p.set_draw_color(120, 120, 120)
    p.seg(p.l_margin - 3, 18, p.l_margin - 3, p.h - 12)
    p.set_draw_color(0, 0, 0)
    p.set_line_width(0.2)
    p.hand(title, p.l_margin + 4, 32, 34, rng, 1.2)
    y = 42.6
    for k, v in rows:
        x = p.hand(k, p.l_margin + 1, y, 16, rng)
        p.hand(v, max(x + 4, p.l_margin + 34), y, 16, rng)
        y += 9
    y += 9
    for ln in note:
        p.hand(ln, p.l_margin + 1, y, 15, rng, 0.9)
        y += 9
    return bytes(p.output())


def typed_cover(office: str, office_lines: list[str], title: str, rows: list[tuple[str, str]], note: list[str],
                fax_hdr: str | None = None, fax_tot: int | None = None, footer_note: str = "") -> bytes:
    """A home-typed fax cover from a small office: the office's name typed in bold at the top left with its lines, a
    title typed large (typos and all), caption-value rows as typed (no grid, no rules; captions such as 'Frm',
    'Attn', '# of pgs', 'Re:' run into the subject), a typed note in the monospace face, an optional line at the foot."""
    p = ESSheet(footer=None, fax_hdr=fax_hdr, fax_tot=fax_tot)
    p.set_margins(24, 16, 24)
    p.add_page()
    W = p.W
    p.set_y(max(p.get_y(), 20))
    p.set_font("Sans", "B", 11.5)
    p.cell(W, 5.5, office, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.4)
    for ln in office_lines:
        p.cell(W, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    p.set_font("Sans", "B", 26)
    p.cell(W, 12, title, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for k, v in rows:
        p.set_font("Mono", "B", 11)
        if k.endswith(":") and not v:
            p.cell(W, 7, k, new_x="LMARGIN", new_y="NEXT")
            continue
        kw = p.get_string_width(k) + 3
        p.cell(kw, 7, k)
        p.set_font("Mono", "", 11)
        p.multi_cell(W - kw, 7, v, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.ln(6)
    p.set_font("Mono", "", 10.4)
    for para in note:
        p.multi_cell(W, 5.2, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    if footer_note:
        p.set_y(p.h - 28)
        p.set_font("Sans", "I", 7.4)
        p.multi_cell(W, 3.4, footer_note, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
