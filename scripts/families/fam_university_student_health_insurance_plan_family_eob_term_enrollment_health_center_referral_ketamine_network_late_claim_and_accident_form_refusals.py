"""A university student health insurance plan's papers, mirrored (structure and plain wording style only) from how
public university student health insurance plans describe themselves: an insured plan that students must keep
unless they waive it with proof of other coverage, coverage bought term by term (a spring/summer term and a fall
term), dependants (a spouse, children) added for a term by a deadline, a rule that students see the campus Student
Health Center first and need its referral for outside care (with exceptions: emergencies, the center closed, more
than 50 miles from campus, official breaks, maternity, mental health, and dependants, who may not use the center),
a network, a time limit for claims, an accident form when someone else may be responsible, pre-service review, a
first-level appeal and then external review. The university (Orrinbrook University, its Student Health Center and
its Student Insurance Office), the underwriting insurer (Pennygate Mutual Life Insurance Company), the claims
administrator (Quadwell Claims Administrators, LLC), every clinic, hospital, laboratory, doctor, student, relative,
number, address and amount are invented (phones 555); CPT / HCPCS codes appear as themselves.

Documents (8 in 7 files):
- born_digital_family_eob_child_not_added_for_spring_term_rows_run_on_without_heads: the administrator's two-page
  family EOB mailed to a graduate student (the subscriber's name in the address and the running header); six claims
  of the student, his wife and their son, the son named only in a small grey patient column; the son's urgent care
  claim is split by the page break (its second line and total on page 2, where no column heads are printed again)
  and pays nothing under code T3, explained only in the code list (the son was not added for the spring/summer term).
- faxstd_stack_cover_referral_letter_page_two_sideways_then_waiver_approved: a standard fax of a cover sheet, the
  administrator's two-page letter (page 2 fed sideways) that it can't pay a dermatology visit made without a Student
  Health Center referral (an older physical therapy referral number as decoy), and the Student Insurance Office's
  letter approving the same student's waiver for the fall term (denies nothing; the other plan's member ID as decoy).
- faxstd_ketamine_infusions_still_being_studied_ring_logo: the insurer's pre-service letter (logo: initials in a
  double ring beside the name set on two lines) on IV ketamine infusions for depression, in two-column prose.
- phone_es_fisioterapia_fuera_de_la_red: a photographed Spanish letter from the administrator: four physical
  therapy visits at a clinic outside the network.
- scanclean_appeal_kept_neuropsych_testing_three_pages: the insurer's three-page first-level appeal decision keeping
  the refusal of neuropsychological testing (external review only).
- photocopy_provider_notice_lab_claim_reached_us_too_late_spouse: the administrator's notice to a laboratory: a
  spouse's blood tests billed 203 days after the draw (a CLIA number and patient account as decoys).
- rotated_accident_form_never_returned_claim_closed: a letter fed turned: an emergency visit after a bicycle crash
  closed because the accident questionnaire never came back.
No paper uses the words "denied" or "denial"; refusals are told in plain words.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnd import (ENSheet, campus_address, cap_day, day_month, digits, es_date, iso, kin, long, n2,
                               people, phone, plus, reset_names, short_md, slash, tollfree, usd, wday_long)
from public_kit import m2, out, truth

FAMILY = ("university_student_health_insurance_plan_family_eob_term_enrollment_health_center_referral_ketamine_"
          "network_late_claim_and_accident_form_refusals")
LANG = "en"
SEED = 355033
UNI = "Orrinbrook University"
PLAN = "Orrinbrook University Student Health Insurance Plan"
SHC = "Orrinbrook Student Health Center"
OFFICE = "Orrinbrook University Student Insurance Office"
INS = "Pennygate Mutual Life Insurance Company"
TPA = "Quadwell Claims Administrators, LLC"
TPA_ALT = ["Quadwell Claims Administrators", "Quadwell", PLAN, INS]
INS_ALT = ["Pennygate Mutual", "Pennygate Mutual Life", PLAN]
GROUP_G, GROUP_U = "40518", "40517"
PLAN_G, PLAN_U = "SHIP-26G", "SHIP-26U"


def member_id(rng):
    return "ORU" + digits(rng, 8)


def claim_no(rng):
    return "Q26" + digits(rng, 8)


def student_id(rng):
    return digits(rng, 7)


def quadwell(p, rng, box=None):
    p.admin_head("Quadwell", "Claims Administrators, LLC  \u00b7  student health plans",
                 f"for the {PLAN}  \u00b7  insured by {INS}",
                 [f"PO Box 6{digits(rng, 4)}", "Harrisburg, PA 17105", f"Member services {tollfree(rng)}",
                  f"Fax {phone(rng, '717')}"], box=box)


def pennygate(p, rng, box=None, under=""):
    p.two_line_head("ring", "Pennygate Mutual", "Life Insurance Company",
                    ["Student Health Products", f"PO Box 3{digits(rng, 4)}, Hartford, CT 06102",
                     f"Phone {tollfree(rng, '844')}", f"Fax {phone(rng, '860')}"], initials="PM", box=box, under=under)


# ------------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    stu = people(rng, 1, sexes="M")[0]
    wife = kin(rng, stu, "F")
    son = kin(rng, stu, "M")
    doc_a, doc_b, doc_c, doc_d = people(rng, 4, sexes="FMFM", avoid=(wife, son))
    mid = member_id(rng)
    sid = student_id(rng)
    sd = dt.date(2026, 3, 16)
    by = plus(sd, 180)
    UC = "Millrace Urgent Care"
    c = [claim_no(rng) for _ in range(6)]
    rows = []
    tot = {"b": 0.0, "a": 0.0, "p": 0.0, "y": 0.0}

    def claim(no, who, prov, rendering, received, lines, code_note=None, split_after=None):
        rows.append({"band": f"Claim {no}    {prov}    Rendering: {rendering}    Received {received}"})
        sb = sa = sp = sy = 0.0
        for i, (d, svc, b, a, pd, yo, code) in enumerate(lines):
            rows.append([who, slash(d), svc, n2(b), n2(a), n2(pd), n2(yo), code])
            sb += b
            sa += a
            sp += pd
            sy += yo
            if split_after is not None and i == split_after:
                rows.append({"break": True})
        rows.append({"cells": ["", "", "Claim total", n2(sb), n2(sa), n2(sp), n2(sy), ""], "bold": True})
        for k, v in zip("bapy", (sb, sa, sp, sy)):
            tot[k] += v
        return round(sb, 2)

    claim(c[0], stu, "Fenwright Orthopaedic Associates", f"Dr. {doc_a}", "02/17/2026",
          [(dt.date(2026, 2, 9), "Office visit, new patient (99204)", 310.00, 212.40, 192.40, 20.00, "C2"),
           (dt.date(2026, 2, 9), "X-ray, knee, 3 views (73562)", 96.00, 61.15, 61.15, 0.00, "N4")])
    claim(c[1], wife, "Ashlar Women's Health", f"Dr. {doc_b}", "02/23/2026",
          [(dt.date(2026, 2, 12), "Ultrasound, pregnant uterus (76805)", 428.00, 288.90, 288.90, 0.00, "M1")])
    claim(c[2], son, "Tillbrook Pediatrics", f"Dr. {doc_c}", "01/14/2026",
          [(dt.date(2026, 1, 6), "Office visit, established (99213)", 184.00, 131.20, 111.20, 20.00, "C2")])
    claim(c[3], stu, SHC + " (send-out lab)", "Lab services", "03/02/2026",
          [(dt.date(2026, 2, 24), "Lipid panel (80061)", 58.00, 22.70, 22.70, 0.00, "P1"),
           (dt.date(2026, 2, 24), "Hemoglobin A1c (83036)", 41.00, 13.25, 13.25, 0.00, "P1")])
    refused = claim(c[4], son, UC, f"{doc_d}, PA-C", "03/05/2026",
                    [(dt.date(2026, 2, 21), "Urgent care visit, level 4 (99214)", 265.00, 0.00, 0.00, 265.00, "T3"),
                     (dt.date(2026, 2, 21), "Strep test, rapid (87880)", 48.00, 0.00, 0.00, 48.00, "T3")],
                    split_after=0)
    claim(c[5], wife, "Ashlar Women's Health", f"Dr. {doc_b}", "03/09/2026",
          [(dt.date(2026, 3, 2), "Prenatal visit (99213)", 184.00, 131.20, 131.20, 0.00, "M1")])

    p = ENSheet(footer="Page {n} of {nb}", run_hdr=f"Family Explanation of Benefits  \u00b7  {stu.upper()}  \u00b7  "
                                                   f"Member ID {mid}  \u00b7  {long(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(15, 13, 15)
    p.add_page()
    quadwell(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(18, "B")
    p.cell(W * 0.6, 8, "Family Explanation of Benefits")
    p.f(10, "B")
    p.cell(W * 0.4, 8, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    p.f(10, "B")
    p.cell(W * 0.45, 5, stu.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    for ln in campus_address(rng):
        p.cell(W * 0.45, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.8)
    p.multi_cell(W * 0.45, 3.7, f"Graduate student plan. Enrolled for the Spring/Summer 2026 term: {stu} (student), "
                                f"{wife} (spouse).", new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    p.set_xy(p.l_margin + W * 0.48, y0)
    yb = p.notch_boxes([[("Statement date", long(sd), 0.5), ("Member ID", mid, 0.5)],
                        [("Group No.", GROUP_G, 0.34), ("Plan ID", PLAN_G, 0.33), ("Student ID", sid, 0.33)]],
                       x=p.l_margin + W * 0.48, w=W * 0.52, size=9.2)
    p.set_xy(p.l_margin, max(ya, yb) + 2)
    p.tiles([("Providers billed", usd(tot["b"])), ("Plan allowed", usd(tot["a"])), ("Plan paid", usd(tot["p"])),
             ("Your share (all patients)", usd(tot["y"]))], size=12.5,
            note="Your share is what the providers may bill you. It includes copays, amounts the plan does not pay, "
                 "and any deductible. Please wait for each provider's bill before you pay.")
    p.f(8.6)
    p.multi_cell(W, 4.1, "Deductible for the 2026 plan year: $300.00 for each person, $900.00 for the family. "
                         f"Applied so far: {stu.split()[0]} $150.00, {wife.split()[0]} $0.00. Out-of-pocket "
                         "maximum: $6,350.00 for each person.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.bar("CLAIMS PROCESSED FOR YOUR FAMILY", 9.4)
    head = ["Patient", "Date of service", "Service (code)", "Billed", "Plan allowed", "Plan paid", "Your share",
            "Code"]
    widths = [30, 20, 60, 15, 16, 15, 16, 12]
    p.carry_table(head, rows, widths, ["L", "L", "L", "R", "R", "R", "R", "C"], size=7.5, row_h=5.0, tag_col=0)
    p.f(8.6, "B")
    p.cell(W, 4.6, f"All claims on this statement: billed {n2(tot['b'])}, plan paid {n2(tot['p'])}, your share "
                   f"{n2(tot['y'])}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend2("What the codes mean", [
        ("C2", "Your copay for an office visit outside the Student Health Center. The provider may bill you for it."),
        ("M1", "Maternity care for a covered spouse, paid in full after the network discount."),
        ("N4", "The provider is in the network and has agreed to take the allowed amount. You owe nothing above it."),
        ("P1", "Lab work sent out by the Student Health Center is paid in full."),
        ("T3", "The patient was not on the plan on this date. Dependants are added term by term; this patient was "
               "covered for the Fall 2025 term but was not added for the Spring/Summer 2026 term by the enrollment "
               "deadline of February 6, 2026. The plan can't pay for care given while a dependant is not enrolled. "
               "If you believe the patient was added in time, send us the enrollment confirmation from the Student "
               "Insurance Office."),
        ("R5", "The Student Health Center referral for this care was not on file. (Not used on this statement.)"),
        ("X8", "This service is one the plan does not cover. (Not used on this statement.)"),
    ], size=7.6)
    p.heading("If you think we made a mistake", 10)
    p.flow_cols([
        "Call member services first; many questions can be settled by phone. If you still disagree with how a "
        "claim on this statement was handled, you or someone you name in writing may ask for an appeal. Write "
        "to us within 180 days of the date of this statement and say which claim you mean and why you disagree.",
        "Send any papers that help, such as a letter from the doctor or the Student Insurance Office's enrollment "
        f"confirmation. Mail to Quadwell Appeals, PO Box 6{digits(rng, 4)}, Harrisburg, PA 17105, or fax "
        f"{phone(rng, '717')}. For example, if a provider billed $200.00 and the plan allowed $140.00, the $60.00 "
        "difference is not yours to pay when the provider is in the network.",
        "If you are not satisfied with the appeal decision, you may ask for an external review by an independent "
        "reviewer. You have four months from the appeal decision to ask. Free help is available from the "
        f"Pennsylvania Insurance Department's consumer line, 1-877-555-{digits(rng, 4)}.",
    ], n=3, size=7.8)
    p.f(7)
    p.multi_cell(W, 3.3, f"{TPA} administers claims for the {PLAN}. The plan is insured by {INS} under a group "
                         "policy issued to Orrinbrook University.", new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "eligibility", insurer=TPA, plan_id=PLAN_G, group=GROUP_G, member_id=mid, member_name=son,
              cases=[c[4]], claim_amount=m2(refused), service_dates=[iso(dt.date(2026, 2, 21))], denial_date=iso(sd),
              provider=UC, appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT, "provider": [f"{doc_d}, PA-C", doc_d]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_referral(rng):
    stu, derm, pt, coord = people(rng, 4, sexes="FMFM")
    mid = member_id(rng)
    sid = student_id(rng)
    nd = dt.date(2026, 4, 20)
    by = plus(nd, 180)
    visit = dt.date(2026, 3, 27)
    got = dt.date(2026, 4, 6)
    cn = claim_no(rng)
    ref_old = f"SHC-R-26-{digits(rng, 4)}"
    pt_date = dt.date(2026, 2, 2)
    DERM = "Fallowmere Dermatology"
    lines = [("New patient visit (99203)", 245.00), ("Shave removal, skin lesion (11302)", 180.00)]
    billed = round(sum(x for _, x in lines), 2)
    p = ENSheet(footer="Page {n} of {nb}", foot_ids=f"Claim {cn}  \u00b7  Member ID {mid}  \u00b7  Mailed {slash(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    quadwell(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    home = campus_address(rng)
    p.addr_pairs_right([stu, *home],
                       [("Member", stu), ("Member ID", mid), ("Student ID", sid), ("Group", GROUP_U),
                        ("Claim", cn), ("Received", slash(got))], split=0.46, cap_w=28)
    p.subject(f"Your visit to {DERM} on {long(visit)}")
    p.para(f"Dear {stu.split()[0]} {stu.split()[-1]}:", 9.8)
    p.para(f"We can't pay for this visit. Your student plan asks students to go to the Student Health Center first. "
           f"When the center's staff decide you should see a doctor outside the center, they give you a referral, "
           f"and the plan then pays for the outside care. We looked for a referral for your visit to Dr. {derm} at "
           f"{DERM} and did not find one, and none of the exceptions listed on page 2 fits this visit.", 9.8)
    p.para(f"The only referral the Student Health Center has sent us for you this year is number {ref_old}, "
           f"written on {long(pt_date)} for physical therapy with {pt}. That referral can't be used for a skin "
           "visit.", 9.8)
    p.wrap_table(["Date of service", "Service", "Billed", "The plan pays", "Why"],
                 [[slash(visit), s, usd(b), "$0.00", "No Student Health Center referral"] for s, b in lines]
                 + [["", "Claim total", usd(billed), "$0.00", ""]],
                 [W * 0.16, W * 0.36, W * 0.14, W * 0.14, W * 0.2], size=8.6,
                 aligns=["L", "L", "R", "R", "L"], bold_last=True)
    p.para(f"What you can do now: ask the Student Health Center whether it would have sent you to Dr. {derm} for "
           f"this problem. If it writes a referral that covers {slash(visit)}, send it to us and we will look at the "
           f"claim again. {DERM} may bill you for the visit while this is open; you can ask them to wait.", 9.6)
    p.para("If you have questions, call member services at the number at the top of this letter. Please have your "
           "member ID ready.", 9.6)
    p.add_page()
    p.heading("When you don't need a referral", 10.6)
    p.bullets(["a medical emergency (go back to the Student Health Center for follow-up care);",
               "the Student Health Center is closed;",
               "you are more than 50 miles from campus, or it is an official university break;",
               "maternity care, and mental health or substance use care;",
               "care for a covered spouse or child (dependants may not use the Student Health Center)."], 9.2)
    p.heading("If you disagree", 10.6)
    p.para("You, or someone you name in writing, may ask for an appeal. Your request must reach us within 180 days "
           f"of the date of this letter, that is, by **{long(by)}**. Tell us why you think the plan should pay and "
           "send anything that helps, such as a referral or a note from the Student Health Center. Write to Quadwell "
           f"Appeals, PO Box 6{digits(rng, 4)}, Harrisburg, PA 17105.", 9.4)
    p.para("If your health would be put at serious risk by waiting, ask for a fast (expedited) appeal by phone; we "
           "decide those within 72 hours. After our appeal decision you may also ask for an external review by an "
           "independent reviewer within four months.", 9.4)
    p.para(f"You may see, free of charge, the plan rules and records we used. {coord}, Member Advocate, can help you "
           "with any of this.", 9.4)
    p.signoff(["Sincerely,", "", "Claims Review Unit", TPA], 9.4)
    p.nondiscrim(TPA, tollfree(rng), 7)
    t1 = truth("denial_letter", "prior_authorization", insurer=TPA, group=GROUP_U, member_id=mid, member_name=stu,
               cases=[cn], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(nd),
               provider=f"Dr. {derm}", appeal_deadline=iso(by),
               alternates={"insurer": TPA_ALT, "provider": [derm, DERM]}, denial_alternates=["other"])
    # the Student Insurance Office's waiver approval (denies nothing)
    wd = dt.date(2026, 7, 13)
    wv = f"WV-26F-{digits(rng, 5)}"
    other_id = "BRX" + digits(rng, 9)
    q = ENSheet(footer=None)
    q.set_margins(22, 18, 22)
    q.add_page()
    W = q.w - q.l_margin - q.r_margin
    q.set_font("Serif", "B", 16)
    q.cell(0, 7, UNI.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    q.set_font("Serif", "", 10)
    q.cell(0, 5, "Student Insurance Office  \u00b7  Division of Student Affairs", align="C", new_x="LMARGIN",
           new_y="NEXT")
    q.f(7.6)
    q.cell(0, 4, f"Welles Hall, Room 114  \u00b7  Orrinbrook, PA 16938  \u00b7  {phone(rng)}  \u00b7  "
                 "studentinsurance@orrinbrook.example", align="C", new_x="LMARGIN", new_y="NEXT")
    q.line_seg(q.l_margin, q.get_y() + 2, q.w - q.r_margin, q.get_y() + 2)
    q.ln(8)
    q.f(10)
    q.cell(0, 5, wday_long(wd), new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    for ln in [stu, *home]:
        q.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    q.f(11, "B")
    q.cell(0, 6, "Your waiver for the Fall 2026 term is approved", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.para(f"Dear {stu.split()[0]}:", 10)
    q.para("Thank you for sending proof of other health coverage. We compared it with the university's standards "
           "for a waiver and it meets them. You will not be enrolled in the Student Health Insurance Plan for the Fall "
           "2026 term, and the plan's premium of $1,486.00 for that term will not be charged to your student account.",
           10)
    q.para(f"Your coverage under the student plan continues through 11:59 p.m. on {long(dt.date(2026, 8, 14))}. "
           "Claims for care before then are still handled by the plan's claims administrator.", 10)
    yq = q.right_caps([(wv, "waiver confirmation"), (sid, "student ID"),
                       (mid, "student plan member ID (ends 8/14/2026)"), ("Brightmoor Health Plans", "other coverage"),
                       (other_id, "member ID on the other plan"), (short_md(dt.date(2026, 7, 1)), "other coverage began")],
                      q.l_margin, q.get_y(), W, size=9.4)
    q.set_xy(q.l_margin, yq + 5)
    q.para("Please keep this letter. If your other coverage ends during the term, you must tell us within 30 days; "
           "you may then enroll in the student plan for the rest of the term. You will need to waive again for the "
           "Spring/Summer 2027 term.", 10)
    q.para("The Student Health Center remains open to you whatever insurance you have. Visits there have no "
           "charge; lab work, medicines and some procedures are billed to your insurance.", 10)
    q.signoff(["Student Insurance Office", UNI], 10)
    t2 = truth("other", None, insurer=OFFICE, member_id=mid, member_name=stu, cases=[wv], denial_date=iso(wd),
               alternates={"insurer": [UNI, "Orrinbrook Student Insurance Office"],
                           "member_id": [other_id, None], "case_numbers": [[]]})
    return [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def faxstd_ketamine(rng):
    stu, psy, rev, shc_dr = people(rng, 4, sexes="MFMF")
    mid = member_id(rng)
    nd = dt.date(2026, 5, 1)
    by = plus(nd, 180)
    got = dt.date(2026, 4, 24)
    start = dt.date(2026, 5, 11)
    req = f"UM-26-{digits(rng, 6)}"
    CLIN = "Larchmere Behavioral Health"
    p = ENSheet(footer="Page {n} of {nb}", fax_hdr=f"{slash(nd)} 15:42  FROM: PENNYGATE MUTUAL UM  "
                                                   f"{phone(rng, '860')}   TO: {CLIN.upper()}   P.{{n}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    pennygate(p, rng, box="PRE-SERVICE REVIEW RESULT")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, f"Date of this letter: {long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    for ln in [stu, *campus_address(rng)]:
        p.f(9.8)
        p.cell(W * 0.5, 4.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.ln(1)
    p.cell(W * 0.5, 4, f"Copy: Dr. {psy}, {CLIN}", new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.glance([("Request number", req), ("Member", stu), ("Member ID / Group", f"{mid} / {GROUP_G}"),
                   ("Asked for by", f"Dr. {psy}, psychiatrist"), ("Service", "Ketamine infusions by vein, 6 sessions"),
                   ("First session planned", long(start)), ("Request received", slash(got))],
                  p.l_margin + W * 0.56, y0, W * 0.44, title="About this request", size=8.2)
    p.set_xy(p.l_margin, max(ya, yb) + 3)
    p.para(f"Dear {stu.split()[0]} {stu.split()[-1]}:", 9.8)
    p.para(f"Dr. {psy} asked us to approve six ketamine infusions by vein for depression, the first planned for "
           f"{long(start)}. The student plan will not pay for these infusions. They are a treatment that is still "
           "being studied for depression, and your plan does not pay for treatments that are still being studied.",
           9.8)
    p.heading("Why we decided this", 10.2)
    p.flow_cols([
        "Your plan's certificate (the section called Exclusions) says the plan does not pay for services that are "
        "experimental or investigational: drugs, devices or treatments whose use for a condition has not been shown "
        "by good studies to work, or that are still being tried out in research.",
        "Ketamine is approved by the Food and Drug Administration for anesthesia. Giving it by vein to treat "
        "depression is not an approved use, and the studies so far are small and short. Our medical policy "
        "BH-114 lists it among the treatments that are still being studied.",
        f"A psychiatrist who reviews requests for us, Dr. {rev}, read the request, the notes from {CLIN} and the "
        f"referral from Dr. {shc_dr} at the Student Health Center. He agreed that your depression is serious and has "
        "not improved with two medicines.",
        "There are other treatments the plan does pay for. Esketamine nasal spray, which is approved for depression "
        "that has not improved with other medicines, is covered after prior approval, and so is transcranial magnetic "
        "stimulation. Dr. " + psy.split()[-1] + " can ask us for either one.",
    ], n=2, size=8.8)
    p.para("This letter is about what the plan will pay for. It is not advice about your care. You and your doctor "
           "decide on your treatment.", 9.2)
    p.heading("If you disagree", 10.2)
    p.para(f"You, Dr. {psy.split()[-1]} or someone you name may ask for an appeal within 180 days of the date of "
           "this letter. Send it to Pennygate Mutual, Appeals, at the address above, or fax it. If waiting could "
           "seriously harm your health, ask for a fast appeal by phone; we answer those within 72 hours. After an "
           "appeal you may ask for an external review within four months.", 9.2)
    p.para(f"You may ask us for a free copy of policy BH-114 and of the records we used. If you are in crisis, call "
           f"or text 988 at any time, or call the Student Health Center's counseling line at {phone(rng)}.", 9.2)
    p.signoff(["Utilization Management", INS], 9.4)
    t = truth("denial_letter", "experimental", insurer=INS, group=GROUP_G, member_id=mid, member_name=stu,
              cases=[req], service_dates=[iso(start)], denial_date=iso(nd), provider=f"Dr. {psy}",
              appeal_deadline=iso(by),
              alternates={"insurer": INS_ALT, "provider": [psy, CLIN]},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_network(rng):
    stu = people(rng, 1, es=True, sexes="F")[0]
    pt_name, shc_dr = people(rng, 2, sexes="MF")
    mid = member_id(rng)
    sid = student_id(rng)
    nd = dt.date(2026, 6, 8)
    by = plus(nd, 180)
    visits = [dt.date(2026, 5, 4), dt.date(2026, 5, 7), dt.date(2026, 5, 11), dt.date(2026, 5, 14)]
    per = 160.00
    billed = round(per * len(visits), 2)
    cn = claim_no(rng)
    CLIN = "Kinetic Ridge Physical Therapy"
    p = ENSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.admin_head("Quadwell", "Claims Administrators, LLC  \u00b7  administrador de reclamaciones",
                 f"para el Plan de Seguro Médico Estudiantil de Orrinbrook University ({PLAN})  \u00b7  asegurado "
                 f"por {INS}",
                 [f"Apartado postal 6{digits(rng, 4)}", "Harrisburg, PA 17105", f"Servicios {tollfree(rng)}",
                  "Se habla español"])
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, f"Fecha: {es_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in [stu, *campus_address(rng)]:
        p.cell(W * 0.45, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.right_caps([(mid, "número de miembro"), (GROUP_G, "grupo"), (sid, "matrícula estudiantil"),
                       (cn, "reclamación")], p.l_margin + W * 0.48, y0, W * 0.52, size=9.2)
    p.set_xy(p.l_margin, max(ya, yb) + 4)
    p.f(11, "B")
    p.cell(0, 6, "Sus visitas de fisioterapia en mayo", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada {stu.split()[0]}:", 10)
    p.para(f"No podemos pagar estas cuatro visitas a {CLIN}. Esa clínica no forma parte de la red de proveedores "
           "de su plan estudiantil. Su plan paga la atención fuera de la red solo en una emergencia, o cuando no hay "
           "un proveedor de la red a menos de 50 millas del campus. Hay seis clínicas de fisioterapia de la red en "
           "Orrinbrook y sus alrededores.", 10)
    p.wrap_table(["Fecha de servicio", "Servicio", "Cobrado", "Pagamos"],
                 [[slash(v), "Fisioterapia, ejercicios terapéuticos (97110)", usd(per), "$0.00"] for v in visits]
                 + [["", "Total de la reclamación", usd(billed), "$0.00"]],
                 [W * 0.2, W * 0.5, W * 0.15, W * 0.15], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"La Dra. {shc_dr} del Centro de Salud Estudiantil le dio una remisión para fisioterapia, y eso está bien; "
           "pero la remisión no cambia la regla de la red. Si usted no sabía que la clínica estaba fuera de la red, "
           f"o si {CLIN} le dijo que sí lo estaba, cuéntenoslo en su apelación.", 10)
    p.para(f"Las visitas con el fisioterapeuta {pt_name} le costaron un total de {n2(billed)} dólares. La clínica "
           "puede cobrarle esa cantidad.", 10)
    p.f(10.4, "B")
    p.cell(0, 6, "Si no está de acuerdo", new_x="LMARGIN", new_y="NEXT")
    p.para("Usted puede pedir una apelación dentro de 180 días a partir de la fecha de esta carta. Escríbanos a "
           "Quadwell Appeals a la dirección de arriba y explique por qué cree que el plan debe pagar. Si su salud "
           "corre grave peligro, pida una apelación rápida por teléfono (la decidimos en 72 horas). Después de la "
           "apelación puede pedir una revisión externa dentro de cuatro meses.", 9.6)
    p.para("Para encontrar un fisioterapeuta de la red, llame a Servicios para Miembros. Le ayudamos en español sin "
           "costo.", 9.6)
    p.signoff(["Atentamente,", "", "Unidad de Revisión de Reclamaciones", TPA], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=TPA, group=GROUP_G, member_id=mid, member_name=stu,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(v) for v in visits], denial_date=iso(nd),
              provider=CLIN, appeal_deadline=iso(by), lang="es",
              alternates={"insurer": TPA_ALT, "provider": [pt_name]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_appeal(rng):
    stu, psych, rev, shc_dr, chair = people(rng, 5, sexes="FMFMF")
    mid = member_id(rng)
    nd = dt.date(2026, 6, 22)
    d1, d2 = dt.date(2026, 3, 9), dt.date(2026, 3, 16)
    got = dt.date(2026, 5, 18)
    first = dt.date(2026, 4, 7)
    ap = f"AP-26-{digits(rng, 5)}"
    cn = claim_no(rng)
    NP = "Wendover Neuropsychology Group"
    lines = [(d1, "Neuropsych. testing evaluation, first hour (96132)", 420.00),
             (d1, "Neuropsych. testing evaluation, each added hour (96133) x3", 1020.00),
             (d2, "Test administration by psychologist, first 30 min (96136)", 180.00),
             (d2, "Test administration, each added 30 min (96137) x7", 1250.00)]
    billed = round(sum(x for *_, x in lines), 2)
    p = ENSheet(footer="Page {n} of {nb}", run_hdr=f"Appeal {ap}  \u00b7  {stu}  \u00b7  Member ID {mid}")
    p.set_margins(18, 15, 18)
    p.add_page()
    pennygate(p, rng, box="APPEAL DECISION", under="insurer of the " + PLAN)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, f"June 22nd, 2026", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [stu, *campus_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.boxes_under([[(stu, "Member", 0.34), (mid, "Member ID", 0.33), (GROUP_G, "Group", 0.33)],
                   [(ap, "Appeal number", 0.34), (cn, "Claim number", 0.33), (slash(got), "Appeal received", 0.33)],
                   [(NP, "Provider", 0.5), (f"{slash(d1)} and {slash(d2)}", "Dates of service", 0.5)]], size=9.2)
    p.decision_strip("We are keeping our earlier decision", f"Decided {slash(nd)}")
    p.para(f"Dear {stu.split()[0]} {stu.split()[-1]}:", 9.8)
    p.para(f"You asked us to look again at our decision of {long(first)} not to pay for neuropsychological testing "
           f"that {NP} gave you on {long(d1)} and {long(d2)}. We have looked at it again, and the plan still will not "
           f"pay for it. The claim was for {usd(billed)}.", 9.8)
    p.wrap_table(["Date", "Service", "Billed", "Plan pays"],
                 [[slash(d), s, n2(b), "0.00"] for d, s, b in lines] + [["", "Total", n2(billed), "0.00"]],
                 [W * 0.14, W * 0.58, W * 0.14, W * 0.14], size=8.4, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("This decision was made by a reviewer who took no part in the first decision and who is not the "
           "assistant of anyone who did.", 9.0)
    p.add_page()
    p.heading("Why we are keeping the decision", 10.6)
    p.flow_cols([
        "The plan pays for neuropsychological testing when it is needed to make a diagnosis or plan treatment that "
        "cannot be made from a clinical interview, rating scales and the person's history. It does not pay for "
        "testing that is done mainly for school, such as to support a request for more time on exams.",
        f"Your records show that Dr. {shc_dr} at the Student Health Center had already diagnosed attention-deficit/"
        "hyperactivity disorder in January after an interview and standard rating scales, and had started you on a "
        "medicine that was helping. The testing report says the testing was asked for so that the university's "
        "disability office could set accommodations.",
        f"Our reviewer, Dr. {rev}, a psychiatrist who treats adults with attention problems, found that the testing "
        "did not change your diagnosis or your treatment. Under the plan's rules it was not medically necessary, so "
        "the plan can't pay for it.",
        f"What we read: your appeal letter of {long(dt.date(2026, 5, 12))}; the testing report from {NP}; the Student "
        "Health Center's notes from January to March; the claim; and the plan's medical policy MP-PSY-07, "
        "Neuropsychological Testing.",
    ], n=2, size=8.8)
    p.heading("What happens next", 10.6)
    p.para(f"This was the last appeal inside the plan. If you still disagree, you may ask for an external review by "
           "an independent review organization. You must ask within four months of the date you receive this letter. "
           "The reviewer's decision binds the plan. Write to the Pennsylvania Insurance Department, Bureau of "
           "Consumer Services, or call it at 1-877-555-" + digits(rng, 4) + ".", 9.4)
    p.para(f"{NP} may bill you for the testing. Some disability offices accept other papers in place of testing; "
           "you may want to ask the university's office.", 9.4)
    p.para("You may ask for free copies of every document we used, and of policy MP-PSY-07.", 9.4)
    p.two_sigs([chair, "Chair, Appeals Committee"], [f"Dr. {rev}", "Physician reviewer, psychiatry"])
    p.add_page()
    p.nondiscrim(INS, tollfree(rng, "844"), 7.4)
    p.tagline_block(tollfree(rng, "844"))
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP_G, member_id=mid, member_name=stu,
              cases=[ap, cn], claim_amount=m2(billed), service_dates=[iso(d1), iso(d2)], denial_date=iso(nd),
              provider=NP, appeal_deadline=None,
              alternates={"insurer": INS_ALT, "case_numbers": [[ap], [cn]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    stu = people(rng, 1, sexes="M")[0]
    wife = kin(rng, stu, "F")
    drd, examiner = people(rng, 2, sexes="FM", avoid=(stu, wife))
    mid = member_id(rng)
    nd = dt.date(2026, 8, 10)
    by = plus(nd, 60)
    drawn = dt.date(2026, 1, 12)
    got = dt.date(2026, 8, 3)
    cn = claim_no(rng)
    acct = f"PA-{digits(rng, 7)}"
    clia = f"39D{digits(rng, 7)}"
    npi = digits(rng, 10)
    LAB = "Keystone Ridge Clinical Laboratory"
    lines = [("Complete blood count (85025)", 38.00), ("Comprehensive metabolic panel (80053)", 62.00),
             ("Thyroid stimulating hormone (84443)", 74.00)]
    billed = round(sum(x for _, x in lines), 2)
    p = ENSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    quadwell(p, rng, box="PROVIDER CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [LAB, "Attn: Billing", f"1{digits(rng, 3)} Turnpike Plaza, Suite 8", "Mechanicsburg, PA 17050"]:
        p.f(9.6)
        p.cell(W * 0.5, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.dotted([("Notice date", cap_day(nd)), ("Provider NPI", npi), ("CLIA no.", clia), ("Patient account", acct)],
             x=p.l_margin + W * 0.52, w=W * 0.48, size=8.6)
    p.set_xy(p.l_margin, max(ya, p.get_y()) + 4)
    p.boxes_under([[(stu, "Insured student", 0.3), (mid, "Member ID", 0.22), (GROUP_G, "Group", 0.14),
                    (wife, "Patient (spouse)", 0.34)],
                   [(cn, "Claim number", 0.3), (slash(drawn), "Date of service", 0.18),
                    (slash(got), "Date we received the claim", 0.2), (f"Dr. {drd}", "Ordering physician", 0.32)]],
                  size=9.0)
    p.ln(3)
    p.f(11, "B")
    p.cell(0, 6, "This claim reached us too late for the plan to pay it.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"The blood tests were drawn on {long(drawn)}. We received the claim on {long(got)}, which is 203 days "
           "later. The plan asks providers to send claims within 90 days of the date of service. When that is not "
           "reasonably possible, the plan still accepts a claim up to one year after the service, but only with a "
           "reason, such as the patient not giving the insurance details in time. The claim came with no reason and "
           "we have none on file.", 9.6)
    p.table(["Service", "Billed", "Allowed", "Paid", "Remark"],
            [[s, n2(b), "0.00", "0.00", "TF90"] for s, b in lines] + [["Total", n2(billed), "0.00", "0.00", ""]],
            [W * 0.46, W * 0.13, W * 0.13, W * 0.13, W * 0.15], size=8.6, aligns=["L", "R", "R", "R", "C"],
            bold_last=True)
    p.para("TF90: received more than 90 days after the date of service with no reason given.", 8.4)
    p.para(f"As a network laboratory you agreed not to bill the member or the patient for claims the plan does not "
           f"pay because they were sent late. Please do not bill {wife.split()[0]} {wife.split()[-1]} for these "
           "tests.", 9.6)
    p.heading("Asking us to look again", 10.2)
    p.para("If the claim was sent on time, or there was a reason it could not be, send us proof (for example a "
           "clearinghouse acceptance report, or the date the patient gave you her insurance) within 60 days of the "
           "date of this notice. Use the provider reconsideration form and write the claim number on every page. "
           f"Fax {phone(rng, '717')} or mail Quadwell Provider Appeals, PO Box 6{digits(rng, 4)}, Harrisburg, PA "
           "17105.", 9.4)
    p.para(f"Questions: provider services {tollfree(rng)}, weekdays 8 a.m. to 6 p.m. Claims examiner: {examiner}.",
           9.0)
    p.f(7.2)
    p.cell(0, 4, f"{TPA}, claims administrator for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "timely_filing", insurer=TPA, group=GROUP_G, member_id=mid, member_name=wife,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(drawn)], denial_date=iso(nd), provider=LAB,
              appeal_deadline=iso(by), alternates={"insurer": TPA_ALT, "provider": [f"Dr. {drd}", drd]},
              type_alternates=["eob"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_accident(rng):
    stu, er_dr, adv = people(rng, 3, sexes="MFF")
    mid = member_id(rng)
    sid = student_id(rng)
    nd = dt.date(2026, 6, 15)
    by = plus(nd, 180)
    crash = dt.date(2026, 4, 18)
    asked = dt.date(2026, 5, 4)
    again = dt.date(2026, 5, 26)
    cn = claim_no(rng)
    HOSP = "Orrinbrook Valley Hospital"
    billed = 2914.60
    report = f"OPD-26-{digits(rng, 5)}"
    p = ENSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    quadwell(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, f"Date: {day_month(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [stu, *campus_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(11.5, "B")
    p.cell(0, 6, "We still need your accident questionnaire", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    side = W * 0.34
    yb = p.glance([("Patient", stu), ("Member ID", mid), ("Student ID", sid), ("Group", GROUP_U),
                   ("Claim number", cn), ("Hospital", HOSP), ("Emergency visit", long(crash)),
                   ("Amount billed", f"${billed:,.2f}"), ("Questionnaire mailed", f"{slash(asked)} and {slash(again)}")],
                  p.l_margin + W - side, y0, side, title="Claim at a glance", size=8.0)
    p.set_xy(p.l_margin, y0)
    tw = W - side - 6
    for para in [
        f"Dear {stu.split()[0]} {stu.split()[-1]}:",
        f"{HOSP} sent us a bill for your emergency room visit on {long(crash)}. The bill says you were hurt in a "
        "bicycle crash. When an injury may be someone else's fault, or a car insurance policy may pay, the plan "
        "needs to know before it pays. That is why we mailed you a short accident questionnaire on "
        f"{long(asked)} and again on {long(again)}.",
        "We haven't heard back from you. We can't pay this claim without your answers, so we have closed it with "
        "no payment. This is not a decision that the care was not needed or not covered.",
        "If you send the questionnaire, we will open the claim again and decide it. You can fill it in on the "
        "member website, ask for a new copy by phone, or answer the questions in a letter: the date and place of "
        "the crash, whether a car or another person was involved, and the name of any car insurance company and "
        f"claim number. The police report number we have from the hospital is {report}; it is not needed if there "
        "was no report.",
    ]:
        p.set_x(p.l_margin)
        p.f(9.6)
        p.multi_cell(tw, 4.6, para, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_xy(p.l_margin, max(p.get_y(), yb) + 3)
    p.heading("If you disagree", 10.2)
    p.para("If you think we should not have closed the claim, you may ask for an appeal within 180 days of the date "
           f"of this letter. Write to Quadwell Appeals, PO Box 6{digits(rng, 4)}, Harrisburg, PA 17105. Sending the "
           "questionnaire is quicker: you do not need an appeal to do that.", 9.4)
    p.para(f"{HOSP} may send you a bill while the claim is closed. Dr. {er_dr}, who treated you, bills separately; "
           "her claim will also wait for the questionnaire.", 9.4)
    p.para(f"Need help? {adv} in the Student Insurance Office can go through the form with you: {phone(rng)}.", 9.4)
    p.signoff(["Coordination of Benefits Team", TPA], 9.4)
    t = truth("denial_letter", "other", insurer=TPA, group=GROUP_U, member_id=mid, member_name=stu, cases=[cn],
              claim_amount=m2(billed), service_dates=[iso(crash)], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(by), alternates={"insurer": TPA_ALT, "provider": [f"Dr. {er_dr}", er_dr]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    reset_names()
    F = FAMILY + "_"
    items = [Item(F + "born_digital_family_eob_child_not_added_for_spring_term_rows_run_on_without_heads",
                  "born_digital", [born_family_eob(rng)])]
    docs = stack_referral(rng)
    items.append(Item(F + "faxstd_stack_cover_referral_letter_page_two_sideways_then_waiver_approved",
                      "fax_standard_g4", docs, separators=["cover", None], turns={(0, 1): 90}))
    items += [Item(F + "faxstd_ketamine_infusions_still_being_studied_ring_logo", "fax_standard_g4",
                   [faxstd_ketamine(rng)]),
              Item(F + "phone_es_fisioterapia_fuera_de_la_red", "phone_photo", [phone_es_network(rng)]),
              Item(F + "scanclean_appeal_kept_neuropsych_testing_three_pages", "scan_clean_300",
                   [scanclean_appeal(rng)]),
              Item(F + "photocopy_provider_notice_lab_claim_reached_us_too_late_spouse", "photocopy",
                   [photocopy_late(rng)]),
              Item(F + "rotated_accident_form_never_returned_claim_closed", "rotated", [rotated_accident(rng)])]
    return items
