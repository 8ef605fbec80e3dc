"""Drawing helpers for round ES, helper famse (papers mirrored from a disability income insurer's rehabilitation and
medical expense benefit under a group long-term disability policy, with an invented insurer and an invented
rehabilitation administrator; an invented health plan for tower crane operators, riggers and signal persons with
union-dispatch eligibility).

Why: this round asks for home-made fax covers in stacks (typed or hand-lettered, captions with typos or odd wording,
a page count in words or none at all, a cover naming the patient but not the insurer), stacks where one sender's
second paper follows a signed letter, drawn wordmarks (a brand in spaced capitals over a small legal name, a brand
with an ampersand broken over two lines, a logo word with its legal name set small under it) while the body names the
issuer differently, IDs whose letter prefixes look like digits and are printed in spaced or dashed groups, claim rows
carrying captions inside the row, numeric footnote marks on rows explained by a numbered list below, date captions
with a weekday or "of", and a provider bill whose refused visit is named only in its message. New here:
- spaced_legal_head: a drawn lake mark, the brand letter-spaced ("W E N D M E R E"), the legal name in small
  letter-spaced capitals directly under it, an optional tagline, contact lines at the right, an optional boxed title;
- logo_legal_head: a drawn crane jib beside a heavy logo word, the legal name set small directly under the word;
- split_amp_head: a drawn tower crane, the brand broken over two lines ("LUFFER &" / "TOWER") with small lines beside
  the break, contact lines at the right;
- numbered_notes: a footnote list "1  text" / "2  text" under a table whose rows carry bare note marks;
- key_line: a one-line key of letter codes ("P paid  .  D not paid ...") printed apart from the numbered notes;
- msg_panel: a provider bill's message panel (a bold title strip and running text);
- typed_cover / hand_cover: home-made fax covers as pages of their own (they belong to no document), the first in a
  typewriter face with whatever captions the sender typed, the second hand-lettered on a ruled pad.
Everything else comes from round ER's ERSheet (famrf) and what it inherits. Every name and number printed here is
invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_rounder_famrf import (ERSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits,  # noqa: F401
                               dmy_long, dmy_slash, dmy_upper, dr, es_date, es_wday, first_last, iso, last_first,
                               long, m2, mdyyyy, money_es, n2, nodollar, ord_long, out, plain, plus, sign, slash,
                               truth, usd, wday_long, workday, yy)

OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
BOLD_OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"

# --- invented people ----------------------------------------------------------------------------------------------
# LTD claimants and their families (Upper Midwest: Lake Superior shore, the Iron Range, western Wisconsin)
LD_F = ["Aune", "Bernice", "Carita", "Dorene", "Elvi", "Francine", "Gwendolyn", "Helmi", "Ione", "Jolene", "Kaija",
        "Lorna", "Marit", "Nelda", "Orpha", "Pirkko", "Raija", "Signe", "Toini", "Vieno", "Wanda", "Lempi"]
LD_M = ["Arvid", "Bruno", "Clarence", "Duane", "Eino", "Ferdinand", "Gust", "Hjalmar", "Ivar", "Jarl", "Kalle",
        "Leonard", "Matti", "Niilo", "Oiva", "Reino", "Sulo", "Toivo", "Urho", "Viljo", "Waino", "Dale"]
LD_LAST = ["Aho", "Hautala", "Kangas", "Lahti", "Maki", "Niemi", "Ojala", "Perala", "Rautio", "Salminen", "Tapio",
           "Uusitalo", "Wiitala", "Koski", "Heikkila", "Jarvinen", "Kivisto", "Luoma", "Manninen", "Pelto",
           "Saarela", "Tuominen", "Zelinski", "Bzdok", "Grabowski", "Sobczak", "Wojcik", "Pawlak", "Dudek"]
# clinicians, rehabilitation counsellors and insurer / administrator staff
LC_F = ["Amabel", "Berenice", "Cressida", "Damaris", "Eirlys", "Fionnuala", "Gwenllian", "Hebe", "Isolde", "Jocasta",
        "Leonie", "Marguerite", "Nerys", "Olwen", "Philippa", "Rhiannon", "Sidony", "Tamsin", "Verena"]
LC_M = ["Auberon", "Bevis", "Crispin", "Dafydd", "Emrys", "Fergus", "Gervase", "Hywel", "Inigo", "Jasper", "Lancelot",
        "Malachy", "Nye", "Osric", "Percival", "Rhodri", "Swithin", "Tristram", "Wystan"]
LC_LAST = ["Abernant", "Bellingham", "Cadwallader", "Dewhurst", "Enderby", "Fairclough", "Gethin", "Hollinrake",
           "Ingleby", "Jevons", "Kenchington", "Llewellyn", "Mortlake", "Nankivell", "Ormerod", "Penhaligon",
           "Quartermaine", "Rowntree", "Scarisbrick", "Trevelyan", "Vosper", "Wolstenholme", "Yelland", "Ashcroft",
           "Bosanquet", "Carnforth", "Dunstable", "Eversleigh", "Gresley", "Harcourt"]
# tower crane operators, riggers, signal persons and their families (Chicago, Milwaukee, the Twin Cities)
CR_F = ["Angie", "Brittany", "Carly", "Dena", "Erin", "Felicia", "Gina", "Holly", "Jenna", "Kristy", "Lori", "Marla",
        "Nicole", "Paula", "Rene", "Stacy", "Tina", "Vonda"]
CR_M = ["Artie", "Brody", "Chaz", "Dominic", "Eddie", "Frankie", "Gus", "Hector", "Jimmy", "Kurt", "Luke", "Mickey",
        "Nate", "Pete", "Ricky", "Stosh", "Tony", "Vince", "Walt", "Zach"]
CR_LAST = ["Bartkowiak", "Cerny", "DeLuca", "Fitzpatrick", "Gorski", "Hanrahan", "Iannotti", "Jablonski",
           "Kowalski", "Lombardo", "Mazurek", "Novak", "O'Rourke", "Pasquale", "Quinlan", "Rzeszutek", "Sandoval",
           "Tomczak", "Urbanski", "Vitale", "Wisniewski", "Zajac", "Brannigan", "Costello", "Dombrowski",
           "Flanagan", "Gallagher", "Kaczmarek", "Moriarty", "Podraza"]
# clinicians and trust / administrator staff of the crane plan
CS_F = ["Adaeze", "Beatrix", "Calliope", "Dymphna", "Elowen", "Fleur", "Georgiana", "Honora", "Ianthe", "Juno",
        "Kerensa", "Liesl", "Mirabel", "Niamh", "Oona", "Persephone", "Roisin", "Sunniva", "Thomasina"]
CS_M = ["Alaric", "Benedikt", "Cosmo", "Dashiell", "Evander", "Florian", "Gideon", "Hugo", "Isidore", "Jolyon",
        "Kit", "Lysander", "Magnus", "Noel", "Orlando", "Ptolemy", "Rafferty", "Sebastian", "Tobias"]
CS_LAST = ["Ackroyd", "Blythe", "Calloway", "Dunphy", "Eastwood", "Fennimore", "Goldthorpe", "Hebblethwaite",
           "Isherwood", "Jardine", "Kirkpatrick", "Lightfoot", "Mallinson", "Northcott", "Oddie", "Pickersgill",
           "Rathbone", "Stapleton", "Thackeray", "Underwood", "Villiers", "Whiteley", "Yardley", "Armitage",
           "Brocklehurst", "Cheverton", "Dearlove", "Entwistle", "Fazakerley", "Greatorex"]
# Spanish speakers
ES_F = ["Adelina", "Brígida", "Celestina", "Domitila", "Eufemia", "Fermina", "Griselda", "Hermelinda", "Ifigenia",
        "Juliana", "Leonor", "Maximina", "Nicolasa", "Obdulia", "Paulina", "Reyna"]
ES_M = ["Abundio", "Baldomero", "Cipriano", "Damián", "Efrén", "Fortino", "Gumersindo", "Heriberto", "Ismael",
        "Jerónimo", "Leandro", "Moisés", "Nicanor", "Odilón", "Porfirio", "Rigoberto"]
ES_LAST = ["Alvarado", "Bustamante", "Cervantes", "Domínguez", "Elizondo", "Fajardo", "Gallegos", "Huerta",
           "Iturbide", "Lozano", "Medrano", "Noriega", "Orozco", "Palomares", "Quintanilla", "Rangel", "Saucedo",
           "Tamez", "Valdivia", "Zepeda"]

POOLS = {"ld": ({"F": LD_F, "M": LD_M}, LD_LAST), "lc": ({"F": LC_F, "M": LC_M}, LC_LAST),
         "cr": ({"F": CR_F, "M": CR_M}, CR_LAST), "cs": ({"F": CS_F, "M": CS_M}, CS_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "ld", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'ld'
    (LTD claimants), 'lc' (their clinicians, counsellors, insurer staff), 'cr' (crane crews), 'cs' (the crane plan's
    clinicians and staff) or 'es'; sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "218") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dots(rng: random.Random, area: str = "218") -> str:
    return f"{area}.555.{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    """An ID printed in groups: grouped('IS44710932', [2, 4, 4]) -> 'IS 4471 0932'."""
    out_, i = [], 0
    for k in sizes:
        out_.append(s[i:i + k])
        i += k
    if i < len(s):
        out_.append(s[i:])
    return sep.join(x for x in out_ if x)


# --- dates ---------------------------------------------------------------------------------------------------------
def wd_short(d: dt.date) -> str:
    """Mon 06/01/2026"""
    return d.strftime("%a %m/%d/%Y")


def wd_abbr(d: dt.date) -> str:
    """Tue, Aug 11, 2026"""
    return d.strftime("%a, %b %-d, %Y")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def of_date(d: dt.date) -> str:
    """the 10th of June 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B')} {d.year}"


def dots(d: dt.date) -> str:
    """06.10.2026 (month first, dotted, as some billing systems print it)"""
    return d.strftime("%m.%d.%Y")


def mon_day(d: dt.date) -> str:
    """Jun 10"""
    return d.strftime("%b %-d")


def sept(d: dt.date) -> str:
    """Sept 14 2026 (how a person types a date on a cover)"""
    m = {9: "Sept", 6: "June", 7: "July"}.get(d.month, d.strftime("%b"))
    return f"{m} {d.day} {d.year}"


def num_word(n: int) -> str:
    return ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][n]


class ESSheet(ERSheet):
    """ERSheet plus a spaced-capitals wordmark with its legal name under it, a logo word with a small legal name, a
    brand broken over two lines beside a drawn tower crane, numbered footnotes under tables, a letter-code key line
    and a bill's message panel."""

    # --- drawn marks ----------------------------------------------------------------------------------------------
    def lake_mark(self, x: float, y: float, s: float):
        """A ring holding a low sun over three wavy lines (a lake)."""
        self.set_line_width(0.6)
        self.ellipse(x, y, s, s)
        cx = x + s / 2
        self.set_fill_color(30, 30, 30)
        self.ellipse(cx - s * 0.16, y + s * 0.18, s * 0.32, s * 0.32, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.45)
        for k in range(3):
            yy_ = y + s * (0.56 + k * 0.11)
            pts = []
            for i in range(17):
                t = i / 16
                pts.append((x + s * (0.16 + 0.68 * t), yy_ + math.sin(t * math.pi * 4) * s * 0.03))
            self.polyline(pts)
        self.set_line_width(0.2)

    def jib_mark(self, x: float, y: float, s: float):
        """A crane jib drawn as a lattice triangle strip with a hook hanging from its tip."""
        self.set_line_width(0.5)
        top, bot = y + s * 0.22, y + s * 0.42
        self.line_seg(x, bot, x + s * 1.6, bot)
        self.line_seg(x, top, x + s * 1.6, top + s * 0.12)
        n = 8
        for i in range(n):
            xa = x + s * 1.6 * i / n
            xb = x + s * 1.6 * (i + 1) / n
            ya = top + s * 0.12 * i / n
            self.line_seg(xa, bot, xb, ya + s * 0.12 / n)
        tip = x + s * 1.5
        self.line_seg(tip, bot, tip, y + s * 0.78)
        self.ellipse(tip - s * 0.07, y + s * 0.78, s * 0.14, s * 0.14)
        self.set_fill_color(30, 30, 30)
        self.rect(x - s * 0.02, top - s * 0.05, s * 0.22, bot - top + s * 0.1, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def crane_mark(self, x: float, y: float, s: float):
        """A tower crane: a lattice mast, a long jib to the right, a short counter-jib with its block to the left."""
        self.set_line_width(0.5)
        mx = x + s * 0.32
        mw = s * 0.12
        self.line_seg(mx, y + s * 0.2, mx, y + s)
        self.line_seg(mx + mw, y + s * 0.2, mx + mw, y + s)
        k = 6
        for i in range(k):
            ya = y + s * 0.2 + (s * 0.8) * i / k
            yb = y + s * 0.2 + (s * 0.8) * (i + 1) / k
            self.line_seg(mx, ya, mx + mw, yb)
        self.line_seg(x, y + s * 0.2, x + s * 1.25, y + s * 0.2)
        self.line_seg(x + s * 0.08, y + s * 0.27, x + s * 1.25, y + s * 0.27)
        self.line_seg(mx + mw / 2, y, x + s * 1.25, y + s * 0.2)
        self.line_seg(mx + mw / 2, y, x, y + s * 0.2)
        self.set_fill_color(30, 30, 30)
        self.rect(x, y + s * 0.27, s * 0.16, s * 0.12, style="F")
        self.set_fill_color(255, 255, 255)
        hx = x + s * 1.05
        self.line_seg(hx, y + s * 0.27, hx, y + s * 0.62)
        self.rect(hx - s * 0.04, y + s * 0.62, s * 0.08, s * 0.07)
        self.set_line_width(0.2)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def spaced_legal_head(self, brand: str, legal: str, right: list[str], tagline: str | None = None,
                          box: str | None = None, size: float = 20, mark: bool = True, rule: bool = True):
        """The brand letter-spaced ("W E N D M E R E"), the legal name in small letter-spaced capitals directly
        under it, an optional grey tagline, a lake mark at the left, contact lines at the right, a boxed title."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.85
        if mark:
            self.lake_mark(x, y0, s)
            x += s + 3.5
        self.set_font("Serif", "B", size)
        self.set_xy(x, y0 + 0.4)
        self.cell(0, size * 0.44, " ".join(brand.upper()))
        yy_ = y0 + 0.4 + size * 0.44 + 1.0
        self.set_char_spacing(1.1)
        self.f(size * 0.34, "B")
        self.set_xy(x, yy_)
        self.cell(0, size * 0.2, legal.upper())
        self.set_char_spacing(0)
        yy_ += size * 0.2 + 1.4
        if tagline:
            self.set_text_color(80, 80, 80)
            self.f(7.4)
            self.set_xy(x, yy_)
            self.cell(0, 3.4, tagline)
            yy_ += 3.8
            self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def logo_legal_head(self, word: str, legal: str, right: list[str], tagline: str | None = None,
                        box: str | None = None, size: float = 21, rule: bool = True):
        """A drawn crane jib beside a heavy logo word; the legal name set small directly under the word; an optional
        tagline under that; contact lines at the right; an optional boxed title."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.55
        self.jib_mark(self.l_margin, y0, s)
        x = self.l_margin + s * 1.75 + 2
        self.set_font(self.face, "B", size)
        self.set_xy(x, y0)
        ww = self.get_string_width(word)
        self.cell(ww + 1, size * 0.44, word)
        yy_ = y0 + size * 0.44 + 0.6
        self.f(6.6)
        self.set_xy(x, yy_)
        self.cell(ww, 3.0, legal, align="R")
        yy_ += 3.4
        if tagline:
            self.set_text_color(85, 85, 85)
            self.f(7.2)
            self.set_xy(x, yy_)
            self.cell(0, 3.3, tagline)
            yy_ += 3.7
            self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.8)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def split_amp_head(self, top: str, bottom: str, beside: list[str], right: list[str], small: list[str] | None = None,
                       box: str | None = None, size: float = 20, rule: bool = True):
        """A drawn tower crane, the brand broken over two lines in heavy serif capitals, small lines set beside the
        break (right of the shorter line), optional small grey lines under the brand, contact lines at the right."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.95
        self.crane_mark(self.l_margin, y0 + 0.5, s)
        x = self.l_margin + s * 1.3 + 3
        self.set_font("Serif", "B", size)
        lh = size * 0.42
        self.set_xy(x, y0)
        self.cell(0, lh, top)
        self.set_xy(x, y0 + lh + 0.4)
        self.cell(0, lh, bottom)
        wb = self.get_string_width(bottom)
        wt = self.get_string_width(top)
        bx = x + min(wt, wb) + 3
        by = y0 + (lh + 0.4 if wb <= wt else 0) + 0.2
        self.f(7.6, "B")
        for i, ln in enumerate(beside):
            self.set_xy(bx, by + i * 3.4)
            self.cell(0, 3.3, ln)
        yy_ = y0 + 2 * lh + 1.6
        self.set_text_color(90, 90, 90)
        for ln in small or []:
            self.f(6.5)
            self.set_xy(x, yy_)
            self.cell(W * 0.58 - (x - self.l_margin), 3.0, ln)
            yy_ += 3.0
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.line_seg(self.l_margin, self.get_y() + 0.8, self.w - self.r_margin, self.get_y() + 0.8)
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    # --- notes and keys -------------------------------------------------------------------------------------------
    def numbered_notes(self, title: str | None, items: list[tuple[str, str]], size: float = 7.6, num_w: float = 5,
                       rule: bool = True):
        """A footnote list: each number bare at the left (no frame, no dot), its text hung beside it."""
        W = self.w - self.l_margin - self.r_margin
        lh = size * 0.46
        if rule:
            self.line_seg(self.l_margin, self.get_y(), self.l_margin + W * 0.35, self.get_y())
            self.ln(1.2)
        if title:
            self.f(size + 0.4, "B")
            self.cell(0, lh + 1, title, new_x="LMARGIN", new_y="NEXT")
        for num, text in items:
            self.f(size)
            need = len(self.multi_cell(W - num_w, lh, text, dry_run=True, output="LINES")) * lh
            if self.get_y() + need > self.page_break_trigger:
                self.add_page()
            y = self.get_y()
            self.set_x(self.l_margin)
            self.f(size, "B")
            self.cell(num_w, lh, num)
            self.f(size)
            self.multi_cell(W - num_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(self.get_y(), y + lh) + 0.6)
        self.ln(1.5)

    def key_line(self, lead: str, items: list[tuple[str, str]], size: float = 7.2):
        """A one-line key of letter codes: 'Status:  P paid  .  D not paid  .  R reduced'."""
        self.set_x(self.l_margin)
        self.f(size, "B")
        self.cell(self.get_string_width(lead) + 2, size * 0.5, lead)
        for i, (c, t) in enumerate(items):
            if i:
                self.f(size)
                self.cell(self.get_string_width("  \u00b7  "), size * 0.5, "  \u00b7  ")
            self.f(size, "B")
            self.cell(self.get_string_width(c) + 1.2, size * 0.5, c)
            self.f(size)
            self.cell(self.get_string_width(t), size * 0.5, t)
        self.ln(size * 0.5 + 1.5)

    def msg_panel(self, title: str, paras: list[str], size: float = 8.8, shade: int = 40):
        """A bill's message panel: a dark strip with the white title, then running text in a frame."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y, W, 5.4, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin + 2, y + 0.6)
        self.f(8.4, "B")
        self.cell(W - 4, 4.2, title)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 2.5, y + 7.2)
        for t in paras:
            self.f(size)
            self.set_x(self.l_margin + 2.5)
            self.multi_cell(W - 5, size * 0.47, t, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.4)
        self.rect(self.l_margin, y, W, self.get_y() - y + 0.8)
        self.ln(3.5)


# --- home-made fax covers (pages of their own; they belong to no document) -------------------------------------------
def typed_cover(top: list[str], rows: list[tuple[str, str]], note: list[str], sign_line: str,
                title: str = "FAX", slant: float = 0.0) -> bytes:
    """A cover someone typed at home or at a front desk in a typewriter face: an optional line or two at the top, a
    big title, whatever captions they typed (typos, 'Frm', '# of pgs', a subject run into 'Re:') with values in a
    ragged column, a note and a name. `slant` turns the whole text block a little, as a sheet fed crooked."""
    p = ESSheet(footer=None)
    p.set_margins(26, 24, 26)
    p.add_page()
    with p.rotation(slant, p.w / 2, p.h / 2):
        p.set_font("Mono", "", 9.6)
        for ln in top:
            p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(9)
        p.set_font("Mono", "B", 30)
        p.cell(0, 13, title, new_x="LMARGIN", new_y="NEXT")
        p.ln(6)
        for k, v in rows:
            p.set_font("Mono", "", 11)
            if v:
                p.cell(p.get_string_width(k) + 4, 8.2, k)
                p.set_x(max(p.get_x(), p.l_margin + 30))
                p.cell(0, 8.2, v, new_x="LMARGIN", new_y="NEXT")
            else:
                p.cell(0, 8.2, k, new_x="LMARGIN", new_y="NEXT")
        p.ln(8)
        p.set_font("Mono", "", 10.4)
        for ln in note:
            p.multi_cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
            p.ln(1.5)
        p.ln(5)
        p.cell(0, 5.2, sign_line, new_x="LMARGIN", new_y="NEXT")
    return out(p)


def _hand_text(p: ESSheet, rng: random.Random, x: float, y: float, text: str, size: float, font: str = "Hand"):
    """One line of lettering by hand: every letter its own size, tilt and baseline; the line drifts a little."""
    drift = rng.uniform(-0.035, 0.035)
    x0 = x
    for ch in text:
        p.set_font(font, "", size + rng.uniform(-0.8, 0.8))
        yy_ = y + rng.uniform(-0.4, 0.4) + drift * (x - x0)
        if ch != " ":
            with p.rotation(rng.uniform(-5, 5), x, yy_):
                p.text(x, yy_, ch)
        x += p.get_string_width(ch) * rng.uniform(0.98, 1.12)
    return x


def hand_cover(rng: random.Random, rows: list[tuple[str, str]], note: list[str], sign_line: str,
               pad_head: str | None = None, title: str = "FAX") -> bytes:
    """A cover lettered by hand in blue ink on a ruled pad page: a big hand-lettered title, caption / value lines as
    the writer chose them (a caption may be empty, so a line holds only what was written), a note, a name."""
    p = ESSheet(footer=None)
    p.add_font("Hand", "", OBLIQUE)
    p.add_font("HandB", "", BOLD_OBLIQUE)
    p.set_margins(16, 14, 16)
    p.add_page()
    y = 22.0
    if pad_head:
        p.f(8, "B")
        p.set_text_color(110, 110, 110)
        p.set_xy(16, 10)
        p.cell(0, 4, pad_head)
        p.set_text_color(0, 0, 0)
    p.set_draw_color(165, 180, 205)
    for k in range(21):
        p.line_seg(14, 40 + k * 10.5, p.w - 14, 40 + k * 10.5)
    p.set_draw_color(205, 140, 140)
    p.line_seg(30, 14, 30, p.h - 12)
    p.set_draw_color(0, 0, 0)
    p.set_text_color(25, 35, 110)
    _hand_text(p, rng, 40, y + 8, title, 34, "HandB")
    row = 0
    for k, v in rows:
        yy_ = 40 + row * 10.5 - 1.6
        x = 33 + rng.uniform(-1, 1.5)
        if k:
            x = _hand_text(p, rng, x, yy_, k, 14.5, "HandB") + 4
        _hand_text(p, rng, x, yy_, v, 14.5)
        row += 1
    row += 1
    for ln in note:
        _hand_text(p, rng, 33 + rng.uniform(-1, 2), 40 + row * 10.5 - 1.6, ln, 14)
        row += 1
    row += 1
    _hand_text(p, rng, 90 + rng.uniform(-2, 2), 40 + row * 10.5 - 1.6, sign_line, 15)
    p.set_text_color(0, 0, 0)
    return out(p)
