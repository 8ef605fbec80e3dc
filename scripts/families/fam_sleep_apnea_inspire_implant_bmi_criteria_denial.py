"""An invented commercial plan (Corliss Ferry Health Plan) refusing hypoglossal nerve stimulator implants (an
implanted upper-airway stimulation system for obstructive sleep apnea, CPT 64582) mostly because the member's
body mass index is above the plan's own limit, with the surgeon's letter and the hospital's estimate. CPT, CARC
and RARC codes appear as themselves; the plan, its medical policy and limits (BMI under 32, AHI 15 to 65), the
hospitals, every person, number and address are invented. The reason is always put in the writer's own words.

Documents (8 in 7 files):
- bd_eob_four_claims_implant_row_wrong_code_m51: a landscape member EOB of four claims (the sleep endoscopy, the
  anesthesia, the surgeon's implant fee billed under the code of a different nerve stimulator, the follow-up);
  only the surgeon's row pays nothing (plan code HX2, RARC M51); DOB, plan year, deductible and the subscriber
  spouse as decoys.
- faxstd_boxed_preservice_bmi_above_limit_request_id: a boxed pre-service determination on a standard fax to the
  surgeon: caption grid ("Request ID" beside letter ID, NPI, tax ID, the sleep doctor who referred), ticked
  decision and reason boxes, BMI and AHI in a small table, planned surgery date.
- phone_es_cirujano_no_trabaja_con_su_plan: a photographed Spanish member letter: the implant was done by a surgeon
  who is not part of the plan's group of doctors (out of network without the words), "Número de reclamo".
- rotated_hospital_estimate_nothing_denied: the hospital's good-faith cost estimate fed sideways (estimate number,
  CPT and revenue lines, the surgeon and the referring sleep doctor); denies nothing.
- lowres_prose_implant_done_nobody_asked_first: a no-label letter at 150 dpi on the implant surgery billed after
  it was done with no approval asked for; "claim number" in a sentence.
- photocopy_boxed_appeal_upheld_bmi_second_level_60: a photocopied boxed first-level appeal decision (ticked
  "decision upheld"): BMI still above the limit; "Appeal No." with the "Request ID"; a second level within 60 days,
  external review in 4 months (a decoy).
- clean300_stack_surgeon_letter_duplex_then_overnight_stay_turned: the surgeon's letter of medical necessity
  (denies nothing), its duplex back, then the plan's letter paying the implant as same-day surgery but not the
  overnight hospital admission, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqc import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "sleep_apnea_inspire_implant_bmi_criteria_denial"
LANG = "en"
SEED = 353002
INS = "Corliss Ferry Health Plan"
ALT = ["Corliss Ferry", "Corliss Ferry Health"]
PLAN = "CFH Choice PPO 3000"
GROUP = "0081742-0100"
HOSP = "Wendover Lakes Medical Center"
ENT_GROUP = "Wendover Lakes ENT Associates"
REASONS = ["Nobody asked us before", "The records do not show it is needed now",
           "The plan does not include this kind of care", "It could be done in a less intensive setting",
           "The surgeon is not in the plan's group", "The code billed does not match the service",
           "Other (see explanation)"]


def cf_id(rng):
    return f"CFX{digits(rng, 9)}"


def clm(rng):
    return f"E{digits(rng, 2)}{rng.randint(10, 99)}{digits(rng, 7)}"


def dob(rng):
    return dt.date(rng.randint(1958, 1985), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH 432{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_eob(rng):
    patient, spouse, surgeon, anes, sleep = people(rng, 5)
    mid = cf_id(rng)
    dise = dt.date(2026, 2, rng.randint(2, 12))
    impl = plus(dise, rng.randint(28, 40))
    fu = plus(impl, 30)
    sd = plus(fu, rng.randint(12, 20))
    src = [(dise, f"Dr. {surgeon}", "42975 Drug-induced sleep endoscopy", amount(rng, 900, 1400)),
           (impl, f"Dr. {anes}", "00320 Anesthesia, neck", amount(rng, 1100, 1700)),
           (impl, f"Dr. {surgeon}", "64568 Nerve stimulator implant", amount(rng, 4200, 6900)),
           (fu, f"Dr. {sleep}", "95976 Device programming", amount(rng, 210, 340))]
    deny = 2
    rows, claims = [], []
    for i, (d, pv, svc, c) in enumerate(src):
        n = clm(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00", "0.00", "HX2 M51"])
        else:
            al = round(c * rng.uniform(0.4, 0.6), 2)
            you = round(al * 0.2, 2)
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "45"])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [56, 42, 36, 46, 75.4])
    p.capstrip([("Subscriber", spouse), ("Relationship", "Spouse"), ("Date of birth", fdate(dob(rng), "slash")),
                ("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$1,500.00 of $1,500.00")],
               [56, 42, 36, 56, 65.4])
    p.ln(3)
    p.table(["Claim #", "Service date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            rows, [30, 22, 48, 62, 20, 19, 19, 19, 16.4], size=7.9,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 45: the charge is above the amount the provider agreed to take; you do not owe the "
           "difference. HX2 / M51: the surgeon's bill uses the code for a stimulator placed on a nerve in the neck "
           "for a different condition; the surgeon's report describes a tongue-nerve stimulator for sleep apnea. "
           "The two do not match, so we cannot process this line. The surgeon's office can send a corrected bill. "
           "You do not need to pay this line now.", 8.6)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. If your health is at "
           "risk, ask for an urgent appeal (decided within 72 hours). External review: within 4 months of our "
           "final decision.", 8.6)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][3]), service_dates=[span(impl)],
              denial_date=sd.isoformat(), provider=surgeon, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def faxstd_preservice(rng):
    patient, surgeon, sleep, md = people(rng, 4)
    mid = cf_id(rng)
    nd = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 24))
    planned = plus(nd, rng.randint(14, 28))
    rid = f"RQ-{digits(rng, 8)}"
    bmi = rng.choice(["34.6", "35.9", "36.8"])
    fax = (f"{nd.strftime('%b %d %Y').upper()} 14:{rng.randint(10, 59)}  CFHP UM  FAX 614-555-{digits(rng, 4)}"
           f"  ->  {ENT_GROUP.upper()}  P{{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("PRE-SERVICE REVIEW DETERMINATION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date", fdate(nd, "slash")), ("Request ID", rid), ("Letter ID", f"LT{digits(rng, 10)}")],
            [("Member", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Requesting surgeon", f"Dr. {surgeon}"), ("Surgeon NPI", digits(rng, 10)),
             ("Tax ID", f"31-{digits(rng, 7)}")],
            [("Referred by (sleep medicine)", f"Dr. {sleep}"), ("Facility", HOSP),
             ("Planned date", fdate(planned, "slash"))],
            [("Service", "64582 HGNS implant"), ("Received", fdate(plus(nd, -9), "slash")),
             ("Review type", "Standard")]], size=8.4, h=10)
    p.checks("Decision", ["Approved", "Approved in part", "Not approved"], [2], cols=3)
    p.ln(1)
    p.checks("Reason", REASONS, [1], cols=2)
    p.ln(1)
    p.table(["Measure", "Member's value", "Date", "Plan policy CF-SURG-118 limit"],
            [["Body mass index", bmi, fdate(plus(nd, -30), "slash"), "below 32.0"],
             ["Apnea-hypopnea index (sleep study)", "41", fdate(plus(nd, -75), "slash"), "15 to 65"],
             ["CPAP tried", "Yes, 7 months", "", "at least 3 months, not tolerated"]],
            [62, 34, 30, 57.9], size=8.3, row_h=5.4)
    p.capbox("Explanation",
             f"The sleep study and the airway exam fit the policy, and CPAP did not work for you. But your weight for "
             f"your height (BMI {bmi}) is above the limit our medical policy sets for this implant, because the "
             "device works less well at that weight. We cannot say from these records that the implant is the right "
             "treatment for you now. If your BMI goes below 32, your surgeon may send a new request.")
    p.ln(2)
    p.para("The member or the surgeon may appeal within 180 days of the date of this notice. Urgent appeals are "
           "decided within 72 hours. A peer-to-peer call with the reviewing doctor can be set up within 5 business "
           f"days: 1-866-555-{digits(rng, 4)}. Reviewer: Dr. {md}, board certified in otolaryngology.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[rid], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ENT_GROUP], "service_dates": [[]]})
    return out(p), t


def phone_es(rng):
    patient, surgeon = people(rng, 2)
    mid = cf_id(rng)
    dos = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 26))
    nd = plus(dos, rng.randint(30, 45))
    billed = amount(rng, 38000, 52000)
    c = clm(rng)
    hosp = "Hospital Quinlan Bay"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", c), ("Número de miembro", mid)])
    p.capstrip([("Plan", PLAN), ("Grupo", GROUP), ("Total facturado", money(billed))])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"El Dr. {surgeon} y {hosp} nos enviaron el reclamo por la colocación de su estimulador del nervio "
           f"hipogloso el {fdate(dos, 'long', 'es')}.", 9.8)
    p.para(f"Su plan es un plan de red: paga la atención de los médicos y hospitales que tienen contrato con "
           f"nosotros, salvo en una emergencia. Ni el Dr. {surgeon} ni {hosp} forman parte del grupo de médicos y "
           "hospitales que trabajan con su plan, y esta cirugía fue programada, no de emergencia. Por eso no "
           "vamos a pagar este reclamo. Hay cirujanos de nuestro grupo que hacen esta operación; llámenos y le "
           "daremos sus nombres.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre peligro, pida una "
           "apelación urgente (72 horas). También puede pedir una revisión externa dentro de 4 meses después de "
           "nuestra decisión final.", 9.4)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid,
              member_name=patient, cases=[c], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=surgeon, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [hosp], "plan_id": [None]})
    return out(p), t


def rotated_estimate(rng):
    patient, surgeon, sleep = people(rng, 3)
    mid = cf_id(rng)
    ed = dt.date(2026, rng.choice([3, 4, 5]), rng.randint(2, 26))
    planned = plus(ed, rng.randint(20, 35))
    lines = [("0360", "64582", "Operating room, implant of hypoglossal nerve stimulator", amount(rng, 14000, 19000)),
             ("0278", "C1767", "Implantable generator and leads", amount(rng, 26000, 34000)),
             ("0370", "", "Anesthesia, facility", amount(rng, 1800, 2600)),
             ("0710", "", "Recovery room", amount(rng, 900, 1500)),
             ("0250", "", "Pharmacy", amount(rng, 300, 700))]
    total = round(sum(x[3] for x in lines), 2)
    rows = [[rc, cpt, d, money(a, "nosign")] for rc, cpt, d, a in lines]
    rows.append(["", "", "ESTIMATED TOTAL CHARGES", money(total)])
    est = f"GFE-{digits(rng, 7)}"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HOSP, "WLMC", [f"{rng.randint(100, 9800)} Lakeshore Pkwy, Toledo OH 436{rng.randint(10, 99)}  |  "
                               f"Patient financial services 419-555-{digits(rng, 4)}  |  Tax ID 34-{digits(rng, 7)}"],
                box="GOOD FAITH ESTIMATE", size=12)
    p.addr_pair("Patient", [patient, *address(rng)], "Scheduled by",
                [f"Dr. {surgeon}", ENT_GROUP, f"Referred by Dr. {sleep}"])
    p.grid([[("Estimate date", fdate(ed, "abbr")), ("Estimate no.", est), ("Scheduled surgery", fdate(planned, "slash"))],
            [("Insurance", INS), ("Member ID", mid), ("Prior approval", "Requested - not yet received")],
            [("Setting", "Outpatient surgery"), ("Diagnosis", "G47.33"), ("Hospital NPI", digits(rng, 10))]], size=8.4)
    p.table(["Rev code", "CPT/HCPCS", "Description", "Estimated charge"], rows, [20, 26, 100, 33.9], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("This is an estimate, not a bill. Your surgeon and anesthesiologist bill separately. Your cost depends on "
           "your plan's approval, deductible and coinsurance. If you are billed at least $400 more than this "
           "estimate, you may dispute the bill.", 8.8)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, service_dates=[span(planned)],
              denial_date=ed.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [surgeon], "claim_amount": [m2(total)], "service_dates": [[]],
                          "member_id": [None], "denial_date": [None]})
    return out(p), t


def lowres_prose(rng):
    patient, surgeon = people(rng, 2)
    mid = cf_id(rng)
    dos = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 20))
    nd = plus(dos, rng.randint(35, 50))
    billed = amount(rng, 41000, 56000)
    c = clm(rng)
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"{HOSP} sent us a bill of {money(billed)} for the surgery on {fdate(dos, 'long')}, when "
           f"Dr. {surgeon} placed a nerve stimulator to treat your sleep apnea. Your claim number is {c}.", 10)
    p.para("Your plan pays for this surgery only when we have looked at it and said yes before it is done. We "
           "checked our records and the hospital's: nobody asked us before the surgery. Neither your surgeon's "
           "office nor the hospital called, faxed or used our portal about it. Because of that, we cannot pay "
           "this bill. Your plan's contract with the hospital says it may not charge you for it.", 10)
    p.para(f"If you or your surgeon think we are wrong, you may appeal within 180 days of the date of this letter. "
           f"Send any records that show the surgery was approved. Call 1-866-555-{digits(rng, 4)} (TTY 711); "
           f"your member ID is {mid}.", 10)
    p.para(f"Sincerely,\nClaims Review\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [HOSP]})
    return out(p), t


def photocopy_appeal(rng):
    patient, surgeon, md = people(rng, 3)
    mid = cf_id(rng)
    nd = dt.date(2026, rng.choice([5, 6]), rng.randint(2, 24))
    planned = plus(nd, rng.randint(20, 40))
    rid = f"RQ-{digits(rng, 8)}"
    apl = f"APL{digits(rng, 7)}"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Appeal No.", apl), ("Request ID", rid)],
            [("Member", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Surgeon", f"Dr. {surgeon}"), ("Facility", HOSP), ("Requested surgery date", fdate(planned, "slash"))],
            [("Appeal received", fdate(plus(nd, -21), "slash")), ("Service", "64582 nerve stimulator implant"),
             ("Earlier decision", fdate(plus(nd, -60), "slash"))]], size=8.4, h=10)
    p.checks("Decision on your appeal", ["Overturned - approved", "Partly overturned", "Upheld - not approved"],
             [2], cols=3)
    p.ln(1)
    p.capbox("Why",
             "You sent a letter from your surgeon and a new weight from your primary doctor's office (BMI 33.4). "
             "A sleep surgeon who did not make the first decision read everything. Your BMI is lower, but it is "
             "still above the limit in our medical policy for this implant, and the records still do not show it "
             "is the right treatment for you at this time. Your surgeon may send a new request when your BMI is "
             "below 32.")
    p.ln(2)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review by an independent review organization within 4 months of the date of "
           "this letter. Urgent requests are decided within 72 hours.", 9.2)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director, {INS}", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, rid], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [HOSP], "case_numbers": [[apl], [rid]],
                          "service_dates": [[]]})
    return out(p), t


def clean300_stack(rng):
    patient, surgeon, sleep = people(rng, 3)
    mid = cf_id(rng)
    ld = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 26))
    p = DQSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.logo_head(ENT_GROUP, "WLENT", [f"{rng.randint(100, 9800)} Harbor Pointe Dr, Suite 300, Toledo OH "
                                     f"436{rng.randint(10, 99)}  |  Phone 419-555-{digits(rng, 4)}  |  "
                                     f"Fax 419-555-{digits(rng, 4)}"], size=12)
    p.para(fdate(ld, "long"), 10)
    p.para(f"{INS}\nUtilization Management\nAttn: Medical Director", 10)
    p.para(f"**Re: {patient}, member ID {mid}, DOB {fdate(dob(rng), 'slash')}**\n**Letter of medical necessity: "
           "hypoglossal nerve stimulation (CPT 64582)**", 10)
    p.para(f"I am writing for my patient, {patient.split()[0]}, who has moderate to severe obstructive sleep apnea. "
           f"A lab sleep study ordered by Dr. {sleep} showed an apnea-hypopnea index of 38. CPAP was tried for nine "
           "months with a mask refitting and a humidifier; the patient could not keep it on more than two hours a "
           "night. Drug-induced sleep endoscopy showed no complete concentric collapse at the soft palate.", 10)
    p.para("The current body mass index is 31.6, within your policy's limit. I ask that you approve the implant "
           "as outpatient surgery at Wendover Lakes Medical Center. Records are enclosed.", 10)
    p.para(f"Sincerely,\n\nDr. {surgeon}\nOtolaryngology - Head and Neck Surgery\nNPI {digits(rng, 10)}", 10)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, denial_date=ld.isoformat(),
                          provider=surgeon, unscored=["insurer"],
                          alternates={"denial_date": [None], "provider": [ENT_GROUP]}))
    patient2, surgeon2 = people(rng, 2)
    mid2 = cf_id(rng)
    adm = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 20))
    dis = plus(adm, 1)
    nd = plus(dis, rng.randint(30, 45))
    billed = amount(rng, 6000, 9500)
    c = clm(rng)
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims Review")
    q.line("NOTICE OF CLAIM DECISION", 12, "B")
    q.capstrip([("Date of notice", fdate(nd, "dmy")), ("Claim number", c), ("Member ID", mid2),
                ("Group", GROUP)], [40, 50, 45, 40.9 - 0.9 + 0.9])
    q.capstrip([("Patient", patient2), ("Hospital", HOSP), ("Room and board billed", money(billed))],
               [55, 70, 50.9])
    q.ln(3)
    q.para(f"Dear {patient2}:", 9.8)
    q.para(f"We paid for your nerve stimulator surgery by Dr. {surgeon2} as a same-day surgery. The hospital also "
           f"billed an overnight admission, from {fdate(adm, 'slash')} to {fdate(dis, 'slash')}, for room, board "
           "and nursing care.", 9.8)
    q.para("We will not pay the overnight part. The nurses' notes show you were awake, breathing well on room air and "
           "eating by the evening of the surgery, with no problems that needed a hospital bed. People who have this "
           "surgery usually go home the same day, and the records show you could have gone home that day and "
           "recovered there.", 9.8)
    q.para(f"You may appeal within 180 days of the date of this notice. Call 1-866-555-{digits(rng, 4)} (TTY 711). "
           "External review is available within 4 months of our final decision.", 9.4)
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid2,
                          member_name=patient2, cases=[c], claim_amount=m2(billed), service_dates=[span(adm, dis)],
                          denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [surgeon2]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_implant_row_wrong_code_m51", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_boxed_preservice_bmi_above_limit_request_id", "fax_standard_g4", [faxstd_preservice(rng)]),
        Item(F + "phone_es_cirujano_no_trabaja_con_su_plan", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_estimate_nothing_denied", "rotated", [rotated_estimate(rng)]),
        Item(F + "lowres_prose_implant_done_nobody_asked_first", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_boxed_appeal_upheld_bmi_second_level_60", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_surgeon_letter_duplex_then_overnight_stay_turned", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
