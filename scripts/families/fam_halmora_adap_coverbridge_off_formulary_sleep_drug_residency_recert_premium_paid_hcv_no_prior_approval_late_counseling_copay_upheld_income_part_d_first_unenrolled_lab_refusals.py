"""Papers mirrored (structure and plain wording style only; every sentence written here) from a state AIDS Drug
Assistance Program (ADAP) under Ryan White Part B: enrolment with proof of HIV status, state residency and household
income under a limit set as a percent of the federal poverty level, a recertification every six months, a formulary
of the drugs the program buys, payer of last resort (every other coverage pays first), an insurance assistance arm
that pays a client's health plan premiums and the co-pays, coinsurance and deductibles the plan leaves for formulary
drugs and HIV care at enrolled providers, pharmacy claims paid through a contracted processor, an administrative
review and then a hearing.

Invented for it: the State of Halmora (postal code HM) and its Halmora Department of Public Health, Office of HIV
Care, which runs the Halmora AIDS Drug Assistance Program ("ADAP", "the Program") and its insurance arm ADAP
CoverBridge (premium and co-pay assistance). Letterheads: the Department's centred masthead (a drawn seal, "STATE OF
HALMORA" letter-spaced, "DEPARTMENT OF PUBLIC HEALTH", the office line, a double rule); the processor Tallowen
Pharmacy Benefit Services, LLC (a drawn mortar and pestle beside the serif logo word "TALLOWEN", the legal name small
under it, "Claims processor for the Halmora AIDS Drug Assistance Program and ADAP CoverBridge"). Every person,
place, organisation, number and amount is invented; phones 555; CPT codes and drug generic names as themselves.

Numbering: client IDs are one digit, a letter, two digits, a letter, four digits ("7K42M3190": letters in mixed
positions, printed plainly); on Tallowen's papers the client is a "Cardholder ID" with a separate "Person code 01", and
the pharmacy remittance prints them joined ("7K42M3190-01"). Benefit plans HM-ADRX1 (full-pay drug benefit) and
HM-CBR2 (CoverBridge); RxGroup HMADAP beside a BIN (decoy). Recertification files "File no. F-26-" + 5 digits;
reviews "Matter M26-R" + 4 digits; claims and co-pay requests "Control no." 26 + day of year + letter + 5 digits;
Spanish notices "Referencia R-26-" + 5 digits. Decoys: form numbers (HDPH-ADAP 22 ...), "Document control no." in
Department footers (a print-run number), batch numbers, check / EFT numbers, NCPDP and NPI numbers, Rx numbers, the
Medicare number and the Part D member ID, the health plan's member number, the next recertification month.

Documents (8 in 7 files):
- bd_copay_statement_status_codes: a born-digital CoverBridge co-pay assistance statement (Tallowen) for March: six
  lines (drugs, an HIV care visit, a viral load test), each ending in a framed status code only; the legend under the
  table explains CP, CI, DD and OC as payments and NF / TL / NE as refusals; the eszopiclone fill is NF (not on the
  formulary). The statement date is said as "April 9th, 2026" in the far-right fact column (dot leaders from a narrow
  caption column) and printed plainly only in the footer. `eob`, `not_covered`.
- faxstd_stack_agency_cover_residency_then_premium_paid: a standard-fax stack from a case management agency (its
  printed transmittal form, typed) to a legal aid office: the Department's two-page notice that the six-month
  recertification is not approved because the only address paper is a lease in another state (the date under a pale
  "Date of notice" caption that the fax breaks; client facts in a box on page 2; review within 30 days of the date
  of this notice) - `eligibility`; then Tallowen's notice that CoverBridge paid the April premium to the client's
  health plan - `other`, no denial. Every page carries the fax machine's line with the (later) day it was faxed.
- faxstd_pharmacy_remittance_hcv_prior_approval: a standard-fax pharmacy remittance advice (Tallowen) to a pharmacy:
  four clients' fills, the status code alone refusing one (PA: an HCV treatment request not on file); the remit date
  under a pale caption; check and batch numbers as decoys; reconsideration within 90 days of the remit date.
  `eob`, `prior_authorization`.
- bd_review_decision_late_counseling_copay_mailed_stamp: a born-digital decision on administrative review (the
  Department) upholding the refusal of a co-pay request received 104 days after a counselling visit (the limit is
  90); the paper has no date line, its only date is a slanted "MAILED" stamp; the LCSW and the clinic are named only
  in prose; the next step is a hearing (not an appeal deadline). `denial_letter`, `timely_filing`.
- lowres150_es_ingresos_recertificacion: a Spanish notice (150 dpi scan) that the six-month recertification is not
  approved because household income is 524% of the poverty level (limit 500%); the date only in the footer;
  "Referencia" beside form and batch numbers; captions in a narrow column, values at the right margin.
  `denial_letter`, `eligibility`.
- photocopy_part_d_pays_first_file_and_control: a photocopied Department letter: a fill sent to ADAP alone after
  Medicare Part D began, not paid (payer of last resort); the date said as "the 2nd of April, 2026"; "File no." and
  "Control no." beside the Medicare number and Part D member ID; pharmacy and prescriber named only in prose.
  `denial_letter`, `other`.
- phone_unenrolled_lab_copay_drop_labels: a phone photo of Tallowen's letter refusing a co-pay request for a viral
  load test at a laboratory not enrolled with ADAP; label blocks whose values sit below and to the right; the PA-C
  and her practice ordered it; the date said "April 14th, 2026". `denial_letter`, `out_of_network`.

Truth notes (where a careful reader could read two ways): insurer is the letterhead issuer (the Department, or
Tallowen), with the Program's names accepted for Tallowen's papers (Tallowen acts for the Program); the member ID on
the remittance is printed with the person code joined ("...-01"), the bare ID accepted; the premium notice's payment
control number and premium are the truth with none accepted, its coverage month accepted as a span; on pharmacy
papers the pharmacy and the prescriber are each accepted where the other is the truth (the remittance is addressed
to the pharmacy that filled; the Part D letter names both only in prose); the review decision carries the matter and
the control number (either alone accepted), and its hearing limit is not an appeal deadline (null) though a reader
could take it for one (accepted); the lab letter's amount is the lab's charge with the requested deductible amount
accepted.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famue import (EUSheet, addr_block, agency_cover, digits, es_date, first_last, iso, last_first, long,
                               m2, n2, npi, ord_day, out, people, phone, plus, sign, slash, the_nth_of, tollfree,
                               truth, upper_mdy, usd, workday)

FAMILY = ("halmora_adap_coverbridge_off_formulary_sleep_drug_residency_recert_premium_paid_hcv_no_prior_approval_"
          "late_counseling_copay_upheld_income_part_d_first_unenrolled_lab_refusals")
LANG = "en"
SEED = 355100
USED: set = set()

DEPT = "Halmora Department of Public Health"
DEPT_ALT = [DEPT, "Department of Public Health", "Halmora AIDS Drug Assistance Program", "Halmora ADAP",
            "State of Halmora", "Office of HIV Care", "Halmora Department of Public Health, Office of HIV Care"]
TAL = "Tallowen Pharmacy Benefit Services, LLC"
TAL_ALT = [TAL, "Tallowen Pharmacy Benefit Services", "Tallowen", "Halmora AIDS Drug Assistance Program",
           "Halmora ADAP", "ADAP CoverBridge"]
OFFICE = ["Office of HIV Care, 40 Gansey Street, 5th floor", "Quaymouth, HM 60213"]
TAL_ADDR = ["2280 Thrumble Lane, Suite 310", "Fernmouth, HM 60488"]
PLAN_RX, PLAN_CB, RXGRP, BIN = "HM-ADRX1", "HM-CBR2", "HMADAP", "018555"
CLINIC = "Merrowby Positive Care Clinic"
IDPRAC = "Glasswater Infectious Disease Associates"
LETTERS = "ACDEFHJKLMNPRTVWXY"


def client_id(rng) -> str:
    return f"{rng.randint(2, 9)}{rng.choice(LETTERS)}{digits(rng, 2)}{rng.choice(LETTERS)}{digits(rng, 4)}"


def control_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{rng.choice(LETTERS)}{digits(rng, 5)}"


def dept_head(p: EUSheet, rng, box: str, office: str = "Office of HIV Care  \u00b7  AIDS Drug Assistance Program"):
    p.centre_mast("State of Halmora", "Department of Public Health", office,
                  [OFFICE[0], OFFICE[1], f"ADAP line {tollfree(rng, '877')}", f"Fax {phone(rng)}",
                   "TTY 711"], seal_text="HALMORA", box=box)


def tal_head(p: EUSheet, rng, box: str):
    p.mortar_head("TALLOWEN", TAL, [TAL_ADDR[0], TAL_ADDR[1], f"Client line {tollfree(rng, '888')}",
                                    f"Pharmacy help desk {tollfree(rng, '855')}", f"Fax {phone(rng, '309')}"],
                  tagline="Claims processor for the Halmora AIDS Drug Assistance Program and ADAP CoverBridge",
                  box=box, size=24, legal_size=7.4)


def dept_foot(form: str, dcn: str, extra: str = "") -> str:
    return f"{form}  \u00b7  Document control no. {dcn}{extra}  \u00b7  {DEPT}, {OFFICE[0]}, {OFFICE[1]}"


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    client = people(rng, 1, "ac", sexes="M", used=USED)[0]
    np_, md = people(rng, 2, "ap", sexes="FM", used=USED)
    cid = client_id(rng)
    sd = dt.date(2026, 4, 9)
    pharm = "Fernmouth Community Pharmacy"
    lab = "Quaymouth Reference Laboratory"
    dates = [dt.date(2026, 3, 2), dt.date(2026, 3, 5), dt.date(2026, 3, 9), dt.date(2026, 3, 16),
             dt.date(2026, 3, 23), dt.date(2026, 3, 27)]
    ctl = [control_no(rng, plus(d, rng.randint(1, 3))) for d in dates]
    rx = [f"Rx {digits(rng, 7)}" for _ in dates]
    nvp = f"{np_}, NP"
    rows_data = [
        (dates[0], ctl[0], pharm, "bictegravir / emtricitabine / tenofovir alafenamide, 30 tablets", 4210.44,
         4135.44, 0.00, 75.00, "CP", f"Prescriber: {nvp}  \u00b7  {rx[0]}"),
        (dates[1], ctl[1], CLINIC, "HIV care visit, established patient (99214)", 286.00, 246.00, 0.00, 40.00, "CP",
         f"Rendering: Dr. {md}, MD"),
        (dates[2], ctl[2], lab, "HIV-1 RNA, quantitative (87536)", 198.00, 0.00, 0.00, 138.60, "DD",
         f"Ordered by: {nvp}"),
        (dates[3], ctl[3], pharm, "atorvastatin 20 mg, 90 tablets", 46.80, 31.80, 0.00, 15.00, "CI",
         f"Prescriber: {nvp}  \u00b7  {rx[3]}"),
        (dates[4], ctl[4], pharm, "eszopiclone 2 mg, 30 tablets", 186.40, 0.00, 0.00, 0.00, "NF",
         f"Prescriber: {nvp}  \u00b7  {rx[4]}"),
        (dates[5], ctl[5], pharm, "darunavir / cobicistat, 30 tablets", 3880.12, 3580.12, 250.00, 50.00, "OC",
         f"Prescriber: {nvp}  \u00b7  {rx[5]}"),
    ]
    den = 4
    batch = f"B{digits(rng, 4)}-{rng.randint(10, 99)}"
    p = EUSheet(footer="Page {n} of {nb}",
                ids_foot=f"Tallowen CB-STMT  \u00b7  statement {slash(sd)}  \u00b7  batch {batch}  \u00b7  "
                         f"{TAL}, {TAL_ADDR[0]}, {TAL_ADDR[1]}")
    p.set_margins(14, 14, 14)
    p.add_page()
    tal_head(p, rng, "CO-PAY ASSISTANCE STATEMENT")
    y = p.get_y()
    addr_block(p, [client.upper(), "118 Amberwold Avenue, Apt. 3", "Fernmouth, HM 60491"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_leaders([("Statement of", ord_day(sd)), ("Cardholder ID", cid), ("Person code", "01"),
                   ("Benefit plan", PLAN_CB), ("RxGroup", RXGRP), ("BIN", BIN),
                   ("Requests processed", "03/01/2026 - 03/31/2026")],
                  x=p.l_margin + W * 0.5, cap_w=26, size=8.8, cap=7.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("ADAP CoverBridge pays what your health plan leaves you to pay (co-pays, coinsurance and deductible) for "
           "drugs on the Halmora ADAP formulary, and for HIV care visits and lab tests at providers enrolled with "
           "ADAP. These are the requests we processed for you in March 2026. Each line ends in a status code; the "
           "codes are explained under the table. This is not a bill.", 8.6)
    rows = []
    for d, c, who, what, chg, hp, card, ad, st, sub in rows_data:
        rows.append([slash(d), c, who, what, n2(chg), n2(hp), n2(card), n2(ad), st])
        rows.append(("sub", sub))
    tot = [sum(r[i] for r in rows_data) for i in (4, 5, 6, 7)]
    rows.append(("total", ["", "", "", "Totals for March", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""]))
    p.coded_rows(["Date", "Control no.", "Pharmacy or provider", "Drug or service", "Charge",
                  "Plan paid", "Card paid", "ADAP paid", "Status"],
                 [W * k / 100 for k in (10.5, 12.5, 15, 23, 9, 8.5, 7.5, 7.5, 6.5)],
                 ["L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.0, row_h=5.2)
    p.legend_cols("What the status codes mean", [
        ("CP", "Paid: the co-pay your health plan set for this drug or visit."),
        ("CI", "Paid: your coinsurance share, a percent of the plan's price."),
        ("DD", "Paid: your plan counted the charge toward your deductible, and ADAP paid it for you."),
        ("OC", "Other coverage paid first: a drug maker's co-pay card paid part of your share; ADAP paid the rest."),
        ("NF", "Not paid: the drug is not on the Halmora ADAP formulary, so CoverBridge cannot pay any part of it. "
               "Your prescriber may choose a drug that is on the formulary."),
        ("TL", "Not paid: the request reached us more than 90 days after the fill or visit date."),
        ("NE", "Not paid: the pharmacy, provider or lab is not enrolled with ADAP."),
    ], ncol=2, size=7.2, code_w=8)
    p.bar("If you disagree", 8.6)
    p.para("You or your case manager may ask the Program to review any line on this statement within 60 days of the "
           f"date of this statement. Write to ADAP Reviews, {OFFICE[0]}, {OFFICE[1]}, and give the control number "
           "of the line. The Halmora ADAP formulary is posted at halmora-adap.example and your pharmacy has a copy.",
           8.2)
    p.add_page()
    p.bar("Your CoverBridge year so far", 8.6)
    p.ruled_rows(["", "This month", "Since January 1"],
                 [["Premiums paid to your health plan", "412.18", "1,236.54"],
                  ["Co-pays, coinsurance and deductible paid", n2(tot[3]), "1,044.95"],
                  ["Your plan's deductible met", "1,500.00 of 1,500.00", ""]],
                 [W * 0.5, W * 0.25, W * 0.25], ["L", "R", "R"], size=8.0)
    p.para("Your next six-month recertification is due by the end of September 2026. Your case manager will send you "
           "the form in August. If your address, income or health coverage changes before then, tell the Program "
           "within 30 days.", 8.2)
    p.para("Tallowen Pharmacy Benefit Services, LLC processes claims for the Halmora Department of Public Health. We "
           "do not decide who is eligible for ADAP.", 7.6)
    d, c, who, what, chg, *_ = rows_data[den]
    t = truth("eob", "not_covered", insurer=TAL, plan_id=PLAN_CB, group=RXGRP, member_id=cid, member_name=client,
              cases=[c], claim_amount=m2(chg), service_dates=[iso(d)], denial_date=iso(sd), provider=nvp,
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": TAL_ALT, "provider": [np_, pharm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_residency_and_premium(rng):
    client = people(rng, 1, "ac", sexes="F", used=USED)[0]
    cm, atty, rev, clerk = people(rng, 4, "ap", sexes="FMMF", used=USED)
    cid = client_id(rng)
    fno = f"F-26-{digits(rng, 5)}"
    nd = dt.date(2026, 4, 13)
    faxed = dt.date(2026, 4, 21)
    recv = dt.date(2026, 3, 30)
    lease = dt.date(2026, 2, 2)
    dcn = f"{rng.randint(2601, 2612)}-{digits(rng, 3)}-{digits(rng, 4)}"
    agency = "Northwater HIV Community Services"
    afax = f"307 555 {digits(rng, 4)}"
    tx = f"{slash(faxed)} 09:{rng.randint(10, 59)}  NORTHWATER HCS  {afax}  P.{{n2}}/{{t2}}"
    # --- the Department's notice (2 pages) ---
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=dept_foot("HDPH-ADAP 22 (rev. 01/2026)", dcn), tx=tx,
                tx_off=1, tx_total=4)
    p.set_margins(18, 16, 18)
    p.add_page()
    dept_head(p, rng, "NOTICE OF ACTION")
    y = p.get_y()
    addr_block(p, [client, "P.O. Box 2217", "Quaymouth, HM 60219"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.drop_block([("Client ID", cid), ("File no.", fno), ("Program", "ADAP and ADAP CoverBridge")],
                 x=p.l_margin + W * 0.62, indent=12, size=9.4)
    p.set_y(max(p.get_y(), yl) + 1)
    p.pale_pair("Date of notice", long(nd), size=10)
    p.ln(3)
    p.f(11, "B")
    p.cell(0, 6, "Your six-month recertification was not approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {first_last(client)}:", 9.6)
    p.para(f"We received your recertification for the Halmora AIDS Drug Assistance Program (ADAP) on {long(recv)}. "
           "We cannot approve it. Your ADAP drug benefit and the CoverBridge payments for your health plan will end "
           "on April 30, 2026.", 9.4)
    p.bar("Why", 9.2)
    p.para("To be in ADAP you must live in the State of Halmora and show where you live with one of the papers listed "
           "on page 2. The only address paper you sent is a lease signed on the 2nd of February 2026 for an "
           "apartment at 61 Bittern Terrace, Eddystow, in the State of Carrowend. The Halmora address we have for "
           "you is a post office box, which does not show where you live. Program rule ADAP-4.2 (residency).", 9.2)
    p.para("If you still live in Halmora, send one of the papers on page 2 with your Halmora street address. If you "
           "now live in Carrowend, your case manager can help you apply to that state's program.", 9.2)
    p.bar("If you disagree: administrative review", 9.2)
    p.para("You may ask for an administrative review within 30 days of the date of this notice. Call the ADAP line "
           f"or write to ADAP Reviews, {OFFICE[0]}, {OFFICE[1]}. Send any papers you want us to look at. If you ask "
           "for a review before April 30, 2026, your benefits will go on until the review is decided.", 9.2)
    p.para("If the review keeps this decision, you may then ask for a hearing before the Halmora Office of "
           "Administrative Hearings within 30 days of the review decision.", 8.8)
    p.add_page()
    p.facts_box("Your recertification", [
        ("Client", client), ("Client ID", cid), ("File no.", fno), ("Recertification due", "03/31/2026"),
        ("Received", slash(recv)), ("Household size", "1"), ("Case manager", f"{cm}, LCSW"),
        ("Agency", agency)], cap_w=30)
    p.bar("Papers that show you live in Halmora (one is enough)", 9.0)
    p.bullets(["a lease, rent receipt or mortgage statement with your name and Halmora street address",
               "a utility bill from the last 60 days",
               "a Halmora driver's license or state ID card with your street address",
               "a letter from a shelter or a housing program in Halmora",
               "a signed statement from the person you live with, with that person's own address paper"], 8.8)
    p.para("Your health information stays private. Only Program staff and your case manager see your file.", 8.4)
    p.ln(2)
    sign(p, [first_last(rev), "Eligibility Reviewer", "AIDS Drug Assistance Program"])
    notice = out(p)
    t1 = truth("denial_letter", "eligibility", insurer=DEPT, member_id=cid, member_name=client, cases=[fno],
               denial_date=iso(nd), appeal_deadline=iso(plus(nd, 30)), alternates={"insurer": DEPT_ALT})
    # --- Tallowen's premium payment notice (1 page) ---
    pd_ = dt.date(2026, 3, 26)
    carrier = "Amberwold Mutual Health Insurance Company"
    pctl = control_no(rng, pd_)
    prem = 412.18
    q = EUSheet(footer="Page {n} of {nb}", ids_foot=f"Tallowen CB-PREM  \u00b7  {TAL}, {TAL_ADDR[0]}, {TAL_ADDR[1]}",
                tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 16, 18)
    q.add_page()
    tal_head(q, rng, "PREMIUM PAYMENT NOTICE")
    y = q.get_y()
    addr_block(q, [client, "P.O. Box 2217", "Quaymouth, HM 60219"], 9.6)
    yl = q.get_y()
    q.set_y(y)
    q.far_leaders([("Date", slash(pd_)), ("Cardholder ID", cid), ("Person code", "01"), ("Benefit plan", PLAN_CB),
                   ("Payment control no.", pctl)], x=q.l_margin + W * 0.52, cap_w=30, size=9.0)
    q.set_y(max(q.get_y(), yl) + 2)
    q.para(f"Dear {first_last(client)}:", 9.6)
    q.para("ADAP CoverBridge paid your health plan premium for April 2026. You do not need to do anything.", 9.4)
    q.ruled_rows(["Health plan", "Your member number there", "Coverage month", "Premium paid"],
                 [[carrier, f"AMH-{digits(rng, 9)}", "April 2026", usd(prem)]],
                 [W * k / 100 for k in (47, 21, 16, 16)], ["L", "L", "L", "R"], size=8.4)
    q.para(f"The payment went to {carrier} on {long(pd_)}, by electronic transfer, before the plan's due date. If the "
           "plan writes to you about an unpaid premium, call us at the client line before you pay anything.", 9.2)
    q.para("CoverBridge pays premiums only while you are enrolled in ADAP. Keep your recertification up to date, and "
           "tell your case manager at once if your health plan, address or income changes.", 9.2)
    q.ln(2)
    sign(q, [first_last(clerk), "CoverBridge Premium Payments", "Tallowen Pharmacy Benefit Services, LLC"],
         close="Thank you,")
    prem_pdf = out(q)
    t2 = truth("other", None, insurer=TAL, plan_id=PLAN_CB, member_id=cid, member_name=client, cases=[pctl],
               claim_amount=m2(prem), denial_date=iso(pd_),
               alternates={"insurer": TAL_ALT, "case_numbers": [[]], "claim_amount": [None],
                           "service_dates": [["2026-04-01/2026-04-30"]]})
    cover = agency_cover(
        [agency, "Medical Case Management Program", "905 Glasswater Road, Quaymouth, HM 60215",
         f"Phone {phone(rng)}  \u00b7  Fax {afax}"],
        [("To", f"{first_last(atty)}, Esq."), ("From", f"{first_last(cm)}, LCSW"),
         ("Organization", "Halmora Legal Aid Society"), ("Date", slash(faxed)),
         ("Fax", f"307 555 {digits(rng, 4)}"), ("Phone", phone(rng))],
        "4", f"{first_last(client)} - ADAP recert denied (residency)",
        ["Attached: the ADAP notice (2 pages) and the last CoverBridge premium notice.",
         "Client says she has lived in Quaymouth the whole time; the Carrowend lease is her",
         "sister's and was sent by mistake. Can we ask for the review this week? Benefits",
         "stop 4/30 unless the review is requested."],
        "CONFIDENTIAL HEALTH INFORMATION. This fax may contain HIV-related information protected by state law. "
        "Further disclosure without the client's written consent is prohibited. If you received it in error, call "
        "the sender and destroy all pages.", tx=tx, tx_total=4)
    return cover, [(notice, t1), (prem_pdf, t2)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pts = people(rng, 4, "ac", sexes="MFMF", used=USED)
    docs = people(rng, 4, "ap", sexes="MFMF", used=USED)
    ids = [client_id(rng) for _ in pts]
    rd = dt.date(2026, 5, 6)
    faxed = dt.date(2026, 5, 11)
    pharm = "Tansy Row Pharmacy"
    fills = [dt.date(2026, 4, 14), dt.date(2026, 4, 16), dt.date(2026, 4, 20), dt.date(2026, 4, 24)]
    ctl = [control_no(rng, d) for d in fills]
    plans = [PLAN_RX, PLAN_CB, PLAN_RX, PLAN_RX]
    lines = [
        ("dolutegravir 50 mg", "30", 2288.61, 0.00, 2101.35, "AR", f"Dr. {docs[0]}, MD"),
        ("emtricitabine / tenofovir alafenamide", "30", 2142.77, 2092.77, 50.00, "CP", f"{docs[1]}, NP"),
        ("sofosbuvir / velpatasvir 400 / 100 mg", "28", 24920.00, 0.00, 0.00, "PA", f"Dr. {docs[2]}, MD"),
        ("doravirine 100 mg", "30", 1706.40, 1204.00, 502.40, "OC", f"{docs[3]}, PA-C"),
    ]
    den = 2
    chk = f"{digits(rng, 7)}"
    batch = f"RX-{digits(rng, 4)}-{rng.randint(1, 9)}"
    tx = f"{slash(faxed)}  14:{rng.randint(10, 59)}  TALLOWEN PBS  309 555 {digits(rng, 4)}  PAGE {{n2}} OF {{t2}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"Tallowen RA-PH  \u00b7  {TAL}, {TAL_ADDR[0]}, {TAL_ADDR[1]}",
                tx=tx, tx_total=1)
    p.set_margins(14, 14, 14)
    p.add_page()
    tal_head(p, rng, "PHARMACY REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pharm, "Attn: Pharmacy Manager", "72 Tansy Row", "Merrowby, HM 60377"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    p.pale_pair("Remit date", slash(rd), x=p.l_margin + W * 0.52, size=9.6)
    p.far_right([("NCPDP", digits(rng, 7)), ("Pharmacy NPI", npi(rng)), ("Check no.", chk), ("Batch", batch),
                 ("RxGroup / BIN", f"{RXGRP} / {BIN}")], x=p.l_margin + W * 0.52, cap_w=26, size=8.6)
    p.set_y(max(p.get_y(), yl) + 1)
    rows = []
    for i, (who, cid, pl, c, d, (drug, qty, sub, oth, paid, code, presc)) in enumerate(
            zip(pts, ids, plans, ctl, fills, lines)):
        rows.append(("head", f"{last_first(who)}    Cardholder ID {cid}-01    Plan {pl}    Control no. {c}"))
        rows.append([slash(d), drug, qty, n2(sub), n2(oth), n2(paid), code])
        rows.append(("sub", f"Prescriber: {presc}    Rx {digits(rng, 7)}"))
    rows.append(("total", ["", "Totals", "", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)),
                           n2(sum(x[4] for x in lines)), ""]))
    p.coded_rows(["Fill date", "Drug", "Qty", "Submitted", "Other payer paid", "Paid", "Code"],
                 [W * k / 100 for k in (12, 40, 7, 12, 12, 10, 7)], ["L", "L", "R", "R", "R", "R", "C"], rows,
                 size=7.6, row_h=5.0)
    p.legend_cols("Codes", [
        ("AR", "Paid at the ADAP rate: ingredient cost plus the dispensing fee."),
        ("CP", "CoverBridge client: the client's health plan paid first; ADAP paid the co-pay only."),
        ("OC", "Other payer paid first (coordination of benefits); ADAP paid what was left."),
        ("PA", "Prior approval required. An approved ADAP Hepatitis C Treatment Request is not on file for this "
               "client. No payment. The prescriber may send the request form; resubmit after approval."),
        ("NF", "Drug not on the Halmora ADAP formulary. No payment."),
        ("DU", "Duplicate of a claim already paid. No payment."),
    ], ncol=2, size=7.2, code_w=8)
    p.para(f"Paid by check no. {chk}: {usd(sum(x[4] for x in lines))}. A pharmacy may ask for reconsideration of a "
           "rejected or reduced claim within 90 days of the remit date; send the control number and the reason. "
           "Claims more than 90 days past the fill date are not accepted.", 8.0)
    who, cid, pl, c, d = pts[den], ids[den], plans[den], ctl[den], fills[den]
    t = truth("eob", "prior_authorization", insurer=TAL, plan_id=pl, group=RXGRP, member_id=f"{cid}-01",
              member_name=who, cases=[c], claim_amount=m2(lines[den][2]), service_dates=[iso(d)],
              denial_date=iso(rd), provider=pharm, appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": TAL_ALT, "member_id": [cid], "provider": [docs[den], lines[den][6]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_review(rng):
    client = people(rng, 1, "ac", sexes="M", used=USED)[0]
    lcsw, officer = people(rng, 2, "ap", sexes="FM", used=USED)
    cid = client_id(rng)
    visit = dt.date(2026, 1, 6)
    recv = dt.date(2026, 4, 20)
    refused = dt.date(2026, 4, 24)
    asked = dt.date(2026, 5, 4)
    mailed = dt.date(2026, 5, 27)
    ctl = control_no(rng, recv)
    matter = f"M26-R{digits(rng, 4)}"
    dcn = f"{rng.randint(2601, 2612)}-{digits(rng, 3)}-{digits(rng, 4)}"
    copay = 45.00
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=dept_foot("HDPH-ADAP 31 (rev. 01/2026)", dcn))
    p.set_margins(18, 16, 18)
    p.add_page()
    dept_head(p, rng, "DECISION ON REVIEW")
    y = p.get_y()
    addr_block(p, [client, "27 Sprattling Road", "Merrowby, HM 60374"], 9.6)
    p.mailed(upper_mdy(mailed), p.l_margin + 8, p.get_y() + 1, angle=2.5, office="ADAP REVIEWS")
    yl = p.get_y() + 18
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_leaders([("Client ID", cid), ("Matter", matter), ("Control no.", ctl), ("Form", "HDPH-ADAP 31"),
                   ("Visit date", slash(visit)), ("Review asked", slash(asked))],
                  x=p.l_margin + W * 0.5, cap_w=22, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(client)}:", 9.6)
    p.para("You asked for a review of our refusal of your ADAP CoverBridge co-pay request. We have looked at the "
           "request again with the papers you sent. This letter tells you what we decided and why.", 9.4)
    p.bar("What you asked us to pay", 9.2)
    p.para(f"The {usd(copay)} co-pay you paid when you saw {lcsw}, LCSW, at {CLINIC} on January 6th, 2026, for a "
           f"counseling session. Your request reached CoverBridge on {long(recv)}, and we refused it on "
           f"{long(refused)} because it came in too late.", 9.2)
    p.bar("What we found", 9.2)
    p.para("CoverBridge pays a co-pay only when the request reaches us within 90 days of the visit (Program rule "
           "CB-7.3). Your request came 104 days after the visit. You told us the clinic gave you the receipt late. "
           "The rule allows more time only when the health plan's explanation of benefits for the visit is dated "
           "more than 60 days after it. Your plan's explanation of benefits is dated January 22, 2026, so the "
           "exception does not apply.", 9.2)
    p.bar("Decision", 9.2)
    p.para("The refusal is upheld. CoverBridge will not pay this co-pay. Your other benefits are not changed.", 9.2)
    p.bar("What you can do next", 9.2)
    p.para("This decision ends the Program's own review. If you still disagree, you may ask for a hearing before the "
           "Halmora Office of Administrative Hearings within 30 days of the day this decision was mailed. Your "
           "case manager or a legal aid office can help you ask.", 9.0)
    p.para("To keep this from happening again, send each co-pay receipt as soon as you get it. Your clinic may also "
           "send co-pay requests for you if it is enrolled with ADAP.", 9.0)
    p.ln(2)
    sign(p, [first_last(officer), "Review Officer", "AIDS Drug Assistance Program"])
    t = truth("denial_letter", "timely_filing", insurer=DEPT, member_id=cid, member_name=client, cases=[matter, ctl],
              claim_amount=m2(copay), service_dates=[iso(visit)], denial_date=iso(mailed),
              provider=f"{lcsw}, LCSW", appeal_deadline=None,
              alternates={"insurer": DEPT_ALT, "case_numbers": [[matter], [ctl]], "provider": [lcsw, CLINIC],
                          "appeal_deadline": [iso(plus(mailed, 30))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_income(rng):
    client = people(rng, 1, "sp", sexes="F", used=USED)[0]
    worker = people(rng, 1, "sp", sexes="M", used=USED)[0]
    cid = client_id(rng)
    ref = f"R-26-{digits(rng, 5)}"
    nd = dt.date(2026, 3, 12)
    recv = dt.date(2026, 2, 23)
    dcn = f"{rng.randint(2601, 2612)}-{digits(rng, 3)}-{digits(rng, 4)}"
    lote = f"{digits(rng, 4)}"
    p = EUSheet(footer="Página {n} de {nb}",
                ids_foot=f"HDPH-ADAP 22S (rev. 01/2026)  \u00b7  Fecha de envío: {es_date(nd)}  \u00b7  "
                         f"Control de documento {dcn}")
    p.set_margins(18, 16, 18)
    p.add_page()
    dept_head(p, rng, "AVISO DE ACCIÓN",
              office="Oficina de Atención del VIH  \u00b7  Programa de Asistencia con Medicamentos para el SIDA")
    addr_block(p, [client, "340 calle Hawsepipe, apto. 12", "Quaymouth, HM 60217"], 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Número de cliente", cid), ("Referencia", ref), ("Formulario", "HDPH-ADAP 22S"),
                 ("N.º de lote", lote), ("Programa", "ADAP (beneficio completo de medicamentos)")],
                cap_w=34, size=9.2)
    p.f(11, "B")
    p.cell(0, 6, "Su recertificación de seis meses no fue aprobada", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada {first_last(client)}:", 9.6)
    p.para(f"Recibimos su recertificación para el Programa de Asistencia con Medicamentos para el SIDA de Halmora "
           f"(ADAP) el {es_date(recv)}. No podemos aprobarla porque los ingresos de su hogar están por encima del "
           "límite del Programa.", 9.4)
    p.ruled_rows(["", "Su hogar", "Límite del Programa"],
                 [["Personas en el hogar", "3", ""],
                  ["Ingresos anuales del hogar", "$139,802.00", "$133,400.00"],
                  ["Porcentaje del nivel federal de pobreza", "524%", "500%"]],
                 [W * 0.46, W * 0.27, W * 0.27], ["L", "R", "R"], size=8.8)
    p.para("Contamos el salario de usted y el de su esposo según los talones de pago que envió, y la pensión de su "
           "madre, que vive con ustedes. Regla del Programa ADAP-3.1 (ingresos).", 9.2)
    p.para("Sus beneficios de ADAP terminan el 31 de marzo de 2026. Si sus ingresos bajan, puede volver a solicitar "
           "en cualquier momento. Su administrador de casos puede ayudarle a buscar otra ayuda para pagar sus "
           "medicamentos, como los programas de los fabricantes.", 9.2)
    p.bar("Si no está de acuerdo", 9.2)
    p.para("Puede pedir una revisión administrativa dentro de 30 días a partir de la fecha de este aviso. Llame a la "
           f"línea de ADAP o escriba a ADAP Reviews, {OFFICE[0]}, {OFFICE[1]}. Si la revisión mantiene esta "
           "decisión, podrá pedir después una audiencia ante la Oficina de Audiencias Administrativas de Halmora.",
           9.2)
    p.ln(2)
    sign(p, [first_last(worker), "Especialista de Elegibilidad", "Programa ADAP"], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=DEPT, member_id=cid, member_name=client, cases=[ref],
              denial_date=iso(nd), appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": DEPT_ALT + ["Departamento de Salud Pública de Halmora"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_part_d(rng):
    client = people(rng, 1, "ac", sexes="M", used=USED)[0]
    md, coord = people(rng, 2, "ap", sexes="FM", used=USED)
    cid = client_id(rng)
    fno = f"F-26-{digits(rng, 5)}"
    ld = dt.date(2026, 4, 2)
    fill = dt.date(2026, 3, 18)
    ctl = control_no(rng, plus(fill, 1))
    pharm = "Quaymouth Apothecary"
    amt = 3946.20
    dcn = f"{rng.randint(2601, 2612)}-{digits(rng, 3)}-{digits(rng, 4)}"
    mbi = f"{rng.randint(1, 9)}{rng.choice('ACDEFHJKMNPRTVWY')}{rng.choice('ACDEFHJKMNPRTVWY')}{digits(rng, 1)}-" \
          f"{rng.choice('ACDEFHJKMNPRTVWY')}{rng.choice('ACDEFHJKMNPRTVWY')}{digits(rng, 1)}-" \
          f"{rng.choice('ACDEFHJKMNPRTVWY')}{rng.choice('ACDEFHJKMNPRTVWY')}{digits(rng, 2)}"
    p = EUSheet(footer="Page {n} of {nb}",
                ids_foot=dept_foot("HDPH-ADAP 40", dcn, f"  \u00b7  {ld.strftime('%m/%d/%y')}"))
    p.set_margins(18, 16, 18)
    p.add_page()
    dept_head(p, rng, "PAYER OF LAST RESORT NOTICE",
              office="Office of HIV Care  \u00b7  ADAP Coordination of Benefits Unit")
    p.f(9.6)
    p.cell(0, 5, f"Quaymouth, {the_nth_of(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y = p.get_y()
    addr_block(p, [client, "9 Gansey Street, Unit B", "Quaymouth, HM 60212"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Client ID", cid), ("File no.", fno), ("Control no.", ctl), ("Medicare number", mbi),
                 ("Part D member ID", f"QRX{digits(rng, 8)}")], x=p.l_margin + W * 0.5, cap_w=30, size=9.0)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(client)}:", 9.6)
    p.para("Our records show that you have had Medicare Part D drug coverage through Sennacher Rx Plus (PDP) since "
           "March 1, 2026. ADAP is the payer of last resort: it pays only after every other coverage you have has "
           "paid its part.", 9.4)
    p.para(f"On March 18th, 2026, when {pharm} filled the prescription that Dr. {md}, MD, of {IDPRAC} wrote for "
           "you, the pharmacy sent the claim to ADAP alone. ADAP did not pay it.", 9.4)
    p.ruled_rows(["Fill date", "Control no.", "Drug", "Amount submitted", "ADAP paid"],
                 [[slash(fill), ctl, "bictegravir / emtricitabine / TAF, 30 tablets", usd(amt), "$0.00"]],
                 [W * k / 100 for k in (14, 18, 40, 15, 13)], ["L", "L", "L", "R", "R"], size=8.6)
    p.para("What happens now: the pharmacy must bill your Part D plan first. ADAP CoverBridge can then pay the co-pay "
           "Part D leaves you. The pharmacy has been told. You do not owe the pharmacy for this fill while it "
           "bills again.", 9.2)
    p.para("Ask about Extra Help: with your income you may qualify for Medicare's Extra Help, which lowers Part D "
           "co-pays. Your case manager can help you apply.", 9.0)
    p.bar("If you disagree", 9.2)
    p.para("If you do not have Part D coverage, or it ended, send us the plan's letter. You may ask for an "
           "administrative review within 60 days of the date of this letter by writing to ADAP Reviews at the "
           "address above.", 9.0)
    p.ln(2)
    sign(p, [first_last(coord), "Coordination of Benefits Unit", "AIDS Drug Assistance Program"])
    t = truth("denial_letter", "other", insurer=DEPT, member_id=cid, member_name=client, cases=[fno, ctl],
              claim_amount=m2(amt), service_dates=[iso(fill)], denial_date=iso(ld), provider=pharm,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": DEPT_ALT, "case_numbers": [[fno], [ctl]], "provider": [md, f"{md}, MD", IDPRAC]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_lab(rng):
    client = people(rng, 1, "ac", sexes="F", used=USED)[0]
    pa, sup = people(rng, 2, "ap", sexes="FM", used=USED)
    cid = client_id(rng)
    ld = dt.date(2026, 4, 14)
    drawn = dt.date(2026, 3, 3)
    ctl = control_no(rng, dt.date(2026, 3, 31))
    lab = "Brightwick Diagnostic Laboratory"
    charge, ded = 312.00, 248.00
    batch = f"B{digits(rng, 4)}-{rng.randint(10, 99)}"
    p = EUSheet(footer="Page {n} of {nb}",
                ids_foot=f"Tallowen CB-L07  \u00b7  {slash(ld)}  \u00b7  {TAL}, {TAL_ADDR[0]}, {TAL_ADDR[1]}")
    p.set_margins(18, 16, 18)
    p.add_page()
    tal_head(p, rng, "CO-PAY REQUEST DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.f(9.6)
    p.cell(0, 5, ord_day(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [client, "14 Dory Lane", "Fernmouth, HM 60490"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.drop_block([("Cardholder ID", cid), ("Person code", "01"), ("Control no.", ctl),
                  ("Benefit plan / RxGroup", f"{PLAN_CB} / {RXGRP}"), ("Batch", batch)],
                 x=p.l_margin + W * 0.6, indent=14, size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(client)}:", 9.6)
    p.para(f"You asked ADAP CoverBridge to pay {usd(ded)} for an HIV viral load test (CPT 87536) done on "
           f"{long(drawn)}. {pa}, PA-C, of {IDPRAC} ordered the test, and {lab} did it and billed "
           f"{usd(charge)}. Your health plan counted {usd(ded)} toward your deductible.", 9.4)
    p.bar("Decision: not paid", 9.2)
    p.para(f"CoverBridge pays co-pays and deductibles only for care from pharmacies, providers and labs enrolled "
           f"with the Halmora ADAP (CoverBridge rules, section 5). {lab} is not enrolled. We cannot pay any part of "
           "this request.", 9.2)
    p.para(f"Enrolled labs near you include Quaymouth Reference Laboratory and the lab at {CLINIC}. Ask "
           f"{IDPRAC} to send your next tests to one of them. The lab may apply to enroll; if it is enrolled "
           "on the test date it may ask us to look at this request again.", 9.2)
    p.bar("If you disagree", 9.2)
    p.para("You or your case manager may ask the Program for a review within 60 days of the date of this letter. "
           f"Write to ADAP Reviews, {OFFICE[0]}, {OFFICE[1]}, and give the control number above.", 9.2)
    p.ln(2)
    sign(p, [first_last(sup), "CoverBridge Co-pay Unit", "Tallowen Pharmacy Benefit Services, LLC"])
    t = truth("denial_letter", "out_of_network", insurer=TAL, plan_id=PLAN_CB, group=RXGRP, member_id=cid,
              member_name=client, cases=[ctl], claim_amount=m2(charge), service_dates=[iso(drawn)],
              denial_date=iso(ld), provider=lab, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": TAL_ALT, "claim_amount": [m2(ded)], "provider": [f"{pa}, PA-C", pa, IDPRAC]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    st = bd_statement(rng)
    cover, stack_docs = stack_residency_and_premium(rng)
    return [
        Item(f"{f}_bd_copay_statement_status_codes", "born_digital", [st]),
        Item(f"{f}_faxstd_stack_agency_cover_residency_then_premium_paid", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_pharmacy_remittance_hcv_prior_approval", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_bd_review_decision_late_counseling_copay_mailed_stamp", "born_digital", [bd_review(rng)]),
        Item(f"{f}_lowres150_es_ingresos_recertificacion", "scan_lowres_150", [lowres_es_income(rng)]),
        Item(f"{f}_photocopy_part_d_pays_first_file_and_control", "photocopy", [photocopy_part_d(rng)]),
        Item(f"{f}_phone_unenrolled_lab_copay_drop_labels", "phone_photo", [phone_lab(rng)]),
    ]
