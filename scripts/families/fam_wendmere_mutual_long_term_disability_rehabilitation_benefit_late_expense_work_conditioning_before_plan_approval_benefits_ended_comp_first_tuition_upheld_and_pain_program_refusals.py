"""Papers mirrored (structure and plain wording style only) from a group long-term disability insurer's rehabilitation
and medical expense benefit: while a disabled employee receives monthly LTD benefits and takes part in a written
return-to-work plan the insurer has approved, the insurer pays reasonable costs of vocational evaluation, job coaching
and placement, retraining, workplace modifications and physical or occupational therapy named in that plan. The
insurer and its rehabilitation administrator are invented: Wendmere Mutual Life Insurance Company (letterhead: a
drawn lake mark, the brand letter-spaced "W E N D M E R E" over "MUTUAL LIFE INSURANCE COMPANY" in small spaced
capitals; its letters say "the Company" or "Wendmere Mutual") and Pennimore & Bessant Rehabilitation Management, Inc.
(brand "PENNIMORE & BESSANT" in capitals with an ampersand, a tagline under it, "a member of the Brule River Holdings
group" and "rehabilitation administrator for ..." in small print; its papers say "P&B"). Invented policy rules:
therapy is paid only when the approved return-to-work plan lists it and only from the plan's approval date; the
benefit is payable only while monthly LTD benefits are payable (expenses after benefits end are outside the benefit
period); expenses another coverage must pay (workers' compensation, a medical plan) go there first, and the monthly
benefit is reduced by such income (offsets); retraining is paid for 12 months or less toward an occupation the plan
names; proof of a rehabilitation expense is due within 90 days after it is incurred; appeals within 180 days of the
date of the notice. Employers' group policies "SB" + six digits (printed "SB 204418"), plan codes LTD-R60 / LTD-R66,
claimant IDs "IS" + eight digits printed in spaced (or dashed) groups, LTD claims "DI-" + seven digits, rehabilitation
expenses and requests "RB" + six digits, return-to-work plans "RTW-" + five digits, appeals "AP26-" + five digits.
Every person, employer, provider, number, amount and street is invented; real Minnesota and Wisconsin towns; phones
555; CPT codes as themselves; ERISA and Social Security named as themselves.

Documents (8 in 7 files):
- bd_statement_late_ergonomic_assessment: P&B's born-digital rehabilitation expense statement, eight rows under one
  return-to-work plan; a worksite ergonomic assessment pays 0.00 with the bare note mark "4" and status letter "D",
  told only by the numbered note list below (proof due within 90 days; received 98 days after); a letter-code key
  printed apart at the top; inline "Referral # / Auth / Client / Received" captions inside the rows; an offset box
  of the monthly benefit as a decoy.
- faxstd_work_conditioning_before_plan_approval: Wendmere's standard-fax notice to a physical therapy clinic: four
  work-conditioning visits before the return-to-work plan was approved are not paid ("Date of notice: Mon ...",
  claimant ID printed with dashes, "Auth: none on file" inside the rows; later paid visits and their expense number
  as decoys).
- faxstd_placement_after_benefits_ended: P&B's standard-fax letter to a claimant: job-placement sessions after her
  monthly benefits ended (returned to work) are outside the benefit period; letter dated "the 10th of June 2026",
  small-capital captions over shaded boxes, a final-month offset table as decoy.
- lowres_es_terapia_de_mano_compensacion_primero: a 150 dpi Spanish notice: hand therapy after a work injury goes to
  the workers' compensation carrier first (its claim number, weekly payments and the offset as decoys).
- photocopy_appeal_tuition_upheld: a photocopied two-page appeal decision ("Decision of Tuesday, August 11, 2026")
  keeping the refusal of a two-year degree's tuition (retraining over 12 months), prose in two columns, a running
  header on page 2, the certificate program the Company would pay as a decoy.
- photo_bill_fce_named_in_message: a photographed physical therapy bill to the claimant: the table shows only account
  totals; the refused functional capacity evaluation is named only in the message text (denies nothing).
- faxfine_stack_cover_pain_program_then_chair_approved: a fine-fax stack: a typed home-made cover from the claimant's
  daughter ("Frm:", "Attn", "Re:" run into the subject, "# of pgs: four counting this one", the patient named, the
  insurer not), Wendmere's signed two-page letter refusing an interdisciplinary pain program as not medically
  necessary, then Wendmere's own next letter approving a workplace chair on a different request (turned sideways).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqf import tx_date
from kit_roundes_famse import (ESSheet, addr_block, digits, dmy_long, dr, es_date, es_wday, first_last, grouped, iso,
                               last_first, long, m2, mdyyyy, money_es, n2, of_date, out, people, phone, plus, sign,
                               slash, tin, tollfree, truth, typed_cover, usd, wd_short, wday_long, workday, yy, sept)

FAMILY = ("wendmere_mutual_long_term_disability_rehabilitation_benefit_late_expense_work_conditioning_before_plan_"
          "approval_benefits_ended_comp_first_tuition_upheld_and_pain_program_refusals")
LANG = "en"
SEED = 355084
USED: set = set()

INS = "Wendmere Mutual Life Insurance Company"
INS_LEGAL = "Mutual Life Insurance Company"
ADMIN = "Pennimore & Bessant Rehabilitation Management, Inc."
INS_ALT = [INS, "Wendmere Mutual", "Wendmere", "Wendmere Mutual Life", ADMIN, "Pennimore & Bessant"]
ADMIN_ALT = [ADMIN, "Pennimore & Bessant", "Pennimore & Bessant Rehabilitation Management", INS, "Wendmere Mutual",
             "Wendmere"]
INS_ADDR = ["Disability Claims Center", "1180 Harbor Drive, Suite 400", "Duluth, MN 55802"]
ADMIN_ADDR = ["P.O. Box 6610", "Eau Claire, WI 54702"]
A_TAG = "Vocational rehabilitation and return-to-work services"
A_PARENT = "a member of the Brule River Holdings group"
A_SMALL = f"rehabilitation administrator for {INS} group disability policies"
INS_FOOT = f"{INS}  \u00b7  Home Office: Duluth, Minnesota  \u00b7  NAIC 60417"
ADMIN_FOOT = "Pennimore & Bessant Rehabilitation Management, Inc.  \u00b7  P.O. Box 6610, Eau Claire, WI 54702"
GROUPS = {"SB 204418": "Kellingworth Freight Systems, Inc.", "SB 311097": "Hartsell Paperboard Company",
          "SB 118845": "Colmore County Water District", "SB 402286": "Cotton Lake Grain Cooperative",
          "SB 507731": "Two Harbors Marine Supply, Inc."}
R60, R66 = "LTD-R60", "LTD-R66"


def cid(rng) -> str:
    return "IS" + digits(rng, 8)


def ltd(rng) -> str:
    return "DI-" + digits(rng, 7)


def rb(rng) -> str:
    return "RB" + digits(rng, 6)


def nospace(s: str) -> str:
    return s.replace(" ", "")


def ins_head(p: ESSheet, rng, box: str | None = None):
    p.spaced_legal_head("Wendmere", INS_LEGAL, INS_ADDR + [f"Claims {tollfree(rng, '800')}", f"Fax {phone(rng)}"],
                        tagline="Group disability income insurance since 1922", box=box, size=19)


def admin_head(p: ESSheet, rng, box: str | None = None):
    p.amp_head("PENNIMORE & BESSANT", A_TAG, ADMIN_ADDR + [f"Case management {tollfree(rng, '877')}",
                                                          f"Fax {phone(rng, '715')}", "pbrehab.example"],
               parent=A_PARENT, admin=A_SMALL, box=box, mark=None, size=17, serif_brand=True)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    claimant = people(rng, 1, "ld", sexes="M", used=USED)[0]
    couns, ergo, pt, sig = people(rng, 4, "lc", sexes="FMFM", used=USED)
    c = cid(rng)
    lc = ltd(rng)
    g = "SB 204418"
    rtw = f"RTW-{digits(rng, 5)}"
    plan_ok = dt.date(2026, 1, 12)
    sd = dt.date(2026, 5, 14)
    assess = dt.date(2026, 1, 26)
    rcv = plus(assess, 98)
    voc, job = "Silver Bay Vocational Services", "Split Rock Ergonomics, LLC"
    ptc = "Two Harbors Lakewalk Physical Therapy"
    vend = "Northland Office Interiors"
    refs = [rb(rng) for _ in range(8)]
    den = 1
    rows_src = [
        (slash(dt.date(2026, 1, 20)), refs[0], "Vocational evaluation", 1250.00, 1250.00, 1250.00, "1", "P",
         f"{voc}   Referral # VE-{digits(rng, 4)}   Auth {rtw}   Counselor {dr(couns, 'CRC')}"),
        (slash(assess), refs[1], "Worksite ergonomic assessment", 640.00, 0.00, 0.00, "4", "D",
         f"{job}   Assessor {dr(ergo, 'CPE')}   Client {GROUPS[g]}   Received {slash(rcv)}"),
        ("02/02/2026-03/27/2026", refs[2], "Job coaching, 14 hours", 1190.00, 1190.00, 1190.00, "1", "P",
         f"{voc}   Auth {rtw}"),
        (slash(dt.date(2026, 2, 17)), refs[3], "Sit-stand workstation, monitor arm", 1184.00, 1184.00, 1184.00, "2",
         "P", f"{vend}   Paid to {GROUPS[g]}   Auth {rtw}"),
        (slash(dt.date(2026, 3, 4)), refs[4], "97545 work conditioning, 2 hrs", 186.00, 172.00, 172.00, "1, 3", "R",
         f"{ptc}   Therapist {dr(pt, 'DPT')}"),
        (slash(dt.date(2026, 3, 6)), refs[5], "97545 work conditioning, 2 hrs", 186.00, 172.00, 172.00, "1, 3", "R",
         f"{ptc}   Auth {rtw}"),
        (slash(dt.date(2026, 3, 9)), refs[6], "97545 work conditioning, 2 hrs", 186.00, 172.00, 172.00, "1, 3", "R",
         f"{ptc}   Auth {rtw}"),
        (slash(dt.date(2026, 4, 14)), refs[7], "Job-search workshop", 300.00, 300.00, 300.00, "1", "P", voc),
    ]
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT,
                every=f"P&B rehabilitation expense statement  \u00b7  {grouped(c, [2, 4, 4])}  \u00b7  {lc}")
    p.set_margins(14, 16, 14)
    p.add_page()
    admin_head(p, rng, box="REHABILITATION EXPENSE STATEMENT")
    y = p.get_y()
    addr_block(p, [claimant.upper(), "4418 Skyline Parkway", "Duluth, MN 55806"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.after_ids([(f"Thursday, {long(sd)}", "statement of"), (grouped(c, [2, 4, 4]), "claimant ID"),
                 (lc, "LTD claim"), (g, f"group policy \u2013 {GROUPS[g]}"), (R60, "plan"),
                 (rtw, f"return-to-work plan, approved {slash(plan_ok)}")], x=p.l_margin + W * 0.48, w=W * 0.52,
                size=8.6)
    p.f(7.8)
    p.multi_cell(0, 3.8, f"Insurer: {INS}. The policy's rehabilitation benefit is administered for the Company by "
                 "Pennimore & Bessant (P&B). This is not a bill.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.key_line("St. column:", [("P", "paid"), ("R", "reduced"), ("D", "not paid"), ("H", "held")])
    rows = [("span", f"Expenses under return-to-work plan {rtw} (goal: freight dispatcher, 32 hours a week)")]
    for r in rows_src:
        rows.append(list(r[:3]) + [n2(r[3]), n2(r[4]), n2(r[5]), r[6], r[7]])
        if r[8]:
            rows.append(("note", r[8]))
    rows.append(("bold", ["", "", "Totals this statement", n2(sum(r[3] for r in rows_src)),
                          n2(sum(r[4] for r in rows_src)), n2(sum(r[5] for r in rows_src)), "", ""]))
    p.claim_rows(["Incurred", "Expense no.", "Service and provider", "Billed", "Allowed", "Paid", "Notes", "St."],
                 [W * k / 100 for k in (19, 11, 33, 9, 9, 9, 6, 4)], ["L", "L", "L", "R", "R", "R", "C", "C"], rows,
                 size=7.4)
    p.numbered_notes("Notes", [
        ("1", "Paid under your approved return-to-work plan."),
        ("2", "Workplace modification paid to your employer. It counts toward the $5,000.00 workplace modification "
              "limit of the policy; $3,816.00 of that limit is left."),
        ("3", "Reduced to the reasonable charge for this service in your area. The provider has agreed not to bill "
              "you for the difference."),
        ("4", "Not paid. The policy asks for written proof of a rehabilitation expense within 90 days after the "
              "expense is incurred. This expense reached us 98 days after it was incurred, and no reason for the "
              "delay was given."),
        ("5", "Not paid: the same expense was paid on an earlier statement."),
        ("6", "Not paid until your other coverage (a medical plan, workers' compensation or a state vocational "
              "rehabilitation agency) has paid or refused in writing."),
        ("7", "Held: we asked the provider for an itemized bill."),
    ], size=7.4)
    yb = p.money_box("Your monthly benefit for May 2026 (for your information)", [
        ("Gross monthly benefit, 60% of pre-disability earnings", "3,412.00"),
        ("Less Social Security disability benefit (offset)", "-1,486.00"),
        ("Net monthly benefit paid 05/01/2026", "$1,926.00")], x=p.l_margin, w=W * 0.62, size=8.0)
    p.set_y(yb + 3)
    p.bar("Questions or disagreement", 8.8)
    p.para(f"If you disagree with a decision on this statement, you may ask for a review in writing within 180 days "
           f"of the date of this statement. Write to Wendmere Mutual, {INS_ADDR[0]}, {INS_ADDR[1]}, {INS_ADDR[2]}, "
           "and name the expense number. You may send letters, receipts or anything else you want the Company to "
           "consider. Your case manager at P&B can help you.", 8.2)
    p.f(8.4)
    p.cell(0, 4.4, f"Your case manager: {dr(sig, 'CRC')}, P&B, Eau Claire", new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "timely_filing", insurer=ADMIN, plan_id=R60, group=nospace(g), member_id=c, member_name=claimant,
              cases=[lc, refs[den]], claim_amount=m2(640.00), service_dates=[iso(assess)], denial_date=iso(sd),
              provider=job, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [dr(ergo, "CPE"), ergo],
                          "case_numbers": [[refs[den]], [lc]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_pt(rng):
    claimant = people(rng, 1, "ld", sexes="F", used=USED)[0]
    pt, cm, surg = people(rng, 3, "lc", sexes="MFM", used=USED)
    clinic = "Ashland Lakeside Physical Therapy"
    c = cid(rng)
    c_dash = grouped(c, [2, 4, 4], "-")
    lc = ltd(rng)
    ref = rb(rng)
    later_ref = rb(rng)
    g = "SB 311097"
    rtw = f"RTW-{digits(rng, 5)}"
    visits = [dt.date(2026, 3, 2), dt.date(2026, 3, 4), dt.date(2026, 3, 6), dt.date(2026, 3, 9)]
    approved = dt.date(2026, 3, 16)
    nd = dt.date(2026, 6, 1)  # a Monday
    fax_no = phone(rng, "715")
    tx = (f"{tx_date(nd)} 10:{rng.randint(10, 59)}  FROM WENDMERE MUTUAL DISAB CLMS  2185550{rng.randint(100, 999)}"
          f"  TO {fax_no.replace('(', '').replace(') ', '').replace('-', '')}   P.{{n}}/{{t}}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=INS_FOOT, tx=tx)
    p.set_margins(18, 16, 18)
    p.add_page()
    ins_head(p, rng, box="REHABILITATION BENEFIT DECISION")
    addr_block(p, ["Billing Office", clinic, "1020 Lake Shore Drive West", "Ashland, WI 54806"], 9.2)
    p.f(9.4, "B")
    p.cell(0, 5, f"Date of notice: {wd_short(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.boxes([[("Claimant", claimant, 0.34), ("Claimant ID", c_dash, 0.22), ("LTD claim", lc, 0.22),
              ("Expense no.", ref, 0.22)],
             [("Group policy / employer", f"{g}  {GROUPS[g]}", 0.56), ("Plan", R66, 0.2),
              ("Your fax", fax_no, 0.24)]], size=8.6)
    p.para(f"We received your bill for physical therapy that {dr(pt, 'DPT')} gave {first_last(claimant)} in March "
           "2026. The Company has decided not to pay for the visits listed below.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for v in visits:
        rows.append([slash(v), "97545", "Work conditioning, first 2 hours   Auth: none on file", "186.00", "0.00"])
        rows.append([slash(v), "97546", "Work conditioning, each added hour   Auth: none on file", "88.00", "0.00"])
    rows.append(["", "", "Total billed for these visits", "$1,096.00", "$0.00"])
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"], rows, [W * k / 100 for k in (14, 10, 52, 12, 12)],
                 ["L", "L", "L", "R", "R"], size=8.2, bold_rows=(len(rows) - 1,))
    p.bar("Why these visits are not paid", 9.0)
    p.para(f"The group policy's rehabilitation benefit pays for physical therapy only when the therapy is part of a "
           f"written return-to-work plan that the Company approved before the therapy was given. "
           f"{first_last(claimant)}'s plan, {rtw}, was approved on {long(approved)}. It lists twelve "
           "work-conditioning visits from that date to May 8, 2026.", 9.0)
    p.para("The four visits above took place before the plan was approved. Nobody asked the Company to approve them "
           "in advance, so they fall outside the plan and the policy does not pay for them.", 9.0)
    p.para(f"The visits from March 16, 2026 on were paid under expense {later_ref} ($2,016.00 on April 20, 2026). "
           "Nothing in this notice changes that payment or the monthly disability benefit.", 9.0)
    p.add_page()
    p.bar("If you or the claimant disagree", 9.0)
    p.para("You or the claimant may ask the Company to review this decision. Send the request in writing within 180 "
           "days of the date of this notice to the Appeals Unit, Disability Claims Center, at the address above. "
           "Include the expense number and any records you want considered, for example notes showing that the "
           "Company's case manager asked for the therapy before March 16.", 9.0)
    p.para("The claimant's group policy is part of an employee benefit plan covered by the Employee Retirement Income "
           "Security Act of 1974 (ERISA). After the review, the claimant may bring a civil action under section "
           "502(a) of ERISA if the Company keeps its decision.", 8.8)
    p.para(f"A copy of this notice goes to {first_last(claimant)} and to her surgeon, {dr(surg, 'MD')}.", 8.8)
    p.ln(3)
    sign(p, [dr(cm, "CRC"), "Rehabilitation Case Manager", INS_ADDR[0], INS])
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=R66, group=nospace(g), member_id=c_dash,
              member_name=claimant, cases=[lc, ref], claim_amount=m2(1096.00), service_dates=[iso(v) for v in visits],
              denial_date=iso(nd), provider=dr(pt, "DPT"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [c], "provider": [pt, clinic], "case_numbers": [[ref]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_placement(rng):
    claimant = people(rng, 1, "ld", sexes="F", used=USED)[0]
    crc, sig = people(rng, 2, "lc", sexes="MF", used=USED)
    firm = "Northwoods Career Placement"
    c = cid(rng)
    lc = ltd(rng)
    ref = rb(rng)
    g = "SB 118845"
    nd = dt.date(2026, 6, 10)
    ended = dt.date(2026, 4, 30)
    back = dt.date(2026, 4, 27)
    sess = [dt.date(2026, 5, 5), dt.date(2026, 5, 12), dt.date(2026, 5, 19)]
    each = 325.00
    rep_fax = phone(rng, "218")
    tx = (f"06/10/2026 14:{rng.randint(10, 59)}   PENNIMORE&BESSANT   715 555 0{rng.randint(100, 999)}  >>  "
          f"{rep_fax}   PG {{n}} OF {{t}}")
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=f"Form PB-RW14 (rev. 01/2026)  \u00b7  printed {slash(nd)}",
                tx=tx)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="NOTICE OF BENEFIT DECISION")
    addr_block(p, [claimant, "611 West Fourth Street", "Two Harbors, MN 55616"], 9.4)
    p.f(9.2)
    p.cell(0, 5, f"Date of this letter: {of_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.sc_shaded([("Claimant ID", grouped(c, [2, 4, 4]), 0.2), ("LTD claim", lc, 0.2), ("Expense", ref, 0.18),
                 ("Group policy", f"{g}\n{GROUPS[g]}", 0.27), ("Plan", R60, 0.15)], size=8.8)
    p.para(f"Dear {first_last(claimant)}:", 9.4)
    p.para(f"{firm} sent us its bill for three job-placement sessions with {dr(crc, 'CRC')}. P&B reviews "
           f"rehabilitation expenses for {INS}. The expenses are not payable, for the reason below.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Session date", "Service", "Counselor", "Billed"],
                 [[slash(s), "Job placement and interview preparation, 1.5 hours", dr(crc, "CRC"), n2(each)]
                  for s in sess] + [["", "", "Total", usd(each * 3)]],
                 [W * k / 100 for k in (16, 46, 24, 14)], ["L", "L", "L", "R"], size=8.4, bold_rows=(3,))
    p.bar("Our decision", 9.0)
    p.para(f"You returned to full-time work with {GROUPS[g]} on {long(back)}. Your earnings from that work are more "
           "than 80% of your pre-disability earnings, so you are no longer disabled under the policy. Your last "
           f"monthly benefit paid you through {long(ended)}, and your LTD claim closed on that date.", 9.0)
    p.para("The rehabilitation benefit is part of the monthly disability benefit: it pays only for expenses incurred "
           "while monthly benefits are payable. The three sessions were held in May, after your benefit period "
           "ended, and they cannot be paid. The placement firm was told the same thing in a separate letter.", 9.0)
    p.bar("Your final month (for your information)", 8.6)
    p.ruled_rows(["Month", "Gross benefit", "Social Security offset", "Pension offset", "Net paid"],
                 [["April 2026", "2,940.00", "-1,212.00", "-310.00", "1,418.00"]],
                 [W * k / 100 for k in (20, 20, 22, 19, 19)], ["L", "R", "R", "R", "R"], size=8.2)
    p.add_page()
    p.bar("If you disagree", 9.0)
    p.para("You may appeal this decision. Your written appeal must be sent within 180 days of the date of this "
           f"letter to {INS}, Appeals Unit, {INS_ADDR[1]}, {INS_ADDR[2]}. You may send records, comments and "
           "anything else you want considered, and you may ask for copies of the papers we used, free of charge.", 9.0)
    p.para("If your disability comes back within six months of your return to work, call us: your claim may be "
           "reopened without a new elimination period. The six months are not an appeal time limit.", 8.8)
    p.para("Your plan is governed by ERISA. After the appeal you may file suit under section 502(a).", 8.8)
    p.ln(2)
    sign(p, [sig, "Rehabilitation Benefit Specialist", ADMIN, f"for {INS}"])
    t = truth("denial_letter", "eligibility", insurer=ADMIN, plan_id=R60, group=nospace(g), member_id=c,
              member_name=claimant, cases=[lc, ref], claim_amount=m2(each * 3), service_dates=[iso(s) for s in sess],
              denial_date=iso(nd), provider=dr(crc, "CRC"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [crc, firm], "case_numbers": [[ref]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    claimant = people(rng, 1, "es", sexes="M", used=USED)[0]
    ot, sig = people(rng, 2, "lc", sexes="FM", used=USED)
    clinic = "Riverbend Hand Therapy"
    c = cid(rng)
    lc = ltd(rng)
    ref = rb(rng)
    g = "SB 402286"
    nd = dt.date(2026, 7, 20)  # lunes
    hurt = dt.date(2026, 2, 3)
    visits = [dt.date(2026, 5, 4), dt.date(2026, 5, 7), dt.date(2026, 5, 11), dt.date(2026, 5, 14),
              dt.date(2026, 5, 18), dt.date(2026, 5, 21)]
    each = 165.00
    wc_no = f"WC-26-{digits(rng, 6)}"
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=INS_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    ins_head(p, rng, box="AVISO SOBRE GASTOS DE REHABILITACIÓN")
    addr_block(p, [claimant, "208 Railroad Street", "Cotton, MN 55724"], 9.4)
    p.f(9.4, "B")
    p.cell(0, 5, f"Fecha del aviso: {es_wday(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.boxes([[("Número de reclamante", grouped(c, [2, 4, 4]), 0.26), ("Reclamación LTD", lc, 0.22),
              ("Gasto", ref, 0.2), ("Póliza de grupo", g, 0.18), ("Plan", R60, 0.14)]], size=8.8)
    p.para(f"Estimado señor {claimant.split()[-1]}:", 9.4)
    p.para(f"Recibimos la factura de {clinic} por seis sesiones de terapia de mano con {dr(ot, 'OTR/L, CHT')}. La "
           "Compañía no pagará estas sesiones por ahora. Le explicamos por qué.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado"],
                 [[slash(v), "97110", "Ejercicio terapéutico de mano, 45 min", n2(each)] for v in visits] +
                 [["", "", "Total", usd(each * len(visits))]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(visits),))
    p.bar("Por qué no pagamos", 9.0)
    p.para(f"Su incapacidad se debe a la lesión de la mano derecha que sufrió en el trabajo, en el elevador de granos "
           f"de {GROUPS[g]}, el {es_date(hurt)}. La aseguradora de compensación laboral de su empleador aceptó esa "
           f"lesión con el número de reclamación {wc_no}.", 9.0)
    p.para("La póliza paga los gastos de rehabilitación solamente cuando ningún otro seguro tiene que pagarlos. La "
           "compensación laboral paga primero la terapia de una lesión del trabajo. Envíe la factura a la "
           "aseguradora de compensación laboral. Si esa aseguradora se niega por escrito, mándenos su carta y "
           "revisaremos el gasto otra vez.", 9.0)
    p.para(f"Los pagos semanales de compensación laboral también reducen su beneficio mensual: beneficio bruto "
           f"US$ {money_es(2310.00)}, menos compensación laboral US$ {money_es(1540.00)}, beneficio neto "
           f"US$ {money_es(770.00)}.", 8.8)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede pedir una revisión por escrito dentro de 180 días a partir de la fecha de este aviso. Escriba a "
           f"la Unidad de Apelaciones, {INS_ADDR[0]}, {INS_ADDR[1]}, {INS_ADDR[2]}. Incluya el número de gasto y "
           "cualquier documento que quiera que consideremos.", 9.0)
    sign(p, [sig, "Administrador de Casos de Rehabilitación", INS], close="Atentamente,")
    t = truth("denial_letter", "other", insurer=INS, plan_id=R60, group=nospace(g), member_id=c, member_name=claimant,
              cases=[lc, ref], claim_amount=m2(each * len(visits)), service_dates=[iso(v) for v in visits],
              denial_date=iso(nd), provider=dr(ot, "OTR/L"), appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [ot, clinic], "case_numbers": [[ref]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_appeal(rng):
    claimant = people(rng, 1, "ld", sexes="F", used=USED)[0]
    vc, chair, mdc = people(rng, 3, "lc", sexes="MFM", used=USED)
    college = "Sturgeon Lake Technical College"
    c = cid(rng)
    lc = ltd(rng)
    ref = rb(rng)
    apl = f"AP26-{digits(rng, 5)}"
    rtw = f"RTW-{digits(rng, 5)}"
    g = "SB 507731"
    nd = dt.date(2026, 8, 11)  # a Tuesday
    first = dt.date(2026, 6, 22)
    filed = dt.date(2026, 7, 14)
    start, end = dt.date(2026, 8, 24), dt.date(2026, 12, 11)
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=INS_FOOT,
                run_hdr=f"Wendmere Mutual  \u00b7  Appeal {apl}  \u00b7  {claimant}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    ins_head(p, rng, box="APPEAL DECISION")
    addr_block(p, [claimant, "1537 Seventh Avenue", "Two Harbors, MN 55616"], 9.4)
    p.f(10, "B")
    p.cell(0, 5.4, f"Decision of {wday_long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.boxes([[("Claimant", claimant, 0.3), ("Claimant ID", grouped(c, [2, 4, 4]), 0.22), ("LTD claim", lc, 0.24),
              ("Appeal no.", apl, 0.24)],
             [("Request", ref, 0.2), ("Group policy", f"{g} \u2013 {GROUPS[g]}", 0.5), ("Plan", R66, 0.14),
              ("Appeal received", slash(filed), 0.16)]], size=8.6)
    p.boxes([[("What was asked for", f"Tuition and fees, A.A.S. degree in Accounting\n{college}\n"
               f"fall semester {long(start)} to {long(end)}", 0.74), ("Amount", usd(4860.00), 0.26)]], size=8.6)
    p.bar("Decision: the refusal of June 22, 2026 is upheld", 9.4)
    p.para_cols([
        f"You asked the Company to pay the tuition for the first semester of a two-year accounting degree at "
        f"{college}. On {long(first)} we refused the request. You appealed on {long(filed)} and sent a letter from "
        f"your vocational counselor, {dr(vc, 'CRC')}, and the college's program sheet.",
        f"An appeals committee that took no part in the first decision reviewed your whole file, including the "
        f"return-to-work plan {rtw}, the labor market survey of May 2026 and the records of your physician, "
        f"{dr(mdc, 'MD')}.",
        "The policy's rehabilitation benefit pays for retraining when three things are true: the training is part "
        "of a return-to-work plan the Company approved; it lasts 12 months or less; and it prepares you for an "
        "occupation the plan names.",
        "Your plan names accounting clerk as the goal. The college's two-semester Accounting Clerk certificate "
        "prepares for that work. The associate degree takes four semesters, about 21 months, and is longer than the "
        "policy allows. The whole degree would cost about $19,440.00.",
        "For these reasons the committee keeps the decision: the degree tuition is not covered. The Company will pay "
        "the certificate program (estimated at $5,980.00 for both semesters) if you enroll in it; tell your case "
        "manager and we will update your plan.",
    ], size=8.8)
    p.add_page()
    p.bar("Your rights", 9.2)
    p.para_cols([
        f"This decision, made on {of_date(nd)}, is the Company's final decision on your appeal. The policy has no "
        "second level of appeal.",
        "You may bring a civil action under section 502(a) of the Employee Retirement Income Security Act of 1974 "
        "(ERISA). The policy says that a legal action may not be started more than three years after proof of loss "
        "was due.",
        "You may ask for copies of all papers and records relevant to your claim, free of charge, including the "
        "labor market survey and the college program sheet we used.",
        "You and your plan may have other voluntary ways to settle a dispute, such as mediation. Ask your State "
        "insurance regulator.",
    ], size=8.6)
    p.ln(4)
    sign(p, [dr(chair, "CDMS"), "Chair, Disability Appeals Committee", INS])
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=R66, group=nospace(g), member_id=c,
              member_name=claimant, cases=[apl, lc, ref], claim_amount=m2(4860.00),
              service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(nd), provider=college,
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "claim_amount": [None],
                          "service_dates": [[iso(start)], []],
                          "case_numbers": [[apl], [apl, ref], [apl, lc], [lc, ref], [ref]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_bill(rng):
    claimant = people(rng, 1, "ld", sexes="M", used=USED)[0]
    pt, mgr = people(rng, 2, "lc", sexes="FM", used=USED)
    clinic = "Iron Range Work Rehab & Physical Therapy"
    c = cid(rng)
    g = "SB 204418"
    sd = dt.date(2026, 7, 8)
    fce = dt.date(2026, 3, 30)
    acct = f"40-{digits(rng, 5)}"
    p = ESSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.f(15, "B")
    p.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, "Work conditioning  \u00b7  Functional capacity testing  \u00b7  Outpatient physical therapy",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"301 Chestnut Street, Virginia, MN 55792  \u00b7  Billing {phone(rng)}  \u00b7  TIN {tin(rng)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y = p.get_y()
    addr_block(p, [claimant, "7120 Highway 53", "Eveleth, MN 55734"], 9.6)
    p.set_y(y)
    yk = p.kv_box([("Statement date", slash(sd)), ("Account", acct), ("Patient", claimant),
              ("Insurance on file", f"Wendmere Mutual (LTD rehab)"), ("Insurance ID", grouped(c, [2, 4, 4])),
              ("Group", g)], x=p.l_margin + W * 0.48, y=y, w=W * 0.52, cap_w=30, size=8.4)
    p.set_y(max(p.get_y(), yk) + 5)
    p.boxes([[("Previous balance", "0.00", 0.2), ("New charges", "0.00", 0.2), ("Insurance paid", "$0.00", 0.2),
              ("Moved to you", "685.00", 0.2), ("Please pay", "$685.00", 0.2)]], size=10)
    p.bar("Account summary", 9.0)
    p.ruled_rows(["", "Billed to insurance", "Paid by insurance", "Adjusted", "Your part"],
                 [["This year to date", "3,421.00", "2,392.00", "344.00", "685.00"],
                  ["This statement", "0.00", "0.00", "0.00", "685.00"]],
                 [W * k / 100 for k in (28, 18, 18, 18, 18)], ["L", "R", "R", "R", "R"], size=8.6)
    p.msg_panel("A message from our billing office", [
        f"Wendmere Mutual has paid for your work conditioning visits from April 6 through April 24 under your "
        f"return-to-work plan. It did not pay for the functional capacity evaluation that {dr(pt, 'DPT')} did on "
        f"{long(fce)} ($685.00). Its letter says the evaluation was done before your plan was approved.",
        "We have moved that charge to your account. If you ask Wendmere Mutual to review its decision and it pays, "
        "we will refund anything you have paid. Call us if you would like a payment plan; there is no interest.",
    ], size=8.8)
    p.f(8.2)
    p.cell(0, 4.4, f"Questions: {mgr}, Patient Accounts  \u00b7  We accept cash, check and all major cards.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.tear_slip("Return this part with your payment", [[("Account", acct), ("Statement date", slash(sd))],
                                                         [("Amount due", "$685.00"), ("Amount paid", "")]])
    t = truth("other", None, insurer=None, plan_id=None, group=nospace(g), member_id=c, member_name=claimant,
              cases=[], claim_amount=m2(685.00), service_dates=[iso(fce)], denial_date=iso(sd), provider=clinic,
              appeal_deadline=None, unscored=["insurer"],
              alternates={"provider": [dr(pt, "DPT"), pt], "group_number": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    claimant = people(rng, 1, "ld", sexes="M", used=USED)[0]
    first, _, last = claimant.split()
    daughter = people(rng, 1, "ld", sexes="F", last=last, used=USED)[0]
    pain, consult, cm = people(rng, 3, "lc", sexes="FMF", used=USED)
    center = "Arrowwood Pain Rehabilitation Center"
    c = cid(rng)
    lc = ltd(rng)
    ref1, ref2 = rb(rng), rb(rng)
    g = "SB 402286"
    d1 = dt.date(2026, 9, 8)  # Tuesday
    d2 = dt.date(2026, 9, 11)  # Friday
    start = dt.date(2026, 9, 21)
    sent = dt.date(2026, 9, 14)
    # (i) the denial, two pages, ending with a signature
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=INS_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    ins_head(p, rng, box="REHABILITATION BENEFIT DECISION")
    addr_block(p, [claimant, "33 Pioneer Road", "Ely, MN 55731"], 9.4)
    p.f(9.6, "B")
    p.cell(0, 5, f"Decision of {wday_long(d1)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.hung([(grouped(c, [2, 4, 4]), "Claimant ID", 40), (lc, "LTD claim", 36), (ref1, "Request no.", 32),
            (g, "Group policy", 30), (R60, "Plan", 30)], size=9.2)
    p.para(f"Dear Mr. {last}:", 9.4)
    p.para(f"{dr(pain, 'MD')} of {center} asked the Company to pay for a four-week interdisciplinary pain "
           f"rehabilitation program for you, planned to start on {long(start)}, as part of your return-to-work plan. "
           "The Company has decided not to approve it.", 9.2)
    p.bar("Why", 9.0)
    p.para(f"A physician consultant, {dr(consult, 'MD')}, board certified in physical medicine and rehabilitation, "
           "reviewed the request, the center's evaluation, your surgeon's notes and the reports from your work "
           "conditioning. He spoke with Dr. " + pain.split()[-1] + " on September 2.", 9.0)
    p.para("Your work conditioning reports show steady progress: you now lift 35 pounds from floor to waist and "
           "tolerate six hours of activity a day, close to the goals of your plan. Your pain scores have come down "
           "and you take no opioid medicine. A full-day program of four weeks is meant for people whose pain keeps "
           "them from taking part in ordinary therapy. In your case it is not medically necessary to reach the goal "
           "of your return-to-work plan. Continuing your current work conditioning is.", 9.0)
    p.add_page()
    p.bar("What you can do", 9.0)
    p.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal in writing to "
           f"the Appeals Unit, {INS_ADDR[0]}, {INS_ADDR[1]}, {INS_ADDR[2]}. Dr. {pain.split()[-1]} may send "
           "records or a letter with it. You may also ask for a copy of the consultant's report.", 9.0)
    p.para("Your work conditioning visits remain approved through October 30, 2026 under your plan.", 9.0)
    p.ln(3)
    sign(p, [dr(cm, "CRC"), "Rehabilitation Case Manager", INS])
    deny = out(p)
    deny_t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=R60, group=nospace(g), member_id=c,
                   member_name=claimant, cases=[lc, ref1], claim_amount=None, service_dates=[iso(start)],
                   denial_date=iso(d1), provider=dr(pain, "MD"), appeal_deadline=iso(plus(d1, 180)),
                   alternates={"insurer": INS_ALT, "provider": [pain, center], "service_dates": [[]],
                               "case_numbers": [[ref1]]})
    # (ii) the Company's next letter: a different request approved
    q = ESSheet(footer="Page {n} of {nb}", ids_foot=INS_FOOT)
    q.set_margins(18, 16, 18)
    q.add_page()
    ins_head(q, rng, box="WORKPLACE MODIFICATION APPROVED")
    addr_block(q, [claimant, "33 Pioneer Road", "Ely, MN 55731"], 9.4)
    q.f(9.4, "B")
    q.cell(0, 5, f"Date of notice: {wd_short(d2)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.hung([(grouped(c, [2, 4, 4]), "Claimant ID", 40), (lc, "LTD claim", 36), (ref2, "Request no.", 32),
            (g, "Group policy", 30), (R60, "Plan", 30)], size=9.2)
    q.para(f"Dear Mr. {last}:", 9.4)
    q.para(f"Good news: the Company approved your request {ref2} for a dispatch console chair with lumbar support "
           f"and a footrest for your workstation at {GROUPS[g]}. Northland Office Interiors installed them on "
           "September 2, 2026.", 9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Item", "Vendor", "Amount"],
                 [["Dispatch console chair, 24-hour rated, lumbar support", "Northland Office Interiors", "1,212.00"],
                  ["Adjustable footrest", "Northland Office Interiors", "174.00"],
                  ["", "Total paid to your employer", "$1,386.00"]],
                 [W * k / 100 for k in (52, 30, 18)], ["L", "L", "R"], size=8.6, bold_rows=(2,))
    q.para("The payment goes to your employer, who bought the items. It counts toward the policy's $5,000.00 "
           "workplace modification limit; $3,614.00 is left. This letter approves your request in full and refuses "
           "nothing.", 9.0)
    q.ln(2)
    sign(q, [dr(cm, "CRC"), "Rehabilitation Case Manager", INS])
    ok = out(q)
    ok_t = truth("other", None, insurer=INS, plan_id=R60, group=nospace(g), member_id=c, member_name=claimant,
                 cases=[lc, ref2], claim_amount=m2(1386.00), service_dates=["2026-09-02"], denial_date=iso(d2),
                 provider="Northland Office Interiors", appeal_deadline=None,
                 alternates={"insurer": INS_ALT, "claim_amount": [None], "service_dates": [[]],
                             "case_numbers": [[ref2]]})
    cover = typed_cover(["Ely Public Library  -  public fax"], [
        ("To:", "Tolonen & Varner Law Office"),
        ("Attn", "Marit (paralegal)"),
        ("Frm:", f"{first_last(daughter)} (daughter)"),
        ("Fax#", "218 555 0193"),
        (f"Re:Dad's disabilty papers - {first} {last}", ""),
        ("# of pgs:", "four counting this one"),
        ("Date", sept(sent)),
    ], ["Here are the 2 letters he got last week. He wants to appeal the pain program one, the chair one is "
        "fine just for your file.", "Call me at 218 555 0164 after 3pm. Thanks!"], f"- {daughter.split()[0]}",
        slant=0.6)
    return cover, [(deny, deny_t), (ok, ok_t)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    cover, stack_docs = None, None
    items = [
        Item(f"{f}_bd_statement_late_ergonomic_assessment", "born_digital", [bd_statement(rng)]),
        Item(f"{f}_faxstd_work_conditioning_before_plan_approval", "fax_standard_g4", [faxstd_pt(rng)]),
        Item(f"{f}_faxstd_placement_after_benefits_ended", "fax_standard_g4", [faxstd_placement(rng)]),
        Item(f"{f}_lowres_es_terapia_de_mano_compensacion_primero", "scan_lowres_150", [lowres_es(rng)]),
        Item(f"{f}_photocopy_appeal_tuition_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(f"{f}_photo_bill_fce_named_in_message", "phone_photo", [photo_bill(rng)]),
    ]
    cover, stack_docs = faxfine_stack(rng)
    items.append(Item(f"{f}_faxfine_stack_cover_pain_program_then_chair_approved", "fax_fine_g4", stack_docs,
                      separators=[cover, None], turns={(1, 0): 90}))
    return items
