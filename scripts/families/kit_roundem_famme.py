"""Drawing helpers for round EM, helper famme (perinatal support benefits - breast pumps, lactation consultant visits and
doula services - under an invented commercial insurer and an invented state's Medicaid agency, mirrored from the
structure of public remittance advices, member notices and plan letters; an invented welfare fund for symphony and
opera orchestra musicians).

Why: round EM asks for statements and remittances listing several patients and several dates where one line is refused
by a short code explained only elsewhere, values in ruled cells with a small caption printed UNDER the value, code
legends printed in two columns side by side, a side column printed beside the body prose, and a plan name with a small
lower-case "administered by <firm>" line under it. These helpers add: a plan mark whose administrator line is set in
lower case under the name (`admin_mark`); a state agency head with a drawn seal (`agency_head`); a form grid of ruled
cells sharing their borders, each value on top and its numbered caption in tiny type beneath it (`form_grid`); a
two-column code legend inside one frame with a centre rule and each code in a dark tile (`legend_two`); prose that
runs beside a side rail of blocks and widens to the full measure once the rail ends (`rail_prose`); a remittance
listing with a member line per claim and a code column (`remit_listing`); a supplier's or union local's fax
transmittal page that belongs to no document (`transmittal`). Decoy date shapes only: "13th April 2026" and
"2026.04.13"; truth dates are printed as "04/13/2026", "April 13, 2026", "13 April 2026", "2026-04-13",
"Apr 13, 2026", "13-Apr-2026" or "13 de abril de 2026". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundel_famle import (ELSheet, abbr, dd_mon, dmy_long, es_date, iso, long, n2, plus, slash,  # noqa: F401
                               span_words, usd, wday_long, yy)
from public_kit import MONTHS_ES, digits  # noqa: F401

# Name pools (no last name here occurs in any older family module)
A_F = ["Rosamund", "Tamsin", "Philippa", "Juniper", "Marisa", "Oriana", "Liesl", "Sabine", "Tirzah", "Ottoline",
       "Delphie", "Kerensa", "Marigold", "Zinnia", "Cressida", "Henrietta", "Bronwen", "Clemency", "Eglantine",
       "Fleur", "Imogen", "Lavinia", "Morwenna", "Peony", "Saoirse", "Temperance", "Wren", "Aurelie"]
A_M = ["Ansel", "Barnaby", "Cosmo", "Dashiell", "Emrys", "Florian", "Gulliver", "Hugo", "Ivo", "Jasper", "Leopold",
       "Magnus", "Oswin", "Rupert", "Algernon", "Bertrand", "Crispin", "Digby", "Everard", "Fitzroy"]
A_LAST = ["Delamere", "Harbottle", "Lumley", "Cheever", "Drabble", "Kerslake", "Pedley", "Redfearn", "Stubbington",
          "Tapscott", "Gillow", "Abbiss", "Coldrey", "Dimsdale", "Hamnett", "Tembo", "Phiri", "Banda", "Nowak",
          "Bellerby", "Capstick", "Emmott", "Illingsworth", "Kilburn", "Riddiough", "Smurthwaite", "Tetley",
          "Uttridge", "Whiteoak", "Yewdall", "Brear", "Cawood", "Normington", "Robertshaw"]
B_F = ["Annika", "Bettina", "Carlotta", "Dagny", "Elodie", "Franziska", "Gwendolen", "Hildegard", "Ilse", "Josefine",
       "Katrien", "Lisette", "Magdalena", "Noor", "Ondine", "Petronella", "Agathe", "Corinna", "Dorothea",
       "Elfriede", "Friederike", "Gudrun", "Hedwig", "Ingeborg", "Liesbeth"]
B_M = ["Anatol", "Bertil", "Casimir", "Dmitri", "Eberhard", "Folkert", "Gregor", "Henrik", "Ignaz", "Joost",
       "Konstantin", "Leander", "Maximilian", "Nikolai", "Ottmar", "Pieter", "Arvid", "Benedikt", "Cornelius",
       "Detlef", "Engelbert", "Fridolin"]
B_LAST = ["Jarman", "Kellaway", "Leversedge", "Pinnock", "Silcock", "Tregoning", "Vallender", "Yeomans", "Santoro",
          "Balderstone", "Ironmonger", "Juckes", "Verey", "Bamforth", "Cheetham", "Dransfield", "Gledhill", "Naylor",
          "Shillito", "Kiprop", "Gebre", "Krawczyk", "Dang", "Duong", "Akroyd", "Holdsworth", "Kellett", "Moorhouse",
          "Outram", "Sowden", "Townend", "Wainman", "Chege", "Njoroge", "Appiah", "Darko", "Gyamfi", "Nkansah",
          "Sarpong", "Tetteh"]
ES_F_A = ["Anunciata", "Benigna", "Clotilde", "Inmaculada"]
ES_M_A = ["Aurelio", "Bonifacio", "Cipriano", "Hilario"]
ES_F_B = ["Dolores", "Eulalia", "Felícitas", "Graciela"]
ES_M_B = ["Dámaso", "Eleuterio", "Florencio", "Genaro"]
ES_LAST_A = ["Echarri", "Beltrán", "Cendejas", "Lazcano", "Manjarrez", "Peñaloza"]
ES_LAST_B = ["Anaya", "Espino", "Serna", "Vela", "Berlanga", "Cobos"]
POOLS = {"A": (A_F, A_M, A_LAST, ES_F_A, ES_M_A, ES_LAST_A), "B": (B_F, B_M, B_LAST, ES_F_B, ES_M_B, ES_LAST_B)}
STATE = {"pool": "A", "used": set()}


def fresh(pool: str) -> None:
    """Choose a family's name pool and forget the names drawn so far (the two families share no person)."""
    STATE["pool"] = pool
    STATE["used"] = set()


def people(rng: random.Random, n: int, sexes: str = "", es: bool = False) -> list[str]:
    """n invented 'First M. Last' names, no first or last name repeated since fresh(); sexes F / M / X each."""
    ff, fm, ll, ef, em, les = POOLS[STATE["pool"]]
    got = []
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else "X"
        firsts = {"F": ef if es else ff, "M": em if es else fm, "X": (ef + em) if es else ff + fm}[s]
        f, last = rng.choice(firsts), rng.choice(les if es else ll)
        if f in STATE["used"] or last in STATE["used"]:
            continue
        STATE["used"].update({f, last})
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def with_last(full: str, last: str) -> str:
    f, m, _ = parts(full)
    return f"{f} {m}. {last}"


def last_first(full: str) -> str:
    """LAST, FIRST M (as a remittance prints a patient)"""
    f, m, last = parts(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = parts(full)
    return f"{f} {last}"


def phone(rng: random.Random, area: str = "608") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def ordinal_date(d: dt.date) -> str:
    """13th April 2026 (decoys only)"""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


def dotted(d: dt.date) -> str:
    """2026.04.13 (decoys only)"""
    return d.strftime("%Y.%m.%d")


def usd_es(v: float) -> str:
    """US$1,234.50 (a Spanish notice from a U.S. agency keeps the U.S. grouping)"""
    return f"US${v:,.2f}"


class EMSheet(ELSheet):
    """ELSheet plus a plan mark with a lower-case administrator line, a state agency head with a seal, a form grid
    with captions under the values, a two-column framed code legend, prose beside a side rail and a remittance
    listing."""

    def admin_mark(self, name: str, admin: str, lines: list[str], right: list[str] | None = None, size: float = 15,
                   serif: bool = True):
        """The plan's name in large type, directly under it a small lower-case line ('administered by ...'), then
        contact lines, an optional right-aligned block (a title, a date) and a double rule."""
        y0 = self.get_y()
        face = self.face
        if serif:
            self.face = "Serif"
        self.f(size, "B")
        self.multi_cell(112 if right else 0, size * 0.47, name, new_x="LMARGIN", new_y="NEXT", align="L")
        self.face = face
        self.f(7.4)
        self.set_text_color(70, 70, 70)
        self.cell(0, 3.6, admin.lower(), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)
        self.f(7.2)
        for ln in lines:
            self.cell(0, 3.3, ln, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        if right:
            yy_ = y0 + 0.5
            for i, ln in enumerate(right):
                self.set_xy(self.w - self.r_margin - 62, yy_)
                self.f(10 if i == 0 else 7.6, "B" if i == 0 else "")
                self.cell(62, 4.6 if i == 0 else 3.6, ln, align="R")
                yy_ += 4.8 if i == 0 else 3.7
            y1 = max(y1, yy_)
        self.set_y(y1 + 1.5)
        W = self.w - self.l_margin - self.r_margin
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, self.get_y(), self.l_margin + W, self.get_y())
        self.set_line_width(0.15)
        self.line_seg(self.l_margin, self.get_y() + 0.9, self.l_margin + W, self.get_y() + 0.9)
        self.set_line_width(0.2)
        self.ln(5)

    def agency_head(self, state: str, agency: str, program: str, lines: list[str], right: list[str] | None = None,
                    seal: str = "VHCA"):
        """A state agency head: a drawn round seal with initials at the left, the state in small spaced capitals,
        the agency in bold, the program line, contact lines, an optional right block, a rule."""
        y0 = self.get_y()
        x0 = self.l_margin
        r = 9.5
        cx, cy = x0 + r, y0 + r
        self.set_line_width(0.6)
        self.ellipse(x0, y0, 2 * r, 2 * r)
        self.set_line_width(0.2)
        self.ellipse(x0 + 1.4, y0 + 1.4, 2 * r - 2.8, 2 * r - 2.8)
        self.f(6.4, "B")
        self.set_xy(x0, cy - 1.6)
        self.cell(2 * r, 3.2, seal, align="C")
        tx = x0 + 2 * r + 4
        self.set_xy(tx, y0)
        self.f(7.4, "B")
        self.set_char_spacing(1.6)
        self.cell(0, 3.6, state.upper(), new_x="LEFT", new_y="NEXT")
        self.set_char_spacing(0)
        self.f(12.5, "B")
        self.cell(0, 6, agency, new_x="LEFT", new_y="NEXT")
        self.f(8.6)
        self.cell(0, 4, program, new_x="LEFT", new_y="NEXT")
        self.f(7)
        for ln in lines:
            self.cell(0, 3.2, ln, new_x="LEFT", new_y="NEXT")
        y1 = max(self.get_y(), y0 + 2 * r)
        if right:
            yy_ = y0 + 0.5
            for i, ln in enumerate(right):
                self.set_xy(self.w - self.r_margin - 64, yy_)
                self.f(10.2 if i == 0 else 7.6, "B" if i == 0 else "")
                self.cell(64, 4.6 if i == 0 else 3.6, ln, align="R")
                yy_ += 4.8 if i == 0 else 3.7
            y1 = max(y1, yy_)
        self.set_xy(self.l_margin, y1 + 2)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def form_grid(self, rows: list[list[tuple[str, str, float]]], size: float = 8.8, cap: float = 5.2,
                  h: float = 9.6, num: bool = True, start: int = 1, x: float | None = None, w: float | None = None):
        """Rows of ruled cells sharing their borders, like a printed form: each cell's value in bold at the top, its
        caption in tiny type UNDER the value (inside the cell), numbered '1.', '2.' ... when num. A cell's width is
        a fraction of the grid width."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.get_y()
        k = start
        self.set_line_width(0.35)
        for row in rows:
            xx = x0
            for v, c, frac in row:
                cw = W * frac
                self.rect(xx, y, cw, h)
                self.set_xy(xx + 1.1, y + 1.0)
                self.f(size, "B")
                self.cell(cw - 2.2, size * 0.45, v)
                self.set_xy(xx + 1.1, y + h - cap * 0.42 - 0.9)
                self.f(cap)
                self.cell(cw - 2.2, cap * 0.42, (f"{k}. " if num else "") + c)
                xx += cw
                k += 1
            y += h
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3)
        return k

    def legend_two(self, title: str, items: list[tuple[str, str]], size: float = 7.4, note: str = "",
                   gap: float = 7, tile_w: float = 10):
        """A framed code legend set in two columns side by side with a rule between them: each code white in a
        small dark tile, its meaning beside it. The legend is never split across pages."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap - 4) / 2
        lh = size * 0.46
        per = -(-len(items) // 2)
        cols = [items[:per], items[per:]]

        def col_h(col):
            self.f(size)
            return sum(len(self.multi_cell(cw - tile_w - 2, lh, t, dry_run=True, output="LINES")) * lh + 1.6
                       for _, t in col)

        body = max(col_h(c) for c in cols)
        nh = 0
        if note:
            self.f(size - 0.4)
            nh = len(self.multi_cell(W - 4, lh, note, dry_run=True, output="LINES")) * lh + 2
        total = 7 + body + nh + 3
        if self.get_y() + total > self.h - 22:
            self.add_page()
        y0 = self.get_y()
        self.set_fill_color(40, 40, 40)
        self.rect(self.l_margin, y0, W, 5.6, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin + 2, y0 + 1)
        self.f(size + 1.2, "B")
        self.cell(W - 4, 3.6, title)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        yb = y0 + 7
        ends = []
        for i, col in enumerate(cols):
            x = self.l_margin + 2 + i * (cw + gap)
            yy_ = yb
            for code, text in col:
                self.set_fill_color(60, 60, 60)
                self.rect(x, yy_ + 0.1, tile_w - 1.2, lh + 0.4, style="F")
                self.set_text_color(255, 255, 255)
                self.set_xy(x, yy_ + 0.25)
                self.f(size, "B")
                self.cell(tile_w - 1.2, lh, code, align="C")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.set_xy(x + tile_w, yy_)
                self.f(size)
                self.multi_cell(cw - tile_w - 2, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy_ = self.get_y() + 1.6
            ends.append(yy_)
        yend = max(ends)
        xr = self.l_margin + 2 + cw + gap / 2
        self.line_seg(xr, yb, xr, yend - 1)
        if note:
            self.set_xy(self.l_margin + 2, yend)
            self.f(size - 0.4)
            self.multi_cell(W - 4, lh, note, new_x="LMARGIN", new_y="NEXT", align="L")
            yend = self.get_y() + 1
        self.rect(self.l_margin, y0, W, yend - y0 + 1)
        self.set_xy(self.l_margin, yend + 4)

    def rail_prose(self, paras: list, blocks: list[tuple[str, object]], rail_w: float = 56, gap: float = 5,
                   size: float = 9.3, left: bool = False, shade: int = 236):
        """The letter's paragraphs beside a side rail of ruled blocks (side_blocks): while the rail lasts a paragraph
        is set in the narrower column beside it, after the rail it takes the full measure. A paragraph given as
        (heading, text) gets a bold heading line."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        rx = self.l_margin if left else self.l_margin + W - rail_w
        end = self.side_blocks(blocks, rx, y0, rail_w, size=size - 1.6, shade=shade)
        px = self.l_margin + (rail_w + gap if left else 0)
        lh = size * 0.47
        self.set_xy(px, y0)
        for p in paras:
            head, text = p if isinstance(p, tuple) else ("", p)
            narrow = self.get_y() < end - 2
            x = px if narrow else self.l_margin
            cw = (W - rail_w - gap) if narrow else W
            if head:
                self.set_x(x)
                self.f(size + 0.6, "B")
                self.multi_cell(cw, lh + 0.4, head, new_x="LEFT", new_y="NEXT")
                self.ln(0.6)
            self.set_x(x)
            self.f(size)
            self.multi_cell(cw, lh, text, new_x="LEFT", new_y="NEXT", align="L", markdown=True)
            self.ln(2.2)
            if self.get_y() >= end - 2:
                self.set_x(self.l_margin)
            else:
                self.set_x(px)
        self.set_xy(self.l_margin, max(self.get_y(), end) + 1)

    def remit_listing(self, head: list[str], claims: list[dict], widths: list[float], aligns: list[str],
                      size: float = 7.2, row_h: float = 4.5, totals: list[str] | None = None):
        """A remittance listing: per claim a member line in bold (name, ID, claim number, rendering provider), then
        its service lines with a short code in the last column, then a thin rule; a heavy rule and the totals row end
        the listing. claims: [{"member": str, "rows": [[cells]], "sub": [cells] or None}]."""
        W = sum(widths)
        x0 = self.l_margin
        y = self.get_y()
        self.set_fill_color(215, 215, 215)
        self.rect(x0, y, W, 5.2, style="F")
        self.set_fill_color(255, 255, 255)
        self.f(size - 0.4, "B")
        xx = x0
        for hh, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.6, y + 0.9)
            self.cell(w - 1.2, 3.4, hh, align=a)
            xx += w
        self.set_xy(x0, y + 6)
        for c in claims:
            if self.get_y() + row_h * (len(c["rows"]) + 3) > self.h - 24:
                self.add_page()
            self.f(size, "B")
            self.set_x(x0)
            self.cell(W, row_h, c["member"], new_x="LMARGIN", new_y="NEXT")
            self.f(size)
            for r in c["rows"]:
                self.set_x(x0)
                for cell, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, cell, align=a)
                self.ln(row_h)
            if c.get("sub"):
                self.f(size, "B")
                self.set_x(x0)
                for cell, w, a in zip(c["sub"], widths, aligns):
                    self.cell(w, row_h, cell, align=a)
                self.ln(row_h)
            yl = self.get_y() + 0.6
            self.set_draw_color(150, 150, 150)
            self.line_seg(x0, yl, x0 + W, yl)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x0, yl + 1.0)
        if totals:
            y = self.get_y() + 0.4
            self.set_line_width(0.6)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
            self.set_xy(x0, y + 0.8)
            self.f(size, "B")
            for cell, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h, cell, align=a)
            self.ln(row_h)
        self.set_xy(x0, self.get_y() + 3)


def transmittal(sender: str, sender_lines: list[str], cells: list[tuple[str, str]], checks: list[tuple[bool, str]],
                message: list[str], title: str = "FAX TRANSMITTAL", foot: str = "") -> bytes:
    """A fax transmittal page that belongs to no document: the sender's name and lines at the top right, a big
    title at the left, a grid of ruled cells with the value on top and its caption under it (To, Fax, From, Date,
    Pages, Re), a row of check boxes, a framed message and a confidentiality line."""
    p = EMSheet(footer=None)
    p.add_page()
    y0 = p.get_y()
    p.f(26, "B")
    p.cell(90, 12, title if len(title) < 12 else "", new_x="LMARGIN", new_y="NEXT")
    if len(title) >= 12:
        p.set_xy(p.l_margin, y0)
        p.f(17, "B")
        p.multi_cell(95, 8, title, new_x="LMARGIN", new_y="NEXT")
    y1 = p.get_y()
    p.set_xy(p.w - p.r_margin - 80, y0)
    p.f(10.5, "B")
    p.cell(80, 5, sender, align="R", new_x="LEFT", new_y="NEXT")
    p.f(7.8)
    for ln in sender_lines:
        p.set_x(p.w - p.r_margin - 80)
        p.cell(80, 3.7, ln, align="R", new_x="LEFT", new_y="NEXT")
    p.set_y(max(y1, p.get_y()) + 6)
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    p.form_grid([[(v, c, 0.5) for c, v in r] for r in rows], size=10.4, cap=6.2, h=12.5, num=False)
    p.ln(1)
    x = p.l_margin
    y = p.get_y()
    for on, label in checks:
        p.rect(x, y + 0.5, 3.6, 3.6)
        if on:
            p.line_seg(x + 0.4, y + 0.9, x + 3.2, y + 3.7)
            p.line_seg(x + 3.2, y + 0.9, x + 0.4, y + 3.7)
        p.set_xy(x + 5, y)
        p.f(9)
        p.cell(34, 4.6, label)
        x += 37
    p.set_xy(p.l_margin, y + 10)
    W = p.w - p.l_margin - p.r_margin
    yb = p.get_y()
    p.f(9, "B")
    p.set_x(p.l_margin + 3)
    p.cell(0, 6, "Message", new_x="LMARGIN", new_y="NEXT")
    for t in message:
        p.set_x(p.l_margin + 3)
        p.f(10)
        p.multi_cell(W - 6, 5, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.rect(p.l_margin, yb, W, p.get_y() - yb + 2)
    p.set_y(-40)
    p.f(7.4)
    p.multi_cell(0, 3.5, foot or ("This fax may contain private health information. It is meant only for the person "
                                  "named above. If you received it by mistake, please call us and destroy it."),
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
