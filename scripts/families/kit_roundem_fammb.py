"""Drawing helpers for round EM, helper fammb (a state Medicaid Buy-In for workers with disabilities in an invented
state; an invented health plan for falconers, raptor rehabilitators and bird-abatement crews).

Why: both families print what intake reads worst in the form this round asks for: form cells with the value on
top and a tiny caption under it inside the same ruled box, code legends set in two columns side by side, a side
column (member box, contact box, "plan at a glance") beside prose or a table, a plan name with a small lower-case
"administered by" line under it, and statements of many lines where one row carries a short code whose meaning is
printed elsewhere. Other pieces: a state agency letterhead with a drawn seal, a rotated "RECEIVED" stamp (a receipt
date as a decoy), a cut-off payment stub under a dashed line, and plain letters. Everything printed with these
helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from kit_roundel_famlb import (LBSheet, abbr, dash, dlong, dmon, dmy, dots, es_abbr, es_date,  # noqa: F401
                               es_dmy, flat, iso, long, n2, nopad, ordinal, packed, plus, short, slash, spaced, upper,
                               usd, usd_es, wday, workday)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
COND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

# --- people: two pools of this kit only (one per family, so the families never share a name) ---------------------
POOLS = {
    1: dict(F=["Odalys", "Brunhilde", "Carmelita", "Dorinda", "Evadne", "Fidelma", "Gaynell", "Hortensia", "Idonea",
               "Jessamyn", "Kerensa", "Leocadia", "Melisende", "Nerissa", "Orla", "Petronella", "Quenby", "Roswitha",
               "Saoirse", "Thomasina", "Ulrike", "Verity", "Winsome", "Zenobia"],
            M=["Anselm", "Barnaby", "Cuthbert", "Dashiell", "Eamon", "Fergal", "Gideon", "Hamish", "Isidore",
               "Jolyon", "Kester", "Lorcan", "Mungo", "Niall", "Oswin", "Piran", "Quillon", "Ruairi", "Sholto",
               "Tarquin", "Ulick", "Valentin", "Wendel", "Yannick"],
            L=["Abercromby", "Bellingham", "Cattermole", "Delahunt", "Easterbrook", "Fothergill", "Gillingwater",
               "Hollingdrake", "Inglethorpe", "Jephcott", "Kilbride", "Lumsden", "Mossop", "Nethercott",
               "Oddington", "Pocklington", "Quarrington", "Ridsdale", "Scattergood", "Treharne", "Underhill",
               "Vickerstaff", "Wedderburn", "Yeardley", "Zouch", "Blenkinsop", "Cheverton", "Dredge", "Elsworthy",
               "Frampton"],
            EF=["Itzel", "Xóchitl", "Nayeli", "Citlali", "Yaretzi", "Anahí", "Marisela", "Jacinta"],
            EM=["Eleuterio", "Fortunato", "Hermenegildo", "Isauro", "Nicanor", "Porfirio", "Saturnino", "Tiburcio"],
            EL=["Alcocer", "Barragán", "Cervantes-Luna", "Echeverría", "Galindo", "Huerta", "Jáuregui", "Madrigal",
                "Ocampo", "Quezada"]),
    2: dict(F=["Aurelie", "Bryony", "Calliope", "Delphine", "Elowen", "Fenella", "Griselda", "Honeysuckle",
               "Imelda", "Juniper", "Kestrel", "Linnea", "Maren", "Nolwenn", "Ottoline", "Posy", "Rowena", "Sorrel",
               "Tamsin", "Undine", "Vashti", "Wrenna"],
            M=["Alaric", "Benedikt", "Caspian", "Dunstan", "Egbert", "Florian", "Godric", "Hartley", "Ivor",
               "Jareth", "Kenelm", "Leofric", "Merritt", "Nevin", "Orrin", "Percival", "Radomir", "Siegfried",
               "Torsten", "Uther", "Vaughan", "Wolcott"],
            L=["Achterhof", "Birdwhistle", "Coldharbour", "Dewhirst", "Eyebright", "Falkenrath", "Goshawke",
               "Harrier", "Icklesham", "Jerningham", "Kittredge", "Lanyard", "Merlinsky", "Nightingale", "Ormerod",
               "Peregrin", "Quayson", "Ravensworth", "Sparrowe", "Tarrant", "Ullathorne", "Vanstone", "Wyvill",
               "Yelverton", "Buzzard-Hale", "Corvino", "Drummond-Finch", "Eglinton", "Fennimore", "Gyrwood"],
            EF=["Evangelina", "Florinda", "Guadalupe", "Maricruz", "Nohemí", "Perla", "Rosalba", "Yadira"],
            EM=["Anacleto", "Belisario", "Celestino", "Domitilo", "Filiberto", "Macario", "Odilón", "Severiano"],
            EL=["Aguirre", "Bustamante", "Cárdenas", "De la Rosa", "Escobedo", "Fajardo", "Izaguirre", "Lozoya",
                "Olvera", "Valdovinos"]),
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
    while len(got) < n:
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
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def same_surname(full: str, last: str) -> str:
    f, m, _ = parts(full)
    return f"{f} {m}. {last}"


def phone(rng: random.Random, area: str) -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "800") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def money_nosign(v: float) -> str:
    return f"{v:,.2f}"


class EMSheet(LBSheet):
    """LBSheet plus: an oblique and a condensed face, form cells with the caption under the value inside the box,
    a legend in two columns, prose with a side column, a plan name with a lower-case 'administered by' line, a state
    agency letterhead with a drawn seal, a rotated receipt stamp and a cut-off stub."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.add_font("Sans", "I", OBLIQUE)
        self.add_font("Cond", "", COND)
        self.add_font("Cond", "B", COND_B)
        self.add_font("Mono", "", MONO)
        self.add_font("Mono", "B", MONO_B)

    # ---- letterheads ----
    def admin_letterhead(self, name: str, admin: str, right: list[str], mark: str = "", size: float = 18):
        """The plan's name large, and directly under it in small lower-case oblique type 'administered by <firm>';
        an optional small mark (a drawn hood shape: a circle over a trapezoid) at the left; address at the right."""
        y0 = self.get_y()
        x = self.l_margin
        if mark:
            self.set_line_width(0.5)
            self.ellipse(x + 1.9, y0 + 1.0, 5.2, 5.2)
            self.polygon([(x + 1, y0 + 11), (x + 2.6, y0 + 6.4), (x + 6.4, y0 + 6.4), (x + 8, y0 + 11)])
            self.set_line_width(0.2)
            x += 11
        self.set_font("Serif", "B", size)
        self.set_xy(x, y0)
        self.cell(self.W * 0.62, size * 0.45, name)
        self.set_font("Sans", "I", 7.6)
        self.set_xy(x + 0.4, y0 + size * 0.47)
        self.cell(self.W * 0.62, 3.6, admin.lower())
        self.f(7.6)
        yr = y0
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.6, yr)
            self.cell(self.W * 0.4, 3.5, ln, align="R")
            yr += 3.5
        y = max(y0 + size * 0.47 + 4.6, yr + 0.8)
        self.set_line_width(0.35)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + 3)

    def agency_letterhead(self, state: str, agency: str, division: str, right: list[str], seal: str = "KHCA"):
        """A state agency's letterhead: a drawn round seal (two rings, the initials, a star row) at the left, the
        state's name in small capitals over the agency's name and its division, address lines at the right."""
        y0 = self.get_y()
        cx, cy, r = self.l_margin + 9, y0 + 9, 8.6
        self.set_line_width(0.6)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r)
        self.set_line_width(0.25)
        self.ellipse(cx - r + 1.6, cy - r + 1.6, 2 * r - 3.2, 2 * r - 3.2)
        self.set_font("Serif", "B", 7.2)
        self.set_xy(cx - r, cy - 2.2)
        self.cell(2 * r, 3, seal, align="C")
        self.set_font("Sans", "", 4.6)
        self.set_xy(cx - r, cy + 1.3)
        self.cell(2 * r, 2.4, "\u2605 \u2605 \u2605", align="C")
        x = self.l_margin + 21
        self.set_char_spacing(1.4)
        self.set_font("Serif", "", 8.2)
        self.set_xy(x, y0 + 1)
        self.cell(90, 3.8, state.upper())
        self.set_char_spacing(0)
        self.set_font("Serif", "B", 14)
        self.set_xy(x, y0 + 5.4)
        self.cell(100, 6, agency)
        self.f(8.4)
        self.set_xy(x, y0 + 12)
        self.cell(100, 4, division)
        self.f(7.4)
        yr = y0 + 0.5
        for ln in right:
            self.set_xy(self.l_margin + self.W * 0.62, yr)
            self.cell(self.W * 0.38, 3.4, ln, align="R")
            yr += 3.4
        y = max(y0 + 19, yr + 1)
        self.set_line_width(0.7)
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_xy(self.l_margin, y + 4)

    # ---- form cells: value on top, tiny caption under it, inside the same ruled box ----
    def form_cells(self, rows: list[list[tuple[str, str, float]]], size: float = 9.2, cap_size: float = 5.8,
                   h: float = 9.6, x: float | None = None, w: float | None = None, bold: bool = True):
        """Rows of ruled cells; each (value, caption, width share): the value near the top of the cell, the
        caption in tiny capitals at its foot, a hair rule between them. Rows touch (a form grid)."""
        x0 = self.l_margin if x is None else x
        tw = self.W if w is None else w
        y = self.get_y()
        for row in rows:
            tot = sum(c[2] for c in row)
            xx = x0
            for val, cap, share in row:
                cw = tw * share / tot
                self.rect(xx, y, cw, h)
                self.f(size, "B" if bold else "")
                self.set_xy(xx + 1.2, y + 0.9)
                self.cell(cw - 2.4, size * 0.44, val)
                self.set_draw_color(150, 150, 150)
                self.line_seg(xx + 1, y + h - cap_size * 0.45 - 1.1, xx + cw - 1, y + h - cap_size * 0.45 - 1.1)
                self.set_draw_color(0, 0, 0)
                self.set_font("Sans", "", cap_size)
                self.set_xy(xx + 1.2, y + h - cap_size * 0.45 - 0.8)
                self.cell(cw - 2.4, cap_size * 0.42, cap.upper())
                xx += cw
            y += h
        self.set_xy(self.l_margin, y + 2.5)

    # ---- a legend of codes in two columns side by side ----
    def legend2(self, title: str, items: list[tuple[str, str]], size: float = 7.6, code_w: float = 10,
                gap: float = 6, rule: bool = True, x: float | None = None, w: float | None = None):
        """A bold title, then (code, meaning) items in two columns of about equal height, read down the left
        column first; a thin vertical rule between the columns."""
        x0 = self.l_margin if x is None else x
        tw = self.W if w is None else w
        cw = (tw - gap) / 2
        lh = size * 0.45
        if title:
            self.set_xy(x0, self.get_y())
            self.f(size + 1.2, "B")
            self.cell(tw, 5, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.f(size)
        hs = [len(self.multi_cell(cw - code_w, lh, t, dry_run=True, output="LINES")) * lh + 1.4 for _, t in items]
        tot, acc, split = sum(hs), 0.0, len(items)
        for i, h in enumerate(hs):
            if acc + h / 2 > tot / 2:
                split = i
                break
            acc += h
        split = max(1, split)
        y0 = self.get_y()
        ends = []
        for col, chunk in enumerate((items[:split], items[split:])):
            xx = x0 + col * (cw + gap)
            yy = y0
            for code, text in chunk:
                self.f(size, "B")
                self.set_xy(xx, yy)
                self.cell(code_w, lh, code)
                self.f(size)
                self.set_xy(xx + code_w, yy)
                self.multi_cell(cw - code_w, lh, text, new_x="LEFT", new_y="NEXT", align="L")
                yy = self.get_y() + 1.4
            ends.append(yy)
        if rule:
            xr = x0 + cw + gap / 2
            self.line_seg(xr, y0, xr, max(ends) - 1.4)
        self.set_xy(self.l_margin, max(ends) + 1)

    # ---- prose beside a side column ----
    def prose_side(self, paras: list[str], side_title: str, side_items: list, side_w: float = 56,
                   size: float = 9.2, gap: float = 5, side_size: float = 7.6, shade: bool = True):
        """Body prose in a narrower left column and a framed side column at the right (title band, then (label,
        value) pairs or plain sentences). '## ' starts a bold head in the prose. Returns nothing; the cursor ends
        under the longer of the two."""
        y0 = self.get_y()
        x0 = self.l_margin
        pw = self.W - side_w - gap
        lh = size * 0.47
        self.set_xy(x0, y0)
        for p in paras:
            self.set_x(x0)
            if p.startswith("## "):
                self.f(size + 0.8, "B")
                self.multi_cell(pw, lh + 0.5, p[3:], new_x="LEFT", new_y="NEXT")
                self.ln(0.8)
                continue
            self.f(size)
            self.multi_cell(pw, lh, p, new_x="LEFT", new_y="NEXT", markdown=True)
            self.ln(1.8)
        yp = self.get_y()
        xs = x0 + pw + gap
        if shade:
            self.set_fill_color(236, 236, 236)
        yy = y0 + 7.2
        # measure the column first so its shading goes under the text
        self.f(side_size)
        h = 7.2
        for it in side_items:
            if isinstance(it, tuple):
                h += len(self.multi_cell(side_w - 4, side_size * 0.42, it[0], dry_run=True, output="LINES")) * \
                     side_size * 0.42
                self.f(side_size, "B")
                h += len(self.multi_cell(side_w - 4, side_size * 0.46, it[1], dry_run=True, output="LINES")) * \
                     side_size * 0.46 + 1.6
                self.f(side_size)
            else:
                h += len(self.multi_cell(side_w - 4, side_size * 0.44, it, dry_run=True, output="LINES")) * \
                     side_size * 0.44 + 1.6
        self.rect(xs, y0, side_w, h + 1, style="DF" if shade else "D")
        self.set_fill_color(255, 255, 255)
        self.set_font("Sans", "B", side_size + 0.8)
        self.set_xy(xs + 2, y0 + 1.6)
        self.cell(side_w - 4, 4, side_title)
        self.line_seg(xs + 2, y0 + 6.2, xs + side_w - 2, y0 + 6.2)
        for it in side_items:
            self.set_xy(xs + 2, yy)
            if isinstance(it, tuple):
                self.f(side_size - 0.4)
                self.multi_cell(side_w - 4, side_size * 0.42, it[0], new_x="LEFT", new_y="NEXT")
                self.f(side_size, "B")
                self.multi_cell(side_w - 4, side_size * 0.46, it[1], new_x="LEFT", new_y="NEXT")
            else:
                self.f(side_size - 0.2)
                self.multi_cell(side_w - 4, side_size * 0.44, it, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 1.6
        self.set_xy(self.l_margin, max(yp, y0 + h + 1) + 2)

    # ---- small things ----
    def stamp(self, lines: list[str], x: float, y: float, angle: float = 8, w: float = 46):
        """A rubber stamp: a double-ruled box turned a few degrees, its lines centred (a receipt date, say)."""
        h = 4.2 * len(lines) + 3
        with self.rotation(angle, x + w / 2, y + h / 2):
            self.set_draw_color(90, 90, 90)
            self.set_text_color(90, 90, 90)
            self.set_line_width(0.6)
            self.rect(x, y, w, h)
            self.set_line_width(0.2)
            self.rect(x + 0.9, y + 0.9, w - 1.8, h - 1.8)
            yy = y + 1.6
            for i, ln in enumerate(lines):
                self.set_font("Sans", "B", 8.6 if i == 1 else 6.6)
                self.set_xy(x, yy)
                self.cell(w, 4.2, ln, align="C")
                yy += 4.2
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)

    def cut_line(self, note: str = "Detach and return the lower part with your payment"):
        """A dashed rule across the page with a pair of scissors at the left and a small note."""
        y = self.get_y() + 2
        self.set_dash_pattern(dash=1.6, gap=1.2)
        self.line_seg(self.l_margin + 6, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.set_font("Sans", "", 9)
        self.set_xy(self.l_margin, y - 2.3)
        self.cell(6, 4.5, "\u2702")
        self.set_font("Sans", "I", 6.6)
        self.set_xy(self.l_margin + 8, y + 0.8)
        self.cell(0, 3.2, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def kv_line(self, items: list[tuple[str, str]], size: float = 8.6, gap: float = 6):
        """Captions and values run along one line: 'Caption value   Caption value ...' (captions in small caps)."""
        self.set_x(self.l_margin)
        for k, v in items:
            self.set_font("Sans", "", size - 1.8)
            self.cell(self.get_string_width(k.upper()) + 1.4, size * 0.5, k.upper())
            self.f(size, "B")
            self.cell(self.get_string_width(v) + gap, size * 0.5, v)
        self.ln(size * 0.5 + 1.5)


def hline(p: FPDF, y: float, w: float = 0.2):
    p.set_line_width(w)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
