"""An invented health plan for brewers, maltsters, cellar hands and distillery workers and their families: the
Maltkiln Trades Health Plan, its claims administered by Stillwright Benefit Administrators, Inc. Invented rules: a
member is covered in a month when the employers reported at least 16 shift credits for him or her in the work month
two months before (March shifts earn May coverage; a 12-hour shift counts as 1.5); exams, tests and fittings an
employer needs for a job (respirator fit tests, noise-program hearing tests) are the employer's cost; an injury at
work goes to the employer's workers' compensation insurer first; care after an emergency is paid only from network
providers; experimental or investigational services are excluded. Three employers take part: Lauterbrook Brewing
Co. (group MK-2201), Barleycorn Maltings (MK-2207) and Alembic Ridge Distillery (MK-2215). Every company, clinic,
hospital, person, number, rule and amount is invented (phones 555); CPT / HCPCS codes appear as themselves. No paper
uses the words "denied" or "denial"; refusals are told in plain words.

Documents (8 in 7 files):
- born_digital_family_statement_numbered_claims_fit_test_note_f4: the administrator's two-page family statement with
  no table: five numbered claim paragraphs for a maltster, his wife and their son; the third (his respirator fit test)
  is "not paid" with only "note F4", explained in the notes on page 2.
- faxstd_keg_lift_back_mri_workers_comp_first_captions_after_bar: the administrator's letter that a lumbar MRI after
  a cellar worker hurt his back lifting kegs goes to the brewery's workers' compensation insurer first.
- faxstd_stack_payroll_cover_short_shifts_page_two_sideways_then_credit_statement: a distillery payroll office's fax
  cover, the plan's letter that a bottling-line worker was not covered in May after an 11.5-shift March (page 2
  turned a quarter), and an earlier shift credit statement (denies nothing).
- lowres_es_curaciones_de_quemadura_fuera_de_la_red: a Spanish letter at 150 dpi: a husband's burn dressing visits at
  a clinic outside the network; the worker and the patient in two name boxes side by side.
- faxfine_burn_dressing_code_claim_form_numbered_boxes: the administrator's letter to a burn clinic that the large-burn
  code does not match a small palm burn, with the claim copied into numbered claim-form boxes.
- scanclean_appeal_committee_knee_nerve_ablation_member_and_patient_boxes: the plan's appeal committee keeps its
  refusal of a wife's genicular nerve ablation as investigational (a second-level appeal within 60 days).
- photocopy_grain_dust_wheeze_stay_observation_not_inpatient_tabbed_boxes: the plan's notice to a hospital that a
  two-day stay is paid as observation, not as an inpatient admission.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famod import (EOSheet, abbr, cap_day, digits, dmy, dmy_long, es_abbr, es_date, iso, kin, last_first,
                               long, n2, payroll_cover, people, phone, plus, reset_names, short_md, slash, tollfree,
                               upper, usd, valley_address, wday, yy)
from public_kit import m2, out, truth

FAMILY = ("maltkiln_trades_health_plan_brewers_maltsters_distillers_shift_credits_fit_test_keg_injury_burn_clinic_code_"
          "ablation_refusals")
LANG = "en"
SEED = 355143
PLAN = "Maltkiln Trades Health Plan"
TPA = "Stillwright Benefit Administrators, Inc."
PLAN_ALT = ["Maltkiln", "Stillwright Benefit Administrators, Inc.", "Stillwright Benefit Administrators"]
TPA_ALT = ["Stillwright Benefit Administrators", "Stillwright", PLAN]
PLAN_ID = "MTHP-A"
LAUTER, BARLEY, ALEMBIC = ("Lauterbrook Brewing Co.", "MK-2201"), ("Barleycorn Maltings", "MK-2207"), \
    ("Alembic Ridge Distillery", "MK-2215")


def mem(rng):
    return "MTH" + digits(rng, 7)


def claim_no(rng):
    return "SB" + digits(rng, 10)


def stillwright(p, rng, box=None, unit="Member Claims", es=False):
    if es:
        p.emblem_head("Stillwright", "Benefit Administrators, Inc.", [
            unit, f"PO Box 40{digits(rng, 2)}, Louisville, KY 40201", f"Servicios {tollfree(rng, '888')}",
            "Atención en español"], "still", box=box, size=19,
            under=f"Administrador de reclamaciones del {PLAN}")
    else:
        p.emblem_head("Stillwright", "Benefit Administrators, Inc.", [
            unit, f"PO Box 40{digits(rng, 2)}, Louisville, KY 40201", f"Members {tollfree(rng, '888')}",
            f"Fax {phone(rng, '502')}"], "still", box=box, size=19,
            under=f"Claims administrator for the {PLAN}")


def maltkiln(p, rng, box=None, unit="Member Services"):
    p.emblem_head(PLAN, "for brewers, maltsters and distillery workers", [
        unit, f"1{digits(rng, 3)} Cooper Street, Louisville, KY 40203", f"Phone {tollfree(rng, '888')}",
        f"Fax {phone(rng, '502')}"], "barley", box=box, size=14.5, serif=True, rule="heavy",
        under=f"Claims administered by {TPA}")


# ------------------------------------------------------------------------------------------------------------------
def born_family_statement(rng):
    malt = people(rng, 1, sexes="M", brew=True)[0]
    wife = kin(rng, malt, "F", brew=True)
    son = kin(rng, malt, "M", brew=True, avoid=(wife.split()[0],))
    gp, pulm, uc = people(rng, 3, sexes="FMF", brew=True, avoid=(malt, wife, son))
    m = mem(rng)
    sd = dt.date(2026, 3, 20)
    GRAIN, LUNG, OCC, URG = ("Grainfield Family Practice", "Lungwell Pulmonary Associates",
                             "Quenchwell Occupational Health", "Pikestaff Urgent Care")
    d1, d2, d3, d4, d5 = (dt.date(2026, 2, 10), dt.date(2026, 2, 17), dt.date(2026, 2, 24), dt.date(2026, 3, 2),
                          dt.date(2026, 3, 5))
    cl = [claim_no(rng) for _ in range(5)]
    fit = 185.00
    stmt = f"ST-{digits(rng, 4)}-{digits(rng, 3)}"
    p = EOSheet(footer="Page {n} of {nb}", run_hdr=f"{last_first(malt)}  \u00b7  {m}  \u00b7  Family statement "
                                                   f"{stmt}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    stillwright(p, rng, box="FAMILY CLAIMS STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(10)
    for ln in [malt, *valley_address(rng)]:
        p.cell(W * 0.44, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.pipe_ids([(m, "member no."), (BARLEY[1], f"group \u00b7 {BARLEY[0]}"), (PLAN_ID, "plan"),
                     (long(sd), "statement date"), (stmt, "statement no.")],
                    p.l_margin + W * 0.44, y0, W * 0.56, size=8.8, h=5.5, split=0.42)
    p.set_xy(p.l_margin, max(ya, yb) + 4)
    p.f(8.6)
    p.set_fill_color(238, 238, 238)
    p.multi_cell(W, 4.2, f"Covered on this statement: {malt} (member, {m}), {wife} (spouse, {m}-01), {son} (son, "
                         f"{m}-02). Your household is covered through April 30, 2026, earned by the 19 shift credits "
                         "Barleycorn Maltings reported for you in February.", fill=True, padding=2, new_x="LMARGIN",
                 new_y="NEXT")
    p.set_fill_color(255, 255, 255)
    p.ln(3)
    p.set_font("Serif", "B", 14)
    p.cell(0, 7, "Claims we finished for your family", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.multi_cell(W, 4, "Each claim is listed in the order the care was given. This is not a bill. The codes in "
                       "brackets are explained in the notes at the end of this statement.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2.5)
    items = [
        (f"Visit with Dr. {gp} at {GRAIN} on {long(d1)} \u2013 claim {cl[0]}", "paid",
         [f"For {wife.split()[0]}. {GRAIN} charged $198.00. The network rate is $173.00; the plan paid $148.00 and "
          f"{wife.split()[0]} owes a $25.00 copay [C1] [N2]."]),
        (f"Breathing test with Dr. {pulm} at {LUNG} on {long(d2)} \u2013 claim {cl[1]}", "paid",
         [f"For {malt.split()[0]}. Spirometry before and after an inhaler (CPT 94060), charged $212.00. The plan paid "
          "$151.00 at the network rate [N2]. Nothing is owed."]),
        (f"Respirator fit test at {OCC} on {long(d3)} \u2013 claim {cl[2]}", "not paid",
         [f"For {malt.split()[0]}. {OCC} charged {usd(fit)} (CPT 94799). The plan paid $0.00 [F4]."]),
        (f"Sports physical with Dr. {gp} at {GRAIN} on {long(d4)} \u2013 claim {cl[3]}", "paid",
         [f"For {son.split()[0]}. Charged $165.00; a yearly checkup, paid in full at the network rate of $151.00 "
          "[P0] [N2]."]),
        (f"Urgent care visit with {uc}, PA-C, at {URG} on {long(d5)} \u2013 claim {cl[4]}", "paid",
         [f"For {son.split()[0]}. A sprained ankle: visit and X-ray (99203, 73610), charged $311.00. The plan paid "
          "$201.50; the $40.00 urgent care copay is owed to the clinic [C1] [N2]."]),
    ]
    p.numbered_claims(items, size=9.2)
    p.tiles([("Charged", "$1,071.00"), ("Plan paid", "$651.50"), ("Family may owe", "$250.00"),
             ("Family deductible met", "$600.00")], size=11.5)
    p.legend2("Notes", [
        ("C1", "A copay. Pay it to the provider, not to us."),
        ("N2", "Paid at the plan's network rate. A network provider may not bill for the difference between its "
               "charge and the network rate."),
        ("P0", "A preventive visit paid in full."),
        ("F4", "Exams, tests and fittings that an employer needs for a job, such as a respirator fit test, a "
               "noise-program hearing test or a pre-placement physical, are the employer's cost. They are not "
               "benefits of the plan (Plan Rules, exclusion 14). Ask your employer's safety office to pay the "
               "provider."),
        ("R9", "Another plan must pay first. (Not used on this statement.)"),
        ("S3", "Held for shift credits from your employer. (Not used on this statement.)"),
    ], size=7.8)
    p.heading("Questions or disagreement", 9.8)
    p.para("Call us first: many questions can be settled by phone. If you think we handled a claim wrongly, you may "
           "appeal within 180 days of the date of this statement. Write to Stillwright Appeals at the address at the "
           "top and name the claim. For example, if a network provider charged $100.00 and the network rate is "
           "$80.00, the provider may not bill you the $20.00 difference.", 8.6)
    p.f(7)
    p.multi_cell(W, 3.3, f"{TPA} processes claims for the {PLAN}, a self-funded multiemployer plan. Stillwright does not "
                         "insure the plan's benefits.", new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "not_covered", insurer=TPA, plan_id=PLAN_ID, group=BARLEY[1], member_id=m, member_name=malt,
              cases=[cl[2]], claim_amount=m2(fit), service_dates=[iso(d3)], denial_date=iso(sd), provider=OCC,
              appeal_deadline=iso(plus(sd, 180)), alternates={"insurer": TPA_ALT}, type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_keg(rng):
    cellar = people(rng, 1, sexes="M", brew=True)[0]
    ortho, adj = people(rng, 2, sexes="FM", brew=True, avoid=(cellar,))
    IMG = "Hopwater Imaging Center"
    WC = "Hearthline Mutual Insurance Company"
    m = mem(rng)
    ld = dt.date(2026, 4, 14)
    hurt = dt.date(2026, 3, 18)
    mri = dt.date(2026, 3, 30)
    got = dt.date(2026, 4, 7)
    cn = claim_no(rng)
    billed = 2140.00
    ir = f"IR-26-0318-{digits(rng, 2)}"
    p = EOSheet(footer="Page {n} of {nb}",
                fax_hdr=f"APR-14-2026 11:52   STILLWRIGHT MEMBER CLAIMS   502 555 {digits(rng, 4)}   #{digits(rng, 4)} "
                        "P. {n}")
    p.set_margins(18, 14, 18)
    p.add_page()
    stillwright(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(10)
    p.cell(W * 0.46, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [cellar, *valley_address(rng)]:
        p.cell(W * 0.46, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.pipe_ids([(m, "member no."), (f"{LAUTER[1]}", f"group \u00b7 {LAUTER[0]}"), (PLAN_ID, "plan"),
                     (cn, "claim no."), (slash(mri), "date of service"), (usd(billed), "charged"),
                     (ir, "employer incident report")], p.l_margin + W * 0.46, y0, W * 0.54, size=8.8, h=5.5,
                    split=0.44)
    p.set_xy(p.l_margin, max(ya, yb) + 5)
    p.subject(f"Your MRI at {IMG} on {long(mri)}")
    p.para(f"Dear {cellar.split()[0]} {cellar.split()[-1]}:", 9.8)
    p.para(f"We received {IMG}'s claim for an MRI of your lower back (CPT 72148) on {long(got)}. We are not able to "
           "pay it from the health plan at this time.", 9.8)
    p.para(f"The MRI order from Dr. {ortho} and the form you filled out at {IMG} both say you hurt your back on "
           f"{long(hurt)} while lifting half-barrel kegs in the cellar at {LAUTER[0]}. Care for an injury that "
           f"happens at work is paid by the employer's workers' compensation insurance, which for {LAUTER[0]} is "
           f"{WC}. Under Section 9.3 of the Plan Rules, the health plan pays for a work injury only after the "
           "workers' compensation insurer has said in writing that it will not pay.", 9.8)
    p.heading("What you can do", 10.2)
    p.bullets([f"Make sure {LAUTER[0]} has reported the injury to {WC} (your supervisor filed incident report {ir}).",
               f"Ask {IMG} to send its bill to {WC}. Its adjuster, {adj}, can be reached at {phone(rng, '502')}.",
               f"If {WC} refuses the claim, send us a copy of its letter with the claim number from this letter. We "
               "will look at the claim again; you don't need to appeal for that.",
               "If your back was not hurt at work, call us and tell us what happened. We will review the claim again."],
              9.4)
    p.heading("If you disagree", 10.2)
    p.para("You may appeal within 180 days of the date of this letter. Write to Stillwright Appeals at the address "
           "above, or fax your appeal to the number at the top. Tell us why you disagree and send anything that "
           "helps. We decide appeals within 30 days. If your care is urgent, ask for a fast review; we answer those "
           "within 72 hours.", 9.4)
    p.signoff(["Sincerely,", "", "Member Claims", TPA, f"for the {PLAN}"], 9.4)
    p.f(7)
    p.multi_cell(W, 3.3, "This letter is about the health plan only. It is not a decision by any workers' "
                         "compensation insurer and does not affect your right to workers' compensation benefits.",
                 new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=TPA, plan_id=PLAN_ID, group=LAUTER[1], member_id=m, member_name=cellar,
              cases=[cn], claim_amount=m2(billed), service_dates=[iso(mri)], denial_date=iso(ld), provider=IMG,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": TPA_ALT},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_short_shifts(rng):
    worker = people(rng, 1, sexes="F", brew=True)[0]
    clerk, specialist = people(rng, 2, sexes="MF", brew=True, avoid=(worker,))
    URG = "Kilnfield Urgent Care"
    m = mem(rng)
    ld = dt.date(2026, 5, 22)
    visit = dt.date(2026, 5, 6)
    cn = claim_no(rng)
    billed = 368.00
    home = valley_address(rng, "KY")
    p = EOSheet(footer="Page {n} of {nb}", foot_ids=f"{worker}  \u00b7  {m}  \u00b7  Shift Credit Office letter of "
                                                    f"{slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    maltkiln(p, rng, unit="Shift Credit Office")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, wday(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [worker, *home]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.hung([(m, "Member no.", W * 0.2), (ALEMBIC[1], "Group (Alembic Ridge)", W * 0.2),
            (PLAN_ID, "Plan", W * 0.14), (cn, "Claim no.", W * 0.24), (usd(billed), "Charged", W * 0.22)], size=9.4)
    p.ln(1)
    p.f(11.2, "B")
    p.cell(0, 6, "You were not covered by the plan in May 2026", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear {worker.split()[0]} {worker.split()[-1]}:", 9.8)
    p.para(f"{URG} sent us a claim for your visit on {long(visit)}, when you were treated for a burn on your hand. "
           "The plan cannot pay it, because you were not covered by the plan that month.", 9.8)
    p.para("Coverage in any month is earned by work two months before: you are covered in a month when your "
           "employer reports at least 16 shift credits for you in the work month two months earlier. March work "
           "earns May coverage. A regular shift is 1 credit; a 12-hour shift is 1.5.", 9.8)
    p.para(f"{ALEMBIC[0]} reported 11.5 shift credits for you for March 2026. The bottling line was shut down for "
           "retooling for most of the month:", 9.8)
    p.wrap_table(["Work dates (March 2026)", "Shifts", "Credits", "Note"],
                 [["Mar 2 - Mar 6", "5", "5.0", "bottling line"], ["Sat Mar 7", "1", "1.0", "cleaning"],
                  ["Mar 9 - Mar 27", "2", "2.0", "line shut down; two maintenance shifts (Mar 17, 18)"],
                  ["Sat Mar 28", "1", "1.5", "12-hour inventory shift"], ["Mar 30 - Mar 31", "2", "2.0",
                                                                            "bottling line"],
                  ["Total", "11", "11.5", "16 needed for May coverage"]],
                 [W * 0.26, W * 0.1, W * 0.1, W * 0.54], size=8.6, bold_last=True)
    p.add_page()
    p.heading("What you can do", 10.4)
    p.bullets(["If the shift report is wrong, ask Alembic Ridge's payroll office to send us a corrected report for "
               "March. If it shows 16 credits or more, we will cover May and pay the claim without an appeal.",
               f"You may keep coverage for June by a self-payment of $412.00, which must reach us by "
               f"{long(dt.date(2026, 5, 29))}. The time to buy May coverage ended on {long(dt.date(2026, 4, 25))}.",
               "You may appeal this decision within 180 days of the date of this letter. Write to the Plan's Appeals "
               "Committee at the address on page 1 and tell us why you think you were covered."], 9.4)
    p.para(f"Questions: {specialist}, shift credit specialist, {tollfree(rng, '888')}, ext. 2{digits(rng, 2)}.", 9.4)
    p.signoff(["Shift Credit Office", PLAN], 9.4)
    t1 = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, group=ALEMBIC[1], member_id=m,
               member_name=worker, cases=[cn], claim_amount=m2(billed), service_dates=[iso(visit)],
               denial_date=iso(ld), provider=URG, appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": PLAN_ALT})
    # the earlier shift credit statement (denies nothing)
    sdt = dt.date(2026, 3, 6)
    q = EOSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 15, 18)
    q.add_page()
    maltkiln(q, rng, box="SHIFT CREDIT STATEMENT", unit="Shift Credit Office")
    W = q.w - q.l_margin - q.r_margin
    q.f(10)
    for ln in [worker, *home]:
        q.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    q.over_boxes([(m, "Member no.", W * 0.22), (ALEMBIC[1], "Group", W * 0.16), (PLAN_ID, "Plan", W * 0.16),
                  (cap_day(sdt), "Statement date", W * 0.22), ("Bottling", "Department", W * 0.24)], size=9.4)
    q.para("This statement shows the shift credits your employer reported for you and the months of coverage they "
           "earn. You don't need to do anything unless a number looks wrong.", 9.6)
    q.wrap_table(["Work month", "Shifts reported", "12-hour shifts", "Shift credits", "Earns coverage for",
                  "Covered?"],
                 [["December 2025", "18", "2", "19.0", "February 2026", "Yes"],
                  ["January 2026", "17", "0", "17.0", "March 2026", "Yes"],
                  ["February 2026", "16", "1", "16.5", "April 2026", "Yes"]],
                 [W * 0.18, W * 0.16, W * 0.15, W * 0.15, W * 0.2, W * 0.16], size=8.8)
    q.para("The bottling line is scheduled to close for retooling in March. Shifts you work on other lines, "
           "maintenance shifts and cleaning shifts all count. If March credits fall under 16, you can keep May "
           "coverage by a self-payment; we will send you a notice with the amount.", 9.2)
    q.para(f"Questions: {specialist}, shift credit specialist, {tollfree(rng, '888')}. This statement is not a bill "
           "and does not decide any claim.", 9.2)
    t2 = truth("other", None, insurer=PLAN, plan_id=PLAN_ID, group=ALEMBIC[1], member_id=m, member_name=worker,
               denial_date=iso(sdt), alternates={"insurer": PLAN_ALT})
    cd = dt.date(2026, 5, 28)
    cover = payroll_cover(ALEMBIC[0], "People & Payroll", ["4400 Rickhouse Road, Bardstown, KY 40004",
                                                          f"Phone {phone(rng, '502')}  \u00b7  Fax {phone(rng, '502')}"],
                          "Shift Credit Office, Maltkiln Trades Health Plan", phone(rng, "502"),
                          f"{clerk}, payroll", slash(cd), "5 incl. cover",
                          f"{worker} - March 2026 shifts and May coverage",
                          [f"Our March report for {worker.split()[0]} left off the two Saturday cleaning shifts she "
                           "worked on 3/14 and 3/21. A corrected report will follow from our payroll system this week.",
                           "Attached are the letter she received and her last shift statement. Please call me if "
                           "you need anything else."],
                          [("Week of 03/09/26", "0", "0.0 hrs"), ("Week of 03/16/26", "3", "24.0 hrs"),
                           ("Week of 03/23/26", "1", "12.0 hrs")])
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def lowres_es_burn(rng):
    worker = people(rng, 1, es=True, sexes="F", brew=True)[0]
    husband = kin(rng, worker, "M", es=True, brew=True)
    rep = people(rng, 1, sexes="F", brew=True)[0]
    CLIN = "Clínica de Quemaduras Santa Oliva"
    NET = "Wortham General Hospital Wound Center"
    ld = dt.date(2026, 6, 9)
    burn = dt.date(2026, 4, 25)
    visits = [dt.date(2026, 4, 28), dt.date(2026, 5, 5), dt.date(2026, 5, 12)]
    cn = claim_no(rng)
    billed = 975.00
    m = mem(rng)
    hid = m + "-01"
    p = EOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    stillwright(p, rng, unit="Reclamaciones de afiliados", es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, es_date(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [worker, *valley_address(rng, "KY")]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.party_pair(("Trabajadora afiliada", worker, [("Número de afiliada", m),
                                                   ("Fecha de nacimiento", slash(dt.date(1984, 10, 19))),
                                                   ("Empleador", ALEMBIC[0])]),
                 ("Paciente", husband, [("Número de afiliado", hid), ("Fecha de nacimiento",
                                                                     slash(dt.date(1982, 1, 30))),
                                        ("Parentesco", "esposo")]),
                 mark="esta carta trata de este paciente")
    p.hung([(cn, "Número de reclamación", W * 0.3), (usd(billed), "Cantidad cobrada", W * 0.22),
            (ALEMBIC[1], "Grupo", W * 0.2), (PLAN_ID, "Plan", W * 0.28)], size=9)
    p.hung([(", ".join(es_abbr(v) for v in visits), "Fechas de las visitas", W * 0.5),
            (CLIN, "Proveedor (fuera de la red)", W * 0.5)], size=9)
    p.f(11, "B")
    p.cell(0, 6, f"Las curaciones de la quemadura de {husband.split()[0]}", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Estimada {worker.split()[0]} {worker.split()[-1]}:", 9.8)
    p.para(f"La {CLIN} nos mandó una reclamación de {usd(billed)} por tres visitas de {husband.split()[0]} para curar "
           f"la quemadura de su brazo: el {es_date(visits[0])}, el {es_date(visits[1])} y el {es_date(visits[2])}. "
           "No podemos pagar esta reclamación.", 9.6)
    p.para(f"La {CLIN} no forma parte de la red del plan. El plan paga a proveedores fuera de la red solamente en una "
           f"emergencia. La visita a la sala de emergencias del {es_date(burn)}, cuando ocurrió la quemadura, sí la "
           "pagamos. Las curaciones de los días siguientes ya no eran una emergencia, y el plan las paga solamente si "
           f"las da un proveedor de la red (por ejemplo, {NET}) o si Stillwright las aprueba antes de la visita. No "
           "tenemos ninguna aprobación para estas visitas.", 9.6)
    p.para(f"Como la clínica no tiene contrato con el plan, puede cobrarles a ustedes. Si {husband.split()[0]} "
           f"necesita más curaciones, llame al {NET} al {phone(rng, '502')}.", 9.6)
    p.heading("Si no está de acuerdo", 10)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a Stillwright Appeals a la "
           "dirección de arriba y explique por qué no está de acuerdo. Decidimos las apelaciones en 30 días; si la "
           "atención es urgente, pida una revisión rápida (72 horas).", 9.2)
    p.para(f"Preguntas: {rep}, representante bilingüe, {tollfree(rng, '888')}.", 9.2)
    p.signoff(["Atentamente,", "", "Reclamaciones de afiliados", TPA], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=TPA, plan_id=PLAN_ID, group=ALEMBIC[1], member_id=hid,
              member_name=husband, cases=[cn], claim_amount=m2(billed), service_dates=[iso(v) for v in visits],
              denial_date=iso(ld), provider=CLIN, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": TPA_ALT, "member_id": [m],
                          "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_burn_code(rng):
    brewer = people(rng, 1, sexes="M", brew=True)[0]
    son = kin(rng, brewer, "M", brew=True)
    doc, rep = people(rng, 2, sexes="FM", brew=True, avoid=(brewer, son))
    CLIN = "Emberline Burn & Wound Clinic"
    m = mem(rng)
    sid = m + "-02"
    ld = dt.date(2026, 7, 2)
    hurt = dt.date(2026, 6, 14)
    dos = dt.date(2026, 6, 15)
    got = dt.date(2026, 6, 24)
    cn = claim_no(rng)
    billed = 640.00
    acct = f"EBW-{digits(rng, 5)}"
    npi = "1" + digits(rng, 9)
    p = EOSheet(footer="Page {n} of {nb}", fax_hdr=f"{yy(ld)}  14:31  STILLWRIGHT PROVIDER SVCS  ->  EMBERLINE BURN  "
                                                   "pg {n}/2")
    p.set_margins(16, 14, 16)
    p.add_page()
    stillwright(p, rng, box="CLAIM RETURNED FOR CORRECTION", unit="Provider Services")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    for ln in [f"{CLIN}", "Attn: Billing", f"{rng.randint(200, 980)} Distillery Row, Suite 2", "Louisville, KY 40206"]:
        p.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(9, "B")
    p.cell(0, 5, f"Your claim as we received it on {slash(got)} (boxes copied from the claim form)", new_x="LMARGIN",
           new_y="NEXT")
    p.lettered([[("1a.", "Insured's ID number", m, 0.34), ("2.", "Patient's name", last_first(son), 0.36),
                 ("3.", "Patient's birth date", "09 02 2011", 0.3)],
                [("4.", "Insured's name", last_first(brewer), 0.34), ("6.", "Patient relationship", "Child", 0.22),
                 ("11.", "Insured's policy group", LAUTER[1], 0.22), ("26.", "Patient's account no.", acct, 0.22)],
                [("24A.", "Date of service", "06 15 26", 0.15), ("24D.", "Procedure", "16030", 0.12),
                 ("24E.", "Dx ptr", "A", 0.1), ("24F.", "Charges", "640 00", 0.13),
                 ("28.", "Total charge", "640 00", 0.14), ("33.", "Billing provider", f"{CLIN}\nNPI {npi}", 0.36)]],
               size=8.8, cap=5.6)
    p.hung([(cn, "Stillwright claim no.", W * 0.3), (sid, "Patient's member no.", W * 0.28),
            (PLAN_ID, "Plan", W * 0.16), (usd(billed), "Billed", W * 0.26)], size=9.2)
    p.para(f"We can't pay this claim as it was billed. CPT 16030 is for dressing or debriding a large burn: more "
           "than 10 percent of the body, or more than one arm or leg. The visit note signed by Dr. "
           f"{doc} describes a second-degree burn of the left palm and two fingers from a campfire on "
           f"{slash(hurt)}, about 2 percent of the body. That is a small burn, which matches CPT 16020.", 9.4)
    p.para(f"Please send a corrected claim for the visit on {long(dos)} with CPT 16020 and the original claim "
           "number in box 22. Corrected claims are accepted until the plan's filing limit of 365 days after the "
           "date of service. Do not bill the family for the difference between the two codes.", 9.4)
    p.add_page()
    p.heading("If you disagree", 10.2)
    p.para("If you believe CPT 16030 was right, you may ask for a review within 120 days of the date of this "
           "letter. Send the full burn chart, including the body-surface diagram and any photographs, to Stillwright "
           "Provider Reviews at the address at the top of page 1. A reviewer who is a nurse or doctor, and who did "
           "not look at this claim before, will decide.", 9.4)
    p.para(f"Questions about this letter: {rep}, provider services, {tollfree(rng, '888')}, option 3. Please have "
           "the claim number ready.", 9.4)
    p.signoff(["Provider Services", TPA, f"claims administrator for the {PLAN}"], 9.4)
    t = truth("denial_letter", "coding_error", insurer=TPA, plan_id=PLAN_ID, group=LAUTER[1], member_id=sid,
              member_name=son, cases=[cn], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=CLIN, appeal_deadline=iso(plus(ld, 120)),
              alternates={"insurer": TPA_ALT, "member_id": [m], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_appeal(rng):
    emp = people(rng, 1, sexes="M", brew=True)[0]
    wife = kin(rng, emp, "F", brew=True)
    doc, chair, ortho = people(rng, 3, sexes="MFM", brew=True, avoid=(emp, wife))
    PAIN = "Ryegate Pain Institute"
    m = mem(rng)
    wid = m + "-01"
    dd = dt.date(2026, 8, 5)
    first = dt.date(2026, 6, 22)
    filed = dt.date(2026, 7, 9)
    meet = dt.date(2026, 7, 30)
    planned = dt.date(2026, 8, 20)
    req = f"MM-26-{digits(rng, 5)}"
    ac = f"AC-26-{digits(rng, 3)}"
    p = EOSheet(footer="Page {n} of {nb}", foot_ids=f"{PLAN} Appeals Committee  \u00b7  Appeal {ac}  \u00b7  "
                                                    f"Decision of {long(dd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    maltkiln(p, rng, box="APPEAL DECISION", unit="Appeals Committee")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, long(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [emp, *valley_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.party_pair(("Plan member (employee)", emp, [("Member no.", m), ("Date of birth", slash(dt.date(1971, 4, 16))),
                                                  ("Employer", BARLEY[0]), ("Group", BARLEY[1])]),
                 ("Patient", wife, [("Member no.", wid), ("Date of birth", slash(dt.date(1973, 12, 2))),
                                    ("Relationship", "Spouse")]),
                 mark="the appeal and this decision are about her")
    p.pairs([("Appeal number", ac), ("Request it is about", f"{req} (decided {slash(first)})"),
             ("Service", "Cooled radiofrequency ablation of the genicular nerves, right knee (CPT 64624)"),
             ("Asked for by", f"Dr. {doc}, {PAIN}"), ("Planned date", long(planned)),
             ("Appeal received", slash(filed))], label_w=42, size=9.2, h=5.0)
    p.ln(2)
    p.decision_strip("The committee agreed with the first decision", f"Plan {PLAN_ID}")
    p.para(f"Dear {emp.split()[0]} {emp.split()[-1]}:", 9.8)
    p.para(f"At its meeting on {slash(meet)}, the Appeals Committee looked again at the plan's decision on request "
           f"{req}, for the nerve ablation Dr. {doc.split()[-1]} planned for {wife.split()[0]}'s right knee. The "
           f"committee read your letter, the records from {PAIN} and the first reviewer's notes. An orthopedic surgeon who had no part in the "
           f"first decision, Dr. {ortho}, advised the committee.", 9.4)
    p.heading("Why", 10)
    p.para("The plan does not pay for services that are experimental or investigational (Plan Rules, exclusion 6). "
           "The plan's medical policy on radiofrequency ablation of the knee nerves (MP-41) lists it as "
           "investigational for knee pain: the studies so far are small, follow people for a short time and do "
           "not show that the relief lasts or that people get back to more activity than with the care the plan "
           f"covers. The records show {wife.split()[0]} has not yet tried physical therapy for this knee. The plan "
           "covers physical therapy, steroid injections and, when they are needed, knee replacement.", 9.4)
    p.heading("Your next steps", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the "
           "Appeals Committee at the address above; the full Board of Trustees decides second-level appeals at its "
           "next quarterly meeting. After that, you may ask for an external review by an independent reviewer "
           "within four months of the final decision.", 9.4)
    p.signoff(["For the Appeals Committee,", "", chair, "Committee Secretary"], 9.4)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=PLAN_ID, group=BARLEY[1], member_id=wid,
              member_name=wife, cases=[ac, req], service_dates=[iso(planned)], denial_date=iso(dd), provider=PAIN,
              appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": PLAN_ALT, "member_id": [m], "case_numbers": [[ac], [req]],
                          "provider": [f"Dr. {doc}", doc], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_observation(rng):
    hand = people(rng, 1, sexes="M", brew=True)[0]
    att, nurse, md = people(rng, 3, sexes="FFM", brew=True, avoid=(hand,))
    HOSP = "Wortham General Hospital"
    m = mem(rng)
    nd = dt.date(2026, 2, 12)
    adm, dis = dt.date(2026, 2, 8), dt.date(2026, 2, 10)
    ur = f"UR-26-{digits(rng, 5)}"
    hacct = f"WGH{digits(rng, 8)}"
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    maltkiln(p, rng, box="LEVEL OF CARE NOTICE", unit="Medical Management")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, f"Sent by fax and mail on {long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    for ln in [HOSP, "Utilization Review Department", f"{rng.randint(100, 900)} Mashtun Avenue", "Frankfort, KY 40601"]:
        p.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.tab_boxes([[("Patient", hand, 0.36), ("Member no.", m, 0.24), ("Group", f"{ALEMBIC[1]} (Alembic Ridge)", 0.4)],
                 [("Review no.", ur, 0.24), ("Admitted", slash(adm), 0.18), ("Discharged", slash(dis), 0.18),
                  ("Hospital account", hacct, 0.4)],
                 [("Level asked for", "Inpatient admission", 0.5), ("Level approved", "Outpatient observation",
                                                                     0.5)]],
                size=9, dark=False)
    p.para("To the Utilization Review Department:", 9.8)
    p.para(f"{HOSP} asked us to approve an inpatient admission for {hand} from {long(adm)} through {long(dis)} "
           f"(attending physician Dr. {att}). We approve the stay at the outpatient observation level. We do not "
           "approve it as an inpatient admission.", 9.6)
    p.heading("Why", 10)
    p.para(f"{hand.split()[0]} came to the emergency department with wheezing and a cough that started after a cold, "
           "with a history of asthma from grain dust. The records show his breathing improved after two "
           "nebulizer treatments and a dose of steroids, his oxygen level stayed at 95 percent or higher on room "
           "air, and he did not need care in an intensive care unit. He went home on the third day on an inhaler "
           "and tablets. Care like this, watching a patient to see whether he is well enough to go home, is "
           "observation care. The plan's admission guideline (MM-ADM-7) calls for an inpatient admission when a "
           "patient needs oxygen, continuous treatment or close monitoring that lasts past the first day, and that "
           "was not the case here.", 9.4)
    p.para("Please bill the stay as outpatient observation. The plan will pay the observation charges under the "
           "member's outpatient benefit; the member may not be billed the difference.", 9.4)
    p.heading("Appeal", 10)
    p.para("A hospital or the member may appeal this decision within 60 days of the date of this notice. Send the "
           "appeal with the full record to Maltkiln Medical Management at the address above. Your physician may "
           f"also talk with our physician reviewer, Dr. {md}, within 5 business days of this notice by calling "
           f"{tollfree(rng, '888')}; this talk is not an appeal.", 9.2)
    p.signoff(["Maltkiln Medical Management", f"{nurse}, RN, utilization review nurse",
               "Reviews done for the plan by Stillwright Benefit Administrators, Inc."], 9.2)
    p.f(7.2)
    p.cell(0, 4, f"cc: {hand} (member)  \u00b7  Plan {PLAN_ID}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=PLAN_ID, group=ALEMBIC[1], member_id=m,
              member_name=hand, cases=[ur], service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
              provider=HOSP, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {att}", att],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    reset_names()
    F = FAMILY + "_"
    items = [Item(F + "born_digital_family_statement_numbered_claims_fit_test_note_f4", "born_digital",
                  [born_family_statement(rng)]),
             Item(F + "faxstd_keg_lift_back_mri_workers_comp_first_captions_after_bar", "fax_standard_g4",
                  [faxstd_keg(rng)])]
    cover, docs = stack_short_shifts(rng)
    items.append(Item(F + "faxstd_stack_payroll_cover_short_shifts_page_two_sideways_then_credit_statement",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "lowres_es_curaciones_de_quemadura_fuera_de_la_red", "scan_lowres_150", [lowres_es_burn(rng)]),
              Item(F + "faxfine_burn_dressing_code_claim_form_numbered_boxes", "fax_fine_g4", [faxfine_burn_code(rng)]),
              Item(F + "scanclean_appeal_committee_knee_nerve_ablation_member_and_patient_boxes", "scan_clean_300",
                   [scanclean_appeal(rng)]),
              Item(F + "photocopy_grain_dust_wheeze_stay_observation_not_inpatient_tabbed_boxes", "photocopy",
                   [photocopy_observation(rng)])]
    return items
