"""Drawing helpers for round ER, helper famrf (papers mirrored from a state employees' retiree health plan for retirees
not yet on Medicare, run by an invented state's benefits board with a contracted claims administrator; an invented
health plan for loggers and tree fellers with season-based eligibility).

Why: this round asks for multi-claim statements where one claim of several is refused only by zero-paid rows that
carry different reason codes (the legend elsewhere, or on the next page), captions in a running line with no colon
(a dash, a wide gap or nothing between caption and value, two caption-value pairs on one line) and small-capital
captions above shaded boxes, letterheads with a tagline under the brand, a parent-company line and an administrator in
small print (brands set in capitals with an ampersand, or a brand word with a short legal suffix), code legends whose
codes look alike (a reason code and one a digit apart, remarks one character apart, group prefixes CO/PR/OA on some
codes only) that list codes no line uses and run over two pages, and provider lines that name an organisation and a
person (credentials after the name), rendering and billing side by side and a facility line under a doctor. New here:
- amp_head: a letterhead whose brand is set in capitals with an ampersand (or any words), a tagline directly under it,
  a "a member of ..." parent line and an "administered by ..." line in small print, a drawn mark, contact lines at
  the right and an optional boxed title;
- suffix_head: a brand word in heavy capitals followed by a short legal suffix set small on the same baseline
  ("YARDER" + "TPA, LLC"), a tagline and parent line under it;
- seal_head: a state seal drawn as a double ring with a star, "STATE OF ..." over the board's name and office lines;
- run_line: identification printed as running lines with no colon: caption, then a dash, a wide gap or one space,
  then the value; several caption-value pairs on one line;
- sc_shaded: captions in small capitals printed ABOVE shaded boxes that hold the values;
- legend_rows: a code legend one code a row (code, optional group prefix column, explanation) that can be broken
  over two pages with a "continued" heading;
- side_prov: rendering and billing provider printed side by side, each as organisation, person with credentials and
  an optional facility line under the doctor.
Everything else comes from round EQ's EQSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundeq_famqf import (EQSheet, abbr, add_months, caps_date, dd_mon, digits, dmy_long, dmy_upper,  # noqa: F401
                               es_date, es_wday, iso, long, m2, mdyyyy, money_es, n2, ord_long, out, plain, plus,
                               slash, truth, tx_cover, usd, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# state retirees and their families (a northern inland state: farm towns, a capital, a university town)
SR_F = ["Adelaide", "Bernadine", "Claudette", "Darlene", "Elouise", "Florene", "Geraldine", "Harriet", "Imogene",
        "Jeanine", "Kathleen", "Loretta", "Madonna", "Noreen", "Opal", "Phyllis", "Rosemary", "Sharon", "Theresa",
        "Verna", "Wilma", "Yvonne"]
SR_M = ["Alvin", "Bertram", "Cecil", "Delbert", "Eldon", "Floyd", "Gerald", "Harlan", "Irwin", "Lyman", "Kenneth",
        "Lowell", "Marvin", "Norbert", "Orville", "Percy", "Raymond", "Sheldon", "Truman", "Vernon", "Wendell",
        "Leroy"]
SR_LAST = ["Aasland", "Bergquist", "Christenson", "Dahlberg", "Engebretson", "Fjelstad", "Gunderson", "Halvorsen",
           "Isaacson", "Jorgensen", "Kvamme", "Lindahl", "Mikkelsen", "Nygaard", "Oftedahl", "Pladson", "Quale",
           "Rasmusson", "Skogen", "Thorsrud", "Ulvestad", "Vangsness", "Westby", "Ystad", "Bakken", "Haugen",
           "Lillestol", "Myhre", "Opsahl", "Roseland", "Stenehjem", "Tollefson", "Vinje", "Hovland"]
# clinicians and board / administrator staff of the retiree plan
RC_F = ["Anneliese", "Brigida", "Cosima", "Delphine", "Emerentia", "Fenella", "Gioconda", "Honorine", "Ilsabet",
        "Jovita", "Leocadia", "Mechthild", "Nerissa", "Ortensia", "Perpetua", "Romilda", "Svanhild", "Teodolinda"]
RC_M = ["Adalbert", "Bonifaz", "Cornelius", "Dietmar", "Emmerich", "Fridolin", "Gottlieb", "Hieronymus", "Ignaz",
        "Jodocus", "Kasimir", "Leopold", "Meinrad", "Norbertus", "Otmar", "Pankraz", "Rupprecht", "Valentin"]
RC_LAST = ["Amberger", "Brandstetter", "Dallmayr", "Eberwein", "Feuerstein", "Grasegger", "Hufnagel", "Irlbacher",
           "Jungwirth", "Kammerlander", "Leutgeb", "Moosbrugger", "Niederreiter", "Oberhuber", "Pichlmaier",
           "Rottensteiner", "Schwarzenbach", "Trattnig", "Unterberger", "Vogelhuber", "Wimmersberger", "Zauner",
           "Aichinger", "Baumgartl", "Eibensteiner", "Fuchsberger", "Gstrein", "Hochleitner", "Kirchmair",
           "Lackner", "Mayrhofer", "Pfurtscheller", "Reisinger", "Steinbichler", "Wallnöfer", "Zehetner"]
# loggers, fallers, buckers, choker setters and their families (Pacific Northwest and northern Rockies)
LG_F = ["Alyssa", "Brandi", "Crystal", "Dawna", "Ember", "Faith", "Gretchen", "Heather", "Jodi", "Kari", "Lacey",
        "Misty", "Nikki", "Rhonda", "Shawna", "Tamsin", "Wendi", "Corliss"]
LG_M = ["Axel", "Boone", "Cody", "Dusty", "Everett", "Flint", "Gus", "Hank", "Jed", "Kyle", "Lance", "Mack", "Ned",
        "Rowdy", "Slade", "Travis", "Wade", "Colt", "Buck", "Lyle"]
LG_LAST = ["Ahlquist", "Birkeland", "Claypool", "Dorsett", "Eckstrom", "Fenwick", "Gilstrap", "Haugland", "Jarnagin",
           "Kittleson", "Lundeen", "McIlvain", "Norland", "Ostlund", "Puckett", "Rudolph", "Sandvik", "Tibbetts",
           "Vanhorn", "Wickersham", "Youngquist", "Zumwalt", "Bjornstad", "Culbertson", "Fitzwater", "Hegstad",
           "Lindquist", "Moberly", "Pfeiffer", "Skeen", "Stroud", "Tinkham"]
# clinicians and trust / administrator staff of the loggers' plan
LC_F = ["Aurelia", "Bathsheba", "Clementine", "Drusilla", "Eglantine", "Florimel", "Griselda", "Hyacinth",
        "Iolanthe", "Jemima", "Keturah", "Lavinia", "Melisande", "Octavia", "Perdita", "Rosalind", "Sabina", "Tamsen"]
LC_M = ["Absalom", "Bartholomew", "Cornelius", "Demetrius", "Ephraim", "Fortunatus", "Gideon", "Horatio", "Ichabod",
        "Jethro", "Lemuel", "Mordecai", "Obadiah", "Phineas", "Reuben", "Silvanus", "Thaddeus", "Zebulon"]
LC_LAST = ["Ambrosini", "Bellweather", "Crandall", "Duckworth", "Ellsworth", "Farnsworth", "Goodenough",
           "Hollingshead", "Ironside", "Jellicoe", "Kingsbury", "Lockridge", "Merryweather", "Newbold", "Oakeshott",
           "Postlethwaite", "Ridgewell", "Standish", "Threlkeld", "Upshaw", "Whitcombe", "Yelverton", "Ashdown",
           "Blackmore", "Carrington", "Dimbleby", "Edgecombe", "Fairbrother", "Greenhalgh", "Huddleston",
           "Kettlewell", "Larkworthy", "Moorcroft", "Pettifer", "Shuttleworth", "Winterbottom"]
# Spanish speakers
ES_F = ["Abigail", "Benita", "Cristina", "Damiana", "Elvira", "Filomena", "Genoveva", "Herlinda", "Iliana",
        "Josefina", "Lucrecia", "Marcelina", "Natividad", "Otilia", "Petra", "Rosaura"]
ES_M = ["Apolinar", "Bonifacio", "Crescencio", "Dagoberto", "Eleuterio", "Filiberto", "Gilberto", "Hipólito",
        "Inocencio", "Jesús", "Leobardo", "Melquiades", "Nazario", "Onésimo", "Primitivo", "Rutilio"]
ES_LAST = ["Arreola", "Barrientos", "Cisneros", "Delgadillo", "Estrada", "Figueroa", "Galindo", "Hinojosa",
           "Izaguirre", "Jaramillo", "Loera", "Mireles", "Nava", "Ocampo", "Pulido", "Robledo", "Sandoval", "Tovar",
           "Valadez", "Zamarripa"]

POOLS = {"sr": ({"F": SR_F, "M": SR_M}, SR_LAST), "rc": ({"F": RC_F, "M": RC_M}, RC_LAST),
         "lg": ({"F": LG_F, "M": LG_M}, LG_LAST), "lc": ({"F": LC_F, "M": LC_M}, LC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "sr", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'sr'
    (state retirees), 'rc' (retiree plan clinicians and staff), 'lg' (loggers), 'lc' (loggers' plan clinicians and
    staff) or 'es'; sexes: F / M / X a person."""
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


def surname(full: str) -> str:
    return parts(full)[2]


def dr(full: str, cred: str = "MD") -> str:
    return f"{full}, {cred}"


def phone(rng: random.Random, area: str = "701") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def month_end(d: dt.date) -> dt.date:
    return add_months(d.replace(day=1), 1) - dt.timedelta(days=1)


def dmy_slash(d: dt.date) -> str:
    """07/03/2026 (day first, as a Spanish letter prints it)"""
    return d.strftime("%d/%m/%Y")


def mon_yyyy(d: dt.date) -> str:
    return d.strftime("%B %Y")


def nodollar(v: float) -> str:
    """1234.50 (no grouping, no sign)"""
    return f"{v:.2f}"


class ERSheet(EQSheet):
    """EQSheet plus ampersand and legal-suffix letterheads with taglines and parent lines, a state seal head, running
    caption lines with no colon, small-capital captions over shaded boxes, legends broken over two pages and
    rendering / billing provider panels side by side."""

    # --- letterheads ----------------------------------------------------------------------------------------------
    def tree_mark(self, x: float, y: float, s: float):
        """A drawn fir tree in a ring (three stacked triangles on a trunk)."""
        self.set_line_width(0.6)
        self.ellipse(x, y, s, s)
        self.set_fill_color(30, 30, 30)
        cx = x + s / 2
        for i, (top, half) in enumerate(((0.14, 0.16), (0.30, 0.23), (0.46, 0.30))):
            ty = y + s * top
            self.polygon([(cx, ty), (cx + s * half, ty + s * 0.24), (cx - s * half, ty + s * 0.24)], style="F")
        self.rect(cx - s * 0.04, y + s * 0.70, s * 0.08, s * 0.14, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def seal(self, x: float, y: float, s: float, ring_text: str = ""):
        """A state seal: a double ring, a star in the middle and tiny ring lettering."""
        self.set_line_width(0.6)
        self.ellipse(x, y, s, s)
        self.set_line_width(0.3)
        self.ellipse(x + s * 0.12, y + s * 0.12, s * 0.76, s * 0.76)
        cx, cy, r = x + s / 2, y + s / 2, s * 0.30
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * (1 if i % 2 == 0 else 0.42)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.set_fill_color(30, 30, 30)
        self.polygon(pts, style="F")
        self.set_fill_color(255, 255, 255)
        if ring_text:
            self.set_font(self.face, "B", max(3.2, s * 0.16))
            n = len(ring_text)
            for i, ch in enumerate(ring_text):
                a = -math.pi * 0.95 + i * (math.pi * 0.9) / max(1, n - 1)
                px, py = cx + s * 0.44 * math.cos(a), cy + s * 0.44 * math.sin(a)
                with self.rotation(-math.degrees(a) - 90, px, py):
                    self.set_xy(px - 0.8, py - 0.8)
                    self.cell(1.6, 1.6, ch, align="C")
        self.set_line_width(0.2)

    def _right_lines(self, right: list[str], y0: float, x_from: float, size: float = 7.4) -> float:
        self.f(size)
        ry = y0
        W = self.w - self.r_margin - x_from
        for ln in right:
            self.set_xy(x_from, ry)
            self.cell(W, size * 0.47, ln, align="R")
            ry += size * 0.47
        return ry

    def amp_head(self, brand: str, tagline: str, right: list[str], parent: str | None = None,
                 admin: str | None = None, box: str | None = None, size: float = 19, mark: str | None = "tree",
                 serif_brand: bool = True, rule: bool = True):
        """Brand in capitals (with an ampersand) in a heavy face, a tagline directly under it in grey, then a parent
        line ("a member of ...") and an "administered by ..." line in small print; a drawn mark at the left; contact
        lines at the right; optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.8
        if mark == "tree":
            self.tree_mark(x, y0, s)
            x += s + 3.2
        elif mark == "seal":
            self.seal(x, y0, s)
            x += s + 3.2
        face = self.face
        self.set_font("Serif" if serif_brand else face, "B", size)
        self.set_xy(x, y0)
        self.cell(0, size * 0.45, brand)
        yy = y0 + size * 0.45 + 1.0
        self.set_text_color(75, 75, 75)
        self.f(8.2)
        self.set_xy(x, yy)
        self.cell(0, 3.8, tagline)
        yy += 4.2
        self.set_text_color(0, 0, 0)
        lw = self.l_margin + W * 0.58 - x - 2
        for ln, sz in ((parent, 6.7), (admin, 6.3)):
            if ln:
                self.set_text_color(90, 90, 90)
                self.f(sz)
                self.set_xy(x, yy)
                self.multi_cell(lw, sz * 0.45, ln, new_x="LEFT", new_y="NEXT")
                yy = self.get_y() + 0.3
                self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.58)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def suffix_head(self, word: str, suffix: str, tagline: str, right: list[str], parent: str | None = None,
                    admin: str | None = None, box: str | None = None, size: float = 22, spacing: float = 1.2,
                    rule: bool = True):
        """A brand word in heavy letter-spaced capitals with a short legal suffix set small on the same baseline right
        after it, the tagline directly under the brand, the parent line and an administrator line under that."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        self.set_font(self.face, "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(x, y0)
        ww = self.get_string_width(word)
        self.cell(ww + 1, size * 0.45, word)
        self.set_char_spacing(0)
        self.f(size * 0.42, "B")
        self.set_xy(x + ww + 2.2, y0 + size * 0.45 - size * 0.42 * 0.45 - 0.2)
        self.cell(0, size * 0.42 * 0.45, suffix)
        yy = y0 + size * 0.45 + 1.2
        self.set_line_width(0.9)
        self.line_seg(x, yy, x + ww, yy)
        self.set_line_width(0.2)
        yy += 1.4
        self.set_text_color(70, 70, 70)
        self.f(8.0)
        self.set_xy(x, yy)
        self.cell(0, 3.7, tagline)
        yy += 4.1
        lw = W * 0.6 - 2
        for ln, sz in ((parent, 6.7), (admin, 6.3)):
            if ln:
                self.set_text_color(95, 95, 95)
                self.f(sz)
                self.set_xy(x, yy)
                self.multi_cell(lw, sz * 0.45, ln, new_x="LEFT", new_y="NEXT")
                yy = self.get_y() + 0.3
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy, ry) + 1.5)
        if rule:
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_y(self.get_y() + 4)

    def seal_head(self, state: str, board: str, office: str, right: list[str], small: list[str] | None = None,
                  box: str | None = None, size: float = 17):
        """A state seal at the left, "STATE OF ..." letter-spaced small over the board's name and the office line,
        small lines under them, contact lines at the right."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 1.15
        self.seal(self.l_margin, y0, s)
        x = self.l_margin + s + 3.5
        self.set_char_spacing(1.6)
        self.f(8.4, "B")
        self.set_xy(x, y0 + 0.5)
        self.cell(0, 4, state.upper())
        self.set_char_spacing(0)
        self.set_font("Serif", "B", size * 0.8)
        self.set_xy(x, y0 + 5)
        self.cell(0, size * 0.4, board)
        yy = y0 + 5 + size * 0.4 + 1.0
        self.f(8.6)
        self.set_xy(x, yy)
        self.cell(0, 4, office)
        yy += 4.4
        self.set_text_color(90, 90, 90)
        for ln in small or []:
            self.f(6.6)
            self.set_xy(x, yy)
            self.multi_cell(self.l_margin + W * 0.6 - x, 3.0, ln, new_x="LEFT", new_y="NEXT")
            yy = self.get_y()
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy, ry, y0 + s) + 1.5)
        self.set_line_width(0.35)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.line_seg(self.l_margin, self.get_y() + 0.9, self.w - self.r_margin, self.get_y() + 0.9)
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 5)

    # --- identification -------------------------------------------------------------------------------------------
    def run_line(self, lines: list[list[tuple[str, str, str]]], size: float = 9.0, x: float | None = None,
                 gap_w: float = 12, bold_val: bool = True, lh: float | None = None):
        """Running caption lines with no colon. Each line is a list of (caption, value, sep): sep "dash" prints
        'Caption - value', "gap" a wide gap (the value starts gap_w mm after the caption ends, at least), "none" one
        space. Several pairs on a line are separated by three spaces."""
        x0 = self.l_margin if x is None else x
        lh = lh or size * 0.52
        for line in lines:
            self.set_x(x0)
            for i, (cap, val, sep) in enumerate(line):
                if i:
                    self.f(size)
                    self.cell(self.get_string_width("   "), lh, "   ")
                self.f(size)
                cw = self.get_string_width(cap)
                if sep == "dash":
                    self.cell(cw + self.get_string_width(" - "), lh, cap + " - ")
                elif sep == "gap":
                    self.cell(max(cw + 3, gap_w + cw * 0.2), lh, cap)
                else:
                    self.cell(cw + self.get_string_width(" "), lh, cap + " ")
                self.f(size, "B" if bold_val else "")
                self.cell(self.get_string_width(val) + 0.5, lh, val)
            self.ln(lh)
        self.ln(1.5)

    def sc_shaded(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 6.8, h: float = 7.4,
                  shade: int = 222, gap: float = 2.5, x: float | None = None, w: float | None = None):
        """Captions in small capitals printed ABOVE shaded boxes (caption outside the box), values inside; a value may
        hold a second line (smaller) after a newline."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.get_y()
        n = max(len(v.split("\n")) for _, v, _ in cells)
        hh = h + (n - 1) * size * 0.42
        xx = x0
        for k, v, frac in cells:
            cw = W * frac - gap
            self.smallcaps(k, xx, y, size=cap)
            self.set_fill_color(shade, shade, shade)
            self.rect(xx, y + cap * 0.5 + 0.8, cw, hh, style="F")
            self.set_fill_color(255, 255, 255)
            for i, ln in enumerate(v.split("\n")):
                self.set_xy(xx + 1.6, y + cap * 0.5 + 0.8 + (h - size * 0.45) / 2 + i * size * 0.42)
                self.f(size if i == 0 else size - 1.4, "B" if i == 0 else "")
                self.cell(cw - 3, size * 0.45, ln)
            xx += W * frac
        self.set_xy(self.l_margin, y + cap * 0.5 + 0.8 + hh + 3)

    def side_prov(self, panels: list[tuple[str, list[str]]], size: float = 8.4, cap: float = 6.4,
                  x: float | None = None, w: float | None = None, frame: bool = True):
        """Provider panels side by side, each a caption (e.g. 'Rendering', 'Billing') over lines: organisation,
        person with credentials, a facility line under the doctor (smaller)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        cw = W / len(panels)
        y = self.get_y()
        lh = size * 0.47
        hmax = 0
        for i, (k, lines) in enumerate(panels):
            xx = x0 + i * cw
            self.set_xy(xx + 1.5, y + 1)
            self.set_text_color(80, 80, 80)
            self.f(cap, "B")
            self.cell(cw - 3, cap * 0.45, k.upper())
            self.set_text_color(0, 0, 0)
            yy = y + 1 + cap * 0.45 + 1.2
            for j, ln in enumerate(lines):
                self.set_xy(xx + 1.5, yy)
                sz = size if j < 2 else size - 1.2
                self.f(sz, "B" if j == 0 else "")
                while self.get_string_width(ln) > cw - 3.2 and sz > 5.6:
                    sz -= 0.2
                    self.f(sz, "B" if j == 0 else "")
                self.cell(cw - 3, lh, ln)
                yy += lh
            hmax = max(hmax, yy - y + 1.2)
        if frame:
            for i in range(len(panels)):
                self.rect(x0 + i * cw, y, cw, hmax)
        self.set_xy(self.l_margin, y + hmax + 3)

    # --- legends --------------------------------------------------------------------------------------------------
    def legend_rows(self, title: str, items: list[tuple[str, str, str]], size: float = 7.6, split_after: int | None = None,
                    cont: str = "(continued)", code_w: float = 13, grp_w: float = 9, cont_note: str = "continued on next page",
                    head: tuple[str, str, str] = ("Group", "Code", "What the code means")):
        """A legend, one code a row: (group prefix or '', code, explanation). With split_after=k the page breaks
        after k rows with a small 'continued on next page' line, and the rest follow under '<title> (continued)'."""
        W = self.w - self.l_margin - self.r_margin
        lh = size * 0.46

        def heading(t: str):
            self.bar(t, 8.8)
            self.f(size - 0.4, "B")
            self.set_x(self.l_margin)
            if grp_w:
                self.cell(grp_w, lh + 0.6, head[0])
            self.cell(code_w, lh + 0.6, head[1])
            self.cell(0, lh + 0.6, head[2], new_x="LMARGIN", new_y="NEXT")
            self.line_seg(self.l_margin, self.get_y() + 0.2, self.l_margin + W, self.get_y() + 0.2)
            self.ln(1)

        heading(title)
        for i, (g, code, text) in enumerate(items):
            if split_after is not None and i == split_after:
                self.set_text_color(90, 90, 90)
                self.f(size - 0.6)
                self.cell(0, lh + 1, cont_note, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.add_page()
                heading(f"{title} {cont}")
            y = self.get_y()
            self.set_x(self.l_margin)
            if grp_w:
                self.f(size)
                self.cell(grp_w, lh, g)
            self.f(size, "B")
            self.cell(code_w, lh, code)
            self.f(size)
            self.multi_cell(W - grp_w - code_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(self.get_y(), y + lh) + 0.8)
        self.ln(1.5)


def cover_note(sender: str, lines: list[str], to: str, date_s: str, note: str, pages: str, fax_to: str,
               fax_from: str) -> bytes:
    """A typed office fax cover page (belongs to no document)."""
    p = ERSheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, sender, new_x="LMARGIN", new_y="NEXT")
    for ln in lines:
        p.f(8.6)
        p.cell(0, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    p.f(28, "B")
    p.cell(0, 13, "FAX TRANSMITTAL", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    for k, v in [("TO", to), ("FAX", fax_to), ("FROM", sender), ("FAX", fax_from), ("DATE", date_s), ("PAGES", pages)]:
        p.f(10.5, "B")
        p.cell(28, 9, k)
        p.f(10.5)
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        y = p.get_y() - 1.4
        p.line_seg(p.l_margin + 28, y, p.w - p.r_margin, y)
    p.ln(8)
    p.para(note, 10.4)
    p.ln(30)
    p.para("The pages after this cover may hold health information protected by law. If you are not the person named "
           "above, do not read, copy or share them; call us and shred every page.", 7.8)
    return out(p)


def addr_block(p: ERSheet, lines: list[str], size: float = 9.4, x: float | None = None):
    """An address block (window-envelope lines)."""
    p.f(size)
    for ln in lines:
        p.set_x(p.l_margin if x is None else x)
        p.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def sign(p: ERSheet, lines: list[str], size: float = 9.2, close: str = "Sincerely,"):
    """A closing, a space to sign and the signer's lines."""
    p.f(size)
    p.set_x(p.l_margin)
    p.cell(0, 5, close, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for i, ln in enumerate(lines):
        p.f(size if i == 0 else size - 0.6, "B" if i == 0 else "")
        p.set_x(p.l_margin)
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
