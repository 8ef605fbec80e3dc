"""Drawing helpers for round EP, helper fampf (papers mirrored from a returned-volunteer post-service health program of
an invented overseas volunteer agency: evaluation authorizations, a claims administrator's payment statements and
letters, a short-term transition insurer's letters; an invented health plan for jockeys, exercise riders and racetrack
grooms with meet-based eligibility).

Why: this round asks for identification values printed inside dark or shaded bands and reverse-printed header bars
(which fax and photocopy captures degrade), other carriers' numbers on the same page as the plan's own, letterheads
whose brand is a short logo-like word with a longer program line over or under it and another legal entity in the
signature or footer, provider remittances whose claim lines open with the payer's control number, then the patient's
name and member number, and provider lines that join an organisation and a person. New here:
- band: a full-width shaded or dark band holding several identifiers side by side, captions and values printed in
  white (or in black on a mid grey close to a fax's threshold), captions over or under the values;
- rev_bar: a black header bar, the paper's title in white at the left and 'Caption value' pairs in white at the right;
- brand_head: a drawn emblem (star, horseshoe, compass) beside a short brand word in heavy letter-spaced capitals,
  the longer program description set small over or under it, contact lines at the right;
- remit_table: a remittance listing whose claim's first line opens with the control number, the patient as
  'LAST, FIRST M' and the member number, later lines of the claim leaving those cells blank; a claim-total line;
  rows go on at the top of the next page with the heading printed again;
- org_person: '<organisation> - <person>' / '<person>, <organisation>' provider strings.
Everything else comes from round EO's EOSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundeo_famof import (EOSheet, abbr, caps_date, dd_mon, digits, dmy_dash, dmy_long, es_date,  # noqa: F401
                               es_wday, iso, long, m2, md, mdyyyy, mon_day, n2, nod, ord_long, out, plain, plus,
                               slash, truth, up_mon, usd, wday_long, workday, ymd_slash, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# returned volunteers (young adults from anywhere in the States)
RV_F = ["Adelina", "Briony", "Calista", "Dessa", "Elspeth", "Fallon", "Greta", "Hollis", "Ingeborg", "Juniper",
        "Kirsten", "Linnea", "Marguerite", "Nell", "Odessa", "Priya", "Quinby", "Rhiannon", "Saoirse", "Tallulah",
        "Wrenna", "Ximena"]
RV_M = ["Anders", "Bram", "Cormac", "Dashiell", "Eamon", "Fletcher", "Griffin", "Hartley", "Ignatius", "Jonah",
        "Keegan", "Lachlan", "Matthias", "Niall", "Orrin", "Peregrine", "Quentin", "Roscoe", "Silas", "Tobiah",
        "Ulysses", "Wyatt"]
RV_LAST = ["Abernethy", "Brackenridge", "Castellanos", "Delacorte", "Eberhardt", "Fairweather", "Gallardo",
           "Hollingsworth", "Iversen", "Jablonowski", "Kettering", "Lowenthal", "Macready", "Nordquist", "Oyelowo",
           "Pemberton", "Quackenbush", "Rutherford", "Szymanski", "Tennyson", "Underwood", "Vanderpool",
           "Whitlatch", "Yarbrough"]
# clinicians and office staff
DOC_F = ["Antonella", "Bettina", "Cressida", "Dorothea", "Evangelina", "Frederica", "Georgiana", "Honoria",
         "Imelda", "Jacinta", "Leonora", "Marisela", "Philippa", "Rosalba", "Seraphina", "Wilhelmina"]
DOC_M = ["Alaric", "Barnaby", "Crispin", "Dunstan", "Edmund", "Florian", "Godfrey", "Humphrey", "Isidore",
         "Jeremiah", "Lysander", "Montague", "Nathaniel", "Oswin", "Peregrin", "Rutherford"]
DOC_LAST = ["Ashbury", "Birchall", "Cotterill", "Dunwoody", "Entwistle", "Fothergill", "Gillespie", "Hathersage",
            "Ingleby", "Jessop", "Kinnersley", "Lathbury", "Micklethwaite", "Nettleship", "Ormerod", "Pilkington",
            "Quayle", "Rushworth", "Sorensby", "Thwaites", "Urquhart", "Vosper", "Wolstenholme", "Yeardley",
            "Aldred", "Bramhall", "Cawthorne", "Dearden", "Eccleston", "Fairclough"]
# jockeys, exercise riders, grooms and hotwalkers (Gulf-coast racing: Cajun, Latin American, Irish names)
JK_F = ["Amelie", "Belinda", "Celestine", "Danae", "Evangeline", "Fabiola", "Gaelle", "Heloise", "Inez",
        "Josette", "Leontine", "Mireya", "Nicolette", "Odile", "Paloma", "Reinette"]
JK_M = ["Aurelien", "Brennan", "Cyprien", "Desmond", "Eloy", "Faustin", "Gervais", "Hilaire", "Isaias",
        "Jacinto", "Kieran", "Lucien", "Maximo", "Noe", "Onesime", "Ramiro", "Seamus", "Teodoro", "Urbain"]
JK_LAST = ["Arceneau", "Benoit", "Chiasson", "Doucet", "Fuselier", "Guillory", "Hanrahan", "Istre", "Jeansonne",
           "Lejeune", "Mouton", "Noel", "Ortego", "Prejean", "Quebedeaux", "Richard", "Savoie", "Thibeaux",
           "Vidrine", "Broussard"]
# Spanish speakers
ES_F = ["Aracely", "Brisa", "Catalina", "Dulce", "Estela", "Fernanda", "Graciela", "Itzel", "Jimena", "Lourdes",
        "Marisela", "Nayeli", "Perla", "Rocio", "Xiomara", "Yaneth"]
ES_M = ["Adalberto", "Baltasar", "Cipriano", "Demetrio", "Efrain", "Fausto", "Gumercindo", "Heriberto", "Isidro",
        "Jeronimo", "Lisandro", "Maximino", "Nicanor", "Porfirio", "Rigoberto", "Saturnino"]
ES_LAST = ["Alvarenga", "Batista", "Cedeño", "Domínguez", "Espinal", "Fajardo", "Grajales", "Herrera", "Iglesias",
           "Jaramillo", "Lezcano", "Montenegro", "Núñez", "Ortiz", "Pineda", "Quintana", "Rovira", "Saldaña",
           "Tejada", "Vergara"]

POOLS = {"rv": ({"F": RV_F, "M": RV_M}, RV_LAST), "dr": ({"F": DOC_F, "M": DOC_M}, DOC_LAST),
         "jk": ({"F": JK_F, "M": JK_M}, JK_LAST), "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "rv", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'rv'
    (returned volunteers), 'dr' (clinicians, staff), 'jk' (racetrack people) or 'es'; sexes: F / M / X a person."""
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


def dr(full: str, cred: str = "M.D.") -> str:
    return f"{full}, {cred}"


def org_person(org: str, person: str, style: str = "dash") -> str:
    """'<org> - <person>' or '<person>, <org>' (a provider line naming both)."""
    return f"{org} - {person}" if style == "dash" else f"{person}, {org}"


def phone(rng: random.Random, area: str = "202") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dots(rng: random.Random, area: str = "202") -> str:
    return f"{area}.555.{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def mmddyy(d: dt.date) -> str:
    """030426"""
    return d.strftime("%m%d%y")


def ddmonyy(d: dt.date) -> str:
    """04MAR26"""
    return d.strftime("%d%b%y").upper()


def dotted(d: dt.date) -> str:
    """03.04.2026 (month first, dots)"""
    return d.strftime("%m.%d.%Y")


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def money_words(v: float) -> str:
    """1234.50 -> 'one thousand two hundred thirty-four and 50/100 dollars'"""
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def under_1000(n: int) -> str:
        w = []
        if n >= 100:
            w.append(f"{ones[n // 100]} hundred")
            n %= 100
        if n >= 20:
            w.append(tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else ""))
        elif n:
            w.append(ones[n])
        return " ".join(w)

    d = int(v)
    c = round((v - d) * 100)
    w = []
    if d >= 1000:
        w.append(f"{under_1000(d // 1000)} thousand")
        d %= 1000
    if d:
        w.append(under_1000(d))
    return f"{' '.join(w) or 'zero'} and {c:02d}/100 dollars"


class EPSheet(EOSheet):
    """EOSheet plus identifier bands printed white on dark or grey, reverse-printed header bars, an emblem-and-brand
    letterhead with a program line over or under the brand, and a remittance table whose claim lines open with the
    control number, the patient and the member number."""

    def band(self, cells: list[tuple[str, str, float]], shade: int = 45, fg: int = 255, size: float = 9.6,
             cap: float = 6.0, h: float = 11.5, under: bool = False, x: float | None = None, w: float | None = None,
             rule: bool = False):
        """A shaded band across (x, w) holding (caption, value, width fraction) cells side by side: the caption in
        small capitals and the value in bold, both printed in the grey `fg` on the band's grey `shade` (white on
        dark, or black on a mid grey); the caption over the value, or under it (under=True). Thin light rules
        between the cells when rule=True."""
        x0 = self.l_margin if x is None else x
        W = (self.w - self.l_margin - self.r_margin) if w is None else w
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(x0, y, W, h, style="F")
        self.set_text_color(fg, fg, fg)
        xx = x0
        for k, v, frac in cells:
            cw = W * frac
            cap_y, val_y = (y + 1.3, y + 1.3 + cap * 0.45 + 1.1) if not under else (y + h - cap * 0.45 - 1.3, y + 1.5)
            self.set_xy(xx + 2, cap_y)
            self.f(cap, "B")
            self.cell(cw - 3, cap * 0.45, k.upper())
            self.set_xy(xx + 2, val_y)
            self.f(size, "B")
            self.cell(cw - 3, size * 0.46, v)
            if rule and xx > x0:
                self.set_draw_color(fg, fg, fg)
                self.line_seg(xx, y + 1.5, xx, y + h - 1.5)
                self.set_draw_color(0, 0, 0)
            xx += cw
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 3)

    def rev_bar(self, title: str, pairs: list[tuple[str, str]], size: float = 8.8, title_size: float = 11,
                shade: int = 15, h: float = 8.5):
        """A dark bar across the page: the paper's title in white at the left, 'Caption value' pairs in white at the
        right (captions in small type), all in one line."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y, W, h, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin + 2, y + (h - title_size * 0.45) / 2)
        self.f(title_size, "B")
        self.cell(self.get_string_width(title) + 2, title_size * 0.45, title)
        # pairs right-aligned
        widths = []
        for k, v in pairs:
            self.f(size - 2.4)
            a = self.get_string_width(k) + 1.4
            self.f(size, "B")
            widths.append((a, self.get_string_width(v) + 4.5))
        xx = self.l_margin + W - 2 - sum(a + b for a, b in widths)
        for (k, v), (a, b) in zip(pairs, widths):
            self.set_xy(xx, y + (h - size * 0.45) / 2 + 0.35)
            self.f(size - 2.4)
            self.cell(a, size * 0.45, k)
            self.set_xy(xx + a, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(b, size * 0.45, v)
            xx += a + b
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 3)

    def emblem_mark(self, x: float, y: float, s: float, kind: str = "star"):
        """A drawn emblem of side s: a five-point 'star' in a ring, a 'shoe' (horseshoe) or a 'compass' rose."""
        cx, cy, r = x + s / 2, y + s / 2, s / 2
        self.set_line_width(0.5)
        self.set_fill_color(35, 35, 35)
        if kind == "star":
            self.ellipse(x, y, s, s)
            pts = []
            for i in range(10):
                a = -math.pi / 2 + i * math.pi / 5
                rr = r * (0.78 if i % 2 == 0 else 0.32)
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            self.polygon(pts, style="F")
        elif kind == "shoe":
            outer, inner = [], []
            for i in range(0, 27):
                a = math.radians(200 + i * (340 - 200 + 160) / 26)
                outer.append((cx + r * 0.92 * math.cos(a), cy + r * 0.92 * math.sin(a)))
                inner.append((cx + r * 0.56 * math.cos(a), cy + r * 0.56 * math.sin(a)))
            self.polygon(outer + inner[::-1], style="F")
            self.set_fill_color(255, 255, 255)
            for i in (3, 8, 18, 23):
                px, py = outer[i]
                qx, qy = inner[i]
                self.ellipse((px + qx) / 2 - 0.45, (py + qy) / 2 - 0.45, 0.9, 0.9, style="F")
        else:  # compass
            self.ellipse(x, y, s, s)
            pts = [(cx, y + s * 0.06), (cx + r * 0.18, cy - r * 0.18), (x + s * 0.94, cy), (cx + r * 0.18, cy + r * 0.18),
                   (cx, y + s * 0.94), (cx - r * 0.18, cy + r * 0.18), (x + s * 0.06, cy), (cx - r * 0.18, cy - r * 0.18)]
            self.polygon(pts, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_line_width(0.2)

    def brand_head(self, brand: str, program: str, right: list[str], kind: str = "star", above: bool = False,
                   small: list[str] | None = None, size: float = 20, spacing: float = 2.4, box: str | None = None,
                   rule: bool = True):
        """The emblem, the short brand in heavy letter-spaced capitals beside it, the longer program line in small
        italic-looking grey type UNDER the brand (or OVER it when above=True), optional further small lines, contact
        lines at the right and an optional boxed title under them, then a rule."""
        y0 = self.get_y()
        s = size * 0.62
        self.emblem_mark(self.l_margin, y0, s, kind)
        x = self.l_margin + s + 3.4
        W = self.w - self.l_margin - self.r_margin
        pw = self.l_margin + W * 0.58 - x                 # the program line wraps before the contact lines
        yy_ = y0

        def program_line(yy: float) -> float:
            self.set_text_color(80, 80, 80)
            self.f(7.6)
            self.set_xy(x, yy)
            self.multi_cell(pw, 3.4, program, new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            return self.get_y() + 0.4

        if above:
            yy_ = program_line(yy_)
        self.set_font(self.face, "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(x, yy_)
        self.cell(0, size * 0.45, brand)
        self.set_char_spacing(0)
        yy_ += size * 0.45 + 1.0
        if not above:
            yy_ = program_line(yy_)
        self.set_text_color(95, 95, 95)
        self.f(6.9)
        for ln in small or []:
            self.set_xy(x, yy_)
            self.cell(0, 3.1, ln)
            yy_ += 3.1
        self.set_text_color(0, 0, 0)
        ry = y0
        self.f(7.4)
        for ln in right:
            self.set_xy(self.l_margin + W * 0.56, ry)
            self.cell(W * 0.44, 3.5, ln, align="R")
            ry += 3.5
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.8, box, border=1, align="C")
            ry += 8.6
        self.set_y(max(yy_, ry, y0 + s) + 1.5)
        if rule:
            self.set_line_width(0.5)
            self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def remit_table(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                    size: float = 7.0, row_h: float = 4.2, foot_room: float = 26, tot_label: str = "CLAIM TOTAL",
                    repeat_head: bool = True):
        """claims: [{"lead": [control no., patient, member no.], "lines": [[cells after the lead]], "total": [cells
        after the lead] or None, "note": str or None}]. The claim's first line opens with its lead cells; later lines
        leave them blank; a claim-total line in bold under a short rule; an optional small note line under it (the
        rendering provider). When a page is full the rows go on at the top of the next page (the heading again when
        repeat_head)."""
        x0 = self.l_margin
        W = sum(widths)
        nlead = 3

        def heading():
            self.f(size - 0.3, "B")
            lh = (size - 0.3) * 0.43
            n = max(len(self.multi_cell(w - 0.8, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            self.set_line_width(0.45)
            self.line_seg(x0, y, x0 + W, y)
            xx = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx + 0.4, y + 0.8)
                self.multi_cell(w - 0.8, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                xx += w
            yb = y + n * lh + 1.8
            self.line_seg(x0, yb, x0 + W, yb)
            self.set_line_width(0.2)
            self.set_xy(x0, yb + 0.8)

        heading()
        for c in claims:
            need = row_h * (len(c["lines"]) + 2)
            if self.get_y() + need > self.h - foot_room:
                self.add_page()
                if repeat_head:
                    heading()
            for i, ln in enumerate(c["lines"]):
                cells = (c["lead"] if i == 0 else [""] * nlead) + ln
                self.set_x(x0)
                for j, (t, w, a) in enumerate(zip(cells, widths, aligns)):
                    self.f(size, "B" if (i == 0 and j == 0) else "")
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            if c.get("total"):
                self.line_seg(x0 + sum(widths[:nlead]), self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
                self.set_x(x0)
                cells = ["", tot_label, ""] + c["total"]
                for t, w, a in zip(cells, widths, aligns):
                    self.f(size, "B")
                    self.cell(w, row_h, t, align=a)
                self.ln(row_h)
            if c.get("note"):
                self.set_x(x0 + widths[0])
                self.set_text_color(70, 70, 70)
                self.f(size - 0.6)
                self.cell(W - widths[0], row_h - 0.4, c["note"])
                self.set_text_color(0, 0, 0)
                self.ln(row_h - 0.4)
            self.ln(1.4)
        self.ln(1)

    def para_cols(self, texts: list[str], size: float = 8.8, gap: float = 6, ncol: int = 2):
        """Running prose set in ncol columns: the paragraphs flow down the first column, then the next; a thin rule
        between columns. Paragraphs are kept whole and given to the columns so their heights balance."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (ncol - 1)) / ncol
        lh = size * 0.47
        hts = [len(self.multi_cell(cw, lh, t, dry_run=True, output="LINES")) * lh + 1.8 for t in texts]
        total = sum(hts)
        cols, cur, acc = [[] for _ in range(ncol)], 0, 0.0
        for t, h in zip(texts, hts):
            if cur < ncol - 1 and acc + h / 2 > total * (cur + 1) / ncol:
                cur += 1
            cols[cur].append(t)
            acc += h
        y0 = self.get_y()
        ends = []
        for i, col in enumerate(cols):
            x = self.l_margin + i * (cw + gap)
            self.set_xy(x, y0)
            for t in col:
                self.f(size)
                self.set_x(x)
                self.multi_cell(cw, lh, t, new_x="LEFT", new_y="NEXT")
                self.set_y(self.get_y() + 1.8)
            ends.append(self.get_y())
        for i in range(1, ncol):
            xr = self.l_margin + i * (cw + gap) - gap / 2
            self.line_seg(xr, y0, xr, max(ends) - 2)
        self.set_xy(self.l_margin, max(ends) + 1)
