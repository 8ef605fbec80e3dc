"""Drawing helpers for round BX fambxc families (hyperhidrosis treatment, intrathecal pain pump).

Layout only: a letterhead letter with a reference block and an EOB with boxed member data, a service-line grid and
a remark legend. All insurers, people, providers and numbers used with it are invented (555 phone numbers).
"""

from __future__ import annotations

import datetime as dt

from inv_kit import Doc, fmt_date, pdf_bytes

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, footer: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=footer, header=header, margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)

    def rows(self, rows, lw=48, size=9.6, h=5.0):
        self.font(size, "B")
        lw = max([lw] + [self.get_string_width(k) + 3 for k, _ in rows])
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(2)

    def grid(self, head, rows, widths, size=7.8, aligns=None, h=5.2):
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.4, "B")
        self.set_fill_color(228, 228, 228)
        for t, w, a in zip(head, widths, aligns):
            self.cell(w, 6, t, border=1, align=a, fill=True)
        self.ln(6)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, h, c[1:] if (bold and i == 0) else c, border=1, align=a)
            self.ln(h)
        self.ln(2.5)


def fd(d: dt.date, style: str) -> str:
    return fmt_date(d, style)


def pat(r, p: str) -> str:
    """An ID from a pattern: 9 a digit, A a letter, anything else as is."""
    return "".join(r.choice("ACDEFGHJKMNPRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in p)


def ph(r) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def npi(r) -> str:
    return r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9))


def money(v: float, style: str = "plain") -> str:
    whole, cents = f"{v:.2f}".split(".")
    g = f"{int(whole):,}"
    return {"plain": f"${g}.{cents}", "nosign": f"{g}.{cents}", "usd": f"USD {g}.{cents}", "space": f"$ {g}.{cents}",
            "bare": f"{int(whole)}.{cents}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def letterhead(d: Page, name: str, tag: str, addr: str, contact: str):
    d.font(17, "B")
    d.cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
    d.font(8.6)
    d.cell(0, 4.4, tag, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.4, addr, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.4, contact, new_x="LMARGIN", new_y="NEXT")
    d.rule(0.6, 5)


def paras(d: Page, items, size=9.8):
    for p in items:
        if p.startswith("#"):
            d.ln(1)
            d.text_line(p[1:], size + 0.8, "B")
            d.ln(1)
        elif p.startswith("-"):
            d.para("  •  " + p[1:].strip(), size, gap=1)
        else:
            d.para(p, size)


def letter(f: dict, title: str, rows: list, body: list, table=None, after: list | None = None,
           footer: str = "Page {p} of {n}", date_label: str | None = None, lw: float = 48) -> bytes:
    """A letter: letterhead, date, address block, a reference block, title, body, optional table, closing."""
    d = Page(footer=f.get("footer", footer), header=f"{f['member']} - {f['org']['name']}")
    d.add_page()
    o = f["org"]
    letterhead(d, o["name"], o["tag"], o["addr"], o["contact"])
    d.font(9.8)
    d.cell(0, 5, (date_label + " " if date_label else "") + f["notice_s"], new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for line in f["to"]:
        d.cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.rows(rows, lw=lw)
    d.text_line(title, 12.5, "B")
    d.ln(2)
    paras(d, body)
    if table:
        d.grid(*table)
    if after:
        paras(d, after)
    d.ln(2)
    d.font(9.8)
    for line in f.get("sign", []):
        d.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if f.get("cc"):
        d.ln(3)
        d.font(8.4)
        d.cell(0, 4.5, f["cc"], new_x="LMARGIN", new_y="NEXT")
    if f.get("form"):
        d.set_auto_page_break(False)
        d.set_y(-24)
        d.font(7.6)
        d.cell(0, 4, f["form"])
    return pdf_bytes(d)


def eob(f: dict, title: str, boxes: list, lines_head: list, lines: list, widths: list, aligns: str,
        legend: list, rights: list, summary: list | None = None, intro: str | None = None) -> bytes:
    """An EOB: letterhead, title, boxed member/claim data, a service-line grid, a legend and appeal rights."""
    d = Page(footer=f.get("footer", "Page {p} of {n}"), header=f"{title} - {f['member']}")
    d.add_page()
    o = f["org"]
    letterhead(d, o["name"], o["tag"], o["addr"], o["contact"])
    d.text_line(title, 14, "B")
    d.text_line("THIS IS NOT A BILL", 8.8, "B")
    d.ln(2)
    for row in boxes:
        d.boxes(row, h=11.5)
    d.ln(3)
    if intro:
        d.para(intro, 9.4)
    d.grid(lines_head, lines, widths, 7.6, aligns)
    if summary:
        d.rows(summary, lw=82, size=9.2, h=4.8)
    d.text_line("Remark codes", 10, "B")
    d.ln(1)
    for code, text in legend:
        d.font(8.6, "B")
        d.cell(12, 4.4, code)
        d.font(8.6)
        d.multi_cell(0, 4.4, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    paras(d, rights, 8.9)
    return pdf_bytes(d)
