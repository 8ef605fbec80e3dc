"""Drawing helpers for round EH, helper famle (a county Health Care for the Homeless referral program's papers; an
invented professional football league's plan for retired players).

Why: both families spread one case over several pages and print many amounts and dates with different roles, and the
round asks for shapes the older kits do not draw: a running line of identifiers in small type at the foot of every
page (with a "notice mailed" date), a table with no ruling lines at all whose numbers are set right, a letter set in
two columns, an address block at the left with a key/value block on the right half, two signature blocks side by side
(a nurse reviewer and a medical director), a nondiscrimination notice with a page of language taglines, a typed fax
cover sheet from a clinic, and the date shapes real mail uses: "March 4th, 2026", "4-Mar-2026", "03.04.2026",
"2026/03/04", "Wednesday, March 4, 2026", "4 de marzo de 2026".
Everything printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from kit_roundeg_famkb import EGSheet
from public_kit import MONTHS_ES, digits

OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

FIRST_M = ["Alonzo", "Booker", "Cedric", "Darnell", "Emory", "Fletcher", "Galen", "Hollis", "Isaiah", "Jerome",
           "Kermit", "Lamont", "Marvin", "Neville", "Otis", "Prentice", "Roscoe", "Sheldon", "Terrell", "Virgil",
           "Wardell", "Zachary", "Augustin", "Bertrand"]
FIRST_F = ["Ardella", "Bernice", "Cleora", "Dorinda", "Earline", "Fern", "Gloria", "Hattie", "Idella", "Jolene",
           "Krystal", "Loretta", "Minerva", "Nadine", "Ophelia", "Queenie", "Rochelle", "Shirlene", "Twyla", "Velma",
           "Willadean", "Yolanda"]
LAST = ["Ashworth", "Bellamy", "Crenshaw", "Delancey", "Eberhardt", "Fairclough", "Gaskins", "Hollister",
        "Isbell", "Jarrell", "Kimbrough", "Lattimore", "McCracken", "Nutter", "Overstreet", "Pruitt", "Quarles",
        "Rountree", "Satterfield", "Treadway", "Umstead", "Vinson", "Wofford", "Yelton", "Albritton", "Birdsong",
        "Culpepper", "Dinwiddie", "Easterling", "Goodnight", "Hatfield", "Ledbetter", "Moultrie",
        "Pettaway", "Spradlin", "Tolliver", "Winborne"]
FIRST_ES_M = ["Anacleto", "Bartolo", "Casimiro", "Dimas", "Eliseo", "Fermín", "Gregorio", "Higinio", "Leandro",
              "Melquiades", "Nemesio", "Rigoberto", "Serafín", "Tiburcio"]
FIRST_ES_F = ["Adelina", "Belén", "Consuelo", "Dulce", "Eréndira", "Flor", "Guadalupe", "Imelda", "Lucero",
              "Mireya", "Noemí", "Rocío", "Soledad", "Xóchitl"]
LAST_ES = ["Alcántara", "Benavides", "Carrillo", "Domínguez", "Escobedo", "Garza", "Ibarra", "Longoria",
           "Montemayor", "Orozco", "Palacios", "Ruelas", "Solís", "Treviño", "Villarreal", "Zúñiga"]
INITIALS = "ABCDEFGHJKLMNPRSTVW"


def people(rng: random.Random, n: int, sexes: str = "", pool: str = "en") -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; pool 'en' or 'es'; sexes 'm'/'f' each."""
    seen, got = set(), []
    while len(got) < n:
        s = sexes[len(got)] if len(got) < len(sexes) else rng.choice("mf")
        if pool == "es":
            first, last = rng.choice(FIRST_ES_M if s == "m" else FIRST_ES_F), rng.choice(LAST_ES)
        else:
            first, last = rng.choice(FIRST_M if s == "m" else FIRST_F), rng.choice(LAST)
        if first in seen or last in seen:
            continue
        seen |= {first, last}
        got.append(f"{first} {rng.choice(INITIALS)}. {last}")
    return got


def split_name(full: str) -> tuple[str, str, str]:
    p = full.split()
    return p[0], p[1].rstrip("."), p[-1]


def last_first(full: str) -> str:
    f, m, last = split_name(full)
    return f"{last.upper()}, {f.upper()} {m}"


def phone(rng: random.Random, area: str = "740") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, pre: str = "1-866") -> str:
    return f"{pre}-555-{digits(rng, 4)}"


# --- dates ------------------------------------------------------------------------------------------------------
def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ordlong(d: dt.date) -> str:
    """March 4th, 2026"""
    return f"{d.strftime('%B')} {_ord(d.day)}, {d.year}"


def dmon(d: dt.date) -> str:
    """4-Mar-2026"""
    return f"{d.day}-{d.strftime('%b')}-{d.year}"


def dots(d: dt.date) -> str:
    """03.04.2026 (month.day.year, as a US claims system prints it)"""
    return d.strftime("%m.%d.%Y")


def ymd(d: dt.date) -> str:
    """2026/03/04"""
    return d.strftime("%Y/%m/%d")


def wlong(d: dt.date) -> str:
    """Wednesday, March 4, 2026"""
    return d.strftime("%A, %B %-d, %Y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def iso(d: dt.date) -> str:
    return d.isoformat()


DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_wday(d: dt.date) -> str:
    return f"{DAYS_ES[d.weekday()]}, {es_date(d)}"


def business_days(d: dt.date, n: int) -> dt.date:
    """The n-th weekday after d (the spans used here hold no federal holiday)."""
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def plus_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, d.day)


# --- money ------------------------------------------------------------------------------------------------------
def n2(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return f"${v:,.2f}"


TAGLINES = [
    ("Español",
     "ATENCIÓN: si habla español, puede pedir ayuda con el idioma sin costo. Llame al número de esta "
     "página."),
    ("Tiếng Việt",
     "CHÚ Ý: Nếu bạn nói Tiếng Việt, chúng tôi có dịch vụ hỗ trợ ngôn ngữ miễn phí. Hãy gọi số trên "
     "trang này."),
    ("Tagalog",
     "PAUNAWA: Kung nagsasalita ka ng Tagalog, may libreng tulong sa wika para sa iyo. Tumawag sa "
     "numero sa pahinang ito."),
    ("Français",
     "ATTENTION : si vous parlez français, une aide linguistique gratuite est à votre disposition. "
     "Appelez le numéro indiqué."),
    ("Русский",
     "ВНИМАНИЕ: если вы говорите по-русски, вам бесплатно помогут с переводом. Позвоните по номеру на "
     "этой странице."),
    ("Kreyòl ayisyen",
     "ATANSYON: si ou pale Kreyòl ayisyen, gen èd nan lang ou gratis. Rele nimewo ki sou paj sa a."),
    ("Português",
     "ATENÇÃO: se fala português, tem à sua disposição ajuda gratuita com o idioma. Ligue para o "
     "número desta página."),
    ("Soomaali",
     "FIIRO GAAR AH: haddii aad ku hadasho Soomaali, waxaa laguu heli karaa caawimaad luuqad oo "
     "bilaash ah."),
    ("Українська",
     "УВАГА: якщо ви розмовляєте українською, вам безкоштовно допоможуть з мовою. Зателефонуйте за "
     "номером на цій сторінці."),
    ("Deutsch",
     "ACHTUNG: Wenn Sie Deutsch sprechen, steht Ihnen kostenlose Sprachhilfe zur Verfügung. Rufen Sie "
     "die angegebene Nummer an."),
    ("Polski",
     "UWAGA: jeśli mówisz po polsku, możesz bezpłatnie skorzystać z pomocy językowej. Zadzwoń pod "
     "numer podany na tej stronie."),
    ("Kiswahili",
     "TAHADHARI: ikiwa unazungumza Kiswahili, unaweza kupata msaada wa lugha bila malipo. Piga simu "
     "kwa nambari iliyo hapa."),
]


_DATE_RE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                      r" \d{1,2}(?:st|nd|rd|th)?, \d{4}")


class EHSheet(EGSheet):
    """EGSheet plus a running line of identifiers in small type at the foot of every page, a table without ruling
    lines, a two-column letter, an address block beside a key/value block, two signature blocks, a nondiscrimination
    notice with taglines, and an oblique face for signatures."""

    def __init__(self, *a, run_foot: str | None = None, mailed: str | None = None, **k):
        super().__init__(*a, **k)
        self.add_font("Sans", "I", OBLIQUE)
        self.run_foot = run_foot
        self.mailed = mailed
        if run_foot or mailed:
            self.set_auto_page_break(True, margin=25)

    def footer(self):
        super().footer()
        if self.run_foot or self.mailed:
            self.set_font(self.face, "", 6.6)
            self.set_xy(self.l_margin, -19)
            if self.run_foot:
                self.cell(0, 3, self.run_foot.format(n=self.page_no(), nb="{nb}"))
            if self.mailed:
                self.set_xy(self.l_margin, -19)
                self.cell(0, 3, self.mailed, align="R")

    def open_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str] | None = None,
                   size: float = 7.8, bold_rows: tuple = (), gap_rows: tuple = (), row_h: float | None = None,
                   x: float | None = None):
        """A table with no ruling lines at all: a bold header (which may wrap), plain rows, numbers set right; an
        empty half line before each row listed in gap_rows (between claims)."""
        aligns = aligns or ["L"] * len(widths)
        x0 = self.l_margin if x is None else x
        rh = row_h or size * 0.5
        self.f(size - 0.3, "B")
        lh = (size - 0.3) * 0.45
        n = max(len(self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        xx = x0
        for h, w, a in zip(head, widths, aligns):
            lines = self.multi_cell(w - 1, lh, h, dry_run=True, output="LINES")
            self.set_xy(xx, y + (n - len(lines)) * lh)
            self.multi_cell(w - 1, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            xx += w
        self.set_xy(x0, y + n * lh + 1.6)
        for i, r in enumerate(rows):
            if i in gap_rows:
                self.ln(rh * 0.5)
            if self.get_y() + rh > self.h - self.b_margin:
                self.add_page(orientation=self.cur_orientation)
            self.set_x(x0)
            if isinstance(r, str):
                self.f(size, "B")
                self.cell(sum(widths), rh, r)
                self.ln(rh)
                continue
            self.f(size, "B" if i in bold_rows else "")
            for c, w, a in zip(r, widths, aligns):
                self.cell(w, rh, c, align=a)
            self.ln(rh)
        self.set_xy(self.l_margin, self.get_y() + 2.5)

    def two_col(self, paras: list[str], size: float = 9.0, gap: float = 7, rule: bool = True):
        """Paragraphs flowed through two balanced, justified columns on the current page (a paragraph may break from
        the foot of the left column to the top of the right one); **bold** runs kept; a thin rule between them."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        cols = self.text_columns(ncols=2, gutter=gap, balance=True, text_align="J", line_height=1.12)
        with cols:
            for t in paras:
                t = _DATE_RE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), t)  # a date never breaks over lines
                with cols.paragraph(bottom_margin=2) as par:
                    for part in re.split(r"(\*\*.+?\*\*)", t):
                        if not part:
                            continue
                        if part.startswith("**"):
                            self.f(size, "B")
                            par.write(part[2:-2])
                        else:
                            self.f(size)
                            par.write(part)
        y1 = self.get_y()
        if rule:
            xm = self.l_margin + W / 2
            self.line_seg(xm, y0, xm, y1 - 2)
        self.set_xy(self.l_margin, y1 + 1)

    def addr_kv(self, addr: list[str], rows: list[tuple[str, str]], split: float = 0.5, size: float = 9.6,
                cap: float = 8.0, cap_w: float = 36, title: str | None = None, addr_top: float = 4):
        """The addressee's block at the left; a key/value block (captions small and bold, values plain) on the right
        half of the same band, with an optional title over it."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        xr = self.l_margin + W * split
        yy = y0
        if title:
            self.set_xy(xr, yy)
            self.f(cap + 0.6, "B")
            self.cell(W * (1 - split), cap * 0.55, title.upper())
            yy += cap * 0.55 + 1.2
            self.line_seg(xr, yy - 0.6, self.w - self.r_margin, yy - 0.6)
        for k, v in rows:
            self.set_xy(xr, yy)
            self.f(cap, "B")
            self.cell(cap_w, size * 0.52, k)
            self.f(size)
            self.multi_cell(W * (1 - split) - cap_w, size * 0.52, v, new_x="LEFT", new_y="NEXT")
            yy = self.get_y() + 0.5
        self.set_xy(self.l_margin, y0 + addr_top)
        for ln in addr:
            self.set_x(self.l_margin)
            self.f(size)
            self.cell(W * split - 4, size * 0.52, ln, new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin, max(self.get_y(), yy) + 4)

    def signatures(self, left: tuple[str, str], right: tuple[str, str], size: float = 8.8):
        """Two signature blocks side by side: a written (oblique) name over a line, the typed name and title under."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y() + 2
        for i, (name, title) in enumerate((left, right)):
            x = self.l_margin + i * (W / 2 + 4)
            self.set_xy(x + 2, y)
            self.set_font(self.face, "I", 13)
            self.cell(W / 2 - 10, 6, name.split()[0][0] + ". " + name.split()[-1])
            self.line_seg(x, y + 7, x + W / 2 - 10, y + 7)
            self.set_xy(x, y + 7.8)
            self.f(size, "B")
            self.cell(W / 2 - 10, size * 0.5, name)
            self.set_xy(x, y + 7.8 + size * 0.5)
            self.f(size - 1)
            self.multi_cell(W / 2 - 10, (size - 1) * 0.48, title, new_x="LEFT", new_y="NEXT")
        self.set_xy(self.l_margin, y + 7.8 + size * 0.5 + 2 * (size - 1) * 0.48 + 4)

    def nondiscrimination(self, org: str, phone_no: str, coordinator: str, size: float = 7.4, lang: str = "en"):
        """A nondiscrimination notice (boilerplate a reader skips) and a block of language taglines."""
        if lang == "es":
            self.bar("Aviso de no discriminación", size=8.6, shade=225)
            self.para(f"{org} cumple con las leyes federales de derechos civiles y no discrimina por raza, color, "
                      f"origen nacional, edad, discapacidad ni sexo. Ofrece sin costo intérpretes, letra grande y "
                      f"otros formatos. Si cree que no recibió estos servicios o que fue tratado de otra manera, "
                      f"puede presentar una queja ante {coordinator}, {phone_no}. También puede presentarla ante la "
                      f"Oficina de Derechos Civiles del Departamento de Salud y Servicios Humanos de los EE. UU.", size)
        else:
            self.bar("Nondiscrimination notice", size=8.6, shade=225)
            self.para(f"{org} follows federal civil rights laws. We do not treat people differently because of race, "
                      f"color, national origin, age, disability or sex. We give free aids to people with disabilities "
                      f"(sign language interpreters, large print, audio) and free language help. If you think we did "
                      f"not give you these services or treated you differently, you can file a grievance with "
                      f"{coordinator}, {phone_no}. You can also file a civil rights complaint with the U.S. Department "
                      f"of Health and Human Services, Office for Civil Rights.", size)
        self.f(size - 0.4, "B")
        self.cell(0, 3.6, "Language assistance / Asistencia con el idioma" if lang == "en" else
                  "Asistencia con el idioma / Language assistance", new_x="LMARGIN", new_y="NEXT")
        W = self.w - self.l_margin - self.r_margin
        cw = (W - 6) / 2
        y0 = self.get_y() + 0.6
        ys = [y0, y0]
        for i, (lg, t) in enumerate(TAGLINES):
            c = i % 2
            self.set_xy(self.l_margin + c * (cw + 6), ys[c])
            self.f(size - 0.6)
            self.multi_cell(cw, (size - 0.6) * 0.45, f"**{lg}:** {t}", new_x="LEFT", new_y="NEXT", markdown=True)
            ys[c] = self.get_y() + 0.8
        self.set_xy(self.l_margin, max(ys) + 1.5)

    def seal_head(self, initials: str, top: str, name: str, lines: list[str], title: str | None = None):
        """A county letterhead: a ring seal with initials at the left, the agency in small capitals over the program
        name, contact lines under it, an optional document title set right under a rule."""
        y = self.get_y()
        x = self.l_margin
        self.set_line_width(0.6)
        self.ellipse(x, y, 17, 17)
        self.set_line_width(0.25)
        self.ellipse(x + 1.6, y + 1.6, 13.8, 13.8)
        self.set_xy(x, y + 5.6)
        self.f(9.5, "B")
        self.cell(17, 6, initials, align="C")
        self.set_xy(x + 21, y + 0.4)
        self.f(8.2, "B")
        self.cell(0, 4, top.upper(), new_x="LEFT", new_y="NEXT")
        self.f(13.2, "B")
        self.cell(0, 6.4, name, new_x="LEFT", new_y="NEXT")
        self.f(7.8)
        for ln in lines:
            self.cell(0, 3.6, ln, new_x="LEFT", new_y="NEXT")
        yy = max(self.get_y(), y + 18) + 1.5
        self.set_line_width(0.5)
        self.line_seg(self.l_margin, yy, self.w - self.r_margin, yy)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, yy + 1.5)
        if title:
            self.f(10.5, "B")
            self.cell(0, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bar_head(self, name: str, tag: str, lines: list[str], right: list[str] | None = None,
                 title: str | None = None):
        """An administrator's letterhead: a thick black bar at the left edge of the block, the name, a tag line
        ("Administrator for ..."), contact lines, and optional lines set right on the same band."""
        y = self.get_y()
        self.set_fill_color(0, 0, 0)
        self.rect(self.l_margin, y, 2.4, 19, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 5, y)
        self.f(14, "B")
        self.cell(0, 7, name, new_x="LEFT", new_y="NEXT")
        self.f(8.4)
        self.cell(0, 4.2, tag, new_x="LEFT", new_y="NEXT")
        self.f(7.6)
        for ln in lines:
            self.cell(0, 3.6, ln, new_x="LEFT", new_y="NEXT")
        end = self.get_y()
        if right:
            self.f(7.8)
            yy = y + 0.5
            for ln in right:
                self.set_xy(self.w - self.r_margin - 70, yy)
                self.cell(70, 3.8, ln, align="R")
                yy += 3.8
        self.set_xy(self.l_margin, max(end, y + 19) + 3)
        if title:
            self.f(11.5, "B")
            self.cell(0, 6.4, title, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.5)

    def subject(self, text: str, size: float = 9.8):
        """A bold subject line ("RE: ...") with a thin rule under it."""
        self.f(size, "B")
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.6
        self.line_seg(self.l_margin, y, self.w - self.r_margin, y)
        self.set_xy(self.l_margin, y + 2.5)


def office_fax_cover(office: list[str], to: str, to_fax: str, frm: str, frm_phone: str, frm_fax: str, sent: dt.date,
                     pages: int, re: str, note: str, urgent: bool = False) -> bytes:
    """A clinic's own fax cover sheet (letterhead, check boxes, a handwritten-style note); it belongs to no document."""
    c = EHSheet(footer=None)
    c.set_margins(20, 18, 20)
    c.add_page()
    c.f(13, "B")
    c.cell(0, 7, office[0], new_x="LMARGIN", new_y="NEXT")
    c.f(8.6)
    for ln in office[1:]:
        c.cell(0, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
    c.ln(4)
    c.set_fill_color(30, 30, 30)
    c.set_text_color(255, 255, 255)
    c.f(20, "B")
    c.cell(0, 12, "  FACSIMILE", fill=True, new_x="LMARGIN", new_y="NEXT")
    c.set_text_color(0, 0, 0)
    c.set_fill_color(255, 255, 255)
    c.ln(5)
    W = c.w - c.l_margin - c.r_margin
    for (k1, v1), (k2, v2) in [(("TO", to), ("DATE", sent.strftime("%m/%d/%Y"))),
                               (("FAX", to_fax), ("PAGES", f"{pages} incl. cover")),
                               (("FROM", frm), ("PHONE", frm_phone)),
                               (("RE", re), ("OUR FAX", frm_fax))]:
        y = c.get_y()
        for i, (k, v) in enumerate(((k1, v1), (k2, v2))):
            x = c.l_margin + i * W * 0.6
            c.set_xy(x, y)
            c.f(8, "B")
            c.cell(16, 8, k)
            c.f(10.5)
            c.cell(W * (0.6 if i == 0 else 0.4) - 18, 8, v)
            c.line_seg(x + 16, y + 7.4, x + W * (0.6 if i == 0 else 0.4) - 3, y + 7.4)
        c.set_xy(c.l_margin, y + 10)
    c.ln(3)
    c.checks("Please", [(urgent, "Urgent"), (False, "For review"), (True, "Please reply"), (False, "Please comment"),
                        (True, "For your records")], size=9, cols=3)
    c.ln(4)
    c.set_font(c.face, "I", 12)
    c.multi_cell(0, 6.4, note, new_x="LMARGIN", new_y="NEXT")
    c.ln(12)
    c.f(7.4)
    c.multi_cell(0, 3.7, "CONFIDENTIALITY NOTE: this fax may contain protected health information meant only for the "
                         "person named above. If you are not that person, please call us and destroy every page.",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(c.output())
