"""Drawing helpers for round EU, helper famub (papers mirrored from a national no-fault vaccine injury compensation
program: petitions decided by a claims tribunal, the program office's records requests and decisions, and the
reimbursement of medical expenses that no insurance paid under an award; and an invented health fund for piano tuners
and musical instrument repairers with eligibility by shop hours).

Why: this round asks for notice dates said in words or set in odd places (ordinal days, a date printed only in a
postage-meter "Mailed" mark or in the footer, a date whose tiny caption a fax garbles, the sending machine's later
date on every faxed page), values far from their captions (captions in a narrow left column with dot leaders running
to values at the page edge, label blocks whose value sits one line down and to the right, a box of member facts on
page two), statements whose refused claim is marked only by a code in a status or remarks column defined in a legend
under the table, providers with titles and credentials or named only in prose, and case numbers under odd labels
beside decoy document-control, form, batch and check numbers. New here (everything else comes from round ET's
ETSheet and what it inherits):
- EUSheet.vial_shield / EUSheet.tuning_fork: two drawn marks (a shield holding a small vial and a drop; a tuning fork
  on its stem with two sound arcs) for the program's and the fund's letterheads;
- EUSheet.meter_mark: a postage-meter impression at the top right ("MAILED", the date, the office town, wavy cancel
  lines) - on some papers the only full date the page prints apart from the date in words;
- EUSheet.dot_edge: captions in a narrow left column (wrapping inside it), dot leaders from the caption's last line
  to the value printed flush against the right margin;
- EUSheet.stair_pairs: label blocks where each caption sits on its own line and its value one line lower, pushed
  to the right (below and to the right of its caption);
- EUSheet.faint_pairs: a tiny light-grey caption run straight into a bold value on one line (the caption is the
  first thing a standard-resolution fax loses or garbles);
- EUSheet.status_table: an unruled statement table with a bold heading over a rule and a narrow last column of
  status codes, rows grouped under a plain line per claim (no refusal word in the rows: the code says it);
- EUSheet.emblem_stack: a drawn mark beside a stack of name lines (a name broken over two heavy lines, an office
  line in grey under it), for the program's and the tribunal's letterheads;
- firm_cover: a law office's printed fax cover (the firm's name in serif capitals over a double rule, "FACSIMILE"
  letter-spaced, typed To / From / Fax / Date / Pages entries on rules, a "Re:" line, a typed note and a boxed
  privilege notice), for a stack a petitioner's lawyers forward to the family;
- new people pools for both families (petitioners and families, program and tribunal staff and clinicians, piano
  tuners and repairers, their clinicians and fund staff, Spanish speakers) so no name repeats an earlier family.
Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundet_famtb import (ETSheet, abbr, addr_block, dd_mon, digits, dot_dmy, dr, es_date,  # noqa: F401
                               first_last, hand_cover, iso, last_first, long, m2, n2, npi, office_cover, out,
                               plus, sign, slash, spaced_id, the_of, tollfree, truth, usd, wd_short, wd_tue,
                               workday, yy)
from kit_rounder_famrf import ord_long, wday_long  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# petitioners, injured people and their families (program family)
VP_F = ["Anneliese", "Berenice", "Clarabelle", "Delphinia", "Emmaline", "Florentyna", "Gwendolyn", "Hyacinth",
        "Isadora", "Juniper", "Kerensa", "Lavinia", "Marigold", "Nerissa", "Ottoline", "Philomena", "Rosalba",
        "Seraphina", "Tamsyn", "Ursula", "Verity", "Wilhelmina"]
VP_M = ["Alaric", "Benedikt", "Crispin", "Dashiell", "Everard", "Fitzroy", "Godfrey", "Hartley", "Ignatz", "Jericho",
        "Kenelm", "Lazarus", "Mordecai", "Nathaniel", "Osric", "Peregrine", "Quillon", "Rainer", "Silas", "Thaddeus",
        "Ulric", "Wendell"]
VP_LAST = ["Abernethy-Cole", "Brightwell", "Castellane", "Dunmore", "Eversleigh", "Farquharson", "Gallowglass",
           "Hawtrey", "Inchbold", "Jeffcoat", "Kinnersley", "Lathbury", "Mountstephen", "Northcote", "Oldcastle",
           "Pendarves", "Quartermaine", "Rattray", "Scudamore", "Trelawney", "Underdown", "Verekar", "Winstanley"]
# program, tribunal and contractor staff, clinicians around the petitioners
VC_F = ["Aoife", "Bettina", "Clothilde", "Desislava", "Eulalia", "Fenella", "Gisela", "Hedwig", "Iolanthe",
        "Jarmila", "Klementyna", "Ludovica", "Magdalena", "Nikoleta", "Oriana", "Pieternella", "Roswitha", "Svetla"]
VC_M = ["Anselmo", "Bartholomeus", "Cyprian", "Dobromir", "Eberhard", "Florentin", "Gottfried", "Hieronymus",
        "Isidoro", "Jeremias", "Konstantin", "Leopoldo", "Medard", "Nikodem", "Ottokar", "Pancrazio", "Ruprecht"]
VC_LAST = ["Achterhof", "Blomqvist", "Czarnecki", "Dragomirov", "Eichelberger", "Frangipane", "Grzelak", "Hollenbeck",
           "Iordanescu", "Jablonski", "Kristiansen", "Lindenmayer", "Mastrantonio", "Nieuwenhuis", "Ostergaard",
           "Przybylski", "Quattrocchi", "Rosenquist", "Szczepanik", "Tiefenbach", "Vanderhoven", "Zamfirescu"]
# piano tuners, technicians, rebuilders, band- and string-instrument repairers and their families
PT_F = ["Adeline", "Birdie", "Cleora", "Dovie", "Elvira", "Flossie", "Gertie", "Hattie", "Ione", "Josie", "Lula",
        "Maude", "Nettie", "Opal", "Pearle", "Ruby", "Sybil", "Tillie", "Viola", "Zula"]
PT_M = ["Abner", "Barney", "Cecil", "Delmer", "Ephraim", "Fenton", "Gilford", "Homer", "Irving", "Jethro", "Lowell",
        "Milo", "Newt", "Orrin", "Percy", "Rollo", "Seldon", "Thurlow", "Vernon", "Wendel"]
PT_LAST = ["Ashbaugh", "Bettencourt", "Clodfelter", "Dreibelbis", "Espenshade", "Fackler", "Gingerich",
           "Hochstetler", "Imhoff", "Kauffelt", "Leatherman", "Mumaw", "Neidig", "Oberholtzer", "Plankenhorn",
           "Rittenhouse", "Shellenberger", "Troxel", "Umbarger", "Wolfersberger", "Yoder-Kline", "Zimmerly"]
# the fund's clinicians, reviewers and office staff
PC_F = ["Amalthea", "Brisa", "Calla", "Damaris", "Elowen", "Faustina", "Galatea", "Honora", "Ilaria", "Jessamy",
        "Keturah", "Liora", "Morwenna", "Nuala", "Oona", "Perpetua", "Rhiannon", "Sabeth"]
PC_M = ["Aurelio", "Bastien", "Cassius", "Desmond", "Emrys", "Faramond", "Gervase", "Hadrian", "Iorwerth",
        "Jocelyn", "Lysander", "Malachy", "Neirin", "Oberon", "Pelham", "Rhodri", "Severus", "Tristram"]
PC_LAST = ["Ambridge", "Blakeway", "Corbishley", "Dewhirst", "Entwhistle", "Fairclough", "Grimshaw", "Haworth",
           "Ingersoll", "Jagger-Holt", "Kershaw", "Lumbsden", "Marsden-Pike", "Nuttall", "Ormesher", "Pilkington",
           "Rothwell", "Sutcliffe", "Tattersall", "Wadsworth"]
# Spanish speakers
ES_F = ["Altagracia", "Begoña", "Candelaria", "Dorotea", "Encarnación", "Filomena", "Genoveva", "Herminia",
        "Ildefonsa", "Jacinta", "Leocadia", "Macarena", "Natividad", "Purificación", "Rosaura", "Teodora"]
ES_M = ["Anacleto", "Bonifacio", "Casimiro", "Dionisio", "Eleuterio", "Florencio", "Gaudencio", "Hermenegildo",
        "Inocencio", "Jenaro", "Leoncio", "Macario", "Nemesio", "Onésimo", "Plácido", "Segismundo"]
ES_LAST = ["Albarracín", "Berrocal", "Cifuentes", "Dorronsoro", "Egaña", "Fuenmayor", "Goicoechea", "Hinojosa",
           "Iribarren", "Jáuregui", "Landaluce", "Moncayo", "Nebreda", "Oyarzábal", "Pinedo", "Quiroga",
           "Regueiro", "Sotomayor", "Tellechea", "Urrutia", "Valdivieso", "Zorrilla"]

POOLS = {"vp": ({"F": VP_F, "M": VP_M}, VP_LAST), "vc": ({"F": VC_F, "M": VC_M}, VC_LAST),
         "pt": ({"F": PT_F, "M": PT_M}, PT_LAST), "pc": ({"F": PC_F, "M": PC_M}, PC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "vp", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'vp'
    (petitioners and families), 'vc' (program staff and clinicians), 'pt' (tuners and repairers), 'pc' (the fund's
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


def phone(rng: random.Random, area: str = "410") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def the_of_c(d: dt.date) -> str:
    """the 9th of March, 2026 (with a comma before the year)"""
    return f"the {nth(d.day)} of {d.strftime('%B')}, {d.year}"


def wd_the_of(d: dt.date) -> str:
    """Monday, the 9th of March 2026"""
    return f"{d.strftime('%A')}, the {nth(d.day)} of {d.strftime('%B')} {d.year}"


def ord_md(d: dt.date) -> str:
    """March 9th (no year)"""
    return f"{d.strftime('%B')} {nth(d.day)}"


def meter_date(d: dt.date) -> str:
    """MAR 09 2026 (as a postage meter prints it)"""
    return d.strftime("%b %d %Y").upper()


class EUSheet(ETSheet):
    """ETSheet plus a vial-in-shield and a tuning-fork mark, a postage-meter mark, captions in a narrow column with dot
    leaders to values at the page edge, stair-stepped label blocks, faint captions run into values, and an unruled
    statement table with a status-code column."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def vial_shield(self, x: float, y: float, s: float):
        """A shield of side s holding a small upright vial with a dark cap and a drop beside it."""
        w = s * 0.82
        cx = x + w / 2
        self.set_line_width(0.7)
        pts = [(x, y), (x + w, y), (x + w, y + s * 0.55)]
        for k in range(1, 8):
            a = math.pi * k / 8
            pts.append((cx + (w / 2) * math.cos(a), y + s * 0.55 + s * 0.42 * math.sin(a)))
        pts.append((x, y + s * 0.55))
        self.polygon(pts, style="D")
        self.set_line_width(0.4)
        vw, vh = w * 0.22, s * 0.5
        vx, vy = cx - vw / 2 - w * 0.1, y + s * 0.2
        self.rect(vx, vy, vw, vh)
        self.set_fill_color(30, 30, 30)
        self.rect(vx - vw * 0.12, vy - s * 0.09, vw * 1.24, s * 0.09, style="F")
        self.rect(vx, vy + vh * 0.55, vw, vh * 0.45, style="F")
        dx, dy = cx + w * 0.2, y + s * 0.38
        self.polygon([(dx, dy - s * 0.12), (dx + s * 0.07, dy + s * 0.02), (dx - s * 0.07, dy + s * 0.02)],
                     style="F")
        self.ellipse(dx - s * 0.07, dy - s * 0.03, s * 0.14, s * 0.13, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def tuning_fork(self, x: float, y: float, s: float):
        """A tuning fork of height s: two tines joined in a U, a stem, and two sound arcs at the right."""
        cx = x + s * 0.3
        tw = s * 0.07
        self.set_fill_color(30, 30, 30)
        self.rect(cx - s * 0.14, y, tw, s * 0.52, style="F")
        self.rect(cx + s * 0.14 - tw, y, tw, s * 0.52, style="F")
        self.rect(cx - s * 0.14, y + s * 0.52, s * 0.28, tw, style="F")
        self.rect(cx - tw / 2, y + s * 0.52, tw, s * 0.42, style="F")
        self.ellipse(cx - tw, y + s * 0.9, tw * 2, tw * 1.4, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.45)
        for r in (s * 0.18, s * 0.3):
            ax, ay = cx + s * 0.2, y + s * 0.22
            pts = [(ax + r * math.cos(a), ay + r * math.sin(a)) for a in [(-0.7 + 1.4 * k / 10) for k in range(11)]]
            for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
                self.line_seg(x1, y1, x2, y2)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float):
        if kind == "vial":
            self.vial_shield(x, y, s)
        elif kind == "fork":
            self.tuning_fork(x, y, s)
        elif kind == "seal":
            self.seal(x, y, s)
        else:
            super()._mark(kind, x, y, s)

    # --- dates ----------------------------------------------------------------------------------------------------
    def meter_mark(self, d_text: str, town: str, x: float | None = None, y: float | None = None, w: float = 44,
                   serial: str = ""):
        """A postage-meter impression: a framed box with 'MAILED' and the date in a heavy face, the town under it, a
        meter serial in tiny type, and wavy cancel lines running out to its left. Drawn at (x, y) or the top right."""
        keep = (self.get_x(), self.get_y())
        x = self.w - self.r_margin - w if x is None else x
        y = self.t_margin if y is None else y
        h = 17
        self.set_draw_color(70, 70, 70)
        self.set_text_color(70, 70, 70)
        self.set_line_width(0.5)
        self.rect(x, y, w, h)
        self.set_line_width(0.3)
        for k in range(4):
            yy_ = y + 3 + k * 3.4
            pts = [(x - 26 + t * 1.0, yy_ + 0.9 * math.sin(t * 0.6)) for t in range(0, 25)]
            for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
                self.line_seg(x1, y1, x2, y2)
        self.set_font(self.face, "B", 7.2)
        self.set_xy(x, y + 1.2)
        self.cell(w, 3.4, "MAILED", align="C")
        self.set_font("Mono", "B", 10.5)
        self.set_xy(x, y + 5.0)
        self.cell(w, 4.6, d_text, align="C")
        self.set_font(self.face, "", 6.4)
        self.set_xy(x, y + 10.0)
        self.cell(w, 3, town, align="C")
        if serial:
            self.set_font(self.face, "", 4.8)
            self.set_xy(x, y + 13.2)
            self.cell(w, 2.4, serial, align="C")
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_xy(*keep)

    # --- captions and values --------------------------------------------------------------------------------------
    def dot_edge(self, rows: list[tuple[str, str]], cap_w: float = 32, size: float = 9.0, cap: float = 7.2,
                 lh: float = 4.6, x: float | None = None, w: float | None = None):
        """Captions in a narrow column at the left (wrapping inside cap_w); from the end of a caption's last line dot
        leaders run to its value, printed bold and flush against the right edge of (x, w)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        for k, v in rows:
            y = self.get_y()
            self.f(cap)
            lines = self.multi_cell(cap_w, cap * 0.44, k, dry_run=True, output="LINES", align="L")
            self.set_xy(x0, y)
            self.multi_cell(cap_w, cap * 0.44, k, new_x="LEFT", new_y="NEXT", align="L")
            last_y = y + (len(lines) - 1) * cap * 0.44
            end_x = x0 + self.get_string_width(lines[-1]) + 1.2
            self.f(size, "B")
            vw = self.get_string_width(v) + 1
            self.f(cap)
            dot_w = max(self.get_string_width("."), 0.4)
            n = max(2, int((x0 + W - vw - end_x - 1.5) / dot_w))
            self.set_xy(end_x, last_y + (lh - cap * 0.44) / 2 - 0.6)
            self.set_text_color(110, 110, 110)
            self.cell(n * dot_w, cap * 0.44, "." * n)
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(x0 + W - vw, last_y - 0.4)
            self.cell(vw, lh, v, align="R")
            self.set_y(max(last_y + lh, y + lh) + 0.6)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def stair_pairs(self, rows: list[tuple[str, str]], step: float = 22, size: float = 9.2, cap: float = 7.4,
                    x: float | None = None, w: float | None = None, gap: float = 1.4):
        """Label blocks: each caption on a line of its own, its value one line lower and pushed `step` mm to the
        right (below and to the right of its caption)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        for k, v in rows:
            self.f(cap, "B")
            self.set_text_color(60, 60, 60)
            self.set_x(x0)
            self.cell(W, cap * 0.46, k, new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.f(size)
            for ln in v.split("\n"):
                self.set_x(x0 + step)
                self.cell(W - step, size * 0.48, ln, new_x="LEFT", new_y="NEXT")
            self.set_y(self.get_y() + gap)
        self.set_x(self.l_margin)

    def faint_pairs(self, rows: list[tuple[str, str]], cap: float = 5.2, size: float = 9.4, grey: int = 150,
                    x: float | None = None, lh: float = 5.0):
        """Lines 'caption value': a tiny light-grey caption run straight into a bold value on one line."""
        x0 = self.l_margin if x is None else x
        for k, v in rows:
            self.set_x(x0)
            self.set_text_color(grey, grey, grey)
            self.f(cap)
            self.cell(self.get_string_width(k) + 1.2, lh, k)
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.cell(0, lh, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    # --- tables ---------------------------------------------------------------------------------------------------
    def status_table(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.6,
                     row_h: float = 4.5):
        """An unruled statement table: a bold heading (wrapping) over a rule, then rows. ("group", text) prints a
        plain line across the table (who the claim was for, who gave the care, its number), ("total", cells) a bold
        row under a thin rule, ("gap",) a little space; any other row is a list of cells."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.43
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.4, y)
            self.multi_cell(w - 0.8, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        y += n * lh + 0.8
        self.set_line_width(0.45)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.set_xy(x0, y + 1)
        for r in rows:
            kind = r[0] if isinstance(r, tuple) else None
            if kind == "gap":
                self.ln(1.4)
                continue
            if kind == "group":
                self.f(size - 0.2)
                self.set_x(x0)
                self.set_text_color(40, 40, 40)
                self.cell(W, row_h, r[1], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                continue
            cells = r[1] if kind == "total" else r
            if kind == "total":
                yb = self.get_y()
                self.line_seg(x0 + widths[0], yb, x0 + W, yb)
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.f(size, "B" if kind == "total" else "")
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.set_line_width(0.45)
        self.line_seg(x0, self.get_y() + 0.5, x0 + W, self.get_y() + 0.5)
        self.set_line_width(0.2)
        self.ln(3)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def emblem_stack(self, lines: list[tuple[str, float, str]], right: list[str], mark: str = "vial",
                     box: str | None = None, mark_size: float = 17, rule: bool = True, grey_last: bool = True):
        """A drawn mark at the left and beside it a stack of name lines of (text, size, style); the last line grey
        when grey_last; contact lines right-aligned; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self._mark(mark, self.l_margin, y0, mark_size)
        x = self.l_margin + mark_size * 0.9 + 4
        yy_ = y0
        for i, (t, sz, st) in enumerate(lines):
            if grey_last and i == len(lines) - 1 and len(lines) > 1:
                self.set_text_color(90, 90, 90)
            self.f(sz, st)
            self.set_xy(x, yy_)
            self.cell(W * 0.6, sz * 0.45, t)
            self.set_text_color(0, 0, 0)
            yy_ += sz * 0.45 + 0.7
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry, y0 + mark_size) + 1.5)
        if rule:
            self.set_line_width(0.45)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)


def firm_cover(firm: list[str], rows: list[tuple[str, str]], re: str, message: list[str], foot: str,
               tx: str | None = None, tx_total: int | None = None) -> bytes:
    """A law office's printed fax cover: the firm's name in serif capitals centred over its address lines and a double
    rule, 'FACSIMILE' letter-spaced, a two-column grid of typed entries (To / From / Fax / Date / Pages ...), a 'Re:'
    line, a typed message and a boxed privilege notice at the foot. A page of its own."""
    p = EUSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(22, 18, 22)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_y(22)
    p.set_font("Serif", "B", 17)
    p.set_char_spacing(1.5)
    p.cell(W, 8, firm[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_char_spacing(0)
    p.set_font("Serif", "", 8.6)
    for ln in firm[1:]:
        p.cell(W, 4.2, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 2.5
    p.set_line_width(0.6)
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.set_line_width(0.2)
    p.line_seg(p.l_margin, y + 1.1, p.l_margin + W, y + 1.1)
    p.set_y(y + 8)
    p.set_font("Serif", "B", 20)
    p.set_char_spacing(6)
    p.cell(W, 10, "FACSIMILE", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_char_spacing(0)
    p.ln(6)
    half = W / 2
    for i in range(0, len(rows), 2):
        y = p.get_y()
        for j, (k, v) in enumerate(rows[i:i + 2]):
            x = p.l_margin + j * half
            p.set_font("Serif", "B", 10)
            p.set_xy(x, y)
            p.cell(22, 7, k)
            p.set_font("Mono", "", 10.5)
            p.cell(half - 26, 7, v)
            p.line_seg(x + 22, y + 6.4, x + half - 5, y + 6.4)
        p.set_y(y + 9.5)
    p.ln(3)
    p.set_font("Serif", "B", 10.5)
    p.cell(10, 6, "Re:")
    p.set_font("Mono", "", 10.5)
    p.multi_cell(W - 10, 5.6, re, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.set_font("Mono", "", 10.5)
    for ln in message:
        p.multi_cell(W, 5.6, ln, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.2)
    p.set_font("Serif", "", 7.4)
    p.set_xy(p.l_margin, p.h - 34)
    p.multi_cell(W, 3.4, foot, border=1, new_x="LMARGIN", new_y="NEXT", padding=2)
    return out(p)
