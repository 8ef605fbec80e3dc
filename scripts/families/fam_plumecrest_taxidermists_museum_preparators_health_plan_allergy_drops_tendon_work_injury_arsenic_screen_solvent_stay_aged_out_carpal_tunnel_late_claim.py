"""An invented health plan for taxidermists, museum preparators and natural-history collection staff: the Plumecrest
Health Plan, a multiemployer plan whose contributing groups are the Guild of Wildlife Taxidermists (self-employed
members, group PL-1040), the Harlingford Museum of Natural History (preparators and exhibit staff, PL-2210) and the
Ravenscarth University Zoology Collections (collection managers, PL-2375). Its invented rules: screening for arsenic,
mercury and solvent exposure (old specimens were preserved with arsenical soap and mercuric chloride; skulls are
degreased with solvents) is paid in full only through the plan's Collection Hazards Program, which must approve and
order the test first; injuries at work for an employer that carries workers' compensation go to that carrier first
(self-employed Guild members have none, so the plan pays theirs); hospital stays and planned surgery are reviewed;
children are covered to the end of the month they turn 26; claims must be filed within 120 days of the service;
allergy shots and FDA-approved allergy tablets are covered, allergy drops mixed by an office are not (still under
study). Claims and reviews are handled by an invented administrator, Ottersby Claims Administration, LLC, on its own
letterhead for some papers. Every person, provider, employer, number, rule and time limit is invented (phones 555);
CPT/HCPCS codes appear as themselves.

Member numbers are "PHX" + seven digits, with "-01" for the member, "-02" a spouse and "-03" and up for children
printed joined where a paper names a dependent; claim numbers "PC" + ten digits; reviews "PR-26-" + five digits
(pre-service) and "CR-26-" + five digits (hospital stays); plan code PHP-26.

Documents (8 in 7 files):
- born_digital: a two-page narrative explanation of benefits (no table): subscriber and patient boxes side by side,
  each claim a numbered paragraph heading; the spouse's office-mixed allergy drops "not paid" under note K7, told only
  on page 2.
- fax_standard_g4: the administrator's provider claim notice in numbered claim-form boxes ("1a. Insured's ID") to a
  hand surgery practice: a tendon cut at the museum's preparation lab goes to workers' compensation first.
- fax_standard_g4 stack: the member's letter-style fax cover, the plan's letter refusing an outside lab's arsenic and
  mercury urine test not ordered through the Collection Hazards Program (IDs as 'value | caption'; page 2 sideways),
  and the plan's quarterly coverage statement (denies nothing).
- fax_fine_g4: the administrator's hospital stay decision (solvent fumes) paid as observation, values in boxes
  captioned on tabs above them.
- rotated: the plan's letter that a daughter's visit came after her coverage ended at 26 (policyholder and patient
  boxes side by side, each with a number and a birth date).
- scan_clean_300: Spanish pre-service letter that the plan cannot approve a carpal tunnel release yet (Spanish labels
  only, no word for "denied").
- scan_lowres_150: the plan's letter that a dermatology claim came in after the 120-day filing limit (three newspaper
  columns, a running footer with the IDs, dates written several ways).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famla import letter_cover
from kit_roundeo_famoa import (OASheet, apos, day_long, digits, dmy0, dmy_abbr, es_date, es_wday, iso, long, mdy_th,
                               n2, ord_of, plus, short, slash, upper, usd, wday_long, ymd_dots, ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("plumecrest_taxidermists_museum_preparators_health_plan_allergy_drops_tendon_work_injury_arsenic_screen_"
          "solvent_stay_aged_out_carpal_tunnel_late_claim")
LANG = "en"
SEED = 355140
PLAN = "Plumecrest Health Plan"
PLAN_ALT = [PLAN, "Plumecrest", "Ottersby Claims Administration", "Ottersby Claims Administration, LLC"]
TPA = "Ottersby Claims Administration"
TPA_ALT = [TPA, "Ottersby Claims Administration, LLC", "Ottersby", PLAN]
PLAN_BOX = "P.O. Box 4418, Harlingford, OR 97390-4418"
TPA_BOX = "P.O. Box 6127, Harlingford, OR 97390-6127"
PLAN_RIGHT = ["Member Services 1-866-555-0142", "TTY 711  \u00b7  Fax 1-866-555-0149", PLAN_BOX]
TPA_RIGHT = ["Provider Services 1-866-555-0177", "Utilization Review 1-866-555-0178", "Fax 1-866-555-0179", TPA_BOX]
PCODE = "PHP-26"


def mem_no(rng) -> str:
    return "PHX" + digits(rng, 7)


def claim_no(rng) -> str:
    return "PC" + digits(rng, 10)


def plan_head(p: OASheet, es: bool = False):
    small = (["Para taxidermistas, preparadores de museo y personal de colecciones de historia natural",
              "Reclamos administrados por Ottersby Claims Administration, LLC"] if es else
             ["For taxidermists, museum preparators and natural-history collection staff",
              "Claims administered by Ottersby Claims Administration, LLC"])
    right = (["Servicios para Miembros 1-866-555-0142", "TTY 711  \u00b7  Fax 1-866-555-0149", PLAN_BOX] if es
             else PLAN_RIGHT)
    p.mast(PLAN, small, right, mark="plume", size=17, d=16)


def tpa_head(p: OASheet):
    p.mast("Ottersby Claims Administration, LLC", ["Third-party administrator for the Plumecrest Health Plan"],
           TPA_RIGHT, mark="seal", initials="OC", size=15, d=15)


# ------------------------------------------------------------------------------------------------------------------
def bd_narrative_eob(rng):
    sub = "Ignatius B. Wendeborne"
    pat = "Clemency A. Wendeborne"
    base = mem_no(rng)
    grp = "PL-1040"
    sd = dt.date(2026, 3, 18)
    ALG = "Harrowdene Allergy & Asthma"
    ALGD = "Dr. Marguerite L. Fenby"
    PCP = "Dr. Anselm K. Riordan"
    LAB = "Tessellate Clinical Labs"
    nos = [claim_no(rng) for _ in range(4)]
    d1, d2, d3, d4 = dt.date(2026, 2, 3), dt.date(2026, 2, 10), dt.date(2026, 2, 24), dt.date(2026, 3, 2)
    den_amt = 640.00
    p = OASheet(footer="Page {n} of {nb}",
                run_hdr=f"Explanation of benefits for {pat}  \u00b7  {slash(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 13, 17)
    p.add_page()
    plan_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(13.5, "B")
    p.cell(W * 0.66, 7, "Your Explanation of Benefits, in plain words")
    p.f(8.6, "B")
    p.cell(W * 0.34, 7, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in [sub.upper().replace(".", ""), "4471 OLD TANNERY ROAD", "MOSSGRAVE OR 97394"]:
        p.line(ln, 9.6)
    yl = p.get_y()
    yr = p.cap_after([(long(sd), "statement date"), ("ST" + digits(rng, 8), "statement no."),
                      (PCODE, "plan code"), (grp, "group (Guild of Wildlife Taxidermists)")],
                     x=p.l_margin + W * 0.50, y=y0, w=W * 0.50, size=9.2)
    p.set_xy(p.l_margin, max(yl, yr) + 2)
    p.two_party(("Subscriber", sub, [("Member no.", base + "-01"), ("Date of birth", "06/14/1971"),
                                     ("Works as", "Taxidermist, self-employed")]),
                ("Patient (this statement)", pat, [("Member no.", base + "-02"), ("Date of birth", "11/02/1974"),
                                                   ("Relationship", "Spouse")]), size=9.0, shade_right=True)
    p.para(f"This statement tells you, in plain words, what happened to four claims for {pat}'s care that we "
           "finished processing. There is no table; each claim has its own paragraph. Notes with a letter and a "
           "number, such as K3, are explained on page 2.", 9.0)
    p.numbered_claims([
        (f"Visit with {PCP} on {long(d1)} - claim {nos[0]} - paid",
         [f"Dr. Riordan's office billed $148.00 for an office visit (99213). The plan allowed $101.40, paid $81.40,",
          "and you owe the $20.00 office copay (note K1)."]),
        (f"Allergy skin tests at {ALG} on {long(d2)} - claim {nos[1]} - paid",
         ["The clinic billed $520.00 for skin prick tests to 40 allergens, including feathers, dust mites, moth "
          "and beetle dust (95004 x 40). The plan allowed $312.00 and paid it in full because your deductible is "
          "met (note K3). You owe nothing."]),
        (f"Allergy drops from {ALG} on {long(d3)} - claim {nos[2]} - not paid",
         [f"The clinic billed $640.00 for a three-month supply of allergy drops placed under the tongue, mixed in "
          f"the clinic for dust mite and feather allergy and ordered by {ALGD} (95199). The plan paid $0.00. You may "
          "owe the clinic $640.00. See note K7."]),
        (f"Blood tests from {LAB} on {long(d4)} - claim {nos[3]} - paid",
         ["The lab billed $186.00 for six allergy blood tests (86003 x 6). The plan allowed $96.60 and paid it in "
          "full (note K3). You owe nothing."]),
    ], size=9.6)
    p.legend_cols("What the notes mean", [
        ("K1", "Office visits have a $20.00 copay. The plan pays the rest of the allowed amount."),
        ("K3", "Your deductible for 2026 is met. The plan pays the allowed amount in full."),
        ("K5", "The Collection Hazards Program pays arsenic, mercury and solvent screening in full when it orders "
               "the test."),
        ("K7", "Allergy drops placed under the tongue that an office mixes itself are still being studied for this "
               "use, so the plan does not cover them. The plan covers allergy shots and allergy tablets approved by "
               "the FDA."),
        ("K8", "A provider outside the network: the plan pays 60% of the allowed amount."),
        ("K9", "This looks like an injury at work. Send it to the employer's workers' compensation carrier.")],
        cols=2, size=7.6, note="Some notes are listed so you can read other statements; they do not appear above.")
    p.heading("If you disagree", 10.5, gap=0.8)
    p.para("You or someone you choose may appeal within 180 days of the date of this statement. Write to the "
           f"Plumecrest Health Plan, Appeals, {PLAN_BOX}, or call Member Services at 1-866-555-0142. If waiting "
           "could seriously harm your health, ask for a fast appeal; fast appeals are decided within 72 hours.", 8.8)
    p.para("How amounts work, for example: if a provider bills $200.00 and the plan allows $120.00, a network "
           "provider cannot bill you for the other $80.00.", 8.2)
    t = truth("eob", "experimental", insurer=PLAN, plan_id=PCODE, group=grp, member_id=base + "-02",
              member_name=pat, cases=[nos[2]], claim_amount=m2(den_amt), service_dates=[iso(d3)],
              denial_date=iso(sd), provider=ALG, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [base], "plan_id": [None],
                          "provider": [ALGD, "Marguerite L. Fenby"]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_tendon_claim_form(rng):
    mem = "Fennella R. Oakeshott"
    mid = mem_no(rng)
    grp = "PL-2210"
    PRAC = "Marlowe Hand & Upper Limb Surgery"
    SURG = "Dr. Caspian W. Threlfall"
    inj = dt.date(2026, 3, 4)
    srv = dt.date(2026, 3, 5)
    rcv = dt.date(2026, 3, 16)
    nd = dt.date(2026, 3, 26)
    cl = claim_no(rng)
    wc = "TCC-WC-" + digits(rng, 6)
    lines = [("26356", "Repair flexor tendon, finger, zone 2", 3860.00), ("64831", "Repair digital nerve", 1420.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = OASheet(footer="Page {n} of {nb}", footer_left=f"OCA-PCN-7  \u00b7  claim {cl}",
                fax_hdr=f"03/26/2026 11:42  OTTERSBY CLAIMS  1-866-555-0179  ->  MARLOWE HAND SURG  p.{{n}}")
    p.set_margins(15, 13, 15)
    p.add_page()
    tpa_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(W * 0.62, 6.5, "PROVIDER CLAIM NOTICE")
    p.f(9)
    p.cell(W * 0.38, 6.5, f"Notice date {long(nd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.6, "Boxes are numbered as on the claim form you sent (CMS-1500).", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    for ln in [PRAC, "Attn: Billing Office", "880 Sawmill Creek Parkway, Suite 210", "Harlingford, OR 97391"]:
        p.line(ln, 9.6)
    p.ln(2.5)
    p.lettered([[("1a", "Insured's ID number", mid, 0.34), ("2", "Patient's name", mem, 0.36),
                 ("3", "Patient's birth date", "09/27/1986", 0.30)],
                [("4", "Insured's name", "Same as patient", 0.34), ("11", "Insured's group number", grp, 0.36),
                 ("11c", "Plan name or program", f"Plumecrest Health Plan  {PCODE}", 0.30)],
                [("10a", "Condition related to employment?", "YES", 0.34),
                 ("14", "Date of current injury", slash(inj), 0.36), ("26", "Patient's account no.",
                                                                       "MH-" + digits(rng, 6), 0.30)],
                [("31", "Rendering provider", SURG, 0.34), ("33", "Billing provider", PRAC, 0.36),
                 ("33a", "NPI", "1" + digits(rng, 9), 0.30)]], size=9.0)
    p.wrap_table(["24A. Date of service", "24D. Procedure", "Description", "24F. Charges", "Plan paid", "Code"],
                 [[slash(srv), c, d, usd(v), "0.00", "W2"] for c, d, v in lines]
                 + [["", "", "28. Total charge", usd(amt), "0.00", ""]],
                 [W * 0.15, W * 0.13, W * 0.34, W * 0.14, W * 0.12, W * 0.12], size=8.8,
                 aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
    p.lettered([[("", "Claim number", cl, 0.34), ("", "Claim received", dmy_abbr(rcv), 0.33),
                 ("", "Amount paid", "$0.00", 0.33)]], size=9.4, under=True)
    p.heading("Code W2", 10, gap=0.5)
    p.para("Box 10a of the claim says the injury happened at work. The patient's employer, the Harlingford Museum of "
           "Natural History, carries workers' compensation with Tallowmere Casualty Company. Under the plan's rules, "
           "care for an injury at work for an employer that carries workers' compensation is paid by that carrier "
           "first. Send this claim to Tallowmere Casualty Company (their claim no. " + wc + "). If the carrier "
           "refuses it in writing, send us the carrier's letter and we will look at the claim again.", 9.0)
    p.para(f"Our records show the injury as a scalpel cut to the right index finger on {long(inj)} in the museum's "
           "preparation lab.", 9.0)
    p.heading("Review rights", 10, gap=0.5)
    p.para("If you disagree, you may ask for a review. A request for review must reach us within 120 days of the "
           f"date of this notice. Send it to {TPA}, Provider Appeals, {TPA_BOX}, with the claim number. Corrected "
           "claims are not reviews; send them as new claims.", 9.0)
    p.para(f"A copy of this notice was sent to the patient. {TPA}, LLC administers claims for the Plumecrest Health "
           "Plan and does not insure its benefits.", 8.2)
    t = truth("denial_letter", "other", insurer=TPA, plan_id=PCODE, group=grp, member_id=mid, member_name=mem,
              cases=[cl], claim_amount=m2(amt), service_dates=[iso(srv)], denial_date=iso(nd), provider=PRAC,
              appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": TPA_ALT, "provider": [SURG, "Caspian W. Threlfall"], "plan_id": [None]},
              type_alternates=["eob"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Barnaby T. Spurway"
    mid = mem_no(rng)
    grp = "PL-2375"
    LAB = "Calder Reach Diagnostics"
    ORD = "Dr. Winifrith O. Maddox"
    srv = dt.date(2026, 3, 27)
    rcv = dt.date(2026, 4, 6)
    nd = dt.date(2026, 4, 16)
    cov_nd = dt.date(2026, 4, 2)
    sent = dt.date(2026, 4, 20)
    cl = claim_no(rng)
    lines = [("82175", "Arsenic, 24-hour urine", 186.00), ("83825", "Mercury, 24-hour urine", 148.00),
             ("81050", "Urine volume measurement", 78.00)]
    amt = round(sum(x[2] for x in lines), 2)
    cover = letter_cover(mem, ["Collection Manager, Ravenscarth University Zoology Collections",
                               "31 Larkspur Terrace, Ravenscarth, OR 97402"],
                         "Collection Hazards Program", "1-866-555-0149", mem, "(541) 555-0136", "(541) 555-0137",
                         slash(sent), 4, "Dear Program Nurse,",
                         ["I am faxing the plan's letter about my arsenic and mercury urine test, and my coverage "
                          "statement. The second page of the letter is turned sideways; I'm sorry about that.",
                          "We are re-housing the 1890s bird skin collection this spring, and my own doctor ordered "
                          "the test after I had headaches. I did not know the Program had to order it. Could the "
                          "Program approve it now, or tell me how to appeal? My member number is on the letter."],
                         ["Thank you,", mem], re="Re: arsenic screening test - please help")

    # the plan's letter (page 2 sideways in the stack)
    p = OASheet(footer="Page {n} of {nb}", run_hdr=f"{mem}  \u00b7  claim {cl}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 13, 17)
    p.add_page()
    plan_head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [wday_long(nd), "", mem, "31 Larkspur Terrace", "Ravenscarth, OR 97402"]:
        p.line(ln, 10.2)
    yl = p.get_y()
    yr = p.cap_after([(mid, "member no."), (grp, "group"), (cl, "claim no."), (slash(srv), "date of test"),
                      (usd(amt), "billed"), (ymd_dots(rcv), "claim received")],
                     x=p.l_margin + W * 0.52, y=y0, w=W * 0.48, size=9.2)
    p.set_xy(p.l_margin, max(yl, yr) + 3)
    p.f(12.5, "B")
    p.multi_cell(W, 6, "About your arsenic and mercury urine test", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{LAB} sent us a claim for a 24-hour urine test for arsenic and mercury done on {long(srv)}. "
           f"{ORD} ordered it. **The plan will not pay this claim.**", 9.8)
    p.para("Screening for arsenic, mercury and solvent exposure from museum specimens is a benefit of the plan's "
           "Collection Hazards Program. The Program pays these tests in full, but only when the Program approves "
           "the test before it is done and sends the order to its own laboratory. We have no approval from the "
           "Program for this test, and the Program did not order it.", 9.8)
    p.para("What was billed, and what you can do now, is on page 2.", 9.8)
    p.add_page()
    p.ln(1)
    p.wrap_table(["Date", "Code", "Test", "Billed", "Plan paid"],
                 [[slash(srv), c, d, n2(v), "0.00"] for c, d, v in lines] + [["", "", "Total", n2(amt), "0.00"]],
                 [W * 0.16, W * 0.12, W * 0.44, W * 0.14, W * 0.14], size=9.2,
                 aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.heading("What you can do", 10.5, gap=0.8)
    p.bullets(["Call the Collection Hazards Program at 1-866-555-0145. A program nurse will talk with you about your "
               "work with the bird skin collection and can order a new test at no cost to you if it is needed.",
               "If you believe the test should be paid, you may appeal. **Your appeal must reach us no later than "
               f"{long(plus(nd, 180))}.** Write to the Plumecrest Health Plan, Appeals, {PLAN_BOX}.",
               "If your doctor found a health problem from the test, the Program's occupational medicine doctor can "
               "see you. Ask the nurse."], 9.4)
    p.signoff(["Sincerely,", "Member Services", PLAN], 9.6)
    p.para(f"cc: {ORD}; {LAB}", 8.2)
    t1 = truth("denial_letter", "prior_authorization", insurer=PLAN, group=grp, member_id=mid, member_name=mem,
               cases=[cl], claim_amount=m2(amt), service_dates=[iso(srv)], denial_date=iso(nd), provider=LAB,
               appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": PLAN_ALT, "provider": [ORD, "Winifrith O. Maddox"]},
               denial_alternates=["not_covered"])
    letter = out(p)

    # the quarterly coverage statement (denies nothing)
    s = OASheet(footer="Page {n} of {nb}")
    s.set_margins(17, 13, 17)
    s.add_page()
    plan_head(s)
    W = s.w - s.l_margin - s.r_margin
    y0 = s.get_y()
    for ln in [long(cov_nd), "", mem, "31 Larkspur Terrace", "Ravenscarth, OR 97402"]:
        s.line(ln, 10.2)
    yl = s.get_y()
    yr = s.cap_after([(mid, "member no."), (grp, "group"), (PCODE, "plan code")],
                     x=s.l_margin + W * 0.52, y=y0, w=W * 0.48, size=9.2)
    s.set_xy(s.l_margin, max(yl, yr) + 3)
    s.f(12.5, "B")
    s.cell(0, 7, "Your coverage for April, May and June 2026", new_x="LMARGIN", new_y="NEXT")
    s.ln(1)
    s.para(f"Dear {mem}:", 10)
    s.para("Ravenscarth University paid its contributions for your work hours in the last quarter. You and your "
           "covered family members have coverage for the next quarter, as shown below.", 9.8)
    s.tiles([("Hours reported, Jan-Mar", "498"), ("Hours needed", "375"), ("Covered through", "06/30/2026")],
            size=12, h=14)
    s.wrap_table(["Person", "Member no.", "Covered"],
                 [[mem, mid + "-01", "04/01/2026 - 06/30/2026"],
                  ["Aurelie M. Spurway", mid + "-02", "04/01/2026 - 06/30/2026"]],
                 [W * 0.40, W * 0.28, W * 0.32], size=9.4)
    s.para("Reminder: the Collection Hazards Program offers a yearly arsenic and mercury check at no cost for staff "
           "who handle old specimens. Call 1-866-555-0145 before any test is done.", 9.4)
    s.para("This statement is for your records. You do not need to do anything.", 9.4)
    s.signoff(["Eligibility Department", PLAN], 9.6)
    t2 = truth("other", None, insurer=PLAN, plan_id=PCODE, group=grp, member_id=mid, member_name=mem,
               denial_date=iso(cov_nd), alternates={"insurer": PLAN_ALT, "plan_id": [None]})
    return cover, [(letter, t1), (out(s), t2)]


# ------------------------------------------------------------------------------------------------------------------
def faxfine_solvent_stay(rng):
    mem = "Perpetua N. Galloway"
    mid = mem_no(rng)
    grp = "PL-1040"
    HOSP = "Saint Ulfric's Hospital of Wrenthorpe"
    ATT = "Dr. Rhiannon E. Castellane"
    rv = "CR-26-" + digits(rng, 5)
    adm = dt.date(2026, 4, 11)
    dis = dt.date(2026, 4, 13)
    nd = dt.date(2026, 4, 14)
    p = OASheet(footer="Page {n} of {nb}", footer_left=f"OCA-UR-3  \u00b7  {rv}")
    p.set_margins(17, 13, 17)
    p.add_page()
    tpa_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(0, 6.5, "Hospital Stay Review: Decision", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, f"Sent by fax to the hospital's utilization review office and by mail to the member, {long(nd)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2.5)
    p.tab_boxes([[("Member", mem, 0.40), ("Member no.", mid, 0.30), ("Group", grp, 0.30)],
                 [("Hospital", HOSP, 0.60), ("Review no.", rv, 0.40)],
                 [("Admitted", slash(adm), 0.25), ("Discharged", slash(dis), 0.25),
                  ("Attending", ATT, 0.50)],
                 [("Level asked for", "Inpatient, 2 days", 0.50), ("Level approved", "Observation (outpatient)",
                                                                   0.50)]], size=9.4)
    p.para(f"To {mem} and the Utilization Review office of {HOSP}:", 9.8)
    p.para(f"{mem} came to the emergency department on {long(adm)} with dizziness, headache and nausea after "
           "breathing solvent fumes (xylene) while degreasing skulls in her taxidermy studio. She was admitted as "
           f"an inpatient and went home on {long(dis)}.", 9.6)
    p.para("Our nurse reviewer and physician reviewer looked at the hospital records. Her oxygen level, heart "
           "rhythm, kidney and liver tests stayed normal; she was treated with fluids, oxygen for a few hours and "
           "medicine for nausea, and she was watched to see whether her symptoms would clear, which they did the "
           "next day. This care can be given safely as observation care in the hospital; it did not need an "
           "inpatient admission. **The plan approves the stay as observation care, not as an inpatient stay.** "
           "The hospital's claim will be paid under the plan's outpatient observation benefit.", 9.6)
    p.para("This decision is about the level of care only. The care itself is covered.", 9.6)
    p.heading("If you disagree", 10.5, gap=0.8)
    p.para(f"The member, the hospital or the attending doctor may appeal. **The appeal must reach us by "
           f"{long(plus(nd, 60))}.** Send it to {TPA}, Utilization Review Appeals, {TPA_BOX}, or fax "
           "1-866-555-0179. The attending doctor may ask for a talk with our physician reviewer by calling "
           "1-866-555-0178 within 5 working days. A fast appeal, decided within 72 hours, is for care not yet "
           "given.", 9.2)
    p.signoff(["Utilization Review", TPA + ", LLC", "for the Plumecrest Health Plan"], 9.4)
    p.para("Physician reviewer: Dr. Osgood F. Penhallow, board certified in emergency medicine.", 8.2)
    t = truth("denial_letter", "level_of_care", insurer=TPA, group=grp, member_id=mid, member_name=mem, cases=[rv],
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": TPA_ALT, "provider": [ATT, "Rhiannon E. Castellane"],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_aged_out(rng):
    sub = "Roderick M. Haverthwaite"
    dau = "Isolde F. Haverthwaite"
    base = mem_no(rng)
    grp = "PL-2210"
    CL = "Wyvernmoor Allergy Clinic"
    CLD = "Dr. Benedict H. Arkwright"
    bday = dt.date(2026, 1, 9)
    end = dt.date(2026, 1, 31)
    vis = dt.date(2026, 2, 17)
    nd = dt.date(2026, 3, 20)
    cl = claim_no(rng)
    lines = [("99204", "New patient visit", 232.00)]
    amt = 232.00
    p = OASheet(footer="Page {n} of {nb}")
    p.set_margins(17, 13, 17)
    p.add_page()
    plan_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, wday_long(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [sub, "92 Foundry Hill Road", "Harlingford, OR 97391"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(12.5, "B")
    p.cell(0, 7, "A claim for your daughter's care after her coverage ended", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.two_party(("Policyholder", sub, [("Member no.", base + "-01"), ("Date of birth", "04/30/1968"),
                                       ("Group", f"{grp} Harlingford Museum"), ("Plan no.", PCODE)]),
                ("Patient", dau, [("Member no.", base + "-03"), ("Date of birth", slash(dt.date(2000, 1, 9))),
                                  ("Relationship", "Daughter"), ("Coverage ended", slash(end))]), size=9.0)
    p.lettered([[("A", "Claim number", cl, 0.34), ("B", "Provider", CL, 0.40), ("C", "Date of visit", slash(vis),
                                                                              0.26)],
                [("D", "Billed", usd(amt), 0.34), ("E", "Plan paid", "$0.00", 0.40), ("F", "You may owe", usd(amt),
                                                                                     0.26)]],
               size=9.2, under=True, heavy=False)
    p.para(f"Dear {sub}:", 10)
    p.para(f"{CL} sent us a claim for your daughter {dau}'s visit with {CLD} on {long(vis)} for hives. "
           "**We cannot pay this claim.**", 9.8)
    p.para("Under the plan, a child is covered until the last day of the month in which the child turns 26. "
           f"{dau.split()[0]} turned 26 on {long(bday)}, so her coverage as your dependent ended on {long(end)}. "
           "The visit was after that date. A plan cannot pay for care given after a person's coverage ends.", 9.6)
    p.para("In January we mailed you a notice about continuing her coverage by paying for it herself. She had 60 "
           "days from that notice to choose it, and we have no record that she did. If she did send the form, "
           "please send us a copy.", 9.4)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Write to the Plumecrest "
           f"Health Plan, Appeals, {PLAN_BOX}, or call 1-866-555-0142.", 9.4)
    p.signoff(["Sincerely,", "Eligibility and Claims", PLAN], 9.6)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PCODE, group=grp, member_id=base + "-03",
              member_name=dau, cases=[cl], claim_amount=m2(amt), service_dates=[iso(vis)], denial_date=iso(nd),
              provider=CL, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [base], "plan_id": [None],
                          "provider": [CLD, "Benedict H. Arkwright"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_es_carpal_tunnel(rng):
    mem = "Anacleto J. Ferreyra"
    mid = mem_no(rng)
    grp = "PL-1040"
    SURG = "Dra. Valentina R. Ocampo"
    ASC = "Centro Quirúrgico Cedarford"
    pr = "PR-26-" + digits(rng, 5)
    rcv = dt.date(2026, 4, 14)
    nct = dt.date(2026, 3, 30)
    nd = dt.date(2026, 4, 22)
    planned = dt.date(2026, 5, 7)
    p = OASheet(footer="Página {n} de {nb}", footer_left=f"PHP-PS-ES-2  \u00b7  {pr}")
    p.set_margins(18, 14, 18)
    p.add_page()
    plan_head(p, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, "Harlingford, Oregón, " + es_date(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [mem, "1207 Quail Hollow Lane", "Mossgrave, OR 97394"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(12.5, "B")
    p.multi_cell(W, 6, "Sobre la cirugía de la mano que pidió su cirujana", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.lettered([[("1", "Número de miembro", mid, 0.34), ("2", "Grupo", grp, 0.30), ("3", "Número de caso", pr, 0.36)],
                [("4", "Cirugía pedida", "Liberación del túnel carpiano, mano derecha (64721)", 0.66),
                 ("5", "Fecha programada", es_date(planned), 0.34)],
                [("6", "Cirujana", SURG, 0.34), ("7", "Lugar", ASC, 0.36),
                 ("8", "Recibimos la solicitud", es_date(rcv), 0.30)]], size=9.0)
    p.para(f"Estimado Sr. {mem.split()[-1]}:", 10)
    p.para(f"La {SURG} nos pidió aprobar una cirugía para liberar el nervio de su muñeca derecha (túnel carpiano), "
           f"programada para el {es_date(planned)} en el {ASC}. **El plan no puede aprobar esta cirugía por "
           "ahora.**", 9.8)
    p.para("Le explicamos por qué. Las reglas del plan para esta cirugía piden primero seis semanas de tratamiento "
           "sin cirugía (una férula para dormir, ejercicios o terapia de la mano, y cambios en el trabajo), salvo "
           "que el nervio esté muy dañado. La prueba del nervio que le hicieron el " + es_date(nct) + " muestra un "
           "daño leve. En los papeles que recibimos no aparece que haya usado la férula ni que haya ido a terapia. "
           "Por eso, la cirugía no es necesaria todavía según las reglas del plan.", 9.6)
    p.para("Qué puede hacer ahora: use la férula de noche y vaya a terapia de la mano. Si después de seis semanas no "
           "mejora, su cirujana puede enviarnos las notas de la terapia y pedir otra vez. Su cirujana también puede "
           "llamar a nuestra médica revisora al 1-866-555-0178 para hablar del caso.", 9.6)
    p.para("Si no está de acuerdo, usted o alguien que usted elija puede apelar dentro de 180 días a partir de la "
           f"fecha de esta carta. Escriba a Plumecrest Health Plan, Appeals, {PLAN_BOX}. Si esperar pudiera dañar "
           "gravemente su salud, pida una apelación rápida; la decidimos dentro de 72 horas.", 9.4)
    p.para("Nota: si su problema de la mano viene de su trabajo para un empleador con seguro de compensación "
           "laboral, avísenos. Como taxidermista independiente del Gremio, el plan es su única cobertura.", 8.8)
    p.signoff(["Atentamente,", "Revisión previa a servicios", PLAN], 9.6)
    p.para(f"Copia: {SURG}; {ASC}", 8.2)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=grp, member_id=mid, member_name=mem,
              cases=[pr], service_dates=[iso(planned)], denial_date=iso(nd), provider=SURG,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": ["Valentina R. Ocampo", ASC], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_late_claim(rng):
    mem = "Cosimo L. Pendragon-Reyes"
    mid = mem_no(rng)
    grp = "PL-2210"
    DERM = "Ashcombe Skin & Allergy Partners"
    DERMD = "Dr. Henrike S. Vollmer"
    vis = dt.date(2026, 1, 6)
    limit = dt.date(2026, 5, 6)
    rcv = dt.date(2026, 5, 19)
    nd = dt.date(2026, 5, 27)
    cl = claim_no(rng)
    lines = [("99203", "New patient visit", 198.00), ("95044", "Patch tests x 1", 120.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = OASheet(footer="Page {n} of {nb}",
                foot_ids=f"Member no. {mid}  \u00b7  Group {grp}  \u00b7  Claim {cl}  \u00b7  Letter of {ymd_slash(nd)}")
    p.set_margins(16, 13, 16)
    p.add_page()
    plan_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [mem, "18 Vellum Row", "Harlingford, OR 97391"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(12.5, "B")
    p.multi_cell(W, 6, "Your skin clinic's claim reached us after the filing limit", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.form_grid([[(DERM, "provider who billed", 0.40), (slash(vis), "date of visit", 0.20),
                  (f"{amt:,.2f}", "billed (USD)", 0.20), (cl, "claim number", 0.20)],
                 [(dmy_abbr(limit), "last day to file", 0.40), (ymd_dots(rcv), "claim received", 0.20),
                  ("0.00", "plan paid", 0.20), ("0.00", "you owe", 0.20)]], size=8.8)
    p.flow_cols([
        f"Dear {mem}:",
        f"{DERM} sent us a claim for your visit with {DERMD} on {long(vis)}, when you were seen for a rash on both "
        "hands and tested for a reaction to the chemicals used to tan hides and preserve specimens.",
        "The plan cannot pay this claim. Providers must send a claim within 120 days after the date of the "
        f"service. For a visit on {apos(vis)} that means by {mdy_th(limit)}. The claim reached us on "
        f"{ord_of(rcv)}, thirteen days late.",
        "Because the clinic is in the plan's network, its contract does not let it bill you for a claim it filed "
        "late. You do not owe the clinic for this visit. If the clinic sends you a bill, call us.",
        "If the clinic can show that it sent the claim on time (for example, a report from its billing system "
        "that the claim was accepted before the limit), it may ask us to look at the claim again.",
        "If you disagree, you may appeal within 180 days of the date of this letter. Write to the Plumecrest "
        f"Health Plan, Appeals, {PLAN_BOX}. Keep a copy of what you send.",
        "Questions? Call Member Services at 1-866-555-0142, Monday through Friday, 7 a.m. to 6 p.m. Pacific time.",
    ], n=3, size=8.8)
    p.ln(2)
    p.signoff(["Sincerely,", "Claims Department", PLAN], 9.4)
    p.para(f"cc: {DERM}, billing office", 8.2)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, group=grp, member_id=mid, member_name=mem, cases=[cl],
              claim_amount=m2(amt), service_dates=[iso(vis)], denial_date=iso(nd), provider=DERM,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [DERMD, "Henrike S. Vollmer"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "bd_narrative_eob_allergy_drops_k7", "born_digital", [bd_narrative_eob(rng)]),
        Item(F + "faxstd_claim_form_boxes_tendon_work", "fax_standard_g4", [faxstd_tendon_claim_form(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_arsenic_test_sideways_coverage", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(0, 1): 90}))
    items += [
        Item(F + "faxfine_solvent_stay_observation", "fax_fine_g4", [faxfine_solvent_stay(rng)]),
        Item(F + "rotated_daughter_aged_out", "rotated", [rotated_aged_out(rng)]),
        Item(F + "scanclean_es_carpal_tunnel", "scan_clean_300", [scanclean_es_carpal_tunnel(rng)]),
        Item(F + "lowres_late_claim_three_columns", "scan_lowres_150", [lowres_late_claim(rng)]),
    ]
    return items
