"""Drawing helpers for round EO, helper famob (TRICARE For Life papers of an invented TFL contractor and an invented
TRICARE Overseas Program contractor; an invented health plan for cartographers, land surveyors and field survey crews).

Why: this round asks for identification boxes whose caption is NOT before the value, and older kits set few of them
this way: claim-form cells with a numbered or lettered caption in the cell's top corner ("1a. Sponsor's DoD ID",
"B. Plan number"), a value with its caption to its right after a bar ("FC40818273 | member no."), boxes with the
caption on a folder tab above the box, and two name boxes side by side (sponsor or subscriber on one side, the
patient on the other, each with a number and a date of birth). Also here: a narrative statement whose claims are
numbered paragraph headings followed by sentences, a monospace remittance listing whose column headings are printed
close together or run together, a triangulation-station mark and a bar letterhead. Everything printed with these
helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from kit_rounden_famnb import ENSheet  # noqa: F401
from kit_roundel_famlb import (abbr, dash, dlong, dmon, dmy, dots, es_abbr, es_date, es_dmy, flat, iso,  # noqa: F401
                               long, n2, nopad, plus, short, slash, spaced, upper, usd, usd_es, wday, workday)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people: two pools of this kit only (one per family, so the families never share a name) ---------------------
POOLS = {
    1: dict(F=["Loretta", "Imogene", "Verna", "Opal", "Bernadine", "Geraldine", "Thelma", "Mavis", "Eunice",
               "Winifred", "Velma", "Lavonne", "Marjorie", "Arlene", "Doreen", "Glenda", "Rosalee", "Norma",
               "Ethelyn", "Floribel", "Juanita", "Maxine", "Odessa", "Pauline"],
            M=["Virgil", "Delbert", "Cletus", "Orville", "Lyle", "Merle", "Elmer", "Roscoe", "Wendell", "Homer",
               "Alvin", "Floyd", "Gaylord", "Lowell", "Darrel", "Vernon", "Eldon", "Rupert", "Burl", "Claude",
               "Ferris", "Harlan", "Luther", "Odell"],
            L=["Pettibone", "Quarles", "Rudisill", "Stallworth", "Tisdale", "Umberger", "Vanhorn", "Whitacre",
               "Yoakum", "Zellner", "Allgood", "Bivens", "Dabney", "Eckles", "Fulks", "Gaddy", "Hinkle",
               "Jernigan", "Kersey", "Lusk", "Mabry", "Nunley", "Overstreet", "Prewitt", "Satterfield", "Truitt",
               "Ambrister", "Blaylock", "Cranfill", "Dunagan", "Easterwood", "Fondren", "Gipson", "Hollifield",
               "Isbell", "Kimbrough", "Lankford", "Mayfield", "Nesmith", "Pinkston"],
            EF=["Remedios", "Altagracia", "Consolación", "Milagros", "Nereida", "Purificación", "Zoraida", "Gladys"],
            EM=["Anselmo", "Baudilio", "Crisanto", "Edelmiro", "Fermín", "Gumersindo", "Leoncio", "Teófilo"],
            EL=["Arzuaga", "Belaval", "Colberg", "Echandi", "Irizarry", "Llavona", "Mercader", "Sepúlveda",
                "Tirado", "Valdivieso"]),
    2: dict(F=["Marit", "Solveig", "Tamsin", "Briony", "Linnea", "Maren", "Rosamund", "Elspeth", "Isolde",
               "Petronella", "Ottilie", "Clementine", "Honora", "Juniper", "Lorelei", "Philippa", "Araminta",
               "Beatrix", "Cressida", "Delphine", "Euphemia", "Griselda", "Henrietta", "Imelda"],
            M=["Anselm", "Crispin", "Evander", "Lorcan", "Peregrine", "Tiernan", "Caspian", "Emrys", "Leopold",
               "Barnaby", "Fenwick", "Alaric", "Cormac", "Hamish", "Quentin", "Benedict", "Cuthbert", "Digby",
               "Edmund", "Florian", "Gideon", "Humphrey", "Ignatius"],
            L=["Ashdown", "Blakemore", "Carrow", "Dunstable", "Fairbairn", "Garside", "Hebden", "Inchbald",
               "Kettlewell", "Langstroth", "Merriwether", "Northcott", "Oddie", "Quarrie", "Rookwood",
               "Stainforth", "Tunnicliffe", "Vardy", "Winstanley", "Ackerley", "Brearley", "Cowling", "Dimmock",
               "Etherington", "Froggatt", "Gledhill", "Hinchliffe", "Ibbotson", "Jowett", "Killick", "Lumb",
               "Moorhouse", "Nettleship", "Outhwaite", "Pickersgill", "Ridsdale", "Sugden", "Threlfall"],
            EF=["Azucena", "Brígida", "Celestina", "Dorotea", "Eulalia", "Felícitas", "Genoveva", "Herminia"],
            EM=["Abundio", "Belisario", "Cirilo", "Eleazar", "Filemón", "Gervasio", "Heriberto", "Lisandro"],
            EL=["Aldama", "Bocanegra", "Castañón", "Urquidi", "Zepeda", "Villaseñor", "Ochoterena", "Anaya"]),
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
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def same_surname(full: str, last: str) -> str:
    f, m, _ = parts(full)
    return f"{f} {m}. {last}"


def upper_name(full: str) -> str:
    return full.upper()


def mon_day(d: dt.date) -> str:
    """Mar 11 (no year; decoys and table cells under a year heading)"""
    return f"{d:%b} {d.day}"


def ymd_slash(d: dt.date) -> str:
    """2026/03/11 (a contractor's mainframe form; printed only beside a form check_families knows, or for decoys)"""
    return d.strftime("%Y/%m/%d")


def mmddyy(d: dt.date) -> str:
    """031126 (packed six digits; decoys only)"""
    return d.strftime("%m%d%y")


class EOSheet(ENSheet):
    """ENSheet plus: claim-form cells with numbered captions in the corner, values with their caption to the right
    after a bar, boxes with a caption on a folder tab above, two name boxes side by side, numbered claim paragraphs,
    a monospace listing, a triangulation-station mark and a bar letterhead."""

    # ---- letterheads ----
    def bar_letterhead(self, top: str, bottom: str, program: str, right: list[str], size: float = 17):
        """A heavy vertical bar at the far left, the contractor's name on two lines beside it (top line bold
        capitals, the second lighter), a thin box at the right holding the program line in small capitals, the
        address lines under that box, and a hair rule across the page."""
        y0 = self.get_y()
        x = self.l_margin
        self.set_fill_color(25, 25, 25)
        self.rect(x, y0, 3.2, size * 0.95, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_font("Sans", "B", size)
        self.set_xy(x + 5.5, y0 - 0.4)
        self.cell(self.W * 0.55, size * 0.45, top.upper())
        self.set_font("Sans", "", size * 0.55)
        self.set_xy(x + 5.6, y0 + size * 0.5)
        self.cell(self.W * 0.55, size * 0.35, bottom)
        bw = self.W * 0.36
        bx = self.w - self.r_margin - bw
        self.set_line_width(0.4)
        self.rect(bx, y0, bw, 6.2)
        self.set_line_width(0.2)
        self.set_char_spacing(0.6)
        self.set_font("Sans", "B", 7.2)
        self.set_xy(bx, y0 + 1.4)
        self.cell(bw, 3.4, program.upper(), align="C")
        self.set_char_spacing(0)
        self.f(7.3)
        yr = y0 + 7.4
        for ln in right:
            self.set_xy(bx, yr)
            self.cell(bw, 3.3, ln, align="R")
            yr += 3.3
        y = max(y0 + size * 0.95 + 1.5, yr + 0.6)
        self.set_line_width(0.15)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3.5)

    def trig_letterhead(self, word: str, line2: str, tag: str, right: list[str], size: float = 19):
        """A triangulation-station mark (an open triangle with a dot at its centre, over a short base rule) at the
        left, the issuer's word in spaced bold capitals beside it, a plan line in oblique type under it, a tag in a
        small dark band at the right end of the rule, address lines at the right."""
        y0 = self.get_y()
        x = self.l_margin
        self.set_line_width(0.8)
        tri = [(x + 1, y0 + 14), (x + 8.5, y0 + 1), (x + 16, y0 + 14)]
        self.polygon(tri)
        self.set_fill_color(20, 20, 20)
        self.ellipse(x + 7.4, y0 + 8.3, 2.2, 2.2, style="F")
        self.set_fill_color(255, 255, 255)
        self.line_seg(x - 1, y0 + 16.2, x + 18, y0 + 16.2)
        self.set_line_width(0.2)
        self.set_char_spacing(1.8)
        self.set_font("Serif", "B", size)
        self.set_xy(x + 21, y0 + 0.5)
        self.cell(self.W * 0.55, size * 0.45, word.upper())
        self.set_char_spacing(0)
        self.set_font("Sans", "I", size * 0.5)
        self.set_xy(x + 21.4, y0 + size * 0.5 + 1.2)
        self.cell(self.W * 0.55, size * 0.3, line2)
        self.f(7.4)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.62, yr)
            self.cell(self.W * 0.38, 3.4, ln, align="R")
            yr += 3.4
        y = max(y0 + 18.5, yr + 1)
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_font("Sans", "B", 6.6)
        tw = self.get_string_width(tag.upper()) + 4
        self.set_fill_color(40, 40, 40)
        self.rect(self.w - self.r_margin - tw, y + 0.2, tw, 3.8, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.w - self.r_margin - tw, y + 0.5)
        self.cell(tw, 3.2, tag.upper(), align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + 6)

    # ---- claim-form cells: numbered caption in the top-left corner, value under it ----
    def numbered_form(self, rows: list[list[tuple[str, str, float]]], size: float = 9.4, cap_size: float = 5.6,
                      h: float = 10.2, x: float | None = None, w: float | None = None, value_face: str = "Mono",
                      title: str = ""):
        """Rows of touching ruled cells as on a claim form; each cell (caption, value, width share): the caption
        ('1a. SPONSOR'S DoD ID NUMBER', 'B. Plan number') in tiny type in the cell's top-left corner, the value
        under it in a typewriter face. An optional dark title bar across the top."""
        x0 = self.l_margin if x is None else x
        tw = self.W if w is None else w
        y = self.get_y()
        if title:
            self.set_fill_color(40, 40, 40)
            self.rect(x0, y, tw, 5, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 7.6)
            self.set_xy(x0 + 1.5, y + 0.8)
            self.cell(tw - 3, 3.4, title.upper())
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            y += 5
        for row in rows:
            tot = sum(c[2] for c in row)
            xx = x0
            for cap, val, share in row:
                cw = tw * share / tot
                self.rect(xx, y, cw, h)
                self.set_font("Sans", "", cap_size)
                self.set_xy(xx + 0.8, y + 0.6)
                self.cell(cw - 1.6, cap_size * 0.42, cap)
                self.set_font(value_face, "", size)
                self.set_xy(xx + 1.4, y + cap_size * 0.42 + 1.6)
                self.cell(cw - 2.8, size * 0.45, val)
                xx += cw
            y += h
        self.set_xy(self.l_margin, y + 2.5)

    # ---- values with the caption at their right, after a bar ----
    def pipe_rows(self, rows: list[tuple[str, str]], size: float = 9.2, cap_size: float = 7.0,
                  x: float | None = None, w: float | None = None, frame: bool = True, val_w: float | None = None):
        """'FC40818273 | member no.' lines: the value first in bold, a thin vertical bar, then the caption in small
        grey lower-case type. val_w: a fixed width for the value column (else each line's own width)."""
        x0 = self.l_margin if x is None else x
        tw = self.W if w is None else w
        lh = size * 0.55
        y0 = self.get_y()
        yy = y0 + (1.6 if frame else 0)
        for val, cap in rows:
            self.f(size, "B")
            vw = val_w if val_w is not None else self.get_string_width(val) + 2.5
            self.set_xy(x0 + 2, yy)
            self.cell(vw, lh, val)
            self.line_seg(x0 + 2 + vw + 0.6, yy + 0.5, x0 + 2 + vw + 0.6, yy + lh - 0.5)
            self.set_text_color(90, 90, 90)
            self.set_font("Sans", "", cap_size)
            self.set_xy(x0 + 2 + vw + 2, yy + (lh - cap_size * 0.45) / 2)
            self.cell(tw - vw - 6, cap_size * 0.45, cap)
            self.set_text_color(0, 0, 0)
            yy += lh + 0.9
        if frame:
            self.rect(x0, y0, tw, yy - y0 + 0.8)
        self.set_xy(self.l_margin, yy + (2.8 if frame else 1.5))
        return yy

    # ---- a box with its caption on a folder tab above it ----
    def tab_panel(self, cap: str, lines: list[str], x: float, y: float, w: float, size: float = 9.2,
                  cap_size: float = 6.8, bold_first: bool = True) -> float:
        """A ruled box whose caption sits on a small outlined tab above the box's top-left edge (a folder tab, the
        tab's bottom open into the box); lines inside. Returns the y under the box."""
        self.set_font("Sans", "B", cap_size)
        tw = self.get_string_width(cap) + 5
        th = cap_size * 0.5 + 1.6
        self.set_fill_color(232, 232, 232)
        self.rect(x + 2, y, tw, th, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(x + 2, y + 0.8)
        self.cell(tw, cap_size * 0.45, cap, align="C")
        lh = size * 0.5
        bh = lh * len(lines) + 3
        yb = y + th
        self.rect(x, yb, w, bh)
        self.set_draw_color(232, 232, 232)
        self.set_line_width(0.4)
        self.line_seg(x + 2.25, yb, x + 2 + tw - 0.25, yb)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        yy = yb + 1.5
        for i, ln in enumerate(lines):
            self.f(size, "B" if (bold_first and i == 0) else "")
            self.set_xy(x + 2, yy)
            self.cell(w - 4, lh, ln)
            yy += lh
        return yb + bh

    def tab_row(self, panels: list[tuple[str, list[str], float]], size: float = 9.2, gap: float = 3):
        """Folder-tab panels side by side: (caption, lines, width share); the cursor ends under the tallest."""
        tot = sum(p[2] for p in panels)
        avail = self.W - gap * (len(panels) - 1)
        x, y = self.l_margin, self.get_y()
        ends = []
        for cap, lines, share in panels:
            w = avail * share / tot
            ends.append(self.tab_panel(cap, lines, x, y, w, size=size))
            x += w + gap
        self.set_xy(self.l_margin, max(ends) + 3)

    # ---- two name boxes side by side ----
    def name_pair(self, left: tuple[str, list[tuple[str, str]]], right: tuple[str, list[tuple[str, str]]],
                  size: float = 8.8, gap: float = 4, shade_right: bool = False, head_fill: int = 60):
        """Two framed boxes side by side, each with a dark title band (e.g. 'SPONSOR' | 'PATIENT'), then label-value
        rows (label small at the left, value bold at the right of it). The cursor ends under the taller box."""
        cw = (self.W - gap) / 2
        y0 = self.get_y()
        lh = size * 0.56
        ends = []
        for i, (title, rows) in enumerate((left, right)):
            x = self.l_margin + i * (cw + gap)
            h = 5.4 + lh * len(rows) + 2.4
            if shade_right and i == 1:
                self.set_fill_color(240, 240, 240)
                self.rect(x, y0, cw, h, style="DF")
                self.set_fill_color(255, 255, 255)
            else:
                self.rect(x, y0, cw, h)
            self.set_fill_color(head_fill, head_fill, head_fill)
            self.rect(x, y0, cw, 5.2, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", size - 0.6)
            self.set_xy(x + 2, y0 + 0.9)
            self.cell(cw - 4, 3.6, title.upper())
            self.set_text_color(0, 0, 0)
            yy = y0 + 6.4
            for k, v in rows:
                self.set_font("Sans", "", size - 1.6)
                self.set_xy(x + 2, yy + 0.5)
                self.cell(cw * 0.38, lh - 0.6, k)
                self.f(size, "B")
                self.set_xy(x + 2 + cw * 0.38, yy)
                self.cell(cw * 0.62 - 4, lh, v)
                yy += lh
            ends.append(y0 + h)
        self.set_xy(self.l_margin, max(ends) + 3)

    # ---- numbered claim paragraphs (a narrative statement with no table) ----
    def claim_paras(self, items: list[tuple[str, list[str]]], size: float = 9.2, indent: float = 6,
                    rule: bool = True):
        """Each claim: a bold numbered heading ('2. Visit with ... on ... - claim ... - not paid') and then its
        sentences as an indented paragraph; a dotted rule between claims."""
        for i, (head, sents) in enumerate(items):
            if self.get_y() > self.h - 45:
                self.add_page()
            self.f(size + 0.3, "B")
            self.multi_cell(self.W, size * 0.52, head, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
            self.f(size)
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.W - indent, size * 0.48, " ".join(sents), new_x="LMARGIN", new_y="NEXT",
                            markdown=True)
            self.ln(1.6)
            if rule and i < len(items) - 1:
                self.set_dash_pattern(dash=0.6, gap=0.9)
                self.set_draw_color(120, 120, 120)
                self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.set_draw_color(0, 0, 0)
                self.set_dash_pattern()
                self.ln(2)
        self.ln(1)

    # ---- a monospace listing (remittance, processing stub) ----
    def mono_lines(self, lines: list, size: float = 8.0, lh: float | None = None, x: float | None = None):
        """Lines in a typewriter face; an item may be ('b', text) for a bold line, ('rule',) for a dashed rule
        across the listing, ('shade', text) for a bold line on a grey band."""
        x0 = self.l_margin if x is None else x
        lh = lh or size * 0.46
        for ln in lines:
            self.set_x(x0)
            if isinstance(ln, tuple) and ln[0] == "rule":
                y = self.get_y() + lh / 2
                self.set_dash_pattern(dash=0.8, gap=0.8)
                self.line_seg(x0, y, self.w - self.r_margin, y)
                self.set_dash_pattern()
                self.ln(lh)
                continue
            if isinstance(ln, tuple) and ln[0] == "shade":
                self.set_fill_color(220, 220, 220)
                self.set_font("Mono", "B", size)
                self.cell(self.w - self.r_margin - x0, lh, ln[1], fill=True, new_x="LMARGIN", new_y="NEXT")
                self.set_fill_color(255, 255, 255)
                continue
            bold = isinstance(ln, tuple) and ln[0] == "b"
            self.set_font("Mono", "B" if bold else "", size)
            self.cell(0, lh, ln[1] if bold else ln, new_x="LMARGIN", new_y="NEXT")

    # ---- lettered rows: 'A. Caption ..... value' in a ruled two-column box ----
    def lettered_box(self, rows: list[tuple[str, str]], cap_w: float = 62, size: float = 9.2, shade: bool = True):
        """A ruled box of rows: the lettered caption ('A. Número de caso') in a shaded left cell, the value in the
        right cell."""
        lh = size * 0.62
        for k, v in rows:
            y = self.get_y()
            if shade:
                self.set_fill_color(236, 236, 236)
            self.f(size - 0.6)
            self.set_x(self.l_margin)
            self.cell(cap_w, lh, " " + k, border=1, fill=shade)
            self.set_fill_color(255, 255, 255)
            self.f(size, "B")
            self.cell(self.W - cap_w, lh, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def fax_header(self, text: str, size: float = 7.2):
        """A sending fax machine's header line at the very top of the page."""
        y = self.get_y()
        self.set_font("Mono", "", size)
        self.set_xy(self.l_margin - 4, 4.5)
        self.cell(self.W + 8, 3.2, text)
        self.set_xy(self.l_margin, y)


def hline(p: FPDF, y: float, w: float = 0.2):
    p.set_line_width(w)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
