"""Drawing helpers for round EH, helper famlf (an invented state's Medicaid demonstration with a monthly
community-engagement hours report; an invented truckers' association health plan for owner-operators with a
telemedicine-first rule and a nurse line).

Why: both families spread one case over several pages and print many numbers beside the ones that matter, so they
need a few layouts the older kits do not have: a claims table with no ruling lines at all whose numbers stand
right-aligned and whose header repeats when it runs onto the next page (the totals row then lands on the last
page), a code glossary set in two columns as on the back of a statement, a nondiscrimination notice and a block of
language-assistance taglines, two signature blocks side by side (a nurse reviewer and a medical director), an
address block at the left with caption/value pairs (no boxes) on the right half, an underlined subject line, a
framed money summary with right-aligned amounts, and a doctor's office fax cover sheet that belongs to no
document. Date shapes: "March 4th, 2026", "4-Mar-2026", "03.04.2026" (month first), "2026/03/04",
"Tuesday, March 4, 2026", "4 de marzo de 2026". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeg_famkf import FKSheet
from public_kit import MONTHS_ES, digits

FIRST_F = ["Arwen", "Blodwen", "Cressida", "Dulcie", "Elspeth", "Florian", "Gwenllian", "Hester", "Imogen",
           "Jacinta", "Kerensa", "Lavinia", "Morwenna", "Oriel", "Philippa", "Rosalba", "Sabina", "Tamsin"]
FIRST_M = ["Alaric", "Barnaby", "Crispin", "Dorian", "Ellery", "Fitzroy", "Gareth", "Horatio", "Ignatius",
           "Jasper", "Leander", "Magnus", "Percival", "Rufus", "Silas", "Thaddeus", "Wendell", "Zebulon"]
FIRST = FIRST_F + FIRST_M
LAST = ["Ackerley", "Birtwhistle", "Cattermole", "Dimmock", "Eckersley", "Fothergill", "Gorringe", "Hawtrey",
        "Ibbotson", "Jessop", "Kirkbride", "Lumsden", "Maddocks", "Northcote", "Oakshott", "Pilkington",
        "Quartermaine", "Rowntree", "Sowerby", "Thistlethwaite", "Umfreville", "Venables", "Wigglesworth",
        "Yelverton", "Ashburner", "Brimblecombe", "Challenor", "Drinkwater", "Fairclough", "Gladwin", "Heseltine",
        "Kettlewell", "Mottershead", "Openshaw", "Postlethwaite", "Sidebottom"]
FIRST_ES_F = ["Aurora", "Benigna", "Casilda", "Eulalia", "Fermina", "Gregoria", "Jovita", "Remedios"]
FIRST_ES_M = ["Bonifacio", "Cipriano", "Eleuterio", "Florencio", "Hilario", "Nicanor", "Sabino", "Teodulo"]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = ["Alvarado", "Betancourt", "Camarillo", "Delgadillo", "Escobedo", "Figueroa", "Guajardo", "Lomelí",
           "Mondragón", "Orozco", "Padilla", "Rentería", "Saldívar", "Valenzuela"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def people(rng: random.Random, n: int, es: bool = False, sexes: str = "") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); sexes is
    an optional string of F / M / X, one letter a person."""
    ls = LAST_ES if es else LAST
    pools = {"F": FIRST_ES_F if es else FIRST_F, "M": FIRST_ES_M if es else FIRST_M, "X": FIRST_ES if es else FIRST}
    seen, got = set(), []
    while len(got) < n:
        fs = pools[sexes[len(got)] if len(got) < len(sexes) else "X"]
        f, last = rng.choice(fs), rng.choice(ls)
        if f in seen or last in seen:
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRTVW')}. {last}")
    return got


def split_name(full: str) -> tuple[str, str, str]:
    parts = full.split()
    return parts[0], parts[1].rstrip("."), " ".join(parts[2:])


def last_first(full: str) -> str:
    """LAST, FIRST M"""
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, last = split_name(full)
    return f"{f} {last}"


def initial_last(full: str) -> str:
    """A. Last"""
    f, _, last = split_name(full)
    return f"{f[0]}. {last}"


def surname(full: str) -> str:
    return split_name(full)[2]


def phone(rng: random.Random, area: str = "406") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def add_months(d: dt.date, n: int) -> dt.date:
    """The same day n months later (the last day of that month when it is shorter)."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def month_end(d: dt.date) -> dt.date:
    return add_months(d.replace(day=1), 1) - dt.timedelta(days=1)


def tk_address(rng: random.Random) -> list[str]:
    """An invented street address in the invented State of Tamarack (postal code TK)."""
    town, z = rng.choice([("Fort Ambrose", "73104"), ("Silver Fork", "73122"), ("Hollins Ferry", "73140"),
                          ("Marlow Springs", "73157"), ("Cobble Hill", "73163"), ("New Dunmore", "73178"),
                          ("Whitlock", "73185"), ("Paxton Gap", "73196")])
    street = rng.choice(["Sawmill Rd", "Lower Ferry St", "Bluestem Ln Apt 3", "Coal Chute Rd", "Depot Row",
                         "Larch Ave Unit 7", "Old Stage Rd", "Tanner's Way", "Cutbank Dr", "Quarry Hill Ct"])
    return [f"{rng.randint(14, 2980)} {street}", f"{town}, TK {z}"]


def road_address(rng: random.Random) -> list[str]:
    """An invented home address of an owner-operator (real states, invented streets)."""
    town, st, z = rng.choice([("Effingham", "IL", "62401"), ("Joplin", "MO", "64801"), ("Amarillo", "TX", "79106"),
                              ("Gallup", "NM", "87301"), ("North Platte", "NE", "69101"), ("Dothan", "AL", "36301"),
                              ("Laramie", "WY", "82070"), ("Salina", "KS", "67401"), ("Texarkana", "AR", "71854")])
    street = rng.choice(["Fifth Wheel Ct", "Diesel Dr", "Kingpin Ln", "Drover Rd", "W Frontage Rd",
                         "Hay Meadow Ln", "Turnpike Trl", "Cattle Guard Rd", "Mile Post Ln Lot 14"])
    return [f"{rng.randint(100, 9800)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def slash(d: dt.date) -> str:
    """03/04/2026"""
    return d.strftime("%m/%d/%Y")


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def long(d: dt.date) -> str:
    """March 4, 2026"""
    return d.strftime("%B %-d, %Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_long(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"


def dmy_dash(d: dt.date) -> str:
    """4-Mar-2026"""
    return f"{d.day}-{d.strftime('%b')}-{d.year}"


def mdy_dots(d: dt.date) -> str:
    """03.04.2026 (month first, as US claims systems print it)"""
    return d.strftime("%m.%d.%Y")


def ymd_slash(d: dt.date) -> str:
    """2026/03/04"""
    return d.strftime("%Y/%m/%d")


def wday_long(d: dt.date) -> str:
    """Tuesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def es_date(d: dt.date) -> str:
    """4 de marzo de 2026"""
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


def usd_sp(v: float) -> str:
    """$ 1,234.50 (a sign set apart, as a check writer prints it)"""
    return f"$ {v:,.2f}"


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


TAGS = [
    ("Español", "ATENCIÓN: si habla español, puede pedir ayuda con el idioma sin costo. Llame al {p}."),
    ("Tiếng Việt", "CHÚ Ý: Nếu bạn nói Tiếng Việt, bạn có thể được giúp đỡ về ngôn ngữ miễn phí. Gọi số {p}."),
    ("Français", "ATTENTION : si vous parlez français, une aide linguistique gratuite vous est offerte. "
                 "Appelez le {p}."),
    ("Deutsch", "ACHTUNG: Wenn Sie Deutsch sprechen, erhalten Sie kostenlos sprachliche Hilfe. Rufen Sie {p} an."),
    ("Tagalog", "PAUNAWA: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa {p}."),
    ("Русский", "ВНИМАНИЕ: если вы говорите по-русски, вам бесплатно помогут с языком. Звоните {p}."),
    ("Kreyòl", "ATANSYON: si w pale Kreyòl ayisyen, gen èd nan lang ou gratis pou ou. Rele {p}."),
    ("Português", "ATENÇÃO: se fala português, tem à sua disposição ajuda gratuita com o idioma. Ligue {p}."),
    ("Polski", "UWAGA: jeśli mówisz po polsku, możesz bezpłatnie uzyskać pomoc językową. Zadzwoń pod {p}."),
    ("Italiano", "ATTENZIONE: se parla italiano, può ricevere gratuitamente assistenza linguistica. Chiami il {p}."),
    ("Diné", "Díí baa akó nínízin: Díí saad bee yáníłtiʼgo Diné Bizaad, saad bee áká'ánída'áwo'déé' t'áá jiik'eh. "
             "Kojį' hódíílnih {p}."),
]


class LFSheet(FKSheet):
    """FKSheet plus an unruled claims table that repeats its header across pages, a two-column code glossary,
    nondiscrimination and tagline blocks, side-by-side signatures, caption/value pairs on the right half beside an
    address, an underlined subject line and a framed money summary."""

    def bare_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
                   size: float = 8.0, row_h: float = 4.8, totals: list[str] | None = None, cont: str = "",
                   bold_rows: set | None = None, x: float | None = None):
        """A table with no ruling lines at all: a bold header (wrapping), rows, numbers right-aligned by `aligns`;
        when a row would run past the foot of the page a new page starts and the header is printed again under
        `cont` (e.g. 'Claim detail, continued'). totals: a bold last row after a blank line."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin if x is None else x
        bold_rows = bold_rows or set()

        def header():
            self.f(size - 0.4, "B")
            lh = (size - 0.4) * 0.44
            n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
            y = self.get_y()
            xx = x0
            for h, w, a in zip(head, widths, aligns):
                self.set_xy(xx, y + (n - len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES"))) * lh)
                self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
                xx += w
            self.set_xy(x0, y + n * lh + 1.8)

        header()
        for i, r in enumerate(rows):
            if self.get_y() + row_h > self.h - 24:
                self.add_page()
                if cont:
                    self.f(size + 0.6, "B")
                    self.set_x(x0)
                    self.cell(0, 5, cont, new_x="LMARGIN", new_y="NEXT")
                    self.ln(1)
                header()
            self.f(size, "B" if i in bold_rows else "")
            self.set_x(x0)
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        if totals:
            self.ln(row_h * 0.6)
            self.f(size, "B")
            self.set_x(x0)
            for c, w, a in zip(totals, widths, aligns):
                self.cell(w, row_h, c, align=a)
            self.ln(row_h)
        self.set_x(self.l_margin)
        self.ln(2)

    def glossary(self, title: str, items: list[tuple[str, str]], size: float = 7.8, cols: int = 2, gap: float = 6):
        """Codes and their meanings in `cols` columns under a bold title and a rule (the back of a statement)."""
        W = self.w - self.l_margin - self.r_margin
        cw = (W - gap * (cols - 1)) / cols
        need = 9 + sum(len(self.multi_cell(cw - 13, size * 0.47, t, dry_run=True, output="LINES")) * size * 0.47 + 1.2
                       for _, t in items) / cols + 8
        if self.get_y() + need > self.h - 22:          # the glossary is never split across pages
            self.add_page()
        self.f(size + 1.4, "B")
        self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        self.rule(1.5)
        y0 = self.get_y()
        per = -(-len(items) // cols)
        ends = []
        for c in range(cols):
            x = self.l_margin + c * (cw + gap)
            self.set_xy(x, y0)
            for code, text in items[c * per:(c + 1) * per]:
                self.set_x(x)
                self.f(size, "B")
                self.cell(13, size * 0.47, code)
                self.f(size)
                self.multi_cell(cw - 13, size * 0.47, text, new_x="LEFT", new_y="NEXT", align="L")
                self.set_x(x)
                self.ln(1.2)
            ends.append(self.get_y())
        self.set_xy(self.l_margin, max(ends) + 2)

    def nondiscrim(self, org: str, phone_no: str, size: float = 7.4):
        """A nondiscrimination notice in small type (real mail carries it; it decides nothing)."""
        self.f(size + 0.8, "B")
        self.cell(0, 4.2, "Nondiscrimination notice", new_x="LMARGIN", new_y="NEXT")
        self.para(f"{org} follows federal civil rights laws. We do not treat people differently or leave them out "
                  "because of race, color, national origin, age, disability or sex. We give free aids to people "
                  "with disabilities (such as qualified sign language interpreters and letters in large print, audio "
                  "or other formats) and free language services to people whose first language is not English. "
                  f"To ask for them, or if you believe we failed to do this, call {phone_no} (TTY 711). You can also "
                  "file a civil rights complaint with the U.S. Department of Health and Human Services, Office for "
                  "Civil Rights, by mail, by phone or online.", size, gap=1.5)

    def tagline_block(self, phone_no: str, size: float = 6.9, title: str = "Language assistance / Asistencia con "
                                                                            "el idioma"):
        """Taglines in several languages, two to a row (a decoy page at the end of a letter)."""
        self.f(size + 1.6, "B")
        self.cell(0, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)
        W = self.w - self.l_margin - self.r_margin
        cw = (W - 6) / 2
        for i in range(0, len(TAGS), 2):
            y = self.get_y()
            ends = []
            for j, (lang, text) in enumerate(TAGS[i:i + 2]):
                x = self.l_margin + j * (cw + 6)
                self.set_xy(x, y)
                self.f(size, "B")
                self.cell(cw, size * 0.46, lang, new_x="LEFT", new_y="NEXT")
                self.f(size)
                self.multi_cell(cw, size * 0.46, text.format(p=phone_no), new_x="LEFT", new_y="NEXT")
                ends.append(self.get_y())
            self.set_xy(self.l_margin, max(ends) + 1.4)

    def two_sigs(self, left: list[str], right: list[str], size: float = 9.0):
        """Two signature blocks side by side: a scribbled line, then the name and title lines under each."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 2
        ends = []
        for k, lines in enumerate((left, right)):
            x = self.l_margin + k * W / 2
            self.set_draw_color(40, 40, 40)
            px, py = x + 2, y + 6
            for s in range(14):                     # a hand-drawn looking stroke
                nx = px + 3.2
                ny = y + 6 + (2.4 if s % 2 else -2.0) * (1 - s / 18)
                self.line_seg(px, py, nx, ny)
                px, py = nx, ny
            self.set_draw_color(0, 0, 0)
            self.line_seg(x, y + 10, x + W / 2 - 12, y + 10)
            self.set_xy(x, y + 11)
            for i, ln in enumerate(lines):
                self.f(size, "B" if i == 0 else "")
                self.set_x(x)
                self.cell(W / 2 - 6, size * 0.48, ln, new_x="LEFT", new_y="NEXT")
            ends.append(self.get_y())
        self.set_xy(self.l_margin, max(ends) + 3)

    def addr_pairs_right(self, addr: list[str], rows: list[tuple[str, str]], split: float = 0.5, size: float = 9.0,
                         cap_w: float = 36, addr_size: float = 10):
        """The addressee's block at the left; on the right half caption/value pairs without boxes, the captions
        right-aligned against their values."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        for ln in addr:
            self.set_x(self.l_margin)
            self.line(ln, addr_size)
        y1 = self.get_y()
        x = self.l_margin + W * split
        yy_ = y0
        for k, v in rows:
            self.set_xy(x, yy_)
            self.f(size - 1, "B")
            self.cell(cap_w, size * 0.52, k + ":", align="R")
            self.f(size)
            self.set_x(x + cap_w + 2)
            self.multi_cell(W * (1 - split) - cap_w - 2, size * 0.52, v, new_x="LEFT", new_y="NEXT")
            yy_ = self.get_y() + 0.5
        self.set_xy(self.l_margin, max(y1, yy_) + 4)

    def subject(self, text: str, size: float = 10.2):
        """RE: an underlined bold subject line."""
        self.f(size, "B")
        w = self.get_string_width(text)
        y = self.get_y()
        self.cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
        self.line_seg(self.l_margin, y + size * 0.52, self.l_margin + min(w, self.w - self.l_margin - self.r_margin),
                      y + size * 0.52)
        self.ln(2)

    def money_box(self, title: str, rows: list[tuple[str, str]], x: float | None = None, w: float = 86,
                  size: float = 8.8, bold_last: bool = True, note: str = "") -> float:
        """A framed summary: a bold title, then caption ..... amount rows with the amounts right-aligned; returns
        the y under it."""
        x0 = self.l_margin if x is None else x
        y0 = self.get_y()
        lh = size * 0.52
        h = 6 + lh * len(rows) + 2 + (lh + 1 if note else 0)
        self.rect(x0, y0, w, h)
        self.set_xy(x0 + 2, y0 + 1.2)
        self.f(size + 0.4, "B")
        self.cell(w - 4, 4, title)
        yy_ = y0 + 6
        for i, (k, v) in enumerate(rows):
            self.set_xy(x0 + 2, yy_)
            self.f(size, "B" if bold_last and i == len(rows) - 1 else "")
            self.cell(w * 0.62, lh, k)
            self.cell(w * 0.38 - 4, lh, v, align="R")
            yy_ += lh
        if note:
            self.set_xy(x0 + 2, yy_ + 1)
            self.f(size - 1.2)
            self.cell(w - 4, lh, note)
        return y0 + h


def office_cover(office: str, lines: list[str], to: str, to_fax: str, frm: str, when: str, re: str,
                 pages: int, note: list[str]) -> bytes:
    """A doctor's office fax cover sheet (a page of its own that belongs to no document): the office's letterhead,
    To / From / Fax / Date / Pages / Re lines, a short note and the usual confidentiality warning."""
    p = LFSheet(footer=None)
    p.set_margins(22, 20, 22)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 8, office, new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in lines:
        p.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.rule(6)
    p.f(26, "B")
    p.cell(0, 14, "FAX", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for k, v in [("To:", to), ("Fax:", to_fax), ("From:", frm), ("Date:", when),
                 ("Pages:", f"{pages} (including this one)"), ("Re:", re)]:
        p.f(11, "B")
        p.cell(26, 9, k)
        p.f(11)
        y = p.get_y()
        p.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
        p.line_seg(p.l_margin + 26, y + 8, p.w - p.r_margin, y + 8)
    p.ln(6)
    p.f(10.5)
    for ln in note:
        p.multi_cell(0, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    p.f(7.6)
    p.multi_cell(0, 3.8, "CONFIDENTIAL: The pages after this cover may hold protected health information meant only "
                         "for the person named above. If this fax reached you by mistake, please call our office and "
                         "destroy the pages.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
