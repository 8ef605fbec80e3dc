"""Papers mirrored (structure and plain wording style only) from a state's Basic Health Program: the optional
coverage a state may run under section 1331 of the Affordable Care Act for adults aged 19 to 64 whose income is
above the Medicaid limit and up to twice the federal poverty level, with low or no premiums, a managed care plan
chosen at enrollment that issues the member's ID card, a list of covered benefits, a plan appeal first and a state
fair hearing after it. Here the state is invented: the State of Brisland, its Brisland Health Coverage Authority
and the program "Brisland StepCare" (levels 1 and 2, a $15.00 monthly premium for each adult on level 2), served
by two invented managed care plans, Larchmoor Health Plan and Vennick Community Care. Every clinic, hospital,
supplier, doctor, member, number, code letter, form number, rule and time limit is invented (phones 555); CPT and
HCPCS codes appear as themselves.

Member IDs are plan-issued: Larchmoor "LH" + nine digits (printed grouped "LH 407 182 639" or run together),
Vennick "VC-" + eight digits. The Authority's client numbers are "C" + eight digits (a decoy on the plans' papers).
Larchmoor claim numbers "26" + Julian day + six digits, request numbers "PR-26-" + five digits, appeal numbers
"AP-26-" + four digits; plan codes BSC-0412 (Larchmoor) and BSC-0419 (Vennick).

Documents (8 in 7 files):
- born_digital_household_claims_summary_glance_column_oon_code_legend_next_page: a two-page claims summary for a
  married couple (values over tiny captions in ruled cells, "your plan at a glance" beside the table, the table
  running onto page 2 with no heads), the husband's home sleep apnea test from a lab outside the network paid 0.00
  under N4, told only in the two-column legend on page 2.
- scanclean_notice_of_action_glucose_monitor_form_grid_help_box: a pre-service notice refusing a continuous
  glucose monitor as not medically necessary, values over captions in a shared-rule grid, a help box beside the
  prose.
- lowres_authority_health_coverage_notice_results_table_premium_coupon: the Authority's approval of a household
  (results table, a premium coupon; denies nothing) under "Brisland StepCare / administered by ..."
- photocopy_serif_sidebar_er_visit_before_coverage_began: a serif letter with a fact column at the left refusing
  an emergency visit nine days before StepCare coverage began.
- phone_es_aviso_hearing_aids_not_on_benefit_list: a Spanish notice from Vennick refusing hearing aids (not a
  StepCare benefit for adults), a side box beside the prose.
- rotated_appeal_decision_rehab_hospital_vs_nursing_facility_upheld: a plan appeal decision keeping the refusal of
  an inpatient rehabilitation hospital stay (nursing facility care approved instead); only a fair hearing left.
- faxfine_stack_surgery_center_cover_unapproved_arthroscopy_sideways_then_statement: the surgery center's fax
  transmittal, Larchmoor's two-page letter refusing a knee arthroscopy done without prior approval (page 2
  sideways) and the surgery center's statement (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_famma import (MASheet, apos, day_long, digits, dmy0, dmy_abbr, dtg, es_date, es_slash, es_wday_long,
                               iso, long, mon_pad, n2, plus, slash, upper, usd, wday_long, ymd_caps, ymd_dots,
                               ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("brisland_stepcare_basic_health_program_out_of_network_glucose_monitor_enrollment_gap_hearing_aid_"
          "rehab_level_and_unapproved_surgery_refusals")
LANG = "en"
SEED = 355020
AUTH = "Brisland Health Coverage Authority"
PROG = "Brisland StepCare"
LHP = "Larchmoor Health Plan"
VCC = "Vennick Community Care"
LHP_ALT = [LHP, "Larchmoor Health Plan, Inc.", "Larchmoor", f"{LHP} ({PROG})"]
VCC_ALT = [VCC, "Vennick Community Care, Inc.", "Vennick", f"{VCC} ({PROG})"]
AUTH_ALT = [AUTH, PROG, "Brisland StepCare (Brisland Health Coverage Authority)", "State of Brisland"]
PLAN_L = "BSC-0412"
PLAN_V = "BSC-0419"
LHP_BOX = "P.O. Box 6120, Port Merrow, BL 60418-6120"
LHP_RIGHT = ["Member Services 1-844-555-0172", "TTY 711  \u00b7  Mon-Fri 8 a.m. - 6 p.m.", "larchmoor.example"]


def lh_id(rng) -> str:
    return "LH" + digits(rng, 9)


def g3(n: str) -> str:
    """LH 407 182 639"""
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def client(rng) -> str:
    return "C" + digits(rng, 8)


def cl4(n: str) -> str:
    """C 3041 8827"""
    return f"{n[0]} {n[1:5]} {n[5:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def lhp_head(p: MASheet, box: str | None = None):
    p.logo_head(LHP, "LHP", [f"A {PROG} health plan  \u00b7  {LHP_BOX}",
                             "Member Services 1-844-555-0172 (TTY 711)  \u00b7  Fax 1-844-555-0179"], box=box, size=14)


# ------------------------------------------------------------------------------------------------------------------
def born_summary(rng):
    wife, hus = "Marguerite E. Aspinwall", "Aldous J. Aspinwall"
    id_w, id_h = lh_id(rng), lh_id(rng)
    cw, chh = client(rng), client(rng)
    sd = dt.date(2026, 3, 16)
    SLEEP = "Drayhorn Sleep Diagnostics"
    DRS = "Dr. Imogen Vardell"
    d_sleep = dt.date(2026, 2, 9)
    PCP = "Copperwick Family Health Center"
    UC = "Fennimarsh Urgent Care"
    IMG = "Larksway Breast Imaging"
    PT = "Tanhouse Lane Physical Therapy"
    LAB = "Brisland Reference Laboratories"
    # (patient, id, claim date, provider, [(date, code, service, billed, paid, you owe, code)])
    claims = [
        (wife, id_w, PCP, [(dt.date(2026, 1, 6), "99214", "Office visit, established patient", 186.00, 112.40, 5.00,
                            "P1"),
                           (dt.date(2026, 1, 6), "83036", "Hemoglobin A1c", 38.00, 14.25, 0.00, "P5")]),
        (wife, id_w, IMG, [(dt.date(2026, 1, 27), "77067", "Screening mammogram, both sides", 312.00, 168.90, 0.00,
                            "P3")]),
        (hus, id_h, UC, [(dt.date(2026, 1, 14), "99203", "Urgent care visit, new patient", 228.00, 121.60, 15.00,
                          "P2"),
                         (dt.date(2026, 1, 14), "87880", "Rapid strep test", 41.00, 16.80, 0.00, "P2")]),
        (hus, id_h, SLEEP, [(d_sleep, "95806", "Home sleep apnea test", 540.00, 0.00, 540.00, "N4")]),
        (hus, id_h, PT, [(dt.date(2026, 2, 17), "97161", "PT evaluation, low complexity", 165.00, 88.30, 5.00, "P1"),
                         (dt.date(2026, 2, 17), "97110", "Therapeutic exercise, 2 units", 124.00, 61.70, 0.00, "P1")]),
        (hus, id_h, LAB, [(dt.date(2026, 2, 24), "80061", "Lipid panel", 64.00, 17.35, 0.00, "P5"),
                          (dt.date(2026, 2, 24), "84443", "Thyroid stimulating hormone", 52.00, 19.10, 0.00, "P5")]),
    ]
    nos = [claim_no(rng, c[3][0][0]) for c in claims]
    den_no = nos[3]
    allL = [ln for c in claims for ln in c[3]]
    tb = round(sum(x[3] for x in allL), 2)
    tp = round(sum(x[4] for x in allL), 2)
    to = round(sum(x[5] for x in allL), 2)

    p = MASheet(footer="Page {n} of {nb}", footer_left=f"{LHP}  \u00b7  LHP-MCS-3 (07/2025)",
                strip=f"Claims summary  \u00b7  Aspinwall household  \u00b7  {dmy0(sd)}  \u00b7  page {{n}}")
    p.set_margins(14, 12, 14)
    p.add_page()
    lhp_head(p, box="Member Claims Summary")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in ["MARGUERITE E ASPINWALL", "ALDOUS J ASPINWALL", "2217 Sloe Hedge Rd", "Caddisford, BL 60733"]:
        p.line(ln, 9.4)
    yl = p.get_y()
    p.set_y(y0)
    gx = p.l_margin + W * 0.5
    p.form_grid([[(long(sd), "date of this summary", 0.5), (f"MCS-{digits(rng, 7)}", "summary no.", 0.5)],
                 [(f"{ymd_slash(dt.date(2026, 1, 1))} - {ymd_slash(dt.date(2026, 3, 13))}", "claims processed", 0.5),
                  (PLAN_L, "plan code", 0.5)]], x=gx, w=W * 0.5, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 2)
    p.para("This summary lists the claims we processed for the members of your household in the period above. It "
           "is not a bill. A provider in our network may not bill you more than the amount in the \"You owe\" "
           "column. The code in the last column tells you what happened to each line; the codes are explained on "
           "page 2.", 8.6)
    side_w = 52
    tw = W - side_w - 4
    widths = [17, 12, 45, 15, 15, 14, 10]
    sc = tw / sum(widths)
    widths = [w * sc for w in widths]
    aligns = ["L", "L", "L", "R", "R", "R", "C"]
    head = ["Date of service", "Code", "Service", "Billed", "Plan paid", "You owe", "Code"]
    yt = p.get_y() + 1
    ys = p.glance(p.l_margin + W - side_w, yt, side_w, "Your plan at a glance", [
        ("Program", f"{PROG}, level 1"), ("Plan", f"{LHP}  \u00b7  {PLAN_L}"),
        ("Marguerite E. Aspinwall", f"Member ID {g3(id_w)}"), ("Aldous J. Aspinwall", f"Member ID {g3(id_h)}"),
        ("Monthly premium", "$0.00 (level 1)"), ("Office visit copay", "$5.00   urgent care $15.00"),
        ("Out-of-pocket limit", "$1,250.00 a year for each member"),
        ("Used so far in 2026", "Marguerite $5.00  \u00b7  Aldous $25.00")],
        size=7.6, foot="Your state client numbers are on your Authority notices, not on this summary.")
    p.set_xy(p.l_margin, yt)

    def block(cs):
        rows, bold, shade = [], set(), set()
        for (who, mid, prov, lines), no in cs:
            bold.add(len(rows))
            shade.add(len(rows))
            rows.append([f"{who}  \u00b7  claim {no}", "", "", "", "", "", ""])
            rows.append(["", "", prov, "", "", "", ""])
            rows += [[slash(d), c, s, n2(b), n2(pd), n2(o), k] for d, c, s, b, pd, o, k in lines]
        return rows, bold, shade

    rows, bold, shade = block(list(zip(claims[:4], nos[:4])))
    p.ledger_rules(head, rows, widths, aligns, size=6.9, row_h=4.6, bold=bold, shade=shade)
    p.set_x(p.l_margin)
    p.f(6.8)
    p.set_text_color(70, 70, 70)
    p.cell(tw, 3.4, "Table continues on page 2", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_y(max(p.get_y(), ys) + 3)
    p.tiles([("Billed, all claims", usd(tb)), ("Larchmoor paid", usd(tp)), ("Household owes", usd(to))], size=12,
            h=13, note="Totals for every claim on this summary, pages 1 and 2.")
    p.add_page()
    wf = [w * W / tw for w in widths]
    rows, bold, shade = block(list(zip(claims[4:], nos[4:])))
    p.ln(2)
    p.ledger_rules(head, rows, wf, aligns, size=7.6, row_h=5.0, bold=bold, shade=shade, heads=False)
    p.ledger_rules(head, [["", "", "All claims in this summary", n2(tb), n2(tp), n2(to), ""]], wf, aligns, size=7.6,
                   row_h=5.0, bold={0}, heads=False)
    p.legend_cols("What the codes mean", [
        ("P1", "Paid at the plan's rate. You owe only the copay shown."),
        ("P2", "Urgent care: $15.00 copay for the visit; tests done at the visit have no copay."),
        ("P3", "Preventive screening: paid in full, no copay."),
        ("P5", "Lab test at a network laboratory: no copay."),
        ("N4", "The provider is not in the Larchmoor network. StepCare does not pay for care outside the network "
               "unless it is an emergency. We did not pay this line, and you may owe the amount shown."),
        ("D2", "This line was sent twice. We paid it once; the second line is not counted."),
        ("M3", "We need the provider's records before we can pay this line."),
        ("R6", "Processed under an approval number we gave before the service.")], cols=2, size=7.2,
        note="Codes that do not appear in your table this time are listed so you can read earlier summaries too.")
    p.f(9.4, "B")
    p.cell(0, 5, "If you disagree with a decision on this summary", new_x="LMARGIN", new_y="NEXT")
    p.para("You, or someone you choose, may ask for a plan appeal within 60 days of the date of this summary. Call "
           "Member Services or write to Larchmoor Health Plan, Appeals Unit, " + LHP_BOX + ". If waiting could "
           "seriously harm your health, ask for a fast appeal; we decide fast appeals within 72 hours. If you still "
           "disagree after the plan appeal, you may ask the Brisland Health Coverage Authority for a state fair "
           "hearing within 120 days of our appeal decision.", 8.4)
    p.para("How copays add up (an example, not one of your claims): if you have four office visits at $5.00 and "
           "one urgent care visit at $15.00, you have paid $35.00 toward your $1,250.00 limit.", 7.8)
    p.nondiscrim(LHP, "1-844-555-0172", size=6.8)
    t = truth("eob", "out_of_network", insurer=LHP, plan_id=PLAN_L, member_id=id_h, member_name=hus,
              cases=[den_no], claim_amount=m2(540.00), service_dates=[iso(d_sleep)], denial_date=iso(sd),
              provider=SLEEP, appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": LHP_ALT, "provider": [DRS, "Imogen Vardell"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_cgm(rng):
    mem = "Wilhelmina P. Osgathorpe"
    mid = lh_id(rng)
    ENDO = "Sedgeley Endocrine Associates"
    DR = "Dr. Basil Neyland"
    SUP = "Kestrelmead Medical Supply"
    rcv = dt.date(2026, 3, 27)
    start = dt.date(2026, 4, 13)
    nd = dt.date(2026, 4, 2)
    req = f"PR-26-{digits(rng, 5)}"
    p = MASheet(footer="Page {n} of {nb}", footer_left=f"LHP-NOA-1 (01/2026)  \u00b7  {req}")
    p.set_margins(17, 14, 17)
    p.add_page()
    lhp_head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(13, "B")
    p.cell(0, 7, "NOTICE OF ACTION", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    p.cell(0, 5, "About a request for medical equipment", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [mem, "88 Wickerbrook Row Apt 3", "Wellbank, BL 60207"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(long(nd), "date of this notice", 0.3), (g3(mid), "member ID", 0.3), (req, "request no.", 0.4)],
                 [(mem, "member", 0.3), (f"{DR}\n{ENDO}", "requested by", 0.4), (ymd_dots(rcv), "request received",
                                                                                  0.3)],
                 [("Continuous glucose monitor, receiver and sensors\n(HCPCS E2103, A4239)", "what was asked for",
                   0.7), (slash(start), "planned start", 0.3)]], size=8.8, shade=True)
    side_w = 56
    p.facts_right([("Member Services", "1-844-555-0172, TTY 711"), ("Nurse line, 24 hours", "1-844-555-0188"),
                   ("Appeals fax", "1-844-555-0179"), ("Your plan code", PLAN_L),
                   ("StepCare ombuds office (state)", "1-800-555-0133")], [
        f"Dear {mem}:",
        f"{DR} of {ENDO} asked us to approve a continuous glucose monitor for you, to be supplied by {SUP}. We "
        "have decided NOT to approve it.",
        "Why we made this decision: Larchmoor covers a continuous glucose monitor for members who take insulin, or "
        "who have had blood sugar low enough to need another person's help. The records your doctor sent show that "
        "your diabetes is treated with two pills, that your last A1c was 6.9 percent, and that you have had no low "
        "blood sugar episodes. A monitor is not medically necessary for you at this time. Finger-stick testing "
        "supplies stay covered. This decision was made by Dr. Thaddeus Scobell, a physician who reviewed the "
        "request.",
        "What your doctor can do: your doctor may call us to talk with the reviewer, or send a new request if your "
        "treatment changes."], side_w=side_w, size=9.2, title="Need help?")
    p.f(10, "B")
    p.cell(0, 5.5, "Your right to a plan appeal", new_x="LMARGIN", new_y="NEXT")
    p.para("If you do not agree, you or someone you choose may ask for a plan appeal within 60 days of the date of "
           f"this notice. Call Member Services, or write to {LHP}, Appeals Unit, {LHP_BOX}. You may send us records "
           "and ask for copies of the criteria we used, free of charge. If waiting 30 days could seriously harm "
           "your health, ask for a fast appeal; we will decide it within 72 hours.", 9.2)
    p.para("After our appeal decision, if you still disagree, you may ask the Brisland Health Coverage Authority for "
           "a state fair hearing within 120 days of the date of our appeal decision.", 9.2)
    p.signoff(["Sincerely,", "Utilization Management", LHP])
    p.para(f"cc: {DR}, {ENDO}; {SUP}", 7.6)
    t = truth("denial_letter", "medical_necessity", insurer=LHP, plan_id=PLAN_L, member_id=mid, member_name=mem,
              cases=[req], claim_amount=None, service_dates=[iso(start)], denial_date=iso(nd), provider=ENDO,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": LHP_ALT, "provider": [DR, "Basil Neyland", SUP], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_approval(rng):
    head, spouse, son = "Philippa D. Stanbury", "Jerome K. Stanbury", "Rowan E. Stanbury"
    c1, c2, c3 = client(rng), client(rng), client(rng)
    nd = dt.date(2026, 4, 9)
    eff = dt.date(2026, 5, 1)
    app = dt.date(2026, 3, 30)
    case_no = f"BHC-{digits(rng, 7)}"
    p = MASheet(footer="Page {n} of {nb}", footer_left=f"HCA-110 (Rev. 09/2025)  \u00b7  Case {case_no}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.plan_mast(PROG, f"administered by the {AUTH}",
                ["Authority Customer Center 1-800-555-0161", "TTY 711  \u00b7  Fax 1-800-555-0164",
                 "P.O. Box 900, Halstow, BL 60100"], sub="Health Coverage Notice", mark="BS")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [head, spouse, "41 Brook Teasel Way", "Ashgrove Junction, BL 60552"]:
        p.line(ln, 9.8)
    yl = p.get_y()
    p.set_y(y0)
    p.form_grid([[(long(nd), "notice date", 0.5), (case_no, "case number", 0.5)],
                 [(cl4(c1), "client no. (head of household)", 0.5), (slash(app), "application received", 0.5)]],
                x=p.l_margin + W * 0.46, w=W * 0.54, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 3)
    p.para(f"Dear {head}:", 10)
    p.para("We looked at the application your household sent us. This notice tells you who can get health coverage, "
           "when it starts and what it costs. Please keep it with your records.", 9.6)
    p.results(["Name", "Client no.", "Program", "Result", "Coverage starts", "Health plan"], [
        [head, cl4(c1), "StepCare level 2", "Approved", slash(eff), LHP],
        [spouse, cl4(c2), "StepCare level 2", "Approved", slash(eff), LHP],
        [son, cl4(c3), "Brisland KidsHealth", "Approved", slash(eff), "Larchmoor (KidsHealth)"]],
        [40, 25, 30, 20, 25, W - 140], title="Your health care results")
    p.para("Why: your household of three has a yearly income of $47,830.00. That is 178 percent of the federal "
           "poverty level for three people. Adults whose income is above 138 percent and up to 200 percent can get "
           "StepCare. Rowan is under 19 and gets KidsHealth at no cost.", 9.2)
    p.f(10, "B")
    p.cell(0, 5.5, "Your premium", new_x="LMARGIN", new_y="NEXT")
    p.para("StepCare level 2 has a premium of $15.00 a month for each adult. Your household's premium is $30.00 a "
           "month, starting with May 2026. Level 1 (income up to 150 percent) has no premium. There is no premium "
           "for KidsHealth. Pay with the coupon below, online or by phone. If you do not pay for three months in a "
           "row, coverage for the adults may end.", 9.2)
    p.f(10, "B")
    p.cell(0, 5.5, "Your health plan and ID cards", new_x="LMARGIN", new_y="NEXT")
    p.para(f"You chose {LHP}. Larchmoor will mail each person an ID card with the member ID to show at visits. "
           "Your client numbers above are the Authority's numbers; they are not your member IDs.", 9.2)
    p.f(10, "B")
    p.cell(0, 5.5, "If you disagree", new_x="LMARGIN", new_y="NEXT")
    p.para("You may ask for a state fair hearing about this notice within 90 days of the notice date. Call the "
           "Customer Center or write to the Authority's Hearings Office at the address above.", 9.2)
    p.coupon("StepCare premium coupon", [("Case number", case_no), ("Coverage month", "May 2026"),
                                          ("Amount due", "$30.00"), ("Due by", ymd_caps(dt.date(2026, 4, 25)))],
             ["Brisland StepCare Premiums", "P.O. Box 915", "Halstow, BL 60100-0915"],
             note=f"0{case_no[4:]}  0003000  {dtg(dt.date(2026, 4, 25))}")
    t = truth("other", None, insurer=AUTH, member_id=c1, member_name=head, cases=[case_no], denial_date=iso(nd),
              alternates={"insurer": AUTH_ALT, "case_numbers": [[]], "member_name": [spouse]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_gap(rng):
    mem = "Ignatius B. Varcoe"
    mid = lh_id(rng)
    cno = client(rng)
    HOSP = "Gullsway Regional Hospital"
    ERD = "Dr. Saoirse Tremayle"
    sv = dt.date(2026, 2, 20)
    app = dt.date(2026, 2, 10)
    appr = dt.date(2026, 2, 24)
    eff = dt.date(2026, 3, 1)
    rcv = dt.date(2026, 3, 19)
    nd = dt.date(2026, 4, 7)
    due = dt.date(2026, 6, 8)
    cl = claim_no(rng, rcv)
    lines = [("99284", "Emergency department visit", 1240.00), ("71046", "Chest x-ray, 2 views", 286.00),
             ("93005", "Electrocardiogram, tracing", 214.40), ("84484", "Troponin, quantitative", 178.00),
             ("85025", "Blood count, complete", 96.00), ("80048", "Basic metabolic panel", 304.00)]
    total = round(sum(x[2] for x in lines), 2)
    p = MASheet(serif=True, footer="Page {n} of {nb}", foot_ids=f"{mem}  |  {g3(mid)}  |  Claim {cl}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.spaced_head("Larchmoor Health Plan", f"A {PROG} health plan  \u00b7  {LHP_BOX}", LHP_RIGHT, spacing=1.6,
                  size=14)
    W = p.w - p.l_margin - p.r_margin
    p.line(wday_long(nd), 10)
    p.ln(3)
    for ln in [mem, "5 Pennyfield Close", "Halstow, BL 60114"]:
        p.line(ln, 10)
    p.ln(4)
    p.subject("Your claim for emergency care on February 20, 2026")
    p.two_col([("Member", mem), ("Member ID", g3(mid)), ("Plan code", PLAN_L), ("Claim number", cl),
               ("Hospital", HOSP), ("Date of visit", dmy_abbr(sv)), ("Amount billed", f"{total:,.2f}"),
               ("Claim received", ymd_slash(rcv)), ("Your StepCare coverage began", long(eff)),
               ("Authority client no.", cl4(cno))], [
        f"Dear {mem}:",
        f"{HOSP} sent us a claim for the care you received in its emergency department. We cannot pay this claim.",
        f"Your StepCare coverage with {LHP} began on {long(eff)}. You applied to the Brisland Health Coverage "
        f"Authority on {long(app)}, and the Authority approved your application on {long(appr)}. StepCare coverage "
        "starts on the first day of the month after the Authority approves an application. The emergency visit "
        "happened before that day, when you were not yet a member of our plan, so Larchmoor is not responsible for "
        "it.",
        "What you can do: the Authority may be able to look at whether you qualified for other coverage for "
        "February. Call the Authority's Customer Center at 1-800-555-0161 and give them your client number. If "
        "the Authority changes your start date, send us its new notice and we will look at the claim again.",
        f"If you believe our decision is wrong, you may ask for a plan appeal. Your appeal must reach us by "
        f"{long(due)}. Write to {LHP}, Appeals Unit, {LHP_BOX}, or call Member Services."], side_w=60, size=9.4,
        title="About this claim")
    p.wrap_table(["Code", "What was billed", "Billed"], [[c, s, f"{v:,.2f}"] for c, s, v in lines] +
                 [["", "Total billed", f"${total:,.2f}"]], [24, W - 24 - 36, 36], size=8.6,
                 aligns=["L", "L", "R"], bold_last=True)
    p.timeline([(0.04, apos(app), "application\nreceived"), (0.36, slash(sv), "emergency\nvisit"),
                (0.62, apos(appr), "Authority\napproval"), (0.95, apos(eff), "coverage\nbegins")],
               title="How the dates fall", size=7.2)
    p.para(f"Attending physician on the claim: {ERD}. If you receive a bill from the hospital, show it this letter.",
           8.6)
    p.signoff(["Sincerely,", "Claims Department", LHP])
    t = truth("denial_letter", "eligibility", insurer=LHP, plan_id=PLAN_L, member_id=mid, member_name=mem,
              cases=[cl], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(due), alternates={"insurer": LHP_ALT, "provider": [ERD, "Saoirse Tremayle"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mem = "Remedios L. Ochoterena"
    mid = "VC-" + digits(rng, 8)
    cno = client(rng)
    AUD = "Almena Hearing Center"
    AUDI = "Dra. Leocadia Briviesca, Au.D."
    sv = dt.date(2026, 3, 17)
    rcv = dt.date(2026, 3, 24)
    nd = dt.date(2026, 4, 6)
    cl = f"VCC-{digits(rng, 9)}"
    lines = [("V5261", "Audífonos digitales, ambos oídos, detrás de la oreja", 2840.00),
             ("V5160", "Evaluación y adaptación de audífonos, ambos oídos", 340.00)]
    total = round(sum(x[2] for x in lines), 2)

    def es_money(v):
        return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    p = MASheet(footer="Página {n} de {nb}", footer_left=f"VCC-AA-ES (11/2025)  \u00b7  {cl}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.split_head("VENNICK", "COMMUNITY CARE", ["Un plan de salud de Brisland StepCare", "Aviso de acción"],
                 ["Servicios al Miembro 1-855-555-0147", "TTY 711", "P.O. Box 2290, Caddisford, BL 60730"])
    W = p.w - p.l_margin - p.r_margin
    p.line(f"Caddisford, {es_wday_long(nd)}", 9.8)
    p.ln(2)
    for ln in [mem, "1509 Calle Zarzamora", "Port Merrow, BL 60421"]:
        p.line(ln, 10)
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 6.5, "AVISO DE ACCIÓN SOBRE UN RECLAMO", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    side_w = 58
    yt = p.get_y()
    ys = p.glance(p.l_margin + W - side_w, yt, side_w, "Sus datos", [
        ("Miembro", mem), ("Núm. de miembro", mid), ("Código del plan", PLAN_V), ("Núm. de reclamo", cl),
        ("Fecha de servicio", es_date(sv)), ("Reclamo recibido", es_slash(rcv)),
        ("Núm. de cliente de la Autoridad", cl4(cno))], size=7.8,
        foot="Guarde este aviso. Lo necesitará si pide una apelación.")
    p.set_xy(p.l_margin, yt)
    for para in [
        f"Estimada {mem}:",
        f"{AUD} nos envió un reclamo por los audífonos que le adaptaron el {es_date(sv)}. El total facturado es de "
        f"US$ {total:,.2f}. Decidimos NO pagar este reclamo.",
        "Por qué: los audífonos para adultos de 21 años o más no están en la lista de beneficios de StepCare. La "
        "lista de beneficios que recibió al inscribirse dice que StepCare cubre el examen de audición una vez al "
        "año, pero no los audífonos ni su adaptación. Por eso no podemos pagar estos cargos.",
        "Qué puede hacer: pregunte a la clínica si tiene un programa de ayuda o un plan de pagos. La Autoridad de "
        "Cobertura de Salud de Brisland también tiene una lista de programas de la comunidad que donan audífonos."]:
        p.col_para(para, W - side_w - 5, 9.3)
    p.set_xy(p.l_margin, max(p.get_y(), ys) + 2)
    p.wrap_table(["Código", "Servicio", "Facturado (US$)"],
                 [[c, s, es_money(v)] for c, s, v in lines] + [["", "Total", es_money(total)]],
                 [22, W - 22 - 38, 38], size=8.6, aligns=["L", "L", "R"], bold_last=True)
    p.f(10, "B")
    p.cell(0, 5.5, "Su derecho a una apelación del plan", new_x="LMARGIN", new_y="NEXT")
    p.para("Si no está de acuerdo, usted o alguien que usted elija puede pedir una apelación dentro de 60 días a "
           f"partir de la fecha de este aviso. Llame a Servicios al Miembro o escriba a {VCC}, Apelaciones, P.O. Box "
           "2290, Caddisford, BL 60730. Si esperar podría dañar gravemente su salud, pida una apelación rápida; la "
           "decidimos en 72 horas. Después de nuestra decisión, puede pedir una audiencia imparcial estatal a la "
           "Autoridad dentro de 120 días.", 9.0)
    p.para(f"Profesional que atendió: {AUDI}. Ejemplo de la lista de beneficios: un examen de audición de US$ 95.00 "
           "se paga completo una vez al año.", 8.2)
    p.signoff(["Atentamente,", "Departamento de Reclamos", VCC])
    t = truth("denial_letter", "not_covered", insurer=VCC, plan_id=PLAN_V, member_id=mid, member_name=mem,
              cases=[cl], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(nd), provider=AUD,
              appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": VCC_ALT, "provider": [AUDI, "Leocadia Briviesca"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_appeal(rng):
    mem = "Cuthbert W. Spurway"
    mid = lh_id(rng)
    dau = "Honora Spurway-Gaunt"
    IRF = "Whinbury Rehabilitation Hospital"
    SNF = "Quarrytop Care Center"
    ACUTE = "Caddisford General Hospital"
    DR = "Dr. Ottilie Brennand"
    req_d = dt.date(2026, 3, 5)
    adm = dt.date(2026, 3, 9)
    ap_rcv = dt.date(2026, 3, 11)
    dd = dt.date(2026, 3, 27)
    req = f"PR-26-{digits(rng, 5)}"
    apn = f"AP-26-{digits(rng, 4)}"
    p = MASheet(footer="Page {n} of {nb}", footer_left=f"LHP-APD-2  \u00b7  {apn}")
    p.set_margins(17, 14, 17)
    p.add_page()
    lhp_head(p, box="Appeal Decision")
    W = p.w - p.l_margin - p.r_margin
    for ln in [mem, f"c/o {dau}", "902 Foxbrush Terrace", "Wellbank, BL 60209"]:
        p.line(ln, 10)
    p.ln(3)
    p.form_grid([[(day_long(dd), "date of decision", 0.34), (apn, "appeal no.", 0.33), (req, "original request no.",
                                                                                         0.33)],
                 [(mem, "member", 0.34), (g3(mid), "member ID", 0.33), (dau + " (daughter)", "appeal filed by",
                                                                         0.33)],
                 [(f"Admission to {IRF}", "what was asked for", 0.5), (dmy0(adm), "planned admission", 0.25),
                  (dmy_abbr(ap_rcv), "appeal received", 0.25)],
                 [(f"{DR}, {ACUTE}", "requesting doctor", 0.5), ("Upheld (not changed)", "decision", 0.5)]],
                size=8.8)
    p.para(f"Dear {mem} and {dau}:", 10)
    p.para(f"You appealed our decision of {long(req_d)} on request {req}. {DR} had asked us to approve your "
           f"admission to {IRF}, an inpatient rehabilitation hospital, after your hip surgery at {ACUTE}. We had "
           f"approved care at {SNF}, a skilled nursing facility, instead.", 9.4)
    p.para("What we decided: a doctor who was not part of the first decision, Dr. Peregrine Osei-Hollis, an "
           "orthopaedic surgeon, reviewed your appeal, the hospital's records and the therapists' notes. We are "
           "keeping our first decision.", 9.4)
    p.para("Why: care in an inpatient rehabilitation hospital is for members who can take part in at least three "
           "hours of therapy a day, five days a week, and who need a rehabilitation doctor to see them every day. "
           "The therapy notes from March 3 to March 6 show that you could do about 40 minutes of therapy a session "
           "and needed rest between sessions. Your needs can be met safely in a skilled nursing facility, where you "
           "get daily nursing care and therapy at a pace you can manage. The approval for " + SNF + " stays in "
           "place.", 9.4)
    p.f(10, "B")
    p.cell(0, 5.5, "What happens next", new_x="LMARGIN", new_y="NEXT")
    p.para("This is our final decision. There are no more plan appeals. If you still disagree, you may ask the "
           "Brisland Health Coverage Authority for a state fair hearing within 120 days of the date of this "
           "decision, or ask for an independent external review within 4 months. If your health is at serious risk, "
           "ask for an expedited fair hearing; the Authority decides it within 3 working days.", 9.2)
    p.two_sigs(["Dr. Peregrine Osei-Hollis", "Appeal reviewer, orthopaedic surgery"],
               ["Wendeline Pask, RN", "Appeals Coordinator"])
    t = truth("denial_letter", "level_of_care", insurer=LHP, member_id=mid, member_name=mem, cases=[apn, req],
              claim_amount=None, service_dates=[iso(adm)], denial_date=iso(dd), provider=IRF, appeal_deadline=None,
              alternates={"insurer": LHP_ALT, "provider": [DR, "Ottilie Brennand"], "case_numbers": [[apn]],
                          "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    mem = "Delphine A. Kernick"
    mid = lh_id(rng)
    ASC = "Tullymore Surgery Center"
    SURG = "Dr. Evander Quillfeld"
    sv = dt.date(2026, 3, 5)
    rcv = dt.date(2026, 3, 12)
    nd = dt.date(2026, 3, 31)
    st_d = dt.date(2026, 4, 14)
    pay_by = dt.date(2026, 5, 5)
    sent = dt.date(2026, 4, 15)
    cl = claim_no(rng, rcv)
    acct = f"TSC-{digits(rng, 6)}"
    lines = [("29881", "Knee arthroscopy with partial meniscectomy, right", 5260.00),
             ("J2250", "Midazolam injection", 48.00), ("A4649", "Surgical supplies", 612.00),
             ("J7120", "Lactated Ringer's infusion", 500.00)]
    total = round(sum(x[2] for x in lines), 2)

    # fax transmittal of the surgery center's business office (belongs to no document)
    c = MASheet(footer=None)
    c.set_margins(20, 18, 20)
    c.add_page()
    W = c.w - c.l_margin - c.r_margin
    c.f(15, "B")
    c.cell(0, 8, ASC, new_x="LMARGIN", new_y="NEXT")
    c.f(8.6)
    c.cell(0, 4.2, "Business Office  \u00b7  400 Kittiwake Quay, Suite 2  \u00b7  Port Merrow, BL 60412",
           new_x="LMARGIN", new_y="NEXT")
    c.cell(0, 4.2, "Phone (602) 555-0133  \u00b7  Fax (602) 555-0139", new_x="LMARGIN", new_y="NEXT")
    c.ln(6)
    c.title_bar("FAX TRANSMITTAL")
    c.ln(3)
    c.form_grid([[(mem, "to", 0.5), ("(602) 555-0178", "fax", 0.5)],
                 [("Ansel Trevennick, Patient Accounts", "from", 0.5), (slash(sent), "date sent", 0.5)],
                 [("4 including this page", "pages", 0.5), (f"Account {acct}", "re", 0.5)]], size=9.4, h=12)
    c.para("Ms. Kernick, as we discussed on the phone, here is the letter your health plan sent about your knee "
           "surgery and our statement. Our office did not get the plan's approval before the surgery; we are "
           "asking the plan to reconsider and will hold your account for 30 days. You do not need to pay while "
           "the plan reviews it.", 10)
    c.para("If this fax reached you by mistake, please call us and destroy it.", 8)
    cover = bytes(c.output())

    # the plan's letter, two pages (page 2 fed sideways)
    p = MASheet(footer="Page {n} of {nb}", run_hdr=f"{mem}  \u00b7  Claim {cl}  \u00b7  page {{n}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    lhp_head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [long(nd), "", mem, "17 Reedmace Court", "Port Merrow, BL 60419"]:
        p.line(ln, 10)
    yl = p.get_y()
    p.set_y(y0)
    p.after_ids([(g3(mid), "member ID"), (cl, "claim number"), (PLAN_L, "plan code")], x=p.l_margin + W * 0.52,
                w=W * 0.48, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a claim from {ASC} for your knee surgery on {long(sv)}. We are not paying this claim.", 9.6)
    p.para("Why: surgery done in an outpatient surgery center needs our approval before it is done (prior "
           "approval). The surgery center or your surgeon must ask us for it. We have no request for approval of "
           f"this surgery, and it was not an emergency. {SURG} saw you on February 18 and the surgery was scheduled "
           "for two weeks later.", 9.6)
    p.para("Because the surgery center is in our network, it may not bill you for a service we did not pay because "
           "it did not ask for approval. If you get a bill, call Member Services.", 9.6)
    p.para("The services on the claim and your appeal rights are on page 2.", 9.6)
    p.signoff(["Sincerely,", "Claims Department", LHP])
    p.add_page()
    p.f(10.5, "B")
    p.cell(0, 6, "Services on this claim", new_x="LMARGIN", new_y="NEXT")
    p.wrap_table(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(sv), c_, s, n2(v), "0.00"] for c_, s, v in lines] + [["", "", "Total", n2(total), "0.00"]],
                 [24, 18, W - 24 - 18 - 52, 26, 26], size=8.6, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Surgeon: {SURG}. Facility: {ASC}. Claim received {dmy_abbr(rcv)}.", 8.8)
    p.f(10, "B")
    p.cell(0, 5.5, "Your appeal rights", new_x="LMARGIN", new_y="NEXT")
    p.para("You may ask for a plan appeal within 60 days of the date of this letter. Write to Larchmoor Health Plan, "
           f"Appeals Unit, {LHP_BOX}, or call Member Services. Your surgeon may also send us records. If you still "
           "disagree after our appeal decision, you may ask the Brisland Health Coverage Authority for a state fair "
           "hearing within 120 days.", 9.2)
    p.tagline_block("1-844-555-0172", size=6.6)
    t1 = truth("denial_letter", "prior_authorization", insurer=LHP, plan_id=PLAN_L, member_id=mid, member_name=mem,
               cases=[cl], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(nd), provider=ASC,
               appeal_deadline=iso(plus(nd, 60)),
               alternates={"insurer": LHP_ALT, "provider": [SURG, "Evander Quillfeld"]})
    letter = out(p)

    # the surgery center's statement (denies nothing)
    s = MASheet(footer=None)
    s.set_margins(16, 14, 16)
    s.add_page()
    W = s.w - s.l_margin - s.r_margin
    s.f(14, "B")
    s.cell(W * 0.6, 7, ASC)
    s.f(11, "B")
    s.cell(W * 0.4, 7, "PATIENT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    s.f(8.4)
    s.cell(0, 4, "400 Kittiwake Quay, Suite 2, Port Merrow, BL 60412  \u00b7  Billing questions (602) 555-0133",
           new_x="LMARGIN", new_y="NEXT")
    s.ln(4)
    y0 = s.get_y()
    for ln in ["DELPHINE A KERNICK", "17 Reedmace Court", "Port Merrow, BL 60419"]:
        s.line(ln, 9.8)
    yl = s.get_y()
    s.set_y(y0)
    s.right_caps([(slash(st_d), "statement date"), (acct, "account no."), (slash(pay_by), "please pay by"),
                  ("$0.00", "amount due now")], s.l_margin + W * 0.5, y0, W * 0.5, size=8.8)
    s.set_xy(s.l_margin, max(s.get_y(), yl) + 4)
    yk = s.kv_box([("Patient", mem), ("Insurance", LHP), ("Member ID", mid), ("Insurance claim no.", cl),
                   ("Surgeon", SURG)], s.l_margin, s.get_y(), W * 0.62, cap_w=38, size=8.6)
    s.set_xy(s.l_margin, yk + 5)
    s.ledger(["Date", "Description", "Charges", "Credits", "Balance"],
             [[slash(sv)[:5] + "/26", f"{c_} {d_}", n2(v), "", ""] for c_, d_, v in lines] +
             [[ymd_slash(dt.date(2026, 3, 31)), "Insurance: claim denied - no prior approval", "", "0.00", ""],
              [ymd_slash(dt.date(2026, 4, 14)), "Account on hold: reconsideration requested", "", "", ""]],
             [24, W - 24 - 90, 30, 30, 30], aligns=["L", "L", "R", "R", "R"],
             totals=["", "Total charges / balance", n2(total), "0.00", n2(total)])
    s.para("Your account is on hold while we ask your health plan to reconsider. Nothing is due now. Example of a "
           "payment plan (if one is needed later): $6,420.00 over 12 months is $535.00 a month.", 8.8)
    s.reply_slip("Return this part with any payment", [("Account no.", acct), ("Patient", mem),
                                                       ("Amount enclosed", "$ ________")])
    t2 = truth("other", None, insurer=None, plan_id=None, member_id=mid, member_name=mem, cases=[cl],
               claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(st_d), provider=ASC,
               unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [SURG, "Evander Quillfeld"]})
    return cover, [(letter, t1), (bytes(s.output()), t2)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_household_claims_summary_glance_column_oon_code_legend_next_page", "born_digital",
             [born_summary(rng)]),
        Item(F + "scanclean_notice_of_action_glucose_monitor_form_grid_help_box", "scan_clean_300",
             [scanclean_cgm(rng)]),
        Item(F + "lowres_authority_health_coverage_notice_results_table_premium_coupon", "scan_lowres_150",
             [lowres_approval(rng)]),
        Item(F + "photocopy_serif_sidebar_er_visit_before_coverage_began", "photocopy", [photocopy_gap(rng)]),
        Item(F + "phone_es_aviso_hearing_aids_not_on_benefit_list", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_appeal_decision_rehab_hospital_vs_nursing_facility_upheld", "rotated",
             [rotated_appeal(rng)]),
    ]
    cover, docs = faxfine_stack(rng)
    items.append(Item(F + "faxfine_stack_surgery_center_cover_unapproved_arthroscopy_sideways_then_statement",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    return items
