"""Drawing helpers for round EQ, helper famqa (an invented Medicare Advantage chronic condition special needs plan for
members with diabetes or heart failure; an invented health plan for sheep shearers and wool classers).

Why: round EQ asks for shapes intake reads badly: code legends printed in two or three columns where an entry's
explanation in one column runs on beside the next column's code, and that list codes no line of the paper uses;
letterheads whose brand OCR cuts into pieces (letter-spaced wordmarks, a monogram beside the name, a brand broken over
two lines, a tagline under it, another legal entity in the footer); fax transmission lines across the top of every
page and received or scanned stamps carrying dates that are not the notice date; boxes where one caption owns two
numbers or two captions share one box, and reference numbers that look like case numbers (letter IDs, document
control numbers, batch and fax job numbers); provider lines naming an organisation and a person together, and
rendering, billing and referring providers printed side by side. This kit adds a monogram masthead (spaced or split
wordmark, tagline), fax transmission lines on every page (one or two senders), a rotated rubber stamp, a legend laid
out in free-flowing columns, a row of provider boxes, a small corner block of mail-room references and a fax cover
that carries the transmission lines too. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_roundep_fampa import (PASheet, apos, caps_short, compact, day_long, digits, dmy0, dmy_abbr, dotted, es_abbr,
                               es_date, es_wday, iso, long, mdy_dash, mdy_th, n2, plus, short, slash, upper, usd,
                               wday_long, ymd_dots, ymd_slash)

__all__ = ["QASheet", "apos", "caps_short", "compact", "day_long", "digits", "dmy0", "dmy_abbr", "dotted", "es_abbr",
           "es_date", "es_wday", "iso", "long", "mdy_dash", "mdy_th", "n2", "plus", "short", "slash", "upper", "usd",
           "wday_long", "ymd_dots", "ymd_slash", "fax_cover", "spaced", "hhmm"]


def spaced(word: str) -> str:
    """V E R A D U N E (a wordmark set with a space between its letters)"""
    return " ".join(word.upper())


def hhmm(h: int, m: int) -> str:
    return f"{h:02d}:{m:02d}"


class QASheet(PASheet):
    """PASheet plus the round EQ shapes listed in the module docstring. fax_lines: transmission lines printed across
    the very top of every page in a fax machine's type ({n} and {nb} are the page number and count; in a stack of
    several PDFs sent as one fax, fax_off is the pages sent before this one and fax_nb the whole count)."""

    def __init__(self, *a, fax_lines: list[str] | None = None, fax_off: int = 0, fax_nb: str | None = None, **k):
        super().__init__(*a, **k)
        self.fax_lines = fax_lines or []
        self.fax_off, self.fax_nb = fax_off, fax_nb

    def header(self):
        if self.fax_lines:
            y = self.get_y()
            self.set_font("Mono", "", 6.6)
            yy = 2.4
            for ln in self.fax_lines:
                self.set_xy(6, yy)
                self.cell(self.w - 12, 2.8, ln.format(n=self.page_no() + self.fax_off, nb=self.fax_nb or "{nb}"))
                yy += 2.9
            self.set_xy(self.l_margin, max(y, yy + 1))
        super().header()

    def flow2(self, paras: list[str], *a, **k):
        """Two newspaper columns (JASheet's), with markdown bold marks taken out (the columns set plain type)."""
        return super().flow2([x.replace("**", "") for x in paras], *a, **k)

    # --- (b) a monogram masthead ------------------------------------------------------------------------------------
    def mono_mast(self, initials: str, brand: str, tagline: str, right: list[str], mode: str = "spaced",
                  second: str = "", over: str = "", size: float = 19, d: float = 15, ring: bool = False,
                  rule: str = "double"):
        """A monogram (the initials in a ring or a rounded square) at the left; beside it the brand: 'spaced' sets
        it letter by letter with a space between the letters, 'split' breaks it over two lines (brand / second);
        an optional small line over it, the tagline in small grey type under it; contact lines flush right."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        x0 = self.l_margin
        self.set_line_width(0.7)
        if ring:
            self.circle(x0 + d / 2, y0 + d / 2 + 0.5, d / 2)
            self.set_line_width(0.25)
            self.circle(x0 + d / 2, y0 + d / 2 + 0.5, d / 2 - 1.3)
        else:
            self.set_fill_color(40, 40, 40)
            self.rect(x0, y0 + 0.5, d, d, style="F", round_corners=True, corner_radius=2.2)
            self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)
        self.set_font("Serif", "B", d * 1.25 if len(initials) <= 2 else d * 0.95)
        if not ring:
            self.set_text_color(255, 255, 255)
        self.set_xy(x0, y0 + 0.5 + d / 2 - d * 0.22)
        self.cell(d, d * 0.44, initials, align="C")
        self.set_text_color(0, 0, 0)
        self.f(7.0)
        rw = max(self.get_string_width(s) for s in right) + 2 if right else 0
        yr = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yr)
            self.cell(rw, 3.4, ln, align="R")
            yr += 3.4
        x = x0 + d + 4
        room = x0 + W - rw - 3 - x
        yy = y0
        if over:
            self.set_text_color(90, 90, 90)
            self.f(6.4, "B")
            self.set_xy(x, yy)
            self.cell(room, 3.0, over.upper())
            self.set_text_color(0, 0, 0)
            yy += 3.4
        if mode == "spaced":
            text = spaced(brand)
            self.set_char_spacing(1.2)
            while size > 11 and self.f(size, "B").get_string_width(text) > room:
                size -= 0.5
            self.set_xy(x - 0.3, yy)
            self.cell(room, size * 0.42, text)
            self.set_char_spacing(0)
            yy += size * 0.42 + 1.4
        else:
            for part in (brand, second):
                while size > 11 and self.f(size, "B").get_string_width(part) > room:
                    size -= 0.5
            for part in (brand, second):
                self.f(size, "B")
                self.set_xy(x - 0.3, yy)
                self.cell(room, size * 0.40, part)
                yy += size * 0.40 + 0.5
            yy += 0.9
        self.set_text_color(85, 85, 85)
        fs = 7.6
        while fs > 5.8 and self.f(fs).get_string_width(tagline) > room:
            fs -= 0.2
        self.set_xy(x, yy)
        self.cell(room, 3.4, tagline)
        self.set_text_color(0, 0, 0)
        yy += 3.8
        y = max(y0 + d + 2, yy, yr) + 1
        self.set_line_width(0.6)
        self.line_seg(x0, y, x0 + W, y)
        if rule == "double":
            self.set_line_width(0.2)
            self.line_seg(x0, y + 0.9, x0 + W, y + 0.9)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 3.5)

    # --- (c) a rubber stamp -----------------------------------------------------------------------------------------
    def rubber(self, lines: list[str], x: float, y: float, w: float = 46, angle: float = 7, size: float = 8.6):
        """A rubber-stamp box at (x, y) turned by `angle` degrees: a heavy double frame, the first line in bold
        capitals, the others (a date, an office) under it; grey ink. The text cursor is not moved."""
        keep = (self.get_x(), self.get_y())
        h = 3.0 + size * 0.5 * len(lines) + 1.4 * (len(lines) - 1)
        with self.rotation(angle, x + w / 2, y + h / 2):
            self.set_draw_color(70, 70, 70)
            self.set_text_color(70, 70, 70)
            self.set_line_width(0.8)
            self.rect(x, y, w, h, round_corners=True, corner_radius=1.5)
            self.set_line_width(0.25)
            self.rect(x + 1.0, y + 1.0, w - 2.0, h - 2.0, round_corners=True, corner_radius=1.0)
            yy = y + 1.8
            for i, ln in enumerate(lines):
                self.f(size + (1.2 if i == 0 else 0), "B")
                self.set_xy(x + 1.5, yy)
                self.cell(w - 3, size * 0.5, ln, align="C")
                yy += size * 0.5 + 1.4
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_xy(*keep)

    # --- (a) a legend in free-flowing columns -------------------------------------------------------------------------
    def legend_flow(self, title: str, items: list[tuple[str, str]], cols: int = 2, size: float = 7.2,
                    gap: float = 3.5, code_w: float = 11, note: str = "", frame: bool = False):
        """A bold title, then the codes in `cols` columns that each run down on their own (column by column, not row
        by row), with only a narrow gap between them and no rule: an explanation that wraps in one column sits beside
        the next code of the column to its right. Each entry: the code in bold, its meaning hung after it."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (cols - 1)) / cols
        lh = size * 0.46
        per = -(-len(items) // cols)
        groups = [items[c * per:(c + 1) * per] for c in range(cols)]

        def colh(g):
            return sum(len(self.f(size).multi_cell(cw - code_w, lh, t, dry_run=True, output="LINES")) * lh + 0.8
                       for _, t in g)
        body = max(colh(g) for g in groups)
        if self.get_y() + body + 8 > self.h - 24:
            self.add_page()
        y0 = self.get_y()
        self.f(size + 1.4, "B")
        self.set_xy(self.l_margin, y0)
        self.cell(W, 4.4, title)
        yb = y0 + 5.2
        if frame:
            self.line_seg(self.l_margin, y0 + 4.8, self.l_margin + W, y0 + 4.8)
            yb += 0.8
        for c, g in enumerate(groups):
            xc = self.l_margin + c * (cw + gap)
            yy = yb
            for code, text in g:
                self.set_xy(xc, yy)
                self.f(size, "B")
                self.cell(code_w, lh, code)
                self.set_xy(xc + code_w, yy)
                self.f(size)
                self.multi_cell(cw - code_w, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy = self.get_y() + 0.8
        self.set_xy(self.l_margin, yb + body + 1)
        if note:
            self.f(size - 0.4)
            self.multi_cell(W, lh, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # --- (e) provider boxes side by side ----------------------------------------------------------------------------
    def prov_boxes(self, cells: list[tuple[str, list[str]]], widths: list[float] | None = None, size: float = 8.6,
                   cap: float = 5.8):
        """Ruled boxes on one band, one a provider role: the role in small capitals at the top, the first line in
        bold (a person or an organisation), the rest under it in plain type (a facility under a doctor, a number)."""
        W = self.w - self.l_margin - self.r_margin
        widths = [W * f for f in widths] if widths else [W / len(cells)] * len(cells)
        lh = size * 0.47
        n = max(len(v) for _, v in cells)
        h = 1.2 + cap * 0.45 + 1.0 + n * (lh + 0.3) + 1.2
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            self.set_xy(x + 1.2, y + 1.0)
            self.set_text_color(80, 80, 80)
            self.f(cap, "B")
            self.cell(cw - 2, cap * 0.45, k.upper())
            self.set_text_color(0, 0, 0)
            yy = y + 1.2 + cap * 0.45 + 1.0
            for i, ln in enumerate(v):
                fs = size if i == 0 else size - 0.8
                while fs > 6 and self.f(fs, "B" if i == 0 else "").get_string_width(ln) > cw - 2.4:
                    fs -= 0.2
                self.set_xy(x + 1.2, yy)
                self.cell(cw - 2.4, lh, ln)
                yy += lh + 0.3
            x += cw
        self.set_xy(self.l_margin, y + h + 2.5)

    # --- (d) a corner block of mail-room references ---------------------------------------------------------------
    def refs_corner(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 7.0) -> float:
        """Small monospace 'CAPTION  value' lines flush right at (x, y): letter IDs, document control numbers, batch
        numbers. Returns the y under them; the cursor is not moved."""
        keep = (self.get_x(), self.get_y())
        self.set_font("Mono", "", size)
        for k, v in rows:
            self.set_xy(x, y)
            self.cell(w, size * 0.45, f"{k} {v}", align="R")
            y += size * 0.45 + 0.6
        self.set_xy(*keep)
        return y

    def dual_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 6.2, h: float = 7.2):
        """One band of ruled boxes, each (caption, value, fraction): the caption at the left inside the box in small
        type, the value after it in bold (a caption may own two values, 'Group/Member No.  A / B', or two captions
        may share one box, 'Contract - Claim')."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        x = self.l_margin
        for k, v, frac in cells:
            cw = W * frac
            self.rect(x, y, cw, h)
            self.f(cap)
            kw = self.get_string_width(k) + 2
            self.set_xy(x + 1.2, y + (h - cap * 0.45) / 2)
            self.cell(kw, cap * 0.45, k)
            vs = size
            while vs > 6.5 and self.f(vs, "B").get_string_width(v) > cw - kw - 3:
                vs -= 0.3
            self.set_xy(x + 1.2 + kw, y + (h - vs * 0.45) / 2)
            self.cell(cw - kw - 2.4, vs * 0.45, v)
            x += cw
        self.set_xy(self.l_margin, y + h + 3)


def fax_cover(fax_lines: list[str], sender: list[str], rows: list[tuple[str, str]], note: list[str],
              title: str = "FAX", checks: list[tuple[str, bool]] | None = None, fax_nb: str | None = None) -> bytes:
    """A fax cover page that carries the same transmission lines as the pages after it: the sender's lines at the
    top left, the title large at the right, caption/value rows on ruled lines, optional check boxes, a typed note and
    a confidentiality line. A page of its own that belongs to no document."""
    p = QASheet(footer=None, fax_lines=fax_lines, fax_nb=fax_nb)
    p.set_margins(20, 16, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(10, "B")
    p.cell(W * 0.6, 5, sender[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in sender[1:]:
        p.cell(W * 0.6, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.f(28, "B")
    p.cell(W * 0.5, 13, title, align="R")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 24))
    p.ln(4)
    for k, v in rows:
        y = p.get_y()
        p.f(10, "B")
        p.cell(28, 7, k + ":")
        p.f(10.5)
        p.cell(W - 28, 7, v)
        p.line_seg(p.l_margin + 28, y + 6.6, p.l_margin + W, y + 6.6)
        p.set_xy(p.l_margin, y + 9)
    if checks:
        p.ln(2)
        p.tick_line("", checks, 9.6)
    p.ln(3)
    p.f(10.5)
    for ln in note:
        p.multi_cell(W, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.set_y(p.h - 40)
    p.f(7.6)
    p.multi_cell(W, 3.6, "CONFIDENTIALITY: the pages that follow may hold health information protected by law. If this "
                 "fax reached you by mistake, call the sender and shred it.", border=1, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
