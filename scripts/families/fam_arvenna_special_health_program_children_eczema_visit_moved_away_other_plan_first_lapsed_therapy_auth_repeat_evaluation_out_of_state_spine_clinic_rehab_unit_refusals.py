"""Papers mirrored (structure and plain wording style only) from state Title V programs for children and youth with
special health care needs: a child qualifies by a diagnosis on the program's list of eligible conditions, by
residence in the state and by family income; a diagnostic evaluation may be paid to find out whether a child has an
eligible condition; treatment is paid only for the approved condition, only by approved providers and only under a
treatment authorisation issued ahead of time for a period; the program pays after every other coverage (a parent's
job plan, Medicaid) as the payer of last resort; families above a set income pay a small family share; coverage ends
when the family moves out of the state; a family may ask for an administrative review, then a second review, then
a state fair hearing; a contracted claims agent pays providers and sends family statements and provider
remittances. Every sentence is written here; the state, the program, the agent, every clinic, person, number, amount
and address are invented (phones 555; CPT, HCPCS, ICD-10 and claim adjustment codes as themselves).

Issuer: the invented State of Arvenna (postal code AV), Arvenna Department of Health, Division of Family Health,
running the Special Health Program for Children ("SHPC"). Its letterhead is only a logo of initials: "SHPC" in heavy
capitals in a double rounded frame, a grey tagline "for children and youth with special health care needs" and a post
office box beside it; the full name "Special Health Program for Children" is printed only in the running footer and in
the small return address line over the window. Its claims agent is Pellacombe Health Claims, Inc., whose letterhead
is the brand in spaced capitals ("P E L L A C O M B E") with only "Health Claims, Inc." under it and a grey line
"Claims agent acting on behalf of the Arvenna Special Health Program for Children"; its full name appears unspaced
only in its footer.

Numbering: SHPC client numbers are a digit, B or S, two digits, O or Z, three digits, G or I (e.g. 4B27O318G:
letters that look like digits in fixed places), printed whole, in spaced groups of three ("4B2 7O3 18G") on the
approval, and only inside a sentence on the residency notice. Coverage codes (the plan) SHPC-T1 / -T2 / -T3
(treatment, family share tier) and SHPC-D0 (diagnostic evaluation only), printed only in a coverage table or a
"Cobertura" table. Claim numbers (ICNs) are "26" + the day of the year received + seven digits; treatment
authorisation requests "TA-26-" + five digits; diagnostic evaluation requests "DE26-" + four digits; administrative
reviews "AR-26-" + three digits. Decoys: the other plan's member and group numbers, NPIs, tax IDs, EFT traces, check
and provider numbers, form numbers (SHPC-12, CH-114), the earlier evaluation's date and claim, the family share,
phone and fax lines, the date a request or a change report was received.

Documents (8 in 7 files):
- bd_family_statement_eczema_visit_not_approved_condition: a born-digital family statement from Pellacombe for a girl
  whose approved condition is bilateral hearing loss; a coverage table (child, client no., coverage code SHPC-T2,
  approved condition, period); a ruled claims grid with four claims, each opening with its claim number in bold, the
  billing practice and the rendering clinician in separate columns and a grey service line; the dermatology clinic's
  eczema visit is paid 0.00 with remark E4 only (a condition that is not the approved one); P1, F3, O2 explain the
  rest, A6 is unused. Review "no later than 60 days after the date of this statement". `eob`, `not_covered`.
- faxstd_stack_routing_slip_residency_then_other_plan_first: a standard-fax stack sent by a county health department
  (a hand-filled ROUTING SLIP pad page first, a page of no document; the sending machine's line and date on every
  page): (i) SHPC's two-page notice that a boy's coverage ends because the family moved to another state, and that
  the requested alveolar bone graft planned for June 16, 2026 is therefore refused; the notice date beside the date
  the change was reported; the client number only inside a sentence; the requesting surgeon only in prose; review
  "by the end of the month after the month in which this notice is dated" (May 31, 2026). `denial_letter`,
  `eligibility`. (ii) Pellacombe's two-page letter (page 2 fed upside down) holding the hospital's claim for the
  same boy's ear tubes until his father's employer plan pays first: the facility and its attending physician in
  boxes of their own, the other plan's member and group numbers as decoys. `denial_letter`, `other`.
- faxstd_provider_remittance_therapy_auth_lapsed: a provider remittance from Pellacombe to a pediatric therapy
  practice, five one-line claims of five children, each opening with the ICN in bold; the third (an occupational
  therapy visit after the authorisation period ended) is refused with CO-197 / N54 between rows with amounts in
  every column; the rendering therapist in a grey line under each claim; faxed four days after its date.
  `eob`, `prior_authorization`.
- phone_es_evaluacion_diagnostica_repetida: a Spanish SHPC letter photographed by a phone: a pediatric neurologist
  (named only in prose) asked for a second diagnostic evaluation four months after the first; not medically
  necessary, no new signs; the notice date beside the date received; the planned date in a sentence.
  `denial_letter`, `medical_necessity`, `lang: es`.
- rotated_review_out_of_state_spine_clinic_upheld: a two-page administrative review decision fed sideways: two
  scoliosis visits at a spine center in another state without SHPC approval while the approved in-state clinic
  offers the care are not paid; the provider line with its address and NPI; the visit dates and the billed total in
  sentences; a second review "no later than June 19, 2026". `denial_letter`, `out_of_network`.
- scan300_rehab_unit_not_approved_outpatient: SHPC's treatment authorisation decision after a tethered cord release:
  the transfer to the hospital's inpatient rehabilitation unit is not approved, therapy as an outpatient is;
  admission and planned discharge dates in boxes of their own, the facility and the attending physiatrist in boxes;
  review "within 65 days of the date you receive this notice". `denial_letter`, `level_of_care`.
- bd_treatment_authorization_cardiology_approved: SHPC's approval of heart clinic visits and an echocardiogram for a
  six-month period; the client number in spaced groups; the coverage code in a table. `other`, no denial.

Truth notes and honest alternatives: insurer is the letterhead issuer: SHPC on its five papers (the Department, the
Division, "SHPC" and the state-prefixed name accepted, since the head shows only initials), Pellacombe on its three
(short forms and the program accepted, since it writes on the program's behalf). The rendering clinician is the
provider on the statement and the remittance (the billing practice accepted); the hospital on the facility claim
and the rehabilitation unit decision (the attending physician accepted); the requesting surgeon on the residency
notice and the neurologist on the Spanish letter (their clinics accepted; none accepted on the residency notice,
where coverage, not the surgery, is refused); the spine center on the review; the cardiologist on the approval (the
heart center accepted). Case numbers: the refused claim's ICN; the request number on the residency and Spanish
letters; the review number with the ICN (either alone accepted); the authorisation request on the rehabilitation and
approval papers. "Within 65 days of the date you receive this notice" gives no computable date: null, with notice +
65 and + 70 accepted. "By the end of the month after the month in which this notice is dated" is May 31, 2026. The
rehabilitation stay is an interval (its first day accepted); the approval's period is an interval ([] accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvd import (EVSheet, addr_block, digits, dr, es_abbr, es_date, first_last, iso, last_first, long,
                               m2, month_end, n2, npi, out, people, phone, plus, routing_slip_cover, sign, slash,
                               spaced_id, tin, tollfree, truth, workday)

FAMILY = ("arvenna_special_health_program_children_eczema_visit_moved_away_other_plan_first_lapsed_therapy_auth_"
          "repeat_evaluation_out_of_state_spine_clinic_rehab_unit_refusals")
LANG = "en"
SEED = 355105
USED: set = set()

PROG = "Special Health Program for Children"
DEPT = "Arvenna Department of Health"
DIV = "Division of Family Health"
PROG_ALT = [PROG, f"Arvenna {PROG}", "SHPC", DEPT, f"{DEPT}, {DIV}", DIV]
AGENT = "Pellacombe Health Claims, Inc."
AGENT_ALT = [AGENT, "Pellacombe Health Claims", "Pellacombe"] + PROG_ALT
PROG_BOX = ["P.O. Box 4470", "Lanmere, AV 40621"]
PROG_FOOT = f"{PROG}  \u00b7  {DEPT}  \u00b7  {DIV}  \u00b7  P.O. Box 4470, Lanmere, AV 40621"
RETURN = f"{PROG}, {DEPT}, P.O. Box 4470, Lanmere, AV 40621"
AGENT_FOOT = f"{AGENT}  \u00b7  P.O. Box 23018, Orrin Ford, AV 40907  \u00b7  claims agent for the Arvenna {PROG}"
HOSP = "Lanmere Children's Hospital"


def d9(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def client_no(rng) -> str:
    return f"{rng.randint(2, 9)}{rng.choice('BS')}{d9(rng, 2)}{rng.choice('OZ')}{d9(rng, 3)}{rng.choice('GI')}"


def icn(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{d9(rng, 7)}"


def ta_no(rng) -> str:
    return f"TA-26-{digits(rng, 5)}"


def prog_head(p: EVSheet, rng, box: str | None = None):
    p.initials_head("SHPC", ["for children and youth with special health care needs",
                             "P.O. Box 4470  \u00b7  Lanmere, AV 40621"],
                    [f"Family line {tollfree(rng, '855')}", f"TTY {tollfree(rng, '855')}",
                     f"Fax {phone(rng, '785')}"], box=box)


def agent_head(p: EVSheet, rng, box: str | None = None):
    p.spaced_head("Pellacombe", "Health Claims, Inc.",
                  f"Claims agent acting on behalf of the Arvenna {PROG}",
                  ["P.O. Box 23018", "Orrin Ford, AV 40907", f"Families {tollfree(rng, '866')}",
                   f"Providers {tollfree(rng, '888')}"], box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    mom = people(rng, 1, "tv", sexes="F", used=USED)[0]
    girl = people(rng, 1, "tv", sexes="F", last=mom.split()[-1], used=USED)[0]
    aud, ent, slp, derm = people(rng, 4, "tc", sexes="FMFM", used=USED)
    cn = client_no(rng)
    sd = workday(dt.date(2026, 5, rng.randint(6, 8)))
    d1 = workday(dt.date(2026, 3, 4))
    d2 = workday(dt.date(2026, 3, 18))
    d2b = workday(dt.date(2026, 3, 25))
    d3 = workday(dt.date(2026, 4, 2))
    d4 = workday(dt.date(2026, 4, 15))
    claims = [
        (icn(rng, plus(d1, 6)), slash(d1), f"{HOSP} Audiology", f"{aud}, AuD",
         "92557 Comprehensive hearing test; 92592 hearing aid check, both ears", 384.00, 0.00, 276.50, 10.00, "P1 F3"),
        (icn(rng, plus(d2b, 5)), f"{slash(d2)}\n{slash(d2b)}", "Sandrift Speech & Language Clinic", f"{slp}, CCC-SLP",
         "92507 Speech therapy, 2 visits", 330.00, 0.00, 248.00, 20.00, "P1 F3"),
        (icn(rng, plus(d3, 7)), slash(d3), "Northgate Skin & Allergy Associates", dr(derm, "MD"),
         "99204 New patient visit; L20.9 atopic dermatitis", 268.00, 0.00, 0.00, 0.00, "E4"),
        (icn(rng, plus(d4, 5)), slash(d4), f"{HOSP} Ear, Nose & Throat", dr(ent, "MD"),
         "99213 Office visit; 92567 tympanometry", 221.00, 96.40, 71.60, 0.00, "O2 P1"),
    ]
    den = 2
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=AGENT_FOOT)
    p.set_margins(15, 14, 15)
    p.add_page()
    agent_head(p, rng, box="FAMILY STATEMENT OF SERVICES")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.return_addr(f"{AGENT}, P.O. Box 23018, Orrin Ford, AV 40907")
    addr_block(p, [f"Parent or guardian of {girl.upper()}", mom.upper(), "1604 Tamarind Row",
                   "Kellsbrook, AV 40318"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Statement date", long(sd)), ("Services processed", "March 1 - April 30, 2026"),
                 ("Statement no.", f"FS-{digits(rng, 8)}"), ("Family line", tollfree(rng, '866'))],
                x=p.l_margin + W * 0.52, cap_w=30, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("This statement shows the bills we processed for your child on behalf of the Special Health Program for "
           "Children. It is not a bill. You owe a provider only the family share shown, and only if the provider "
           "asks for it.", 8.8)
    p.ruled_rows(["Child", "Client no.", "Coverage code", "Approved condition", "Coverage period"],
                 [[girl, cn, "SHPC-T2", "Hearing loss, both ears (H90.3)", "01/01/2026 - 12/31/2026"]],
                 [W * k / 100 for k in (21, 14, 14, 28, 23)], ["L", "L", "L", "L", "L"], size=8.4)
    bands = [{"cells": [c, dts, bill, rend, n2(b), n2(o), n2(pd), n2(fs), rm], "line": svc}
             for c, dts, bill, rend, svc, b, o, pd, fs, rm in claims]
    tb = sum(c[5] for c in claims)
    p.grid_claims(["Claim no.", "Service date(s)", "Billing practice", "Rendering clinician", "Billed",
                   "Other coverage paid", "SHPC paid", "Family share", "Remark"], bands,
                  [W * k / 100 for k in (14, 10, 17, 19, 8, 8.5, 8, 7.5, 8)],
                  ["L", "L", "L", "L", "R", "R", "R", "R", "L"], size=7.4,
                  totals=["Totals", "", "", "", n2(tb), n2(sum(c[6] for c in claims)), n2(sum(c[7] for c in claims)),
                          n2(sum(c[8] for c in claims)), ""])
    p.legend_cols("Remarks", [
        ("P1", "Paid at the program rate. The provider accepts this as payment in full."),
        ("F3", "Family share for this visit under coverage code SHPC-T2 ($10.00 a visit)."),
        ("O2", "Other coverage paid first; the program paid what was left of its rate."),
        ("E4", "Not paid. This care was for a condition other than your child's approved condition. The program "
               "pays only for care of the approved condition listed above."),
        ("A6", "Not paid. No treatment authorization was in effect on the date of service."),
    ], ncol=2, size=7.4, code_w=7)
    p.bar("If you think a bill was handled wrongly", 8.8)
    p.para("You may ask for an administrative review. Write to the Special Health Program for Children, P.O. Box "
           "4470, Lanmere, AV 40621; your letter must reach us within 60 days of the date of this statement. Give "
           "the claim number and tell us why you disagree. If another doctor has found that the care was part of the approved "
           "condition, send that doctor's note.", 8.6)
    p.para("Your care coordinator can also help you ask the program to review a new condition. Call the family line "
           "above, Monday through Friday, 8 a.m. to 5 p.m.", 8.6)
    c = claims[den]
    t = truth("eob", "not_covered", insurer=AGENT, plan_id="SHPC-T2", member_id=cn, member_name=girl, cases=[c[0]],
              claim_amount=m2(c[5]), service_dates=[iso(d3)], denial_date=iso(sd), provider=dr(derm, "MD"),
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": AGENT_ALT, "provider": ["Northgate Skin & Allergy Associates", derm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    dad = people(rng, 1, "tv", sexes="M", used=USED)[0]
    mom = people(rng, 1, "tv", sexes="F", last=dad.split()[-1], used=USED)[0]
    boy = people(rng, 1, "tv", sexes="M", last=dad.split()[-1], used=USED)[0]
    surg, ent, coord, nurse, clerk, cc = people(rng, 6, "tc", sexes="MFFFMF", used=USED)
    cn = client_no(rng)
    req = ta_no(rng)
    moved = dt.date(2026, 4, 11)
    reported = dt.date(2026, 4, 20)
    nd = dt.date(2026, 4, 27)
    ends = dt.date(2026, 4, 30)
    graft = dt.date(2026, 6, 16)
    deadline = month_end(dt.date(2026, 5, 1))
    tubes = workday(dt.date(2026, 3, 12))
    ld = dt.date(2026, 5, 4)
    sent = dt.date(2026, 5, 11)
    claim = icn(rng, plus(tubes, 9))
    lines = [("0360", "Operating room services", 2140.00), ("0370", "Anesthesia", 612.00),
             ("0710", "Recovery room", 486.00), ("0250", "Pharmacy", 96.00), ("0272", "Sterile supplies", 148.00)]
    total = sum(x[2] for x in lines)
    fax_no = f"785 555 {digits(rng, 4)}"
    tx = f"{slash(sent)} 09:{rng.randint(10, 59)}  PINECREST CO HEALTH DEPT  {fax_no}  P.{{n2}}/{{t2}}"
    cover = routing_slip_cover(
        rng, ["PINECREST COUNTY HEALTH DEPARTMENT", "Children's Services  \u00b7  Public Health Nursing",
              "220 Courthouse Square, Kellsbrook, AV 40318"],
        [(True, f"{first_last(coord)}, care coord."), (False, "Lanmere Childrens Hosp."),
         (True, "fax " + phone(rng, "785")), (False, "")],
        [(False, "Note and file"), (True, "Please review"), (False, "Signature needed"), (True, "Please call family"),
         (False, "Return to me")],
        [f"{boy.split()[0]} {boy.split()[-1]} - family moved to Tessaly DM in April.",
         "Mom asks: does SHPC still pay the ear tube bill from March?",
         "and what about the bone graft in June??",
         f"2 letters attached (5 pgs w/ this). Mom: {phone(rng, '785')}"],
        f"{first_last(nurse)}, PHN", f"5/{sent.day}/26", tx=tx, tx_total=5)
    # (i) SHPC notice: residency
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT, tx=tx, tx_off=1, tx_total=5)
    p.set_margins(18, 16, 18)
    p.add_page()
    prog_head(p, rng, box="NOTICE OF ACTION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.return_addr(RETURN)
    addr_block(p, [f"{first_last(mom)} and {first_last(dad)}", "c/o 71 Loam Street, Apt. 2", "Tessaly, DM 58204"],
               9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Date of this notice", long(nd)), ("Change reported", long(reported)), ("Child", boy),
                 ("Request no.", req), ("Form", "SHPC-12 (rev. 07/25)")], x=p.l_margin + W * 0.5, cap_w=30, size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(mom)} and {first_last(dad)}:", 9.4)
    p.para(f"On {long(reported)} you told your care coordinator that your family moved from Kellsbrook to Tessaly, "
           f"in the State of Dunmoor, on {long(moved)}. Thank you for letting us know.", 9.2)
    p.para(f"The Special Health Program for Children serves children who live in Arvenna. Because {boy.split()[0]} "
           f"no longer lives in Arvenna, his coverage ends. Your son's SHPC number, {cn}, will be closed at the end "
           f"of the day on {long(ends)}. Care he received on or before that day can still be paid under the program's "
           "usual rules.", 9.2)
    p.bar("What we decided", 9.0)
    p.para(f"{dr(surg, 'MD')} of the {HOSP} Craniofacial Center asked us to authorize an alveolar bone graft for "
           f"{boy.split()[0]}, planned for {long(graft)}. We cannot approve this request, because on that date "
           f"{boy.split()[0]} will not be an Arvenna resident and will not be covered by the program. This is a "
           "decision about where your family lives, not about whether the surgery is needed.", 9.0)
    p.para("The program's rules on residence are in Section 4 of the SHPC family handbook. Report any change of "
           "address, income or insurance within 10 days, as the handbook asks.", 8.8)
    p.add_page()
    p.bar("Help in your new state", 9.0)
    p.para("Every state has a program for children with special health care needs. Your care coordinator will send "
           "Dunmoor's program a summary of your son's records if you sign the release we enclosed. The surgeon's "
           "office can also send the request to Dunmoor's program or to your health insurance.", 9.0)
    p.bar("If you disagree", 9.0)
    p.para("If you think we have the facts wrong (for example, if your family is returning to Arvenna), you may ask "
           "for an administrative review. Your written request must reach us by the end of the month after the "
           "month in which this notice is dated. Send it to the program at the address at the foot of this page, or "
           "fax it to the number at the top of page 1.", 9.0)
    p.para("After the administrative review you may ask for a state fair hearing; how to do so will be explained in "
           "the review decision.", 8.8)
    p.ln(2)
    sign(p, [first_last(clerk), "Eligibility Unit", PROG], size=9.0)
    p.para(f"cc: {first_last(coord)}, care coordinator;  {dr(surg, 'MD')}", 8.0)
    res = out(p)
    res_t = truth("denial_letter", "eligibility", insurer=PROG, member_id=cn, member_name=boy, cases=[req],
                  service_dates=[iso(graft)], denial_date=iso(nd), provider=dr(surg, "MD"),
                  appeal_deadline=iso(deadline),
                  alternates={"insurer": PROG_ALT, "provider": [surg, f"{HOSP} Craniofacial Center", None],
                              "case_numbers": [[]]})
    # (ii) Pellacombe: the father's job plan pays first (page 2 fed upside down)
    q = EVSheet(footer="Page {n} of {nb}", ids_foot=AGENT_FOOT, tx=tx, tx_off=3, tx_total=5, tx_flip=(2,))
    q.set_margins(18, 16, 18)
    q.add_page()
    agent_head(q, rng, box="CLAIM ON HOLD")
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    q.return_addr(f"{AGENT}, P.O. Box 23018, Orrin Ford, AV 40907")
    addr_block(q, [first_last(dad), "c/o 71 Loam Street, Apt. 2", "Tessaly, DM 58204"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    q.far_right([("Letter date", long(ld)), ("Claim no.", claim), ("Patient", boy), ("Client no.", cn)],
                x=q.l_margin + W * 0.5, cap_w=24, size=9.2)
    q.set_y(max(q.get_y(), yl) + 1)
    q.para(f"Dear {first_last(dad)}:", 9.4)
    q.para(f"We received the hospital's bill for {boy.split()[0]}'s ear tube surgery on {long(tubes)}. We have not "
           "paid it, and we have not denied the care. The bill is on hold because our records show other health "
           "coverage for your son on that day.", 9.2)
    q.boxes([[("Facility", f"{HOSP}\n2900 Orchard Hill Drive, Lanmere, AV 40622", 0.55),
              ("Attending physician", f"{dr(ent, 'MD')}\nPediatric otolaryngology", 0.45)],
             [("Service", "Bilateral myringotomy with tubes (69436)\nOutpatient surgery, same day", 0.55),
              ("Date of service", long(tubes), 0.45)]], size=8.8)
    q.ruled_rows(["Revenue code", "Charge", "Billed"],
                 [[a, b, n2(c)] for a, b, c in lines] + [["", "Total billed", n2(total)]],
                 [W * 0.2, W * 0.55, W * 0.25], ["L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    q.bar("Why the bill is on hold", 9.0)
    q.para("The Special Health Program for Children pays after every other source of coverage. We learned from the "
           "hospital's registration that your son is covered as a dependent under your employer's plan:", 9.0)
    q.boxes([[("Other coverage", "Halberd Point Mutual Health\nthrough Greyling Freight Lines", 0.5),
              ("Member no.", f"HPM{digits(rng, 9)}", 0.25), ("Group no.", f"GF-{digits(rng, 5)}", 0.25)]],
            size=8.6)
    q.add_page()
    q.para("The hospital must send the bill to Halberd Point Mutual Health first. When that plan has decided, the "
           "hospital may send us its bill again with the other plan's explanation of benefits, and we will pay what "
           "is left, up to the program's rate, for care given while your son was covered by the program.", 9.0)
    q.para("If your son was not covered by that plan on the day of surgery, send us a letter from the employer or the "
           "plan that says so. We will then process the bill without waiting.", 9.0)
    q.bar("If you disagree", 9.0)
    q.para("You may ask the Special Health Program for Children for an administrative review within 60 days of the "
           "date of this letter. Write to the program's P.O. Box 4470, Lanmere, AV 40621, and give the claim number "
           "above.", 9.0)
    q.ln(1)
    sign(q, [first_last(cc), "Coordination of Benefits Unit", AGENT], size=9.0)
    q.para(f"cc: {HOSP}, Patient Financial Services, Provider no. {digits(rng, 8)}", 8.0)
    cob = out(q)
    cob_t = truth("denial_letter", "other", insurer=AGENT, member_id=cn, member_name=boy, cases=[claim],
                  claim_amount=m2(total), service_dates=[iso(tubes)], denial_date=iso(ld), provider=HOSP,
                  appeal_deadline=iso(plus(ld, 60)),
                  alternates={"insurer": AGENT_ALT, "provider": [dr(ent, "MD"), ent]})
    return cover, [(res, res_t), (cob, cob_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    kids = people(rng, 5, "tv", sexes="FMMFM", used=USED)
    ot1, pt1, ot2, slp, pt2, sig = people(rng, 6, "tc", sexes="FMFFMM", used=USED)
    practice = "Brightwater Pediatric Therapy, LLC"
    cns = [client_no(rng) for _ in range(5)]
    rd = workday(dt.date(2026, 5, rng.randint(13, 15)))
    sent = workday(plus(rd, 4))
    ds = [workday(dt.date(2026, 4, k)) for k in (6, 9, 14, 16, 21)]
    rows = [  # (patient, client, dos, proc, billed, allowed, share, paid, codes, rendering)
        (kids[0], cns[0], ds[0], "97166", 240.00, 168.00, 10.00, 158.00, "CO-45 PR-3", f"{ot1}, OTR/L"),
        (kids[1], cns[1], ds[1], "97110 x3", 195.00, 141.00, 0.00, 141.00, "CO-45", f"{pt1}, DPT"),
        (kids[2], cns[2], ds[2], "97530 x4", 212.00, 0.00, 0.00, 0.00, "CO-197 N54", f"{ot2}, OTR/L"),
        (kids[3], cns[3], ds[3], "92507", 165.00, 124.00, 10.00, 114.00, "CO-45 PR-3", f"{slp}, CCC-SLP"),
        (kids[4], cns[4], ds[4], "97112 x2", 150.00, 108.00, 0.00, 108.00, "CO-45", f"{pt2}, PT"),
    ]
    den = 2
    claims_ = [icn(rng, plus(d, 8)) for _, _, d, *_ in rows]
    tx = (f"{slash(sent)} 14:{rng.randint(10, 59)}  PELLACOMBE PROVIDER SVCS  888 555 {digits(rng, 4)}  "
          f"PAGE {{n}} OF {{t}}")
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=AGENT_FOOT, tx=tx, tx_total=1)
    p.set_margins(14, 16, 14)
    p.add_page()
    agent_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [practice, "Attn: Billing", "45 Millrace Court, Suite 3", "Orrin Ford, AV 40905"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Remittance date", slash(rd)), ("Provider no.", digits(rng, 8)), ("NPI", npi(rng)),
                 ("Tax ID", tin(rng)), ("EFT trace", digits(rng, 11))], x=p.l_margin + W * 0.52, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    cl = []
    for (who, c, d, proc, b, a, s, pd, codes, rend), ic in zip(rows, claims_):
        cl.append({"lead": [ic, last_first(who), c],
                   "lines": [[slash(d), proc, n2(b), n2(a), n2(s), n2(pd), codes]],
                   "note": f"Rendering: {rend}"})
    p.remit_table(["ICN", "Patient", "Client no.", "Service date", "Proc.", "Billed", "Allowed", "Family share",
                   "Paid", "Adj. codes"],
                  [W * k / 100 for k in (13.5, 17.5, 12, 10, 8.5, 7.5, 8, 7, 7, 9)],
                  ["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], cl, size=7.6, row_h=4.6)
    tb = sum(r[4] for r in rows)
    tp = sum(r[7] for r in rows)
    p.f(8.4, "B")
    p.cell(0, 5, f"Totals for this remittance:  billed {n2(tb)}   paid {n2(tp)}   check / EFT amount {n2(tp)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_cols("Codes on this remittance", [
        ("CO-45", "Charge exceeds the program's fee schedule. Write off the difference."),
        ("PR-3", "Family share (copayment) the family may be asked to pay."),
        ("CO-197", "Precertification or authorization absent."),
        ("N54", "The service date is outside the dates of the treatment authorization on file. A new authorization "
                "must be in effect before more visits are given."),
        ("CO-22", "Care may be covered by another payer; bill the other payer first."),
    ], ncol=2, size=7.4, code_w=12)
    p.bar("Reconsideration", 8.8)
    p.para("A provider may ask Pellacombe to reconsider a claim within 90 days of the remittance date. Send the ICN and "
           "the reason. An authorization issued after the service date does not reach back to it; ask the program's "
           "care coordinator for a new authorization before the next visit. Families may not be billed for any "
           "amount under CO codes.", 8.2)
    sign(p, [first_last(sig), "Provider Payments", AGENT], size=8.6, close="")
    who, c, d, proc, b, a, s, pd, codes, rend = rows[den]
    t = truth("eob", "prior_authorization", insurer=AGENT, member_id=c, member_name=who, cases=[claims_[den]],
              claim_amount=m2(b), service_dates=[iso(d)], denial_date=iso(rd), provider=rend,
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": AGENT_ALT, "provider": [practice, "Brightwater Pediatric Therapy", ot2]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mom = people(rng, 1, "sq", sexes="F", used=USED)[0]
    kid = people(rng, 1, "sq", sexes="F", last=mom.split()[-1], used=USED)[0]
    neuro, rev, clerk = people(rng, 3, "tc", sexes="FMF", used=USED)
    cn = client_no(rng)
    de = f"DE26-{digits(rng, 4)}"
    first_eval = dt.date(2026, 1, 14)
    got = dt.date(2026, 5, 4)
    nd = dt.date(2026, 5, 12)
    appt = dt.date(2026, 6, 9)
    clinic = "Clínica de Neurología Infantil de Orrin Ford"
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=PROG_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    prog_head(p, rng, box="AVISO DE DECISIÓN")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.return_addr(RETURN)
    addr_block(p, [first_last(mom), "308 Calle Ribera", "Orrin Ford, AV 40905"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.boxes([[("Fecha de este aviso", es_date(nd), 0.5), ("Fecha de recepción", es_date(got), 0.5)],
             [("Número de cliente", cn, 0.5), ("Solicitud", de, 0.5)]], x=p.l_margin + W * 0.52, w=W * 0.48,
            size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Estimada señora {mom.split()[-1]}:", 9.4)
    p.para(f"La Dra. {neuro}, neuróloga pediátrica de la {clinic}, nos pidió una nueva evaluación diagnóstica para "
           f"su hija {first_last(kid)}: una consulta de neurología y un electroencefalograma. La cita está programada "
           f"para el {es_date(appt)}.", 9.2)
    p.ruled_rows(["Niña", "Cobertura", "Qué cubre", "Evaluación anterior"],
                 [[kid, "SHPC-D0", "Solo evaluación diagnóstica", es_abbr(first_eval)]],
                 [W * 0.28, W * 0.17, W * 0.3, W * 0.25], ["L", "L", "L", "L"], size=8.6)
    p.bar("Lo que decidimos", 9.0)
    p.para(f"No podemos aprobar la nueva evaluación. El programa ya pagó una evaluación completa de neurología para "
           f"{kid.split()[0]} el {es_date(first_eval)}. Esa evaluación no encontró una condición de la lista del "
           "programa. El pedido nuevo no describe síntomas nuevos ni cambios desde entonces, y la enfermera "
           "consultora y el médico del programa revisaron las notas enviadas.", 9.0)
    p.para("Repetir la misma evaluación después de menos de un año, sin cambios, no es médicamente necesario. Si la "
           "doctora encuentra señales nuevas, puede enviar sus notas y pedir la evaluación otra vez.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede pedir una revisión administrativa. Su pedido debe llegar por escrito dentro de 30 días a partir de "
           "la fecha de esta carta. Escriba el número de solicitud de arriba y mande cualquier nota médica nueva. Si "
           "necesita ayuda, llame a la línea para familias; hay intérpretes sin costo.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Unidad de Evaluaciones Diagnósticas", PROG], size=9.0, close="Atentamente,")
    p.para(f"Revisado por: {dr(rev, 'MD')}, médico consultor del programa", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=PROG, plan_id="SHPC-D0", member_id=cn, member_name=kid,
              cases=[de], service_dates=[iso(appt)], denial_date=iso(nd), provider=neuro,
              appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": PROG_ALT + ["Programa de Salud Especial para Niños"],
                          "provider": [clinic, "Clinica de Neurologia Infantil de Orrin Ford"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_review(rng):
    mom = people(rng, 1, "tv", sexes="F", used=USED)[0]
    kid = people(rng, 1, "tv", sexes="F", last=mom.split()[-1], used=USED)[0]
    officer, md_ = people(rng, 2, "tc", sexes="MF", used=USED)
    cn = client_no(rng)
    ar = f"AR-26-{digits(rng, 3)}"
    v1 = workday(dt.date(2026, 3, 3))
    v2 = workday(dt.date(2026, 3, 24))
    c = icn(rng, plus(v2, 10))
    first = workday(dt.date(2026, 4, 8))
    asked = workday(dt.date(2026, 4, 21))
    rd = workday(dt.date(2026, 5, 20))
    second = dt.date(2026, 6, 19)
    a1, a2 = 612.00, 534.00
    center = "Corran Falls Pediatric Spine Center"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT)
    p.set_margins(19, 16, 19)
    p.add_page()
    prog_head(p, rng, box="ADMINISTRATIVE REVIEW DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.return_addr(RETURN)
    addr_block(p, [first_last(mom), "19 Quarry Bend Road", "Orrin Ford, AV 40905"], 9.4)
    p.ruled_rows(["Review no.", "Child", "Client no.", "Coverage code", "Decision date"],
                 [[ar, kid, cn, "SHPC-T1", long(rd)]], [W * k / 100 for k in (15, 25, 18, 17, 25)],
                 ["L"] * 5, size=8.6)
    p.para(f"Dear {first_last(mom)}:", 9.4)
    p.para(f"You asked for a review of the decision not to pay for {kid.split()[0]}'s visits to an out-of-state spine "
           f"clinic. We received your request on {long(asked)}. The review officer read your letter, the clinic's "
           "records and the claim, and talked with the program's orthopedic consultant.", 9.2)
    p.npi_line("Provider", center, "88 Weir Street, Corran Falls, DM 58311", npi(rng))
    p.para(f"{kid.split()[0]} was seen at the spine center on {long(v1)} and again on {long(v2)} for her scoliosis. "
           f"The center billed ${n2(a1 + a2)} for the two visits under claim {c}. Pellacombe Health Claims "
           f"denied the claim on {long(first)}.", 9.2)
    p.bar("What the rules say", 9.0)
    p.para("The program pays only providers it has approved, and only for care it has authorized. Care outside "
           "Arvenna is approved only when the care a child needs is not available from an approved provider in the "
           "state, and it must be approved before the visit.", 9.0)
    p.bar("What we found", 9.0)
    p.para(f"The spine center is not an approved SHPC provider. No one asked the program to approve the visits "
           f"before they took place. The {HOSP} Orthopedic Clinic, an approved SHPC clinic, treats scoliosis, "
           f"including bracing, and had appointments open in March. We understand the center was closer to your "
           "work; distance alone does not allow the program to pay a provider it has not approved.", 9.0)
    p.add_page()
    p.bar("Decision", 9.0)
    p.para("The denial is upheld. The program will not pay the claim for the two visits. The spine center may not "
           "bill the program for them again; it may bill you or your other insurance.", 9.0)
    p.para("If you would like care to continue at an approved clinic, your care coordinator can set up a first visit "
           "and ask for a treatment authorization for it.", 9.0)
    p.bar("If you disagree with this decision", 9.0)
    p.para(f"You may ask the Director of the Division of Family Health for a second review. Your written request must "
           f"be received no later than {long(second)}. After the Director's decision you may ask for a state fair "
           "hearing, and that decision will tell you how.", 9.0)
    p.ln(2)
    sign(p, [first_last(officer), "Review Officer", PROG], size=9.0)
    p.para(f"Orthopedic consultant: {dr(md_, 'MD')}", 8.0)
    t = truth("denial_letter", "out_of_network", insurer=PROG, plan_id="SHPC-T1", member_id=cn, member_name=kid,
              cases=[ar, c], claim_amount=m2(a1 + a2), service_dates=[iso(v1), iso(v2)], denial_date=iso(rd),
              provider=center, appeal_deadline=iso(second),
              alternates={"insurer": PROG_ALT, "case_numbers": [[ar], [c]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_rehab(rng):
    mom = people(rng, 1, "tv", sexes="F", used=USED)[0]
    kid = people(rng, 1, "tv", sexes="M", last=mom.split()[-1], used=USED)[0]
    phys, nsurg, nurse, clerk = people(rng, 4, "tc", sexes="FMFM", used=USED)
    cn = client_no(rng)
    req = ta_no(rng)
    surgery = dt.date(2026, 5, 11)
    admit = dt.date(2026, 5, 18)
    dis = dt.date(2026, 6, 5)
    got = dt.date(2026, 5, 15)
    nd = dt.date(2026, 5, 19)
    unit = f"{HOSP} Inpatient Rehabilitation Unit"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    prog_head(p, rng, box="TREATMENT AUTHORIZATION DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.4)
    p.cell(0, 5, f"Notice date: {long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.set_text_color(80, 80, 80)
    p.cell(0, 4.4, f"Request received {long(got)} by fax", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.ln(2)
    p.return_addr(RETURN)
    addr_block(p, [first_last(mom), "5 Sorrel Hollow", "Kellsbrook, AV 40318"], 9.4)
    p.boxes([[("Child", kid, 0.36), ("Client no.", cn, 0.3), ("Request no.", req, 0.34)],
             [("Facility", unit, 0.66), ("Attending physician", dr(phys, "MD") + "\nPhysical medicine & rehab", 0.34)]],
            size=8.8)
    p.date_boxes([("Rehab unit admission", slash(admit)), ("Planned discharge", slash(dis))], w=52)
    p.para(f"Dear {first_last(mom)}:", 9.4)
    p.para(f"{kid.split()[0]} had surgery to release a tethered spinal cord on {long(surgery)}, which the program "
           f"authorized as part of his care for spina bifida. His attending physician asked the program to authorize "
           "a stay on the hospital's inpatient rehabilitation unit, with the dates shown in the boxes above.", 9.2)
    p.bar("What we decided", 9.0)
    p.para("Not approved: the stay on the inpatient rehabilitation unit.", 9.2)
    p.para("Approved: physical therapy and occupational therapy as an outpatient, three visits a week for eight weeks, "
           "at an approved therapy provider near your home.", 9.2)
    p.bar("Why", 9.0)
    p.para(f"An inpatient rehabilitation unit is for a child who needs therapy several hours every day and a doctor's "
           f"care around the clock. The hospital's notes show that {kid.split()[0]} walks with his usual braces and "
           "walker, his bladder program is the same as before surgery, his wound is healing and he has no new weakness. "
           "The therapy he needs can be given safely as an outpatient while he lives at home. Our nurse consultant "
           f"and the program's medical consultant, {dr(nsurg, 'MD')}, reviewed the request.", 9.0)
    p.bar("If you disagree", 9.0)
    p.para("You, the hospital or the attending physician may ask for an administrative review within 65 days of the "
           "date you receive this notice. If the stay has already begun, you may ask for a fast review by calling the "
           "family line; we decide fast reviews within 72 hours.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Treatment Authorization Unit", PROG], size=9.0)
    p.para(f"cc: {unit};  {first_last(nurse)}, RN, care coordinator", 8.0)
    t = truth("denial_letter", "level_of_care", insurer=PROG, member_id=cn, member_name=kid, cases=[req],
              service_dates=[f"{iso(admit)}/{iso(dis)}"], denial_date=iso(nd), provider=unit,
              alternates={"insurer": PROG_ALT, "service_dates": [[iso(admit)]],
                          "provider": [dr(phys, "MD"), phys, HOSP],
                          "appeal_deadline": [iso(plus(nd, 65)), iso(plus(nd, 70))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_approval(rng):
    dad = people(rng, 1, "tv", sexes="M", used=USED)[0]
    kid = people(rng, 1, "tv", sexes="F", last=dad.split()[-1], used=USED)[0]
    card, coord = people(rng, 2, "tc", sexes="MF", used=USED)
    cn = client_no(rng)
    ta = ta_no(rng)
    nd = workday(dt.date(2026, 5, rng.randint(26, 28)))
    start, end = dt.date(2026, 6, 1), dt.date(2026, 11, 30)
    heart = f"{HOSP} Heart Center"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=PROG_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    prog_head(p, rng, box="TREATMENT AUTHORIZATION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.return_addr(RETURN)
    addr_block(p, [first_last(dad), "88 Foundry Lane", "Lanmere, AV 40620"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Date", long(nd)), ("Authorization no.", ta), ("Client no.", spaced_id(cn, (3, 3, 3)))],
                x=p.l_margin + W * 0.52, cap_w=30, size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(dad)}:", 9.4)
    p.para(f"Good news: the Special Health Program for Children has approved the care below for {first_last(kid)}. "
           f"{dr(card, 'MD')}, her pediatric cardiologist, asked for it, and she may go ahead with it.", 9.2)
    p.ruled_rows(["Child", "Coverage code", "Approved condition", "Family share"],
                 [[kid, "SHPC-T3", "Tetralogy of Fallot, repaired (Q21.3)", "$15.00 a visit"]],
                 [W * 0.28, W * 0.17, W * 0.37, W * 0.18], ["L", "L", "L", "L"], size=8.6)
    p.ruled_rows(["Service", "Code", "Units", "Approved provider", "From", "Through"],
                 [["Cardiology clinic visits", "99214", "3", heart, slash(start), slash(end)],
                  ["Echocardiogram", "93306", "1", heart, slash(start), slash(end)],
                  ["Electrocardiogram", "93000", "2", heart, slash(start), slash(end)]],
                 [W * k / 100 for k in (21, 8, 6, 38, 13.5, 13.5)], ["L", "L", "R", "L", "L", "L"], size=8.0)
    p.bar("What this means", 9.0)
    p.bullets(["The heart center bills Pellacombe Health Claims, the program's claims agent, and you pay only the "
               "family share shown.",
               "If you have other insurance, the heart center bills it first; tell the center about any change.",
               f"Care after {long(end)} needs a new authorization; your care coordinator will ask the doctor for an "
               "update in October.",
               "Keep this letter with your child's records."], size=9.0)
    p.ln(2)
    sign(p, [first_last(coord), "Care Coordinator", PROG], size=9.0)
    t = truth("other", None, insurer=PROG, plan_id="SHPC-T3", member_id=cn, member_name=kid, cases=[ta],
              service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(nd), provider=dr(card, "MD"),
              alternates={"insurer": PROG_ALT, "service_dates": [[]], "provider": [card, heart]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_statement(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_family_statement_eczema_visit_not_approved_condition", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_routing_slip_residency_then_other_plan_first", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(1, 1): 180}),
        Item(f"{f}_faxstd_provider_remittance_therapy_auth_lapsed", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(f"{f}_phone_es_evaluacion_diagnostica_repetida", "phone_photo", [phone_es(rng)]),
        Item(f"{f}_rotated_review_out_of_state_spine_clinic_upheld", "rotated", [rotated_review(rng)]),
        Item(f"{f}_scan300_rehab_unit_not_approved_outpatient", "scan_clean_300", [scan300_rehab(rng)]),
        Item(f"{f}_bd_treatment_authorization_cardiology_approved", "born_digital", [bd_approval(rng)]),
    ]
