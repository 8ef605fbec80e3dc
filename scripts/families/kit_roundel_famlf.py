"""Drawing helpers for round EL, helper famlf (papers mirrored from a Medicare Supplement (Medigap) insurer's
explanations of benefits and claim letters after Medicare crossover; an invented health plan for professional esports
players and the broadcast and streaming crews of their league).

Why: this round asks for letterheads whose insurer name is hard to read as one, fax covers that read like letters,
side columns printed beside a claims table and dependents' member numbers written as the subscriber's number with a
suffix. New here:
- spaced_head: the brand in letter-spaced capitals ("B R I N D L E C O T E" as a printer spaces it) over a shorter
  rest of the name, an optional small "administered by" line under the contact lines;
- split_head: the brand word broken over two lines in large type ("LUMEN" over "FALL"), the rest of the name in
  small type beside the break;
- logo_title: a logo word run straight into the paper's title on one line ("BRINDLECOTE EXPLANATION OF BENEFITS"),
  the legal name only in small type under it;
- side_boxes / with_side: a column of framed boxes (members, "your plan at a glance", contacts) printed at the right
  while the claims table or the letter runs in the narrower column at the left;
- dep_id: a dependent's number as the subscriber's number plus a suffix, in the shapes "-02", " 03" and "*01";
- letter_cover: a fax cover sheet whose message opens "Dear ...," and runs for a few paragraphs like a letter,
  signed, before a small To / From / Fax / Pages block (a page of its own that belongs to no document).
Everything else comes from round EK's KFSheet and what it inherits (carry_table, cols, beside_caps, over_boxes, hung,
kv_box, addr_pairs_right, glossary, money_box, running header `every`, running footer `ids_foot`, fax header line
`fax_hdr`, signers). Every name and number printed with these helpers is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundek_famkf import (KFSheet, dmy_dash, es_date, es_wday, iso, long, m2, mdy_dots, n2, ord_long,  # noqa: F401
                               out, plus, slash, truth, usd, wday_long, workday, ymd_slash, yy)
from public_kit import MONTHS_ES, digits, mbi  # noqa: F401

# --- invented people ----------------------------------------------------------------------------------------------
# Medicare supplement insureds: people born in the late 1940s and 1950s, surnames of the northern plains
SR_F = ["Adeline", "Bernice", "Cordelia", "Dorothea", "Edwina", "Fern", "Gladys", "Harriet", "Inez", "Juliana",
        "LaVonne", "Marcella", "Norma", "Opal", "Phyllis", "Rosemary", "Shirley", "Twila", "Verna", "Wilma"]
SR_M = ["Alton", "Burdette", "Carroll", "Dale", "Eldon", "Forrest", "Gaylord", "Harlan", "Ivan", "Jerald", "Kermit",
        "LeRoy", "Marvin", "Neil", "Orrin", "Perry", "Roald", "Stanley", "Vernon", "Wendell"]
SR_LAST = ["Aasland", "Bjornstad", "Christenson", "Dahlberg", "Engebretson", "Fjelstad", "Gunderson", "Haugland",
           "Iverslie", "Jorgensrud", "Kvamme", "Lindvig", "Moen", "Nordgaard", "Odegaard", "Paulsrud", "Quale",
           "Rognstad", "Skjerven", "Tollefsrud", "Ulvestad", "Vangsness", "Westby", "Ystad"]
# esports players, crews and their families: a broad mix of given names of people born 1995-2008
YG_F = ["Aaliyah", "Brielle", "Cami", "Dakota", "Esme", "Fallon", "Gianna", "Hazel", "Indie", "Juniper", "Kessa",
        "Lyra", "Maren", "Noor", "Odessa", "Piper", "Reina", "Sloane", "Tamsin", "Vesper", "Wrenna", "Yara", "Zinnia",
        "Avalon", "Blythe"]
YG_M = ["Axel", "Bastian", "Cyrus", "Dorian", "Elio", "Fitz", "Gideon", "Hayes", "Ike", "Jasper", "Kian", "Lev",
        "Milo", "Nash", "Oren", "Pike", "Ronan", "Silas", "Thane", "Zev", "Anselm", "Brecken", "Cato", "Dashel",
        "Emrys"]
YG_LAST = ["Abernethy", "Baptiste", "Castellanos", "Delacruz", "Esterhuizen", "Fairweather", "Goldsworthy",
           "Halloran", "Imbert", "Jankowski", "Kowalewski", "Lindqvist", "Marchetti", "Nakashima", "Oyelowo",
           "Pemberton", "Quintanar", "Rasmussen", "Szczepanik", "Thibodeaux", "Underwood", "Valdivia", "Whitlock",
           "Yilmaz", "Achebe", "Brightwater", "Castellano-Reyes", "Dunphy", "Eckhardt", "Fenwright", "Gallardo",
           "Holmgren", "Iwasaki", "Jurado", "Kilbride", "Lachance", "Mbeki-Ross", "Nordstrom", "Okonkwo-Hale",
           "Prendergast", "Renshaw", "Sorensen", "Tremblay", "Vukovic"]
ES_F = ["Amparo", "Berenice", "Citlali", "Dulce", "Esmeralda", "Fabiola", "Guadalupe", "Ixchel", "Jimena", "Xóchitl"]
ES_M = ["Alonso", "Braulio", "Cuauhtémoc", "Damián", "Efraín", "Gael", "Isaías", "Jovani", "Leonel", "Uriel"]
ES_LAST = ["Aguirre", "Balderas", "Cervantes", "Domínguez", "Echeverría", "Fuentes", "Galván", "Ibarra",
           "Jaramillo", "Maldonado", "Ocampo", "Quiñones", "Solís", "Villarreal"]


def people(rng: random.Random, n: int, kind: str = "sr", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name; kind 'sr' (Medicare insureds and staff),
    'yg' (players, crews, clinicians) or 'es' (Spanish); sexes: optional F / M / X a person; last: one surname for
    all (a family); used: first and last names already printed elsewhere in the family (kept apart, then added)."""
    pools, lasts = {"sr": ({"F": SR_F, "M": SR_M}, SR_LAST), "yg": ({"F": YG_F, "M": YG_M}, YG_LAST),
                    "es": ({"F": ES_F, "M": ES_M}, ES_LAST)}[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(used or ()), []
    tries = 0
    while len(got) < n:
        tries += 1
        f = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"])
        la = last or rng.choice(lasts)
        if f in seen or (la in seen and not last and tries < 400):
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


def first_last(full: str) -> str:
    f, _, la = parts(full)
    return f"{f} {la}"


def surname(full: str) -> str:
    return parts(full)[2]


def phone(rng: random.Random, area: str = "605") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "866") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def npi(rng: random.Random) -> str:
    return "1" + digits(rng, 9)


def mbi_dashed(m: str) -> str:
    """A Medicare number as the red-white-and-blue card prints it: 1EG4-TE5-MK73"""
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def dep_id(sub: str, n: int, style: str = "-") -> str:
    """A dependent's member number: the subscriber's number and a two-digit suffix joined by '-', ' ' or '*'."""
    return f"{sub}{style}{n:02d}"


def caps_date(d: dt.date) -> str:
    """MAY 08 2026"""
    return d.strftime("%b %d %Y").upper()


def abbr(d: dt.date) -> str:
    """May 8, 2026"""
    return d.strftime("%b %-d, %Y")


def nod(v: float) -> str:
    """money without the dollar sign and without thousands separators: 1234.50"""
    return f"{v:.2f}"


class ELSheet(KFSheet):
    """KFSheet plus letterheads that hide the insurer's name in unusual settings, a side column of boxes beside a
    claims table and a fax header line (`fax_hdr`, from round DM's sheet) whose page number can start after a cover
    and the papers before it (`fax_off`)."""

    def __init__(self, *a, fax_off: int = 0, **k):
        super().__init__(*a, **k)
        self.fax_off = fax_off

    def header(self):
        hdr = self.fax_hdr
        if hdr:
            self.fax_hdr = hdr.replace("{n}", str(self.page_no() + self.fax_off))
        super().header()
        self.fax_hdr = hdr

    def _contact(self, lines: list[str], admin: str | None, size: float = 7.8):
        self.f(size)
        for ln in lines:
            self.set_x(self.l_margin)
            self.cell(0, size * 0.48, ln, new_x="LMARGIN", new_y="NEXT")
        if admin:
            self.set_text_color(95, 95, 95)
            self.f(size - 1.2)
            self.set_x(self.l_margin)
            self.cell(0, size * 0.46, admin, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)

    def spaced_head(self, brand: str, rest: str, lines: list[str], admin: str | None = None, size: float = 19,
                    spacing: float = 3.2, box: str | None = None, rule: bool = True):
        """The brand in letter-spaced capitals, the rest of the name in small spaced capitals under it, contact lines
        and an optional small grey 'administered by' line; an optional boxed title at the right."""
        y = self.get_y()
        self.f(size, "B")
        self.set_char_spacing(spacing)
        self.set_xy(self.l_margin, y)
        self.cell(0, size * 0.5, brand.upper())
        self.set_char_spacing(1.1)
        self.f(size * 0.42, "B")
        self.set_xy(self.l_margin + 0.5, y + size * 0.5 + 1.2)
        self.cell(0, size * 0.25, rest.upper())
        self.set_char_spacing(0)
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y + 1)
            self.cell(bw, 8, box, border=1, align="C")
        self.set_xy(self.l_margin, y + size * 0.5 + size * 0.25 + 3.4)
        self._contact(lines, admin)
        if rule:
            self.line_seg(self.l_margin, self.get_y() + 1.2, self.w - self.r_margin, self.get_y() + 1.2)
        self.set_y(self.get_y() + 4)

    def split_head(self, top: str, bottom: str, beside: list[str], lines: list[str], admin: str | None = None,
                   size: float = 22, box: str | None = None):
        """The brand broken over two lines in large type, the rest of the name in small type beside the break."""
        y = self.get_y()
        lh = size * 0.42
        self.f(size, "B")
        self.set_xy(self.l_margin, y)
        self.cell(0, lh, top.upper())
        w = max(self.get_string_width(top.upper()), self.get_string_width(bottom.upper()))
        self.set_xy(self.l_margin, y + lh + 0.6)
        self.cell(0, lh, bottom.upper())
        self.set_fill_color(40, 40, 40)
        self.rect(self.l_margin + w + 3, y + 0.5, 1.2, 2 * lh, style="F")
        self.set_fill_color(255, 255, 255)
        self.f(9.4)
        yy_ = y + lh - 2.2 * len(beside) + 1
        for ln in beside:
            self.set_xy(self.l_margin + w + 6.5, yy_)
            self.cell(0, 4.4, ln)
            yy_ += 4.4
        if box:
            self.f(10.5, "B")
            bw = self.get_string_width(box) + 10
            self.set_xy(self.w - self.r_margin - bw, y + 2)
            self.cell(bw, 8, box, border=1, align="C")
        self.set_xy(self.l_margin, y + 2 * lh + 3)
        self._contact(lines, admin)
        self.line_seg(self.l_margin, self.get_y() + 1.2, self.w - self.r_margin, self.get_y() + 1.2)
        self.set_y(self.get_y() + 4)

    def logo_title(self, logo: str, title: str, lines: list[str], admin: str | None = None, size: float = 15,
                   shade: bool = False):
        """A logo word run straight into the paper's title on one line ('LOGO TITLE'), the logo heavy (optionally
        white on a dark block), the title light; contact lines and a rule under them."""
        y = self.get_y()
        self.f(size, "B")
        lw = self.get_string_width(logo.upper())
        self.set_xy(self.l_margin, y)
        if shade:
            self.set_fill_color(30, 30, 30)
            self.set_text_color(255, 255, 255)
            self.cell(lw + 4, size * 0.55, logo.upper(), fill=True, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            x = self.l_margin + lw + 6
        else:
            self.cell(lw, size * 0.55, logo.upper())
            x = self.l_margin + lw + 2.4
        self.f(size)
        self.set_xy(x, y)
        self.cell(0, size * 0.55, title.upper())
        self.set_xy(self.l_margin, y + size * 0.55 + 1.8)
        self._contact(lines, admin)
        self.set_line_width(0.6)
        self.line_seg(self.l_margin, self.get_y() + 1.2, self.w - self.r_margin, self.get_y() + 1.2)
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def side_boxes(self, boxes: list[tuple[str, list]], x: float, y: float, w: float, size: float = 7.8) -> float:
        """A column of framed boxes at (x, y): each a dark strip with its white title, then items - a (caption,
        value) pair prints the small caption over the bold value, a string prints as a short paragraph. Returns the
        y under the last box."""
        yy_ = y
        for title, items in boxes:
            self.set_fill_color(55, 55, 55)
            self.set_text_color(255, 255, 255)
            self.set_xy(x, yy_)
            self.f(size + 0.2, "B")
            self.cell(w, size * 0.62, " " + title, fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            top = yy_
            yy_ += size * 0.62 + 1.2
            for it in items:
                self.set_xy(x + 1.8, yy_)
                if isinstance(it, tuple):
                    self.f(size - 1.4)
                    self.set_text_color(80, 80, 80)
                    self.multi_cell(w - 3.6, (size - 1.4) * 0.44, it[0], new_x="LEFT", new_y="NEXT", align="L")
                    self.set_text_color(0, 0, 0)
                    self.f(size, "B")
                    self.multi_cell(w - 3.6, size * 0.46, it[1], new_x="LEFT", new_y="NEXT", align="L")
                else:
                    self.f(size - 0.4)
                    self.multi_cell(w - 3.6, (size - 0.4) * 0.45, it, new_x="LEFT", new_y="NEXT", align="L")
                yy_ = self.get_y() + 1.2
            self.rect(x, top, w, yy_ - top + 0.4)
            yy_ += 3
        return yy_

    def with_side(self, boxes: list[tuple[str, list]], side_w: float, draw, gap: float = 5, size: float = 7.8):
        """The side column of boxes at the right and, beside it, whatever draw(width) prints in the narrower left
        column (a claims table, paragraphs); the page's right margin is moved in while draw runs."""
        W = self.w - self.l_margin - self.r_margin
        y0 = self.get_y()
        page = self.page_no()
        bottom = self.side_boxes(boxes, self.l_margin + W - side_w, y0, side_w, size)
        self.set_xy(self.l_margin, y0)
        old = self.r_margin
        self.set_right_margin(old + side_w + gap)
        draw(W - side_w - gap)
        self.set_right_margin(old)
        y = max(self.get_y(), bottom) if self.page_no() == page else self.get_y()
        self.set_xy(self.l_margin, y + 2)

    def left_para(self, text: str, size: float = 9.4, gap: float = 2):
        """A paragraph as wide as the current margins allow (for use inside with_side)."""
        self.f(size)
        self.set_x(self.l_margin)
        self.multi_cell(self.w - self.l_margin - self.r_margin, size * 0.47, text, new_x="LMARGIN", new_y="NEXT",
                        markdown=True)
        self.ln(gap)

    def framed_note(self, text: str, size: float = 8.6, shade: int = 238):
        """A shaded, framed note across the page (a call-out)."""
        W = self.w - self.l_margin - self.r_margin
        self.f(size)
        n = len(self.multi_cell(W - 6, size * 0.47, text, dry_run=True, output="LINES"))
        h = n * size * 0.47 + 4
        y = self.get_y()
        self.set_fill_color(shade, shade, shade)
        self.rect(self.l_margin, y, W, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin + 3, y + 2)
        self.multi_cell(W - 6, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + h + 3)


def letter_cover(org: str, org_lines: list[str], date_s: str, salutation: str, paras: list[str], sign: list[str],
                 grid: list[tuple[str, str]], fax_hdr: str | None = None, title: str = "FAX") -> bytes:
    """A fax cover sheet that reads like a letter: the sender's name and lines, a small 'FAX' tag and the date, a
    message that opens 'Dear ...,' and runs a few paragraphs, a signature, then a small To / From / Fax / Pages
    block and a confidentiality line. A page of its own that belongs to no document."""
    p = ELSheet(footer=None, fax_hdr=fax_hdr)
    p.set_margins(24, 18, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6.5, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    for ln in org_lines:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y() + 2
    p.line_seg(p.l_margin, y, p.l_margin + W, y)
    p.set_xy(p.l_margin, y + 3)
    p.f(9, "B")
    p.cell(20, 6, title, border=1, align="C")
    p.f(10)
    p.set_x(p.l_margin + W - 60)
    p.cell(60, 6, date_s, align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(7)
    p.f(10.6)
    p.cell(0, 6, salutation, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for t in paras:
        p.multi_cell(W, 5.3, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(2.4)
    p.ln(2)
    for i, ln in enumerate(sign):
        p.f(10.4, "B" if i == 1 else "")
        p.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    y = p.get_y()
    p.set_draw_color(90, 90, 90)
    p.rect(p.l_margin, y, W, 7 * ((len(grid) + 1) // 2) + 3)
    p.set_draw_color(0, 0, 0)
    for i, (k, v) in enumerate(grid):
        x = p.l_margin + 2 + (i % 2) * W / 2
        yy_ = y + 2 + (i // 2) * 7
        p.set_xy(x, yy_)
        p.f(7.6, "B")
        p.cell(20, 5, k.upper())
        p.f(9)
        p.cell(W / 2 - 24, 5, v)
    p.set_y(p.h - 30)
    p.f(7)
    p.multi_cell(W, 3.3, "CONFIDENTIAL: the pages that follow this cover may hold protected health information. They "
                         "are meant only for the office named above. If they reached you by mistake, please tell the "
                         "sender at the number above and destroy them.", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
