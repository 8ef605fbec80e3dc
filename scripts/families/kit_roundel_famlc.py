"""Drawing helpers for round EL, helper famlc (a commercial health plan's decisions on the routine patient costs of
care in approved clinical trials, mirrored for structure and plain wording only; an invented beekeepers' and apiary
workers' cooperative health plan with migratory pollination routes).

Why: round EL asks for letterheads set unusually, fax covers whose message opens like a letter, side columns printed
beside a claims table and dependants' numbers written as the subscriber's number with a suffix. The older kits have
none of these shapes, so this kit draws them: a brand in letter-spaced capitals split over two lines with a small
"administered by" line (`spaced_brand`), a filled logo word standing beside the document's title on one line
(`logo_title`), a honeycomb mark of drawn hexagons (`hexes`), an unruled claims listing with a column of panels at its
right (`side_listing`), a strip of a migratory route's stops joined by arrows with their date windows (`route_strip`),
value boxes with the caption beside them at the right (`boxes_cap_right`), a household box listing each person with
the suffix of their number (`household`) and a fax cover / routing note whose message opens "Dear ..." before the
real notice (`dear_cover`, a page of its own that belongs to no document). Everything printed with these helpers is
invented. Builds on round EK's KCSheet (and through it every older kit's listings, glossaries, boxes and headers).
"""

from __future__ import annotations

import datetime as dt
import math
import random

from kit_roundek_famkc import (KCSheet, dmy, dmy_abbr, es_date, iso, long, nodash, ordinal, plus,  # noqa: F401
                               slash, upper, usd, workday, yy)
from public_kit import MONTHS_ES, digits, m2, out, truth  # noqa: F401

# --- people (invented pairings; pools chosen for this round) ------------------------------------------------------
FIRST_F = ["Annelise", "Briony", "Calla", "Delphine", "Emmeline", "Fenella", "Greer", "Honora", "Isolde", "Juniper",
           "Liesl", "Maren", "Nerys", "Orla", "Perpetua", "Quilla", "Roswitha", "Saoirse", "Tamsin", "Verity"]
FIRST_M = ["Ansel", "Bram", "Caspian", "Dashiell", "Emrys", "Florian", "Gideon", "Halvard", "Ivo", "Jasper",
           "Leopold", "Magnus", "Niall", "Osric", "Pascoe", "Quentin", "Rupert", "Sven", "Tiernan", "Wystan"]
LAST = ["Ackerley", "Bellweather", "Cotterill", "Dimmock", "Elsworth", "Frobisher", "Gammage", "Hebblethwaite",
        "Illingworth", "Jessop", "Kershaw", "Luscombe", "Mountjoy", "Nettleship", "Ormerod", "Pocklington", "Quayle",
        "Rudge", "Scudamore", "Tredinnick", "Underhay", "Varley", "Whitlock", "Yeoman", "Ackroyd", "Braithwaite",
        "Chetwynd", "Duckworth"]
FIRST_ES_F = ["Amparo", "Brígida", "Casilda", "Edelmira", "Fermina", "Genoveva", "Herminia", "Inmaculada",
              "Leocadia", "Maximina", "Nieves", "Rosalía", "Teodora", "Wenceslaa"]
FIRST_ES_M = ["Abundio", "Baldomero", "Crisanto", "Demetrio", "Epifanio", "Fortunato", "Genaro", "Heriberto",
              "Isauro", "Leandro", "Macario", "Nicanor", "Porfirio", "Rutilio"]
LAST_ES = ["Arredondo", "Barragán", "Cervantes", "Dávila", "Escamilla", "Fuentes", "Galindo", "Huerta", "Leyva",
           "Maldonado", "Navarrete", "Orozco", "Quiñones", "Santoyo", "Urquidi", "Zepeda"]


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


def kin(full: str, of: str) -> str:
    """The same given name and initial with the family name of `of` (a spouse or a child)."""
    f, m, _ = parts(full)
    return f"{f} {m}. {parts(of)[2]}"


def last_first(full: str) -> str:
    f, m, la = parts(full)
    return f"{la.upper()}, {f.upper()} {m}"


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "503") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "888") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def dots(d: dt.date) -> str:
    """09.03.2026 (day first, as some claims systems print)"""
    return d.strftime("%d.%m.%Y")


def dashed(d: dt.date) -> str:
    """03-09-2026"""
    return d.strftime("%m-%d-%Y")


def wday(d: dt.date) -> str:
    """Monday, March 9, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def nth(d: dt.date) -> str:
    """March 9th, 2026"""
    return f"{d.strftime('%B')} {ordinal(d.day)}, {d.year}"


def ymd(d: dt.date) -> str:
    """2026/03/09"""
    return d.strftime("%Y/%m/%d")


def abbr(d: dt.date) -> str:
    """Mar 9, 2026"""
    return d.strftime("%b %-d, %Y")


def n2(v: float) -> str:
    return f"{v:,.2f}"


def bare(v: float) -> str:
    """1234.50 (no thousands comma, no sign)"""
    return f"{v:.2f}"


def usd_es(v: float) -> str:
    return f"${v:,.2f}"


def cents(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0.0, 0.0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


class ELSheet(KCSheet):
    """KCSheet plus the round EL letterheads (letter-spaced split brand, logo word beside the title, honeycomb),
    a claims listing with a side column of panels, a route strip, boxes captioned at the right and a household box."""

    # -- letterheads ----------------------------------------------------------------------------------------------
    def hexes(self, x: float, y: float, r: float = 3.2, filled: tuple = (0, 3, 5)):
        """A honeycomb of seven flat-topped hexagons whose middle cell's centre is (x, y); cells in `filled` solid."""
        dx, dy = 1.5 * r, math.sqrt(3) * r
        centres = [(x, y), (x, y - dy), (x + dx, y - dy / 2), (x + dx, y + dy / 2), (x, y + dy), (x - dx, y + dy / 2),
                   (x - dx, y - dy / 2)]
        self.set_line_width(0.35)
        self.set_fill_color(40, 40, 40)
        for i, (cx, cy) in enumerate(centres):
            pts = [(cx + r * 0.92 * math.cos(math.pi / 3 * k), cy + r * 0.92 * math.sin(math.pi / 3 * k))
                   for k in range(6)]
            self.polygon(pts, style="DF" if i in filled else "D")
        self.set_line_width(0.2)
        self.set_fill_color(255, 255, 255)

    def spaced_brand(self, top: str, second: str, sub: str, lines: list[str], admin: str = "",
                     right: list[str] | None = None, mark: str = "", size: float = 18, spacing: float = 2.6):
        """A brand in letter-spaced capitals: `top` large, `second` (the rest of the brand) smaller and spaced
        wider on the line under it, a plain line `sub`, a small 'administered by' line, contact lines; an optional
        honeycomb mark at the left and small lines at the right. A thin and a heavy rule close it."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        x = self.l_margin
        if mark == "hex":
            self.hexes(x + 7, y + 8, 3.4)
            x += 17
        self.set_xy(x, y)
        self.set_font(self.face, "B", size)
        self.set_char_spacing(spacing)
        self.cell(W * 0.62, size * 0.45, top.upper())
        self.set_char_spacing(0)
        yy_ = y + size * 0.45 + 0.6
        if second:
            self.set_xy(x + 0.4, yy_)
            self.set_font(self.face, "", size * 0.5)
            self.set_char_spacing(spacing * 1.9)
            self.cell(W * 0.62, size * 0.3, second.upper())
            self.set_char_spacing(0)
            yy_ += size * 0.3 + 0.8
        if sub:
            self.set_xy(x, yy_)
            self.f(9.4, "B")
            self.cell(W * 0.62, 4.6, sub)
            yy_ += 4.8
        if admin:
            self.set_xy(x, yy_)
            self.f(6.4)
            self.cell(W * 0.62, 3.2, admin)
            yy_ += 3.4
        for ln in lines:
            self.set_xy(x, yy_)
            self.f(7.0)
            self.cell(W * 0.62, 3.2, ln)
            yy_ += 3.2
        yr = y + 0.5
        for ln in right or []:
            self.set_xy(self.l_margin + W * 0.6, yr)
            self.f(7.4)
            self.cell(W * 0.4, 3.5, ln, align="R")
            yr += 3.5
        yb = max(yy_, yr, y + 16) + 1.2
        self.set_line_width(0.2)
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_line_width(0.9)
        self.line_seg(self.l_margin, yb + 1.1, self.l_margin + W, yb + 1.1)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yb + 4.5)

    def logo_title(self, logo: str, title: str, sub: str = "", right: list[str] | None = None, size: float = 15):
        """A filled box holding the brand word in white letter-spaced capitals, the document's title in large bold
        type right beside it on the same line ('BRAND  EXPLANATION OF BENEFITS'); a small line under the title and
        small lines at the right under it; a rule."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_font(self.face, "B", size - 3)
        self.set_char_spacing(1.4)
        lw = self.get_string_width(logo.upper()) + 7
        self.set_fill_color(25, 25, 25)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, y)
        self.cell(lw, 10, logo.upper(), fill=True, align="C")
        self.set_char_spacing(0)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + lw + 2.5, y + 0.6)
        self.set_font(self.face, "B", size)
        self.cell(W - lw - 2.5, 9, title.upper())
        yy_ = y + 11
        if sub:
            self.set_xy(self.l_margin, yy_)
            self.f(7.4)
            self.cell(W * 0.6, 3.6, sub)
        yr = yy_
        for ln in right or []:
            self.set_xy(self.l_margin + W * 0.45, yr)
            self.f(7.2)
            self.cell(W * 0.55, 3.4, ln, align="R")
            yr += 3.4
        yb = max(yy_ + 4, yr) + 1
        self.line_seg(self.l_margin, yb, self.l_margin + W, yb)
        self.set_xy(self.l_margin, yb + 3.5)

    # -- blocks ---------------------------------------------------------------------------------------------------
    def side_listing(self, head: list[str], rows: list, widths: list[float], aligns: list[str],
                     side: list[tuple[str, list]], side_w: float = 54, gap: float = 4, size: float = 6.9,
                     row_h: float = 4.1, cont: str = "") -> float:
        """An unruled claims listing in the left part of the page with a column of panels beside it at the right
        ('Your plan at a glance', contacts ...). `widths` are scaled to the room left of the column. Returns the y
        under the lower of the two on the page where the listing ends."""
        W = self.w - self.l_margin - self.r_margin
        room = W - side_w - gap
        k = room / sum(widths)
        widths = [w * k for w in widths]
        x_side = self.l_margin + room + gap
        y0 = self.get_y()
        page0 = self.page_no()
        ys = y0
        for title, body in side:
            ys = self.panel(title, body, x_side, ys, side_w, size=7.4, shade=70) + 2.5
        self.set_xy(self.l_margin, y0)
        self.listing(head, rows, widths, aligns, size=size, row_h=row_h, cont=cont)
        y = self.get_y()
        if self.page_no() == page0:
            y = max(y, ys)
        self.set_xy(self.l_margin, y + 1)
        return y

    def route_strip(self, title: str, stops: list[tuple[str, str, str]], note: str = "", size: float = 7.6):
        """A migratory route: one framed box a stop (place, crop, date window) joined by arrows, a title above and an
        optional note under it (the dates are a plan's windows, not services)."""
        W = self.w - self.l_margin - self.r_margin
        n = len(stops)
        aw = 6
        bw = (W - aw * (n - 1)) / n
        self.f(size + 0.8, "B")
        self.cell(W, 4.6, title, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.6
        h = 14
        for i, (place, crop, window) in enumerate(stops):
            x = self.l_margin + i * (bw + aw)
            self.set_line_width(0.45)
            self.rect(x, y, bw, h)
            self.set_line_width(0.2)
            self.set_xy(x + 1.2, y + 1.2)
            self.f(size, "B")
            self.cell(bw - 2.4, size * 0.45, place)
            self.set_xy(x + 1.2, y + 1.4 + size * 0.5)
            self.f(size - 0.6)
            self.cell(bw - 2.4, size * 0.45, crop)
            self.set_xy(x + 1.2, y + 1.6 + size)
            self.f(size - 0.6)
            self.cell(bw - 2.4, size * 0.45, window)
            if i < n - 1:
                ax = x + bw + 0.8
                self.line_seg(ax, y + h / 2, ax + aw - 1.6, y + h / 2)
                self.set_fill_color(0, 0, 0)
                self.polygon([(ax + aw - 1.6, y + h / 2 - 1.1), (ax + aw - 0.4, y + h / 2),
                              (ax + aw - 1.6, y + h / 2 + 1.1)], style="F")
                self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, y + h + 1.2)
        if note:
            self.f(size - 0.8)
            self.multi_cell(W, (size - 0.8) * 0.46, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def boxes_cap_right(self, cells: list[tuple[str, str, float]], size: float = 9.0, cap: float = 6.0,
                        h: float = 7.0):
        """One row of (value, caption, width): the value in a ruled box, its caption in small grey type just to the
        right of the box (captions beside values, after them)."""
        x = self.l_margin
        y = self.get_y()
        for v, k, w in cells:
            self.f(cap, "B")
            kw = min(self.get_string_width(k) + 2, w * 0.34)
            bw = w - kw - 2.5
            self.rect(x, y, bw, h)
            self.set_xy(x + 1.2, y + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(bw - 2, size * 0.45, v)
            self.set_text_color(80, 80, 80)
            self.set_xy(x + bw + 1, y + (h - cap * 0.9) / 2)
            self.f(cap, "B")
            self.multi_cell(kw, cap * 0.45, k, new_x="RIGHT", new_y="TOP", align="L")
            self.set_text_color(0, 0, 0)
            x += w
        self.set_xy(self.l_margin, y + h + 2)

    def household(self, title: str, rows: list[tuple[str, str, str]], x: float, y: float, w: float,
                  size: float = 7.8) -> float:
        """A framed box listing a household: (relationship, name, number) a line, numbers flush right. Returns the
        y under it."""
        self.set_xy(x, y)
        self.f(size, "B")
        self.set_fill_color(215, 215, 215)
        self.cell(w, size * 0.62, " " + title, border=1, fill=True)
        self.set_fill_color(255, 255, 255)
        yy_ = y + size * 0.62 + 0.8
        for rel, name, num in rows:
            self.set_xy(x + 1.5, yy_)
            self.f(size - 1.2)
            self.cell(w * 0.22, size * 0.5, rel)
            self.f(size)
            self.cell(w * 0.42, size * 0.5, name)
            self.f(size, "B")
            self.cell(w * 0.36 - 3, size * 0.5, num, align="R")
            yy_ += size * 0.5 + 0.6
        self.rect(x, y, w, yy_ - y + 0.8)
        return yy_ + 0.8


def dear_cover(title: str, org: str, org_lines: list[str], rows: list[tuple[str, str]], salutation: str,
               paras: list[str], closing: list[str], note: str = "", serif: bool = False) -> bytes:
    """A fax cover or routing note that belongs to no document, whose message opens like a letter: the sender's
    name and lines, a big title, a ruled grid of To / From / Fax / Date / Pages / Re, then 'Dear ...,' paragraphs
    and a sign-off, a confidentiality line near the foot."""
    p = ELSheet(serif=serif, footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(W, 6, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    for ln in org_lines:
        p.cell(W, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(24, "B")
    p.cell(W, 11, title, new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.8)
    p.line_seg(p.l_margin, p.get_y() + 1, p.l_margin + W, p.get_y() + 1)
    p.set_line_width(0.2)
    p.ln(4)
    half = (len(rows) + 1) // 2
    y0 = p.get_y()
    for col, chunk in enumerate((rows[:half], rows[half:])):
        y = y0
        x = p.l_margin + col * (W / 2 + 2)
        for k, v in chunk:
            p.set_xy(x, y)
            p.f(8.8, "B")
            p.cell(20, 7, k)
            p.f(10)
            p.cell(W / 2 - 24, 7, v)
            p.line_seg(x + 20, y + 6.6, x + W / 2 - 4, y + 6.6)
            y += 8.4
    p.set_xy(p.l_margin, y0 + half * 8.4 + 6)
    p.f(10.5)
    p.cell(W, 5.4, salutation, new_x="LMARGIN", new_y="NEXT")
    p.ln(2.5)
    for t in paras:
        p.multi_cell(W, 5.3, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(2.6)
    p.ln(2)
    for i, ln in enumerate(closing):
        p.f(10.5, "B" if i == 1 else "")
        p.cell(W, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    if note:
        p.ln(4)
        p.f(9)
        p.multi_cell(W, 4.6, note, new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.h - 40)
    p.line_seg(p.l_margin, p.get_y(), p.l_margin + W, p.get_y())
    p.ln(2)
    p.f(7.6)
    p.multi_cell(W, 3.7, "CONFIDENTIAL: the pages after this one may hold health information protected by federal and "
                         "state law. They are for the person named above. If they reached you by mistake, call us and "
                         "shred them; do not read, copy or pass them on.", new_x="LMARGIN", new_y="NEXT")
    return out(p)
