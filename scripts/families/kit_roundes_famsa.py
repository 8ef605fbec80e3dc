"""Drawing helpers for round ES, helper famsa (papers mirrored from a federal program that pays the medical bills of
former uranium miners, millers and ore transporters and of downwinders for their covered conditions; an invented
health plan for sign-language interpreters).

Why: this round asks for home-made fax covers in stacks (hand-lettered or typed captions with odd wording, a cover
that names the patient but not the insurer, a cover followed by papers from two senders), a second paper from the same
sender right after a signed letter, drawn wordmarks (a brand split over two lines beside an emblem, a logo word with a
small legal name under it, a brand in spaced capitals, a brand with an ampersand) whose body names the insurer
differently, IDs whose letter prefixes look like digits, claim rows with inline captions, numeric footnote marks on
claim rows explained in a numbered list, date captions with a weekday or "of", and a provider bill whose refused visit
is named only in its message. New here:
- ESSheet.ray_mark / hands_mark: small drawn emblems (a ring with rays over a mesa; two open arcs like signing hands);
- ESSheet.split_mark: the emblem, the brand broken over two heavy lines beside it, a small legal line under them;
- ESSheet.logo_legal: one heavy logo word (optionally letter-spaced), a thick short bar under its first letters and
  the small legal name under the bar;
- ESSheet.amp_brand: two words joined by a large italic serif ampersand, a small legal line under them;
- ESSheet.num_notes: a numbered note list ("1  text") under a table whose rows carry bare footnote marks;
- ESSheet.inline_claims: a claim listing whose claim heading row carries inline captions ("Claim ... Client ...
  Plan: ... Referral # ... Auth ...") above the claim's service lines;
- ESSheet.msg_box: a framed message area of a provider bill (a title tab and free text);
- home_cover: a fax cover made at home or at a counter: hand-lettered rows (or typed rows with odd captions) on a
  blank page or a printed counter form; a page of its own that belongs to no document.
Everything else comes from round ER's ERSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundac_famcc import hand_image, place
from kit_rounder_famra import (ERSheet, abbr, caps_date, dd_mon, digits, dmy_long, dmy_slash, dotted, es_abbr,  # noqa: F401
                               es_date, iso, long, m2, mdyyyy, n2, nodollar, ord_long, out, plus, slash, truth,
                               tx_date, usd, wday_long, workday, ymd_slash, yy)

SERIF_BI = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf"

WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]

# --- invented people ----------------------------------------------------------------------------------------------
# former uranium workers, downwinders and their families (Four Corners and southern Utah)
RW_F = ["Arvilla", "Bernice", "Clarabelle", "Dorinda", "Ernestine", "Fernanda", "Glenda", "Hortensia", "Irene",
        "Jolene", "Leota", "Marlene", "Nellie", "Orpha", "Priscilla", "Reva", "Tomasa", "Valoy", "Winona", "Zelda"]
RW_M = ["Alvino", "Benedicto", "Clifton", "Delbert", "Eldon", "Floyd", "Gilbert", "Harlan", "Ivan", "Jimson",
        "Kee", "Leland", "Melvin", "Nolan", "Orlando", "Pershing", "Rulon", "Seferino", "Thurman", "Wilbert"]
RW_LAST = ["Atcitty", "Bitsuie", "Chischilly", "Deschenie", "Etsitty", "Hatathlie", "Kinlicheenie", "Manygoats",
           "Nakai", "Peshlakai", "Tsinnijinnie", "Yellowhair", "Archibeque", "Gallegos", "Lovato", "Trujeque",
           "Pectol", "Heaps", "Iverson", "Lyman", "Nielson", "Sorensen"]
# clinicians and program staff (New Mexico, Arizona, Utah, Colorado)
RC_F = ["Adaeze", "Brigida", "Caridad", "Delfina", "Evangelina", "Guadalupe", "Hanneke", "Ingeborg", "Jacinta",
        "Keziah", "Liesl", "Marisela", "Noemi", "Philippa", "Radhika", "Saoirse", "Thandiwe", "Zofia"]
RC_M = ["Anselm", "Bartholomew", "Casimir", "Demetrius", "Emeric", "Florian", "Gervase", "Hamish", "Isidore",
        "Jarrah", "Leopold", "Malachy", "Nikolai", "Osvaldo", "Pascal", "Ruairi", "Stanislav", "Tiberius"]
RC_LAST = ["Abeyta", "Bramwell", "Cortez-Lindh", "Dunmore", "Esquibel", "Fairweather", "Grisham", "Haverford",
           "Ibsen", "Jaramillo-Pratt", "Kestner", "Lundquist", "Mondragon", "Nightingale", "Ostrowski", "Pembrook",
           "Quarrie", "Rasmussen", "Sandoval-Hart", "Trembath", "Underhill", "Valdespino", "Whitcombe"]
# sign-language interpreters (freelance and relay-center staff) and their families
SI_F = ["Annika", "Bethany", "Corinne", "Daphne", "Elodie", "Fiona", "Gwendolyn", "Harriet", "Isolde", "Juniper",
        "Kirsten", "Lorelei", "Maren", "Noelle", "Odette", "Petra", "Rosalie", "Sabine", "Tamsin", "Willa"]
SI_M = ["Anders", "Barrett", "Cormac", "Dashiell", "Emmett", "Fletcher", "Gideon", "Hollis", "Ingram", "Jasper",
        "Kellan", "Lachlan", "Merritt", "Niall", "Oberon", "Pierce", "Quill", "Rowan", "Soren", "Thatcher"]
SI_LAST = ["Ashdown", "Brightwell", "Carrow", "Delacourt", "Everleigh", "Fairbanks-Oyelaran", "Gillespie", "Hawthorne",
           "Illingworth", "Jessop", "Kilbride", "Lockhart", "Marchetti", "Northcott", "Oduya", "Prideaux", "Quennell",
           "Rathbone", "Stroud-Ikeda", "Tolland", "Upshaw", "Vandermeer", "Wexford"]
# clinicians, counsellors and staff around the interpreters' plan (Pacific Northwest)
SC_F = ["Aurelie", "Bronwen", "Calliope", "Dagny", "Eirlys", "Freya", "Gisele", "Honora", "Ilona", "Jessamy",
        "Kalinda", "Lavinia", "Mireille", "Nerys", "Ottilie", "Perdita", "Rhiannon", "Sunniva"]
SC_M = ["Alaric", "Benedikt", "Crispin", "Dorian", "Evander", "Fintan", "Gaspard", "Hywel", "Ivo", "Joachim",
        "Kasimir", "Lysander", "Mattias", "Nevin", "Orson", "Piers", "Rafferty", "Silas"]
SC_LAST = ["Achterfeld", "Bellamy-Roe", "Coldwell", "Dunsany", "Eskildsen", "Fenwick", "Glanville", "Halvorsen",
           "Ingersoll", "Jarvinen", "Kettering", "Lisgar", "Merriman", "Nordahl", "Orme", "Penrose", "Quinlivan",
           "Redfern", "Sundqvist", "Thorsby", "Vickery", "Wolstenholme"]
# Spanish speakers
ES_F = ["Amparo", "Benedicta", "Clotilde", "Digna", "Esperanza", "Fidela", "Graciela", "Honoria", "Inocencia",
        "Jovita", "Leonor", "Macaria", "Nieves", "Obdulia", "Purificación", "Remedios", "Severiana", "Trinidad"]
ES_M = ["Anacleto", "Bonifacio", "Crisóstomo", "Dionisio", "Epifanio", "Feliciano", "Gumersindo", "Heriberto",
        "Isaías", "Lisandro", "Maximino", "Nazario", "Onésimo", "Práxedes", "Rosendo", "Sabino", "Tranquilino"]
ES_LAST = ["Anaya", "Baca de Vargas", "Candelaria", "Duran", "Encinias", "Fresquez", "Gurulé", "Jácquez", "Leyba",
           "Madrid", "Naranjo", "Olguín", "Padilla", "Quintana", "Romero de Luna", "Sisneros", "Ulibarri", "Zamora"]

POOLS = {"rw": ({"F": RW_F, "M": RW_M}, RW_LAST), "rc": ({"F": RC_F, "M": RC_M}, RC_LAST),
         "si": ({"F": SI_F, "M": SI_M}, SI_LAST), "sc": ({"F": SC_F, "M": SC_M}, SC_LAST),
         "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "rw", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'rw'
    (uranium workers, downwinders), 'rc' (their clinicians, program staff), 'si' (interpreters), 'sc' (clinicians and
    staff around the interpreters' plan) or 'es'; sexes: F / M / X a person."""
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


def phone(rng: random.Random, area: str = "505") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dash(rng: random.Random, area: str = "505") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def hhmm(rng: random.Random, lo: int = 7, hi: int = 18) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


def wd_slash(d: dt.date) -> str:
    """Mon 03/02/2026"""
    return d.strftime("%a %m/%d/%Y")


def nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def of_date(d: dt.date) -> str:
    """the 5th of March 2026"""
    return f"the {nth(d.day)} of {d.strftime('%B %Y')}"


def es_wd_long(d: dt.date) -> str:
    """martes, 17 de marzo de 2026"""
    return f"{WD_ES[d.weekday()]}, {d.day} de {MON_ES[d.month - 1]} de {d.year}"


def money_es(v: float) -> str:
    """1.234,50 (Spanish grouping)"""
    s = f"{v:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


class ESSheet(ERSheet):
    """ERSheet plus drawn emblems and wordmarks (split beside an emblem, a logo word over a legal name, an ampersand
    brand), numbered footnote lists, claim listings with inline captions and a bill's message box."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Serif", "BI", SERIF_BI)

    # --- emblems --------------------------------------------------------------------------------------------------
    def ray_mark(self, x: float, y: float, s: float):
        """A ring with short rays around it and a flat-topped mesa drawn inside (a program's emblem)."""
        cx, cy, r = x + s / 2, y + s / 2, s / 2
        self.set_line_width(0.45)
        for i in range(16):
            a = i * math.pi / 8
            self.line_seg(cx + r * 0.80 * math.cos(a), cy + r * 0.80 * math.sin(a),
                          cx + r * 1.0 * math.cos(a), cy + r * 1.0 * math.sin(a))
        self.set_line_width(0.7)
        self.ellipse(cx - r * 0.72, cy - r * 0.72, r * 1.44, r * 1.44)
        self.set_fill_color(35, 35, 35)
        pts = [(cx - r * 0.58, cy + r * 0.32), (cx - r * 0.34, cy - r * 0.12), (cx + r * 0.22, cy - r * 0.12),
               (cx + r * 0.44, cy + r * 0.10), (cx + r * 0.58, cy + r * 0.32)]
        self.polygon(pts, style="F")
        self.ellipse(cx + r * 0.08, cy - r * 0.52, r * 0.26, r * 0.26, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def hands_mark(self, x: float, y: float, s: float):
        """Two open arcs facing each other with short finger strokes (a plan's mark for signing hands)."""
        self.set_line_width(0.9)
        for side in (-1, 1):
            cx = x + s / 2 + side * s * 0.14
            pts = []
            for i in range(13):
                a = math.radians((200 if side < 0 else -20) + side * i * 10)
                pts.append((cx + s * 0.32 * math.cos(a) * -side, y + s * 0.55 + s * 0.32 * math.sin(a)))
            for p, q in zip(pts, pts[1:]):
                self.line_seg(p[0], p[1], q[0], q[1])
            for k in range(3):
                fx = x + s / 2 + side * (s * 0.10 + k * s * 0.09)
                self.line_seg(fx, y + s * 0.30 - k * s * 0.02, fx + side * s * 0.05, y + s * 0.06 + k * s * 0.04)
        self.set_line_width(0.2)

    def _right_lines(self, right: list[str], y0: float, box: str | None, size: float = 7.4) -> float:
        W = self.w - self.l_margin - self.r_margin
        ry = y0
        self.f(size)
        for ln in right or []:
            self.set_xy(self.l_margin + W * 0.56, ry)
            self.cell(W * 0.44, size * 0.47, ln, align="R")
            ry += size * 0.47
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.8, box, border=1, align="C")
            ry += 9.0
        return ry

    def _close_head(self, y: float, rule: bool, under: str | None = None):
        self.set_y(y + 1.5)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        if under:
            self.set_text_color(90, 90, 90)
            self.f(6.6)
            self.set_xy(self.l_margin, self.get_y() + 0.7)
            self.cell(0, 3, under)
            self.set_text_color(0, 0, 0)
            self.set_y(self.get_y() + 3)
        self.set_y(self.get_y() + 4)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def split_mark(self, top: str, bottom: str, legal: list[str], right: list[str], box: str | None = None,
                   mark: str = "ray", size: float = 15, rule: bool = True, under: str | None = None):
        """The emblem at the left, the brand broken over two heavy lines beside it (top, bottom), small grey legal
        lines under them, contact lines at the right, an optional boxed title, a rule."""
        y0 = self.get_y()
        s = size * 1.05
        (self.ray_mark if mark == "ray" else self.hands_mark)(self.l_margin, y0, s)
        x = self.l_margin + s + 3.5
        yy = y0 + 0.2
        for part in (top, bottom):
            self.set_font(self.face, "B", size)
            self.set_xy(x, yy)
            self.cell(0, size * 0.42, part)
            yy += size * 0.42 + 0.5
        self.set_text_color(85, 85, 85)
        for ln in legal:
            self.f(6.8)
            self.set_xy(x, yy + 0.4)
            self.cell(0, 3.1, ln)
            yy += 3.1
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, box)
        self._close_head(max(yy, ry, y0 + s), rule, under)

    def logo_legal(self, logo: str, legal: str, right: list[str], box: str | None = None, size: float = 24,
                   spacing: float = 0.0, small: list[str] | None = None, rule: bool = True,
                   under: str | None = None, spaced_letters: bool = False):
        """One heavy logo word (tracked by `spacing`, or with a space between letters), a thick short bar under its
        first letters, the small legal name under the bar and any further small grey lines; contact lines at the
        right; an optional boxed title; a rule."""
        y0 = self.get_y()
        x = self.l_margin
        text = " ".join(logo) if spaced_letters else logo
        self.set_font(self.face, "B", size)
        if spacing:
            self.set_char_spacing(spacing)
        self.set_xy(x, y0)
        lw = self.get_string_width(text)
        self.cell(lw + 1, size * 0.42, text)
        if spacing:
            self.set_char_spacing(0)
        yy = y0 + size * 0.42 + 0.8
        self.set_fill_color(35, 35, 35)
        self.rect(x, yy, min(lw * 0.28, 30), 1.3, style="F")
        self.set_fill_color(255, 255, 255)
        yy += 2.4
        self.f(7.4, "B")
        self.set_xy(x, yy)
        self.cell(0, 3.4, legal)
        yy += 3.6
        self.set_text_color(95, 95, 95)
        for ln in small or []:
            self.f(6.6)
            self.set_xy(x, yy)
            self.cell(0, 3.0, ln)
            yy += 3.0
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, box)
        self._close_head(max(yy, ry), rule, under)

    def amp_brand(self, left: str, right_word: str, legal: list[str], right: list[str], box: str | None = None,
                  size: float = 19, rule: bool = True, under: str | None = None, two_lines: bool = False):
        """Two words joined by a large italic serif ampersand (on one line, or the ampersand and second word on a
        second line), small legal lines under them, contact lines at the right, an optional boxed title, a rule."""
        y0 = self.get_y()
        x = self.l_margin
        self.set_font(self.face, "B", size)
        self.set_xy(x, y0)
        w1 = self.get_string_width(left)
        self.cell(w1 + 1.5, size * 0.44, left)
        if two_lines:
            yy = y0 + size * 0.44 + 0.4
            self.set_font("Serif", "BI", size * 1.15)
            self.set_xy(x + 6, yy - 0.8)
            wa = self.get_string_width("&")
            self.cell(wa + 2, size * 0.5, "&")
            self.set_font(self.face, "B", size)
            self.set_xy(x + 6 + wa + 2, yy)
            self.cell(0, size * 0.44, right_word)
            yy += size * 0.44 + 1.2
        else:
            self.set_font("Serif", "BI", size * 1.3)
            self.set_xy(x + w1 + 1.5, y0 - size * 0.05)
            wa = self.get_string_width("&")
            self.cell(wa + 1.5, size * 0.5, "&")
            self.set_font(self.face, "B", size)
            self.set_xy(x + w1 + wa + 3.0, y0)
            self.cell(0, size * 0.44, right_word)
            yy = y0 + size * 0.44 + 1.6
        self.set_text_color(80, 80, 80)
        for ln in legal:
            self.f(6.9)
            self.set_xy(x, yy)
            self.cell(0, 3.1, ln)
            yy += 3.1
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, box)
        self._close_head(max(yy, ry), rule, under)

    # --- notes, listings, messages --------------------------------------------------------------------------------
    def num_notes(self, title: str | None, items: list[tuple[str, str]], size: float = 7.8, hang: float = 6,
                  rule: bool = True):
        """A numbered note list: an optional small bold title and a thin rule, then 'n  text' lines with the number
        hung in the margin (the rows above carry the bare numbers as footnote marks)."""
        W = self.w - self.l_margin - self.r_margin
        if title:
            self.f(size + 0.4, "B")
            self.set_x(self.l_margin)
            self.cell(0, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        if rule:
            self.line_seg(self.l_margin, self.get_y() + 0.3, self.l_margin + W * 0.4, self.get_y() + 0.3)
            self.ln(1.4)
        lh = size * 0.46
        for num, text in items:
            y = self.get_y()
            self.f(size, "B")
            self.set_xy(self.l_margin, y)
            self.cell(hang, lh, num)
            self.f(size)
            self.set_xy(self.l_margin + hang, y)
            self.multi_cell(W - hang, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.7)
        self.ln(1.5)

    def inline_claims(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                      size: float = 7.6, row_h: float = 4.4, cap_size: float | None = None):
        """A claim listing: each claim opens with a shaded heading row of inline captions and values ('Claim'
        value, 'Client' value, 'Plan:' value, 'Referral #' value, 'Auth' value ...) set one after another, then its
        service lines under the column heading, then an optional bold total row. claims: [{"caps": [(cap, val)],
        "lines": [[cells]], "total": [cells] or None, "note": str or None}]"""
        x0 = self.l_margin
        W = sum(widths)
        cs = cap_size or size - 0.6
        self.f(size - 0.4, "B")
        y = self.get_y()
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y)
            self.cell(w, row_h, h, align="R" if a == "R" else "L")
            x += w
        self.set_line_width(0.4)
        self.line_seg(x0, y + row_h + 0.4, x0 + W, y + row_h + 0.4)
        self.set_line_width(0.2)
        self.set_xy(x0, y + row_h + 1.4)
        for c in claims:
            if self.get_y() + row_h * (len(c["lines"]) + 2) > self.h - 26:
                self.add_page()
            y = self.get_y()
            self.set_fill_color(232, 232, 232)
            self.rect(x0, y, W, row_h + 0.6, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0 + 1, y + 0.3)
            for k, v in c["caps"]:
                self.f(cs)
                t = k + " "
                self.cell(self.get_string_width(t), row_h, t)
                self.f(size, "B")
                self.cell(self.get_string_width(v) + 5, row_h, v)
            self.set_xy(x0, y + row_h + 1.0)
            for r in c["lines"]:
                self.set_x(x0)
                for cell, w, a in zip(r, widths, aligns):
                    self.f(size)
                    self.cell(w, row_h, cell, align=a)
                self.ln(row_h)
            if c.get("total"):
                yy_ = self.get_y() + 0.2
                self.line_seg(x0 + widths[0], yy_, x0 + W, yy_)
                self.set_xy(x0, yy_ + 0.3)
                for cell, w, a in zip(c["total"], widths, aligns):
                    self.f(size, "B")
                    self.cell(w, row_h, cell, align=a)
                self.ln(row_h)
            if c.get("note"):
                self.set_text_color(70, 70, 70)
                self.f(size - 0.8)
                self.set_x(x0 + widths[0])
                self.multi_cell(W - widths[0], row_h - 0.6, c["note"], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            self.ln(1.6)
        self.ln(1)

    def msg_box(self, title: str, paras: list[str], size: float = 8.8, shade: int = 40):
        """A framed message area: a small dark tab with the white title on the frame's top edge, free text inside."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size)
        lh = size * 0.47
        n = sum(len(self.multi_cell(W - 8, lh, t, dry_run=True, output="LINES")) for t in paras)
        h = n * lh + 1.6 * len(paras) + 8
        y = self.get_y() + 2
        self.rect(self.l_margin, y, W, h)
        self.f(7.2, "B")
        tw = self.get_string_width(title) + 6
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin + 4, y - 2.2, tw, 4.4, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin + 4, y - 2.2)
        self.cell(tw, 4.4, title, align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + 4, y + 4)
        for t in paras:
            self.f(size)
            self.set_x(self.l_margin + 4)
            self.multi_cell(W - 8, lh, t, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.6)
        self.set_y(y + h + 4)


def home_cover(rng: random.Random, rows: list[str], *, form: list[str] | None = None, typed: bool = False,
               title: str = "FAX", foot: str | None = None) -> bytes:
    """A fax cover made at home or at a counter, a page of its own that belongs to no document. With typed=False the
    rows are hand-lettered (blue ink, uneven letters) under an optional printed counter form header (`form`: the
    counter's name and lines); with typed=True the rows are typed as given (captions and values in one string, so
    odd captions such as 'Frm:', 'Attn', 'Re:' run into the subject or '# of pgs' stay as written)."""
    p = ESSheet(footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    if form:
        p.f(12, "B")
        p.cell(0, 6, form[0], new_x="LMARGIN", new_y="NEXT")
        for ln in form[1:]:
            p.f(8.2)
            p.cell(0, 4.1, ln, new_x="LMARGIN", new_y="NEXT")
        p.set_line_width(0.5)
        p.line_seg(p.l_margin, p.get_y() + 2, p.w - p.r_margin, p.get_y() + 2)
        p.set_line_width(0.2)
        p.ln(8)
    if typed:
        p.f(24, "B")
        p.cell(0, 11, title, new_x="LMARGIN", new_y="NEXT")
        p.ln(5)
        for r in rows:
            p.f(11)
            p.cell(0, 8.5, r, new_x="LMARGIN", new_y="NEXT")
        p.ln(10)
    else:
        y = p.get_y() + 2
        img = hand_image(rng, [title + "     "], size_mm=11, ink="blue")
        place(p, img, p.l_margin, y)
        y += img.height / 12 + 6
        for r in rows:
            img = hand_image(rng, [r + "  "], size_mm=6.2, ink="blue")
            place(p, img, p.l_margin + rng.uniform(-1.5, 2.5), y)
            y += img.height / 12 + rng.uniform(3.0, 6.0)
        p.set_y(y + 8)
    if foot:
        p.set_y(max(p.get_y(), 240))
        p.set_text_color(80, 80, 80)
        p.para(foot, 7.6)
        p.set_text_color(0, 0, 0)
    return out(p)
