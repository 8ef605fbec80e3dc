"""Notices mirrored (structure and wording style only) from Georgia's PeachCare for Kids program (Georgia's CHIP; the
Georgia Department of Community Health as itself, and the program's care management organizations, appeals, the
state administrative law hearing and premium rules as themselves), issued by an invented care management
organization (Brookvane Family Health Plan) and, once, by the Department; three of the eight in Spanish. Every
child, parent, provider, pharmacy, number, address, reason code and phone (555, TTY 711) is invented.

Documents (8 in 7 files):
- bd_eob_four_claims_second_eyeglasses_zero_paid: an EOB to a parent, four claims of the child; the second pair of
  glasses in twelve months has plan paid $0.00 and a reason code only (V12, explained in a note); a "Member ID"
  and a 12-digit "Medicaid ID" both printed; the parent, DOB and received dates as decoys.
- faxstd_es_nabd_orthodontics_day_first: a Spanish Notice of Adverse Benefit Determination on a standard fax,
  captioned boxes with day-first dates (also written out in the text), a Medicaid number and a plan number,
  orthodontic treatment "no podemos aprobar" because the assessment score is under the plan's threshold; 60-day
  appeal, 120-day hearing, 10-day continuation and 72-hour decoys.
- phone_es_urgent_care_out_of_state_month_first: a Spanish claim letter, photographed, month-first dates with a
  "(mm/dd/aaaa)" caption; an out-of-state urgent care visit "no se puede pagar" (no contract, not enrolled in
  Georgia Medicaid, not an emergency); the member number only in a sentence.
- lowres_pharmacy_rejected_claim_printout: a pharmacy's rejected-claim printout (denies nothing), the pharmacy
  name beside a box heading, "Insurance on file: ... ID ...", reject code 75, Rx number and prescriber NPI decoys.
- rotated_pediatric_clinic_statement_remit_to: a pediatric practice's statement fed sideways, letterhead and a
  different remit-to billing office, an "Insurance on file" card block with "ID#" and "Medicaid #", four visits,
  one a school sports physical the plan does not pay (denies nothing).
- photocopy_appeal_resolution_observation_upheld: a Notice of Appeal Resolution keeping a decision to pay an
  asthma stay as observation; the member number printed only in the reply slip and a barcode caption; only the
  120-day administrative law hearing left (no appeal deadline).
- finefax_stack_cover_dch_coverage_restored_then_es_no_coverage_turned: a fax cover, the Department's notice that
  coverage was restored after a premium payment (denies nothing), then a Spanish CMO notice, fed sideways, that a
  dental visit in the lapsed month "no tiene cobertura" (eligibility), day-first dates written out.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdof import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "georgia_peachcare_for_kids_notice_of_adverse_action_es"
LANG = "en"
SEED = 352505
INS = "Brookvane Family Health Plan"
ALT = ["Brookvane", "Brookvane Family Health Plan of Georgia"]
DCH = "Georgia Department of Community Health"
GROUP = None
CLINIC = "Redbud Pediatrics of Middle Georgia"
PHARM = "Magnolia Square Pharmacy"


def plan_id(rng):
    return f"BVK{digits(rng, 9)}"


def mcd(rng):
    return digits(rng, 12)


def kid(rng):
    """(child, parent) with no shared first or last name."""
    a, b = people(rng, 2)
    return a, b


def _head(p: DOSheet, rng, unit: str = "Member Services", es: bool = False):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    tag = ("Organización de atención administrada de Georgia Families para miembros de PeachCare for Kids"
           if es else "A Georgia Families care management organization serving PeachCare for Kids members")
    p.cell(0, 4, tag, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Atlanta GA 303{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def dob(rng):
    return dt.date(rng.randint(2010, 2021), rng.randint(1, 12), rng.randint(1, 28))


def bd_eob(rng):
    child, parent, optician, pcp = people(rng, 4)
    mid, med = plan_id(rng), mcd(rng)
    sd = dt.date(2026, 6, rng.randint(2, 12))
    base = dt.date(2026, 5, rng.randint(1, 6))
    first_pair = dt.date(2025, rng.randint(9, 12), rng.randint(1, 28))
    src = [(base, f"Dr. {pcp}", "99393 Well-child visit"),
           (plus(base, 2), f"Dr. {pcp}", "90686 Influenza vaccine"),
           (plus(base, 9), f"{optician}, OD", "92014 Eye exam"),
           (plus(base, 16), f"{optician}, OD", "V2100/V2020 Lenses and frame")]
    deny = 3
    rows, billed, claims = [], [], []
    for i, (d, pv, svc) in enumerate(src):
        c = amount(rng, 60, 240)
        billed.append(c)
        n = f"26{digits(rng, 9)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00", "V12"])
        else:
            alw = round(c * 0.62, 2)
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), money(alw, "nosign"),
                         money(alw, "nosign"), "P1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Statement date", fdate(sd, "long")), ("Member", child), ("Member ID", mid),
                ("Medicaid ID", med), ("Date of birth", fdate(dob(rng), "slash"))])
    p.capstrip([("Mailed to", f"Parent/guardian of {child}: {parent}"), ("Program", "PeachCare for Kids"),
                ("Claims received", f"{fdate(plus(base, 4), 'slash')} - {fdate(plus(base, 21), 'slash')}")],
               [120, 70, 63.4])
    p.ln(3)
    p.table(["Claim number", "Service date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "Code"],
            rows, [30, 24, 56, 62, 22, 22, 22, 15.4], size=8, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para(f"**Codes.** P1 Paid in full; PeachCare for Kids members do not pay for preventive or vision care. "
           f"V12 Lenses and frames are payable once in 12 months; a pair was paid for this member on "
           f"{fdate(first_pair, 'slash')}. The provider may not bill you unless you agreed in writing before the "
           "service.", 8.5)
    p.para("**If you disagree.** You may ask for an appeal within 60 days of the date of this statement. Call "
           "Member Services or write to us. If your child's health is at risk, ask for a fast appeal; we decide "
           "those within 72 hours. After our appeal decision you may ask for a state administrative law hearing "
           "within 120 days.", 8.5)
    t = truth("eob", "not_covered", insurer=INS, member_id=mid, member_name=child, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])], denial_date=sd.isoformat(),
              provider=optician, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [med]}, denial_alternates=["other"])
    return out(p), t


def faxstd_es_nabd(rng):
    child, parent, ortho = people(rng, 3)
    mid, med = plan_id(rng), mcd(rng)
    nd = dt.date(2026, rng.randint(3, 5), rng.randint(2, 11))
    start = dt.date(2026, nd.month + 1, rng.randint(1, 12))
    if start.day == start.month:
        start = plus(start, 1)
    auth = f"PA{digits(rng, 9)}"
    fax = f"{nd.strftime('%d/%m/%y')} 11:{rng.randint(10, 59)}  BROOKVANE UM  404-555-{digits(rng, 4)}  P.{{n}}"
    p = DOSheet(footer="Página {n} de {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Administración de Utilización", es=True)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso (dd/mm/aaaa)", fdate(nd, "dmy", "es")), ("Número de autorización", auth),
                ("Fecha de nacimiento", fdate(dob(rng), "dmy", "es"))])
    p.capstrip([("Miembro", child), ("Número de miembro del plan", mid), ("Número de Medicaid", med)])
    p.capstrip([("Proveedor que lo pidió", f"Dra. {ortho}"), ("Servicio", "D8080 ortodoncia integral"),
                ("Inicio pedido", fdate(start, "dmy", "es"))])
    p.ln(3)
    p.para(f"{fdate(nd, 'long', 'es')}", 9.6)
    p.para(f"Para el padre, la madre o el tutor de {child}:", 9.6)
    p.para(f"La Dra. {ortho}, de Piedmont Smiles Orthodontics, nos pidió aprobar frenos (ortodoncia integral) para "
           f"su hijo(a), con inicio el {fdate(start, 'long', 'es')}. Revisamos el formulario de evaluación, las "
           "radiografías y los modelos. PeachCare for Kids paga la ortodoncia solo cuando la mordida causa un "
           "problema de salud grave; en nuestro formulario eso es una puntuación de 26 puntos o más. La puntuación "
           "de su hijo(a) fue de 17 puntos. Por eso no podemos aprobar este tratamiento.", 9.6)
    p.para("**Su derecho a apelar.** Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este "
           "aviso. Si la salud de su hijo(a) corre peligro, pida una apelación rápida: le contestamos en 72 horas. "
           "Si no está de acuerdo con la decisión de la apelación, puede pedir una audiencia administrativa del "
           "estado dentro de 120 días a partir de la fecha de esa decisión. Para seguir recibiendo un servicio "
           "que ya tenía mientras se decide, pida la apelación dentro de 10 días.", 9.6)
    p.para(f"{INS}  -  Administración de Utilización", 9.6)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[auth],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=ortho,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [med], "provider": ["Piedmont Smiles Orthodontics"],
                          "service_dates": [[]]},
              denial_alternates=["not_covered"])
    return out(p), t


def phone_es_urgent(rng):
    child, parent = people(rng, 2)
    mid = plan_id(rng)
    nd = dt.date(2026, 8, rng.randint(3, 11))
    sv = dt.date(2026, 7, rng.randint(1, 6))
    billed = amount(rng, 180, 420)
    clm = f"26{digits(rng, 9)}"
    uc = "Gulf Breeze Urgent Care of Dothan"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.line("Las fechas de este aviso se escriben mes/día/año (mm/dd/aaaa).", 8)
    p.ln(2)
    p.pairs([("Fecha", fdate(nd, "slash")), ("Para", parent), ("Miembro", child), ("Reclamo", clm)],
            label_w=22, size=9.6)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.8)
    p.para(f"Recibimos un reclamo de {uc}, en Dothan, Alabama, por la visita de {child} del {fdate(sv, 'slash')}. "
           f"El centro cobró {money(billed)}. El número de miembro de su hijo(a) es {mid}.", 9.8)
    p.para(f"Este reclamo no se puede pagar. {uc} no tiene contrato con {INS} y no está inscrito en Medicaid de "
           "Georgia. Pagamos la atención fuera de Georgia solo cuando es una emergencia o cuando la aprobamos antes. "
           "Las notas de la visita dicen que su hijo(a) tuvo dolor de oído por dos días y que se fue a casa con "
           "una receta; no fue una emergencia.", 9.8)
    p.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de esta carta. Para una "
           "apelación rápida (72 horas), llámenos. Si la apelación no cambia la decisión, puede pedir una audiencia "
           "administrativa del estado dentro de 120 días.", 9.8)
    p.para(f"Atentamente,\n{INS}", 9.8)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=uc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def lowres_pharmacy(rng):
    child, parent, doc = people(rng, 3)
    mid = plan_id(rng)
    fill = dt.date(2026, 9, rng.randint(14, 25))
    price = amount(rng, 240, 610)
    rx = f"RX {digits(rng, 7)}"
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    p.sidehead(PHARM, "CLAIM REJECTED", f"Store #{rng.randint(100, 999)}  |  {rng.randint(100, 9800)} Cherry St, "
               f"Macon GA 312{rng.randint(10, 99)}  |  478-555-{digits(rng, 4)}  |  NCPDP {digits(rng, 7)}")
    p.f(9)
    p.line("THIRD PARTY CLAIM RESPONSE - PATIENT COPY", 10.5, "B")
    p.ln(1)
    p.pairs([("Printed", f"{fdate(fill, 'slash')} 16:{rng.randint(10, 59)}"), ("Patient", child),
             ("Patient DOB", fdate(dob(rng), "slash")), ("Rx number", rx),
             ("Drug", "Dexmethylphenidate ER 15 mg cap #30"), ("Prescriber", f"Dr. {doc}  NPI {digits(rng, 10)}"),
             ("Date of fill", fdate(fill, "slash")), ("Submitted price", money(price))], label_w=38, size=9.2)
    p.ln(2)
    p.f(9)
    p.multi_cell(0, 4.6, f"Insurance on file: Brookvane PeachCare  BIN 0{digits(rng, 5)}  PCN BVKGA  ID {mid}",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("Response: REJECTED", 10, "B")
    p.line("75  PRIOR AUTHORIZATION REQUIRED", 9.6)
    p.line("MR  PRODUCT NOT ON FORMULARY - PREFERRED ALT AVAILABLE", 9.6)
    p.ln(2)
    p.para("Your prescription was not filled through your plan today. Your doctor can ask the plan for approval or "
           "change to a preferred medicine. Ask the pharmacist about a 72-hour emergency supply. Questions about "
           "your coverage: call the member services number on your card.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(price),
              service_dates=[span(fill)], denial_date=fill.isoformat(), provider=PHARM, unscored=["insurer"],
              alternates={"claim_amount": [None]})
    return out(p), t


def rotated_statement(rng):
    child, parent, doc = people(rng, 3)
    mid, med = plan_id(rng), mcd(rng)
    sd = dt.date(2026, 10, rng.randint(5, 20))
    visits = sorted({dt.date(2026, rng.choice([8, 9]), d) for d in rng.sample(range(1, 29), 4)})
    deny = 1
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.sidehead(CLINIC, "PATIENT STATEMENT", f"{rng.randint(100, 9800)} Forsyth Rd, Macon GA 312{rng.randint(10, 99)}"
               f"  |  478-555-{digits(rng, 4)}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}")
    y = p.get_y()
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Guarantor", parent), ("Patient", child),
             ("Account", f"RP-{digits(rng, 6)}"), ("Due by", fdate(plus(sd, 30), "abbr"))], label_w=32, size=9)
    p.card(118, y, 80, "Insurance on file", [("Plan", "Brookvane PeachCare"), ("ID#", mid), ("Medicaid #", med)])
    p.set_y(max(p.get_y(), y + 26) + 3)
    rows, ch = [], []
    for i, d in enumerate(visits):
        c = amount(rng, 70, 210)
        ch.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), f"Dr. {doc}", "Sports physical (school form)", money(c), "0.00",
                         "Not a plan benefit", money(c)])
        else:
            rows.append([fdate(d, "slash"), f"Dr. {doc}", "Sick visit", money(c), money(round(c * 0.6, 2)),
                         "Adj. to contract", "0.00"])
    rows.append(["", "", "Balance due", "", "", "", money(ch[deny])])
    p.table(["Date", "Provider", "Service", "Charge", "Plan paid", "Adjustment", "You owe"], rows,
            [22, 34, 44, 20, 18, 28, 14], size=8, bold_last=True)
    p.para("A physical done only to fill out a school or sports form is not a PeachCare for Kids benefit, so your "
           "plan did not pay for that visit. Your child's yearly well-child checkup is covered; ask us to do the "
           "form at that visit next time.", 8.8)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["Redbud Pediatrics Billing Office", f"PO Box {rng.randint(2000, 9000)}", f"Warner Robins GA 310{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(ch[deny]),
              service_dates=[span(visits[deny])], denial_date=sd.isoformat(), provider=CLINIC, unscored=["insurer"],
              alternates={"claim_amount": [None], "member_id": [med], "provider": [doc],
                          "service_dates": [[span(d) for d in visits]]})
    return out(p), t


def photocopy_appeal(rng):
    child, parent, md, att = people(rng, 4)
    mid = plan_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 24))
    adm = dt.date(2026, 4, rng.randint(3, 20))
    dis = plus(adm, 2)
    billed = amount(rng, 6800, 14800)
    apl = f"APL-26-{digits(rng, 6)}"
    clm = f"26{digits(rng, 9)}"
    hosp = "Ocmulgee Valley Children's Hospital"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "long")), ("Parent/guardian", parent), ("Member", child), ("Appeal number", apl),
             ("Claim number", clm), ("Hospital", hosp), ("Dates of stay", f"{fdate(adm, 'slash')} - {fdate(dis, 'slash')}"),
             ("Hospital charges", money(billed))], label_w=36, size=9.2)
    p.ln(2)
    p.para(f"You asked us to look again at how we paid {hosp} for your child's stay for an asthma attack. Dr. {att} "
           "admitted your child as an inpatient. We paid the hospital for observation care instead.", 9.4)
    p.para(f"**Our decision: we are not changing how this claim was paid.** A pediatrician, Dr. {md}, who did not "
           "make the first decision, reviewed the records. Your child's breathing improved within the first day "
           "with breathing treatments every four hours, and no oxygen or intensive care was needed. That care could "
           "be given safely while your child was watched in an observation bed, so the plan pays for it as "
           "observation and not as an inpatient admission. The hospital may not bill you for the difference.", 9.4)
    p.para("**What you can do next.** This was your appeal with our plan. If you disagree, you may ask for a state "
           "administrative law hearing within 120 days of the date of this letter. Send the request with the slip "
           "below.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nPhysician Reviewer, {INS}", 9.4)
    p.tear()
    y = p.get_y()
    p.pairs([("Member", child), ("Member No.", mid), ("Appeal", apl)], label_w=26, size=8.6, h=4.6)
    p.barcode(120, y + 1, f"*{mid}*", rng.randint(0, 10 ** 6))
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(adm, dis)], denial_date=nd.isoformat(), provider=hosp,
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[apl], [clm]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def finefax_stack(rng):
    child, parent, dent = people(rng, 3)
    mid, med = plan_id(rng), mcd(rng)
    n1 = dt.date(2026, 11, rng.randint(2, 6))
    restored = dt.date(2026, 11, 1)
    case = f"{digits(rng, 9)}"
    fax1 = f"{n1.strftime('%m/%d/%Y')} 08:{rng.randint(10, 59)}  GA DCH PEACHCARE  678-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, DCH, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"PeachCare for Kids  |  PO Box {rng.randint(2000, 9000)}, Atlanta GA 303{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line(f"Notice date: {fdate(n1, 'long')}", 9.6)
    p.ln(2)
    p.line("YOUR CHILD'S PEACHCARE FOR KIDS COVERAGE IS ACTIVE AGAIN", 11, "B")
    p.pairs([("Head of household", parent), ("Child", child), ("Medicaid ID", med), ("Case number", case),
             ("Coverage restored", fdate(restored, "slash")), ("Monthly premium", "$18.00")], label_w=42, size=9.4)
    p.ln(2)
    p.para("We received the premium payment that was past due. Your child's coverage was stopped for October 2026 "
           f"because the premium was not paid. Coverage starts again on {fdate(restored, 'long')} with the same "
           "care management organization. Services your child received while coverage was stopped are not "
           "covered by PeachCare for Kids.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=DCH, member_id=med, member_name=child, cases=[case],
                          denial_date=n1.isoformat(),
                          alternates={"insurer": ["PeachCare for Kids", "Georgia DCH"], "case_numbers": [[]]}))
    nd = dt.date(2026, 11, rng.randint(9, 12))
    sv = dt.date(2026, 10, rng.randint(5, 9))
    billed = amount(rng, 140, 380)
    clm = f"26{digits(rng, 9)}"
    fax2 = f"{nd.strftime('%d/%m/%Y')} 14:{rng.randint(10, 59)}  BROOKVANE CLAIMS  404-555-{digits(rng, 4)}  P{{n}}"
    q = DOSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Reclamos", es=True)
    q.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 11.5, "B")
    q.ln(1)
    q.pairs([("Fecha", f"{fdate(nd, 'dmy', 'es')} ({fdate(nd, 'long', 'es')})"), ("Miembro", child),
             ("Número de miembro", mid), ("Reclamo", clm), ("Dentista", f"Dr. {dent}"),
             ("Fecha de la visita", f"{fdate(sv, 'dmy', 'es')} ({fdate(sv, 'long', 'es')})"),
             ("Cantidad cobrada", money(billed))], label_w=40, size=9.4)
    q.ln(2)
    q.para(f"El Dr. {dent} nos envió un reclamo por la limpieza y los selladores dentales de su hijo(a). En la fecha "
           "de la visita su hijo(a) no tiene cobertura de PeachCare for Kids: la cobertura estuvo suspendida todo el "
           "mes de octubre de 2026 porque no se pagó la prima. No podemos pagar este reclamo.", 9.6)
    q.para("Puede apelar dentro de 60 días a partir de la fecha de este aviso. Si cree que la prima sí se pagó a "
           "tiempo, llame a PeachCare for Kids.", 9.6)
    doc2 = (out(q), truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[clm],
                          claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=dent, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
                          alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_second_eyeglasses_zero_paid", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_es_nabd_orthodontics_day_first", "fax_standard_g4", [faxstd_es_nabd(rng)]),
        Item(F + "phone_es_urgent_care_out_of_state_month_first", "phone_photo", [phone_es_urgent(rng)]),
        Item(F + "lowres_pharmacy_rejected_claim_printout", "scan_lowres_150", [lowres_pharmacy(rng)]),
        Item(F + "rotated_pediatric_clinic_statement_remit_to", "rotated", [rotated_statement(rng)]),
        Item(F + "photocopy_appeal_resolution_observation_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_dch_coverage_restored_then_es_no_coverage_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
