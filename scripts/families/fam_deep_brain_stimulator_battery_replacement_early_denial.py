"""An invented commercial plan (Corvane Ridge Health Plan) refusing early replacement of a deep brain
stimulator's battery (the implanted pulse generator, IPG) because the device's own check showed battery life
left, with the neurosurgeon's letter asking for it. CPT 61885/61886/95983, HCPCS L8686/L8688, the elective
replacement indicator (ERI) and Parkinson's disease appear as themselves; the plan, its medical policy and time
limits, the hospital, every physician, person, number and address are invented. Reasons are put in the
writer's own words in each file.

Documents (8 in 7 files):
- bd_eob_three_claims_facility_replacement_not_needed_yet: a member EOB of three claims (the neurologist's
  programming visit, the neurosurgeon's pre-op visit, the hospital's outpatient IPG replacement); only the
  replacement is refused (battery not near its end); DOB, plan year, deductible and an Rx-line decoy.
- faxfine_two_page_neurosurgeon_letter_of_medical_necessity: the neurosurgeon's two-page letter asking the plan
  to approve the replacement (denies nothing); running header with the patient and "Page 2 of 2", facts in
  sentences on page 2, the plan's earlier reference quoted.
- faxstd_ur_notice_captions_under_values_eri_not_reached: a pre-service utilization review notice to the
  surgeon on a standard fax, values over their captions ("Encounter", "Requested by", "Planned for"), request-
  received date, NPI and policy number decoys; no amount.
- phone_es_reemplazo_sin_autorizacion: a photographed Spanish letter: the replacement was done without the
  plan's approval; facts in sentences.
- rotated_two_page_appeal_upheld_member_block_page_one: an appeal decision fed sideways, the member block and
  letterhead on page 1, the decision facts on page 2 under a running header "Letter ... Page 2 of 2".
- lowres_prose_rechargeable_code_billed_nonrechargeable_implanted: a no-label letter at 150 dpi: the hospital
  billed the rechargeable dual-array code but the implant record shows a non-rechargeable device.
- photocopy_stack_denial_then_cover_then_appeal_overturned: a photocopied stack: the plan's post-service denial
  of the neurosurgeon's surgical claim (labels to the right of values), a fax cover sheet, then the plan's
  letter overturning it on appeal (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdre import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "deep_brain_stimulator_battery_replacement_early_denial"
LANG = "en"
SEED = 353204
INS = "Corvane Ridge Health Plan"
ALT = ["Corvane Ridge"]
PLAN = "Corvane Choice EPO 2500"
GROUP = "31174-0260"
HOSP = "Ashgrove Valley Medical Center"
NSG = "Stellmark Neurosurgery Associates"
NEURO = "Kettle Bend Movement Disorders Clinic"
POLICY = "CRHP-MP-NS-041"


def cr_id(rng):
    return f"XCV{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 2)}{rng.choice('ACDEFGHKMNPRTWX')}{digits(rng, 9)}"


def dob(rng, lo=1948, hi=1972):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Sioux Falls SD 571{rng.randint(10, 99)}-"
                 f"{digits(rng, 4)}  |  1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    pat, sub, neuro, surg = people(rng, 4)
    mid = cr_id(rng)
    sd = dt.date(2026, rng.choice([5, 6]), rng.randint(2, 24))
    d_rep = plus(sd, -rng.randint(25, 35))
    src = [(plus(d_rep, -40), NEURO, f"Dr. {neuro}", "95983 DBS programming", amount(rng, 310, 460), False),
           (plus(d_rep, -12), NSG, f"Dr. {surg}", "99214 Pre-op visit", amount(rng, 190, 280), False),
           (d_rep, HOSP, f"Dr. {surg}", "61886, L8688 IPG replacement", amount(rng, 38000, 52000), True)]
    rows, claims, tot = [], [], 0.0
    for d, bill, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        tot += c
        if den:
            rows.append([n, fdate(d, "slash"), bill, rend, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "N7"])
        else:
            al = round(c * rng.uniform(0.5, 0.7), 2)
            you = round(min(40.0, al), 2)
            rows.append([n, fdate(d, "slash"), bill, rend, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "A1"])
    rows.append(["", "", "", "", "Totals", money(round(tot, 2), "nosign"), "", "", "", ""])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", pat), ("Subscriber", sub), ("Member ID", mid), ("Group", GROUP),
                ("Issued", fdate(sd, "abbr"))], [52, 52, 44, 36, 73.4])
    p.capstrip([("Plan", PLAN), ("Plan year", "07/01/2025 - 06/30/2026"), ("Patient DOB", fdate(dob(rng), "slash")),
                ("Deductible met", "$2,500.00 of $2,500.00")], [60, 70, 47, 80.4])
    p.ln(3)
    p.table(["Claim", "Date of service", "Billed by", "Treating doctor", "Service", "Amount billed", "Plan allowed",
             "Plan paid", "Your share", "Note"], rows, [30, 22, 52, 34, 48, 20, 18, 16, 16, 9.4], size=7.7,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Notes.** A1: paid under your plan; your share is your copay. N7: the stimulator's pulse generator was "
           f"replaced before its battery reached the point where replacement is needed. Under medical policy "
           f"{POLICY} the plan pays for a new generator when the device shows its elective replacement indicator "
           "or the check before surgery estimates less than six months of battery left. The check sent with this "
           "claim estimated about 19 months. The hospital may not bill you more than your share while an appeal "
           "is open.", 8.4)
    p.para("**Appeals.** You may appeal within 180 days of the date this statement was issued. Urgent appeals: "
           "72 hours. After our final decision you may ask for an external review within 4 months.", 8.4)
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=pat,
              cases=[claims[2]], claim_amount=m2(src[2][4]), service_dates=[span(d_rep)], denial_date=sd.isoformat(),
              provider=HOSP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [surg], "plan_id": [None]})
    return out(p), t


def faxfine_letter(rng):
    pat, surg, neuro = people(rng, 3)
    mid = cr_id(rng)
    ld = dt.date(2026, rng.choice([3, 4]), rng.randint(3, 24))
    first = plus(ld, -rng.randint(12, 20))
    planned = plus(ld, rng.randint(20, 35))
    ref = f"UM{digits(rng, 9)}"
    fax = (f"{ld.strftime('%d-%b-%Y').upper()} 16:{rng.randint(10, 59)}  STELLMARK NEUROSURG 605-555-{digits(rng, 4)}"
           f"  >> CORVANE UM FAX  P.{{n}}")
    p = DRSheet(footer=None, fax_hdr=fax, run_hdr=f"Re: {pat}  |  DOB {fdate(dob(rng), 'slash')}  |  Page {{n}} of {{nb}}",
                serif=True)
    p.set_margins(24, 18, 24)
    p.add_page()
    p.logo_head(NSG, "SNA", [f"{rng.randint(100, 900)} Larkspur Medical Pkwy, Suite {rng.randint(200, 480)}, "
                             f"Rapid City SD 577{rng.randint(10, 99)}  |  605-555-{digits(rng, 4)}  |  "
                             f"NPI {digits(rng, 10)}"], size=12)
    p.para(fdate(ld, "long"), 10.5)
    p.para(f"Utilization Management\n{INS}\nFax 1-866-555-{digits(rng, 4)}", 10.5)
    p.para(f"Re: {pat}, member {mid}\nYour reference {ref}", 10.5)
    p.para("To the reviewing physician:", 10.5)
    p.para(f"I am the neurosurgeon who placed this patient's deep brain stimulator, and I write to ask you to "
           f"reconsider your decision of {fdate(first, 'long')}. The patient has advanced Parkinson's disease "
           "with motor fluctuations and has done very well with bilateral subthalamic stimulation for six years.",
           10.5)
    p.para("Your letter relied on the battery estimate printed at the last programming visit. That estimate assumes "
           "the current settings stay the same. They have not.", 10.5)
    p.add_page()
    p.para(f"Over the winter Dr. {neuro} at {NEURO} had to raise the amplitude on both leads twice to control "
           "tremor and freezing of gait. At the new settings the generator drains much faster, and at the visit "
           "last month the device's own estimate fell to about eight months. Because this is a non-rechargeable "
           "dual-channel generator, if it reaches its end without warning the patient faces a sudden return of "
           "severe rigidity, which in patients like this has led to falls and, in the literature, to a withdrawal "
           "state needing intensive care.", 10.5)
    p.para(f"I have scheduled the replacement of the generator (CPT 61886 with a dual-array generator, L8688) at "
           f"{HOSP} on {fdate(planned, 'long')}, and I ask that you approve it before then. I am glad to speak "
           f"with your reviewer; my direct line is 605-555-{digits(rng, 4)}.", 10.5)
    p.para(f"Sincerely,\n\n{surg}, MD, FAANS\n{NSG}", 10.5)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=pat, cases=[ref], service_dates=[span(planned)],
              denial_date=ld.isoformat(), provider=surg, unscored=["insurer"],
              alternates={"case_numbers": [[]], "denial_date": [None], "provider": [NSG], "service_dates": [[]]})
    return out(p), t


def faxstd_ur(rng):
    pat, surg, md = people(rng, 3)
    mid = cr_id(rng)
    nd = dt.date(2026, rng.choice([2, 3]), rng.randint(3, 24))
    rcv = plus(nd, -rng.randint(4, 9))
    planned = plus(nd, rng.randint(14, 30))
    auth = f"PA-{digits(rng, 4)}-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%m/%d/%y')} 11:{rng.randint(10, 59)} CORVANE RIDGE UM 1-866-555-{digits(rng, 4)} "
           f"TO {NSG.upper()}  P{{n}}/{{{{nb}}}}")
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left=f"Form CR-UM-22 (Rev. 01/2026)")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE DETERMINATION  -  PRE-SERVICE", 12, "B")
    p.ln(3)
    p.under([("Encounter", auth), ("Decision made on", fdate(nd, "slash")), ("Request received", fdate(rcv, "slash"))],
            [62, 58, 65.9])
    p.under([("Enrollee", pat), ("Enrollee ID", mid), ("Group", GROUP)], [70, 58, 57.9])
    p.under([("Requested by", f"Dr. {surg}"), ("Practice NPI", digits(rng, 10)), ("Where care would be given", HOSP)],
            [55, 40, 90.9])
    p.under([("Service asked for", "61886 + L8688  DBS generator replacement"), ("Planned for", fdate(planned, "slash"))],
            [120, 65.9])
    p.ln(2)
    p.checks("Decision", [(False, "Approved"), (True, "Not approved"), (False, "Approved in part")], cols=3)
    p.checks("Why", [
        (True, "The interrogation report sent with the request shows the generator has not reached its elective "
               "replacement indicator and estimates 22 months of battery life at current settings. Replacing "
               f"a working generator this early is not medically necessary under policy {POLICY}."),
        (False, "Information needed was not received"),
        (False, "Provider is not in the plan's network")], size=8.4)
    p.para("Peer to peer: the requesting surgeon may call our medical director within 5 business days. Reconsider: "
           "send new interrogation results (for example, a report dated after a settings change) at any time. "
           "Appeal: the member or the surgeon on the member's behalf may appeal within 180 days of the date of "
           "this notice. Expedited appeal: 72 hours.", 8.8)
    p.para(f"Reviewed by Dr. {md}, neurologist  |  UM fax 1-866-555-{digits(rng, 4)}", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=pat,
              cases=[auth], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surg,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [HOSP]})
    return out(p), t


def phone_es(rng):
    pat, surg = people(rng, 2)
    mid = cr_id(rng)
    dos = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 26))
    nd = plus(dos, rng.randint(30, 45))
    billed = amount(rng, 36000, 49000)
    n = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [pat, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {pat}:", 10)
    p.para(f"El {fdate(dos, 'long', 'es')}, en {HOSP}, el Dr. {surg} le cambió el generador (la batería) de su "
           f"estimulador cerebral profundo. El hospital nos envió la factura por {money(billed)} y la estamos "
           f"tramitando con el número de reclamo {n}.", 10)
    p.para("No podemos pagar este reclamo. Su plan exige que pidamos aprobación antes de cambiar el generador de un "
           "estimulador, salvo en una emergencia. Nadie nos pidió esa aprobación antes de la cirugía, y la cirugía "
           "estaba programada con semanas de anticipación. El hospital no puede cobrarle a usted más que su parte "
           "mientras el reclamo esté en revisión.", 10)
    p.para(f"Su número de miembro es {mid}. Plan {PLAN}.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.6)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud corre peligro, pida "
           "una apelación urgente (72 horas). Puede pedir una revisión externa dentro de 4 meses después de "
           "nuestra decisión final.", 9.6)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN, member_id=mid, member_name=pat,
              cases=[n], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [surg], "plan_id": [None]})
    return out(p), t


def rotated_appeal(rng):
    pat, surg, md = people(rng, 3)
    mid = cr_id(rng)
    dos = dt.date(2026, 2, rng.randint(2, 26))
    nd = plus(dos, rng.randint(80, 100))
    billed = amount(rng, 4200, 6900)
    apl = f"AG-{digits(rng, 8)}"
    n = clm(rng)
    lid = f"CRL{digits(rng, 8)}"
    p = DRSheet(footer=None, run_hdr=f"{INS}  |  Letter {lid}  |  Page {{n}} of {{nb}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10)
    for ln in [pat, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Subscriber number", mid), ("Plan", PLAN), ("Matter no.", apl)], label_w=42, size=9.6, h=5)
    p.ln(2)
    p.heading("Your appeal decision", 12)
    p.para(f"Dear {pat}:", 10)
    p.para("Thank you for your appeal. A neurosurgeon who was not part of the first decision reviewed your appeal, "
           "the letters your doctors sent and the plan's medical policy. The decision and your rights are on the "
           "next page.", 10)
    p.para(f"Printed {fdate(plus(nd, 2), 'slash')}. Keep this letter. If you call us, have your subscriber number "
           "ready.", 9)
    p.add_page()
    p.heading("What we decided", 11)
    p.para(f"Your appeal was about the surgery Dr. {surg} of {NSG} did on {fdate(dos, 'long')} to replace the "
           f"generator of your deep brain stimulator. Dr. {surg} billed {money(billed)} for the surgery under "
           f"claim {n}.", 10)
    p.para("**We are keeping our decision not to pay.** The device check done two weeks before surgery showed the "
           "generator working normally, no elective replacement indicator, and about 17 months of battery left at "
           "your settings. Your doctors wanted to change it early so it would not run out during a planned trip. "
           "The plan pays for a new generator when the battery is near its end or the device is failing; neither "
           "was true here, so the early replacement was not medically necessary.", 10)
    p.heading("Your rights", 11)
    p.para("This was your final internal appeal. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter. If your health is in serious danger, ask for "
           "an expedited external review. You may also contact your state's insurance department.", 10)
    p.para(f"Sincerely,\n\nDr. {md}\nPhysician Reviewer, Appeals and Grievances", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, member_id=mid, member_name=pat,
              cases=[apl, n], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=surg, alternates={"insurer": ALT, "case_numbers": [[apl], [n]], "provider": [NSG],
                                          "plan_id": [None]})
    return out(p), t


def lowres_coding(rng):
    pat, surg = people(rng, 2)
    mid = cr_id(rng)
    dos = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 26))
    nd = plus(dos, rng.randint(40, 60))
    billed = amount(rng, 44000, 58000)
    ref = f"R{digits(rng, 3)}-{digits(rng, 7)}"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [pat, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {pat}:", 10)
    p.para(f"On {fdate(dos, 'long')} you had the generator of your brain stimulator replaced at {HOSP}, with "
           f"Dr. {surg} as your surgeon. The hospital's bill came to {money(billed)}, and we are handling it under "
           f"reference {ref} for member {mid}.", 10)
    p.para("We have not paid the hospital's bill yet. It lists the code for a rechargeable dual-array generator "
           "(L8687), but the implant record from your surgery shows a non-rechargeable dual-array generator was "
           "placed (L8688). The code billed does not match the device you received. We asked the hospital to send "
           "a corrected bill; when it does, we will process it under your plan's benefits. You do not need to "
           "do anything, and the hospital may not bill you for the difference.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. For example, if your "
           "surgeon told you the device is rechargeable, send us what they gave you. Urgent appeals are decided "
           f"within 72 hours. Questions: 1-866-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Sincerely,\nClaims Review\n{INS}", 10)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=pat, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [surg]})
    return out(p), t


def photocopy_stack(rng):
    pat, surg, md = people(rng, 3)
    mid = cr_id(rng)
    dos = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 24))
    nd = plus(dos, rng.randint(35, 50))
    billed = amount(rng, 3900, 6400)
    n = clm(rng)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM DECISION FOR THE TREATING PROVIDER", 12, "B")
    p.ln(2)
    p.right_pairs([("Decision made on", fdate(nd, "long")), ("Our file", n), ("Seen by", f"Dr. {surg}"),
                   ("Patient", pat), ("Enrollee ID", mid), ("Date(s) you gave care", fdate(dos, "slash")),
                   ("Amount the office asked for", money(billed)), ("Group", GROUP)], value_w=62)
    p.ln(3)
    p.para(f"We reviewed the surgical claim from {NSG} for the replacement of this patient's deep brain stimulator "
           "generator (61886). The device report in the record shows the generator had not reached its elective "
           "replacement indicator and had more than a year of battery left; the replacement was not medically "
           f"necessary under policy {POLICY}. The member may not be billed for this claim.", 9.6)
    p.para("The office may ask for reconsideration within 60 days of the date of this notice. Member appeal rights "
           "(180 days) are explained in the member's EOB.", 9.4)
    doc1 = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid,
                          member_name=pat, cases=[n], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=surg, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [NSG]}))
    ad = plus(nd, rng.randint(45, 60))
    apl = f"AG-{digits(rng, 8)}"
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Grievances")
    q.para(fdate(ad, "long"), 10)
    for ln in [pat, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Dear {pat}:", 10)
    q.para(f"Good news. We have changed our decision on your appeal {apl}. Dr. {surg} sent a new device report "
           "showing the generator's battery was draining faster after a settings change and that the generator "
           f"had an impedance warning. We will pay the surgery done on {fdate(dos, 'long')} (claim {n}, "
           f"{money(billed)}) under your plan's benefits. You will get a new explanation of benefits.", 10)
    q.para(f"You owe only your usual share. Reviewer: Dr. {md}. Questions: 1-866-555-{digits(rng, 4)} (TTY 711). "
           f"Member ID {mid}.", 10)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=pat, cases=[apl, n],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ad.isoformat(),
                          provider=surg, alternates={"insurer": ALT, "case_numbers": [[apl], [n], []],
                                                     "claim_amount": [None], "provider": [NSG]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_facility_replacement_not_needed_yet", "born_digital", [bd_eob(rng)]),
        Item(F + "faxfine_two_page_neurosurgeon_letter_of_medical_necessity", "fax_fine_g4", [faxfine_letter(rng)]),
        Item(F + "faxstd_ur_notice_captions_under_values_eri_not_reached", "fax_standard_g4", [faxstd_ur(rng)]),
        Item(F + "phone_es_reemplazo_sin_autorizacion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_appeal_upheld_member_block_page_one", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_prose_rechargeable_code_billed_nonrechargeable_implanted", "scan_lowres_150",
             [lowres_coding(rng)]),
        Item(F + "photocopy_stack_denial_then_cover_then_appeal_overturned", "photocopy", photocopy_stack(rng),
             separators=[None, "cover"]),
    ]
