"""Drawing helpers for round ET, helper famtf (papers mirrored from a state-funded breast and cervical cancer treatment
program: screening-based eligibility, a treatment period, enrolled providers, notices of eligibility and claim
decisions from the state health department and its contracted claims processor; an invented health plan for barbers
and cosmetologists in independent shops, employees and booth renters, with eligibility by reported shop and chair
hours).

Why: this round asks for IDs whose letters a poor capture reads as digits (S/5, I/1, O/0, B/8, Z/2, G/6) printed plainly
or in groups, claim rows carrying numbered note marks ("2, 3", "1 4") keyed in a numbered note list beside an "Other
coverage paid" / "Paid by other plan" column, captions that pair two things ("Plan / Group", "Enrollee ID / Suffix")
or sit under their boxes or in a narrow column far from their values, wordmark letterheads (a brand split over two
lines, a logo word with the legal name small under it, a brand the body only abbreviates), a provider's statement that
names the refused visit only in its message, a letter whose member facts sit in a box on its second page, and fax
covers from an office and by hand. New here:
- ETSheet.ribbon / ETSheet.pole: a drawn awareness ribbon (a loop with two crossed tails) and a drawn barber pole
  (a striped cylinder between two caps), the marks of the two issuers;
- ETSheet.split_brand: a mark, a brand broken over two lines in heavy capitals (halves that are not words of the
  letter), small lines beside the break, contact lines right-aligned at the right, an optional boxed title;
- ETSheet.mark_logo: ESSheet.logo_legal (logo word, the legal name small directly under it) with the ribbon or the
  pole in place of the lantern;
- ETSheet.pair_boxes: a row of ruled boxes whose caption pairs two things ("Plan / Group") and whose box is split by
  a thin upright rule into the two values (or holds one value when the caption names one thing); with under=True
  every caption is printed UNDER its box;
- ETSheet.far_right: captions in a narrow column at the left (wrapping onto two lines when long), each value set flush
  against the right margin with nothing between (no leaders, no rule);
- ETSheet.facts_box: a framed box with a dark title strip and two columns of caption / value lines (the member's
  facts, placed on a letter's second page);
- nav_cover: a hospital navigation office's printed fax form (logo line, tick boxes, "Patient" and "Regarding"
  lines) filled in by a printer that set the typed values a little off the printed rules;
- salon_pad_cover: a shop's own notepad page (a pole and the shop's name printed at the top, ruled lines) lettered
  by hand as a fax cover, with no printed captions at all.
Everything else comes from round ES's ESSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundes_famsf import (ESSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, iso, last_first, long, m2,
                               mdyyyy, mon_yyyy, month_end, n2, nodollar, npi, out, plus, sign, slash, spaced_id,
                               surname, the_of, tin, truth, usd, wd_short, wd_tue, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# Haverlund enrollees and their families
HV_F = ["Arletta", "Bernadine", "Clarabel", "Dorinda", "Evangeline", "Floretta", "Geneva", "Henrietta", "Idabel",
        "Josephine", "Lavonne", "Marcella", "Noreen", "Ophelia", "Philippa", "Rosalind", "Thomasina", "Verna",
        "Winifred", "Zelda"]
HV_M = ["Alvis", "Burl", "Clemon", "Delmer", "Ervin", "Ferrell", "Gaither", "Hollis", "Irvin", "Jasper", "Lenville",
        "Murl", "Norval", "Orville", "Prentice", "Rufus"]
HV_LAST = ["Abernathy", "Birdsong", "Cartwright", "Dunaway", "Eckhardt", "Fairweather", "Goforth", "Hatchett",
           "Isenhour", "Jessup", "Kincaid", "Lambright", "McCurdy", "Northcutt", "Oberholtzer", "Pettibone",
           "Quackenbush", "Rountree", "Stubblefield", "Tinsley", "Vanhorn", "Wigglesworth"]
# Haverlund clinicians, department and claims processor staff
HC_F = ["Annelise", "Brigitta", "Cordelia", "Desislava", "Emmeline", "Franziska", "Genoveva", "Henrike", "Isaura",
        "Jovana", "Kalliope", "Lioba", "Mechthild", "Nadezhda", "Ottilie", "Perpetua", "Rosvita", "Svetlana"]
HC_M = ["Anatol", "Benedikt", "Cassius", "Demetrius", "Eberhard", "Fridolin", "Gervasius", "Hieronymus", "Ignatius",
        "Justus", "Konstantin", "Leopold", "Mattheus", "Nikodem", "Octavian", "Pankraz", "Quirin", "Severin"]
HC_LAST = ["Achterberg", "Bergkamp", "Czerny", "Dornbusch", "Esterhazy", "Falkenrath", "Grimaldi", "Hohenberg",
           "Ilsenburg", "Jablonski", "Kreutzer", "Lindqvist", "Marchetti", "Nordhoff", "Ostrowski", "Pfeiffer",
           "Quaresma", "Rosenkranz", "Scarpelli", "Terhorst", "Ulbricht", "Valdivia", "Aschenbrenner", "Bjornstad",
           "Dahlberg", "Engstrom", "Feuerstein", "Gottschalk", "Hammarberg", "Jungblut", "Kuczynski", "Lindemann",
           "Mittelstadt", "Nyqvist"]
# barbers, cosmetologists, nail and shop staff and their families
BB_F = ["Ayanna", "Breonna", "Chantal", "Dominique", "Essence", "Fatima", "Gianna", "Imani", "Jazmine", "Kiana",
        "LaToya", "Monique", "Nia", "Precious", "Shanice", "Tiana"]
BB_M = ["Andre", "Bashir", "Cornell", "Darnell", "Emmanuel", "Fitzgerald", "Garfield", "Isaiah", "Jerome", "Kareem",
        "Lamar", "Malik", "Nehemiah", "Otis", "Reginald", "Terrence"]
BB_LAST = ["Akinwande", "Batiste", "Calloway", "Desrosiers", "Etienne", "Fontenot", "Gatewood", "Hollins",
           "Jeanbaptiste", "Kittrell", "Lafleur", "McBride", "Norwood", "Okonjo", "Pettaway", "Ravenell", "Saintil",
           "Thibodeaux", "Underwood", "Valcourt", "Whitfield", "Yarbrough"]
# the barbers' plan: clinicians, reviewers and plan office staff
BC_F = ["Agnieszka", "Bogumila", "Czeslawa", "Danuta", "Elzbieta", "Filomena", "Grazyna", "Honorata", "Iwona",
        "Jolanta", "Krystyna", "Leokadia", "Malgorzata", "Teodora"]
BC_M = ["Aurelio", "Bonifacio", "Casimiro", "Dionisio", "Eusebio", "Feliciano", "Gaudencio", "Hilario",
        "Ildefonso", "Jacinto", "Leandro", "Modesto", "Nazario", "Primitivo"]
BC_LAST = ["Ambrosetti", "Bellandi", "Cavalcanti", "Dellafiora", "Ercolani", "Fantozzi", "Gherardini", "Iacovelli",
           "Lombardini", "Mazzanti", "Nardinelli", "Orsolini", "Pagliarulo", "Ricciardelli", "Sabatucci",
           "Tortorici", "Vannucci", "Zampieri", "Benvenuti", "Capobianco", "Donatelli", "Evangelisti", "Falcone",
           "Guarnieri", "Locatelli", "Marchesini", "Pellegrini", "Quattrocchi", "Rinaldi", "Sorrentino",
           "Tagliaferri", "Venturini"]
# Spanish speakers
SP_F = ["Amparo", "Belén", "Consuelo", "Dulce", "Esperanza", "Fidelina", "Guadalupe", "Herminia", "Inocencia",
        "Jovita", "Lucrecia", "Maricela"]
SP_M = ["Anselmo", "Bartolo", "Cayetano", "Doroteo", "Efraín", "Filemón", "Genaro", "Higinio", "Jacinto", "Lázaro"]
SP_LAST = ["Arreola", "Barragán", "Cisneros", "Delgadillo", "Escamilla", "Fuentes", "Garibay", "Hinojosa", "Ibarra",
           "Jaramillo", "Ledesma", "Maldonado", "Nevárez", "Ocampo"]

POOLS = {"hv": ({"F": HV_F, "M": HV_M}, HV_LAST), "hc": ({"F": HC_F, "M": HC_M}, HC_LAST),
         "bb": ({"F": BB_F, "M": BB_M}, BB_LAST), "bc": ({"F": BC_F, "M": BC_M}, BC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "hv", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'hv'
    (Haverlund enrollees), 'hc' (Haverlund clinicians and staff), 'bb' (barbers and cosmetologists), 'bc' (the
    barbers' plan's clinicians and staff) or 'sp' (Spanish speakers); sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "479") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def wd_comma(d: dt.date) -> str:
    """Thu., April 16, 2026 (an abbreviated weekday with a full stop)"""
    return f"{d.strftime('%a')}., {d.strftime('%B %-d, %Y')}"


class ETSheet(ESSheet):
    """ESSheet plus a drawn ribbon and barber pole, a split brand with a mark, paired-caption boxes, captions far from
    their values and a framed facts box."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def ribbon(self, x: float, y: float, s: float):
        """An awareness ribbon of height s: a loop at the top and two tails crossing under it, drawn in heavy strokes."""
        w = s * 0.62
        cx = x + w / 2
        self.set_line_width(max(0.9, s * 0.11))
        top = y + s * 0.04
        # the loop: two arcs meeting at the crossing point
        self.bezier([(cx, y + s * 0.48), (x + w * 0.02, top + s * 0.22), (cx - w * 0.08, top - s * 0.02),
                     (cx, top + s * 0.02)])
        self.bezier([(cx, top + s * 0.02), (cx + w * 0.08, top - s * 0.02), (x + w * 0.98, top + s * 0.22),
                     (cx, y + s * 0.48)])
        # the tails
        self.line_seg(cx, y + s * 0.48, x + w * 0.08, y + s * 0.97)
        self.line_seg(cx, y + s * 0.48, x + w * 0.92, y + s * 0.97)
        self.set_line_width(0.2)

    def pole(self, x: float, y: float, s: float):
        """A barber pole of height s: a round cap and ball, a framed cylinder with slanting stripes, a foot."""
        w = s * 0.34
        self.set_line_width(0.45)
        self.set_fill_color(30, 30, 30)
        self.ellipse(x + w * 0.35, y, w * 0.3, w * 0.3, style="F")
        self.rect(x, y + w * 0.28, w, s * 0.08, style="F")
        body_y, body_h = y + w * 0.28 + s * 0.08, s * 0.70
        self.rect(x + w * 0.12, body_y, w * 0.76, body_h)
        with self.rect_clip(x + w * 0.12, body_y, w * 0.76, body_h):
            step = s * 0.13
            k = -2
            while k * step < body_h + w:
                y0 = body_y + k * step
                self.polygon([(x, y0), (x + w, y0 - w * 0.7), (x + w, y0 - w * 0.7 + step * 0.45),
                              (x, y0 + step * 0.45)], style="F")
                k += 1
        self.rect(x, body_y + body_h, w, s * 0.08, style="F")
        self.rect(x + w * 0.3, body_y + body_h + s * 0.08, w * 0.4, s * 0.06, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        """Draw the mark; returns its width."""
        if kind == "ribbon":
            self.ribbon(x, y, s)
            return s * 0.62
        if kind == "pole":
            self.pole(x, y, s)
            return s * 0.34
        return 0.0

    # --- letterheads ----------------------------------------------------------------------------------------------
    def split_brand(self, top: str, bottom: str, beside: list[str], right: list[str], mark: str | None = "ribbon",
                    box: str | None = None, size: float = 21, under: list[str] | None = None, rule: bool = True):
        """A mark at the left, the brand broken over two lines in heavy capitals beside it (the halves are not words
        the letter uses), small lines beside the break after a thin bar, grey lines under the brand, contact lines
        right-aligned at the right, an optional boxed title under them, a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        lh = size * 0.42
        x = self.l_margin
        if mark:
            x += self._mark(mark, x, y0, 2 * lh + 0.6) + 3.5
        self.f(size, "B")
        self.set_xy(x, y0)
        self.cell(0, lh, top.upper())
        bw = max(self.get_string_width(top.upper()), self.get_string_width(bottom.upper()))
        self.set_xy(x, y0 + lh + 0.6)
        self.cell(0, lh, bottom.upper())
        self.set_fill_color(40, 40, 40)
        self.rect(x + bw + 2.5, y0 + 0.8, 0.8, 2 * lh - 0.6, style="F")
        self.set_fill_color(255, 255, 255)
        self.f(8.6)
        yy_ = y0 + lh - 2.1 * len(beside) + 0.9
        for ln in beside:
            self.set_xy(x + bw + 5.5, yy_)
            self.cell(W * 0.6 - (x + bw + 5.5 - self.l_margin), 4.2, ln)
            yy_ += 4.2
        yb = y0 + 2 * lh + 2
        self.set_text_color(90, 90, 90)
        for ln in under or []:
            self.f(6.8)
            self.set_xy(self.l_margin, yb)
            self.cell(W * 0.55, 3.1, ln)
            yb += 3.1
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bwid = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bwid, ry + 1.2)
            self.cell(bwid, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yb, ry) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def mark_logo(self, kind: str, logo: str, legal: str, right: list[str], **k):
        """ESSheet.logo_legal with the ribbon or the pole drawn in place of the lantern."""
        keep = self.lantern
        self.lantern = lambda x, y, s: self._mark(kind, x + (s * 0.62 - (s * 0.34 if kind == "pole" else s * 0.62)) / 2,
                                                  y, s)
        try:
            self.logo_legal(logo, legal, right, **k)
        finally:
            self.lantern = keep

    # --- identifiers ----------------------------------------------------------------------------------------------
    def pair_boxes(self, cells: list, size: float = 9.0, cap: float = 5.8, h: float = 7.4, under: bool = False,
                   gap: float = 2.0, x: float | None = None, w: float | None = None):
        """One row of ruled boxes. A cell is (caption, value, width fraction) or (caption, (value1, value2), width
        fraction): a caption that pairs two things ("Plan / Group") over a box split by a thin upright rule into its
        two values. Captions small above the box, or UNDER it with under=True."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        n = len(cells)
        avail = W - gap * (n - 1)
        y = self.get_y()
        ch = cap * 0.45 + 1.0
        by = y if under else y + ch
        xx = x0
        for capt, val, frac in cells:
            cw = avail * frac
            self.set_line_width(0.3)
            self.rect(xx, by, cw, h)
            self.set_line_width(0.2)
            self.f(cap, "B")
            self.set_text_color(60, 60, 60)
            self.set_xy(xx + 0.3, by + h + 0.4 if under else y)
            self.cell(cw, cap * 0.45, capt.upper())
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            if isinstance(val, tuple):
                half = cw / 2
                self.line_seg(xx + half, by + 1.0, xx + half, by + h - 1.0)
                for i, v in enumerate(val):
                    self.set_xy(xx + i * half + 1.4, by)
                    self.cell(half - 2.8, h, v)
            else:
                self.set_xy(xx + 1.4, by)
                self.cell(cw - 2.8, h, val)
            xx += cw + gap
        self.set_xy(self.l_margin, by + h + (ch + 0.6 if under else 0) + 2.5)

    def far_right(self, rows: list[tuple[str, str]], cap_w: float = 30, size: float = 9.2, cap: float = 7.0,
                  x: float | None = None, w: float | None = None, lh: float | None = None, bold: bool = True):
        """Captions in a narrow column at the left (small type, wrapping onto a second line when long), each value
        set flush against the right edge of the block with nothing between caption and value."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        lh = lh or size * 0.52
        for capt, val in rows:
            y = self.get_y()
            self.f(cap)
            self.set_text_color(70, 70, 70)
            self.set_xy(x0, y)
            self.multi_cell(cap_w, cap * 0.44, capt, align="L", new_x="LEFT", new_y="NEXT")
            yc = self.get_y()
            self.set_text_color(0, 0, 0)
            self.f(size, "B" if bold else "")
            self.set_xy(x0 + cap_w, y)
            self.cell(W - cap_w, lh, val, align="R")
            self.set_xy(x0, max(yc, y + lh) + 1.0)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def facts_box(self, title: str, rows: list[tuple[str, str]], size: float = 8.8, cap: float = 7.2,
                  cap_w: float = 40, ncol: int = 2, note: str | None = None):
        """A framed box: a dark strip with the white title, then caption / value lines in ncol columns (rows flow
        down the first column, then the next), an optional small note across the foot."""
        x0 = self.l_margin
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(45, 45, 45)
        self.rect(x0, y, W, 6.2, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_text_color(255, 255, 255)
        self.f(9.0, "B")
        self.set_xy(x0 + 2, y + 0.6)
        self.cell(W - 4, 5, title)
        self.set_text_color(0, 0, 0)
        per = -(-len(rows) // ncol)
        cw = W / ncol
        lh = size * 0.55
        top = y + 8
        bottom = top
        for c in range(ncol):
            yy_ = top
            for capt, val in rows[c * per:(c + 1) * per]:
                self.f(cap)
                self.set_xy(x0 + c * cw + 2.5, yy_ + 0.4)
                self.cell(cap_w, lh, capt)
                self.f(size, "B")
                self.set_xy(x0 + c * cw + 2.5 + cap_w, yy_)
                self.multi_cell(cw - cap_w - 5, lh, val, align="L", new_x="LEFT", new_y="NEXT")
                yy_ = max(self.get_y(), yy_ + lh) + 1.0
            bottom = max(bottom, yy_)
            if c:
                self.line_seg(x0 + c * cw, top - 1, x0 + c * cw, bottom - 0.5)
        if note:
            self.f(7.2)
            self.set_text_color(70, 70, 70)
            self.set_xy(x0 + 2.5, bottom + 0.5)
            self.multi_cell(W - 5, 3.4, note, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            bottom = self.get_y() + 0.5
        self.set_line_width(0.35)
        self.rect(x0, y, W, bottom + 1.5 - y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, bottom + 5)


def nav_cover(org: list[str], rows: list[tuple[str, str]], ticks: tuple[str, ...], note: str, tx: str | None = None,
              tx_total: int | None = None, rng: random.Random | None = None) -> bytes:
    """A hospital office's printed fax form: the office's logo line and address, a large FAX title, printed captions
    over rules, a row of tick boxes and a comments box; the values were typed by a printer that set them a little
    off the printed rules (a drift of a millimetre or two down and to the right). A page of its own."""
    r = rng or random.Random(len(note))
    p = ETSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y() + 2
    p.ribbon(p.l_margin, y0, 14)
    p.set_xy(p.l_margin + 12, y0)
    p.f(13, "B")
    p.cell(0, 6, org[0])
    p.f(8)
    for i, ln in enumerate(org[1:]):
        p.set_xy(p.l_margin + 12, y0 + 6.5 + i * 3.8)
        p.cell(0, 3.6, ln)
    p.f(30, "B")
    p.set_xy(p.w - p.r_margin - 40, y0)
    p.cell(40, 12, "FAX", align="R")
    y = y0 + 26
    dx, dy = r.uniform(1.0, 2.4), r.uniform(0.8, 1.8)
    for capt, val in rows:
        p.f(9.4, "B")
        p.set_xy(p.l_margin, y)
        p.cell(34, 6, capt)
        p.line_seg(p.l_margin + 34, y + 6, p.l_margin + W, y + 6)
        p.set_font("Mono", "", 10.5)
        p.set_xy(p.l_margin + 36 + dx, y + dy - 0.6)
        p.cell(W - 38, 6, val)
        y += 10
    y += 3
    p.f(9.2)
    for b in ["Urgent", "Please review", "Please call", "For your records"]:
        p.set_xy(p.l_margin + (["Urgent", "Please review", "Please call", "For your records"].index(b)) * (W / 4), y)
        p.cell(4.2, 4.2, "", border=1)
        if b in ticks:
            p.set_font("Mono", "B", 11)
            p.set_xy(p.get_x() - 4.2 + dx * 0.4, y - 0.3 + dy * 0.3)
            p.cell(4.2, 4.2, "X")
            p.f(9.2)
        p.set_xy(p.l_margin + (["Urgent", "Please review", "Please call", "For your records"].index(b)) * (W / 4) + 6,
                 y)
        p.cell(W / 4 - 6, 4.2, b)
    y += 10
    p.f(9.4, "B")
    p.set_xy(p.l_margin, y)
    p.cell(0, 5, "Comments")
    p.rect(p.l_margin, y + 6, W, 48)
    p.set_font("Mono", "", 10.2)
    p.set_xy(p.l_margin + 3 + dx, y + 9 + dy)
    p.multi_cell(W - 8, 5.2, note, new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.set_xy(p.l_margin, p.h - 30)
    p.multi_cell(W, 3.3, "CONFIDENTIAL. The pages that follow this cover may contain health information protected by "
                         "state and federal law. They are meant only for the person or office named above. If they "
                         "reached you by mistake, call the sender at once and destroy every page.",
                 new_x="LMARGIN", new_y="NEXT")
    return out(p)


def salon_pad_cover(rng: random.Random, shop: str, shop_lines: list[str], lines: list[str], tx: str | None = None,
                    tx_total: int | None = None, size: float = 15) -> bytes:
    """A page torn from a shop's own notepad and lettered by hand as a fax cover: a small pole and the shop's name
    printed at the top, thin ruled lines, no printed captions; every line (who it is for, who sent it, what it is,
    how many pages) is in the sender's hand. An empty string skips a ruled line. A page of its own."""
    p = ETSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(24, 20, 24)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = 20
    p.pole(p.l_margin + W / 2 - 38, y0, 16)
    p.set_font("Serif", "B", 17)
    p.set_xy(p.l_margin + W / 2 - 30, y0 + 1)
    p.cell(70, 7, shop)
    p.f(7.4)
    for i, ln in enumerate(shop_lines):
        p.set_xy(p.l_margin + W / 2 - 30, y0 + 9 + i * 3.4)
        p.cell(70, 3.2, ln)
    y = y0 + 30
    p.set_draw_color(150, 150, 150)
    rules = []
    while y < p.h - 24:
        p.line_seg(p.l_margin, y, p.l_margin + W, y)
        rules.append(y)
        y += 11
    p.set_draw_color(0, 0, 0)
    i = 0
    for ln in lines:
        if i >= len(rules):
            break
        if ln:
            p.hand(p.l_margin + rng.uniform(0.5, 5), rules[i] - 1.6, ln, size, rng, rise=rng.uniform(-0.6, 1.6))
        i += 1
    return out(p)
