"""Drawing helpers for round DF, helper famdfe (US Virgin Islands Medicaid notices of action; post-stroke IRF denial).

Everything drawn here is fictional. Works on any fpdf2 page (inv_kit.Doc or public_kit.Page): the caller passes
the font face, so the two families keep their own look.
"""

from __future__ import annotations

import datetime as dt

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fd(d: dt.date, style: str) -> str:
    """US dates in the shapes mail prints: 3/4/2026, Mar. 4, 2026, 4-Mar-26, March 4th, 2026, ..."""
    if style == "nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "abbrdot":
        m = d.strftime("%b")
        return f"{m}{'' if m == 'May' else '.'} {d.day}, {d.year}"
    if style == "dmy2":
        return f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"
    if style == "ord":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.strftime('%B')} {d.day}{suf}, {d.year}"
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "short": d.strftime("%m/%d/%y"), "dash": d.strftime("%m-%d-%Y"), "upper": d.strftime("%d-%b-%Y").upper(),
            "abbr": d.strftime("%b %-d, %Y")}[style]


def usd(v: float, style: str = "plain") -> str:
    """$1,234.50 / $1234.5 / 1,234.50 USD / $ 1,234 / $1.234,50 / 1 234,50 USD."""
    g = f"{v:,.2f}"
    es = g.replace(",", "X").replace(".", ",").replace("X", ".")
    return {"plain": f"${g}", "flat": f"${v:.2f}", "trim": "$" + f"{v:.2f}".rstrip("0").rstrip("."),
            "usd": f"{g} USD", "nocents": f"$ {round(v):,}", "nosign": g, "es": f"${es}",
            "es_space": g.replace(",", " ").replace(".", ",") + " USD"}[style]


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fax_line(pdf, face: str, text: str, size: float = 7.5):
    """A typed fax header line across the very top of the page."""
    y = pdf.get_y()
    pdf.set_xy(8, 5)
    pdf.set_font(face, "", size)
    pdf.cell(0, 4, text)
    pdf.set_xy(pdf.l_margin, max(y, 12))


def quad(pdf, face: str, rows: list[tuple[str, str, str, str]], widths=(30, 56, 34, 54), size: float = 8.8,
         border: bool = True, lh: float = 4.2):
    """Facts in two label/value columns side by side (label, value, label, value); long labels wrap."""
    for row in rows:
        y0 = pdf.get_y()
        hs = []
        for i, (txt, w) in enumerate(zip(row, widths)):
            pdf.set_font(face, "B" if i % 2 == 0 else "", size - (0.6 if i % 2 == 0 else 0))
            hs.append(len(pdf.multi_cell(w - 2, lh, txt, align="L", dry_run=True, output="LINES")) * lh + 1.6)
        h = max(hs)
        if y0 + h > pdf.h - 24:
            pdf.add_page()
            y0 = pdf.get_y()
        x = pdf.l_margin
        for i, (txt, w) in enumerate(zip(row, widths)):
            if border:
                if i % 2 == 0:
                    pdf.set_fill_color(236, 236, 236)
                    pdf.rect(x, y0, w, h, style="DF")
                else:
                    pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 0.8)
            pdf.set_font(face, "B" if i % 2 == 0 else "", size - (0.6 if i % 2 == 0 else 0))
            pdf.multi_cell(w - 2, lh, txt, align="L", new_x="RIGHT", new_y="TOP")
            x += w
        pdf.set_xy(pdf.l_margin, y0 + h)
    pdf.ln(3)


def re_block(pdf, face: str, lines: list[str], size: float = 10, indent: float = 0, label: str = "Re:"):
    """A multi-line Re: block: the label once, the lines stacked beside it."""
    pdf.set_font(face, "B", size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.cell(12, size * 0.5, label)
    for i, ln in enumerate(lines):
        if i:
            pdf.set_x(pdf.l_margin + indent + 12)
        pdf.set_font(face, "B" if i == 0 else "", size)
        pdf.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def panel(pdf, face: str, title: str, paras: list[str], size: float = 9, pad: float = 3, width: float = 0.6):
    """A boxed panel (heavy frame) holding a title and paragraphs."""
    w = pdf.w - pdf.l_margin - pdf.r_margin
    y0 = pdf.get_y()
    pdf.set_xy(pdf.l_margin + pad, y0 + pad)
    pdf.set_font(face, "B", size + 1.5)
    pdf.multi_cell(w - 2 * pad, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    for p in paras:
        pdf.set_x(pdf.l_margin + pad)
        pdf.set_font(face, "", size)
        pdf.multi_cell(w - 2 * pad, size * 0.47, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    y1 = pdf.get_y() + pad - 1.5
    pdf.set_line_width(width)
    pdf.rect(pdf.l_margin, y0, w, y1 - y0)
    pdf.set_line_width(0.2)
    pdf.set_y(y1 + 3)


def claim_blocks(pdf, face: str, claims: list[dict], widths=(22, 58, 22, 22, 20, 20, 10), size: float = 8):
    """An EOB laid out claim by claim: a shaded heading line (claim number, provider, dates), service lines,
    then the claim's total row. Each claim: {'head': str, 'lines': [[...7 cells...]], 'total': [...7 cells...]}."""
    heads = ["Service date", "Service", "Billed", "Approved", "Plan paid", "You owe", "Note"]
    aligns = "LLRRRRC"
    full = sum(widths)
    for c in claims:
        if pdf.get_y() > pdf.h - 55:
            pdf.add_page()
        pdf.set_fill_color(220, 220, 220)
        pdf.set_font(face, "B", size + 0.5)
        pdf.multi_cell(full, size * 0.55, c["head"], fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(face, "B", size - 0.6)
        for h, w, a in zip(heads, widths, aligns):
            pdf.cell(w, 4.6, h, border="B", align=a)
        pdf.ln(4.8)
        pdf.set_font(face, "", size)
        for row in c["lines"]:
            for v, w, a in zip(row, widths, aligns):
                pdf.cell(w, 4.6, v, align=a)
            pdf.ln(4.6)
        pdf.set_font(face, "B", size)
        for i, (v, w, a) in enumerate(zip(c["total"], widths, aligns)):
            pdf.cell(w, 5, v, border="T", align=a)
        pdf.ln(7)
