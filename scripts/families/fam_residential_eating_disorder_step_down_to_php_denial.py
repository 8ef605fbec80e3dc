"""An invented commercial plan (Kinnick Shoals Health Plan) refusing continued residential eating-disorder
treatment and saying partial hospitalization (PHP) should follow, with the treatment programme's own utilization
review letters and statement. Revenue codes, CPT codes, PHP / residential as level-of-care names and external review
appear as themselves; the plan, its guidelines and time limits, the programme (Windrose Eating Recovery Center),
every doctor, person, number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_eob_four_claims_second_residential_block_not_paid: a landscape member EOB of four claims (labs, an ECG and two
  residential blocks); the second residential block (From/Thru) pays 0.00 under plan note LC4 ("could have been
  given in the day program"); the first block paid, DOB, plan year and out-of-pocket decoys.
- faxstd_three_page_concurrent_review_step_down: a three-page concurrent review letter on a standard fax with a
  running header (UM case, "Page n of 3"): member block page 1, the requested days, the attending psychiatrist and
  the case number only in sentences on page 2, the PHP approval number as a decoy, rights on page 3.
- phone_es_dias_residenciales_programa_de_dia: a photographed Spanish claim letter to a parent about a teenager's
  residential days; every fact in sentences.
- rotated_programme_ur_request_captions_under_values: the programme's own continued-stay request to the plan
  (captions under their values; denies nothing), fed sideways.
- lowres_no_labels_admission_nobody_called: a no-label letter at 150 dpi: residential days before anyone asked the
  plan; "for example" instructions with an example number.
- photocopy_two_page_appeal_upheld_odd_labels: a photocopied two-page appeal decision keeping the step-down
  ("Encounter", "Decision made on", "Seen by", "Amount the program asked for"), second level within 60 days.
- clean300_stack_programme_statement_then_wrong_code_letter_upside_down: the programme's statement to the family
  (denies nothing), its duplex back, then a letter refusing days billed with the residential code when the patient
  went home at night (fed upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "residential_eating_disorder_step_down_to_php_denial"
LANG = "en"
SEED = 353205
INS = "Kinnick Shoals Health Plan"
ALT = ["Kinnick Shoals"]
PLAN = "KSHP Open Access PPO 1500"
GROUP = "60314-0220"
CENTER = "Windrose Eating Recovery Center"


def ks_id(rng):
    return f"KSH{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}-{digits(rng, 7)}-{rng.randint(10, 99)}"


def dob(rng, lo=1994, hi=2010):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DRSheet, rng, unit="Behavioral Health Utilization Management"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Madison WI 53707-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _center_head(p: DRSheet, rng, box=None):
    p.logo_head(CENTER, "WERC", [f"{rng.randint(100, 9800)} Ponderosa Bend Rd, Bend OR 97701-{digits(rng, 4)}  |  "
                                 f"Utilization Review {phone(rng, '541')}  |  Fax {phone(rng, '541')}"], box=box,
                size=12)


def bd_eob(rng):
    patient, att, lab, cardio = people(rng, 4)
    mid = ks_id(rng)
    adm = dt.date(2026, 3, rng.randint(2, 9))
    a_end = plus(adm, 13)
    b0, b1 = plus(a_end, 1), plus(a_end, 10)
    sd = plus(b1, rng.randint(25, 35))
    rate = rng.choice([1650.0, 1725.0, 1800.0])
    src = [(adm, adm, "Ridgeview Clinical Laboratory", lab, "80053 / 83735 Labs", amount(rng, 90, 180), False),
           (adm, adm, "High Desert Heart Clinic", f"Dr. {cardio}", "93000 ECG", amount(rng, 60, 120), False),
           (adm, a_end, CENTER, f"Dr. {att}", "1001 Residential x14 days", round(rate * 14, 2), False),
           (b0, b1, CENTER, f"Dr. {att}", "1001 Residential x10 days", round(rate * 10, 2), True)]
    rows, claims, deny = [], [], 3
    for a, b, bill, rend, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), bill, rend, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "LC4"])
        else:
            al = round(c * rng.uniform(0.6, 0.8), 2)
            you = round(al * 0.2, 2)
            rows.append([n, fdate(a, "slash"), fdate(b, "slash"), bill, rend, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - you, "nosign"), money(you, "nosign"), "A1"])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Issued", fdate(sd, "long"))], [52, 38, 32, 56, 79.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Out-of-pocket met", "$2,340.00 of $6,000.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Printed", fdate(plus(sd, -2), "slash"))],
               [62, 66, 40, 89.4])
    p.ln(3)
    p.table(["Claim", "From", "Thru", "Billing provider", "Rendering", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Note"], rows, [28, 17, 17, 50, 34, 40, 17, 17, 15, 14, 8.4], size=7.7,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** A1: paid under your plan. LC4: we reviewed these days while you were in the program. From the "
           "records, you were eating full meals with support and your weight and heart rate were stable, so the care "
           "could have been given in the program's day treatment (partial hospitalization). The program has a "
           "contract with us and may not bill you for these days.", 8.4)
    p.para("**Your rights.** You may appeal within 180 days of the date this statement was issued. Urgent appeals "
           "are decided within 72 hours. After our final decision you may ask for an external review within 4 "
           "months.", 8.4)
    t = truth("eob", "level_of_care", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][5]), service_dates=[span(b0, b1)],
              denial_date=sd.isoformat(), provider=CENTER, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [att]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_concurrent(rng):
    patient, att, rev, ther = people(rng, 4)
    mid = ks_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 22))
    r0, r1 = plus(nd, 1), plus(nd, 14)
    um = f"UM{digits(rng, 8)}"
    pa = f"PA{digits(rng, 8)}"
    fax = f"{nd.strftime('%Y-%m-%d')} 16:{rng.randint(10, 59)} KSHP BH UM {phone(rng, '608')} -> WERC UR  PG {{n}}"
    p = DRSheet(footer=None, fax_hdr=fax, run_hdr=f"{INS}  -  UM case {um}  -  Page {{n}} of 3")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.line("CONTINUED STAY DECISION", 12.5, "B")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Enrollee ID", mid), ("Group", GROUP), ("cc", f"{CENTER}, Utilization Review")], label_w=30, size=9.4)
    p.ln(2)
    p.para(f"Dear {patient}:", 10)
    p.para("We review care while it is going on so that you get the right kind of care at the right time. This "
           "letter tells you what we decided about your treatment. Page 2 explains the decision. Page 3 explains "
           "your rights.", 10)
    p.para(f"We received the program's request on {fdate(plus(nd, -1), 'slash')} at 3:40 p.m. and decided it "
           "within one business day.", 10)
    p.add_page()
    p.heading("Our decision", 11.5, rule=True)
    p.para(f"Your care team at {CENTER}, led by Dr. {att}, asked us for 14 more days of residential treatment, "
           f"from {fdate(r0, 'long')} through {fdate(r1, 'long')}. We are handling that request as case {um}.", 10)
    p.para("We are not approving more residential days. A psychiatrist who treats eating disorders reviewed the "
           "program's notes and spoke with your care team. You have reached 92% of your goal weight, you have "
           "finished every meal for the last ten days with staff nearby, your heart rate and blood tests are normal, "
           "and you have not needed a feeding tube. Our guideline says that care like this can be given safely in a "
           "partial hospitalization program, where you spend the day in treatment and sleep at home.", 10)
    p.para(f"We have approved partial hospitalization at the program's day site starting {fdate(r0, 'long')} "
           f"(approval {pa}). Your therapist, {ther}, can keep seeing you there.", 10)
    p.add_page()
    p.heading("Your rights", 11.5, rule=True)
    p.para("You may appeal within 180 days of the date of this letter. Because you are still in treatment, you or "
           "your doctor may ask for an expedited appeal, which we decide within 72 hours. Your doctor may also ask to "
           f"talk with Dr. {rev}, who made this decision, at {phone(rng)}.", 10)
    p.para("After our final decision, you may ask for an external review by an independent review organization "
           "within 4 months. The form is KS-BH-ER (Rev. 02/2026).", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nBehavioral Health Medical Director", 10)
    p.taglines()
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[um], service_dates=[span(r0, r1)], denial_date=nd.isoformat(), provider=att,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CENTER], "service_dates": [[r0.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    patient, parent, att, sig = people(rng, 4)
    mid = ks_id(rng)
    d0 = dt.date(2026, 4, rng.randint(2, 12))
    d1 = plus(d0, 8)
    nd = plus(d1, rng.randint(30, 40))
    billed = round(rng.choice([1650.0, 1725.0]) * 9, 2)
    n = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [f"Para los padres de {patient}", parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"Su hijo(a) {patient} estuvo en {CENTER} del {fdate(d0, 'long', 'es')} al {fdate(d1, 'long', 'es')}, "
           f"bajo el cuidado de la Dra. {att}. El centro nos cobró {money(billed)} por esos nueve días de "
           f"tratamiento residencial, y los tramitamos con el reclamo {n}. El número de miembro de su hijo(a) es "
           f"{mid}.", 10)
    p.para("No vamos a pagar esos días como tratamiento residencial. Según las notas del centro, su hijo(a) ya comía "
           "todas sus comidas con apoyo y sus signos vitales estaban estables. Ese cuidado se podía dar en el "
           "programa de día (hospitalización parcial), donde el paciente pasa el día en tratamiento y duerme en "
           "casa. El centro tiene contrato con nosotros y no puede cobrarle a usted estos días.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su hijo(a) sigue en tratamiento, "
           "pida una apelación urgente (72 horas). Puede pedir una revisión externa dentro de 4 meses después de "
           "nuestra decisión final.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=CENTER,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [att]}, denial_alternates=["medical_necessity"])
    return out(p), t


def rotated_ur_request(rng):
    patient, att, urn, diet = people(rng, 4)
    mid = ks_id(rng)
    ld = dt.date(2026, 5, rng.randint(4, 20))
    r0, r1 = plus(ld, 1), plus(ld, 10)
    um = f"UM{digits(rng, 8)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _center_head(p, rng, box="UR REQUEST")
    p.ln(1)
    p.under([(fdate(ld, "slash"), "Sent"), (INS, "To"), (um, "Payer case")], [34, 90, 55.9])
    p.under([(patient, "Patient"), (mid, "Subscriber no."), (fdate(dob(rng), "slash"), "DOB"),
             (fdate(plus(ld, -31), "slash"), "Admitted")], [52, 46, 36, 45.9])
    p.under([(f"Dr. {att}", "Attending psychiatrist"), (f"{fdate(r0, 'slash')} - {fdate(r1, 'slash')}",
                                                        "Days asked for"), ("Residential (1001)", "Level")],
            [62, 62, 55.9])
    p.ln(2)
    p.para("To the utilization reviewer:", 9.8)
    p.para("We are asking for ten more days of residential care. This week the patient restricted at two of "
           "fourteen supervised meals, was found exercising in her room at night, and her weight fell 0.6 kg. "
           "She says she is not ready to eat at home. Her parents work nights and cannot supervise evening meals "
           "yet. Our team believes a step down to partial hospitalization now would likely lead to readmission.", 9.8)
    p.para(f"Our dietitian, {diet}, and the attending are available for a peer-to-peer review. Please call "
           f"{urn}, RN, Utilization Review, at {phone(rng, '541')}.", 9.8)
    p.para(f"{urn}, RN\nUtilization Review Coordinator", 9.8)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[um],
              service_dates=[span(r0, r1)], denial_date=ld.isoformat(), provider=att, unscored=["insurer"],
              alternates={"provider": [CENTER], "case_numbers": [[]], "service_dates": [[]],
                          "denial_date": [None]})
    return out(p), t


def lowres_nobody_called(rng):
    patient, att, sig = people(rng, 3)
    mid = ks_id(rng)
    adm = dt.date(2026, 2, rng.randint(6, 20))
    heard = plus(adm, 5)
    nd = plus(adm, rng.randint(45, 60))
    rate = rng.choice([1650.0, 1800.0])
    billed = round(rate * 5, 2)
    ref = f"BH-26-{digits(rng, 6)}"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"You began residential treatment at {CENTER} under Dr. {att} on {fdate(adm, 'long')}. The program first "
           f"called us on {fdate(heard, 'long')}. For the days from {fdate(adm, 'long')} through "
           f"{fdate(plus(heard, -1), 'long')} the program billed {money(billed)}, and we are not paying those days. "
           f"We have filed this under {ref}.", 10)
    p.para("Your plan asks the program to call us before a planned residential stay begins, or within one business "
           "day if the stay was urgent. No one did. We approved the days from the day we heard from the program, "
           "and this letter does not change that approval. The program has a contract with us and may not bill you "
           "for the days we did not pay.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Write the file number on each page; for "
           "example, \"BH-26-000000, page 1 of 3\". Urgent appeals are decided within 72 hours. Your member ID is "
           f"{mid}. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nBehavioral Health Utilization Management\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(adm, plus(heard, -1))], denial_date=nd.isoformat(),
              provider=CENTER, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [att]})
    return out(p), t


def photocopy_appeal(rng):
    patient, att, rev, sub = people(rng, 4)
    mid = ks_id(rng)
    d0 = dt.date(2026, 3, rng.randint(10, 20))
    d1 = plus(d0, 6)
    nd = plus(d1, rng.randint(50, 70))
    billed = round(rng.choice([1650.0, 1725.0, 1800.0]) * 7, 2)
    n = clm(rng)
    ap = f"AP{digits(rng, 9)}"
    p = DRSheet(footer="Page {n} of {nb}", run_hdr=f"Appeal {ap}  |  {patient}  |  Page {{n}} of {{nb}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("APPEAL DECISION - FIRST LEVEL", 13, "B")
    p.ln(1)
    p.para(fdate(plus(nd, 2), "long") + "  (mailed)", 9.4)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.under([(mid, "Enrollee ID"), (sub, "Subscriber"), (GROUP, "Group"), (fdate(dob(rng), "slash"), "Born")],
            [44, 50, 36, 49.9])
    p.para(f"Dear {patient}:", 10)
    p.para("Thank you for your appeal. A psychiatrist who treats eating disorders, who did not make the first "
           "decision, reviewed it with the program's records and the letter from your therapist. Our decision and "
           "the reasons are on page 2.", 10)
    p.add_page()
    p.pairs([("Decision made on", fdate(nd, "slash")), ("Our file", ap), ("Encounter", n),
             ("Seen by", f"Dr. {att}, {CENTER}"),
             ("Days in question", f"{fdate(d0, 'slash')} through {fdate(d1, 'slash')}"),
             ("Amount the program asked for", money(billed))], label_w=62, size=9.6)
    p.ln(2)
    p.heading("We are keeping our decision", 11.5, rule=True)
    p.para("During these seven days you ate every planned meal with support, your weight went up each week, and "
           "your heart rate and blood work stayed normal. You did not need staff with you overnight. The treatment "
           "you got (meals with support, therapy groups, visits with the dietitian and psychiatrist) is offered in "
           "the program's partial hospitalization level, so we pay these days at that level and not as residential "
           "days.", 10)
    p.heading("If you still disagree", 11.5, rule=True)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
           "an external review within 4 months. If your health is at risk, ask for an expedited review (72 "
           f"hours). Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nAssociate Medical Director, Behavioral Health", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ap, n], claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(),
              provider=att, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[ap], [n]], "provider": [CENTER],
                          "denial_date": [plus(nd, 2).isoformat()],
                          "appeal_deadline": [plus(nd, 62).isoformat()]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def clean300_stack(rng):
    patient, parent, att, sig = people(rng, 4)
    mid = ks_id(rng)
    p0 = dt.date(2026, 5, rng.randint(4, 12))
    p1 = plus(p0, 4)
    sd = plus(p1, rng.randint(20, 30))
    php_rate = rng.choice([780.0, 825.0, 860.0])
    res_rate = rng.choice([1650.0, 1725.0])
    billed = round(res_rate * 5, 2)
    acct = f"W{digits(rng, 8)}"
    # the programme's statement to the family
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _center_head(p, rng, box="STATEMENT")
    p.addr_pair("Responsible party", [parent, *address(rng)], "Remit to",
                [f"{CENTER} Patient Accounts", f"PO Box {rng.randint(2000, 9000)}", f"Bend OR 97709-{digits(rng, 4)}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", patient)],
            [("Attending", f"Dr. {att}"), ("Insurance", f"{INS} {mid}"), ("Due", fdate(plus(sd, 30), "slash"))]],
           size=8.4)
    p.table(["From", "Thru", "Rev", "Description", "Days", "Charges"],
            [[fdate(p0, "slash"), fdate(p1, "slash"), "1001", "Residential treatment", "5", money(billed, "nosign")],
             ["", "", "", "Insurance pending - payer review", "", "0.00"],
             ["", "", "", "PATIENT BALANCE", "", "$0.00"]],
            [24, 24, 14, 78, 14, 25.9], size=8.8, aligns=["L", "L", "L", "L", "R", "R"], bold_last=True)
    p.para("Nothing is due from you today. Your insurer is reviewing these days; we will bill you only for the "
           "deductible or coinsurance your insurer reports.", 9)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(billed),
                          service_dates=[span(p0, p1)], denial_date=sd.isoformat(), provider=CENTER,
                          unscored=["insurer"], alternates={"provider": [att], "member_id": [None]}))
    nd = plus(sd, rng.randint(10, 20))
    n = clm(rng)
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims - Behavioral Health")
    q.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Re: {patient}   Member {mid}", 10, gap=3)
    q.para(f"Dear {parent}:", 10)
    q.para(f"{CENTER} sent us a bill of {money(billed)} for five days of care for {patient}, "
           f"{fdate(p0, 'long')} through {fdate(p1, 'long')}, under claim {n}. The bill uses revenue code 1001, the "
           "code for residential treatment, where the patient stays overnight.", 10)
    q.para(f"The program's own daily notes show that {patient.split(' ')[0]} went home each evening and came back "
           "each morning during those days; that is the day program. The code billed does not match the care in the "
           f"notes, so we cannot pay this claim as sent. The program may send a corrected claim with its day program "
           f"code (about {money(php_rate * 5)} at its usual rate); you do not need to do anything for that.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals are decided "
           "within 72 hours.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims - Behavioral Health", 10)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient,
                          cases=[n], claim_amount=m2(billed), service_dates=[span(p0, p1)], denial_date=nd.isoformat(),
                          provider=CENTER, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_second_residential_block_not_paid", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_three_page_concurrent_review_step_down", "fax_standard_g4", [faxstd_concurrent(rng)]),
        Item(F + "phone_es_dias_residenciales_programa_de_dia", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_programme_ur_request_captions_under_values", "rotated", [rotated_ur_request(rng)]),
        Item(F + "lowres_no_labels_admission_nobody_called", "scan_lowres_150", [lowres_nobody_called(rng)]),
        Item(F + "photocopy_two_page_appeal_upheld_odd_labels", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_programme_statement_then_wrong_code_letter_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
