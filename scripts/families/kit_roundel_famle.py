"""Drawing helpers for round EL, helper famle (an invented state's Medicaid notices on childhood lead poisoning case
management and environmental investigations, mirrored from the structure of public Medicaid remittance advices,
managed care notices of adverse benefit determination and fee-for-service claim notices; an invented cooperative
health plan for oyster farmers and shellfish harvesters).

Why: round EL asks for letterheads set unusually, fax covers and routing notes that open like a letter, side columns
printed beside a claims table and dependants' IDs written as the subscriber's number with a suffix. The older kits
set letterheads in one line or one wordmark; these helpers add a letterhead in letter-spaced capitals with a small
"claims processed by" line under it, a brand split over two lines with a tagline and a boxed title beside it, a
reversed logo word with the document's title on the same line ("SPATFALL  EXPLANATION OF BENEFITS"), a claims
table with a ruled side column of its own blocks (a member box, a contact box, "your plan at a glance") on the same
band, ruled value boxes whose captions sit OUTSIDE the box under it, a mail-house control strip printed up the left
edge, and two cover pages that belong to no document (a fax cover and an office routing slip) whose message opens
"Dear ...". Date shapes on decoys only: "13.VII.26", "Jul. 13 '26", "the 13th of July"; truth dates are printed as
"07/13/2026", "July 13, 2026", "13 July 2026", "2026-07-13", "Jul 13, 2026", "13-Jul-2026" or
"13 de julio de 2026". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundek_famke import (EKSheet, abbr, dd_mon, dmy_long, es_date, iso, long, n2, plus, slash,  # noqa: F401
                               span_words, usd, usd_es, wday_long, yy)
from public_kit import MONTHS_ES, digits  # noqa: F401

FIRST_F = ["Annelise", "Briony", "Calista", "Daphne", "Evangeline", "Fenella", "Greer", "Honora", "Isolde",
           "Juliet", "Keziah", "Lettice", "Mirabel", "Nerys", "Ottilie", "Primrose", "Rhiannon", "Sorcha", "Thomasina",
           "Verity", "Wilhelmina", "Zillah"]
FIRST_M = ["Alastair", "Benedict", "Caspar", "Declan", "Evander", "Fabian", "Gideon", "Hollis", "Inigo", "Jethro",
           "Kit", "Lorcan", "Merritt", "Nevin", "Osric", "Peregrine", "Quentin", "Raffles", "Septimus", "Tobiah",
           "Valentine", "Wystan"]
FIRST = FIRST_F + FIRST_M
LAST = ["Abernethy", "Blenkinsop", "Caddick", "Dunstable", "Earnshaw", "Fenwick", "Gilchrist", "Hebblethwaite",
        "Illingworth", "Jardine", "Kinnaird", "Lockhart", "Macready", "Nettleship", "Ormerod", "Pennycook",
        "Ravenscroft", "Shackleton", "Tunnicliffe", "Underhill", "Verrall", "Whitelaw", "Youngblood", "Arbuthnot",
        "Brocklehurst", "Claypole", "Dymoke", "Entwistle", "Fairweather", "Grimshaw", "Haworth", "Leadbetter",
        "Marchbanks", "Outhwaite", "Pickering", "Rudkin", "Sugden", "Thorogood", "Wainwright", "Boudreaux",
        "Chiasson", "Hebert", "Landry", "Melancon", "Thibodeaux", "Vidrine", "Guilbeau", "Arsenault"]
FIRST_ES_F = ["Anunciación", "Belén", "Crescencia", "Dorotea", "Esperanza", "Filomena", "Guadalupe", "Herminia"]
FIRST_ES_M = ["Anacleto", "Baltasar", "Celestino", "Demetrio", "Eusebio", "Gumersindo", "Leocadio", "Primitivo"]
LAST_ES = ["Arredondo", "Berumen", "Cisneros", "Dávila", "Echeverría", "Galindo", "Huerta", "Landeros", "Maldonado",
           "Nevárez", "Ocampo", "Quiñones", "Zamarripa", "Villarreal"]
COAST_F = ["Alberta", "Bernice", "Cordelia", "Delphine", "Earlene", "Fern", "Geneva", "Hattie", "Idella", "Jewel",
           "Lorena", "Maxine", "Nola", "Opal", "Rosetta", "Twila", "Velma", "Wilma"]
COAST_M = ["Amos", "Bertram", "Clement", "Dewey", "Eldon", "Ferris", "Grover", "Harlan", "Irvin", "Jubal", "Linwood",
           "Merle", "Orrin", "Royce", "Sterling", "Thurman", "Virgil", "Woodrow"]
COAST_LAST = ["Applegarth", "Bozman", "Cullison", "Dize", "Elzey", "Faunce", "Gootee", "Hoopes", "Insley", "Jester",
              "Kersey", "Lankford", "Marvel", "Nelms", "Orem", "Pusey", "Quillen", "Rayne", "Tull", "Updike", "Yowell",
              "Wheatley", "Sewell", "Tawes"]
COAST_ES_F = ["Amparo", "Brígida", "Clemencia", "Donaciana", "Epifanía", "Florinda", "Genoveva", "Hortensia"]
COAST_ES_M = ["Abundio", "Bartolo", "Crisanto", "Doroteo", "Efrén", "Faustino", "Gervasio", "Hermenegildo"]
COAST_LAST_ES = ["Alcántar", "Bañuelos", "Carbajal", "Durán", "Esparza", "Gallegos", "Jaramillo", "Mireles",
                 "Olivas", "Pantoja", "Tapia", "Urías"]
POOLS = {"inland": (FIRST_F, FIRST_M, LAST, FIRST_ES_F, FIRST_ES_M, LAST_ES),
         "coast": (COAST_F, COAST_M, COAST_LAST, COAST_ES_F, COAST_ES_M, COAST_LAST_ES)}
POOL = ["inland"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

USED: set = set()


def fresh(pool: str = "inland") -> None:
    """Forget the names used so far and choose the name pool (call at the start of a family's documents(): the
    draw stays seeded; the two families draw from different pools so that no person recurs between them)."""
    USED.clear()
    POOL[0] = pool


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with any name drawn since
    the last fresh(); sexes: F / M / X, one a person."""
    got = []
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else "X"
        ff, fm, ll, ef, em, el = POOLS[POOL[0]]
        fs = {"F": ef if es else ff, "M": em if es else fm, "X": (ef + em) if es else ff + fm}[s]
        f, last = rng.choice(fs), rng.choice(el if es else ll)
        if f in USED or last in USED:
            continue
        USED.update({f, last})
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def with_last(full: str, last: str) -> str:
    f, m, _ = parts(full)
    return f"{f} {m}. {last}"


def last_first(full: str) -> str:
    f, m, last = parts(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = parts(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "410") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


# --- decoy date shapes (no truth date is printed this way) ----------------------------------------------------------
def roman_yy(d: dt.date) -> str:
    """13.VII.26"""
    return f"{d.day}.{ROMAN[d.month - 1]}.{d.strftime('%y')}"


def apos(d: dt.date) -> str:
    """Jul. 13 '26"""
    return f"{d.strftime('%b')}. {d.day} '{d.strftime('%y')}"


def es_dmy(d: dt.date) -> str:
    """13/07/2026 (day first, as Spanish notices print it)"""
    return d.strftime("%d/%m/%Y")


def caps_dmy(d: dt.date) -> str:
    """13-JUL-2026"""
    return d.strftime("%d-%b-%Y").upper()


class ELSheet(EKSheet):
    """EKSheet plus unusual letterheads (letter-spaced capitals, a brand split over two lines, a logo word beside the
    title), a claims table with a side column, value boxes captioned under the box, an edge control strip."""

    def spaced_head(self, word: str, name: str, small: str, lines: list[str], right: list[str] | None = None,
                    size: float = 15.5, spacing: float = 5.2):
        """A letterhead in letter-spaced capitals (M  A  R  L  S  T  O  W), the rest of the name under it in small
        capitals-like type, a tiny 'claims processed by' line, contact lines, an optional right block, a thin rule."""
        y0 = self.get_y()
        self.f(size, "B")
        self.set_char_spacing(spacing)
        self.cell(0, size * 0.46, word.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(0)
        self.ln(0.8)
        self.f(8.6, "B")
        self.set_char_spacing(1.2)
        self.cell(0, 4.2, name.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(0)
        if small:
            self.f(6.2)
            self.cell(0, 3.0, small, new_x="LMARGIN", new_y="NEXT")
        self.f(7.2)
        for ln in lines:
            self.cell(0, 3.4, ln, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        if right:
            yy_ = y0 + 1
            for i, ln in enumerate(right):
                self.set_xy(self.w - self.r_margin - 75, yy_)
                self.f(9.6 if i == 0 else 7.4, "B" if i == 0 else "")
                self.cell(75, 4.4 if i == 0 else 3.5, ln, align="R")
                yy_ += 4.6 if i == 0 else 3.6
            y1 = max(y1, yy_)
        self.set_y(y1 + 1.5)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def split_brand(self, top: str, bottom: str, tag: list[str], title: str | None = None,
                    sub: list[str] | None = None, size: float = 20):
        """The brand split over two lines in large bold type (FERN / BRAKE), a vertical rule, tagline lines beside
        it, and at the right a framed title with small lines under it."""
        y0 = self.get_y()
        x0 = self.l_margin
        self.set_xy(x0, y0)
        self.f(size, "B")
        self.cell(0, size * 0.42, top.upper(), new_x="LMARGIN", new_y="NEXT")
        self.set_x(x0)
        self.cell(0, size * 0.42, bottom.upper(), new_x="LMARGIN", new_y="NEXT")
        bw = max(self.get_string_width(top.upper()), self.get_string_width(bottom.upper()))
        y_end = self.get_y()
        xr = x0 + bw + 3
        self.set_line_width(0.5)
        self.line_seg(xr, y0 + 0.5, xr, y_end - 0.5)
        self.set_line_width(0.2)
        yy_ = y0 + 0.6
        tag_w = (self.w - self.r_margin - 66 - xr - 4) if title else 110
        for i, ln in enumerate(tag):
            self.set_xy(xr + 2.5, yy_)
            self.f(8.2 if i == 0 else 6.8, "B" if i == 0 else "")
            self.multi_cell(tag_w, 3.6 if i == 0 else 3.1, ln, new_x="LEFT", new_y="NEXT", align="L")
            yy_ = self.get_y() + 0.1
        y_end = max(y_end, yy_)
        if title:
            tw = 62
            x = self.w - self.r_margin - tw
            self.set_line_width(0.6)
            self.rect(x, y0, tw, 9)
            self.set_line_width(0.2)
            self.set_xy(x, y0 + 1.6)
            self.f(9.2, "B")
            self.multi_cell(tw, 3.4, title, align="C", new_x="LEFT", new_y="NEXT")
            yy_ = y0 + 10
            for ln in sub or []:
                self.set_xy(x, yy_)
                self.f(7.2)
                self.cell(tw, 3.3, ln, align="R")
                yy_ += 3.4
            y_end = max(y_end, yy_)
        self.set_y(y_end + 2)
        self.set_line_width(0.4)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.ln(4)

    def logo_title(self, word: str, title: str, small: str, lines: list[str], size: float = 13):
        """A reversed logo word (white on a dark block) with the document's title right beside it on the same line,
        a small 'administered by' line under the block, then contact lines and a rule."""
        y0 = self.get_y()
        self.f(size, "B")
        lw = self.get_string_width(word) + 8
        self.set_fill_color(30, 30, 30)
        self.rect(self.l_margin, y0, lw, size * 0.62, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, y0 + size * 0.08)
        self.cell(lw, size * 0.46, word, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + lw + 3, y0 + size * 0.08)
        self.f(size, "B")
        self.cell(0, size * 0.46, title)
        self.set_xy(self.l_margin, y0 + size * 0.62 + 1)
        self.f(6.4)
        self.cell(0, 3, small, new_x="LMARGIN", new_y="NEXT")
        self.f(7.2)
        for ln in lines:
            self.cell(0, 3.4, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3.5)

    def side_blocks(self, blocks: list[tuple[str, object]], x: float, y: float, w: float, size: float = 7.6,
                    shade: int = 240) -> float:
        """A side column of ruled blocks at (x, y): each block a shaded title strip, then either caption/value lines
        (a list of pairs: the caption small, the value bold beside it or under it when long) or a short text.
        Returns the y under the last block."""
        yy_ = y
        for title, body in blocks:
            top = yy_
            self.set_fill_color(shade, shade, shade)
            self.rect(x, yy_, w, 5, style="DF")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x + 1.5, yy_ + 0.8)
            self.f(size + 0.2, "B")
            self.cell(w - 3, 3.4, title)
            yy_ += 6
            if isinstance(body, str):
                self.set_xy(x + 1.5, yy_)
                self.f(size - 0.2)
                self.multi_cell(w - 3, (size - 0.2) * 0.46, body, new_x="LEFT", new_y="NEXT", align="L")
                yy_ = self.get_y() + 1.2
            else:
                for k, v in body:
                    self.set_xy(x + 1.5, yy_)
                    self.f(size - 1.0)
                    kw = self.get_string_width(k) + 1.5
                    self.f(size, "B")
                    vw = self.get_string_width(v)
                    if kw + vw + 3 < w - 3:
                        self.f(size - 1.0)
                        self.cell(kw, size * 0.46, k)
                        self.f(size, "B")
                        self.cell(w - 3 - kw, size * 0.46, v, align="R")
                        yy_ += size * 0.46 + 0.9
                    else:
                        self.f(size - 1.0)
                        self.cell(w - 3, size * 0.42, k, new_x="LEFT", new_y="NEXT")
                        self.set_x(x + 1.5)
                        self.f(size, "B")
                        self.multi_cell(w - 3, size * 0.46, v, new_x="LEFT", new_y="NEXT", align="L")
                        yy_ = self.get_y() + 0.9
                yy_ += 0.6
            self.rect(x, top, w, yy_ - top)
            yy_ += 2.5
        return yy_

    def table_side(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                   side: list[tuple[str, object]], side_w: float = 50, gap: float = 4, size: float = 7.4,
                   row_h: float = 4.9, bold_rows: set | None = None, shade_rows: set | None = None,
                   side_left: bool = False):
        """A ruled claims table and, on the same band, a side column of blocks (side_blocks) beside it, at the right
        (or the left); the table's widths must fit the page width less side_w and gap. A row given as a string is a
        shaded heading line across the whole table (a claim's number, patient and provider)."""
        bold_rows, shade_rows = bold_rows or set(), shade_rows or set()
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        tx = self.l_margin + (side_w + gap if side_left else 0)
        sx = self.l_margin if side_left else self.l_margin + W - side_w
        end_side = self.side_blocks(side, sx, y0, side_w, size=size)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.44
        n = max(len(self.multi_cell(w - 1.2, lh, t, dry_run=True, output="LINES")) for t, w in zip(head, widths))
        hh = n * lh + 1.8
        xx = tx
        self.set_fill_color(225, 225, 225)
        for t, w, a in zip(head, widths, aligns):
            self.rect(xx, y0, w, hh, style="DF")
            self.set_xy(xx + 0.6, y0 + 0.9)
            self.multi_cell(w - 1.2, lh, t, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_fill_color(255, 255, 255)
        y = y0 + hh
        for i, r in enumerate(rows):
            if isinstance(r, str):                        # a claim's heading line across the whole table
                self.set_fill_color(236, 236, 236)
                self.f(size, "B")
                self.set_xy(tx, y)
                self.cell(sum(widths), row_h, " " + r, border=1, fill=True)
                self.set_fill_color(255, 255, 255)
                y += row_h
                continue
            self.f(size, "B" if i in bold_rows else "")
            if i in shade_rows:
                self.set_fill_color(244, 244, 244)
            xx = tx
            for c, w, a in zip(r, widths, aligns):
                self.set_xy(xx, y)
                self.cell(w, row_h, c, border=1, align=a, fill=i in shade_rows)
                xx += w
            self.set_fill_color(255, 255, 255)
            y += row_h
        self.set_xy(self.l_margin, max(y, end_side) + 3)

    def caps_under(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 6.0, h: float = 7.2,
                   gap: float = 2.5):
        """One row of ruled boxes holding only their values; each caption is printed OUTSIDE the box, under it."""
        y = self.get_y()
        x = self.l_margin
        for v, k, w in cells:
            self.rect(x, y, w - gap, h)
            self.set_xy(x + 1.2, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - gap - 2.4, size * 0.45, v)
            self.set_xy(x, y + h + 0.6)
            self.f(cap)
            self.cell(w - gap, cap * 0.45, k)
            x += w
        self.set_xy(self.l_margin, y + h + cap * 0.45 + 3.2)

    def edge_strip(self, text: str, x: float = 7.5, y: float | None = None, size: float = 6.2):
        """A mail-house control strip printed up the left edge of the page (a decoy line of numbers)."""
        keep = (self.get_x(), self.get_y())
        yb = self.h - 40 if y is None else y
        with self.rotation(90, x, yb):
            self.set_xy(x, yb)
            self.f(size)
            self.cell(140, size * 0.45, text)
        self.set_xy(*keep)

    def sig_scrawl(self, name: str, title: str, extra: str = ""):
        """A scribbled signature over a name and title."""
        self.ln(2)
        y = self.get_y()
        self.set_draw_color(60, 60, 60)
        px = self.l_margin + 2
        for s in range(9):
            self.line_seg(px, y + 4 + (1.4 if s % 2 else -1.4), px + 3.6, y + 4 + (-1.2 if s % 2 else 1.5))
            px += 3.6
        self.set_draw_color(0, 0, 0)
        self.set_y(y + 8)
        self.line(name, 9.4, "B")
        self.line(title, 8.8)
        if extra:
            self.line(extra, 8.4)
        self.ln(2)


def dear_cover(head_lines: list[str], rows: list[tuple[str, str]], salutation: str, paras: list[str],
               closing: list[str], title: str = "FAX") -> bytes:
    """A fax cover sheet that belongs to no document, whose message opens like a letter ('Dear ...'): the sender's
    name in a block at the top, a big title, To / Fax / From / Date / Pages / Re rows, then the message with a
    salutation, paragraphs and a closing, and the confidentiality warning."""
    p = ELSheet(footer=None)
    p.add_page()
    p.f(11, "B")
    p.cell(0, 5.5, head_lines[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    for ln in head_lines[1:]:
        p.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.f(30, "B")
    p.cell(0, 12, title, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for k, v in rows:
        p.f(10, "B")
        p.cell(26, 7, k)
        p.f(10)
        p.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
        p.line_seg(p.l_margin + 26, p.get_y() - 0.8, p.w - p.r_margin, p.get_y() - 0.8)
    p.ln(7)
    p.f(10.4)
    p.cell(0, 6, salutation, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for t in paras:
        p.para(t, 10.2, gap=2.5)
    p.ln(2)
    for ln in closing:
        p.line(ln, 10.2)
    p.set_y(-42)
    p.f(7.6)
    p.multi_cell(0, 3.6, "CONFIDENTIAL: This transmission may contain health information protected by federal and "
                         "state law. It is meant only for the person named above. If it reached you by mistake, "
                         "please call the sender and destroy every page.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def routing_note(office: str, office_lines: list[str], ticks: list[tuple[bool, str]], rows: list[tuple[str, str]],
                 salutation: str, paras: list[str], closing: list[str]) -> bytes:
    """An office routing slip stapled on top of mail (a page of its own, in no document): the office's name, a
    'ROUTING NOTE' bar, To / From / Date rows, a row of check boxes (FYI, please call, please file ...), then a
    message written like a letter ('Dear ...')."""
    p = ELSheet(footer=None)
    p.add_page()
    p.f(12.5, "B")
    p.cell(0, 6, office, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    for ln in office_lines:
        p.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.set_fill_color(40, 40, 40)
    p.rect(p.l_margin, p.get_y(), W, 8, style="F")
    p.set_text_color(255, 255, 255)
    p.f(12, "B")
    p.set_x(p.l_margin + 3)
    p.cell(W - 6, 8, "ROUTING NOTE", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    for k, v in rows:
        p.f(9.6, "B")
        p.cell(24, 6.4, k)
        p.f(9.6)
        p.cell(0, 6.4, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    x = p.l_margin
    y = p.get_y()
    for on, label in ticks:
        p.rect(x, y + 0.6, 3.4, 3.4)
        if on:
            p.line_seg(x + 0.4, y + 1.0, x + 3.0, y + 3.6)
            p.line_seg(x + 3.0, y + 1.0, x + 0.4, y + 3.6)
        p.set_xy(x + 4.6, y)
        p.f(8.8)
        p.cell(40, 4.6, label)
        x += 44
        if x > p.w - p.r_margin - 40:
            x = p.l_margin
            y += 6
    p.set_xy(p.l_margin, y + 9)
    p.line_seg(p.l_margin, p.get_y() - 2, p.w - p.r_margin, p.get_y() - 2)
    p.f(10.4)
    p.cell(0, 6, salutation, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for t in paras:
        p.para(t, 10.2, gap=2.5)
    p.ln(2)
    for ln in closing:
        p.line(ln, 10.2)
    return bytes(p.output())
