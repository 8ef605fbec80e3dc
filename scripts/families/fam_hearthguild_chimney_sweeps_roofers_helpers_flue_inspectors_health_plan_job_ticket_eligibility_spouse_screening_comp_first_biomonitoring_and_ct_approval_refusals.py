"""An invented health plan for chimney sweeps, roofers' helpers and flue inspectors and their families: the Hearthguild
Chimney & Flue Trades Health Plan (a drawn chimney-on-a-roof mark with "HG" beside its name set on two lines), run by
a board of trustees and administered by Damperline Benefit Services, Inc., which prints its own name large on the
letters it sends and names the Plan in a small line under it. Invented rules: a participant earns a month of coverage
when participating employers report at least 30 job tickets (sweeps, inspections, relines, crown repairs) or, for
roofers' helpers paid by the hour, 100 hours in the work month two months before it; respiratory screening
(spirometry, diffusing capacity, low-dose CT) is a trade benefit for participants who work in the trades, not for
spouses and children; full-body skin checks for soot and creosote exposure are covered in full once a year;
exposure biomonitoring tests (urine 1-hydroxypyrene, exhaled breath panels) are unproven; CT scans other than in an
emergency need the administrator's approval first; care outside the Fluewright Network is paid only in an emergency;
an injury at work goes to the employer's workers' compensation insurer first. Every plan, company, clinic, hospital,
person, number, address and time limit is invented; phones use 555; CPT and HCPCS codes appear as themselves. No
heading names the kind of refusal, and several letters never use the words "denied" or "denial".

Documents (8 in 7 files):
- bd_household_statement_spouse_spirometry_tiny_patient_column: the Plan's two-page household claims
  statement headed by the participant (a chimney sweep); six claims of four people in one table whose headings are
  printed only on page 1, the patient named only in a tiny column; the spouse's spirometry line (R7) is on page 2,
  R7 explained only in the code key.
- faxstd_stack_roofing_cover_ladder_fall_upside_down_coverage: a roofing company's
  letter-style fax cover; Damperline's two-page letter (page 2 upside down) that a roofer's helper's emergency visit
  after a fall from a ladder on a job goes to workers' compensation first; Damperline's coverage notice (denies
  nothing).
- faxstd_provider_notice_biomonitoring_lines_unproven: a provider notice to an occupational health clinic:
  the visit paid, the urine 1-hydroxypyrene and exhaled breath panel lines unproven.
- faxfine_chest_ct_without_approval_questions: Damperline's letter in questions and answers: a chest
  CT done without the approval the Plan needs first.
- lowres_roofers_helper_february_hours_short: a roofer's helper's urgent care visit in a month he had
  not earned coverage for (84 of 100 hours reported for the work month).
- phone_es_quemadura_creosota_clinica_fuera_de_red: Spanish: three burn dressing visits at a clinic outside the
  network after a creosote burn (the emergency visit paid, as a decoy).
- scan300_pulmonary_rehab_normal_breathing_tests: a two-page review letter (running header) refusing
  pulmonary rehabilitation for a sweep with normal breathing tests.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famle import dear_cover
from kit_rounden_famne import (ENSheet, abbr, dash, dd_mon, digits, es_abbr, es_date, fresh, iso, kin,
                               long, mon_dash_yy, n2, parts, people, phone, plus, roman_month, slash, tollfree,
                               upper_abbr, usd, yy)
from public_kit import m2, out, truth

FAMILY = ("hearthguild_chimney_sweeps_roofers_helpers_flue_inspectors_health_plan_job_ticket_eligibility_"
          "spouse_screening_comp_first_biomonitoring_and_ct_approval_refusals")
LANG = "en"
SEED = 355134

PLAN = "Hearthguild Chimney & Flue Trades Health Plan"
PLAN_ALT = ["Hearthguild Chimney and Flue Trades Health Plan", "Hearthguild Trades Health Plan",
            "Hearthguild Health Plan", "Hearthguild"]
PLAN_ES = "Plan de Salud Hearthguild"
ADMIN = "Damperline Benefit Services, Inc."
ADMIN_ALT = ["Damperline Benefit Services", "Damperline"]
ADDR = "Plan Office, 61 Ember Court, Suite 300, Ashby Crossing, MN 55318"
NETWORK = "Fluewright Network"
SWEEPS, ROOFING = "Stackhouse Chimney Sweeps, Inc.", "Crowsnest Roofing & Masonry"
G_SW, G_RF, G_FI = "HG-0412", "HG-0527", "HG-0619"
P_TR, P_HR = "HCF-1", "HCF-2"
KILN = "Kilnworth Regional Medical Center"


def pid(rng) -> str:
    return f"HC{digits(rng, 7)}"


def claim_no(rng, d: dt.date) -> str:
    return f"{d.strftime('%y%m')}-HG-{digits(rng, 6)}"


def dbs_no(rng) -> str:
    return f"DBS-26-{digits(rng, 7)}"


def head(p: ENSheet, rng, right=None, es=False):
    p.logo_head("Hearthguild Chimney & Flue", "Trades Health Plan", "chimney",
                [f"{ADDR}  |  {'Servicios al participante' if es else 'Participant services'} {tollfree(rng, '855')}",
                 ("Administrado por " if es else "Administered by ") + ADMIN],
                initials="HG", right=right, size=15,
                tag="Plan de los oficios de deshollinadores, techadores e inspectores de chimeneas" if es else
                "For chimney sweeps, roofers' helpers and flue inspectors")


def dbs_head(p: ENSheet, rng, right=None, small=None, spaced=True):
    p.contractor_head("Damperline Benefit Services" if spaced else ADMIN,
                      small or f"Claims administrator for the {PLAN}",
                      [f"PO Box 880, Ashby Crossing, MN 55318  |  {tollfree(rng, '855')}  |  Fax {phone(rng, '952')}"],
                      right=right, spaced=spaced, size=17 if spaced else 15.5)


# ---------------------------------------------------------------------------------------------------------------
def bd_household(rng):
    """Household statement: the spouse's spirometry line (R7) on page 2; patients only in a tiny column."""
    sweep, = people(rng, 1, sexes="M")
    wife = kin(rng, sweep, "F")
    son = kin(rng, sweep, "M")
    dau = kin(rng, sweep, "F")
    num = pid(rng)
    sd = dt.date(2026, 5, 29)
    derm, ped, occ, urg, fam, pt_clin = ("Lakeshore Dermatology", "Birchmere Pediatrics",
                                         "Northflue Occupational Health Clinic", "Gable Street Urgent Care",
                                         "Birchmere Family Medicine", "Sootpath Physical Therapy")
    d_fam = dt.date(2026, 5, 6)
    claims = [
        (dt.date(2026, 4, 13), derm, sweep,
         [("99213", "Full-body skin check, soot exposure", 185.00, 185.00, 0.0, "T1")]),
        (dt.date(2026, 4, 16), ped, son, [("99393", "Well child visit", 215.00, 215.00, 0.0, "P0"),
                                          ("90715", "Tdap vaccine", 62.50, 62.50, 0.0, "P0"),
                                          ("90460", "Vaccine administration", 28.00, 28.00, 0.0, "P0"),
                                          ("96110", "Developmental screening", 24.00, 24.00, 0.0, "P0")]),
        (dt.date(2026, 4, 22), occ, sweep, [("99214", "Office visit", 240.00, 240.00, 0.0, "T1"),
                                            ("94010", "Spirometry", 96.00, 96.00, 0.0, "T1"),
                                            ("94729", "Diffusing capacity", 148.00, 148.00, 0.0, "T1"),
                                            ("71046", "Chest X-ray, 2 views", 112.00, 112.00, 0.0, "T1")]),
        (dt.date(2026, 4, 30), urg, dau, [("99203", "Urgent care visit", 210.00, 185.00, 25.00, "C2"),
                                          ("87880", "Rapid strep test", 34.00, 34.00, 0.0, "P0")]),
        (dt.date(2026, 5, 1), "Ashby Vision Clinic", dau,
         [("92004", "Eye exam, new patient", 188.00, 188.00, 0.0, "P0"),
          ("92015", "Refraction", 45.00, 45.00, 0.0, "P0")]),
        (dt.date(2026, 5, 4), pt_clin, sweep, [("97161", "PT evaluation", 190.00, 152.00, 38.00, "P2"),
                                               ("97110", "Therapeutic exercise x2", 118.00, 94.40, 23.60, "P2"),
                                               ("97140", "Manual therapy", 64.00, 51.20, 12.80, "P2")]),
        (d_fam, fam, wife, [("99213", "Office visit", 165.00, 140.00, 25.00, "C2"),
                            ("36415", "Blood draw", 18.00, 18.00, 0.0, "P0"),
                            ("94010", "Spirometry, breathing test", 96.00, 0.0, 96.00, "R7"),
                            ("85025", "Blood count", 29.00, 29.00, 0.0, "P0")]),
    ]
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"Household statement {yy(sd)}  |  {num}")
    p.add_page()
    head(p, rng, right=["Household Claims Statement", f"Statement date {long(sd)}", "This is not a bill"])
    y0 = p.get_y()
    p.f(13, "B")
    p.cell(100, 6.5, sweep, new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    for ln in [f"{rng.randint(2, 9)}{rng.randint(10, 99)} Flint Hollow Road", "Ashby Crossing, MN 55319"]:
        p.cell(100, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.multi_cell(96, 4.0, "This statement shows claims for you and the family members on your coverage. Each line "
                          "shows who the patient was.", new_x="LMARGIN", new_y="NEXT")
    yb = p.ticket([(num, "participant ID"), (G_SW, "employer group"), (P_TR, "plan"), (slash(sd), "statement date"),
                   (NETWORK, "network")], x=p.w - p.r_margin - 70, y=y0, w=70, size=8.8, cap=6.2,
                  title="Your coverage")
    p.set_y(max(p.get_y(), yb) + 4)
    rows, bold = [], set()
    tot_c = tot_p = tot_s = 0.0
    subj_claim = subj_tot = None
    for d, prov, pat, lines in claims:
        c = claim_no(rng, d)
        rows.append(f"Claim {c}    {prov}    {NETWORK}")
        cc = cp = cs = 0.0
        for code, desc, ch, pd, sh, note in lines:
            rows.append([yy(d), pat, desc, code, n2(ch), n2(pd), n2(sh), note])
            cc, cp, cs = cc + ch, cp + pd, cs + sh
        bold.add(len(rows))
        rows.append(["", "", "Claim total", "", n2(cc), n2(cp), n2(cs), ""])
        tot_c, tot_p, tot_s = tot_c + cc, tot_p + cp, tot_s + cs
        if pat == wife:
            subj_claim, subj_tot = c, cc
    bold.add(len(rows))
    rows.append(["", "", "Household total", "", n2(tot_c), n2(tot_p), n2(tot_s), ""])
    p.runon_table(["Date", "Patient", "Service", "Code", "Charged", "Plan paid", "Your share", "Note"], rows,
                  [15, 29, 55, 14, 17, 17, 19, 13.9], ["L", "L", "L", "L", "R", "R", "R", "C"], size=7.6, row_h=5.3,
                  bold_rows=bold, tiny_cols={1: 5.4})
    if p.get_y() + 28 > p.h - 22:
        p.add_page()
    yb = p.money_box("This statement", [("Charged by providers", usd(tot_c)), ("Plan paid", usd(tot_p)),
                                        ("Your share (you may owe the providers)", usd(tot_s))], w=110)
    p.set_y(yb + 5)
    p.legend_two("Notes", [
        ("P0", "Paid in full at the Fluewright Network rate."),
        ("P2", "Paid at 80% after the deductible; the rest is your share."),
        ("C2", "Your office or urgent care copay."),
        ("T1", "Trade benefit, paid in full: skin checks and breathing tests for participants who work in the "
               "trades."),
        ("R7", "Breathing tests and lung scans done to screen for soot, creosote or silica exposure are a trade "
               "benefit for participants who work in the trades. They are not a benefit for spouses or children "
               "unless a doctor orders them for symptoms."),
        ("W3", "Injury at work: the employer's workers' compensation insurer pays first."),
        ("E5", "Not enough job tickets or hours were reported to earn coverage for this month."),
        ("N8", "Provider outside the Fluewright Network; paid only in an emergency."),
        ("A4", "The Plan's approval was needed before this service."),
        ("X2", "Test not proven to change care; not covered."),
    ], note="A note applies only to the line it is printed on.")
    yb = p.side_blocks([("Job tickets and coverage",
                    [("March 2026 job tickets reported", "38 (30 needed)"),
                     ("Coverage earned through", "May 31, 2026"),
                          ("Deductible met, 2026", "$150.00 of $400.00")])], p.l_margin, p.get_y(), 110, size=7.8)
    p.set_y(yb + 2)
    p.para("Questions or an appeal. You may appeal any line on this statement to the Board of Trustees within 180 "
           f"days of the date of this statement. Write to the Appeals Committee, {PLAN}, {ADDR}, and tell us the "
           "claim "
           f"number, the line and why you disagree. Call {tollfree(rng, '855')} with questions.", 8.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=P_TR, group=G_SW, member_id=num, member_name=wife,
              cases=[subj_claim], claim_amount=m2(subj_tot), service_dates=[iso(d_fam)], denial_date=iso(sd),
              provider=fam, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT + [ADMIN] + ADMIN_ALT, "claim_amount": ["96.00"]})
    return out(p), t


def faxstd_stack(rng):
    """Roofing office cover; Damperline: ladder fall on a job goes to comp first (p. 2 upside down); coverage notice."""
    helper, = people(rng, 1, sexes="M")
    office_mgr, er_doc = people(rng, 2, sexes="FF")
    num = pid(rng)
    dos = dt.date(2026, 5, 7)
    ld = dt.date(2026, 6, 2)
    cn = dbs_no(rng)
    wc = f"WC-{digits(rng, 3)}-{digits(rng, 6)}"
    lines = [("99284", "Emergency department visit", 1240.00), ("73110", "X-ray, wrist, 3 views", 186.00),
             ("29125", "Short arm splint", 142.50)]
    tot = sum(x[2] for x in lines)
    addr = [helper, f"{rng.randint(100, 999)} Shingle Mill Lane", "Tarborough, MN 55344"]
    cover = dear_cover([ROOFING, "411 Ridgecap Avenue, Tarborough, MN 55344",
                        f"Office {phone(rng, '952')}  |  Fax {phone(rng, '952')}"],
                       [("To", f"{KILN}, Patient Financial Services"), ("Fax", phone(rng, "952")),
                        ("From", f"{office_mgr}, office manager"), ("Date", mon_dash_yy(dt.date(2026, 6, 5))),
                        ("Pages", "4, this one too"), ("Re", f"{parts(helper)[0]} {parts(helper)[2]}, fall on 5/7")],
                       "Dear Billing Office,",
                       [f"Our helper {parts(helper)[0]} asked us to send you the two letters he got from his health "
                        "plan's administrator. The fall happened on our job, so please bill our workers' "
                        f"compensation carrier. Their claim number is {wc}. Call me with anything else you need."],
                       ["Thank you,", office_mgr], title="FAX")
    # --- doc 1: comp first, two pages, plain words
    p = ENSheet(footer=None, run_bot="DBS-CD-14  ·  Participant " + num + "  ·  Page {n} of {nb}")
    p.add_page()
    dbs_head(p, rng, right=["Claim decision", upper_abbr(ld)])
    y0 = p.get_y()
    for ln in addr:
        p.line(ln, 10)
    tw = 66
    yb = p.ticket([(helper, "participant"), (num, "participant ID"), (G_RF, "employer group"), (P_HR, "plan"),
                   (cn, "claim number"), (slash(dos), "date of service"), (usd(tot), "billed")],
                  x=p.w - p.r_margin - tw, y=y0, w=tw, size=8.6, cap=6.0)
    p.set_y(max(p.get_y(), y0 + 18) + 4)
    cw = p.w - p.l_margin - p.r_margin - tw - 6
    p.col_para(f"Dear {parts(helper)[0]} {parts(helper)[2]}:", cw, 10)
    p.col_para(f"We received a bill from {KILN} for your emergency visit on {long(dos)}. The notes say you fell "
               "from a ladder while you were setting roof brackets on a job for your employer, "
               f"{ROOFING}.", cw, 9.6)
    p.col_para("The Plan can't pay this bill now. When someone is hurt while working, the employer's workers' "
               "compensation insurance pays first. This is part of the Plan's rules for every participant.", cw, 9.6)
    p.set_y(max(p.get_y(), yb) + 3)
    p.table(["Code", "Service", "Billed", "Plan paid"], [[a, b, n2(x), "0.00"] for a, b, x in lines] +
            [["", "Total", n2(tot), "0.00"]], [22, 104, 27, 26.9], size=8.8, aligns=["L", "L", "R", "R"],
            bold_last=True)
    p.heading("What to do now", 10.5)
    p.bullets([f"Give {KILN} your employer's workers' compensation information, or ask {ROOFING} to send it.",
               "If the workers' compensation insurer decides not to pay, send us a copy of its final letter. We will "
               "then look at the bill again under the Plan's rules.",
               "If the fall did not happen at work, call us. We will need a short statement from you."], 9.4)
    p.add_page()
    p.heading("If you disagree", 10.5)
    p.para("You may appeal to the Board of Trustees. Send your appeal in writing within 180 days of the date of this "
           f"letter to the Appeals Committee, {ADDR}. Include the claim number, the reasons you disagree and any "
           "papers that help, such as a statement from your foreman. You may ask for free copies of the Plan rules "
           "and the papers we used.", 9.4)
    p.para("The Board meets every three months. It will send you its decision within 5 days after the meeting at "
           "which it decides your appeal. After the Board's decision you may file a suit under section 502(a) of "
           "ERISA.", 9.4)
    p.para(f"Questions: call Damperline at {tollfree(rng, '855')}, Monday to Friday, 7:30 to 4:30.", 9.4)
    p.sig_scrawl("Claims Department", ADMIN, f"for the {PLAN}")
    p.nondiscrim(ADMIN, tollfree(rng, "855"), size=7.0)
    t1 = truth("denial_letter", "other", insurer=ADMIN, plan_id=P_HR, group=G_RF, member_id=num, member_name=helper,
               cases=[cn], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=KILN,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": ADMIN_ALT + [PLAN] + PLAN_ALT, "provider": [f"Dr. {er_doc}", er_doc]})
    # --- doc 2: coverage notice (denies nothing)
    nd = dt.date(2026, 6, 3)
    q = ENSheet(footer="Page {n} of {nb}")
    q.add_page()
    dbs_head(q, rng, right=["Coverage notice", long(nd)])
    for ln in addr:
        q.line(ln, 10)
    q.ln(3)
    q.beside_boxes([("Participant", helper), ("Participant ID", num), ("Employer group", G_RF), ("Plan", P_HR)],
                   cap_w=28, size=9)
    q.line(f"Dear {parts(helper)[0]} {parts(helper)[2]}:", 10)
    q.ln(2)
    q.para(f"Good news: {ROOFING} reported enough hours for you to keep your Hearthguild coverage through "
           "July 2026. Here is how the months were earned.", 9.6)
    q.table(["Work month", "Hours reported", "Hours needed", "Earns coverage for"],
            [["March 2026", "118.0", "100", "May 2026"], ["April 2026", "126.5", "100", "June 2026"],
             ["May 2026", "104.0", "100", "July 2026"]], [45, 45, 40, 49.9], size=9, aligns=["L", "R", "R", "L"])
    q.para("Hours for June 2026 are due from your employer by July 15. If fewer than 100 hours are reported, we will "
           "write to you about a self-payment to keep coverage for August.", 9.4)
    q.para("Your coverage includes your spouse and children listed with us. Keep this notice for your records.", 9.4)
    q.sig_scrawl("Eligibility Unit", ADMIN, f"for the {PLAN}")
    t2 = truth("other", None, insurer=ADMIN, plan_id=P_HR, group=G_RF, member_id=num, member_name=helper,
               denial_date=iso(nd), alternates={"insurer": ADMIN_ALT + [PLAN] + PLAN_ALT})
    return [(out(p), t1), (out(q), t2)], cover


def faxstd_biomonitoring(rng):
    """Provider notice: visit paid; urine 1-hydroxypyrene and exhaled breath panel lines unproven."""
    sweep, = people(rng, 1, sexes="F")
    doc, = people(rng, 1, sexes="M")
    num = pid(rng)
    dos = dt.date(2026, 6, 10)
    nd = dt.date(2026, 7, 1)
    cn = claim_no(rng, dos)
    acc = f"ACC {digits(rng, 8)}"
    lines = [("99204", "New patient visit", 315.00, 252.00, "P2"),
             ("82542", "Urine 1-hydroxypyrene, chromatography", 212.00, 0.0, "X2"),
             ("84999", "Exhaled breath VOC panel, unlisted", 385.00, 0.0, "X2")]
    tot = sum(x[2] for x in lines)
    fx = phone(rng, "612")
    p = ENSheet(footer="Page {n} of {nb}",
                fax_hdr=f"JUL 01 2026 09:52   HEARTHGUILD PLAN / DAMPERLINE   FAX {fx}   PAGE {{n}}")
    p.add_page()
    head(p, rng, right=["Provider claim notice", slash(nd)])
    for ln in ["Northflue Occupational Health Clinic", "Attn: Billing", "2900 Kiln Road, Suite 4",
               "Ashby Crossing, MN 55318"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.tab_boxes([("PATIENT", sweep, 52), ("PARTICIPANT ID", num, 36), ("GROUP", G_SW, 26), ("PLAN", P_TR, 24),
                 ("CLAIM", cn, 41.9)])
    p.tab_boxes([("RENDERING", f"Dr. {doc}", 64), ("DATE OF SERVICE", slash(dos), 40), ("LAB ACCESSION", acc, 42),
                 ("CHARGED", f"{tot:,.2f}", 33.9)])
    p.table(["Code", "Service", "Charged", "Paid", "Note"], [[a, b, n2(c), n2(d), e] for a, b, c, d, e in lines] +
            [["", "Claim total", n2(tot), n2(sum(x[3] for x in lines)), ""]], [20, 100, 25, 22, 12.9], size=8.6,
            aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.two_col_prose([
        ("X2: the two exposure tests", "The urine 1-hydroxypyrene test and the exhaled breath panel measure recent "
                                       "exposure to soot and creosote compounds. The Plan's medical policy HG-MP-22 "
                                       "finds that these tests have not been shown to change the care a worker "
                                       "gets, so the Plan treats them as unproven and does not cover them."),
        ("P2: the visit", "The new patient visit was paid at 80% of the Fluewright rate after the deductible."),
        ("What the Plan does cover", "Spirometry and diffusing capacity once every 12 months, and a low-dose chest "
                                     "CT once every 24 months for participants with 10 or more years in the trade. "
                                     "This participant's last covered spirometry was on April 22, 2026."),
        ("Billing the patient", "The patient may be billed for the two tests only if she agreed in writing before "
                                "the tests that she would pay for tests the Plan does not cover."),
        ("Review", "You may ask for a review within 60 days of the date of this notice. Send published studies or "
                   "notes showing how the results changed this patient's care to the Plan's medical director."),
    ], size=8.4)
    p.para(f"NPI on the claim: {digits(rng, 10)}. Example: a covered visit allowed at $252.00 with the deductible "
           "met pays $201.60.", 7.8)
    p.sig_scrawl("Medical Review", ADMIN, f"for the {PLAN}")
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=P_TR, group=G_SW, member_id=num,
              member_name=sweep, cases=[cn], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd),
              provider="Northflue Occupational Health Clinic", appeal_deadline=iso(plus(nd, 60)),
              type_alternates=["eob"],
              alternates={"insurer": PLAN_ALT + [ADMIN] + ADMIN_ALT, "claim_amount": ["597.00"],
                          "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def faxfine_ct(rng):
    """Damperline in questions and answers: a chest CT done without the approval the Plan needs first."""
    insp, = people(rng, 1, sexes="M")
    orderer, = people(rng, 1, sexes="F")
    num = pid(rng)
    dos = dt.date(2026, 6, 3)
    ld = dt.date(2026, 6, 24)
    dl = plus(ld, 180)
    cn = dbs_no(rng)
    bill = 1486.00
    center = "Kilnworth Imaging Center"
    p = ENSheet(footer="Page {n} of {nb}", fax_hdr="06/26/2026 11:40  FROM: " + center.upper() + "  P. {n}")
    p.add_page()
    dbs_head(p, rng, right=["About your claim", dd_mon(ld)], spaced=False,
             small=f"administering the {PLAN} for its Board of Trustees")
    for ln in [insp, f"{rng.randint(10, 99)} Damper Street", "Ashby Crossing, MN 55319"]:
        p.line(ln, 10)
    p.ln(3)
    p.caps_under([(insp, "participant", 54), (num, "participant ID", 34), (G_FI, "employer group", 30),
                  (P_TR, "plan", 22), (cn, "claim", 39.9)], size=9)
    p.caps_under([("CT chest, high resolution (71250)", "service", 80), (slash(dos), "date of scan", 30),
                  (center, "billed by", 50), (n2(bill), "billed", 19.9)], size=9)
    qa = [
        ("What did we get?", f"A bill from {center} for a chest CT scan on {long(dos)}, ordered by Dr. {orderer}."),
        ("Will the Plan pay it?", "No, not now. The Plan pays for a CT scan outside an emergency only when we have "
                                  "approved it before it is done. Nobody asked us to approve this scan, and it was "
                                  "not done in an emergency."),
        ("Do I have to pay the bill?", f"No. {center} is in the {NETWORK}, and network providers agree not to bill "
                                       "you when they skip the approval step. If they send you a bill, call us."),
        ("Can this be fixed?", f"Yes. Dr. {parts(orderer)[2]}'s office can send us the notes that show why the scan "
                               "was needed. If the scan would have been approved, we will pay it. You do not need to "
                               "send anything yourself."),
        ("How do I appeal?", f"Write to the Appeals Committee, {ADDR}. Your appeal must reach us by {long(dl)}. "
                             "Tell us why you disagree and send any papers that help."),
        ("Who can help?", f"Damperline participant services, {tollfree(rng, '855')}, or your union hall's benefits "
                          "representative."),
    ]
    for qn, an in qa:
        p.f(10, "B")
        p.cell(0, 5.6, qn, new_x="LMARGIN", new_y="NEXT")
        p.para(an, 9.6, gap=2.4)
    p.para(f"Your last covered low-dose CT was on {roman_month(dt.date(2026, 1, 15))}; the next one is covered after "
           "24 months.", 8.4)
    p.sig_scrawl("Claims Department", ADMIN)
    t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=P_TR, group=G_FI, member_id=num,
              member_name=insp, cases=[cn], claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(dl),
              alternates={"insurer": ADMIN_ALT + [PLAN] + PLAN_ALT, "provider": [f"Dr. {orderer}", orderer]})
    return out(p), t


def lowres_hours(rng):
    """A roofer's helper's urgent care visit in April; February hours 84 of 100."""
    helper, = people(rng, 1, sexes="M")
    num = pid(rng)
    dos = dt.date(2026, 4, 18)
    ld = dt.date(2026, 5, 12)
    cn = claim_no(rng, dos)
    lines = [("99214", "Urgent care visit", 265.00), ("12002", "Repair of cut, 3.1 cm", 298.00),
             ("90715", "Tdap vaccine", 62.50)]
    tot = sum(x[2] for x in lines)
    weeks = [("Feb 1 - Feb 7", 24.0), ("Feb 8 - Feb 14", 16.5), ("Feb 15 - Feb 21", 0.0), ("Feb 22 - Feb 28", 43.5)]
    hrs = sum(x[1] for x in weeks)
    uc = "Gable Street Urgent Care"
    p = ENSheet(footer="Page {n} of {nb}", run_bot=f"HG-ELIG-3  ·  {num}  ·  Claim {cn}")
    p.add_page()
    head(p, rng, right=["Claim and coverage letter", long(ld)])
    for ln in [helper, f"{rng.randint(1000, 9999)} County Road 6", "Tarborough, MN 55345"]:
        p.line(ln, 10)
    p.ln(3)
    p.beside_boxes([("Participant", helper), ("Participant ID", num), ("Employer", ROOFING), ("Group / plan",
                    f"{G_RF} / {P_HR}"), ("Claim", cn), ("Visit", abbr(dos)), ("Clinic", uc),
                    ("Charged", usd(tot)), ("Received", slash(dt.date(2026, 4, 27))), ("Copay", "0.00")], cap_w=22,
                   size=8.8)
    p.line(f"Dear {parts(helper)[0]} {parts(helper)[2]}:", 10)
    p.ln(2)
    p.two_col_prose([
        ("What we decided", f"The Plan denied the claim for your visit to {uc} on {long(dos)}. You did not have "
                            "Hearthguild coverage in April 2026."),
        ("Why", "Coverage for a month is earned by the work month two months before it. For roofers' helpers paid "
                "by the hour, 100 hours must be reported for the work month. For April 2026 the work month was "
                f"February 2026, and {ROOFING} reported {hrs:.1f} hours for you."),
        ("Hours reported for February 2026", "; ".join(f"{a}: {b:.1f}" for a, b in weeks) + f". Total {hrs:.1f} of "
                                             "100."),
        ("Self-payment", "We wrote to you on March 9, 2026 offering a self-payment of $418.00 to keep April "
                         "coverage. The offer ended on 25/III/2026 and we did not receive a payment."),
        ("Your coverage now", "March 2026 hours earned coverage for May 2026, so claims from May 1 are paid under "
                              "the usual rules."),
        ("If the hours are wrong", "If your pay stubs show more hours for February, send copies. If your employer "
                                   "under-reported, we will ask them to correct the report."),
    ], size=8.6)
    p.table(["Code", "Service", "Charged", "Plan paid"], [[a, b, n2(x), "0.00"] for a, b, x in lines] +
            [["", "Total", n2(tot), "0.00"]], [22, 104, 27, 26.9], size=8.6, aligns=["L", "L", "R", "R"],
            bold_last=True)
    p.para("Appeal. You may appeal this decision to the Board of Trustees within 180 days of the date of this letter. "
           f"Write to the Appeals Committee, {ADDR}.", 9.0)
    p.sig_scrawl("Eligibility Unit", ADMIN, f"for the {PLAN}")
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=P_HR, group=G_RF, member_id=num,
              member_name=helper, cases=[cn], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=uc, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT + [ADMIN] + ADMIN_ALT})
    return out(p), t


def phone_es(rng):
    """Spanish: three burn dressing visits at a clinic outside the network (the emergency visit paid)."""
    helper, = people(rng, 1, sexes="M", es=True)
    num = pid(rng)
    er = dt.date(2026, 7, 9)
    visits = [dt.date(2026, 7, 14), dt.date(2026, 7, 21), dt.date(2026, 7, 28)]
    ld = dt.date(2026, 8, 19)
    cn = claim_no(rng, visits[0])
    er_cn = claim_no(rng, er)
    per = [(16020, 188.00), (97597, 242.00), (97597, 242.00)]
    tot = sum(x[1] for x in per)
    clinic = "Lakeshore Wound & Burn Clinic"
    p = ENSheet(footer="Página {n} de {nb}")
    p.add_page()
    head(p, rng, right=["Decisión sobre su reclamo", es_date(ld)], es=True)
    for ln in [helper, f"{rng.randint(100, 999)} Calle Hollín", "Tarborough, MN 55344"]:
        p.line(ln, 10)
    p.ln(3)
    p.beside_boxes([("Participante", helper), ("N.º de participante", num), ("Grupo", G_RF), ("Plan", P_HR),
                    ("Reclamo", cn), ("Clínica", clinic), ("Total cobrado", f"US${tot:,.2f}"),
                    ("Recibido", es_abbr(dt.date(2026, 8, 4)))], cap_w=27, size=8.6)
    p.line(f"Estimado {parts(helper)[0]} {parts(helper)[2]}:", 10)
    p.ln(2)
    p.para(f"Usted se quemó la mano con creosota caliente el {es_date(er)} mientras limpiaba una chimenea. El Plan "
           f"pagó su visita de emergencia en {KILN} (reclamo {er_cn}). Después, usted fue tres veces a {clinic} "
           "para cambiar los vendajes.", 9.6)
    p.para(f"El Plan no puede pagar esas tres visitas. {clinic} no forma parte de la red {NETWORK}, y el Plan paga "
           "fuera de la red solamente la atención de emergencia. Los cambios de vendaje se pueden programar con "
           "tiempo, así que no son una emergencia.", 9.6)
    p.table(["Fecha", "Código", "Servicio", "Cobrado", "Pagado"],
            [[es_abbr(d), str(c), "Cambio de vendaje de quemadura" if c == 97597 else "Curación de quemadura",
              n2(x), "0.00"] for d, (c, x) in zip(visits, per)] + [["", "", "Total", n2(tot), "0.00"]],
            [30, 20, 78, 26, 25.9], size=8.6, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.three_cols([
        ("Clínicas de la red cerca de usted", f"Kilnworth Burn & Wound Center, {phone(rng, '952')}. Ashby "
                                              f"Crossing Family Clinic, {phone(rng, '952')}."),
        ("Si le cobran", f"{clinic} puede cobrarle a usted. Antes de pagar, llámenos: a veces una clínica acepta "
                         "la tarifa de la red."),
        ("Apelación", "Puede apelar ante la Junta de Fideicomisarios dentro de 180 días de la fecha de esta carta. "
                      f"Escriba al Comité de Apelaciones, {ADDR}."),
    ], size=8.4)
    p.sig_scrawl("Departamento de Reclamos", ADMIN, f"para el {PLAN}")
    t = truth("denial_letter", "out_of_network", lang="es", insurer=PLAN, plan_id=P_HR, group=G_RF, member_id=num,
              member_name=helper, cases=[cn], claim_amount=m2(tot), service_dates=[iso(d) for d in visits],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT + [PLAN_ES, ADMIN] + ADMIN_ALT})
    return out(p), t


def scan300_rehab(rng):
    """Two-page review letter refusing pulmonary rehabilitation for a sweep with normal breathing tests."""
    sweep, = people(rng, 1, sexes="M")
    pulm, rev = people(rng, 2, sexes="FM")
    num = pid(rng)
    ld = dt.date(2026, 9, 2)
    start = dt.date(2026, 9, 14)
    req = f"UR-26-{digits(rng, 6)}"
    rehab = "Kilnworth Pulmonary Rehabilitation"
    p = ENSheet(footer="Page {n} of {nb}", run_top=f"{PLAN}  |  Review {req}  |  {num}")
    p.add_page()
    head(p, rng, right=["Review decision", dash(ld)])
    for ln in [sweep, f"{rng.randint(10, 99)} Sootfall Lane", "Ashby Crossing, MN 55318"]:
        p.line(ln, 10)
    p.ln(3)
    p.caps_under([(sweep, "participant", 52), (num, "participant ID", 34), (G_SW, "employer group", 30),
                  (P_TR, "plan", 22), (req, "review number", 41.9)], size=9)
    p.caps_under([("Pulmonary rehab, G0424 x 36 sessions", "requested", 86), (slash(start), "planned start", 30),
                  (f"Dr. {pulm}", "requested by", 63.9)], size=9)
    p.line(f"Dear Mr. {parts(sweep)[2]}:", 10)
    p.ln(2)
    p.para(f"Dr. {pulm} asked the Plan to approve 36 sessions of pulmonary rehabilitation at {rehab}, starting "
           f"{long(start)}. After review, the request is denied because the program is not medically necessary for "
           "you at this time.", 9.6)
    p.heading("The reason", 10.5)
    p.para("The Plan covers pulmonary rehabilitation for a participant with a lasting lung disease, such as COPD "
           "with a breathing test (FEV1/FVC) below 0.70, or interstitial lung disease, whose breathing limits daily "
           "activity despite treatment. Your breathing tests from August 11, 2026 are normal: FEV1 92% of predicted, "
           "FEV1/FVC 0.79, diffusing capacity 88%. Your chest X-ray of the same day is clear. Your cough is "
           "noted, and your doctor has started an inhaler; the notes do not describe a lung disease that "
           "rehabilitation would treat.", 9.6)
    p.heading("The criteria we used", 10.5)
    p.table(["Criterion (policy HG-MP-31)", "Needed", "Your records"],
            [["FEV1/FVC ratio", "below 0.70", "0.79"], ["Diagnosis", "COPD, ILD or other chronic lung disease",
                                                        "cough, soot exposure"],
             ["Breathlessness score (mMRC)", "2 or more", "1"], ["Treatment tried", "at least 4 weeks",
                                                                  "inhaler started 08/11/2026"]],
            [50, 70, 59.9], size=8.4)
    p.add_page()
    p.heading("Who reviewed your request", 10.5)
    p.para(f"Dr. {rev}, a doctor board certified in pulmonary medicine, reviewed the request for the Plan. "
           f"Dr. {pulm} may call to discuss the decision with the reviewer at {tollfree(rng, '855')}.", 9.6)
    p.heading("Your right to appeal", 10.5)
    p.two_col_prose([
        ("How and when", "You may appeal to the Board of Trustees within 180 days of the date of this letter. "
                         f"Write to the Appeals Committee, {ADDR}, or fax {phone(rng, '952')}."),
        ("Urgent appeals", "If waiting would put your health at serious risk, your doctor may ask for an urgent "
                           "appeal by phone; it is decided within 72 hours."),
        ("Free copies", "You may ask for free copies of policy HG-MP-31 and every paper used in this review."),
        ("After the appeal", "If the Board upholds this decision you may ask for an external review within 4 months "
                             "of its letter, or file a suit under ERISA section 502(a)."),
    ], size=8.6)
    p.sig_scrawl("Medical Review Unit", ADMIN, f"for the {PLAN}")
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=P_TR, group=G_SW, member_id=num,
              member_name=sweep, cases=[req], service_dates=[iso(start)], denial_date=iso(ld), provider=f"Dr. {pulm}",
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT + [ADMIN] + ADMIN_ALT, "provider": [pulm, rehab]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh("B")
    F = FAMILY + "_"
    items = [Item(F + "bd_household_statement_spouse_spirometry_tiny_patient_column", "born_digital",
                  [bd_household(rng)])]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_roofing_cover_ladder_fall_upside_down_coverage",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "faxstd_provider_notice_biomonitoring_lines_unproven", "fax_standard_g4",
             [faxstd_biomonitoring(rng)]),
        Item(F + "faxfine_chest_ct_without_approval_questions", "fax_fine_g4", [faxfine_ct(rng)]),
        Item(F + "lowres_roofers_helper_february_hours_short", "scan_lowres_150", [lowres_hours(rng)]),
        Item(F + "phone_es_quemadura_creosota_clinica_fuera_de_red", "phone_photo", [phone_es(rng)]),
        Item(F + "scan300_pulmonary_rehab_normal_breathing_tests", "scan_clean_300", [scan300_rehab(rng)]),
    ]
    return items
