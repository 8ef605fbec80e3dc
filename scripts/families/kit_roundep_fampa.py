"""Drawing helpers for round EP, helper fampa (an invented state's dual-eligible special needs plan, Medicare and
Medicaid in one plan; an invented health plan for stained-glass artisans and glassblowers).

Why: round EP asks for shapes intake reads badly: identification values printed inside dark or grey bands (light
type on a reverse-printed bar, captions on dark tabs with the value beside them, a grey strip holding several
caption/value pairs side by side), which fax and photocopy captures wear down; other carriers' numbers on the same
page as the plan's own (an auto insurer's claim number, a workers' compensation claim number, a second payer's ID);
a letterhead whose brand is a short logo-like word with a longer program line over or under it and another legal
entity named in the footer and the signature; provider payment statements whose claim blocks open with the payer's
claim number, then the patient's name and member number; provider lines naming an organisation and a person
together. This kit adds two drawn marks (two linked rings, a leaded diamond-pane lattice), a brand masthead with
letter-spaced type and program lines over and under it, a reverse-printed identification bar, dark caption tabs with
values beside them, a grey strip of caption/value pairs on one line, a legal-entity line printed above the page
footer on every page, a claim-block statement (each claim opened by a bold claim/patient/member line, its service
lines under it) and a boxed "other coverage on file" panel. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt

from kit_roundeo_famoa import (OASheet, apos, compact, day_long, digits, dmy0, dmy_abbr, es_date, es_wday, iso, long,
                               mdy_th, plain_cover, plus, short, slash, upper, wday_long, ymd_dots, ymd_slash)

__all__ = ["PASheet", "apos", "compact", "day_long", "digits", "dmy0", "dmy_abbr", "es_date", "es_wday", "iso",
           "long", "mdy_th", "plain_cover", "plus", "short", "slash", "upper", "wday_long", "ymd_dots", "ymd_slash",
           "n2", "usd", "dotted", "mdy_dash", "caps_short", "es_abbr"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def n2(v: float) -> str:
    """1,234.50 (money without a sign)"""
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """$1,234.50"""
    return f"${v:,.2f}"


def dotted(d: dt.date) -> str:
    """07.05.2026 read day first (decoys, or where the day is above 12)"""
    return d.strftime("%d.%m.%Y")


def mdy_dash(d: dt.date) -> str:
    """05-07-2026"""
    return d.strftime("%m-%d-%Y")


def caps_short(d: dt.date) -> str:
    """07MAY26 (a claims system's compact date; decoys only)"""
    return d.strftime("%d%b%y").upper()


def es_abbr(d: dt.date) -> str:
    """07-may-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


class PASheet(OASheet):
    """OASheet plus the round EP shapes listed in the module docstring. legal: a small line printed above the page
    footer on every page (the legal entity behind the brand)."""

    def __init__(self, *a, legal: str | None = None, **k):
        super().__init__(*a, **k)
        self.legal = legal
        if legal:
            self.set_auto_page_break(True, margin=27)

    def footer(self):
        if self.legal:
            self.set_font(self.face, "", 6.0)
            self.set_text_color(70, 70, 70)
            self.set_xy(self.l_margin, self.h - (25.0 if getattr(self, "foot_ids", None) else 21.5))
            self.multi_cell(self.w - self.l_margin - self.r_margin, 2.7, self.legal, align="C")
            self.set_text_color(0, 0, 0)
        super().footer()

    # --- marks ---------------------------------------------------------------------------------------------------
    def rings_mark(self, x: float, y: float, d: float):
        """Two linked rings, the left one heavy and the right one filled grey with a white core."""
        r = d * 0.30
        cy = y + d / 2
        self.set_fill_color(120, 120, 120)
        self.set_line_width(0.2)
        self.circle(x + d * 0.64, cy, r, style="F")
        self.set_fill_color(255, 255, 255)
        self.circle(x + d * 0.64, cy, r * 0.55, style="F")
        self.set_line_width(d * 0.07)
        self.circle(x + d * 0.36, cy, r * 0.78)
        self.set_line_width(0.2)
        self.set_fill_color(255, 255, 255)

    def lattice_mark(self, x: float, y: float, d: float):
        """A diamond of leaded panes: a heavy outline, lead lines crossing it both ways, alternate panes shaded."""
        cx, cy = x + d / 2, y + d / 2
        h = d / 2
        top, right, bot, left = (cx, cy - h), (cx + h, cy), (cx, cy + h), (cx - h, cy)

        def pt(u, v):  # u along top->right edge direction, v along top->left; both 0..1
            return (top[0] + u * (right[0] - top[0]) + v * (left[0] - top[0]),
                    top[1] + u * (right[1] - top[1]) + v * (left[1] - top[1]))
        n = 3
        for i in range(n):
            for j in range(n):
                if (i + j) % 2 == 0:
                    shade = 70 if (i, j) == (1, 1) else 165
                    self.set_fill_color(shade, shade, shade)
                    self.polygon([pt(i / n, j / n), pt((i + 1) / n, j / n), pt((i + 1) / n, (j + 1) / n),
                                  pt(i / n, (j + 1) / n)], style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.55)
        for k in range(1, n):
            a, b = pt(k / n, 0), pt(k / n, 1)
            self.line_seg(a[0], a[1], b[0], b[1])
            a, b = pt(0, k / n), pt(1, k / n)
            self.line_seg(a[0], a[1], b[0], b[1])
        self.set_line_width(1.0)
        self.polygon([top, right, bot, left], style="D")
        self.set_line_width(0.2)

    # --- (c) a brand masthead: short logo-like name, program lines over and under it --------------------------------
    def brand_mast(self, brand: str, over: str, under: list[str], right: list[str], mark: str = "rings",
                   size: float = 24, d: float = 17, spacing: float = 2.2, lower: bool = False, rule: bool = True):
        """The mark at the left; beside it a small grey line over the brand (the program it belongs to), the brand
        in large letter-spaced type, then one or two small lines under it (what the plan is, who runs it);
        contact lines flush right; a heavy rule under all."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        {"rings": self.rings_mark, "lattice": self.lattice_mark}[mark](self.l_margin, y0 + 1, d)
        x = self.l_margin + d + 4
        self.f(7.0)
        rw = max(self.get_string_width(s) for s in right) + 2 if right else 0
        yr = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yr)
            self.cell(rw, 3.4, ln, align="R")
            yr += 3.4
        room = self.l_margin + W - rw - 3 - x
        yy = y0
        if over:
            self.set_text_color(90, 90, 90)
            self.set_char_spacing(0.6)
            self.f(6.6, "B")
            self.set_xy(x, yy)
            self.cell(room, 3.2, over.upper())
            self.set_char_spacing(0)
            self.set_text_color(0, 0, 0)
            yy += 3.6
        text = brand.lower() if lower else brand.upper()
        self.set_char_spacing(spacing)
        while size > 12 and self.f(size, "B").get_string_width(text) > room:
            size -= 1
        self.set_xy(x - 0.4, yy)
        self.cell(room, size * 0.42, text)
        self.set_char_spacing(0)
        yy += size * 0.42 + 1.2
        self.set_text_color(60, 60, 60)
        for ln in under:
            fs = 7.6
            while fs > 5.8 and self.f(fs).get_string_width(ln) > room:
                fs -= 0.2
            self.set_xy(x, yy)
            self.cell(room, 3.4, ln)
            yy += 3.5
        self.set_text_color(0, 0, 0)
        y = max(y0 + d + 2, yy, yr) + 1.2
        if rule:
            self.set_line_width(0.9)
            self.line_seg(self.l_margin, y, self.l_margin + W, y)
            self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3.5)

    # --- (a) a reverse-printed identification bar ---------------------------------------------------------------------
    def rev_band(self, cells: list[tuple[str, str]], widths: list[float] | None = None, shade: int = 35,
                 cap: float = 6.0, size: float = 9.6, x: float | None = None, w: float | None = None,
                 cap_grey: int = 205):
        """A filled bar (dark, or mid grey when shade is higher) holding (caption, value) cells side by side: the
        caption in small light capitals, the value in white bold under it; thin light rules between the cells."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        widths = [W * f for f in widths] if widths else [W / len(cells)] * len(cells)
        y = self.get_y()
        h = cap * 0.45 + size * 0.48 + 4.0
        self.set_fill_color(shade, shade, shade)
        self.rect(x0, y, W, h, style="F")
        xx = x0
        for i, ((k, v), cw) in enumerate(zip(cells, widths)):
            if i:
                self.set_draw_color(200, 200, 200)
                self.line_seg(xx, y + 1.2, xx, y + h - 1.2)
                self.set_draw_color(0, 0, 0)
            self.set_text_color(cap_grey, cap_grey, cap_grey)
            self.f(cap, "B")
            self.set_xy(xx + 2, y + 1.3)
            self.cell(cw - 3, cap * 0.45, k.upper())
            self.set_text_color(255, 255, 255)
            vs = size
            while vs > 6.5 and self.f(vs, "B").get_string_width(v) > cw - 3.5:
                vs -= 0.3
            self.set_xy(xx + 2, y + 1.3 + cap * 0.45 + 1.2)
            self.cell(cw - 3, size * 0.48, v)
            xx += cw
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 3)
        return y + h + 3

    # --- (a) captions on dark tabs, values beside them --------------------------------------------------------------
    def tab_pairs(self, rows: list[tuple[str, str]], x: float | None = None, y: float | None = None,
                  w: float | None = None, tab_w: float = 30, size: float = 9.2, cap: float = 6.4, h: float = 5.6,
                  shade: int = 45) -> float:
        """Each row: the caption in white on a dark tab at the left, the value in bold on white beside it, a hairline
        under the value. Returns the y under the block (the cursor is not moved)."""
        keep = (self.get_x(), self.get_y())
        x = self.l_margin if x is None else x
        y = self.get_y() if y is None else y
        w = w or (self.w - self.r_margin - x)
        for k, v in rows:
            self.set_fill_color(shade, shade, shade)
            self.rect(x, y, tab_w, h, style="F")
            self.set_text_color(255, 255, 255)
            self.f(cap, "B")
            self.set_xy(x + 1.2, y + (h - cap * 0.45) / 2)
            self.cell(tab_w - 2, cap * 0.45, k.upper())
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            vs = size
            while vs > 6.5 and self.f(vs, "B").get_string_width(v) > w - tab_w - 3:
                vs -= 0.3
            self.set_xy(x + tab_w + 2, y + (h - vs * 0.45) / 2)
            self.cell(w - tab_w - 3, vs * 0.45, v)
            self.set_draw_color(170, 170, 170)
            self.line_seg(x + tab_w, y + h, x + w, y + h)
            self.set_draw_color(0, 0, 0)
            y += h + 1.2
        self.set_xy(*keep)
        return y

    # --- (a) a grey strip of caption/value pairs on one line -------------------------------------------------------
    def grey_strip(self, cells: list[tuple[str, str]], shade: int = 150, size: float = 9.0, cap: float = 6.6,
                   h: float = 7.4):
        """One grey strip across the page holding 'Caption  value' pairs side by side in white (captions small,
        values bold), no rules between them."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y, W, h, style="F")
        self.set_text_color(255, 255, 255)
        parts = []
        for k, v in cells:
            parts.append((self.f(cap, "B").get_string_width(k) + 1.6, self.f(size, "B").get_string_width(v)))
        gap = max(3.0, (W - 4 - sum(a + b for a, b in parts)) / max(1, len(cells) - 1))
        xx = self.l_margin + 2
        for (k, v), (kw, vw) in zip(cells, parts):
            self.f(cap, "B")
            self.set_xy(xx, y + (h - cap * 0.45) / 2 + 0.2)
            self.cell(kw, cap * 0.45, k)
            self.f(size, "B")
            self.set_xy(xx + kw, y + (h - size * 0.45) / 2)
            self.cell(vw + 1, size * 0.45, v)
            xx += kw + vw + gap
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 3)

    # --- (b) a boxed panel of other coverage on file ------------------------------------------------------------
    def other_cov(self, title: str, rows: list[tuple[str, str]], note: str = "", size: float = 8.4,
                  x: float | None = None, w: float | None = None):
        """A box with a dashed frame: a small title, then 'caption: value' lines (another payer's name, its claim
        or member number, its adjuster) and an optional note."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y0 = self.get_y()
        self.set_xy(x0 + 2, y0 + 1.6)
        self.f(size - 0.6, "B")
        self.cell(W - 4, 3.8, title.upper(), new_x="LEFT", new_y="NEXT")
        cw = max(self.f(size - 0.8).get_string_width(k) for k, _ in rows) + 3
        for k, v in rows:
            self.set_x(x0 + 2)
            self.f(size - 0.8)
            self.cell(cw, size * 0.48, k)
            self.f(size, "B")
            self.cell(W - 4 - cw, size * 0.48, v, new_x="LEFT", new_y="NEXT")
            self.set_x(x0 + 2)
        if note:
            self.set_x(x0 + 2)
            self.f(size - 1.0)
            self.multi_cell(W - 4, (size - 1.0) * 0.46, note, new_x="LEFT", new_y="NEXT")
        y1 = self.get_y() + 1.6
        with self.local_context(dash_pattern=dict(dash=1.2, gap=0.8)):
            self.rect(x0, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 3)
        return y1 + 3

    # --- (d) a claim-block statement --------------------------------------------------------------------------------
    def claim_blocks(self, head: list[str], widths: list[float], aligns: list[str], blocks: list[dict],
                     size: float = 7.4, heads: bool = True, shade_head: bool = True):
        """A payment statement in claim blocks. Each block dict: 'top' (one bold line: claim number, patient name,
        member number ...), 'lines' (service rows in the columns of `head`), optional 'sub' (small lines under the
        rows: rendering provider, other payer, totals). heads=False: blocks only (the table goes on from the page
        before, its heads not printed again)."""
        x0 = self.l_margin
        W = sum(widths)
        lh = size * 0.47
        if heads:
            y = self.get_y()
            if shade_head:
                self.set_fill_color(215, 215, 215)
                self.rect(x0, y, W, lh * 2 + 1.6, style="F")
                self.set_fill_color(255, 255, 255)
            xx = x0
            self.f(size - 0.8, "B")
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx + 0.5, y + 0.6)
                self.multi_cell(w - 1, (size - 0.8) * 0.46, h, align="R" if a == "R" else "L", new_x="RIGHT",
                                new_y="TOP")
                xx += w
            self.set_xy(x0, y + lh * 2 + 2.4)
        for b in blocks:
            need = (2 + len(b["lines"]) + len(b.get("sub", []))) * lh + 3
            if self.get_y() + need > self.h - 26:
                self.add_page()
            y = self.get_y()
            self.set_draw_color(120, 120, 120)
            self.line_seg(x0, y, x0 + W, y)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x0 + 0.5, y + 0.6)
            self.f(size + 0.2, "B")
            self.cell(W - 1, lh + 0.4, b["top"])
            self.set_xy(x0, y + lh + 1.4)
            for r in b["lines"]:
                xx = x0
                yy = self.get_y()
                for c, w, a in zip(r, widths, aligns):
                    self.set_xy(xx + 0.5, yy)
                    self.f(size)
                    self.cell(w - 1, lh, c, align=a)
                    xx += w
                self.set_xy(x0, yy + lh)
            for s in b.get("sub", []):
                self.set_x(x0 + 4)
                self.f(size - 0.8)
                self.cell(W - 4, lh - 0.2, s, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        self.line_seg(x0, self.get_y(), x0 + W, self.get_y())
        self.ln(2)

    def money_line(self, rows: list[tuple[str, str]], x: float, w: float, size: float = 9.0):
        """Right-aligned caption/amount pairs (totals at the foot of a statement), a rule over the last."""
        for i, (k, v) in enumerate(rows):
            if i == len(rows) - 1:
                self.line_seg(x + w * 0.45, self.get_y(), x + w, self.get_y())
            self.set_x(x)
            self.f(size, "B" if i == len(rows) - 1 else "")
            self.cell(w * 0.65, size * 0.52, k, align="R")
            self.cell(w * 0.35, size * 0.52, v, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

