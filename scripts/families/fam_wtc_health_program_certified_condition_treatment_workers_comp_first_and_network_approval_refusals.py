"""Papers mirrored (structure and plain wording style only) from the World Trade Center Health Program, the federal
program (run by CDC's National Institute for Occupational Safety and Health) that gives monitoring and treatment to
responders and survivors of the September 11, 2001 attacks. What is taken from the public program: it pays only for
treatment of a member's certified WTC-related health conditions (care for anything else is refused, and some
conditions on the List, such as musculoskeletal disorders, can be certified only for responders); for a responder
whose condition is also covered by workers' compensation, the compensation carrier pays first; members get care at
Clinical Centers of Excellence in the New York area or through the Nationwide Provider Network elsewhere, and care
outside them, or certain services, needs the Program's approval first; members owe nothing for covered treatment;
treatment decisions on medical necessity can be appealed (the 60-day count from the letter's date follows the
Program's published appeal summary). Invented: the clinical center and survivors' center, the network
administrator Tallis Crane Network Services, LLC, the pharmacy benefit manager Brightwell Rx Solutions, Inc., every
practice, clinic, pharmacy, sleep lab, surgery center, compensation carrier, employer, person, member number
("WTR" / "WTS" + eight digits), claim, authorization and request number, reason code, box, form number, rate and
every other time limit (90 days, 30 business days, four months, "no later than" dates), phones 555; CPT and ICD-10
codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_network_payment_summary_member_id_cell_under_page_one_heading: the network administrator's two-page
  provider payment summary to a North Carolina pulmonary practice: payee at the left and payment facts on the right
  half ("2026/04/09" shape), an unruled listing whose column heading (Patient, Member ID, ...) is printed only on
  page 1, so the refused claim on page 2 shows its member number as a bare cell; each claim under a bold line with
  "Rendering:"; an office visit coded for high blood pressure paid 0.00 under NC4 beside a paid spirometry line; the
  totals row, EFT amount, year-to-date paid and a "$100.00" example as decoys; the code glossary on page 2; IDs and
  "Notice mailed" in a small running footer; "within 90 days of the summary date".
- scan_four_page_survivor_letter_back_pain_not_certifiable: a clean-scan four-page letter to a survivor, member and
  claim numbers in a running header on every page, page 1 a weekday date and a summary only, page 2 the therapy
  clinic's visits ("Servicing:", received "03.02.2026", decided), page 3 the reason in prose (low back pain can be
  certified only for responders; "outside what the Program can pay for"), page 4 nondiscrimination and taglines;
  "60 calendar days from the date at the top of page 1".
- faxstd_stack_billing_office_transmittal_comp_carrier_first_then_rehab_approval: a standard-fax stack: the
  practice billing office's own fax transmittal to the compensation carrier's adjuster (pages including cover, both
  sides' fax numbers, confidentiality notice), the Program's two-page letter refusing a claim because the
  workers' compensation carrier must pay first ("4-Mar-2026" shape; page 2, fed upside down, holds the claim table
  with billed, Program rate and paid, the compensation board's case number and "within 30 business days of the date
  of this letter"), then the Program's approval of pulmonary rehabilitation that names what the Program will pay,
  whose authorization number looks like the refused claim's number (denies nothing).
- phone_es_carta_endoscopia_fuera_de_la_red_sin_aprobacion: a photographed Spanish letter to a survivor: address at
  the left, key/value block on the right half, an endoscopy for a certified condition done by a practice outside
  the Program's clinics and network without approval; a call reference as decoy; "dentro de los 60 días calendario
  siguientes a la fecha de esta carta".
- lowres_pharmacy_manager_letter_claim_no_in_subject_bone_drug_not_certified: a 150 dpi letter from the pharmacy
  benefit manager to a Staten Island pharmacy ("2026/03/04" shape at the top, "Mailed" in the footer), the claim
  number only in the subject line, three fills of one day of which the bone-density drug is refused ("we cannot
  reimburse"), prescription numbers, NCPDP number and a "$100.00" example as decoys; "within four months of the
  date of this letter".
- rotated_sinus_dilation_request_not_medically_necessary_two_signers: a treatment authorization decision fed turned:
  address at the left and the request's facts on the right half ("Request received 03.04.2026"), "The records sent
  with the request do not show ...", signed by a nurse reviewer and the Program's medical director; only "within 60
  calendar days of the date you receive this notice" (nothing to count from).
- finefax_sleep_lab_determination_boxes_amount_wraps_no_authorization: a fine-fax claim determination to an Arizona
  sleep lab in ruled boxes with captions on shaded strips, a narrow unruled table in which the refused study's
  amount breaks onto a second line, "The information we received does not show a treatment authorization", the
  interpreting physician and lab NPI as decoys; "no later than" a printed date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjf import (JFSheet, add_months, billing_transmittal, business_days, dmy_dash, es_date,
                               first_last, iso, last_first, long, m2, mdy_dots, n2, ord_long, out, people, phone,
                               phone_dots, plus, slash, tollfree, truth, usd, wday_long, workday, ymd_slash)
from public_kit import digits

FAMILY = "wtc_health_program_certified_condition_treatment_workers_comp_first_and_network_approval_refusals"
LANG = "en"
SEED = 354995
PROG = "World Trade Center Health Program"
PROG_ES = "Programa de Salud del World Trade Center"
PROG_ALT = ["WTC Health Program", "World Trade Center Health Program (WTC Health Program)", PROG_ES,
            "National Institute for Occupational Safety and Health", "Centers for Disease Control and Prevention"]
PROG_BOX = "P.O. Box 62418, Albany, NY 12206-2418"
TCN = "Tallis Crane Network Services, LLC"
TCN_ALT = ["Tallis Crane Network Services", "Tallis Crane"]
PBM = "Brightwell Rx Solutions, Inc."
PBM_ALT = ["Brightwell Rx Solutions", "Brightwell Rx", "Brightwell"]
CCE = "Harrowgate Clinical Center of Excellence"
SURV = "Pell Harbor Survivors' Health Center"


def mem(rng):
    return digits(rng, 8)


def claim_no(rng, d: dt.date, lead: str = "W") -> str:
    """W26064-318207: a letter, the year, the day of the year the claim arrived, six digits"""
    return f"{lead}{d:%y}{d.timetuple().tm_yday:03d}-{digits(rng, 6)}"


def ny_address(rng):
    town, z = rng.choice([("Staten Island, NY", "10314"), ("Brooklyn, NY", "11229"), ("Bayside, NY", "11361"),
                          ("Massapequa, NY", "11758"), ("Yonkers, NY", "10704"), ("New York, NY", "10013"),
                          ("Jersey City, NJ", "07302")])
    street = rng.choice(["Cordwainer Ave", "Lanterman St Apt 4F", "Ferrier Pl", "Halyard Ct", "Bellrope Ln",
                         "Stonemason Rd", "Whitlow Ave Apt 2R", "Capstan St"])
    return [f"{rng.randint(11, 2890)} {street}", f"{town} {z}"]


def prog_head(p, rng, unit: str, box: str | None = None):
    p.head(PROG, "WTC", ["Centers for Disease Control and Prevention  |  National Institute for Occupational "
                         "Safety and Health",
                         f"{unit}  |  {PROG_BOX}  |  {tollfree(rng, '888')}  |  TTY 711"], box=box, size=12.6)


# ---------------------------------------------------------------------------------------------------------------
def born_summary(rng):
    """The network administrator's payment summary to a pulmonary practice; the refused claim is on page 2."""
    pats = people(rng, 5)
    docs = people(rng, 2, sexes="FM")
    pr = "Catawba Ridge Pulmonary & Sleep, PA"
    sd = workday(dt.date(2026, 4, rng.randint(7, 10)))
    base = dt.date(2026, 3, rng.randint(2, 6))
    claims = []
    specs = [
        [("99213", "Office visit, est.", 186.0, 112.40, "P01"), ("94010", "Spirometry", 96.0, 41.85, "P01")],
        [("94060", "Spirometry pre/post", 164.0, 77.10, "P01")],
        [("99214", "Office visit, est.", 268.0, 158.20, "P01"), ("94618", "Walk test", 88.0, 39.65, "P01")],
        [("99214", "Office visit, est.", 268.0, 0.0, "NC4"), ("94010", "Spirometry", 96.0, 41.85, "P01")],
        [("95810", "Sleep study, attended", 2460.0, 1187.30, "P01")],
    ]
    for i, (pt, lines) in enumerate(zip(pats, specs)):
        d = plus(base, i * rng.randint(2, 4) + rng.randint(0, 1))
        rec = plus(d, rng.randint(6, 12))
        claims.append(dict(pat=pt, num=mem(rng), cno=claim_no(rng, rec), d=d,
                           rend=f"{docs[i % 2]}, {'MD' if i % 2 == 0 else 'NP'}", lines=lines))
    den = claims[3]
    den_b = sum(x[2] for x in den["lines"])
    widths = [42, 24, 18, 12, 31, 16, 16, 16, 9]
    rows = []
    tb = tr = 0.0
    for i, c in enumerate(claims):
        if i == 3:
            rows.append(("break",))
        rows.append(("span", f"Claim {c['cno']}     Rendering: {c['rend']}"))
        cb = cp = 0.0
        for j, (code, desc, b, pd, rc) in enumerate(c["lines"]):
            rows.append([last_first(c["pat"]) if j == 0 else "", f"WTR {c['num']}" if j == 0 else "",
                         slash(c["d"]), code, desc, n2(b), n2(pd), n2(pd), rc])
            cb += b
            cp += pd
        rows.append(("bold", ["", "", "", "", "Claim total", n2(cb), n2(cp), n2(cp), ""]))
        rows.append(("gap",))
        tb += cb
        tr += cp
    rows.append(("bold", ["", "", "", "", "TOTAL, 5 CLAIMS", n2(tb), n2(tr), n2(tr), ""]))
    summ = f"PPS-{sd:%m%d}-{digits(rng, 5)}"
    npi = "1" + digits(rng, 9)
    p = JFSheet(footer="Page {n} of {nb}", footer_left=f"Notice mailed {slash(sd)}  |  TCN-PPS-2 (01/2026)",
                ids_foot=f"Payee NPI {npi}  |  Summary {summ}  |  Nationwide Provider Network, WTC Health Program")
    p.set_margins(14, 13, 14)
    p.add_page()
    p.head(TCN, "TCN", [f"Administrator of the Nationwide Provider Network for the {PROG}",
                        f"Provider Services, P.O. Box 30871, Raleigh, NC 27622  |  {tollfree(rng, '877')}"],
           box="PROVIDER PAYMENT SUMMARY", size=12.2)
    p.addr_pairs_right([pr, "Attn: Billing", f"{rng.randint(410, 2290)} Tanyard Mill Rd", "Hickory, NC 28601"],
                       [("Summary date", ymd_slash(sd)), ("Summary no.", summ), ("Payee NPI", npi),
                        ("Tax ID", f"56-{digits(rng, 7)}"), ("EFT trace no.", digits(rng, 10)),
                        ("Paid this summary", usd(tr)), ("Paid year to date", usd(tr + rng.randint(9000, 16000)))],
                       split=0.5, cap_w=34, size=8.8)
    p.para("This summary lists the claims for WTC Health Program members that we finished processing since your last "
           "summary. The Program pays its own rate for treatment of a member's certified WTC-related health "
           "conditions. Members owe nothing for that treatment; please do not bill them for any difference. For "
           "example, if you bill $100.00 for a service whose Program rate is $64.10, the Program pays $64.10 and the "
           "remaining $35.90 is written off.", 8.4)
    p.heading("Claims processed", 10.5, rule=False)
    p.flow_listing(["Patient", "Member ID", "Date", "Code", "Service", "Billed", "Program rate", "Paid",
                    "Rsn"], rows, widths, ["L", "L", "L", "L", "L", "R", "R", "R", "C"], size=7.6, row_h=4.4)
    yb = p.money_box("Payment", [("Billed on this summary", usd(tb)), ("Program rate", usd(tr)),
                                 ("Amount of this EFT", usd(tr))], w=92)
    p.set_xy(p.l_margin, yb + 4)
    p.para("A provider who disagrees with a decision on this summary may ask for reconsideration within 90 days of "
           "the summary date. Send the claim number, the reason and any records to Provider Reconsiderations at the "
           "address above.", 8.4)
    p.glossary("Reason codes", [
        ("P01", "Paid at the Program rate for a certified WTC-related health condition."),
        ("NC4", "The diagnosis billed is not one of the member's certified WTC-related health conditions. "
                "Treatment of it is not payable by the Program; the member may use other coverage."),
        ("TA2", "A treatment authorization is required for this service and none is on file."),
        ("WC1", "Workers' compensation is primary for this condition; bill the carrier first."),
        ("D07", "Duplicate of a claim already processed.")], size=7.6)
    t = truth("eob", "not_covered", insurer=TCN, member_id=f"WTR{den['num']}", member_name=den["pat"],
              cases=[den["cno"]], claim_amount=m2(den_b), service_dates=[iso(den["d"])], denial_date=iso(sd),
              provider=den["rend"].rsplit(",", 1)[0], appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": TCN_ALT, "member_id": [den["num"]], "claim_amount": [m2(268.0)],
                          "provider": [pr, "Catawba Ridge Pulmonary & Sleep"]})
    return out(p), t


def scan_survivor_letter(rng):
    pat, ther, sig = people(rng, 3, sexes="F")
    num = mem(rng)
    clinic = "Greenmarket Physical Therapy"
    v1 = dt.date(2026, 2, rng.randint(2, 5))
    visits = [v1, plus(v1, 7), plus(v1, 14), plus(v1, 21)]
    rcvd = dt.date(2026, 3, 2)
    decided = dt.date(2026, 3, rng.randint(11, 13))
    ld = workday(plus(decided, rng.randint(3, 4)))
    claim = claim_no(rng, rcvd)
    lines = [(v, "97110 / 97140", "Exercise and manual therapy", rng.choice([238.0, 246.0, 252.0]))
             for v in visits]
    tot = sum(x[3] for x in lines)
    p = JFSheet(footer=None, footer_left=f"WTC-TR-14 (rev. 11/2025)  |  Notice mailed {slash(ld)}",
                every=f"{PROG}  |  Member WTS {num}  |  Claim {claim}  |  Page {{n}} of {{nb}}")
    p.set_margins(20, 17, 20)
    p.add_page()
    prog_head(p, rng, "Claims and Treatment Decisions")
    p.line(wday_long(ld), 10.2, "B")
    p.ln(3)
    for ln in [pat, *ny_address(rng)]:
        p.line(ln, 10.2)
    p.ln(5)
    p.subject("About a bill from your physical therapy clinic")
    p.para(f"Dear {first_last(pat)}:", 10)
    p.para(f"We have decided what the Program can do about a bill that {clinic} sent us for your visits in "
           "February. We cannot pay it. This letter has four pages:", 10)
    p.bullets(["Page 2 lists the visits and what the clinic charged.",
               "Page 3 tells you why, and how to ask for a new look at this decision.",
               "Page 4 tells you how to get this letter in another language or format."], 10)
    p.para(f"You are enrolled in the Program as a survivor, and your care is managed by {SURV}. Nothing in this "
           "letter changes the care you get there for your certified conditions.", 10)
    p.para("If you have questions, call the Program's call center at the number above, Monday to Friday.", 10)
    p.add_page()
    p.heading("The bill we received", 12, rule=True)
    p.pairs([("Servicing", clinic), ("Therapist", f"{ther}, DPT"), ("Claim number", claim),
             ("Date we received it", mdy_dots(rcvd)), ("Date of decision", slash(decided))], label_w=46, size=9.8)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit date", "Codes", "Service", "Charged", "Program pays"],
            [[slash(v), c, s, usd(b), "$0.00"] for v, c, s, b in lines] + [["", "", "Total", usd(tot), "$0.00"]],
            [W * 0.16, W * 0.17, W * 0.37, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para(f"The visits ran from {long(visits[0])} through {long(visits[-1])}. The diagnosis on the bill was "
           "low back pain (M54.50).", 9.8)
    p.heading("Your certified WTC-related health conditions", 10.5)
    certs = [("Chronic rhinosinusitis", "J32.9", slash(dt.date(2019, 5, rng.randint(2, 27)))),
             ("Gastroesophageal reflux disease", "K21.9", slash(dt.date(2019, 5, rng.randint(2, 27)))),
             ("Posttraumatic stress disorder", "F43.10", slash(dt.date(2021, 10, rng.randint(2, 27))))]
    p.table(["Condition", "Code", "Certified on"], [list(c) for c in certs], [W * 0.55, W * 0.2, W * 0.25],
            size=9, aligns=["L", "L", "L"])
    p.add_page()
    p.heading("Why the Program cannot pay", 12, rule=True)
    p.para("The Program pays for treatment of health conditions that it has certified for you as related to your "
           "exposure to the dust, smoke and debris of September 11, 2001. Low back pain is on the Program's list of "
           "conditions only as a musculoskeletal disorder of people who did rescue, recovery or cleanup work. "
           "Because you are enrolled as a survivor, it cannot be certified for you, and physical therapy for it is "
           "outside what the Program can pay for.", 10)
    p.para("The clinic may bill you or your own health insurance for these visits. If you have insurance, send them "
           "a copy of this letter with the bill.", 10)
    p.heading("If you think we are wrong", 11)
    p.para("If you believe you did rescue, recovery or cleanup work and should have been enrolled as a responder, "
           "call us: we will explain how to ask for your enrollment to be reviewed. To appeal this decision, write to "
           f"the Appeals Coordinator, {PROG_BOX}. Send your appeal within 60 calendar days from the date at the top of "
           "page 1. Tell us why you disagree and send any papers that support what you say.", 10)
    p.para("You may also ask a lawyer, a union or a friend to help you, and you may name someone to act for you.",
           10)
    p.signoff(["Sincerely,", sig, "Claims and Treatment Decisions"], 9.8)
    p.add_page()
    p.nondiscrim(PROG, tollfree(rng, "888"))
    p.ln(2)
    p.tagline_block(tollfree(rng, "888"))
    t = truth("denial_letter", "not_covered", insurer=PROG, member_id=f"WTS{num}", member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": PROG_ALT, "member_id": [num], "provider": [f"{ther}, DPT", ther],
                          "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]]})
    return out(p), t


def faxstd_stack(rng):
    pat, doc, adj, biller = people(rng, 4, sexes="MF")
    num = mem(rng)
    practice = "Kessling Pulmonary Group, P.C."
    office = "Kessling Pulmonary Group - Billing Office"
    carrier = "Palisade Mutual Casualty Company"
    employer = "Castellan Demolition & Rigging Corp."
    home = ny_address(rng)
    office_addr = [f"{rng.randint(1200, 3890)} Emmons Reach", "Brooklyn, NY 11235"]
    d1 = dt.date(2026, 1, rng.randint(12, 16))
    d2 = plus(d1, 14)
    rcvd = plus(d2, rng.randint(10, 16))
    ld = workday(dt.date(2026, 3, rng.randint(3, 6)))
    claim = claim_no(rng, rcvd)
    auth = "A" + claim[1:6] + "-" + claim[-6:-2] + claim[-1] + claim[-2]     # looks like the claim number
    if auth[-6:] == claim[-6:]:
        auth = auth[:-1] + str((int(auth[-1]) + 3) % 10)
    wcb = f"G{digits(rng, 3)} {digits(rng, 4)}"
    lines = [(d1, "99215", "Office visit, est., high complexity", 342.0, 201.30),
             (d1, "94726", "Plethysmography", 228.0, 96.45),
             (d2, "94060", "Spirometry before and after bronchodilator", 164.0, 77.10)]
    tot = sum(x[3] for x in lines)
    rate = sum(x[4] for x in lines)
    deadline = business_days(ld, 30)
    # document A: the Program's letter to the billing office, two pages
    a = JFSheet(footer="Page {n} of {nb}", footer_left=f"WTC-COB-3  |  {slash(ld)}",
                ids_foot=f"Claim {claim}  |  Member WTR {num}  |  {last_first(pat)}")
    a.set_margins(18, 15, 18)
    a.add_page()
    prog_head(a, rng, "Coordination of Benefits Unit")
    a.line(f"Date: {dmy_dash(ld)}", 10, "B")
    a.ln(2)
    a.addr_pairs_right([office, f"Attn: {biller}", *office_addr],
                       [("Claim no.", claim), ("Member", f"WTR {num}"), ("Patient", pat),
                        ("Dates of service", f"{slash(d1)}, {slash(d2)}"), ("Billed", usd(tot)),
                        ("Received", slash(rcvd))], split=0.46, cap_w=30, size=9)
    a.heading("Claim not paid: the workers' compensation carrier pays first", 11.5)
    a.para(f"To the billing office of {practice}:", 10)
    a.para(f"The Program did not pay the claim above for {first_last(pat)}, a responder whose asthma is a "
           "certified WTC-related health condition. Our file shows that the New York State Workers' Compensation "
           f"Board established a claim for the same condition arising from his work for {employer} at the World "
           f"Trade Center site, and that {carrier} is the carrier on that case. When a compensation carrier is "
           "responsible for a responder's certified condition, the Program pays only after the carrier has "
           "decided.", 10)
    a.para("Please send this claim to the carrier. If the carrier refuses it, or pays part of it, send us the claim "
           "again with a copy of the carrier's decision and we will consider it at the Program rate. Do not bill "
           f"{first_last(pat)} for this care.", 10)
    a.para("The claim details, the carrier's information and how to ask us to reconsider are on page 2.", 10)
    a.add_page()
    a.heading("Claim detail", 11, rule=True)
    W = a.w - a.l_margin - a.r_margin
    a.open_table(["Date", "Code", "Service", "Billed", "Program rate", "Paid"],
                 [W * 0.13, W * 0.1, W * 0.41, W * 0.12, W * 0.13, W * 0.11], ["L", "L", "L", "R", "R", "R"],
                 [[slash(d), c, s, n2(b), n2(r), "0.00"] for d, c, s, b, r in lines] +
                 [("bold", ["", "", "Total", n2(tot), n2(rate), "0.00"])], size=8.8, row_h=5.2)
    a.para(f"Rendering: {doc}, MD   |   Diagnosis on the claim: J45.50, severe persistent asthma", 9.2)
    a.heading("The compensation case on file", 10.5)
    a.pairs([("Carrier", carrier), ("Board case no.", wcb), ("Employer", employer),
             ("Carrier claims line", phone(rng, "914"))], label_w=40, size=9.4)
    a.heading("If you disagree", 10.5)
    a.para("If you believe the compensation case does not cover this care, ask us to reconsider within 30 business "
           "days of the date of this letter. Send the claim number and the papers that show why, to the "
           f"Coordination of Benefits Unit, {PROG_BOX}, or by fax to (518) 555-{digits(rng, 4)}.", 9.8)
    a.signoff(["Coordination of Benefits Unit", PROG], 9.6)
    d_a = (out(a), truth("denial_letter", "other", insurer=PROG, member_id=f"WTR{num}", member_name=pat,
                          cases=[claim], claim_amount=m2(tot), service_dates=[iso(d1), iso(d2)], denial_date=iso(ld),
                          provider=practice, appeal_deadline=iso(deadline),
                          alternates={"insurer": PROG_ALT, "member_id": [num],
                                      "provider": [f"{doc}, MD", doc, "Kessling Pulmonary Group"],
                                      "case_numbers": [[claim, wcb.replace(" ", "")]]}))
    # document B: the approval of pulmonary rehabilitation, one page
    bd = workday(plus(ld, rng.randint(8, 12)))
    start, end = dt.date(2026, 4, 1), dt.date(2026, 6, 30)
    sessions, per = 24, 101.50
    b = JFSheet(footer=None, footer_left=f"WTC-TA-1A  |  Notice mailed {slash(bd)}")
    b.set_margins(18, 15, 18)
    b.add_page()
    prog_head(b, rng, "Treatment Authorizations", box="TREATMENT APPROVED")
    b.line(long(bd), 10, "B")
    b.ln(2)
    b.addr_kv([pat, *home], [("Authorization", auth), ("Member", f"WTR {num}"), ("Condition", "Asthma (J45.50)"),
                             ("Requested by", f"{doc}, MD"), ("Approved from", slash(start)),
                             ("Approved through", slash(end))], w=92, cap_w=33)
    b.para(f"Dear {first_last(pat)}:", 10)
    b.para(f"Good news: we approved the request from {doc}, MD of {practice} for pulmonary rehabilitation to treat "
           f"your certified asthma. You may have up to {sessions} sessions from {long(start)} through {long(end)}.",
           10)
    b.para(f"**What the Program will pay.** The Program will pay {practice} up to {usd(sessions * per)} for these "
           f"sessions ({sessions} sessions at the Program rate of {usd(per)} each). You owe nothing for them. If "
           "your doctor thinks you need more sessions, the practice must ask us before the approval ends.", 10)
    b.para("This approval is for pulmonary rehabilitation only. It does not change any other decision we have made "
           "about your claims.", 10)
    b.signoff(["Treatment Authorizations", PROG], 9.6)
    b.para(f"cc: {practice}", 8.6)
    d_b = (out(b), truth("other", None, insurer=PROG, member_id=f"WTR{num}", member_name=pat, cases=[auth],
                          claim_amount=None, service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(bd),
                          provider=practice,
                          alternates={"insurer": PROG_ALT, "member_id": [num], "claim_amount": [m2(sessions * per)],
                                      "provider": [f"{doc}, MD", doc, "Kessling Pulmonary Group"],
                                      "service_dates": [[]]}))
    cover = billing_transmittal(
        office, [", ".join(office_addr), "Billing office hours Mon-Fri 8:30-4:30"],
        f"(718) 555-{digits(rng, 4)}", phone_dots(rng, "718"), adj, carrier, f"(914) 555-{digits(rng, 4)}",
        phone(rng, "914"), biller, slash(workday(plus(bd, 2))), 4, f"{first_last(pat)} - WCB {wcb}",
        [f"Please find the WTC Health Program's letter telling us to bill your company first for {first_last(pat)}'s "
         "January visits, and the Program's approval of his pulmonary rehabilitation.",
         "Kindly tell us where to send the claim forms for this case. Thank you."])
    return [d_a, d_b], cover


def phone_es_network(rng):
    pat, doc, sig = people(rng, 3, kind="es", sexes="FM")
    num = mem(rng)
    gi = "Ovalle Digestive Health, PLLC"
    sd = dt.date(2026, 2, rng.randint(9, 20))
    rcvd = plus(sd, rng.randint(12, 18))
    ld = workday(plus(rcvd, rng.randint(14, 20)))
    claim = claim_no(rng, rcvd)
    billed = rng.choice([2140.0, 2265.0, 1985.0])
    call = f"LLM-{digits(rng, 6)}"
    call_d = plus(ld, -rng.randint(5, 9))
    p = JFSheet(footer=None, footer_left=f"WTC-ES-7  |  Enviada por correo el {es_date(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.head(PROG_ES, "WTC", ["Centros para el Control y la Prevención de Enfermedades (CDC)  |  NIOSH",
                            f"Decisiones sobre reclamaciones  |  {PROG_BOX}  |  {tollfree(rng, '888')}  |  TTY 711"],
           size=12.4)
    p.line(f"Nueva York, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *ny_address(rng)],
                       [("N.º de miembro", f"WTS {num}"), ("Reclamación", claim), ("Fecha del servicio",
                                                                                     es_date(sd)),
                        ("Proveedor", gi), ("Importe facturado", usd(billed)), ("Recibida", es_date(rcvd))],
                       split=0.46, cap_w=34, size=8.8)
    p.heading("No podemos pagar su endoscopia", 12.5)
    p.para(f"Estimada señora {pat.split()[-1]}:", 10)
    p.para(f"Recibimos la cuenta de {gi} por la endoscopia que le hizo el Dr. {doc} el {es_date(sd)}. Su reflujo "
           "gastroesofágico (ERGE) es una afección certificada, y el Programa paga su tratamiento. Pero en este caso "
           "no podemos pagar la cuenta.", 10)
    p.para("**Por qué.** El Programa paga la atención que usted recibe en su centro clínico o con los proveedores de "
           "su red nacional. Si un médico que no pertenece a ellos la va a atender, alguien tiene que pedirnos "
           f"aprobación antes. La consulta del Dr. {doc.split()[-1]} no forma parte de la red del Programa y "
           "nadie nos pidió aprobación antes de la endoscopia.", 10)
    p.para(f"Usted nos llamó el {es_date(call_d)} para preguntar por esta cuenta (número de referencia de la "
           f"llamada: {call}). Esta carta es la respuesta por escrito.", 10)
    p.para(f"**Qué puede hacer.** Hable con su médico de {SURV}: si necesita otra endoscopia, su centro puede "
           "hacerla o pedir la aprobación. Si no está de acuerdo con esta decisión, puede apelar dentro de los 60 "
           "días calendario siguientes a la fecha de esta carta. Escriba al Coordinador de Apelaciones a la "
           "dirección de arriba y explique por qué no está de acuerdo.", 10)
    p.signoff(["Atentamente,", sig, "Decisiones sobre reclamaciones"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=PROG_ES, member_id=f"WTS{num}", member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[iso(sd)], denial_date=iso(ld), provider=gi,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": [PROG] + PROG_ALT[:2], "member_id": [num], "provider": [f"Dr. {doc}", doc]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def lowres_pharmacy(rng):
    pat, rph, presc, sig = people(rng, 4, sexes="FFM")
    num = mem(rng)
    pharm = "Quill & Mortar Pharmacy"
    fd = dt.date(2026, 2, rng.randint(16, 24))
    ld = workday(plus(fd, rng.randint(16, 22)))
    claim = f"RX{fd:%y}-{digits(rng, 7)}"
    fills = [(f"{digits(rng, 7)}", "budesonide/formoterol 160/4.5 inhaler", "J45.40", 328.64, "Paid"),
             (f"{digits(rng, 7)}", "omeprazole 20 mg, 30 capsules", "K21.9", 18.72, "Paid"),
             (f"{digits(rng, 7)}", "alendronate 70 mg, 4 tablets", "M81.0", 41.96, "Not paid")]
    tot = round(sum(x[3] for x in fills), 2)
    p = JFSheet(footer=None, footer_left=f"Mailed {slash(ld)}  |  BRX-WTC-9")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.head(PBM, "BRX", [f"Pharmacy benefit manager for the {PROG}",
                        f"Pharmacy Help Desk {tollfree(rng, '866')}  |  P.O. Box 8814, Harrisburg, PA 17105"],
           size=12.4)
    p.line(ymd_slash(ld), 10.2, "B")
    p.ln(3)
    for ln in [pharm, f"Attn: {rph}, RPh, pharmacist in charge", f"{rng.randint(120, 980)} Arthur Kill Rd",
               "Staten Island, NY 10312"]:
        p.line(ln, 10)
    p.ln(4)
    p.subject(f"RE: Claim {claim} for {pat}, member WTR {num}")
    p.para(f"Dear {first_last(rph)}:", 10)
    p.para(f"Your pharmacy sent us one claim for three prescriptions filled for {pat} on {long(fd)}, all written by "
           f"Dr. {presc}. We paid two of them. We cannot reimburse the third.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rx number", "Drug", "Diagnosis", "Submitted", "Result"],
            [[rx, dr, dx, usd(b), r] for rx, dr, dx, b, r in fills] + [["", "Claim total", "", usd(tot), ""]],
            [W * 0.16, W * 0.42, W * 0.13, W * 0.14, W * 0.15], size=8.8, aligns=["L", "L", "L", "R", "L"],
            bold_last=True)
    p.para("The WTC Health Program covers prescriptions only for a member's certified WTC-related health conditions. "
           "The alendronate was prescribed for osteoporosis (M81.0), which is not certified for this member, so the "
           "Program cannot reimburse it, even though the other two drugs on the claim are covered.", 10)
    p.para("Please reverse the alendronate line and collect your usual price from the member or from other coverage "
           "she has. For example, for a $100.00 fill that is not covered, the member's other plan or the member "
           "pays; for a covered fill, the member pays $0.00.", 9.4)
    p.para(f"NCPDP {digits(rng, 7)}. If you or the member disagree, either may ask for a review within four months "
           "of the date of this letter, by writing to the address above.", 10)
    p.signoff(["Sincerely,", sig, "Pharmacy claims review, Brightwell Rx Solutions"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=PBM, member_id=f"WTR{num}", member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(fd)], denial_date=iso(ld), provider=pharm,
              appeal_deadline=iso(add_months(ld, 4)),
              alternates={"insurer": PBM_ALT, "member_id": [num], "claim_amount": [m2(41.96)],
                          "provider": [f"Dr. {presc}", presc, f"{rph}, RPh"]})
    return out(p), t


def rotated_mednec(rng):
    pat, ent, rn, md = people(rng, 4, sexes="M")
    num = mem(rng)
    asc = "Kilbarry Ambulatory Surgery Center"
    rcvd = dt.date(2026, 3, 4)
    dd = workday(plus(rcvd, rng.randint(8, 12)))
    planned = workday(plus(dd, rng.randint(18, 26)))
    req = claim_no(rng, rcvd, lead="R")
    p = JFSheet(footer=None, footer_left=f"WTC-TA-2D  |  {slash(dd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    prog_head(p, rng, "Treatment Authorizations", box="TREATMENT DECISION")
    p.line(f"Date of this notice: {ord_long(dd)}", 10, "B")
    p.ln(2)
    p.addr_pairs_right([pat, *ny_address(rng)],
                       [("Request no.", req), ("Member", f"WTR {num}"), ("Requested by", f"{ent}, MD"),
                        ("Clinical center", CCE), ("Where", asc), ("Planned date", slash(planned)),
                        ("Request received", mdy_dots(rcvd))], split=0.44, cap_w=32, size=8.8)
    p.heading("We did not approve balloon dilation of your sinuses", 12)
    p.para(f"Dear {first_last(pat)}:", 10)
    p.para(f"Dr. {surname_(ent)} at the {CCE} asked us to approve balloon dilation of the maxillary and frontal "
           f"sinuses (CPT 31295 and 31296) at {asc}, to treat your chronic rhinosinusitis, which is a certified "
           "WTC-related health condition.", 10)
    p.para("A nurse reviewer and the Program's medical director looked at the request and the records sent with it. "
           "The records sent with the request do not show that your symptoms went on after at least eight weeks of "
           "the usual treatment (daily saline rinses and a steroid nasal spray), and your CT scan of January shows "
           "only mild thickening of the sinus lining. For those reasons the procedure is not medically necessary "
           "for you now. This is not a decision about your certified condition, which stays certified, and your "
           "visits and medicines for it are still covered.", 10)
    p.para("Your doctor may send a new request if your symptoms continue after that treatment.", 10)
    p.heading("Your right to appeal", 10.5)
    p.para("You, or someone you name to act for you, may appeal within 60 calendar days of the date you receive this "
           f"notice. Write to the Appeals Coordinator, {PROG_BOX}, say why you disagree and send any records you "
           "want a reviewer to see. A federal official who had no part in this decision will decide your appeal.", 10)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Medical Director, WTC Health Program"])
    p.para(f"cc: {ent}, MD, {CCE}", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=PROG, member_id=f"WTR{num}", member_name=pat, cases=[req],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(dd), provider=f"{ent}",
              alternates={"insurer": PROG_ALT, "member_id": [num], "provider": [CCE, asc]})
    return out(p), t


def surname_(full):
    return full.split()[-1]


def finefax_sleep(rng):
    pat, interp, sig = people(rng, 3, sexes="MF")
    num = mem(rng)
    lab = "Ridgecrest Sleep Diagnostics, LLC"
    sd = dt.date(2026, 2, rng.randint(9, 19))
    cons = plus(sd, -rng.randint(15, 21))
    rcvd = plus(sd, rng.randint(14, 20))
    dd = workday(plus(rcvd, rng.randint(9, 13)))
    claim = claim_no(rng, rcvd)
    npi = "1" + digits(rng, 9)
    lines = [(cons, "99203", "Sleep medicine consult, new", "$218.00", "$131.60", "Paid"),
             (sd, "95810", "Polysomnography, attended, 4+ parameters", "$2,860.00", "$0.00", "Not paid - no "
                                                                                       "authorization"),
             (sd, "95810-26", "Interpretation (billed by physician separately)", "$0.00", "$0.00", "Info only")]
    tot = 218.0 + 2860.0
    deadline = plus(dd, 75)
    p = JFSheet(footer=None, footer_left=f"Form WTC-PCD-4  |  Determination {slash(dd)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    prog_head(p, rng, "Nationwide Provider Network Claims", box="PROVIDER CLAIM DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    p.strip_boxes([[("Determination date", slash(dd), W * 0.25), ("Claim no.", claim, W * 0.27),
                    ("Claim received", slash(rcvd), W * 0.22), ("Total billed", usd(tot), W * 0.26)],
                   [("Prefix", "WTR", W * 0.1), ("Member no.", num, W * 0.2), ("Patient", pat, W * 0.42),
                    ("Date of birth", slash(dt.date(rng.randint(1958, 1971), rng.randint(1, 12),
                                                    rng.randint(1, 28))), W * 0.28)],
                   [("Servicing provider", lab, W * 0.5), ("Servicing NPI", npi, W * 0.22),
                    ("Interpreting", f"{interp}, MD", W * 0.28)]], size=8.8)
    p.heading("Lines on this claim", 10.5)
    p.wrap_open(["Date", "Code", "Service", "Billed", "Paid", "Result"],
                [[slash(d), c, s, b, pd, r] for d, c, s, b, pd, r in lines],
                [W * 0.14, W * 0.11, W * 0.36, W * 0.09, W * 0.1, W * 0.2], ["L", "L", "L", "R", "R", "L"],
                size=8.6, rule_every=True)
    p.heading("Why the study was not paid", 10.5)
    p.para("The information we received does not show a treatment authorization for this sleep study. The patient's "
           "obstructive sleep apnea is a certified WTC-related health condition, but an attended sleep study in a "
           "network lab is one of the services the Program must approve before it is done. No request reached us "
           f"before {slash(sd)}, and we do not approve studies after they are done. The patient may not be billed "
           "for it.", 9.6)
    p.heading("Reconsideration", 10.5)
    p.para(f"A network provider may ask us to reconsider this determination. Your request must reach us no later "
           f"than {long(deadline)}, with the claim number and any proof that an authorization was asked for in time. "
           f"Fax: (518) 555-{digits(rng, 4)}.", 9.6)
    p.para(f"Provider Services {tollfree(rng, '888')}. Issued by {sig}, Claims Examiner.", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=PROG, member_id=f"WTR{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(sd)], denial_date=iso(dd), provider=lab,
              appeal_deadline=iso(deadline),
              alternates={"insurer": PROG_ALT, "member_id": [num], "claim_amount": [m2(2860.0)],
                          "provider": ["Ridgecrest Sleep Diagnostics", f"{interp}, MD", interp],
                          "service_dates": [[iso(cons), iso(sd)]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_network_payment_summary_member_id_cell_under_page_one_heading", "born_digital",
             [born_summary(rng)]),
        Item(F + "scan_four_page_survivor_letter_back_pain_not_certifiable", "scan_clean_300",
             [scan_survivor_letter(rng)]),
    ]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_billing_office_transmittal_comp_carrier_first_then_rehab_approval",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "phone_es_carta_endoscopia_fuera_de_la_red_sin_aprobacion", "phone_photo", [phone_es_network(rng)]),
        Item(F + "lowres_pharmacy_manager_letter_claim_no_in_subject_bone_drug_not_certified", "scan_lowres_150",
             [lowres_pharmacy(rng)]),
        Item(F + "rotated_sinus_dilation_request_not_medically_necessary_two_signers", "rotated",
             [rotated_mednec(rng)]),
        Item(F + "finefax_sleep_lab_determination_boxes_amount_wraps_no_authorization", "fax_fine_g4",
             [finefax_sleep(rng)]),
    ]
    return items
