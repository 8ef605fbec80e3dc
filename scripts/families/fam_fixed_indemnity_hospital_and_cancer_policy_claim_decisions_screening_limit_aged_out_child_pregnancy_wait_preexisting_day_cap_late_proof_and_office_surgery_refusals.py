"""Claim decisions on fixed-indemnity policies of an invented insurer, mirrored (structure and plain wording style
only) from published hospital indemnity and cancer indemnity claim papers: Stannary Life & Casualty Insurance Company
(home office in West Des Moines, claims administered by the invented Wheatcroft Claims Services, LLC) sells a Hospital
Indemnity Policy (individual, form SL-HI-100, and group certificates for employers, form SL-HIG-100) and a Cancer
Indemnity Policy (form SL-CA-210). The policies pay fixed amounts to the insured, not the bills: a hospital admission
benefit, a daily confinement benefit from the second day up to 30 days a period of confinement (stays less than 90
days apart for the same or a related cause are one period), emergency room, x-ray, ambulance, urgent care and
outpatient surgery benefits (hospital outpatient department or ambulatory surgical center only; surgery in a
doctor's office gets the smaller office surgery benefit), a health screening benefit once a covered person a
calendar year, pregnancy and childbirth only when the confinement begins after the coverage has been in force 10
months, a 12-month pre-existing condition limitation (treatment or medicine in the 12 months before the effective
date), a child covered to the premium due date after the 26th birthday, proof of loss within 90 days and never
later than 180 days after the loss. Every insured, number, employer, hospital, clinic, doctor, amount and address
is invented; phones use 555; CPT codes as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_family_statement_side_column_spouse_second_screening_line_s4: a two-page statement of benefits to a
  school employee with group family coverage: the name plate with a lower-case "administered by" line, identifiers
  with captions after the values, a claims table beside a side column (covered persons, paid this year, contacts),
  broken across the pages; five claims of four covered persons all paid except the spouse's screening mammogram
  (0.00 under S4, told only in the two-column code key on page 2); "within 180 days of the date of this statement".
- scan_cancer_policy_daughter_past_26_caption_under_cells_two_columns: a clean-scan two-page letter on the cancer
  policy: values in ruled cells with tiny captions under them, prose in two columns, a running header on page 2;
  the daughter's thyroid cancer claim refused because her coverage ended at the premium due date after her 26th
  birthday (eligibility; a premium refund and the conversion window as decoys; "within 60 days of the date of this
  letter").
- lowres_childbirth_stay_before_ten_months_left_side_column: a 150 dpi letter with a side column at the LEFT and
  values over tiny captions: a delivery stay refused because the certificate had been in force 7 months, not 10
  ("no later than" a printed date).
- faxfine_stack_cover_administrator_acknowledgement_then_knee_replacement_preexisting_upside_down: a fine fax of a
  cover sheet, the administrator's acknowledgement asking for a physician statement (denies nothing) and the
  insurer's two-page refusal of a knee replacement stay under the 12-month pre-existing condition limitation
  (records table with 2025 dates; page 2 upside down; "within 180 days from the date of this letter").
- phone_es_prueba_de_perdida_despues_de_180_dias: a photographed Spanish letter refusing an accident stay because the
  proof of loss came more than 180 days after it (side column at the right; "dentro de 60 días a partir de la fecha
  de esta carta").
- rotated_daily_benefit_thirty_day_period_calendar_grid: a letter fed turned with two month calendars marking paid
  and unpaid days: a second stay inside the same period of confinement, days after the 30th refused ("by" a printed
  date).
- photocopy_mohs_in_office_not_outpatient_surgery_facility: a photocopied notice (side column at the left, a
  two-column remark list) paying the office surgery benefit and refusing the outpatient surgery benefit for a Mohs
  procedure done in the dermatologist's office (level of care; "within 60 days of the date of this notice").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammf import (EMSheet, abbr, caps_date, dd_mon, digits, dmy_long, es_date, first_last, iso,
                               last_first, long, m2, mon_day, n2, nod, out, people, phone, plus, slash, surname,
                               tollfree, truth, usd, usd_es, wday_long, workday, yy)

FAMILY = ("fixed_indemnity_hospital_and_cancer_policy_claim_decisions_screening_limit_aged_out_child_pregnancy_"
          "wait_preexisting_day_cap_late_proof_and_office_surgery_refusals")
LANG = "en"
SEED = 355025
INS = "Stannary Life & Casualty Insurance Company"
INS_ALT = ["Stannary Life and Casualty Insurance Company", "Stannary Life & Casualty", "Stannary Life",
           "Stannary"]
TPA = "Wheatcroft Claims Services, LLC"
TPA_ALT = ["Wheatcroft Claims Services", "Wheatcroft"]
ADMIN = f"administered by {TPA}"
BOX = "P.O. Box 60418, Des Moines, IA 50306-0418"
HOME = "Home Office: 1180 Stannary Court, West Des Moines, IA 50266"
USED: set = set()
TOWNS = [("Ankeny", "IA", "50023"), ("Newton", "IA", "50208"), ("Pella", "IA", "50219"), ("Oskaloosa", "IA", "52577"),
         ("Marshalltown", "IA", "50158"), ("Indianola", "IA", "50125"), ("Boone", "IA", "50036")]
STREETS = ["Quarry Hill Dr", "Tinners Way", "E Sorrel St", "Old Engine Rd", "Copperleaf Ct", "N Pennant Ave",
           "Wheelhouse Ln", "Slate Ridge Pkwy"]


def cert(rng, prefix: str) -> str:
    return f"{prefix}{rng.randint(11, 98)}-{digits(rng, 6)}"


def claim_no(rng) -> str:
    return "SC26" + digits(rng, 7)


def group_no(rng) -> str:
    return "GW-" + digits(rng, 5)


def addr(rng, name: str) -> list[str]:
    town, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(110, 9880)} {rng.choice(STREETS)}", f"{town}, {st} {z}"]


def contacts(rng) -> list[str]:
    return [f"Supplemental Health Claims  |  {BOX}", f"Claims line {tollfree(rng, '800')}  |  Fax {phone(rng)}  |  "
            "TTY 711"]


def plate(p: EMSheet, rng, box: str | None = None, sub: str | None = None):
    p.admin_plate(INS, ADMIN, contacts(rng), box=box, emblem="shield", sub=sub)


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    emp = people(rng, 1, sexes="M", used=USED)[0]
    spouse, kid1, kid2 = people(rng, 3, sexes="FFM", last=surname(emp), used=USED)
    sig = people(rng, 1, sexes="M", used=USED)[0]
    c = cert(rng, "HG")
    grp = group_no(rng)
    employer = "Trevallick Community School District"
    sd = workday(dt.date(2026, 4, rng.randint(14, 17)))
    d_er = workday(plus(sd, -rng.randint(60, 66)))
    d_adm = workday(plus(sd, -rng.randint(44, 50)))
    d_well = workday(plus(sd, -rng.randint(34, 38)))
    d_mam = workday(plus(sd, -rng.randint(20, 24)))
    d_uc = plus(sd, -rng.randint(11, 14))
    d_first_mam = workday(dt.date(2026, 1, rng.randint(12, 23)))
    charges_adm = 16882.35 + rng.randint(0, 900)
    claims = [
        dict(who=emp, rel="employee", prov="Polwhele Valley Hospital", no=claim_no(rng), lines=[
            (d_er, "Emergency room visit", 2184.60, 150.00, 150.00, "P1"),
            (d_er, "Diagnostic x-ray", 318.00, 75.00, 75.00, "P1")]),
        dict(who=spouse, rel="spouse", prov="Goonhilly Regional Medical Center", no=claim_no(rng), lines=[
            (d_adm, "Hospital admission", charges_adm, 1000.00, 1000.00, "P1"),
            (plus(d_adm, 1), "Daily confinement, 3 days at 200.00", 0.0, 600.00, 600.00, "P2")]),
        dict(who=kid1, rel="child", prov="Trengwainton Pediatrics", no=claim_no(rng), lines=[
            (d_well, "Health screening: well-child exam", 240.00, 50.00, 50.00, "P1")]),
        dict(who=spouse, rel="spouse", prov="Kennack Women's Imaging", no=claim_no(rng), lines=[
            (d_mam, "Health screening: screening mammogram", 412.00, 50.00, 0.00, "S4")]),
        dict(who=kid2, rel="child", prov="Roskear Urgent Care", no=claim_no(rng), lines=[
            (d_uc, "Urgent care center visit", 189.00, 50.00, 50.00, "P1")]),
    ]
    den = claims[3]
    rows = []
    paid_total = 0.0
    for k, cl in enumerate(claims):
        if k == 3:
            rows.append(("break",))
        rows.append(("span", f"Claim {cl['no']}   {cl['who']} ({cl['rel']})"))
        rows.append(["", f"Provider: {cl['prov']}", "", "", "", ""])
        for d, what, ch, sch, pd, code in cl["lines"]:
            rows.append([slash(d), what, n2(ch) if ch else "", n2(sch), n2(pd), code])
            paid_total += pd
        if len(cl["lines"]) > 1:
            rows.append(("bold", ["", "Claim total", n2(sum(x[2] for x in cl["lines"])),
                                  n2(sum(x[3] for x in cl["lines"])), n2(sum(x[4] for x in cl["lines"])), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "PAID ON THIS STATEMENT", "", "", n2(paid_total), ""]))
    tf = tollfree(rng, "800")
    p = EMSheet(footer="Page {n} of {nb}", every=f"{emp}  |  Certificate {c}  |  {dmy_long(sd)}")
    p.set_margins(14, 15, 14)
    p.add_page()
    p.admin_plate(INS, ADMIN, [f"Supplemental Health Claims  |  {BOX}", f"{tf}  |  TTY 711"],
                  box="STATEMENT OF BENEFITS", emblem="shield", sub="Group Hospital Indemnity Insurance")
    p.addr_with_ids(addr(rng, emp), [(dmy_long(sd), "statement date"), (c, "certificate"), (grp, "group"),
                                     (employer, "policyholder"), ("Option 2, employee + family", "coverage")],
                    w=88, size=8.6)
    p.framed_note("THIS IS NOT A BILL. Your policy pays the fixed amounts in its schedule, whatever the provider "
                  "charged. We list the provider's charges only so you can match each payment to a bill.", 8.2)

    def table(w):
        widths = [w * k / 100 for k in (14, 40, 13, 12, 11, 10)]
        p.carry_table(["Date", "Benefit", "Charges on bill", "Schedule", "Paid", "Code"], widths,
                      ["L", "L", "R", "R", "R", "L"], rows, size=7.1, row_h=4.2, foot_room=22,
                      cont_strip=f"Claims (continued)   Certificate {c}", zebra=True)

    p.with_side([("Covered persons", [("Employee", emp), ("Spouse", spouse), ("Child", kid1), ("Child", kid2)]),
                 ("Paid in 2026", [("Before this statement", "$1,175.00"), ("On this statement", usd(paid_total)),
                                   ("Daily confinement days used, this period", "3 of 30"),
                                   ("Health screenings paid", f"{spouse.split()[0]}, {slash(d_first_mam)}")]),
                 ("Questions?", [("Claims line", tf), ("Hours", "Mon-Fri 7 a.m.-6 p.m. Central"),
                                 "Claim forms are at your employer's benefits office."])], 50, table, size=7.4)
    p.legend_two("What the codes mean", [
        ("P1", "Paid at the amount in your benefit schedule."),
        ("P2", "Daily confinement benefit, paid from the second day of a stay."),
        ("W1", "The sickness began in the first 30 days of coverage."),
        ("X3", "Pre-existing condition: treated in the 12 months before coverage began."),
        ("S4", "The health screening benefit is paid once for each covered person in a calendar year. It has already "
               "been paid for this person this year."),
        ("M7", "The 30 daily confinement days for this period of confinement have been used."),
        ("N2", "Pregnancy: coverage had not been in force for 10 months."),
        ("D1", "This bill was already sent to us on an earlier claim."),
        ("R5", "We need the itemized bill before we can pay this benefit."),
        ("L2", "Coverage had ended before this date.")], size=7.5)
    p.ln(1)
    p.cols([[("If you disagree", "You may ask for a review of any claim on this statement within 180 days of the "
                                 f"date of this statement. Write to {TPA}, Reviews, {BOX}, or call the claims "
                                 "line. Send anything you would like us to see.")],
            [("How the schedule works", "A stay pays the admission benefit once and the daily benefit from the "
                                        "second day. For example, a 4-day stay pays $1,000.00 plus 3 x $200.00, "
                                        "$1,600.00 in all.")],
            [("Next claims", "Give us proof of loss within 90 days of the loss. Payments on this statement went to "
                             f"your account ending 4471 by direct deposit, trace {digits(rng, 9)}.")]], size=7.6)
    p.ln(2)
    p.f(7.6)
    p.multi_cell(0, 3.6, f"{INS}, {HOME}. Group policy form SL-HIG-100. Printed for {employer}. Questions about "
                         f"enrollment: your benefits office. Reviewer: {sig}.", new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "not_covered", insurer=INS, group=grp, member_id=c, member_name=spouse, cases=[den["no"]],
              claim_amount=m2(412.00), service_dates=[iso(d_mam)], denial_date=iso(sd), provider=den["prov"],
              appeal_deadline=iso(plus(sd, 180)), alternates={"insurer": INS_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_aged_out(rng):
    owner = people(rng, 1, sexes="F", used=USED)[0]
    dau = people(rng, 1, sexes="F", last=surname(owner), used=USED)[0]
    surg, anes, sig, agent = people(rng, 4, sexes="MFFM", used=USED)
    pol = cert(rng, "CA")
    clm = claim_no(rng)
    dob = dt.date(1999, 12, rng.randint(3, 20))
    bday26 = dt.date(2025, 12, dob.day)
    ended = dt.date(2026, 1, 1)
    biopsy = workday(dt.date(2026, 2, rng.randint(9, 19)))
    surgery = workday(plus(biopsy, rng.randint(22, 28)))
    recd = workday(plus(surgery, rng.randint(12, 18)))
    ld = workday(plus(recd, rng.randint(14, 20)))
    bills = [("Treliske Community Hospital", "Thyroidectomy stay, 1 night", 14620.00 + rng.randint(0, 700)),
             (f"{surg}, M.D.", "Surgeon", 3180.00),
             (f"{anes}, CRNA", "Anesthesia", 1275.00),
             ("Nanstallon Pathology Associates", "Biopsy and surgical pathology", 842.50)]
    total = sum(b[2] for b in bills)
    refund = 38.40
    p = EMSheet(footer="Page {n} of {nb}", every=None, run_hdr=f"{owner}  |  Policy {pol}  |  Claim {clm}  |  "
                                                               "page {n}")
    p.set_margins(20, 16, 20)
    p.add_page()
    plate(p, rng, sub="Cancer Indemnity Policy")
    p.f(10)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for ln in addr(rng, owner):
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.under_grid([[(pol, "policy number", W * 0.3), (owner, "policy owner", W * 0.36),
                   (dau, "insured person named on the claim", W * 0.34)],
                  [(clm, "claim number", W * 0.3), (slash(recd), "claim received", W * 0.36),
                   (slash(biopsy), "date of diagnosis (biopsy)", W * 0.34)]], size=9.2)
    p.subject(f"The cancer claim for {first_last(dau)}")
    p.para(f"Dear {owner.split()[0]} {surname(owner)}:", 10)
    p.para(f"We are sorry to hear of {dau.split()[0]}'s illness. We have finished looking at the claim you sent for "
           "her, and we are not able to pay it. The reasons are below; page 2 tells you what you can do if you "
           "disagree.", 9.8)
    p.cols([[("What you sent us", f"A claim form signed {slash(plus(recd, -3))}, the pathology report of the biopsy "
                                  f"done on {long(biopsy)} (papillary carcinoma of the thyroid), the operative report "
                                  f"of the thyroidectomy done on {long(surgery)} at Treliske Community Hospital by "
                                  f"{surg}, M.D., and four bills. You asked for the Initial Diagnosis Benefit, the "
                                  "Surgical Benefit, the Anesthesia Benefit and one day of the Hospital Confinement "
                                  "Benefit."),
              ("What the policy says", "Your policy is a family policy. It covers you, your spouse and your "
                                       "dependent children. Under Definitions, a dependent child is covered until "
                                       "the premium due date that follows the child's 26th birthday. On that date "
                                       "her coverage ends even if the policy stays in force for the rest of the "
                                       "family.")],
             [("What our records show", f"{dau.split()[0]} was born on {slash(dob)}. She turned 26 on "
                                        f"{long(bday26)}. The next premium due date was {long(ended)}, so her "
                                        "coverage under the policy ended that day. Her cancer was diagnosed on "
                                        f"{long(biopsy)}, after her coverage had ended."),
              ("Our decision", "Because she was no longer an insured person when the cancer was diagnosed and "
                               "treated, no benefit is payable for this claim. Your own coverage and your "
                               "husband's are not changed by this decision."),
              ("Premium", f"Your premium did not go down in January. We have refunded {usd(refund)}, the part of "
                          "the January through April premiums charged for her, by check number "
                          f"{digits(rng, 6)}.")]], size=8.8)
    p.add_page()
    p.heading("The bills you sent with the claim", 10.5)
    p.table(["Provider", "Service", "Date", "Amount billed"],
            [[b[0], b[1], slash(surgery if i < 3 else biopsy), usd(b[2])] for i, b in enumerate(bills)]
            + [["", "Total billed", "", usd(total)]], [64, 52, 24, 30], size=8.6, aligns=["L", "L", "L", "R"],
            bold_last=True)
    p.heading("If you disagree", 10.5)
    p.para(f"You may ask us to review this decision. Your request must reach us within 60 days of the date of this "
           f"letter. Write to {INS}, Claim Reviews, {BOX}, or fax it to the number on page 1. Tell us why you think "
           "the claim should be paid and send anything that shows it, such as a record of her date of birth that "
           "differs from ours. A person who did not make this decision will look at it and answer you in writing.",
           9.6)
    p.para("You may also contact the Iowa Insurance Division, Consumer Services, at 1-877-555-0146 at any time.", 9.6)
    p.heading("About coverage of her own", 10.5)
    p.para("A child whose coverage ends because of age could apply for a policy of her own, without health "
           "questions, within 31 days after the coverage ended. That time has passed, but she may still apply in the "
           "usual way. Your agent can help.", 9.6)
    p.pairs([("Your agent", f"{agent}, Lic. no. 0{digits(rng, 7)}"), ("Agency phone", phone(rng))], label_w=30,
            size=9)
    p.ln(4)
    p.signers([sig, "Claim Examiner, Cancer Claims", f"for {INS}"],
              [f"cc: {agent}", "Policy file"], size=8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=pol, member_name=dau, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(biopsy), iso(surgery)], denial_date=iso(ld),
              provider=f"{surg}", appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": INS_ALT, "claim_amount": [None, m2(bills[0][2])],
                          "provider": ["Treliske Community Hospital"], "service_dates": [[iso(surgery)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_pregnancy(rng):
    mom = people(rng, 1, sexes="F", used=USED)[0]
    obst, sig = people(rng, 2, sexes="MF", used=USED)
    c = cert(rng, "HG")
    grp = group_no(rng)
    employer = "Stoneybrook Cold Storage, Inc."
    eff = dt.date(2025, 8, 1)
    ten = dt.date(2026, 6, 1)
    adm = workday(dt.date(2026, 3, rng.randint(2, 12)))
    dis = plus(adm, 2)
    clm = claim_no(rng)
    nd = workday(plus(dis, rng.randint(24, 30)))
    dl = plus(nd, 60)
    charges = 11284.60 + rng.randint(0, 400)
    tf = tollfree(rng, "800")
    p = EMSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 15, 16)
    p.add_page()
    p.admin_plate(INS, ADMIN, [f"{BOX}  |  {tf}"], box="CLAIM DECISION", emblem="shield",
                  sub="Group Hospital Indemnity Insurance")
    p.f(9.6)
    p.cell(0, 5, f"Date of this letter: {long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, mom):
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.under_grid([[(f"{slash(adm)} - {slash(dis)}", "dates in the hospital", W * 0.3),
                   ("Bosvigo Family Birth Center", "hospital", W * 0.34),
                   (usd(charges), "total charges on the bill", W * 0.18), (clm, "claim number", W * 0.18)]],
                 size=8.8, h=10)

    def body(w):
        p.left_para(f"Dear {first_last(mom)}:", 9.4)
        p.left_para(f"We received your claim for the stay at Bosvigo Family Birth Center at Perranwell Memorial "
                    f"Hospital from {long(adm)} through {long(dis)}, when your baby was born. Congratulations. We are "
                    "sorry that we cannot pay the benefits you asked for.", 9.2)
        p.left_para(f"Your certificate says that a confinement for pregnancy or childbirth is covered only if it "
                    f"begins after the certificate has been in force for 10 months. Your certificate took effect on "
                    f"{long(eff)}. The 10 months end on {long(ten)}. Your stay began about 7 months after the "
                    "effective date, so the admission benefit, the daily confinement benefit and the newborn nursery "
                    "benefit are not payable for it.", 9.2)
        p.schedule_box("Benefits claimed", ["Benefit", "Scheduled", "Paid"],
                       [["Hospital admission", "$1,000.00", "$0.00"],
                        ["Daily confinement, 2 days", "$400.00", "$0.00"],
                        ["Newborn nursery", "$250.00", "$0.00"]], [w * 0.5, w * 0.25, w * 0.25], size=8.2)
        p.left_para(f"The delivering doctor on the bill is {obst}, M.D. A stay that is not for pregnancy, or a "
                    f"pregnancy stay that begins on or after {long(ten)}, is covered as your schedule shows.", 9.2)
        p.left_para("If you think we are wrong, write to us and say why. We must receive your letter no later than "
                    f"{long(dl)}. Send it to Claim Reviews at the address above, with the claim number.", 9.2)

    p.side_left([("Your certificate", [("Certificate", c), ("Group", grp), ("Policyholder", employer),
                                       ("Effective", slash(eff))]),
                 ("Call us", [("Claims line", tf), ("Fax", phone(rng)), "Monday to Friday, 7 a.m. to 6 p.m."]),
                 ("Keep in mind", ["This policy pays fixed amounts. It is not major medical coverage."])],
                50, body, size=7.4)
    p.ln(2)
    p.f(9.2)
    p.cell(0, 5, "Sincerely,", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.cell(0, 5, f"{sig}, Claim Examiner", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=c, member_name=mom, cases=[clm],
              claim_amount=m2(charges), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
              provider="Bosvigo Family Birth Center", appeal_deadline=iso(dl),
              alternates={"insurer": INS_ALT, "claim_amount": [None],
                          "provider": ["Perranwell Memorial Hospital", obst,
                                       "Bosvigo Family Birth Center at Perranwell Memorial Hospital"]},
              denial_alternates=["eligibility"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_stack(rng):
    ins = people(rng, 1, sexes="M", used=USED)[0]
    surg, ex1, ex2, gp = people(rng, 4, sexes="FMFM", used=USED)
    pol = cert(rng, "HI")
    clm = claim_no(rng)
    eff = dt.date(2025, 12, 1)
    adm = workday(dt.date(2026, 3, rng.randint(2, 6)))
    dis = plus(adm, 3)
    recd = workday(plus(dis, rng.randint(8, 12)))
    ack = workday(plus(recd, 2))
    due = plus(ack, 45)
    ld = workday(plus(ack, rng.randint(26, 32)))
    charges = 38915.40 + rng.randint(0, 800)
    hosp = "Chyandour Orthopaedic Hospital"
    home = addr(rng, ins)
    fx = f"{mdy(plus(ld, 5))} 09:{rng.randint(10, 59)}  FROM: {phone(rng)}  P.{{n}}"

    # -- the administrator's acknowledgement (denies nothing) --
    a = EMSheet(footer=None, fax_hdr=fx)
    a.set_margins(20, 14, 20)
    a.add_page()
    a.admin_plate(TPA, f"claims administrator for {INS}", [f"{BOX}  |  {tollfree(rng, '888')}"], emblem="leaf",
                  size=13.5)
    a.f(9.8)
    a.cell(0, 5, wday_long(ack), new_x="LMARGIN", new_y="NEXT")
    a.ln(3)
    for ln in home:
        a.line(ln, 9.8)
    a.ln(3)
    a.idstrip([("Policy", pol), ("Claim", clm), ("Received", slash(recd))], 8.8)
    a.subject("We have your hospital confinement claim")
    a.para(f"Dear {first_last(ins)}:", 9.8)
    a.para(f"Thank you for your claim for the stay at {hosp} from {long(adm)} to {long(dis)}. This letter is not "
           "a decision. Your policy took effect less than a year before the stay, so before we decide we need to "
           "know when the knee was first treated.", 9.6)
    a.para(f"Please ask {surg}, M.D. to fill out the enclosed Attending Physician Statement (form SL-APS-3) and to "
           f"send it with the office notes for the knee since 2024. We would like them by {long(due)}. We have also "
           f"written to your family doctor, {gp}, M.D.", 9.6)
    a.para("You do not need to do anything else now. We will write to you when we have decided. If you have "
           f"questions, call us and give the claim number. Examiner: {ex1}.", 9.6)
    d_ack = (out(a), truth("other", None, insurer=TPA, member_id=pol, member_name=ins, cases=[clm],
                           service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ack), provider=hosp,
                           alternates={"insurer": TPA_ALT + [INS] + INS_ALT, "service_dates": [[]],
                                       "provider": [None, surg]}))

    # -- the insurer's refusal, two pages --
    p = EMSheet(footer="Page {n} of {nb}", fax_hdr=fx, fax_off=1,
                ids_foot=f"Policy {pol}  /  Claim {clm}  /  SL-HI-100 (IA)")
    p.set_margins(20, 15, 20)
    p.add_page()
    plate(p, rng, sub="Hospital Indemnity Policy")
    p.f(9.8)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in home:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(ins, "insured", W * 0.3), (pol, "policy", W * 0.22), (clm, "claim", W * 0.24),
            (f"{slash(adm)}-{slash(dis)}", "stay", W * 0.24)], size=9.2)
    p.para(f"Dear {first_last(ins)}:", 9.8)
    p.para(f"We have decided your claim for the stay at {hosp} from {long(adm)} through {long(dis)}, when "
           f"{surg}, M.D. replaced your right knee. We cannot pay the admission or daily confinement benefits for "
           "this stay. Here is why.", 9.6)
    p.cols([[("The limitation in your policy", "For the first 12 months after the effective date, the policy does "
                                               "not pay for a confinement caused by a pre-existing condition. A "
                                               "pre-existing condition is one for which a doctor gave or advised "
                                               "treatment, or for which medicine was prescribed, in the 12 months "
                                               "before the effective date.")],
             [("Your dates", f"Your policy took effect on {long(eff)}. The 12 months before it began on "
                             f"{long(dt.date(2024, 12, 1))}. The 12 months after it end on "
                             f"{long(dt.date(2026, 11, 30))}.")]], size=8.8)
    p.heading("What the records show", 10)
    recs = [(dt.date(2025, 5, 14), f"{gp}, M.D.", "Office visit: right knee pain, x-ray ordered"),
            (dt.date(2025, 6, 3), hosp, "X-ray of the right knee: moderate osteoarthritis"),
            (dt.date(2025, 7, 22), f"{surg}, M.D.", "Steroid injection into the right knee"),
            (dt.date(2025, 9, 9), f"{surg}, M.D.", "Visit: knee replacement discussed; meloxicam prescribed"),
            (dt.date(2025, 10, 28), "Pharmacy record", "Meloxicam 15 mg refilled")]
    p.table(["Date", "Seen by", "What was done"], [[slash(d), s, w] for d, s, w in recs], [24, 58, W - 82],
            size=8.4)
    p.para("The stay in March was to replace the same knee. Because the knee was treated and medicine was "
           "prescribed for it in the 12 months before your policy began, and the stay came in the first 12 months, "
           "the limitation applies.", 9.6)
    p.money_box("This claim", [("Charges on the hospital bill you sent", usd(charges)),
                               ("Admission benefit", "$0.00"), ("Daily confinement, 3 days", "$0.00"),
                               ("Paid", "$0.00")], w=96)
    p.add_page()
    p.heading("If you disagree with this decision", 10.5)
    p.cols([[("Ask us to look again", f"You may ask for a review within 180 days from the date of this letter. Write "
                                      f"to {INS}, Claim Reviews, {BOX}. Tell us why you disagree and send any "
                                      "records we did not have, such as notes showing the knee was not treated in "
                                      "2025."),
              ("What happens next", "Someone who was not part of this decision will review your claim and write to "
                                    "you within 30 days of receiving your request.")],
             [("Your state", "You may also call the Iowa Insurance Division at 1-877-555-0146. You do not have to "
                             "ask us for a review first."),
              ("Your policy stays in force", f"This decision is about this claim only. From {long(dt.date(2026, 12, 1))}"
                                             " a stay for the knee would be covered like any other.")]], size=8.8)
    p.ln(4)
    p.signers([ex2, "Senior Claim Examiner", INS], [f"cc: {surg}, M.D.", hosp], size=8.8)
    d_den = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=pol, member_name=ins,
                           cases=[clm], claim_amount=m2(charges), service_dates=[f"{iso(adm)}/{iso(dis)}"],
                           denial_date=iso(ld), provider=surg, appeal_deadline=iso(plus(ld, 180)),
                           alternates={"insurer": INS_ALT, "claim_amount": [None], "provider": [hosp]}))
    return [d_ack, d_den]


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


# ---------------------------------------------------------------------------------------------------------------
def phone_es_late(rng):
    ins = people(rng, 1, "es", sexes="M", used=USED)[0]
    sig = people(rng, 1, "es", sexes="F", used=USED)[0]
    pol = cert(rng, "HI")
    clm = claim_no(rng)
    adm = workday(dt.date(2026, 1, rng.randint(12, 20)))
    dis = plus(adm, 2)
    recd = plus(adm, rng.randint(212, 220))
    ld = workday(plus(recd, rng.randint(9, 13)))
    charges = 9342.75 + rng.randint(0, 600)
    hosp = "Goonhilly Regional Medical Center"
    tf = tollfree(rng, "800")
    p = EMSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.admin_plate(INS, f"administrado por {TPA}", [f"Reclamaciones de salud complementaria  |  {BOX}",
                                                   f"Línea en español {tf}  |  TTY 711"], emblem="shield",
                  sub="Póliza de indemnización hospitalaria")
    p.f(9.8)
    p.cell(0, 5, f"West Des Moines, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, ins):
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(pol, "número de póliza", W * 0.26), (clm, "número de reclamación", W * 0.28),
            (slash(recd), "fecha en que recibimos la reclamación", W * 0.46)], size=9.2)
    p.f(9)
    p.cell(0, 5, f"Hospital: {hosp}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)

    def body(w):
        p.left_para(f"Estimado señor {surname(ins)}:", 9.6)
        p.left_para(f"Recibimos su reclamación por la hospitalización en {hosp} del {es_date(adm)} al "
                    f"{es_date(dis)}, después de su caída en casa. Lamentamos informarle que no "
                    "podemos pagar los beneficios que pidió.", 9.2)
        p.left_para("Su póliza dice que la prueba de la pérdida (el formulario de reclamación y la factura) debe "
                    "enviarse dentro de los 90 días siguientes a la pérdida. Si no fue razonablemente posible, se "
                    "acepta después, pero nunca más de 180 días después de la pérdida, salvo que la persona no haya "
                    "tenido capacidad legal para hacerlo.", 9.2)
        p.left_para(f"Los papeles llegaron el {es_date(recd)}, {(recd - adm).days} días después del ingreso. No "
                    "recibimos nada que muestre que usted no tenía capacidad legal en ese tiempo. Por eso la "
                    f"reclamación se cerró sin pago. La factura del hospital que envió suma {usd(charges)}; la "
                    "póliza no paga facturas, paga las cantidades fijas de su tabla de beneficios.", 9.2)
        p.left_para("Si no está de acuerdo, puede pedir una revisión dentro de 60 días a partir de la fecha de esta "
                    "carta. Escriba a Revisiones de Reclamaciones a la dirección de arriba e incluya el número de "
                    "reclamación y cualquier documento nuevo.", 9.2)
        p.left_para("También puede comunicarse con la División de Seguros de Iowa al 1-877-555-0146.", 9.2)

    p.with_side([("Su póliza de un vistazo", [("Asegurado", ins), ("Póliza", pol),
                                              ("Vigente desde", slash(dt.date(2024, 6, 1))),
                                              ("Beneficio de ingreso", "$1,000.00"),
                                              ("Beneficio diario", "$200.00 por día")]),
                 ("¿Preguntas?", [("Llame al", tf), "De lunes a viernes, de 7 a. m. a 6 p. m."])], 50, body,
                size=7.4)
    p.ln(3)
    p.f(9.4)
    p.cell(0, 5, "Atentamente,", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.cell(0, 5, f"{sig}, examinadora de reclamaciones", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=pol, member_name=ins, cases=[clm],
              claim_amount=m2(charges), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": INS_ALT, "claim_amount": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_day_cap(rng):
    emp = people(rng, 1, sexes="F", used=USED)[0]
    att, sig = people(rng, 2, sexes="MF", used=USED)
    c = cert(rng, "HG")
    grp = group_no(rng)
    employer = "Marrow County Roads Department"
    a1 = dt.date(2026, 1, 12)
    b1 = dt.date(2026, 1, 25)
    a2 = dt.date(2026, 2, 16)
    b2 = dt.date(2026, 3, 20)
    first_claim = claim_no(rng)
    clm = claim_no(rng)
    used1 = 13                                   # daily days paid on the first stay (days 2 to 14)
    left = 30 - used1
    last_paid = plus(a2, left - 1)               # the second stay's days count from its first day (no new admission)
    first_refused = plus(last_paid, 1)
    ld = workday(dt.date(2026, 4, rng.randint(20, 24)))
    dl = dt.date(2026, 7, 20)
    charges = 84310.55 + rng.randint(0, 900)
    hosp = "Polwhele Valley Hospital"
    p = EMSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    plate(p, rng, box="BENEFIT DECISION")
    p.f(9.4)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.addr_with_ids(addr(rng, emp), [(c, "certificate"), (grp, "group"), (clm, "claim"),
                                     (f"{slash(a2)} to {slash(b2)}", "stay on this claim")], w=80, size=8.6)
    p.para(f"Dear {first_last(emp)}:", 9.4, gap=1)
    p.para(f"We have paid part of your claim for the stay at {hosp} from {long(a2)} through {long(b2)} (attending "
           f"doctor {att}, M.D.). Your certificate pays the daily confinement benefit for up to 30 days in one period "
           "of confinement. Stays for the same or a related cause that are less than 90 days apart are one period. "
           f"Your stay of {slash(a1)} to {slash(b1)} (claim {first_claim}) was for the same illness and ended 22 "
           f"days before this one began, so both stays are one period. The first stay used {used1} daily days. "
           f"This stay had {left} days left: we paid them through {long(last_paid)}. We cannot pay the days from "
           f"{long(first_refused)} through {long(b2)}; the admission benefit is not paid again inside one period.",
           9.0, gap=1.5)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    marks_f = {d: ("P" if dt.date(2026, 2, d) <= last_paid else "X") for d in range(16, 29)}
    marks_m = {d: ("P" if dt.date(2026, 3, d) <= last_paid else "X") for d in range(1, 21)}
    p.day_grid("February 2026", 2026, 2, marks_f, [("P", "daily benefit paid"), ("X", "not paid")],
               w=W / 2 - 3, size=7.2, y=y0)
    y1 = p.get_y()
    p.day_grid("March 2026", 2026, 3, marks_m, [("P", "daily benefit paid"), ("X", "not paid")],
               w=W / 2 - 3, size=7.2, x=p.l_margin + W / 2 + 3, y=y0)
    p.set_y(max(y1, p.get_y()))
    paid = left * 200.00
    p.table(["Benefit", "Days", "Scheduled", "Paid"],
            [["Hospital admission (already paid on the first stay)", "-", "$1,000.00", "$0.00"],
             [f"Daily confinement {slash(a2)}-{slash(last_paid)}", str(left), n2(paid), n2(paid)],
             [f"Daily confinement {slash(first_refused)}-{slash(b2)}", str((b2 - first_refused).days + 1),
              n2(((b2 - first_refused).days + 1) * 200.0), "0.00"],
             ["Total paid to you", "", "", usd(paid)]], [W * 0.52, W * 0.1, W * 0.19, W * 0.19], size=8.2,
            aligns=["L", "R", "R", "R"], bold_last=True, row_h=5)
    p.para(f"Charges on the hospital bill: {usd(charges)}. A new period of confinement begins with a stay that starts "
           "90 days or more after the last one ended, or with a stay for an unrelated cause.", 8.6, gap=1)
    p.para(f"If you disagree, send us a written request for review by {long(dl)}. Include the claim number and any "
           f"records that show the two stays were for unrelated causes. Write to Claim Reviews, {BOX}. Questions: "
           f"{tollfree(rng, '800')}.", 8.8, gap=1)
    p.f(8.8)
    p.cell(0, 5, f"{sig}, Claim Examiner, for {INS}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 4, f"Policyholder: {employer}. Group policy form SL-HIG-100.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=c, member_name=emp, cases=[clm],
              claim_amount=m2(charges), service_dates=[f"{iso(first_refused)}/{iso(b2)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(dl),
              alternates={"insurer": INS_ALT, "claim_amount": [None], "provider": [att],
                          "service_dates": [[f"{iso(a2)}/{iso(b2)}"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_office_surgery(rng):
    emp = people(rng, 1, sexes="M", used=USED)[0]
    derm, sig = people(rng, 2, sexes="FM", used=USED)
    c = cert(rng, "HG")
    grp = group_no(rng)
    employer = "Oskaloosa Grain & Feed Cooperative"
    sd = workday(dt.date(2026, 5, rng.randint(4, 15)))
    nd = workday(plus(sd, rng.randint(20, 27)))
    clm = claim_no(rng)
    charges = 2148.00
    clinic = "Nanstallon Dermatology & Mohs Surgery"
    tf = tollfree(rng, "800")
    p = EMSheet(footer="Page {n} of {nb}", serif=True)
    p.set_margins(16, 15, 16)
    p.add_page()
    p.admin_plate(INS, ADMIN, [f"{BOX}  |  {tf}"], box="NOTICE OF CLAIM DECISION", emblem="shield")
    p.f(9.4)
    p.cell(0, 5, f"Notice date: {abbr(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, emp):
        p.line(ln, 9.6)
    p.ln(3)

    def body(w):
        p.left_para(f"Dear {first_last(emp)}:", 9.4)
        p.left_para(f"You sent us a claim for Mohs surgery on your left cheek on {long(sd)} by {derm}, M.D. at "
                    f"{clinic}. We paid the office surgery benefit. We did not pay the outpatient surgery benefit "
                    "you asked for.", 9.2)
        p.left_para("Your certificate pays the outpatient surgery benefit of $500.00 only when the surgery is done "
                    "in a hospital's outpatient department or in a licensed ambulatory surgical center. The bill "
                    "shows place of service 11, the doctor's office, and the clinic is not licensed as a surgical "
                    "center. Surgery done in a doctor's office is paid under the office surgery benefit instead.", 9.2)
        p.table(["Code", "Service on the bill", "Billed"],
                [["17311", "Mohs surgery, first stage", "1,410.00"],
                 ["17312", "Mohs surgery, added stage", "486.00"],
                 ["12051", "Layered repair of the wound", "252.00"],
                 ["", "Total billed", n2(charges)]], [w * 0.16, w * 0.6, w * 0.24], size=8.2,
                aligns=["L", "L", "R"], bold_last=True, row_h=5)
        p.table(["Benefit claimed", "Scheduled", "Paid", "Remark"],
                [["Outpatient surgery", "500.00", "0.00", "F6"],
                 ["Office surgery", "75.00", "75.00", "OS"],
                 ["Wound repair (included in surgery)", "-", "0.00", "IN"]],
                [w * 0.46, w * 0.19, w * 0.17, w * 0.18], size=8.2, aligns=["L", "R", "R", "L"], row_h=5)
        p.left_para("If you disagree, you may ask us for a review within 60 days of the date of this notice. Write "
                    "to Claim Reviews at the address above and send anything that shows where the surgery was "
                    "done.", 9.2)

    p.side_left([("Your coverage", [("Insured", emp), ("Certificate", c), ("Group", grp),
                                    ("Policyholder", employer)]),
                 ("This claim", [("Claim", clm), ("Received", dd_mon(plus(sd, 9))), ("Paid", "$75.00")]),
                 ("Help", [("Claims line", tf), "TTY 711"])], 48, body, size=7.4)
    p.ln(1)
    p.legend_two("Remarks", [
        ("OS", "Paid under the office surgery benefit in your schedule."),
        ("IN", "Included in the surgery benefit for the first line; not paid on its own."),
        ("F6", "The outpatient surgery benefit is paid only for surgery in a hospital outpatient department or an "
               "ambulatory surgical center."),
        ("W1", "The sickness began in the first 30 days of coverage."),
        ("X3", "Pre-existing condition limitation."),
        ("R5", "We need the itemized bill.")], size=7.4)
    p.f(8.8)
    p.cell(0, 5, f"{sig}, Claim Examiner", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=INS, group=grp, member_id=c, member_name=emp, cases=[clm],
              claim_amount=m2(charges), service_dates=[iso(sd)], denial_date=iso(nd), provider=derm,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": INS_ALT, "provider": [clinic]},
              denial_alternates=["not_covered"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_family_statement_spouse_screening_s4", "born_digital", [born_statement(rng)]),
        Item(f"{f}_scan_cancer_daughter_past_26", "scan_clean_300", [scan_aged_out(rng)]),
        Item(f"{f}_lowres_childbirth_before_10_months", "scan_lowres_150", [lowres_pregnancy(rng)]),
        Item(f"{f}_faxfine_ack_then_knee_preexisting", "fax_fine_g4", fax_stack(rng), separators=["cover", None],
             turns={(1, 1): 180}),
        Item(f"{f}_phone_es_prueba_de_perdida_tardia", "phone_photo", [phone_es_late(rng)]),
        Item(f"{f}_rotated_day_cap_calendar", "rotated", [rotated_day_cap(rng)]),
        Item(f"{f}_photocopy_mohs_office_not_facility", "photocopy", [photocopy_office_surgery(rng)]),
    ]
