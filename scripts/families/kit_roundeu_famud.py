"""Drawing helpers for round EU, helper famud (papers mirrored from a federal occupational illness compensation program
for workers of the atomic weapons and energy complex: medical benefits cards, pre-authorisation of home health care
and equipment, bill payment statements and provider vouchers from a bill processing agent, recommended decisions of a
district office and decisions of a final review branch; an invented health trust for upholsterers and furniture
restorers with eligibility by reported shop hours).

Why: this round asks for notice dates said in words or in odd places (ordinal days, a date only in a "Mailed" stamp
or in the footer, a date whose small caption a fax garbles, a fax header date later than the notice on every faxed
page), values far from their captions (captions in a narrow column with values at the page edge, label blocks whose
values sit below and to the right, member facts in a box on page two), statements whose refused claim is marked only
by a code in a status column keyed in a legend under the table, providers with titles and credentials or named only
in prose, case numbers under unusual labels beside decoy reference numbers, IDs with letters in mixed positions and
member IDs with a dependent suffix, two standard fax captures and a stack behind a cover in every family. New here:
- UESheet.atom / UESheet.chair: a drawn atom (a nucleus and three crossing orbits) and a drawn wingback chair, the
  marks of the federal program and of the upholsterers' trust; ETSheet.split_brand and mark_logo draw them by name;
- UESheet.below_right: label blocks whose caption stands alone on its line at the left and whose value sits on the
  next line, pushed over to the right (the value is below and to the right of its caption, never beside it);
- UESheet.faint_date: a date whose caption is set tiny, light and thin (a fax thresholds it to a few specks) with the
  value in ordinary type after a gap;
- UESheet.mailed: a rubber "MAILED" stamp holding the only date a paper carries;
- UESheet.benefit_card: a wallet card drawn on the letter (a frame with rounded corners, a dashed cut line around it,
  card number, name and the accepted conditions);
- UESheet.msg_box: a provider bill's framed message area with a shaded title strip;
- UESheet.status_rows: a claims listing whose last column holds only short status codes, with bills headed by a
  "Control no." line and rendering clinicians in a grey line under it;
- club_cover: a retirees' club fax memo typed on the club's letterhead with a hand-lettered note at its foot;
- ticket_cover: a page of an upholstery shop's printed work-ticket pad (captions Customer / Fabric / Yardage /
  Welt / Due) lettered across by hand as a fax cover.
Date helpers: mdy_ord ("March 3rd, 2026"), the_of_c ("the 3rd of March, 2026"), stamp_day ("MAR 03, 2026").
Everything else comes from round ET's ETSheet (kit_roundet_famtf) and what it inherits. Every name and number
printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundet_famtf import (ETSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, iso, last_first, long, m2,
                               mdyyyy, mon_yyyy, month_end, n2, nodollar, npi, out, plus, sign, slash, spaced_id,
                               surname, the_of, tin, truth, usd, wd_comma, wd_short, wd_tue, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# former workers of the weapons and energy complex and their families (Tennessee, New Mexico)
AW_F = ["Arnetta", "Bonita", "Claudette", "Dovie", "Earline", "Freddie", "Georgina", "Hassie", "Inez", "Juanita",
        "Lorene", "Maxine", "Nadine", "Oveta", "Pearline", "Roxie", "Sybil", "Twila", "Verlie", "Wanda"]
AW_M = ["Alton", "Buford", "Carroll", "Dalton", "Elbert", "Ferris", "Grady", "Hubert", "Irby", "Jessie", "Kermit",
        "Loyd", "Marvin", "Noel", "Ottis", "Percy", "Rayburn", "Sherrill", "Truman", "Virgil"]
AW_LAST = ["Ashburn", "Blevins", "Cagle", "Dalrymple", "Estep", "Frazier", "Goins", "Hatmaker", "Inman", "Justus",
           "Kesterson", "Lowery", "Maples", "Neubert", "Overholt", "Pippenger", "Queener", "Rutherford", "Scarbrough",
           "Tipton", "Vowell", "Whaley", "Yoakum", "Brummett", "Chesney", "Duncan-Ray"]
# clinicians, examiners and reviewers around the program
AC_F = ["Anneliese", "Bettina", "Cordula", "Dagmar", "Edeltraud", "Friederike", "Gesine", "Hiltrud", "Irmgard",
        "Jutta", "Kunigunde", "Liselotte", "Mareike", "Notburga", "Roswitha", "Sieglinde", "Thekla", "Waltraud"]
AC_M = ["Adalbert", "Burkhard", "Cyprian", "Detlef", "Egbert", "Folkert", "Gottfried", "Hartmut", "Isidor",
        "Jobst", "Kunibert", "Lothar", "Meinrad", "Norbert", "Ortwin", "Reinhold", "Sigmar", "Wendelin"]
AC_LAST = ["Ackermann", "Birnbaum", "Dreyfuss", "Eichhorn", "Falkner", "Grunewald", "Heidecker", "Immerthal",
           "Kasperek", "Lichtblau", "Morgenroth", "Nachtigall", "Oberlin", "Pfannkuch", "Quandt", "Rothkegel",
           "Schwarzkopf", "Tannhauser", "Uhlenbrock", "Vogelsang", "Wunderlich", "Zellweger"]
# upholsterers, furniture restorers, finishers and their families (North Carolina Piedmont, west Michigan)
UP_F = ["Adelina", "Bertha", "Candace", "Delphine", "Eulalie", "Francine", "Gwyneth", "Hyacinth", "Imelda",
        "Jocelyn", "Katrina", "Lucinda", "Mavis", "Nanette", "Opal", "Philomena", "Rochelle", "Sharlene", "Theda"]
UP_M = ["Alfonso", "Boyd", "Cletus", "Desmond", "Ezekiel", "Forrest", "Gerard", "Horace", "Isidore", "Jethro",
        "Lucius", "Mortimer", "Nehemiah", "Osgood", "Porter", "Roscoe", "Sheldon", "Thaddeus", "Ulysses"]
UP_LAST = ["Aldridge", "Brickhouse", "Coltrane", "Dorsett", "Everhart", "Fesperman", "Greeson", "Hinshaw",
           "Idol", "Jarrett", "Kirkman", "Loflin", "McPherson", "Nifong", "Overcash", "Plummer", "Rominger",
           "Shoaf", "Teague", "Varner", "Westmoreland", "Yokeley", "Vanderkooi", "Bosscher"]
# clinicians, reviewers and trust office staff around the upholsterers' trust
UC_F = ["Agathe", "Blandine", "Clementine", "Delphe", "Eglantine", "Fleur", "Ghislaine", "Hortense", "Isaure",
        "Josiane", "Laurence", "Mireille", "Nolwenn", "Oriane", "Perrine", "Solange", "Violaine"]
UC_M = ["Amaury", "Baudouin", "Cyprien", "Dieudonne", "Evariste", "Fulbert", "Gonzague", "Hippolyte", "Ignace",
        "Joachim", "Lazare", "Marceau", "Norbert", "Octave", "Perceval", "Romuald", "Tanguy"]
UC_LAST = ["Abellard", "Boisvert", "Chastain", "Desjardins", "Escoffier", "Fontaine", "Giraudeau", "Hebrard",
           "Isambert", "Jolicoeur", "Lachapelle", "Marchand", "Nadeau", "Ouellette", "Plamondon", "Rochefort",
           "Thibodeaux", "Vaillancourt"]
# Spanish speakers
SP_F = ["Altagracia", "Brigida", "Casilda", "Delfina", "Epifania", "Florinda", "Gumersinda", "Herlinda", "Ildefonsa",
        "Jacoba", "Leocadia", "Matilde", "Natividad", "Petronila", "Rosaura", "Teodora"]
SP_M = ["Agapito", "Basilio", "Cipriano", "Donaciano", "Eleuterio", "Fortino", "Gregorio", "Hermenegildo",
        "Ireneo", "Jeronimo", "Leoncio", "Melquiades", "Nemesio", "Patrocinio", "Remigio", "Teodulo"]
SP_LAST = ["Apodaca", "Benavidez", "Chavarria", "Dominguez", "Esparza", "Gallardo", "Lucero", "Maestas", "Montoya",
           "Ortega", "Quezada", "Roybal", "Sena", "Tafoya", "Valdez", "Vigil"]

POOLS = {"aw": ({"F": AW_F, "M": AW_M}, AW_LAST), "ac": ({"F": AC_F, "M": AC_M}, AC_LAST),
         "up": ({"F": UP_F, "M": UP_M}, UP_LAST), "uc": ({"F": UC_F, "M": UC_M}, UC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "aw", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'aw'
    (former atomic workers), 'ac' (the program's clinicians and staff), 'up' (upholsterers and restorers), 'uc' (the
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


def phone(rng: random.Random, area: str = "865") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def mdy_ord(d: dt.date) -> str:
    """March 3rd, 2026"""
    return f"{d.strftime('%B')} {nth(d.day)}, {d.year}"


def the_of_c(d: dt.date) -> str:
    """the 3rd of March, 2026"""
    return f"the {nth(d.day)} of {d.strftime('%B')}, {d.year}"


def stamp_day(d: dt.date) -> str:
    """MAR 03, 2026 (a date stamp's band)"""
    return d.strftime("%b %d, %Y").upper()


class UESheet(ETSheet):
    """ETSheet plus an atom and a wingback chair mark, captions with values below and to the right, a faint date
    caption, a MAILED stamp, a wallet card and a status-code claims listing."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def atom(self, x: float, y: float, s: float):
        """A nucleus and three elliptical orbits crossing at 60 degrees, inside a thin ring (side s)."""
        cx, cy = x + s / 2, y + s / 2
        self.set_line_width(0.35)
        self.ellipse(x, y, s, s)
        self.set_line_width(max(0.45, s * 0.045))
        for ang in (0, 60, 120):
            pts = []
            for i in range(49):
                t = 2 * math.pi * i / 48
                ex, ey = s * 0.40 * math.cos(t), s * 0.14 * math.sin(t)
                a = math.radians(ang)
                pts.append((cx + ex * math.cos(a) - ey * math.sin(a), cy + ex * math.sin(a) + ey * math.cos(a)))
            for p, q in zip(pts, pts[1:]):
                self.line_seg(p[0], p[1], q[0], q[1])
        self.set_fill_color(30, 30, 30)
        self.ellipse(cx - s * 0.07, cy - s * 0.07, s * 0.14, s * 0.14, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def chair(self, x: float, y: float, s: float):
        """A wingback chair seen from the front (height s): a tall rounded back, two wings, arms, a seat cushion and
        short turned legs, filled dark."""
        w = s * 0.8
        self.set_fill_color(35, 35, 35)
        back = [(x + w * 0.22, y + s * 0.62), (x + w * 0.20, y + s * 0.16), (x + w * 0.30, y + s * 0.04),
                (x + w * 0.50, y), (x + w * 0.70, y + s * 0.04), (x + w * 0.80, y + s * 0.16),
                (x + w * 0.78, y + s * 0.62)]
        self.polygon(back, style="F")
        for side in (-1, 1):
            ox = x + w / 2 + side * w * 0.30
            wing = [(ox, y + s * 0.22), (ox + side * w * 0.17, y + s * 0.30), (ox + side * w * 0.20, y + s * 0.52),
                    (ox + side * w * 0.14, y + s * 0.72), (ox, y + s * 0.72)]
            self.polygon(wing, style="F")
        self.set_fill_color(255, 255, 255)
        self.rect(x + w * 0.30, y + s * 0.60, w * 0.40, s * 0.10, style="F")
        self.set_fill_color(35, 35, 35)
        self.rect(x + w * 0.12, y + s * 0.72, w * 0.76, s * 0.10, style="F")
        for lx in (x + w * 0.16, x + w * 0.78):
            self.rect(lx, y + s * 0.82, w * 0.06, s * 0.16, style="F")
        self.set_fill_color(255, 255, 255)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "atom":
            self.atom(x, y, s)
            return s
        if kind == "chair":
            self.chair(x, y, s)
            return s * 0.8
        return super()._mark(kind, x, y, s)

    def fed_head(self, top: str, bottom: str, division: str, office: str, right: list[str], box: str | None = None,
                 size: float = 12.5, s: float = 19):
        """A federal letterhead: the atom in its ring at the left, the program's name in heavy capitals over two
        lines beside it (top, bottom), the division and the office in small type under it, contact lines
        right-aligned at the right, an optional boxed title under them, a double rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.atom(self.l_margin, y0, s)
        x = self.l_margin + s + 3.5
        lh = size * 0.45
        self.set_char_spacing(0.4)
        for i, t in enumerate((top, bottom)):
            self.f(size, "B")
            self.set_xy(x, y0 + 0.4 + i * (lh + 0.5))
            self.cell(W * 0.62 - (x - self.l_margin), lh, t.upper())
        self.set_char_spacing(0)
        yy_ = y0 + 0.4 + 2 * (lh + 0.5) + 0.6
        for t, sz in ((division, 8.4), (office, 7.6)):
            self.f(sz, "B" if sz > 8 else "")
            self.set_xy(x, yy_)
            self.cell(W * 0.62 - (x - self.l_margin), sz * 0.46, t)
            yy_ += sz * 0.46 + 0.3
        ry = self._right_lines(right, y0, self.l_margin + W * 0.64)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.f(size, "B")
            name_end = x + max(self.get_string_width(top.upper()), self.get_string_width(bottom.upper())) + 3
            if self.w - self.r_margin - bw < name_end:
                ry = max(ry, yy_ - 1.0)
            self.f(9.2, "B")
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        y = max(yy_, ry, y0 + s) + 1.8
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_y(y + 5)

    def mark_logo(self, kind: str, logo: str, legal: str, right: list[str], **k):
        """ESSheet.logo_legal with the atom or the chair drawn in place of the lantern."""
        keep = self.lantern
        self.lantern = lambda x, y, s: self._mark(kind, x, y, s * (0.62 if kind == "atom" else 0.78))
        try:
            self.logo_legal(logo, legal, right, **k)
        finally:
            self.lantern = keep

    # --- captions far from their values ---------------------------------------------------------------------------
    def below_right(self, rows: list[tuple[str, str]], indent: float = 40, cap: float = 7.0, size: float = 9.4,
                    x: float | None = None, w: float | None = None, gap: float = 1.4):
        """Label blocks: each caption alone on its line at the left (small, grey), its value on the NEXT line pushed
        `indent` mm to the right in bold, so every value sits below and to the right of its caption."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        for capt, val in rows:
            self.set_text_color(80, 80, 80)
            self.f(cap)
            self.set_xy(x0, self.get_y())
            self.cell(W, cap * 0.46, capt, new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(x0 + indent, self.get_y() + 0.2)
            self.multi_cell(W - indent, size * 0.48, val, new_x="LEFT", new_y="NEXT", align="L")
            self.set_y(self.get_y() + gap)
        self.set_x(self.l_margin)
        self.ln(1)

    def faint_date(self, caption: str, value: str, size: float = 10.2, cap: float = 5.0, x: float | None = None,
                   gap: float = 9):
        """A date whose caption is tiny, light grey and thin (a fax leaves specks of it), then a gap, then the value
        in ordinary type."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        self.set_text_color(150, 150, 150)
        self.f(cap)
        self.set_xy(x0, y + size * 0.12)
        cw = self.get_string_width(caption)
        self.cell(cw + 1, size * 0.45, caption)
        self.set_text_color(0, 0, 0)
        self.f(size)
        self.set_xy(x0 + cw + gap, y)
        self.cell(0, size * 0.5, value, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def mailed(self, date_s: str, x: float, y: float, office: str = "", angle: float = 8, size: float = 9.6):
        """A rubber MAILED stamp (double frame, grey, turned) whose middle band is the date."""
        lines = ["MAILED", date_s] + ([office] if office else [])
        self.rstamp(lines, x, y, angle=angle, size=size, grey=70)

    # --- the wallet card ------------------------------------------------------------------------------------------
    def benefit_card(self, title: str, sub: str, rows: list[tuple[str, str]], foot: list[str], x: float | None = None,
                     w: float = 92, mark: str = "atom"):
        """A wallet card printed on the letter: a dashed cut line around a frame with rounded corners, the mark and
        the card's title in a dark band, caption / value lines, small print along the foot."""
        x0 = self.l_margin if x is None else x
        y0 = self.get_y() + 2
        lh = 4.4
        h = 12 + len(rows) * (lh + 0.6) + len(foot) * 2.9 + 5
        self.set_dash_pattern(dash=1.2, gap=1.0)
        self.set_line_width(0.25)
        self.rect(x0 - 3, y0 - 3, w + 6, h + 6)
        self.set_dash_pattern()
        self.set_line_width(0.5)
        self.rect(x0, y0, w, h, round_corners=True, corner_radius=3)
        self.set_fill_color(45, 45, 45)
        self.rect(x0, y0, w, 10, style="F", round_corners=("TOP_LEFT", "TOP_RIGHT"), corner_radius=3)
        self.set_fill_color(255, 255, 255)
        self._mark(mark, x0 + 2, y0 + 1.2, 7.6) if mark == "atom" else None
        self.set_text_color(255, 255, 255)
        self.f(8.4, "B")
        self.set_xy(x0 + 11, y0 + 1.2)
        self.cell(w - 13, 4, title)
        self.f(6.4)
        self.set_xy(x0 + 11, y0 + 5.4)
        self.cell(w - 13, 3.4, sub)
        self.set_text_color(0, 0, 0)
        yy_ = y0 + 12
        for capt, val in rows:
            self.f(6.4)
            self.set_xy(x0 + 3, yy_ + 0.5)
            self.cell(24, lh, capt)
            self.f(8.6, "B")
            self.set_xy(x0 + 27, yy_)
            self.cell(w - 30, lh, val)
            yy_ += lh + 0.6
        yy_ += 1.5
        self.set_text_color(70, 70, 70)
        for ln in foot:
            self.f(5.8)
            self.set_xy(x0 + 3, yy_)
            self.cell(w - 6, 2.8, ln)
            yy_ += 2.9
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y0 + h + 7)

    def msg_box(self, title: str, text: str, size: float = 9.0):
        """A provider bill's message area: a bold title on a shaded strip, the message under it, a frame around."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 2
        self.f(size)
        n = len(self.multi_cell(W - 6, size * 0.48, text, dry_run=True, output="LINES"))
        h = 6.5 + n * size * 0.48 + 3
        self.set_fill_color(230, 230, 230)
        self.rect(self.l_margin, y, W, 5.5, style="F")
        self.set_fill_color(255, 255, 255)
        self.rect(self.l_margin, y, W, h)
        self.f(8.4, "B")
        self.set_xy(self.l_margin + 3, y + 0.7)
        self.cell(W - 6, 4.2, title)
        self.f(size)
        self.set_xy(self.l_margin + 3, y + 7)
        self.multi_cell(W - 6, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + h + 3)

    # --- listings -------------------------------------------------------------------------------------------------
    def status_rows(self, head: list[str], widths: list[float], aligns: list[str], bills: list[dict],
                    size: float = 7.6, row_h: float = 4.5, totals: list[str] | None = None):
        """A claims listing whose LAST column carries only short status codes. Each bill: {"head": text of its bold
        heading line ("Control no. ... · Provider ..."), "who": a grey line under it (the rendering clinician) or
        None, "lines": [[cells]], "total": [cells] or None (a bold bill total under a short rule)}. Thin rules between
        bills; an optional bold totals row at the end."""
        x0 = self.l_margin
        W = sum(widths)
        self.set_fill_color(225, 225, 225)
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.43
        n = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        self.rect(x0, y, W, n * lh + 1.6, style="F")
        x = x0
        for h, w, a in zip(head, widths, aligns):
            self.set_xy(x, y + 0.8)
            self.multi_cell(w, lh, h, align="R" if a == "R" else ("C" if a == "C" else "L"), new_x="RIGHT",
                            new_y="TOP")
            x += w
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0, y + n * lh + 2.4)
        for i, b in enumerate(bills):
            if self.get_y() + row_h * (len(b["lines"]) + 2) > self.h - 28:
                self.add_page()
            if i:
                self.set_draw_color(150, 150, 150)
                self.line_seg(x0, self.get_y() + 0.4, x0 + W, self.get_y() + 0.4)
                self.set_draw_color(0, 0, 0)
                self.ln(1.2)
            self.set_x(x0)
            self.f(size, "B")
            self.cell(W, row_h, b["head"], new_x="LMARGIN", new_y="NEXT")
            if b.get("who"):
                self.set_x(x0 + 3)
                self.set_text_color(80, 80, 80)
                self.f(size - 0.8)
                self.cell(W - 3, row_h - 0.6, b["who"], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            for r in b["lines"]:
                self.set_x(x0)
                for c, w, a in zip(r, widths, aligns):
                    self.f(size)
                    self.cell(w, row_h, c, align=a)
                self.ln(row_h)
            if b.get("total"):
                yy_ = self.get_y() + 0.2
                self.line_seg(x0 + sum(widths[:2]), yy_, x0 + W, yy_)
                self.set_xy(x0, yy_ + 0.3)
                for c, w, a in zip(b["total"], widths, aligns):
                    self.f(size, "B")
                    self.cell(w, row_h, c, align=a)
                self.ln(row_h)
        if totals:
            self.set_line_width(0.4)
            self.line_seg(x0, self.get_y() + 0.5, x0 + W, self.get_y() + 0.5)
            self.set_line_width(0.2)
            self.set_xy(x0, self.get_y() + 1.0)
            for c, w, a in zip(totals, widths, aligns):
                self.f(size, "B")
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2.5)


# --- fax covers (pages of their own, in no document) ----------------------------------------------------------------
def club_cover(rng: random.Random, club: list[str], rows: list[tuple[str, str]], typed_note: str,
               hand_lines: list[str], tx: str | None = None, tx_total: int | None = None) -> bytes:
    """A retirees' club fax memo: the club's name and hall address typed across the top over a double rule, "FAX
    MEMO", typed caption / value lines with colons, a typed note, and at the foot a few lines lettered by hand in
    the space left (who should call whom). A page of its own."""
    p = UESheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(24, 20, 24)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Serif", "B", 15)
    p.set_xy(p.l_margin, 22)
    p.cell(W, 7, club[0], align="C")
    p.f(8.4)
    for i, ln in enumerate(club[1:]):
        p.set_xy(p.l_margin, 30 + i * 4)
        p.cell(W, 4, ln, align="C")
    y = 31 + len(club[1:]) * 4 + 2
    p.set_line_width(0.6)
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.set_line_width(0.25)
    p.line_seg(p.l_margin, y + 1.2, p.l_margin + W, y + 1.2)
    p.set_font("Mono", "B", 18)
    p.set_xy(p.l_margin, y + 8)
    p.cell(W, 9, "FAX  MEMO")
    y += 24
    for cap, val in rows:
        p.set_font("Mono", "B", 10.5)
        p.set_xy(p.l_margin, y)
        p.cell(30, 6, cap)
        p.set_font("Mono", "", 10.5)
        p.set_xy(p.l_margin + 30, y)
        p.multi_cell(W - 30, 5.4, val, new_x="LMARGIN", new_y="NEXT")
        y = p.get_y() + 2.6
    p.set_font("Mono", "", 10.2)
    p.set_xy(p.l_margin, y + 4)
    p.multi_cell(W, 5.2, typed_note, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 22
    for ln in hand_lines:
        p.hand(p.l_margin + rng.uniform(2, 10), y, ln, 15, rng, rise=rng.uniform(-0.5, 2.0))
        y += 12
    p.f(6.8)
    p.set_text_color(90, 90, 90)
    p.set_xy(p.l_margin, p.h - 22)
    p.multi_cell(W, 3, "Club business only. The pages with this memo may hold a member's private medical and claim "
                       "papers; if they came to you by mistake, please phone the hall and shred them.",
                 new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    return out(p)


def ticket_cover(rng: random.Random, shop: list[str], lines: list[str], tx: str | None = None,
                 tx_total: int | None = None, size: float = 14.5) -> bytes:
    """A page of an upholstery shop's printed work-ticket pad (the shop's name, "WORK TICKET No." with a printed
    number, printed captions Customer / Phone / Piece / Fabric / Yardage / Welt / Due over ruled lines, a grid for a
    sketch) lettered across by hand as a fax cover: the hand lines run over the printed captions and rules without
    regard to them. A page of its own."""
    p = UESheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.chair(p.l_margin, 18, 13)
    p.set_font("Serif", "B", 15)
    p.set_xy(p.l_margin + 14, 18)
    p.cell(W * 0.6, 7, shop[0])
    p.f(7.6)
    for i, ln in enumerate(shop[1:]):
        p.set_xy(p.l_margin + 14, 26 + i * 3.6)
        p.cell(W * 0.6, 3.4, ln)
    p.f(10, "B")
    p.set_xy(p.l_margin + W * 0.62, 19)
    p.cell(W * 0.38, 5, "WORK TICKET  No. " + digits(rng, 4), align="R")
    p.set_draw_color(120, 120, 120)
    y = 44
    for capt in ["Customer", "Phone", "Piece", "Fabric", "Yardage", "Welt / trim", "Due"]:
        p.f(8.2, "B")
        p.set_text_color(110, 110, 110)
        p.set_xy(p.l_margin, y - 4.2)
        p.cell(24, 4, capt)
        p.line_seg(p.l_margin + 24, y, p.l_margin + W, y)
        y += 11
    p.set_text_color(110, 110, 110)
    p.f(8.2, "B")
    p.set_xy(p.l_margin, y - 2)
    p.cell(0, 4, "Sketch / notes")
    gy = y + 3
    step = 7
    p.set_draw_color(195, 195, 195)
    p.set_line_width(0.15)
    for i in range(int((p.h - 26 - gy) / step) + 1):
        p.line_seg(p.l_margin, gy + i * step, p.l_margin + W, gy + i * step)
    for j in range(int(W / step) + 1):
        p.line_seg(p.l_margin + j * step, gy, p.l_margin + j * step, gy + int((p.h - 26 - gy) / step) * step)
    p.set_text_color(0, 0, 0)
    p.set_draw_color(0, 0, 0)
    p.set_line_width(0.2)
    yy_ = 42
    for ln in lines:
        if ln:
            p.hand(p.l_margin + rng.uniform(18, 30), yy_, ln, size, rng, rise=rng.uniform(-0.8, 1.6))
        yy_ += 11.5
    return out(p)
