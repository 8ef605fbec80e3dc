"""Drawing helpers for round EJ, helper famjf (papers mirrored from the World Trade Center Health Program, a federal
program that treats responders and survivors only for their certified health conditions; an invented university's
study-abroad travel medical plan).

Why: both families spread one case over several pages and print many numbers and dates beside the ones that matter,
and this round asks for a few shapes the older kits do not draw:
- a claims listing whose column heading is printed once, on the first page, so that on the next page a member's
  number stands as a bare cell in a row under no heading (flow_listing);
- an unruled table whose cells wrap inside narrow columns, so that a refused line's amount breaks onto a second line
  (wrap_open);
- a fax transmittal sheet from a provider's billing office (its own fax and phone numbers, the receiver's, "Number
  of pages including cover", a reference line, tick boxes and a confidentiality notice), a page of its own that
  belongs to no document (billing_transmittal);
- a band of ruled boxes whose captions sit under a shaded strip above the value, two rows deep (strip_boxes);
- a framed "at a glance" block of dates with their roles (received, decided, mailed), set at the right (date_roles);
- money in the shapes of mail from abroad: "EUR 1.234,50", "€1,234.50", "£1,234.50", "CLP 1.480.000".
Everything is built on round EI's IFSheet (framed panels, unruled listing, schedule box) and what it inherits
(running header `every`, small running footer `ids_foot`, two signatures, right-half pairs, subject line, money box,
nondiscrimination and taglines, glossaries, over_boxes, form_band, columns). Every name printed with these helpers
is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeh_famlb import business_days  # noqa: F401
from kit_roundei_famif import (IFSheet, add_months, dmy_dash, es_date, es_wday, grouped, iso, long,  # noqa: F401
                               mdy_dots, month_end, n2, ord_long, ordinal, plus, slash, usd, wday_long, workday,
                               ymd_slash, yy)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
FIRST_F = ["Adelaide", "Bernadette", "Concetta", "Dolores", "Eileen", "Francesca", "Geraldine", "Henrietta",
           "Iolanthe", "Josephine", "Kathleen", "Loretta", "Marguerite", "Noreen", "Ottilie", "Philomena",
           "Rosalind", "Siobhan", "Theresa", "Winifred"]
FIRST_M = ["Anselm", "Bartholomew", "Cornelius", "Dermot", "Emmett", "Fintan", "Gerard", "Hugo", "Ignatius",
           "Jerome", "Kieran", "Lorcan", "Malachy", "Nolan", "Oisin", "Padraig", "Ruairi", "Seamus", "Thaddeus",
           "Vincent"]
LAST = ["Abernathy", "Brannigan", "Costigan", "Delahunt", "Esposito", "Fitzgibbon", "Garrity", "Hanrahan",
        "Iacovelli", "Kavanagh", "Lombardozzi", "McGillicuddy", "Nevins", "O'Rourke", "Pappalardo", "Quinlivan",
        "Raffaniello", "Scanlon", "Tierney", "Vitaliano", "Wojcik", "Zabriskie", "Ambrosino", "Bertolucci",
        "Culhane", "Dwyer-Lacey", "Giordano", "Mulcahy", "Piccirillo", "Szymanski"]
FIRST_ES_F = ["Altagracia", "Brígida", "Candelaria", "Dominga", "Edelmira", "Florinda", "Herminia", "Josefa",
              "Leocadia", "Marisol", "Natividad", "Rosaura"]
FIRST_ES_M = ["Abundio", "Bienvenido", "Crescencio", "Dagoberto", "Evaristo", "Fulgencio", "Heriberto",
              "Leandro", "Modesto", "Nemesio", "Severino", "Wenceslao"]
LAST_ES = ["Arredondo", "Barrientos", "Cisneros", "Dorantes", "Espinosa", "Galarza", "Hinojosa", "Irizarry",
           "Lozada", "Montalvo", "Navarrete", "Olivares", "Pacheco", "Quintanilla", "Rosario", "Santiago",
           "Tejeda", "Velázquez"]
# students: a broad mix of given names
STU_F = ["Amara", "Brynn", "Cassidy", "Daniela", "Emerson", "Freya", "Greta", "Harper", "Ingrid", "Jolie", "Kenna",
         "Larkin", "Mireille", "Nadia", "Paloma", "Quinn", "Saoirse", "Tallulah", "Wren", "Zadie"]
STU_M = ["Anders", "Beckett", "Callum", "Dashiell", "Ezra", "Finnegan", "Gus", "Hollis", "Idris", "Jonah", "Kai",
         "Leif", "Matteo", "Nico", "Orson", "Pax", "Rhys", "Soren", "Tobias", "Wyatt"]
STU_LAST = ["Ashgrove", "Bellweather", "Carraway", "Dunmore", "Ellsworth", "Fairbanks", "Gracewood", "Hollister",
            "Isley", "Kincaid", "Langford", "Merriwether", "Northam", "Oakhurst", "Prescott", "Radcliffe",
            "Sutherland", "Thorne", "Underhill", "Whitcombe", "Yarborough", "Albright", "Brookfield", "Cavendish"]


def people(rng: random.Random, n: int, kind: str = "", sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; kind '' (staff and members), 'es'
    (Spanish) or 'stu' (students); sexes: optional F / M / X a person."""
    if kind == "es":
        pools, last = {"F": FIRST_ES_F, "M": FIRST_ES_M}, LAST_ES
    elif kind == "stu":
        pools, last = {"F": STU_F, "M": STU_M}, STU_LAST
    else:
        pools, last = {"F": FIRST_F, "M": FIRST_M}, LAST
    pools["X"] = pools["F"] + pools["M"]
    seen, got = set(), []
    while len(got) < n:
        f, la = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"]), rng.choice(last)
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {la}")
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


def phone(rng: random.Random, area: str = "212") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dots(rng: random.Random, area: str = "718") -> str:
    return f"{area}.555.{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


# --- money from abroad --------------------------------------------------------------------------------------------
def eur_c(v: float) -> str:
    """EUR 1.234,50 (continental grouping)"""
    s = f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"EUR {s}"


def eur_sym(v: float) -> str:
    """€1,234.50 (as an Irish invoice prints it)"""
    return f"€{v:,.2f}"


def gbp(v: float) -> str:
    return f"£{v:,.2f}"


def clp(v: float) -> str:
    """CLP 1.480.000 (Chilean pesos carry no cents)"""
    return "CLP " + f"{int(round(v)):,}".replace(",", ".")


def usd_code(v: float) -> str:
    """USD 1,234.50"""
    return f"USD {v:,.2f}"


class JFSheet(IFSheet):
    """IFSheet plus a listing whose heading is printed only once, an unruled table with wrapping cells, captioned
    boxes under a shaded strip and a framed block of dates with their roles."""

    def flow_listing(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 7.4,
                     row_h: float = 4.4, foot_room: float = 26, cont_note: str = ""):
        """An unruled listing: the bold heading and a rule once, then rows; a row is a list of cells, ("span", text)
        for a bold line across the table, ("bold", cells) for a total with a thin rule above it, ("gap",) or ("break",)
        to go on at the top of the next page. At the
        foot of a page the rows simply go on at the top of the next page (no heading again; `cont_note`, if given,
        is a small italic-free line such as 'continued from page 1')."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.43
        n = max(len(self.multi_cell(w - 0.6, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        x = x0
        for h, w, a in zip(head, widths, aligns):
            k = len(self.multi_cell(w - 0.6, lh, h, dry_run=True, output="LINES"))
            self.set_xy(x, y + (n - k) * lh)
            self.multi_cell(w - 0.6, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += n * lh + 0.7
        self.line_seg(x0, y, x0 + W, y)
        self.set_xy(x0, y + 0.8)
        for r in rows:
            if self.get_y() + row_h + 1 > self.h - foot_room:
                self.add_page()
                if cont_note:
                    self.f(size - 0.6)
                    self.set_x(x0)
                    self.cell(0, 4, cont_note, new_x="LMARGIN", new_y="NEXT")
                    self.ln(0.6)
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.4)
                continue
            if isinstance(r, tuple) and r[0] == "break":      # the listing goes on at the top of the next page
                self.add_page()
                if cont_note:
                    self.f(size - 0.6)
                    self.set_x(x0)
                    self.cell(0, 4, cont_note, new_x="LMARGIN", new_y="NEXT")
                    self.ln(0.6)
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

    def wrap_open(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 8.0,
                  lh: float | None = None, rule_every: bool = False, bold_last: bool = False):
        """An unruled table whose cells wrap inside their column (a narrow amount column breaks a long amount onto
        a second line); a thin rule under the heading, optional hairlines between rows, a bold last row."""
        x0 = self.l_margin
        W = sum(widths)
        lh = lh or size * 0.45
        self.f(size - 0.3, "B")
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += n * lh + 0.8
        self.line_seg(x0, y, x0 + W, y)
        y += 1
        for i, r in enumerate(rows):
            bold = bold_last and i == len(rows) - 1
            self.f(size, "B" if bold else "")
            k = max(len(self.multi_cell(w - 1, lh, c, dry_run=True, output="LINES")) for c, w in zip(r, widths))
            if y + k * lh > self.h - 24:
                self.add_page()
                y = self.get_y()
            if bold:
                self.line_seg(x0, y - 0.4, x0 + W, y - 0.4)
                y += 0.6
            x = x0
            for c, w, a in zip(r, widths, aligns):
                self.set_xy(x, y)
                self.multi_cell(w - 1, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                x += w
            y += k * lh + 1.1
            if rule_every and i < len(rows) - 1:
                self.set_draw_color(150, 150, 150)
                self.line_seg(x0, y - 0.6, x0 + W, y - 0.6)
                self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y + 2)

    def strip_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.0, cap: float = 6.0,
                    h: float = 11.5):
        """Rows of ruled boxes of (caption, value, width): the caption in small bold capitals on a pale shaded strip
        across the top of the box, the value under it."""
        for row in rows:
            x = self.l_margin
            y = self.get_y()
            for k, v, w in row:
                self.set_fill_color(232, 232, 232)
                self.rect(x, y, w, cap * 0.62, style="F")
                self.set_fill_color(255, 255, 255)
                self.rect(x, y, w, h)
                self.set_xy(x + 1, y + 0.3)
                self.f(cap, "B")
                self.cell(w - 2, cap * 0.5, k.upper())
                self.set_xy(x + 1.4, y + cap * 0.62 + 1.2)
                self.f(size)
                self.cell(w - 2.4, size * 0.45, v)
                x += w
            self.set_xy(self.l_margin, y + h)
        self.ln(2.5)

    def date_roles(self, title: str, rows: list[tuple[str, str]], x: float | None = None, w: float = 74,
                   size: float = 8.4) -> float:
        """A framed block at the right: a bold title, then 'role   date' lines (received, decided, mailed ...).
        Returns the y under it; the cursor goes back to the left margin at the block's top."""
        x0 = self.w - self.r_margin - w if x is None else x
        y0 = self.get_y()
        lh = size * 0.5
        hgt = 5.6 + lh * len(rows) + 1.6
        self.rect(x0, y0, w, hgt)
        self.set_xy(x0 + 2, y0 + 1)
        self.f(size + 0.4, "B")
        self.cell(w - 4, 4, title)
        yy_ = y0 + 5.6
        for k, v in rows:
            self.set_xy(x0 + 2, yy_)
            self.f(size)
            self.cell(w * 0.5, lh, k)
            self.f(size, "B")
            self.cell(w * 0.5 - 4, lh, v, align="R")
            yy_ += lh
        self.set_xy(self.l_margin, y0)
        return y0 + hgt

    def left_block(self, lines: list[str], w: float, size: float = 10):
        """Lines at the left margin confined to width w (an address beside a block drawn at the right)."""
        for ln in lines:
            self.set_x(self.l_margin)
            self.f(size)
            self.cell(w, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")


def billing_transmittal(office: str, office_lines: list[str], office_fax: str, office_phone: str, to_name: str,
                        to_org: str, to_fax: str, to_phone: str, sender: str, date_s: str, pages: int, ref: str,
                        message: list[str], ticks: tuple[str, ...] = ("For your review",)) -> bytes:
    """A billing office's fax transmittal sheet: the office's name and address, a 'FAX TRANSMITTAL' bar, a ruled
    TO / FROM grid with both sides' fax and phone numbers, date, 'Number of pages including cover', a reference line,
    tick boxes, a message and a framed confidentiality notice. A page of its own that belongs to no document."""
    p = JFSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, office, new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in office_lines:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.set_fill_color(30, 30, 30)
    p.set_text_color(255, 255, 255)
    p.f(15, "B")
    p.cell(W, 10, "  FAX TRANSMITTAL", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    y = p.get_y()
    half = W / 2
    for i, (title, rows) in enumerate((("TO", [("Name", to_name), ("Company", to_org), ("Fax", to_fax),
                                               ("Phone", to_phone)]),
                                       ("FROM", [("Name", sender), ("Office", office.split(" - ")[0]),
                                                 ("Fax", office_fax), ("Phone", office_phone)]))):
        x = p.l_margin + i * half
        p.rect(x, y, half, 7 + 8 * len(rows))
        p.set_xy(x + 2, y + 1.5)
        p.f(10.5, "B")
        p.cell(half - 4, 5, title)
        yy_ = y + 7
        for k, v in rows:
            p.set_xy(x + 2, yy_ + 1.5)
            p.f(8.4, "B")
            p.cell(20, 5, k + ":")
            p.f(9.6)
            p.cell(half - 24, 5, v)
            p.line_seg(x + 22, yy_ + 6.6, x + half - 3, yy_ + 6.6)
            yy_ += 8
    p.set_xy(p.l_margin, y + 7 + 8 * 4 + 4)
    for k, v in (("Date", date_s), ("Number of pages including cover", str(pages)), ("Reference", ref)):
        p.f(9.6, "B")
        p.cell(72, 7, k + ":")
        p.f(10)
        p.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for box in ("Urgent", "For your review", "Please comment", "Please call us", "For your records"):
        p.f(9)
        p.cell(4, 4, "X" if box in ticks else "", border=1, align="C")
        p.cell(30, 4, " " + box)
    p.ln(9)
    p.f(10, "B")
    p.cell(0, 6, "Message", new_x="LMARGIN", new_y="NEXT")
    for ln in message:
        p.para(ln, 10)
    p.ln(8)
    y = p.get_y()
    p.set_xy(p.l_margin + 3, y + 2.5)
    p.f(7.8, "B")
    p.cell(0, 4, "CONFIDENTIALITY NOTICE", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.f(7.6)
    p.multi_cell(W - 6, 3.7, "The pages that follow are meant only for the person or office named above and may "
                             "contain health and billing information protected by federal and state privacy law. If "
                             "you are not the intended receiver, do not read, copy or pass them on; call us at the "
                             "phone number above and shred what you received.", new_x="LMARGIN", new_y="NEXT")
    p.rect(p.l_margin, y, W, p.get_y() - y + 2.5)
    return out(p)
