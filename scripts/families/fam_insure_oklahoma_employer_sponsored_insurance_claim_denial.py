"""Letters and EOBs mirrored (structure and wording style only) from Insure Oklahoma's employer-sponsored insurance
(ESI) program: a small employer's group health plan from a private carrier, with the Oklahoma Health Care Authority
(OHCA) paying part of the premium and handling out-of-pocket help. Insure Oklahoma, the OHCA and the Oklahoma
Insurance Department appear as themselves; the carrier (Redbud Crossing Health Insurance Company), its plan, rules
and time limits, the employers, providers, every person, number and address are invented. Most facts are told in
sentences, spread over pages, under labels that change from file to file.

Documents (8 in 7 files):
- bd_eob_two_pages_mri_row_no_approval: a two-page member EOB: page 1 the member block (subscriber and patient the
  spouse), the employer, a plan year and totals; page 2 four claims, the lumbar MRI row 0.00 under "197 / PA3"
  (no approval before the scan); running "Statement no." footer and "Page 2 of 2".
- faxstd_prose_urgent_care_not_in_network: a prose letter on a standard fax, every claim fact in sentences (an
  urgent care clinic that "has not signed an agreement with us"), a form number with a revision date and an
  example claim number in the instructions.
- phone_es_cobertura_termino_al_dejar_empleo: a photographed Spanish letter: the employee's coverage ended when
  the employer reported the job ended, the visit came after; Insure Oklahoma's premium help named as a decoy.
- rotated_ohca_premium_assistance_approval: the OHCA's Insure Oklahoma notice approving premium assistance, labels
  under their values (denies nothing), fed sideways.
- lowres_three_page_letter_injection_not_shown_needed: a three-page letter at 150 dpi, the member block on page 1,
  the injection claim told in sentences on page 2, rights on page 3, a letter ID and "Page n of 3" on each page.
- photocopy_ohca_out_of_pocket_request_too_late: the OHCA's letter refusing an out-of-pocket reimbursement request
  sent in too late, labels printed to the right of their values.
- faxfine_stack_cover_clinic_statement_then_spouse_plan_first: a fax cover sheet, a family clinic's statement
  (insurance says another plan pays first; denies nothing), then the carrier's letter that the spouse's plan must
  pay first, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrc import DRSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "insure_oklahoma_employer_sponsored_insurance_claim_denial"
LANG = "en"
SEED = 353102
INS = "Redbud Crossing Health Insurance Company"
ALT = ["Redbud Crossing Health Insurance", "Redbud Crossing"]
OHCA = "Oklahoma Health Care Authority"
PLAN = "Redbud Small Group Silver 2500"
TOWNS = [("Enid", "737"), ("Lawton", "735"), ("Ardmore", "734"), ("Stillwater", "740"), ("Muskogee", "744")]


def rc_id(rng):
    return f"RCX{digits(rng, 9)}"


def group(rng):
    return f"{digits(rng, 6)}-{digits(rng, 3)}"


def clm(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}"


def io_id(rng):
    return digits(rng, 10)


def dob(rng, lo=1962, hi=2001):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def ok_addr(rng):
    town, z = rng.choice(TOWNS)
    return [f"{rng.randint(100, 9800)} {rng.choice(['W Maple Ave', 'N Garland Rd', 'E Cherokee St', 'S Elm Pl'])}",
            f"{town} OK {z}{rng.randint(10, 99)}-{digits(rng, 4)}"]


def employer(rng):
    return rng.choice(["Cimarron Tile & Stone LLC", "Wichita Mountain Feed Supply", "Turkey Creek Auto Body",
                       "Keystone Lake Dental Lab"])


def _head(p, rng, unit="Member Services", size=14):
    p.f(size, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  \u2022  PO Box {rng.randint(1200, 9800)}, Tulsa OK 741{rng.randint(10, 99)}-"
                 f"{digits(rng, 4)}  \u2022  1-866-555-{digits(rng, 4)}  \u2022  TTY 711", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(4)


def _ohca_head(p, rng, unit="Insure Oklahoma"):
    p.logo_head(OHCA, "OHCA", [f"{unit}  |  PO Box {rng.randint(18000, 18999)}, Oklahoma City OK 731"
                               f"{rng.randint(10, 99)}-{digits(rng, 4)}  |  1-888-555-{digits(rng, 4)}  |  "
                               f"TTY 711"], size=13)


def bd_eob(rng):
    sub, spouse, pcp, rad, ortho, lab = people(rng, 6)
    mid = rc_id(rng)
    grp = group(rng)
    emp = employer(rng)
    sd = dt.date(2026, rng.choice([4, 5]), rng.randint(4, 26))
    base = plus(sd, -rng.randint(40, 60))
    stno = f"EOB-{digits(rng, 10)}"
    src = [(base, "Red Earth Family Medicine", f"Dr. {pcp}", "99214 Office visit", amount(rng, 160, 240), False),
           (plus(base, 2), "Arbuckle Reference Lab", lab, "80053 Metabolic panel", amount(rng, 45, 90), False),
           (plus(base, 9), "Canadian River Imaging Center", f"Dr. {rad}", "72148 MRI lumbar spine",
            amount(rng, 1650, 2450), True),
           (plus(base, 16), "Ouachita Bone & Joint", f"Dr. {ortho}", "99204 New patient visit", amount(rng, 280, 390),
            False)]
    rows, claims, tb, tp, ty = [], [], 0, 0, 0
    deny = 2
    for d, bill, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        tb += c
        if den:
            ty += c
            rows.append([n, fdate(d, "slash"), bill, rend, svc, money(c, "nosign"), "0.00", "0.00", "0.00",
                         money(c, "nosign"), "197 PA3"])
        else:
            al = round(c * rng.uniform(0.5, 0.72), 2)
            you = round(al * 0.3, 2)
            tp += al - you
            ty += you
            rows.append([n, fdate(d, "slash"), bill, rend, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "0.00", "45"])
    rows.append(["", "", "", "", "Totals", money(tb, "nosign"), "", money(tp, "nosign"), "", "", ""])
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Statement no. {stno}  \u2022  {INS}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("YOUR EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 13, "B")
    p.ln(2)
    p.addr_pair("Mailed to", [sub, *ok_addr(rng)], "About this statement",
                [f"Statement date: {fdate(sd, 'long')}", f"Printed and mailed: {fdate(plus(sd, 2), 'slash')}",
                 f"Covered through your employer: {emp}"], split=0.45)
    p.capstrip([("Subscriber", sub), ("Subscriber number", mid), ("Patient on these claims", spouse),
                ("Relationship", "Spouse"), ("Group", grp)], [60, 48, 62, 30, 55.4])
    p.capstrip([("Plan", PLAN), ("Plan year", "01/01/2026 - 12/31/2026"), ("Patient date of birth",
                fdate(dob(rng), "slash")), ("Premium help", "Insure Oklahoma ESI (OHCA pays part)")],
               [62, 52, 46, 95.4])
    p.ln(4)
    p.bar("Summary of this statement", 10)
    p.pairs([("Claims on this statement", "4 (details on the next page)"), ("Total the providers billed", money(tb)),
             ("Total the plan paid", money(tp)), ("Total you may owe the providers", money(ty)),
             ("Deductible met so far", f"$1,{rng.randint(100, 900)}.00 of $2,500.00"),
             ("Out-of-pocket met so far", f"$1,{rng.randint(400, 990)}.{rng.randint(10, 99)} of $6,350.00")],
            label_w=80, size=9.6)
    p.para("Insure Oklahoma members: the Oklahoma Health Care Authority may pay back part of what you pay "
           "out of pocket. Send the OHCA a copy of this statement with its reimbursement form; the OHCA, not "
           "Redbud Crossing, decides those requests.", 8.6)
    p.add_page(orientation="L")
    p.f(8.5, "B")
    p.cell(0, 5, f"{sub}  \u2022  Subscriber number {mid}  \u2022  continued from page 1",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.table(["Claim number", "Date of service", "Billed by", "Treating provider", "Service", "Charged",
             "Plan allowed", "Plan paid", "Your share", "Not covered", "Notes"], rows,
            [28, 20, 42, 32, 34, 17, 17, 16, 16, 17, 16.4], size=7.7,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Notes.** 45: the charge is above the amount the provider agreed to; you do not pay the difference. "
           "197 / PA3: an MRI needs our approval before it is done, and no one asked us for one. The imaging center "
           "may not bill you for it while an appeal is open.", 8.6)
    p.para("**If you disagree.** Ask us for an appeal within 180 days of the date of this statement. If waiting "
           "could seriously harm your health, ask for a fast appeal; we answer within 72 hours. After our final "
           "decision you may ask the Oklahoma Insurance Department for an external review within 4 months.", 8.6)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=grp, member_id=mid,
              member_name=spouse, cases=[claims[deny]], claim_amount=m2(src[deny][4]),
              service_dates=[span(src[deny][0])], denial_date=sd.isoformat(), provider="Canadian River Imaging Center",
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [rad], "plan_id": [None]})
    return out(p), t


def faxstd_prose(rng):
    patient, doc = people(rng, 2)
    mid = rc_id(rng)
    grp = group(rng)
    nd = dt.date(2026, rng.choice([3, 4]), rng.randint(3, 27))
    dos = plus(nd, -rng.randint(20, 35))
    billed = amount(rng, 240, 480)
    ref = clm(rng)
    clinic = "Sallisaw Walk-In Clinic"
    fax = (f"{fdate(nd, 'short')} 09:{rng.randint(10, 59)}  FROM: REDBUD CROSSING 918-555-{digits(rng, 4)}  "
           f"TO: 5805550{digits(rng, 3)}  P. {{n}}")
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.para(fdate(nd, "long"), 10.5)
    for ln in [patient, *ok_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.para(f"Your member number with us: {mid}   Group {grp}", 10)
    p.para(f"Dear {patient}:", 10.5)
    p.para(f"On the visit you had with Dr. {doc} at {clinic} on {fdate(dos, 'long')}, the clinic billed us "
           f"{money(billed)}, and we are handling it under claim {ref}. We are not able to pay it.", 10.5)
    p.para(f"{clinic} has not signed an agreement with us, so it is outside the group of doctors and clinics your "
           f"plan, {PLAN}, uses. Your plan pays clinics outside that group only for an emergency or when we "
           "approved it first. A sore throat and cough seen during office hours is not an emergency under your "
           "plan, and there are two clinics in our group within 15 miles of your home.", 10.5)
    p.para("If you think we are wrong, write to us within 180 days of the date of this letter. Use form "
           "RC-APL-2 (Rev. 03/2026) or a letter of your own. Put the claim number on every page, for example "
           "write \"claim 26000-000000-00\", and send copies, not originals. Urgent appeals are answered within "
           f"72 hours. Fax 918-555-{digits(rng, 4)}  |  Phone 1-866-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Claims Department\n{INS}", 10.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=grp, member_id=mid,
              member_name=patient, cases=[ref], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "plan_id": [None]})
    return out(p), t


def phone_es(rng):
    patient, doc = people(rng, 2)
    mid = rc_id(rng)
    grp = group(rng)
    emp = employer(rng)
    end = dt.date(2026, 2, 28)
    dos = dt.date(2026, 3, rng.randint(5, 25))
    nd = plus(dos, rng.randint(25, 40))
    billed = amount(rng, 180, 420)
    ref = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("Aviso sobre un reclamo", 12.5, "B")
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, *ok_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"Recibimos la cuenta de la consulta que tuvo con la Dra. {doc} el {fdate(dos, 'long', 'es')}. El "
           f"consultorio nos cobró {money(billed)} y la registramos con el número {ref}. No podemos pagarla.", 10)
    p.para(f"Su empleador, {emp}, nos avisó que su trabajo terminó y que su cobertura del grupo {grp} terminó el "
           f"{fdate(end, 'long', 'es')}. La consulta fue después de esa fecha, cuando usted ya no tenía cobertura "
           "con nosotros. La ayuda de Insure Oklahoma para pagar la prima también termina cuando termina la "
           "cobertura del empleador; esa ayuda la maneja la Oklahoma Health Care Authority, no nosotros.", 10)
    p.para(f"Su número de suscriptor era {mid}. Si cree que la fecha de terminación está equivocada, pida a su "
           "empleador que nos lo diga por escrito, o apele dentro de 180 días a partir de la fecha de esta carta. "
           "Si su salud corre peligro, pida una apelación urgente (72 horas). Puede pedir una revisión externa al "
           "Oklahoma Insurance Department dentro de 4 meses después de nuestra decisión final.", 10)
    p.para(f"Llame al 1-866-555-{digits(rng, 4)} (TTY 711), de lunes a viernes.", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=mid, member_name=patient,
              cases=[ref], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_ohca(rng):
    emp_person, contact = people(rng, 2)
    iid = io_id(rng)
    emp = employer(rng)
    nd = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 27))
    rec = plus(nd, -rng.randint(10, 20))
    start = dt.date(nd.year, nd.month + 1, 1)
    case = f"CS{digits(rng, 8)}"
    prem = amount(rng, 520, 690)
    p = DRSheet(footer="Page {n} of {nb}", footer_left="IO-ESI-21 (Rev. 01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _ohca_head(p, rng)
    p.line("Insure Oklahoma - Employer-Sponsored Insurance", 12, "B")
    p.line("Notice of Approval: Premium Assistance", 11, "B")
    p.ln(3)
    for ln in [emp_person, *ok_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.under_row([("Date of this notice", fdate(nd, "long")), ("Member ID", iid), ("Case no.", case)])
    p.under_row([("Employee", emp_person), ("Employer", emp), ("Application received", fdate(rec, "slash"))])
    p.under_row([("Carrier", INS), ("Qualified plan", PLAN), ("Assistance begins", fdate(start, "slash"))], [84, 58, 37.9])
    p.ln(2)
    p.para("Good news. Your application for Insure Oklahoma premium assistance has been approved. Each month the "
           "Oklahoma Health Care Authority pays part of the premium for your employer's health plan, your employer "
           "pays part, and you pay the rest through payroll.", 10)
    p.table(["Monthly premium", "OHCA pays", "Employer pays", "You pay"],
            [[money(prem), money(round(prem * .6, 2)), money(round(prem * .25, 2)),
              money(round(prem - round(prem * .6, 2) - round(prem * .25, 2), 2))]], [43, 43, 43, 45.9], size=9)
    p.para("This notice is not a bill and is not about any medical claim. Questions about a claim go to your "
           f"carrier. Your employer's contact, {contact}, will be told about this approval. You must renew every "
           "12 months. If you disagree with the amount shown, you may file an appeal with the OHCA within 30 days "
           "of the date of this notice.", 9.6)
    t = truth("other", None, insurer=OHCA, member_id=iid, member_name=emp_person, denial_date=nd.isoformat(),
              alternates={"case_numbers": [[case]], "plan_id": [PLAN], "appeal_deadline": [plus(nd, 30).isoformat()]})
    return out(p), t


def lowres_three_pages(rng):
    patient, doc, pcp = people(rng, 3)
    mid = rc_id(rng)
    grp = group(rng)
    nd = dt.date(2026, rng.choice([5, 6]), rng.randint(3, 26))
    dos = plus(nd, -rng.randint(30, 45))
    billed = amount(rng, 1400, 2300)
    ref = f"UR{digits(rng, 9)}"
    letter = f"L26-{digits(rng, 7)}"
    center = "Kiamichi Spine & Pain Center"
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Letter {letter}", fax_hdr=f"{INS}  |  Letter {letter}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Medical Review")
    p.para(f"Mailed {fdate(plus(nd, 3), 'long')}", 10)
    for ln in [patient, *ok_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(4)
    p.para(f"Group {grp}  \u2022  Enrollee ID {mid}", 10)
    p.para(f"Dear {patient}:", 10.5)
    p.para(f"We have finished our review of a claim from your care this spring. We made our decision on "
           f"{fdate(nd, 'long')}. What we decided and why is on page 2; your rights, and how to ask us to look "
           "again, are on page 3. Please keep all three pages together.", 10.5)
    p.para("If you have questions, our member line is open from 8 a.m. to 6 p.m., Monday through Friday, at "
           f"1-866-555-{digits(rng, 4)} (TTY 711). Have the letter number at the bottom of this page ready.", 10.5)
    p.add_page()
    p.heading("What we decided", 12)
    p.para(f"{center} sent us a claim for a lumbar epidural steroid injection given by Dr. {doc} on "
           f"{fdate(dos, 'long')}. The center charged {money(billed)} for it. We have given this review the "
           f"number {ref}. We will not pay for the injection.", 10.5)
    p.para("A nurse and a doctor who treats back pain read the records the center sent. Your back pain began about "
           "three weeks before the injection. The notes do not show that physical therapy, medicines or other "
           f"simpler care were tried first, and your earlier visit with Dr. {pcp} on another date does not mention "
           "leg pain or numbness. For those reasons the records do not show the injection was needed at that "
           "time.", 10.5)
    p.para("The center may not bill you more than your plan's share while you appeal.", 10.5)
    p.add_page()
    p.heading("Your rights", 12)
    p.para("You may ask for an appeal within 180 days of the date of our decision. Send a letter, or form RC-APL-2 "
           "(Rev. 03/2026), and any notes from your doctors that we did not see. If waiting could seriously harm "
           "your health, ask for an expedited appeal; we answer within 72 hours.", 10.5)
    p.para("After our final decision you may ask the Oklahoma Insurance Department for an independent external "
           "review within 4 months. You may also contact your employer's plan administrator.", 10.5)
    p.para(f"Sincerely,\n\nMedical Review\n{INS}", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=grp, member_id=mid, member_name=patient,
              cases=[ref], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [center], "denial_date": [plus(nd, 3).isoformat()]})
    return out(p), t


def photocopy_ohca_oop(rng):
    patient, doc = people(rng, 2)
    iid = io_id(rng)
    nd = dt.date(2026, rng.choice([4, 5]), rng.randint(4, 26))
    dos = dt.date(2025, rng.choice([8, 9]), rng.randint(2, 26))
    eob_d = plus(dos, rng.randint(25, 40))
    rec = plus(nd, -rng.randint(8, 15))
    billed = amount(rng, 900, 1600)
    asked = amount(rng, 210, 480)
    req = f"RMB-26-{digits(rng, 6)}"
    carrier_claim = clm(rng)
    hosp = "Chickasaw Trail Outpatient Surgery"
    p = DRSheet(footer="Page {n} of {nb}", footer_left="IO-OOP-4 (Rev. 03/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _ohca_head(p, rng, "Insure Oklahoma - Member Reimbursement")
    p.line("Out-of-Pocket Reimbursement: Notice of Decision", 12, "B")
    p.ln(3)
    for ln in [patient, *ok_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.right_pairs([("Decision made on", fdate(nd, "long")), ("Matter no.", req), ("Insure Oklahoma member", iid),
                   ("Request received", fdate(rec, "slash")), ("Where you got care", hosp),
                   ("Date you got care", fdate(dos, "slash")), ("Amount the facility charged", money(billed)),
                   ("Amount you asked us to pay back", money(asked)), ("Carrier claim on the EOB", carrier_claim),
                   ("Carrier", INS)], value_w=96)
    p.bar("Our decision: we cannot pay back this amount")
    p.para(f"You sent us the carrier's explanation of benefits dated {fdate(eob_d, 'slash')} for care with Dr. "
           f"{doc}. Requests to pay back out-of-pocket costs must reach us within 90 days after the date on the "
           "carrier's statement. Yours reached us long after that, so we cannot consider it.", 9.8)
    p.para("If you think this is wrong, you may file an appeal with the OHCA within 30 days of the date of this "
           "notice. Write "
           "your matter number on the request, for example \"Matter no. RMB-26-000000\". This decision does not "
           "change what your carrier paid; questions about the claim itself go to the carrier.", 9.6)
    t = truth("denial_letter", "timely_filing", insurer=OHCA, member_id=iid, member_name=patient,
              cases=[req], claim_amount=m2(asked), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"claim_amount": [m2(billed)], "provider": [doc], "case_numbers": [[req, carrier_claim]],
                          "insurer": ["Oklahoma Health Care Authority (OHCA)"]})
    return out(p), t


def faxfine_stack(rng):
    patient, spouse, doc = people(rng, 3)
    mid = rc_id(rng)
    grp = group(rng)
    dos = dt.date(2026, rng.choice([2, 3]), rng.randint(3, 24))
    sd = plus(dos, rng.randint(40, 55))
    billed = amount(rng, 190, 360)
    clinic = "Pecan Grove Family Practice"
    acct = f"PG{digits(rng, 7)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(clinic, "PGFP", [f"{rng.randint(100, 900)} N Broadway, Shawnee OK 748{rng.randint(10, 99)}  |  "
                                 f"Billing 405-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"], box="STATEMENT")
    p.addr_pair("Responsible party", [patient, *ok_addr(rng)], "Please pay by",
                [fdate(plus(sd, 30), "slash"), f"Account {acct}"])
    p.grid([[("Statement date", fdate(sd, "slash")), ("Patient", patient), ("Seen by", f"Dr. {doc}")],
            [("Primary insurance on file", INS), ("ID on card", mid), ("Insurance status", "Pending - other plan")]],
           size=8.6)
    p.table(["Date", "Code", "Description", "Charge"],
            [[fdate(dos, "slash"), "99213", "Office visit, established", money(round(billed - 38.0, 2), "nosign")],
             [fdate(dos, "slash"), "87880", "Strep test, rapid", "38.00"],
             ["", "", "Total charges", money(billed, "nosign")]], [28, 22, 90, 39.9], size=9,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Your insurance company tells us another plan should pay first. Please bring the other plan's card to "
           "your next visit or call our billing office; we will rebill.", 9.4)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(billed),
                          service_dates=[span(dos)], denial_date=sd.isoformat(), provider=clinic,
                          unscored=["insurer"], alternates={"provider": [doc], "member_id": [None]}))
    nd = plus(dos, rng.randint(28, 36))
    ref = clm(rng)
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Coordination of Benefits Unit")
    q.capstrip([("Decision made on", fdate(nd, "long")), ("Our file", ref), ("Enrollee", patient),
                ("Subscriber no.", mid)], [40, 42, 52, 41.9])
    q.capstrip([("Subscriber", spouse), ("Group", grp)], [92, 83.9])
    q.ln(4)
    q.para(f"Dear {patient}:", 10)
    q.para(f"We received the bill from {clinic} for your visit on {fdate(dos, 'long')}, {money(billed)} in all. "
           f"On our plan you are covered as the spouse of the employee, {spouse}. Our records show that you also "
           "have a group health plan through your own job. When a person has two group plans, the plan where the "
           "person is the employee pays first, so your own job's plan must look at this visit before we do. "
           "Please send the clinic's bill to that plan first, then send us its statement.", 10)
    q.para("If our records are wrong, fill in the other-coverage form (RC-COB-1, Rev. 11/2025) and return it. You may "
           "also appeal within 180 days of the date of this letter. Fast appeals (72 hours) are for urgent care "
           f"only.", 9.8)
    q.para(f"Coordination of Benefits Unit\n{INS}", 10)
    doc2 = (out(q), truth("denial_letter", "other", insurer=INS, group=grp, member_id=mid, member_name=patient,
                          cases=[ref], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=clinic, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_two_pages_mri_row_no_approval", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_prose_urgent_care_not_in_network", "fax_standard_g4", [faxstd_prose(rng)]),
        Item(F + "phone_es_cobertura_termino_al_dejar_empleo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_ohca_premium_assistance_approval", "rotated", [rotated_ohca(rng)]),
        Item(F + "lowres_three_page_letter_injection_not_shown_needed", "scan_lowres_150", [lowres_three_pages(rng)]),
        Item(F + "photocopy_ohca_out_of_pocket_request_too_late", "photocopy", [photocopy_ohca_oop(rng)]),
        Item(F + "faxfine_stack_cover_clinic_statement_then_spouse_plan_first", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
