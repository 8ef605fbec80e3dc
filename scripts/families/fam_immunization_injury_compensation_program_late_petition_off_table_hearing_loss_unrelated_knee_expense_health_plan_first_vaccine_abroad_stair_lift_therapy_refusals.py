"""Papers mirrored (structure and plain wording style only) from a national no-fault vaccine injury compensation
program: a person who believes a covered vaccine injured them (or a parent for a child) files a petition with a
claims tribunal within 36 months of the first symptom; the program office asks for the medical records and
recommends; a claims examiner decides whether the injury is on the injury table (or was shown to be caused by the
vaccine), and a review judge hears a motion for review within 30 days; a vaccine given outside the country counts
only in narrow cases; an award pays, among other things, the medical expenses of the compensated injury that no
insurance paid, reimbursed on receipts through a contractor (health plans and other coverage pay first; equipment
and home changes approved before they are bought; more therapy only when it is reasonable and necessary).

Everything here is invented: the Immunization Injury Compensation Program (IICP) and its Office of Immunization
Injury Claims in Pennorth, MD (letterhead: a drawn shield holding a vial and a drop beside the name over two lines
in heavy capitals, the office in grey under it; the body says "the Program"), the Immunization Claims Tribunal and its
Office of Claims Examiners (a drawn seal beside the name; decisions captioned like court papers), the expense
reimbursement contractor Marlbrook Claims Services, Inc. of Skirlaugh, PA (a tracked logo word "MARLBROOK" beside a
square monogram, the legal name small under it), the law office Bampton & Yarcombe, every clinic, pharmacy,
supplier, person, number, amount and address; phones 555; CPT codes and claim adjustment reason codes as themselves.

Numbering: claimant numbers are a digit, a letter, two digits, a letter and four digits ("6R52K0714"), printed plainly;
a child's number is the parent's petitioner number with a suffix ("-01", "-02"). Tribunal dockets "yy-nnnnV"; Program
files "F26-" + five digits ("File no.", "Referencia"); reimbursement requests "R26-" + five digits + a letter (under
"Matter" or "Request"); contractor claims ten digits under "Control no.". Decoys: document control numbers
("Doc. control 26-0309-118-04"), form numbers ("Form IIC-22"), batch numbers, check and EFT numbers, NPIs, the award's
docket on the contractor's papers.

Documents (8 in 7 files):
- bd_statement_unrelated_knee_visit_code_x1: born-digital statement of expenses reimbursed under a shoulder-injury
  (SIRVA) award; five requests in an unruled table with a status-code column; the urgent care visit and knee X-ray
  (left knee) paid 0.00 under X1 (not the injury the award covers), told only in the legend beside A2/A3/A5 (share
  repaid, deductible repaid, nothing owed: the MRI the health plan paid in full) and unused codes. `eob`,
  `not_covered`. Captions in a narrow left column with dot leaders to values at the right edge; "Tuesday, the 10th
  of March 2026" as the statement date, the numeric date only in the footer.
- bd_more_therapy_not_necessary_facts_page_two: born-digital Program letter refusing 24 more neurologic physical
  therapy sessions (April 6 to June 26, 2026) after a Guillain-Barre award: no gain in six months, home program;
  dateline "Pennorth, Maryland, the 9th of March, 2026", the numeric date only in a postage-meter MAILED mark and the
  footer; the facts (claimant no., Matter, Docket, requested by) in a box on page two. `medical_necessity`.
- faxstd_stack_law_office_cover_records_request_then_late_petition: a standard-fax stack: the law office's printed
  fax cover, the Program's records request for a child's MMR petition (denies nothing: `other`, null; its "send by"
  date a decoy; the letter date with a tiny grey caption) and the tribunal's decision dismissing the petition as filed
  more than 36 months after the first seizure (`timely_filing`; motion for review within 30 days). The fax header
  (four days after the decision) on every page.
- faxstd_provider_advice_speech_therapy_other_coverage_first: a standard-fax provider payment advice to a pediatric
  therapy group; three children's claims with adjustment codes (CO-45 fee reductions, OA-23 other payer paid) and
  one boy's three speech therapy sessions paid 0.00 under CO-22 (his health plan must be billed first), told only in
  the code list. `eob`, `other`.
- phone_es_vacuna_en_el_extranjero: a photographed Spanish Program letter: a flu shot given abroad does not fall
  within the Program (no exception applies). `eligibility` (`not_covered` accepted).
- rotated_review_upheld_hearing_loss_off_table: the review judge's decision on a motion for review keeping the denial
  of compensation for hearing loss after a Td booster (not on the table, no reliable showing of cause); the
  pharmacist who gave the shot only in prose; appeal within 60 days of the decision. `not_covered` (`other`
  accepted).
- photocopy_stair_lift_no_prior_approval: the contractor's letter refusing to repay a stair lift bought and installed
  before the Program approved it (label blocks with values below and to the right; "no later than June 1, 2026").
  `prior_authorization`.

Judgement calls:
- Insurer: the letterhead issuer: the Program on its letters (the Office, "IICP" and on the Spanish letter the
  Spanish name accepted), the Tribunal on its decisions (its Office of Claims Examiners accepted), Marlbrook on its
  papers (short forms and the Program accepted). The law office on the cover is never the insurer.
- Plan and group: none anywhere (the program has no plans or groups; form, docket and award numbers are not plans).
- Member ID: the claimant number as printed, with its "-01"/"-02" suffix for a child (the number without the suffix
  accepted); none on the tribunal's decisions, which print no claimant number.
- Member: the injured person (the child, not the parent who filed; the adult petitioner on the other papers).
- Provider: the rendering or requesting provider: the urgent care doctor (his practice accepted), the requesting
  physical therapist (the practice accepted), the pediatrician who gave the vaccine on the records request and the
  dismissal (the practice accepted), the speech-language pathologist (the therapy group accepted), the foreign clinic's
  doctor (the clinic accepted), the pharmacist (the pharmacy accepted), the stair lift supplier.
- Amounts: the refused request's billed total on the statement (351.00, not the amount paid by the plan or the
  member), the refused claim's billed total on the advice, the stair lift invoice; none on the therapy letter, the
  records request, the tribunal decisions and the Spanish letter (none states a charge).
- Case numbers: the refused request's number on the statement (with the award's docket accepted in addition); the
  request ("Matter") on the therapy letter (with the docket accepted); the docket and the Program file on the
  records request (either alone accepted); the docket on the tribunal decisions; the refused claim's control number on
  the advice; the "Referencia" file number on the Spanish letter; the stair lift's control number. Never document
  control, form, batch, check, EFT or NPI numbers.
- Service dates: the refused rows' dates; the therapy span asked for as an interval (its first day accepted); the
  vaccination date on the tribunal decisions and the Spanish letter; none on the records request (the vaccination
  date accepted); the installation date of the stair lift. First-symptom, filing, award, receipt and fax dates never.
- Deadlines: date + 60 ("within 60 days of the date of this statement / letter / decision", "dentro de 60 dias"),
  date + 30 (motion for review), date + 90 (provider reconsideration), the printed date on the stair lift letter;
  none on the records request (its "send the records by" date is a decoy).
- Types: expense for another injury `not_covered`; therapy `medical_necessity`; late petition `timely_filing`; other
  coverage first `other`; vaccine abroad `eligibility`; off-table injury upheld `not_covered`; equipment without
  approval `prior_authorization`; the records request `other` with no denial.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famub import (EUSheet, addr_block, digits, dr, es_date, firm_cover, first_last, iso, last_first,
                               long, m2, meter_date, n2, npi, ord_long, out, people, phone, plus, sign, slash,
                               the_of_c, tollfree, truth, usd, wd_the_of, wday_long)

FAMILY = ("immunization_injury_compensation_program_late_petition_off_table_hearing_loss_unrelated_knee_expense_"
          "health_plan_first_vaccine_abroad_stair_lift_therapy_refusals")
LANG = "en"
SEED = 355097
USED: set = set()

PROG = "Immunization Injury Compensation Program"
OFFICE = "Office of Immunization Injury Claims"
PROG_ES = "Programa de Compensación por Lesiones de Inmunización"
PROG_ALT = [PROG, OFFICE, "IICP", f"{PROG}, {OFFICE}"]
P_ADDR = ["4400 Calverleigh Road, Mail Stop 9C", "Pennorth, MD 20917"]
TRIB = "Immunization Claims Tribunal"
TRIB_ALT = [TRIB, "Office of Claims Examiners", f"{TRIB}, Office of Claims Examiners"]
T_ADDR = ["Saltfleetby Building, 1120 Ninth Street", "Pennorth, MD 20919"]
MBK = "Marlbrook Claims Services, Inc."
MB_ALT = [MBK, "Marlbrook Claims Services", "Marlbrook", PROG]
W_ADDR = ["PO Box 7140", "Skirlaugh, PA 17119"]
LET = "HJKMNPRTWX"


def claimant_no(rng) -> str:
    return f"{rng.randint(2, 9)}{rng.choice(LET)}{digits(rng, 2)}{rng.choice(LET)}{rng.randint(0, 9)}{digits(rng, 3)}"


def docket(rng, yy: int) -> str:
    return f"{yy}-{rng.randint(120, 1990):04d}V"


def file_no(rng) -> str:
    return f"F26-{digits(rng, 5)}"


def req_no(rng) -> str:
    return f"R26-{digits(rng, 5)}{rng.choice('ABCDEFGH')}"


def ctrl_no(rng) -> str:
    return f"26{digits(rng, 8)}"


def doc_ctrl(rng, d: dt.date) -> str:
    return f"26-{d.month:02d}{d.day:02d}-{digits(rng, 3)}-{rng.randint(1, 9):02d}"


def prog_right(rng) -> list[str]:
    return [P_ADDR[0], P_ADDR[1], f"Claims line {tollfree(rng, '888')}", f"Fax {phone(rng, '301')}",
            "iicp-claims.example.gov"]


def head_prog(p: EUSheet, rng, box: str | None = None, es: bool = False):
    lines = [("IMMUNIZATION INJURY", 14.5, "B"), ("COMPENSATION PROGRAM", 14.5, "B")]
    lines += [(PROG_ES, 7.4, "B"), (OFFICE, 7.2, "")] if es else [(OFFICE, 7.4, "")]
    p.emblem_stack(lines, prog_right(rng), mark="vial", box=box, mark_size=17)


def head_trib(p: EUSheet, rng):
    p.emblem_stack([(TRIB.upper(), 13.5, "B"), ("Office of Claims Examiners", 9.4, ""),
                    (f"{T_ADDR[0]}, {T_ADDR[1]}", 7.2, "")],
                   [f"Clerk's office {phone(rng, '301')}", "Filings: efile.ict.example.gov"], mark="seal",
                   mark_size=18)


def head_mbk(p: EUSheet, rng, box: str | None = None):
    p.wordmark("MARLBROOK", style="tracked", initials="Mb", shape="square", tagline="Claims Services",
               small=[MBK, "Expense reimbursement contractor for the", PROG],
               right=[W_ADDR[0], W_ADDR[1], f"Reimbursement desk {tollfree(rng, '877')}", f"Fax {phone(rng, '717')}"],
               box=box, size=19)


P_FOOT = f"{PROG}  \u00b7  {P_ADDR[1]}"
W_FOOT = f"{MBK}  \u00b7  {W_ADDR[1]}  \u00b7  for the {PROG}"


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    """Statement of expenses reimbursed; the knee request refused under X1 (legend only)."""
    member = people(rng, 1, "vp", sexes="F", used=USED)[0]
    ortho, pt, ucdoc, clerk = people(rng, 4, "vc", sexes="MFMF", used=USED)
    cno = claimant_no(rng)
    dk = docket(rng, 24)
    sd = dt.date(2026, 3, 10)
    vacc = dt.date(2024, 10, 22)
    reqs = [req_no(rng) for _ in range(5)]
    rec = [dt.date(2026, 2, 3), dt.date(2026, 2, 3), dt.date(2026, 2, 11), dt.date(2026, 2, 17), dt.date(2026, 2, 17)]
    o_d = dt.date(2026, 1, 12)
    pt_d = [dt.date(2026, 1, 14), dt.date(2026, 1, 16), dt.date(2026, 1, 21), dt.date(2026, 1, 23)]
    mri_d = dt.date(2026, 1, 27)
    uc_d = dt.date(2026, 2, 6)
    rx_d = dt.date(2026, 1, 12)
    uc = "Huntshaw Walk-In & Urgent Care"
    groups = [
        (reqs[0], rec[0], f"Ditteridge Orthopaedic Associates  \u00b7  Dr. {ortho}, MD",
         [(o_d, "99213", "Office visit, shoulder follow-up", 248.00, 148.00, 100.00, 100.00, "A2")]),
        (reqs[1], rec[1], f"Wrangaton Street Physical Therapy  \u00b7  {pt}, PT, DPT",
         [(d, "97110", "Therapeutic exercise", 165.00, 0.00, 112.00, 112.00, "A3") for d in pt_d]),
        (reqs[2], rec[2], "Pennorth Imaging Center  \u00b7  MRI, right shoulder",
         [(mri_d, "73221", "MRI shoulder without contrast", 1420.00, 1420.00, 0.00, 0.00, "A5")]),
        (reqs[3], rec[3], f"{uc}  \u00b7  Dr. {ucdoc}, DO",
         [(uc_d, "99203", "Office visit, new patient", 215.00, 125.00, 90.00, 0.00, "X1"),
          (uc_d, "73562", "X-ray, knee, 3 views", 136.00, 76.00, 60.00, 0.00, "X1")]),
        (reqs[4], rec[4], "Shebbear Family Pharmacy  \u00b7  Rx 40-118827",
         [(rx_d, "NDC", "Meloxicam 15 mg, 30 tablets", 38.40, 28.40, 10.00, 10.00, "A2")]),
    ]
    den = 3
    p = EUSheet(footer="Page {n} of {nb}",
                ids_foot=f"Statement issued {slash(sd)}  \u00b7  {W_FOOT}  \u00b7  Form WCS-11")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_mbk(p, rng, box="STATEMENT OF EXPENSES REIMBURSED")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member.upper(), "2291 Ashwicken Terrace", "Ellicott Mills, MD 21043"], 9.4)
    y1 = p.get_y()
    p.set_y(y)
    p.dot_edge([("Statement of", wd_the_of(sd)), ("Injured person", first_last(member)),
                ("Claimant no.", cno), ("Award entered on docket", dk),
                ("Injury the award covers", "right shoulder (SIRVA)"),
                ("Receipts received", f"{slash(dt.date(2026, 2, 1))} - {slash(dt.date(2026, 2, 28))}")],
               cap_w=30, size=8.8, cap=7.0, x=p.l_margin + W * 0.47, w=W * 0.53)
    p.set_y(max(p.get_y(), y1) + 1)
    p.para(f"We reviewed the receipts you sent for care after your vaccine injury. The {PROG} repays medical "
           "expenses of the injury named in your award that your health plan did not pay. Each request below shows "
           "what was billed, what your health plan paid, what you paid and what we repaid you. The Code column "
           "tells you why; the codes are explained under the table.", 8.6)
    rows = []
    for rq, rc, prov, lines in groups:
        rows.append(("group", f"Request {rq}   received {slash(rc)}   {prov}"))
        for d, code, s, b, plan, you, paid, st in lines:
            rows.append([slash(d), code, s, n2(b), n2(plan), n2(you), n2(paid), st])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Request total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6)]
                         + [""]))
        rows.append(("gap",))
    allr = [x for g in groups for x in g[3]]
    rows.append(("total", ["", "", "Totals this statement"] + [n2(sum(x[k] for x in allr)) for k in (3, 4, 5, 6)]
                 + [""]))
    p.status_table(["Date of care", "CPT / NDC", "Service", "Billed", "Health plan paid", "You paid", "We repaid",
                    "Code"],
                   [W * k / 100 for k in (12, 8, 33, 10, 11, 9, 10, 7)],
                   ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.8)
    p.legend_cols("What the codes mean", [
        ("A2", "We repaid your copayment or coinsurance for this service after your health plan paid its part."),
        ("A3", "Your health plan applied this charge to your deductible; we repaid what you paid."),
        ("A5", "Your health plan paid this in full and you paid nothing, so nothing is owed to you."),
        ("A7", "Repaid up to the amount shown on your receipt."),
        ("X1", "Not repaid. The award repays care for the injury it names (your right shoulder). The records with "
               "this request are for your left knee after a fall, which the award does not cover."),
        ("X4", "Not repaid yet. Send the health plan's explanation of benefits for this bill."),
        ("X6", "Not repaid. This receipt was repaid on an earlier statement."),
    ], ncol=2, size=7.4, code_w=8)
    paid = sum(x[6] for x in allr)
    p.ln(1)
    p.f(8.6, "B")
    p.cell(0, 5, f"Check no. 0004{digits(rng, 6)} for {usd(paid)} is mailed with this statement.", new_x="LMARGIN",
           new_y="NEXT")
    p.bar("If you disagree", 8.8)
    p.para(f"You may ask the {PROG} to review any request on this statement within 60 days of the date of this "
           f"statement. Write to the Reimbursement Review Unit, {OFFICE}, {P_ADDR[0]}, {P_ADDR[1]}, and send the "
           "request number and any records that show the care was for the injury your award covers.", 8.4)
    p.para(f"Questions: call Marlbrook, reimbursement desk, Monday to Friday. Signed for Marlbrook: {clerk}, "
           "Reimbursement Specialist.", 8.0)
    g = groups[den]
    t = truth("eob", "not_covered", insurer=MBK, member_id=cno, member_name=member, cases=[g[0]],
              claim_amount=m2(sum(x[3] for x in g[3])), service_dates=[iso(uc_d)], denial_date=iso(sd),
              provider=f"{ucdoc}, DO", appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": MB_ALT, "provider": [uc, ucdoc], "case_numbers": [[g[0], dk], [dk, g[0]]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_therapy(rng):
    """More physical therapy refused as not necessary; facts in a box on page two; date only in words, meter, foot."""
    member = people(rng, 1, "vp", sexes="M", used=USED)[0]
    dpt, physiatrist, nurse = people(rng, 3, "vc", sexes="FMF", used=USED)
    cno = claimant_no(rng)
    dk = docket(rng, 23)
    rq = req_no(rng)
    ld = dt.date(2026, 3, 9)
    start, end = dt.date(2026, 4, 6), dt.date(2026, 6, 26)
    got = dt.date(2026, 2, 19)
    practice = "Wembworthy Neurologic Rehabilitation"
    ctl = doc_ctrl(rng, ld)
    p = EUSheet(footer="Page {n} of {nb}",
                ids_foot=f"Form IIC-22  \u00b7  Doc. control {ctl}  \u00b7  mailed {slash(ld)}  \u00b7  {P_FOOT}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.meter_mark(meter_date(ld), "PENNORTH MD 209", y=p.t_margin + 22, serial=f"PB {digits(rng, 7)}")
    head_prog(p, rng)
    p.ln(6)
    addr_block(p, [member, "88 Halberton Reach", "Frostburg Heights, MD 21532"], 9.6)
    p.f(9.6)
    p.cell(0, 5, f"Pennorth, Maryland, {the_of_c(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.subject_line("Your request for more physical therapy under your award")
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"Your award pays for care of the Guillain-Barre syndrome that followed your influenza vaccine, including "
           "outpatient therapy when the Program finds it reasonable and necessary for that injury. On "
           f"{ord_long(got).replace(', 2026', '')} we received a request from your physical therapist for 24 more "
           "sessions of neurologic physical therapy, twice a week, from April 6, 2026 through June 26, 2026.", 9.4)
    p.para("We are not approving these sessions. A physician who treats nerve and muscle injuries reviewed the "
           "request for us, with the therapy notes since September 2025. The notes show that your grip strength, "
           "your ten-meter walk time and your balance scores have stayed the same for the last six months, and that "
           "you do the home exercise program on your own. More therapy of the same kind is not expected to improve "
           "how you walk or use your hands, so it is not reasonable and necessary for your injury.", 9.4)
    p.para("This decision does not change the rest of your award. The Program will still repay your braces, your "
           "visits with your neurologist and a re-check by a therapist once every three months. If you fall, lose "
           "strength or have a new problem from the injury, your therapist may ask again and send the new notes.",
           9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"You may ask the Program to reconsider within 60 days of the date of this letter. Send a letter saying "
           f"why you disagree and any records you want us to read to the Reconsideration Unit, {OFFICE}, "
           f"{P_ADDR[0]}, {P_ADDR[1]}. If you still disagree after that, you may ask the claims examiner who entered "
           "your award to decide.", 9.2)
    p.add_page()
    p.facts_box("About this decision", [
        ("Injured person", first_last(member)),
        ("Claimant no.", cno),
        ("Matter", rq),
        ("Award entered on docket", dk),
        ("Asked for", "24 sessions of neurologic physical therapy (97110, 97112, 97116)"),
        ("Dates asked for", f"{long(start)} to {long(end)}"),
        ("Requested by", f"{dpt}, PT, DPT, {practice}"),
        ("Reviewed by", f"Dr. {physiatrist}, MD (physical medicine and rehabilitation)"),
        ("Decision", "Not approved - not reasonable and necessary for the compensated injury"),
    ], cap_w=48, size=8.8)
    p.para("We sent a copy of this letter to your physical therapist.", 9.0)
    sign(p, [nurse, "Nurse Consultant, Reimbursement Review Unit", OFFICE])
    t = truth("denial_letter", "medical_necessity", insurer=PROG, member_id=cno, member_name=member, cases=[rq],
              service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(ld), provider=f"{dpt}, PT, DPT",
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": PROG_ALT, "provider": [practice, dpt, f"{dpt}, DPT"],
                          "case_numbers": [[rq, dk]], "service_dates": [[iso(start)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    """Law office cover; the Program's records request (other); the tribunal's dismissal as untimely."""
    mother = people(rng, 1, "vp", sexes="F", used=USED)[0]
    child = people(rng, 1, "vp", sexes="F", last=mother.split()[-1], used=USED)[0]
    ped, lawyer, para_, examiner, analyst = people(rng, 5, "vc", sexes="MFFMM", used=USED)
    base = claimant_no(rng)
    cno = f"{base}-02"
    dk = docket(rng, 26)
    fno = file_no(rng)
    practice = "Chulmleigh Pediatrics"
    vacc = dt.date(2022, 10, 20)
    first_sz = dt.date(2022, 10, 31)
    filed = dt.date(2026, 1, 20)
    l1 = dt.date(2026, 2, 17)
    due = dt.date(2026, 4, 20)
    l2 = dt.date(2026, 3, 12)
    sent = dt.date(2026, 3, 16)
    firm = "BAMPTON & YARCOMBE"
    tx = f"{slash(sent)} 14:{rng.randint(10, 59)}  BAMPTON YARCOMBE LLP  410555{digits(rng, 4)}  P.{{n2}}/{{t2}}"
    cover = firm_cover([firm, "Attorneys  \u00b7  Vaccine Injury Claims", "31 Chancery Row, Suite 400  \u00b7  "
                        "Towson Mills, MD 21204", f"Tel. {phone(rng, '410')}   Fax {phone(rng, '410')}"],
                       [("To:", first_last(mother)), ("From:", f"{para_.split()[0]} {para_.split()[-1]}, paralegal"),
                        ("Fax:", phone(rng, "443")), ("Date:", slash(sent)), ("Pages:", "5 (with cover)"),
                        ("Our ref:", f"PT-{digits(rng, 4)}")],
                       f"{child.split()[0]}'s vaccine claim - two papers we received",
                       ["The Program's records request (we sent them everything on", "March 2) and the examiner's "
                        "decision that came on Thursday.", f"{lawyer.split()[0]} wants to talk with you before we "
                        "decide on a motion", "for review. Please call us this week."],
                       "PRIVILEGED AND CONFIDENTIAL. This facsimile is from a law office and may contain "
                       "attorney-client communications and health information. If you received it in error, call "
                       "us and destroy it.", tx=tx, tx_total=5)
    # (i) records request, one page
    ctl1 = doc_ctrl(rng, l1)
    a = EUSheet(footer="Page {n} of {nb}", ids_foot=f"Form IIC-31  \u00b7  Doc. control {ctl1}  \u00b7  {P_FOOT}",
                tx=tx, tx_off=1, tx_total=5)
    a.set_margins(20, 16, 20)
    a.add_page()
    head_prog(a, rng, box="REQUEST FOR MEDICAL RECORDS")
    y = a.get_y()
    addr_block(a, [f"{lawyer}, Esq.", f"{firm.title().replace('&', '&')} LLP", "31 Chancery Row, Suite 400",
                   "Towson Mills, MD 21204"], 9.2)
    y1 = a.get_y()
    W = a.w - a.l_margin - a.r_margin
    a.set_y(y)
    a.faint_pairs([("date of letter", slash(l1))], x=a.l_margin + W * 0.56, cap=5.2, size=9.0)
    a.faint_pairs([("File no.", fno), ("Docket", dk), ("Claimant no.", cno), ("Doc. control", ctl1)],
                  x=a.l_margin + W * 0.56, cap=7.6, size=9.0, grey=0)
    a.set_y(max(a.get_y(), y1) + 1)
    a.f(9.4)
    a.cell(0, 5, ord_long(l1), new_x="LMARGIN", new_y="NEXT")
    a.ln(2)
    a.para(f"Re: {first_last(mother)}, on behalf of her daughter {child}", 9.4)
    a.para(f"Dear Counsel:", 9.4)
    a.para(f"The Program has your client's petition, filed with the Tribunal on {long(filed)}. It says that "
           f"{first_last(child)} had seizures after she received the measles, mumps and rubella vaccine from "
           f"Dr. {ped} at {practice} on {long(vacc)}. Before our medical staff can review the petition, we need "
           "the records listed below. Please send complete copies, not summaries.", 9.2)
    a.bullets([
        "Birth and newborn records.",
        f"All records of {practice} from one year before the vaccination to today, with the vaccine record "
        "showing the lot number.",
        "Every emergency department, urgent care and hospital record of a seizure or fever, including the first.",
        "Neurology records, EEG and imaging reports.",
        "Any record that says when the first symptom began.",
    ], size=9.0)
    a.para(f"Please send the records by {long(due)}, marked with the file number above, to the Records Unit, "
           f"{OFFICE}, {P_ADDR[0]}, {P_ADDR[1]}, or upload them to the Tribunal's filing system. This letter is "
           "a request for records only; no decision has been made on the petition.", 9.2)
    a.ln(1)
    sign(a, [analyst, "Records Analyst", OFFICE])
    a_t = truth("other", None, insurer=PROG, member_id=cno, member_name=child, cases=[dk, fno],
                denial_date=iso(l1), provider=ped,
                alternates={"insurer": PROG_ALT, "provider": [practice, f"Dr. {ped}"], "member_id": [base],
                            "case_numbers": [[fno, dk], [dk], [fno]], "service_dates": [[iso(vacc)]]})
    # (ii) tribunal decision: two pages
    ctl2 = doc_ctrl(rng, l2)
    b = EUSheet(footer="Page {n} of {nb}", ids_foot=f"{TRIB}  \u00b7  Docket {dk}  \u00b7  Doc. control {ctl2}",
                tx=tx, tx_off=2, tx_total=5)
    b.set_margins(22, 16, 22)
    b.add_page()
    head_trib(b, rng)
    W = b.w - b.l_margin - b.r_margin
    b.f(9.6, "B")
    b.cell(W / 2, 5, f"Docket No. {dk}")
    b.f(9.2)
    b.cell(W / 2, 5, f"Filed: {long(l2)}", align="R", new_x="LMARGIN", new_y="NEXT")
    b.ln(3)
    y = b.get_y()
    b.set_line_width(0.3)
    b.set_xy(b.l_margin, y)
    b.f(9.2)
    b.multi_cell(W * 0.56, 4.6, f"{mother.upper()}, on behalf of her minor daughter, {child.upper()},\n\n"
                 "Petitioner,\n\nv.\n\nADMINISTRATOR OF THE IMMUNIZATION INJURY COMPENSATION PROGRAM,\n\n"
                 "Respondent.", new_x="LMARGIN", new_y="NEXT", align="L")
    y2 = b.get_y()
    b.line_seg(b.l_margin + W * 0.58, y, b.l_margin + W * 0.58, y2)
    b.set_xy(b.l_margin + W * 0.62, y + 8)
    b.multi_cell(W * 0.38, 4.6, "Untimely petition; dismissal.", new_x="LMARGIN", new_y="NEXT", align="L")
    b.set_y(y2 + 5)
    b.f(12, "B")
    b.cell(0, 6, "DECISION", align="C", new_x="LMARGIN", new_y="NEXT")
    b.ln(2)
    b.para(f"On {long(filed)}, the petitioner filed a petition for compensation for her daughter, alleging that "
           f"the measles, mumps and rubella vaccine given to {first_last(child)} on {long(vacc)} by Dr. {ped} at "
           f"{practice} caused a seizure disorder.", 9.4)
    b.para("A petition for a vaccine injury must be filed within 36 months after the date of the first symptom or "
           "manifestation of onset of the injury. The records filed in this case, including the emergency "
           f"department record of {long(first_sz)}, show that {child.split()[0]} had her first seizure, with fever, "
           "eleven days after the vaccination. Thirty-six months from that date ended on "
           f"{long(dt.date(2025, 10, 31))}. The petition was filed after that.", 9.4)
    b.para("The petitioner argues that the family did not learn until 2025 that the seizures might be linked to the "
           "vaccine. The time limit runs from the first symptom, not from the day a family connects it to a "
           "vaccine, and nothing in the record shows circumstances that would stop it from running.", 9.4)
    b.para("The petition was not filed within the time the law allows. It is therefore DISMISSED. Nothing in this "
           "decision finds that the vaccine did or did not cause the seizures.", 9.4)
    b.add_page()
    b.para("Either party may file a motion for review of this decision with the Tribunal within 30 days of the date "
           "of this decision. If no motion for review is filed within that time, the clerk will enter judgment in "
           "accordance with this decision.", 9.4)
    b.ln(2)
    b.para("IT IS SO ORDERED.", 9.4)
    b.ln(6)
    b.f(9.4)
    b.cell(0, 5, f"/s/ {examiner}", new_x="LMARGIN", new_y="NEXT")
    b.cell(0, 5, "Claims Examiner", new_x="LMARGIN", new_y="NEXT")
    b.ln(6)
    b.f(8.2)
    b.multi_cell(0, 4, f"Served electronically on counsel for petitioner ({lawyer}, Esq.) and on counsel for "
                       "respondent.", new_x="LMARGIN", new_y="NEXT")
    b_t = truth("denial_letter", "timely_filing", insurer=TRIB, member_name=child, cases=[dk],
                service_dates=[iso(vacc)], denial_date=iso(l2), provider=ped, appeal_deadline=iso(plus(l2, 30)),
                alternates={"insurer": TRIB_ALT, "provider": [practice, f"Dr. {ped}"]})
    return cover, [(out(a), a_t), (out(b), b_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_advice(rng):
    """Provider payment advice; the speech therapy claim refused under CO-22 (code list only)."""
    kids = people(rng, 3, "vp", sexes="MFM", used=USED)
    slp, ot, pt2 = people(rng, 3, "vc", sexes="FFM", used=USED)
    practice = "Clayhidon Pediatric Therapy Group"
    ad = dt.date(2026, 4, 7)
    sent = dt.date(2026, 4, 9)
    ids = [f"{claimant_no(rng)}-01", f"{claimant_no(rng)}-02", f"{claimant_no(rng)}-01"]
    ctrls = [ctrl_no(rng) for _ in range(3)]
    st = [dt.date(2026, 3, 3), dt.date(2026, 3, 10), dt.date(2026, 3, 17)]
    claims = [
        (kids[1], ids[1], f"{ot}, OTR/L", [(dt.date(2026, 3, 2), "97530", "Therapeutic activities x2", 210.00,
                                              164.00, 0.00, 164.00, "CO-45"),
                                             (dt.date(2026, 3, 9), "97530", "Therapeutic activities x2", 210.00,
                                              164.00, 0.00, 164.00, "CO-45")]),
        (kids[0], ids[0], f"{slp}, MS, CCC-SLP", [(d, "92507", "Speech/language treatment", 185.00, 0.00, 0.00, 0.00,
                                                    "CO-22") for d in st]),
        (kids[2], ids[2], f"{pt2}, PT, DPT", [(dt.date(2026, 3, 5), "97110", "Therapeutic exercise x2", 190.00,
                                               148.00, 96.00, 52.00, "OA-23 CO-45")]),
    ]
    den = 1
    tx = f"{slash(sent)} 09:{rng.randint(10, 59)}  MARLBROOK CLAIMS SVCS  717555{digits(rng, 4)}  PG {{n}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=W_FOOT, tx=tx)
    p.set_margins(14, 15, 14)
    p.add_page()
    head_mbk(p, rng, box="PROVIDER PAYMENT ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [practice, "Attn: Billing", "406 Uplowman Lane, Suite 2", "Stockleigh, PA 17402"], 9.0)
    y1 = p.get_y()
    p.set_y(y)
    p.dot_edge([("Advice date", long(ad)), ("Payee NPI", npi(rng)), ("Payee tax ID", f"23-{digits(rng, 7)}"),
                ("EFT trace no.", f"1{digits(rng, 14)}"), ("Batch", f"B{ad.month:02d}{ad.day:02d}-{rng.randint(10, 99)}")],
               cap_w=26, size=8.6, cap=7.0, x=p.l_margin + W * 0.52, w=W * 0.48)
    p.set_y(max(p.get_y(), y1) + 1)
    p.para("Claims for children whose awards under the Immunization Injury Compensation Program include therapy. "
           "The Program pays after every other plan, at its fee schedule; do not bill the family for the "
           "difference.", 8.2)
    rows = []
    for i, (kid, cid, th, lines) in enumerate(claims):
        rows.append(("group", f"Control no. {ctrls[i]}   {last_first(kid)}   Claimant {cid}   Rendering {th}"))
        for d, code, s, b, allowed, oth, paid, adj in lines:
            rows.append([slash(d), code, s, n2(b), n2(allowed), n2(oth), n2(paid), adj])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6)]
                         + [""]))
        rows.append(("gap",))
    allc = [x for c in claims for x in c[3]]
    rows.append(("total", ["", "", "Totals"] + [n2(sum(x[k] for x in allc)) for k in (3, 4, 5, 6)] + [""]))
    p.status_table(["Date", "Code", "Service", "Billed", "Allowed", "Other payer paid", "Paid", "Adj. codes"],
                   [W * k / 100 for k in (11, 8, 31, 10, 10, 11, 9, 10)],
                   ["L", "L", "L", "R", "R", "R", "R", "L"], rows, size=7.8)
    p.legend_cols("Adjustment codes", [
        ("CO-45", "The charge is more than the Program's fee schedule allows; the difference is not billable to "
                  "the family."),
        ("OA-23", "Another payer paid part of this service first; we paid the rest of the allowed amount."),
        ("CO-22", "Not paid. The child has other coverage on file that pays before the Program (the child's "
                  "health plan). Bill that plan first, then send its explanation of benefits with the claim."),
        ("CO-16", "Information missing from the claim; see the remark with the line."),
        ("N479", "The other payer's explanation of benefits was not sent with the claim."),
    ], ncol=2, size=7.4, code_w=11)
    p.f(8.6, "B")
    p.cell(0, 5, f"Paid by EFT with this advice: {usd(sum(x[6] for x in allc))}", new_x="LMARGIN", new_y="NEXT")
    p.bar("Reconsideration", 8.6)
    p.para("A provider may ask Marlbrook to reconsider a claim within 90 days of the date of this advice. Send the "
           f"control number and the papers that support it to Provider Reconsideration, {MBK}, {W_ADDR[0]}, "
           f"{W_ADDR[1]}.", 8.4)
    c = claims[den]
    t = truth("eob", "other", insurer=MBK, member_id=c[1], member_name=c[0], cases=[ctrls[den]],
              claim_amount=m2(sum(x[3] for x in c[3])), service_dates=[iso(d) for d in st], denial_date=iso(ad),
              provider=f"{slp}, MS, CCC-SLP", appeal_deadline=iso(plus(ad, 90)),
              alternates={"insurer": MB_ALT, "provider": [practice, slp], "member_id": [c[1][:-3]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    """Spanish letter: a flu shot given abroad is outside the Program."""
    member = people(rng, 1, "es", sexes="F", used=USED)[0]
    doc = people(rng, 1, "es", sexes="F", used=USED)[0]
    officer = people(rng, 1, "vc", sexes="M", used=USED)[0]
    cno = claimant_no(rng)
    fno = file_no(rng)
    ld = dt.date(2026, 5, 5)
    vacc = dt.date(2026, 1, 14)
    got = dt.date(2026, 3, 30)
    clinic = "Clínica Familiar Los Guayacanes"
    ctl = doc_ctrl(rng, ld)
    p = EUSheet(footer="Página {n} de {nb}", ids_foot=f"Formulario IIC-104-S  \u00b7  Control del documento {ctl}  "
                                                       f"\u00b7  {P_FOOT}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head_prog(p, rng, box="AVISO DE DETERMINACIÓN", es=True)
    y = p.get_y()
    addr_block(p, [member, "1517 Washfield Avenue, Apt 4B", "Riverdale Park, MD 20737"], 9.4)
    y1 = p.get_y()
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.stair_pairs([("Referencia", fno), ("Número de reclamante", cno), ("Control del documento", ctl)],
                  step=12, size=9.0, cap=7.2, x=p.l_margin + W * 0.6, w=W * 0.4, gap=0.8)
    p.set_y(max(p.get_y(), y1) + 1)
    p.f(9.6)
    p.cell(0, 5, f"Pennorth, Maryland, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Estimada señora {member.split()[-1]}:", 9.6)
    p.para(f"El {es_date(got)} recibimos su solicitud de compensación. Usted nos dice que el dolor y la debilidad "
           "de su brazo izquierdo empezaron después de la vacuna contra la influenza que le puso la "
           f"Dra. {doc}, en la {clinic} de Santiago de los Caballeros, República Dominicana, el "
           f"{es_date(vacc)}, durante una visita a su familia.", 9.4)
    p.para("El Programa solo cubre vacunas puestas en los Estados Unidos o en sus territorios. Hay dos "
           "excepciones: cuando la persona vacunada era ciudadana estadounidense y servía en el extranjero en las "
           "Fuerzas Armadas o como empleada del gobierno federal (o era familiar a cargo de esa persona), y cuando "
           "la vacuna la fabricó una empresa ubicada en los Estados Unidos y la persona regresó al país dentro de "
           "los seis meses siguientes a la vacunación.", 9.4)
    p.para("Su vacuna se puso fuera del país. Según el registro de vacunación que usted envió, la fabricó una "
           "empresa con sede en otro país, y usted no servía en el extranjero para el gobierno. Por eso su caso no "
           "cumple los requisitos del Programa y no podemos seguir adelante con su solicitud.", 9.4)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Puede pedir que el Tribunal revise esta determinación dentro de 60 días a partir de la fecha de esta "
           f"carta. Escriba al {TRIB}, {T_ADDR[0]}, {T_ADDR[1]}, y envíe una copia de esta carta y cualquier "
           "documento nuevo, por ejemplo un registro que muestre dónde se fabricó la vacuna.", 9.2)
    p.para(f"Si tiene preguntas, llame a la línea de reclamaciones. Puede pedir un intérprete sin costo.", 9.0)
    sign(p, [officer, "Oficial de Reclamaciones", OFFICE], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=PROG, member_id=cno, member_name=member, cases=[fno],
              service_dates=[iso(vacc)], denial_date=iso(ld), provider=doc, appeal_deadline=iso(plus(ld, 60)),
              lang="es", denial_alternates=["not_covered"],
              alternates={"insurer": PROG_ALT + [PROG_ES], "provider": [clinic, f"Dra. {doc}"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_review(rng):
    """Review judge keeps the denial: hearing loss after a Td booster, not on the table, cause not shown."""
    member = people(rng, 1, "vp", sexes="M", used=USED)[0]
    pharm, examiner, judge, expert, ent = people(rng, 5, "vc", sexes="FMFMF", used=USED)
    dk = docket(rng, 24)
    dd = dt.date(2026, 4, 24)
    vacc = dt.date(2023, 8, 8)
    pharmacy = "Kentisbeare Apothecary"
    ctl = doc_ctrl(rng, dd)
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"{TRIB}  \u00b7  Docket {dk}  \u00b7  Doc. control {ctl}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head_trib(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6, "B")
    p.cell(W / 2, 5, f"Docket No. {dk}")
    p.f(9.2)
    p.cell(W / 2, 5, f"Filed: {long(dd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y = p.get_y()
    p.set_line_width(0.3)
    p.set_xy(p.l_margin, y)
    p.f(9.2)
    p.multi_cell(W * 0.56, 4.6, f"{member.upper()},\n\nPetitioner,\n\nv.\n\nADMINISTRATOR OF THE IMMUNIZATION "
                 "INJURY COMPENSATION PROGRAM,\n\nRespondent.", new_x="LMARGIN", new_y="NEXT", align="L")
    y2 = p.get_y()
    p.line_seg(p.l_margin + W * 0.58, y, p.l_margin + W * 0.58, y2)
    p.set_xy(p.l_margin + W * 0.62, y + 6)
    p.multi_cell(W * 0.38, 4.6, "Motion for review; off-table injury; causation not shown; decision sustained.",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    p.set_y(y2 + 5)
    p.f(11.5, "B")
    p.cell(0, 6, "OPINION AND ORDER ON MOTION FOR REVIEW", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"The petitioner asks the Tribunal to set aside the claims examiner's decision of "
           f"{long(dt.date(2026, 2, 2))} denying compensation. He alleges that the tetanus-diphtheria (Td) booster "
           f"he received on {long(vacc)}, when he saw {pharm}, PharmD, at {pharmacy}, caused the hearing loss in "
           "his right ear that was found five weeks later.", 9.3)
    p.para("Hearing loss is not listed on the injury table for any vaccine containing tetanus toxoid, so the "
           "petitioner had to show, by a preponderance of the evidence, a reliable medical theory linking the "
           "vaccine to the injury, a logical sequence of cause and effect, and a medically acceptable time between "
           f"the two. The examiner weighed the reports of the petitioner's expert, Dr. {expert}, and of the "
           f"treating otolaryngologist, Dr. {ent}, who wrote that the cause of the sudden hearing loss was not "
           "known, and found that the theory offered was not supported by the studies cited.", 9.3)
    p.para("On review the Tribunal asks only whether the examiner's findings were arbitrary or capricious, or the "
           "decision not in accordance with law. They were not. The examiner considered all the evidence, explained "
           "why the expert's theory was not reliable, and applied the correct standard.", 9.3)
    p.para("The motion for review is DENIED and the decision denying compensation is SUSTAINED. The clerk shall "
           "enter judgment accordingly.", 9.3)
    p.para("A party may appeal this decision to the Court of Appeals by filing a notice of appeal within 60 days of "
           "the date of this decision.", 9.3)
    p.ln(3)
    p.f(9.4)
    p.cell(0, 5, f"/s/ {judge}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, "Review Judge", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=TRIB, member_name=member, cases=[dk],
              service_dates=[iso(vacc)], denial_date=iso(dd), provider=f"{pharm}, PharmD",
              appeal_deadline=iso(plus(dd, 60)), denial_alternates=["other"],
              alternates={"insurer": TRIB_ALT, "provider": [pharmacy, pharm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_stair_lift(rng):
    """Stair lift bought before approval; label blocks with values below and to the right."""
    member = people(rng, 1, "vp", sexes="M", used=USED)[0]
    wife = people(rng, 1, "vp", sexes="F", last=member.split()[-1], used=USED)[0]
    neuro, spec = people(rng, 2, "vc", sexes="FM", used=USED)
    cno = claimant_no(rng)
    dk = docket(rng, 25)
    ctl = ctrl_no(rng)
    ld = dt.date(2026, 4, 2)
    inst = dt.date(2026, 2, 24)
    got = dt.date(2026, 3, 18)
    by = dt.date(2026, 6, 1)
    supplier = "Keelby Home Access, LLC"
    amt = 4860.00
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=f"{W_FOOT}  \u00b7  sent {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head_mbk(p, rng, box="REIMBURSEMENT DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [member, f"c/o {first_last(wife)}", "14 Pell Mell Court", "Thelbridge Crossing, MD 21742"], 9.4)
    y1 = p.get_y()
    p.set_y(y)
    p.stair_pairs([("Date", ord_long(ld)), ("Control no.", ctl), ("Claimant no.", cno),
                   ("Batch", f"0{ld.month}{ld.day:02d}-{rng.randint(10, 99)}")],
                  step=16, size=9.2, cap=7.4, x=p.l_margin + W * 0.58, w=W * 0.42, gap=0.6)
    p.set_y(max(p.get_y(), y1) + 2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"On {long(got)} we received your request to repay {supplier} for a stair lift installed in your home "
           f"on {long(inst)}. The invoice is for {usd(amt)}. Your neurologist, Dr. {neuro}, MD, wrote that you "
           "cannot climb stairs safely since the transverse myelitis that followed your vaccine.", 9.4)
    p.para("We cannot repay this invoice. Your award (docket " + dk + ") repays equipment and changes to your home "
           "only when the Program approves them before they are bought or installed, so that a specialist can "
           "check the quote and the fit for your home. We have no request for approval of the stair lift before "
           "it was installed.", 9.4)
    p.para("This does not mean a stair lift could never be approved. If you ask, a home access specialist may "
           "visit your home and look at the lift that was installed. If the Program finds it is the right "
           "equipment at a fair price, it may repay it.", 9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"Write to us no later than {long(by)}. Send the control number, the invoice and anything that shows "
           f"you asked for approval before the lift was installed, to Reimbursement Review, {MBK}, {W_ADDR[0]}, "
           f"{W_ADDR[1]}. If you still disagree, you may ask the Program's {OFFICE} to review our decision.", 9.2)
    p.ln(1)
    sign(p, [spec, "Equipment and Home Access Specialist", MBK])
    t = truth("denial_letter", "prior_authorization", insurer=MBK, member_id=cno, member_name=member, cases=[ctl],
              claim_amount=m2(amt), service_dates=[iso(inst)], denial_date=iso(ld), provider=supplier,
              appeal_deadline=iso(by),
              alternates={"insurer": MB_ALT, "provider": ["Keelby Home Access", f"Dr. {neuro}, MD"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    st = bd_statement(rng)
    th = bd_therapy(rng)
    cover, stack_docs = faxstd_stack(rng)
    adv = faxstd_advice(rng)
    es = phone_es(rng)
    rv = rotated_review(rng)
    sl = photocopy_stair_lift(rng)
    return [
        Item(f"{f}_bd_statement_unrelated_knee_visit_code_x1", "born_digital", [st]),
        Item(f"{f}_bd_more_therapy_not_necessary_facts_page_two", "born_digital", [th]),
        Item(f"{f}_faxstd_stack_law_office_cover_records_request_then_late_petition", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_provider_advice_speech_therapy_other_coverage_first", "fax_standard_g4", [adv]),
        Item(f"{f}_phone_es_vacuna_en_el_extranjero", "phone_photo", [es]),
        Item(f"{f}_rotated_review_upheld_hearing_loss_off_table", "rotated", [rv]),
        Item(f"{f}_photocopy_stair_lift_no_prior_approval", "photocopy", [sl]),
    ]
