"""Drawing helpers for round EO, helper famoa (service determination, payment and appeal notices of an invented PACE
organization; an invented health plan for taxidermists, museum preparators and natural-history collection staff).

Why: round EO asks for shapes intake reads badly: identification boxes whose caption is NOT before the value (the
caption after the value behind a bar, "TP0418837 | participant no."; the caption on a tab above a drawn box; boxes
numbered or lettered as on claim forms, "1a. Member ID", "B. Plan number"); a provider payment statement listing
several patients with run-together column heads; a narrative explanation of benefits with no table, each claim a
numbered paragraph heading followed by sentences; two name boxes side by side (subscriber and patient, each with a
number and a birth date); Spanish pre-service letters with Spanish labels only. This kit adds two drawn emblems (a
house under an arc for the PACE organization, a feather for the plan), a masthead setting the emblem beside a name and
a small line, caption-after-bar rows, tab-captioned boxes, lettered claim-form boxes (caption above or under the
value), side-by-side party boxes, numbered claim paragraphs, a line-printer remittance with run-together heads and
a plain fax cover. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_rounden_famna import (NASheet, apos, day_long, digits, dmy0, dmy_abbr, es_date, iso, long, mdy_th, n2, ord_of,
                               plus, short, slash, upper, usd, wday_long, ymd_dots, ymd_slash)

__all__ = ["OASheet", "apos", "day_long", "digits", "dmy0", "dmy_abbr", "es_date", "iso", "long", "mdy_th", "n2",
           "ord_of", "plus", "short", "slash", "upper", "usd", "wday_long", "ymd_dots", "ymd_slash", "es_wday",
           "compact", "plain_cover"]

DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def es_wday(d: dt.date) -> str:
    """martes, 7 de abril de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def compact(d: dt.date) -> str:
    """030226 (a line printer's date; decoys only)"""
    return d.strftime("%m%d%y")


class OASheet(NASheet):
    """NASheet plus the round EO shapes listed in the module docstring."""

    # --- emblems -------------------------------------------------------------------------------------------------
    def house_mark(self, x: float, y: float, d: float):
        """A house (square and roof) under a wide arc, inside a thin rounded frame."""
        self.set_line_width(0.5)
        self.rect(x, y, d, d, round_corners=True, corner_radius=2.0)
        cx = x + d / 2
        base = y + d * 0.80
        hw = d * 0.22
        self.set_line_width(0.7)
        self.rect(cx - hw, base - d * 0.28, 2 * hw, d * 0.28)
        self.polygon([(cx - hw - d * 0.07, base - d * 0.28), (cx, base - d * 0.50), (cx + hw + d * 0.07,
                                                                                    base - d * 0.28)])
        self.set_fill_color(30, 30, 30)
        self.rect(cx - d * 0.05, base - d * 0.14, d * 0.10, d * 0.14, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.6)
        self.arc(x + d * 0.14, y + d * 0.14, d * 0.72, 20, 160)
        self.set_line_width(0.2)

    def plume_mark(self, x: float, y: float, d: float):
        """A feather drawn as a leaf shape with a shaft and barbs, leaning right."""
        self.set_line_width(0.5)
        top, bot = (x + d * 0.80, y + d * 0.08), (x + d * 0.18, y + d * 0.92)
        left = [(x + d * 0.48, y + d * 0.22), (x + d * 0.30, y + d * 0.45), (x + d * 0.24, y + d * 0.70)]
        right = [(x + d * 0.74, y + d * 0.38), (x + d * 0.58, y + d * 0.62), (x + d * 0.40, y + d * 0.78)]
        self.set_fill_color(70, 70, 70)
        self.polygon([top] + left + [(x + d * 0.28, y + d * 0.80)] + right[::-1] + [top], style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(255, 255, 255)
        self.line_seg(top[0], top[1], x + d * 0.28, y + d * 0.80)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.8)
        self.line_seg(x + d * 0.28, y + d * 0.80, bot[0], bot[1])
        self.set_line_width(0.2)

    def seal_mark(self, x: float, y: float, d: float, initials: str = "OC"):
        """Two rings with the initials in the middle (an administrator's monogram)."""
        r = d / 2
        self.set_line_width(0.9)
        self.circle(x + r, y + r, r - 0.5)
        self.set_line_width(0.3)
        self.circle(x + r, y + r, r - 1.8)
        self.set_line_width(0.2)
        self.f(d * 0.95, "B")
        self.set_xy(x, y + r - d * 0.2)
        self.cell(d, d * 0.4, initials, align="C")

    def mast(self, name: str, small: list[str], right: list[str], mark: str = "house", size: float = 16,
             d: float = 15, caps: bool = False, initials: str = ""):
        """The emblem at the left, the name beside it on one line, one or two small grey lines under the name,
        contact lines flush right, a double rule under all."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        if mark == "seal":
            self.seal_mark(self.l_margin, y0, d, initials)
        else:
            {"house": self.house_mark, "plume": self.plume_mark}[mark](self.l_margin, y0, d)
        x = self.l_margin + d + 3.5
        self.f(7.0)
        rw = max(self.get_string_width(s) for s in right) + 2 if right else 0
        yr = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yr)
            self.cell(rw, 3.4, ln, align="R")
            yr += 3.4
        room = self.l_margin + W - rw - 3 - x
        text = name.upper() if caps else name
        while size > 10 and self.f(size, "B").get_string_width(text) > room:
            size -= 0.5
        self.set_xy(x, y0 + 1.0)
        self.f(size, "B")
        self.cell(room, size * 0.45, text)
        yy = y0 + 1.6 + size * 0.45
        self.set_text_color(80, 80, 80)
        for ln in small:
            fs = 7.4
            while fs > 5.6 and self.f(fs).get_string_width(ln) > room:
                fs -= 0.2
            self.set_xy(x, yy)
            self.cell(room, 3.4, ln)
            yy += 3.5
        self.set_text_color(0, 0, 0)
        y = max(y0 + d, yy, yr) + 1.6
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 0.9, self.l_margin + W, y + 0.9)
        self.set_xy(self.l_margin, y + 4)

    # --- (a) captions after the value -----------------------------------------------------------------------------
    def cap_after(self, rows: list[tuple[str, str]], x: float | None = None, y: float | None = None,
                  w: float | None = None, size: float = 9.4, cap: float = 6.8, h: float = 5.6,
                  rules: bool = True) -> float:
        """Lines 'VALUE | caption': the bold value, a thin upright bar, the caption in small grey type after it; a
        hairline under each line. Returns the y under the block (the cursor goes to the left margin under it)."""
        x = self.l_margin if x is None else x
        y = self.get_y() if y is None else y
        w = w or (self.w - self.r_margin - x)
        for v, k in rows:
            self.set_xy(x, y)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1.6
            self.cell(vw, h, v)
            self.set_draw_color(60, 60, 60)
            self.line_seg(x + vw + 0.6, y + 1.0, x + vw + 0.6, y + h - 0.8)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x + vw + 2.0, y)
            self.set_text_color(85, 85, 85)
            self.f(cap)
            self.cell(max(6.0, w - vw - 2.0), h, k)
            self.set_text_color(0, 0, 0)
            if rules:
                self.set_draw_color(175, 175, 175)
                self.line_seg(x, y + h + 0.2, x + w, y + h + 0.2)
                self.set_draw_color(0, 0, 0)
            y += h + 1.0
        self.set_xy(self.l_margin, y + 1.5)
        return y + 1.5

    # --- (a) a caption on a tab above a drawn box -----------------------------------------------------------------
    def tab_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.6, cap: float = 6.2,
                  h: float = 7.6, x: float | None = None, w: float | None = None, gap: float = 2.5) -> float:
        """Rows of drawn boxes, each with a small shaded tab sitting on its top edge at the left holding the
        caption; the value in bold inside the box. cells: (caption, value, fraction of the width)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y = self.get_y()
        tab_h = cap * 0.45 + 1.6
        for row in rows:
            xx = x0
            n = len(row)
            for k, v, frac in row:
                cw = (W - gap * (n - 1)) * frac
                self.f(cap, "B")
                tw = self.get_string_width(k) + 3.4
                self.set_fill_color(225, 225, 225)
                self.rect(xx + 1.5, y, tw, tab_h, style="DF", round_corners=("TOP_LEFT", "TOP_RIGHT"),
                          corner_radius=0.9)
                self.set_fill_color(255, 255, 255)
                self.set_xy(xx + 1.5, y + 0.7)
                self.cell(tw, cap * 0.45, k, align="C")
                self.set_line_width(0.35)
                self.rect(xx, y + tab_h, cw, h)
                self.set_line_width(0.2)
                vs = size
                while vs > 6.5 and self.f(vs, "B").get_string_width(v) > cw - 3.6:
                    vs -= 0.3
                self.set_xy(xx + 1.8, y + tab_h + (h - vs * 0.45) / 2)
                self.f(vs, "B")
                self.cell(cw - 3.6, vs * 0.45, v)
                xx += cw + gap
            y += tab_h + h + 2.2
        self.set_xy(self.l_margin, y + 1.2)
        return y + 1.2

    # --- (a) lettered / numbered claim-form boxes ------------------------------------------------------------------
    def lettered(self, rows: list[list[tuple[str, str, str, float]]], size: float = 9.2, cap: float = 5.8,
                 h: float = 10.8, under: bool = False, x: float | None = None, w: float | None = None,
                 heavy: bool = True) -> float:
        """Rows of boxes sharing their rules, each (code, caption, value, fraction): '1a. CAPTION' in small capitals
        at the top left (or, under=True, at the bottom under a hairline) and the value in bold. A heavy frame
        around the whole block when heavy."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y = self.get_y()
        ytop = y
        lh = size * 0.46
        for row in rows:
            nl = max(len(v.split("\n")) for _, _, v, _ in row)
            rh = max(h, nl * lh + cap * 0.45 + 4.2)
            xx = x0
            for code, k, v, frac in row:
                cw = W * frac
                self.rect(xx, y, cw, rh)
                label = (f"{code}. " if code else "") + k.upper()
                if under:
                    yc = y + rh - cap * 0.45 - 1.0
                    self.set_draw_color(150, 150, 150)
                    self.line_seg(xx + 1.0, yc - 0.6, xx + cw - 1.0, yc - 0.6)
                    self.set_draw_color(0, 0, 0)
                    yv = y + 1.4
                else:
                    yc = y + 0.9
                    yv = y + cap * 0.45 + 2.0
                self.set_xy(xx + 1.0, yc)
                self.f(cap)
                self.cell(cw - 2.0, cap * 0.45, label)
                for i, ln in enumerate(v.split("\n")):
                    vs = size
                    while vs > 6.5 and self.f(vs, "B").get_string_width(ln) > cw - 3.2:
                        vs -= 0.3
                    self.set_xy(xx + 1.6, yv + i * lh)
                    self.cell(cw - 3.2, lh, ln)
                xx += cw
            y += rh
        if heavy:
            self.set_line_width(0.7)
            self.rect(x0, ytop, W, y - ytop)
            self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3)
        return y + 3

    # --- (d) two parties side by side ------------------------------------------------------------------------------
    def two_party(self, left: tuple[str, str, list[tuple[str, str]]], right: tuple[str, str, list[tuple[str, str]]],
                  size: float = 9.2, cap: float = 6.4, gap: float = 5, shade_right: bool = False) -> float:
        """Two framed boxes on one band. Each (title, name, rows): a dark title strip (SUBSCRIBER / PATIENT), the
        name in bold, then 'caption  value' lines (number, birth date, relationship). Returns the y under them."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        y0 = self.get_y()
        ends = []
        for i, (title, name, rows) in enumerate((left, right)):
            x = self.l_margin + i * (cw + gap)
            self.set_fill_color(40, 40, 40)
            self.set_text_color(255, 255, 255)
            self.set_xy(x, y0)
            self.f(cap + 0.6, "B")
            self.cell(cw, 4.8, "  " + title.upper(), fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            y = y0 + 6.0
            self.set_xy(x + 2, y)
            self.f(size + 1.2, "B")
            self.cell(cw - 4, (size + 1.2) * 0.5, name)
            y += (size + 1.2) * 0.5 + 1.6
            for k, v in rows:
                self.set_xy(x + 2, y)
                self.set_text_color(90, 90, 90)
                self.f(cap)
                self.cell(cw * 0.40, size * 0.5, k)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
                self.cell(cw * 0.60 - 4, size * 0.5, v)
                y += size * 0.5 + 0.9
            ends.append(y + 1.2)
        yb = max(ends)
        for i in range(2):
            x = self.l_margin + i * (cw + gap)
            if i == 1 and shade_right:
                self.set_line_width(0.8)
            self.rect(x, y0, cw, yb - y0)
            self.set_line_width(0.2)
        self.set_xy(self.l_margin, yb + 3)
        return yb + 3

    # --- (c) numbered claim paragraphs ------------------------------------------------------------------------------
    def numbered_claims(self, items: list[tuple[str, list[str]]], size: float = 9.6, indent: float = 7,
                        gap: float = 3.0):
        """Each claim a bold numbered heading line ('2. Visit with ... - claim ... - paid') followed by plain
        sentences indented under it. No table."""
        W = self.w - self.l_margin - self.r_margin
        for i, (head, sents) in enumerate(items, 1):
            self.f(size, "B")
            need = len(self.multi_cell(W - indent, size * 0.48, " ".join(sents), dry_run=True, output="LINES"))
            if self.get_y() + (need + 2) * size * 0.48 + 6 > self.h - 24:
                self.add_page()
            self.set_x(self.l_margin)
            self.cell(indent, size * 0.5, f"{i}.")
            self.multi_cell(W - indent, size * 0.5, head, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
            self.f(size - 0.4)
            self.set_x(self.l_margin + indent)
            self.multi_cell(W - indent, (size - 0.4) * 0.48, " ".join(sents), new_x="LMARGIN", new_y="NEXT")
            self.ln(gap)

    # --- (b) line-printer remittance with run-together heads -------------------------------------------------------
    def printer_block(self, heads: list[str], lines: list[str], size: float = 7.6, bold: set | None = None,
                      rule_char: str = "-", width: int = 104):
        """Column heads run together in capitals (a line printer's header), a dashed rule, then the lines."""
        bold = bold or set()
        lh = size * 0.47
        self.set_font("Mono", "B", size)
        for hl in heads:
            self.set_x(self.l_margin)
            self.cell(0, lh, hl, new_x="LMARGIN", new_y="NEXT")
        self.set_font("Mono", "", size)
        self.set_x(self.l_margin)
        self.cell(0, lh, rule_char * width, new_x="LMARGIN", new_y="NEXT")
        for i, ln in enumerate(lines):
            self.set_font("Mono", "B" if i in bold else "", size)
            self.set_x(self.l_margin)
            self.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")

    # --- a framed decision line with check boxes -------------------------------------------------------------------
    def tick_line(self, label: str, options: list[tuple[str, bool]], size: float = 9.4):
        """'Label:  [X] option  [ ] option ...' on one line."""
        self.set_x(self.l_margin)
        self.f(size, "B")
        self.cell(self.get_string_width(label) + 3, 5.4, label)
        for text, on in options:
            x, y = self.get_x(), self.get_y()
            self.rect(x, y + 1.0, 3.4, 3.4)
            if on:
                self.line_seg(x + 0.5, y + 1.5, x + 2.9, y + 3.9)
                self.line_seg(x + 2.9, y + 1.5, x + 0.5, y + 3.9)
            self.set_x(x + 4.6)
            self.f(size)
            self.cell(self.get_string_width(text) + 6, 5.4, text)
        self.ln(7)


def plain_cover(sender: list[str], to: str, to_fax: str, frm: str, frm_phone: str, when: str, pages: str,
                re_line: str, note: list[str], checks: list[tuple[str, bool]] | None = None) -> bytes:
    """A plain fax cover: the sender's lines at the top left, 'FAX' large at the right, To / Fax / From / Phone /
    Date / Pages / Re on ruled lines, optional check boxes, a handwritten-style note and a confidentiality line. A
    page of its own that belongs to no document."""
    p = OASheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(10, "B")
    p.cell(W * 0.6, 5, sender[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in sender[1:]:
        p.cell(W * 0.6, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin + W * 0.62, y0)
    p.f(34, "B")
    p.cell(W * 0.38, 14, "FAX", align="R")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 24))
    p.ln(4)
    for k, v in [("To", to), ("Fax", to_fax), ("From", frm), ("Phone", frm_phone), ("Date", when),
                 ("Pages", pages), ("Re", re_line)]:
        y = p.get_y()
        p.f(10, "B")
        p.cell(24, 7, k + ":")
        p.f(10.5)
        p.cell(W - 24, 7, v)
        p.line_seg(p.l_margin + 24, y + 6.6, p.l_margin + W, y + 6.6)
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
    p.multi_cell(W, 3.6, "CONFIDENTIAL: this fax may contain health information protected by law. If it reached you "
                 "by mistake, please call the sender and destroy it.", border=1, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
