"""Drawing helpers for round EP, helper fampc (an invented state's Medicare Savings Program / Qualified Medicare
Beneficiary papers and its Medicaid cost-sharing statements to providers; an invented health plan for bookbinders,
paper conservators and archive staff).

Why: round EP asks for identification values printed inside dark or shaded bands (light text reversed out of a grey
or black strip holding "Client ID", "Claim no." and "Date of notice" side by side), which fax and photocopy captures
wear down; letterheads whose brand is a short logo-like word with a longer tagline or program line over or under it,
while another legal entity signs or fills the footer; provider statements whose claim lines open with the payer's
control number, then the patient's name and member number. Older kits have few of these, so this kit adds: a
reverse band of caption-over-value cells (dark or mid-grey), a one-line reverse strip of caption/value pairs, a logo
letterhead (the short brand in a heavy outlined box or stencil letters, the tagline under or over it), a legal
footer of several small lines under a rule, a remittance listing whose lines open with the control number, and a
caption-under-value box row with the caption in a grey band. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from kit_roundeo_famob import EOSheet  # noqa: F401
from kit_roundel_famlb import (abbr, dash, dlong, dmon, dmy, dots, es_abbr, es_date, es_dmy, flat, iso,  # noqa: F401
                               long, n2, nopad, plus, short, slash, spaced, upper, usd, usd_es, wday, workday)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people: two pools of this kit only (one per family, so the families never share a name) ---------------------
POOLS = {
    1: dict(F=["Ardith", "Zelda", "Philomena", "Hortense", "Leatrice", "Novella", "Earnestine", "Concepta",
               "Ottoline", "Wilhelmina", "Ruthanne", "Idella", "Corliss", "Berniece", "Alvina", "Magnolia",
               "Lavinia", "Drusilla", "Orpha", "Velda", "Zerelda", "Arizona"],
            M=["Thaddeus", "Ambrose", "Lucius", "Cornelius", "Fitzhugh", "Osgood", "Percival", "Zebulon", "Hollis",
               "Ransom", "Obadiah", "Linwood", "Thurman", "Everette", "Alphonse", "Isidore", "Erasmus", "Leland",
               "Armistead", "Coy"],
            L=["Quillen", "Haverty", "Fennimore", "Ostrander", "Pruett", "Tolliver", "Vandergriff", "Wimberly",
               "Yelverton", "Ashworth", "Bledsoe", "Coggins", "Dinwiddie", "Fortenberry", "Gatlin", "Hulsey",
               "Kilgore", "Loudermilk", "Meriwether", "Northam", "Oglesby", "Poindexter", "Rountree", "Spradlin",
               "Tankersley", "Upchurch", "Vinsant", "Woolwine", "Blankenbaker", "Crumpacker", "Dillehay",
               "Funderburk", "Goforth", "Hunnicutt", "Lovelady", "Mothershead", "Pankey", "Satterwhite"],
            EF=["Eufemia", "Rosaura", "Socorro", "Amparo", "Clotilde", "Hermelinda"],
            EM=["Evaristo", "Nicanor", "Porfirio", "Saturnino", "Teódulo", "Wenceslao"],
            EL=["Barragán", "Cisneros", "Ledesma", "Montemayor", "Ocampo", "Saldívar", "Treviño", "Zavala"]),
    2: dict(F=["Perpetua", "Aurelie", "Saskia", "Ottavia", "Wrenna", "Tindra", "Maelis", "Signe", "Romilly",
               "Calla", "Bettina", "Vesna", "Liesel", "Oriel", "Morwenna", "Elowen", "Demelza", "Kerensa", "Lowenna",
               "Tressa", "Senara", "Ysella"],
            M=["Auberon", "Lorne", "Torsten", "Ewan", "Jolyon", "Matthias", "Rainier", "Sacha", "Teodor", "Wystan",
               "Kasimir", "Ivo", "Linus", "Piran", "Jory", "Tristram", "Jago", "Kenver", "Loic", "Gethin", "Idris",
               "Aurek"],
            L=["Ravenscroft", "Tindall", "Merridew", "Holcombe", "Pellegrin", "Scarrow", "Wainhouse", "Farrimond",
               "Gilchrist", "Lathbury", "Mottram", "Pennicott", "Rushworth", "Sowerby", "Tregarthen", "Underhill",
               "Wetherell", "Yelland", "Brackenbury", "Chadderton", "Blenkinsop", "Cottingham", "Dunnage",
               "Fothergill", "Grimshaw", "Hebblethwaite", "Kershaw", "Lightowler", "Micklethwaite", "Nuttall",
               "Ormerod", "Rawnsley", "Shuttleworth", "Tattersall", "Whiteoak", "Uttley"],
            EF=["Anabel", "Maricruz", "Nayeli", "Rocío", "Xiomara", "Yadira"],
            EM=["Abelardo", "Casimiro", "Dagoberto", "Eusebio", "Faustino", "Gaudencio"],
            EL=["Arriaga", "Bustamante", "Echeverría", "Galindo", "Orozco", "Quiroga"]),
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
    """QUILLEN, ARDITH M (a listing's patient form)"""
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


def phone(rng: random.Random, area: str) -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def mon_day(d: dt.date) -> str:
    """Mar 11 (no year; decoys and cells under a year heading)"""
    return f"{d:%b} {d.day}"


def packed(d: dt.date) -> str:
    """20260311 (a fiscal agent's packed date; decoys only)"""
    return d.strftime("%Y%m%d")


def mdy_nopad_short(d: dt.date) -> str:
    """3/11/26 (decoys only)"""
    return f"{d.month}/{d.day}/{d:%y}"


class EPSheet(EOSheet):
    """EOSheet plus: reverse bands of caption-over-value cells, a one-line reverse strip, a logo letterhead with a
    tagline over or under a short brand, a legal footer of small lines under a rule, a grey-band caption row under
    boxed values."""

    def __init__(self, *a, legal: list[str] | None = None, **k):
        super().__init__(*a, **k)
        self.legal = legal or []
        if self.legal:
            self.set_auto_page_break(True, margin=22 + 3.6 * len(self.legal))

    def footer(self):
        if not self.legal:
            return super().footer()
        self.set_font("Sans", "", 6.3)
        rows = [r for ln in self.legal for r in self.multi_cell(self.W, 3, ln, dry_run=True, output="LINES")]
        y = self.h - 9 - 3.0 * len(rows)
        if self.foot:
            self.set_font("Sans", "", 7)
            self.set_xy(self.w - self.r_margin - 40, y - 5)
            self.cell(40, 3, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_draw_color(120, 120, 120)
        self.line_seg(self.l_margin, y - 1.2, self.w - self.r_margin, y - 1.2)
        self.set_draw_color(0, 0, 0)
        self.set_font("Sans", "", 6.3)
        for i, ln in enumerate(rows):
            self.set_xy(self.l_margin, y + i * 3.0)
            self.cell(self.W, 3, ln)

    # ---- letterheads ----
    def logo_letterhead(self, brand: str, tagline: str, right: list[str], tag_above: bool = False,
                        style: str = "box", size: float = 24, tag_size: float = 7.6):
        """A short logo-like brand ('TMAP', 'QUIRE') set heavy: style 'box' draws it inside a thick outlined box,
        'stencil' sets it in spaced heavy capitals with a bar under it, 'reverse' reverses it out of a black block.
        The longer program line or tagline sits in small oblique type under the brand (or over it when tag_above).
        Address lines at the right; a rule under everything."""
        y0 = self.get_y()
        x = self.l_margin
        ty = y0
        if tag_above:
            self.set_font("Sans", "I", tag_size)
            self.set_xy(x, y0)
            self.multi_cell(self.W * 0.56, tag_size * 0.45, tagline, new_x="LEFT", new_y="NEXT")
            y0 = self.get_y() + 1.2
        self.set_font("Sans", "B", size)
        bw = self.get_string_width(brand) + (8 if style != "stencil" else 0)
        bh = size * 0.5
        if style == "box":
            self.set_line_width(1.2)
            self.rect(x, y0, bw + 2, bh + 1.5)
            self.set_line_width(0.2)
            self.set_xy(x + 1, y0 + 0.9)
            self.cell(bw, bh, brand, align="C")
        elif style == "reverse":
            self.set_fill_color(20, 20, 20)
            self.rect(x, y0, bw + 2, bh + 1.5, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_text_color(255, 255, 255)
            self.set_xy(x + 1, y0 + 0.9)
            self.cell(bw, bh, brand, align="C")
            self.set_text_color(0, 0, 0)
        else:
            self.set_char_spacing(size * 0.18)
            self.set_xy(x, y0)
            self.cell(bw + size * 0.18 * len(brand), bh, brand)
            self.set_char_spacing(0)
            bw = self.get_string_width(brand) + size * 0.18 * len(brand)
            self.set_fill_color(30, 30, 30)
            self.rect(x, y0 + bh + 0.6, bw, 1.0, style="F")
            self.set_fill_color(255, 255, 255)
        yb = y0 + bh + 2.4
        if not tag_above:
            self.set_font("Sans", "I", tag_size)
            self.set_xy(x, yb)
            self.multi_cell(self.W * 0.56, tag_size * 0.45, tagline, new_x="LEFT", new_y="NEXT")
            yb = self.get_y()
        self.f(7.4)
        yr = ty
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.6, yr)
            self.cell(self.W * 0.4, 3.4, ln, align="R")
            yr += 3.4
        y = max(yb + 1.2, yr + 0.8)
        self.set_line_width(0.45)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3.5)

    # ---- reverse bands ----
    def band(self, cells: list[tuple[str, str, float]], fill: int = 45, size: float = 9.4, cap_size: float = 6.2,
             h: float = 10.5, caption_first: bool = True, text: int = 255, rules: bool = True):
        """A band across the page in a dark (fill 30-70) or mid-grey (120-170) tone; each cell (caption, value,
        width share) prints its caption in small capitals and its value in bold, both in `text` grey (white by
        default: reversed out). caption_first=False puts the value on top and the caption under it. Thin light
        rules divide the cells."""
        tot = sum(c[2] for c in cells)
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(fill, fill, fill)
        self.rect(x, y, self.W, h, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_text_color(text, text, text)
        for i, (cap, val, share) in enumerate(cells):
            w = self.W * share / tot
            if i and rules:
                self.set_draw_color(min(255, fill + 90), min(255, fill + 90), min(255, fill + 90))
                self.line_seg(x, y + 1.4, x, y + h - 1.4)
                self.set_draw_color(0, 0, 0)
            cy, vy = (y + 1.1, y + 1.6 + cap_size * 0.42) if caption_first else \
                (y + h - cap_size * 0.42 - 1.0, y + 1.2)
            self.set_font("Sans", "", cap_size)
            self.set_xy(x + 2, cy)
            self.cell(w - 4, cap_size * 0.42, cap.upper())
            self.set_font("Sans", "B", size)
            self.set_xy(x + 2, vy)
            self.cell(w - 4, size * 0.45, val)
            x += w
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y + h + 3)

    def strip(self, items: list[tuple[str, str]], fill: int = 60, size: float = 8.6, h: float = 6.4,
              text: int = 255, gap: float = 5):
        """One line of caption/value pairs reversed out of a thin strip ('CLIENT ID 7044182093   CASE ...')."""
        y = self.get_y()
        self.set_fill_color(fill, fill, fill)
        self.rect(self.l_margin, y, self.W, h, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_text_color(text, text, text)
        self.set_xy(self.l_margin + 2, y + (h - size * 0.45) / 2)
        for k, v in items:
            self.set_font("Sans", "", size - 1.8)
            self.cell(self.get_string_width(k.upper()) + 1.6, size * 0.45, k.upper())
            self.set_font("Sans", "B", size)
            self.cell(self.get_string_width(v) + gap, size * 0.45, v)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y + h + 3)

    def boxes_grey_caption(self, cells: list[tuple[str, str, float]], size: float = 9.4, cap_size: float = 6.2,
                           h: float = 7.0, cap_fill: int = 205):
        """A row of ruled value boxes with, under each, its caption printed in a grey band touching the box's foot
        (the caption below the value, shaded)."""
        tot = sum(c[2] for c in cells)
        x, y = self.l_margin, self.get_y()
        ch = cap_size * 0.45 + 1.4
        for val, cap, share in cells:
            w = self.W * share / tot
            self.rect(x, y, w, h)
            self.f(size, "B")
            self.set_xy(x + 1.5, y + (h - size * 0.42) / 2)
            self.cell(w - 3, size * 0.42, val)
            self.set_fill_color(cap_fill, cap_fill, cap_fill)
            self.rect(x, y + h, w, ch, style="DF")
            self.set_fill_color(255, 255, 255)
            self.set_font("Sans", "", cap_size)
            self.set_xy(x + 1.2, y + h + 0.7)
            self.cell(w - 2.4, cap_size * 0.45, cap.upper())
            x += w
        self.set_xy(self.l_margin, y + h + ch + 3)

    def shaded_para(self, text: str, size: float = 8.8, fill: int = 232, pad: float = 2.5):
        """A paragraph on a light grey panel (a call-out)."""
        self.f(size)
        lines = self.multi_cell(self.W - 2 * pad, size * 0.47, text, dry_run=True, output="LINES", markdown=True)
        h = len(lines) * size * 0.47 + 2 * pad
        y = self.get_y()
        if y + h > self.h - self.b_margin:
            self.add_page()
            y = self.get_y()
        self.set_fill_color(fill, fill, fill)
        self.rect(self.l_margin, y, self.W, h, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + pad, y + pad)
        self.multi_cell(self.W - 2 * pad, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.set_xy(self.l_margin, y + h + 2.5)


def hline(p: FPDF, y: float, w: float = 0.2):
    p.set_line_width(w)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
