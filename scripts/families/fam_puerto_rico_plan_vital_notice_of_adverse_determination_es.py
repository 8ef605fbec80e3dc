"""Notices mirrored (structure and wording style only) from Puerto Rico's Plan Vital, the government health plan
run by the Puerto Rico Health Insurance Administration (Administración de Seguros de Salud, ASES), whose managed
care organizations send members and providers notices of adverse benefit determination ("Aviso de Determinación
Adversa de Beneficios"). ASES and Plan Vital appear as themselves; the managed care organization (Salud
Flamboyán), every provider, person, number, address and amount is invented, as are the time limits printed here.
Most documents are in Spanish, one is in English.

Documents (8 in 7 files):
- bd_sidebar_mri_prior_auth_medical_necessity: Spanish pre-service notice to the member in two columns, every
  fact in a boxed right-hand sidebar ("Núm. de contrato", "Referencia", "Emitido", "Fecha programada"), an MRI
  judged not medically necessary; DOB, received date, 72-hour expedited appeal, the 120-day administrative hearing,
  the MCO's phone and fax as decoys.
- faxstd_grid_provider_claim_late_filing: Spanish claim determination to a clinical laboratory, the facts in a
  grid of captioned boxes three wide ("Núm. de control del documento", "Cargos sometidos", "Desde - Hasta"),
  denied for filing after the MCO's 90-day limit; NPI, received date and an earlier paid claim as decoys.
- phone_english_no_labels_dental_implant_not_covered: the English notice, a letter with no labels at all (every
  fact in sentences), dental implants not a Plan Vital benefit; "our letter of January 5" quoted.
- rotated_landscape_eob_four_claims_one_prior_auth: a Spanish member EOB on a landscape page, four claims, one
  denied for no prior authorization (the others paid).
- lowres_appeal_resolution_inpatient_days_observation: Spanish appeal resolution upholding the denial of two
  inpatient days that should have been observation (level of care); only an administrative hearing remains.
- photocopy_approval_physical_therapy: Spanish approval of physical therapy visits (denies nothing).
- finefax_stack_cover_out_of_network_then_appeal_receipt_turned: a fax cover, a Spanish denial of a visit to a
  cardiologist outside the MCO's preferred network, then an acknowledgment of the member's appeal (denies
  nothing) fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import TAGLINES
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "puerto_rico_plan_vital_notice_of_adverse_determination_es"
LANG = "es"
SEED = 352105
MCO = "Salud Flamboyán, Inc."
INS = "Salud Flamboyán"
ASES = "Administración de Seguros de Salud de Puerto Rico (ASES)"
NOMBRES = ["Yaritza", "Edgardo", "Migdalia", "Heriberto", "Nilsa", "Wilfredo", "Zuleika", "Gerardo", "Brunilda",
           "Osvaldo", "Idalis", "Jeramfel"]
APELLIDOS = ["Colón", "Maldonado", "Figueroa", "Quiñones", "Santiago", "Irizarry", "Vélez", "Rosado", "Pagán",
             "Acevedo", "Cintrón", "Negrón"]
PUEBLOS = [("Bayamón", "009", 56, 61), ("Caguas", "007", 25, 27), ("Arecibo", "006", 12, 14),
           ("Mayagüez", "006", 80, 82), ("Ponce", "007", 30, 33)]
IMAGING = "Centro de Imágenes Almácigo"
LAB = "Laboratorio Clínico Guayacán"
HOSP = "Hospital Comunitario Ausubo"
CARDIO = "Cardiología Integral del Turabo"
THER = "Terapias Físicas Cayey Sur"
DENTIST = "Clínica Dental Punta Salinas"


def persona(rng):
    return f"{rng.choice(NOMBRES)} {rng.choice('ABCDEFGHJLMNRSV')}. {rng.choice(APELLIDOS)}"


def contrato(rng):
    """Member contract number with the family member's suffix (digits, dash, two digits)."""
    return f"{digits(rng, 8)}-0{rng.randint(1, 4)}"


def direccion(rng):
    town, z, lo, hi = rng.choice(PUEBLOS)
    return [f"Urb. Los Robles, Calle {rng.randint(2, 18)} #{rng.randint(10, 99)}",
            f"{town} PR {z}{rng.randint(lo, hi):02d}"]


def _head(p: DLSheet, rng, unidad: str = "Servicios al Afiliado", es: bool = True):
    p.f(13, "B")
    p.cell(0, 6, "Salud Flamboyán", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, ("Organización de cuidado coordinado contratada por ASES para Plan Vital" if es else
                  "Managed care organization under contract with ASES for Plan Vital"), new_x="LMARGIN",
           new_y="NEXT")
    p.f(7.3)
    p.cell(0, 3.8, f"{unidad}  |  PO Box {rng.randint(36000, 37999)}, San Juan PR 00936-{digits(rng, 4)}  |  "
                   f"Tel. 1-800-555-{digits(rng, 4)}  |  Fax 787-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 3)


def _derechos(p: DLSheet, size: float = 8.6, dias: int = 60):
    p.para(f"**Su derecho a apelar.** Si no está de acuerdo con esta determinación, usted, su representante "
           f"autorizado o su proveedor con su permiso escrito pueden solicitar una apelación dentro de {dias} días "
           "calendario a partir de la fecha de este aviso. Puede apelar por teléfono, por escrito o en persona.",
           size)
    p.para("**Apelación expedita.** Si esperar pone en riesgo su vida o su salud, pida una apelación expedita. "
           "Le contestaremos dentro de 72 horas.", size)
    p.para("**Audiencia administrativa.** Si después de la apelación no está de acuerdo con nuestra resolución, "
           "puede pedir una audiencia administrativa ante ASES dentro de 120 días calendario a partir de la fecha "
           "de la resolución de apelación. Si recibía el servicio y quiere que continúe durante la apelación, "
           "debe pedirlo dentro de 10 días.", size)


def bd_sidebar(rng):
    mem = persona(rng)
    cid = contrato(rng)
    nd = dt.date(2026, 3, rng.randint(3, 13))
    planned = plus(nd, rng.randint(9, 16))
    rec = plus(nd, -rng.randint(4, 7))
    dob = dt.date(rng.randint(1958, 1990), rng.randint(1, 12), rng.randint(1, 28))
    ref = f"DA-26-{digits(rng, 6)}"
    doctor = "Irmarie Casellas Bonilla"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    for ln in [mem] + direccion(rng):
        p.line(ln, 9.4)
    p.ln(3)
    p.title_rule("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12)
    body = [
        f"Estimado(a) {mem.split()[0]}:",
        f"Recibimos el {fdate(rec, 'long', 'es')} una solicitud de preautorización de la Dra. {doctor} para una "
        f"resonancia magnética de la columna lumbar sin contraste (CPT 72148) en {IMAGING}.",
        "Después de revisar la información médica, un médico revisor determinó que el servicio no es médicamente "
        "necesario en este momento. Su expediente no muestra que haya completado seis semanas de tratamiento "
        "conservador (terapia física o medicamentos) ni señales de alarma neurológica. Por eso, denegamos "
        "la solicitud.",
        "Puede pedir una copia gratis de los criterios que usamos y de su expediente. Su médico puede hablar con "
        "el médico revisor llamando a Servicios al Proveedor.",
    ]
    facts = [("Afiliado(a)", mem), ("Núm. de contrato", cid), ("Fecha de nacimiento", fdate(dob, "slash")),
             ("Referencia", ref), ("Emitido", fdate(nd, "long", "es")), ("Médico que ordena", f"Dra. {doctor}"),
             ("Lugar del servicio", IMAGING), ("Fecha programada", fdate(planned, "long", "es")),
             ("Programa", "Plan Vital")]
    p.box_col(body, facts, left_w=104, size=9.2, rsize=8.6, title="Datos de su caso")
    _derechos(p)
    p.para("Atentamente,\nDepartamento de Gerencia de Utilización, Salud Flamboyán", 9)
    p.add_page()
    p.line("Aviso de no discriminación", 8.5, "B")
    p.para(f"{MCO} cumple con las leyes federales de derechos civiles aplicables y no discrimina por motivos de "
           f"raza, color, origen nacional, edad, discapacidad o sexo. Llame al 1-800-555-{digits(rng, 4)} (TTY 711).",
           8)
    for t in TAGLINES:
        p.para(t, 7.3, gap=0.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=cid, member_name=mem, cases=[ref],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=doctor,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"provider": [IMAGING], "service_dates": [[]]})
    return out(p), t


def faxstd_grid(rng):
    mem = persona(rng)
    cid = contrato(rng)
    nd = dt.date(2026, 4, rng.randint(6, 16))
    d1 = dt.date(2025, 12, rng.randint(1, 8))
    d2 = plus(d1, rng.randint(2, 5))
    rec = dt.date(2026, 3, rng.randint(20, 30))
    billed = amount(rng, 180, 460)
    dcn = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    prev = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SALUD FLAMBOYAN RECLAMACIONES 787-555-{digits(rng, 4)}"
           f"  ->  LAB GUAYACAN 787-555-{digits(rng, 4)}  PAG. {{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Reclamaciones de Proveedores")
    p.line("NOTIFICACIÓN DE DETERMINACIÓN DE RECLAMACIÓN - PLAN VITAL", 9.5, "B")
    p.ln(2)
    w = (p.w - p.l_margin - p.r_margin) / 3
    p.nboxes([("Fecha de la notificación", fdate(nd, "long", "es"), w), ("Núm. de control del documento", dcn, w),
              ("Proveedor que factura", LAB, w)], h=12, cap=6, val=8.6)
    p.nboxes([("NPI", digits(rng, 10), w), ("Afiliado(a)", mem, w), ("Núm. de contrato", cid, w)], h=12, cap=6,
             val=8.6)
    p.nboxes([("Desde - Hasta", f"{fdate(d1, 'slash')} - {fdate(d2, 'slash')}", w),
              ("Cargos sometidos", money(billed), w), ("Recibida", fdate(rec, "slash"), w)], h=12, cap=6, val=8.6)
    p.nboxes([("Pagado", "$0.00", w), ("Código de razón", "TF-90", w), ("Reclamación anterior (pagada)", prev, w)],
             h=12, cap=6, val=8.6)
    p.ln(4)
    p.para("TF-90  La reclamación se recibió fuera del término para facturar. Salud Flamboyán debe recibir las "
           "reclamaciones de Plan Vital dentro de 90 días a partir de la fecha de servicio. Las pruebas de "
           "laboratorio de estas fechas se facturaron por primera vez en la fecha de recibo indicada arriba. "
           "El afiliado no es responsable de este cargo.", 8)
    p.para("Si tiene prueba de que facturó a tiempo (por ejemplo, un acuse de recibo electrónico), puede pedir una "
           "reconsideración dentro de 30 días a partir de la fecha de esta notificación.", 8)
    p.add_page()
    p.band("RECONSIDERACIÓN Y QUEJAS DEL PROVEEDOR", 8)
    p.para(f"Envíe la reconsideración con copia de esta notificación al Fax 787-555-{digits(rng, 4)} o por el "
           "portal de proveedores. Después de la reconsideración, el proveedor puede presentar una querella ante "
           "ASES. Formulario SF-RC-07.", 7.8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=cid, member_name=mem, cases=[dcn],
              claim_amount=m2(billed), service_dates=[span(d1, d2)], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"service_dates": [[span(d1), span(d2)]]})
    return out(p), t


def phone_english(rng):
    mem = persona(rng)
    cid = contrato(rng)
    nd = dt.date(2026, 2, rng.randint(9, 20))
    old = dt.date(2026, 1, 5)
    dos = plus(nd, -rng.randint(18, 30))
    billed = amount(rng, 2100, 3400)
    claim = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Member Services", es=False)
    p.para(f"{fdate(nd, 'long')}", 9.8)
    for ln in [mem] + direccion(rng):
        p.line(ln, 9.8)
    p.ln(4)
    p.para(f"Dear {mem}:", 9.8)
    p.para(f"We are writing about the claim that {DENTIST} sent us for the dental implant body (D6010) placed on "
           f"{fdate(dos, 'long')}. The office charged {money(billed)} for this service. The claim has number "
           f"{claim}, and your Plan Vital contract number is {cid}.", 9.8)
    p.para(f"We cannot pay this claim. Dental implants are not a covered benefit of Plan Vital for adults. The "
           f"dental benefit covers exams, cleanings, fillings, extractions and removable dentures. Our letter of "
           f"{fdate(old, 'long')} told you that implants are not covered; this notice is our decision on the claim.",
           9.8)
    p.para(f"If you do not agree, you may ask us for an appeal within 60 calendar days from the date of this "
           "notice. You can call us, write to us or come to one of our offices. If your health could be in serious "
           "danger, ask for an expedited appeal and we will answer within 72 hours. After the appeal, you may ask "
           "ASES for an administrative hearing within 120 calendar days from the date of our appeal resolution.",
           9.8)
    p.para(f"Call us at 1-800-555-{digits(rng, 4)} (TTY 711), Monday to Friday, 7:00 a.m. to 7:00 p.m.", 9.8)
    p.para("Sincerely,\nMember Services, Salud Flamboyán", 9.8)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=cid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=DENTIST,
              appeal_deadline=plus(nd, 60).isoformat(), lang="en")
    return out(p), t


def rotated_eob(rng):
    mem = persona(rng)
    cid = contrato(rng)
    sd = dt.date(2026, 5, rng.randint(4, 15))
    rows_src = [("Dra. Nilsa Ortiz Lebrón", "99213 Visita de oficina"), (LAB, "80053 Panel metabólico"),
                (IMAGING, "73721 Resonancia rodilla"), (THER, "97110 Ejercicio terapéutico")]
    deny = 2
    rows, data = [], []
    for i, (prov, svc) in enumerate(rows_src):
        d = dt.date(2026, 3 + i // 2, rng.randint(2, 26))
        c = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
        b = amount(rng, 60, 240) if i != deny else amount(rng, 980, 1650)
        data.append((d, c, b, prov))
        if i == deny:
            rows.append([c, fdate(d, "slash"), prov, svc, money(b), "$0.00", "$0.00", "PA1"])
        else:
            paid = round(b * 0.8, 2)
            rows.append([c, fdate(d, "slash"), prov, svc, money(b), money(paid), "$0.00", "--"])
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, "Explicación de Beneficios")
    p.line("EXPLICACIÓN DE BENEFICIOS (EOB) - ESTO NO ES UNA FACTURA", 11, "B")
    p.ln(1)
    p.pairs([("Fecha del estado", fdate(sd, "long", "es")), ("Afiliado(a)", mem), ("Núm. de contrato", cid),
             ("Período", "01/03/2026 al 30/04/2026 (periodo de procesamiento)")], label_w=42, size=8.8)
    p.ln(2)
    p.table(["Reclamación", "Fecha de servicio", "Proveedor", "Servicio", "Cargos", "Pagado por el plan",
             "Usted paga", "Nota"], rows, [38, 24, 52, 48, 24, 28, 22, 14], size=8)
    p.para("PA1  Este servicio requiere preautorización y no la encontramos en nuestros expedientes. La "
           "reclamación se denegó. El proveedor no puede cobrarle a usted por este servicio.", 8.4)
    p.para("Puede solicitar una apelación dentro de 60 días calendario a partir de la fecha de este estado. "
           "Audiencia administrativa ante ASES: 120 días a partir de la resolución de apelación.", 8.4)
    d, c, b, prov = data[deny]
    t = truth("eob", "prior_authorization", insurer=INS, member_id=cid, member_name=mem, cases=[c],
              claim_amount=m2(b), service_dates=[span(d)], denial_date=sd.isoformat(), provider=prov,
              appeal_deadline=plus(sd, 60).isoformat(), lang="es")
    return out(p), t


def lowres_appeal(rng):
    mem = persona(rng)
    cid = contrato(rng)
    rd = dt.date(2026, 4, rng.randint(14, 24))
    adm = dt.date(2026, 1, rng.randint(8, 14))
    den1, den2 = plus(adm, 2), plus(adm, 3)
    first = dt.date(2026, 2, rng.randint(2, 9))
    billed = amount(rng, 3800, 6200)
    ap = f"AP-2026-{digits(rng, 5)}"
    case = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Unidad de Querellas y Apelaciones")
    p.line(f"Fecha: {fdate(rd, 'long', 'es')}", 9.5)
    p.ln(2)
    for ln in [mem] + direccion(rng):
        p.line(ln, 9.5)
    p.ln(3)
    p.line("RESOLUCIÓN DE APELACIÓN", 11.5, "B")
    p.ln(1)
    p.boxed_pairs([("Núm. de apelación", ap), ("Reclamación", case), ("Núm. de contrato", cid),
                   ("Facilidad tratante", HOSP), ("Días en disputa", f"{fdate(den1, 'long', 'es')} y "
                                                                     f"{fdate(den2, 'long', 'es')}"),
                   ("Cargos de los días en disputa", money(billed))], label_w=62, size=9)
    p.para(f"Usted apeló nuestra carta del {fdate(first, 'long', 'es')}, en la que denegamos dos días de su "
           f"hospitalización en {HOSP}, que comenzó el {fdate(adm, 'long', 'es')}. Un médico que no participó en "
           "la primera decisión revisó el expediente completo.", 9.3)
    p.para("**Decisión: se mantiene la denegación.** Los primeros dos días de hospitalización fueron aprobados. "
           "Para los dos días siguientes, su condición estaba estable y el cuidado que recibió (observación, "
           "medicamentos por boca y laboratorios) podía darse en un nivel de cuidado de observación, no como "
           "paciente hospitalizado. El hospital puede facturar esos días como observación.", 9.3)
    p.para("Esta es nuestra resolución final. Si no está de acuerdo, puede pedir una audiencia administrativa ante "
           "ASES dentro de 120 días calendario a partir de la fecha de esta resolución. También puede presentar "
           "una querella ante ASES en cualquier momento.", 9.3)
    p.para("Unidad de Querellas y Apelaciones, Salud Flamboyán", 9.3)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=cid, member_name=mem, cases=[ap, case],
              claim_amount=m2(billed), service_dates=[span(den1, den2)], denial_date=rd.isoformat(), provider=HOSP,
              appeal_deadline=None, lang="es",
              alternates={"case_numbers": [[ap], [case]], "service_dates": [[span(den1), span(den2)]]})
    return out(p), t


def photocopy_approval(rng):
    mem = persona(rng)
    cid = contrato(rng)
    nd = dt.date(2026, 3, rng.randint(16, 26))
    start, stop = plus(nd, 3), plus(nd, 63)
    auth = f"PA-{digits(rng, 9)}"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Gerencia de Utilización")
    p.right_block([("Notificado:", fdate(nd, "long", "es")), ("Autorización:", auth), ("Contrato:", cid)], w=92,
                  size=8.8)
    p.ln(3)
    for ln in [mem] + direccion(rng):
        p.line(ln, 9.5)
    p.ln(3)
    p.line("NOTIFICACIÓN DE APROBACIÓN DE SERVICIOS", 11.5, "B")
    p.ln(1)
    p.para(f"Le informamos que aprobamos 12 visitas de terapia física (CPT 97110 y 97140) con {THER}. Las "
           f"visitas deben darse entre el {fdate(start, 'long', 'es')} y el {fdate(stop, 'long', 'es')}.", 9.5)
    p.para("Esta aprobación no garantiza el pago si usted no es elegible a Plan Vital en la fecha del servicio. "
           "Si necesita más visitas, su terapeuta debe pedir una nueva autorización antes de que termine este "
           "período.", 9.5)
    p.para(f"Preguntas: 1-800-555-{digits(rng, 4)} (TTY 711).", 9.5)
    t = truth("other", None, insurer=INS, member_id=cid, member_name=mem, cases=[auth],
              service_dates=[span(start, stop)], denial_date=nd.isoformat(), provider=THER, lang="es",
              alternates={"service_dates": [[span(start)], []]})
    return out(p), t


def finefax_stack(rng):
    mem = persona(rng)
    cid = contrato(rng)
    nd = dt.date(2026, 4, rng.randint(1, 9))
    dos = plus(nd, -rng.randint(15, 25))
    billed = amount(rng, 240, 520)
    claim = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    cardiologist = "Rubén Alicea Torrens"
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Reclamaciones")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 11.5, "B")
    p.ln(1)
    p.pairs([("Enviado por correo", fdate(nd, "long", "es")), ("Afiliado(a)", mem), ("Contrato", cid),
             ("Reclamación", claim), ("Médico", f"Dr. {cardiologist} ({CARDIO})"),
             ("Fecha de la visita", fdate(dos, "long", "es")), ("Cantidad facturada", money(billed))],
            label_w=44, size=9.2)
    p.ln(2)
    p.para(f"No podemos pagar la visita con el Dr. {cardiologist}. Su oficina no pertenece a la Red Preferida de "
           "Salud Flamboyán y la visita no fue una emergencia. Plan Vital le permite ver especialistas de la Red "
           "Preferida sin referido; fuera de la red necesita nuestra aprobación previa, que no se pidió.", 9.2)
    _derechos(p, 8.4)
    doc1 = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=cid, member_name=mem,
                          cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=cardiologist,
                          appeal_deadline=plus(nd, 60).isoformat(), lang="es",
                          alternates={"provider": [CARDIO]}, denial_alternates=["prior_authorization"]))
    ad = plus(nd, rng.randint(12, 20))
    filed = plus(ad, -rng.randint(3, 6))
    ap = f"AP-2026-{digits(rng, 5)}"
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Unidad de Querellas y Apelaciones")
    q.line(f"{fdate(ad, 'long', 'es')}", 9.5)
    q.ln(2)
    q.line(mem, 9.5)
    q.ln(2)
    q.line("ACUSE DE RECIBO DE SU APELACIÓN", 11.5, "B")
    q.ln(1)
    q.para(f"Recibimos su apelación el {fdate(filed, 'long', 'es')}. Le asignamos el número {ap}. Usted apeló "
           f"nuestra denegación de la reclamación {claim} por la visita del {fdate(dos, 'long', 'es')} con el "
           f"Dr. {cardiologist}.", 9.4)
    q.para("Le enviaremos nuestra resolución dentro de 30 días calendario a partir de la fecha en que recibimos su "
           "apelación. Puede enviarnos documentos adicionales o revisar su expediente gratis antes de esa fecha.", 9.4)
    q.para("Unidad de Querellas y Apelaciones, Salud Flamboyán", 9.4)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=None, member_name=mem, cases=[ap, claim],
                          service_dates=[span(dos)], denial_date=ad.isoformat(), provider=cardiologist, lang="es",
                          alternates={"case_numbers": [[ap], [claim]], "service_dates": [[]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_sidebar_mri_prior_auth_medical_necessity", "born_digital", [bd_sidebar(rng)]),
        Item(F + "faxstd_grid_provider_claim_late_filing", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "phone_english_no_labels_dental_implant_not_covered", "phone_photo", [phone_english(rng)]),
        Item(F + "rotated_landscape_eob_four_claims_one_prior_auth", "rotated", [rotated_eob(rng)]),
        Item(F + "lowres_appeal_resolution_inpatient_days_observation", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "photocopy_approval_physical_therapy", "photocopy", [photocopy_approval(rng)]),
        Item(F + "finefax_stack_cover_out_of_network_then_appeal_receipt_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
