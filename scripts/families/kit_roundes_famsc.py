"""Drawing helpers for round ES, helper famsc (papers mirrored from a premium-based health plan that members of a
National Guard or reserve component buy for themselves and their families, run by an invented benefits directorate
with an invented regional contractor; an invented health plan for dog groomers, bathers and kennel staff).

Why: this round asks for home-made fax cover sheets in stacks (typed captions with typos and odd wording, a page count
in words, a hand-lettered cover that names the patient and not the insurer, no page caption at all), stacks where one
sender's second paper follows a signed letter, letterheads drawn as wordmarks (spaced capitals, an ampersand, a brand
split over two lines, a logo word with a small legal name under it) whose body names the insurer another way, IDs
whose letter prefixes look like digits and are printed in groups, claim rows that carry their own captions inside
the row, numeric footnote marks on claim rows explained by a numbered note list beside letter codes, date captions
with a weekday or an ordinal "of", and a provider bill whose refused visit is told only in its message text. New here:
- chevron_mark / paw_mark: a drawn shield with three chevrons, a drawn paw print;
- logo_legal: a heavy logo word beside a drawn mark, the organisation's small legal name directly under the word,
  an optional tagline, contact lines at the right and an optional boxed title;
- split_word: a brand broken over two lines in heavy type ("HOLLIN" over "BANK"), a small legal line beside the
  break, contact lines at the right;
- numbered_notes: a note list whose entries are bare numbers ("1", "2", "3") with hanging text, to explain footnote
  marks printed in a claim table's last column;
- code_box: letter codes and their meanings in a small framed box (set elsewhere on the page than the notes);
- message_box: a provider statement's framed message area with a caption in small capitals;
- home_cover: a typed cover page from a home or a small office, captions as the person typed them ("Frm:", "Attn",
  "Re:" run into the subject, "# of pgs", a page count in words), no form lines;
- hand_cover: a hand-lettered cover page (lines of handwriting on blank paper; no captions but what the writer wrote).
Everything else comes from round ER's ERSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundac_famcc import PX, hand_image, place  # noqa: F401
from kit_rounder_famrf import (ERSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dmy_upper, dr, es_date, es_wday, first_last, iso, last_first, long, m2,
                               mdyyyy, money_es, n2, npi, ord_long, out, parts, phone, plus, sign, slash, surname,
                               tin, tollfree, truth, usd, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# reservists, guard members and their families (Wisconsin, Upper Michigan, northern Illinois)
RV_F = ["Brianna", "Cassidy", "Danielle", "Erin", "Gina", "Holly", "Jenna", "Kaylee", "Lindsey", "Megan", "Nicole",
        "Paige", "Rachel", "Shannon", "Tara", "Whitney", "Amber", "Kelsie", "Morgan", "Courtney"]
RV_M = ["Aaron", "Brandon", "Cory", "Dustin", "Ethan", "Grant", "Jordan", "Kurt", "Logan", "Mitchell", "Nolan",
        "Riley", "Spencer", "Tanner", "Tyler", "Zachary", "Brody", "Carson", "Derrick", "Jace"]
RV_LAST = ["Brzezinski", "Dombrowski", "Gruenwald", "Hanneman", "Jablonski", "Kleinschmidt", "Lemke", "Marquardt",
           "Niemczyk", "Pankratz", "Radtke", "Schoenfeld", "Tesch", "Wojcik", "Zastrow", "Buettner", "Dietzen",
           "Fenske", "Gehrke", "Hintz", "Kasten", "Mielke", "Ruesch", "Vanderloop", "Kortbein", "Schwantes"]
# clinicians and directorate / contractor staff of the reserve plan
RD_F = ["Anselma", "Birgitta", "Clarimond", "Dorothea", "Evadne", "Filippa", "Gerlinde", "Honoria", "Ismay",
        "Juliska", "Kunigunde", "Lioba", "Mirabel", "Olwen", "Philippa", "Roswitha", "Sidonie", "Walburga"]
RD_M = ["Aurelio", "Benedikt", "Cyprian", "Dorian", "Eberhard", "Florian", "Gervase", "Hilarius", "Isidor",
        "Justus", "Klemens", "Lambert", "Maximilian", "Nikodem", "Oswin", "Prosper", "Quirin", "Wigbert"]
RD_LAST = ["Achterhof", "Bauernfeind", "Dreesmann", "Emmerling", "Grotefend", "Hellweg", "Immendorf", "Kaltenbach",
           "Lichtblau", "Ostendorp", "Pfefferle", "Quandtmeyer", "Reinholdt", "Sonnleitner", "Thalhammer",
           "Uhrmacher", "Westerkamp", "Zwickler", "Ambrosch", "Brinkhaus", "Dettweiler", "Eggerding", "Hockemeyer",
           "Klinkhammer", "Lammersdorf", "Niederhauser"]
# dog groomers, bathers, kennel attendants and their families (Lehigh Valley and the Delaware River towns)
GR_F = ["Alexis", "Brittany", "Carly", "Destiny", "Felicia", "Jasmine", "Kayla", "Mackenzie", "Nadine", "Priscilla",
        "Raquel", "Savannah", "Tiffany", "Vanessa", "Yolanda", "Deanna", "Shayla", "Krista"]
GR_M = ["Austin", "Brent", "Caleb", "Derek", "Garrett", "Jared", "Keith", "Marco", "Nathan", "Preston", "Reggie",
        "Shane", "Trevor", "Wesley", "Dominic", "Cody", "Ricky", "Terrence"]
GR_LAST = ["Dziedzic", "Fenstermacher", "Gruver", "Hartzell", "Kocher", "Lichtenwalner", "Nolf", "Oplinger",
           "Rabenold", "Schantz", "Trexler", "Ziegenfus", "Heimbach", "Laubach", "Sotak", "Wotring", "Kunsman",
           "Remaley", "Frankenfield", "Hunsicker", "Christman", "Berkenstock", "Yenser", "Mickley"]
# clinicians and Fund / administrator staff of the groomers' plan
GD_F = ["Aurora", "Bettina", "Celestine", "Damaris", "Elodie", "Fleur", "Ginevra", "Henrike", "Ilaria", "Jocasta",
        "Larissa", "Marguerite", "Ninon", "Oriana", "Rosamund", "Seraphine", "Tullia", "Violaine"]
GD_M = ["Alaric", "Benedetto", "Corentin", "Emrys", "Florestan", "Hadrian", "Isandro", "Jules", "Leopoldo", "Maxence",
        "Naoise", "Octave", "Paschal", "Ruaridh", "Stellan", "Tancred", "Aurelien", "Casimir"]
GD_LAST = ["Abelard", "Beaumanoir", "Chastain", "Delacourt", "Fontenelle", "Giraudoux", "Hautecoeur", "Ivernois",
           "Jourdain", "Lavalliere", "Noirmont", "Pellerin", "Quillan", "Rochambert", "Saint-Clair", "Tourneur",
           "Valmorel", "Vercors", "Aubertin", "Bellefleur", "Courtemanche", "Desrosiers", "Lafleche", "Marchessault"]
# Spanish speakers
ES_F = ["Aracely", "Brisa", "Citlali", "Dulce", "Evelia", "Fabiola", "Itzel", "Jimena", "Karina", "Lizbeth",
        "Maricela", "Nayeli", "Odalys", "Paloma", "Yesica", "Zoraida"]
ES_M = ["Adrián", "Baltazar", "Cirilo", "Demetrio", "Efrén", "Fausto", "Gerardo", "Heriberto", "Isidro", "Joaquín",
        "Lisandro", "Mauricio", "Noé", "Osvaldo", "Ramiro", "Saúl"]
ES_LAST = ["Alcántara", "Bustamante", "Cervantes", "Domínguez", "Echeverría", "Fajardo", "Guajardo", "Huerta",
           "Lozano", "Montoya", "Nájera", "Orozco", "Palacios", "Quintanilla", "Rangel", "Saldaña", "Tamez",
           "Urquidi", "Zepeda"]

POOLS = {"rv": ({"F": RV_F, "M": RV_M}, RV_LAST), "rd": ({"F": RD_F, "M": RD_M}, RD_LAST),
         "gr": ({"F": GR_F, "M": GR_M}, GR_LAST), "gd": ({"F": GD_F, "M": GD_M}, GD_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "rv", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'rv'
    (reservists and families), 'rd' (reserve plan clinicians and staff), 'gr' (groomers and kennel staff), 'gd'
    (groomers' plan clinicians and staff) or 'es'; sexes: F / M / X a person."""
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


def ord_of(d: dt.date) -> str:
    """the 5th of August 2026"""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suf} of {d.strftime('%B %Y')}"


def wd_abbr(d: dt.date) -> str:
    """Mon Jul 13, 2026"""
    return f"{d.strftime('%a')} {abbr(d)}"


def wd_slash(d: dt.date) -> str:
    """Tue 06/16/2026"""
    return f"{d.strftime('%a')} {slash(d)}"


def grouped(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """'SB418220761' -> 'SB 418 220 761' with sizes (2, 3, 3, 3)."""
    out_, i = [], 0
    for k in sizes:
        out_.append(s[i:i + k])
        i += k
    if i < len(s):
        out_.append(s[i:])
    return sep.join(x for x in out_ if x)


NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


class ESSheet(ERSheet):
    """ERSheet plus drawn chevron and paw marks, a logo word over a small legal name, a brand split over two lines,
    numbered footnote lists, small framed letter-code boxes and a statement's message box."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def chevron_mark(self, x: float, y: float, s: float):
        """A shield outline holding three stacked chevrons (filled)."""
        self.set_line_width(0.6)
        w, h = s * 0.86, s
        x0 = x + (s - w) / 2
        pts = [(x0, y), (x0 + w, y), (x0 + w, y + h * 0.55), (x0 + w / 2, y + h), (x0, y + h * 0.55)]
        self.polygon(pts)
        self.set_fill_color(30, 30, 30)
        cx = x0 + w / 2
        for i in range(3):
            ty = y + h * (0.16 + i * 0.2)
            th = h * 0.09
            half = w * 0.34
            self.polygon([(cx - half, ty + th * 1.8), (cx, ty), (cx + half, ty + th * 1.8), (cx + half, ty + th * 3.0),
                          (cx, ty + th * 1.2), (cx - half, ty + th * 3.0)], style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def paw_mark(self, x: float, y: float, s: float):
        """A paw print: a wide pad and four toes, filled."""
        self.set_fill_color(30, 30, 30)
        self.ellipse(x + s * 0.22, y + s * 0.46, s * 0.56, s * 0.44, style="F")
        for tx, ty, tw in ((0.02, 0.30, 0.2), (0.22, 0.06, 0.22), (0.56, 0.06, 0.22), (0.78, 0.30, 0.2)):
            self.ellipse(x + s * tx, y + s * ty, s * tw, s * 0.26, style="F")
        self.set_fill_color(255, 255, 255)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def logo_legal(self, word: str, legal: str, right: list[str], mark: str | None = "paw", tagline: str | None = None,
                   box: str | None = None, size: float = 24, spacing: float = 0.8, rule: bool = True):
        """A heavy logo word beside a drawn mark, the organisation's small legal name directly under the word (and a
        tagline under that), contact lines right-aligned at the right, an optional boxed title, a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.62
        if mark == "paw":
            self.paw_mark(x, y0 + 0.4, s)
            x += s + 2.8
        elif mark == "chevron":
            self.chevron_mark(x, y0, s)
            x += s + 2.8
        self.set_font(self.face, "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(x, y0)
        self.cell(0, size * 0.42, word)
        self.set_char_spacing(0)
        yy = y0 + size * 0.42 + 0.9
        self.f(6.9)
        self.set_xy(x, yy)
        self.cell(0, 3.2, legal)
        yy += 3.4
        if tagline:
            self.set_text_color(85, 85, 85)
            self.f(7.3, "")
            self.set_xy(x, yy)
            self.multi_cell(W * 0.6 - (x - self.l_margin), 3.3, tagline, new_x="LEFT", new_y="NEXT")
            yy = self.get_y()
            self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy, ry, y0 + s) + 1.8)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def split_word(self, top: str, bottom: str, legal: str, right: list[str], small: list[str] | None = None,
                   box: str | None = None, size: float = 20):
        """A brand broken over two lines in heavy capitals, the small legal line beside the break (to the right of
        the first line's end), small grey lines under the brand, contact lines at the right."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        self.set_font(self.face, "B", size)
        self.set_xy(x, y0)
        self.cell(0, size * 0.40, top)
        wt = self.get_string_width(top)
        self.set_xy(x, y0 + size * 0.40 + 0.4)
        self.cell(0, size * 0.40, bottom)
        wb = self.get_string_width(bottom)
        self.set_line_width(0.8)
        self.line_seg(x + max(wt, wb) + 2.5, y0 + 1, x + max(wt, wb) + 2.5, y0 + size * 0.8 + 0.4)
        self.set_line_width(0.2)
        self.f(7.6, "B")
        self.set_xy(x + max(wt, wb) + 4.5, y0 + size * 0.40 - 1.6)
        self.cell(0, 3.6, legal)
        yy = y0 + size * 0.8 + 2.2
        self.set_text_color(90, 90, 90)
        for ln in small or []:
            self.f(6.7)
            self.set_xy(x, yy)
            self.cell(0, 3.1, ln)
            yy += 3.1
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy, ry) + 1.5)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_y(self.get_y() + 4)

    # --- notes, codes and messages -------------------------------------------------------------------------------
    def numbered_notes(self, title: str, items: list[tuple[str, str]], size: float = 7.8, num_w: float = 6,
                       rule: bool = True):
        """A note list: each entry a bare number (bold) and its hanging text."""
        W = self.w - self.l_margin - self.r_margin
        if rule:
            self.line_seg(self.l_margin, self.get_y(), self.l_margin + W, self.get_y())
            self.ln(1.2)
        self.f(size + 0.6, "B")
        self.cell(0, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)
        lh = size * 0.46
        for n, text in items:
            y = self.get_y()
            self.set_x(self.l_margin)
            self.f(size, "B")
            self.cell(num_w, lh, n)
            self.f(size)
            self.multi_cell(W - num_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(self.get_y(), y + lh) + 0.7)
        self.ln(1.5)

    def code_box(self, title: str, items: list[tuple[str, str]], x: float, y: float, w: float, size: float = 7.2,
                 code_w: float = 6) -> float:
        """A small framed box of letter codes and their meanings at (x, y); returns the y under it."""
        lh = size * 0.45
        self.set_xy(x + 1.5, y + 1.2)
        self.f(size + 0.3, "B")
        self.cell(w - 3, lh + 0.4, title)
        yy = y + 1.2 + lh + 1.4
        for code, text in items:
            self.set_xy(x + 1.5, yy)
            self.f(size, "B")
            self.cell(code_w, lh, code)
            self.f(size)
            self.set_xy(x + 1.5 + code_w, yy)
            self.multi_cell(w - 3 - code_w, lh, text, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 0.5
        self.set_line_width(0.3)
        self.rect(x, y, w, yy - y + 1)
        self.set_line_width(0.2)
        return yy + 1

    def message_box(self, caption: str, paras: list[str], size: float = 8.8, shade: int = 242):
        """A framed message area: a small-capital caption on the frame's top edge, the message paragraphs inside."""
        W = self.w - self.l_margin - self.r_margin
        lh = size * 0.48
        self.f(size)
        n = sum(len(self.multi_cell(W - 8, lh, t, dry_run=True, output="LINES")) for t in paras)
        h = n * lh + 2.2 * len(paras) + 6
        y = self.get_y() + 2
        self.set_fill_color(shade, shade, shade)
        self.set_line_width(0.5)
        self.rect(self.l_margin, y, W, h, style="DF")
        self.set_line_width(0.2)
        self.set_fill_color(255, 255, 255)
        self.f(7.0, "B")
        cw = self.get_string_width(caption.upper()) + 4
        self.rect(self.l_margin + 5, y - 1.8, cw, 3.8, style="F")
        self.smallcaps(caption, self.l_margin + 7, y - 1.4, size=7.0)
        yy = y + 3.8
        for t in paras:
            self.set_xy(self.l_margin + 4, yy)
            self.f(size)
            self.multi_cell(W - 8, lh, t, new_x="LMARGIN", new_y="NEXT")
            yy = self.get_y() + 2.2
        self.set_y(y + h + 3)


# --- cover pages (belong to no document) ----------------------------------------------------------------------------
def home_cover(rows: list[tuple[str, str]], note: list[str], head: str = "FAX", foot: str | None = None,
               mono: bool = True) -> bytes:
    """A cover typed at home or in a small office: a big heading as typed, then the captions exactly as the person
    wrote them (typos, 'Frm:', 'Attn', 'Re:' run into the subject, '# of pgs'), no form lines, a short note."""
    p = ESSheet(footer=None)
    p.set_margins(24, 22, 24)
    p.add_page()
    p.set_font("Sans", "B", 30)
    p.cell(0, 14, head, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    for k, v in rows:
        if mono:
            p.set_font("Mono", "", 11)
        else:
            p.f(11)
        p.set_x(p.l_margin)
        if v:
            p.cell(34, 8, k)
            p.multi_cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
        else:
            p.multi_cell(0, 8, k, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    for ln in note:
        if mono:
            p.set_font("Mono", "", 10.5)
        else:
            p.f(10.5)
        p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    if foot:
        p.set_y(-40)
        p.f(7.6)
        p.multi_cell(0, 3.8, foot, new_x="LMARGIN", new_y="NEXT")
    return out(p)


def hand_cover(rng: random.Random, lines: list[str], size_mm: float = 6.2, top: str | None = None) -> bytes:
    """A hand-lettered cover on blank paper: an optional big word at the top and lines of handwriting, nothing
    printed (no captions but what the writer wrote)."""
    p = ESSheet(footer=None)
    p.set_margins(20, 20, 20)
    p.add_page()
    y = 28
    if top:
        img = hand_image(rng, [top + "    "], size_mm=size_mm * 2.0, ink="black")
        place(p, img, 24, y)
        y += img.height / PX + 8
    for ln in lines:
        if not ln:
            y += size_mm * 1.2
            continue
        img = hand_image(rng, [ln + "  "], size_mm=size_mm, ink="black")
        place(p, img, 22 + rng.uniform(-1.5, 1.5), y)
        y += img.height / PX + 2.5
    return out(p)
