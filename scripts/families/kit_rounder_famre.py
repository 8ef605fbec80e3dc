"""Drawing helpers for round ER, helper famre (papers mirrored from a state tuberculosis control program that pays
TB testing and treatment for uninsured residents on a county health department's referral, in an invented state; an
invented health plan for textile mill weavers, spinners and loom fixers).

Why: this round asks for multi-claim remittances and EOBs where only zero-paid rows with reason codes tell which
claim was refused; captions run into their values with no colon (a dash, a wide gap or nothing, two pairs on one
line) and captions in small capitals over shaded boxes; letterheads with a tagline right under the brand, a
parent-body line ("a member of ...") and an administrator in small print, brands set in capitals with an ampersand
or as a brand word with a short legal suffix; code legends whose codes look alike, list codes no line uses and run
over two pages; provider lines naming an organisation and a person with credentials, rendering and billing side by
side and a facility under the doctor. New here:
- crest_head: the brand in heavy capitals (an ampersand or a small raised legal suffix such as 'LLC' after it), a
  tagline directly under it, a 'member of' parent line, an 'administered by' line in small grey print, contact
  lines at the right and an optional boxed paper title;
- run_ids: identifier lines where each caption runs into its value with a dash, a wide gap or nothing, several
  caption-value pairs on one line;
- sc_shaded: captions in small capitals standing above shaded boxes that hold the values;
- legend_split: a ruled code key that can be broken over two pages at a given entry ('continued overleaf' at the
  foot, a 'continued' title at the top of the next page);
- prov_side: rendering, billing, referring or facility lines side by side, parted by thin upright rules, each role
  in small capitals over a bold name and plain lines (an organisation, credentials, a facility) under it.
Everything else comes from round EQ's EQSheet and what it inherits. Every name and number printed with these helpers
is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeq_famqe import (EQSheet, abbr, caps, compact, dd_mon, digits, dmy_long, dots, es_abbr,  # noqa: F401
                               es_date, es_dmy, iso, long, m2, md, mon_caps, n2, nopad, npi, out, phone_bare,
                               plus, slash, tin, truth, usd, wday_long, ymd, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# uninsured residents seen by county TB clinics (recent arrivals and long-settled families from many countries)
TB_F = ["Amihan", "Chiamaka", "Dalisay", "Fatoumata", "Halima", "Junie", "Kalinda", "Luzviminda", "Mwajuma",
        "Nirmala", "Oyuna", "Rosaura", "Sabitri", "Sunita", "Tigist", "Wairimu", "Yadira", "Zenaida"]
TB_M = ["Abebe", "Bayani", "Chinedu", "Dawit", "Emeka", "Fidelis", "Gyan", "Hamza", "Isagani", "Jeevan", "Kwabena",
        "Lamin", "Mesfin", "Nkosana", "Oumar", "Prakash", "Tesfaye", "Wilfredo"]
TB_LAST = ["Abalos-Teng", "Bhattarai", "Chukwuma", "Dimaculangan", "Eshetu", "Fofana-Reyes", "Gurung-Hale",
           "Haile-Marsh", "Ilagan", "Juwara", "Karki", "Lumbao", "Mensah-Oduro", "Nwachukwu", "Okonkwo-Pratt",
           "Pokharel", "Quisumbing", "Sesay", "Tamang", "Wolde", "Yeboah-Lind"]
# clinicians, county nurses and program reviewers in the invented state
CL_F = ["Annelise", "Briallen", "Coralie", "Desdemona", "Evadne", "Florentyna", "Gwendolen", "Hesper", "Ilse",
        "Jessamy", "Leonie", "Marguerite", "Ottoline", "Rosalind"]
CL_M = ["Bartholomew", "Cornelius", "Dashiell", "Evander", "Fenwick", "Gareth", "Hollister", "Lysander", "Marcellus",
        "Octavian", "Peregrin", "Thaddeus", "Valentine", "Wystan"]
CL_LAST = ["Abernethy-Crane", "Blackwood-Ives", "Carrington", "Delacourt", "Everleigh", "Fairweather", "Goodenough",
           "Hartigan", "Ironside", "Kingsmill", "Lavenham", "Merriweather", "Northcote", "Penhallow", "Quarrington",
           "Rothwell", "Saltonstall", "Thistlewood", "Underhill", "Wyndham-Pike"]
# weavers, spinners, doffers and loom fixers of Piedmont mill towns and their families
MW_F = ["Alva", "Bonnie", "Clarice", "Dovie", "Etta", "Fern", "Gracie", "Hattie", "Inez", "Jewel", "Lurlene",
        "Mavis", "Nola", "Ollie", "Pauline", "Reba", "Sudie", "Tressie", "Velma", "Zula", "Nhia", "Kia"]
MW_M = ["Arlis", "Boyce", "Cleo", "Delmas", "Elzie", "Ferrell", "Grady", "Hoyt", "Lonzo", "Marvin", "Odell",
        "Rayford", "Shelby", "Vester", "Wade", "Toua", "Y'Bih", "Junior"]
MW_LAST = ["Alderman", "Beaver-Honeycutt", "Cloninger", "Dellinger", "Eudy", "Furr", "Goforth", "Hoyle", "Icard",
           "Jarrett-Kiser", "Ketchie", "Lefler", "Mauney", "Nantz", "Overcash", "Propst", "Rhyne", "Sigmon", "Teague",
           "Umberger", "Whisnant", "Yount", "Ksor-Nay", "Lor-Vang"]
# clinicians and plan staff in the mill towns
MC_F = ["Ailsa", "Bronwen", "Cerys", "Delyth", "Eira", "Gwenllian", "Heledd", "Iola", "Lowri", "Morwenna", "Nerys",
        "Rhiannon", "Seren", "Tegwen"]
MC_M = ["Alun", "Bryn", "Cadog", "Dafydd", "Emlyn", "Gethin", "Huw", "Iolo", "Llew", "Meurig", "Owain", "Rhodri",
        "Tudur", "Ianto"]
MC_LAST = ["Aberdaron", "Bevan-Lloyd", "Cadwaladr", "Dinefwr", "Evanson", "Glyndower", "Howells-Pryce", "Islwyn",
           "Jenkinson-Rees", "Llewellin", "Maddock", "Nanteos", "Penrhyn", "Rhydderch", "Tregaron", "Vaughan-Ashby",
           "Winstanley"]
ES_F = ["Abigaíl", "Brígida", "Cándida", "Dorotea", "Eduviges", "Fausta", "Genoveva", "Herlinda", "Ildefonsa",
        "Jovita", "Leonor", "Macrina"]
ES_M = ["Abundio", "Benedicto", "Cirilo", "Donaciano", "Eusebio", "Florentino", "Hilario", "Indalecio", "Jenaro",
        "Lisandro", "Maximino", "Nemesio"]
ES_LAST = ["Ajú-Coyoy", "Batz", "Cojtí", "Chumil", "Ixcoy", "Mejía-Tzoc", "Pacheco-Quiej", "Sicán", "Tum-Xiloj",
           "Yax", "Zapeta", "Xicará"]

POOLS = {"tb": ({"F": TB_F, "M": TB_M}, TB_LAST), "cl": ({"F": CL_F, "M": CL_M}, CL_LAST),
         "mw": ({"F": MW_F, "M": MW_M}, MW_LAST), "mc": ({"F": MC_F, "M": MC_M}, MC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "tb", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'tb'
    (TB program clients), 'cl' (clinicians and program staff), 'mw' (mill workers), 'mc' (mill-town clinicians and
    plan staff) or 'es'; sexes: F / M / X per person; last: one surname for all (a household)."""
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


def phone(rng: random.Random, area: str = "612") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def mdy_dash(d: dt.date) -> str:
    """04-22-2026"""
    return d.strftime("%m-%d-%Y")


def d_mon_y(d: dt.date) -> str:
    """22-Apr-2026"""
    return d.strftime("%d-%b-%Y")


def es_short(d: dt.date) -> str:
    """22/4/2026 (day first, no padding)"""
    return f"{d.day}/{d.month}/{d.year}"


def usd_es(v: float) -> str:
    return f"US$ {v:,.2f}"


class ERSheet(EQSheet):
    """EQSheet plus crest letterheads (tagline, parent body, administrator in small print), run-in identifier lines,
    small-capital captions over shaded boxes, a code key broken over two pages and provider lines side by side."""

    def crest_head(self, brand: str, tagline: str, right: list[str], *, parent: str | None = None,
                   admin: str | None = None, legal: str | None = None, box: str | None = None, size: float = 19,
                   spacing: float = 0.6, sub: str | None = None, rule: float = 0.7):
        """The brand in heavy capitals (a small raised legal suffix after it when `legal`), an optional line of the
        rest of the name in small bold capitals (`sub`), the tagline in grey directly under, the parent line ('a
        member of ...') and the administrator line in small grey print; contact lines at the right; an optional
        boxed title under them; a rule."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(size, "B")
        self.set_char_spacing(spacing)
        self.set_xy(self.l_margin - 0.4, y0)
        bw = self.get_string_width(brand.upper())
        self.cell(bw + 1, size * 0.46, brand.upper())
        self.set_char_spacing(0)
        if legal:
            self.f(size * 0.36, "B")
            self.set_xy(self.l_margin + bw + 1.6, y0 - 0.2)
            self.cell(0, size * 0.2, legal)
        yy_ = y0 + size * 0.46 + 0.9
        if sub:
            self.set_char_spacing(0.9)
            self.f(size * 0.4, "B")
            self.set_xy(self.l_margin, yy_)
            self.cell(W * 0.6, size * 0.24, sub.upper())
            self.set_char_spacing(0)
            yy_ += size * 0.24 + 0.8
        self.set_text_color(95, 95, 95)
        self.f(7.6)
        self.set_xy(self.l_margin, yy_)
        self.cell(W * 0.62, 3.5, tagline)
        yy_ += 3.7
        self.set_text_color(0, 0, 0)
        if parent:
            self.f(6.9)
            self.set_xy(self.l_margin, yy_)
            self.cell(W * 0.62, 3.2, parent)
            yy_ += 3.3
        if admin:
            self.set_text_color(110, 110, 110)
            self.f(6.0)
            self.set_xy(self.l_margin, yy_)
            self.cell(W * 0.62, 2.9, admin)
            yy_ += 3.0
            self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0)
        if box:
            ry = self._title_box(box, ry)
        self.set_y(max(yy_, ry) + 1.4)
        if rule:
            self.set_line_width(rule)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def run_ids(self, lines: list[list[tuple[str, str, str]]], size: float = 9.2, cap: float = 8.0,
                pair_gap: float = 9, x: float | None = None):
        """Identifier lines with no colons: each pair (caption, joiner, value) prints the caption in plain type,
        then '-' a spaced dash, 'gap' a wide gap, or '' a single space, then the value in bold; several pairs run
        on along one line."""
        x0 = self.l_margin if x is None else x
        for pairs_ in lines:
            y = self.get_y()
            xx = x0
            for k, j, v in pairs_:
                self.f(cap)
                kw = self.get_string_width(k)
                self.set_xy(xx, y + (size - cap) * 0.18)
                self.cell(kw, size * 0.5, k)
                xx += kw
                if j == "-":
                    self.set_xy(xx, y + (size - cap) * 0.18)
                    self.cell(self.get_string_width(" - ") + 0.2, size * 0.5, " - ")
                    xx += self.get_string_width(" - ") + 0.2
                elif j == "gap":
                    xx += 7.5
                else:
                    xx += 1.3
                self.f(size, "B")
                vw = self.get_string_width(v)
                self.set_xy(xx, y)
                self.cell(vw + 0.5, size * 0.5, v)
                xx += vw + pair_gap
            self.set_xy(x0, y + size * 0.5 + 1.5)
        self.ln(1.5)

    def sc_shaded(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 6.6, h: float = 7.4,
                  gap: float = 2.6, shade: int = 228):
        """One row of (caption, value, width): the caption in small capitals standing above a shaded box that holds
        the value in bold. Widths summing to about 1 are fractions of the text width."""
        W = self.w - self.l_margin - self.r_margin
        tot = sum(c[2] for c in cells)
        ws = [c[2] * (W + gap) / tot for c in cells] if tot <= 1.01 else [c[2] for c in cells]
        y = self.get_y()
        x = self.l_margin
        for k, v, w in zip([c[0] for c in cells], [c[1] for c in cells], ws):
            self.smallcaps(k, x + 0.3, y, size=cap)
            by = y + cap * 0.45 + 1.2
            self.set_fill_color(shade, shade, shade)
            self.rect(x, by, w - gap, h, style="F")
            self.set_fill_color(255, 255, 255)
            self.f(size, "B")
            self.set_xy(x + 1.6, by + (h - size * 0.45) / 2)
            self.cell(w - gap - 3, size * 0.45, v)
            x += w
        self.set_xy(self.l_margin, y + cap * 0.45 + 1.2 + h + 3)

    def legend_split(self, title: str, items: list[tuple[str, str]], *, break_at: int | None = None,
                     size: float = 7.8, code_w: float = 17, note: str = "",
                     cont_foot: str = "Key continued on the next page", cont_title: str | None = None,
                     after_break=None):
        """A ruled key of (code, meaning) rows under a shaded title bar. Before entry `break_at` (or when a row does
        not fit) the key stops with `cont_foot` at the right, a new page starts (after_break(self) may draw
        something first, e.g. a running line), and the key goes on under `cont_title`."""
        W = self.w - self.l_margin - self.r_margin
        self.bar(title, size + 1.4)
        if note:
            self.para(note, size - 0.3, gap=1)

        def brk():
            self.f(size - 0.6)
            self.set_x(self.l_margin)
            self.cell(W, 4, cont_foot, align="R", new_x="LMARGIN", new_y="NEXT")
            self.add_page()
            if after_break:
                after_break(self)
            self.bar(cont_title or f"{title} (continued)", size + 1.4)

        for i, (code, text) in enumerate(items):
            self.f(size)
            n = len(self.multi_cell(W - code_w - 3, size * 0.47, text, dry_run=True, output="LINES"))
            rh = n * size * 0.47 + 2
            if i == break_at or self.get_y() + rh > self.h - 24:
                brk()
            y = self.get_y()
            self.set_xy(self.l_margin + code_w + 1.5, y + 1)
            self.f(size)
            self.multi_cell(W - code_w - 3, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
            y2 = y + rh
            self.line_seg(self.l_margin, y2, self.l_margin + W, y2)
            self.line_seg(self.l_margin + code_w, y, self.l_margin + code_w, y2)
            self.set_xy(self.l_margin + 1, y + 1)
            self.f(size, "B")
            self.cell(code_w - 2, size * 0.47, code)
            self.set_xy(self.l_margin, y2)
        self.ln(3)

    def prov_side(self, cols: list[tuple[str, list[str]]], size: float = 8.6, gap: float = 4):
        """Provider columns side by side parted by thin upright rules: each (role, [name, more lines]) the role in
        small capitals, the first line bold, the rest plain under it."""
        W = self.w - self.l_margin - self.r_margin
        n = len(cols)
        cw = (W - gap * (n - 1)) / n
        y0 = self.get_y()
        lh = size * 0.47
        ends = []
        for i, (role, lines) in enumerate(cols):
            x = self.l_margin + i * (cw + gap)
            self.smallcaps(role, x, y0, size=6.6)
            yy_ = y0 + 4.2
            for j, ln in enumerate(lines):
                self.f(size, "B" if j == 0 else "")
                self.set_xy(x, yy_)
                self.multi_cell(cw, lh, ln, new_x="LEFT", new_y="NEXT", align="L")
                yy_ = self.get_y()
            ends.append(yy_)
        y1 = max(ends)
        for i in range(1, n):
            xr = self.l_margin + i * (cw + gap) - gap / 2
            self.line_seg(xr, y0, xr, y1)
        self.set_xy(self.l_margin, y1 + 3)
