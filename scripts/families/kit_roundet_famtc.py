"""Drawing helpers for round ET, helper famtc (papers mirrored from a catastrophic injury insurance program that an
intercollegiate athletics association buys for its member colleges' student athletes, run by a claims administrator
for an insurer; an invented health fund for restaurant cooks and kitchen staff whose eligibility counts monthly hours
across every contributing restaurant).

Why: round ET asks for IDs whose letters a poor capture reads as digits (printed plainly, some with grouping spaces or
dashes), claim rows carrying numbered note marks ("4 5", "2, 3") keyed by a numbered note list where some notes explain
a payment and one or two refuse, statements with an "Other coverage paid" / "Paid by other plan" column, captions
that pair two things ("Plan / Group", "Member / Suffix"), captions printed under their boxes or in a narrow column
at the left with the values far to the right, letterheads drawn as wordmarks (a brand split over two lines whose
halves are not words of the letter, a logo word with the legal name small beneath it, bodies that only abbreviate
the brand), a provider's bill that names the refused visit only in its message, and a letter whose member facts sit
in a box on its second page. ESSheet (round ES) already draws hand-lettered and home-typed covers, logo-plus-legal
letterheads, numbered note lists and ruled claims tables with note columns; new here:
- ETSheet.torch / ETSheet.toque: two drawn marks (a torch in a shield for the athletics program's administrator and
  insurer; a chef's toque over crossed knives for the kitchen fund) so the letterheads are not earlier rounds' marks;
- ETSheet.split_mark_head: a drawn mark, the brand broken over two lines beside it in heavy capitals (each half a
  fragment, not a word), the legal name small directly under the second half, a tagline and an operator line under
  that, contact lines at the right and an optional boxed title;
- ETSheet.far_right: captions in a narrow column at the left margin and each value set flush against the right
  margin, with nothing but a faint dotted guide between them (the eye has to carry the caption across the page);
- ETSheet.pair_boxes: ruled boxes whose one caption names two things ("Plan / Group", "Member / Suffix") over a value
  with a slash between its two parts, or the caption under the value (value above caption);
- ETSheet.message_box: a provider statement's framed "Message from the billing office" panel;
- ETSheet.facts_panel: a framed, titled box of member facts set wherever it falls (used on a letter's second page);
- people pools for student athletes and their families, college and hospital clinicians, the claims administrator's
  staff, restaurant cooks and kitchen staff, the kitchen fund's clinicians and office, and Spanish speakers.
Everything else comes from round ES's ESSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundes_famsf import (ESSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, hand_cover, home_cover, iso,
                               last_first, long, m2, mdyyyy, mon_yyyy, month_end, n2, nodollar, npi, nth, out, plus,
                               sign, slash, spaced_id, surname, the_of, tin, truth, usd, wd_short, wd_tue, wday_long,
                               workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# student athletes and their parents (small colleges across a rural region)
SA_F = ["Annalise", "Brynlee", "Callista", "Delaney", "Emberly", "Finley", "Gracyn", "Harlow", "Iverly", "Jessamy",
        "Kenna", "Larkin", "Maisie", "Noelani", "Oakley", "Paisley", "Rennie", "Sutton", "Tinsley", "Wrenna"]
SA_M = ["Asher", "Bodhi", "Cashel", "Dashiell", "Ellison", "Forde", "Greer", "Hollis", "Ike", "Jaxton", "Kipp",
        "Lachlan", "Maddox", "Niall", "Osric", "Pryce", "Quill", "Rhett", "Stellan", "Tiernan"]
SA_LAST = ["Abernathy", "Blackwood", "Cottingham", "Dunstable", "Eversole", "Fairweather", "Gillingham", "Hargrove",
           "Inchbald", "Jessop", "Kettering", "Lockridge", "Merriweather", "Northcott", "Oddington", "Pettigrew",
           "Quarles", "Ravensworth", "Standish", "Thistlewood", "Underhill", "Vandermolen", "Winterbourne",
           "Yardley"]
# college team physicians, hospital and rehabilitation clinicians, administrator and insurer staff
CL_F = ["Aurelie", "Benedikte", "Cressida", "Damaris", "Euphemia", "Felicity", "Gwendolen", "Honora", "Isolde",
        "Jacinta", "Lavinia", "Marguerite", "Octavia", "Perpetua", "Rosamund", "Seraphina", "Theodora", "Winifred"]
CL_M = ["Alaric", "Barnaby", "Crispin", "Desmond", "Ephraim", "Fitzroy", "Gideon", "Horatio", "Ignatius", "Jasper",
        "Leopold", "Montague", "Octavius", "Peregrine", "Rupert", "Sebastian", "Thaddeus", "Valentine"]
CL_LAST = ["Abbotsbury", "Bellingham", "Carrington", "Davenport", "Ellerby", "Fotheringham", "Grantham", "Haverford",
           "Ilchester", "Kingsley", "Lytton", "Mortimer", "Netherton", "Ormsby", "Pemberton", "Rycroft", "Stanhope",
           "Trevelyan", "Vyvyan", "Wolverton", "Aldersey", "Brereton"]
# restaurant cooks, prep cooks, dishwashers, bakers, porters and their families
KW_F = ["Alondra", "Bettina", "Cherelle", "Darlene", "Ebony", "Francine", "Gloriana", "Haydee", "Imani", "Jazmine",
        "Keisha", "Latoya", "Marisol", "Nadia", "Odessa", "Precious", "Rochelle", "Shanice", "Tamika", "Yolanda"]
KW_M = ["Andre", "Brandon", "Cedric", "Darnell", "Elijah", "Fabian", "Gilberto", "Hakeem", "Isaiah", "Jermaine",
        "Kendrick", "Lamar", "Marquis", "Nestor", "Omari", "Percell", "Reggie", "Sergio", "Terrell", "Xavier"]
KW_LAST = ["Amberson", "Bostwick", "Culpepper", "Dandridge", "Easley", "Fennimore", "Gatlin", "Holloway",
           "Isbell", "Jiggetts", "Kinsey", "Lattimore", "Mabry", "Newsome", "Outlaw", "Purifoy", "Rountree",
           "Spruill", "Tolliver", "Upshaw", "Whitfield", "Yarbrough"]
# the kitchen fund's clinicians and its office staff
KC_F = ["Anjali", "Bao", "Chitra", "Dilnoza", "Eun-ji", "Farida", "Gulnara", "Hoa", "Indira", "Jyoti", "Kamala",
        "Lakshmi", "Mei", "Nargiza", "Parisa", "Rukhsana", "Sunita", "Thuy"]
KC_M = ["Arjun", "Bakhyt", "Chandran", "Dinh", "Erlan", "Farhad", "Gurpreet", "Hamid", "Iskander", "Jatin", "Karan",
        "Lokesh", "Minh", "Nurlan", "Omid", "Pranav", "Rustam", "Tuan"]
KC_LAST = ["Acharya", "Bhattacharya", "Chaudhry", "Dastgir", "Eshonov", "Farouqi", "Ganguly", "Hoang", "Iyengar",
           "Jalali", "Kulkarni", "Lakhani", "Mukherjee", "Nazarov", "Oberoi", "Pham", "Qureshi", "Rahimov",
           "Subramanian", "Tran", "Usmanov", "Venkatesan"]
# Spanish speakers
ES_F = ["Adelaida", "Bernarda", "Casilda", "Dorotea", "Engracia", "Filomena", "Genoveva", "Herminia", "Inocencia",
        "Jacinta", "Lucrecia", "Macaria", "Natividad", "Otilia", "Petra", "Remedios"]
ES_M = ["Anacleto", "Bonifacio", "Crisanto", "Demetrio", "Eleuterio", "Faustino", "Gaudencio", "Hilario", "Isaías",
        "Jacinto", "Leocadio", "Melquíades", "Nemesio", "Onésimo", "Primitivo", "Rosendo"]
ES_LAST = ["Arellano", "Barragán", "Cisneros", "Delgadillo", "Escobedo", "Fajardo", "Garibay", "Hinojosa", "Ibarra",
           "Jáuregui", "Landeros", "Montoya", "Navarrete", "Ochoa", "Pantoja", "Quezada", "Rentería", "Sepúlveda",
           "Trujillo", "Villalobos"]

POOLS = {"sa": ({"F": SA_F, "M": SA_M}, SA_LAST), "cl": ({"F": CL_F, "M": CL_M}, CL_LAST),
         "kw": ({"F": KW_F, "M": KW_M}, KW_LAST), "kc": ({"F": KC_F, "M": KC_M}, KC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "sa", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'sa'
    (student athletes and families), 'cl' (clinicians and staff of the athletics program), 'kw' (kitchen workers and
    families), 'kc' (the kitchen fund's clinicians and office) or 'es'; sexes: F / M / X a person."""
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


def es_slash(d: dt.date) -> str:
    """09/06/2026 (day first, as a Spanish paper writes it)"""
    return d.strftime("%d/%m/%Y")


class ETSheet(ESSheet):
    """ESSheet plus two drawn marks, a split-brand letterhead with the legal name under the second half, captions in
    a narrow left column with values far right, paired-caption boxes, a billing message panel and a facts panel."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def torch(self, x: float, y: float, s: float):
        """A torch in a shield of height s: the shield outline, a tapered handle, a cup and a three-tongued flame."""
        w = s * 0.8
        cx = x + w / 2
        self.set_line_width(0.6)
        self.polygon([(x, y), (x + w, y), (x + w, y + s * 0.55), (cx, y + s), (x, y + s * 0.55)], style="D")
        self.set_fill_color(25, 25, 25)
        self.polygon([(cx - w * 0.07, y + s * 0.5), (cx + w * 0.07, y + s * 0.5), (cx + w * 0.03, y + s * 0.86),
                      (cx - w * 0.03, y + s * 0.86)], style="F")
        self.polygon([(cx - w * 0.2, y + s * 0.4), (cx + w * 0.2, y + s * 0.4), (cx + w * 0.1, y + s * 0.52),
                      (cx - w * 0.1, y + s * 0.52)], style="F")
        for dx, top in ((-0.1, 0.2), (0.0, 0.1), (0.1, 0.2)):
            fx = cx + w * dx
            self.polygon([(fx - w * 0.07, y + s * 0.39), (fx, y + s * top), (fx + w * 0.07, y + s * 0.39)],
                         style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def toque(self, x: float, y: float, s: float):
        """A chef's toque of height s: three puffs over a pleated band, two crossed knives under it."""
        w = s * 0.9
        self.set_line_width(0.55)
        for dx, r in ((0.08, 0.26), (0.33, 0.3), (0.6, 0.26)):
            self.ellipse(x + w * dx, y, w * r + w * 0.08, s * 0.34, style="D")
        self.rect(x + w * 0.14, y + s * 0.28, w * 0.72, s * 0.24)
        for k in range(1, 5):
            xx = x + w * 0.14 + w * 0.72 * k / 5
            self.line_seg(xx, y + s * 0.3, xx, y + s * 0.5)
        self.set_fill_color(25, 25, 25)
        for a, b in (((0.12, 0.6), (0.88, 0.98)), ((0.88, 0.6), (0.12, 0.98))):
            (x1, y1), (x2, y2) = (x + w * a[0], y + s * a[1]), (x + w * b[0], y + s * b[1])
            self.set_line_width(1.1)
            self.line_seg(x1, y1, x1 + (x2 - x1) * 0.55, y1 + (y2 - y1) * 0.55)
            self.set_line_width(2.0)
            self.line_seg(x1 + (x2 - x1) * 0.62, y1 + (y2 - y1) * 0.62, x2, y2)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def split_mark_head(self, top: str, bottom: str, legal: str, right: list[str], mark: str = "torch",
                        tagline: str | None = None, small: str | None = None, box: str | None = None,
                        size: float = 21, legal_size: float = 7.0, rule: bool = True):
        """A drawn mark at the left; beside it the brand broken over two lines in heavy capitals (each half a
        fragment, not a word), the legal name small directly under the second half, then a grey tagline and a small
        operator line; contact lines right-aligned at the right; an optional boxed title under them; a rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        s = size * 0.95
        getattr(self, mark)(x, y0, s)
        x += s * (0.8 if mark == "torch" else 0.9) + 4
        yy_ = y0
        self.set_font("Sans", "B", size)
        self.set_char_spacing(0.8)
        for part in (top, bottom):
            self.set_xy(x, yy_)
            self.cell(0, size * 0.4, part)
            yy_ += size * 0.4 + 0.4
        self.set_char_spacing(0)
        yy_ += 0.6
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

    def mark_logo_legal(self, logo: str, legal: str, right: list[str], mark: str = "torch",
                        tagline: str | None = None, small: str | None = None, box: str | None = None,
                        size: float = 24, spacing: float = 1.0):
        """logo_legal with one of this kit's marks instead of the lantern: the mark, the logo word in heavy serif
        capitals, the small legal name directly under the logo word, tagline and operator line, contacts right."""
        y0 = self.get_y()
        s = size * 0.62
        getattr(self, mark)(self.l_margin, y0, s)
        keep = self.l_margin
        self.set_left_margin(keep + s * 0.9 + 3.5)
        self.set_x(self.l_margin)
        self.logo_legal(logo, legal, right, tagline=tagline, small=small, box=box, size=size, mark=False,
                        spacing=spacing, rule=False)
        self.set_left_margin(keep)
        y = self.get_y() - 4
        self.set_line_width(0.45)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    # --- identifiers ----------------------------------------------------------------------------------------------
    def far_right(self, rows: list[tuple[str, str]], cap_w: float = 30, size: float = 9.0, cap: float = 7.0,
                  x: float | None = None, w: float | None = None, guide: bool = True, lh: float = 5.2):
        """Captions in a narrow column at the left (small, grey, may wrap inside cap_w) and each value set flush
        against the right edge far away from it, a faint dotted guide between them (or nothing)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        for k, v in rows:
            y = self.get_y()
            self.set_text_color(80, 80, 80)
            self.f(cap)
            self.set_xy(x0, y + 0.6)
            self.multi_cell(cap_w, cap * 0.42, k, new_x="LEFT", new_y="NEXT")
            y_cap = self.get_y()
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            vw = self.get_string_width(v)
            if guide:
                self.set_draw_color(170, 170, 170)
                self.set_dash_pattern(dash=0.4, gap=1.2)
                self.line_seg(x0 + cap_w + 2, y + lh - 1.3, x0 + W - vw - 2, y + lh - 1.3)
                self.set_dash_pattern()
                self.set_draw_color(0, 0, 0)
            self.set_xy(x0 + W - vw - 0.5, y)
            self.cell(vw + 0.5, lh, v)
            self.set_xy(x0, max(y + lh, y_cap) + 0.6)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def pair_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 6.0, h: float = 10.5,
                   under: bool = False, x: float | None = None, w: float | None = None, gap: float = 0):
        """One row of ruled boxes of (caption, value, width fraction). The caption may pair two things ("Plan /
        Group") over a value with a slash between its parts; with under=True the value stands at the top of the
        box and the caption is printed under it at the foot of the box."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.get_y()
        xx = x0
        for k, v, frac in cells:
            cw = W * frac - gap
            self.rect(xx, y, cw, h)
            if under:
                self.f(size, "B")
                self.set_xy(xx + 1.4, y + 1.2)
                self.cell(cw - 2.8, size * 0.46, v)
                self.set_draw_color(150, 150, 150)
                self.line_seg(xx + 1.2, y + h - cap * 0.44 - 1.6, xx + cw - 1.2, y + h - cap * 0.44 - 1.6)
                self.set_draw_color(0, 0, 0)
                self.f(cap)
                self.set_xy(xx + 1.2, y + h - cap * 0.44 - 1.0)
                self.cell(cw - 2.4, cap * 0.44, k)
            else:
                self.f(cap)
                self.set_xy(xx + 1.2, y + 0.8)
                self.cell(cw - 2.4, cap * 0.44, k)
                self.f(size, "B")
                self.set_xy(xx + 1.4, y + cap * 0.44 + 2.2)
                self.cell(cw - 2.8, size * 0.46, v)
            xx += cw + gap
        self.set_xy(self.l_margin, y + h)
        self.ln(2.5)

    # --- panels ---------------------------------------------------------------------------------------------------
    def message_box(self, title: str, lines: list[str], size: float = 9.0, shade: int = 236, x: float | None = None,
                    w: float | None = None):
        """A framed panel with a shaded title strip ("Message from our billing office") and its sentences."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.f(size, "B")
        self.set_xy(x0, y)
        self.cell(W, size * 0.6, " " + title, border=1, fill=True)
        self.set_fill_color(255, 255, 255)
        yy_ = y + size * 0.6 + 1.2
        self.f(size)
        for ln in lines:
            self.set_xy(x0 + 2, yy_)
            self.multi_cell(W - 4, size * 0.47, ln, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y() + 1.0
        self.rect(x0, y, W, yy_ - y + 0.6)
        self.set_xy(self.l_margin, yy_ + 3)

    def facts_panel(self, title: str, rows: list[tuple[str, str]], cap_w: float = 46, size: float = 9.0,
                    cap: float = 7.6, h: float = 6.0, x: float | None = None, w: float | None = None):
        """A framed, titled box of caption / value rows set at the current line (a letter's 'About this claim'
        box, printed wherever the letter's text left off: here on its second page)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.kv_box(rows, x0, self.get_y(), W, cap_w=cap_w, size=size, cap=cap, h=h, title=title)
        self.set_xy(self.l_margin, y + 4)
