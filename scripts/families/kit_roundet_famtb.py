"""Drawing helpers for round ET, helper famtb (papers mirrored from an exchange-visitor and international-student
health plan that meets the J-visa insurance minimums, sold to a university sponsor, run by a claims administrator
and underwritten by an insurer, with a separate assistance company for evacuation; an invented health fund for
theatre stagehands and riggers with eligibility by show calls).

Why: this round asks for IDs whose letters a poor capture reads as digits, claim rows with numbered note marks
("2, 3" or "1 4") keyed by a numbered note list, "Paid by other plan" columns, captions that pair two things ("Plan /
Group", "Member / Suffix"), captions under their boxes or in a narrow column far from their values, wordmark
letterheads (a brand split over two lines whose halves are not words, a logo word with the legal name small under
it, a body that only abbreviates the brand), a provider's statement that names the refused visit only in its message,
a letter whose member facts sit in a box on its second page, and stacks with an office's typed fax cover or a
hand-lettered one. New here (everything else comes from round ES's ESSheet and what it inherits):
- ETSheet.globe / ETSheet.spotlight / ETSheet.arch: three drawn marks (a globe of meridians and parallels; a theatre
  spotlight on a yoke throwing a cone of light; a keystone arch);
- ETSheet.split_brand: a brand broken over two lines into halves that are not words (heavy capitals beside a mark),
  the legal name in small type directly under the second half, a grey operator line, contact lines at the right;
- ETSheet.mark_legal: a logo word beside a drawn mark with the legal name small directly under it (logo_legal with
  any mark instead of the lantern);
- ETSheet.pair_boxes: ruled boxes whose caption pairs two things ("Plan / Group", "Member / Suffix") over a value
  pair set apart by a slash; with under=True the caption is printed under the box (value above caption);
- ETSheet.far_pairs: captions in a narrow column at the left margin, each value flush against the right margin far
  from its caption, no leaders and no rules (the eye has to travel across the page);
- ETSheet.facts_box: a framed box with a dark title strip and caption/value rows, placed wherever the letter puts it
  (here: on the second page, after the letter's prose);
- office_cover: an institution's printed fax cover form (boxes, check boxes, a comments box) filled in by typing.
Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundes_famsf import (ESSheet, abbr, addr_block, dd_mon, digits, dot_dmy, dr, es_date, first_last,  # noqa: F401
                               hand_cover, iso, last_first, long, m2, n2, npi, out, plus, sign, slash, spaced_id,
                               the_of, truth, usd, wd_short, wd_tue, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# exchange visitors, visiting scholars, international students and their families
XV_F = ["Anahit", "Bongani", "Chidinma", "Dilnoza", "Esra", "Farzaneh", "Gulnara", "Hyun-joo", "Ilse", "Jovana",
        "Kalinda", "Laleh", "Mairead", "Nilufar", "Oyuna", "Priyamvada", "Quynh", "Rasa", "Sigrun", "Tamar",
        "Umaima", "Vesna", "Wanjiru", "Yasmin", "Zeynep"]
XV_M = ["Arvid", "Bakhyt", "Cheng-hao", "Darius", "Emre", "Farhad", "Goran", "Hamid", "Ilkka", "Jurgis",
        "Kwabena", "Lorenzo", "Mikael", "Nurlan", "Obinna", "Pavlo", "Radu", "Sakchai", "Tenzin", "Urmas",
        "Vikram", "Wojtek", "Yerlan", "Zoltan"]
XV_LAST = ["Aydarbekuly", "Bergkvist", "Chaudhary", "Dzhaksybekov", "Eriksen-Holm", "Fonseca-Lima", "Gurung",
           "Hakobyan", "Ilunga", "Jankauskas", "Kittikorn", "Lindqvist-Maro", "Mwangi", "Nakashima", "Odhiambo",
           "Petrosyan", "Quispe", "Rautavaara", "Sarsenbayev", "Tadesse", "Uchenna", "Vaitkus", "Wickramasinghe",
           "Yildirim", "Zhunusbay"]
# clinicians and office staff around the university town (Harwelden)
UC_F = ["Adelaide", "Bernadette", "Cordelia", "Dorinda", "Evangeline", "Frederica", "Georgiana", "Henrietta",
        "Imogen", "Josephine", "Leonora", "Marguerite", "Octavia", "Philippa", "Rosalind", "Theodora"]
UC_M = ["Alastair", "Barnaby", "Cornelius", "Desmond", "Ellery", "Fitzgerald", "Gideon", "Horatio", "Ignatius",
        "Jasper", "Leopold", "Montague", "Percival", "Reginald", "Sebastian", "Thaddeus"]
UC_LAST = ["Ashcombe", "Blenkinsop", "Carrowmore", "Davenant", "Etheridge", "Fothergill", "Gresham", "Hollingworth",
           "Ingleby", "Jessop", "Kettlewell", "Lovibond", "Massingham", "Netherwood", "Ormerod", "Pettigrew",
           "Quarrington", "Rushworth", "Sotheby-Vane", "Thistlewaite", "Umfreville", "Wetherell"]
# stagehands, riggers, flymen, electricians, carpenters, wardrobe crew and their families
SH_F = ["Arlette", "Bonita", "Candace", "Darla", "Earlene", "Francine", "Glenda", "Harlene", "Jolene", "Kristal",
        "Lorna", "Marcella", "Noreen", "Raylene", "Shirlene", "Tamsin", "Verna", "Wilma"]
SH_M = ["Alvin", "Buddy", "Clint", "Darnell", "Earl", "Floyd", "Gus", "Hollis", "Jody", "Kermit", "Lyle", "Merle",
        "Norris", "Orville", "Rusty", "Sonny", "Travis", "Virgil"]
SH_LAST = ["Ackerly", "Bobbitt", "Culpepper", "Dorsett", "Eckhardt", "Feeney", "Gunderson", "Hackworth",
           "Kilbride", "Lamoureux", "McGonigle", "Niedermeyer", "Ostrowski", "Purcell", "Quackenbush", "Rafferty",
           "Scanlon", "Tuttle", "Vanderpool", "Wolcott"]
# clinicians and Fund office staff of the stagehands' plan
SC_F = ["Aurelie", "Brontë", "Cosima", "Delphine", "Elodie", "Fleur", "Genevieve", "Honorine", "Isaure", "Juliette",
        "Lisette", "Mireille", "Noémie", "Océane", "Perrine", "Solène"]
SC_M = ["Anatole", "Baptiste", "Corentin", "Damien", "Eloi", "Fabrice", "Gaetan", "Hippolyte", "Jules", "Lucien",
        "Marius", "Nathanael", "Octave", "Quentin", "Roch", "Thibault"]
SC_LAST = ["Archambault", "Beauchesne", "Charbonneau", "Desrosiers", "Fontaine-Roux", "Gagnier", "Hebert-Lavoie",
           "Jolicoeur", "Lachapelle", "Marchetti", "Nadeau-Pike", "Ouellette", "Pelletier-Stone", "Robichaud",
           "Sauvageau", "Thibodeaux", "Villeneuve"]
# Spanish speakers
ES_F = ["Amparo", "Belén", "Consuelo", "Dulce", "Esperanza", "Fabiola", "Guadalupe", "Inmaculada", "Jimena",
        "Lourdes", "Milagros", "Nieves", "Pilar", "Remedios", "Soledad"]
ES_M = ["Anselmo", "Bartolomé", "Cayetano", "Demetrio", "Eustaquio", "Feliciano", "Gregorio", "Hilario", "Ismael",
        "Jacinto", "Lisandro", "Marcelino", "Nazario", "Primitivo", "Saturnino"]
ES_LAST = ["Arredondo", "Benavides", "Carrasquillo", "Echeverría", "Fajardo", "Garibay", "Iturralde", "Larrañaga",
           "Mondragón", "Olaechea", "Peñaloza", "Santisteban", "Urquidi", "Villaseñor", "Zubizarreta"]

POOLS = {"xv": ({"F": XV_F, "M": XV_M}, XV_LAST), "uc": ({"F": UC_F, "M": UC_M}, UC_LAST),
         "sh": ({"F": SH_F, "M": SH_M}, SH_LAST), "sc": ({"F": SC_F, "M": SC_M}, SC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "xv", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'xv'
    (exchange visitors and students), 'uc' (university-town clinicians and staff), 'sh' (stagehands), 'sc' (the
    stagehands' clinicians and Fund staff) or 'es'; sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "608") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def dmy_es(d: dt.date) -> str:
    """21/05/2026 (day first)"""
    return d.strftime("%d/%m/%Y")


class ETSheet(ESSheet):
    """ESSheet plus a globe and a spotlight mark, a split brand with the legal name under its second half, a logo word
    with its legal name beside any mark, boxes whose captions pair two things, captions far from their values and a
    titled facts box."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def globe(self, x: float, y: float, s: float):
        """A globe of side s: a ring, two meridian ellipses, the equator and two parallels."""
        cx, cy, r = x + s / 2, y + s / 2, s / 2
        self.set_line_width(0.6)
        self.ellipse(x, y, s, s)
        self.set_line_width(0.35)
        for k in (0.55, 0.18):
            self.ellipse(cx - r * k, y, 2 * r * k, s)
        self.line_seg(x, cy, x + s, cy)
        for f in (0.5, -0.5):
            yy_ = cy + r * f
            half = r * math.sqrt(1 - f * f)
            self.line_seg(cx - half, yy_, cx + half, yy_)
        self.set_line_width(0.2)

    def spotlight(self, x: float, y: float, s: float):
        """A theatre spotlight of side s: a barrel lamp on a yoke at the top left, its cone of light running down
        to the right over a short stage line."""
        self.set_line_width(0.5)
        self.set_fill_color(30, 30, 30)
        bx, by, bw, bh = x, y + s * 0.08, s * 0.42, s * 0.24
        with self.rotation(-28, bx + bw / 2, by + bh / 2):
            self.rect(bx, by, bw, bh, style="F")
            self.rect(bx + bw, by - bh * 0.12, bw * 0.16, bh * 1.24, style="F")
        self.line_seg(bx + bw * 0.5, by + bh * 0.5, bx + bw * 0.5, y + s * 0.52)
        self.line_seg(bx + bw * 0.2, y + s * 0.52, bx + bw * 0.8, y + s * 0.52)
        ox, oy = x + s * 0.5, y + s * 0.36
        self.set_line_width(0.3)
        self.line_seg(ox, oy, x + s * 0.62, y + s * 0.95)
        self.line_seg(ox, oy, x + s * 1.02, y + s * 0.82)
        self.ellipse(x + s * 0.6, y + s * 0.8, s * 0.44, s * 0.16)
        self.set_line_width(0.6)
        self.line_seg(x, y + s, x + s * 1.1, y + s)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def arch(self, x: float, y: float, s: float):
        """A keystone arch of side s: two piers, a half-ring of voussoirs with a dark keystone, a base line."""
        cx, r_out, r_in = x + s / 2, s / 2, s * 0.3
        base = y + s
        self.set_line_width(0.5)
        self.rect(x, y + s * 0.5, s * 0.2, s * 0.5)
        self.rect(x + s * 0.8, y + s * 0.5, s * 0.2, s * 0.5)
        cy = y + s * 0.5
        for k in range(8):
            a0, a1 = math.pi * k / 7 - 0.02, math.pi * (k + 1) / 7 + 0.02
            if k == 7:
                break
            pts = [(cx - r_out * math.cos(a0), cy - r_out * math.sin(a0)), (cx - r_out * math.cos(a1), cy - r_out * math.sin(a1)),
                   (cx - r_in * math.cos(a1), cy - r_in * math.sin(a1)), (cx - r_in * math.cos(a0), cy - r_in * math.sin(a0))]
            if k == 3:
                self.set_fill_color(30, 30, 30)
                self.polygon(pts, style="DF")
                self.set_fill_color(255, 255, 255)
            else:
                self.polygon(pts, style="D")
        self.line_seg(x - s * 0.05, base, x + s * 1.05, base)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float):
        if kind == "arch":
            self.arch(x, y, s)
        elif kind == "globe":
            self.globe(x, y, s)
        elif kind == "spotlight":
            self.spotlight(x, y, s)
        elif kind == "lantern":
            self.lantern(x, y, s)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def split_brand(self, top: str, bottom: str, legal: str, right: list[str], small: str | None = None,
                    mark: str | None = "globe", box: str | None = None, size: float = 22, legal_size: float = 7.0,
                    rule: bool = True):
        """A brand broken over two lines (`top` over `bottom`, halves that are not words) in heavy capitals beside a
        drawn mark; the legal name small directly under the second half, a grey operator line under that; contact
        lines right-aligned at the right; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.72
        if mark:
            self._mark(mark, x, y0 + 0.5, s)
            x += s + 4
        yy_ = y0
        self.set_font(self.face, "B", size)
        self.set_char_spacing(1.2)
        for part in (top, bottom):
            self.set_xy(x, yy_)
            self.cell(0, size * 0.4, part)
            yy_ += size * 0.4 + 0.5
        self.set_char_spacing(0)
        yy_ += 0.6
        self.f(legal_size)
        self.set_xy(x, yy_)
        self.cell(0, legal_size * 0.45, legal)
        yy_ += legal_size * 0.45 + 0.6
        if small:
            self.set_text_color(95, 95, 95)
            self.f(6.4)
            self.set_xy(x, yy_)
            self.multi_cell(W * 0.58 - (x - self.l_margin), 2.9, small, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y()
            self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def mark_legal(self, logo: str, legal: str, right: list[str], mark: str = "spotlight", tagline: str | None = None,
                   small: str | None = None, box: str | None = None, size: float = 24, legal_size: float = 6.8,
                   serif: bool = False, spacing: float = 0.8, rule: bool = True):
        """A drawn mark, the logo word beside it in heavy capitals, the legal name small directly UNDER the logo
        word, then a grey tagline and an operator line; contact lines right-aligned; optional boxed title; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.6
        self._mark(mark, x, y0, s)
        x += s * 1.15 + 3.5
        self.set_font("Serif" if serif else self.face, "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(x, y0)
        self.cell(self.get_string_width(logo) + 2, size * 0.42, logo)
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.42 + 0.8
        self.f(legal_size)
        self.set_xy(x, yy_)
        self.cell(0, legal_size * 0.45, legal)
        yy_ += legal_size * 0.45 + 0.9
        for ln, sz, grey in ((tagline, 7.2, 80), (small, 6.3, 105)):
            if ln:
                self.set_text_color(grey, grey, grey)
                self.f(sz)
                self.set_xy(x, yy_)
                self.multi_cell(W * 0.6 - (x - self.l_margin), sz * 0.45, ln, new_x="LEFT", new_y="NEXT")
                yy_ = self.get_y() + 0.2
                self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    # --- identifiers ----------------------------------------------------------------------------------------------
    def pair_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 6.0, h: float = 7.8,
                   under: bool = False, gap: float = 2.0, x: float | None = None, w: float | None = None):
        """One row of ruled boxes of (caption, value, width fraction) where a caption may pair two things
        ("Plan / Group") over a value pair ("AMB-EV2S / HWU-G4172"). The caption is printed small at the top of the
        box, or with under=True UNDER the box, outside it (the value above its caption)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.get_y()
        xx = x0
        ch = cap * 0.45
        for k, v, frac in cells:
            cw = W * frac
            if under:
                self.rect(xx, y, cw - gap, h)
                self.set_xy(xx + 1.4, y + (h - size * 0.45) / 2)
                self.f(size, "B")
                self.cell(cw - gap - 2.8, size * 0.45, v)
                self.set_xy(xx, y + h + 0.6)
                self.set_text_color(80, 80, 80)
                self.f(cap)
                self.cell(cw - gap, ch, k)
                self.set_text_color(0, 0, 0)
            else:
                hh = h + ch + 1.2
                self.rect(xx, y, cw - gap, hh)
                self.set_xy(xx + 1.2, y + 0.7)
                self.f(cap)
                self.cell(cw - gap - 2.4, ch, k)
                self.set_xy(xx + 1.4, y + ch + 1.4 + (h - size * 0.45) / 2 - 0.6)
                self.f(size, "B")
                self.cell(cw - gap - 2.8, size * 0.45, v)
            xx += cw
        bottom = y + h + ch + (1.8 if under else 1.2)
        self.set_xy(self.l_margin, bottom + 2.5)

    def far_pairs(self, rows: list[tuple[str, str]], cap_w: float = 30, size: float = 9.2, cap: float = 7.0,
                  lh: float = 5.4, x: float | None = None, w: float | None = None):
        """Captions in a narrow column at the left (small type, wrapping inside cap_w), each value flush against the
        right edge, far from its caption: no leaders, no rules."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        for k, v in rows:
            y = self.get_y()
            self.f(cap)
            self.set_text_color(70, 70, 70)
            self.set_xy(x0, y + 0.6)
            self.multi_cell(cap_w, cap * 0.42, k, new_x="LEFT", new_y="NEXT")
            yk = self.get_y()
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(x0 + cap_w, y)
            self.cell(W - cap_w, lh, v, align="R")
            self.set_y(max(yk + 0.8, y + lh))
        self.ln(2)

    def facts_box(self, title: str, rows: list[tuple[str, str]], w: float | None = None, cap_w: float = 44,
                  size: float = 9.0, cap: float = 7.8, h: float = 6.4, x: float | None = None):
        """A framed box with a dark title strip and caption/value rows (kv_box) at the current y; moves below it."""
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        x0 = self.l_margin if x is None else x
        y = self.kv_box(rows, x0, self.get_y(), W, cap_w=cap_w, size=size, cap=cap, h=h, title=title)
        self.set_xy(self.l_margin, y + 4)


def office_cover(inst: list[str], boxes: list[tuple[str, str]], ticks: list[tuple[bool, str]], comments: list[str],
                 tx: str | None = None, tx_total: int | None = None, title: str = "FAX TRANSMITTAL") -> bytes:
    """An institution's printed fax cover form filled in by typing: the office's name lines at the top, a bold title,
    ruled boxes (caption small at the top left, the typed value in a typewriter face), a row of check boxes (the
    ticked ones get an X) and a comments box with typed lines; a privacy line at the foot. A page of its own."""
    p = ETSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_y(20)
    p.f(13, "B")
    p.cell(0, 6, inst[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in inst[1:]:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_fill_color(30, 30, 30)
    p.set_text_color(255, 255, 255)
    p.f(16, "B")
    p.cell(W, 10, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.ln(4)
    half = W / 2
    for i in range(0, len(boxes), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(boxes[i:i + 2]):
            x = p.l_margin + j * half
            p.rect(x, y, half - 2, 14)
            p.f(7, "B")
            p.set_xy(x + 1.5, y + 1)
            p.cell(half - 5, 3.5, k.upper())
            p.set_font("Mono", "", 11)
            p.set_xy(x + 3, y + 6)
            p.cell(half - 6, 6, v)
        p.set_y(y + 16)
    p.ln(2)
    y = p.get_y()
    x = p.l_margin
    for on, label in ticks:
        p.rect(x, y, 4.2, 4.2)
        if on:
            p.set_font("Mono", "B", 11)
            p.set_xy(x, y - 0.4)
            p.cell(4.2, 5, "X", align="C")
        p.f(9)
        p.set_xy(x + 5.5, y)
        p.cell(30, 4.4, label)
        x += 5.5 + p.get_string_width(label) + 10
    p.set_y(y + 10)
    p.f(7, "B")
    p.cell(0, 4, "COMMENTS", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y()
    p.rect(p.l_margin, y, W, 12 + 6.2 * len(comments))
    p.set_font("Mono", "", 11)
    p.set_xy(p.l_margin + 3, y + 4)
    for ln in comments:
        p.set_x(p.l_margin + 3)
        p.cell(W - 6, 6.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.f(6.8)
    p.set_xy(p.l_margin, p.h - 26)
    p.multi_cell(W, 3, "The pages that follow may hold a student's or scholar's private health and immigration "
                       "information. If this fax reached you by mistake, please call the number above and destroy "
                       "the pages.", new_x="LMARGIN", new_y="NEXT")
    return out(p)
