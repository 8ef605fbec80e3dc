"""Family 'wisconsin_badgercare_hmo_notice_of_denial': an invented BadgerCare Plus HMO's notices of adverse benefit
determination, mirroring the structure of the Wisconsin Medicaid HMO notices (what we decided, why, your right to
appeal to the HMO within 60 days, a State Fair Hearing with the Division of Hearings and Appeals after the HMO's
appeal decision, keeping services during the appeal if you ask within 10 days, grievances and the Ombudsman).
The HMO, its people, clinics and numbers are invented; the Medicaid member ID is a 10-digit number.

Documents: a born-digital two-page pre-service notice with a boxed label grid; a fine-fax out-of-network notice with
a label column and a printed appeal-by date; a phone photo of an HMO claims statement with three claims, one not
covered; a low-resolution Spanish notice (inpatient rehabilitation refused, skilled nursing approved: setting) with a
shaded sidebar; a photocopied appeal decision upholding a denial, told only in sentences; a sideways approval (denies
nothing); a clean-scan stack of a claim notice (no prior authorization), a blank separator, and the physical
therapist's letter to the HMO fed upside down.
Decoys: DOB, NPI, ForwardHealth card number vs member ID, request-received dates, 72-hour expedited, 10-day
continuation, 90-day fair hearing limits, Ombudsman and hearing-office phone numbers, form numbers, other claims.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcy_famcyd import HPage, Page, addr, fdate, grid, letterhead, money, paras, pat, plus, sidebar

FAMILY = "wisconsin_badgercare_hmo_notice_of_denial"
LANG = "en"
SEED = 349303
HMO = "Namekagon Valley Health Plan"
HMO_ADDR = "PO Box 7120, Eau Claire, WI 54702"
MS = "1-555-842-6100"
FAXN = "1-555-842-6190"
DHA = "Department of Administration, Division of Hearings and Appeals, PO Box 7875, Madison, WI 53707-7875"
OMB = "1-555-760-0401"
PROGRAM = "BadgerCare Plus"

_r = random.Random(SEED)
PEOPLE = [("Wendell T. Strand", None), ("Sunita K. Holloway", None), ("Ezra L. Pemberton", "Odette M. Pemberton"),
          ("Beatriz A. Quintero", None), ("Jasper N. Greer", None), ("Harriet C. Lomax", None),
          ("Naomi R. Fairchild", None)]
IDS = [pat(_r, "9999999999") for _ in PEOPLE]
DOBS = [dt.date(_r.randint(1960, 2015), _r.randint(1, 12), _r.randint(1, 28)) for _ in PEOPLE]

RIGHTS = [
    "#Your right to appeal",
    "If you do not agree with this decision, you may ask us for an appeal. You must ask within 60 days of the date "
    "of this notice. You can call Member Services at " + MS + " or write to the Grievance and Appeals Coordinator "
    "at the address above. Someone else, such as a family member, friend or your provider, can appeal for you if "
    "you give written permission.",
    "If waiting for a standard appeal could seriously harm your health, ask for a fast (expedited) appeal. We will "
    "decide a fast appeal within 72 hours.",
    "#State Fair Hearing",
    "If you do not agree with our appeal decision, you may ask for a State Fair Hearing with the Division of "
    "Hearings and Appeals within 90 days of the date of our appeal decision. You must complete our appeal process "
    "first. Write to: " + DHA + ".",
    "#Keeping your services",
    "If this notice stops or reduces a service you are already getting, you may keep getting it during your appeal "
    "if you ask within 10 days of the date of this notice. If the decision is not changed, you may have to pay for "
    "services you got while your appeal was pending.",
    "#Grievances and help",
    "You may file a grievance with us at any time if you are unhappy with your care. For help, call the "
    f"{PROGRAM} and Medicaid SSI Ombudsman Program at {OMB}. You may ask for free copies of all documents and "
    "criteria used in this decision.",
]


def doc_preservice(r):
    name, _ = PEOPLE[0]
    mid, dob = IDS[0], DOBS[0]
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 40))
    recv = plus(notice, -r.randint(4, 9))
    svc = plus(notice, r.randint(9, 20))
    pa = pat(r, "PA-2026-999999")
    prov = "Marisol E. Dubois"
    d = HPage(footer=f"Form NVHP-NABD-1 (Rev. 01/2026)   Page {{n}} of {{nb}}")
    d.running = f"{name}  -  Member ID {mid}  -  Notice dated {fdate(notice, 'slash')}"
    d.set_auto_page_break(True, margin=22)
    d.add_page()
    letterhead(d, HMO, [HMO_ADDR, f"Member Services {MS} (TTY 711)", f"Fax {FAXN}"], 0,
               tag=f"A {PROGRAM} HMO")
    d.line(fdate(notice, "long"), 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Lantern Way", "Rice Lake, WI 54868"])
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B")
    d.ln(2)
    grid(d, [("Member name", name), ("Member ID", mid), ("Date of birth", fdate(dob, "slash")),
             ("Program", PROGRAM), ("Authorization request number", pa), ("Request received", fdate(recv, "slash")),
             ("Requesting provider", f"{prov}, MD"), ("Provider NPI", pat(r, "1999999999")),
             ("Service requested", "MRI lumbar spine w/o contrast (72148)"), ("Requested date of service",
                                                                              fdate(svc, "slash"))])
    paras(d, [
        "#What we decided",
        f"We denied the request from {prov}, MD, for an MRI of the lower back (lumbar spine) without contrast.",
        "#Why we decided this",
        "The service is not medically necessary. The records show low back pain for three weeks with no weakness, "
        "numbness or loss of bladder or bowel control, and no trial of physical therapy or home exercise. Imaging "
        "is covered when pain lasts six weeks despite treatment or when there are warning signs. This decision was "
        "made by a physician reviewer using our medical necessity criteria and Wisconsin Administrative Code "
        "DHS 101.03(96m).",
        "Your doctor can talk with our physician reviewer by calling " + MS + ".",
    ], 9.6)
    paras(d, RIGHTS, 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=HMO, member_id=mid, member_name=name, case_numbers=[pa],
              service_dates=[svc.isoformat()], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=plus(notice, 60).isoformat())
    return bytes(d.output()), t


def doc_oon_fax(r):
    name, _ = PEOPLE[1]
    mid, dob = IDS[1], DOBS[1]
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 30))
    ref = pat(r, "99-99999")
    prov = "Gideon P. Rutledge"
    svc = plus(notice, r.randint(12, 25))
    d = Page(footer=None)
    d.add_page()
    letterhead(d, HMO, [HMO_ADDR, f"Member Services: {MS}", f"Utilization Management fax: {FAXN}"], 2,
               tag="Utilization Management Department")
    d.pairs([("Notice date", fdate(notice, "upper")), ("Member", name), ("Medicaid ID", mid),
             ("Birth date", fdate(dob, "upper")), ("Reference no.", ref),
             ("Provider", f"{prov}, MD - Lakes Region Neurology Associates (not in our network)"),
             ("Service", "Outpatient neurology consultation (99204)"), ("Date of service", fdate(svc, "upper"))],
            label_w=40, size=9.6)
    d.ln(3)
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.ln(1)
    paras(d, [
        f"We received a request for you to see {prov}, MD, a neurologist who is not a {HMO} provider. We denied "
        "this request. Your HMO covers care from providers outside our network only when no network provider can "
        "give the care you need. We have three network neurologists within 35 miles of your home who can see you, "
        "including Pinecrest Neurology in Eau Claire. Call Member Services and we will help you make an appointment.",
        "This is an out-of-network denial. It does not mean the visit is not needed.",
        f"YOUR APPEAL MUST BE RECEIVED BY: {fdate(plus(notice, 60), 'upper')}",
    ], 9.8)
    paras(d, RIGHTS[:5] + RIGHTS[7:], 8.8)
    t = truth("denial_letter", "out_of_network", insurer=HMO, member_id=mid, member_name=name, case_numbers=[ref],
              service_dates=[svc.isoformat()], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=plus(notice, 60).isoformat())
    return bytes(d.output()), t


def doc_claims_statement(r):
    name, _ = PEOPLE[2]
    mid = IDS[2]
    stmt = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 20))
    rows, claims = [], []
    provs = [("Chippewa Falls Family Clinic", "Office visit 99213"), ("Northwoods Hearing Center", "Hearing aid, "
              "over-the-counter type V5256"), ("Red Cedar Lab Services", "Lipid panel 80061")]
    for i, (p, s) in enumerate(provs):
        dos = plus(stmt, -r.randint(20, 60))
        billed = round(r.randint(60, 900) + r.choice([0, .5, .25]), 2)
        claims.append((pat(r, "2026-999-99999"), p, s, dos, billed))
    deny = 1
    for i, (cn, p, s, dos, billed) in enumerate(claims):
        paid = 0.0 if i == deny else round(billed * 0.42, 2)
        rows.append([cn, p[:26], s[:30], fdate(dos, "slash"), money(billed), money(paid), "N1" if i == deny else
                     "--"])
    d = Page(footer="NVHP member claims statement   {n}/{nb}")
    d.add_page()
    letterhead(d, HMO, [HMO_ADDR, f"Questions? {MS}"], 1, tag="MEMBER CLAIMS STATEMENT - THIS IS NOT A BILL")
    d.pairs([("Statement date", fdate(stmt, "dmy")), ("Member", name), ("Member ID", mid),
             ("Processed period", f"{fdate(plus(stmt, -45), 'dmy')} - {fdate(plus(stmt, -1), 'dmy')}")],
            label_w=38, size=9.4)
    d.ln(2)
    d.table(["Claim number", "Provider", "Service", "Service date", "Billed", "HMO paid", "Note"], rows,
            [30, 42, 44, 22, 18, 16, 10], size=7.6)
    paras(d, [
        "N1  This item is not a covered service under BadgerCare Plus. Over-the-counter hearing aids are not a "
        "covered benefit. The provider may bill you only if you agreed in writing before the service.",
        "You may appeal a denied claim within 60 days of the date of this statement. Call " + MS + " or write to "
        "the address above. You may ask for a State Fair Hearing after our appeal decision.",
    ], 8.8)
    cn, p, s, dos, billed = claims[deny]
    t = truth("eob", "not_covered", insurer=HMO, member_id=mid, member_name=name, case_numbers=[cn],
              claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=p, appeal_deadline=plus(stmt, 60).isoformat())
    return bytes(d.output()), t


def doc_spanish(r):
    name = "Beatriz A. Quintero"
    mid = IDS[3]
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 30))
    case = pat(r, "IP-999999")
    start = plus(notice, r.randint(1, 3))
    prov = "Helena V. Oduya"
    d = Page(footer="Página {n} de {nb}")
    d.add_page()
    letterhead(d, HMO, [HMO_ADDR, f"Servicios para Miembros {MS}"], 0, tag=f"Una HMO de {PROGRAM}")
    d.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    d.ln(3)
    sidebar(d, [("Fecha del aviso", fdate(notice, "es", "es")), ("Miembro", name), ("Número de miembro", mid),
                ("Número de caso", case), ("Médica que lo solicitó", f"Dra. {prov}"),
                ("Fecha de ingreso solicitada", fdate(start, "es", "es"))], [
        "#Lo que decidimos",
        "Su médica pidió que usted ingrese a un hospital de rehabilitación para pacientes internados después de su "
        "cirugía de cadera. No aprobamos el ingreso a rehabilitación hospitalaria. Aprobamos atención en un centro "
        "de enfermería especializada (skilled nursing facility), que es el nivel de atención adecuado para sus "
        "necesidades actuales.",
        "#Por qué",
        "Usted puede participar en una hora de terapia al día; la rehabilitación hospitalaria requiere tres horas "
        "diarias. Sus necesidades se pueden atender de forma segura en un entorno de menor nivel de atención.",
    ])
    paras(d, [
        "#Su derecho a apelar",
        "Puede pedirnos una apelación dentro de los 60 días a partir de la fecha de este aviso. Si su salud corre "
        "peligro, pida una apelación rápida; decidiremos en 72 horas. Si no está de acuerdo con nuestra decisión "
        "de apelación, puede pedir una Audiencia Imparcial Estatal (State Fair Hearing) a la División de "
        "Audiencias y Apelaciones dentro de los 90 días de esa decisión.",
        "Puede presentar una queja en cualquier momento. Ombudsman del programa: " + OMB + ".",
    ], 9.2)
    t = truth("denial_letter", "level_of_care", lang="es", insurer=HMO, member_id=mid, member_name=name,
              case_numbers=[case], service_dates=[start.isoformat()], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=plus(notice, 60).isoformat())
    return bytes(d.output()), t


def doc_upheld(r):
    name, _ = PEOPLE[4]
    mid = IDS[4]
    notice = dt.date(2026, 3, 3) + dt.timedelta(days=r.randint(0, 25))
    first = plus(notice, -r.randint(40, 55))
    appeal_no = pat(r, "AG-26-99999")
    pa = pat(r, "PA-2026-999999")
    svc = plus(first, r.randint(10, 20))
    prov = "Colin J. Vasquez"
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, HMO, [HMO_ADDR, MS], 1, tag="Grievance and Appeals Unit")
    d.line(fdate(notice, "abbr"), 10.5)
    d.ln(3)
    addr(d, [name, f"{r.randint(100, 9000)} Old Mill Road", "Menomonie, WI 54751"])
    paras(d, [
        f"Dear {name.split()[0]} {name.split()[-1]}:",
        f"We have finished reviewing your appeal, number {appeal_no}. You appealed our decision of "
        f"{fdate(first, 'long')} about request {pa}, in which Dr. {prov} asked for a continuous glucose monitor "
        f"to begin on {fdate(svc, 'long')}. Your member ID is {mid}.",
        "An endocrinologist who was not part of the first decision reviewed your appeal, your records and the "
        "letter your doctor sent. We are upholding our decision. The records show that you check your blood sugar "
        "once a day and do not use insulin, and our criteria for a continuous glucose monitor are not met. The "
        "monitor is not medically necessary for you at this time.",
        "This is our final decision on your appeal. If you do not agree, you may ask for a State Fair Hearing with "
        "the Division of Hearings and Appeals within 90 days of the date of this letter. Write to " + DHA + ". "
        "You may ask for free copies of your appeal file. For help, call the Ombudsman at " + OMB + ".",
        "Sincerely,", "", "Grievance and Appeals Coordinator", HMO,
    ], 10.2)
    t = truth("denial_letter", "medical_necessity", insurer=HMO, member_id=mid, member_name=name,
              case_numbers=[appeal_no, pa], service_dates=[svc.isoformat()], denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=None, alternates={"case_numbers": [[appeal_no]]})
    return bytes(d.output()), t


def doc_approval(r):
    name, _ = PEOPLE[5]
    mid = IDS[5]
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 40))
    pa = pat(r, "PA-2026-999999")
    a, b = plus(notice, 3), plus(notice, 93)
    prov = "Mei S. Tanaka"
    d = Page(footer="Form NVHP-APR-2")
    d.add_page()
    letterhead(d, HMO, [HMO_ADDR, f"Member Services {MS}"], 2, tag="Notice of Approved Service")
    grid(d, [("Date of notice", fdate(notice, "iso")), ("Member ID", mid), ("Member", name),
             ("Authorization number", pa), ("Ordering provider", f"{prov}, DO"),
             ("Approved dates", f"{fdate(a, 'iso')} to {fdate(b, 'iso')}")], cols=3)
    paras(d, [
        "#Good news: your request is approved",
        "We approved 12 visits of outpatient occupational therapy (97165, 97530) at Bayfield Therapy Partners for "
        "the dates shown above. You do not need to do anything. If you need more visits, your provider can ask "
        "for them before the approved dates end.",
        "This approval is not a guarantee of payment if you lose BadgerCare Plus eligibility. Questions? Call "
        + MS + ".",
    ], 10)
    t = truth("other", None, insurer=HMO, member_id=mid, member_name=name, case_numbers=[pa],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=notice.isoformat(), provider=prov)
    return bytes(d.output()), t


def stack_claim_and_letter(r):
    name, _ = PEOPLE[6]
    mid = IDS[6]
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 20))
    claim = pat(r, "2026-999-99999")
    d1s = [plus(notice, -r.randint(30, 45)), plus(notice, -r.randint(15, 28))]
    billed = round(r.randint(180, 420) + r.choice([0, .5]), 2)
    pt = "Arturo F. Kessler"
    d = Page(footer="NVHP-NABD-3  {n}/{nb}")
    d.add_page()
    letterhead(d, HMO, [HMO_ADDR, f"Member Services {MS}"], 0, tag=f"A {PROGRAM} HMO")
    d.line(f"Date: {fdate(notice, 'dash')}", 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Quarry Street", "Ashland, WI 54806"])
    d.line("Notice of Adverse Benefit Determination - Claim Payment", 12, "B")
    d.ln(2)
    d.table(["Claim #", "Dates of service", "Service", "Amount billed", "Decision"],
            [[claim, f"{fdate(d1s[0], 'dash')}, {fdate(d1s[1], 'dash')}", "Physical therapy 97110 x 8 units",
              money(billed), "Denied"]], [32, 46, 52, 26, 18], size=8.4)
    d.pairs([("Member ID", mid), ("Rendering provider", f"{pt}, PT"), ("Provider NPI", pat(r, "1999999999"))],
            label_w=40, size=9.4)
    d.ln(2)
    paras(d, [
        "#Why we denied payment",
        "Physical therapy after the first 35 treatment days in a year needs prior authorization from "
        f"{HMO}. We did not receive a prior authorization request for these visits. Your provider cannot bill "
        "you for these visits.",
    ] + RIGHTS[:5], 9.2)
    t1 = truth("denial_letter", "prior_authorization", insurer=HMO, member_id=mid, member_name=name,
               case_numbers=[claim], claim_amount=f"{billed:.2f}", service_dates=[x.isoformat() for x in d1s],
               denial_date=notice.isoformat(), provider=pt, appeal_deadline=plus(notice, 60).isoformat())
    ld = plus(notice, r.randint(4, 8))
    e = Page(serif=True, footer=None)
    e.add_page()
    letterhead(e, "Bayfield Therapy Partners", ["310 Harbor View Road, Ashland, WI 54806", "Phone 1-555-682-3370",
                                               "Fax 1-555-682-3371"], 1)
    e.line(fdate(ld, "long"), 10)
    e.ln(3)
    addr(e, [f"{HMO} - Prior Authorization", HMO_ADDR, f"Fax {FAXN}"])
    e.line(f"Re: {name}, Member ID {mid}, claim {claim}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the prior authorization reviewer:",
        f"I am asking for retroactive authorization of the physical therapy visits on claim {claim}. "
        f"{name.split()[0]} began therapy after a shoulder fracture and reached the 35-day limit without our "
        "office noticing. The visits were needed to restore range of motion, and my notes and the plan of care "
        "are enclosed.",
        "Please call me with any questions.", "Respectfully,", "", f"{pt}, PT, DPT",
    ], 10.3)
    t2 = truth("other", None, member_id=mid, member_name=name, case_numbers=[claim], denial_date=ld.isoformat(),
               provider=pt, unscored=["insurer"],
               alternates={"service_dates": [[x.isoformat() for x in d1s]]})
    return [(bytes(d.output()), t1), (bytes(e.output()), t2)]


def documents(rng: random.Random) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_preservice", "born_digital", [doc_preservice(rng)]),
        Item(f"{FAMILY}_faxfine_oon", "fax_fine_g4", [doc_oon_fax(rng)]),
        Item(f"{FAMILY}_phone_claims", "phone_photo", [doc_claims_statement(rng)]),
        Item(f"{FAMILY}_lowres_es", "scan_lowres_150", [doc_spanish(rng)]),
        Item(f"{FAMILY}_copy_upheld", "photocopy", [doc_upheld(rng)]),
        Item(f"{FAMILY}_rot_approval", "rotated", [doc_approval(rng)]),
        Item(f"{FAMILY}_scan_stack", "scan_clean_300", stack_claim_and_letter(rng), separators=["blank", None],
             turns={(1, 0): 180}),
    ]
