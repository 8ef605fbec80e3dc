"""Drawing helpers for round EM, helper fammc (a commercial health plan's decisions on applied behavior analysis for
autism under a state mandate, mirrored for structure and plain wording only; an invented cooperative health plan for
glassblowers, neon benders and kiln workers).

Why: round EM asks for statements where one line of many is refused and told only by a short code explained
elsewhere, values in ruled cells with a tiny caption under them, code legends in two columns side by side, a side
column beside prose or a table, and a plan name with a small lower-case "administered by" line under it. The older
kits draw some of these in other ways; this kit adds the shapes they lack: a letterhead with a drawn mark, the plan's
name and a lower-case administrator line under it (`admin_head`, marks "arcs" and "gather"), one ruled strip of
joined cells whose lower-case captions stand under the strip (`strip_under`), a framed legend split into two
headed columns with a rule between (`legend_pair`), a shaded column at one side of the letter with headed blocks
("your plan at a glance") beside the prose (`aside`), a chart of hours a week asked for and approved drawn as
bars with their numbers (`hours_bars`), a week-by-week session grid of a month of therapy (`week_grid`), and an
hours-bank ledger of studio hours by quarter with a running balance (`hours_bank`). Everything printed with these
helpers is invented. Builds on round EL's ELSheet (and through it every older kit's listings, glossaries, boxes,
running headers and footers, signers and taglines).
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundel_famlc import (ELSheet, abbr, bare, cents, dashed, dear_cover, dmy, dmy_abbr, dots, es_date,  # noqa: F401
                               iso, long, n2, nodash, nth, plus, slash, upper, usd, wday, workday, ymd, yy)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people (invented pairings; pools chosen for this round) ------------------------------------------------------
FIRST_F = ["Araminta", "Blodwen", "Cordelia", "Damaris", "Elspeth", "Florence", "Gwenllian", "Hermione", "Imogen",
           "Jessamy", "Keziah", "Letitia", "Marigold", "Nesta", "Olwen", "Posy", "Rosamund", "Sabina", "Thomasin",
           "Winifred"]
FIRST_M = ["Alaric", "Bartholomew", "Cuthbert", "Digby", "Edmund", "Fabian", "Godfrey", "Humphrey", "Ingram",
           "Jolyon", "Kenelm", "Lancelot", "Merrick", "Neville", "Oswin", "Peregrine", "Roderick", "Sebastian",
           "Tobias", "Wilfred"]
LAST = ["Abernethy", "Bramhall", "Coldbeck", "Dunstable", "Elphick", "Farnaby", "Gribble", "Hartopp", "Ivinson",
        "Jolliffe", "Kemble", "Mabbott", "Nutley", "Pargeter", "Roebuck", "Satterthwaite", "Uttley", "Venning",
        "Wargrave", "Yeardley", "Allardyce", "Birtwistle", "Crabtree", "Dimsdale", "Eddleston", "Fothergill",
        "Gaskell", "Hindmarsh", "Ibbotson", "Jowett", "Lumley", "Midgley", "Northcote", "Pickersgill", "Rawnsley",
        "Sowerby", "Threlfall", "Unsworth", "Whitworth"]
FIRST_ES_F = ["Casimira", "Dulcinea", "Eufrasia", "Filomena", "Graciela", "Hipólita", "Isidora", "Leonila",
              "Marcelina", "Nicolasa", "Petronila", "Rufina", "Saturnina", "Teófila"]
FIRST_ES_M = ["Adalberto", "Ceferino", "Dámaso", "Evaristo", "Facundo", "Gaudencio", "Honorio", "Ismael", "Marcial",
              "Norberto", "Pascual", "Rosendo", "Sinforoso", "Tranquilino"]
LAST_ES = ["Anaya", "Bermúdez", "Carrasco", "Duarte", "Figueroa", "Gallegos", "Iturbide", "Lozoya", "Nájera",
           "Ochoa", "Portillo", "Quintanilla", "Rivas", "Solís", "Treviño", "Uribe", "Valdivia"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: optional F / M / X a person."""
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M,
             "X": (FIRST_ES_F + FIRST_ES_M) if es else (FIRST_F + FIRST_M)}
    last = LAST_ES if es else LAST
    seen, got = set(), []
    while len(got) < n:
        f, la = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"]), rng.choice(last)
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def kin(full: str, of: str) -> str:
    """The same given name and initial with the family name of `of` (a spouse or a child)."""
    f, m, _ = parts(full)
    return f"{f} {m}. {parts(of)[2]}"


def last_first(full: str) -> str:
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def given(full: str) -> str:
    return parts(full)[0]


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "608") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def mdy_dash_abbr(d: dt.date) -> str:
    """09-Mar-26 style is not used (two-digit years); this prints 'Mar. 9, 2026' with a period after the month."""
    return d.strftime("%b. %-d, %Y")


def es_abbr(d: dt.date) -> str:
    """03-mar-2026 (Spanish abbreviated, day first)"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def hrs(v: float) -> str:
    return f"{v:g}"


class EMSheet(ELSheet):
    """ELSheet plus the round EM shapes: a letterhead with a mark and a lower-case administrator line, a ruled strip
    of joined cells captioned under it, a two-column framed legend, a shaded side column beside the prose, an hours
    chart, a week-by-week session grid and an hours-bank ledger."""

    # -- letterhead -----------------------------------------------------------------------------------------------
    def _mark(self, kind: str, x: float, y: float):
        """A small drawn mark whose top-left corner is (x, y), about 13 mm square."""
        self.set_line_width(0.5)
        if kind == "arcs":                    # three nested arcs over a dot: a rising sun / a voice reaching out
            cx, cy = x + 6.5, y + 10.5
            for r in (3.4, 6.0, 8.6):
                pts = [(cx + r * math.cos(math.pi * (1 + k / 16)), cy + r * math.sin(math.pi * (1 + k / 16)))
                       for k in range(17)]
                for a, b in zip(pts, pts[1:]):
                    self.line_seg(a[0], a[1], b[0], b[1])
            self.set_fill_color(0, 0, 0)
            self.ellipse(cx - 1.3, cy - 1.3, 2.6, 2.6, style="F")
            self.line_seg(x - 1.5, cy + 1.8, x + 14.5, cy + 1.8)
        elif kind == "gather":                # a blowpipe with a molten gather at its end and three heat strokes
            self.set_line_width(0.9)
            self.line_seg(x, y + 11, x + 8.5, y + 5.2)
            self.set_fill_color(40, 40, 40)
            self.ellipse(x + 7.4, y + 0.6, 6.4, 6.8, style="DF")
            self.set_line_width(0.35)
            for k in range(3):
                bx = x + 8.2 + k * 2.2
                self.line_seg(bx, y - 0.8, bx + 0.8, y - 2.6)
            self.line_seg(x - 1, y + 13, x + 15, y + 13)
        self.set_line_width(0.2)
        self.set_fill_color(255, 255, 255)

    def admin_head(self, name: str, sub: str, admin: str, lines: list[str], right: list[str] | None = None,
                   mark: str = "arcs", size: float = 15.5, serif_name: bool = False):
        """A drawn mark at the left, the plan's name in bold beside it, an optional second line (`sub`), a small
        lower-case line under the name ('administered by ...'), then contact lines; small lines at the right; a
        single rule under all."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self._mark(mark, self.l_margin, y + 1)
        x = self.l_margin + 18
        self.set_xy(x, y)
        self.set_font("Serif" if serif_name else self.face, "B", size)
        self.cell(W * 0.6, size * 0.46, name)
        yy_ = y + size * 0.46 + 0.5
        if sub:
            self.set_xy(x, yy_)
            self.f(9.2, "B")
            self.cell(W * 0.6, 4.4, sub)
            yy_ += 4.5
        if admin:
            self.set_xy(x, yy_)
            self.f(6.6)
            self.set_text_color(70, 70, 70)
            self.cell(W * 0.6, 3.2, admin.lower())
            self.set_text_color(0, 0, 0)
            yy_ += 3.6
        for ln in lines:
            self.set_xy(x, yy_)
            self.f(7.0)
            self.cell(W * 0.62, 3.2, ln)
            yy_ += 3.2
        yr = y + 0.6
        for ln in right or []:
            self.set_xy(self.l_margin + W * 0.58, yr)
            self.f(7.6)
            self.cell(W * 0.42, 3.6, ln, align="R")
            yr += 3.6
        yb = max(yy_, yr, y + 15) + 1.5
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yb + 4)

    # -- values in a strip of joined cells, captions under the strip --------------------------------------------
    def strip_under(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 5.6, h: float = 7.0,
                    x: float | None = None):
        """One ruled strip of joined cells (value, caption, width): each value inside its cell, the caption in small
        lower-case type UNDER the strip beneath its cell (value first, caption after)."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        tot = sum(w for _, _, w in cells)
        self.set_line_width(0.45)
        self.rect(x0, y, tot, h)
        self.set_line_width(0.2)
        xx = x0
        for i, (v, k, w) in enumerate(cells):
            if i:
                self.line_seg(xx, y, xx, y + h)
            self.set_xy(xx + 1.2, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - 2.4, size * 0.45, v)
            self.set_xy(xx + 0.6, y + h + 0.5)
            self.f(cap)
            self.set_text_color(60, 60, 60)
            self.cell(w - 1.2, cap * 0.42, k.lower())
            self.set_text_color(0, 0, 0)
            xx += w
        self.set_xy(self.l_margin, y + h + cap * 0.42 + 2.6)

    # -- a legend in two headed columns side by side ----------------------------------------------------------
    def legend_pair(self, title: str, left: list[tuple[str, str]], right: list[tuple[str, str]], size: float = 7.4,
                    code_w: float = 11, heads: tuple[str, str] = ("Code", "What it means")):
        """A framed legend: a shaded title strip, then two columns side by side, each with its own small 'Code /
        What it means' header, a vertical rule between the columns (never split over a page)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - 4) / 2
        lh = size * 0.46

        def height(items):
            return sum(len(self.multi_cell(cw - code_w - 3, lh, t, dry_run=True, output="LINES")) * lh + 1.0
                       for _, t in items)
        need = 6 + 5 + max(height(left), height(right)) + 3
        if self.get_y() + need > self.h - 22:
            self.add_page()
        y0 = self.get_y()
        self.set_fill_color(205, 205, 205)
        self.set_xy(self.l_margin, y0)
        self.f(size + 1.2, "B")
        self.cell(W, 5.6, " " + title, border=1, fill=True)
        self.set_fill_color(255, 255, 255)
        ys = y0 + 5.6 + 1.0
        ends = []
        for c, items in enumerate((left, right)):
            x = self.l_margin + 1.5 + c * (cw + 3)
            self.set_xy(x, ys)
            self.f(size - 0.6, "B")
            self.cell(code_w, 3.6, heads[0].upper())
            self.cell(cw - code_w - 3, 3.6, heads[1].upper())
            self.line_seg(x, ys + 3.9, x + cw - 2, ys + 3.9)
            yy_ = ys + 4.6
            for code, text in items:
                self.set_xy(x, yy_)
                self.f(size, "B")
                self.cell(code_w, lh, code)
                self.set_xy(x + code_w, yy_)
                self.f(size)
                self.multi_cell(cw - code_w - 3, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy_ = self.get_y() + 1.0
            ends.append(yy_)
        y1 = max(ends) + 1
        xm = self.l_margin + W / 2
        self.line_seg(xm, ys, xm, y1 - 0.5)
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_xy(self.l_margin, y1 + 3)

    # -- a shaded side column beside the prose -------------------------------------------------------------------
    def aside(self, paras: list[str], blocks: list[tuple[str, list]], side_w: float = 56, left: bool = False,
              size: float = 9.6, side_size: float = 7.6, gap: float = 6, heads: dict | None = None):
        """Letter prose in one column and, beside it at the left or right, a grey-shaded column of headed blocks;
        a block item is a string (a small paragraph) or (caption, value) (caption small, value bold under it).
        `heads` maps a paragraph's index to a bold heading printed above it in the prose column."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        tw = W - side_w - gap
        sx = self.l_margin if left else self.l_margin + tw + gap
        tx = self.l_margin + side_w + gap if left else self.l_margin
        # side column first (measure, shade, then print over the shade)
        def draw(dry: bool) -> float:
            yy_ = y0 + 2
            for title, items in blocks:
                if not dry:
                    self.set_xy(sx + 2.5, yy_)
                    self.f(side_size + 0.8, "B")
                    self.cell(side_w - 5, side_size * 0.55, title.upper())
                yy_ += side_size * 0.55 + 0.6
                if not dry:
                    self.set_line_width(0.4)
                    self.line_seg(sx + 2.5, yy_, sx + side_w - 2.5, yy_)
                    self.set_line_width(0.2)
                yy_ += 1.2
                for it in items:
                    if isinstance(it, str):
                        self.f(side_size)
                        n = len(self.multi_cell(side_w - 5, side_size * 0.46, it, dry_run=True, output="LINES"))
                        if not dry:
                            self.set_xy(sx + 2.5, yy_)
                            self.multi_cell(side_w - 5, side_size * 0.46, it, align="L")
                        yy_ += n * side_size * 0.46 + 1.2
                    else:
                        k, v = it
                        if not dry:
                            self.set_xy(sx + 2.5, yy_)
                            self.f(side_size - 1.2)
                            self.cell(side_w - 5, (side_size - 1.2) * 0.45, k)
                        yy_ += (side_size - 1.2) * 0.45 + 0.2
                        self.f(side_size + 0.4, "B")
                        n = len(self.multi_cell(side_w - 5, side_size * 0.5, v, dry_run=True, output="LINES"))
                        if not dry:
                            self.set_xy(sx + 2.5, yy_)
                            self.multi_cell(side_w - 5, side_size * 0.5, v, align="L")
                        yy_ += n * side_size * 0.5 + 1.4
                yy_ += 2.5
            return yy_
        end = draw(True)
        page0 = self.page_no()
        self.set_fill_color(232, 232, 232)
        self.rect(sx, y0, side_w, end - y0, style="F")
        self.set_fill_color(255, 255, 255)
        draw(False)
        self.set_xy(tx, y0)
        for i, p in enumerate(paras):
            if heads and i in heads:
                self.set_x(tx)
                self.f(size + 0.8, "B")
                self.cell(tw, size * 0.55, heads[i], new_x="LEFT", new_y="NEXT")
                self.ln(0.8)
            self.set_x(tx)
            self.f(size)
            self.multi_cell(tw, size * 0.47, p, new_x="LEFT", new_y="NEXT", markdown=True)
            self.ln(2)
        y = self.get_y() if self.page_no() != page0 else max(self.get_y(), end)
        self.set_xy(self.l_margin, y + 2)

    # -- hours a week asked for and approved, as bars ----------------------------------------------------------
    def hours_bars(self, title: str, rows: list[tuple[str, str, float, float]], top: float = 40, size: float = 8.2,
                   labels: tuple[str, str] = ("asked for", "approved")):
        """One pair of bars a service (code, words, hours asked for, hours approved): the asked-for bar outlined,
        the approved bar filled, each with its number at the end; a scale of hours a week under them."""
        W = self.w - self.l_margin - self.r_margin
        lw = 66
        bw = W - lw - 16
        self.f(size + 1, "B")
        self.cell(W, 5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        for code, words, asked, ok in rows:
            self.set_xy(self.l_margin, y)
            self.f(size, "B")
            self.cell(13, 4, code)
            self.f(size - 0.6)
            self.cell(lw - 13, 4, words)
            x0 = self.l_margin + lw
            self.set_line_width(0.35)
            self.rect(x0, y + 0.2, bw * asked / top, 3.2)
            self.set_xy(x0 + bw * asked / top + 1, y)
            self.f(size - 0.8)
            self.cell(16, 3.6, f"{hrs(asked)} {labels[0]}")
            self.set_fill_color(60, 60, 60)
            if ok:
                self.rect(x0, y + 4.0, bw * ok / top, 3.2, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0 + bw * ok / top + 1, y + 3.8)
            self.f(size - 0.8, "B")
            self.cell(16, 3.6, f"{hrs(ok)} {labels[1]}")
            y += 9.6
        self.set_line_width(0.2)
        x0 = self.l_margin + lw
        self.line_seg(x0, y - 0.6, x0 + bw, y - 0.6)
        for t in range(0, int(top) + 1, 5):
            xt = x0 + bw * t / top
            self.line_seg(xt, y - 0.6, xt, y + 0.6)
            self.set_xy(xt - 4, y + 0.7)
            self.f(6.2)
            self.cell(8, 2.8, str(t), align="C")
        self.set_xy(x0, y + 3.6)
        self.f(6.4)
        self.cell(bw, 2.8, "hours a week", align="C")
        self.set_xy(self.l_margin, y + 8)

    # -- a month of sessions, week by week ---------------------------------------------------------------------
    def week_grid(self, title: str, start: dt.date, weeks: int, cells: dict, size: float = 7.0, note: str = ""):
        """A ruled grid of weeks (rows) and weekdays Monday to Friday (columns); each cell shows the day and its
        lines ('97153 3.0 h'); `cells` maps a date to a list of short strings (a flag letter may follow)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - 18) / 5
        self.f(size + 1.8, "B")
        self.cell(W, 5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.5
        self.set_fill_color(220, 220, 220)
        self.set_xy(self.l_margin, y)
        self.f(size, "B")
        self.cell(18, 4.6, "Week of", border=1, fill=True)
        for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
            self.cell(cw, 4.6, name, border=1, fill=True, align="C")
        self.set_fill_color(255, 255, 255)
        y += 4.6
        monday = start - dt.timedelta(days=start.weekday())
        for wk in range(weeks):
            d0 = monday + dt.timedelta(days=7 * wk)
            n = max([len(cells.get(d0 + dt.timedelta(days=i), [])) for i in range(5)] + [1])
            h = 3.6 + n * size * 0.45 + 1
            self.rect(self.l_margin, y, 18, h)
            self.set_xy(self.l_margin + 1, y + 1)
            self.f(size)
            self.cell(16, 3.4, d0.strftime("%m/%d"))
            for i in range(5):
                d = d0 + dt.timedelta(days=i)
                x = self.l_margin + 18 + i * cw
                self.rect(x, y, cw, h)
                self.set_xy(x + 0.8, y + 0.6)
                self.f(size - 1.2, "B")
                self.cell(cw - 1.6, 3, str(d.day))
                yy_ = y + 3.6
                for s in cells.get(d, []):
                    self.set_xy(x + 1.5, yy_)
                    self.f(size)
                    self.cell(cw - 2.5, size * 0.45, s)
                    yy_ += size * 0.45
            y += h
        self.set_xy(self.l_margin, y + 1)
        if note:
            self.f(size)
            self.multi_cell(W, size * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # -- studio hours by quarter ----------------------------------------------------------------------------------
    def hours_bank(self, title: str, head: list[str], rows: list[list[str]], widths: list[float], note: str = "",
                   size: float = 8.0, mark_row: int | None = None):
        """An hours-bank ledger: a heavy-ruled frame, a shaded header, one row a quarter (quarter, employers'
        reports, hours, needed, banked, the benefit quarter it pays for); `mark_row` is printed in bold with a
        pointer in the margin; an optional note under it."""
        W = sum(widths)
        x0 = self.l_margin
        self.f(size + 1.2, "B")
        self.cell(W, 5, title, new_x="LMARGIN", new_y="NEXT")
        y0 = self.get_y()
        self.set_fill_color(60, 60, 60)
        self.set_text_color(255, 255, 255)
        self.f(size - 0.4, "B")
        for h, w in zip(head, widths):
            self.cell(w, 5.4, " " + h, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.ln(5.4)
        for i, r in enumerate(rows):
            y = self.get_y()
            self.set_x(x0)
            self.f(size, "B" if i == mark_row else "")
            for c, w in zip(r, widths):
                self.cell(w, 5.2, " " + c)
            if i == mark_row:
                self.set_fill_color(0, 0, 0)
                self.polygon([(x0 - 4.2, y + 1.2), (x0 - 1.2, y + 2.6), (x0 - 4.2, y + 4.0)], style="F")
                self.set_fill_color(255, 255, 255)
            self.ln(5.2)
            self.set_draw_color(150, 150, 150)
            self.line_seg(x0, self.get_y(), x0 + W, self.get_y())
            self.set_draw_color(0, 0, 0)
        self.set_line_width(0.6)
        self.rect(x0, y0, W, self.get_y() - y0)
        self.set_line_width(0.2)
        self.ln(1.5)
        if note:
            self.f(size - 0.6)
            self.multi_cell(W, (size - 0.6) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # -- values first, their captions after them -------------------------------------------------------------------
    def after_caps(self, rows: list[tuple[str, str]], size: float = 9.2, x: float | None = None,
                   w: float | None = None):
        """Lines of 'VALUE  - caption': the value in bold, its caption after it in small grey type."""
        W = w or (self.w - self.l_margin - self.r_margin)
        for v, k in rows:
            self.set_x(self.l_margin if x is None else x)
            self.f(size, "B")
            vw = self.get_string_width(v) + 2
            self.cell(vw, size * 0.5, v)
            self.f(size - 2.2)
            self.set_text_color(80, 80, 80)
            self.cell(W - vw, size * 0.5, "\u2014 " + k, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.ln(1.6)
