"""Claim decisions from an invented local plan administering Federal Employee Program (FEP) benefits under the
Federal Employees Health Benefits (FEHB) Program, mirroring the structure and wording style of such carriers'
claim letters and of the FEHB disputed-claims steps (reconsideration by the plan within 6 months, then review by
the U.S. Office of Personnel Management within 90 days). OPM, the FEHB Program, Medicare and CPT/CARC codes
appear as themselves; the local plan (Laurel Basin Health Plan), its option names on the page, every provider,
person, address and number are invented. The reason is never given with its category's usual word.

Documents (8 in 7 files):
- bd_eob_basic_option_four_claims_therapist_no_agreement: member EOB of four claims under Basic Option; the
  physical-therapy row pays nothing because the therapist "has no agreement with us" (out of network); enrollee
  (spouse) vs patient, DOBs, received dates, plan year and catastrophic limit as decoys.
- faxstd_boxed_claim_review_no_request_before_pet_scan: a boxed claim-review form on a standard fax to the
  imaging center, ticked checkboxes "Not approved" and "No request reached us before the service"; referring,
  ordering, performing and reading providers; claim no., plan reference, letter ID, NPI, TIN, patient account
  and an earlier approval number.
- phone_es_cobertura_no_vigente_centro_urgencias: Spanish letter; the FEHB enrollment had ended (31-day extension
  over) before the urgent-care visit; reconsideration "dentro de 6 meses", OPM 90 days and TCC 60 days as decoys.
- lowres_prose_medicare_decides_first_mohs: prose letter to a retired annuitant: Medicare must look at the
  skin-surgery claim first; reference number only in the text.
- photocopy_boxed_reconsideration_upheld_child_ot_visits: reconsideration decision in boxes with a ticked
  "We did not change our decision"; the patient a child, the enrollee her father; OPM review within 90 days.
- rotated_anesthesia_group_statement: the anesthesia billing group's statement (denies nothing).
- clean300_stack_cover_approval_then_code_mismatch_turned: a fax cover sheet, an approval of a planned knee
  arthroscopy (denies nothing), then a letter refusing the surgeon's claim because the code billed says both
  knees while the report describes one (page fed upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqd import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "fep_blue_federal_employee_program_claim_denial"
LANG = "en"
SEED = 352903
INS = "Laurel Basin Health Plan"
ALT = ["Laurel Basin", "Laurel Basin Health Plan Federal Employee Program"]
OPM_ADDR = ("United States Office of Personnel Management, Healthcare and Insurance, Federal Employee Insurance "
            "Operations, 1900 E Street NW, Washington, DC 20415")


def fep_id(rng):
    return f"R{digits(rng, 8)}"


def clm_no(rng):
    return f"26{rng.randint(10, 99)}{digits(rng, 9)}"


def dob(rng, lo=1950, hi=1990):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def months6(d: dt.date) -> dt.date:
    m = d.month + 6
    y = d.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    return dt.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


def _head(p: DQSheet, rng, unit: str = "Federal Employee Program Customer Service"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5, "B")
    p.cell(0, 4.2, "Federal Employee Program  -  FEHB Program benefits for federal employees and retirees",
           new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _disputed(p: DQSheet, nd: dt.date, size=8.6, print_date=True):
    ask = (f"by {fdate(months6(nd), 'long')} (6 months from the date of this letter)" if print_date
           else "within 6 months from the date of this letter")
    p.para(f"**If you disagree.** Step 1: write to us and ask us to reconsider {ask}. Include this letter, the "
           "reasons you believe we are wrong and any records that support you. Step 2: we will answer within 30 "
           "days. Step 3: if we do not change our decision, you may ask OPM to review it within 90 days after the "
           f"date of our reconsideration letter: {OPM_ADDR}. If your claim is for urgent care, call us; we decide "
           "urgent reconsiderations within 72 hours.", size)


def bd_eob(rng):
    patient, enrollee, pcp = people(rng, 3)
    mid = fep_id(rng)
    sd = dt.date(2026, rng.choice([5, 6, 7]), rng.randint(3, 26))
    base = plus(sd, -rng.randint(40, 55))
    pt_group = "Brightwater Motion Therapy"
    src = [(base, f"Dr. {pcp}", "99214 Office visit", amount(rng, 180, 260), "paid"),
           (plus(base, 1), "Quillfield Reference Laboratory", "80053 Metabolic panel", amount(rng, 60, 140), "paid"),
           (plus(base, 9), pt_group, "97110 x3, 97140 Therapy visit", amount(rng, 310, 460), "deny"),
           (plus(base, 16), f"Dr. {pcp}", "99213 Office visit", amount(rng, 130, 190), "paid")]
    rows, claims = [], []
    for d, pv, svc, c, st in src:
        n = clm_no(rng)
        claims.append(n)
        rec = fdate(plus(d, rng.randint(5, 14)), "short")
        if st == "deny":
            rows.append([n, fdate(d, "short"), rec, pv, svc, money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "NP2"])
        else:
            al = round(c * rng.uniform(0.45, 0.7), 2)
            cp = 35.0 if "Office" in svc else 0.0
            rows.append([n, fdate(d, "short"), rec, pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - cp, "nosign"), money(cp, "nosign"), "P1"])
    deny = 2
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS   -   THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Enrollee", enrollee), ("Patient", patient), ("Member ID", mid), ("Option", "Basic Option"),
                ("Date issued", fdate(sd, "long"))], [52, 52, 34, 40, 77.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Patient date of birth", fdate(dob(rng), "slash")),
                ("Catastrophic protection (self)", "$5,500.00 / met $612.40"), ("Relationship", "Spouse")],
               [58, 52, 80, 65.4])
    p.ln(3)
    p.table(["Claim number", "Service date", "Received", "Provider", "Service", "Charged", "Allowed",
             "Plan paid", "You owe", "Note"], rows, [30, 18, 17, 52, 50, 20, 19, 19, 19, 11.4], size=7.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** P1: paid at the Preferred level; you owe the copayment. NP2: Under Basic Option we pay "
           f"only for care from Preferred providers. {pt_group} has no agreement with us, so this therapy visit is "
           "outside what your option includes and the full charge is yours. You could have used one of our "
           "Preferred therapists; call us or visit our provider directory.", 8.6)
    _disputed(p, sd, 8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(src[deny][3]), service_dates=[span(src[deny][0])], denial_date=sd.isoformat(),
              provider=pt_group, appeal_deadline=months6(sd).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def faxstd_boxed(rng):
    patient, refdoc, orderdoc, reader, rn = people(rng, 5)
    mid = fep_id(rng)
    nd = dt.date(2026, rng.choice([3, 4]), rng.randint(6, 24))
    dos = plus(nd, -rng.randint(25, 40))
    recd = plus(dos, rng.randint(6, 12))
    clm = clm_no(rng)
    ref = f"LBR-{digits(rng, 7)}"
    old_pa = f"PA26{digits(rng, 6)}"
    billed = amount(rng, 3800, 6200)
    fac = "Copper Valley Imaging"
    grp = "Summit Line Radiology Partners"
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  FROM: LBHP FEP CLAIM REVIEW  208-555-{digits(rng, 4)}"
           f"   TO: {fac.upper()} BILLING   P.{{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "FEP Claim Review")
    p.line("CLAIM REVIEW NOTICE TO PROVIDER", 12.5, "B")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Claim number", clm), ("Plan reference", ref)],
            [("Letter ID", f"FLT{digits(rng, 9)}"), ("Claim received", fdate(recd, "slash")),
             ("Patient account no.", f"CV{digits(rng, 7)}")],
            [("Member name", patient), ("Member ID", mid), ("Date of birth", fdate(dob(rng), "slash"))],
            [("Performing facility", fac), ("Facility NPI", digits(rng, 10)), ("Facility tax ID", f"82-{digits(rng, 7)}")],
            [("Ordering physician", f"Dr. {orderdoc}"), ("Referring physician", f"Dr. {refdoc}"),
             ("Reading group", grp)],
            [("Service", "78492 Cardiac PET, multiple"), ("Date of service", fdate(dos, "slash")),
             ("Billed", money(billed))],
            [("Earlier approval on file", f"{old_pa} (cardiology consult, approved)"),
             ("Total pages", "2")]], size=8.6, h=10.2)
    p.checks("DECISION", [("Approved", False), ("Not approved", True), ("Pended - records requested", False),
                          ("Paid in part", False)], cols=4)
    p.checks("REASON (ticked)", [("Not shown to be needed by the records", False),
                                 ("No request reached us before the service", True),
                                 ("Provider has no agreement with us", False),
                                 ("Another payer must decide first", False),
                                 ("Code billed does not match the service", False),
                                 ("Member not enrolled on the service date", False)], cols=2)
    p.boxed_text("REVIEWER'S NOTE",
                 "This scan is one of the services our members' benefits pay for only when we have looked at it "
                 "ahead of time. Nobody contacted us before the scan was done; the earlier approval on file covered "
                 "the consult visit only. The facility may not bill the member for this amount under its Preferred "
                 f"agreement. Reviewed by {rn}, RN.")
    _disputed(p, nd, 8.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient,
              cases=[clm, ref], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=fac, appeal_deadline=months6(nd).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[clm]], "provider": [orderdoc]})
    return out(p), t


def phone_es(rng):
    patient, enrollee = people(rng, 2)
    mid = fep_id(rng)
    end = dt.date(2026, rng.choice([3, 4]), 1) - dt.timedelta(days=1)
    dos = plus(end, rng.randint(8, 20))
    nd = plus(dos, rng.randint(30, 45))
    clm = clm_no(rng)
    billed = amount(rng, 240, 520)
    uc = "Cedar Hollow Family Clinic"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicio al Cliente del Programa FEP")
    p.line("AVISO SOBRE SU RECLAMO", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha de esta carta", fdate(nd, "long", "es")), ("Número de reclamo", clm),
                ("Identificación del miembro", mid)])
    p.capstrip([("Paciente", patient), ("Asegurado principal", enrollee), ("Cargo total", money(billed))],
               [62, 62, 55.9])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"{uc} nos envió un reclamo por la visita de atención de urgencia del {fdate(dos, 'long', 'es')}. No "
           "podemos pagar este reclamo.", 9.8)
    p.para(f"Según los registros de inscripción que recibimos de la oficina de personal de su agencia, la "
           f"cobertura de {enrollee} en el Programa FEHB terminó el {fdate(end, 'long', 'es')}, después de los 31 "
           "días adicionales que se dan sin costo. El día de la visita ya no había cobertura con nosotros para "
           "usted, así que el cargo no nos corresponde.", 9.8)
    p.para("Si usted se inscribió en la Continuación Temporal de Cobertura (TCC), envíenos la confirmación; la "
           "solicitud de TCC se hace dentro de 60 días después de que termina la cobertura.", 9.4)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedirnos por escrito que reconsideremos esta decisión dentro de 6 meses a partir de la fecha de "
           "esta carta. Si mantenemos la decisión, puede pedir a la Oficina de Administración de Personal (OPM) "
           "que la revise dentro de 90 días después de la fecha de nuestra carta de reconsideración.", 9.4)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=uc,
              appeal_deadline=months6(nd).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def lowres_prose(rng):
    patient, surgeon = people(rng, 2)
    mid = fep_id(rng)
    nd = dt.date(2026, rng.choice([6, 7, 8]), rng.randint(2, 27))
    dos = plus(nd, -rng.randint(30, 50))
    ref = f"LBR-{digits(rng, 7)}"
    billed = amount(rng, 1400, 2600)
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We received a claim of {money(billed)} from Dr. {surgeon} at Granite Peaks Dermatologic Surgery for the "
           f"skin surgery you had on {fdate(dos, 'long')}. We have not paid it.", 10)
    p.para("Our records show that you are a retired federal employee and that you have Medicare Part A and Part B. "
           "For people in your situation, Medicare is the first payer for doctor services and we pay second. We "
           "can only look at this claim after Medicare has acted on it and you or your doctor send us the "
           "Medicare Summary Notice. If Medicare paid part of it, we will look at what is left.", 10)
    p.para(f"Please mention our reference {ref} when you write or call us at 1-888-555-{digits(rng, 4)} (TTY 711). "
           f"Your member ID is {mid}. Your Medicare number and your date of birth are on file and are not printed "
           "here.", 10)
    p.para("If you think we are wrong (for example, if you are still working and your FEHB coverage comes from "
           "that work), you may write and ask us to reconsider within 6 months from the date of this letter. If we "
           "do not change our decision, you may ask OPM to review it within 90 days after our reconsideration "
           "letter.", 10)
    p.para(f"Sincerely,\nCoordination of Benefits Unit\n{INS}", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=months6(nd).isoformat(),
              alternates={"insurer": ALT, "provider": ["Granite Peaks Dermatologic Surgery"]})
    return out(p), t


def photocopy_recon(rng):
    patient, enrollee, ot, md = people(rng, 4)
    mid = fep_id(rng)
    nd = dt.date(2026, rng.choice([8, 9]), rng.randint(2, 26))
    a = dt.date(2026, 5, rng.randint(4, 8))
    b = plus(a, rng.randint(24, 30))
    billed = amount(rng, 1900, 3100)
    rcn = f"RCN-26-{digits(rng, 5)}"
    clm = clm_no(rng)
    clinic = "Kestrel Pediatric Therapy"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, "FEP Reconsiderations")
    p.line("RECONSIDERATION DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of decision", fdate(nd, "upper")), ("Reconsideration no.", rcn), ("Claim no.", clm)],
            [("Patient", patient), ("Patient date of birth", fdate(dob(rng, 2014, 2020), "slash")),
             ("Enrollee", enrollee)],
            [("Member ID", mid), ("Relationship to enrollee", "Daughter"),
             ("Request received", fdate(plus(nd, -rng.randint(20, 28)), "slash"))],
            [("Therapist", f"{ot}, OTR/L"), ("Clinic", clinic), ("Charges in dispute", money(billed))],
            [("Dates of service", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Visits", "12 (visits 25-36)")]],
           size=8.5)
    p.checks("OUR DECISION", [("We changed our decision and will pay", False),
                              ("We did not change our decision", True),
                              ("We need more information (see below)", False)], cols=3, size=7.9)
    p.boxed_text("WHY", f"A licensed occupational therapist who did not make the first decision read the notes "
                 f"from {clinic} for these visits. The notes show the same goals and the same scores from one month "
                 "to the next; they do not show that these further visits were helping or that your daughter "
                 "still needed a therapist to reach her goals. A home program was given on the 24th visit.", 8.8)
    p.para("**Your right to OPM review.** This letter ends our reconsideration. If you still disagree, you may ask "
           "the U.S. Office of Personnel Management to review our decision. You must write to OPM within 90 days "
           f"after the date of this letter: {OPM_ADDR}. Send a copy of this letter and of the records.", 8.8)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director, {INS}", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient,
              cases=[rcn, clm], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=ot, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "case_numbers": [[rcn], [clm]],
                          "appeal_deadline": [None]})
    return out(p), t


def rotated_statement(rng):
    patient, crna, anes = people(rng, 3)
    mid = fep_id(rng)
    dos = dt.date(2026, rng.choice([2, 3, 4]), rng.randint(2, 26))
    bd = plus(dos, rng.randint(50, 70))
    grp = "Harbor Ridge Anesthesia Associates"
    lines = [("00400", "Anesthesia, skin procedure trunk", amount(rng, 900, 1300)),
             ("99100", "Qualifying circumstance, age", amount(rng, 90, 160)),
             ("64488", "Nerve block, bilateral", amount(rng, 500, 800))]
    rows, total = [], 0.0
    for c, desc, a in lines:
        total += a
        rows.append([fdate(dos, "slash"), c, desc, f"Dr. {anes}", money(a, "nosign")])
    total = round(total, 2)
    rows.append(["", "", "TOTAL CHARGES", "", money(total)])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(grp, "HRAA", [f"{rng.randint(100, 9800)} Sycamore Ave, Spokane WA 992{rng.randint(10, 99)}  |  "
                              f"Billing 509-555-{digits(rng, 4)}  |  Tax ID 91-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Patient / guarantor", [patient, *address(rng)], "Remit to",
                ["HRAA Billing Office", f"PO Box {rng.randint(2000, 9000)}", f"Seattle WA 981{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(bd, "abbr")), ("Account number", f"HR{digits(rng, 8)}"),
             ("Facility", "Northgate Surgical Pavilion")],
            [("Insurance on file", f"{INS} FEP {mid}"), ("Insurance status", "Denied - see note"),
             ("CRNA", f"{crna}, CRNA")]], size=8.2)
    p.table(["Date", "Code", "Description", "Anesthesiologist", "Charge"], rows, [24, 18, 70, 46, 21.9], size=8.6,
            aligns=["L", "L", "L", "L", "R"], bold_last=True)
    p.pairs([("Insurance payments", "(0.00)"), ("Adjustments", "(0.00)"), ("Amount due now", money(total))],
            label_w=45, size=9.2)
    p.ln(2)
    p.para("Your plan told us it would not pay these charges. If you have asked your plan to reconsider, call us and "
           "we will hold your account for 60 days. Payment plans are available.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=bd.isoformat(), provider=anes, unscored=["insurer"],
              alternates={"provider": [grp], "member_id": [None]})
    return out(p), t


def clean300_stack(rng):
    patient, surgeon, pcp = people(rng, 3)
    mid = fep_id(rng)
    ad = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 20))
    planned = plus(ad, rng.randint(10, 18))
    pa = f"PA26{digits(rng, 6)}"
    ctr = "Northgate Surgical Pavilion"
    p = DQSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "FEP Prior Approval")
    p.line("APPROVAL OF A PLANNED SERVICE", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Member ID", mid), ("Approval number", pa),
             ("Surgeon", f"Dr. {surgeon}"), ("Facility", ctr), ("Service", "29881 Knee arthroscopy, right knee"),
             ("Planned date", fdate(planned, "slash"))], label_w=44, size=9.4)
    p.ln(2)
    p.para("We approved this service. This approval is valid for 90 days. It does not guarantee payment if your "
           "FEHB enrollment ends before the service.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[pa],
                          service_dates=[span(planned)], denial_date=ad.isoformat(), provider=surgeon,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [ctr]}))
    nd = plus(planned, rng.randint(35, 50))
    clm = clm_no(rng)
    billed = amount(rng, 4200, 6900)
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.line("CLAIM DECISION", 12, "B")
    q.capstrip([("Date", fdate(nd, "slash")), ("Claim number", clm), ("Member ID", mid)])
    q.capstrip([("Patient", patient), ("Surgeon", f"Dr. {surgeon}"), ("Billed", money(billed))])
    q.ln(3)
    q.para(f"Dear {patient}:", 9.8)
    q.para(f"Dr. {surgeon}'s office billed the surgery on {fdate(planned, 'long')} (approval {pa}) with procedure "
           "code 29881 and modifier 50, which says the operation was done on both knees. The operative report "
           "describes the right knee only. Because the code on the claim does not describe the service that was "
           "done, we cannot pay the claim as sent. We have asked the office to send a corrected claim; we will "
           "process it when it arrives. You owe nothing now.", 9.8)
    q.para(f"Your doctor who referred you, Dr. {pcp}, does not need to do anything.", 9.8)
    _disputed(q, nd, 8.8)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(planned)],
                          denial_date=nd.isoformat(), provider=surgeon, appeal_deadline=months6(nd).isoformat(),
                          alternates={"insurer": ALT, "case_numbers": [[clm, pa]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_basic_option_four_claims_therapist_no_agreement", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_boxed_claim_review_no_request_before_pet_scan", "fax_standard_g4", [faxstd_boxed(rng)]),
        Item(F + "phone_es_cobertura_no_vigente_centro_urgencias", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_prose_medicare_decides_first_mohs", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_boxed_reconsideration_upheld_child_ot_visits", "photocopy", [photocopy_recon(rng)]),
        Item(F + "rotated_anesthesia_group_statement", "rotated", [rotated_statement(rng)]),
        Item(F + "clean300_stack_cover_approval_then_code_mismatch_turned", "scan_clean_300", clean300_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
