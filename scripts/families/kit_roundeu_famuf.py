"""Drawing helpers for round EU, helper famuf (papers mirrored from an auto insurer's personal injury protection
(no-fault medical benefits) claim unit: the application for benefits, decision point review of treatment plans,
independent medical examinations and their cut-off dates, fee schedule reductions, a deductible and copayment, the
benefit limit used up, bills refused as not related to the accident or sent too late, internal appeals before
dispute resolution; an invented health fund for brewery and distillery workers with eligibility by reported shift
hours).

Why: this round asks for notice dates said in words or put in odd places (an ordinal day, a date only in a MAILED
stamp or in the footer, a date whose small caption a fax breaks up, the sending fax machine's later date on every
faxed page), values far from their captions (captions in a narrow left column with the value at the page edge, with
or without dot leaders; label blocks whose value sits below and to the right of the caption; a box of member facts on
page two), statements whose refused bill or claim is marked only by a code in a remarks column keyed in a legend
below the table (most codes explain a payment), providers with titles and credentials or named only in prose, case
numbers under unusual labels beside decoy control, batch, form and check numbers, and a typed office cover and a
hand-lettered home cover for the stacks. New here:
- EUSheet.wheel / EUSheet.still: a drawn steering wheel (rim, hub, three spokes) and a drawn pot still (onion pot,
  swan neck, lyne arm to a worm tub), the marks of the two issuers; `_mark` knows them, so ETSheet.split_brand and
  ETSheet.mark_logo draw them too;
- EUSheet.edge_leaders: captions in a narrow left column (small, grey, wrapping onto a second line when long), dot
  leaders, and each value set flush against the right edge of the page (ETSheet.far_right had no leaders);
- EUSheet.step_labels: label blocks in one or more columns, each caption on its own line and its value one line
  lower and indented to the right (values below and to the right of their captions);
- EUSheet.tiny_cap: a date or number whose caption is set very small and light before it (at 98 lines an inch the
  caption breaks into specks while the value survives);
- EUSheet.mailed: a MAILED rubber stamp carrying the only printed date of a letter, turned a few degrees;
- grid_transmittal: a clinic billing office's printed fax transmittal form (a reversed title bar, a two-column grid
  of captioned boxes typed in by a printer, tick boxes, a comments box);
- kitchen_cover: a sheet of plain paper lettered by hand as a fax cover at home (a large underlined FAX, the lines
  in the sender's hand, a page count crossed out and written again).
Everything else comes from round ET's ETSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundet_famtf import (ETSheet, add_months, addr_block, dd_mon, digits, dmy_long, dr, es_date,  # noqa: F401
                               es_wday, first_last, iso, last_first, long, m2, mdyyyy, n2, npi, out, plus, sign,
                               slash, spaced_id, surname, the_of, tin, truth, usd, wd_comma, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# injured people and their families in the auto insurer's files (surnames used by no other family)
TM_F = ["Morwenna", "Demelza", "Kerensa", "Loveday", "Tamsyn", "Elowen", "Senara", "Wenna", "Jenna", "Lowenna",
        "Rozen", "Tressa"]
TM_M = ["Jago", "Piran", "Kenver", "Petroc", "Treeve", "Cador", "Jowan", "Mawgan", "Austell", "Gerens", "Ruan",
        "Denzel"]
TM_LAST = ["Curnow", "Hendy", "Sobey", "Tangye", "Wearne", "Trengrove", "Bawden", "Kessell", "Lobb", "Magor",
           "Verran", "Bazeley", "Dingle", "Paynter", "Rickard", "Trezise", "Tippett", "Veale", "Woolcock"]
# the insurer's clinicians, examiners, adjusters and the providers who treat its claimants
TC_F = ["Femke", "Hanneke", "Jolien", "Lieke", "Marijke", "Wietske", "Ilse", "Roos", "Noor", "Griet", "Aaltje",
        "Sanne"]
TC_M = ["Floris", "Gijs", "Hidde", "Jelle", "Joris", "Maarten", "Sjoerd", "Wouter", "Daan", "Tjeerd", "Ruurd",
        "Bauke"]
TC_LAST = ["Bijlsma", "Dijkstra", "Ligthart", "Rietveld", "Schouten", "Timmerman", "Kloosterman", "Spoelstra",
           "Gorter", "Jongsma", "Kalsbeek", "Ykema", "Rudningen", "Skjelbred", "Helgeland", "Vindheim"]
# brewers, cellar and packaging crews, distillers and their families
BW_F = ["Dagny", "Hedda", "Ingeborg", "Liv", "Maren", "Sigrid", "Thora", "Birgit", "Elin", "Frida", "Ragna",
        "Torunn"]
BW_M = ["Anders", "Bjarne", "Espen", "Halvor", "Ivar", "Jostein", "Leif", "Vidar", "Torbjorn", "Eirik", "Sverre",
        "Arne"]
BW_LAST = ["Ostgaard", "Lunder", "Myklebust", "Saetre", "Bergseth", "Follestad", "Haugstad", "Nordli", "Romsaas",
           "Aasgaard", "Bjerke", "Drangsholt", "Eidsvik", "Fossheim", "Grimstad", "Lystad", "Moldestad", "Nesje",
           "Sletten", "Vaage"]
# the brewery fund's clinicians, reviewers and Fund Office staff
BC_F = ["Athina", "Chrysanthi", "Fotini", "Paraskevi", "Stavroula", "Vasiliki", "Eleni", "Despina", "Kalliopi",
        "Theodora", "Marina", "Zoi"]
BC_M = ["Apostolos", "Charalambos", "Dimosthenis", "Panagiotis", "Spyridon", "Theodoros", "Vasileios", "Evangelos",
        "Stelios", "Achilleas", "Lefteris", "Nektarios"]
BC_LAST = ["Chatzidakis", "Kyriazopoulos", "Loukopoulos", "Papathanasiou", "Sfakianakis", "Tsoukalas",
           "Vlachopoulos", "Zervoudakis", "Dimopoulos", "Giannakopoulos", "Kanellopoulos", "Manolakis", "Pantazis",
           "Stathopoulos", "Triantafyllou", "Vergopoulos", "Xenakis", "Alexiou", "Charalambous", "Doukas",
           "Galanis", "Lambropoulos", "Nikolaidis", "Oikonomidis", "Raptis", "Sotiriou", "Tzanetakis"]
# Spanish speakers
SP_F = ["Anabel", "Berenice", "Dalia", "Eréndira", "Marisol", "Nayeli", "Yadira", "Rocío"]
SP_M = ["Abelardo", "Benigno", "Dimas", "Eleazar", "Froilán", "Gilberto", "Rosendo", "Wenceslao"]
SP_LAST = ["Ledezma", "Plascencia", "Uresti", "Vallejo", "Gaytán", "Huizar", "Lerma", "Melgar", "Segura", "Varela",
           "Chavarría", "Luévano", "Maciel", "Nieto", "Orduña"]

POOLS = {"tm": ({"F": TM_F, "M": TM_M}, TM_LAST), "tc": ({"F": TC_F, "M": TC_M}, TC_LAST),
         "bw": ({"F": BW_F, "M": BW_M}, BW_LAST), "bc": ({"F": BC_F, "M": BC_M}, BC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "tm", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'tm'
    (the auto insurer's claimants), 'tc' (its clinicians and staff), 'bw' (brewery and distillery workers), 'bc' (the
    brewery fund's clinicians and staff) or 'sp' (Spanish speakers); sexes: F / M / X a person."""
    pools, lasts = POOLS[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(used or ()), []
    tries = 0
    while len(got) < n:
        tries += 1
        f = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"])
        la = last or rng.choice(lasts)
        if f in seen or (la in seen and not last and tries < 2000):
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFHJKLMNPRSTW')}. {la}")
    if used is not None:
        used |= seen
    return got


def phone(rng: random.Random, area: str = "628") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_date(d: dt.date) -> str:
    """April 14th, 2026 (an ordinal day)"""
    return f"{d.strftime('%B')} {nth(d.day)}, {d.year}"


def the_ord(d: dt.date) -> str:
    """the 14th of April, 2026"""
    return f"the {nth(d.day)} of {d.strftime('%B')}, {d.year}"


def wd_ord(d: dt.date) -> str:
    """Thursday, May 21st, 2026"""
    return f"{d.strftime('%A')}, {ord_date(d)}"


def caps_mailed(d: dt.date) -> str:
    """APR 14, 2026 (a date stamp)"""
    return d.strftime("%b %d, %Y").upper()


def es_ord(d: dt.date) -> str:
    """a los 9 días del mes de marzo de 2026"""
    months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"]
    return f"a los {d.day} días del mes de {months[d.month - 1]} de {d.year}"


class EUSheet(ETSheet):
    """ETSheet plus a drawn steering wheel and pot still, dot-leader captions far from their values, stepped label
    blocks, a faint small caption and a MAILED stamp."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def wheel(self, x: float, y: float, s: float):
        """A steering wheel s*0.62 wide, centred in a box of height s: a heavy rim, a hub and three spokes."""
        d = s * 0.62
        cx, cy = x + d / 2, y + s / 2
        self.set_line_width(max(0.9, d * 0.11))
        self.ellipse(cx - d / 2 + d * 0.05, cy - d / 2 + d * 0.05, d * 0.9, d * 0.9)
        self.set_line_width(max(0.7, d * 0.08))
        self.line_seg(cx - d * 0.42, cy - d * 0.02, cx + d * 0.42, cy - d * 0.02)
        self.line_seg(cx, cy, cx, cy + d * 0.43)
        self.set_fill_color(30, 30, 30)
        self.ellipse(cx - d * 0.12, cy - d * 0.12, d * 0.24, d * 0.24, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def still(self, x: float, y: float, s: float):
        """A pot still s*0.62 wide in a box of height s: an onion-shaped copper pot on a firebox, a swan neck rising
        from it and a lyne arm sloping down to a small worm tub."""
        w = s * 0.62
        self.set_line_width(max(0.6, s * 0.05))
        self.set_fill_color(40, 40, 40)
        # firebox
        self.rect(x + w * 0.02, y + s * 0.86, w * 0.58, s * 0.12, style="F")
        # onion pot
        px, pw = x + w * 0.04, w * 0.54
        top = y + s * 0.42
        self.bezier([(px, y + s * 0.86), (px - w * 0.06, y + s * 0.62), (px + pw * 0.2, top), (px + pw * 0.5, top)])
        self.bezier([(px + pw * 0.5, top), (px + pw * 0.8, top), (px + pw + w * 0.06, y + s * 0.62),
                     (px + pw, y + s * 0.86)])
        # swan neck and lyne arm
        nx = px + pw * 0.5
        self.line_seg(nx - w * 0.04, top, nx - w * 0.03, y + s * 0.16)
        self.line_seg(nx + w * 0.04, top, nx + w * 0.03, y + s * 0.16)
        self.line_seg(nx - w * 0.03, y + s * 0.16, x + w * 0.86, y + s * 0.36)
        self.line_seg(nx + w * 0.03, y + s * 0.2, x + w * 0.86, y + s * 0.4)
        # worm tub
        self.rect(x + w * 0.74, y + s * 0.42, w * 0.24, s * 0.44)
        self.line_seg(x + w * 0.74, y + s * 0.56, x + w * 0.98, y + s * 0.56)
        self.line_seg(x + w * 0.74, y + s * 0.7, x + w * 0.98, y + s * 0.7)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "wheel":
            self.wheel(x, y, s)
            return s * 0.62
        if kind == "still":
            self.still(x, y, s)
            return s * 0.62
        return super()._mark(kind, x, y, s)

    # --- values far from captions ---------------------------------------------------------------------------------
    def edge_leaders(self, rows: list[tuple[str, str]], cap_w: float = 28, size: float = 9.0, cap: float = 7.0,
                     x: float | None = None, w: float | None = None, bold: bool = True, grey: int = 80):
        """Captions in a narrow column at the left (small, grey, wrapping onto a second line when long), a line of
        dots from the caption column to the value, and the value flush against the right edge of the block."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        lh = size * 0.52
        for capt, val in rows:
            y = self.get_y()
            self.f(cap)
            self.set_text_color(grey, grey, grey)
            self.set_xy(x0, y + 0.3)
            self.multi_cell(cap_w, cap * 0.44, capt, align="L", new_x="LEFT", new_y="NEXT")
            yc = self.get_y()
            self.f(size, "B" if bold else "")
            vw = self.get_string_width(val) + 1.2
            self.set_text_color(0, 0, 0)
            self.set_xy(x0 + W - vw, y)
            self.cell(vw, lh, val, align="R")
            self.f(cap)
            self.set_text_color(150, 150, 150)
            room = W - cap_w - vw - 2.5
            n = max(0, int(room / max(self.get_string_width(". "), 0.4)))
            self.set_xy(x0 + cap_w + 1, y + 0.4)
            self.cell(room, cap * 0.44, ". " * n)
            self.set_text_color(0, 0, 0)
            self.set_xy(x0, max(yc, y + lh) + 1.1)
        self.set_x(self.l_margin)
        self.ln(1.2)

    def step_labels(self, rows: list[tuple[str, str]], ncol: int = 2, indent: float = 9, size: float = 9.2,
                    cap: float = 7.0, x: float | None = None, w: float | None = None, gap: float = 6,
                    rule: bool = False):
        """Label blocks: each caption alone on a line (small), its value one line lower and indented to the right
        (bold). Rows flow down the first column, then the next."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        per = -(-len(rows) // ncol)
        cw = (W - gap * (ncol - 1)) / ncol
        y0 = self.get_y()
        bottom = y0
        for c in range(ncol):
            y = y0
            cx = x0 + c * (cw + gap)
            for capt, val in rows[c * per:(c + 1) * per]:
                self.f(cap)
                self.set_text_color(70, 70, 70)
                self.set_xy(cx, y)
                self.cell(cw, cap * 0.45, capt)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
                self.set_xy(cx + indent, y + cap * 0.45 + 0.5)
                self.multi_cell(cw - indent, size * 0.48, val, align="L", new_x="LEFT", new_y="NEXT")
                y = self.get_y() + 1.6
                if rule:
                    self.line_seg(cx, y - 0.8, cx + cw, y - 0.8)
            bottom = max(bottom, y)
        self.set_xy(self.l_margin, bottom + 1.5)

    def tiny_cap(self, capt: str, val: str, x: float | None = None, size: float = 9.6, cap: float = 4.6,
                 grey: int = 150, style: str = "B"):
        """A value whose caption is set very small and light right before it, on one line."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        self.set_font(self.face, "", cap)
        self.set_text_color(grey, grey, grey)
        cw = self.get_string_width(capt) + 1.2
        self.set_xy(x0, y + size * 0.18)
        self.cell(cw, cap * 0.45, capt)
        self.set_text_color(0, 0, 0)
        self.f(size, style)
        self.set_xy(x0 + cw, y)
        self.cell(0, size * 0.5, val, new_x="LMARGIN", new_y="NEXT")

    def mailed(self, d_text: str, x: float, y: float, who: str = "", angle: float = 6, size: float = 9.4):
        """A MAILED rubber stamp with the date (and an optional office line under it)."""
        self.rstamp(["MAILED", d_text] + ([who] if who else []), x, y, angle=angle, size=size, grey=70)


def grid_transmittal(org: list[str], rows: list[tuple[str, str]], ticks: tuple[str, ...], note: str,
                     tx: str | None = None, tx_total: int | None = None, mark: str | None = None) -> bytes:
    """A clinic billing office's printed fax transmittal: its name and address, a dark reversed title bar, a two-column
    grid of ruled boxes with small printed captions (the values typed in by a printer, a little off centre), a row of
    tick boxes and a comments box. A page of its own."""
    p = EUSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(18, 16, 18)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y() + 2
    x = p.l_margin
    if mark:
        x += p._mark(mark, x, y0, 13) + 3
    p.set_font("Serif", "B", 15)
    p.set_xy(x, y0)
    p.cell(0, 6.5, org[0])
    p.f(8)
    for i, ln in enumerate(org[1:]):
        p.set_xy(x, y0 + 7 + i * 3.8)
        p.cell(0, 3.6, ln)
    y = y0 + 9 + 3.8 * len(org[1:]) + 4
    p.set_fill_color(25, 25, 25)
    p.rect(p.l_margin, y, W, 11, style="F")
    p.set_text_color(255, 255, 255)
    p.f(20, "B")
    p.set_xy(p.l_margin + 4, y + 1.2)
    p.cell(W - 8, 8.6, "FAX TRANSMITTAL")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    y += 16
    half = W / 2
    for i in range(0, len(rows), 2):
        for j, (capt, val) in enumerate(rows[i:i + 2]):
            bx = p.l_margin + j * half
            bw = half if len(rows[i:i + 2]) == 2 else W
            p.set_line_width(0.35)
            p.rect(bx, y, bw, 15)
            p.f(7, "B")
            p.set_xy(bx + 1.5, y + 1)
            p.cell(bw - 3, 3.2, capt.upper())
            p.set_font("Mono", "", 10.6)
            p.set_xy(bx + 4.2, y + 6.2)
            p.cell(bw - 6, 6, val)
        y += 15
    y += 6
    p.f(9.2)
    opts = ["Urgent", "For your records", "Please review", "Please call us"]
    for k, b in enumerate(opts):
        bx = p.l_margin + k * (W / 4)
        p.set_xy(bx, y)
        p.cell(4.2, 4.2, "", border=1)
        if b in ticks:
            p.set_font("Mono", "B", 11)
            p.set_xy(bx + 0.3, y - 0.1)
            p.cell(4.2, 4.2, "X")
            p.f(9.2)
        p.set_xy(bx + 6, y)
        p.cell(W / 4 - 6, 4.2, b)
    y += 11
    p.f(8, "B")
    p.set_xy(p.l_margin, y)
    p.cell(0, 4, "COMMENTS")
    p.rect(p.l_margin, y + 5, W, 58)
    p.set_font("Mono", "", 10.2)
    p.set_xy(p.l_margin + 4, y + 9)
    p.multi_cell(W - 8, 5.2, note, new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.set_xy(p.l_margin, p.h - 28)
    p.multi_cell(W, 3.2, "This transmission is confidential and may contain health information. If you are not the "
                         "person it is addressed to, please call our billing office and destroy what you received.",
                 new_x="LMARGIN", new_y="NEXT")
    return out(p)


def kitchen_cover(rng: random.Random, lines: list[str], count: tuple[str, str], tx: str | None = None,
                  tx_total: int | None = None, size: float = 15) -> bytes:
    """A sheet of plain paper lettered by hand at home as a fax cover: a large FAX underlined by hand, then the
    sender's lines (an empty string leaves a gap), and a page count written, crossed out and written again
    (`count` = (first, corrected)). No printed captions, no rules. A page of its own."""
    p = EUSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(24, 22, 24)
    p.set_auto_page_break(False)
    p.add_page()
    x0 = p.l_margin + rng.uniform(2, 8)
    end = p.hand(x0, 40, "FAX", 34, rng, bold=True)
    p.set_line_width(0.7)
    p.line_seg(x0 - 1, 43.5, end + 2, 44.6)
    p.line_seg(x0 + 2, 45.2, end - 3, 46.0)
    p.set_line_width(0.2)
    y = 64
    for ln in lines:
        if ln:
            p.hand(p.l_margin + rng.uniform(0, 6), y, ln, size, rng, rise=rng.uniform(-0.5, 1.8))
        y += 12.5
    y += 4
    xa = p.hand(p.l_margin + rng.uniform(0, 4), y, "pages: ", size, rng)
    xb = p.hand(xa + 1, y, count[0], size + 1, rng)
    p.set_line_width(0.6)
    p.line_seg(xa - 0.5, y - 1.6, xb + 1, y - 3.2)
    p.line_seg(xa - 0.5, y - 3.0, xb + 1, y - 1.4)
    p.set_line_width(0.2)
    p.hand(xb + 4, y - 1, count[1], size, rng, rise=1.0)
    return out(p)
