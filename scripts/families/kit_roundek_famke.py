"""Drawing helpers for round EK, helper famke (an invented insurer's hospital indemnity and critical illness
supplemental policies, mirrored from the structure of published supplemental-policy claim letters; an invented
commercial divers' health and welfare trust).

Why: both families print fixed benefit amounts, logs and schedules beside the claim that was refused, so they need
a few layouts the older kits do not have: prose set in three narrow columns, values in ruled boxes with their
captions to the RIGHT of the box, a ruled claims table broken across pages with "Carried forward" / "Brought
forward" subtotal rows (a claim's lines may fall on both sides of the break), a benefit schedule in two columns
with dot leaders (fixed amounts that are never the claim's charges), a corner block of bare reference lines (an ID
with no caption of its own), a row of tiles with a large figure over a small caption (hours reported against
hours needed), and a tilted receipt stamp. Date shapes: "the 9th day of March, 2026" and "9.III.2026" on decoys
only; truth dates are printed as "March 9, 2026", "9 March 2026", "03/09/2026", "2026-03-09", "Mar 9, 2026",
"09-Mar-2026" or "9 de marzo de 2026". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundej_famje import EJSheet
from public_kit import MONTHS_ES, digits

FIRST_F = ["Odalys", "Perpetua", "Winifred", "Linnea", "Junia", "Rowena", "Bettany", "Ysolde", "Hermione",
           "Philomena", "Leonie", "Tabitha", "Georgiana", "Delphina", "Odile", "Clothilde", "Marceline", "Noemie"]
FIRST_M = ["Anselm", "Barnabas", "Fergus", "Hamish", "Isidore", "Lachlan", "Niall", "Piers", "Roderick",
           "Torquil", "Ambrose", "Crispian", "Edmund", "Lucan", "Beau", "Remy", "Lucien", "Alcide", "Ulysse"]
FIRST = FIRST_F + FIRST_M
LAST = ["Cowdray", "Strangways", "Attenborrow", "Fitzherbert", "Penhale", "Nankervis", "Dunkerley", "Catterall",
        "Rawsthorne", "Sowerbutts", "Zouch", "Dorsett", "Roskilly", "Tollemache", "Scarisbrick", "Polglase",
        "Tregenza", "Whitworth", "Ibbetson", "Kempthorne", "Peploe", "Scudamore", "Wedgwood", "Yeandle", "Comeaux",
        "Robichaux", "Guidry", "Broussard", "Arceneaux", "Fontenot"]
FIRST_ES_F = ["Ximena", "Araceli", "Itzel", "Consuelo", "Maribel", "Yolanda"]
FIRST_ES_M = ["Evaristo", "Heriberto", "Nicanor", "Wenceslao", "Rigoberto", "Fulgencio"]
LAST_ES = ["Santoyo", "Olguin", "Buenrostro", "Anchondo", "Barboza", "Cantu", "Ibarguen", "Covarrubias"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


USED: set = set()


def fresh() -> None:
    """Forget the names used so far (call at the start of a family's documents(): the draw stays seeded)."""
    USED.clear()


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with any name drawn since
    the last fresh() (no two papers of a family share a person by accident); sexes: F / M / X, one a person."""
    got = []
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else "X"
        fs = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M,
              "X": (FIRST_ES_F + FIRST_ES_M) if es else FIRST}[s]
        f, last = rng.choice(fs), rng.choice(LAST_ES if es else LAST)
        if f in USED or last in USED:
            continue
        USED.update({f, last})
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def with_last(full: str, last: str) -> str:
    """The same first name and initial with another surname (a spouse or child carries the insured's name)."""
    f, m, _ = parts(full)
    return f"{f} {m}. {last}"


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = parts(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = parts(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "402") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "800") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def weekday_on(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (letters are dated on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


# --- dates -----------------------------------------------------------------------------------------------------
def slash(d: dt.date) -> str:
    """03/09/2026"""
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    """03/09/26"""
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    """March 9, 2026"""
    return d.strftime("%B %-d, %Y")


def dmy_long(d: dt.date) -> str:
    """9 March 2026"""
    return d.strftime("%-d %B %Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def abbr(d: dt.date) -> str:
    """Mar 9, 2026"""
    return d.strftime("%b %-d, %Y")


def dd_mon(d: dt.date) -> str:
    """09-Mar-2026"""
    return d.strftime("%d-%b-%Y")


def wday_long(d: dt.date) -> str:
    """Monday, March 9, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_of(d: dt.date) -> str:
    """the 9th day of March, 2026 (decoys only: no reader's date pattern holds it)"""
    return f"the {ordinal(d.day)} day of {d.strftime('%B')}, {d.year}"


def roman(d: dt.date) -> str:
    """9.III.2026 (decoys only)"""
    return f"{d.day}.{ROMAN[d.month - 1]}.{d.year}"


def es_date(d: dt.date) -> str:
    """9 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def span_words(a: dt.date, b: dt.date) -> str:
    """March 2 through March 4, 2026"""
    return f"{a.strftime('%B %-d')} through {long(b)}"


# --- money -----------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_es(v: float) -> str:
    """US$ 9.418,75 (Spanish grouping)"""
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def money_of(cell: str) -> float:
    t = cell.replace("$", "").replace(",", "").replace("USD", "").strip()
    try:
        return float(t)
    except ValueError:
        return 0.0


class EKSheet(EJSheet):
    """EJSheet plus three-column prose, caption-right boxes, a carried-forward table, a two-column benefit
    schedule, a corner block of bare reference lines, figure tiles and a tilted receipt stamp."""

    subject_line = EJSheet.subject                          # the inherited underlined 'RE:' line, under a new name

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        # fpdf writes the attribute `subject` into the PDF's /Subject; the inherited subject() method would put its
        # repr there, memory address and all, and the same build would not give the same bytes twice
        self.subject = None

    def three_cols(self, blocks: list[tuple[str, str]], size: float = 8.4, gap: float = 5.0, rules: bool = True):
        """(heading, text) blocks flowed into three narrow columns, balanced by height, thin rules between."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - 2 * gap) / 3
        lh = size * 0.46

        def height(h, t):
            self.f(size)
            n = len(self.multi_cell(cw, lh, t, dry_run=True, output="LINES"))
            self.f(size + 0.4, "B")
            m = len(self.multi_cell(cw, lh + 0.3, h, dry_run=True, output="LINES")) if h else 0
            return n * lh + m * (lh + 0.3) + (1.0 if h else 0) + 2.0

        hs = [height(h, t) for h, t in blocks]
        target = sum(hs) / 3
        cols, cur, acc = [[], [], []], 0, 0.0
        for b, h in zip(blocks, hs):
            if acc + h / 2 > target * (cur + 1) and cur < 2 and cols[cur]:
                cur += 1
            cols[cur].append(b)
            acc += h
        y0 = self.get_y()
        ends = []
        for i, col in enumerate(cols):
            x = self.l_margin + i * (cw + gap)
            self.set_xy(x, y0)
            for h, t in col:
                if h:
                    self.set_x(x)
                    self.f(size + 0.4, "B")
                    self.multi_cell(cw, lh + 0.3, h, new_x="LEFT", new_y="NEXT")
                    self.ln(1.0)
                self.set_x(x)
                self.f(size)
                self.multi_cell(cw, lh, t, new_x="LEFT", new_y="NEXT", align="L")
                self.ln(2.0)
            ends.append(self.get_y())
        if rules:
            for i in (1, 2):
                xr = self.l_margin + i * (cw + gap) - gap / 2
                self.line_seg(xr, y0, xr, max(ends) - 1.5)
        self.set_xy(self.l_margin, max(ends) + 1)

    def right_caps(self, rows: list[list[tuple[str, str]]], box_w: float = 42, size: float = 9.0,
                   cap: float = 6.6, h: float = 6.6):
        """Rows of '[ value ] CAPTION' pairs: each value in a ruled box, its small caption to the RIGHT of the box
        (the caption follows the value, as on some claim-system printouts). The row is split evenly."""
        W = self.w - self.l_margin - self.r_margin
        for row in rows:
            cw = W / len(row)
            y = self.get_y()
            for i, (v, k) in enumerate(row):
                x = self.l_margin + i * cw
                bw = min(box_w, cw - 18)
                self.rect(x, y, bw, h)
                self.set_xy(x + 1.2, y + (h - size * 0.45) / 2)
                self.f(size, "B")
                self.cell(bw - 2, size * 0.45, v)
                self.set_xy(x + bw + 1.5, y + (h - cap * 0.45) / 2)
                self.f(cap)
                self.cell(cw - bw - 3, cap * 0.45, k.upper())
            self.set_xy(self.l_margin, y + h + 1.6)
        self.ln(1.2)

    def carried_table(self, head: list[str], rows: list[dict], widths: list[float], aligns: list[str],
                      sum_cols: list[int], size: float = 7.8, row_h: float = 5.2, bottom: float = 30,
                      carried: str = "Carried forward", brought: str = "Brought forward",
                      totals_label: str = "Totals", label_col: int = 1, head_again: bool = False):
        """A ruled table broken across pages: when the next row would pass `bottom` mm from the foot, a shaded
        'Carried forward' row with the running sums of sum_cols ends the page and the next page opens with a
        'Brought forward' row (the header again only when head_again). rows: {"cells": [...], "bold": bool,
        "shade": bool}; a shaded bold row (a claim's heading line) is not summed. The totals row ends the table."""
        W = sum(widths)
        x0 = self.l_margin
        sums = {c: 0.0 for c in sum_cols}

        def header():
            self.f(size - 0.3, "B")
            lh = (size - 0.3) * 0.44
            n = max(len(self.multi_cell(w - 1.5, lh, t, dry_run=True, output="LINES")) for t, w in zip(head, widths))
            hh = n * lh + 2
            y = self.get_y()
            self.set_fill_color(228, 228, 228)
            xx = x0
            for t, w, a in zip(head, widths, aligns):
                self.rect(xx, y, w, hh, style="DF")
                self.set_xy(xx + 0.7, y + 1)
                self.multi_cell(w - 1.5, lh, t, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                xx += w
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0, y + hh)

        def sum_row(label: str, fill: int):
            self.set_fill_color(fill, fill, fill)
            self.f(size, "B")
            self.set_x(x0)
            for j, (w, a) in enumerate(zip(widths, aligns)):
                txt = n2(sums[j]) if j in sums else (label if j == label_col else "")
                self.cell(w, row_h, txt, border=1, align=a if j in sums else "L", fill=True)
            self.ln(row_h)
            self.set_fill_color(255, 255, 255)

        header()
        for r in rows:
            if self.get_y() + row_h * 2 > self.h - bottom:
                sum_row(carried, 235)
                self.add_page()
                if head_again:
                    header()
                sum_row(brought, 235)
            if r.get("span"):                             # a claim's heading line across the whole table
                self.set_fill_color(240, 240, 240)
                self.f(size, "B")
                self.set_x(x0)
                self.cell(W, row_h, " " + r["cells"][0], border=1, fill=True)
                self.set_fill_color(255, 255, 255)
                self.ln(row_h)
                continue
            shade = r.get("shade", False)
            self.f(size, "B" if r.get("bold") else "")
            if shade:
                self.set_fill_color(242, 242, 242)
            self.set_x(x0)
            for j, (c, w, a) in enumerate(zip(r["cells"], widths, aligns)):
                self.cell(w, row_h, c, border=1, align=a, fill=shade)
                if j in sums and not shade:
                    sums[j] += money_of(c)
            self.set_fill_color(255, 255, 255)
            self.ln(row_h)
        sum_row(totals_label, 215)
        self.set_x(self.l_margin)
        self.ln(2.5)
        return W

    def schedule(self, title: str, rows: list[tuple[str, str]], note: str = "", size: float = 8.0,
                 gap: float = 8.0):
        """A framed benefit schedule in two columns of 'Benefit ........ amount' lines (fixed amounts)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap - 6) / 2
        half = -(-len(rows) // 2)
        lh = size * 0.55
        y0 = self.get_y()
        self.set_xy(self.l_margin + 3, y0 + 2)
        self.f(size + 1.2, "B")
        self.cell(W - 6, 5, title)
        y = y0 + 8
        for c in range(2):
            x = self.l_margin + 3 + c * (cw + gap)
            for i, (k, v) in enumerate(rows[c * half:(c + 1) * half]):
                self.set_xy(x, y + i * (lh + 0.5))
                self.f(size)
                kw = self.get_string_width(k) + 1
                vw = self.get_string_width(v) + 1
                dots = max(2, int((cw - kw - vw) / max(self.get_string_width("."), 0.4)) - 2)
                self.cell(kw, lh, k)
                self.cell(cw - kw - vw, lh, "." * dots)
                self.f(size, "B")
                self.cell(vw, lh, v, align="R")
        y += half * (lh + 0.5) + 1
        if note:
            self.set_xy(self.l_margin + 3, y)
            self.f(size - 0.8)
            self.multi_cell(W - 6, (size - 0.8) * 0.45, note, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 1
        self.rect(self.l_margin, y0, W, y - y0 + 1)
        self.set_xy(self.l_margin, y + 4)

    def corner_refs(self, lines: list[str], y: float | None = None, size: float = 8.2, w: float = 70):
        """Bare reference lines at the top right (no captions: an ID, a claim number, initials). Returns nothing;
        the current y is left unchanged."""
        keep = self.get_y()
        yy_ = keep if y is None else y
        for ln in lines:
            self.set_xy(self.w - self.r_margin - w, yy_)
            self.f(size)
            self.cell(w, size * 0.48, ln, align="R")
            yy_ += size * 0.5
        self.set_y(keep)

    def tiles(self, items: list[tuple[str, str]], size: float = 15, cap: float = 6.8, h: float = 17,
              heavy: int | None = None):
        """A row of framed tiles: a large figure over a small caption; `heavy` is the index of a tile with a
        thicker frame."""
        W = self.w - self.l_margin - self.r_margin
        gap = 3
        tw = (W - gap * (len(items) - 1)) / len(items)
        y = self.get_y()
        for i, (v, k) in enumerate(items):
            x = self.l_margin + i * (tw + gap)
            if heavy == i:
                self.set_line_width(0.7)
            self.rect(x, y, tw, h)
            self.set_line_width(0.2)
            self.set_xy(x, y + 2)
            self.f(size, "B")
            self.cell(tw, size * 0.45, v, align="C")
            self.set_xy(x + 1.5, y + 3 + size * 0.45 + 1.5)
            self.f(cap)
            self.multi_cell(tw - 3, cap * 0.45, k, align="C", new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, y + h + 4)

    def receipt_stamp(self, lines: list[str], x: float, y: float, angle: float = 8, size: float = 9.5):
        """A tilted double-framed receipt stamp (a mail room's date, a decoy)."""
        self.f(size, "B")
        w = max(self.get_string_width(s) for s in lines) + 8
        h = len(lines) * size * 0.5 + 5
        keep = (self.get_x(), self.get_y())
        with self.rotation(angle, x + w / 2, y + h / 2):
            self.set_draw_color(70, 70, 70)
            self.set_text_color(70, 70, 70)
            self.set_line_width(0.6)
            self.rect(x, y, w, h)
            self.set_line_width(0.2)
            self.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4)
            for i, s in enumerate(lines):
                self.set_xy(x, y + 2.5 + i * size * 0.5)
                self.f(size, "B")
                self.cell(w, size * 0.5, s, align="C")
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_xy(*keep)

    def letterhead(self, top: str, name: str, lines: list[str], size: float = 17, sub_size: float = 9.4,
                   right: list[str] | None = None):
        """A wordmark letterhead: a spaced capital word (CORBELLINE) over the rest of the company name, contact
        lines in small type, an optional block of lines at the right, and a double rule."""
        y0 = self.get_y()
        self.f(size, "B")
        self.set_char_spacing(2.2)
        self.cell(0, size * 0.45, top, new_x="LMARGIN", new_y="NEXT")
        self.set_char_spacing(0)
        self.f(sub_size)
        self.cell(0, sub_size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.6)
        self.f(7.4)
        for ln in lines:
            self.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        if right:
            yy_ = y0
            for ln in right:
                self.set_xy(self.w - self.r_margin - 70, yy_)
                self.f(7.6)
                self.cell(70, 3.6, ln, align="R")
                yy_ += 3.7
            y1 = max(y1, yy_)
        self.set_y(y1 + 1.2)
        y = self.get_y()
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 1.1, self.w - self.r_margin, y + 1.1)
        self.set_y(y + 4.5)
