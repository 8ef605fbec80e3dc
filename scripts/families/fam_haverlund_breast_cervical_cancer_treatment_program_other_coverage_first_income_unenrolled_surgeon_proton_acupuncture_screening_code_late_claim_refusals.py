"""Papers mirrored (structure and plain wording style only; every sentence written here) from the public descriptions of
state-funded breast and cervical cancer treatment programs: a woman screened or diagnosed through the state's early
detection (screening) program or by a provider enrolled with it, who lives in the state, has household income under
the program's limit and has no insurance or insurance that leaves her with large costs, is found eligible for a
treatment period; her treating doctor confirms active treatment before a further period; the program pays only
providers enrolled with it (except emergencies), pays last after any other coverage (then it pays the deductible,
copayment or coinsurance the other plan leaves), needs prior approval for some costly services, and a contracted claims
processor pays or refuses claims. Here the state, the department, the program, the claims processor, every person,
provider, number, amount, rule, time limit and address are invented: the State of Haverlund (postal code HV), the
Haverlund Department of Health Services, Women's Cancer Section (letterhead: a drawn awareness ribbon, "HAVER" over
"LUND" in heavy capitals, a thin bar, "Department of Health Services" and "Women's Cancer Section" beside the break;
the body says "the Department" and "the Treatment Program"), the Haverlund Breast and Cervical Cancer Treatment
Program, the Haverlund Women's Cancer Screening Program, and Ostrelle Claims Services, Inc. (letterhead: the ribbon,
the logo word "OSTRELLE" with the legal name small directly under it; the body only says "OCS"). Invented rules: six-
month treatment periods; income at or under 250% of the poverty guideline; categories TP-B1 / TP-C1 (breast / cervical,
no other coverage) and TP-B2 / TP-C2 (other coverage pays first); enrolled providers only; claims within 120 days of
the service; prior approval for proton therapy; screening mammograms are paid by the screening program, not the
Treatment Program; acupuncture is no benefit. Phones 555. CPT and HCPCS codes as themselves.

Numbering: enrollee IDs "BG" + six digits + "Z" + one digit (B/8, G/6, Z/2 look-alikes), printed whole, in groups
("BG41 8302 Z7") or beside a period suffix under the paired caption "Enrollee ID / Suffix"; department case numbers
"BCT-26-" + five digits; OCS claim numbers "C26" + day of year + "I" + four digits (I/1), printed whole or in groups
("C26 104 I3821"); prior approvals "PA26-S" + four digits (S/5); reconsiderations "RC26-" + four digits; provider
enrollment numbers "HVP-" + six digits (decoys); categories as above (B/8 beside a digit).

Documents (8 in 7 files):
- bd_remittance_other_insurance_eob_missing: a born-digital two-page provider remittance advice from OCS to an
  oncology practice; three enrollees' claims, each opened by a bold line (name "LAST, FIRST M", enrollee ID, claim,
  category) and a grey rendering line; columns Billed / Other coverage paid / Program allowed / Program paid / Notes;
  rows carry numbered note marks ("2", "2, 3", "4") keyed in a numbered note list: other coverage paid first (2), a
  bundled hydration line (3), paid at the Program rate (1); the second enrollee's claim pays 0.00 on every line
  under note 4 (her record shows other coverage and no explanation of benefits from that plan came with the claim);
  unused notes about the treatment period and enrolment as decoys; the notes, a payment box (EFT date) and 90 days
  to ask for reconsideration on page 2.
- faxstd_stack_navigator_cover_second_period_then_unenrolled_surgeon: a standard-fax stack: a hospital navigation
  office's printed fax form with typed values (names the patient, not the issuers), the Department's notice refusing
  a second treatment period (household income over the limit; the doctor's Treatment Status Form, income table and
  continued-coverage line as decoys), then OCS's two-page letter refusing a breast surgeon's second-opinion claim
  because the surgeon is not enrolled (page 2 fed upside down; "Program / Category" paired caption).
- faxstd_reconsideration_proton_upheld_facts_page_two: a standard-fax two-page reconsideration decision to the
  radiation oncologist upholding the refusal of proton therapy as not medically necessary (the photon plan's heart
  dose within the Program's criteria); page 1 never names the enrollee; her facts, the request and reconsideration
  numbers, the planned start date and the facility sit in a framed box on page 2; the approved photon request's
  number is a decoy; 60 days to ask the Department for a final review.
- lowres_es_acupuntura_no_cubierta: a 150 dpi Spanish OCS claim notice refusing three acupuncture sessions for nausea
  as no Treatment Program benefit ("dentro de 90 días a partir de la fecha de este aviso").
- photocopy_screening_code_to_imaging_center: a photocopied OCS provider notice refusing a mammogram claim billed with
  the screening code (coding error; resubmit with the diagnostic code); values in boxes with captions UNDER them, a
  narrow caption column with values far to the right.
- photo_eligibility_approved_cervical: a photographed Department notice of eligibility for a six-month treatment
  period (denies nothing; the screening clinic, the coverage months and a card number as decoys).
- bd_claims_summary_late_anesthesia: a born-digital enrollee claims summary, four claims, "Paid by other plan" column,
  note marks keyed in a numbered list (deductible, other plan paid, bundled pathology line); the anesthesia group's
  claim is refused because it reached OCS more than 120 days after the surgery (note 5).

Truth notes (where a careful reader could read two ways, an alternate is given): insurer short forms of the
Department or OCS and the Program's name are accepted; the practice is accepted beside the rendering doctor; the
reconsideration carries both the reconsideration and the prior approval numbers (either alone accepted) and its
planned start date ([] accepted: a planned date in a facts box); on the second-period notice the doctor who sent the
Treatment Status Form is accepted as provider (null is the truth: no service is asked for) and a reader may take the
Department's "review" for a fair hearing, so null is accepted for its deadline; on OCS's letter under "Program /
Category: HBCTP / TP-B1" the program code HBCTP is accepted as the plan beside the category; on the approval the case
number or none is accepted, and the card number (enrollee ID with "-01") beside the plain enrollee ID.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundet_famtf import (ETSheet, addr_block, dd_mon, digits, dr, es_date, es_wday, first_last, iso,
                               last_first, long, m2, n2, nav_cover, npi, out, people, phone, plus, sign, slash,
                               spaced_id, tin, tollfree, truth, usd, wd_comma, wday_long, workday, yy)

FAMILY = ("haverlund_breast_cervical_cancer_treatment_program_other_coverage_first_income_unenrolled_surgeon_proton_"
          "acupuncture_screening_code_late_claim_refusals")
LANG = "en"
SEED = 355095
USED: set = set()

DHS = "Haverlund Department of Health Services"
PROGRAM = "Haverlund Breast and Cervical Cancer Treatment Program"
SCREEN = "Haverlund Women's Cancer Screening Program"
OCS = "Ostrelle Claims Services, Inc."
DHS_ALT = [DHS, "Haverlund Department of Health Services, Women's Cancer Section", "Haverlund DHS", PROGRAM,
           "State of Haverlund", "Department of Health Services"]
OCS_ALT = [OCS, "Ostrelle Claims Services", "Ostrelle", "OCS", PROGRAM]
DHS_ADDR = ["Women's Cancer Section, 1207 Capitol Mews", "Brenning, HV 58210"]
OCS_ADDR = ["P.O. Box 40418", "Whitcastle, HV 58277"]
DHS_FOOT = f"{DHS}  \u00b7  Women's Cancer Section  \u00b7  {DHS_ADDR[0].split(', ')[1]}, {DHS_ADDR[1]}"
OCS_FOOT = f"{OCS}  \u00b7  {OCS_ADDR[0]}, {OCS_ADDR[1]}  \u00b7  claims processor for the {PROGRAM}"
HOSP = "Cresthollow General Hospital"


def enrollee_id(rng) -> str:
    return f"BG{digits(rng, 6)}Z{rng.randint(1, 9)}"


def case_no(rng) -> str:
    return f"BCT-26-{digits(rng, 5)}"


def claim_no(rng, d: dt.date) -> str:
    return f"C26{d.timetuple().tm_yday:03d}I{digits(rng, 4)}"


def claim_grouped(c: str) -> str:
    """C26104I3821 -> C26 104 I3821"""
    return f"{c[:3]} {c[3:6]} {c[6:]}"


def pa_no(rng) -> str:
    return f"PA26-S{digits(rng, 4)}"


def hvp(rng) -> str:
    return f"HVP-{digits(rng, 6)}"


def dhs_head(p: ETSheet, rng, box: str | None = None, es: bool = False):
    p.split_brand("Haver", "lund", ["Department of Health Services", "Women's Cancer Section"],
                  [DHS_ADDR[0].split(", ")[1], DHS_ADDR[1], f"Treatment Program line {tollfree(rng, '877')}",
                   f"Fax {phone(rng)}   TTY 711"],
                  mark="ribbon", box=box, size=21,
                  under=[PROGRAM])


def ocs_head(p: ETSheet, rng, box: str | None = None, providers: bool = False):
    p.mark_logo("ribbon", "OSTRELLE", OCS,
                [OCS_ADDR[0], OCS_ADDR[1], f"Enrollee line {tollfree(rng, '866')}",
                 f"Provider line {tollfree(rng, '888')}", "ostrelle-claims.example/haverlund"],
                tagline="Claims processing for the Haverlund Treatment Program", box=box, size=24, legal_size=7.4)


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    a, b, c = people(rng, 3, "hv", sexes="FFF", used=USED)
    onc1, onc2, np_, sig = people(rng, 4, "hc", sexes="MFFM", used=USED)
    practice = "Brenning Valley Cancer Care, P.C."
    ids = [enrollee_id(rng) for _ in range(3)]
    ra_date = workday(dt.date(2026, 5, rng.randint(11, 13)))
    ra_no = f"RA-{digits(rng, 7)}"
    eft = f"EFT {digits(rng, 9)}"
    d1 = workday(dt.date(2026, 4, rng.randint(6, 8)))
    d2 = workday(dt.date(2026, 4, rng.randint(14, 16)))
    d3 = workday(dt.date(2026, 4, rng.randint(20, 22)))
    cl = [claim_no(rng, plus(d, rng.randint(3, 6))) for d in (d1, d2, d3)]
    claims = [
        (a, ids[0], cl[0], "TP-B2", dr(onc1, "MD"), d1, [
            ("96413", "Chemotherapy infusion, first hour", 412.00, 288.40, 123.60, 123.60, "2"),
            ("96415", "Chemotherapy infusion, each added hour", 96.00, 67.20, 28.80, 28.80, "2"),
            ("J9267", "Paclitaxel, 1 mg (x 175)", 612.50, 428.75, 183.75, 183.75, "2"),
            ("96360", "Hydration infusion, first hour", 158.00, 0.00, 0.00, 0.00, "2, 3")]),
        (b, ids[1], cl[1], "TP-B2", dr(onc2, "MD"), d2, [
            ("99214", "Office visit, established patient", 264.00, 0.00, 0.00, 0.00, "4"),
            ("96374", "IV push, single drug", 186.00, 0.00, 0.00, 0.00, "4"),
            ("J3489", "Zoledronic acid, 1 mg (x 4)", 318.00, 0.00, 0.00, 0.00, "4"),
            ("85025", "Blood count, complete", 44.00, 0.00, 0.00, 0.00, "4")]),
        (c, ids[2], cl[2], "TP-C1", dr(np_, "APRN"), d3, [
            ("99213", "Office visit, established patient", 176.00, 0.00, 104.20, 104.20, "1"),
            ("80053", "Metabolic panel", 72.00, 0.00, 18.90, 18.90, "1")]),
    ]
    den = 1
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=OCS_FOOT,
                run_hdr=f"Remittance {ra_no}  \u00b7  {practice}  \u00b7  {dd_mon(ra_date)}  \u00b7  page {{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    ocs_head(p, rng, box="PROVIDER REMITTANCE ADVICE", providers=True)
    y = p.get_y()
    addr_block(p, ["Attn: Billing Office", practice, "3310 Ferrier Avenue, Suite 200", "Brenning, HV 58214"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Remittance date", dd_mon(ra_date)), ("Remittance no.", ra_no), ("Payment", eft),
                 ("Payee enrollment no.", hvp(rng)), ("Payee NPI / Tax ID", f"{npi(rng)} / {tin(rng)}")],
                x=p.l_margin + W * 0.52, cap_w=30, size=8.6, cap=7.0)
    p.set_y(max(p.get_y(), yl))
    tb = sum(x[2] for cc in claims for x in cc[6])
    to = sum(x[3] for cc in claims for x in cc[6])
    tp = sum(x[5] for cc in claims for x in cc[6])
    p.sc_shaded([("Claims on this remittance", str(len(claims)), 0.24), ("Billed", usd(tb), 0.22),
                 ("Other coverage paid", usd(to), 0.28), ("Paid to you", usd(tp), 0.26)], size=8.6)
    p.para("Each claim opens with a bold line: enrollee (LAST, FIRST M), enrollee ID, claim number, coverage "
           "category. Digits in the Notes column point to the numbered notes after the table.", 7.2)
    rows = []
    for i, (who, eid, clm, cat, rend, d, lines) in enumerate(claims):
        rows.append(("span", f"{last_first(who)}     {eid}     Claim {clm}     Category {cat}"))
        rows.append(("note", f"Rendering {rend}  \u00b7  received {slash(plus(d, 4 + i))}"))
        for code, s, bill, oth, allow, pd, notes in lines:
            rows.append([slash(d), code, s, n2(bill), n2(oth), n2(allow), n2(pd), notes])
        rows.append(("bold", ["", "", "Claim total", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)),
                              n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "Remittance totals", n2(tb), n2(to), "", n2(tp), ""]))
    p.claim_rows(["Date of service", "Code", "Service", "Billed", "Other coverage paid", "Program allowed",
                  "Program paid", "Notes"],
                 [W * k / 100 for k in (12, 8, 32, 10, 12, 10, 9, 7)],
                 ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.8, row_h=4.6)
    p.f(7.2)
    p.set_x(p.l_margin)
    p.cell(0, 4, "notes and payment details on page 2", align="R", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.numbered_notes("Notes", [
        ("1", "Paid at the Treatment Program rate. The enrollee owes nothing for this service."),
        ("2", "Other coverage paid first. The Program paid what the enrollee would still owe under that plan "
              "(deductible, copayment or coinsurance), up to the Program rate."),
        ("3", "Included in the payment for the main service given the same day (bundled); no separate payment."),
        ("4", "Our enrollment record shows other health coverage for this enrollee on the date of service, and no "
              "explanation of benefits from that plan came with the claim. The Treatment Program pays last. Bill the "
              "other plan first, then send us the claim again with its explanation of benefits. No payment."),
        ("5", "The date of service falls after the end of the enrollee's treatment period."),
        ("6", "The rendering provider was not enrolled with the Treatment Program on the date of service."),
    ], size=7.6)
    yend = p.money_box("Payment", [("Paid on the claims above", usd(tp)), ("Withheld for earlier overpayment", "$0.00"),
                            ("Sent by EFT on " + dd_mon(plus(ra_date, 1)), usd(tp))], x=p.l_margin, w=90, size=8.4)
    p.set_y(yend + 3)
    p.bar("Reconsideration", 8.8)
    p.para("An enrolled provider may ask OCS to reconsider a claim within 90 days of the date of this remittance "
           "advice. Send the claim number, the reason and any records by mail or through the provider portal. A claim "
           "sent again with the other plan's explanation of benefits is a new claim, not a reconsideration.", 8.2)
    p.para("Enrolled providers accept the Program's payment as payment in full and may not bill an enrollee for a "
           "covered service, for the difference between the charge and the Program rate, or for a claim refused "
           "because of a billing problem.", 8.0)
    p.ln(1)
    sign(p, [first_last(sig), "Provider Payment Services", OCS], size=8.6, close="")
    who, eid, clm, cat, rend, d, lines = claims[den]
    t = truth("eob", "other", insurer=OCS, plan_id=cat, member_id=eid, member_name=who, cases=[clm],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(d)], denial_date=iso(ra_date),
              provider=rend, appeal_deadline=iso(plus(ra_date, 90)),
              alternates={"insurer": OCS_ALT, "provider": [practice, onc2]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    patient = people(rng, 1, "hv", sexes="F", used=USED)[0]
    husband = people(rng, 1, "hv", sexes="M", last=patient.split()[-1], used=USED)[0]
    navigator, onc, worker, sup, surgeon, rev = people(rng, 6, "hc", sexes="FMFMFM", used=USED)
    eid = enrollee_id(rng)
    cno = case_no(rng)
    nd = workday(dt.date(2026, 6, rng.randint(8, 10)))
    form_in = workday(plus(nd, -rng.randint(12, 16)))
    p1_start, p1_end = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    visit = workday(dt.date(2026, 5, rng.randint(4, 7)))
    clm = claim_no(rng, plus(visit, rng.randint(5, 8)))
    ld = workday(plus(nd, rng.randint(1, 3)))
    sent = workday(plus(ld, rng.randint(4, 6)))
    center = "Whitcastle Breast Center"
    nav_fax = f"479 555 {digits(rng, 4)}"
    tx = f"{dd_mon(sent).upper()} 14:{rng.randint(10, 59)}  CRESTHOLLOW GEN NAVIGATION  {nav_fax}  P.{{n2}}/{{t2}}"
    cover = nav_cover(
        [HOSP, "Cancer Patient Navigation Office", "Ambulatory Building, 2nd floor  \u00b7  "
                                                   "4400 Orchard Hollow Road, Cresthollow, HV 58241"],
        [("To", "Barrowden County Legal Services - health benefits unit"),
         ("Fax", f"(479) 555-{digits(rng, 4)}"),
         ("From", f"{first_last(navigator)}, RN, nurse navigator"),
         ("Phone", phone(rng)),
         ("Date", slash(sent)),
         ("Pages", "4 (including this cover)"),
         ("Patient", f"{first_last(patient)} (signed release on file)")],
        ("Please review", "Please call"),
        f"Two letters Mrs. {surname_of(patient)} received in June. She is still in chemotherapy. "
        "She would like help asking for a review of both. Please call me or call her at home.",
        tx=tx, tx_total=4, rng=rng)
    # (i) the Department's notice: second treatment period refused (income over the limit)
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=DHS_FOOT, tx=tx, tx_off=1, tx_total=4)
    p.set_margins(18, 16, 18)
    p.add_page()
    dhs_head(p, rng, box="NOTICE OF ACTION")
    y = p.get_y()
    addr_block(p, [patient, "19 Lantern Row", "Ashby Dell, HV 58236"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Notice date", long(nd)), ("Case number", cno), ("Enrollee ID / Suffix", f"{eid} / 01"),
                 ("Coverage category", "TP-B1"), ("Treatment period now", f"{slash(p1_start)} - {slash(p1_end)}")],
                x=p.l_margin + W * 0.5, cap_w=31, size=8.8, cap=7.0)
    p.set_y(max(p.get_y(), yl))
    p.heading("A second treatment period was not approved", 11.2)
    p.para(f"Dear {first_last(patient)}:", 9.4)
    p.para(f"Your present treatment period in the {PROGRAM} ends on {long(p1_end)}. We received the Treatment Status "
           f"Form from {dr(onc, 'MD')} on {long(form_in)}. It says you are still in active treatment, and we thank "
           "the office for sending it so quickly.", 9.2)
    p.para("We cannot approve a second treatment period, because your household's income is now over the Treatment "
           "Program's limit. For a household of two the limit is 250% of the federal poverty guideline, or $4,408.33 "
           "a month.", 9.2)
    p.ruled_rows(["Income we counted (monthly)", "Whose", "Amount"],
                 [["Wages, Ferrier Freight Lines (new job from May)", first_last(husband), "$4,126.00"],
                  ["Part-time wages, Ashby Dell Public Library", first_last(patient), "$612.00"],
                  ["Household total", "", "$4,738.00"],
                  ["Limit for 2 persons", "", "$4,408.33"]],
                 [W * k / 100 for k in (55, 27, 18)], ["L", "L", "R"], size=8.6, bold_rows=(2,))
    p.para("Rule: Treatment Program Eligibility Rules, section 3.4 (income) and section 6.2 (further treatment "
           f"periods). Your coverage through {long(p1_end)} does not change. If your household income goes down, "
           "you may apply again at any time; your doctor does not need to send a new form for 90 days.", 8.8)
    p.bar("If you disagree", 8.8)
    p.para("You may ask the Department for a review within 30 days of the date of this notice. Call the Treatment "
           "Program line or write to the Women's Cancer Section at the address above. If we receive your request "
           "before your treatment period ends, your coverage can continue until the review is decided.", 8.8)
    p.ln(1)
    sign(p, [first_last(worker), "Eligibility Specialist, Women's Cancer Section", f"reviewed by {first_last(sup)}"],
         size=9.0)
    notice = out(p)
    notice_t = truth("denial_letter", "eligibility", insurer=DHS, plan_id="TP-B1", member_id=eid,
                     member_name=patient, cases=[cno], denial_date=iso(nd), appeal_deadline=iso(plus(nd, 30)),
                     alternates={"insurer": DHS_ALT, "appeal_deadline": [None], "case_numbers": [[]],
                                 "provider": [dr(onc, "MD"), onc]})
    # (ii) OCS: second-opinion claim from a surgeon not enrolled with the Program
    items = [("99205", "New patient consultation, high complexity", 468.00),
             ("76642", "Ultrasound, breast, limited", 236.00)]
    total = sum(x[2] for x in items)
    q = ETSheet(footer="Page {n} of {nb}", ids_foot=OCS_FOOT, tx=tx, tx_off=2, tx_total=4, tx_flip=(2,),
                run_hdr=f"Claim {clm}  \u00b7  {last_first(patient)}  \u00b7  page {{n}} of {{nb}}")
    q.set_margins(18, 16, 18)
    q.add_page()
    ocs_head(q, rng, box="CLAIM DECISION")
    addr_block(q, [patient, "19 Lantern Row", "Ashby Dell, HV 58236"], 9.2)
    q.pair_boxes([("Date of this letter", long(ld), 0.26), ("Program / Category", ("HBCTP", "TP-B1"), 0.28),
                  ("Enrollee ID", spaced_id(eid, (4, 4, 2)), 0.22), ("Claim", clm, 0.24)], size=8.8)
    q.para(f"Dear {first_last(patient)}:", 9.4)
    q.para(f"OCS received a claim from {center} for your visit with {dr(surgeon, 'MD')} on {long(visit)}. We could not "
           "pay it.", 9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Code", "Service", "Billed", "Paid"],
                 [[cd, s, n2(a), "0.00"] for cd, s, a in items] + [["", "Claim total", usd(total), "$0.00"]],
                 [W * k / 100 for k in (12, 60, 15, 13)], ["L", "L", "R", "R"], size=8.6, bold_rows=(len(items),))
    q.bar("Why the claim was not paid", 9.0)
    q.para(f"The Treatment Program pays only doctors, clinics and hospitals that are enrolled with it, unless the care "
           f"is an emergency. {dr(surgeon, 'MD')} and {center} were not enrolled on the date of your visit, and the "
           "visit was a planned second opinion, not an emergency.", 9.0)
    q.para(f"Your surgeon at {HOSP}, who is enrolled, remains your Program surgeon. A list of enrolled breast "
           "surgeons is on the Program's web page, or call the enrollee line.", 9.0)
    q.add_page()
    q.bar("What you can do", 9.0)
    q.bullets([f"Ask {center} whether it will enroll. If it enrolls within 60 days of the visit, it may send the "
               "claim again and we will look at it as a new claim.",
               "Because the provider is not enrolled, the Program's rule that a provider may not bill you does not "
               "apply to this visit. Talk with the office about the bill."], size=9.0)
    q.bar("Claim review", 9.0)
    q.para(f"If you think we made a mistake, ask OCS for a claim review within 90 days of the date of this letter. "
           f"Write to OCS Claim Reviews, {OCS_ADDR[0]}, {OCS_ADDR[1]}, or call the enrollee line. If you still "
           "disagree after the review, you may ask the Department for a final review.", 9.0)
    q.ln(2)
    sign(q, [first_last(rev), "Enrollee Claims Unit", "OCS"])
    letter = out(q)
    letter_t = truth("denial_letter", "out_of_network", insurer=OCS, plan_id="TP-B1", member_id=eid,
                     member_name=patient, cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)],
                     denial_date=iso(ld), provider=dr(surgeon, "MD"), appeal_deadline=iso(plus(ld, 90)),
                     alternates={"insurer": OCS_ALT, "provider": [center, surgeon], "plan_id": ["HBCTP"]})
    return cover, [(notice, notice_t), (letter, letter_t)]


def surname_of(full: str) -> str:
    return full.split()[-1]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_reconsideration(rng):
    patient = people(rng, 1, "hv", sexes="F", used=USED)[0]
    radonc, physicist, reviewer, director = people(rng, 4, "hc", sexes="MFMF", used=USED)
    eid = enrollee_id(rng)
    pa = pa_no(rng)
    pa_photon = pa_no(rng)
    rc = f"RC26-{digits(rng, 4)}"
    first_den = workday(dt.date(2026, 4, rng.randint(20, 23)))
    asked = workday(plus(first_den, rng.randint(6, 9)))
    dd = workday(plus(asked, rng.randint(10, 13)))
    start = workday(plus(dd, rng.randint(12, 16)))
    center = "Lindenfels Radiation Oncology"
    tx = (f"{slash(dd)} 09:{rng.randint(10, 59)}  OCS UTILIZATION REVIEW  866555{digits(rng, 4)}  "
          f"JOB {digits(rng, 4)}  PG {{n}} OF {{t}}")
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=OCS_FOOT, tx=tx, tx_total=2,
                run_hdr=f"Reconsideration {rc}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    ocs_head(p, rng, box="RECONSIDERATION DECISION")
    addr_block(p, [dr(radonc, "MD"), center, "71 Quarry Bank Lane", "Whitcastle, HV 58279"], 9.2)
    p.f(9.4, "B")
    p.cell(0, 5, f"Decided {wd_comma(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.para(f"Dear Dr. {surname_of(radonc)}:", 9.4)
    p.para(f"On {long(asked)} you asked OCS to reconsider its refusal of prior approval for proton beam therapy for "
           "the enrollee named in the box on page 2. We first refused the request on "
           f"{long(first_den)}. A radiation oncologist who took no part in the first decision reviewed it again.",
           9.2)
    p.bar("What we looked at", 8.8)
    p.bullets(["your letter and the consultation note",
               f"the photon (standard radiation) plan with deep-inspiration breath hold prepared by {first_last(physicist)}, "
               "medical physicist, and its heart and lung doses",
               "the proton plan comparison you sent",
               "the Treatment Program's prior approval criteria for proton therapy (criteria RT-7, revised 01/2026)"],
              size=8.8)
    p.bar("What we found", 8.8)
    p.para("The criteria approve proton therapy for breast cancer when a photon plan cannot meet the heart or lung "
           "dose limits, or when the chest was treated with radiation before. The photon plan you sent meets both "
           "limits: the mean heart dose is 1.9 Gy and the lung volume receiving 20 Gy is 14%. There was no earlier "
           "chest radiation. Proton therapy would not give this enrollee a result that standard radiation cannot "
           "give, so it is not medically necessary for her under the criteria.", 8.8)
    p.bar("Our decision", 8.8)
    p.para("The refusal is upheld. Standard photon radiation to the left breast stays approved under request "
           f"{pa_photon}; you do not need to ask again.", 8.8)
    p.add_page()
    p.facts_box("Enrollee and request", [
        ("Enrollee", patient), ("Enrollee ID / Suffix", f"{eid} / 01"), ("Coverage category", "TP-B2"),
        ("Date of birth", slash(dt.date(1971, rng.randint(1, 12), rng.randint(1, 28)))),
        ("Prior approval request", pa), ("Reconsideration", rc),
        ("Service asked for", "Proton beam therapy, left breast, 25 fractions"),
        ("Planned start", slash(start)), ("Treating facility", center),
        ("Requesting doctor", dr(radonc, "MD"))],
        note="This box belongs to the decision on page 1. Keep the pages together.", cap_w=34)
    p.bar("Further review", 8.8)
    p.para("This is OCS's last decision on the request. The enrollee, or you with her written consent, may ask the "
           "Department of Health Services for a final review within 60 days of the date of this decision. Send a "
           "copy of both pages and any new records to the Women's Cancer Section, "
           f"{DHS_ADDR[0].split(', ')[1]}, {DHS_ADDR[1]}.", 8.8)
    p.para("You may ask to speak with the reviewing radiation oncologist about this decision. Call the provider line "
           "and ask for a peer conversation; it does not change the time limit above.", 8.8)
    p.ln(2)
    sign(p, [f"{first_last(reviewer)}, MD", "Physician Reviewer, Utilization Review", "OCS"], close="Sincerely,")
    p.para(f"cc: the enrollee;  {first_last(director)}, Program Director, Women's Cancer Section", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=OCS, plan_id="TP-B2", member_id=eid, member_name=patient,
              cases=[rc, pa], service_dates=[iso(start)], denial_date=iso(dd), provider=dr(radonc, "MD"),
              appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": OCS_ALT, "case_numbers": [[rc], [pa]], "service_dates": [[]],
                          "provider": [center, radonc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_acupuncture(rng):
    patient = people(rng, 1, "sp", sexes="F", used=USED)[0]
    acu, rev = people(rng, 2, "hc", sexes="FM", used=USED)
    clinic = "Centro de Acupuntura Barrowden"
    eid = enrollee_id(rng)
    s1 = workday(dt.date(2026, 4, rng.randint(2, 3)))
    sess = [s1, plus(s1, 7), plus(s1, 14)]
    clm = claim_no(rng, plus(sess[-1], 5))
    nd = workday(plus(sess[-1], rng.randint(20, 24)))
    fee = 104.00
    p = ETSheet(footer="Página {n} de {nb}", ids_foot=OCS_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    ocs_head(p, rng, box="AVISO SOBRE SU RECLAMO")
    addr_block(p, [patient, "508 Calle de los Álamos", "Barrowden, HV 58252"], 9.4)
    p.f(9.4, "B")
    p.cell(0, 5, f"Fecha de este aviso: {es_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.run_line([[("Número de reclamo", clm, "dash"), ("Categoría", "TP-C1", "dash")],
                [("Número de inscrita", eid, "gap")],
                [("Proveedora", f"{first_last(acu)}, L.Ac., {clinic}", "gap")]], size=8.8, gap_w=16)
    p.heading("No podemos pagar estas sesiones de acupuntura", 11)
    p.para(f"Estimada señora {surname_of(patient)}:", 9.4)
    p.para(f"OCS, que procesa los reclamos del Programa de Tratamiento, recibió un reclamo de {clinic} por tres "
           "sesiones de acupuntura para las náuseas durante su quimioterapia.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado", "Pagado"],
                 [[slash(d), "97810", "Acupuntura, primeros 15 minutos", f"${n2(fee)}", "$0.00"] for d in sess]
                 + [["", "", "Total del reclamo", f"${n2(3 * fee)}", "$0.00"]],
                 [W * k / 100 for k in (15, 11, 44, 15, 15)], ["L", "L", "L", "R", "R"], size=8.6, bold_rows=(3,))
    p.bar("Por qué no pagamos", 9.0)
    p.para("La acupuntura no es un servicio cubierto por el Programa de Tratamiento del Cáncer de Seno y de Cuello "
           "Uterino de Haverlund. El Programa paga la cirugía, la quimioterapia, la radiación, las consultas médicas, "
           "los análisis y los medicamentos para las náuseas que receta su médico. Reglas del Programa, sección 8.3 "
           "(servicios que no se pagan).", 9.0)
    p.para("Si las náuseas continúan, hable con su equipo de oncología: hay medicamentos cubiertos que pueden "
           "ayudar.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Puede pedir a OCS una revisión del reclamo dentro de 90 días a partir de la fecha de este aviso. Escriba "
           f"a OCS, Revisiones de Reclamos, {OCS_ADDR[0]}, {OCS_ADDR[1]}, o llame a la línea para inscritas. Tenemos "
           "intérpretes sin costo.", 9.0)
    p.ln(1)
    sign(p, [first_last(rev), "Unidad de Reclamos de Inscritas", "OCS"], close="Atentamente,")
    t = truth("denial_letter", "not_covered", insurer=OCS, plan_id="TP-C1", member_id=eid, member_name=patient,
              cases=[clm], claim_amount=m2(3 * fee), service_dates=[iso(d) for d in sess], denial_date=iso(nd),
              provider=f"{first_last(acu)}, L.Ac.", appeal_deadline=iso(plus(nd, 90)), lang="es",
              alternates={"insurer": OCS_ALT, "provider": [clinic, first_last(acu)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_screening_code(rng):
    patient = people(rng, 1, "hv", sexes="F", used=USED)[0]
    rad, np_, sig = people(rng, 3, "hc", sexes="MFF", used=USED)
    center = "Ashby Dell Imaging Center"
    eid = enrollee_id(rng)
    svc = workday(dt.date(2026, 3, rng.randint(9, 12)))
    clm = claim_no(rng, plus(svc, rng.randint(6, 9)))
    nd = workday(plus(svc, rng.randint(24, 29)))
    billed = 342.00
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=OCS_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    ocs_head(p, rng, box="PROVIDER CLAIM NOTICE")
    y = p.get_y()
    addr_block(p, ["Attn: Billing", center, "260 Tannery Street", "Ashby Dell, HV 58235"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Notice date", abbr_us(nd)), ("Provider enrollment", hvp(rng)), ("Billing NPI", npi(rng))],
                x=p.l_margin + W * 0.55, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl))
    p.pair_boxes([("Enrollee", patient, 0.3), ("Enrollee ID", eid, 0.2), ("Category", "TP-B1", 0.14),
                  ("Claim", clm, 0.2), ("Date of service", slash(svc), 0.16)], size=8.8, under=True)
    p.pair_boxes([("Billed", usd(billed), 0.15), ("Paid", "$0.00", 0.11),
                  ("Interpreting radiologist", dr(rad, "MD"), 0.37), ("Ordered by", dr(np_, "APRN"), 0.37)],
                 size=8.4, under=True)
    p.ruled_rows(["Line", "Code", "Service", "Billed", "Paid", "Reason"],
                 [["1", "77067", "Screening mammography, both breasts, with CAD", n2(billed), "0.00", "C-14"]],
                 [W * k / 100 for k in (7, 10, 49, 12, 10, 12)], ["L", "L", "L", "R", "R", "L"], size=8.4)
    p.bar("Reason C-14: screening code billed to the Treatment Program", 9.0)
    p.para("The claim was billed with a screening mammography code. The Treatment Program pays for imaging that "
           "follows up a diagnosis or watches an enrollee during and after treatment; a screening mammogram for a "
           f"woman without symptoms is paid by the {SCREEN}, not by the Treatment Program. This enrollee is in "
           "treatment for breast cancer, and the order asks for a diagnostic study of both breasts, so the service "
           "should have been billed with the diagnostic code (77066) and the diagnosis codes from the order.", 9.0)
    p.para("No payment was made on this claim. The enrollee may not be billed for it.", 9.0)
    p.bar("Corrected claim or reconsideration", 9.0)
    p.para("Send a corrected claim (frequency code 7) with the diagnostic code, or ask for reconsideration, within "
           "90 days of the date of this notice. A corrected claim sent after that date will be refused as late.",
           9.0)
    p.ln(1)
    sign(p, [first_last(sig), "Claims Coding Review", "OCS"], close="Regards,")
    t = truth("denial_letter", "coding_error", insurer=OCS, plan_id="TP-B1", member_id=eid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd),
              provider=dr(rad, "MD"), appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": OCS_ALT, "provider": [center, rad]})
    return out(p), t


def abbr_us(d: dt.date) -> str:
    """Mar 4, 2026"""
    return d.strftime("%b %-d, %Y")


# ---------------------------------------------------------------------------------------------------------------
def photo_approval(rng):
    patient = people(rng, 1, "hv", sexes="F", used=USED)[0]
    worker, gyn = people(rng, 2, "hc", sexes="FM", used=USED)
    eid = enrollee_id(rng)
    cno = case_no(rng)
    nd = workday(dt.date(2026, 2, rng.randint(16, 19)))
    start = dt.date(2026, 2, 1)
    end = dt.date(2026, 7, 31)
    clinic = "Brenning Community Health Center"
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=DHS_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    dhs_head(p, rng, box="NOTICE OF ELIGIBILITY")
    addr_block(p, [patient, "2 Cobbler's Yard, Apt. 5", "Brenning, HV 58213"], 9.4)
    p.pair_boxes([("Notice date", long(nd), 0.25), ("Case number", cno, 0.21),
                  ("Enrollee ID / Suffix", (spaced_id(eid, (4, 4, 2)), "01"), 0.36),
                  ("Category", "TP-C2", 0.18)], size=9.0)
    p.heading("You are approved for the Treatment Program", 11.5)
    p.para(f"Dear {first_last(patient)}:", 9.4)
    p.para(f"Welcome. You are approved for the {PROGRAM} for a treatment period of six months, from "
           f"{long(start)} through {long(end)}. Your cervical biopsy was done through the {SCREEN} at {clinic}, and "
           "you meet the income and residence rules.", 9.2)
    p.sc_shaded([("Treatment period from", slash(start), 0.25), ("Through", slash(end), 0.25),
                 ("Coverage category", "TP-C2  (other coverage first)", 0.32), ("Card number", f"{eid}-01", 0.18)],
                size=8.8)
    p.bar("How the Treatment Program works with your other coverage", 9.0)
    p.para("You told us you have a health plan through your job with a $5,000 deductible. Your doctors bill that plan "
           "first. The Treatment Program then pays what you would owe under that plan (the deductible, copayments "
           "and coinsurance) for treatment of your cervical condition, as long as the doctor is enrolled with the "
           "Treatment Program.", 9.0)
    p.bar("What to do now", 9.0)
    p.bullets([f"Keep seeing {dr(gyn, 'MD')}, your gynecologic oncologist, who is enrolled.",
               "Show both cards at every visit: your job plan's card and your Treatment Program card, which OCS will "
               "mail within ten days.",
               "If your treatment will go past the end date, ask your doctor to send the Treatment Status Form in the "
               "last month of your period."], size=9.0)
    p.para("This notice approves your coverage. It does not refuse any service. If you think the category or the dates "
           "are wrong, call the Treatment Program line.", 8.8)
    p.ln(1)
    sign(p, [first_last(worker), "Eligibility Specialist", "Women's Cancer Section"], close="With best wishes,")
    t = truth("other", None, insurer=DHS, plan_id="TP-C2", member_id=eid, member_name=patient, cases=[cno],
              denial_date=iso(nd),
              alternates={"insurer": DHS_ALT, "case_numbers": [[]], "member_id": [f"{eid}-01"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_claims_summary(rng):
    patient = people(rng, 1, "hv", sexes="F", used=USED)[0]
    surgeon, anes, path, sig = people(rng, 4, "hc", sexes="FMFM", used=USED)
    eid = enrollee_id(rng)
    surg = workday(dt.date(2026, 1, rng.randint(13, 15)))
    rec_late = plus(surg, 134)
    sd = workday(plus(rec_late, rng.randint(10, 14)))
    p0, p1 = dt.date(2026, 5, 1), plus(sd, -3)
    other_eob = plus(surg, 27)
    anes_grp = "Cresthollow Anesthesia Associates"
    claims = [
        ("surgeon", f"{dr(surgeon, 'MD')}, Brenning Valley Surgical", surg,
         [("19301", "Partial mastectomy", 2860.00, 1712.00, 428.00, "1, 2"),
          ("38525", "Lymph node biopsy, open", 1140.00, 684.00, 171.00, "2")]),
        ("hospital", f"{HOSP}", surg,
         [("0360", "Operating room services (facility)", 6240.00, 4980.00, 1245.00, "2")]),
        ("anes", f"{dr(anes, 'MD')}, {anes_grp}", surg,
         [("00402", "Anesthesia, breast procedure", 1326.00, 0.00, 0.00, "5")]),
        ("path", f"{dr(path, 'MD')}, Whitcastle Pathology Group", plus(surg, 1),
         [("88307", "Surgical pathology, level V", 412.00, 247.20, 61.80, "2"),
          ("88342", "Immunohistochemistry stain", 168.00, 0.00, 0.00, "3")]),
    ]
    nos = [claim_no(rng, plus(c[2], rng.randint(6, 12))) for c in claims]
    nos[2] = claim_no(rng, rec_late)
    den = 2
    p = ETSheet(footer="Page {n} of {nb}", ids_foot=OCS_FOOT,
                run_hdr=f"{first_last(patient)}  \u00b7  Enrollee {eid}  \u00b7  summary of {slash(sd)}")
    p.set_margins(15, 15, 15)
    p.add_page()
    ocs_head(p, rng, box="ENROLLEE CLAIMS SUMMARY")
    y = p.get_y()
    addr_block(p, [patient.upper(), "45 Weir Cottages", "Whitcastle, HV 58271"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.far_right([("Summary date", long(sd)), ("Enrollee ID", eid), ("Category", "TP-B2"),
                 ("Other coverage on file", "Sandreth Mutual Bronze 6000"),
                 ("Claims processed", f"{slash(p0)} - {slash(p1)}")],
                x=p.l_margin + W * 0.5, cap_w=30, size=8.6, cap=7.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.f(8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL.  It shows what OCS paid for the Treatment Program after your other plan.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = []
    for i, (_, prov, d, lines) in enumerate(claims):
        for code, s, b, oth, pd, notes in lines:
            rows.append([slash(d), code, s, n2(b), n2(oth), n2(pd), "0.00", notes])
        rows.append(("sub", f"Claim {claim_grouped(nos[i])}   \u00b7   {prov}"))
    tb = sum(x[2] for c in claims for x in c[3])
    to = sum(x[3] for c in claims for x in c[3])
    tp = sum(x[4] for c in claims for x in c[3])
    rows.append(("total", ["", "", "Totals", n2(tb), n2(to), n2(tp), "0.00", ""]))
    p.mark_rows(["Service date", "Code", "Service", "Billed", "Paid by other plan", "Program paid", "You may owe",
                 "Notes"],
                [W * k / 100 for k in (12, 8, 31, 10, 12, 10, 9, 8)], ["L", "L", "L", "R", "R", "R", "R", "C"],
                rows, size=7.8)
    p.numbered_notes("Notes", [
        ("1", "Part of this amount went to your other plan's deductible; the Program paid it for you."),
        ("2", "Your other plan paid first. The Program paid what that plan left for you to pay, up to the Program "
              "rate."),
        ("3", "Included in another service on the same day (bundled). Not paid on its own."),
        ("4", "Paid at the Program rate; no other coverage applied."),
        ("5", f"Not paid: the claim reached OCS on {slash(rec_late)}. Claims must reach OCS within 120 days of the "
              "date of service, or within 90 days of the other plan's explanation of benefits when that is later. "
              f"Your other plan's explanation for this service was dated {slash(other_eob)}. An enrolled provider "
              "may not bill you for a claim refused as late."),
    ], size=7.6)
    p.bar("Questions or a review", 8.8)
    p.para("If you think a claim was handled wrong, ask OCS for a claim review within 90 days of the date of this "
           f"summary. Write to OCS Claim Reviews, {OCS_ADDR[0]}, {OCS_ADDR[1]}, or call the enrollee line. Tell us the "
           "claim number and why you disagree.", 8.4)
    p.para("Your treatment period and category are decided by the Department of Health Services, not by OCS; call "
           "the Treatment Program line about them.", 8.0)
    clm = nos[den]
    lines = claims[den][3]
    t = truth("eob", "timely_filing", insurer=OCS, plan_id="TP-B2", member_id=eid, member_name=patient,
              cases=[clm], claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(surg)],
              denial_date=iso(sd), provider=dr(anes, "MD"), appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": OCS_ALT, "provider": [anes_grp, anes]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    rem = bd_remittance(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_remittance_other_insurance_eob_missing", "born_digital", [rem]),
        Item(f"{f}_faxstd_stack_navigator_cover_second_period_then_unenrolled_surgeon", "fax_standard_g4",
             stack_docs, separators=[cover, None], turns={(1, 1): 180}),
        Item(f"{f}_faxstd_reconsideration_proton_upheld_facts_page_two", "fax_standard_g4",
             [faxstd_reconsideration(rng)]),
        Item(f"{f}_lowres_es_acupuntura_no_cubierta", "scan_lowres_150", [lowres_es_acupuncture(rng)]),
        Item(f"{f}_photocopy_screening_code_to_imaging_center", "photocopy", [photocopy_screening_code(rng)]),
        Item(f"{f}_photo_eligibility_approved_cervical", "phone_photo", [photo_approval(rng)]),
        Item(f"{f}_bd_claims_summary_late_anesthesia", "born_digital", [bd_claims_summary(rng)]),
    ]
