"""Drawing helpers shared by round BX's fambxb families (allergen immunotherapy units, scalp cooling).

Plain layouts of the kinds insurers mail: a letter (letterhead, date, address block, a reference box, headed
paragraphs, an optional table) and an EOB (header, two-column member/claim block, service lines, remark legend).
Label wordings are passed in by each family, so the two families do not share their labels. All values invented.
"""

from __future__ import annotations

from inv_kit import Doc, pdf_bytes


class Sheet(Doc):
    """A Doc with key/value blocks."""

    def kv(self, rows, lw=44, size=9.8, h=5.4):
        for k, v in rows:
            self.font(size, "B")
            self.cell(lw, h, k)
            self.font(size)
            self.multi_cell(0, h, v, new_x="LMARGIN", new_y="NEXT")

    def kv2(self, left, right, lw=30, vw=59.9, size=8.8, h=5.0):
        """Two columns of label/value pairs side by side."""
        n = max(len(left), len(right))
        for i in range(n):
            for side in (left, right):
                k, v = side[i] if i < len(side) else ("", "")
                self.font(size, "B")
                self.cell(lw, h, k)
                self.font(size)
                self.cell(vw, h, v)
            self.ln(h)
        self.ln(1.5)

    def box_rows(self, rows, lw=48, size=9.6, h=5.6):
        """Reference rows inside a ruled box."""
        x, y = self.get_x(), self.get_y()
        self.ln(1.5)
        self.kv(rows, lw, size, h)
        self.ln(1.5)
        self.rect(x, y, self.w - self.l_margin - self.r_margin, self.get_y() - y)
        self.ln(3)

    def paras(self, paras, size=10.0):
        for p in paras:
            if p.startswith("#"):
                self.ln(0.5)
                self.text_line(p[1:], size + 0.8, "B")
                self.ln(0.8)
            else:
                self.para(p, size, 2.2)


def letter(org, date_str, to_lines, title, rows, paras, table=None, footer=None, font="Helvetica",
           date_label="", after=None, lw=48, size=10.0, tagline=None):
    """A one- or two-page notice letter. `org` = dict(name, addr, phone, fax?)."""
    d = Sheet(font=font, footer=footer)
    d.add_page()
    d.font(16, "B")
    d.cell(0, 8, org["name"], new_x="LMARGIN", new_y="NEXT")
    if tagline:
        d.text_line(tagline, 8.5, "I")
    d.text_line(org["addr"], 8.5)
    d.text_line(org["phone"], 8.5)
    d.rule(0.6, 4)
    d.text_line(f"{date_label}{date_str}", 10)
    d.ln(3)
    for ln in to_lines:
        d.text_line(ln, 10)
    d.ln(5)
    d.text_line(title, 12.5, "B")
    d.ln(2)
    d.box_rows(rows, lw)
    if table:
        head, body, widths, aligns = table
        d.table(head, body, widths, 8.6, aligns)
    d.paras(paras, size)
    if after:
        after(d)
    return pdf_bytes(d)


def eob(org, title, left, right, head, body, widths, aligns, legend, tail, footer=None, font="Helvetica",
        banner="THIS IS NOT A BILL", legend_head="Remark codes", size=8.4, sections=None, intro=None):
    """An explanation of benefits: header, member/claim block, service lines, remark legend, closing text."""
    d = Sheet(font=font, footer=footer)
    d.add_page()
    d.font(15, "B")
    d.cell(110, 7, org["name"])
    d.font(12, "B")
    d.cell(0, 7, title, align="R", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(110, 4.5, org["addr"])
    d.font(9, "B")
    d.cell(0, 4.5, banner, align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(org["phone"], 8.5)
    d.rule(0.6, 3)
    d.kv2(left, right)
    d.rule(0.3, 2)
    if intro:
        d.paras(intro, 9.0)
    for caption, rows in (sections or [(None, body)]):
        if caption:
            d.text_line(caption, 9.2, "B")
            d.ln(1)
        d.table(head, rows, widths, size, aligns, head_fill=True)
    d.text_line(legend_head, 9.5, "B")
    for code, text in legend:
        d.font(8.6, "B")
        d.cell(12, 4.4, code)
        d.font(8.6)
        d.multi_cell(0, 4.4, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.paras(tail, 9.0)
    return pdf_bytes(d)
