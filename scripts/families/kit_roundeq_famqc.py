"""Drawing helpers for round EQ, helper famqc (an invented state's firefighter cancer benefit fund: lump-sum and
treatment-cost reimbursement decisions under a cancer presumption; an invented health plan for ballet and contemporary
dancers with company-season eligibility).

Why: round EQ asks for things older kits set rarely or never: a fax machine's transmission line across the top of
EVERY page (sender's fax number, date and time, "P. 2/4" counted over the whole transmission, a job number), a
letterhead whose brand OCR would cut into pieces (a letter-spaced wordmark "T A R N H O L M" beside a ring monogram,
a brand stacked over two lines with a tagline beside it) while another legal entity fills the footer, code legends
set in two or three columns that are read down each column (so an explanation's second line sits beside the next
column's code), legends listing codes no line uses, boxes where one caption owns two numbers or two captions share
one box, and provider panels naming billing, rendering and referring providers side by side. Everything printed
with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from kit_roundep_fampc import EPSheet  # noqa: F401
from kit_roundel_famlb import (abbr, dash, dlong, dmon, dmy, dots, es_abbr, es_date, es_dmy, flat, iso,  # noqa: F401
                               long, n2, nopad, plus, short, slash, upper, usd, usd_es, wday)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people: two pools of this kit only (one per family, so the families never share a name) ---------------------
POOLS = {
    1: dict(F=["Marisa", "Kathleen", "Deirdre", "Annalise", "Bernadette", "Colette", "Geneva", "Harriet",
               "Lorraine", "Maureen", "Noelle", "Priscilla", "Rosemarie", "Sheila", "Tabitha", "Yvette", "Gretchen",
               "Jolene", "Lenora", "Philippa", "Ramona", "Suzette"],
            M=["Brendan", "Clement", "Darrell", "Emmett", "Garrison", "Jerome", "Kendrick", "Lowell", "Malcolm",
               "Norbert", "Quentin", "Reginald", "Stanford", "Terence", "Wallace", "Boyd", "Cyrus", "Dermot",
               "Forrest", "Gunnar", "Holt", "Jasper", "Lamont", "Prescott"],
            L=["Ashbrook", "Brockhurst", "Calloway", "Dunwoody", "Eckersley", "Fairbrother", "Gilmartin", "Haverstock",
               "Ironside", "Jamieson", "Kettering", "Lockridge", "Maddox", "Nesbitt", "Oakhurst", "Pendergast",
               "Radcliffe", "Stallworth", "Thornbury", "Vandermeer", "Whitlock", "Yardley", "Ambler", "Braddock",
               "Cresswell", "Dalrymple", "Emberton", "Fitzgibbon", "Garlock", "Hennessey", "Kinsella", "Lindqvist",
               "McAllister", "Northcutt", "Pellham", "Rathbone", "Sherwood", "Trowbridge"],
            EF=["Araceli", "Brenda", "Cristina", "Dulce", "Esperanza", "Lourdes", "Marisol", "Yesenia"],
            EM=["Arturo", "Baltasar", "Cristóbal", "Ezequiel", "Gilberto", "Homero", "Isidro", "Leonel"],
            EL=["Anaya", "Balderas", "Carrillo", "Elizalde", "Gallegos", "Maldonado", "Olivares", "Sepúlveda",
                "Urquidi", "Valenzuela"]),
    2: dict(F=["Anouk", "Briar", "Celestine", "Dagny", "Emmanuelle", "Freya", "Giselle", "Ilse", "Juliette",
               "Katya", "Ludmila", "Mireille", "Natalya", "Odette", "Paloma", "Romy", "Svetlana", "Tatiana", "Ulla",
               "Vivienne", "Yelena", "Zosia"],
            M=["Anatoly", "Bastien", "Cosimo", "Dmitri", "Emil", "Fabrice", "Gaspard", "Henrik", "Ilya", "Joaquin",
               "Kristof", "Leopold", "Marius", "Nikolai", "Oskar", "Pavel", "Rafferty", "Stellan", "Thierry",
               "Valery", "Yuri", "Zoltan"],
            L=["Ardeleanu", "Belokurova", "Castellane", "Dessaux", "Ekberg", "Fontanelle", "Grigorova", "Hallgren",
               "Ivashkina", "Jourdain", "Kessler-Ward", "Lavrentieva", "Marchetti", "Novikova", "Ostrowski",
               "Petitpas", "Quinault", "Rasmussen", "Sokolova", "Tremblay-Rook", "Ulyanova", "Varga", "Wennberg",
               "Zhelezny", "Aubertin", "Bronnikov", "Chevalier", "Delacourt", "Eriksdotter", "Falkenholm", "Granville",
               "Halvorsen", "Ingebrigt", "Joubert", "Karsavina-Lee", "Lindahl"],
            EF=["Alondra", "Belén", "Carolina", "Daniela", "Itzia", "Mariela", "Valeria", "Ximena"],
            EM=["Adrián", "Bruno", "Dámaso", "Emiliano", "Fausto", "Germán", "Joaquín", "Rodrigo"],
            EL=["Arriola", "Becerra", "Cifuentes", "Escalante", "Figueroa", "Ibarra", "Montalvo", "Villaseñor"]),
}
USED: dict[int, set] = {1: set(), 2: set()}


def fresh(pool: int) -> None:
    """Start a family: names drawn after this share no first or last name with each other in that pool."""
    USED[pool] = set()


def people(rng: random.Random, n: int, pool: int, sexes: str = "", es: bool = False) -> list[str]:
    """n invented 'First M. Last' names, no first or last name repeated within the pool since fresh(pool);
    sexes: F / M / X per person."""
    P = POOLS[pool]
    seen, got = USED[pool], []
    tries = 0
    while len(got) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit(f"name pool {pool} exhausted")
        sx = sexes[len(got)] if len(got) < len(sexes) else "X"
        fk, mk, lk = ("EF", "EM", "EL") if es else ("F", "M", "L")
        firsts = {"F": P[fk], "M": P[mk]}.get(sx, P[fk] + P[mk])
        f, la = rng.choice(firsts), rng.choice(P[lk])
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """ASHBROOK, MARISA K (a listing's patient form)"""
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def initial_last(full: str) -> str:
    """M. Ashbrook (a signature or a cc line)"""
    f, _, la = parts(full)
    return f"{f[0]}. {la}"


def mon_day(d: dt.date) -> str:
    """Mar 11 (no year)"""
    return f"{d:%b} {d.day}"


def fax_stamp(d: dt.date, hhmm: str) -> str:
    """JUN-10-2026 11:52 (a fax machine's transmission date)"""
    return f"{d:%b}-{d.day:02d}-{d.year} {hhmm}".upper()


def spaced_caps(word: str) -> str:
    """T A R N H O L M"""
    return " ".join(word.upper())


class EQSheet(EPSheet):
    """EPSheet plus: a fax transmission line across the top of every page (page numbers counted over the whole
    transmission), a wordmark letterhead (ring or square monogram beside a letter-spaced word, the full name and a
    tagline under it), a brand stacked over two lines with a tagline beside it, a code legend in two or three columns
    read down each column, and a box row where captions and values can be paired unevenly."""

    def __init__(self, *a, faxline: str | None = None, fax_first: int = 1, fax_total: int | None = None, **k):
        super().__init__(*a, **k)
        self.faxline, self.fax_first, self.fax_total = faxline, fax_first, fax_total

    def header(self):
        if self.faxline:
            n = self.page_no() + self.fax_first - 1
            tot = str(self.fax_total) if self.fax_total else "{nb}"
            text = self.faxline.format(n=n, n3=f"{n:03d}", nb=tot)
            self.set_font("Mono", "", 7.0)
            self.set_xy(self.l_margin - 6, 4.2)
            self.cell(self.W + 12, 3.2, text)
        if self.running and self.page_no() >= self.running_from:
            super().header()
        else:
            self.set_xy(self.l_margin, self.t_margin)

    # ---- letterheads ----
    def wordmark_letterhead(self, word: str, name: str, tagline: str, initials: str, right: list[str],
                            mark: str = "ring", size: float = 19, name_size: float = 8.6):
        """A monogram at the left (initials in a double ring, or reversed out of a dark square), beside it the brand
        word in letter-spaced capitals with real spaces between the letters ('T A R N H O L M'), under it the rest
        of the name in small bold capitals and a tagline in oblique type; address lines at the right; a heavy rule
        with a hair rule under everything."""
        y0 = self.get_y()
        x = self.l_margin
        if mark == "ring":
            r = 8.4
            cx, cy = x + r, y0 + r + 0.4
            self.set_line_width(0.8)
            self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
            self.set_line_width(0.25)
            self.ellipse(cx - r + 1.4, cy - r + 1.4, 2 * r - 2.8, 2 * r - 2.8)
            self.set_font("Serif", "B", 11 if len(initials) < 4 else 9)
            self.set_xy(cx - r, cy - 3)
            self.cell(2 * r, 6, initials, align="C")
            mw = 2 * r + 4
        else:
            self.set_fill_color(28, 28, 28)
            self.rect(x, y0 + 0.4, 16, 16, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Serif", "B", 12 if len(initials) < 3 else 10)
            self.set_xy(x, y0 + 5.4)
            self.cell(16, 6, initials, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            mw = 20
        self.set_char_spacing(1.1)
        self.set_font("Sans", "B", size)
        self.set_xy(x + mw, y0)
        self.cell(self.W * 0.6, size * 0.45, spaced_caps(word))
        self.set_char_spacing(0.5)
        self.set_font("Sans", "B", name_size)
        self.set_xy(x + mw + 0.4, y0 + size * 0.45 + 1.2)
        self.cell(self.W * 0.6, name_size * 0.45, name.upper())
        self.set_char_spacing(0)
        self.set_font("Sans", "I", 7.4)
        self.set_xy(x + mw + 0.4, y0 + size * 0.45 + name_size * 0.45 + 2.4)
        self.cell(self.W * 0.6, 3.4, tagline)
        self.f(7.3)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.64, yr)
            self.cell(self.W * 0.36, 3.3, ln, align="R")
            yr += 3.3
        y = max(y0 + size * 0.45 + name_size * 0.45 + 7.0, y0 + 18.5, yr + 0.8)
        self.set_line_width(0.7)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.15)
        self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    def stacked_letterhead(self, top: str, bottom: str, tag_lines: list[str], right: list[str], size: float = 21):
        """A brand broken over two lines in heavy capitals ('CABRI' over 'OLE'), a thin vertical rule to its right
        and the tagline in small oblique lines beside the stack; address lines at the far right."""
        y0 = self.get_y()
        x = self.l_margin
        self.set_font("Sans", "B", size)
        self.set_xy(x, y0)
        self.cell(60, size * 0.42, top.upper())
        self.set_xy(x, y0 + size * 0.44)
        self.cell(60, size * 0.42, bottom.upper())
        wst = max(self.get_string_width(top.upper()), self.get_string_width(bottom.upper()))
        xr = x + wst + 3.5
        self.set_line_width(0.5)
        self.line_seg(xr, y0 + 0.8, xr, y0 + size * 0.86)
        self.set_line_width(0.2)
        self.set_font("Sans", "I", 7.6)
        yy = y0 + 1.4
        for ln in tag_lines:
            self.set_xy(xr + 2.5, yy)
            self.cell(70, 3.4, ln)
            yy += 3.5
        self.f(7.3)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.62, yr)
            self.cell(self.W * 0.38, 3.3, ln, align="R")
            yr += 3.3
        y = max(y0 + size * 0.88 + 1.5, yr + 0.8, yy + 0.5)
        self.set_line_width(0.4)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3.5)

    # ---- legends ----
    def legend_cols(self, title: str, items: list[tuple[str, str]], ncol: int = 2, size: float = 7.6,
                    code_w: float = 9, gap: float = 5, rule: bool = True, pad: float = 0.8):
        """Codes and their meanings in ncol columns read down each column (column one first), each column as
        tall as the others as near as can be; no row alignment across columns, so a long meaning's second line
        sits beside whatever code the next column has there. Thin vertical rules between the columns."""
        x0, tw = self.l_margin, self.W
        cw = (tw - gap * (ncol - 1)) / ncol
        lh = size * 0.45
        if title:
            self.f(size + 1.3, "B")
            self.cell(tw, 5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.5)
        self.f(size)
        hs = [len(self.multi_cell(cw - code_w, lh, t, dry_run=True, output="LINES")) * lh + pad for _, t in items]
        target = sum(hs) / ncol
        cols, cur, acc = [], [], 0.0
        for it, h in zip(items, hs):
            if cur and acc + h / 2 > target and len(cols) < ncol - 1:
                cols.append(cur)
                cur, acc = [], 0.0
            cur.append(it)
            acc += h
        cols.append(cur)
        y0 = self.get_y()
        ends = []
        for c, chunk in enumerate(cols):
            xx = x0 + c * (cw + gap)
            yy = y0
            for code, text in chunk:
                self.f(size, "B")
                self.set_xy(xx, yy)
                self.cell(code_w, lh, code)
                self.f(size)
                self.set_xy(xx + code_w, yy)
                self.multi_cell(cw - code_w, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy = self.get_y() + pad
            ends.append(yy)
        if rule:
            for c in range(1, len(cols)):
                xr = x0 + c * (cw + gap) - gap / 2
                self.line_seg(xr, y0, xr, max(ends) - pad)
        self.set_xy(self.l_margin, max(ends) + 1.5)

    def list_cols(self, items: list[str], ncol: int = 3, size: float = 8.2, gap: float = 4, mark: str = "\u2022"):
        """A plain bulleted list in ncol columns read down each column."""
        cw = (self.W - gap * (ncol - 1)) / ncol
        per = -(-len(items) // ncol)
        lh = size * 0.5
        y0 = self.get_y()
        for i, it in enumerate(items):
            c, r = divmod(i, per)
            self.f(size)
            self.set_xy(self.l_margin + c * (cw + gap), y0 + r * lh)
            self.cell(cw, lh, f"{mark} {it}")
        self.set_xy(self.l_margin, y0 + per * lh + 2)

    def stamp_at(self, lines: list[str], x: float, y: float, angle: float = 8, w: float = 46):
        """EMSheet.stamp that leaves the cursor where it was (the stamp is laid on the page, not in the flow)."""
        cx, cy = self.get_x(), self.get_y()
        self.stamp(lines, x, y, angle=angle, w=w)
        self.set_xy(cx, cy)

    def grid2(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 7.6,
              row_h: float = 4.8, cont: str = ""):
        """LBSheet.grid plus ('span', text) rows: a plain line across the whole grid in a smaller oblique face (the
        provider line under a claim's heading), and ('break',) closing the grid with '(continued on next page)' and
        printing `cont` and the headings again on the next page."""
        tw = sum(widths)
        out_rows = rows
        # draw row by row so that span rows can sit inside the grid without their own heading
        self.grid(head, [], widths, aligns, size=size, row_h=row_h)
        self.set_y(self.get_y() - 1.5)
        for r in out_rows:
            if isinstance(r, tuple) and r[0] == "span":
                self.set_font("Sans", "I", size - 0.4)
                self.set_x(self.l_margin)
                self.cell(tw, row_h - 0.4, "  " + r[1], border="LR")
                self.ln(row_h - 0.4)
                continue
            if isinstance(r, tuple) and r[0] == "break":
                self.f(size - 0.6)
                self.set_x(self.l_margin)
                self.cell(tw, 4, "(continued on next page)", align="R")
                self.add_page()
                if cont:
                    self.f(size + 1.2, "B")
                    self.cell(tw, 5, cont, new_x="LMARGIN", new_y="NEXT")
                    self.ln(0.6)
                self.grid(head, [], widths, aligns, size=size, row_h=row_h)
                self.set_y(self.get_y() - 1.5)
                continue
            if isinstance(r, tuple) and r[0] == "group":
                self.f(size, "B")
                self.set_fill_color(238, 238, 238)
                self.set_x(self.l_margin)
                self.cell(tw, row_h, " " + r[1], border=1, fill=True)
                self.set_fill_color(255, 255, 255)
                self.ln(row_h)
                continue
            bold = isinstance(r, tuple) and r[0] == "bold"
            cells = r[1] if bold else r
            self.f(size, "B" if bold else "")
            self.set_x(self.l_margin)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a)
            self.ln(row_h)
        self.ln(1.5)

    def pair_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.4, cap_size: float = 6.2,
                   h: float = 11.0, shade_caption: bool = True):
        """A row of touching ruled boxes, each with a caption band on top (shaded) and its value under it; a
        caption may own two values ('GROUP/MEMBER NO.' over '31-006 / FF40218375') or two captions may share one
        box ('CLAIM NO. - LETTER ID' over 'LS-26-004417 - L2605-90127')."""
        tot = sum(c[2] for c in cells)
        x, y = self.l_margin, self.get_y()
        ch = cap_size * 0.45 + 1.6
        for cap, val, share in cells:
            w = self.W * share / tot
            self.rect(x, y, w, h)
            if shade_caption:
                self.set_fill_color(228, 228, 228)
                self.rect(x, y, w, ch, style="DF")
                self.set_fill_color(255, 255, 255)
            self.set_font("Sans", "B", cap_size)
            self.set_xy(x + 1.2, y + 0.8)
            self.cell(w - 2.4, cap_size * 0.45, cap.upper())
            self.f(size, "B")
            self.set_xy(x + 1.5, y + ch + (h - ch - size * 0.42) / 2)
            self.cell(w - 3, size * 0.42, val)
            x += w
        self.set_xy(self.l_margin, y + h + 3)


def fax_cover(head: list[str], rows: list[tuple[str, str]], note: list[str], sign: list[str], faxline: str,
              fax_total: int, confid: str) -> bytes:
    """A fax cover page of its own (it belongs to no document), with the sending machine's line at the top: the
    sender's name and lines, a big 'FAX' word, a ruled To/From grid and a short note."""
    p = EQSheet(footer=None, faxline=faxline, fax_first=1, fax_total=fax_total)
    p.set_margins(20, 16, 20)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6.5, head[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in head[1:]:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_char_spacing(6)
    p.f(30, "B")
    p.cell(0, 13, "FAX", new_x="LMARGIN", new_y="NEXT")
    p.set_char_spacing(0)
    p.ln(2)
    for k, v in rows:
        y = p.get_y()
        p.f(9.4, "B")
        p.cell(30, 7, k)
        p.f(10)
        p.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
        p.set_draw_color(140, 140, 140)
        p.line_seg(p.l_margin + 30, y + 6.6, p.w - p.r_margin, y + 6.6)
        p.set_draw_color(0, 0, 0)
    p.ln(6)
    for para in note:
        p.para(para, 10.2, gap=2.6)
    p.ln(2)
    for i, ln in enumerate(sign):
        p.f(10, "B" if i == 1 else "")
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_y(-36)
    p.f(7)
    p.multi_cell(p.W, 3.3, confid, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def hline(p: FPDF, y: float, w: float = 0.2):
    p.set_line_width(w)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
