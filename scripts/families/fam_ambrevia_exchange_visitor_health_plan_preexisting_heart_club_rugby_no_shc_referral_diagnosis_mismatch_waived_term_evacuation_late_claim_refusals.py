"""Papers mirrored (structure and plain wording style only; every sentence written here) from the health plans that
universities and exchange sponsors offer to exchange visitors (J-1 scholars and students and their J-2 families) and
other international students: a plan built to meet the Exchange Visitor Program's insurance minimums (a medical
benefit per accident or illness, medical evacuation and repatriation of remains amounts, a capped deductible per
accident or illness, a waiting period for pre-existing conditions), sold to the sponsor as a group, run by a claims
administrator that sends the EOBs, claim letters and provider remittances, underwritten by an insurer that hears the
last internal appeal, with a separate assistance company deciding medical evacuation; students must get a referral
from the university's student health service before seeing a specialist; a student who shows comparable coverage may
waive the plan for a term; injuries from organised sports are excluded. Everything named is invented: the Ambrevia
Exchange Visitor Health Plan of Harwelden University (Office of International Scholars and Students, Student Health
Service), the claims administrator Bravenno Claims Administration, LLC (letterhead: a drawn globe beside the brand
split over two lines as "BRAV" over "ENNO", halves that are not words, the legal name small under the second half; the
body only says "BCA"), the underwriter Tollerand Mutual Life Assurance Company (letterhead: a keystone arch beside the
logo word "TOLLERAND", the legal name small under it), the assistance company Orisca Assist, Inc. (Spanish letter),
clinics, hospitals and every person.

Numbering: member IDs "EV" + two digits + one letter that reads as a digit (S, B, G or Z) + five digits, printed whole
("EV47S20618"), in groups ("EV47 S206 18") or beside a suffix under the caption "Member / Suffix" ("EV47S20618 / 00",
suffix 00 the member, 01 a spouse, 02 a child); plan codes AMB-EV2S (scholars) and AMB-EV1B (students), the
sponsor's group HWU-G4172, printed together under "Plan / Group" ("AMB-EV2S / HWU-G4172"); claim numbers "26" + day of
year + "B" + five digits; the underwriter's appeal numbers "TMA-2026-S" + four digits; Orisca case numbers
"ORA-26-Z" + four digits. Phones 555. CPT codes and claim adjustment reason codes as themselves.

Documents (8 in 7 files):
- bd_eob_cardiology_preexisting: a born-digital two-page EOB from BCA for a visiting scholar and his J-2 wife; four
  claims with inline caption lines; a "Paid by other plan" column (the wife's employer plan at home paid first); note
  marks on the rows ("1", "1 4", "2 3", "5, 6") keyed by a numbered note list under the table: copayment, deductible,
  other plan paid first, a venipuncture bundled into the visit, and (5) the cardiology claim refused as a
  pre-existing condition inside the six-month waiting period. `eob`, `not_covered` (`eligibility` accepted: the
  waiting period ties the refusal to how long coverage has been in force).
- faxstd_stack_oiss_cover_rugby_letter_then_statement: a standard-fax stack sent by the university's
  international office: its typed printed cover form (no document's page), then BCA's two-page letter refusing an
  orthopaedic visit for a knee hurt in a club rugby match (sports exclusion, `not_covered`; the first page holds only
  the prose, the member facts sit in a box on page 2), then the orthopaedic clinic's patient statement whose table
  shows only a balance forward and names the refused visit only in its message (`other`, no denial; insurer unscored).
- faxstd_remittance_dermatology_no_shc_referral: a standard-fax provider remittance from BCA to a dermatology group,
  three student claims with "Paid by other plan" and note marks; the second claim refused because the student had no
  Student Health Service referral (CARC 288, `prior_authorization`); provider reconsideration within 90 days of the
  remittance.
- bd_letter_child_visit_diagnosis_mismatch: a born-digital BCA letter to a scholar about his J-2 daughter's visit:
  a well-child code billed with only an ear-infection diagnosis (CARC 11, `coding_error`); captions in a narrow
  column at the left with their values flush at the far right.
- lowres_waived_spring_term_er_visit: a 150 dpi BCA letter: a student's emergency visit falls in the spring term she
  waived by showing her government scholarship scheme (`eligibility`); identifiers in boxes with their captions
  printed under the boxes.
- phone_es_evacuacion_no_necesaria: a photographed Spanish letter from Orisca Assist: the requested medical
  evacuation of a scholar to Lima after a stroke is not medically necessary (stable, rehabilitation available
  locally) (`medical_necessity`); the evacuation and repatriation maximums as decoys.
- rotated_appeal_late_claim_upheld: a rotated scan of Tollerand Mutual's appeal decision upholding the refusal of a
  scholar's walk-in clinic claim sent more than 90 days after the visits (`timely_filing`); final internal decision,
  external review only (no appeal deadline).

Judgement calls: insurer = the letterhead issuer (BCA on its papers; short forms, "BCA" and the plan's name
accepted because the letterhead says BCA acts for the plan; Tollerand on its decision; Orisca on its letter, the plan
accepted); the underwriter named in BCA's footers is a decoy there. The member ID is the subscriber's ID without its
suffix (the suffix is printed apart under "Member / Suffix"). Pre-existing condition: `not_covered` with `eligibility`
accepted (a reader may see a waiting period as not yet eligible). The waived-term letter advises sending the bill to
the other coverage; the refusal itself is that the student is not enrolled in the term (`eligibility`, no
alternate). On the stack's clinic statement the refused visit's charges are the amount (the amount due after the
student's payment is a decoy; null accepted, as a bill's message is not a claim notice), its visit date the service
date (none accepted) and the member ID printed beside "Insurance on file" the member ID (null accepted). Provider = the
rendering doctor named on the claim (the practice accepted), the hospital on the emergency claim (its attending
physician accepted), the requesting neurologist on the evacuation letter (the hospital accepted). The evacuation
letter's planned transfer date is its service date (none accepted: nothing was done). Case numbers: the refused
claim's number; appeal number and claim number on the underwriter's decision (each alone accepted); the Orisca case
number on the evacuation letter; SHS referral numbers, NPIs, tax IDs, EFT traces and account numbers are decoys.
Appeal deadlines: "within 180 days of the date of this statement / letter" = +180; provider reconsideration "within
90 days of the date of this remittance" = +90; the Spanish "dentro de 180 días a partir de la fecha de esta carta" =
+180; the underwriter's final decision has none (external review only).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtb import (ETSheet, addr_block, dd_mon, digits, dmy_es, dr, es_date, first_last, iso, last_first,
                               long, m2, n2, npi, office_cover, out, people, phone, plus, sign, slash, spaced_id,
                               tollfree, truth, usd, wd_tue, workday)

FAMILY = ("ambrevia_exchange_visitor_health_plan_preexisting_heart_club_rugby_no_shc_referral_diagnosis_mismatch_"
          "waived_term_evacuation_late_claim_refusals")
LANG = "en"
SEED = 355091
USED: set = set()

PLAN = "Ambrevia Exchange Visitor Health Plan"
PLAN_ES = "Plan de Salud Ambrevia para Visitantes de Intercambio"
BCA = "Bravenno Claims Administration, LLC"
BCA_ALT = [BCA, "Bravenno Claims Administration", "Bravenno", "BCA", PLAN]
TOLL = "Tollerand Mutual Life Assurance Company"
TOLL_ALT = [TOLL, "Tollerand Mutual", "Tollerand"]
ORISCA = "Orisca Assist, Inc."
ORISCA_ALT = [ORISCA, "Orisca Assist", "Orisca", PLAN, PLAN_ES]
UNIV = "Harwelden University"
OISS = "Office of International Scholars and Students"
SHS = "Harwelden University Student Health Service"
PLAN_SCH, PLAN_STU = "AMB-EV2S", "AMB-EV1B"
GROUP = "HWU-G4172"
BCA_ADDR = ["PO Box 30417", "Tildesmoor, WI 53790"]
TOLL_ADDR = ["1180 Cantor Square, 14th Floor", "Milbrook, IL 60694"]
FOOT = (f"{BCA}  \u00b7  claims administrator for the {PLAN} of {UNIV}  \u00b7  "
        f"underwritten by {TOLL}")


def mid(rng) -> str:
    return f"EV{digits(rng, 2)}{rng.choice('SBGZ')}{digits(rng, 5)}"


def grouped(m: str) -> str:
    """EV47S20618 -> 'EV47 S206 18'"""
    return spaced_id(m, (4, 4, 2))


def claim_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}B{digits(rng, 5)}"


def bca_right(rng) -> list[str]:
    return [BCA_ADDR[0], BCA_ADDR[1], f"Member services {tollfree(rng, '866')}", f"Fax {phone(rng, '608')}",
            "bravennoclaims.example"]


def head_bca(p: ETSheet, rng, box: str | None = None):
    p.split_brand("BRAV", "ENNO", BCA, bca_right(rng),
                  small=f"Claims administrator for the {PLAN}", mark="globe", box=box, size=21)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member = people(rng, 1, "xv", sexes="M", used=USED)[0]
    wife = people(rng, 1, "xv", sexes="F", last=member.split()[-1], used=USED)[0]
    fam, cardio, uc, labdoc = people(rng, 4, "uc", sexes="FMFM", used=USED)
    m = mid(rng)
    start = dt.date(2026, 2, 1)
    sd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    p0, p1 = dt.date(2026, 4, 1), plus(sd, -3)
    cons = workday(dt.date(2026, 4, rng.randint(6, 9)))
    holter = plus(cons, 2)
    heart = "Merrowdown Heart Associates"
    visit = workday(dt.date(2026, 3, rng.randint(16, 19)))
    ucd = workday(dt.date(2026, 4, rng.randint(20, 23)))
    labd = plus(ucd, 1)
    # (patient, relation, provider line, rows: date, code, service, billed, allowed, other plan, plan paid, you owe, notes)
    claims = [
        (member, "00", f"Harwelden Family Medicine \u2013 {dr(fam, 'MD')}",
         [(visit, "99203", "Office visit, new patient", 226.00, 148.00, 0.00, 128.00, 20.00, "1"),
          (visit, "36415", "Blood draw", 24.00, 0.00, 0.00, 0.00, 0.00, "1 4")]),
        (member, "00", f"{heart} \u2013 {dr(cardio, 'MD')}",
         [(cons, "99204", "Cardiology consult, new", 418.00, 0.00, 0.00, 0.00, 0.00, "5, 6"),
          (cons, "93306", "Echocardiogram, complete", 1285.00, 0.00, 0.00, 0.00, 0.00, "5, 6"),
          (holter, "93224", "Heart rhythm monitor, 48 hours", 372.00, 0.00, 0.00, 0.00, 0.00, "5, 6")]),
        (wife, "01", f"Lakeshore Walk-In Care \u2013 {dr(uc, 'DO')}",
         [(ucd, "99213", "Urgent care visit", 189.00, 124.00, 68.00, 56.00, 0.00, "2 3")]),
        (wife, "01", f"Tildesmoor Clinical Laboratory \u2013 {dr(labdoc, 'MD')}",
         [(labd, "80053", "Metabolic panel", 96.00, 38.50, 0.00, 0.00, 38.50, "2")]),
    ]
    nos = [claim_no(rng, plus(c[3][0][0], rng.randint(4, 9))) for c in claims]
    den = 1
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT,
                run_hdr=f"{first_last(member)}  \u00b7  Member {grouped(m)}  \u00b7  EOB of {slash(sd)}  \u00b7  "
                        f"page {{n}} of {{nb}}")
    p.set_margins(14, 15, 14)
    p.add_page()
    head_bca(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [member.upper(), "Harwelden University Visiting Scholar Housing", "88 Thornleigh Court, Apt 4C",
                   "Harwelden, WI 53711"], 9.0)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Statement date", long(sd), 0.44), ("Member / Suffix", f"{m} / 00", 0.56)], size=9.0,
                 x=p.l_margin + W * 0.5, w=W * 0.5)
    p.pair_boxes([("Coverage began", slash(start), 0.44), ("Plan / Group", f"{PLAN_SCH} / {GROUP}", 0.56)], size=9.0,
                 x=p.l_margin + W * 0.5, w=W * 0.5)
    p.set_y(max(p.get_y(), y + 30))
    p.f(7.8, "B")
    p.cell(0, 4, f"THIS IS NOT A BILL.  Claims processed {slash(p0)} to {slash(p1)}.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    rows = []
    for i, (pt, suf, prov, lines) in enumerate(claims):
        for d, code, s, b, a, oth, pd, owe, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(oth), n2(pd), n2(owe), note])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                   n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)),
                                   n2(sum(x[7] for x in lines)), ""]))
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  {prov}"))
        rows.append(("sub", f"Patient {first_last(pt)}  \u00b7  Member / Suffix {m} / {suf}  \u00b7  "
                            f"Plan / Group {PLAN_SCH} / {GROUP}"))
    allc = [x for c in claims for x in c[3]]
    rows.append(("total", ["", "", "Totals", n2(sum(x[3] for x in allc)), n2(sum(x[4] for x in allc)),
                           n2(sum(x[5] for x in allc)), n2(sum(x[6] for x in allc)), n2(sum(x[7] for x in allc)), ""]))
    p.mark_rows(["Date", "Code", "Service", "Billed", "Allowed", "Paid by other plan", "Plan paid", "You owe",
                 "Notes"],
                [W * k / 100 for k in (11, 7, 28, 9, 9, 10, 9, 9, 8)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.6)
    p.numbered_notes("Notes on the lines above", [
        ("1", "Your copayment for an office or urgent care visit."),
        ("2", "Applied to the deductible of $100.00 for this illness. You pay the provider up to the allowed "
              "amount."),
        ("3", "Another plan paid first. This plan paid what was left of the allowed amount, up to what it would "
              "have paid on its own."),
        ("4", "Included in the payment for the visit on the same day; not paid on its own. A network provider may "
              "not bill you for it."),
        ("5", "Not covered: pre-existing condition. Your records show care for this heart condition in the six "
              f"months before your coverage began on {long(start)}. The plan pays for a pre-existing condition "
              "once your coverage has been in force for six months without a break."),
        ("6", "If the condition did not start before your coverage, send BCA the records that show when it was "
              "first found, with the claim number."),
    ], size=7.6)
    p.add_page()
    p.bar("Your deductible and benefit maximums", 8.8)
    p.ruled_rows(["Benefit", "Plan limit", "Used this period"],
                 [["Medical benefit, each accident or illness", "$250,000.00", "$1,182.50"],
                  ["Deductible, each accident or illness", "$100.00", "$138.50 over three illnesses"],
                  ["Medical evacuation", "$50,000.00", "$0.00"],
                  ["Repatriation of remains", "$25,000.00", "$0.00"]],
                 [W * k / 100 for k in (52, 24, 24)], ["L", "R", "R"], size=8.0)
    p.bar("If you disagree with how a claim was handled", 8.8)
    p.para(f"You may appeal within 180 days of the date of this statement. Write to BCA Appeals, {BCA_ADDR[0]}, "
           f"{BCA_ADDR[1]}, and give the claim number, what you disagree with and any records or letters from your "
           "doctor. You may see, free of charge, the plan wording and the records BCA used for its decision.", 8.4)
    p.para(f"If BCA keeps its decision, you may ask the plan's insurer to review it; the decision letter will tell "
           "you how.", 8.4)
    p.para(f"Your sponsor's office ({OISS}, {UNIV}) can explain the plan to you but cannot decide claims.", 8.0)
    t = truth("eob", "not_covered", insurer=BCA, plan_id=PLAN_SCH, group=GROUP, member_id=m, member_name=member,
              cases=[nos[den]], claim_amount=m2(418.00 + 1285.00 + 372.00),
              service_dates=[iso(cons), iso(holter)], denial_date=iso(sd), provider=dr(cardio, "MD"),
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": BCA_ALT, "provider": [heart, cardio]},
              denial_alternates=["eligibility"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    student = people(rng, 1, "xv", sexes="M", used=USED)[0]
    advisor, ortho, billing, rev = people(rng, 4, "uc", sexes="FMFF", used=USED)
    m = mid(rng)
    clinic = "Gravelholt Sports Orthopaedics"
    injury = dt.date(2026, 3, 7)
    vd = dt.date(2026, 3, 9)
    l1 = workday(dt.date(2026, 4, rng.randint(20, 23)))
    clm = claim_no(rng, plus(vd, 6))
    items = [("99204", "New patient visit, knee injury", 388.00), ("73564", "X-ray, right knee, 4 views", 224.00)]
    total = sum(x[2] for x in items)
    sd = workday(dt.date(2026, 5, rng.randint(18, 21)))
    sent = dt.date(2026, 5, 27)
    oiss_fax = phone(rng, "608")
    tx = (f"{slash(sent)} {rng.randint(13, 16)}:{rng.randint(10, 59)}  HWU INTL OFFICE  {oiss_fax}  "
          f"P.{{n}}/{{t}}")
    cover = office_cover([UNIV, OISS, "Wrenshaw Hall, Room 210  \u00b7  300 College Avenue  \u00b7  Harwelden, WI 53711",
                          f"Tel {phone(rng, '608')}  \u00b7  Fax {oiss_fax}"],
                         [("To", "BCA - Appeals"), ("Fax", phone(rng, "608")),
                          ("From", f"{first_last(advisor)}, scholar advisor"), ("Phone", phone(rng, "608")),
                          ("Date", slash(sent)), ("Pages", "4 incl. cover")],
                         [(False, "Urgent"), (True, "For review"), (False, "Please comment"), (True, "Please reply")],
                         [f"Re: student {first_last(student)}", "Appeal of the knee claim (club rugby match).",
                          "His letter from BCA and the clinic's bill follow.", "Student's signed appeal to come by mail."],
                         tx=tx, tx_total=4)
    # (i) BCA's letter: two pages, the member facts in a box on page 2
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx, tx_off=1, tx_total=4)
    p.set_margins(20, 16, 20)
    p.add_page()
    head_bca(p, rng, box="CLAIM DECISION")
    p.f(9.4)
    p.cell(0, 5, long(l1), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [student, "Cawlington House, Room 318", "12 Selvedge Walk", "Harwelden, WI 53711"], 9.4)
    p.para(f"Dear {first_last(student)}:", 9.6)
    p.para(f"We have looked at the claim {clinic} sent us for the care of your right knee. Your claim form and the "
           f"clinic's notes say you hurt the knee on {long(injury)}, during a match played by the Harwelden "
           "University Rugby Football Club, a student club sport. The plan does not pay for this care.", 9.4)
    p.bar("Why BCA did not pay", 9.0)
    p.para("The plan's list of exclusions includes an injury that happens while you practise for or play in a "
           "sport organised by a school, a college, a club or a professional league. Sports you play on your own "
           "or in a campus fitness class are covered. Club rugby is organised by a club and has a match schedule, "
           "so this exclusion applies.", 9.4)
    p.para("Your exchange program's rules allow a plan to leave out risks that are not part of the program "
           "itself; playing on a club team is not a required part of your studies.", 9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal within 180 days of the date of this letter. Tell us why you think the exclusion does "
           f"not apply (for example, if the game was not organised by a club) and send any papers that show it. "
           f"Write to BCA Appeals, {BCA_ADDR[0]}, {BCA_ADDR[1]}. You may see the plan wording and your claim records "
           "free of charge.", 9.4)
    p.add_page()
    p.para("The facts of the claim this letter is about:", 9.4)
    p.facts_box("YOUR CLAIM", [
        ("Student", first_last(student)),
        ("Member / Suffix", f"{grouped(m)} / 00"),
        ("Plan / Group", f"{PLAN_STU} / {GROUP}"),
        ("Claim number", clm),
        ("Provider", f"{clinic} \u2013 {dr(ortho, 'MD')}"),
        ("Date of service", slash(vd)),
        ("Services", "; ".join(f"{c} {s}" for c, s, _ in items)),
        ("Billed", usd(total)),
        ("Plan paid", "$0.00"),
        ("Reason code", "CO-96 Non-covered charge; remark N130 (plan exclusion)"),
    ], cap_w=40)
    p.para("The clinic was told of this decision at the same time as you.", 9.0)
    p.ln(2)
    sign(p, [first_last(rev), "Claims Review Specialist", "BCA"])
    a_pdf = out(p)
    a_t = truth("denial_letter", "not_covered", insurer=BCA, plan_id=PLAN_STU, group=GROUP, member_id=m,
                member_name=student, cases=[clm], claim_amount=m2(total), service_dates=[iso(vd)],
                denial_date=iso(l1), provider=dr(ortho, "MD"), appeal_deadline=iso(plus(l1, 180)),
                alternates={"insurer": BCA_ALT, "provider": [clinic, ortho]})
    # (ii) the clinic's statement: the refused visit named only in the message
    acct = f"GSO-{digits(rng, 6)}"
    paid = 50.00
    due = total - paid
    pay_d = workday(dt.date(2026, 5, rng.randint(4, 7)))
    q = ETSheet(footer=None, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(20, 18, 20)
    q.add_page()
    q.f(17, "B")
    q.cell(0, 7, clinic.upper(), new_x="LMARGIN", new_y="NEXT")
    q.f(8.4)
    q.cell(0, 4.2, "Knee, shoulder and sports injury care  \u00b7  41 Ashwelling Road, Harwelden, WI 53713",
           new_x="LMARGIN", new_y="NEXT")
    q.cell(0, 4.2, f"Billing questions {phone(rng, '608')}  \u00b7  weekdays 8:00-4:30", new_x="LMARGIN",
           new_y="NEXT")
    q.line_seg(q.l_margin, q.get_y() + 1.5, q.w - q.r_margin, q.get_y() + 1.5)
    q.ln(5)
    q.f(12, "B")
    q.cell(0, 6, "STATEMENT", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    y = q.get_y()
    addr_block(q, [student, "Cawlington House, Room 318", "12 Selvedge Walk", "Harwelden, WI 53711"], 9.6)
    q.set_y(y)
    W = q.w - q.l_margin - q.r_margin
    q.leaders([("Statement date", slash(sd)), ("Account", acct), ("Insurance on file", f"Ambrevia, ID {m}"),
               ("Please pay", usd(due))], size=9.0, w=W * 0.48, x=q.l_margin + W * 0.52)
    q.ln(6)
    q.ruled_rows(["Date", "Description", "Charges", "Credits", "Balance"],
                 [["", "Balance forward", "", "", n2(total)],
                  [slash(pay_d), "Patient payment, thank you", "", f"-{n2(paid)}", n2(due)]],
                 [W * k / 100 for k in (15, 49, 12, 12, 12)], ["L", "L", "R", "R", "R"], size=8.6)
    q.bar("A message from our billing office", 9.2)
    q.para(f"Your insurance plan did not pay for the visit on {long(vd)} with {dr(ortho, 'MD')} (new patient "
           f"visit and knee X-rays, ${n2(total)}). Your plan told us the injury is excluded, so the charges are now "
           "yours. We have put your account on hold for 60 days while you appeal; send us a copy of the answer. "
           "If you would like a payment plan, call us.", 9.2)
    q.ln(6)
    q.set_dash_pattern(dash=2, gap=1.5)
    q.line_seg(q.l_margin, q.get_y(), q.w - q.r_margin, q.get_y())
    q.set_dash_pattern()
    q.ln(3)
    q.f(8, "B")
    q.cell(0, 4, "Return this part with your payment", new_x="LMARGIN", new_y="NEXT")
    q.f(8.6)
    q.cell(W / 2, 5, f"Account {acct}")
    q.cell(W / 2, 5, f"Please pay {usd(due)}", new_x="LMARGIN", new_y="NEXT")
    q.cell(W / 2, 5, student)
    q.cell(W / 2, 5, "Amount enclosed $__________", new_x="LMARGIN", new_y="NEXT")
    b_t = truth("other", None, insurer=None, member_id=m, member_name=student, claim_amount=m2(total),
                service_dates=[iso(vd)], denial_date=iso(sd), provider=clinic, unscored=["insurer"],
                alternates={"member_id": [None], "service_dates": [[]], "claim_amount": [None],
                            "provider": [dr(ortho, "MD"), ortho]})
    return cover, [(a_pdf, a_t), (out(q), b_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    s1, s2, s3 = people(rng, 3, "xv", sexes="FMF", used=USED)
    d1, d2 = people(rng, 2, "uc", sexes="FM", used=USED)
    group = "Skellbrook Dermatology Group"
    rd = workday(dt.date(2026, 5, rng.randint(4, 7)))
    ids = [mid(rng) for _ in range(3)]
    v1 = workday(dt.date(2026, 4, rng.randint(6, 9)))
    v2 = workday(dt.date(2026, 4, rng.randint(13, 16)))
    v3 = workday(dt.date(2026, 4, rng.randint(20, 23)))
    claims = [
        (s1, ids[0], d1, "SHS-R-26-0412", [(v1, "99213", 178.00, 116.00, 0.00, 20.00, 96.00, "1")]),
        (s2, ids[1], d2, "none on file", [(v2, "99203", 246.00, 0.00, 0.00, 0.00, 0.00, "3, 5"),
                                           (v2, "11102", 312.00, 0.00, 0.00, 0.00, 0.00, "3, 5")]),
        (s3, ids[2], d1, "SHS-R-26-0388", [(v3, "99213", 178.00, 116.00, 71.00, 0.00, 45.00, "2 4")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(3, 7))) for c in claims]
    tx = (f"{slash(plus(rd, 1))} {rng.randint(7, 9)}:{rng.randint(10, 59)}  BCA PROVIDER SVCS  "
          f"608555{digits(rng, 4)}  PG {{n}}/{{t}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT, tx=tx)
    p.set_margins(14, 15, 14)
    p.add_page()
    head_bca(p, rng, box="PROVIDER REMITTANCE")
    y = p.get_y()
    addr_block(p, [group, "Attn: Billing", "655 Corn Exchange Road, Suite 12", "Harwelden, WI 53719"], 9.0)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_pairs([("Remittance date", long(rd)), ("Payee NPI", npi(rng)), ("Tax ID", f"39-{digits(rng, 7)}"),
                 ("EFT trace", f"1{digits(rng, 9)}")], cap_w=26, size=8.8, cap=7.0, lh=4.8,
                x=p.l_margin + W * 0.54, w=W * 0.46)
    p.set_y(max(p.get_y(), y + 24))
    rows = []
    for i, (pt, mm, doc, ref, lines) in enumerate(claims):
        for d, code, b, a, oth, ded, pd, note in lines:
            rows.append([slash(d), code, n2(b), n2(a), n2(oth), n2(ded), n2(pd), note])
        if len(lines) > 1:
            rows.append(("total", ["", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (2, 3, 4, 5, 6)] +
                         [""]))
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  {last_first(pt)}  \u00b7  Member / Suffix {mm} / 00  \u00b7  "
                            f"Plan / Group {PLAN_STU} / {GROUP}"))
        rows.append(("sub", f"Rendering {dr(doc, 'MD')}  \u00b7  SHS referral {ref}"))
    allc = [x for c in claims for x in c[4]]
    rows.append(("total", ["", "Totals", n2(sum(x[2] for x in allc)), n2(sum(x[3] for x in allc)),
                           n2(sum(x[4] for x in allc)), n2(sum(x[5] for x in allc)), n2(sum(x[6] for x in allc)),
                           ""]))
    p.mark_rows(["Date of service", "Code", "Billed", "Allowed", "Paid by other plan", "Copay / deductible",
                 "Paid to you", "Notes"],
                [W * k / 100 for k in (15, 11, 12, 12, 14, 14, 12, 10)],
                ["L", "L", "R", "R", "R", "R", "R", "C"], rows, size=8.3)
    p.numbered_notes("Notes", [
        ("1", "Member copayment (PR-3)."),
        ("2", "A plan from the student's home country paid first (OA-23); BCA paid the rest of the allowed amount."),
        ("3", "CO-288 Referral absent. Students on plan AMB-EV1B must be referred by the Harwelden University "
              "Student Health Service before a visit to a specialist, unless it is an emergency. There was no "
              "referral for this date of service."),
        ("4", "No copayment: the other plan's payment covered it."),
        ("5", "The student may not be billed for these services. A referral written after the visit is not "
              "accepted."),
    ], size=7.8)
    p.bar("Reconsideration", 8.6)
    p.para(f"A provider may ask BCA to reconsider a claim within 90 days of the date of this remittance. Send the "
           f"claim number and the records to BCA Provider Services, {BCA_ADDR[0]}, {BCA_ADDR[1]}.", 8.4)
    p.f(8.6, "B")
    p.cell(0, 5, f"Amount of this payment: {usd(sum(x[6] for x in allc))}", new_x="LMARGIN", new_y="NEXT")
    c = claims[1]
    t = truth("eob", "prior_authorization", insurer=BCA, plan_id=PLAN_STU, group=GROUP, member_id=c[1],
              member_name=c[0], cases=[nos[1]], claim_amount=m2(sum(x[2] for x in c[4])),
              service_dates=[iso(v2)], denial_date=iso(rd), provider=dr(d2, "MD"),
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": BCA_ALT, "provider": [group, d2]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_coding(rng):
    member = people(rng, 1, "xv", sexes="M", used=USED)[0]
    daughter = people(rng, 1, "xv", sexes="F", last=member.split()[-1], used=USED)[0]
    ped, rev = people(rng, 2, "uc", sexes="MF", used=USED)
    clinic = "Wendlecourt Children's Clinic"
    m = mid(rng)
    vd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    ld = workday(dt.date(2026, 5, rng.randint(26, 29)))
    clm = claim_no(rng, plus(vd, 8))
    items = [("99392", "Well-child check, age 1-4", 238.00), ("92567", "Ear pressure test", 64.00)]
    total = sum(x[2] for x in items)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    head_bca(p, rng, box="CLAIM NOT PAID AS BILLED")
    y = p.get_y()
    addr_block(p, [member, "Harwelden University Visiting Scholar Housing", "17 Thornleigh Court, Apt 2A",
                   "Harwelden, WI 53711"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_pairs([("Date of this letter", long(ld))], cap_w=30, size=9.0, x=p.l_margin + W * 0.55, w=W * 0.45)
    p.set_y(max(p.get_y(), y + 26))
    p.far_pairs([("Patient", f"{daughter} (daughter)"),
                 ("Member / Suffix", f"{m} / 02"),
                 ("Plan / Group", f"{PLAN_SCH} / {GROUP}"),
                 ("Claim", clm),
                 ("Provider", f"{dr(ped, 'MD')}, {clinic}"),
                 ("Date of service", long(vd)),
                 ("Billed", usd(total))], cap_w=32, size=9.2, cap=7.4)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"BCA could not pay the claim {clinic} sent for {first_last(daughter)}'s visit as it was billed. The "
           "claim lists a well-child check together with an ear pressure test, but the only diagnosis on it is an "
           "ear infection. A well-child check needs a routine-exam diagnosis, and a visit for an infection is "
           "billed with a different code. Because the codes on the claim do not fit each other, the whole claim "
           "was denied (reason code CO-11: the diagnosis is inconsistent with the procedure).", 9.3)
    p.para("We have written to the clinic and asked it to check its coding and send a corrected claim. When it "
           "arrives we will process it as a new claim. While the claim is being corrected you do not need to pay "
           "the clinic more than your copayment.", 9.3)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal within 180 days of the date of this letter. Write to BCA Appeals, {BCA_ADDR[0]}, "
           f"{BCA_ADDR[1]}, with the claim number. You may also ask, free of charge, for a copy of the claim and the "
           "rules BCA used.", 9.2)
    p.ln(1)
    sign(p, [first_last(rev), "Claims Coding Review", "BCA"])
    t = truth("denial_letter", "coding_error", insurer=BCA, plan_id=PLAN_SCH, group=GROUP, member_id=m,
              member_name=daughter, cases=[clm], claim_amount=m2(total), service_dates=[iso(vd)],
              denial_date=iso(ld), provider=dr(ped, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": BCA_ALT, "provider": [clinic, ped]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_waiver(rng):
    student = people(rng, 1, "xv", sexes="F", used=USED)[0]
    erdoc, rev, adv = people(rng, 3, "uc", sexes="MFM", used=USED)
    hosp = "Harwelden Memorial Hospital"
    m = mid(rng)
    er = dt.date(2026, 2, rng.randint(20, 22))
    ld = workday(dt.date(2026, 3, rng.randint(16, 19)))
    clm = claim_no(rng, plus(er, 9))
    approved = dt.date(2026, 1, 22)
    items = [("0450 / 99284", "Emergency room visit, level 4", 1214.00), ("0320 / 73610", "X-ray, left ankle", 348.00),
             ("0270", "Splint and supplies", 284.00)]
    total = sum(x[2] for x in items)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    head_bca(p, rng, box="NOTICE OF CLAIM DENIAL")
    addr_block(p, [student, "Mallowby Graduate Residence, Unit 7", "250 Ridlington Street", "Harwelden, WI 53715"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("DATE OF THIS LETTER", long(ld), 0.26), ("MEMBER / SUFFIX", f"{m} / 00", 0.26),
                  ("PLAN / GROUP", f"{PLAN_STU} / {GROUP}", 0.26), ("CLAIM NUMBER", clm, 0.22)],
                 size=8.8, under=True)
    p.ruled_rows(["Date", "Service", "Billed", "Paid"],
                 [[slash(er), f"{c}  {s}", n2(a), "0.00"] for c, s, a in items] +
                 [["", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (15, 55, 15, 15)], ["L", "L", "R", "R"], size=8.4,
                 bold_rows=(len(items),))
    p.para(f"Provider: {hosp}, emergency department (attending physician {dr(erdoc, 'MD')}).", 8.8)
    p.para(f"Dear {first_last(student)}:", 9.4)
    p.para(f"BCA denied the claim above because you were not enrolled in the plan on {long(er)}.", 9.2)
    p.para(f"You were enrolled for the fall 2025 term, which ended on January 14, 2026. For the spring 2026 term "
           f"(January 15 to August 14, 2026) you asked {UNIV} to waive the plan and showed coverage from the "
           f"Hextable Overseas Scholars Medical Scheme of your government scholarship. The {OISS} approved your "
           f"waiver on {long(approved)}, so the university did not enroll you for the spring term and no premium "
           "was charged.", 9.2)
    p.para("Please send the hospital's bill to the Hextable scheme, the coverage you named on your waiver. If that "
           "scheme refuses it, keep its letter: the university may let you rejoin the plan only at the start of "
           "a new term.", 9.2)
    p.bar("Your right to appeal", 8.8)
    p.para(f"If you think our enrollment records are wrong, you may appeal within 180 days of the date of this "
           f"letter. Send a copy of any enrollment confirmation for the spring term to BCA Appeals, {BCA_ADDR[0]}, "
           f"{BCA_ADDR[1]}.", 9.0)
    p.ln(1)
    sign(p, [first_last(rev), "Eligibility and Enrollment", "BCA"])
    p.para(f"cc: {first_last(adv)}, {OISS}", 8.0)
    t = truth("denial_letter", "eligibility", insurer=BCA, plan_id=PLAN_STU, group=GROUP, member_id=m,
              member_name=student, cases=[clm], claim_amount=m2(total), service_dates=[iso(er)],
              denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": BCA_ALT, "provider": [dr(erdoc, "MD"), erdoc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_evacuation(rng):
    member = people(rng, 1, "es", sexes="M", used=USED)[0]
    wife = people(rng, 1, "es", sexes="F", last=member.split()[-1], used=USED)[0]
    neuro, md, cm = people(rng, 3, "uc", sexes="FMF", used=USED)
    hosp = "Harwelden Memorial Hospital"
    m = mid(rng)
    case = f"ORA-26-Z{digits(rng, 4)}"
    ld = workday(dt.date(2026, 5, rng.randint(19, 22)))
    req = plus(ld, -rng.randint(3, 5))
    planned = plus(ld, rng.randint(7, 9))
    adm = workday(dt.date(2026, 4, rng.randint(27, 30)))
    p = ETSheet(footer="Página {n} de {nb}",
                ids_foot=f"{ORISCA}  \u00b7  asistencia médica y evacuación para el {PLAN_ES}  \u00b7  "
                         "Centro de asistencia 24 horas")
    p.set_margins(18, 16, 18)
    p.add_page()
    p.mark_legal("ORISCA", ORISCA, ["Centro de Asistencia 24 horas", f"Tel. {tollfree(rng, '877')}",
                                    f"Fax {phone(rng, '312')}", "orisca-assist.example"],
                 mark="globe", tagline="Asistencia médica internacional", box="DECISIÓN SOBRE EVACUACIÓN",
                 size=22, serif=True)
    addr_block(p, [member, f"a/c {first_last(wife)}", "88 Thornleigh Court, Apt 6B", "Harwelden, WI 53711"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Fecha: {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Caso", case, 0.22), ("Afiliado / Sufijo", f"{m} / 00", 0.28),
                  ("Plan / Grupo", f"{PLAN_SCH} / {GROUP}", 0.3), ("Traslado pedido para", dmy_es(planned), 0.2)],
                 size=8.8)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.4)
    p.para(f"El {es_date(req)}, la doctora {neuro}, neuróloga que lo atiende en {hosp}, nos pidió en nombre "
           f"suyo y de su familia una evacuación médica a Lima, Perú, en avión ambulancia con enfermera, para el "
           f"{es_date(planned)}. Usted está internado desde el {es_date(adm)} por un accidente cerebrovascular.",
           9.2)
    p.bar("Nuestra decisión", 9.0)
    p.para("No aprobamos la evacuación. Nuestro director médico habló con su neuróloga y leyó su historia clínica. "
           "Usted está estable, ya no necesita cuidados intensivos y el tratamiento que le falta es rehabilitación "
           f"(fisioterapia, terapia del habla y terapia ocupacional), que {hosp} y su centro de rehabilitación "
           "pueden darle aquí. El plan paga una evacuación médica solo cuando el tratamiento que usted necesita no "
           "se puede dar en un lugar cercano y el traslado es médicamente necesario. Por eso la evacuación no es "
           "médicamente necesaria.", 9.2)
    p.para("El plan sigue pagando su hospitalización y la rehabilitación aquí, según las reglas del plan. Si su "
           "estado cambia o su médico piensa que necesita un tratamiento que no hay aquí, pídale que nos llame.",
           9.2)
    p.ruled_rows(["Beneficio del plan", "Máximo"],
                 [["Evacuación médica", "$50,000.00"], ["Repatriación de restos", "$25,000.00"],
                  ["Regreso de un familiar que lo acompaña", "$5,000.00"]],
                 [W * 0.7, W * 0.3], ["L", "R"], size=8.4)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a BCA, Apelaciones, "
           f"{BCA_ADDR[0]}, {BCA_ADDR[1]}, con el número de caso. Si su médico considera que esperar pone en "
           "peligro su salud, puede pedir una revisión urgente por teléfono; la decidiremos en 72 horas.", 9.2)
    p.ln(1)
    sign(p, [dr(md, "MD"), "Director Médico", ORISCA], close="Atentamente,")
    p.para(f"Copia: {dr(neuro, 'MD')}; {first_last(cm)}, gestora de casos, {hosp}", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=ORISCA, plan_id=PLAN_SCH, group=GROUP, member_id=m,
              member_name=member, cases=[case], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(neuro, "MD"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": ORISCA_ALT, "provider": [neuro, hosp], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_appeal(rng):
    member = people(rng, 1, "xv", sexes="M", used=USED)[0]
    walkdoc, chair, nurse = people(rng, 3, "uc", sexes="MFF", used=USED)
    clinic = "Harwelden Walk-In Clinic"
    m = mid(rng)
    v1 = workday(dt.date(2026, 1, rng.randint(12, 14)))
    v2 = plus(v1, 7)
    recd = dt.date(2026, 5, 4)
    first = dt.date(2026, 5, 12)
    app_recd = dt.date(2026, 5, 26)
    dd = workday(dt.date(2026, 6, rng.randint(15, 18)))
    clm = claim_no(rng, recd)
    ap = f"TMA-2026-S{digits(rng, 4)}"
    lines = [(v1, "99203", "Office visit, new patient", 214.00), (v1, "71046", "Chest X-ray, 2 views", 162.00),
             (v2, "99213", "Follow-up visit", 148.00)]
    total = sum(x[3] for x in lines)
    p = ETSheet(footer="Page {n} of {nb}",
                ids_foot=f"{TOLL}  \u00b7  {TOLL_ADDR[0]}, {TOLL_ADDR[1]}  \u00b7  insurer of the {PLAN}")
    p.set_margins(18, 16, 18)
    p.add_page()
    p.mark_legal("TOLLERAND", TOLL, [TOLL_ADDR[0], TOLL_ADDR[1], f"Appeals Unit {tollfree(rng, '888')}",
                                     f"Fax {phone(rng, '312')}"],
                 mark="arch", small="Group accident and sickness insurance for students and scholars",
                 box="APPEAL DECISION", size=23, serif=True, spacing=1.4)
    addr_block(p, [member, "Harwelden University Visiting Scholar Housing", "60 Thornleigh Court, Apt 1D",
                   "Harwelden, WI 53711"], 9.4)
    p.f(9.4)
    p.cell(0, 5, long(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.pair_boxes([("Appeal number", ap, 0.24), ("Claim number", clm, 0.24), ("Member / Suffix", f"{m} / 00", 0.26),
                  ("Plan / Group", f"{PLAN_SCH} / {GROUP}", 0.26)], size=8.8)
    p.ruled_rows(["Date", "Code", "Service", "Billed"],
                 [[slash(d), c, s, n2(a)] for d, c, s, a in lines] + [["", "", "Total", usd(total)]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    p.para(f"Provider: {clinic}, {dr(walkdoc, 'MD')}. You paid the clinic and asked the plan to pay you back.",
           8.8)
    p.para(f"Dear {first_last(member)}:", 9.4)
    p.para(f"We received your appeal on {long(app_recd)}. You asked us to overturn the decision of our claims "
           f"administrator, BCA, which on {long(first)} refused your claim for the visits above because it arrived "
           "too late.", 9.2)
    p.bar("What we found", 9.0)
    p.para(f"The plan asks for a claim to be sent within 90 days after the date of service. If that is not "
           f"reasonably possible, a claim may still be accepted up to one year after the service, with a short "
           f"explanation. Your claim form reached BCA on {long(recd)}, more than 90 days after both visits. You "
           "wrote that you did not know about the time limit and that you were waiting for the clinic's receipt. "
           "The clinic printed the receipt on the day of each visit, and you were in Harwelden and well during "
           "those months. A nurse reviewer and our appeals officer found no reason that made it impossible to send "
           "the claim in time.", 9.2)
    p.bar("Our decision", 9.0)
    p.para("We uphold the refusal. The claim was filed after the plan's time limit. This is the plan's final "
           "internal decision on your appeal.", 9.2)
    p.add_page()
    p.bar("What you can do next", 9.0)
    p.para("You may ask for an external review by an independent review organization within four months after you "
           "receive this letter. You may ask us, free of charge, for copies of the plan wording and every record "
           "used in this decision.", 9.2)
    p.ln(2)
    p.signers([first_last(chair), "Appeals Officer", TOLL], [dr(nurse, "RN"), "Nurse Reviewer", "Appeals Unit"],
              size=8.8)
    p.para(f"cc: BCA (claims administrator); {OISS}, {UNIV}", 8.0)
    t = truth("denial_letter", "timely_filing", insurer=TOLL, plan_id=PLAN_SCH, group=GROUP, member_id=m,
              member_name=member, cases=[ap, clm], claim_amount=m2(total), service_dates=[iso(v1), iso(v2)],
              denial_date=iso(dd), provider=dr(walkdoc, "MD"), appeal_deadline=None,
              alternates={"insurer": TOLL_ALT, "case_numbers": [[ap], [clm]], "provider": [clinic, walkdoc]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    bd = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_cardiology_preexisting", "born_digital", [bd]),
        Item(f"{f}_faxstd_stack_oiss_cover_rugby_letter_then_statement", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_remittance_dermatology_no_shc_referral", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_bd_letter_child_visit_diagnosis_mismatch", "born_digital", [bd_coding(rng)]),
        Item(f"{f}_lowres_waived_spring_term_er_visit", "scan_lowres_150", [lowres_waiver(rng)]),
        Item(f"{f}_phone_es_evacuacion_no_necesaria", "phone_photo", [phone_es_evacuation(rng)]),
        Item(f"{f}_rotated_appeal_late_claim_upheld", "rotated", [rotated_appeal(rng)]),
    ]
