"""Drawing helpers for round EJ, helper famja (an invented state's crime victims compensation board paying a
victim's medical and dental bills; an invented injury fund for jockeys and exercise riders at racetracks).

Why: both families print one person's bills beside the sources that paid part of them, and both are read by
victims, riders and the offices that bill them, so they need a few layouts the older kits do not have: a letter
whose body runs in two newspaper columns under a full-width heading, a table whose column heads close one page
and whose row opens the next (the cells on the second page carry no caption of their own), an award panel that
names what the payer will pay beside what was billed, a stack of "from ... through ..." facts in a shaded strip,
and a billing office's fax transmittal sheet laid out as two address blocks side by side (each with its own fax
and phone numbers), a "pages including cover" line and a boxed confidentiality notice (a page that belongs to no
document). Date shapes come from the round EH kit ("March 4th, 2026", "4-Mar-2026", "03.04.2026", "2026/03/04",
"Tuesday, March 4, 2026", "4 de marzo de 2026"). Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundei_famib import (IBSheet, add_months, dmy_dash, es_date, iso, long, mdy_dots, month_end, n2, ord_long,
                               plus, slash, stars, usd, wday_long, workday, words, ymd_slash, yy)
from public_kit import digits

__all__ = ["JASheet", "add_months", "dmy_dash", "es_date", "iso", "long", "mdy_dots", "month_end", "n2", "ord_long",
           "plus", "slash", "stars", "usd", "wday_long", "workday", "words", "ymd_slash", "yy", "people",
           "split_name", "last_first", "first_last", "phone", "tollfree", "om_address", "rider_address",
           "billing_fax", "es_wday", "digits"]

FIRST_F = ["Annelise", "Briony", "Celandine", "Delphine", "Eglantine", "Fenella", "Georgiana", "Honora", "Isolde",
           "Juniper", "Kezia", "Leonie", "Marigold", "Ottoline", "Petronella", "Rosamund", "Saffron", "Theodora"]
FIRST_M = ["Ambrose", "Bartholomew", "Caspian", "Desmond", "Evander", "Fabian", "Gideon", "Hadrian", "Ivo",
           "Jolyon", "Lysander", "Montague", "Octavius", "Peregrine", "Quentin", "Raphael", "Sebastian", "Tobiah"]
FIRST = FIRST_F + FIRST_M
LAST = ["Aldersey", "Bickerstaff", "Cholmondeley", "Dewhurst", "Ecclestone", "Farnworth", "Gotobed", "Hollinshead",
        "Illingworth", "Jaggard", "Kinnersley", "Lightfoot", "Merriweather", "Nettleship", "Oldroyd", "Pennefather",
        "Quilliam", "Ramsbottom", "Shufflebotham", "Tattersall", "Underhill", "Wolstenholme", "Ackroyd", "Bilsborrow",
        "Catchpole", "Dunnock", "Fernihough", "Greenhalgh", "Hebblethwaite", "Lockwood", "Mossop", "Pickersgill"]
FIRST_ES_F = ["Altagracia", "Brígida", "Clementina", "Eduviges", "Florinda", "Hortensia", "Leocadia", "Petra"]
FIRST_ES_M = ["Abundio", "Casimiro", "Demetrio", "Everardo", "Gumersindo", "Heriberto", "Leandro", "Primitivo"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Acevedo", "Bustamante", "Cervantes", "Echeverría", "Fuentes", "Gallegos", "Iturbide", "Lozano",
           "Montemayor", "Navarrete", "Olivares", "Pizarro", "Zamudio", "Urbina"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: one letter F / M / X a person."""
    ls = LAST_ES if es else LAST
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M, "X": FIRST_ES if es else FIRST}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def split_name(full: str) -> tuple[str, str, str]:
    parts = full.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = split_name(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "531") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def es_wday(d: dt.date) -> str:
    """martes, 4 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def om_address(rng: random.Random) -> list[str]:
    """An invented street address in the invented State of Ostmere (postal code OM)."""
    town, z = rng.choice([("Kellbridge", "58102"), ("Marsh Tolley", "58117"), ("Sedgecombe", "58124"),
                          ("Wychford", "58136"), ("Ebberley", "58149"), ("Harrowby Cross", "58153"),
                          ("Little Wenlow", "58168"), ("Fallowmead", "58171")])
    street = rng.choice(["Cordwainer St", "Saltings Rd", "Pinfold Ln Apt 4C", "Wharfside Ave", "Ropewalk Ct",
                         "Bellfounders Way", "Hopgarden Rd", "Mill Leat Ln Unit 9", "Tenterfield St", "Coopers Yd"])
    return [f"{rng.randint(12, 4890)} {street}", f"{town}, OM {z}"]


def rider_address(rng: random.Random) -> list[str]:
    """An invented home address of a rider living near a track (real towns, invented streets)."""
    town, st, z = rng.choice([("Bardstown", "KY", "40004"), ("Chestertown", "MD", "21620"), ("Paris", "KY", "40361"),
                              ("Elkton", "MD", "21921"), ("Georgetown", "DE", "19947"), ("Versailles", "KY", "40383"),
                              ("Aiken", "SC", "29801"), ("Ocala", "FL", "34471")])
    street = rng.choice(["Paddock Ln", "Stallion Way Apt 2", "Farrier Ct", "Backstretch Rd", "Tack Room Ln",
                         "Hay Barn Rd", "Winner's Circle Dr", "Old Pike Rd Lot 6", "Post Parade Ct", "Furrow Ln"])
    return [f"{rng.randint(100, 9600)} {street}", f"{town}, {st} {z}"]


class JASheet(IBSheet):
    """IBSheet plus a two-column letter body, a table split so its heads end one page and its row starts the next,
    an award panel and a shaded strip of facts (fact_strip)."""

    def flow2(self, paras: list[str], size: float = 9.4, gap: float = 7, lead: float = 1.8,
              bottom: float | None = None):
        """Paragraphs set in two newspaper columns: the left column fills down to `bottom` (or, when everything
        fits on the page, to about half the text), then the rest runs in the right column from the same top."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        lh = size * 0.47
        self.f(size)
        lines = []
        for p in paras:
            for ln in self.multi_cell(cw, lh, p, dry_run=True, output="LINES"):
                lines.append(ln)
            lines.append(None)                       # paragraph gap
        if lines and lines[-1] is None:
            lines.pop()
        y0 = self.get_y()
        limit = (bottom or (self.h - 24)) - y0

        def height(seq):
            return sum(lh if x is not None else lead for x in seq)

        cut = len(lines)
        while height(lines[:cut]) > limit or height(lines[:cut]) > height(lines[cut:]) + lh * 1.5:
            cut -= 1
            if cut <= 1:
                break
        while cut < len(lines) and lines[cut] is None:
            cut += 1
        ends = []
        for x, part in ((self.l_margin, lines[:cut]), (self.l_margin + cw + gap, lines[cut:])):
            y = y0
            for ln in part:
                if ln is None:
                    y += lead
                    continue
                self.set_xy(x, y)
                self.f(size)
                self.cell(cw, lh, ln)
                y += lh
            ends.append(y)
        self.line_seg(self.l_margin + cw + gap / 2, y0, self.l_margin + cw + gap / 2, max(ends))
        self.set_xy(self.l_margin, max(ends) + 3)

    def heads_only(self, head: list[str], widths: list[float], size: float = 7.8, note: str = ""):
        """The column heads of a table with a heavy rule over them and a thin one under them, and nothing else:
        the rows follow on the next page (called at the foot of a page, just before add_page)."""
        x0 = self.l_margin
        W = sum(widths)
        self.set_line_width(0.6)
        y = self.get_y()
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 1)
        self.f(size, "B")
        for h, w in zip(head, widths):
            self.cell(w, size * 0.5, h)
        y = self.get_y() + size * 0.5 + 1
        self.line_seg(x0, y, x0 + W, y)
        self.set_xy(x0, y + 1.5)
        if note:
            self.f(size - 1)
            self.cell(W, 3.4, note, align="R", new_x="LMARGIN", new_y="NEXT")

    def rows_only(self, rows: list[list[str]], widths: list[float], size: float = 8.4, row_h: float = 5.4,
                  aligns: list[str] | None = None):
        """Rows with no heads of their own (they sit under heads printed at the foot of the page before), a thin
        rule under the last one."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin
        for r in rows:
            self.set_x(x0)
            self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        y = self.get_y() + 0.6
        self.line_seg(x0, y, x0 + sum(widths), y)
        self.set_xy(x0, y + 3)

    def award(self, title: str, rows: list[tuple[str, str]], pay_cap: str, pay: str, size: float = 9.2):
        """An award panel: a dark title strip, caption / amount lines at the left, and at the right a framed box
        with the amount the payer will pay in large type under a small caption."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        lh = size * 0.54
        h = 7 + lh * len(rows) + 4
        self.set_fill_color(45, 45, 45)
        self.set_text_color(255, 255, 255)
        self.set_xy(x0, y0)
        self.f(size + 0.6, "B")
        self.cell(W, 6.5, "  " + title, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.rect(x0, y0, W, h + 6.5 - 7 + 3)
        yy_ = y0 + 8.5
        lw = W * 0.6
        for k, v in rows:
            self.set_xy(x0 + 3, yy_)
            self.f(size)
            self.cell(lw * 0.66, lh, k)
            self.cell(lw * 0.34 - 6, lh, v, align="R")
            yy_ += lh
        bx = x0 + lw + 4
        bw = W - lw - 8
        by = y0 + 9.5
        self.set_line_width(0.7)
        self.rect(bx, by, bw, 19)
        self.set_line_width(0.2)
        self.set_xy(bx + 2, by + 1.5)
        self.f(6.8, "B")
        self.cell(bw - 4, 3.4, pay_cap.upper())
        self.set_xy(bx + 2, by + 7)
        self.f(17, "B")
        self.cell(bw - 4, 9, pay, align="C")
        self.set_xy(self.l_margin, max(yy_, by + 19) + 5)

    def fact_strip(self, cells: list[tuple[str, str]], size: float = 9.0, cap: float = 6.4):
        """A shaded strip of 'caption  value' pairs set two to a line, the captions small and grey."""
        W = self.w - self.l_margin - self.r_margin
        rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
        y0 = self.get_y()
        h = len(rows) * (size * 0.55 + 1.6) + 3
        self.set_fill_color(238, 238, 238)
        self.rect(self.l_margin, y0, W, h, style="F")
        self.set_fill_color(255, 255, 255)
        y = y0 + 1.8
        for row in rows:
            for i, (k, v) in enumerate(row):
                x = self.l_margin + 3 + i * W / 2
                self.set_xy(x, y + 0.6)
                self.set_text_color(90, 90, 90)
                self.f(cap, "B")
                self.cell(30, size * 0.5, k.upper())
                self.set_text_color(0, 0, 0)
                self.set_xy(x + 31, y)
                self.f(size, "B")
                self.cell(W / 2 - 36, size * 0.55, v)
            y += size * 0.55 + 1.6
        self.set_xy(self.l_margin, y0 + h + 3)


def billing_fax(office: str, dept: str, lines: list[str], frm: tuple[str, str, str], to: tuple[str, str, str],
                when: str, pages: int, re: str, msg: list[str]) -> bytes:
    """A billing office's fax transmittal sheet: the office's name over a rule, 'FACSIMILE TRANSMITTAL' in outline
    capitals, the sender's and the addressee's blocks side by side (name, fax, phone in each), date / pages
    including cover / re lines, comments, and a boxed confidentiality notice at the foot. A page of its own that
    belongs to no document. frm / to: (name and office, fax, phone)."""
    p = JASheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(14, "B")
    p.cell(0, 7, office, new_x="LMARGIN", new_y="NEXT")
    p.f(9.4, "B")
    p.cell(0, 5, dept, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    for ln in lines:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.8)
    p.rule(5)
    p.set_line_width(0.2)
    p.f(20, "B")
    p.cell(0, 11, "F A C S I M I L E   T R A N S M I T T A L", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    y = p.get_y()
    cw = (W - 8) / 2
    p.f(9.2, "B")
    n = max(len(p.multi_cell(cw - 4, 4.4, blk[0], dry_run=True, output="LINES")) for blk in (frm, to))
    bh = 6.5 + 2 + n * 4.4 + 2 + 2 * 4.4 + 2.5
    for i, (title, (name, fax_no, ph)) in enumerate((("FROM", frm), ("TO", to))):
        x = p.l_margin + i * (cw + 8)
        p.rect(x, y, cw, bh)
        p.set_fill_color(220, 220, 220)
        p.rect(x, y, cw, 6.5, style="DF")
        p.set_fill_color(255, 255, 255)
        p.set_xy(x + 2, y + 1.2)
        p.f(9, "B")
        p.cell(cw - 4, 4.2, title)
        p.set_xy(x + 2, y + 8.5)
        p.f(9.2, "B")
        p.multi_cell(cw - 4, 4.4, name, new_x="LEFT", new_y="NEXT", align="L")
        p.f(9)
        p.set_xy(x + 2, y + 8.5 + n * 4.4 + 2)
        p.cell(cw - 4, 4.4, f"Fax:    {fax_no}", new_x="LEFT", new_y="NEXT")
        p.cell(cw - 4, 4.4, f"Phone:  {ph}")
    p.set_xy(p.l_margin, y + bh + 5)
    for k, v in (("Date", when), ("Number of pages (including cover)", str(pages)), ("Re", re)):
        p.f(9.6, "B")
        p.cell(74, 7, k + ":")
        p.f(9.6)
        yy_ = p.get_y()
        p.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
        p.line_seg(p.l_margin + 74, yy_ + 6.3, p.w - p.r_margin, yy_ + 6.3)
    p.ln(5)
    p.f(9, "B")
    p.cell(0, 5, "Comments", new_x="LMARGIN", new_y="NEXT")
    p.f(10.2)
    for m in msg:
        p.multi_cell(0, 5.2, m, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.2)
    p.set_y(p.h - 58)
    yb = p.get_y()
    p.set_line_width(0.5)
    p.rect(p.l_margin, yb, W, 24)
    p.set_line_width(0.2)
    p.set_xy(p.l_margin + 3, yb + 2)
    p.f(8, "B")
    p.cell(0, 4, "CONFIDENTIALITY NOTICE", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.f(7.6)
    p.multi_cell(W - 6, 3.7, "The documents that come with this fax may contain patient health and billing "
                              "information that state and federal law protect. They are meant only for the person "
                              "named in the TO block. If you are not that person, you may not read, copy, use or "
                              "share them. If this fax reached you by mistake, call the sender's phone number above "
                              "and destroy every page.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
