"""Drawing helpers for round ET, helper famta (papers mirrored from a drug manufacturer's patient assistance
program run by the manufacturer's charitable foundation: free medicine for uninsured and underinsured patients, a
pharmacy card, shipments to the prescriber's office or the patient's home; and an invented health plan for flight
attendants and cabin crew whose eligibility rests on credited flight hours).

Why: this round asks for IDs whose letters read as digits, printed plainly, in groups or with dashes; claim rows
carrying numbered note marks ("2, 3") keyed by a numbered note list, with a column for what another plan paid;
captions that pair two things ("Plan / Group", "Patient ID / Suffix"), captions printed under their boxes and captions
in a narrow column at the left with the values far away at the right margin; letterheads drawn as wordmarks (a brand
split over two lines whose halves are not words, a logo word with the legal name small beneath it, a brand the body
only abbreviates); a provider's bill that names the refused visit only in its message and a letter whose member facts
sit in a box on its second page; standard-resolution fax stacks with a cover page. New here:
- ETSheet.capsule / ETSheet.split_brand: a drawn two-tone capsule mark, the brand broken over two lines in heavy
  capitals (the halves are not words), the legal name and a program line small under it, contact lines at the right;
- ETSheet.wing / ETSheet.logo_wing: a drawn swept wing with a contrail, the logo word in heavy italic capitals beside
  it and the legal name small directly beneath the logo word, an operator line under that;
- ETSheet.far_pairs: captions in small type in a narrow column at the left margin, each value flush against the right
  margin on the same line (nothing between them but white space and a hairline under the row);
- ETSheet.facts_box: a framed box with a dark title strip and caption/value pairs in two columns (the member facts
  that some letters print only on their second page);
- ETSheet.pair_caps: one row of ruled boxes whose captions each name two things ("Plan / Group") over two values
  joined by a slash;
- ETSheet.shelf_label: a packing-slip band (a bar code drawn from the order number, a ruled strip of shipment facts);
- blank_hand_cover: a home-made fax cover lettered by hand on plain paper (no printed pad: "FAX" boxed by hand,
  the lines and a page count in the sender's own words, a crossed-out word).
Everything else comes from round ES's ESSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundes_famsf import (ESSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, hand_cover, home_cover, iso,
                               last_first, long, m2, mdyyyy, mon_yyyy, month_end, n2, nodollar, npi, nth, out, plus,
                               sign, slash, spaced_id, surname, the_of, tin, truth, usd, wd_short, wd_tue, workday, yy)
from kit_roundeq_famqf import tx_cover  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# patients of the assistance program (small towns and cities across the South and the Midwest)
PT_F = ["Arletta", "Bettye", "Clementine", "Dorinda", "Evangeline", "Francine", "Georgiana", "Henrietta", "Idella",
        "Jolene", "Leatrice", "Mavis", "Novella", "Ophelia", "Philippa", "Rosalind", "Sybil", "Thomasina", "Winifred",
        "Zelda"]
PT_M = ["Alphonse", "Burl", "Cletus", "Desmond", "Ephraim", "Ferris", "Gideon", "Horace", "Ignatius", "Jerome",
        "Lamar", "Mortimer", "Newt", "Odis", "Percival", "Reginald", "Sherwood", "Thaddeus", "Virgil", "Willard"]
PT_LAST = ["Skelton", "Haywood", "Nettles", "Cawthon", "Ashmore", "Hargis", "Jernagan", "Kinnamon", "Orendorff",
           "Rinehart", "Scoggins", "Drumm", "Ewell", "Grogan", "Jolley", "Lasseter", "McAdoo", "Nabers", "Oldham",
           "Shuford", "Wooten"]
# prescribers, pharmacists and the foundation's staff
RX_F = ["Anneliese", "Brunhilde", "Cordula", "Dagmar", "Edeltraud", "Friederike", "Gisela", "Hannelore", "Irmgard",
        "Jutta", "Kunigunde", "Lieselotte", "Notburga", "Ottilie", "Roswitha", "Sieglinde", "Walburga", "Ulrike"]
RX_M = ["Adalwin", "Burkhard", "Clemens", "Detlef", "Eberhard", "Gebhard", "Hartmut", "Ingolf", "Jobst", "Konrad",
        "Lothar", "Malte", "Norwin", "Ortwin", "Reinhold", "Siegfried", "Wolfram", "Volkmar"]
RX_LAST = ["Brinkmann", "Gruenewald", "Hesselbach", "Mittelstaedt", "Oberlaender", "Quadflieg", "Rosenbaum",
           "Schwarzkopf", "Wettengel", "Eichhorst", "Brockhagen", "Felsberg", "Morgenroth", "Rabenhorst", "Steinmetz",
           "Wiedemann", "Bachmeier", "Engelhardt", "Gerstenberg", "Juergens", "Kampmann", "Neuhaus", "Oppermann",
           "Pohlmann", "Reinecke", "Tessendorf", "Warnecke"]
# flight attendants, pursers and their families
FA_F = ["Aubree", "Brynn", "Caprice", "Dakota", "Emberly", "Fallyn", "Gemma", "Harlow", "Indigo", "Jordyn",
        "Kensley", "Lyric", "Nova", "Oakley", "Paisley", "Raelynn", "Sloane", "Tatum"]
FA_M = ["Ashton", "Beckett", "Colby", "Dallas", "Easton", "Finnegan", "Grady", "Hayes", "Jett", "Kingston", "Landon",
        "Maverick", "Nash", "Orion", "Paxton", "Ryker", "Sawyer", "Tanner"]
FA_LAST = ["Skyler", "Delane", "Lytton", "Rycroft", "Vesey", "Brandreth", "Dorrell", "Grenville", "Norreys",
           "Oglander", "Cloudsley", "Swallowfield", "Larkwood", "Redfield", "Everly", "Langdon"]
# clinicians and the plan office's staff
FC_F = ["Aino", "Birute", "Dalia", "Egle", "Ieva", "Jurgita", "Kaisa", "Laima", "Milda", "Nele", "Oona", "Rasa",
        "Saule", "Tuuli", "Vaiva", "Ylva", "Zita", "Hanna"]
FC_M = ["Aleksi", "Bronius", "Darius", "Eino", "Gintaras", "Henrikas", "Ilmari", "Jussi", "Kestutis", "Lauri",
        "Mindaugas", "Nojus", "Osku", "Paulius", "Rimantas", "Sakari", "Tauno", "Vytautas"]
FC_LAST = ["Ceponis", "Dambrauskas", "Eskola", "Gustaitis", "Hakkarainen", "Kairys", "Mazeika", "Niemela", "Oksanen",
           "Tamosiunas", "Kivela", "Nurmi", "Pesonen", "Rantanen", "Seppala", "Toivonen", "Vainio", "Grigas",
           "Valaitis", "Zilinskas", "Ahonen", "Jaakkola", "Karjalainen", "Leppanen", "Mattila", "Peltonen"]
# Spanish speakers
ES_F = ["Ascensión", "Begoña", "Consuelo", "Encarnación", "Felisa", "Genoveva", "Inmaculada", "Jacinta", "Lourdes",
        "Milagros", "Nieves", "Remedios", "Socorro", "Trinidad"]
ES_M = ["Amancio", "Bonifacio", "Crisanto", "Dámaso", "Eleuterio", "Facundo", "Gaudencio", "Hilario", "Inocencio",
        "Jenaro", "Lisandro", "Macario", "Nemesio", "Olegario"]
ES_LAST = ["Unamuno", "Arrieta", "Bustamante", "Cifuentes", "Escobedo", "Galindo", "Hinojosa", "Jaramillo",
           "Landeros", "Navarrete", "Portillo", "Quezada", "Santillán", "Valdivia", "Zamudio"]

POOLS = {"pt": ({"F": PT_F, "M": PT_M}, PT_LAST), "rx": ({"F": RX_F, "M": RX_M}, RX_LAST),
         "fa": ({"F": FA_F, "M": FA_M}, FA_LAST), "fc": ({"F": FC_F, "M": FC_M}, FC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "pt", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'pt'
    (assistance program patients), 'rx' (prescribers, pharmacists, foundation staff), 'fa' (cabin crew and their
    families), 'fc' (crew clinicians and plan office staff) or 'es'; sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "615") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def dashed(s: str, groups: tuple[int, ...]) -> str:
    """'GS381B5520', (2, 3, 5) -> 'GS-381-B5520' (an ID printed with dashes between its groups)."""
    return spaced_id(s, groups).replace(" ", "-")


def wd_abbr(d: dt.date) -> str:
    """Thu, Apr 16, 2026"""
    return d.strftime("%a, %b %-d, %Y")


def mon_d(d: dt.date) -> str:
    """16-APR-26 style is elsewhere; this is 'Apr 16' (no year, inside a year-dated table)."""
    return d.strftime("%b %-d")


def ymd_dash(d: dt.date) -> str:
    return d.isoformat()


class ETSheet(ESSheet):
    """ESSheet plus a capsule mark and a split-brand letterhead, a wing mark and a logo word with the legal name
    beneath it, far-right caption pairs, a member-facts box, paired-caption boxes and a packing-slip band."""

    # --- marks ------------------------------------------------------------------------------------------------------
    def capsule(self, x: float, y: float, s: float):
        """A two-tone capsule of height s, lying at a slant: the left half solid, the right half an outline."""
        w, h = s * 1.5, s * 0.62
        cx, cy = x + w / 2, y + s / 2
        with self.rotation(28, cx, cy):
            x0, y0 = cx - w / 2, cy - h / 2
            self.set_line_width(0.55)
            self.set_fill_color(25, 25, 25)
            self.ellipse(x0, y0, h, h, style="F")
            self.rect(x0 + h / 2, y0, w / 2 - h / 2, h, style="F")
            self.set_fill_color(255, 255, 255)
            self.ellipse(x0 + w - h, y0, h, h, style="D")
            self.line_seg(x0 + w / 2, y0, x0 + w - h / 2, y0)
            self.line_seg(x0 + w / 2, y0 + h, x0 + w - h / 2, y0 + h)
            self.set_fill_color(255, 255, 255)
            self.rect(x0 + w - h / 2 - 0.3, y0 + 0.3, 0.6, h - 0.6, style="F")
        self.set_line_width(0.2)

    def wing(self, x: float, y: float, s: float):
        """A swept wing of height s with three contrail strokes trailing behind it."""
        self.set_fill_color(25, 25, 25)
        pts = [(x + s * 0.35, y + s * 0.78), (x + s * 1.45, y + s * 0.08), (x + s * 1.62, y + s * 0.16),
               (x + s * 0.95, y + s * 0.82), (x + s * 0.55, y + s * 0.90)]
        self.polygon(pts, style="F")
        self.set_line_width(0.6)
        for i, k in enumerate((0.62, 0.74, 0.86)):
            self.line_seg(x, y + s * (k + 0.04 * i), x + s * (0.30 + 0.05 * i), y + s * (k + 0.04 * i) - s * 0.05)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    # --- letterheads ------------------------------------------------------------------------------------------------
    def split_brand(self, top: str, bottom: str, legal: str, right: list[str], program: str | None = None,
                    small: str | None = None, box: str | None = None, size: float = 23, mark: bool = True,
                    rule: bool = True):
        """A capsule mark, the brand broken over two lines in heavy capitals (the halves given; they are not words),
        under them the legal name and a program line in small type, a grey small line under that, contact lines
        right-aligned at the right; an optional boxed title; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        if mark:
            self.capsule(x, y0 + 1, size * 0.5)
            x += size * 0.5 * 1.5 + 3
        yy = y0
        self.set_font(self.face, "B", size)
        self.set_char_spacing(1.0)
        for part in (top, bottom):
            self.set_xy(x, yy)
            self.cell(0, size * 0.40, part)
            yy += size * 0.40 + 0.4
        self.set_char_spacing(0)
        yy += 1.0
        for ln, sz, grey, st in ((legal, 7.4, 0, "B"), (program, 7.2, 60, ""), (small, 6.3, 110, "")):
            if ln:
                self.set_text_color(grey, grey, grey)
                self.f(sz, st)
                self.set_xy(x, yy)
                self.multi_cell(W * 0.58 - (x - self.l_margin), sz * 0.45, ln, new_x="LEFT", new_y="NEXT", align="L")
                yy = self.get_y() + 0.3
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.5)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.6
        self.set_y(max(yy, ry) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def logo_wing(self, logo: str, legal: str, right: list[str], small: str | None = None, box: str | None = None,
                  size: float = 25, legal_size: float = 7.0, rule: bool = True):
        """A drawn wing, the logo word in heavy italic-looking capitals (slanted) beside it and directly BENEATH the
        logo word the legal name in small plain type, an operator line in grey under that; contact lines at the
        right; an optional boxed title; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.5
        self.wing(self.l_margin, y0, s)
        x = self.l_margin + s * 1.7 + 3
        self.set_font("Sans", "B", size)
        self.set_char_spacing(0.8)
        with self.skew(-12, 0, x, y0 + size * 0.42):
            self.set_xy(x, y0)
            self.cell(self.get_string_width(logo) + 2, size * 0.42, logo)
        self.set_char_spacing(0)
        yy = y0 + size * 0.42 + 0.6
        self.f(legal_size)
        self.set_xy(x, yy)
        self.cell(0, legal_size * 0.45, legal)
        yy += legal_size * 0.45 + 0.8
        if small:
            self.set_text_color(105, 105, 105)
            self.f(6.3)
            self.set_xy(x, yy)
            self.multi_cell(W * 0.58 - (x - self.l_margin), 2.9, small, new_x="LEFT", new_y="NEXT", align="L")
            yy = self.get_y() + 0.2
            self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.4)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    # --- identification blocks --------------------------------------------------------------------------------------
    def far_pairs(self, rows: list[tuple[str, str]], cap_w: float = 34, size: float = 9.0, cap: float = 7.0,
                  x: float | None = None, w: float | None = None, hair: bool = True):
        """Captions in small type in a narrow column at the left (x), each value set flush against the right edge of
        the block on the same line, white space between them and a hairline under the row."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        lh = size * 0.52
        for k, v in rows:
            y = self.get_y()
            self.set_text_color(70, 70, 70)
            self.f(cap)
            self.set_xy(x0, y + (lh - cap * 0.45) / 2)
            self.cell(cap_w, cap * 0.45, k)
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(x0 + cap_w, y)
            self.cell(W - cap_w, lh, v, align="R")
            if hair:
                self.set_draw_color(150, 150, 150)
                self.line_seg(x0, y + lh + 0.6, x0 + W, y + lh + 0.6)
                self.set_draw_color(0, 0, 0)
            self.set_xy(self.l_margin, y + lh + 1.4)
        self.ln(2)

    def facts_box(self, title: str, rows: list[tuple[str, str]], size: float = 8.8, cap: float = 6.8,
                  cap_w: float = 34, shade: int = 40):
        """A framed box: a dark title strip with white lettering, then caption/value pairs in two columns (left
        column first, then right), each caption small and grey in front of its bold value."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(x0, y0, W, 6.4, style="F")
        self.set_text_color(255, 255, 255)
        self.f(9.0, "B")
        self.set_xy(x0 + 2, y0 + 1)
        self.cell(W - 4, 4.4, title)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        half = (len(rows) + 1) // 2
        cols = [rows[:half], rows[half:]]
        lh = size * 0.5
        ymax = y0 + 6.4
        for ci, col in enumerate(cols):
            y = y0 + 8
            cx = x0 + 2 + ci * W / 2
            for k, v in col:
                self.set_text_color(90, 90, 90)
                self.f(cap)
                self.set_xy(cx, y + 0.4)
                self.cell(cap_w, cap * 0.45, k)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
                self.set_xy(cx + cap_w, y)
                self.multi_cell(W / 2 - cap_w - 4, lh, v, new_x="LEFT", new_y="NEXT", align="L")
                y = self.get_y() + 1.2
            ymax = max(ymax, y)
        self.set_line_width(0.4)
        self.rect(x0, y0, W, ymax - y0 + 1)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, ymax + 4)

    def pair_caps(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 6.2,
                  x: float | None = None, w: float | None = None):
        """One row of ruled boxes of (caption, value, width fraction) where a caption may name two things
        ('Plan / Group') over two values joined the same way ('PUR-B2 / MZ204'); caption at the top, small."""
        self.boxes([cells], size=size, cap=cap, x=x, w=w)

    def shelf_label(self, code: str, cells: list[tuple[str, str, float]], size: float = 8.6):
        """A packing-slip band: a bar code drawn from the order code at the left, a ruled strip of (caption, value)
        cells at the right."""
        y = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        pat = "".join(format(ord(c), "07b") for c in code)
        bw = W * 0.3
        step = bw / max(1, len(pat))
        self.set_fill_color(0, 0, 0)
        for i, b in enumerate(pat):
            if b == "1":
                self.rect(self.l_margin + i * step, y, step * 0.9, 11, style="F")
        self.set_fill_color(255, 255, 255)
        self.boxes([cells], size=size, cap=5.8, x=self.l_margin + bw + 4, w=W - bw - 4)
        self.set_y(max(self.get_y(), y + 15))


def blank_hand_cover(rng: random.Random, lines: list, box_word: str = "FAX", tx: str | None = None,
                     tx_total: int | None = None, size: float = 16) -> bytes:
    """A home-made fax cover lettered by hand on plain paper: a word boxed by hand at the top, then the sender's lines
    exactly as written (no printed captions). A line is a string, "" for a gap, or (before, struck, after): a word
    written, crossed out and followed by the right one. A page of its own."""
    p = ETSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(22, 20, 22)
    p.set_auto_page_break(False)
    p.add_page()
    x0, y = 30.0, 42.0
    end = p.hand(x0, y, box_word, size + 12, rng, bold=True)
    p.set_line_width(0.7)
    wob = lambda: rng.uniform(-1.2, 1.2)  # noqa: E731
    p.line_seg(x0 - 4 + wob(), y - 13 + wob(), end + 4 + wob(), y - 13 + wob())
    p.line_seg(end + 4 + wob(), y - 13 + wob(), end + 4 + wob(), y + 5 + wob())
    p.line_seg(end + 4 + wob(), y + 5 + wob(), x0 - 4 + wob(), y + 5 + wob())
    p.line_seg(x0 - 4 + wob(), y + 5 + wob(), x0 - 4 + wob(), y - 13 + wob())
    y += 26
    for ln in lines:
        if ln == "":
            y += 7
            continue
        x = x0 + rng.uniform(-2, 3)
        if isinstance(ln, tuple):
            before, struck, after = ln
            x = p.hand(x, y, before, size, rng)
            xs = x
            x = p.hand(x, y, struck, size, rng)
            p.line_seg(xs - 0.5, y - size * 0.13, x + 0.5, y - size * 0.17)
            p.hand(x, y, after, size, rng)
        else:
            p.hand(x, y, ln, size, rng, rise=rng.uniform(-0.8, 1.8))
        y += 14
    p.set_line_width(0.2)
    return out(p)
