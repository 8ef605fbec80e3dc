"""Drawing helpers for round EV, helper famvd (papers mirrored from a state Title V program for children with special
health care needs: diagnostic evaluations, treatment authorisations, specialty clinic visits, a claims agent acting
on the program's behalf, family statements and provider remittances; an invented health trust for ski lift and
gondola operators whose eligibility is earned by season days).

Why: this round asks for statements and remittances with several claims on one page where only one is refused (by a
status word, a remark code or a zero paid), letterheads that are hard to read (a logo of initials whose full name is
only in the footer and the return address, a brand in spaced capitals, a brand split over two lines, an administrator
acting for a plan), identifiers that OCR finds hard (letters that look like digits in fixed places, spaced groups,
dependent suffixes, a member number only inside a sentence, a plan known only by a code in a table), providers named
several ways (billing practice and rendering clinician in their own columns, a facility and its attending physician,
a provider only in prose, a provider line with an address and an NPI), dates and deadlines in prose, and stacks
behind covers that are not typed fax covers. New here:
- EVSheet.gondola: a drawn gondola cabin hanging from its grip on a haul rope, the Trust's mark (ETSheet.split_brand
  and mark_logo draw it by name);
- EVSheet.initials_head: a letterhead that is only a logo of initials (heavy capitals in a double rounded frame, a
  short grey tagline and a post office box beside it); the program's full name appears nowhere in the head, only in
  the running footer and in the return address over the window;
- EVSheet.spaced_head: a brand in spaced capitals ("P E L L A C O M B E") with its legal name and an "acting on
  behalf of" line in small grey type under it;
- EVSheet.return_addr: the small return address line printed over the window address (the full name lives here);
- EVSheet.npi_line: one provider line - name, street address and "NPI ..." run along a single line with thin bars;
- EVSheet.grid_claims: a ruled claims grid with wrapped cells, one claim per band, whose first column holds the claim
  number in bold (every claim's number as prominent as the refused one's) and whose bands may carry a grey service
  line under them;
- EVSheet.date_boxes: a row of tall ruled boxes, each holding one date under its caption (admission and planned
  discharge in boxes of their own);
- routing_slip_cover: a county health department's printed routing slip pad (To lines with tick boxes, action tick
  boxes, a "Remarks" area) filled in by hand, used as the first page of a fax;
- shift_card_cover: a lift company's printed operator shift card (lift, tower, checks, wind holds grid) with a note
  lettered by hand across it, used as the first page of a copied stack.
Everything else comes from round EU's UESheet (kit_roundeu_famud) and what it inherits. Every name and number
printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeu_famud import (UESheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, iso, last_first, long, m2,
                               mdy_ord, mdyyyy, mon_yyyy, month_end, n2, nodollar, npi, nth, out, plus, sign, slash,
                               spaced_id, stamp_day, surname, the_of, the_of_c, tin, truth, usd, wd_comma, wd_short,
                               wd_tue, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# families of the children in the Title V program (plains and river towns)
TV_F = ["Annalise", "Briallen", "Corisande", "Delphina", "Elowen", "Fenella", "Galadria", "Honora", "Isolde",
        "Jessamy", "Kerensa", "Lowenna", "Morwenna", "Nerys", "Oriel", "Perpetua", "Rozenn", "Senara", "Tamsin",
        "Wenna"]
TV_M = ["Anwick", "Bastian", "Caspian", "Dorian", "Emrys", "Fintan", "Gawain", "Hollis", "Ithel", "Jory", "Kenver",
        "Lowen", "Merrick", "Nevin", "Peran", "Ruan", "Stennett", "Tristan", "Ulric", "Wystan"]
TV_LAST = ["Angarrack", "Boscawen", "Carnsew", "Dellamore", "Enys", "Godolphin", "Hendra", "Jenkyn", "Kitto",
           "Lanyon", "Menheniot", "Nankervis", "Pascoe", "Penhallow", "Quiller", "Roskilly", "Scobell", "Trewin",
           "Vivian", "Wearne", "Tremayne", "Polglaze", "Bolitho", "Chenoweth", "Eddy", "Hocking", "Jago", "Killigrew",
           "Minear", "Nance", "Opie", "Prideaux", "Rowse", "Spargo", "Tonkin", "Uren", "Veale", "Trebilcock"]
# clinicians, nurses and reviewers around the program
TC_F = ["Aurelie", "Benedikte", "Cosima", "Dorothea", "Emerentia", "Felicitas", "Gudula", "Henrike", "Ilka",
        "Josepha", "Kordelia", "Leonore", "Mechthild", "Ottilie", "Reinhild", "Swanhild", "Theodora", "Walburga"]
TC_M = ["Albrecht", "Bonifaz", "Cornelius", "Dietmar", "Eberhard", "Florian", "Gebhard", "Hilmar", "Ingolf",
        "Jost", "Konstantin", "Leopold", "Magnus", "Notker", "Oswin", "Rupprecht", "Severin", "Volkmar"]
TC_LAST = ["Altenburg", "Brettschneider", "Dannhauer", "Ebersbach", "Fleischhauer", "Gottschalk", "Hollerbach",
           "Ilsemann", "Kirchhoff", "Lindemann", "Muehlenberg", "Neuhaus", "Osterloh", "Pfeiffer", "Rosenthal",
           "Sandvoss", "Trautwein", "Waldmann", "Zimmerling", "Achterberg", "Buchholz", "Diepholz", "Engelhardt",
           "Friedrichs", "Grotefend", "Hasselbrink", "Jaspersen", "Kloppenburg", "Luedtke", "Meinecke", "Nordhoff",
           "Overbeck", "Quistorp", "Reinholdt", "Schwerdtfeger", "Tiedemann", "Westerkamp"]
# lift and gondola operators, lift mechanics and their families (mountain towns)
LF_F = ["Aspen", "Brynn", "Cadence", "Dakota", "Emberly", "Finley", "Greer", "Harlow", "Indigo", "Juniper",
        "Kestrel", "Larkin", "Marlowe", "Nova", "Oaklee", "Presley", "Rowan", "Sawyer", "Tatum", "Winslow"]
LF_M = ["Ansel", "Beckett", "Colter", "Dashiell", "Easton", "Fletcher", "Gunnar", "Hayes", "Ike", "Jasper",
        "Kellan", "Landry", "Maddox", "Nash", "Orrin", "Pierce", "Ryker", "Stellan", "Teague", "Wilder"]
LF_LAST = ["Abernathy", "Birkeland", "Crandall", "Dunkirk", "Eckstrom", "Furuseth", "Gjerde", "Halvorsen",
           "Ingebretsen", "Jorgensrud", "Kvale", "Lindqvist", "Moberg", "Nyhus", "Ostrander", "Pettersen", "Rasmussen",
           "Solheim", "Thorsby", "Ulvestad", "Vinje", "Wennberg", "Aasland", "Bjornstad", "Dahlquist", "Engebretson",
           "Fjelstad", "Grinde", "Haugland", "Isaksen", "Kolstad", "Lunde", "Myhre", "Norheim", "Oppegaard",
           "Rudd", "Strand", "Tveit"]
# clinicians, reviewers and fund office staff around the Trust
LC_F = ["Amandine", "Berenice", "Celestine", "Domitille", "Esmee", "Fantine", "Gwenaelle", "Heloise", "Irene",
        "Josephine", "Lucienne", "Maelle", "Noemie", "Ombeline", "Pauline", "Rosalie", "Severine", "Victoire"]
LC_M = ["Anatole", "Barnabe", "Clement", "Desire", "Edouard", "Firmin", "Gatien", "Honore", "Leandre", "Maximilien",
        "Nestor", "Onesime", "Prosper", "Raoul", "Sylvain", "Theophile", "Ulysse", "Valentin"]
LC_LAST = ["Aubertin", "Beaudry", "Courtemanche", "Duchesneau", "Etienne", "Fortier", "Gagnon", "Hamelin",
           "Lafleur", "Lemieux", "Morissette", "Nolet", "Pelletier", "Quintal", "Robichaud", "Sauvageau", "Turcotte",
           "Vachon", "Archambault", "Bellefeuille", "Desrochers", "Gauthier", "Lachance", "Marcoux", "Ouimet",
           "Paradis", "Rivard", "Simard", "Thibault", "Vezina"]
# Spanish speakers
SQ_F = ["Amparo", "Belen", "Consuelo", "Dulce", "Esperanza", "Fabiola", "Guadalupe", "Hortensia", "Inmaculada",
        "Jimena", "Lourdes", "Maricruz", "Nieves", "Obdulia", "Paloma", "Rocio", "Soledad", "Yadira"]
SQ_M = ["Anselmo", "Baltasar", "Crisanto", "Demetrio", "Evaristo", "Filiberto", "Gaudencio", "Heriberto", "Isauro",
        "Jacinto", "Lisandro", "Marcelino", "Nicanor", "Octavio", "Porfirio", "Rutilio", "Sabino", "Tranquilino"]
SQ_LAST = ["Alcantar", "Barraza", "Cisneros", "Duarte", "Escamilla", "Figueroa", "Galindo", "Huerta", "Ibarra",
           "Jaramillo", "Loera", "Mendivil", "Navarrete", "Olivas", "Pacheco", "Rentería", "Saucedo", "Villalobos",
           "Arellano", "Bustamante", "Carrasco", "Elizondo", "Gamboa", "Leyva", "Montelongo", "Quintero", "Zavala"]

POOLS = {"tv": ({"F": TV_F, "M": TV_M}, TV_LAST), "tc": ({"F": TC_F, "M": TC_M}, TC_LAST),
         "lf": ({"F": LF_F, "M": LF_M}, LF_LAST), "lc": ({"F": LC_F, "M": LC_M}, LC_LAST),
         "sq": ({"F": SQ_F, "M": SQ_M}, SQ_LAST)}


def people(rng: random.Random, n: int, kind: str = "tv", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'tv'
    (the program's children and families), 'tc' (the program's clinicians and staff), 'lf' (lift and gondola
    operators and their families), 'lc' (the Trust's clinicians and staff) or 'sq' (Spanish speakers); sexes: F / M
    / X a person; `last` gives a family's shared last name."""
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


def phone(rng: random.Random, area: str = "785") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def es_abbr(d: dt.date) -> str:
    """12-may-2026 (a Spanish table's date: day, abbreviated month, year)"""
    mon = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"][d.month - 1]
    return f"{d.day:02d}-{mon}-{d.year}"


def md_words(d: dt.date) -> str:
    """March 3 (a day inside a sentence whose year is said once at its end)"""
    return d.strftime("%B %-d")


class EVSheet(UESheet):
    """UESheet plus a gondola mark, an initials-only letterhead, a spaced-capitals letterhead with an 'on behalf of'
    line, a return address line, a provider line with its NPI, a claims grid and date boxes."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def gondola(self, x: float, y: float, s: float):
        """A gondola cabin of height s hanging from its grip on a slanting haul rope: the rope, the grip and hanger
        arm, a cabin with a rounded roof, a band of three windows and a dark skirt."""
        w = s * 0.78
        self.set_line_width(max(0.5, s * 0.05))
        self.line_seg(x - s * 0.05, y + s * 0.16, x + w + s * 0.05, y + s * 0.02)
        cx = x + w / 2
        self.set_fill_color(30, 30, 30)
        self.rect(cx - s * 0.07, y + s * 0.04, s * 0.14, s * 0.07, style="F")
        self.set_line_width(max(0.6, s * 0.06))
        self.line_seg(cx, y + s * 0.10, cx, y + s * 0.30)
        self.set_line_width(0.35)
        self.rect(x + w * 0.08, y + s * 0.30, w * 0.84, s * 0.66, style="D", round_corners=True,
                  corner_radius=s * 0.1)
        self.rect(x + w * 0.08, y + s * 0.30, w * 0.84, s * 0.12, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"),
                  corner_radius=s * 0.1)
        ww = w * 0.84 / 3
        for i in range(3):
            self.rect(x + w * 0.08 + i * ww + ww * 0.14, y + s * 0.47, ww * 0.72, s * 0.24, style="D")
        self.rect(x + w * 0.08, y + s * 0.78, w * 0.84, s * 0.18, style="F", round_corners=("BOTTOM_LEFT",
                                                                                           "BOTTOM_RIGHT"),
                  corner_radius=s * 0.1)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "gondola":
            self.gondola(x, y, s)
            return s * 0.78
        return super()._mark(kind, x, y, s)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def initials_head(self, initials: str, tagline: list[str], right: list[str], box: str | None = None,
                      size: float = 30, rule: bool = True):
        """A letterhead that is only a logo of initials: heavy capitals (a small gap between letters) in a double
        rounded frame at the left, a short grey tagline and a post office box beside it, contact lines right-aligned
        at the right, an optional boxed title under them, a rule. The issuer's full name is not in the head."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        self.set_font(self.face, "B", size)
        self.set_char_spacing(size * 0.05)
        tw = self.get_string_width(initials) + 6
        th = size * 0.42 + 4
        self.set_line_width(0.9)
        self.rect(x, y0, tw, th, round_corners=True, corner_radius=2.6)
        self.set_line_width(0.3)
        self.rect(x + 1.1, y0 + 1.1, tw - 2.2, th - 2.2, round_corners=True, corner_radius=1.8)
        self.set_xy(x, y0 + 2)
        self.cell(tw, size * 0.42, initials, align="C")
        self.set_char_spacing(0)
        yy_ = y0 + 1.2
        self.set_text_color(80, 80, 80)
        for i, ln in enumerate(tagline):
            self.f(8.6 if i == 0 else 7.2, "B" if i == 0 else "")
            self.set_xy(x + tw + 4, yy_)
            self.cell(W * 0.6 - tw - 4, 4.0 if i == 0 else 3.4, ln)
            yy_ += 4.2 if i == 0 else 3.4
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + th) + 2)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def spaced_head(self, brand: str, legal: str, behalf: str, right: list[str], box: str | None = None,
                    size: float = 17, mark: str | None = None):
        """A brand in spaced capitals (a space between letters), the legal name small under it and an 'acting on
        behalf of' line in grey under that; an optional drawn mark at the left; contact lines right-aligned at the
        right; an optional boxed title under them; a thin double rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        if mark:
            x += self._mark(mark, x, y0, size * 0.62) + 3
        self.set_font(self.face, "B", size)
        self.set_xy(x, y0)
        self.cell(W * 0.62, size * 0.42, " ".join(brand.upper()))
        yy_ = y0 + size * 0.42 + 1.2
        self.f(7.6, "B")
        self.set_xy(x, yy_)
        self.cell(W * 0.6, 3.6, legal)
        yy_ += 3.8
        self.set_text_color(90, 90, 90)
        self.f(7.0)
        self.set_xy(x, yy_)
        self.multi_cell(W * 0.58 - (x - self.l_margin), 3.2, behalf, new_x="LEFT", new_y="NEXT")
        yy_ = self.get_y()
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        y = max(yy_, ry) + 1.8
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 0.8, self.w - self.r_margin, y + 0.8)
        self.set_y(y + 4.5)

    # --- small blocks ---------------------------------------------------------------------------------------------
    def return_addr(self, text: str, size: float = 6.6, w: float | None = None):
        """The small return address line over the window address, underlined by a hair rule; it wraps onto a second
        line within `w` mm (half the text width unless given), so that it never runs into a block at the right."""
        W = self.w - self.l_margin - self.r_margin
        w = w or W * 0.48
        self.set_text_color(70, 70, 70)
        self.f(size)
        self.set_x(self.l_margin)
        lines = self.multi_cell(w, size * 0.45, text, dry_run=True, output="LINES")
        self.multi_cell(w, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")
        lw = min(w, max(self.get_string_width(ln) for ln in lines) + 1)
        self.set_draw_color(120, 120, 120)
        self.line_seg(self.l_margin, self.get_y() + 0.3, self.l_margin + lw, self.get_y() + 0.3)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.ln(2.2)

    def npi_line(self, caption: str, name: str, address: str, npi_no: str, size: float = 8.8):
        """'Caption  Name | address | NPI 1234567890' on one line, thin bars between the parts."""
        self.set_x(self.l_margin)
        self.f(size - 1.4)
        self.set_text_color(80, 80, 80)
        self.cell(self.get_string_width(caption) + 2.5, size * 0.5, caption)
        self.set_text_color(0, 0, 0)
        for i, part in enumerate((name, address, f"NPI {npi_no}")):
            if i:
                x = self.get_x() + 1.4
                self.line_seg(x, self.get_y() + 0.6, x, self.get_y() + size * 0.5 - 0.6)
                self.set_x(x + 1.6)
            self.f(size, "B" if i == 0 else "")
            self.cell(self.get_string_width(part) + 1, size * 0.5, part)
        self.ln(size * 0.5 + 1.5)

    def grid_claims(self, head: list[str], bands: list[dict], widths: list[float], aligns: list[str],
                    size: float = 7.6, totals: list[str] | None = None):
        """A ruled claims grid, one band per claim. band: {"cells": [...], "line": optional grey service line under
        the cells (inside the band)}. Cells wrap; the first cell (the claim number) is set in bold in every band, so
        no claim number stands out. An optional bold totals row."""
        x0 = self.l_margin
        W = sum(widths)
        lh = size * 0.45
        self.f(size - 0.5, "B")
        n = max(len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 1.8
        y = self.get_y()
        self.set_fill_color(222, 222, 222)
        self.rect(x0, y, W, hh, style="DF")
        self.set_fill_color(255, 255, 255)
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x + 0.6, y + 0.9)
            self.multi_cell(w - 1.2, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        y += hh
        for b in bands:
            self.f(size)
            nl = max(len(self.multi_cell(w - 1.2, lh, c, dry_run=True, output="LINES")) for c, w in
                     zip(b["cells"], widths))
            h = nl * lh + 1.6 + (lh + 0.6 if b.get("line") else 0)
            if y + h > self.h - 24:
                self.add_page()
                y = self.get_y()
            self.rect(x0, y, W, h)
            x = x0
            for j, (c, w, a) in enumerate(zip(b["cells"], widths, aligns)):
                self.f(size, "B" if j == 0 else "")
                self.set_xy(x + 0.6, y + 0.8)
                self.multi_cell(w - 1.2, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                if j:
                    self.set_draw_color(170, 170, 170)
                    self.line_seg(x, y, x, y + nl * lh + 1.6)
                    self.set_draw_color(0, 0, 0)
                x += w
            if b.get("line"):
                self.set_text_color(80, 80, 80)
                self.f(size - 0.8)
                self.set_xy(x0 + widths[0] + 0.6, y + nl * lh + 1.4)
                self.cell(W - widths[0] - 1.2, lh, b["line"])
                self.set_text_color(0, 0, 0)
            y += h
        if totals:
            x = x0
            self.set_fill_color(238, 238, 238)
            self.rect(x0, y, W, lh + 2.2, style="DF")
            self.set_fill_color(255, 255, 255)
            for c, w, a in zip(totals, widths, aligns):
                self.f(size, "B")
                self.set_xy(x + 0.6, y + 1.1)
                self.cell(w - 1.2, lh, c, align=a)
                x += w
            y += lh + 2.2
        self.set_xy(x0, y + 2.5)

    def date_boxes(self, cells: list[tuple[str, str]], w: float = 44, h: float = 15, size: float = 11,
                   cap: float = 6.6, gap: float = 4, x: float | None = None):
        """A row of tall ruled boxes, each with its caption small at the top and one value (a date) large under it."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        for i, (capt, val) in enumerate(cells):
            xx = x0 + i * (w + gap)
            self.set_line_width(0.45)
            self.rect(xx, y, w, h)
            self.set_line_width(0.2)
            self.set_text_color(70, 70, 70)
            self.f(cap, "B")
            self.set_xy(xx + 1.5, y + 1.2)
            self.cell(w - 3, cap * 0.45, capt.upper())
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(xx + 1.5, y + h - size * 0.5 - 2)
            self.cell(w - 3, size * 0.5, val)
        self.set_xy(self.l_margin, y + h + 3)


# --- covers (pages of their own, in no document) --------------------------------------------------------------------
def _tick(p: EVSheet, x: float, y: float, on: bool, rng: random.Random, s: float = 3.6):
    p.set_line_width(0.3)
    p.rect(x, y, s, s)
    p.set_line_width(0.2)
    if on:
        p.set_line_width(0.7)
        j = rng.uniform(-0.4, 0.4)
        p.line_seg(x + 0.4, y + s * 0.55 + j, x + s * 0.42, y + s + 0.3)
        p.line_seg(x + s * 0.42, y + s + 0.3, x + s + 1.4, y - 1.0 + j)
        p.set_line_width(0.2)


def routing_slip_cover(rng: random.Random, office: list[str], to_rows: list[tuple[bool, str]],
                       actions: list[tuple[bool, str]], remarks: list[str], sender: str, date_s: str,
                       tx: str | None = None, tx_total: int | None = None) -> bytes:
    """A county health department's printed ROUTING SLIP pad used as the first page of a fax: the office's name
    printed small at the top, "ROUTING SLIP" in heavy capitals, printed To lines (tick box, a ruled line) filled in
    by hand, a printed column of action tick boxes (some ticked by hand), a ruled "Remarks" area lettered by hand,
    "From" and "Date" lines filled in by hand. A page of its own."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(22, 18, 22)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(8.2, "B")
    p.set_xy(p.l_margin, 20)
    p.cell(W, 4, office[0], align="C")
    p.f(7.2)
    for i, ln in enumerate(office[1:]):
        p.set_xy(p.l_margin, 24.4 + i * 3.4)
        p.cell(W, 3.4, ln, align="C")
    y = 26 + len(office[1:]) * 3.4 + 4
    p.set_font("Sans", "B", 22)
    p.set_char_spacing(2.2)
    p.set_xy(p.l_margin, y)
    p.cell(W, 10, "ROUTING SLIP", align="C")
    p.set_char_spacing(0)
    y += 14
    p.set_line_width(0.6)
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.set_line_width(0.2)
    y += 5
    p.f(9, "B")
    p.set_xy(p.l_margin, y)
    p.cell(40, 5, "TO  (name / office)")
    p.set_xy(p.l_margin + W * 0.62, y)
    p.cell(W * 0.38, 5, "ACTION")
    y += 8
    ya = y
    for on, name in to_rows:
        _tick(p, p.l_margin, y - 3.6, on, rng)
        p.set_draw_color(140, 140, 140)
        p.line_seg(p.l_margin + 6, y + 0.8, p.l_margin + W * 0.58, y + 0.8)
        p.set_draw_color(0, 0, 0)
        if name:
            p.hand(p.l_margin + 8, y, name, 12.5, rng, rise=rng.uniform(-0.4, 0.8))
        y += 10
    for on, act in actions:
        _tick(p, p.l_margin + W * 0.62, ya - 3.6, on, rng)
        p.f(8.6)
        p.set_xy(p.l_margin + W * 0.62 + 6, ya - 3.8)
        p.cell(W * 0.38 - 6, 4.4, act)
        ya += 7.2
    y = max(y, ya) + 4
    p.f(9, "B")
    p.set_xy(p.l_margin, y)
    p.cell(30, 5, "REMARKS")
    y += 9
    p.set_draw_color(150, 150, 150)
    for i in range(max(len(remarks), 7)):
        p.line_seg(p.l_margin, y + i * 11 + 1, p.l_margin + W, y + i * 11 + 1)
    p.set_draw_color(0, 0, 0)
    for i, ln in enumerate(remarks):
        p.hand(p.l_margin + rng.uniform(1, 6), y + i * 11, ln, 13.5, rng, rise=rng.uniform(-0.6, 1.2))
    y += max(len(remarks), 7) * 11 + 8
    for capt, val in (("FROM", sender), ("DATE", date_s)):
        p.f(9, "B")
        p.set_xy(p.l_margin, y - 4)
        p.cell(18, 5, capt)
        p.set_draw_color(140, 140, 140)
        p.line_seg(p.l_margin + 18, y + 1, p.l_margin + W * 0.7, y + 1)
        p.set_draw_color(0, 0, 0)
        p.hand(p.l_margin + 22, y, val, 13, rng, rise=rng.uniform(-0.5, 0.8))
        y += 12
    p.f(6.6)
    p.set_text_color(100, 100, 100)
    p.set_xy(p.l_margin, p.h - 18)
    p.cell(W, 3, "Form CH-114 routing slip (pad of 100)  -  do not use for original records", align="C")
    p.set_text_color(0, 0, 0)
    return out(p)


def shift_card_cover(rng: random.Random, company: list[str], card_no: str, lines: list[tuple[float, str]],
                     size: float = 14.5) -> bytes:
    """A lift company's printed OPERATOR SHIFT CARD used as the top page of a copied stack: the company's name with a
    gondola mark, the card's title and printed number, printed caption lines (Lift / Station / Operator / Shift), a
    printed grid of opening checks and wind holds left blank, and lines lettered by hand right across the card at
    their own heights in mm from the top. A page of its own."""
    p = EVSheet(footer=None)
    p.set_margins(18, 16, 18)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.gondola(p.l_margin, 16, 14)
    p.set_font("Sans", "B", 14)
    p.set_xy(p.l_margin + 14, 16.5)
    p.cell(W * 0.6, 6, company[0])
    p.f(7.4)
    for i, ln in enumerate(company[1:]):
        p.set_xy(p.l_margin + 14, 23.5 + i * 3.4)
        p.cell(W * 0.6, 3.3, ln)
    p.f(11, "B")
    p.set_xy(p.l_margin + W * 0.55, 16.5)
    p.cell(W * 0.45, 6, "OPERATOR SHIFT CARD", align="R")
    p.f(9)
    p.set_xy(p.l_margin + W * 0.55, 23)
    p.cell(W * 0.45, 5, f"No. {card_no}", align="R")
    y = 40
    p.f(8.2, "B")
    for capt, cw in (("Lift", 0.30), ("Station", 0.22), ("Operator", 0.28), ("Shift", 0.20)):
        x = p.get_x() if capt != "Lift" else p.l_margin
        p.set_xy(x, y)
        p.cell(16, 5, capt)
        p.line_seg(x + 16, y + 5, x + W * cw - 3, y + 5)
        p.set_x(x + W * cw)
    y = 52
    cols = [("Opening check", 0.34), ("Time", 0.12), ("OK", 0.08), ("Wind (mph)", 0.16), ("Hold / reason", 0.30)]
    p.set_fill_color(225, 225, 225)
    p.rect(p.l_margin, y, W, 6, style="DF")
    p.set_fill_color(255, 255, 255)
    x = p.l_margin
    p.f(7.8, "B")
    for c, frac in cols:
        p.set_xy(x + 1, y + 0.6)
        p.cell(W * frac - 2, 5, c)
        x += W * frac
    checks = ["Haul rope & splice", "Sheave trains / towers", "Bullwheel & brakes", "Comm & stop circuits",
              "Ramps, mazes, signs", "Evac kit & radio", "Restraint bars (chairs)", "Anemometer reading"]
    p.set_draw_color(150, 150, 150)
    for i, ck in enumerate(checks + [""] * 7):
        yy_ = y + 6 + i * 9
        p.line_seg(p.l_margin, yy_ + 9, p.l_margin + W, yy_ + 9)
        if ck:
            p.f(7.6)
            p.set_text_color(90, 90, 90)
            p.set_xy(p.l_margin + 1, yy_ + 2)
            p.cell(W * 0.34 - 2, 4.4, ck)
            p.set_text_color(0, 0, 0)
    x = p.l_margin
    for c, frac in cols[:-1]:
        x += W * frac
        p.line_seg(x, y, x, y + 6 + 15 * 9)
    p.rect(p.l_margin, y, W, 6 + 15 * 9)
    p.set_draw_color(0, 0, 0)
    p.f(6.8)
    p.set_xy(p.l_margin, y + 6 + 15 * 9 + 2)
    p.cell(W, 3.4, "Turn in at the base station at end of shift.  Holds over 15 minutes: radio Lift Maintenance.",
           align="C")
    for yy_, ln in lines:
        p.hand(p.l_margin + rng.uniform(2, 9), yy_, ln, size, rng, rise=rng.uniform(-0.8, 1.4))
    return out(p)
