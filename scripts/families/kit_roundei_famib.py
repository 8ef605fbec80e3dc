"""Drawing helpers for round EI, helper famib (an invented state's Medicaid medically needy (spend-down) program;
an invented auto insurer's medical payments coverage after a car crash).

Why: both families print one person's bills beside the amounts that were counted, paid, left to the person or left
under a limit, so they need a few layouts the older kits do not have: an unruled ledger whose rows come in bands
(one shaded band line per person or bill, its lines under it, a subtotal) and whose column heads repeat when the
ledger runs onto the next page (the totals row then lands on the last page), a row of "tiles" with a small caption
over a large amount (spend-down, counted, left; limit, used, left), a running line of identifiers in small type at
the foot of every page, a detachable check at the foot of a payment letter (check number, amount in figures behind
asterisks and in words, memo) under a perforation, a ruled "From ... through ..." stay box, and a fax transmittal
sheet of a provider's office laid out as a grid (it belongs to no document). Date shapes come from the round EH
kit ("March 4th, 2026", "4-Mar-2026", "03.04.2026", "2026/03/04", "Tuesday, March 4, 2026", "4 de marzo de
2026"). Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeh_famlf import (LFSheet, add_months, dmy_dash, es_date, iso, long, mdy_dots, month_end, n2, ord_long,
                               plus, slash, wday_long, workday, ymd_slash, yy)
from kit_rounded_famha import words
from public_kit import digits

__all__ = ["IBSheet", "add_months", "dmy_dash", "es_date", "iso", "long", "mdy_dots", "month_end", "n2", "ord_long",
           "plus", "slash", "wday_long", "workday", "ymd_slash", "yy", "words", "people", "split_name",
           "last_first", "first_last", "phone", "tollfree", "hv_address", "auto_address", "usd", "stars",
           "transmittal", "es_wday"]

FIRST_F = ["Adelaide", "Bronwen", "Clemency", "Damaris", "Euphemia", "Fidelma", "Griselda", "Hepzibah", "Ismay",
           "Jemima", "Keturah", "Loveday", "Mehitable", "Nerissa", "Orla", "Prudence", "Roswitha", "Sybilla"]
FIRST_M = ["Alban", "Benedict", "Cuthbert", "Dermot", "Eamon", "Fergal", "Gervase", "Hamish", "Isambard", "Jethro",
           "Lachlan", "Malachy", "Neville", "Oswin", "Piers", "Rollo", "Swithin", "Torquil"]
FIRST = FIRST_F + FIRST_M
LAST = ["Applegarth", "Bellingham", "Cawthorne", "Dalrymple", "Ellerby", "Fazakerley", "Gilhooly", "Hartigan",
        "Ingleby", "Jardine", "Kennaway", "Lockhart", "Mainwaring", "Nutbrown", "Ogilvy", "Pargeter", "Rackham",
        "Satterlee", "Tunnicliffe", "Urquhart", "Vosper", "Waddington", "Yeardley", "Arbuthnot", "Blatherwick",
        "Crowther", "Duckworth", "Faulconer", "Greatorex", "Honeysett", "Kitching", "Marchbank", "Pocklington"]
FIRST_ES_F = ["Adoración", "Bernardina", "Crescencia", "Dionisia", "Estanislada", "Facunda", "Genoveva", "Olegaria"]
FIRST_ES_M = ["Anastasio", "Baudelio", "Crisanto", "Dámaso", "Epifanio", "Fortino", "Gaudencio", "Lisandro"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Arredondo", "Barraza", "Ceballos", "Dávila", "Elizondo", "Galindo", "Hinojosa", "Leyva", "Maldonado",
           "Ochoa", "Quezada", "Sepúlveda", "Treviño", "Villarreal"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: one letter F / M / X a person."""
    ls = LAST_ES if es else LAST
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M, "X": FIRST_ES if es else FIRST}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def split_name(full: str) -> tuple[str, str, str]:
    parts = full.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = split_name(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "417") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def es_wday(d: dt.date) -> str:
    """martes, 4 de marzo de 2026"""
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def hv_address(rng: random.Random) -> list[str]:
    """An invented street address in the invented State of Haverlock (postal code HV)."""
    town, z = rng.choice([("Brannock Ford", "64108"), ("East Tillby", "64115"), ("Marrow Creek", "64127"),
                          ("Sable Ridge", "64133"), ("Oxbow Junction", "64141"), ("Pennock Hill", "64152"),
                          ("Vantry", "64166"), ("Goldthwaite", "64179")])
    street = rng.choice(["Cooper's Row", "Tannery Bend Rd", "Wicklow St Apt 2B", "Furnace Hill Rd", "Lamplighter Ln",
                         "N Canal St", "Hopyard Ct", "Sorrel Ave Unit 5", "Ferrier Way", "Old Toll Rd"])
    return [f"{rng.randint(11, 3980)} {street}", f"{town}, HV {z}"]


def auto_address(rng: random.Random) -> list[str]:
    """An invented home address of a policyholder (real towns, invented streets)."""
    town, st, z = rng.choice([("Findlay", "OH", "45840"), ("Muncie", "IN", "47303"), ("Marion", "IA", "52302"),
                              ("Sedalia", "MO", "65301"), ("Bowling Green", "KY", "42101"), ("Lima", "OH", "45801"),
                              ("Kokomo", "IN", "46901"), ("Quincy", "IL", "62301")])
    street = rng.choice(["Bittersweet Ln", "W Pershing Ave", "Orchard Glen Dr", "Cardinal Ct", "E Sycamore St",
                         "Brookhaven Rd Apt 12", "Hollyhock Way", "Stonegate Dr", "N Main St Apt 3", "Kestrel Run"])
    return [f"{rng.randint(100, 9800)} {street}", f"{town}, {st} {z}"]


def usd(v: float) -> str:
    return f"${v:,.2f}"


def stars(v: float, width: int = 10) -> str:
    """$*****412.60 (check-protected amount)"""
    s = f"{v:,.2f}"
    return "$" + "*" * max(3, width - len(s)) + s


class IBSheet(LFSheet):
    """LFSheet plus a small running line of identifiers at the foot of every page, an unruled banded ledger that
    repeats its column heads across pages, tiles of large amounts under small captions, a detachable check and a
    ruled stay box."""

    def __init__(self, *a, foot_ids: str | None = None, **k):
        super().__init__(*a, **k)
        self.foot_ids = foot_ids

    def footer(self):
        super().footer()
        if self.foot_ids:
            self.set_font(self.face, "", 6.2)
            self.set_xy(self.l_margin, self.h - 18.2)
            self.cell(self.w - self.l_margin - self.r_margin, 3, self.foot_ids.format(n=self.page_no(), nb="{nb}"),
                      align="L")

    def band_table(self, head: list[str], groups: list[dict], widths: list[float], aligns: list[str],
                   size: float = 7.4, row_h: float = 4.5, cont: str = "", totals: list[str] | None = None,
                   foot_room: float = 26):
        """An unruled ledger in bands. groups: [{"band": str, "rows": [[cells]], "sub": [cells] or None}]: a shaded
        band line (a person or a bill), its rows with right-aligned money, an optional bold subtotal. When a band
        would run past the foot of the page a new page starts with `cont` and the column heads again; a thin rule and
        a bold totals row end the ledger (on whatever page the last band lands)."""
        W = sum(widths)
        x0 = self.l_margin

        def heads():
            self.f(size - 0.6, "B")
            lh = (size - 0.6) * 0.44
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            x = x0
            for h, w, a in zip(head, widths, aligns):
                k = len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES"))
                self.set_xy(x, y + (n - k) * lh)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            self.set_xy(x0, y + n * lh + 1.6)

        heads()
        for g in groups:
            need = row_h * (len(g["rows"]) + 1 + (1 if g.get("sub") else 0)) + 1
            if self.get_y() + need > self.h - foot_room:
                self.add_page()
                if cont:
                    self.f(size + 0.8, "B")
                    self.set_x(x0)
                    self.cell(0, 5, cont, new_x="LMARGIN", new_y="NEXT")
                    self.ln(1)
                heads()
            self.set_fill_color(232, 232, 232)
            self.f(size, "B")
            self.set_x(x0)
            self.cell(W, row_h, " " + g["band"], fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255, 255, 255)
            for r in g["rows"]:
                self.f(size)
                self.set_x(x0)
                for c, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, c, align=a)
                self.ln(row_h)
            if g.get("sub"):
                self.f(size, "B")
                self.set_x(x0)
                for c, w, a in zip(g["sub"], widths, aligns):
                    self.cell(w, row_h, c, align=a)
                self.ln(row_h)
            self.ln(0.8)
        if totals:
            if self.get_y() + row_h + 3 > self.h - foot_room:
                self.add_page()
            y = self.get_y() + 0.5
            self.line_seg(x0, y, x0 + W, y)
            self.set_xy(x0, y + 0.8)
            self.f(size, "B")
            for c, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.set_x(self.l_margin)
        self.ln(2.5)

    def tiles(self, cells: list[tuple[str, str]], size: float = 14, cap: float = 6.6, h: float = 15,
              note: str = ""):
        """A row of tiles: a small caption at the top, a large bold amount under it, a heavy top rule on each tile."""
        W = self.w - self.l_margin - self.r_margin
        gap = 3
        cw = (W - gap * (len(cells) - 1)) / len(cells)
        y = self.get_y()
        for i, (k, v) in enumerate(cells):
            x = self.l_margin + i * (cw + gap)
            self.set_line_width(0.9)
            self.line_seg(x, y, x + cw, y)
            self.set_line_width(0.2)
            self.rect(x, y, cw, h)
            self.set_xy(x + 1.5, y + 1.3)
            self.f(cap)
            self.cell(cw - 3, cap * 0.45, k)
            self.set_xy(x + 1.5, y + 1.3 + cap * 0.45 + 1.6)
            self.f(size, "B")
            self.cell(cw - 3, size * 0.45, v)
        self.set_xy(self.l_margin, y + h + 1.2)
        if note:
            self.f(7.4)
            self.multi_cell(W, 3.5, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def check(self, payer: str, payer_lines: list[str], check_no: str, date_s: str, payee: list[str],
              amount: float, memo: str, bank: str, detach: str = "DETACH CHECK ALONG THE PERFORATION"):
        """A perforation across the page and a check under it: payer, check number and date at the top, the amount in
        figures behind asterisks and in words, the payee's address block, a memo line and a void-after line."""
        if self.get_y() + 70 > self.h - 20:
            self.add_page()
        self.ln(3)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 1.2, self.w - self.r_margin), y)
            x += 2.4
        self.set_xy(self.l_margin, y + 0.8)
        self.f(6.2)
        self.cell(0, 3, detach, align="C", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 2
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(244, 244, 244)
        self.rect(self.l_margin, y, W, 62, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y + 3)
        self.f(10.5, "B")
        self.cell(W * 0.6, 5, payer)
        self.f(8.4, "B")
        self.cell(W * 0.4 - 6, 5, f"CHECK NO. {check_no}", align="R")
        self.f(7.4)
        yy_ = y + 8
        for ln in payer_lines:
            self.set_xy(self.l_margin + 3, yy_)
            self.cell(W * 0.6, 3.5, ln)
            yy_ += 3.5
        self.set_xy(self.l_margin + W * 0.6, y + 9)
        self.f(8.2)
        self.cell(W * 0.4 - 6, 4, f"DATE  {date_s}", align="R")
        self.set_xy(self.l_margin + W * 0.6, y + 15)
        self.f(10.5, "B")
        self.cell(W * 0.4 - 6, 6, stars(amount), border=1, align="R")
        self.set_xy(self.l_margin + 3, y + 24)
        self.f(8.6)
        self.cell(W - 6, 4.5, words(amount) + " " + "*" * 12)
        self.line_seg(self.l_margin + 3, y + 28.8, self.l_margin + W - 3, y + 28.8)
        self.set_xy(self.l_margin + 3, y + 31)
        self.f(6.6)
        self.cell(22, 3.5, "PAY TO THE")
        self.set_xy(self.l_margin + 3, y + 34)
        self.cell(22, 3.5, "ORDER OF")
        yy_ = y + 31
        for ln in payee:
            self.set_xy(self.l_margin + 26, yy_)
            self.f(9.2)
            self.cell(W * 0.55, 4.2, ln)
            yy_ += 4.2
        self.set_xy(self.l_margin + 3, y + 50)
        self.f(7.2)
        self.cell(W * 0.55, 3.5, f"MEMO  {memo}")
        self.set_xy(self.l_margin + 3, y + 54.5)
        self.cell(W * 0.55, 3.5, f"{bank}   VOID AFTER 180 DAYS")
        self.line_seg(self.l_margin + W * 0.62, y + 53, self.l_margin + W - 4, y + 53)
        self.set_xy(self.l_margin + W * 0.62, y + 54)
        self.f(6.4)
        self.cell(W * 0.38 - 4, 3, "AUTHORIZED SIGNATURE", align="C")
        self.set_xy(self.l_margin, y + 64)

    def stay_box(self, title: str, a: str, b: str, rest: list[tuple[str, str]], size: float = 9.2):
        """A ruled box: a bold title, then 'From [a]  through [b]' in two small boxes, then caption/value lines."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        h = 8 + 8 + len(rest) * size * 0.5 + 3
        self.rect(self.l_margin, y, W, h)
        self.set_xy(self.l_margin + 2, y + 1.5)
        self.f(size, "B")
        self.cell(W - 4, 4.5, title)
        yy_ = y + 7.5
        x = self.l_margin + 2
        for cap, v in (("From", a), ("through", b)):
            self.set_xy(x, yy_ + 1.2)
            self.f(size - 1.4)
            self.cell(14, 4, cap)
            self.rect(x + 14, yy_, 34, 6.5)
            self.set_xy(x + 15, yy_ + 1.2)
            self.f(size, "B")
            self.cell(32, 4, v)
            x += 56
        yy_ += 9
        for k, v in rest:
            self.set_xy(self.l_margin + 2, yy_)
            self.f(size - 0.6, "B")
            self.cell(40, size * 0.5, k)
            self.f(size - 0.6)
            self.cell(W - 46, size * 0.5, v)
            yy_ += size * 0.5
        self.set_xy(self.l_margin, y + h + 3)


def transmittal(office: str, lines: list[str], cells: list[tuple[str, str]], msg: list[str], urgent: str = "") -> bytes:
    """A provider office's fax transmittal sheet laid out as a grid of ruled cells (caption small at the top left,
    value under it), a row of check boxes, a message and a privacy warning. A page of its own that belongs to no
    document."""
    p = IBSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.f(13.5, "B")
    p.cell(0, 7, office, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in lines:
        p.cell(0, 4.1, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_fill_color(30, 30, 30)
    p.set_text_color(255, 255, 255)
    p.f(17, "B")
    p.cell(0, 11, "  FAX TRANSMITTAL", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    p.grid(rows, size=10.2, cap=6.8, h=12.5)
    p.ln(1)
    p.f(9)
    for lab in ["Urgent", "For review", "Please reply", "Please file", "As you asked"]:
        on = lab == urgent
        x, y = p.get_x(), p.get_y()
        p.rect(x, y + 0.6, 3.4, 3.4)
        if on:
            p.line_seg(x, y + 0.6, x + 3.4, y + 4.0)
            p.line_seg(x + 3.4, y + 0.6, x, y + 4.0)
        p.set_xy(x + 5, y)
        p.cell(30, 4.6, lab)
    p.ln(9)
    p.f(8.2, "B")
    p.cell(0, 4.5, "MESSAGE", new_x="LMARGIN", new_y="NEXT")
    p.f(10.4)
    for ln in msg:
        p.multi_cell(0, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.ln(12)
    p.f(7.4)
    p.multi_cell(0, 3.7, "PRIVACY NOTICE: This transmission may contain health information protected by law. It is "
                         "meant only for the person or office named above. If you are not that person, do not read, "
                         "copy or pass on these pages; tell the sender by phone and shred them.",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
