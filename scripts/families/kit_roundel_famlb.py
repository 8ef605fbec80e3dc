"""Drawing helpers for round EL, helper famlb (benefit claim decisions of tax-qualified long-term care insurance
policies from invented insurers; an invented welfare fund for tugboat, towboat and barge crews).

Why: both families set the issuer's name the way real letterheads do and older kits do not (letter-spaced
capitals with a small "claims administered by" line under them, a brand split over two lines, a logo word beside
a document title), put a sidebar of plan facts beside a claims table, carry a dependent's ID as the subscriber's
number plus a suffix with the subscriber's own number on the same page, and send stacks behind a fax cover whose
message opens like a letter ("Dear ...") before the real notices. Other pieces: ruled boxes with their captions
under or beside the values, prose in two columns, a running header from page 2, a month calendar with marked days,
a hitch strip (days on and days off across weeks), and a table continued on the next page under a "continued"
line. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from public_kit import MONTHS_ES, Page, digits, m2, out, truth  # noqa: F401

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

# --- people: pools of this kit only (two sets, one per family, so the families never share a name) ---------------
POOLS = {
    1: dict(F=["Winifred", "Marguerite", "Ottilie", "Henrietta", "Clementine", "Augusta", "Philomena", "Leontine",
               "Rosamund", "Wilhelmina", "Geraldine", "Evangeline", "Theodora", "Hyacinth", "Gwendolyn", "Ursula", "Millicent", "Beatrix",
               "Perpetua", "Cressida", "Isolde", "Marjorie", "Lavender", "Eugenia", "Honora", "Sybil"],
            M=["Ambrose", "Cornelius", "Lysander", "Ignatius", "Everard", "Fenwick", "Aldous", "Crispin", "Osric",
               "Peregrine", "Leopold", "Thelonius", "Bertram", "Alistair", "Casimir", "Evander",
               "Humphrey", "Lucian", "Montague", "Roderick", "Sebastian", "Wystan"],
            L=["Tolliver", "Pennebaker", "Stroud", "Galbraith", "Mountjoy", "Applegarth", "Witherspoon",
               "Ravenhill", "Coldwell", "Fairweather", "Hemingford", "Sallis", "Brimley", "Quayle", "Dunstable",
               "Ogilvie", "Plumstead", "Verlaine", "Ashdown", "Kirkbride", "Barrowclough", "Chilcott",
               "Dimmock", "Enderby", "Foxwell", "Gedge", "Hathersage", "Inchbald", "Jerrold", "Kettleby", "Lampard",
               "Marwood", "Nettlefold", "Openshaw", "Pinchbeck"],
            EF=["Remedios", "Consuelo", "Amparo", "Eulalia", "Refugio", "Herminia", "Socorro", "Visitación"],
            EM=["Anselmo", "Baldomero", "Cipriano", "Epifanio", "Gumersindo", "Leandro", "Primitivo", "Teófilo"],
            EL=["Arredondo", "Benavides", "Cisneros", "Elizondo", "Garza-Treviño", "Leyva", "Montemayor",
                "Villarreal", "Zamarripa", "Castañeda"]),
    2: dict(F=["Loretta", "Darlene", "Bobbie", "Charlene", "Tammy", "Lurleen", "Jolie", "Raylene", "Kendra",
               "Marla", "Shawna", "Wynona", "Jodie", "Starla", "Brandi", "Dixie", "Earlene",
               "Fayette", "Glenda", "Krystal", "Lacey", "Noreen", "Reba", "Tonya"],
            M=["Boone", "Dewey", "Earl", "Harlan", "Jimmie", "Lonnie", "Merle", "Royce", "Travis", "Wade",
               "Cody", "Dwayne", "Virgil", "Clayton", "Buford", "Delmar", "Ferrell", "Hollis",
               "Junior", "Luther", "Odell", "Rusty", "Tate", "Vernon"],
            L=["Bledsoe", "Crenshaw", "Dillard", "Goforth", "Hensley", "Ledbetter", "McQuarrie", "Pruitt",
               "Sizemore", "Tackett", "Upchurch", "Whisenant", "Arbogast", "Blevins", "Cottrell", "Dorsett",
               "Gaskins", "Honeycutt", "Justus", "Lambdin", "Mayhew", "Napier", "Oxendine",
               "Petrey", "Quillen", "Riddle", "Stringfellow", "Tolbert", "Varney", "Wimberly", "Yokley", "Birchett",
               "Caudill", "Fugate", "Mullins"],
            EF=["Graciela", "Yolanda", "Maribel", "Rosaura", "Zulema", "Dominga", "Leticia", "Obdulia"],
            EM=["Abundio", "Bonifacio", "Cruz", "Efraín", "Genaro", "Heliodoro", "Mauricio", "Rigoberto"],
            EL=["Bocanegra", "Cantú", "Dávila", "Estrada", "Hinojosa", "Longoria", "Quintanilla", "Saldívar",
                "Treviño", "Villegas"]),
}


USED: dict[int, set] = {1: set(), 2: set()}


def fresh(pool: int) -> None:
    """Start a family: names drawn after this share no first or last name with each other in that pool."""
    USED[pool] = set()


def people(rng: random.Random, n: int, pool: int, sexes: str = "", es: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with any name drawn from
    the same pool since fresh(pool); sexes: F / M / X per person."""
    P = POOLS[pool]
    seen, got = USED[pool], []
    while len(got) < n:
        sx = sexes[len(got)] if len(got) < len(sexes) else "X"
        firsts = {"F": P["EF" if es else "F"], "M": P["EM" if es else "M"]}.get(sx, P["EF" if es else "F"] +
                                                                              P["EM" if es else "M"])
        f, la = rng.choice(firsts), rng.choice(P["EL" if es else "L"])
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
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


def dotted(rng: random.Random, area: str) -> str:
    return f"{area}.555.{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "800") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


# --- dates -----------------------------------------------------------------------------------------------------
def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def iso(d: dt.date) -> str:
    return d.isoformat()


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def short(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def nopad(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def long(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def abbr(d: dt.date) -> str:
    return f"{d:%b} {d.day}, {d.year}"


def dmy(d: dt.date) -> str:
    return f"{d.day} {d:%b} {d.year}"


def dlong(d: dt.date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def upper(d: dt.date) -> str:
    return d.strftime("%b %d, %Y").upper()


def dash(d: dt.date) -> str:
    return d.strftime("%m-%d-%Y")


def dmon(d: dt.date) -> str:
    return d.strftime("%d-%b-%Y")


def dots(d: dt.date) -> str:
    """04.03.2026 (day.month.year)"""
    return d.strftime("%d.%m.%Y")


def wday(d: dt.date) -> str:
    return f"{DAYS[d.weekday()]}, {long(d)}"


def ordinal(d: dt.date) -> str:
    """the 14th day of April, 2026 (printed only beside a plain form of the same date, or for decoys)"""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suf} day of {d:%B}, {d.year}"


def packed(d: dt.date) -> str:
    """14APR26 (decoy dates only)"""
    return d.strftime("%d%b%y").upper()


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_abbr(d: dt.date) -> str:
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def es_dmy(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def es_wday(d: dt.date) -> str:
    return f"{DIAS[d.weekday()]}, {es_date(d)}"


# --- money -----------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def flat(v: float) -> str:
    return f"{v:.2f}"


def usd_es(v: float) -> str:
    return f"US$ {v:,.2f}"


def spaced(s: str, sizes: list[int], sep: str = " ") -> str:
    outp, i = [], 0
    for k in sizes:
        outp.append(s[i:i + k])
        i += k
    if i < len(s):
        outp.append(s[i:])
    return sep.join(x for x in outp if x)


class LBSheet(Page):
    """public_kit.Page plus letterheads set the unusual ways, a running header from a given page, ruled value
    boxes with captions under or beside them, a table with a sidebar at its right, two-column prose, a month
    calendar and a hitch strip."""

    def __init__(self, *a, running: str | None = None, running_from: int = 2, **k):
        super().__init__(*a, **k)
        self.running, self.running_from = running, running_from

    # ---- plumbing ----
    def line_seg(self, x1, y1, x2, y2):
        FPDF.line(self, x1, y1, x2, y2)

    @property
    def W(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def header(self):
        if self.running and self.page_no() >= self.running_from:
            self.set_font(self.face, "", 7.6)
            self.set_xy(self.l_margin, 8)
            self.cell(self.W, 4, self.running.format(n=self.page_no()), align="L")
            self.line_seg(self.l_margin, 12.6, self.w - self.r_margin, 12.6)
            self.set_xy(self.l_margin, 16)

    # ---- letterheads ----
    def spaced_letterhead(self, brand: str, sub: str, small: str, right: list[str], spacing: float = 2.6,
                          size: float = 17):
        """The brand in letter-spaced capitals (tracking, as a printer sets it), a letter-spaced smaller line
        under it, a thin rule and a small line (e.g. 'claims administered by ...'); address lines at the right."""
        y0 = self.get_y()
        self.set_char_spacing(spacing)
        self.f(size, "B")
        self.set_xy(self.l_margin, y0)
        self.cell(self.W * 0.66, size * 0.45, brand.upper())
        self.set_char_spacing(spacing * 0.55)
        self.f(size * 0.48)
        self.set_xy(self.l_margin, y0 + size * 0.5)
        self.cell(self.W * 0.66, size * 0.25, sub.upper())
        self.set_char_spacing(0)
        yr = y0
        self.f(7.6)
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.66, yr)
            self.cell(self.W * 0.34, 3.6, ln, align="R")
            yr += 3.6
        y = max(y0 + size * 0.5 + size * 0.25 + 1.6, yr + 0.6)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_xy(self.l_margin, y + 0.8)
        self.f(7.2)
        self.cell(self.W, 3.4, small, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def split_letterhead(self, top: str, bottom: str, tag: str, right: list[str], size: float = 20):
        """The brand split over two lines ('ORCHARD' over 'MERIDIAN'), the legal name in small type beside the
        second line, address lines at the right, a heavy rule under all."""
        y0 = self.get_y()
        self.f(size, "B")
        self.set_xy(self.l_margin, y0)
        self.cell(0, size * 0.42, top.upper())
        self.set_xy(self.l_margin, y0 + size * 0.43)
        w2 = self.get_string_width(bottom.upper())
        self.cell(w2 + 2, size * 0.42, bottom.upper())
        self.f(7.8)
        self.set_xy(self.l_margin + w2 + 3.5, y0 + size * 0.43 + size * 0.42 - 4.2)
        self.cell(60, 3.6, tag)
        self.f(7.6)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.6, yr)
            self.cell(self.W * 0.4, 3.6, ln, align="R")
            yr += 3.6
        y = max(y0 + size * 0.86 + 1.5, yr + 0.5)
        self.set_line_width(0.9)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3)

    def logo_title(self, word: str, title: str, under: str, right: list[str], size: float = 15):
        """A logo word in reverse type in a dark block, the document's title in capitals beside it on the same
        line ('ORCHARD MERIDIAN  LONG-TERM CARE BENEFIT STATEMENT'), a small line under both."""
        y0 = self.get_y()
        self.f(size, "B")
        w = self.get_string_width(word) + 6
        self.set_fill_color(35, 35, 35)
        self.rect(self.l_margin, y0, w, size * 0.55, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y0 + 0.4)
        self.cell(w - 6, size * 0.5, word)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.f(size * 0.8, "B")
        self.set_xy(self.l_margin + w + 3, y0 + 0.8)
        self.cell(0, size * 0.45, title)
        self.f(7.4)
        self.set_xy(self.l_margin, y0 + size * 0.55 + 1.4)
        self.cell(self.W, 3.4, under, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin)
        self.cell(self.W, 3.4, "   |   ".join(right), align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # ---- boxes ----
    def cap_boxes(self, cells: list[tuple[str, str, float]], where: str = "below", size: float = 9.4,
                  cap_size: float = 6.4, h: float = 7.2):
        """A row of ruled boxes: each (value, caption, width share). where='below': the caption printed in small
        capitals under the box (not inside it); 'beside': the caption to the right of the value inside the box,
        after a thin vertical rule."""
        tot = sum(c[2] for c in cells)
        x, y = self.l_margin, self.get_y()
        for val, cap, share in cells:
            w = self.W * share / tot
            self.rect(x, y, w, h)
            if where == "below":
                self.f(size)
                self.set_xy(x + 1.5, y + (h - size * 0.42) / 2)
                self.cell(w - 3, size * 0.42, val)
                self.f(cap_size)
                self.set_xy(x + 0.5, y + h + 0.4)
                self.cell(w - 1, cap_size * 0.42, cap.upper())
            else:
                self.f(size)
                vw = self.get_string_width(val) + 3.5
                self.set_xy(x + 1.5, y + (h - size * 0.42) / 2)
                self.cell(vw, size * 0.42, val)
                self.line_seg(x + vw + 1.2, y + 1.2, x + vw + 1.2, y + h - 1.2)
                self.f(cap_size)
                self.set_xy(x + vw + 2, y + (h - cap_size * 0.42) / 2)
                self.cell(w - vw - 2.5, cap_size * 0.42, cap.upper())
            x += w
        self.set_xy(self.l_margin, y + h + (cap_size * 0.42 + 2 if where == "below" else 2))

    def key_column(self, rows: list[tuple[str, str]], x: float, y: float, w: float, title: str = "",
                   size: float = 8.2, shade: bool = True) -> float:
        """A framed column of caption-over-value pairs (a member box); returns the y under it."""
        lh = size * 0.45
        body = []
        for k, v in rows:
            body.append(("k", k))
            body.append(("v", v))
        hgt = (lh + 1.4 if title else 0) + sum((size * 0.4 if t == "k" else lh + 1.1) for t, _ in body) + 3
        if shade:
            self.set_fill_color(238, 238, 238)
            self.rect(x, y, w, hgt, style="DF")
            self.set_fill_color(255, 255, 255)
        else:
            self.rect(x, y, w, hgt)
        yy = y + 1.5
        if title:
            self.f(size + 0.4, "B")
            self.set_xy(x + 2, yy)
            self.cell(w - 4, lh, title)
            yy += lh + 1.4
        for t, s in body:
            if t == "k":
                self.f(size - 1.6)
                self.set_xy(x + 2, yy)
                self.cell(w - 4, size * 0.4, s.upper())
                yy += size * 0.4
            else:
                self.f(size, "B")
                self.set_xy(x + 2, yy)
                self.multi_cell(w - 4, lh, s, new_x="LEFT", new_y="NEXT", align="L")
                yy = self.get_y() + 1.1
        return y + hgt

    def sidebar_box(self, title: str, items: list, x: float, y: float, w: float, size: float = 7.8) -> float:
        """A sidebar: a dark title band and items, each a (label, value) pair on two lines or a plain sentence;
        returns the y under it."""
        self.set_fill_color(55, 55, 55)
        self.rect(x, y, w, 6, style="F")
        self.set_text_color(255, 255, 255)
        self.f(size + 0.6, "B")
        self.set_xy(x + 2, y + 1)
        self.cell(w - 4, 4, title)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        yy = y + 7.5
        lh = size * 0.44
        for it in items:
            self.set_xy(x + 2, yy)
            if isinstance(it, tuple):
                self.f(size - 0.6)
                self.multi_cell(w - 4, lh, it[0], new_x="LEFT", new_y="NEXT", align="L")
                self.f(size, "B")
                self.multi_cell(w - 4, lh + 0.3, it[1], new_x="LEFT", new_y="NEXT", align="L")
            else:
                self.f(size - 0.4)
                self.multi_cell(w - 4, lh, it, new_x="LEFT", new_y="NEXT", align="L")
            yy = self.get_y() + 1.6
        self.rect(x, y, w, yy - y)
        return yy

    def grid(self, head: list[str], rows: list, widths: list[float], aligns: list[str], x: float | None = None,
             size: float = 7.6, row_h: float = 4.8, head_fill: bool = True, cont: str = ""):
        """A ruled grid; a row may be ('group', text) for a bold band across the grid, ('bold', cells) for a bold
        row or ('break',) to continue on the next page: the grid is closed with '(continued on next page)', and
        on the new page `cont` and the header are printed again."""
        x0 = self.l_margin if x is None else x
        tw = sum(widths)

        def header():
            self.f(size - 0.3, "B")
            lh = (size - 0.3) * 0.42
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            hh = n * lh + 1.6
            y = self.get_y()
            xx = x0
            if head_fill:
                self.set_fill_color(222, 222, 222)
            for h, w, a in zip(head, widths, aligns):
                self.rect(xx, y, w, hh, style="DF" if head_fill else "D")
                self.set_xy(xx + 0.5, y + 0.8)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                xx += w
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0, y + hh)

        header()
        for r in rows:
            if isinstance(r, tuple) and r[0] == "break":
                self.f(size - 0.6)
                self.set_x(x0)
                self.cell(tw, 4, "(continued on next page)", align="R")
                self.add_page()
                if cont:
                    self.f(size + 1.2, "B")
                    self.set_x(x0)
                    self.cell(tw, 5, cont, new_x="LMARGIN", new_y="NEXT")
                    self.ln(0.6)
                self.set_x(x0)
                header()
                continue
            if isinstance(r, tuple) and r[0] == "group":
                self.f(size, "B")
                self.set_fill_color(242, 242, 242)
                self.set_x(x0)
                self.cell(tw, row_h, " " + r[1], border=1, fill=True)
                self.set_fill_color(255, 255, 255)
                self.ln(row_h)
                continue
            bold = isinstance(r, tuple) and r[0] == "bold"
            cells = r[1] if bold else r
            self.f(size, "B" if bold else "")
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, border=1, align=a)
            self.ln(row_h)
        self.ln(1.5)

    def twocol(self, paras: list[str], size: float = 8.8, gap: float = 6, rule: bool = True):
        """Prose in two columns of about equal height (a paragraph is never split; '## ' starts a bold head)."""
        cw = (self.W - gap) / 2
        lh = size * 0.46

        def height(p):
            if p.startswith("## "):
                return lh + 2.2
            return len(self.multi_cell(cw, lh, p, dry_run=True, output="LINES", markdown=True)) * lh + 1.8

        hs = [height(p) for p in paras]
        tot, acc, cols = sum(hs), 0.0, [[], []]
        k = 0
        for p, h in zip(paras, hs):
            if k == 0 and acc + h / 2 > tot / 2 and cols[0]:
                k = 1
            cols[k].append(p)
            acc += h
        while cols[0] and cols[0][-1].startswith("## "):       # a heading never ends the first column
            cols[1].insert(0, cols[0].pop())
        y0 = self.get_y()
        ends = []
        for i, chunk in enumerate(cols):
            x = self.l_margin + i * (cw + gap)
            self.set_xy(x, y0)
            for p in chunk:
                self.set_x(x)
                if p.startswith("## "):
                    self.f(size + 0.6, "B")
                    self.multi_cell(cw, lh + 0.4, p[3:], new_x="LEFT", new_y="NEXT")
                    self.ln(1.2)
                    continue
                self.f(size)
                self.multi_cell(cw, lh, p, new_x="LEFT", new_y="NEXT", markdown=True)
                self.ln(1.8)
            ends.append(self.get_y())
        if rule:
            xr = self.l_margin + cw + gap / 2
            self.line_seg(xr, y0, xr, max(ends) - 1.5)
        self.set_xy(self.l_margin, max(ends) + 1)

    def calendar(self, year: int, month: int, marks: dict, x: float, y: float, w: float, size: float = 6.8,
                 legend: str = "") -> float:
        """One month as a ruled grid (Su..Sa); marks: {day: symbol} printed under the day number, a mark in
        '*' shades the cell. Returns the y under it."""
        cw = w / 7
        self.f(size + 1, "B")
        self.set_xy(x, y)
        self.cell(w, 4, dt.date(year, month, 1).strftime("%B %Y").upper(), align="C")
        y += 4.6
        self.f(size - 0.4, "B")
        for i, dn in enumerate(["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"]):
            self.set_xy(x + i * cw, y)
            self.cell(cw, 3.4, dn, align="C", border=1)
        y += 3.4
        first = dt.date(year, month, 1)
        col = (first.weekday() + 1) % 7
        d, row = first, 0
        ch = 6.2
        while d.month == month:
            cx, cy = x + col * cw, y + row * ch
            mk = marks.get(d.day, "")
            if mk.startswith("*"):
                self.set_fill_color(205, 205, 205)
                self.rect(cx, cy, cw, ch, style="DF")
                self.set_fill_color(255, 255, 255)
                mk = mk[1:]
            else:
                self.rect(cx, cy, cw, ch)
            self.f(size - 0.6)
            self.set_xy(cx + 0.4, cy + 0.3)
            self.cell(cw - 0.8, 2.8, str(d.day))
            if mk:
                self.f(size - 0.2, "B")
                self.set_xy(cx, cy + 2.9)
                self.cell(cw, 3, mk, align="C")
            col += 1
            if col == 7:
                col, row = 0, row + 1
            d = plus(d, 1)
        rows = row + (1 if col else 0)
        yb = y + rows * ch + 1
        if legend:
            self.f(size - 0.8)
            self.set_xy(x, yb)
            self.multi_cell(w, (size - 0.8) * 0.45, legend, new_x="LEFT", new_y="NEXT")
            yb = self.get_y()
        return yb + 1

    def hitch_strip(self, title: str, start: dt.date, end: dt.date, spans: list[tuple[dt.date, dt.date, str]],
                    size: float = 6.8, note: str = ""):
        """A strip of days from start to end in week rows (Mon..Sun across, the week's Monday at the left): each
        day a small square, dark when a span of kind 'on' covers it, hatched-grey for 'yard' and white for days
        off; the month boundary drawn heavier."""
        self.f(size + 2, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        x0 = self.l_margin + 26
        sq = 4.2
        d = start - dt.timedelta(days=start.weekday())
        self.f(size - 0.4, "B")
        for i, dn in enumerate(["M", "T", "W", "T", "F", "S", "S"]):
            self.set_xy(x0 + i * sq, self.get_y())
            self.cell(sq, 3, dn, align="C")
        y = self.get_y() + 3.2
        kind = {}
        for a, b, k in spans:
            e = a
            while e <= b:
                kind[e] = k
                e = plus(e, 1)
        rows = []
        while d <= end:
            rows.append(d)
            d = plus(d, 7)
        half = (len(rows) + 1) // 2
        for r, wk in enumerate(rows):
            col_x = x0 if r < half else x0 + 7 * sq + 40
            yy = y + (r % half) * (sq + 0.6)
            self.f(size - 0.6)
            self.set_xy(col_x - 26, yy)
            self.cell(24, sq, f"week of {wk:%b} {wk.day}", align="R")
            for i in range(7):
                day = plus(wk, i)
                if day < start or day > end:
                    continue
                k = kind.get(day, "off")
                if k == "on":
                    self.set_fill_color(60, 60, 60)
                elif k == "yard":
                    self.set_fill_color(175, 175, 175)
                else:
                    self.set_fill_color(255, 255, 255)
                self.rect(col_x + i * sq + 0.3, yy + 0.3, sq - 0.6, sq - 0.6, style="DF")
            self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + half * (sq + 0.6) + 1)
        if note:
            self.f(size - 0.2)
            self.multi_cell(self.W, (size - 0.2) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def signoff(self, lines: list[str], size: float = 9.4):
        self.ln(1)
        for i, ln in enumerate(lines):
            self.f(size, "B" if i == 1 else "")
            self.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def address(self, lines: list[str], size: float = 9.6):
        for ln in lines:
            self.f(size)
            self.cell(0, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def letter_cover(head: list[str], fax_rows: list[tuple[str, str]], body: list[str], closing: list[str],
                 footer: str) -> bytes:
    """A fax cover page whose message opens like a letter ('Dear ...') before the notices it carries; a page of
    its own that belongs to no document. head: sender's name and lines; fax_rows: To / Fax / From / Date / Pages;
    body: paragraphs (the first is the salutation)."""
    p = LBSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.f(12.5, "B")
    p.cell(0, 6, head[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in head[1:]:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_line_width(0.5)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_line_width(0.2)
    p.ln(3)
    p.f(20, "B")
    p.cell(0, 9, "fax", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    half = (len(fax_rows) + 1) // 2
    y0 = p.get_y()
    for i, (k, v) in enumerate(fax_rows):
        x = p.l_margin + (0 if i < half else p.W / 2)
        yy = y0 + (i % half) * 6
        p.set_xy(x, yy)
        p.f(9, "B")
        p.cell(18, 5, k)
        p.f(9.4)
        p.cell(p.W / 2 - 20, 5, v)
    p.set_xy(p.l_margin, y0 + half * 6 + 3)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.ln(5)
    for para in body:
        p.para(para, 10.2, gap=2.6)
    p.ln(2)
    for i, ln in enumerate(closing):
        p.f(10, "B" if i == 1 else "")
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_y(-34)
    p.f(7)
    p.multi_cell(p.W, 3.3, footer, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def money_box(p: LBSheet, title: str, rows: list[tuple[str, str]], x: float, y: float, w: float,
              size: float = 8.6) -> float:
    """A framed summary: a bold title and caption ..... amount rows (the last bold); returns the y under it."""
    lh = size * 0.52
    h = 6 + lh * len(rows) + 2
    p.rect(x, y, w, h)
    p.set_xy(x + 2, y + 1.2)
    p.f(size + 0.4, "B")
    p.cell(w - 4, 4, title)
    yy = y + 6
    for i, (k, v) in enumerate(rows):
        p.set_xy(x + 2, yy)
        p.f(size, "B" if i == len(rows) - 1 else "")
        p.cell(w * 0.62, lh, k)
        p.cell(w * 0.38 - 4, lh, v, align="R")
        yy += lh
    return y + h
