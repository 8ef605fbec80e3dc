"""Papers mirrored (structure and plain wording style only) from the federal program that compensates workers of the
atomic weapons and energy complex for occupational illnesses and pays the medical care of their accepted conditions:
a medical benefits card listing the accepted conditions, bills paid at a fee schedule with nothing owed by the worker,
pre-authorisation of home health care and of equipment, a bill processing agent that sends bill payment statements to
workers and remittance vouchers to providers, reimbursement of what a worker paid himself, a district office's
recommended decision that the worker may object to, and a final review branch that decides objections and requests
for review. Every sentence is written here; the program, its offices, its agent, every clinic, person, number,
amount and address are invented (phones 555; CPT, HCPCS and ICD-10 codes as themselves).

Issuer: the invented Federal Atomic Workers' Illness Compensation Program ("the Program"), Division of Atomic
Workers' Illness Benefits, with district offices in Cressholt, TN (near an invented diffusion plant and a machining
complex) and Quivara Mesa, NM (near the invented Quivara Mesa Laboratory) and a Final Review Branch; its letterhead is
a drawn atom in a ring beside the name in heavy capitals over two lines ("FEDERAL ATOMIC WORKERS'" / "ILLNESS
COMPENSATION PROGRAM"), the division and office under it, and the full name again in the running footer. Its bill
processing agent is Cobbleworth Medical Bill Processing, Inc. (logo word "COBBLEWORTH" with the legal name small under
it and "bill processing agent for the Program" in grey).

Numbering: the worker's case file number "File no." = district letters + six digits + a check letter, printed with
dashes (CR-418233-E, QM-...); the medical benefits card number = a digit, a letter, four digits, a letter, two digits
(6K0417T35: letters in mixed positions, printed plainly); bill control numbers = "26" + day of year + eight digits
(13 digits, printed whole, under "Control no."); home health pre-authorisation matters "HH-26-" + five digits (under
"Matter"); other pre-authorisation requests "AWP-26-" + five digits; reimbursement requests "RC-26-" + five digits
(under "Referencia" in Spanish); Final Review Branch dockets "FRB-26-" + four digits (under "Docket"). Decoys:
document control numbers (DCN + 12 digits), form numbers (AW-2, AW-17C, AW-60, AW-915, AW-1168), batch and "Lote"
numbers, voucher numbers, EFT traces, provider numbers and NPIs, tax IDs; dates of filing, of earlier decisions, of
acceptance, "covered from", renewal and fax transmission.

Invented rules: bills for conditions not on the card are not paid; home health care and any equipment over $250
need pre-authorisation (periods of up to six months); reimbursement requests must arrive within 90 days of the
service; the fee schedule is payment in full; a recommended decision may be objected to within 60 days of its date;
bill decisions may be reviewed on a written request within 30 days of the statement or notice; provider vouchers may
be reconsidered within 60 days of the voucher; Final Review Branch decisions may be reconsidered within 30 days.

Documents (8 in 7 files):
- bd_bill_statement_knee_bills_not_accepted_condition: a born-digital two-page bill payment statement to a former
  machinist whose card lists chronic beryllium disease and a basal cell carcinoma; four bills, each headed by its
  "Control no." and provider with the rendering clinician in a grey line; the orthopaedic clinic's knee bills (a new
  patient visit and X-rays on one day, a knee injection on a later day, 706.00 billed) are paid 0.00 with status
  "D7" only; F2 (fee schedule), P1 (paid as billed), B4 (bundled, no separate payment) and R3 (paid to you) explain
  the rest in the legend under the table; captions in a narrow column with values at the right edge of the page.
  `eob`, `not_covered`.
- faxstd_stack_retirees_club_cover_home_health_then_lift_chair: a standard-fax stack sent by a retirees' club (a
  typed fax memo on the club's letterhead with a hand-lettered note at its foot, a page of no document; its fax line
  and date on every page): (i) the district office's two-page home health decision: a home health agency asked
  for 12 aide hours a day and seven nurse visits a week for six months; 8 hours and two visits approved, the rest
  not medically necessary (the requesting pulmonologist named only in prose); the decision date's caption is set
  tiny and light; "Matter" beside a document control number and a form number in a label block whose values sit
  below and to the right. `denial_letter`, `medical_necessity`. (ii) the agent's notice that a seat lift chair
  delivered by a home medical supplier was not paid because no pre-authorisation was on file (ordered by a nurse
  practitioner). `denial_letter`, `prior_authorization`.
- faxstd_recommended_decision_employment_not_established: a three-page recommended decision of the Quivara Mesa
  district office dated "March 3rd, 2026" (the numeric date only in the running header of pages 2-3), faxed a week
  later (fax line on every page): a toxic-exposure claim for chronic obstructive pulmonary disease by an insulator
  whose subcontractor employment at the laboratory could not be verified; objections within 60 days of the date of
  the recommended decision. No card, no bill, no provider. `denial_letter`, `eligibility`.
- scan300_es_reembolso_fuera_de_plazo: a Spanish letter (scan, 300 dpi) refusing a former guard's request to be
  repaid for two visits with "Dra." a pulmonologist and a portable oxygen refill, received more than 90 days after
  the services; "Referencia" beside the form and batch numbers. `denial_letter`, `timely_filing`, `lang: es`.
- rotated_final_review_chelation_upheld: a two-page Final Review Branch decision fed sideways, dated "the 14th of
  April, 2026" in the text, upholding the refusal to pre-authorise 30 EDTA chelation infusions for chronic
  beryllium disease as experimental; "Docket" and the request number; the member facts (card, file, request,
  requesting physician "DO", infusion centre, planned start, the numeric decision date) in a box on page two.
  `denial_letter`, `experimental`.
- photocopy_provider_voucher_modifier: a one-page remittance voucher from the agent to a pulmonary clinic, three
  workers' bills; the lung function tests billed with the professional-component modifier for tests done with the
  clinic's own equipment are refused under CO-4 / N657 only (the nurse practitioner rendering); CO-45 and CO-97
  explain the paid bills; the voucher's date only in the footer ("Run 05/08/2026"). `eob`, `coding_error`.
- bd_medical_benefits_card_letter: a born-digital letter sending a worker her medical benefits card (accepted
  conditions, how providers bill, a printed wallet card); its only date in a MAILED stamp. `other`, no denial.

Truth notes and honest alternatives: insurer is the letterhead issuer (the Program on its papers, Cobbleworth on the
agent's notice and voucher; the other accepted there, the division's name accepted for the Program); the file number
is a case number wherever printed beside the bill, matter, request or docket (the bill, matter, request or docket
alone accepted, since a reader may take the file number for the worker's account rather than the claim); the
pre-authorisation period is a span (its first day or none accepted); the requesting pulmonologist is accepted beside
the home health agency, the ordering nurse practitioner beside the supplier, the infusion centre beside the
requesting physician, and the practices beside their clinicians; the chelation estimate (4,350.00) is accepted as
the amount of the pre-service decision whose truth amount is null; the welcome letter's file number or none.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famud import (UESheet, addr_block, club_cover, digits, dr, es_date, first_last, iso, last_first,
                               long, m2, mdy_ord, n2, npi, out, people, phone, plus, sign, slash, stamp_day,
                               the_of_c, tin, tollfree, truth, workday)

FAMILY = ("atomic_workers_illness_compensation_program_knee_bills_home_health_hours_lift_chair_no_preauth_"
          "unverified_employment_late_reimbursement_chelation_modifier_refusals")
LANG = "en"
SEED = 355099
USED: set = set()

PROG = "Federal Atomic Workers' Illness Compensation Program"
DIV = "Division of Atomic Workers' Illness Benefits"
PROG_ALT = [PROG, "Atomic Workers' Illness Compensation Program", DIV, "Federal Atomic Workers Illness Compensation "
            "Program", "Atomic Workers Illness Compensation Program"]
AGENT = "Cobbleworth Medical Bill Processing, Inc."
AGENT_ALT = [AGENT, "Cobbleworth Medical Bill Processing", "Cobbleworth"] + PROG_ALT
CR_OFFICE = ["Cressholt District Office", "1180 Spallation Drive, Suite 300", "Cressholt, TN 37839"]
QM_OFFICE = ["Quivara Mesa District Office", "55 Canada Larga Road, Building 2", "Quivara Mesa, NM 87544"]
FRB_OFFICE = ["Final Review Branch", "P.O. Box 77104", "Washington, DC 20013"]
AGENT_ADDR = ["P.O. Box 8841", "Hessary, KY 40743"]
CARD_LET = "BGHKRTWXZ"


def es_abbr(d: dt.date) -> str:
    """12-ene-2026 (a Spanish table's date: day, abbreviated month, year)"""
    mon = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"][d.month - 1]
    return f"{d.day:02d}-{mon}-{d.year}"


def card_no(rng) -> str:
    return f"{rng.randint(2, 9)}{rng.choice(CARD_LET)}{digits(rng, 4)}{rng.choice(CARD_LET)}{digits(rng, 2)}"


def file_no(rng, dist: str) -> str:
    return f"{dist}-{digits(rng, 6)}-{rng.choice('ACEHKMRTX')}"


def ctrl_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{digits(rng, 8)}"


def dcn(rng) -> str:
    return f"DCN {digits(rng, 12)}"


def foot(office: str) -> str:
    return f"{PROG}  \u00b7  {DIV}  \u00b7  {office}"


def head(p: UESheet, rng, office: list[str], box: str | None = None, area: str = "865"):
    p.fed_head("Federal Atomic Workers'", "Illness Compensation Program", DIV, office[0],
               [office[1], office[2], f"Toll-free {tollfree(rng, '866')}", f"Fax {phone(rng, area)}"], box=box)


def agent_head(p: UESheet, rng, box: str | None = None):
    p.logo_legal("COBBLEWORTH", AGENT, [AGENT_ADDR[0], AGENT_ADDR[1], f"Bill inquiries {tollfree(rng, '877')}",
                                         f"Provider line {tollfree(rng, '888')}"],
                 tagline="Bill processing agent for the " + PROG, box=box, size=22, mark=False, spacing=1.4)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    worker = people(rng, 1, "aw", sexes="M", used=USED)[0]
    pulm, derm_pa, ortho_pa, pharm = people(rng, 4, "ac", sexes="MFMF", used=USED)
    card, fil = card_no(rng), file_no(rng, "CR")
    sd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    v1 = workday(dt.date(2026, 3, 2))
    v2 = workday(dt.date(2026, 3, 5))
    o1 = workday(dt.date(2026, 3, 9))
    o2 = workday(dt.date(2026, 3, 23))
    rx = workday(dt.date(2026, 3, 12))
    lung = "Sawmill Gap Lung & Sleep Associates"
    derm = "Ridgeline Dermatology & Mohs Surgery"
    ortho = "Cressholt Bone & Joint Clinic"
    pharmacy = "Quarry Street Pharmacy"
    bills = [
        (ctrl_no(rng, plus(v1, 6)), lung, f"Rendering: {dr(pulm, 'MD')}", [
            (v1, "99214", "Office visit, established patient", 245.00, 162.40, 162.40, "F2"),
            (v1, "94010", "Spirometry", 118.00, 61.55, 61.55, "F2")]),
        (ctrl_no(rng, plus(v2, 5)), derm, f"Rendering: {derm_pa}, PA-C", [
            (v2, "11602", "Excision, malignant lesion, trunk 1.1-2.0 cm", 486.00, 301.12, 301.12, "F2"),
            (v2, "88305", "Surgical pathology, level IV", 132.00, 132.00, 132.00, "P1"),
            (v2, "A4217", "Sterile saline, 500 ml", 14.00, 0.00, 0.00, "B4")]),
        (ctrl_no(rng, plus(o2, 4)), ortho, f"Rendering: {ortho_pa}, PA-C", [
            (o1, "99204", "Office visit, new patient", 310.00, 0.00, 0.00, "D7"),
            (o1, "73562", "X-ray, knee, 3 views", 146.00, 0.00, 0.00, "D7"),
            (o2, "20610", "Injection, major joint", 212.00, 0.00, 0.00, "D7"),
            (o2, "J3301", "Triamcinolone acetonide, 10 mg x 4", 38.00, 0.00, 0.00, "D7")]),
        (ctrl_no(rng, plus(rx, 9)), f"{pharmacy} (paid by you)", f"Pharmacist: {pharm}, PharmD", [
            (rx, "Rx", "Prednisone 10 mg, 30 tablets", 21.40, 21.40, 21.40, "R3")]),
    ]
    den = 2
    p = UESheet(footer="Page {n} of {nb}", ids_foot=foot(CR_OFFICE[0]),
                run_hdr=f"{last_first(worker)}   File no. {fil}   Statement of {slash(sd)}   page {{n}}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, rng, CR_OFFICE, box="BILL PAYMENT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [worker.upper(), "2207 Old Poplar Creek Road", "Cressholt, TN 37830"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Statement date", long(sd)), ("File no.", fil), ("Medical benefits card", card),
                 ("Batch no.", f"B-{digits(rng, 6)}"), ("Document control no.", dcn(rng))],
                x=p.l_margin + W * 0.47, cap_w=24, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("This statement lists medical bills the Program processed for you. You do not owe the providers anything "
           "for a bill the Program paid; the fee schedule amount is payment in full. The last column shows a status "
           "code for each line; the codes are explained under the table.", 8.6)
    rows = []
    for c, prov, who, lines in bills:
        rows.append({"head": f"Control no. {c}     {prov}", "who": who,
                     "lines": [[slash(d), code, s, n2(b), n2(a), n2(pd), st] for d, code, s, b, a, pd, st in lines],
                     "total": ["", "", "Bill total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                               n2(sum(x[5] for x in lines)), ""] if len(lines) > 1 else None})
    tb = sum(x[3] for b in bills for x in b[3])
    tp = sum(x[5] for b in bills for x in b[3])
    p.status_rows(["Service date", "Code", "Service", "Billed", "Fee schedule", "Paid", "Status"],
                  [W * k / 100 for k in (13, 8, 41, 10, 11, 9, 8)], ["L", "L", "L", "R", "R", "R", "C"], rows,
                  size=7.8, totals=["", "", "Totals for this statement", n2(tb), "", n2(tp), ""])
    p.legend_cols("Status codes", [
        ("F2", "Paid at the Program's fee schedule. The provider accepted this amount as payment in full."),
        ("P1", "Paid as billed."),
        ("B4", "Part of another service on the same bill. No separate payment, and you may not be billed for it."),
        ("R3", "Paid to you, for an amount you paid the provider yourself. The check is mailed separately."),
        ("D7", "The diagnosis on this bill is not a condition accepted in your case. The Program pays only for "
               "treatment of accepted conditions."),
        ("M5", "A medical report is needed before this bill can be paid. Ask the provider to send it."),
        ("T9", "Received more than 90 days after the service."),
    ], ncol=2, size=7.4, code_w=8)
    p.add_page()
    p.bar("Conditions accepted in your case", 9.0)
    p.ruled_rows(["Condition", "ICD-10", "Accepted on"],
                 [["Chronic beryllium disease", "J63.2", "November 18, 2025"],
                  ["Basal cell carcinoma of skin of trunk", "C44.519", "February 2, 2026"]],
                 [W * 0.6, W * 0.15, W * 0.25], ["L", "L", "L"], size=8.6)
    p.para("Bills for other illnesses or injuries go to your own insurance or Medicare. If you think another "
           "condition was caused by your work, you may file a new claim with the district office.", 8.6)
    p.bar("If you disagree", 9.0)
    p.para("You may ask for a review of how a bill was processed. Write to the Cressholt District Office within 30 "
           "days of the date of this statement, give the control number of the bill and say why you disagree. Send any "
           "medical report that shows the care was for an accepted condition.", 8.6)
    p.para("Providers have their own reconsideration rights and are told about them on their remittance vouchers.", 8.2)
    p.bar("Questions", 9.0)
    p.para(f"Call the bill processing agent at {tollfree(rng, '877')}, Monday through Friday, 8 a.m. to 6 p.m. "
           "Eastern time. Have your card number ready.", 8.6)
    c, prov, who, lines = bills[den]
    t = truth("eob", "not_covered", insurer=PROG, member_id=card, member_name=worker, cases=[c, fil],
              claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(o1), iso(o2)], denial_date=iso(sd),
              provider=f"{ortho_pa}, PA-C", appeal_deadline=iso(plus(sd, 30)),
              alternates={"insurer": PROG_ALT, "case_numbers": [[c]], "provider": [ortho, ortho_pa]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    worker = people(rng, 1, "aw", sexes="M", used=USED)[0]
    wife = people(rng, 1, "aw", sexes="F", last=worker.split()[-1], used=USED)[0]
    secy = people(rng, 1, "aw", sexes="M", used=USED)[0]
    pulm, examiner, np_, adv, clerk = people(rng, 5, "ac", sexes="FMFFM", used=USED)
    card, fil = card_no(rng), file_no(rng, "CR")
    agency = "Tenmile Bend Home Health Services"
    supplier = "Cressholt Home Medical Supply"
    asked = workday(dt.date(2026, 3, rng.randint(16, 18)))
    dd = workday(plus(asked, rng.randint(17, 20)))
    start = workday(plus(dd, rng.randint(5, 7)))
    end = plus(add6(start), -1)
    mat = f"HH-26-{digits(rng, 5)}"
    deliv = workday(dt.date(2026, 3, rng.randint(9, 11)))
    bc = ctrl_no(rng, plus(deliv, 12))
    nd = workday(plus(dd, rng.randint(2, 4)))
    sent = workday(plus(nd, rng.randint(6, 9)))
    items = [("E0627", "Seat lift mechanism, with recliner chair (patient-owned purchase)", 1085.00),
             ("A9901", "Delivery, set-up and instruction", 60.00)]
    total = sum(x[2] for x in items)
    club_fax = f"865 555 {digits(rng, 4)}"
    tx = f"{slash(sent)} 10:{rng.randint(10, 59)}  CRESSHOLT ATOMIC RETIREES  {club_fax}  P.{{n2}}/{{t2}}"
    cover = club_cover(rng, ["Cressholt Atomic Retirees Club",
                             "Machinists, Pipefitters & Operators, Retired  \u00b7  since 1987",
                             f"Union Hall, 31 Gaseous Row, Cressholt, TN 37830  \u00b7  {phone(rng)}"],
                       [("TO:", f"{first_last(adv)}, Ridge Counties Worker Advocacy Project"),
                        ("FAX:", phone(rng)), ("FROM:", f"{first_last(secy)}, club secretary"),
                        ("PAGES:", "4 incl. this memo"),
                        ("RE:", f"Brother {first_last(worker)} - home health letter + lift chair bill")],
                       f"{first_last(wife)} brought these to the hall Monday. {worker.split()[0]} is on oxygen and "
                       "can't get out. She says the aide hours got cut and the chair bill came back unpaid. Can you "
                       "look them over before the 30 days run out?",
                       [f"{adv.split()[0]} - call {wife.split()[0]} at {phone(rng)}", "she is home after 3  - "
                        + secy.split()[0][0] + "."],
                       tx=tx, tx_total=4)
    # (i) the home health decision
    p = UESheet(footer="Page {n} of {nb}", ids_foot=foot(CR_OFFICE[0]), tx=tx, tx_off=1, tx_total=4,
                run_hdr=f"{worker}  \u00b7  Matter {mat}  \u00b7  page {{n}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, CR_OFFICE, box="HOME HEALTH DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.faint_date("Date of decision", long(dd), size=10.4)
    y = p.get_y()
    addr_block(p, [worker, "16 Wheat Community Lane", "Cressholt, TN 37830"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.below_right([("Matter", mat), ("File no.", fil), ("Medical benefits card", card),
                   ("Form", "AW-17C Home health request (Rev. 09/24)"), ("Document control no.", dcn(rng))],
                  x=p.l_margin + W * 0.5, indent=22, size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(worker)}:", 9.4)
    p.para(f"On {long(asked)} {agency} asked the Program to pre-authorize home health care for you for six months. "
           f"The request came with a letter of medical necessity from {dr(pulm, 'MD')}, your pulmonologist, and her "
           "notes from your last two visits. A nurse consultant and the medical benefits examiner reviewed them.", 9.2)
    p.ruled_rows(["Care asked for", "Asked for", "Authorized"],
                 [["Home health aide (personal care, oxygen set-up)", "12 hours a day, 7 days a week",
                   "8 hours a day, 7 days a week"],
                  ["Licensed practical nurse visits", "7 visits a week", "2 visits a week"],
                  ["Period", f"{slash(start)} - {slash(end)}", f"{slash(start)} - {slash(end)}"]],
                 [W * 0.44, W * 0.28, W * 0.28], ["L", "L", "L"], size=8.6)
    p.bar("Why the rest was not authorized", 9.0)
    p.para("The Program pays for home health care that is medically necessary for an accepted condition. Your "
           "chronic beryllium disease is accepted, and the records support help with bathing, dressing, meals and "
           "your oxygen for most of the day, and twice-weekly nursing to check your oxygen levels and medicines.",
           9.0)
    p.para("The records do not show a need for more. You walk inside the house with a walker, feed yourself, and "
           "your oxygen flow has not changed since January. No wound care, injections or tube feedings are ordered. "
           "Four more aide hours a day and five more nurse visits a week are not medically necessary, so that part of "
           "the request is denied.", 9.0)
    p.add_page()
    p.bar("What happens next", 9.0)
    p.bullets([f"{agency} may start the authorized care on {long(start)}. Its bills go to the bill processing agent.",
               "If your health changes, your doctor may send a new letter of medical necessity at any time; a new "
               "request does not need to wait for this period to end.",
               f"A renewal request should reach us at least 30 days before {long(end)}."], size=9.0)
    p.bar("If you disagree", 9.0)
    p.para("You may ask the district office to review this decision. Your request must be in writing and must reach "
           "us within 30 days of the date of this decision. Tell us what you disagree with and send any new medical "
           "evidence. If you do not ask for a review, this decision stands.", 9.0)
    p.ln(2)
    sign(p, [first_last(examiner), "Medical Benefits Examiner", CR_OFFICE[0]])
    p.para(f"cc: {agency};  {dr(pulm, 'MD')}", 8.0)
    hh = out(p)
    hh_t = truth("denial_letter", "medical_necessity", insurer=PROG, member_id=card, member_name=worker,
                 cases=[mat, fil], service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(dd), provider=agency,
                 appeal_deadline=iso(plus(dd, 30)),
                 alternates={"insurer": PROG_ALT, "case_numbers": [[mat]], "provider": [dr(pulm, "MD"), pulm],
                             "service_dates": [[iso(start)], []]})
    # (ii) the agent's notice: lift chair without pre-authorisation
    q = UESheet(footer="Page {n} of {nb}", tx=tx, tx_off=3, tx_total=4,
                ids_foot=f"{AGENT}  \u00b7  for the {PROG}")
    q.set_margins(18, 16, 18)
    q.add_page()
    agent_head(q, rng, box="NOTICE OF BILL DECISION")
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [worker, "16 Wheat Community Lane", "Cressholt, TN 37830"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    q.below_right([("Notice date", long(nd)), ("Control no.", bc), ("File no.", fil), ("Card no.", card),
                   ("Batch", f"{digits(rng, 2)}-{digits(rng, 5)}")],
                  x=q.l_margin + W * 0.52, indent=20, size=9.2)
    q.set_y(max(q.get_y(), yl) + 1)
    q.para(f"Dear {first_last(worker)}:", 9.4)
    q.para(f"We processed a bill from {supplier} for equipment delivered to your home on {long(deliv)}. The "
           f"equipment was ordered by {np_}, NP. We could not pay the bill.", 9.2)
    q.ruled_rows(["Code", "Item", "Billed", "Paid"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", "Total", n2(total), "0.00"]],
                 [W * k / 100 for k in (11, 63, 14, 12)], ["L", "L", "R", "R"], size=8.6, bold_rows=(len(items),))
    q.bar("Why the bill was not paid", 9.0)
    q.para("Equipment that costs more than $250.00 must be pre-authorized by the district office before it is "
           "delivered. No pre-authorization was on file for this seat lift chair. The supplier did not ask for one, "
           "and none was asked for by your nurse practitioner.", 9.0)
    q.para("This is not a decision that you do not need the chair. The supplier or your nurse practitioner may still "
           "ask the district office for pre-authorization with a letter that explains how the chair helps with your "
           "accepted condition; if it is approved, the supplier may send the bill again.", 9.0)
    q.bar("If you disagree", 9.0)
    q.para("Write to the Cressholt District Office within 30 days of the date of this notice. Include the control "
           "number above. A supplier who accepts the Program's card may not bill you while a request is pending.", 9.0)
    q.ln(1)
    sign(q, [first_last(clerk), "Bill Resolution Unit", AGENT], size=9.0)
    q.para(f"cc: {supplier}, Provider no. {digits(rng, 9)}", 8.0)
    lift = out(q)
    lift_t = truth("denial_letter", "prior_authorization", insurer=AGENT, member_id=card, member_name=worker,
                   cases=[bc, fil], claim_amount=m2(total), service_dates=[iso(deliv)], denial_date=iso(nd),
                   provider=supplier, appeal_deadline=iso(plus(nd, 30)),
                   alternates={"insurer": AGENT_ALT, "case_numbers": [[bc]], "provider": [f"{np_}, NP", np_]})
    return cover, [(hh, hh_t), (lift, lift_t)]


def add6(d: dt.date) -> dt.date:
    m = d.month + 6
    y = d.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    return dt.date(y, m, min(d.day, 28))


# ---------------------------------------------------------------------------------------------------------------
def faxstd_rd(rng):
    worker = people(rng, 1, "aw", sexes="M", used=USED)[0]
    ce, rep, doc = people(rng, 3, "ac", sexes="FMF", used=USED)
    fil = file_no(rng, "QM")
    rd = dt.date(2026, 3, 3)
    filed = dt.date(2026, 1, rng.randint(6, 9))
    dev = workday(dt.date(2026, 1, rng.randint(26, 28)))
    sent = workday(plus(rd, rng.randint(7, 8)))
    sub = "Dunmarch Insulation & Scaffold Co."
    lab = "Quivara Mesa Laboratory"
    tx = (f"{slash(sent)}  14:{rng.randint(10, 59)}  FAWICP QUIVARA MESA DO  505 555 {digits(rng, 4)}  "
          f"PAGE {{n}} OF {{t}}")
    p = UESheet(footer="Page {n} of {nb}", ids_foot=foot(QM_OFFICE[0]), tx=tx, tx_total=3,
                run_hdr=f"File no. {fil}  \u00b7  Recommended decision of {slash(rd)}  \u00b7  page {{n}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, QM_OFFICE, box="NOTICE OF RECOMMENDED DECISION", area="505")
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, mdy_ord(rd), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y = p.get_y()
    addr_block(p, [worker, "418 Arroyo Seco Loop", "Chimayo Flats, NM 87522"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.below_right([("Employee", worker), ("File no.", fil), ("Claim form", f"AW-2, received {slash(filed)}"),
                   ("Document control no.", dcn(rng))], x=p.l_margin + W * 0.5, indent=18, size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(worker)}:", 9.4)
    p.para("Enclosed is the recommended decision of the Quivara Mesa District Office on your claim for benefits for "
           "chronic obstructive pulmonary disease (COPD) based on exposure to toxic substances. The district office "
           "recommends that your claim be denied. This is not a final decision.", 9.2)
    p.para("Your file now goes to the Final Review Branch, which makes the final decision. Read the notice of your "
           "rights at the end of the decision. If you agree with the recommendation, you may sign and return the "
           "enclosed waiver so the Final Review Branch can decide sooner. If you disagree, you may send written "
           "objections and ask for a hearing.", 9.2)
    p.para(f"You named {first_last(rep)} of the Sheet Metal & Insulators Retirees Council as your authorized "
           "representative; a copy of this decision is being sent to him.", 9.2)
    p.ln(2)
    sign(p, [first_last(ce), "Claims Examiner", QM_OFFICE[0]])
    p.para("Enclosures: Recommended decision; Notice of recommended decision and claimant rights; Waiver (Form AW-60)",
           8.0)
    p.add_page()
    p.heading("RECOMMENDED DECISION", 12, rule=True)
    p.para(f"In the claim of {worker} (employee), File no. {fil}.", 9.2)
    p.bar("Statement of the case", 9.0)
    p.para(f"On {long(filed)} you filed a claim on Form AW-2 for COPD. You said you worked as an insulator for "
           f"{sub}, a subcontractor, at the {lab} from 1986 through 1989. You sent the report of {dr(doc, 'MD')}, who "
           "diagnosed COPD, and two statements from former co-workers.", 9.0)
    p.para(f"The district office asked the Department's employment records contact and the {lab} badge office to "
           f"verify your employment. Neither found any record of you. {sub} closed in 1994; its records could not "
           f"be found. On {long(dev)} we wrote to you and asked for any pay stubs, union dispatch slips, badge "
           "photographs or other proof, and gave you 30 days. You sent a Social Security earnings statement.", 9.0)
    p.bar("Findings of fact", 9.0)
    p.bullets([f"The Social Security statement shows wages from {sub} in 1986 through 1989, but it does not show "
               "where the work was done, and the company had jobs at places that are not covered facilities.",
               "The co-workers' statements do not give dates, a building or a job at the laboratory.",
               "No record places you at a covered facility as an employee of a contractor or subcontractor."], size=9.0)
    p.bar("Conclusions of law", 9.0)
    p.para("To be paid benefits, a claimant must show that he worked at a covered facility for a covered contractor or "
           "subcontractor. The evidence does not establish that you were a covered employee. Because covered "
           "employment is not established, the district office did not decide whether COPD was caused by toxic "
           "exposure. The district office recommends that your claim for COPD be denied.", 9.0)
    p.add_page()
    p.heading("NOTICE OF RECOMMENDED DECISION AND CLAIMANT RIGHTS", 11, rule=True)
    p.para("You have 60 days from the date of this recommended decision to file written objections with the Final "
           "Review Branch. Say what parts of the recommended decision you disagree with and why. You may ask for an "
           "oral hearing or for a review of the written record; if you ask for neither, the Final Review Branch "
           "will review the written record.", 9.0)
    p.para("If you do not object within 60 days, the Final Review Branch may issue a final decision that adopts this "
           "recommendation. You may also waive the 60 days by signing the enclosed Form AW-60.", 9.0)
    p.para(f"Send objections to: {FRB_OFFICE[0]}, {FRB_OFFICE[1]}, {FRB_OFFICE[2]}, or fax them to "
           f"{phone(rng, '202')}. Put your file number on every page.", 9.0)
    p.para("New evidence of employment (pay stubs, union records, a badge, a letter from a supervisor) may be sent "
           "with your objections. The district office may also reopen a claim when new evidence arrives.", 9.0)
    t = truth("denial_letter", "eligibility", insurer=PROG, member_name=worker, cases=[fil], denial_date=iso(rd),
              appeal_deadline=iso(plus(rd, 60)), alternates={"insurer": PROG_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_es(rng):
    worker = people(rng, 1, "sp", sexes="M", used=USED)[0]
    dra = people(rng, 1, "sp", sexes="F", used=USED)[0]
    clerk = people(rng, 1, "ac", sexes="F", used=USED)[0]
    card, fil = card_no(rng), file_no(rng, "QM")
    ref = f"RC-26-{digits(rng, 5)}"
    s1 = workday(dt.date(2026, 1, rng.randint(12, 14)))
    s2 = workday(dt.date(2026, 1, rng.randint(26, 28)))
    got = workday(plus(s2, rng.randint(104, 110)))
    ld = workday(plus(got, rng.randint(6, 9)))
    clinic = "Clínica Respiratoria del Valle Alto"
    items = [(s1, "Consulta con la Dra. " + dra.split()[0] + " " + dra.split()[-1], 185.00),
             (s1, "Recarga de oxígeno portátil", 42.50),
             (s2, "Consulta de seguimiento", 185.00)]
    total = sum(x[2] for x in items)
    p = UESheet(footer="Página {n} de {nb}", ids_foot=foot(QM_OFFICE[0]))
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, QM_OFFICE, box="AVISO SOBRE SU SOLICITUD DE REEMBOLSO", area="505")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, f"Quivara Mesa, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y = p.get_y()
    addr_block(p, [worker, "Calle del Molino 27", "Chimayo Flats, NM 87522"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Referencia", ref), ("Expediente", fil), ("Tarjeta de beneficios médicos", card),
                 ("Formulario", "AW-915 (Rev. 06/24)"), ("Lote", f"L-{digits(rng, 6)}")],
                x=p.l_margin + W * 0.5, cap_w=30, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Estimado señor {worker.split()[-1]}:", 9.4)
    p.para(f"Recibimos el {es_date(got)} su solicitud de reembolso (formulario AW-915) por gastos que usted pagó de su "
           f"bolsillo en la {clinic}, donde lo atiende la Dra. {dra}, neumóloga. Su beriliosis crónica es una "
           "condición aceptada, pero no podemos reembolsar estos gastos.", 9.2)
    p.ruled_rows(["Fecha del servicio", "Servicio", "Cantidad pagada"],
                 [[es_abbr(d), s, n2(a)] for d, s, a in items] + [["", "Total solicitado", n2(total)]],
                 [W * 0.24, W * 0.54, W * 0.22], ["L", "L", "R"], size=8.8, bold_rows=(len(items),))
    p.bar("Por qué no se reembolsan", 9.0)
    p.para("Las solicitudes de reembolso deben llegar al Programa dentro de 90 días después de la fecha del "
           f"servicio. Su solicitud llegó el {es_date(got)}, más de 90 días después de las dos consultas y de la "
           "recarga de oxígeno. Por eso no se pueden pagar.", 9.0)
    p.para("Para el futuro: si le da su tarjeta de beneficios médicos a la clínica, la clínica le cobra directamente "
           "al Programa y usted no tiene que pagar nada ni pedir un reembolso.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede pedir por escrito una revisión dentro de 30 días a partir de la fecha de esta carta. Escriba la "
           "referencia de arriba y explique por qué no está de acuerdo; si la solicitud se envió a tiempo, mande el "
           "comprobante del correo o del fax.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Unidad de Beneficios Médicos", QM_OFFICE[0]], close="Atentamente,")
    t = truth("denial_letter", "timely_filing", insurer=PROG, member_id=card, member_name=worker, cases=[ref, fil],
              claim_amount=m2(total), service_dates=[iso(s1), iso(s2)], denial_date=iso(ld), provider=dra,
              appeal_deadline=iso(plus(ld, 30)), lang="es",
              alternates={"insurer": PROG_ALT + ["Programa Federal de Compensación"], "case_numbers": [[ref]],
                          "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_frb(rng):
    worker = people(rng, 1, "aw", sexes="M", used=USED)[0]
    do_, hearing, ce = people(rng, 3, "ac", sexes="MFM", used=USED)
    card, fil = card_no(rng), file_no(rng, "CR")
    dock = f"FRB-26-{digits(rng, 4)}"
    req = f"AWP-26-{digits(rng, 5)}"
    dd = dt.date(2026, 4, 14)
    dod = workday(dt.date(2026, 1, rng.randint(20, 22)))
    obj = workday(plus(dod, rng.randint(20, 26)))
    start = workday(dt.date(2026, 2, 9))
    center = "Cressholt Integrative Infusion Center"
    p = UESheet(footer="Page {n} of {nb}", ids_foot=foot(FRB_OFFICE[0]))
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, FRB_OFFICE, box="DECISION OF THE FINAL REVIEW BRANCH", area="202")
    W = p.w - p.l_margin - p.r_margin
    addr_block(p, [worker, "97 Bear Creek Spur", "Cressholt, TN 37830"], 9.4)
    p.f(9.6, "B")
    p.cell(0, 5, f"Docket {dock}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"This decision of the Final Review Branch was issued on {the_of_c(dd)}. It concerns your request for "
           "review of the Cressholt District Office's refusal to pre-authorize chelation therapy. The facts of your "
           "file and of the request are in the box on page 2.", 9.2)
    p.bar("Background", 9.0)
    p.para(f"Your chronic beryllium disease is an accepted condition. {dr(do_, 'DO')} asked the Program to "
           f"pre-authorize 30 intravenous infusions of edetate disodium (EDTA chelation) at {center}, two a week, to "
           f"remove beryllium from your body. On {long(dod)} the district office refused. You asked for a review on "
           f"{long(obj)} and a hearing representative reviewed the written record.", 9.0)
    p.bar("Findings", 9.0)
    p.para("The Program pays for treatment that is likely to cure, give relief from, or reduce the degree or length "
           "of an accepted condition. Treatment that is experimental or that medical science has not accepted as "
           "effective for the condition is not paid.", 9.0)
    p.para("The medical literature you and your physician sent describes chelation for lead poisoning and case "
           "reports about other metals. None of it shows that chelation removes beryllium from the lungs or changes "
           "the course of chronic beryllium disease, and the Program's medical consultant found no accepted "
           "guideline that recommends it. Chelation therapy for this condition is experimental.", 9.0)
    p.bar("Decision", 9.0)
    p.para("The district office's decision is affirmed. The request to pre-authorize chelation therapy is denied. "
           "Treatment your physician may prescribe that is accepted for chronic beryllium disease (for example "
           "corticosteroids, oxygen and pulmonary rehabilitation) remains covered.", 9.0)
    p.add_page()
    p.facts_box("Your file and this request", [
        ("Employee", worker), ("Medical benefits card", card), ("File no.", fil), ("Docket", dock),
        ("Request no.", req), ("Requested by", dr(do_, "DO")), ("Infusion center", center),
        ("Treatment", "EDTA chelation, 30 infusions"), ("Planned start", long(start)),
        ("Estimated cost", "$4,350.00"), ("District office decision", slash(dod)), ("Decided", slash(dd))],
        cap_w=36)
    p.bar("Reconsideration", 9.0)
    p.para("If you disagree with this decision, you may ask the Final Review Branch to reconsider it. Your request "
           "must be in writing, must say why the decision is wrong and must be received within 30 days of the date "
           "this decision was issued. A request that only repeats earlier arguments will be denied.", 8.8)
    p.para("This decision does not stop your physician from asking for pre-authorization of another treatment.", 8.8)
    p.ln(2)
    sign(p, [first_last(hearing), "Hearing Representative", FRB_OFFICE[0]], close="")
    p.para(f"cc: {dr(do_, 'DO')}, {center};  {first_last(ce)}, Claims Examiner, {CR_OFFICE[0]}", 8.0)
    t = truth("denial_letter", "experimental", insurer=PROG, member_id=card, member_name=worker,
              cases=[dock, fil, req], service_dates=[iso(start)], denial_date=iso(dd), provider=dr(do_, "DO"),
              appeal_deadline=iso(plus(dd, 30)),
              alternates={"insurer": PROG_ALT, "case_numbers": [[dock], [dock, req], [dock, fil]],
                          "provider": [center, do_], "service_dates": [[]], "claim_amount": ["4350.00"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_voucher(rng):
    a, b, c = people(rng, 3, "aw", sexes="FMM", used=USED)
    md, np_, sig = people(rng, 3, "ac", sexes="MFF", used=USED)
    clinic = "Sawmill Gap Pulmonary Clinic"
    cards = [card_no(rng) for _ in range(3)]
    files = [file_no(rng, "CR") for _ in range(3)]
    run = workday(dt.date(2026, 5, rng.randint(6, 8)))
    d1 = workday(dt.date(2026, 4, 6))
    d2 = workday(dt.date(2026, 4, 8))
    d3 = workday(dt.date(2026, 4, 14))
    bills = [
        (a, cards[0], ctrl_no(rng, plus(d1, 5)), dr(md, "MD"), [
            (d1, "99213", "", 168.00, 118.20, 118.20, "CO-45"),
            (d1, "94060", "", 142.00, 88.70, 88.70, "CO-45")]),
        (b, cards[1], ctrl_no(rng, plus(d2, 6)), f"{np_}, NP", [
            (d2, "94726", "26", 164.00, 0.00, 0.00, "CO-4 N657"),
            (d2, "94729", "26", 122.00, 0.00, 0.00, "CO-4 N657")]),
        (c, cards[2], ctrl_no(rng, plus(d3, 4)), dr(md, "MD"), [
            (d3, "99214", "", 236.00, 160.35, 160.35, "CO-45"),
            (d3, "94760", "", 38.00, 0.00, 0.00, "CO-97")]),
    ]
    den = 1
    voucher = f"V{digits(rng, 9)}"
    p = UESheet(footer=None,
                ids_foot=f"{AGENT}  \u00b7  Run {slash(run)}  \u00b7  Voucher {voucher}  \u00b7  Page {{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    agent_head(p, rng, box="PROVIDER REMITTANCE VOUCHER")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [clinic, "Attn: Billing Office", "640 Sawmill Gap Road", "Clinton Hollow, TN 37716"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Provider no.", digits(rng, 9)), ("NPI", npi(rng)), ("Voucher no.", voucher),
                 ("EFT trace", digits(rng, 12)), ("Tax ID", tin(rng))], x=p.l_margin + W * 0.5, cap_w=24, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    rows = []
    for who, cd, ctl, rend, lines in bills:
        rows.append({"head": f"{last_first(who)}   Card {cd}   Control no. {ctl}", "who": f"Rendering: {rend}",
                     "lines": [[slash(d), code, mod, n2(bl), n2(al), n2(pd), st] for d, code, mod, bl, al, pd, st
                               in lines],
                     "total": ["", "Bill total", "", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                               n2(sum(x[5] for x in lines)), ""]})
    tb = sum(x[3] for bb in bills for x in bb[4])
    tp = sum(x[5] for bb in bills for x in bb[4])
    p.status_rows(["Service date", "Procedure", "Mod", "Billed", "Allowed", "Paid", "Adj. codes"],
                  [W * k / 100 for k in (15, 14, 8, 14, 14, 14, 21)], ["L", "L", "L", "R", "R", "R", "C"], rows,
                  size=8.0, totals=["", "Voucher totals", "", n2(tb), "", n2(tp), ""])
    p.legend_cols("Adjustment and remark codes on this voucher", [
        ("CO-45", "Charge exceeds the fee schedule maximum allowable. Write off the difference."),
        ("CO-97", "Payment is included in the allowance for another service billed on the same date."),
        ("CO-4", "The procedure code is inconsistent with the modifier used."),
        ("N657", "This should be billed with the appropriate code for these services: a test done with the "
                 "practice's own equipment is billed without modifier 26."),
        ("CO-16", "Claim lacks information needed for adjudication."),
        ("N30", "Patient is not eligible for this service on the date given."),
    ], ncol=2, size=7.4, code_w=11)
    p.bar("Reconsideration", 8.8)
    p.para("A provider may ask for reconsideration in writing within 60 days of the date of this voucher. A "
           "corrected bill with the right code or modifier is a new bill, not a reconsideration; send it with the "
           "original control number. Workers may not be billed for any amount on this voucher.", 8.2)
    sign(p, [first_last(sig), "Provider Payments", AGENT], size=8.6, close="")
    who, cd, ctl, rend, lines = bills[den]
    t = truth("eob", "coding_error", insurer=AGENT, member_id=cd, member_name=who, cases=[ctl],
              claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(d2)], denial_date=iso(run),
              provider=f"{np_}, NP", appeal_deadline=iso(plus(run, 60)),
              alternates={"insurer": AGENT_ALT, "provider": [clinic, np_]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_card_letter(rng):
    worker = people(rng, 1, "aw", sexes="F", used=USED)[0]
    ce = people(rng, 1, "ac", sexes="M", used=USED)[0]
    card, fil = card_no(rng), file_no(rng, "QM")
    md = workday(dt.date(2026, 5, rng.randint(18, 20)))
    acc = workday(plus(md, -rng.randint(12, 16)))
    eff = dt.date(2026, 1, rng.randint(5, 9))
    p = UESheet(footer="Page {n} of {nb}", ids_foot=foot(QM_OFFICE[0]))
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, QM_OFFICE, area="505")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [worker, "7 Rincon de los Alamos", "Quivara Mesa, NM 87544"], 9.4)
    p.mailed(stamp_day(md), p.l_margin + W * 0.62, y + 1, "QUIVARA MESA DO", angle=3)
    p.set_y(y + 26)
    p.f(9.2, "B")
    p.cell(0, 5, f"File no. {fil}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(worker)}:", 9.4)
    p.para(f"Your claim was accepted by a final decision on {long(acc)}. Below is your medical benefits card. Keep it "
           "with your other insurance cards and show it every time you see a doctor, fill a prescription or get "
           "equipment for an accepted condition.", 9.2)
    p.benefit_card("MEDICAL BENEFITS CARD", PROG, [
        ("Name", worker), ("Card no.", card), ("Covered from", long(eff)),
        ("Accepted", "Chronic silicosis (J62.8)"), ("", "Papillary thyroid cancer (C73)")],
        ["Providers: bill the agent on the standard claim form; fee schedule is payment in full.",
         f"Bill inquiries {tollfree(rng, '877')}   Pre-authorization {tollfree(rng, '866')}"], w=104)
    p.bar("How your card works", 9.0)
    p.bullets(["Your providers bill the Program's agent directly. You pay nothing for covered care of an accepted "
               "condition: no deductible, no copayment.",
               "Your provider must be enrolled with the Program (Form AW-1168). Most providers can enroll in a few "
               "days; ask them to call the provider line on the card.",
               "Home health care, nursing home care and equipment over $250 need pre-authorization before they "
               "start.",
               "Care for any other illness goes to your own insurance or Medicare as before."], size=9.0)
    p.bar("If you paid for care yourself", 9.0)
    p.para("Send Form AW-915 with the itemized bill and proof that you paid within 90 days of the service.", 9.0)
    p.ln(2)
    sign(p, [first_last(ce), "Claims Examiner", QM_OFFICE[0]])
    t = truth("other", None, insurer=PROG, member_id=card, member_name=worker, cases=[fil], denial_date=iso(md),
              alternates={"insurer": PROG_ALT, "case_numbers": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_statement(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_bill_statement_knee_bills_not_accepted_condition", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_retirees_club_cover_home_health_then_lift_chair", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_recommended_decision_employment_not_established", "fax_standard_g4", [faxstd_rd(rng)]),
        Item(f"{f}_scan300_es_reembolso_fuera_de_plazo", "scan_clean_300", [scan300_es(rng)]),
        Item(f"{f}_rotated_final_review_chelation_upheld", "rotated", [rotated_frb(rng)]),
        Item(f"{f}_photocopy_provider_voucher_modifier", "photocopy", [photocopy_voucher(rng)]),
        Item(f"{f}_bd_medical_benefits_card_letter", "born_digital", [bd_card_letter(rng)]),
    ]
