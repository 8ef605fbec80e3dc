"""Drawing helpers for round EI, helper famie (an invented state's emergency-only Medicaid for people whose
immigration status keeps them out of full Medicaid; an invented stunt performers' accident plan run by a film and
television production services company).

Why: both families print a short window of covered time (a certified emergency period "from ... through ...", a
call time and a wrap time on a production report) beside the dates of the care that was refused, and spread one
case over several pages, so they need a few layouts the older kits do not have: a row of ruled boxes whose value
may wrap onto a second line (a long patient name broken over two lines under its caption), a "from / through"
band for a certified period, an excerpt of a daily production report set in a typewriter face inside a shaded
frame (names and times that are not the case), a check stub under a perforation with the amount in words, a shaded
call-out box, a short running header that carries only the member number and the page count, and a fax transmittal
sheet on a form grid that belongs to no document. Name pools, addresses and date shapes ("Tuesday, March 24,
2026", "27-Mar-2026", "03.04.2026" month first, "2026/03/20", "March 27th, 2026", "4 de marzo de 2026") are here
or imported. Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famha import words  # noqa: F401  (re-exported: an amount in words as a check prints it)
from kit_roundeh_famlf import (LFSheet, add_months, dmy_dash, es_date, es_wday, first_last, grouped,  # noqa: F401
                               iso, last_first, long, mdy_dots, month_end, n2, ord_long, plus, slash, split_name,
                               surname, usd, wday_long, workday, ymd_slash, yy)
from public_kit import digits

FIRST_F = ["Annelise", "Bronwen", "Clemency", "Deirdre", "Eulalie", "Frederica", "Georgiana", "Henrietta", "Ilse",
           "Joscelyn", "Leontyne", "Maribel", "Noreen", "Ottoline", "Primrose", "Roswitha", "Sidonie", "Theodora"]
FIRST_M = ["Ambrose", "Bartholomew", "Cuthbert", "Desmond", "Eustace", "Ferdinand", "Godfrey", "Humphrey", "Isidore",
           "Jerome", "Lucius", "Montague", "Neville", "Octavius", "Peregrine", "Reginald", "Septimus", "Valentine"]
FIRST = FIRST_F + FIRST_M
LAST = ["Aldersey", "Blenkinsop", "Carbonell", "Dunnington", "Elphick", "Fanshawe", "Goodyear", "Haverstock",
        "Ingilby", "Jellicoe", "Kinnersley", "Leadbetter", "Mapplebeck", "Nethercott", "Oglethorpe", "Pennefather",
        "Raikes", "Shuttleworth", "Tollemache", "Underhill", "Vavasour", "Wedderburn", "Yardley", "Ashcombe",
        "Bottomley", "Cholmondeley", "Dalrymple", "Featherstonhaugh", "Greatorex", "Hollingworth", "Kettleborough",
        "Loxley", "Merriweather", "Pocklington", "Stallybrass", "Winterbottom"]
FIRST_ES_F = ["Amparo", "Consuelo", "Esperanza", "Graciela", "Inocencia", "Marisol", "Natividad", "Socorro",
              "Trinidad", "Yolanda"]
FIRST_ES_M = ["Abundio", "Crescencio", "Epifanio", "Fortino", "Heriberto", "Leobardo", "Porfirio", "Rigoberto",
              "Severiano", "Wenceslao"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Arredondo", "Bermúdez", "Cisneros", "Dávila", "Elizondo", "Galindo", "Hinojosa", "Ibarra", "Maldonado",
           "Naranjo", "Ocampo", "Portillo", "Quezada", "Sepúlveda", "Tamayo", "Urquidi", "Villaseñor", "Zamora"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "", mix: int = 0) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); sexes is
    an optional string of F / M / X, one letter a person; mix: how many of the first names are Spanish even when
    es is False (a crew list with several backgrounds)."""
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


def initial_last(full: str) -> str:
    """A. Last"""
    f, _, last = split_name(full)
    return f"{f[0]}. {last}"


def phone(rng: random.Random, area: str = "562") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def wd_address(rng: random.Random) -> list[str]:
    """An invented street address in the invented State of Wendmoor (postal code WD)."""
    town, z = rng.choice([("Harwick", "58214"), ("Ostend Falls", "58230"), ("Marrow Bay", "58247"),
                          ("Pellingham", "58251"), ("Quarry Junction", "58266"), ("Saltash Point", "58272"),
                          ("Emberton", "58288"), ("Kellerby", "58293")])
    street = rng.choice(["Cannery Row Apt 2B", "Tidewater Ln", "Lower Brickyard Rd", "Gristmill St Unit 5",
                         "Osier Ave", "Packinghouse Rd", "Ferrier Ct", "Net Loft Ln Apt 11", "Calle Sauce",
                         "Orchard Camp Rd Space 9"])
    return [f"{rng.randint(12, 3980)} {street}", f"{town}, WD {z}"]


def crew_address(rng: random.Random) -> list[str]:
    """An invented home address of a stunt performer (real towns near studios, invented streets)."""
    town, st, z = rng.choice([("Burbank", "CA", "91505"), ("Sun Valley", "CA", "91352"), ("Santa Clarita", "CA",
                              "91350"), ("Fayetteville", "GA", "30214"), ("Covington", "GA", "30014"),
                              ("Rio Rancho", "NM", "87124"), ("Wilmington", "NC", "28405"),
                              ("Valencia", "CA", "91355")])
    street = rng.choice(["Dolly Track Ln", "Backlot Way Apt 4", "Gaffer Ct", "Klieg Light Dr", "Stage Door Rd",
                         "Rigging Loft Ln", "Matte Shot Ave Unit 12", "Crane Arm St", "Wrap Party Pl"])
    return [f"{rng.randint(100, 9800)} {street}", f"{town}, {st} {z}"]


def hm(h: int, m: int) -> str:
    """7:42 PM"""
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def h24(h: int, m: int) -> str:
    """19:42"""
    return f"{h:02d}:{m:02d}"


class EISheet(LFSheet):
    """LFSheet plus ruled boxes whose values may wrap, a from/through band, a production report excerpt in a
    typewriter face, a check stub under a perforation, a shaded call-out and a short running header."""

    def __init__(self, *a, short_hdr: str | None = None, **k):
        super().__init__(*a, **k)
        self.short_hdr = short_hdr

    def header(self):
        super().header()
        if self.short_hdr:
            y = self.get_y()
            self.set_font(self.face, "B", 7.0)
            self.set_xy(self.l_margin, 7.2)
            self.cell(self.w - self.l_margin - self.r_margin, 3.2,
                      self.short_hdr.format(n=self.page_no(), nb="{nb}"), align="L")
            self.line_seg(self.l_margin, 10.8, self.l_margin + 62, 10.8)
            self.set_xy(self.l_margin, max(y, 14))

    def wrap_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 5.8,
                   lines: int = 2):
        """One row of ruled boxes (caption, value, width): the caption small at the top, the value under it in bold,
        wrapping inside its box (a long name breaks onto a second line); every box as tall as `lines` lines."""
        y = self.get_y()
        lh = size * 0.46
        h = cap * 0.42 + 2.2 + lh * lines + 1.2
        x = self.l_margin
        for k, v, w in cells:
            self.rect(x, y, w, h)
            self.set_xy(x + 1.0, y + 0.7)
            self.f(cap)
            self.cell(w - 2, cap * 0.42, k.upper())
            self.set_xy(x + 1.0, y + 0.7 + cap * 0.42 + 1.2)
            self.f(size, "B")
            self.multi_cell(w - 2, lh, v, new_x="LEFT", new_y="NEXT", align="L")
            x += w
        self.set_xy(self.l_margin, y + h)

    def period_band(self, title: str, start: str, end: str, note: str = "", size: float = 10.0):
        """A framed band: a bold title at the left, then FROM [start] THROUGH [end] in boxes (a certified period)."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        h = 11
        self.set_fill_color(236, 236, 236)
        self.rect(self.l_margin, y, W, h + (5 if note else 0), style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 2, y + 3.2)
        self.f(size - 0.6, "B")
        tw = min(W * 0.38, self.get_string_width(title) + 4)
        self.cell(tw, 4.6, title)
        x = self.l_margin + tw + 4
        bw = (W - tw - 8 - 2 * 17) / 2
        for cap, val in (("FROM", start), ("THROUGH", end)):
            self.set_xy(x, y + 3.4)
            self.f(6.8, "B")
            self.cell(16, 4.2, cap, align="R")
            self.rect(x + 17, y + 2, bw, 7.2, style="DF")
            self.set_xy(x + 18, y + 3.2)
            self.f(size, "B")
            self.cell(bw - 2, 4.8, val, align="C")
            x += 17 + bw + 2
        if note:
            self.set_xy(self.l_margin + 2, y + h)
            self.f(7.4)
            self.cell(W - 4, 3.6, note)
        self.set_xy(self.l_margin, y + h + (5 if note else 0) + 3)

    def report_excerpt(self, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                       note: str = "", size: float = 7.6):
        """An excerpt of a daily production report: a shaded title strip, then rows in the typewriter face inside a
        frame (what a production office prints), an optional note under it."""
        W = sum(widths)
        x0 = self.l_margin
        y0 = self.get_y()
        lh = size * 0.5
        self.set_fill_color(215, 215, 215)
        self.rect(x0, y0, W, 5, style="DF")
        self.set_xy(x0 + 1.5, y0 + 0.7)
        self.f(size + 0.6, "B")
        self.cell(W - 3, 3.6, title)
        self.set_fill_color(255, 255, 255)
        y = y0 + 6
        for r, bold in [(head, True)] + [(r, False) for r in rows]:
            x = x0 + 1.5
            for c, w in zip(r, widths):
                self.set_xy(x, y)
                self.set_font("Mono", "B" if bold else "", size)
                self.cell(w - 1, lh, c)
                x += w
            y += lh + 0.5
        self.rect(x0, y0, W, y - y0 + 1)
        self.set_xy(x0, y + 2)
        if note:
            self.f(size - 0.2)
            self.multi_cell(W, size * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin)
        self.ln(2)

    def check_stub(self, payer: str, payee: str, amount: float, check_no: str, when: str, memo: str,
                   size: float = 8.8):
        """A perforation line and a check stub: number, date, payee, the amount in figures and in words (a decoy
        amount: money that went to someone, not the refused claim)."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 1.6, self.w - self.r_margin), y)
            x += 3.0
        W = self.w - self.l_margin - self.r_margin
        y += 2.5
        self.rect(self.l_margin, y, W, 25)
        self.set_xy(self.l_margin + 2, y + 1.5)
        self.f(size, "B")
        self.cell(W * 0.6, 4.4, payer)
        self.f(size - 0.6)
        self.cell(W * 0.4 - 4, 4.4, f"Check no. {check_no}    Date {when}", align="R")
        self.set_xy(self.l_margin + 2, y + 8)
        self.f(size - 0.6)
        self.cell(36, 4.4, "PAY TO THE ORDER OF")
        self.f(size, "B")
        self.cell(W * 0.55, 4.4, payee)
        self.f(size + 0.6, "B")
        self.cell(W * 0.45 - 36, 4.4, f"**{amount:,.2f}", align="R")
        self.set_xy(self.l_margin + 2, y + 13.5)
        self.f(size - 0.8)
        self.cell(W - 4, 4.2, words(amount).upper() + " " + "*" * 12)
        self.set_xy(self.l_margin + 2, y + 19)
        self.f(size - 1.6)
        self.cell(W * 0.5, 3.8, f"MEMO  {memo}")
        self.set_xy(self.l_margin + W * 0.6, y + 19)
        self.cell(W * 0.4 - 4, 3.8, "NON-NEGOTIABLE STUB - KEEP FOR YOUR RECORDS", align="R")
        self.set_xy(self.l_margin, y + 28)

    def callout(self, title: str, text: str, size: float = 9.0, shade: int = 238):
        """A shaded box with a bold title line and a short paragraph."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(size)
        n = len(self.multi_cell(W - 6, size * 0.47, text, dry_run=True, output="LINES", markdown=True))
        h = 6 + n * size * 0.47 + 2.5
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y0, W, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y0 + 1.6)
        self.f(size + 0.6, "B")
        self.cell(W - 6, 4.2, title)
        self.set_xy(self.l_margin + 3, y0 + 6)
        self.f(size)
        self.multi_cell(W - 6, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.set_xy(self.l_margin, y0 + h + 3)


def fax_transmittal(sender: str, sender_lines: list[str], cells: list[tuple[str, str]], comments: list[str],
                    boxes: list[tuple[bool, str]]) -> bytes:
    """A fax transmittal sheet on a form grid (a page of its own that belongs to no document): the sender's name,
    'FAX TRANSMITTAL', a two-column grid of ruled caption/value cells, check boxes (Urgent, Please reply ...),
    a comments area and a privacy warning."""
    p = EISheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 7, sender, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in sender_lines:
        p.cell(0, 4.1, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_fill_color(25, 25, 25)
    p.set_text_color(255, 255, 255)
    p.f(20, "B")
    p.cell(0, 13, "  FAX TRANSMITTAL", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    for i in range(0, len(cells), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(cells[i:i + 2]):
            x = p.l_margin + j * W / 2
            p.rect(x, y, W / 2, 12)
            p.set_xy(x + 1.5, y + 1)
            p.f(7, "B")
            p.cell(W / 2 - 3, 3.2, k.upper())
            p.set_xy(x + 1.5, y + 5.4)
            p.f(11)
            p.cell(W / 2 - 3, 5, v)
        p.set_xy(p.l_margin, y + 12)
    p.ln(4)
    x = p.l_margin
    for on, label in boxes:
        p.rect(x, p.get_y() + 0.6, 3.6, 3.6)
        if on:
            p.line_seg(x + 0.6, p.get_y() + 2.4, x + 1.6, p.get_y() + 3.8)
            p.line_seg(x + 1.6, p.get_y() + 3.8, x + 3.2, p.get_y() + 0.9)
        p.set_x(x + 5)
        p.f(9.6)
        p.cell(34, 5, label)
        x += 40
    p.ln(10)
    p.f(9, "B")
    p.cell(0, 5, "COMMENTS", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y()
    p.rect(p.l_margin, y, W, 52)
    p.set_xy(p.l_margin + 2, y + 2)
    p.f(10.4)
    for c in comments:
        p.set_x(p.l_margin + 2)
        p.multi_cell(W - 4, 5.2, c, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.set_xy(p.l_margin, y + 58)
    p.f(7.4)
    p.multi_cell(0, 3.7, "PRIVACY NOTICE: The documents with this fax may hold health information protected by "
                         "federal and state law, meant only for the person or office named above. If you are not "
                         "that person, do not read, copy or pass them on; call the sender and shred them.",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
