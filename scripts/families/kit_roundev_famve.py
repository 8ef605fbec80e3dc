"""Drawing helpers for round EV, helper famve (papers mirrored from a tribal health program's purchased and referred
care: outside care bought for the tribe's patients on a referral, emergency care reported within days, residence in
the delivery area, alternate resources first, vendor payments made by a fiscal agent on the program's behalf; an
invented health fund for land surveyors and survey crews whose eligibility is earned by reported field hours).

Why: this round asks for statements and remittances with several claims on one page where only one claim is refused
(its claim number printed no more prominently than the paid ones', its row between rows with amounts in every
column), letterheads that are hard to read (a wordmark in spaced capitals broken over two lines, a logo made of
initials with the issuer's full name only in the footer, a fiscal agent or administrator acting for the program or
plan, a notice date beside an earlier request or received date, a fax header date on faxed pages), identifiers that
OCR finds hard (letters that look like digits in fixed positions, spaced groups, dependent suffixes, an ID only in a
sentence, a plan known only by a group name or a code in a table), providers named several ways (billing practice
and rendering clinician in separate columns, a facility and its attending physician, a provider only in prose, a
provider line with an address and an NPI beside it), dates and deadlines in prose (admission and discharge in
separate boxes, "no later than", "within 65 days of the date you receive this notice", "by the end of the month
after"), and stacks whose cover is not a typed fax cover, with a page turned 90 or 180 degrees. New here:
- EVSheet.river / EVSheet.tripod: two drawn marks (a ring holding a hill over three wavy river lines; a surveyor's
  tripod with the instrument on its head and a plumb bob hanging under it);
- EVSheet.spaced_split: a wordmark in letter-spaced capitals broken over two lines (the break falls inside the name),
  small department lines under it, contact lines at the right, an optional boxed title;
- EVSheet.initials_head: a logo made only of initials in a double ring beside a department and office line that never
  name the issuer (its full name is left to the running footer or the return address);
- EVSheet.agent_head: a fiscal agent's or administrator's own name in heavy type with a grey "on behalf of ..." /
  "administered for ..." line under it, contact lines at the right;
- EVSheet(tx_side=(pages,)): the sending fax machine's line drawn a quarter turn along the right edge of pages that
  will be fed turned 90 degrees, so that it reads upright along the top of the received page;
- EVSheet.two_dates: a small framed pair of dates side by side (the notice date and an earlier received or request
  date), each caption over its date;
- EVSheet.prov_line: a provider line: the name in bold, its street address after it and "NPI ..." set at the right;
- EVSheet.claim_bands: claims of a statement, each headed by a dark band with the claim number in white type as
  large as every other claim's, its service lines under it and a one-line outcome (paid or not paid and why);
- routing_slip_cover: a clinic's printed routing slip (To tick boxes, action tick boxes, ruled remarks) filled in by
  hand, a page of its own;
- work_ticket_cover: a survey firm's printed field work ticket (job, client, crew, task boxes, field and office
  hours) left mostly blank and lettered across by hand as a fax cover, a page of its own.
Everything else comes from round EU's EUSheet (kit_roundeu_famue) and what it inherits. Every name and number
printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundeu_famue import (EUSheet, addr_block, digits, es_date, first_last, iso, last_first, long,  # noqa: F401
                               m2, month_end, n2, npi, ord_day, out, plus, sign, slash, spaced_id, the_nth_of, tin,
                               truth, usd, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# the tribe's patients and their families (a river valley on the northern plains)
MR_F = ["Adeline", "Bernita", "Charmaine", "Delphine", "Elnora", "Florene", "Geraldine", "Harriet", "Imogene",
        "Juanita", "Kateri", "Loretta", "Marlys", "Norene", "Orlena", "Philomena", "Rosaline", "Theresa",
        "Verdell", "Wilma"]
MR_M = ["Alvin", "Burton", "Clifford", "Darrell", "Eldon", "Francis", "Gilbert", "Harlan", "Irving", "Jerald",
        "Lloyd", "Marvin", "Norbert", "Orlando", "Quincy", "Raymond", "Sherman", "Tobias", "Virgil", "Wendell"]
MR_LAST = ["Ambertree", "Bellecourt", "Corderay", "Deschene", "Eagleton", "Flatford", "Goodacre", "Irongate",
           "Lonetree", "Jessome", "Birdsall", "Larrabee", "Morningway", "Nightwalker", "Oxendine", "Fourstar",
           "Littlesun", "Rainford", "Stillday", "Thunderburk", "Vanderlaan", "Whitecap", "Youngbear", "Lafromboise"]
# the program's staff and the outside clinicians
MC_F = ["Annika", "Britt", "Celestine", "Dagmar", "Eleonora", "Friederike", "Gisela", "Hanne", "Iris", "Johanna",
        "Kerstin", "Liv", "Margarethe", "Nadia", "Odette", "Pia", "Ruth", "Sigrid"]
MC_M = ["Anders", "Bertil", "Casper", "Detlef", "Einar", "Fredrik", "Gunnar", "Henning", "Ivar", "Joakim", "Klaus",
        "Lennart", "Magnus", "Nils", "Ole", "Preben", "Rune", "Torsten"]
MC_LAST = ["Aalberg", "Brandsrud", "Christoffersen", "Dahlstrom", "Eidsmoe", "Fjeldheim", "Granlund", "Hauglid",
           "Isaksrud", "Jorgensrud", "Kvalheim", "Lillehaug", "Myrvold", "Nordhagen", "Olsrud", "Pedersoli",
           "Rognstad", "Skaar", "Thorsrud", "Westby", "Vinje", "Bergsvik"]
# land surveyors, party chiefs, rodmen, instrument operators and their families
LS_F = ["Amanda", "Brenda", "Candace", "Darcy", "Erica", "Felicia", "Gretchen", "Heidi", "Jodie", "Kristin",
        "Leigh", "Mindy", "Nicole", "Paige", "Rhonda", "Shelby", "Tara", "Whitney"]
LS_M = ["Austin", "Brody", "Cody", "Dustin", "Garrett", "Heath", "Jared", "Kyle", "Landon", "Mitchell", "Nolan",
        "Preston", "Reid", "Shane", "Travis", "Wade", "Colby", "Trent"]
LS_LAST = ["Ashbrook", "Castleberry", "Cutshall", "Dillahunt", "Espey", "Fenstermaker", "Gatlin", "Hulsey",
           "Ivester", "Jobe", "Kessinger", "Lindholm", "Mabrey", "Neufeld", "Ogletree", "Pennebaker", "Eggleston",
           "Reinhart", "Shupe", "Hargis", "Utterback", "Vickerman", "Wamsley", "Yocum"]
# the Fund's reviewers, its office staff and the clinicians its members see
LC_F = ["Aurelie", "Berit", "Clementine", "Dorothea", "Elodie", "Fabienne", "Genevieve", "Heloise", "Isaline",
        "Josiane", "Laure", "Mireille", "Noemie", "Ophelie", "Perrine", "Solenne"]
LC_M = ["Amaury", "Baptiste", "Corentin", "Damien", "Etienne", "Fabrice", "Gaetan", "Herve", "Jerome", "Lionel",
        "Mathis", "Nicolas", "Olivier", "Pascal", "Quentin", "Romain"]
LC_LAST = ["Aubertin", "Bellamy", "Chastain", "Delorme", "Esnault", "Fauconnier", "Guillot", "Hennequin",
           "Jacquemin", "Lacharite", "Marchessault", "Noiret", "Ouimet", "Perrault", "Rochefort", "Villemaire",
           "Vasseur", "Charlebois", "Bouchard-Lee", "Lavigne"]
# Spanish speakers
SP_F = ["Adelaida", "Benigna", "Crescencia", "Delfina", "Epifania", "Felícitas", "Gertrudis", "Honoria",
        "Isabela", "Juliana", "Lorenza", "Marcelina", "Natividad", "Otilia"]
SP_M = ["Amadeo", "Benedicto", "Casimiro", "Donaciano", "Eliseo", "Faustino", "Gilberto", "Hilario", "Ismael",
        "Jesús", "Leonardo", "Melquiades", "Nazario", "Onésimo"]
SP_LAST = ["Anaya", "Candelas", "Duarte-Pena", "Jaquez", "Esquibel", "Fresquez", "Gurulé", "Herrera-Tso", "Lujan",
           "Montano", "Velarde", "Chavarria", "Ortiz-Lente", "Padilla", "Quintana-Baca", "Romero", "Sisneros",
           "Mascarenas", "Olguin", "Sedillo"]

POOLS = {"mr": ({"F": MR_F, "M": MR_M}, MR_LAST), "mc": ({"F": MC_F, "M": MC_M}, MC_LAST),
         "ls": ({"F": LS_F, "M": LS_M}, LS_LAST), "lc": ({"F": LC_F, "M": LC_M}, LC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "mr", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'mr'
    (the tribe's patients), 'mc' (program staff, outside clinicians), 'ls' (survey crews and families), 'lc' (the
    Fund's staff and clinicians) or 'sp' (Spanish speakers); sexes: F / M / X a person."""
    pools, lasts = POOLS[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(used or ()), []
    tries = 0
    while len(got) < n:
        tries += 1
        f = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"])
        la = last or rng.choice(lasts)
        if f in seen or (la in seen and not last and tries < 800):
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ACDEFHJKLMNPRTW')}. {la}")
    if used is not None:
        used |= seen
    return got


def phone(rng: random.Random, area: str = "406") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def month_after_end(d: dt.date) -> dt.date:
    """The last day of the month after d's month (a deadline 'by the end of the month after')."""
    first_next = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return month_end(first_next)


def mon_dd(d: dt.date) -> str:
    """Mar 08 (a short column date without the year)"""
    return d.strftime("%b %d")


class EVSheet(EUSheet):
    """EUSheet plus a river mark and a tripod mark, a spaced wordmark broken over two lines, an initials-only logo,
    a fiscal agent's letterhead, a side-drawn fax line for pages fed turned 90 degrees, a framed pair of dates, a
    provider line with an NPI at the right and claim bands with the claim number in a dark band."""

    def __init__(self, *a, tx_side: tuple = (), **k):
        super().__init__(*a, **k)
        self.tx_side = tx_side

    def header(self):
        """As ESSheet.header; on pages listed in tx_side (fed turned a quarter round, counter-clockwise) the fax line
        is drawn down the right edge, turned clockwise, so it reads upright along the top of the received page."""
        if not (self.tx and self.page_no() in self.tx_side):
            super().header()
            return
        keep = self.tx
        self.tx = None
        super().header()
        self.tx = keep
        y = self.get_y()
        n = self.page_no() + self.tx_off
        tot = self.tx_total if self.tx_total is not None else "{nb}"
        x0 = self.w - 6.6
        with self.rotation(-90, x0, 6):
            self.set_font("Mono", "", 7.6)
            self.set_xy(x0, 6 - 3.4)
            self.cell(self.h - 12, 3.4, keep.format(n=n, t=tot, n2=f"{n:02d}",
                                                     t2=f"{tot:02d}" if isinstance(tot, int) else tot))
        self.set_xy(self.l_margin, y)

    # --- marks ----------------------------------------------------------------------------------------------------
    def river(self, x: float, y: float, s: float):
        """A ring of diameter s holding a hill (a filled arc) over three wavy river lines."""
        self.set_line_width(max(0.6, s * 0.05))
        self.ellipse(x, y, s, s)
        cx = x + s / 2
        self.set_fill_color(30, 30, 30)
        hill = [(x + s * 0.16, y + s * 0.52)]
        for i in range(21):
            t = i / 20
            hill.append((x + s * 0.16 + s * 0.68 * t, y + s * 0.52 - s * 0.26 * math.sin(math.pi * t) ** 1.3))
        self.polygon(hill, style="F")
        self.set_line_width(max(0.45, s * 0.045))
        for k in range(3):
            yy_ = y + s * (0.62 + 0.1 * k)
            half = math.sqrt(max(0.0, (s / 2) ** 2 - (yy_ - (y + s / 2)) ** 2)) - s * 0.06
            pts = []
            for i in range(25):
                t = i / 24
                px = cx - half + 2 * half * t
                pts.append((px, yy_ + s * 0.025 * math.sin(t * math.pi * 4)))
            for a, b in zip(pts, pts[1:]):
                self.line_seg(a[0], a[1], b[0], b[1])
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def tripod(self, x: float, y: float, s: float):
        """A surveyor's tripod of height s: the instrument (a body and a telescope) on a head plate, three legs
        spreading to the ground and a plumb bob on its string under the head."""
        w = s * 0.7
        cx = x + w / 2
        self.set_fill_color(30, 30, 30)
        self.rect(cx - s * 0.09, y + s * 0.08, s * 0.18, s * 0.16, style="F")           # the instrument body
        self.rect(cx - s * 0.2, y + s * 0.1, s * 0.4, s * 0.06, style="F")             # the telescope
        self.rect(cx - s * 0.16, y + s * 0.26, s * 0.32, s * 0.04, style="F")          # the head plate
        self.set_line_width(max(0.6, s * 0.05))
        top = y + s * 0.3
        self.line_seg(cx - s * 0.1, top, x, y + s)
        self.line_seg(cx + s * 0.1, top, x + w, y + s)
        self.line_seg(cx, top, cx + s * 0.06, y + s * 0.98)
        self.set_line_width(0.25)
        self.line_seg(cx - s * 0.02, top, cx - s * 0.02, y + s * 0.7)                  # the plumb line
        self.polygon([(cx - s * 0.06, y + s * 0.7), (cx + s * 0.02, y + s * 0.7), (cx - s * 0.02, y + s * 0.8)],
                     style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "river":
            self.river(x, y, s)
            return s
        if kind == "tripod":
            self.tripod(x, y, s)
            return s * 0.7
        return super()._mark(kind, x, y, s)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def spaced_split(self, top: str, bottom: str, under: list[str], right: list[str], mark: str | None = None,
                     box: str | None = None, size: float = 17, rule: bool = True, small: str | None = None):
        """A wordmark in letter-spaced capitals broken over two lines (each letter set apart, three spaces between
        words), a drawn mark at the left, small department lines under it, a grey small line, contact lines right-
        aligned at the right, an optional boxed title under them, a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        lh = size * 0.44
        x = self.l_margin
        if mark:
            x += self._mark(mark, x, y0, 2 * lh + 1.5) + 3.5
        self.set_font(self.face, "B", size)
        for i, part in enumerate((top, bottom)):
            self.set_xy(x, y0 + i * (lh + 0.8))
            self.cell(0, lh, "   ".join(" ".join(w) for w in part.upper().split()))
        yy_ = y0 + 2 * (lh + 0.8) + 0.6
        for ln in under:
            self.f(8.2, "B")
            self.set_xy(x, yy_)
            self.cell(W * 0.6, 3.8, ln)
            yy_ += 3.8
        if small:
            self.set_text_color(100, 100, 100)
            self.f(6.6)
            self.set_xy(x, yy_ + 0.3)
            self.multi_cell(W * 0.62 - (x - self.l_margin), 3.0, small, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y()
            self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.64)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry) + 1.5)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def initials_head(self, initials: str, lines: list[str], right: list[str], box: str | None = None,
                      s: float = 19, rule: bool = True):
        """A logo of initials only in a double ring, and beside it department and office lines that never name the
        issuer (the first line bold); contact lines at the right; an optional boxed title; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.monogram(self.l_margin, y0, s, initials, "ring")
        x = self.l_margin + s + 4
        yy_ = y0 + 1.5
        for i, ln in enumerate(lines):
            self.f(11.5 if i == 0 else 8.4, "B" if i == 0 else "")
            self.set_xy(x, yy_)
            self.cell(W * 0.55, 5.4 if i == 0 else 3.9, ln)
            yy_ += 5.6 if i == 0 else 3.9
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 2)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def agent_head(self, name: str, behalf: list[str], right: list[str], box: str | None = None, size: float = 16,
                   mark: str | None = None):
        """A fiscal agent's or administrator's letterhead: its own name in heavy type (an optional mark before it),
        grey small lines under it saying whom it acts for, contact lines at the right, an optional boxed title."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        if mark:
            x += self._mark(mark, x, y0, size * 0.7) + 3
        self.f(size, "B")
        self.set_xy(x, y0)
        self.cell(W * 0.6, size * 0.45, name)
        yy_ = y0 + size * 0.45 + 1.2
        self.set_text_color(90, 90, 90)
        for ln in behalf:
            self.f(7.4)
            self.set_xy(x, yy_)
            self.cell(W * 0.6, 3.4, ln)
            yy_ += 3.4
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry) + 1.5)
        self.set_line_width(0.35)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.line_seg(self.l_margin, self.get_y() + 0.9, self.w - self.r_margin, self.get_y() + 0.9)
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4.5)

    # --- dates, providers, claims ---------------------------------------------------------------------------------
    def two_dates(self, pairs: list[tuple[str, str]], x: float | None = None, w: float = 80, size: float = 9.4,
                  cap: float = 6.4):
        """A small framed strip of dates side by side (a notice date beside an earlier received or request date),
        each caption small over its date, cells split by thin rules."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        cw = w / len(pairs)
        h = cap * 0.45 + size * 0.5 + 3
        self.set_line_width(0.35)
        self.rect(x0, y, w, h)
        self.set_line_width(0.2)
        for i, (k, v) in enumerate(pairs):
            xx = x0 + i * cw
            if i:
                self.line_seg(xx, y + 1, xx, y + h - 1)
            self.f(cap)
            self.set_text_color(70, 70, 70)
            self.set_xy(xx + 1.5, y + 0.8)
            self.cell(cw - 3, cap * 0.45, k)
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(xx + 1.5, y + cap * 0.45 + 1.6)
            self.cell(cw - 3, size * 0.5, v)
        self.set_xy(self.l_margin, y + h + 2.5)

    def prov_line(self, caption: str, name: str, address: str, npi_no: str, size: float = 8.8):
        """A provider line: a small caption, the provider's name in bold, its street address after it in plain
        type, and 'NPI ...' set at the right margin."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.f(size - 1.6)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, y + 0.5)
        cw = self.get_string_width(caption) + 2
        self.cell(cw, size * 0.45, caption)
        self.set_text_color(0, 0, 0)
        self.f(size, "B")
        self.set_xy(self.l_margin + cw, y)
        nw = self.get_string_width(name) + 2.5
        self.cell(nw, size * 0.5, name)
        room = W - cw - nw - 32
        asz = size - 0.6
        self.f(asz)
        while self.get_string_width(address) > room and asz > 5.8:
            asz -= 0.2
            self.f(asz)
        self.cell(room, size * 0.5, address)
        self.f(size - 0.4, "B")
        self.set_xy(self.l_margin + W - 30, y)
        self.cell(30, size * 0.5, f"NPI {npi_no}", align="R")
        self.set_xy(self.l_margin, y + size * 0.5 + 1.6)

    def claim_bands(self, claims: list[dict], widths: list[float], head: list[str], aligns: list[str],
                    size: float = 7.8, band: float = 9.6):
        """Claims of a statement. Each claim dict has 'no' (the claim number), 'who' (a line of patient facts set
        after the number in the band), 'lines' (service rows), 'note' (one outcome line under the rows) and an
        optional 'sub' (a small grey line between band and rows: who billed, who treated). Every band is alike: a
        dark strip with 'Claim <no>' in large white type, so no claim stands out."""
        x0 = self.l_margin
        W = sum(widths)
        for c in claims:
            need = 8 + 5 * (len(c["lines"]) + 3)
            if self.get_y() + need > self.h - 22:
                self.add_page()
            y = self.get_y()
            self.set_fill_color(45, 45, 45)
            self.rect(x0, y, W, band * 0.62, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_text_color(255, 255, 255)
            self.f(band, "B")
            self.set_xy(x0 + 1.5, y)
            lab = f"Claim {c['no']}"
            lw = self.get_string_width(lab) + 5
            self.cell(lw, band * 0.62, lab)
            self.f(size)
            self.cell(W - lw - 3, band * 0.62, c["who"], align="R")
            self.set_text_color(0, 0, 0)
            self.set_xy(x0, y + band * 0.62 + 0.6)
            if c.get("sub"):
                self.set_text_color(80, 80, 80)
                self.f(size - 0.8)
                self.set_x(x0 + 1.5)
                self.cell(W - 3, size * 0.48, c["sub"], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            self.f(size - 0.6, "B")
            self.set_x(x0)
            for h, w, a in zip(head, widths, aligns):
                self.cell(w, size * 0.5, h, align=a)
            self.ln(size * 0.5)
            self.line_seg(x0, self.get_y(), x0 + W, self.get_y())
            for r in c["lines"]:
                self.set_x(x0)
                for cell, w, a in zip(r, widths, aligns):
                    self.f(size)
                    self.cell(w, size * 0.58, cell, align=a)
                self.ln(size * 0.58)
            self.line_seg(x0, self.get_y() + 0.3, x0 + W, self.get_y() + 0.3)
            self.ln(0.9)
            self.f(size, "B")
            self.set_x(x0 + 1.5)
            self.multi_cell(W - 3, size * 0.5, c["note"], new_x="LMARGIN", new_y="NEXT")
            self.ln(3)


# --- covers -------------------------------------------------------------------------------------------------------
def _box(p: EVSheet, x: float, y: float, s: float = 3.6, ticked: bool = False, rng: random.Random | None = None):
    p.set_line_width(0.3)
    p.rect(x, y, s, s)
    p.set_line_width(0.2)
    if ticked:
        r = rng or random.Random(int(x * 10 + y))
        p.set_line_width(0.7)
        p.line_seg(x - 0.4 + r.uniform(-0.3, 0.3), y + s * 0.5, x + s * 0.4, y + s + 0.4)
        p.line_seg(x + s * 0.4, y + s + 0.4, x + s + 1.6, y - 1.4 + r.uniform(-0.4, 0.4))
        p.set_line_width(0.2)


def routing_slip_cover(rng: random.Random, clinic: list[str], to_boxes: list[str], to_ticked: set[str],
                       acts: list[str], act_ticked: set[str], frm: str, date_s: str, remarks: list[str],
                       extra: list[str] | None = None, tx: str | None = None, tx_total: int | None = None,
                       size: float = 14) -> bytes:
    """A clinic's printed routing slip, filled in by hand: the clinic's name and a 'ROUTING SLIP' title printed,
    a printed 'To' list of tick boxes (some ticked by hand), printed 'From' and 'Date' rules with lettered values, a
    printed list of action tick boxes, ruled 'Remarks' lines lettered over, and loose lettering lower on the page.
    A page of its own that belongs to no document."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    sw = W * 0.78
    x0 = p.l_margin
    p.set_line_width(0.5)
    p.rect(x0, 18, sw, 168)
    p.set_line_width(0.2)
    p.river(x0 + 4, 22, 13)
    p.f(11, "B")
    p.set_xy(x0 + 20, 22.5)
    p.cell(sw - 24, 5, clinic[0])
    p.f(7)
    for i, ln in enumerate(clinic[1:]):
        p.set_xy(x0 + 20, 28 + i * 3.3)
        p.cell(sw - 24, 3.2, ln)
    p.set_fill_color(40, 40, 40)
    p.rect(x0, 38, sw, 8, style="F")
    p.set_fill_color(255, 255, 255)
    p.set_text_color(255, 255, 255)
    p.f(13, "B")
    p.set_char_spacing(2)
    p.set_xy(x0, 39)
    p.cell(sw, 6, "ROUTING SLIP", align="C")
    p.set_char_spacing(0)
    p.set_text_color(0, 0, 0)
    y = 51
    p.f(8.4, "B")
    p.set_xy(x0 + 3, y)
    p.cell(20, 4, "TO:")
    y += 6
    for i, t in enumerate(to_boxes):
        col, row = i % 2, i // 2
        bx = x0 + 6 + col * (sw / 2)
        by = y + row * 7.5
        _box(p, bx, by, ticked=t in to_ticked, rng=rng)
        p.f(8.6)
        p.set_xy(bx + 5.5, by - 0.3)
        p.cell(sw / 2 - 12, 4.2, t)
    y += 7.5 * ((len(to_boxes) + 1) // 2) + 3
    for cap, val in (("FROM:", frm), ("DATE:", date_s)):
        p.f(8.4, "B")
        p.set_xy(x0 + 3, y)
        p.cell(16, 4, cap)
        p.line_seg(x0 + 19, y + 4.6, x0 + sw - 6, y + 4.6)
        p.hand(x0 + 21 + rng.uniform(0, 3), y + 3.6, val, size - 2, rng, rise=rng.uniform(-0.5, 1.0))
        y += 10
    y += 1
    for i, t in enumerate(acts):
        col, row = i % 2, i // 2
        bx = x0 + 6 + col * (sw / 2)
        by = y + row * 7.0
        _box(p, bx, by, ticked=t in act_ticked, rng=rng)
        p.f(8.2)
        p.set_xy(bx + 5.5, by - 0.3)
        p.cell(sw / 2 - 12, 4.2, t)
    y += 7.0 * ((len(acts) + 1) // 2) + 3
    p.f(8.4, "B")
    p.set_xy(x0 + 3, y)
    p.cell(30, 4, "REMARKS:")
    y += 9
    ry = y
    p.set_draw_color(140, 140, 140)
    while ry < 182:
        p.line_seg(x0 + 4, ry + 1.2, x0 + sw - 4, ry + 1.2)
        ry += 9
    p.set_draw_color(0, 0, 0)
    for i, ln in enumerate(remarks):
        p.hand(x0 + 5 + rng.uniform(0, 3), y + i * 9, ln, size - 1, rng, rise=rng.uniform(-0.4, 1.2))
    p.f(6.2)
    p.set_text_color(110, 110, 110)
    p.set_xy(x0, 187)
    p.cell(sw, 3, "Form HC-07  Routing slip  -  keep with the papers it goes with", align="C")
    p.set_text_color(0, 0, 0)
    yy_ = 206
    for ln in extra or []:
        p.hand(p.l_margin + rng.uniform(2, 12), yy_, ln, size, rng, rise=rng.uniform(-0.5, 1.5))
        yy_ += 12
    return out(p)


def work_ticket_cover(rng: random.Random, firm: list[str], ticket_no: str, lines: list[tuple[float, str]],
                      tx: str | None = None, tx_total: int | None = None, size: float = 15,
                      filled: dict | None = None) -> bytes:
    """A survey firm's printed field work ticket used as a fax cover: the firm's name, a tripod and the printed
    ticket number at the top, boxes for job no., client, site, party chief, crew and date, a row of task tick boxes,
    a field / office hours strip and a notes area; a few boxes filled in by hand (`filled`: caption -> value) and
    lines lettered by hand right across the form, each at its own height in mm from the top. A page of its own."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(16, 16, 16)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    filled = filled or {}
    p.tripod(p.l_margin, 16, 16)
    p.f(14, "B")
    p.set_xy(p.l_margin + 15, 16.5)
    p.cell(0, 6, firm[0])
    p.f(7.2)
    for i, ln in enumerate(firm[1:]):
        p.set_xy(p.l_margin + 15, 23.5 + i * 3.3)
        p.cell(0, 3.2, ln)
    p.f(11, "B")
    p.set_xy(p.l_margin + W - 70, 16.5)
    p.cell(70, 6, "FIELD WORK TICKET", align="R")
    p.f(9)
    p.set_xy(p.l_margin + W - 70, 23)
    p.cell(70, 5, f"No. {ticket_no}", align="R")
    y = 38
    grid = [[("Job no.", 0.25), ("Client", 0.45), ("Date", 0.30)],
            [("Site / location", 0.55), ("County", 0.20), ("Section-Twp-Rge", 0.25)],
            [("Party chief", 0.40), ("Crew", 0.60)]]
    for row in grid:
        xx = p.l_margin
        for cap, frac in row:
            cw = W * frac
            p.rect(xx, y, cw, 11)
            p.f(6, "B")
            p.set_text_color(70, 70, 70)
            p.set_xy(xx + 1, y + 0.6)
            p.cell(cw - 2, 2.8, cap.upper())
            p.set_text_color(0, 0, 0)
            if cap in filled:
                p.hand(xx + 2 + rng.uniform(0, 2), y + 8.8, filled[cap], size - 4, rng)
            xx += cw
        y += 11
    y += 3
    p.f(7.6, "B")
    p.set_xy(p.l_margin, y)
    p.cell(20, 4, "TASK")
    tasks = ["Boundary", "Topographic", "Construction staking", "As-built", "Control / GPS", "Plat / CAD"]
    for i, t in enumerate(tasks):
        bx = p.l_margin + 18 + i * (W - 18) / len(tasks)
        _box(p, bx, y + 0.3, 3.2)
        p.f(7.2)
        p.set_xy(bx + 4.2, y)
        p.cell((W - 18) / len(tasks) - 5, 4, t)
    y += 8
    p.set_fill_color(230, 230, 230)
    p.rect(p.l_margin, y, W, 6, style="DF")
    p.set_fill_color(255, 255, 255)
    cols = [("Crew member", 0.34), ("Field hrs", 0.14), ("Office hrs", 0.14), ("Vehicle", 0.18), ("Instrument", 0.2)]
    xx = p.l_margin
    for c, frac in cols:
        p.f(7.4, "B")
        p.set_xy(xx + 1, y + 1)
        p.cell(W * frac - 2, 4, c)
        xx += W * frac
    p.set_draw_color(150, 150, 150)
    for i in range(1, 6):
        p.line_seg(p.l_margin, y + 6 + i * 8, p.l_margin + W, y + 6 + i * 8)
    xx = p.l_margin
    for c, frac in cols[:-1]:
        xx += W * frac
        p.line_seg(xx, y, xx, y + 46)
    p.set_draw_color(0, 0, 0)
    p.rect(p.l_margin, y, W, 46)
    y += 50
    p.f(7.6, "B")
    p.set_xy(p.l_margin, y)
    p.cell(0, 4, "NOTES / FIELD BOOK PAGES")
    p.rect(p.l_margin, y + 5, W, p.h - y - 30)
    p.f(6.4)
    p.set_text_color(110, 110, 110)
    p.set_xy(p.l_margin, p.h - 22)
    p.cell(W, 3, "White - office    Yellow - party chief    Hours on this ticket go on the monthly report to the "
                 "benefit fund.", align="C")
    p.set_text_color(0, 0, 0)
    for yy_, ln in lines:
        p.hand(p.l_margin + rng.uniform(2, 8), yy_, ln, size, rng, rise=rng.uniform(-0.8, 1.6))
    return out(p)
