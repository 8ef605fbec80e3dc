"""Drawing helpers for round CZ, helper famczb (Virginia Cardinal Care MCO notices; microprocessor knee denials).

Everything is invented. Built on public_kit's Page (copied pattern, own module).
"""

from __future__ import annotations

import datetime as dt
import random

from public_kit import Page, fdate, money, plus  # noqa: F401


def pat(r: random.Random, shape: str) -> str:
    """Fill a shape: 9 -> digit, @ -> letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
                   for c in shape)


class HPage(Page):
    """A Page with a running header on pages after the first."""

    running = None

    def header(self):
        if self.running and self.page_no() > 1:
            self.set_font(self.face, "", 8)
            self.cell(0, 4, self.running, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)


def letterhead(d: Page, name: str, lines: list[str], style: int = 0, tag: str | None = None):
    if style == 0:
        d.f(16, "B")
        d.cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.line(tag, 9)
        for ln in lines:
            d.line(ln, 8.5)
        d.ln(1)
        d.set_fill_color(0, 0, 0)
        d.rect(d.l_margin, d.get_y(), d.w - d.l_margin - d.r_margin, 0.6, style="F")
        d.ln(4)
    elif style == 1:
        d.f(15, "B")
        d.cell(0, 8, name, align="C", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.line(tag, 9, align="C")
        d.f(8.5)
        d.cell(0, 4.5, "  |  ".join(lines), align="C", new_x="LMARGIN", new_y="NEXT")
        d.ln(5)
    else:
        y = d.get_y()
        d.f(14 if len(name) < 30 else 11.5, "B")
        d.cell(d.w - d.l_margin - d.r_margin - 72, 7, name)
        d.set_xy(d.w - d.r_margin - 70, y)
        d.f(8)
        d.multi_cell(70, 4, "\n".join(lines), align="R", new_x="LMARGIN", new_y="NEXT")
        if tag:
            d.line(tag, 9, "B")
        d.ln(4)


def addr(d: Page, lines: list[str], size: float = 10):
    for ln in lines:
        d.line(ln, size)
    d.ln(4)


def grid(d: Page, rows: list[tuple[str, str]], cols: int = 2, h: float = 10.5):
    """Boxed label grid: small label at the top of each box, value below."""
    w = (d.w - d.l_margin - d.r_margin) / cols
    for i in range(0, len(rows), cols):
        y = d.get_y()
        for j, (k, v) in enumerate(rows[i:i + cols]):
            x = d.l_margin + j * w
            d.rect(x, y, w, h)
            d.set_xy(x + 1.2, y + 0.7)
            d.f(6.5)
            d.cell(w - 2, 3, k.upper())
            d.set_xy(x + 1.2, y + 4.4)
            d.f(9.6, "B")
            d.cell(w - 2, 5, v)
        d.set_xy(d.l_margin, y + h)
    d.ln(3)


def paras(d: Page, items: list[str], size: float = 9.8):
    """Paragraphs; an item starting with '#' is a heading."""
    for it in items:
        if it.startswith("#"):
            d.heading(it[1:], size + 1.2, gap=0.5)
        elif it == "":
            d.ln(3)
        else:
            d.para(it, size, gap=1.8)


def sidebar(d: Page, rows: list[tuple[str, str]], body: list[str], w: float = 58, size: float = 9.4):
    """Shaded left column of label/value blocks, body paragraphs on the right."""
    x0, y0 = d.l_margin, d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(x0, y0, w, 8 + 10.5 * len(rows), style="F")
    y = y0 + 3
    for k, v in rows:
        d.set_xy(x0 + 2, y)
        d.f(7, "B")
        d.cell(w - 4, 3.5, k)
        d.set_xy(x0 + 2, y + 4)
        d.f(9)
        d.cell(w - 4, 4.5, v)
        y += 10.5
    bx = x0 + w + 5
    d.set_xy(bx, y0)
    for it in body:
        d.set_x(bx)
        if it.startswith("#"):
            d.f(size + 1, "B")
            d.multi_cell(d.w - d.r_margin - bx, 5.2, it[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            d.f(size)
            d.multi_cell(d.w - d.r_margin - bx, size * 0.47, it, new_x="LMARGIN", new_y="NEXT")
            d.ln(1.8)
    d.set_y(max(d.get_y(), y0 + 8 + 10.5 * len(rows)) + 3)


def band(d: Page, name: str, sub: str, h: float = 16):
    """A logo band: the plan's name in white on a dark bar across the top."""
    d.set_fill_color(35, 35, 60)
    d.rect(0, 0, d.w, h + 4, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, 5)
    d.f(15, "B")
    d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin)
    d.f(8.5)
    d.cell(0, 4.5, sub, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(h + 9)


def faxline(d: Page, text: str):
    """A fax machine's header line printed across the very top of the page."""
    y = d.get_y()
    d.set_xy(6, 4)
    d.f(7.5)
    d.cell(0, 3.5, text)
    d.set_y(max(y, 10))


def two_col(d: Page, left: list[str], right: list[str], size: float = 9.2, gap: float = 6):
    """Two-column body: paragraphs in the left column, then in the right one (same top)."""
    w = (d.w - d.l_margin - d.r_margin - gap) / 2
    y0 = d.get_y()
    ends = []
    for col, items in enumerate((left, right)):
        x = d.l_margin + col * (w + gap)
        d.set_xy(x, y0)
        for it in items:
            d.set_x(x)
            if it.startswith("#"):
                d.f(size + 1, "B")
                d.multi_cell(w, size * 0.55, it[1:], new_x="LEFT", new_y="NEXT")
            else:
                d.f(size)
                d.multi_cell(w, size * 0.47, it, new_x="LEFT", new_y="NEXT")
                d.ln(1.6)
        ends.append(d.get_y())
    d.set_xy(d.l_margin, max(ends) + 3)
