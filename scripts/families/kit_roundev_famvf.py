"""Drawing helpers for round EV, helper famvf (papers mirrored from a drug sponsor's clinical trial participant care
program: visit payments, travel reimbursement and research-related injury medical costs, with a claims administrator
acting on the sponsor's behalf; an invented health plan for court reporters and captioners with eligibility by
deposition hours).

Why: this round asks for statements and remittances with several claims on a page where only one is refused (the
refused row between rows with amounts in every column, every claim number as prominent as the refused one's),
letterheads that are hard to read (a logo of initials whose full name is only in the footer, a brand in spaced
capitals split over two lines, an administrator acting "on behalf of" a sponsor or plan, a notice date next to an
earlier request or received date, a fax machine's later date on faxed pages), IDs whose letters look like digits and
that are printed in spaced groups with a dependant suffix or only inside a sentence, providers named several ways
(billing practice and treating clinician in separate columns, a facility and its attending physician, a provider line
with its address and NPI, a provider named only in prose), dates and deadlines in prose ("no later than", "within 65
days of the date you receive this notice", "by the end of the month after ..."), and stacks whose first page is not a
typed fax cover, with pages fed turned. New here:
- EVSheet(tx_side={page: 90 or 270}): the sending fax machine's line drawn along the right (90) or left (270) edge of
  a page that the stack feeds turned a quarter, so the line reads upright along the top of the received image (the
  fax machine stamps the image it sends, not the paper);
- EVSheet.fanfold: a drawn stack of fan-folded stenotype paper (zig-zag folds over a little tray), the mark of the
  court reporters' plan; `_mark` knows it, so split_brand draws it;
- EVSheet.initials_head: a logo made only of the sponsor's initials in a dark disc, the program's name beside it,
  a grey line of what the program pays; the company's full name is NOT in the head (only in the footer);
- EVSheet.behalf_head: an administrator's letterhead: its short name in letter-spaced capitals, the legal name small
  under it and a line "acting on behalf of <sponsor>" in italics under that, contact lines at the right;
- EVSheet.stay_boxes: the admission and the discharge date each in its own ruled box with a caption on a shaded
  strip, side by side with other boxes (a stay told only by two boxes);
- EVSheet.fit_rows: an unruled claims table with bold claim lines across it whose cells never wrap: a cell's type
  shrinks until it fits its column (long practice and clinician names stay on one line in their own columns);
- EVSheet.prov_line: a provider line: the name in bold, then its street address, then "NPI" and the number at the
  right end of the same line;
- routing_slip: a research office's printed routing slip (a half-sheet pad: a list of names with tick boxes, action
  boxes, From / Date / Remarks) filled in by hand, used as the first page of a faxed stack;
- job_ticket: a court reporting agency's printed job ticket (job number, case caption, witness, times, pages) whose
  typed values sit off the rules and whose notes box holds a hand-lettered request to fax what follows.
Everything else comes from round EU's EUSheet and what it inherits. Every name and number printed here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from kit_roundeu_famuf import (EUSheet, add_months, addr_block, caps_mailed, dd_mon, digits, dmy_long,  # noqa: F401
                               dr, es_date, first_last, iso, last_first, long, m2, mdyyyy, n2, npi, nth, ord_date,
                               out, plus, sign, slash, spaced_id, surname, the_ord, tin, truth, usd, wday_long,
                               workday, yy)

# --- invented people ----------------------------------------------------------------------------------------------
# study participants and their families (the sponsor's program)
PT_F = ["Ailsa", "Catriona", "Eilidh", "Morag", "Seonaid", "Kirsty", "Mhairi", "Shona", "Rhona", "Iona", "Elspet",
        "Marsaili"]
PT_M = ["Alasdair", "Calum", "Ewan", "Fraser", "Murdo", "Ruaridh", "Dougal", "Finlay", "Gregor", "Struan", "Innes",
        "Lachie"]
PT_LAST = ["Nicolson", "MacIver", "Matheson", "Gillies", "Beaton", "MacInnes", "Macrae", "Maclennan", "Mackinlay",
           "Pitcairn", "Soutar", "Mowat"]
# the sponsor's and administrator's staff, study doctors and the clinicians who treat participants
PS_F = ["Adriana", "Benedita", "Conceicao", "Fabiana", "Joaquina", "Leonor", "Rosalia", "Graciete", "Ermelinda",
        "Filipa", "Ines", "Margarida", "Custodia", "Idalina", "Olimpia", "Zulmira"]
PS_M = ["Baltasar", "Custodio", "Duarte", "Evaristo", "Firmino", "Gaspar", "Henrique", "Lourenco", "Rui",
        "Silverio", "Anibal", "Belmiro", "Cristovao", "Horacio", "Norberto", "Valdemar"]
PS_LAST = ["Damasceno", "Espinheira", "Gouveia", "Loureiro", "Magalhaes", "Nogueira", "Valadares", "Assuncao",
           "Brandao", "Carvalhal", "Falcao", "Guimaraes", "Leitao", "Meireles", "Resende", "Sampaio", "Veloso",
           "Quintela", "Fontoura", "Amorim", "Cerqueira", "Dinis", "Estrela", "Freitas", "Godinho",
           "Lacerda", "Noronha", "Pestana", "Seixas", "Trindade", "Vilaca"]
# court reporters, captioners and their families
CR_F = ["Dearbhla", "Eimear", "Bronagh", "Caoimhe", "Aisling", "Clodagh", "Maeve", "Nuala", "Saoirse", "Treasa"]
CR_M = ["Eoin", "Cillian", "Cathal", "Donal", "Fiachra", "Killian", "Breandan", "Odhran", "Senan", "Ultan"]
CR_LAST = ["Fennelly", "Nagle", "Mulrooney", "Cleary", "Donegan", "Keohane", "Lavelle", "McGarry", "Noonan",
           "Phelan", "Sheehy", "Brosnan", "Carolan", "Devlin", "Egan", "Hegarty"]
# the reporters' plan: clinicians, reviewers and plan office staff
CC_F = ["Aino", "Helmi", "Kaisa", "Liisa", "Maija", "Saara", "Tuulikki", "Venla", "Sirpa", "Pirjo", "Annikki",
        "Hilkka", "Kerttu", "Raili"]
CC_M = ["Aarne", "Eino", "Heikki", "Ilmari", "Jouko", "Kalevi", "Martti", "Osmo", "Reijo", "Tapio", "Arvo",
        "Esko", "Pentti", "Veikko"]
CC_LAST = ["Jokinen", "Nieminen", "Hyvonen", "Makinen", "Turunen", "Savolainen", "Lappalainen", "Hiltunen",
           "Kiiskinen", "Soininen", "Ylonen", "Honkanen", "Ikonen", "Jaaskelainen", "Loponen",
           "Mustonen", "Pulkkinen", "Riihimaki", "Tolvanen", "Vartiainen", "Anttila"]
# Spanish speakers
SP_F = ["Azucena", "Clemencia", "Edelmira", "Felicitas", "Jacinta", "Macaria", "Perla", "Socorro"]
SP_M = ["Aniceto", "Cirilo", "Eustaquio", "Florencio", "Macario", "Porfirio", "Teodulo", "Wilfrido"]
SP_LAST = ["Ocaranza", "Cervera", "Murguía", "Nuncio", "Oropeza", "Vidaurri", "Alanís", "Bazán", "Olague",
           "Arambula", "Lechuga"]

POOLS = {"pt": ({"F": PT_F, "M": PT_M}, PT_LAST), "ps": ({"F": PS_F, "M": PS_M}, PS_LAST),
         "cr": ({"F": CR_F, "M": CR_M}, CR_LAST), "cc": ({"F": CC_F, "M": CC_M}, CC_LAST),
         "sp": ({"F": SP_F, "M": SP_M}, SP_LAST)}


def people(rng: random.Random, n: int, kind: str = "pt", sexes: str = "", last: str | None = None,
           used: set | None = None) -> list[str]:
    """n invented 'First M. Last' names sharing no first or last name with each other or with `used`; kind 'pt'
    (study participants), 'ps' (sponsor, administrator and clinicians of the study program), 'cr' (court reporters
    and captioners), 'cc' (the reporters' plan's clinicians and staff) or 'sp' (Spanish speakers); sexes: F / M / X."""
    pools, lasts = POOLS[kind]
    pools = dict(pools, X=pools["F"] + pools["M"])
    seen, got = set(used or ()), []
    tries = 0
    while len(got) < n:
        tries += 1
        f = rng.choice(pools[sexes[len(got)] if len(got) < len(sexes) else "X"])
        la = last or rng.choice(lasts)
        if (f in seen and tries < 6000) or (la in seen and not last and tries < 3000):
            continue
        seen |= {f, la}
        got.append(f"{f} {rng.choice('ABCDEFHJKLMNPRTW')}. {la}")
    if used is not None:
        used |= seen
    return got


def phone(rng: random.Random, area: str = "364") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def tollfree(rng: random.Random, lead: str = "833") -> str:
    return f"1-{lead}-555-{digits(rng, 4)}"


def month_after_end(d: dt.date) -> dt.date:
    """The last day of the month after d's month (a deadline 'by the end of the month after')."""
    first_next2 = add_months(d.replace(day=1), 2)
    return first_next2 - dt.timedelta(days=1)


def fax_stamp(d: dt.date) -> str:
    """APR 28 2026 (a fax machine's date)"""
    return d.strftime("%b %d %Y").upper()


class EVSheet(EUSheet):
    """EUSheet plus a fax line for pages fed turned a quarter, a fan-fold paper mark, an initials-only logo head, an
    administrator's 'on behalf of' head, stay boxes and a provider line with its NPI."""

    def __init__(self, *a, tx_side: dict | None = None, **k):
        super().__init__(*a, **k)
        self.tx_side = tx_side or {}

    def header(self):
        """As ESSheet.header; on a page listed in tx_side the fax line is drawn along the right edge (page turned 90
        degrees counter-clockwise in the stack) or the left edge (270), reading so that it is upright along the top
        of the turned page."""
        ang = self.tx_side.get(self.page_no())
        if not (self.tx and ang):
            super().header()
            return
        keep = self.tx
        self.tx = None
        super().header()
        self.tx = keep
        y = self.get_y()
        n = self.page_no() + self.tx_off
        tot = self.tx_total if self.tx_total is not None else "{nb}"
        text = keep.format(n=n, t=tot, n2=f"{n:02d}", t2=f"{tot:02d}" if isinstance(tot, int) else tot)
        self.set_font("Mono", "", 7.6)
        if ang == 90:
            x0, y0, rot = self.w - 3.2, 6.0, -90
        else:
            x0, y0, rot = 3.2, self.h - 6.0, 90
        with self.rotation(rot, x0, y0):
            self.text(x0, y0, text)
        self.set_xy(self.l_margin, y)

    # --- marks ----------------------------------------------------------------------------------------------------
    def fanfold(self, x: float, y: float, s: float):
        """Fan-folded stenotype paper of height s: a zig-zag of folded leaves standing in a shallow tray, a short
        tail of tape rising from the top leaf."""
        w = s * 0.62
        self.set_line_width(max(0.5, s * 0.045))
        n = 5
        top = y + s * 0.22
        bot = y + s * 0.82
        step = (bot - top) / n
        for i in range(n):
            ya = top + i * step
            yb = ya + step
            if i % 2 == 0:
                self.line_seg(x + w * 0.12, ya, x + w * 0.88, yb)
            else:
                self.line_seg(x + w * 0.88, ya, x + w * 0.12, yb)
        self.line_seg(x + w * 0.12, top, x + w * 0.12, bot)
        self.line_seg(x + w * 0.88, top, x + w * 0.88, bot)
        # the tray
        self.line_seg(x, bot + s * 0.04, x + w, bot + s * 0.04)
        self.line_seg(x, bot + s * 0.04, x + w * 0.06, y + s * 0.96)
        self.line_seg(x + w, bot + s * 0.04, x + w * 0.94, y + s * 0.96)
        self.line_seg(x + w * 0.06, y + s * 0.96, x + w * 0.94, y + s * 0.96)
        # the tape rising from the top leaf, curling over
        self.line_seg(x + w * 0.12, top, x + w * 0.3, y + s * 0.06)
        self.line_seg(x + w * 0.3, y + s * 0.06, x + w * 0.62, y + s * 0.02)
        self.line_seg(x + w * 0.36, top - s * 0.01, x + w * 0.52, y + s * 0.1)
        self.line_seg(x + w * 0.52, y + s * 0.1, x + w * 0.62, y + s * 0.02)
        self.set_line_width(0.2)

    def _mark(self, kind: str, x: float, y: float, s: float) -> float:
        if kind == "fanfold":
            self.fanfold(x, y, s)
            return s * 0.62
        return super()._mark(kind, x, y, s)

    # --- letterheads ----------------------------------------------------------------------------------------------
    def initials_head(self, initials: str, program: str, tagline: str, right: list[str], box: str | None = None,
                      size: float = 17, disc: float = 17):
        """A dark disc holding only the sponsor's initials, the program's name beside it in heavy type, a grey
        tagline under the name; contact lines at the right; an optional boxed title; a rule. The company's full
        name is not printed here."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.monogram(self.l_margin, y0, disc, initials, "disc")
        x = self.l_margin + disc + 4
        room = W * 0.6 - disc - 4
        self.f(size, "B")
        while self.get_string_width(program) > room and size > 10:
            size -= 0.5
            self.f(size, "B")
        self.set_xy(x, y0 + 1.5)
        self.cell(0, size * 0.44, program)
        self.set_text_color(85, 85, 85)
        ts = 7.6
        self.f(ts)
        while self.get_string_width(tagline) > room and ts > 5.6:
            ts -= 0.2
            self.f(ts)
        self.set_xy(x, y0 + 1.5 + size * 0.44 + 1.4)
        self.cell(room, 3.4, tagline)
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.62)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(y0 + disc, ry) + 2)
        self.set_line_width(0.45)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    def behalf_head(self, short: str, legal: str, behalf: str, right: list[str], box: str | None = None,
                    size: float = 20, spacing: float = 2.4):
        """An administrator's letterhead: its short name in heavy letter-spaced capitals, the legal name small under
        it, then the 'acting on behalf of' line in grey; contact lines at the right; a boxed title; a heavy rule."""
        y0 = self.get_y()
        W = self.w - self.l_margin - self.r_margin
        self.set_font(self.face, "B", size)
        self.set_char_spacing(spacing)
        self.set_xy(self.l_margin, y0)
        self.cell(0, size * 0.44, short.upper())
        self.set_char_spacing(0)
        yy_ = y0 + size * 0.44 + 1.3
        self.f(8.2)
        self.set_xy(self.l_margin, yy_)
        self.cell(0, 3.8, legal)
        yy_ += 4.2
        self.set_text_color(80, 80, 80)
        self.f(7.4)
        self.set_xy(self.l_margin, yy_)
        self.multi_cell(W * 0.58, 3.4, behalf, new_x="LMARGIN", new_y="NEXT")
        yy_ = self.get_y()
        self.set_text_color(0, 0, 0)
        ry = self._right_lines(right, y0, self.l_margin + W * 0.6)
        if box:
            self.f(9.2, "B")
            bw = self.get_string_width(box) + 8
            self.set_xy(self.w - self.r_margin - bw, ry + 1.2)
            self.cell(bw, 6.6, box, border=1, align="C")
            ry += 8.4
        self.set_y(max(yy_, ry) + 1.6)
        self.set_line_width(0.8)
        self.line_seg(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.set_y(self.get_y() + 4)

    # --- boxes and lines ------------------------------------------------------------------------------------------
    def stay_boxes(self, cells: list[tuple[str, str, float]], size: float = 9.6, cap: float = 6.2, h: float = 12.5):
        """One row of ruled boxes (caption, value, width fraction): each caption in small bold capitals on a shaded
        strip at the top, the value in bold under it. Used to give a stay only as an 'Admitted' box and a separate
        'Discharged' box."""
        W = self.w - self.l_margin - self.r_margin
        x, y = self.l_margin, self.get_y()
        ch = cap * 0.45 + 1.6
        for capt, val, frac in cells:
            cw = W * frac
            self.set_fill_color(226, 226, 226)
            self.rect(x, y, cw, ch, style="DF")
            self.set_fill_color(255, 255, 255)
            self.rect(x, y, cw, h)
            self.f(cap, "B")
            self.set_xy(x + 1.2, y + 0.8)
            self.cell(cw - 2.4, cap * 0.45, capt.upper())
            fs = size
            self.f(fs, "B")
            while self.get_string_width(val) > cw - 3.2 and fs > 6.5:
                fs -= 0.2
                self.f(fs, "B")
            self.set_xy(x + 1.6, y + ch + (h - ch - size * 0.45) / 2)
            self.cell(cw - 3.2, size * 0.45, val)
            x += cw
        self.set_xy(self.l_margin, y + h + 3)

    def fit_rows(self, head: list[str], widths: list[float], aligns: list[str], rows: list, size: float = 7.4,
                 row_h: float = 4.4, span_size: float | None = None, ruled: bool = False):
        """An unruled claims table like claim_rows, but every cell is set on one line and its type shrinks until it
        fits its column (a long practice or clinician name never wraps or runs into the next column). ("span", text)
        is a bold claim line across the table, ("bold", cells) a bold total under a thin rule, ("gap",) a space.
        With ruled=True every cell is boxed and the heading is shaded (a ruled statement grid)."""
        x0 = self.l_margin
        W = sum(widths)
        self.f(size - 0.4, "B")
        lh = (size - 0.4) * 0.43
        n = max(len(self.multi_cell(w - 0.6, lh, h, dry_run=True, output="LINES")) for h, w in zip(head, widths))
        y = self.get_y()
        x = x0
        for h, w, a in zip(head, widths, aligns):
            if ruled:
                self.set_fill_color(224, 224, 224)
                self.rect(x, y, w, n * lh + 1.6, style="DF")
                self.set_fill_color(255, 255, 255)
            self.set_xy(x + (0.3 if ruled else 0), y + (0.8 if ruled else 0))
            self.multi_cell(w - 0.6, lh, h, align="R" if a == "R" else "L", new_x="RIGHT", new_y="TOP")
            x += w
        if ruled:
            self.set_xy(x0, y + n * lh + 1.6)
        else:
            y += n * lh + 0.8
            self.set_line_width(0.4)
            self.line_seg(x0, y, x0 + W, y)
            self.set_line_width(0.2)
            self.set_xy(x0, y + 0.8)
        for r in rows:
            kind = r[0] if isinstance(r, tuple) else None
            if kind == "gap":
                self.ln(1.6)
                continue
            if kind == "span":
                self.set_x(x0)
                self.f(span_size or size + 0.4, "B")
                self.cell(W, row_h + 0.6, r[1], new_x="LMARGIN", new_y="NEXT")
                continue
            cells = r[1] if kind == "bold" else r
            if kind == "bold":
                yy_ = self.get_y() + 0.2
                self.line_seg(x0 + widths[0], yy_, x0 + W, yy_)
                self.set_y(yy_ + 0.3)
            self.set_x(x0)
            for c, w, a in zip(cells, widths, aligns):
                fs = size
                st = "B" if kind == "bold" else ""
                self.f(fs, st)
                while c and self.get_string_width(c) > w - 1.2 and fs > 5.2:
                    fs -= 0.2
                    self.f(fs, st)
                self.cell(w, row_h, c, align=a, border=1 if ruled else 0)
            self.ln(row_h)
        self.ln(2)

    def prov_line(self, name: str, address: str, npi_no: str, size: float = 9.0, lead: str = ""):
        """A provider line: an optional small lead word, the name in bold, its street address after it, and the NPI
        at the right end of the same line."""
        W = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        x = self.l_margin
        if lead:
            self.set_text_color(80, 80, 80)
            self.f(size - 1.6)
            self.set_xy(x, y + 0.6)
            lw = self.get_string_width(lead) + 2
            self.cell(lw, size * 0.42, lead)
            self.set_text_color(0, 0, 0)
            x += lw
        self.f(size, "B")
        self.set_xy(x, y)
        nw = self.get_string_width(name) + 3
        self.cell(nw, size * 0.5, name)
        room = W - (x - self.l_margin) - nw - 38
        fs = size - 0.6
        self.f(fs)
        while self.get_string_width(address) > room and fs > 6.0:
            fs -= 0.2
            self.f(fs)
        self.cell(room, size * 0.5, address)
        self.set_xy(self.l_margin + W - 36, y)
        self.cell(36, size * 0.5, f"NPI {npi_no}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


# --- covers -------------------------------------------------------------------------------------------------------
def routing_slip(rng: random.Random, office: list[str], names: list[tuple[str, bool]], actions: list[tuple[str, bool]],
                 frm: str, date_s: str, remarks: list[str], tx: str | None = None, tx_total: int | None = None,
                 size: float = 13.5) -> bytes:
    """A research office's printed routing slip (a half sheet from a pad, printed at the top of a letter page):
    the office's name, "ROUTING SLIP" in a ruled title, a column of printed names with tick boxes (ticked by hand),
    a row of printed actions with tick boxes, and "From", "Date" and "Remarks" lines filled in by hand. The lower
    half of the page is empty (the slip was laid on the glass of the fax). A page of its own."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(False)
    p.add_page()
    W = (p.w - p.l_margin - p.r_margin) * 0.78
    x0, y0 = p.l_margin + 4, 20
    p.set_line_width(0.5)
    p.rect(x0 - 4, y0 - 4, W + 8, 146)
    p.set_line_width(0.2)
    p.f(7.2)
    for i, ln in enumerate(office):
        p.set_xy(x0, y0 + i * 3.3)
        p.cell(W, 3.2, ln, align="C")
    y = y0 + 3.3 * len(office) + 2
    p.f(15, "B")
    p.set_char_spacing(2.2)
    p.set_xy(x0, y)
    p.cell(W, 8, "ROUTING SLIP", border="TB", align="C")
    p.set_char_spacing(0)
    y += 12
    p.f(7.6, "B")
    p.set_xy(x0, y)
    p.cell(W * 0.6, 3.6, "TO (name / office)")
    p.cell(W * 0.4, 3.6, "INITIALS / DATE")
    y += 5
    for name, ticked in names:
        p.rect(x0, y, 3.8, 3.8)
        if ticked:
            p.hand(x0 + 0.2, y + 3.6, "x", 12, rng, bold=True)
        p.f(9)
        p.set_xy(x0 + 6, y - 0.2)
        p.cell(W * 0.6 - 6, 4.2, name)
        p.line_seg(x0 + W * 0.62, y + 4, x0 + W, y + 4)
        y += 7
    y += 2
    p.f(7.6, "B")
    p.set_xy(x0, y)
    p.cell(W, 3.6, "ACTION")
    y += 5
    cw = W / 3
    for i, (act, ticked) in enumerate(actions):
        cx = x0 + (i % 3) * cw
        cy = y + (i // 3) * 6.5
        p.rect(cx, cy, 3.6, 3.6)
        if ticked:
            p.hand(cx + 0.1, cy + 3.4, "x", 12, rng, bold=True)
        p.f(8.2)
        p.set_xy(cx + 5, cy - 0.2)
        p.cell(cw - 5, 4, act)
    y += 6.5 * ((len(actions) + 2) // 3) + 4
    for capt, val in (("FROM", frm), ("DATE", date_s)):
        p.f(7.6, "B")
        p.set_xy(x0, y)
        p.cell(16, 4, capt)
        p.line_seg(x0 + 16, y + 4.4, x0 + W, y + 4.4)
        p.hand(x0 + 19 + rng.uniform(0, 3), y + 3.8, val, size, rng, rise=rng.uniform(-0.6, 0.9))
        y += 10
    p.f(7.6, "B")
    p.set_xy(x0, y)
    p.cell(20, 4, "REMARKS")
    y += 4.5
    for i in range(max(4, len(remarks))):
        p.line_seg(x0, y + 8 + i * 9, x0 + W, y + 8 + i * 9)
    for i, ln in enumerate(remarks):
        p.hand(x0 + 1 + rng.uniform(0, 2.5), y + 7.2 + i * 9, ln, size - 0.8, rng, rise=rng.uniform(-0.4, 1.2))
    p.set_text_color(110, 110, 110)
    p.f(6.2)
    p.set_xy(x0, y0 + 136)
    p.cell(W, 3, "Form RO-12 (rev. 09/25)  -  keep with the participant's research file", align="C")
    p.set_text_color(0, 0, 0)
    return out(p)


def job_ticket(rng: random.Random, agency: list[str], cells: list[tuple[str, str, float]], typed_rows: int,
               notes: list[str], tx: str | None = None, tx_total: int | None = None, size: float = 13.5,
               ticket_no: str = "") -> bytes:
    """A court reporting agency's printed job ticket used as the first page of a fax: the agency's name and address,
    "JOB TICKET" with a printed number, a grid of ruled boxes with small printed captions (the first `typed_rows`
    rows typed in by a printer, a little off the rules; later rows filled in by hand), and a NOTES box holding a
    hand-lettered note. A page of its own."""
    p = EVSheet(footer=None, tx=tx, tx_total=tx_total)
    p.set_margins(16, 16, 16)
    p.set_auto_page_break(False)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    y = 18
    p.set_font("Serif", "B", 14)
    p.set_xy(p.l_margin, y)
    p.cell(W * 0.65, 6, agency[0])
    p.f(7.4)
    for i, ln in enumerate(agency[1:]):
        p.set_xy(p.l_margin, y + 6.8 + i * 3.4)
        p.cell(W * 0.65, 3.3, ln)
    p.f(16, "B")
    p.set_xy(p.l_margin + W * 0.6, y)
    p.cell(W * 0.4, 7, "JOB TICKET", align="R")
    p.set_font("Mono", "B", 12)
    p.set_text_color(150, 20, 20)
    p.set_xy(p.l_margin + W * 0.6, y + 8)
    p.cell(W * 0.4, 6, f"No. {ticket_no}", align="R")
    p.set_text_color(0, 0, 0)
    y += 8 + 3.4 * len(agency) + 4
    row, x = 0, p.l_margin
    rows: list[list[tuple[str, str, float]]] = [[]]
    acc = 0.0
    for c in cells:
        if acc + c[2] > 1.001:
            rows.append([])
            acc = 0.0
        rows[-1].append(c)
        acc += c[2]
    for row, rcells in enumerate(rows):
        x = p.l_margin
        for capt, val, frac in rcells:
            cw = W * frac
            p.set_line_width(0.3)
            p.rect(x, y, cw, 13)
            p.f(6.4, "B")
            p.set_xy(x + 1.2, y + 0.8)
            p.cell(cw - 2.4, 3, capt.upper())
            if val:
                if row < typed_rows:
                    p.set_font("Mono", "", 10)
                    p.set_xy(x + 3 + rng.uniform(0, 2), y + 5.6 + rng.uniform(0.4, 1.6))
                    p.cell(cw - 5, 5, val)
                else:
                    p.hand(x + 2 + rng.uniform(0, 2), y + 10.5, val, size - 1.5, rng, rise=rng.uniform(-0.5, 0.8))
            x += cw
        y += 13
    y += 5
    p.f(7.6, "B")
    p.set_xy(p.l_margin, y)
    p.cell(0, 4, "NOTES / SPECIAL INSTRUCTIONS")
    p.set_line_width(0.4)
    p.rect(p.l_margin, y + 5, W, 74)
    p.set_line_width(0.2)
    for i, ln in enumerate(notes):
        p.hand(p.l_margin + 4 + rng.uniform(0, 3), y + 16 + i * 11, ln, size, rng, rise=rng.uniform(-0.6, 1.4))
    p.f(6.6)
    p.set_text_color(110, 110, 110)
    p.set_xy(p.l_margin, p.h - 22)
    p.multi_cell(W, 3, "White copy - office   Yellow copy - reporter   Pink copy - billing.   Transcripts are released "
                       "only on receipt of the signed order.", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    return out(p)
