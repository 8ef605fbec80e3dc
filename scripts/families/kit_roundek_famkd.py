"""Drawing helpers for round EK, helper famkd (North Carolina's Family Planning Medicaid, the limited benefit that
pays only for family planning and family planning-related services; an invented merchant mariners' union welfare
plan whose coverage is earned by days of sea time on the articles of contributing vessels).

Why: both families print one refused item among many and put identifiers where older kits do not: a monospace
remittance listing whose column captions print only on its first page (the rows on page 2 stand under no caption at
all), a document control number printed up the left edge of every page, prose set in three columns with thin rules
between them, a ruled table broken across two pages with "carried forward" and "brought forward" subtotal rows, a
voyage chart (one bar per vessel across the months, days on articles at the right end), and a union hall's
half-page routing slip that travels as a fax cover and belongs to no document. Boxes with their captions under
them come from round EA's capcells ('B'). Dates in the shapes real mail uses: "March 4, 2026", "4 Mar 2026",
"MAR 04, 2026", "04-Mar-2026", "03-04-2026", "3/4/2026", "4 de marzo de 2026", and as decoys only "04MAR26" and
"2026.03.04". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundej_famjd import JDSheet  # noqa: F401
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

# --- people (invented pairings, pools of this kit only) -----------------------------------------------------------
FIRST_F = ["Aubrielle", "Bronwen", "Carlotta", "Darcie", "Elspeth", "Faylene", "Gwyneth", "Harriet", "Imogen",
           "Jolene", "Kerensa", "Lavinia", "Mirabel", "Noreen", "Odessa", "Philippa", "Roxanne", "Shelby",
           "Tamsin", "Vivienne", "Wrenna", "Zinnia"]
FIRST_M = ["Anders", "Barnaby", "Casimir", "Dashiell", "Ellery", "Florian", "Gustav", "Horatio", "Ishmael",
           "Jarrett", "Keegan", "Leopold", "Magnus", "Nils", "Osgood", "Pascal", "Radford", "Sullivan", "Thaddeus",
           "Ulysses", "Vaughn", "Whitaker"]
LAST = ["Ainsworth", "Brackett", "Crowder", "Dunnigan", "Eckhardt", "Fennimore", "Gorham", "Hazelrigg", "Ivester",
        "Jessup", "Kinnaird", "Lathrop", "Mabry", "Norcross", "Overby", "Purvis", "Quarles", "Rutledge", "Satterfield",
        "Tillinghast", "Umstead", "Vickery", "Wadsworth", "Yancey", "Alderete", "Bixby", "Cornelius", "Dabney",
        "Eubanks", "Fulcher", "Grissom", "Huckabee"]
FIRST_ES_F = ["Araceli", "Berenice", "Dalia", "Edelmira", "Floriana", "Griselda", "Itzel", "Jacinta", "Maricruz",
              "Nayeli", "Ofelia", "Xóchitl"]
FIRST_ES_M = ["Adolfo", "Bernabé", "Crispín", "Dagoberto", "Eliseo", "Faustino", "Hilario", "Jacobo", "Lisandro",
              "Nicanor", "Reynaldo", "Teodoro"]
LAST_ES = ["Alvarado", "Becerra", "Carmona", "Delgadillo", "Escobedo", "Figueroa", "Galindo", "Henríquez", "Jáuregui",
           "Larios", "Mireles", "Novoa", "Orozco", "Pizarro", "Rentería", "Saucedo", "Tapia", "Valdivia", "Yáñez",
           "Zavala"]


# a second set for the other family of this round, so that the two families never share a name
FIRST_F2 = ["Adaline", "Beulah", "Cordelia", "Dorcas", "Eulalie", "Fern", "Georgette", "Hester", "Isadora", "Jemima",
            "Kezia", "Loretta", "Minerva", "Nell", "Opal", "Pearlie", "Rowena", "Sabra", "Tabitha", "Verna"]
FIRST_M2 = ["Abner", "Bartholomew", "Cletus", "Darius", "Ebenezer", "Fitzgerald", "Gideon", "Hiram", "Isaiah",
            "Jubal", "Lemuel", "Mordecai", "Obadiah", "Percival", "Rufus", "Silas", "Tobiah", "Virgil", "Wendell",
            "Zebulon"]
LAST2 = ["Abernathy", "Bainbridge", "Coggeshall", "Delacroix", "Eskridge", "Fairbanks", "Gilmartin", "Hollingsworth",
         "Ingram", "Jernigan", "Kittredge", "Lovejoy", "McCorkle", "Nettleton", "Oakes", "Pettibone", "Raybould",
         "Shackleford", "Trueblood", "Upshaw", "Vandergrift", "Whitcomb", "Youngblood", "Ashby", "Birdsong"]
FIRST_ES_F2 = ["Amalia", "Brisa", "Celestina", "Delfina", "Esmeralda", "Fidelina", "Honoria", "Ismenia", "Lucrecia",
               "Matilde", "Perla", "Soledad"]
FIRST_ES_M2 = ["Amador", "Benito", "Celso", "Diógenes", "Erasmo", "Florencio", "Heriberto", "Ismael", "Lorenzo",
               "Marcelo", "Rodrigo", "Saturnino"]
LAST_ES2 = ["Aranda", "Bermúdez", "Cárdenas", "Espinosa", "Farías", "Guerrero", "Ledesma", "Montaño", "Ochoa",
            "Paredes", "Quezada", "Sandoval", "Ulloa", "Vergara"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", pool: int = 1) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: optional F / M / X a person;
    pool 2 draws from the second set of names."""
    ff, fm, la_, ef, em, el = ((FIRST_F, FIRST_M, LAST, FIRST_ES_F, FIRST_ES_M, LAST_ES) if pool == 1 else
                               (FIRST_F2, FIRST_M2, LAST2, FIRST_ES_F2, FIRST_ES_M2, LAST_ES2))
    pools = {"F": ef if es else ff, "M": em if es else fm, "X": (ef + em) if es else (ff + fm)}
    last = el if es else la_
    seen, got = set(), []
    while len(got) < n:
        f, la = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"]), rng.choice(last)
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}")
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


def same_surname(full: str, last: str) -> str:
    f, m, _ = parts(full)
    return f"{f} {m}. {last}"


def phone(rng: random.Random, area: str = "919") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


# --- dates ----------------------------------------------------------------------------------------------------
def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def short(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def nopad(d: dt.date) -> str:
    """3/4/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return f"{d:%B} {d.day}, {d.year}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def dmy(d: dt.date) -> str:
    """4 Mar 2026"""
    return f"{d.day} {d:%b} {d.year}"


def dlong(d: dt.date) -> str:
    """4 March 2026"""
    return f"{d.day} {d:%B} {d.year}"


def abbr(d: dt.date) -> str:
    """Mar 4, 2026"""
    return f"{d:%b} {d.day}, {d.year}"


def upper(d: dt.date) -> str:
    """MAR 04, 2026"""
    return d.strftime("%b %d, %Y").upper()


def dash(d: dt.date) -> str:
    """03-04-2026"""
    return d.strftime("%m-%d-%Y")


def dmon(d: dt.date) -> str:
    """04-Mar-2026"""
    return d.strftime("%d-%b-%Y")


def wday(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return f"{DAYS[d.weekday()]}, {long(d)}"


def packed(d: dt.date) -> str:
    """04MAR26 (a ship's log or a mainframe date; printed only for decoy dates)"""
    return d.strftime("%d%b%y").upper()


def dotted_ymd(d: dt.date) -> str:
    """2026.03.04 (printed only for decoy dates)"""
    return d.strftime("%Y.%m.%d")


def es_date(d: dt.date) -> str:
    """4 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_abbr(d: dt.date) -> str:
    """04-mar-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DIAS[d.weekday()]}, {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    """1,234.50"""
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """$1,234.50"""
    return f"${v:,.2f}"


def flat(v: float) -> str:
    """1234.50 (no sign, no grouping, as a line printer writes it)"""
    return f"{v:.2f}"


def usd_after(v: float) -> str:
    """1,234.50 USD"""
    return f"{v:,.2f} USD"


def spaced(s: str, sizes: list[int], sep: str = " ") -> str:
    """'482017634' -> '4820 17634' for sizes [4, 5]"""
    outp, i = [], 0
    for k in sizes:
        outp.append(s[i:i + k])
        i += k
    if i < len(s):
        outp.append(s[i:])
    return sep.join(x for x in outp if x)


class KDSheet(JDSheet):
    """JDSheet plus a monospace face, a control number up the left edge of every page, three-column prose, a ruled
    table broken across pages with carried/brought-forward subtotals, a voyage chart, and a monospace listing whose
    captions print once."""

    def __init__(self, *a, edge: str | None = None, **k):
        super().__init__(*a, **k)
        for style, path in (("", MONO), ("B", MONO_B)):
            if f"mono{style}" not in self.fonts:
                self.add_font("Mono", style, path)
        self.edge = edge

    def header(self):
        super().header()
        if self.edge:
            y = self.get_y()
            x_, y_ = 7.5, self.h - 24
            self.set_font("Mono", "", 6.6)
            with self.rotation(90, x_, y_):
                self.text(x_, y_, self.edge.format(n=self.page_no()))
            self.set_y(y)

    def mono_lines(self, lines: list[str], size: float = 7.6, bold: set | None = None, h: float | None = None):
        """Lines in the monospace face (a claims system's print file); indexes in `bold` print bold."""
        bold = bold or set()
        for i, ln in enumerate(lines):
            self.set_font("Mono", "B" if i in bold else "", size)
            self.set_x(self.l_margin)
            self.cell(0, h or size * 0.47, ln, new_x="LMARGIN", new_y="NEXT")

    def tricol(self, paras: list[str], size: float = 8.6, gap: float = 5, heads: list[str] | None = None):
        """Prose in three columns with thin rules between them. `paras` are split into three runs of about equal
        height (a paragraph is never split); a paragraph starting with '## ' is a bold heading line. `heads`, if
        given, are three bold column titles over a rule."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - 2 * gap) / 3
        lh = size * 0.46

        def height(p):
            if p.startswith("## "):
                return lh + 1.6
            return len(self.multi_cell(cw, lh, p, dry_run=True, output="LINES", markdown=True)) * lh + 1.8

        if heads:
            cols = [[] for _ in range(3)]
            k = 0
            for p in paras:
                if p == "||":
                    k += 1
                    continue
                cols[k].append(p)
        else:
            hs = [height(p) for p in paras]
            tot = sum(hs)
            cols, acc, k = [[], [], []], 0.0, 0
            for p, h in zip(paras, hs):
                if k < 2 and acc + h / 2 > tot * (k + 1) / 3 and cols[k]:
                    k += 1
                cols[k].append(p)
                acc += h
        y0 = self.get_y()
        if heads:
            for i, hd in enumerate(heads):
                self.set_xy(self.l_margin + i * (cw + gap), y0)
                self.f(size + 0.8, "B")
                self.cell(cw, lh + 1, hd)
            y0 += lh + 2
            self.line_seg(self.l_margin, y0, self.l_margin + W, y0)
            y0 += 1.5
        ends = []
        for i, chunk in enumerate(cols):
            x = self.l_margin + i * (cw + gap)
            self.set_xy(x, y0)
            for p in chunk:
                self.set_x(x)
                if p.startswith("## "):
                    self.f(size + 0.4, "B")
                    self.multi_cell(cw, lh + 0.3, p[3:], new_x="LEFT", new_y="NEXT")
                    self.ln(0.8)
                    continue
                self.f(size)
                self.multi_cell(cw, lh, p, new_x="LEFT", new_y="NEXT", markdown=True, align="L")
                self.ln(1.8)
            ends.append(self.get_y())
        bottom = max(ends)
        for i in (1, 2):
            xr = self.l_margin + i * (cw + gap) - gap / 2
            self.line_seg(xr, y0, xr, bottom - 1.5)
        self.set_xy(self.l_margin, bottom + 1)

    def carried_table(self, head: list[str], first_rows: list[list[str]], next_rows: list[list[str]],
                      widths: list[float], aligns: list[str], sums: dict[int, float], carry: list[str],
                      brought: list[str], total: list[str], size: float = 8.4, row_h: float = 5.6,
                      cont: str = "", shade_rows: set | None = None):
        """A ruled table broken across two pages on purpose: `first_rows` on this page and a bold 'carried
        forward' row (`carry`, with the running sums already in it), then a new page with `cont` over the header
        again, a bold 'brought forward' row, `next_rows` and a bold total row. Rows in `shade_rows` (indexes over
        first_rows + next_rows) are shaded grey."""
        shade_rows = shade_rows or set()

        def head_row():
            self.f(size - 0.4, "B")
            self.set_fill_color(225, 225, 225)
            lh = (size - 0.4) * 0.42
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            hh = n * lh + 1.6
            y = self.get_y()
            x = self.l_margin
            for h, w, a in zip(head, widths, aligns):
                self.rect(x, y, w, hh, style="DF")
                self.set_xy(x + 0.5, y + 0.8)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            self.set_fill_color(255, 255, 255)
            self.set_xy(self.l_margin, y + hh)

        def row(cells, bold=False, fill=False):
            self.f(size, "B" if bold else "")
            if fill:
                self.set_fill_color(236, 236, 236)
            self.set_x(self.l_margin)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a, fill=fill)
            self.ln(row_h)
            self.set_fill_color(255, 255, 255)

        head_row()
        for i, r in enumerate(first_rows):
            row(r, fill=i in shade_rows)
        row(carry, bold=True)
        self.add_page()
        if cont:
            self.f(size + 1, "B")
            self.cell(0, 5, cont, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        head_row()
        row(brought, bold=True)
        for i, r in enumerate(next_rows):
            row(r, fill=(i + len(first_rows)) in shade_rows)
        row(total, bold=True)
        self.ln(2.5)

    def voyage_chart(self, title: str, start: dt.date, end: dt.date, bars: list[tuple[str, dt.date, dt.date, bool]],
                     size: float = 7.2, label_w: float = 44, note: str = ""):
        """One row per vessel: its name at the left, a bar from sign-on to sign-off across month columns (dark for
        days that count, hatched-grey for days that do not), and the day count at the right end."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size + 2, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        x0 = self.l_margin + label_w
        cw = W - label_w - 16
        span = (end - start).days + 1
        y = self.get_y() + 0.5
        months, d = [], dt.date(start.year, start.month, 1)
        while d <= end:
            months.append(d)
            d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        self.f(size - 0.4, "B")
        for m in months:
            a = max(m, start)
            nxt = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
            b = min(plus(nxt, -1), end)
            xa = x0 + cw * (a - start).days / span
            xb = x0 + cw * ((b - start).days + 1) / span
            self.rect(xa, y, xb - xa, 4.2)
            self.set_xy(xa, y + 0.4)
            self.cell(xb - xa, 3.4, f"{m:%b %Y}".upper() if xb - xa > 14 else f"{m:%b}".upper(), align="C")
        y += 5
        for name, a, b, counts in bars:
            self.set_xy(self.l_margin, y)
            self.f(size)
            self.cell(label_w - 2, 4.4, name)
            xa = x0 + cw * (max(a, start) - start).days / span
            xb = x0 + cw * ((min(b, end) - start).days + 1) / span
            self.set_fill_color(60, 60, 60) if counts else self.set_fill_color(200, 200, 200)
            self.rect(xa, y + 0.8, max(0.8, xb - xa), 3.0, style="DF")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0 + cw + 1, y)
            self.f(size, "B")
            self.cell(15, 4.4, f"{(b - a).days + 1} d", align="R")
            y += 5
        for m in months[1:]:
            xm = x0 + cw * (m - start).days / span
            self.set_draw_color(150, 150, 150)
            self.line_seg(xm, y - 5 * len(bars) - 0.4, xm, y)
            self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y + 0.5)
        if note:
            self.f(size - 0.4)
            self.multi_cell(W, (size - 0.4) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)


def routing_slip(hall: str, lines: list[str], to: str, to_org: str, to_fax: str, frm: str, when: str,
                 pages: int, re: str, note: list[str], route: list[tuple[bool, str]]) -> bytes:
    """A union hall's half-page fax routing slip (a page of its own that belongs to no document): the hall's name in
    reverse type on a dark band, a ruled grid To / Organization / Fax / From / Date / Pages, a 'Re' line, routing
    tick boxes in two columns, a typed note and a short confidentiality line; the lower half of the page is blank
    as on a torn half-sheet."""
    p = KDSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.set_fill_color(40, 40, 40)
    p.rect(p.l_margin, y, W, 13, style="F")
    p.set_text_color(255, 255, 255)
    p.set_xy(p.l_margin + 3, y + 1.6)
    p.f(13.5, "B")
    p.cell(W - 6, 6, hall)
    p.set_xy(p.l_margin + 3, y + 7.6)
    p.f(7.8)
    p.cell(W - 6, 4, "   ".join(lines))
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.set_xy(p.l_margin, y + 16)
    p.f(16, "B")
    p.cell(W / 2, 8, "FAX ROUTING SLIP")
    p.f(9)
    p.cell(W / 2, 8, f"Pages incl. this slip: {pages}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    cells = [("To", to), ("Organization", to_org), ("Fax", to_fax), ("From", frm), ("Date", when)]
    for k, v in cells:
        yy_ = p.get_y()
        p.rect(p.l_margin, yy_, 34, 7.4)
        p.rect(p.l_margin + 34, yy_, W - 34, 7.4)
        p.set_xy(p.l_margin + 1.5, yy_ + 1.6)
        p.f(8.6, "B")
        p.cell(31, 4.2, k.upper())
        p.set_xy(p.l_margin + 36, yy_ + 1.6)
        p.f(9.8)
        p.cell(W - 38, 4.2, v)
        p.set_xy(p.l_margin, yy_ + 7.4)
    p.ln(2.5)
    p.f(9.6, "B")
    p.multi_cell(W, 4.8, f"Re: {re}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    half = (len(route) + 1) // 2
    y0 = p.get_y()
    for i, (on, txt) in enumerate(route):
        x = p.l_margin + (0 if i < half else W / 2)
        yy_ = y0 + (i % half) * 5.6
        p.rect(x, yy_ + 0.5, 3.4, 3.4)
        if on:
            p.set_xy(x, yy_ + 0.1)
            p.f(9, "B")
            p.cell(3.4, 4.2, "X", align="C")
        p.set_xy(x + 5, yy_)
        p.f(9)
        p.cell(W / 2 - 6, 4.4, txt)
    p.set_xy(p.l_margin, y0 + half * 5.6 + 2)
    p.f(10)
    for ln in note:
        p.multi_cell(W, 5, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.ln(2)
    p.f(7.2)
    p.multi_cell(W, 3.5, "These pages may hold a member's health and benefit information. If they reached you by "
                 "mistake, please call the hall and destroy them.", new_x="LMARGIN", new_y="NEXT")
    yy_ = p.get_y() + 4
    p.set_dash_pattern(dash=2, gap=1.5)
    p.line_seg(p.l_margin - 6, yy_, p.l_margin + W + 6, yy_)
    p.set_dash_pattern()
    return bytes(p.output())
