"""Drawing helpers for round EJ, helper famjd (an invented state's high-risk health insurance pool of the kind states
ran before 2014, and an invented offshore platform operator's medical plan for rotating crews).

Why: both families spread one case over several pages and print many amounts beside the one that matters, and they
need a few shapes the older kits do not draw: a masthead with the contact lines set flush right against the
issuer's name, a lifetime-maximum meter (a bar filled to the share of the maximum already paid), a table whose
header stands at the foot of one page while its rows (the member number among them, in a column captioned only
on that earlier page) run on the next page, an unruled table whose cells wrap so that a large amount in a narrow
column breaks onto a second line, a letter set in two columns, a rotation calendar strip (days on the platform and
days ashore), and a fax transmittal sheet from a provider's billing office (its own phone and fax numbers, a
"pages including cover" count, check boxes and a confidentiality notice) that belongs to no document. The kit
builds on round EI's IFSheet (panels, listing, schedule box, glossaries, two signatures, check stub, running lines).
Dates in the shapes real mail uses: "March 4th, 2026", "4-Mar-2026", "03.04.2026" (month first), "2026/03/04",
"Tuesday, March 4, 2026", "4 de marzo de 2026". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundei_famif import (IFSheet, add_months, dmy_dash, es_date, es_wday, iso, long, m2, mdy_dots,  # noqa: F401
                               month_end, n2, ord_long, out, plus, slash, truth, usd, wday_long, workday, ymd_slash,
                               yy)
from public_kit import digits  # noqa: F401

# --- people (invented pairings) ----------------------------------------------------------------------------------
FIRST_F = ["Adelaide", "Bettina", "Calloway", "Dorinda", "Emmeline", "Fenwick", "Glenna", "Hollis", "Ione",
           "Jessamy", "Kittredge", "Lorna", "Marigold", "Nolwenn", "Ottilie", "Prudence", "Rhoswen", "Tallulah",
           "Una", "Wilhelmina"]
FIRST_M = ["Alston", "Boyce", "Cuthbert", "Delmar", "Eamon", "Forrest", "Garnet", "Hobart", "Ivor", "Jethro",
           "Kendrick", "Lowell", "Merritt", "Newell", "Orville", "Prescott", "Rowland", "Stellan", "Thorne",
           "Waylon"]
LAST = ["Abbotsford", "Bellingham", "Castleberry", "Darrowby", "Eddington", "Fernsby", "Galloway", "Holbrook",
        "Ingersoll", "Jellicoe", "Kimbrough", "Lockridge", "Merriweather", "Nightingale", "Ogilvie", "Pembrook",
        "Quimby", "Radcliffe", "Stanhope", "Thackeray", "Underhill", "Vanbrugh", "Winterbourne", "Yarrow",
        "Ashcombe", "Blackmore", "Cresswell", "Dunstable", "Everleigh", "Fitzwilliam", "Greenhalgh", "Hartigan"]
FIRST_ES_F = ["Altagracia", "Brígida", "Candelaria", "Donaciana", "Evangelina", "Felícitas", "Herminia",
              "Leocadia", "Marcelina", "Natividad", "Rosaura", "Virginia"]
FIRST_ES_M = ["Abundio", "Cirilo", "Demetrio", "Eusebio", "Fortino", "Gumersindo", "Leandro", "Modesto",
              "Odilón", "Prisciliano", "Rosendo", "Salvador"]
LAST_ES = ["Arreola", "Barragán", "Cisneros", "Dávila", "Esquivel", "Gamboa", "Hinojosa", "Irigoyen", "Lozano",
           "Montemayor", "Navarrete", "Olivares", "Peralta", "Quintanilla", "Robledo", "Solís", "Treviño",
           "Urrutia", "Zepeda", "Villarreal"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: optional F / M / X a person."""
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M,
             "X": (FIRST_ES_F + FIRST_ES_M) if es else (FIRST_F + FIRST_M)}
    last = LAST_ES if es else LAST
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


def phone(rng: random.Random, area: str = "985") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def dotted_phone(rng: random.Random, area: str = "985") -> str:
    """985.555.0142 (the way some billing offices print a number)"""
    return f"{area}.555.{digits(rng, 4)}"


def spaced(s: str, sizes: list[int]) -> str:
    """'40218837' -> '4021 8837' for sizes [4, 4]"""
    outp, i = [], 0
    for k in sizes:
        outp.append(s[i:i + k])
        i += k
    if i < len(s):
        outp.append(s[i:])
    return " ".join(x for x in outp if x)


def es_short(d: dt.date) -> str:
    """04/03/2026 (day first, as a Spanish paper prints it)"""
    return d.strftime("%d/%m/%Y")


def usd_es(v: float) -> str:
    return f"${v:,.2f}"


def usd_code(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


class JDSheet(IFSheet):
    """IFSheet plus a masthead with right-set contact lines, a lifetime-maximum meter, a table whose header is left
    at the foot of a page, an unruled wrapping table, a two-column letter body and a rotation calendar strip."""

    def masthead(self, name: str, tagline: str, right: list[str], box: str | None = None, size: float = 14,
                 rule2: bool = True):
        """The issuer's name large at the left with a tagline under it, its contact lines flush right on the same
        band, a double rule under both, and an optional framed document title at the right under the rules."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(7.6)
        yy_ = y0
        for ln in right:
            self.set_xy(self.l_margin + W * 0.6, yy_)
            self.cell(W * 0.4, 3.5, ln, align="R")
            yy_ += 3.5
        self.set_xy(self.l_margin, y0)
        self.f(size, "B")
        self.multi_cell(W * 0.64, size * 0.45, name, new_x="LMARGIN", new_y="NEXT")
        self.f(8.2)
        self.multi_cell(W * 0.6, 3.8, tagline, new_x="LMARGIN", new_y="NEXT")
        y = max(self.get_y(), yy_) + 1.5
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        if rule2:
            self.line_seg(self.l_margin, y + 1.1, self.l_margin + W, y + 1.1)
        self.set_xy(self.l_margin, y + 3)
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 10
            self.set_x(self.l_margin + W - bw)
            self.cell(bw, 7, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def meter(self, title: str, used: float, cap: float, note: str = "", x: float | None = None,
              w: float | None = None, size: float = 8.4):
        """A framed lifetime-maximum meter: the title, a bar filled to used/cap, and 'Paid to date' / 'Lifetime
        maximum' / 'Left' amounts under it."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y0 = self.get_y()
        self.set_xy(x0 + 2, y0 + 1.5)
        self.f(size + 0.6, "B")
        self.cell(W - 4, 4.4, title)
        by = y0 + 7
        bw = W - 4
        self.set_fill_color(235, 235, 235)
        self.rect(x0 + 2, by, bw, 4.6, style="DF")
        self.set_fill_color(70, 70, 70)
        frac = max(0.0, min(1.0, used / cap))
        if frac > 0:
            self.rect(x0 + 2, by, bw * frac, 4.6, style="F")
        self.set_fill_color(255, 255, 255)
        ty = by + 6
        self.f(size)
        for i, (k, v) in enumerate([("Paid to date", usd(used)), ("Lifetime maximum", usd(cap)),
                                    ("Left", usd(max(0.0, cap - used)))]):
            self.set_xy(x0 + 2 + i * bw / 3, ty)
            self.cell(bw / 3, 4, f"{k}: {v}", align=("L", "C", "R")[i])
        yy_ = ty + 5
        if note:
            self.set_xy(x0 + 2, yy_)
            self.f(size - 1)
            self.multi_cell(W - 4, (size - 1) * 0.46, note, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y() + 1
        self.rect(x0, y0, W, yy_ - y0 + 0.5)
        self.set_xy(self.l_margin, yy_ + 3)

    def head_then_rows(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                       size: float = 7.8, row_h: float = 4.8, lead: str = ""):
        """The column captions at the current spot (meant for the foot of a page) under a heavy rule, then a new
        page whose rows carry no captions of their own; `lead` is a short line printed above the rows."""
        x0 = self.l_margin
        W = sum(widths)
        y = self.get_y()
        self.set_line_width(0.5)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.44
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            k = len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES"))
            self.set_xy(xx, y + 1 + (n - k) * lh)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.line_seg(x0, y + 1.6 + n * lh, x0 + W, y + 1.6 + n * lh)
        self.add_page()
        if lead:
            self.f(size, "B")
            self.cell(0, 4.6, lead, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        for r in rows:
            self.f(size, "B" if r and r[0] == "TOTAL" else "")
            self.set_x(x0)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.line_seg(x0, self.get_y() + 0.5, x0 + W, self.get_y() + 0.5)
        self.ln(3)

    def wrap_rows(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                  size: float = 8.4, bold_last: bool = False):
        """An unruled table whose cells wrap (a thin rule under the header only): a long description or a large
        amount in a narrow column runs onto a second line and the row grows with it."""
        x0 = self.l_margin
        W = sum(widths)
        lh = size * 0.46
        self.f(size - 0.4, "B")
        n = max(len(self.multi_cell(w - 1.4, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            k = len(self.multi_cell(w - 1.4, lh, h, dry_run=True, output="LINES"))
            self.set_xy(xx, y + (n - k) * lh)
            self.multi_cell(w - 1.4, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        y += n * lh + 0.8
        self.line_seg(x0, y, x0 + W, y)
        y += 1.2
        for i, r in enumerate(rows):
            last = bold_last and i == len(rows) - 1
            self.f(size, "B" if last else "")
            nl = max(len(self.multi_cell(w - 1.4, lh, c, dry_run=True, output="LINES")) for c, w in zip(r, widths))
            if last:
                self.line_seg(x0, y - 0.4, x0 + W, y - 0.4)
                y += 0.6
            xx = x0
            for c, w, a in zip(r, widths, aligns):
                self.set_xy(xx, y)
                self.multi_cell(w - 1.4, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                xx += w
            y += nl * lh + 1.4
        self.set_xy(x0, y + 2)

    def twocol(self, paras: list[str], size: float = 9.2, gap: float = 7, split: int | None = None):
        """The letter's paragraphs set in two columns of equal width under each other's top line; a paragraph may
        start with '## ' for a bold heading line. `split`: how many paragraphs go in the left column (default:
        about half the height)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap) / 2
        lh = size * 0.47

        def height(p):
            if p.startswith("## "):
                return lh + 2
            return len(self.multi_cell(cw, lh, p, dry_run=True, output="LINES", markdown=True)) * lh + 2

        hs = [height(p) for p in paras]
        if split is None:
            tot, acc, split = sum(hs), 0.0, len(paras)
            for i, h in enumerate(hs):
                acc += h
                if acc >= tot / 2:
                    split = i + 1
                    break
        y0 = self.get_y()
        ends = []
        for col, chunk in ((0, paras[:split]), (1, paras[split:])):
            x = self.l_margin + col * (cw + gap)
            self.set_xy(x, y0)
            for p in chunk:
                self.set_x(x)
                if p.startswith("## "):
                    self.f(size + 0.6, "B")
                    self.multi_cell(cw, lh + 0.4, p[3:], new_x="LEFT", new_y="NEXT")
                    self.ln(1)
                    continue
                self.f(size)
                self.multi_cell(cw, lh, p, new_x="LEFT", new_y="NEXT", markdown=True)
                self.ln(2)
            ends.append(self.get_y())
        self.line_seg(self.l_margin + cw + gap / 2, y0, self.l_margin + cw + gap / 2, max(ends) - 2)
        self.set_xy(self.l_margin, max(ends) + 1)

    def rotation_strip(self, title: str, start: dt.date, days: list[tuple[str, str]], size: float = 6.6,
                       marks: dict | None = None):
        """A calendar strip of consecutive days from `start`: each cell shows the day of the month and a code
        ('ON' on the platform, 'off' ashore, 'T' travel); marks {day index: short label} puts a small label under
        a cell (e.g. 'ER'). Shaded cells are days on the platform."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size + 2, "B")
        self.cell(0, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        cw = W / len(days)
        y = self.get_y() + 0.6
        marks = marks or {}
        for i, (code, _) in enumerate(days):
            d = start + dt.timedelta(days=i)
            x = self.l_margin + i * cw
            if code == "ON":
                self.set_fill_color(210, 210, 210)
                self.rect(x, y, cw, 9, style="DF")
                self.set_fill_color(255, 255, 255)
            else:
                self.rect(x, y, cw, 9)
            self.set_xy(x, y + 0.6)
            self.f(size, "B")
            self.cell(cw, 3.2, f"{d.day}", align="C")
            self.set_xy(x, y + 4.6)
            self.f(size - 0.8)
            self.cell(cw, 3.2, code, align="C")
            if i in marks:
                self.set_xy(x - 2, y + 9.4)
                self.f(size - 0.6, "B")
                self.cell(cw + 4, 3, marks[i], align="C")
        self.set_xy(self.l_margin, y + 13.5)
        legend = "  ".join(sorted({f"{c} = {t}" for c, t in days}))
        self.f(size)
        self.cell(0, 3.4, legend, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def transmittal(office: str, dept: str, lines: list[str], tel: str, fax_no: str, to: str, to_org: str,
                to_fax: str, frm: str, when: str, pages: int, re: str, ticked: list[str], message: list[str],
                size: float = 10.5) -> bytes:
    """A provider billing office's fax transmittal sheet (a page of its own that belongs to no document): the
    office's name and department, its own phone and fax numbers in a framed strip, To / Attention / Fax / From /
    Date / Re rows in a ruled grid, the 'pages including cover' count, Urgent / For your records / Please call /
    Please reply check boxes, a message and a confidentiality notice in a box."""
    p = JDSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(17, "B")
    p.cell(0, 8, office, new_x="LMARGIN", new_y="NEXT")
    p.f(10.5, "B")
    p.cell(0, 5.4, dept, new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in lines:
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    y = p.get_y()
    p.set_fill_color(232, 232, 232)
    p.rect(p.l_margin, y, W, 7, style="DF")
    p.set_fill_color(255, 255, 255)
    p.set_xy(p.l_margin + 2, y + 1.2)
    p.f(9, "B")
    p.cell(W / 2 - 2, 4.6, f"Phone {tel}")
    p.cell(W / 2 - 2, 4.6, f"Our fax {fax_no}", align="R")
    p.set_xy(p.l_margin, y + 12)
    p.f(22, "B")
    p.cell(0, 11, "FAX TRANSMITTAL", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    rows = [("To", to), ("Attention / company", to_org), ("Their fax", to_fax), ("From", frm), ("Date sent", when),
            ("Pages, including cover", str(pages)), ("Re", re)]
    for k, v in rows:
        y = p.get_y()
        p.rect(p.l_margin, y, 52, 9)
        p.rect(p.l_margin + 52, y, W - 52, 9)
        p.set_xy(p.l_margin + 2, y + 2.2)
        p.f(9.4, "B")
        p.cell(48, 4.6, k)
        p.set_xy(p.l_margin + 54, y + 2.2)
        p.f(size)
        p.cell(W - 56, 4.6, v)
        p.set_xy(p.l_margin, y + 9)
    p.ln(4)
    x = p.l_margin
    for opt in ["Urgent", "For your records", "Please call", "Please reply"]:
        p.rect(x, p.get_y() + 0.6, 3.6, 3.6)
        if opt in ticked:
            p.set_xy(x, p.get_y())
            p.f(9, "B")
            p.cell(3.6, 4.6, "X", align="C")
        p.set_xy(x + 5, p.get_y())
        p.f(9.4)
        p.cell(38, 4.6, opt)
        x += W / 4
    p.ln(10)
    p.f(size)
    for ln in message:
        p.multi_cell(0, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.ln(8)
    y = p.get_y()
    p.f(7.6)
    txt = ("CONFIDENTIALITY NOTICE: This transmission is from a health care provider's billing office and may hold "
           "protected health information. It is meant only for the person or company named above. If you are not "
           "that person, do not read, copy or pass it on; call us at the phone number above so we can arrange its "
           "return, and destroy the pages you received.")
    n = len(p.multi_cell(W - 6, 3.8, txt, dry_run=True, output="LINES"))
    p.rect(p.l_margin, y, W, n * 3.8 + 4)
    p.set_xy(p.l_margin + 3, y + 2)
    p.multi_cell(W - 6, 3.8, txt, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
