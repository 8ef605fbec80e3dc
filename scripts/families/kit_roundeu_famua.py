"""Drawing helpers for round EU, helper famua (papers mirrored from a state high-risk health insurance pool for people
refused individual coverage, run by an association created by statute with a contracted claims administrator:
pre-existing condition waiting periods, premium notices with a grace period, benefit limits, claim and grievance
decisions; and an invented health plan for nail salon technicians and salon owners with eligibility by booth hours).

Why: this round asks for notice dates said in words or in odd places (ordinal days, a date only in a "Mailed" stamp or
in the footer, a date whose caption a fax garbles, a fax header date later than the notice on every faxed page),
values far from their captions (captions in a narrow left column with the values right-aligned at the page edge,
label blocks whose values sit below and to the right, a box of member facts on page two), statements whose refused
claim is marked only by a code in a status column keyed in a legend, providers with titles and credentials (a
practice with a rendering clinician, a provider named only in prose), case numbers under unusual labels beside
decoy reference numbers, and IDs with letters in mixed positions and dependent suffixes. New here:
- EUSheet.umbrella / EUSheet.polish: a drawn umbrella (scalloped canopy, shaft and hooked handle) and a drawn bottle
  of nail polish (a tall brush cap over a squat faceted bottle), the marks of the two issuers; EUSheet._mark knows
  them, so ETSheet.split_brand and ETSheet.mark_logo draw them too;
- EUSheet.edge_leaders: captions in a narrow left column (small type, wrapping), dot leaders running the whole width,
  each value flush against the right page margin (the value is a page's width from its caption);
- EUSheet.step_labels: label blocks in columns, each caption on its own line and its value on the line BELOW,
  pushed to the right by an indent (a value sits below and to the right of its caption, never beside it);
- EUSheet.faint_boxes: a row of ruled boxes whose captions are printed small in a pale grey (a form's preprinted
  colour) and the values in black: a fax's one-bit threshold breaks such captions into fragments or drops them;
- EUSheet.meter_stamp: a straight postage-meter style "MAILED" stamp in grey in a double frame (the only place some
  papers print their date);
- EUSheet.coded_claims: a claims table whose last column carries only the status code (the plan's own letter codes
  or standard-looking adjustment codes), each claim opened by a small grey line naming the practice and its
  rendering clinician, the codes explained in a legend printed below;
- notebook_cover: a page torn from a spiral notebook (punched holes, a margin rule, faint ruled lines) lettered by
  hand as a fax cover, nothing printed on it at all;
- salon_form_cover: a salon front office's printed fax form (the polish mark, the salon's name, a ruled grid of
  printed captions, tick boxes) with the values typed in by the office's printer.
Ordinal date helpers: ord_md ("April 9th, 2026"), day_of ("the 9th day of April, 2026"), ord_dm ("9th April 2026").
Everything else comes from round ET's ETSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundet_famtf import (ETSheet, abbr, add_months, addr_block, caps_date, dd_mon, digits, dmy_long,  # noqa: F401
                               dmy_slash, dot_dmy, dr, es_date, es_wday, first_last, iso, last_first, long, m2,
                               mdyyyy, mon_yyyy, month_end, n2, nodollar, npi, out, plus, sign, slash, spaced_id,
                               surname, the_of, tin, truth, usd, wd_comma, wd_short, wd_tue, wday_long, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# Carvossa pool members and their families (a mountain and mining state)
CV_F = ["Aurelie", "Briar", "Clementine", "Dovie", "Elvina", "Florrie", "Glenna", "Hazeline", "Inez", "Jonquil",
        "Kittie", "Leatrice", "Maybelle", "Nettie", "Opaline", "Pansy", "Rilla", "Sunniva", "Twyla", "Verbena"]
CV_M = ["Ambrose", "Boyce", "Cletus", "Dolphus", "Eldon", "Fitz", "Gideon", "Hobson", "Ivo", "Jubal", "Kermit",
        "Lafe", "Merritt", "Newt", "Orrin", "Pleasant", "Roscoe", "Sherrill", "Thaddeus", "Wendell"]
CV_LAST = ["Kermode", "Nankervis", "Jewell", "Opie", "Rowse", "Carveth", "Mennear", "Pengelly", "Scoble",
           "Woolcock", "Trevithick", "Chenoweth", "Angove", "Kitto", "Trounson", "Uren", "Polkinghorne", "Tremayne",
           "Curnow", "Bawden", "Hosking", "Jago"]
# Carvossa clinicians, association and administrator staff
CC_F = ["Amaia", "Begoña", "Edurne", "Garazi", "Idoia", "Itziar", "Josune", "Leire", "Maite", "Nekane", "Oihana",
        "Uxue", "Zuriñe", "Ainhoa", "Arantxa", "Irati"]
CC_M = ["Aitor", "Eneko", "Gorka", "Iker", "Joseba", "Koldo", "Mikel", "Unai", "Xabier", "Ander", "Ibai", "Jokin",
        "Peio", "Txomin", "Asier", "Oier"]
CC_LAST = ["Goikoetxea", "Iturriaga", "Mendizabal", "Elorza", "Gorostiaga", "Aguirrebengoa", "Bengoetxea",
           "Zabaleta", "Azkarate", "Etxebarria", "Uribarri", "Olabarrieta", "Arteaga", "Lekuona", "Otaegi",
           "Errasti", "Garmendia", "Idiakez", "Urkiola", "Zuloaga", "Amezaga", "Basterretxea", "Insausti",
           "Madariaga"]
# nail technicians, salon owners and their families
NT_F = ["Ngoc", "Hanh", "Lien", "Thu", "Oanh", "Tuyet", "Phuong", "Mai", "Diem", "Huong", "Loan", "Nhung", "Quyen",
        "Trang", "Yen", "Bich", "Kieu", "Thao"]
NT_M = ["Minh", "Duc", "Khoa", "Tuan", "Vinh", "Hieu", "Long", "Phat", "Quang", "Sang", "Thinh", "Bao"]
NT_LAST = ["Phan", "Vo", "Dang", "Lam", "Trinh", "Luu", "Quach", "Diep", "Truong", "Ly", "Ha", "Kieu", "Thai",
           "Mac", "Chau", "La", "Tang", "Vuong", "Giang", "Doan"]
# the nail plan's clinicians, reviewers and plan office staff
NC_F = ["Eleftheria", "Chrysanthi", "Stavroula", "Theodora", "Panagiota", "Kalliroi", "Androniki", "Evanthia",
        "Paraskevi", "Sofronia", "Despina", "Anastasia"]
NC_M = ["Spyridon", "Evangelos", "Charalambos", "Dimosthenis", "Leonidas", "Stylianos", "Prodromos", "Themistoklis",
        "Apostolos", "Kyriakos", "Pantelis", "Grigorios"]
NC_LAST = ["Vlachopoulou", "Kyriakidis", "Manoussakis", "Triantafyllou", "Hatzidakis", "Tsoukalas", "Zervoudakis",
           "Xanthopoulos", "Economides", "Arvanitis", "Stavridis", "Papanikolaou", "Karagiannis", "Lambrakis",
           "Sfakianakis", "Theodorakis", "Voulgaris", "Giannopoulou", "Katsaros", "Mitropoulos"]
# Spanish speakers
SP_F = ["Yesenia", "Maritza", "Rocío", "Nayeli", "Xóchitl", "Itzel", "Marisol", "Araceli", "Leticia", "Graciela",
        "Socorro", "Eréndira"]
SP_M = ["Rigoberto", "Heriberto", "Eleazar", "Abundio", "Crisóforo", "Nicanor", "Porfirio", "Teodoro", "Wenceslao",
        "Ulises"]
SP_LAST = ["Zamudio", "Villaseñor", "Tlapanco", "Quiñones", "Pantoja", "Olvera", "Mondragón", "Landeros", "Huerta",
           "Galindo", "Echeverría", "Cuevas", "Bustamante", "Alcántar"]

# Spanish speakers of the nail plan's salons (a pool of their own, so no first name repeats the pool family's)
SQ_F = ["Anahí", "Citlali", "Dalia", "Fabiola", "Jimena", "Lorena", "Mireya", "Noemí", "Paloma", "Reyna",
        "Viridiana", "Zulema"]
SQ_M = ["Aurelio", "Benigno", "Cirilo", "Delfino", "Evaristo", "Fermín", "Gumersindo", "Hilarión"]
SQ_LAST = ["Arriaga", "Benavides", "Cervantes", "Dávila", "Espinoza", "Figueroa", "Gallegos", "Lozano", "Nájera",
           "Ochoa", "Rentería", "Saucedo", "Tovar"]

POOLS = {"cv": ({"F": CV_F, "M": CV_M}, CV_LAST), "cc": ({"F": CC_F, "M": CC_M}, CC_LAST),
         "nt": ({"F": NT_F, "M": NT_M}, NT_LAST), "nc": ({"F": NC_F, "M": NC_M}, NC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST), "sq": ({"F": SQ_F, "M": SQ_M}, SQ_LAST)}


def people(rng: random.Random, n: int, kind: str = "cv", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'cv'
    (Carvossa pool members), 'cc' (Carvossa clinicians and staff), 'nt' (nail technicians and salon owners), 'nc'
    (the nail plan's clinicians and staff), 'sp' (Spanish speakers of the pool family) or 'sq' (of the nail plan); sexes: F / M / X a person."""
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


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_md(d: dt.date) -> str:
    """April 9th, 2026"""
    return f"{d.strftime('%B')} {nth(d.day)}, {d.year}"


def day_of(d: dt.date) -> str:
    """the 9th day of April, 2026"""
    return f"the {nth(d.day)} day of {d.strftime('%B')}, {d.year}"


def ord_dm(d: dt.date) -> str:
    """9th April 2026"""
    return f"{nth(d.day)} {d.strftime('%B')} {d.year}"


def stamp_date(d: dt.date) -> str:
    """APR 02, 2026 (a meter stamp's date)"""
    return d.strftime("%b %d, %Y").upper()


class EUSheet(ETSheet):
    """ETSheet plus a drawn umbrella and nail polish bottle, captions far from their values (edge leaders, stepped
    labels, pale captions), a meter stamp and a coded claims table."""

    # --- marks ----------------------------------------------------------------------------------------------------
    def umbrella(self, x: float, y: float, s: float):
        """An open umbrella of height s: a dark half-disc canopy with a scalloped hem, a shaft and a hooked handle."""
        w = s * 0.95
        cx = x + w / 2
        ch = s * 0.46
        self.set_fill_color(30, 30, 30)
        self.solid_arc(x, y, w, 180, 360, b=ch * 2, style="F")
        self.set_fill_color(255, 255, 255)
        n = 4
        sw = w / n
        for i in range(n):
            self.ellipse(x + i * sw, y + ch - sw * 0.28, sw, sw * 0.56, style="F")
        self.set_line_width(max(0.6, s * 0.06))
        self.line_seg(cx, y - s * 0.06, cx, y + s * 0.86)
        self.arc(cx - s * 0.16, y + s * 0.74, s * 0.16, 0, 180, clockwise=False, b=s * 0.2)
        self.set_line_width(0.2)

    def polish(self, x: float, y: float, s: float):
        """A bottle of nail polish of height s: a tall dark cap, a short neck, a squat bottle with a pale band."""
        w = s * 0.5
        self.set_fill_color(30, 30, 30)
        self.rect(x + w * 0.3, y, w * 0.4, s * 0.42, style="F")
        self.rect(x + w * 0.22, y + s * 0.42, w * 0.56, s * 0.06, style="F")
        self.set_line_width(0.5)
        self.rect(x, y + s * 0.5, w, s * 0.5, style="DF", round_corners=True, corner_radius=s * 0.08)
        self.set_fill_color(255, 255, 255)
        self.rect(x + w * 0.16, y + s * 0.62, w * 0.2, s * 0.26, style="F")
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "umbrella":
            self.umbrella(x, y, s)
            return s * 0.95
        if kind == "polish":
            self.polish(x, y, s)
            return s * 0.5
        return super()._mark(kind, x, y, s)

    def mark_logo(self, kind: str, logo: str, legal: str, right: list[str], **k):
        """ETSheet.mark_logo with the umbrella or the polish bottle (their own widths) in place of the lantern."""
        keep = self.lantern
        widths = {"umbrella": 0.95, "polish": 0.5}
        if kind in widths:
            self.lantern = lambda x, y, s: self._mark(kind, x + (s * 0.62 - s * widths[kind]) / 2, y, s)
            try:
                self.logo_legal(logo, legal, right, **k)
            finally:
                self.lantern = keep
        else:
            super().mark_logo(kind, logo, legal, right, **k)

    # --- captions far from their values ---------------------------------------------------------------------------
    def edge_leaders(self, rows: list[tuple[str, str]], cap_w: float = 28, size: float = 9.2, cap: float = 7.2,
                     x: float | None = None, w: float | None = None, bold: bool = True, grey: int = 150):
        """Captions in a narrow left column (small type, wrapping onto a second line when long); from the end of the
        caption column a row of grey dot leaders runs across to the value, which sits flush against the right edge
        of the block (the page margin by default)."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        lh = size * 0.5
        for capt, val in rows:
            y = self.get_y()
            self.f(cap)
            self.set_text_color(40, 40, 40)
            self.set_xy(x0, y + 0.4)
            self.multi_cell(cap_w, cap * 0.44, capt, align="L", new_x="LEFT", new_y="NEXT")
            yc = self.get_y()
            self.set_text_color(0, 0, 0)
            self.f(size, "B" if bold else "")
            vw = self.get_string_width(val) + 1.0
            self.set_text_color(grey, grey, grey)
            self.f(size * 0.8)
            dot = self.get_string_width(". ")
            room = W - cap_w - vw - 4
            if room > dot * 2:
                self.set_xy(x0 + cap_w + 1, y)
                self.cell(room, lh, ". " * int(room / dot))
            self.set_text_color(0, 0, 0)
            self.f(size, "B" if bold else "")
            self.set_xy(x0 + W - vw, y)
            self.cell(vw, lh, val, align="R")
            self.set_xy(x0, max(yc, y + lh) + 1.2)
        self.set_x(self.l_margin)
        self.ln(1.5)

    def step_labels(self, blocks: list[tuple[str, str]], ncol: int = 2, indent: float = 22, size: float = 9.2,
                    cap: float = 7.4, x: float | None = None, w: float | None = None, gap: float = 2.0):
        """Label blocks in ncol columns: each caption on its own line in small bold type, its value on the line
        BELOW it, pushed to the right by `indent` mm (a value never stands beside its caption). A value may hold
        several lines split by newlines. Blocks fill the first row of columns, then the next."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.r_margin - x0) if w is None else w
        cw = W / ncol
        lh = size * 0.5
        y = self.get_y()
        for i in range(0, len(blocks), ncol):
            row = blocks[i:i + ncol]
            hmax = 0.0
            for j, (capt, val) in enumerate(row):
                xx = x0 + j * cw
                self.f(cap, "B")
                self.set_text_color(50, 50, 50)
                self.set_xy(xx, y)
                self.cell(cw - 2, cap * 0.45, capt)
                self.set_text_color(0, 0, 0)
                self.f(size)
                lines = val.split("\n")
                for k, ln in enumerate(lines):
                    self.set_xy(xx + indent, y + cap * 0.45 + 0.9 + k * lh)
                    self.cell(cw - indent - 1, lh, ln)
                hmax = max(hmax, cap * 0.45 + 0.9 + len(lines) * lh)
            y += hmax + gap
        self.set_xy(self.l_margin, y + 1.5)

    def faint_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.4, cap: float = 6.4, h: float = 9.4,
                    grey: int = 150, gap: float = 1.8, x: float | None = None, w: float | None = None):
        """One row of ruled boxes of (caption, value, width fraction): the caption in small pale grey capitals at
        the top of the box (a form's preprinted colour), the value in bold black under it."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        avail = W - gap * (len(cells) - 1)
        y = self.get_y()
        xx = x0
        for capt, val, frac in cells:
            cw = avail * frac
            self.set_draw_color(120, 120, 120)
            self.set_line_width(0.3)
            self.rect(xx, y, cw, h)
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.set_text_color(grey, grey, grey)
            self.f(cap)
            self.set_xy(xx + 1.0, y + 0.6)
            self.cell(cw - 2, cap * 0.42, capt.upper())
            self.set_text_color(0, 0, 0)
            self.f(size, "B")
            self.set_xy(xx + 1.2, y + cap * 0.42 + 1.2)
            self.cell(cw - 2.4, h - cap * 0.42 - 1.8, val)
            xx += cw + gap
        self.set_xy(self.l_margin, y + h + 3)

    def meter_stamp(self, lines: list[str], x: float, y: float, size: float = 9.0, grey: int = 80,
                    w: float | None = None):
        """A straight postage-meter style stamp: a double frame in grey, the first line small and spaced, the second
        (the date) larger, further lines small."""
        keep = (self.get_x(), self.get_y())
        self.set_text_color(grey, grey, grey)
        self.set_draw_color(grey, grey, grey)
        self.set_font(self.face, "B", size + 1.6)
        w = w or max(self.get_string_width(t) for t in lines) + 9
        lh = size * 0.52
        h = lh * len(lines) + 4
        self.set_line_width(0.7)
        self.rect(x, y, w, h)
        self.set_line_width(0.25)
        self.rect(x + 1.0, y + 1.0, w - 2.0, h - 2.0)
        for i, t in enumerate(lines):
            self.set_font(self.face, "B", size + 1.6 if i == 1 else size - 0.6)
            self.set_char_spacing(1.2 if i == 0 else 0)
            self.set_xy(x, y + 2 + i * lh)
            self.cell(w, lh, t, align="C")
            self.set_char_spacing(0)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_xy(*keep)
        return y + h

    def cut_rule(self, y: float | None = None, dash: float = 2.0, gap: float = 1.5, grey: int = 90):
        """A dashed cut line across the page at y (the top of a return coupon)."""
        y = self.get_y() if y is None else y
        self.set_draw_color(grey, grey, grey)
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + dash, self.w - self.r_margin), y)
            x += dash + gap
        self.set_draw_color(0, 0, 0)

    # --- claims with status codes ---------------------------------------------------------------------------------
    def coded_claims(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                     size: float = 7.4, row_h: float = 4.6, foot_room: float = 24, head_shade: int = 228):
        """claims: [{"open": str (a small grey line naming the claim, the practice and its rendering clinician),
        "rows": [[cells]], "total": [cells] or None}]. The heading is shaded and printed again at the top of a new
        page; the last column holds only the status code(s); a claim's total line is bold over a short rule."""
        x0 = self.l_margin
        W = sum(widths)

        def heading():
            self.f(size - 0.3, "B")
            lh = (size - 0.3) * 0.43
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            self.set_fill_color(head_shade, head_shade, head_shade)
            self.rect(x0, y, W, n * lh + 2, style="F")
            self.set_fill_color(255, 255, 255)
            xx = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx + 0.5, y + 1)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else ("C" if a == "C" else "L"),
                                new_x="RIGHT", new_y="TOP")
                xx += w
            self.set_xy(x0, y + n * lh + 2.4)

        heading()
        for c in claims:
            need = row_h * (len(c["rows"]) + 2) + 2
            if self.get_y() + need > self.h - foot_room:
                self.add_page()
                heading()
            self.set_text_color(70, 70, 70)
            self.f(size - 0.5)
            self.set_x(x0)
            self.cell(W, row_h - 0.4, c["open"], new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            for r in c["rows"]:
                self.set_x(x0)
                for t, w, a in zip(r, widths, aligns):
                    self.f(size)
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            if c.get("total"):
                lead = widths[0] + widths[1]
                self.line_seg(x0 + lead, self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
                self.set_x(x0)
                for t, w, a in zip(c["total"], widths, aligns):
                    self.f(size, "B")
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            self.set_draw_color(170, 170, 170)
            self.line_seg(x0, self.get_y() + 0.8, x0 + W, self.get_y() + 0.8)
            self.set_draw_color(0, 0, 0)
            self.ln(2.0)
        self.ln(1)


def notebook_cover(rng: random.Random, lines: list[str], tx: str | None = None, tx_total: int | None = None,
                   size: float = 15) -> bytes:
    """A page torn from a spiral notebook and lettered by hand as a fax cover: a row of punched holes down the left
    edge with a torn fringe, a margin rule, faint ruled lines; nothing printed on it. Every line is in the sender's
    hand; an empty string skips a ruled line. A page of its own."""
    p = EUSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(30, 20, 14)
    p.set_auto_page_break(False)
    p.add_page()
    # punched holes and the torn fringe
    p.set_fill_color(255, 255, 255)
    y = 14
    while y < p.h - 10:
        p.set_line_width(0.35)
        p.ellipse(5.5, y, 4.2, 4.2)
        y += 9.0
    for k in range(60):
        yy_ = 8 + k * (p.h - 16) / 60
        p.line_seg(2.0 + rng.uniform(0, 1.2), yy_, 3.2 + rng.uniform(0, 1.0), yy_ + rng.uniform(1.5, 3.5))
    p.set_line_width(0.2)
    p.set_draw_color(150, 150, 150)
    p.line_seg(26, 0, 26, p.h)
    p.set_draw_color(175, 175, 175)
    rules = []
    y = 30
    while y < p.h - 14:
        p.line_seg(12, y, p.w - 8, y)
        rules.append(y)
        y += 9.5
    p.set_draw_color(0, 0, 0)
    i = 0
    for ln in lines:
        if i >= len(rules):
            break
        if ln:
            p.hand(p.l_margin + rng.uniform(-1, 4), rules[i] - 1.4, ln, size, rng, rise=rng.uniform(-0.5, 1.8))
        i += 1
    return out(p)


def salon_form_cover(rng: random.Random, salon: str, salon_lines: list[str], rows: list[tuple[str, str]],
                     ticks: tuple[str, ...], note: str, tx: str | None = None, tx_total: int | None = None) -> bytes:
    """A salon front office's printed fax form: the polish mark and the salon's name, a large 'fax' word, a ruled
    grid of printed captions (two to a row) whose cells the office's printer filled in monospace a little off the
    cell, tick boxes, a note box and a privacy line. A page of its own."""
    p = EUSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(18, 18, 18)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y0 = 20
    p.polish(p.l_margin, y0, 16)
    p.set_font("Serif", "B", 18)
    p.set_xy(p.l_margin + 11, y0 + 1)
    p.cell(0, 7, salon)
    p.f(7.6)
    for i, ln in enumerate(salon_lines):
        p.set_xy(p.l_margin + 11, y0 + 8.5 + i * 3.5)
        p.cell(0, 3.3, ln)
    p.set_font("Serif", "B", 34)
    p.set_xy(p.w - p.r_margin - 50, y0)
    p.cell(50, 14, "fax", align="R")
    y = y0 + 30
    dx, dy = rng.uniform(0.8, 2.2), rng.uniform(0.6, 1.6)
    half = W / 2
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2]
        for j, (capt, val) in enumerate(pair):
            cw = half if len(pair) == 2 else W
            xx = p.l_margin + j * half
            p.set_line_width(0.3)
            p.rect(xx, y, cw, 12)
            p.set_line_width(0.2)
            p.f(6.8, "B")
            p.set_xy(xx + 1.2, y + 0.8)
            p.cell(cw - 2, 3, capt.upper())
            p.set_font("Mono", "", 10.4)
            p.set_xy(xx + 2.5 + dx, y + 4.6 + dy)
            p.cell(cw - 4, 5, val)
        y += 12
    y += 5
    opts = ["Urgent", "For review", "Please reply", "FYI"]
    p.f(9)
    for k, b in enumerate(opts):
        bx = p.l_margin + k * (W / 4)
        p.set_xy(bx, y)
        p.cell(4.2, 4.2, "", border=1)
        if b in ticks:
            p.set_font("Mono", "B", 11)
            p.set_xy(bx + dx * 0.3, y - 0.4 + dy * 0.3)
            p.cell(4.2, 4.2, "X")
            p.f(9)
        p.set_xy(bx + 6, y)
        p.cell(W / 4 - 6, 4.2, b)
    y += 10
    p.f(8.6, "B")
    p.set_xy(p.l_margin, y)
    p.cell(0, 4, "MESSAGE")
    p.rect(p.l_margin, y + 5, W, 60)
    p.set_font("Mono", "", 10.2)
    p.set_xy(p.l_margin + 3 + dx, y + 8 + dy)
    p.multi_cell(W - 8, 5.2, note, new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.set_xy(p.l_margin, p.h - 28)
    p.multi_cell(W, 3.2, "Private: the pages after this cover are for the person named above. If this fax came to "
                         "you by mistake, please call the salon and shred it.", new_x="LMARGIN", new_y="NEXT")
    return out(p)
