"""Round DC famdca drawing helpers: a fax header line, a two-column body, a wrapped-header table. All fictional."""

from __future__ import annotations

from kit_roundcv_famcva import Page  # noqa: F401


def fax_line(d, text: str):
    """The sending machine's line across the top of a faxed page."""
    y = d.get_y()
    d.set_xy(6, 5)
    d.font(7.5)
    d.cell(0, 3.5, text)
    d.set_y(max(y, 12))


def two_col(d, left: list[str], right: list[str], size: float = 9.0, gap: float = 6):
    """Two columns of paragraphs ('#' starts a heading), side by side from the current y."""
    w = (d.w - d.l_margin - d.r_margin - gap) / 2
    y0 = d.get_y()
    ends = []
    for i, col in enumerate((left, right)):
        x = d.l_margin + i * (w + gap)
        d.set_xy(x, y0)
        for p in col:
            d.set_x(x)
            if p.startswith("#"):
                d.font(size + 0.5, "B")
                d.multi_cell(w, size * 0.5, p[1:], new_x="LEFT", new_y="NEXT")
            else:
                d.font(size)
                d.multi_cell(w, size * 0.46, p, new_x="LEFT", new_y="NEXT")
            d.ln(1.5)
        ends.append(d.get_y())
    d.set_xy(d.l_margin, max(ends) + 2)


def wrap_table(d, head: list[str], rows: list[list[str]], widths: list[float], size: float = 8.3,
               row_h: float = 5.4, aligns: str | None = None):
    """A ruled table whose header cells wrap over two lines; a row starting with '*' is bold."""
    aligns = aligns or "L" * len(widths)
    lh = size * 0.45
    hh = 2 * lh + 1.5
    x0, y0 = d.l_margin, d.get_y()
    d.set_fill_color(220, 220, 220)
    x = x0
    for h, w in zip(head, widths):
        d.rect(x, y0, w, hh, style="DF")
        d.set_xy(x + 0.5, y0 + 0.6)
        d.font(size - 0.4, "B")
        d.multi_cell(w - 1, lh, h, align="L", new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + hh)
    for row in rows:
        bold = row[0].startswith("*")
        d.font(size, "B" if bold else "")
        for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
            d.cell(w, row_h, c[1:] if i == 0 and bold else c, border=1, align=a)
        d.ln(row_h)
    d.ln(2)
