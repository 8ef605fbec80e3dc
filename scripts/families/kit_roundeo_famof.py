"""Drawing helpers for round EO, helper famof (papers mirrored from a maritime union's seafarers welfare plan: its
claims department's remittances and benefit explanations, eligibility and precertification letters, clinic
authorizations and appeal decisions; an invented health plan for clockmakers, watchmakers and jewelers).

Why: this round asks for identification boxes whose caption is NOT before the value (under it, to its right after a
bar, on a tab above the box, or as a numbered/lettered box of a claim form), provider remittances listing several
patients with headers run together, narrative benefit explanations with one numbered paragraph per claim, two name
boxes side by side (the participant or subscriber and the patient, each with a number and a date of birth) and
Spanish precertification letters that refuse in plain words. New here:
- tab_boxes: a row of drawn boxes, each caption printed white on a small dark tab sitting on the box's top edge;
- lettered: claim-form cells whose caption starts with an item label ("1a.", "B.", "4") and is printed in tiny type
  either at the top of the cell or UNDER the value (`under=True`);
- pipe_ids: lines "VALUE | caption" (the bold value, a thin bar, the caption after it in small grey type);
- name_pair: two framed name boxes side by side, each with a dark title strip, the name large and "caption value"
  rows under it (number, date of birth, relationship);
- claim_para: a narrative benefit explanation's numbered claim heading ("2. Visit with ... - claim ... - not paid")
  in bold with a hanging number, then its sentences;
- runon: a claims-system listing in the monospace face whose column headings are set close together on two lines
  (abbreviated, run together), printed once; rows go on to the next page with no heading.
Everything else comes from round EN's ENSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_rounden_famnf import (ENSheet, abbr, caps_date, dd_mon, digits, dmy_dash, dmy_long, es_date,  # noqa: F401
                               es_wday, iso, long, m2, md, mdyyyy, mon_day, n2, nod, ord_long, out, plain, plus,
                               slash, truth, up_mon, usd, wday_long, workday, ymd_slash, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# seafarers and their families (Gulf and Atlantic ports: a mix of names heard in union halls)
SF_F = ["Annaliese", "Bernadette", "Corazon", "Delphine", "Evangeline", "Fidela", "Ginette", "Honorata", "Ileana",
        "Josefa", "Lavinia", "Maribel", "Noelani", "Ofelia", "Perla", "Rosalinda", "Sheree", "Thomasina", "Ursula",
        "Violeta", "Wilhelmina", "Zenaida"]
SF_M = ["Alphonse", "Benedicto", "Cletus", "Dorian", "Emeric", "Florencio", "Gaspard", "Horatio", "Isidore",
        "Jerome", "Lucius", "Marcelino", "Nestor", "Octavio", "Prosper", "Reginald", "Sylvester", "Thaddeus",
        "Ulises", "Virgil", "Wendell", "Zacarias"]
SF_LAST = ["Arceneaux", "Boudreaux", "Cabanilla", "Dimaculangan", "Escobedo", "Fontenot", "Guidry", "Hebert",
           "Ilagan", "Juneau", "Kilbride", "Landry", "Magbanua", "Naquin", "Orgeron", "Pellerin", "Quibodeaux",
           "Robichaux", "Saucier", "Thibodeaux", "Umali", "Verret", "Wainwright", "Yancey", "Zeringue",
           "Babineaux", "Comeaux", "Delcambre"]
# clinicians and plan staff
DR_F = ["Adaeze", "Brigitta", "Cordelia", "Dagny", "Eulalia", "Fenella", "Gwendolyn", "Hildegard", "Isolde",
        "Jocasta", "Leocadia", "Minerva", "Octavia", "Petronella", "Rowena", "Sabine"]
DR_M = ["Aurelio", "Bartholomew", "Cornelius", "Desmond", "Evander", "Fitzgerald", "Gideon", "Hollis", "Ignatius",
        "Jasper", "Leopold", "Mortimer", "Norbert", "Percival", "Rupert", "Sebastian"]
DR_LAST = ["Ashdown", "Bellingham", "Carrowmore", "Dunsany", "Ellesmere", "Farnsworth", "Glenholme", "Haverford",
           "Inverary", "Kilmarnock", "Lockridge", "Montrose", "Northcote", "Penhallow", "Ravensworth", "Stanbury",
           "Tregarthen", "Wexcombe", "Yelverton", "Abbotsley", "Blakemere", "Chillingham", "Dorrington",
           "Eversleigh", "Fallowfield", "Greystoke", "Hartington", "Ickworth", "Kingsclere", "Longstaff",
           "Marchbanks", "Netherby", "Pembridge", "Quarrendon", "Rothwell", "Sherbourne", "Thistlewood",
           "Underhay", "Whitmarsh", "Wolverley"]
# bench trades: clockmakers, watchmakers, jewelers, stone setters, engravers and their families
BT_F = ["Anouk", "Berenike", "Clementine", "Dariela", "Elodie", "Florentyna", "Giedre", "Hannelore", "Ilse",
        "Jovana", "Katrien", "Liliane", "Mireille", "Nanette", "Ottilie", "Paulina", "Raisa", "Solveig", "Tamsin",
        "Verena"]
BT_M = ["Aurel", "Benedek", "Casimir", "Dragan", "Emil", "Ferenc", "Gotthard", "Henrik", "Ivo", "Jurgen", "Kaspar",
        "Lorand", "Mattias", "Nikolai", "Oskar", "Pascal", "Rainer", "Stellan", "Tibor", "Valentin"]
BT_LAST = ["Aebersold", "Brunnhofer", "Czerwinski", "Dolezal", "Eichelberger", "Fassbinder", "Grunwald",
           "Hohenadel", "Imhoff", "Jablonski", "Kalbfleisch", "Lindqvist", "Meierhans", "Nowakowski", "Oberholzer",
           "Pfisterer", "Quandt", "Rosenkranz", "Schaublin", "Tschudin", "Ulbricht", "Vaucher", "Wegmuller",
           "Zurbriggen"]
# Spanish speakers
ES_F = ["Abigail", "Celestina", "Dalia", "Edelmira", "Florinda", "Griselda", "Herminia", "Inocencia", "Lucrecia",
        "Nereida", "Orfelina", "Rosaura", "Soledad", "Yadira"]
ES_M = ["Abelardo", "Bonifacio", "Crisanto", "Eleuterio", "Filemón", "Genaro", "Hipólito", "Leandro", "Moisés",
        "Nazario", "Olegario", "Primitivo", "Severiano", "Wilfredo"]
ES_LAST = ["Arriaga", "Barahona", "Cárcamo", "Ezeta", "Funes", "Galeano", "Hurtado", "Irías", "Lagos", "Mejía",
           "Orellana", "Paredes", "Reyes-Banegas", "Sevilla", "Turcios", "Villatoro", "Zepeda"]

POOLS = {"sf": ({"F": SF_F, "M": SF_M}, SF_LAST), "dr": ({"F": DR_F, "M": DR_M}, DR_LAST),
         "bt": ({"F": BT_F, "M": BT_M}, BT_LAST), "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}


def people(rng: random.Random, n: int, kind: str = "sf", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used` (a family's
    names printed elsewhere); kind 'sf' (seafarers), 'dr' (clinicians, staff), 'bt' (bench trades) or 'es';
    sexes: F / M / X a person; last: one surname for all (a household)."""
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


def phone(rng: random.Random, area: str = "251") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def phone_dots(rng: random.Random, area: str = "251") -> str:
    return f"{area}.555.{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "877") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def tin(rng: random.Random) -> str:
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def dob(rng: random.Random, lo: int, hi: int) -> dt.date:
    """A date of birth between the years lo and hi."""
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def ymd_compact(d: dt.date) -> str:
    """20260304 (a claims system's date)"""
    return d.strftime("%Y%m%d")


def mmddyy(d: dt.date) -> str:
    """030426 (a remittance's six-digit date)"""
    return d.strftime("%m%d%y")


def money_es(v: float) -> str:
    """$1,234.50 (Spanish letters in the US print dollars the US way)"""
    return f"${v:,.2f}"


class EOSheet(ENSheet):
    """ENSheet plus captions on tabs above drawn boxes, claim-form cells with item labels (caption at the top or
    under the value), 'VALUE | caption' lines, two name boxes side by side, numbered claim paragraphs and a
    monospace listing with run-together headings."""

    def tab_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.2, cap: float = 5.8, h: float = 7.4,
                  gap: float = 2.5, x: float | None = None):
        """One row of drawn boxes of (caption, value, width): the caption in white capitals on a small dark tab
        standing on the box's top edge at its left, the value in bold inside the box."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        tab_h = cap * 0.55
        xx = x0
        for k, v, w in cells:
            self.f(cap, "B")
            tw = min(w - gap, self.get_string_width(k.upper()) + 3)
            self.set_fill_color(50, 50, 50)
            self.set_text_color(255, 255, 255)
            self.set_xy(xx, y)
            self.cell(tw, tab_h, k.upper(), fill=True, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            self.rect(xx, y + tab_h, w - gap, h)
            self.set_xy(xx + 1.4, y + tab_h + (h - size * 0.45) / 2)
            self.f(size, "B")
            self.cell(w - gap - 2.8, size * 0.45, v)
            xx += w
        self.set_xy(self.l_margin, y + tab_h + h + 3)

    def lettered(self, rows: list[list[tuple[str, str, str, float]]], size: float = 9.0, cap: float = 5.6,
                 h: float = 10.2, under: bool = False, x: float | None = None, shade_label: bool = False):
        """Claim-form cells of (item label, caption, value, width): '1a. INSURED'S ID NUMBER' in tiny capitals at
        the top left of the cell and the value under it, or (under=True) the value first and the labelled caption
        printed under the value inside the cell. Cells of a row share rules; rows sit on each other."""
        x0 = self.l_margin if x is None else x
        y = self.get_y()
        for row in rows:
            xx = x0
            for lab, k, v, w in row:
                self.rect(xx, y, w, h)
                capt = f"{lab} {k.upper()}" if lab else k.upper()
                if under:
                    self.set_xy(xx + 1.2, y + 1.3)
                    self.f(size, "B")
                    self.cell(w - 2.4, size * 0.46, v)
                    self.set_xy(xx + 1.2, y + h - cap * 0.5 - 1.0)
                    self.set_text_color(70, 70, 70)
                    self.f(cap)
                    self.cell(w - 2.4, cap * 0.45, capt)
                    self.set_text_color(0, 0, 0)
                else:
                    self.set_xy(xx + 1.0, y + 0.8)
                    self.f(cap, "B" if shade_label else "")
                    self.cell(w - 2.0, cap * 0.45, capt)
                    self.set_xy(xx + 1.6, y + 0.8 + cap * 0.45 + 1.4)
                    self.f(size)
                    self.cell(w - 3.2, size * 0.46, v)
                xx += w
            y += h
        self.set_xy(self.l_margin, y + 3)

    def pipe_ids(self, rows: list[tuple[str, str]], x: float, y: float, w: float, size: float = 9.0,
                 cap: float = 6.6, val_w: float | None = None) -> float:
        """Lines 'VALUE | caption': the bold value, a thin vertical bar, then the caption in small grey type after
        it. Values end at a common column (val_w) so the bars line up. Returns the y under the block."""
        self.f(size, "B")
        vw = val_w or max(self.get_string_width(v) for v, _ in rows) + 2.5
        yy_ = y
        lh = size * 0.5
        for v, k in rows:
            self.set_xy(x, yy_)
            self.f(size, "B")
            self.cell(vw, lh, v)
            self.line_seg(x + vw, yy_ + 0.3, x + vw, yy_ + lh - 0.2)
            self.set_text_color(105, 105, 105)
            self.f(cap)
            self.set_xy(x + vw + 1.6, yy_ + (size - cap) * 0.18)
            self.cell(max(4.0, w - vw - 1.6), lh, k)
            self.set_text_color(0, 0, 0)
            yy_ += lh + 1.0
        return yy_

    def name_pair(self, left: tuple[str, str, list[tuple[str, str]]], right: tuple[str, str, list[tuple[str, str]]],
                  size: float = 8.6, name_size: float = 10.6, gap: float = 5, cap_w: float = 30):
        """Two framed name boxes side by side: (title, name, [(caption, value)]) each; a dark strip with the white
        title, the name in bold, then caption / value rows (number, date of birth, relationship)."""
        W = self.w - self.l_margin - self.r_margin
        bw = (W - gap) / 2
        y0 = self.get_y()
        ends = []
        for i, (title, name, rows) in enumerate((left, right)):
            x = self.l_margin + i * (bw + gap)
            self.set_fill_color(55, 55, 55)
            self.set_text_color(255, 255, 255)
            self.set_xy(x, y0)
            self.f(size - 0.6, "B")
            self.cell(bw, 4.8, " " + title.upper(), fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            yy_ = y0 + 6.0
            self.set_xy(x + 2, yy_)
            self.f(name_size, "B")
            self.cell(bw - 4, name_size * 0.5, name)
            yy_ += name_size * 0.5 + 1.6
            for k, v in rows:
                self.set_xy(x + 2, yy_)
                self.set_text_color(90, 90, 90)
                self.f(size - 1.2)
                self.cell(cap_w, size * 0.5, k)
                self.set_text_color(0, 0, 0)
                self.f(size, "B")
                self.cell(bw - cap_w - 4, size * 0.5, v)
                yy_ += size * 0.5 + 0.8
            ends.append(yy_ + 1.2)
        bottom = max(ends)
        for i in range(2):
            self.rect(self.l_margin + i * (bw + gap), y0, bw, bottom - y0)
        self.set_xy(self.l_margin, bottom + 4)

    def claim_para(self, num: str, head: str, text: str | list[str], size: float = 9.4, hang: float = 7):
        """A numbered claim heading in bold with a hanging number, then its sentences indented under it."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size + 0.4, "B")
        need = 2 * size * 0.5 + 6
        if self.get_y() + need > self.h - 24:
            self.add_page()
        y = self.get_y()
        self.set_xy(self.l_margin, y)
        self.cell(hang, size * 0.52, num)
        self.set_xy(self.l_margin + hang, y)
        self.multi_cell(W - hang, size * 0.52, head, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)
        for t in ([text] if isinstance(text, str) else text):
            self.f(size)
            self.set_x(self.l_margin + hang)
            self.multi_cell(W - hang, size * 0.47, t, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.0)
        self.ln(1.6)

    def runon(self, head: list[str], rows: list, size: float = 7.2, foot_room: float = 24, rule: bool = True):
        """A claims-system listing in the monospace face: the heading lines (abbreviated column names set close
        together, run into each other) printed once in bold with a rule under them, then rows: a string is a line,
        ("b", s) a bold line, ("gap",) a little space, ("rule",) a dashed rule, ("page",) a new page. Rows go on at the top of the next
        page when the page is full, with no heading there."""
        lh = size * 0.47
        for ln in head:
            self.set_font("Mono", "B", size)
            self.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")
        if rule:
            y = self.get_y() + 0.6
            self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
            self.set_y(y + 1.0)
        for r in rows:
            if self.get_y() + lh + 1 > self.h - foot_room:
                self.add_page()
            if isinstance(r, tuple) and r[0] == "page":
                self.add_page()
                continue
            if isinstance(r, tuple) and r[0] == "gap":
                self.ln(1.4)
                continue
            if isinstance(r, tuple) and r[0] == "rule":
                self.set_font("Mono", "", size)
                self.cell(0, lh, "-" * 104, new_x="LMARGIN", new_y="NEXT")
                continue
            bold = isinstance(r, tuple) and r[0] == "b"
            self.set_font("Mono", "B" if bold else "", size)
            self.cell(0, lh, r[1] if bold else r, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
