"""Hospital indemnity and critical illness supplemental policies of an invented insurer, Corbelline Life & Accident
Insurance Company, mirrored (structure and plain wording style only) from published supplemental-policy claim
letters: the insurer pays fixed amounts to the insured (an admission benefit, a daily confinement benefit from the
second day, an observation unit benefit, emergency room and x-ray benefits, a health screening benefit; a lump sum
for a covered critical illness as the certificate defines it) and refuses for a pre-existing condition in the
first 12 months, a diagnosis that is not a covered critical illness (a transient ischemic attack is not a stroke),
care outside the setting a benefit names (an urgent care center is not a hospital emergency room; observation
status is not an inpatient confinement), a policy that lapsed after the 31-day grace period, and proof of loss sent
too late. Every person, number, hospital, clinic, employer, address and amount is invented; phones use 555.
CPT and ICD-10 codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_benefit_payment_summary_table_carried_forward_urgent_care_line_code_u2: a two-page benefit payment
  summary for a family under an employer's group certificate ("Summary date 14 April 2026", certificate, group and
  plan in boxes, EFT trace, year-to-date and an example as decoys); the ruled claims table breaks across the pages
  with "Carried forward" / "Brought forward" rows; four claims of three family members are paid except a child's
  urgent care visit, which pays 0.00 under U2, told only in the code list on page 2 ("within 180 days of the date of
  this summary").
- clean300_two_pages_tia_not_a_covered_stroke_three_column_prose_ids_only_bare: a two-page critical illness letter
  whose policy number appears only bare (a corner block of reference lines on page 1, a running header on page 2);
  page 1 in three columns of prose; the stroke definition quoted; a benefit schedule of fixed amounts as decoys;
  "by" a printed date.
- lowres_observation_status_caption_right_boxes_observation_benefit_paid: a 150 dpi claim decision whose values
  stand in ruled boxes with their captions to the right; admission and daily benefits refused because the stay was
  in observation status, the observation benefit paid ("within 60 days of the date of this notice").
- faxfine_stack_cover_premium_notice_then_preexisting_heart_attack_page_two_sideways: a fine fax of a cover sheet,
  the insurer's premium notice (denies nothing) and a two-page letter refusing a heart attack benefit under the
  12-month pre-existing condition limitation (records table with dates as decoys; page 2 fed sideways).
- phone_es_poliza_vencida_periodo_de_gracia: a photographed Spanish letter refusing a hospital stay because the
  policy lapsed when the grace period ended ("dentro de 60 días a partir de la fecha de esta carta").
- rotated_cancer_benefit_paid_payment_panel_and_check: a payment letter fed turned: the invasive cancer benefit
  paid in full with a check at the foot (denies nothing).
- photocopy_proof_of_loss_late_received_stamp_hung_captions: a photocopied letter with captions hung in the left
  margin and a tilted mail room stamp refusing a hospital stay because the proof of loss came more than 180 days
  after the loss ("no later than" a printed date).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famke import (EKSheet, abbr, day_of, dd_mon, dmy_long, es_date, first_last, fresh, grouped,
                               iso, last_first, long, n2, people, phone, plus, roman, slash, span_words, tollfree,
                               usd, usd_es, wday_long, with_last, yy)
from public_kit import digits, m2, out, truth

FAMILY = ("corbelline_life_hospital_indemnity_and_critical_illness_policies_preexisting_observation_stay_lapse_"
          "and_not_a_covered_diagnosis_claims")
LANG = "en"
SEED = 355004
INS = "Corbelline Life & Accident Insurance Company"
INS_ALT = ["Corbelline Life and Accident Insurance Company", "Corbelline Life & Accident", "Corbelline"]
CLAIMS = "Supplemental Health Claims  |  P.O. Box 38120, Omaha, NE 68103"
HOME = "Home Office: 2240 Farnam Ridge Parkway, Omaha, NE 68131"
EMPLOYER = "Hobble Creek Freight Lines, Inc."


def head(p: EKSheet, rng, right=None, es=False):
    lines = [CLAIMS + ("  |  Reclamaciones " if es else "  |  Claims ") + tollfree(rng, "800") + "  |  Fax "
             + phone(rng, "402"), HOME + "  |  TTY 711"]
    p.letterhead("CORBELLINE", "Life & Accident Insurance Company", lines, right=right)


def claim_no(rng, kind="HI"):
    return f"26-{kind}-{digits(rng, 6)}"


def policy(rng, kind="HI"):
    return f"{kind}{digits(rng, 10)}"


def spaced(pol: str) -> str:
    """HI6042187751 -> HI 6042 187 751"""
    return pol[:2] + " " + grouped(pol[2:], [4, 3, 3])


def sig_line(p: EKSheet, name: str, title: str):
    p.ln(2)
    y = p.get_y()
    p.set_draw_color(50, 50, 50)
    px = p.l_margin + 2
    for s in range(12):
        p.line_seg(px, y + 4 + (1.8 if s % 2 else -1.5), px + 3, y + 4 + (-1.5 if s % 2 else 1.8))
        px += 3
    p.set_draw_color(0, 0, 0)
    p.set_y(y + 8)
    p.line(name, 9.6, "B")
    p.line(title, 9)
    p.ln(2)


# ---------------------------------------------------------------------------------------------------------------
def born_summary(rng):
    """Benefit payment summary, family of three; the child's urgent care visit pays 0.00 under U2."""
    emp, = people(rng, 1, sexes="F")
    last = emp.split()[-1]
    sp = with_last(people(rng, 1, sexes="M")[0], last)
    kid = with_last(people(rng, 1, sexes="M")[0], last)
    cert = f"CT{digits(rng, 9)}"
    grp = f"WK-{digits(rng, 5)}"
    sd = dt.date(2026, 4, 14)
    d_stay = dt.date(2026, 3, 2)
    d_er = dt.date(2026, 3, 14)
    d_uc = dt.date(2026, 3, 18)
    d_scr = dt.date(2026, 3, 27)
    c_stay, c_er, c_uc, c_scr = (claim_no(rng) for _ in range(4))
    bill_stay = round(rng.uniform(16000, 21000), 2)
    bill_er = round(rng.uniform(1900, 2600), 2)
    bill_uc = float(rng.choice([286, 312, 274, 298])) + rng.choice([0, 0.5, 0.4])
    bill_scr = round(rng.uniform(380, 460), 2)
    uc = "Tansey Cross Urgent Care"
    hosp = "Graysill Memorial Hospital"
    img = "Teasel Lane Imaging"
    trace = digits(rng, 15)
    p = EKSheet(footer="Page {n} of {nb}", footer_left=f"Cert. {cert}  |  Summary date {slash(sd)}  |  Form "
                "CL-BPS-07", run_hdr=f"Benefit payment summary for {emp.upper()}, continued")
    p.add_page()
    head(p, rng, right=["BENEFIT PAYMENT SUMMARY", "This is not a bill", f"Printed {dd_mon(sd)}"])
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("SUMMARY DATE", dmy_long(sd)), ("CERTIFICATE NO.", cert), ("GROUP", grp), ("PLAN", "HI-2"),
                ("PAGE", "1 of 2")], [W * 0.22, W * 0.22, W * 0.18, W * 0.14, W * 0.24], size=9)
    p.ln(4)
    y0 = p.get_y()
    for ln in [emp.upper(), "418 Wheelwright Ave", "Grand Island, NE 68801"]:
        p.line(ln, 9.8)
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.money_box("This summary", [("Claims on this summary", "4"), ("Benefits scheduled", usd(1800 + 210 + 150 + 50)),
                                 ("Not payable", usd(150)), ("Paid to you by direct deposit", usd(2060))],
                x=p.l_margin + W * 0.52, w=W * 0.48)
    p.set_y(max(p.get_y(), y0 + 30) + 2)
    p.para(f"Employer: {EMPLOYER}  |  Hospital Indemnity Insurance, group policy form CL-HI-21. Covered under this "
           f"certificate: {emp}, {sp} (spouse) and {kid} (child). Deposit to the account ending "
           f"{digits(rng, 4)}, trace {trace}.", 8.4)
    p.para("The benefits below are fixed amounts set by your certificate's benefit schedule. They do not depend on "
           "what the hospital or clinic charged; the charges shown are taken from the bills you sent and are for "
           "your reference. For example, a three-day hospital stay under Plan HI-2 pays the $1,000.00 admission "
           "benefit plus $150.00 for each day after the first.", 8.4)
    p.schedule("Plan HI-2 benefit schedule (each covered person)", [
        ("Hospital admission, once per confinement", "$1,000.00"), ("Daily hospital confinement, day 2 on",
                                                                    "$150.00"),
        ("Intensive care, per day", "$300.00"), ("Observation unit, once a year", "$200.00"),
        ("Emergency room visit", "$150.00"), ("X-ray", "$60.00"), ("Ambulance, ground", "$200.00"),
        ("Health screening, once a year", "$50.00")], size=7.8)
    p.heading("Claims paid and not paid", 10.5)
    rows = []
    for c, pat, prov, rec, bill, lines in (
            (c_stay, sp, hosp, plus(d_stay, 9), bill_stay,
             [["Ambulance, ground", slash(d_stay), "1", "200.00", "200.00", "P1"],
              ["Hospital admission", slash(d_stay), "1", "1,000.00", "1,000.00", "P1"],
              ["Intensive care", slash(plus(d_stay, 1)), "1", "300.00", "300.00", "P1"],
              ["Daily hospital confinement", f"{slash(plus(d_stay, 2))}-{slash(plus(d_stay, 3))}", "2", "300.00",
               "300.00", "D2"]]),
            (c_er, emp, hosp, plus(d_er, 6), bill_er,
             [["Emergency room visit (accident)", slash(d_er), "1", "150.00", "150.00", "P1"],
              ["X-ray", slash(d_er), "1", "60.00", "60.00", "P1"]]),
            (c_uc, kid, uc, plus(d_uc, 5), bill_uc,
             [["Emergency room visit", slash(d_uc), "1", "150.00", "0.00", "U2"]]),
            (c_scr, emp, img, plus(d_scr, 4), bill_scr,
             [["Health screening (mammogram)", slash(d_scr), "1", "50.00", "50.00", "S1"]])):
        rows.append({"cells": [f"Claim {c}   {pat}   {prov}   received {slash(rec)}   bill total {n2(bill)}",
                               "", "", "", "", "", ""], "span": True})
        rows += [{"cells": [""] + ln} for ln in lines]
    p.carried_table(["", "Benefit", "Date(s)", "Days / units", "Scheduled", "Payable", "Code"], rows,
                    [6, 58, 40, 20, 22, 22, 11.9], ["L", "L", "L", "C", "R", "R", "C"], sum_cols=[4, 5],
                    size=7.8, bottom=54, label_col=1)
    p.glossary("What the codes mean", [
        ("P1", "Paid as the benefit schedule shows."),
        ("D2", "Daily hospital confinement is paid from the second day of a hospital confinement."),
        ("S1", "Health screening benefit: one test a year for each covered person."),
        ("U2", "The emergency room benefit is paid only for treatment in the emergency department of a hospital. "
               "A free-standing urgent care center or walk-in clinic is not a hospital emergency department "
               "(certificate Part IV, Definitions)."),
        ("H7", "Paid under the observation unit benefit."),
        ("X4", "Needs the attending physician's statement before we can decide.")], cols=2)
    p.heading("If you disagree", 10)
    p.para("You or someone you name may ask us to review any claim on this summary. Write to the claims address "
           "above within 180 days of the date of this summary and tell us why you disagree; send anything that "
           "helps, such as the visit record or a corrected bill. We will answer within 30 days after we receive "
           "your request. You may ask for copies of the papers we used, free of charge.", 8.8)
    p.para(f"Hospital indemnity insurance is underwritten by {INS}, Omaha, Nebraska. It is not major medical "
           "coverage and does not meet minimum essential coverage requirements.", 7.6)
    p.idstrip([("Year-to-date benefits paid", usd(2610.0)), ("Monthly premium (payroll)", usd(31.84)),
               ("Coverage effective", "01/01/2026")], size=8)
    t = truth("eob", "not_covered", insurer=INS, plan_id="HI-2", group=grp, member_id=cert, member_name=kid,
              cases=[c_uc], claim_amount=m2(bill_uc), service_dates=[iso(d_uc)], denial_date=iso(sd),
              provider=uc, appeal_deadline=iso(plus(sd, 180)), denial_alternates=["level_of_care"],
              alternates={"insurer": INS_ALT, "plan_id": [None]})
    return out(p), t


def clean_tia(rng):
    """Critical illness: a TIA is not a covered stroke. ID only bare; three columns of prose."""
    pat, = people(rng, 1, sexes="F")
    neuro = "Dr. Maude E. Sefton"
    hosp = "Wendlemarsh Regional Medical Center"
    pol = policy(rng, "CI")
    clm = claim_no(rng, "CI")
    ev = dt.date(2026, 2, 9)
    rec = dt.date(2026, 2, 23)
    ld = dt.date(2026, 3, 6)
    by = plus(ld, 180)
    f, m, last = pat.split()[0], pat.split()[1], pat.split()[2]
    p = EKSheet(footer="Page {n} of {nb}", run_hdr=f"{last.upper()}, {f[0]}.   {spaced(pol)}   {clm}   page {{n}}")
    p.add_page()
    head(p, rng)
    p.corner_refs([spaced(pol), clm, "CIC/MES/07"], y=p.get_y())
    p.line(dmy_long(ld), 10)
    p.ln(3)
    for ln in [pat, "77 Kestrel Bluff Road", "Kearney, NE 68845"]:
        p.line(ln, 10)
    p.ln(5)
    p.line(f"Dear {f} {last}:", 10)
    p.ln(2)
    p.para("We have finished reviewing the claim you sent us for the stroke benefit under your critical illness "
           "insurance. We are sorry to tell you that we cannot pay it. This letter explains what we looked at and "
           "why, and what you can do if you disagree.", 10)
    p.three_cols([
        ("What you sent us", f"Your claim form reached us on {long(rec)}. You told us that on {long(ev)} you "
                             "suddenly could not find your words and your right hand felt weak, and that you were "
                             f"taken to {hosp}. The form was signed by {neuro}, the neurologist who saw you there."),
        ("What the records show", "The emergency department notes and the neurology consultation say that your "
                                  "symptoms went away completely in less than two hours. The MRI of your brain "
                                  "done the same day showed no new area of damage. You went home the next "
                                  "morning. The final diagnosis written by the neurologist was transient "
                                  "ischemic attack (ICD-10 G45.9)."),
        ("What your certificate says", "The certificate pays the stroke benefit for a cerebrovascular event that "
                                       "causes lasting damage to brain tissue, shown by imaging, with symptoms "
                                       "that last more than 24 hours. The definitions section then lists what is "
                                       "not a stroke: a transient ischemic attack, a brain injury from an "
                                       "accident, and a loss of blood supply to the eye alone."),
        ("Our decision", "A transient ischemic attack is named in your certificate as a condition that is not a "
                         "covered stroke. Because the diagnosis on your claim is not a covered critical illness as "
                         "the certificate defines it, no benefit is payable on this claim. Your coverage stays in "
                         "force; nothing in this letter changes your premium."),
        ("Other benefits", "If your doctor later diagnoses a covered critical illness, please send a new claim. "
                           "The health screening benefit of $50.00 a year is separate and may be claimed for the "
                           "tests listed on the back of your claim form.")], size=8.6)
    p.add_page()
    p.heading("The definition we applied", 10.5)
    p.set_x(p.l_margin + 8)
    p.f(8.8)
    p.multi_cell(p.w - p.l_margin - p.r_margin - 16, 4.2,
                 "\u201cStroke means a cerebrovascular accident or incident producing infarction of brain tissue "
                 "caused by hemorrhage, embolism or thrombosis, with neurological deficit lasting more than 24 "
                 "hours and confirmed by a physician with imaging. Stroke does not include transient ischemic "
                 "attacks, reversible ischemic neurological deficits, or injury to the brain or eye caused by "
                 "trauma.\u201d  (Certificate form CL-CI-19, Part II, Definitions)", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.schedule("Your benefit schedule (for your reference)", [
        ("Heart attack", "$25,000.00"), ("Stroke", "$25,000.00"), ("Coronary artery bypass", "$6,250.00"),
        ("End-stage renal failure", "$25,000.00"), ("Major organ transplant", "$25,000.00"),
        ("Invasive cancer", "$25,000.00"), ("Carcinoma in situ", "$6,250.00"), ("Health screening, yearly",
                                                                               "$50.00")],
        note="Amounts for a covered person named on the certificate. A second, different critical illness is "
             "paid when it is diagnosed more than 90 days after the first.")
    p.heading("If you disagree", 10.5)
    p.para(f"You may ask us to review this decision. Please write to us by {long(by)} at the claims address on "
           "page 1 and tell us why you think the claim should be paid. You may send new records, for example "
           "imaging reports or a letter from your neurologist. A different examiner who took no part in this "
           "decision will review your request, and we will answer you in writing.", 9.6)
    p.para("You may also contact the Nebraska Department of Insurance about this decision at any time. Calling us "
           "does not take the place of a written request.", 9.6)
    sig_line(p, "Renata B. Threlkeld", "Senior Claims Examiner, Critical Illness")
    p.f(7.4)
    p.multi_cell(0, 3.5, f"cc: {neuro}, {hosp}. Fraud warning: any person who knowingly presents a false or "
                         "fraudulent claim for payment of a loss is guilty of a crime and may be subject to fines "
                         "and confinement in prison.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pol, member_name=pat, cases=[clm],
              claim_amount=None, service_dates=[iso(ev)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(by),
              alternates={"insurer": INS_ALT, "provider": [neuro, "Maude E. Sefton"]})
    return out(p), t


def lowres_observation(rng):
    """Hospital indemnity: admission and daily benefits refused, the stay was in observation status."""
    pat, = people(rng, 1, sexes="M")
    hosp = "Merriam Fork Medical Center"
    pol = policy(rng, "HI")
    clm = claim_no(rng)
    a = dt.date(2026, 3, 16)
    b = dt.date(2026, 3, 18)
    rec = dt.date(2026, 3, 30)
    nd = dt.date(2026, 4, 8)
    bill = round(rng.uniform(12500, 15900), 2)
    lic = f"NE-{digits(rng, 7)}"
    p = EKSheet(footer="Page {n} of {nb}", footer_left=f"CL-HI-CD3 (01/26)  |  {clm}")
    p.add_page()
    head(p, rng, right=["CLAIM DECISION", "Hospital Indemnity Insurance"])
    for ln in [pat, "2305 Sandhill Crane Dr", "North Platte, NE 69101"]:
        p.line(ln, 10)
    p.ln(4)
    p.right_caps([[(slash(nd), "Notice date"), (clm, "Claim number")],
                  [(spaced(pol), "Policy number"), ("HI-2", "Plan")],
                  [(pat, "Insured"), (pat, "Patient")],
                  [(f"{slash(a)} - {slash(b)}", "Dates at the hospital"), ("Observation", "Status on the bill")],
                  [(usd(bill), "Total charges on the bill"), (slash(rec), "Claim received")]], box_w=52, size=8.8)
    p.para(f"We received the hospital bill and records for your stay at {hosp}. Below is how we figured the "
           "benefits your policy pays for it.", 9.6)
    p.table(["Benefit", "Days", "Scheduled amount", "Payable", "Note"],
            [["Hospital admission", "1", "$1,000.00", "$0.00", "See below"],
             ["Daily hospital confinement", "2", "$300.00", "$0.00", "See below"],
             ["Observation unit", "1", "$200.00", "$200.00", "Paid"],
             ["Total", "", "$1,500.00", "$200.00", ""]],
            [62, 16, 36, 30, 35.9], size=8.8, aligns=["L", "C", "R", "R", "L"], bold_last=True)
    p.para(f"**Why the admission and daily benefits are not payable.** The bill and the records from {hosp} show that "
           f"you were kept in observation status from {span_words(a, b)}, and that no physician wrote an order "
           "admitting you as an inpatient. Your policy pays the hospital admission benefit and the daily hospital "
           "confinement benefit only for a hospital confinement, which the policy defines as a stay as a "
           "registered inpatient on a physician's order. Time spent in observation status, even overnight, is not "
           "a hospital confinement. For that stay the policy pays the observation unit benefit instead, and we "
           "have paid it. A check for $200.00 is being mailed to you separately.", 9.4)
    p.para("If the hospital later changes your status to inpatient for any of these days, please send us its "
           "corrected bill and we will look at the claim again.", 9.4)
    p.heading("Your right to ask for a review", 10)
    p.para("If you do not agree with this decision, you may ask us to review it. Send your request in writing within "
           "60 days of the date of this notice to the claims address above. Include the claim number and any "
           "papers you want us to consider. We will send you our answer in writing.", 9.4)
    p.f(7.4)
    p.multi_cell(0, 3.6, f"{INS}, Omaha, Nebraska. Your agent: Clemency R. Hatherall, producer license {lic}, "
                         f"(308) 555-{digits(rng, 4)}. "
                         "Your policy has a 30-day waiting period for sickness that ended before this stay; it does "
                         "not affect this decision.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id="HI-2", member_id=pol, member_name=pat,
              cases=[clm], claim_amount=m2(bill), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd),
              provider=hosp, appeal_deadline=iso(plus(nd, 60)), denial_alternates=["not_covered"],
              alternates={"insurer": INS_ALT, "plan_id": [None], "service_dates": [[iso(a), iso(b)]]})
    return out(p), t


def fax_stack(rng):
    """Premium notice (denies nothing), then a pre-existing-condition refusal of a heart attack benefit."""
    pat, = people(rng, 1, sexes="F")
    card = "Dr. Oswin P. Tarleton"
    hosp = "Copperkettle Regional Hospital"
    clinic = "Ashmead Heart & Vascular Clinic"
    pol = policy(rng, "CI")
    clm = claim_no(rng, "CI")
    eff = dt.date(2026, 3, 1)
    mi = dt.date(2026, 5, 2)
    pn = dt.date(2026, 6, 1)
    ld = dt.date(2026, 6, 8)
    prem = 58.40
    addr = [pat, "1914 Chokecherry Ln", "Hastings, NE 68901"]
    # --- premium notice ---
    q = EKSheet(footer=None, footer_left="CL-PN-2 (rev. 11/25)")
    q.add_page()
    head(q, rng, right=["PREMIUM NOTICE", "Please keep the top part"])
    W = q.w - q.l_margin - q.r_margin
    q.addr_kv(addr, [("Notice date", slash(pn)), ("Policy number", spaced(pol)), ("Plan", "CI-25"),
                     ("Premium mode", "Monthly"), ("Amount due", usd(prem)), ("Due date", slash(dt.date(2026, 7, 1)))],
              w=88, cap_w=32)
    q.para("Thank you for keeping your Critical Illness Insurance in force. This notice shows the premium due for the "
           "next month of coverage. If you already mailed this payment, please disregard this notice.", 9.6)
    q.table(["Coverage", "Covered person", "Benefit amount", "Monthly premium"],
            [["Critical Illness Insurance, Plan CI-25", pat, "$20,000.00", usd(prem)],
             ["Cancer screening rider", pat, "$50.00 a year", "$0.00"]],
            [70, 48, 32, 29.9], size=8.6, aligns=["L", "L", "R", "R"])
    q.para("A grace period of 31 days follows each due date. Your coverage stays in force during the grace period; "
           "if the premium is still unpaid when it ends, the policy lapses on the due date of the unpaid premium. "
           "Premium paid after a claim does not change a claim decision.", 8.8)
    q.para("Questions about your premium? Call Policyholder Service at the number above, weekdays 8 a.m. to 6 p.m. "
           "Central time.", 8.8)
    q.tear_slip("Premium payment coupon", [[("Policy number", spaced(pol)), ("Due date", slash(dt.date(2026, 7, 1))),
                                            ("Amount due", usd(prem))],
                                           [("Policyholder", pat), ("Amount enclosed", ""), ("Check no.", "")]],
                note="Make your check payable to Corbelline Life & Accident Insurance Company. Write your policy "
                     "number on it.")
    q.set_y(q.h - 28)
    q.f(9)
    q.set_font("Mono", "", 9)
    q.cell(0, 5, f"0{pol[2:]}0058401 {digits(rng, 9)} 7", align="C")
    d_prem = (out(q), truth("other", None, insurer=INS, plan_id="CI-25", member_id=pol, member_name=pat, cases=[],
                            claim_amount=None, service_dates=[], denial_date=iso(pn), provider=None,
                            appeal_deadline=None, alternates={"insurer": INS_ALT, "plan_id": [None]}))
    # --- pre-existing refusal ---
    p = EKSheet(footer="Page {n} of {nb}", footer_left=f"Claim {clm}")
    p.add_page()
    head(p, rng)
    p.line(wday_long(ld), 10)
    p.ln(3)
    p.addr_kv(addr, [("Claim number", clm), ("Policy number", spaced(pol)), ("Plan", "CI-25"),
                     ("Benefit claimed", "Heart attack"), ("Date of diagnosis", slash(mi)),
                     ("Policy effective", slash(eff))], w=86, cap_w=34)
    p.line(f"Dear {first_last(pat)}:", 10)
    p.ln(2)
    p.para(f"We have reviewed your claim for the heart attack benefit. The records from {hosp} show that you were "
           f"admitted through its emergency department on {long(mi)}, and that {card} diagnosed an acute myocardial "
           "infarction (ICD-10 I21.4) that day. We are not able to pay this claim.", 9.8)
    p.para("**Pre-existing condition limitation.** Your policy does not pay benefits for a critical illness that is "
           "caused by, or results from, a pre-existing condition and is diagnosed in the first 12 months after the "
           "policy's effective date. A pre-existing condition is a condition for which, in the 12 months before the "
           "effective date, you received medical advice or treatment, or had symptoms that would cause an "
           "ordinarily prudent person to seek it.", 9.4)
    p.para("To decide your claim we asked for and read the records listed below.", 9.4)
    p.table(["Record", "From", "Date"],
            [["Office visit: chest pressure on exertion", clinic, slash(dt.date(2026, 1, 20))],
             ["Exercise stress test, abnormal result", clinic, slash(dt.date(2026, 2, 10))],
             ["New prescriptions: metoprolol, atorvastatin", clinic, slash(dt.date(2026, 2, 12))],
             ["Application for this policy, signed", "Corbelline", slash(dt.date(2026, 2, 18))],
             ["Emergency department and cardiology records", hosp, slash(mi)]],
            [78, 66, 35.9], size=8.6)
    p.add_page()
    p.para(f"These records show that in January and February 2026, before your policy took effect on {long(eff)}, "
           "you were seen and treated for coronary artery disease, the condition that caused the heart attack. "
           "The heart attack was diagnosed in the first 12 months of coverage. For that reason the pre-existing "
           "condition limitation applies and no benefit is payable. After the first 12 months, this limitation "
           "no longer applies to new claims.", 9.6)
    p.para("This decision is only about this claim. Your policy stays in force and your premium is unchanged.", 9.6)
    p.heading("If you disagree", 10.5)
    p.para("You may ask for a review of this decision within 180 days of the date of this letter. Write to us at "
           "the claims address on page 1, tell us why you disagree and send anything you want us to consider, such "
           "as a letter from your cardiologist. A person who did not make this decision will review it. You may "
           "ask for free copies of the records we used.", 9.6)
    sig_line(p, "Dorian K. Applewhite", "Claims Examiner, Supplemental Health")
    p.f(7.4)
    p.multi_cell(0, 3.6, f"cc: {card}. This notice is also available in large print and in Spanish; call the number on "
                         "page 1.", new_x="LMARGIN", new_y="NEXT")
    d_deny = (out(p), truth("denial_letter", "not_covered", insurer=INS, plan_id="CI-25", member_id=pol,
                            member_name=pat, cases=[clm], claim_amount=None, service_dates=[iso(mi)],
                            denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
                            alternates={"insurer": INS_ALT, "plan_id": [None],
                                        "provider": [card, "Oswin P. Tarleton"]}))
    return [d_prem, d_deny]


def phone_es_lapse(rng):
    """Spanish: the policy lapsed when the grace period ended before the stay."""
    pat, = people(rng, 1, es=True, sexes="F")
    hosp = "Cañada Seca Community Hospital"
    pol = policy(rng, "HI")
    clm = claim_no(rng)
    due = dt.date(2026, 2, 1)
    grace = dt.date(2026, 3, 3)
    a = dt.date(2026, 3, 20)
    b = dt.date(2026, 3, 23)
    ld = dt.date(2026, 4, 17)
    bill = 9418.75
    p = EKSheet(footer="Página {n} de {nb}")
    p.add_page()
    head(p, rng, es=True)
    p.line(es_date(ld), 10)
    p.ln(3)
    p.addr_kv([pat, "305 Calle Mezquite", "Scottsbluff, NE 69361"],
              [("Número de póliza", spaced(pol)), ("Reclamación", clm), ("Paciente", pat),
               ("Hospital", hosp), ("Cargos", f"{usd_es(bill)} ({usd(bill)})")], w=94, cap_w=34)
    p.line(f"Estimada Sra. {pat.split()[-1]}:", 10)
    p.ln(2)
    p.para(f"Recibimos su reclamación por su estancia en {hosp} del {es_date(a)} al {es_date(b)}. Lamentamos "
           "informarle que no podemos pagar beneficios por esa estancia.", 10)
    p.para(f"**Motivo.** La prima de su póliza de indemnización hospitalaria que vencía el {es_date(due)} no se pagó. "
           f"Su póliza le da un período de gracia de 31 días después de cada vencimiento; ese período terminó el "
           f"{es_date(grace)} sin que recibiéramos el pago. Por eso la póliza dejó de estar vigente desde la fecha "
           "de vencimiento de la prima no pagada, y no había cobertura cuando usted ingresó al hospital. Le "
           "enviamos avisos de prima el 2 de febrero y el 17 de febrero.", 9.6)
    p.para("Si usted pagó esa prima a tiempo, envíenos una copia del cheque cobrado o del estado de cuenta del banco y "
           "revisaremos de nuevo su reclamación. También puede pedir que su póliza se restablezca; para eso debe "
           "llenar una solicitud nueva, y la cobertura restablecida no cubre estancias que empezaron antes de la "
           "fecha de restablecimiento.", 9.6)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede pedirnos que revisemos esta decisión. Envíenos su solicitud por escrito dentro de 60 días a partir "
           "de la fecha de esta carta, a la dirección de reclamaciones que aparece arriba. Incluya el número de "
           "reclamación y los documentos que quiera que consideremos.", 9.6)
    p.para("Prima mensual que vencía: $42.16. Esta carta no es una factura.", 8.6)
    sig_line(p, "Octavia R. Mabry", "Examinadora de reclamaciones")
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=pol, member_name=pat, cases=[clm],
              claim_amount=m2(bill), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": INS_ALT, "service_dates": [[iso(a), iso(b)]]})
    return out(p), t


def rotated_paid(rng):
    """Payment letter: the invasive cancer benefit paid in full, a check at the foot (denies nothing)."""
    pat, = people(rng, 1, sexes="M")
    onc = "Dr. Clement J. Goodfellow"
    inst = "Stillbay Cancer Institute"
    pol = policy(rng, "CI")
    clm = claim_no(rng, "CI")
    dx = dt.date(2026, 4, 6)
    ld = dt.date(2026, 5, 12)
    amt = 15000.00
    p = EKSheet(footer=None, footer_left=f"CL-CI-PAY (02/26)  |  {clm}")
    p.add_page()
    head(p, rng)
    p.line(abbr(ld), 10)
    p.ln(3)
    for ln in [pat, "66 Larkspur Terrace", "Columbus, NE 68601"]:
        p.line(ln, 10)
    p.ln(4)
    p.idstrip([("Policy", spaced(pol)), ("Claim", clm), ("Plan", "CI-25")], size=9)
    p.line(f"Dear {first_last(pat)}:", 10)
    p.ln(2)
    p.para(f"We have approved your claim for the invasive cancer benefit. The pathology report sent by {inst} shows "
           f"that the diagnosis was made on {long(dx)}, and the claim form was completed by {onc}. The benefit is "
           "paid to you, and you may use it however you wish.", 9.8)
    p.pay_panel("How we figured your benefit", [("Invasive cancer benefit, 100% of the benefit amount",
                                                   usd(amt)), ("Less: benefits paid before on this policy", "$0.00"),
                                                  ("Cancer screening benefit (paid in January)", "not included")],
                ("Paid to you", usd(amt)))
    p.para("After this payment, the policy pays no further benefit for invasive cancer for you. It still pays for a "
           "different covered critical illness diagnosed more than 90 days from now, and for a recurrence of cancer "
           "after you have been free of it for 12 months. Your premium is waived for the next 90 days.", 9.2)
    p.schedule("Still available on your policy", [("Heart attack", "$15,000.00"), ("Stroke", "$15,000.00"),
                                                  ("Coronary artery bypass", "$3,750.00"),
                                                  ("Major organ transplant", "$15,000.00")])
    p.para("If you have questions about this payment, please call us. Keep this letter with your tax papers; "
           "critical illness benefits you receive are usually not taxable, but you should ask your tax adviser.",
           8.8)
    p.check_stub(INS, pat, amt, digits(rng, 8), slash(ld), f"Claim {clm} - invasive cancer benefit")
    t = truth("other", None, insurer=INS, plan_id="CI-25", member_id=pol, member_name=pat, cases=[clm],
              claim_amount=None, service_dates=[iso(dx)], denial_date=iso(ld), provider=inst, appeal_deadline=None,
              type_alternates=["eob"],
              alternates={"insurer": INS_ALT, "plan_id": [None], "provider": [onc, "Clement J. Goodfellow"],
                          "claim_amount": [m2(amt)], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def photocopy_late(rng):
    """Proof of loss more than 180 days after the loss: hung captions, a tilted receipt stamp."""
    pat, = people(rng, 1, sexes="M")
    hosp = "Quarry Gate Hospital"
    pol = policy(rng, "HI")
    clm = claim_no(rng)
    a = dt.date(2026, 1, 12)
    b = dt.date(2026, 1, 15)
    rec = dt.date(2026, 8, 21)
    ld = dt.date(2026, 8, 31)
    by = plus(ld, 60)
    bill = round(rng.uniform(10400, 11900), 2)
    p = EKSheet(footer=None, footer_left="CL-HI-TL1")
    p.add_page()
    head(p, rng)
    p.receipt_stamp(["CORBELLINE MAIL CENTER", f"REC'D {rec.strftime('%b %d %Y').upper()}", "SCAN BATCH 4471"],
                    p.w - p.r_margin - 62, p.get_y() + 2, angle=7)
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [last_first(pat), "1207 Prairie Schooner Rd", "York, NE 68467"]:
        p.line(ln, 10)
    p.ln(5)
    p.hang([("Insured", pat), ("Policy", spaced(pol)), ("Claim", clm),
            ("Hospital", f"{hosp}, {slash(a)} to {slash(b)}"), ("Charges", usd(bill)),
            ("Received", f"Claim form and bill received {slash(rec)}")], cap_w=30)
    p.para(f"We have reviewed the claim for your hospital stay at {hosp}. We are unable to pay it because we received "
           "the proof of loss too late.", 9.8)
    p.para(f"Your policy asks that written proof of loss reach us within 90 days after the date of the loss. If it "
           "was not reasonably possible to send it within 90 days, we accept it as soon as it reasonably could be "
           "sent, but no later than 180 days after the date of the loss, unless you were legally unable to act. "
           f"Your stay ended on {long(b)}. The claim form and the hospital's bill reached our mail center on "
           f"{day_of(rec)}, which is {(rec - b).days} days later. Nothing we received tells us why the claim could "
           "not be sent sooner.", 9.4)
    p.para("If you were in the hospital, in a care facility, or otherwise unable to handle your affairs during that "
           "time, please send us a statement from your doctor or a copy of the court or power-of-attorney papers. "
           "We will then look at the claim again.", 9.4)
    p.heading("Review", 10.5)
    p.para(f"To ask for a review, write to us no later than {long(by)}. Send the review request to the claims "
           "address above with any papers you want us to read.", 9.4)
    p.para(f"Filed with the original claim: attending physician's statement dated {roman(dt.date(2026, 8, 10))}; "
           f"hospital bill printed {yy(dt.date(2026, 2, 3))}.", 8.2)
    sig_line(p, "Hollis V. Cardew", "Claims Examiner")
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=pol, member_name=pat, cases=[clm],
              claim_amount=m2(bill), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(by), alternates={"insurer": INS_ALT, "service_dates": [[iso(a), iso(b)]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh()
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_benefit_payment_summary_table_carried_forward_urgent_care_line_code_u2",
             "born_digital", [born_summary(rng)]),
        Item(F + "clean300_two_pages_tia_not_a_covered_stroke_three_column_prose_ids_only_bare", "scan_clean_300",
             [clean_tia(rng)]),
        Item(F + "lowres_observation_status_caption_right_boxes_observation_benefit_paid", "scan_lowres_150",
             [lowres_observation(rng)]),
        Item(F + "phone_es_poliza_vencida_periodo_de_gracia", "phone_photo", [phone_es_lapse(rng)]),
        Item(F + "rotated_cancer_benefit_paid_payment_panel_and_check", "rotated", [rotated_paid(rng)]),
        Item(F + "photocopy_proof_of_loss_late_received_stamp_hung_captions", "photocopy", [photocopy_late(rng)]),
    ]
    items.append(Item(F + "faxfine_stack_cover_premium_notice_then_preexisting_heart_attack_page_two_sideways",
                      "fax_fine_g4", fax_stack(rng), separators=["cover", None], turns={(1, 1): 90}))
    return items
