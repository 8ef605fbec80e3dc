"""Drawing helpers for round EI, helper famif (a Medicare contractor's papers on the routine costs of a qualifying
clinical trial and a summary notice to the person in the trial; an invented ski resort operator's limited medical
plan for seasonal workers with fixed amounts per visit and per day).

Why: both families put one case on several pages beside many other numbers, and the Medicare papers follow a shape
the older kits do not draw: a summary notice whose first page is a row of framed panels (deductible, a yes/no
question in large type, what the person may be billed, the providers this period) and whose later pages hold one
block per provider with a short table and lettered notes; a Spanish twin of it; an unruled remittance listing whose
header repeats on the next page. The seasonal plan needs a benefit-schedule box (fixed dollars per visit or per day
and the yearly counts used), a visit counter, a check stub under a perforation and a two-column letter. The kit
builds on round EH's LFSheet (unruled table, glossary, taglines, two signatures, right-half pairs, subject line,
money box) and EHSheet (ruled glossary, check stub, small running footer of identifiers). Dates in the shapes real
mail uses: "March 4th, 2026", "4-Mar-2026", "03.04.2026" (month first), "2026/03/04", "Tuesday, March 4, 2026",
"4 de marzo de 2026". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import random

from kit_roundeh_famlb import EHSheet
from kit_roundeh_famlf import (LFSheet, add_months, dmy_dash, es_date, es_wday, grouped, iso, long,  # noqa: F401
                               mdy_dots, month_end, n2, office_cover, ord_long, ordinal, plus, slash, usd,
                               wday_long, workday, ymd_slash, yy)
from public_kit import MONTHS_ES, digits, mbi, m2, out, truth  # noqa: F401

# --- people (invented pairings) ----------------------------------------------------------------------------------
FIRST_F = ["Annabeth", "Briony", "Clementine", "Delphine", "Eudora", "Fenella", "Georgiana", "Honora", "Isolde",
           "Juniper", "Katriona", "Leonie", "Maribel", "Nerissa", "Oriana", "Perpetua", "Rosamund", "Sunniva",
           "Theodora", "Verity"]
FIRST_M = ["Ambrose", "Benedict", "Cormac", "Desmond", "Evander", "Fergus", "Gideon", "Hamish", "Ignatius",
           "Jolyon", "Kit", "Lysander", "Mungo", "Niall", "Osric", "Peregrine", "Quentin", "Roderick", "Tarquin",
           "Wystan"]
LAST = ["Abernethy", "Blennerhassett", "Cruickshank", "Dalrymple", "Ellwood", "Farquharson", "Gilchrist",
        "Haverford", "Inchbald", "Jardine", "Kilbride", "Loxley", "Mackintosh", "Nethercott", "Ormerod",
        "Pendlebury", "Quayle", "Rattray", "Strachan", "Tolliver", "Urquhart", "Vardy", "Whitelaw", "Yardley",
        "Allardyce", "Buckmaster", "Colquhoun", "Dewhurst", "Esslemont", "Fairweather", "Greatorex", "Hathersage"]
FIRST_ES_F = ["Amparo", "Belén", "Consuelo", "Dulce", "Esperanza", "Filomena", "Guadalupe", "Inés", "Lourdes",
              "Milagros", "Socorro", "Yolanda"]
FIRST_ES_M = ["Anselmo", "Baltasar", "Clemente", "Domingo", "Efraín", "Feliciano", "Genaro", "Isidro", "Macario",
              "Porfirio", "Rigoberto", "Tranquilino"]
LAST_ES = ["Aguirre", "Bustamante", "Cervantes", "Durán", "Echeverría", "Fuentes", "Gallegos", "Huerta",
           "Ibarra", "Jaramillo", "Landeros", "Maldonado", "Nava", "Ocampo", "Quiñones", "Sepúlveda", "Tovar",
           "Urías", "Villegas", "Zamudio"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; sexes: optional F / M / X a person."""
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M,
             "X": (FIRST_ES_F + FIRST_ES_M) if es else (FIRST_F + FIRST_M)}
    last = LAST_ES if es else LAST
    seen, got = set(), []
    while len(got) < n:
        f, la = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"]), rng.choice(last)
        if f in seen or la in seen:
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {la}")
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


def phone(rng: random.Random, area: str = "970") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def mbi_dash(m: str) -> str:
    """1EG4-TE5-MK73 (the way a Medicare card groups the eleven characters)"""
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def mbi_masked(m: str) -> str:
    """XXXX-XX5-MK73: a summary notice prints only the last characters"""
    return f"XXXX-XX{m[6]}-{m[7:]}"


def nct(rng: random.Random) -> str:
    """A clinical trial registry number shape (NCT and eight digits), invented."""
    return "NCT0" + digits(rng, 7)


# --- money in Spanish papers --------------------------------------------------------------------------------------
def usd_es(v: float) -> str:
    return f"${v:,.2f}"


class IFSheet(LFSheet, EHSheet):
    """LFSheet + EHSheet plus framed panels with a dark title strip (a summary notice's first page), a yes/no panel
    in large type, a provider block with lettered notes, a benefit-schedule box with the yearly counts used, and a
    small-type running footer line of identifiers (ids_foot, from EHSheet)."""

    def ruled_glossary(self, *a, **k):
        return EHSheet.glossary(self, *a, **k)

    def panel(self, title: str, body: list, x: float, y: float, w: float, size: float = 8.6,
              shade: int = 50) -> float:
        """A framed panel: a dark strip with the white title, then body items: a string is a paragraph, ("big", s)
        a line in large bold type, ("kv", k, v) a caption with its value flush right, ("b", s) a bold line.
        Returns the y under the panel."""
        self.set_fill_color(shade, shade, shade)
        self.set_text_color(255, 255, 255)
        self.set_xy(x, y)
        self.f(size + 0.8, "B")
        self.cell(w, size * 0.62, " " + title, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        yy_ = y + size * 0.62 + 1.5
        for it in body:
            self.set_xy(x + 2, yy_)
            if isinstance(it, str):
                self.f(size)
                self.multi_cell(w - 4, size * 0.46, it, new_x="LEFT", new_y="NEXT", markdown=True)
            elif it[0] == "big":
                self.f(size + 7, "B")
                self.cell(w - 4, (size + 7) * 0.5, it[1], new_x="LEFT", new_y="NEXT")
            elif it[0] == "b":
                self.f(size, "B")
                self.multi_cell(w - 4, size * 0.48, it[1], new_x="LEFT", new_y="NEXT")
            elif it[0] == "kv":
                self.f(size)
                self.cell((w - 4) * 0.66, size * 0.5, it[1])
                self.f(size, "B")
                self.cell((w - 4) * 0.34, size * 0.5, it[2], align="R", new_x="LEFT", new_y="NEXT")
                self.set_x(x + 2)
            yy_ = self.get_y() + 1.2
        self.rect(x, y, w, yy_ - y + 0.5)
        return yy_ + 0.5

    def panel_columns(self, left: list[tuple[str, list]], right: list[tuple[str, list]], split: float = 0.5,
                      gap: float = 5, size: float = 8.6):
        """Two columns of panels on one band (the left column split wide, the right narrower when split > .5)."""
        W = self.w - self.l_margin - self.r_margin
        lw = (W - gap) * split
        rw = W - gap - lw
        y0 = self.get_y()
        ends = []
        for x, w, items in ((self.l_margin, lw, left), (self.l_margin + lw + gap, rw, right)):
            y = y0
            for title, body in items:
                y = self.panel(title, body, x, y, w, size=size) + 3
            ends.append(y)
        self.set_xy(self.l_margin, max(ends) + 1)

    def provider_block(self, name: str, lines: list[str], right: list[tuple[str, str]], size: float = 8.8):
        """A provider's block on a summary notice: the name in bold, its address lines, and at the right the
        claim's identifiers as caption / value lines."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.f(size + 1, "B")
        self.multi_cell(W * 0.55, size * 0.55, name, new_x="LMARGIN", new_y="NEXT")
        for ln in lines:
            self.f(size)
            self.cell(W * 0.55, size * 0.47, ln, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        yy_ = y0
        for k, v in right:
            self.set_xy(self.l_margin + W * 0.56, yy_)
            self.f(size - 0.6)
            self.cell(W * 0.18, size * 0.5, k)
            self.f(size, "B")
            self.cell(W * 0.26, size * 0.5, v)
            yy_ += size * 0.5 + 0.5
        self.set_xy(self.l_margin, max(y1, yy_) + 2)

    def notes(self, title: str, items: list[tuple[str, str]], size: float = 8.6):
        """Lettered notes under a claim: a bold title, then 'A  text' lines with the letter in a small frame."""
        self.f(size + 0.6, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        W = self.w - self.l_margin - self.r_margin
        for k, text in items:
            y = self.get_y()
            self.f(size, "B")
            self.set_xy(self.l_margin, y)
            self.cell(6, size * 0.5, k, border=1, align="C")
            self.set_xy(self.l_margin + 8, y)
            self.f(size)
            self.multi_cell(W - 8, size * 0.48, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
            self.ln(1.2)
        self.ln(1)

    def schedule_box(self, title: str, head: list[str], rows: list[list[str]], widths: list[float],
                     size: float = 8.0, note: str = ""):
        """A benefit schedule: a framed box with a shaded header row (benefit, fixed amount, yearly limit, used so
        far) and thin rules between rows."""
        W = sum(widths)
        x0 = self.l_margin
        y = self.get_y()
        self.f(size + 1, "B")
        self.set_xy(x0, y)
        self.cell(W, 5.2, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y()
        self.set_fill_color(228, 228, 228)
        self.rect(x0, y, W, 5.2, style="DF")
        xx = x0
        self.f(size - 0.4, "B")
        for h, w in zip(head, widths):
            self.set_xy(xx + 1, y + 0.7)
            self.cell(w - 2, 3.8, h)
            xx += w
        self.set_fill_color(255, 255, 255)
        y += 5.2
        for r in rows:
            xx = x0
            self.f(size)
            for i, (c, w) in enumerate(zip(r, widths)):
                self.set_xy(xx + 1, y + 0.6)
                self.cell(w - 2, 3.8, c, align="L" if i == 0 else "R")
                xx += w
            y += 5
            self.line_seg(x0, y, x0 + W, y)
        self.rect(x0, y - 5 * len(rows) - 5.2, W, 5 * len(rows) + 5.2)
        self.set_xy(x0, y + 1)
        if note:
            self.f(size - 0.8)
            self.multi_cell(W, (size - 0.8) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, self.get_y() + 3)

    def counter(self, label: str, used: int, cap: int, x: float, y: float, size: float = 8.4):
        """A row of small squares, filled for the visits used (a visit counter on a benefit statement)."""
        self.set_xy(x, y)
        self.f(size, "B")
        lw = self.get_string_width(label) + 3
        self.cell(lw, 4.4, label)
        for i in range(cap):
            self.rect(x + lw + i * 5.4, y + 0.4, 4.2, 3.6, style="DF" if i < used else "D")
        self.set_xy(x + lw + cap * 5.4 + 2, y)
        self.f(size)
        self.cell(30, 4.4, f"{used} of {cap}")
        self.set_xy(self.l_margin, y + 6)

    def listing(self, head: list[str], rows: list, widths: list[float], aligns: list[str], size: float = 7.0,
                row_h: float = 4.2, cont: str = "", foot_room: float = 26):
        """An unruled claims listing: a bold header with a thin rule under it, then rows; a row is a list of cells,
        ("span", text) for a claim's heading line in bold across the table, ("bold", cells) for a claim total or the
        totals row (a thin rule above it), ("gap",) for a little space. When a row would run into the foot of the
        page, a new page starts with `cont` and the header again."""
        x0 = self.l_margin
        W = sum(widths)

        def header():
            self.f(size - 0.3, "B")
            lh = (size - 0.3) * 0.43
            n = max(len(self.multi_cell(w - 0.6, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            x = x0
            for h, w, a in zip(head, widths, aligns):
                k = len(self.multi_cell(w - 0.6, lh, h, dry_run=True, output="LINES"))
                self.set_xy(x, y + (n - k) * lh)
                self.multi_cell(w - 0.6, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                x += w
            y += n * lh + 0.7
            self.line_seg(x0, y, x0 + W, y)
            self.set_xy(x0, y + 0.8)

        header()
        for r in rows:
            if self.get_y() + row_h + 1 > self.h - foot_room:
                self.add_page()
                if cont:
                    self.f(size + 1.2, "B")
                    self.set_x(x0)
                    self.cell(0, 5, cont, new_x="LMARGIN", new_y="NEXT")
                    self.ln(1)
                header()
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.4)
                continue
            if isinstance(r, tuple) and r[0] == "span":
                self.f(size, "B")
                self.set_x(x0)
                self.cell(W, row_h + 0.4, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            bold = isinstance(r, tuple) and r[0] == "bold"
            cells = r[1] if bold else r
            if bold:
                yy_ = self.get_y() + 0.2
                self.line_seg(x0, yy_, x0 + W, yy_)
                self.set_y(yy_ + 0.3)
            self.f(size, "B" if bold else "")
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.ln(2)
