"""Drawing helpers for round EV, helper famvc (papers mirrored from a group hospital indemnity and accident
supplemental insurer that pays fixed amounts per day or per event; an invented health plan for bowling centre staff
and lane mechanics whose eligibility counts the hours worked in each league season).

Why: round EV asks for statements and remittances with several claims each carrying its own claim number, where one
claim is refused by a status word or a code and the paid claims' numbers are printed just as prominently; for
letterheads that are hard to read (a logo made only of initials with the full name only in the return address or
the footer, a brand in spaced capitals or split over two lines, a plan's papers "administered by" a firm); for IDs
whose letters look like digits, printed in spaced groups or with a dependant suffix, or only inside a sentence; for
providers named several ways (facility beside its attending physician, billing practice beside the rendering
clinician, a provider line with its address and NPI, a provider only in prose); for stays given as admission and
discharge boxes; and for a stack cover that is not a typed fax cover, with a page of one document turned. EUSheet
(round EU) and what it inherits already draw wordmarks (spaced, split, tracked, with a monogram), ruled claims
tables with inline caption lines, code keys, boxes, stepped captions, dot leaders, stamps and hand lettering. New here:
- EVSheet.lozenge / EVSheet.initials_head: a letterhead whose only mark is a diamond holding the issuer's initials,
  with a department line that never names the company (the legal name is printed only in the small return-address
  line over the window address, EVSheet.return_line, and in the footer);
- EVSheet.pin / EVSheet.pin_head: a drawn bowling pin leaning on a ball, beside a brand split over two lines in
  letter-spaced capitals, the plan's full name small beside the break and an "administered by" line under it;
- EVSheet.claim_blocks: a statement's claims as separate blocks, each opened by a bold band with its own claim
  number, patient and a boxed status word (PAID / DENIED / PENDED), benefit lines and a grey provider line under it,
  so a refused claim's number is no more prominent than the paid ones';
- EVSheet(tx_side={page: True}): the sending fax machine's line drawn down the right edge of a landscape page, so
  that when the sheet goes through the fax turned a quarter (as a landscape page must) the line reads upright at the
  top of the received page;
- ticket_cover: a bowling centre machine-room work ticket (printed boxes: ticket no., lanes, machine, problem, work
  done, parts, mechanic, time) filled in by hand and used as a fax cover (a page that belongs to no document);
- slip_cover: an employer's printed "ROUTE TO" slip filled in by hand, with tick boxes, initials and a hand note
  (a page that belongs to no document);
Everything else comes from round EU's EUSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeu_famuc import (EUSheet, abbr, addr_block, digits, es_date, fax_date, first_last, iso,  # noqa: F401
                               last_first, long, m2, md_ord, n2, npi, out, phone, plus, sign, slash, spaced_id,
                               the_of_c, tin, tollfree, truth, usd)

LOOKALIKE = "OSBZGI"          # letters a poor capture reads as 0 5 8 2 6 1


def lookalike(rng: random.Random, pool: str = LOOKALIKE) -> str:
    return rng.choice(pool)


def hm(d: dt.date, h: int, mi: int) -> str:
    """04/06/2026 21:50"""
    return f"{slash(d)} {h:02d}:{mi:02d}"


class EVSheet(EUSheet):
    """EUSheet plus an initials-only diamond letterhead with a return-address line, a bowling pin letterhead with a
    split spaced wordmark, claim blocks with boxed status words, and a fax line down the edge of landscape pages."""

    def __init__(self, *a, tx_side: dict | None = None, **k):
        super().__init__(*a, **k)
        self.tx_side = tx_side or {}

    def header(self):
        """As EUSheet, but on pages listed in tx_side the sending machine's line runs down the right edge (reading
        top to bottom), so it is upright at the top once the page is turned a quarter to the left."""
        if not (self.tx and self.page_no() in self.tx_side):
            super().header()
            return
        keep = self.tx
        self.tx = None
        super().header()
        self.tx = keep
        y = self.get_y()
        n = self.page_no() + self.tx_off
        tot = self.tx_total if self.tx_total is not None else "{nb}"
        text = keep.format(n=n, t=tot, n2=f"{n:02d}", t2=f"{tot:02d}" if isinstance(tot, int) else tot)
        x0, y0 = self.w - 3.0, 6.0
        with self.rotation(-90, x0, y0):
            self.set_font("Mono", "", 7.6)
            self.set_xy(x0, y0)
            self.cell(self.h - 12, 3.4, text)
        self.set_xy(self.l_margin, y)

    # --- marks ----------------------------------------------------------------------------------------------------
    def lozenge(self, x: float, y: float, s: float, initials: str):
        """A diamond of side s: an outlined outer diamond, a dark inner diamond and the initials in white."""
        cx, cy = x + s / 2, y + s / 2
        self.set_line_width(0.7)
        self.polygon([(cx, y), (x + s, cy), (cx, y + s), (x, cy)], style="D")
        g = s * 0.09
        self.set_fill_color(28, 28, 28)
        self.polygon([(cx, y + g), (x + s - g, cy), (cx, y + s - g), (x + g, cy)], style="F")
        self.set_text_color(255, 255, 255)
        fs = s * (1.05 if len(initials) <= 2 else 0.82)
        self.set_font(self.face, "B", fs)
        self.set_char_spacing(0.2)
        self.set_xy(x, cy - fs * 0.19)
        self.cell(s, fs * 0.38, initials, align="C")
        self.set_char_spacing(0)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def pin(self, x: float, y: float, s: float):
        """A bowling pin of height s, two stripes at its neck, a ball with three finger holes against its foot."""
        w = s * 0.34
        cx = x + w / 2 + s * 0.05
        prof = [(0.0, 0.0), (0.03, 0.17), (0.1, 0.25), (0.18, 0.22), (0.28, 0.14), (0.4, 0.29), (0.55, 0.44),
                (0.68, 0.5), (0.82, 0.45), (0.95, 0.34), (1.0, 0.3)]
        pts = []
        for i in range(61):                      # the outline from head to foot (right side), mirrored after
            t = i / 60
            for (t0, r0), (t1, r1) in zip(prof, prof[1:]):
                if t0 <= t <= t1:
                    r = r0 + (r1 - r0) * (t - t0) / (t1 - t0)
                    break
            pts.append((cx + r * w, y + t * s * 0.92))
        pts += [(2 * cx - px, py) for px, py in reversed(pts)]
        self.set_line_width(0.6)
        self.polygon(pts, style="D")
        self.set_fill_color(28, 28, 28)
        for k in (0.27, 0.31):
            yy = y + k * s * 0.92
            self.rect(cx - w * 0.14, yy, w * 0.28, s * 0.018, style="F")
        r = s * 0.2
        bx, by = cx + w * 0.3, y + s - 2 * r
        self.ellipse(bx, by, 2 * r, 2 * r, style="F")
        self.set_fill_color(255, 255, 255)
        for dx, dy in ((0.6, 0.55), (0.9, 0.5), (0.78, 0.82)):
            self.ellipse(bx + dx * r - r * 0.13, by + dy * r - r * 0.13, r * 0.26, r * 0.26, style="F")
        self.set_line_width(0.2)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def initials_head(self, initials: str, top: str, lines: list[str], right: list[str], box: str | None = None,
                      size: float = 22):
        """The diamond of initials at the left; beside it a letter-spaced department line (never the company's
        name) and small grey lines; contacts right-aligned at the right; an optional boxed title; a thin rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size
        self.lozenge(self.l_margin, y0, s, initials)
        x = self.l_margin + s + 4
        self.f(10.5, "B")
        self.set_char_spacing(1.6)
        self.set_xy(x, y0 + s * 0.18)
        self.cell(0, 5, top)
        self.set_char_spacing(0)
        yy_ = y0 + s * 0.18 + 6
        self.set_text_color(85, 85, 85)
        for ln in lines:
            self.f(7.4)
            self.set_xy(x, yy_)
            self.cell(0, 3.4, ln)
            yy_ += 3.5
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.58)
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.8, box, border=1, align="C")
            ry += 8.6
        y = max(yy_, ry, y0 + s) + 1.5
        self.set_line_width(0.35)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    def return_line(self, text: str, w: float = 98, size: float = 6.4):
        """The small return-address line over a window address, underlined."""
        y = self.get_y()
        self.set_text_color(60, 60, 60)
        self.f(size)
        self.set_xy(self.l_margin, y)
        self.cell(w, size * 0.45, text)
        self.set_text_color(0, 0, 0)
        self.line_seg(self.l_margin, y + size * 0.45 + 0.5, self.l_margin + w, y + size * 0.45 + 0.5)
        self.set_xy(self.l_margin, y + size * 0.45 + 2.2)

    def pin_head(self, top: str, bottom: str, beside: list[str], admin: str | None, right: list[str],
                 box: str | None = None, size: float = 21):
        """The pin at the left; the brand broken over two lines in heavy letter-spaced capitals; beside the second
        half, small, the rest of the plan's name on two lines; under both a grey 'administered by' line; contacts
        at the right; an optional boxed title; a double rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 1.05
        self.pin(self.l_margin, y0, s)
        x = self.l_margin + s * 0.74 + 3
        self.f(size, "B")
        yy_ = y0
        widths = []
        for part in (top, bottom):
            text = " ".join(part)
            self.set_xy(x, yy_)
            self.cell(0, size * 0.42, text)
            widths.append(self.get_string_width(text))
            yy_ += size * 0.42 + 0.7
        bx = x + widths[1] + 3.5
        by = y0 + size * 0.42 + 0.9
        self.f(7.2, "B")
        for i, ln in enumerate(beside):
            self.set_xy(bx, by + i * 3.4)
            self.cell(0, 3.3, ln)
        yy_ += 0.6
        if admin:
            self.set_text_color(90, 90, 90)
            self.f(7.0)
            self.set_xy(x, yy_)
            self.cell(0, 3.3, admin)
            self.set_text_color(0, 0, 0)
            yy_ += 3.8
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        y = max(yy_, ry, y0 + s) + 1.5
        self.set_line_width(0.55)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_xy(self.l_margin, y + 5)

    # --- a statement's claims -------------------------------------------------------------------------------------
    def claim_blocks(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                     size: float = 7.8, row_h: float = 4.8):
        """claims: [{"band": [(caption, value), ...], "status": "PAID", "lines": [[cells]], "total": [cells] or None,
        "grey": str or None}]. Each claim opens with a shaded band holding its captions and values (the claim number
        first, in bold like every other claim's) and its status word boxed at the right; then the column heading
        line, the benefit lines, a bold total and a grey line (the provider) under it."""
        x0 = self.l_margin
        W = sum(widths)
        for c in claims:
            need = row_h * (len(c["lines"]) + 4) + 6
            if self.get_y() + need > self.h - 24:
                self.add_page()
            y = self.get_y()
            self.set_fill_color(232, 232, 232)
            self.rect(x0, y, W, 6.2, style="DF")
            self.set_fill_color(255, 255, 255)
            xx = x0 + 1.5
            for cap, val in c["band"]:
                self.f(size - 1.4)
                self.set_xy(xx, y + 1.4)
                cw = self.get_string_width(cap) + 1.2
                self.cell(cw, 3.6, cap)
                self.f(size + 0.4, "B")
                vw = self.get_string_width(val) + 4.5
                self.cell(vw, 3.6, val)
                xx += cw + vw
            st = c["status"]
            self.f(size + 0.2, "B")
            sw = self.get_string_width(st) + 5
            self.set_xy(x0 + W - sw - 1.2, y + 0.8)
            self.cell(sw, 4.6, st, border=1, align="C")
            self.set_xy(x0, y + 6.2)
            self.f(size - 0.6, "B")
            yh = self.get_y()
            for h, w, a in zip(head, widths, aligns):
                self.cell(w, row_h - 0.6, h, align=a)
            self.line_seg(x0, yh + row_h - 0.4, x0 + W, yh + row_h - 0.4)
            self.set_xy(x0, yh + row_h)
            for ln in c["lines"]:
                self.set_x(x0)
                for t, w, a in zip(ln, widths, aligns):
                    self.f(size)
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            if c.get("total"):
                self.line_seg(x0 + widths[0] + widths[1], self.get_y(), x0 + W, self.get_y())
                self.set_x(x0)
                for t, w, a in zip(c["total"], widths, aligns):
                    self.f(size, "B")
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            if c.get("grey"):
                self.set_text_color(80, 80, 80)
                self.f(size - 0.8)
                self.set_x(x0 + 1.5)
                self.multi_cell(W - 3, (size - 0.8) * 0.45, c["grey"], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            self.line_seg(x0, self.get_y() + 0.6, x0 + W, self.get_y() + 0.6)
            self.set_xy(x0, self.get_y() + 3.2)
        self.ln(1)


# --- covers that belong to no document --------------------------------------------------------------------------------
def ticket_cover(rng: random.Random, shop: list[str], ticket_no: str, rows: list[tuple[str, str]], note: list[str],
                 tx: str | None = None, tx_total: int | None = None, size: float = 14) -> bytes:
    """A bowling centre's machine-room work ticket filled in by hand and sent as the first page of a fax: the centre's
    name and 'MACHINE ROOM WORK TICKET' with a printed number, ruled boxes with small printed captions (the hand
    writes over them, often not about machines at all), a hand note in capitals, a printed line at the foot."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(17, "B")
    p.set_xy(p.l_margin, 22)
    p.cell(W * 0.7, 8, shop[0])
    p.f(7.4)
    for i, ln in enumerate(shop[1:]):
        p.set_xy(p.l_margin, 31 + i * 3.5)
        p.cell(W * 0.7, 3.4, ln)
    p.set_line_width(0.6)
    p.rect(p.l_margin + W * 0.68, 21, W * 0.32, 16)
    p.f(7.0, "B")
    p.set_xy(p.l_margin + W * 0.68 + 2, 22.5)
    p.cell(0, 3.4, "MACHINE ROOM WORK TICKET")
    p.f(15, "B")
    p.set_xy(p.l_margin + W * 0.68 + 2, 28)
    p.cell(W * 0.32 - 4, 7, f"No. {ticket_no}")
    p.set_line_width(0.2)
    y = 50
    hgt = 19
    for i, (printed, lettered) in enumerate(rows):
        half = printed.startswith("|")
        cap = printed.lstrip("|")
        p.rect(p.l_margin, y, W, hgt)
        p.f(6.8, "B")
        p.set_xy(p.l_margin + 1.2, y + 1.0)
        p.cell(W - 2, 3, cap.upper())
        if lettered:
            p.hand(p.l_margin + 4 + rng.uniform(0, 6), y + 12.5, lettered, size, rng, rise=rng.uniform(-0.8, 1.2))
        if half:
            p.line_seg(p.l_margin + W * 0.5, y, p.l_margin + W * 0.5, y + hgt)
        y += hgt
    y += 10
    for ln in note:
        p.hand(p.l_margin + rng.uniform(0, 4), y, ln, size - 0.5, rng, bold=True, rise=rng.uniform(0, 1.8))
        y += 10.5
    p.f(6.6)
    p.set_text_color(90, 90, 90)
    p.set_xy(p.l_margin, p.h - 22)
    p.multi_cell(W, 3, "White copy: machine room file.  Yellow copy: centre manager.  Parts used must be entered in the "
                       "parts log before the end of the shift.", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    return out(p)


def slip_cover(rng: random.Random, office: list[str], route: list[tuple[str, str, str]], ticks: list[tuple[bool, str]],
               note: list[str], tx: str | None = None, tx_total: int | None = None, size: float = 14) -> bytes:
    """An employer's printed routing slip filled in by hand: the office's name, 'ROUTE TO' rows (name, initials,
    date lettered by hand on printed rules), printed tick boxes with hand ticks, and a hand note; the slip sits at
    the top of the page, the rest of the sheet blank but for a printed line at its foot."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(24, 20, 24)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.set_xy(p.l_margin, 22)
    p.cell(W, 6, office[0], align="C")
    p.f(7.6)
    for i, ln in enumerate(office[1:]):
        p.set_xy(p.l_margin, 29 + i * 3.5)
        p.cell(W, 3.4, ln, align="C")
    y = 29 + len(office[1:]) * 3.5 + 4
    p.set_fill_color(30, 30, 30)
    p.rect(p.l_margin, y, W, 9, style="F")
    p.set_text_color(255, 255, 255)
    p.f(15, "B")
    p.set_xy(p.l_margin, y + 1.2)
    p.cell(W, 6.6, "R O U T E   T O", align="C")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    y += 13
    p.f(7.2, "B")
    for cap, xf in (("NAME / DEPARTMENT", 0.0), ("INITIALS", 0.62), ("DATE", 0.8)):
        p.set_xy(p.l_margin + W * xf, y)
        p.cell(30, 3.4, cap)
    y += 12
    for name, ini, date_s in route:
        p.line_seg(p.l_margin, y + 1.4, p.l_margin + W * 0.58, y + 1.4)
        p.line_seg(p.l_margin + W * 0.62, y + 1.4, p.l_margin + W * 0.76, y + 1.4)
        p.line_seg(p.l_margin + W * 0.8, y + 1.4, p.l_margin + W, y + 1.4)
        if name:
            p.hand(p.l_margin + rng.uniform(1, 3), y, name, size, rng, rise=rng.uniform(-0.5, 1))
        if ini:
            p.hand(p.l_margin + W * 0.63, y, ini, size, rng)
        if date_s:
            p.hand(p.l_margin + W * 0.81, y, date_s, size - 1, rng)
        y += 11.5
    y += 4
    for i, (on, txt) in enumerate(ticks):
        xx = p.l_margin + (i % 2) * W * 0.5
        yy_ = y + (i // 2) * 7.5
        p.rect(xx, yy_, 4.2, 4.2)
        if on:
            p.hand(xx + 0.4, yy_ + 4.0, "X", 13, rng, bold=True)
        p.f(9)
        p.set_xy(xx + 6, yy_ + 0.2)
        p.cell(W * 0.42, 4, txt)
    y += ((len(ticks) + 1) // 2) * 7.5 + 6
    p.f(7.2, "B")
    p.set_xy(p.l_margin, y)
    p.cell(30, 3.4, "REMARKS")
    y += 12
    for ln in note:
        p.hand(p.l_margin + rng.uniform(0, 3), y, ln, size - 0.5, rng, rise=rng.uniform(0, 1.5))
        y += 10.5
    p.set_line_width(0.4)
    p.set_dash_pattern(dash=2, gap=1.5)
    p.line_seg(p.l_margin - 6, y + 6, p.w - p.r_margin + 6, y + 6)
    p.set_dash_pattern()
    p.set_line_width(0.2)
    p.f(6.6)
    p.set_text_color(100, 100, 100)
    p.set_xy(p.l_margin, p.h - 20)
    p.cell(W, 3, "Form HR-12  \u00b7  do not detach from the papers it routes", align="C")
    p.set_text_color(0, 0, 0)
    return out(p)
