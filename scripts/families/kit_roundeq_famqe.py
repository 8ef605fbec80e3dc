"""Drawing helpers for round EQ, helper famqe (claim papers mirrored from worksite hospital-indemnity and
accident-indemnity policies of an invented insurer; an invented health plan for cheesemakers and creamery workers).

Why: this round asks for code legends in two or three columns whose entries run on beside the next column's code
and that list codes used on no line; letterheads whose brand OCR would cut into pieces (letter-spaced wordmarks, a
monogram beside the name, a brand broken over two lines, a tagline under it, another legal entity in the footer);
fax transmission lines across the top of every page and received stamps whose dates are not the notice date; boxes
where one caption owns two numbers or two captions share a box, and reference numbers that look like case numbers;
provider lines naming an organisation and a person, rendering / billing / referring providers side by side and a
facility under the doctor's name. New here:
- EQSheet(xmit=..., xmit_off=..., xmit_total=...): a fax machine's transmission line printed across the top of
  every page in a small monospace face ('{n}' the page number plus xmit_off, '{t}' the total);
- spaced_brand: a wordmark set in wide letter spacing, the rest of the legal name and a tagline in small type under
  it, contact lines at the right, an optional boxed paper title;
- monogram_head: initials reverse-printed in a square or ring beside the full name broken over two lines, a tagline;
- stacked_brand: a brand word in large capitals over a second word in wide spacing, a ring monogram at the left;
- legend_flow: a code legend in two or three columns filled column by column with no rule between them, so a long
  entry's second line stands beside the next column's code;
- rubber_stamp: a tilted, double-framed received / scanned stamp with its own date;
- prov_cols: rendering, billing and referring providers (or doctor and facility) in framed boxes side by side, a
  facility or group printed under the person's name;
- cap_row: ruled boxes with the caption in small type at the top-left corner, one caption may own two values
  ('Group / Certificate No.') and two captions may share a box ('Claim no. - Letter ID').
Everything else comes from round EP's EPSheet and what it inherits. Every name and number printed with these helpers
is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundep_fampe import (EPSheet, abbr, caps, compact, dd_mon, digits, dmy_long, dob, dots, es_abbr,  # noqa: F401
                               es_date, es_dmy, iso, long, m2, md, n2, nopad, npi, out, plus, slash, span_words,
                               tin, truth, usd, wday_long, workday, ymd, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# employees of worksite employers in the Midwest (school districts, freight terminals, food plants) and their families
WK_F = ["Arletta", "Bernadine", "Cleda", "Darlene", "Earlene", "Florene", "Glenda", "Hazeline", "Idella", "Jolene",
        "Kaylynn", "Lavonne", "Marvella", "Noreen", "Oleta", "Phyllis", "Raelynn", "Sharlene", "Treva", "Verla",
        "Wilhelmina", "Zelda"]
WK_M = ["Alton", "Burl", "Cletus", "Darrell", "Elmer", "Forrest", "Gaylord", "Harlan", "Irvin", "Jarvis", "Kermit",
        "Lowell", "Merle", "Norris", "Orville", "Percy", "Roscoe", "Sherman", "Thurman", "Virgil", "Wendell",
        "Delmer"]
WK_LAST = ["Ackerby", "Brinkerhoff", "Castellow", "Dobrowski", "Eppler", "Frohnapfel", "Gansemer", "Hochstetler",
           "Imhoff", "Jorgensrud", "Kleinsasser", "Lautenbach", "Mehlhaff", "Niederhauser", "Oberbroeckling",
           "Pfannenstiel", "Quamme", "Rotherham", "Stuckenschneider", "Tiedeman", "Uhlenhake", "Vanderploeg",
           "Wiegmann", "Zumbach"]
# clinicians and claim staff in the same towns
MD_F = ["Annaliese", "Briony", "Celestine", "Dorothea", "Eleanora", "Fenella", "Georgiana", "Henrietta", "Isobel",
        "Jessamine", "Lavinia", "Mirabel", "Philippa", "Rosamund", "Theodora", "Winifred"]
MD_M = ["Alaric", "Benedict", "Crispin", "Desmond", "Everard", "Fitzroy", "Gideon", "Horatio", "Ignatius", "Lucian",
        "Montague", "Peregrine", "Quentin", "Reginald", "Sebastian", "Tristram"]
MD_LAST = ["Abbotsleigh", "Barrowclough", "Crumpacker", "Dimmesdale", "Entwhistle", "Fothergill", "Greathouse",
           "Hinchcliffe", "Ironmonger", "Kettlewell", "Loxley-Brandt", "Mapplebeck", "Nettleford", "Oakenshaw",
           "Prendergast-Hale", "Rattenbury", "Sowerbutts", "Tollemache", "Umfreville", "Wainscott"]
# cheesemakers, affineurs, creamery and cold-room crews (Swiss, German, Norwegian, Dutch, Hmong and Mexican families
# of dairy country)
CH_F = ["Annegret", "Brunhilde", "Christel", "Dörte", "Elsbeth", "Frieda", "Gerlinde", "Hannelore", "Ilsabe",
        "Karin", "Liesl", "Maike", "Nanna", "Pa Houa", "Mai Nou", "Sieglinde", "Trudel", "Ursel", "Vreni", "Wiebke"]
CH_M = ["Alois", "Beat", "Christoph", "Dölf", "Ernst", "Fridolin", "Gottlieb", "Hansruedi", "Jakob", "Kaspar",
        "Leonz", "Meinrad", "Niklaus", "Pao", "Ruedi", "Toua", "Urs", "Xeng", "Walo", "Yeng"]
CH_LAST = ["Aebersold", "Bürgisser", "Dürrenmatt-Holm", "Emmentaler", "Fankhauser", "Gisler", "Habegger",
           "Inäbnit", "Jaberg", "Käsermann", "Lanzrein", "Mäder", "Niederberger", "Oberli", "Rüfenacht",
           "Schwarzenbach", "Tschanz", "Vang-Lor", "Wüthrich", "Xiong-Moua", "Zbinden", "Grossenbacher"]
ES_F = ["Amparo", "Benigna", "Catalina", "Delfina", "Epifania", "Florinda", "Gumercinda", "Hortensia", "Inocencia",
        "Justina", "Librada", "Modesta", "Natividad", "Perfecta"]
ES_M = ["Anselmo", "Baldomero", "Celedonio", "Demetrio", "Eleuterio", "Fermín", "Gaudencio", "Heriberto",
        "Isidoro", "Jacinto", "Lázaro", "Macario", "Nazario", "Pascual"]
ES_LAST = ["Acatitla", "Bautista-Zárate", "Cuautle", "Domínguez-Tlapa", "Escamilla-Roa", "Hueyotl", "Jiménez-Tepox",
           "Mixcoatl", "Nopaltitla", "Ocotlán-Ruiz", "Quiahua", "Tecuapetla", "Xochipa", "Zacatelco"]

# clinicians and plan staff in dairy country (the creamery plan's papers)
WI_F = ["Agathe", "Birgitta", "Cosima", "Dagny", "Elodie", "Frederikke", "Gudrun", "Helga", "Ingeborg", "Jorunn",
        "Kirsten", "Linnea", "Margit", "Ragnhild", "Solveig", "Thora"]
WI_M = ["Anders", "Bjarne", "Cornelis", "Didrik", "Eilert", "Folkert", "Gjermund", "Halvard", "Ivar", "Joost",
        "Knut", "Leendert", "Maarten", "Odd", "Sigurd", "Torleif"]
WI_LAST = ["Aamodt", "Bakketun", "Dijkhuizen", "Eggebraaten", "Flaaten", "Gjerdrum", "Haugland", "Kvamme",
           "Lindahl-Boe", "Myrvold", "Nordtvedt", "Oosterhuis", "Rolvaag", "Skogstad", "Tveit", "Vanderwerff",
           "Westby-Kjos", "Ytterdal"]

POOLS = {"wk": ({"F": WK_F, "M": WK_M}, WK_LAST), "md": ({"F": MD_F, "M": MD_M}, MD_LAST),
         "wi": ({"F": WI_F, "M": WI_M}, WI_LAST),
         "ch": ({"F": CH_F, "M": CH_M}, CH_LAST), "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "wk", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'wk'
    (worksite employees), 'md' (clinicians and claim staff), 'wi' (clinicians and staff in dairy country), 'ch'
    (cheese and creamery trades) or 'es'; sexes:
    F / M / X a person; last: one surname for all (a household)."""
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


def first(full: str) -> str:
    return parts(full)[0]


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "319") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_bare(rng: random.Random, area: str = "319") -> str:
    """3195550147 (how a fax machine prints its own number)"""
    return f"{area}555{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def mon_caps(d: dt.date) -> str:
    """JUN-08-2026 (a fax machine's date)"""
    return d.strftime("%b-%d-%Y").upper()


def ymd_dash(d: dt.date) -> str:
    """2026-06-08"""
    return d.isoformat()


def short_es(d: dt.date) -> str:
    """8/6/2026 (day first, no padding)"""
    return f"{d.day}/{d.month}/{d.year}"


def hm(rng: random.Random, lo: int = 8, hi: int = 17) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


class EQSheet(EPSheet):
    """EPSheet plus fax transmission lines on every page, wordmark letterheads that break apart, flowing code legends,
    received stamps, side-by-side provider boxes and ruled boxes whose captions own two values."""

    def __init__(self, *a, xmit: str | None = None, xmit_off: int = 0, xmit_total: int | None = None, **k):
        super().__init__(*a, **k)
        self.xmit, self.xmit_off, self.xmit_total = xmit, xmit_off, xmit_total

    def header(self):
        super().header()
        if self.xmit:
            y = self.get_y()
            self.set_font("Mono", "", 7.0)
            self.set_xy(7, 3.0)
            total = self.xmit_total if self.xmit_total is not None else "{nb}"
            self.cell(self.w - 14, 3.2, self.xmit.format(n=self.page_no() + self.xmit_off, t=total))
            self.set_xy(self.l_margin, max(y, 11))

    # --- letterheads ------------------------------------------------------------------------------------------
    def _right_lines(self, right: list[str], y: float, size: float = 7.4) -> float:
        W = self.w - self.l_margin - self.r_margin
        self.f(size)
        for ln in right:
            self.set_xy(self.l_margin + W * 0.55, y)
            self.cell(W * 0.45, size * 0.46, ln, align="R")
            y += size * 0.46
        return y

    def _title_box(self, box: str, y: float, size: float = 9.2) -> float:
        self.f(size, "B")
        tw = self.get_string_width(box) + 8
        self.set_xy(self.w - self.r_margin - tw, y + 1.2)
        self.cell(tw, size * 0.7, box, border=1, align="C")
        return y + size * 0.7 + 2.4

    def spaced_brand(self, brand: str, rest: str, tagline: str, right: list[str], *, box: str | None = None,
                     size: float = 23, spacing: float = 5.2, rule: float = 0.5):
        """The brand in heavy capitals set wide apart (a wordmark OCR reads letter by letter), the rest of the
        legal name in small bold type under it, a grey tagline under that, contact lines at the right."""
        y0 = self.get_y()
        self.f(size, "B")
        self.set_char_spacing(spacing)
        self.set_xy(self.l_margin - 0.5, y0)
        self.cell(0, size * 0.46, brand.upper())
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.46 + 1.6
        self.f(8.8, "B")
        self.set_xy(self.l_margin, yy_)
        self.cell(0, 4, rest)
        yy_ += 4.2
        self.set_text_color(105, 105, 105)
        self.f(7.4)
        self.set_xy(self.l_margin, yy_)
        self.cell(0, 3.6, tagline)
        self.set_text_color(0, 0, 0)
        yy_ += 3.8
        ry = self._right_lines(right, y0)
        if box:
            ry = self._title_box(box, ry)
        self.set_y(max(yy_, ry) + 1.5)
        if rule:
            self.set_line_width(rule)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def monogram(self, x: float, y: float, s: float, text: str, ring: bool = False):
        """Initials reverse-printed in a filled square (or ring) of side s."""
        self.set_fill_color(30, 30, 30)
        if ring:
            self.ellipse(x, y, s, s, style="F")
        else:
            self.rect(x, y, s, s, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font(self.face, "B", s * (1.25 if len(text) <= 2 else 0.95))
        tw = self.get_string_width(text)
        self.set_xy(x + (s - tw) / 2 - 0.3, y + s * 0.3)
        self.cell(tw + 0.6, s * 0.4, text, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)

    def monogram_head(self, initials: str, line1: str, line2: str, tagline: str, right: list[str], *,
                      box: str | None = None, s: float = 14, size: float = 13.5, ring: bool = False):
        """A monogram at the left, the full name broken over two lines beside it, a small grey tagline under the
        name, contact lines at the right, an optional boxed title, a thin rule."""
        y0 = self.get_y()
        self.monogram(self.l_margin, y0, s, initials, ring=ring)
        x = self.l_margin + s + 3.5
        self.f(size, "B")
        self.set_xy(x, y0 + 0.2)
        self.cell(0, size * 0.45, line1)
        self.set_xy(x, y0 + size * 0.45 + 0.8)
        self.cell(0, size * 0.45, line2)
        self.set_text_color(105, 105, 105)
        self.f(7.2)
        self.set_xy(x, y0 + size * 0.9 + 2.0)
        self.cell(0, 3.4, tagline)
        self.set_text_color(0, 0, 0)
        yy_ = max(y0 + s, y0 + size * 0.9 + 5.6)
        ry = self._right_lines(right, y0)
        if box:
            ry = self._title_box(box, ry)
        self.set_y(max(yy_, ry) + 1.5)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_y(self.get_y() + 4)

    def stacked_brand(self, initials: str, top: str, bottom: str, tagline: str, right: list[str], *,
                      box: str | None = None, size: float = 20, s: float = 17, spacing: float = 3.4):
        """A ring monogram, then the brand word in large capitals with a second word set wide under it (the brand
        broken over two lines), a grey tagline under both, contact lines at the right."""
        y0 = self.get_y()
        self.monogram(self.l_margin, y0, s, initials, ring=True)
        x = self.l_margin + s + 4
        self.f(size, "B")
        self.set_xy(x, y0 - 0.4)
        self.cell(0, size * 0.44, top.upper())
        self.f(size * 0.5, "B")
        self.set_char_spacing(spacing)
        self.set_xy(x + 0.3, y0 + size * 0.44 + 0.8)
        self.cell(0, size * 0.26, bottom.upper())
        self.set_char_spacing(0)
        self.set_text_color(105, 105, 105)
        self.f(7.2)
        self.set_xy(x, y0 + size * 0.7 + 2.4)
        self.cell(0, 3.4, tagline)
        self.set_text_color(0, 0, 0)
        yy_ = max(y0 + s, y0 + size * 0.7 + 6)
        ry = self._right_lines(right, y0)
        if box:
            ry = self._title_box(box, ry)
        self.set_y(max(yy_, ry) + 1.5)
        self.set_line_width(0.7)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    # --- boxes, legends, stamps -------------------------------------------------------------------------------
    def cap_row(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 5.8, h: float = 10.2,
                shade: bool = False):
        """One row of ruled boxes of (caption, value, width): the caption in small type at the top-left corner of
        its box, the value in bold under it. Widths that sum to about 1 are fractions of the text width."""
        W = self.w - self.l_margin - self.r_margin
        tot = sum(c[2] for c in cells)
        ws = [c[2] * W / tot for c in cells] if tot <= 1.01 else [c[2] for c in cells]
        x = self.l_margin
        y = self.get_y()
        for (k, v, _), w in zip(cells, ws):
            if shade:
                self.set_fill_color(240, 240, 240)
                self.rect(x, y, w, h, style="DF")
                self.set_fill_color(255, 255, 255)
            else:
                self.rect(x, y, w, h)
            self.set_xy(x + 1.0, y + 0.7)
            self.f(cap)
            self.cell(w - 2, cap * 0.45, k)
            self.set_xy(x + 1.4, y + cap * 0.45 + 1.6)
            self.f(size, "B")
            self.cell(w - 2.6, size * 0.46, v)
            x += w
        self.set_xy(self.l_margin, y + h)

    def legend_flow(self, title: str, items: list[tuple[str, str]], ncols: int = 2, size: float = 7.2,
                    gap: float = 3.5, code_w: float = 8.5, note: str = "", x: float | None = None,
                    w: float | None = None):
        """A code legend in ncols columns filled column by column, no rule between them: each entry the code in
        bold, its meaning hanging beside it and running on to further lines, so a first-column entry's second line
        stands beside the next column's code. Never split over pages."""
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        x0 = self.l_margin if x is None else x
        cw = (W - gap * (ncols - 1)) / ncols
        lh = size * 0.45
        per = -(-len(items) // ncols)
        groups = [items[i * per:(i + 1) * per] for i in range(ncols)]
        self.f(size)
        hts = [sum(len(self.multi_cell(cw - code_w, lh, t, dry_run=True, output="LINES")) * lh + 0.8
                   for _, t in g) for g in groups]
        if self.get_y() + max(hts) + 10 > self.h - 20:
            self.add_page()
        self.set_x(x0)
        self.f(size + 1.4, "B")
        self.cell(W, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        if note:
            self.set_x(x0)
            self.f(size - 0.3)
            self.multi_cell(W, lh, note, new_x="LMARGIN", new_y="NEXT")
        self.line_seg(x0, self.get_y() + 0.5, x0 + W, self.get_y() + 0.5)
        self.set_y(self.get_y() + 1.5)
        y0 = self.get_y()
        ends = []
        for c, g in enumerate(groups):
            xx = x0 + c * (cw + gap)
            yy_ = y0
            for code, text in g:
                self.set_xy(xx, yy_)
                self.f(size, "B")
                self.cell(code_w, lh, code)
                self.f(size)
                self.set_xy(xx + code_w, yy_)
                self.multi_cell(cw - code_w, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy_ = self.get_y() + 0.8
            ends.append(yy_)
        self.set_xy(self.l_margin, max(ends) + 2)

    def rubber_stamp(self, lines: list[str], x: float, y: float, angle: float = -7, size: float = 9.5,
                     grey: int = 70):
        """A tilted, double-framed stamp (RECEIVED / SCANNED, a date, a desk) in dark grey ink; the writing
        position is left where it was."""
        x_was, y_was = self.get_x(), self.get_y()
        self.set_draw_color(grey, grey, grey)
        self.set_text_color(grey, grey, grey)
        self.f(size, "B")
        w = max(self.get_string_width(ln) for ln in lines) + 8
        h = len(lines) * size * 0.5 + 4
        with self.rotation(angle, x + w / 2, y + h / 2):
            self.set_line_width(0.7)
            self.rect(x, y, w, h)
            self.set_line_width(0.25)
            self.rect(x + 1, y + 1, w - 2, h - 2)
            yy_ = y + 2
            for i, ln in enumerate(lines):
                self.f(size if i != 1 else size + 1.2, "B")
                self.set_xy(x, yy_)
                self.cell(w, size * 0.5, ln, align="C")
                yy_ += size * 0.5
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_xy(x_was, y_was)

    def prov_cols(self, cols: list[tuple[str, list[str]]], size: float = 8.4, gap: float = 2.5):
        """Providers in framed boxes side by side: each (role, [name, facility or group, identifiers ...]): the role
        in small capitals on a shaded strip, the first line bold, the others plain under it."""
        W = self.w - self.l_margin - self.r_margin
        n = len(cols)
        cw = (W - gap * (n - 1)) / n
        y0 = self.get_y()
        lh = size * 0.47
        hts = []
        for _, lines in cols:
            k = 0
            for j, ln in enumerate(lines):
                self.f(size, "B" if j == 0 else "")
                k += len(self.multi_cell(cw - 3, lh, ln, dry_run=True, output="LINES"))
            hts.append(k * lh)
        h = max(hts) + 8
        for i, (role, lines) in enumerate(cols):
            x = self.l_margin + i * (cw + gap)
            self.set_fill_color(225, 225, 225)
            self.rect(x, y0, cw, 4.4, style="F")
            self.set_fill_color(255, 255, 255)
            self.rect(x, y0, cw, h)
            self.set_xy(x + 1.5, y0 + 0.6)
            self.f(size - 1.8, "B")
            self.cell(cw - 3, 3.2, role.upper())
            self.set_xy(x + 1.5, y0 + 5.4)
            for j, ln in enumerate(lines):
                self.f(size, "B" if j == 0 else "")
                self.multi_cell(cw - 3, lh, ln, new_x="LEFT", new_y="NEXT", align="L")
        self.set_xy(self.l_margin, y0 + h + 3)

    def refs(self, items: list[tuple[str, str]], size: float = 7.0):
        """A small line of reference numbers at the foot of a block (letter ID, batch, DCN ...)."""
        self.set_text_color(70, 70, 70)
        self.f(size)
        self.multi_cell(0, size * 0.48, "    ".join(f"{k} {v}" for k, v in items), new_x="LMARGIN",
                        new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)
