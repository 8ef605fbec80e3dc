"""Drawing helpers for round ET, helper famte (papers mirrored from a state program for children with special health
care needs: diagnosis-based eligibility, prior approval of specialty care, a list of approved specialists and a yearly
family participation fee, with a contracted fiscal agent that pays claims; and an invented health trust for vineyard
and winery workers whose seasonal crews earn coverage through a harvest-hours bank).

Why: this round asks for IDs whose letters a poor capture reads as digits (S/5, I/1, O/0, B/8, Z/2, G/6) printed
plainly, with grouping spaces or dashes on some papers; claim rows with numbered note marks ("2, 3", "1 4") keyed by a
numbered note list under the table, where some notes explain a payment (participation fee, deductible, other coverage
paid, a bundled line) and one or two refuse, beside a "Paid by other plan" / "Other coverage paid" column; captions that
pair two things ("Plan / Group", "Member / Suffix", "Client no. / Plan"), captions printed under their boxes and
captions in a narrow column at the left with values far away at the right; letterheads drawn as wordmarks (a brand
split over two lines whose halves are not words, a logo word with the legal name small beneath, a brand the body only
abbreviates); a provider's bill that names the refused visit only in its message and a letter whose member facts sit
in a box on its second page; an office's fax cover. New here:
- ETSheet.kite_mark / ETSheet.trellis_mark: a drawn paper kite with a bowed tail (the children's program) and a vine
  trellis (two posts, three wires, a curling cane with leaves and a small cluster) for the vineyard trust;
- ETSheet.mark_logo: one of those marks, a heavy logo word beside it and the legal name small directly beneath the
  logo word, then a grey program line (the brand the body will only abbreviate), contact lines at the right, an
  optional boxed title and a rule;
- ETSheet.pair_boxes: a row of ruled boxes, values inside and captions printed UNDER the boxes; a box may be divided
  by a thin upright rule holding two values whose single caption pairs them ("PLAN / GROUP");
- ETSheet.far_rows: captions in a narrow shaded column at the left margin, each value set flush at the far right of
  the page with nothing between (no leaders, no box);
- ETSheet.noted_claims: claim blocks (a shaded heading band per claim with a grey line under it) whose rows end in a
  "Notes" column of bare digits keyed to a numbered note list, a claim total per block, statement totals, and a page
  break after a chosen block (the rows go on under a repeated heading, or with none);
- ETSheet.facts_box: a framed box of member facts in two columns (caption over value), used on a letter's second page;
- office_cover: an office's printed fax cover sheet (the office letterhead, a ruled To / From grid, tick boxes
  "Urgent / For review / Please reply", a message), a page of its own.
Everything else comes from round ES's ESSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundes_famsf import (ESSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, hand_cover, home_cover, iso,
                               last_first, long, m2, mdyyyy, mon_yyyy, month_end, n2, nodollar, npi, nth, ord_long,
                               out, plus, sign, slash, spaced_id, surname, the_of, tin, truth, usd, wd_short, wd_tue,
                               wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# families of the children's program (a wet western state of hill farms, slate towns and a port)
WF_F = ["Morwenna", "Tamsin", "Kerensa", "Demelza", "Lowena", "Jenifer", "Elowen", "Wenna", "Loveday", "Senara",
        "Tressa", "Ebrel", "Merryn", "Rozen", "Gwenna", "Nessa", "Delen", "Ysella"]
WF_M = ["Jago", "Petroc", "Cador", "Kenver", "Tristan", "Austell", "Piran", "Denzel", "Bryok", "Conan", "Jowan",
        "Mawgan", "Treeve", "Gerens", "Lowdy", "Madern", "Ruan", "Sulien"]
WF_LAST = ["Tregarthen", "Penwarden", "Trevaskis", "Polglase", "Chenoweth", "Rosewarne", "Trethewey", "Carlyon",
           "Nankivell", "Pascoe", "Tremayne", "Boscawen", "Kitto", "Menhennet", "Treloar", "Vosper", "Jenkin",
           "Keast", "Hosking", "Retallack", "Trounson", "Pengelly"]
# clinicians, program and fiscal agent staff of the children's program
WC_F = ["Aino", "Baiba", "Dace", "Egle", "Ilze", "Jurgita", "Kadri", "Liga", "Maarja", "Rasa", "Sigita", "Triin",
        "Ugne", "Vaiva", "Zane", "Helmi", "Kaisa", "Riina"]
WC_M = ["Aivars", "Edgars", "Gintaras", "Indrek", "Janis", "Kaspars", "Linas", "Mart", "Normunds", "Ott", "Rein",
        "Sandis", "Tarmo", "Uldis", "Valdis", "Arvo", "Priit", "Taavi"]
WC_LAST = ["Andersone", "Berzins", "Ozolins", "Kalnins", "Liepins", "Saar", "Tamm", "Kask", "Rebane", "Ilves",
           "Paju", "Sepp", "Kazlauskas", "Petrauskas", "Jankauskas", "Vaitkus", "Zukauskas", "Balodis", "Krumins",
           "Laur", "Mets", "Vilks"]
# vineyard crews, cellar and bottling-line workers and their families
VW_F = ["Araceli", "Belén", "Consuelo", "Dalila", "Estela", "Filomena", "Guadalupe", "Hortensia", "Imelda", "Josefa",
        "Lourdes", "Maricela", "Noemí", "Ofelia", "Petra", "Reyna", "Socorro", "Yesenia"]
VW_M = ["Anselmo", "Bonifacio", "Crisanto", "Demetrio", "Eleuterio", "Faustino", "Gaudencio", "Hilario", "Inocencio",
        "Jacinto", "Lázaro", "Macario", "Nemesio", "Onésimo", "Porfirio", "Reymundo", "Sabino", "Tiburcio"]
VW_LAST = ["Altamirano", "Bautista", "Camarena", "Delgadillo", "Escobedo", "Figueroa", "Garnica", "Hinojosa",
           "Jaramillo", "Ledesma", "Magaña", "Navarrete", "Ochoa", "Pantoja", "Quezada", "Robledo", "Solorio",
           "Trujillo", "Valdovinos", "Zepeda", "Arreola", "Barragán"]
# clinicians and Trust / administrator staff of the vineyard trust
VC_F = ["Anahit", "Eleni", "Gayane", "Ketevan", "Lusine", "Nino", "Ophelia", "Rusudan", "Siranush", "Tamar", "Vasiliki",
        "Zoe", "Hripsime", "Maro", "Despina", "Nana", "Armine", "Tinatin"]
VC_M = ["Aram", "Dimitrios", "Giorgi", "Hovhannes", "Levan", "Mikael", "Nikolaos", "Petros", "Sargis", "Tigran",
        "Vakhtang", "Zurab", "Ashot", "Lasha", "Spyros", "Vartan", "Irakli", "Kostas"]
VC_LAST = ["Abovian", "Beridze", "Chavchavadze", "Demirjian", "Gelashvili", "Hakobyan", "Javakhishvili", "Karamanlis",
           "Lomidze", "Manoukian", "Nersesian", "Papadakis", "Sarkissian", "Tsereteli", "Vardanyan", "Zacharias",
           "Kipiani", "Mavridis", "Ohanian", "Stavrou", "Tumanyan", "Xanthos"]
# Spanish speakers of the children's program (a separate pool, so no name meets the vineyard crews' names)
ES_F = ["Abigail", "Brenda", "Citlali", "Dulce", "Evelia", "Fabiola", "Gisela", "Herminia", "Itzel", "Jazmín",
        "Karina", "Lizbeth", "Marisol", "Nayeli", "Olivia", "Perla"]
ES_M = ["Adán", "Bernabé", "Cutberto", "Damián", "Efraín", "Florentino", "Gilberto", "Homero", "Iván", "Joaquín",
        "Lorenzo", "Misael", "Nahúm", "Octavio", "Pascual", "Rosendo"]
ES_LAST = ["Aguayo", "Becerra", "Cisneros", "Duarte", "Esquivel", "Fuentes", "Godínez", "Ibarra", "Lemus", "Mejía",
           "Nieves", "Olvera", "Pulido", "Rangel", "Sandoval", "Tovar", "Urbina", "Villaseñor"]

POOLS = {"wf": ({"F": WF_F, "M": WF_M}, WF_LAST), "wc": ({"F": WC_F, "M": WC_M}, WC_LAST),
         "vw": ({"F": VW_F, "M": VW_M}, VW_LAST), "vc": ({"F": VC_F, "M": VC_M}, VC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "wf", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'wf'
    (program families), 'wc' (program clinicians and staff), 'vw' (vineyard and winery workers), 'vc' (the trust's
    clinicians and staff) or 'es'; sexes: F / M / X a person; `last` fixes the surname (a family member)."""
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


def phone(rng: random.Random, area: str = "360") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def dashed_id(s: str, groups: tuple[int, ...]) -> str:
    """'CVT4182B507', (3, 4, 4) -> 'CVT-4182-B507' (an ID printed with dashes; the truth then keeps them)."""
    return spaced_id(s, groups).replace(" ", "-")


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


class ETSheet(ESSheet):
    """ESSheet plus a kite and a trellis mark, a logo word with its legal name beneath, paired boxes with captions
    under them, far-right values beside a narrow caption column, claim blocks with note marks and a facts box."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def kite_mark(self, x: float, y: float, s: float):
        """A paper kite of height s: a diamond split by its spars, a bowed tail with three bows."""
        cx = x + s * 0.38
        top, mid, bot = (cx, y), y + s * 0.3, (cx, y + s * 0.72)
        left, right = (cx - s * 0.28, mid), (cx + s * 0.28, mid)
        self.set_fill_color(40, 40, 40)
        self.polygon([top, right, (cx, mid)], style="F")
        self.polygon([(cx, mid), left, bot], style="F")
        self.set_line_width(0.45)
        self.polygon([top, right, bot, left], style="D")
        self.line_seg(top[0], top[1], bot[0], bot[1])
        self.line_seg(left[0], left[1], right[0], right[1])
        self.set_line_width(0.3)
        px, py = bot
        for i in range(3):
            nx, ny = px + s * (0.08 if i % 2 == 0 else -0.05), py + s * 0.09
            self.line_seg(px, py, nx, ny)
            self.polygon([(nx - s * 0.05, ny - s * 0.025), (nx + s * 0.05, ny + s * 0.025),
                          (nx + s * 0.05, ny - s * 0.025), (nx - s * 0.05, ny + s * 0.025)], style="F")
            px, py = nx, ny
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def trellis_mark(self, x: float, y: float, s: float):
        """A vine trellis of height s: two posts, three wires, a cane curling along the wires with leaves and a
        small cluster of grapes under the middle wire."""
        w = s * 1.1
        self.set_line_width(0.7)
        self.line_seg(x + w * 0.06, y + s * 0.05, x + w * 0.06, y + s)
        self.line_seg(x + w * 0.94, y + s * 0.05, x + w * 0.94, y + s)
        self.set_line_width(0.25)
        for k in (0.22, 0.45, 0.68):
            self.line_seg(x + w * 0.06, y + s * k, x + w * 0.94, y + s * k)
        self.set_line_width(0.55)
        pts = [(x + w * 0.5, y + s), (x + w * 0.48, y + s * 0.8), (x + w * 0.5, y + s * 0.46)]
        for a, b in zip(pts, pts[1:]):
            self.line_seg(a[0], a[1], b[0], b[1])
        self.line_seg(x + w * 0.5, y + s * 0.46, x + w * 0.16, y + s * 0.43)
        self.line_seg(x + w * 0.5, y + s * 0.46, x + w * 0.84, y + s * 0.43)
        self.set_fill_color(40, 40, 40)
        for lx, ly in ((0.24, 0.3), (0.72, 0.28), (0.36, 0.36), (0.62, 0.36)):
            cx, cy = x + w * lx, y + s * ly
            r = s * 0.075
            self.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r * 0.8), (cx - r, cy)], style="F")
        r = s * 0.045
        for gx, gy in ((0.56, 0.52), (0.64, 0.52), (0.6, 0.58), (0.68, 0.58), (0.64, 0.64), (0.6, 0.7)):
            self.ellipse(x + w * gx - r, y + s * gy - r, 2 * r, 2 * r, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def mark_logo(self, logo: str, legal: str, right: list[str], mark: str = "kite", program: str | None = None,
                  small: str | None = None, box: str | None = None, size: float = 24, legal_size: float = 7.0,
                  spacing: float = 0.8, serif: bool = False, rule: bool = True):
        """The drawn mark ('kite', 'trellis' or None), the logo word beside it in heavy capitals, the legal name small
        directly beneath the logo word, then a grey program line (the brand the body only abbreviates) and a small
        line; contact lines at the right; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.6
        if mark == "kite":
            self.kite_mark(x, y0, s)
            x += s * 0.8 + 3
        elif mark == "trellis":
            self.trellis_mark(x, y0 + 0.5, s * 0.9)
            x += s * 1.0 + 3
        self.set_font("Serif" if serif else self.face, "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(x, y0)
        self.cell(self.get_string_width(logo) + 2, size * 0.42, logo)
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.42 + 0.9
        self.f(legal_size)
        self.set_xy(x, yy_)
        self.cell(0, legal_size * 0.45, legal)
        yy_ += legal_size * 0.45 + 1.0
        for ln, sz, grey, st in ((program, 8.2, 60, "B"), (small, 6.4, 105, "")):
            if ln:
                self.set_text_color(grey, grey, grey)
                self.f(sz, st)
                self.set_xy(x, yy_)
                self.multi_cell(W * 0.6 - (x - self.l_margin), sz * 0.45, ln, new_x="LEFT", new_y="NEXT")
                yy_ = self.get_y() + 0.3
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
    def pair_boxes(self, cells: list[tuple], size: float = 9.0, cap: float = 5.9, h: float = 7.4, gap: float = 2.0,
                   x: float | None = None):
        """One row of ruled boxes, values inside, captions printed UNDER the boxes in small capitals. A cell is
        (value, caption, width) or ((value1, value2), "CAPTION1 / CAPTION2", width): that box is divided by a thin
        upright rule, one value each side, and the single paired caption stands under the whole box."""
        x0 = self.l_margin if x is None else x
        xx = x0
        y = self.get_y()
        for v, k, w in cells:
            bw = w - gap
            self.rect(xx, y, bw, h)
            self.f(size, "B")
            if isinstance(v, tuple):
                half = bw * 0.5
                self.line_seg(xx + half, y + 1.2, xx + half, y + h - 1.2)
                for i, part in enumerate(v):
                    self.set_xy(xx + i * half + 1.2, y + (h - size * 0.45) / 2)
                    self.cell(half - 2.4, size * 0.45, part)
            else:
                self.set_xy(xx + 1.2, y + (h - size * 0.45) / 2)
                self.cell(bw - 2.4, size * 0.45, v)
            self.set_xy(xx, y + h + 0.6)
            self.set_text_color(80, 80, 80)
            self.f(cap)
            self.cell(bw, cap * 0.45, k.upper())
            self.set_text_color(0, 0, 0)
            xx += w
        self.set_xy(self.l_margin, y + h + cap * 0.45 + 3.0)

    def far_rows(self, rows: list[tuple[str, str]], cap_w: float = 30, size: float = 9.2, cap: float = 6.8,
                 h: float = 5.6, shade: int = 232, x: float | None = None, w: float | None = None):
        """Captions in a narrow shaded column at the left, each value set flush at the far right of the block
        (nothing between them: no leaders, no box); a hairline under each row."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(x0, y, cap_w, h * len(rows), style="F")
        self.set_fill_color(255, 255, 255)
        for k, v in rows:
            self.set_xy(x0 + 1.2, y + (h - cap * 0.45) / 2)
            self.f(cap, "B")
            self.cell(cap_w - 2, cap * 0.45, k)
            self.set_xy(x0 + cap_w, y + (h - size * 0.45) / 2)
            self.f(size)
            self.cell(W - cap_w - 1, size * 0.45, v, align="R")
            self.set_draw_color(170, 170, 170)
            self.line_seg(x0, y + h, x0 + W, y + h)
            self.set_draw_color(0, 0, 0)
            y += h
        self.set_xy(self.l_margin, y + 3)

    # --- claims ---------------------------------------------------------------------------------------------------
    def _claim_head(self, head, widths, aligns, size):
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.43
        n = max(len(self.multi_cell(w - 1, lh, t, dry_run=True, output="LINES")) for t, w in zip(head, widths))
        hh = n * lh + 2
        y = self.get_y()
        self.set_line_width(0.45)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        xx = x0
        for t, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.5, y + 1)
            self.multi_cell(w - 1, lh, t, align="R" if a == "R" else ("C" if a == "C" else "L"), new_x="RIGHT",
                            new_y="TOP")
            xx += w
        self.line_seg(x0, y + hh, x0 + W, y + hh)
        self.set_xy(x0, y + hh + 0.6)

    def noted_claims(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                     totals: list[str] | None = None, size: float = 7.6, row_h: float = 4.6, shade: int = 228,
                     cont: str = "continued on the next page", repeat_head: bool = True):
        """Claim blocks under one heading. A claim is {"head": bold text on a shaded band, "sub": a small grey line
        under the band (or None), "rows": [[cells]], "total": [cells] or None, "break": True to end the page after
        this block}. The last column is meant for bare note digits ("2, 3", "1 4") keyed to a numbered note list.
        After a break the heading is printed again (repeat_head) or the rows simply go on."""
        x0 = self.l_margin
        W = sum(widths)
        self._claim_head(head, widths, aligns, size)
        for c in claims:
            y = self.get_y()
            self.set_fill_color(shade, shade, shade)
            self.rect(x0, y, W, row_h + 0.4, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0 + 0.8, y + 0.2)
            self.f(size, "B")
            self.cell(W - 1.6, row_h, c["head"])
            self.set_xy(x0, y + row_h + 0.4)
            if c.get("sub"):
                self.set_text_color(85, 85, 85)
                self.f(size - 1.0)
                self.set_x(x0 + 0.8)
                self.cell(W - 1.6, row_h - 0.6, c["sub"], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            for r in c["rows"]:
                self.set_x(x0)
                for cell_, w, a in zip(r, widths, aligns):
                    self.f(size)
                    self.cell(w, row_h, cell_, align=a)
                self.ln(row_h)
            if c.get("total"):
                yy_ = self.get_y() + 0.2
                self.set_draw_color(150, 150, 150)
                self.line_seg(x0 + widths[0], yy_, x0 + W, yy_)
                self.set_draw_color(0, 0, 0)
                self.set_xy(x0, yy_ + 0.3)
                for cell_, w, a in zip(c["total"], widths, aligns):
                    self.f(size, "B")
                    self.cell(w, row_h, cell_, align=a)
                self.ln(row_h)
            self.ln(1.2)
            if c.get("break"):
                self.set_text_color(90, 90, 90)
                self.f(size - 0.8)
                self.cell(W, 4, cont, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.add_page()
                if repeat_head:
                    self._claim_head(head, widths, aligns, size)
        if totals:
            y = self.get_y()
            self.set_line_width(0.45)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
            self.set_xy(x0, y + 0.5)
            for cell_, w, a in zip(totals, widths, aligns):
                self.f(size, "B")
                self.cell(w, row_h + 0.4, cell_, align=a)
            self.ln(row_h + 2.5)
        self.ln(1.5)

    def facts_box(self, title: str, rows: list[tuple[str, str]], cols: int = 2, size: float = 9.0, cap: float = 6.4,
                  h: float = 9.6):
        """A framed box of member facts: a bold title on a shaded strip, then caption-over-value cells `cols` to a
        row (used where a letter keeps who and what it is about for its second page)."""
        x0 = self.l_margin
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(222, 222, 222)
        self.rect(x0, y, W, 6.4, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0 + 2, y + 1)
        self.f(9.0, "B")
        self.cell(W - 4, 4.4, title)
        y += 6.4
        cw = W / cols
        nrows = (len(rows) + cols - 1) // cols
        self.rect(x0, y, W, nrows * h)
        for i, (k, v) in enumerate(rows):
            r, c = divmod(i, cols)
            xx, yy_ = x0 + c * cw, y + r * h
            if c:
                self.line_seg(xx, yy_ + 1, xx, yy_ + h - 1)
            self.set_xy(xx + 2, yy_ + 1)
            self.set_text_color(80, 80, 80)
            self.f(cap)
            self.cell(cw - 4, cap * 0.45, k)
            self.set_text_color(0, 0, 0)
            self.set_xy(xx + 2, yy_ + 1.4 + cap * 0.45)
            self.f(size, "B")
            self.cell(cw - 4, size * 0.45, v)
        self.set_xy(x0, y + nrows * h + 4)


def office_cover(office: str, lines: list[str], rows: list[tuple[str, str]], ticks: list[tuple[bool, str]],
                 message: list[str], tx: str | None = None, tx_total: int | None = None, title: str = "FAX") -> bytes:
    """An office's printed fax cover: the office name and address lines at the top left, a large title at the right,
    a ruled grid of (caption, value) rows two to a line, a row of tick boxes, a message, a confidentiality line at
    the foot. A page of its own that belongs to no document."""
    p = ETSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = 22
    p.f(12.5, "B")
    p.set_xy(p.l_margin, y0)
    p.cell(W * 0.6, 6, office)
    p.f(8.0)
    for i, ln in enumerate(lines):
        p.set_xy(p.l_margin, y0 + 7 + i * 3.8)
        p.cell(W * 0.6, 3.6, ln)
    p.f(34, "B")
    p.set_xy(p.l_margin + W * 0.6, y0 - 2)
    p.cell(W * 0.4, 14, title, align="R")
    y = y0 + 9 + len(lines) * 3.8
    p.set_line_width(0.6)
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.set_line_width(0.2)
    y += 4
    half = W / 2
    for i in range(0, len(rows), 2):
        for j, (k, v) in enumerate(rows[i:i + 2]):
            x = p.l_margin + j * half
            p.rect(x, y, half - 2, 11)
            p.set_xy(x + 1.5, y + 0.8)
            p.f(6.8, "B")
            p.cell(half - 5, 3, k.upper())
            p.set_xy(x + 1.5, y + 4.6)
            p.f(10.5)
            p.cell(half - 5, 5, v)
        y += 13
    y += 2
    x = p.l_margin
    for on, lab in ticks:
        p.rect(x, y, 4, 4)
        if on:
            p.set_line_width(0.6)
            p.line_seg(x + 0.6, y + 0.6, x + 3.4, y + 3.4)
            p.line_seg(x + 3.4, y + 0.6, x + 0.6, y + 3.4)
            p.set_line_width(0.2)
        p.f(9.2)
        p.set_xy(x + 5.5, y - 0.2)
        p.cell(W / len(ticks) - 6, 4.4, lab)
        x += W / len(ticks)
    y += 10
    p.f(9.0, "B")
    p.set_xy(p.l_margin, y)
    p.cell(0, 5, "Message")
    y += 6
    p.rect(p.l_margin, y, W, 62)
    p.set_xy(p.l_margin + 3, y + 3)
    p.f(10.2)
    for ln in message:
        p.set_x(p.l_margin + 3)
        p.multi_cell(W - 6, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.5)
    p.f(6.8)
    p.set_xy(p.l_margin, p.h - 26)
    p.multi_cell(W, 3.1, "CONFIDENTIAL: the pages that follow may hold health information about a child and family. "
                         "They are for the person named above. If they reached you by mistake, call the sender and "
                         "destroy them; do not read, copy or pass them on.", new_x="LMARGIN", new_y="NEXT")
    return out(p)
