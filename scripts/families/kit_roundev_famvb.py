"""Drawing helpers for round EV, helper famvb (papers mirrored from an association health plan that a trade association
offers to the small businesses of its trade: member employers join by a participation agreement and receive a
certificate of participation, the plan runs on a July-June plan year, and a third-party administrator decides claims
and sends remittances on the plan's behalf; an invented health fund for water well drillers and pump installers with
eligibility earned by reported rig days).

Why: this round asks for statements and remittances with several claims on one page, each with its own claim number
printed as prominently as the refused one's; letterheads that are hard to read (a wordmark in spaced capitals or split
over two lines, a logo of initials with the full name only in the footer or the return address, an administrator
acting "on behalf of" a plan, a notice date near an earlier date received, a fax header date on faxed pages);
identifiers with letters that look like digits in fixed places (S, B, O, I, Z, G), printed in spaced groups, with a
dependant suffix or only inside a sentence; providers named several ways (billing practice and rendering clinician in
separate columns, a facility and its attending physician, a provider only in prose, a provider line with address and
NPI); deadlines and dates in prose ("no later than", "within N days of the date you receive this notice", "by the end
of the month after"), a stay given as admission and discharge in separate boxes; and stacks whose extra page is not a
typed fax cover. New here:
- EVSheet.rig: a drawn water well drilling rig (a truck bed, a raised lattice mast with a crown block, the drill
  string running down into the ground line), the invented fund's mark; `_mark` knows it, so ETSheet.split_brand and
  ETSheet.mark_logo draw it too;
- EVSheet.claim_grid: a fully ruled claims grid whose cells wrap, one row a claim, the claim number and the amounts
  of EVERY row in the same bold face (the refused claim is told apart only by its status word or remark code);
- EVSheet.stay_boxes: an admission box and a discharge box side by side, each with its own caption, date and time,
  and a third box for the days counted (a stay given in two separate boxes, never as a span);
- EVSheet.id_strip_spaced: an identifier printed in spaced groups inside a framed strip with a small caption at the
  left (the grouping spaces are the printer's, not part of the number);
- hand_routing_slip: a pre-printed office routing slip (a small form: "ROUTE TO", "FROM", "DATE", tick boxes for
  Please handle / For your information / Call me / File, a remarks box) filled in by hand with a pen, with initials
  in the routing column; a page of its own that belongs to no document;
- tx_report: the page a fax machine prints after a transmission (the machine's own name and number, a job table with
  the date and time, destination, mode, duration, pages and result OK, and a reduced image of the first page sent);
  a page of its own that belongs to no document.
Everything else comes from round EU's EUSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import random

from kit_roundeu_famuf import (EUSheet, add_months, addr_block, caps_mailed, dd_mon, digits, dmy_long, dr,  # noqa: F401
                               es_date, first_last, iso, last_first, long, m2, n2, npi, nth, ord_date, out, plus,
                               sign, slash, spaced_id, the_ord, tin, truth, usd, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# print shop, sign shop and bindery employees and their families (the association plan's members)
PR_F = ["Hilkka", "Sirpa", "Tuula", "Pirjo", "Riitta", "Kaisu", "Pauliina", "Marjut", "Terhi", "Outi", "Jaana",
        "Anu"]
PR_M = ["Jorma", "Pertti", "Seppo", "Raimo", "Kalevi", "Tapani", "Reijo", "Esko", "Ilkka", "Vesa", "Arto", "Kauko"]
PR_LAST = ["Rautiainen", "Hyvarinen", "Peltola", "Koskela", "Niskanen", "Kinnunen", "Jaaskelainen", "Ruotsalainen",
           "Halttunen", "Kivisto", "Paananen", "Suominen", "Tuovinen", "Vartiainen", "Hakulinen"]
# the plan's and the administrator's clinicians, reviewers and staff, and the providers who treat its members
PC_F = ["Rasa", "Ruta", "Vaida", "Ingrida", "Lina", "Dovile", "Aiste", "Migle", "Ieva", "Gintare", "Egidija",
        "Skaiste", "Vilte", "Jurgita", "Kotryna", "Asta", "Laura", "Greta"]
PC_M = ["Tadas", "Arunas", "Donatas", "Rimantas", "Linas", "Mantas", "Paulius", "Zygimantas", "Valdas", "Ramunas",
        "Vaidotas", "Gediminas", "Kazimieras", "Nerijus", "Vilius", "Lukas", "Edvinas", "Andrius"]
PC_LAST = ["Sabaliauskas", "Mockus", "Balciunas", "Lukosevicius", "Marcinkus", "Norkus", "Jakstas", "Kairys",
           "Milius", "Petkevicius", "Sakalauskas", "Tvarijonas", "Ulinskas", "Zilinskas", "Bagdonas", "Cerniauskas",
           "Daugela", "Gudaitis", "Janusonis", "Kundrotas", "Lapinskas", "Maciulis", "Pakalnis", "Radzevicius",
           "Simonaitis", "Vasiliauskas"]
# water well drillers, pump installers, helpers and their families
WD_F = ["Mojca", "Spela", "Urska", "Nives", "Tjasa", "Alenka", "Mateja", "Darja", "Polona", "Vesna"]
WD_M = ["Matjaz", "Primoz", "Blaz", "Rok", "Ziga", "Gregor", "Bostjan", "Janez", "Tadej", "Uros", "Miha", "Jernej"]
WD_LAST = ["Podgorsek", "Zajec", "Kokalj", "Hribar", "Jereb", "Rozman", "Zorman", "Mesko", "Oblak", "Pecnik",
           "Skerjanc", "Trobec", "Vrhovec", "Zagar", "Bregar", "Cimperman", "Debeljak", "Gorjup", "Kavcic",
           "Lesjak", "Nograsek", "Sustersic"]
# the drillers' fund's clinicians, reviewers and Fund Office staff
WC_F = ["Zsuzsa", "Erzsebet", "Ildiko", "Timea", "Reka", "Csilla", "Boglarka", "Eniko", "Noemi", "Piroska",
        "Krisztina", "Orsolya", "Judit", "Agota", "Melinda", "Aniko"]
WC_M = ["Gabor", "Csaba", "Levente", "Bence", "Szabolcs", "Gergely", "Zsolt", "Miklos", "Balazs", "Ferenc",
        "Imre", "Tamas", "Geza", "Ottokar", "Bertalan", "Kornel"]
WC_LAST = ["Halmagyi", "Szekeres", "Dobrosi", "Pallagi", "Bardossy", "Tompa", "Kelemen", "Vasvari", "Gyarmati",
           "Lengyel", "Somogyi", "Orszagh", "Berenyi", "Csordas", "Fulop", "Hegedus", "Jakab", "Kardos",
           "Meszaros", "Rozsahegyi", "Szalontai", "Toth-Varga"]
# Spanish speakers
SP_F = ["Yesenia", "Maricruz", "Nohemí", "Anahí", "Zulema", "Brisa", "Xiomara", "Edelmira"]
SP_M = ["Donato", "Jacinto", "Porfirio", "Evaristo", "Nicanor", "Saturnino", "Apolinar", "Casimiro"]
SP_LAST = ["Bojórquez", "Covarrubias", "Quiñones", "Irigoyen", "Leyva", "Betancourt", "Munguía", "Alarcón",
           "Ontiveros", "Zaragoza", "Villalpando", "Carrasco"]

POOLS = {"pr": ({"F": PR_F, "M": PR_M}, PR_LAST), "pc": ({"F": PC_F, "M": PC_M}, PC_LAST),
         "wd": ({"F": WD_F, "M": WD_M}, WD_LAST), "wc": ({"F": WC_F, "M": WC_M}, WC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "pr", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'pr'
    (print trade members), 'pc' (the plan's and administrator's clinicians and staff), 'wd' (well drillers), 'wc'
    (the drillers' fund's clinicians and staff) or 'sp' (Spanish speakers); sexes: F / M / X a person."""
    pools, lasts = POOLS[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(used or ()), []
    tries = 0
    while len(got) < n:
        tries += 1
        if tries > 20000:
            raise RuntimeError(f"name pool {kind!r} exhausted")
        f = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"])
        la = last or rng.choice(lasts)
        if f in seen or (la in seen and not last and tries < 2000):
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ACDEFHJKLMNPRTVW')}. {la}")
    if used is not None:
        used |= seen
    return got


def phone(rng: random.Random, area: str = "738") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "855") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def month_end(d: dt.date, after: int = 0) -> dt.date:
    """The last day of the month `after` months after d's month (after=1: the end of the month after)."""
    y, m = divmod(d.month - 1 + after, 12)
    y += d.year
    return dt.date(y, m + 1, calendar.monthrange(y, m + 1)[1])


def hm(rng: random.Random, lo: int = 8, hi: int = 17) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}"


class EVSheet(EUSheet):
    """EUSheet plus a drawn drilling rig, a ruled claims grid with every claim number in bold, admission and discharge
    boxes and an identifier strip printed in spaced groups."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def rig(self, x: float, y: float, s: float):
        """A water well drilling rig s*0.62 wide in a box of height s: a truck bed with a cab at the left, a lattice
        mast raised upright on the back with a crown block at the top, the drill string down into the ground."""
        w = s * 0.62
        self.set_fill_color(35, 35, 35)
        # ground line and truck
        self.set_line_width(max(0.5, s * 0.04))
        self.line_seg(x, y + s * 0.97, x + w, y + s * 0.97)
        self.rect(x + w * 0.02, y + s * 0.74, w * 0.78, s * 0.1, style="F")           # bed
        self.rect(x + w * 0.02, y + s * 0.6, w * 0.2, s * 0.15, style="F")             # cab
        for cx in (x + w * 0.13, x + w * 0.62):
            self.ellipse(cx - s * 0.06, y + s * 0.83, s * 0.12, s * 0.12, style="F")  # wheels
        # mast: two legs, braces, crown block
        mx0, mx1 = x + w * 0.56, x + w * 0.78
        top = y + s * 0.04
        self.set_line_width(max(0.45, s * 0.035))
        self.line_seg(mx0, y + s * 0.74, mx0 + w * 0.05, top + s * 0.06)
        self.line_seg(mx1, y + s * 0.74, mx1 - w * 0.05, top + s * 0.06)
        self.set_line_width(max(0.3, s * 0.02))
        n = 5
        for i in range(n):
            ya = y + s * 0.74 - (s * 0.64) * i / n
            yb = y + s * 0.74 - (s * 0.64) * (i + 1) / n
            fa = i / n
            fb = (i + 1) / n
            xa0, xa1 = mx0 + w * 0.05 * fa, mx1 - w * 0.05 * fa
            xb0, xb1 = mx0 + w * 0.05 * fb, mx1 - w * 0.05 * fb
            self.line_seg(xa0, ya, xb1, yb)
            self.line_seg(xb0, yb, xb1, yb)
        self.rect(mx0 + w * 0.02, top, (mx1 - mx0) - w * 0.04, s * 0.06, style="F")   # crown block
        # drill string into the ground
        cx = (mx0 + mx1) / 2
        self.set_line_width(max(0.4, s * 0.03))
        self.line_seg(cx, top + s * 0.06, cx, y + s * 0.995)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "rig":
            self.rig(x, y, s)
            return s * 0.62
        return super()._mark(kind, x, y, s)

    def monogram(self, x: float, y: float, s: float, initials: str, shape: str = "ring"):
        """EQSheet.monogram, with the initials' size cut down until they fit inside the ring (four letters)."""
        if len(initials) <= 2:
            return super().monogram(x, y, s, initials, shape)
        self.set_line_width(0.7)
        if shape == "disc":
            self.set_fill_color(30, 30, 30)
            self.ellipse(x, y, s, s, style="F")
            self.set_text_color(255, 255, 255)
        elif shape == "square":
            self.rect(x, y, s, s)
            self.rect(x + 0.8, y + 0.8, s - 1.6, s - 1.6)
        else:
            self.ellipse(x, y, s, s)
            self.ellipse(x + 0.9, y + 0.9, s - 1.8, s - 1.8)
        fs = s * 1.3
        self.set_font(self.face, "B", fs)
        while self.get_string_width(initials) > s * 0.74 and fs > 4:
            fs -= 0.25
            self.set_font(self.face, "B", fs)
        self.set_xy(x, y + s / 2 - fs * 0.19)
        self.cell(s, fs * 0.38, initials, align="C")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    # --- tables and boxes -----------------------------------------------------------------------------------------
    def claim_grid(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
                   size: float = 7.6, bold_cols: tuple = (0,), shade: int = 222, foot_room: float = 24,
                   total: list[str] | None = None):
        """A fully ruled claims grid whose cells wrap (each row as tall as its tallest cell). The columns listed in
        bold_cols are bold in EVERY row (a claim number is as prominent on a paid row as on the refused one). An
        optional bold total row at the foot. The heading is printed again at the top of a new page."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin
        lh = size * 0.45
        keep_cm = self.c_margin
        self.c_margin = 0.4

        def heading() -> float:
            self.f(size - 0.5, "B")
            n = max(len(self.multi_cell(w - 1.2, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            hh = n * lh + 1.8
            y = self.get_y()
            x = x0
            self.set_fill_color(shade, shade, shade)
            for h, w, a in zip(head, widths, aligns):
                self.rect(x, y, w, hh, style="DF")
                self.set_xy(x + 0.6, y + 0.9)
                self.multi_cell(w - 1.2, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            self.set_fill_color(255, 255, 255)
            return y + hh

        y = heading()
        body = list(rows) + ([total] if total else [])
        for i, r in enumerate(body):
            is_total = total is not None and i == len(body) - 1
            nl = 1
            for j, (c, w) in enumerate(zip(r, widths)):
                self.f(size, "B" if (j in bold_cols or is_total) else "")
                nl = max(nl, len(self.multi_cell(w - 1.2, lh, c, dry_run=True, output="LINES")))
            h = nl * lh + 1.6
            if y + h > self.h - foot_room:
                self.add_page()
                self.set_y(self.get_y())
                y = heading()
            x = x0
            for j, (c, w, a) in enumerate(zip(r, widths, aligns)):
                self.f(size, "B" if (j in bold_cols or is_total) else "")
                self.rect(x, y, w, h)
                self.set_xy(x + 0.6, y + 0.8)
                self.multi_cell(w - 1.2, lh, c, align=a, new_x="RIGHT", new_y="TOP")
                x += w
            y += h
        self.c_margin = keep_cm
        self.set_xy(x0, y + 2.5)

    def stay_boxes(self, adm: tuple[str, str], dis: tuple[str, str], extra: list[tuple[str, str]] | None = None,
                   size: float = 9.6, cap: float = 6.2, h: float = 13, x: float | None = None, w: float | None = None,
                   labels: tuple[str, str] = ("ADMISSION", "DISCHARGE")):
        """Two framed boxes side by side: the admission (date, time) and the discharge (date, time), each with its own
        caption on a grey strip; further (caption, value) boxes after them (days billed, bed type)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        cells = [(labels[0], adm), (labels[1], dis)] + [(k, (v, "")) for k, v in (extra or [])]
        n = len(cells)
        gap = 2.5
        cw = (W - gap * (n - 1)) / n
        y = self.get_y()
        for i, (capt, (d, t)) in enumerate(cells):
            xx = x0 + i * (cw + gap)
            self.set_fill_color(215, 215, 215)
            self.rect(xx, y, cw, cap * 0.5 + 1.2, style="F")
            self.set_fill_color(255, 255, 255)
            self.set_line_width(0.35)
            self.rect(xx, y, cw, h)
            self.set_line_width(0.2)
            self.f(cap, "B")
            self.set_xy(xx + 1.2, y + 0.5)
            self.cell(cw - 2.4, cap * 0.5, capt)
            self.f(size, "B")
            self.set_xy(xx + 1.6, y + cap * 0.5 + 2.2)
            self.cell(cw - 3.2, size * 0.5, d)
            if t:
                self.f(size - 2.2)
                self.set_xy(xx + 1.6, y + cap * 0.5 + 2.4 + size * 0.5)
                self.cell(cw - 3.2, (size - 2.2) * 0.45, t)
        self.set_xy(self.l_margin, y + h + 3)

    def id_strip_spaced(self, capt: str, groups: list[str], size: float = 11, cap: float = 6.4,
                        x: float | None = None, w: float = 84, gap: str = "  "):
        """A framed strip: the small caption at the left, then the identifier in its printed groups with wide spaces
        between them (the card's way of printing it)."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        self.f(cap, "B")
        cw = self.get_string_width(capt) + 3
        hgt = size * 0.62
        self.set_line_width(0.35)
        self.rect(x0, y, w, hgt)
        self.set_line_width(0.2)
        self.set_fill_color(230, 230, 230)
        self.rect(x0, y, cw, hgt, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(x0, y)
        self.cell(cw, hgt, capt, align="C")
        self.set_font("Mono", "B", size)
        self.set_xy(x0 + cw + 2, y)
        self.cell(w - cw - 3, hgt, gap.join(groups))
        self.set_xy(self.l_margin, y + hgt + 2)


# --- pages of their own -------------------------------------------------------------------------------------------
def hand_routing_slip(rng: random.Random, office: list[str], route: list[tuple[str, str]], frm: str, date_s: str,
                      ticks: tuple[str, ...], remarks: list[str], tx: str | None = None,
                      tx_total: int | None = None, size: float = 13.5) -> bytes:
    """A printed office routing slip filled in by hand, at the top of a sheet of copy paper: the office's name in small
    print, "ROUTING SLIP" in a frame, a ruled routing column (order number, name, initials, date; the names and one set
    of initials written in pen), "FROM" and "DATE" lines, four tick boxes, and a remarks box with the handwritten
    lines. Nothing typed is filled in. A page of its own."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = 118
    x0 = p.l_margin + 4
    y0 = 22
    p.set_text_color(90, 90, 90)
    p.f(6.8)
    for i, ln in enumerate(office):
        p.set_xy(x0, y0 + i * 3.1)
        p.cell(W, 3.0, ln)
    p.set_text_color(0, 0, 0)
    y = y0 + 3.1 * len(office) + 2
    p.f(13, "B")
    p.set_xy(x0, y)
    p.cell(W, 8, "ROUTING SLIP", border=1, align="C")
    y += 11
    p.f(7, "B")
    cols = [("", 8), ("ROUTE TO", 64), ("INITIALS", 22), ("DATE", 24)]
    xx = x0
    for capt, cw in cols:
        p.set_fill_color(225, 225, 225)
        p.rect(xx, y, cw, 5, style="DF")
        p.set_xy(xx + 1, y + 0.6)
        p.cell(cw - 2, 3.8, capt)
        xx += cw
    p.set_fill_color(255, 255, 255)
    y += 5
    for i in range(5):
        xx = x0
        for _, cw in cols:
            p.rect(xx, y, cw, 9)
            xx += cw
        p.f(8)
        p.set_xy(x0, y + 2.5)
        p.cell(8, 4, str(i + 1), align="C")
        if i < len(route):
            name, ini = route[i]
            p.hand(x0 + 10 + rng.uniform(0, 3), y + 6.6, name, size - 1.5, rng, rise=rng.uniform(-0.5, 1.2))
            if ini:
                p.hand(x0 + 74 + rng.uniform(0, 3), y + 6.8, ini, size - 1, rng, bold=True)
        y += 9
    y += 4
    for capt, val in (("FROM", frm), ("DATE", date_s)):
        p.f(7.6, "B")
        p.set_xy(x0, y - 3.6)
        p.cell(14, 4, capt)
        p.line_seg(x0 + 14, y + 0.8, x0 + W, y + 0.8)
        p.hand(x0 + 17 + rng.uniform(0, 4), y, val, size - 1, rng)
        y += 10
    y += 1
    opts = ["Please handle", "For your information", "Call me", "File"]
    for k, b in enumerate(opts):
        bx = x0 + (k % 2) * (W / 2)
        by = y + (k // 2) * 7
        p.rect(bx, by, 4.2, 4.2)
        if b in ticks:
            p.hand(bx + 0.3, by + 4.0, "x", 15, rng, bold=True)
        p.f(8.6)
        p.set_xy(bx + 6, by)
        p.cell(W / 2 - 6, 4.2, b)
    y += 17
    p.f(7.6, "B")
    p.set_xy(x0, y)
    p.cell(0, 4, "REMARKS")
    box_h = max(60, 9.5 * len(remarks) + 8)
    p.rect(x0, y + 5, W, box_h)
    yy_ = y + 14
    for ln in remarks:
        if ln:
            p.hand(x0 + 3 + rng.uniform(0, 3), yy_, ln, size, rng, rise=rng.uniform(-0.6, 1.6))
        yy_ += 9.5
    p.set_line_width(0.5)
    p.rect(x0 - 4, y0 - 4, W + 8, y + 5 + box_h + 4 - (y0 - 4))
    p.set_line_width(0.2)
    return out(p)


def tx_report(rng: random.Random, machine: str, own_fax: str, when: dt.datetime, dest: str, pages: int,
              first_page: bytes, job: str | None = None, mode: str = "STANDARD  ECM") -> bytes:
    """The page a fax machine prints after it has sent a document: a title line, the machine's name, fax number and
    the print time, a ruled job table (job number, start date and time, destination, mode, duration, pages, result),
    the words "TRANSMISSION OK" and a reduced image of the first page that went out (rendered from `first_page`, a
    PDF). Everything in the machine's monospace face. A page of its own."""
    from capture import render  # late import: capture.py imports no kit

    p = EVSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Mono", "B", 13)
    p.set_xy(p.l_margin, 16)
    p.cell(W, 6, "*** TRANSMISSION RESULT REPORT ***", align="C")
    p.set_font("Mono", "", 8.6)
    p.set_xy(p.l_margin, 26)
    p.cell(W / 2, 4, when.strftime("%b %d %Y %H:%M").upper())
    p.set_xy(p.l_margin + W / 2, 26)
    p.cell(W / 2, 4, f"{machine}", align="R")
    p.set_xy(p.l_margin + W / 2, 30.5)
    p.cell(W / 2, 4, f"FAX {own_fax}", align="R")
    y = 38
    head = ["JOB", "DATE  TIME", "DESTINATION", "MODE", "TIME", "PGS", "RESULT"]
    ws = [0.08, 0.19, 0.25, 0.16, 0.1, 0.07, 0.15]
    start = when - dt.timedelta(minutes=1, seconds=rng.randint(5, 50))
    dur = f"00'{rng.randint(40, 59)}\"" if pages < 3 else f"01'{rng.randint(10, 40):02d}\""
    vals = [job or digits(rng, 3), start.strftime("%m/%d %H:%M"), dest, mode, dur, f"{pages:03d}", "OK"]
    p.set_line_width(0.3)
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    xx = p.l_margin
    p.set_font("Mono", "B", 7.8)
    for h, f_ in zip(head, ws):
        p.set_xy(xx, y + 1)
        p.cell(W * f_, 4, h)
        xx += W * f_
    p.line_seg(p.l_margin, y + 6, p.l_margin + W, y + 6)
    xx = p.l_margin
    p.set_font("Mono", "", 7.8)
    for v, f_ in zip(vals, ws):
        p.set_xy(xx, y + 7.5)
        p.cell(W * f_, 4, v)
        xx += W * f_
    p.line_seg(p.l_margin, y + 13, p.l_margin + W, y + 13)
    p.set_line_width(0.2)
    p.set_font("Mono", "B", 10)
    p.set_xy(p.l_margin, y + 17)
    p.cell(W, 5, "TRANSMISSION OK", align="C")
    p.set_font("Mono", "", 7.2)
    p.set_xy(p.l_margin, y + 24)
    p.cell(W, 4, "REDUCED IMAGE OF FIRST PAGE", align="C")
    img = render(first_page, dpi=60)[0]
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    tw = W * 0.46
    th = tw * img.height / img.width
    tx0 = p.l_margin + (W - tw) / 2
    p.image(buf, x=tx0, y=y + 30, w=tw, h=th)
    p.rect(tx0, y + 30, tw, th)
    return out(p)
