"""Drawing helpers for round EQ, helper famqb (papers mirrored from a state Medicaid reentry program for people leaving
jail or prison, in an invented state; an invented health plan for high-rise window cleaners and rope-access
technicians).

Why: the round asks for code legends printed in two columns whose entries run on to a second line beside the next
column's code (and list codes no line of the paper uses); letterheads whose brand OCR would cut into pieces
(letter-spaced wordmarks, a monogram beside the full name, a brand broken over two lines, a tagline under it, another
legal entity in the footer); fax transmission header lines across the top of every page and received stamps whose
dates are not the notice date; ruled boxes where one caption owns two numbers or two captions share a box; reference
numbers that look like case numbers; provider lines naming an organisation and a person, and billing / rendering /
referring providers side by side. New here (on top of round EP's EPSheet, which this builds on):
- spaced_head: a monogram in a ring or square beside a letter-spaced wordmark ("Q U E N N O C K"), the full name
  under it, a tagline, contact lines at the right, a rule;
- split_head: a brand broken over two lines in large type, a tagline under it, an optional monogram;
- legend_cols: a code legend in two or three newspaper columns (entries flow down the first column, then the next), so
  a long explanation in one column wraps beside another column's code;
- stamp: a rotated double-ruled received / scanned stamp with its own date;
- cap_boxes: form boxes with the caption inside the top left corner and the value under it; a caption may own two
  values ("Group/Member No." over "RA-3306 / BH7714029");
- prov_trio: billing, rendering and referring providers in three boxes side by side, a second line under each name;
- fax_cover: a sender's own fax cover page (pages that belong to no document).
Date shapes offered: "May 4, 2026", "05/04/2026", "5/4/2026", "2026-05-04", "4 May 2026", "04-May-2026",
"MAY 04, 2026", "05/04/26", "4 de mayo de 2026", "2026/05/04"; money "$1,234.50", "1,234.50", "1234.50".
Everything printed with these helpers is invented except the names of public programs and codes.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundep_fampd import (EPSheet, abbr, digits, dmy, dmy_dash, es_date, iso, last_first, long, n2,  # noqa: F401
                               plus, short_md, slash, upper, usd, wday, yy)

__all__ = ["EQSheet", "abbr", "digits", "dmy", "dmy_dash", "es_date", "iso", "last_first", "long", "n2", "plus",
           "short_md", "slash", "upper", "usd", "wday", "yy", "ymd_slash", "flat", "phone", "fax_cover", "fax_line"]


def ymd_slash(d: dt.date) -> str:
    """2026/05/04"""
    return d.strftime("%Y/%m/%d")


def flat(v: float) -> str:
    """1234.50"""
    return f"{v:.2f}"


def phone(rng: random.Random, area: str) -> str:
    return f"({area}) 555-{rng.randint(100, 199):04d}"


def fax_line(d: dt.date, hhmm: str, frm: str, fax_no: str, to: str, job: str) -> str:
    """A fax machine's transmission line; '{n}' and '{nb}' become the page number and count on each page."""
    return f"{d.strftime('%b-%d-%Y').upper()} {hhmm}  FROM: {frm} {fax_no}  TO: {to}  JOB {job}  P. {{n}}/{{nb}}"


class EQSheet(EPSheet):
    """EPSheet with a legal line in the footer (another legal entity than the letterhead's) and a fax line that may
    count the pages of a whole transmission."""

    def __init__(self, *a, legal: str | None = None, fax_off: int = 0, fax_tot: int | None = None, **k):
        super().__init__(*a, **k)
        self.legal, self.fax_off, self.fax_tot = legal, fax_off, fax_tot
        if legal:
            self.set_auto_page_break(True, margin=31 if self.run_foot else 27)

    def header(self):
        """The fax line may count pages of the whole transmission: fax_off pages before this paper, fax_tot in all."""
        orig = self.fax_hdr
        if orig:
            s = orig.replace("{n}", str(self.page_no() + self.fax_off))
            self.fax_hdr = s.replace("{nb}", str(self.fax_tot)) if self.fax_tot else s
        super().header()
        self.fax_hdr = orig

    def footer(self):
        if self.legal:
            self.set_y(-28 if self.run_foot else -24.5)
            self.set_font("Sans", "", 6.4)
            self.set_text_color(60, 60, 60)
            self.multi_cell(self.w - self.l_margin - self.r_margin - 40, 2.9, self.legal, new_x="LMARGIN",
                            new_y="NEXT")
            self.set_text_color(0, 0, 0)
        super().footer()

    # --- letterheads -------------------------------------------------------------------------------------------
    def monogram(self, initials: str, x: float, y: float, s: float, ring: bool = True):
        """Initials in a double ring (or a square), bold."""
        self.set_line_width(0.7)
        if ring:
            self.ellipse(x, y, s, s)
            self.set_line_width(0.25)
            self.ellipse(x + 1, y + 1, s - 2, s - 2)
        else:
            self.rect(x, y, s, s)
            self.set_line_width(0.25)
            self.rect(x + 1, y + 1, s - 2, s - 2)
        self.set_line_width(0.2)
        size = s * 2.3
        self.set_font("Serif", "B", size)
        while self.get_string_width(initials) > s * (0.62 if ring else 0.78) and size > 5:
            size -= 0.5
            self.set_font("Serif", "B", size)
        self.set_xy(x, y + (s - size * 0.42) / 2)
        self.cell(s, size * 0.42, initials, align="C")

    def spaced_head(self, word: str, full: str, tagline: str, right: list[str], initials: str | None = None,
                    size: float = 19, lines: list[str] | None = None, ring: bool = True, rule: bool = True):
        """A monogram, a letter-spaced wordmark beside it, the full name under the wordmark, a tagline in italics,
        small address lines, contact lines at the right, a rule."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        tx = x0
        if initials:
            self.monogram(initials, x0, y0, 15, ring)
            tx = x0 + 19
        self.set_xy(tx, y0)
        self.set_font("Sans", "B", size)
        self.cell(W * 0.62, size * 0.42, " ".join(word.upper()))
        y = y0 + size * 0.42 + 1.2
        self.set_xy(tx, y)
        self.set_font("Sans", "B", 8.8)
        self.cell(W * 0.62, 4.2, full)
        y += 4.4
        self.set_xy(tx, y)
        self.set_font("Serif", "I", 8.6)
        self.cell(W * 0.62, 4.0, tagline)
        y += 4.4
        self.set_font("Sans", "", 7.2)
        for ln in lines or []:
            self.set_xy(tx, y)
            self.cell(W * 0.62, 3.4, ln)
            y += 3.4
        ry = y0
        self.set_font("Sans", "", 7.5)
        for ln in right:
            self.set_xy(x0 + W * 0.62, ry)
            self.cell(W * 0.38, 3.7, ln, align="R")
            ry += 3.7
        y = max(y, ry, y0 + 16) + 1.5
        if rule:
            self.set_line_width(0.6)
            self.seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
        self.set_xy(x0, y + 4)

    def split_head(self, line1: str, line2: str, tagline: str, right: list[str], initials: str | None = None,
                   size: float = 17, under: list[str] | None = None, serif: bool = True, rule: bool = True):
        """A brand broken over two lines in large type, a tagline and small lines under it, contact lines at the
        right, an optional square monogram at the far left."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        tx = x0
        if initials:
            self.monogram(initials, x0, y0 + 1, 14, ring=False)
            tx = x0 + 18
        face = "Serif" if serif else "Sans"
        y = y0
        for ln in (line1, line2):
            self.set_xy(tx, y)
            self.set_font(face, "B", size)
            self.cell(W * 0.6, size * 0.44, ln)
            y += size * 0.44 + 0.4
        self.set_xy(tx, y + 0.6)
        self.set_font("Sans", "I", 8.2)
        self.cell(W * 0.6, 4, tagline)
        y += 5
        self.set_font("Sans", "", 7.2)
        for ln in under or []:
            self.set_xy(tx, y)
            self.cell(W * 0.6, 3.4, ln)
            y += 3.4
        ry = y0
        self.set_font("Sans", "", 7.5)
        for ln in right:
            self.set_xy(x0 + W * 0.6, ry)
            self.cell(W * 0.4, 3.7, ln, align="R")
            ry += 3.7
        y = max(y, ry) + 1.5
        if rule:
            self.set_line_width(0.4)
            self.seg(x0, y, x0 + W, y)
            self.seg(x0, y + 0.9, x0 + W, y + 0.9)
            self.set_line_width(0.2)
        self.set_xy(x0, y + 4.5)

    # --- legends ----------------------------------------------------------------------------------------------
    def legend_cols(self, title: str, items: list[tuple[str, str]], n: int = 2, size: float = 7.4,
                    code_w: float = 10, gutter: float = 5, rule: bool = True):
        """A code legend in n newspaper columns: entries flow down column 1, then column 2, so a long explanation in
        one column runs on beside another column's code. The columns come out about even; the title stays with
        them."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gutter * (n - 1)) / n
        lh = size * 0.45
        self.set_font("Sans", "", size)
        hs = [len(self.multi_cell(cw - code_w, lh, t, dry_run=True, output="LINES")) * lh + 0.8 for _, t in items]
        target = sum(hs) / n
        cols, acc = [[]], 0.0
        for it, h in zip(items, hs):
            if acc > 0 and acc + h / 2 > target * len(cols) and len(cols) < n:
                cols.append([])
            cols[-1].append((it, h))
            acc += h
        self.set_font("Sans", "B", size + 1.2)
        th = len(self.multi_cell(W, 4.6, title, dry_run=True, output="LINES")) * 4.6 + 2
        if self.get_y() + th + max(sum(h for _, h in c) for c in cols) > self.h - self.b_margin:
            self.add_page()
        self.multi_cell(W, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        if rule:
            self.set_line_width(0.3)
            self.seg(self.l_margin, self.get_y(), self.l_margin + W, self.get_y())
            self.set_line_width(0.2)
        self.ln(1.2)
        y0 = self.get_y()
        ends = []
        for k, col in enumerate(cols):
            x = self.l_margin + k * (cw + gutter)
            y = y0
            for (code, text), h in col:
                self.set_xy(x, y)
                self.set_font("Sans", "B", size)
                self.cell(code_w, lh, code)
                self.set_font("Sans", "", size)
                self.set_xy(x + code_w, y)
                self.multi_cell(cw - code_w, lh, text, align="L", new_x="LEFT", new_y="NEXT")
                y += h
            ends.append(y)
        self.set_xy(self.l_margin, max(ends) + 2)

    # --- stamps -----------------------------------------------------------------------------------------------
    def stamp(self, lines: list[str], x: float, y: float, w: float = 52, angle: float = 8, size: float = 9,
              grey: int = 40):
        """A rubber received stamp: double-ruled box, its lines centred (the middle line, a date, larger), turned by
        angle degrees about its top-left corner."""
        h = 3 + sum(size * (0.62 if i == 1 else 0.5) for i in range(len(lines)))
        keep = (self.get_x(), self.get_y())
        with self.rotation(angle, x, y):
            self.set_draw_color(grey, grey, grey)
            self.set_text_color(grey, grey, grey)
            self.set_line_width(0.7)
            self.rect(x, y, w, h)
            self.set_line_width(0.3)
            self.rect(x + 1.1, y + 1.1, w - 2.2, h - 2.2)
            yy_ = y + 1.6
            for i, ln in enumerate(lines):
                s = size * (1.25 if i == 1 else 1.0)
                self.set_font("Sans", "B", s)
                self.set_xy(x, yy_)
                self.cell(w, s * 0.5, ln, align="C")
                yy_ += size * (0.62 if i == 1 else 0.5)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_xy(*keep)

    # --- boxes ------------------------------------------------------------------------------------------------
    def cap_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.4, cap: float = 6.2,
                  h: float = 9.6):
        """Form boxes touching each other: caption small in the top-left corner, value under it. Cells: (caption,
        value, fraction of width)."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        for row in rows:
            x = self.l_margin
            for c, v, frac in row:
                cw = W * frac
                self.rect(x, y, cw, h)
                self.set_font("Sans", "", cap)
                self.set_xy(x + 1, y + 0.8)
                self.cell(cw - 2, cap * 0.42, c)
                self.fit(v, cw - 3, size, "B", "Sans")
                self.set_xy(x + 1.4, y + 1.4 + cap * 0.42)
                self.cell(cw - 2.5, h - 2.6 - cap * 0.42, v)
                x += cw
            y += h
        self.set_xy(self.l_margin, y + 3)

    def prov_trio(self, cells: list[tuple[str, str, str]], size: float = 8.6, cap: float = 6.4, h: float = 13):
        """Providers side by side: (caption, name, second line) in equal boxes."""
        W = self.w - self.l_margin - self.r_margin
        cw = W / len(cells)
        x, y = self.l_margin, self.get_y()
        for c, name, sub in cells:
            self.set_fill_color(238, 238, 238)
            self.rect(x, y, cw, 4.2, style="DF")
            self.set_fill_color(255, 255, 255)
            self.rect(x, y + 4.2, cw, h - 4.2)
            self.set_font("Sans", "B", cap)
            self.set_xy(x + 1, y + 0.6)
            self.cell(cw - 2, 3, c.upper())
            self.fit(name, cw - 3, size, "B", "Sans")
            self.set_xy(x + 1.4, y + 5)
            self.cell(cw - 2.5, size * 0.45, name)
            self.fit(sub, cw - 3, size - 1.2, "", "Sans")
            self.set_xy(x + 1.4, y + 5.3 + size * 0.45)
            self.cell(cw - 2.5, size * 0.45, sub)
            x += cw
        self.set_xy(self.l_margin, y + h + 3)


def fax_cover(org: str, org_lines: list[str], title: str, rows: list[tuple[str, str]], note: list[str],
              fax_hdr: str | None = None, initials: str | None = None, checks: list[str] | None = None,
              ticked: int = 0, footer_note: str = "", fax_tot: int | None = None) -> bytes:
    """A sender's own fax cover page: org name (with an optional square monogram), its lines, a big title, a label
    grid with rules under the values, tick boxes, a typed note, a confidentiality line; the fax machine's line on
    top when fax_hdr is given."""
    p = EQSheet(footer=None, fax_hdr=fax_hdr, fax_tot=fax_tot)
    p.set_margins(20, 16, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = max(p.get_y(), 18)
    tx = p.l_margin
    if initials:
        p.monogram(initials, p.l_margin, y0, 14, ring=False)
        tx += 18
    p.set_xy(tx, y0)
    p.set_font("Sans", "B", 13)
    p.cell(W - 18, 6, org)
    y = y0 + 7
    p.set_font("Sans", "", 8)
    for ln in org_lines:
        p.set_xy(tx, y)
        p.cell(W - 18, 3.8, ln)
        y += 3.8
    p.set_xy(p.l_margin, y + 8)
    p.set_font("Serif", "B", 26)
    p.cell(W, 12, title, new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.8)
    p.seg(p.l_margin, p.get_y() + 1, p.l_margin + W, p.get_y() + 1)
    p.set_line_width(0.2)
    p.ln(6)
    for k, v in rows:
        p.set_font("Sans", "B", 9.6)
        p.cell(34, 7.4, k)
        p.set_font("Sans", "", 10)
        p.cell(W - 34, 7.4, v, border="B", new_x="LMARGIN", new_y="NEXT")
        p.ln(0.8)
    p.ln(4)
    if checks:
        p.set_font("Sans", "", 9.4)
        for i, c in enumerate(checks):
            p.cell(W / len(checks), 6, ("\u2612 " if i == ticked else "\u2610 ") + c)
        p.ln(10)
    p.set_font("Mono", "", 9.6)
    for para in note:
        p.multi_cell(W, 5, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2.5)
    p.set_y(p.h - 30)
    p.set_font("Sans", "", 6.8)
    p.multi_cell(W, 3.2, footer_note or "CONFIDENTIAL: the pages that follow may hold health and personal information. "
                 "If this reached you by mistake, please call the sender and destroy every page.", border="T",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
