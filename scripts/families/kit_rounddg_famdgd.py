"""Drawing helpers for round DG helper famdgd (NY no-fault NF-10 family and the fecal calprotectin lab family).

Everything printed with these helpers is fictional; layout only. Builds on public_kit.Page.
"""

from __future__ import annotations

from fpdf import FPDF

from public_kit import Page


def numbered_boxes(p: Page, cells: list[tuple[str, str, float]], h: float = 12.5, cap: float = 6.2,
                   val: float = 9.5) -> None:
    """One row of ruled boxes, a small numbered caption at the top of each box and the value inside it."""
    x0, y0 = p.get_x(), p.get_y()
    x = x0
    for caption, value, w in cells:
        p.rect(x, y0, w, h)
        p.set_xy(x + 1, y0 + 0.7)
        p.f(cap)
        p.cell(w - 2, 2.8, caption)
        p.set_xy(x + 1.5, y0 + 5.2)
        p.f(val)
        p.cell(w - 3, 5, value)
        x += w
    p.set_xy(x0, y0 + h)


def right_header(p: Page, rows: list[tuple[str, str]], w: float = 78, size: float = 9) -> None:
    """A right-aligned block of label / value lines at the current height."""
    y = p.get_y()
    for k, v in rows:
        p.set_xy(p.w - p.r_margin - w, y)
        p.f(size, "B")
        p.cell(w * 0.42, 4.8, k, align="R")
        p.f(size)
        p.cell(w * 0.58, 4.8, "  " + v, align="L")
        y += 4.8
    p.set_xy(p.l_margin, y + 2)


def boxed_panel(p: Page, x: float, y: float, w: float, title: str, lines: list[str], size: float = 8.2) -> float:
    """A ruled panel (e.g. 'Questions?') at x, y; returns its bottom."""
    p.set_xy(x + 2, y + 2)
    p.f(size + 1.5, "B")
    p.multi_cell(w - 4, 5, title, new_x="LEFT", new_y="NEXT")
    p.ln(0.5)
    for ln in lines:
        p.set_x(x + 2)
        p.f(size)
        p.multi_cell(w - 4, size * 0.46, ln, new_x="LEFT", new_y="NEXT")
        p.ln(0.8)
    bottom = p.get_y() + 2
    p.set_line_width(0.5)
    p.rect(x, y, w, bottom - y)
    p.set_line_width(0.2)
    return bottom


def hrule(p: Page, y: float | None = None, width: float = 0.3) -> None:
    y = p.get_y() if y is None else y
    p.set_line_width(width)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)


def fax_header(p: Page, text: str) -> None:
    """A typed fax transmission line across the top of the page."""
    p.set_xy(p.l_margin, 6)
    p.f(7.2)
    p.cell(0, 3.5, text)
    p.set_xy(p.l_margin, 14)


def blank_lines(p: Page, labels: list[str], size: float = 9.5, gap: float = 8.5) -> None:
    """'Label: ________' lines for a member to fill in."""
    for lab in labels:
        p.f(size)
        p.cell(62, 6, lab)
        y = p.get_y() + 5.5
        FPDF.line(p, p.l_margin + 62, y, p.w - p.r_margin, y)
        p.ln(gap)
