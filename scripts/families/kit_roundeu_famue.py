"""Drawing helpers for round EU, helper famue (papers mirrored from a state AIDS drug assistance program with an
insurance assistance arm that pays health plan premiums and co-pays, run by a state health department with a
contracted pharmacy benefits and payments processor; an invented health trust for lobster boat crews and wharf
workers whose eligibility is earned by days at sea).

Why: this round asks for notice dates said in words or put in odd places (ordinal days, a date only in a "Mailed"
stamp or in the footer, a date whose caption a fax garbles, the sending fax machine's later date on every faxed page),
values far from their captions (captions in a narrow left column with the value at the page edge, label blocks whose
values sit below and to the right, member facts in a box on page two), statements whose refused claim is marked only
by a code in a status or remarks column defined in a legend below the table, providers with titles and credentials
(Dr., Dra., NP, PA-C, DPT, LCSW, DDS; a practice with its rendering clinician; a provider named only in prose), case
numbers under unusual captions ("File no.", "Matter", "Docket", "Control no.", "Referencia") beside decoy numbers
(document control, form, batch and check numbers), IDs with letters in mixed positions and member IDs with a dependent
suffix, and fax stacks with a cover. New here:
- EUSheet.buoy / EUSheet.mortar: two drawn marks (a lobster buoy on its spar, banded; a mortar and pestle);
- EUSheet.centre_mast: a centred state masthead (the seal above, "STATE OF ..." letter-spaced, the department in
  heavy capitals, the office line, a double rule), with contact lines in small type under the rule at the right;
- EUSheet.buoy_head / EUSheet.mortar_head: ESSheet.logo_legal (logo word, legal name small under it) with the buoy or
  the mortar in place of the lantern;
- EUSheet.far_leaders: captions in a narrow left column (wrapping there when long), dot leaders from the caption's last
  line to the value set flush at the right margin;
- EUSheet.drop_block: label blocks whose value sits on the line BELOW its caption and indented to the right;
- EUSheet.pale_pair: a caption in small pale grey type (a standard fax drops or breaks it) with its value in black;
- EUSheet.mailed: a slanted "MAILED" rubber stamp holding the only date a paper carries;
- EUSheet.coded_rows: a ruled statement table whose last column holds a short status code only (no words), with
  optional grey inline lines under a claim (who treated, which control number);
- agency_cover: an HIV case management agency's printed fax transmittal form (a dark title bar, a To / From grid,
  a pages box, a "Re" line) filled in by typing;
- slip_cover: a lobster co-op's printed buyer's slip (boat, crates, pounds, price grid) turned into a fax cover by
  hand lettering across it.
Everything else comes from round ET's ETSheet (kit_roundet_famtf) and what it inherits. Every name and number
printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundet_famtf import (ETSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, es_date, es_wday, first_last, iso, last_first, long, m2, mdyyyy,
                               mon_yyyy, month_end, n2, nodollar, npi, out, plus, sign, slash, spaced_id, surname,
                               the_of, tin, truth, usd, wday_long, workday, yy)
from kit_rounder_famrf import ord_long  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# program clients (a river-valley state: mill towns, a port city, farm counties)
AC_F = ["Analyn", "Bettina", "Corazon", "Divina", "Edelweiss", "Florinda", "Guylaine", "Herminie", "Jocelyne",
        "Katleen", "Lourdes", "Marjolaine", "Nerissa", "Odelia", "Perpetue", "Rosemonde", "Solange", "Tatiana"]
AC_M = ["Aristide", "Benedicto", "Cyprien", "Dieudonne", "Evaristo", "Fortunato", "Gerlando", "Honorat", "Jeanlouis",
        "Lucresse", "Macario", "Nestorin", "Olivier", "Prudencio", "Rodrigue", "Saturnin", "Teodulo", "Wilner"]
AC_LAST = ["Balagtas", "Casimir", "Dimaandal", "Estime", "Florvil", "Guevarra", "Hyppolite", "Ilagan", "Joachim",
           "Lacsamana", "Mondesir", "Nepomuceno", "Obando", "Pamintuan", "Ravelo", "Saintvil", "Tolentino",
           "Vilbrun", "Zamora-Pike", "Bellegarde", "Cadet-Noel", "Delva", "Exantus", "Fleurimond"]
# program clinicians, pharmacists and department / processor staff
AP_F = ["Adaeze", "Bronwen", "Caoimhe", "Dagny", "Eithne", "Folasade", "Gwenllian", "Hafsa", "Iolanthe", "Jurgita",
        "Kalinda", "Lowri", "Morwenna", "Nkechi", "Oriane", "Radka", "Sunniva", "Tamsin"]
AP_M = ["Adebayo", "Bartosz", "Ciaran", "Dervla", "Emrys", "Fergal", "Gethin", "Hamish", "Idris", "Jonas",
        "Kwabena", "Lachlan", "Maelor", "Niamh", "Oisin", "Pryderi", "Ruairi", "Tadhg"]
AP_LAST = ["Abernethy-Cole", "Blaylock", "Cadwalader", "Drummond", "Eskridge", "Fairbairn", "Gilchrist", "Hepworth",
           "Ironside", "Kavanagh-Bell", "Llewellyn", "Macready", "Nettleship", "Onyekachi", "Prothero", "Quarrie",
           "Rennison", "Strachan", "Tregarthen", "Umfreville", "Vosper", "Wetherell", "Yeardley", "Adeyemi-Shaw"]
# lobster boat crews, wharf workers and their families (a cold northern coast)
LB_F = ["Alvena", "Bethiah", "Cordelle", "Darlene", "Elva", "Freeda", "Hepzibah", "Idella", "Jerusha", "Kerrilyn",
        "Lorna", "Mahala", "Nettie", "Orpha", "Philena", "Roxanna", "Tabitha", "Verlie"]
LB_M = ["Alonzo", "Bradbury", "Coleman", "Delmont", "Elwin", "Forrest", "Gardner", "Hollis", "Ivory", "Jotham",
        "Lyndon", "Merle", "Nelson", "Otis", "Perley", "Rodney", "Sumner", "Wendell"]
LB_LAST = ["Alley", "Beal", "Colbeth", "Dunbar-Look", "Faulkingham", "Grindle", "Hutchings", "Joyce-Staples",
           "Kenniston", "Lunt", "Moholland", "Norwood-Pert", "Ober", "Pettegrow", "Rackliff", "Sprague",
           "Thurlow", "Urquhart", "Wallace-Tibbetts", "Young-Carver", "Chipman", "Eaton-Gott"]
# the trust's clinicians, reviewers and plan office staff
LC_F = ["Aoife", "Briallen", "Clodagh", "Delyth", "Eilidh", "Fenella", "Grainne", "Hedda", "Ingeborg", "Jessamy",
        "Kirsty", "Linnea", "Muirne", "Nuala", "Ottoline", "Petronella", "Rhiannon", "Saoirse"]
LC_M = ["Alasdair", "Bram", "Cormac", "Dugald", "Ewan", "Finlo", "Gareth", "Hywel", "Iain", "Jory", "Kenelm",
        "Lorcan", "Murdo", "Niall", "Oscar", "Piran", "Ronan", "Somerled"]
LC_LAST = ["Achnacarry", "Balfour-Reid", "Carmichael", "Dunvegan", "Elphinstone", "Farquharson", "Glencross",
           "Holyoake", "Inchbald", "Kilbride", "Lamont", "MacQuarrie", "Niddrie", "Ogilvy", "Penhaligon",
           "Rattray", "Sinclair-Moss", "Trelawney", "Urquhart-Lee", "Vellacott", "Wemyss", "Yelland"]
# Spanish speakers (a program client and a wharf worker; their clinicians)
SP_F = ["Agripina", "Brígida", "Celedonia", "Domitila", "Eustolia", "Filomena", "Gumersinda", "Hortensia",
        "Ifigenia", "Jacoba", "Leocadia", "Modesta"]
SP_M = ["Abundio", "Bonifacio", "Crisanto", "Desiderio", "Eleuterio", "Fulgencio", "Gregorio", "Heriberto",
        "Isidro", "Macedonio", "Nicanor", "Porfirio"]
SP_LAST = ["Altamirano", "Bocanegra", "Cervantes-Olea", "Dávalos", "Echeverría", "Figueroa", "Galindo",
           "Huerta", "Irigoyen", "Lozoya", "Mireles", "Nájera", "Olivares", "Pedroza", "Quezada", "Rentería"]

POOLS = {"ac": ({"F": AC_F, "M": AC_M}, AC_LAST), "ap": ({"F": AP_F, "M": AP_M}, AP_LAST),
         "lb": ({"F": LB_F, "M": LB_M}, LB_LAST), "lc": ({"F": LC_F, "M": LC_M}, LC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "ac", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'ac'
    (program clients), 'ap' (program clinicians and staff), 'lb' (lobster crews, wharf workers, families), 'lc' (the
    trust's clinicians and staff) or 'sp' (Spanish speakers); sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "307") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def titled(full: str, title: str = "Dr.") -> str:
    """Dr. Nuala P. Kilbride / Dra. Hortensia L. Galindo"""
    return f"{title} {full}"


def cred(full: str, c: str) -> str:
    """Tamsin R. Vosper, NP"""
    return f"{full}, {c}"


def ord_day(d: dt.date) -> str:
    """April 9th, 2026"""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d.strftime('%B')} {n}{suf}, {d.year}"


def the_nth_of(d: dt.date, comma: bool = True) -> str:
    """the 9th of April, 2026"""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suf} of {d.strftime('%B')}{',' if comma else ''} {d.year}"


def ord_short(d: dt.date) -> str:
    """April 9th (no year: prose that names the year elsewhere)"""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d.strftime('%B')} {n}{suf}"


def upper_mdy(d: dt.date) -> str:
    """APR 09, 2026 (a rubber stamp's date)"""
    return d.strftime("%b %d, %Y").upper()


class EUSheet(ETSheet):
    """ETSheet plus a drawn buoy and mortar, a centred state masthead, captions far from their values (dot leaders,
    values dropped below and right), pale fax-fragile captions, a "MAILED" stamp and status-coded claim rows."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def buoy(self, x: float, y: float, s: float):
        """A lobster buoy of height s on its spar: a spindle body with two dark bands, the spar through it."""
        w = s * 0.42
        cx = x + w / 2
        self.set_line_width(max(0.6, s * 0.05))
        self.line_seg(cx, y, cx, y + s)                                   # the spar
        top, bot = y + s * 0.16, y + s * 0.86
        pts = []
        import math
        for i in range(25):
            t = i / 24
            yy_ = top + (bot - top) * t
            half = w / 2 * math.sin(math.pi * t) ** 0.7
            pts.append((cx + half, yy_))
        pts += [(2 * cx - px, py) for px, py in reversed(pts)]
        self.set_line_width(0.5)
        self.polygon(pts)
        self.set_fill_color(30, 30, 30)
        with self.rect_clip(x - 1, top + (bot - top) * 0.28, w + 2, (bot - top) * 0.14):
            self.polygon(pts, style="F")
        with self.rect_clip(x - 1, top + (bot - top) * 0.58, w + 2, (bot - top) * 0.14):
            self.polygon(pts, style="F")
        self.ellipse(cx - s * 0.04, y - s * 0.02, s * 0.08, s * 0.08, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def mortar(self, x: float, y: float, s: float):
        """A mortar and pestle of height s: a bowl on a foot, the pestle leaning out of it."""
        w = s * 0.62
        self.set_line_width(max(0.7, s * 0.08))
        self.line_seg(x + w * 0.55, y + s * 0.5, x + w * 0.95, y + s * 0.02)        # the pestle
        self.set_fill_color(30, 30, 30)
        self.ellipse(x + w * 0.86, y - s * 0.02, s * 0.13, s * 0.13, style="F")
        bowl = [(x, y + s * 0.45), (x + w, y + s * 0.45), (x + w * 0.86, y + s * 0.74), (x + w * 0.66, y + s * 0.84),
                (x + w * 0.34, y + s * 0.84), (x + w * 0.14, y + s * 0.74)]
        self.polygon(bowl, style="F")
        self.rect(x + w * 0.3, y + s * 0.88, w * 0.4, s * 0.1, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "buoy":
            self.buoy(x + s * 0.1, y, s)
            return s * 0.62
        if kind == "mortar":
            self.mortar(x, y, s)
            return s * 0.62
        return super()._mark(kind, x, y, s)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def centre_mast(self, state: str, dept: str, office: str, contacts: list[str], seal_text: str = "",
                    size: float = 15, box: str | None = None):
        """A centred state masthead: the seal, 'STATE OF ...' letter-spaced small, the department in heavy capitals,
        the office line, a double rule; contact lines small at the right under the rule; an optional boxed title at
        the left on the same band."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        s = 15
        self.seal(self.l_margin + W / 2 - s / 2, y0, s, seal_text)
        y = y0 + s + 1.5
        self.f(7.4, "B")
        self.set_char_spacing(2.2)
        self.set_xy(self.l_margin, y)
        self.cell(W, 3.6, state.upper(), align="C")
        self.set_char_spacing(0)
        self.f(size, "B")
        self.set_xy(self.l_margin, y + 4)
        self.cell(W, size * 0.45, dept.upper(), align="C")
        self.f(8.6)
        self.set_xy(self.l_margin, y + 4 + size * 0.45 + 0.8)
        self.cell(W, 4, office, align="C")
        y = y + 4 + size * 0.45 + 6.2
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.l_margin + W, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 1.0, self.l_margin + W, y + 1.0)
        ry = self._right_lines(contacts, y + 2.2, self.l_margin + W * 0.58, size=7.0)
        by = y + 2.2
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.l_margin, by + 0.6)
            self.cell(bw, 6.8, box, border=1, align="C")
            by += 8.4
        self.set_y(max(ry, by) + 3)

    def buoy_head(self, logo: str, legal: str, right: list[str], **k):
        """ESSheet.logo_legal with the buoy drawn in place of the lantern."""
        self._with_mark("buoy", logo, legal, right, **k)

    def mortar_head(self, logo: str, legal: str, right: list[str], **k):
        """ESSheet.logo_legal with the mortar and pestle drawn in place of the lantern."""
        self._with_mark("mortar", logo, legal, right, **k)

    def _with_mark(self, kind: str, logo: str, legal: str, right: list[str], **k):
        keep = self.lantern
        self.lantern = lambda x, y, s: self._mark(kind, x, y, s)
        try:
            self.logo_legal(logo, legal, right, **k)
        finally:
            self.lantern = keep

    # --- captions far from values ---------------------------------------------------------------------------------
    def far_leaders(self, rows: list[tuple[str, str]], cap_w: float = 30, size: float = 9.0, cap: float = 7.4,
                    x: float | None = None, w: float | None = None, bold: bool = True):
        """Captions in a narrow column at the left (wrapping inside it when long); from the end of the caption's last
        line dot leaders run to the value, which sits flush against the right edge of the block."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        lh = cap * 0.46
        for capt, val in rows:
            y = self.get_y()
            self.f(cap)
            lines = self.multi_cell(cap_w, lh, capt, dry_run=True, output="LINES")
            for i, ln in enumerate(lines):
                self.set_xy(x0, y + i * lh)
                self.cell(cap_w, lh, ln)
            ly = y + (len(lines) - 1) * lh
            end = x0 + self.get_string_width(lines[-1]) + 1.5
            self.f(size, "B" if bold else "")
            vw = self.get_string_width(val) + 1.0
            self.f(cap)
            dot = max(self.get_string_width(". "), 0.5)
            n = max(2, int((x0 + W - vw - end - 2) / dot))
            self.set_text_color(90, 90, 90)
            self.set_xy(end, ly)
            self.cell(n * dot, lh, ". " * n)
            self.set_text_color(0, 0, 0)
            self.f(size, "B" if bold else "")
            self.set_xy(x0 + W - vw, ly - (size * 0.46 - lh) / 2)
            self.cell(vw, size * 0.46, val, align="R")
            self.set_xy(x0, ly + max(lh, size * 0.46) + 1.1)
        self.set_x(self.l_margin)
        self.ln(1.2)

    def drop_block(self, rows: list[tuple[str, str]], x: float | None = None, indent: float = 16, size: float = 9.2,
                   cap: float = 7.2, w: float | None = None, gap: float = 1.2):
        """Label blocks: each caption alone on its line in small bold type, its value on the line BELOW, moved
        `indent` mm to the right (a value may hold several lines split by newlines)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        for capt, val in rows:
            self.f(cap, "B")
            self.set_text_color(60, 60, 60)
            self.set_x(x0)
            self.cell(W, cap * 0.46, capt, new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.f(size)
            for ln in val.split("\n"):
                self.set_x(x0 + indent)
                self.cell(W - indent, size * 0.5, ln, new_x="LEFT", new_y="NEXT")
            self.ln(gap)
        self.set_x(self.l_margin)

    def pale_pair(self, caption: str, value: str, x: float | None = None, size: float = 9.6, cap: float = 5.6,
                  grey: int = 168, bold: bool = True):
        """A caption in small pale grey type (a standard fax drops or breaks it) and, after it on the same line, the
        value in black."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        self.set_text_color(grey, grey, grey)
        self.f(cap)
        self.set_xy(x0, y + (size - cap) * 0.22)
        cw = self.get_string_width(caption) + 1.6
        self.cell(cw, cap * 0.46, caption)
        self.set_text_color(0, 0, 0)
        self.f(size, "B" if bold else "")
        self.set_xy(x0 + cw, y)
        self.cell(0, size * 0.5, value, new_x="LMARGIN", new_y="NEXT")

    def mailed(self, d_text: str, x: float, y: float, angle: float = 8, office: str = "", size: float = 9.6):
        """A slanted rubber stamp 'MAILED' / the date / an office line, in grey (the paper's only date)."""
        lines = ["MAILED", d_text] + ([office] if office else [])
        self.rstamp(lines, x, y, angle=angle, size=size, grey=70)

    # --- statements -----------------------------------------------------------------------------------------------
    def coded_rows(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.6,
                   row_h: float = 5.0, shade_head: int = 232, code_box: bool = True):
        """A ruled statement table whose LAST column holds only a short status code (drawn in a small frame when
        code_box). A row is a list of cells; ("sub", text) a small grey inline line under the row before it; ("total",
        cells) a bold row; ("head", text) a bold line across (a patient's or a client's heading)."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.43
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        hh = n * lh + 2
        y = self.get_y()
        self.set_fill_color(shade_head, shade_head, shade_head)
        self.rect(x0, y, W, hh, style="DF")
        self.set_fill_color(255, 255, 255)
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(xx + 0.5, y + 1)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else ("C" if a == "C" else "L"), new_x="RIGHT",
                            new_y="TOP")
            xx += w
        self.set_xy(x0, y + hh)
        for r in rows:
            kind = r[0] if isinstance(r, tuple) else None
            yb = self.get_y()
            if kind == "head":
                self.f(size, "B")
                self.set_fill_color(244, 244, 244)
                self.set_x(x0)
                self.cell(W, row_h, " " + r[1], fill=True)
                self.set_fill_color(255, 255, 255)
                self.line_seg(x0, yb + row_h, x0 + W, yb + row_h)
                self.set_xy(x0, yb + row_h)
                continue
            if kind == "sub":
                self.set_text_color(85, 85, 85)
                self.f(size - 1.1)
                self.set_x(x0 + widths[0])
                self.cell(W - widths[0], row_h - 1.2, r[1])
                self.set_text_color(0, 0, 0)
                self.line_seg(x0, yb + row_h - 1.2, x0 + W, yb + row_h - 1.2)
                self.set_xy(x0, yb + row_h - 1.2)
                continue
            cells = r[1] if kind == "total" else r
            last = len(cells) - 1
            lh2 = size * 0.42
            nl = 1
            for i, (c, w) in enumerate(zip(cells, widths)):
                self.f(size, "B" if (kind == "total" or i == last) else "")
                nl = max(nl, len(self.multi_cell(w - 1, lh2, c, dry_run=True, output="LINES")))
            rh = max(row_h, nl * lh2 + 1.2)
            xx = x0
            for i, (c, w, a) in enumerate(zip(cells, widths, aligns)):
                self.f(size, "B" if (kind == "total" or i == last) else "")
                if i == last and c and code_box and kind != "total":
                    cw = self.get_string_width(c) + 2.4
                    self.rect(xx + (w - cw) / 2, yb + 0.7, cw, row_h - 1.4)
                    self.set_xy(xx, yb)
                    self.cell(w, row_h, c, align="C")
                else:
                    n_here = len(self.multi_cell(w - 1, lh2, c, dry_run=True, output="LINES"))
                    self.set_xy(xx + 0.5, yb + (row_h - lh2) / 2 if n_here == 1 else yb + 0.6)
                    self.multi_cell(w - 1, lh2, c, align=a, new_x="RIGHT", new_y="TOP")
                xx += w
            self.line_seg(x0, yb + rh, x0 + W, yb + rh)
            self.set_xy(x0, yb + rh)
        self.ln(2)


# --- covers -------------------------------------------------------------------------------------------------------
def agency_cover(org: list[str], grid: list[tuple[str, str]], pages: str, re: str, comments: list[str],
                 notice: str, tx: str | None = None, tx_total: int | None = None) -> bytes:
    """A case management agency's printed fax transmittal form: the agency's name and lines at the top left, a dark
    bar 'FACSIMILE TRANSMITTAL', a two-column grid of printed captions over typed values (To / From / Fax / Phone /
    Date ...), a boxed page count, a 'Re' line, typed comments and a confidentiality box at the foot."""
    p = EUSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(18, 16, 18)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.ln(3)
    p.ribbon(p.l_margin, p.get_y(), 13)
    y0 = p.get_y()
    p.f(12.5, "B")
    p.set_xy(p.l_margin + 11, y0)
    p.cell(0, 6, org[0])
    p.f(7.8)
    for i, ln in enumerate(org[1:]):
        p.set_xy(p.l_margin + 11, y0 + 6.5 + i * 3.6)
        p.cell(0, 3.4, ln)
    y = y0 + 8 + 3.6 * len(org) + 4
    p.set_fill_color(35, 35, 35)
    p.rect(p.l_margin, y, W, 9, style="F")
    p.set_text_color(255, 255, 255)
    p.f(14, "B")
    p.set_char_spacing(1.5)
    p.set_xy(p.l_margin + 3, y + 1.2)
    p.cell(W - 6, 6.6, "FACSIMILE TRANSMITTAL")
    p.set_char_spacing(0)
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    y += 14
    half = W / 2
    for i in range(0, len(grid), 2):
        for j, (k, v) in enumerate(grid[i:i + 2]):
            x = p.l_margin + j * half
            p.set_line_width(0.3)
            p.rect(x, y, half - 2, 12)
            p.set_line_width(0.2)
            p.f(6.4, "B")
            p.set_xy(x + 1.2, y + 0.8)
            p.cell(half - 4, 3, k.upper())
            p.set_font("Mono", "", 10.4)
            p.set_xy(x + 2.2, y + 4.6)
            p.cell(half - 6, 6, v)
        y += 14
    p.f(8.6, "B")
    p.set_xy(p.l_margin, y + 1)
    p.cell(68, 6, "Number of pages (including this one):")
    p.rect(p.l_margin + 70, y, 16, 8)
    p.set_font("Mono", "", 11)
    p.set_xy(p.l_margin + 70, y + 1)
    p.cell(16, 6, pages, align="C")
    y += 13
    p.f(9.4, "B")
    p.set_xy(p.l_margin, y)
    p.cell(10, 6, "Re:")
    p.set_font("Mono", "", 10.2)
    p.cell(W - 10, 6, re)
    p.line_seg(p.l_margin + 10, y + 6.2, p.l_margin + W, y + 6.2)
    y += 11
    p.set_font("Mono", "", 10)
    p.set_xy(p.l_margin, y)
    for c in comments:
        p.multi_cell(W, 5.2, c, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.4)
    p.f(7.2)
    p.set_xy(p.l_margin + 3, p.h - 42)
    n = len(p.multi_cell(W - 6, 3.4, notice, dry_run=True, output="LINES"))
    p.set_line_width(0.4)
    p.rect(p.l_margin, p.h - 44, W, n * 3.4 + 4.5)
    p.set_line_width(0.2)
    p.multi_cell(W - 6, 3.4, notice, new_x="LMARGIN", new_y="NEXT")
    return out(p)


def slip_cover(rng: random.Random, coop: list[str], slip_no: str, lines: list[tuple[float, str]],
               tx: str | None = None, tx_total: int | None = None, size: float = 15) -> bytes:
    """A lobster co-op's printed buyer's slip used as a fax cover: the co-op's name and slip number printed at the
    top, a printed grid (Boat / Crates / Pounds / Price / Amount) left empty, and lines lettered by hand right across
    the slip, each at its own height in mm from the top (ignoring the printed grid). A page of its own."""
    p = EUSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(18, 16, 18)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.buoy(p.l_margin, 16, 16)
    p.set_font("Serif", "B", 16)
    p.set_xy(p.l_margin + 12, 17)
    p.cell(0, 7, coop[0])
    p.f(7.6)
    for i, ln in enumerate(coop[1:]):
        p.set_xy(p.l_margin + 12, 25 + i * 3.5)
        p.cell(0, 3.3, ln)
    p.f(10, "B")
    p.set_xy(p.l_margin + W - 60, 17)
    p.cell(60, 6, "BUYER'S SLIP", align="R")
    p.f(9)
    p.set_xy(p.l_margin + W - 60, 23)
    p.cell(60, 5, f"No. {slip_no}", align="R")
    # printed caption lines
    y = 42
    p.f(8.4, "B")
    for cap_, cw in (("Date", 50), ("Sold by", 70), ("Boat", W - 124)):
        p.set_xy(p.get_x() if cap_ != "Date" else p.l_margin, y)
        x = p.get_x()
        p.cell(14, 5, cap_)
        p.line_seg(x + 14, y + 5, x + cw, y + 5)
        p.set_x(x + cw + 2)
    # the empty grid
    y = 54
    cols = [("Crates", 0.14), ("Grade", 0.2), ("Pounds", 0.2), ("Price / lb", 0.2), ("Amount", 0.26)]
    p.set_fill_color(225, 225, 225)
    p.rect(p.l_margin, y, W, 6, style="DF")
    p.set_fill_color(255, 255, 255)
    x = p.l_margin
    p.f(8, "B")
    for c, frac in cols:
        p.set_xy(x + 1, y + 0.6)
        p.cell(W * frac - 2, 5, c)
        x += W * frac
    p.set_draw_color(150, 150, 150)
    for i in range(1, 15):
        p.line_seg(p.l_margin, y + 6 + i * 9, p.l_margin + W, y + 6 + i * 9)
    x = p.l_margin
    for c, frac in cols[:-1]:
        x += W * frac
        p.line_seg(x, y, x, y + 6 + 14 * 9)
    p.rect(p.l_margin, y, W, 6 + 14 * 9)
    p.set_draw_color(0, 0, 0)
    p.f(7)
    p.set_xy(p.l_margin, y + 6 + 14 * 9 + 2)
    p.cell(W, 3.4, "Co-op copy  -  white    Fisherman copy  -  yellow    Settlement is made every Friday from the "
                   "office.", align="C")
    for yy_, ln in lines:
        p.hand(p.l_margin + rng.uniform(0, 6), yy_, ln, size, rng, rise=rng.uniform(-0.8, 1.6))
    return out(p)
