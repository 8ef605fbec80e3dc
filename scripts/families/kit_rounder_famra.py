"""Drawing helpers for round ER, helper famra (papers mirrored from a state high-risk pool's legacy pre-existing
condition plan, run by a board that hires a claims administrator; an invented health plan for casino dealers, cage
cashiers and gaming floor staff).

Why: this round asks for multi-claim statements whose refused claim is told only by zero-paid rows carrying different
reason codes; captions run on a line with no colon (a dash, a wide gap or nothing between caption and value, two
caption-value pairs on one line) and captions in small capitals over shaded boxes; letterheads with a tagline right
under the brand, a parent-company line, an administrator named in small print and brands set in an unusual way
(capitals with an ampersand, a brand word plus a short legal suffix); code legends with look-alike codes, codes no
line uses and legends split over two pages; provider lines joining an organisation and a person, credentials after
names, rendering and billing providers side by side and a facility line under a doctor. New here:
- brand_stack: the brand (optionally with a small legal suffix set after it), a tagline directly under it, an
  optional 'a member of ...' line, an optional 'administered by ...' line in small grey print, contact lines at the
  right and an optional boxed title;
- run_line: caption-value pairs on one running line with no colon: a wide gap, a spaced dash or one space between
  caption and value;
- sc_shade: captions in small capitals over shaded boxes that hold the values;
- legend_split: a code legend whose rows stop after a given entry, a 'continued' note, then the rest on the next page
  under a 'continued' title;
- prov_side: two framed provider boxes side by side (rendering and billing, or surgeon and facility), each a title
  strip and lines;
- hand_cover: a fax cover note typed by an office, as a page of its own (belongs to no document).
Everything else comes from round EQ's EQSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeq_famqf import (EQSheet, abbr, caps_date, dd_mon, digits, dmy_dash, dmy_long, dmy_upper,  # noqa: F401
                               dotted, es_date, es_wday, iso, long, m2, mdyyyy, money_es, n2, ord_long, out, plus,
                               short_wd, slash, truth, tx_date, usd, wday_long, workday, ymd_dots, ymd_slash, yy)

OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
SERIF_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"

# --- invented people ----------------------------------------------------------------------------------------------
# members of a state pool (a mixed, mostly rural state)
PL_F = ["Alberta", "Bernadine", "Cordelia", "Delphine", "Eulalie", "Florine", "Geneva", "Hattie", "Imogene",
        "Juanita", "Lavonne", "Mavis", "Nadine", "Opal", "Pearlie", "Rosetta", "Sybil", "Theda", "Velma", "Wilma"]
PL_M = ["Arlis", "Bascom", "Cecil", "Delmer", "Elvin", "Forrest", "Gaylord", "Homer", "Irvin", "Junior", "Lavern",
        "Marvin", "Norris", "Ollie", "Purvis", "Roscoe", "Sterling", "Truman", "Verlin", "Woodrow"]
PL_LAST = ["Ashworth", "Bleakley", "Crabtree", "Dimmitt", "Eppler", "Flinchum", "Gorrell", "Hatchett", "Ivins",
           "Jernigan", "Kitchel", "Lusk", "Mabry", "Nunley", "Oxendine", "Pruett", "Raglin", "Spurlock", "Tackett",
           "Umbarger", "Vanhook", "Whisnant", "Yoakum"]
# clinicians, reviewers and staff of the pool and its administrator
PC_F = ["Ottoline", "Perpetua", "Rosamund", "Seraphina", "Tabitha", "Ursula", "Wilhelmina", "Xanthe", "Ysolde",
        "Annunziata", "Brunhilde", "Clementine", "Drusilla", "Eglantine", "Fenella", "Griselda", "Hyacinth"]
PC_M = ["Aldous", "Barnaby", "Cuthbert", "Desmond", "Ebenezer", "Fitzgerald", "Godfrey", "Horatio", "Ignatius",
        "Jericho", "Lucius", "Mordecai", "Napier", "Octavius", "Peregrine", "Quentin", "Rupert", "Thaddeus"]
PC_LAST = ["Crane", "Ambrose-Hale", "Bellweather", "Cattermole", "Dimsdale", "Ellery", "Fothergill", "Grimshaw",
           "Hartigan", "Inchbold", "Juxon", "Kettlewell", "Lambkin", "Mottershead", "Nettleship", "Oakeshott",
           "Pinnock", "Rudd", "Sheepshanks", "Threlkeld", "Upjohn", "Verity", "Wadsworth"]
# casino dealers, cage cashiers, floor staff and their families (Reno - Sparks - Lake Tahoe)
CD_F = ["Alejandra", "Brandi", "Chanel", "Dao", "Ebony", "Farrah", "Ginger", "Hoa", "Imelda", "Jade", "Kimberlee",
        "Lanie", "Mylene", "Nerissa", "Oksana", "Precious", "Rhonda", "Shantel", "Tuyet", "Vicki"]
CD_M = ["Andre", "Bao", "Chet", "Duc", "Enrique", "Fidel", "Gus", "Huy", "Isidro", "Jerrell", "Kiet", "Lonnie",
        "Marcel", "Nestor", "Omar", "Phong", "Rudy", "Sal", "Tyrone", "Vinh"]
CD_LAST = ["Abernethy", "Buenaventura", "Castellano", "Dinh", "Escobedo", "Figueroa", "Galloway", "Huynh",
           "Iacovelli", "Jaramillo", "Kowalewski", "Lozano", "Mancuso", "Nakashima", "Ochoa", "Pangilinan",
           "Quach", "Rizzuto", "Sandoval", "Truong", "Villaseñor", "Whitlock", "Zamudio"]
# clinicians, reviewers and staff in northern Nevada
CN_F = ["Anneliese", "Beatrix", "Cosima", "Dorothea", "Elske", "Femke", "Greetje", "Hilke", "Ilse", "Jorinde",
        "Katrijn", "Lieke", "Marijke", "Nelleke", "Roosje", "Sanne", "Tineke", "Wietske"]
CN_M = ["Arjen", "Bram", "Cornelis", "Dirk", "Evert", "Floris", "Gijs", "Hidde", "Jeroen", "Koen", "Lodewijk",
        "Maarten", "Niels", "Pieter", "Ruud", "Sjoerd", "Teun", "Wouter"]
CN_LAST = ["Aalbers", "Bosschaert", "Claessens", "Dekkers", "Eijkelboom", "Franssen", "Groeneveld", "Hoekstra",
           "Jongbloed", "Kuipers", "Lammertink", "Meulenbelt", "Nieuwenhuis", "Oosterhout", "Ploeger",
           "Roelofsen", "Schuttevaer", "Terpstra", "Veldkamp", "Wijnbergen", "Zwartjes"]
# Spanish speakers
ES_F = ["Ángela", "Brígida", "Celestina", "Dalia", "Eloísa", "Filomena", "Gertrudis", "Herminia", "Itzel",
        "Josefina", "Lourdes", "Marisela", "Natividad", "Otilia", "Paulina", "Rocío", "Soledad", "Yolanda"]
ES_M = ["Abundio", "Baltasar", "Cirilo", "Demetrio", "Eusebio", "Faustino", "Genaro", "Hilario", "Ildefonso",
        "Jenaro", "Leandro", "Melquíades", "Nicanor", "Porfirio", "Rigoberto", "Saturnino", "Teodoro"]
ES_LAST = ["Alcántar", "Bustamante", "Cárdenas", "Díaz de León", "Echeverría", "Galindo", "Hinojosa", "Iturbide",
           "Lizárraga", "Mondragón", "Nava", "Orozco", "Palacios", "Quezada", "Robledo", "Sotelo", "Tapia",
           "Valenzuela", "Zepeda"]

POOLS = {"pl": ({"F": PL_F, "M": PL_M}, PL_LAST), "pc": ({"F": PC_F, "M": PC_M}, PC_LAST),
         "cd": ({"F": CD_F, "M": CD_M}, CD_LAST), "cn": ({"F": CN_F, "M": CN_M}, CN_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "pl", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'pl'
    (pool members), 'pc' (pool clinicians and staff), 'cd' (casino workers), 'cn' (Nevada clinicians, staff) or
    'es'; sexes: F / M / X a person."""
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


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def dr(full: str, cred: str = "MD") -> str:
    return f"{full}, {cred}"


def phone(rng: random.Random, area: str = "775") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dash(rng: random.Random, area: str = "775") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def fax_digits(rng: random.Random, area: str = "775") -> str:
    return f"{area}555{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def hhmm(rng: random.Random, lo: int = 7, hi: int = 18) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


def mon_yr(d: dt.date) -> str:
    """March 2026"""
    return d.strftime("%B %Y")


def dmy_slash(d: dt.date) -> str:
    """04/03/2026 written day first (a Spanish letter's short form)"""
    return d.strftime("%d/%m/%Y")


def es_abbr(d: dt.date) -> str:
    """04-mar-2026"""
    m = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"][d.month - 1]
    return f"{d.day:02d}-{m}-{d.year}"


def nodollar(v: float) -> str:
    """1234.50 (no sign, no grouping)"""
    return f"{v:.2f}"


class ERSheet(EQSheet):
    """EQSheet plus a brand with tagline / parent / administrator lines, running caption lines without colons,
    small-capital captions over shaded boxes, a legend split over two pages and provider boxes side by side."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Sans", "I", OBLIQUE)
        self.add_font("Serif", "I", SERIF_I)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def brand_stack(self, brand: str, *, suffix: str | None = None, tagline: str | None = None,
                    member_of: str | None = None, admin: str | None = None, right: list[str] | None = None,
                    box: str | None = None, size: float = 20, spacing: float = 0.0, rule: bool = True,
                    under_rule: str | None = None):
        """The brand in heavy type (tracked by `spacing`), a small legal suffix set right after it at the baseline, a
        tagline in oblique type directly under the brand, then an optional 'a member of ...' line, an optional
        'administered by ...' line in small grey print; contact lines right-aligned at the right; a boxed title under
        them; a rule, and optionally a small line under the rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        self.set_font(self.face, "B", size)
        if spacing:
            self.set_char_spacing(spacing)
        self.set_xy(x, y0)
        bw = self.get_string_width(brand)
        self.cell(bw + 1, size * 0.42, brand)
        if spacing:
            self.set_char_spacing(0)
        if suffix:
            self.set_font(self.face, "B", size * 0.42)
            self.set_xy(x + bw + 1.5, y0 + size * 0.42 - size * 0.42 * 0.5)
            self.cell(0, size * 0.2, suffix)
        yy = y0 + size * 0.42 + 0.6
        if tagline:
            ts = 8.4
            self.set_font(self.face, "I", ts)
            while self.get_string_width(tagline) > W * 0.57 and ts > 6.4:
                ts -= 0.2
                self.set_font(self.face, "I", ts)
            self.set_xy(x, yy)
            self.cell(W * 0.57, 3.8, tagline)
            yy += 4.2
        if member_of:
            self.set_text_color(60, 60, 60)
            ms = 7.2
            self.f(ms, "B")
            while self.get_string_width(member_of) > W * 0.57 and ms > 5.8:
                ms -= 0.2
                self.f(ms, "B")
            self.set_xy(x, yy)
            self.cell(W * 0.57, 3.2, member_of)
            yy += 3.4
            self.set_text_color(0, 0, 0)
        if admin:
            self.set_text_color(110, 110, 110)
            self.f(6.2)
            self.set_xy(x, yy)
            self.multi_cell(W * 0.57, 2.9, admin, new_x="LMARGIN", new_y="NEXT")
            yy = self.get_y() - 3.1
            yy += 3.1
            self.set_text_color(0, 0, 0)
        ry = y0
        self.f(7.4)
        for ln in right or []:
            self.set_xy(self.l_margin + W * 0.58, ry)
            self.cell(W * 0.42, 3.5, ln, align="R")
            ry += 3.5
        if box:
            self.f(9.6, "B")
            bw2 = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw2, ry + 1.2)
            self.cell(bw2, 7, box, border=1, align="C")
            ry += 9.2
        self.set_y(max(yy, ry) + 1.2)
        if rule:
            self.set_line_width(0.6)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        if under_rule:
            self.set_text_color(90, 90, 90)
            self.f(6.6)
            self.set_xy(self.l_margin, self.get_y() + 0.6)
            self.cell(0, 3, under_rule)
            self.set_text_color(0, 0, 0)
            self.set_y(self.get_y() + 3)
        self.set_y(self.get_y() + 4)

    # --- captions -------------------------------------------------------------------------------------------------
    def run_line(self, pairs: list[tuple[str, str]], sep: str = "gap", size: float = 9.0, cap_size: float | None = None,
                 x: float | None = None, bold_val: bool = True, h: float | None = None, gap_after: float = 6.0):
        """Caption-value pairs on one running line, no colon: 'gap' puts a wide space between caption and value,
        'dash' a spaced dash, 'none' a single space; the next pair follows after a wide space."""
        x0 = self.l_margin if x is None else x
        h = h or size * 0.52
        y = self.get_y()
        self.set_xy(x0, y)
        cs = cap_size or size
        for i, (k, v) in enumerate(pairs):
            self.f(cs)
            t = k + {"gap": "", "dash": " -", "none": ""}[sep]
            w = self.get_string_width(t)
            self.cell(w, h, t)
            self.cell({"gap": 5.0, "dash": 1.6, "none": 1.4}[sep], h, "")
            self.f(size, "B" if bold_val else "")
            w = self.get_string_width(v)
            self.cell(w, h, v)
            if i < len(pairs) - 1:
                self.cell(gap_after, h, "")
        self.set_xy(self.l_margin, y + h + 0.6)

    def sc_shade(self, cells: list[tuple[str, str, float]], size: float = 9.4, cap: float = 6.8, h: float = 7.2,
                 gap: float = 2.4, shade: int = 222, x: float | None = None, w: float | None = None):
        """One row of cells: the caption in small capitals over a shaded box holding the bold value (width
        fractions of the row)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.get_y()
        xx = x0
        cap_h = cap * 0.5 + 0.8
        for k, v, frac in cells:
            cw = W * frac - gap
            self.smallcaps(k, xx + 0.4, y, size=cap)
            self.set_fill_color(shade, shade, shade)
            self.rect(xx, y + cap_h, cw, h, style="F")
            self.set_fill_color(255, 255, 255)
            self.f(size, "B")
            self.set_xy(xx + 1.6, y + cap_h + (h - size * 0.45) / 2)
            self.cell(cw - 3, size * 0.45, v)
            xx += W * frac
        self.set_xy(self.l_margin, y + cap_h + h + 3)

    # --- legends --------------------------------------------------------------------------------------------------
    def legend_split(self, title: str, items: list[tuple[str, str]], split_at: int | None = None,
                     cont_note: str = "Codes continue on the next page.", cont_title: str | None = None,
                     size: float = 7.6, code_w: float = 14, shade_title: bool = True):
        """A code legend, 'CODE  meaning' rows under a title bar; after `split_at` entries a small note, a new page
        and the rest under `cont_title` (entries never split inside)."""
        W = self.w - self.l_margin - self.r_margin
        lh = size * 0.47

        def title_bar(t):
            if shade_title:
                self.bar(t, 8.6)
            else:
                self.f(8.6, "B")
                self.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
                self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(1.2)

        title_bar(title)
        for i, (code, text) in enumerate(items):
            if split_at is not None and i == split_at:
                self.set_text_color(80, 80, 80)
                self.f(size - 0.4)
                self.set_x(self.l_margin)
                self.cell(0, 4, cont_note, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.add_page()
                title_bar(cont_title or f"{title} (continued)")
            y = self.get_y()
            self.set_xy(self.l_margin, y)
            self.f(size, "B")
            self.cell(code_w, lh, code)
            self.f(size)
            self.set_xy(self.l_margin + code_w, y)
            self.multi_cell(W - code_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.9)
        self.ln(1.5)

    # --- providers ------------------------------------------------------------------------------------------------
    def prov_side(self, boxes: list[tuple[str, list[str]]], size: float = 8.6, gap: float = 4, shade: int = 230):
        """Framed boxes side by side, each a shaded title strip (RENDERING PROVIDER, BILLING PROVIDER ...) and
        lines: the first bold (a name), later ones plain (organisation, facility, NPI)."""
        W = self.w - self.l_margin - self.r_margin
        n = len(boxes)
        bw = (W - gap * (n - 1)) / n
        lh = size * 0.5
        hmax = max(len(lines) for _, lines in boxes) * lh + 7
        y = self.get_y()
        for i, (title, lines) in enumerate(boxes):
            x = self.l_margin + i * (bw + gap)
            self.set_fill_color(shade, shade, shade)
            self.rect(x, y, bw, 4.4, style="F")
            self.set_fill_color(255, 255, 255)
            self.rect(x, y, bw, hmax)
            self.f(6.4, "B")
            self.set_xy(x + 1.4, y + 0.7)
            self.cell(bw - 2.8, 3, title.upper())
            for j, ln in enumerate(lines):
                self.f(size if j == 0 else size - 0.8, "B" if j == 0 else "")
                self.set_xy(x + 1.6, y + 5.4 + j * lh)
                self.cell(bw - 3.2, lh, ln)
        self.set_xy(self.l_margin, y + hmax + 3)


def hand_cover(head: list[str], rows: list[tuple[str, str]], note: list[str], sign: str, tx: str | None = None,
               total: int | None = None) -> bytes:
    """A fax cover note typed in an office (a page of its own that belongs to no document): the office's name and
    lines, FAX in large letters, To / From / Fax / Pages / Re rows, a short note and a signature."""
    p = ERSheet(footer=None, tx=tx, tx_total=total)
    p.set_margins(24, 20, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6.5, head[0], new_x="LMARGIN", new_y="NEXT")
    for ln in head[1:]:
        p.f(8.4)
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    p.f(30, "B")
    p.cell(0, 13, "fax", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for k, v in rows:
        p.f(10.5, "B")
        p.cell(28, 8.5, k)
        p.f(10.5)
        p.cell(0, 8.5, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    for ln in note:
        p.para(ln, 10.4)
    p.ln(6)
    p.f(10.4)
    p.cell(0, 6, sign, new_x="LMARGIN", new_y="NEXT")
    p.ln(30)
    p.para("The pages after this cover are confidential health information. If they reached you by mistake, please "
           "call us and shred them.", 7.8)
    return out(p)
