"""Drawing helpers for round EK, helper famkb (an invented state's Medicaid Breast and Cervical Cancer Treatment
Program; an invented missionary society's health plan for its overseas field workers and their families).

Why: both families print values in ways the older kits do not: identifiers written one character to a box (a
"comb" field, as state forms and bank slips print them), prose that flows down two or three newspaper-style
columns, a receipts table broken across pages with "Carried forward" / "Brought forward" subtotal rows, a claim
listing whose every claim opens with a bare line of name, ID and claim number (no caption on any of them) and whose
column heading is repeated on each page, a photocopied local receipt in Spanish with the administrator's
translation boxed beside it, an exchange-rate panel, and a field office's fax cover. Name pools and date shapes
("22 April 2026", "22.04.2026", "APR 22 2026", "2026-04-22", "22/IV/2026" (a decoy only), "22 de abril de 2026")
are here or imported. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundej_famje import (EJSheet, abbr, add_months, caps_abbr, dmy_dash, es_date, es_short,  # noqa: F401
                               grouped, hm, iso, long, mdy_dots, month_end, n2, ord_long, plus, slash, split_name,
                               usd, wday_long, workday, ymd_slash, yy)
from public_kit import MONTHS_ES, digits  # noqa: F401

FIRST_F = ["Adelaide", "Briony", "Clemency", "Dorcas", "Elspeth", "Philippa", "Georgiana", "Honora", "Imogen",
           "Jessamy", "Kezia", "Lavinia", "Marguerite", "Oriel", "Perpetua", "Rowena", "Sabine", "Tamsin",
           "Ursula", "Winifred", "Cressida", "Letitia", "Maren", "Noreen", "Araminta", "Bathsheba", "Cordula",
           "Damaris", "Euphemia", "Fenella", "Henrietta", "Isolde", "Juniper", "Leonie", "Mirabel", "Ottoline"]
FIRST_M = ["Alaric", "Barnaby", "Crispin", "Desmond", "Ephraim", "Fitzroy", "Gideon", "Hamish", "Ignatius",
           "Jasper", "Lachlan", "Mordecai", "Nathaniel", "Orrin", "Peregrine", "Quentin", "Rufus", "Silas",
           "Thaddeus", "Ulric", "Wendell", "Zebedee"]
FIRST = FIRST_F + FIRST_M
LAST = ["Ashdown", "Birtwistle", "Colquhoun", "Drinkwater", "Elphick", "Fothergill", "Grimshaw", "Hebblethwaite",
        "Ingleby", "Jellicoe", "Kettleborough", "Loxley", "Mottram", "Nuttall", "Ormerod", "Pilbeam", "Quarrington",
        "Rawcliffe", "Sowerby", "Thwaite", "Umfreville", "Varley", "Wolstenholme", "Yeadon", "Brocklebank",
        "Cawthorne", "Duckworth", "Entwistle", "Greenhalgh", "Holroyd", "Kershaw", "Lumb", "Midgley", "Pickersgill",
        "Sutcliffe", "Tattersall", "Ackroyd", "Barraclough", "Crowther", "Dewhirst", "Fawthrop", "Haigh",
        "Illingworth", "Learoyd", "Murgatroyd", "Oddie", "Priestley", "Royston", "Scargill", "Thackray", "Walmsley"]
FIRST_ES_F = ["Amparo", "Belén", "Consuelo", "Domitila", "Encarnación", "Florinda", "Gregoria", "Hortensia",
              "Inmaculada", "Jovita", "Marcelina", "Nicolasa", "Petronila", "Remedios"]
FIRST_ES_M = ["Abundio", "Bonifacio", "Ceferino", "Desiderio", "Eleuterio", "Fulgencio", "Gumersindo", "Hilario",
              "Isidoro", "Leandro", "Nazario", "Primitivo", "Saturnino", "Teodoro"]
LAST_ES = ["Alvarado", "Benavides", "Cisneros", "Echeverría", "Galindo", "Hinojosa", "Izaguirre", "Jaramillo",
           "Lozano", "Maldonado", "Navarrete", "Orozco", "Pacheco", "Quezada", "Robledo", "Santillán", "Tamayo",
           "Urquidi", "Velasco", "Zamudio"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", mix: int = 0,
           avoid: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes is an optional string of F / M / X,
    one letter a person; mix: how many of the first people get Spanish names even when es is False; avoid: a set
    of first and last names already used in the family (updated in place, so no two papers share a name)."""
    seen, got = (avoid if avoid is not None else set()), []
    while len(got) < n:
        spanish = es or len(got) < mix
        pools = {"F": FIRST_ES_F if spanish else FIRST_F, "M": FIRST_ES_M if spanish else FIRST_M,
                 "X": (FIRST_ES_F + FIRST_ES_M) if spanish else FIRST}
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(LAST_ES if spanish else LAST)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(rng: random.Random, last: str, sexes: str, used: set | None = None) -> list[str]:
    """Family members sharing one last name (a field worker's household): 'First M. Last' for each letter of sexes."""
    used = set(used or ())
    got = []
    for s in sexes:
        pool = FIRST_F if s == "F" else FIRST_M
        f = rng.choice([x for x in pool if x not in used])
        used.add(f)
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
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


def dr(full: str) -> str:
    return f"Dr. {first_last(full)}"


def phone(rng: random.Random, area: str = "641") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


# --- dates ------------------------------------------------------------------------------------------------------
def dmy_long(d: dt.date) -> str:
    """22 April 2026"""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def dmy_dots(d: dt.date) -> str:
    """22.04.2026 (day first, as receipts abroad print it)"""
    return d.strftime("%d.%m.%Y")


def dmy_slash(d: dt.date) -> str:
    """22/04/2026 (day first; a decoy shape only, never a truth value's only printing)"""
    return d.strftime("%d/%m/%Y")


def roman(d: dt.date) -> str:
    """22/IV/2026 (a date stamp with the month in Roman numerals; decoy only)"""
    return f"{d.day}/{ROMAN[d.month - 1]}/{d.year}"


def caps_mdy(d: dt.date) -> str:
    """APR 22, 2026"""
    return d.strftime("%b %d, %Y").upper()


def money0(v: float) -> str:
    """1,234.50 without a sign"""
    return f"{v:,.2f}"


class KBSheet(EJSheet):
    """EJSheet plus comb fields, flowing columns, a carried-forward receipts table, a bare-line claim listing, a
    receipt copy with its translation beside it and an exchange-rate panel."""

    def comb(self, cells: list[tuple[str, str, int]], size: float = 10.0, cap: float = 6.2, bw: float = 4.6,
             bh: float = 6.6, gap: float = 6):
        """One row of comb fields (caption, value, boxes): the caption in small capitals above a row of touching
        boxes, one character of the value in each box (a blank where the value has a space)."""
        x = self.l_margin
        y = self.get_y()
        for k, v, nbox in cells:
            self.set_xy(x, y)
            self.f(cap, "B")
            self.cell(nbox * bw, cap * 0.45, k.upper())
            yb = y + cap * 0.45 + 1.0
            chars = list(v.ljust(nbox))[:nbox]
            for i, ch in enumerate(chars):
                self.rect(x + i * bw, yb, bw, bh)
                if ch.strip():
                    self.set_xy(x + i * bw, yb + (bh - size * 0.45) / 2)
                    self.f(size)
                    self.cell(bw, size * 0.45, ch, align="C")
            # the ticks between boxes of a comb run a little below the boxes, as on printed forms
            x += nbox * bw + gap
        self.set_xy(self.l_margin, y + cap * 0.45 + 1.0 + bh + 3)

    def flow_columns(self, blocks: list[tuple[str, str]], cols: int = 2, size: float = 9.0, gap: float = 6,
                     rule: bool = True, bottom: float = 22):
        """Prose that flows like a newspaper's: each block's heading (bold, may be '') and text are broken into
        lines, and the lines run down the first column, then the next, then on to the next page. The columns on
        the last page are balanced."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (cols - 1)) / cols
        lh = size * 0.47
        items: list[tuple[str, str]] = []
        for head, text in blocks:
            if head:
                self.f(size + 0.2, "B")
                for ln in self.multi_cell(cw, lh, head, dry_run=True, output="LINES"):
                    items.append((ln, "B"))
            self.f(size)
            for ln in self.multi_cell(cw, lh, text, dry_run=True, output="LINES"):
                items.append((ln, ""))
            items.append(("", ""))
        while items and items[-1][0] == "":
            items.pop()
        while items:
            y0 = self.get_y()
            per = int((self.h - bottom - y0) // lh)
            if per < 4:
                self.add_page()
                continue
            if len(items) <= per * cols:
                per = -(-len(items) // cols)

                def ends_on_head(k):
                    return any(c * k + k - 1 < len(items) and items[c * k + k - 1][1] == "B"
                               for c in range(cols - 1))
                # never end a column on a heading line
                while per < len(items) and ends_on_head(per):
                    per += 1
            chunk, items = items[:per * cols], items[per * cols:]
            ends = []
            for c in range(cols):
                part = chunk[c * per:(c + 1) * per]
                while part and part[0][0] == "":
                    part = part[1:]
                x = self.l_margin + c * (cw + gap)
                yy_ = y0
                for text, style in part:
                    self.set_xy(x, yy_)
                    self.f(size + (0.2 if style else 0), style)
                    self.cell(cw, lh, text)
                    yy_ += lh
                ends.append(yy_)
            if rule:
                for c in range(1, cols):
                    xr = self.l_margin + c * (cw + gap) - gap / 2
                    self.line_seg(xr, y0, xr, max(ends))
            self.set_xy(self.l_margin, max(ends) + 2)
            if items:
                self.add_page()

    def carried_table(self, head: list[str], rows: list[list[str]], widths: list[float], sums: list[dict],
                      aligns: list[str] | None = None, size: float = 7.4, row_h: float = 5.0, bottom: float = 30,
                      labels: tuple[str, str, str] = ("Carried forward", "Brought forward", "Totals"),
                      label_col: int = 0, fmt=money0, groups: list[int] | None = None, max_rows: int | None = None):
        """A ruled table broken across pages: when the rows reach the foot of a page, a shaded 'Carried forward' row
        holds the running sums of the money columns, and the next page repeats the heading and opens with a
        'Brought forward' row of the same sums; a totals row ends the table. sums: one {column index: value} per
        row. groups: sizes of runs of rows kept together. max_rows: break after this many rows on the first page."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin
        lh = size * 0.44
        run: dict[int, float] = {}
        cols = sorted({c for s in sums for c in s})

        def heading():
            self.f(size - 0.4, "B")
            n = max(len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            hh = n * lh + 1.8
            y = self.get_y()
            x = x0
            self.set_fill_color(222, 222, 222)
            for h, w, a in zip(head, widths, aligns):
                self.rect(x, y, w, hh, style="DF")
                self.set_xy(x + 0.6, y + 0.9)
                self.multi_cell(w - 1.2, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0, y + hh)

        def sumrow(label: str, shade: int):
            y = self.get_y()
            x = x0
            self.set_fill_color(shade, shade, shade)
            self.f(size, "B")
            for j, (w, a) in enumerate(zip(widths, aligns)):
                self.rect(x, y, w, row_h, style="DF")
                txt = label if j == label_col else (fmt(run.get(j, 0.0)) if j in cols else "")
                self.set_xy(x + 0.6, y)
                self.cell(w - 1.2, row_h, txt, align=a if j != label_col else "L")
                x += w
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0, y + row_h)

        starts, i = {}, 0
        for g in groups or [1] * len(rows):
            starts[i] = g
            i += g
        heading()
        first_page, count = True, 0
        for i, (r, s) in enumerate(zip(rows, sums)):
            need = row_h * starts.get(i, 1)
            full = self.get_y() + need + row_h > self.h - bottom
            if i in starts and first_page and max_rows is not None and count >= max_rows:
                full = True
            if i in starts and full and i > 0:
                sumrow(labels[0], 235)
                self.add_page()
                first_page = False
                heading()
                sumrow(labels[1], 235)
            y = self.get_y()
            x = x0
            self.f(size)
            for c, w, a in zip(r, widths, aligns):
                self.rect(x, y, w, row_h)
                self.set_xy(x + 0.6, y)
                self.cell(w - 1.2, row_h, c, align=a)
                x += w
            self.set_xy(x0, y + row_h)
            for c, v in s.items():
                run[c] = run.get(c, 0.0) + v
            count += 1
        sumrow(labels[2], 210)
        self.ln(3)

    def claim_listing(self, head: list[str], claims: list[dict], widths: list[float], aligns: list[str],
                      size: float = 7.4, row_h: float = 4.3, bottom: float = 28, cont: str = "",
                      totals: list[str] | None = None):
        """A remittance listing: a bold column heading with a rule under it, repeated at the top of each page; every
        claim opens with a bare bold line (claim['line']: name, ID, claim number ... with no caption on any of
        them), then its service rows (claim['rows']) and a claim total row (claim['total']). A claim is never split
        across pages. `cont` is printed under the heading on continuation pages."""
        x0 = self.l_margin
        W = sum(widths)

        def heading(first: bool):
            if not first and cont:
                self.f(size - 0.6)
                self.cell(W, 3.6, cont, new_x="LMARGIN", new_y="NEXT")
            self.f(size - 0.3, "B")
            y = self.get_y()
            x = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(x, y)
                self.cell(w, row_h, h, align=a)
                x += w
            self.line_seg(x0, y + row_h + 0.4, x0 + W, y + row_h + 0.4)
            self.set_xy(x0, y + row_h + 1.4)

        heading(True)
        for c in claims:
            need = row_h * (len(c["rows"]) + 2) + 2.5
            if self.get_y() + need > self.h - bottom:
                self.add_page()
                heading(False)
            self.f(size, "B")
            self.set_x(x0)
            self.cell(W, row_h, c["line"], new_x="LMARGIN", new_y="NEXT")
            if c.get("sub"):
                self.f(size - 0.6)
                self.set_x(x0 + 3)
                self.cell(W - 3, row_h - 0.4, c["sub"], new_x="LMARGIN", new_y="NEXT")
            for r in c["rows"]:
                self.f(size)
                self.set_x(x0)
                for v, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, v, align=a)
                self.ln(row_h)
            if c.get("total"):
                y = self.get_y()
                self.line_seg(x0 + W * 0.45, y + 0.2, x0 + W, y + 0.2)
                self.f(size, "B")
                self.set_xy(x0, y + 0.4)
                for v, w, a in zip(c["total"], widths, aligns):
                    self.cell(w, row_h, v, align=a)
                self.ln(row_h)
            self.ln(1.8)
        if totals:
            y = self.get_y()
            self.set_line_width(0.5)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
            self.set_xy(x0, y + 0.8)
            self.f(size + 0.2, "B")
            for v, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h + 0.4, v, align=a)
            self.ln(row_h + 3)

    def receipt_copy(self, lines_top: list[str], items: list[tuple[str, str]], total: tuple[str, str],
                     bottom: list[str], trans_title: str, trans: list[tuple[str, str]], size: float = 8.0):
        """A copy of a local receipt at the left (the shop's header lines, item / amount rows, a total, a footer with
        the amount in words and a stamp), with the administrator's boxed translation of its lines at the right."""
        W = self.w - self.l_margin - self.r_margin
        rw = W * 0.5
        x0, y0 = self.l_margin, self.get_y()
        lh = size * 0.46
        yy_ = y0 + 2
        for i, ln in enumerate(lines_top):
            self.set_xy(x0 + 2, yy_)
            self.f(size + (1.2 if i == 0 else 0), "B" if i == 0 else "")
            self.cell(rw - 4, lh + (0.6 if i == 0 else 0), ln, align="C")
            yy_ += lh + (0.8 if i == 0 else 0.2)
        yy_ += 1
        self.set_dash_pattern(dash=0.8, gap=0.8)
        self.line_seg(x0 + 2, yy_, x0 + rw - 2, yy_)
        yy_ += 1.2
        for k, v in items:
            self.set_xy(x0 + 3, yy_)
            self.f(size)
            self.cell(rw * 0.66, lh, k)
            self.cell(rw * 0.34 - 6, lh, v, align="R")
            yy_ += lh + 0.4
        self.line_seg(x0 + 2, yy_ + 0.5, x0 + rw - 2, yy_ + 0.5)
        self.set_dash_pattern()
        yy_ += 1.5
        self.set_xy(x0 + 3, yy_)
        self.f(size + 0.6, "B")
        self.cell(rw * 0.5, lh + 0.6, total[0])
        self.cell(rw * 0.5 - 6, lh + 0.6, total[1], align="R")
        yy_ += lh + 2
        for ln in bottom:
            self.set_xy(x0 + 3, yy_)
            self.f(size - 0.6)
            self.multi_cell(rw - 6, lh - 0.2, ln, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y() + 0.3
        yy_ += 1.5
        self.set_line_width(0.3)
        self.rect(x0, y0, rw, yy_ - y0)
        self.set_line_width(0.2)
        # translation box
        tx = x0 + rw + 5
        tw = W - rw - 5
        ty = y0
        self.set_fill_color(236, 236, 236)
        self.set_xy(tx, ty)
        self.f(size, "B")
        self.cell(tw, 5.2, " " + trans_title, border=1, fill=True)
        self.set_fill_color(255, 255, 255)
        ty += 5.2
        for k, v in trans:
            self.set_xy(tx + 1.5, ty + 1)
            self.f(size - 1.2, "B")
            self.cell(tw - 3, (size - 1.2) * 0.45, k, new_x="LEFT", new_y="NEXT")
            self.f(size - 0.2)
            self.multi_cell(tw - 3, (size - 0.2) * 0.46, v, new_x="LEFT", new_y="NEXT")
            ty = self.get_y() + 0.6
        self.rect(tx, y0 + 5.2, tw, ty - y0 - 5.2 + 1)
        self.set_xy(self.l_margin, max(yy_, ty + 1) + 4)

    def rate_panel(self, title: str, rows: list[tuple[str, str, str]], note: str = "", w: float = 78,
                   x: float | None = None, size: float = 7.6) -> float:
        """A small framed panel of exchange rates: (date, currency, rate) rows under a title; returns the y under."""
        x0 = self.l_margin if x is None else x
        y0 = self.get_y()
        lh = size * 0.5
        self.set_xy(x0 + 2, y0 + 1.2)
        self.f(size + 0.4, "B")
        self.cell(w - 4, 4, title)
        yy_ = y0 + 6
        self.f(size - 0.6, "B")
        for j, (h, cw) in enumerate(zip(("Date", "Currency", "Per U.S. dollar"), (0.34, 0.3, 0.36))):
            self.set_xy(x0 + 2 + sum((0.34, 0.3, 0.36)[:j]) * (w - 4), yy_)
            self.cell(cw * (w - 4), lh, h, align="R" if j == 2 else "L")
        yy_ += lh + 0.4
        self.line_seg(x0 + 2, yy_, x0 + w - 2, yy_)
        yy_ += 0.6
        for r in rows:
            self.f(size)
            for j, (v, cw) in enumerate(zip(r, (0.34, 0.3, 0.36))):
                self.set_xy(x0 + 2 + sum((0.34, 0.3, 0.36)[:j]) * (w - 4), yy_)
                self.cell(cw * (w - 4), lh, v, align="R" if j == 2 else "L")
            yy_ += lh + 0.2
        if note:
            self.set_xy(x0 + 2, yy_ + 0.6)
            self.f(size - 1)
            self.multi_cell(w - 4, (size - 1) * 0.46, note, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y()
        yy_ += 1.5
        self.rect(x0, y0, w, yy_ - y0)
        return yy_

    def date_stamp(self, word: str, when: str, x: float, y: float, w: float = 44, size: float = 9.0):
        """A double-framed rubber stamp (RECEIVED / RECIBIDO) with a date inside (a decoy date)."""
        self.set_line_width(0.6)
        self.rect(x, y, w, 14)
        self.set_line_width(0.2)
        self.rect(x + 1, y + 1, w - 2, 12)
        self.set_xy(x, y + 2)
        self.f(size, "B")
        self.cell(w, 4.6, word, align="C")
        self.set_xy(x, y + 7.2)
        self.f(size + 0.6, "B")
        self.cell(w, 4.6, when, align="C")


def field_cover(office: str, lines: list[str], rows: list[tuple[str, str]], message: list[str], foot: str) -> bytes:
    """A mission field office's fax cover (a page of its own that belongs to no document): the office's name over
    a thin double rule, 'FAX MESSAGE' in outline-style capitals, caption / value rows on a two-tone grid, a short
    handwritten-style message in a box, and a confidentiality line."""
    p = KBSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(W, 7, office, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in lines:
        p.cell(W, 4.0, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 2
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.line_seg(p.l_margin, y + 1, p.l_margin + W, y + 1)
    p.set_xy(p.l_margin, y + 6)
    p.f(30, "B")
    p.cell(W, 14, "FAX MESSAGE", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for i, (k, v) in enumerate(rows):
        yy_ = p.get_y()
        p.set_fill_color(228 if i % 2 == 0 else 244, 228 if i % 2 == 0 else 244, 228 if i % 2 == 0 else 244)
        p.rect(p.l_margin, yy_, W, 9, style="F")
        p.set_fill_color(255, 255, 255)
        p.set_xy(p.l_margin + 2, yy_ + 2)
        p.f(10, "B")
        p.cell(40, 5, k)
        p.f(11)
        p.cell(W - 44, 5, v)
        p.set_xy(p.l_margin, yy_ + 9)
    p.ln(6)
    y0 = p.get_y()
    p.set_xy(p.l_margin + 4, y0 + 4)
    p.f(11)
    for ln in message:
        p.set_x(p.l_margin + 4)
        p.multi_cell(W - 8, 6.2, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.rect(p.l_margin, y0, W, p.get_y() - y0 + 4)
    p.set_xy(p.l_margin, p.get_y() + 12)
    p.f(7.6)
    p.multi_cell(W, 3.8, foot, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
