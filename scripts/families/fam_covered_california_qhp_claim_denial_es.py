"""Notices mirrored (structure and wording style only) from qualified health plans sold through Covered California,
issued by an invented plan (Tule Crest Health Plan, an Individual & Family Plan), three of the eight in Spanish.
Covered California, the California Department of Managed Health Care (DMHC) and its Independent Medical Review
(IMR), the three-month premium grace period for members with federal premium tax credit, HIOS-shaped plan IDs with
cost-sharing variants, CARC/RARC codes and CPT codes appear as themselves; the plan, every provider, person,
number and address are invented. No file says "denied".

Documents (8 in 7 files):
- bd_eob_from_thru_carc_other_coverage_first: a member EOB of four claims with From/Thru columns and a Rendering
  provider column; one row pays 0.00 with CARC 22 / RARC MA04 because other coverage pays first; a credit in
  parentheses, the Covered California case number, plan year, DOB and HIOS plan ID as decoys.
- faxstd_spanish_nabd_therapy_no_approval_desde_hasta: Spanish notice of adverse benefit determination on a
  standard fax, captioned boxes ("Número de referencia" beside the Covered California case number, NPI, fax),
  physical therapy visits past the 12th with no approval asked, "Desde / Hasta" columns, "USD" amounts.
- phone_spanish_grace_period_coverage_ended_prose_provider: Spanish letter, care "el o alrededor del" a date in the
  second month of the grace period, coverage ended at the end of the first month; the doctor named only in a
  sentence.
- rotated_hospital_statement_credits_in_parentheses: a hospital's patient statement (denies nothing), account
  number, insurance payment and contractual adjustment in parentheses, the attending doctor beside the facility.
- lowres_duplicate_claim_prose_original_claim_decoy: a no-table letter, the duplicate "Claim #" beside the
  "Original claim #" already paid, the provider named only in a sentence, letter ID and form number as decoys.
- photocopy_spanish_grievance_upheld_observation_admission_discharge: Spanish grievance resolution upheld, the
  stay payable only as observation, "Fecha de ingreso / Fecha de alta" in ISO shape, the hospital and the attending
  doctor, only IMR left.
- faxfine_stack_cover_approval_then_adult_dental_dcn_sideways: a fax cover sheet, an approval of an MRI (denies
  nothing), then an adult dental claim "not a benefit of this plan" with a Document Control Number, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "covered_california_qhp_claim_denial_es"
LANG = "en"
SEED = 352704
INS = "Tule Crest Health Plan"
ALT = ["Tule Crest"]
TAG = "Individual & Family Plan sold through Covered California"
TAG_ES = "Plan Individual y Familiar que se vende a través de Covered California"


def hios(rng, variant: str = "06") -> str:
    return f"{digits(rng, 5)}CA{rng.randint(100, 999)}{digits(rng, 4)}-{variant}"


def tc_id(rng) -> str:
    return f"TCW{digits(rng, 9)}"


def cc_case(rng) -> str:
    return digits(rng, 10)


def _head(p: DOSheet, rng, unit: str, tag: str = TAG):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, tag, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Fresno CA 937{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, d1, d2, d3 = people(rng, 4)
    mid = tc_id(rng)
    plan = hios(rng, "06")
    sd = dt.date(2026, 4, rng.randint(13, 24))
    base = dt.date(2026, 3, rng.randint(2, 6))
    src = [(base, base, f"Dr. {d1}", d1, "99213 office visit"),
           (plus(base, 2), plus(base, 2), "Kings River Imaging", "Kings River Imaging", "73721 MRI knee"),
           (plus(base, 9), plus(base, 11), "Arroyo Seco Physical Therapy", "Arroyo Seco Physical Therapy",
            "97110 therapeutic exercise x3"),
           (plus(base, 20), plus(base, 20), f"Dr. {d2}", d2, "99214 follow-up visit")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (a, b, pv, _, svc) in enumerate(src):
        c = amount(rng, 140, 420)
        billed.append(c)
        n = f"{rng.randint(26, 26)}{digits(rng, 9)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(a, "short"), fdate(b, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "22 / MA04"])
        else:
            al = round(c * 0.62, 2)
            cop = 5.0 if "99" in svc[:2] else 0.0
            rows.append([n, fdate(a, "short"), fdate(b, "short"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - cop, "nosign"), money(cop, "nosign"), "45"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 11, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.line("EXPLANATION OF BENEFITS   -   THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Member ID", mid), ("Plan ID", plan), ("Metal tier", "Enhanced Silver 94"),
                ("Statement date", fdate(sd, "abbr"))], [62, 45, 55, 45, 50])
    p.capstrip([("Covered California case no.", cc_case(rng)), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Date of birth", fdate(dt.date(rng.randint(1962, 1992), rng.randint(1, 12), rng.randint(1, 28)),
                                        "slash")),
                ("Deductible met", "$0.00 of $75.00")], [62, 62, 60, 73])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Rendering provider", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "CARC / RARC"], rows, [27, 17, 17, 56, 55, 19, 19, 19, 17, 21], size=8,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.pairs([("Prior overpayment recovered", "(25.00)"), ("Net paid this statement",
                                                          money(sum(float(r[7].replace(',', '')) for r in rows) - 25))],
            label_w=60, size=8.6, h=4.6)
    p.ln(1)
    p.para("**What the codes mean.** 45 Charge exceeds the contracted amount; you do not owe the difference. "
           "22 / MA04 Our records show you have other health coverage that must pay first on this claim. Send us "
           "the other plan's explanation of benefits and we will look at the claim again. You owe nothing to the "
           "provider for this line until then.", 8.4)
    p.para("**Your rights.** You may file a grievance (appeal) within 180 days of the date of this statement. If your "
           "health is in serious danger, ask for a decision within 72 hours. If you still disagree after our decision "
           "or after 30 days, you may ask the California Department of Managed Health Care for an Independent "
           "Medical Review within 6 months.", 8.4)
    t = truth("eob", "other", insurer=INS, plan_id=plan, member_id=mid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0], src[deny][1])],
              denial_date=sd.isoformat(), provider=src[deny][3], appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def faxstd_spanish(rng):
    patient, pt = people(rng, 2)
    mid = tc_id(rng)
    plan = hios(rng, "05")
    nd = dt.date(2026, 4, rng.randint(6, 17))
    a = dt.date(2026, 3, rng.randint(2, 10))
    b = plus(a, 7)
    visits = [a, plus(a, 2), plus(a, 5), b]
    fees = [amount(rng, 110, 160) for _ in visits]
    total = round(sum(fees), 2)
    ref = f"NR-{digits(rng, 4)}-{digits(rng, 6)}"
    group = "Arroyo Seco Physical Therapy"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TULE CREST UM  FAX 559-555-{digits(rng, 4)}  "
           f"P.{{n}}")
    p = DOSheet(footer="Página {n} de {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", TAG_ES)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso (mm/dd/aaaa)", fdate(nd, "slash")), ("Número de referencia", ref),
                ("Número de miembro", mid)], [55, 60, 65])
    p.capstrip([("Miembro", patient), ("ID del plan", plan), ("Número de caso de Covered California", cc_case(rng))],
               [55, 60, 65])
    p.capstrip([("Proveedor (grupo)", group), ("NPI del grupo", digits(rng, 10)),
                ("Fax para documentos", f"559-555-{digits(rng, 4)}")], [75, 45, 60])
    p.ln(3)
    p.line("Servicios de este aviso (fechas mm/dd/aaaa)", 10, "B")
    rows = [[fdate(v, "slash"), fdate(v, "slash"), "97110 / 97140", f"{pt}, PT", money(fee, "usd")]
            for v, fee in zip(visits, fees)]
    rows.append(["", "", "", "Total facturado", money(total, "usd")])
    p.table(["Desde", "Hasta", "Código", "Proveedor que prestó el servicio", "Cargo"], rows, [28, 28, 30, 64, 30],
            size=8.6, bold_last=True)
    p.para(f"Estimado(a) {patient}:", 9.6)
    p.para(f"Revisamos los reclamos de {group} por las visitas de terapia física que recibió entre el "
           f"{a.day} y el {fdate(b, 'long', 'es')}. Su plan paga las primeras 12 visitas del año sin trámite. Para "
           "más visitas, su terapeuta tenía que pedirnos permiso antes de darle la terapia, y no recibimos ese "
           "pedido. Por eso no pagaremos estas cuatro visitas. Su terapeuta no puede cobrarle por ellas.", 9.6)
    p.para("**Si no está de acuerdo.** Puede presentar una queja (apelación) dentro de 180 días a partir de la fecha "
           "de este aviso. Si su salud corre peligro grave, pida una decisión en 72 horas. Después de nuestra "
           "decisión, o si pasan 30 días, puede pedir al Departamento de Atención Médica Administrada de California "
           "(DMHC) una Revisión Médica Independiente (IMR) dentro de 6 meses.", 9.6)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=plan, member_id=mid, member_name=patient,
              cases=[ref], claim_amount=m2(total), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=group, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "plan_id": [None], "provider": [pt],
                          "service_dates": [[v.isoformat() for v in visits]]})
    return out(p), t


def phone_spanish(rng):
    patient, doc = people(rng, 2)
    mid = tc_id(rng)
    nd = dt.date(2026, 6, rng.randint(3, 12))
    sv = dt.date(2026, 4, rng.randint(6, 24))
    billed = amount(rng, 180, 460)
    clm = f"26{digits(rng, 9)}"
    clinic = "Centro Médico Río Kaweah"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", TAG_ES)
    p.para(fdate(nd, "long", "es"), 9.8)
    for ln in [patient, f"{rng.randint(100, 9800)} Calle Las Flores", f"Visalia CA 932{rng.randint(10, 99)}"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.pairs([("Reclamo n.º", clm), ("Miembro n.º", mid), ("Cargo", money(billed))], label_w=30, size=9.4, h=5)
    p.ln(2)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Recibimos el reclamo que nos envió la Dra. {doc} de {clinic} por la atención que usted recibió el o "
           f"alrededor del {fdate(sv, 'long', 'es')}.", 9.8)
    p.para("Usted recibe un crédito fiscal para pagar su prima. Cuando no se paga la prima, la ley federal da un "
           "período de gracia de 3 meses. Su período de gracia empezó el 1 de marzo de 2026 y las primas de marzo, "
           "abril y mayo no se pagaron. Por eso su cobertura con nosotros terminó el 31 de marzo de 2026, el último "
           "día del primer mes del período de gracia. La atención de abril fue después de esa fecha y no podemos "
           "pagarla. El proveedor puede cobrarle a usted.", 9.8)
    p.para("**Su derecho a apelar.** Puede presentar una queja (apelación) dentro de 180 días a partir de la fecha de "
           "esta carta. Si cree que su prima sí se pagó, llame a Covered California o a nosotros. También puede pedir "
           "una Revisión Médica Independiente al DMHC dentro de 6 meses después de nuestra decisión.", 9.8)
    p.para(f"Atentamente,\n\nUnidad de Reclamos\n{INS}", 9.8)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def rotated_statement(rng):
    patient, att = people(rng, 2)
    mid = tc_id(rng)
    hosp = "San Joaquin Foothills Hospital"
    sv = dt.date(2026, 2, rng.randint(3, 25))
    sd = plus(sv, rng.randint(50, 70))
    lines = [("0450", "99284", "Emergency dept visit, level 4"), ("0320", "71046", "Chest x-ray, 2 views"),
             ("0300", "80053", "Comprehensive metabolic panel"), ("0250", "", "Pharmacy")]
    charges = [amount(rng, 90, 1400) for _ in lines]
    total = round(sum(charges), 2)
    paid = round(total * 0.41, 2)
    adj = round(total * 0.49, 2)
    bal = round(total - paid - adj, 2)
    acct = f"{digits(rng, 8)}"
    p = DOSheet(footer=None)
    p.set_margins(16, 13, 16)
    p.add_page()
    p.logo_head(hosp, "SJF", [f"{rng.randint(100, 9800)} N Bishop Blvd, Porterville CA 932{rng.randint(10, 99)}  |  "
                              f"Billing 559-555-{digits(rng, 4)}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="PATIENT STATEMENT")
    y = p.get_y()
    p.pairs([("Statement date", fdate(sd, "slash")), ("Account no.", acct), ("Guarantor", patient),
             ("Patient", patient), ("Date of service", fdate(sv, "slash")), ("Attending", f"Dr. {att}")],
            label_w=34, size=9, h=5)
    p.sidebar([("Insurance on file", INS), ("Member ID", mid), ("Claim status", "Paid / processed")], 128, y, 66,
              "Insurance", size=8.4)
    p.set_xy(p.l_margin, max(p.get_y(), y + 34))
    p.ln(3)
    rows = [[fdate(sv, "short"), rc, cpt, d, money(c, "nosign"), ""] for (rc, cpt, d), c in zip(lines, charges)]
    rows.append(["", "", "", "Insurance payment", "", f"({money(paid, 'nosign')})"])
    rows.append(["", "", "", "Contractual adjustment", "", f"({money(adj, 'nosign')})"])
    rows.append(["", "", "", "Amount you owe", "", money(bal)])
    p.table(["Date", "Rev", "CPT", "Description", "Charges", "Credits"], rows, [20, 14, 16, 78, 26, 28], size=8.6,
            bold_last=True, aligns=["L", "L", "L", "L", "R", "R"])
    p.para(f"Total charges {money(total)}. Your plan processed this visit; the amount you owe is your copay and "
           "coinsurance. Pay online or mail the stub below. Questions about your plan's payment: call the member "
           "number on your ID card.", 8.8)
    p.reply_slip("Payment stub", [("Account no.", acct), ("Amount due", money(bal)), ("Pay by",
                                                                                    fdate(plus(sd, 25), "slash"))])
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(sv)], denial_date=sd.isoformat(), provider=hosp, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [att]})
    return out(p), t


def lowres_duplicate(rng):
    patient, doc = people(rng, 2)
    mid = tc_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    sv = dt.date(2026, 3, rng.randint(2, 9))
    billed = amount(rng, 210, 390)
    dup, orig = f"26{digits(rng, 9)}", f"26{digits(rng, 9)}"
    letter = f"LTR-{digits(rng, 7)}"
    grp = "Sequoia Crossing Medical Group"
    p = DOSheet(footer=None, footer_left=f"Form TC-CL-117 (01/2026)   Letter ID {letter}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Sycamore Ave", f"Merced CA 953{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Member ID {mid}     Claim # {dup}     Original claim # {orig}", 9.4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We received a claim from Dr. {doc} at {grp} for the care you received on or about "
           f"{fdate(sv, 'long')}, billed at {money(billed)}. We already processed the same visit, on the same "
           f"date and by the same doctor, under the original claim number shown above, and paid it in April. We will "
           "not pay this second claim, because that would pay for the same care twice. You do not owe anything more "
           "for this visit than the amount shown on your earlier statement.", 10)
    p.para("If you think this is a different visit, or the earlier claim was wrong, you may file a grievance within "
           "180 days of the date of this letter. Call us at the number above or write to the Grievance Unit. If we do "
           "not resolve your grievance within 30 days, you may contact the California Department of Managed Health "
           "Care. Urgent grievances are decided within 72 hours.", 10)
    p.para(f"Sincerely,\n\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[dup],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [grp], "case_numbers": [[dup, orig]]})
    return out(p), t


def photocopy_grievance(rng):
    patient, att, md = people(rng, 3)
    mid = tc_id(rng)
    plan = hios(rng, "04")
    nd = dt.date(2026, 7, rng.randint(6, 20))
    adm = dt.date(2026, 4, rng.randint(3, 20))
    dis = plus(adm, 2)
    billed = amount(rng, 9800, 21000)
    gno = f"GA-{digits(rng, 7)}"
    clm = f"26{digits(rng, 9)}"
    hosp = "Mariposa Valley Medical Center"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 13, 17)
    p.add_page()
    _head(p, rng, "Unidad de Quejas y Apelaciones", TAG_ES)
    p.line("RESOLUCIÓN DE SU QUEJA (APELACIÓN)", 12.5, "B")
    p.ln(1)
    p.grid([[("Fecha de la resolución", fdate(nd, "slash")), ("Queja/Apelación n.º", gno), ("Reclamo n.º", clm)],
            [("Miembro", patient), ("Número de miembro", mid), ("ID del plan", plan)],
            [("Hospital", hosp), ("Médico a cargo", f"Dr. {att}"), ("Total facturado", money(billed))],
            [("Fecha de ingreso", adm.isoformat()), ("Fecha de alta", dis.isoformat()),
             ("Queja recibida", fdate(plus(nd, -rng.randint(24, 29)), "slash"))]], size=8.6)
    p.para(f"Usted nos pidió pagar como hospitalización su estadía en {hosp}, a cargo del Dr. {att}, "
           f"del {fdate(adm, 'long', 'es')} al {fdate(dis, 'long', 'es')}.", 9.4)
    p.para("**Nuestra decisión: no cambiamos la decisión anterior.** Un médico que no participó en la primera "
           "decisión revisó su expediente. Sus análisis y su presión se mantuvieron estables y no necesitó "
           "tratamiento que solo se da a pacientes internados. Esa atención se podía dar en observación, sin "
           "internarlo. Pagamos la estadía como observación; la diferencia del pago como hospitalización no se "
           "pagará.", 9.4)
    p.para("**Qué puede hacer ahora.** Esta es nuestra decisión final. Puede pedir una Revisión Médica "
           "Independiente (IMR) al Departamento de Atención Médica Administrada de California dentro de 6 meses a "
           "partir de la fecha de esta carta. Si su salud corre peligro grave, el DMHC decide en 72 horas. No tiene "
           "que pagar por la IMR.", 9.4)
    p.para(f"Atentamente,\n\nDr. {md}\nDirector Médico, {INS}", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=plan, member_id=mid, member_name=patient,
              cases=[gno, clm], claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=None, lang="es",
              alternates={"insurer": ALT, "plan_id": [None], "provider": [att],
                          "case_numbers": [[gno], [clm]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxfine_stack(rng):
    patient, doc, dentist = people(rng, 3)
    mid = tc_id(rng)
    plan = hios(rng, "01")
    # document 1: an approval (denies nothing)
    ad = dt.date(2026, 5, rng.randint(4, 15))
    planned = plus(ad, rng.randint(6, 12))
    auth = f"{digits(rng, 4)}{rng.choice('ACEFHKMRTW')}{digits(rng, 5)}"
    img = "Kings River Imaging"
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF APPROVED SERVICE", 11.5, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Member ID", mid), ("Plan ID", plan),
             ("Authorization number", auth), ("Service", "70553 MRI brain with and without contrast"),
             ("Approved date of service", fdate(planned, "slash")), ("Requesting provider", f"Dr. {doc}"),
             ("Servicing provider", img)], label_w=52, size=9.4)
    p.ln(2)
    p.para("We approved this request. Keep this notice; the approval is good for 60 days from the date above and "
           "only at the servicing provider shown. Your usual copay applies.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, plan_id=plan, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(planned)], denial_date=ad.isoformat(), provider=img,
                          alternates={"insurer": ALT, "plan_id": [None], "case_numbers": [[]],
                                      "service_dates": [[]], "provider": [doc]}))
    # document 2: adult dental not a benefit
    nd = plus(ad, rng.randint(12, 20))
    sv = plus(ad, -rng.randint(10, 30))
    billed = amount(rng, 900, 1600)
    dcn = f"{digits(rng, 2)}{digits(rng, 3)}{digits(rng, 3)}{digits(rng, 5)}"
    batch = f"B{digits(rng, 6)}"
    practice = "Foothill Family Dental"
    q = DOSheet(footer=None)
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Claims Department")
    q.line("CLAIM DETERMINATION", 11.5, "B")
    q.ln(1)
    q.capstrip([("Notice date", fdate(nd, "slash")), ("Document Control Number", dcn), ("Batch", batch),
                ("Member ID", mid)], [32, 58, 30, 60])
    q.capstrip([("Member", patient), ("Billing provider", practice), ("Billing NPI", digits(rng, 10))],
               [60, 70, 50])
    q.ln(3)
    rows = [[sv.isoformat(), "D2740", "Crown, porcelain/ceramic", f"{dentist}, DDS", money(billed), "0.00"]]
    q.table(["DOS", "Code", "Description", "Rendering", "Billed", "Paid"], rows, [24, 16, 50, 46, 22, 22], size=8.6)
    q.para("Dental care for members age 19 and older is not a benefit of this medical plan. Covered California "
           "plans include dental care for children; adults may buy a separate dental plan. We have not paid any part "
           "of this claim.", 9.4)
    q.para("You may file a grievance within 180 days of the date of this notice.", 9.4)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient,
                          cases=[dcn], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=dentist, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [practice]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_from_thru_carc_other_coverage_first", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_spanish_nabd_therapy_no_approval_desde_hasta", "fax_standard_g4", [faxstd_spanish(rng)]),
        Item(F + "phone_spanish_grace_period_coverage_ended_prose_provider", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_hospital_statement_credits_in_parentheses", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_duplicate_claim_prose_original_claim_decoy", "scan_lowres_150", [lowres_duplicate(rng)]),
        Item(F + "photocopy_spanish_grievance_upheld_observation_admission_discharge", "photocopy",
             [photocopy_grievance(rng)]),
        Item(F + "faxfine_stack_cover_approval_then_adult_dental_dcn_sideways", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
