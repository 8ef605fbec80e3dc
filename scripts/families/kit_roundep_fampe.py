"""Drawing helpers for round EP, helper fampe (papers mirrored from a Washington-style state Medicaid managed care
program's notices of adverse benefit determination and its plans' EOBs and provider remittances, in an invented
state; an invented health plan for pipe-organ builders, voicers and piano technicians).

Why: this round asks for identification values printed inside dark or shaded bands (light text on a dark bar,
which fax and photocopy captures degrade), other carriers' numbers on the same page as the plan's own (an auto
insurer's claim, a workers' compensation claim, a Medicare number of a second payer), letterheads where the brand is
a short logo-like word with a longer program line over or under it and a different legal entity named in the
footer or signature, provider remittances whose claim lines open with the payer's control number and then the
patient's name and member number, and provider lines naming an organisation and a person together. New here:
- brand_head: a short brand word in heavy letter-spaced capitals (optionally framed like a logo), the longer
  program or tagline line in small grey type under it (or over it), contact lines at the right, then a rule;
- dark_band: one band of (caption, value, width) cells reverse-printed: small light captions and bold white values
  on a dark bar (or, with `light`, black on a mid-grey strip), thin white rules between the cells;
- remit_claims: a provider remittance's claim list: each claim opens with a bold line of the payer's control number,
  then the patient (LAST, FIRST M) and member number and the patient account, then its service lines (date, code,
  units, billed, allowed, paid, adjustment codes), an optional note line (another payer's claim on file) and a
  claim total; the rows go on at the top of the next page without headings when a page is full;
- other_cov: a dashed frame titled "Other coverage on file" with caption/value lines (another carrier, its claim
  or policy number, a Medicare number): decoys for the plan's own numbers;
- prov_pair: "Rendering provider" and "Billing provider" printed together, each an organisation and a person.
Everything else comes from round EO's EOSheet and what it inherits. Every name and number printed with these helpers
is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeo_famoe import (EOSheet, abbr, bare, caps, compact, dd_mon, dmy_long, es_abbr, es_date,  # noqa: F401
                               es_dmy, iso, long, md, n2, nopad, slash, usd, usd_es, wday_long, workday, yy)
from public_kit import MONTHS_ES, digits, m2, out, plus, truth  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# Medicaid members in a Pacific Northwest-like state (a mix of long-settled, Latino, Slavic, East African, Pacific
# Islander and Southeast Asian families); surnames are invented or rare combinations
MB_F = ["Alesya", "Bethany", "Consuelo", "Deka", "Evangelina", "Faduma", "Galyna", "Hoa", "Inessa", "Jacinta",
        "Kalani", "Lupita", "Milagros", "Nadiya", "Oksana", "Phuong", "Rahma", "Soledad", "Tavita", "Ulyana",
        "Veronika", "Yesenia"]
MB_M = ["Abdirahman", "Bohdan", "Cruz", "Dmytro", "Efrain", "Filipo", "Gennady", "Hieu", "Ilarion", "Jovani",
        "Keoni", "Leandro", "Mykola", "Nurdin", "Osvaldo", "Pavlo", "Quang", "Rosendo", "Semisi", "Taras", "Vinh",
        "Yusuf"]
MB_LAST = ["Aldana-Pryce", "Bondarchuk", "Castellanos-Ruddle", "Dualeh", "Esparzola", "Faleolomua", "Grebenyuk", "Huynh-Baird",
           "Iskandarov", "Jaramillo-West", "Kovalchyk", "Lealaiauloto", "Mohamud-Fenn", "Nazarenko", "Orduño",
           "Pidhorny", "Quintanilla-Orr", "Roblero", "Savchuk", "Tuilagivao", "Ulloa-Marsh", "Vuong-Tellez", "Warsame", "Zavala-Hurst"]
# clinicians and plan reviewers in the same state
CL_F = ["Annika", "Brigitta", "Cordelia", "Delphine", "Eulalie", "Fionnuala", "Greer", "Hyacinth", "Ingrid",
        "Juliana", "Lorelei", "Maren", "Neve", "Orla", "Perpetua", "Roswitha", "Sunniva", "Tamsin"]
CL_M = ["Aurelio", "Birger", "Caspar", "Dorian", "Emrys", "Fabian", "Gustaf", "Hollis", "Ivo", "Jonas", "Kasimir",
        "Lorcan", "Magnus", "Niall", "Osric", "Piers", "Remy", "Stellan"]
CL_LAST = ["Arneson-Kite", "Brightholme", "Coldfield", "Dahlvik-Orr", "Eastmarch", "Fernscombe", "Greenhithe", "Hollowstone-Pike",
           "Inglesant", "Juhlin", "Kilbrannock", "Lindgard", "Marchwood-Eyre", "Norgrove", "Ostervald", "Pennyfeather-Ault", "Rydell",
           "Sandvoll", "Threlfall-Kay", "Vandermeulenhof"]
# organ builders, voicers, piano technicians and their families (old craft-shop names)
OB_F = ["Adelheid", "Berthilde", "Clothilde", "Dagmar", "Elfriede", "Franziska", "Gertrud", "Hedwig", "Irmgard",
        "Johanna", "Liesbeth", "Mechthild", "Notburga", "Ottilia", "Walburga", "Wilma", "Carys", "Mairead"]
OB_M = ["Anselm", "Balthasar", "Cyprian", "Dietrich", "Engelbert", "Florian", "Gebhard", "Hieronymus", "Ingo",
        "Jodokus", "Kilian", "Lambert", "Meinrad", "Norbert", "Pankraz", "Rochus", "Severin", "Urban", "Valentin",
        "Wendelin"]
OB_LAST = ["Aeolsberger", "Bombardier-Lutz", "Cornettmacher", "Dulcianer", "Flachsbart", "Gedacktmann", "Holzapfel",
           "Kornmesser", "Lindenblatt", "Mixturberg", "Nachtigall", "Prinzipalek", "Quintadena", "Rohrflöter",
           "Schalmeier", "Trompetter", "Vogelweider", "Windladner", "Zimbelstern", "Kalkant"]
# clinicians near the organ shops (Ohio valley / Great Lakes)
OC_F = ["Araminta", "Beatrix", "Cressida", "Drusilla", "Esme", "Felicity", "Guinevere", "Honoria", "Isadora",
        "Letitia", "Minerva", "Octavia", "Portia", "Sabina"]
OC_M = ["Ambrose", "Barnabas", "Cuthbert", "Digby", "Edmund", "Fergus", "Godfrey", "Humphrey", "Jasper", "Leofric",
        "Mervyn", "Oswald", "Percival", "Rupert"]
OC_LAST = ["Ashworth-Lamb", "Bellinghurst", "Cartwright-Oyelaran", "Devenish-Lowe", "Ellingcote", "Fanshaw-Tighe",
           "Gravenor", "Hazelgrove-Pyle", "Lockyear", "Mountsorrel", "Pettifer-Lake", "Ravenstonedale", "Stourton", "Wetherden"]
ES_F = ["Anacleta", "Belén", "Crisanta", "Dominga", "Eufemia", "Filomena", "Griselda", "Herminia", "Leocadia",
        "Nicolasa", "Petronila", "Remedios"]
ES_M = ["Anastasio", "Bonifacio", "Cipriano", "Dionisio", "Evaristo", "Fulgencio", "Gumersindo", "Hermenegildo",
        "Leoncio", "Nicanor", "Porfirio", "Teodulo"]
ES_LAST = ["Alvarado-Quiñónez", "Barraguito", "Cenobio", "Dzib", "Echeverría-Pool", "Huchim", "Ixtepan", "Matús",
           "Nahuatlato", "Olmedo-Canché", "Pech", "Tzuc", "Uc-Barrera", "Yamá-Chuc"]

POOLS = {"mb": ({"F": MB_F, "M": MB_M}, MB_LAST), "cl": ({"F": CL_F, "M": CL_M}, CL_LAST),
         "ob": ({"F": OB_F, "M": OB_M}, OB_LAST), "oc": ({"F": OC_F, "M": OC_M}, OC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "mb", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'mb'
    (Medicaid members), 'cl' (their clinicians), 'ob' (organ and piano trades), 'oc' (clinicians near the shops) or
    'es'; sexes: F / M / X a person; last: one surname for all (a household)."""
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


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def first(full: str) -> str:
    return parts(full)[0]


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "360") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dots(rng: random.Random, area: str = "360") -> str:
    return f"{area}.555.{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "844") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def dots(d: dt.date) -> str:
    """06.12.2026 (month first, dotted: how some claim systems print it)"""
    return d.strftime("%m.%d.%Y")


def ymd(d: dt.date) -> str:
    """2026/06/12"""
    return d.strftime("%Y/%m/%d")


def mon_yy(d: dt.date) -> str:
    """12JUN26 (a line printer's date)"""
    return d.strftime("%d%b%y").upper()


def span_words(a: dt.date, b: dt.date) -> str:
    """June 1, 2026 through June 30, 2026"""
    return f"{long(a)} through {long(b)}"


class EPSheet(EOSheet):
    """EOSheet plus a short logo-like brand with its program line, reverse-printed identification bands, a remittance
    claim list led by the payer's control number, an 'other coverage on file' frame and rendering/billing provider
    lines."""

    def brand_head(self, brand: str, tagline: list[str], right: list[str], *, above: str | None = None,
                   frame: bool = False, size: float = 22, spacing: float = 2.4, box: str | None = None,
                   rule: float = 0.6):
        """The brand word in heavy letter-spaced capitals (in a double frame when `frame`), an optional small grey
        line over it (`above`), the tagline lines in small grey type under it, contact lines at the right, an
        optional boxed paper title under them, then a rule."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        yy_ = y0
        if above:
            self.set_text_color(100, 100, 100)
            self.f(7.2)
            self.set_xy(self.l_margin, yy_)
            self.cell(W * 0.6, 3.4, above)
            self.set_text_color(0, 0, 0)
            yy_ += 4
        self.f(size, "B")
        self.set_char_spacing(spacing)
        bw = self.get_string_width(brand.upper()) + 6
        if frame:
            self.set_line_width(0.8)
            self.rect(self.l_margin, yy_, bw, size * 0.5 + 3)
            self.set_line_width(0.25)
            self.rect(self.l_margin + 1, yy_ + 1, bw - 2, size * 0.5 + 1)
            self.set_line_width(0.2)
        self.set_xy(self.l_margin + (3 if frame else 0), yy_ + 1.5)
        self.cell(bw, size * 0.5, brand.upper())
        self.set_char_spacing(0)
        yy_ += size * 0.5 + (4.5 if frame else 2.5)
        self.set_text_color(95, 95, 95)
        for i, ln in enumerate(tagline):
            self.f(8.2 if i == 0 else 7.2, "B" if i == 0 else "")
            self.set_xy(self.l_margin, yy_)
            self.cell(W * 0.62, 3.7, ln)
            yy_ += 3.7
        self.set_text_color(0, 0, 0)
        ry = y0
        self.f(7.4)
        for ln in right:
            self.set_xy(self.l_margin + W * 0.58, ry)
            self.cell(W * 0.42, 3.4, ln, align="R")
            ry += 3.4
        if box:
            self.f(9.0, "B")
            tw = self.get_string_width(box) + 7
            self.set_xy(self.w - self.r_margin - tw, ry + 1.2)
            self.cell(tw, 6.2, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry) + 1.6)
        if rule:
            self.set_line_width(rule)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def dark_band(self, cells: list[tuple[str, str, float]], size: float = 9.6, cap: float = 6.6,
                  shade: int = 45, light: bool = False, h: float = 10.5):
        """One band of (caption, value, width) cells, reverse-printed: small light-grey captions at the top of each
        cell and the values in bold white under them on a dark bar; `light` prints black on a mid-grey strip.
        Thin white rules part the cells. Widths are fractions of the text width when they sum to about 1."""
        W = self.w - self.l_margin - self.r_margin
        tot = sum(c[2] for c in cells)
        ws = [c[2] * W / tot for c in cells] if tot <= 1.01 else [c[2] for c in cells]
        y = self.get_y()
        g = 175 if light else shade
        self.set_fill_color(g, g, g)
        self.rect(self.l_margin, y, sum(ws), h, style="F")
        x = self.l_margin
        for (k, v, _), w in zip(cells, ws):
            self.set_text_color(*((30, 30, 30) if light else (238, 238, 238)))
            self.f(cap, "B" if light else "")
            self.set_xy(x + 1.6, y + 0.9)
            self.cell(w - 3, cap * 0.45, k)
            self.set_text_color(*((0, 0, 0) if light else (255, 255, 255)))
            self.f(size, "B")
            self.set_xy(x + 1.6, y + 1.4 + cap * 0.45)
            self.cell(w - 3, size * 0.5, v)
            x += w
            if x < self.l_margin + sum(ws) - 1:
                self.set_draw_color(255, 255, 255)
                self.set_line_width(0.6)
                self.line_seg(x, y + 1, x, y + h - 1)
                self.set_line_width(0.2)
                self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 3)

    def remit_claims(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                     size: float = 7.2, row_h: float = 4.0, foot_room: float = 26, shade: int = 215):
        """A remittance's claims. head/widths/aligns are the service-line columns (heading printed once). Each claim:
        {"lead": str (control number, patient LAST, FIRST M, member number, account: one bold line),
         "sub": str (optional small line: rendering provider ...), "lines": [[cells]], "note": str (optional),
         "total": [cells]}. Rows go on at the top of the next page when the page is full, with no heading."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.2, "B")
        lh = (size - 0.2) * 0.43
        n = max(len(self.multi_cell(w - 0.8, lh, hd, dry_run=True, output="LINES")) for hd, w in zip(head, widths))
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(x0, y, W, n * lh + 1.6, style="F")
        self.set_fill_color(255, 255, 255)
        xx = x0
        for hd, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.4, y + 0.8)
            self.multi_cell(w - 0.8, lh, hd, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_xy(x0, y + n * lh + 2.6)

        def room(k: float):
            if self.get_y() + k > self.h - foot_room:
                self.add_page()

        for c in claims:
            room(row_h * 2.2)
            self.f(size + 0.2, "B")
            self.set_x(x0)
            self.cell(W, row_h + 0.4, c["lead"], new_x="LMARGIN", new_y="NEXT")
            if c.get("sub"):
                self.f(size - 0.6)
                self.set_x(x0 + 3)
                self.cell(W - 3, row_h - 0.3, c["sub"], new_x="LMARGIN", new_y="NEXT")
            for cells in c["lines"]:
                room(row_h)
                self.f(size)
                self.set_x(x0)
                for v, w, a in zip(cells, widths, aligns):
                    self.cell(w, row_h, v, align=a)
                self.ln(row_h)
            if c.get("note"):
                room(row_h)
                self.f(size - 0.5)
                self.set_x(x0 + 3)
                self.cell(W - 3, row_h - 0.3, c["note"], new_x="LMARGIN", new_y="NEXT")
            if c.get("total"):
                room(row_h)
                self.line_seg(x0 + W * 0.45, self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
                self.f(size, "B")
                self.set_x(x0)
                for v, w, a in zip(c["total"], widths, aligns):
                    self.cell(w, row_h, v, align=a)
                self.ln(row_h)
            self.ln(1.6)
        self.ln(1)

    def other_cov(self, title: str, rows: list[tuple[str, str]], x: float | None = None, w: float | None = None,
                  size: float = 8.4, cap_w: float = 44, note: str = ""):
        """A dashed frame: a bold title, then 'caption   value' lines (another carrier, its claim number, a Medicare
        number), an optional small note."""
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin if x is None else x
        w = W if w is None else w
        y0 = self.get_y()
        yy_ = y0 + 1.8
        self.set_xy(x + 2.5, yy_)
        self.f(size + 0.4, "B")
        self.cell(w - 5, size * 0.5, title)
        yy_ += size * 0.5 + 1.4
        for k, v in rows:
            self.set_xy(x + 2.5, yy_)
            self.f(size - 0.6)
            self.cell(cap_w, size * 0.48, k)
            self.f(size, "B")
            self.cell(w - 5 - cap_w, size * 0.48, v)
            yy_ += size * 0.48 + 1.0
        if note:
            self.set_xy(x + 2.5, yy_ + 0.4)
            self.f(size - 1.0)
            self.multi_cell(w - 5, (size - 1.0) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
            yy_ = self.get_y()
        yy_ += 1.6
        self.set_dash_pattern(dash=1.2, gap=0.9)
        self.rect(x, y0, w, yy_ - y0)
        self.set_dash_pattern()
        self.set_xy(self.l_margin, yy_ + 3)

    def prov_pair(self, rows: list[tuple[str, str, str]], size: float = 8.8, cap_w: float = 36):
        """Provider lines: (role, 'organisation - person' or 'person, organisation', identifier line), role in small
        bold capitals at the left, the name in bold, the identifiers in small type under it."""
        for role, name, ids in rows:
            y = self.get_y()
            self.set_xy(self.l_margin, y + 0.4)
            self.f(size - 1.8, "B")
            self.cell(cap_w, size * 0.45, role.upper())
            self.set_xy(self.l_margin + cap_w, y)
            self.f(size, "B")
            self.cell(0, size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
            if ids:
                self.set_x(self.l_margin + cap_w)
                self.f(size - 1.6)
                self.cell(0, size * 0.42, ids, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        self.ln(1.5)
