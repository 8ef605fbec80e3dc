"""Drawing helpers for round ED, helper famha (the VA's Camp Lejeune Family Member Program: provider explanations
of payment, payment letters to family members, decisions on residence and on qualifying conditions; an invented
dental PPO refusing implants, crowns and bridges for waiting periods, its missing-tooth clause, frequency limits
and alternate benefits, papers to members and dental offices).

Why: the VA's letters carry an "In Reply Refer To" block at the top right (an office code and a file number a
labeller must not take) and a detachable payment advice at the foot; dental papers carry a tooth chart (32 numbered
boxes, missing teeth crossed, treated teeth shaded) that prints tooth numbers a reader must not take for dates or
amounts. Both need amounts written out in words as checks print them ("Four thousand eight hundred seventy and
00/100 dollars"), military dates ("04 MAR 2026") and ordinal dates ("March 4th, 2026"). Everything printed with
these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundec_famga import ECSheet, grouped, mixed_id  # noqa: F401  (re-exported for the family modules)
from public_kit import MONTHS_ES, digits

FIRST = ["Aurelia", "Barnaby", "Cordelia", "Desmond", "Elowen", "Fitzgerald", "Genevieve", "Hollis", "Imogen",
         "Jareth", "Kerensa", "Lysander", "Marguerite", "Nathaniel", "Ophelia", "Percival", "Quintessa", "Roderick",
         "Seraphina", "Thaddeus", "Ursula", "Valentina", "Winifred", "Alastair", "Beatrix", "Cornelius", "Dulcie",
         "Everett", "Philippa", "Leopoldine"]
LAST = ["Ashdown", "Brightwater", "Culpepper", "Dunmore", "Edgecombe", "Fairweather", "Greenhalgh", "Hebblethwaite",
        "Illingworth", "Jessop", "Kettleborough", "Longbottom", "Middlemiss", "Northcote", "Ormerod", "Pickersgill",
        "Rowbotham", "Sowerby", "Tattersall", "Uttley", "Verity", "Whitworth", "Yeadon", "Ackerley", "Bramhall",
        "Clitheroe"]
FIRST_ES = ["Remedios", "Baldomero", "Itzel", "Porfirio", "Xóchitl", "Teodoro", "Maricruz", "Wenceslao", "Araceli",
            "Filiberto", "Yolotl", "Casimiro"]
LAST_ES = ["Zamudio", "Cervantes", "Ledesma", "Bracamontes", "Arizmendi", "Tovar", "Olivares", "Mondragón",
           "Valenzuela", "Urquidi", "Sepúlveda", "Barragán"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS_ES3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def people(rng: random.Random, n: int, es: bool = False, maxlen: int = 40) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name (a decoy never matches the truth)."""
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
    return f"{area}-555-{digits(rng, 4)}"


def workday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def weekday_on(d: dt.date, wd: int) -> dt.date:
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def plus_year(d: dt.date) -> dt.date:
    return d.replace(year=d.year + 1)


def mil(d: dt.date) -> str:
    """04 MAR 2026: the day-month-year military style VA offices print."""
    return d.strftime("%d %b %Y").upper()


def ordinal(d: dt.date) -> str:
    """March 4th, 2026"""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d.strftime('%B')} {n}{suf}, {d.year}"


def dayname(d: dt.date) -> str:
    """Mon Feb 2, 2026"""
    return f"{d.strftime('%a %b')} {d.day}, {d.year}"


def es_date(d: dt.date, weekday: bool = False) -> str:
    s = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{DAYS_ES[d.weekday()]} {s}" if weekday else s


def es_short(d: dt.date) -> str:
    """lun 2/3/2026: Spanish short date, day first, with a weekday (no leading zeros)."""
    return f"{DAYS_ES3[d.weekday()]} {d.day}/{d.month}/{d.year}"


def es_money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"US$ {s}"


def n2(v: float) -> str:
    return f"{v:,.2f}"


def trail(v: float) -> str:
    return f"{v:,.2f}-" if v else "0.00"


def paren(v: float) -> str:
    return f"({v:,.2f})" if v else "0.00"


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" " + _words(n % 100) if n % 100 else "")
    return _words(n // 1000) + " thousand" + (" " + _words(n % 1000) if n % 1000 else "")


def words(v: float) -> str:
    """4870.00 -> 'Four thousand eight hundred seventy and 00/100 dollars' (as a check prints it)."""
    whole = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    s = (_words(whole) if whole else "zero") + f" and {cents:02d}/100 dollars"
    return s[0].upper() + s[1:]


class EDSheet(ECSheet):
    """ECSheet plus a VA reply block, a detachable payment advice and a dental tooth chart."""

    def refer_block(self, rows: list[tuple[str, str]], w: float = 66, size: float = 8.4):
        """'In Reply Refer To:' at the top right, then caption/value lines (office code, file number, date)."""
        y0 = self.get_y()
        x = self.w - self.r_margin - w
        self.set_xy(x, y0)
        self.f(size, "B")
        self.cell(w, size * 0.5, "In Reply Refer To:", new_x="LEFT", new_y="NEXT")
        for k, v in rows:
            self.set_x(x)
            self.f(size)
            self.cell(w * 0.42, size * 0.5, k)
            self.f(size, "B")
            self.cell(w * 0.58, size * 0.5, v, new_x="LEFT", new_y="NEXT")
        end = self.get_y()
        self.set_xy(self.l_margin, y0)
        return end

    def address_left(self, lines: list[str], y: float, size: float = 10):
        """An address block at the left starting at y (beside a refer block)."""
        self.set_xy(self.l_margin, y)
        for ln in lines:
            self.f(size)
            self.cell(95, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")

    def stub(self, title: str, rows: list[tuple[str, str]], note: str = "", size: float = 8.8):
        """A dashed cut line, 'detach here', then a ruled payment advice box with two columns of caption/value."""
        self.ln(2)
        y = self.get_y()
        x = self.l_margin
        while x < self.w - self.r_margin:
            self.line_seg(x, y, min(x + 2.2, self.w - self.r_margin), y)
            x += 3.6
        self.set_xy(self.l_margin, y + 0.6)
        self.f(6.2)
        self.cell(0, 3, "-- fold and detach here --", align="C", new_x="LMARGIN", new_y="NEXT")
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y() + 1
        self.set_xy(self.l_margin + 2, y0 + 1.5)
        self.f(size + 0.8, "B")
        self.cell(W - 4, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
        half = (len(rows) + 1) // 2
        cw = (W - 6) / 2
        yy = self.get_y() + 1
        end = yy
        for col, part in enumerate((rows[:half], rows[half:])):
            self.set_xy(self.l_margin + 2 + col * (cw + 2), yy)
            for k, v in part:
                self.set_x(self.l_margin + 2 + col * (cw + 2))
                self.f(size - 1.4)
                self.cell(cw * 0.45, size * 0.55, k)
                self.f(size, "B")
                self.cell(cw * 0.55, size * 0.55, v, new_x="LMARGIN", new_y="NEXT")
            end = max(end, self.get_y())
        self.set_y(end + 0.5)
        if note:
            self.set_x(self.l_margin + 2)
            self.f(size - 1.6)
            self.multi_cell(W - 4, (size - 1.6) * 0.48, note, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y() + 1.5
        self.rect(self.l_margin, y0, W, y1 - y0)
        self.set_y(y1 + 2)

    def tooth_chart(self, missing: list[int], treated: list[int], title: str = "Tooth chart (Universal numbering)",
                    legend: str = "X = reported missing     shaded = on this claim", size: float = 6.8):
        """Two rows of 16 numbered boxes (1-16 over 32-17); missing teeth crossed, treated teeth shaded."""
        W = self.w - self.l_margin - self.r_margin
        self.f(6.6, "B")
        self.cell(0, 3.6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        bw = min(9.0, W / 16)
        bh = 6.0
        y0 = self.get_y() + 0.5
        for row, teeth in enumerate((range(1, 17), range(32, 16, -1))):
            for i, t in enumerate(teeth):
                x = self.l_margin + i * bw
                y = y0 + row * bh
                if t in treated:
                    self.set_fill_color(200, 200, 200)
                    self.rect(x, y, bw, bh, style="DF")
                    self.set_fill_color(255, 255, 255)
                else:
                    self.rect(x, y, bw, bh)
                if t in missing:
                    self.line_seg(x + 0.6, y + 0.6, x + bw - 0.6, y + bh - 0.6)
                    self.line_seg(x + bw - 0.6, y + 0.6, x + 0.6, y + bh - 0.6)
                self.set_xy(x, y + (bh - size * 0.42) / 2)
                self.f(size, "B" if t in treated else "")
                self.cell(bw, size * 0.42, str(t), align="C")
        self.set_xy(self.l_margin + 16 * bw + 4, y0 + 2)
        self.f(6.6)
        self.multi_cell(W - 16 * bw - 4, 3.2, legend, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, y0 + 2 * bh + 3)

    def shaded_band(self, cells: list[tuple[str, str]], size: float = 8.6):
        """A grey band with 'Caption value' pairs on one line (a statement's member band)."""
        W = self.w - self.l_margin - self.r_margin
        self.set_fill_color(228, 228, 228)
        y = self.get_y()
        self.rect(self.l_margin, y, W, size * 0.62 + 1.2, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 1.5, y + 0.6)
        for k, v in cells:
            self.f(size - 1.6, "B")
            self.cell(self.get_string_width(k) + 1.5, size * 0.62, k)
            self.f(size)
            self.cell(self.get_string_width(v) + 6, size * 0.62, v)
        self.set_xy(self.l_margin, y + size * 0.62 + 3)
