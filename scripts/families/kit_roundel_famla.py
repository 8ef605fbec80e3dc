"""Drawing helpers for round EL, helper famla (an invented state's high-risk health insurance pool of the kind states
ran before 2014; an invented health plan for contractors at remote polar and ocean research stations).

Why: round EL asks for letterheads set unusually (a brand in letter-spaced capitals, a brand split over two lines,
a logo word beside the document's title, a small "administered by" line), fax covers whose message opens like a
letter ("Dear ...") before the real notice, a side column printed beside a claims table ("your plan at a glance",
a member box) and dependants' numbers written as the subscriber's number with a suffix. The older kits draw none
of these, nor a facsimile of the member's ID card with its enrolled-person list, a lifetime-maximum gauge, a
dated timeline strip, a letter whose section heads hang in a left column beside their text, or a ledger of claim
lines with thin rules that is cut across two pages. Date shapes added here: "2026.03.19" and "19MAR26" (decoys,
never the only print of a truth date), "Mar. 19, '26" (decoys). Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_roundek_famka import (KASheet, day_long, digits, dmy_abbr, es_date, iso, long, n2, plus, slash, upper, usd,
                               usd_tail, wday_long, ymd_slash)

__all__ = ["LASheet", "day_long", "digits", "dmy_abbr", "es_date", "iso", "long", "n2", "plus", "slash", "upper",
           "usd", "usd_tail", "wday_long", "ymd_slash", "ymd_dots", "dtg", "apos", "dmy0", "letter_cover", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def ymd_dots(d: dt.date) -> str:
    """2026.03.19 (a claims system's print; decoys only)"""
    return d.strftime("%Y.%m.%d")


def dtg(d: dt.date) -> str:
    """19MAR26 (a station log's date; decoys only)"""
    return d.strftime("%d%b%y").upper()


def apos(d: dt.date) -> str:
    """Mar. 19, '26 (decoys only)"""
    return d.strftime("%b. %-d, '%y")


def dmy0(d: dt.date) -> str:
    """04-Mar-2026 (day always two digits)"""
    return d.strftime("%d-%b-%Y")


class LASheet(KASheet):
    """KASheet plus letter-spaced, split and logo-beside-title letterheads, an 'administered by' line, a side panel
    beside a ruled claims ledger, an ID card facsimile, a lifetime-maximum gauge, a timeline strip and hanging
    section heads."""

    # --- letterheads -------------------------------------------------------------------------------------------
    def spaced_head(self, brand: str, sub: str, right: list[str], admin: str = "", size: float = 15,
                    spacing: float = 2.6):
        """The brand in letter-spaced bold capitals across the top left, a plain sub-line under it, contact lines
        flush right, a thin rule, and (optional) a small grey 'administered by' line under the rule."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(7.2)
        rw = max(self.get_string_width(x) for x in right) + 2 if right else 0
        yy = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yy)
            self.cell(rw, 3.5, ln, align="R")
            yy += 3.5
        room = W - rw - 4
        while size > 10:
            self.f(size, "B")
            if self.get_string_width(brand.upper()) + spacing * len(brand) <= room:
                break
            size -= 0.5
            spacing = max(1.2, spacing - 0.15)
        self.set_xy(self.l_margin, y0 + 1)
        self.f(size, "B")
        self.set_char_spacing(spacing)
        self.cell(W - rw - 2, size * 0.5, brand.upper())
        self.set_char_spacing(0)
        self.set_xy(self.l_margin, y0 + 1 + size * 0.5 + 1.2)
        self.f(8.6)
        self.cell(W - rw - 2, 4.2, sub)
        y = max(yy, self.get_y() + 4.2) + 1.6
        self.set_line_width(0.35)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 1)
        if admin:
            self.set_text_color(90, 90, 90)
            self.f(6.8)
            self.multi_cell(0, 3.4, admin, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_text_color(0, 0, 0)
        self.ln(3)

    def split_head(self, top: str, bottom: str, beside: list[str], right: list[str], admin: str = "",
                   size: float = 17):
        """A brand broken over two lines, set large at the left with a heavy bar before it; beside it (after a
        thin upright rule) one to three small lines; contact lines flush right; an optional 'administered by' line
        under a double rule."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        x0 = self.l_margin
        lh = size * 0.46
        self.set_fill_color(0, 0, 0)
        self.rect(x0, y0 + 0.6, 2.2, lh * 2 + 0.6, style="F")
        self.set_fill_color(255, 255, 255)
        self.f(size, "B")
        bw = max(self.get_string_width(top), self.get_string_width(bottom)) + 2
        self.set_xy(x0 + 4, y0)
        self.cell(bw, lh, top)
        self.set_xy(x0 + 4, y0 + lh + 0.4)
        self.cell(bw, lh, bottom)
        xb = x0 + 4 + bw + 3
        self.line_seg(xb, y0 + 1, xb, y0 + lh * 2)
        self.f(7.2)
        rw = max(self.get_string_width(x) for x in right) + 2 if right else 0
        room = self.l_margin + W - rw - 3 - (xb + 3)
        bs = 8.2
        while bs > 6.2 and beside and max(self.f(bs).get_string_width(x) for x in beside) > room:
            bs -= 0.2
        self.f(bs)
        yy = y0 + 1.2
        for ln in beside:
            self.set_xy(xb + 3, yy)
            self.multi_cell(room, bs * 0.48, ln, align="L", new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 0.2
        self.f(7.2)
        yr = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yr)
            self.cell(rw, 3.5, ln, align="R")
            yr += 3.5
        y = max(y0 + lh * 2 + 2.4, yy, yr) + 1
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 1, self.l_margin + W, y + 1)
        self.set_xy(self.l_margin, y + 1.8)
        if admin:
            self.set_text_color(90, 90, 90)
            self.f(6.8)
            self.multi_cell(0, 3.4, admin, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_text_color(0, 0, 0)
        self.ln(3)

    def logo_title(self, logo: str, title: str, under: list[str], right: list[str], size: float = 15):
        """A logo word white on a black block and, on the same line right beside it, the document's title in
        large capitals (so the two read as one line); small lines under both; contact lines flush right above."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(7.0)
        rw = max(self.get_string_width(x) for x in right) + 2 if right else 0
        yr = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yr)
            self.cell(rw, 3.4, ln, align="R")
            yr += 3.4
        yt = max(y0, yr + 1)
        self.f(size, "B")
        lw = self.get_string_width(logo) + 6
        self.set_fill_color(0, 0, 0)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, yt)
        self.cell(lw, size * 0.56, logo, fill=True, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + lw + 1.5, yt)
        self.cell(W - lw - 2, size * 0.56, title.upper())
        self.set_xy(self.l_margin, yt + size * 0.56 + 1.2)
        self.f(7.6)
        for ln in under:
            self.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.set_line_width(0.8)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3)

    # --- side panel beside a claims ledger -------------------------------------------------------------------
    def glance(self, x: float, y: float, w: float, title: str, rows: list[tuple[str, str]], size: float = 7.8,
               bar: tuple[float, float] | None = None, foot: str = "") -> float:
        """A shaded side panel: a dark title band, then each caption in small grey type with its value under it
        in bold, an optional gauge (used of maximum) and a small foot note. Returns the y under it; the text cursor
        is not moved."""
        keep = (self.get_x(), self.get_y())
        self.f(size, "B")
        lh = size * 0.45
        h = 6.5
        for k, v in rows:
            self.f(size - 1.2)
            h += len(self.multi_cell(w - 4, lh, k, dry_run=True, output="LINES")) * lh
            self.f(size, "B")
            h += len(self.multi_cell(w - 4, lh + 0.3, v, dry_run=True, output="LINES")) * (lh + 0.3) + 1.6
        if bar:
            h += 8
        if foot:
            self.f(size - 1.4)
            h += len(self.multi_cell(w - 4, lh, foot, dry_run=True, output="LINES")) * lh + 2
        self.set_fill_color(238, 238, 238)
        self.rect(x, y, w, h + 1, style="F")
        self.set_fill_color(45, 45, 45)
        self.set_text_color(255, 255, 255)
        self.set_xy(x, y)
        self.f(size + 0.2, "B")
        self.cell(w, 5.2, " " + title, fill=True)
        self.set_text_color(0, 0, 0)
        yy = y + 6.5
        for k, v in rows:
            self.set_xy(x + 2, yy)
            self.set_text_color(85, 85, 85)
            self.f(size - 1.2)
            self.multi_cell(w - 4, lh, k, new_x="LEFT", new_y="NEXT", align="L")
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_x(x + 2)
            self.multi_cell(w - 4, lh + 0.3, v, new_x="LEFT", new_y="NEXT", align="L")
            yy = self.get_y() + 1.6
        if bar:
            used, mx = bar
            bw = w - 6
            self.set_fill_color(255, 255, 255)
            self.rect(x + 3, yy + 1, bw, 3.2, style="DF")
            self.set_fill_color(70, 70, 70)
            self.rect(x + 3, yy + 1, bw * min(1.0, used / mx), 3.2, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x + 3, yy + 4.6)
            self.f(size - 2)
            self.cell(bw / 2, 2.8, "0")
            self.cell(bw / 2, 2.8, f"{mx:,.0f}", align="R")
            yy += 8
        if foot:
            self.set_xy(x + 2, yy)
            self.f(size - 1.4)
            self.multi_cell(w - 4, lh, foot, new_x="LEFT", new_y="NEXT", align="L")
        self.set_fill_color(255, 255, 255)
        self.set_xy(*keep)
        return y + h + 1

    def ledger_rules(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                     size: float = 7.4, row_h: float = 4.6, bold: set | None = None, shade: set | None = None,
                     x: float | None = None, heads: bool = True):
        """Claim lines under a grey header band, a thin rule under every row (no upright rules); rows listed in
        `bold` are set bold (claim totals), rows in `shade` get a light band (a claim's first line). heads=False
        prints the rows alone (a table that goes on from the page before)."""
        bold, shade = bold or set(), shade or set()
        x0 = self.l_margin if x is None else x
        W = sum(widths)
        if heads:
            self.f(size - 0.6, "B")
            lh = (size - 0.6) * 0.44
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            self.set_fill_color(215, 215, 215)
            self.rect(x0, y, W, n * lh + 1.6, style="F")
            self.set_fill_color(255, 255, 255)
            xx = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx + 0.5, y + 0.8)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                xx += w
            self.set_xy(x0, y + n * lh + 1.6)
        for i, r in enumerate(rows):
            y = self.get_y()
            if i in shade:
                self.set_fill_color(244, 244, 244)
                self.rect(x0, y, W, row_h, style="F")
                self.set_fill_color(255, 255, 255)
            self.f(size, "B" if i in bold else "")
            self.set_x(x0)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.set_draw_color(150, 150, 150)
            self.line_seg(x0, y + row_h, x0 + W, y + row_h)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x0, y + row_h)
        self.ln(1.5)

    def framed(self, text: str, size: float = 9.2, heavy: bool = True):
        """One short paragraph in a frame with a heavy left edge (a call-out)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 4, y0 + 1.6)
        self.f(size, "B")
        self.multi_cell(W - 7, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 1.6
        self.rect(self.l_margin, y0, W, y1 - y0)
        if heavy:
            self.set_fill_color(0, 0, 0)
            self.rect(self.l_margin, y0, 1.6, y1 - y0, style="F")
            self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y1 + 3)

    # --- cards, gauges, timelines --------------------------------------------------------------------------------
    def id_card(self, x: float, y: float, w: float, issuer: str, sub: str, rows: list[tuple[str, str]],
                enrolled: list[tuple[str, str]], title: str = "Member ID card (copy)", size: float = 7.0) -> float:
        """A facsimile of the member's ID card: a rounded frame, the issuer over a thin rule, caption/value lines
        two to a row, then the enrolled persons each with a two-digit suffix. Returns the y under it."""
        lh = size * 0.46
        h = 10 + ((len(rows) + 1) // 2) * (lh * 2 + 1) + 4 + len(enrolled) * lh + 3
        self.f(size - 1.2)
        self.set_xy(x, y - 3.2)
        self.cell(w, 3, title)
        self.rect(x, y, w, h, round_corners=True, corner_radius=3)
        self.set_xy(x + 3, y + 2)
        self.f(size + 1.6, "B")
        self.cell(w - 6, 4, issuer)
        self.set_xy(x + 3, y + 6)
        self.f(size - 1.2)
        self.cell(w - 6, 2.6, sub)
        self.line_seg(x + 3, y + 9, x + w - 3, y + 9)
        yy = y + 10
        cw = (w - 6) / 2
        for i in range(0, len(rows), 2):
            for j, (k, v) in enumerate(rows[i:i + 2]):
                self.set_xy(x + 3 + j * cw, yy)
                self.f(size - 1.4)
                self.cell(cw, lh, k.upper())
                self.set_xy(x + 3 + j * cw, yy + lh)
                self.f(size + 0.4, "B")
                self.cell(cw, lh, v)
            yy += lh * 2 + 1
        self.set_xy(x + 3, yy + 0.6)
        self.f(size - 1.4)
        self.cell(w - 6, lh, "ENROLLED")
        yy += 0.6 + lh
        for sfx, name in enrolled:
            self.set_xy(x + 3, yy)
            self.f(size)
            self.cell(8, lh, sfx)
            self.cell(w - 14, lh, name)
            yy += lh
        return y + h

    def gauge(self, title: str, used: float, mx: float, marks: list[tuple[float, str]], note: str = "",
              size: float = 7.6):
        """A wide lifetime-maximum gauge: a title, a framed bar filled to used / max, tick labels under it (amounts
        or words at fractions of the maximum) and a note line."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size + 0.8, "B")
        self.cell(0, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.set_line_width(0.4)
        self.rect(self.l_margin, y, W, 6)
        self.set_line_width(0.2)
        self.set_fill_color(90, 90, 90)
        self.rect(self.l_margin, y, W * min(1.0, used / mx), 6, style="F")
        self.set_fill_color(255, 255, 255)
        for frac, lab in marks:
            xx = self.l_margin + W * frac
            self.line_seg(xx, y + 6, xx, y + 7.6)
            self.f(size - 1)
            tw = self.get_string_width(lab) + 1
            self.set_xy(min(max(self.l_margin, xx - tw / 2), self.l_margin + W - tw), y + 7.8)
            self.cell(tw, 3.2, lab)
        self.set_xy(self.l_margin, y + 12)
        if note:
            self.f(size)
            self.multi_cell(W, size * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def timeline(self, points: list[tuple[float, str, str]], title: str = "", size: float = 7.2):
        """A horizontal line with dots: points (fraction across, label over the dot, caption under it)."""
        W = self.w - self.l_margin - self.r_margin
        if title:
            self.f(size + 1, "B")
            self.cell(0, 4.4, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 5.5
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        for frac, over, under in points:
            xx = self.l_margin + W * frac
            self.set_fill_color(0, 0, 0)
            self.circle(x=xx, y=y, radius=1.1, style="F")
            self.set_fill_color(255, 255, 255)
            self.f(size, "B")
            tw = self.get_string_width(over) + 1
            self.set_xy(min(max(self.l_margin, xx - tw / 2), self.l_margin + W - tw), y - 5)
            self.cell(tw, 3.4, over)
            self.f(size - 0.6)
            lines = under.split("\n")
            for k, ln in enumerate(lines):
                tw = self.get_string_width(ln) + 1
                self.set_xy(min(max(self.l_margin, xx - tw / 2), self.l_margin + W - tw), y + 2 + k * 3.2)
                self.cell(tw, 3.2, ln)
        self.set_xy(self.l_margin, y + 11.5)

    def side_heads(self, sections: list[tuple[str, str]], head_w: float = 40, size: float = 9.2, gap: float = 3.2):
        """Section heads hung in a left column (bold, right-aligned against a thin upright rule), each section's
        text in the wide column beside it. A section that would not fit starts on the next page."""
        W = self.w - self.l_margin - self.r_margin
        tw = W - head_w - 5
        lh = size * 0.47
        for head, text in sections:
            paras = text.split("\n\n")
            n = sum(len(self.f(size).multi_cell(tw, lh, p, dry_run=True, output="LINES")) for p in paras)
            if self.get_y() + min(n, 8) * lh > self.h - 24:
                self.add_page()
            y0 = self.get_y()
            self.set_xy(self.l_margin, y0)
            self.f(size - 0.4, "B")
            self.multi_cell(head_w, lh, head, align="R", new_x="LEFT", new_y="NEXT")
            yh = self.get_y()
            self.set_xy(self.l_margin + head_w + 5, y0)
            for k, p in enumerate(paras):
                self.f(size)
                self.set_x(self.l_margin + head_w + 5)
                self.multi_cell(tw, lh, p, new_x="LEFT", new_y="NEXT")
                if k < len(paras) - 1:
                    self.ln(1.2)
            yt = self.get_y()
            self.set_draw_color(150, 150, 150)
            self.line_seg(self.l_margin + head_w + 2.5, y0 + 0.5, self.l_margin + head_w + 2.5, max(yt, yh) - 0.5)
            self.set_draw_color(0, 0, 0)
            self.set_xy(self.l_margin, max(yt, yh) + gap)


def letter_cover(org: str, org_lines: list[str], to: str, to_fax: str, frm: str, frm_phone: str, frm_fax: str,
                 when: str, pages: int, salutation: str, paras: list[str], closing: list[str], re: str = "") -> bytes:
    """A fax cover sheet that reads like a letter: the sender's name and address at the top, a small framed
    'FAX' block at the right (to, fax number, from, date, pages), then 'Dear ...', paragraphs and a signature. A
    page of its own that belongs to no document."""
    p = LASheet(footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(13, "B")
    p.multi_cell(W * 0.56, 6, org, new_x="LMARGIN", new_y="NEXT", align="L")
    p.f(8.2)
    for ln in org_lines:
        p.cell(W * 0.56, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = p.get_y()
    bx, bw = p.l_margin + W * 0.6, W * 0.4
    p.set_line_width(0.5)
    rows = [("To", to), ("Fax", to_fax), ("From", frm), ("Phone", frm_phone), ("Our fax", frm_fax), ("Date", when),
            ("Pages", f"{pages} (with this one)")]
    bh = 7 + len(rows) * 4.4 + 1
    p.rect(bx, y0, bw, bh)
    p.set_line_width(0.2)
    p.set_fill_color(0, 0, 0)
    p.set_text_color(255, 255, 255)
    p.set_xy(bx, y0)
    p.f(10, "B")
    p.cell(bw, 6, "FAX", fill=True, align="C")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    yy = y0 + 7
    for k, v in rows:
        p.set_xy(bx + 2, yy)
        p.f(7, "B")
        p.cell(16, 4.2, k)
        p.f(7.6)
        p.cell(bw - 19, 4.2, v)
        yy += 4.4
    p.set_xy(p.l_margin, max(y1, y0 + bh) + 9)
    if re:
        p.f(9.6, "B")
        p.multi_cell(W, 4.8, re, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    p.f(10.4)
    p.cell(0, 5.4, salutation, new_x="LMARGIN", new_y="NEXT")
    p.ln(2.5)
    for m in paras:
        p.f(10.4)
        p.multi_cell(W, 5.2, m, new_x="LMARGIN", new_y="NEXT")
        p.ln(2.6)
    p.ln(2)
    for i, ln in enumerate(closing):
        p.f(10.2, "B" if i == 1 else "")
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        if i == 0:
            y = p.get_y() + 1
            px, py = p.l_margin + 2, y + 5
            for s in range(12):
                nx, ny = px + 3.4, y + 5 + (2.2 if s % 2 else -1.8) * (1 - s / 16)
                p.line_seg(px, py, nx, ny)
                px, py = nx, ny
            p.set_y(y + 10)
    p.set_y(p.h - 30)
    p.f(7.2)
    p.multi_cell(W, 3.4, "This fax may contain private health information. It is meant only for the person named "
                         "above. If it reached you by mistake, please call us and destroy it without reading or "
                         "sharing it.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
