"""Family 'two_up_print': insurers' denial letters and EOBs printed two pages per sheet.

The insurers are the invented ones of kit_roundm_famz. Someone printed the notice with "2 pages per sheet": each
landscape sheet holds two portrait pages side by side, shrunk to about two thirds, so the type is small and a line
of the left page sits at the height of a line of the right page. 1-2 sheets per file: a two-page letter on one
sheet, a three-page letter on two (the last half empty), a four-page letter on two, a letter and its EOB on two
sheets (a stack of two documents, one per sheet). Some print drivers draw a frame around each page and put the
print time and the page range under the sheet (decoy dates).
"""

from __future__ import annotations

import io
import random

from capture import Item, _fixed_id
from inv_kit import Doc, pdf_bytes
from kit_roundm_famz import days, denial_letter, eob, fdate, letter_facts, letter_truth

FAMILY = "two_up_print"
LANG = "en"
W, H = 792.0, 612.0          # landscape letter, points
PW, PH = 612.0, 792.0        # portrait letter page


def overlay(n_sheets: int, frames: bool, printed: str | None, n_pages: int) -> bytes:
    """The sheets themselves: page frames and the print driver's line, drawn before the pages are placed."""
    d = Doc("Helvetica", orientation="L", margins=(0, 0, 0))
    d.set_auto_page_break(False)
    s, (x0, x1), y = layout()
    for k in range(n_sheets):
        d.add_page()
        if frames:
            for j, x in enumerate((x0, x1)):
                if 2 * k + j < n_pages:
                    d.set_line_width(0.25)
                    d.rect(x * 25.4 / 72, (H - y - PH * s) * 25.4 / 72, PW * s * 25.4 / 72, PH * s * 25.4 / 72)
        if printed:
            d.set_font("Helvetica", "", 6.5)
            d.set_xy(10, 207)
            lo, hi = 2 * k + 1, min(2 * k + 2, n_pages)
            d.cell(0, 3, f"{printed}    pages {lo}-{hi} of {n_pages}    2 pages per sheet" if hi > lo else
                   f"{printed}    page {lo} of {n_pages}    2 pages per sheet")
    return pdf_bytes(d)


def layout() -> tuple[float, tuple[float, float], float]:
    """Scale and placement: two portrait pages side by side on a landscape sheet (about 0.64 of full size)."""
    s = 0.64
    gap = (W - 2 * PW * s) / 3
    y = (H - PH * s) / 2 + 4
    return s, (gap, 2 * gap + PW * s), y


def two_up(pdf: bytes, frames: bool, printed: str | None) -> bytes:
    """Impose a portrait PDF two pages per landscape sheet, keeping the text layer (a print to PDF does)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(pdf)
    n = len(src)
    sheets = (n + 1) // 2
    base = overlay(sheets, frames, printed, n)
    out = pdfium.PdfDocument(base)
    s, xs, y = layout()
    for k in range(sheets):
        page = out[k]
        for j in range(2):
            idx = 2 * k + j
            if idx >= n:
                break
            xo = src.page_as_xobject(idx, out)
            po = xo.as_pageobject()
            po.transform(pdfium.PdfMatrix().scale(s, s).translate(xs[j], y))
            page.insert_obj(po)
        page.gen_content()
    buf = io.BytesIO()
    out.save(buf)
    return _fixed_id(buf.getvalue(), [pdf, base])


# (stem, condition, insurer, kind, letter kwargs, frames, printed-line, extra EOB)
PLAN = [
    ("two_up_print_bd_snf", "born_digital", "pennacook", "snf", dict(ds="long", dl="within", pages=2, labels=0),
     True, True, False),
    ("two_up_print_bd_four_page_mri", "born_digital", "brantmoor", "mri",
     dict(ds="slash", dl="by", pages=4, labels=1, mo="nosign"), False, True, False),
    ("two_up_print_scan_bundled", "scan_clean_300", "halliwick", "bundled",
     dict(ds="abbr", dl="within", n=180, pages=2, labels=2), True, False, False),
    ("two_up_print_lowres_cob_eob", "scan_lowres_150", "sorrelgate", "cob",
     dict(ds="iso", dl="receive", pages=2, labels=0, dependent=True), False, True, True),
    ("two_up_print_faxf_experimental", "fax_fine_g4", "pennacook", "experimental",
     dict(ds="dmy", dl="until", n=180, pages=3, labels=1, mo="usd"), True, False, False),
    ("two_up_print_copy_late", "photocopy", "halliwick", "late", dict(ds="long", dl="within", n=180, pages=2,
                                                                      labels=2), False, False, False),
    ("two_up_print_rot_eob_terminated", "rotated", "brantmoor", "terminated",
     dict(ds="slash", dl="within", pages=2, labels=0, eob_only=True), True, True, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, kind, kw, frames, printed, with_eob) in enumerate(PLAN):
        r = random.Random(52300 + i)
        eob_only = kw.pop("eob_only", False)
        f = letter_facts(r, kind, ins, **kw)
        stamp = (f"{fdate(days(f['notice'], r.randint(6, 20)), 'slash')} {r.randint(1, 12)}:{r.randint(10, 59)} PM"
                 if printed else None)
        if eob_only:
            f["pages"] = 2
            docs = [(two_up(eob(f), frames, stamp), letter_truth(f, "eob"))]
        else:
            docs = [(two_up(denial_letter(f), frames, stamp), letter_truth(f))]
        if with_eob:
            e = dict(f, notice=days(f["notice"], -r.randint(2, 6)), pages=2)
            docs.append((two_up(eob(e), frames, stamp), letter_truth(e, "eob")))
        items.append(Item(stem, cond, docs))
    return items
