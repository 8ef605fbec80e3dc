"""Drawing helpers for round EJ, helper famjc (a Medicare contractor's papers on the benefit that keeps paying only
for a kidney transplant recipient's anti-rejection drugs after the rest of Medicare has ended; an invented touring
musicians' union health fund whose coverage is earned quarter by quarter from the earnings venues report).

Why: both families hide one case among many numbers and pages, and a few shapes are new to the kits: an unruled
remittance listing whose column headings stand only on page 1, so that on page 2 a Medicare number sits in an
uncaptioned cell (`open_rows`); a provider billing office's fax transmittal sheet with its own fax numbers, a
"pages including cover" count and a framed confidentiality notice (`transmittal`, a page of its own that belongs
to no document); a strip of quarters with the covered earnings the venues reported and the amount a quarter needs
(`quarter_strip`, decoy amounts); a narrow-column table where an amount wraps under its currency word
(`narrow_table`, built on the kits' wrap_table); and a statement coupon with a tear line. Everything printed with
these helpers is invented. Builds on round EI's IFSheet (panels, provider blocks, lettered notes, listings,
glossaries, running headers and footers, two signatures, key/value pairs on the right half, check stubs).
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundei_famif import (IFSheet, add_months, dmy_dash, es_date, grouped, iso, long, m2, mbi,  # noqa: F401
                               mbi_dash, mbi_masked, mdy_dots, month_end, n2, ord_long, out, plus, slash, truth,
                               usd, usd_es, wday_long, workday, ymd_slash, yy)
from public_kit import Page, digits  # noqa: F401

# --- people (invented pairings; pools not used by the older kits' families of this shape) -----------------------
FIRST_F = ["Albertine", "Bettany", "Cosima", "Damaris", "Eglantine", "Fidelma", "Griselda", "Hyacinth", "Ione",
           "Jessamy", "Kezia", "Lettice", "Marigold", "Noreen", "Ottoline", "Petronella", "Rowena", "Seraphina",
           "Tabitha", "Winifred"]
FIRST_M = ["Alphonse", "Bartholomew", "Cuthbert", "Dunstan", "Erasmus", "Fabian", "Godfrey", "Hilary", "Isidore",
           "Jethro", "Lancelot", "Meredith", "Norbert", "Oswin", "Piers", "Rupert", "Sebastian", "Thelonius",
           "Valentine", "Wilfred"]
LAST = ["Ashdown", "Bellingham", "Carrodus", "Deverell", "Eastwood", "Fennimore", "Gascoigne", "Hartigan",
        "Ingleby", "Jephson", "Kersley", "Latimer", "Merriweather", "Nuttall", "Ottaway", "Penhaligon", "Quennell",
        "Rushworth", "Stanbridge", "Trelawney", "Underhill", "Vosper", "Wetherall", "Yeardley", "Aldous",
        "Brackenbury", "Chetwynd", "Dunnett", "Egerton", "Fairbrother", "Gosling", "Hollingworth", "Maresh",
        "Szalai", "Okonkwo", "Lindqvist", "Halloran", "Pettibone"]
FIRST_ES_F = ["Adelina", "Brígida", "Candelaria", "Dolores", "Elvira", "Fausta", "Herminia", "Jacinta", "Leonor",
              "Marisol", "Rosaura", "Trinidad"]
FIRST_ES_M = ["Abundio", "Bernabé", "Crisanto", "Demetrio", "Eusebio", "Fortunato", "Heriberto", "Leoncio",
              "Nazario", "Olegario", "Plácido", "Severino"]
LAST_ES = ["Arreola", "Barragán", "Cisneros", "Dávila", "Espinoza", "Galindo", "Hinojosa", "Irigoyen", "Lozano",
           "Montemayor", "Navarrete", "Olivares", "Peralta", "Quintanilla", "Robledo", "Solís", "Treviño", "Zúñiga"]


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


def phone(rng: random.Random, area: str = "608") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def quarter_of(d: dt.date) -> str:
    """2026-Q1"""
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def words_es(v: float) -> str:
    return f"US$ {v:,.2f}"


class JCSheet(IFSheet):
    """IFSheet plus rows without a header (the continuation of a listing whose headings are on the page before),
    a strip of quarterly earnings boxes, a narrow wrapping table and a coupon under a tear line."""

    def open_rows(self, rows: list, widths: list[float], aligns: list[str], size: float = 7.0, row_h: float = 4.2):
        """Rows of an unruled listing with no header at all: a row is a list of cells, ("span", text) for a bold
        line across, ("bold", cells) for a bold row with a thin rule above it, ("gap",) for a little space."""
        x0 = self.l_margin
        W = sum(widths)
        for r in rows:
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.4)
                continue
            if isinstance(r, tuple) and r[0] == "span":
                self.f(size, "B")
                self.set_x(x0)
                self.cell(W, row_h + 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            bold = isinstance(r, tuple) and r[0] == "bold"
            cells = r[1] if bold else r
            if bold:
                yy_ = self.get_y() + 0.2
                self.line_seg(x0, yy_, x0 + W, yy_)
                self.set_y(yy_ + 0.3)
            self.f(size, "B" if bold else "")
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2)

    def quarter_strip(self, title: str, cells: list[tuple[str, str, str]], note: str = "", size: float = 8.4):
        """A framed strip of quarters: each box holds the quarter's name, the covered earnings the venues reported
        and a short word under it (e.g. 'met' / 'short'); an optional note under the strip."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size + 0.8, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.6
        cw = W / len(cells)
        for i, (q, amt, mark) in enumerate(cells):
            x = self.l_margin + i * cw
            self.set_fill_color(236, 236, 236)
            self.rect(x, y, cw, 5, style="DF")
            self.set_fill_color(255, 255, 255)
            self.rect(x, y + 5, cw, 13)
            self.set_xy(x, y + 0.7)
            self.f(size - 0.6, "B")
            self.cell(cw, 3.6, q, align="C")
            self.set_xy(x, y + 6.6)
            self.f(size + 1.2, "B")
            self.cell(cw, 5, amt, align="C")
            self.set_xy(x, y + 12.4)
            self.f(size - 1.2)
            self.cell(cw, 3.6, mark, align="C")
        self.set_xy(self.l_margin, y + 20)
        if note:
            self.f(size - 0.8)
            self.multi_cell(W, (size - 0.8) * 0.47, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def narrow_table(self, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.2,
                     aligns: list[str] | None = None, bold_last: bool = False):
        """A ruled table whose narrow columns wrap (an amount printed 'USD 1,284.00' breaks under 'USD')."""
        self.wrap_table(head, rows, widths, size=size, aligns=aligns, bold_last=bold_last)

    def coupon(self, title: str, rows: list[tuple[str, str]], pay_to: list[str], size: float = 8.6):
        """A dashed tear line, then a return coupon: a title, caption/value boxes at the left and the address to
        send the payment to at the right."""
        self.ln(3)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2, self.w - self.r_margin), y)
            x += 3.4
        self.set_xy(self.l_margin, y + 0.6)
        self.f(6)
        self.cell(0, 3, "Please detach and return this part with your payment", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        W = self.w - self.l_margin - self.r_margin
        self.ln(1.5)
        self.f(size + 1, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y0 = self.get_y() + 1
        self.kv_box(rows, self.l_margin, y0, W * 0.5, cap_w=34, size=size)
        self.set_xy(self.l_margin + W * 0.58, y0)
        self.f(size - 0.6, "B")
        self.cell(W * 0.42, 4, "Make check payable and mail to:", new_x="LEFT", new_y="NEXT")
        for ln in pay_to:
            self.f(size + 0.4)
            self.cell(W * 0.42, 4.6, ln, new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, y0 + 5.8 * len(rows) + 4)


def transmittal(office: str, office_lines: list[str], rows: list[tuple[str, str]], pages: int, message: list[str],
                ticks: tuple[str, ...] = ("Urgent", "Please review")) -> bytes:
    """A billing office's FAX TRANSMITTAL sheet (a page of its own that belongs to no document): the office's
    letterhead with its own phone and fax numbers, a shaded title bar, a ruled grid of To / From / Fax / Phone /
    Date / Re cells, a large "pages including cover" box, tick boxes, a short message and a framed confidentiality
    notice at the foot."""
    p = JCSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(14, "B")
    p.cell(0, 7, office, new_x="LMARGIN", new_y="NEXT")
    for ln in office_lines:
        p.line(ln, 8.4)
    p.ln(4)
    p.set_fill_color(40, 40, 40)
    p.set_text_color(255, 255, 255)
    p.f(17, "B")
    p.cell(0, 11, "  FAX TRANSMITTAL", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    grid_w = W * 0.72
    y0 = p.get_y()
    cw = grid_w / 2
    for i in range(0, len(rows), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(rows[i:i + 2]):
            x = p.l_margin + j * cw
            p.rect(x, y, cw, 13)
            p.set_xy(x + 1.5, y + 1.2)
            p.f(6.8, "B")
            p.cell(cw - 3, 3, k.upper())
            p.set_xy(x + 1.5, y + 5.6)
            p.f(9.6)
            p.multi_cell(cw - 3, 4.2, v, new_x="LEFT", new_y="NEXT")
        p.set_xy(p.l_margin, y + 13)
    y1 = p.get_y()
    bx = p.l_margin + grid_w + 4
    bw = W - grid_w - 4
    p.rect(bx, y0, bw, y1 - y0)
    p.set_xy(bx, y0 + 4)
    p.f(7.4, "B")
    p.cell(bw, 3.6, "PAGES", align="C", new_x="LEFT", new_y="NEXT")
    p.cell(bw, 3.6, "(including cover)", align="C", new_x="LEFT", new_y="NEXT")
    p.f(30, "B")
    p.set_xy(bx, y0 + 14)
    p.cell(bw, 14, str(pages), align="C")
    p.set_xy(p.l_margin, y1 + 5)
    for t in ("Urgent", "Please review", "Please comment", "Please reply", "For your records"):
        p.f(9)
        p.cell(4, 4, "X" if t in ticks else "", border=1, align="C")
        p.cell(W / 5 - 4, 4, "  " + t)
    p.ln(10)
    p.f(10.4, "B")
    p.cell(0, 5, "Message", new_x="LMARGIN", new_y="NEXT")
    p.f(10.4)
    for ln in message:
        p.multi_cell(W, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.set_y(p.h - 52)
    p.rect(p.l_margin, p.get_y(), W, 26)
    p.set_xy(p.l_margin + 3, p.get_y() + 2)
    p.f(8.4, "B")
    p.cell(0, 4, "CONFIDENTIALITY NOTICE", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.f(7.8)
    p.multi_cell(W - 6, 3.7, "This transmission is meant only for the person or office named above and may hold "
                             "health and billing information protected by federal and state law. If you are not the "
                             "intended recipient, do not read, copy or pass it on: call us at the number above and "
                             "shred the pages you received.", new_x="LMARGIN", new_y="NEXT")
    return out(p)
