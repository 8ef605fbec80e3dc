"""Drawing helpers for round EK, helper famkc (a Texas county indigent health care program's papers, mirrored for
structure and plain wording only; an invented church board's clergy health plan for pastors, their families and
retired clergy whose plan pays after Medicare).

Why: both families hide the one refused claim among many numbers, and they need a few shapes the older kits do not
draw: a Texas-style legal caption with a column of section signs between the parties and the docket block
(`legal_caption`), prose flowed through three newspaper columns (`flow`), typed values on underlined blanks with
the caption in front (`blanks`), a wallet card under a dashed cut line (`wallet_card`), a county letterhead with a
round seal set in the middle above the county's name (`county_head`), a church letterhead with a drawn emblem and a
double rule (`emblem_head`), a "continued" strip at the foot of a page whose table runs on (`carry`), a grid of
ruled value boxes whose captions stand under them row after row (`under_grid`) and a county office's fax routing
slip that belongs to no document (`routing_slip`). Everything printed with these helpers is invented. Builds on
round EJ's JCSheet (listings, glossaries, running header and footer lines, key/value boxes, taglines, signers).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from kit_roundej_famjc import JCSheet
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people (invented pairings; pools chosen for this round) ------------------------------------------------------
FIRST_F = ["Aurelia", "Bernadine", "Clarinda", "Dorcas", "Evangeline", "Philippa", "Gwendolyn", "Henrietta",
           "Ilse", "Josephine", "Katrine", "Loretta", "Mahalia", "Nanette", "Ophelia", "Prudence", "Rosella",
           "Sylvie", "Thomasina", "Wilhelmina"]
FIRST_M = ["Abner", "Barnabas", "Cornelius", "Dietrich", "Ephraim", "Fletcher", "Gustavus", "Hezekiah", "Ignace",
           "Jedidiah", "Lazarus", "Mordecai", "Nathaniel", "Obadiah", "Phineas", "Reinhold", "Solomon", "Thaddeus",
           "Virgil", "Zacchaeus"]
LAST = ["Ambrosetti", "Bridgwater", "Castellane", "Drummond", "Eberhardt", "Fairclough", "Goodenough", "Hasselbeck",
        "Inglethorpe", "Jorgensen", "Kittredge", "Lockhart", "Montague", "Nightingale", "Oldcastle", "Prendergast",
        "Quartermaine", "Ravenscroft", "Shackleford", "Thistlewood", "Umberger", "Vandermeer", "Wainwright",
        "Yellowhorse", "Ashbury", "Blankenship", "Cavendish", "Dornbusch", "Esterhazy", "Fitzgibbon"]
FIRST_ES_F = ["Altagracia", "Benedicta", "Celestina", "Delfina", "Eustolia", "Florinda", "Gumersinda", "Hortensia",
              "Jovita", "Librada", "Modesta", "Natividad", "Otilia", "Refugio"]
FIRST_ES_M = ["Anacleto", "Bonifacio", "Cipriano", "Dionisio", "Eleuterio", "Filemón", "Gregorio", "Hilario",
              "Jerónimo", "Lisandro", "Melquiades", "Pánfilo", "Reynaldo", "Saturnino"]
LAST_ES = ["Alcántar", "Benavides", "Casares", "Elizondo", "Garza-Leal", "Hidalgo", "Longoria", "Mireles",
           "Olvera", "Pedraza", "Rendón", "Saldívar", "Tijerina", "Villarreal", "Ybarra", "Zamora"]


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


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "254") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


# --- dates and money ----------------------------------------------------------------------------------------------
def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def dmy(d: dt.date) -> str:
    return d.strftime("%-d %B %Y")


def dmy_abbr(d: dt.date) -> str:
    """14-Apr-2026"""
    return d.strftime("%d-%b-%Y")


def upper(d: dt.date) -> str:
    """APR 14, 2026"""
    return d.strftime("%b %d, %Y").upper()


def nodash(d: dt.date) -> str:
    """4/14/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def day_of(d: dt.date) -> str:
    """the 14th day of April, 2026 (a Texas order's signing line)"""
    return f"the {ordinal(d.day)} day of {d.strftime('%B')}, {d.year}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_short(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


_DATE_RE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                      r" \d{1,2}, \d{4}|\b\d{1,2} de [a-z]+ de \d{4}")


class KCSheet(JCSheet):
    """JCSheet plus a legal caption with section signs, three-column prose, typed values on underlined blanks, a
    wallet card, two letterheads (county seal, church emblem), a 'continued' strip and rows of boxes captioned under."""

    # -- letterheads ----------------------------------------------------------------------------------------------
    def county_head(self, county: str, program: str, lines: list[str], left: list[str] | None = None,
                    right: list[str] | None = None):
        """A round seal (two rings, a star and the county's initials) in the middle, the county's name in spaced
        capitals under it, the program's name, one contact line; optional small lines at the top left and right."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        cx, r = self.l_margin + W / 2, 8.5
        cy = y + r
        self.set_line_width(0.7)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
        self.set_line_width(0.25)
        self.ellipse(cx - r + 1.5, cy - r + 1.5, 2 * r - 3, 2 * r - 3)
        pts = []
        import math
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = 3.2 if i % 2 == 0 else 1.3
            pts.append((cx + rr * math.cos(a), cy - 1.6 + rr * math.sin(a)))
        self.set_fill_color(0, 0, 0)
        self.polygon(pts, style="F")
        self.set_font("Serif", "B", 5.6)
        initials = "".join(w[0] for w in county.split() if w[0].isupper())
        self.set_xy(cx - r, cy + 2.4)
        self.cell(2 * r, 2.6, " ".join(initials), align="C")
        for side, rows in (("L", left or []), ("R", right or [])):
            yy_ = y + 1
            for ln in rows:
                self.f(7.2)
                self.set_xy(self.l_margin if side == "L" else self.l_margin + W * 0.62, yy_)
                self.cell(W * 0.38, 3.4, ln, align=side)
                yy_ += 3.4
        self.set_xy(self.l_margin, y + 2 * r + 1.5)
        self.set_font("Serif", "B", 13.5)
        self.cell(W, 6, " ".join(county.upper()), align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Serif", "", 10.5)
        self.cell(W, 5, program, align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(7.6)
        for ln in lines:
            self.cell(W, 3.6, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        yb = self.get_y() + 1.2
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, yb + 0.9, self.l_margin + W, yb + 0.9)
        self.set_xy(self.l_margin, yb + 4)

    def emblem_head(self, name: str, sub: str, lines: list[str], right: list[str] | None = None):
        """A drawn emblem (a ring round a cross and a flame-like triangle) at the left, the board's name in serif
        capitals beside it, a smaller line, contact lines at the right, a double rule under all."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        r = 7.5
        cx, cy = self.l_margin + r, y + r
        self.set_line_width(0.6)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
        self.set_line_width(1.1)
        self.line_seg(cx, cy - r + 2.2, cx, cy + r - 2.2)
        self.line_seg(cx - 3.6, cy - 1.8, cx + 3.6, cy - 1.8)
        self.set_line_width(0.2)
        self.set_fill_color(0, 0, 0)
        self.polygon([(cx + 2.2, cy + 4.6), (cx + 4.2, cy + 0.8), (cx + 5.0, cy + 4.6)], style="F")
        x = self.l_margin + 2 * r + 4
        self.set_xy(x, y + 0.5)
        size = 13
        self.set_font("Serif", "B", size)
        while self.get_string_width(name.upper()) > W - 2 * r - 6 and size > 8:
            size -= 0.5
            self.set_font("Serif", "B", size)
        self.cell(W - 2 * r - 4, 6.4, name.upper())
        self.set_xy(x, y + 7.2)
        self.set_font("Serif", "", 8.8)
        self.cell(W * 0.62, 4.4, sub)
        yy_ = y + 11.6
        for ln in lines:
            self.set_xy(x, yy_)
            self.f(7.2)
            self.cell(W * 0.6, 3.3, ln)
            yy_ += 3.3
        yr = y + 11.6
        for ln in right or []:
            self.set_xy(self.l_margin + W * 0.64, yr)
            self.f(7.2)
            self.cell(W * 0.36, 3.4, ln, align="R")
            yr += 3.4
        yb = max(yy_, yr, y + 2 * r) + 1.5
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, yb + 1.0, self.l_margin + W, yb + 1.0)
        self.set_xy(self.l_margin, yb + 4)

    # -- blocks ---------------------------------------------------------------------------------------------------
    def legal_caption(self, left: list[str], right: list[str], size: float = 9.6):
        """A Texas-style case caption: the party block at the left, a column of section signs in the middle, the
        tribunal and docket block at the right (as many lines as the longer block)."""
        W = self.w - self.l_margin - self.r_margin
        n = max(len(left), len(right))
        y0 = self.get_y()
        h = size * 0.5
        for i in range(n):
            y = y0 + i * h
            self.set_xy(self.l_margin, y)
            self.f(size, "B" if i == 0 else "")
            self.cell(W * 0.44, h, left[i] if i < len(left) else "")
            self.set_xy(self.l_margin + W * 0.46, y)
            self.f(size)
            self.cell(W * 0.06, h, "\u00a7", align="C")
            self.set_xy(self.l_margin + W * 0.54, y)
            self.f(size, "B" if i == 0 else "")
            self.cell(W * 0.46, h, right[i] if i < len(right) else "")
        self.set_xy(self.l_margin, y0 + n * h + 4)

    def flow(self, paras: list[str], ncols: int = 3, size: float = 8.6, gap: float = 5, rule: bool = False):
        """Paragraphs flowed through `ncols` justified newspaper columns on the current page (a paragraph may run
        from the foot of one column to the top of the next); **bold** runs kept; a date never breaks over lines."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        cols = self.text_columns(ncols=ncols, gutter=gap, balance=True, text_align="J", line_height=1.1)
        with cols:
            for t in paras:
                t = _DATE_RE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), t)
                with cols.paragraph(bottom_margin=1.8) as par:
                    for part in re.split(r"(\*\*.+?\*\*)", t):
                        if not part:
                            continue
                        self.f(size, "B" if part.startswith("**") else "")
                        par.write(part[2:-2] if part.startswith("**") else part)
        y1 = self.get_y()
        if rule:
            cw = (W - gap * (ncols - 1)) / ncols
            for i in range(1, ncols):
                xm = self.l_margin + i * cw + (i - 0.5) * gap
                self.line_seg(xm, y0, xm, y1 - 2)
        self.set_xy(self.l_margin, y1 + 1)

    def blanks(self, rows: list[list[tuple[str, str, float]]], size: float = 9.6, cap: float = 7.8, h: float = 7.4):
        """Rows of 'Caption ____value____' cells as on a typed form: the caption small at the left, the value typed
        on an underline that runs to the end of the cell; (caption, value, width in mm)."""
        for row in rows:
            y = self.get_y()
            x = self.l_margin
            for k, v, w in row:
                self.f(cap, "B")
                cw = self.get_string_width(k) + 1.6
                self.set_xy(x, y + h - cap * 0.5 - 0.8)
                self.cell(cw, cap * 0.45, k)
                self.line_seg(x + cw, y + h - 0.6, x + w - 3, y + h - 0.6)
                self.f(size)
                self.set_xy(x + cw + 1.2, y + h - size * 0.5 - 1.0)
                self.cell(w - cw - 4, size * 0.45, v)
                x += w
            self.set_xy(self.l_margin, y + h + 1.6)
        self.ln(1.5)

    def under_grid(self, rows: list[list[tuple[str, str, float]]], size: float = 9.2, cap: float = 6.0,
                   h: float = 7.6):
        """Rows of ruled value boxes, each caption in small capitals under its box (values over captions)."""
        for row in rows:
            self.capcells([(k, v, w, "B") for k, v, w in row], cap=cap, size=size, h=h)
        self.ln(1)

    def wallet_card(self, title: str, sub: str, rows: list[tuple[str, str]], back: list[str], size: float = 8.2):
        """A dashed cut line around a wallet card (front at the left, the back's text at the right)."""
        W = self.w - self.l_margin - self.r_margin
        cw, ch = 86, 54
        x0 = self.l_margin + (W - 2 * cw - 6) / 2
        y0 = self.get_y() + 2
        self.f(6.4)
        self.set_xy(self.l_margin, y0 - 1)
        self.cell(W, 3, "- - -  cut along the dashed line and keep the card with you  - - -", align="C")
        y0 += 3
        for bx in (x0, x0 + cw + 6):
            self.set_dash_pattern(dash=1.2, gap=1.0)
            self.rect(bx, y0, cw, ch)
            self.set_dash_pattern()
        self.set_fill_color(45, 45, 45)
        self.rect(x0 + 2, y0 + 2, cw - 4, 8, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(x0 + 2, y0 + 2.6)
        self.f(9.2, "B")
        self.cell(cw - 4, 4, title, align="C")
        self.set_xy(x0 + 2, y0 + 6.2)
        self.f(6.2)
        self.cell(cw - 4, 3, sub, align="C")
        self.set_text_color(0, 0, 0)
        yy_ = y0 + 12.5
        for k, v in rows:
            self.set_xy(x0 + 4, yy_)
            self.f(6.4, "B")
            self.cell(26, 4.6, k.upper())
            self.f(size)
            self.cell(cw - 32, 4.6, v)
            yy_ += 5.6
        yy_ = y0 + 4
        for ln in back:
            self.set_xy(x0 + cw + 10, yy_)
            self.f(6.8)
            self.multi_cell(cw - 8, 3.2, ln, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y() + 1.2
        self.set_xy(self.l_margin, y0 + ch + 4)

    def carry(self, text: str = "continued on the next page"):
        """A thin rule and a right-aligned '(continued ...)' strip at the foot of a table that runs on."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 0.6
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_xy(self.l_margin, y + 0.8)
        self.f(7.4, "B")
        self.cell(W, 3.6, f"({text})", align="R", new_x="LMARGIN", new_y="NEXT")

    def side_caps(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 9.0,
                  cap: float = 6.4) -> float:
        """Values at the left of a column with their captions beside them at the right, in small grey capitals,
        a dotted leader between (values beside captions, caption last). Returns the y under the column."""
        for v, k in rows:
            self.set_xy(x, y)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1
            self.cell(vw, 4.8, v)
            self.f(cap)
            kw = self.get_string_width(k.upper()) + 1
            self.set_text_color(90, 90, 90)
            dots = x + vw + 1
            while dots < x + w - kw - 1.5:
                self.set_xy(dots, y + 0.4)
                self.cell(1, 4, ".")
                dots += 1.5
            self.set_xy(x + w - kw, y + 0.5)
            self.cell(kw, 4.2, k.upper(), align="R")
            self.set_text_color(0, 0, 0)
            y += 5.4
        return y


    def frame(self, inset: float = 8, gap: float = 1.6):
        """A double frame round the whole page, as on a certificate (call once per page, after add_page)."""
        self.set_line_width(0.9)
        self.rect(inset, inset, self.w - 2 * inset, self.h - 2 * inset)
        self.set_line_width(0.25)
        self.rect(inset + gap, inset + gap, self.w - 2 * (inset + gap), self.h - 2 * (inset + gap))
        self.set_line_width(0.2)

    def numbered(self, items: list[str], size: float = 9.6, num_w: float = 9, start: int = 1):
        """Numbered paragraphs with the numbers hung in the margin ('1.', '2.' ...), as in a committee's minute."""
        W = self.w - self.l_margin - self.r_margin
        for i, t in enumerate(items, start):
            y = self.get_y()
            self.set_xy(self.l_margin, y)
            self.f(size, "B")
            self.cell(num_w, size * 0.47, f"{i}.")
            self.set_xy(self.l_margin + num_w, y)
            self.f(size)
            self.multi_cell(W - num_w, size * 0.47, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(1.4)

def routing_slip(office: str, office_lines: list[str], rows: list[tuple[str, str]], pages: int, ticks: set[str],
                 note: list[str]) -> bytes:
    """A county office's FAX ROUTING SLIP (its own page; it belongs to no document): the office's name over a heavy
    rule, a two-column ruled grid of To / From / Fax / Phone / Date / Subject, a column of tick boxes, a pages count
    in a circle and a typed note, a confidentiality paragraph near the foot."""
    p = KCSheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Serif", "B", 15)
    p.cell(W, 7, office, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in office_lines:
        p.cell(W, 4, ln, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.set_line_width(1.2)
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.set_line_width(0.2)
    p.set_xy(p.l_margin, y + 5)
    p.set_font("Serif", "B", 22)
    p.cell(W, 10, "FAX ROUTING SLIP", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y0 = p.get_y()
    gw = W * 0.66
    for k, v in rows:
        y = p.get_y()
        p.rect(p.l_margin, y, 26, 10)
        p.rect(p.l_margin + 26, y, gw - 26, 10)
        p.set_xy(p.l_margin + 1.5, y + 3)
        p.f(8.6, "B")
        p.cell(24, 4, k.upper())
        p.set_xy(p.l_margin + 28, y + 3)
        p.f(10)
        p.cell(gw - 30, 4, v)
        p.set_xy(p.l_margin, y + 10)
    y1 = p.get_y()
    cx = p.l_margin + gw + (W - gw) / 2
    p.set_line_width(0.6)
    p.ellipse(cx - 14, y0 + 2, 28, 28)
    p.set_line_width(0.2)
    p.set_xy(cx - 14, y0 + 8)
    p.f(22, "B")
    p.cell(28, 10, str(pages), align="C")
    p.set_xy(cx - 20, y0 + 32)
    p.f(7.4)
    p.cell(40, 3.6, "pages, this slip included", align="C")
    yt = y0 + 40
    for t in ("For your information", "As you asked", "Please call me", "Please sign and return", "Urgent"):
        p.set_xy(p.l_margin + gw + 6, yt)
        p.f(8.6)
        p.cell(3.6, 3.6, "X" if t in ticks else "", border=1, align="C")
        p.cell(W - gw - 10, 3.6, "  " + t)
        yt += 5.4
    p.set_xy(p.l_margin, max(y1, yt) + 6)
    p.f(10, "B")
    p.cell(W, 5, "Note", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    for ln in note:
        p.multi_cell(W, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.2)
    p.set_y(p.h - 46)
    p.line_seg(p.l_margin, p.get_y(), p.l_margin + W, p.get_y())
    p.ln(2)
    p.f(7.8)
    p.multi_cell(W, 3.8, "The pages that follow may hold a person's health and income information, which county and "
                         "state law keep private. They are meant only for the office named above. If they reached you "
                         "by mistake, please telephone the sender and destroy every page.", new_x="LMARGIN",
                 new_y="NEXT")
    return out(p)
