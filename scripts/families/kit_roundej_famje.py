"""Drawing helpers for round EJ, helper famje (an invented state's Medicaid non-emergency medical transportation run
by an invented transportation broker; an invented professional rodeo association's accident plan for its
contestants).

Why: both families print a trip or an injury event beside the care or the ride that was refused, and spread one
case over several pages, so they need a few layouts the older kits do not have: an unruled listing whose column
heading is printed only on its first page (the rows that run onto the next page stand without any caption, so an
ID there is an uncaptioned cell), a trip card (pick-up and drop-off side by side with an arrow, the mode and times
under them), a mileage log with a signature column, a ruled table whose narrow money column wraps a refused amount
onto a second line ("USD" over the figure), an excerpt of an official rodeo results sheet (other contestants'
names and marks as decoys), a boxed "what we will pay" panel for approvals, and a billing office's fax
transmittal on a two-column grid with its own fax numbers and a "pages including cover" count that belongs to no
document. Name pools, addresses and date shapes ("Apr 14, 2026", "14 APR 2026", "March 4th, 2026",
"4-Mar-2026", "03.04.2026" month first, "2026/03/04", "Tuesday, March 4, 2026", "4 de marzo de 2026") are here or
imported. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundei_famie import EISheet
from kit_roundeh_famlf import (add_months, dmy_dash, es_date, es_wday, grouped, iso, long, mdy_dots,  # noqa: F401
                               month_end, n2, ord_long, plus, slash, split_name, usd, wday_long, workday, ymd_slash,
                               yy)
from public_kit import digits

FIRST_F = ["Augusta", "Bettina", "Cordelia", "Delphine", "Etta", "Fern", "Geneva", "Hattie", "Idella", "Josephine",
           "Lorena", "Mavis", "Nell", "Opal", "Pearl", "Rosalind", "Sadie", "Velma"]
FIRST_M = ["Amos", "Boone", "Clayton", "Dalton", "Emmett", "Forrest", "Garrison", "Hollis", "Jubal", "Lyle", "Merle",
           "Newton", "Otis", "Porter", "Royce", "Tobias", "Virgil", "Waylon"]
FIRST = FIRST_F + FIRST_M
LAST = ["Abernathy", "Bascomb", "Cartwright", "Dillard", "Eberhart", "Fairbanks", "Gilliland", "Hatfield", "Isbell",
        "Jernigan", "Kimbrough", "Lankford", "McAlister", "Nettleton", "Overstreet", "Prewitt", "Quattlebaum",
        "Rutledge", "Satterfield", "Tidwell", "Upchurch", "Vinson", "Yarbrough", "Blanchette", "Crenshaw", "Dunlap",
        "Ferrell", "Gaskins", "Holloway", "Kilgore", "Lovelady", "Mabry", "Pettigrew", "Stovall", "Tankersley"]
FIRST_ES_F = ["Albina", "Brígida", "Celestina", "Dolores", "Evangelina", "Filomena", "Guadalupe", "Herminia",
              "Leticia", "Rosaura"]
FIRST_ES_M = ["Anselmo", "Baltazar", "Cornelio", "Damián", "Eusebio", "Genaro", "Jacinto", "Macario", "Rosendo",
              "Tiburcio"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Aguirre", "Barraza", "Carrasco", "Domínguez", "Espinoza", "Fuentes", "Garza", "Ledesma", "Montoya",
           "Olivas", "Palomares", "Quiñones", "Rangel", "Solís", "Trujillo", "Valdez", "Villalobos", "Zaragoza"]
MONTH_ABBR_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", mix: int = 0) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); sexes is
    an optional string of F / M / X, one letter a person; mix: how many of the first names are Spanish even when
    es is False."""
    seen, got = set(), []
    while len(got) < n:
        spanish = es or len(got) < mix
        pools = {"F": FIRST_ES_F if spanish else FIRST_F, "M": FIRST_ES_M if spanish else FIRST_M,
                 "X": FIRST_ES if spanish else FIRST}
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(LAST_ES if spanish else LAST)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def first_last(full: str) -> str:
    f, _, last = split_name(full)
    return f"{f} {last}"


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def surname(full: str) -> str:
    return split_name(full)[2]


def phone(rng: random.Random, area: str = "307") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def lf_address(rng: random.Random) -> list[str]:
    """An invented street address in the invented State of Latchford (postal code LF)."""
    town, z = rng.choice([("Sedgecombe", "61204"), ("Pelham Rise", "61219"), ("Clary Junction", "61233"),
                          ("Goldfinch Hollow", "61248"), ("Vetchling Mills", "61252"), ("Thimbleweed Falls", "61267"),
                          ("Dunnock Ferry", "61271"), ("Whinchat", "61286")])
    street = rng.choice(["Tannery Row Apt 3", "Sluicegate Rd", "Wicket Ln", "Hayloft Ct Unit 2", "Old Mill Pond Rd",
                         "Bell Foundry St", "Cooperage Ave Apt 14", "Flax Meadow Dr", "Turnstile Way",
                         "Grist Hollow Rd"])
    return [f"{rng.randint(11, 4870)} {street}", f"{town}, LF {z}"]


def ranch_address(rng: random.Random) -> list[str]:
    """An invented home address of a rodeo contestant (real towns of rodeo country, invented roads)."""
    town, st, z = rng.choice([("Stephenville", "TX", "76401"), ("Weatherford", "TX", "76086"),
                              ("Hermiston", "OR", "97838"), ("Miles City", "MT", "59301"), ("Guymon", "OK", "73942"),
                              ("Spanish Fork", "UT", "84660"), ("Ellensburg", "WA", "98926"),
                              ("Belle Fourche", "SD", "57717"), ("Cody", "WY", "82414")])
    road = rng.choice(["Hackamore Rd", "Bronc Chute Ln", "County Road 114", "Dally Post Rd", "Rosin Bag Ln",
                       "Pickup Man Dr", "Hondo Loop", "Flank Strap Rd Lot 3", "Headstall Ct"])
    return [f"{rng.randint(100, 29800)} {road}", f"{town}, {st} {z}"]


def abbr(d: dt.date) -> str:
    """Apr 14, 2026"""
    return d.strftime("%b %-d, %Y")


def caps_abbr(d: dt.date) -> str:
    """14 APR 2026"""
    return f"{d.day:02d} {d.strftime('%b').upper()} {d.year}"


def es_short(d: dt.date) -> str:
    """04-mar-2026 (a Spanish claims system's short date)"""
    return f"{d.day:02d}-{MONTH_ABBR_ES[d.month - 1]}-{d.year}"


def hm(h: int, m: int) -> str:
    """7:42 a.m."""
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def business_days(d: dt.date, n: int) -> dt.date:
    """The date n business days (Monday to Friday) after d."""
    while n:
        d = plus(d, 1)
        if d.weekday() < 5:
            n -= 1
    return d


def usd_code(v: float) -> str:
    """USD 1,246.80"""
    return f"USD {v:,.2f}"


class EJSheet(EISheet):
    """EISheet plus a listing whose header stands only on its first page, a trip card, a mileage log, a ruled
    table with a narrow wrapping money column, an official results excerpt and a 'what we will pay' panel."""

    def first_head_listing(self, head: list[str], rows: list[list[str]], widths: list[float],
                           aligns: list[str] | None = None, size: float = 7.4, row_h: float = 4.4,
                           bold_rows: set | None = None, totals: list[str] | None = None, cont: str = "",
                           bottom: float = 26, groups: list[int] | None = None):
        """An unruled listing: a bold header with a rule under it on the first page only; rows that run past the
        foot of the page go on at the top of the next page with no header at all (only `cont`, a small line such
        as '- continued -'). groups: sizes of runs of rows kept on one page (a claim's lines with its total row).
        totals: a bold row after a rule."""
        aligns = aligns or ["L"] * len(widths)
        bold_rows = bold_rows or set()
        starts, i = {}, 0
        for g in groups or [1] * len(rows):
            starts[i] = g
            i += g
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.44
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(xx, y + (n - len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES"))) * lh)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        y += n * lh + 0.8
        self.line_seg(x0, y, x0 + W, y)
        self.set_xy(x0, y + 1.0)
        for i, r in enumerate(rows):
            need = row_h * starts.get(i, 1)
            if i in starts and self.get_y() + need > self.h - bottom:
                self.add_page()
                if cont:
                    self.f(size - 0.6)
                    self.set_x(x0)
                    self.cell(W, 3.6, cont, align="C", new_x="LMARGIN", new_y="NEXT")
                    self.ln(1)
            self.f(size, "B" if i in bold_rows else "")
            self.set_x(x0)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        if totals:
            y = self.get_y() + 0.8
            self.line_seg(x0, y, x0 + W, y)
            self.set_xy(x0, y + 0.8)
            self.f(size, "B")
            for c, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.set_x(self.l_margin)
        self.ln(2)

    def trip_card(self, pick: list[str], drop: list[str], under: list[tuple[str, str]], title: str = "",
                  size: float = 8.8, caps: tuple[str, str] = ("PICK-UP", "DROP-OFF")):
        """A framed trip card: the pick-up and drop-off blocks side by side with an arrow between them, then a row of
        caption: value items (mode, appointment time, trip number) under a thin rule."""
        W = self.w - self.l_margin - self.r_margin
        x0, y0 = self.l_margin, self.get_y()
        bw = (W - 18) / 2
        yy_ = y0 + 2
        if title:
            self.set_xy(x0 + 2, yy_)
            self.f(size + 0.4, "B")
            self.cell(W - 4, size * 0.5, title)
            yy_ += size * 0.5 + 1.5
        ends = []
        for k, (cap, lines) in enumerate(zip(caps, (pick, drop))):
            x = x0 + 3 + k * (bw + 12)
            self.set_xy(x, yy_)
            self.f(6.4, "B")
            self.cell(bw, 3, cap)
            self.set_xy(x, yy_ + 3.6)
            for i, ln in enumerate(lines):
                self.set_x(x)
                self.f(size, "B" if i == 0 else "")
                self.cell(bw - 4, size * 0.48, ln, new_x="LEFT", new_y="NEXT")
            ends.append(self.get_y())
        ax = x0 + 3 + bw + 1
        ay = yy_ + 7
        self.set_line_width(0.5)
        self.line_seg(ax, ay, ax + 8, ay)
        self.line_seg(ax + 8, ay, ax + 5.6, ay - 1.6)
        self.line_seg(ax + 8, ay, ax + 5.6, ay + 1.6)
        self.set_line_width(0.2)
        yr = max(ends) + 1.5
        self.line_seg(x0 + 2, yr, x0 + W - 2, yr)
        x = x0 + 3
        self.set_xy(x, yr + 1.2)
        for k, v in under:
            self.f(size - 1.6, "B")
            kw = self.get_string_width(k + ":") + 1.2
            self.cell(kw, size * 0.48, k + ":")
            self.f(size - 0.4)
            vw = self.get_string_width(v) + 6
            self.cell(vw, size * 0.48, v)
        yb = yr + 1.2 + size * 0.48 + 1.8
        self.rect(x0, y0, W, yb - y0)
        self.set_xy(self.l_margin, yb + 3)

    def mileage_log(self, head: list[str], rows: list[list[str]], widths: list[float], sig_col: int,
                    size: float = 8.4, row_h: float = 7.2):
        """A ruled mileage log: each row tall enough for a signature; the signature column holds a scribble where
        its cell says 'signed' and stays empty where it says ''."""
        x0 = self.l_margin
        self.f(size - 0.8, "B")
        self.set_fill_color(228, 228, 228)
        for h, w in zip(head, widths):
            self.cell(w, 6, " " + h, border=1, fill=True)
        self.set_fill_color(255, 255, 255)
        self.ln(6)
        for r in rows:
            y = self.get_y()
            x = x0
            for j, (c, w) in enumerate(zip(r, widths)):
                self.rect(x, y, w, row_h)
                if j == sig_col:
                    if c:
                        px, py = x + 3, y + row_h * 0.6
                        for s in range(9):
                            nx, ny = px + 2.4, y + row_h * (0.35 if s % 2 else 0.7)
                            self.line_seg(px, py, nx, ny)
                            px, py = nx, ny
                else:
                    self.set_xy(x + 1, y + (row_h - size * 0.45) / 2)
                    self.f(size)
                    self.cell(w - 2, size * 0.45, c)
                x += w
            self.set_xy(x0, y + row_h)
        self.ln(2)

    def narrow_money_table(self, head: list[str], rows: list[list[str]], widths: list[float],
                           aligns: list[str] | None = None, size: float = 8.4, shade_head: bool = True):
        """A ruled table whose cells wrap (EFSheet.wrap_table); a money cell given as 'USD 1,246.80' in a column too
        narrow for it breaks after 'USD', so the figure stands alone on the next line."""
        self.wrap_table(head, rows, widths, size=size, aligns=aligns, shade_head=shade_head)

    def results_excerpt(self, title: str, sub: str, head: list[str], rows: list[list[str]], widths: list[float],
                        note: str = "", size: float = 7.8):
        """An excerpt of an official results sheet: a double frame, a title and a subtitle line, a small table of
        contestants and marks (decoy names), an optional note under the frame."""
        W = sum(widths) + 4
        x0, y0 = self.l_margin, self.get_y()
        self.set_xy(x0 + 2, y0 + 2)
        self.f(size + 1.4, "B")
        self.cell(W - 4, 4.6, title, align="C", new_x="LEFT", new_y="NEXT")
        self.f(size - 0.4)
        self.cell(W - 4, 3.6, sub, align="C", new_x="LEFT", new_y="NEXT")
        y = self.get_y() + 1
        self.line_seg(x0 + 2, y, x0 + W - 2, y)
        lh = size * 0.48
        y += 0.8
        for r, bold in [(head, True)] + [(r, False) for r in rows]:
            x = x0 + 2
            for c, w in zip(r, widths):
                self.set_xy(x, y)
                self.f(size, "B" if bold else "")
                self.cell(w, lh, c)
                x += w
            y += lh + 0.4
        y += 1.5
        self.rect(x0, y0, W, y - y0)
        self.rect(x0 + 0.8, y0 + 0.8, W - 1.6, y - y0 - 1.6)
        self.set_xy(x0, y + 1.5)
        if note:
            self.f(size - 0.4)
            self.multi_cell(W, (size - 0.4) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin)
        self.ln(2)

    def pay_panel(self, title: str, rows: list[tuple[str, str]], big: tuple[str, str], size: float = 9.2,
                  w: float | None = None):
        """A heavy-framed panel for an approval: caption ..... value rows, then a shaded last row in large bold type
        with the amount the plan will pay."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0, y0 = self.l_margin, self.get_y()
        lh = size * 0.55
        self.set_xy(x0 + 3, y0 + 2)
        self.f(size + 1, "B")
        self.cell(W - 6, 5, title)
        yy_ = y0 + 8.5
        for k, v in rows:
            self.set_xy(x0 + 3, yy_)
            self.f(size)
            self.cell(W * 0.6, lh, k)
            self.f(size, "B")
            self.cell(W * 0.4 - 6, lh, v, align="R")
            yy_ += lh + 0.6
        yy_ += 1
        self.set_fill_color(225, 225, 225)
        self.rect(x0 + 2, yy_, W - 4, 9, style="F")
        self.set_xy(x0 + 4, yy_ + 2)
        self.f(size + 1.6, "B")
        self.cell(W * 0.6, 5, big[0])
        self.cell(W * 0.4 - 8, 5, big[1], align="R")
        self.set_fill_color(255, 255, 255)
        yy_ += 11
        self.set_line_width(0.7)
        self.rect(x0, y0, W, yy_ - y0)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yy_ + 3)


def billing_transmittal(office: str, lines: list[str], rows: list[tuple[str, str, str, str]], note: list[str],
                        regarding: str) -> bytes:
    """A provider billing office's fax transmittal (a page of its own that belongs to no document): the office's
    name and address, 'TRANSMITTAL' in an outlined box, a two-column grid of caption/value pairs (rows of
    (caption, value, caption, value): to, from, both fax numbers, date, 'pages including cover'), a regarding line,
    a note and a confidentiality notice in a frame."""
    p = EJSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(14, "B")
    p.cell(W, 7, office, new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y()
    p.f(8.4)
    for ln in lines:
        p.cell(W * 0.6, 4.1, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.8)
    p.set_xy(p.l_margin + W - 62, y0)
    p.f(16, "B")
    p.cell(62, 11, "TRANSMITTAL", border=1, align="C")
    p.set_line_width(0.2)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 12))
    p.ln(3)
    p.rule(3)
    p.f(9.4, "B")
    cap_w = [max(p.get_string_width(r[j]) for r in rows) + 3 for j in (0, 2)]
    for k1, v1, k2, v2 in rows:
        y = p.get_y()
        for j, (k, v) in enumerate(((k1, v1), (k2, v2))):
            x = p.l_margin + j * W / 2
            p.set_xy(x, y)
            p.f(9.4, "B")
            p.cell(cap_w[j], 7, k)
            p.f(10.6)
            p.cell(W / 2 - cap_w[j] - 4, 7, v)
            p.line_seg(x + cap_w[j], y + 6.4, x + W / 2 - 4, y + 6.4)
        p.set_xy(p.l_margin, y + 9)
    p.ln(2)
    p.f(10, "B")
    p.cell(34, 6, "Regarding")
    p.f(10.4)
    p.multi_cell(W - 34, 5.4, regarding, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(10.4)
    for ln in note:
        p.multi_cell(0, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.ln(8)
    y = p.get_y()
    p.set_xy(p.l_margin + 3, y + 3)
    p.f(8.2, "B")
    p.cell(0, 4, "CONFIDENTIALITY NOTICE", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.f(8)
    p.multi_cell(W - 6, 4.0, "This transmission is meant only for the person or office it is addressed to and may "
                             "contain health and billing information that the law protects. If it reached you by "
                             "mistake, please tell us by phone right away and destroy every page. Do not copy it or "
                             "share it.", new_x="LMARGIN", new_y="NEXT")
    p.rect(p.l_margin, y, W, p.get_y() - y + 3)
    return bytes(p.output())
