"""Drawing helpers for round ER, helper famrc (papers mirrored from a federal health program for adult children of
Vietnam-era and Korea-DMZ veterans born with spina bifida, run through a central health administration center; an
invented health plan for locksmiths and safe technicians).

Why: round ER asks for things older kits set rarely: captions run along a line with no colon (a dash, a wide gap or
nothing between caption and value, two caption-value pairs on one line), captions in small capitals above a shaded
value box, letterheads with a tagline set directly under the brand, a parent line ("a field office of ...", "a member
of ...") and an administrator named in small print, a brand set all in capitals with an ampersand or a brand word
with a short legal suffix, provider panels naming an organisation and a person with credentials (rendering and
billing side by side, a facility line under a doctor), multi-claim statements whose refused rows are told only by a
reason code, and code legends split over two pages. This kit adds those on top of round EQ's sheet. Everything
printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from kit_roundeq_famqc import EQSheet  # noqa: F401
from kit_roundel_famlb import (abbr, dash, dlong, dmon, dmy, dots, es_abbr, es_date, es_dmy, flat, iso,  # noqa: F401
                               long, n2, nopad, plus, short, slash, upper, usd, usd_es, wday)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people: two pools of this kit only (one per family, so the families never share a name) ---------------------
POOLS = {
    1: dict(F=["Annemarie", "Bettina", "Corliss", "Delphine", "Eldora", "Florentina", "Georgiana", "Hedda",
               "Imogene", "Juno", "Karalee", "Linnea", "Mavis", "Nerissa", "Orla", "Petronella", "Quilla",
               "Rhiannon", "Sabina", "Thomasina", "Verity", "Zinnia"],
            M=["Abner", "Barnaby", "Caspian", "Dashiell", "Ephraim", "Fitzroy", "Gideon", "Ishmael", "Jarvis",
               "Kenelm", "Lorcan", "Mordecai", "Nestor", "Obadiah", "Piers", "Ransom", "Silas", "Thaddeus", "Ulric",
               "Wendell", "Zebulon"],
            L=["Ackerley", "Brisbane", "Dewhurst", "Ellingworth", "Farrowby", "Grindstaff", "Hollowell", "Ingleby",
               "Jessop", "Kilbride", "Mottram", "Nethercott", "Ormsby", "Pargeter", "Quarrington", "Rushworth",
               "Selwood", "Thistlewood", "Underhill", "Vosper", "Wadsworth", "Bramhall", "Cheverton", "Duckett",
               "Elsworth", "Fothergill", "Gascoigne", "Hebblethwaite", "Illingworth", "Kershaw-Dane", "Lathbury",
               "Mellish", "Norgrove", "Pocklington"],
            EF=["Anunciaci\u00f3n", "Bego\u00f1a", "Clotilde", "Edelmira", "Filomena", "Guadalupe", "Inmaculada",
                "Jovita"],
            EM=["Amadeo", "Bartolom\u00e9", "Casimiro", "Desiderio", "Eleuterio", "Fulgencio", "Hilario",
                "Isa\u00edas"],
            EL=["Alc\u00e1ntara", "Barrientos", "Echeverr\u00eda", "Fuenmayor", "Goicoechea", "Irigoyen",
                "Larra\u00f1aga", "Menchaca", "Urrutia", "Zubizarreta"]),
    2: dict(F=["Brunhilde", "Cordelia", "Dorinda", "Elspeth", "Fenella", "Greer", "Hazeline", "Jessamy", "Kerensa",
               "Lowenna", "Morwenna", "Nessa", "Oonagh", "Pippa", "Rowena", "Senga", "Tamsin", "Wenna", "Ysolde"],
            M=["Alaric", "Bram", "Cadoc", "Denzil", "Emrys", "Fergal", "Gawain", "Hamish", "Iolo", "Jory", "Kenver",
               "Lachlan", "Madoc", "Niall", "Padraig", "Ruairi", "Seamus", "Tristram", "Uther", "Yestin"],
            L=["Archbold", "Blackmore", "Carbery", "Drinkwater", "Eastlake", "Fenwright", "Goldthorpe", "Hardcastle",
               "Inskip", "Jellicoe", "Kitchingman", "Lovibond", "Mallinson", "Noakes", "Oldroyd", "Pennycook",
               "Rowbotham", "Scattergood", "Tunnicliffe", "Uttley", "Vavasour", "Winstanley", "Ackroyd",
               "Birtwistle", "Cattermole", "Dunnett", "Entwistle", "Flitcroft", "Greatorex", "Holdsworth"],
            EF=["Benigna", "Catalina", "Donaciana", "Evangelina", "Fel\u00edcitas", "Iluminada", "Jacinta",
                "Leocadia"],
            EM=["Anacleto", "Bernab\u00e9", "Crisanto", "Dionisio", "Eustaquio", "Florencio", "Gregorio",
                "Inocencio"],
            EL=["Berrones", "C\u00e1zares", "Escobedo", "Galindo", "J\u00e1uregui", "Ledesma", "Mireles",
                "Sotomayor", "Villalpando", "Zertuche"]),
}
USED: dict[int, set] = {1: set(), 2: set()}


def fresh(pool: int) -> None:
    """Start a family: names drawn after this share no first or last name with each other in that pool."""
    USED[pool] = set()


def people(rng: random.Random, n: int, pool: int, sexes: str = "", es: bool = False) -> list[str]:
    """n invented 'First M. Last' names, no first or last name repeated within the pool since fresh(pool);
    sexes: F / M / X per person."""
    P = POOLS[pool]
    seen, got = USED[pool], []
    tries = 0
    while len(got) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit(f"name pool {pool} exhausted")
        sx = sexes[len(got)] if len(got) < len(sexes) else "X"
        fk, mk, lk = ("EF", "EM", "EL") if es else ("F", "M", "L")
        firsts = {"F": P[fk], "M": P[mk]}.get(sx, P[fk] + P[mk])
        f, la = rng.choice(firsts), rng.choice(P[lk])
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}")
    return got


def parts(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), " ".join(p[2:])


def last_first(full: str) -> str:
    """ACKERLEY, BETTINA K (a listing's patient form)"""
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def initial_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f[0]}. {la}"


def upper_name(full: str) -> str:
    return full.upper()


def grouped(s: str, sizes: list[int]) -> str:
    """'SB30741228' -> 'SB 3074 1228' (grouping spaces, dropped when IDs are compared)"""
    out_, i = [], 0
    for k in sizes:
        out_.append(s[i:i + k])
        i += k
    if i < len(s):
        out_.append(s[i:])
    return " ".join(x for x in out_ if x)


def fax_stamp(d: dt.date, hhmm: str) -> str:
    """06/10/2026 11:52 (a fax machine's transmission date, month first)"""
    return f"{d:%m/%d/%Y} {hhmm}"


def mon_day(d: dt.date) -> str:
    return f"{d:%b} {d.day}"


class ERSheet(EQSheet):
    """EQSheet plus: a seal letterhead with the tagline directly under the brand and a parent line; a brand in
    capitals with an ampersand (tagline under it, 'a member of ...' and an administrator in small print); a brand word
    with a short legal suffix; small-capital captions above shaded value boxes; caption-value pairs run along a line
    with no colon; provider panels side by side under a rule; a one-column code legend that may break to the next
    page with a 'continued' line."""

    # ---- small capitals ----
    def smallcaps(self, text: str, x: float, y: float, size: float, bold: bool = False, grey: int = 0) -> float:
        """Write text in small capitals with its baseline at y: each word's first letter at `size`, the rest
        upper-cased at 0.76 of it (no real small-caps face is needed). Returns the width used."""
        small = size * 0.76
        st = "B" if bold else ""
        xx = x
        self.set_text_color(grey, grey, grey)
        for i, word in enumerate(text.split(" ")):
            if i:
                self.set_font("Sans", st, small)
                xx += self.get_string_width(" ") + 0.3
            if not word:
                continue
            head, rest = word[0], word[1:]
            self.set_font("Sans", st, size)
            self.text(xx, y, head.upper())
            xx += self.get_string_width(head.upper())
            if rest:
                self.set_font("Sans", st, small)
                self.text(xx, y, rest.upper())
                xx += self.get_string_width(rest.upper())
        self.set_text_color(0, 0, 0)
        return xx - x

    # ---- letterheads ----
    def seal_letterhead(self, parent: str, brand: str, tagline: str, program: str, right: list[str],
                        seal: str = "HAC", size: float = 17):
        """A drawn seal at the left (two rings, an eagle-less emblem of initials and a row of stars); beside it the
        parent agency's name in small capitals, under it the brand (the centre's name) large and bold, the tagline
        in oblique type directly under the brand and the program line in small capitals under that; address lines
        at the right; a heavy rule and a hair rule."""
        y0 = self.get_y()
        cx, cy, r = self.l_margin + 10, y0 + 10.5, 10
        self.set_line_width(0.7)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
        self.set_line_width(0.25)
        self.ellipse(cx - r + 1.5, cy - r + 1.5, 2 * r - 3, 2 * r - 3)
        self.ellipse(cx - r + 2.3, cy - r + 2.3, 2 * r - 4.6, 2 * r - 4.6)
        self.set_font("Serif", "B", 8.4)
        self.set_xy(cx - r, cy - 3.2)
        self.cell(2 * r, 3.6, seal, align="C")
        self.set_font("Sans", "", 4.4)
        self.set_xy(cx - r, cy + 0.8)
        self.cell(2 * r, 2.4, "\u2605 \u2605 \u2605 \u2605 \u2605", align="C")
        x = self.l_margin + 24
        self.smallcaps(parent, x, y0 + 3.4, 8.6, grey=40)
        self.set_font("Sans", "B", size)
        self.set_xy(x, y0 + 4.6)
        self.cell(self.W * 0.6, size * 0.45, brand)
        ts, avail = 8.2, self.W * 0.66 - 26
        self.set_font("Sans", "I", ts)
        while self.get_string_width(tagline) > avail and ts > 6:
            ts -= 0.2
            self.set_font("Sans", "I", ts)
        self.set_xy(x + 0.3, y0 + 4.8 + size * 0.45)
        self.cell(avail, 3.8, tagline)
        self.smallcaps(program, x + 0.3, y0 + 4.8 + size * 0.45 + 7.2, 7.8, bold=True)
        self.f(7.3)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.66, yr)
            self.cell(self.W * 0.34, 3.3, ln, align="R")
            yr += 3.3
        y = max(y0 + 22.5, yr + 1, y0 + size * 0.45 + 14)
        self.set_line_width(0.8)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.15)
        self.line_seg(self.l_margin, y + 1.0, self.w - self.r_margin, y + 1.0)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    def amp_letterhead(self, left: str, right_word: str, tagline: str, member_of: str, admin: str,
                       addr: list[str], size: float = 23, amp_scale: float = 1.35):
        """A brand in heavy serif capitals with a larger ampersand between its two words ('TUMBLER & WARD'), the
        tagline in oblique type directly under the brand, a parent line in small capitals ('a member of ...') under
        that; address lines at the right and, under them in small print, the administrator ('administered by
        ...'). A rule with a short heavy bar at its left end."""
        y0 = self.get_y()
        x = self.l_margin
        self.set_font("Serif", "B", size)
        self.set_xy(x, y0)
        w1 = self.get_string_width(left.upper())
        self.cell(w1 + 1, size * 0.46, left.upper())
        self.set_font("Serif", "", size * amp_scale)
        wa = self.get_string_width("&")
        self.set_xy(x + w1 + 1.5, y0 - size * 0.08)
        self.cell(wa + 1, size * 0.55, "&")
        self.set_font("Serif", "B", size)
        self.set_xy(x + w1 + wa + 3.2, y0)
        self.cell(self.W * 0.5, size * 0.46, right_word.upper())
        self.set_font("Sans", "I", 8.4)
        self.set_xy(x + 0.4, y0 + size * 0.48 + 0.6)
        self.cell(self.W * 0.62, 3.9, tagline)
        self.smallcaps(member_of, x + 0.4, y0 + size * 0.48 + 8.0, 7.4, grey=60)
        self.f(7.3)
        yr = y0
        for ln in addr:
            self.set_xy(self.l_margin + self.W * 0.64, yr)
            self.cell(self.W * 0.36, 3.3, ln, align="R")
            yr += 3.3
        self.set_font("Sans", "I", 5.9)
        self.set_xy(self.l_margin + self.W * 0.5, yr + 0.4)
        self.cell(self.W * 0.5, 2.8, admin, align="R")
        y = max(y0 + size * 0.48 + 10.5, yr + 4.2)
        self.set_fill_color(25, 25, 25)
        self.rect(self.l_margin, y - 0.6, 24, 1.6, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.3)
        self.line_seg(self.l_margin + 24, y + 0.2, self.w - self.r_margin, y + 0.2)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 4)

    def suffix_letterhead(self, word: str, suffix: str, for_line: str, right: list[str], size: float = 26):
        """A brand word set very large in lower case with a capital ('Pinwheel') and a short legal suffix in small
        bold capitals beside its baseline ('BA, LLC'); under a thin rule, an oblique line naming whom it works for;
        address lines at the right."""
        y0 = self.get_y()
        self.set_font("Sans", "B", size)
        self.set_xy(self.l_margin, y0)
        wb = self.get_string_width(word)
        self.cell(wb + 1, size * 0.5, word)
        self.set_font("Sans", "B", size * 0.3)
        self.set_xy(self.l_margin + wb + 1.6, y0 + size * 0.5 - size * 0.3 * 0.45 - 1.6)
        self.cell(30, size * 0.3 * 0.45, suffix.upper())
        self.f(7.3)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.62, yr)
            self.cell(self.W * 0.38, 3.3, ln, align="R")
            yr += 3.3
        y = max(y0 + size * 0.5 + 1.8, yr + 0.6)
        self.line_seg(self.l_margin, y, self.l_margin + self.W * 0.58, y)
        self.set_font("Sans", "I", 8.0)
        self.set_xy(self.l_margin, y + 0.9)
        self.cell(self.W * 0.7, 3.8, for_line)
        y = max(y + 5.6, yr + 0.6)
        self.set_line_width(0.45)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3.5)

    # ---- captions ----
    def sc_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.6, cap_size: float = 7.0,
                 h: float = 7.6, gap: float = 2.5, shade: int = 228, x: float | None = None, w: float | None = None):
        """Separate value boxes, each shaded grey, with its caption set in small capitals ABOVE the box (outside it);
        cells: (caption, value, width share)."""
        x0 = self.l_margin if x is None else x
        tw = self.W if w is None else w
        tot = sum(c[2] for c in cells)
        avail = tw - gap * (len(cells) - 1)
        y = self.get_y()
        xx = x0
        for cap, val, share in cells:
            cw = avail * share / tot
            self.smallcaps(cap, xx + 0.3, y + cap_size * 0.36, cap_size, grey=50)
            self.set_fill_color(shade, shade, shade)
            self.rect(xx, y + cap_size * 0.36 + 1.2, cw, h, style="F")
            self.set_fill_color(255, 255, 255)
            self.f(size, "B")
            self.set_xy(xx + 1.6, y + cap_size * 0.36 + 1.2 + (h - size * 0.42) / 2)
            self.cell(cw - 3.2, size * 0.42, val)
            xx += cw + gap
        self.set_xy(self.l_margin, y + cap_size * 0.36 + 1.2 + h + 3)

    def run_pairs(self, rows: list[list[tuple[str, str]]], sep: str = "gap", size: float = 9.2,
                  cap_w: float | None = None, face: str = "Sans", bold_value: bool = False, pair_gap: float = 9,
                  x: float | None = None):
        """Caption and value run along one line with no colon: sep 'dash' ('Contract - Q41...'), 'gap' (the value
        at a tab stop after a wide gap: 'Plan No      TW-...'), 'none' (one space: 'Member ID TWH...'). A row may
        hold two or three pairs, one after another on the same line."""
        x0 = self.l_margin if x is None else x
        lh = size * 0.52
        for row in rows:
            self.set_x(x0)
            for k, v in row:
                self.set_font(face, "", size)
                if sep == "dash":
                    cap = f"{k} - "
                    cw = self.get_string_width(cap)
                elif sep == "gap":
                    cap = k
                    cw = cap_w if cap_w is not None else self.get_string_width(k) + 9
                else:
                    cap = k + " "
                    cw = self.get_string_width(cap)
                self.cell(cw, lh, cap)
                self.set_font(face, "B" if bold_value else "", size)
                self.cell(self.get_string_width(v) + pair_gap, lh, v)
            self.ln(lh + 0.5)
        self.ln(1.2)

    # ---- providers ----
    def prov_cols(self, panels: list[tuple[str, list[str]]], size: float = 8.8, gap: float = 6):
        """Provider panels side by side with no boxes: a small-capital heading over a hair rule, then lines (the
        first bold); thin vertical rules between panels."""
        n = len(panels)
        cw = (self.W - gap * (n - 1)) / n
        y0 = self.get_y()
        ends = []
        for i, (title, lines) in enumerate(panels):
            x = self.l_margin + i * (cw + gap)
            self.smallcaps(title, x, y0 + 2.6, 7.6, bold=True, grey=40)
            self.set_draw_color(140, 140, 140)
            self.line_seg(x, y0 + 3.6, x + cw, y0 + 3.6)
            self.set_draw_color(0, 0, 0)
            yy = y0 + 4.6
            for j, ln in enumerate(lines):
                self.f(size, "B" if j == 0 else "")
                self.set_xy(x, yy)
                self.multi_cell(cw, size * 0.47, ln, new_x="LEFT", new_y="NEXT", align="L")
                yy = self.get_y() + 0.2
            ends.append(yy)
        for i in range(1, n):
            xr = self.l_margin + i * (cw + gap) - gap / 2
            self.line_seg(xr, y0 + 0.5, xr, max(ends))
        self.set_xy(self.l_margin, max(ends) + 3)

    # ---- legends ----
    def legend_lines(self, items: list[tuple[str, str]], size: float = 7.8, code_w: float = 15,
                     title: str = "", stop: float | None = None, cont: str = "", cont_title: str = ""):
        """Codes one under another, the code bold at the left, its meaning beside it. When `stop` (a y) would be
        passed, the legend closes with `cont` ('continued on page 2'), a new page begins and `cont_title` is
        printed before the rest."""
        lh = size * 0.46
        if title:
            self.f(size + 1.4, "B")
            self.cell(self.W, 5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.4)
        limit = stop if stop is not None else self.h - self.b_margin
        for code, text in items:
            self.f(size)
            n = len(self.multi_cell(self.W - code_w, lh, text, dry_run=True, output="LINES"))
            if self.get_y() + n * lh + 1 > limit:
                if cont:
                    self.set_font("Sans", "I", size - 0.4)
                    self.cell(self.W, 4, cont, align="R", new_x="LMARGIN", new_y="NEXT")
                self.add_page()
                if cont_title:
                    self.f(size + 1.4, "B")
                    self.cell(self.W, 5, cont_title, new_x="LMARGIN", new_y="NEXT")
                    self.ln(0.4)
                limit = self.h - self.b_margin
            y = self.get_y()
            self.f(size, "B")
            self.set_xy(self.l_margin, y)
            self.cell(code_w, lh, code)
            self.f(size)
            self.set_xy(self.l_margin + code_w, y)
            self.multi_cell(self.W - code_w, lh, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.9)
        self.ln(1.5)

    def stamp_at(self, lines: list[str], x: float, y: float, angle: float = 8, w: float = 46):
        cx, cy = self.get_x(), self.get_y()
        self.stamp(lines, x, y, angle=angle, w=w)
        self.set_xy(cx, cy)


def transmittal(sender: list[str], grid: list[tuple[str, str]], checks: list[tuple[str, bool]], message: list[str],
                foot: str, faxline: str | None = None, fax_total: int | None = None) -> bytes:
    """A fax transmittal form (a page of its own, belonging to no document): the sender's lines, a reversed
    'FACSIMILE TRANSMITTAL' band, a ruled two-column grid of To/From/Fax/Date/Pages/Re boxes with small captions
    above the values, a row of tick boxes, the message and a confidentiality line at the foot."""
    p = ERSheet(footer=None, faxline=faxline, fax_first=1, fax_total=fax_total)
    p.set_margins(20, 16, 20)
    p.add_page()
    p.f(12, "B")
    p.cell(0, 6, sender[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    for ln in sender[1:]:
        p.cell(0, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_fill_color(30, 30, 30)
    p.rect(p.l_margin, p.get_y(), p.W, 9, style="F")
    p.set_text_color(255, 255, 255)
    p.set_char_spacing(2.2)
    p.f(14, "B")
    p.set_xy(p.l_margin + 3, p.get_y() + 1.6)
    p.cell(p.W - 6, 6, "FACSIMILE TRANSMITTAL")
    p.set_char_spacing(0)
    p.set_text_color(0, 0, 0)
    p.set_fill_color(255, 255, 255)
    p.set_y(p.get_y() + 10)
    half = (len(grid) + 1) // 2
    y0 = p.get_y()
    cw = p.W / 2
    for i, (k, v) in enumerate(grid):
        x = p.l_margin + (0 if i < half else cw)
        yy = y0 + (i % half) * 11
        p.rect(x, yy, cw, 11)
        p.set_font("Sans", "", 6.4)
        p.set_xy(x + 1.5, yy + 1)
        p.cell(cw - 3, 3, k.upper())
        p.f(10)
        p.set_xy(x + 1.5, yy + 4.6)
        p.cell(cw - 3, 5, v)
    p.set_xy(p.l_margin, y0 + half * 11 + 4)
    for label, on in checks:
        x, y = p.get_x(), p.get_y()
        p.rect(x, y + 0.6, 3.6, 3.6)
        if on:
            p.f(9, "B")
            p.set_xy(x, y + 0.2)
            p.cell(3.6, 4.2, "X", align="C")
        p.f(9)
        p.set_xy(x + 5, y)
        p.cell(p.get_string_width(label) + 9, 4.8, label)
    p.ln(10)
    for para in message:
        p.para(para, 10.2, gap=2.4)
    p.set_y(-32)
    p.f(7)
    p.multi_cell(p.W, 3.3, foot, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def hline(p: FPDF, y: float, w: float = 0.2):
    p.set_line_width(w)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
