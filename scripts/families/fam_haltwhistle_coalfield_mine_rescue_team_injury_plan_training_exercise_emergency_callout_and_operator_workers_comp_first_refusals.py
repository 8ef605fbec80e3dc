"""Papers of an invented injury plan for the members of coal-mine rescue teams: the Haltwhistle Coalfield Mine Rescue
Team Injury Benefit Plan, sponsored by the Haltwhistle Coalfield Mine Rescue Association (its Board of Trustees) and
run by an invented claims administrator, Stonecastle Benefit Administrators, Inc. The plan pays for injuries a
certified team member suffers in a covered team activity: a mine emergency callout logged by the Association's
dispatcher, a training exercise on the Association's published training calendar that the member signed in to on
the exercise roster (Form MRA-7), or a sanctioned mine rescue contest. A workout or run that team members arrange
among themselves is not a covered team activity. A member stays certified for a calendar year only after 40 hours of
refresher training in the year before (at least four under breathing apparatus each quarter) and a fitness exam in
the last 12 months. When the member works for a member mine and was on the operator's payroll at the time (paid
training time), the operator's workers' compensation carrier pays first and the plan pays only what the carrier's
written decision leaves. Surgery, non-emergency MRI and CT, and physical therapy past 12 visits for one injury need
the plan's pre-treatment review first; bills must reach the administrator within 180 days of the date of service;
appeals go to the Board of Trustees within 90 days of the notice (providers: 60 days of a payment register).
Every organization, mine, carrier, provider, person, number, rule, limit, code and amount is invented; CPT codes
appear as themselves; phones 555.

Documents (8 in 7 files):
- born_digital_injury_benefit_statement_thirteenth_therapy_visit_code_r7: a two-page benefit statement to a team
  member on a knee injury from a sanctioned exercise, a running header of bare identifiers (plan, member number,
  injury file) on both pages, an "about this injury" box, the bills of three providers in a ledger (each bill under
  a shaded line with its claim number), money with "$" in totals and without in lines; the physical therapy bill's
  four visits (10 to 13) of which only visit 13 pays 0.00 under code R7, explained only in the code key on page 2;
  a worked example with amounts as a decoy; "within 90 days of the date of this statement".
- finefax_plan_letter_ankle_fracture_team_fitness_run_not_a_team_activity: a fine-fax letter on the plan's own
  letterhead, values above their captions in ruled boxes, the team captain who reported the injury with his own
  member number, the last sanctioned exercise and the training calendar number as decoys; a Saturday run arranged
  by the team is not a covered team activity; the hospital's bill; "must be received by" a printed date.
- scan_three_page_letter_back_strain_paid_training_time_comp_carrier_first: a clean-scan three-page letter, a small
  running footer with the member number and injury file; page 1 the decision in short, page 2 two columns on how the
  plan works with workers' compensation and the hospital bill, page 3 what to send and an ERISA rights block; the
  operator, its carrier and the carrier's claim number as decoys; "within 90 days of the date of this letter".
- phone_es_carta_certificacion_vencida_horas_de_entrenamiento: a photographed Spanish letter: certification lapsed
  because the member logged 31 of the 40 refresher hours in 2025 (a table of hours by quarter), the clinic's bill for
  a hand laceration at a sanctioned exercise; "dentro de 90 días a partir de la fecha de esta carta".
- photocopy_stack_routing_slip_callout_injury_accepted_then_ambulance_bill_late: a photocopied stack: the
  Association office's routing slip (a page of its own), the plan's notice accepting an injury from a mine fire
  callout (callout number, denies nothing), then, upside down, a letter to the ambulance authority refusing its
  bill for the callout transport because it arrived more than 180 days after the service.
- lowres_pretreatment_review_shoulder_repair_not_medically_necessary_date_block: a 150 dpi pre-treatment review
  decision: a framed block of dates (received, decided, mailed) at the right, the planned rotator cuff repair, three
  weeks of therapy against the six the plan's guideline asks for, a peer-to-peer offer as a decoy; "within 90 days of
  the date of this notice".
- rotated_landscape_payment_register_clinic_five_members_duplicate_claim: a landscape payment register to an
  occupational health clinic fed turned: five team members, one claim a block, the fourth paying 0.00 under D2
  (duplicate of an earlier claim, whose number and paid date are printed), check number and totals as decoys;
  "within 60 days of the register date".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famkf import (KFSheet, dmy_dash, es_date, first_last, iso, last_first, long, m2, n2, npi, out,
                               people, phone, plus, routing_slip, slash, surname, tollfree, truth, usd, wday_long,
                               workday, yy)
from public_kit import digits

FAMILY = ("haltwhistle_coalfield_mine_rescue_team_injury_plan_training_exercise_emergency_callout_and_operator_"
          "workers_comp_first_refusals")
LANG = "en"
SEED = 355105
PLAN = "Haltwhistle Coalfield Mine Rescue Team Injury Benefit Plan"
PLAN_ES = "Plan de Beneficios por Lesiones de los Equipos de Rescate Minero de Haltwhistle Coalfield"
ASSOC = "Haltwhistle Coalfield Mine Rescue Association"
TPA = "Stonecastle Benefit Administrators, Inc."
TPA_ALT = ["Stonecastle Benefit Administrators", "Stonecastle"]
PLAN_ALT = ["Haltwhistle Coalfield Mine Rescue Team Injury Benefit Plan", ASSOC,
            "Haltwhistle Coalfield Mine Rescue Association Board of Trustees"]
GROUP = "HCMR-0092"
TPA_ADDR = "Injury Plan Unit, P.O. Box 2217, Beckley, WV 25802-2217"
ASSOC_ADDR = "1408 Tipple Road, Harrowgill, WV 25854"
HOSP = "Longhorsley Regional Medical Center"
CLINIC = "Netherwitton Occupational Health Clinic"
PT = "Ulgham Physical Therapy & Sports Rehab"
ORTHO = "Kirkwhelpington Orthopaedic Associates"
AMB = "Rothbury Valley Ambulance Authority"
MINE_A = "Capheaton Coal Company, LLC"
MINE_B = "Bavington Mining Corp."
CARRIER = "Widdrington Mutual Casualty Insurance Company"
MANAGER = "Marcella T. Hensley"


def mem(rng):
    return "HCT" + digits(rng, 6)


def injury_file(rng, d: dt.date) -> str:
    return f"IF{d:%y}-{digits(rng, 4)}"


def claim_no(rng) -> str:
    return "SBA" + digits(rng, 9)


def town(rng):
    return rng.choice([("Harrowgill, WV", "25854"), ("Coal Fork, WV", "25849"), ("Slab Camp, WV", "25862"),
                       ("Tipple Hollow, WV", "25876"), ("Breaker Run, WV", "25811")])


def home(rng):
    t, z = town(rng)
    street = rng.choice(["Slate Branch Rd", "Headhouse Ln", "Drift Mouth Rd", "Lamp House St", "Portal Hill Rd"])
    return [f"{rng.randint(12, 980)} {street}",
            f"{t} {z}"]


def tpa_head(p, rng, box=None, unit="Injury Plan Unit"):
    p.head(TPA, "STONECASTLE", [f"Claims administrator for the {PLAN}",
                                f"{unit}, P.O. Box 2217, Beckley, WV 25802-2217  |  {tollfree(rng, '866')}  |  "
                                f"Fax (304) 555-{digits(rng, 4)}"], box=box, size=12.4)


def plan_head(p, rng, box=None):
    p.head(PLAN, "HCMRA", [f"Board of Trustees, {ASSOC}  |  {ASSOC_ADDR}",
                           f"Administered by {TPA}  |  {tollfree(rng, '866')}"], box=box, size=11.2)


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    member, ortho_doc, therapist = people(rng, 3, kind="mr", sexes="MMF")
    m = mem(rng)
    inj = dt.date(2026, 1, rng.randint(10, 14))
    f_no = injury_file(rng, inj)
    sd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    er = inj
    o1 = plus(inj, rng.randint(3, 5))
    o2 = plus(o1, rng.randint(20, 24))
    pt10 = plus(o1, rng.randint(38, 42))
    visits = [pt10, plus(pt10, 2), plus(pt10, 5), plus(pt10, 7)]
    c_h, c_o, c_p = claim_no(rng), claim_no(rng), claim_no(rng)
    pt_line = 164.00
    groups = [
        {"head": f"{HOSP}   Claim {c_h}   Emergency visit", "rows": [
            [slash(er), "99284", "Emergency department visit", "", "1,184.00", "1,184.00", "P1"],
            [slash(er), "73562", "X-ray, knee, 3 views", "", "286.00", "286.00", "P1"]],
         "sub": ["", "", "Bill total", "", "$1,470.00", "$1,470.00", ""]},
        {"head": f"{ORTHO}   Claim {c_o}   Dr. {ortho_doc}", "rows": [
            [slash(o1), "99204", "New patient visit", "", "318.00", "318.00", "P1"],
            [slash(o2), "99213", "Follow-up visit", "", "164.00", "164.00", "P1"]],
         "sub": ["", "", "Bill total", "", "$482.00", "$482.00", ""]},
        {"head": f"{PT}   Claim {c_p}   {therapist}, PT", "rows": [
            [slash(v), "97110 97140", "Therapeutic exercise, manual therapy", str(10 + i), n2(pt_line),
             "0.00" if i == 3 else n2(pt_line), "R7" if i == 3 else "P1"] for i, v in enumerate(visits)],
         "sub": ["", "", "Bill total", "", usd(pt_line * 4), usd(pt_line * 3), ""]},
    ]
    tot_b = 1470 + 482 + pt_line * 4
    tot_p = 1470 + 482 + pt_line * 3
    p = KFSheet(footer=None, footer_left=f"SBA-IBS-3  |  Statement date {slash(sd)}",
                every=f"HCMR INJURY BENEFIT PLAN   {m}   {f_no}   Page {{n}} of {{nb}}")
    p.set_margins(16, 15, 16)
    p.add_page()
    tpa_head(p, rng, box="INJURY BENEFIT STATEMENT")
    p.addr_pairs_right([member, *home(rng)],
                       [("Statement date", long(sd)), ("Team member", member), ("Group", GROUP),
                        ("Team", "Team 14, Capheaton No. 3"), ("Injury date", slash(inj))],
                       split=0.5, cap_w=32, size=9)
    W = p.w - p.l_margin - p.r_margin
    p.history_box("About this injury", ["Activity", "Calendar item", "Roster signed", "Injury"],
                  [["Quarterly underground exercise (sanctioned)", f"TC-26-0{rng.randint(1, 4)}", "Yes, Form MRA-7",
                    "Left knee sprain (S83.412A)"]], [W * 0.36, W * 0.18, W * 0.2, W * 0.26],
                  note="The Board accepted this injury as a covered team activity. Bills are paid at 100% of the "
                       "plan's allowance.", size=8.2)
    p.ln(3)
    p.heading("Bills we processed for this injury", 11, rule=False)
    p.grouped_ledger(["Date", "Code", "Service", "Visit", "Billed", "Plan paid", "Code"], groups,
                     [W * 0.12, W * 0.13, W * 0.34, W * 0.07, W * 0.12, W * 0.13, W * 0.09],
                     ["L", "L", "L", "C", "R", "R", "C"], size=8.2, row_h=4.8,
                     totals=["", "", "Totals on this statement", "", usd(tot_b), usd(tot_p), ""])
    p.ln(3)
    p.para("The code beside each line tells you how we handled it; the code key is on page 2. Providers bill the plan "
           "directly. You owe nothing for a line paid under P1.", 9.4)
    p.add_page()
    p.glossary("Code key", [
        ("P1", "Paid in full at the plan's allowance for a covered team activity."),
        ("P4", "Paid after the workers' compensation carrier's decision; the plan paid what the carrier did not."),
        ("R7", "Physical therapy past 12 visits for one injury needs the plan's pre-treatment review before the "
               "visit. No review was asked for before this visit. Your therapist may ask for a review of the visits "
               "still needed."),
        ("R9", "Not a covered team activity."),
        ("W1", "Workers' compensation pays first; send the carrier's decision."),
        ("D2", "Duplicate of a bill already processed.")], size=8.4, cols=1)
    p.heading("How we figure benefits", 11, rule=True)
    p.para("The plan pays its allowance for each service, up to the amount billed. For example, if a provider bills "
           "$250.00 for a service whose allowance is $210.00, the plan pays $210.00 and the provider writes off "
           "$40.00. You never pay the difference.", 9.4)
    p.heading("If you disagree", 11, rule=True)
    p.para("You or your provider may appeal any line on this statement to the Board of Trustees within 90 days of the "
           f"date of this statement. Write to the Appeals Coordinator at {TPA_ADDR}, name the injury file and the "
           "line, and send anything that supports your appeal.", 9.4)
    p.para(f"Questions: {tollfree(rng, '866')}, Monday through Friday, 7:30 a.m. to 4:30 p.m. Eastern.", 9)
    t = truth("eob", "prior_authorization", insurer=TPA, group=GROUP, member_id=m, member_name=member,
              cases=[c_p], claim_amount=m2(pt_line * 4), service_dates=[iso(visits[3])], denial_date=iso(sd),
              provider=PT, appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": TPA_ALT + [PLAN], "claim_amount": [m2(pt_line)],
                          "case_numbers": [[c_p, f_no], [f_no, c_p]],
                          "provider": [f"{therapist}, PT", therapist, "Ulgham Physical Therapy"]})
    return out(p), t


def finefax_fitness_run(rng):
    member, captain = people(rng, 2, kind="mr", sexes="MM")
    m, cap_m = mem(rng), mem(rng)
    inj = dt.date(2026, 2, rng.choice([7, 14, 21]))       # a Saturday in February 2026
    last_ex = plus(inj, -rng.randint(16, 24))
    rcvd = plus(inj, rng.randint(14, 20))
    ld = workday(plus(rcvd, rng.randint(9, 13)))
    f_no = injury_file(rng, inj)
    c = claim_no(rng)
    by = plus(ld, 90)
    lines = [("99284", "Emergency department visit", 1184.00), ("73610", "X-ray, ankle, 3 views", 274.00),
             ("29515", "Short leg splint", 196.00)]
    tot = sum(x[2] for x in lines)
    p = KFSheet(footer=None, footer_left=f"HCMR-D9  |  {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng)
    p.line(long(ld), 10, "B")
    p.ln(2)
    for ln in [member, *home(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(m, "Member no.", W * 0.2), (f_no, "Injury file", W * 0.18), (c, "Claim", W * 0.22),
                  (slash(inj), "Date of injury", W * 0.18), (usd(tot), "Hospital bill", W * 0.22)])
    p.f(13, "B")
    p.multi_cell(0, 6.5, "Your broken ankle from the February run is not a covered team activity", new_x="LMARGIN",
                 new_y="NEXT", align="L")
    p.ln(1)
    p.para(f"Dear {first_last(member)}:", 10)
    p.para(f"Team captain {captain} (member no. {cap_m}) reported that you broke your right ankle on Saturday, "
           f"{long(inj)}, during a conditioning run that members of Team 9 held on the Slab Camp rail trail. "
           f"{HOSP} sent us its bill for your emergency visit that day.", 10)
    p.para("The plan pays for injuries in a covered team activity: a mine emergency callout, a training exercise on "
           "the Association's published training calendar that you signed in to on the exercise roster (Form MRA-7), or "
           "a sanctioned contest. The run was arranged by team members among themselves. It was not on the training "
           f"calendar and no roster was kept. The last sanctioned exercise of your team was on {slash(last_ex)} "
           f"(calendar item TC-26-0{rng.randint(1, 4)}). Because the injury did not happen in a covered team "
           "activity, the plan cannot pay the hospital's bill.", 10)
    p.table(["Code", "Service", "Billed", "Plan paid"],
            [[cd, s, usd(b), "$0.00"] for cd, s, b in lines] + [["", "Total", usd(tot), "$0.00"]],
            [W * 0.14, W * 0.52, W * 0.17, W * 0.17], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("You may send the bill to your own health insurance. Keeping fit between exercises is encouraged, and the "
           "Association can put a team conditioning session on the training calendar if your captain asks for it.",
           10)
    p.para(f"To appeal to the Board of Trustees, write to the Appeals Coordinator, {TPA_ADDR}. Your appeal must be "
           f"received by {long(by)}.", 10)
    p.signoff(["For the Board of Trustees,", MANAGER, "Plan Manager"], 9.6)
    p.para(f"cc: {HOSP}, Patient Financial Services", 8.4)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=None, member_id=m, member_name=member,
              cases=[c, f_no], claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(by),
              alternates={"insurer": PLAN_ALT + [TPA], "case_numbers": [[c], [f_no]]})
    return out(p), t


def scan_comp_first(rng):
    member, adj, sig = people(rng, 3, kind="mr", sexes="MFM")
    m = mem(rng)
    inj = dt.date(2026, 2, rng.randint(3, 6))
    mri = plus(inj, rng.randint(9, 13))
    rcvd = plus(mri, rng.randint(8, 14))
    ld = workday(plus(rcvd, rng.randint(8, 12)))
    f_no = injury_file(rng, inj)
    c = claim_no(rng)
    wc = f"WMC-{digits(rng, 3)}-{digits(rng, 6)}"
    lines = [(inj, "99283", "Emergency department visit", 846.00), (inj, "72100", "X-ray, lumbar spine", 238.00),
             (mri, "72148", "MRI, lumbar spine, without contrast", 2140.00)]
    tot = sum(x[3] for x in lines)
    p = KFSheet(footer="Page {n} of {nb}", footer_left="SBA-WC-1",
                ids_foot=f"{m}  |  {f_no}  |  {last_first(member)}  |  Claim {c}")
    p.set_margins(20, 16, 20)
    p.add_page()
    tpa_head(p, rng)
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [member, *home(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.subject(f"Your back injury of {long(inj)}: the workers' compensation carrier pays first")
    p.para(f"Dear {first_last(member)}:", 10)
    p.para(f"We received the bill from {HOSP} for the care of the back strain you suffered during the quarterly "
           f"training exercise at the {MINE_A} No. 3 Mine on {long(inj)}. The exercise was on the training calendar "
           "and you signed the roster, so it was a covered team activity.", 10)
    p.para(f"But {MINE_A}'s time records show that you were on its payroll for that exercise (paid training time). "
           f"An injury at work is first a matter for the operator's workers' compensation carrier, {CARRIER}. The "
           "plan does not pay this bill now. It will look at the bill again after the carrier decides.", 10)
    p.para("Page 2 explains how the plan works with workers' compensation and lists the bill. Page 3 tells you what to "
           "send us and how to appeal.", 10)
    p.signoff(["Sincerely,", sig, "Injury Plan Unit"], 9.6)
    p.add_page()
    p.heading("How the plan works with workers' compensation", 12, rule=True)
    p.cols([[("When the carrier pays first", "A team member who works for a member mine may be hurt in a team "
                                             "activity while the operator is paying for the time. Workers' "
                                             "compensation law then makes the operator's carrier responsible first. "
                                             "The plan is not a substitute for that coverage."),
             ("What the plan pays afterwards", "Once the carrier sends a written decision, the plan pays what the "
                                               "carrier did not, up to the plan's allowance. If the carrier denies the "
                                               "claim because the injury was not work-related, send us the denial and "
                                               "we will process the bill as a covered team activity.")],
            [("Your carrier claim", f"Carrier: {CARRIER}. Carrier claim no. {wc}. Adjuster: {adj}, "
                                    f"{phone(rng, '304')}. Employer: {MINE_A}."),
             ("If no carrier claim was filed", "Tell your employer's safety office about the injury and ask that a "
                                               "report be sent to the carrier. The plan cannot file it for you.")]],
           size=9.2)
    p.heading("The bill", 11, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed", "Plan paid", "Code"],
            [[slash(d), cd, s, usd(b), "$0.00", "W1"] for d, cd, s, b in lines] +
            [["", "", "Total", usd(tot), "$0.00", ""]],
            [W * 0.14, W * 0.11, W * 0.41, W * 0.13, W * 0.12, W * 0.09], size=8.8,
            aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"Provider: {HOSP}, Longhorsley, WV. Claim {c}. Received {slash(rcvd)}.", 9.2)
    p.add_page()
    p.heading("What to send us", 12, rule=True)
    p.bullets(["the carrier's written decision on the claim (acceptance, partial payment or denial);",
               "any explanation of benefits the carrier sends to the hospital;",
               "your injury file number on every page."], 10)
    p.heading("If you disagree", 12, rule=True)
    p.para("If you believe you were not on the operator's payroll for the exercise, you may appeal to the Board of "
           "Trustees within 90 days of the date of this letter. Send a copy of your pay stub or the exercise "
           f"roster to the Appeals Coordinator, {TPA_ADDR}.", 10)
    p.heading("Your rights under ERISA", 10.5)
    p.para("As a participant you may examine plan documents, get copies of them for a reasonable charge and receive a "
           "summary of the plan's annual report. If a claim is denied in whole or in part after appeal, you may file "
           "suit in a state or federal court. If you have questions about your rights, contact the nearest office "
           "of the Employee Benefits Security Administration, U.S. Department of Labor.", 8.6)
    t = truth("denial_letter", "other", insurer=TPA, member_id=m, member_name=member, cases=[c, f_no],
              claim_amount=m2(tot), service_dates=[iso(inj), iso(mri)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 90)),
              alternates={"insurer": TPA_ALT + [PLAN], "case_numbers": [[c], [f_no], [f_no, c]]})
    return out(p), t


def phone_es_lapsed(rng):
    member, sig = people(rng, 2, kind="es", sexes="MF")
    m = mem(rng)
    inj = dt.date(2026, 2, rng.randint(17, 20))
    rcvd = plus(inj, rng.randint(9, 14))
    ld = workday(plus(rcvd, rng.randint(8, 12)))
    f_no = injury_file(rng, inj)
    c = claim_no(rng)
    lines = [("12002", "Reparación de herida, 2.6 a 7.5 cm", 412.00), ("90715", "Vacuna Tdap", 96.00),
             ("99213", "Consulta", 158.00)]
    tot = sum(x[2] for x in lines)
    hours = [("1.er trimestre", "9", "4"), ("2.º trimestre", "8", "4"), ("3.er trimestre", "6", "2"),
             ("4.º trimestre", "8", "4")]
    p = KFSheet(footer=None, footer_left=f"SBA-ES-4  |  {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.head(TPA, "STONECASTLE", [f"Administrador de reclamaciones del {PLAN_ES}",
                                f"P.O. Box 2217, Beckley, WV 25802-2217  |  {tollfree(rng, '866')}"], size=12.4)
    p.line(f"Beckley, {es_date(ld)}", 10, "B")
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.addr_kv([member, *home(rng)], [("Miembro del equipo", member), ("N.º de miembro", m), ("Expediente", f_no),
                                     ("Reclamación", c), ("Fecha de la lesión", es_date(inj))], w=98, cap_w=36)
    p.f(13, "B")
    p.multi_cell(0, 6.5, "Su certificación como miembro del equipo venció antes de la lesión", new_x="LMARGIN",
                 new_y="NEXT", align="L")
    p.ln(1)
    p.para(f"Estimado señor {surname(member)}:", 10)
    p.para(f"{CLINIC} nos envió la cuenta por la herida en la mano que usted sufrió el {es_date(inj)} durante un "
           "ejercicio de entrenamiento del calendario de la Asociación. El ejercicio era una actividad cubierta, pero "
           "el plan solo paga lesiones de miembros certificados.", 10)
    p.para("Para estar certificado en 2026, un miembro tenía que completar 40 horas de entrenamiento de repaso en 2025 "
           "(con al menos 4 horas con equipo de respiración cada trimestre) y un examen físico en los últimos 12 "
           "meses. Según el registro de entrenamiento, usted completó 31 horas en 2025, así que su certificación venció "
           "el 31 de diciembre de 2025 y el plan no puede pagar esta cuenta.", 10)
    p.table(["Trimestre 2025", "Horas de repaso", "Horas con equipo de respiración"],
            [list(h) for h in hours] + [["Total", "31", "14"]], [W * 0.34, W * 0.3, W * 0.36], size=8.8,
            bold_last=True)
    p.table(["Código", "Servicio", "Facturado", "Pagado"],
            [[cd, s, usd(b), "$0.00"] for cd, s, b in lines] + [["", "Total", usd(tot), "$0.00"]],
            [W * 0.14, W * 0.52, W * 0.17, W * 0.17], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Para certificarse de nuevo, hable con el capitán de su equipo: puede completar las horas que faltan en las "
           "sesiones de recuperación de la Asociación.", 10)
    p.para("Si no está de acuerdo, puede apelar ante la Junta de Fideicomisarios dentro de 90 días a partir de la "
           f"fecha de esta carta. Escriba al Coordinador de Apelaciones, {TPA_ADDR}.", 10)
    p.signoff(["Atentamente,", sig, "Unidad del Plan de Lesiones"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=TPA, member_id=m, member_name=member, cases=[f_no, c],
              claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld), provider=CLINIC,
              appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": TPA_ALT + [PLAN, PLAN_ES], "case_numbers": [[c], [f_no], [c, f_no]]})
    return out(p), t


def photocopy_stack(rng):
    member, captain, sig_b, clerk = people(rng, 4, kind="mr", sexes="MMFF")
    m = mem(rng)
    callout_d = dt.date(2026, 1, rng.randint(6, 9))
    f_no = injury_file(rng, callout_d)
    callout = f"CO-26-{digits(rng, 3)}"
    ad = workday(plus(callout_d, rng.randint(10, 14)))
    # document A: notice of claim acceptance
    a = KFSheet(footer=None, footer_left=f"HCMR-A1  |  {slash(ad)}")
    a.set_margins(20, 16, 20)
    a.add_page()
    plan_head(a, rng, box="INJURY ACCEPTED")
    a.line(long(ad), 10, "B")
    a.ln(2)
    a.addr_kv([member, *home(rng)], [("Member no.", m), ("Group", GROUP), ("Injury file", f_no),
                                     ("Callout no.", callout), ("Date of injury", slash(callout_d))], w=90, cap_w=32)
    a.heading("We accepted your injury from the Bavington callout", 12)
    a.para(f"Dear {first_last(member)}:", 10)
    a.para(f"Your team was called out on {long(callout_d)} to the mine fire at the {MINE_B} Bavington Deep Mine "
           f"(callout no. {callout}, logged by the Association's dispatcher). You were treated that night at "
           f"{HOSP} for smoke inhalation and a burn to your left hand. The Board of Trustees accepted this injury as "
           "a covered team activity.", 10)
    a.para("What this means: the plan will pay the bills for treatment of this injury at 100% of its allowance, and "
           "you owe nothing for them. Ask your providers to send their bills to the administrator with your injury "
           "file number. Bills must reach the administrator within 180 days of the date of service.", 10)
    a.para(f"You were not on {MINE_B}'s payroll for the callout (you work for {MINE_A}), so no workers' compensation "
           "carrier pays first.", 10)
    a.signoff(["For the Board of Trustees,", MANAGER, "Plan Manager"], 9.6)
    d_a = (out(a), truth("other", None, insurer=PLAN, group=GROUP, member_id=m, member_name=member,
                          cases=[f_no], claim_amount=None, service_dates=[iso(callout_d)], denial_date=iso(ad),
                          provider=HOSP,
                          alternates={"insurer": PLAN_ALT + [TPA], "case_numbers": [[f_no, callout], []],
                                      "service_dates": [[]], "provider": [None]}))
    # document B: late ambulance bill
    rcvd = plus(callout_d, rng.randint(186, 196))
    bd = workday(plus(rcvd, rng.randint(6, 9)))
    c = claim_no(rng)
    run = f"RV-{digits(rng, 6)}"
    miles = rng.choice([17, 19, 22])
    lines = [("A0429", "BLS emergency transport", 1260.00), ("A0425", f"Mileage x {miles}", round(miles * 21.0, 2))]
    tot = sum(x[2] for x in lines)
    b = KFSheet(footer=None, footer_left=f"SBA-TF-2  |  {yy(bd)}")
    b.set_margins(20, 16, 20)
    b.add_page()
    tpa_head(b, rng)
    b.line(dmy_dash(bd), 10, "B")
    b.ln(2)
    b.addr_pairs_right([AMB, "Billing Office", f"{rng.randint(20, 480)} Firehouse Row", "Rothbury, WV 25866"],
                       [("Claim", c), ("Run report", run), ("Patient", member), ("Member no.", m),
                        ("Injury file", f_no), ("Date of service", slash(callout_d)), ("Bill received", slash(rcvd))],
                       split=0.46, cap_w=32, size=9)
    b.heading("Bill received too late to be paid", 12)
    b.para(f"To the billing office of {AMB}:", 10)
    b.para(f"Your bill for taking {first_last(member)} from the Bavington Deep Mine portal to {HOSP} on "
           f"{long(callout_d)} reached us on {long(rcvd)}. The injury is accepted under the plan, but the plan pays "
           "only bills that reach the administrator within 180 days of the date of service. This bill arrived after "
           "that limit, so it cannot be paid. Under your agreement with the plan you may not bill the team member.",
           10)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Code", "Service", "Billed", "Paid"],
            [[cd, s, usd(v), "$0.00"] for cd, s, v in lines] + [["", "Total", usd(tot), "$0.00"]],
            [W * 0.14, W * 0.52, W * 0.17, W * 0.17], size=9, aligns=["L", "L", "R", "R"], bold_last=True)
    b.para("If you can show that you sent the bill within the limit (for example a certified mail receipt or an "
           "electronic acceptance report), you may ask the Board of Trustees to review this decision within 60 days "
           f"of the date of this letter. Write to the Appeals Coordinator, {TPA_ADDR}.", 10)
    b.signoff(["Sincerely,", sig_b, "Provider Claims"], 9.6)
    b.para(f"cc: {first_last(member)}", 8.6)
    d_b = (out(b), truth("denial_letter", "timely_filing", insurer=TPA, member_id=m, member_name=member,
                          cases=[c, f_no], claim_amount=m2(tot), service_dates=[iso(callout_d)], denial_date=iso(bd),
                          provider=AMB, appeal_deadline=iso(plus(bd, 60)),
                          alternates={"insurer": TPA_ALT + [PLAN],
                                      "case_numbers": [[c], [c, run, f_no], [c, run]]}))
    slip = routing_slip(ASSOC, [ASSOC_ADDR, f"Office {phone(rng, '304')}"],
                        [f"{captain}, Team 9 captain", "Member file", "Training officer"], clerk,
                        slash(workday(plus(bd, 3))),
                        [f"Injury accepted notice, {first_last(member)}", "Administrator's letter to Rothbury Valley"],
                        [(True, "For your information"), (False, "For signature"), (True, "File"),
                         (False, "Return to sender")],
                        ["Ambulance bill went in late - Rothbury says they will ask for a review. Please keep in "
                         f"{first_last(member)}'s folder."])
    return [d_a, d_b], slip


def lowres_pretreatment(rng):
    member, surg, rn, md = people(rng, 4, kind="mr", sexes="MMFM")
    m = mem(rng)
    inj = dt.date(2026, 1, rng.randint(20, 27))
    rcvd = dt.date(2026, 3, rng.randint(2, 5))
    dd = workday(plus(rcvd, rng.randint(4, 6)))
    mailed = workday(plus(dd, 1))
    planned = workday(plus(dd, rng.randint(14, 21)))
    f_no = injury_file(rng, inj)
    req = f"PTR-{digits(rng, 6)}"
    p = KFSheet(footer=None, footer_left=f"SBA-PTR-5  |  Mailed {slash(mailed)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, box="PRE-TREATMENT REVIEW DECISION", unit="Pre-Treatment Review")
    yb = p.date_roles("Dates", [("Request received", slash(rcvd)), ("Decided", slash(dd)),
                                ("Notice mailed", slash(mailed))], w=70)
    p.left_block([member, *home(rng)], 100, size=10)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.pairs([("Request no.", req), ("Member no.", m), ("Injury file", f_no), ("Requested by", f"{surg}, MD, {ORTHO}"),
             ("Service", "Arthroscopic rotator cuff repair, right shoulder (CPT 29827)"),
             ("Planned date", slash(planned))], label_w=38, size=9.4)
    p.heading("Decision: not approved", 12.5)
    p.para(f"Dear {first_last(member)}:", 10)
    p.para(f"Dr. {surname(surg)} asked the plan to approve surgery to repair the rotator cuff of your right "
           f"shoulder, injured in the sanctioned exercise of {long(inj)}. The injury is accepted under the plan.", 10)
    p.para("A nurse reviewer and the plan's physician adviser read the request, the MRI report and the therapy notes. "
           "The MRI shows a partial-thickness tear involving less than half of the tendon, and you have had three "
           "weeks of physical therapy. The plan's guideline for this kind of tear calls for at least six weeks of "
           "therapy and a repeat exam before surgery is considered. For those reasons the surgery is not medically "
           "necessary now. Your therapy visits remain approved.", 10)
    p.para("Your surgeon may ask for a talk with the physician adviser (a peer-to-peer review) within 10 business days "
           "of the date of this notice, or send a new request after six weeks of therapy.", 9.6)
    p.heading("Appeal", 11)
    p.para("You or your surgeon may appeal this decision to the Board of Trustees within 90 days of the date of this "
           f"notice. Write to the Appeals Coordinator, {TPA_ADDR}.", 10)
    p.two_sigs([f"{rn}, RN", "Nurse Reviewer"], [f"{md}, MD", "Physician Adviser"])
    p.para(f"cc: {surg}, MD, {ORTHO}", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=TPA, member_id=m, member_name=member, cases=[req, f_no],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(dd), provider=surg,
              appeal_deadline=iso(plus(dd, 90)),
              alternates={"insurer": TPA_ALT + [PLAN], "case_numbers": [[req], [req, f_no]],
                          "provider": [ORTHO], "denial_date": [iso(mailed)],
                          "appeal_deadline": [iso(plus(mailed, 90))]})
    return out(p), t


def rotated_register(rng):
    pats = people(rng, 5, kind="mr")
    doc = people(rng, 1, kind="mr", sexes="F")[0]
    rd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    check = digits(rng, 7)
    specs = [[("99213", "Office visit", 158.00, 158.00), ("97010", "Hot/cold pack", 32.00, 32.00)],
             [("12002", "Wound repair", 412.00, 412.00)],
             [("99203", "New patient visit", 226.00, 226.00), ("73130", "X-ray, hand", 188.00, 188.00)],
             [("99213", "Office visit", 158.00, 0.0), ("29125", "Forearm splint", 174.00, 0.0)],
             [("99212", "Office visit", 112.00, 112.00)]]
    DEN = 3
    cl = []
    for i, (pt, ls) in enumerate(zip(pats, specs)):
        d = plus(rd, -rng.randint(16, 48))
        cl.append(dict(pat=pt, m=mem(rng), f=injury_file(rng, plus(d, -rng.randint(0, 6))), c=claim_no(rng), d=d,
                       ls=ls))
    den = cl[DEN]
    earlier = claim_no(rng)
    earlier_pd = plus(den["d"], rng.randint(18, 26))
    den_b = sum(x[2] for x in den["ls"])
    p = KFSheet(footer="Page {n} of {nb}", footer_left=f"SBA-PR-7  |  Register {slash(rd)}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    tpa_head(p, rng, box="PROVIDER PAYMENT REGISTER", unit="Provider Claims")
    pn = npi(rng)
    p.addr_pairs_right([CLINIC, f"Attn: {doc}, MD, Medical Director", f"{rng.randint(100, 900)} Hoist House Rd",
                        "Coal Fork, WV 25849"],
                       [("Register date", long(rd)), ("Check no.", check), ("Payee NPI", pn),
                        ("Tax ID", f"55-{digits(rng, 7)}")], split=0.55, cap_w=30, size=9)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    tb = tp = 0.0
    for i, c in enumerate(cl):
        rows.append(("span", f"{last_first(c['pat'])}    {c['m']}    Injury file {c['f']}    Claim {c['c']}"))
        for code, s, b, pd in c["ls"]:
            rc = "D2" if i == DEN else "P1"
            rows.append([slash(c["d"]), code, s, n2(b), n2(pd if i != DEN else 0.0), n2(pd if i != DEN else 0.0), rc])
            tb += b
            tp += pd if i != DEN else 0.0
        cb = sum(x[2] for x in c["ls"])
        cp = 0.0 if i == DEN else sum(x[3] for x in c["ls"])
        rows.append(("bold", ["", "", "Claim total", n2(cb), n2(cp), n2(cp), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "REGISTER TOTAL", n2(tb), n2(tp), n2(tp), ""]))
    p.open_table(["Date of service", "Code", "Service", "Billed", "Allowed", "Paid", "Reason"],
                 [W * 0.13, W * 0.09, W * 0.32, W * 0.12, W * 0.12, W * 0.12, W * 0.1],
                 ["L", "L", "L", "R", "R", "R", "C"], rows, size=8.2, row_h=4.6)
    p.legend("Reason codes", [
        ("P1", "Paid at the plan's allowance."),
        ("D2", f"Duplicate: this bill repeats claim {earlier}, paid on {slash(earlier_pd)} for the same member, date "
               "and services. Do not bill the member."),
        ("R9", "Not a covered team activity.")], size=8.2)
    p.para("A provider may ask for review of any claim on this register within 60 days of the register date. Write "
           f"to Provider Claims, {TPA_ADDR}, with the claim number and the reason.", 8.8)
    t = truth("eob", "other", insurer=TPA, member_id=den["m"], member_name=den["pat"], cases=[den["c"]],
              claim_amount=m2(den_b), service_dates=[iso(den["d"])], denial_date=iso(rd), provider=CLINIC,
              appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": TPA_ALT + [PLAN], "case_numbers": [[den["c"], den["f"]], [den["c"], earlier],
                                                                        [den["c"], den["f"], earlier]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_injury_benefit_statement_thirteenth_therapy_visit_code_r7", "born_digital",
             [born_statement(rng)]),
        Item(F + "finefax_plan_letter_ankle_fracture_team_fitness_run_not_a_team_activity", "fax_fine_g4",
             [finefax_fitness_run(rng)]),
        Item(F + "scan_three_page_letter_back_strain_paid_training_time_comp_carrier_first", "scan_clean_300",
             [scan_comp_first(rng)]),
        Item(F + "phone_es_carta_certificacion_vencida_horas_de_entrenamiento", "phone_photo",
             [phone_es_lapsed(rng)]),
    ]
    docs, slip = photocopy_stack(rng)
    items += [
        Item(F + "photocopy_stack_routing_slip_callout_injury_accepted_then_ambulance_bill_late", "photocopy", docs,
             separators=[slip, None], turns={(1, 0): 180}),
        Item(F + "lowres_pretreatment_review_shoulder_repair_not_medically_necessary_date_block", "scan_lowres_150",
             [lowres_pretreatment(rng)]),
        Item(F + "rotated_landscape_payment_register_clinic_five_members_duplicate_claim", "rotated",
             [rotated_register(rng)]),
    ]
    return items
