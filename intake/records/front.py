"""The packet's first pages (cover sheet, timeline, table of contents), drawn with fpdf2."""

from __future__ import annotations

from pathlib import Path

from intake.records.plan import PacketPlan

WORDS = {
    "en": {"title": "Appeal exhibits", "member": "Member", "member_id": "Member ID", "insurer": "Health plan",
           "plan_id": "Plan ID", "group": "Group number", "cases": "Claim and case numbers",
           "decision": "Decision appealed", "denial_date": "Date of the denial notice", "service": "Date(s) of service",
           "provider": "Provider", "amount": "Amount of the claim", "deadline": "Appeal deadline",
           "timeline": "Timeline", "date": "Date", "what": "What happened", "exhibit": "Exhibit",
           "toc": "Table of contents", "document": "Document", "pages": "Pages", "starts": "Packet page",
           "none": "(not found in the letter)", "denial_of": "Denial for {label}",
           "left_out": "{n} record(s) judged not relevant are left out (intake packet --all includes them)."},
    "es": {"title": "Pruebas de la apelación", "member": "Miembro", "member_id": "Número de miembro",
           "insurer": "Plan de salud", "plan_id": "ID del plan", "group": "Número de grupo",
           "cases": "Números de reclamación y caso", "decision": "Decisión apelada",
           "denial_date": "Fecha del aviso de denegación", "service": "Fecha(s) de servicio", "provider": "Proveedor",
           "amount": "Monto de la reclamación", "deadline": "Plazo para apelar", "timeline": "Cronología",
           "date": "Fecha", "what": "Qué pasó", "exhibit": "Prueba", "toc": "Índice", "document": "Documento",
           "pages": "Páginas", "starts": "Página del paquete", "none": "(no aparece en la carta)",
           "denial_of": "Denegación por {label}",
           "left_out": "Se omiten {n} registro(s) considerados no pertinentes (intake packet --all los incluye)."},
}


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.core_fonts_encoding = "windows-1252"  # en dash and Spanish letters in the built-in fonts
    pdf.set_creator("intake")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    return pdf


def _text(s) -> str:
    return str(s).encode("windows-1252", "replace").decode("windows-1252")


def render_front(plan: PacketPlan, cover: list[tuple[str, str]], lang: str, start_pages: list[int],
                 path: Path) -> int:
    """Writes the first pages; returns how many there are (the exhibits' page numbers follow them)."""
    w = WORDS[lang]
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _text(w["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _table(pdf, [[_text(k), _text(v)] for k, v in cover], [55, 120], header=False)
    if plan.left_out:
        pdf.ln(4)
        pdf.set_font("Helvetica", "I", 9.5)
        pdf.multi_cell(0, 5, _text(w["left_out"].format(n=len(plan.left_out))), new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    _heading(pdf, w["timeline"])
    _table(pdf, [[w["date"], w["what"], w["exhibit"]]] +
           [[e.date, e.what, str(e.exhibit) if e.exhibit else ""] for e in plan.timeline], [28, 125, 22])
    pdf.add_page()
    _heading(pdf, w["toc"])
    _table(pdf, [[w["exhibit"], w["date"], w["document"], w["pages"], w["starts"]]] +
           [[str(e.number), e.date, e.title, str(len(e.pages)), str(s)] for e, s in zip(plan.exhibits, start_pages)],
           [18, 26, 91, 16, 24])
    pdf.output(str(path))
    return pdf.pages_count


def _heading(pdf, text: str) -> None:
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, _text(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _table(pdf, rows: list[list[str]], widths: list[float], header: bool = True) -> None:
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(col_widths=widths, width=sum(widths), line_height=5.4, first_row_as_headings=header,
                   text_align="LEFT") as table:
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(_text(cell))


def render_stamps(number: int, sizes: list[tuple[float, float]], case: str, path: Path) -> None:
    """One overlay page per exhibit page, its size, with 'Exhibit N – page M of K' and the case number in
    the bottom margin; merged over the original page, so the original's own text layer stays."""
    pdf = _pdf()
    pdf.set_auto_page_break(False)
    k = len(sizes)
    for m, (w_pt, h_pt) in enumerate(sizes, start=1):
        pdf.add_page(format=(w_pt * 25.4 / 72, h_pt * 25.4 / 72))
        pdf.set_font("Helvetica", "B", 8)
        label = _text(f"Exhibit {number} \u2013 page {m} of {k}" + (f"  |  Case {case}" if case else ""))
        pdf.set_xy(0, pdf.h - 7)
        pdf.cell(pdf.w - 8, 4, label, align="R")
    pdf.output(str(path))
