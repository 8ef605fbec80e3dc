"""Drawing helpers for round EV, helper famva (papers mirrored from a travel medical insurer that covers emergency
care on trips abroad: a claims administrator and an assistance company acting for the insurer, bills in a foreign
currency converted to dollars, medical evacuation arranged by the assistance company, a pre-existing condition
look-back, excess-over-other-coverage, claims filed after the trip; and an invented health plan for sailmakers and
boat riggers with eligibility by loft hours).

Why: this round asks for statements and remittances with several claims on one page where only one is refused (each
claim's number printed as boldly as the refused one's, a refused row between rows with an amount in every column),
letterheads that are hard to read (a brand in spaced capitals or split over two lines, a logo made only of initials
whose full name stands only in the footer and the return address, an administrator or assistance company acting for
the insurer or plan, a notice date beside an earlier received date, fax header dates), identifiers that OCR finds
hard (letters that look like digits in fixed positions, spaced groups, a dependant suffix, an ID only inside a
sentence, a plan known only by its code in a table), providers named several ways (billing practice and rendering
clinician in separate columns, a facility and its attending physician, a provider only in prose, a provider line
with its address and NPI), dates in prose, and stack covers that are not typed fax covers. New here:
- VASheet.globe / VASheet.sail: a drawn globe (a ring, two meridians, two parallels) and a drawn sail plan (mast,
  mainsail, jib and a short hull), the marks of the two issuers; `_mark` knows them, so ETSheet.split_brand and
  EUSheet.mark_logo draw them too;
- VASheet.initials_head: a letterhead that is only the firm's initials in heavy spaced capitals inside a double
  frame, a tagline that does not name the firm, contact lines at the right; the full name is left to the footer
  and to VASheet.return_line (the small window-envelope return address over the addressee);
- VASheet.band_claims: a claims table in which every claim opens with a shaded band in bold (claim number, patient,
  provider) of the same weight for paid and refused claims, then its lines, an optional claim total; the heading is
  printed again at the top of a new page;
- VASheet.stay_strip: a stay shown as two tall boxes, "Admitted" and "Discharged", each holding only its date and a
  small weekday line, an arrow and the number of nights between them, facts boxes beside;
- VASheet.tx_side: pages listed in `tx_side` carry the sending fax machine's line along the right edge, turned a
  quarter, so that when the stack feeds the page sideways (turned 90 degrees counter-clockwise) the line reads
  across the top as a fax machine stamps it (ESSheet's tx_flip does the same for pages fed upside down);
- VASheet.prov_line: a provider line with the name in bold, its address after it and "NPI ..." set at the right;
- agency_slip: a travel agency's printed routing slip pad (agency name, "ROUTING SLIP", printed To / From / Re /
  Pages captions over rules, action boxes) filled in by hand, ticks and a hand note; a page of its own;
- loft_ticket: a sail loft's printed sail order / work ticket (the loft's name, "LOFT TICKET No.", printed captions
  Boat / Owner / Sail / Cloth / Due, a printed sail outline with Luff / Leech / Foot captions) lettered across by hand
  as a fax cover; a page of its own.
Everything else comes from round EU's EUSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeu_famua import (EUSheet, addr_block, digits, dr, es_date, first_last, iso, last_first, long,  # noqa: F401
                               m2, n2, nth, ord_md, out, plus, sign, slash, truth, usd, wday_long)

# --- invented people ----------------------------------------------------------------------------------------------
# travellers insured under the travel medical plans (US residents)
TV_F = ["Adelaide", "Bettina", "Corinna", "Delphine", "Estelle", "Fenella", "Gwendolyn", "Harriet", "Isolde",
        "Jocasta", "Leonora", "Marguerite", "Nerissa", "Philippa", "Rosamund", "Sabina", "Theodosia", "Ursula"]
TV_M = ["Alaric", "Barnaby", "Crispin", "Desmond", "Evander", "Fitzroy", "Gilchrist", "Horatio", "Ignatius",
        "Jasper", "Lysander", "Montague", "Peregrine", "Quentin", "Rupert", "Sebastian", "Thaddeus", "Wolcott"]
TV_LAST = ["Abernethy", "Bellingham", "Carrodus", "Drinkwater", "Eversleigh", "Fothergill", "Grimshaw",
           "Hazelrigg", "Ingleby", "Jolliffe", "Kittredge", "Loxley", "Mabberley", "Nettleship", "Ormerod",
           "Pennefather", "Quarrington", "Rawsthorne", "Sowerby", "Tattersall", "Umfreville", "Vavasour"]
# the travel claims administrator's, insurer's and assistance company's staff and reviewers
TS_F = ["Anneliese", "Berenike", "Cosima", "Dorothea", "Elfriede", "Friederike", "Gerlinde", "Hildegard",
        "Irmgard", "Kunigunde", "Liselotte", "Waltraud"]
TS_M = ["Adalbert", "Burkhard", "Dietmar", "Engelbert", "Gottfried", "Hartmut", "Ingolf", "Lothar", "Reinhold",
        "Siegfried", "Volkmar", "Wendelin"]
TS_LAST = ["Aufderheide", "Brinkmeier", "Dreyling", "Eschweiler", "Fleischhacker", "Grotefend", "Hollerbach",
           "Kattenbusch", "Lemberger", "Mundhenke", "Niederhausen", "Osterkamp", "Pfannkuche", "Rautenberg",
           "Schimmelpfennig", "Tiefenbach"]
# sailmakers, riggers, loft staff and their families
SM_F = ["Aldyth", "Brenna", "Caitria", "Deirdre", "Eilidh", "Fionnuala", "Grainne", "Iseult", "Kerenza",
        "Lowri", "Morag", "Niamh", "Oonagh", "Rhiannon", "Siobhan", "Tegan"]
SM_M = ["Alasdair", "Breandan", "Cathal", "Diarmuid", "Eoghan", "Fergal", "Gruffydd", "Iolo", "Lorcan",
        "Macsen", "Niall", "Oisin", "Padraig", "Ruairi", "Tadhg", "Emrys"]
SM_LAST = ["Abercrombie", "Blackadder", "Cunninghame", "Dalrymple", "Elphinstone", "Farquharson", "Gillanders",
           "Hepburn", "Inglis", "Kinnaird", "Lumsden", "Macquarrie", "Nicolson", "Ogilvie", "Pitcairn",
           "Rattray", "Sinclair-Hay", "Tulloch", "Urquhart", "Wedderburn"]
# the sail plan's clinicians, reviewers and Plan Office staff
SC_F = ["Akosua", "Bolanle", "Chidinma", "Efua", "Folake", "Ngozi", "Olamide", "Yetunde", "Abena", "Temitope",
        "Zainab", "Ifunanya"]
SC_M = ["Adewale", "Babatunde", "Chukwudi", "Femi", "Kwabena", "Oluwaseun", "Tochukwu", "Yaw", "Kofi", "Obiora",
        "Segun", "Nnamdi"]
SC_LAST = ["Adebisi", "Boateng", "Chikwendu", "Danquah", "Ekwueme", "Fashola", "Gyamfi", "Iheanacho", "Kuffour",
           "Mensah-Bonsu", "Nwachukwu", "Obiageli", "Owusu-Ansah", "Sarpong", "Uzoechi", "Yeboah", "Agyeman",
           "Bamidele", "Chinwuba", "Dankwa", "Ezeoke", "Fofanah", "Gbadamosi", "Kyerematen", "Nkansah", "Ogunbiyi",
           "Oyewole", "Tetteh-Lartey"]
# Spanish speakers (a traveller's family and a rigger's family)
SP_F = ["Azucena", "Clotilde", "Domitila", "Eulalia", "Felícitas", "Hortensia", "Maclovia", "Petronila",
        "Remedios", "Sofronia"]
SP_M = ["Anacleto", "Bonifacio", "Casimiro", "Eustaquio", "Filiberto", "Isauro", "Melquíades", "Primitivo",
        "Silvestre", "Tiburcio"]
SP_LAST = ["Arismendi", "Barrientos", "Candelario", "Echevarría", "Galarza", "Irigoyen", "Lazcano", "Manríquez",
           "Otálora", "Pizarro", "Santibáñez", "Urrutia"]

POOLS = {"tv": ({"F": TV_F, "M": TV_M}, TV_LAST), "ts": ({"F": TS_F, "M": TS_M}, TS_LAST),
         "sm": ({"F": SM_F, "M": SM_M}, SM_LAST), "sc": ({"F": SC_F, "M": SC_M}, SC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "tv", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'tv'
    (travellers), 'ts' (travel claims and assistance staff), 'sm' (sailmakers and riggers), 'sc' (the sail plan's
    clinicians and staff) or 'sp' (Spanish speakers); sexes: F / M / X a person."""
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
        got.append(f"{f} {rng.choice('ABCDEFHJKLMNPRTW')}. {la}")
    if used is not None:
        used |= seen
    return got


def phone(rng: random.Random, area: str = "401") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def grouped(s: str, n: int = 4) -> str:
    """An ID printed in groups of n characters ('TW41O5732S8' -> 'TW41 O573 2S8')."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def dmy_dot(d: dt.date) -> str:
    """14.04.2026 (how a European bill prints a date)"""
    return d.strftime("%d.%m.%Y")


def dmy(d: dt.date) -> str:
    """14 Apr 2026"""
    return d.strftime("%-d %b %Y")


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def end_of_next_month(d: dt.date) -> dt.date:
    """The last day of the month after d's month."""
    first_next = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return month_end(first_next)


def cur(v: float, code: str) -> str:
    """EUR 2,140.00"""
    return f"{code} {v:,.2f}"


class VASheet(EUSheet):
    """EUSheet plus a drawn globe and sail, an initials-only letterhead with a return-address line, claims opened by
    bold shaded bands, a stay shown as admitted / discharged boxes, a fax line for pages fed sideways and a provider
    line with address and NPI."""

    def __init__(self, *a, tx_side: tuple = (), **k):
        super().__init__(*a, **k)
        self.tx_side = tx_side

    # --- the fax line on a page that will be fed sideways ------------------------------------------------------------
    def header(self):
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
        text = keep.format(n=n, t=tot, n2=f"{n:02d}", t2=f"{tot:02d}" if isinstance(tot, int) else tot)
        # drawn down the right edge, letters' tops toward the edge: a quarter turn counter-clockwise makes it the top
        cx, cy = self.w - 3.2, 6.0
        with self.rotation(-90, cx, cy):
            self.set_font("Mono", "", 7.6)
            self.set_xy(cx, cy)
            self.cell(self.h - 12, 3.4, text)
        self.set_xy(self.l_margin, y)

    # --- marks ----------------------------------------------------------------------------------------------------
    def globe(self, x: float, y: float, s: float):
        """A globe of diameter s: a heavy ring, two meridians as ellipses, the equator and two parallels."""
        self.set_line_width(max(0.7, s * 0.07))
        self.ellipse(x, y, s, s)
        self.set_line_width(max(0.45, s * 0.045))
        self.ellipse(x + s * 0.3, y, s * 0.4, s)
        self.ellipse(x + s * 0.08, y, s * 0.84, s)
        cy = y + s / 2
        self.line_seg(x, cy, x + s, cy)
        for k in (0.25, 0.75):
            yy_ = y + s * k
            half = (s / 2) * (1 - ((k - 0.5) * 2) ** 2) ** 0.5
            self.line_seg(x + s / 2 - half, yy_, x + s / 2 + half, yy_)
        self.set_line_width(0.2)

    def sail(self, x: float, y: float, s: float):
        """A sail plan of height s: a mast, a dark mainsail, a lighter jib before it, a short hull under both."""
        w = s * 0.8
        mx = x + w * 0.55
        self.set_line_width(max(0.6, s * 0.05))
        self.line_seg(mx, y, mx, y + s * 0.8)
        self.set_fill_color(30, 30, 30)
        self.polygon([(mx + 0.5, y + s * 0.04), (mx + 0.5, y + s * 0.76), (x + w, y + s * 0.76)], style="F")
        self.set_fill_color(150, 150, 150)
        self.polygon([(mx - 0.6, y + s * 0.14), (mx - 0.6, y + s * 0.76), (x + w * 0.05, y + s * 0.76)], style="F")
        self.set_fill_color(30, 30, 30)
        self.polygon([(x, y + s * 0.8), (x + w, y + s * 0.8), (x + w * 0.86, y + s * 0.95),
                      (x + w * 0.12, y + s * 0.95)], style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "globe":
            self.globe(x, y, s)
            return s
        if kind == "sail":
            self.sail(x, y, s)
            return s * 0.8
        return super()._mark(kind, x, y, s)

    def mark_logo(self, kind: str, logo: str, legal: str, right: list[str], **k):
        """EUSheet.mark_logo with the globe or the sail (their own widths) in place of the lantern."""
        widths = {"globe": 1.0, "sail": 0.8}
        if kind in widths:
            keep = self.lantern
            self.lantern = lambda x, y, s: self._mark(kind, x + (s * 0.62 - s * widths[kind]) / 2, y, s)
            try:
                self.logo_legal(logo, legal, right, **k)
            finally:
                self.lantern = keep
        else:
            super().mark_logo(kind, logo, legal, right, **k)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def initials_head(self, initials: str, tagline: str, right: list[str], box: str | None = None,
                      size: float = 24, rule: bool = True):
        """Only the firm's initials, in heavy letter-spaced capitals inside a double frame, a grey tagline beside
        the frame that does not name the firm, contact lines right-aligned at the right, an optional boxed title
        under them, a rule. The full name is left to the footer and the return address."""
        y0 = self.get_y()
        x = self.l_margin
        self.set_font("Serif", "B", size)
        self.set_char_spacing(size * 0.12)
        tw = self.get_string_width(initials)
        h = size * 0.52
        fw = tw + 8
        self.set_line_width(0.9)
        self.rect(x, y0, fw, h + 4)
        self.set_line_width(0.3)
        self.rect(x + 1.2, y0 + 1.2, fw - 2.4, h + 1.6)
        self.set_xy(x + 4 + size * 0.06, y0 + 2)
        self.cell(tw, h, initials)
        self.set_char_spacing(0)
        self.set_line_width(0.2)
        self.set_text_color(80, 80, 80)
        self.f(7.8)
        self.set_xy(x + fw + 4, y0 + 1.5)
        W = self.w - self.l_margin - self.r_margin
        self.multi_cell(W * 0.56 - fw - 4, 3.6, tagline, align="L", new_x="LEFT", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        ty = self.get_y()
        ry = self._right_lines(right, y0, self.l_margin + W * 0.58)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(y0 + h + 4, ry, ty) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def return_line(self, text: str, size: float = 6.6):
        """The small return address printed over the addressee for a window envelope, underlined."""
        self.f(size)
        self.set_text_color(60, 60, 60)
        self.set_x(self.l_margin)
        w = self.get_string_width(text) + 1
        self.cell(w, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.line_seg(self.l_margin, self.get_y() + 0.2, self.l_margin + w, self.get_y() + 0.2)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    # --- claims ---------------------------------------------------------------------------------------------------
    def band_claims(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                    size: float = 7.4, row_h: float = 4.6, foot_room: float = 24, band_shade: int = 232,
                    band_size: float | None = None):
        """claims: [{"band": str, "note": str or None, "rows": [[cells]], "total": [cells] or None}]. Every claim
        opens with a shaded band holding its bold line (the same weight for every claim, paid or refused), an
        optional small grey line under it (who treated, where), then its rows; a claim's
        total is bold over a short rule. The heading is printed once and again at the top of a new page."""
        x0 = self.l_margin
        W = sum(widths)
        bs = band_size or size + 0.4

        def heading():
            self.f(size - 0.3, "B")
            lh = (size - 0.3) * 0.43
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            xx = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx + 0.5, y)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else ("C" if a == "C" else "L"),
                                new_x="RIGHT", new_y="TOP")
                xx += w
            y += n * lh + 0.8
            self.set_line_width(0.45)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
            self.set_xy(x0, y + 1.0)

        heading()
        for c in claims:
            need = row_h * (len(c["rows"]) + 2) + 3
            if self.get_y() + need > self.h - foot_room:
                self.add_page()
                heading()
            y = self.get_y()
            self.set_fill_color(band_shade, band_shade, band_shade)
            self.rect(x0, y, W, row_h + 0.6, style="F")
            self.set_fill_color(255, 255, 255)
            self.f(bs, "B")
            self.set_xy(x0 + 1, y + 0.3)
            self.cell(W - 2, row_h, c["band"])
            self.set_xy(x0, y + row_h + 0.9)
            if c.get("note"):
                self.set_text_color(70, 70, 70)
                self.f(size - 0.6)
                self.set_x(x0 + 1)
                self.cell(W - 2, row_h - 0.6, c["note"], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            for r in c["rows"]:
                self.set_x(x0)
                for t, w, a in zip(r, widths, aligns):
                    self.f(size)
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            if c.get("total"):
                lead = widths[0] + widths[1]
                self.line_seg(x0 + lead, self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
                self.set_x(x0)
                for t, w, a in zip(c["total"], widths, aligns):
                    self.f(size, "B")
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            self.ln(1.6)
        self.ln(1)

    def stay_strip(self, admitted: tuple[str, str], discharged: tuple[str, str], nights: str,
                   side: list[tuple[str, str]], size: float = 12, cap: float = 6.6, box_w: float = 35,
                   h: float = 17, side_cap_w: float = 15, side_size: float = 7.8):
        """Two tall boxes, 'ADMITTED' and 'DISCHARGED' (caption small at the top), each holding only its date in
        large type and a small line under it (weekday, time); an arrow with the nights between them; at the right
        (caption, value) facts stacked in a ruled box."""
        x0 = self.l_margin
        y = self.get_y()
        for i, (capt, (d_text, small)) in enumerate((("ADMITTED", admitted), ("DISCHARGED", discharged))):
            bx = x0 + i * (box_w + 22)
            self.set_line_width(0.5)
            self.rect(bx, y, box_w, h)
            self.set_line_width(0.2)
            self.f(cap, "B")
            self.set_text_color(70, 70, 70)
            self.set_xy(bx + 1.5, y + 1)
            self.cell(box_w - 3, cap * 0.45, capt)
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(bx, y + 5)
            self.cell(box_w, size * 0.45, d_text, align="C")
            self.f(7.2)
            self.set_xy(bx, y + 5 + size * 0.45 + 1.2)
            self.cell(box_w, 3.4, small, align="C")
        ax = x0 + box_w + 3
        ay = y + h / 2
        self.set_line_width(0.5)
        self.line_seg(ax, ay, ax + 16, ay)
        self.polygon([(ax + 16, ay - 1.4), (ax + 18.5, ay), (ax + 16, ay + 1.4)], style="DF")
        self.set_line_width(0.2)
        self.f(7.4, "B")
        self.set_xy(ax, ay - 5)
        self.cell(18, 3.5, nights, align="C")
        sx = x0 + 2 * box_w + 26
        sw = self.w - self.r_margin - sx
        self.rect(sx, y, sw, h)
        yy_ = y + 1.2
        lh = (h - 2.4) / max(1, len(side))
        for capt, val in side:
            self.f(6.6)
            self.set_xy(sx + 1.2, yy_)
            self.cell(side_cap_w, lh, capt)
            self.f(side_size, "B")
            self.set_xy(sx + 1.5 + side_cap_w, yy_)
            self.cell(sw - side_cap_w - 2.5, lh, val)
            yy_ += lh
        self.set_xy(self.l_margin, y + h + 4)

    def prov_line(self, name: str, address: str, npi_no: str, caption: str = "Provider", size: float = 9.0):
        """A provider line: a small caption, the name in bold, its address after it, 'NPI ...' at the right."""
        y = self.get_y()
        self.f(size - 1.8)
        self.set_text_color(80, 80, 80)
        self.set_x(self.l_margin)
        self.cell(20, size * 0.5, caption)
        self.set_text_color(0, 0, 0)
        self.f(size, "B")
        nw = self.get_string_width(name) + 2
        self.cell(nw, size * 0.5, name)
        self.f(size - 0.6)
        W = self.w - self.l_margin - self.r_margin
        self.cell(W - 20 - nw - 34, size * 0.5, "\u00b7  " + address)
        self.f(size - 0.6, "B")
        self.set_xy(self.w - self.r_margin - 34, y)
        self.cell(34, size * 0.5, f"NPI {npi_no}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


# --- stack covers (pages of their own, in no document) --------------------------------------------------------------
def agency_slip(rng: random.Random, agency: list[str], rows: list[tuple[str, str]], ticks: tuple[str, ...],
                note: list[str], tx: str | None = None, tx_total: int | None = None, size: float = 15) -> bytes:
    """A travel agency's printed routing slip pad: the globe and the agency's name, 'ROUTING SLIP' between rules,
    printed captions over rules (To, Attn, From, Re, Pages) whose values are lettered by hand, printed action boxes
    ticked by hand, and a hand note in the space under 'Notes'. A page of its own."""
    p = VASheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(22, 18, 22)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = 18
    p.globe(p.l_margin, y0, 13)
    p.set_font("Serif", "B", 15)
    p.set_xy(p.l_margin + 16, y0)
    p.cell(W - 16, 7, agency[0])
    p.f(7.6)
    for i, ln in enumerate(agency[1:]):
        p.set_xy(p.l_margin + 16, y0 + 7.5 + i * 3.5)
        p.cell(W - 16, 3.3, ln)
    y = y0 + 24
    p.set_line_width(0.8)
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.f(17, "B")
    p.set_char_spacing(3)
    p.set_xy(p.l_margin, y + 2)
    p.cell(W, 9, "ROUTING SLIP", align="C")
    p.set_char_spacing(0)
    p.line_seg(p.l_margin, y + 13, p.l_margin + W, y + 13)
    p.set_line_width(0.2)
    y += 28
    for printed, lettered in rows:
        p.f(9.6, "B")
        p.set_xy(p.l_margin, y - 4.8)
        p.cell(20, 5, printed)
        p.set_draw_color(120, 120, 120)
        p.line_seg(p.l_margin + 20, y + 1.2, p.l_margin + W, y + 1.2)
        p.set_draw_color(0, 0, 0)
        p.hand(p.l_margin + 22 + rng.uniform(0, 4), y, lettered, size, rng, rise=rng.uniform(-0.8, 1.4))
        y += 14
    y += 4
    opts = ["Urgent", "Please handle", "Call me", "File"]
    for k, b in enumerate(opts):
        bx = p.l_margin + k * (W / 4)
        p.set_line_width(0.35)
        p.rect(bx, y, 4.5, 4.5)
        p.set_line_width(0.2)
        p.f(9.2)
        p.set_xy(bx + 6.5, y)
        p.cell(W / 4 - 7, 4.5, b)
        if b in ticks:
            p.hand(bx + 0.2, y + 4.4, "\u2713", 17, rng, bold=True)
    y += 14
    p.f(9.6, "B")
    p.set_xy(p.l_margin, y)
    p.cell(0, 5, "Notes")
    y += 14
    for ln in note:
        p.hand(p.l_margin + rng.uniform(0, 5), y, ln, size - 1, rng, rise=rng.uniform(-0.4, 1.8))
        y += 12
    p.f(6.6)
    p.set_text_color(90, 90, 90)
    p.set_xy(p.l_margin, p.h - 20)
    p.multi_cell(W, 3, "Pages routed with this slip may contain a client's passport, medical and payment details. "
                       "Keep them with the client's file.", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    return out(p)


def loft_ticket(rng: random.Random, loft: list[str], ticket_no: str, lines: list[str], tx: str | None = None,
                tx_total: int | None = None, size: float = 14.5) -> bytes:
    """A page of a sail loft's printed work-ticket pad: the sail mark and the loft's name, 'LOFT TICKET No.' with a
    printed number, printed captions (Boat, Owner, Sail, Cloth, Due) over ruled lines, a printed sail outline whose
    edges are captioned Luff, Leech and Foot, lettered across by hand as a fax cover without regard to the printed
    captions. A page of its own."""
    p = VASheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.sail(p.l_margin, 17, 14)
    p.set_font("Serif", "B", 15)
    p.set_xy(p.l_margin + 15, 17)
    p.cell(W * 0.6, 7, loft[0])
    p.f(7.6)
    for i, ln in enumerate(loft[1:]):
        p.set_xy(p.l_margin + 15, 25 + i * 3.6)
        p.cell(W * 0.6, 3.4, ln)
    p.f(10, "B")
    p.set_xy(p.l_margin + W * 0.6, 18)
    p.cell(W * 0.4, 5, "LOFT TICKET  No. " + ticket_no, align="R")
    p.set_draw_color(120, 120, 120)
    y = 46
    for capt in ["Boat", "Owner", "Sail", "Cloth / weight", "Due"]:
        p.f(8.2, "B")
        p.set_text_color(110, 110, 110)
        p.set_xy(p.l_margin, y - 4.2)
        p.cell(28, 4, capt)
        p.line_seg(p.l_margin + 28, y, p.l_margin + W, y)
        y += 11
    # the printed sail outline with its captioned edges
    sx, sy = p.l_margin + W * 0.2, y + 8
    top = (sx + W * 0.1, sy)
    tack = (sx, sy + 120)
    clew = (sx + W * 0.55, sy + 120)
    p.set_line_width(0.35)
    p.line_seg(*top, *tack)
    p.line_seg(*tack, *clew)
    p.line_seg(*clew, *top)
    p.set_line_width(0.2)
    p.f(8, "B")
    p.set_xy(tack[0] - 14, sy + 60)
    p.cell(12, 4, "Luff")
    p.set_xy((top[0] + clew[0]) / 2 + 6, sy + 58)
    p.cell(14, 4, "Leech")
    p.set_xy((tack[0] + clew[0]) / 2 - 5, tack[1] + 2)
    p.cell(14, 4, "Foot")
    p.set_text_color(0, 0, 0)
    p.set_draw_color(0, 0, 0)
    yy_ = 44
    for ln in lines:
        if ln:
            p.hand(p.l_margin + rng.uniform(16, 30), yy_, ln, size, rng, rise=rng.uniform(-0.6, 1.6))
        yy_ += 12
    return out(p)
