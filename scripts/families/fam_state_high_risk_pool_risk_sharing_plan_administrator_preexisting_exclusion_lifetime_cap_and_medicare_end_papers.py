"""Papers of a state high-risk health insurance pool, mirrored (structure and plain wording style only) from the
risk-sharing plans and comprehensive health insurance pools that states ran by statute before 2014 for residents
whom insurers would not cover. Public features kept as themselves: a plan created by state law and run by a board
that hires a plan administrator (which prints some papers on its own letterhead and some on the plan's); a
pre-existing condition exclusion (a condition treated, or for which care was recommended, in the months before
coverage began is not covered for a stated period after it began); a lifetime maximum of benefits; premiums above
the market rate; a choice of deductible options; coverage that ends when the person becomes entitled to Medicare;
precertification of planned surgery; a network whose exceptions the administrator may approve; a grievance to the
plan and an external review by the state's insurance department; HCPCS, CPT and revenue codes as themselves.
Invented: the State of Tarnbury and its towns, the Tarnbury Health Insurance Risk-Sharing Plan, its administrator
Orvanne Plan Services, Inc., the options TB-1000 and TB-2500, the group number THR-0410, member numbers "TBH" and
eight digits, the 6-month look-back and 12-month exclusion, the $1,500,000 lifetime maximum, the 120-day filing
limit, every code (X14, F12, ...), form number, time limit, hospital, clinic, doctor, person, number, address and
amount (phones 555). No heading names the kind of refusal; each reason is told in the writer's own plain words or
only by a code.

Documents (8 in 7 files):
- born_digital_three_page_eob_mri_line_refused_code_x14_totals_on_last_page: the administrator's three-page EOB
  ("THIS IS NOT A BILL"; prefix "TBH" printed apart from the member number, group and plan ID beside it; statement
  date "13-Mar-2026" shape), page 1 a money summary, the year-to-date deductible and a lifetime-maximum meter and a
  "for example, a claim for $100" decoy; page 2 an unruled claims listing with right-aligned amounts where the
  imaging center's shoulder MRI pays 0.00 under X14 beside a paid knee x-ray (providers only in the claim heading
  lines after "Rendering:"); page 3 the totals row and the code glossary, the only place the reason is told
  (pre-existing condition exclusion); "within 180 days from the statement date".
- scan_four_page_letter_running_header_lifetime_maximum_reached_hospital_stay: the plan's letter with the member
  number and claim number in a running header on every page, a weekday date, page 1 a summary, page 2 the stay
  ("Servicing:", "Attending:", a month-first dotted "claim received" date, billed / allowed / lifetime benefit left /
  paid / not payable), page 3 the reason in prose ("outside what your benefit allows", "we cannot reimburse"),
  "within 60 calendar days of the date you receive this notice" (nothing to count from) and the four-month external
  review as decoy, page 4 the nondiscrimination notice and the language taglines.
- finefax_precert_form_lumbar_fusion_not_shown_conservative_care_two_signers: a fine-fax provider copy in numbered
  boxes with small captions; the request number and a look-alike customer-service call reference; "the information
  we received does not show" six months of supervised conservative care; a nurse reviewer and a medical director
  sign; a peer-to-peer call window in business days as decoy; "no later than" a printed date.
- phone_es_carta_cobertura_terminada_por_medicare_terapia_fisica: a photographed Spanish letter, the address at the
  left and the key/value block on the right half, "4 de marzo de 2026" dates; coverage ended the day before Medicare
  Part A began, so four therapy visits in February are refused ("no podemos reembolsar"); "dentro de los 60 días
  siguientes a la fecha de esta carta".
- lowres_two_column_approval_out_of_network_knee_amount_plan_will_pay: a 150 dpi approval set in two columns (denies
  nothing): a network exception for a partial knee replacement, the authorization number only in the subject line,
  the estimate, the allowance, the deductible left and the amount the plan expects to pay, "2026/03/04"-shaped
  received date, the pre-existing exclusion named only to say it does not apply.
- rotated_remittance_column_captions_on_page_one_rows_on_page_two_late_claim: a provider remittance fed turned; the
  column captions stand at the foot of page 1 and the rows (patient, member number without a caption, claim,
  rendering doctor, amounts) run on page 2; one claim refused under F12 because it reached the administrator more
  than 120 days after the visit; check number, NPI and tax ID as decoys; "within 90 days of the remittance date".
- faxstd_stack_billing_office_transmittal_appeal_upheld_infusions_upside_down_then_statement: a standard-mode fax
  from an infusion center's billing office: its transmittal sheet (own phone and fax, "pages, including cover: 5",
  check boxes, confidentiality box), the plan's three-page appeal decision keeping the refusal of three infliximab
  infusions under the exclusion (appeal and claim numbers that look alike, page 2 upside down, nurse reviewer and
  medical director, a second-level grievance "within 60 days of the date of this letter", the external review as
  decoy), then the center's own statement to the patient (a real bill; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjd import (JDSheet, digits, dmy_dash, es_date, first, iso, last_first, long, m2, mdy_dots, n2,
                               ord_long, out, people, phone, plus, slash, spaced, surname, tollfree, transmittal, truth,
                               usd, usd_es, wday_long, workday, ymd_slash, yy)

FAMILY = ("state_high_risk_pool_risk_sharing_plan_administrator_preexisting_exclusion_lifetime_cap_and_"
          "medicare_end_papers")
LANG = "en"
SEED = 354993
POOL = "Tarnbury Health Insurance Risk-Sharing Plan"
POOL_ES = "Plan de Riesgo Compartido de Seguro Médico de Tarnbury"
POOL_ALT = ["THIRSP", "Tarnbury Risk-Sharing Plan", "Tarnbury Health Insurance Risk Sharing Plan",
            "Tarnbury Health Insurance Risk-Sharing Plan (THIRSP)", POOL_ES]
ADMIN = "Orvanne Plan Services, Inc."
ADMIN_ALT = ["Orvanne Plan Services", "Orvanne", "Orvanne Plan Services Inc"]
GROUP = "THR-0410"
PFX = "TBH"
LIFETIME = 1500000.0
POOL_BOX = "P.O. Box 2290, Harlow Junction, TB 58201"
ADMIN_BOX = "4100 Commerce Loop, Suite 300, Ostrey, TB 58240"
HOSP = "Tarnbury Valley Hospital"
IMAGING = "Harlow Junction Imaging Center"
FAMPRAC = "Orchard Lane Family Practice"
ENDO = "Brightwater Endocrine Clinic"
SPINE = "Tollgate Ridge Spine & Orthopaedics"
INFUSION = "Ostrey Road Infusion Center"
PT = "Brackenford Physical Therapy"


def mem_no(rng):
    return digits(rng, 8)


def tb_address(rng):
    town, z = rng.choice([("Harlow Junction", "58201"), ("Ostrey", "58240"), ("Brackenford", "58226"),
                          ("Wickham Cross", "58263"), ("Dunsop Bridge", "58279"), ("Nettlecombe", "58288")])
    street = rng.choice(["Granary Row", "Old Turnpike Rd", "Millpond Ln Apt 4B", "Hayward St", "Crabapple Ct",
                         "Saddler's Way", "Upper Kiln Rd", "Beckside Dr Unit 12", "Fernhill Ave"])
    return [f"{rng.randint(16, 4890)} {street}", f"{town}, TB {z}"]


def admin_head(p, rng, box=None):
    p.masthead(ADMIN, f"Plan administrator for the {POOL}",
               [ADMIN_BOX, f"Member services {tollfree(rng, '877')}", f"Provider line {tollfree(rng, '866')}",
                "TTY 711  |  Mon-Fri 7:30-6:00"], box=box, size=14)


def pool_head(p, rng, box=None, es=False):
    if es:
        p.masthead(POOL, f"{POOL_ES}  |  Creado por la ley del Estado de Tarnbury",
                   [POOL_BOX, f"Servicios al miembro {tollfree(rng, '877')}", "TTY 711"], box=box, size=11.6)
    else:
        p.masthead(POOL, "Created by Tarnbury law for residents who cannot buy individual health coverage",
                   [POOL_BOX, f"Member services {tollfree(rng, '877')}", "TTY 711",
                    f"Administered by {ADMIN}"], box=box, size=11.6)


def split_pay(allowed, ded_left, coins=0.2):
    """(deductible taken, coinsurance, plan paid) for one allowed amount."""
    d = round(min(ded_left, allowed), 2)
    rest = round(allowed - d, 2)
    c = round(rest * coins, 2)
    return d, c, round(rest - c, 2)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    pat, rad, fam, endo = people(rng, 4, sexes="F")
    num = mem_no(rng)
    plan_id = "TB-1000"
    sd = workday(dt.date(2026, 3, rng.randint(11, 17)))
    d1 = dt.date(2026, 2, rng.randint(2, 6))
    d2 = plus(d1, rng.randint(9, 13))
    d3 = plus(d2, rng.randint(5, 8))
    ded_before = round(rng.randint(860, 905) + rng.choice([0.0, 0.4, 0.85]), 2)
    ded_left = round(1000.0 - ded_before, 2)
    lt_before = round(rng.randint(21000, 46000) + rng.choice([0.15, 0.6, 0.0]), 2)
    mri = rng.choice([1865.0, 1912.0, 1788.0])
    claims = [
        (f"26{d1:%m%d}-{digits(rng, 5)}", FAMPRAC, f"Dr. {fam}", d1,
         [("Office visit, established", "99214", 212.0, 148.6), ("Metabolic panel", "80053", 64.0, 21.35)]),
        (f"26{d2:%m%d}-{digits(rng, 5)}", IMAGING, f"Dr. {rad}", d2,
         [("MRI shoulder, no contrast", "73221", mri, None), ("X-ray knee, 3 views", "73562", 246.0, 88.4)]),
        (f"26{d3:%m%d}-{digits(rng, 5)}", ENDO, f"Dr. {endo}", d3,
         [("Office visit, established", "99213", 168.0, 112.75)]),
    ]
    rows = []
    tb = ta = td = tc = tp = ts = 0.0
    left = ded_left
    for cno, prov, rend, d, lines in claims:
        rows.append(("span", f"Claim {cno}   {prov}   Rendering: {rend}   In network"))
        cb = ca = cd = cc = cp = cs = 0.0
        for desc, code, b, al in lines:
            if al is None:
                rows.append([slash(d), desc, code, n2(b), "0.00", "0.00", "0.00", "0.00", n2(b), "X14"])
                cb += b
                cs += b
                continue
            dd, co, pd = split_pay(al, left)
            left = round(left - dd, 2)
            rows.append([slash(d), desc, code, n2(b), n2(al), n2(dd), n2(co), n2(pd), n2(dd + co),
                         "D1" if dd else "P3"])
            cb += b
            ca += al
            cd += dd
            cc += co
            cp += pd
            cs += dd + co
        rows.append(("bold", ["", "Claim total", "", n2(cb), n2(ca), n2(cd), n2(cc), n2(cp), n2(cs), ""]))
        rows.append(("gap",))
        tb, ta, td, tc, tp, ts = tb + cb, ta + ca, td + cd, tc + cc, tp + cp, ts + cs
    den = claims[1]
    den_b = round(sum(x[2] for x in den[4]), 2)
    p = JDSheet(footer="Page {n} of {nb}", footer_left=f"Issued {slash(sd)}  |  Form OPS-EOB-7 (01/2026)")
    p.set_margins(14, 13, 14)
    p.add_page()
    admin_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line("THIS IS NOT A BILL. Keep it with your records.", 9.6, "B")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(PFX, "Prefix", 16), (num, "Member number", 34), (GROUP, "Group number", 30),
                  (plan_id, "Plan ID", 28), (dmy_dash(sd), "Statement date", W - 108)], size=9.2)
    p.ln(1)
    y0 = p.get_y()
    for ln in [pat, *tb_address(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin, y0)
    yb = p.money_box("This statement in short", [
        ("Charged by your providers", usd(tb)), ("Allowed under the network", usd(ta)),
        ("Paid by the plan", usd(tp)), ("Paid to you by check", "$0.00"),
        ("Your share", usd(ts))], x=p.l_margin + W - 96, w=96)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    yd = p.money_box("Option TB-1000 deductible, calendar year 2026", [
        ("Deductible", "$1,000.00"), ("Met before this statement", usd(ded_before)),
        ("Met on this statement", usd(td)), ("Met so far this year", usd(ded_before + td))], w=96, size=8.4)
    p.set_xy(p.l_margin, yd + 4)
    p.meter("Lifetime maximum of benefits", lt_before + tp, LIFETIME,
            note="The plan pays no more than $1,500,000.00 in benefits for one person over the life of the coverage. "
                 "The amount paid to date includes this statement.")
    p.para("How we figured your share: the plan pays 80% of the allowed amount for care in the network once the "
           "deductible is met; for example, a claim for $100.00 with an allowed amount of $60.00 and the deductible "
           "already met is paid $48.00 and your share is $12.00. A provider in the network may not bill you for more "
           "than the allowed amount.", 8.6)
    p.para("Premiums for the plan are set by law above the standard rate of the individual market. A change to your "
           "deductible option takes effect on January 1 only.", 8.6)
    p.add_page()
    p.heading("Claim detail", 11.5, rule=True)
    widths = [16, 43, 13, 16, 16, 16, 16, 16, 16, W - 168]
    head = ["Date", "Service", "Code", "Charged", "Allowed", "Deduct.", "Coinsur.", "Plan paid", "Your share",
            "Note"]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "R", "C"]
    p.listing(head, rows, widths, aligns, size=7.2, row_h=4.5, cont="Claim detail, continued")
    p.para("A note code is explained on the last page of this statement. If a provider outside the network treated "
           "you, you may owe the difference between its charge and the allowed amount.", 8.4)
    p.add_page()
    p.heading("Claim detail, continued: totals for this statement", 11, rule=True)
    p.listing(head, [("bold", ["", "STATEMENT TOTALS", "3 claims", n2(tb), n2(ta), n2(td), n2(tc), n2(tp), n2(ts),
                               ""])], widths, aligns, size=7.2, row_h=4.5)
    p.para("If you disagree with how a claim was handled, you or your provider may ask us to review it. Send the "
           f"request within 180 days from the statement date to the Grievance Unit, {ADMIN}, {ADMIN_BOX}, with a "
           "copy of this page and anything that supports your request.", 8.6)
    p.ruled_glossary("Note codes", [
        ("P3", "Paid at 80% of the allowed amount after the deductible."),
        ("D1", "All or part of the allowed amount was applied to your deductible."),
        ("X14", "This service is for a condition for which you received care, or care was recommended, in the 6 "
                "months before your coverage began. The plan does not pay for that condition during the first 12 "
                "months of coverage. Your coverage began November 1, 2025."),
        ("N22", "The provider is not in the network; the plan pays 60% and you may owe the balance."),
        ("M30", "Benefit limit for this service has been reached for the year.")], size=8.0)
    t = truth("eob", "not_covered", insurer=ADMIN, plan_id=plan_id, group=GROUP, member_id=f"{PFX}{num}",
              member_name=pat, cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(d2)], denial_date=iso(sd),
              provider=IMAGING, appeal_deadline=iso(plus(sd, 180)), denial_alternates=["eligibility", "other"],
              alternates={"insurer": ADMIN_ALT, "member_id": [num], "claim_amount": [m2(mri)],
                          "provider": [f"Dr. {rad}", rad]})
    return out(p), t


def scan_lifetime_letter(rng):
    pat, att, sig = people(rng, 3, sexes="M")
    num = mem_no(rng)
    claim = f"T26-{digits(rng, 4)}-{digits(rng, 5)}"
    adm = dt.date(2026, 2, rng.randint(2, 9))
    dis = plus(adm, rng.randint(6, 9))
    rcvd = plus(dis, rng.randint(8, 12))
    ld = dt.date(2026, 3, 24)
    lines = [("0120", "Room and board, semi-private", (dis - adm).days, 2840.0),
             ("0200", "Intensive care", 2, 6950.0),
             ("0250", "Pharmacy", 1, round(rng.randint(18000, 26000) + 0.45, 2)),
             ("0300", "Laboratory", 1, round(rng.randint(6000, 9000) + 0.2, 2)),
             ("0360", "Operating room services", 1, round(rng.randint(31000, 42000) + 0.0, 2)),
             ("0370", "Anesthesia", 1, round(rng.randint(5200, 7400) + 0.5, 2))]
    billed = round(sum(q * r if c in ("0120", "0200") else r for c, _, q, r in lines), 2)
    allowed = round(billed * 0.58, 2)
    left = round(rng.randint(23000, 38000) + 0.66, 2)
    notpay = round(allowed - left, 2)
    p = JDSheet(footer=None, footer_left=f"Form THR-LM-3  |  mailed {slash(ld)}",
                every=f"{PFX} {spaced(num, [4, 4])}  |  Claim {claim}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    pool_head(p, rng)
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *tb_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Your hospital stay and your lifetime benefit")
    p.para(f"Dear {first(pat)} {pat.split()[-1]}:", 10)
    p.para(f"We finished processing the claim {HOSP} sent us for your stay in February. We paid part of it. This "
           "letter explains what we paid, why we could not pay the rest, and what you can do if you disagree.", 10)
    p.bullets(["Page 2 lists the stay, the charges and what we paid.",
               "Page 3 explains our decision and your right to ask for a review.",
               "Page 4 tells you how to get help in other languages."], 10)
    p.para("Please read all of it. If you have questions, call member services at the number above; have your member "
           "number ready. A call reference number is not a claim number.", 10)
    p.add_page()
    p.heading("The claim", 12, rule=True)
    p.pairs([("Servicing", HOSP), ("Attending", f"Dr. {att}"), ("Claim number", claim),
             ("Claim received", mdy_dots(rcvd)), ("Plan option", "TB-2500"), ("Group number", GROUP)],
            label_w=40, size=9.6)
    p.para(f"Service from {long(adm)} through {long(dis)} (inpatient).", 9.8)
    W = p.w - p.l_margin - p.r_margin
    rows = [[c, s, str(q), usd(q * r if c in ("0120", "0200") else r)] for c, s, q, r in lines]
    p.table(["Rev. code", "Service", "Units", "Charged"], rows + [["", "Total charged", "", usd(billed)]],
            [W * 0.14, W * 0.52, W * 0.12, W * 0.22], size=9, aligns=["L", "L", "R", "R"], bold_last=True)
    yb = p.money_box("How the claim was paid", [
        ("Total charged", usd(billed)), ("Network allowance (not billed to you)", usd(billed - allowed)),
        ("Allowed amount", usd(allowed)), ("Lifetime benefit left before this claim", usd(left)),
        ("Paid to the hospital", usd(left)), ("Not payable", usd(notpay))], w=W, size=9.2)
    p.set_xy(p.l_margin, yb + 4)
    p.para("The hospital is in the network and may bill you only for the part of the allowed amount that is not "
           "payable, not for the network allowance.", 9.4)
    p.add_page()
    p.heading("Why we paid only part of the claim", 12, rule=True)
    p.para("The law that created the plan lets it pay a set total of benefits for any one person, and no more. For "
           f"this plan that total, the lifetime maximum, is {usd(LIFETIME)}. Since your coverage began on July 1, "
           f"2019, the plan has paid benefits for your kidney care, your surgeries and your medicines. Before this "
           f"claim, {usd(left)} of your lifetime benefit was left. We paid that amount to {HOSP}. The rest of the "
           f"allowed amount, {usd(notpay)}, is outside what your benefit allows, and we cannot reimburse it or any "
           f"claim for care you receive after {long(dis)}.", 10)
    p.para("Your coverage does not end by itself because the maximum is reached, but no benefits remain. You may want "
           "to ask about other coverage now; a counselor at the Tarnbury Department of Insurance can help you for "
           "free. The plan will refund any premium you paid for April 2026 or later if you cancel.", 10)
    p.heading("If you think we made a mistake", 11)
    p.para("You may file a grievance within 60 calendar days of the date you receive this notice. Tell us in writing "
           "why you disagree, for example if you think a payment counted against your lifetime maximum was made in "
           f"error. Send it to the Grievance Unit, {POOL}, {POOL_BOX}. You may ask for free copies of the plan rules "
           "and of the records we used.", 10)
    p.para("If the plan keeps its decision after the grievance, you may ask the Tarnbury Department of Insurance "
           "for an external review within four months after you receive our grievance decision.", 9.4)
    p.signoff(["Sincerely,", "", sig, "Benefits Manager, Member Accounts"], 9.8)
    p.add_page()
    p.nondiscrim(POOL, tollfree(rng, "877"))
    p.ln(3)
    p.tagline_block(tollfree(rng, "877"))
    t = truth("denial_letter", "not_covered", insurer=POOL, plan_id="TB-2500", group=GROUP, member_id=f"{PFX}{num}",
              member_name=pat, cases=[claim], claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=HOSP, denial_alternates=["other"],
              alternates={"insurer": POOL_ALT, "member_id": [num], "claim_amount": [m2(notpay)],
                          "provider": [f"Dr. {att}", att]})
    return out(p), t


def finefax_precert(rng):
    pat, surg, rn, md = people(rng, 4, sexes="MMFM")
    num = mem_no(rng)
    nd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    recv = plus(nd, -rng.randint(3, 5))
    planned = workday(dt.date(2026, 4, rng.randint(6, 10)))
    by = dt.date(2026, 5, 15)
    tail = digits(rng, 4)
    req = f"PR-26-{nd:%m%d}-{tail}"
    call = f"CS-26-{nd:%m%d}-{tail[::-1]}"
    fax = (f"{yy(nd)} 14:{rng.randint(10, 59)}  ORVANNE UM DEPT  {phone(rng, '605')}  ->  {phone(rng, '605')}"
           "   p.{n}/1")
    p = JDSheet(footer="Page {n} of {nb}", footer_left=f"UM-PC-4 (rev. 11/2025)  |  faxed {slash(nd)}", fax_hdr=fax)
    p.set_margins(14, 14, 14)
    p.add_page()
    admin_head(p, rng)
    p.title_bar("PRECERTIFICATION DECISION - PROVIDER COPY", f"{POOL}  |  Utilization management")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. DATE OF NOTICE", dmy_dash(nd)), ("2. REQUEST NO.", req), ("3. REQUEST RECEIVED", mdy_dots(recv))],
                [W / 3] * 3)
    p.form_band([("4. PATIENT", pat), ("5. PREFIX", PFX), ("6. MEMBER NO.", num), ("7. GROUP NO.", GROUP)],
                [W * 0.4, W * 0.12, W * 0.24, W * 0.24])
    p.form_band([("8. REQUESTING SURGEON", f"Dr. {surg}"), ("9. PRACTICE", SPINE)], [W * 0.42, W * 0.58])
    p.form_band([("10. FACILITY", HOSP), ("11. PLANNED DATE", slash(planned)), ("12. SETTING", "Inpatient, 2 days")],
                [W * 0.42, W * 0.3, W * 0.28])
    p.form_band([("13. PROCEDURE", "22630, 22840 - lumbar interbody fusion L4-L5 with instrumentation"),
                 ("14. CALL REFERENCE", call)], [W * 0.68, W * 0.32])
    p.ln(3)
    p.decision_boxes("Decision", [(False, "Approved as requested"), (False, "Approved with changes"),
                                  (True, "Not approved")])
    p.bar("Reason for the decision", 9.6)
    p.para(f"A nurse reviewer and the plan's medical director read the request, the office notes of Dr. {surg} from "
           "three visits and the MRI report of January 2026, and compared them with the plan's rules for spinal "
           "fusion for back pain without a fracture, tumor or infection. Those rules ask that the patient have tried "
           "at least six months of supervised conservative care, such as physical therapy, medicines and a change "
           "in activity, and that imaging show the spine is unstable at the level to be fused. The information we "
           "received does not show six months of supervised care: the notes describe eight weeks of physical therapy "
           "that stopped in December 2025, and the MRI report describes disc wear without slipping or instability. "
           "For that reason the fusion is not approved as medically necessary at this time.", 9.2)
    p.para("The surgeon may ask for a peer-to-peer call with the medical director within 5 business days of this "
           "notice by calling the provider line. A new request may be sent at any time with records of further care.",
           9.0)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Utilization Management"],
               [f"{md}, MD", "Medical Director"])
    p.bar("Appeal", 9.6)
    p.para(f"The member, or the surgeon on the member's behalf, may appeal. Send a written appeal no later than "
           f"{long(by)} to the Grievance Unit, {ADMIN}, {ADMIN_BOX}, or fax it to the number in the header. An urgent "
           "appeal, when waiting could seriously harm the member's health, is decided within 72 hours.", 9.0)
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, group=GROUP, member_id=f"{PFX}{num}",
              member_name=pat, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(nd),
              provider=surg, appeal_deadline=iso(by),
              alternates={"insurer": ADMIN_ALT, "member_id": [num], "provider": [SPINE, f"Dr. {surg}"]})
    return out(p), t


def phone_es_medicare_end(rng):
    pat, ther, sig = people(rng, 3, es=True, sexes="F")
    num = mem_no(rng)
    claim = f"T26-{digits(rng, 4)}-{digits(rng, 5)}"
    ld = workday(dt.date(2026, 3, rng.randint(2, 6)))
    visits = [dt.date(2026, 2, d) for d in sorted(rng.sample([3, 5, 10, 12, 17, 19], 4))]
    per = rng.choice([138.0, 152.0, 145.0])
    tot = round(per * len(visits), 2)
    p = JDSheet(footer=None, footer_left=f"Carta THR-ES-2  |  Enviada el {es_date(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    pool_head(p, rng, es=True)
    p.line(f"Harlow Junction, Tarnbury, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *tb_address(rng)],
                       [("Miembro", f"{PFX} {num}"), ("Grupo", GROUP), ("Reclamación", claim),
                        ("Proveedor", PT), ("Terapeuta", ther), ("Total cobrado", usd_es(tot))],
                       split=0.48, cap_w=30, size=8.8)
    p.heading("No podemos reembolsar su terapia de febrero", 12.5)
    p.para(f"Estimada señora {pat.split()[-1]}:", 10)
    p.para(f"{PT} nos envió la cuenta de cuatro sesiones de terapia física que usted recibió en febrero. Revisamos "
           "la reclamación y no podemos reembolsarla.", 10)
    p.para("**Por qué.** La ley que creó el Plan permite cubrir solo a personas que no tienen Medicare. La "
           "Administración del Seguro Social nos informó que usted tiene la Parte A de Medicare desde el 1 de febrero "
           "de 2026. Por eso su cobertura en el Plan terminó el 31 de enero de 2026, y las sesiones fueron "
           "después de esa fecha:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Sesión", "Fecha", "Servicio", "Cobrado"],
            [[str(i + 1), es_date(v), "97110 Ejercicio terapéutico", usd_es(per)] for i, v in enumerate(visits)] +
            [["", "", "Total", usd_es(tot)]],
            [W * 0.12, W * 0.3, W * 0.38, W * 0.2], size=9, aligns=["C", "L", "L", "R"], bold_last=True)
    p.para("Envíe la cuenta a Medicare o a su plan de Medicare. Le devolveremos la prima que usted pagó por febrero y "
           "marzo de 2026; recibirá un cheque aparte.", 10)
    p.para("**Si no está de acuerdo.** Puede presentar una queja formal dentro de los 60 días siguientes a la fecha de "
           f"esta carta. Escríbanos a {POOL_BOX} y explíquenos por qué. Si usted no tiene la Parte A de Medicare, "
           "envíenos la carta del Seguro Social que lo diga.", 10)
    p.signoff(["Atentamente,", sig, "Servicios al Miembro"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=POOL, group=GROUP, member_id=f"{PFX}{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld),
              provider=PT, appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": POOL_ALT, "member_id": [num], "provider": [ther]})
    return out(p), t


def lowres_approval(rng):
    pat, surg, sig = people(rng, 3, sexes="F")
    num = mem_no(rng)
    auth = f"26-PA-{digits(rng, 5)}"
    ld = dt.date(2026, 3, rng.randint(4, 6))
    got = plus(ld, -rng.randint(6, 9))
    planned = workday(dt.date(2026, 4, rng.randint(20, 24)))
    est = round(rng.randint(39000, 44000) + 0.0, 2)
    allow = round(est * 0.59, 2)
    ded_left = 1250.0
    pay = round((allow - ded_left) * 0.8, 2)
    p = JDSheet(footer=None, footer_left=f"Mailed {slash(ld)}  |  Form THR-NX-1")
    p.set_margins(17, 15, 17)
    p.add_page()
    pool_head(p, rng)
    p.line(ord_long(ld), 10, "B")
    p.ln(2)
    for ln in [pat, *tb_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"RE: Authorization {auth} - network exception approved")
    p.twocol([
        f"Dear {first(pat)} {pat.split()[-1]}:",
        f"We received your request on {ymd_slash(got)} to have your knee surgery done by Dr. {surg}, who is not in the "
        "plan's network, and to have it paid as if she were. We approved it.",
        "## What we approved",
        f"A partial knee replacement of the right knee by Dr. {surg} at {HOSP}, planned for {long(planned)}, with a "
        "hospital stay of up to 2 days. No surgeon in the network in Tarnbury performs this surgery with the implant "
        "your doctors chose, so the plan will treat the surgeon as in the network for this surgery only.",
        "## What the plan will pay",
        f"The surgeon's office estimated the charges at {usd(est)}. The plan's allowance for that care is about "
        f"{usd(allow)}. You have {usd(ded_left)} left of your Option TB-2500 deductible for 2026. After it, the plan "
        f"pays 80%. **We expect the plan to pay {usd(pay)}**; your share would be the deductible left and 20% of the "
        "rest. The final amount depends on the claims we receive.",
        "## Things to know",
        "The pre-existing condition exclusion does not apply: your coverage began more than 12 months ago. This "
        "approval is for the date above and the 60 days after it; if the date changes, call us.",
        "Bring your member card to the hospital. The surgeon agreed not to bill you above the allowance.",
        "Questions? Call member services; a call reference is given at the end of each call.",
        f"Sincerely,  {sig}, Network Exceptions Coordinator",
    ], size=9.0, split=5)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.kv_box([("Member", f"{PFX} {num}"), ("Group", GROUP), ("Plan option", "TB-2500"),
              ("Surgeon", f"Dr. {surg}"), ("Hospital", HOSP)], p.l_margin, p.get_y(), W * 0.6, cap_w=30)
    t = truth("other", None, insurer=POOL, plan_id="TB-2500", group=GROUP, member_id=f"{PFX}{num}", member_name=pat,
              cases=[auth], claim_amount=m2(est), service_dates=[iso(planned)], denial_date=iso(ld), provider=surg,
              alternates={"insurer": POOL_ALT, "member_id": [num], "claim_amount": [None, m2(pay)],
                          "provider": [f"Dr. {surg}", HOSP]})
    return out(p), t


def rotated_remit(rng):
    folks = people(rng, 8)
    pats, docs = folks[:5], folks[5:]
    den_i = 2
    rd = workday(dt.date(2026, 6, rng.randint(10, 15)))
    rows = []
    tot_b = tot_a = tot_p = 0.0
    den = None
    for i, pt in enumerate(pats):
        num = mem_no(rng)
        if i == den_i:
            dos = dt.date(2026, 1, rng.randint(5, 9))
            recv = plus(dos, rng.randint(128, 138))
        else:
            dos = plus(dt.date(2026, 4, 1), rng.randint(0, 38))
            recv = plus(dos, rng.randint(9, 25))
        cno = f"26{recv:%m%d}-{digits(rng, 5)}"
        rend = docs[i % 3]
        b = rng.choice([168.0, 212.0, 284.0, 146.5, 331.0])
        if i == den_i:
            b = 412.0
            a = pd = 0.0
            code = "F12"
        else:
            a = round(b * 0.66, 2)
            pd = round(a * 0.8, 2)
            code = "P3"
        rows.append([last_first(pt), f"{PFX}{num}", cno, slash(dos), mdy_dots(recv), f"Dr. {surname(rend)}",
                     n2(b), n2(a), n2(pd), code])
        tot_b, tot_a, tot_p = tot_b + b, tot_a + a, tot_p + pd
        if i == den_i:
            den = (pt, num, cno, dos, rend, b)
    rows.append(["TOTAL", "", "", "", "", "", n2(tot_b), n2(tot_a), n2(tot_p), ""])
    chk = digits(rng, 8)
    p = JDSheet(footer="Page {n} of {nb}", footer_left=f"Remittance date {slash(rd)}  |  OPS-RA-2")
    p.set_margins(14, 14, 14)
    p.add_page()
    admin_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(FAMPRAC, "Payee", W * 0.4), (dmy_dash(rd), "Remittance date", W * 0.2),
                  (f"EFT {chk}", "Payment no.", W * 0.2), (usd(tot_p), "Payment amount", W * 0.2)], size=9)
    p.over_boxes([(f"1{digits(rng, 9)}", "Payee NPI", W * 0.3), (f"{digits(rng, 2)}-{digits(rng, 7)}", "Tax ID",
                                                                    W * 0.25),
                  (POOL, "Plan", W * 0.45)], size=8.6)
    p.para("This advice lists the claims we finished for your practice. Each line is one claim. Amounts are in US "
           "dollars. A claim paid 0.00 carries a note code that is explained at the end of the advice. Patients in "
           "the network may be billed only for the deductible, the coinsurance and services the plan does not cover.",
           8.8)
    p.para("Claims must reach the administrator within 120 days after the date of service. A corrected claim or a "
           "request for reconsideration of any line must reach us within 90 days of the remittance date; send it to "
           f"Provider Reconsiderations, {ADMIN}, {ADMIN_BOX}.", 8.8)
    yb = p.money_box("Summary", [("Claims on this advice", str(len(pats))), ("Charged", usd(tot_b)),
                                 ("Allowed", usd(tot_a)), ("Paid", usd(tot_p))], w=90, size=8.8)
    p.set_xy(p.l_margin, yb + 5)
    p.bar("Provider news", 9.2)
    p.para("Starting July 1, 2026, precertification requests for spinal surgery, joint replacement and sleep studies "
           "may be sent through the provider portal; faxed requests are still accepted. The plan's fee schedule for "
           "office visits rises 2.5% for dates of service on or after July 1.", 8.6)
    p.para("Members pay a premium set by law above the market rate, and many have serious illnesses. Please check "
           "eligibility on the portal before each visit: coverage ends for a member who becomes entitled to "
           "Medicare.", 8.6)
    p.set_y(p.h - 44)
    p.f(9.2, "B")
    p.cell(0, 5, "Claims finished", new_x="LMARGIN", new_y="NEXT")
    widths = [38, 23, 22, 16, 16, 22, 14, 14, 12, W - 177]
    p.head_then_rows(["Patient", "Member", "Claim no.", "Date of service", "Received", "Rendering", "Charged",
                      "Allowed", "Paid", "Note"], rows, widths, ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"],
                     size=7.0, row_h=5.4)
    p.glossary("Note codes", [
        ("P3", "Paid at 80% of the allowed amount."),
        ("F12", "The claim reached us more than 120 days after the date of service. The plan cannot pay it and the "
                "member may not be billed for it."),
        ("D1", "Applied to the member's deductible."),
        ("X14", "Pre-existing condition exclusion period.")], size=8.0)
    pt, num, cno, dos, rend, b = den
    t = truth("eob", "timely_filing", insurer=ADMIN, member_id=f"{PFX}{num}", member_name=pt, cases=[cno],
              claim_amount=m2(b), service_dates=[iso(dos)], denial_date=iso(rd), provider=f"Dr. {surname(rend)}",
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [FAMPRAC, rend]})
    return out(p), t


def faxstd_stack(rng):
    pat, gi, rn, md, clerk, counsel = people(rng, 6, sexes="FMFMFF")
    num = mem_no(rng)
    home = tb_address(rng)
    tail = digits(rng, 3) + rng.choice(["27", "49", "61", "83"])
    apl = f"A-2603-{tail}"
    claim = f"C-2603-{tail[:3]}{tail[4]}{tail[3]}"
    dates = [dt.date(2026, 1, rng.randint(5, 9))]
    dates += [plus(dates[0], 14), plus(dates[0], 42)]
    per = [("J1745", "Infliximab, 10 mg units x 50", round(rng.randint(4800, 5600) + 0.0, 2)),
           ("96413", "IV infusion, chemo/biologic, first hour", 468.0),
           ("96415", "IV infusion, each added hour", 142.0)]
    one = round(sum(x[2] for x in per), 2)
    billed = round(one * 3, 2)
    filed = plus(dates[2], rng.randint(10, 14))
    dd = dt.date(2026, 3, rng.randint(16, 20))
    sd = plus(dd, rng.randint(7, 9))
    acct = f"{digits(rng, 4)}-{digits(rng, 6)}"
    # document 1: the plan's appeal decision, three pages
    d = JDSheet(footer="Page {n} of {nb}", footer_left=f"Grievance decision THR-GD-1  |  {slash(dd)}")
    d.set_margins(18, 16, 18)
    d.add_page()
    pool_head(d, rng)
    d.line(f"Decision date: {long(dd)}", 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home], [("Appeal no.", apl), ("Claim no.", claim), ("Member", f"{PFX} {num}"),
                             ("Group", GROUP), ("Provider", INFUSION), ("Appeal filed", slash(filed))],
              w=88, cap_w=26)
    d.heading("Decision on your grievance", 12)
    d.para(f"Dear {first(pat)} {pat.split()[-1]}:", 10)
    d.para(f"You asked us to pay {INFUSION}'s claim for your infliximab infusions on {long(dates[0])}, "
           f"{long(dates[1])} and {long(dates[2])}, ordered by Dr. {gi}. A nurse reviewer and the plan's medical "
           "director, who took no part in the first decision, looked at the claim, your letter and the records.", 10)
    d.para("**Our decision: we are keeping our first decision.** Details are on the next page.", 10)
    d.heading("What we looked at", 10.5)
    d.bullets([f"Your grievance letter received {slash(filed)} and the letter from Dr. {gi}.",
               f"{INFUSION}'s claim and its infusion records.",
               "Your application for coverage and the records sent with it.",
               "The plan's rules on pre-existing conditions."], 9.8)
    d.add_page()
    d.heading("The claim", 11)
    W = d.w - d.l_margin - d.r_margin
    rows = []
    for x in dates:
        for c, s, a in per:
            rows.append([slash(x), c, s, usd(a), "$0.00"])
    d.table(["Date", "Code", "Service", "Charged", "Plan paid"], rows + [["", "", "Total", usd(billed), "$0.00"]],
            [W * 0.15, W * 0.12, W * 0.45, W * 0.14, W * 0.14], size=8.4, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    d.heading("Why", 11)
    d.para("Your coverage began on October 1, 2025. Under the plan's rules, a condition for which a person received "
           "care, or for which care was recommended, in the 6 months before coverage began is not covered for the "
           "first 12 months of coverage. The gastroenterology notes sent with your application show that you were "
           "treated for Crohn's disease in June and August 2025, and that infliximab was recommended then. The "
           "infusions are care for that condition, given in the twelve months, so we cannot reimburse them. The "
           "twelve months end on September 30, 2026; infusions after that date are covered like any other care.",
           10)
    d.para("You had no other health coverage in the 63 days before your coverage began, so there was no earlier "
           "coverage to count against the twelve months.", 10)
    d.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Medical Director"])
    d.add_page()
    d.heading("What you can do next", 11)
    d.para("You may ask for a second-level review by the Grievance Panel of the plan's Board of Governors. Send "
           f"your request within 60 days of the date of this letter to the Grievance Unit, {POOL_BOX}. You may "
           "come to the panel's meeting in person or by phone and bring someone to help you.", 10)
    d.para("After the panel's decision, or if the plan does not decide on time, you may ask the Tarnbury Department "
           "of Insurance for an external review by an independent reviewer within four months. You may ask for free "
           "copies of every paper we used.", 10)
    d.ln(2)
    d.nondiscrim(POOL, tollfree(rng, "877"))
    t1 = truth("denial_letter", "not_covered", insurer=POOL, group=GROUP, member_id=f"{PFX}{num}", member_name=pat,
               cases=[apl, claim], claim_amount=m2(billed), service_dates=[iso(x) for x in dates],
               denial_date=iso(dd), provider=INFUSION, appeal_deadline=iso(plus(dd, 60)),
               denial_alternates=["eligibility", "other"],
               alternates={"insurer": POOL_ALT, "member_id": [num], "case_numbers": [[apl], [claim]],
                           "provider": [f"Dr. {gi}", gi]})
    # document 2: the infusion center's statement to the patient
    h = JDSheet(footer=None, footer_left=f"Statement {slash(sd)}  |  Account {acct}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.masthead(INFUSION, "Patient Financial Services", ["77 Ostrey Road, Ostrey, TB 58240",
                                                        f"Billing {phone(rng, '605')}", "Mon-Thu 8:00-4:30"],
               box="PATIENT STATEMENT", size=13)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("STATEMENT DATE", slash(sd)), ("ACCOUNT", acct), ("PATIENT", pat), ("AMOUNT DUE", usd(billed))],
               [W * 0.2, W * 0.22, W * 0.34, W * 0.24], size=9)
    h.ln(3)
    for ln in [pat, *home]:
        h.line(ln, 10)
    h.ln(2)
    h.pairs([("Insurance", POOL), ("Insurance ID", f"{PFX} {num}"), ("Ordering physician", f"Dr. {gi}"),
             ("Insurance status", "Denied - pre-existing condition; appeal not successful")], label_w=40, size=9.2)
    h.ln(2)
    h.table(["Date", "Description", "Charges"], [[slash(x), "Infliximab infusion visit (drug and infusion)", usd(one)]
                                                 for x in dates] +
            [["", "Total charges", usd(billed)], ["", "Insurance payments", "$0.00"], ["", "Amount due", usd(billed)]],
            [W * 0.18, W * 0.58, W * 0.24], size=9, aligns=["L", "L", "R"], bold_last=True)
    h.para("Your plan did not pay these visits, so the balance is yours. Please pay within 30 days or call us to set "
           "up a monthly plan with no interest. Ask about our financial assistance policy; you may qualify for a "
           "discount.", 9.4)
    t2 = truth("other", None, insurer=None, member_id=f"{PFX}{num}", member_name=pat, cases=[],
               claim_amount=m2(billed), service_dates=[iso(x) for x in dates], denial_date=iso(sd), provider=INFUSION,
               unscored=["insurer"], alternates={"member_id": [num, None], "provider": [f"Dr. {gi}"]})
    cover = transmittal(INFUSION, "Patient Financial Services - billing office",
                        ["77 Ostrey Road, Ostrey, TB 58240"], phone(rng, "605"), phone(rng, "605"),
                        f"{counsel}, volunteer counselor", "Tarnbury Health Insurance Counseling Program",
                        phone(rng, "605"), f"{clerk}, patient account representative", slash(plus(sd, 2)), 5,
                        f"{pat} - grievance decision, statement",
                        ["For your records", "Please call"],
                        [f"As {first(pat)} asked when she called, here are the plan's decision on her grievance (3 "
                         "pages) and our current statement (1 page).",
                         "We have put the account on hold for 30 days while you help her with the next step."])
    return [(out(d), t1), (out(h), t2)], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_three_page_eob_mri_line_refused_code_x14_totals_on_last_page", "born_digital",
             [born_eob(rng)]),
        Item(F + "scan_four_page_letter_running_header_lifetime_maximum_reached_hospital_stay", "scan_clean_300",
             [scan_lifetime_letter(rng)]),
        Item(F + "finefax_precert_form_lumbar_fusion_not_shown_conservative_care_two_signers", "fax_fine_g4",
             [finefax_precert(rng)]),
        Item(F + "phone_es_carta_cobertura_terminada_por_medicare_terapia_fisica", "phone_photo",
             [phone_es_medicare_end(rng)]),
        Item(F + "lowres_two_column_approval_out_of_network_knee_amount_plan_will_pay", "scan_lowres_150",
             [lowres_approval(rng)]),
        Item(F + "rotated_remittance_column_captions_on_page_one_rows_on_page_two_late_claim", "rotated",
             [rotated_remit(rng)]),
    ]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_billing_office_transmittal_appeal_upheld_infusions_upside_down_then_statement",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
