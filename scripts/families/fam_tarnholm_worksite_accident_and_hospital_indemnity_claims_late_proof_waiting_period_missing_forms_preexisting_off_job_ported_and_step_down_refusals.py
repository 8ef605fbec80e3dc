"""Claim papers mirrored (structure and plain wording style only) from worksite accident-indemnity and hospital-
indemnity policies: group voluntary policies an employer offers at enrollment and the employee pays for by payroll
deduction. They pay set amounts, not bills: so much for an emergency room visit, an X-ray, a fracture, a follow-up
visit, a hospital admission, each day in hospital, each day in an intensive care unit, and a small yearly health
screening benefit. Claims need a claim form, the bills and often an attending physician's statement; proof of loss
is due within 90 days of the loss. Hospital policies have a sickness waiting period after coverage starts and a
pre-existing condition limitation; "off-the-job" accident plans exclude injuries at work; coverage ends with
employment unless the employee ports it within 31 days. Benefit statements list every benefit line with a code
explained on the back; letters quote the policy provision and offer a review within 180 days.
The insurer (Tarnholm Life & Accident Insurance Company of Quellbrook, Iowa; trade name Tarnholm Worksite Benefits;
parent Tollard Benefit Holdings, Inc.), every employer, town, hospital, clinic, person, number, amount and policy
rule are invented; CPT and ICD-10 codes are real; phones 555.

Documents (8 in 7 files):
- bd_benefit_statement_late_proof_line: a born-digital two-page household benefit statement on the accident policy:
  three claims of three covered people, every line paid except the spouse's urgent care visit of February 9, coded
  L9 (proof of loss more than 90 days late) and explained only in a two-column code key on page 2 that lists many
  unused codes; the table breaks across the pages.
- faxstd_sickness_waiting_period_pneumonia: a standard-fax two-page letter refusing a pneumonia stay in the 30-day
  sickness waiting period; fax transmission line on both pages, the hospital's received stamp, "Claim no. - Letter ID"
  in one box, "Group / Certificate No." owning two numbers, attending / facility / referring providers side by side.
- faxstd_stack_forms_not_received_then_screening_paid: a standard-fax stack (cover sheet; a two-page letter closing
  a wrist-fracture claim because the attending physician statement asked for twice never came, page 2 fed sideways;
  a health screening benefit payment notice that denies nothing).
- scan_preexisting_afib_stay: a clean-scan two-page letter refusing an atrial fibrillation stay under the
  pre-existing condition limitation: records table of 2025 dates, policy text in two columns, running header.
- photocopy_off_job_plan_work_injury: a photocopied letter refusing a crushed-toe claim on an off-the-job accident
  plan because it happened at work (workers' compensation claim and first report numbers as decoys, received stamp).
- phone_es_cobertura_terminada_apendicectomia: a photographed Spanish letter refusing a daughter's appendectomy stay
  because the employee's coverage ended and was not ported within 31 days.
- rotated_step_down_unit_not_icu: a letter fed turned paying the daily benefit but refusing the intensive care
  benefit for days in a progressive (step-down) care unit, a day table and a three-column code key.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqe import (EQSheet, abbr, caps, dd_mon, digits, dmy_long, es_date, first, first_last, iso,
                               last_first, long, m2, mon_caps, n2, nopad, npi, out, people, phone, phone_bare, plus,
                               short_es, slash, tollfree, truth, usd, yy)

FAMILY = ("tarnholm_worksite_accident_and_hospital_indemnity_claims_late_proof_waiting_period_missing_forms_"
          "preexisting_off_job_ported_and_step_down_refusals")
LANG = "en"
SEED = 355064
INS = "Tarnholm Life & Accident Insurance Company"
INS_ALT = ["Tarnholm", "Tarnholm Worksite Benefits", "Tarnholm Life"]
PARENT = "Tollard Benefit Holdings, Inc."
ADDR = "PO Box 4471, Quellbrook, IA 52599"
TAG = "worksite accident & hospital benefits  \u00b7  paid to you, not your doctor"
USED: set = set()


def cert(rng, kind: str) -> str:
    return f"{kind}{digits(rng, 9)}"


def claim_no(rng) -> str:
    return f"TC-26-{digits(rng, 6)}"


def contacts(rng) -> list[str]:
    return [ADDR, f"Claims {tollfree(rng)}  \u00b7  TTY 711", f"Claims fax {phone(rng)}", "tarnholm.example/claims"]


def head_spaced(p: EQSheet, rng, box: str | None = None):
    p.spaced_brand("Tarnholm", "Life & Accident Insurance Company", TAG, contacts(rng), box=box)


def head_mono(p: EQSheet, rng, box: str | None = None, tag: str = "Tarnholm Worksite Benefits  \u00b7  claims"):
    p.monogram_head("TL", "Tarnholm Life &", "Accident Insurance Company", tag, contacts(rng), box=box)


def foot(form: str) -> str:
    return f"\u00a9 2026 {PARENT}  \u00b7  Quellbrook, Iowa  \u00b7  {form}"


def addr(rng, name: str, town: tuple[str, str]) -> list[str]:
    streets = ["Oak Grove Rd", "W Depot St", "Cottonwood Ln", "Pheasant Run Dr", "N Elm Ave", "County Road K",
               "Tannery St", "Meadowlark Ct"]
    return [name, f"{rng.randint(110, 9870)} {rng.choice(streets)}", f"{town[0]}, {town[1]}"]


def review_rights(p: EQSheet, when: str, size: float = 8.8):
    """The review paragraphs every refusal carries (ERISA-style group policy)."""
    p.cols([[("Asking for a review",
              f"You, or someone you name in writing, may ask us to review this decision. {when} Tell us why you "
              "disagree and send anything that supports your claim, such as medical records or a letter from your "
              "doctor. We will decide within 45 days after we receive your request."),
             ("Copies of your file", "You may ask for free copies of the documents we used, including the policy "
                                     "provision quoted in this letter.")],
            [("Other help",
              "If your employer's plan is covered by ERISA, you may have the right to bring a civil action under "
              "section 502(a) after the review. You may also contact your state's insurance department. Neither of "
              "these changes the time to ask us for a review."),
             ("Fraud warning", "Any person who knowingly files a statement of claim containing false or misleading "
                               "information may be guilty of a crime.")]], size=size, gap=6)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    """Household accident benefit statement: one line (a late-proof urgent care visit) refused under L9."""
    emp, spouse, son = people(rng, 3, "wk", sexes="FMM", used=USED)
    la = emp.split()[-1]
    spouse = f"{spouse.split()[0]} {spouse.split()[1]} {la}"
    son = f"{son.split()[0]} {son.split()[1]} {la}"
    ortho, pa_uc, pcp, scr = people(rng, 4, "md", sexes="MFFM", used=USED)
    c_no = cert(rng, "AX")
    grp = "W41877"
    plan = "ACC-24H"
    sd = dt.date(2026, 6, 19)
    stmt_id = f"BS{sd:%y%m%d}{digits(rng, 4)}"
    cA, cB, cC = claim_no(rng), claim_no(rng), claim_no(rng)
    hosp = "Vantle Memorial Hospital"
    uc = "Brackett Hill Urgent Care"
    pt_clinic = "Prairie Stride Physical Therapy"
    orthog = "Vantle Bone & Joint Clinic"
    d_acc_son = dt.date(2026, 4, 25)
    d_fall = dt.date(2026, 2, 9)
    rcvB = dt.date(2026, 6, 2)
    scr_d = dt.date(2026, 5, 12)
    # claim A: the son's ankle fracture (all paid)
    A = [(d_acc_son, hosp, "Emergency room treatment", 1486.00, 150.00),
         (d_acc_son, hosp, "X-ray, ankle (73610)", 312.00, 75.00),
         (d_acc_son, orthog, "Fracture, ankle, closed (27786)", 640.00, 800.00),
         (dt.date(2026, 5, 6), orthog, "Follow-up treatment 1 of 6", 186.00, 50.00),
         (dt.date(2026, 5, 6), orthog, "Medical appliance: walking boot", 142.50, 100.00),
         (dt.date(2026, 5, 27), orthog, "Follow-up treatment 2 of 6", 186.00, 50.00)]
    # claim B: the spouse's fall on icy steps; proof came June 2
    B = [(d_fall, uc, "Urgent care treatment", 248.00, 150.00, 0.00, "L9"),
         (dt.date(2026, 3, 16), pt_clinic, "Physical therapy, day 1", 165.00, 35.00, 35.00, "P1"),
         (dt.date(2026, 3, 23), pt_clinic, "Physical therapy, day 2", 165.00, 35.00, 35.00, "P1"),
         (dt.date(2026, 3, 30), pt_clinic, "Physical therapy, day 3", 165.00, 35.00, 35.00, "P1"),
         (dt.date(2026, 4, 20), orthog, "Follow-up treatment 1 of 6", 210.00, 50.00, 50.00, "P1")]
    totB = sum(r[3] for r in B)
    totA = sum(r[3] for r in A)
    C = [(scr_d, "Quellbrook Women's Imaging", "Health screening: mammogram", 289.00, 50.00)]
    paid = sum(r[4] for r in A) + sum(r[5] for r in B) + sum(r[4] for r in C)
    charges = totA + totB + sum(r[3] for r in C)

    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("TL-BS-ACC (rev. 11/25)"),
                run_hdr=f"Benefit Statement  \u00b7  {INS}  \u00b7  Certificate {c_no}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head_spaced(p, rng, box="BENEFIT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    p.cap_row([("Statement date", long(sd), 0.22), ("Group / Certificate No.", f"{grp} / {c_no}", 0.33),
               ("Plan code", plan, 0.17), ("Statement ID", stmt_id, 0.28)], shade=True)
    p.ln(4)
    y = p.addr_block(addr(rng, emp.upper(), ("Vantle", "IA 50677")), 9.8)
    p.set_xy(p.l_margin + W * 0.52, y - 15)
    p.f(8.2)
    p.multi_cell(W * 0.48, 4.0, f"Employer: Vantle County Community Schools\nPolicy: Group Accident, 24-hour "
                 f"coverage (form TLA-GA-24)\nPaid by direct deposit on {yy(sd)}: {usd(paid)}\n"
                 f"Charges shown on the bills you sent: {n2(charges)}", new_x="LMARGIN", new_y="NEXT", align="L")
    p.set_y(max(y, p.get_y()) + 4)
    p.f(12, "B")
    p.cell(0, 6, "Your accident benefits", new_x="LMARGIN", new_y="NEXT")
    p.para("This statement lists each benefit we looked at for the covered people on your certificate. Accident "
           "benefits are set amounts; they do not depend on what the provider charged. A code in the last column "
           "is explained in the code key at the end of this statement.", 8.8)
    p.f(8.2, "B")
    p.cell(0, 4.4, "Covered people:  " + "   \u00b7   ".join(
        [f"{emp} (employee)", f"{spouse} (spouse)", f"{son} (child)"]), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    head = ["Date", "Provider", "Benefit", "Charges on bill", "Benefit amount", "Paid", "Code"]
    widths = [18, 44, 52, 20, 17, 16, 12.9]
    aligns = ["L", "L", "L", "R", "R", "R", "C"]
    rows: list = [("span", f"Claim {cC}  \u00b7  Covered person: {emp}  \u00b7  Ordered by Dr. {scr}")]
    rows += [[slash(d), pv, b, n2(ch), n2(am), n2(am), "P1"] for d, pv, b, ch, am in C]
    rows.append(("gap",))
    rows.append(("span", f"Claim {cA}  \u00b7  Covered person: {son}  \u00b7  Accident {slash(d_acc_son)}  "
                         f"\u00b7  Treating: Dr. {ortho}"))
    rows += [[slash(d), pv, b, n2(ch), n2(am), n2(am), "P1"] for d, pv, b, ch, am in A]
    rows.append(("bold", ["", "", "Claim total", n2(totA), "", n2(sum(r[4] for r in A)), ""]))
    rows.append(("gap",))
    rows.append(("span", f"Claim {cB}  \u00b7  Covered person: {spouse}  \u00b7  Accident {slash(d_fall)}, fall "
                         f"on icy steps  \u00b7  Papers received {slash(rcvB)}"))
    rows += [[slash(d), pv, b, n2(ch), n2(am), n2(pd), cd] for d, pv, b, ch, am, pd, cd in B[:2]]
    rows.append(("break",))
    rows += [[slash(d), pv, b, n2(ch), n2(am), n2(pd), cd] for d, pv, b, ch, am, pd, cd in B[2:]]
    rows.append(("bold", ["", "", "Claim total", n2(totB), "", n2(sum(r[5] for r in B)), ""]))
    p.carry_table(head, widths, aligns, rows, size=7.0, row_h=4.3, foot_room=28, carry=(2, 5),
                  cont_strip=f"Benefit lines, continued  \u00b7  {emp}  \u00b7  {grp} / {c_no}")
    p.f(7.6)
    p.multi_cell(0, 3.8, f"Providers on claim {cB}: {uc} - {pa_uc}, PA-C (urgent care); {pt_clinic}; {orthog}.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    yb = p.money_box("This statement", [("Charges on the bills (not used to figure benefits)", n2(charges)),
                                   ("Benefits figured", n2(paid + 150.00)), ("Not payable (see codes)", "150.00"),
                                   ("Paid to you", usd(paid))], w=96, size=8.2)
    p.set_y(yb + 4)
    p.legend_flow("Code key", [
        ("P1", "Paid as scheduled in your certificate."),
        ("P2", "Paid at the amount for a lesser injury on the schedule, as the records describe."),
        ("F6", "Follow-up treatment is paid for up to six visits for each covered accident; six have been paid."),
        ("L9", "Not payable: proof of loss reached us more than 90 days after the date of loss, and nothing shows "
               "it could not reasonably have been sent sooner."),
        ("E4", "The emergency room benefit is paid once for each covered accident."),
        ("W3", "The health screening benefit is paid once for each covered person in a calendar year."),
        ("X2", "Not payable: an injury that happened while working for pay is not covered by an off-the-job "
               "accident plan."),
        ("K1", "Not payable: this person's coverage was not in force on the date of service."),
        ("D7", "This line was paid on an earlier statement."),
        ("A5", "An appliance is paid only when a doctor orders it for the covered injury."),
        ("S2", "An illness or disease is not an accidental injury under this plan."),
    ], ncols=2, size=7.0, gap=3.0,
        note="Only the codes printed beside a benefit line apply to this statement.")
    p.heading("If you disagree", 10)
    p.para("You may ask us to review any line of this statement. Write to us within 180 days of the date of this "
           f"statement at {ADDR}, or call {tollfree(rng)}. Send the papers that support your claim. Proof of loss "
           "must be given within 90 days after the date of loss; we accept it later only when it was not "
           "reasonably possible to send it sooner and it is sent as soon as it is possible.", 8.6)
    p.para("Example only: for a covered accident on March 1 with a follow-up visit on March 20, proof would be due "
           "by May 30 and June 18; a $50.00 follow-up benefit would be paid for each visit.", 7.8)
    p.para(f"{INS}  \u00b7  Claims Department", 8.2)
    t = truth("eob", "timely_filing", insurer=INS, plan_id=plan, group=grp, member_id=c_no, member_name=spouse,
              cases=[cB], claim_amount=m2(totB), service_dates=[iso(d_fall)], denial_date=iso(sd), provider=uc,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": ["248.00"],
                          "provider": [f"{pa_uc}", f"{uc} - {pa_uc}, PA-C"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_waiting_period(rng):
    """Pneumonia stay that began inside the 30-day sickness waiting period."""
    mem = people(rng, 1, "wk", sexes="M", used=USED)[0]
    att, refd, exa = people(rng, 3, "md", sexes="FMF", used=USED)
    c_no = cert(rng, "HX")
    grp = "W52208"
    plan = "HIP-2"
    eff = dt.date(2026, 5, 1)
    adm, dis = dt.date(2026, 5, 19), dt.date(2026, 5, 23)
    onset = dt.date(2026, 5, 17)
    rcv = dt.date(2026, 6, 1)
    ld = dt.date(2026, 6, 5)
    fx = dt.date(2026, 6, 8)
    cno = claim_no(rng)
    letter_id = f"LTR{ld:%y%m%d}{digits(rng, 2)}"
    hosp = "Marrowby Regional Medical Center"
    bill = 14862.35
    xm = (f"{mon_caps(fx)} {rng.randint(9, 10)}:{rng.randint(10, 59)}  FROM: TARNHOLM HOSP CLAIMS  {phone_bare(rng)}"
          f"  TO: 1{phone_bare(rng, '563')}  JOB {digits(rng, 4)}  P.{{n}}/{{t}}")
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("TL-HI-DEN-07 (01/26)"), xmit=xm, xmit_total=2)
    p.set_margins(18, 14, 18)
    p.add_page()
    head_mono(p, rng, tag="Tarnholm Worksite Benefits  \u00b7  hospital indemnity claims")
    W = p.w - p.l_margin - p.r_margin
    p.rubber_stamp(["RECEIVED", mon_caps(plus(fx, 1)).replace("-", " "), "PATIENT FINANCIAL SVCS"],
                   p.l_margin + W * 0.62, p.get_y() + 4, angle=-6, size=8.6)
    y = p.addr_block(addr(rng, mem.upper(), ("Lakeport", "IA 52651")), 9.8)
    p.set_y(y + 10)
    p.cap_row([("Claim no. - Letter ID", f"{cno} - {letter_id}", 0.40), ("Group / Certificate No.",
                                                                         f"{grp} / {c_no}", 0.36),
               ("Letter date", slash(ld), 0.24)])
    p.cap_row([("Insured employee", mem, 0.40), ("Patient", "Insured (self)", 0.24),
               ("Plan code \u00b7 policy", f"{plan} \u00b7 Hospital Indemnity", 0.36)])
    p.ln(4)
    p.subject_line("Your hospital indemnity claim: benefits not payable")
    p.para(f"Dear {first_last(mem)}:", 9.4)
    p.para(f"We received your claim on {long(rcv)} for the hospital admission and daily hospital confinement "
           f"benefits for your stay at {hosp} from {long(adm)} through {long(dis)}. The hospital's bill shows "
           f"total charges of {usd(bill)}. We have reviewed the claim, the discharge summary and the emergency "
           "department notes. We are not able to pay benefits for this stay.", 9.2)
    p.prov_cols([("Attending physician", [f"Dr. {att}", "Hospitalist Service", hosp]),
                 ("Facility", [hosp, "1900 Bluff Street, Marrowby, IA", f"NPI {npi(rng)}"]),
                 ("Referring", [f"Dr. {refd}", "Lakeport Family Clinic", "sent to the emergency department"])])
    p.heading("Why we cannot pay", 10)
    p.para(f"Your hospital indemnity coverage began on {long(eff)}. Your certificate has a 30-day waiting period "
           "for sickness. The records show that your cough, fever and shortness of breath started on "
           f"{long(onset)}, and you were admitted with pneumonia (J18.9) on {long(adm)}. Both dates are inside the "
           f"first 30 days of your coverage, which ended on {long(plus(eff, 29))}.", 9.2)
    p.framed_note("Certificate provision, Sickness waiting period: We will not pay benefits for a hospital "
                  "confinement due to a sickness that begins during the first 30 days after the covered person's "
                  "coverage effective date. The waiting period does not apply to a covered accident.", 8.4)
    p.para("Had this limitation not applied, your certificate would have paid a $1,000.00 admission benefit and "
           "$200.00 for each day of confinement. Coverage for a sickness that begins after the waiting period is "
           "not affected by this decision.", 8.8)
    p.add_page()
    p.heading("What you can do", 10.5)
    review_rights(p, "Your request must be sent within 180 days of the date of this letter.")
    p.ln(2)
    p.para(f"Please write your claim number {cno} on anything you send. Questions? Call {tollfree(rng)}, "
           "Monday through Friday, 7 a.m. to 6 p.m. Central time.", 9.0)
    p.ln(2)
    p.para(f"Sincerely,\n\n{exa}\nClaim Examiner, Hospital Indemnity Claims\n{INS}", 9.0)
    p.para(f"cc: {hosp}, Patient Financial Services (assignment of benefits on file)", 8.2)
    p.refs([("Letter ID", letter_id), ("Batch", f"{fx:%m%d}-{rng.randint(10, 40)}"),
            ("Image DCN", f"26{digits(rng, 9)}"), ("Claim received", slash(rcv))])
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=plan, group=grp, member_id=c_no, member_name=mem,
              cases=[cno], claim_amount=m2(bill), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": [None], "service_dates": [[iso(adm)]],
                          "provider": [att]},
              denial_alternates=["eligibility"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_stack(rng):
    """Claim closed for want of an attending physician statement; then a screening benefit payment notice."""
    mem = people(rng, 1, "wk", sexes="F", used=USED)[0]
    surg, exa, fam = people(rng, 3, "md", sexes="MFM", used=USED)
    c_acc, c_hi = cert(rng, "AX"), cert(rng, "HX")
    grp = "W60391"
    acc_d = dt.date(2026, 3, 28)
    surg_d = dt.date(2026, 3, 31)
    filed = dt.date(2026, 4, 6)
    rq1, rq2 = dt.date(2026, 4, 9), dt.date(2026, 5, 8)
    ld = dt.date(2026, 6, 10)
    cno = claim_no(rng)
    r1, r2 = f"RQ-2604-{digits(rng, 4)}", f"RQ-2605-{digits(rng, 4)}"
    ef_h = "Ellery Falls Hospital"
    orth = "Ellery Falls Orthopaedic Associates"
    er_bill = 2318.60
    fx = dt.date(2026, 6, 15)
    fx_line = (f"{mon_caps(fx)} 11:0{rng.randint(1, 9)}A  PRINT & SHIP #2217  {phone_bare(rng, '563')}"
               "  P. {n}/{t}")
    pa = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("TL-ACC-CLS-2 (09/25)"), xmit=fx_line, xmit_off=1,
                 xmit_total=4)
    pa.set_margins(19, 14, 19)
    pa.add_page()
    head_spaced(pa, rng)
    W = pa.w - pa.l_margin - pa.r_margin
    y0 = pa.get_y()
    home = addr(rng, mem, ("Ellery Falls", "IA 52136"))
    pa.addr_block(home, 9.8)
    yb = pa.pipe_ids([(long(ld), "date of this letter"), (cno, "claim number"), (c_acc, "certificate"),
                      (grp, "group (Sorrelby Manufacturing Co.)"), ("ACC-24H", "plan code")],
                     pa.l_margin + W * 0.5, y0, W * 0.5, size=8.8, cap=6.6)
    pa.set_y(yb + 5)
    pa.subject_line("We have closed your accident claim: information not received")
    pa.para(f"Dear {first(mem)} {mem.split()[-1]}:", 9.4)
    pa.para(f"On {long(filed)} you sent us a claim for injuries from a fall from a ladder at home on "
            f"{long(acc_d)}: emergency room treatment at {ef_h} that day and surgery on your right wrist on "
            f"{long(surg_d)}. With the claim we received the emergency room bill ({usd(er_bill)}).", 9.2)
    pa.para("To decide an accident claim we need the treating doctor's description of the injury and the care "
            "given. We asked for an Attending Physician Statement (form TL-APS-3) twice:", 9.2)
    pa.wrap_table(["Request ref.", "Sent", "Sent to", "What we asked for", "Answer"],
                  [[r1, slash(rq1), f"Dr. {surg}, {orth}", "Attending Physician Statement, operative report",
                    "none"],
                   [r2, yy(rq2), f"{mem} and Dr. {surg}", "Attending Physician Statement (second request)",
                    "none"]],
                  [24, 20, 52, W - 24 - 20 - 52 - 14, 14], size=7.8)
    pa.para(f"We have not received it. Your certificate says written proof of loss must be given within 90 days "
            f"after the date of loss. Because the information was not sent, we have closed the claim as of the "
            f"date of this letter, and no benefits are payable for the emergency room visit or the surgery.", 9.2)
    pa.prov_cols([("Treating physician", [f"Dr. {surg}", orth, "Attending Physician Statement requested"]),
                  ("Hospital", [ef_h, "Emergency department", "bill received"])], size=8.2)
    pa.add_page()
    pa.heading("If you can still send it", 10)
    pa.para("If we receive the completed statement by July 10, 2026, we will reopen your claim without a review "
            "request. Ask your doctor's office to fax it to the claims fax number above with the claim number on "
            "each page. A copy of the office notes and the operative report will also do.", 9.0)
    pa.heading("If you disagree", 10)
    review_rights(pa, "Send your request within 180 days of the date of this letter.", size=8.6)
    pa.para(f"Sincerely,\n\n{exa}\nAccident Claims\n{INS}", 9.0)
    ta = truth("denial_letter", "other", insurer=INS, plan_id="ACC-24H", group=grp, member_id=c_acc,
               member_name=mem, cases=[cno], claim_amount=m2(er_bill), service_dates=[iso(acc_d), iso(surg_d)],
               denial_date=iso(ld), provider=f"Dr. {surg}", appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": INS_ALT, "case_numbers": [[cno, r1, r2]], "claim_amount": [None],
                           "service_dates": [[iso(acc_d)]], "provider": [orth, ef_h]})

    # --- screening benefit paid (denies nothing) ---
    nd = dt.date(2026, 6, 12)
    scr_d = dt.date(2026, 5, 21)
    cno2 = claim_no(rng)
    ch = 164.00
    pb = EQSheet(footer=None, ids_foot=foot("TL-HI-PAY-1 (06/25)"), xmit=fx_line, xmit_off=3, xmit_total=4)
    pb.set_margins(19, 14, 19)
    pb.add_page()
    head_mono(pb, rng, box="BENEFIT PAYMENT NOTICE", tag="Tarnholm Worksite Benefits  \u00b7  hospital indemnity")
    W = pb.w - pb.l_margin - pb.r_margin
    pb.set_y(pb.addr_block(home, 9.8) + 5)
    pb.over_boxes([(dd_mon(nd), "notice date", W * 0.2), (cno2, "claim number", W * 0.22),
                   (f"{grp} / {c_hi}", "group / certificate no.", W * 0.34), ("HIP-1", "plan code", W * 0.24)],
                  size=8.8)
    pb.ln(2)
    pb.para(f"Good news: we have paid your health screening benefit. This benefit is paid once each calendar "
            f"year for each covered person who has a covered screening test.", 9.4)
    pb.wrap_table(["Covered person", "Screening test", "Date of test", "Provider", "Charge on receipt",
                   "Benefit paid"],
                  [[mem, "Lipid panel (80061) and glucose", slash(scr_d), f"Ellery Falls Family Medicine - Dr. {fam}",
                    usd(ch), "$75.00"]],
                  [32, 34, 20, W - 32 - 34 - 20 - 22 - 18, 22, 18], size=7.8)
    pb.para(f"Payment: $75.00 by direct deposit to the account ending 4417 on {slash(nd)} (trace "
            f"{digits(rng, 9)}). Screening benefits used in 2026: 1 of 1 for you.", 9.0)
    pb.para("Your hospital indemnity certificate also pays when you are admitted to a hospital. To file a claim, "
            f"go to tarnholm.example/claims or call {tollfree(rng)}.", 8.8)
    pb.para(f"{INS}", 8.6)
    tb = truth("other", None, insurer=INS, plan_id="HIP-1", group=grp, member_id=c_hi, member_name=mem,
               cases=[cno2], claim_amount=m2(ch), service_dates=[iso(scr_d)], denial_date=iso(nd),
               provider=fam, appeal_deadline=None,
               alternates={"insurer": INS_ALT, "case_numbers": [[]], "claim_amount": [None],
                           "provider": ["Ellery Falls Family Medicine", f"Ellery Falls Family Medicine - Dr. {fam}"]},
               type_alternates=["eob"])
    return [(out(pa), ta), (out(pb), tb)]


# ---------------------------------------------------------------------------------------------------------------
def scan_preexisting(rng):
    """Atrial fibrillation stay refused under the 12/12 pre-existing condition limitation."""
    mem = people(rng, 1, "wk", sexes="F", used=USED)[0]
    card, hosp_md, exa, pcp = people(rng, 4, "md", sexes="MFMF", used=USED)
    c_no = cert(rng, "HX")
    grp = "W73316"
    plan = "HIP-3"
    eff = dt.date(2026, 1, 1)
    adm, dis = dt.date(2026, 4, 2), dt.date(2026, 4, 4)
    ld = dt.date(2026, 5, 14)
    cno = claim_no(rng)
    hosp = "Corliss Memorial Hospital"
    heart = "Hollin Valley Heart Institute"
    bill = 23417.88
    recs = [(dt.date(2025, 8, 14), f"Office visit, Dr. {card}", heart, "I48.0 paroxysmal atrial fibrillation"),
            (dt.date(2025, 9, 2), "48-hour Holter monitor", heart, "I48.0"),
            (dt.date(2025, 10, 20), "Pharmacy fill: apixaban 5 mg", "Corliss Drug", "(medicine for I48.0)"),
            (dt.date(2025, 11, 5), "Echocardiogram", hosp, "I48.0"),
            (adm, "Admission, rapid atrial fibrillation", hosp, "I48.91")]
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("TL-HI-PX-12 (01/26)"),
                run_hdr=f"{INS}  \u00b7  Claim {cno}  \u00b7  {last_first(mem)}  \u00b7  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head_spaced(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9)
    p.cell(0, 5, abbr(ld), align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.addr_block(addr(rng, mem, ("Corliss", "IA 51632")), 9.8) + 5)
    p.strip_boxes([[("Claim number", cno, W * 0.22), ("Insured / patient", mem, W * 0.3),
                    ("Group / Certificate No.", f"{grp} / {c_no}", W * 0.32), ("Plan", plan, W * 0.16)]],
                  size=8.8)
    p.subject_line("Hospital indemnity claim: pre-existing condition limitation")
    p.para(f"Dear {first_last(mem)}:", 9.4)
    p.para(f"We have finished reviewing your claim for your stay at {hosp} from {abbr(adm)} to {abbr(dis)}. "
           f"The hospital billed {usd(bill)}. We are sorry, but this stay is not covered. Here is what we looked "
           "at and why.", 9.2)
    p.prov_cols([("Attending (cardiology)", [f"Dr. {card}", heart, "consulting in the hospital"]),
                 ("Admitting physician", [f"Dr. {hosp_md}", f"Hospital medicine, {hosp}"]),
                 ("Primary care (records)", [f"Dr. {pcp}", "Corliss Family Practice"])], size=8.0)
    p.heading("Records we reviewed", 10)
    p.wrap_table(["Date", "What happened", "Where", "Diagnosis"],
                 [[slash(d), w, whr, dx] for d, w, whr, dx in recs],
                 [22, 60, 50, W - 132], size=7.8)
    p.heading("Why the stay is not covered", 10)
    p.cols([[("What the certificate says",
              "Pre-existing condition limitation. We will not pay benefits for a confinement that begins during "
              "the first 12 months after the covered person's effective date if it is caused by a pre-existing "
              "condition. A pre-existing condition is one for which the covered person received medical advice, "
              "diagnosis, care or treatment, or took prescribed medicine, during the 12 months before the effective "
              "date.")],
            [("How it applies to you",
              f"Your coverage began on {slash(eff)}. The 12 months before it ran from 01/01/2025 to 12/31/2025. "
              "During that time you were diagnosed with atrial fibrillation and treated for it. Your admission on "
              f"{slash(adm)} was for the same condition and began within 12 months after your effective date, so "
              "the limitation applies. After 12/31/2026 a stay for this condition would be covered.")]],
           size=8.4, gap=6)
    p.add_page()
    p.heading("Your right to a review", 10.5)
    review_rights(p, f"Your request must reach us no later than {long(plus(ld, 180))}.", size=8.6)
    p.para("Benefits you would have received: admission $1,500.00; confinement $250.00 a day for 2 days. These "
           "amounts are shown for information only.", 8.6)
    p.para(f"Sincerely,\n\n{exa}\nSenior Claim Examiner\n{INS}", 9.0)
    p.refs([("Letter ID", f"LTR{ld:%y%m%d}{digits(rng, 2)}"), ("Claim received", slash(dt.date(2026, 4, 21))),
            ("Records received", slash(dt.date(2026, 5, 6)))])
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=plan, group=grp, member_id=c_no, member_name=mem,
              cases=[cno], claim_amount=m2(bill), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": [None], "service_dates": [[iso(adm)]],
                          "provider": [card, hosp_md]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_work_injury(rng):
    """Crushed toe on an off-the-job accident plan: injured at work."""
    mem = people(rng, 1, "wk", sexes="M", used=USED)[0]
    erdoc, exa, pod = people(rng, 3, "md", sexes="FMM", used=USED)
    c_no = cert(rng, "AX")
    grp = "W38854"
    plan = "ACC-OFF"
    inj = dt.date(2026, 5, 6)
    fu = dt.date(2026, 5, 13)
    ld = dt.date(2026, 6, 22)
    cno = claim_no(rng)
    hosp = "Hollis Ford Hospital"
    grpname = "Gannet Valley Emergency Physicians, PC"
    er_amt, fu_amt = 2466.20, 638.00
    amt = er_amt + fu_amt
    wc = f"WC-26-{digits(rng, 7)}"
    froi = f"2026-{digits(rng, 4)}"
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("TL-ACC-OJ-4 (02/26)"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head_mono(p, rng, tag="Tarnholm Worksite Benefits  \u00b7  accident claims")
    W = p.w - p.l_margin - p.r_margin
    p.rubber_stamp(["RECEIVED", "JUN 26 2026", "GANNET RIDGE HR"], p.l_margin + W * 0.63, p.get_y() + 2,
                   angle=5, size=8.4)
    p.set_y(p.addr_block(addr(rng, mem.upper(), ("Hollis Ford", "IA 50840")), 9.8) + 8)
    p.hung([(nopad(ld), "Date", W * 0.16), (cno, "Claim", W * 0.2), (f"{grp} / {c_no}", "Group / Certificate No.",
                                                                      W * 0.34),
            (plan, "Plan code (off-the-job)", W * 0.3)], size=9.0)
    p.ln(1)
    p.para(f"Dear {first_last(mem)}:", 9.4)
    p.para(f"Thank you for your accident claim. You told us that on {long(inj)} a pallet jack ran over your left "
           f"foot, and that you were treated at the {hosp} emergency department that day and by a foot and ankle "
           f"doctor on {long(fu)}. The bills you sent total {usd(amt)} ({n2(er_amt)} and {n2(fu_amt)}).", 9.2)
    p.prov_cols([("Rendering (emergency)", [f"{erdoc}, MD", grpname]),
                 ("Billing", [grpname, f"TIN {digits(rng, 2)}-{digits(rng, 7)}"]),
                 ("Facility", [hosp, "Emergency department"]),
                 ("Follow-up", [f"Dr. {pod}, DPM", "Hollis Ford Foot & Ankle"])], size=7.8, gap=2)
    p.para(f"The emergency department record and your employer's first report of injury ({froi}) show that you "
           "were hurt at the Gannet Ridge Distribution, LLC warehouse during your shift. Your employer's "
           "workers' compensation carrier, Brockhurst Mutual Casualty Co., has opened claim "
           f"{wc} for this injury.", 9.2)
    p.framed_note("Your plan (plan code ACC-OFF) covers accidents that happen off the job. The certificate "
                  "excludes: \"any injury sustained while working for wage or profit, or any injury for which "
                  "benefits are payable under a workers' compensation or similar law.\"", 8.4)
    p.para("Because this injury happened while you were working for pay, we cannot pay accident benefits for "
           "either visit. This decision does not affect your workers' compensation claim.", 9.2)
    p.heading("If you disagree", 10)
    p.para("You may ask for a review within 180 days of the date of this letter. Send your request, with anything "
           "that shows the injury did not happen at work, to Tarnholm Accident Claims Review, "
           f"{ADDR}. We decide within 45 days. You may also call {tollfree(rng)}.", 9.0)
    p.para(f"Sincerely,\n\n{exa}\nAccident Claims, {INS}", 9.0)
    t = truth("denial_letter", "other", insurer=INS, plan_id=plan, group=grp, member_id=c_no, member_name=mem,
              cases=[cno], claim_amount=m2(amt), service_dates=[iso(inj), iso(fu)], denial_date=iso(ld),
              provider=f"{erdoc}", appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": [m2(er_amt)], "service_dates": [[iso(inj)]],
                          "provider": [grpname, hosp]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_ported(rng):
    """Spanish: a daughter's appendectomy stay after the employee's coverage ended and was not ported."""
    emp = people(rng, 1, "es", sexes="F", used=USED)[0]
    hija = people(rng, 1, "es", sexes="F", used=USED, last=emp.split()[-1])[0]
    surg, exa = people(rng, 2, "md", sexes="MF", used=USED)
    c_no = cert(rng, "HX")
    grp = "W45120"
    plan = "HIP-2"
    left = dt.date(2026, 3, 31)
    port_by = dt.date(2026, 5, 1)
    adm, dis = dt.date(2026, 5, 10), dt.date(2026, 5, 13)
    ld = dt.date(2026, 6, 3)
    cno = claim_no(rng)
    hosp = "Tresler Valley Hospital"
    bill = 19306.40
    p = EQSheet(footer="Página {n} de {nb}", ids_foot=foot("TL-HI-ELG-SP (01/26)"))
    p.set_margins(17, 14, 17)
    p.add_page()
    p.spaced_brand("Tarnholm", "Life & Accident Insurance Company", "beneficios en el lugar de trabajo  \u00b7  "
                   "le pagamos a usted, no a su médico", [ADDR, f"Reclamaciones {tollfree(rng)}", "TTY 711"],
                   size=21)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(p.addr_block(addr(rng, emp, ("Sioux Bend", "IA 51109")), 9.6) + 4)
    p.tab_boxes([("Fecha de la carta", es_date(ld), W * 0.3), ("N.º de reclamación", cno, W * 0.24),
                 ("Grupo / N.º de certificado", f"{grp} / {c_no}", W * 0.32), ("Plan", plan, W * 0.14)],
                size=8.6, cap=6.0, h=7.2)
    p.subject_line("Reclamación de indemnización hospitalaria: la cobertura había terminado")
    p.para(f"Estimada {first_last(emp)}:", 9.2)
    p.para(f"Recibimos la reclamación por la hospitalización de su hija, {hija}, en {hosp} del {short_es(adm)} al "
           f"{short_es(dis)} (apendicectomía). Los cargos del hospital fueron de US$ {n2(bill)}. Cirujano: Dr. "
           f"{surg}, Tresler Valley Surgical Group.", 9.0)
    p.para(f"Su empleador, Plover Creek Foods Co-op, nos informó que su empleo terminó el {es_date(left)}. Su "
           "cobertura y la de sus dependientes terminó ese mismo día. Usted podía conservar la cobertura "
           "(portabilidad) si enviaba la solicitud y la primera prima dentro de los 31 días siguientes, es decir, a "
           f"más tardar el {short_es(port_by)}. No recibimos la solicitud ni la prima.", 9.0)
    p.para(f"Como la hospitalización empezó el {es_date(adm)}, después de que terminó la cobertura, no podemos "
           "pagar beneficios por esta reclamación.", 9.0)
    p.heading("Si no está de acuerdo", 10)
    p.para("Puede pedirnos que revisemos esta decisión dentro de 180 días a partir de la fecha de esta carta. "
           "Envíe su pedido por escrito y cualquier documento que muestre que la cobertura seguía vigente (por "
           f"ejemplo, un comprobante de pago de la prima) a {ADDR}. Decidiremos dentro de 45 días.", 9.0)
    p.para("Ejemplo de beneficios del plan HIP-2: ingreso US$ 1,000.00 y US$ 200.00 por día. Solo como "
           "información.", 8.2)
    p.para(f"Atentamente,\n{exa}\nReclamaciones de Indemnización Hospitalaria, {INS}", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=plan, group=grp, member_id=c_no, member_name=hija,
              cases=[cno], claim_amount=m2(bill), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "claim_amount": [None], "service_dates": [[iso(adm)]],
                          "provider": [f"Dr. {surg}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_step_down(rng):
    """Daily confinement paid; ICU benefit refused for days in a progressive (step-down) care unit."""
    mem = people(rng, 1, "wk", sexes="M", used=USED)[0]
    att, exa = people(rng, 2, "md", sexes="FM", used=USED)
    c_no = cert(rng, "HX")
    grp = "W29067"
    plan = "HIP-3"
    adm, dis = dt.date(2026, 4, 13), dt.date(2026, 4, 19)
    pcu_end = dt.date(2026, 4, 16)
    nd = dt.date(2026, 5, 26)
    cno = claim_no(rng)
    hosp = "Corbin Lake Medical Center"
    bill = 31904.15
    p = EQSheet(footer="Page {n} of {nb}", ids_foot=foot("TL-HI-PP-3 (11/25)"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head_mono(p, rng, box="CLAIM DECISION", tag="Tarnholm Worksite Benefits  \u00b7  hospital indemnity claims")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(addr(rng, mem, ("Hobart Lake", "IA 50453")), 9.6)
    p.kv_box([("Notice date", dmy_long(nd)), ("Claim", cno), ("Group/Certificate", f"{grp} / {c_no}"),
              ("Plan code", plan), ("Employer", "Hobart Lake Implement Co.")],
             p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30, size=8.4)
    p.set_y(max(p.get_y(), y0 + 36) + 4)
    p.para(f"Dear {first_last(mem)}: we have paid part of your claim for your stay at {hosp} from {long(adm)} "
           f"through {long(dis)} (hospital charges {n2(bill)}). Attending physician: Dr. {att}, Pulmonary & "
           "Critical Care, Corbin Lake Medical Center. The table shows each day and what we paid.", 9.0)
    rows = []
    d = adm
    k = 0
    while d < dis:
        unit = "Progressive Care Unit (PCU)" if d < pcu_end else "Medical floor 4 West"
        icu_claimed = d < pcu_end
        rows.append([slash(d), unit, "ICU" if icu_claimed else "Room", "$200.00",
                     "$0.00" if icu_claimed else "-", "H1, R7" if icu_claimed else "H1"])
        d += dt.timedelta(days=1)
        k += 1
    rows.insert(0, [slash(adm), "Admission", "Admission", "$1,000.00", "-", "A1"])
    p.wrap_table(["Day", "Unit on the hospital bill", "Claimed as", "Daily benefit paid", "ICU benefit paid",
                  "Codes"], rows, [22, 58, 22, 28, 26, W - 156], size=7.8,
                 aligns=["L", "L", "L", "R", "R", "L"])
    p.para(f"Total paid: $2,200.00 on {slash(nd)}. Intensive care benefit claimed for 3 days "
           "($400.00 a day): not paid.", 8.8)
    p.legend_flow("Benefit codes", [
        ("A1", "Hospital admission benefit, once per confinement."),
        ("H1", "Daily hospital confinement benefit paid."),
        ("R7", "Intensive care benefit not paid: the unit is a progressive, step-down or telemetry unit, not an "
               "intensive care or coronary care unit as the certificate defines it."),
        ("C3", "Benefit limited to 30 days for each period of confinement."),
        ("O2", "Observation status: not an inpatient admission."),
        ("N4", "Newborn nursery benefit requires the child to be added within 31 days."),
        ("W1", "Sickness waiting period: first 30 days of coverage."),
        ("V6", "Emergency room visit paid under the accident policy instead."),
        ("M5", "Mental or nervous disorder confinement limit reached."),
    ], ncols=3, size=6.9, gap=3.0)
    p.para("Your certificate defines an intensive care unit as a separate area of a hospital, set apart for "
           "critically ill patients, with nursing care around the clock by nurses assigned only to that unit, and "
           "life-saving equipment at hand. It does not include a progressive care, step-down, intermediate care, "
           f"or telemetry unit. The hospital's bill (revenue code 0206) shows your first three days in the "
           "Progressive Care Unit; we paid them as ordinary hospital days.", 8.8)
    p.para("If you disagree, ask for a review within 180 days of the date of this notice. A letter from the "
           "hospital stating that the unit is licensed as an intensive care unit would help. Mail it to "
           f"{ADDR} or fax it to {phone(rng)}.", 8.8)
    p.para(f"{exa}, Claim Examiner  \u00b7  {INS}", 8.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=plan, group=grp, member_id=c_no,
              member_name=mem, cases=[cno], claim_amount=m2(bill),
              service_dates=[f"{iso(adm)}/{iso(plus(pcu_end, -1))}"], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": [None],
                          "service_dates": [[f"{iso(adm)}/{iso(dis)}"], [iso(adm)]], "provider": [f"Dr. {att}"]},
              denial_alternates=["not_covered"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_benefit_statement_late_proof_line", "born_digital", [bd_statement(rng)]),
        Item(f"{f}_faxstd_sickness_waiting_period_pneumonia", "fax_standard_g4", [fax_waiting_period(rng)]),
        Item(f"{f}_faxstd_stack_forms_not_received_then_screening_paid", "fax_standard_g4", fax_stack(rng),
             separators=["cover", None], turns={(0, 1): 90}),
        Item(f"{f}_scan_preexisting_afib_stay", "scan_clean_300", [scan_preexisting(rng)]),
        Item(f"{f}_photocopy_off_job_plan_work_injury", "photocopy", [photocopy_work_injury(rng)]),
        Item(f"{f}_phone_es_cobertura_terminada_apendicectomia", "phone_photo", [phone_es_ported(rng)]),
        Item(f"{f}_rotated_step_down_unit_not_icu", "rotated", [rotated_step_down(rng)]),
    ]
