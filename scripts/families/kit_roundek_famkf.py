"""Drawing helpers for round EK, helper famkf (papers mirrored from a Medicare Advantage plan's provider remittance
advice and member claim summaries; an invented injury plan for the members of coal-mine rescue teams).

Why: both families print one refused claim or line among many paid ones, told only by a code that is explained
somewhere else on the paper, and this round asks for a few shapes the older kits do not draw:
- a claims table broken across pages that says so: "continued on next page" under the last row, a carried-forward
  subtotal, then at the top of the next page a short strip ("... continued") and the column heading again, with
  every other row shaded (carry_table);
- a claim header line in a remittance whose member number stands bare between the patient's name and the
  captioned account and claim numbers (the member number has no caption of its own);
- a remittance announcement box drawn with asterisks in the line printer's face (star_box);
- prose set in two or three columns with a thin rule between them, as the Part C EOB model asks for (cols);
- ruled boxes whose caption sits at the right end of the box, beside the value, in small grey type (beside_caps);
- a reference line of bare identifiers joined by slashes ("Our ref.: ... / ... / ...") (ref_line);
- an office's interoffice routing slip, a page of its own that belongs to no document (routing_slip).
Everything else comes from round EJ's JFSheet and what it inherits (running header `every`, small running footer
`ids_foot`, right-half pairs, money box, glossary, over_boxes, hung, wrap_open, strip_boxes, date_roles). Every
name and number printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundej_famjf import (JFSheet, add_months, business_days, dmy_dash, es_date, es_wday, iso,  # noqa: F401
                               long, m2, mdy_dots, n2, ord_long, out, plus, slash, truth, usd, wday_long, workday,
                               ymd_slash, yy)
from public_kit import MONTHS_ES, digits  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# Medicare members: given names of people born in the 1940s and 1950s, surnames of the English north-east
MA_F = ["Arlette", "Bettina", "Coralie", "Dorinda", "Evangeline", "Florence", "Gwendolyn", "Hyacinth", "Imelda",
        "Jacinta", "Lavinia", "Mavis", "Nanette", "Ottoline", "Prudence", "Roberta", "Sybil", "Thomasina", "Ursula",
        "Velma"]
MA_M = ["Alvin", "Barnaby", "Clarence", "Delbert", "Elmer", "Floyd", "Grover", "Homer", "Irving", "Jasper", "Lyle",
        "Merle", "Norris", "Orville", "Percival", "Rupert", "Sherman", "Virgil", "Wendell", "Zebulon"]
MA_LAST = ["Ackroyd", "Bramhall", "Catterick", "Dinsdale", "Egglestone", "Fawdon", "Garside", "Hepplewhite",
           "Ilderton", "Jobling", "Kirkup", "Lumsden", "Mattinson", "Ogle", "Pattinson", "Shotton", "Tindale",
           "Urwin", "Vipond", "Wardle", "Yellowley", "Blenkinsop", "Charlton", "Dodd", "Fenwick", "Heron",
           "Milburn", "Storey"]
# coal-country team members and clinicians
MR_M = ["Boyd", "Cletus", "Darrell", "Earl", "Gentry", "Harlan", "Jody", "Lonnie", "Marlin", "Odell", "Rayburn",
        "Shelby", "Travis", "Waylon", "Curtis", "Dwayne", "Roscoe", "Virgil", "Loyd", "Emmitt"]
MR_F = ["Brandi", "Crystal", "Darla", "Jolene", "Kendra", "Lorna", "Misty", "Rhonda", "Tammy", "Wanda", "Shawna",
        "Deanna"]
MR_LAST = ["Akers", "Blankenship", "Collins-Hatfield", "Damron", "Estep", "Fugate", "Gibbs", "Hager", "Justice",
           "Kinser", "Lambert", "Mullins", "Napier", "Osborne", "Prater", "Ratliff", "Slone", "Tackett", "Vance",
           "Wireman", "Yates", "Caudill", "Bevins", "Sturgill"]
ES_F = ["Araceli", "Benigna", "Cirenia", "Dalia", "Eréndira", "Fidelina", "Graciela", "Hortensia", "Itzel",
        "Leticia", "Maricela", "Noemí"]
ES_M = ["Adalberto", "Baudelio", "Cirilo", "Delfino", "Eleuterio", "Fortino", "Gumaro", "Hilario", "Jacinto",
        "Lázaro", "Melquiades", "Nicanor"]
ES_LAST = ["Alcántara", "Benavides", "Carmona", "Delgadillo", "Escobedo", "Figueroa", "Holguín", "Lucero",
           "Mireles", "Olvera", "Peralta", "Rentería", "Saucedo", "Treviño", "Zepeda", "Barragán"]


def people(rng: random.Random, n: int, kind: str = "ma", sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; kind 'ma' (Medicare members and staff),
    'mr' (coal country) or 'es' (Spanish); sexes: optional F / M / X a person."""
    pools, last = {"ma": ({"F": MA_F, "M": MA_M}, MA_LAST), "mr": ({"F": MR_F, "M": MR_M}, MR_LAST),
                   "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(), []
    while len(got) < n:
        f, la = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"]), rng.choice(last)
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {la}")
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


def phone(rng: random.Random, area: str = "570") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def dd_mon_yy(d: dt.date) -> str:
    """04MAR26 (a claims system's compact date)"""
    return d.strftime("%d%b%y").upper()


def money_cr(v: float) -> str:
    """an adjustment printed with a trailing minus: 12.40-"""
    return f"{v:,.2f}-"


class KFSheet(JFSheet):
    """JFSheet plus a claims table broken across pages with carried subtotals, an asterisk announcement box, prose in
    two or three columns, boxes with captions beside their values and a bare reference line."""

    def star_box(self, lines: list[str], size: float = 7.4, width: int = 96):
        """An announcement box drawn with asterisks in the monospace face (the remittance's message area)."""
        self.set_font("Mono", "B", size)
        bar = "*" * width
        rows = [bar] + [f"* {ln:<{width - 4}} *" for ln in lines] + [bar]
        for r in rows:
            self.set_x(self.l_margin)
            self.cell(0, size * 0.46, r, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def carry_table(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.4,
                    row_h: float = 4.4, foot_room: float = 30, cont_strip: str = "", carry: tuple | None = None,
                    zebra: bool = True, face: str | None = None):
        """A table that runs over pages and says so. A row is a list of cells, ("span", text) for a bold claim line
        across the table, ("bold", cells) for a total with a rule above it, ("gap",) for a little space or
        ("break",) to go on at the top of the next page. At each break the last line reads "Continued on next
        page"; if `carry` = (label column index, money column index) a "Subtotal carried forward" row with the
        running sum of that column (over plain rows) is printed before the break and "Brought forward" after it;
        the next page opens with `cont_strip` in a shaded band and the column heading again. `face` 'Mono' prints
        the rows in the monospace face."""
        x0 = self.l_margin
        W = sum(widths)
        running = [0.0]

        def heading():
            self.f(size - 0.3, "B")
            lh = (size - 0.3) * 0.43
            n = max(len(self.multi_cell(w - 0.8, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            self.set_fill_color(215, 215, 215)
            self.rect(x0, y, W, n * lh + 1.6, style="F")
            self.set_fill_color(255, 255, 255)
            x = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(x + 0.4, y + 0.8)
                self.multi_cell(w - 0.8, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            self.set_xy(x0, y + n * lh + 2.2)

        def money_of(s: str) -> float:
            try:
                return float(s.replace("$", "").replace(",", "").rstrip("-"))
            except ValueError:
                return 0.0

        def cells_row(cells, bold=False, shade=False):
            if shade:
                self.set_fill_color(242, 242, 242)
                self.rect(x0, self.get_y(), W, row_h, style="F")
                self.set_fill_color(255, 255, 255)
            if face == "Mono":
                self.set_font("Mono", "B" if bold else "", size - 0.4)
            else:
                self.f(size, "B" if bold else "")
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)

        def brk():
            if carry:
                lab, col = carry
                cells = [""] * len(widths)
                cells[lab] = "Subtotal carried forward"
                cells[col] = f"{running[0]:,.2f}"
                self.line_seg(x0, self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
                cells_row(cells, bold=True)
            self.f(size - 0.4)
            self.set_x(x0)
            self.cell(W, 4, "Continued on next page", align="R", new_x="LMARGIN", new_y="NEXT")
            self.add_page()
            if cont_strip:
                self.set_fill_color(60, 60, 60)
                self.set_text_color(255, 255, 255)
                self.f(size + 0.6, "B")
                self.set_x(x0)
                self.cell(W, 5.4, "  " + cont_strip, fill=True, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.set_fill_color(255, 255, 255)
                self.ln(1.5)
            heading()
            if carry:
                lab, col = carry
                cells = [""] * len(widths)
                cells[lab] = "Brought forward"
                cells[col] = f"{running[0]:,.2f}"
                cells_row(cells, bold=True)

        heading()
        k = 0
        for r in rows:
            if isinstance(r, tuple) and r[0] == "break":
                brk()
                continue
            if self.get_y() + row_h + 1 > self.h - foot_room:
                brk()
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.4)
                continue
            if isinstance(r, tuple) and r[0] == "span":
                if face == "Mono":
                    self.set_font("Mono", "B", size - 0.4)
                else:
                    self.f(size, "B")
                self.set_x(x0)
                self.cell(W, row_h + 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            if isinstance(r, tuple) and r[0] == "bold":
                self.line_seg(x0, self.get_y() + 0.2, x0 + W, self.get_y() + 0.2)
                self.set_y(self.get_y() + 0.4)
                cells_row(r[1], bold=True)
                continue
            cells_row(r, shade=zebra and k % 2 == 1)
            if carry:
                running[0] += money_of(r[carry[1]])
            k += 1
        self.ln(2)

    def cols(self, columns: list[list[tuple[str, str]]], size: float = 8.6, gap: float = 5, rules: bool = True):
        """Prose in len(columns) columns: each column a list of (heading, text) blocks, thin rules between."""
        W = self.w - self.l_margin - self.r_margin
        n = len(columns)
        cw = (W - gap * (n - 1)) / n
        y0 = self.get_y()
        ends = []
        for i, blocks in enumerate(columns):
            x = self.l_margin + i * (cw + gap)
            self.set_xy(x, y0)
            for head, text in blocks:
                if head:
                    self.set_x(x)
                    self.f(size + 0.6, "B")
                    self.multi_cell(cw, size * 0.52, head, new_x="LEFT", new_y="NEXT")
                    self.ln(0.6)
                self.set_x(x)
                self.f(size)
                self.multi_cell(cw, size * 0.46, text, new_x="LEFT", new_y="NEXT", markdown=True, align="L")
                self.ln(1.6)
            ends.append(self.get_y())
        if rules:
            for i in range(1, n):
                xr = self.l_margin + i * (cw + gap) - gap / 2
                self.line_seg(xr, y0, xr, max(ends) - 1)
        self.set_xy(self.l_margin, max(ends) + 1)

    def beside_caps(self, rows: list[list[tuple[str, str, float]]], size: float = 9.2, cap: float = 6.0,
                    h: float = 7.4):
        """Rows of ruled boxes of (value, caption, width): the value in bold at the left of the box, its caption in
        small grey type at the right end of the same box (the caption beside, after, the value)."""
        for row in rows:
            x = self.l_margin
            y = self.get_y()
            for v, k, w in row:
                self.rect(x, y, w, h)
                self.set_xy(x + 1.4, y + (h - size * 0.45) / 2)
                self.f(size, "B")
                self.cell(w * 0.62, size * 0.45, v)
                self.set_text_color(90, 90, 90)
                self.f(cap)
                kw = self.get_string_width(k) + 1
                self.set_xy(x + w - kw - 1.2, y + (h - cap * 0.45) / 2 + 0.4)
                self.cell(kw, cap * 0.45, k)
                self.set_text_color(0, 0, 0)
                x += w
            self.set_xy(self.l_margin, y + h)
        self.ln(2.5)

    def ref_line(self, lead: str, ids: list[str], size: float = 9.2):
        """'Our ref.: A / B / C' - identifiers with no caption of their own, joined by slashes."""
        self.f(size, "B")
        self.set_x(self.l_margin)
        self.cell(self.get_string_width(lead) + 2, size * 0.5, lead)
        self.f(size)
        self.cell(0, size * 0.5, " / ".join(ids), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


def routing_slip(office: str, lines: list[str], to: list[str], frm: str, date_s: str, items: list[str],
                 actions: list[tuple[bool, str]], note: list[str]) -> bytes:
    """An office's interoffice routing slip (ROUTE TO lines with initials and dates, what is attached, action boxes,
    a hand note): a page of its own in front of the papers it travels with; it belongs to no document."""
    p = KFSheet(footer=None)
    p.set_margins(26, 22, 26)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 8, office, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    for ln in lines:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    W = p.w - p.l_margin - p.r_margin
    p.f(20, "B")
    p.cell(W, 11, "ROUTING SLIP", border="TB", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(9, "B")
    p.cell(W * 0.1, 6, "#")
    p.cell(W * 0.5, 6, "Route to")
    p.cell(W * 0.2, 6, "Initials")
    p.cell(W * 0.2, 6, "Date", new_x="LMARGIN", new_y="NEXT")
    for i, t in enumerate(to + ["", ""]):
        p.f(10)
        p.cell(W * 0.1, 8, f"{i + 1}.")
        p.cell(W * 0.5, 8, t)
        y = p.get_y() + 7
        p.line_seg(p.l_margin + W * 0.6, y, p.l_margin + W * 0.78, y)
        p.line_seg(p.l_margin + W * 0.8, y, p.l_margin + W, y)
        p.ln(8)
    p.ln(3)
    p.pairs([("From", frm), ("Date", date_s)], label_w=24, size=10)
    p.ln(2)
    p.f(10, "B")
    p.cell(0, 6, "Attached", new_x="LMARGIN", new_y="NEXT")
    for it in items:
        p.f(10)
        p.cell(6, 5.6, "-")
        p.cell(0, 5.6, it, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for on, txt in actions:
        p.f(9.6)
        p.cell(4.5, 4.5, "X" if on else "", border=1, align="C")
        p.cell(80, 4.5, "  " + txt, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.6)
    p.ln(4)
    p.f(10, "B")
    p.cell(0, 6, "Note", new_x="LMARGIN", new_y="NEXT")
    for ln in note:
        p.para(ln, 10.5)
    return out(p)
