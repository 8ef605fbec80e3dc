"""Drawing helpers for round ER, helper famrb (papers mirrored from travel medical insurance sold to visitors to the
United States, with an invented underwriting insurer and an invented assistance company that runs its claims; an
invented health plan for mimes, clowns and street performers with an invented claims administrator).

Why: round ER asks for shapes intake reads badly: multi-claim statements where each claim has its own number and
several rows and the refused claim shows only in zero-paid rows carrying reason codes explained elsewhere; captions
in a running line with no colon (a dash, a wide gap or nothing between caption and value, two caption-value pairs on
one line) and captions in small capitals above shaded boxes; letterheads with a tagline straight under the brand, a
parent-company line ("a member of ..."), the administrator in small print ("administered by ..."), a brand set in
capitals with an ampersand or a brand word with a short legal suffix; code legends whose codes look alike, that list
codes no row uses and that run over two pages; provider lines naming an organisation and a person, credentials after
names, rendering and billing providers side by side and a facility line under a doctor.
This kit builds on round EQ's EQSheet (kit_roundeq_famqb: fax line with page offsets, legal footer, boxes, stamps)
and adds:
- amp_head: a brand in capitals whose ampersand is set in a large italic serif, the tagline straight under it, a
  parent line, contact lines at the right, a rule and an "administered by" line in small grey print under the rule;
- suffix_head: a brand word in large serif with a short legal suffix ("plc") set small and raised after it, a parent
  line over it, the tagline under it, small print under the rule;
- runline: caption-value pairs in a running line with no colon (mode "gap", "dash" or "none");
- sc_boxes: captions in small capitals above shaded value boxes;
- prov_pair: rendering and billing providers side by side, each a caption bar over a name, a credential or second line
  and a facility line;
- legend_split: a one-column code legend that breaks after a given entry, closes the page with "(continued on next
  page)" and carries on under "<title> (continued)";
- claims_grid: a claims table with a claim header row (claim number, patient, provider) over its service rows and a
  claim total, that breaks across pages;
- hospital_cover / steward_cover: two senders' own fax covers (pages that belong to no document).
Everything printed with these helpers is invented except codes (CPT, HCPCS, ICD-10, CARC) and the names of real
places.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeq_famqb import EQSheet
from kit_roundep_fampd import (abbr, digits, dmy, dmy_dash, es_date, iso, long, n2, plus, short_md, slash,  # noqa: F401
                               upper, usd, wday, yy)

__all__ = ["ERSheet", "abbr", "digits", "dmy", "dmy_dash", "es_date", "iso", "long", "n2", "plus", "short_md",
           "slash", "upper", "usd", "wday", "yy", "flat", "ordinal", "ymd_dots", "hospital_cover", "steward_cover",
           "fax_line", "money_es", "es_short"]

MESES_ABR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def flat(v: float) -> str:
    """1234.50"""
    return f"{v:.2f}"


def ordinal(d: dt.date) -> str:
    """the 14th of April, 2026"""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suf} of {d.strftime('%B')}, {d.year}"


def ymd_dots(d: dt.date) -> str:
    """2026.04.14"""
    return d.strftime("%Y.%m.%d")


def es_short(d: dt.date) -> str:
    """14-abr-2026"""
    return f"{d.day:02d}-{MESES_ABR[d.month - 1]}-{d.year}"


def money_es(v: float) -> str:
    """US$ 1,234.50"""
    return f"US$ {v:,.2f}"


def fax_line(d: dt.date, hhmm: str, frm: str, fax_no: str, to: str, job: str) -> str:
    """A fax machine's line; '{n}' and '{nb}' become page number and count on every page."""
    return f"{d.strftime('%m/%d/%Y')} {hhmm}  FROM {frm}  {fax_no}  TO {to}  #{job}  PAGE {{n}}/{{nb}}"


class ERSheet(EQSheet):
    """EQSheet with the round ER shapes listed in the module docstring."""

    @property
    def W(self) -> float:
        return self.w - self.l_margin - self.r_margin

    # --- (c) letterheads ------------------------------------------------------------------------------------------
    def _right(self, right: list[str], y0: float, frac: float = 0.4, size: float = 7.4) -> float:
        ry = y0
        self.set_font("Sans", "", size)
        for ln in right:
            self.set_xy(self.l_margin + self.W * (1 - frac), ry)
            self.cell(self.W * frac, 3.6, ln, align="R")
            ry += 3.6
        return ry

    def _small_print(self, text: str, y: float, size: float = 6.3, align: str = "L") -> float:
        self.set_xy(self.l_margin, y)
        self.set_text_color(90, 90, 90)
        self.set_font("Sans", "", size)
        self.multi_cell(self.W, size * 0.45, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        return self.get_y()

    def amp_head(self, brand: str, tagline: str, parent: str, admin: str, right: list[str],
                 lines: list[str] | None = None, size: float = 21, rule: bool = True, tag_italic: bool = True):
        """Capitals with an ampersand in a large italic serif ('MOTLEY & MASK'), the tagline straight under it, a
        parent line ('a member of ...') and address lines, contact lines at the right, a rule, and the administrator
        in small grey print under the rule."""
        x0, y0 = self.l_margin, self.get_y()
        x = x0
        parts = brand.split("&")
        for i, part in enumerate(parts):
            part = part.strip()
            if i:
                self.set_font("Serif", "I", size * 1.25)
                self.set_xy(x + 0.8, y0 - size * 0.06)
                aw = self.get_string_width("&")
                self.cell(aw, size * 0.5, "&")
                x += aw + 2.4
            self.set_font("Sans", "B", size)
            self.set_xy(x, y0)
            pw = self.get_string_width(part)
            self.cell(pw, size * 0.44, part)
            x += pw + 0.8
        y = y0 + size * 0.44 + 0.6
        self.set_xy(x0, y)
        self.set_font("Serif" if tag_italic else "Sans", "I" if tag_italic else "", 9.2)
        self.cell(self.W * 0.62, 4.2, tagline)
        y += 4.6
        self.set_font("Sans", "", 7.3)
        for ln in [parent] + (lines or []):
            self.set_xy(x0, y)
            self.cell(self.W * 0.62, 3.5, ln)
            y += 3.5
        ry = self._right(right, y0)
        y = max(y, ry) + 1.2
        if rule:
            self.set_line_width(0.8)
            self.seg(x0, y, x0 + self.W, y)
            self.set_line_width(0.2)
        y = self._small_print(admin, y + 1.0, align="R")
        self.set_xy(x0, y + 3)

    def suffix_head(self, word: str, suffix: str, tagline: str, parent: str, admin: str, right: list[str],
                    lines: list[str] | None = None, size: float = 25, rule: bool = True):
        """A parent line in small spaced capitals over a brand word in large serif with a short legal suffix set small
        and raised after it ('Calvercot plc'), the tagline straight under the brand, address lines, contact lines at
        the right, a rule and small print under it."""
        x0, y0 = self.l_margin, self.get_y()
        self.set_font("Sans", "", 6.6)
        self.set_char_spacing(0.9)
        self.set_xy(x0, y0)
        self.cell(self.W * 0.6, 3, parent.upper())
        self.set_char_spacing(0)
        y = y0 + 3.6
        self.set_font("Serif", "B", size)
        self.set_xy(x0, y)
        ww = self.get_string_width(word)
        self.cell(ww, size * 0.42, word)
        self.set_font("Sans", "B", size * 0.36)
        self.set_xy(x0 + ww + 1.2, y - 0.2)
        self.cell(self.get_string_width(suffix) + 1, size * 0.18, suffix)
        y += size * 0.42 + 0.4
        self.set_xy(x0, y)
        self.set_font("Sans", "I", 8.8)
        self.cell(self.W * 0.62, 4.2, tagline)
        y += 4.6
        self.set_font("Sans", "", 7.2)
        for ln in lines or []:
            self.set_xy(x0, y)
            self.cell(self.W * 0.62, 3.4, ln)
            y += 3.4
        ry = self._right(right, y0 + 1)
        y = max(y, ry) + 1.2
        if rule:
            self.set_line_width(0.35)
            self.seg(x0, y, x0 + self.W, y)
            self.seg(x0, y + 0.8, x0 + self.W, y + 0.8)
            self.set_line_width(0.2)
        y = self._small_print(admin, y + 1.6)
        self.set_xy(x0, y + 3)

    # --- (b) captions ---------------------------------------------------------------------------------------------
    def runline(self, pairs: list[tuple[str, str]], mode: str = "gap", size: float = 9.0, gap: float = 7,
                sep: float = 9, x: float | None = None, bold: bool = True, h: float = 5.0):
        """Caption-value pairs in one running line with no colon: 'gap' leaves a wide space between caption and value,
        'dash' puts ' - ' between them, 'none' a single space. Values bold when bold."""
        self.set_x(self.l_margin if x is None else x)
        for i, (c, v) in enumerate(pairs):
            if i:
                self.cell(sep, h, "")
            self.set_font("Sans", "", size - 0.4)
            cap = c + (" - " if mode == "dash" else " " if mode == "none" else "")
            self.cell(self.get_string_width(cap) + 0.4, h, cap)
            if mode == "gap":
                self.cell(gap, h, "")
            self.set_font("Sans", "B" if bold else "", size)
            self.cell(self.get_string_width(v) + 0.6, h, v)
        self.ln(h)

    def smallcaps(self, text: str, x: float, y: float, size: float = 7.0, h: float = 3.4):
        """Small capitals: capital letters (and digits) at size, lower-case letters as capitals at 76% of it, on one
        baseline."""
        cx = x
        for k, word in enumerate(text.split(" ")):
            if k:
                self.set_font("Sans", "", size)
                cx += self.get_string_width(" ")
            for j, ch in enumerate(word):
                s = size if (not ch.isalpha() or ch.isupper()) else size * 0.76
                self.set_font("Sans", "", s)
                self.set_xy(cx, y + (size - s) * 0.33)
                self.cell(self.get_string_width(ch.upper()), h, ch.upper())
                cx += self.get_string_width(ch.upper())
        return cx

    def sc_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.4, cap: float = 6.8, h: float = 7.2,
                 shade: int = 226, gap: float = 2.5):
        """Captions in small capitals above shaded value boxes (a gap between boxes). Cells: (caption, value, frac)."""
        x, y = self.l_margin, self.get_y()
        n = len(cells)
        usable = self.W - gap * (n - 1)
        for c, v, frac in cells:
            cw = usable * frac
            self.smallcaps(c, x + 0.5, y, cap)
            self.set_fill_color(shade, shade, shade)
            self.rect(x, y + 4.0, cw, h, style="F")
            self.fit(v, cw - 3, size, "B", "Sans")
            self.set_xy(x + 1.5, y + 4.0)
            self.cell(cw - 3, h, v)
            self.set_fill_color(255, 255, 255)
            x += cw + gap
        self.set_xy(self.l_margin, y + 4.0 + h + 3)

    # --- (e) providers --------------------------------------------------------------------------------------------
    def prov_pair(self, cells: list[tuple[str, list[str]]], size: float = 8.6, cap: float = 6.4, gap: float = 3):
        """Providers side by side: a caption bar over a bold name and smaller lines (credential, facility line under
        the doctor, an NPI)."""
        n = len(cells)
        cw = (self.W - gap * (n - 1)) / n
        x, y = self.l_margin, self.get_y()
        hmax = 0.0
        for c, lines in cells:
            self.set_fill_color(60, 60, 60)
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", cap)
            self.set_xy(x, y)
            self.cell(cw, 4.2, "  " + c.upper(), fill=True)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)
            yy_ = y + 5.2
            for i, ln in enumerate(lines):
                self.fit(ln, cw - 4, size if i == 0 else size - 1.2, "B" if i == 0 else "", "Sans")
                self.set_xy(x + 1.6, yy_)
                self.cell(cw - 3, size * 0.46, ln)
                yy_ += size * 0.46 + 0.3
            hmax = max(hmax, yy_ - y + 1)
            x += cw + gap
        x = self.l_margin
        for _ in cells:
            self.rect(x, y, cw, hmax)
            x += cw + gap
        self.set_xy(self.l_margin, y + hmax + 3)

    # --- (d) legends ------------------------------------------------------------------------------------------------
    def legend_split(self, title: str, items: list[tuple[str, str]], break_after: int | None = None,
                     size: float = 7.6, code_w: float = 13, cont: str = "(continued on next page)",
                     on_new_page=None):
        """A one-column code legend; after entry break_after (or when the page is full) it closes the page with the
        cont note and carries on on a new page under '<title> (continued)'. on_new_page(sheet) may draw something
        first on the new page."""
        lh = size * 0.46

        def head(t):
            self.set_font("Sans", "B", size + 1.2)
            self.cell(self.W, 5, t, new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.3)
            self.seg(self.l_margin, self.get_y(), self.l_margin + self.W, self.get_y())
            self.set_line_width(0.2)
            self.ln(1)

        head(title)
        broke = False
        for i, (c, txt) in enumerate(items):
            self.set_font("Sans", "", size)
            hh = len(self.multi_cell(self.W - code_w, lh, txt, dry_run=True, output="LINES")) * lh + 0.8
            if (break_after is not None and i == break_after and not broke) or \
                    self.get_y() + hh > self.h - self.b_margin - 6:
                broke = True
                self.set_font("Sans", "I", 7)
                self.cell(self.W, 4, cont, align="R", new_x="LMARGIN", new_y="NEXT")
                self.add_page()
                if on_new_page:
                    on_new_page(self)
                head(f"{title} (continued)")
            self.set_font("Sans", "B", size)
            self.cell(code_w, lh, c)
            self.set_font("Sans", "", size)
            self.multi_cell(self.W - code_w, lh, txt, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(2)

    # --- (a) claims ---------------------------------------------------------------------------------------------------
    def claims_grid(self, head: list[str], widths: list[float], aligns: list[str], claims: list[dict],
                    size: float = 7.6, row_h: float = 4.9, foot_room: float = 28, head_fill: int = 200):
        """A claims table: each claim is a shaded header row (free text across the table, e.g. claim number, patient,
        provider), optional sub-rows of free text, its service rows and a bold claim total row; the table breaks
        across pages with '(continued)' and the head again.
        claim: {"head": str, "sub": [str], "rows": [[...]], "total": [...]}"""
        lh = (size - 0.4) * 0.42

        def draw_head():
            self.set_font("Sans", "B", size - 0.4)
            self.set_fill_color(head_fill, head_fill, head_fill)
            n = max(len(self.multi_cell(w, lh, hc, dry_run=True, output="LINES")) for hc, w in zip(head, widths))
            hh = max(row_h, n * lh + 1.4)
            x0, y0 = self.l_margin, self.get_y()
            xx = x0
            for hc, w in zip(head, widths):
                self.rect(xx, y0, w, hh, style="DF")
                self.set_xy(xx, y0 + 0.7)
                self.multi_cell(w, lh, hc, align="C", new_x="RIGHT", new_y="TOP")
                xx += w
            self.set_fill_color(255, 255, 255)
            self.set_xy(x0, y0 + hh)

        def room(k):
            if self.get_y() + row_h * k > self.h - foot_room:
                self.set_font("Sans", "I", 7)
                self.cell(sum(widths), 4, "(claims continued on next page)", align="R", new_x="LMARGIN",
                          new_y="NEXT")
                self.add_page()
                self.set_font("Sans", "I", 7)
                self.cell(sum(widths), 4, "(continued)", new_x="LMARGIN", new_y="NEXT")
                draw_head()

        draw_head()
        for cl in claims:
            room(2 + len(cl.get("sub", [])))
            self.set_font("Sans", "B", size)
            self.set_fill_color(236, 236, 236)
            self.cell(sum(widths), row_h, " " + cl["head"], border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255, 255, 255)
            self.set_font("Sans", "", size - 0.4)
            for s in cl.get("sub", []):
                self.cell(sum(widths), row_h, "   " + s, border="LR", new_x="LMARGIN", new_y="NEXT")
            for r in cl["rows"]:
                room(1)
                self.set_font("Sans", "", size)
                for c, w, a in zip(r, widths, aligns):
                    self.cell(w, row_h, c, border=1, align=a)
                self.ln(row_h)
            if cl.get("total"):
                room(1)
                self.set_font("Sans", "B", size)
                for c, w, a in zip(cl["total"], widths, aligns):
                    self.cell(w, row_h, c, border=1, align=a)
                self.ln(row_h)
            self.ln(1.2)
        self.ln(1)


# --- fax covers (pages that belong to no document) ------------------------------------------------------------------
def hospital_cover(hospital: str, office: str, lines: list[str], rows: list[tuple[str, str]], note: list[str],
                   fax_hdr: str | None = None, fax_tot: int | None = None) -> bytes:
    """A hospital international patient office's fax cover: a shaded top band with the hospital's name and office,
    'FAX TRANSMITTAL' in spaced capitals, a two-column grid of captions in small capitals over ruled values, a note
    in a ruled box and a confidentiality line at the foot."""
    p = ERSheet(footer=None, fax_hdr=fax_hdr, fax_tot=fax_tot)
    p.set_margins(18, 16, 18)
    p.add_page()
    W = p.W
    y = max(p.get_y(), 16)
    p.set_fill_color(215, 215, 215)
    p.rect(p.l_margin, y, W, 17, style="F")
    p.set_fill_color(255, 255, 255)
    p.set_xy(p.l_margin + 4, y + 2)
    p.set_font("Serif", "B", 14)
    p.cell(W - 8, 6.5, hospital)
    p.set_xy(p.l_margin + 4, y + 9)
    p.set_font("Sans", "", 8)
    p.cell(W - 8, 3.8, office + "  \u00b7  " + "  \u00b7  ".join(lines))
    p.set_xy(p.l_margin, y + 24)
    p.set_font("Sans", "B", 22)
    p.set_char_spacing(3)
    p.cell(W, 10, "FAX TRANSMITTAL", new_x="LMARGIN", new_y="NEXT")
    p.set_char_spacing(0)
    p.ln(4)
    half = (W - 8) / 2
    for i in range(0, len(rows), 2):
        yy_ = p.get_y()
        for j, (k, v) in enumerate(rows[i:i + 2]):
            x = p.l_margin + j * (half + 8)
            p.smallcaps(k, x, yy_, 7.4)
            p.set_xy(x, yy_ + 4)
            p.set_font("Sans", "", 10)
            p.cell(half, 6.5, v, border="B")
        p.set_xy(p.l_margin, yy_ + 13)
    p.ln(4)
    p.set_font("Sans", "", 9.6)
    y0 = p.get_y()
    p.set_xy(p.l_margin + 3, y0 + 3)
    for para in note:
        p.multi_cell(W - 6, 4.8, para, new_x="LMARGIN", new_y="NEXT")
        p.set_x(p.l_margin + 3)
        p.ln(2)
    p.rect(p.l_margin, y0, W, p.get_y() - y0 + 1)
    p.set_y(p.h - 28)
    p.set_font("Sans", "", 6.8)
    p.multi_cell(W, 3.2, "This transmission may hold patient health and billing information protected by law. If it "
                         "reached you by mistake, tell the sender by telephone and destroy every page.", border="T",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def steward_cover(title: str, sender: list[str], rows: list[tuple[str, str]], note: list[str],
                  fax_hdr: str | None = None, fax_tot: int | None = None) -> bytes:
    """A performers' circle steward's home-made fax cover: a big hand-set title, the sender's lines, a table of
    captions and values with dotted leaders, a typed note in the monospace face and a pasted sticker line."""
    p = ERSheet(footer=None, fax_hdr=fax_hdr, fax_tot=fax_tot)
    p.set_margins(22, 18, 22)
    p.add_page()
    W = p.W
    p.set_y(max(p.get_y(), 20))
    p.set_font("Serif", "B", 30)
    p.cell(W, 13, title, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.4)
    for ln in sender:
        p.cell(W, 4.2, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for k, v in rows:
        p.set_font("Sans", "B", 10)
        kw = p.get_string_width(k) + 1
        p.cell(kw, 7, k)
        p.set_font("Sans", "", 10)
        vw = p.get_string_width(v) + 1
        dots = max(3, int((W - kw - vw) / p.get_string_width(".")) - 2)
        p.cell(W - kw - vw, 7, "." * dots)
        p.cell(vw, 7, v, align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.set_font("Mono", "", 9.6)
    for para in note:
        p.multi_cell(W, 4.9, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_y(p.h - 34)
    p.set_font("Sans", "I", 7)
    p.multi_cell(W, 3.3, "Private and confidential. If this fax came to you by mistake please ring the number above "
                         "and throw the pages away.", align="C", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def rng_pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]
