"""Drawing helpers for round DF, helper famdfd (OWCP/FECA letters and the vehicle-modification family).

Everything fictional. Layout pieces only: date and money formats, a typed fax header line, a four-column
label/value grid with wrapping labels, a multi-line Re: block, captions over values, a boxed panel, a shaded
sidebar and claim blocks for statements.
"""

from __future__ import annotations

import datetime as dt

from inv_kit import MONTHS_ES, Doc

MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pat(r, shape: str) -> str:
    """'9' -> a digit, 'A' -> a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in shape)


def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: dt.date, style: str) -> str:
    """Dates as printed. Styles 'dotabbr', 'dmy2', 'ordinal' are for decoys (unusual forms)."""
    return {"slash": d.strftime("%m/%d/%Y"), "nopad": f"{d.month}/{d.day}/{d.year}",
            "short": d.strftime("%m/%d/%y"), "long": d.strftime("%B %-d, %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "iso": d.isoformat(), "dash": d.strftime("%m-%d-%Y"), "upper": d.strftime("%b %d, %Y").upper(),
            "dotabbr": d.strftime("%b. %-d, %Y"), "dmy2": f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}",
            "ordinal": f"{d.strftime('%B')} {_ord(d.day)}, {d.year}",
            "es": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
            "es_abbr": f"{d.day:02d}-{MES3[d.month - 1]}-{d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    """$1,234.50 / 1,234.50 / 1234.50 / 1,234.50 USD / $1,234 (no cents) / $1.234,50 (Spanish)."""
    g = f"{v:,.2f}"
    return {"plain": "$" + g, "nosign": g, "bare": f"{v:.2f}", "usd_after": g + " USD", "usd": "USD " + g,
            "whole": f"${round(v):,}", "space": "$ " + g,
            "es": "$" + g.replace(",", "_").replace(".", ",").replace("_", "."),
            "es_sp": g.replace(",", " ").replace(".", ",") + " USD"}[style]


def fax_line(d: Doc, when: dt.date, sender: str, fax_no: str, page: int, total: int, size: float = 7.5):
    """A typed fax header across the top of the page (time, sender id, number, page count)."""
    y = d.get_y()
    d.set_xy(d.l_margin, 5)
    d.set_font("Courier", "", size)
    d.cell(0, 4, f"{when.strftime('%b-%d-%Y').upper()} 10:{page + 31:02d}  FROM: {sender:<22} FAX {fax_no}"
                 f"   P. {page:03d}/{total:03d}", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y, 12))


def grid4(d: Doc, rows: list[tuple[str, str, str, str]], lw: float = 30, vw: float = 60, size: float = 9,
          lsize: float = 8, h: float = 4.3, font: str | None = None):
    """Two label/value columns side by side (label, value, label, value); long labels wrap onto a 2nd line."""
    f = font or d.base_font
    x0 = d.l_margin
    for la, va, lb, vb in rows:
        y0 = d.get_y()
        heights = []
        for i, (lab, val) in enumerate(((la, va), (lb, vb))):
            x = x0 + i * (lw + vw)
            d.set_xy(x, y0)
            d.set_font(f, "B", lsize)
            d.multi_cell(lw - 2, h, lab, new_x="LMARGIN", new_y="NEXT")
            y1 = d.get_y()
            d.set_xy(x + lw, y0)
            d.set_font(f, "", size)
            d.multi_cell(vw - 2, h, val, new_x="LMARGIN", new_y="NEXT")
            heights.append(max(y1, d.get_y()))
        d.set_y(max(heights) + 1.2)


def re_block(d: Doc, lines: list[str], size: float = 10.5, indent: float = 12):
    """'Re:' then one fact a line, aligned under the first."""
    d.set_font(d.base_font, "B", size)
    y = d.get_y()
    d.cell(indent, size * 0.5, "Re:")
    for i, ln in enumerate(lines):
        d.set_xy(d.l_margin + indent, y + i * size * 0.5)
        d.set_font(d.base_font, "B" if i == 0 else "", size)
        d.cell(0, size * 0.5, ln)
    d.set_xy(d.l_margin, y + len(lines) * size * 0.5 + 3)


def captions(d: Doc, cells: list[tuple[str, str, float]], h: float = 10.5, cap: float = 6.3, size: float = 9.5):
    """A row of ruled boxes, caption on top, value under it."""
    x0, y0 = d.l_margin, d.get_y()
    x = x0
    for lab, val, w in cells:
        d.rect(x, y0, w, h)
        d.set_xy(x + 1, y0 + 0.7)
        d.set_font(d.base_font, "", cap)
        d.cell(w - 2, 3, lab)
        d.set_xy(x + 1, y0 + 4.4)
        d.set_font(d.base_font, "B", size)
        d.cell(w - 2, 5, val)
        x += w
    d.set_xy(x0, y0 + h)


def boxed_panel(d: Doc, title: str, paras: list[str], size: float = 9, pad: float = 3):
    """A ruled box with a bold title and paragraphs inside (appeal rights panel)."""
    w = d.w - d.l_margin - d.r_margin
    y0 = d.get_y()
    d.set_xy(d.l_margin + pad, y0 + pad)
    d.set_font(d.base_font, "B", size + 1.5)
    d.cell(w - 2 * pad, 6, title, new_x="LMARGIN", new_y="NEXT")
    for p in paras:
        d.set_x(d.l_margin + pad)
        d.set_font(d.base_font, "", size)
        d.multi_cell(w - 2 * pad, size * 0.47, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.6)
    y1 = d.get_y() + pad - 1.6
    d.set_line_width(0.6)
    d.rect(d.l_margin, y0, w, y1 - y0)
    d.set_line_width(0.2)
    d.set_y(y1 + 3)


def sidebar(d: Doc, x: float, y: float, w: float, title: str, rows: list[tuple[str, str]], size: float = 8.5):
    """A shaded box at the side: caption line, value line, repeated."""
    d.set_fill_color(232, 232, 232)
    hgt = 8 + len(rows) * 8.6
    d.rect(x, y, w, hgt, style="F")
    d.set_xy(x + 2, y + 2)
    d.set_font(d.base_font, "B", size + 0.5)
    d.cell(w - 4, 4.5, title)
    yy = y + 8
    for lab, val in rows:
        d.set_xy(x + 2, yy)
        d.set_font(d.base_font, "", size - 1.5)
        d.cell(w - 4, 3.4, lab)
        d.set_xy(x + 2, yy + 3.4)
        d.set_font(d.base_font, "B", size)
        d.cell(w - 4, 4.2, val)
        yy += 8.6
    return y + hgt


def leader(d: Doc, label: str, value: str, w: float = 55, size: float = 10, ch: str = ".", h: float = 5.2):
    d.set_font(d.base_font, "", size)
    lab = label + " "
    while d.get_string_width(lab + ch) < w - 2:
        lab += ch
    d.cell(w, h, lab)
    d.set_font(d.base_font, "B", size)
    d.cell(0, h, value, new_x="LMARGIN", new_y="NEXT")


def claim_block(d: Doc, heading: str, head: list[str], rows: list[list[str]], widths: list[float], total: str,
                aligns: str, size: float = 8):
    """A claim as a block: a bold shaded heading line, its service lines, then a claim total line."""
    w = sum(widths)
    d.set_fill_color(225, 225, 225)
    d.set_font(d.base_font, "B", size + 0.5)
    d.cell(w, 5.2, " " + heading, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font(d.base_font, "B", size - 0.5)
    for hc, cw, a in zip(head, widths, aligns):
        d.cell(cw, 4.4, hc, border="B", align=a)
    d.ln(4.6)
    d.set_font(d.base_font, "", size)
    for row in rows:
        for c, cw, a in zip(row, widths, aligns):
            d.cell(cw, 4.4, c, align=a)
        d.ln(4.4)
    d.set_font(d.base_font, "B", size)
    d.cell(w, 4.6, total, border="T", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)
