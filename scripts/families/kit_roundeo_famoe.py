"""Drawing helpers for round EO, helper famoe (papers mirrored from a state Medicaid program's TEFRA / "Katie Beckett"
option for children with disabilities who live at home, in an invented state; an invented health plan for mountain
guides, climbing instructors and avalanche educators).

Why: this round asks for identification boxes whose caption is NOT printed before the value, provider remittances
that list several patients under column headings run close together, narrative EOBs with a numbered paragraph per
claim and no table, two name boxes side by side (the parent or subscriber on one side, the child or patient on the
other, each with a number and a date of birth), and Spanish precertification letters that give their case number,
dates and service only under Spanish labels. New here:
- tab_boxes: a row of drawn boxes, each with a small caption printed on a tab that stands on the box's top edge;
- pipe_ids: lines of "VALUE | caption": the bold value first, a thin upright bar, the caption in small grey type;
- form_boxes: claim-form boxes numbered or lettered ("1a", "B"): the value at the top of the box and the
  number with its caption printed small at the bottom inside the box (the caption under the value);
- who_pair: two framed name boxes side by side, each with a dark title strip ("PARENT ..." / "CHILD ..."), the name
  in bold and then its number and date of birth, each with the caption after the value;
- claim_paras: a narrative explanation of benefits: each claim a numbered bold paragraph heading ("2. Visit with
  ... on ... - claim ... - paid"), then a few plain sentences, no table;
- mono_block: lines in the monospace face as a line printer sets a remittance (column headings run together).
Everything else comes from round EN's ENSheet and what it inherits. Every name and number printed with these helpers
is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounden_famnf import ENSheet  # noqa: F401
from public_kit import MONTHS_ES, digits, m2, out, plus, truth  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# TEFRA households in a small inland state: parents born 1978-1995, children born 2009-2023
PA_F = ["Adalyn", "Briallen", "Corliss", "Darcy", "Eveleen", "Fenna", "Gwendolyn", "Hester", "Isolde", "Jocasta",
        "Kerrigan", "Linnea", "Marigold", "Noreen", "Ottilie", "Prudence", "Rosalie", "Saoirse", "Thomasina",
        "Wilhelmina"]
PA_M = ["Alaric", "Barnaby", "Cormac", "Desmond", "Evander", "Fitzgerald", "Garrick", "Horatio", "Ignatius",
        "Jasper", "Leopold", "Mortimer", "Nathaniel", "Oswin", "Peregrine", "Roderic", "Sebastian", "Thaddeus",
        "Wendell", "Ambrose"]
CH_F = ["Aurelia", "Bexley", "Clementine", "Delphina", "Elodie", "Fiadh", "Genevieve", "Honora", "Ivy", "Juniper",
        "Kestrel", "Liesel", "Magnolia", "Nerys", "Opaline", "Persephone", "Quinby", "Romilly"]
CH_M = ["Anselm", "Bartholomew", "Caspian", "Dashiell", "Ellery", "Fenwick", "Gideon", "Hollis", "Ignatz",
        "Jolyon", "Kit", "Lysander", "Monty", "Nico", "Orrin", "Percival", "Rafferty", "Sullivan"]
TF_LAST = ["Abernethy-Scott", "Blenkinsop", "Cattermole", "Dimmock", "Entwistle", "Fothergill", "Gedling",
           "Haverstock", "Illingworth", "Jellicoe", "Kettlewell", "Loxley", "Mottershead", "Nettleship",
           "Oddingley", "Pickersgill", "Quarmby", "Rawcliffe", "Scarisbrick", "Tattersfield", "Uttley", "Wigglesworth",
           "Ackroyd", "Birtwistle", "Crabtree-Hale", "Duckworth"]
# clinicians and review staff
DC_F = ["Anneliese", "Bettina", "Cosima", "Dorothea", "Eleonora", "Friederike", "Gisela", "Hannelore", "Ilse",
        "Jutta", "Katharina", "Leonore", "Margarethe", "Rosamunde", "Sieglinde", "Ursula"]
DC_M = ["Albrecht", "Bertram", "Cornelius", "Detlef", "Eberhard", "Florian", "Gottfried", "Hartmut", "Joachim",
        "Konrad", "Leopoldo", "Matthias", "Rupert", "Siegfried", "Volker", "Wolfram"]
DC_LAST = ["Achterhof", "Brenninkmeyer", "Dannenberg", "Eichelberger", "Falkenrath", "Grotefend", "Hohenstein",
           "Jungbluth", "Kaltenbrunner", "Lichtenwalner", "Mauerhofer", "Nussbaumer", "Oberholtzer", "Pfannkuch",
           "Rautenstrauch", "Schellenberger", "Tiefenthaler", "Wachsmuth", "Zollinger", "Grabenhorst"]
# guides, instructors, their families (mountain West, plus guides from the Andes)
GU_F = ["Alpine", "Brynja", "Calla", "Dagny", "Eira", "Freya", "Greta", "Hadley", "Inga", "Jorunn", "Kaia",
        "Liv", "Marit", "Nordis", "Oona", "Petra", "Ragna", "Solveig", "Tindra", "Vigdis"]
GU_M = ["Anders", "Bjorn", "Corbin", "Dagfinn", "Espen", "Fjord", "Gunnar", "Halvard", "Ivar", "Jostein", "Knut",
        "Leif", "Magne", "Njal", "Odd", "Ragnvald", "Sindre", "Torleif", "Ulf", "Vidar"]
GU_LAST = ["Aaberg", "Bratlie", "Dybvik", "Eidsvold", "Flatebo", "Grinde", "Haugland", "Istad", "Jevne", "Kvaalen",
           "Lidal", "Myrvold", "Nesheim", "Opsahl", "Quale", "Rudland", "Skarbo", "Tverberg", "Ulvang", "Vestre",
           "Waldeland", "Ystgaard", "Aasheim", "Birkeli"]
# clinicians and plan staff in the mountain West
MW_F = ["Annabeth", "Bronwyn", "Celestine", "Dorcas", "Emmaline", "Florence", "Georgiana", "Henrietta", "Imelda",
        "Josephine", "Lavinia", "Millicent", "Philippa", "Rosalind", "Theodora", "Winifred"]
MW_M = ["Absalom", "Benedict", "Crispin", "Dunstan", "Erasmus", "Fitzroy", "Gilchrist", "Hilary", "Jeremiah",
        "Lucius", "Montgomery", "Octavius", "Prosper", "Quentin", "Silas", "Tobias"]
MW_LAST = ["Ashbury", "Blackwater", "Carrington", "Dunwoody", "Fairweather", "Goodnight", "Hatherley", "Kingsolver",
           "Longstreet", "Merriweather", "Northcote", "Peabody", "Ravenscroft", "Stillwell", "Thistlewood",
           "Underwood", "Westbrook", "Whitlock"]
ES_F = ["Ayelén", "Candelaria", "Divina", "Estefanía", "Fidelia", "Illariy", "Killa", "Maribel", "Nayra", "Pascuala",
        "Rosmery", "Sumaq", "Yessenia", "Zulema"]
ES_M = ["Amaru", "Bautista", "Celestino", "Demetrio", "Eusebio", "Florentino", "Hilarión", "Inti", "Justiniano",
        "Mamerto", "Nolberto", "Quispe", "Saturnino", "Wilber"]
ES_LAST = ["Apaza", "Ccahuana", "Condori", "Huamaní", "Illanes", "Layme", "Mamani", "Ñaupari", "Pumacahua",
           "Quispecahuana", "Ticona", "Villca", "Yupanqui", "Zárate"]

POOLS = {"pa": ({"F": PA_F, "M": PA_M}, TF_LAST), "ch": ({"F": CH_F, "M": CH_M}, TF_LAST),
         "dc": ({"F": DC_F, "M": DC_M}, DC_LAST), "gu": ({"F": GU_F, "M": GU_M}, GU_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST), "mw": ({"F": MW_F, "M": MW_M}, MW_LAST)}


def people(rng: random.Random, n: int, kind: str = "pa", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'pa'
    (parents), 'ch' (children), 'dc' (clinicians and review staff), 'gu' (guides and families), 'mw' (clinicians in the
    mountain West) or 'es'; sexes: F / M
    / X a person; last: one surname for all (a household)."""
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
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {la}")
    if used is not None:
        used |= seen
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def last_comma(full: str) -> str:
    """Last, First M."""
    f, m, la = parts(full)
    return f"{la}, {f} {m}."


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def first(full: str) -> str:
    return parts(full)[0]


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "406") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dots(rng: random.Random, area: str = "406") -> str:
    return f"{area}.555.{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


# --- dates and money as the papers print them ---------------------------------------------------------------------
def slash(d: dt.date) -> str:
    """06/12/2026"""
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    """06/12/26"""
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    """June 12, 2026"""
    return f"{d:%B} {d.day}, {d.year}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def dmy_long(d: dt.date) -> str:
    """12 June 2026"""
    return f"{d.day} {d:%B} {d.year}"


def abbr(d: dt.date) -> str:
    """Jun 12, 2026"""
    return f"{d:%b} {d.day}, {d.year}"


def caps(d: dt.date) -> str:
    """JUN 12, 2026"""
    return d.strftime("%b %d, %Y").upper()


def dd_mon(d: dt.date) -> str:
    """12-Jun-2026"""
    return d.strftime("%d-%b-%Y")


def nopad(d: dt.date) -> str:
    """6/12/2026"""
    return f"{d.month}/{d.day}/{d.year}"


def md(d: dt.date) -> str:
    """6/12 (a line inside a year-dated paper)"""
    return f"{d.month}/{d.day}"


def compact(d: dt.date) -> str:
    """061226 (a line printer's date)"""
    return d.strftime("%m%d%y")


def wday_long(d: dt.date) -> str:
    """Friday, June 12, 2026"""
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def es_date(d: dt.date) -> str:
    """12 de junio de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_abbr(d: dt.date) -> str:
    """03-jun-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def es_dmy(d: dt.date) -> str:
    """12/06/2026 (day first, as Spanish papers print it)"""
    return d.strftime("%d/%m/%Y")


def n2(v: float) -> str:
    """1,234.50"""
    return f"{v:,.2f}"


def usd(v: float) -> str:
    """$1,234.50"""
    return f"${v:,.2f}"


def bare(v: float) -> str:
    """1234.50"""
    return f"{v:.2f}"


def usd_es(v: float) -> str:
    """US$ 1,234.50"""
    return f"US$ {v:,.2f}"


def span_words(a: dt.date, b: dt.date) -> str:
    """July 1, 2026 through June 30, 2027"""
    return f"{long(a)} through {long(b)}"


class EOSheet(ENSheet):
    """ENSheet plus captions on tabs above boxes, 'value | caption' lines, claim-form boxes with the numbered caption
    under the value, two name boxes side by side, a narrative claim list and line-printer blocks."""

    def tab_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.4, cap: float = 6.2, h: float = 8.2,
                  gap: float = 2.4):
        """One row of (caption, value, width): a drawn box holding the value, its caption on a small tab standing on
        the box's top edge at the left (the tab is shaded, the caption in small bold type)."""
        x = self.l_margin
        y = self.get_y()
        tab_h = cap * 0.5 + 1.2
        for k, v, w in cells:
            self.f(cap, "B")
            tw = min(self.get_string_width(k) + 4, w - gap)
            self.set_fill_color(228, 228, 228)
            self.rect(x + 1.5, y, tw, tab_h, style="DF")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x + 1.5, y + 0.5)
            self.cell(tw, cap * 0.5, k, align="C")
            self.set_line_width(0.35)
            self.rect(x, y + tab_h, w - gap, h)
            self.set_line_width(0.2)
            self.set_xy(x + 1.8, y + tab_h + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - gap - 3.6, size * 0.45, v)
            x += w
        self.set_xy(self.l_margin, y + tab_h + h + 3)

    def pipe_ids(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 9.2,
                 cap: float = 6.8) -> float:
        """Lines 'VALUE | caption': the bold value, a thin upright bar, then the caption in small grey type.
        Returns the y under the block."""
        yy_ = y
        for v, k in rows:
            self.set_xy(x, yy_)
            self.f(size, "B")
            vw = self.get_string_width(v) + 1.5
            self.cell(vw, size * 0.5, v)
            self.line_seg(x + vw + 0.8, yy_ + 0.4, x + vw + 0.8, yy_ + size * 0.5 - 0.2)
            self.set_text_color(95, 95, 95)
            self.f(cap)
            self.set_xy(x + vw + 2.2, yy_ + (size - cap) * 0.2)
            self.cell(w - vw - 2.2, size * 0.5, k)
            self.set_text_color(0, 0, 0)
            yy_ += size * 0.5 + 1.5
        return yy_

    def form_boxes(self, rows: list[list[tuple[str, str, str, float]]], size: float = 9.0, cap: float = 5.6,
                   h: float = 10.5):
        """Rows of claim-form boxes (number, caption, value, width): the value in bold at the top of its box, the
        number and caption ('1a. INSURED'S I.D. NUMBER') in small type at the bottom inside the box."""
        for row in rows:
            x = self.l_margin
            y = self.get_y()
            for num, k, v, w in row:
                self.rect(x, y, w, h)
                self.set_xy(x + 1.2, y + 1.0)
                self.f(size, "B")
                self.cell(w - 2.4, size * 0.48, v)
                self.set_xy(x + 1.2, y + h - cap * 0.45 - 0.9)
                self.f(cap, "B")
                nw = self.get_string_width(num + ".") + 1
                self.cell(nw, cap * 0.45, num + ".")
                self.f(cap)
                self.cell(w - 2.4 - nw, cap * 0.45, k.upper())
                x += w
            self.set_xy(self.l_margin, y + h)
        self.ln(3)

    def who_pair(self, left: tuple[str, str, list[tuple[str, str]]], right: tuple[str, str, list[tuple[str, str]]],
                 size: float = 9.2, cap: float = 6.6, gap: float = 5, shade: int = 55):
        """Two framed boxes side by side: (title, name, [(value, caption), ...]) each. A dark strip with the title
        in white, the name in bold, then each value followed by its caption in small grey type."""
        W = self.w - self.l_margin - self.r_margin
        bw = (W - gap) / 2
        y0 = self.get_y()
        ends = []
        for i, (title, name, rows) in enumerate((left, right)):
            x = self.l_margin + i * (bw + gap)
            self.set_fill_color(shade, shade, shade)
            self.set_text_color(255, 255, 255)
            self.set_xy(x, y0)
            self.f(cap + 0.4, "B")
            self.cell(bw, cap * 0.5 + 1.8, "  " + title, fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            yy_ = y0 + cap * 0.5 + 3.2
            self.set_xy(x + 2.5, yy_)
            self.f(size + 1.2, "B")
            self.cell(bw - 5, (size + 1.2) * 0.5, name)
            yy_ += (size + 1.2) * 0.5 + 1.8
            for v, k in rows:
                self.set_xy(x + 2.5, yy_)
                self.f(size, "B")
                vw = self.get_string_width(v) + 2
                self.cell(vw, size * 0.5, v)
                self.set_text_color(90, 90, 90)
                self.f(cap)
                self.set_xy(x + 2.5 + vw, yy_ + (size - cap) * 0.2)
                self.cell(bw - 5 - vw, size * 0.5, k)
                self.set_text_color(0, 0, 0)
                yy_ += size * 0.5 + 1.4
            ends.append(yy_ + 1.2)
        y1 = max(ends)
        for i in range(2):
            self.rect(self.l_margin + i * (bw + gap), y0, bw, y1 - y0)
        self.set_xy(self.l_margin, y1 + 4)

    def claim_paras(self, items: list[tuple[str, list[str]]], size: float = 9.4, indent: float = 6,
                    gap: float = 2.6):
        """A numbered claim list in prose: each (heading, [sentences]) a bold numbered heading line and the
        sentences as a paragraph indented under it; no table and no rules."""
        W = self.w - self.l_margin - self.r_margin
        for i, (head, sentences) in enumerate(items, 1):
            need = 8 + len(" ".join(sentences)) / 95 * size * 0.47
            if self.get_y() + need > self.h - 24:
                self.add_page()
            self.f(size + 0.4, "B")
            self.set_x(self.l_margin)
            self.cell(indent, (size + 0.4) * 0.5, f"{i}.")
            self.multi_cell(W - indent, (size + 0.4) * 0.5, head, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
            self.f(size)
            self.set_x(self.l_margin + indent)
            self.multi_cell(W - indent, size * 0.47, " ".join(sentences), new_x="LMARGIN", new_y="NEXT")
            self.ln(gap)

    def mono_block(self, lines: list[str], size: float = 7.4, lh: float | None = None, bold: set | None = None,
                   x: float | None = None, foot_room: float = 22, rule_after: set | None = None):
        """Lines in the monospace face, as a line printer sets them; a line index in `bold` prints bold, one in
        `rule_after` gets a thin rule under it. A page that is full goes on at the top of the next page with no
        heading printed again; the line "\\f" forces a new page."""
        lh = lh or size * 0.47
        x0 = self.l_margin if x is None else x
        bold = bold or set()
        rule_after = rule_after or set()
        for i, ln in enumerate(lines):
            if ln == "\f":
                self.add_page()
                continue
            if self.get_y() + lh > self.h - foot_room:
                self.add_page()
            self.set_font("Mono", "B" if i in bold else "", size)
            self.set_x(x0)
            self.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")
            if i in rule_after:
                self.line_seg(x0, self.get_y() + 0.2, self.w - self.r_margin, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.6)
        self.ln(1.5)

    def letterhead(self, name: str, sub: list[str], right: list[str], size: float = 15, rule: float = 0.8,
                   box: str | None = None):
        """A plain letterhead: the name in bold at the left, small lines under it, contact lines at the right, an
        optional boxed title under the contact lines, then a heavy rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.f(size, "B")
        self.set_xy(self.l_margin, y0)
        if self.get_string_width(name) > W * 0.6:      # a long name gets the whole first line to itself
            self.cell(W, size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
            y0 = self.get_y() + 0.8
        else:
            self.multi_cell(W * 0.6, size * 0.48, name, new_x="LMARGIN", new_y="NEXT", align="L")
        yy_ = self.get_y() + 0.6
        self.f(7.6)
        for ln in sub:
            self.set_xy(self.l_margin, yy_)
            self.cell(W * 0.62, 3.5, ln)
            yy_ += 3.5
        ry = y0
        self.f(7.4)
        for ln in right:
            self.set_xy(self.l_margin + W * 0.6, ry)
            self.cell(W * 0.4, 3.4, ln, align="R")
            ry += 3.4
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 7
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.4, box, border=1, align="C")
            ry += 8.6
        self.set_y(max(yy_, ry) + 1.4)
        self.set_line_width(rule)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def addr_block(self, lines: list[str], size: float = 10, x: float | None = None, y: float | None = None,
                   w: float = 85) -> float:
        """An address block at (x, y); returns the y under it."""
        x = self.l_margin if x is None else x
        yy_ = self.get_y() if y is None else y
        self.f(size)
        for ln in lines:
            self.set_xy(x, yy_)
            self.cell(w, size * 0.5, ln)
            yy_ += size * 0.5
        return yy_
