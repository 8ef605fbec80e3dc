"""An invented commercial plan (Gable Heron Health Plan) denying second-opinion consultations with specialists outside
its network: the plan pays a second opinion on a recommended surgery or a new cancer diagnosis only from a network
physician unless it approved an out-of-network referral first (no network specialist within reach), and pays one
second opinion per diagnosis. CPT codes appear as themselves; the plan, its rules, every specialist, practice,
laboratory, person, number and phone (555, TTY 711) is invented.

Documents (8 in 7 files):
- clean_eob_four_claims_consult_your_responsibility: a member EOB, four claims; the out-of-network neurosurgeon's
  consultation has plan paid $0.00 and "the amount shown is your responsibility" with code N5 (no "denied");
  "within 180 days after you receive" (no computable deadline).
- faxstd_capbox_notice_to_specialist_payable_only_when: a claim notice to the specialist's practice on a standard
  fax, captioned boxes, the patient a dependent with the subscriber and "Subscriber No." beside her, the referring
  physician and NPIs as decoys; "this service is payable only when ...".
- phone_specialist_statement_insurance_on_file_remit_to: the oncology practice's own statement, photographed: the
  name beside a box heading, "Insurance on file: <plan> <number>", a remit-to billing office elsewhere, three
  lines, the consultation the plan did not pay (denies nothing).
- lowres_es_third_opinion_no_tiene_cobertura: a Spanish member letter at 150 dpi, day-first dates written out too;
  a third opinion on the same diagnosis "no tiene cobertura" (not_covered); the paid second opinion as a decoy.
- rotated_preservice_we_cannot_approve_academic_center: a pre-service letter fed sideways; "we cannot approve" an
  out-of-network second opinion because network specialists are within reach; the planned date, the requesting
  urologist, the listed network specialists and the received date as decoys.
- photocopy_appeal_upheld_member_no_on_reply_slip: an upheld first-level appeal ("we are unable to pay"), the
  member number printed only on the reply slip and in a barcode caption; 60-day second-level appeal, external
  review decoy.
- finefax_stack_in_network_referral_approved_blank_then_lab_no_benefits_upside_down: an approved in-network
  second-opinion referral (denies nothing), a blank separator, then a pathology laboratory's slide review "no
  benefits are available" (out of network), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdof import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "second_opinion_consultation_out_of_network_denial"
LANG = "en"
SEED = 352605
INS = "Gable Heron Health Plan"
ALT = ["Gable Heron"]
GROUP = "GH-40718"
SPINE = "Stillwater Spine & Neurosurgery Institute"
ONC = "Harborline Oncology Consultants"


def gh_id(rng):
    return f"GHP{digits(rng, 9)}"


def _head(p: DOSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Raleigh NC 276{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def clean_eob(rng):
    member, pcp, surgeon, pt = people(rng, 4)
    mid = gh_id(rng)
    sd = dt.date(2026, 4, rng.randint(6, 17))
    base = dt.date(2026, 3, rng.randint(2, 6))
    src = [(base, f"Dr. {pcp}", "99214 Office visit", "I"),
           (plus(base, 4), "Copper Valley Imaging", "72148 MRI lumbar spine", "I"),
           (plus(base, 11), f"Dr. {surgeon}, MD", "99244 Consultation (second opinion)", "O"),
           (plus(base, 15), f"{pt}, PT", "97161 PT evaluation", "I")]
    deny = 2
    rows, billed, claims = [], [], []
    for i, (d, pv, svc, net) in enumerate(src):
        c = amount(rng, 140, 1450) if i == 1 else amount(rng, 110, 460)
        billed.append(c)
        n = f"{digits(rng, 5)}-{digits(rng, 6)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, net, svc, money(c, "nosign"), "0.00", "0.00", money(c, "nosign"), "N5"])
        else:
            alw = round(c * 0.58, 2)
            you = 35.0 if i != 1 else round(alw * 0.2, 2)
            rows.append([n, fdate(d, "slash"), pv, net, svc, money(c, "nosign"), money(alw, "nosign"),
                         money(alw - you, "nosign"), money(you, "nosign"), "A1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("Explanation of Benefits", 13, "B")
    p.ln(1)
    p.capstrip([("Date issued", fdate(sd, "abbr")), ("Member", member), ("Member ID", mid), ("Group", GROUP),
                ("Plan", "Heron Choice PPO")])
    p.capstrip([("Plan year", "Jan 1, 2026 - Dec 31, 2026"), ("Deductible met", "$1,500.00 of $1,500.00"),
                ("Network key", "I = in network, O = out of network")])
    p.ln(3)
    p.table(["Claim", "Date", "Provider", "Net", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Code"],
            rows, [28, 20, 48, 10, 62, 20, 20, 20, 20, 10], size=7.8,
            aligns=["L", "L", "L", "C", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** A1 Paid at the network benefit after your copay or coinsurance. N5 The amount shown is your "
           "responsibility. This physician is not in the Gable Heron network. Your plan pays for a second opinion "
           "from a network physician, or from an out-of-network physician when we approve the referral before the "
           "visit; we have no approval on file.", 8.5)
    p.para("**Your rights.** You may appeal within 180 days after you receive this statement. If waiting would "
           "seriously harm your health, ask for an urgent appeal (decided within 72 hours). You may also have a "
           "right to an external review.", 8.5)
    t = truth("eob", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=member,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])],
              denial_date=sd.isoformat(), provider=surgeon, alternates={"insurer": ALT})
    return out(p), t


def faxstd_capbox(rng):
    patient, sub, surgeon, refdoc = people(rng, 4)
    mid = gh_id(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    sv = plus(nd, -rng.randint(18, 30))
    billed = amount(rng, 380, 720)
    clm = f"{digits(rng, 5)}-{digits(rng, 6)}"
    ref = f"CN26{digits(rng, 7)}"
    fax = f"{nd.strftime('%m/%d/%y')} 13:{rng.randint(10, 59)}  GABLE HERON PROV SVCS  919-555-{digits(rng, 4)}  PAGE {{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE", 11.5, "B")
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Claim number", clm), ("Notice reference", ref),
                ("Received", fdate(plus(sv, 6), "slash"))])
    p.capstrip([("Billing provider", SPINE), ("Billing NPI", digits(rng, 10)),
                ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}")], [90, 45, 52.9])
    p.capstrip([("Rendering provider", f"{surgeon}, MD"), ("Rendering NPI", digits(rng, 10)),
                ("Network status", "Non-participating")], [90, 45, 52.9])
    p.capstrip([("Patient (spouse)", patient), ("Subscriber", sub), ("Subscriber No.", mid)], [70, 65, 52.9])
    p.capstrip([("Date of service", fdate(sv, "slash")), ("CPT", "99245 Office consultation"),
                ("Total charges", money(billed))], [70, 65, 52.9])
    p.capstrip([("Referring physician", f"Dr. {refdoc}"), ("Referring NPI", digits(rng, 10)),
                ("Group", GROUP)], [70, 65, 52.9])
    p.ln(4)
    p.line("Determination: no payment", 10.5, "B")
    p.ln(1)
    p.para("This service is payable only when the consulting physician participates in the Gable Heron network, "
           "or when the plan approved an out-of-network second-opinion referral before the date of service. The "
           "rendering physician does not participate and no referral approval is on file for this member. As a "
           "non-participating provider you may bill the patient under the terms you agreed with the patient.", 9.4)
    p.para("To dispute this determination, send a reconsideration request with the claim number within 90 days of "
           "the date of this notice. Include any approval letter or emergency documentation.", 9.4)
    p.para(f"{INS}  -  Provider Services", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm, ref], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=surgeon, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [SPINE], "case_numbers": [[clm], [ref]]})
    return out(p), t


def phone_statement(rng):
    patient, onc = people(rng, 2)
    mid = gh_id(rng)
    sd = dt.date(2026, 6, rng.randint(8, 24))
    cons = dt.date(2026, 5, rng.randint(4, 12))
    rows_src = [(cons, "99245 Second opinion consultation"), (cons, "88321 Outside slide review"),
                (plus(cons, 9), "99358 Extended records review")]
    deny = 0
    ch = [amount(rng, 420, 690), amount(rng, 160, 260), amount(rng, 140, 230)]
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.sidehead(ONC, "ACCOUNT STATEMENT", f"{rng.randint(100, 9800)} Tryon St, Suite 400, Charlotte NC "
               f"282{rng.randint(10, 99)}  |  704-555-{digits(rng, 4)}  |  harborline-onc.example")
    p.pairs([("Statement date", fdate(sd, "long")), ("Patient", patient), ("Account no.", f"H{digits(rng, 7)}"),
             ("Physician", f"Dr. {onc}")], label_w=34, size=9.2)
    p.f(9)
    p.cell(0, 5, f"Insurance on file: Gable Heron Health Plan {mid}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    rows = []
    for i, ((d, svc), c) in enumerate(zip(rows_src, ch)):
        if i == deny:
            rows.append([fdate(d, "slash"), svc, money(c), "0.00", "Ins. processed - patient resp.", money(c)])
        elif i == 1:
            rows.append([fdate(d, "slash"), svc, money(c), "", "Pending with insurance", ""])
        else:
            rows.append([fdate(d, "slash"), svc, money(c), "", "Not yet billed", ""])
    rows.append(["", "Amount due now", "", "", "", money(ch[deny])])
    p.table(["Date", "Description", "Charge", "Ins. paid", "Status", "Due"], rows, [22, 58, 22, 18, 42, 18],
            size=8.3, bold_last=True)
    p.para(f"Your insurance processed the consultation with Dr. {onc} and paid nothing because our practice is not "
           "in its network. The amount shown is now your balance. If you believe your plan approved this visit, "
           "send us the approval letter and we will bill the plan again.", 9)
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["Harborline Physician Billing Services", f"PO Box {rng.randint(2000, 9000)}", f"Columbia SC 292{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(ch[deny]),
              service_dates=[span(cons)], denial_date=sd.isoformat(), provider=ONC, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [onc]})
    return out(p), t


def lowres_es(rng):
    patient, third, second = people(rng, 3)
    mid = gh_id(rng)
    nd = dt.date(2026, 8, rng.randint(3, 12))
    sv = dt.date(2026, 7, rng.randint(1, 12))
    prev = dt.date(2026, 5, rng.randint(13, 28))
    billed = amount(rng, 300, 560)
    clm = f"{digits(rng, 5)}-{digits(rng, 6)}"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line(f"Fecha: {fdate(nd, 'dmy', 'es')}   ({fdate(nd, 'long', 'es')})", 10)
    p.ln(2)
    for ln in [patient, f"{rng.randint(100, 9800)} Calle Las Flores", f"Durham NC 277{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", mid), ("Número de reclamo", clm), ("Grupo", GROUP)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"Recibimos el reclamo de la consulta que tuvo con el Dr. {third} el {fdate(sv, 'dmy', 'es')} "
           f"({fdate(sv, 'long', 'es')}), por {money(billed)}. La consulta fue para dar otra opinión sobre la cirugía "
           "de rodilla que le recomendaron.", 10)
    p.para(f"Su plan paga una segunda opinión por cada diagnóstico. Ya pagamos la segunda opinión que le dio el "
           f"Dr. {second} el {fdate(prev, 'long', 'es')} sobre la misma rodilla. Una tercera opinión sobre el mismo "
           "diagnóstico no tiene cobertura en su plan, aunque el médico esté en la red.", 10)
    p.para("Si no está de acuerdo, puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
           "Si su salud corre peligro, pida una apelación urgente (72 horas).", 10)
    p.para(f"Atentamente,\nServicios para Miembros\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=third, appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_preservice(rng):
    patient, requested, uro, n1, n2 = people(rng, 5)
    mid = gh_id(rng)
    nd = dt.date(2026, 9, rng.randint(8, 18))
    rec = plus(nd, -rng.randint(4, 9))
    planned = plus(nd, rng.randint(12, 25))
    req = f"UM-{digits(rng, 4)}-{digits(rng, 5)}"
    center = "Mercer Ridge University Cancer Center"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    p.pairs([("Member", patient), ("Member ID", mid), ("Request number", req), ("Request received", fdate(rec, "slash")),
             ("Requested by", f"Dr. {uro} (urology)"), ("Service requested", "Second opinion consultation, 99245"),
             ("Requested physician", f"Dr. {requested}, {center}"), ("Planned visit", fdate(planned, "slash"))],
            label_w=42, size=9.4)
    p.ln(2)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {uro} asked us to approve a second opinion on your prostate cancer treatment plan with Dr. "
           f"{requested} at {center}. Dr. {requested} and the center are not in the Gable Heron network.", 10)
    p.para(f"We cannot approve this request. Your plan covers a second opinion outside the network only when no "
           f"network specialist in that field practices within 60 miles of your home. Two network urologic "
           f"oncologists are within 25 miles: Dr. {n1} and Dr. {n2}. Either can see you for a second opinion at "
           "your network cost share, and you do not need approval for that visit.", 10)
    p.para("You may appeal this decision within 180 days of the date of this letter. If your doctor says waiting "
           "could seriously harm your health, ask for an expedited appeal; we decide those within 72 hours.", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient, cases=[req],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=requested,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [uro, center], "service_dates": [[]]})
    return out(p), t


def photocopy_appeal(rng):
    patient, surgeon, md = people(rng, 3)
    mid = gh_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 20))
    sv = dt.date(2026, 4, rng.randint(6, 24))
    billed = amount(rng, 390, 640)
    apl = f"AP-2026-{digits(rng, 5)}"
    clm = f"{digits(rng, 5)}-{digits(rng, 6)}"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Department")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "dash")), ("To", patient), ("Appeal", apl), ("Claim", clm),
             ("Visit", f"{fdate(sv, 'slash')}, consultation with Dr. {surgeon}"), ("Charge", money(billed))],
            label_w=20, size=9.2)
    p.ln(2)
    p.para(f"You asked us to pay for your visit with Dr. {surgeon} of {SPINE} for a second opinion on spinal fusion "
           "surgery. You told us your own surgeon suggested Dr. " f"{surgeon} by name.", 9.4)
    p.para("**Decision.** After review we are unable to pay this claim. A suggestion from your surgeon is not an "
           "approved referral. Your plan pays a second opinion outside the network only with our approval before "
           "the visit, and four network spine surgeons practice within 30 miles of you. The original decision "
           f"stands. Dr. {md}, who reviewed the appeal, is board certified in orthopedic surgery.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review by an independent review organization within 4 months after you "
           "receive our final decision.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    p.tear("Return this part with a second-level appeal")
    y = p.get_y()
    p.pairs([("Name", patient), ("Member number", mid), ("Appeal", apl)], label_w=36, size=8.6, h=4.6)
    p.barcode(122, y + 1, f"{mid} {apl}", rng.randint(0, 10 ** 6))
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [SPINE], "case_numbers": [[apl], [clm]]})
    return out(p), t


def finefax_stack(rng):
    patient, innet, path = people(rng, 3)
    mid = gh_id(rng)
    ad = dt.date(2026, 10, rng.randint(1, 9))
    ref = f"RF{digits(rng, 8)}"
    until = plus(ad, 90)
    fx = f"{ad.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  GABLE HERON UM  919-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fx)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(f"Date: {fdate(ad, 'long')}", 9.6)
    p.ln(2)
    p.line("SECOND OPINION REFERRAL - APPROVED", 11.5, "B")
    p.pairs([("Member", patient), ("Member ID", mid), ("Referral number", ref), ("Specialist", f"Dr. {innet}"),
             ("Network status", "Participating"), ("Visits", "1 consultation (99244 or 99245)"),
             ("Use by", fdate(until, "slash"))], label_w=40, size=9.4)
    p.ln(2)
    p.para("Your second opinion on the treatment of your thyroid nodule is approved with the network specialist "
           "above. Your usual specialist copay applies. Tests the specialist orders may need their own approval.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[ref],
                          denial_date=ad.isoformat(), provider=innet,
                          alternates={"insurer": ALT, "case_numbers": [[]]}))
    nd = dt.date(2026, 11, rng.randint(9, 20))
    sv = plus(nd, -rng.randint(15, 28))
    billed = amount(rng, 210, 480)
    clm = f"{digits(rng, 5)}-{digits(rng, 6)}"
    lab = "Cobalt Point Pathology Associates"
    fx2 = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  GABLE HERON CLAIMS  919-555-{digits(rng, 4)}  P{{n}}"
    q = DOSheet(footer=None, fax_hdr=fx2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE OF CLAIM DETERMINATION", 11.5, "B")
    q.pairs([("Notice date", fdate(nd, "abbr")), ("Member", patient), ("Member ID", mid), ("Claim", clm),
             ("Billed by", lab), ("Pathologist", f"Dr. {path}"), ("Service", "88321 consultation on referred slides"),
             ("Date of service", fdate(sv, "abbr")), ("Billed", money(billed))], label_w=38, size=9.4)
    q.ln(2)
    q.para(f"No benefits are available for this claim. {lab} is not in the Gable Heron network. Your referral "
           f"{ref} covers one consultation with Dr. {innet} only; it does not extend to a laboratory outside the "
           "network that reviewed your slides at another physician's request.", 9.6)
    q.para("You may appeal within 180 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=lab, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [path]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean_eob_four_claims_consult_your_responsibility", "scan_clean_300", [clean_eob(rng)]),
        Item(F + "faxstd_capbox_notice_to_specialist_payable_only_when", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_specialist_statement_insurance_on_file_remit_to", "phone_photo", [phone_statement(rng)]),
        Item(F + "lowres_es_third_opinion_no_tiene_cobertura", "scan_lowres_150", [lowres_es(rng)]),
        Item(F + "rotated_preservice_we_cannot_approve_academic_center", "rotated", [rotated_preservice(rng)]),
        Item(F + "photocopy_appeal_upheld_member_no_on_reply_slip", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_in_network_referral_approved_blank_then_lab_no_benefits_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
