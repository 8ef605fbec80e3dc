"""Papers of a state high-risk health insurance pool, mirrored (structure and plain wording style only) from the
comprehensive health insurance pools that many states set up by statute for residents whom insurers would not
cover (most closed after 2014; a few still run). Public features kept as themselves: a non-profit association
created by law that contracts a claims administrator, which prints the association's own letterhead or its own;
eligibility proven by an insurer's letter refusing individual coverage, and closed to people who can join a group
plan or have Medicare; a waiting period for conditions treated in the months before coverage began, shortened by
credit for earlier coverage that ended not long before; a lifetime maximum; coverage that ends when the premium is
not paid by the end of a grace period; precertification of planned surgery; review by the association's appeals
committee and an external review by the state's insurance department. The pool (Sandhollow Comprehensive Health
Association), its administrator (Merrivale Plan Administrators, Inc.), the plan codes, the group number, the 6-month
look-back and waiting period, the $2,000,000 lifetime maximum, every premium, time limit, form number, hospital,
clinic, doctor, earlier insurer, person, number and address are invented (phones 555). No heading names the kind of
refusal; each reason is told in the writer's own plain words.

Documents (8 in 7 files):
- born_digital_eob_knee_care_inside_six_month_wait: a two-page EOB with a running line repeating name and
  certificate number at the top of every page, a contact sidebar (phone, fax, TTY) beside the identifiers, a ledger
  grouped by claim with network discounts in brackets "(123.45)", a grand total that is not the refused amount, a
  paid family-medicine claim and an orthopaedic claim (visit 03/05/26 and MRI 03/12/26, truth the span of the two
  refused rows) paid 0.00 under code P6 whose meaning is only in the legend on page 2 (care for a problem treated in
  the 6 months before coverage began, inside the first 6 months: not_covered, eligibility/other accepted); a form
  number with a revision date and scan digits as decoys; "within 180 days after the date of this statement".
- finefax_application_not_approved_checkbox_form: a fine-fax decision form on an application, the decision only in
  which box is ticked ("Not approved"), two reasons ticked (the insurer's refusal letter asked for and never sent;
  a job-based plan the applicant can join: eligibility); an application control number as the only case number, no
  member number yet, a phone call's "Ref#" and the fax header's date as decoys; "postmarked no later than" a date.
- lowres_waiting_period_credit_notice: a 150 dpi notice that denies nothing: earlier coverage counted, no waiting
  period; captions in small capitals on the left margin with values at the right of ruled boxes; the earlier
  insurer's dates, the premium and the coverage start as decoys.
- photocopy_lifetime_maximum_reached_hospital_stay: the administrator's own letterhead (truth the administrator, the
  pool accepted), a two-column letter with a sidebar of identifiers, admission and discharge ("Adm 03/02/26",
  "Dis 03/09/26"), phone, fax and TTY; the hospital's bill, what was paid and the part refused only in sentences
  (lifetime maximum reached: not_covered, other accepted); "within 180 days of the date of this letter".
- phone_es_aviso_cirugia_sin_revision_previa: a photographed Spanish notice: a scheduled gallbladder operation and its
  anaesthesia not reviewed beforehand (nobody called: prior_authorization), "US$" amounts, "04-mar-2026" in the
  table, a call reference as a decoy; "dentro de 180 días a partir de la fecha de este aviso".
- rotated_claim_closed_doctors_notes_never_came: a page fed turned; small-capital margin captions with boxed values,
  a DCN as the claim number, therapy visits "the week of April 6, 2026" listed in a table; the doctor's notes asked
  for twice and never received (other: records not received); the review request must reach the pool by a date.
- clean_stack_premium_lapse_duplex_then_appeals_committee_page2_sideways: the pool's notice refusing a March visit
  because coverage ended with the last paid month (eligibility; a certified-mail tracking number and a "MAILED"
  stamp with a later date as decoys; "within 60 days of the date of this notice"), the blank back of its sheet, then
  the appeals committee's two-page decision keeping the refusal of proton beam treatment as unproven for this cancer
  (experimental; grievance no. and claim no.), its second page fed sideways; only the state's external review is
  left (no appeal deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famjd import (EFSheet, abbr, cents, es_abbr, es_date, grouped, last_first, long, n2, on_weekday,
                               paren, people, phone, plus, slash, tollfree, usd, usd_es, week_of, workday, yy)
from public_kit import digits, m2, out, truth

FAMILY = "state_high_risk_pool_preexisting_waiting_period_lifetime_maximum_and_lapse_notices"
LANG = "en"
SEED = 354953
POOL = "Sandhollow Comprehensive Health Association"
TPA = "Merrivale Plan Administrators, Inc."
ALT_POOL = ["Sandhollow Comprehensive Health Association (SCHA)", "SCHA", "Sandhollow Health Association",
            "Sandhollow Comprehensive Health", TPA, "Merrivale Plan Administrators"]
ALT_TPA = ["Merrivale Plan Administrators", "Merrivale", POOL, "Sandhollow Comprehensive Health Association (SCHA)"]
GROUP = "70410"
ADDR = "PO Box 30418, Lincoln, NE 68503-0418"
FAMILY_MED = "Prairie Star Family Medicine"
ORTHO = "Ostrander Knee & Sports Medicine"
HOSPITAL = "Bluestem Valley Regional Hospital"
SURG_ES = "Centro Quirúrgico Loma Verde"
PT = "Cottonwood Physical Therapy"
PROTON = "Great Plains Proton Center"
LAB = "Heartland Reference Laboratory"
EARLIER = "Wheatfield Mutual Insurance Company"


def cert(rng, odd=None):
    """A certificate number: CH and eight digits (one may be a letter a reader takes for a digit)."""
    d = digits(rng, 8)
    if odd:
        i = rng.randint(2, 6)
        d = d[:i] + odd + d[i + 1:]
    return "CH" + d


def icn(rng, d):
    """Internal control number: 2 digits of year, day of year, a batch digit and seven digits."""
    return f"{d:%y}{d.timetuple().tm_yday:03d}{rng.randint(0, 9)}{digits(rng, 7)}"


def plan_code(rng):
    return rng.choice(["SC-1000", "SC-2500", "SC-5000"])


def _head(p, rng, box=None, unit="Member Services"):
    p.head(POOL, "SCHA", [f"{unit}  |  administered by {TPA}",
                          f"{ADDR}  |  {tollfree(rng)}  |  www.sandhollowpool.example"], box=box, size=12)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    ptcp, fam_doc, ortho_doc, sig = people(rng, 4)
    num = cert(rng)
    plan = "SC-2500"
    start = dt.date(2026, 1, 1)
    v0 = on_weekday(dt.date(2026, 2, 16), 1)
    v1 = on_weekday(dt.date(2026, 3, 3), 3)
    v2 = plus(v1, 7)
    sd = workday(plus(v2, rng.randint(30, 36)))
    c1, c2 = icn(rng, plus(v0, 5)), icn(rng, plus(v2, 6))
    # claim 1: paid family medicine visit and a lab draw
    a1, a2 = 212.0 + cents(rng), 64.0
    d1, d2 = round(a1 * 0.28, 2), round(a2 * 0.31, 2)
    al1, al2 = round(a1 - d1, 2), round(a2 - d2, 2)
    ded1 = 0.0
    pay1, pay2 = round(al1 * 0.8, 2), round(al2 * 0.8, 2)
    co1, co2 = round(al1 - pay1, 2), round(al2 - pay2, 2)
    # claim 2: refused orthopaedic visit and MRI
    b1, b2 = 348.0 + cents(rng), float(rng.randint(2140, 2680))
    e1, e2 = round(b1 * 0.3, 2), round(b2 * 0.42, 2)
    nc1, nc2 = round(b1 - e1, 2), round(b2 - e2, 2)
    billed2 = round(b1 + b2, 2)
    every = f"{ptcp}  \u00b7  Certificate no. {num}  \u00b7  Statement {slash(sd)}  \u00b7  page {{n}} of {{nb}}"
    p = EFSheet(footer=None, footer_left="Form SCHA-EOB-3 (rev. 03/2025)", every=every)
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, box="EXPLANATION OF BENEFITS", unit="Claims")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    side_w = 62
    bottom = p.sidebar([("Customer service", tollfree(rng)), ("Fax for claims mail", phone(rng)),
                        ("TTY", "711"), ("Hours", "Mon-Fri 7:30 am - 6 pm Central")],
                       p.w - p.r_margin - side_w, y0, side_w, title="Questions?", size=8.2)
    p.set_xy(p.l_margin, y0)
    p.pairs([("Statement date", slash(sd)), ("Participant", ptcp), ("Certificate no.", num),
             ("Plan code", plan), ("Group no.", GROUP), ("Coverage began", slash(start))],
            label_w=34, size=9.2, h=5.2)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.para("This is not a bill. It shows how the Association handled the claims your providers sent us. A provider "
           "in the network may not bill you more than the amount in the column \"You may owe\".", 8.8)
    groups = [
        {"head": f"ICN {c1}   {FAMILY_MED}   (Dr. {fam_doc})",
         "rows": [[yy(v0), "Office visit 99213", n2(a1), paren(d1), "0.00", n2(al1), n2(ded1), n2(pay1), n2(co1), "A1"],
                  [yy(v0), "Blood draw 36415", n2(a2), paren(d2), "0.00", n2(al2), "0.00", n2(pay2), n2(co2), "A1"]],
         "sub": ["", "Claim total", n2(a1 + a2), paren(d1 + d2), "0.00", n2(al1 + al2), "0.00", n2(pay1 + pay2),
                 n2(co1 + co2), ""]},
        {"head": f"ICN {c2}   {ORTHO}   (Dr. {ortho_doc})",
         "rows": [[yy(v1), "New patient visit 99204", n2(b1), paren(e1), n2(nc1), "0.00", "0.00", "0.00", n2(nc1),
                   "P6"],
                  [yy(v2), "MRI knee 73721", n2(b2), paren(e2), n2(nc2), "0.00", "0.00", "0.00", n2(nc2), "P6"]],
         "sub": ["", "Claim total", n2(billed2), paren(e1 + e2), n2(nc1 + nc2), "0.00", "0.00", "0.00",
                 n2(nc1 + nc2), ""]},
    ]
    tb = a1 + a2 + billed2
    tot = ["", "TOTALS THIS STATEMENT", n2(tb), paren(d1 + d2 + e1 + e2), n2(nc1 + nc2), n2(al1 + al2), "0.00",
           n2(pay1 + pay2), n2(co1 + co2 + nc1 + nc2), ""]
    widths = [15, 39, 17, 18, 17, 16, 17, 16, 18, W - 173]
    p.grouped_ledger(["Date", "Service", "Billed", "Network discount", "Not covered", "Allowed", "Deductible",
                      "Paid by SCHA", "You may owe", "Code"], groups, widths,
                     ["L", "L", "R", "R", "R", "R", "R", "R", "R", "C"], size=7.4, row_h=4.8, totals=tot)
    p.para(f"Deductible for {start.year}: $2,500.00. Met so far: $2,500.00 (met 01/29/26). Out-of-pocket limit: "
           "$6,000.00. "
           "Payments go to the providers listed; code meanings are on the next page.", 8.4)
    p.ln(6)
    p.barcode(p.l_margin, p.get_y(), f"{num}{sd:%m%d}", "", w=70, h=8)
    p.scan_digits(f"0{GROUP} {digits(rng, 9)} {sd:%y%m%d}0 {digits(rng, 6)} 4", y=p.get_y() + 6)
    p.add_page()
    p.ln(2)
    p.legend("What the codes mean", [
        ("A1", "Paid at 80% of the allowed amount after the deductible; you pay the other 20%."),
        ("P6", "For a health problem that you saw a doctor about, were treated for or took medicine for in the 6 "
               "months before your coverage began, your certificate starts to pay only when you have been covered "
               "for 6 months in a row. Your records show knee care in October 2025, and this care came before July "
               f"1, 2026. The provider may bill you for these services."),
        ("N1", "The bracketed amount is the network discount: the provider agreed to take less than it billed."),
    ], size=8.6)
    p.bar("If you think we made a mistake")
    p.para(f"Call us first; many questions can be settled by phone. You may also ask the Association to review a claim "
           f"in writing. Send your letter within 180 days after the date of this statement to: Appeals, {POOL}, "
           f"{ADDR}. Include the ICN and any records you want us to read.", 9.2)
    p.para("If the Association keeps its decision after your review, you may ask the state Department of Insurance "
           "for an external review within 4 months of our final letter.", 9.2)
    p.para("Help in other languages: call the customer service number on page 1. Ayuda en español: llame al número de "
           "servicio al cliente.", 8.4)
    p.ln(4)
    p.signoff(["Claims Department", sig], 9)
    t = truth("eob", "not_covered", insurer=POOL, plan_id=plan, group=GROUP, member_id=num, member_name=ptcp,
              cases=[c2], claim_amount=m2(billed2), service_dates=[f"{v1.isoformat()}/{v2.isoformat()}"],
              denial_date=sd.isoformat(), provider=ORTHO, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT_POOL, "provider": [f"Dr. {ortho_doc}"],
                          "service_dates": [[v1.isoformat(), v2.isoformat()]]},
              denial_alternates=["eligibility", "other"])
    return out(p), t


def finefax_application(rng):
    appl, rep, sig = people(rng, 3)
    recv = dt.date(2026, 3, rng.randint(2, 6))
    asked = plus(recv, 9)
    dd = workday(plus(asked, 31))
    ctl = f"AP-26-{digits(rng, 5)}"
    by = plus(dd, 60)
    fax_dt = plus(dd, 2)
    p = EFSheet(footer=None, footer_left="SCHA form EL-7 (rev. 11/2024)",
                fax_hdr=f"{yy(fax_dt)} 10:41  FROM: MERRIVALE ELIGIBILITY  {phone(rng)}  P.001/001")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, box="APPLICATION DECISION", unit="Eligibility Unit")
    p.capstrip([("Date of decision", long(dd)), ("Application control number", ctl),
                ("Application received", slash(recv))], widths=[55, 70, p.w - p.l_margin - p.r_margin - 125])
    p.ln(3)
    p.pairs([("Applicant", appl), ("Date of birth", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/"
                                                    f"{rng.randint(1962, 1985)}"),
             ("Mailing address", f"{rng.randint(100, 8999)} {rng.choice(['Elm Creek Rd', 'W 4th St', 'Saltillo Rd'])}, "
                                 f"{rng.choice(['Kearney', 'Norfolk', 'Hastings', 'Grand Island'])}, NE 68{digits(rng, 3)}")],
            label_w=36, size=9.4, h=5.2)
    p.ln(2)
    p.para(f"We have finished looking at the application you signed for coverage through the Association. The box "
           f"ticked below is our decision.", 9.6)
    p.checks("Decision", [(False, "Approved. Your coverage begins on the first day of the month after we receive "
                                  "your first premium."),
                          (True, "Not approved. The reasons are ticked in the next box.")], size=9.4)
    p.checks("Reasons", [
        (True, f"To join, a person must send a letter from an insurance company, dated in the last 6 months, saying "
               f"that it will not sell the person an individual policy or will sell one only with a rider leaving "
               f"out a condition. We wrote to you on {long(asked)} asking for this letter. We did not receive it."),
        (True, "Your application says your employer offers a health plan for its workers that you may join now. A "
               "person who can join a group health plan cannot join the Association."),
        (False, "You are entitled to Medicare Part A or enrolled in Medicare Part B."),
        (False, "You have not lived in the state for the last 6 months."),
        (False, "The first premium did not come with the application."),
    ], size=8.8)
    p.para(f"You told our representative, {rep.split()[0]}, on the phone that you had asked two insurers for a "
           f"letter (Ref# {digits(rng, 6)}). When one arrives, you may apply again; you do not need to pay a new "
           "application fee within one year.", 9.4)
    p.bar("If you do not agree")
    p.para(f"You may ask for a hearing before the Association's Appeals Committee. Send a letter saying why you "
           f"disagree to Appeals, {POOL}, {ADDR}. It must be postmarked no later than {long(by)}. You may bring "
           "someone to help you.", 9.4)
    p.signoff(["", sig, "Eligibility Unit"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=POOL, member_name=appl, cases=[ctl], denial_date=dd.isoformat(),
              appeal_deadline=by.isoformat(), alternates={"insurer": ALT_POOL})
    return out(p), t


def lowres_credit(rng):
    ptcp, sig = people(rng, 2)
    num = cert(rng)
    plan = "SC-5000"
    start = dt.date(2026, rng.choice([3, 4]), 1)
    prior_end = plus(start, -rng.randint(20, 45))
    prior_start = dt.date(2023, rng.randint(2, 9), 1)
    ld = workday(plus(start, rng.randint(12, 20)))
    prem = 700 + rng.randint(0, 260) + cents(rng)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="SCHA-WP-2 (rev. 06/2025)")
    p.set_margins(20, 16, 20)
    p.add_page()
    _head(p, rng, unit="Underwriting and Enrollment")
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [ptcp, f"{rng.randint(100, 8999)} {rng.choice(['Bluff Rd', 'N 27th St', 'Old Cheney Rd'])}",
               f"{rng.choice(['Beatrice', 'Columbus', 'Fremont', 'York'])}, NE 68{digits(rng, 3)}"]:
        p.line(ln, 10)
    p.ln(5)
    p.margin_boxes([("Subscriber no.", grouped(num, (2, 4, 4))), ("Plan code", plan), ("Group no.", GROUP),
                    ("Coverage effective", long(start)), ("Earlier coverage counted", "all of it"),
                    ("Waiting period left", "none")], cap_w=56, size=9.6)
    p.para(f"Dear {ptcp.split()[0]} {ptcp.split()[-1]}:", 10)
    p.para(f"Thank you for sending the certificate from {EARLIER}. It shows that you had health coverage there from "
           f"{long(prior_start)} until {long(prior_end)}. Your coverage with the Association began "
           f"{(start - prior_end).days} days after that coverage ended, which is soon enough for us to count it.",
           10)
    p.para("Usually, when a member saw a doctor, got treatment or took medicine for a health problem in the 6 months "
           "before joining, the Association waits 6 months before it pays for care of that problem. Each month of "
           "the earlier coverage takes a month off that wait. You had more than 6 months, so there is no wait: the "
           "Association pays for care of every condition from your first day, under the terms of your plan.", 10)
    p.para(f"Your monthly premium stays {usd(prem)}. Nothing else about your coverage changes. Keep this letter with "
           "your certificate.", 10)
    p.signoff(["Sincerely,", "", sig, "Underwriting and Enrollment"], 9.8)
    t = truth("other", None, insurer=POOL, plan_id=plan, group=GROUP, member_id=num, member_name=ptcp,
              denial_date=ld.isoformat(), alternates={"insurer": ALT_POOL})
    return out(p), t


def photocopy_lifetime(rng):
    ptcp, attending, sig = people(rng, 3)
    num = cert(rng, "O")
    adm = on_weekday(dt.date(2026, 3, 2), 0)
    dis = plus(adm, rng.randint(6, 8))
    claim = icn(rng, plus(dis, 8))
    ld = workday(plus(dis, rng.randint(27, 33)))
    billed = float(rng.randint(46000, 61000)) + cents(rng)
    cap = 2000000.0
    left = float(rng.randint(2100, 4800)) + 0.18
    before = round(cap - left, 2)
    refused = round(billed - left, 2)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="MPA-LTM-1 (rev. 01/2026)")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(TPA, "MPA", [f"Claims administrator for the {POOL}",
                        f"{ADDR}  |  {tollfree(rng)}"], size=12.5)
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [ptcp, f"{rng.randint(100, 8999)} {rng.choice(['S 13th St', 'Cornhusker Hwy', 'Pioneers Blvd'])}",
               f"{rng.choice(['Lincoln', 'Seward', 'Wahoo', 'Crete'])}, NE 68{digits(rng, 3)}"]:
        p.line(ln, 10)
    p.ln(5)
    side = [("Participant ID", num), ("Claim ICN", claim), ("Adm", yy(adm)), ("Dis", yy(dis)),
            ("Hospital", HOSPITAL), ("Member services", tollfree(rng)), ("Fax", phone(rng)), ("TTY", "711")]
    paras = [
        f"Dear {ptcp.split()[0]} {ptcp.split()[-1]}:",
        f"{HOSPITAL} sent us its bill of {usd(billed)} for your stay there from {long(adm)} to {long(dis)}, under "
        f"the care of Dr. {attending}.",
        f"Your certificate with the {POOL} pays at most {usd(cap)} in benefits over your whole lifetime, counting "
        f"every year you are covered. Before this bill came, the Association had paid {usd(before)} for your care "
        "since you joined.",
        f"We paid the hospital {usd(left)}, the part that was left. After that payment there is nothing left to pay "
        f"from, so we cannot pay the other {usd(refused)} the hospital billed. The hospital may ask you to pay it.",
        "The Association will not pay for any care you receive after this stay. Your coverage ends on the last day of "
        "the month after the month of this letter, and no more premium is due after that. Our staff can tell you "
        "about other coverage you may be able to get; the end of this coverage may let you sign up for a plan "
        "outside the usual enrollment period.",
        "If you believe we counted a payment that should not have been counted, write to us within 180 days of "
        "the date of this letter. Tell us which payment and why, and send copies of anything that shows it.",
    ]
    p.facts_right(side, paras, side_w=58, size=9.6, title="About this claim")
    p.signoff(["Sincerely,", "", sig, f"Claims Department, for the {POOL}"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=TPA, member_id=num, member_name=ptcp, cases=[claim],
              claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=ld.isoformat(), provider=HOSPITAL, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": ALT_TPA, "provider": [f"Dr. {attending}"], "claim_amount": [m2(refused)]},
              denial_alternates=["other"])
    return out(p), t


def phone_es(rng):
    ptcp, surgeon, anest, sig = people(rng, 4, es=True)
    num = cert(rng)
    plan = "SC-1000"
    sv = on_weekday(dt.date(2026, 3, 2), 2)
    claim = icn(rng, plus(sv, 9))
    nd = workday(plus(sv, rng.randint(24, 30)))
    b1 = float(rng.randint(5200, 6900))
    b2 = float(rng.randint(980, 1460)) + 0.5
    total = b1 + b2
    p = EFSheet(footer="Página {n} de {nb}", footer_left="SCHA-PC-4S (rev. 09/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="AVISO SOBRE SU RECLAMACIÓN", unit="Servicios al Participante")
    for ln in [ptcp, f"{rng.randint(100, 8999)} {rng.choice(['Calle Q', 'S 24th St', 'Railroad Ave'])}",
               f"{rng.choice(['Lexington', 'Schuyler', 'Crete', 'Madison'])}, NE 68{digits(rng, 3)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.hang([("Fecha del aviso", es_date(nd)), ("Participante", ptcp), ("Número de certificado", num),
            ("Código del plan", plan), ("Reclamación", claim), ("Proveedor", f"{SURG_ES} (Dr. {surgeon})"),
            ("Su llamada", f"referencia {digits(rng, 7)}")], cap_w=40, size=9.4)
    p.para(f"Estimado(a) {ptcp.split()[0]}:", 10)
    p.para(f"{SURG_ES} nos envió la cuenta de su operación de la vesícula. Estos son los cargos:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Servicio", "Cobrado", "Pagado por SCHA"],
            [[es_abbr(sv), "Extirpación de la vesícula por laparoscopía (47562)", usd_es(b1), "US$ 0.00"],
             [es_abbr(sv), f"Anestesia (00790), Dr. {anest}", usd_es(b2), "US$ 0.00"],
             ["", "Total", usd_es(total), "US$ 0.00"]],
            [28, 92, 26, W - 146], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Cuando una operación se programa con tiempo, su certificado pide que el cirujano o el centro nos llame por "
           "lo menos cinco días hábiles antes, para que nuestras enfermeras revisen si el plan la cubre. Nadie nos "
           f"llamó antes de la operación del {es_date(sv)}; nos enteramos cuando llegó la cuenta. Por eso no pagamos "
           "estos cargos. Como el centro pertenece a nuestra red, no puede cobrarle a usted lo que no pagamos.", 10)
    p.para("Si su médico cree que la operación era urgente o que sí llamó, puede enviarnos sus notas. Usted o su "
           "médico pueden pedir una revisión por escrito dentro de 180 días a partir de la fecha de este aviso.", 10)
    p.signoff(["Atentamente,", sig, "Servicios al Participante"], 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=POOL, plan_id=plan, member_id=num, member_name=ptcp,
              cases=[claim], claim_amount=m2(total), service_dates=[sv.isoformat()], denial_date=nd.isoformat(),
              provider=SURG_ES, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT_POOL, "provider": [f"Dr. {surgeon}"]})
    return out(p), t


def rotated_records(rng):
    ptcp, doc, therapist, sig = people(rng, 4)
    num = cert(rng)
    plan = "SC-2500"
    wk = on_weekday(dt.date(2026, 4, 6), 0)
    visits = [wk, plus(wk, 2), plus(wk, 4)]
    dcn = f"{wk:%y}{plus(wk, 11).timetuple().tm_yday:03d}{digits(rng, 5)}{rng.randint(0, 9)}"
    ask1 = plus(visits[-1], 14)
    ask2 = plus(ask1, 21)
    ld = workday(plus(ask2, 24))
    by = dt.date(ld.year, ld.month, 1) + dt.timedelta(days=75)
    bills = [float(rng.randint(168, 212)) for _ in visits]
    total = sum(bills)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form SCHA-RI-5 (rev. 03/2025)")
    p.set_margins(20, 16, 20)
    p.add_page()
    _head(p, rng, unit="Claims Research")
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [ptcp, f"{rng.randint(100, 8999)} {rng.choice(['Sumner St', 'Holdrege St', 'A St'])}",
               f"{rng.choice(['Lincoln', 'Ashland', 'Waverly'])}, NE 68{digits(rng, 3)}"]:
        p.line(ln, 10)
    p.ln(5)
    p.margin_boxes([("Participant ID", num), ("Plan code", plan), ("DCN", dcn), ("Provider", PT),
                    ("Total billed", usd(total))], cap_w=40, box_w=92, size=9.6)
    p.para(f"Dear {ptcp.split()[0]} {ptcp.split()[-1]}:", 10)
    p.para(f"{PT} billed us for the therapy you had {week_of(wk)}, for your lower back. Your coverage began this "
           "year, so before paying we need to know whether your back was treated in the months before you joined.",
           10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit", "Service", "Therapist", "Billed"],
            [[yy(v), "Exercise and manual therapy (97110, 97140)", therapist, n2(b)]
             for v, b in zip(visits, bills)],
            [22, 76, 48, W - 146], size=8.8, aligns=["L", "L", "L", "R"])
    p.para(f"We wrote to Dr. {doc}, who sent you to therapy, on {long(ask1)} and again on {long(ask2)}, asking for "
           "the office notes of your visits from July through December 2025. We have not received them. Without "
           "those notes we cannot decide the claim, so we have closed it without payment.", 10)
    p.para(f"This is not the end of the claim. If Dr. {doc.split()[-1]}'s office sends the notes, we will open it "
           "again. If you disagree with closing it, your written request for a review must reach us by "
           f"{long(by)}.", 10)
    p.signoff(["Sincerely,", "", sig, "Claims Research"], 9.6)
    t = truth("denial_letter", "other", insurer=POOL, plan_id=plan, member_id=num, member_name=ptcp, cases=[dcn],
              claim_amount=m2(total), service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
              denial_date=ld.isoformat(), provider=PT, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT_POOL, "provider": [therapist],
                          "service_dates": [[v.isoformat() for v in visits]]})
    return out(p), t


def clean_stack(rng):
    # A: coverage ended with the last paid month
    ptcp, doc, sig = people(rng, 3)
    num = cert(rng)
    plan = "SC-2500"
    ended = dt.date(2026, 2, 28)
    sv = on_weekday(dt.date(2026, 3, 9), 1)
    claim = icn(rng, plus(sv, 6))
    nd = workday(plus(sv, rng.randint(33, 38)))
    mailed = plus(nd, 3)
    billed = float(rng.randint(240, 420)) + cents(rng)
    clinic = "Salt Creek Internal Medicine"
    a = EFSheet(footer="Page {n} of {nb}", footer_left="SCHA-TR-2 (rev. 08/2025)")
    a.set_margins(19, 15, 19)
    a.add_page()
    _head(a, rng, unit="Premium Billing and Claims")
    a.mailed_stamp(f"MAILED\n{abbr(mailed).upper()}", a.w - a.r_margin - 36, a.get_y())
    a.line(f"Date of this notice: {long(nd)}", 10)
    a.ln(3)
    for ln in [ptcp, f"{rng.randint(100, 8999)} {rng.choice(['Van Dorn St', 'Randolph St', 'N 48th St'])}",
               f"{rng.choice(['Lincoln', 'Milford', 'Hickman'])}, NE 68{digits(rng, 3)}"]:
        a.line(ln, 10)
    a.ln(4)
    W = a.w - a.l_margin - a.r_margin
    a.capstrip([("Participant ID", num), ("Plan code", plan), ("Claim ICN", claim), ("Date of visit", slash(sv))],
               widths=[42, 30, 56, W - 128])
    a.ln(4)
    a.para(f"Dear {ptcp.split()[0]} {ptcp.split()[-1]}:", 10)
    a.para(f"{clinic} sent us a claim of {usd(billed)} for your visit with Dr. {doc} on {long(sv)}. We cannot pay "
           "it, because your coverage was no longer in force that day.", 10)
    a.para(f"Your premium for March was due on March 1. Your certificate gives 31 days after the due date to pay "
           f"before coverage stops. We did not receive the March premium by March 31, so your coverage ended on "
           f"{long(ended)}, the last day of the last month you paid for. We sent you a reminder on March 12.", 10)
    a.para("If you paid the March premium on time, send us a copy of the canceled check or the bank record. You may "
           "ask the Association to review this decision within 60 days of the date of this notice.", 10)
    a.para(f"This notice was sent by certified mail, tracking no. 9407 1118 {digits(rng, 4)} {digits(rng, 4)} "
           f"{digits(rng, 4)} {digits(rng, 2)}.", 8.6)
    a.signoff(["Sincerely,", sig, "Premium Billing"], 9.6)
    d_a = (out(a), truth("denial_letter", "eligibility", insurer=POOL, plan_id=plan, member_id=num, member_name=ptcp,
                         cases=[claim], claim_amount=m2(billed), service_dates=[sv.isoformat()],
                         denial_date=nd.isoformat(), provider=clinic, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT_POOL, "provider": [f"Dr. {doc}"]}))
    # B: appeals committee decision, two pages
    ptcp2, onc, chair, sig2 = people(rng, 4)
    num2 = cert(rng)
    first = on_weekday(dt.date(2026, 2, 2), 0)
    last = plus(first, 39)
    claim2 = icn(rng, plus(last, 10))
    grv = f"GRV-26-{digits(rng, 5)}"
    meet = dt.date(2026, 5, rng.randint(12, 14))
    dd = workday(plus(meet, rng.randint(5, 8)))
    billed2 = float(rng.randint(61000, 78000)) + cents(rng)
    b = EFSheet(footer="Page {n} of {nb}", footer_left="SCHA-AC-9 (rev. 02/2026)",
                every=f"{ptcp2} \u00b7 Certificate no. {num2} \u00b7 Grievance no. {grv}")
    b.set_margins(20, 15, 20)
    b.add_page()
    _head(b, rng, box="APPEALS COMMITTEE DECISION", unit="Appeals Committee of the Board of Directors")
    b.line(long(dd), 10)
    b.ln(3)
    for ln in [ptcp2, f"{rng.randint(100, 8999)} {rng.choice(['Sheridan Blvd', 'Calvert St', 'Prescott Ave'])}",
               f"{rng.choice(['Lincoln', 'Omaha', 'Papillion'])}, NE 68{digits(rng, 3)}"]:
        b.line(ln, 10)
    b.ln(4)
    b.rpairs([(grv, "grievance no."), (claim2, "claim no."), (num2, "certificate no."), ("SC-1000", "plan code")],
             val_w=52, size=9.4)
    b.para(f"Dear {ptcp2.split()[0]} {ptcp2.split()[-1]}:", 10)
    b.para(f"The Appeals Committee met on {long(meet)} to hear your grievance about the claim from {PROTON} for "
           f"the radiation treatment Dr. {onc} gave you for prostate cancer, 28 sessions from {long(first)} through "
           f"{long(last)}. The center billed {usd(billed2)}. You asked the Committee to pay the claim in full.", 10)
    b.para("The Committee read your letter, the center's records, two published reviews your doctor sent and the "
           "report of a radiation oncologist who does not work for the Association and reviewed the file for us.",
           10)
    b.para("Treating this cancer with a beam of protons instead of the usual X-ray beams has not been shown in "
           "good studies to help men live longer or to cause fewer side effects; the studies so far are small and "
           "do not compare the two fairly. Your certificate pays only for treatment whose benefit has been shown, "
           "so the Committee keeps the decision not to pay the claim.", 10)
    b.add_page()
    b.bar("What you can do now")
    b.para("This is the Association's last decision on your grievance; there is no further review inside the "
           "Association.", 10)
    b.para("You may ask the state Department of Insurance for an external review by an independent doctor. Your "
           "request must reach the Department within 4 months after you receive this letter. The Department's "
           "consumer line can send you the form.", 10)
    b.para("You may ask us for free copies of every paper the Committee used, including the reviewer's report.", 10)
    b.ln(4)
    b.signoff(["For the Appeals Committee,", "", chair, "Chair", "", f"prepared by {sig2}, Appeals Coordinator"], 9.6)
    d_b = (out(b), truth("denial_letter", "experimental", insurer=POOL, plan_id="SC-1000", member_id=num2,
                         member_name=ptcp2, cases=[grv, claim2], claim_amount=m2(billed2),
                         service_dates=[f"{first.isoformat()}/{last.isoformat()}"], denial_date=dd.isoformat(),
                         provider=PROTON,
                         alternates={"insurer": ALT_POOL, "provider": [f"Dr. {onc}"],
                                     "case_numbers": [[grv], [claim2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_eob_knee_care_inside_six_month_wait", "born_digital", [born_eob(rng)]),
        Item(F + "finefax_application_not_approved_checkbox_form", "fax_fine_g4", [finefax_application(rng)]),
        Item(F + "lowres_waiting_period_credit_notice", "scan_lowres_150", [lowres_credit(rng)]),
        Item(F + "photocopy_lifetime_maximum_reached_hospital_stay", "photocopy", [photocopy_lifetime(rng)]),
        Item(F + "phone_es_aviso_cirugia_sin_revision_previa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_claim_closed_doctors_notes_never_came", "rotated", [rotated_records(rng)]),
        Item(F + "clean_stack_premium_lapse_duplex_then_appeals_committee_page2_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
