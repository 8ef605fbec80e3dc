"""Drawing helpers for round EN, helper famnb (long-term care insurance claim decisions from an invented insurer and
its invented third-party claims administrator; an invented trust fund health plan for blacksmiths, ornamental
ironworkers and stonemasons).

Why: both families set their issuers the ways this round asks for and older kits do not: an administrator's name
as the big name with the plan or insurer named smaller under it ("Long-term care claims for ...", "Claims
administrator for ..."), and a drawn mark (initials in a double ring, or an anvil beside initials in a box) beside
an issuer's name set on two lines. Other pieces: a ruled table that runs on to the next page with its headings NOT
printed again (the rows just continue under the running header), boxes whose captions sit in a dark tab on the
box's top edge, captions set in the left margin beside their values, a small caption-over-value "ticket" strip,
and a plain fact list with dot leaders. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from kit_roundem_fammb import EMSheet  # noqa: F401
from kit_roundel_famlb import (abbr, dash, dlong, dmon, dmy, dots, es_abbr, es_date, es_dmy, flat, iso,  # noqa: F401
                               long, n2, nopad, plus, short, slash, spaced, upper, usd, usd_es, wday, workday)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people: two pools of this kit only (one per family, so the families never share a name) ---------------------
POOLS = {
    1: dict(F=["Adelheid", "Berenice", "Cordelia", "Drusilla", "Ermengarde", "Florentine", "Gwladys", "Hepzibah",
               "Iolanthe", "Jocasta", "Kunigunde", "Lettice", "Mehitabel", "Oriel", "Prunella", "Seraphina",
               "Tryphena", "Ursuline", "Veronique", "Wilhelmine", "Araminta", "Clothilde"],
            M=["Algernon", "Bartholomew", "Cosmo", "Erasmus", "Fitzroy", "Gervase", "Horatio", "Inigo", "Jasper",
               "Lancelot", "Mortimer", "Octavius", "Ptolemy", "Reginald", "Septimus", "Thaddeus", "Ulysses",
               "Willoughby", "Aubrey", "Barnabas"],
            L=["Ashbury", "Brackenbury", "Culpepper", "Dankworth", "Entwhistle", "Farnsworth", "Grimshaw",
               "Heathcote", "Illingworth", "Jellicoe", "Knatchbull", "Loxley", "Mablethorpe", "Nutley", "Ormsby",
               "Postlethwaite", "Ramsbottom", "Sowerby", "Thistlewood", "Uppington", "Wadsworth", "Yarwood",
               "Bulstrode", "Duckworth", "Fanshawe", "Gathercole", "Huddleston", "Kitchingman"],
            EF=["Auxiliadora", "Clotilde", "Eustaquia", "Fermina", "Inocencia", "Petra", "Rufina", "Serafina"],
            EM=["Aurelio", "Casimiro", "Demetrio", "Eusebio", "Florencio", "Hilario", "Isidoro", "Patricio"],
            EL=["Anzures", "Balderas", "Carbajal", "Dorantes", "Ezquerra", "Garibay", "Irigoyen", "Larrañaga",
                "Mondragón", "Santibáñez"]),
    2: dict(F=["Brienne", "Cerys", "Dagny", "Eira", "Freya", "Gunnhild", "Hedda", "Ingeborg", "Jorunn", "Kari",
               "Liv", "Maja", "Nanna", "Oda", "Ragna", "Sigrid", "Thora", "Unni", "Vigdis", "Yrsa"],
            M=["Arvid", "Bjorn", "Conall", "Dermot", "Einar", "Fintan", "Gunnar", "Halvard", "Ivar", "Jarl",
               "Knut", "Lars", "Magnus", "Njal", "Olaf", "Ragnar", "Sindri", "Torvald", "Ulf", "Vidar"],
            L=["Ackroyd", "Baildon", "Calverley", "Dewsbury", "Elland", "Flockton", "Golcar", "Holmfirth", "Jagger",
               "Kirkburton", "Lindley", "Marsden", "Netherton", "Ossett", "Pudsey", "Rastrick", "Slaithwaite",
               "Thornhill", "Wibsey", "Yeadon", "Birstall", "Cleckheaton", "Denby", "Emley", "Farnley",
               "Gomersal", "Honley"],
            EF=["Amalia", "Benigna", "Crescencia", "Delfina", "Eleuteria", "Gertrudis", "Hipólita", "Librada"],
            EM=["Agapito", "Cleto", "Donaciano", "Evaristo", "Fulgencio", "Gaudencio", "Higinio", "Melquíades"],
            EL=["Arizmendi", "Berrospe", "Cabañas", "Echauri", "Fierro", "Grijalva", "Ituarte", "Lizárraga"]),
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
    while len(got) < n:
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
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def first(full: str) -> str:
    return parts(full)[0]


def surname(full: str) -> str:
    return parts(full)[2]


def same_surname(full: str, last: str) -> str:
    f, m, _ = parts(full)
    return f"{f} {m}. {last}"


def phone(rng: random.Random, area: str) -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def short_nopad(d: dt.date) -> str:
    """4/7/26 (a clerk's short form; only beside a fuller form of the same date, or for decoys)"""
    return f"{d.month}/{d.day}/{d:%y}"


def mon_day(d: dt.date) -> str:
    """Apr 7 (no year; table cells under a year heading, decoys)"""
    return f"{d:%b} {d.day}"


class ENSheet(EMSheet):
    """EMSheet plus: an administrator's letterhead with the plan named smaller under it, a drawn mark beside a
    two-line name, a table that runs on to the next page without its headings, tab-captioned boxes, margin
    captions, a caption-over-value strip and dot-leader facts."""

    # ---- letterheads ----
    def admin_big_letterhead(self, big: str, rest: str, for_line: str, right: list[str], size: float = 22,
                             bar: bool = True):
        """The administrator's short name very large and bold, the rest of its legal name beside it in a lighter
        face on the same baseline, and under a thin rule a smaller oblique line naming whom it works for
        ("Long-term care claims for ...", "Claims administrator for ..."); address lines at the right; an
        optional short heavy bar at the far left of the name."""
        y0 = self.get_y()
        x = self.l_margin
        if bar:
            self.set_fill_color(40, 40, 40)
            self.rect(x, y0 + 0.6, 2.2, size * 0.42, style="F")
            self.set_fill_color(255, 255, 255)
            x += 4.2
        self.set_font("Sans", "B", size)
        self.set_xy(x, y0)
        wb = self.get_string_width(big)
        self.cell(wb + 1.5, size * 0.48, big)
        self.set_font("Sans", "", size * 0.45)
        self.set_xy(x + wb + 2.2, y0 + size * 0.48 - size * 0.45 * 0.5 - 0.6)
        self.cell(70, size * 0.2, rest)
        self.f(7.5)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.64, yr)
            self.cell(self.W * 0.36, 3.4, ln, align="R")
            yr += 3.4
        y = max(y0 + size * 0.5 + 1.2, yr + 0.3)
        self.line_seg(self.l_margin, y, self.l_margin + self.W * 0.62, y)
        self.set_font("Sans", "I", 8.2)
        self.set_xy(self.l_margin, y + 0.9)
        self.cell(self.W * 0.7, 3.8, for_line)
        y = max(y + 5.2, yr + 0.5)
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, y + 0.6, self.w - self.r_margin, y + 0.6)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    def monogram_letterhead(self, initials: str, line1: str, line2: str, right: list[str], shape: str = "ring",
                            size: float = 15):
        """A drawn mark at the left, then the issuer's name on two lines beside it (line1 bold capitals, line2 a
        lighter face), address lines at the right and a rule with a hair rule under it. shape: 'ring' (the
        initials in a double circle), 'anvil' (a drawn anvil with the initials in a small box under its horn),
        'box' (the initials reversed out of a dark square)."""
        y0 = self.get_y()
        x = self.l_margin
        if shape == "ring":
            r = 8.0
            cx, cy = x + r, y0 + r
            self.set_line_width(0.7)
            self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
            self.set_line_width(0.25)
            self.ellipse(cx - r + 1.3, cy - r + 1.3, 2 * r - 2.6, 2 * r - 2.6)
            self.set_font("Serif", "B", 12)
            self.set_xy(cx - r, cy - 3)
            self.cell(2 * r, 6, initials, align="C")
            mw = 2 * r + 4
        elif shape == "anvil":
            self.set_fill_color(30, 30, 30)
            pts = [(x, y0 + 2.2), (x + 15.5, y0 + 2.2), (x + 15.5, y0 + 5.6), (x + 11.6, y0 + 6.8),
                   (x + 10.6, y0 + 9.8), (x + 13.4, y0 + 12.2), (x + 3.6, y0 + 12.2), (x + 6.4, y0 + 9.8),
                   (x + 5.6, y0 + 6.8), (x + 2.2, y0 + 5.0)]
            self.polygon(pts, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_line_width(0.5)
            self.rect(x + 3.0, y0 + 13.4, 10.0, 5.0)
            self.set_line_width(0.2)
            self.set_font("Serif", "B", 8.6)
            self.set_xy(x + 3.0, y0 + 13.8)
            self.cell(10.0, 4.2, initials, align="C")
            mw = 19.5
        else:
            self.set_fill_color(30, 30, 30)
            self.rect(x, y0 + 0.5, 15, 15, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Serif", "B", 12)
            self.set_xy(x, y0 + 5)
            self.cell(15, 6, initials, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            mw = 19
        self.set_font("Serif", "B", size)
        self.set_xy(x + mw, y0 + 1.2)
        self.cell(self.W * 0.6, size * 0.45, line1)
        self.set_font("Serif", "", size * 0.7)
        self.set_xy(x + mw, y0 + 1.6 + size * 0.47)
        self.cell(self.W * 0.6, size * 0.35, line2)
        self.f(7.5)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.62, yr)
            self.cell(self.W * 0.38, 3.4, ln, align="R")
            yr += 3.4
        y = max(y0 + 19.5, yr + 1)
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.15)
        self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    # ---- a table whose rows run on to the next page without the headings printed again ----
    def flow_table(self, head: list[str], rows: list, widths: list[float], aligns: list[str],
                   size: float = 7.6, row_h: float = 4.9, x: float | None = None, bottom: float | None = None,
                   first_rows: int | None = None):
        """A ruled table with its headings once, at the top. When a row would cross `bottom` (default: the
        page's break line) a new page begins and the rows simply continue at the top of it: no headings, no
        '(continued)'. first_rows: at most this many rows on the first page (a printer's fixed lines per page, the
        rest of page 1 kept for a message panel). Rows: a list of cells; ('group', text) a shaded band across the table; ('bold', cells) a
        bold row; ('small', cells) a row in a smaller face."""
        x0 = self.l_margin if x is None else x
        tw = sum(widths)
        limit = bottom if bottom is not None else self.h - self.b_margin
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.42
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.6
        y = self.get_y()
        xx = x0
        self.set_fill_color(225, 225, 225)
        for h, w, a in zip(head, widths, aligns):
            self.rect(xx, y, w, hh, style="DF")
            self.set_xy(xx + 0.5, y + 0.8)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0, y + hh)
        first_page = self.page_no()
        for i, r in enumerate(rows):
            forced = first_rows is not None and i == first_rows and self.page_no() == first_page
            if forced or self.get_y() + row_h > limit:
                self.add_page()
                self.set_x(x0)
            if isinstance(r, tuple) and r[0] == "group":
                self.f(size, "B")
                self.set_fill_color(240, 240, 240)
                self.set_x(x0)
                self.cell(tw, row_h, " " + r[1], border=1, fill=True)
                self.set_fill_color(255, 255, 255)
                self.ln(row_h)
                continue
            style, cells = "", r
            if isinstance(r, tuple):
                style = "B" if r[0] == "bold" else ""
                cells = r[1]
            sz = size - 1.0 if isinstance(r, tuple) and r[0] == "small" else size
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.f(sz, style)
                self.cell(w, row_h, c, border=1, align=a)
            self.ln(row_h)
        self.ln(1.5)

    # ---- boxes ----
    def tab_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap_size: float = 6.0,
                  h: float = 8.4, gap: float = 2.4):
        """A row of separate ruled boxes, each with its caption reversed out of a small dark tab sitting on the
        box's top edge at the left, the value inside the box under the tab. cells: (value, caption, share)."""
        tot = sum(c[2] for c in cells)
        avail = self.W - gap * (len(cells) - 1)
        x, y = self.l_margin, self.get_y() + 2.6
        for val, cap, share in cells:
            w = avail * share / tot
            self.rect(x, y, w, h)
            self.set_font("Sans", "B", cap_size)
            tw = self.get_string_width(cap.upper()) + 3
            self.set_fill_color(45, 45, 45)
            self.rect(x + 1.5, y - 2.6, tw, 3.4, style="F")
            self.set_text_color(255, 255, 255)
            self.set_xy(x + 1.5, y - 2.5)
            self.cell(tw, 3.2, cap.upper(), align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.f(size)
            self.set_xy(x + 1.8, y + 1.6 + (h - 1.6 - size * 0.42) / 2)
            self.cell(w - 3.6, size * 0.42, val)
            x += w + gap
        self.set_xy(self.l_margin, y + h + 3)

    def margin_rows(self, rows: list[tuple[str, str]], cap_w: float = 34, size: float = 9.2, cap_size: float = 6.6,
                    rule: bool = True):
        """Captions set in the left margin column, right-aligned in small grey capitals, each beside its value
        in the body; a hair rule under each pair."""
        for cap, val in rows:
            y = self.get_y()
            self.set_text_color(95, 95, 95)
            self.set_font("Sans", "", cap_size)
            self.set_xy(self.l_margin, y + 0.9)
            self.cell(cap_w - 3, size * 0.42, cap.upper(), align="R")
            self.set_text_color(0, 0, 0)
            self.f(size)
            self.set_xy(self.l_margin + cap_w, y)
            self.multi_cell(self.W - cap_w, size * 0.5, val, new_x="LMARGIN", new_y="NEXT")
            if rule:
                self.set_draw_color(170, 170, 170)
                self.line_seg(self.l_margin + cap_w, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
                self.set_draw_color(0, 0, 0)
            self.ln(1.4)
        self.ln(1.5)

    def ticket(self, cells: list[tuple[str, str]], size: float = 8.8, cap_size: float = 5.8, h: float = 10.5,
               x: float | None = None, w: float | None = None):
        """A strip of cells between two heavy rules, each a tiny caption over a bold value, cells divided by
        dotted verticals (the top of a statement or a payment notice)."""
        x0 = self.l_margin if x is None else x
        tw = self.W if w is None else w
        y = self.get_y()
        self.set_line_width(0.6)
        self.line_seg(x0, y, x0 + tw, y)
        self.line_seg(x0, y + h, x0 + tw, y + h)
        self.set_line_width(0.2)
        cw = tw / len(cells)
        for i, (cap, val) in enumerate(cells):
            xx = x0 + i * cw
            if i:
                self.set_dash_pattern(dash=0.5, gap=0.7)
                self.line_seg(xx, y + 1.2, xx, y + h - 1.2)
                self.set_dash_pattern()
            self.set_font("Sans", "", cap_size)
            self.set_xy(xx + 1.5, y + 1.2)
            self.cell(cw - 3, cap_size * 0.42, cap.upper())
            self.f(size, "B")
            self.set_xy(xx + 1.5, y + 1.6 + cap_size * 0.45)
            self.cell(cw - 3, size * 0.45, val)
        self.set_xy(self.l_margin, y + h + 3)

    def leaders(self, rows: list[tuple[str, str]], size: float = 9.0, w: float | None = None,
                x: float | None = None, bold_value: bool = True):
        """Caption ........ value lines (dot leaders to a right-aligned value)."""
        x0 = self.l_margin if x is None else x
        tw = self.W if w is None else w
        for cap, val in rows:
            self.f(size)
            cw = self.get_string_width(cap) + 1
            self.f(size, "B" if bold_value else "")
            vw = self.get_string_width(val) + 1
            self.f(size)
            dw = self.get_string_width(".")
            nd = max(2, int((tw - cw - vw - 2) / dw))
            self.set_x(x0)
            self.cell(cw, size * 0.5, cap)
            self.set_text_color(120, 120, 120)
            self.cell(tw - cw - vw, size * 0.5, "." * nd, align="C")
            self.set_text_color(0, 0, 0)
            self.f(size, "B" if bold_value else "")
            self.cell(vw, size * 0.5, val, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def title_band(self, text: str, size: float = 11.5, fill: int = 230):
        """A shaded band across the page holding the document's title."""
        self.set_fill_color(fill, fill, fill)
        self.f(size, "B")
        self.cell(0, size * 0.6, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_fill_color(255, 255, 255)
        self.ln(2.5)


def hline(p: FPDF, y: float, w: float = 0.2):
    p.set_line_width(w)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
