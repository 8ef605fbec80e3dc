"""An invented commercial plan (Tamarack Fold Health Plan) refusing emergency room visits it judged were not
emergencies, with the hospital's own statement and a member's prudent-layperson appeal. The prudent layperson
standard, CPT/revenue codes and CARC codes appear as themselves; the plan, its rules and time limits, the hospitals,
physician groups, every person, number and address are invented. The reason is put in the writer's own words in
each file.

Documents (8 in 7 files):
- bd_eob_four_claims_facility_row_carc_40: a landscape member EOB of four claims (ER facility, ER physician group,
  radiology reading, a follow-up visit) with From / Thru, Billing and Rendering columns; only the facility row pays
  0.00 under CARC 40 / plan code ER2 ("an urgent care center or your doctor's office could have seen you");
  DOB, plan year and deductible decoys.
- faxstd_boxed_hospital_notice_code_does_not_match: a provider claim notice on a standard fax, caption grid
  (claim number, a previous paid claim's number, letter ID, NPI, TIN, attending and billing), ticked boxes: the
  level-5 visit code does not match the care recorded.
- phone_es_sala_fuera_de_red_no_emergencia: a photographed Spanish letter: a freestanding emergency center with no
  contract with the plan, the visit not an emergency so only in-network care is paid.
- rotated_hospital_statement_insurance_said_not_emergency: the hospital's patient statement fed sideways
  (account number, guarantor the spouse, attending, "insurance denied - not emergency, appeal filed"); denies
  nothing.
- lowres_no_labels_ct_not_shown_needed: a no-label letter at 150 dpi: the head CT done in the emergency room, "the
  records do not show it was needed"; the ER doctor named only in a sentence, the reference in the text.
- photocopy_boxed_reconsideration_observation_nobody_called: a photocopied boxed reconsideration for the hospital
  with checkboxes (decision kept): the observation hours after the ER visit, nobody asked the plan.
- clean300_stack_member_prudent_layperson_appeal_then_decision_upside_down: the member's own typed appeal letter
  citing the prudent layperson standard (denies nothing), the blank back of its sheet, then the plan's appeal
  decision keeping the refusal (urgent care could have treated it), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqe import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "emergency_room_visit_deemed_non_emergency_prudent_layperson_denial"
LANG = "en"
SEED = 353004
INS = "Tamarack Fold Health Plan"
ALT = ["Tamarack Fold"]
PLAN = "TF Choice PPO 3000"
GROUP = "0048213-0107"
HOSP = "Merrow Crossing Regional Hospital"
ERGRP = "Cobalt Ridge Emergency Group"
MN_LC = ["medical_necessity", "level_of_care"]


def tf_id(rng):
    return f"TFH{digits(rng, 9)}"


def clm(rng):
    return f"E{digits(rng, 2)}-{digits(rng, 8)}"


def dob(rng, lo=1958, hi=2000):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, erdoc, rad, pcp = people(rng, 4)
    mid = tf_id(rng)
    er = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 20))
    sd = plus(er, rng.randint(30, 45))
    src = [(er, HOSP, "Hospital", "0450 Emergency room, facility", amount(rng, 2400, 3900), True),
           (er, ERGRP, f"Dr. {erdoc}", "99284 Emergency physician", amount(rng, 480, 760), False),
           (er, "Pinecrest Radiology Partners", f"Dr. {rad}", "73610 Ankle x-ray, reading", amount(rng, 60, 120), False),
           (plus(er, 6), "Sagebrush Family Medicine", f"Dr. {pcp}", "99213 Follow-up visit", amount(rng, 150, 220),
            False)]
    rows, claims = [], []
    for d, bill, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(d, "slash"), fdate(d, "slash"), bill, rend, svc, money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "40, ER2"])
        else:
            al = round(c * rng.uniform(0.45, 0.7), 2)
            you = round(al * 0.2, 2)
            rows.append([n, fdate(d, "slash"), fdate(d, "slash"), bill, rend, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - you, "nosign"), money(you, "nosign"), "45"])
    deny = 0
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [56, 40, 36, 44, 81.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$1,250.00 of $3,000.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("ER copay", "$350.00 (waived if admitted)")],
               [62, 66, 40, 89.4])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Billing provider", "Rendering", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Codes"], rows, [25, 17, 17, 48, 38, 40, 16, 15, 15, 15, 11.4], size=7.7,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 45: the charge is more than the contracted amount; you do not owe the difference. 40 / ER2: "
           "from the symptoms written in the hospital record (an ankle that hurt after a fall, walking on it, no "
           "deformity), an urgent care center or your doctor's office could have seen you. The plan pays the "
           "hospital's emergency room charge only when the visit meets the plan's emergency terms.", 8.4)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Tell us what you felt "
           "and why you went to the emergency room; we look at your symptoms, not only the final diagnosis. Urgent "
           "appeals are decided within 72 hours. External review: within 4 months after our final decision.", 8.4)
    t = truth("eob", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][4]), service_dates=[span(er)],
              denial_date=sd.isoformat(), provider=HOSP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]}, denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_hospital(rng):
    patient, att, sub = people(rng, 3)
    mid = tf_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    dos = plus(nd, -rng.randint(25, 40))
    billed = amount(rng, 3100, 4800)
    n = clm(rng)
    prev = clm(rng)
    fax = (f"{nd.strftime('%d-%b-%Y').upper()} 14:{rng.randint(10, 59)}  TFHP CLAIMS  208-555-{digits(rng, 4)}  "
           f">> {HOSP.upper()} PFS  P.{{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM DETERMINATION - FACILITY", 12.5, "B")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "long")), ("Claim number", n), ("Letter ID", f"TF{digits(rng, 10)}")],
            [("Patient", patient), ("Member ID", mid), ("Subscriber", sub)],
            [("Billing facility", HOSP), ("Facility NPI", digits(rng, 10)), ("Facility TIN", f"82-{digits(rng, 7)}")],
            [("Attending (ER)", f"Dr. {att}"), ("Date of service", fdate(dos, "slash")),
             ("Billed charges", money(billed))],
            [("Billed level", "0450 / 99285"), ("Earlier ER claim, paid", prev), ("Group", GROUP)]], size=8.6, h=10)
    p.checks("Determination", [(False, "Payable as billed"), (False, "Reduced"), (True, "Not payable as billed")],
             cols=3)
    p.checks("Reason (see note)", [
        (False, "Member not covered on this date"),
        (True, "The visit was sent in with the highest emergency level code. The record shows one exam, a urine "
               "test and a prescription, with the patient sent home within the hour. The code billed does not "
               "match the care written in the record."),
        (False, "Approval required and not on file"),
        (False, "Service not a plan benefit")], size=8.4)
    p.para("Note: we did not question that the patient could come to the emergency room. Send a corrected claim "
           "with the level the record supports, or ask for reconsideration within 90 days of the date of this "
           "notice with the full record. The member is not liable while the claim is open.", 8.6)
    p.para(f"Provider Claims 1-888-555-{digits(rng, 4)}  |  Fax 208-555-{digits(rng, 4)}", 8.2)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 90).isoformat(), alternates={"insurer": ALT, "provider": [att]})
    return out(p), t


def phone_es(rng):
    patient, erdoc = people(rng, 2)
    mid = tf_id(rng)
    dos = dt.date(2026, 3, rng.randint(2, 26))
    nd = plus(dos, rng.randint(30, 45))
    billed = amount(rng, 1900, 3400)
    n = clm(rng)
    center = "Centro de Emergencias Foxtail Junction"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("DECISIÓN SOBRE SU RECLAMO", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", n), ("Número de miembro", mid)])
    p.capstrip([("Centro", center), ("Fecha de la visita", fdate(dos, "slash")), ("Cargos", money(billed))],
               [85, 45, 49.9])
    p.capstrip([("Grupo", GROUP), ("Fecha de nacimiento", fdate(dob(rng), "slash")),
                ("Reclamo recibido", fdate(plus(dos, 12), "slash"))])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"El {center} nos envió la cuenta de su visita. Le atendió el Dr. {erdoc}. Ese centro no tiene contrato "
           "con su plan. Pagamos un centro así solo cuando la visita es una emergencia. Según el expediente, usted "
           "llegó con tos y dolor de garganta de tres días, sin fiebre alta ni dificultad para respirar, y salió "
           "con una receta. Para este tipo de visita su plan paga solo a los médicos y centros de urgencias que "
           "tienen contrato con nosotros.", 9.8)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Díganos qué síntomas tenía y por qué "
           "pensó que era una emergencia. Si su salud corre peligro, pida una apelación urgente (72 horas). Puede "
           "pedir una revisión externa dentro de 4 meses después de nuestra decisión final.", 9.4)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=center, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [erdoc]}, denial_alternates=MN_LC)
    return out(p), t


def rotated_statement(rng):
    patient, spouse, att = people(rng, 3)
    mid = tf_id(rng)
    dos = dt.date(2026, 2, rng.randint(2, 26))
    bd = plus(dos, rng.randint(50, 70))
    lines = [("0450", "Emergency room visit, level 4", 1, amount(rng, 1900, 2600)),
             ("0300", "Laboratory", 4, amount(rng, 38, 95)),
             ("0351", "CT head without contrast", 1, amount(rng, 1100, 1700)),
             ("0636", "Drugs, detailed coding", 2, amount(rng, 25, 60))]
    rows, total = [], 0.0
    for rc, desc, q, unit in lines:
        a = round(q * unit, 2)
        total += a
        rows.append([rc, desc, str(q), money(unit, "nosign"), money(a, "nosign")])
    total = round(total, 2)
    rows.append(["", "TOTAL CHARGES", "", "", money(total)])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HOSP, "MCRH", [f"{rng.randint(100, 9800)} Crossing Way, Twin Falls ID 833{rng.randint(10, 99)}  |  "
                               f"Patient Financial Services 208-555-{digits(rng, 4)}  |  Tax ID 82-{digits(rng, 7)}"],
                box="PATIENT STATEMENT", size=12)
    p.addr_pair("Guarantor", [spouse, *address(rng)], "Remit to",
                ["MCRH Patient Financial Services", f"PO Box {rng.randint(2000, 9000)}",
                 f"Pocatello ID 832{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(bd, "abbr")), ("Account number", f"MC{digits(rng, 9)}"),
             ("Patient", patient)],
            [("Date of service", fdate(dos, "slash")), ("Attending physician", f"Dr. {att}"),
             ("Amount due by", fdate(plus(bd, 25), "slash"))],
            [("Insurance", f"{INS} {mid}"), ("Insurance status", "Denied - not emergency; appeal filed")]], size=8.2)
    p.table(["Rev code", "Description", "Qty", "Unit charge", "Amount"], rows, [20, 88, 16, 25, 30.9], size=8.6,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.pairs([("Insurance payments", "(0.00)"), ("Adjustments", "(0.00)"), ("Balance", money(total))], label_w=45,
            size=9.2)
    p.ln(2)
    p.para("Your insurer told us it does not consider this visit an emergency. We sent the record and an appeal; "
           "your account is on hold for 60 days. ER physician services are billed separately by Cobalt Ridge "
           "Emergency Physicians.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=bd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [att], "member_id": [None]})
    return out(p), t


def lowres_ct(rng):
    patient, erdoc, pcp = people(rng, 3)
    mid = tf_id(rng)
    dos = dt.date(2026, 4, rng.randint(1, 20))
    nd = plus(dos, rng.randint(28, 40))
    billed = amount(rng, 1200, 1900)
    ref = f"RV{digits(rng, 9)}"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Medical Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We paid the emergency room visit you had at {HOSP} on {fdate(dos, 'long')}. One part of the bill, "
           f"a CT scan of the head charged at {money(billed)}, is not paid. Dr. {erdoc} of {ERGRP} ordered it "
           "during the visit.", 10)
    p.para("Our doctor reviewer read the emergency record. You had a headache like the ones you have had before, "
           "a normal exam, no fall or blow to the head, and no new weakness or confusion. The records do not show "
           f"the scan was needed to decide your care that day. Your visit with Dr. {pcp} a week earlier is not "
           "affected.", 10)
    p.para(f"You may appeal within 180 days of the date of this letter; please send anything your doctors wrote "
           f"that we did not see. Urgent appeals are decided within 72 hours. Our reference no. is {ref}. Member ID "
           f"{mid}. Questions: 1-888-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Sincerely,\nMedical Review\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=erdoc,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [HOSP, ERGRP]})
    return out(p), t


def photocopy_recon(rng):
    patient, att, hosp_md, md = people(rng, 4)
    mid = tf_id(rng)
    dos = dt.date(2026, 3, rng.randint(2, 20))
    obs_end = plus(dos, 1)
    nd = plus(dos, rng.randint(70, 90))
    billed = amount(rng, 5200, 8400)
    rc = f"RC-26-{digits(rng, 6)}"
    n = clm(rng)
    er_n = clm(rng)
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Provider Appeals")
    p.line("PROVIDER RECONSIDERATION DECISION", 12.5, "B")
    p.ln(1)
    p.section("A", "Claim")
    p.grid([[("Decision date", fdate(nd, "upper")), ("Reconsideration no.", rc), ("Claim no.", n)],
            [("Patient", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Facility", HOSP), ("ER physician", f"Dr. {att}"), ("Observation ordered by", f"Dr. {hosp_md}")],
            [("Observation", f"{fdate(dos, 'slash')} - {fdate(obs_end, 'slash')}"),
             ("ER visit claim (paid)", er_n), ("Billed (observation)", money(billed))]], size=8.4)
    p.section("B", "Decision")
    p.checks("Outcome", [(False, "Reversed - claim will be paid"), (True, "Upheld - no change"),
                         (False, "Partly reversed")], cols=3)
    p.para("The emergency room visit itself was paid in full under the emergency terms. The 26 hours in "
           "observation that followed are handled differently: the plan must hear from the hospital by the next "
           "business day after a member is placed in observation. Nobody from the hospital called or faxed us, and "
           "nothing was entered in the portal until the claim arrived five weeks later. The hospital may not bill "
           "the member for these hours.", 9.2)
    p.section("C", "Further review")
    p.para("This was the only provider reconsideration level. The contract's dispute process (Section 14) may be "
           "started within 60 days of the date of this decision. A member appeal is separate and has its own "
           "180-day limit.", 9.0)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director, {INS}", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[rc, n], claim_amount=m2(billed), service_dates=[span(dos, obs_end)], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [hosp_md], "case_numbers": [[rc], [n]],
                          "appeal_deadline": [None]})
    return out(p), t


def clean300_stack(rng):
    patient, erdoc, md = people(rng, 3)
    mid = tf_id(rng)
    dos = dt.date(2026, 1, rng.randint(10, 28))
    first = plus(dos, rng.randint(30, 40))
    billed = amount(rng, 2600, 4200)
    n = clm(rng)
    ld = plus(first, rng.randint(20, 40))
    addr = address(rng)
    # the member's own appeal letter, typed at home
    p = DQSheet(footer=None, serif=True)
    p.set_margins(26, 20, 26)
    p.add_page()
    for ln in [patient, *addr, f"Member ID {mid}"]:
        p.line(ln, 10.5)
    p.ln(5)
    p.para(fdate(ld, "long"), 10.5)
    p.para(f"{INS}\nAppeals Unit\nPO Box 4410\nBoise ID 83711", 10.5)
    p.ln(2)
    p.para(f"Re: appeal of claim {n}, emergency room visit of {fdate(dos, 'long')}", 10.5)
    p.para("To whom it may concern:", 10.5)
    p.para(f"I am appealing your letter of {fdate(first, 'long')}. That night I had sharp pain in my chest and my "
           "left arm felt heavy. My father had a heart attack at my age. I did not know it was a strained muscle "
           f"until Dr. {erdoc} at {HOSP} did the tests. A prudent layperson with an average knowledge of health and "
           "medicine would have thought these were signs of a heart problem and gone to the emergency room, and "
           "federal law says the plan must look at my symptoms, not the final diagnosis.", 10.5)
    p.para(f"Please pay the hospital's bill of {money(billed)}. I attach the discharge papers.", 10.5)
    p.para(f"Sincerely,\n\n{patient}", 10.5)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[n],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ld.isoformat(),
                          provider=HOSP, unscored=["insurer"],
                          alternates={"case_numbers": [[]], "claim_amount": [None], "provider": [erdoc],
                                      "denial_date": [None]}))
    nd = plus(ld, rng.randint(25, 30))
    apl = f"GA{digits(rng, 8)}"
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Appeals Unit")
    q.line("APPEAL DECISION", 12.5, "B")
    q.capstrip([("Date", fdate(nd, "slash")), ("Appeal ID", apl), ("Claim", n), ("Member ID", mid)],
               [36, 42, 50, 51.9])
    q.capstrip([("Member", patient), ("Hospital", HOSP), ("Visit date", fdate(dos, "slash")),
                ("Billed", money(billed))], [46, 74, 30, 29.9])
    q.ln(3)
    q.para(f"Dear {patient}:", 9.6)
    q.para(f"We received your appeal on {fdate(plus(ld, 4), 'slash')}. An emergency medicine doctor who did not "
           "make the first decision looked at what you felt when you arrived, as the prudent layperson standard "
           "asks, and not only at the final diagnosis.", 9.6)
    q.para("**What we decided: we are keeping our first decision.** The triage note says the pain started after "
           "you moved furniture that afternoon, got worse when you pressed on the spot or twisted, and you told "
           "the nurse your arm was only sore, not weak or numb. You drove yourself and waited two hours. A walk-in "
           "urgent care center, open until 11 p.m. two miles from your home, could have examined you; the plan "
           "pays the hospital's emergency room rate only for care that needed that setting.", 9.6)
    q.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "external review within 4 months. Urgent appeals are decided within 72 hours.", 9.4)
    q.para(f"Sincerely,\n\nDr. {md}\nMedical Director", 9.4)
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient,
                          cases=[apl, n], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "case_numbers": [[apl], [n]]},
                          denial_alternates=["medical_necessity"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_facility_row_carc_40", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_boxed_hospital_notice_code_does_not_match", "fax_standard_g4", [faxstd_hospital(rng)]),
        Item(F + "phone_es_sala_fuera_de_red_no_emergencia", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_statement_insurance_said_not_emergency", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_ct_not_shown_needed", "scan_lowres_150", [lowres_ct(rng)]),
        Item(F + "photocopy_boxed_reconsideration_observation_nobody_called", "photocopy", [photocopy_recon(rng)]),
        Item(F + "clean300_stack_member_prudent_layperson_appeal_then_decision_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
