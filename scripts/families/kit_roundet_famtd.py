"""Drawing helpers for round ET, helper famtd (papers mirrored from a state crime victim compensation program that
pays victims' medical and counselling bills as the payer of last resort; an invented health plan for commercial
bakery and bread-route workers with night-shift hours and route-day eligibility).

Why: this round asks for IDs whose letters a poor capture reads as digits, claim rows carrying numbered note marks
keyed by a numbered list under the table (with a "Paid by other plan" column), captions that pair two things ("Plan /
Group", "Member / Suffix") or sit under their boxes or in a narrow column far from their values, letterheads drawn as
wordmarks, a provider's bill that names the refused visit only in its message, a letter whose member facts sit in a
box on its second page, and stacks with home-made or office fax covers. Round ES's ESSheet already draws most of
that (numbered notes, ruled claim rows with inline-caption lines, hand lettering, wordmarks). New here:
- ETSheet.wheat / ETSheet.scales: two drawn marks (an ear of wheat; a balance with two pans on a post);
- ETSheet.split_brand: a brand broken over two lines in heavy serif capitals beside the wheat mark, the legal name
  small under the second half, a tagline, contact lines at the right (the halves are not words the letters use);
- ETSheet.logo_under: a logo word (an abbreviation the body uses alone) beside the scales mark, the program's legal
  name small directly under it and the office line under that;
- ETSheet.far_rows: captions in a narrow grey column at the left, each value flush right at the far edge of the
  block, joined only by a hairline (the eye has to travel across the page to pair them);
- ETSheet.facts_box: a framed box of member facts with a dark title strip (used on a letter's SECOND page);
- ETSheet.msg_box: a provider statement's message panel with a heavy left bar;
- ETSheet.acct_band: a hospital statement's band of account cells (statement date, account, amount due, pay by);
- ETSheet.mark_rows: ESSheet's ruled claims table with the inline-caption lines' grey and size adjustable, so that a
  remittance can print them black at nearly full size (grey 85 small type does not survive a standard fax);
- notepad_cover: a page torn from a spiral notepad (ruled lines, a red margin drawn grey, the spiral holes), lettered
  by hand (a cover a spouse writes at the kitchen table);
- check_cover: an office's printed fax cover with tick boxes (Urgent, For review, Please reply ...), a "Number of
  pages including this cover" line and a boxed notice (a county victim-witness office's form).
Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundes_famsf import (ESSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, iso, last_first, long, m2,
                               mdyyyy, month_end, n2, nodollar, npi, nth, ord_long, out, plus, sign, slash,
                               spaced_id, surname, the_of, tin, tollfree, truth, usd, wd_short, wd_tue, wday_long,
                               workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# Corrowmere residents (victims, family members, advocates)
VR_F = ["Ardith", "Bettina", "Corliss", "Dovie", "Evadne", "Florrie", "Glennis", "Henrietta", "Idonea", "Jessamine",
        "Kittie", "Lorna", "Merial", "Noreen", "Oriel", "Philippa", "Rosalind", "Sybella", "Thomasina", "Winifred"]
VR_M = ["Alaric", "Barnaby", "Cuthbert", "Dashiell", "Eamon", "Fitzroy", "Gideon", "Hollis", "Ignatius", "Jasper",
        "Kenrick", "Leopold", "Mortimer", "Norris", "Osric", "Peregrine", "Quincy", "Rupert", "Thaddeus", "Wendell"]
VR_LAST = ["Abernethy", "Blackwood", "Carrick", "Drummond", "Elphinstone", "Fenwick", "Galbraith", "Hargreave",
           "Inchbald", "Jardine", "Kilgour", "Lockhart", "Macaulay", "Nairn", "Ogilvy", "Pettigrew", "Rintoul",
           "Strachan", "Tulloch", "Urquhart", "Wedderburn", "Buchanan", "Colquhoun", "Dalgleish"]
# Corrowmere clinicians, counsellors, program staff
VC_F = ["Aoife", "Brigid", "Caoimhe", "Deirdre", "Eithne", "Fiadh", "Grainne", "Isolde", "Maeve", "Niamh", "Orla",
        "Roisin", "Saoirse", "Siobhan", "Una", "Clodagh", "Muirne", "Ailbhe"]
VC_M = ["Ailill", "Brendan", "Cathal", "Diarmuid", "Eoghan", "Fergal", "Lorcan", "Niall", "Oisin", "Padraig",
        "Ronan", "Seamus", "Tadhg", "Colm", "Donnacha", "Cormac", "Ruairi", "Fintan"]
VC_LAST = ["Ahearne", "Breathnach", "Cusack", "Dunleavy", "Enright", "Fahey", "Geraghty", "Hennessy", "Kinsella",
           "Lenihan", "McGillycuddy", "Nolan", "O'Dwyer", "Prendergast", "Quigley", "Rafferty", "Scanlan", "Tierney",
           "Whelan", "Costigan", "Mulcahy", "Hanrahan"]
# bakery production workers, route drivers and their families
BW_F = ["Alvina", "Bernice", "Cleda", "Doreen", "Earlene", "Faye", "Gaynell", "Hazel", "Imogene", "Jewel", "LaVerne",
        "Maxine", "Nadine", "Opal", "Pansy", "Ruby", "Shirlene", "Twila"]
BW_M = ["Alvin", "Buford", "Clovis", "Delmar", "Elwood", "Ferrell", "Gaylord", "Homer", "Irvin", "Jethro", "Lamar",
        "Merle", "Newt", "Orville", "Purcell", "Rayburn", "Virgil", "Wilbur"]
BW_LAST = ["Applewhite", "Bumgarner", "Crabtree", "Dillard", "Eubanks", "Fortenberry", "Gentry", "Hatfield",
           "Isbell", "Jernagan", "Kilgore", "Lankford", "McAlister", "Needham", "Overstreet", "Pennington", "Rutledge",
           "Stallings", "Tidwell", "Vanhook", "Whisenant", "Yarbrough"]
# clinicians, reviewers and office staff of the bakery plan
BC_F = ["Agnieszka", "Birgitta", "Cristiana", "Dagny", "Elina", "Frederikke", "Giedre", "Hanne", "Ilse", "Jurate",
        "Kaisa", "Laima", "Malin", "Nele", "Riikka", "Signe", "Tuuli", "Vilma"]
BC_M = ["Aarne", "Bertil", "Casimir", "Dainis", "Eero", "Fredrik", "Gunnar", "Henrik", "Ilmari", "Janis", "Kalle",
        "Linas", "Mikko", "Niklas", "Olavi", "Povilas", "Rainer", "Teemu"]
BC_LAST = ["Aaltonen", "Berzins", "Cedergren", "Dambrauskas", "Eklund", "Forsman", "Grinbergs", "Halonen", "Ivaska",
           "Jansons", "Kallio", "Lindqvist", "Mattila", "Nurmi", "Ozolins", "Petraitis", "Rautio", "Sundqvist",
           "Tamm", "Vainio", "Wikstrom", "Kazlauskas"]
# Spanish speakers
ES_F = ["Adelaida", "Benita", "Cándida", "Delfina", "Engracia", "Filomena", "Gertrudis", "Herminia", "Inocencia",
        "Josefina", "Lucrecia", "Macaria", "Natividad", "Otilia", "Petra", "Remedios"]
ES_M = ["Anacleto", "Bonifacio", "Crescencio", "Dionisio", "Eleuterio", "Faustino", "Gervasio", "Hilario",
        "Jacinto", "Lisandro", "Macedonio", "Nemesio", "Onésimo", "Primitivo", "Rosendo", "Saturnino"]
ES_LAST = ["Arreola", "Betancourt", "Camarena", "Escobedo", "Figueroa", "Galindo", "Hinojosa", "Ibarra", "Jaramillo",
           "Ledesma", "Manzanares", "Ochoa", "Portillo", "Quezada", "Robledo", "Sepúlveda", "Treviño", "Valadez",
           "Zamarripa", "Villaseñor"]

POOLS = {"vr": ({"F": VR_F, "M": VR_M}, VR_LAST), "vc": ({"F": VC_F, "M": VC_M}, VC_LAST),
         "bw": ({"F": BW_F, "M": BW_M}, BW_LAST), "bc": ({"F": BC_F, "M": BC_M}, BC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "vr", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'vr'
    (Corrowmere residents), 'vc' (Corrowmere clinicians and program staff), 'bw' (bakery and route workers), 'bc'
    (the bakery plan's clinicians and staff) or 'es'; sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "463") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def wd_comma(d: dt.date) -> str:
    """Thu, May 14, 2026"""
    return d.strftime("%a, %B %-d, %Y")


def dash_mdy(d: dt.date) -> str:
    """05-14-2026"""
    return d.strftime("%m-%d-%Y")


class ETSheet(ESSheet):
    """ESSheet plus a wheat ear and a balance mark, a split brand with the legal name under it, a logo word with the
    legal name under it, far-apart caption/value rows, a member-facts box, and a provider statement's panels."""

    # --- marks ------------------------------------------------------------------------------------------------------
    def wheat(self, x: float, y: float, s: float):
        """An ear of wheat of height s: a slightly bent stem, kernels in pairs up it, a few awns at the tip."""
        cx = x + s * 0.32
        self.set_line_width(max(0.35, s * 0.03))
        self.line_seg(cx, y + s, cx + s * 0.05, y + s * 0.18)
        self.set_fill_color(35, 35, 35)
        kw, kh = s * 0.14, s * 0.2
        for i in range(5):
            yk = y + s * (0.22 + i * 0.13)
            for side in (-1, 1):
                xk = cx + s * 0.03 + side * kw * 0.55 - kw / 2
                with self.rotation(-28 * side, xk + kw / 2, yk + kh / 2):
                    self.ellipse(xk, yk, kw, kh, style="F")
        self.ellipse(cx + s * 0.05 - kw / 2, y + s * 0.1, kw, kh, style="F")
        self.set_line_width(max(0.2, s * 0.015))
        for dx in (-0.12, 0.0, 0.12):
            self.line_seg(cx + s * 0.05, y + s * 0.12, cx + s * (0.05 + dx), y - s * 0.02)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def scales(self, x: float, y: float, s: float):
        """A balance of side s in a ring: a post on a foot, a beam, two pans hung from it."""
        self.set_line_width(max(0.4, s * 0.035))
        self.ellipse(x, y, s, s)
        cx = x + s / 2
        self.line_seg(cx, y + s * 0.18, cx, y + s * 0.8)
        self.line_seg(cx - s * 0.16, y + s * 0.8, cx + s * 0.16, y + s * 0.8)
        self.line_seg(cx - s * 0.3, y + s * 0.3, cx + s * 0.3, y + s * 0.3)
        self.set_fill_color(35, 35, 35)
        for side in (-1, 1):
            px = cx + side * s * 0.3
            self.line_seg(px, y + s * 0.3, px - s * 0.1, y + s * 0.55)
            self.line_seg(px, y + s * 0.3, px + s * 0.1, y + s * 0.55)
            self.polygon([(px - s * 0.13, y + s * 0.55), (px + s * 0.13, y + s * 0.55), (px + s * 0.08, y + s * 0.62),
                          (px - s * 0.08, y + s * 0.62)], style="F")
        self.ellipse(cx - s * 0.04, y + s * 0.14, s * 0.08, s * 0.08, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    # --- letterheads --------------------------------------------------------------------------------------------------
    def split_brand(self, top: str, bottom: str, legal: str, right: list[str], tagline: str | None = None,
                    small: str | None = None, box: str | None = None, size: float = 23, legal_size: float = 7.0):
        """The wheat mark, then the brand broken over two lines in heavy serif capitals (top half, bottom half), the
        legal name small directly under the bottom half, a grey tagline and an optional grey small line under that;
        contact lines right-aligned at the right; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.9
        self.wheat(self.l_margin, y0 + 0.5, s)
        x = self.l_margin + s * 0.62 + 3
        self.set_font("Serif", "B", size)
        self.set_char_spacing(size * 0.05)
        lh = size * 0.4
        self.set_xy(x, y0)
        self.cell(0, lh, top)
        self.set_xy(x + size * 0.35, y0 + lh + 0.4)
        self.cell(0, lh, bottom)
        self.set_char_spacing(0)
        yy_ = y0 + 2 * lh + 1.4
        self.f(legal_size)
        self.set_xy(x, yy_)
        self.cell(0, legal_size * 0.45, legal)
        yy_ += legal_size * 0.45 + 0.8
        for ln, sz, grey in ((tagline, 7.0, 75), (small, 6.2, 105)):
            if ln:
                self.set_text_color(grey, grey, grey)
                self.f(sz)
                self.set_xy(x, yy_)
                self.multi_cell(W * 0.6 - (x - self.l_margin), sz * 0.45, ln, new_x="LEFT", new_y="NEXT")
                yy_ = self.get_y() + 0.2
                self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.0, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        self.set_line_width(0.45)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def logo_under(self, logo: str, legal: str, office: str, right: list[str], box: str | None = None,
                   size: float = 30, legal_size: float = 7.4, mark: str = "scales", small: list[str] | None = None):
        """A drawn mark, the logo word (an abbreviation) in heavy sans capitals beside it, the legal name of the issuer
        small directly under the logo word and the office line under that; contact lines at the right; an optional
        boxed title; a double rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.62
        x = self.l_margin
        if mark == "scales":
            self.scales(x, y0, s)
            x += s + 3.5
        elif mark == "wheat":
            self.wheat(x, y0, s)
            x += s * 0.62 + 3
        self.set_font(self.face, "B", size)
        self.set_char_spacing(size * 0.04)
        self.set_xy(x, y0 - 0.5)
        self.cell(0, size * 0.4, logo)
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.4 + 0.6
        self.f(legal_size)
        self.set_xy(x, yy_)
        self.cell(0, legal_size * 0.45, legal)
        yy_ += legal_size * 0.45 + 0.7
        self.set_text_color(80, 80, 80)
        self.f(legal_size - 0.6)
        self.set_xy(x, yy_)
        self.multi_cell(self.l_margin + W * 0.58 - x, legal_size * 0.42, office, new_x="LEFT", new_y="NEXT")
        yy_ = self.get_y() + 0.5
        for ln in small or []:
            self.f(6.2)
            self.set_xy(x, yy_)
            self.cell(0, 2.9, ln)
            yy_ += 2.9
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.0, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        self.set_line_width(0.35)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.line_seg(self.l_margin, self.get_y() + 0.9, self.w - self.r_margin, self.get_y() + 0.9)
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 5)

    # --- caption layouts ----------------------------------------------------------------------------------------------
    def far_rows(self, rows: list[tuple[str, str]], cap_w: float = 30, x: float | None = None, w: float | None = None,
                 size: float = 9.2, cap: float = 7.0, gap: float = 1.6, title: str | None = None, grey: int = 70):
        """Captions in a narrow grey column at the left (wrapping inside it), each value flush right at the far edge
        of the block, the two joined only by a hairline under the row."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        if title:
            self.f(size - 0.4, "B")
            self.set_xy(x0, self.get_y())
            self.cell(W, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.5)
        for k, v in rows:
            y = self.get_y()
            self.set_text_color(grey, grey, grey)
            self.f(cap)
            self.set_xy(x0, y)
            self.multi_cell(cap_w, cap * 0.44, k, new_x="LEFT", new_y="NEXT")
            yk = self.get_y()
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(x0 + cap_w, y)
            self.cell(W - cap_w, size * 0.48, v, align="R")
            yb = max(yk, y + size * 0.48) + 0.6
            self.set_draw_color(150, 150, 150)
            self.set_line_width(0.12)
            self.line_seg(x0, yb, x0 + W, yb)
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.set_xy(x0, yb + gap)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def facts_box(self, title: str, rows: list[tuple[str, str]], cap_w: float = 52, size: float = 9.0,
                  cap: float = 7.8, h: float = 6.4):
        """A framed box of facts across the page: a dark title strip, then caption / value lines with a thin rule
        between them (a letter's member facts, printed on its second page)."""
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        y = self.get_y()
        self.set_fill_color(45, 45, 45)
        self.set_text_color(255, 255, 255)
        self.f(cap + 1.2, "B")
        self.set_xy(x, y)
        self.cell(W, h, "  " + title, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        yy_ = y + h
        for i, (k, v) in enumerate(rows):
            self.set_xy(x + 2, yy_ + (h - cap * 0.45) / 2)
            self.f(cap)
            self.cell(cap_w - 2, cap * 0.45, k)
            self.set_xy(x + cap_w, yy_ + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(W - cap_w - 2, size * 0.45, v)
            yy_ += h
            if i < len(rows) - 1:
                self.set_draw_color(170, 170, 170)
                self.line_seg(x + 2, yy_, x + W - 2, yy_)
                self.set_draw_color(0, 0, 0)
        self.set_line_width(0.5)
        self.rect(x, y, W, yy_ - y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yy_ + 4)

    def mark_rows(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.6,
                  row_h: float = 5.0, cont: str = "continued on the next page", shade_head: int = 226,
                  sub_grey: int = 85, sub_drop: float = 1.1):
        """ESSheet.mark_rows with the inline-caption lines' grey and size drop adjustable (a remittance that prints
        them in black at nearly full size, so that they survive a fax)."""
        if sub_grey == 85 and sub_drop == 1.1:
            return super().mark_rows(head, widths, aligns, rows, size, row_h, cont, shade_head)
        x0 = self.l_margin
        W = sum(widths)
        kept = []
        for r in rows:
            if isinstance(r, tuple) and r[0] == "sub":
                kept.append(("_sub", r[1]))
            else:
                kept.append(r)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.43
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 2
        y = self.get_y()
        xx = x0
        self.set_fill_color(shade_head, shade_head, shade_head)
        self.rect(x0, y, W, hh, style="DF")
        self.set_fill_color(255, 255, 255)
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.5, y + 1)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_xy(x0, y + hh)
        for r in kept:
            kind = r[0] if isinstance(r, tuple) else None
            if kind == "break":
                self.set_text_color(90, 90, 90)
                self.f(size - 0.8)
                self.set_x(x0)
                self.cell(W, 4, cont, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.add_page()
                continue
            if kind == "_sub":
                yb = self.get_y()
                self.set_text_color(sub_grey, sub_grey, sub_grey)
                self.f(size - sub_drop)
                self.set_x(x0 + widths[0])
                self.cell(W - widths[0], row_h - 0.6, r[1])
                self.set_text_color(0, 0, 0)
                self.line_seg(x0, yb + row_h - 0.6, x0 + W, yb + row_h - 0.6)
                self.set_xy(x0, yb + row_h - 0.6)
                continue
            cells = r[1] if kind == "total" else r
            yb = self.get_y()
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.f(size, "B" if kind == "total" else "")
                self.cell(w, row_h, c, align=a)
            self.line_seg(x0, yb + row_h, x0 + W, yb + row_h)
            self.set_xy(x0, yb + row_h)
        self.ln(2.5)

    # --- a provider's statement ---------------------------------------------------------------------------------------
    def acct_band(self, cells: list[tuple[str, str]], size: float = 9.6, cap: float = 6.2, h: float = 12):
        """A band of shaded account cells across the page: a small caption over a bold value in each."""
        W = self.w - self.l_margin - self.r_margin
        cw = W / len(cells)
        y = self.get_y()
        for i, (k, v) in enumerate(cells):
            x = self.l_margin + i * cw
            self.set_fill_color(232, 232, 232)
            self.rect(x, y, cw - 1.5, h, style="DF")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x + 1.5, y + 1.2)
            self.f(cap)
            self.cell(cw - 4, cap * 0.45, k.upper())
            self.set_xy(x + 1.5, y + h - size * 0.48 - 1.6)
            self.f(size, "B")
            self.cell(cw - 4, size * 0.48, v)
        self.set_xy(self.l_margin, y + h + 4)

    def msg_box(self, title: str, text: str | list[str], size: float = 9.0):
        """A message panel: a heavy bar down its left edge, a bold title, the message's paragraphs."""
        W = self.w - self.l_margin - self.r_margin
        paras = [text] if isinstance(text, str) else text
        y = self.get_y()
        self.f(size + 0.4, "B")
        self.set_xy(self.l_margin + 5, y + 1.5)
        self.cell(W - 8, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        yy_ = self.get_y() + 1
        for t in paras:
            self.f(size)
            self.set_xy(self.l_margin + 5, yy_)
            self.multi_cell(W - 8, size * 0.47, t, new_x="LMARGIN", new_y="NEXT")
            yy_ = self.get_y() + 1.2
        self.set_fill_color(40, 40, 40)
        self.rect(self.l_margin, y, 2.2, yy_ - y, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.3)
        self.rect(self.l_margin, y, W, yy_ - y + 0.8)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yy_ + 4)


# --- covers -------------------------------------------------------------------------------------------------------
def notepad_cover(rng: random.Random, rows: list[str], tx: str | None = None, tx_total: int | None = None,
                  size: float = 15.5, top: str | None = None) -> bytes:
    """A page torn from a spiral notepad: spiral holes along the top, a ruled page with a margin line, each row of
    `rows` lettered by hand on its own ruled line (empty strings skip a line); an optional printed pad heading in
    small type at the top (a pharmacy's or a bank's giveaway pad). The sending fax machine's line at the top."""
    p = ETSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(14, 14, 14)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w
    for i in range(18):                                   # spiral holes
        cx = 16 + i * (W - 32) / 17
        p.set_line_width(0.5)
        p.ellipse(cx - 1.6, 10, 3.2, 3.2)
    p.set_line_width(0.15)
    zig = [(x, 17 + (0.9 if (x // 3) % 2 else 0)) for x in range(6, int(W) - 6, 3)]
    for a, b in zip(zig, zig[1:]):                        # the torn edge under the holes
        p.line_seg(a[0], a[1], b[0], b[1])
    if top:
        p.f(7.2, "B")
        p.set_xy(14, 20)
        p.cell(W - 28, 3.5, top, align="C")
    p.set_draw_color(150, 150, 150)
    y0, step = 34, 11.5
    lines = int((p.h - 20 - y0) / step)
    for i in range(lines):
        p.line_seg(8, y0 + i * step, W - 8, y0 + i * step)
    p.set_draw_color(110, 110, 110)
    p.set_line_width(0.45)
    p.line_seg(30, 22, 30, p.h - 10)
    p.set_draw_color(0, 0, 0)
    p.set_line_width(0.2)
    for i, ln in enumerate(rows):
        if ln:
            p.hand(33 + rng.uniform(0, 4), y0 + i * step - 1.6, ln, size, rng, rise=rng.uniform(-0.6, 1.2))
    return out(p)


def check_cover(office: str, lines: list[str], rows: list[tuple[str, str]], checks: list[tuple[str, bool]],
                comments: list[str], notice: str, tx: str | None = None, tx_total: int | None = None) -> bytes:
    """An office's printed fax cover: the office's name and address lines, a big 'fax' title, caption/value rows on
    rules, a line of tick boxes (the ticked ones crossed), typed comments and a boxed confidentiality notice."""
    p = ETSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.ln(4)
    p.f(13, "B")
    p.cell(0, 6, office, new_x="LMARGIN", new_y="NEXT")
    for ln in lines:
        p.f(8.4)
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.set_font("Serif", "B", 34)
    p.cell(0, 14, "fax", new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.8)
    p.line_seg(p.l_margin, p.get_y() + 1, p.l_margin + W, p.get_y() + 1)
    p.set_line_width(0.2)
    p.ln(6)
    half = W / 2
    for i in range(0, len(rows), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(rows[i:i + 2]):
            x = p.l_margin + j * half
            p.f(9.6, "B")
            p.set_xy(x, y)
            p.cell(24, 7, k)
            p.f(10.2)
            p.cell(half - 28, 7, v)
            p.line_seg(x + 24, y + 7, x + half - 4, y + 7)
        p.set_xy(p.l_margin, y + 11)
    p.ln(2)
    x = p.l_margin
    y = p.get_y()
    for k, on in checks:
        p.rect(x, y + 0.6, 3.6, 3.6)
        if on:
            p.set_line_width(0.45)
            p.line_seg(x + 0.5, y + 1.1, x + 3.1, y + 3.7)
            p.line_seg(x + 3.1, y + 1.1, x + 0.5, y + 3.7)
            p.set_line_width(0.2)
        p.f(9.0)
        p.set_xy(x + 5, y)
        p.cell(0, 4.8, k)
        x += 5 + p.get_string_width(k) + 8
    p.set_xy(p.l_margin, y + 10)
    p.f(9.6, "B")
    p.cell(0, 5, "Comments:", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for c in comments:
        p.f(10)
        p.multi_cell(W, 5.2, c, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.2)
    p.set_y(p.h - 50)
    p.set_line_width(0.4)
    p.f(7.6)
    n = len(p.multi_cell(W - 6, 3.6, notice, dry_run=True, output="LINES"))
    p.rect(p.l_margin, p.get_y(), W, n * 3.6 + 5)
    p.set_xy(p.l_margin + 3, p.get_y() + 2.5)
    p.multi_cell(W - 6, 3.6, notice, new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.2)
    return out(p)
