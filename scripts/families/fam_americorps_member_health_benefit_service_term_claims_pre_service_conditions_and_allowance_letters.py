"""The AmeriCorps member health benefit as an invented administrator sends its papers.

Public papers mirrored (structure and plain wording style only): the member health benefit AmeriCorps pays for its
full-time national service members (VISTA and NCCC) with money Congress appropriates, run by an administrator on the
program's behalf. The public papers describe two choices: a limited Health Benefit Plan for members with no other
coverage (care for illness and injury during the term of service; most conditions that began before service and
routine preventive care are not paid; a network of doctors and pharmacies), and a Healthcare Allowance for members
who keep other coverage (it repays, after the main plan, the member's own share up to a yearly cap). Coverage runs
only for the term of service; a member may take a 60-day temporary enrollment at the start of service while looking
for other coverage, and no claim is handled without the member's plan selection on file. The administrator
(Vantbridge Benefit Administrators), every member, provider, pharmacy, address, identifier shape (participant ID
"V25-4418-0735" / "N25-...", ICN of 13 digits, DCN "26-087-04512", tracking "HCA-", review "RV-", control number
"PA-"), code, amount, the 90-day limit for bills, the 180/120/90/60-day review limits and every date are invented;
the 60-day temporary enrollment is the public program's. Phones use 555. No heading names the kind of refusal; each
reason is told in plain words.

Documents (8 in 7 files):
- born_digital_statement_therapy_visits_after_service_ended: a two-page claim statement with the member's name and
  ID at the top of every page, three claims (an urgent care visit and three therapy visits paid with the network
  discount in parentheses, four later therapy visits not paid under code E7 whose legend on page 2 says the service
  term ended before them), a statement total that is not the refused claim, a mailed date beside the statement
  date, "Form VBA-CS2 (rev. 03/2025)" in the footer; "within 180 days of the statement date" (eligibility, eob).
- clean_two_column_knee_surgery_injury_before_service_began: a letter whose left column holds the participant ID,
  the DCN, the decision and mailing dates and the phone, fax and TTY lines with a phone call's reference; the knee
  surgery's charge only in a sentence ("we cannot pay the $14,260.00 ..."), the reason told as "the knee was hurt and
  treated before your first day of service"; "postmarked within 180 days of the decision date" (not_covered).
- lowres_allowance_form_main_plan_statement_missing: a Healthcare Allowance decision form at 150 dpi: numbered form
  cells ("Enrollee identifier", "Tracking no."), a row of decision boxes where only the ticked "Not approved" says
  the decision, a reason checklist (the main plan's statement never came), two visits in the "week of February 9,
  2026", a later date to send the statement as a decoy, a scan line of digits; "within 90 days of the date of
  decision (item 5)" (other).
- photocopy_review_upheld_hospital_bill_sent_after_90_days: a two-page review decision (NCCC member) whose facts
  (admitted "01.08.26", discharged "01.10.26", billed, ICN, review no.) sit in a table at the bottom of page 2; the
  hospital's bill reached the administrator 114 days after discharge; a further review "within 60 days from the date
  of this decision" (timely_filing).
- phone_es_inscripcion_temporal_terminada_visita_abril: a photographed Spanish letter to a VISTA member in Puerto
  Rico: the 60-day temporary enrollment ended on March 12 with no plan selection on file, the April 3 visit came
  after it; decision date and a later mailing date; "dentro de los 120 días siguientes a la fecha de la decisión"
  (eligibility).
- rotated_coverage_dates_confirmation_early_exit: a letter fed sideways confirming an NCCC member's coverage dates
  after leaving service early, small-capital captions on the left margin with values at the right of ruled boxes
  ("Certificate no."), a contact column; a "tell us within 30 days" correction line as a decoy; denies nothing.
- faxfine_stack_cover_pharmacy_outside_network_then_mri_request_page2_sideways: a fax cover sheet, a one-page letter
  (captions "Subscriber no.", "Ref#", an Rx number as a decoy) refusing to repay a prescription filled at a pharmacy
  outside the plan's network, "Write to us by July 6, 2026" (out_of_network); then a two-page answer to a request to
  approve a lumbar MRI (control number, the doctor's findings told in plain words: three weeks of pain, no weakness,
  nothing tried yet), page 2 fed sideways holding the request summary and the review rights "within 180 days of the
  date at the top of page 1" (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famjc import (EFSheet, abbr, dots, es_date, es_wday, local, long, n2, paren,
                               people, scan_digits, slash, toll, usd, wd_md, week_of)
from public_kit import digits, m2, out, plus, truth

FAMILY = "americorps_member_health_benefit_service_term_claims_pre_service_conditions_and_allowance_letters"
LANG = "en"
SEED = 354952
INS = "Vantbridge Benefit Administrators"
PROGRAM = "AmeriCorps Member Health Benefit Program"
ALT = ["Vantbridge", "Vantbridge Benefit Administrators, Inc.", "AmeriCorps", PROGRAM,
       "AmeriCorps VISTA Health Benefit Plan", "AmeriCorps Health Benefit Plan"]
ADDR = ["P.O. Box 47310", "Sioux Falls, SD 57186-7310"]
SUB = "Administrator of the AmeriCorps Member Health Benefit Program for VISTA and NCCC members"
GROUP = "AC-60417"
COTTON = "Cottonwood Flats Physical Therapy"
REDBUD = "Redbud Draw Urgent Care"
MESQ = "Mesquite Arroyo Surgery Center"
SWEET = "Sweetwater Draw Family Medicine"
LANTANA = "Lantana Community Hospital"
CEIBA = "Centro Médico Ceiba Alta"
LOBLOLLY = "Loblolly Row Pharmacy"
FALLOW = "Fallow Creek Imaging"


def pid(rng, corps: str = "V", year: str = "25") -> str:
    """The participant ID: corps letter and the year the term began, then two groups of four digits."""
    return f"{corps}{year}-{digits(rng, 4)}-{digits(rng, 4)}"


def icn(rng, day: dt.date) -> str:
    """Internal control number: 2-digit year, day of year, then 8 digits (13 in all)."""
    return f"{day.strftime('%y')}{day.timetuple().tm_yday:03d}{digits(rng, 8)}"


def _head(p: EFSheet, rng, es: bool = False):
    sub = ("Administrador del Programa de Beneficio de Salud para Miembros de AmeriCorps (VISTA y NCCC)" if es
           else SUB)
    p.word_head(INS, sub, [*ADDR, f"Member Services {toll(rng, '855')}", f"Fax {toll(rng, '855')}  |  TTY 711"])


def _addr(rng, pr: bool = False) -> list[str]:
    if pr:
        return [f"Calle {rng.choice(['Los Robles', 'Almácigo', 'Flamboyán', 'Guayacán'])} {rng.randint(3, 98)}",
                f"Urb. {rng.choice(['Monte Verde', 'Villa Carmen', 'Brisas del Río'])}",
                f"{rng.choice(['Manatí, PR 00674', 'Cayey, PR 00736', 'Aibonito, PR 00705'])}"]
    town = rng.choice(["Alamosa, CO 81101", "Silver City, NM 88061", "Hobbs, NM 88240", "Durango, CO 81301",
                       "Farmington, NM 87401", "Trinidad, CO 81082"])
    street = rng.choice(["Calle Ocho Ln", "W Railroad Ave", "Cedar Mesa Dr", "Pinon Hills Blvd", "E Fourth St Apt 2"])
    return [f"{rng.randint(110, 2980)} {street}", town]


# --- 1. claim statement: therapy visits after the term ended (born digital, 2 pages) ------------------------------
def bd_statement(rng):
    member, therapist, uc_doc = people(rng, 3, sex="F..")
    mid = pid(rng)
    sd = dt.date(2026, 4, 15)
    mailed = dt.date(2026, 4, 17)
    start, end = dt.date(2025, 3, 17), dt.date(2026, 3, 13)
    uc = dt.date(2026, 2, 21)
    pt_in = [dt.date(2026, 3, 5), dt.date(2026, 3, 10), dt.date(2026, 3, 12)]
    pt_out = [dt.date(2026, 3, 17), dt.date(2026, 3, 19), dt.date(2026, 3, 24), dt.date(2026, 3, 26)]
    c1, c2, c3 = icn(rng, dt.date(2026, 3, 2)), icn(rng, dt.date(2026, 3, 20)), icn(rng, dt.date(2026, 4, 2))
    p = EFSheet(footer="Page {n} of {nb}", footer_left=f"Form VBA-CS2 (rev. 03/2025)    Mailed {slash(mailed)}",
                top=f"{member}   |   Participant ID {mid}   |   Claim statement {slash(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(0, 7, "Claim Statement", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4, "This is not a bill. It shows what the plan did with the claims it received for you.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in [member, *_addr(rng)]:
        p.line(ln, 9.6)
    p.set_xy(p.l_margin + W * 0.48, y0)
    p.pairs([("Statement date", slash(sd)), ("Participant ID", mid), ("Group no.", GROUP),
             ("Plan code", "HBP-V25"), ("Service term", f"{slash(start)} to {slash(end)}")],
            label_w=30, size=8.8, x=p.l_margin + W * 0.48, h=4.6)
    p.ln(3)
    head = ["Date", "Service", "Code", "Billed", "Network discount", "Allowed", "Plan paid", "You may owe", "Note"]
    widths = [16, 50, 12, 18, 20, 18, 18, 20, W - 172]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    tot_billed = 0.0

    def claim(no, prov, doc, lines):
        nonlocal tot_billed
        p.f(8.4, "B")
        p.set_fill_color(234, 234, 234)
        p.cell(W, 5, f" ICN {no}     {prov}     {doc}", fill=True, new_x="LMARGIN", new_y="NEXT")
        p.set_fill_color(255, 255, 255)
        rows, sums = [], [0.0] * 5
        for d, svc, code, billed, disc, note in lines:
            if note == "E7":
                vals = [billed, 0.0, 0.0, 0.0, billed]
                cells = [n2(billed), "0.00", "0.00", "0.00", n2(billed)]
            else:
                allowed = round(billed - disc, 2)
                vals = [billed, disc, allowed, allowed, 0.0]
                cells = [n2(billed), paren(disc), n2(allowed), n2(allowed), "0.00"]
            sums = [a + b for a, b in zip(sums, vals)]
            rows.append([d.strftime("%m/%d/%y"), svc, code, *cells, note])
        tot_billed += sums[0]
        p.ledger(head, rows, widths, aligns=aligns, size=7.6,
                 totals=["", "Claim total", "", n2(sums[0]), paren(sums[1]) if sums[1] else "0.00", n2(sums[2]),
                         n2(sums[3]), n2(sums[4]), ""], row_h=4.5)
        return sums

    claim(c1, REDBUD, f"{uc_doc}, PA-C", [(uc, "Office visit, new patient", "99203", 245.00, 62.40, "P1"),
                                         (uc, "X-ray, ankle, 3 views", "73610", 118.00, 31.86, "P1")])
    claim(c2, COTTON, f"{therapist}, DPT",
          [(d, "Therapeutic exercise, 2 units", "97110", 164.00, 41.00, "P1") for d in pt_in])
    s3 = claim(c3, COTTON, f"{therapist}, DPT",
               [(d, "Therapeutic exercise, 2 units", "97110", 164.00, 0.0, "E7") for d in pt_out])
    p.f(8.8, "B")
    p.cell(W * 0.7, 5.6, "Statement totals, all claims above:  billed", align="R")
    p.cell(W * 0.3, 5.6, usd(tot_billed), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("The notes in the last column are explained on the next page. Amounts in parentheses are discounts the "
           "network provider agreed to; you do not owe them.", 8.8)
    p.add_page()
    p.bar("What the notes mean", size=9.4)
    p.reasons([("P1", "Paid at the network rate for care received during your term of service."),
               ("E7", f"This care was given after {long(end)}, the last day of your AmeriCorps service. The plan pays "
                      "only for care you receive while you are serving, so nothing was paid for these visits. The "
                      "therapy office may bill you for them.")], size=9.2)
    p.para(f"Your term of service shown on page 1 ended on {long(end)}. If your term was extended, or you began a new "
           "term, ask your supervisor to send the new dates to AmeriCorps; we will look at these visits again once "
           "the dates reach us.", 9.4)
    p.bar("If you disagree", size=9.4)
    p.para("You or someone you name in writing may ask us to review any claim on this statement. Write to us "
           "within 180 days of the statement date and tell us why you think we are wrong; include anything that "
           "helps, such as a letter from your supervisor about your service dates. Send it to the address at the top "
           "of page 1 or fax it to the number there.", 9.4)
    p.para("We will send you our answer in writing within 30 days after we get your request. Copies of the papers "
           "we used are free if you ask for them.", 9.4)
    p.bar("Other help", size=9.4)
    p.para("When your AmeriCorps service ends, so does this benefit. You may be able to enroll in a plan through the "
           "Health Insurance Marketplace or your state's Medicaid program; leaving service is a reason you may "
           "enroll outside the usual season.", 9.0)
    p.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
           "Llame a Member Services (TTY 711).", 8.2)
    t = truth("eob", "eligibility", insurer=INS, plan_id="HBP-V25", group=GROUP, member_id=mid, member_name=member,
              cases=[c3], claim_amount=m2(s3[0]), service_dates=[f"{pt_out[0].isoformat()}/{pt_out[-1].isoformat()}"],
              denial_date=sd.isoformat(), provider=COTTON, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [f"{therapist}, DPT", therapist],
                          "service_dates": [[d.isoformat() for d in pt_out]], "plan_id": [None, "HBP"]},
              denial_alternates=["not_covered"])
    return out(p), t


# --- 2. two-column letter: knee surgery, injury before service (clean scan) ---------------------------------------
def clean_knee(rng):
    member, surgeon, reviewer, ortho_then = people(rng, 4, sex="M...")
    mid = pid(rng, "V", "26")
    dcn = f"26-{rng.randint(80, 99):03d}-{digits(rng, 5)}"
    call = f"0406-{digits(rng, 4)}"
    decided, mailed = dt.date(2026, 4, 9), dt.date(2026, 4, 13)
    began = dt.date(2026, 1, 12)
    surg = dt.date(2026, 3, 27)
    amt = 14260.00
    p = EFSheet(footer="Page {n} of {nb}", footer_left="VBA-L12 (rev. 03/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    for ln in [member, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(5)
    side = [("Participant ID", mid), ("DCN (claim)", dcn), ("Decision date", long(decided)),
            ("Date mailed", long(mailed)), ("Member Services", toll(rng, "855")), ("Fax", local(rng, "605")),
            ("TTY", "711"), ("Your call of April 6, ref.", call)]
    paras = [
        f"Dear {member.split()[0]} {member.split()[-1]}:",
        f"We have finished looking at the claim {MESQ} sent us for the surgery Dr. {surgeon} did on your right knee "
        f"on {long(surg)}. We are sorry to tell you that we cannot pay the {usd(amt)} the surgery center billed.",
        f"Why: your health benefit pays for an illness or injury that starts while you are serving. Your first day "
        f"of service was {long(began)}. The notes Dr. {surgeon} sent say that you hurt this knee playing soccer in "
        f"November 2025, that Dr. {ortho_then} saw you for it twice before you started, and that the surgery "
        "repaired that same injury. Care for a problem that began before service is not one of the things this "
        "benefit pays for, except in the few cases listed in Section 3 of your Member Guide, and a knee injury is "
        "not one of them.",
        f"Our nurse reviewer, {reviewer}, RN, read the notes; you may have a free copy of everything we used.",
        "If you think we have this wrong, for example because the injury in November was to the other knee, you or "
        "someone you name may ask for a review. Your request must be postmarked within 180 days of the decision "
        "date shown at left. Send it to the address above with any records you want us to read.",
        "The surgery center may send you a bill. You can show it this letter, and you may ask it for a payment plan.",
        "Member Services",
    ]
    p.two_col(side, paras, side_w=56, size=9.6, title="About this letter")
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[dcn],
              claim_amount=m2(amt), service_dates=[surg.isoformat()], denial_date=decided.isoformat(), provider=MESQ,
              appeal_deadline=plus(decided, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}", surgeon]},
              denial_alternates=["eligibility"])
    return out(p), t


# --- 3. Healthcare Allowance decision form: main plan's statement missing (150 dpi) --------------------------------
def lowres_form(rng):
    member, doc, clerk = people(rng, 3)
    mid = pid(rng, "V", "25")
    trk = f"HCA-{digits(rng, 6)}"
    got, decided = dt.date(2026, 3, 2), dt.date(2026, 3, 18)
    mon = dt.date(2026, 2, 9)
    v1, v2 = dt.date(2026, 2, 10), dt.date(2026, 2, 12)
    l1, l2 = 142.60, 175.80
    scan = f"> {mid.replace('-', '')}  {trk[4:]}  {decided.strftime('%y%m%d')}  {scan_digits(rng, [9, 2])} <"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form HCA-R4 (rev. 03/2025)", scan=scan)
    p.set_auto_page_break(True, margin=26)
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(0, 7, "Healthcare Allowance  -  Reimbursement Decision", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.form_fields([[("Enrollee name", member, W * 0.5), ("Enrollee identifier", mid, W * 0.5)],
                   [("Tracking no.", trk, W * 0.34), ("Date received", slash(got), W * 0.33),
                    ("Date of decision", slash(decided), W * 0.33)],
                   [("Plan code", "HCA-V25", W * 0.34), ("Group no.", GROUP, W * 0.33),
                    ("Main health plan", "Parent's employer plan", W * 0.33)]], size=9.6)
    p.decision_form("9. Decision", [(False, "Approved - payment sent"), (False, "Approved in part - see lines"),
                                    (True, "Not approved at this time")], size=9.4)
    p.checks("10. Reason (see the box ticked)", [
        (False, "The expense is not one the Allowance repays."),
        (True, "We need the statement from your main health plan (its Explanation of Benefits) showing what it "
               "paid for these visits and what is left for you to pay. It was not with your request."),
        (False, "The care was before or after your term of service."),
        (False, "You have used the whole Allowance for your term."),
    ], size=9.2)
    p.f(9.2, "B")
    p.cell(0, 5.5, f"11. What you sent: receipts for care in the {week_of(mon)}", new_x="LMARGIN", new_y="NEXT")
    p.table(["Date of care", "Provider", "What for", "Your cost asked"],
            [[slash(v1), SWEET, f"Office visit, Dr. {doc}", n2(l1)],
             [slash(v2), SWEET, "Blood tests", n2(l2)],
             ["", "", "Total asked", n2(l1 + l2)]],
            [25, 58, 70, W - 153], size=8.8, aligns=["L", "L", "L", "R"])
    p.para("The Allowance pays after your main plan. Without the main plan's statement we cannot tell what part of "
           "these costs is yours. Send the statement by May 29, 2026, with this form's tracking number on it, and we "
           "will take up the request again without a new form.", 9.2)
    p.para("If you think this decision is wrong, ask for a review within 90 days of the date of decision (item 5). "
           f"Write to the address above or fax Member Services. Processed by {clerk}.", 9.2)
    t = truth("denial_letter", "other", insurer=INS, plan_id="HCA-V25", group=GROUP, member_id=mid,
              member_name=member, cases=[trk], claim_amount=m2(l1 + l2),
              service_dates=[f"{v1.isoformat()}/{v2.isoformat()}"], denial_date=decided.isoformat(), provider=SWEET,
              appeal_deadline=plus(decided, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}", doc],
                          "service_dates": [[v1.isoformat(), v2.isoformat()]], "plan_id": [None]})
    return out(p), t


# --- 4. review decision, bill sent late; facts at the bottom of page 2 (photocopy) ---------------------------------
def photocopy_review(rng):
    member, officer = people(rng, 2)
    mid = pid(rng, "N", "25")
    adm, dis = dt.date(2026, 1, 8), dt.date(2026, 1, 10)
    arrived = dt.date(2026, 5, 4)
    first = dt.date(2026, 5, 7)
    asked = dt.date(2026, 5, 11)
    decided = dt.date(2026, 5, 28)
    no = icn(rng, arrived)
    rv = f"RV-26-{digits(rng, 4)}"
    amt = 3918.75
    p = EFSheet(footer="Page {n} of {nb}", footer_left="VBA-RD1 (rev. 03/2025)",
                top=f"{member.upper()}  -  PARTICIPANT ID {mid}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(long(decided), 10)
    p.ln(3)
    for ln in [member, "c/o AmeriCorps NCCC Southwest Region Campus", *_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Your request for a review: our decision", 11.5, "B")
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to look again at the hospital bill from {LANTANA} for your stay from January 8 through "
           f"January 10, 2026, when you were admitted from the emergency room with appendicitis. We had told you on "
           f"{long(first)} that the plan would not pay it. A different reviewer, {officer}, has now gone over the "
           "claim, your letter and the hospital's answers. The decision stays the same.", 10)
    p.para("Here is why. The plan pays a bill only if it reaches us within 90 days after the care ends, or after "
           f"the day you leave the hospital. You left the hospital on {long(dis)}. The hospital's bill reached us on "
           f"{long(arrived)}, which was 114 days later.", 10)
    p.para("Your letter says the hospital told you in February that it had sent the bill. The hospital's own "
           "records show that it first mailed the bill to a plan you had before your service, which returned it. "
           "Sending a bill to the wrong plan does not extend the 90 days. Nothing we received shows that the bill "
           "could not have been sent to us on time.", 10)
    p.add_page()
    p.para(f"What this means for you: {LANTANA} is in the plan's network. Its agreement with the network says it "
           "may not bill a member for a claim it sent too late. If the hospital bills you, send us the bill and we "
           "will write to the hospital.", 10)
    p.para("If you still disagree, you may ask the AmeriCorps Member Health Benefit office for a final review. "
           "Send your written request to us; it must reach us within 60 days from the date of this decision, and we "
           "will pass it on. After that review there are no further steps in the plan.", 10)
    p.para("You may have, free of charge, copies of everything we looked at. Call Member Services or write to us.", 10)
    p.para(f"Sincerely,\n\n{officer}\nReview Unit", 10)
    p.set_y(max(p.get_y() + 8, p.h - 96))
    p.bar("The claim reviewed", size=9.6)
    p.boxed_pairs([("Member", member), ("Participant ID", mid), ("Provider", LANTANA),
                   ("Admitted", dots(adm)), ("Discharged", dots(dis)), ("Amount billed", n2(amt)),
                   ("ICN", no), ("Review no.", rv), ("First decision", slash(first)),
                   ("Your request arrived", slash(asked))], label_w=58, size=9.2, h=6.0)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=member, cases=[no, rv],
              claim_amount=m2(amt), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=decided.isoformat(), provider=LANTANA, appeal_deadline=plus(decided, 60).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[no], [rv]]})
    return out(p), t


# --- 5. Spanish letter: temporary enrollment ended, April visit (phone photo) --------------------------------------
def phone_es(rng):
    member, = people(rng, 1, es=True)
    mid = pid(rng, "V", "26")
    dcn = f"26-{rng.randint(100, 130):03d}-{digits(rng, 5)}"
    began = dt.date(2026, 1, 12)
    ended = plus(began, 59)
    visit = dt.date(2026, 4, 3)
    decided, mailed = dt.date(2026, 4, 20), dt.date(2026, 4, 22)
    amt = 240.00
    p = EFSheet(footer=None, footer_left="VBA-L12S (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, es=True)
    for ln in [member, *_addr(rng, pr=True)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.pairs([("Número de participante", mid), ("Núm. de control (DCN)", dcn),
             ("Fecha de la decisión", es_date(decided)), ("Fecha de envío", es_date(mailed))], label_w=56, size=10.4,
            h=5.8)
    p.ln(2)
    p.line("Aviso sobre su reclamación", 12.5, "B")
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10.5)
    p.para(f"Recibimos la factura del {CEIBA} por la consulta del {es_wday(visit)}, por un total de US$ {n2(amt)}. "
           "No podemos pagarla.", 10.5)
    p.para(f"Al comenzar su servicio con AmeriCorps VISTA el {es_date(began)}, usted escogió la inscripción "
           f"temporal de 60 días mientras buscaba otra cobertura. Ese período terminó el {es_date(ended)}. Desde "
           "entonces no nos ha llegado su formulario de selección de plan, de modo que después de esa fecha usted "
           "no tenía beneficio activo con nosotros, y la consulta fue posterior.", 10.5)
    p.para("Si envió el formulario y cree que se perdió, o si tiene otro seguro que debió pagar primero, díganos. "
           "Puede pedir una revisión dentro de los 120 días siguientes a la fecha de la decisión que aparece "
           "arriba. Escriba a la dirección del membrete o llame a Servicios al Miembro.", 10.5)
    p.para("Atentamente,\nServicios al Miembro", 10.5)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=member, cases=[dcn],
              claim_amount=m2(amt), service_dates=[visit.isoformat()], denial_date=decided.isoformat(),
              provider=CEIBA, appeal_deadline=plus(decided, 120).isoformat(), lang="es",
              alternates={"insurer": ALT},
              denial_alternates=["other"])
    return out(p), t


# --- 6. coverage dates confirmation, early exit (rotated; denies nothing) -----------------------------------------
def rotated_confirm(rng):
    member, signer = people(rng, 2)
    mid = pid(rng, "N", "26")
    cert = f"COC-{digits(rng, 7)}"
    began, left = dt.date(2026, 2, 2), dt.date(2026, 6, 5)
    ld = dt.date(2026, 6, 19)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="VBA-COC (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [member, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Confirmation of your health benefit dates", 12, "B")
    p.ln(3)
    p.sc_boxes([("Participant ID", mid), ("Certificate no.", cert), ("Corps", "AmeriCorps NCCC, Class 32"),
                ("Plan code", "HBP-N26"), ("Benefit began", long(began)), ("Benefit ended", long(left))],
               cap_w=48, size=10)
    p.contact_col([("Questions:", "Member Services"), ("Hours:", "8 a.m. to 6 p.m. Central")],
                  [("Phone", toll(rng, "855")), ("Fax", local(rng, "605")), ("TTY", "711")], id_w=96)
    p.para(f"AmeriCorps told us that your service ended on {long(left)}, before the end of your term. Your health "
           "benefit ended the same day. This letter shows the dates you were covered. Keep it: a new health plan, "
           "the Health Insurance Marketplace or your state Medicaid office may ask for it.", 10)
    p.para("Claims for care you received on or before the day your benefit ended will still be handled, as long "
           "as the bills reach us within 90 days after the care.", 10)
    p.para("If a date on this letter is wrong, tell us within 30 days and send a copy of your exit papers.", 10)
    p.para(f"Sincerely,\n{signer}\nEnrollment Services", 10)
    t = truth("other", None, insurer=INS, plan_id="HBP-N26", member_id=mid, member_name=member,
              denial_date=ld.isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[cert]],
                          "service_dates": [[f"{began.isoformat()}/{left.isoformat()}"]], "plan_id": [None]})
    return out(p), t


# --- 7/8. fax stack: pharmacy outside the network, then the lumbar MRI request (page 2 sideways) -------------------
def fax_stack(rng):
    member, prescriber, ortho, md_rev = people(rng, 4)
    mid = pid(rng, "V", "25")
    ref = f"RX-{digits(rng, 7)}"
    rxno = digits(rng, 7)
    fill = dt.date(2026, 4, 14)
    ld1 = dt.date(2026, 5, 7)
    by = plus(ld1, 60)
    amt = 186.42
    addr = _addr(rng)
    a = EFSheet(footer="Page {n} of {nb}", footer_left="VBA-RX3 (rev. 03/2025)")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng)
    a.line(long(ld1), 10.5)
    a.ln(3)
    for ln in [member, *addr]:
        a.line(ln, 10.5)
    a.ln(3)
    a.pairs([("Subscriber no.", mid), ("Ref#", ref), ("Rx no.", rxno)], label_w=34, size=10.4, h=5.8)
    a.ln(2)
    a.para(f"Dear {member}:", 10.5)
    a.para(f"You asked us to repay you for a prescription from Dr. {prescriber} that you filled at {LOBLOLLY} on "
           f"{long(fill)}. We cannot repay the {usd(amt)} you paid there.", 10.5)
    a.para(f"The plan pays for prescriptions filled at pharmacies that have signed on with its pharmacy network. "
           f"{LOBLOLLY} has not, and we found no reason you could not use one that has: there are three within five "
           "miles of your address, and the medicine was not needed the same night. The list is on the back of your "
           "member card and at Member Services.", 10.5)
    a.para("If you think we are wrong, for example because no network pharmacy had the medicine, write to us by "
           f"{long(by)}. Tell us what happened and send any receipt or note from the pharmacy.", 10.5)
    a.para("Member Services", 10.5)
    t1 = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=member, cases=[ref],
               claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=ld1.isoformat(), provider=LOBLOLLY,
               appeal_deadline=by.isoformat(),
               alternates={"insurer": ALT, "provider": [f"Dr. {prescriber}", prescriber]})

    ctl = f"PA-26-{digits(rng, 6)}"
    ld2 = dt.date(2026, 4, 16)
    planned = dt.date(2026, 4, 22)
    onset = dt.date(2026, 3, 23)
    b = EFSheet(footer="Page {n} of {nb}", footer_left="VBA-PA2 (rev. 03/2025)",
                top=f"{member}  |  Subscriber no. {mid}  |  Page {{n}} of {{nb}}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng)
    b.line(long(ld2), 10.5)
    b.ln(3)
    for ln in [member, *addr]:
        b.line(ln, 10.5)
    b.ln(3)
    b.pairs([("Control number", ctl), ("Requested by", f"Dr. {ortho}")], label_w=36, size=10.4, h=5.8)
    b.ln(2)
    b.line("Answer to a request for approval before care", 11.5, "B")
    b.ln(2)
    b.para(f"Dear {member}:", 10.5)
    b.para(f"Dr. {ortho} asked us to approve an MRI of your lower back at {FALLOW}, planned for {long(planned)}. We "
           "have not approved it.", 10.5)
    b.para(f"Our doctor, Dr. {md_rev}, read Dr. {ortho}'s notes. They say your back pain began about "
           f"{abbr(onset)}, after moving furniture, that it does not go down your legs, and that you have no "
           "weakness, numbness or trouble with bladder or bowels. No treatment has been tried yet. For back pain "
           "like this, most people get better within six weeks with exercise, heat and over-the-counter medicine, "
           "and a scan this early does not change the care. If the pain lasts past six weeks of that care, or any "
           "of those warning signs appear, your doctor can ask again and we will look at it quickly.", 10.5)
    b.para("The request, and what you can do if you disagree, are on the next page.", 10.5)
    b.add_page()
    b.bar("Request summary", size=10)
    b.boxed_pairs([("Control number", ctl), ("Patient", member), ("Service asked for",
                                                                   "MRI lumbar spine without contrast (72148)"),
                   ("Where", FALLOW), ("Planned date", f"{wd_md(planned)}/26"),
                   ("Requested by", f"Dr. {ortho}"), ("Answer", "Not approved")], label_w=52, size=10, h=6.6)
    b.bar("If you disagree", size=10)
    b.para("You or Dr. " + ortho.split()[-1] + " may ask for a review within 180 days of the date at the top of "
           "page 1. If waiting could seriously harm your health, ask for a fast review; we answer those within 72 "
           "hours.", 10.5)
    b.para("You may have, free of charge, the notes and the guideline our doctor used.", 10.5)
    t2 = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=member, cases=[ctl],
               service_dates=[planned.isoformat()], denial_date=ld2.isoformat(), provider=f"Dr. {ortho}",
               appeal_deadline=plus(ld2, 180).isoformat(),
               alternates={"insurer": ALT, "provider": [ortho, FALLOW]},
               denial_alternates=["prior_authorization"])
    return [(out(a), t1), (out(b), t2)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_statement_therapy_visits_after_service_ended", "born_digital", [bd_statement(rng)]),
        Item(F + "clean_two_column_knee_surgery_injury_before_service_began", "scan_clean_300", [clean_knee(rng)]),
        Item(F + "lowres_allowance_form_main_plan_statement_missing", "scan_lowres_150", [lowres_form(rng)]),
        Item(F + "photocopy_review_upheld_hospital_bill_sent_after_90_days", "photocopy", [photocopy_review(rng)]),
        Item(F + "phone_es_inscripcion_temporal_terminada_visita_abril", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_coverage_dates_confirmation_early_exit", "rotated", [rotated_confirm(rng)]),
        Item(F + "faxfine_stack_cover_pharmacy_outside_network_then_mri_request_page2_sideways", "fax_fine_g4",
             fax_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
