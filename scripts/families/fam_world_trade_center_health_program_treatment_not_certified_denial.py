"""World Trade Center Health Program notices on treatment that is not for a certified WTC-related health condition,
or that was not authorized, mirrored for structure and wording style only. The program (administered by CDC's
National Institute for Occupational Safety and Health) appears as itself; its Clinical Centers of Excellence and
Nationwide Provider Network are named as such, but the clinical center, every provider, person, number, address
and phone (555, TTY 711) is invented, as are the provider-facing reconsideration and overpayment time limits.

Documents (8 in 7 files):
- bd_treatment_authorization_denial_date_in_title_only: the program's treatment authorization decision to the
  member (physical therapy for a knee condition that is not certified); the date only in the title line
  ("TREATMENT AUTHORIZATION DECISION - APRIL 7, 2026"), member ID in character boxes with O/0 and I/1, certified
  conditions with their certification dates, the member's 9/11 exposure period, DOB, received date, related
  claims, 60-day appeal, nondiscrimination notice and taglines.
- faxstd_provider_claim_determination_caption_boxes: the program's claim determination to a Nationwide Provider
  Network imaging center in small caption-over-box cells under a typed fax header (CT of the sinuses without a
  treatment authorization), NPI, tax ID, patient account, a 90-day reconsideration.
- faxstd_small_type_member_letter_provider_only_in_cc: a 7 pt letter to the member denying a visit for high blood
  pressure (not a certified condition); the practice appears only in the "cc:" line.
- scan300_stack_overpayment_letter_blank_then_approval: an overpayment (recoupment) letter to a network practice
  for claims paid for a condition that was not certified, a blank separator, then an approval of CPAP supplies for
  certified sleep apnea (denies nothing) whose date is only in the title block.
- phone_upheld_appeal_provider_only_in_subject_line: an appeal decision upholding a denied cardiac stress test
  ("Re: Services from ... on ..."), the program's final decision, photographed.
- rotated_clinical_center_statement_one_row_not_covered: the clinical center's statement to the member, most rows
  paid by the program, one dermatology row not for a certified condition left to the member (denies nothing).
- lowres_spanish_treatment_not_certified_denial: a Spanish denial of diabetes care (not a certified condition).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import tiny_date
from kit_rounddl_famdla import DLSheet, confusable_id
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "world_trade_center_health_program_treatment_not_certified_denial"
LANG = "en"
SEED = 351900
PROG = "World Trade Center Health Program"
CCE = "Wickham Ferry Clinical Center of Excellence"
CERTIFIED = [("Chronic rhinosinusitis", "03/14/2019"), ("Gastroesophageal reflux disease (GERD)", "03/14/2019"),
             ("Asthma", "08/02/2021")]


def _mid(rng):
    return confusable_id(rng, "Lcddc-ddcd")


def _head(p: DLSheet, rng, unit: str, y: float = 12):
    p.set_y(y)
    p.f(13.5, "B")
    p.cell(0, 6, PROG, new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 3.6, "Centers for Disease Control and Prevention  |  National Institute for Occupational Safety and "
                   "Health", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.6, f"{unit}  |  PO Box {rng.randint(3000, 9899)}, Lexington KY 40{rng.randint(510, 599)}-"
                   f"{digits(rng, 4)}  |  1-888-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def _certified(p: DLSheet, size=8.6):
    p.f(size, "B")
    p.cell(0, 4.4, "Your certified WTC-related health conditions", new_x="LMARGIN", new_y="NEXT")
    p.f(size)
    for c, d in CERTIFIED:
        p.cell(0, 4.2, f"   {c}  (certified {d})", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)


def bd_ta_denial(rng):
    mem, first, _, last = person(rng)
    mid = _mid(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 4))
    rec = plus(nd, -rng.randint(9, 14))
    start = plus(nd, rng.randint(7, 12))
    dob = dt.date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
    tar = f"TA-26-{digits(rng, 6)}"
    doc = "Marguerite L. Okafor"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng, "Treatment Authorization Unit")
    for ln in [mem, f"{rng.randint(100, 9800)} Sycamore Ave", f"Staten Island NY 103{rng.randint(10, 14)}"]:
        p.line(ln, 9.6)
    p.ln(4)
    p.title_line(f"TREATMENT AUTHORIZATION DECISION - {fdate(nd, 'long').upper()}", 11.5)
    p.charbox_row([("Member ID", mid), ("Request number", tar)])
    p.pairs([("Member", mem), ("Date of birth", fdate(dob, "slash")), ("Request received", fdate(rec, "slash")),
             ("Requested by", f"{doc}, MD, {CCE}"), ("Service requested", "Physical therapy, right knee, 12 visits"),
             ("Planned start", fdate(start, "long"))], label_w=40, size=9)
    p.ln(2)
    p.para(f"Dear {first} {last}:", 9.6)
    p.para("The WTC Health Program pays for medically necessary treatment of health conditions that the Program "
           "has certified as WTC-related, and of health conditions medically associated with them. Your Clinical "
           "Center of Excellence asked us to authorize physical therapy for osteoarthritis of the right knee.", 9.6)
    p.para("**Decision: not authorized.** Osteoarthritis of the knee is not one of your certified WTC-related "
           "health conditions, and it is not medically associated with a certified condition. The Program cannot "
           "pay for this treatment. This decision does not change your enrollment or the conditions listed below.",
           9.6)
    _certified(p)
    p.para("If you believe your knee condition was caused or made worse by your exposure on or after September 11, "
           "2001, ask your Clinical Center physician to send a certification request. A new request is not an "
           "appeal.", 9.2)
    p.para(f"Related claims already on file (not part of this decision): CL{digits(rng, 9)}, CL{digits(rng, 9)}.",
           8.6)
    p.para("**Your right to appeal.** You may appeal this decision. Your request must be postmarked within 60 "
           "calendar days of the date of this letter. Send it to the Appeals Coordinator at the address above. "
           "Tell us why you disagree and include any medical records that support your appeal.", 9.2)
    p.boilerplate(PROG, f"1-888-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PROG, member_id=mid, member_name=mem, cases=[tar],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"provider": [CCE], "service_dates": [[]]})
    return out(p), t


def faxstd_provider_form(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(20, 30))
    dob = dt.date(rng.randint(1955, 1972), rng.randint(1, 12), rng.randint(1, 28))
    billed = amount(rng, 610, 980)
    claim = f"W{digits(rng, 10)}"
    center = "Tallow Point Imaging"
    fax = (f"{tiny_date(nd)} 14:{rng.randint(10, 59)}  WTC HEALTH PROGRAM CLAIMS  859-555-{digits(rng, 4)}  ->  "
           f"TALLOW POINT IMG  201-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Nationwide Provider Network - Claims")
    p.f(7.4)
    for ln in [f"To: {center}", "Attn: Billing", f"{rng.randint(100, 980)} River Rd, Edgewater NJ 07{rng.randint(10, 99)}0"]:
        p.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER CLAIM DETERMINATION - SERVICE NOT AUTHORIZED", 8.6, "B")
    p.ln(1)
    p.capgrid([
        [("Determination date", fdate(nd, "slash"), 34), ("Claim number", claim, 38), ("Billing NPI", digits(rng, 10), 34),
         ("Tax ID", f"22-{digits(rng, 7)}", 30), ("Patient account", f"TPI{digits(rng, 7)}", 46)],
        [("Member", mem, 52), ("WTC member ID", mid, 36), ("Date of birth", fdate(dob, "slash"), 30),
         ("Rendering provider", center, 64)],
        [("Date of service", fdate(dos, "slash"), 32), ("CPT", "70486", 18), ("Description", "CT maxillofacial w/o contrast", 52),
         ("Billed", money(billed), 26), ("Paid", "$0.00", 22), ("Reason", "TA1", 20)],
        [("Treatment authorization", "NONE ON FILE", 46), ("Certified condition billed", "J32.9 chronic sinusitis", 60)],
    ], cap=5.8, val=7.4)
    p.ln(1)
    p.para("TA1  Treatment not authorized. Advanced imaging for a certified WTC-related health condition must be "
           "authorized by the Program before the service. No treatment authorization was on file for this member "
           "and date of service. The member may not be billed for this service.", 7.2)
    p.add_page()
    p.band("RECONSIDERATION", 7.4)
    p.para("You may ask for reconsideration within 90 days of the date of this determination. Include the "
           "treatment authorization number if one was issued, or the ordering physician's notes. A member's own "
           "appeal of a treatment decision must be postmarked within 60 calendar days of the member's letter.", 7.2)
    p.para(f"Provider Services 1-888-555-{digits(rng, 4)}. Form WTCHP-NPN-CD (rev. 01/2026).", 7.2)
    t = truth("denial_letter", "prior_authorization", insurer=PROG, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=center,
              appeal_deadline=plus(nd, 90).isoformat())
    return out(p), t


def faxstd_small_letter(rng):
    mem, first, _, last = person(rng)
    mid = _mid(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(nd, -rng.randint(25, 40))
    billed = amount(rng, 180, 260)
    claim = f"W{digits(rng, 10)}"
    practice = "Bellhaven Internal Medicine"
    fax = (f"{tiny_date(nd)} 10:{rng.randint(10, 59)}  FROM: WTC HP MEMBER SVCS  TO: {last.upper()}  "
           f"718-555-{digits(rng, 4)}  PAGE {{n}}")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Member Services")
    p.pairs([("Date", fdate(nd, "long")), ("Member ID", mid), ("Claim", claim)], label_w=22, size=7.6, h=3.8)
    p.ln(2)
    for ln in [mem, f"{rng.randint(100, 9800)} Bay Ridge Pkwy", f"Brooklyn NY 112{rng.randint(10, 39)}"]:
        p.line(ln, 7.6)
    p.ln(3)
    s = 7.2
    p.para(f"Dear {first} {last}:", s)
    p.para(f"We received a claim for an office visit on {fdate(dos, 'long')} (billed {money(billed)}). The visit "
           "was for high blood pressure (hypertension). Hypertension is not on the List of WTC-Related Health "
           "Conditions, and it is not one of your certified conditions, so the Program cannot pay this claim. You "
           "may use your other health insurance for this care.", s)
    p.para("Your certified WTC-related health conditions are chronic rhinosinusitis (certified 03/14/2019) and "
           "asthma (certified 08/02/2021). Care for those conditions continues to be covered.", s)
    p.para("If you disagree, you may appeal. Your appeal must be postmarked within 60 calendar days of the date of "
           "this letter. If you think a certified condition was treated at this visit, ask the doctor's office to "
           "send us the visit notes with the appeal.", s)
    p.para("Earlier claims for your care this year were paid and are not affected by this letter. The Program does "
           "not pay for care of conditions other than certified conditions, even when you are seen at a network "
           "office. For example, if a visit treats both a certified condition and another condition, the Program "
           "pays only for the part of the visit for the certified condition.", s)
    p.para("Sincerely,\nClaims Review, Member Services\n" + PROG, s)
    p.ln(2)
    p.para(f"cc: {practice}", s)
    p.boilerplate(PROG, f"1-888-555-{digits(rng, 4)}", size=6.4)
    t = truth("denial_letter", "not_covered", insurer=PROG, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=practice,
              appeal_deadline=plus(nd, 60).isoformat())
    return out(p), t


def scan300_stack(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 6))
    practice = "Greystone Spine & Pain Associates"
    doc = "Tobias R. Achterberg"
    ovp = f"OP-{digits(rng, 7)}"
    d = sorted([dt.date(2026, 2, rng.randint(2, 12)), dt.date(2026, 2, rng.randint(16, 26)),
                dt.date(2026, 3, rng.randint(2, 12))])
    cl = [f"W{digits(rng, 10)}" for _ in d]
    b = [amount(rng, 420, 700), amount(rng, 420, 700), amount(rng, 150, 240)]
    pd = [round(x * 0.62, 2) for x in b]
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng, "Program Integrity - Overpayments")
    p.right_block([("Letter date:", fdate(nd, "slash")), ("Overpayment no.:", ovp), ("Provider:", practice),
                   ("NPI:", digits(rng, 10))], w=110, size=8.6)
    p.ln(3)
    p.line("NOTICE OF OVERPAYMENT AND RECOVERY", 11, "B")
    p.ln(2)
    p.para(f"To the billing office of {practice}:", 9.4)
    p.para(f"A post-payment review found that the Program paid the claims below for treatment of lumbar "
           f"radiculopathy for member {mem} (WTC member ID {mid}). Lumbar radiculopathy is not a certified "
           f"WTC-related health condition for this member, and no treatment authorization was issued. The "
           f"payments were made in error and will be recovered.", 9.4)
    rows = [[cl[i], fdate(d[i], "slash"), "64483", doc, money(b[i], "nosign"), money(pd[i], "nosign")]
            for i in range(3)]
    rows.append(["", "", "", "Total", money(sum(b), "nosign"), money(sum(pd), "nosign")])
    p.table(["Claim", "Date of service", "CPT", "Rendering", "Billed", "Paid (to recover)"], rows,
            [34, 28, 16, 48, 22, 26], size=8.4, bold_last=True)
    p.para(f"Amount to be recovered: {money(sum(pd))}. Unless you repay or dispute it, we will offset this "
           "amount from future payments to you beginning 30 days from the date of this letter.", 9.4)
    p.para("If you disagree, send a written dispute with supporting records within 45 days of the date of this "
           "letter. The member's own appeal rights (60 calendar days) are described in the member's letter.", 9.4)
    doc1 = (out(p), truth("denial_letter", "not_covered", insurer=PROG, member_id=mid, member_name=mem,
                          cases=[ovp] + cl, claim_amount=m2(sum(b)), service_dates=[span(x) for x in d],
                          denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 45).isoformat(),
                          alternates={"provider": [practice], "claim_amount": [m2(sum(pd))],
                                      "case_numbers": [[ovp], cl]},
                          denial_alternates=["other"]))
    mem2 = person(rng)[0]
    mid2 = _mid(rng)
    ad = plus(nd, rng.randint(3, 9))
    ta = f"TA-26-{digits(rng, 6)}"
    sup = "Northwind Respiratory Supply"
    q = DLSheet(footer=None)
    q.set_margins(20, 12, 20)
    q.add_page()
    _head(q, rng, "Treatment Authorization Unit")
    q.set_fill_color(235, 235, 235)
    q.f(10.5, "B")
    q.multi_cell(0, 6, f"Treatment Authorization Approved\n{fdate(ad, 'abbr')}  |  Authorization {ta}", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    q.charboxes("Member ID", mid2)
    q.pairs([("Member", mem2), ("Certified condition", "Obstructive sleep apnea (certified 11/09/2022)"),
             ("Supplier", sup), ("Items", "CPAP mask, tubing and filters (A7030, A4604, A7038)"),
             ("Authorized period", "07/01/2026 - 12/31/2026")], label_w=42, size=9)
    q.ln(2)
    q.para("We approved your Clinical Center physician's request. The supplies are for a certified WTC-related "
           "health condition and are medically necessary. The supplier will bill the Program directly; you do not "
           "pay anything for these items.", 9.6)
    q.para("Supplies after the authorized period need a new request from your physician.", 9.6)
    doc2 = (out(q), truth("other", None, insurer=PROG, member_id=mid2, member_name=mem2, cases=[ta],
                          service_dates=["2026-07-01/2026-12-31"], denial_date=ad.isoformat(), provider=sup,
                          alternates={"service_dates": [[]]}))
    return [doc1, doc2]


def phone_appeal(rng):
    mem, first, _, last = person(rng)
    mid = _mid(rng)
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 3, rng.randint(2, 13))
    billed = amount(rng, 900, 1400)
    appeal = f"AP-{digits(rng, 6)}"
    claim = f"W{digits(rng, 10)}"
    cardio = "Northfield Heart & Vascular"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Appeals Coordinator")
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [mem, f"{rng.randint(100, 9800)} Hylan Blvd", f"Staten Island NY 103{rng.randint(10, 14)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Services from {cardio} on {fdate(dos, 'long')}", f"Appeal {appeal}  |  Claim {claim}"])
    p.para(f"Dear {first} {last}:", 10)
    p.para("You appealed our decision not to pay for a cardiac stress test with imaging. A Program physician who "
           "did not make the first decision reviewed your appeal, your records and the letter from your doctor.",
           10)
    p.para("**Decision: the denial is upheld.** Coronary artery disease is not on the List of WTC-Related Health "
           "Conditions and is not one of your certified conditions. The records do not show that the test was "
           "needed to treat a certified condition (your asthma).", 10)
    p.pairs([("Member ID", mid), ("Amount billed", money(billed)), ("Program payment", "$0.00")], label_w=38,
            size=9.6)
    p.ln(2)
    p.para("This is the Program's final decision on this appeal. It does not stop you from asking your Clinical "
           "Center physician to request certification of a new condition at any time.", 10)
    p.para(f"Appeals Coordinator\n{PROG}", 10)
    t = truth("denial_letter", "not_covered", insurer=PROG, member_id=mid, member_name=mem, cases=[appeal, claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=cardio,
              alternates={"case_numbers": [[appeal], [claim]]})
    return out(p), t


def rotated_statement(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    sd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    d = sorted([dt.date(2026, 3, rng.randint(2, 9)), dt.date(2026, 3, rng.randint(16, 20)),
                dt.date(2026, 4, rng.randint(1, 8)), dt.date(2026, 4, rng.randint(14, 22))])
    svc = [("94010", "Spirometry"), ("99214", "Office visit, pulmonary"), ("11102", "Skin biopsy (dermatology)"),
           ("31231", "Nasal endoscopy")]
    b = [amount(rng, 90, 140), amount(rng, 160, 230), amount(rng, 210, 300), amount(rng, 280, 390)]
    deny = 2
    acct = f"WF-{digits(rng, 7)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.letterhead(CCE, ["WTC Health Program clinical center  |  Jersey City NJ 07310-" + digits(rng, 4),
                       f"Billing questions 201-555-{digits(rng, 4)}"])
    p.line("STATEMENT OF ACCOUNT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "iso")), ("Account:", acct), ("Patient:", mem),
                   ("WTC member ID:", mid)], w=100, size=8.6)
    p.ln(4)
    rows = []
    for i, (code, desc) in enumerate(svc):
        if i == deny:
            rows.append([fdate(d[i], "slash"), code, desc, money(b[i], "nosign"), "0.00", "NOT COVERED",
                         money(b[i], "nosign")])
        else:
            rows.append([fdate(d[i], "slash"), code, desc, money(b[i], "nosign"), money(b[i], "nosign"),
                         "Paid", "0.00"])
    rows.append(["", "", "Totals", money(sum(b), "nosign"), money(sum(b) - b[deny], "nosign"), "",
                 money(b[deny], "nosign")])
    p.table(["Date", "Code", "Service", "Charge", "WTC HP paid", "Status", "You owe"], rows,
            [22, 14, 48, 20, 22, 26, 22], size=8.4, bold_last=True, aligns=["L", "L", "L", "R", "R", "L", "R"])
    p.para(f"The WTC Health Program paid for your care of certified conditions. It did not pay for the skin biopsy "
           f"on {fdate(d[deny], 'long')}: a skin condition is not one of your certified WTC-related health "
           "conditions. That charge is now your responsibility. If you have other health insurance, give us the "
           "card and we will bill it.", 8.8)
    p.para("Please pay within 30 days or call us to set up a payment plan.", 8.8)
    t = truth("other", None, insurer=PROG, member_id=mid, member_name=mem, claim_amount=m2(b[deny]),
              service_dates=[span(d[deny])], denial_date=sd.isoformat(), provider=CCE, unscored=["insurer"],
              alternates={"claim_amount": [None, m2(sum(b))], "service_dates": [[span(x) for x in d]]})
    return out(p), t


def lowres_spanish(rng):
    mem, first, _, last = person(rng)
    mid = _mid(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(20, 35))
    billed = amount(rng, 150, 240)
    claim = f"W{digits(rng, 10)}"
    prov = "Dr. Esteban Salcedo"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación de pago", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", mid),
             ("Número de reclamo", claim), ("Fecha de servicio", fdate(dos, "slash")),
             ("Proveedor", prov), ("Cargo facturado", money(billed))], label_w=46, size=9.4)
    p.ln(3)
    p.para(f"Estimado(a) {first} {last}:", 9.8)
    p.para("El Programa de Salud del World Trade Center paga el tratamiento médicamente necesario de las afecciones "
           "certificadas como relacionadas con el WTC. La visita de esta fecha fue para la diabetes tipo 2. La "
           "diabetes no está en la lista de afecciones relacionadas con el WTC y no es una de sus afecciones "
           "certificadas. Por eso el Programa no puede pagar este reclamo.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar esta decisión. Su solicitud debe tener matasellos dentro de los "
           "60 días calendario a partir de la fecha de esta carta. Su fecha de nacimiento y sus afecciones "
           "certificadas (asma, certificada el 02/05/2020) no cambian con este aviso.", 9.8)
    p.para(f"Servicios para Miembros, {PROG}", 9.8)
    p.boilerplate(PROG, f"1-888-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PROG, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider="Esteban Salcedo", appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ["Programa de Salud del World Trade Center"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_treatment_authorization_denial_date_in_title_only", "born_digital", [bd_ta_denial(rng)]),
        Item(F + "faxstd_provider_claim_determination_caption_boxes", "fax_standard_g4", [faxstd_provider_form(rng)]),
        Item(F + "faxstd_small_type_member_letter_provider_only_in_cc", "fax_standard_g4", [faxstd_small_letter(rng)]),
        Item(F + "scan300_stack_overpayment_letter_blank_then_approval", "scan_clean_300", scan300_stack(rng),
             separators=["blank", None]),
        Item(F + "phone_upheld_appeal_provider_only_in_subject_line", "phone_photo", [phone_appeal(rng)]),
        Item(F + "rotated_clinical_center_statement_one_row_not_covered", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_spanish_treatment_not_certified_denial", "scan_lowres_150", [lowres_spanish(rng)]),
    ]
