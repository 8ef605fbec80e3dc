"""An invented health plan for arborists, tree climbers, groundworkers and utility line-clearance crews: the Highbough
Tree Trades Health & Welfare Plan (Board of Trustees; sponsored by the invented Tree Care and Line Clearance Workers,
Local 1187, and its contributing employers), with claims, reviews and letters by the invented administrator Kerfline
Benefit Administrators, Inc. Invented rules: 300 covered hours in a work quarter earn the benefit quarter that starts
one month after it ends (October-December hours cover February-April, and so on); an injury on the job goes first to
the employer's workers' compensation insurer; during storm-response deployments more than 100 miles from home,
emergency and urgent care are covered anywhere but other care only through the Crownreach Storm Travel Network;
venom immunotherapy, MRI and CT scans and therapy past 12 visits need approval before they are done;
platelet-rich plasma injections are treated as unproven; claims within 180 days, member appeals within 180 days,
provider appeals within 60 days. Plan IDs HB-LC1 (line-clearance crews) and HB-AR2 (arborists and tree-care crews),
employer groups "LC-" / "TC-" + three digits, participant numbers "HTT" + seven digits, a dependent's number the
participant's number with "-01", "-02", ... Every employer, person, clinic, number, amount and address is invented;
real towns of the Tennessee Valley and Louisiana with invented streets; phones 555; CPT/HCPCS codes as themselves.

Documents (8 in 7 files):
- born_digital_family_eob_spouse_venom_extract_line_pa7_table_broken: a two-page EOB under the plan's name with a
  lower-case "administered by" line: values over their captions in ruled boxes, a summary by family member, a line
  listing of five claims of four people on several dates broken across the pages, the spouse's venom extract line
  paying 0.00 under PA7 (told only in the two-column code key on page 2); "within 180 days of the date of this
  statement".
- scan_chainsaw_cut_on_right_of_way_comp_first: a clean-scan two-page letter (values over captions, running footer of
  identifiers, two columns on page 2) sending a chainsaw cut on a line-clearance job to the employer's workers'
  compensation insurer first (its claim number, the incident report and the circuit as decoys).
- faxstd_prp_elbow_injection_unproven_to_orthopaedic_office: a standard-mode fax on the administrator's letterhead to
  a surgeon's office: a pre-service review refusing a platelet-rich plasma injection for climber's elbow as unproven
  (captions left of, above and under their boxes, a decision box).
- photocopy_stack_hours_short_sideways_then_quarter_earned: a photocopied stack: a letter (fed sideways) refusing an
  urgent care claim because October-December hours were short of 300, a blank sheet, and the later notice that
  January-March hours earned May-July coverage (denies nothing).
- phone_es_tormenta_terapia_fuera_de_la_red: a photographed Spanish letter with a side column: four therapy visits
  during a storm-response deployment in Louisiana refused as outside the storm travel network.
- rotated_provider_notice_laceration_repair_units: a provider claim notice fed turned (a corner block of values with
  captions after them, a two-column remark key): three units of 12002 refused because repaired wound lengths must be
  added and billed once; the office visit paid.
- lowres_lumbar_mri_not_necessary_criteria_two_columns: a 150 dpi pre-service review letter with a side column and
  the criteria in two columns: a lumbar MRI refused as not medically necessary ("by" a printed date).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammf import (EMSheet, abbr, caps_date, dd_mon, digits, dmy_long, es_date, first_last, iso,
                               last_first, long, m2, mon_day, n2, nod, out, people, phone, plus, slash, surname,
                               tollfree, truth, usd, usd_es, wday_long, workday, yy)

FAMILY = ("highbough_tree_trades_health_plan_arborists_and_line_clearance_crews_storm_network_comp_first_hours_"
          "eligibility_and_climbing_injury_refusals")
LANG = "en"
SEED = 355125
PLAN = "Highbough Tree Trades Health & Welfare Plan"
TPA = "Kerfline Benefit Administrators, Inc."
PLAN_ALT = ["Highbough Tree Trades Health and Welfare Plan", "Highbough Tree Trades Health & Welfare",
            "Highbough Tree Trades", "Highbough", TPA, "Kerfline Benefit Administrators", "Kerfline"]
TPA_ALT = ["Kerfline Benefit Administrators", "Kerfline", PLAN, "Highbough Tree Trades Health and Welfare Plan",
           "Highbough"]
ADMIN = f"administered by {TPA}"
OFFICE = "Fund Office, 3300 Sawbuck Road, Suite 200, Chattanooga, TN 37421"
LC, AR = "HB-LC1", "HB-AR2"
EMPLOYERS = {"sap": ("Saplingford Line Clearance, Inc.", "LC-204"), "green": ("Greenrigg Vegetation Management Co.",
                                                                            "LC-231"),
             "limb": ("Limbwalker Tree Service, LLC", "TC-118")}
USED: set = set()
TOWNS = [("Ooltewah", "TN", "37363"), ("Soddy-Daisy", "TN", "37379"), ("Cleveland", "TN", "37312"),
         ("Dalton", "GA", "30720"), ("Fort Payne", "AL", "35967"), ("Dunlap", "TN", "37327"),
         ("Ringgold", "GA", "30736")]
STREETS = ["Chestnut Flat Rd", "Bucket Truck Ln", "Hickory Gap Dr", "Poplar Spring Rd", "Old Wire Rd",
           "Sassafras Hollow Rd", "Lineman Ct", "Cedar Knob Trl"]


def pid(rng) -> str:
    return "HTT" + digits(rng, 7)


def dep(p: str, n: int) -> str:
    return f"{p}-{n:02d}"


def claim_no(rng, d: dt.date) -> str:
    return f"HB{d:%y%m}-{digits(rng, 5)}"


def review_no(rng) -> str:
    return "UR-26-" + digits(rng, 5)


def addr(rng, name: str) -> list[str]:
    town, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(110, 9880)} {rng.choice(STREETS)}", f"{town}, {st} {z}"]


def plate(p: EMSheet, rng, box: str | None = None, sub: str | None = None, tf: str | None = None):
    p.admin_plate(PLAN, ADMIN, [OFFICE, f"Participant services {tf or tollfree(rng, '877')}  |  TTY 711"],
                  box=box, emblem="leaf", sub=sub, size=13.5)


# ---------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    sub = people(rng, 1, "tr", sexes="M", used=USED)[0]
    spouse, kid1, kid2 = people(rng, 3, "tr", sexes="FFM", last=surname(sub), used=USED)
    np_, ped, allerg, uc = people(rng, 4, "tr", sexes="FMFM", used=USED)
    sid = pid(rng)
    emp, grp = EMPLOYERS["limb"]
    sd = workday(dt.date(2026, 4, rng.randint(22, 24)))
    d1 = workday(plus(sd, -rng.randint(40, 45)))
    d2 = workday(plus(sd, -rng.randint(33, 36)))
    d3 = workday(plus(sd, -rng.randint(26, 29)))
    d4 = plus(d3, 7)
    d5 = plus(sd, -rng.randint(10, 12))
    tf = tollfree(rng, "877")
    claims = [
        dict(who=sub, rel="participant", id=sid, prov="Soddy Creek Family Medicine", rend=f"{np_}, FNP", lines=[
            (d1, "99213", "Office visit", 168.00, 104.20, 74.20, 30.00, "C1"),
            (d1, "96372", "Injection, therapeutic", 46.00, 22.80, 22.80, 0.00, "A1"),
            (d1, "J3301", "Triamcinolone, 10 mg x 4", 28.00, 9.60, 9.60, 0.00, "A1")]),
        dict(who=kid1, rel="daughter", id=dep(sid, 2), prov="Sawbuck Ridge Pediatrics", rend=f"{ped}, M.D.", lines=[
            (d2, "99214", "Office visit", 212.00, 138.50, 108.50, 30.00, "C1"),
            (d2, "86618", "Lyme disease antibody", 94.00, 31.40, 31.40, 0.00, "A1")]),
        dict(who=spouse, rel="spouse", id=dep(sid, 1), prov="Collegedale Allergy & Asthma Clinic",
             rend=f"{allerg}, M.D.", lines=[
                 (d3, "99204", "New patient visit", 318.00, 201.60, 161.28, 40.32, "K2"),
                 (d3, "95018", "Intradermal venom tests x 10", 240.00, 118.00, 94.40, 23.60, "K2"),
                 (d4, "95146", "Venom extract, 2 venoms", 486.00, 0.00, 0.00, 0.00, "PA7")]),
        dict(who=kid2, rel="son", id=dep(sid, 3), prov="Cloudland Urgent Care", rend=f"{uc}, PA-C", lines=[
            (d5, "99213", "Urgent care visit", 176.00, 104.20, 64.20, 40.00, "C1"),
            (d5, "J0171", "Epinephrine, 0.1 mg x 3", 36.00, 7.50, 7.50, 0.00, "A1")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng, plus(c["lines"][-1][0], rng.randint(3, 6)))
    den = claims[2]
    rows = []
    tot = [0.0] * 4
    for k, c in enumerate(claims):
        rows.append(("span", f"{last_first(c['who'])}  ({c['rel']})   {c['id']}   Claim {c['no']}"))
        rows.append(["", "", f"{c['prov']}  -  {c['rend']}", "", "", "", "", ""])
        for j, (d, code, what, b, a, pd, owe, note) in enumerate(c["lines"]):
            if k == 2 and j == 2:
                rows.append(("break",))
            rows.append([yy(d), code, what, n2(b), n2(a), n2(pd), n2(owe), note])
        cb = [sum(x[i] for x in c["lines"]) for i in (3, 4, 5, 6)]
        tot = [t + v for t, v in zip(tot, cb)]
        rows.append(("bold", ["", "", "Claim total", n2(cb[0]), n2(cb[1]), n2(cb[2]), n2(cb[3]), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "TOTALS, THIS STATEMENT", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""]))
    den_total = sum(x[3] for x in den["lines"])
    p = EMSheet(footer="Page {n} of {nb}", strip=f"{sub}  |  {sid}  |  Statement {slash(sd)}  |  page {{n}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    plate(p, rng, box="EXPLANATION OF BENEFITS", sub="Arborist & Tree Care Plan", tf=tf)
    W = p.w - p.l_margin - p.r_margin
    for ln in addr(rng, sub):
        p.line(ln, 9.6)
    p.ln(3)
    p.under_grid([[(long(sd), "statement date", W * 0.2), (sub, "participant", W * 0.25),
                   (sid, "participant number", W * 0.19), (AR, "plan id", W * 0.12), (grp, "employer group", W * 0.12),
                   ("Feb-Apr 2026", "benefit quarter", W * 0.12)]], size=8.6, h=10)
    p.f(8.2)
    p.multi_cell(W, 3.9, "This is not a bill. It shows how the Plan handled claims for you and your family. Pay a "
                          "provider no more than the amount under \"You owe\".", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Summary by family member", 9.6)
    p.table(["Family member", "Number", "Claims", "Billed", "Plan paid", "You owe"],
            [[f"{c['who']}", c["id"], "1", n2(sum(x[3] for x in c["lines"])), n2(sum(x[5] for x in c["lines"])),
              n2(sum(x[6] for x in c["lines"]))] for c in claims], [W * 0.3, W * 0.2, W * 0.1, W * 0.13,
                                                                    W * 0.14, W * 0.13],
            size=7.8, aligns=["L", "L", "R", "R", "R", "R"], row_h=4.6, head_h=6)
    p.heading("Claim detail", 9.6)
    widths = [W * k / 100 for k in (9, 8, 34, 10, 10, 10, 10, 9)]
    p.carry_table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], widths,
                  ["L", "L", "L", "R", "R", "R", "R", "L"], rows, size=7.2, row_h=4.2, foot_room=22,
                  cont_strip="Claim detail, continued", zebra=False)
    p.legend_two("Notes on your claims", [
        ("A1", "Paid at the Plan's allowed amount."),
        ("C1", "Your office or urgent care copay was taken from this line."),
        ("K2", "Paid at 80% of the allowed amount after the deductible."),
        ("PA7", "Venom immunotherapy is covered only when the Plan approves it before it is given. No approval "
                "was on file for this service."),
        ("WC3", "An injury at work goes first to your employer's workers' compensation insurer."),
        ("ST5", "Care during a storm deployment outside the Crownreach Storm Travel Network."),
        ("H12", "Therapy visits past 12 in a year need the Plan's approval."),
        ("EL1", "You had no coverage on this date (hours)."),
        ("TF6", "Received more than 180 days after the date of service.")], size=7.4, tag_w=10)
    p.cols([[("Your right to appeal", "If you disagree with how a claim was handled, you may appeal within 180 days "
                                      "of the date of this statement. Send a letter to the Board of Trustees, "
                                      f"Appeals, at the {OFFICE}. Include the claim number.")],
            [("Deductible and out-of-pocket", "Deductible for 2026: $600.00 a person, $1,200.00 a family. Met so "
                                              "far: $600.00 / $944.00. Example: on a $100.00 allowed amount at 80% "
                                              "you owe $20.00.")]], size=7.6)
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=AR, group=grp, member_id=den["id"],
              member_name=spouse, cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(d4)],
              denial_date=iso(sd), provider=den["prov"], appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["486.00"], "provider": [allerg],
                          "member_id": [sid]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_comp_first(rng):
    pt, foreman, erdoc, sig = people(rng, 4, "tr", sexes="MMFF", used=USED)
    p_id = pid(rng)
    emp, grp = EMPLOYERS["sap"]
    inj = workday(dt.date(2026, 3, rng.randint(9, 20)))
    clm = claim_no(rng, plus(inj, 12))
    ld = workday(plus(inj, rng.randint(30, 36)))
    hosp = "Bluff Hollow Medical Center"
    lines = [("99284", "Emergency department visit", 1842.00), ("12032", "Layered repair, 7.6 cm, thigh", 1218.00),
             ("90715", "Tetanus booster (Tdap)", 96.00), ("73552", "X-ray, femur, 2 views", 412.00),
             ("0450", "Emergency room facility", 1050.90)]
    total = sum(x[2] for x in lines)
    wc_no = "OMC-" + digits(rng, 7)
    p = EMSheet(footer="Page {n} of {nb}", ids_foot=f"{p_id}  \u00b7  {clm}  \u00b7  {grp}  \u00b7  {LC}")
    p.set_margins(20, 16, 20)
    p.add_page()
    plate(p, rng, sub="Line Clearance Crew Plan")
    p.f(9.8)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt):
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(pt, "patient", W * 0.34), (p_id, "participant no.", W * 0.22), (clm, "claim", W * 0.24),
                  (slash(inj), "date of service", W * 0.2)], size=9.0)
    p.over_boxes([(hosp, "provider", W * 0.4), (usd(total), "amount billed", W * 0.2),
                  (emp, "employer", W * 0.4)], size=8.6)
    p.subject("Your emergency room claim: send it to workers' compensation first")
    p.para(f"Dear {first_last(pt)}:", 9.8)
    p.para(f"We received the claim from {hosp} for your visit on {long(inj)}, when a chainsaw cut your left thigh. "
           f"Your employer's report says the cut happened while your crew was clearing a right-of-way on circuit "
           f"12-40 for {emp}, under foreman {foreman}.", 9.6)
    p.para("The Plan does not pay first for an injury that happens on the job. Your employer carries workers' "
           "compensation insurance for that. Under the Plan's rules on work injuries, the employer's workers' "
           "compensation insurer must decide the claim before the Plan will consider it. We have not paid the "
           "hospital's claim and have sent it back with that message.", 9.6)
    p.table(["Code", "Service", "Billed"], [[a, b, n2(c)] for a, b, c in lines] + [["", "Total", n2(total)]],
            [22, W - 52, 30], size=8.6, aligns=["L", "L", "R"], bold_last=True, row_h=5.2)
    p.para(f"Your employer's insurer is Ocoee Mutual Casualty Company. Its claim number for your injury is {wc_no}, "
           f"and the company's incident report is IR-2026-{digits(rng, 4)}. The emergency room doctor was {erdoc}, "
           "M.D.", 9.4)
    p.add_page()
    p.cols([[("If workers' compensation says no", "Send us a copy of the insurer's written denial. If it finds "
                                               "that the cut did not happen at work, the Plan will look at the claim "
                                               "again as a regular claim. You do not need to file a new one."),
              ("If you disagree with us", "You may appeal this decision within 180 days of the date of this letter. "
                                          "Write to the Board of Trustees, Appeals, at the Fund Office address "
                                          "above. Say why you disagree and send anything that helps, such as a "
                                          "statement that you were off duty.")],
             [("Your rights under ERISA", "You may ask for copies of the documents the Plan used, free of charge. "
                                          "If an appeal is denied you may bring a civil action under section 502(a) "
                                          "of ERISA."),
              ("Questions", f"Call participant services at {tollfree(rng, '877')}, Monday to Friday, 7 a.m. to 5 p.m. "
                            "Eastern. Please have your participant number ready.")]], size=9)
    p.ln(4)
    p.signers([sig, "Claims Supervisor", TPA], [f"cc: {hosp}", "Ocoee Mutual Casualty Company"], size=8.8)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=LC, group=grp, member_id=p_id, member_name=pt,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(inj)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": PLAN_ALT, "provider": [erdoc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_prp(rng):
    pt, ortho, md, nurse = people(rng, 4, "tr", sexes="FMFF", used=USED)
    p_id = pid(rng)
    emp, grp = EMPLOYERS["limb"]
    rv = review_no(rng)
    recd = workday(dt.date(2026, 5, rng.randint(4, 12)))
    nd = workday(plus(recd, rng.randint(4, 6)))
    planned = workday(plus(nd, rng.randint(9, 14)))
    clinic = "Ooltewah Orthopaedic & Sports Clinic"
    fx = phone(rng, "423")
    p = EMSheet(footer=None, fax_hdr=f"{slash(nd)} 16:{rng.randint(10, 59)}   KERFLINE UR   {phone(rng, '423')}   "
                                     "PAGE {n}/1")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.admin_plate(TPA, f"utilization review for the {PLAN}", [OFFICE, f"Review line {tollfree(rng, '866')}  |  "
                                                                     f"Review fax {phone(rng, '423')}"],
                  box="PRE-SERVICE REVIEW", emblem="leaf", size=13)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("To", f"{ortho}, M.D.", W * 0.5, "A"), ("Fax", fx, W * 0.25, "A"), ("Date", slash(nd), W * 0.25, "A")],
               size=8.8)
    p.capcells([("Patient", pt, W * 0.4, "L"), ("Participant no.", p_id, W * 0.34, "L"), ("Plan", AR, W * 0.26, "L")],
               size=8.8)
    p.capcells([("review number", rv, W * 0.25, "B"), ("request received", slash(recd), W * 0.25, "B"),
                ("planned date", slash(planned), W * 0.25, "B"), ("code requested", "0232T", W * 0.25, "B")],
               size=8.8)
    p.decision_boxes("Determination", [(False, "Approved as requested"), (False, "Approved in part"),
                                       (True, "Not approved: unproven (investigational) service"),
                                       (False, "Pended: more records needed")], size=8.8)
    p.para(f"Request: platelet-rich plasma injection of the right elbow (0232T with ultrasound guidance) for lateral "
           f"epicondylitis, at {clinic}. Your office notes say the patient, a tree climber, has had elbow pain for "
           "five months and two steroid injections.", 9.2)
    p.para("Reason: the Plan does not cover services that are unproven. The Plan's medical policy on injection "
           "therapies (MP-114) lists platelet-rich plasma for tendon conditions as investigational: the studies do "
           "not show that it works better than other care. Physical therapy for the elbow and a counterforce brace "
           "are covered and need no approval for the first 12 therapy visits.", 9.2)
    p.para(f"Reviewed by {md}, M.D., board certified in physical medicine and rehabilitation. You may call her to "
           f"talk about this case within 5 business days at the review line.", 9.2)
    p.para("Appeal: the patient, or you on her behalf, may appeal within 180 days of the date of this notice. If the "
           "patient's health would be at serious risk by waiting, ask for an urgent appeal; we decide it within 72 "
           "hours. A copy of this notice has been mailed to the patient.", 9.2)
    p.f(8.6)
    p.cell(0, 5, f"Review nurse: {nurse}, RN   |   Employer group {grp}, {emp}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.h - 32)
    p.f(6.8)
    p.multi_cell(0, 3.2, "CONFIDENTIAL: this fax holds protected health information meant only for the office named "
                         "above. If you got it by mistake, call the review line and destroy it.",
                 new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "experimental", insurer=TPA, plan_id=AR, member_id=p_id, member_name=pt, cases=[rv],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=f"{ortho}",
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": TPA_ALT, "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_stack(rng):
    pt, sig1, sig2, uc = people(rng, 4, "tr", sexes="MFMF", used=USED)
    p_id = pid(rng)
    emp, grp = EMPLOYERS["green"]
    home = addr(rng, pt)
    vd = workday(dt.date(2026, 3, rng.randint(2, 13)))
    clm = claim_no(rng, plus(vd, 9))
    ld = workday(plus(vd, rng.randint(24, 30)))
    dl = plus(ld, 180)
    charges = 243.00
    hours = [("October 2025", 118.0), ("November 2025", 84.5), ("December 2025", 42.0)]
    tot_h = sum(h for _, h in hours)
    p = EMSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plate(p, rng, sub="Line Clearance Crew Plan")
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr_with_ids(home, [(p_id, "participant number"), (grp, "group"), (LC, "plan"), (clm, "claim")], w=72,
                    size=8.8)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"We received a claim from Cloudland Urgent Care for your visit on {long(vd)} ({uc}, PA-C; amount billed "
           f"{usd(charges)}). We cannot pay it, because you did not have coverage under the Plan that day.", 9.4)
    p.para("Coverage is earned by hours. Hours worked for contributing employers in a work quarter earn coverage for "
           "the benefit quarter that begins one month after the work quarter ends. To earn a benefit quarter you need "
           "300 hours. Your hours for October through December 2025 decided your coverage for February 1 through "
           "April 30, 2026:", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Month", "Employer", "Hours reported"],
            [[m, emp, f"{h:.1f}"] for m, h in hours] + [["Total", "", f"{tot_h:.1f}"]], [W * 0.3, W * 0.5, W * 0.2],
            size=8.6, aligns=["L", "L", "R"], bold_last=True, row_h=5.2)
    p.para(f"You had {tot_h:.1f} hours, {300 - tot_h:.1f} short of 300. The Fund Office mailed you a self-payment "
           "offer on January 12, 2026; it had to be paid by February 10, 2026, and we did not receive it.", 9.4)
    p.para(f"If you think your hours are wrong, or you disagree, you may appeal no later than {long(dl)}. Send pay "
           "stubs or other proof of hours to the Board of Trustees, Appeals, at the Fund Office.", 9.4)
    p.ln(2)
    p.f(9.2)
    p.cell(0, 5, f"{sig1}, Eligibility Unit, {TPA}", new_x="LMARGIN", new_y="NEXT")
    d_den = (out(p), truth("denial_letter", "eligibility", insurer=PLAN, plan_id=LC, group=grp, member_id=p_id,
                           member_name=pt, cases=[clm], claim_amount=m2(charges), service_dates=[iso(vd)],
                           denial_date=iso(ld), provider="Cloudland Urgent Care", appeal_deadline=iso(dl),
                           alternates={"insurer": PLAN_ALT, "provider": [uc]}))

    nd = workday(dt.date(2026, 4, rng.randint(14, 17)))
    q = EMSheet(footer=None)
    q.set_margins(18, 15, 18)
    q.add_page()
    plate(q, rng, box="ELIGIBILITY NOTICE")
    q.f(9.6)
    q.cell(0, 5, dmy_long(nd), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.addr_with_ids(home, [(p_id, "participant number"), (grp, "group"), (LC, "plan")], w=72, size=8.8)
    q.heading("You have earned coverage for May 1 through July 31, 2026", 11)
    hrs2 = [("January 2026", 131.5), ("February 2026", 126.0), ("March 2026", 161.0)]
    Wq = q.w - q.l_margin - q.r_margin
    q.table(["Month", "Employer", "Hours"], [[m, emp, f"{h:.1f}"] for m, h in hrs2]
            + [["Total", "", f"{sum(h for _, h in hrs2):.1f}"]], [Wq * 0.3, Wq * 0.5, Wq * 0.2], size=8.6,
            aligns=["L", "L", "R"], bold_last=True, row_h=5.2)
    q.para("Your January through March hours met the 300 needed. You and your enrolled dependents are covered for the "
           "benefit quarter of May, June and July 2026. Keep this notice with your ID card.", 9.4)
    q.para("Hours in excess of 300 are not carried to the next quarter. Hours for April through June 2026 will decide "
           "coverage for August through October 2026.", 9.4)
    q.f(9.2)
    q.cell(0, 5, f"{sig2}, Eligibility Unit", new_x="LMARGIN", new_y="NEXT")
    d_ok = (out(q), truth("other", None, insurer=PLAN, plan_id=LC, group=grp, member_id=p_id, member_name=pt,
                          denial_date=iso(nd), alternates={"insurer": PLAN_ALT}))
    return [d_den, d_ok]


# ---------------------------------------------------------------------------------------------------------------
def phone_es_storm(rng):
    pt = people(rng, 1, "es", sexes="M", used=USED)[0]
    sig, pt_ther = people(rng, 2, "es", sexes="FM", used=USED)
    p_id = pid(rng)
    emp, grp = EMPLOYERS["limb"]
    v0 = workday(dt.date(2026, 5, rng.randint(11, 13)))
    visits = [v0, plus(v0, 2), plus(v0, 4), plus(v0, 7)]
    clm = claim_no(rng, plus(visits[-1], 6))
    ld = workday(plus(visits[-1], rng.randint(22, 27)))
    clinic = "Calcasieu Back & Spine Therapy"
    fees = [185.00, 142.00, 142.00, 142.00]
    total = sum(fees)
    tf = tollfree(rng, "877")
    p = EMSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.admin_plate(PLAN, f"administrado por {TPA}", [OFFICE, f"Servicios al participante {tf}  |  TTY 711"],
                  emblem="leaf", sub="Plan para arbolistas y cuadrillas de poda", size=13.5)
    p.f(9.6)
    p.cell(0, 5, f"Chattanooga, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt):
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(p_id, "número de participante", W * 0.27), (clm, "reclamación", W * 0.26), (AR, "plan", W * 0.16),
            (grp, "grupo", W * 0.14), (usd(total), "total facturado", W * 0.17)], size=9.0)

    def body(w):
        p.left_para(f"Estimado señor {surname(pt)}:", 9.6)
        p.left_para(f"Recibimos la reclamación de {clinic}, en Lake Charles, Luisiana, por cuatro sesiones de terapia "
                    "física para su espalda durante el trabajo de limpieza después de la tormenta. No podemos pagarla.",
                    9.2)
        p.left_para("Mientras usted trabaja en una movilización por tormenta a más de 100 millas de su casa, el Plan "
                    "paga la atención de emergencia y la atención urgente en cualquier lugar. La demás atención, como "
                    "la terapia física, solo se paga si la da un proveedor de la red Crownreach Storm Travel Network. "
                    f"{clinic} no es parte de esa red.", 9.2)
        p.table(["Fecha", "Código", "Servicio", "Facturado"],
                [[slash(d), "97110" if i else "97161", "Terapia física" if i else "Evaluación", n2(f)]
                 for i, (d, f) in enumerate(zip(visits, fees))] + [["", "", "Total", n2(total)]],
                [w * 0.22, w * 0.16, w * 0.38, w * 0.24], size=8.4, aligns=["L", "L", "L", "R"], bold_last=True,
                row_h=5)
        p.left_para(f"El terapeuta que firmó las notas es {pt_ther}, PT. Había dos clínicas de la red a menos de 10 "
                    "millas del campamento; su supervisor tenía la lista.", 9.2)
        p.left_para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. "
                    "Escriba a la Junta de Fideicomisarios, Apelaciones, a la dirección de la Oficina del Fondo, e "
                    "incluya el número de reclamación.", 9.2)

    p.with_side([("Su plan de un vistazo", [("Participante", pt), ("Empleador", emp),
                                            ("Movilización", "Lake Charles, LA"),
                                            ("Red durante tormentas", "Crownreach Storm Travel Network"),
                                            ("Copago de urgencia", "$40.00")]),
                 ("¿Preguntas?", [("Llame al", tf), "Lunes a viernes, 7 a. m. a 5 p. m."])], 52, body, size=7.4)
    p.ln(2)
    p.f(9.2)
    p.cell(0, 5, f"Atentamente, {sig}, Unidad de Reclamaciones", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=AR, group=grp, member_id=p_id,
              member_name=pt, cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in visits],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [pt_ther]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_coding(rng):
    sub = people(rng, 1, "tr", sexes="M", used=USED)[0]
    pa = people(rng, 1, "tr", sexes="F", used=USED)[0]
    p_id = pid(rng)
    emp, grp = EMPLOYERS["sap"]
    vd = workday(dt.date(2026, 6, rng.randint(1, 12)))
    clm = claim_no(rng, plus(vd, 5))
    nd = workday(plus(vd, rng.randint(14, 19)))
    clinic = "Cloudland Urgent Care"
    tin = f"62-{digits(rng, 7)}"
    lines = [("99213", "25", 1, 176.00, 104.20, 64.20, "C1"), ("12002", "", 3, 564.00, 0.00, 0.00, "CE4")]
    total = sum(x[3] for x in lines)
    p = EMSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    plate(p, rng, box="PROVIDER CLAIM NOTICE", tf=tollfree(rng, "866"))
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [clinic, f"Attn: billing office", f"{rng.randint(200, 980)} Cloudland Trace", "Rising Fawn, GA 30738"]:
        p.line(ln, 9.4)
    y1 = p.get_y()
    y2 = p.bare_ids([(slash(nd), "notice date"), (clm, "claim number"), (last_first(sub), "patient"),
                     (p_id, "participant no."), (f"{LC} / {grp}", "plan / group"), (tin, "payee TIN"),
                     (slash(vd), "date of service")], p.l_margin + W - 82, y0, 82, 8.6)
    p.set_y(max(y1, y2) + 3)
    p.table(["Line", "CPT", "Mod", "Units", "Billed", "Allowed", "Paid", "Remark"],
            [[str(i + 1), a, b, str(c), n2(d), n2(e), n2(f), g] for i, (a, b, c, d, e, f, g) in enumerate(lines)]
            + [["", "", "", "", n2(total), n2(104.20), n2(64.20), ""]],
            [W * k for k in (0.07, 0.12, 0.08, 0.09, 0.16, 0.16, 0.16, 0.16)], size=8.4,
            aligns=["L", "L", "L", "R", "R", "R", "R", "L"], bold_last=True, row_h=5.2)
    p.para(f"Rendering provider on the claim: {pa}, PA-C. Patient copay taken: $40.00. Payment of $64.20 was sent "
           f"by EFT, trace number {digits(rng, 10)}.", 8.8)
    p.legend_two("Remark codes", [
        ("C1", "The patient's copay was taken from this line."),
        ("CE4", "Simple repairs of wounds in the same anatomic group are reported as one code for the total length "
                "of all the wounds repaired. Three units of 12002 for three wounds of the forearm are not accepted. "
                "Send a corrected claim with the code for the combined length."),
        ("CE1", "Modifier missing or not valid for this code."),
        ("A1", "Paid at the Plan's allowed amount."),
        ("WC3", "Work injury: bill the employer's workers' compensation insurer."),
        ("TF6", "Received more than 180 days after the date of service.")], size=7.6, tag_w=10)
    p.heading("Provider appeal rights", 9.6)
    p.para("A corrected claim is not an appeal; send it the usual way within 180 days of the date of service. If "
           "you disagree with this decision, you may appeal within 60 days of the date of this notice. Write to "
           f"Provider Appeals, {TPA}, {OFFICE}.", 8.8)
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=LC, group=grp, member_id=p_id, member_name=sub,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(vd)], denial_date=iso(nd), provider=pa,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": PLAN_ALT, "provider": [clinic], "claim_amount": ["564.00"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_mri(rng):
    pt, spine, md = people(rng, 3, "tr", sexes="FMM", used=USED)
    p_id = pid(rng)
    emp, grp = EMPLOYERS["limb"]
    rv = review_no(rng)
    recd = workday(dt.date(2026, 6, rng.randint(15, 19)))
    nd = workday(plus(recd, 3))
    planned = workday(plus(nd, rng.randint(6, 10)))
    dl = plus(nd, 180)
    center = "Whitwell Spine & Imaging Center"
    tf = tollfree(rng, "877")
    p = EMSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 15, 17)
    p.add_page()
    plate(p, rng, box="REVIEW DECISION", tf=tf)
    p.f(9.6)
    p.cell(0, 5, caps_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"(letter date {slash(nd)})", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt):
        p.line(ln, 9.6)
    p.ln(3)

    def body(w):
        p.left_para(f"Dear {first_last(pt)}:", 9.6)
        p.left_para(f"{spine}, M.D. of {center} asked the Plan to approve an MRI of your lower back (CPT 72148) "
                    f"planned for {long(planned)}. We reviewed the request and the office notes. The Plan will not "
                    "approve the MRI because it is not medically necessary at this time.", 9.2)
        p.left_para("The notes say your low back pain began about three weeks ago after you moved a log splitter at "
                    "home. There is no leg weakness, no loss of bladder or bowel control, no fever and no history of "
                    "cancer. You have not yet tried physical therapy. The criteria below call for six weeks of care "
                    "first unless one of these warning signs is present.", 9.2)
        p.left_para(f"The decision was made by {md}, M.D., a board-certified orthopaedic surgeon. Your doctor may call "
                    "to discuss it. Physical therapy for your back is covered; the first 12 visits need no approval.",
                    9.2)

    p.with_side([("Your plan at a glance", [("Participant", pt), ("Participant no.", p_id), ("Plan", AR),
                                            ("Group", grp), ("Review no.", rv), ("Request received", dd_mon(recd)),
                                            ("Planned date", slash(planned))]),
                 ("Call us", [("Participant services", tf), "Monday-Friday, 7 a.m.-5 p.m. Eastern"])], 54, body,
                size=7.4)
    p.legend_two("Criteria the reviewer used: imaging of the lower back", [
        ("1", "Pain has lasted at least 6 weeks despite care such as therapy, exercise or medicine, or"),
        ("2", "There is new or worsening weakness or numbness in a leg, or"),
        ("3", "There are signs of cauda equina syndrome (bladder or bowel changes), or"),
        ("4", "Infection, cancer or a fracture is suspected, or"),
        ("5", "Surgery or an injection is being planned and the scan is needed to guide it."),
        ("6", "A scan done in the past 12 months is not repeated unless symptoms have changed.")], size=7.6, tag_w=6)
    p.heading("If you disagree", 9.8)
    p.para(f"You or your doctor may appeal. We must receive the appeal by {long(dl)}. Send it to the Board of "
           f"Trustees, Appeals, {OFFICE}, or fax it to the review fax. If waiting could seriously harm your health, "
           "ask for an urgent appeal; it is decided within 72 hours.", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=AR, group=grp, member_id=p_id,
              member_name=pt, cases=[rv], service_dates=[iso(planned)], denial_date=iso(nd), provider=spine,
              appeal_deadline=iso(dl), alternates={"insurer": PLAN_ALT, "provider": [center]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_family_eob_spouse_venom_line_pa7", "born_digital", [born_family_eob(rng)]),
        Item(f"{f}_scan_chainsaw_cut_comp_first", "scan_clean_300", [scan_comp_first(rng)]),
        Item(f"{f}_faxstd_prp_elbow_unproven", "fax_standard_g4", [fax_prp(rng)]),
        Item(f"{f}_photocopy_stack_hours_short_then_earned", "photocopy", photocopy_stack(rng),
             separators=["blank", None], turns={(0, 0): 90}),
        Item(f"{f}_phone_es_tormenta_fuera_de_red", "phone_photo", [phone_es_storm(rng)]),
        Item(f"{f}_rotated_provider_notice_repair_units", "rotated", [rotated_coding(rng)]),
        Item(f"{f}_lowres_lumbar_mri_not_necessary", "scan_lowres_150", [lowres_mri(rng)]),
    ]
