"""An invented guild health plan for farriers, horseshoers and equine dental technicians: the Clinchmark Guild Health
Plan of the Clinchmark Guild of Farriers and Equine Dental Technicians (Fund Office in Aiken, South Carolina),
administered by Merrowmont Benefit Administrators, Inc. (which prints some papers on its own letterhead), with the
Lanwade Care Network. The invented rules: coverage is earned by hours - a member is covered in a benefit quarter
when at least 240 hours were reported for the work quarter that ended three months before it; shoeing, trimming
and floating hours count in full, barn-call travel time counts at one half, up to 20 counted hours a month;
members short of hours may keep coverage by a self-payment; an injury at work is covered (most members are self-
employed) unless the member works for an employer whose workers' compensation insurance must pay first; travel
or "barn call" charges of a provider who comes to the member are not covered; chiropractic is paid only in the
network; an MRI of the spine needs approval and six weeks of conservative care first unless there are warning
signs; appeals go to the Board of Trustees within 180 days. Every guild, stable, hunt, hospital, clinic, person,
number, code letter and address is invented (real South Carolina, Virginia, Florida, Kentucky and Texas towns with
invented streets; phones 555); CPT and HCPCS codes appear as themselves.

Member IDs are "CGH" + seven digits, a spouse or child with "-01" / "-02" after it; groups G-1870 (farriers and
horseshoers) and G-1875 (equine dental technicians); plan ID CGH-PPO-3; claim numbers "26-" + Julian day + "-" +
five digits; approval and review numbers "PA" / "UR" + seven digits; guild card numbers "GC-" + five digits and
certification numbers as decoys.

Documents (8 in 7 files):
- born_digital_family_eob_plan_mast_administered_by_glance_barn_call_travel_code_t3_on_page_two: a two-page
  family EOB under the plan's name with its "administered by" line, values over captions in ruled cells, a "your
  plan at a glance" column beside the claims table (hours bank, coverage quarter), the table continued on page 2;
  only the mobile therapist's barn-call travel line (CPT 99082) is refused, under T3, told only in the two-column
  legend on page 2.
- faxstd_review_decision_lumbar_mri_form_grid_decision_boxes: the administrator's fax of a pre-service decision
  refusing a lumbar MRI for back strain (not medically necessary before six weeks of conservative care).
- scanclean_stack_hours_short_er_crush_injury_upside_down_page_blank_then_hours_bank_coverage_notice: the
  administrator's two-page letter refusing an emergency visit for a crushed hand in a quarter the member had not
  earned (barn-call travel counted at half; page 2 upside down), a blank separator, and the Fund Office's hours
  bank statement granting the next quarter (denies nothing).
- photocopy_two_column_kick_fracture_stable_workers_comp_first: a two-column letter refusing a hospital stay for a
  kick fracture: the member is a stable's employee and its workers' compensation carrier pays first.
- phone_es_quiropractico_fuera_de_red_four_visits_side_box: a Spanish letter refusing four chiropractic visits
  outside the network, a side box beside the prose.
- rotated_preapproval_metacarpal_fracture_hand_surgery: an approval of hand surgery after a crush injury in a
  horse's mouth (denies nothing).
- lowres_provider_remittance_chiropractic_clinic_manual_therapy_code_c7_legend_two_columns: a remittance to a
  therapy and chiropractic clinic for six patients, one manual therapy line refused under C7 (billed with a spinal
  manipulation on the same region without a modifier), told only in the two-column legend at the foot.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_famma import (MASheet, MONTHS_ES, apos, day_long, digits, dmy0, dmy_abbr, dtg, es_date, es_wday_long,
                               iso, long, mon_pad, n2, plus, slash, upper, usd, usd_tail, wday_long, ymd_caps,
                               ymd_dots, ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("clinchmark_farriers_and_equine_dental_technicians_guild_health_plan_hours_bank_barn_call_travel_kick_"
          "injury_and_back_strain_refusals")
LANG = "en"
SEED = 355120
GUILD = "Clinchmark Guild of Farriers and Equine Dental Technicians"
PLAN = "Clinchmark Guild Health Plan"
TPA = "Merrowmont Benefit Administrators, Inc."
ADMIN = "administered by Merrowmont Benefit Administrators, Inc."
NET = "Lanwade Care Network"
PLAN_ID = "CGH-PPO-3"
G_FAR, G_EDT = "G-1870", "G-1875"
ALT_P = [PLAN, "Clinchmark Guild Health Plan (Merrowmont Benefit Administrators, Inc.)", TPA,
         "Merrowmont Benefit Administrators", "Clinchmark Guild"]
ALT_T = [TPA, "Merrowmont Benefit Administrators", "Merrowmont", PLAN,
         "Merrowmont Benefit Administrators, Inc. (Clinchmark Guild Health Plan)"]
FUND = "Fund Office, 1180 Quenching Way, Aiken, SC 29801"
TPA_ADDR = "P.O. Box 11457, Columbia, SC 29211-1457"
RIGHT = ["Fund Office 1-888-555-0116", "Claims line 1-888-555-0127", "TTY 711", FUND.split(", ", 1)[1]]


def mem_id(rng) -> str:
    return "CGH" + digits(rng, 7)


def claim(rng, d: dt.date) -> str:
    return f"26-{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def mast(p: MASheet, sub: str = "", right: list[str] | None = None):
    p.plan_mast(PLAN, ADMIN, right or RIGHT, sub=sub, mark="CG")


def tpa_head(p: MASheet, right: list[str]):
    p.spaced_head("Merrowmont", f"{TPA}  \u00b7  {TPA_ADDR}", right,
                  admin=f"Claims administrator for the {PLAN}", spacing=3.0, size=15)


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, wife, son = "Tobiah R. Quarrender", "Imelda S. Quarrender", "Piran T. Quarrender"
    mid = mem_id(rng)
    sd = dt.date(2026, 3, 20)
    MPT = "Tack & Trail Mobile Physical Therapy"
    PTN = "Corisande Polwhele, DPT"
    ER = "Hollinfield Regional Medical Center"
    FM = "Whiskey Road Family Practice"
    UC = "Silver Bluff Urgent Care"
    d_pt = dt.date(2026, 2, 16)
    # (patient, id, provider, [(date, code, service, billed, allowed, deductible/copay, paid, code)])
    claims = [
        (sub, mid, ER, [(dt.date(2026, 2, 2), "99284", "Emergency room visit", 1186.00, 742.10, 250.00, 393.68, "C1"),
                        (dt.date(2026, 2, 2), "73552", "X-ray femur, 2 views", 318.00, 144.60, 0.00, 115.68, "C1")]),
        (sub, mid, MPT, [(d_pt, "97161", "PT evaluation, low complexity", 170.00, 102.40, 0.00, 81.92, "C2"),
                         (d_pt, "97140", "Manual therapy, 1 unit", 96.00, 41.35, 0.00, 33.08, "C2"),
                         (d_pt, "99082", "Unusual travel (barn visit)", 85.00, 0.00, 0.00, 0.00, "T3")]),
        (wife, f"{mid}-01", FM, [(dt.date(2026, 2, 23), "99213", "Office visit, established", 164.00, 96.20, 25.00,
                                  71.20, "C4")]),
        (son, f"{mid}-02", UC, [(dt.date(2026, 3, 2), "99203", "Urgent care visit, new", 232.00, 128.40, 40.00,
                                 88.40, "C4"),
                                (dt.date(2026, 3, 2), "73610", "X-ray ankle, 3 views", 121.00, 58.75, 0.00, 58.75,
                                 "C4")]),
    ]
    nos = [claim(rng, c[3][0][0]) for c in claims]
    den_no = nos[1]
    den_total = round(sum(x[3] for x in claims[1][3]), 2)
    allL = [ln for c in claims for ln in c[3]]
    tb = round(sum(x[3] for x in allL), 2)
    tp = round(sum(x[6] for x in allL), 2)
    p = MASheet(footer="Page {n} of {nb}", footer_left=f"CGH-EOB-F (rev. 10/2025)  \u00b7  {PLAN}",
                foot_ids=f"Statement {ymd_dots(sd)}  \u00b7  {sub}  \u00b7  {mid}")
    p.set_margins(14, 12, 14)
    p.add_page()
    mast(p, sub="Explanation of Benefits  \u00b7  family statement  \u00b7  this is not a bill")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [sub.upper(), "3318 Farrier Row", "Aiken, SC 29803"]:
        p.line(ln, 9.6)
    p.ln(1)
    p.f(7.2)
    p.cell(80, 3.6, f"Guild card GC-{digits(rng, 5)}  \u00b7  CJF cert. {digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    yl = p.get_y()
    p.set_y(y0)
    p.form_grid([[(day_long(sd), "statement date", 0.36), (mid, "member ID", 0.34), (G_FAR, "group", 0.3)],
                 [(PLAN_ID, "plan ID", 0.36), (sub, "subscriber", 0.64)]],
                x=p.l_margin + W * 0.44, w=W * 0.56, size=8.6)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 2)
    side_w = 50
    tw = W - side_w - 4
    widths = [16, 11, 38, 14, 14, 14, 14, 9]
    sc = tw / sum(widths)
    widths = [w * sc for w in widths]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "C"]
    head = ["Date", "Code", "Service", "Charged", "Allowed", "Ded./ copay", "Plan paid", "Note"]
    yt = p.get_y() + 1
    ys = p.glance(p.l_margin + W - side_w, yt, side_w, "Your plan at a glance", [
        ("Hours reported Oct - Dec 2025", "268.5 of 240 needed"),
        ("You are covered", f"{slash(dt.date(2026, 1, 1))} - {slash(dt.date(2026, 6, 30))}"),
        ("Deductible (family)", "$290.00 of $1,000.00 met"),
        ("Therapy visits used in 2026", "1 of 30"), ("Network", NET),
        ("Spouse", f"{wife}  {mid}-01"), ("Child", f"{son}  {mid}-02")], size=7.5,
        foot="Hours Jan - Mar 2026 decide coverage for Jul - Sep 2026. Send hour cards by the 15th of each month.")
    p.set_xy(p.l_margin, yt)

    def rows_of(cs):
        rows, bold = [], set()
        for (who, num, prov, lines), no in cs:
            bold.add(len(rows))
            rows.append([f"{who}  \u00b7  {num}  \u00b7  claim {no}", "", "", "", "", "", "", ""])
            rows.append(["", "", prov, "", "", "", "", ""])
            rows += [[slash(d)[:6] + "26", c, s, n2(b), n2(a), n2(dc), n2(pd), k] for d, c, s, b, a, dc, pd, k in
                     lines]
            if len(lines) > 1:
                bold.add(len(rows))
                rows.append(["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                             n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""])
        return rows, bold

    rows, bold = rows_of(list(zip(claims[:2], nos[:2])))
    p.ledger_rules(head, rows, widths, aligns, size=6.8, row_h=4.6, bold=bold, shade={i for i in bold if rows[i][0]})
    p.set_x(p.l_margin)
    p.f(6.8)
    p.cell(tw, 3.4, "continued on page 2", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), ys) + 3)
    p.para("Your share is what the provider may bill you: the deductible or copay plus any amount not allowed by a "
           "provider outside the network. Network providers accept the allowed amount. For every claim, the note "
           "code in the last column is explained on page 2.", 8.4)
    p.framed("Working in a barn? Injuries at work are covered for self-employed members. If a stable or farm pays "
             "you wages, tell us: its workers' compensation insurance may have to pay first.", size=8.2)
    p.add_page()
    p.f(9, "B")
    p.cell(0, 5, "Claims processed (continued)", new_x="LMARGIN", new_y="NEXT")
    wf = [w * W / tw for w in widths]
    rows, bold = rows_of(list(zip(claims[2:], nos[2:])))
    p.ledger_rules(head, rows, wf, aligns, size=7.6, row_h=5.0, bold=bold, shade={i for i in bold if rows[i][0]})
    p.ledger_rules(head, [["", "", "All claims on this statement", n2(tb), n2(sum(x[4] for x in allL)),
                           n2(sum(x[5] for x in allL)), n2(tp), ""]], wf, aligns, size=7.6, row_h=5.0, bold={0},
                   heads=False)
    p.legend_cols("Note codes", [
        ("C1", "Emergency care: paid at the network level after the deductible, 80% of the allowed amount."),
        ("C2", "Physical therapy: 80% of the allowed amount; counts toward the 30 visits a year."),
        ("C4", "Paid at the network level after the copay."),
        ("H2", "Not covered: no hours-based coverage on the date of service. See your hours bank statement."),
        ("T3", "Travel, mileage and barn-call charges of a provider who comes to you are not a covered expense. "
               "The care given at the visit is paid under its own code."),
        ("W5", "Work injury: the employer's workers' compensation insurance pays first."),
        ("N7", "Outside the Lanwade Care Network: not paid for this kind of care."),
        ("R2", "We asked the provider for records and are holding this line.")], cols=2, size=7.2)
    p.f(9.4, "B")
    p.cell(0, 5, "Appeals to the Board of Trustees", new_x="LMARGIN", new_y="NEXT")
    p.para("If you think a claim was handled wrongly, you or your representative may appeal in writing within 180 "
           f"days of the date of this statement. Send it to the Board of Trustees, {PLAN}, {FUND}. You may ask for "
           "the documents we used, free of charge. For an urgent pre-service claim, call the Fund Office.", 8.4)
    p.para("Example (not one of your claims): on an allowed amount of $200.00 after the deductible, the Plan pays "
           "$160.00 and you pay $40.00.", 7.8)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=G_FAR, member_id=mid, member_name=sub,
              cases=[den_no], claim_amount=m2(den_total), service_dates=[iso(d_pt)], denial_date=iso(sd),
              provider=MPT, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ALT_P, "claim_amount": [m2(85.00)], "provider": [PTN, "Corisande Polwhele"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_mri(rng):
    mem = "Solenne V. Harkwood"
    mid = mem_id(rng)
    PRAC = "Rimfield Spine & Orthopaedics"
    DR = "Dr. Oswin Talfryn"
    IMG = "Pinemount Open MRI"
    onset = dt.date(2026, 3, 19)
    rcv = dt.date(2026, 4, 6)
    nd = dt.date(2026, 4, 8)
    plan_d = dt.date(2026, 4, 14)
    ur = "UR" + digits(rng, 7)
    p = MASheet(footer="Page {n} of {nb}", footer_left="MBA-UR-7 (02/2026)",
                fax_hdr=f"{upper(nd)} 14:22   FROM: MERROWMONT UTILIZATION REVIEW   803 555 0191   TO: {PRAC.upper()}"
                        "   P. {n}")
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, ["Utilization Review", "Phone 1-888-555-0131", "Fax 803-555-0191", "TTY 711"])
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(0, 6.5, "PRE-SERVICE REVIEW DECISION", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, f"for the {PLAN}  \u00b7  sent by fax to the requesting office and by mail to the member",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.form_grid([[(dmy0(nd), "decision date", 0.25), (ur, "review no.", 0.25), (mid, "member ID", 0.25),
                  (G_EDT, "group", 0.25)],
                 [(mem, "member", 0.5), (ymd_slash(rcv), "request received", 0.25), (ymd_slash(onset),
                                                                                     "symptoms began", 0.25)],
                 [(f"{DR}\n{PRAC}", "requesting physician", 0.5), (f"{IMG}\n(facility named on request)",
                                                                     "where it would be done", 0.5)]],
                size=8.6)
    p.decision_grid(["Code", "Service asked for", "Planned date"],
                    [(["72148", "MRI lumbar spine without contrast", slash(plan_d)], 1)],
                    [18, W - 18 - 30 - 46, 30], ["Approved", "Not approved"], mark_w=23, size=8.4)
    p.f(10, "B")
    p.cell(0, 5.5, "Reason for the decision", new_x="LMARGIN", new_y="NEXT")
    p.para(f"{mem} is an equine dental technician who strained her lower back on March 19 while holding a horse's "
           "head during a floating. The office notes describe back pain without leg weakness, numbness, loss of "
           "bladder or bowel control, fever, cancer history or injury from a fall. The Plan's imaging guideline "
           "(MBA-IMG-12) approves an MRI of the lower back when pain lasts after six weeks of conservative care "
           "(physical therapy or chiropractic, medicine, activity changes), or sooner when there are warning signs. "
           "The request came less than three weeks after the pain began, no therapy has been tried and there are "
           "no warning signs. The MRI is not medically necessary at this time.", 9.0)
    p.para("Reviewed by Dr. Aurelian Fitzhardinge, board-certified in physical medicine and rehabilitation. "
           f"{DR} may call 1-888-555-0131 within 5 business days of this decision to discuss it with the reviewer "
           "(peer-to-peer). A new request may be sent if the pain lasts after six weeks of care or warning signs "
           "appear. Physical therapy in the Lanwade Care Network does not need approval.", 9.0)
    p.f(10, "B")
    p.cell(0, 5.5, "Appeal", new_x="LMARGIN", new_y="NEXT")
    p.para("The member, or the physician on her behalf, may appeal to the Board of Trustees within 180 days of the "
           f"date of this decision. Write to the Board of Trustees, {PLAN}, {FUND}, or fax 803-555-0192. An urgent "
           "appeal is decided within 72 hours.", 9.0)
    p.signoff(["Merrowmont Utilization Review", f"for the {PLAN}"])
    t = truth("denial_letter", "medical_necessity", insurer=TPA, plan_id=None, group=G_EDT, member_id=mid,
              member_name=mem, cases=[ur], claim_amount=None, service_dates=[iso(plan_d)], denial_date=iso(nd),
              provider=PRAC, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ALT_T, "provider": [DR, "Oswin Talfryn", IMG], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_stack(rng):
    mem = "Bartholomew N. Crabbe"
    mid = mem_id(rng)
    HOSP = "Stallwood Memorial Hospital"
    ERD = "Dr. Gwenllian Ashcombe-Rees"
    sv = dt.date(2026, 1, 19)
    rcv = dt.date(2026, 2, 9)
    nd = dt.date(2026, 3, 3)
    cno = claim(rng, rcv)
    lines = [("99284", "Emergency department visit", 1410.00), ("73130", "X-ray hand, 3 views", 262.00),
             ("12002", "Repair of wound, 2.6 to 7.5 cm", 688.50), ("J1885", "Ketorolac injection", 36.00),
             ("29125", "Short arm splint", 568.00)]
    total = round(sum(x[2] for x in lines), 2)
    # hours for the work quarter Jul - Sep 2025: (month, work hours, travel hours)
    q3 = [("July 2025", 71.5, 22.0), ("August 2025", 64.0, 26.0), ("September 2025", 58.5, 18.0)]
    counted = [(m, w, t, min(t / 2, 20.0)) for m, w, t in q3]
    tot_w = sum(x[1] for x in counted)
    tot_t = sum(x[2] for x in counted)
    tot_c = sum(x[3] for x in counted)

    p = MASheet(footer="Page {n} of {nb}", run_hdr=f"{mem}  |  Member {mid}  |  Claim {cno}  |  page {{n}} of {{nb}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, ["Claims line 1-888-555-0127", "TTY 711", "Fax 803-555-0190"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [long(nd), "", mem, "77 Hot Shoe Lane", "Williston, SC 29853"]:
        p.line(ln, 10)
    yl = p.get_y()
    p.set_y(y0)
    p.right_caps([(cno, "claim"), (mid, "member ID"), (G_FAR, "group"), (PLAN_ID, "plan")],
                 p.l_margin + W * 0.5, y0, W * 0.5, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 4)
    p.subject(f"Emergency care at {HOSP} on {long(sv)}")
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received the hospital's claim for ${total:,.2f} for the care of your left hand after it was caught "
           "between a horse and a stall wall while you were shoeing. We are sorry about your injury. The Plan cannot "
           "pay this claim, because you were not covered on the day of the visit.", 9.6)
    p.para("How coverage works: the Plan covers a member in a benefit quarter when at least 240 hours were reported "
           "for the work quarter that ended three months before it. Your coverage for January, February and March "
           "2026 depended on the hours reported for July, August and September 2025. Shoeing and trimming hours "
           "count in full. Barn-call travel time counts at one half, and no more than 20 counted hours a month.", 9.6)
    p.para(f"Your hour cards for those months showed {tot_w:.1f} hours of shoeing and trimming and {tot_t:.1f} hours "
           f"of barn-call travel. The travel counts as {tot_c:.1f} hours, so the Plan counted {tot_w + tot_c:.1f} "
           f"hours, which is {240 - tot_w - tot_c:.1f} hours short of 240. The Fund Office mailed you a self-payment "
           "offer on November 14, 2025; no self-payment was received. The month-by-month count is on page 2.", 9.6)
    p.para("Your coverage started again on April 1, 2026 because your hours for October to December 2025 were "
           "enough. That does not reach back to January.", 9.6)
    p.signoff(["Sincerely,", "Eligibility and Claims", TPA, f"for the {PLAN}"])
    p.add_page()
    p.f(10.5, "B")
    p.cell(0, 6, "How your hours were counted (work quarter July - September 2025)", new_x="LMARGIN", new_y="NEXT")
    p.zebra(["Month", "Shoeing / trimming", "Barn-call travel", "Travel counted", "Hours counted"],
            [[m, f"{w:.1f}", f"{t:.1f}", f"{c:.1f}", f"{w + c:.1f}"] for m, w, t, c in counted] +
            [["Total", f"{tot_w:.1f}", f"{tot_t:.1f}", f"{tot_c:.1f}", f"{tot_w + tot_c:.1f}"]],
            [44, 34, 32, 32, W - 142], aligns=["L", "R", "R", "R", "R"], size=8.6)
    p.f(10.5, "B")
    p.cell(0, 6, "The claim", new_x="LMARGIN", new_y="NEXT")
    p.wrap_table(["Code", "Service", "Charged"], [[c, s, n2(v)] for c, s, v in lines] + [["", "Total",
                                                                                           n2(total)]],
                 [22, W - 22 - 34, 34], size=8.6, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"Attending physician: {ERD}. Claim received {dmy_abbr(rcv)}.", 8.8)
    p.f(10, "B")
    p.cell(0, 5.5, "If you disagree", new_x="LMARGIN", new_y="NEXT")
    p.para("If an hour card is missing or wrong, send a copy of it, or the barn's or customer's invoices for those "
           "months, with your appeal. You may appeal to the Board of Trustees within 180 days of the date of this "
           f"letter. Write to the Board of Trustees, {PLAN}, {FUND}.", 9.2)
    t1 = truth("denial_letter", "eligibility", insurer=TPA, plan_id=PLAN_ID, group=G_FAR, member_id=mid,
               member_name=mem, cases=[cno], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(nd),
               provider=HOSP, appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": ALT_T, "provider": [ERD, "Gwenllian Ashcombe-Rees"]})
    letter = out(p)

    # the Fund Office's hours bank statement for the next quarter (denies nothing)
    sd = dt.date(2026, 2, 27)
    q4 = [("Oct 2025", "Self (invoices)", 66.0, 24.0), ("Oct 2025", "Wyndhurst Hunt Stables", 18.0, 0.0),
          ("Nov 2025", "Self (invoices)", 81.5, 28.0), ("Dec 2025", "Self (invoices)", 62.0, 30.0)]
    s = MASheet(footer="Page {n} of {nb}", footer_left=f"CGH-HB-2  \u00b7  printed {ymd_caps(sd)}")
    s.set_margins(18, 15, 18)
    s.add_page()
    mast(s, sub="Hours Bank Statement and Coverage Notice")
    W = s.w - s.l_margin - s.r_margin
    y0 = s.get_y()
    for ln in [mem.upper(), "77 Hot Shoe Lane", "Williston, SC 29853"]:
        s.line(ln, 9.8)
    yl = s.get_y()
    s.set_y(y0)
    s.form_grid([[(slash(sd), "statement date", 0.5), (mid, "member ID", 0.5)],
                 [(G_FAR, "group", 0.5), (f"GC-{digits(rng, 5)}", "guild card", 0.5)]], x=s.l_margin + W * 0.5,
                w=W * 0.5, size=8.8)
    s.set_xy(s.l_margin, max(s.get_y(), yl) + 4)
    s.para(f"Dear {mem}:", 10)
    s.para("Good news: the hours reported for October, November and December 2025 are enough for coverage in the "
           "benefit quarter April 1 to June 30, 2026. You and your enrolled family members are covered for that "
           "quarter. No self-payment is needed.", 9.6)
    rows = []
    tw_, tc_ = 0.0, 0.0
    by_month = {}
    for m, who, w, t in q4:
        by_month[m] = by_month.get(m, 0.0) + t
    used = {}
    for m, who, w, t in q4:
        c = min(t / 2, 20.0 - used.get(m, 0.0))
        used[m] = used.get(m, 0.0) + c
        tw_ += w
        tc_ += c
        rows.append([m, who, f"{w:.1f}", f"{t:.1f}", f"{c:.1f}", f"{w + c:.1f}"])
    rows.append(["", "Total", f"{tw_:.1f}", "", f"{tc_:.1f}", f"{tw_ + tc_:.1f}"])
    s.wrap_table(["Month", "Reported by", "Work hours", "Travel hours", "Travel counted", "Counted"], rows,
                 [24, W - 24 - 4 * 26, 26, 26, 26, 26], size=8.6, aligns=["L", "L", "R", "R", "R", "R"],
                 bold_last=True)
    s.tiles([("Hours counted", f"{tw_ + tc_:.1f}"), ("Needed", "240.0"),
             ("Covered", f"{dmy_abbr(dt.date(2026, 4, 1))[:5]} - {dmy_abbr(dt.date(2026, 6, 30))}")], size=10.5,
            h=13)
    s.para("Hours over 240 are not carried into the next quarter. Hours for January to March 2026 decide your "
           "coverage for July to September 2026; hour cards are due by the 15th of the month after the work. If a "
           "quarter falls short, the Fund Office will offer you a self-payment of $642.00 for that quarter (2026 "
           "rate).", 9.0)
    s.para("Questions about hours: call the Fund Office at 1-888-555-0116. This statement is not a decision on any "
           "claim.", 9.0)
    s.signoff(["Fund Office", PLAN])
    t2 = truth("other", None, insurer=PLAN, plan_id=None, group=G_FAR, member_id=mid, member_name=mem, cases=[],
               claim_amount=None, service_dates=[], denial_date=iso(sd), provider=None, appeal_deadline=None,
               alternates={"insurer": ALT_P})
    return [(letter, t1), (bytes(s.output()), t2)]


# ------------------------------------------------------------------------------------------------------------------
def photocopy_wc(rng):
    mem = "Griffith L. Pentreath"
    mid = mem_id(rng)
    HOSP = "Cobbsford General Hospital"
    SURG = "Dr. Niamh Okafor-Venn"
    STABLE = "Gallowbrook Racing Stable, LLC"
    WC = "Tamblyn Mutual Insurance Company"
    adm = dt.date(2026, 2, 17)
    dis = dt.date(2026, 2, 19)
    rcv = dt.date(2026, 3, 10)
    nd = dt.date(2026, 3, 24)
    due = dt.date(2026, 9, 1)
    cno = claim(rng, rcv)
    total = 38412.75
    p = MASheet(serif=True, footer="Page {n} of {nb}", every=f"{PLAN}  \u00b7  Claim {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    mast(p, sub="Claims decision")
    W = p.w - p.l_margin - p.r_margin
    for ln in [wday_long(nd), "", mem, "4 Paddock Gate Rd", "Versailles, KY 40383"]:
        p.line(ln, 10)
    p.ln(3)
    p.hung([(mid, "member ID", W * 0.22), (G_FAR, "group", W * 0.13), (cno, "claim", W * 0.22),
            (f"{slash(adm)} - {slash(dis)}", "hospital stay", W * 0.28), (f"{total:,.2f}", "charged (USD)",
                                                                          W * 0.15)], size=9.2)
    p.ln(1)
    p.flow2([
        f"Dear {mem}:",
        f"{HOSP} sent us a claim for your stay from {long(adm)} to {long(dis)}, when {SURG} repaired a fracture "
        "of your right shin bone. The hospital's records say that a two-year-old colt kicked you in the barn at "
        f"{STABLE} while you were shoeing it.",
        f"The Plan covers injuries at work for members who work for themselves. Your hour cards show that "
        f"{STABLE} pays you wages as its stable farrier, and the stable's hour reports list you as an employee. "
        f"An employer must carry workers' compensation insurance for its employees, and the stable's carrier, "
        f"{WC}, pays first for an injury at work.",
        "The Plan does not pay for care that workers' compensation must pay. We are therefore not paying this "
        "claim now. Please give the stable's carrier the claim number it gave your employer, and ask the hospital "
        "and your surgeon to bill the carrier.",
        "If the carrier denies your claim in writing, send us a copy of its decision. We will then look at the "
        "hospital's claim again as a covered injury under the Plan.",
        f"If you do not agree with this decision, you may appeal to the Board of Trustees. Your appeal must be "
        f"received no later than {long(due)}. Send it to the Board of Trustees, {PLAN}, {FUND}. You may send "
        "anything that shows you were not the stable's employee on the day of the injury, such as your own "
        "invoices to the stable.",
        "The stable's incident report number (GRS-IR-2026-014) and your guild card number are listed for your "
        "records only; they are not claim numbers."], size=9.2)
    p.signoff(["Sincerely,", "Claims Department", PLAN, ADMIN])
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=None, group=G_FAR, member_id=mid, member_name=mem,
              cases=[cno], claim_amount=m2(total), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
              provider=HOSP, appeal_deadline=iso(due),
              alternates={"insurer": ALT_P, "provider": [SURG, "Niamh Okafor-Venn"],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mem = "Anselmo R. Villaquirán"
    mid = mem_id(rng)
    CHIRO = "Alto Valle Chiropractic"
    DC = "Dr. Bernabé Ustáriz, D.C."
    visits = [dt.date(2026, 2, 18), dt.date(2026, 2, 20), dt.date(2026, 2, 25), dt.date(2026, 2, 27)]
    rcv = dt.date(2026, 3, 16)
    nd = dt.date(2026, 4, 7)
    cno = claim(rng, rcv)
    per = [("98941", 85.00), ("97140", 30.00)]
    total = round(len(visits) * sum(v for _, v in per), 2)

    def es_abbr(d):
        return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"

    p = MASheet(footer="Página {n} de {nb}", footer_left=f"CGH-CL-ES  \u00b7  {cno}")
    p.set_margins(17, 14, 17)
    p.add_page()
    mast(p, sub="Decisión sobre un reclamo", right=["Oficina del Fondo 1-888-555-0116",
                                                   "Línea en español 1-888-555-0128", "TTY 711", "Aiken, SC 29801"])
    W = p.w - p.l_margin - p.r_margin
    p.line(es_wday_long(nd), 9.8)
    p.ln(2)
    for ln in [mem, "2406 Silver Springs Blvd Lote 9", "Ocala, FL 34475"]:
        p.line(ln, 10)
    p.ln(3)
    side_w = 60
    yt = p.get_y()
    ys = p.glance(p.l_margin + W - side_w, yt, side_w, "Su plan de un vistazo", [
        ("Miembro", mem), ("Núm. de miembro", mid), ("Grupo", G_EDT), ("Núm. de reclamo", cno),
        ("Reclamo recibido", ymd_dots(rcv)), ("Red de proveedores", NET),
        ("Quiropráctica", "sólo en la red  \u00b7  30 visitas al año (con terapia física)"),
        ("Certificado EDT", f"{digits(rng, 4)}-E (no es un número de reclamo)")], size=7.6)
    p.set_xy(p.l_margin, yt)
    for para in [
        f"Estimado {mem}:",
        f"{CHIRO} nos envió un reclamo por cuatro visitas de quiropráctica para su espalda. Lo atendió {DC}. "
        f"El total cobrado es de US$ {total:,.2f}. Decidimos no pagar este reclamo.",
        f"Por qué: el Plan paga la quiropráctica sólo cuando el quiropráctico pertenece a la red {NET}, salvo en "
        f"una emergencia. {CHIRO} no pertenece a la red. Usted puede buscar un quiropráctico de la red en el "
        "directorio o llamando a la Oficina del Fondo; en Ocala hay tres.",
        "Las visitas y los cargos están en la tabla de abajo."]:
        p.col_para(para, W - side_w - 5, 9.3)
    p.set_xy(p.l_margin, max(p.get_y(), ys) + 3)
    rows = []
    for d in visits:
        for c, v in per:
            rows.append([es_abbr(d), c, "Manipulación de columna, 1-2 regiones" if c == "98941" else
                         "Terapia manual, 1 unidad", f"{v:.2f}", "0.00", "N7"])
    rows.append(["", "", "Total", f"{total:.2f}", "0.00", ""])
    p.wrap_table(["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Nota"], rows,
                 [26, 18, W - 26 - 18 - 66, 24, 24, 18], size=8.2, aligns=["L", "L", "L", "R", "R", "C"],
                 bold_last=True)
    p.para(f"N7: proveedor fuera de la red {NET}; el Plan no paga este tipo de atención fuera de la red.", 8.2)
    p.f(10, "B")
    p.cell(0, 5.5, "Su derecho a apelar", new_x="LMARGIN", new_y="NEXT")
    p.para("Si no está de acuerdo, usted puede apelar por escrito a la Junta de Fideicomisarios dentro de 180 días a "
           f"partir de la fecha de esta carta. Envíe su apelación a: Board of Trustees, {PLAN}, {FUND}. Puede pedir "
           "copias gratuitas de los documentos que usamos.", 9.0)
    p.signoff(["Atentamente,", "Departamento de Reclamos", PLAN])
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=None, group=G_EDT, member_id=mid,
              member_name=mem, cases=[cno], claim_amount=m2(total), service_dates=[iso(d) for d in visits],
              denial_date=iso(nd), provider=CHIRO, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": ALT_P, "provider": [DC, "Bernabé Ustáriz"],
                          "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    mem = "Marit E. Sowden"
    mid = mem_id(rng)
    HC = "Greystane Hand & Wrist Center"
    SURG = "Dr. Celestine Ambrose-Pike"
    inj = dt.date(2026, 3, 30)
    rcv = dt.date(2026, 4, 10)
    nd = dt.date(2026, 4, 13)
    sv = dt.date(2026, 4, 22)
    pa = "PA" + digits(rng, 7)
    p = MASheet(footer="Page {n} of {nb}", footer_left=f"CGH-PA-A (09/2025)  \u00b7  {pa}")
    p.set_margins(17, 14, 17)
    p.add_page()
    mast(p, sub="Pre-service approval")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "119 Stirrup Iron Lane", "Middleburg, VA 20117"]:
        p.line(ln, 10)
    yl = p.get_y()
    p.set_y(y0)
    p.after_ids([(long(nd), "date"), (pa, "approval no."), (mid, "member ID"), (G_EDT, "group")],
                x=p.l_margin + W * 0.5, w=W * 0.5, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{SURG} of {HC} asked us on {long(rcv)} to approve surgery on your left hand. Your hand was caught in a "
           f"horse's mouth on {long(inj)} when the speculum slipped during a dental float, and the x-rays show a "
           "displaced fracture of the fourth metacarpal bone. We have approved the surgery.", 9.6)
    p.form_grid([[("Open treatment of metacarpal fracture (CPT 26615)", "approved service", 0.6),
                  (dmy0(sv), "planned date", 0.4)],
                 [(f"{SURG}\n{HC}", "surgeon / place", 0.6), ("outpatient (same day)", "setting", 0.4)],
                 [(f"{dmy_abbr(dt.date(2026, 4, 15))} - {dmy_abbr(dt.date(2026, 7, 14))}", "approval valid", 0.6),
                  ("1 procedure", "units", 0.4)]], size=8.8, title="What we approved")
    p.decision_grid(["Code", "Service"], [(["26615", "Open treatment of metacarpal fracture, single"], 0),
                                          (["20680", "Removal of implant, if needed later (separate request)"], 2)],
                    [20, W - 20 - 3 * 20], ["Approved", "Not approved", "Not decided"], mark_w=20, size=8.4)
    p.para("What the Plan pays: an injury at work is covered for self-employed members. After the deductible, the "
           "Plan pays 80 percent of the allowed amount for a network surgeon and surgery center. Example: on an "
           "allowed amount of $2,500.00 after the deductible, the Plan pays $2,000.00. Hand therapy after surgery "
           "counts toward the 30 therapy visits a year and does not need approval.", 9.0)
    p.para("This approval is not a promise of payment if your coverage ends before the surgery. If the date changes, "
           "the surgeon's office does not need to ask again while the approval is valid.", 9.0)
    p.two_sigs(["Hesper Wrangham, RN", "Care Review, for the Plan"], ["Dr. Lucian Farthrop", "Medical Director"])
    t = truth("other", None, insurer=PLAN, plan_id=None, group=G_EDT, member_id=mid, member_name=mem, cases=[pa],
              claim_amount=None, service_dates=[iso(sv)], denial_date=iso(nd), provider=HC, appeal_deadline=None,
              alternates={"insurer": ALT_P, "provider": [SURG, "Celestine Ambrose-Pike"], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_remit(rng):
    CLINIC = "Tackroom Lane Physical Therapy & Chiropractic"
    rd = dt.date(2026, 4, 10)
    eft = f"EFT {digits(rng, 9)}"
    # (patient, id, group, rendering, [(date, code, billed, paid, code)])
    pts = [
        ("Ewan F. Brockwell", mem_id(rng), G_FAR, "Dr. Tamsin Everdell, DC",
         [(dt.date(2026, 3, 9), "98941", 78.00, 49.60, "A1"), (dt.date(2026, 3, 9), "97140", 64.00, 0.00, "C7"),
          (dt.date(2026, 3, 9), "97110", 58.00, 33.10, "A1")]),
        ("Hephzibah O. Lanfear", mem_id(rng), G_EDT, "Jory Penhellick, PT",
         [(dt.date(2026, 3, 10), "97110", 116.00, 66.20, "A1"), (dt.date(2026, 3, 10), "97530", 62.00, 35.40, "A1")]),
        ("Caspian D. Yeldham", mem_id(rng), G_FAR, "Dr. Tamsin Everdell, DC",
         [(dt.date(2026, 3, 11), "98940", 62.00, 39.70, "A1")]),
        ("Rosamund K. Thrushwood", mem_id(rng), G_FAR, "Jory Penhellick, PT",
         [(dt.date(2026, 3, 12), "97161", 170.00, 97.30, "A1"), (dt.date(2026, 3, 12), "97140", 64.00, 33.10, "A1")]),
        ("Lazarus P. Tregunna", mem_id(rng) + "-01", G_EDT, "Jory Penhellick, PT",
         [(dt.date(2026, 3, 16), "97110", 58.00, 33.10, "A2")]),
        ("Ewan F. Brockwell", None, G_FAR, "Dr. Tamsin Everdell, DC",
         [(dt.date(2026, 3, 23), "98941", 78.00, 49.60, "A1"), (dt.date(2026, 3, 23), "97110", 58.00, 33.10, "A1")]),
    ]
    pts[5] = (pts[5][0], pts[0][1]) + pts[5][2:]
    nos = [claim(rng, x[4][0][0] + dt.timedelta(days=6)) for x in pts]
    den = pts[0]
    den_total = round(sum(x[2] for x in den[4]), 2)
    tb = round(sum(x[2] for c in pts for x in c[4]), 2)
    tp = round(sum(x[3] for c in pts for x in c[4]), 2)

    def lastfirst(n):
        f, m, l = n.split()[0], n.split()[1].rstrip("."), n.split()[-1]
        return f"{l.upper()}, {f.upper()} {m}"

    p = MASheet(footer="Page {n} of {nb}", footer_left=f"MBA-RA-4  \u00b7  remit {ymd_dots(rd)}")
    p.set_margins(13, 12, 13)
    p.add_page()
    tpa_head(p, ["Provider Services 1-888-555-0139", "Fax 803-555-0193", TPA_ADDR])
    W = p.w - p.l_margin - p.r_margin
    p.f(12, "B")
    p.cell(0, 6, f"PROVIDER REMITTANCE ADVICE  \u00b7  {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    for ln in [CLINIC, "Attn: Billing", "905 Tackroom Lane", "Aiken, SC 29801"]:
        p.line(ln, 8.6)
    yl = p.get_y()
    p.set_y(y0)
    p.form_grid([[(slash(rd), "remittance date", 0.34), (eft, "payment", 0.33), (usd(tp), "amount paid", 0.33)],
                 [(f"NPI 1{digits(rng, 9)}", "payee NPI", 0.34), (f"TIN 57-{digits(rng, 7)}", "payee TIN", 0.33),
                  (PLAN_ID, "plan ID", 0.33)]], x=p.l_margin + W * 0.5, w=W * 0.5, size=8.0)
    p.set_xy(p.l_margin, max(p.get_y(), yl) + 3)
    widths = [40, 20, 16, 14, 18, 18, 12]
    sc = W / sum(widths)
    widths = [w * sc for w in widths]
    aligns = ["L", "L", "L", "L", "R", "R", "C"]
    head = ["Patient / member ID / claim", "Rendering", "Service date", "Proc.", "Billed", "Paid", "Rmk"]
    rows, bold = [], set()
    for (who, mid, grp, rend, lines), no in zip(pts, nos):
        bold.add(len(rows))
        rows.append([f"{lastfirst(who)}   {mid}   {grp}", "", "", "", "", "", ""])
        for i, (d, c, b, pd, k) in enumerate(lines):
            rows.append([f"claim {no}" if i == 0 else "", rend.split(",")[0] if i == 0 else "", slash(d), c, n2(b),
                         n2(pd), k])
        rows.append(["", "", "", "claim total", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)), ""])
    p.ledger_rules(head, rows, widths, aligns, size=7.0, row_h=4.4, bold=bold, shade=set(bold))
    p.ledger_rules(head, [["Totals for this remittance", "", "", "", n2(tb), n2(tp), ""]], widths, aligns, size=7.2,
                   row_h=4.8, bold={0}, heads=False)
    p.legend_cols("Code legend", [
        ("A1", "Paid at the Lanwade network rate less the member's coinsurance."),
        ("A2", "Paid; the member's visit count for 2026 is now 27 of 30."),
        ("B4", "Visit limit of 30 a year reached; not paid."),
        ("C7", "Manual therapy (97140) billed on the same day and region as a spinal manipulation (98940-98942) "
               "without a modifier showing a separate region: included in the manipulation, not paid separately."),
        ("D1", "Duplicate of a claim already processed."),
        ("P9", "Member not covered on this date (hours-based eligibility).")], cols=2, size=7.0)
    p.para("Reconsideration: a provider who disagrees with a line may ask for reconsideration within 90 days of the "
           f"remittance date. Send the corrected claim or records to {TPA}, Provider Reconsiderations, {TPA_ADDR}. "
           "A member may also appeal to the Board of Trustees under the Plan's rules.", 7.6)
    t = truth("eob", "coding_error", insurer=TPA, plan_id=PLAN_ID, group=G_FAR, member_id=den[1],
              member_name=den[0], cases=[nos[0]], claim_amount=m2(den_total), service_dates=[iso(den[4][0][0])],
              denial_date=iso(rd), provider=CLINIC, appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ALT_T, "claim_amount": [m2(64.00)],
                          "provider": ["Dr. Tamsin Everdell", "Tamsin Everdell"]},
              type_alternates=["denial_letter"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_eob_plan_mast_administered_by_glance_barn_call_travel_code_t3_on_page_two",
             "born_digital", [born_eob(rng)]),
        Item(F + "faxstd_review_decision_lumbar_mri_form_grid_decision_boxes", "fax_standard_g4", [faxstd_mri(rng)]),
    ]
    docs = scanclean_stack(rng)
    items.append(Item(F + "scanclean_stack_hours_short_er_crush_injury_upside_down_page_blank_then_hours_bank_"
                          "coverage_notice", "scan_clean_300", docs, separators=["blank", None],
                      turns={(0, 1): 180}))
    items += [
        Item(F + "photocopy_two_column_kick_fracture_stable_workers_comp_first", "photocopy", [photocopy_wc(rng)]),
        Item(F + "phone_es_quiropractico_fuera_de_red_four_visits_side_box", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_preapproval_metacarpal_fracture_hand_surgery", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_provider_remittance_chiropractic_clinic_manual_therapy_code_c7_legend_two_columns",
             "scan_lowres_150", [lowres_remit(rng)]),
    ]
    return items
