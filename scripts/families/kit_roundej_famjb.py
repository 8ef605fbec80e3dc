"""Drawing helpers for round EJ, helper famjb (an invented state's refugee medical assistance and domestic refugee
health screening papers; an invented fishing fleet's crew accident and sickness plan).

Why: both families spread one case over several pages and print many numbers beside the ones that matter. Three
layouts here are new to the kits: an unruled remittance listing whose column heads are printed once, on the first
page, so that the rows carried over to the next page (and the member number in them) stand without a caption; a
provider billing office's fax transmittal sheet (its own phone and fax numbers, a "pages including cover" count,
check boxes and a confidentiality notice) that belongs to no document; and a trip strip for a fishing vessel (the
trip's departure and tie-up times on a line with the event marked between or outside them). The rest builds on
round EI's IFSheet (framed panels, unruled listing, glossary, taglines, two signatures, right-half pairs, subject
line, money box, check stub, running header and footer). Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famha import words  # noqa: F401  (re-exported: an amount in words as a check prints it)
from kit_roundei_famif import (IFSheet, add_months, dmy_dash, es_date, es_wday, grouped, iso, long,  # noqa: F401
                               mdy_dots, month_end, n2, ord_long, ordinal, plus, slash, usd, usd_es, wday_long,
                               workday, ymd_slash, yy)
from kit_roundeh_famlf import LFSheet
from public_kit import digits, m2, out, truth  # noqa: F401

# --- people (invented) -------------------------------------------------------------------------------------------
# newcomers resettled as refugees (names common in the countries people are resettled from; pairings invented)
NEW_F = ["Zarghona", "Mahbooba", "Nilufar", "Aline", "Furaha", "Esperance", "Oksana", "Halyna", "Amina", "Rasha",
         "Lina", "Semhar", "Hamida", "Solange", "Tetiana", "Shukria"]
NEW_M = ["Ahmadullah", "Rahmatullah", "Baraka", "Jean-Claude", "Mugisha", "Bohdan", "Taras", "Samir", "Khaled",
         "Yonas", "Habibullah", "Emmanuel", "Dmytro", "Fikre", "Noorullah", "Olivier"]
NEW_LAST = ["Amiri", "Safi", "Popal", "Niyonzima", "Bahati", "Mukendi", "Kovalenko", "Shevchuk", "Htoo", "Al-Hamwi",
            "Tesfamariam", "Rahimi", "Ndayishimiye", "Hrytsenko", "Zazai", "Kabongo", "Wardak", "Habte"]
ES_F = ["Yusleidy", "Marielis", "Daniela", "Yelitza", "Rosmary", "Keila", "Anyelina", "Migdalia", "Xiomara",
        "Dayana"]
ES_M = ["Yoandri", "Reinier", "Jhonatan", "Wilmer", "Osmel", "Yordanis", "Alexis", "Nelson", "Edixon", "Rubén"]
ES_LAST = ["Pérez Rondón", "Guerrero", "Betancourt", "Chirinos", "Mujica", "Hidalgo", "Rangel", "Urdaneta",
           "Céspedes", "Villalobos", "Marcano", "Quintana"]
# clinicians, reviewers and office staff
STAFF_F = ["Adaeze", "Brenna", "Corinne", "Dagny", "Evadne", "Ffion", "Greer", "Hollis", "Ilse", "Jessamy", "Kirsi",
           "Linnea", "Marit", "Noreen", "Odile", "Pernille", "Rhiannon", "Saoirse", "Thea", "Ulla"]
STAFF_M = ["Anselm", "Bram", "Cian", "Dashiell", "Eamon", "Folke", "Gavin", "Hallam", "Ivo", "Jarrah", "Kester",
           "Lorcan", "Malachy", "Nils", "Orrin", "Piers", "Rurik", "Soren", "Torin", "Wilf"]
STAFF_LAST = ["Okafor", "Lindqvist", "Marchbank", "Ravenscroft", "Tregarthen", "Vosburgh", "Ashdown", "Brereton",
              "Calloway", "Dunsford", "Eskew", "Fairbairn", "Gosling", "Hartigan", "Inglis", "Joliffe", "Kershaw",
              "Lockyer", "Merriweather", "Nancarrow", "Orchard", "Pennock", "Rudge", "Stallworth", "Trevithick",
              "Underhill", "Wetherell", "Yeoman"]
# crew of a New England fishing fleet (names common on the waterfront; pairings invented)
CREW_F = ["Maura", "Kathleen", "Tessa", "Janelle", "Brigid"]
CREW_M = ["Manuel", "Joaquim", "Declan", "Ronan", "Thor", "Eirik", "Sean", "Tomas", "Duarte", "Mattias", "Cormac",
          "Liam", "Rui", "Nuno", "Padraig", "Sigurd", "Kyle", "Dustin", "Travis", "Wade"]
CREW_LAST = ["Medeiros", "Furtado", "Rapoza", "Pacheco", "Sylvia", "Costa", "Flaherty", "Mahoney", "Doherty",
             "Kavanagh", "Halvorsen", "Brekke", "Lindahl", "Correia", "Amaral", "Tavares", "Quigley", "Brophy",
             "Rebelo", "Souza", "Nickerson", "Eldredge"]
CREW_ES_M = ["Wilmer", "Edwin", "Osman", "Josué", "Nery", "Elmer", "Lester", "Darwin", "Marvin", "Selvin"]
CREW_ES_LAST = ["Ajanel", "Tzoc", "Gómez Xicay", "Sicajau", "Chávez", "Mejía", "Lorenzana", "Cardona", "Tum",
                "Zavala"]


def people(rng: random.Random, n: int, first: list[str], last: list[str]) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth)."""
    seen, got = set(), []
    while len(got) < n:
        f, la = rng.choice(first), rng.choice(last)
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}")
    return got


def staff(rng: random.Random, n: int, sexes: str = "") -> list[str]:
    pools = {"F": STAFF_F, "M": STAFF_M}
    got, seen = [], set()
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else rng.choice("FM")
        f, la = rng.choice(pools[s]), rng.choice(STAFF_LAST)
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


def phone(rng: random.Random, area: str = "508") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def hm(h: int, m: int) -> str:
    """14:10 (a log book's 24-hour time)"""
    return f"{h:02d}:{m:02d}"


class JBSheet(IFSheet):
    """IFSheet plus an unruled listing whose column heads are printed once (rows carried over to the next page stand
    without a caption) and a trip strip for a fishing vessel."""

    def listing_once(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 7.0,
                     row_h: float = 4.2, cont: str = ""):
        """Like IFSheet.listing, but the bold column heads (a thin rule under them) are printed only at the start.
        A row ("page",) starts a new page with the single line `cont` and no column heads; ("span", text) is a bold
        line across the table, ("bold", cells) a total with a thin rule above it, ("gap",) a little space."""
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
            if isinstance(r, tuple) and r[0] == "page":
                self.add_page()
                if cont:
                    self.f(size + 0.6, "B")
                    self.set_x(x0)
                    self.cell(0, 5, cont, new_x="LMARGIN", new_y="NEXT")
                    self.ln(1.5)
                continue
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

    def trip_strip(self, title: str, left: tuple[str, str], right: tuple[str, str], mark: tuple[str, str],
                   where: float, size: float = 7.8):
        """A trip drawn as a bar from the departure (left: caption, value) to the tie-up (right), with an event
        marked at `where` (0..1 inside the trip, above 1 after it, below 0 before it) and its own caption/value."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size + 1.2, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 9
        x0 = self.l_margin + W * 0.12
        x1 = self.l_margin + W * 0.70
        self.set_fill_color(200, 200, 200)
        self.rect(x0, y - 1.2, x1 - x0, 2.4, style="DF")
        self.set_fill_color(255, 255, 255)
        for x, (k, v) in ((x0, left), (x1, right)):
            self.line_seg(x, y - 4, x, y + 4)
            self.set_xy(x - 24, y - 9)
            self.f(size - 0.6)
            self.cell(48, 3.4, k, align="C")
            self.set_xy(x - 24, y + 4.5)
            self.f(size, "B")
            self.cell(48, 3.6, v, align="C")
        xm = x0 + (x1 - x0) * where
        self.set_draw_color(0, 0, 0)
        self.line_seg(xm - 2.2, y - 2.2, xm + 2.2, y + 2.2)
        self.line_seg(xm - 2.2, y + 2.2, xm + 2.2, y - 2.2)
        self.set_xy(min(xm - 22, self.w - self.r_margin - 44), y + 9.5)
        self.f(size - 0.6)
        self.cell(44, 3.4, mark[0], align="C")
        self.set_xy(min(xm - 22, self.w - self.r_margin - 44), y + 13)
        self.f(size, "B")
        self.cell(44, 3.6, mark[1], align="C")
        self.set_xy(self.l_margin, y + 19)


def transmittal(office: str, lines: list[str], phone_no: str, fax_no: str, to: str, to_org: str, to_fax: str,
                frm: str, when: str, pages: int, re: str, ticks: list[bool], note: list[str]) -> bytes:
    """A provider billing office's fax transmittal sheet (a page of its own that belongs to no document): the
    office's name and its own phone and fax numbers, To / Organization / Fax / From / Date / Re in ruled rows, the
    page count "including cover", check boxes (Urgent, For review, Please reply, For your records), a note and a
    confidentiality notice in a frame."""
    p = LFSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(13.5, "B")
    p.cell(0, 7, office, new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in lines:
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.2, f"Phone {phone_no}   |   Fax {fax_no}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_fill_color(25, 25, 25)
    p.set_text_color(255, 255, 255)
    p.f(18, "B")
    p.cell(0, 11, "  FAX TRANSMITTAL", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(4)
    rows = [("To", to), ("Organization", to_org), ("Fax", to_fax), ("From", frm), ("Date", when),
            ("Pages (including cover)", str(pages)), ("Re", re)]
    for k, v in rows:
        y = p.get_y()
        p.f(9.4, "B")
        p.cell(50, 8, k)
        p.f(10.5)
        p.cell(W - 50, 8, v, new_x="LMARGIN", new_y="NEXT")
        p.line_seg(p.l_margin, y + 8, p.l_margin + W, y + 8)
    p.ln(4)
    x = p.l_margin
    y = p.get_y()
    for on, lab in zip(ticks, ["Urgent", "For review", "Please reply", "For your records"]):
        p.rect(x, y + 0.6, 3.6, 3.6)
        if on:
            p.line_seg(x + 0.5, y + 1.1, x + 3.1, y + 3.7)
            p.line_seg(x + 0.5, y + 3.7, x + 3.1, y + 1.1)
        p.set_xy(x + 5, y)
        p.f(9.4)
        p.cell(36, 5, lab)
        x += W / 4
    p.set_xy(p.l_margin, y + 10)
    p.f(10)
    for ln in note:
        p.multi_cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.ln(8)
    y = p.get_y()
    p.set_xy(p.l_margin + 3, y + 3)
    p.f(7.6, "B")
    p.cell(0, 4, "CONFIDENTIALITY NOTICE", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.f(7.4)
    p.multi_cell(W - 6, 3.7, "The documents with this fax belong to the sender and may contain health information "
                             "protected by federal and state law. They are meant only for the person or office named "
                             "above. If you are not that person, do not read, copy or pass them on; please call us at "
                             "the number above so we can arrange their return, and destroy what you received.",
                 new_x="LMARGIN", new_y="NEXT")
    p.rect(p.l_margin, y, W, p.get_y() - y + 3)
    return bytes(p.output())
