"""Drawing helpers for round EL, helper famld (Medicare home health papers: the Medicare Summary Notice for Part A,
the Home Health Change of Care Notice and a home health Medicare contractor's claim decisions; an invented guild
health fund for puppeteers, mask makers and theatre craft workers).

Why: the round asks for letterheads set in ways the older kits do not draw and for a few page shapes around them:
a brand in letter-spaced capitals split over two lines with a small "administered by" line under it; a logo word
printed beside the document's title on one line ("MEDICARE  Summary Notice"); a claims table with a ruled side
column beside it ("your plan at a glance", "questions about this notice"); and a fax cover whose message opens like
a letter ("Dear ...", paragraphs, a closing and a name) before the real notice starts on the next page. It also
draws a remittance listing in the monospace face with a page break inside the listing (the column heads repeated),
a row of identifiers whose captions stand to the left in a narrow grey tab column, and a "decision strip" (a framed
one-line verdict with the date at the right). Date shapes: "April 14, 2026", "Apr 14, 2026", "14 Apr 2026",
"04/14/2026", "04/14/26", "2026-04-14", "APR 14, 2026", "14 de abril de 2026"; money "$1,234.50", "1,234.50",
"1234.50". Everything printed with these helpers is invented except the names of public programs and forms.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundek_famka import (KASheet, add_months, day_long, digits, dmy_abbr, dmy_dash, dmy_dots, es_date, es_wday,
                               iso, long, n2, plus, slash, upper, usd, usd_tail, wday_long, ymd_slash, yy)
from public_kit import mbi

__all__ = ["ELSheet", "add_months", "day_long", "digits", "dmy_abbr", "dmy_dash", "dmy_dots", "es_date", "es_wday",
           "iso", "long", "n2", "plus", "slash", "upper", "usd", "usd_tail", "wday_long", "ymd_slash", "yy", "mbi",
           "abbr", "people", "last_first", "first_last", "phone", "tollfree", "mbi_dashed", "elder_address",
           "guild_address", "letter_cover", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]

# beneficiaries, family members and agency staff (the Medicare family)
OLD_F = ["Adelaide", "Bernadine", "Clothilde", "Dorothea", "Edwina", "Florentine", "Gwendoline", "Hermione",
         "Imogene", "Josephine", "Loretta", "Mildred", "Ozella", "Philippa", "Romilda", "Velma"]
OLD_M = ["Alphonse", "Barnaby", "Clarence", "Delbert", "Eustace", "Ferris", "Grover", "Horatio", "Ignatius",
         "Lemuel", "Mortimer", "Orville", "Percival", "Roscoe", "Thaddeus", "Wilbur"]
OLD_LAST = ["Ashbrook", "Blankenship", "Culpepper", "Dimmock", "Eskridge", "Fairclough", "Gildersleeve", "Haverstock",
            "Ingersoll", "Jessop", "Kittredge", "Lunsford", "Mattingly", "Northcutt", "Overstreet", "Pettibone",
            "Quarles", "Rutledge", "Satterwhite", "Tolliver", "Umstead", "Vanderpool", "Whisenant", "Yelverton"]
OLD_ES_F = ["Amparo", "Benigna", "Crescencia", "Dolores", "Eufemia", "Guadalupe", "Jovita", "Refugio"]
OLD_ES_M = ["Anastasio", "Bonifacio", "Cayetano", "Eleuterio", "Feliciano", "Gregorio", "Rosendo", "Teodoro"]
OLD_ES_LAST = ["Arredondo", "Benavides", "Cantú", "Elizondo", "Galindo", "Hinojosa", "Longoria", "Maldonado",
               "Saldívar", "Treviño", "Villarreal", "Zamora"]
# guild members, producers' staff and their families (the guild family)
ART_F = ["Anouk", "Brigitta", "Coralie", "Dagny", "Elspeth", "Frederique", "Ginevra", "Hildegard", "Ilse", "Liesl",
         "Maren", "Nanette", "Oriane", "Pernille", "Solveig", "Tamsin"]
ART_M = ["Anatole", "Benedek", "Crispin", "Dorian", "Evert", "Florian", "Gaspard", "Hamish", "Ingram", "Jasper",
         "Leander", "Magnus", "Niall", "Oswin", "Piers", "Torben"]
ART_LAST = ["Abernethy", "Bellingham", "Coggeshall", "Dewberry", "Elphinstone", "Fitzwilliam", "Goodfellow",
            "Hathersage", "Inglethorpe", "Jellyman", "Kempthorne", "Lillicrap", "Mountjoy", "Nutbeam", "Oakenshaw",
            "Pennycook", "Quartermaine", "Rattenbury", "Sheepshanks", "Twelvetrees", "Vavasour", "Winterbottom"]
ART_ES_F = ["Azucena", "Citlali", "Esmeralda", "Flor", "Graciela", "Marisela", "Nayeli", "Xóchitl"]
ART_ES_M = ["Abelardo", "Cuauhtémoc", "Eliseo", "Faustino", "Genaro", "Lisandro", "Nazario", "Rigoberto"]
ART_ES_LAST = ["Alvarado", "Bermúdez", "Colunga", "Escobedo", "Figueroa", "Ocampo", "Quezada", "Rentería",
               "Sandoval", "Tovar", "Valdivia", "Zúñiga"]


def abbr(d: dt.date) -> str:
    """Apr 14, 2026"""
    return d.strftime("%b %-d, %Y")


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", guild: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: one letter F / M / X a person.
    guild: the guild family's own pools (the two families share no names)."""
    if guild:
        f_, m_, ls = (ART_ES_F, ART_ES_M, ART_ES_LAST) if es else (ART_F, ART_M, ART_LAST)
    else:
        f_, m_, ls = (OLD_ES_F, OLD_ES_M, OLD_ES_LAST) if es else (OLD_F, OLD_M, OLD_LAST)
    pools = {"F": f_, "M": m_, "X": f_ + m_}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def _parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = _parts(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = _parts(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "614") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def mbi_dashed(m: str) -> str:
    """1EG4-TE5-MK73 (the MBI as cards and letters print it)"""
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def elder_address(rng: random.Random) -> list[str]:
    """A beneficiary's address in central Ohio (real towns, invented streets)."""
    town, z = rng.choice([("Chillicothe", "45601"), ("Lancaster", "43130"), ("Circleville", "43113"),
                          ("Marion", "43302"), ("Delaware", "43015"), ("Newark", "43055"), ("Zanesville", "43701"),
                          ("London", "43140")])
    street = rng.choice(["Quail Hollow Dr", "Buckeye Ridge Rd", "Sassafras Ln", "Old Canal Rd Apt 4", "Pawpaw Ct",
                         "Cornstalk Ave", "Hickory Nut Ln", "Mill Race Rd", "Cider Press Way", "Tanager St"])
    return [f"{rng.randint(110, 9870)} {street}", f"{town}, OH {z}"]


def guild_address(rng: random.Random) -> list[str]:
    """A guild member's address (real towns, invented streets)."""
    town, st, z = rng.choice([("Minneapolis", "MN", "55406"), ("St. Paul", "MN", "55104"), ("Chicago", "IL", "60647"),
                              ("Milwaukee", "WI", "53212"), ("Madison", "WI", "53703"), ("Duluth", "MN", "55805"),
                              ("Evanston", "IL", "60201"), ("Oak Park", "IL", "60302")])
    street = rng.choice(["Marionette Row", "Papier Mache Ln Apt 3", "Cutwork Ct", "Greasepaint Ave", "Flyloft St",
                         "Rod Puppet Way Unit 8", "Wingspace Rd", "Gauze Scrim Ln", "Trapdoor Ct", "Prompt Side St"])
    return [f"{rng.randint(12, 4890)} {street}", f"{town}, {st} {z}"]


class ELSheet(KASheet):
    """KASheet plus a letter-spaced two-line brand with an "administered by" line, a logo word beside the title, a
    claims table with a ruled side column beside it, grey caption tabs, a decision strip and a mono listing that
    repeats its heads on a new page."""

    # --- letterheads -------------------------------------------------------------------------------------------
    def spaced_brand(self, top: str, bottom: str, admin: str, right: list[str], box: str | None = None,
                     top_size: float = 17, bottom_size: float = 9.6, rule: bool = True):
        """The brand in letter-spaced capitals split over two lines (the first large, the second small and wider
        spaced), a small italic-looking 'administered by' line under them, contact lines flush right, an optional
        boxed document title at the right under the contact lines, and a thin rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        rw = max(self.f(7.2).get_string_width(ln) for ln in right) + 2 if right else 0
        self.set_xy(self.l_margin, y0)
        self.f(top_size, "B")
        self.set_char_spacing(top_size * 0.32)
        self.cell(W - rw, top_size * 0.44, top.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(bottom_size * 0.42)
        self.f(bottom_size)
        self.cell(W - rw, bottom_size * 0.52, bottom.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(0)
        self.ln(0.6)
        if admin:
            self.set_text_color(80, 80, 80)
            self.f(6.8)
            self.cell(W - rw, 3.2, admin, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        y_left = self.get_y()
        yy_ = y0
        self.f(7.2)
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yy_)
            self.cell(rw, 3.5, ln, align="R")
            yy_ += 3.5
        y = max(y_left, yy_) + 1.2
        if box:
            self.f(10.4, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y)
            self.cell(bw, 7.2, box, border=1, align="C")
            y += 9.4
        if rule:
            self.set_line_width(0.4)
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3)

    def logo_title(self, logo: str, title: str, sub: str = "", note: str = "", logo_size: float = 20,
                   title_size: float = 15, reverse: bool = False):
        """A logo word and the document's title on one line: the logo in heavy capitals (white on a dark block when
        reverse), the title beside it in lighter type, a small line under the title (sub), a smaller note line."""
        y0 = self.get_y()
        x0 = self.l_margin
        self.f(logo_size, "B")
        lw = self.get_string_width(logo) + (6 if reverse else 1.5)
        h = logo_size * 0.5
        if reverse:
            self.set_fill_color(25, 25, 25)
            self.set_text_color(255, 255, 255)
            self.set_xy(x0, y0)
            self.cell(lw, h + 1.5, logo, fill=True, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
        else:
            self.set_xy(x0, y0)
            self.cell(lw, h + 1.5, logo)
        self.set_xy(x0 + lw + 3, y0 + (h + 1.5 - title_size * 0.45) / 2)
        self.f(title_size)
        self.cell(0, title_size * 0.45, title)
        y = y0 + h + 2.5
        if sub:
            self.set_xy(x0 + lw + 3, y - 0.5)
            self.f(8.6, "B")
            self.cell(0, 4.2, sub)
            y += 4.2
        if note:
            self.set_xy(x0, y + 0.6)
            self.f(7)
            self.cell(0, 3.4, note)
            y += 4.2
        self.set_xy(self.l_margin, y + 2)

    # --- identifiers -------------------------------------------------------------------------------------------
    def grey_tabs(self, rows: list[tuple[str, str]], x: float | None = None, w: float | None = None,
                  cap_w: float = 30, size: float = 9.0, cap: float = 6.6, h: float = 6.2) -> float:
        """Rows of identifiers: the caption in small grey capitals in a narrow shaded tab at the left, the value
        after it on a hairline (no box around the value). Returns the y under the rows."""
        x = self.l_margin if x is None else x
        w = (self.w - self.r_margin - x) if w is None else w
        y = self.get_y()
        for k, v in rows:
            self.set_fill_color(228, 228, 228)
            self.rect(x, y, cap_w, h - 0.6, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_text_color(70, 70, 70)
            self.f(cap, "B")
            self.set_xy(x + 1.2, y + (h - 0.6 - cap * 0.42) / 2)
            self.cell(cap_w - 2, cap * 0.42, k.upper())
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(x + cap_w + 2, y + (h - 0.6 - size * 0.45) / 2)
            self.cell(w - cap_w - 2, size * 0.45, v)
            self.line_seg(x + cap_w, y + h - 0.6, x + w, y + h - 0.6)
            y += h
        self.set_xy(self.l_margin, y + 2)
        return y + 2

    def decision_strip(self, verdict: str, right: str, size: float = 10.4):
        """A framed one-line verdict with a heavy left edge, a date or number flush right in the same frame."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.rect(self.l_margin, y, W, 8.5)
        self.set_fill_color(20, 20, 20)
        self.rect(self.l_margin, y, 2.4, 8.5, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 5, y + 2)
        self.f(size, "B")
        self.cell(W * 0.65, 4.6, verdict)
        self.f(size - 1.6)
        self.set_xy(self.l_margin + W * 0.62, y + 2.2)
        self.cell(W * 0.38 - 3, 4.4, right, align="R")
        self.set_xy(self.l_margin, y + 11.5)

    def glance(self, rows: list[tuple[str, str]], x: float, y: float, w: float, title: str | None = None,
               size: float = 8.0) -> float:
        """A ruled side box at (x, y): a dark title strip, then each caption in small grey type over its value,
        everything set flush left (not justified). Returns the y under the box."""
        yy = y
        if title:
            self.set_fill_color(40, 40, 40)
            self.set_text_color(255, 255, 255)
            self.f(size + 0.4, "B")
            n = len(self.multi_cell(w - 4, size * 0.5, title, dry_run=True, output="LINES"))
            self.rect(x, y, w, n * size * 0.5 + 2.4, style="F")
            self.set_xy(x + 2, y + 1.2)
            self.multi_cell(w - 4, size * 0.5, title, align="L", new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            yy = y + n * size * 0.5 + 2.4
        yy += 1.6
        for k, v in rows:
            self.set_xy(x + 2, yy)
            self.set_text_color(90, 90, 90)
            self.f(size - 1.3)
            self.multi_cell(w - 4, size * 0.42, k, align="L", new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.multi_cell(w - 4, size * 0.48, v, align="L", new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 1.8
        self.rect(x, y, w, yy - y + 0.4)
        return yy + 0.4

    # --- tables --------------------------------------------------------------------------------------------------
    def side_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                   side: list[tuple[str, str]], side_w: float = 52, side_title: str | None = None,
                   size: float = 7.8, row_h: float = 4.8, bold_rows: set | None = None, shade_rows: set | None = None,
                   gap: float = 4, side_size: float = 7.8):
        """A table at the left (a bold header between two rules, unruled rows, bold or shaded rows by index) and,
        beside it at the right, a ruled side column of caption-over-value pairs starting at the table's top.
        The cursor ends under whichever is lower."""
        bold_rows, shade_rows = bold_rows or set(), shade_rows or set()
        x0, y0 = self.l_margin, self.get_y()
        sx = self.w - self.r_margin - side_w
        side_bottom = self.glance(side, sx, y0, side_w, title=side_title, size=side_size)
        TW = sum(widths)
        scale = (sx - gap - x0) / TW if TW > sx - gap - x0 else 1.0
        ws = [w * scale for w in widths]
        self.set_line_width(0.5)
        self.line_seg(x0, y0, x0 + sum(ws), y0)
        self.set_line_width(0.2)
        self.f(size - 0.6, "B")
        lh = (size - 0.6) * 0.44
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, ws))
        x = x0
        for h, w, a in zip(head, ws, aligns):
            k = len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES"))
            self.set_xy(x, y0 + 0.8 + (n - k) * lh)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y = y0 + 0.8 + n * lh + 0.8
        self.line_seg(x0, y, x0 + sum(ws), y)
        y += 0.6
        for i, r in enumerate(rows):
            if i in shade_rows:
                self.set_fill_color(232, 232, 232)
                self.rect(x0, y, sum(ws), row_h, style="F")
                self.set_fill_color(255, 255, 255)
            self.f(size, "B" if i in bold_rows else "")
            x = x0
            for c, w, a in zip(r, ws, aligns):
                self.set_xy(x, y)
                self.cell(w, row_h, c, align=a)
                x += w
            y += row_h
        self.line_seg(x0, y + 0.4, x0 + sum(ws), y + 0.4)
        self.set_xy(self.l_margin, max(y + 3, side_bottom + 2))

    def mono_listing(self, head: list[str], rows: list[list[str]], widths: list[int], size: float = 7.2,
                     cont: str = "", foot_room: float = 28, rule_char: str = "-"):
        """A listing in the monospace face, fixed character widths, the heads between two dashed lines; when a row
        would run past the foot of the page, a new page starts with `cont` and the heads again. A row of None is a
        blank line; a row given as a str is printed as it is (a second line of a claim)."""
        lh = size * 0.44

        def line(text: str, bold: bool = False):
            self.set_font("Mono", "B" if bold else "", size)
            self.set_x(self.l_margin)
            self.cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")

        def fmt(cells):
            out = ""
            for c, w in zip(cells, widths):
                out += c.rjust(-w) if w < 0 else c.ljust(w)
                out += " "
            return out.rstrip()

        width = sum(abs(w) + 1 for w in widths) - 1

        def heads():
            line(rule_char * width)
            line(fmt(head), True)
            line(rule_char * width)

        heads()
        for r in rows:
            if self.get_y() + lh > self.h - foot_room:
                self.add_page()
                if cont:
                    line(cont, True)
                    self.ln(1)
                heads()
            if r is None:
                self.ln(lh)
            elif isinstance(r, str):
                line(r)
            else:
                line(fmt(r))
        self.ln(2)


def letter_cover(org: str, org_lines: list[str], grid: list[tuple[str, str]], salutation: str, paras: list[str],
                 closing: list[str], privacy: str, title: str = "FAX") -> bytes:
    """A fax cover sheet whose message reads like a letter: the sender's name and lines, a big title, a two-column
    grid of To / From / Fax / Phone / Date / Pages, then 'Dear ...,' and paragraphs, a closing and a name, and a
    privacy notice at the foot. A page of its own that belongs to no document."""
    p = ELSheet(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(0, 6.5, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    for ln in org_lines:
        p.cell(0, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(26, "B")
    p.set_char_spacing(6)
    p.cell(0, 12, title, new_x="LMARGIN", new_y="NEXT")
    p.set_char_spacing(0)
    p.set_line_width(0.8)
    p.line_seg(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.set_line_width(0.2)
    p.ln(4)
    for i in range(0, len(grid), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(grid[i:i + 2]):
            x = p.l_margin + j * W / 2
            p.set_xy(x, y)
            p.f(9, "B")
            p.cell(24, 6.5, k)
            p.f(10)
            p.cell(W / 2 - 26, 6.5, v)
            p.line_seg(x + 24, y + 6, x + W / 2 - 4, y + 6)
        p.set_xy(p.l_margin, y + 8)
    p.ln(6)
    p.f(10.6)
    p.cell(0, 6, salutation, new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    for para in paras:
        p.multi_cell(W, 5.2, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2.4)
    p.ln(1)
    for ln in closing:
        p.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.h - 34)
    p.f(7.2)
    p.multi_cell(W, 3.4, privacy, border=1, padding=1.5, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
