"""Drawing helpers for round EN, helper famnf (papers mirrored from the Indian Health Service's Purchased/Referred
Care program: a service unit's and a tribal program's letters, a fiscal intermediary's household and vendor payment
statements; an invented health plan for smokejumpers, wildland firefighters and hotshot crews).

Why: this round asks for claims tables that run on to a second page with no column headings printed again, letterheads
where a contractor (a fiscal intermediary, a claims administrator) is the big name and the program or plan is named
small under it, drawn logos beside an issuer name set on two lines, household statements headed by the subscriber
whose refused line belongs to a dependant named only in the line, and refusals told in plain words. New here:
- mark: a small drawn logo: initials in a circle ('ring'), initials in a square ('box'), a flame in a circle
  ('flame') or a feather in a circle ('feather');
- two_line_head: the mark at the left, the issuer's name set in bold on two lines beside it, small lines under the
  name (the parent agency, the program) and contact lines right-aligned at the right, then a rule;
- contractor_head: a contractor's name large (letter-spaced capitals), under it in small grey type the program or
  plan it works for ("fiscal intermediary for ...", "<plan>, administered by ..."), contact lines at the right and an
  optional boxed paper title;
- flow_table: a ruled-head table whose rows simply go on at the top of the next page when the page is full (or at a
  forced ("break",)), with NO column heading and no "continued" line there, as many printed statements do;
- caption_right: rows of caption/value pairs where the caption is printed at the right of its value in small grey
  type (no boxes), for a block beside the address;
- boxed_values: one row of ruled boxes with the value in the box and its caption printed UNDER the box outside it.
Everything else comes from round EM's EMSheet and what it inherits (cols, capcells, under_grid, over_boxes, hung,
legend_two, glossary, kv_box, side_boxes/with_side, decision_boxes, signers, running header `every`/`run_hdr`/`strip`,
running footer `ids_foot`, fax header line `fax_hdr`). Every name and number printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundem_fammf import (EMSheet, abbr, caps_date, dd_mon, digits, dmy_dash, dmy_long, es_date,  # noqa: F401
                               es_wday, iso, long, m2, mdy_dots, mon_day, n2, nod, ord_long, out, plus, slash, truth,
                               usd, wday_long, workday, ymd_slash, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# Purchased/Referred Care patients and service unit staff (given names common in the northern plains; surnames
# invented in the shape of plains family names, one word each)
PR_F = ["Arlene", "Bernadine", "Charlene", "Darlene", "Elaine", "Francine", "Geraldine", "Harriet", "Imogene",
        "Jolene", "Kateri", "Loretta", "Marlena", "Nadine", "Opal", "Philomena", "Rochelle", "Shawna", "Tamika",
        "Verna", "Winona", "Yvette", "Cheyenne", "Dakota", "Tashina", "Mariah"]
PR_M = ["Alvin", "Byron", "Clifton", "Delbert", "Everett", "Floyd", "Gilbert", "Harlan", "Irvin", "Jarvis", "Kendall",
        "Leland", "Marlon", "Norbert", "Orville", "Percy", "Roderick", "Sheldon", "Terrance", "Vernon", "Wendell",
        "Dusty", "Tanner", "Keanu", "Rylan", "Cody"]
PR_LAST = ["Whitecalf", "Tallbird", "Stonechild", "Morningside", "Eaglestaff", "Littlehawk", "Runsabove", "Hawkwing",
           "Blackfox", "Swiftcloud", "Clearsky", "Greywind", "Ironshell", "Twobulls", "Thundershield", "Fasthorse",
           "Brownotter", "Shieldchief", "Goodvoice", "Redowl", "Yellowrobe", "Highelk", "Crowfeather", "Plentywolf",
           "Lonehill", "Bearsheart", "Killsnight", "Walksfirst"]
# outside clinicians (vendors' doctors) and service unit staff
DR_F = ["Annika", "Beatrix", "Corinne", "Delphine", "Esmé", "Greer", "Henrietta", "Johanna", "Liesl", "Maren",
        "Oriana", "Perpetua", "Rosamund", "Sigrid", "Tove", "Vivienne"]
DR_M = ["Anselm", "Benedikt", "Casimir", "Dietrich", "Emmerich", "Fridolin", "Gustav", "Ingram", "Lorcan", "Magnus",
        "Osric", "Quillan", "Reinhold", "Thaddeus", "Ulrich", "Wystan"]
DR_LAST = ["Aldersley", "Brandvold", "Cottingham", "Dahlquist", "Engstrom", "Fjelstad", "Gundersen", "Hallingby",
           "Isaksen", "Jorgensrud", "Kvamme", "Lindholt", "Mortenson", "Nygaard", "Oppegard", "Quarve", "Rasmusson",
           "Solberg-Hale", "Thorsrud", "Ulvestad", "Vangsness", "Westergaard"]
# wildland crews, their families and clinicians (Mountain West)
WF_F = ["Aspen", "Brynlee", "Cassidy", "Dallas", "Emery", "Finley", "Harper", "Jessamyn", "Kinsey", "Lacey",
        "Mckenna", "Oaklyn", "Presley", "Reagan", "Shiloh", "Teagan", "Whitney", "Sawyer", "Tatum", "Kaycee"]
WF_M = ["Beau", "Brock", "Colter", "Dawson", "Easton", "Gage", "Hayden", "Jace", "Kade", "Landon", "Maverick",
        "Nash", "Ryder", "Stockton", "Trace", "Wyatt", "Zane", "Tucker", "Brody", "Jett"]
WF_LAST = ["Ashcraft", "Bergquist", "Caldwell", "Dutton", "Everhart", "Fairbanks", "Gillespie", "Hagerman",
           "Ingalls", "Jamison", "Kettleson", "Lockhart", "McCandless", "Northcutt", "Overholt", "Pendergraft",
           "Quackenbush", "Rasband", "Strand", "Thornquist", "Underhill", "Vickery", "Wolverton", "Yeager",
           "Bramwell", "Cutshaw", "Delacy", "Hollister", "Tisdale", "Voorhees"]
# Spanish speakers (the tribal program's patients; a hotshot crew member's family)
ES_F = ["Araceli", "Belén", "Citlali", "Dulce", "Esperanza", "Guadalupe", "Itzel", "Jimena", "Leticia", "Marisela",
        "Noemí", "Paloma", "Remedios", "Yolanda"]
ES_M = ["Anselmo", "Baltazar", "Cipriano", "Damián", "Efrén", "Fermín", "Gerardo", "Isidro", "Lázaro", "Maximino",
        "Nicanor", "Porfirio", "Rigoberto", "Teodoro"]
ES_LAST = ["Alvarado", "Bojórquez", "Cervantes", "Domínguez", "Escalante", "Figueroa", "Granados", "Ibarra",
           "Leyva", "Maldonado", "Navarrete", "Olivas", "Peralta", "Robles", "Saucedo", "Valenzuela", "Zamudio"]

POOLS = {"pr": ({"F": PR_F, "M": PR_M}, PR_LAST), "dr": ({"F": DR_F, "M": DR_M}, DR_LAST),
         "wf": ({"F": WF_F, "M": WF_M}, WF_LAST), "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "pr", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used` (a family's
    names printed elsewhere); kind 'pr' (PRC patients), 'dr' (clinicians, staff), 'wf' (wildland crews) or 'es';
    sexes: F / M / X a person; last: one surname for all (a household)."""
    pools, lasts = POOLS[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(used or ()), []
    tries = 0
    while len(got) < n:
        tries += 1
        f = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"])
        la = last or rng.choice(lasts)
        if f in seen or (la in seen and not last and tries < 800):
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {la}")
    if used is not None:
        used |= seen
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def last_comma(full: str) -> str:
    """Last, First M."""
    f, m, la = parts(full)
    return f"{la}, {f} {m}."


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "605") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dash(rng: random.Random, area: str = "605") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def up_mon(d: dt.date) -> str:
    """20-MAY-26 (a mainframe's date)"""
    return d.strftime("%d-%b-%y").upper()


def md(d: dt.date) -> str:
    """5/20 (month/day, no year: a line inside a year-dated paper)"""
    return f"{d.month}/{d.day}"


def mdyyyy(d: dt.date) -> str:
    """5/20/2026 (no zero padding)"""
    return f"{d.month}/{d.day}/{d.year}"


def usd_es(v: float) -> str:
    """US$ 1,234.50"""
    return f"US$ {v:,.2f}"


def plain(v: float) -> str:
    """1234.50 (no sign, no grouping)"""
    return f"{v:.2f}"


class ENSheet(EMSheet):
    """EMSheet plus drawn logos beside a two-line name, a contractor's letterhead naming the program small, a table
    whose rows run on to the next page without the heading, captions printed at the right of their values and ruled
    value boxes with their captions outside, under them."""

    subject_line = EMSheet.subject                          # the inherited underlined subject line, under a new name

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        # fpdf writes the attribute `subject` into the PDF's /Subject; the inherited subject() method would put its
        # repr there (a memory address), and the same build would not give the same bytes twice
        self.subject = None

    def mark(self, x: float, y: float, s: float, kind: str = "ring", text: str = ""):
        """A small drawn logo of side s at (x, y)."""
        self.set_line_width(0.6)
        cx, cy, r = x + s / 2, y + s / 2, s / 2
        if kind == "box":
            self.rect(x, y, s, s)
            self.rect(x + 0.9, y + 0.9, s - 1.8, s - 1.8)
        else:
            self.ellipse(x, y, s, s)
        if kind == "flame":
            pts = [(cx, y + s * 0.12), (cx + r * 0.45, cy - r * 0.05), (cx + r * 0.5, cy + r * 0.42),
                   (cx, y + s * 0.88), (cx - r * 0.5, cy + r * 0.42), (cx - r * 0.42, cy + r * 0.02),
                   (cx - r * 0.12, cy + r * 0.12)]
            self.set_fill_color(40, 40, 40)
            self.polygon(pts, style="DF")
            self.set_fill_color(255, 255, 255)
            inner = [(cx + r * 0.05, cy + r * 0.05), (cx + r * 0.22, cy + r * 0.45), (cx, y + s * 0.8),
                     (cx - r * 0.22, cy + r * 0.45)]
            self.polygon(inner, style="F")
        elif kind == "feather":
            self.set_fill_color(50, 50, 50)
            pts = [(cx + r * 0.55, y + s * 0.16), (cx + r * 0.25, cy + r * 0.3), (cx - r * 0.45, y + s * 0.84),
                   (cx - r * 0.1, cy - r * 0.1)]
            self.polygon(pts, style="DF")
            self.set_fill_color(255, 255, 255)
            self.line_seg(cx - r * 0.6, y + s * 0.9, cx + r * 0.5, y + s * 0.2)
        if text:
            self.set_font(self.face, "B", s * 1.05 if len(text) <= 2 else s * 0.78)
            tw = self.get_string_width(text)
            self.set_xy(cx - tw / 2 - 0.3, cy - s * 0.19)
            self.cell(tw + 0.6, s * 0.38, text, align="C")
        self.set_line_width(0.2)

    def two_line_head(self, top: str, bottom: str, under: list[str], right: list[str], kind: str = "ring",
                      text: str = "", size: float = 15, box: str | None = None, rule: bool = True):
        """The mark at the left, the issuer's name in bold on two lines beside it (top, bottom), small lines under
        the name, contact lines right-aligned at the right, an optional boxed title under the contact lines."""
        y0 = self.get_y()
        s = size * 0.95
        self.mark(self.l_margin, y0, s, kind, text)
        x = self.l_margin + s + 3.2
        lh = size * 0.44
        self.f(size, "B")
        self.set_xy(x, y0 - 0.4)
        self.cell(0, lh, top)
        self.set_xy(x, y0 - 0.4 + lh + 0.4)
        self.cell(0, lh, bottom)
        yy_ = y0 + 2 * lh + 1.4
        self.set_text_color(85, 85, 85)
        self.f(7.4)
        for ln in under:
            self.set_xy(x, yy_)
            self.cell(0, 3.4, ln)
            yy_ += 3.4
        self.set_text_color(0, 0, 0)
        W = self.w - self.l_margin - self.r_margin
        ry = y0
        self.f(7.6)
        for ln in right:
            self.set_xy(self.l_margin + W * 0.55, ry)
            self.cell(W * 0.45, 3.6, ln, align="R")
            ry += 3.6
        if box:
            self.f(9.6, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 7, box, border=1, align="C")
            ry += 9
        self.set_y(max(yy_, ry, y0 + s) + 1.2)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def contractor_head(self, firm: str, small: list[str], right: list[str], box: str | None = None,
                        size: float = 17, spacing: float = 1.6):
        """A contractor's name in large letter-spaced capitals; under it, small and grey, what program or plan it
        works for; contact lines at the right; an optional boxed paper title under them; a rule."""
        y0 = self.get_y()
        self.set_font(self.face, "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(self.l_margin, y0)
        self.cell(0, size * 0.46, firm.upper())
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.46 + 1.2
        self.set_text_color(90, 90, 90)
        self.f(7.2)
        for ln in small:
            self.set_xy(self.l_margin, yy_)
            self.cell(0, 3.3, ln)
            yy_ += 3.3
        self.set_text_color(0, 0, 0)
        W = self.w - self.l_margin - self.r_margin
        ry = y0 + size * 0.46 + 1.2
        self.f(7.4)
        for ln in right:
            self.set_xy(self.l_margin + W * 0.58, ry)
            self.cell(W * 0.42, 3.4, ln, align="R")
            ry += 3.4
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.2
        self.set_y(max(yy_, ry) + 1.2)
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def flow_table(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.6,
                   row_h: float = 4.4, foot_room: float = 24, shade: int = 220, x: float | None = None,
                   top_gap: float = 0):
        """A table with a shaded heading printed once. Rows: a list of cells; ("span", text) a bold line across;
        ("note", text) a small plain line across; ("bold", cells) a total with a rule above; ("gap",) a little space;
        ("rule",) a thin rule; ("break",) go on at the top of the next page if the table is still on its first page.
        When a page is full the rows simply go on at the top of the next page: no heading again, no 'continued'
        line."""
        x0 = self.l_margin if x is None else x
        W = sum(widths)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.43
        n = max(len(self.multi_cell(w - 0.8, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(x0, y, W, n * lh + 1.6, style="F")
        self.set_fill_color(255, 255, 255)
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.4, y + 0.8)
            self.multi_cell(w - 0.8, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_xy(x0, y + n * lh + 2.2)

        start_page = self.page_no()

        def nxt():
            self.add_page()
            self.set_y(self.get_y() + top_gap)

        for r in rows:
            if isinstance(r, tuple) and r[0] == "break":
                if self.page_no() == start_page:           # only to make sure what follows is on a later page
                    nxt()
                continue
            if isinstance(r, tuple) and r[0] == "note":
                self.f(size - 0.6)
                self.set_x(x0 + 2)
                self.cell(W - 2, row_h - 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            if self.get_y() + row_h + 1 > self.h - foot_room:
                nxt()
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.4)
                continue
            if isinstance(r, tuple) and r[0] == "rule":
                self.line_seg(x0, self.get_y() + 0.3, x0 + W, self.get_y() + 0.3)
                self.set_y(self.get_y() + 0.8)
                continue
            if isinstance(r, tuple) and r[0] == "span":
                self.f(size, "B")
                self.set_x(x0)
                self.cell(W, row_h + 0.3, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            bold = isinstance(r, tuple) and r[0] == "bold"
            cells = r[1] if bold else r
            if bold:
                self.line_seg(x0, self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
            self.f(size, "B" if bold else "")
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2)

    def caption_right(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 9.0,
                      cap: float = 6.6) -> float:
        """Lines of a bold value followed, at the right end of the block, by its caption in small grey type (the
        caption after and beside the value, no boxes). Returns the y under the block."""
        yy_ = y
        for k, v in rows:
            self.set_xy(x, yy_)
            self.f(size, "B")
            self.cell(w * 0.62, size * 0.5, v)
            self.set_text_color(100, 100, 100)
            self.f(cap)
            self.set_xy(x + w * 0.62, yy_ + (size - cap) * 0.2)
            self.cell(w * 0.38, size * 0.5, k, align="R")
            self.set_text_color(0, 0, 0)
            self.line_seg(x, yy_ + size * 0.5 + 0.5, x + w, yy_ + size * 0.5 + 0.5)
            yy_ += size * 0.5 + 1.6
        return yy_

    def boxed_values(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 6.0, h: float = 7.6,
                     gap: float = 2.0):
        """One row of ruled boxes of (value, caption, width): the value inside its box, the caption printed UNDER
        the box, outside it, in small capitals; boxes apart by `gap`."""
        x = self.l_margin
        y = self.get_y()
        for v, k, w in cells:
            self.rect(x, y, w - gap, h)
            self.set_xy(x + 1.2, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - gap - 2.4, size * 0.45, v)
            self.set_xy(x, y + h + 0.6)
            self.set_text_color(80, 80, 80)
            self.f(cap)
            self.cell(w - gap, cap * 0.45, k.upper())
            self.set_text_color(0, 0, 0)
            x += w
        self.set_xy(self.l_margin, y + h + cap * 0.45 + 3.2)

    def tick_table(self, title: str, rows: list[tuple[bool, str, str]], size: float = 8.2, lab_w: float = 28):
        """A framed list of levels, one line each: a check box (ticked or not), a bold label and its description."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size + 0.8, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y0 = self.get_y()
        yy_ = y0 + 1.5
        for tick, lab, text in rows:
            self.rect(self.l_margin + 2, yy_ + 0.5, 3.2, 3.2)
            if tick:
                self.set_line_width(0.5)
                self.line_seg(self.l_margin + 2.3, yy_ + 0.8, self.l_margin + 4.9, yy_ + 3.4)
                self.line_seg(self.l_margin + 4.9, yy_ + 0.8, self.l_margin + 2.3, yy_ + 3.4)
                self.set_line_width(0.2)
            self.set_xy(self.l_margin + 7, yy_)
            self.f(size, "B")
            self.cell(lab_w, size * 0.5, lab)
            self.f(size)
            self.set_xy(self.l_margin + 7 + lab_w, yy_)
            self.multi_cell(W - 9 - lab_w, size * 0.46, text, new_x="LMARGIN", new_y="NEXT")
            yy_ = self.get_y() + 1.2
        self.rect(self.l_margin, y0, W, yy_ - y0 + 0.4)
        self.set_xy(self.l_margin, yy_ + 3)


def span_words(a: dt.date, b: dt.date) -> str:
    """March 3 through March 9, 2026"""
    return f"{a:%B} {a.day} through {b:%B} {b.day}, {b.year}"


def ceil_days(a: dt.date, b: dt.date) -> int:
    return math.ceil((b - a).days)
