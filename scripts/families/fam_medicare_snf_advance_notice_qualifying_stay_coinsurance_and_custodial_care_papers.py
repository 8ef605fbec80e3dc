"""Papers mirrored (structure and plain wording style only) from Medicare's Skilled Nursing Facility Advance
Beneficiary Notice of Non-coverage (SNF ABN, form CMS-10055) and the papers a skilled nursing facility's residents get
around it: the facility's own notice and statement, a Beneficiary and Family Centered Care QIO's fast-review decision,
a Medicare Administrative Contractor's claim decisions and redetermination, a Qualified Independent Contractor's
reconsideration. Public rules used as themselves: Medicare Part A pays for a skilled nursing facility stay only after
an inpatient hospital stay of at least three days (midnights after the inpatient order; time under observation does
not count) and when the facility stay begins within 30 days of leaving the hospital; up to 100 days in a benefit
period, the first 20 with no coinsurance and days 21-100 at $217.00 a day in 2026; a benefit period ends after 60 days
in a row without inpatient hospital or skilled nursing care; Medicare does not pay a nursing home for care that needs
no nurse's or therapist's daily skill (bathing, dressing, moving, taking medicines: custodial care); a physician or
practitioner must certify the need for daily skilled care when the stay begins and recertify by the 14th day; the
SNF ABN's three options (option 1 has the facility bill Medicare for an official decision); the fast review by the
QIO and its noon-of-the-next-day reconsideration; the redetermination within 120 days and the reconsideration within
180 days of receiving a decision, and the ALJ hearing within 60 days, receipt presumed five days after the date.
Every facility, hospital, contractor and QIO name, person, number, code, address, price, form number and revision
date is invented (phones 555). No heading names the kind of refusal; each reason is put in plain words.

Documents (8 in 7 files):
- born_digital_advance_notice_aide_help_only_option_one_ticked: the facility's advance notice (denies nothing): captions
  in small capitals on the left margin with values at the right of ruled boxes (Notifier, Resident, Beneficiary
  number, a resident account no. as decoy), a running line with name and number on both pages, a wrapped table of the
  care, the reason (help that aides give) and the estimated daily cost (decoy), option 1 ticked, the facility's form
  number with a revision date in the footer.
- finefax_qio_fast_review_decision_box_ticked_care_ends: a fine-fax QIO decision form whose ticked box says the
  facility was right and Medicare stops paying after "Tue 05/12/26"; ids beside a phone / fax / TTY column, the
  resident's call with its reference number (decoy), a private daily rate (decoy); only the next-day reconsideration
  (expedited: no deadline).
- photocopy_redetermination_two_inpatient_midnights_facts_table_page2: a photocopied two-page redetermination (a MAILED
  stamp with a later date as decoy, a running line on both pages) upholding the refusal of a stay "from 3/7 through
  3/27/2026" because the inpatient order came on the hospital's third day; the refused amount only in a sentence on
  page 1; the claim's ICN, the hospital dates ("03.03.26") and the billed amount in a table at the bottom of page 2;
  "If you file it by <date>, it will be on time".
- faxstd_medical_review_to_facility_recertification_never_received: a standard-fax medical review letter to a facility
  (DCN of the records request, ICN, CCN and NPI as decoys, a call's Ref#) paying April 1-14 and refusing April 15-30
  because the doctor's second signed statement never came; weekly rows with dates, the refused part only in a
  sentence, a claim total that is not the refused amount; "must reach us by <date>".
- phone_es_carta_ingreso_mas_de_30_dias_despues_del_hospital: a photographed Spanish letter refusing a stay "del 4 al
  19 de mayo de 2026" because it began 41 days after the hospital discharge; ids beside a phone / fax / TTY column, a
  scan line of digits; "Tiene hasta el <fecha>".
- rotated_demand_bill_decision_two_column_sidebar_aide_care: a two-column letter with a sidebar (ids, phone, fax, TTY),
  fed turned, refusing "from 5/15 through 5/31/2026" after an SNF ABN's option 1 because only aide help was given;
  the claim control number; "within 120 days after you receive this letter", receipt presumed five days after the date
  printed at the top (date + 125; null accepted).
- scan_stack_facility_statement_duplex_then_qic_reconsideration_day_101_sideways: a clean-scan stack of the facility's
  statement to the resident's son (coinsurance days at 217.00, a supplement's payment "2,170.00 CR", a payment
  "(434.00)", private days after day 100, a balance line; denies nothing), its duplex back, and the QIC's two-page
  reconsideration (page 2 fed sideways) keeping the refusal of the days after the 100th of the benefit period (ALJ
  hearing "within 60 days after you receive": null).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famjf import (EFSheet, cr, dots, es_date, es_dm, icn, long, mbi, md, mid_address, mon_th,
                               n2, npi, paren, people, phone, plus, scan_digits, slash, thru, tollfree, usd,
                               week_of, wlong, workday)
from public_kit import digits, m2, out, truth

FAMILY = "medicare_snf_advance_notice_qualifying_stay_coinsurance_and_custodial_care_papers"
LANG = "en"
SEED = 354955
MEDICARE = "Medicare"
MAC = "Tillinghast Government Medical Services"
MAC_ALT = ["Medicare", "Tillinghast Government Medical Services, LLC", "Tillinghast GMS"]
QIO = "Harrowgate Beneficiary Care QIO"
QIC = "Foxmoor Reconsideration Services"
SNF_ABN = "Larchmont Glen Nursing and Rehabilitation"
SNF_QIO = "Hartwell Commons Skilled Nursing Center"
SNF_REDET = "Pell River Health and Rehabilitation"
SNF_MR = "Bramblewood Transitional Care Center"
SNF_ES = "Saint Odile Nursing Pavilion"
SNF_ROT = "Cobb Hill Care Center"
SNF_STACK = "Wrenfield Manor Health Care Center"
HOSP = ["Coldbrook Valley Hospital", "Ashgrove Memorial Medical Center", "Prairie du Lac Community Hospital",
        "Kinnickinnic Regional Hospital"]
COINS = 217.00


def ccn(rng):
    return f"52-5{digits(rng, 3)}"


def mac_head(p, rng, unit):
    p.head(MAC, "TGMS", [f"A Medicare Administrative Contractor  |  {unit}",
                         f"PO Box {rng.randint(7100, 7990)}, Madison, WI 53707-{digits(rng, 4)}  |  "
                         f"{tollfree(rng)}  |  TTY 711"], size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_abn(rng):
    res, dau, att = people(rng, 3)
    m = mbi(rng)
    acct = f"LG-{digits(rng, 6)}"
    adm = dt.date(2026, 4, rng.randint(8, 13))
    last = dt.date(2026, 5, rng.randint(12, 14))
    start = plus(last, 1)
    given = plus(last, -2)
    rate = rng.choice([452.0, 468.0, 475.0])
    hosp = HOSP[0]
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form LG-ABN-2 (rev. 03/2025)",
                every=f"{res}   |   Beneficiary no. {m}   |   page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    p.head(SNF_ABN, "LG", [f"{rng.randint(200, 990)} Larchmont Rd, Baraboo, WI 53913  |  Business office "
                           f"{phone(rng)}  |  Fax {phone(rng)}"], size=12.5)
    p.title_bar("ADVANCE NOTICE: MEDICARE MAY NOT PAY FOR YOUR STAY",
                "Skilled Nursing Facility Advance Beneficiary Notice of Non-coverage (SNF ABN)")
    p.sc_boxes([("Notifier", SNF_ABN), ("Resident", res), ("Beneficiary number", m), ("Resident account", acct),
                ("Notice given", long(given))], cap_w=52)
    p.para(f"**Starting {wlong(start)}, Medicare may not pay for the care described below.** Some care is not paid "
           "by Medicare even when your doctor orders it and you want it. We think this is such care, and we are "
           "telling you now, before it is given, so that you have time to decide what you want.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["The care", "Why we expect Medicare will not pay", "What it may cost you"],
                 [["Your room, meals, nursing and help with daily activities in our facility",
                   "Your therapists have seen you reach the goals they set with you on admission: you walk the hall "
                   "with your walker and you dress yourself with someone standing by. What you still need each day is "
                   "help in the shower, reminders and someone to set up your medicines. Aides give that help; it does "
                   "not need a nurse's or a therapist's skill every day, and Medicare does not pay a nursing home for "
                   "that help alone.",
                   f"{usd(rate)} per day (our private daily rate); pharmacy and supplies extra"]],
                 [W * 0.26, W * 0.52, W * 0.22], size=8.8)
    p.heading("What you need to do now", 10.5)
    p.bullets(["Read the whole notice before you decide.",
               "Call or stop by the business office with any question; a family member may come with you.",
               "Tick one option below. The choice is yours, not ours, and only one box may be ticked."], 9.2)
    p.checks("Options (check one box only)", [
        (True, "OPTION 1. Keep giving me the care and send Medicare a claim so that Medicare itself decides. The "
               "facility may collect from me while Medicare decides. Medicare's notice to me will say how to appeal "
               "if it refuses; if it pays, the facility returns my money except any coinsurance."),
        (False, "OPTION 2. Give me the care but send Medicare no claim. I will pay the facility myself, and with no "
                "claim there is no Medicare decision for me to appeal."),
        (False, "OPTION 3. Stop the care described above. I will owe nothing for it, and nothing goes to Medicare "
                "for me to appeal.")], size=8.8)
    p.add_page()
    p.bar("Additional information")
    p.pairs([("Admitted", f"{slash(adm)}, from {hosp}"),
             ("Last day we expect Medicare to pay", wlong(last)),
             ("Attending physician", f"Dr. {att}"),
             ("Business office", phone(rng)), ("Medicare", "1-800-MEDICARE (TTY 1-877-486-2048)")],
            label_w=72, size=9.2)
    p.ln(2)
    p.para("Only Medicare can decide whether it pays; this notice tells you what we expect. For questions about "
           "Medicare's rules, 1-800-MEDICARE can help. If you ticked option 1, keep this notice; you will want it "
           "beside the summary Medicare mails you after the claim.", 9.2)
    p.para("A signature shows only that the notice was given and explained. It is not agreement that Medicare "
           "will refuse.", 9.2)
    p.sc_boxes([("Signature", f"/s/ {dau} (agent)"), ("Date", slash(given))], cap_w=40)
    p.para("The facility keeps a copy of this notice in the resident's record and gives the resident one.", 7)
    t = truth("other", None, insurer=MEDICARE, member_id=m, member_name=res, service_dates=[start.isoformat()],
              denial_date=given.isoformat(), provider=SNF_ABN,
              alternates={"insurer": [None, SNF_ABN], "service_dates": [[]], "provider": [f"Dr. {att}"]})
    return out(p), t


def finefax_qio(rng):
    res, att, rev, sig = people(rng, 4)
    m = mbi(rng)
    ntc = dt.date(2026, 5, 8)
    last = dt.date(2026, 5, 12)
    asked = dt.date(2026, 5, 11)
    dd = last
    first = plus(last, 1)
    case = f"HQ-2026-{digits(rng, 6)}"
    call = f"{digits(rng, 3)}-{digits(rng, 5)}"
    rate = rng.choice([455.0, 462.0, 480.0])
    fax = f"{slash(dd)} 16:{rng.randint(10, 59)}  HARROWGATE QIO  FAX {phone(rng, '414')}   P.{{n}}/01"
    p = EFSheet(footer=None, footer_left="Form HQ-FR-4 (rev. 03/2025)", fax_hdr=fax)
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(QIO, "HQ", ["Beneficiary and Family Centered Care Quality Improvement Organization (BFCC-QIO)",
                       f"{rng.randint(100, 900)} N Broadway, Suite {rng.randint(2, 9)}00, Milwaukee, WI 53202"],
           size=12)
    p.title_bar("DECISION ON YOUR FAST REVIEW", "You asked us to review your skilled nursing facility's notice "
                "that your Medicare-covered care is ending")
    p.contact_ids([("QIO case no.", case), ("Beneficiary number", m), ("Resident", res),
                   ("Facility", SNF_QIO), ("Facility CCN", ccn(rng))],
                  [("Helpline", tollfree(rng)), ("Fax", phone(rng, "414")), ("TTY", "711"),
                   ("Your call", f"{slash(asked)} 10:20 a.m., ref. {call}")],
                  title_ids="Whose review", title_contacts="How to reach us")
    p.beside([[("Date of decision", slash(dd)), ("Notice from facility", slash(ntc))]], cap_w=30)
    p.decision_boxes("Our decision", [
        (False, "We do not agree with the facility. Medicare may keep paying for your care for now. The facility "
                "must give you a new notice before your covered care ends."),
        (True, f"We agree with the facility. Medicare pays for your stay through {wlong(last)}. From "
               f"{wlong(first)}, Medicare will not pay for your stay."),
        (False, "We could not review your case because your request came after the time limit. The facility may "
                "bill you from the date on its notice.")], size=8.8)
    p.bar("Why")
    p.para(f"Dr. {rev}, a physician who specializes in internal medicine and who was not involved in your care, read "
           f"the records {SNF_QIO} sent us and the notes of your attending physician, Dr. {att}. The therapy notes "
           f"for the {week_of(dt.date(2026, 5, 4))} show that you walk 150 feet with a walker and move from bed to "
           "chair by yourself. The nurses' notes say the wound on your leg has closed and no longer needs dressing. "
           "The help you still need - reminders, help in the shower, someone to set up your pills - can be given "
           "safely by aides and does not need a nurse or therapist each day.", 9.2)
    p.para(f"If you stay in the facility after {slash(last)}, the facility may bill you its daily rate, which it "
           f"told us is {usd(rate)}.", 9.2)
    p.bar("If you disagree")
    p.para("You may ask us to reconsider. Call the helpline by noon of the day after you receive this decision. We "
           "will send a written decision within 14 days of your request. You may also leave the facility and ask "
           "for a review later through Medicare's claims appeal process, using the notice Medicare sends you after "
           "the facility's claim.", 9.2)
    p.signoff(["Harrowgate Beneficiary Care QIO, Review Unit", sig], 9.0)
    t = truth("denial_letter", "level_of_care", insurer=QIO, member_id=m, member_name=res, cases=[case],
              service_dates=[first.isoformat()], denial_date=dd.isoformat(), provider=SNF_QIO,
              alternates={"insurer": [MEDICARE, "Harrowgate QIO"], "service_dates": [[last.isoformat()], []],
                          "provider": [f"Dr. {att}"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_redet(rng):
    res, son, rev, sig, hdoc = people(rng, 5)
    m = mbi(rng)
    hosp = HOSP[1]
    er = dt.date(2026, 3, 3)
    order = dt.date(2026, 3, 5)
    hdis = dt.date(2026, 3, 7)
    sdis = dt.date(2026, 3, 27)
    claim_rec = dt.date(2026, 4, 9)
    nd = workday(dt.date(2026, 6, rng.randint(15, 19)))
    mailed = plus(nd, 3)
    by = plus(nd, 185)
    claim = f"{21}{digits(rng, 11)}"
    appeal = f"RD-{nd:%y}{digits(rng, 7)}"
    days = (sdis - hdis).days
    billed = round(days * rng.choice([698.75, 705.25, 712.50]) + rng.choice([0, 62.5, 118.0]), 2)
    addr = mid_address(rng)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="TG-RD-1 (rev. 03/2025)",
                every=f"{res}  |  {m}  |  Appeal {appeal}  |  page {{n}}")
    p.set_margins(19, 17, 19)
    p.add_page()
    mac_head(p, rng, "Part A Redeterminations")
    y0 = p.get_y()
    p.stamp(f"MAILED {slash(mailed)}", p.w - p.r_margin - 48, y0 + 1, size=10)
    p.set_xy(p.l_margin, y0)
    p.line(f"Date of this notice: {long(nd)}", 10, "B")
    p.ln(3)
    for ln in [f"{son}", f"for {res}", *addr]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Medicare Redetermination Notice", 13)
    p.pairs([("Beneficiary", res), ("Medicare number", m), ("Appeal no.", appeal), ("Facility", SNF_REDET)],
            label_w=38, size=9.6, h=5.0)
    p.ln(2)
    p.para(f"Dear {son}:", 10)
    p.para(f"You asked us to look again at Medicare's decision on the claim {SNF_REDET} sent for {res}'s stay "
           f"{thru(hdis, sdis)}. A person who did not make the first decision reviewed the claim, the facility's "
           f"records and the records of {hosp}.", 10)
    p.para(f"**Our decision is unfavorable.** Medicare still cannot pay the {usd(billed)} the facility billed for "
           "the stay.", 10)
    p.heading("Why", 11)
    p.para("Medicare pays for a stay in a skilled nursing facility only when it follows at least three days as an "
           "inpatient in a hospital, counted in midnights from the doctor's order to admit. Time in the hospital "
           "before that order, even in a hospital bed, counts as outpatient care and does not add to the three days.",
           10)
    p.para(f"{res.split()[0]} came to the emergency room of {hosp} on {mon_th(er)} and stayed under observation. "
           f"Dr. {hdoc} wrote the order for an inpatient admission on the evening of {mon_th(order)}. The move from "
           f"the hospital to the facility was on {mon_th(hdis)}. That is two midnights as an inpatient, one short. "
           "The dates we used are in the table at the end of this notice.", 10)
    p.para("The facility told you before the stay that Medicare might not pay, and you signed its notice, so you "
           "may be billed for the stay.", 10)
    p.add_page()
    p.heading("What you can do next", 11)
    p.para(f"If you disagree, you may ask {QIC}, a Qualified Independent Contractor, for a reconsideration. Use the "
           "enclosed form or write a letter with the beneficiary's name and Medicare number, the appeal number above "
           "and why you disagree. Send any records that you think help, such as an earlier hospital stay we did not "
           "know about.", 10)
    p.para(f"You have 180 days from the day you get this notice. If you file it by {long(by)}, it will be on time. "
           "Mail it to: Foxmoor Reconsideration Services, Part A East, PO Box 3310, Columbus, OH 43216.", 10)
    p.para("If you want someone to act for you, send a signed Appointment of Representative form with your request. "
           f"Questions: call us at {tollfree(rng)} (TTY 711) and give the appeal number.", 10)
    p.para("You may get this notice in large print or another language by calling the number above.", 9)
    p.signoff(["Sincerely,", sig, "Part A Redeterminations"], 9.6)
    p.ln(4)
    p.bar("The dates and the claim we reviewed")
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Date", "What the records show", "Where"],
                 [[dots(er), "Came to the emergency room; placed under observation", hosp],
                  [dots(order), "Doctor's order to admit as an inpatient, 8:40 p.m.", hosp],
                  [dots(hdis), "Left the hospital; admitted to the facility the same day", f"{hosp} / {SNF_REDET}"],
                  [dots(sdis), "Left the facility for home", SNF_REDET]],
                 [W * 0.14, W * 0.52, W * 0.34], size=8.6)
    p.wrap_table(["ICN", "From", "Through", "Received", "Billed", "Medicare paid"],
                 [[claim, slash(hdis), slash(sdis), slash(claim_rec), n2(billed), "0.00"]],
                 [W * 0.26, W * 0.15, W * 0.15, W * 0.15, W * 0.15, W * 0.14], size=8.6,
                 aligns=["L", "L", "L", "L", "R", "R"])
    t = truth("denial_letter", "not_covered", insurer=MAC, member_id=m, member_name=res, cases=[appeal, claim],
              claim_amount=m2(billed), service_dates=[f"{hdis.isoformat()}/{sdis.isoformat()}"],
              denial_date=nd.isoformat(), provider=SNF_REDET, appeal_deadline=by.isoformat(),
              alternates={"insurer": MAC_ALT, "case_numbers": [[appeal], [claim]]},
              denial_alternates=["level_of_care", "eligibility"])
    return out(p), t


def faxstd_medreview(rng):
    res, att, nurse, sig = people(rng, 4)
    m = mbi(rng)
    cfrom = dt.date(2026, 4, 1)
    cthru = dt.date(2026, 4, 30)
    recert = dt.date(2026, 4, 15)
    adr = dt.date(2026, 5, rng.randint(18, 22))
    ld = workday(dt.date(2026, 6, rng.randint(22, 26)))
    by = plus(ld, 125)
    claim = icn(rng, dt.date(2026, 5, 6))
    dcn = f"ADR{digits(rng, 9)}"
    callref = f"{digits(rng, 4)}{digits(rng, 4)}"
    daily = rng.choice([612.0, 628.0, 645.0])
    weeks = [(dt.date(2026, 4, 1), dt.date(2026, 4, 7)), (dt.date(2026, 4, 8), dt.date(2026, 4, 14)),
             (dt.date(2026, 4, 15), dt.date(2026, 4, 21)), (dt.date(2026, 4, 22), dt.date(2026, 4, 28)),
             (dt.date(2026, 4, 29), dt.date(2026, 4, 30))]
    rows, tot, refused = [], [0.0, 0.0], 0.0
    for a, b in weeks:
        nd_ = (b - a).days + 1
        ther = round(nd_ * rng.choice([96.0, 104.0, 118.0]), 2)
        billed = round(nd_ * daily + ther, 2)
        den = a >= recert
        paid = 0.0 if den else round(billed * 0.71, 2)
        if den:
            refused += billed
        tot = [tot[0] + billed, tot[1] + paid]
        rows.append([dots(a), dots(b), str(nd_), "0022 / 0120 / 0420", n2(billed), n2(paid),
                     "MR-14" if den else "PAID"])
    rows.append(["Claim total", "", "30", "", n2(tot[0]), n2(tot[1]), ""])
    refused = round(refused, 2)
    fax = (f"{slash(ld)} 09:{rng.randint(10, 59)}  TGMS MEDICAL REVIEW   {phone(rng, '608')}   "
           "PAGE {n} OF 2")
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form TG-MR-7 (rev. 03/2025)", fax_hdr=fax)
    p.set_margins(17, 15, 17)
    p.add_page()
    mac_head(p, rng, "Medical Review, Part A")
    p.line(f"Letter date: {long(ld)}", 10, "B")
    p.ln(2)
    for ln in [f"{SNF_MR}", "Attn: Business Office / MDS Coordinator", *mid_address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.heading("Results of our review of your claim", 12)
    W = p.w - p.l_margin - p.r_margin
    p.beside([[("Beneficiary", res), ("MBI", m)], [("ICN", claim), ("DCN", dcn)],
              [("Facility CCN", ccn(rng)), ("NPI", npi(rng))], [("Claim from", slash(cfrom)), ("Through", slash(cthru))]],
             cap_w=24, size=8.8)
    p.para(f"We asked you on {slash(adr)} (records request DCN {dcn}) for the records that support this claim for "
           f"{res}'s stay, which began on {slash(cfrom)}. We received nursing notes, the therapy logs and the assessment. We also received the "
           f"statement Dr. {att} signed when the stay began. It said daily skilled care was needed.", 9.6)
    p.para(f"Medicare also needs the doctor's second signed statement, due by the 14th day of the stay, saying that "
           f"daily skilled care was still needed. That statement was not in the records you sent, and your staff "
           f"member {nurse} told us by phone (Ref# {callref}) that it could not be found. We paid the days from "
           f"{slash(cfrom)} through {slash(plus(recert, -1))}. We cannot pay the {usd(refused)} billed for "
           f"the days {thru(recert, cthru)}.", 9.6)
    p.table(["From", "Through", "Days", "Rev codes", "Billed", "Paid", "Result"], rows,
            [W * 0.13, W * 0.13, W * 0.08, W * 0.22, W * 0.15, W * 0.14, W - W * 0.85],
            size=8.2, aligns=["L", "L", "C", "L", "R", "R", "C"], bold_last=True, row_h=5.4)
    p.add_page()
    p.para(f"**MR-14**: the days after the 14th day of the stay (from {slash(recert)} on) were not recertified by a "
           "physician or practitioner. "
           "**PAID**: the line was paid as billed under the payment system.", 9.2)
    p.para("The beneficiary is not responsible for the refused days unless the facility gave a proper advance notice "
           "before the care, and you may not bill the beneficiary for them otherwise.", 9.2)
    p.heading("If you disagree", 11)
    p.para(f"You may ask for a redetermination. Send the request with the ICN and any records we did not see. To be "
           f"considered, your redetermination request must reach us by {long(by)}. A corrected claim is not a "
           "request for redetermination.", 9.6)
    p.para(f"Questions: Provider Contact Center {tollfree(rng)}. Fax records to {phone(rng, '608')} with the DCN on "
           "every page.", 9.2)
    p.signoff([sig, "Medical Review, Part A"], 9.4)
    t = truth("denial_letter", "other", insurer=MAC, member_id=m, member_name=res, cases=[claim, dcn],
              claim_amount=m2(refused), service_dates=[f"{recert.isoformat()}/{cthru.isoformat()}"],
              denial_date=ld.isoformat(), provider=SNF_MR, appeal_deadline=by.isoformat(),
              alternates={"insurer": MAC_ALT, "case_numbers": [[claim], [dcn]], "claim_amount": [m2(tot[0])],
                          "provider": [f"Dr. {att}"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    res, hija, doc, sig = people(rng, 4, es=True)
    m = mbi(rng)
    hosp = HOSP[2]
    hdis = dt.date(2026, 3, 24)
    adm = dt.date(2026, 5, 4)
    sdis = dt.date(2026, 5, 19)
    ld = workday(dt.date(2026, 7, rng.randint(6, 10)))
    by = plus(ld, 125)
    claim = icn(rng, dt.date(2026, 6, 2))
    ctl = f"{digits(rng, 4)}-{digits(rng, 4)}"
    billed = round((sdis - adm).days * rng.choice([588.0, 596.5, 604.0]) + rng.choice([0, 84.0]), 2)
    gap = (adm - hdis).days
    p = EFSheet(footer="Página {n} de {nb}", footer_left="TG-ES-3 (rev. 03/2025)")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(MAC, "TGMS", ["Contratista Administrativo de Medicare  |  Parte A",
                         f"PO Box {rng.randint(7100, 7990)}, Madison, WI 53707  |  {tollfree(rng)}  |  TTY 711"],
           size=12.5)
    p.line(f"Fecha de esta carta: {es_date(ld)}", 10, "B")
    p.ln(2)
    for ln in [res, *mid_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.contact_ids([("Número de Medicare", m), ("ICN (número del reclamo)", claim), ("Núm. de control", ctl),
                   ("Centro", SNF_ES)],
                  [("Servicio al cliente", tollfree(rng)), ("Fax", phone(rng, "608")), ("TTY", "711"),
                   ("Horario", "lunes a viernes, 8 a 5")], title_ids="Sus datos", title_contacts="Cómo llamarnos")
    p.heading("Decisión sobre su estancia en un centro de enfermería especializada", 12)
    p.para(f"Estimado(a) {res}:", 10)
    p.para(f"{SNF_ES} nos envió un reclamo por su estancia del {es_dm(adm)} al {es_date(sdis)}. El centro cobró "
           f"${n2(billed)}. Medicare no pagará esa estancia.", 10)
    p.para(f"**Por qué.** Usted salió de {hosp} el {es_date(hdis)} y entró al centro el {es_date(adm)}, {gap} días "
           "después. Medicare paga la estancia en un centro de enfermería especializada cuando usted entra en los 30 "
           "días siguientes a su salida del hospital. El médico que firmó la orden de ingreso, " + doc + ", no nos "
           "envió nada que muestre una razón médica para esperar más tiempo.", 10)
    p.para("Como el centro le dio un aviso por escrito antes de la estancia y usted lo firmó, el centro puede "
           "cobrarle a usted.", 10)
    p.para(f"**Si no está de acuerdo.** Puede pedir una redeterminación por escrito. Tiene hasta el {es_date(by)} para "
           "pedirla. Escriba su nombre, su número de Medicare y el ICN, y diga por qué no está de acuerdo. Su hija o "
           "otra persona puede pedirla por usted si firma el formulario de representante.", 10)
    p.signoff(["Atentamente,", sig, "Reclamos de la Parte A"], 9.8)
    p.ln(6)
    p.scan_line(scan_digits(rng, 35), size=8.6)
    t = truth("denial_letter", "not_covered", insurer=MAC, member_id=m, member_name=res, cases=[claim],
              claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{sdis.isoformat()}"],
              denial_date=ld.isoformat(), provider=SNF_ES, appeal_deadline=by.isoformat(), lang="es",
              alternates={"insurer": MAC_ALT, "case_numbers": [[claim, ctl]], "provider": [doc, f"Dr. {doc}"]},
              denial_alternates=["eligibility"])
    return out(p), t


def rotated_demand(rng):
    res, wife, att, sig = people(rng, 4)
    m = mbi(rng)
    adm = dt.date(2026, 4, rng.randint(14, 20))
    first = dt.date(2026, 5, 15)
    last = dt.date(2026, 5, 31)
    abn = dt.date(2026, 5, 13)
    ld = workday(dt.date(2026, 7, rng.randint(13, 17)))
    ctl = icn(rng, dt.date(2026, 6, 8))
    rate = rng.choice([448.0, 456.0, 472.0])
    billed = round(rate * ((last - first).days + 1), 2)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form TG-DB-2 (rev. 03/2025)")
    p.set_margins(17, 15, 17)
    p.add_page()
    mac_head(p, rng, "Part A Claims")
    p.line(long(ld), 10)
    p.ln(2)
    for ln in [res, f"c/o {wife}", *mid_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Medicare's decision on the claim you asked the facility to send", 12)
    p.two_col([("Beneficiary number", m), ("Claim control number", ctl), ("Facility", SNF_ROT),
               ("Days on the claim", f"{slash(first)} - {slash(last)}"),
               ("Customer service", tollfree(rng)), ("Fax", phone(rng)), ("TTY", "711")],
              [f"When {SNF_ROT} told you on {long(abn)} that Medicare might stop paying, you checked the box asking "
               f"the facility to send us a claim anyway. We have now looked at that claim, for your care "
               f"{thru(first, last)}, and at the records the facility sent with it.",
               "**Medicare will not pay for those days.** The records show that after your therapy ended on May 14 "
               "you needed help getting dressed, bathing and walking to meals, and a nurse checked your blood "
               "pressure once a day. That is care that trained aides give. Medicare pays for a nursing home stay "
               "only while a nurse or therapist needs to give or oversee your care every day.",
               f"The facility billed {usd(billed)} for the 17 days. Because it warned you in writing before these "
               f"days, you may have to pay the facility. Dr. {att} was your attending physician."],
              side_w=60, size=9.4, title="About this claim")
    p.heading("If you disagree", 11)
    p.para("You may ask for a redetermination. Ask within 120 days after you receive this letter. We will assume "
           "you received it 5 days after the date printed at the top unless you show us otherwise. Write to the PO "
           "box above and include the claim control number.", 9.6)
    p.para("If you have a Medicare supplement policy or Medicaid, send them a copy of this letter.", 9.2)
    p.signoff(["Sincerely,", sig, "Part A Claims"], 9.4)
    t = truth("denial_letter", "level_of_care", insurer=MAC, member_id=m, member_name=res, cases=[ctl],
              claim_amount=m2(billed), service_dates=[f"{first.isoformat()}/{last.isoformat()}"],
              denial_date=ld.isoformat(), provider=SNF_ROT, appeal_deadline=plus(ld, 125).isoformat(),
              alternates={"insurer": MAC_ALT, "appeal_deadline": [None], "provider": [f"Dr. {att}"]},
              denial_alternates=["medical_necessity", "not_covered"])
    return out(p), t


def scan_stack(rng):
    res, son, clerk, rev, sig = people(rng, 5)
    m = mbi(rng)
    acct = f"WM{digits(rng, 7)}"
    day100 = dt.date(2026, 5, 19)
    d101 = plus(day100, 1)
    dlast = dt.date(2026, 5, 31)
    priv = rng.choice([455.0, 466.0, 478.0])
    pdays = (dlast - d101).days + 1
    priv_tot = round(priv * pdays, 2)
    st_date = dt.date(2026, 6, 5)
    addr = mid_address(rng)
    # the facility's statement
    a = EFSheet(footer="Page {n} of {nb}", footer_left="WM-STMT (rev. 03/2025)")
    a.set_margins(18, 15, 18)
    a.add_page()
    a.head(SNF_STACK, "WM", [f"{rng.randint(100, 990)} Wrenfield Ave, Oshkosh, WI 54901  |  Business office "
                             f"{phone(rng, '920')}"], box="STATEMENT OF ACCOUNT")
    a.addr_pair("Responsible party", [son, *addr], "Resident", [res, f"Medicare no. {m}", f"Account {acct}"])
    a.beside([[("Statement date", slash(st_date)), ("Period", "04/01/2026 - 05/31/2026")]], cap_w=26)
    coins_apr = round(COINS * 30, 2)
    coins_may = round(COINS * 19, 2)
    sup = coins_apr
    rows = [[slash(dt.date(2026, 4, 1)), "Balance forward", "", "0.00"],
            [slash(dt.date(2026, 4, 30)), f"Medicare coinsurance, days 52-81 (30 days at {n2(COINS)})",
             n2(coins_apr), ""],
            [slash(dt.date(2026, 5, 12)), "Supplement payment, Marlowe Mutual Medicare Supplement", cr(sup), ""],
            [slash(dt.date(2026, 5, 14)), "Payment - thank you (check 2214)", paren(COINS * 2), ""],
            [slash(dt.date(2026, 5, 19)), f"Medicare coinsurance, days 82-100 (19 days at {n2(COINS)})",
             n2(coins_may), ""],
            [slash(dlast), f"Private days {md(d101)}-{md(dlast)}: {pdays} x {n2(priv)} (Medicare days used up)",
             n2(priv_tot), ""],
            [slash(dlast), "Pharmacy and supplies not covered by Part A", "186.40", ""]]
    bal = round(coins_apr - sup - COINS * 2 + coins_may + priv_tot + 186.40, 2)
    rows.append(["", "Balance due", "", n2(bal)])
    W = a.w - a.l_margin - a.r_margin
    a.table(["Date", "Description", "Charges / credits", "Balance"], rows,
            [W * 0.14, W * 0.56, W * 0.16, W * 0.14], size=8.4, aligns=["L", "L", "R", "R"], bold_last=True)
    a.para(f"Medicare Part A paid your first 20 days in full. From day 21 through day 100 Medicare pays all but "
           f"{usd(COINS)} a day, which is billed to you or to your supplement. Your 100th Medicare day was "
           f"{long(day100)}; we have asked Medicare to look again at the days after it, as you requested.", 9.2)
    a.para(f"Please pay the balance due by {long(plus(st_date, 25))} or call {clerk} in the business office to set up "
           "a payment plan.", 9.2)
    a.reply_slip("Return this part with your payment",
                 [("Account", acct), ("Resident", res), ("Amount due", usd(bal)), ("Amount paid", "____________")])
    d_a = (out(a), truth("other", None, insurer=None, member_id=m, member_name=res, denial_date=st_date.isoformat(),
                         provider=SNF_STACK, unscored=["insurer"],
                         alternates={"insurer": [MEDICARE], "claim_amount": [m2(bal), m2(priv_tot)],
                                     "service_dates": [["2026-04-01/2026-05-31"]]}))
    # the QIC's reconsideration
    recon = f"1-{digits(rng, 10)}"
    claim = icn(rng, dt.date(2026, 6, 9))
    dd = workday(dt.date(2026, 8, rng.randint(3, 7)))
    b = EFSheet(footer="Page {n} of {nb}", footer_left="Form FRS-RC-10 (rev. 03/2025)",
                every=f"Reconsideration {recon}  |  {res}")
    b.set_margins(18, 17, 18)
    b.add_page()
    b.head(QIC, "FRS", ["Qualified Independent Contractor for Medicare Part A  |  Part A East",
                        f"PO Box 3310, Columbus, OH 43216  |  {tollfree(rng)}  |  TTY 711"])
    b.line(f"Decision date: {long(dd)}", 10, "B")
    b.ln(2)
    for ln in [res, f"c/o {son}", *addr]:
        b.line(ln, 10)
    b.ln(2)
    b.heading("Medicare Reconsideration Decision", 13)
    b.sc_boxes([("Beneficiary number", m), ("Reconsideration no.", recon), ("ICN", claim),
                ("Facility", SNF_STACK)], cap_w=52, size=9.2)
    b.para(f"You asked us to review Medicare's decision not to pay for your care at {SNF_STACK} from "
           f"{long(d101)} through {long(dlast)}. We are an independent contractor; we did not make the earlier "
           "decisions.", 9.8)
    b.para(f"**Our decision: unfavorable.** Medicare cannot pay the {usd(priv_tot)} the facility billed for those "
           f"{pdays} days.", 9.8)
    b.add_page()
    b.heading("How we decided", 11)
    b.para(f"Medicare pays for up to 100 days of care in a skilled nursing facility in each benefit period. Your "
           f"benefit period began on {long(dt.date(2026, 1, 27))}, when you were admitted to {HOSP[3]}. Your first "
           f"facility stay used 43 days. After a second hospital stay you came back to {SNF_STACK} on "
           f"{long(dt.date(2026, 3, 24))}, and your 100th day was {long(day100)}.", 9.8)
    b.para("A new benefit period starts only after you have gone 60 days in a row without care as a hospital "
           "inpatient or in a skilled nursing facility. You were never out of care that long, so the days that "
           "followed were still in the same benefit period, and none were left.", 9.8)
    b.para("The care itself was skilled and ordered by your doctor; that was not the question. The facility may "
           "bill you for the days.", 9.8)
    b.heading("If you disagree", 11)
    b.para("You may ask for a hearing before an Administrative Law Judge if the amount still in dispute is at least "
           "the amount Medicare sets each year. Your request must be filed within 60 days after you receive this "
           "decision. Send it to the office named on the enclosed form, not to us.", 9.8)
    b.signoff(["Sincerely,", sig, "Part A East Reconsiderations"], 9.4)
    d_b = (out(b), truth("denial_letter", "not_covered", insurer=QIC, member_id=m, member_name=res,
                         cases=[recon, claim], claim_amount=m2(priv_tot),
                         service_dates=[f"{d101.isoformat()}/{dlast.isoformat()}"], denial_date=dd.isoformat(),
                         provider=SNF_STACK,
                         alternates={"insurer": [MEDICARE, "Foxmoor Reconsideration Services, Part A East"],
                                     "case_numbers": [[recon]]},
                         denial_alternates=["other", "eligibility"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_advance_notice_aide_help_only_option_one_ticked", "born_digital", [born_abn(rng)]),
        Item(F + "finefax_qio_fast_review_decision_box_ticked_care_ends", "fax_fine_g4", [finefax_qio(rng)]),
        Item(F + "photocopy_redetermination_two_inpatient_midnights_facts_table_page2", "photocopy",
             [photocopy_redet(rng)]),
        Item(F + "faxstd_medical_review_to_facility_recertification_never_received", "fax_standard_g4",
             [faxstd_medreview(rng)]),
        Item(F + "phone_es_carta_ingreso_mas_de_30_dias_despues_del_hospital", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_demand_bill_decision_two_column_sidebar_aide_care", "rotated", [rotated_demand(rng)]),
    ]
    stack_docs = scan_stack(rng)
    items.append(Item(F + "scan_stack_facility_statement_duplex_then_qic_reconsideration_day_101_sideways",
                      "scan_clean_300", stack_docs, separators=["duplex", None], turns={(1, 1): 90}))
    return items
