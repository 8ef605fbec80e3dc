"""Drawing helpers for round ES, helper famsf (papers mirrored from a county medical services program for low-income
adults who are not eligible for Medicaid, run by a county with a contracted claims administrator; an invented health
fund for funeral home staff and embalmers with on-call hours eligibility).

Why: this round asks for home-made fax cover sheets (typed at home or on a library's public machine, or lettered by
hand on a fax pad: "Frm", "Attn", "Re:" run into the subject, "# of pgs", a page count in words or no page caption at
all, a cover naming the patient but not the insurer), stacks where one sender's second paper follows a signed letter
at once, letterheads drawn as wordmarks (letters set apart, a brand split over two lines, a logo word with a small legal
name under it, a body that calls the issuer "the Fund" or "the Administrator"), IDs whose letters look like digits and
are printed with spaces between groups, claim rows carrying inline captions, numbered footnote marks on claim rows
explained in a numbered list, and date captions with a weekday or "of". New here:
- ESSheet(tx_flip=(pages,)): the sending fax machine's line drawn half-turned at the foot of pages that will be fed
  upside down, so it reads upright at the top of the received page;
- ESSheet.hand: hand lettering, each character placed on its own with a small turn, size and baseline wobble;
- ESSheet.lantern / ESSheet.logo_legal: a drawn lantern mark, a heavy logo word beside it and the small legal name
  directly under the logo word (a tagline and an operator line under that), contact lines at the right, a boxed title;
- ESSheet.numbered_notes: a numbered note list ("1", "2", ...) with hanging numbers, the key to footnote marks that
  claim rows carry as bare digits ("2, 3");
- ESSheet.mark_rows: a ruled claims table whose rows may carry a small grey inline-caption line under them
  ("Plan: ...  Client ...  Referral # ...  Auth ..."), rows broken over a page with a "continued" line and no heading;
- home_cover: a typed home-made fax cover (no letterhead; the captions exactly as the sender typed them);
- hand_cover: a printed fax pad page filled in by hand (the pad's few printed captions, the rest lettered over them).
Everything else comes from round ER's ERSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_rounder_famrf import (ERSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dr, es_date, es_wday, first_last, iso, last_first, long, m2, mdyyyy,
                               mon_yyyy, month_end, n2, nodollar, npi, ord_long, out, plus, sign, slash, surname,
                               tin, truth, usd, wday_long, workday, yy)

HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"
HAND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-BoldOblique.ttf"

# --- invented people ----------------------------------------------------------------------------------------------
# county residents (a rural valley county: farm work, warehouses, motels)
CR_F = ["Amberly", "Brielle", "Cassidy", "Deanna", "Elisha", "Fallon", "Ginger", "Hollie", "Jolie", "Kimberlee",
        "Lakeisha", "Marlo", "Nelda", "Oleta", "Pearlie", "Roxanne", "Tawny", "Vada", "Wynona", "Charla"]
CR_M = ["Arlo", "Brantley", "Cyrus", "Dewey", "Emery", "Fletcher", "Granville", "Harvey", "Isom", "Jessie", "Kade",
        "Loren", "Marshal", "Nathaniel", "Obie", "Parnell", "Quentin", "Royal", "Stetson", "Tobin"]
CR_LAST = ["Bledsoe", "Cantrell", "Dockery", "Embree", "Futrell", "Gaddis", "Hensarling", "Jernigan", "Kimbrough",
           "Ledford", "Maddox", "Nabors", "Oglesby", "Pruett", "Rackley", "Sizemore", "Tackett", "Umstead",
           "Varnell", "Whitlow", "Yancey", "Grissom", "Lusk", "Mayhew"]
# county clinic and hospital clinicians, county and administrator staff
CC_F = ["Anouk", "Berenike", "Calliope", "Dorotea", "Elspeth", "Fionnuala", "Gudrun", "Hildegard", "Ines", "Jorunn",
        "Liesel", "Marit", "Nanna", "Orsolya", "Pernille", "Ragnhild", "Solveig", "Tove"]
CC_M = ["Anselm", "Bastiaan", "Cosimo", "Dagfinn", "Evander", "Florian", "Gaspard", "Hallvard", "Isidor", "Jarle",
        "Kjetil", "Lucian", "Maximilian", "Nestor", "Osvald", "Pelle", "Rasmus", "Sindre"]
CC_LAST = ["Aakre", "Bratlie", "Cederholm", "Dyrdal", "Ekeberg", "Fossum", "Gjerde", "Holmboe", "Ingebrigtsen",
           "Juvik", "Kleppe", "Lunde", "Moen", "Nesheim", "Oppegaard", "Paulsrud", "Ramstad", "Sveen", "Tveit",
           "Vatne", "Wergeland", "Aasen", "Brekke", "Hovde"]
# funeral directors, embalmers, removal technicians, crematory operators and their families
FW_F = ["Beulah", "Coralie", "Delphia", "Etta", "Fern", "Gussie", "Hester", "Ila", "Johnnie", "Lettie", "Mittie",
        "Nola", "Ollie", "Pauline", "Reba", "Sadie", "Tressie", "Velma"]
FW_M = ["Alford", "Booker", "Carlton", "Dorsey", "Elmo", "Forrest", "Garnet", "Hobart", "Ivan", "Jennings", "Lonnie",
        "Mose", "Odell", "Pleasant", "Roscoe", "Sylvester", "Tolbert", "Wash"]
FW_LAST = ["Ashworth", "Blalock", "Cobb", "Dinwiddie", "Easterling", "Faircloth", "Gholson", "Honeycutt", "Ingram",
           "Jarrell", "Knapp", "Lovelace", "Massengale", "Nunnally", "Overby", "Pridgen", "Royster", "Satterfield",
           "Toler", "Upchurch", "Venable", "Womack"]
# clinicians and Fund office staff of the funeral workers' plan
FC_F = ["Adaeze", "Beatrix", "Chiamaka", "Dunja", "Eszter", "Folasade", "Greta", "Halina", "Ifeoma", "Jadwiga",
        "Katarzyna", "Ludmila", "Mirela", "Nkechi", "Oksana", "Petronela", "Radka", "Sanja"]
FC_M = ["Adebayo", "Bogdan", "Chinedu", "Dariusz", "Emeka", "Florin", "Grzegorz", "Hristo", "Ikenna", "Jaroslav",
        "Kazimierz", "Lubomir", "Miroslav", "Nnamdi", "Ognjen", "Przemek", "Radoslav", "Stanislav"]
FC_LAST = ["Adeyemi", "Brzezinski", "Chukwu", "Dabrowski", "Eze", "Fijalkowski", "Grabowski", "Hrabal", "Igwe",
           "Jankowiak", "Kowalewski", "Lesniak", "Mazur", "Nwosu", "Okafor", "Pawlak", "Rutkowski", "Sobczak",
           "Tomczyk", "Wojcik", "Zelenka", "Ogunleye"]
# Spanish speakers
ES_F = ["Aurora", "Brígida", "Celestina", "Dominga", "Eufemia", "Florencia", "Graciela", "Hermelinda", "Irene",
        "Juana", "Leonor", "Modesta", "Nicolasa", "Obdulia", "Paula", "Rufina"]
ES_M = ["Abundio", "Baltazar", "Ciriaco", "Desiderio", "Epifanio", "Fermín", "Gumersindo", "Heriberto", "Isidro",
        "Justino", "Leandro", "Maximino", "Nicanor", "Odilón", "Pánfilo", "Rigoberto"]
ES_LAST = ["Alcántar", "Bañuelos", "Cervantes", "Dávila", "Espinosa", "Franco", "Gallegos", "Huerta", "Lozano",
           "Medina", "Nájera", "Orozco", "Palomares", "Quintana", "Rosales", "Saldaña", "Tapia", "Uribe", "Vela",
           "Zavala"]

POOLS = {"cr": ({"F": CR_F, "M": CR_M}, CR_LAST), "cc": ({"F": CC_F, "M": CC_M}, CC_LAST),
         "fw": ({"F": FW_F, "M": FW_M}, FW_LAST), "fc": ({"F": FC_F, "M": FC_M}, FC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "cr", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'cr'
    (county residents), 'cc' (county clinicians and staff), 'fw' (funeral workers), 'fc' (the funeral fund's
    clinicians and staff) or 'es'; sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "541") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "844") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def wd_short(d: dt.date) -> str:
    """Mon April 20, 2026 (a weekday before the date, no comma after it)"""
    return d.strftime("%a %B %-d, %Y")


def wd_tue(d: dt.date) -> str:
    """Tuesday, April 14, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def the_of(d: dt.date) -> str:
    """the 5th of May 2026"""
    return f"the {nth(d.day)} of {d.strftime('%B')} {d.year}"


def dot_dmy(d: dt.date) -> str:
    """05.03.2026 (day first, dots)"""
    return d.strftime("%d.%m.%Y")


def spaced_id(s: str, groups: tuple[int, ...]) -> str:
    """'QS47B20618', (4, 4, 2) -> 'QS47 B206 18' (an ID printed with spaces between its groups)."""
    out_, i = [], 0
    for g in groups:
        out_.append(s[i:i + g])
        i += g
    if i < len(s):
        out_.append(s[i:])
    return " ".join(x for x in out_ if x)


class ESSheet(ERSheet):
    """ERSheet plus hand lettering, a lantern mark with a logo word and a small legal name under it, numbered note
    lists and a ruled claims table whose rows carry inline-caption lines."""

    def __init__(self, *a, tx_flip: tuple = (), **k):
        super().__init__(*a, **k)
        self.tx_flip = tx_flip
        self.add_font("Hand", "", HAND)
        self.add_font("Hand", "B", HAND_B)

    def header(self):
        """The sending fax machine's line; on pages listed in tx_flip (pages that will be fed upside down) it is drawn
        turned half round at the foot, so that it reads upright at the top once the page is turned, as a fax
        machine stamps it."""
        if not (self.tx and self.page_no() in self.tx_flip):
            super().header()
            return
        keep = self.tx
        self.tx = None
        super().header()
        self.tx = keep
        y = self.get_y()
        n = self.page_no() + self.tx_off
        tot = self.tx_total if self.tx_total is not None else "{nb}"
        with self.rotation(180, self.w / 2, self.h / 2):
            self.set_font("Mono", "", 7.6)
            self.set_xy(6, 3.2)
            self.cell(self.w - 12, 3.4, keep.format(n=n, t=tot, n2=f"{n:02d}",
                                                     t2=f"{tot:02d}" if isinstance(tot, int) else tot))
        self.set_xy(self.l_margin, y)

    # --- hand lettering -------------------------------------------------------------------------------------------
    def hand(self, x: float, y: float, text: str, size: float = 13, rng: random.Random | None = None,
             bold: bool = False, rise: float = 0.0) -> float:
        """Hand lettering at baseline y: each character on its own with a small turn, size and baseline wobble;
        `rise` mm of climb over every 100 mm (a line that drifts up). Returns the x after the text."""
        r = rng or random.Random(sum(map(ord, text)))
        cx = x
        for ch in text:
            s = size * r.uniform(0.9, 1.1)
            self.set_font("Hand", "B" if bold else "", s)
            w = self.get_string_width(ch)
            if ch != " ":
                yy_ = y + r.uniform(-0.45, 0.45) - (cx - x) * rise / 100
                with self.rotation(r.uniform(-6, 6), cx + w / 2, yy_):
                    self.text(cx, yy_, ch)
            cx += w * r.uniform(0.95, 1.08)
        return cx

    # --- letterheads ----------------------------------------------------------------------------------------------
    def lantern(self, x: float, y: float, s: float):
        """A drawn lantern of height s: a ring handle, a peaked cap, a framed glass body with a flame, a foot."""
        w = s * 0.62
        cx = x + w / 2
        self.set_line_width(0.5)
        self.ellipse(cx - s * 0.08, y, s * 0.16, s * 0.12)
        self.set_fill_color(30, 30, 30)
        self.polygon([(cx, y + s * 0.1), (x + w * 0.92, y + s * 0.26), (x + w * 0.08, y + s * 0.26)], style="F")
        self.rect(x + w * 0.12, y + s * 0.28, w * 0.76, s * 0.56)
        self.rect(x + w * 0.2, y + s * 0.33, w * 0.6, s * 0.46)
        fl = [(cx, y + s * 0.40), (cx + w * 0.1, y + s * 0.58), (cx, y + s * 0.70), (cx - w * 0.1, y + s * 0.58)]
        self.polygon(fl, style="F")
        self.rect(x + w * 0.04, y + s * 0.86, w * 0.92, s * 0.09, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def logo_legal(self, logo: str, legal: str, right: list[str], tagline: str | None = None,
                   small: str | None = None, box: str | None = None, size: float = 26, legal_size: float = 7.2,
                   mark: bool = True, spacing: float = 0.6, rule: bool = True):
        """A drawn lantern, the logo word beside it in heavy serif capitals, and directly UNDER the logo word the small
        legal name in plain type (the name the law knows), then a grey tagline and an operator line; contact lines
        right-aligned at the right; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.62
        if mark:
            self.lantern(x, y0, s)
            x += s * 0.62 + 3.5
        self.set_font("Serif", "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(x, y0)
        lw = self.get_string_width(logo)
        self.cell(lw + 2, size * 0.42, logo)
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.42 + 0.8
        self.f(legal_size)
        self.set_xy(x, yy_)
        self.cell(0, legal_size * 0.45, legal)
        yy_ += legal_size * 0.45 + 0.9
        for ln, sz, grey in ((tagline, 7.4, 80), (small, 6.4, 105)):
            if ln:
                self.set_text_color(grey, grey, grey)
                self.f(sz)
                self.set_xy(x, yy_)
                self.multi_cell(W * 0.6 - (x - self.l_margin), sz * 0.45, ln, new_x="LEFT", new_y="NEXT")
                yy_ = self.get_y() + 0.2
                self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    # --- notes and tables -----------------------------------------------------------------------------------------
    def numbered_notes(self, title: str, items: list[tuple[str, str]], size: float = 7.6, num_w: float = 6.5,
                       rule: bool = True):
        """A numbered note list: a small bold title over a thin rule, then each note's number hung at the left and its
        text wrapped beside it (the key to the bare digits claim rows carry)."""
        W = self.w - self.l_margin - self.r_margin
        lh = size * 0.46
        self.f(size + 0.4, "B")
        self.set_x(self.l_margin)
        self.cell(0, lh + 1, title, new_x="LMARGIN", new_y="NEXT")
        if rule:
            self.line_seg(self.l_margin, self.get_y() + 0.3, self.l_margin + W, self.get_y() + 0.3)
        self.ln(1.2)
        for num, text in items:
            y = self.get_y()
            self.f(size, "B")
            self.set_x(self.l_margin)
            self.cell(num_w - 1.5, lh, num, align="R")
            self.set_xy(self.l_margin + num_w, y)
            self.f(size)
            self.multi_cell(W - num_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.set_y(self.get_y() + 0.7)
        self.ln(1.5)

    def mark_rows(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.6,
                  row_h: float = 5.0, cont: str = "continued on the next page", shade_head: int = 226):
        """A ruled claims table: a shaded heading once, then rows. A row is a list of cells; ("sub", text) prints a
        small grey inline-caption line across the table under the row before it (inside the same ruled band);
        ("total", cells) a bold row; ("break",) ends the page with a small `cont` line and the rows simply go on at
        the top of the next page with no heading."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.43
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 2
        y = self.get_y()
        xx = x0
        self.set_fill_color(shade_head, shade_head, shade_head)
        self.rect(x0, y, W, hh, style="DF")
        self.set_fill_color(255, 255, 255)
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.5, y + 1)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_xy(x0, y + hh)
        for r in rows:
            kind = r[0] if isinstance(r, tuple) else None
            if kind == "break":
                self.set_text_color(90, 90, 90)
                self.f(size - 0.8)
                self.set_x(x0)
                self.cell(W, 4, cont, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.add_page()
                continue
            if kind == "sub":
                yb = self.get_y()
                self.set_text_color(85, 85, 85)
                self.f(size - 1.1)
                self.set_x(x0 + widths[0])
                self.cell(W - widths[0], row_h - 1.2, r[1])
                self.set_text_color(0, 0, 0)
                self.line_seg(x0, yb + row_h - 1.2, x0 + W, yb + row_h - 1.2)
                self.set_xy(x0, yb + row_h - 1.2)
                continue
            cells = r[1] if kind == "total" else r
            yb = self.get_y()
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.f(size, "B" if kind == "total" else "")
                self.cell(w, row_h, c, align=a)
            self.line_seg(x0, yb + row_h, x0 + W, yb + row_h)
            self.set_xy(x0, yb + row_h)
        self.ln(2.5)


def home_cover(lines: list[tuple[str, str]], tx: str | None = None, tx_total: int | None = None,
               title: str | None = None, mono: bool = True, size: float = 12, foot: str | None = None) -> bytes:
    """A fax cover typed at home or on a library's public machine: no letterhead, each line exactly as typed
    (caption and text given separately; an empty caption prints the text alone, a caption ending without a space
    runs straight into its text), an optional title, the sending machine's line at the top. A page of its own."""
    p = ESSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(26, 22, 26)
    p.set_auto_page_break(False)
    p.add_page()
    face = "Mono" if mono else "Sans"
    p.ln(10)
    if title:
        p.set_font(face, "B", size + 8)
        p.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
        p.ln(6)
    for cap, text in lines:
        p.set_font(face, "", size)
        p.set_x(p.l_margin)
        if cap == "" and text == "":
            p.ln(size * 0.5)
            continue
        p.multi_cell(0, size * 0.5, cap + text, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.6)
    if foot:
        p.set_y(p.h - 40)
        p.set_font(face, "", size - 3)
        p.multi_cell(0, (size - 3) * 0.5, foot, new_x="LMARGIN", new_y="NEXT")
    return out(p)


def hand_cover(rng: random.Random, pad: list[str], rows: list[tuple[str, str]], note: list[str],
               tx: str | None = None, tx_total: int | None = None, size: float = 15) -> bytes:
    """A printed fax pad page filled in by hand: the pad prints its title and a few short captions over rules (pad
    rows with an empty printed caption are blank rules), the sender letters the values, extra captions of her own
    and a note in capitals. A page of its own."""
    p = ESSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(22, 20, 22)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(24, "B")
    p.set_xy(p.l_margin, 24)
    p.cell(0, 10, pad[0])
    p.f(7.5)
    for i, ln in enumerate(pad[1:]):
        p.set_xy(p.l_margin, 35 + i * 3.6)
        p.cell(0, 3.4, ln)
    y = 58
    for printed, lettered in rows:
        p.f(9.5, "B")
        p.set_xy(p.l_margin, y - 4.6)
        p.cell(22, 5, printed)
        p.set_line_width(0.25)
        p.line_seg(p.l_margin + 22, y + 1.2, p.l_margin + W, y + 1.2)
        p.hand(p.l_margin + (22 if printed else 0) + rng.uniform(1, 4), y, lettered, size, rng, rise=rng.uniform(-1, 1.5))
        y += 15
    y += 8
    for ln in note:
        p.hand(p.l_margin + rng.uniform(0, 3), y, ln, size - 1, rng, rise=rng.uniform(0, 2))
        y += 11
    p.set_line_width(0.2)
    p.f(6.8)
    p.set_xy(p.l_margin, p.h - 24)
    p.multi_cell(W, 3, "This page and what follows may contain private health or personal information. If you are "
                       "not the person it is meant for, please let the sender know and destroy it.",
                 new_x="LMARGIN", new_y="NEXT")
    return out(p)
