"""Family 'virginia_medicaid_mco_notice_of_action_cardinal_care': an invented Virginia Medicaid (Cardinal Care)
managed care plan's notices, mirroring the structure of the Virginia MCO notice of action / adverse benefit
determination (what we decided, why, your right to appeal to the plan within 60 days, a State Fair Hearing with
the DMAS Appeals Division within 120 days of the plan's appeal decision, continued services within 10 days,
expedited 72-hour appeals). The plan, people, clinics and numbers are invented; the Medicaid ID is 12 digits.

Documents: a born-digital two-page pre-service notice (white-on-dark logo band, label column, running header); a
phone photo of a claims statement with three claims, one refused for timely filing (table header wrapping over
two lines); a sideways approval with a boxed grid (denies nothing); a low-resolution Spanish notice (inpatient
psychiatric stay refused, residential crisis stabilization offered: setting) with a shaded sidebar; a photocopied
upheld appeal told only in sentences; a clean scan of an out-of-network notice with a two-column body; a fine-fax
stack of a fax cover, a claim notice (no prior authorization) and the pediatrician's letter to the plan fed
upside down.
Decoys: DOB, NPI, request-received dates, processed periods, 72-hour, 10-day, 120-day hearing limits, DMAS and
ombudsman phone numbers, form numbers, other claims' numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcz_famczb import (HPage, Page, addr, band, faxline, fdate, grid, letterhead, money, paras, pat,
                                plus, sidebar, two_col)

FAMILY = "virginia_medicaid_mco_notice_of_action_cardinal_care"
LANG = "en"
SEED = 349501
MCO = "Blue Ridge Commonwealth Health Plan"
MCO_ADDR = "PO Box 26410, Roanoke, VA 24018"
MS = "1-555-418-7200"
FAXN = "1-555-418-7290"
DMAS = ("Appeals Division, Department of Medical Assistance Services (DMAS), 600 East Broad Street, Richmond, "
        "VA 23219")
DMAS_PH = "1-555-371-8488"
OMB = "1-555-932-4100"
PROGRAM = "Cardinal Care Managed Care"

_r = random.Random(SEED)
PEOPLE = ["Desmond R. Pemberton", "Yolanda F. Marchetti", "Kwame O. Lomax", "Milagros T. Carrasco",
          "Ingrid S. Winslow", "Theo B. Underhill", "Leticia P. Nakamura", "Rufus D. Greer"]
IDS = [pat(_r, "9999 9999 9999").replace(" ", "") for _ in PEOPLE]
DOBS = [dt.date(_r.randint(1958, 2016), _r.randint(1, 12), _r.randint(1, 28)) for _ in PEOPLE]

RIGHTS = [
    "#Your right to appeal",
    "If you do not agree with our decision, you or someone you choose can ask us for an appeal. You must ask "
    "within 60 days of the date of this notice. Call Member Services at " + MS + " (TTY 711) or write to the "
    "Appeals Department at the address above. Your provider can appeal for you with your written consent.",
    "If you or your doctor think waiting 30 days could seriously harm your health, ask for an expedited appeal. "
    "We will decide within 72 hours.",
    "#Keeping your services during the appeal",
    "If this decision ends or reduces a service you are getting now, you can keep the service during the appeal "
    "if you ask within 10 days of the date of this notice or before the change takes effect. You may have to "
    "pay for those services if the decision is upheld.",
    "#State Fair Hearing",
    "If you do not agree with our appeal decision, you may ask for a State Fair Hearing with the DMAS Appeals "
    "Division within 120 days of the date of our appeal decision. Write to " + DMAS + ", call " + DMAS_PH +
    ", or file online through the DMAS appeals portal.",
    "#Help",
    "The Office of the State Long-Term Care Ombudsman and the Cardinal Care Managed Care Helpline can help: "
    + OMB + ". You may ask for free copies of the records and criteria used to make this decision.",
]


def doc_preservice(r):
    name, mid, dob = PEOPLE[0], IDS[0], DOBS[0]
    notice = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 35))
    recv = plus(notice, -r.randint(3, 8))
    a, b = plus(notice, r.randint(5, 10)), None
    b = plus(a, 59)
    auth = pat(r, "UM-26-9999999")
    prov = "Anselm V. Oduya"
    d = HPage(footer="BRCHP-NOA-01 (01/2026)   Page {n} of {nb}")
    d.running = f"{MCO}  |  Member: {name}  |  Medicaid ID {mid}  |  Auth {auth}"
    d.set_auto_page_break(True, margin=22)
    d.add_page()
    band(d, MCO, f"A {PROGRAM} plan  -  {MCO_ADDR}  -  Member Services {MS} (TTY 711)")
    d.line(fdate(notice, "long"), 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Sycamore Court", "Lynchburg, VA 24501"])
    d.line("NOTICE OF ACTION - ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(2)
    d.pairs([("Member", name), ("Medicaid ID", mid), ("Date of birth", fdate(dob, "slash")),
             ("Authorization #", auth), ("Date request received", fdate(recv, "slash")),
             ("Requesting provider", f"{prov}, MD"), ("Provider NPI", pat(r, "1999999999")),
             ("Service requested", "Home health skilled nursing visits, 3 per week (G0299)"),
             ("Dates requested", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}")], label_w=48, size=9.6)
    d.ln(2)
    paras(d, [
        "#What action are we taking?",
        f"We are denying the request from Dr. {prov.split()[-1]} for home health skilled nursing visits three "
        "times a week for 60 days.",
        "#Why are we taking this action?",
        "The service is not medically necessary. Your wound has been healing with weekly visits, and your records "
        "show you or your caregiver can change the dressing safely between visits. Skilled nursing three times a "
        "week is more than your condition needs. A nurse visit once a week remains approved. A physician reviewer "
        "made this decision using our medical necessity criteria and 12VAC30-50-160.",
        "Your doctor may call our physician reviewer at " + MS + " to discuss this decision (peer-to-peer).",
    ], 9.6)
    paras(d, RIGHTS, 9.3)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=name,
              case_numbers=[auth], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=notice.isoformat(), provider=prov, appeal_deadline=plus(notice, 60).isoformat(),
              alternates={"service_dates": [[a.isoformat()]]})
    return bytes(d.output()), t


def doc_claims(r):
    name, mid = PEOPLE[1], IDS[1]
    stmt = dt.date(2026, 2, 23) + dt.timedelta(days=r.randint(0, 20))
    provs = [("Tidewater Family Medicine", "Office visit, est. patient 99214"),
             ("Piedmont Imaging Center", "X-ray knee 3 views 73562"),
             ("Rappahannock Physical Therapy", "Therapeutic exercise 97110 x4")]
    claims = []
    for p, s in provs:
        dos = plus(stmt, -r.randint(25, 70))
        billed = round(r.randint(90, 780) + r.choice([0, .5, .25, .4]), 2)
        claims.append((pat(r, "99999999999"), p, s, dos, billed))
    deny = 2
    # the refused claim is old: its service date is far back (filed late)
    cn, p, s, _, billed = claims[deny]
    claims[deny] = (cn, p, s, plus(stmt, -r.randint(400, 430)), billed)
    rows = []
    for i, (cn, p, s, dos, billed) in enumerate(claims):
        paid = 0.0 if i == deny else round(billed * 0.51, 2)
        rows.append([cn, p, s[:33], fdate(dos, "dash"), money(billed, "nosign"), money(paid, "nosign"),
                     "TF1" if i == deny else "P"])
    d = Page(footer="Blue Ridge Commonwealth Health Plan - Member Claims Statement", footer_left="THIS IS NOT A BILL")
    d.add_page()
    letterhead(d, MCO, [MCO_ADDR, f"Member Services {MS}", PROGRAM], 2, tag="MEMBER CLAIMS STATEMENT")
    d.pairs([("Statement date", fdate(stmt, "abbr")), ("Member", name), ("Medicaid ID", mid),
             ("Claims processed", f"{fdate(plus(stmt, -30), 'abbr')} through {fdate(plus(stmt, -1), 'abbr')}")],
            label_w=40, size=9.5)
    d.ln(2)
    d.table(["Claim number", "Provider", "Service", "Date of service", "Amount billed ($)", "Plan paid ($)",
             "Code"], rows, [22, 42, 48, 20, 18, 16, 10], size=7.4)
    paras(d, [
        "Code TF1: This claim was received more than 365 days after the date of service. Claims must be filed "
        "within 365 days. The provider may not bill you for this service.",
        "Code P: Paid.",
        "If you disagree with a denied claim, you may appeal within 60 days of the date of this statement. You "
        "can ask for a State Fair Hearing with the DMAS Appeals Division after our appeal decision.",
    ], 8.8)
    cn, p, s, dos, billed = claims[deny]
    t = truth("eob", "timely_filing", insurer=MCO, member_id=mid, member_name=name, case_numbers=[cn],
              claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=p, appeal_deadline=plus(stmt, 60).isoformat())
    return bytes(d.output()), t


def doc_approval(r):
    name, mid = PEOPLE[2], IDS[2]
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 30))
    auth = pat(r, "UM-26-9999999")
    a, b = plus(notice, 4), plus(notice, 184)
    prov = "Harriet N. Szabo"
    d = Page(footer="BRCHP-APV-02")
    d.add_page()
    letterhead(d, MCO, [MCO_ADDR, f"Member Services {MS}"], 1, tag=f"{PROGRAM}  -  Notice of Approval")
    grid(d, [("Notice date", fdate(notice, "iso")), ("Medicaid ID", mid), ("Member", name),
             ("Authorization number", auth), ("Ordering provider", f"Dr. {prov}"),
             ("Approved from / through", f"{fdate(a, 'iso')} / {fdate(b, 'iso')}")], cols=3)
    paras(d, [
        "#Your request has been approved",
        "We approved a standard power wheelchair rental (K0823) from Old Dominion Medical Supply for the dates "
        "shown above. You do not need to do anything. Your supplier will contact you to arrange delivery.",
        "If you have questions, call Member Services at " + MS + ". This approval does not guarantee payment if "
        "you are no longer eligible for Medicaid on the date of service.",
    ], 10)
    t = truth("other", None, insurer=MCO, member_id=mid, member_name=name, case_numbers=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=notice.isoformat(), provider=prov)
    return bytes(d.output()), t


def doc_spanish(r):
    name, mid = PEOPLE[3], IDS[3]
    notice = dt.date(2026, 2, 4) + dt.timedelta(days=r.randint(0, 30))
    case = pat(r, "BH-999999")
    start = plus(notice, r.randint(0, 2))
    prov = "Ramón E. Figueroa"
    d = Page(footer="Página {n} de {nb}", footer_left=MCO)
    d.add_page()
    band(d, MCO, f"Un plan de {PROGRAM}  -  Servicios para Miembros {MS}")
    d.line("AVISO DE ACCIÓN - DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    d.ln(3)
    sidebar(d, [("Fecha del aviso", fdate(notice, "es", "es")), ("Miembro", name), ("Número de Medicaid", mid),
                ("Número de caso", case), ("Médico que lo pidió", f"Dr. {prov}"),
                ("Fecha de ingreso pedida", fdate(start, "es", "es"))], [
        "#Qué decidimos",
        "Su médico pidió que usted ingrese a un hospital psiquiátrico como paciente internado. No aprobamos el "
        "ingreso hospitalario. Aprobamos servicios de estabilización de crisis residencial, que es el nivel de "
        "atención adecuado para sus necesidades en este momento.",
        "#Por qué",
        "Usted no presenta riesgo inmediato para sí mismo ni para otras personas y puede recibir tratamiento "
        "seguro en un entorno de menor nivel de atención.",
    ])
    paras(d, [
        "#Su derecho a apelar",
        "Puede pedirnos una apelación dentro de los 60 días a partir de la fecha de este aviso. Si su salud corre "
        "peligro, pida una apelación acelerada; decidiremos en 72 horas. Si no está de acuerdo con nuestra "
        "decisión de apelación, puede pedir una Audiencia Imparcial Estatal a la División de Apelaciones de DMAS "
        "dentro de los 120 días de esa decisión. Teléfono de DMAS: " + DMAS_PH + ".",
        "Para mantener sus servicios durante la apelación, pídalo dentro de los 10 días de la fecha de este aviso.",
    ], 9.2)
    t = truth("denial_letter", "level_of_care", lang="es", insurer=MCO, member_id=mid, member_name=name,
              case_numbers=[case], service_dates=[start.isoformat()], denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=plus(notice, 60).isoformat())
    return bytes(d.output()), t


def doc_upheld(r):
    name, mid = PEOPLE[4], IDS[4]
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 20))
    first = plus(notice, -r.randint(35, 50))
    appeal_no = pat(r, "APL-2026-99999")
    auth = pat(r, "UM-26-9999999")
    svc = plus(first, r.randint(12, 20))
    prov = "Brianna K. Holloway"
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, MCO, [MCO_ADDR, MS], 0, tag="Appeals Department")
    d.line(fdate(notice, "dmy"), 10.5)
    d.ln(3)
    addr(d, [name, f"{r.randint(100, 9000)} Juniper Drive", "Harrisonburg, VA 22801"])
    paras(d, [
        f"Dear {name.split()[0]} {name.split()[-1]}:",
        f"We have finished reviewing your appeal, number {appeal_no}, which we received from you after our "
        f"decision of {fdate(first, 'long')}. That decision denied authorization {auth}, a request by "
        f"Dr. {prov} for a sleep study in a sleep laboratory planned for {fdate(svc, 'long')}. Your Medicaid ID is "
        f"{mid}.",
        "A board-certified sleep medicine physician who did not make the first decision reviewed your appeal and "
        "your medical records. We are upholding our decision. Your records show symptoms of obstructive sleep "
        "apnea without other sleep disorders, heart failure or lung disease, so a home sleep apnea test is the "
        "medically necessary first test. A study in a sleep laboratory is not medically necessary for you now. "
        "A home sleep test is approved if your doctor orders it.",
        "This ends our appeal process. If you do not agree, you may ask for a State Fair Hearing with the DMAS "
        "Appeals Division within 120 days of the date of this letter. Write to " + DMAS + " or call " + DMAS_PH +
        ". You may ask for free copies of everything we used to decide your appeal.",
        "Sincerely,", "", "Appeals Coordinator", MCO,
    ], 10.2)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=name,
              case_numbers=[appeal_no, auth], service_dates=[svc.isoformat()], denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=None, alternates={"case_numbers": [[appeal_no]]},
              denial_alternates=["level_of_care"])
    return bytes(d.output()), t


def doc_oon(r):
    name, mid, dob = PEOPLE[5], IDS[5], DOBS[5]
    notice = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 25))
    ref = pat(r, "99-999999")
    svc = plus(notice, r.randint(10, 25))
    prov = "Percy L. Abernathy"
    d = Page(footer="Page {n} of {nb}", footer_left=f"{MCO} - {PROGRAM}")
    d.add_page()
    letterhead(d, MCO, [MCO_ADDR, f"Member Services {MS}", f"Fax {FAXN}"], 2, tag="NOTICE OF ACTION")
    d.line(f"Date of notice: {fdate(notice, 'upper')}", 10, "B")
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Fenwick Avenue", "Norfolk, VA 23510"])
    two_col(d, [
        "#About your request",
        f"Member: {name}",
        f"Medicaid ID: {mid}",
        f"Date of birth: {fdate(dob, 'upper')}",
        f"Reference number: {ref}",
        f"Provider: Dr. {prov}, Chesapeake Bay Orthopaedic Surgeons (not in our network)",
        "Service: Outpatient consultation, hand surgery (99204)",
        f"Date of service: {fdate(svc, 'upper')}",
        "#What we decided",
        f"We denied the request to see Dr. {prov}, who is not in the {MCO} network. We cover care outside our "
        "network only when no network provider can give the care you need. Two network hand surgeons practice "
        "within 30 miles of your home. Member Services can help you make an appointment.",
    ], RIGHTS[:3] + RIGHTS[5:7], size=8.8)
    t = truth("denial_letter", "out_of_network", insurer=MCO, member_id=mid, member_name=name,
              case_numbers=[ref], service_dates=[svc.isoformat()], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=plus(notice, 60).isoformat())
    return bytes(d.output()), t


def stack_claim_and_letter(r):
    name, mid = PEOPLE[6], IDS[6]
    notice = dt.date(2026, 2, 17) + dt.timedelta(days=r.randint(0, 15))
    claim = pat(r, "99999999999")
    dos = plus(notice, -r.randint(20, 40))
    billed = round(r.randint(1200, 3800) + r.choice([0, .5, .75]), 2)
    ped = "Sunita J. Prescott"
    fx = f"{fdate(notice, 'upper')} 09:42  FROM: BRCHP CLAIMS {FAXN}  TO: 1-555-640-2214"
    d = Page(footer="BRCHP-NOA-04  Page {n} of {nb}")
    d.add_page()
    faxline(d, fx + "  P.2/4")
    letterhead(d, MCO, [MCO_ADDR, f"Member Services {MS}"], 0, tag=PROGRAM)
    d.line(f"Date: {fdate(notice, 'slash')}", 10)
    d.ln(2)
    d.line("Notice of Action - Claim Denial", 12, "B")
    d.ln(1)
    d.boxed_pairs([("Member", name), ("Medicaid ID", mid), ("Claim number", claim),
                   ("Date of service", fdate(dos, "slash")), ("Service", "Allergy testing, 60 percutaneous tests"
                                                                         " (95004)"),
                   ("Rendering provider", f"Dr. {ped}"), ("Amount billed", money(billed)),
                   ("Decision", "Denied - no prior authorization")], label_w=45, size=9.2)
    paras(d, [
        "#Why we denied this claim",
        "Allergy testing of more than 40 tests on one date needs prior authorization from our plan. We did not "
        "receive a prior authorization request before the service. The provider may not bill you for this claim.",
    ] + RIGHTS[:3] + RIGHTS[5:7], 9.0)
    t1 = truth("denial_letter", "prior_authorization", insurer=MCO, member_id=mid, member_name=name,
               case_numbers=[claim], claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()],
               denial_date=notice.isoformat(), provider=ped, appeal_deadline=plus(notice, 60).isoformat())
    ld = plus(notice, r.randint(3, 7))
    e = Page(serif=True, footer=None)
    e.add_page()
    faxline(e, f"{fdate(ld, 'upper')} 14:05  FROM: SHENANDOAH PEDIATRIC ALLERGY 1-555-640-2215  P.4/4")
    letterhead(e, "Shenandoah Pediatric Allergy & Asthma", ["88 Quarry Street, Staunton, VA 24401",
                                                            "Tel 1-555-640-2214", "Fax 1-555-640-2215"], 1)
    e.line(fdate(ld, "long"), 10)
    e.ln(3)
    addr(e, [f"{MCO} - Utilization Management", MCO_ADDR, f"Fax {FAXN}"])
    e.line(f"RE: {name}, Medicaid ID {mid}, claim {claim}", 10, "B")
    e.ln(2)
    paras(e, [
        "Dear Medical Director,",
        f"I am writing to ask you to reconsider claim {claim} for allergy skin testing of my patient. "
        f"{name.split()[0]} had two emergency visits for wheezing and hives this winter, and testing for food and "
        "environmental allergens was urgent. I am enclosing my notes and asking for a retroactive authorization.",
        "Thank you for your review.", "Sincerely,", "", f"{ped}, MD, FAAP",
    ], 10.3)
    t2 = truth("other", None, member_id=mid, member_name=name, case_numbers=[claim], denial_date=ld.isoformat(),
               provider=ped, unscored=["insurer"], alternates={"service_dates": [[dos.isoformat()]]})
    return [(bytes(d.output()), t1), (bytes(e.output()), t2)]


def documents(rng: random.Random) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_homehealth", "born_digital", [doc_preservice(rng)]),
        Item(f"{FAMILY}_phone_claims", "phone_photo", [doc_claims(rng)]),
        Item(f"{FAMILY}_rot_approval", "rotated", [doc_approval(rng)]),
        Item(f"{FAMILY}_lowres_es", "scan_lowres_150", [doc_spanish(rng)]),
        Item(f"{FAMILY}_copy_upheld", "photocopy", [doc_upheld(rng)]),
        Item(f"{FAMILY}_scan_oon", "scan_clean_300", [doc_oon(rng)]),
        Item(f"{FAMILY}_faxfine_stack", "fax_fine_g4", stack_claim_and_letter(rng), separators=["cover", None],
             turns={(1, 0): 180}),
    ]
