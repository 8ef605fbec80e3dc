"""Drawing helpers for round EQ, helper famqf (papers mirrored from a veterans' community care network run for the
VA by a regional third-party administrator: referrals and authorizations, provider remittances, claim letters and a
decision review; an invented health plan for welders and boilermakers).

Why: this round asks for code legends set in two or three columns whose entries run on beside the next column's
code (and list codes that no line of the paper uses), letterheads whose brand OCR would cut into pieces (letters set
apart by spaces, a monogram of initials beside the name, a brand broken over two lines, a tagline under it and
another legal entity in the footer), fax transmission lines across the top of every page with received stamps whose
dates are not the notice date, boxes where one caption owns two numbers or two captions share one box, and provider
boxes naming rendering, billing and referring providers side by side. New here:
- EQSheet(tx=..., tx_off=..., tx_total=..., rx=...): a sending fax machine's line across the top of every page
  (date and time of transmission, the sender's fax number and name, a job number, "P. 2/4" counting from the first
  page of the transmission) and optionally the receiving machine's line at the foot;
- wordmark: the brand set with a space between its letters ("S A G E B R O O K"), or broken over two lines, or
  tracked wide, a monogram of initials in a ring or square beside it, a tagline and small lines under it, contact
  lines at the right and an optional boxed title;
- rstamp: a rubber stamp (RECEIVED / SCANNED / date / office) set at a slant in grey, a double frame;
- legend_cols: a code legend in two or three columns; each column's entries are stacked on their own, so a long
  explanation in one column runs on beside a different code in the next;
- boxes: rows of ruled boxes with the caption over (or under) the value; a value may hold several lines (a
  provider box: organisation, person, NPI) and a caption may own two numbers ("Group/Member No.");
- tx_cover: a fax cover sheet of its own (a page that belongs to no document) carrying the same transmission line.
Everything else comes from round EP's EPSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundep_fampf import (EPSheet, abbr, add_months, caps_date, dd_mon, ddmonyy, digits, dmy_dash,  # noqa: F401
                               dmy_long, dotted, es_date, es_wday, iso, long, m2, md, mdyyyy, mmddyy, mon_day,
                               money_words, n2, ord_long, out, plain, plus, slash, truth, up_mon, usd, wday_long,
                               workday, ymd_slash, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# Veterans and their families (Intermountain West and High Plains)
VT_F = ["Annalise", "Bethany", "Carmelita", "Deirdre", "Evangeline", "Francesca", "Gwyneth", "Henrietta", "Idonea",
        "Jolene", "Krystal", "Lorraine", "Maribeth", "Nanette", "Oralee", "Prudence", "Rochelle", "Shirlene",
        "Twila", "Vernita", "Winifred", "Zelda"]
VT_M = ["Alden", "Burl", "Cletus", "Darrell", "Elwood", "Ferrell", "Garland", "Hollis", "Ivory", "Jubal", "Kermit",
        "Lyndon", "Merle", "Newell", "Orval", "Porter", "Royce", "Sherrill", "Thurman", "Virgil", "Waylon", "Zeb"]
VT_LAST = ["Ackerly", "Banfield", "Coldwater", "Dunaway", "Esterbrook", "Fairbanks", "Gatewood", "Hollister",
           "Inskeep", "Jessup", "Kettleman", "Longacre", "Merriwether", "Noblitt", "Overstreet", "Pettibone",
           "Quarles", "Redwine", "Stallworth", "Treadway", "Underhill", "Vickery", "Westbrook", "Yarnell"]
# community and VA clinicians, plan and administrator staff
DR_F = ["Adelheid", "Bronwen", "Caterina", "Dervla", "Eudora", "Fiammetta", "Grainne", "Hesper", "Isaura",
        "Jessamine", "Linnet", "Mafalda", "Noor", "Ottavia", "Rosamel", "Saskia", "Thea", "Veronika"]
DR_M = ["Ambrose", "Balthazar", "Caspian", "Diarmuid", "Eustace", "Fabian", "Gulliver", "Hamish", "Ingmar",
        "Joaquim", "Leander", "Marius", "Niklas", "Oisin", "Piers", "Radomir", "Severin", "Torvald"]
DR_LAST = ["Applegarth", "Bracegirdle", "Cholmondeley", "Drinkwater", "Elphinstone", "Featherstonehaugh",
           "Gilchrist", "Hazeldine", "Illingworth", "Kilbourne", "Loxley", "Mappleback", "Nethercott", "Outhwaite",
           "Pennycuick", "Ravenscroft", "Satterthwaite", "Tolliver", "Umfreville", "Vavasour", "Wetherell",
           "Youngblood", "Abercrombie", "Blenkinsop", "Colquhoun", "Dalrymple"]
# welders, boilermakers, pipefitters and their families (Gulf Coast refineries and Great Lakes shipyards)
WB_F = ["Ardith", "Bobbie", "Cherise", "Dorinda", "Earlene", "Fawn", "Glenda", "Hazel", "Iona", "Jeannette", "Kelsey",
        "LaDonna", "Marcy", "Neva", "Ramona", "Starla", "Tressa", "Velvet"]
WB_M = ["Amos", "Buford", "Clovis", "Dale", "Emmett", "Ferris", "Grover", "Hoyt", "Ira", "Jasper", "Kirby", "Loyd",
        "Monroe", "Nolan", "Otis", "Rufus", "Shelby", "Tillman", "Vance", "Wiley"]
WB_LAST = ["Arbogast", "Blankenship", "Cottrell", "Dillard", "Eckhardt", "Fruge", "Gaspard", "Hebert", "Ivey",
           "Janowski", "Kubiak", "Lamonte", "Mraz", "Nowicki", "Ostrowski", "Pelkey", "Rzepka", "Skarda", "Trahan",
           "Vrabel", "Wozniak", "Zielke"]
# clinicians and Fund / administrator staff of the welders' plan (Great Lakes and Gulf Coast)
DW_F = ["Agathe", "Blanche", "Clotilde", "Dagmar", "Estelle", "Franziska", "Gisela", "Hedda", "Irmgard", "Jutta",
        "Lucinde", "Margit", "Notburga", "Odette", "Renate", "Sieglinde", "Theodora", "Ulrike"]
DW_M = ["Anatol", "Berthold", "Conrad", "Detlef", "Egon", "Friedhelm", "Gunther", "Hartmut", "Ivar", "Joachim",
        "Konstantin", "Lothar", "Manfred", "Nepomuk", "Ottokar", "Reinmar", "Sigurd", "Volkmar"]
DW_LAST = ["Achenbach", "Birkenfeld", "Dornbusch", "Eichenlaub", "Falkenrath", "Gottschalk", "Hagedorn",
           "Isenberg", "Kesselring", "Lindemann", "Mittelstadt", "Nussbaum", "Osterhagen", "Pfannkuch",
           "Rautenberg", "Schellhase", "Tiedemann", "Uhlenbrock", "Vogelsang", "Wendelborn", "Zimmerling",
           "Ackermann", "Brockhoff"]
# Spanish speakers
ES_F = ["Amparo", "Belén", "Consuelo", "Dolores", "Esperanza", "Felícitas", "Guadalupe", "Hortensia", "Inmaculada",
        "Jacinta", "Leticia", "Milagros", "Nieves", "Pilar", "Remedios", "Socorro"]
ES_M = ["Anselmo", "Benigno", "Casimiro", "Delfino", "Evaristo", "Florentino", "Gregorio", "Herminio", "Isauro",
        "Jacobo", "Lázaro", "Macario", "Nemesio", "Pascual", "Rosendo", "Tiburcio"]
ES_LAST = ["Aguirre", "Benavides", "Carmona", "Duarte", "Escamilla", "Fuentes", "Garza", "Ibarra", "Jáuregui",
           "Leyva", "Maldonado", "Naranjo", "Olvera", "Peralta", "Quiñones", "Rendón", "Segovia", "Treviño",
           "Urías", "Villarreal"]

POOLS = {"vt": ({"F": VT_F, "M": VT_M}, VT_LAST), "dr": ({"F": DR_F, "M": DR_M}, DR_LAST),
         "wb": ({"F": WB_F, "M": WB_M}, WB_LAST), "dw": ({"F": DW_F, "M": DW_M}, DW_LAST), "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "vt", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'vt'
    (veterans), 'dr' (clinicians, staff), 'wb' (welders, boilermakers), 'dw' (the welders' plan's clinicians
    and staff) or 'es'; sexes: F / M / X a person."""
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


def dr(full: str, cred: str = "MD") -> str:
    return f"{full}, {cred}"


def phone(rng: random.Random, area: str = "505") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def fax_digits(rng: random.Random, area: str = "505") -> str:
    """A fax number as a machine prints it: 5055550143"""
    return f"{area}555{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def hhmm(rng: random.Random, lo: int = 7, hi: int = 18) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


def tx_date(d: dt.date) -> str:
    """MAR-27-2026 (a fax machine's date)"""
    return d.strftime("%b-%d-%Y").upper()


def dmy_upper(d: dt.date) -> str:
    """27MAR2026"""
    return d.strftime("%d%b%Y").upper()


def ymd_dots(d: dt.date) -> str:
    """2026.03.27"""
    return d.strftime("%Y.%m.%d")


def short_wd(d: dt.date) -> str:
    """Fri 03/27/26"""
    return d.strftime("%a %m/%d/%y")


def money_es(v: float) -> str:
    """1.234,50 (Spanish grouping)"""
    s = f"{v:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


class EQSheet(EPSheet):
    """EPSheet plus a fax transmission line on every page, split and letter-spaced wordmarks with monograms, slanted
    received stamps, multi-column code legends and caption boxes that may hold two numbers or several lines."""

    def __init__(self, *a, tx: str | None = None, tx_off: int = 0, tx_total: int | None = None,
                 rx: str | None = None, **k):
        super().__init__(*a, **k)
        self.tx, self.tx_off, self.tx_total, self.rx = tx, tx_off, tx_total, rx

    def header(self):
        super().header()
        if self.tx:
            y = self.get_y()
            n = self.page_no() + self.tx_off
            tot = self.tx_total if self.tx_total is not None else "{nb}"
            self.set_font("Mono", "", 7.6)
            self.set_xy(6, 3.2)
            self.cell(self.w - 12, 3.4, self.tx.format(n=n, t=tot, n2=f"{n:02d}",
                                                       t2=f"{tot:02d}" if isinstance(tot, int) else tot))
            self.set_xy(self.l_margin, max(y, 12))

    def footer(self):
        super().footer()
        if self.rx:
            n = self.page_no() + self.tx_off
            self.set_font("Mono", "", 7.0)
            self.set_xy(6, -6.5)
            self.cell(self.w - 12, 3.2, self.rx.format(n=n), align="R")

    # --- letterheads ----------------------------------------------------------------------------------------------
    def monogram(self, x: float, y: float, s: float, initials: str, shape: str = "ring"):
        """Initials in a ring, a square or a solid dark disc (white letters) of side s."""
        self.set_line_width(0.7)
        if shape == "disc":
            self.set_fill_color(30, 30, 30)
            self.ellipse(x, y, s, s, style="F")
            self.set_text_color(255, 255, 255)
        elif shape == "square":
            self.rect(x, y, s, s)
            self.rect(x + 0.8, y + 0.8, s - 1.6, s - 1.6)
        else:
            self.ellipse(x, y, s, s)
            self.ellipse(x + 0.9, y + 0.9, s - 1.8, s - 1.8)
        fs = s * (1.3 if len(initials) <= 2 else 1.0)
        self.set_font(self.face, "B", fs)
        self.set_xy(x, y + s / 2 - fs * 0.19)
        self.cell(s, fs * 0.38, initials, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def wordmark(self, brand: str, *, style: str = "spaced", initials: str | None = None, shape: str = "ring",
                 split: tuple[str, str] | None = None, tagline: str | None = None, small: list[str] | None = None,
                 right: list[str] | None = None, box: str | None = None, size: float = 19, rule: bool = True,
                 mono_right: bool = False):
        """A letterhead: the brand letter-spaced ("spaced": a space between letters, three between words), broken
        over two lines ("split", the two halves given), or tracked wide ("tracked"); a monogram of initials beside it
        (at the left, or at the far right with mono_right); a tagline and small grey lines under it; contact lines
        right-aligned at the right; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.78
        if initials and not mono_right:
            self.monogram(x, y0, s, initials, shape)
            x += s + 3.5
        yy = y0
        self.set_font(self.face, "B", size)
        if style == "spaced":
            text = "   ".join(" ".join(w) for w in brand.split())
            self.set_xy(x, yy)
            self.cell(0, size * 0.44, text)
            yy += size * 0.44 + 1.4
        elif style == "split":
            top, bottom = split or (brand[: len(brand) // 2], brand[len(brand) // 2:])
            for part in (top, bottom):
                self.set_xy(x, yy)
                self.cell(0, size * 0.42, part)
                yy += size * 0.42 + 0.6
            yy += 0.8
        else:
            self.set_char_spacing(size * 0.16)
            self.set_xy(x, yy)
            self.cell(0, size * 0.44, brand)
            self.set_char_spacing(0)
            yy += size * 0.44 + 1.4
        if tagline:
            self.set_text_color(70, 70, 70)
            self.f(7.8)
            self.set_xy(x, yy)
            self.multi_cell(W * 0.56 - (x - self.l_margin), 3.5, tagline, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 0.3
            self.set_text_color(0, 0, 0)
        self.set_text_color(95, 95, 95)
        for ln in small or []:
            self.f(6.8)
            self.set_xy(x, yy)
            self.cell(0, 3.1, ln)
            yy += 3.1
        self.set_text_color(0, 0, 0)
        ry = y0
        rx_end = self.w - self.r_margin
        if initials and mono_right:
            self.monogram(rx_end - s, y0, s, initials, shape)
            rx_end -= s + 3
        self.f(7.4)
        for ln in right or []:
            self.set_xy(self.l_margin + W * 0.56, ry)
            self.cell(rx_end - self.l_margin - W * 0.56, 3.5, ln, align="R")
            ry += 3.5
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, max(ry, y0 + (s if mono_right and initials else 0)) + 1.2)
            self.cell(bw, 6.8, box, border=1, align="C")
            ry = self.get_y() + 7.4
        self.set_y(max(yy, ry, y0 + (s if initials else 0)) + 1.5)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    # --- stamps ---------------------------------------------------------------------------------------------------
    def rstamp(self, lines: list[str], x: float, y: float, angle: float = -7, size: float = 9.0, grey: int = 85,
               w: float | None = None):
        """A rubber stamp: lines centred in a double frame, in grey, turned by `angle` degrees about its corner."""
        keep = (self.get_x(), self.get_y())
        self.set_text_color(grey, grey, grey)
        self.set_draw_color(grey, grey, grey)
        self.set_font(self.face, "B", size)
        w = w or max(self.get_string_width(t) for t in lines) + 7
        lh = size * 0.5
        h = lh * len(lines) + 3
        with self.rotation(angle, x, y):
            self.set_line_width(0.6)
            self.rect(x, y, w, h)
            self.set_line_width(0.25)
            self.rect(x + 0.9, y + 0.9, w - 1.8, h - 1.8)
            for i, t in enumerate(lines):
                self.set_font(self.face, "B", size if i != 1 else size + 1.5)
                self.set_xy(x, y + 1.5 + i * lh)
                self.cell(w, lh, t, align="C")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_xy(*keep)

    # --- legends and boxes ----------------------------------------------------------------------------------------
    def legend_cols(self, title: str | None, items: list[tuple[str, str]], ncol: int = 2, size: float = 7.4,
                    code_w: float = 9.5, gap: float = 5, rule_cols: bool = True):
        """A code legend in ncol columns. Entries flow down the first column, then the next, each column stacked on
        its own (so an explanation's second line sits beside another code in the next column)."""
        if title:
            self.bar(title, 8.6)
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (ncol - 1)) / ncol
        lh = size * 0.46
        self.f(size)
        hts = [len(self.multi_cell(cw - code_w, lh, t, dry_run=True, output="LINES")) * lh + 1.0 for _, t in items]
        total = sum(hts)
        cols, cur, acc = [[] for _ in range(ncol)], 0, 0.0
        for it, h in zip(items, hts):
            if cur < ncol - 1 and acc + h / 2 > total * (cur + 1) / ncol and cols[cur]:
                cur += 1
            cols[cur].append(it)
            acc += h
        y0 = self.get_y()
        ends = []
        for i, col in enumerate(cols):
            x = self.l_margin + i * (cw + gap)
            y = y0
            for code, text in col:
                self.set_xy(x, y)
                self.f(size, "B")
                self.cell(code_w, lh, code)
                self.set_xy(x + code_w, y)
                self.f(size)
                self.multi_cell(cw - code_w, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                y = self.get_y() + 1.0
            ends.append(y)
        if rule_cols:
            for i in range(1, ncol):
                xr = self.l_margin + i * (cw + gap) - gap / 2
                self.line_seg(xr, y0, xr, max(ends) - 1)
        self.set_xy(self.l_margin, max(ends) + 1.5)

    def boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 8.8, cap: float = 6.0,
              under: bool = False, x: float | None = None, w: float | None = None, bold: bool = True,
              shade_cap: bool = False):
        """Rows of ruled boxes of (caption, value, width fraction). The caption is printed small at the top of the
        box (or UNDER the value at the bottom with under=True, or on a grey strip with shade_cap); a value may hold
        several lines split by newlines; a row is as tall as its tallest value."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        lh = size * 0.46
        ch = cap * 0.44
        for row in rows:
            y = self.get_y()
            n = max(len(v.split("\n")) for _, v, _ in row)
            h = ch + 2.2 + n * lh + 1.2
            xx = x0
            for k, v, frac in row:
                cw = W * frac
                if shade_cap:
                    self.set_fill_color(225, 225, 225)
                    self.rect(xx, y, cw, ch + 1.4, style="F")
                    self.set_fill_color(255, 255, 255)
                self.rect(xx, y, cw, h)
                cap_y = y + 0.7 if not under else y + h - ch - 0.8
                val_y = y + ch + 1.9 if not under else y + 1.1
                self.set_xy(xx + 1.2, cap_y)
                self.f(cap, "B" if shade_cap else "")
                self.cell(cw - 2.4, ch, k)
                for i, ln in enumerate(v.split("\n")):
                    self.set_xy(xx + 1.4, val_y + i * lh)
                    self.f(size if i == 0 else size - 1.0, "B" if bold and i == 0 else "")
                    self.cell(cw - 2.8, lh, ln)
                xx += cw
            self.set_xy(x0, y + h)
        self.set_x(self.l_margin)
        self.ln(3)

    def claim_rows(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.6,
                   row_h: float = 4.4):
        """A statement table without ruling lines: a bold heading over a rule, then rows. ("span", text) is a bold
        line across the table (a claim's heading), ("note", text) a small grey line across it (who billed, who
        treated), ("bold", cells) a bold row under a thin rule (a claim total), ("gap",) a little space and
        ("break",) a page break after which the rows simply go on with NO heading printed again."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.43
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y)
            self.multi_cell(w, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += n * lh + 0.8
        self.set_line_width(0.4)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 0.8)
        for r in rows:
            kind = r[0] if isinstance(r, tuple) else None
            if kind == "break":
                self.add_page()
                continue
            if kind == "gap":
                self.ln(1.6)
                continue
            if kind == "span":
                self.set_x(x0)
                self.f(size, "B")
                self.cell(W, row_h + 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            if kind == "note":
                self.set_x(x0 + widths[0])
                self.set_text_color(70, 70, 70)
                self.f(size - 0.8)
                self.cell(W - widths[0], row_h - 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                continue
            cells = r[1] if kind == "bold" else r
            if kind == "bold":
                yy_ = self.get_y() + 0.2
                self.line_seg(x0 + widths[0], yy_, x0 + W, yy_)
                self.set_y(yy_ + 0.3)
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.f(size, "B" if kind == "bold" else "")
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2)

    def ruled_rows(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                   size: float = 7.6, row_h: float = 4.6, bold_rows: tuple = (), shade_head: bool = True):
        """A fully ruled table with a shaded heading whose cells may wrap; rows that do not fit go on to the next
        page with no heading (as many printed statements do)."""
        x0 = self.l_margin
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.43
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.8
        y = self.get_y()
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            if shade_head:
                self.set_fill_color(220, 220, 220)
                self.rect(xx, y, w, hh, style="DF")
                self.set_fill_color(255, 255, 255)
            else:
                self.rect(xx, y, w, hh)
            self.set_xy(xx + 0.5, y + 0.9)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_xy(x0, y + hh)
        for i, r in enumerate(rows):
            if self.get_y() + row_h > self.h - 22:
                self.add_page()
            self.set_x(x0)
            for c, w, a in zip(r, widths, aligns):
                self.f(size, "B" if i in bold_rows else "")
                self.cell(w, row_h, c, border=1, align=a)
            self.ln(row_h)
        self.ln(2)


def tx_cover(tx: str, total: int, sender: list[str], rows: list[tuple[str, str]], note: str,
             rx: str | None = None, boxes_ticked: tuple = ("For review",)) -> bytes:
    """A fax cover sheet typed by an office, carrying the sending machine's line (page 1 of `total`)."""
    p = EQSheet(footer=None, tx=tx, tx_total=total, rx=rx)
    p.set_margins(22, 18, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, sender[0], new_x="LMARGIN", new_y="NEXT")
    for ln in sender[1:]:
        p.f(8.4)
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.f(26, "B")
    p.cell(0, 12, "F A X", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for k, v in rows:
        p.f(10.5, "B")
        p.cell(32, 9, k)
        p.f(10.5)
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        y = p.get_y() - 1.5
        p.line_seg(p.l_margin + 32, y, p.w - p.r_margin, y)
    p.ln(6)
    p.f(9.6)
    for b in ["Urgent", "For review", "Please comment", "Please reply"]:
        p.cell(4, 4, "X" if b in boxes_ticked else "", border=1, align="C")
        p.cell(38, 4, "  " + b)
    p.ln(12)
    p.para(note, 10.2)
    p.ln(28)
    p.para("CONFIDENTIALITY: the pages that follow may contain health information that the law protects. If this fax "
           "reached you by mistake, please tell the sender by telephone and destroy every page.", 7.8)
    return out(p)
