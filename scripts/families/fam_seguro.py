"""Family 'seguro': a Spanish-language health plan's denial letters and its Spanish EOB (Explicación de Beneficios).

Vida Plena Seguros de Salud is fictional (a US plan writing to members in Spanish). Labels such as "Nº de
afiliado", "Número de reclamación", "Fecha del servicio", "Monto facturado"; dates as "3 de marzo de 2026" and
03/03/2026; decoys: período de cobertura, deducible anual, "usted debe", número de cuenta del paciente.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "seguro"
LANG = "es"
INSURER = "Vida Plena Seguros de Salud"
PROVIDERS = ["Centro Médico San Rafael", "Dra. Adriana Solís", "Clínica Familiar La Esperanza", "Dr. Fabián Ortega",
             "Hospital Regional del Valle", "Laboratorio Clínico Santa Fe", "Dr. Esteban Quiñones"]
REASONS = {
    "medical_necessity": ("resonancia magnética de la rodilla",
                          "Un médico revisor estudió los expedientes que envió su proveedor. No muestran que usted "
                          "haya recibido antes el tratamiento conservador que exigen nuestras guías (terapia física "
                          "y medicamentos por al menos seis semanas). Por eso, el servicio no es médicamente "
                          "necesario en este momento."),
    "out_of_network": ("consulta con especialista en cardiología",
                       "El proveedor que le atendió no pertenece a la red de proveedores de Vida Plena. Su plan HMO "
                       "solo paga servicios fuera de la red en caso de emergencia, y esta consulta fue programada."),
    "level_of_care": ("hospitalización",
                      "Su estancia no cumplía los criterios para una admisión como paciente hospitalizado. Su "
                      "condición se podía atender en observación o en un centro de enfermería especializada, que es "
                      "un nivel de atención menor. Por eso no pagamos la estancia como hospitalización."),
    "experimental": ("terapia con células madre",
                     "Este tratamiento se considera experimental o en investigación para su diagnóstico. Los estudios "
                     "publicados no demuestran que sea seguro y eficaz, y su póliza excluye los tratamientos "
                     "experimentales."),
    "prior_authorization": ("tomografía computarizada del abdomen",
                            "Este servicio requiere autorización previa de Vida Plena. No recibimos una solicitud "
                            "de autorización antes de la fecha del servicio."),
    "eligibility": ("visita de control y análisis de laboratorio",
                    "Según nuestros registros, su cobertura terminó antes de la fecha del servicio por falta de pago "
                    "de la prima. No había cobertura vigente ese día."),
    "timely_filing": ("visita a la sala de emergencias",
                      "La reclamación se recibió después del plazo de 180 días para presentar reclamaciones. El "
                      "proveedor no puede cobrarle a usted esta cantidad."),
}
CODES = {"prior_authorization": "CO-197", "eligibility": "CO-27", "timely_filing": "CO-29", None: "CO-45"}
PLAN = [  # stem, condition, kind, denial
    ("seguro_bd_carta_necesidad", "born_digital", "carta", "medical_necessity"),
    ("seguro_bd_eob_autorizacion", "born_digital", "eob", "prior_authorization"),
    ("seguro_scan_carta_red", "scan_clean_300", "carta", "out_of_network"),
    ("seguro_faxf_eob_cobertura", "fax_fine_g4", "eob", "eligibility"),
    ("seguro_photo_carta_nivel", "phone_photo", "carta", "level_of_care"),
    ("seguro_lowres_eob_pagado", "scan_lowres_150", "eob", None),
    ("seguro_rot_eob_plazo", "rotated", "eob", "timely_filing"),
    ("seguro_copy_carta_experimental", "photocopy", "carta", "experimental"),
]


def facts(r: Rand, denial: str | None) -> dict:
    name, first, mid, last = r.person("es")
    notice = r.date(dt.date(2026, 1, 12), 240)
    back = r.randint(220, 300) if denial == "timely_filing" else r.randint(15, 70)
    dos = notice - dt.timedelta(days=back)
    stay = denial == "level_of_care"
    end = dos + dt.timedelta(days=r.randint(2, 5)) if stay else None
    return dict(name=name, first=first, last=last, notice=notice, dos=dos, end=end, denial=denial,
                mid=f"VPS-{r.digits(4)}-{r.digits(3)}-{r.digits(2)}", group=f"{r.digits(6)}",
                plan=f"VP{r.choice(['H', 'P'])}-{r.digits(3)}", claim=f"{r.digits(2)}{r.digits(3)}{r.digits(6)}",
                provider=r.choice(PROVIDERS[:2] + PROVIDERS[4:5] if stay else PROVIDERS), amount=r.amount(300, 9500) if not stay else r.amount(9000, 38000),
                acct=f"{r.digits(8)}", phone=r.phone())


def letterhead(d: Doc):
    d.set_draw_color(0, 110, 80)
    d.set_line_width(1.5)
    d.line(18, 14, 18, 30)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_xy(22, 13)
    d.font(19, "B")
    d.cell(0, 8, "Vida Plena", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22)
    d.font(9)
    d.cell(0, 4.5, "Seguros de Salud  -  Apartado Postal 18820, San Antonio, TX 78218", new_x="LMARGIN",
           new_y="NEXT")
    d.set_x(22)
    d.cell(0, 4.5, "Servicios al Afiliado 1-800-555-0135  -  TTY 711  -  www.vidaplena.example", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(7)


def carta(r: Rand, denial: str) -> tuple[bytes, dict]:
    f = facts(r, denial)
    what, why = REASONS[denial]
    d = Doc("Helvetica", footer="Página {p} de {n}", header=f"Nº de afiliado {f['mid']}  |  {f['name']}")
    d.add_page()
    letterhead(d)
    d.text_line(f"San Antonio, {fmt_date(f['notice'], 'es')}", size=10.5)
    d.ln(4)
    street, city = r.address("es")
    for line in (f["name"], street, city):
        d.text_line(line, size=10.5, h=5)
    d.ln(5)
    d.text_line("Asunto: Aviso de denegación de beneficios", size=11, style="B")
    d.ln(2)
    pairs = [("Nombre del paciente", f["name"]), ("Nº de afiliado", f["mid"]), ("Número de grupo", f["group"]),
             ("Plan", f["plan"]), ("Número de reclamación", f["claim"]), ("Proveedor", f["provider"]),
             ("Fecha del servicio", fmt_date(f["dos"], "slash") + (f" al {fmt_date(f['end'], 'slash')}"
                                                                   if f["end"] else "")),
             ("Monto facturado", fmt_money(f["amount"]))]
    for k, v in pairs:
        d.font(10, "B")
        d.cell(50, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(f"Estimado(a) {f['first']} {f['last']}:", size=10.5)
    d.ln(1)
    d.para(f"Vida Plena revisó la reclamación de {f['provider']} por la {what}. Lamentamos informarle que hemos "
           "denegado el pago de esta reclamación.", size=10.5)
    d.text_line("¿Por qué tomamos esta decisión?", size=10.5, style="B")
    d.para(why, size=10.5)
    d.text_line("Su derecho a apelar", size=10.5, style="B")
    if r.random() < 0.5:
        deadline = f["notice"] + dt.timedelta(days=180)
        d.para("Si no está de acuerdo, puede presentar una apelación dentro de los 180 días a partir de la fecha "
               "de esta carta.", size=10.5)
    else:
        deadline = f["notice"] + dt.timedelta(days=180)
        d.para(f"Si no está de acuerdo, debe presentar su apelación a más tardar el {fmt_date(deadline, 'es')}.",
               size=10.5)
    d.para("Envíe su apelación por escrito a: Vida Plena, Departamento de Apelaciones, Apartado Postal 18825, San "
           "Antonio, TX 78218, o por fax al 1-210-555-0177. Si su salud corre peligro, pida una apelación acelerada; "
           "la decidiremos en 72 horas. Después de la apelación, puede pedir una revisión externa independiente si "
           "la decisión se basó en necesidad médica, nivel de atención o tratamiento experimental.", size=10)
    d.para("Atentamente,\n\nDepartamento de Revisión de Reclamaciones\nVida Plena Seguros de Salud", size=10.5)
    d.para("Vida Plena cumple con las leyes federales de derechos civiles y no discrimina por motivos de raza, "
           "color, origen nacional, edad, discapacidad o sexo. ATTENTION: If you speak English, language assistance "
           "services, free of charge, are available to you. Call 1-800-555-0135 (TTY 711).", size=8)
    return pdf_bytes(d), doc_truth(f, "denial_letter", deadline)


def eob(r: Rand, denial: str | None) -> tuple[bytes, dict]:
    f = facts(r, denial)
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", size=14, style="B", h=7)
    d.text_line("ESTO NO ES UNA FACTURA", size=9.5, style="B")
    d.ln(3)
    year = f["notice"].year
    left = [("Fecha de emisión", fmt_date(f["notice"], "slash")), ("Afiliado", f["name"]),
            ("Nº de afiliado", f["mid"]), ("Número de grupo", f["group"]), ("Plan", f["plan"])]
    right = [("Período de cobertura", f"01/01/{year} - 12/31/{year}"), ("Número de reclamación", f["claim"]),
             ("Proveedor", f["provider"]), ("Cuenta del paciente", f["acct"]),
             ("Fecha de recibo", fmt_date(f["dos"] + dt.timedelta(days=r.randint(4, 12)), "slash"))]
    for (k1, v1), (k2, v2) in zip(left, right):
        d.font(8.5, "B")
        d.cell(32, 5, k1)
        d.font(9)
        d.cell(58, 5, v1)
        d.font(8.5, "B")
        d.cell(38, 5, k2)
        d.font(9)
        d.cell(0, 5, v2, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    code = CODES.get(denial, "CO-45")
    n = 2 if r.random() < 0.6 else 1
    parts = [round(float(f["amount"]) * 0.6, 2)] if n == 2 else []
    parts.append(round(float(f["amount"]) - sum(parts), 2))
    rows = []
    descs = ["Consulta, paciente establecido", "Análisis de laboratorio", "Tomografía del abdomen"]
    for i, amt in enumerate(parts):
        allowed = 0.0 if denial else round(amt * 0.68, 2)
        paid = round(allowed * 0.8, 2)
        rows.append([fmt_date(f["dos"], "slash"), descs[i if denial != "prior_authorization" else 2],
                     fmt_money(amt), fmt_money(allowed), fmt_money(paid),
                     fmt_money(allowed - paid if not denial else (0 if denial != "eligibility" else amt)), code])
    rows.append(["*Total", "", fmt_money(f["amount"]), "", "", "", ""])
    d.table(["Fecha del servicio", "Descripción", "Monto facturado", "Monto permitido", "Pagado por el plan",
             "Usted debe", "Código"], rows, [27, 52, 24, 24, 24, 18, 13], size=8, aligns="LLRRRRL")
    d.para(f"Deducible anual: $2,000.00 - acumulado: ${r.randint(100, 1900):,}.00", size=8.5)
    d.text_line("Explicación de códigos", size=10, style="B")
    texts = {"CO-197": "Falta la autorización previa requerida para este servicio.",
             "CO-27": "Gastos incurridos después de terminada la cobertura.",
             "CO-29": "Venció el plazo para presentar la reclamación.",
             "CO-45": "El cargo excede la tarifa contratada; el proveedor no puede cobrarle la diferencia."}
    d.para(f"{code}: {texts[code]}", size=9)
    deadline = None
    if denial:
        d.para(REASONS[denial][1], size=9)
        deadline = f["notice"] + dt.timedelta(days=180)
        d.para("Usted tiene derecho a apelar. Debe presentar su apelación dentro de los 180 días a partir de la "
               "fecha de este aviso. Escriba a Vida Plena, Departamento de Apelaciones, Apartado Postal 18825, San "
               "Antonio, TX 78218.", size=9)
    else:
        d.para("Esta reclamación se pagó de acuerdo con los beneficios de su plan. Si tiene preguntas, llame a "
               "Servicios al Afiliado.", size=9)
    d.para("Vida Plena no discrimina por motivos de raza, color, origen nacional, edad, discapacidad o sexo. "
           "Language assistance available: 1-800-555-0135.", size=7.5)
    return pdf_bytes(d), doc_truth(f, "eob", deadline)


def doc_truth(f: dict, doc_type: str, deadline: dt.date | None) -> dict:
    return truth(doc_type, f["denial"], lang="es", insurer=INSURER, plan_id=f["plan"], group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]], claim_amount=f["amount"],
                 service_dates=[iso(f["dos"], f["end"])], denial_date=iso(f["notice"]), provider=f["provider"],
                 appeal_deadline=iso(deadline) if deadline else None, alternates={"insurer": ["Vida Plena"]})


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, denial) in enumerate(PLAN):
        r = Rand(7800 + i)
        items.append(Item(stem, cond, [(carta if kind == "carta" else eob)(r, denial)]))
    return items
