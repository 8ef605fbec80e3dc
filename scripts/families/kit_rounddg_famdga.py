"""Drawing helpers for round DG, helper famdga (Guam Medicaid/MIP notices and the nipple-areola tattoo family).

Why: both families need the same few page parts (a right-aligned header block, a boxed "Questions?" panel,
rows of numbered form boxes, a shaded left sidebar, a typed fax header line, a tear-off hearing request form);
keeping them here keeps each family module about its documents. Everything drawn is fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from public_kit import Page


def fax_line(p: Page, text: str, size: float = 7.5) -> None:
    """A fax machine's header line across the top of the page."""
    y = p.get_y()
    p.set_xy(p.l_margin, 6)
    p.f(size)
    p.cell(0, 3.5, text)
    p.set_y(max(y, 11))


def right_block(p: Page, rows: list[tuple[str, str]], w: float = 78, size: float = 9, y: float | None = None,
                label_w: float = 30) -> float:
    """A right-aligned block of label/value lines (Notice date / Reference / Member ID); returns its bottom."""
    x = p.w - p.r_margin - w
    if y is not None:
        p.set_y(y)
    for k, v in rows:
        p.set_x(x)
        p.f(size, "B")
        p.cell(label_w, size * 0.52, k, align="R")
        p.f(size)
        p.cell(w - label_w, size * 0.52, "  " + v, new_x="LMARGIN", new_y="NEXT")
    return p.get_y()


def panel(p: Page, x: float, y: float, w: float, title: str, lines: list[str], size: float = 8.5,
          fill: int | None = 238) -> float:
    """A boxed panel (a "Questions?" box); returns its bottom."""
    lh = size * 0.5
    p.f(size)
    n = sum(len(p.multi_cell(w - 4, lh, t, dry_run=True, output="LINES")) for t in lines)
    h = 4 + lh * 1.4 + n * lh + 2
    if fill is not None:
        p.set_fill_color(fill, fill, fill)
        p.rect(x, y, w, h, style="DF")
    else:
        p.rect(x, y, w, h)
    p.set_xy(x + 2, y + 2)
    p.f(size + 0.5, "B")
    p.cell(w - 4, lh * 1.4, title)
    yy = y + 2 + lh * 1.4
    for t in lines:
        p.set_xy(x + 2, yy)
        p.f(size)
        p.multi_cell(w - 4, lh, t)
        yy = p.get_y()
    return y + h


def numbered_boxes(p: Page, cells: list[tuple[str, str, float]], h: float = 12, cap: float = 6.3,
                   val: float = 9.5) -> None:
    """One row of ruled boxes: the small caption ("7. Date(s) of service") at the top, the value inside."""
    x0, y0 = p.l_margin, p.get_y()
    x = x0
    for caption, value, w in cells:
        p.rect(x, y0, w, h)
        p.set_xy(x + 1, y0 + 0.7)
        p.f(cap)
        p.cell(w - 2, 2.8, caption)
        p.set_xy(x + 1.5, y0 + 4.8)
        p.f(val)
        p.cell(w - 3, 5, value)
        x += w
    p.set_xy(x0, y0 + h)


def sidebar(p: Page, rows: list[tuple[str, str]], x: float, y: float, w: float, h: float, size: float = 8,
            shade: int = 228) -> None:
    """A shaded left column of caption-over-value facts."""
    p.set_fill_color(shade, shade, shade)
    p.rect(x, y, w, h, style="F")
    yy = y + 3
    for k, v in rows:
        p.set_xy(x + 2.5, yy)
        p.f(size - 1, "B")
        p.cell(w - 5, 3.5, k)
        p.set_xy(x + 2.5, yy + 3.6)
        p.f(size)
        p.multi_cell(w - 5, size * 0.48, v)
        yy = p.get_y() + 2.2


def blank_lines(p: Page, labels: list[str], size: float = 9.5, label_w: float = 62, gap: float = 9) -> None:
    """Labels followed by a ruled blank line for the reader to fill in."""
    for k in labels:
        p.f(size)
        y = p.get_y()
        p.cell(label_w, 6, k)
        hline(p, p.l_margin + label_w, y + 5.5, p.w - p.r_margin, y + 5.5)
        p.ln(gap)


def cut_line(p: Page, text: str = "- - - - - - - - - - - - - -  detach and return the bottom part  - - - - - - - - - - - - - -") -> None:
    p.f(7.5)
    p.cell(0, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)


def checkbox(p: Page, text: str, size: float = 9.5) -> None:
    y = p.get_y()
    p.rect(p.l_margin + 1, y + 0.8, 3.2, 3.2)
    p.set_x(p.l_margin + 7)
    p.f(size)
    p.multi_cell(0, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(1.2)


def hline(p: Page, x1: float, y1: float, x2: float, y2: float) -> None:
    """FPDF's own line() (Page.line prints a text line)."""
    FPDF.line(p, x1, y1, x2, y2)
