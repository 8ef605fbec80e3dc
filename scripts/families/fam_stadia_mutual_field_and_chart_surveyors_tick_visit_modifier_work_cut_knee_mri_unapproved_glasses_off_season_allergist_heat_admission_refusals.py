"""An invented health plan for cartographers, land surveyors and field survey crews. Stadia Mutual Health Society
(Boulder, Colorado) issues the Field & Chart Health Plan (plan number FC-2600-S) to survey and mapping employers
in the Rocky Mountain states: Hollins Bend Land Surveying, PLLC (group SM-40772), Pennycross Geospatial, Inc.
(SM-51208), Amberleigh Mapping Cooperative (SM-36615) and Tollgarth Field Services, LLC (SM-58840, seasonal field
crews). Member numbers are "FC" + eight digits; a spouse or child is the member's number plus "-01", "-02". Claim
numbers are "SM26" + seven digits; the provider statement also prints an internal control number. The invented
rules: imaging (MRI, CT) is approved before it is done except in an emergency; care from providers outside the
Stadia network is paid only in an emergency; injuries at paid work go to the employer's workers' compensation
carrier; eyeglasses, frames, lenses and coatings are excluded; a seasonal crew member is covered from April 1 to
November 30 after 500 hours in the last season and in the off-season only by self-payment; an office visit on the
day of a minor procedure is paid only with modifier 25. Every company, clinic, person, number, amount and time limit
is invented, phones 555; real towns with invented streets; CPT / HCPCS codes and modifier 25 as themselves.

The plan's letterhead is a triangulation-station mark (an open triangle with a dot in its centre over a base rule)
beside "STADIA MUTUAL" in spaced capitals with "Field & Chart Health Plan" in oblique type under it, a tag in a dark
band at the right end of the rule.

Documents (8 in 7 files):
- born digital: a two-page claims statement to a party chief, identification printed value-then-caption
  ("FC40818273 | member no."), three claims in a ruled table that breaks to page 2 (headings printed again), where
  the office visit on the day his tick was removed pays 0.00 under note C2, explained only in the notes.
- standard fax: a provider payment statement for an occupational and urgent care clinic, five patients from four
  employers, each with a claim number and an internal control number, headings set tight, one crew member's
  machete cut refused under WC (work injury).
- fine fax: a knee MRI after a weekend fall into an arroyo done without the plan's approval; lettered claim-form cells
  ("B. Plan number") with the caption in the cell's corner.
- standard fax: a member's own reimbursement form for computer glasses with the plan's "plan use only" panel at the
  foot: not payable, code V7 (eyeglasses excluded), a surveyor's license number and a receipt number as decoys.
- 150 dpi, Spanish: a seasonal crew member's February dermatology visit, in the off-season without coverage,
  plain words only.
- rotated: a subscriber's letter about his wife's alpha-gal allergy testing with an allergist outside the network;
  subscriber and patient boxes side by side, each with its own number and date of birth; two columns of prose.
- clean scan stack: an ambulance claim paid for a crew member's heat stroke at a weekend trail race (denies nothing), a blank separator, then
  the hospital stay paid as observation instead of inpatient, its page 2 upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famob import (EOSheet, abbr, dash, digits, dlong, dmy, es_abbr, es_date, first_last, fresh, iso,
                               last_first, long, m2, n2, nopad, out, people, plus, same_surname, short, slash,
                               surname, truth, upper, usd, usd_es)

FAMILY = ("stadia_mutual_field_and_chart_surveyors_tick_visit_modifier_work_cut_knee_mri_unapproved_glasses_off_season_"
          "allergist_heat_admission_refusals")
LANG = "en"
SEED = 355141

INS = "Stadia Mutual Health Society"
INS_ALT = ["Stadia Mutual", "Stadia Mutual Health", "Field & Chart Health Plan", "Field and Chart Health Plan",
           "Stadia Mutual Health Society, Field & Chart Health Plan"]
PLAN = "Field & Chart Health Plan"
PLAN_ID = "FC-2600-S"
HELP = "1-888-555-0190"
FAX = "(303) 555-0147"
ADDR = "Stadia Mutual Health Society, 400 Baseline Road, Suite 210, Boulder, CO 80302"
HOLLINS, PENNY, AMBER, TOLL = ("Hollins Bend Land Surveying, PLLC", "Pennycross Geospatial, Inc.",
                               "Amberleigh Mapping Cooperative", "Tollgarth Field Services, LLC")
GROUPS = {HOLLINS: "SM-40772", PENNY: "SM-51208", AMBER: "SM-36615", TOLL: "SM-58840"}


def mid(rng) -> str:
    return "FC" + digits(rng, 8)


def claim_no(rng) -> str:
    return "SM26" + digits(rng, 7)


def icn(rng) -> str:
    return "26" + digits(rng, 4) + "-" + digits(rng, 5)


def home(rng) -> list[str]:
    town = rng.choice(["Longmont, CO 80501", "Loveland, CO 80537", "Laramie, WY 82070", "Golden, CO 80401",
                       "Salida, CO 81201", "Fort Collins, CO 80521", "Canon City, CO 81212", "Cheyenne, WY 82001"])
    street = rng.choice(["Benchmark Dr", "Plat Book Ln", "Witness Corner Rd", "Meander Line Ct", "Section Line Rd",
                         "Quarter Corner Way", "Range Line Rd", "Township Rd"])
    return [f"{rng.randint(12, 9870)} {street}", town]


def head(p: EOSheet, es: bool = False):
    right = [INS, "400 Baseline Road, Suite 210", "Boulder, CO 80302",
             ("Servicios al miembro " if es else "Member services ") + HELP, ("Fax " + FAX)]
    p.trig_letterhead("Stadia Mutual", "Field & Chart Health Plan", "Health Society" if not es else "Health Society",
                      right)


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    chief, wife, girl, uc_doc, ped, opt = people(rng, 6, 2, "MFFMFM")
    last = surname(chief)
    wife, girl = same_surname(wife, last), same_surname(girl, last)
    num = mid(rng)
    grp = GROUPS[HOLLINS]
    sd = dt.date(2026, 5, 4)
    uc, pedc, eye = "Sugarloaf Urgent Care", "Left Hand Creek Pediatrics", "Flagstaff Road Eye Clinic"
    tick = dt.date(2026, 4, 21)
    cA, cB, cC = claim_no(rng), claim_no(rng), claim_no(rng)
    cD, cE, cF = claim_no(rng), claim_no(rng), claim_no(rng)
    lines_D = [("04/10/26", "97161", "Physical therapy evaluation", 210.00, 132.00, 102.00, 30.00, "A1"),
               ("04/10/26", "97110", "Therapeutic exercise, 2 units", 118.00, 71.20, 71.20, 0.00, "A3")]
    lines_E = [("04/17/26", "73030", "X-ray, shoulder, 2 views", 156.00, 78.40, 62.72, 15.68, "A2")]
    lines_F = [("04/20/26", "87880", "Rapid strep test", 42.00, 16.80, 16.80, 0.00, "A3")]
    pt_c, img_c = "Boulder Canyon Physical Therapy", "Longs Peak Imaging"
    lines_A = [("04/08/26", "99393", "Well child visit, age 5-11", 245.00, 186.00, 186.00, 0.00, "P1"),
               ("04/08/26", "92551", "Hearing screening", 38.00, 22.40, 22.40, 0.00, "P1")]
    lines_C = [("04/15/26", "92014", "Eye exam, established patient", 210.00, 141.00, 111.00, 30.00, "A1")]
    lines_B = [("04/21/26", "99213", "Office visit, established", 168.00, 0.00, 0.00, 0.00, "C2"),
               ("04/21/26", "10120", "Removal of embedded tick", 236.00, 171.50, 137.20, 34.30, "A2"),
               ("04/21/26", "86618", "Lyme disease antibody", 89.00, 41.60, 41.60, 0.00, "A3")]
    billed_B = sum(x[3] for x in lines_B)
    p = EOSheet(footer="Page {n} of {nb}", footer_left=f"SMHS-CS-2  {num}  {sd:%Y%m%d}",
                running=f"{INS}  \u00b7  Claims statement for {first_last(chief)}  \u00b7  {nopad(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p)
    p.f(12.5, "B")
    p.cell(0, 6, "Claims Statement", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4, "This is not a bill.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    p.address([chief, *home(rng)], 9.6)
    ya = p.get_y()
    p.set_y(y0)
    p.pipe_rows([(num, "member no."), (PLAN_ID, "plan no."), (grp, "group no."), (long(sd), "statement date")],
                size=8.8, x=p.l_margin + p.W * 0.5, w=p.W * 0.5, val_w=50)
    p.set_y(max(ya, p.get_y()))
    p.para(f"Here are the claims the {PLAN} processed from April 13 to May 1, 2026 for you and the family members "
           f"on your plan through {HOLLINS}. Each claim starts with a shaded line naming the patient and the provider.", 8.8)
    W = p.W
    rows = [("group", f"{girl}  {num}-02   \u00b7   {pedc}   \u00b7   claim {cA}")]
    rows += [list(x[:3]) + [n2(x[3]), n2(x[4]), n2(x[5]), n2(x[6]), x[7]] for x in lines_A]
    rows.append(("group", f"{wife}  {num}-01   \u00b7   {pt_c}   \u00b7   claim {cD}"))
    rows += [list(x[:3]) + [n2(x[3]), n2(x[4]), n2(x[5]), n2(x[6]), x[7]] for x in lines_D]
    rows.append(("group", f"{chief}  {num}   \u00b7   {eye}   \u00b7   claim {cC}"))
    rows += [list(x[:3]) + [n2(x[3]), n2(x[4]), n2(x[5]), n2(x[6]), x[7]] for x in lines_C]
    rows.append(("group", f"{chief}  {num}   \u00b7   {img_c}   \u00b7   claim {cE}"))
    rows += [list(x[:3]) + [n2(x[3]), n2(x[4]), n2(x[5]), n2(x[6]), x[7]] for x in lines_E]
    rows.append(("group", f"{girl}  {num}-02   \u00b7   {pedc}   \u00b7   claim {cF}"))
    rows += [list(x[:3]) + [n2(x[3]), n2(x[4]), n2(x[5]), n2(x[6]), x[7]] for x in lines_F]
    rows.append(("group", f"{chief}  {num}   \u00b7   {uc} (Dr. {uc_doc})   \u00b7   claim {cB}"))
    rows.append(("break",))
    rows += [list(x[:3]) + [n2(x[3]), n2(x[4]), n2(x[5]), n2(x[6]), x[7]] for x in lines_B]
    rows.append(("bold", ["", "", "Claim total", n2(billed_B), n2(sum(x[4] for x in lines_B)),
                          n2(sum(x[5] for x in lines_B)), n2(sum(x[6] for x in lines_B)), ""]))
    # push the table down so that it must break where the rows say
    p.para("Your plan year runs January 1 to December 31. Network providers may not bill you more than \"Your "
           "share\". Keep this statement with your receipts.", 8.6)
    p.leaders([("Deductible met this year (you)", "$210.00 of $750.00"),
               ("Deductible met this year (family)", "$210.00 of $1,500.00"),
               ("Out-of-pocket met this year (family)", "$274.30 of $6,000.00")], size=8.6, w=W * 0.7)
    p.heading("Claims processed", 10.5, rule=True)
    p.grid(["Date", "Code", "Service", "Charged", "Plan allowed", "Plan paid", "Your share", "Note"], rows,
           [17, 15, W - 124, 19, 19, 18, 18, 18], ["L", "L", "L", "R", "R", "R", "R", "C"], size=8.0, row_h=5.2,
           cont=f"Claims processed (continued)  -  {first_last(chief)}  {num}")
    p.ln(2)
    p.legend2("Notes", [
        ("P1", "Preventive care, paid in full."),
        ("A1", "Paid after your $30.00 specialist copayment."),
        ("A2", "Paid at 80% of the allowed amount; your share is 20% coinsurance."),
        ("A3", "Lab test paid in full."),
        ("C2", "An office visit billed on the same day as a minor procedure is paid only when the provider shows it "
               "was for a separate problem by adding modifier 25. The provider may send a corrected claim within 12 "
               "months of the date of service. Until then you owe nothing for this line."),
        ("N6", "The provider is not in the Stadia network; paid only for emergency care."),
    ], size=7.8, code_w=7)
    p.heading("Questions or disagree?", 10, rule=True)
    p.para(f"Call member services at {HELP}. If you disagree with how a claim was paid, you may appeal within 180 days "
           f"of the date of this statement. Write to {ADDR}, or fax {FAX}, and include the claim number.", 8.6)
    p.para("How coinsurance works, as an example: if the allowed amount is $200.00 and your coinsurance is 20%, the "
           "plan pays $160.00 and you pay $40.00.", 8.2)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN_ID, group=grp, member_id=num, member_name=chief,
              cases=[cB], claim_amount=m2(billed_B), service_dates=[iso(tick)], denial_date=iso(sd), provider=uc,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "provider": [uc_doc], "claim_amount": [m2(168.00)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stdfax_provider_statement(rng):
    pats = people(rng, 5, 2, "MFMMF")
    docs = people(rng, 2, 2, "FM")
    clinic = "Gallowmere Occupational & Urgent Care"
    sd = dt.date(2026, 4, 24)
    chk = digits(rng, 8)
    emps = [PENNY, HOLLINS, TOLL, AMBER, TOLL]
    data = [
        (dt.date(2026, 4, 2), [("99213", 168.00, 118.40, 94.72, "A2")]),
        (dt.date(2026, 4, 3), [("99203", 232.00, 161.00, 131.00, "A1"), ("87880", 41.00, 18.20, 18.20, "A3")]),
        (dt.date(2026, 4, 6), [("99203", 232.00, 0.00, 0.00, "WC"), ("12002", 318.00, 0.00, 0.00, "WC"),
                               ("90715", 64.00, 0.00, 0.00, "WC")]),
        (dt.date(2026, 4, 8), [("99214", 245.00, 171.50, 141.50, "A1")]),
        (dt.date(2026, 4, 9), [("99213", 168.00, 118.40, 94.72, "A2"), ("86618", 89.00, 41.60, 41.60, "A3")]),
    ]
    p = EOSheet(footer="Page {n} of {nb}", footer_left=f"SMHS-PPS-1   check {chk}")
    p.set_margins(13, 13, 13)
    p.add_page()
    p.fax_header("04/24/2026 15:02  STADIA MUTUAL PROV SVCS  3035550147        -> 9705550118   PG 1 OF 1")
    head(p)
    p.f(12.5, "B")
    p.cell(0, 6, "PROVIDER PAYMENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.6, f"{PLAN} (plan {PLAN_ID})", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    W = p.W
    npi, tin = "1" + digits(rng, 9), f"84-{digits(rng, 7)}"
    rows, tb, tp = [], 0.0, 0.0
    refused = None
    for i, (pt, emp, (d, lines)) in enumerate(zip(pats, emps, data)):
        num, cno, ic = mid(rng), claim_no(rng), icn(rng)
        rows.append(("group", f"{last_first(pt)}   ID {num}   GRP {GROUPS[emp]}   CLM {cno}   ICN {ic}"))
        cb = 0.0
        for code, b, al, pd, rc in lines:
            rows.append([short(d), code, "1", n2(b), n2(al), n2(pd), n2(max(0.0, al - pd)) if rc != "WC" else "0.00",
                         rc])
            cb, tp = cb + b, tp + pd
        if len(lines) > 1:
            rows.append(("bold", ["", "", "CLM", n2(cb), "", n2(sum(x[3] for x in lines)), "", ""]))
        tb += cb
        if i == 2:
            refused = (pt, emp, num, cno, ic, d, cb, docs[i % 2])
    rows.append(("bold", ["TOTAL", "", "", n2(tb), "", n2(tp), "", ""]))
    p.form_cells([[(clinic, "pay to", 2.2), (npi, "group npi", 1.0), (tin, "tax id", 0.9)],
                  [(slash(sd), "statement date", 1.0), (chk, "check no.", 1.0), (usd(tp), "amount", 1.0),
                   ("1855 Wadsworth Blvd, Lakewood CO", "address", 2.3)]], size=9.0)
    # headings printed close together: a condensed face in narrow cells
    p.face = "Cond"
    p.grid(["SVC DATE", "PROC", "UNITS", "CHARGED", "ALLOWED", "PAID", "PT RESP", "RSN"], rows,
           [20, 16, 12, 24, 24, 24, 22, W - 142], ["L", "L", "R", "R", "R", "R", "R", "C"], size=8.4, row_h=5.2)
    p.face = "Sans"
    p.ln(1)
    p.legend2("Reason codes", [
        ("A1", "Paid at the network rate less the member's copayment."),
        ("A2", "Paid at 80% of the network rate; member owes 20% coinsurance."),
        ("A3", "Paid in full."),
        ("WC", "Not payable by the plan: the records show the injury happened while the member was at paid work. "
               "Bill the employer's workers' compensation carrier. Do not bill the member."),
        ("N6", "Provider not in the Stadia network; non-emergency care not payable."),
    ], size=8.0, code_w=8)
    p.para("Provider review: to ask us to review a claim on this statement, write within 180 days of the date of this "
           f"statement to Provider Reviews, {ADDR}, or fax {FAX}. Members keep their own appeal rights.", 8.4)
    pt, emp, num, cno, ic, d, cb, rend = refused
    t = truth("eob", "other", insurer=INS, plan_id=PLAN_ID, group=GROUPS[emp], member_id=num, member_name=pt,
              cases=[cno, ic], claim_amount=m2(cb), service_dates=[iso(d)], denial_date=iso(sd), provider=clinic,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "case_numbers": [[cno], [ic]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_mri_no_approval(rng):
    mem, ortho, rad, officer = people(rng, 4, 2, "FMFM")
    num = mid(rng)
    grp = GROUPS[PENNY]
    center = "Flatirons Open MRI"
    fall = dt.date(2026, 3, 7)
    svc = dt.date(2026, 3, 19)
    recv = dt.date(2026, 3, 30)
    ld = dt.date(2026, 4, 10)
    cno = claim_no(rng)
    billed = 2185.00
    p = EOSheet(footer="Page {n} of {nb}", footer_left=f"SMHS-L-PA4   {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.ln(2)
    p.numbered_form([
        [("A. MEMBER AND PATIENT", mem, 2.0), ("B. PLAN NUMBER", PLAN_ID, 1.0), ("C. GROUP NO.", grp, 0.9)],
        [("D. MEMBER ID", num, 1.2), ("E. CLAIM", cno, 1.2), ("F. DATE OF SERVICE", slash(svc), 1.0)],
        [("G. PROVIDER", center, 1.6), ("H. SERVICE", "73721 MRI knee, no contrast", 1.6),
         ("J. CHARGED", usd(billed), 0.9)],
    ], size=9.2, value_face="Sans")
    p.para(f"Dear Ms. {surname(mem)}:", 9.6)
    p.para(f"On {long(fall)}, a Saturday, you slipped on a cut bank while hiking on your own time and fell into an "
           f"arroyo, twisting your left knee. Dr. {ortho} ordered an MRI, which {center} did on {long(svc)}. We got "
           f"the center's claim on {short(recv)}.", 9.2)
    p.para(f"**We can't pay this claim. The {PLAN} needs to approve an MRI before it is done, and nobody asked us "
           "first.** Approval is not needed only in an emergency, and an MRI scheduled 12 days after an injury is "
           f"not emergency care. Our records show no call or request from Dr. {surname(ortho)}'s office or from the "
           "center.", 9.2)
    p.para(f"Because the center is in the Stadia network, its contract says it may not bill you for this MRI. If it "
           "does, call us. Dr. " + surname(ortho) + " may still ask us for a review after the fact: if the MRI meets "
           "our guidelines, we will pay the claim.", 9.0)
    p.para(f"The MRI was read by Dr. {rad}. The center's accreditation number is MRAP-{digits(rng, 5)}; neither "
           "changes this decision.", 8.8)
    p.para("If you disagree, you or someone you choose may appeal within 180 days of the date of this letter. Write "
           f"to {ADDR}, or fax {FAX}. If waiting would harm your health, call {HELP} for an urgent appeal, which is "
           "decided within 72 hours.", 9.0)
    p.signoff(["Sincerely,", officer, "Utilization Management"], 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN_ID, group=grp, member_id=num,
              member_name=mem, cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "provider": [ortho]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stdfax_glasses_form(rng):
    mem, od, examiner = people(rng, 3, 2, "MFF")
    num = mid(rng)
    grp = GROUPS[AMBER]
    shop = "Lookout Mountain Optical"
    svc = dt.date(2026, 3, 3)
    signed = dt.date(2026, 3, 12)
    recv = dt.date(2026, 3, 18)
    proc = dt.date(2026, 3, 26)
    cno = claim_no(rng)
    lines = [("V2020", "Frames", 148.00), ("V2103", "Single vision lenses (pair)", 164.00),
             ("V2750", "Anti-reflective coating", 62.00), ("V2755", "Blue-light filter", 38.00)]
    total = sum(x[2] for x in lines)
    p = EOSheet(footer=None, footer_left=f"SMHS-MRF-3 (01/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.fax_header("03/27/2026 09:18   STADIA MUTUAL CLAIMS   3035550147          TO: 9705550166   P. 1/1")
    head(p)
    p.f(12, "B")
    p.cell(0, 6, "Member Reimbursement Claim Form", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, "Use this form when you paid a provider yourself. Attach itemized receipts. Returned to you with our "
           "decision in the Plan Use Only panel.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.numbered_form([
        [("1a. MEMBER ID NO.", num, 1.1), ("1b. PLAN NO.", PLAN_ID, 0.9), ("2. MEMBER NAME", mem, 1.7)],
        [("3. PATIENT NAME (IF NOT MEMBER)", "SAME", 1.4), ("4. PATIENT DATE OF BIRTH", "10/02/1983", 1.0),
         ("5. RELATIONSHIP", "SELF", 0.8)],
        [("6. EMPLOYER", AMBER, 1.7), ("7. GROUP NO.", grp, 0.8),
         ("8. OCCUPATION / LICENSE", f"LAND SURVEYOR, PLS {digits(rng, 5)}", 1.5)],
        [("9. PROVIDER NAME AND ADDRESS", f"{shop}, 602 12th St, Golden CO 80401", 2.3),
         ("10. PROVIDER LICENSE / NPI", f"OD-{digits(rng, 4)}", 1.0)],
        [("11. DATE OF SERVICE", slash(svc), 1.0), ("12. DESCRIPTION", "Computer glasses for eye strain", 1.9),
         ("13. TOTAL CHARGE", n2(total), 0.9)],
        [("14. AMOUNT YOU PAID", n2(total), 0.9), ("15. RECEIPT NO.", f"R-{digits(rng, 6)}", 0.9),
         ("16. WORK RELATED?", "NO", 0.7), ("17. SIGNATURE / DATE", f"/s/ {first_last(mem)}  {short(signed)}", 1.6)],
    ], size=8.8, title="Part 1 - completed by the member")
    p.f(8.2)
    p.multi_cell(p.W, 3.9, f"Member's note: prescribed by Dr. {od}, OD, after an eye exam for headaches and eye strain "
                 "from long days on CAD and GIS screens. Itemized receipt attached.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.grid(["Code", "Item", "Charge"], [[c, d, n2(a)] for c, d, a in lines] + [("bold", ["", "Total", n2(total)])],
           [22, p.W - 60, 38], ["L", "L", "R"], size=8.4, row_h=5.0)
    p.numbered_form([
        [("P1. CLAIM NUMBER", cno, 1.1), ("P2. RECEIVED", short(recv), 0.8), ("P3. PROCESSED", long(proc), 1.0),
         ("P4. AMOUNT PAYABLE", "0.00", 0.8)],
        [("P5. DECISION", "NOT PAYABLE - CODE V7", 1.4), ("P6. EXAMINER", examiner, 1.3)],
    ], size=9.0, title="Part 2 - Plan use only", value_face="Sans")
    p.para("**V7** Eyeglasses, frames, lenses, lens coatings and contact lenses are excluded under the Field & Chart "
           "Health Plan (Plan Guide, section 7.4), including glasses used for computer or office work. Eye exams are "
           "covered once a year. To appeal, write within 180 days of the processing date in P3 to "
           f"{ADDR}.", 8.4)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN_ID, group=grp, member_id=num, member_name=mem,
              cases=[cno], claim_amount=m2(total), service_dates=[iso(svc)], denial_date=iso(proc), provider=shop,
              appeal_deadline=iso(plus(proc, 180)), alternates={"insurer": INS_ALT, "provider": [od]},
              type_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_off_season(rng):
    crew, derm, officer = people(rng, 3, 2, "MFF", es=True)
    num = mid(rng)
    grp = GROUPS[TOLL]
    clinic = "Arkansas Valley Dermatology"
    svc = dt.date(2026, 2, 12)
    ld = dt.date(2026, 3, 16)
    cno = claim_no(rng)
    billed = 386.00
    p = EOSheet(footer="Página {n} de {nb}", footer_left=f"SMHS-EL-9S   {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, es=True)
    p.f(9.6)
    p.cell(0, 5, f"Boulder, Colorado, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([crew, *home(rng)], 9.6)
    p.cap_boxes([(crew, "miembro y paciente", 2.0), (num, "núm. de miembro", 1.2), (grp, "grupo", 0.9)],
                where="below")
    p.cap_boxes([(cno, "reclamación", 1.2), (clinic, "proveedor", 1.8), (es_abbr(svc), "fecha de la visita", 1.1),
                 (usd_es(billed), "cobrado", 0.9)], where="below")
    p.para(f"Estimado señor {surname(crew)}:", 9.8)
    p.para(f"Recibimos la reclamación de {clinic} por su visita del {es_date(svc)}, cuando la Dra. {derm} le quitó "
           "una mancha de la mejilla dañada por el sol y la envió al laboratorio.", 9.5)
    p.para(f"**El plan no puede pagar esta visita, porque usted no tenía cobertura en febrero.** Como miembro del "
           f"equipo de campo de temporada de {TOLL}, usted tiene cobertura del 1 de abril al 30 de noviembre si "
           "trabajó por lo menos 500 horas en la temporada anterior. Fuera de esa temporada, la cobertura sigue solo "
           "si usted hace un pago propio cada mes. No recibimos su pago de febrero.", 9.5)
    W = p.W
    p.grid(["Temporada", "Horas trabajadas", "Cobertura", "Pago propio"],
           [["2025 (abr.-nov.)", "1,184", "1/4/2025 - 30/11/2025", "no se necesita"],
            ["Dic. 2025 - ene. 2026", "0", "sí", "US$ 412.00 por mes, pagado"],
            ["Febrero 2026", "0", "no", "no recibido"],
            ["2026 (abr.-nov.)", "-", "desde el 1/4/2026", "no se necesita"]],
           [40, 34, 50, W - 124], ["L", "R", "L", "L"], size=8.6, row_h=5.6)
    p.para("Su cobertura empieza de nuevo el 1 de abril de 2026. Si usted cree que sí envió el pago de febrero, "
           "mándenos una copia del cheque o del recibo y volveremos a revisar la reclamación.", 9.3)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a "
           f"{ADDR}, o envíe un fax al {FAX}. Para ayuda en español, llame al {HELP}.", 9.3)
    p.signoff(["Atentamente,", officer, "Departamento de Elegibilidad"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=num, member_name=crew, cases=[cno],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 180)), lang="es", alternates={"insurer": INS_ALT, "provider": [derm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_alpha_gal_oon(rng):
    sub, wife, allergist, net_doc, officer = people(rng, 5, 2, "MFFMM")
    last = surname(sub)
    wife = same_surname(wife, last)
    num = mid(rng)
    w_id = num + "-01"
    grp = GROUPS[HOLLINS]
    office = "Medicine Bow Allergy & Asthma"
    svc = dt.date(2026, 3, 24)
    ld = dt.date(2026, 4, 16)
    cno = claim_no(rng)
    lines = [("99204", "New patient visit", 395.00), ("86008", "Allergen-specific IgE, alpha-gal", 96.00),
             ("86008", "Allergen-specific IgE, beef / pork / lamb (3)", 193.00)]
    billed = sum(x[2] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}", footer_left=f"SMHS-L-N6   {cno}   {dmy(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, upper(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([sub, *home(rng)], 9.6)
    p.name_pair(("Subscriber", [("Name", sub), ("Member no.", num), ("Date of birth", "06/17/1979"),
                                ("Group", grp)]),
                ("Patient", [("Name", wife), ("Member no.", w_id), ("Date of birth", "12/01/1981"),
                             ("Relationship", "Spouse")]), head_fill=90)
    p.kv_line([("Claim", cno), ("Provider", office), ("Date of service", short(svc)), ("Charged", usd(billed))],
              size=8.4, gap=4)
    p.ln(1)
    p.twocol([
        f"Dear Mr. {surname(sub)}:",
        f"We received a claim from {office} for your wife's visit with Dr. {allergist} on {long(svc)}. After a lone "
        "star tick bite during a field trip with you last fall, she began having hives and stomach pain a few hours "
        "after eating red meat, and Dr. " + surname(allergist) + " tested her for alpha-gal syndrome.",
        "## Why the plan is not paying",
        f"**{office} is not in the Stadia network, and the {PLAN} pays for care outside the network only in an "
        "emergency.** An allergy visit booked ahead of time is not emergency care.",
        f"Network allergists see patients in your area; Dr. {net_doc} of Cache la Poudre Allergy Clinic in Fort "
        "Collins, for example, tests for alpha-gal syndrome. You can find others with the provider search on our "
        f"website or by calling {HELP}.",
        "## What you may owe",
        f"Because the office has no contract with us, it may bill your wife for the whole charge of {usd(billed)}.",
        "## Your right to appeal",
        "If you think the visit should be paid, for example because no network allergist could see her in a "
        "reasonable time, you may appeal within 180 days of the date of this letter. Write to " + ADDR + ".",
    ], size=8.9)
    W = p.W
    p.grid(["Code", "Service", "Charged", "Plan paid"], [[c, d, n2(a), "0.00"] for c, d, a in lines] +
           [("bold", ["", "Total", n2(billed), "0.00"])], [20, W - 72, 26, 26], ["L", "L", "R", "R"], size=8.5,
           row_h=5.3)
    p.signoff(["Sincerely,", officer, "Claims Review"], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=grp, member_id=w_id, member_name=wife,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=office,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": INS_ALT, "provider": [allergist]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def clean_stack(rng):
    crew, medic, hosp_doc, nurse, clerk = people(rng, 5, 2, "MFMFF")
    num = mid(rng)
    grp = GROUPS[TOLL]
    addr = home(rng)
    ems = "Canyonlands Regional EMS"
    hosp = "Red Slickrock Regional Hospital"
    a, b = dt.date(2026, 6, 23), dt.date(2026, 6, 25)
    # document 1: ambulance paid
    c1 = claim_no(rng)
    amb = 1480.00
    n1 = dt.date(2026, 7, 14)
    p = EOSheet(footer=None, footer_left=f"SMHS-PN-1   {c1}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, long(n1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([crew, *addr], 9.6)
    p.title_band("Payment notice", 11)
    p.pipe_rows([(num, "member no."), (grp, "group"), (c1, "claim"), (slash(a), "date of service"),
                 (ems, "provider")], size=9.0, val_w=58)
    p.para(f"Dear Mr. {surname(crew)}:", 9.6)
    p.para(f"We have paid {ems}'s claim for the ambulance that took you from the finish area of a Sunday trail race "
           f"north of Moab to {hosp} on {long(a)}, after race volunteers found you confused and no longer sweating "
           f"in 104-degree heat. Paramedic {medic} started cooling you on the way. Because the race was not part of "
           f"your work for {TOLL}, the plan pays this claim under its usual rules.", 9.2)
    p.leaders([("Charged (A0429 emergency transport, A0425 mileage x 24)", usd(amb)),
               ("Allowed (network rate)", usd(1212.00)), ("Plan paid to the ambulance service", usd(969.60)),
               ("Your share (20% coinsurance)", usd(242.40))], size=9.0, w=p.W * 0.9)
    p.para("Heat stroke is an emergency, so this claim did not need approval. Your hospital stay is a separate claim "
           "and you will get a separate notice about it.", 9.0)
    p.signoff(["Sincerely,", clerk, "Claims Department"], 9.2)
    d1 = (out(p), truth("other", None, insurer=INS, group=grp, member_id=num, member_name=crew, cases=[c1],
                        claim_amount=m2(amb), service_dates=[iso(a)], denial_date=iso(n1), provider=ems,
                        alternates={"insurer": INS_ALT, "provider": [medic]}))
    # document 2: inpatient stay paid as observation (page 2 upside down)
    c2 = claim_no(rng)
    rev = f"UR-{digits(rng, 6)}"
    billed = 14862.40
    n2d = dt.date(2026, 7, 20)
    q = EOSheet(footer="Page {n} of {nb}", footer_left=f"SMHS-L-LOC2   {c2}",
                running=f"{first_last(crew)}  |  {num}  |  claim {c2}  |  review {rev}")
    q.set_margins(18, 15, 18)
    q.add_page()
    head(q)
    q.f(9.6)
    q.cell(0, 5, dlong(n2d), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.address([crew, *addr], 9.6)
    q.ln(2)
    q.tab_row([("Member", [crew, f"{num}   group {grp}"], 1.4), ("Claim", [c2, f"review {rev}"], 1.1),
               ("Hospital stay", [f"{short(a)} - {short(b)}", hosp], 1.6)], size=8.8)
    q.para(f"Dear Mr. {surname(crew)}:", 9.6)
    q.para(f"{hosp} billed {usd(billed)} for your care from {long(a)} to {long(b)}, when Dr. {hosp_doc} admitted you "
           "as an inpatient after the ambulance brought you in with heat stroke.", 9.2)
    q.para("**We are paying this stay as observation care, not as an inpatient stay.** Our nurse reviewer, "
           f"{nurse}, RN, and a physician reviewer read the hospital's records. Your temperature was normal within "
           "two hours, your kidney and muscle tests stayed in the normal range, and you needed fluids and watching "
           "but no intensive treatment. The plan's guidelines call for observation care for up to 48 hours when a "
           "patient needs to be watched and is expected to go home within that time, as you did.", 9.2)
    q.para("What this means for you: observation care is paid under your outpatient benefit. The hospital may not "
           "bill you for the difference between its inpatient charge and what we pay, because it is in the network.",
           9.2)
    q.add_page()
    q.heading("How the claim was paid", 10.5, rule=True)
    W = q.W
    q.grid(["Billed as", "Charged", "Paid as", "Allowed", "Plan paid", "Your share"],
           [["Inpatient stay, 2 days", n2(billed), "Observation, 41 hours", n2(4310.00), n2(3448.00), n2(862.00)]],
           [42, 24, 44, 24, 24, W - 158], ["L", "R", "L", "R", "R", "R"], size=8.5, row_h=5.6)
    q.heading("If you disagree", 10.5, rule=True)
    q.para("You, the hospital, or Dr. " + surname(hosp_doc) + " may appeal within 180 days of the date of this letter. "
           f"Write to {ADDR}, or fax {FAX}. Send any records that show inpatient care was needed. You may ask for a "
           "free copy of the guidelines we used.", 9.0)
    q.para(f"The race's medical incident report (no. MR-{digits(rng, 4)}, dated 06/23/2026) and the ambulance claim "
           "paid on 07/14/2026 are not part of this decision.", 8.8)
    q.signoff(["Sincerely,", "Utilization Management", INS], 9.2)
    d2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, group=grp, member_id=num, member_name=crew,
                        cases=[c2, rev], claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"],
                        denial_date=iso(n2d), provider=hosp, appeal_deadline=iso(plus(n2d, 180)),
                        alternates={"insurer": INS_ALT, "provider": [hosp_doc]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(2)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_claims_statement_tick_visit_c2_page_two", "born_digital", [born_statement(rng)]),
             Item(F + "faxstd_provider_statement_crew_machete_cut_work_injury", "fax_standard_g4",
                  [stdfax_provider_statement(rng)]),
             Item(F + "faxfine_knee_mri_arroyo_fall_no_approval_lettered_cells", "fax_fine_g4",
                  [finefax_mri_no_approval(rng)]),
             Item(F + "faxstd_reimbursement_form_computer_glasses_plan_use_only", "fax_standard_g4",
                  [stdfax_glasses_form(rng)]),
             Item(F + "lowres_es_temporada_de_campo_febrero_sin_cobertura", "scan_lowres_150",
                  [lowres_es_off_season(rng)]),
             Item(F + "rotated_wife_alpha_gal_allergist_out_of_network", "rotated", [rotated_alpha_gal_oon(rng)])]
    docs = clean_stack(rng)
    items.append(Item(F + "scan_stack_heat_stroke_ambulance_paid_blank_then_observation_upside_down", "scan_clean_300",
                      docs, separators=["blank", None], turns={(1, 1): 180}))
    return items
