"""Drawing helpers for round EG, helper famke (an invented state's Basic Health Program, the "Bridge Plan" for adults
just above the Medicaid income limit, with its state agency and its managed care plans; an invented travel-nurse
staffing agency's health plan with a national network and a claims administrator).

Why: both families need a few shapes the older kits do not draw. A state agency heads its notices with the state's
name spaced in capitals over the agency and a rule, and prints its facts in a two-column key/value box with the
captions in a shaded left column; forms print the value above its caption inside the same ruled cell; an appeal
notice ends with a tear-off return slip behind a dashed scissors line that repeats the IDs (sometimes in another
format); remittances and family statements need a ruled grid in a condensed face whose narrow cells wrap (a member
ID broken over two lines, a provider name over three); a small "claims history" panel carries an older claim's
number and amount as a decoy. Dates come in the shapes real mail uses ("2026-03-04", "Mar. 4, '26", "04MAR26",
"the 4th of March 2026", "4 de marzo de 2026", "Wed 03/04/26") and money as "USD 1,234.50", "1.234,50",
"1.234,50 US$", "(45.00)", and in words beside the digits. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundee_famic import ord_of, words  # noqa: F401  (re-exported for the family modules)
from kit_roundef_famje import EFSheet
from public_kit import MONTHS_ES, digits

COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
COND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

# invented people: Bridge Plan enrollees in a northern state, travel nurses and their families
FIRST = ["Anouk", "Bramwell", "Calista", "Desmond", "Elowen", "Fintan", "Greer", "Hollis", "Isolde", "Jericho",
         "Kestrel", "Lorcan", "Maren", "Niamh", "Osric", "Perpetua", "Quillon", "Roisin", "Soren", "Tamsin",
         "Ulric", "Vesna", "Wendeline", "Yorick", "Zinnia", "Auden", "Briony", "Caspian", "Delphia", "Emrys"]
LAST = ["Ashbury", "Blackthorn", "Corrigan", "Delacorte", "Eskridge", "Fairbairn", "Galloway", "Hathersage",
        "Inglethorpe", "Joscelyn", "Kilbride", "Lanyon", "Merriweather", "Nightingale", "Ormerod", "Penhaligon",
        "Quartermaine", "Rushworth", "Stonehouse", "Tolliver", "Upshaw", "Vandermeer", "Wetherell", "Yardley",
        "Abernethy", "Brackenbury", "Cottingham", "Dunmore"]
FEMALE = {"Anouk", "Calista", "Elowen", "Greer", "Isolde", "Kestrel", "Maren", "Niamh", "Perpetua", "Roisin",
          "Tamsin", "Vesna", "Wendeline", "Zinnia", "Briony", "Delphia", "Amparo", "Clementina", "Eufemia",
          "Florinda", "Herminia", "Jacinta", "Lorena", "Nereida", "Pascuala", "Rosaura"}
FIRST_ES = ["Amparo", "Baldomero", "Clementina", "Dionisio", "Eufemia", "Florinda", "Gaspar", "Herminia",
            "Isidoro", "Jacinta", "Leandro", "Lorena", "Nereida", "Olegario", "Pascuala", "Rosaura", "Saturnino",
            "Teodoro"]
LAST_ES = ["Alcántara", "Benavides", "Carrillo", "Del Toro", "Esquivel", "Ferrer", "Granados", "Hidalgo",
           "Ledesma", "Mondragón", "Nájera", "Ocampo", "Palacios", "Quezada", "Robledo", "Santillán", "Tovar",
           "Valdivia"]


def people(rng: random.Random, n: int, es: bool = False, sex: str | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); sex has
    one letter per person: F, M or . (either)."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        want = sex[len(got)] if sex else "."
        if f in seen or last in seen or (want == "F" and f not in FEMALE) or (want == "M" and f in FEMALE):
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(person: str, family_of: str) -> str:
    """person's first name and initial with family_of's last name (a spouse, a son, a daughter)."""
    p = person.split()
    return f"{p[0]} {p[1]} {family_of.split()[-1]}"


def last_first(full: str) -> str:
    """LAST, FIRST M (a listing's form of a name)."""
    p = full.split()
    return f"{p[-1].upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def first(full: str) -> str:
    return full.split()[0]


def surname(full: str) -> str:
    return full.split()[-1]


def phone(rng: random.Random, area: str = "406") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def toll(rng: random.Random) -> str:
    return f"1-888-555-{digits(rng, 4)}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def month_end(d: dt.date) -> dt.date:
    return add_months(d.replace(day=1), 1) - dt.timedelta(days=1)


# --- dates ------------------------------------------------------------------------------------------------------
def iso(d: dt.date) -> str:
    """2026-03-04"""
    return d.isoformat()


def apos(d: dt.date) -> str:
    """Mar. 4, '26 (May, June and July keep their short names without a point)"""
    m = d.strftime("%b")
    m = m if d.month in (5, 6, 7) else m + "."
    if d.month == 9:
        m = "Sept."
    return f"{m} {d.day}, '{d.strftime('%y')}"


def stamp(d: dt.date) -> str:
    """04MAR26"""
    return d.strftime("%d%b%y").upper()


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def dname(d: dt.date) -> str:
    """Wed 03/04/26"""
    return d.strftime("%a %m/%d/%y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def dmy(d: dt.date) -> str:
    """4 March 2026"""
    return d.strftime("%-d %B %Y")


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """miércoles, 4 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def es_num(d: dt.date) -> str:
    """04/03/2026 (day first)"""
    return d.strftime("%d/%m/%Y")


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


def dollars(v: float) -> str:
    return f"${v:,.2f}"


def eu(v: float) -> str:
    """1.234,50"""
    return f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def eu_usd(v: float) -> str:
    """1.234,50 US$"""
    return f"{eu(v)} US$"


def paren(v: float) -> str:
    return f"({v:,.2f})"


# --- identifiers ------------------------------------------------------------------------------------------------
LOOK = {"O": "0", "I": "1", "S": "5", "B": "8"}


def lookalike(rng: random.Random, pattern: str) -> str:
    """An ID from a pattern: 'L' an ordinary capital letter, 'D' a digit, 'o' one of O / I / S / B (a letter a reader
    takes for a digit), anything else kept as it is. Each 'o' picks a different look-alike where it can."""
    pool = list(LOOK)
    rng.shuffle(pool)
    out = []
    for ch in pattern:
        if ch == "L":
            out.append(rng.choice("ACDEFHJKMNPRTUVWXY"))
        elif ch == "D":
            out.append(rng.choice("0123456789"))
        elif ch == "o":
            out.append(pool.pop() if pool else "O")
        else:
            out.append(ch)
    return "".join(out)


def nospace(s: str) -> str:
    return s.replace(" ", "")


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


class EGSheet(EFSheet):
    """The round EF sheet plus a condensed face, a state agency's head and a claims administrator's head, a
    two-column key/value box, value-over-caption form cells, a wrapping ruled grid, a tear-off return slip and a
    claims history panel."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Cond", "", COND)
        self.add_font("Cond", "B", COND_B)

    # --- letterheads -----------------------------------------------------------------------------------------
    def state_head(self, state: str, agency: str, sub: str, lines: list[str], box: str | None = None):
        """The state's name spaced in capitals, centred; the agency in bold under it; a small program line; a double
        rule; the contact lines in one row split at the left and right; an optional boxed title at the right."""
        W = self.w - self.l_margin - self.r_margin
        self.f(8.2, "B")
        self.cell(W, 4, "  ".join(state.upper()).replace("   ", "     "), align="C", new_x="LMARGIN",
                  new_y="NEXT")
        self.set_font("Serif", "B", 14.5)
        self.cell(W, 7, agency, align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(8.2)
        self.cell(W, 4, sub, align="C", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.2
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 1, self.l_margin + W, y + 1)
        self.set_y(y + 2.4)
        half = (len(lines) + 1) // 2
        self.f(7.4)
        y = self.get_y()
        for i, ln in enumerate(lines[:half]):
            self.set_xy(self.l_margin, y + i * 3.5)
            self.cell(W / 2, 3.5, ln)
        for i, ln in enumerate(lines[half:]):
            self.set_xy(self.l_margin + W / 2, y + i * 3.5)
            self.cell(W / 2, 3.5, ln, align="R")
        self.set_xy(self.l_margin, y + half * 3.5 + 3)
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 9
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 7, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def plan_head(self, name: str, tag: str, lines: list[str], mark: str, box: str | None = None):
        """A square mark with the plan's letters at the left, the plan's name and a tag line beside it, the contact
        lines right-aligned on the same band, a thin rule under all."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        s = 13
        self.set_fill_color(35, 35, 35)
        self.rect(self.l_margin, y, s, s, style="F")
        self.set_text_color(255, 255, 255)
        self.f(9.5 if len(mark) < 3 else 7.6, "B")
        self.set_xy(self.l_margin, y + s / 2 - 2.2)
        self.cell(s, 4.4, mark, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + s + 3.5, y + 0.6)
        self.f(13, "B")
        self.cell(W * 0.6, 6.4, name)
        self.set_xy(self.l_margin + s + 3.5, y + 7.4)
        self.f(7.8)
        self.cell(W * 0.6, 3.6, tag)
        self.f(7.3)
        for i, ln in enumerate(lines):
            self.set_xy(self.l_margin + W * 0.55, y + i * 3.4)
            self.cell(W * 0.45, 3.4, ln, align="R")
        yb = max(y + s, y + len(lines) * 3.4) + 2
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_xy(self.l_margin, yb + 3)
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 9
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 7, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def admin_head(self, name: str, for_line: str, lines: list[str], box: str | None = None):
        """A claims administrator's head: its name in spaced small capitals over a heavy rule, 'for the ... plan' in
        italics-free small type under the rule, the contact lines in a column at the right edge."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        wdt = self.smallcaps(name, self.l_margin, y + 1, size=13.5)
        self.set_line_width(0.9)
        self.line_seg(self.l_margin, y + 8.2, self.l_margin + max(wdt, W * 0.55), y + 8.2)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 9.4)
        self.f(7.6)
        self.multi_cell(W * 0.58, 3.4, for_line, new_x="LMARGIN", new_y="NEXT")
        yl = self.get_y()
        self.f(7.2)
        for i, ln in enumerate(lines):
            self.set_xy(self.l_margin + W * 0.62, y + i * 3.3)
            self.cell(W * 0.38, 3.3, ln, align="R")
        self.set_xy(self.l_margin, max(yl + 2, y + len(lines) * 3.3 + 2))
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 9
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 7, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    # --- key/value shapes ------------------------------------------------------------------------------------
    def kv_box(self, rows: list[tuple[str, str]], cap_w: float = 44, size: float = 9.0, cap: float = 8.0,
               title: str | None = None, w: float | None = None, x: float | None = None, h: float = 6.0,
               shade: int = 232) -> float:
        """A ruled box of two columns: the captions in a shaded left column, the values in the right; an optional
        title band on top. A value may wrap. Returns the y under the box."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        if title:
            self.set_fill_color(60, 60, 60)
            self.set_text_color(255, 255, 255)
            self.f(cap + 0.4, "B")
            self.set_xy(x0, y)
            self.cell(W, 5.4, " " + title, fill=True)
            self.set_text_color(0, 0, 0)
            y += 5.4
        for k, v in rows:
            self.f(size, "B")
            nl = len(self.multi_cell(W - cap_w - 2.4, size * 0.46, v, dry_run=True, output="LINES"))
            rh = max(h, nl * size * 0.46 + 1.8)
            self.set_fill_color(shade, shade, shade)
            self.rect(x0, y, cap_w, rh, style="DF")
            self.set_fill_color(255, 255, 255)
            self.rect(x0 + cap_w, y, W - cap_w, rh)
            self.set_xy(x0 + 1.2, y + (rh - cap * 0.44) / 2 if nl == 1 else y + 0.9)
            self.f(cap)
            self.cell(cap_w - 2, cap * 0.44, k)
            self.set_xy(x0 + cap_w + 1.2, y + 0.9)
            self.f(size, "B")
            self.multi_cell(W - cap_w - 2.4, size * 0.46, v, align="L", new_x="LEFT", new_y="NEXT")
            y += rh
        self.set_xy(self.l_margin, y + 3)
        return y

    def kv_pair(self, left: list[tuple[str, str]], right: list[tuple[str, str]], cap_w: float = 30,
                size: float = 8.8, gap: float = 5, titles: tuple[str | None, str | None] = (None, None)):
        """Two key/value boxes side by side."""
        W = self.w - self.l_margin - self.r_margin
        bw = (W - gap) / 2
        y0 = self.get_y()
        e1 = self.kv_box(left, cap_w=cap_w, size=size, w=bw, x=self.l_margin, title=titles[0])
        self.set_y(y0)
        e2 = self.kv_box(right, cap_w=cap_w, size=size, w=bw, x=self.l_margin + bw + gap, title=titles[1])
        self.set_xy(self.l_margin, max(e1, e2) + 3)

    def over_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.4, cap: float = 6.0,
                   h: float = 10.6):
        """Rows of ruled cells, each holding its value in bold at the top and its caption in small type under it (a
        form whose captions sit below the filled-in values). Widths are fractions of the line when <= 1."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            for v, k, w in row:
                cw = w * W if w <= 1 else w
                self.rect(x, y, cw, h)
                self.set_xy(x + 1.2, y + 1.0)
                self.f(size, "B")
                self.cell(cw - 2.4, size * 0.48, v)
                self.set_xy(x + 1.2, y + h - cap * 0.44 - 1.0)
                self.f(cap)
                self.cell(cw - 2.4, cap * 0.44, k)
                x += cw
            self.set_xy(self.l_margin, y + h)
        self.ln(3)

    # --- tables ----------------------------------------------------------------------------------------------
    def grid_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
                   size: float = 7.2, face: str = "Cond", shade_rows: set[int] | None = None,
                   bold_rows: set[int] | None = None, head_shade: int = 225, lh: float | None = None):
        """A ruled grid in the condensed face whose cells wrap onto as many lines as they need (a long ID in a narrow
        column breaks over two lines); the header is shaded and wraps too. shade_rows get a light fill."""
        aligns = aligns or ["L"] * len(widths)
        shade_rows, bold_rows = shade_rows or set(), bold_rows or set()
        lh = lh or size * 0.44
        x0 = self.l_margin

        def lines_of(text, w, style=""):
            self.set_font(face, style, size)
            return len(self.multi_cell(w - 1.0, lh, text, dry_run=True, output="LINES"))

        self.set_font(face, "B", size - 0.3)
        hn = max(lines_of(hd, w, "B") for hd, w in zip(head, widths))
        hh = hn * lh + 1.6
        y = self.get_y()
        x = x0
        self.set_fill_color(head_shade, head_shade, head_shade)
        for hd, w, a in zip(head, widths, aligns):
            self.rect(x, y, w, hh, style="DF")
            self.set_xy(x + 0.5, y + 0.8)
            self.set_font(face, "B", size - 0.3)
            self.multi_cell(w - 1.0, lh, hd, align="C" if a == "C" else ("R" if a == "R" else "L"), new_x="RIGHT",
                            new_y="TOP")
            x += w
        self.set_fill_color(255, 255, 255)
        y += hh
        for i, r in enumerate(rows):
            st = "B" if i in bold_rows else ""
            n = max(lines_of(c, w, st) for c, w in zip(r, widths))
            rh = n * lh + 1.4
            if y + rh > self.h - self.b_margin:
                self.add_page(orientation=self.cur_orientation)
                y = self.get_y()
            x = x0
            for c, w, a in zip(r, widths, aligns):
                if i in shade_rows:
                    self.set_fill_color(238, 238, 238)
                    self.rect(x, y, w, rh, style="DF")
                    self.set_fill_color(255, 255, 255)
                else:
                    self.rect(x, y, w, rh)
                self.set_xy(x + 0.5, y + 0.7)
                self.set_font(face, st, size)
                self.multi_cell(w - 1.0, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                x += w
            y += rh
        self.set_xy(x0, y + 2.5)

    def history_box(self, title: str, head: list[str], rows: list[list[str]], widths: list[float], note: str = "",
                    size: float = 7.6):
        """A small framed panel with a grey title band: an older claim or two (number, date, amount, what happened)
        kept for the reader's records."""
        W = sum(widths) + 4
        x0, y0 = self.l_margin, self.get_y()
        self.set_fill_color(210, 210, 210)
        self.f(size + 0.4, "B")
        self.set_xy(x0, y0)
        self.cell(W, 4.8, " " + title, fill=True)
        self.set_fill_color(255, 255, 255)
        y = y0 + 5.6
        self.f(size - 0.4, "B")
        x = x0 + 2
        for hd, w in zip(head, widths):
            self.set_xy(x, y)
            self.cell(w, size * 0.45, hd)
            x += w
        y += size * 0.45 + 0.8
        self.line_seg(x0 + 2, y, x0 + W - 2, y)
        y += 0.6
        for r in rows:
            x = x0 + 2
            self.f(size)
            for c, w in zip(r, widths):
                self.set_xy(x, y)
                self.cell(w, size * 0.48, c)
                x += w
            y += size * 0.48 + 0.5
        if note:
            self.set_xy(x0 + 2, y + 0.5)
            self.f(size - 0.8)
            self.multi_cell(W - 4, (size - 0.8) * 0.45, note, new_x="LEFT", new_y="NEXT")
            y = self.get_y()
        self.rect(x0, y0, W, y - y0 + 1.2)
        self.set_xy(self.l_margin, y + 4)

    # --- tear-off return slip --------------------------------------------------------------------------------
    def tear_slip(self, title: str, left: list[tuple[str, str]], right: list[tuple[str, str]],
                  checks: list[str], mail_to: list[str], size: float = 8.4, at_foot: bool = True):
        """A dashed line with a pair of scissors across the page, 'fold and tear here', then a boxed return slip: a
        title, two columns of caption / value lines repeating the IDs, check boxes to fill in by hand, a 'mail to'
        block with the post office box. at_foot puts the slip at the bottom of the page when it fits."""
        W = self.w - self.l_margin - self.r_margin
        need = 4.6 + 7 + max(len(left), len(right)) * 4.8 + 1.5 + max(len(checks) * 5.0, 3.8 + len(mail_to) * 3.8) + 1.6
        if at_foot and self.get_y() + need < self.h - self.b_margin:
            self.set_y(self.h - self.b_margin - need)
        if self.get_y() + need > self.h - self.b_margin:
            self.add_page()
        y = self.get_y()
        self.f(9)
        self.set_xy(self.l_margin - 1, y - 2.1)
        self.cell(5, 4, "\u2702")
        x = self.l_margin + 5
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.2, self.w - self.r_margin), y)
            x += 3.6
        self.set_xy(self.l_margin, y + 0.8)
        self.f(6.2)
        self.cell(W, 2.8, "fold and tear here  -  keep the top part for your records", align="R")
        y += 4.6
        yb = y
        self.set_xy(self.l_margin + 2, y + 1.5)
        self.f(10, "B")
        self.cell(W - 4, 5, title)
        y += 7
        half = (W - 6) / 2
        for col, rows in ((0, left), (1, right)):
            yy_ = y
            for k, v in rows:
                self.set_xy(self.l_margin + 3 + col * half, yy_)
                self.f(size - 1.0)
                kw = self.get_string_width(k + ":") + 1.6
                self.cell(kw, 4.6, k + ":")
                self.f(size, "B")
                self.cell(half - kw - 2, 4.6, v)
                yy_ += 4.8
        y += max(len(left), len(right)) * 4.8 + 1.5
        yc = y
        for c in checks:
            self.rect(self.l_margin + 3, yc + 0.6, 3.2, 3.2)
            self.set_xy(self.l_margin + 8, yc)
            self.f(size - 0.4)
            self.cell(half - 6, 4.4, c)
            yc += 5.0
        ym = y
        self.set_xy(self.l_margin + 3 + half, ym)
        self.f(size - 1.2, "B")
        self.cell(half - 4, 3.8, "MAIL TO")
        ym += 3.8
        for ln in mail_to:
            self.set_xy(self.l_margin + 3 + half, ym)
            self.f(size - 0.4)
            self.cell(half - 4, 3.8, ln)
            ym += 3.8
        y = max(yc, ym) + 1.5
        self.set_line_width(0.45)
        self.rect(self.l_margin, yb, W, y - yb)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 2)

    def note_box(self, text: str, size: float = 8.6, bold: bool = False, shade: int = 244):
        """A thin framed, lightly shaded box holding one short paragraph (a 'this is not a bill' notice)."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size, "B" if bold else "")
        nl = len(self.multi_cell(W - 6, size * 0.47, text, dry_run=True, output="LINES"))
        h = nl * size * 0.47 + 3
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y, W, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y + 1.5)
        self.multi_cell(W - 6, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + h + 3)
