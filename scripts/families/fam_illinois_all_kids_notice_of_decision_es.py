"""Notices mirrored (structure and wording style only) from Illinois All Kids managed care plans: Illinois All
Kids, HealthChoice Illinois, the Illinois Department of Healthcare and Family Services (HFS), its State Fair
Hearing and the external review appear as themselves; the All Kids health plan (Sumac Lantern Health Plan), every
clinic, doctor, child, parent, number and address is invented. Five of the eight documents are in Spanish, and the
reason is put in the writer's own words in each file.

Documents (8 in 7 files):
- bd_es_resumen_cuatro_reclamos_fila_fuera_de_red: a landscape Spanish member summary ("Resumen de servicios")
  of four claims for a child (well-child visit, dental cleaning, eye exam, a dermatology visit); only the
  dermatology row pays 0.00 because the clinic "no tiene contrato con su plan"; DOB, parent, plan year decoys.
- faxstd_two_page_prose_mri_nobody_asked: a two-page provider letter on a standard fax; page 1 the letterhead,
  the running notice ID and the child's block, page 2 the claim told only in sentences (an MRI done without the
  approval the plan's imaging review requires); request-received and mailed dates as decoys.
- phone_es_aviso_ortodoncia_etiquetas_debajo: a photographed Spanish notice of decision refusing braces for a
  child (the records do not show the bite problem is severe enough), values printed over their captions.
- rotated_es_aprobacion_terapia_fisica: a Spanish approval of twelve physical therapy visits fed sideways (denies
  nothing).
- lowres_es_dos_paginas_cobertura_terminada: a two-page Spanish prose letter at 150 dpi: an urgent care visit on a
  day after the child's coverage with the plan had ended; the claim facts only in sentences on page 2.
- photocopy_appeal_upheld_labels_right_ent_out_of_network: a photocopied English appeal decision keeping the
  refusal of an ear, nose and throat visit at a clinic outside the network, values with their labels at the
  right; only the State Fair Hearing and external review are left.
- clean300_stack_dental_statement_then_es_duplicado_sideways: a pediatric dental office's statement to the
  parent (denies nothing), the blank back of its sheet, then a Spanish prose letter refusing the same cleaning
  as a duplicate claim, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrd import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "illinois_all_kids_notice_of_decision_es"
LANG = "en"
SEED = 353103
INS = "Sumac Lantern Health Plan"
ALT = ["Sumac Lantern"]
HFS = "Illinois Department of Healthcare and Family Services"


def rin(rng):
    """A 9-digit recipient number shape."""
    return digits(rng, 9)


def clm(rng):
    return f"26{digits(rng, 3)}E{digits(rng, 6)}"


def dob(rng):
    return dt.date(rng.randint(2010, 2022), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Member Services", es=False):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    tag = "Un plan de All Kids de HealthChoice Illinois" if es else "An All Kids plan under HealthChoice Illinois"
    p.cell(0, 4, f"{tag}  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Springfield IL 62{rng.randint(701, 799)}-"
                 f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"1-877-555-{digits(rng, 4)}  |  TTY 711  |  Fax 217-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(4)


def bd_resumen(rng):
    child, parent, ped, dent, opt, derm = people(rng, 6)
    mid = rin(rng)
    base = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 14))
    sd = plus(base, rng.randint(40, 50))
    src = [(base, "Ridgeway Pediatrics", f"Dr. {ped}", "99393 Visita de niño sano", amount(rng, 180, 260), False),
           (plus(base, 5), "Little Acorn Dental", f"Dr. {dent}", "D1120 Limpieza dental", amount(rng, 70, 110), False),
           (plus(base, 9), "Bright Path Eye Care", f"Dr. {opt}", "92014 Examen de la vista", amount(rng, 120, 190),
            False),
           (plus(base, 16), "Harrow Point Skin Clinic", f"Dr. {derm}", "99204 Consulta de dermatología",
            amount(rng, 260, 420), True)]
    rows, claims = [], []
    for d, prov, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(d, "slash"), fdate(d, "slash"), prov, rend, svc, money(c, "nosign"), "0.00",
                         "0.00", "0.00", "FR4"])
        else:
            al = round(c * rng.uniform(0.5, 0.75), 2)
            rows.append([n, fdate(d, "slash"), fdate(d, "slash"), prov, rend, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "0.00", "P1"])
    deny = 3
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Servicios para Miembros", es=True)
    p.line("RESUMEN DE SERVICIOS  -  ESTO NO ES UNA FACTURA", 12.5, "B")
    p.ln(1)
    p.capstrip([("Niño o niña", child), ("Número de miembro (RIN)", mid), ("Programa", "All Kids"),
                ("Fecha del resumen", fdate(sd, "long", "es")), ("Padre, madre o tutor", parent)],
               [52, 46, 30, 58, 71.4])
    p.capstrip([("Año del plan", "01/01/2026 - 12/31/2026"), ("Fecha de nacimiento", fdate(dob(rng), "slash")),
                ("Copago por visita", "$0.00"), ("Médico de cabecera", f"Dr. {ped}")], [62, 50, 50, 95.4])
    p.ln(3)
    p.table(["Número de reclamo", "Desde", "Hasta", "Proveedor", "Atendido por", "Servicio", "Cargo", "Permitido",
             "Pagado", "Usted debe", "Nota"], rows, [27, 18, 18, 40, 34, 46, 16, 16, 16, 16, 10.4], size=7.6,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notas.** P1: pagado según la tarifa del plan. FR4: la clínica que le atendió no tiene contrato con su "
           "plan, y nadie nos pidió permiso antes de la visita para usar una clínica de afuera. Por eso no pagamos "
           "este reclamo. Si necesita un dermatólogo, le ayudamos a encontrar uno de la red.", 8.4)
    p.para("**Si no está de acuerdo.** Puede pedir una apelación dentro de 60 días a partir de la fecha de este "
           "resumen. Llame al número de arriba o escriba a la dirección de arriba. Si la salud de su niño corre "
           "peligro, pida una apelación rápida (la decidimos en 72 horas). Después de nuestra decisión puede pedir "
           f"una Audiencia Imparcial Estatal a {HFS} dentro de 120 días.", 8.4)
    p.taglines()
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[claims[deny]],
              claim_amount=m2(src[deny][4]), service_dates=[span(src[deny][0])], denial_date=sd.isoformat(),
              provider="Harrow Point Skin Clinic", appeal_deadline=plus(sd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [derm]})
    return out(p), t


def faxstd_mri(rng):
    child, ordering, md, parent = people(rng, 4)
    mid = rin(rng)
    dos = dt.date(2026, 3, rng.randint(2, 24))
    rec = plus(dos, rng.randint(10, 20))
    nd = plus(rec, rng.randint(12, 20))
    mailed = plus(nd, 2)
    billed = amount(rng, 1800, 2900)
    n = clm(rng)
    nid = f"NOD-{digits(rng, 8)}"
    center = "Fox Meadow Imaging Center"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SUMAC LANTERN UM  217-555-{digits(rng, 4)}  "
           f"TO: FOX MEADOW IMAGING  P.{{n}}/2")
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Notice {nid}  |  Form SLHP-NOD-7 (Rev. 03/2026)",
                fax_hdr=fax, run_head=f"{INS}  -  Notice {nid}  -  continued")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF DECISION ON A CLAIM", 12.5, "B")
    p.ln(2)
    p.pairs([("Printed", fdate(nd, "long")), ("Mailed", fdate(mailed, "long"))], label_w=24, size=9.4)
    p.ln(3)
    for ln in [center, "Attn: Billing Office", f"{rng.randint(100, 9800)} Prairie Crossing Rd",
               f"Decatur IL 625{rng.randint(10, 40)}-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.sidebar([("Enrollee", child), ("Enrollee ID", mid), ("Date of birth", fdate(dob(rng), "slash")),
               ("Parent or guardian", parent), ("Program", "All Kids")], 20, p.get_y(), 90, title="About the child")
    p.set_y(p.get_y() + 4)
    p.para("This notice explains a decision we made about a claim your office sent us. The details are on the next "
           "page. A copy goes to the child's parent or guardian. If you have questions, call Provider Services at "
           f"1-877-555-{digits(rng, 4)}, Monday to Friday, 8 a.m. to 5 p.m.", 9.8)
    p.para("Please do not send a new claim for the same service while this decision stands. For example, a claim "
           "sent again with the same dates (such as 01/05/2026 - 01/05/2026) will be returned.", 9.0)
    p.add_page()
    p.heading("What happened", 11)
    p.para(f"On {fdate(dos, 'long')}, {center} did an MRI of the right knee for {child}. Dr. {ordering} ordered the "
           f"scan. The center billed {money(billed)} for it, and we received the claim on {fdate(rec, 'long')}. We "
           f"are handling it under claim {n}.", 10)
    p.heading("What we decided", 11)
    p.para("We will not pay this claim. Before an MRI is done for a child in our plan, the ordering doctor or the "
           "imaging center must ask our imaging review team and get an approval. Our records show no one asked "
           "before the scan. This decision is not about whether the scan was needed.", 10)
    p.heading("If you disagree", 11)
    p.para("You or the child's parent may ask for an appeal within 60 days of the date of this notice. Send the "
           "order, the notes and anything that shows approval was asked for. If waiting could seriously harm the "
           "child's health, ask for an expedited appeal; we decide those within 72 hours. After our appeal "
           f"decision the parent may ask the {HFS} for a State Fair Hearing within 120 days.", 10)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=center,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ordering], "case_numbers": [[n, nid]]})
    return out(p), t


def phone_ortho(rng):
    child, parent, ortho, md = people(rng, 4)
    mid = rin(rng)
    rec = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 20))
    nd = plus(rec, rng.randint(10, 14))
    plan_d = plus(nd, rng.randint(20, 40))
    req = f"PA{digits(rng, 9)}"
    office = "Lakeside Smiles Orthodontics"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Revisión de Servicios", es=True)
    p.line("AVISO DE DECISIÓN", 13, "B")
    p.ln(2)
    p.under([(f"Fecha de este aviso", fdate(nd, "long", "es")), ("Su referencia", req),
             ("Identificación del miembro", mid)], [62, 52, 65.9])
    p.under([("Para el niño o la niña", child), ("Pedido por", f"Dr. {ortho}"), ("Consultorio", office)],
            [62, 52, 65.9])
    p.under([("Solicitud recibida", fdate(rec, "slash")), ("Fecha planeada", fdate(plan_d, "slash")),
             ("Servicio", "D8080 Aparatos (frenos) completos")], [50, 50, 79.9])
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para("Revisamos el pedido de aparatos para los dientes de su niño. Un dentista que no hizo el pedido miró las "
           "fotos, las radiografías y los modelos de la boca. Los dientes están un poco torcidos, pero los registros "
           "no muestran un problema de mordida tan serio que afecte la salud, el habla o la manera de comer. All "
           "Kids paga los aparatos solo cuando el problema es de salud y no solo de apariencia. **Por eso, no "
           "aprobamos este servicio.**", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si la salud de su niño "
           "corre peligro, pida una apelación rápida (72 horas). Si no está de acuerdo con la apelación, puede pedir "
           f"una Audiencia Imparcial Estatal al {HFS} dentro de 120 días. Por ejemplo, escriba en su carta: "
           "\"Número de referencia PA000000000, fecha 01/01/2026\".", 9.4)
    p.para(f"Atentamente,\nDr. {md}, Director Dental", 9.4)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[req],
              service_dates=[span(plan_d)], denial_date=nd.isoformat(), provider=ortho,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [office], "service_dates": [[]]},
              denial_alternates=["not_covered"])
    return out(p), t


def rotated_approval(rng):
    child, parent, pt = people(rng, 3)
    mid = rin(rng)
    nd = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 22))
    start = plus(nd, 3)
    end = plus(start, 55)
    auth = f"AU-{digits(rng, 4)}-{digits(rng, 5)}"
    clinic = "Kettle Run Pediatric Therapy"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Revisión de Servicios", es=True)
    p.line("AVISO DE APROBACIÓN", 13, "B")
    p.ln(1)
    p.grid([[("Fecha", fdate(nd, "dmy")), ("Número de autorización", auth), ("Número de miembro", mid)],
            [("Miembro", child), ("Terapeuta", f"{pt}, PT"), ("Clínica", clinic)],
            [("Servicio", "97110 Terapia física"), ("Visitas aprobadas", "12"),
             ("Válido", f"{fdate(start, 'slash')} - {fdate(end, 'slash')}")]], size=8.8)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para("Aprobamos las visitas de terapia física que pidió la clínica. Su niño puede ir hasta 12 veces en las "
           "fechas de arriba. No tiene que pagar nada. Si necesita más visitas, la clínica nos puede pedir más "
           "antes de la última fecha.", 10)
    p.para("Esta carta no niega nada. Si tiene preguntas, llame a Servicios para Miembros (TTY 711).", 9.6)
    p.taglines()
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
              service_dates=[span(start, end)], denial_date=nd.isoformat(), provider=clinic, lang="es",
              alternates={"insurer": ALT, "provider": [pt], "case_numbers": [[]], "service_dates": [[], [span(start)]]})
    return out(p), t


def lowres_ended(rng):
    child, parent, doc = people(rng, 3)
    mid = rin(rng)
    end_cov = dt.date(2026, 2, 28)
    dos = dt.date(2026, 3, rng.randint(4, 20))
    nd = plus(dos, rng.randint(30, 40))
    billed = amount(rng, 160, 340)
    ref = f"R{digits(rng, 3)}-{digits(rng, 6)}"
    uc = "Willowbend Urgent Care"
    p = DRSheet(footer="Página {n} de {nb}", footer_left=f"Carta {ref}", run_head=f"{child} - continuación")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Reclamos", es=True)
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [parent, *address(rng)[:1], f"Peoria IL 616{rng.randint(10, 99)}-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para("Le escribimos sobre una visita médica de su niño que no podemos pagar. En la página siguiente le "
           "explicamos qué visita es y por qué. También le decimos qué puede hacer si no está de acuerdo.", 10)
    p.para("Si usted piensa que su niño todavía debe tener All Kids, llame a la línea de All Kids del Departamento "
           "o entre a ABE (Application for Benefits Eligibility) para revisar su caso. Tenga a mano el número de "
           f"identificación de su niño, {mid}, y la fecha de nacimiento ({fdate(dob(rng), 'slash')}).", 10)
    p.add_page()
    p.para(f"El {fdate(dos, 'long', 'es')}, {child} fue atendido(a) en {uc} por el Dr. {doc}. La clínica nos cobró "
           f"{money(billed)} por la visita, y la estamos revisando con el número de referencia {ref}.", 10)
    p.para(f"La cobertura de su niño con nuestro plan terminó el {fdate(end_cov, 'long', 'es')}. El día de la visita "
           "su niño ya no era miembro de nuestro plan, y por eso no podemos pagar la cuenta. La clínica puede mandar "
           "el reclamo al plan o al programa que cubría a su niño ese día.", 10)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. Si la salud de su niño "
           "corre peligro, pida una apelación rápida (72 horas). Después puede pedir una Audiencia Imparcial "
           "Estatal dentro de 120 días.", 10)
    p.para(f"Atentamente,\nDepartamento de Reclamos\n{INS}", 10)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=uc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_appeal(rng):
    child, parent, ent, md, pcp = people(rng, 5)
    mid = rin(rng)
    dos = dt.date(2026, 1, rng.randint(8, 28))
    ar = plus(dos, rng.randint(50, 60))
    nd = plus(ar, rng.randint(20, 28))
    billed = amount(rng, 340, 620)
    apl = f"GA-26-{digits(rng, 6)}"
    n = clm(rng)
    clinic = "Timber Lake ENT Associates"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("YOUR APPEAL DECISION", 13, "B")
    p.ln(2)
    p.right_labels([(fdate(nd, "upper"), "decision made on"), (apl, "matter no."), (n, "our file (the claim)"),
                    (child, "member"), (mid, "enrollee ID"), (parent, "who asked for the appeal"),
                    (fdate(ar, "slash"), "appeal received"), (f"Dr. {ent}, {clinic}", "seen by"),
                    (fdate(dos, "slash"), "date you got care"), (money(billed), "amount the office asked for")])
    p.ln(3)
    p.para(f"Dear {parent}:", 10)
    p.para("We looked again at our decision not to pay for your child's ear, nose and throat visit. A doctor who "
           "did not make the first decision reviewed the appeal.", 10)
    p.para("**We are keeping our decision.** The clinic is not in our network. Your child's primary doctor, "
           f"Dr. {pcp}, did not send a referral, and in-network ear, nose and throat doctors had openings within "
           "two weeks. The plan pays a clinic outside the network only in an emergency or when we approve it first.",
           10)
    p.para(f"This was your last appeal with us. You may ask the {HFS} for a State Fair Hearing within 120 days of "
           "the date of this letter, or ask for an external review within 4 months. For an expedited hearing, "
           "say so when you call.", 9.6)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[apl, n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=ent,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [clinic], "case_numbers": [[apl], [n]]})
    return out(p), t


def clean300_stack(rng):
    child, parent, dent = people(rng, 3)
    mid = rin(rng)
    dos = dt.date(2026, 2, rng.randint(2, 25))
    sd = plus(dos, rng.randint(40, 50))
    office = "Pinwheel Pediatric Dentistry"
    lines = [("D0120", "Periodic oral exam", amount(rng, 45, 70)), ("D1120", "Cleaning, child", amount(rng, 70, 105)),
             ("D1206", "Fluoride varnish", amount(rng, 30, 48))]
    total = round(sum(x[2] for x in lines), 2)
    rows = [[fdate(dos, "slash"), c, d, money(a, "nosign")] for c, d, a in lines]
    rows.append(["", "", "TOTAL CHARGES", money(total)])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(office, "PPD", [f"{rng.randint(100, 9800)} Orchard Gate Ave, Joliet IL 604{rng.randint(30, 35)}-"
                                f"{digits(rng, 4)}  |  815-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Responsible party", [parent, *address(rng)[:1], f"Joliet IL 604{rng.randint(30, 35)}"],
                "Account", [f"Account no. PD{digits(rng, 7)}", f"Statement date {fdate(sd, 'abbr')}",
                            f"Patient {child}"])
    p.ln(2)
    p.pairs([("Insurance", f"{INS} (All Kids)  ID {mid}"), ("Dentist", f"Dr. {dent}, DDS")], label_w=28, size=9)
    p.ln(2)
    p.table(["Date", "Code", "Description", "Charge"], rows, [30, 22, 90, 31.9], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.pairs([("Insurance paid", "(0.00)"), ("Balance due from you", "0.00")], label_w=50, size=9.2)
    p.ln(2)
    p.para("Your plan returned our claim as a duplicate. We have sent our records and will resubmit; you do not owe "
           "anything for this visit. All Kids members are not billed for covered care.", 9)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(total),
                          service_dates=[span(dos)], denial_date=sd.isoformat(), provider=office,
                          unscored=["insurer"], alternates={"provider": [dent]}))
    nd = plus(dos, rng.randint(28, 35))
    first = clm(rng)
    second = clm(rng)
    q = DRSheet(footer="Página {n} de {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    _head(q, rng, "Reclamos", es=True)
    q.ln(2)
    q.para(fdate(nd, "long", "es"), 10)
    q.para(f"{parent}\nPara: {child}", 10)
    q.ln(2)
    q.para(f"Estimado(a) {parent}:", 10)
    q.para(f"El {fdate(dos, 'long', 'es')} su niño tuvo un examen y una limpieza dental con el Dr. {dent} en "
           f"{office}. Ya pagamos esa visita con el reclamo {first}. El consultorio nos mandó la misma visita otra "
           f"vez, por {money(total)}, y la registramos como el reclamo {second}. Como es la misma visita, no la "
           "pagamos dos veces. Usted no debe nada por esto.", 10)
    q.para("Si cree que se trata de otra visita, puede pedir una apelación dentro de 60 días a partir de la fecha de "
           "esta carta. Llame a Servicios para Miembros (TTY 711).", 10)
    q.para(f"Atentamente,\n{INS}", 10)
    doc2 = (out(q), truth("denial_letter", "other", insurer=INS, member_name=child, cases=[second],
                          claim_amount=m2(total), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=office, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
                          alternates={"insurer": ALT, "provider": [dent]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_es_resumen_cuatro_reclamos_fila_fuera_de_red", "born_digital", [bd_resumen(rng)]),
        Item(F + "faxstd_two_page_prose_mri_nobody_asked", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "phone_es_aviso_ortodoncia_etiquetas_debajo", "phone_photo", [phone_ortho(rng)]),
        Item(F + "rotated_es_aprobacion_terapia_fisica", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_es_dos_paginas_cobertura_terminada", "scan_lowres_150", [lowres_ended(rng)]),
        Item(F + "photocopy_appeal_upheld_labels_right_ent_out_of_network", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_dental_statement_then_es_duplicado_sideways", "scan_clean_300", clean300_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
