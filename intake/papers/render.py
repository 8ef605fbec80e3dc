"""The same blocks as a print-ready PDF (fpdf2) and an editable DOCX (python-docx)."""

from __future__ import annotations

from pathlib import Path

from intake.papers.blocks import Block

_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                        "\u2022": "-", "\u00a0": " "})


def _latin1(text: str) -> str:
    """The PDF's built-in fonts cover Latin-1 (Spanish included); anything else is replaced, never dropped."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


def write_pdf(blocks: list[Block], path: Path, title: str) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_title(_latin1(title))
    pdf.set_creator("intake")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        _pdf_block(pdf, b, width)
    pdf.output(str(path))


def _pdf_block(pdf, b: Block, width: float) -> None:
    if b.kind in ("heading1", "heading2"):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 14 if b.kind == "heading1" else 12)
        pdf.multi_cell(width, 7, _latin1(b.text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif b.kind == "para":
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(width, 5.2, _latin1(b.text), new_x="LMARGIN", new_y="NEXT", align="L")
    elif b.kind == "space":
        pdf.ln(3)
    elif b.kind in ("bullet", "check"):
        pdf.set_font("Helvetica", "", 10.5)
        x = pdf.l_margin + 4
        if b.kind == "check":
            pdf.rect(x, pdf.get_y() + 1, 3.4, 3.4)
            mark = ""
        else:
            mark = "-  "
        pdf.set_x(x + 6 if b.kind == "check" else x)
        pdf.multi_cell(width - 10, 5.2, _latin1(mark + b.text), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(0.8)
    elif b.kind == "table":
        _pdf_table(pdf, b.rows, width)


def _pdf_table(pdf, rows: list[list[str]], width: float) -> None:
    ncols = max(len(r) for r in rows)
    widths = [width * 0.38, width * 0.62] if ncols == 2 else [width * w for w in (0.1, 0.2, 0.55, 0.15)][:ncols]
    if len(widths) != ncols:
        widths = [width / ncols] * ncols
    pdf.ln(1)
    for i, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if i == 0 else "", 9.5)
        cells = [_latin1(c) for c in row] + [""] * (ncols - len(row))
        lines = max(len(pdf.multi_cell(w, 5.4, c, dry_run=True, output="LINES")) for w, c in zip(widths, cells))
        h = 5.4 * max(1, lines) + 1.2
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        y, x = pdf.get_y(), pdf.l_margin
        for w, c in zip(widths, cells):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 0.6)
            pdf.multi_cell(w - 2, 5.4, c)
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(3)


def write_docx(blocks: list[Block], path: Path, title: str) -> None:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.title = title
    doc.core_properties.author = "intake"
    doc.styles["Normal"].font.size = Pt(10.5)
    for b in blocks:
        if b.kind in ("heading1", "heading2"):
            doc.add_heading(b.text, level=1 if b.kind == "heading1" else 2)
        elif b.kind == "para":
            p = doc.add_paragraph()
            for i, line in enumerate(b.text.split("\n")):
                run = p.add_run(line)
                if i < len(b.text.split("\n")) - 1:
                    run.add_break()
        elif b.kind == "bullet":
            doc.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "check":
            doc.add_paragraph("\u2610 " + b.text)
        elif b.kind == "table":
            _docx_table(doc, b.rows)
    doc.save(str(path))


def _docx_table(doc, rows: list[list[str]]) -> None:
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            cell = table.cell(i, j)
            cell.text = row[j] if j < len(row) else ""
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
