"""Drawing helpers for round EF, helper famje (a fee-for-service plan for federal employees posted abroad, in the
FEHB style, with an invented plan office; an invented limited-benefit "mini-med" plan for restaurant and hotel
workers).

Why: both families live on a few shapes older kits lack. Overseas claims come with a bill in another currency, a
rate and a rate date, so a claim's lines carry two amounts (the foreign charge and its dollar value); a plan office
answers on a short form whose checked box is the decision; captions are printed in small capitals in the left
margin with the value at the right end of a ruled box; a shaded rail down the left edge holds the phone, fax and TTY
numbers next to the IDs while the letter runs beside it; a page header repeats the name and ID on every page
(page 1 too); a scan line of digits (the mail-room's document line) runs across the foot of a page. A mini-med pays
fixed amounts up to caps, so its statements need a small "caps used" meter (visits used of visits allowed, dollars
used of a yearly cap). Dates come in the shapes real mail uses ("04.03.2026", "04.03.26", "from 3/4 through
3/9/2026", "the week of March 2, 2026", "Adm. 04/06/26 / Disch. 04/13/26", "lunes 23 de febrero de 2026") and money
as "(123.45)", "123.45-", "123.45 CR", "THB 9,000.00", "JPY 48,600", "S/ 1,650.00", "1.318,40 $" and "US$ 441.18".
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundee_famic import EESheet
from public_kit import MONTHS_ES, digits

DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

# invented people: federal families posted abroad, local spouses, restaurant and hotel workers
FIRST = ["Anneliese", "Barrett", "Calloway", "Delphine", "Emeric", "Florentine", "Gideon", "Henrietta", "Ignatius",
         "Juliska", "Lysander", "Marguerite", "Nathaniel", "Octavia", "Peregrine", "Quentin", "Rosalba", "Sebastian",
         "Theodora", "Valentin", "Wilhelmina", "Xavier", "Yolanda", "Zachariah", "Ambrose", "Bettina"]
LAST = ["Ashcombe", "Bellweather", "Coldridge", "Dunstable", "Everleigh", "Fenwright", "Gorringe", "Hartigan",
        "Inchbold", "Jessamy", "Kingsolver", "Lockridge", "Mallinder", "Northcott", "Oddington", "Prendergast",
        "Quenby", "Rockingham", "Stallworth", "Tregaskis", "Upcott", "Varndell", "Whitlock", "Yelverton"]
FEMALE = {"Anneliese", "Delphine", "Florentine", "Henrietta", "Juliska", "Marguerite", "Octavia", "Rosalba",
          "Theodora", "Wilhelmina", "Yolanda", "Bettina", "Maricruz", "Nayeli", "Itzel", "Xiomara", "Yadira",
          "Graciela", "Lucero", "Abril", "Rocío", "Pilar", "Soledad", "Milagros", "Marisela", "Dalila"}
FIRST_ES = ["Maricruz", "Nayeli", "Itzel", "Xiomara", "Yadira", "Graciela", "Lucero", "Abril", "Rocío", "Pilar",
            "Soledad", "Milagros", "Marisela", "Dalila", "Anselmo", "Bautista", "Cipriano", "Demetrio", "Evaristo",
            "Fulgencio", "Gumersindo", "Hilario", "Leonel", "Osvaldo"]
LAST_ES = ["Arizmendi", "Bocanegra", "Cantú", "Dávila", "Escamilla", "Figueroa", "Garza", "Huerta", "Ibarra",
           "Jasso", "Ledesma", "Montemayor", "Navarrete", "Olvera", "Pedraza", "Quiñones", "Rendón", "Saucedo",
           "Tamez", "Villarreal", "Zambrano", "Urquidi"]


def people(rng: random.Random, n: int, es: bool = False, sex: str | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sex has one letter per person (F, M, .)."""
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


def first_last(full: str) -> str:
    p = full.split()
    return f"{p[0]} {p[-1]}"


def phone(rng: random.Random, area: str = "301") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def toll(rng: random.Random) -> str:
    return f"1-800-555-{digits(rng, 4)}"


def add_months(d: dt.date, n: int) -> dt.date:
    """The same day n months later (the last day of the month when that day does not exist)."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


# --- dates ------------------------------------------------------------------------------------------------------
def dots(d: dt.date) -> str:
    """04.03.2026 (day first, as bills abroad print it)"""
    return d.strftime("%d.%m.%Y")


def dots2(d: dt.date) -> str:
    """04.03.26"""
    return d.strftime("%d.%m.%y")


def mdy(d: dt.date) -> str:
    """3/4/2026 (no leading zeros)"""
    return f"{d.month}/{d.day}/{d.year}"


def md(d: dt.date) -> str:
    """3/4"""
    return f"{d.month}/{d.day}"


def from_through(a: dt.date, b: dt.date) -> str:
    """from 3/4 through 3/9/2026"""
    return f"from {md(a)} through {mdy(b)}"


def week_of(d: dt.date) -> str:
    """the week of March 2, 2026"""
    return f"the week of {d.strftime('%B %-d, %Y')}"


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return d.strftime("%B %-d, %Y")


def wlong(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def dmy_long(d: dt.date) -> str:
    """4 March 2026"""
    return d.strftime("%-d %B %Y")


def stamp_date(d: dt.date) -> str:
    """14APR26 (a mail room's stamp)"""
    return d.strftime("%d%b%y").upper()


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """lunes 23 de febrero de 2026"""
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def trail(v: float) -> str:
    return f"{v:,.2f}-"


def cr(v: float) -> str:
    return f"{v:,.2f} CR"


def es_amt(v: float) -> str:
    """1.318,40 $ (dot for thousands, comma for cents, sign after)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{s}\u00a0$"


def eur(v: float) -> str:
    """14.800,00 (European grouping, no sign)"""
    return f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fx(v: float, code: str) -> str:
    """THB 9,000.00 / JPY 48,600 (yen has no cents)"""
    return f"{code} {v:,.0f}" if code == "JPY" else f"{code} {v:,.2f}"


def conv(v: float, rate: float) -> float:
    return round(v * rate, 2)


# --- identifiers ------------------------------------------------------------------------------------------------
def odd_in(s: str, odd: str | None, rng: random.Random, lo: int = 1) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B, Z, G) at a digit place of s (not the first lo)."""
    if not odd:
        return s
    places = [i for i, c in enumerate(s) if c.isdigit() and i >= lo]
    i = rng.choice(places[1:-1] or places)
    return s[:i] + odd + s[i + 1:]


def grouped(s: str, n: int = 3, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def icn(rng: random.Random, d: dt.date) -> str:
    """An internal control number: 2-digit year, day of the year, 8 digits (13 in all)."""
    return f"{d.strftime('%y')}{d.timetuple().tm_yday:03d}{digits(rng, 8)}"


class EFSheet(EESheet):
    """The round EE sheet plus small-capital captions in ruled boxes, a check-box decision form, a shaded left rail
    beside the letter, a header line on every page (page 1 too), a scan line of digits and a caps-used meter."""

    def __init__(self, *a, top_line: str | None = None, **k):
        super().__init__(*a, **k)
        self.top_line = top_line

    def header(self):
        super().header()
        if self.top_line:
            y = self.get_y()
            self.set_font(self.face, "", 7.2)
            self.set_xy(self.l_margin, 5.5)
            self.cell(self.w - self.l_margin - self.r_margin, 3.4,
                      self.top_line.format(n=self.page_no(), nb="{nb}"), align="R")
            self.set_xy(self.l_margin, max(y, 11))

    # --- small capitals ------------------------------------------------------------------------------------------
    def smallcaps(self, text: str, x: float, y: float, size: float = 8.4, style: str = "B") -> float:
        """text in small capitals at (x, y): capitals (and digits) full size, lower-case letters as capitals at 76 %.
        Returns the width drawn."""
        x0 = x
        runs, cur, big = [], "", None
        for ch in text:
            b = not ch.islower()
            if big is None or b == big:
                cur += ch
            else:
                runs.append((cur, big))
                cur = ch
            big = b
        if cur:
            runs.append((cur, big))
        for run, b in runs:
            sz = size if b else size * 0.76
            self.f(sz, style)
            w = self.get_string_width(run.upper())
            self.set_xy(x, y + (0 if b else size * 0.42 * 0.2))
            self.cell(w, sz * 0.42, run.upper())
            x += w
        return x - x0

    def sc_boxes(self, rows: list[tuple[str, str]], cap_w: float = 44, size: float = 9.4, cap: float = 8.0,
                 h: float = 7.4, gap: float = 1.4):
        """Each row: the caption in small capitals in the left margin, a ruled box from there to the right margin,
        the value set flush right at the box's right end."""
        W = self.w - self.l_margin - self.r_margin
        for k, v in rows:
            y = self.get_y()
            self.smallcaps(k, self.l_margin, y + (h - cap * 0.42) / 2, size=cap)
            self.set_line_width(0.3)
            self.rect(self.l_margin + cap_w, y, W - cap_w, h)
            self.set_line_width(0.2)
            self.f(size, "B")
            self.set_xy(self.l_margin + cap_w + 1, y)
            self.cell(W - cap_w - 3, h, v, align="R")
            self.set_xy(self.l_margin, y + h + gap)
        self.ln(1.5)

    # --- a decision form with check boxes ------------------------------------------------------------------------
    def decision_boxes(self, title: str, options: list[tuple[bool, str, str]], size: float = 9.0):
        """A framed block titled in white on black; one option a row: a square (a drawn tick when checked), the
        option in bold, its small explanation under it. The checked square is the decision."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        self.set_fill_color(25, 25, 25)
        self.set_text_color(255, 255, 255)
        self.f(size, "B")
        self.set_xy(x0, y0)
        self.cell(W, 6.2, "  " + title, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        y = y0 + 8
        for on, head, text in options:
            sq = 4.4
            self.set_line_width(0.35)
            self.rect(x0 + 3, y + 0.2, sq, sq)
            if on:
                self.set_line_width(0.8)
                self.line_seg(x0 + 3.8, y + 2.4, x0 + 5.0, y + 4.0)
                self.line_seg(x0 + 5.0, y + 4.0, x0 + 7.9, y - 0.6)
            self.set_line_width(0.2)
            self.set_xy(x0 + 10, y)
            self.f(size, "B")
            self.multi_cell(W - 13, size * 0.48, head, new_x="LEFT", new_y="NEXT")
            if text:
                self.f(size - 1.2)
                self.multi_cell(W - 13, (size - 1.2) * 0.46, text, new_x="LEFT", new_y="NEXT")
            y = self.get_y() + 2.2
        self.set_line_width(0.5)
        self.rect(x0, y0, W, y - y0)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 3)

    def tick_list(self, items: list[tuple[bool, str]], size: float = 8.8, indent: float = 10):
        """Small squares with a tick or empty, one item a line (what is missing, what was received)."""
        for on, text in items:
            y = self.get_y()
            x = self.l_margin + indent
            self.rect(x, y + 0.6, 3.2, 3.2)
            if on:
                self.set_line_width(0.6)
                self.line_seg(x + 0.5, y + 2.2, x + 1.4, y + 3.4)
                self.line_seg(x + 1.4, y + 3.4, x + 3.6, y - 0.2)
                self.set_line_width(0.2)
            self.set_xy(x + 5.5, y)
            self.f(size, "B" if on else "")
            self.multi_cell(self.w - self.r_margin - x - 5.5, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)

    # --- a shaded rail at the left, the letter beside it ---------------------------------------------------------
    def rail_letter(self, blocks: list[tuple[str, list[tuple[str, str]]]], paras: list[str], rail_w: float = 54,
                    size: float = 9.4, shade: int = 233, gap: float = 6):
        """A shaded rail from here to the foot of the page holding blocks of (caption, value) lines under small
        headings (IDs beside phone, fax and TTY numbers); the letter's paragraphs run in the column at its right. A
        paragraph may be a callable taking the sheet: it draws (a table, say) inside the right column."""
        x0, y0 = self.l_margin, self.get_y()
        bottom = self.h - 22
        self.set_fill_color(shade, shade, shade)
        self.rect(x0, y0, rail_w, bottom - y0, style="F")
        self.set_fill_color(255, 255, 255)
        y = y0 + 3
        for head, rows in blocks:
            self.set_xy(x0 + 2.5, y)
            self.smallcaps(head, x0 + 2.5, y, size=8.2)
            y += 5.2
            for k, v in rows:
                self.set_xy(x0 + 2.5, y)
                self.f(6.8)
                self.cell(rail_w - 5, 3.0, k)
                y += 3.1
                self.set_xy(x0 + 2.5, y)
                self.f(8.6, "B")
                self.multi_cell(rail_w - 5, 3.9, v, align="L", new_x="LEFT", new_y="NEXT")
                y = self.get_y() + 1.4
            y += 2.5
        left = self.l_margin
        self.set_left_margin(x0 + rail_w + gap)
        self.set_xy(x0 + rail_w + gap, y0 + 1)
        for p in paras:
            if callable(p):
                p(self)
            else:
                self.para(p, size)
        self.set_left_margin(left)
        self.set_xy(left, max(self.get_y(), y) + 2)

    # --- scan line ---------------------------------------------------------------------------------------------
    def scanline(self, code: str, y: float | None = None, size: float = 9.0):
        """A line of digits and chevrons across the foot of the page (the mail room's document line)."""
        y = self.h - 24 if y is None else y
        here = self.get_y()
        auto, margin = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False)
        self.set_font("Mono", "", size)
        self.set_xy(self.l_margin, y)
        self.cell(0, size * 0.45, code, align="C")
        self.set_auto_page_break(auto, margin=margin)
        self.set_xy(self.l_margin, here)

    # --- caps used -------------------------------------------------------------------------------------------
    def meter(self, rows: list[tuple[str, float, float, str]], title: str | None = None, size: float = 8.4,
              bar_w: float = 62):
        """Each row: a caption, a bar filled to used/allowed (past the end when over), and 'used of allowed' text."""
        W = self.w - self.l_margin - self.r_margin
        if title:
            self.f(size + 0.8, "B")
            self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        cap_w = W - bar_w - 48
        for cap, used, allowed, text in rows:
            y = self.get_y()
            self.f(size)
            self.set_xy(self.l_margin, y)
            self.cell(cap_w, 5, cap)
            x = self.l_margin + cap_w
            self.rect(x, y + 1, bar_w, 3.2)
            frac = min(1.0, used / allowed) if allowed else 1.0
            self.set_fill_color(70, 70, 70)
            if frac > 0:
                self.rect(x, y + 1, bar_w * frac, 3.2, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x + bar_w + 3, y)
            self.f(size, "B")
            self.cell(45, 5, text)
            self.set_xy(self.l_margin, y + 5.6)
        self.ln(1.5)

    def seal_head(self, name: str, sub: str, lines: list[str], right: list[str] | None = None,
                  box: str | None = None, size: float = 15):
        """The plan's name in capitals between two double rules, a small line under it, contact lines at the left
        and (optionally) a short block at the right, then an optional boxed title."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        for dy in (0, 1.1):
            self.line_seg(self.l_margin, y + dy, self.l_margin + W, y + dy)
        self.set_xy(self.l_margin, y + 2.6)
        self.set_font("Serif", "B", size)
        self.cell(W, size * 0.5, name.upper(), align="C")
        self.set_xy(self.l_margin, y + 3.4 + size * 0.5)
        self.set_font("Serif", "", 8.4)
        self.cell(W, 4, sub, align="C")
        y2 = y + 8.6 + size * 0.5
        for dy in (0, 1.1):
            self.line_seg(self.l_margin, y2 + dy, self.l_margin + W, y2 + dy)
        y3 = y2 + 3
        self.f(7.6)
        for i, ln in enumerate(lines):
            self.set_xy(self.l_margin, y3 + i * 3.6)
            self.cell(W * 0.62, 3.6, ln)
        for i, ln in enumerate(right or []):
            self.set_xy(self.l_margin + W * 0.62, y3 + i * 3.6)
            self.cell(W * 0.38, 3.6, ln, align="R")
        self.set_xy(self.l_margin, y3 + max(len(lines), len(right or [])) * 3.6 + 2.5)
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 9
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 7, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def ribbon_head(self, name: str, insurer: str, lines: list[str], ribbon: str, box: str | None = None,
                    size: float = 16):
        """A plan name set big at the left with a thin underline, the insurer in small type under it, contact lines
        at the right, and a shaded ribbon across the page carrying a warning (a limited plan's notice)."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_xy(self.l_margin, y)
        self.f(size, "B")
        nw = self.get_string_width(name)
        self.cell(nw, size * 0.5, name)
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, y + size * 0.5 + 0.8, self.l_margin + nw, y + size * 0.5 + 0.8)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + size * 0.5 + 1.8)
        self.f(8.2)
        self.cell(nw + 20, 3.8, insurer)
        self.f(7.4)
        for i, ln in enumerate(lines):
            self.set_xy(self.l_margin + W - 78, y + i * 3.5)
            self.cell(78, 3.5, ln, align="R")
        yb = max(y + size * 0.5 + 7, y + len(lines) * 3.5 + 1.5)
        self.set_fill_color(218, 218, 218)
        self.set_xy(self.l_margin, yb)
        rs = 7.6
        self.f(rs, "B")
        while self.get_string_width(ribbon) > W - 4 and rs > 5.5:
            rs -= 0.2
            self.f(rs, "B")
        self.cell(W, 5, ribbon, fill=True, align="C")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, yb + 7.5)
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 9
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 7, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
