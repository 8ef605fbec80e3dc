"""Drawing helpers for round EK, helper famka (an invented state's bleeding disorders assistance program that pays
for clotting factor, hemophilia treatment center visits and insurance premiums as the payer of last resort; an
invented health plan for circus and traveling carnival performers and crews).

Why: both families are read by people whose papers come from several payers and several places (a pharmacy, a
treatment center, a show's office wagon on the road), and they need shapes the older kits do not draw: a state
letterhead with a drawn seal and the contact lines flush right; a marquee letterhead framed by a row of bulbs; a
window-envelope address block whose first line is the addressee's number with no caption at all (as mailing
systems print it above the name); ruled boxes whose captions stand to the right of their values; prose set in
three newspaper columns; claims drawn as framed cards, one card a claim, each with its own little table; a
detachable return stub at the top of a page above a perforation; a zebra-striped table with a dark header (a
show's route card, a factor dispensing log); a framed excerpt in the monospace face (a lot incident report); a
treatment center's fax routing slip with tick boxes; and a show office's fax cover (the next town on the route, the
office wagon's phone), each a page of its own that belongs to no document. Date shapes: "4 March 2026",
"4 Mar 2026", "MAR 04, 2026", "19.03.2026" (day first, used only after the 12th), "the 4th day of March, 2026"
(decoys only), "4 de marzo de 2026"; money "$1,234.50", "1,234.50", "1,234.50 USD". Everything printed with these
helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundej_famja import (JASheet, add_months, digits, dmy_dash, es_date, iso, long, mdy_dots, month_end, n2,
                               ord_long, plus, slash, usd, wday_long, ymd_slash, yy)

__all__ = ["KASheet", "add_months", "digits", "dmy_dash", "es_date", "iso", "long", "mdy_dots", "month_end", "n2",
           "ord_long", "plus", "slash", "usd", "wday_long", "ymd_slash", "yy", "day_long", "dmy_abbr", "upper",
           "dmy_dots", "words_date", "usd_tail", "people", "parts", "last_first", "first_last", "surname", "phone",
           "tollfree", "kn_address", "show_address", "routing_slip", "wagon_cover", "es_wday", "MONTHS_ES"]

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

FIRST_F = ["Amaryllis", "Berenike", "Calanthe", "Drusilla", "Eirlys", "Fionnuala", "Gwendolen", "Hyacinth", "Iolanthe",
           "Jessamy", "Kittie", "Linnea", "Mirabel", "Noreen", "Ottilie", "Perpetua", "Rhosyn", "Seraphina"]
FIRST_M = ["Anselm", "Bertram", "Cornelius", "Dunstan", "Ezekiel", "Florizel", "Godfrey", "Hieronymus", "Ivor",
           "Jocelyn", "Lancelot", "Mordecai", "Nathaniel", "Osric", "Pelham", "Reinhold", "Sylvester", "Ulric"]
FIRST = FIRST_F + FIRST_M
LAST = ["Amberson", "Brackley", "Cheesewright", "Dallimore", "Entwhistle", "Fettiplace", "Gudgeon", "Hobday",
        "Inchbald", "Jellicoe", "Killigrew", "Loveridge", "Meggitt", "Nankivell", "Ormerod", "Pinnegar", "Quibell",
        "Rudgard", "Scattergood", "Tremayne", "Upjohn", "Vowles", "Whitebread", "Yeoland", "Axtell", "Bazalgette",
        "Crabtree", "Dunkerley", "Eversleigh", "Frobisher", "Gammage", "Hockaday", "Lorrimer", "Mapplebeck"]
FIRST_ES_F = ["Araceli", "Belén", "Consolata", "Domitila", "Evangelina", "Filomena", "Herminia", "Perla"]
FIRST_ES_M = ["Adalberto", "Celestino", "Desiderio", "Egidio", "Fulgencio", "Herculano", "Macario", "Porfirio"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Anguiano", "Bocanegra", "Cisneros", "Estrada", "Garza", "Ledesma", "Magallanes", "Nájera", "Oyervides",
           "Quiñones", "Rosales", "Tamez", "Villaseñor", "Zepeda"]
SHOW_F = ["Aurelie", "Bettina", "Carlotta", "Delfina", "Estrella", "Fabiola", "Giselle", "Henrietta", "Isadora",
          "Josette", "Lucinda", "Marcella", "Noemi", "Odalys", "Paloma", "Rosalind", "Svetlana", "Valentina"]
SHOW_M = ["Alessandro", "Bartolo", "Casimir", "Dimitri", "Emil", "Fausto", "Gregor", "Horace", "Ignaz", "Jiri",
          "Leopold", "Matthias", "Nikolai", "Orlando", "Pavel", "Rinaldo", "Stanislav", "Tibor"]
SHOW_LAST = ["Arkwright", "Balthazar", "Csonka", "Dragomir", "Fairweather", "Grimaldo", "Halvorsen", "Iordache",
             "Janacek", "Kessel", "Lindqvist", "Moravec", "Nastase", "Olbrich", "Petrescu", "Radulescu", "Sorensen",
             "Trevisan", "Zelenka", "Corvino", "Marchbanks", "Oberlin"]
SHOW_ES_F = ["Amparo", "Brisa", "Candelaria", "Dalia", "Elodia", "Fidelia", "Hermelinda", "Itzel"]
SHOW_ES_M = ["Anacleto", "Benito", "Cirilo", "Donaciano", "Efrén", "Gumaro", "Isidro", "Jacinto"]
SHOW_ES_LAST = ["Arreola", "Barajas", "Cárdenas", "Duarte", "Espinosa", "Fierro", "Gamboa", "Ibarra", "Jáuregui",
                "Lucero", "Medrano", "Nevárez", "Olvera", "Portillo"]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def day_long(d: dt.date) -> str:
    """4 March 2026"""
    return f"{d.day} {d.strftime('%B %Y')}"


def dmy_abbr(d: dt.date) -> str:
    """4 Mar 2026"""
    return f"{d.day} {d.strftime('%b %Y')}"


def upper(d: dt.date) -> str:
    """MAR 04, 2026"""
    return d.strftime("%b %d, %Y").upper()


def dmy_dots(d: dt.date) -> str:
    """19.03.2026 (day first; the families use it only after the 12th, so it cannot be read the other way)."""
    return d.strftime("%d.%m.%Y")


def words_date(d: dt.date) -> str:
    """the 4th day of March, 2026 (decoys only)"""
    return f"the {d.day}{ORD.get(d.day, 'th')} day of {d.strftime('%B')}, {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def usd_tail(v: float) -> str:
    """1,234.50 USD"""
    return f"{v:,.2f} USD"


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", show: bool = False) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: one letter F / M / X a person.
    show: the circus family's own pools (so the two families share no names)."""
    if show:
        f_, m_, ls = (SHOW_ES_F, SHOW_ES_M, SHOW_ES_LAST) if es else (SHOW_F, SHOW_M, SHOW_LAST)
    else:
        f_, m_, ls = (FIRST_ES_F, FIRST_ES_M, LAST_ES) if es else (FIRST_F, FIRST_M, LAST)
    pools = {"F": f_, "M": m_, "X": f_ + m_}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = parts(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = parts(full)
    return f"{f} {last}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "617") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def kn_address(rng: random.Random) -> list[str]:
    """A street address in the invented State of Keswane (postal code KN)."""
    town, z = rng.choice([("Corlinn", "67104"), ("Talvern", "67119"), ("Wendry", "67123"), ("Ellesmoor", "67138"),
                          ("Brenvale", "67142"), ("Marlhaven", "67157"), ("Ambrey Falls", "67161"),
                          ("Pickwell", "67176")])
    street = rng.choice(["Threadneedle Rd", "Coldharbour Ln Apt 3B", "Larkrise St", "Osier Bed Way", "Malthouse Ct",
                         "Tithe Barn Rd", "Wheelwright Ave Unit 12", "Salt Box Ln", "Cobbold St", "Kiln Yard Rd"])
    return [f"{rng.randint(14, 4980)} {street}", f"{town}, KN {z}"]


def show_address(rng: random.Random) -> list[str]:
    """A performer's mailing address (winter quarters towns are real; streets and lots invented)."""
    town, st, z = rng.choice([("Sarasota", "FL", "34234"), ("Gibsonton", "FL", "33534"), ("Peru", "IN", "46970"),
                              ("Baraboo", "WI", "53913"), ("Hugo", "OK", "74743"), ("DeLand", "FL", "32720"),
                              ("Venice", "FL", "34285"), ("Riverview", "FL", "33578")])
    street = rng.choice(["Sawdust Ln Lot 14", "Calliope Ct", "Guywire Rd", "Bale Ring Ave Apt 2", "Cookhouse Way",
                         "Wagon Wheel Trl", "Canvas Loft Ln", "Menagerie Rd Lot 7", "Center Pole Dr",
                         "Jump Road Ct"])
    return [f"{rng.randint(100, 9800)} {street}", f"{town}, {st} {z}"]


class KASheet(JASheet):
    """JASheet plus a seal letterhead, a marquee letterhead, a window address block with an uncaptioned number line,
    right-captioned ruled boxes, three-column prose, claim cards, a top return stub, a zebra table, a monospace
    excerpt and a dark band running across the top of every page (band)."""

    def __init__(self, *a, band: str | None = None, **k):
        super().__init__(*a, **k)
        self.band = band

    def header(self):
        super().header()
        if self.band:
            y = self.get_y()
            self.set_fill_color(30, 30, 30)
            self.set_text_color(255, 255, 255)
            self.set_xy(self.l_margin, 6)
            self.set_font(self.face, "B", 7.4)
            self.cell(self.w - self.l_margin - self.r_margin, 4.6,
                      "  " + self.band.format(n=self.page_no(), nb="{nb}"), fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.set_xy(self.l_margin, max(y, 14))

    # --- letterheads -------------------------------------------------------------------------------------------
    def seal_head(self, dept: str, program: str, initials: str, right: list[str], title: str | None = None,
                  ring: str = ""):
        """A drawn seal (two circles, the initials inside, a tiny ring text under it) at the left, the department
        and the program beside it, contact lines flush right, a double rule, and an optional spaced title."""
        y0 = self.get_y()
        x0 = self.l_margin
        self.set_line_width(0.7)
        self.circle(x=x0 + 10, y=y0 + 10, radius=10)
        self.set_line_width(0.25)
        self.circle(x=x0 + 10, y=y0 + 10, radius=8.3)
        self.f(7.6, "B")
        self.set_xy(x0 + 1.5, y0 + 7.8)
        self.cell(17, 4.4, initials, align="C")
        if ring:
            self.f(3.6)
            self.set_xy(x0 + 1.5, y0 + 12.4)
            self.cell(17, 2, ring, align="C")
        W = self.w - self.l_margin - self.r_margin
        rw = max(self.f(7.2).get_string_width(ln) for ln in right) + 2 if right else 0
        self.set_xy(x0 + 24, y0 + 2)
        self.f(12.4, "B")
        self.cell(W - 26 - rw, 6.4, dept)
        self.set_xy(x0 + 24, y0 + 9)
        self.f(8.8)
        self.multi_cell(W - 26 - rw, 4.2, program, new_x="LEFT", new_y="NEXT", align="L")
        y_prog = self.get_y()
        yy_ = y0 + 1
        self.f(7.2)
        for ln in right:
            self.set_xy(self.w - self.r_margin - rw, yy_)
            self.cell(rw, 3.5, ln, align="R")
            yy_ += 3.5
        y = max(y0 + 21.5, yy_ + 1, y_prog + 1)
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 1.1, self.w - self.r_margin, y + 1.1)
        self.set_xy(self.l_margin, y + 3)
        if title:
            self.f(11.5, "B")
            self.set_char_spacing(1.2)
            self.cell(0, 7, title.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_char_spacing(0)
            self.ln(1.5)

    def marquee_head(self, name: str, sub: str, lines: list[str], box: str | None = None):
        """The issuer's name in bold capitals inside a frame lined with bulbs (small circles), a subtitle under it,
        contact lines centred below, an optional boxed document title at the right under them."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        fw, fh = W * 0.82, 17
        fx = self.l_margin + (W - fw) / 2
        self.set_line_width(0.8)
        self.rect(fx, y0, fw, fh)
        self.set_line_width(0.2)
        n = int(fw // 4.2)
        for i in range(n + 1):
            cx = fx + i * fw / n
            for cy in (y0, y0 + fh):
                self.set_fill_color(255, 255, 255)
                self.circle(x=cx, y=cy, radius=0.9, style="DF")
        for j in range(1, 4):
            for cx in (fx, fx + fw):
                self.circle(x=cx, y=y0 + j * fh / 4, radius=0.9, style="DF")
        self.set_xy(fx, y0 + 2.6)
        self.f(14.5, "B")
        self.cell(fw, 7, name.upper(), align="C")
        self.set_xy(fx, y0 + 9.8)
        self.f(8.4)
        self.cell(fw, 4.4, sub, align="C")
        self.set_xy(self.l_margin, y0 + fh + 2.4)
        self.f(7.4)
        for ln in lines:
            self.cell(0, 3.6, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        if box:
            self.f(10.4, "B")
            bw = self.get_string_width(box) + 10
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 7.5, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    # --- identifiers -------------------------------------------------------------------------------------------
    def right_caps(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 9.0,
                   cap: float = 6.4, h: float = 6.6, title: str | None = None) -> float:
        """Ruled boxes, one a row: the value in bold at the left, its caption in small grey type at the right end
        of the same box (the caption follows its value). Returns the y under the boxes."""
        yy_ = y
        if title:
            self.set_xy(x, yy_)
            self.f(cap + 0.4, "B")
            self.cell(w, 4.4, title.upper())
            yy_ += 4.8
        for v, k in rows:
            self.rect(x, yy_, w, h)
            self.set_xy(x + 1.6, yy_ + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w * 0.62, size * 0.45, v)
            self.set_text_color(95, 95, 95)
            self.f(cap)
            self.set_xy(x + w * 0.55, yy_ + (h - cap * 0.45) / 2)
            self.cell(w * 0.45 - 1.6, cap * 0.45, "\u25c2 " + k, align="R")
            self.set_text_color(0, 0, 0)
            yy_ += h
        return yy_

    def window_addr(self, id_line: str, addr: list[str], right: list[tuple[str, str]] | None = None,
                    right_w: float = 82, tick: str = "", addr_size: float = 10, right_title: str | None = None):
        """A window-envelope address block: a mailing line in the monospace face whose first item is the
        addressee's number with no caption, then the name and address; at the right (optional) right-captioned
        boxes. tick: a row of postal ticks under the address (a decoy bar code)."""
        y0 = self.get_y()
        x0 = self.l_margin + 4
        self.set_xy(x0, y0)
        self.set_font("Mono", "", 8.2)
        self.cell(90, 4, id_line, new_x="LEFT", new_y="NEXT")
        for ln in addr:
            self.set_x(x0)
            self.f(addr_size)
            self.cell(90, addr_size * 0.5, ln, new_x="LEFT", new_y="NEXT")
        y1 = self.get_y()
        if tick:
            self.set_fill_color(0, 0, 0)
            xx = x0
            for c in tick:
                hh = 3.2 if c in "13579" else 1.7
                self.rect(xx, y1 + 1 + (3.2 - hh), 0.5, hh, style="F")
                xx += 1.15
            self.set_fill_color(255, 255, 255)
            y1 += 5.5
        y2 = y0
        if right:
            y2 = self.right_caps(right, self.w - self.r_margin - right_w, y0, right_w, title=right_title)
        self.set_xy(self.l_margin, max(y1, y2) + 5)

    # --- prose ---------------------------------------------------------------------------------------------------
    def flow_cols(self, paras: list[str], n: int = 3, size: float = 8.8, gap: float = 5.5, lead: float = 1.6,
                  heads: set | None = None):
        """Paragraphs in n newspaper columns of equal height (the last one may be shorter), thin rules between
        them; a paragraph whose index is in `heads` is set in bold (a column heading)."""
        heads = heads or set()
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (n - 1)) / n
        lh = size * 0.46
        lines = []
        for i, p in enumerate(paras):
            self.f(size, "B" if i in heads else "")
            for ln in self.multi_cell(cw, lh, p, dry_run=True, output="LINES"):
                lines.append((ln, i in heads))
            lines.append(None)
        if lines and lines[-1] is None:
            lines.pop()

        def height(seq):
            return sum(lh if x is not None else lead for x in seq)

        total = height(lines)
        target = total / n
        cols, cur = [], []
        for ln in lines:
            if len(cols) < n - 1 and height(cur) >= target - lh / 2 and ln is not None:
                cols.append(cur)
                cur = []
            if ln is None and not cur:
                continue
            cur.append(ln)
        cols.append(cur)
        y0 = self.get_y()
        ends = []
        for c, part in enumerate(cols):
            x = self.l_margin + c * (cw + gap)
            y = y0
            for ln in part:
                if ln is None:
                    y += lead
                    continue
                self.set_xy(x, y)
                self.f(size, "B" if ln[1] else "")
                self.cell(cw, lh, ln[0])
                y += lh
            ends.append(y)
        for c in range(1, len(cols)):
            xr = self.l_margin + c * (cw + gap) - gap / 2
            self.line_seg(xr, y0, xr, max(ends))
        self.set_xy(self.l_margin, max(ends) + 3)

    # --- tables --------------------------------------------------------------------------------------------------
    def claim_cards(self, cards: list[dict], head: list[str], widths: list[float], aligns: list[str],
                    size: float = 7.6, row_h: float = 4.4):
        """Claims as framed cards, one under another: a shaded band with the card's title at the left and a note
        at the right, its own small column heads in grey, its lines, and a bold total line. A card that would run
        past the foot of the page starts on the next page. cards: [{"title", "note", "rows", "total"}]."""
        W = sum(widths)
        x0 = self.l_margin
        for c in cards:
            h = 6 + 4 + (3.8 if c.get("sub") else 0) + row_h * len(c["rows"]) + (row_h + 1 if c.get("total") else 0) + 2
            if self.get_y() + h > self.h - 24:
                self.add_page()
            y0 = self.get_y()
            self.set_fill_color(226, 226, 226)
            self.rect(x0, y0, W, 6, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0 + 2, y0 + 0.8)
            self.f(size + 0.6, "B")
            self.cell(W * 0.64, 4.4, c["title"])
            self.f(size)
            self.cell(W * 0.36 - 4, 4.4, c.get("note", ""), align="R")
            ys = y0 + 6.6
            if c.get("sub"):
                self.set_xy(x0 + 2, ys)
                self.f(size - 0.6)
                self.cell(W - 4, 3.6, c["sub"])
                ys += 3.8
            self.set_xy(x0, ys)
            self.set_text_color(100, 100, 100)
            self.f(size - 1, "B")
            for t, w, a in zip(head, widths, aligns):
                self.cell(w, 3.4, t, align=a)
            self.set_text_color(0, 0, 0)
            yy_ = ys + 3.8
            for r in c["rows"]:
                self.set_xy(x0, yy_)
                self.f(size)
                for v, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, v, align=a)
                yy_ += row_h
            if c.get("total"):
                self.line_seg(x0 + 2, yy_ + 0.4, x0 + W - 2, yy_ + 0.4)
                self.set_xy(x0, yy_ + 0.8)
                self.f(size, "B")
                for v, w, a in zip(c["total"], widths, aligns):
                    self.cell(w, row_h, v, align=a)
                yy_ += row_h + 1
            self.rect(x0, y0, W, yy_ + 1.2 - y0)
            self.set_xy(x0, yy_ + 4)

    def zebra(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
              size: float = 8.2, row_h: float = 5.2, title: str | None = None):
        """A table with a dark header (white type), every other row shaded and no inner rules; an optional title
        line above it in small capitals."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin
        if title:
            self.f(size - 0.4, "B")
            self.set_char_spacing(0.8)
            self.cell(0, 4.6, title.upper(), new_x="LMARGIN", new_y="NEXT")
            self.set_char_spacing(0)
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255, 255, 255)
        self.f(size - 0.6, "B")
        self.set_x(x0)
        for t, w, a in zip(head, widths, aligns):
            self.cell(w, row_h + 0.6, " " + t if a == "L" else t + " ", align=a, fill=True)
        self.ln(row_h + 0.6)
        self.set_text_color(0, 0, 0)
        for i, r in enumerate(rows):
            self.set_fill_color(236, 236, 236) if i % 2 else self.set_fill_color(255, 255, 255)
            self.f(size)
            self.set_x(x0)
            for v, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, " " + v if a == "L" else v + " ", align=a, fill=True)
            self.ln(row_h)
        self.set_fill_color(255, 255, 255)
        self.line_seg(x0, self.get_y(), x0 + sum(widths), self.get_y())
        self.ln(3)

    def excerpt(self, title: str, lines: list[str], size: float = 7.8, note: str = ""):
        """A framed excerpt of another record printed in the monospace face under a dark title tab."""
        W = self.w - self.l_margin - self.r_margin
        self.f(7.6, "B")
        tw = self.get_string_width(title) + 8
        y0 = self.get_y()
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, y0)
        self.cell(tw, 5, title, fill=True, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        lh = size * 0.46
        h = 3 + lh * len(lines) + 2
        self.rect(self.l_margin, y0 + 5, W, h)
        yy_ = y0 + 6.5
        for ln in lines:
            self.set_xy(self.l_margin + 2.5, yy_)
            self.set_font("Mono", "", size)
            self.cell(W - 5, lh, ln)
            yy_ += lh
        self.set_xy(self.l_margin, y0 + 5 + h + 1)
        if note:
            self.f(7.2)
            self.multi_cell(W, 3.4, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def top_stub(self, title: str, cells: list[tuple[str, str]], note: str, size: float = 8.6):
        """A return stub across the top of the page: a bold title, caption: value pairs three to a line, a small
        note, then a dashed perforation with 'detach' wording; the letter begins under it."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(size + 0.8, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        cw = W / 3
        rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
        for row in rows:
            y = self.get_y()
            for i, (k, v) in enumerate(row):
                self.set_xy(self.l_margin + i * cw, y)
                self.f(size - 1.6)
                kw = self.get_string_width(k + ": ") + 1
                self.cell(kw, size * 0.5, k + ":")
                self.f(size, "B")
                self.cell(cw - kw - 2, size * 0.5, v)
            self.set_xy(self.l_margin, y + size * 0.5 + 1.2)
        self.f(7)
        self.multi_cell(W, 3.3, note, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 2.5
        self.set_dash_pattern(dash=1.6, gap=1.2)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.f(6.2)
        self.set_xy(self.l_margin, y + 0.6)
        self.cell(0, 3, "\u2702  Tear along the dotted line and send the top part back. Keep the rest for your "
                        "records.", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        del y0

    def margin_note(self, text: str, x: float, y: float, w: float = 44, size: float = 7.2):
        """A small framed note set at (x, y) without moving the text cursor (a side remark)."""
        keep = (self.get_x(), self.get_y())
        self.f(size)
        n = len(self.multi_cell(w - 3, size * 0.46, text, dry_run=True, output="LINES"))
        self.rect(x, y, w, n * size * 0.46 + 3)
        self.set_xy(x + 1.5, y + 1.5)
        self.multi_cell(w - 3, size * 0.46, text, new_x="LEFT", new_y="NEXT")
        self.set_xy(*keep)


def routing_slip(center: str, unit: str, lines: list[str], to: str, to_org: str, to_fax: str, frm: str,
                 frm_phone: str, frm_fax: str, when: str, pages: int, ticks: list[tuple[bool, str]],
                 note: list[str]) -> bytes:
    """A treatment center's fax routing slip: the center's name and unit, 'FAX ROUTING SLIP' in a dark bar, a
    ruled grid (To / Organization / Fax / From / Phone / Fax / Date / Pages including this slip), a row of tick
    boxes, ruled message lines and a privacy line. A page of its own that belongs to no document."""
    p = KASheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(15, "B")
    p.cell(0, 7, center, new_x="LMARGIN", new_y="NEXT")
    p.f(9.4)
    p.cell(0, 5, unit, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    for ln in lines:
        p.cell(0, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_fill_color(30, 30, 30)
    p.set_text_color(255, 255, 255)
    p.f(17, "B")
    p.cell(0, 11, "  FAX ROUTING SLIP", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(5)
    grid = [("To", to), ("Organization", to_org), ("Fax number", to_fax), ("From", frm), ("Phone", frm_phone),
            ("Fax", frm_fax), ("Date sent", when), ("Pages, including this slip", str(pages))]
    for i in range(0, len(grid), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(grid[i:i + 2]):
            x = p.l_margin + j * W / 2
            p.rect(x, y, W / 2, 12)
            p.set_xy(x + 1.5, y + 1)
            p.f(6.6, "B")
            p.cell(W / 2 - 3, 3, k.upper())
            p.set_xy(x + 1.5, y + 5.2)
            p.f(10.5)
            p.cell(W / 2 - 3, 5, v)
        p.set_xy(p.l_margin, y + 12)
    p.ln(5)
    x = p.l_margin
    for on, t in ticks:
        y = p.get_y()
        p.rect(x, y + 0.6, 3.6, 3.6)
        if on:
            p.line_seg(x + 0.5, y + 1.1, x + 3.1, y + 3.7)
            p.line_seg(x + 3.1, y + 1.1, x + 0.5, y + 3.7)
        p.set_xy(x + 5, y)
        p.f(9.4)
        p.cell(W / len(ticks) - 6, 4.8, t)
        x += W / len(ticks)
        p.set_y(y)
    p.ln(10)
    p.f(9, "B")
    p.cell(0, 5, "Message", new_x="LMARGIN", new_y="NEXT")
    p.f(10.4)
    for m in note:
        p.multi_cell(0, 6.2, m, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 3
    for k in range(4):
        p.line_seg(p.l_margin, y + k * 7.5, p.w - p.r_margin, y + k * 7.5)
    p.set_y(p.h - 40)
    p.f(7.4)
    p.multi_cell(W, 3.5, "PRIVACY: The pages after this slip may hold health information about a patient of our "
                         "center. They are for the person named above. If they reached you by mistake, please call "
                         "us and shred them; do not read, copy or pass them on.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def wagon_cover(show: str, office: str, route_now: str, route_next: str, phone_no: str, fax_no: str, to: str,
                to_fax: str, frm: str, when: str, pages: int, msg: list[str]) -> bytes:
    """A show office's fax cover: the show's name in a marquee frame, 'FROM THE OFFICE WAGON', where the show is
    today and where it plays next (decoy towns and dates), the office phone and fax, To / Attn / Fax / From / Date /
    Pages lines and a short message. A page of its own that belongs to no document."""
    p = KASheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.marquee_head(show, office, [f"Office wagon phone {phone_no}   \u00b7   Fax {fax_no}"])
    p.ln(3)
    p.f(20, "B")
    p.cell(0, 10, "FAX  \u2014  FROM THE OFFICE WAGON", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    for i, (k, v) in enumerate((("THIS WEEK", route_now), ("NEXT STAND", route_next))):
        x = p.l_margin + i * (W / 2 + 2)
        p.set_line_width(0.5)
        p.rect(x, y, W / 2 - 2, 15)
        p.set_line_width(0.2)
        p.set_xy(x + 2, y + 1.5)
        p.f(7, "B")
        p.cell(W / 2 - 6, 3.4, k)
        p.set_xy(x + 2, y + 6)
        p.f(9.6)
        p.multi_cell(W / 2 - 6, 4.2, v, new_x="LEFT", new_y="NEXT")
    p.set_xy(p.l_margin, y + 21)
    for k, v in (("To", to), ("Fax", to_fax), ("From", frm), ("Date", when), ("Pages (this one included)",
                                                                             str(pages))):
        yy_ = p.get_y()
        p.f(10, "B")
        p.cell(52, 8, k)
        p.f(10.4)
        p.cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
        p.set_dash_pattern(dash=0.8, gap=0.8)
        p.line_seg(p.l_margin + 52, yy_ + 7, p.w - p.r_margin, yy_ + 7)
        p.set_dash_pattern()
    p.ln(6)
    p.f(10.4)
    for m in msg:
        p.multi_cell(0, 5.6, m, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.set_y(p.h - 36)
    p.f(7.2)
    p.multi_cell(W, 3.4, "We are on the road. If pages are missing or hard to read, call the office wagon during "
                         "show days between 10 a.m. and 6 p.m. These pages are private and meant only for the "
                         "person they are addressed to.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
