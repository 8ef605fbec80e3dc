"""Drawing helpers for round EN, helper famnd (a university student health insurance plan's papers: an underwriting
insurer, a claims administrator and the university's own insurance office; an invented health plan for lighthouse
keepers, harbor pilots and coastal station crews with its claims administrator).

Why: the round asks for page shapes the older kits draw seldom: a letterhead where the claims administrator is the big
name and the plan is named small under it ("for the ... Plan", "... Plan, administered by ..."); a drawn logo (initials
in a double ring, a lighthouse drawn from shapes) beside an insurer's name set on two lines; claim listings whose
rows run on to the next page with NO column heads printed again (only the page's running header above them); a
small "patient" tag inside a household listing; boxes whose caption sits in a notch cut into the top rule (a
fieldset); a grid of rotation days by month; a pilots' dispatch office fax cover. Date shapes: "March 6, 2026",
"03/06/2026", "3/6/2026", "06 MAR 2026", "2026-03-06", "Mar. 6, 2026", "6 March 2026", "6 de marzo de 2026"; money
"$1,234.50", "1,234.50", "1234.50", "USD 1,234.50".
Everything printed with these helpers is invented except the names of public programs and codes.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundem_fammd import (EMSheet, abbr_dot, add_months, cap_day, digits, dmy_abbr, es_date, iso, long, n2, plus,
                               short_md, slash, upper, usd, wday_long, ymd_slash, yy)

__all__ = ["ENSheet", "abbr_dot", "add_months", "cap_day", "digits", "dmy_abbr", "es_date", "iso", "long", "n2",
           "plus", "short_md", "slash", "upper", "usd", "wday_long", "ymd_slash", "yy", "day_month", "people",
           "reset_names", "kin", "last_first", "phone", "tollfree", "campus_address", "coast_address", "dispatch_cover", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]

# students, their spouses and children (the university family)
ST_F = ["Ysolde", "Priyanka", "Tamsin", "Oluwaseun", "Anneliese", "Jovana", "Saoirse", "Henrike", "Mireille",
        "Thandiwe", "Linnea", "Esperanza"]
ST_M = ["Ignatius", "Dashiell", "Kwabena", "Rafferty", "Evander", "Laszlo", "Cormac", "Anselm", "Teodor", "Ruairi",
        "Benedikt", "Osric"]
ST_LAST = ["Varga", "Thibodeaux", "Lindqvist", "Okonjo", "Marchetti", "Halloran", "Zielinski", "Devereaux",
           "Akinyemi", "Rasmussen", "Quigley", "Szalai", "Ferreira-Lund", "Nakagawa", "Brzezinski", "Oduya"]
ST_ES_F = ["Ximena", "Itzel", "Yareli", "Nayeli"]
ST_ES_M = ["Emiliano", "Joaquín", "Leonel", "Maximiliano"]
ST_ES_LAST = ["Betancourt", "Quiñones", "Arreola", "Zamudio", "Villaseñor"]
# keepers, pilots, station crews and their families (the coastal family)
CO_F = ["Marit", "Signe", "Ingeborg", "Rhoswen", "Morwenna", "Dagny", "Solveig", "Elspeth", "Wenna", "Gwenllian"]
CO_M = ["Torvald", "Ewart", "Piran", "Hamish", "Lachlan", "Bjarne", "Alasdair", "Tormod", "Jory", "Fergus"]
CO_LAST = ["Penhaligon", "Tregarthen", "Kittredge", "Sandvik", "MacAskill", "Trevithick", "Rosewarne", "Pellow",
           "Strachan", "Moodie", "Gunnarsen", "Polglase", "Ravenhill", "Tindall"]
CO_ES_F = ["Araceli", "Rocío", "Maricruz", "Socorro"]
CO_ES_M = ["Evaristo", "Nicanor", "Fulgencio", "Anacleto"]
CO_ES_LAST = ["Olavarrieta", "Manjarrez", "Covarrubias", "Urquidi", "Barragán"]


def day_month(d: dt.date) -> str:
    """6 March 2026"""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", coast: bool = False,
           avoid: tuple = ()) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (nor any name in `avoid`, full names whose
    parts are kept apart); sexes: F / M / X per person; coast: the coastal pools (the two families share no names)."""
    if coast:
        f_, m_, ls = (CO_ES_F, CO_ES_M, CO_ES_LAST) if es else (CO_F, CO_M, CO_LAST)
    else:
        f_, m_, ls = (ST_ES_F, ST_ES_M, ST_ES_LAST) if es else (ST_F, ST_M, ST_LAST)
    pools = {"F": f_, "M": m_, "X": f_ + m_}
    seen, got = {w for a in avoid for w in (a.split()[0], a.split()[-1])}, []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen or (f, last) in _TAKEN:
            continue
        seen |= {f, last}
        _TAKEN.add((f, last))
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


_TAKEN: set = set()


def reset_names():
    """Forget the first/last name pairs given out so far (a family module calls it when it starts, so that no two
    people on its papers share a first and last name and the same call always draws the same names)."""
    _TAKEN.clear()


def kin(rng: random.Random, full: str, sex: str, coast: bool = False, es: bool = False, avoid=()) -> str:
    """A spouse or child sharing the last name, with a first name nobody else on the paper has."""
    if coast:
        f_, m_ = (CO_ES_F, CO_ES_M) if es else (CO_F, CO_M)
    else:
        f_, m_ = (ST_ES_F, ST_ES_M) if es else (ST_F, ST_M)
    last = full.split()[-1]
    pool = [x for x in (f_ if sex == "F" else m_) if x != full.split()[0] and x not in avoid and (x, last) not in _TAKEN]
    f = rng.choice(pool)
    _TAKEN.add((f, last))
    return f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}"


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    p = full.split()
    return f"{' '.join(p[2:]).upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "814") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def campus_address(rng: random.Random) -> list[str]:
    """A student's address near the invented Orrinbrook campus (an invented town in a real state)."""
    street = rng.choice(["Quadrangle Row", "Bursar Ln", "Old Chapel Rd", "Ivy Court Apt 3C", "Commons Way Apt 12",
                         "Fieldhouse St", "Seminary Hill Rd", "Registrar Ave Apt 2", "Bell Tower Ln"])
    return [f"{rng.randint(14, 980)} {street}", "Orrinbrook, PA 16938"]


def coast_address(rng: random.Random, state: str | None = None) -> list[str]:
    """A keeper's, pilot's or station hand's address on the coast (real towns, invented streets); state: only towns
    in that state."""
    towns = [("Rockland", "ME", "04841"), ("Astoria", "OR", "97103"), ("Port Angeles", "WA", "98362"),
             ("Eureka", "CA", "95501"), ("Cape May", "NJ", "08204"), ("Bar Harbor", "ME", "04609"),
             ("Newport", "OR", "97365"), ("Port Townsend", "WA", "98368")]
    town, st, z = rng.choice([t for t in towns if state in (None, t[1])])
    street = rng.choice(["Fog Signal Rd", "Keeper's Ln", "Breakwater Ave", "Pilot Boat Way", "Tide Gauge Ct",
                         "Bell Buoy Dr", "Lamp House Rd", "Jetty View St Apt 2", "Gannet Row"])
    return [f"{rng.randint(10, 4890)} {street}", f"{town}, {st} {z}"]


class ENSheet(EMSheet):
    """EMSheet plus drawn logos (initials in a double ring, a lighthouse) beside a name set on two lines, an
    administrator-first letterhead with the plan named small, a listing whose rows run on to the next page with no
    heads printed again, notched caption boxes and a month grid."""

    # --- drawn logos ---------------------------------------------------------------------------------------------
    def ring_logo(self, x: float, y: float, d: float, initials: str):
        """Initials in a double ring (a heavy outer circle, a thin inner one) in a box of side d at (x, y)."""
        self.set_line_width(0.9)
        self.ellipse(x, y, d, d)
        self.set_line_width(0.25)
        self.ellipse(x + d * 0.1, y + d * 0.1, d * 0.8, d * 0.8)
        self.set_font("Serif", "B", d * 1.05)
        w = self.get_string_width(initials)
        self.set_xy(x + (d - w) / 2, y + d * 0.5 - d * 0.2)
        self.cell(w, d * 0.4, initials)
        self.set_line_width(0.2)

    def lighthouse(self, x: float, y: float, s: float = 16):
        """A lighthouse drawn from shapes in a box of side s at (x, y): a tapering tower with two dark bands, a
        gallery, the lantern with its light, a cap and beams to either side, standing on a rock."""
        self.set_fill_color(30, 30, 30)
        cx = x + s / 2
        base, top = y + s * 0.9, y + s * 0.34
        bw, tw = s * 0.32, s * 0.2
        self.set_line_width(0.35)
        self.polygon([(cx - bw / 2, base), (cx + bw / 2, base), (cx + tw / 2, top), (cx - tw / 2, top)], style="D")
        for f0, f1 in ((0.2, 0.36), (0.56, 0.72)):
            y0, y1 = base - (base - top) * f0, base - (base - top) * f1
            w0 = bw + (tw - bw) * f0
            w1 = bw + (tw - bw) * f1
            self.polygon([(cx - w0 / 2, y0), (cx + w0 / 2, y0), (cx + w1 / 2, y1), (cx - w1 / 2, y1)], style="F")
        self.rect(cx - tw * 0.75, top - s * 0.03, tw * 1.5, s * 0.03, style="F")          # gallery
        self.rect(cx - tw * 0.38, top - s * 0.13, tw * 0.76, s * 0.1, style="D")         # lantern
        self.ellipse(cx - s * 0.025, top - s * 0.1, s * 0.05, s * 0.05, style="F")         # the light
        self.polygon([(cx - tw * 0.5, top - s * 0.13), (cx + tw * 0.5, top - s * 0.13), (cx, top - s * 0.22)],
                     style="F")                                                             # cap
        for dy in (-0.05, 0.0, 0.05):                                                      # beams
            self.line_seg(cx + tw * 0.5, top - s * 0.08, x + s, top - s * (0.08 + dy * 2.4))
            self.line_seg(cx - tw * 0.5, top - s * 0.08, x, top - s * (0.08 + dy * 2.4))
        self.polygon([(x + s * 0.12, y + s), (x + s * 0.2, base), (x + s * 0.8, base), (x + s * 0.9, y + s)],
                     style="F")                                                             # rock
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def two_line_head(self, logo: str, top: str, bottom: str, right: list[str], initials: str = "",
                      box: str | None = None, size: float = 18, under: str = ""):
        """A drawn logo at the left ('ring' with initials, or 'lighthouse'), the name beside it on two lines (the
        first in heavy capitals, the second in a lighter, smaller face), an optional small line under them, contact
        lines flush right, an optional framed title under the contact lines, then a single heavy rule."""
        y0 = self.get_y()
        x = self.l_margin
        d = 17
        if logo == "ring":
            self.ring_logo(x, y0, d, initials)
        else:
            self.lighthouse(x, y0, d)
        x += d + 4
        self.set_font("Sans", "B", size)
        self.set_xy(x, y0 + 0.6)
        self.cell(0, size * 0.42, top.upper())
        self.set_font("Serif", "", size * 0.62)
        self.set_xy(x, y0 + 0.6 + size * 0.44)
        self.cell(0, size * 0.32, bottom)
        yl = y0 + d + 1
        if under:
            self.set_text_color(80, 80, 80)
            self.set_font("Sans", "I", 7.2)
            self.set_xy(x, y0 + 0.8 + size * 0.44 + size * 0.34)
            self.cell(0, 3.4, under)
            self.set_text_color(0, 0, 0)
            yl = max(yl, self.get_y() + 4.4)
        self.f(7.2)
        yy_ = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - 72, yy_)
            self.cell(72, 3.5, ln, align="R")
            yy_ += 3.5
        y = max(yl, yy_ + 1)
        if box:
            self.f(10.4, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y)
            self.cell(bw, 7, box, border=1, align="C")
            y += 9
        self.set_line_width(0.8)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    def admin_head(self, firm: str, firm_sub: str, for_line: str, right: list[str], box: str | None = None,
                   spaced: bool = True):
        """The claims administrator as the big name (letter-spaced capitals when spaced), its own small line under
        it, then the plan named small in italics ('for the ... Plan' / '... Plan, administered by ...'), contact
        lines flush right, an optional framed title, a thin and a heavy rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.set_font("Sans", "B", 21)
        txt = " ".join(firm.upper()) if spaced else firm.upper()
        self.set_xy(self.l_margin, y0)
        self.cell(W * 0.64, 9, txt)
        self.f(7.8)
        self.set_xy(self.l_margin, y0 + 9.2)
        self.cell(W * 0.64, 3.8, firm_sub)
        self.set_text_color(70, 70, 70)
        self.set_font("Serif", "", 7.6)
        self.set_xy(self.l_margin, y0 + 13.2)
        self.multi_cell(W * 0.62, 3.5, for_line, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        yl = self.get_y()
        self.f(7.2)
        yy_ = y0
        for ln in right:
            self.set_xy(self.w - self.r_margin - 66, yy_)
            self.cell(66, 3.5, ln, align="R")
            yy_ += 3.5
        y = max(yl, yy_) + 1.5
        if box:
            self.f(10.2, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y)
            self.cell(bw, 7, box, border=1, align="C")
            y += 9
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.7)
        self.line_seg(self.l_margin, y + 1.1, self.w - self.r_margin, y + 1.1)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 5)

    # --- listings ------------------------------------------------------------------------------------------------
    def carry_table(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 7.8,
                    row_h: float = 5.0, foot_room: float = 24, head_fill: int = 215, tag_col: int | None = None,
                    ruled: bool = True):
        """A listing whose heads are printed ONCE: when a row would run past the foot of the page (or at a
        {"break": True} row) a new page starts and the rows simply go on under the page's running header, with no
        heads and no 'continued' line. Rows: a list of cells; {"band": text}; {"cells": [...], "bold": True}.
        tag_col: that column is set small and grey (a patient tag inside the row)."""
        x0 = self.l_margin
        W = sum(widths)
        lh = (size - 0.4) * 0.44
        self.f(size - 0.4, "B")
        n = max(len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        self.set_fill_color(head_fill, head_fill, head_fill)
        self.rect(x0, y, W, n * lh + 2, style="F")
        self.set_fill_color(255, 255, 255)
        x = x0
        for h, w, a in zip(head, widths, aligns):
            k = len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES"))
            self.set_xy(x + 0.6, y + 1 + (n - k) * lh)
            self.multi_cell(w - 1.2, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y + n * lh + 2)
        for r in rows:
            forced = isinstance(r, dict) and r.get("break")
            if forced or self.get_y() + row_h > self.h - foot_room:
                self.add_page()
                if forced:
                    continue
            y = self.get_y()
            if isinstance(r, dict) and "band" in r:
                self.f(size, "B")
                self.set_xy(x0 + 0.6, y)
                self.cell(W - 1.2, row_h, r["band"])
            else:
                cells = r["cells"] if isinstance(r, dict) else r
                bold = isinstance(r, dict) and r.get("bold")
                x = x0
                for i, (c, w, a) in enumerate(zip(cells, widths, aligns)):
                    if i == tag_col:
                        self.set_text_color(90, 90, 90)
                        self.f(size - 1.6)
                    else:
                        self.f(size, "B" if bold else "")
                    self.set_xy(x + 0.6, y)
                    self.cell(w - 1.2, row_h, c, align=a)
                    self.set_text_color(0, 0, 0)
                    x += w
            if ruled:
                self.set_draw_color(185, 185, 185)
                self.line_seg(x0, y + row_h, x0 + W, y + row_h)
                self.set_draw_color(0, 0, 0)
            self.set_xy(x0, y + row_h)
        self.set_line_width(0.4)
        self.line_seg(x0, self.get_y(), x0 + W, self.get_y())
        self.set_line_width(0.2)
        self.ln(3)

    # --- boxes ---------------------------------------------------------------------------------------------------
    def notch_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.6, cap: float = 6.2,
                    h: float = 9.6, gap: float = 2.4, x: float | None = None, w: float | None = None) -> float:
        """Rows of ruled boxes, fieldset style: each caption sits in a notch cut into the box's top rule (small
        grey type), the value in bold inside. Cells are (caption, value, fraction of the width). Returns the y
        under them."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y = self.get_y() + cap * 0.25
        for row in rows:
            xx = x0
            for c, v, frac in row:
                cw = W * frac - gap
                self.set_line_width(0.3)
                self.rect(xx, y, cw, h)
                self.f(cap)
                tw = self.get_string_width(c) + 2
                self.set_fill_color(255, 255, 255)
                self.rect(xx + 2.2, y - 0.6, tw, 1.2, style="F")
                self.set_text_color(90, 90, 90)
                self.set_xy(xx + 3.2, y - cap * 0.22)
                self.cell(tw, cap * 0.44, c)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
                self.set_xy(xx + 2.4, y + (h - size * 0.45) / 2 + 0.4)
                self.cell(cw - 4, size * 0.45, v)
                xx += cw + gap
            y += h + gap + cap * 0.2
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y)
        return y

    def month_grid(self, title: str, months: list[str], rows: list[tuple[str, list[str]]], size: float = 8.2,
                   cap_w: float = 46, h: float = 6.2, shade_col: int | None = None):
        """A ruled grid: a title bar, the months across the top, one caption per row at the left and a value in
        each month's cell (rotation days, coverage months); shade_col shades one month's column."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - cap_w) / len(months)
        self.set_fill_color(35, 35, 35)
        self.set_text_color(255, 255, 255)
        self.f(size + 0.4, "B")
        self.cell(W, 5.6, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        y = self.get_y()
        x = self.l_margin + cap_w
        self.f(size - 0.4, "B")
        self.rect(self.l_margin, y, cap_w, h)
        for i, m in enumerate(months):
            if shade_col == i:
                self.set_fill_color(225, 225, 225)
                self.rect(x, y, cw, h * (len(rows) + 1), style="F")
            self.rect(x, y, cw, h)
            self.set_xy(x, y)
            self.cell(cw, h, m, align="C")
            x += cw
        self.set_fill_color(255, 255, 255)
        y += h
        for cap, vals in rows:
            self.f(size - 0.6)
            self.rect(self.l_margin, y, cap_w, h)
            self.set_xy(self.l_margin + 1, y)
            self.cell(cap_w - 2, h, cap)
            x = self.l_margin + cap_w
            self.f(size)
            for v in vals:
                self.rect(x, y, cw, h)
                self.set_xy(x, y)
                self.cell(cw, h, v, align="C")
                x += cw
            y += h
        self.set_xy(self.l_margin, y + 3)


def dispatch_cover(org: str, lines: list[str], to: str, to_fax: str, frm: str, when: str, pages: str, re: str,
                   note: list[str], board: list[tuple[str, str]]) -> bytes:
    """A pilots' dispatch office fax cover (a page that belongs to no document): the office's name over a
    dashed rule, 'FAX' in outline letters at the right, a boarding board excerpt (a small grid of ships and
    times the dispatcher left on the form), To / Fax / From / Date / Pages / Re lines in the monospace face and a
    short handwritten-style note."""
    p = ENSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Serif", "B", 15)
    p.cell(W * 0.7, 7, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    for ln in lines:
        p.cell(W * 0.7, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_font("Sans", "B", 40)
    p.set_xy(p.w - p.r_margin - 40, 18)
    p.text_mode = "STROKE"
    p.set_line_width(0.5)
    p.cell(40, 16, "FAX", align="R")
    p.text_mode = "FILL"
    p.set_line_width(0.2)
    p.set_xy(p.l_margin, 42)
    p.set_dash_pattern(dash=2, gap=1.4)
    p.line_seg(p.l_margin, 40, p.w - p.r_margin, 40)
    p.set_dash_pattern()
    p.ln(4)
    for k, v in [("TO", to), ("FAX", to_fax), ("FROM", frm), ("DATE", when), ("PAGES", pages), ("RE", re)]:
        p.set_font("Mono", "B", 10.5)
        p.cell(26, 7, k + ":")
        p.set_font("Mono", "", 10.5)
        p.multi_cell(W - 26, 7, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.set_font("Serif", "", 11.5)
    for para in note:
        p.multi_cell(W, 6, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.ln(4)
    p.f(8, "B")
    p.cell(0, 4.5, "BOARDING BOARD (as of this morning)", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    widths = [W * 0.36, W * 0.22, W * 0.2, W * 0.22]
    for i, (a, b) in enumerate(board):
        cells = [a, *b.split("|")]
        for c, w in zip(cells, widths):
            p.cell(w, 5, c.strip(), border=1)
        p.ln(5)
    p.set_y(p.h - 30)
    p.f(7)
    p.multi_cell(W, 3.3, "This transmission is meant only for the person named above. It may hold private health "
                         "details. If it reached you by mistake, please call the dispatch office and destroy it.",
                 border="T", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
