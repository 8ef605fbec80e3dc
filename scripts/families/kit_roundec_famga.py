"""Drawing helpers for round EC, helper famga (HRSA's COVID-19 Uninsured Program: provider remittances, claim
letters to providers and patients; an invented short-term limited-duration health plan refusing claims for
conditions it calls pre-existing, with look-back periods and medical-records requests).

Why: both families print an ID the program or plan gave the patient beside another number a labeller must not
take (a state Medicaid number, a hospital account, a pharmacy account, an application number), so they need an
"ID panel" of side-by-side captioned cells; remittance listings with a subtotal row per claim, a totals row and
money printed the way adjustments are printed (413.00-, (413.00), 413.00 USD); a portal "print view" with a
breadcrumb bar; an advocate's and a provider office's letterhead for cover letters; and dates written as real
mail writes spans ("03/04/26 - 03/09/26", "4-9 Mar 2026", "from March 4 through March 9, 2026", "Tue 03/17/2026").
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeb_famff import EBSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Annika", "Bertram", "Calista", "Dorian", "Evangeline", "Florian", "Gwendolyn", "Horace", "Isadora",
         "Jasper", "Katrina", "Leopold", "Marisa", "Nikolai", "Ottilie", "Prosper", "Rosamund", "Silas", "Tamsin",
         "Ulric", "Vivienne", "Wilbur", "Xavier", "Yvette", "Zachariah", "Ainsley", "Benedikt", "Clementine",
         "Delphine", "Emrys"]
LAST = ["Applegarth", "Birkhead", "Coldwell", "Dimmock", "Earnshaw", "Fothergill", "Grisham", "Hollins", "Ingleby",
        "Jarrell", "Kirkbride", "Lockyer", "Merriweather", "Nettleton", "Oakes", "Pendergast", "Ravenscroft",
        "Scarborough", "Thackeray", "Umfreville", "Varga", "Wakefield", "Yelverton", "Zimmerley", "Ackroyd",
        "Blenkinsop"]
FIRST_ES = ["Eulalia", "Ruperto", "Marisela", "Gumersindo", "Leticia", "Evaristo", "Perla", "Nicanor", "Yadira",
            "Anastasio", "Olivia", "Crescencio"]
LAST_ES = ["Echeverría", "Alvarado", "Castañeda", "Villalobos", "Santillán", "Betancourt", "Orozco", "Mireles",
           "Pacheco", "Ybarra", "Quiñones", "Solórzano"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
CONFUSE = "OISBZ"


def people(rng: random.Random, n: int, es: bool = False, maxlen: int = 40) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (so a decoy never matches the truth);
    maxlen keeps names short enough for a narrow table column."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen or len(f) + len(last) + 4 > maxlen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def phone(rng: random.Random, area: str = "866") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng: random.Random, lo: int = 1962, hi: int = 2001) -> dt.date:
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def weekday_on(d: dt.date, wd: int) -> dt.date:
    """The first date on or after d that falls on weekday wd (0 = Monday)."""
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def mixed_id(rng: random.Random, n: int, letters: int = 2) -> str:
    """n characters, mostly digits, with `letters` of the letters OCR mistakes for digits (O I S B Z)."""
    chars = [rng.choice("0123456789") for _ in range(n)]
    chars[0] = str(rng.randint(1, 9))
    for i in rng.sample(range(1, n), letters):
        chars[i] = rng.choice(CONFUSE)
    return "".join(chars)


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    """'U4B07S28' -> 'U4B 07S 28' (grouping the way a card or a letter prints it)."""
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def span_dash(a: dt.date, b: dt.date) -> str:
    """03/04/26 - 03/09/26"""
    return f"{a.strftime('%m/%d/%y')} - {b.strftime('%m/%d/%y')}"


def span_dmy(a: dt.date, b: dt.date) -> str:
    """4-9 Mar 2026 (same month) or 28 Feb-3 Mar 2026."""
    if a.month == b.month:
        return f"{a.day}-{b.day} {b.strftime('%b %Y')}"
    return f"{a.day} {a.strftime('%b')}-{b.day} {b.strftime('%b %Y')}"


def span_words(a: dt.date, b: dt.date) -> str:
    """from March 4 through March 9, 2026"""
    return f"from {a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def dshort(d: dt.date) -> str:
    """Tue 03/17/2026"""
    return d.strftime("%a %m/%d/%Y")


def dshort2(d: dt.date) -> str:
    """Mon 04/06/26"""
    return d.strftime("%a %m/%d/%y")


def dlong(d: dt.date) -> str:
    """Friday, June 19, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def dupper(d: dt.date) -> str:
    """14-APR-2026"""
    return d.strftime("%d-%b-%Y").upper()


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]} {s}" if weekday else s


def es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def n2(v: float) -> str:
    return f"{v:,.2f}"


def trail(v: float) -> str:
    """413.00- (an adjustment as a remittance prints it)."""
    return f"{v:,.2f}-" if v else "0.00"


def paren(v: float) -> str:
    return f"({v:,.2f})" if v else "0.00"


def usd_after(v: float) -> str:
    """1,234.50 USD"""
    return f"{v:,.2f} USD"


class ECSheet(EBSheet):
    """EBSheet plus an ID panel, a remittance listing with claim subtotals, a portal bar and office letterheads."""

    def idpanel(self, cells: list[tuple[str, str]], widths: list[float] | None = None, cap: float = 6.0,
                size: float = 9.6, h: float = 11.5, title: str | None = None):
        """Side-by-side ruled cells, each with its caption at the top left in small capitals and the value in bold
        under it; an optional title band above (e.g. 'PATIENT')."""
        W = self.w - self.l_margin - self.r_margin
        widths = widths or [W / len(cells)] * len(cells)
        if title:
            self.set_fill_color(225, 225, 225)
            self.f(6.8, "B")
            self.cell(sum(widths), 4.2, " " + title.upper(), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255, 255, 255)
        y = self.get_y()
        x = self.l_margin
        for (k, v), cw in zip(cells, widths):
            self.rect(x, y, cw, h)
            self.set_xy(x + 1.2, y + 0.9)
            self.f(cap, "B")
            self.cell(cw - 2, cap * 0.42, k.upper())
            self.set_xy(x + 1.2, y + 0.9 + cap * 0.42 + 1.4)
            sz = size
            self.f(sz, "B")
            while self.get_string_width(v) > cw - 2.6 and sz > 6.0:   # shrink a long value to fit its cell
                sz -= 0.3
                self.f(sz, "B")
            self.cell(cw - 2, size * 0.45, v)
            x += cw
        self.set_xy(self.l_margin, y + h + 2.5)

    def remit(self, head: list[str], claims: list[dict], widths: list[float], nmoney: int, size: float = 6.9,
              sub_label: str = "Clm total", tot_label: str = "RA TOTALS", fmt=None, row_h: float = 4.7):
        """claims: [{"lead": [cells on the claim's first line], "lines": [[mid cells..., money..., code]]}];
        the last nmoney+1 cells of a line are its money values (floats) and a code. A subtotal row per claim and a
        totals row. fmt(col_index, value) formats money (default 1,234.50). Returns (subtotals per claim, totals)."""
        fmt = fmt or (lambda i, v: n2(v))
        rows, subs, tot = [], [], [0.0] * nmoney
        nlead = len(claims[0]["lead"])
        for c in claims:
            sub = [0.0] * nmoney
            for i, ln in enumerate(c["lines"]):
                lead = c["lead"] if i == 0 else [""] * nlead
                mid, vals, code = ln[:-(nmoney + 1)], ln[-(nmoney + 1):-1], ln[-1]
                rows.append(lead + mid + [fmt(j, v) for j, v in enumerate(vals)] + [code])
                sub = [a + b for a, b in zip(sub, vals)]
            nmid = len(c["lines"][0]) - nmoney - 1
            rows.append([""] * nlead + [sub_label] + [""] * (nmid - 1) + [fmt(j, v) for j, v in enumerate(sub)]
                        + [""])
            subs.append([round(v, 2) for v in sub])
            tot = [a + b for a, b in zip(tot, sub)]
        nmid = len(claims[0]["lines"][0]) - nmoney - 1
        rows.append([tot_label] + [""] * (nlead + nmid - 1) + [fmt(j, v) for j, v in enumerate(tot)] + [""])
        aligns = ["L"] * (nlead + nmid) + ["R"] * nmoney + ["C"]
        self.table(head, rows, widths, size=size, aligns=aligns, bold_last=True, row_h=row_h)
        return subs, [round(v, 2) for v in tot]

    def portal_bar(self, crumb: str, tabs: list[str], active: int = 0, note: str = ""):
        """A grey breadcrumb strip and a row of tab boxes (the active one filled), as a portal's print view shows."""
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(232, 232, 232)
        self.f(7.6)
        self.cell(W * 0.7, 5.2, " " + crumb, fill=True)
        self.f(6.8)
        self.cell(W * 0.3, 5.2, note + " ", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)
        x = self.l_margin
        y = self.get_y()
        for i, t in enumerate(tabs):
            self.f(7.8, "B" if i == active else "")
            tw = self.get_string_width(t) + 8
            if i == active:
                self.set_fill_color(60, 60, 60)
                self.set_text_color(255, 255, 255)
            self.set_xy(x, y)
            self.cell(tw, 5.6, t, border=1, align="C", fill=i == active)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            x += tw + 1.5
        self.set_xy(self.l_margin, y + 8)

    def office_head(self, name: str, sub: str, lines: list[str], size: float = 15):
        """A centred office letterhead (a legal aid office, a practice's billing office) with a double rule."""
        self.f(size, "B")
        self.cell(0, size * 0.5, name, align="C", new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.f(9.6)
            self.cell(0, 5, sub, align="C", new_x="LMARGIN", new_y="NEXT")
        self.f(7.6)
        for ln in lines:
            self.cell(0, 3.8, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.5
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.line_seg(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.set_y(y + 5)

    def left_head(self, name: str, lines: list[str], right: list[str], size: float = 13):
        """Name and contact lines at the left, a small right-aligned block (office hours, a unit) at the right."""
        y = self.get_y()
        self.f(size, "B")
        self.cell(0, size * 0.5, name, new_x="LMARGIN", new_y="NEXT")
        self.f(7.8)
        for ln in lines:
            self.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
        end = self.get_y()
        self.set_y(y)
        for ln in right:
            self.f(7.8)
            self.cell(0, 3.8, ln, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(end, self.get_y()) + 1)
        self.rule(3)

    def boxed_note(self, title: str, text: str, size: float = 8.8):
        """A ruled box with a bold title line and a paragraph inside (a 'why' box beside a table)."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size + 0.4, "B")
        self.cell(W - 4, size * 0.5, title, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin + 2)
        self.f(size)
        self.multi_cell(W - 4, size * 0.47, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        y1 = self.get_y() + 1.5
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_y(y1 + 2.5)
