"""Family puerto_rico_medicaid_aviso_denegacion_servicios_es: a Puerto Rico Medicaid managed care plan's Spanish
notices about home health nursing, therapy and personal care hours.

Modelled on the public structure of a state Medicaid managed care "Aviso de determinación adversa de
beneficios" (recuadro de datos, qué decidimos, por qué, norma usada, apelación ante el plan en 60 días,
apelación acelerada 72 horas, continuación de beneficios 10 días, audiencia administrativa / imparcial 120 días
después de la resolución, ayuda gratuita, taglines), a Spanish plan EOB ("Explicación de beneficios") with several
claims, one bilingual English/Spanish notice, an "Aviso de aprobación", a "Aviso de resolución de apelación",
a request for records and a provider-facing determination fax. Plans, people and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import MONTHS_ES, Page, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "puerto_rico_medicaid_aviso_denegacion_servicios_es"
LANG = "es"
SEED = 333600

PLANS = [("Salud Ceiba Plan de Salud, Inc.", "Organización de Cuidado Coordinado (MCO) - Plan de Salud del Gobierno",
          "PO Box 71530, San Juan PR 00936-8630"),
         ("Aseguradora Flamboyán Salud", "Plan de Salud del Gobierno de Puerto Rico (Medicaid / CHIP)",
          "Apartado 195442, Bayamón PR 00960")]
AGENCIES = ["Cuidado en el Hogar Río Piedras, Inc.", "Hogar Sano Home Health Services", "Terapias Integradas del Sur, CSP",
            "Atención Domiciliaria Los Cerros"]
THERAPISTS = ["Lcda. Noemí Vélez Cordero", "Lcdo. Iván Rosado Pabón", "Dra. Marilú Ortega Feliciano"]
FIRST = ["Carmen", "Luis", "Ivelisse", "Wilfredo", "Migdalia", "Ángel", "Zoraida", "Edwin", "Nilda", "Héctor"]
LAST = ["Rivera", "Colón", "Maldonado", "Quiñones", "Rosario", "Vázquez", "Torres", "Irizarry", "Ocasio", "Cruz"]
TOWNS = [("Caguas", "00725"), ("Bayamón", "00961"), ("Ponce", "00731"), ("Mayagüez", "00680"), ("Carolina", "00983"),
         ("Arecibo", "00612")]


def person(rng) -> str:
    return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGJLMNRS')}. {rng.choice(LAST)}"


def addr(rng) -> list[str]:
    town, z = rng.choice(TOWNS)
    return [f"Urb. {rng.choice(['Villa Carmen', 'Santa Juanita', 'Los Caobos', 'Jardines de Caguas'])} "
            f"Calle {rng.randint(2, 40)} {rng.choice('ABCDEFGH')}-{rng.randint(1, 30)}", f"{town} PR {z}"]


def es_abbr(d: dt.date) -> str:
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def head(p: Page, org, prog, paddr, rng, size=15):
    p.line(org, size, "B", h=7.5)
    p.line(prog, 8.5, h=4.2)
    p.line(f"{paddr}  |  Servicios al Afiliado 1-8{rng.randint(55, 88)}-555-{digits(rng, 4)} (TTY 1-8{rng.randint(55, 88)}"
           f"-555-{digits(rng, 4)})", 8, h=4.2)
    p.ln(4)


def rights_es(p: Page, rng, deadline_text: str):
    p.heading("Su derecho a apelar", 11)
    p.para(deadline_text, 9.5)
    p.para("**Apelación acelerada.** Si usted o su médico creen que esperar 30 días puede poner en serio peligro "
           "su vida o su salud, pida una apelación acelerada. Le contestaremos en un plazo de 72 horas.", 9)
    p.para("**Continuación de beneficios.** Si este aviso reduce o termina un servicio que ya recibe, puede seguir "
           "recibiéndolo mientras se decide la apelación si la pide dentro de los 10 días siguientes a la fecha en "
           "que se envió este aviso, o antes de la fecha de efectividad del cambio.", 9)
    p.heading("Audiencia administrativa", 11)
    p.para("Después de la apelación ante el plan, si la decisión no le favorece, puede pedir una audiencia "
           "administrativa ante la agencia estatal dentro de los 120 días a partir de la fecha del aviso de "
           f"resolución de la apelación. Llame al 1-8{rng.randint(55, 88)}-555-{digits(rng, 4)}.", 9)
    p.para("Ayuda gratuita: la Oficina del Procurador del Paciente puede ayudarle. ATTENTION: If you speak English, "
           "language assistance services, free of charge, are available to you. Call Member Services.", 8)


def aviso_reduccion(rng):
    """Born digital: nursing hours reduced on reassessment; 60 days from the date of this notice."""
    org, prog, paddr = PLANS[0]
    name = person(rng)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 50))
    mid = f"{digits(rng, 8)}{rng.choice(['01', '02', '03'])}"
    mpi = digits(rng, 9)
    ref = f"UM-{notice.year}-{digits(rng, 7)}"
    agency = rng.choice(AGENCIES)
    start = plus(notice, rng.randint(12, 20))
    end = plus(start, 89)
    recv = plus(notice, -rng.randint(4, 12))
    dob = dt.date(1944 + rng.randint(0, 20), rng.randint(1, 12), rng.randint(1, 28))
    p = Page(footer="Página {n} de {nb}", footer_left=f"ASES-NOA-{rng.randint(10, 99)} (Rev. 2025)")
    p.add_page()
    head(p, org, prog, paddr, rng)
    p.line(fdate(notice, "long", "es"), 10)
    p.ln(2)
    for ln in [name.upper()] + addr(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 13, "B", h=7)
    p.boxed_pairs([("Nombre del afiliado", name), ("Fecha de nacimiento", fdate(dob, "slash")),
                   ("Número de contrato (ID del afiliado)", mid), ("Número de Medicaid (MPI)", mpi),
                   ("Servicio solicitado", "Enfermería diestra en el hogar (G0299), 20 horas por semana"),
                   ("Proveedor", agency), ("Fecha en que recibimos la solicitud", fdate(recv, "slash")),
                   ("Período solicitado", f"{fdate(start, 'slash')} al {fdate(end, 'slash')}"),
                   ("Número de referido", ref)], label_w=70, size=9)
    p.heading("¿Qué decidimos?", 11)
    p.para("Revisamos la solicitud de su proveedor. **Aprobamos 8 horas por semana en lugar de 20 horas por semana** "
           "para el período indicado. Las otras 12 horas semanales fueron denegadas.", 10)
    p.heading("¿Por qué?", 11)
    p.para("La evaluación de enfermería más reciente indica que la herida quirúrgica está cerrando y que los "
           "medicamentos intravenosos terminaron. Las tareas que quedan (cambio de vendaje y supervisión de "
           "medicamentos orales) pueden hacerse en menos visitas. El servicio adicional no es médicamente necesario "
           "según los criterios de cuidado de salud en el hogar del plan.", 10)
    p.para("Norma usada: Manual de Utilización del Plan, sección 7.4, y 42 CFR 440.70. Puede pedir copia gratis.", 9)
    rights_es(p, rng, "Si no está de acuerdo, puede pedir una apelación al plan. Tiene 60 días calendario a partir "
              "de la fecha de este aviso para pedirla, por teléfono o por escrito.")
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=mid, member_name=name, cases=[ref],
              service_dates=[span(start, end)], denial_date=notice.isoformat(), provider=agency,
              appeal_deadline=plus(notice, 60).isoformat(), lang="es",
              alternates={"member_id": [mpi], "service_dates": [[start.isoformat()]]})
    return out(p), t


def eob_es(rng):
    """Scanned Spanish EOB: three claims, the occupational therapy one refused without pre-authorization."""
    org, prog, paddr = PLANS[1]
    name = person(rng)
    stmt = dt.date(2026, 3, 1) + dt.timedelta(days=rng.randint(0, 40))
    mid = f"FS{digits(rng, 9)}"
    grp = f"PSG-{digits(rng, 4)}"
    claims = []
    specs = [("Visita de enfermería en el hogar (G0299)", rng.choice(AGENCIES[:2]), True),
             ("Terapia física en el hogar (G0151)", rng.choice(AGENCIES[2:]), True),
             ("Terapia ocupacional en el hogar (G0152)", rng.choice(THERAPISTS), False)]
    for desc, prov, paid in specs:
        d = plus(stmt, -rng.randint(20, 60))
        n = rng.randint(2, 4)
        chg = round(amount(rng, 90, 160) * n, 2)
        claims.append((f"{digits(rng, 2)}{d.strftime('%y')}{digits(rng, 9)}", d, plus(d, rng.randint(7, 14)), desc,
                       prov, n, chg, paid))
    rng.shuffle(claims)
    p = Page(footer="Página {n} de {nb}")
    p.add_page()
    head(p, org, prog, paddr, rng, size=14)
    p.line("EXPLICACIÓN DE BENEFICIOS  -  ESTO NO ES UNA FACTURA", 12, "B", h=7)
    p.pairs([("Fecha de la explicación", fdate(stmt, "slash")), ("Afiliado", name), ("ID del afiliado", mid),
             ("Grupo", grp), ("Período procesado", f"{fdate(plus(stmt, -30), 'slash')} - {fdate(stmt, 'slash')}")],
            label_w=52, size=9.5)
    p.ln(2)
    rows = []
    for c, d1, d2, desc, prov, n, chg, paid in claims:
        pay = round(chg * 0.8, 2) if paid else 0.0
        rows.append([c, f"{fdate(d1, 'slash')}-{fdate(d2, 'slash')}", prov, desc[-6:-1], str(n), money(chg),
                     money(pay), "PG" if paid else "A7"])
    p.table(["Núm. reclamación", "Fechas de servicio", "Proveedor", "Servicio", "Visitas", "Facturado",
             "Pagado por el plan", "Código"], rows, [24, 34, 54, 13, 10, 17, 17, 10], size=6.8, row_h=5.4)
    p.para("Servicios: G0299 enfermería en el hogar; G0151 terapia física en el hogar; G0152 terapia ocupacional "
           "en el hogar.", 8)
    p.heading("Explicación de los códigos", 10.5)
    p.para("PG - Pagado según su cubierta. Usted no tiene copago por servicios de salud en el hogar.", 9)
    p.para("A7 - Denegado. Este servicio requiere pre-autorización del plan y no encontramos una autorización "
           "aprobada para estas fechas. Su proveedor no puede cobrarle por este servicio.", 9)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede apelar dentro de 60 días de la fecha de esta explicación. Envíe su apelación a la dirección de "
           "arriba o llame a Servicios al Afiliado. Una apelación acelerada se contesta en 72 horas. Después de la "
           "apelación puede pedir una audiencia administrativa dentro de 120 días.", 9)
    den = [c for c in claims if not c[7]][0]
    t = truth("eob", "prior_authorization", insurer=org, member_id=mid, group=grp, member_name=name, cases=[den[0]],
              claim_amount=m2(den[6]), service_dates=[span(den[1], den[2])], denial_date=stmt.isoformat(),
              provider=den[4], appeal_deadline=plus(stmt, 60).isoformat(), lang="es",
              alternates={"service_dates": [[den[1].isoformat(), den[2].isoformat()]]})
    return out(p), t


def bilingual(rng):
    """Standard fax: English notice with the Spanish text below it; personal care hours not a covered benefit."""
    org, prog, paddr = PLANS[0]
    name = person(rng)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 50))
    mid = f"{digits(rng, 8)}01"
    ref = f"SR{digits(rng, 8)}"
    agency = rng.choice(AGENCIES)
    start = plus(notice, rng.randint(5, 15))
    by = plus(notice, 60)
    p = Page(footer="Page {n} of {nb} / Página {n} de {nb}")
    p.add_page()
    head(p, org, prog, paddr, rng, size=13)
    p.line(f"{fdate(notice, 'long')}  /  {fdate(notice, 'long', 'es')}", 9.5)
    p.ln(1)
    for ln in [name] + addr(rng):
        p.line(ln, 9.5, h=4.8)
    p.ln(2)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION / AVISO DE DETERMINACIÓN ADVERSA", 11.5, "B", h=6.5)
    p.table(["Member / Afiliado", "Member ID / ID", "Request / Solicitud", "Start / Inicio"],
            [[name, mid, ref, fdate(start, "slash")]], [52, 36, 40, 52], size=8.5)
    p.para(f"**English.** We received a request from {agency} for a personal care aide (T1019), 30 hours each week, "
           f"starting {fdate(start, 'long')}. **We denied this request.** Help with bathing, dressing and household "
           f"tasks by a personal care aide is not a covered benefit of the Government Health Plan. Home health aide "
           f"visits are covered only when you also receive skilled nursing or therapy. If you disagree, you must ask "
           f"for an appeal by {fdate(by, 'long')}. A fast (expedited) appeal is decided within 72 hours. You may ask "
           f"for an administrative hearing within 120 days after the appeal decision.", 9)
    p.para(f"**Español.** Recibimos una solicitud de {agency} para un asistente de cuidado personal (T1019), 30 horas "
           f"semanales, a partir del {fdate(start, 'long', 'es')}. **Denegamos esta solicitud.** La ayuda con el baño, "
           f"vestirse y tareas del hogar por un asistente de cuidado personal no es un beneficio cubierto por el Plan "
           f"de Salud del Gobierno. Si no está de acuerdo, debe pedir una apelación a más tardar el "
           f"{fdate(by, 'long', 'es')}. La apelación acelerada se decide en 72 horas. Puede pedir una audiencia "
           f"administrativa dentro de 120 días después de la resolución de la apelación.", 9)
    p.para(f"Rule / Norma: Contrato ASES, Anejo 7 (Cubierta de servicios). Fax del plan: 787-555-{digits(rng, 4)}.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=org, member_id=mid, member_name=name, cases=[ref],
              service_dates=[span(start)], denial_date=notice.isoformat(), provider=agency,
              appeal_deadline=by.isoformat(), lang="en")
    return out(p), t


def aprobacion(rng):
    """Photocopy of an approval notice for home physical therapy; nothing is denied."""
    org, prog, paddr = PLANS[1]
    name = person(rng)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 40))
    mid = f"FS{digits(rng, 9)}"
    auth = f"AUT-{digits(rng, 9)}"
    prov = rng.choice(AGENCIES)
    start = plus(notice, rng.randint(3, 10))
    end = plus(start, 59)
    p = Page(footer=None)
    p.add_page()
    head(p, org, prog, paddr, rng, size=14)
    p.line(fdate(notice, "long", "es"), 10)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("AVISO DE APROBACIÓN DE SERVICIOS", 13, "B", h=7)
    p.para(f"Estimado(a) afiliado(a): nos complace informarle que aprobamos la solicitud de {prov} para terapia "
           f"física en el hogar (G0151), 2 visitas por semana, desde el {fdate(start, 'long', 'es')} hasta el "
           f"{fdate(end, 'long', 'es')}. Su número de autorización es {auth}. Su ID del afiliado es {mid}.", 10)
    p.para("No tiene que hacer nada. Si necesita más visitas después de esa fecha, su proveedor debe pedir una nueva "
           "autorización por lo menos 5 días laborables antes. Esta aprobación no es una garantía de pago si usted "
           "pierde la elegibilidad al Plan de Salud del Gobierno.", 10)
    p.para("Si tiene preguntas, llame a Servicios al Afiliado de lunes a viernes de 7:00 a.m. a 7:00 p.m.", 9.5)
    t = truth("other", None, insurer=org, member_id=mid, member_name=name, cases=[auth],
              service_dates=[span(start, end)], denial_date=notice.isoformat(), provider=prov, lang="es",
              alternates={"service_dates": [[start.isoformat()]]})
    return out(p), t


def resolucion(rng):
    """Appeal resolution: the therapy hours reduction is upheld; only the 120-day hearing limit remains."""
    org, prog, paddr = PLANS[0]
    name = person(rng)
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 30))
    mid = f"{digits(rng, 8)}02"
    ref = f"UM-{notice.year}-{digits(rng, 7)}"
    apel = f"APL-{digits(rng, 6)}"
    prov = rng.choice(AGENCIES[2:])
    start = plus(notice, -rng.randint(20, 40))
    end = plus(start, 59)
    recv = plus(notice, -rng.randint(10, 25))
    p = Page(footer="Página {n} de {nb}")
    p.add_page()
    head(p, org, prog, paddr, rng, size=14)
    p.line(es_abbr(notice), 10)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("AVISO DE RESOLUCIÓN DE APELACIÓN", 13, "B", h=7)
    p.pairs([("Afiliado", name), ("ID del afiliado", mid), ("Número de apelación", apel),
             ("Referido original", ref), ("Apelación recibida", es_abbr(recv)), ("Proveedor", prov),
             ("Servicio", "Terapia del habla en el hogar (92507)"),
             ("Período", f"{es_abbr(start)} a {es_abbr(end)}")], label_w=48, size=9.5)
    p.ln(2)
    p.heading("Decisión: se confirma la determinación original", 11)
    p.para("Un terapeuta del habla que no participó en la primera decisión revisó su apelación. La reducción de 3 a "
           "1 sesión semanal se mantiene: las notas de progreso muestran que se alcanzaron las metas de deglución "
           "y que el programa de ejercicios en casa puede continuar con la ayuda de su familia.", 10)
    p.heading("Próximos pasos", 11)
    p.para("Usted terminó el proceso de apelación del plan. Si no está de acuerdo, puede pedir una audiencia "
           "administrativa dentro de los 120 días a partir de la fecha de este aviso. Si pide la audiencia dentro de "
           "10 días, puede seguir recibiendo el servicio mientras se decide. También puede pedir ayuda a la Oficina "
           "del Procurador del Paciente.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=mid, member_name=name, cases=[apel, ref],
              service_dates=[span(start, end)], denial_date=notice.isoformat(), provider=prov, lang="es",
              alternates={"service_dates": [[start.isoformat()]]})
    return out(p), t


def records_request(rng):
    """Request for records from the plan to the agency, copy to the member: not a denial."""
    org, prog, paddr = PLANS[0]
    name = person(rng)
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 30))
    mid = f"{digits(rng, 8)}03"
    ref = f"RR-{digits(rng, 8)}"
    prov = rng.choice(AGENCIES)
    d1 = plus(notice, -rng.randint(30, 50))
    d2 = plus(d1, 13)
    reply = plus(notice, 14)
    p = Page(footer=None)
    p.add_page()
    head(p, org, prog, paddr, rng, size=13)
    p.line("SOLICITUD DE EXPEDIENTE MÉDICO  -  ESTO NO ES UNA DENEGACIÓN", 12, "B", h=7)
    p.pairs([("Fecha", fdate(notice, "iso")), ("Para", prov), ("Copia a", name), ("ID del afiliado", mid),
             ("Referencia", ref), ("Fechas de servicio", f"{fdate(d1, 'iso')} al {fdate(d2, 'iso')}"),
             ("Enviar a más tardar", fdate(reply, "iso"))], label_w=44, size=9.5)
    p.ln(2)
    p.para("Para terminar la revisión de las visitas de enfermería en el hogar indicadas arriba necesitamos el plan de "
           "cuidado firmado por el médico, las notas de cada visita y la evaluación inicial (OASIS). Envíe los "
           "documentos por fax o por el portal de proveedores. La reclamación queda pendiente; todavía no hemos "
           "tomado una decisión y el afiliado no tiene que pagar nada.", 10)
    t = truth("other", None, insurer=org, member_id=mid, member_name=name, cases=[ref],
              service_dates=[span(d1, d2)], denial_date=notice.isoformat(), provider=prov, lang="es",
              alternates={"case_numbers": [[]]})
    return out(p), t


def carta_oon(rng):
    """Phone photo of a prose letter: home health agency outside the network; facts only in sentences."""
    org, prog, paddr = PLANS[1]
    name = person(rng)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 50))
    mid = f"FS{digits(rng, 9)}"
    claim = f"{digits(rng, 4)}-{digits(rng, 7)}"
    prov = "Enfermeras Unidas del Este, LLC"
    d1 = plus(notice, -rng.randint(30, 50))
    d2 = plus(d1, rng.randint(5, 12))
    billed = amount(rng, 600, 2400)
    p = Page(footer=None)
    p.add_page()
    head(p, org, prog, paddr, rng, size=14)
    p.line(fdate(notice, "long", "es"), 10)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.para(f"Estimado(a) {name.split()[0]} {name.split()[-1]}:", 10)
    p.para(f"Le escribimos sobre la reclamación {claim} que {prov} nos envió por visitas de enfermería en el hogar "
           f"del {fdate(d1, 'long', 'es')} al {fdate(d2, 'long', 'es')}, por un total de {money(billed)}. Su número "
           f"de afiliado es {mid}.", 10)
    p.para(f"Denegamos el pago. {prov} no tiene contrato con {org} y no forma parte de la red de proveedores de su "
           f"región. El plan cubre servicios fuera de la red solo en emergencias o cuando el plan los autoriza porque "
           f"no hay un proveedor de la red disponible. Tenemos tres agencias de salud en el hogar en la red que "
           f"sirven su municipio.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de esta carta. Si su salud "
           "corre peligro, pida una apelación acelerada y le contestaremos en 72 horas. Luego puede pedir una "
           "audiencia administrativa dentro de 120 días de la resolución de la apelación.", 10)
    p.para(f"Atentamente,\nUnidad de Reclamaciones, {org}", 10)
    t = truth("denial_letter", "out_of_network", insurer=org, member_id=mid, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(d1, d2)], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=plus(notice, 60).isoformat(), lang="es")
    return out(p), t


def fax_proveedor(rng):
    """Fine fax to the agency: speech therapy request denied for incomplete clinical documentation."""
    org, prog, paddr = PLANS[0]
    name = person(rng)
    notice = dt.date(2026, 2, 23) + dt.timedelta(days=rng.randint(0, 40))
    mid = f"{digits(rng, 8)}01"
    ref = f"UM-{notice.year}-{digits(rng, 7)}"
    prov = rng.choice(THERAPISTS)
    start = plus(notice, rng.randint(4, 12))
    dob = dt.date(2014 + rng.randint(0, 8), rng.randint(1, 12), rng.randint(1, 28))
    p = Page(footer=None)
    p.add_page()
    p.line(org + "  -  Departamento de Manejo de Utilización", 11, "B", h=6)
    p.line(f"FAX 787-555-{digits(rng, 4)}  |  Tel. 787-555-{digits(rng, 4)}  |  {paddr}", 8, h=4.2)
    p.ln(3)
    p.line("DETERMINACIÓN DE SERVICIOS - PROVEEDOR", 12.5, "B", h=7)
    p.table(["Campo", "Dato"],
            [["Fecha de determinación", es_abbr(notice)], ["Proveedor solicitante", prov],
             ["NPI", f"1{digits(rng, 9)}"], ["Afiliado", name], ["Fecha de nacimiento", es_abbr(dob)],
             ["ID del afiliado", mid], ["Núm. de caso", ref], ["Servicio", "Terapia del habla (92507) x 24 sesiones"],
             ["Fecha de inicio solicitada", es_abbr(start)], ["Determinación", "DENEGADO"]], [70, 110], size=9)
    p.para("Motivo: documentación clínica incompleta. No se recibió la evaluación de terapia del habla con metas "
           "medibles ni el referido firmado por el médico primario. Sin estos documentos no podemos evaluar la "
           "necesidad del servicio.", 9.5)
    p.para("El proveedor puede pedir reconsideración dentro de 30 días de la fecha de esta determinación, enviando "
           "los documentos que faltan al fax indicado. El afiliado recibirá por correo un aviso con sus derechos "
           "de apelación (60 días) y de audiencia administrativa (120 días).", 9.5)
    t = truth("denial_letter", "other", insurer=org, member_id=mid, member_name=name, cases=[ref],
              service_dates=[span(start)], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=plus(notice, 30).isoformat(), lang="es", denial_alternates=["medical_necessity"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_reduccion_enfermeria", "born_digital", [aviso_reduccion(rng)]),
            Item(f"{F}_scan_eob_tres_reclamaciones", "scan_clean_300", [eob_es(rng)]),
            Item(f"{F}_faxs_bilingue_cuidado_personal", "fax_standard_g4", [bilingual(rng)]),
            Item(f"{F}_copy_aprobacion", "photocopy", [aprobacion(rng)]),
            Item(f"{F}_lowres_stack_resolucion_expediente", "scan_lowres_150", [resolucion(rng), records_request(rng)],
                 separators=["blank", None]),
            Item(f"{F}_photo_fuera_de_red", "phone_photo", [carta_oon(rng)]),
            Item(f"{F}_faxf_determinacion_proveedor", "fax_fine_g4", [fax_proveedor(rng)])]
