"""Drawing helpers for round EP, helper fampb (papers mirrored from a state Medicaid program's third-party-liability
and coordination-of-benefits section: remittances, claim denials until another payer is billed, accident and injury
questionnaires, other-insurance record letters; an invented health plan for stunt performers and stage riggers).

Why: this round asks for identification values printed inside dark or shaded bands (light text on a grey or dark
strip), other carriers' numbers on the same page as the plan's own (an auto insurer's claim, a workers'
compensation claim and board file, a Medicare number, an employer plan's member and group numbers), letterheads
whose brand is a short logo-like name with a longer program line over or under it and a different legal entity in
the signature block or footer, provider remittances whose claim rows open with the payer's control number, the
patient's name and member number, and provider lines naming an organisation and a person together. New here:
- band: a full-width shaded strip of identifiers, captions and values reverse-printed (white on dark or mid grey)
  or dark on a light tint, captions above or beside the values;
- rev_bar: a reverse-printed title bar with a second text at its right end;
- brand_head: a short brand set large and letter-spaced inside or beside a drawn mark, the long program or tagline
  line under it or over it, contact lines at the right, a rule;
- side_boxes_left: ruled value boxes whose captions stand at their LEFT, outside the box, right-aligned in small type;
- ctl_table: a remittance listing whose claim rows (control no. | patient | member no. | provider) open each claim,
  its service lines under them, the heading repeated with a "continued" strip when the listing runs to a new page;
- questions: a numbered questionnaire with answer lines and check boxes;
- other_cov: a ruled block of another payer's particulars (carrier, code, policy, group, claim numbers).
Everything else comes from round EO's EOSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeo_famof import (EOSheet, abbr, caps_date, dd_mon, digits, dmy_long, es_date, iso, long, m2,  # noqa: F401
                               mdyyyy, n2, out, plus, slash, truth, up_mon, usd, workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# Pellacre (an invented inland state): a mixed population
PE_F = ["Aurelie", "Benedetta", "Carmelita", "Dorinda", "Eleonore", "Faustina", "Glenna", "Hortense", "Imelda",
        "Jessamine", "Kerensa", "Loretta", "Marguerite", "Nerissa", "Odalys", "Philippa", "Querida", "Rosamund",
        "Shirlene", "Tansy", "Velma", "Winifred"]
PE_M = ["Ambrose", "Barnaby", "Cyprian", "Deverell", "Ebenezer", "Ferris", "Gilchrist", "Harlan", "Ivor", "Jarrett",
        "Kendrick", "Lysander", "Merrick", "Nathaniel", "Orson", "Peregrine", "Quentin", "Roscoe", "Silas",
        "Thurston", "Vaughn", "Wystan"]
PE_LAST = ["Abernethy-Cole", "Bramwell", "Cattermole", "Dewhirst", "Eddington", "Fairweather", "Gorringe",
           "Hollingdrake", "Ingleby", "Jephcott", "Kettleborough", "Loxley", "Mottershead", "Nettleship", "Oddie",
           "Pocklington", "Quickfall", "Ramsbottom", "Sowerbutts", "Tunnicliffe", "Utteridge", "Vavasour",
           "Wolstenholme", "Yeardley"]
# stunt performers, aerialists and stage riggers
SR_F = ["Briony", "Calliope", "Dervla", "Esmae", "Fallon", "Greer", "Honor", "Isadora", "Jinx", "Kestrel", "Lark",
        "Marlowe", "Nyx", "Oriel", "Pixie", "Rennie", "Sabra", "Teagan", "Vesper", "Wren"]
SR_M = ["Ashby", "Brock", "Cormac", "Dashiell", "Eamon", "Flint", "Gage", "Huxley", "Ike", "Jett", "Knox", "Lachlan",
        "Maddox", "Nash", "Orrin", "Pike", "Ronan", "Stellan", "Tavish", "Wilder"]
SR_LAST = ["Ackerly", "Blaylock", "Cravath", "Dunmire", "Eskridge", "Fenstermacher", "Grisham-Pope", "Hazlewood",
           "Ironside", "Jessup", "Kincannon", "Lockhart-Vance", "Mulgrew", "Nighswander", "Overstreet", "Prewitt",
           "Quarrington", "Rockwell-Dunn", "Stagg", "Truscott", "Upshaw", "Vantongeren", "Wickersham", "Yardley"]
# clinicians and staff
DR_F = ["Anneliese", "Bettina", "Constanza", "Dagmar", "Elspeth", "Franziska", "Ghislaine", "Henrietta", "Ingeborg",
        "Juliana", "Leonie", "Magdalena", "Ottoline", "Perpetua", "Roswitha", "Seraphina"]
DR_M = ["Adalbert", "Balthazar", "Casimiro", "Dietrich", "Eustace", "Fabian", "Gottfried", "Hieronymus", "Ivo",
        "Joachim", "Konrad", "Ludovic", "Maximilian", "Nikodem", "Ottokar", "Radomir"]
DR_LAST = ["Achterhof", "Bexhill", "Challoner", "Duckworth", "Entwhistle", "Furnival", "Greatorex", "Hebblethwaite",
           "Illingworth", "Jagger-Lowe", "Kinloch", "Lampard", "Merriweather", "Nuttall", "Ormerod", "Pilkington",
           "Quayle", "Rushworth", "Satterthwaite", "Thackray", "Umfreville", "Verity", "Walmsley", "Yarwood",
           "Aspinall", "Brearley", "Clegghorn", "Dinsdale", "Fothergill", "Gledhill"]
# Spanish speakers
ES_F = ["Amparo", "Benita", "Consuelo", "Dulce", "Esperanza", "Fermina", "Gumersinda", "Hortensia", "Itzel",
        "Jacinta", "Maricruz", "Natividad", "Octavia", "Remedios"]
ES_M = ["Anselmo", "Baltasar", "Casimiro", "Doroteo", "Eusebio", "Fulgencio", "Heriberto", "Isauro", "Jacinto",
        "Macario", "Nicanor", "Porfirio", "Rigoberto", "Teodoro"]
ES_LAST = ["Alvarado-Ruiz", "Bustillos", "Cabrales", "Domínguez", "Escalante", "Figueroa", "Gallardo", "Holguín",
           "Ibarrola", "Jaramillo", "Lizárraga", "Montemayor", "Nava", "Olivares", "Quezada", "Saldívar", "Villaseñor"]

POOLS = {"pe": ({"F": PE_F, "M": PE_M}, PE_LAST), "sr": ({"F": SR_F, "M": SR_M}, SR_LAST),
         "dr": ({"F": DR_F, "M": DR_M}, DR_LAST), "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "pe", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used` (a family's
    names printed elsewhere); kind 'pe' (Pellacre), 'sr' (stunt and rigging crafts), 'dr' (clinicians, staff) or
    'es'; sexes: F / M / X a person; last: one surname for all (a household)."""
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


def last_comma(full: str) -> str:
    """Last, First M."""
    f, m, la = parts(full)
    return f"{la}, {f} {m}."


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "463") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dash(rng: random.Random, area: str = "463") -> str:
    return f"{area}-555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "844") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape (11 characters)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def mbi_dash(m: str) -> str:
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def dmy_dots(d: dt.date) -> str:
    """04.03.2026"""
    return d.strftime("%d.%m.%Y")


def mon_d_yy(d: dt.date) -> str:
    """Mar 4 '26"""
    return d.strftime("%b %-d '%y")


def wday_long(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def ymd_dash(d: dt.date) -> str:
    return d.isoformat()


def es_money(v: float) -> str:
    return f"${v:,.2f}"


def plain(v: float) -> str:
    """1,234.50 (no sign)"""
    return f"{v:,.2f}"


class EPSheet(EOSheet):
    """EOSheet plus shaded identifier bands, a reverse-printed title bar, a short-brand letterhead with a long
    program line, value boxes with captions at their left, a remittance listing opened claim by claim, a
    questionnaire and another payer's block."""

    def band(self, cells: list[tuple[str, str, float]], style: str = "dark", beside: bool = False, size: float = 9.4,
             cap: float = 6.2, pad: float = 1.6, x: float | None = None, w: float | None = None):
        """A full-width shaded strip of (caption, value, width share) cells side by side. style 'dark': white text on
        near-black; 'grey': white text on mid grey; 'tint': black text on a light grey. Captions above the values
        (or beside them, before the value on the same line, when `beside`). Thin light rules between the cells."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        fill, ink, cap_ink = {"dark": ((38, 38, 38), (255, 255, 255), (215, 215, 215)),
                              "grey": ((128, 128, 128), (255, 255, 255), (238, 238, 238)),
                              "tint": ((205, 205, 205), (0, 0, 0), (40, 40, 40))}[style]
        tot = sum(c[2] for c in cells)
        h = (size * 0.5 + 2 * pad) if beside else (cap * 0.45 + size * 0.5 + 2 * pad + 0.6)
        y = self.get_y()
        self.set_fill_color(*fill)
        self.rect(x0, y, W, h, style="F")
        xx = x0
        for i, (k, v, share) in enumerate(cells):
            cw = W * share / tot
            if i:
                self.set_draw_color(*cap_ink)
                self.line_seg(xx, y + 1, xx, y + h - 1)
                self.set_draw_color(0, 0, 0)
            if beside:
                self.set_text_color(*cap_ink)
                self.f(cap, "B")
                kw = self.get_string_width(k.upper()) + 1.6
                self.set_xy(xx + 1.4, y + pad + (size - cap) * 0.2)
                self.cell(kw, size * 0.5, k.upper())
                self.set_text_color(*ink)
                self.f(size, "B")
                self.set_xy(xx + 1.4 + kw, y + pad)
                self.cell(cw - kw - 2.8, size * 0.5, v)
            else:
                self.set_text_color(*cap_ink)
                self.f(cap, "B")
                self.set_xy(xx + 1.4, y + pad)
                self.cell(cw - 2.8, cap * 0.45, k.upper())
                self.set_text_color(*ink)
                self.f(size, "B")
                self.set_xy(xx + 1.4, y + pad + cap * 0.45 + 0.6)
                self.cell(cw - 2.8, size * 0.5, v)
            xx += cw
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 3)

    def rev_bar(self, text: str, right: str = "", size: float = 11, shade: int = 30):
        """A reverse-printed title bar: the title in white bold at the left, an optional second text at the right."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y, W, size * 0.68, style="F")
        self.set_text_color(255, 255, 255)
        self.f(size, "B")
        self.set_xy(self.l_margin + 2, y)
        self.cell(W * 0.62, size * 0.68, text)
        if right:
            self.f(size * 0.72)
            self.set_xy(self.l_margin + W * 0.5, y)
            self.cell(W * 0.5 - 2, size * 0.68, right, align="R")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + size * 0.68 + 2.5)

    def brand_head(self, brand: str, tagline: str, right: list[str], tag_over: bool = False, mark: str = "swoosh",
                   size: float = 22, spacing: float = 1.4, box: str | None = None, dark_mark: bool = True):
        """A short brand set large (letter-spaced) beside a drawn mark, the long program or tagline line in small
        type under the brand (or over it, `tag_over`); contact lines right-aligned at the right; an optional boxed
        title under the contact lines; a heavy rule under all of it."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        s = size * 0.55
        x = self.l_margin
        self._brand_mark(x, y0 + (3.2 if tag_over else 0), s, mark, dark_mark)
        x += s + 2.6
        yb = y0
        if tag_over:
            self.set_text_color(70, 70, 70)
            self.f(7.2)
            self.set_xy(x, y0)
            self.multi_cell(W * 0.42 - (x - self.l_margin), 3, tagline, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_text_color(0, 0, 0)
            yb = self.get_y() + 0.4
        self.f(size, "B")
        self.set_char_spacing(spacing)
        self.set_xy(x, yb)
        self.cell(W * 0.6, size * 0.45, brand)
        self.set_char_spacing(0)
        yy_ = yb + size * 0.45 + 0.8
        if not tag_over:
            self.set_text_color(70, 70, 70)
            self.f(7.4)
            self.set_xy(x + 0.3, yy_)
            tw = (W * 0.56 - (x - self.l_margin)) if box else W * 0.62
            self.multi_cell(tw, 3.2, tagline, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_text_color(0, 0, 0)
            yy_ = self.get_y() + 0.6
        ry = y0
        self.f(7.4)
        for ln in right:
            self.set_xy(self.l_margin + W * 0.5, ry)
            self.cell(W * 0.5, 3.5, ln, align="R")
            ry += 3.5
        if box:
            self.f(9.4, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.2
        yy_ = max(yy_, ry, y0 + s + 1) + 1.2
        self.set_line_width(0.7)
        self.line_seg(self.l_margin, yy_, self.w - self.r_margin, yy_)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yy_ + 4)

    def _brand_mark(self, x: float, y: float, s: float, kind: str, dark: bool):
        """A drawn logo of side s: 'swoosh' (a disc with a white arc), 'truss' (a triangle lattice), 'star'."""
        g = 35 if dark else 120
        self.set_fill_color(g, g, g)
        if kind == "truss":
            self.set_line_width(0.7)
            self.set_draw_color(g, g, g)
            pts = [(x, y + s), (x + s / 2, y), (x + s, y + s)]
            self.polygon(pts, style="D")
            self.line_seg(x + s / 4, y + s / 2, x + 3 * s / 4, y + s / 2)
            self.line_seg(x + s / 4, y + s / 2, x + s / 2, y + s)
            self.line_seg(x + 3 * s / 4, y + s / 2, x + s / 2, y + s)
            self.line_seg(x, y + s, x + s, y + s)
            self.set_draw_color(0, 0, 0)
        elif kind == "star":
            import math
            pts = []
            for i in range(10):
                r = s / 2 if i % 2 == 0 else s / 4.6
                a = math.pi / 2 + i * math.pi / 5
                pts.append((x + s / 2 + r * math.cos(a), y + s / 2 - r * math.sin(a)))
            self.polygon(pts, style="F")
        else:
            self.ellipse(x, y, s, s, style="F")
            self.set_draw_color(255, 255, 255)
            self.set_line_width(s * 0.09)
            self.arc(x + s * 0.12, y + s * 0.34, s * 0.76, 200, 340, b=s * 0.5)
            self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_fill_color(255, 255, 255)

    def side_boxes_left(self, rows: list[tuple[str, str]], x: float, y: float, w: float, cap_w: float = 30,
                        size: float = 9.0, cap: float = 6.4, h: float = 6.0, gap: float = 1.2) -> float:
        """Ruled value boxes, one a row, whose caption stands at the LEFT of the box, outside it, right-aligned in
        small grey type. Returns the y under the block."""
        yy_ = y
        for k, v in rows:
            self.set_text_color(90, 90, 90)
            self.f(cap)
            self.set_xy(x, yy_ + (h - cap * 0.45) / 2)
            self.cell(cap_w - 1.6, cap * 0.45, k, align="R")
            self.set_text_color(0, 0, 0)
            self.rect(x + cap_w, yy_, w - cap_w, h)
            self.f(size, "B")
            self.set_xy(x + cap_w + 1.4, yy_ + (h - size * 0.45) / 2)
            self.cell(w - cap_w - 2.8, size * 0.45, v)
            yy_ += h + gap
        return yy_

    def ctl_table(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.4,
                  row_h: float = 4.4, foot_room: float = 26, cont: str = "", claim_shade: int = 232):
        """A remittance listing. A row is ("claim", cells) for a claim's opening row (control no., patient, member
        no., provider ... ) printed bold on a light shade, a list of cells for a service line, ("note", text) for a
        small line across the table, ("total", cells) for a bold total row with a rule above, ("gap",) or
        ("break",). When a page fills (or at "break") the listing goes on at the top of the next page under a dark
        strip `cont` and the column heading again."""
        x0 = self.l_margin
        W = sum(widths)

        def heading():
            self.f(size - 0.4, "B")
            lh = (size - 0.4) * 0.43
            n = max(len(self.multi_cell(w - 0.8, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            self.set_line_width(0.4)
            self.line_seg(x0, y, x0 + W, y)
            xx = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx + 0.4, y + 0.8)
                self.multi_cell(w - 0.8, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                xx += w
            yb = y + n * lh + 1.6
            self.line_seg(x0, yb, x0 + W, yb)
            self.set_line_width(0.2)
            self.set_xy(x0, yb + 0.8)

        def cells_row(cells, bold=False, shade=None):
            if shade is not None:
                self.set_fill_color(shade, shade, shade)
                self.rect(x0, self.get_y(), W, row_h, style="F")
                self.set_fill_color(255, 255, 255)
            self.f(size, "B" if bold else "")
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)

        def brk():
            self.f(size - 0.6)
            self.set_x(x0)
            self.cell(W, 3.8, "(listing continues on the next page)", align="R", new_x="LMARGIN", new_y="NEXT")
            self.add_page()
            if cont:
                self.set_fill_color(45, 45, 45)
                self.set_text_color(255, 255, 255)
                self.f(size + 0.4, "B")
                self.set_x(x0)
                self.cell(W, 5, "  " + cont.format(n=self.page_no()), fill=True, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.ln(1.2)
            heading()

        heading()
        for r in rows:
            if isinstance(r, tuple) and r[0] == "break":
                brk()
                continue
            if self.get_y() + row_h + 1 > self.h - foot_room:
                brk()
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.2)
            elif isinstance(r, tuple) and r[0] == "claim":
                cells_row(r[1], bold=True, shade=claim_shade)
            elif isinstance(r, tuple) and r[0] == "note":
                self.f(size - 0.6)
                self.set_x(x0 + widths[0])
                self.cell(W - widths[0], row_h - 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
            elif isinstance(r, tuple) and r[0] == "total":
                self.line_seg(x0, self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
                cells_row(r[1], bold=True)
            else:
                cells_row(r)
        self.ln(2)

    def questions(self, items: list[tuple[str, str, object]], size: float = 8.8, num_w: float = 7):
        """A numbered questionnaire: (number, question, answer) where answer is an int (that many answer lines),
        a list of choices (check boxes on one line) or a string (a pre-printed example in grey after 'e.g.')."""
        W = self.w - self.l_margin - self.r_margin
        for num, q, ans in items:
            if self.get_y() + 12 > self.h - 22:
                self.add_page()
            y = self.get_y()
            self.f(size, "B")
            self.set_xy(self.l_margin, y)
            self.cell(num_w, size * 0.48, num)
            self.f(size)
            self.set_xy(self.l_margin + num_w, y)
            self.multi_cell(W - num_w, size * 0.48, q, new_x="LMARGIN", new_y="NEXT")
            if isinstance(ans, int):
                for _ in range(ans):
                    yy_ = self.get_y() + 5.6
                    self.line_seg(self.l_margin + num_w, yy_, self.w - self.r_margin, yy_)
                    self.set_y(yy_ + 0.6)
            elif isinstance(ans, list):
                xx = self.l_margin + num_w
                yy_ = self.get_y() + 1
                for c in ans:
                    self.rect(xx, yy_ + 0.4, 3, 3)
                    self.set_xy(xx + 4, yy_)
                    self.f(size - 0.4)
                    cw = self.get_string_width(c) + 9
                    self.cell(cw, 3.8, c)
                    xx += cw + 4
                self.set_y(yy_ + 4.6)
            elif isinstance(ans, str):
                self.set_text_color(110, 110, 110)
                self.f(size - 1.2)
                self.set_x(self.l_margin + num_w)
                self.cell(0, 3.6, ans, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                yy_ = self.get_y() + 5.2
                self.line_seg(self.l_margin + num_w, yy_, self.w - self.r_margin, yy_)
                self.set_y(yy_ + 0.6)
            self.ln(1.6)

    def other_cov(self, title: str, rows: list[tuple[str, str]], x: float | None = None, w: float | None = None,
                  size: float = 8.4, cap_w: float = 40, cols: int = 1):
        """A ruled block headed by a tinted title strip, listing another payer's particulars as caption / value
        rows (in `cols` columns)."""
        W = w or (self.w - self.l_margin - self.r_margin)
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        self.set_fill_color(210, 210, 210)
        self.rect(x0, y, W, 5.2, style="DF")
        self.set_fill_color(255, 255, 255)
        self.f(size, "B")
        self.set_xy(x0 + 1.5, y)
        self.cell(W - 3, 5.2, title)
        per = -(-len(rows) // cols)
        cw = W / cols
        lh = size * 0.5 + 1.2
        yy0 = y + 6.2
        for c in range(cols):
            yy_ = yy0
            for k, v in rows[c * per:(c + 1) * per]:
                self.set_xy(x0 + c * cw + 1.5, yy_)
                self.set_text_color(80, 80, 80)
                self.f(size - 1)
                self.cell(cap_w, lh, k)
                self.set_text_color(0, 0, 0)
                self.f(size)
                self.cell(cw - cap_w - 3, lh, v)
                yy_ += lh
        h = 6.2 + per * lh + 1.2
        self.rect(x0, y, W, h)
        self.set_xy(self.l_margin, y + h + 3)
