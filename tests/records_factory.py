"""Rendered medical records with known truth (kind, dates of service, author), some rasterised as scans.

Used by the tests, by scripts/records_accuracy.py and by bench/packet.py. Wordings, date formats and
decoy dates (birth, printing) vary with a seeded random generator; nothing here is a real person."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


@dataclass
class RecordSpec:
    kind: str
    dates: list[str]  # ISO dates of service (truth)
    author: str
    lang: str = "en"
    pages: int = 1
    scan: str = ""  # "" (text layer), "pdf" (image-only PDF), "tiff" or "pdf300" (300 dpi scan, text layer)
    patient: str = "Jordan Q. Sample"
    relevant: bool | None = None
    extra: dict = field(default_factory=dict)


def fmt(d: str, style: int, lang: str) -> str:
    day = dt.date.fromisoformat(d)
    if lang == "es":
        return [f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}", f"{day:%d/%m/%Y}"][style % 2]
    return [f"{day:%m/%d/%Y}", f"{day:%B} {day.day}, {day.year}", day.isoformat(), f"{day:%b} {day.day}, {day.year}"][
        style % 4]


def _body(spec: RecordSpec, rnd: random.Random) -> list[str]:
    es, s = spec.lang == "es", rnd.randrange(4)
    d = [fmt(x, s, spec.lang) for x in spec.dates]
    dob = fmt(f"19{rnd.randrange(40, 99)}-0{rnd.randrange(1, 9)}-1{rnd.randrange(0, 9)}", s, spec.lang)
    printed = fmt("2026-11-02", s, spec.lang)
    who = spec.author
    pat = (f"Paciente: {spec.patient}    Fecha de nacimiento: {dob}" if es else
           f"Patient: {spec.patient}    DOB: {dob}")
    filler_en = ["Patient tolerated the visit well and understood the plan.",
                 "Symptoms have persisted despite the measures described above.",
                 "Findings were reviewed with the patient and family."]
    filler_es = ["El paciente toleró bien la consulta y entendió el plan.",
                 "Los síntomas persisten a pesar de las medidas descritas.",
                 "Se revisaron los hallazgos con el paciente y la familia."]
    filler = filler_es if es else filler_en
    k = spec.kind
    if k == "office_note":
        title = rnd.choice(["NOTA DE CONSULTA", "Nota de evolución"] if es else
                           ["OFFICE VISIT NOTE", "Progress Note", "Clinic Note", "OFFICE NOTE"])
        lines = [title, pat, (f"Fecha de la consulta: {d[0]}" if es else
                              rnd.choice([f"Date of Service: {d[0]}", f"Visit date: {d[0]}", f"DOS: {d[0]}"])),
                 (f"Médico tratante: {who}" if es else f"Provider: {who}"),
                 ("Motivo de consulta: dolor persistente." if es else "Chief complaint: persistent pain."),
                 ("Evaluación y plan: continuar el tratamiento." if es else
                  "History of present illness: symptoms for several months."),
                 ("" if es else "Assessment and plan: continue treatment and refer.")]
    elif k == "test_result":
        title = "RESULTADOS DE LABORATORIO" if es else rnd.choice(["LABORATORY REPORT", "Lab Results", "Test Results"])
        lines = [title, pat, (f"Fecha de la muestra: {d[0]}" if es else f"Collected: {d[0]}"),
                 (f"Médico: {who}" if es else f"Ordering physician: {who}"),
                 ("Prueba   Resultado   Valores de referencia" if es else "Test   Result   Reference range"),
                 "HbA1c   8.9 %   4.0-5.6", "CRP   14 mg/L   0-5", f"{'Impreso' if es else 'Printed'}: {printed}"]
    elif k == "imaging_report":
        title = "INFORME RADIOLÓGICO" if es else rnd.choice(["RADIOLOGY REPORT", "IMAGING REPORT", "MRI REPORT"])
        lines = [title, pat, (f"Fecha del estudio: {d[0]}" if es else f"Exam date: {d[0]}"),
                 ("Estudio: resonancia magnética de columna lumbar" if es else "Study: MRI lumbar spine without contrast"),
                 ("Técnica: secuencias estándar." if es else "Technique: standard sequences."),
                 ("Impresión: hernia discal L4-L5." if es else "Impression: disc herniation at L4-L5."),
                 (f"Radiólogo: {who}" if es else f"Radiologist: {who}")]
    elif k == "operative_report":
        title = "INFORME QUIRÚRGICO" if es else rnd.choice(["OPERATIVE REPORT", "Operative Note"])
        lines = [title, pat, (f"Fecha de la cirugía: {d[0]}" if es else f"Date of surgery: {d[0]}"),
                 (f"Cirujano: {who}" if es else f"Surgeon: {who}"),
                 ("Diagnóstico preoperatorio: estenosis." if es else "Preoperative diagnosis: stenosis."),
                 ("Diagnóstico postoperatorio: estenosis." if es else "Postoperative diagnosis: stenosis."),
                 ("Anestesia: general." if es else "Anesthesia: general. Estimated blood loss: 50 mL.")]
    elif k == "discharge_summary":
        title = "RESUMEN DE ALTA" if es else "DISCHARGE SUMMARY"
        lines = [title, pat, (f"Fecha de ingreso: {d[0]}" if es else f"Admission date: {d[0]}"),
                 (f"Fecha de alta: {d[-1]}" if es else f"Discharge date: {d[-1]}"),
                 (f"Médico tratante: {who}" if es else f"Attending physician: {who}"),
                 ("Evolución hospitalaria: estable." if es else "Hospital course: stable, improving."),
                 ("" if es else "Discharge instructions: follow up in two weeks.")]
    elif k == "medical_necessity_letter":
        lines = [who, d[0], "",
                 ("Asunto: carta de necesidad médica" if es else "Re: Letter of medical necessity"),
                 pat, ("A quien corresponda:" if es else "To whom it may concern:"),
                 ("Le escribo en nombre de mi paciente. El tratamiento es médicamente necesario." if es else
                  "I am writing in support of my patient. The treatment is medically necessary."),
                 ("Atentamente," if es else "Sincerely,"), who]
    elif k == "claim_file":
        title = "EXPEDIENTE DE RECLAMACIÓN" if es else rnd.choice(["CLAIM FILE", "Claim File - Utilization Review"])
        lines = [title, f"{'Miembro' if es else 'Member'}: {spec.patient}",
                 (f"Fecha de servicio: {d[0]}" if es else f"Date of service: {d[0]}"),
                 ("Notas de revisión de utilización" if es else "Utilization review notes and reviewer credentials"),
                 ("Registro de llamadas adjunto." if es else "Call log attached. Criteria applied: see policy."),
                 f"{'Impreso' if es else 'Printed'}: {printed}"]
    else:
        lines = [who, pat, d[0] if d else ""]
    return [line for line in lines if line is not None] + [rnd.choice(filler) for _ in range(3)]


def render(spec: RecordSpec, path: Path, seed: int = 0) -> Path:
    """Write the record; scans are rendered at 150 dpi grey (kept small so Tesseract runs quickly), except
    "pdf300": a 300 dpi grey JPEG page with the scanner's own invisible text layer over it, as office
    scanners make them (large pages that need no OCR: for the packet's memory benchmark)."""
    if spec.scan == "pdf300":
        return _searchable_scan(spec, path, seed)
    pdf = _write(spec, seed)
    if not spec.scan:
        pdf.output(str(path))
        return path
    tmp = path.with_suffix(".src.pdf")
    pdf.output(str(tmp))
    _rasterise(tmp, path, spec.scan)
    tmp.unlink()
    return path


def _write(spec: RecordSpec, seed: int, backgrounds: list | None = None):
    """The record's pages with fpdf2; with backgrounds (one image per page), each image fills its page and
    the text is drawn over it invisibly, where a scanner's OCR puts it."""
    from fpdf import FPDF

    rnd = random.Random(seed)
    pdf = FPDF(format="letter")
    pdf.core_fonts_encoding = "windows-1252"
    letterhead = spec.author if spec.kind != "medical_necessity_letter" else None
    body = _body(spec, rnd)
    for page in range(spec.pages):
        pdf.add_page()
        if backgrounds:
            pdf.image(backgrounds[page], x=0, y=0, w=pdf.w, h=pdf.h)
            pdf.text_mode = "INVISIBLE"
        pdf.set_font("Helvetica", "B" if page == 0 else "", 13 if page == 0 else 11)
        if letterhead and page == 0:
            pdf.cell(0, 8, letterhead, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "B", 12)
        lines = body if page == 0 else [f"{spec.patient} - continued ({page + 1})"] + body[-3:] * 4
        for i, line in enumerate(lines):
            if i == 1:
                pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return pdf


def _searchable_scan(spec: RecordSpec, path: Path, seed: int) -> Path:
    """Each page drawn at 300 dpi, with a scanner's grain (so it compresses like a scan, about 0.7 MB a
    page as JPEG), under the same text made invisible."""
    import io

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    src = io.BytesIO(bytes(_write(spec, seed).output()))
    doc = pdfium.PdfDocument(src)
    grain = np.random.default_rng(seed)
    backgrounds = []
    for i in range(len(doc)):
        page = np.asarray(doc[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L"), dtype=np.int16)
        page = np.clip(page - grain.integers(0, 12, page.shape, dtype=np.int16), 0, 255).astype(np.uint8)
        out = io.BytesIO()
        Image.fromarray(page).save(out, "JPEG", quality=75, dpi=(300, 300))
        backgrounds.append(out)
    doc.close()
    _write(spec, seed, backgrounds).output(str(path))
    return path


def _rasterise(src: Path, target: Path, how: str) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(src))
    images = [doc[i].render(scale=150 / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    if how == "tiff":
        images[0].save(target, "TIFF", save_all=True, append_images=images[1:], dpi=(150, 150), compression="tiff_lzw")
    else:
        images[0].save(target, "PDF", save_all=True, append_images=images[1:], resolution=150)


def write_truth(spec: RecordSpec, path: Path) -> None:
    Path(str(path) + ".truth.json").write_text(json.dumps(asdict(spec), indent=1))


def case_records(service: str, provider: str) -> list[RecordSpec]:
    """A claim file and eight records around a denied service: mixed kinds, dates, two scans, one unrelated."""
    day = dt.date.fromisoformat(service)

    def at(n: int) -> str:
        return (day + dt.timedelta(days=n)).isoformat()

    return [
        RecordSpec("claim_file", [service], "Claims and Appeals Unit", pages=2, relevant=True),
        RecordSpec("office_note", [at(-68)], provider, pages=2, relevant=True),
        RecordSpec("test_result", [at(-50)], "Dr. Imani Okafor", scan="pdf", relevant=True),
        RecordSpec("imaging_report", [at(-32)], "Dr. Tomas Herrera", lang="es", relevant=True),
        RecordSpec("office_note", [at(-14)], provider, relevant=True),
        RecordSpec("discharge_summary", [service, at(3)], "Dr. Lena Marsh", scan="tiff", pages=1, relevant=True),
        RecordSpec("operative_report", [at(1)], "Dr. Lena Marsh", pages=3, relevant=True),
        RecordSpec("medical_necessity_letter", [at(12)], provider, relevant=True),
        RecordSpec("office_note", [at(-1400)], "Sunrise Dental Group", relevant=False),
    ]


def labelled_set(n: int, seed: int = 7) -> list[RecordSpec]:
    """n records of every kind and both languages, for the accuracy figure (text layer only unless asked)."""
    rnd = random.Random(seed)
    kinds = ["office_note", "test_result", "imaging_report", "operative_report", "discharge_summary",
             "medical_necessity_letter", "claim_file"]
    authors = ["Dr. Priya Natarajan", "Harbor View Clinic", "Dr. Marcus Bell", "Northgate Medical Group",
               "Dra. Sofía Ibarra", "Clínica del Valle"]
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        start = dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(600))
        dates = [start.isoformat()]
        if kind == "discharge_summary":
            dates.append((start + dt.timedelta(days=rnd.randrange(1, 9))).isoformat())
        out.append(RecordSpec(kind, dates, rnd.choice(authors), lang="es" if i % 3 == 2 else "en",
                              pages=1 + (i % 4 == 0)))
    return out


HELDOUT = [  # written after the rules, in other words; scored before any change to rules/records.yaml
    ("office_note", ["ENCOUNTER NOTE", "Encounter date: {d0}", "Clinician: {a}", "Subjective: knee pain for 4 months.",
                     "Objective: effusion, limited flexion.", "Assessment and plan: refer to orthopedics."]),
    ("office_note", ["Consultation", "Seen on {d0} by {a}", "Reason for consultation: chronic back pain.",
                     "History of present illness: worsening despite therapy.", "Plan: MRI and follow up."]),
    ("test_result", ["PATHOLOGY REPORT", "Specimen received {r}", "Date collected: {d0}",
                     "Diagnosis: benign tissue.", "Pathologist: {a}"]),
    ("test_result", ["Pulmonary Function Test", "Test date: {d0}", "FEV1 62% predicted; reference range 80-120%.",
                     "Interpreting physician: {a}"]),
    ("imaging_report", ["CT ABDOMEN AND PELVIS WITH CONTRAST", "Date of exam: {d0}", "Technique: axial images.",
                        "Findings: no acute process.", "Impression: normal study.", "Read by: {a}"]),
    ("imaging_report", ["Ultrasound report", "Study date {d0}", "Impression: gallstones.", "Radiologist: {a}"]),
    ("operative_report", ["PROCEDURE NOTE", "Procedure date: {d0}", "Surgeon: {a}",
                          "Pre-operative diagnosis: torn meniscus.", "Estimated blood loss: minimal."]),
    ("discharge_summary", ["Hospital Discharge Summary", "Admitted: {d0}   Discharge date: {d1}",
                           "Attending physician: {a}", "Hospital course: uneventful."]),
    ("medical_necessity_letter", ["{a}", "{d0}", "RE: Medical necessity of requested treatment",
                                  "Dear Reviewer:", "I am writing to support coverage. This treatment is medically "
                                  "necessary for my patient.", "Sincerely,", "{a}"]),
    ("claim_file", ["Appeals Department - Claim File Contents", "Date of service: {d0}", "Case notes, call log",
                    "and the utilization review criteria applied."]),
    ("office_note", ["NOTA DE CONSULTA EXTERNA", "Fecha de la visita: {d0es}", "Médico: {a}",
                     "Motivo de consulta: dolor lumbar.", "Plan: fisioterapia."]),
    ("imaging_report", ["INFORME DE RADIOGRAFÍA DE TÓRAX", "Fecha del estudio: {d0es}",
                        "Impresión: sin hallazgos agudos.", "Radiólogo: {a}"]),
]


def heldout_set() -> list[tuple[RecordSpec, list[str]]]:
    out = []
    for i, (kind, lines) in enumerate(HELDOUT):
        d0 = dt.date(2025, 2, 3) + dt.timedelta(days=37 * i)
        d1 = d0 + dt.timedelta(days=4)
        dates = [d0.isoformat()] + ([d1.isoformat()] if "{d1}" in " ".join(lines) else [])
        values = {"d0": fmt(d0.isoformat(), i, "en"), "d1": fmt(d1.isoformat(), i + 1, "en"),
                  "d0es": fmt(d0.isoformat(), i, "es"), "a": f"Dr. Heldout {i}", "r": fmt("2026-10-01", i, "en")}
        out.append((RecordSpec(kind, dates, values["a"], lang="es" if "{d0es}" in " ".join(lines) else "en"),
                    [line.format(**values) for line in lines]))
    return out


def render_lines(lines: list[str], path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
