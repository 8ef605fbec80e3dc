"""Drawing helpers for round EE, helper famic (the Federal Long Term Care Insurance Program as an invented
administrator sends its papers; an invented farm members' association's medically underwritten health plan with
exclusion riders and a pre-existing condition look-back).

Why: both families decide about a person's condition more than about a bill, so beyond the older kits they need a
few shapes real mail of this kind has: an emblem letterhead (a ring with the issuer's initials), an assessment grid
of the six activities of daily living with the level of help the nurse saw marked in its column, a dated timeline
(the look-back window shaded, its start, the coverage date and the service as ticks with labels above and dates
under), a panel of exclusion riders (the rider number white on a black square, the excluded condition, since
when), an identifier broken over two lines in a narrow box, and a "Re:" line that strings a name, an ID and a claim
number with bullets or slashes. Dates come in the shapes real mail uses ("March 4th, 2026", "the 4th of March
2026", "Wed., Mar. 4, 2026", "3/4/26", "Mar 30 - Apr 3, 2026", "miércoles 4 de marzo de 2026", "04-mar-2026") and
money as "$4,965.00", "4,965.00-", "(4,965.00)", "Four thousand nine hundred sixty-five and 00/100 dollars",
"4.965,00 $" and "US$ 4,965.00". Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounded_famhf import EDSheet as HFSheet
from public_kit import MONTHS_ES, digits

FIRST = ["Alphonsine", "Barnaby", "Cordelia", "Dashiell", "Eulalie", "Fitzgerald", "Guinevere", "Horatio",
         "Imogen", "Jasper", "Kezia", "Leander", "Millicent", "Norbert", "Ophelia", "Percival", "Rosamund",
         "Seymour", "Tabitha", "Ulysses", "Verity", "Wilfred", "Zenobia", "Archibald", "Blanche", "Crispin"]
LAST = ["Applegarth", "Birtwhistle", "Cavendish", "Dimmock", "Etheridge", "Fairweather", "Greenhalgh", "Hebblethwaite",
        "Illingworth", "Jolliffe", "Kettlewell", "Lightbody", "Mountjoy", "Nethercott", "Oakshott", "Pocklington",
        "Quarrington", "Ravenscroft", "Sowerbutts", "Threlfall", "Underhill", "Vickerstaff", "Wolstenholme",
        "Youngblood", "Ashdown", "Braithwaite"]
FIRST_ES = ["Adalberto", "Berenice", "Casimiro", "Domitila", "Eleuterio", "Fermina", "Genoveva", "Heriberto",
            "Inocencia", "Justino", "Leocadia", "Maximino"]
LAST_ES = ["Arredondo", "Barragán", "Cisneros", "Durán", "Echeverría", "Fuentes", "Galindo", "Hinojosa", "Irigoyen",
           "Jaramillo", "Lozoya", "Maldonado"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


FEMALE = {"Alphonsine", "Cordelia", "Eulalie", "Guinevere", "Imogen", "Kezia", "Millicent", "Ophelia", "Rosamund",
          "Tabitha", "Verity", "Zenobia", "Blanche", "Berenice", "Domitila", "Fermina", "Genoveva", "Inocencia",
          "Leocadia"}


def people(rng: random.Random, n: int, es: bool = False, sex: str | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth); sex, if
    given, has one letter per person: F, M or . (either), so that 'your mother' or 'she' fits the name."""
    fs, ls = (FIRST_ES, LAST_ES) if es else (FIRST, LAST)
    seen, got = set(), []
    while len(got) < n:
        f, last = rng.choice(fs), rng.choice(ls)
        want = sex[len(got)] if sex else "."
        if f in seen or last in seen or (want == "F" and f not in FEMALE) or (want == "M" and f in FEMALE):
            continue
        seen |= {f, last}
        got.append(f"{f} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}")
    return got


def kin(person: str, family_of: str) -> str:
    """person's first name and initial with family_of's last name (a son, a daughter, a spouse)."""
    p = person.split()
    return f"{p[0]} {p[1]} {family_of.split()[-1]}"


def last_first(full: str) -> str:
    """LAST, FIRST M (a listing's form of a name)."""
    p = full.split()
    return f"{p[-1].upper()}, {p[0].upper()} {p[1].rstrip('.')}"


def phone(rng: random.Random, area: str = "717") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def toll(rng: random.Random) -> str:
    return f"1-800-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    """The next Monday when d falls on a weekend (offices date their letters on working days)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def us_address(rng: random.Random) -> list[str]:
    """An invented street address in a town where federal retirees live."""
    town, st, z = rng.choice([("Frederick", "MD", "21701"), ("Chambersburg", "PA", "17201"),
                              ("Huntsville", "AL", "35801"), ("Ogden", "UT", "84401"), ("Oklahoma City", "OK", "73112"),
                              ("Warner Robins", "GA", "31093"), ("Fredericksburg", "VA", "22401"),
                              ("Dayton", "OH", "45431"), ("Sierra Vista", "AZ", "85635"),
                              ("Kearneysville", "WV", "25430")])
    street = rng.choice(["Hollyberry Ct", "N Potomac St", "Sweetgum Ln", "W Memorial Rd Apt 4B", "Old Stage Rd",
                         "Lakeshore Cir", "Tanglewood Dr", "S Cedar Ave", "Foxhall Pl", "Briar Patch Rd"])
    return [f"{rng.randint(100, 9899)} {street}", f"{town}, {st} {z}"]


def farm_address(rng: random.Random) -> list[str]:
    """An invented rural route address in a Plains farm county."""
    town, st, z = rng.choice([("Broken Bow", "NE", "68822"), ("Ord", "NE", "68862"), ("Hays", "KS", "67601"),
                              ("Concordia", "KS", "66901"), ("Holdrege", "NE", "68949"), ("Beloit", "KS", "67420"),
                              ("Red Cloud", "NE", "68970"), ("Phillipsburg", "KS", "67661")])
    street = rng.choice(["Road 417", "County Rd M", "Hwy 183 N", "Section Line Rd", "Rural Route 2",
                         "W Grain Elevator Rd",
                         "Coyote Creek Rd", "Township Rd 9"])
    return [f"{rng.randint(1000, 48999)} {street}", f"{town}, {st} {z}"]


# --- dates ------------------------------------------------------------------------------------------------------
def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ord_md(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"


def ord_of(d: dt.date) -> str:
    """the 4th of March 2026"""
    return f"the {ordinal(d.day)} of {d.strftime('%B %Y')}"


def wd_abbr(d: dt.date) -> str:
    """Wed., Mar. 4, 2026"""
    return f"{d.strftime('%a')}., {d.strftime('%b')}. {d.day}, {d.year}"


def short(d: dt.date) -> str:
    """3/4/26 (no leading zeros, two-digit year)"""
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def yy(d: dt.date) -> str:
    """03/04/26"""
    return d.strftime("%m/%d/%y")


def dname(d: dt.date) -> str:
    """Wed 03/04/26"""
    return f"{d.strftime('%a')} {yy(d)}"


def wlong(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def span_cross(a: dt.date, b: dt.date) -> str:
    """Mar 30 - Apr 3, 2026 (an en dash between)"""
    if a.month == b.month:
        return f"{a.strftime('%b')} {a.day} \u2013 {b.day}, {b.year}"
    return f"{a.strftime('%b')} {a.day} \u2013 {b.strftime('%b')} {b.day}, {b.year}"


def span_words(a: dt.date, b: dt.date) -> str:
    """March 16 through April 15, 2026"""
    return f"{a.strftime('%B %-d')} through {b.strftime('%B %-d, %Y')}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    """jueves 9 de abril de 2026"""
    return f"{DAYS_ES[d.weekday()]} {es_date(d)}"


def es_abbr(d: dt.date) -> str:
    """04-mar-2026"""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def es_span(a: dt.date, b: dt.date) -> str:
    """del 23 de febrero al 20 de marzo de 2026"""
    if a.month == b.month:
        return f"del {a.day} al {b.day} de {MONTHS_ES[a.month - 1]} de {a.year}"
    return f"del {a.day} de {MONTHS_ES[a.month - 1]} al {es_date(b)}"


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def trail(v: float) -> str:
    return f"{v:,.2f}-"


def paren(v: float) -> str:
    return f"({v:,.2f})"


def es_amt(v: float) -> str:
    """4.965,00 $ (the Spanish order: dot for thousands, comma for cents, sign after)"""
    s = f"{v:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{s}\u00a0$"


def usd_es(v: float) -> str:
    """US$ 4,965.00"""
    return f"US$ {v:,.2f}"


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _under_1000(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n or not parts:
        parts.append(_ONES[n])
    return " ".join(parts)


def words(v: float) -> str:
    """Four thousand nine hundred sixty-five and 00/100 dollars (as a check or a careful letter writes it)."""
    whole, cents = int(v), round((v - int(v)) * 100)
    chunks = []
    if whole >= 1000:
        chunks.append(f"{_under_1000(whole // 1000)} thousand")
        whole %= 1000
        if whole:
            chunks.append(_under_1000(whole))
    else:
        chunks.append(_under_1000(whole))
    s = " ".join(chunks)
    return f"{s[0].upper()}{s[1:]} and {cents:02d}/100 dollars"


# --- identifiers ------------------------------------------------------------------------------------------------
def odd_in(s: str, odd: str | None, rng: random.Random, lo: int = 1) -> str:
    """Put one letter a reader may take for a digit (O, I, S, B, Z, G) at a digit place of s (not the first lo)."""
    if not odd:
        return s
    places = [i for i, c in enumerate(s) if c.isdigit() and i >= lo]
    i = rng.choice(places[:-1] or places)
    return s[:i] + odd + s[i + 1:]


def grouped(s: str, n: int = 3, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def npi(rng: random.Random) -> str:
    return f"1{digits(rng, 9)}"


def medicare_no(rng: random.Random) -> str:
    """An MBI-shaped Medicare number (a decoy on these papers)."""
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(let), rng.choice(an), str(rng.randint(0, 9)), rng.choice(let),
         rng.choice(an), str(rng.randint(0, 9)), rng.choice(let), rng.choice(let), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


class EESheet(HFSheet):
    """The round ED sheet (decision grid, caption tabs, turned captions, grouped ledger, routing stamp) plus an
    emblem letterhead, an ADL grid, a dated timeline, a rider panel, a broken identifier box and a Re: line."""

    def emblem_head(self, name: str, initials: str, lines: list[str], sub: str | None = None,
                    box: str | None = None, size: float = 13.5):
        """A double ring with the issuer's initials at the left, the name and a small line (wrapped if long) beside
        the ring, contact lines under both, a rule, then an optional boxed title at the right under the rule."""
        y = self.get_y()
        r = 9.0
        x = self.l_margin
        W = self.w - self.l_margin - self.r_margin
        self.set_line_width(0.7)
        self.ellipse(x, y, 2 * r, 2 * r)
        self.set_line_width(0.25)
        self.ellipse(x + 1.3, y + 1.3, 2 * r - 2.6, 2 * r - 2.6)
        self.f(8.6 if len(initials) > 3 else 10, "B")
        self.set_xy(x, y + r - 2.2)
        self.cell(2 * r, 4.4, initials, align="C")
        self.set_xy(x + 2 * r + 4, y + 1.5)
        self.f(size, "B")
        self.cell(0, size * 0.5, name)
        if sub:
            self.set_xy(x + 2 * r + 4, y + size * 0.5 + 2.6)
            self.f(7.6)
            self.multi_cell(W - 2 * r - 4, 3.4, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, max(self.get_y(), y + 2 * r) + 1.5)
        self.f(7.8)
        for ln in lines:
            self.cell(0, 3.7, ln, new_x="LMARGIN", new_y="NEXT")
        self.rule(3)
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 9
            self.set_x(self.w - self.r_margin - bw)
            self.cell(bw, 7, box, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def adl_grid(self, rows: list[tuple[str, int, str]], levels: list[str], title: str | None = None,
                 size: float = 8.2, act_w: float = 30, note_w: float = 58, row_h: float = 6.4):
        """The six activities of daily living, one row each: the activity, one column per level of help with an X
        where the assessor placed it, and the assessor's note; a heavy rule over the header."""
        W = self.w - self.l_margin - self.r_margin
        lw = (W - act_w - note_w) / len(levels)
        x0 = self.l_margin
        if title:
            self.f(size + 0.8, "B")
            self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y()
        self.set_line_width(0.6)
        self.line_seg(x0, y, x0 + W, y)
        self.set_line_width(0.2)
        self.f(size - 1.0, "B")
        lh = (size - 1.0) * 0.42
        heads = ["Activity"] + levels + ["What the assessor saw"]
        widths = [act_w] + [lw] * len(levels) + [note_w]
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(heads, widths))
        hh = n * lh + 2
        x = x0
        self.set_fill_color(236, 236, 236)
        for h, w in zip(heads, widths):
            self.rect(x, y, w, hh, style="DF")
            self.set_xy(x + 0.5, y + 1)
            self.multi_cell(w - 1, lh, h, align="C" if h in levels else "L", new_x="RIGHT", new_y="TOP")
            x += w
        self.set_fill_color(255, 255, 255)
        y += hh
        for act, lvl, note in rows:
            self.f(size - 0.6)
            nl = len(self.multi_cell(note_w - 1.4, (size - 0.6) * 0.45, note, dry_run=True, output="LINES"))
            h = max(row_h, nl * (size - 0.6) * 0.45 + 1.8)
            x = x0
            self.rect(x, y, act_w, h)
            self.set_xy(x + 1, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(act_w - 2, size * 0.45, act)
            x += act_w
            for i in range(len(levels)):
                self.rect(x, y, lw, h)
                if i == lvl:
                    self.f(size + 1.5, "B")
                    self.set_xy(x, y + (h - size * 0.5) / 2)
                    self.cell(lw, size * 0.5, "X", align="C")
                x += lw
            self.rect(x, y, note_w, h)
            self.set_xy(x + 0.7, y + 0.9)
            self.f(size - 0.6)
            self.multi_cell(note_w - 1.4, (size - 0.6) * 0.45, note, new_x="RIGHT", new_y="TOP")
            y += h
        self.set_xy(x0, y + 3)

    def timeline(self, start: dt.date, end: dt.date, events: list[tuple[dt.date, str, str]],
                 shade: tuple[dt.date, dt.date] | None = None, shade_label: str = "", title: str | None = None,
                 size: float = 7.0):
        """A dated line across the page: an optional shaded window (with its label inside), and each event
        (date, label above, date text under) as a tick; labels alternate between two heights so they do not
        collide."""
        W = self.w - self.l_margin - self.r_margin
        x0 = self.l_margin + 4
        x1 = self.l_margin + W - 4
        if title:
            self.f(size + 2, "B")
            self.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        top = self.get_y()
        y = top + 14
        span = (end - start).days or 1

        def xat(d: dt.date) -> float:
            return x0 + (x1 - x0) * (d - start).days / span

        if shade:
            a, b = xat(shade[0]), xat(shade[1])
            self.set_fill_color(218, 218, 218)
            self.rect(a, y - 4.6, b - a, 4.0, style="F")
            self.set_fill_color(255, 255, 255)
            if shade_label:
                self.f(size - 0.4, "B")
                self.set_xy(a, y - 4.2)
                self.cell(b - a, 3.2, shade_label, align="C")
        self.set_line_width(0.6)
        self.line_seg(x0, y, x1, y)
        self.set_line_width(0.2)
        for i, (d, label, dtext) in enumerate(sorted(events, key=lambda e: e[0])):
            x = xat(d)
            ly = top if i % 2 == 0 else top + 4.2
            self.line_seg(x, ly + 3.4, x, y + 1.6)
            self.f(size, "B")
            lw = self.get_string_width(label) + 1
            lx = min(max(self.l_margin, x - lw / 2), self.l_margin + W - lw)
            self.set_xy(lx, ly)
            self.cell(lw, 3.2, label)
            self.f(size)
            dw = self.get_string_width(dtext) + 1
            dx = min(max(self.l_margin, x - dw / 2), self.l_margin + W - dw)
            self.set_xy(dx, y + (1.8 if i % 2 == 0 else 5.4))
            self.cell(dw, 3.2, dtext)
        self.set_xy(self.l_margin, y + 11)

    def riders(self, rows: list[tuple[str, str, str]], title: str = "Exclusion riders on your certificate",
               size: float = 8.6):
        """A double-ruled panel: each rider's number white on a black square, the excluded condition in words, and
        since when it applies at the right."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        self.set_xy(self.l_margin + 3, y0 + 2.2)
        self.f(size + 0.4, "B")
        self.cell(0, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.2
        sq, right = 16, 46
        for num, text, since in rows:
            self.f(size)
            nl = len(self.multi_cell(W - sq - right - 10, size * 0.46, text, dry_run=True, output="LINES"))
            h = max(7.0, nl * size * 0.46 + 2)
            self.set_fill_color(20, 20, 20)
            self.set_text_color(255, 255, 255)
            self.set_xy(self.l_margin + 3, y)
            self.f(size, "B")
            self.cell(sq, h, num, fill=True, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.set_xy(self.l_margin + 3 + sq + 2.5, y + 1)
            self.f(size)
            self.multi_cell(W - sq - right - 10, size * 0.46, text, new_x="RIGHT", new_y="TOP")
            self.set_xy(self.l_margin + W - right - 2, y + 1)
            self.f(size - 0.8)
            self.multi_cell(right, size * 0.44, since, align="R", new_x="RIGHT", new_y="TOP")
            y += h + 1.6
        self.set_line_width(0.5)
        self.rect(self.l_margin, y0, W, y - y0 + 0.8)
        self.set_line_width(0.2)
        self.rect(self.l_margin + 1, y0 + 1, W - 2, y - y0 - 1.2)
        self.set_xy(self.l_margin, y + 4)

    def wrapped_id(self, caption: str, parts: list[str], box_w: float = 30, cap_w: float = 34, size: float = 9.4,
                   note: str | None = None):
        """An identifier in a narrow ruled box, too long for it, so it runs over two lines; nothing else shares the
        band (a note, if any, goes under the box)."""
        y = self.get_y()
        self.f(6.8, "B")
        self.set_xy(self.l_margin, y + 1)
        self.cell(cap_w, 3.2, caption.upper())
        lh = size * 0.5
        self.f(size, "B")
        box_w = max(box_w, max(self.get_string_width(p) for p in parts) + 3)
        self.rect(self.l_margin + cap_w, y, box_w, lh * len(parts) + 2)
        for i, p in enumerate(parts):
            self.set_xy(self.l_margin + cap_w + 1.2, y + 1 + i * lh)
            self.f(size, "B")
            self.cell(box_w - 2, lh, p)
        self.set_xy(self.l_margin, y + lh * len(parts) + 3)
        if note:
            self.f(7.2)
            self.cell(0, 3.4, note, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

    def re_line(self, parts: list[str], sep: str = "  \u2022  ", size: float = 9.8):
        """'Re:' in bold, then the parts strung together with bullets or slashes on one line."""
        self.f(size, "B")
        self.cell(9, size * 0.5, "Re:")
        self.f(size)
        self.multi_cell(0, size * 0.5, sep.join(parts), new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)
