"""Papers mirrored (structure and plain wording style only; every sentence written here) from the public descriptions of
state programs for children with special health care needs (the Title V programs that many states run for children
with chronic or disabling conditions): a child qualifies by diagnosis (the condition must be on the program's list of
eligible conditions, certified by a doctor), by age and residence and by family income, and a family above a set
income pays a yearly family participation fee; the program approves specialty care ahead of time (prior approval),
pays only specialists and suppliers it has approved, pays after any other coverage (payer of last resort), and a
family who disagrees asks the program for an administrative review and then for a state fair hearing. Claims are
paid by a contracted fiscal agent. Here the state, its department, the fiscal agent, every person, provider, number,
amount and address are invented:

- the Wrenmarsh Department of Public Health (State of Wrenmarsh, postal code WN), Division of Family and Child Health,
  which runs the Children's Specialty Care Program. Letterhead: a drawn kite beside the logo word "WRENMARSH", the legal
  name "Department of Public Health" small directly beneath it, then the program line "Children's Specialty Care
  Program"; the body only ever says "CSCP" (recipe d: a logo word with the legal name beneath, a brand the body only
  abbreviates);
- Tirrane Health Claims Services, LLC, the fiscal agent. Letterhead: the brand split over two lines "TIRR" / "ANE"
  (halves that are no words used anywhere else) beside a square "T" monogram, the legal name small under it;
- Ravensgill Pediatric Orthopaedics, an approved specialist practice (its own statement).

Numbers: client numbers "WZ" + six digits + "G" (Z/2 and G/6 look-alikes), printed whole, in groups "WZ 417 302 G"
(truth without spaces) or with dashes "WZ-417302-G" on the one paper that prints them so (truth keeps the dashes);
fiscal agent claim numbers (ICNs) "26" + day of year + "S" + six digits (S/5); prior approval numbers "PA26B" + five
digits (B/8); applications "AP26I" + five digits (I/1); administrative reviews "AR26-O" + four digits (O/0). Benefit
plan codes by fee tier: SHC-0Z (no fee), SHC-1B and SHC-2S (a yearly participation fee). Phones 555. CPT, HCPCS and
ICD-10 codes as themselves; every rule, limit, fee and deadline is invented in the program's style.

Documents (8 in 7 files):
- bd_statement_unapproved_neurologist: a born-digital two-page family statement of services from Tirrane for a
  girl with juvenile arthritis: four claims in shaded claim bands, columns "Paid by other plan" and "CSCP paid", each
  row ending in bare note digits ("1, 4", "2", "3, 4", "1 4", "5") keyed to a numbered note list on page 2 (1 other
  plan paid first, 2 a bundled blood draw, 3 the family participation fee, 4 the CSCP rate, 6 an unused prior approval
  note); only the neurologist's visit and EEG are refused, by note 5 (not a CSCP-approved specialist). A paired box
  "CLIENT NO. / PLAN" with the caption under it. Review within 60 days of the statement date.
- faxstd_stack_hospital_cover_short_stature_parents_plan: a standard-fax stack: the children's hospital
  care coordination office's printed fax cover (to a family advocacy project; tick boxes), the Department's
  two-page notice that a boy's idiopathic short stature is not an eligible condition (his application refused; the
  paid diagnostic visit as decoy), then Tirrane's two-page letter (page 2 upside down) refusing his enrolled
  sister's urodynamic study because the father's job plan must pay first.
- faxstd_remittance_late_occupational_therapy: a standard-fax two-page provider remittance to a therapy practice:
  payee box with NPI, TIN and EFT trace, three clients in claim bands with "Paid by other plan", note digits and a
  numbered note list; one client's occupational therapy claim refused as received 214 days after the visit (note 3).
- lowres_es_terapia_del_habla_metas_cumplidas: a 150 dpi Spanish letter refusing prior approval of 24 more speech
  therapy visits for a boy with a repaired cleft palate because his therapist's report shows he met his goals
  (not medically necessary); identifiers in ruled boxes with Spanish captions under them, the client number printed
  with dashes.
- photocopy_orthopaedic_statement_approval_ended: the approved orthopaedic practice's statement to a
  mother; the table shows only a balance forward, a paid visit and a payment; the refused brace check is named only
  in the billing office's message (CSCP did not pay for it; the approval had ended); denies nothing itself.
- rotated_review_hamstring_surgery_no_approval: a sideways two-page administrative review decision
  keeping the refusal of a boy's hamstring lengthening surgery done without prior approval; page 1 is prose only, the
  member facts (child, client no., plan, review number, claim, surgeon, hospital, date, billed) sit in a framed box at
  the top of page 2; a state fair hearing is the only step left.
- bd_adaptive_tricycle_not_a_benefit: a born-digital letter refusing prior approval of an adaptive tricycle as
  recreation equipment that CSCP does not cover; identifiers in a narrow shaded caption column at the left with the
  values far away at the right margin.

Judgement calls and alternates (why two readings are honest):
- insurer: the letterhead issuer; the Department's papers also accept the program's name or "CSCP" (the body calls the
  issuer only that); Tirrane's papers accept "Tirrane", the program and the Department (Tirrane writes for CSCP);
  the practice's statement has no insurer (unscored).
- member: always the child who got or was refused the care (never the parent addressed or the sibling).
- the short-stature notice: the application number is the only reference ([] accepted); the boy has no client number;
  the certifying endocrinologist is the requesting provider (null accepted: she requested nothing but certified).
- the review decision: the state fair hearing is the only step left, so the appeal deadline is null by the eval
  convention; the hearing date (30 days of the decision) is accepted because the decision calls it the way to go on.
- the orthopaedic statement: the ICN in the message and the visit are its facts (none accepted for the claim number,
  the client number and the dates, since the statement itself refuses nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famte import (ETSheet, addr_block, digits, dmy_slash, dr, es_date, first_last, iso, last_first, long,
                               m2, n2, npi, office_cover, out, people, phone, plus, sign, slash, spaced_id, dashed_id,
                               tin, tollfree, truth, usd, wd_short, wd_tue, workday, yy, dob)

FAMILY = ("wrenmarsh_childrens_specialty_care_program_unapproved_neurologist_short_stature_parents_plan_first_"
          "late_therapy_speech_goals_met_tricycle_surgery_no_approval_refusals")
LANG = "en"
SEED = 355094
USED: set = set()

DEPT = "Wrenmarsh Department of Public Health"
PROGRAM = "Children's Specialty Care Program"
DIV = "Division of Family and Child Health"
FISCAL = "Tirrane Health Claims Services, LLC"
DEPT_ALT = [DEPT, "Department of Public Health", PROGRAM, "CSCP", f"Wrenmarsh {PROGRAM}",
            "Wrenmarsh Department of Public Health, Children's Specialty Care Program"]
FISCAL_ALT = [FISCAL, "Tirrane Health Claims Services", "Tirrane", PROGRAM, "CSCP", DEPT]
DEPT_ADDR = ["210 Gannet Row, 3rd Floor", "Port Ysella, WN 98512"]
FISCAL_ADDR = ["P.O. Box 6620", "Carn Brea Junction, WN 98577"]
DEPT_FOOT = f"{DEPT}  \u00b7  {DIV}  \u00b7  {PROGRAM} (CSCP)  \u00b7  {DEPT_ADDR[0]}, {DEPT_ADDR[1]}"
FISCAL_FOOT = f"{FISCAL}  \u00b7  {FISCAL_ADDR[0]}, {FISCAL_ADDR[1]}  \u00b7  fiscal agent for CSCP"
HOSP = "Ossery Children's Hospital"
ORTHO = "Ravensgill Pediatric Orthopaedics"


def client_id(rng) -> str:
    return f"WZ{digits(rng, 6)}G"


def icn(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}S{digits(rng, 6)}"


def pa_no(rng) -> str:
    return f"PA26B{digits(rng, 5)}"


def dept_head(p: ETSheet, rng, box: str | None = None, es: bool = False):
    p.mark_logo("WRENMARSH", "Department of Public Health" if not es else "Department of Public Health  \u00b7  "
                "Departamento de Salud Pública",
                [DEPT_ADDR[0], DEPT_ADDR[1], f"CSCP family line {tollfree(rng, '866')}",
                 f"Fax {phone(rng)}   \u00b7   TTY 711", "wrenmarsh.example/cscp"],
                mark="kite", program=PROGRAM, small=DIV, box=box, size=23)


def fiscal_head(p: ETSheet, rng, box: str | None = None):
    p.wordmark("Tirrane", style="split", split=("TIRR", "ANE"), initials="T", shape="square",
               small=[FISCAL, "Claims for the Children's Specialty Care Program (CSCP)"],
               right=[FISCAL_ADDR[0], FISCAL_ADDR[1], f"Families {tollfree(rng, '877')}",
                      f"Providers {tollfree(rng, '888')}", "tirrane.example/cscp"], box=box, size=17)


NOTES_FAMILY = [
    ("1", "Your family's other health plan paid first. CSCP paid what was left, up to the CSCP rate."),
    ("2", "This blood draw is part of the payment for the visit on the same claim. It is not paid on its own and "
          "you do not owe it."),
    ("3", "This amount counts toward your family participation fee for 2026. You pay it to the provider."),
    ("4", "The CSCP rate is lower than the charge. An approved provider may not bill you for the difference."),
    ("5", "Not paid. The doctor who gave this care is not a CSCP-approved specialist. CSCP pays only approved "
          "specialists for care of your child's covered condition. Ask your care coordinator for the names of "
          "approved pediatric neurologists near you."),
    ("6", "Needs CSCP prior approval before the service is given."),
]


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    mother = people(rng, 1, "wf", sexes="F", used=USED)[0]
    child = people(rng, 1, "wf", sexes="F", last=mother.split()[-1], used=USED)[0]
    rheum, pt, eye, neuro, coord = people(rng, 5, "wc", sexes="FMFMF", used=USED)
    neuro_practice = "Kenwyn Valley Neurology Associates"
    cid = client_id(rng)
    plan = "SHC-1B"
    sd = workday(dt.date(2026, 4, rng.randint(20, 23)))
    v_rh = workday(dt.date(2026, 2, rng.randint(9, 13)))
    v_pt = workday(dt.date(2026, 2, rng.randint(23, 26)))
    v_eye = workday(dt.date(2026, 3, rng.randint(2, 5)))
    v_neuro = workday(dt.date(2026, 3, rng.randint(16, 18)))
    v_eeg = workday(plus(v_neuro, 1))
    claims = [
        (f"{HOSP} Rheumatology Clinic \u2013 {dr(rheum, 'MD')}", v_rh,
         [(v_rh, "99214", "Office visit, established", 312.00, 188.00, 74.20, 0.00, "1, 4"),
          (v_rh, "36415", "Blood draw", 24.00, 0.00, 0.00, 0.00, "2"),
          (v_rh, "85652", "Sedimentation rate", 38.00, 12.00, 9.10, 0.00, "1")]),
        (f"Porthallow Children's Therapy \u2013 {dr(pt, 'DPT')}", v_pt,
         [(v_pt, "97110", "Therapeutic exercise, 2 units", 164.00, 0.00, 21.80, 60.00, "3, 4"),
          (v_pt, "97530", "Therapeutic activities", 142.00, 0.00, 78.40, 0.00, "4")]),
        (f"{HOSP} Eye Clinic \u2013 {dr(eye, 'MD')}", v_eye,
         [(v_eye, "92004", "Eye exam, new patient", 248.00, 140.00, 52.50, 0.00, "1 4")]),
        (f"{neuro_practice} \u2013 {dr(neuro, 'MD')}", v_neuro,
         [(v_neuro, "99204", "Office visit, new patient", 486.00, 0.00, 0.00, 486.00, "5"),
          (v_eeg, "95816", "EEG, awake and drowsy", 662.00, 0.00, 0.00, 662.00, "5")]),
    ]
    nos = [icn(rng, plus(c[1], rng.randint(6, 12))) for c in claims]
    den = 3
    fee = 180.00
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FISCAL_FOOT,
                run_hdr=f"{first_last(child)}  \u00b7  client {cid}  \u00b7  statement of {slash(sd)}  \u00b7  page {{n}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    fiscal_head(p, rng, box="FAMILY STATEMENT OF SERVICES")
    y = p.get_y()
    addr_block(p, ["To the parent or guardian of", first_last(child), f"c/o {mother}", "14 Chapel Terrace",
                   "Treluggan, WN 98540"], 9.0)
    yl = p.get_y()
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.pair_boxes([(long(sd), "statement date", W * 0.2), (f"${n2(fee)}", "2026 participation fee", W * 0.16),
                  ("$120.00", "fee met so far", W * 0.14)], x=p.l_margin + W * 0.5)
    p.pair_boxes([((cid, plan), "client no. / plan", W * 0.5)], x=p.l_margin + W * 0.5)
    p.pair_boxes([(child, "child", W * 0.5)], x=p.l_margin + W * 0.5)
    p.set_y(max(yl, p.get_y()) + 1)
    p.f(8.2, "B")
    p.cell(0, 4.4, "This is not a bill. It shows the claims CSCP processed for your child since your last statement.",
           new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.cell(0, 4, "The digits in the Notes column point to the numbered notes under the table (page 2).",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    blocks = []
    tb = tpo = tcs = tyo = 0.0
    for i, (prov, _, lines) in enumerate(claims):
        rows = [[slash(d), code, s, n2(b), n2(po), n2(cs), n2(yo), nt] for d, code, s, b, po, cs, yo, nt in lines]
        b_ = sum(x[3] for x in lines)
        po_ = sum(x[4] for x in lines)
        cs_ = sum(x[5] for x in lines)
        yo_ = sum(x[6] for x in lines)
        tb, tpo, tcs, tyo = tb + b_, tpo + po_, tcs + cs_, tyo + yo_
        blocks.append({"head": f"Claim {nos[i]}   {prov}",
                       "sub": f"Received {slash(plus(lines[0][0], 9))}   \u00b7   for {first_last(child)}",
                       "rows": rows,
                       "total": ["", "", "Claim total", n2(b_), n2(po_), n2(cs_), n2(yo_), ""] if len(lines) > 1
                       else None,
                       "break": i == 1})
    p.noted_claims(["Date", "Code", "Service", "Billed", "Paid by other plan", "CSCP paid", "You may owe", "Notes"],
                   [W * k / 100 for k in (11, 8, 29, 10, 12, 10, 11, 9)], ["L", "L", "L", "R", "R", "R", "R", "C"],
                   blocks, totals=["", "", "Totals this statement", n2(tb), n2(tpo), n2(tcs), n2(tyo), ""], size=7.8,
                   repeat_head=False)
    p.numbered_notes("Notes", NOTES_FAMILY, size=7.8)
    p.bar("Your family participation fee", 8.8)
    p.para(f"Your family's CSCP participation fee for 2026 is ${n2(fee)}. Amounts marked with note 3 count toward it. "
           "After the fee is met, you will not owe approved providers anything for covered care this year, except "
           "what your other health plan asks you to pay.", 8.2)
    p.bar("If you disagree", 8.8)
    p.para(f"You may ask CSCP for an administrative review of any claim on this statement within 60 days of the date "
           f"of this statement. Write to CSCP Reviews, {DEPT}, {DEPT_ADDR[0]}, {DEPT_ADDR[1]}, or call the CSCP "
           "family line. If you still disagree after the review, you may ask for a state fair hearing.", 8.2)
    p.para(f"Your care coordinator is {first_last(coord)}, RN, {phone(rng)}.", 8.2)
    t = truth("eob", "out_of_network", insurer=FISCAL, plan_id=plan, member_id=cid, member_name=child,
              cases=[nos[den]], claim_amount=m2(486.00 + 662.00), service_dates=[iso(v_neuro), iso(v_eeg)],
              denial_date=iso(sd), provider=dr(neuro, "MD"), appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": FISCAL_ALT, "provider": [neuro_practice, neuro]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    father = people(rng, 1, "wf", sexes="M", used=USED)[0]
    last = father.split()[-1]
    boy, girl = people(rng, 2, "wf", sexes="MF", last=last, used=USED)
    endo, uro, rev, coord, nurse = people(rng, 5, "wc", sexes="FMFFM", used=USED)
    app = f"AP26I{digits(rng, 5)}"
    nd = workday(dt.date(2026, 5, rng.randint(4, 7)))
    app_in = workday(plus(nd, -rng.randint(30, 36)))
    diag = workday(plus(app_in, -rng.randint(12, 16)))
    diag_icn = icn(rng, plus(diag, 8))
    sent = workday(plus(nd, rng.randint(9, 12)))
    hosp_fax = f"360555{digits(rng, 4)}"
    tx = (f"{sent.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  FROM: OSSERY CHILDRENS CARE COORD  {hosp_fax}  "
          f"P.{{n2}}/{{t2}}")
    total_pages = 5
    cover = office_cover(
        f"{HOSP}", ["Complex Care Coordination Office", "1 Lighthouse Hill Road, Port Ysella, WN 98514",
                    f"Phone {phone(rng)}   \u00b7   Fax {phone(rng)}"],
        [("To", "Harrowfen Family Advocacy Project"), ("From", f"{first_last(coord)}, RN, care coordinator"),
         ("Fax", phone(rng)), ("Phone", phone(rng)), ("Date", slash(sent)), ("Pages (with cover)", "5"),
         ("Re", f"{last} family \u2013 two letters"), ("CC", f"{first_last(father)} (father)")],
        [(True, "Urgent"), (True, "For review"), (False, "Please comment"), (True, "Please reply")],
        [f"Mr. {last} asked us to send you these two letters. The first is about {boy.split()[0]}'s application "
         f"(growth clinic). The second is about {girl.split()[0]}'s bladder study in March.",
         "He would like help with both before the time to ask for a review runs out. Please call him or me."],
        tx=tx, tx_total=total_pages)
    # (i) the Department's eligibility notice (diagnosis not on the list)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=DEPT_FOOT, tx=tx, tx_off=1, tx_total=total_pages)
    p.set_margins(18, 16, 18)
    p.add_page()
    dept_head(p, rng, box="MEDICAL ELIGIBILITY DECISION")
    addr_block(p, [father, "6 Quarry Lane", "Stithians Cross, WN 98533"], 9.2)
    p.run_line([[("Date of notice", long(nd), "gap")],
                [("Child", boy, "gap"), ("Born", slash(dob(rng, 2015, 2017)), "none")],
                [("Application", app, "dash"), ("Received", slash(app_in), "dash")],
                [("Certifying doctor", f"{dr(endo, 'MD')}, {HOSP} Growth Clinic", "dash")]], size=8.8, gap_w=26)
    p.para(f"Dear {first_last(father)}:", 9.4)
    p.para(f"We reviewed the application for CSCP that you and {dr(endo, 'MD')} sent for {first_last(boy)}. "
           f"{boy.split()[0]} cannot be enrolled in CSCP.", 9.2)
    p.bar("Why", 9.0)
    p.para("CSCP serves children whose health condition is on the CSCP list of eligible conditions. The doctor's "
           f"form gives {boy.split()[0]}'s condition as idiopathic short stature (ICD-10 E34.3): the child is "
           "shorter than most children his age, and tests found no illness or hormone problem that causes it. "
           "This condition is not on the list. Growth hormone deficiency and some genetic conditions that affect "
           "growth are on the list; the test results sent with the application do not show either.", 9.0)
    p.para(f"CSCP paid for the diagnostic visit on {long(diag)} (claim {diag_icn}), as it does for any child sent to "
           "find out whether a condition is eligible. That payment does not change this decision.", 8.8)
    p.bar("What you can do", 9.0)
    p.bullets(["If new tests show a condition on the list, the doctor may send a new application at any time.",
               f"Ask for an administrative review within 60 days of the date of this notice. Call the CSCP family "
               f"line or write to CSCP Reviews, {DEPT_ADDR[0]}, {DEPT_ADDR[1]}. Send any records you want us to see.",
               "If you disagree with the review, you may then ask for a state fair hearing."], size=8.8)
    p.add_page()
    p.bar("About the list of eligible conditions", 9.0)
    p.para("The list is set by the Department with advice from pediatric specialists. It is organised by body "
           "system (heart, lungs, bones and joints, nervous system, kidneys and bladder, blood, hormones, and "
           "others). Each entry says what must be shown for a child to qualify. You may ask us for a copy.", 8.8)
    p.para("Income and residence were not reviewed, because the medical rule was not met.", 8.8)
    p.ln(2)
    sign(p, [first_last(rev), "Medical Eligibility Unit", f"{PROGRAM}, {DEPT}"])
    p.ln(2)
    p.para("Rule: CSCP Program Rules, part 3 (medical eligibility). Form CSCP-ME-7 (rev. 02/26).", 7.4)
    notice = out(p)
    notice_t = truth("denial_letter", "eligibility", insurer=DEPT, member_name=boy, cases=[app],
                     denial_date=iso(nd), provider=dr(endo, "MD"), appeal_deadline=iso(plus(nd, 60)),
                     alternates={"insurer": DEPT_ALT, "case_numbers": [[]], "provider": [None, endo]})
    # (ii) Tirrane's letter: the father's job plan pays first (sister, enrolled)
    gid = client_id(rng)
    visit = workday(dt.date(2026, 3, rng.randint(9, 12)))
    clm = icn(rng, plus(visit, 7))
    ld = workday(plus(visit, rng.randint(30, 38)))
    items = [("51741", "Uroflowmetry, complex", 286.00), ("51728", "Cystometrogram with voiding pressure", 948.00),
             ("51784", "Sphincter EMG", 312.00)]
    total = sum(x[2] for x in items)
    q = ETSheet(footer="Page {n} of {nb}", ids_foot=FISCAL_FOOT, tx=tx, tx_off=3, tx_total=total_pages, tx_flip=(2,),
                run_hdr=f"Claim {clm}  \u00b7  {last_first(girl)}  \u00b7  page {{n}} of {{nb}}")
    q.set_margins(18, 16, 18)
    q.add_page()
    fiscal_head(q, rng, box="CLAIM NOT PAID")
    y = q.get_y()
    addr_block(q, [father, "6 Quarry Lane", "Stithians Cross, WN 98533"], 9.2)
    q.set_y(y)
    W = q.w - q.l_margin - q.r_margin
    q.run_line([[("Letter date", long(ld), "gap")], [("Child", first_last(girl), "gap")],
                [("Client no.", spaced_id(gid, (2, 3, 3, 1)), "gap")], [("Plan", "SHC-0Z", "gap")],
                [("Claim", clm, "gap")]], size=8.8, x=q.l_margin + W * 0.52, gap_w=18)
    q.set_y(max(q.get_y(), y + 28))
    q.side_prov([("Doctor", [dr(uro, "MD"), "Pediatric urology", f"at {HOSP}"]),
                 ("Billed by", [HOSP, "Urodynamics laboratory", f"NPI {npi(rng)}"])], size=8.2)
    q.para(f"Dear {first_last(father)}:", 9.4)
    q.para(f"{HOSP} sent CSCP a claim for {girl.split()[0]}'s bladder study on {long(visit)}. We did not pay it.",
           9.2)
    q.ruled_rows(["Code", "Service", "Billed", "CSCP paid"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", "Claim total", usd(total), "$0.00"]],
                 [W * k / 100 for k in (12, 58, 16, 14)], ["L", "L", "R", "R"], size=8.4, bold_rows=(len(items),))
    q.bar("Why we did not pay", 9.0)
    q.para("CSCP pays last. When a child has other health coverage, the provider must bill that coverage first. Our "
           f"records show that on the date of the study {girl.split()[0]} was covered as a dependent on your plan "
           "through work, the Gannet Port Authority Employee Health Plan (member number GPA-30917-02). The hospital "
           "did not send that plan's explanation of benefits with the claim.", 9.0)
    q.add_page()
    q.bar("What happens next", 9.0)
    q.bullets(["The hospital may bill your work plan. When it sends us that plan's explanation of benefits, CSCP "
               "will pay what is left for a covered service, up to the CSCP rate.",
               "If your work plan had ended before the study, send us a letter from your employer that shows the end "
               "date, and we will look at the claim again.",
               "An approved provider may not bill you for a covered service while the claim is waiting on the other "
               "plan."], size=9.0)
    q.bar("Administrative review", 9.0)
    q.para("If you disagree, you may ask CSCP for an administrative review within 60 days of the date of this letter. "
           f"Write to CSCP Reviews, {DEPT}, {DEPT_ADDR[0]}, {DEPT_ADDR[1]}.", 9.0)
    q.ln(2)
    sign(q, [first_last(nurse), "Other Coverage Unit", FISCAL])
    cob = out(q)
    cob_t = truth("denial_letter", "other", insurer=FISCAL, plan_id="SHC-0Z", member_id=gid, member_name=girl,
                  cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld),
                  provider=dr(uro, "MD"), appeal_deadline=iso(plus(ld, 60)),
                  alternates={"insurer": FISCAL_ALT, "provider": [HOSP, uro]})
    return cover, [(notice, notice_t), (cob, cob_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    practice = "Lowenna Pediatric Therapy Associates"
    ot1, st1, ot2, sig = people(rng, 4, "wc", sexes="FMFM", used=USED)
    kids = people(rng, 3, "wf", sexes="MFM", used=USED)
    ids = [client_id(rng) for _ in kids]
    rd = workday(dt.date(2026, 9, rng.randint(7, 10)))
    while rd.weekday() != 3:
        rd = plus(rd, 1)
    late_v = plus(rd, -rng.randint(236, 244))
    late_v = workday(late_v)
    recv = plus(late_v, 214)
    v1 = workday(plus(rd, -rng.randint(24, 30)))
    v2 = workday(plus(rd, -rng.randint(16, 20)))
    claims = [
        (kids[0], ids[0], "SHC-1B", dr(ot1, "OTR/L"), [(v1, "97165", "OT evaluation, low complexity", 228.00, 110.00, 64.80, "1, 2"),
                                              (v1, "97530", "Therapeutic activities", 142.00, 60.00, 38.20, "1 2")]),
        (kids[1], ids[1], "SHC-2S", dr(ot2, "OTR/L"), [(late_v, "97530", "Therapeutic activities, 2 units", 284.00, 0.00, 0.00, "3"),
                                               (late_v, "97535", "Self-care training", 138.00, 0.00, 0.00, "3")]),
        (kids[2], ids[2], "SHC-1B", dr(st1, "CCC-SLP"), [(v2, "92507", "Speech treatment", 196.00, 0.00, 71.40, "2, 4")]),
    ]
    nos = [icn(rng, plus(c[4][0][0], rng.randint(5, 9))) for c in claims]
    nos[1] = icn(rng, recv)
    tx = (f"{rd.strftime('%b %d %Y').upper()} 06:{rng.randint(10, 59)}  TIRRANE PROVIDER REMIT  888555{digits(rng, 4)}  "
          f"PAGE {{n}} OF {{t}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FISCAL_FOOT, tx=tx, tx_total=2,
                run_hdr=f"Remittance {rd.strftime('%Y%m%d')}-{digits(rng, 4)}  \u00b7  {practice}  \u00b7  page {{n}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    fiscal_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [practice, "Attn: Billing Office", "402 Harbour Mews, Suite 3", "Port Ysella, WN 98516"], 9.0)
    yl = p.get_y()
    p.kv_box([("Remittance date", slash(rd)), ("Payee NPI", npi(rng)), ("Payee TIN", tin(rng)),
              ("EFT trace", f"EFT{digits(rng, 9)}"), ("Program", "CSCP")], p.l_margin + W * 0.52, y, W * 0.48,
             cap_w=30, size=8.6)
    p.set_y(max(yl, y + 31) + 1)
    blocks = []
    for i, (kid, cid, plan, ther, lines) in enumerate(claims):
        rows = [[slash(d), code, s, n2(b), n2(po), n2(pd), nt] for d, code, s, b, po, pd, nt in lines]
        b_ = sum(x[3] for x in lines)
        blocks.append({"head": f"{last_first(kid)}   Client {cid}   Plan {plan}   ICN {nos[i]}",
                       "sub": f"Rendering {ther}   \u00b7   received {slash(recv if i == 1 else plus(lines[0][0], 6))}",
                       "rows": rows,
                       "total": ["", "", "Claim total", n2(b_), n2(sum(x[4] for x in lines)),
                                 n2(sum(x[5] for x in lines)), ""] if len(lines) > 1 else None})
    p.noted_claims(["Service date", "Code", "Service", "Billed", "Paid by other plan", "CSCP paid", "Notes"],
                   [W * k / 100 for k in (12, 9, 35, 11, 13, 11, 9)], ["L", "L", "L", "R", "R", "R", "C"], blocks,
                   totals=["", "", "Payment this remittance", "", "", n2(sum(x[5] for c in claims for x in c[4])), ""],
                   size=7.8)
    p.add_page()
    p.numbered_notes("Notes on this remittance", [
        ("1", "Other coverage paid first; CSCP paid the balance up to the CSCP rate (coordination of benefits)."),
        ("2", "Paid at the CSCP fee schedule rate. The family may not be billed for the difference."),
        ("3", "Not paid: the claim was received more than 180 days after the date of service. CSCP's filing limit "
              "is 180 days from the date of service, or 90 days from another payer's explanation of benefits when "
              "another payer was billed first; no other payer's explanation was sent."),
        ("4", "Part of the allowed amount was applied to the family participation fee; the family pays that part."),
        ("5", "Prior approval number missing or does not match the service."),
    ], size=8.0)
    p.bar("Reconsideration", 8.8)
    p.para("A provider who disagrees with a claim on this remittance may ask for reconsideration within 90 days of the "
           "remittance date. Send the ICN, the reason and proof (for example, a clearinghouse report showing the "
           f"claim was sent on time) to Tirrane Provider Reconsideration, {FISCAL_ADDR[0]}, {FISCAL_ADDR[1]}.", 8.4)
    p.para("Corrected claims must be received within 180 days of the date of service or 60 days of this remittance, "
           "whichever is later.", 8.0)
    p.ln(2)
    p.para(f"Questions: Provider Services, {tollfree(rng, '888')}, Monday to Friday 8 to 5.", 8.0)
    t = truth("eob", "timely_filing", insurer=FISCAL, plan_id="SHC-2S", member_id=ids[1], member_name=kids[1],
              cases=[nos[1]], claim_amount=m2(284.00 + 138.00), service_dates=[iso(late_v)], denial_date=iso(rd),
              provider=dr(ot2, "OTR/L"), appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": FISCAL_ALT, "provider": [practice, ot2]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_speech(rng):
    madre = people(rng, 1, "es", sexes="F", used=USED)[0]
    nino = people(rng, 1, "es", sexes="M", last=madre.split()[-1], used=USED)[0]
    slp, rev = people(rng, 2, "wc", sexes="FM", used=USED)
    practice = "Centro de Habla Infantil Carn Brea"
    cid = client_id(rng)
    pa = pa_no(rng)
    asked = workday(dt.date(2026, 5, rng.randint(4, 8)))
    nd = workday(plus(asked, rng.randint(9, 13)))
    p = ETSheet(footer="Página {n} de {nb}", ids_foot=DEPT_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    dept_head(p, rng, box="AVISO DE DECISIÓN", es=True)
    addr_block(p, [madre, "Calle Tregony 311, Apt. 2", "Port Ysella, WN 98515"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([(es_date(nd), "fecha de esta carta", W * 0.3), (nino, "niño", W * 0.3),
                  ((dashed_id(cid, (2, 6, 1)), "SHC-2S"), "número de cliente / plan", W * 0.4)])
    p.pair_boxes([(pa, "número de aprobación previa", W * 0.3), (dmy_slash(asked), "solicitud recibida", W * 0.22),
                  (f"{slp}, CCC-SLP", "terapeuta que la pidió", W * 0.48)])
    p.heading("Aprobación previa de terapia del habla: no aprobada", 11)
    p.para(f"Estimada señora {madre.split()[-1]}:", 9.4)
    p.para(f"La terapeuta de {nino.split()[0]}, {first_last(slp)}, del {practice}, pidió a CSCP que aprobara 24 "
           "visitas más de terapia del habla, dos por semana. CSCP no puede aprobar estas visitas.", 9.2)
    p.bar("Por qué", 9.0)
    p.para(f"CSCP paga la terapia del habla de los niños con paladar hendido cuando la terapia todavía es necesaria "
           f"para mejorar el habla. El informe de progreso de la terapeuta dice que {nino.split()[0]} ya cumplió las "
           "metas de su plan de tratamiento: se le entiende bien al hablar y los sonidos que le costaban ahora están "
           "dentro de lo normal para su edad. Por eso un médico de CSCP revisó el informe y decidió que las visitas "
           "nuevas no son médicamente necesarias.", 9.0)
    p.para(f"Las 36 visitas que CSCP aprobó antes se pagaron. Si más adelante el habla de {nino.split()[0]} cambia, "
           "la terapeuta puede pedir una nueva evaluación.", 8.8)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede pedir una revisión administrativa dentro de 60 días a partir de la fecha de esta carta. Llame a "
           f"la línea de familias de CSCP o escriba a CSCP Reviews, {DEPT_ADDR[0]}, {DEPT_ADDR[1]}. Puede mandar "
           "cartas de la terapeuta, de la escuela o del cirujano. Si después de la revisión sigue sin estar de "
           "acuerdo, puede pedir una audiencia imparcial del estado.", 9.0)
    p.para("Le damos un intérprete sin costo. Llame a la línea de familias de CSCP.", 8.8)
    p.ln(1)
    sign(p, [first_last(rev), "Unidad de Aprobación Previa", f"CSCP, {DEPT}"], close="Atentamente,")
    t = truth("denial_letter", "medical_necessity", insurer=DEPT, plan_id="SHC-2S", member_id=dashed_id(cid, (2, 6, 1)),
              member_name=nino, cases=[pa], denial_date=iso(nd), provider=dr(slp, "CCC-SLP"),
              appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": DEPT_ALT + ["Departamento de Salud Pública"], "member_id": [cid],
                          "provider": [practice, slp]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_statement(rng):
    mother = people(rng, 1, "wf", sexes="F", used=USED)[0]
    child = people(rng, 1, "wf", sexes="F", last=mother.split()[-1], used=USED)[0]
    doc, pa_doc = people(rng, 2, "wc", sexes="MF", used=USED)
    cid = client_id(rng)
    acct = f"RPO-{digits(rng, 6)}"
    refused = workday(dt.date(2026, 3, rng.randint(9, 12)))
    while refused.weekday() != 1:
        refused = plus(refused, 1)
    ended = dt.date(2026, 2, 28)
    clm = icn(rng, plus(refused, 8))
    sd = workday(dt.date(2026, 5, rng.randint(18, 21)))
    paid_v = workday(dt.date(2026, 4, rng.randint(13, 16)))
    ref_amt = 236.00
    p = ETSheet(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.set_font("Serif", "B", 17)
    p.cell(0, 7, ORTHO, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, "Braces, casting and bone and joint care for children  \u00b7  A CSCP-approved practice",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.2, f"77 Moorgate Street, Carn Brea Junction, WN 98578  \u00b7  Billing {phone(rng)}",
           new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
    p.ln(5)
    p.f(12, "B")
    p.cell(0, 6, "STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y = p.get_y()
    addr_block(p, [mother, "5 Wheal Rose Close", "Carn Brea Junction, WN 98579"], 9.6)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.leaders([("Statement date", slash(sd)), ("Account", acct), ("Patient", child),
               ("CSCP client", cid), ("Please pay", f"${n2(ref_amt)}")], size=9.0, w=W * 0.46,
              x=p.l_margin + W * 0.54)
    p.ln(4)
    rows = [["", "Balance forward", "", "", n2(ref_amt)],
            [slash(paid_v), f"Office visit, established \u2013 {pa_doc.split()[0][0]}. {pa_doc.split()[-1]}, PA-C",
             "184.00", "", n2(ref_amt + 184.00)],
            [slash(plus(paid_v, 19)), "CSCP payment", "", "-184.00", n2(ref_amt)]]
    p.ruled_rows(["Date", "Description", "Charges", "Payments", "Balance"], rows,
                 [W * k / 100 for k in (15, 49, 12, 12, 12)], ["L", "L", "R", "R", "R"], size=8.4)
    p.bar("A message from our billing office", 9.2)
    p.para(f"Your plan did not pay for the visit on {wd_tue(refused)} with {dr(doc, 'MD')} (brace check and "
           f"adjustment, ${n2(ref_amt)}). CSCP told us that its approval for {child.split()[0]}'s orthopaedic care "
           f"ended on {long(ended)} and the renewal starts later, so the visit was not covered (CSCP claim {clm}). "
           "That amount is the balance forward above. We have asked CSCP to look at it again; if they pay, we will "
           "send you a new statement. Until then, please call us if you cannot pay the balance.", 9.2)
    p.para("Approvals for ongoing care must be renewed each year. Your CSCP care coordinator can tell you when your "
           "child's next renewal is due.", 9.0)
    p.ln(6)
    p.set_line_width(0.3)
    p.set_dash_pattern(dash=2, gap=1.5)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_dash_pattern()
    p.set_line_width(0.2)
    p.ln(3)
    p.f(8, "B")
    p.cell(0, 4, "Please return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(W / 2, 5, f"Account {acct}")
    p.cell(W / 2, 5, f"Amount due ${n2(ref_amt)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(W / 2, 5, mother)
    p.cell(W / 2, 5, "Amount enclosed $__________", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=None, member_id=cid, member_name=child, cases=[clm], claim_amount=m2(ref_amt),
              service_dates=[iso(refused)], denial_date=iso(sd), provider=ORTHO, unscored=["insurer"],
              alternates={"member_id": [None], "case_numbers": [[]], "service_dates": [[]],
                          "provider": [dr(doc, "MD"), doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_review(rng):
    mother = people(rng, 1, "wf", sexes="F", used=USED)[0]
    father = people(rng, 1, "wf", sexes="M", last=mother.split()[-1], used=USED)[0]
    boy = people(rng, 1, "wf", sexes="M", last=mother.split()[-1], used=USED)[0]
    surgeon, reviewer, chief = people(rng, 3, "wc", sexes="MFM", used=USED)
    cid = client_id(rng)
    ar = f"AR26-O{digits(rng, 4)}"
    surg = workday(dt.date(2026, 2, rng.randint(16, 20)))
    clm = icn(rng, plus(surg, 12))
    first_no = workday(plus(surg, rng.randint(30, 36)))
    asked = workday(plus(first_no, rng.randint(14, 20)))
    dd = workday(plus(asked, rng.randint(26, 32)))
    billed = 18640.00
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=DEPT_FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    dept_head(p, rng, box="ADMINISTRATIVE REVIEW DECISION")
    addr_block(p, [f"{first_last(mother)} and {first_last(father)}", "23 Lanyon Road", "Treluggan, WN 98541"], 9.4)
    p.f(9.4)
    p.cell(0, 5, long(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear Mr. and Mrs. {mother.split()[-1]}:", 9.4)
    p.para(f"You asked CSCP on {long(asked)} to review its decision not to pay for {boy.split()[0]}'s hamstring "
           f"lengthening surgery at {HOSP}. The details of the surgery and the claim are in the box at the top of "
           "the next page.", 9.4)
    p.para(f"What we looked at: your letter, the surgeon's notes, the operating report, the hospital's claim, and the "
           f"CSCP record of prior approval requests for {boy.split()[0]}.", 9.4)
    p.para("What the rule says: CSCP pays for planned surgery only when it is approved before the day of surgery. The "
           "surgeon or the hospital asks for the approval; the request is usually decided within ten working days, "
           "and within three working days when the surgeon says the child's health cannot wait. A surgery done "
           "because of an emergency does not need approval first.", 9.4)
    p.para(f"What we found: no request for this surgery reached CSCP before it was done. The surgery was planned at "
           f"a clinic visit six weeks before, so it was not an emergency. The surgeon's office wrote to us that its "
           f"staff believed {boy.split()[0]}'s yearly approval for orthopaedic care covered surgery; it covers clinic "
           "visits, casting and braces, not operations.", 9.4)
    p.para("Our decision: we agree with the first decision. CSCP will not pay this claim. We understand the surgery "
           "went well and that you did what the surgeon asked; the rule applies to the request, which had to come "
           "from the surgeon or the hospital.", 9.4)
    p.add_page()
    p.facts_box("About this review", [
        ("Child", boy), ("Client no. / Plan", f"{cid} / SHC-2S"),
        ("Review number", ar), ("Claim (ICN)", clm),
        ("Surgeon", dr(surgeon, "MD")), ("Hospital", HOSP),
        ("Date of surgery", long(surg)), ("Billed by the hospital", usd(billed)),
        ("First decision", long(first_no)), ("Your request received", long(asked)),
    ])
    p.bar("The hospital may not bill you", 9.0)
    p.para("An approved hospital that did not ask for prior approval may not bill a CSCP family for the surgery. If you "
           "get a bill from the hospital or the surgeon, send us a copy and call your care coordinator.", 9.0)
    p.bar("If you still disagree", 9.0)
    p.para("This review is the last step inside CSCP. You may ask for a state fair hearing within 30 days of the "
           "date of this decision. Write to the Office of Administrative Hearings, 9 Customs Quay, Port Ysella, "
           "WN 98511, and send a copy of this letter. A hearing officer who does not work for CSCP will decide.", 9.0)
    p.para("You may ask for free copies of everything we used to make this decision.", 9.0)
    p.ln(2)
    sign(p, [first_last(reviewer), "Administrative Reviews", f"{PROGRAM}, {DEPT}"])
    p.para(f"Reviewed with {dr(chief, 'MD')}, CSCP Medical Director.   cc: {dr(surgeon, 'MD')}; {HOSP} Patient "
           "Financial Services", 8.0)
    t = truth("denial_letter", "prior_authorization", insurer=DEPT, plan_id="SHC-2S", member_id=cid,
              member_name=boy, cases=[ar, clm], claim_amount=m2(billed), service_dates=[iso(surg)],
              denial_date=iso(dd), provider=dr(surgeon, "MD"), appeal_deadline=None,
              alternates={"insurer": DEPT_ALT, "case_numbers": [[ar], [clm]], "provider": [HOSP, surgeon],
                          "appeal_deadline": [iso(plus(dd, 30))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_tricycle(rng):
    mother = people(rng, 1, "wf", sexes="F", used=USED)[0]
    girl = people(rng, 1, "wf", sexes="F", last=mother.split()[-1], used=USED)[0]
    pt, rev = people(rng, 2, "wc", sexes="MF", used=USED)
    supplier = "Brathmoor Mobility & Rehab Supply"
    cid = client_id(rng)
    pa = pa_no(rng)
    asked = workday(dt.date(2026, 4, rng.randint(6, 10)))
    nd = workday(plus(asked, rng.randint(11, 15)))
    quote = 2460.00
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=DEPT_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    dept_head(p, rng, box="PRIOR APPROVAL DECISION")
    addr_block(p, [mother, "40 Mount Hawke Street", "Port Ysella, WN 98517"], 9.4)
    p.far_rows([("Date of this letter", long(nd)), ("Child", girl), ("Client no.", cid),
                ("Plan", "SHC-1B"), ("Request no.", pa), ("Asked for by", supplier),
                ("Prescribed by", dr(pt, "DPT")), ("Item", "E1399 \u2013 adaptive tricycle with trunk support"),
                ("Supplier's price", usd(quote))], cap_w=34, size=9.0)
    p.para(f"Dear {first_last(mother)}:", 9.4)
    p.para(f"{supplier} asked CSCP on {long(asked)} to approve an adaptive tricycle for {girl.split()[0]}, "
           f"prescribed by her physical therapist, {dr(pt, 'DPT')}. CSCP cannot approve it.", 9.4)
    p.bar("Why", 9.0)
    p.para("CSCP pays for medical equipment that a child needs because of the covered condition: for example a "
           "wheelchair, a stander, braces or a bath seat. It does not pay for equipment used mainly for play, sport "
           "or exercise, even when it is made for children with disabilities and even when it helps the child. An "
           "adaptive tricycle is in that group; it is not a CSCP benefit (CSCP Program Rules, part 6, list of items "
           f"CSCP does not cover). We did not question whether the tricycle would be good for {girl.split()[0]}.",
           9.2)
    p.bar("Other places to ask", 9.0)
    p.bullets(["Some service clubs and disability charities in Wrenmarsh help families buy adaptive bikes. Your care "
               "coordinator keeps a list.",
               "If your family has other health coverage, that plan may cover it; ask the supplier to check."],
              size=9.0)
    p.bar("If you disagree", 9.0)
    p.para("You may ask for an administrative review within 60 days of the date of this letter. Call the CSCP "
           f"family line or write to CSCP Reviews, {DEPT_ADDR[0]}, {DEPT_ADDR[1]}. After the review you may ask for "
           "a state fair hearing.", 9.0)
    p.ln(1)
    sign(p, [first_last(rev), "Prior Approval Unit", f"{PROGRAM}, {DEPT}"])
    p.para(f"cc: {supplier}; {dr(pt, 'DPT')}", 8.0)
    t = truth("denial_letter", "not_covered", insurer=DEPT, plan_id="SHC-1B", member_id=cid, member_name=girl,
              cases=[pa], claim_amount=m2(quote), denial_date=iso(nd), provider=supplier,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": DEPT_ALT, "provider": [dr(pt, "DPT"), pt]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_statement(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_statement_unapproved_neurologist", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_hospital_cover_short_stature_parents_plan", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(1, 1): 180}),
        Item(f"{f}_faxstd_remittance_late_occupational_therapy", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_lowres_es_terapia_del_habla_metas_cumplidas", "scan_lowres_150", [lowres_es_speech(rng)]),
        Item(f"{f}_photocopy_orthopaedic_statement_approval_ended", "photocopy",
             [photocopy_statement(rng)]),
        Item(f"{f}_rotated_review_hamstring_surgery_no_approval", "rotated", [rotated_review(rng)]),
        Item(f"{f}_bd_adaptive_tricycle_not_a_benefit", "born_digital", [bd_tricycle(rng)]),
    ]
