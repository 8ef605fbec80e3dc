"""Drawing helpers for round EQ, helper famqd (papers of an invented Medicare Advantage institutional special needs plan
for nursing facility residents; an invented health plan for zookeepers, aquarium divers and other animal care staff).

Why: the round asks for code legends set in two or three columns where an entry's explanation runs on to a second
line beside the next column's code (and legends that list codes no line uses), letterheads whose brand OCR would cut
into pieces (a letter-spaced wordmark, a monogram beside the name, the brand broken over two lines, a tagline under
it, another legal entity in the footer), fax transmission lines across the top of every page ("P. 2/5", job numbers)
and received or scanned stamps whose dates are not the notice date, boxes where one caption owns two numbers or two
captions share one box, reference numbers that look like case numbers (letter IDs, document control numbers, batch
and fax job numbers), and provider lines naming an organisation and a person together (rendering, billing and
referring providers side by side, a facility name under the doctor's name).
Date shapes offered by kit_roundep_fampd's helpers plus "the 4th of May, 2026" style sentences; money "$1,234.50",
"1,234.50", "1234.50".
Everything printed with these helpers is invented except the names of public programs and codes.
"""

from __future__ import annotations

import datetime as dt

from kit_roundep_fampd import EPSheet

__all__ = ["EQSheet", "facility_cover", "hr_cover", "ordinal"]


def ordinal(d: dt.date) -> str:
    """the 4th of May, 2026 (a sentence form; never the only place a truth date is printed)"""
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suf} of {d.strftime('%B')}, {d.year}"


class EQSheet(EPSheet):
    """EPSheet with a fax transmission line whose page count runs over a whole transmission (a stack's documents
    are pages k..k+n of one fax: '{p}' is this page's number in the transmission), and the round's letterheads,
    stamps, boxes and legends."""

    def __init__(self, *a, fax_off: int = 0, **k):
        super().__init__(*a, **k)
        self.fax_off = fax_off

    def header(self):
        y = 4.5
        if self.fax_hdr:
            self.set_xy(7, y)
            self.set_font("Mono", "", 7.4)
            self.cell(0, 3.6, self.fax_hdr.replace("{p}", f"{self.page_no() + self.fax_off}")
                      .replace("{n}", str(self.page_no())))
            y += 4.6
        if self.run_hdr and (self.run_hdr_all or self.page_no() > 1):
            self.set_xy(self.l_margin, y + 1.5)
            self.set_font("Sans", "", 7.2)
            self.set_text_color(70, 70, 70)
            self.cell(0, 3.6, self.run_hdr.replace("{n}", str(self.page_no())))
            self.set_text_color(0, 0, 0)
            yy_ = y + 6
            self.seg(self.l_margin, yy_, self.w - self.r_margin, yy_)
            self.set_y(max(self.t_margin, yy_ + 4))
        elif self.fax_hdr:
            self.set_y(max(self.t_margin, y + 3))

    @property
    def W(self) -> float:
        return self.w - self.l_margin - self.r_margin

    # --- letterheads ---------------------------------------------------------------------------------------------
    def monogram(self, initials: str, x: float, y: float, s: float = 15, shape: str = "ring"):
        """Initials in a double ring, or reversed out of a dark rounded square ('tile')."""
        if shape == "ring":
            self.set_line_width(0.7)
            self.ellipse(x, y, s, s)
            self.set_line_width(0.25)
            self.ellipse(x + 1.2, y + 1.2, s - 2.4, s - 2.4)
            self.set_line_width(0.2)
            self.set_font("Serif", "B", s * 0.62)
            self.set_xy(x, y + s / 2 - s * 0.16)
            self.cell(s, s * 0.32, initials, align="C")
        else:
            self.set_fill_color(35, 35, 35)
            self.rect(x, y, s, s, style="F", round_corners=True, corner_radius=2.2)
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", s * 0.55)
            self.set_xy(x, y + s / 2 - s * 0.15)
            self.cell(s, s * 0.3, initials, align="C")
            self.set_text_color(0, 0, 0)
            self.set_fill_color(255, 255, 255)

    def split_brand(self, spaced: str, second: str, tagline: str, initials: str, lines: list[str],
                    right: list[str], shape: str = "ring", spaced_size: float = 19, second_size: float = 11,
                    box: str | None = None, rule: str = "double", char_gap: float = 0.0):
        """The brand broken over two lines beside a monogram: a letter-spaced word ('L A R C H E N B Y', the gaps
        typed as spaces, or drawn with char_gap) over the rest of the name in a lighter face, a small italic tagline
        under them, address lines, contact lines at the right, an optional outlined box with the paper's kind and a
        double (or single) rule."""
        x0, y0 = self.l_margin, self.get_y()
        self.monogram(initials, x0, y0 + 0.5, 15, shape)
        tx = x0 + 19
        self.set_xy(tx, y0)
        self.set_font("Serif", "B", spaced_size)
        if char_gap:
            self.set_char_spacing(char_gap)
        self.cell(self.W * 0.62, spaced_size * 0.42, spaced)
        self.set_char_spacing(0)
        y = y0 + spaced_size * 0.42 + 0.8
        self.set_xy(tx, y)
        self.set_font("Serif", "", second_size)
        self.cell(self.W * 0.62, second_size * 0.45, second)
        y += second_size * 0.45 + 0.6
        self.set_xy(tx, y)
        self.set_font("Sans", "I", 7.6)
        self.cell(self.W * 0.62, 3.6, tagline)
        tag_y, tag_end = y, tx + self.get_string_width(tagline)
        y += 4.2
        self.set_font("Sans", "", 7.2)
        for ln in lines:
            self.set_xy(tx, y)
            self.cell(self.W * 0.62, 3.3, ln)
            y += 3.3
        ry = y0
        self.set_font("Sans", "", 7.4)
        for ln in right:
            self.set_xy(x0 + self.W * 0.6, ry)
            self.cell(self.W * 0.4, 3.6, ln, align="R")
            ry += 3.6
        if box:
            self.set_font("Sans", "B", 8.6)
            bw = self.get_string_width(box) + 6
            by = ry + 1.5
            if tag_end > x0 + self.W - bw - 2 and by < tag_y + 3.8 and by + 6.5 > tag_y:
                by = tag_y + 4.0          # under the tagline's line when the tagline runs into the box
            self.set_xy(x0 + self.W - bw, by)
            self.set_line_width(0.5)
            self.cell(bw, 6.5, box, border=1, align="C")
            self.set_line_width(0.2)
            ry = by + 7.5
        y = max(y, ry) + 2
        self.set_line_width(0.6)
        self.seg(x0, y, x0 + self.W, y)
        self.set_line_width(0.2)
        if rule == "double":
            self.seg(x0, y + 1.1, x0 + self.W, y + 1.1)
        self.set_xy(x0, y + 4)

    def legal_foot(self, text: str, size: float = 6.4):
        """A ruled block of small print naming the legal entity (not the brand) that stands behind the paper."""
        self.set_draw_color(120, 120, 120)
        self.seg(self.l_margin, self.get_y(), self.l_margin + self.W, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.ln(1)
        self.set_font("Sans", "", size)
        self.multi_cell(self.W, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    # --- stamps ----------------------------------------------------------------------------------------------------
    def recv_stamp(self, lines: list[str], x: float, y: float, angle: float = 9, size: float = 9.0,
                   round_: bool = False):
        """A tilted received / scanned stamp in grey: a double frame (or a rounded one) with its lines centred."""
        self.set_font("Sans", "B", size)
        w = max(self.get_string_width(s) for s in lines) + 8
        h = len(lines) * size * 0.5 + 4.5
        keep = (self.get_x(), self.get_y())
        with self.rotation(angle, x + w / 2, y + h / 2):
            self.set_draw_color(80, 80, 80)
            self.set_text_color(80, 80, 80)
            self.set_line_width(0.6)
            if round_:
                self.rect(x, y, w, h, round_corners=True, corner_radius=3)
            else:
                self.rect(x, y, w, h)
                self.set_line_width(0.2)
                self.rect(x + 1.1, y + 1.1, w - 2.2, h - 2.2)
            self.set_line_width(0.2)
            for i, s in enumerate(lines):
                self.set_xy(x, y + 2.3 + i * size * 0.5)
                self.set_font("Sans", "B", size if i else size + 0.6)
                self.cell(w, size * 0.5, s, align="C")
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_xy(*keep)

    # --- boxes -----------------------------------------------------------------------------------------------------
    def cap_boxes(self, rows: list[list[tuple[str, str, float]]], size: float = 9.2, cap: float = 6.2,
                  h: float = 10.0, below: bool = False):
        """Rows of ruled boxes, each with a small caption in its top-left corner (or under the value when below)
        and its value; a caption may own two numbers ('Group/Member No.' with '55Q01 / Q778812') and two captions
        may share one box. Cells: (caption, value, fraction of the width)."""
        y = self.get_y()
        for row in rows:
            x = self.l_margin
            for c, v, frac in row:
                cw = self.W * frac
                self.set_line_width(0.3)
                self.rect(x, y, cw, h)
                self.set_line_width(0.2)
                self.set_font("Sans", "", cap)
                self.set_xy(x + 1.2, y + (h - cap * 0.45 - 0.8 if below else 0.8))
                self.cell(cw - 2, cap * 0.45, c)
                self.fit(v, cw - 3, size, "B", "Sans")
                self.set_xy(x + 1.4, y + (1.2 if below else 1.4 + cap * 0.45))
                self.cell(cw - 2.5, size * 0.5, v)
                x += cw
            y += h
        self.set_xy(self.l_margin, y + 3)

    def provider_trio(self, cells: list[tuple[str, str, str]], size: float = 8.8, cap: float = 6.4,
                      title: str | None = None):
        """Providers side by side in ruled boxes: (role caption, person or organisation, a second line under it such
        as the facility under the doctor's name)."""
        y = self.get_y()
        if title:
            self.set_font("Sans", "B", 7.6)
            self.cell(0, 4, title, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y()
        cw = self.W / len(cells)
        h = cap * 0.45 + size * 0.5 * 2 + 3.6
        for i, (role, name, sub) in enumerate(cells):
            x = self.l_margin + i * cw
            self.rect(x, y, cw, h)
            self.set_font("Sans", "B", cap)
            self.set_xy(x + 1.3, y + 0.8)
            self.cell(cw - 2, cap * 0.45, role.upper())
            self.fit(name, cw - 3, size, "B", "Sans")
            self.set_xy(x + 1.3, y + 1.6 + cap * 0.45)
            self.cell(cw - 2.5, size * 0.5, name)
            self.fit(sub, cw - 3, size - 0.8, "", "Sans")
            self.set_xy(x + 1.3, y + 2.2 + cap * 0.45 + size * 0.5)
            self.cell(cw - 2.5, size * 0.5, sub)
        self.set_xy(self.l_margin, y + h + 3)

    # --- legends ---------------------------------------------------------------------------------------------------
    def legend_grid(self, title: str, items: list[tuple[str, str]], cols: int = 2, size: float = 7.4,
                    code_w: float = 9.5, gap: float = 5, boxed: bool = True):
        """Codes in `cols` columns filled row by row: each row's entries start on the same line, so an explanation
        that runs to a second or third line sits beside the next column's code and its text. The row's height is
        its tallest entry's. A title bar over it; optionally boxed."""
        W = self.W
        cw = (W - 4 - gap * (cols - 1)) / cols
        lh = size * 0.46
        y0 = self.get_y()
        if y0 + 20 > self.h - 24:
            self.add_page()
            y0 = self.get_y()
        self.set_fill_color(225, 225, 225)
        self.set_font("Sans", "B", size + 0.8)
        self.set_xy(self.l_margin, y0)
        self.cell(W, 5, "  " + title, fill=True)
        self.set_fill_color(255, 255, 255)
        y = y0 + 6.4
        for r in range(0, len(items), cols):
            row = items[r:r + cols]
            self.set_font("Sans", "", size)
            hs = [len(self.multi_cell(cw - code_w, lh, t, dry_run=True, output="LINES")) * lh for _, t in row]
            if y + max(hs) > self.h - 22:
                if boxed:
                    self.rect(self.l_margin, y0, W, y - y0 + 0.4)
                self.add_page()
                y0 = y = self.get_y()
            for k, (code, text) in enumerate(row):
                x = self.l_margin + 2 + k * (cw + gap)
                self.set_xy(x, y)
                self.set_font("Sans", "B", size)
                self.cell(code_w, lh, code)
                self.set_font("Sans", "", size)
                self.set_xy(x + code_w, y)
                self.multi_cell(cw - code_w, lh, text, new_x="LEFT", new_y="NEXT")
            y += max(hs) + 1.1
        if boxed:
            self.rect(self.l_margin, y0, W, y - y0 + 0.4)
        self.set_xy(self.l_margin, y + 3)


# --- fax covers (pages that belong to no document) ----------------------------------------------------------------
def facility_cover(facility: str, dept: str, lines: list[str], to: str, to_org: str, to_fax: str, frm: str,
                   frm_phone: str, when: str, pages: str, re_: str, note: list[str], fax_hdr: str) -> bytes:
    """A nursing facility's social services fax cover: the facility's name in serif over a thin rule, a large
    outlined 'FAX TRANSMITTAL' line, a two-column grid of captions and values with captions UNDER the lines, tick
    boxes, a note in italic serif, a confidentiality line, and the sending machine's transmission line at the top."""
    p = EQSheet(footer=None, fax_hdr=fax_hdr)
    p.set_margins(20, 16, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.W
    p.set_font("Serif", "B", 15)
    p.cell(W, 7, facility, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.4)
    p.cell(W, 4.2, dept, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 7.4)
    for ln in lines:
        p.cell(W, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.seg(p.l_margin, p.get_y(), p.l_margin + W, p.get_y())
    p.ln(6)
    p.set_font("Sans", "B", 24)
    p.cell(W, 11, "FAX TRANSMITTAL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    grid = [(to, "TO"), (frm, "FROM"), (to_org, "ORGANIZATION"), (frm_phone, "CALL-BACK NUMBER"),
            (to_fax, "FAX NUMBER"), (when, "DATE SENT"), (pages, "PAGES INCLUDING THIS ONE"), ("", "")]
    for i in range(0, len(grid), 2):
        y = p.get_y()
        for j, (v, c) in enumerate(grid[i:i + 2]):
            if not c:
                continue
            x = p.l_margin + j * (W / 2 + 3)
            p.set_xy(x, y)
            p.fit(v, W / 2 - 7, 10, "", "Sans")
            p.cell(W / 2 - 6, 6, v)
            p.seg(x, y + 6.3, x + W / 2 - 6, y + 6.3)
            p.set_xy(x, y + 6.8)
            p.set_font("Sans", "B", 6.4)
            p.cell(W / 2 - 6, 3, c)
        p.set_xy(p.l_margin, y + 12)
    p.set_font("Sans", "B", 9)
    p.cell(14, 6, "RE:")
    p.set_font("Sans", "", 10)
    p.cell(W - 14, 6, re_, border="B", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.set_font("Sans", "", 9.2)
    for i, t in enumerate(["Urgent", "Please review", "Please call", "For your records"]):
        p.cell(W / 4, 6, ("\u2612 " if i in (1, 2) else "\u2610 ") + t)
    p.ln(11)
    for para in note:
        p.set_font("Serif", "I", 11.5)
        p.multi_cell(W, 6, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_y(p.h - 30)
    p.set_font("Sans", "", 6.8)
    p.multi_cell(W, 3.2, "CONFIDENTIAL: the pages after this cover hold a resident's health information, shared "
                         "under the resident's or representative's written permission. If you are not the person "
                         "named above, please call us and destroy these pages.", border="T", new_x="LMARGIN",
                 new_y="NEXT")
    return bytes(p.output())


def hr_cover(org: str, unit: str, addr: str, to: str, to_fax: str, frm: str, when: str, pages: str, re_: str,
             note: list[str], fax_hdr: str, initials: str = "BA") -> bytes:
    """An employer's human resources fax cover: a dark tile with initials beside the employer's name, 'fax' in big
    lower-case letters, a ruled label column, a typed monospace note and a sending machine's transmission line."""
    p = EQSheet(footer=None, fax_hdr=fax_hdr)
    p.set_margins(18, 16, 18)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.W
    y0 = p.get_y()
    p.monogram(initials, p.l_margin, y0, 14, "tile")
    p.set_xy(p.l_margin + 18, y0)
    p.set_font("Sans", "B", 13)
    p.cell(W - 18, 6, org)
    p.set_xy(p.l_margin + 18, y0 + 6.5)
    p.set_font("Sans", "", 8.2)
    p.cell(W - 18, 4, unit + "  \u00b7  " + addr)
    p.set_xy(p.l_margin, y0 + 22)
    p.set_font("Sans", "B", 40)
    p.cell(W, 16, "fax", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for k, v in [("to", to), ("fax no.", to_fax), ("from", frm), ("date", when), ("pages incl. this one", pages),
                 ("about", re_)]:
        p.set_font("Sans", "B", 9.2)
        p.cell(42, 7.5, k)
        p.set_font("Sans", "", 10)
        p.cell(W - 42, 7.5, v, border="B", new_x="LMARGIN", new_y="NEXT")
    p.ln(7)
    p.set_font("Mono", "", 9.4)
    for para in note:
        p.multi_cell(W, 4.8, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_y(p.h - 26)
    p.set_font("Sans", "", 6.8)
    p.multi_cell(W, 3.2, "This fax may contain an employee's medical information. It is meant only for the person "
                         "named above. If it reached you by mistake, tell the sender and destroy it.", border="T",
                 new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())
