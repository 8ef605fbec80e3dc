"""Papers mirrored (structure and plain wording style only; every sentence written new) from the claim papers of
group hospital indemnity and group accident supplemental insurance sold at the workplace: policies that pay fixed
amounts per day or per event, whatever the hospital charges (an admission benefit, a daily confinement benefit for
each day confined, intensive care benefits; an emergency room, urgent care, X-ray, fracture and follow-up visit
schedule), a claim form whose part B is the attending physician's statement, benefits paid to the insured unless
assigned to the hospital, a confinement defined by a minimum number of consecutive hours as an inpatient, a
pre-existing condition limitation for a sickness treated in the months before the effective date, accident coverage
that is off the job only, written proof of loss due within 90 days, and certificates that end when employment ends.

Invented issuer: Vantridge Life & Accident Insurance Company (letterhead: a diamond holding the initials "VLA" and a
letter-spaced department line "SUPPLEMENTAL BENEFITS" or "APPEALS UNIT" that never names the company; the legal name
is printed only in the small return-address line over the window address and in the footer; the provider advice
carries the brand in spaced capitals "V A N T R I D G E" instead), its Claim Service Center in Ashcombe Junction,
Nebraska, and its Appeals Unit. Group plans: Hospital Indemnity VHI-300 (admission $1,500, daily $300 up to 30 days,
ICU admission $1,000, ICU daily $600) and VHI-150 (half those amounts), Accident VAC-2N (off the job: emergency room
$200, urgent care $150, X-ray $75, follow-up $50, fractures by a schedule). Policyholder employers: Kestlebury
Canning Company (group VG-30518), Gannock Valley Unified School District (VG-30744), Wellspur Hardware Distributors,
Inc. (VG-31106), Thackwell Poultry Cooperative (VG-31259); the enrolling broker Tuckwell & Harne Worksite Benefits.
Hospitals and clinics (Pellmore Regional Medical Center, Orlington Memorial Hospital, Tolsey Road Urgent Care, Cardell
Bone & Joint Clinic), every person, number, amount and address are invented; phones 555. ICD-10 codes appear as
themselves. Rules (invented): a confinement needs 20 consecutive hours as an inpatient with a room charge;
observation is not a confinement; a sickness treated or advised in the 6 months before the effective date is not
covered in the first 12 months; proof of loss within 90 days after the event (later only when it was not reasonably
possible, and never after a year); a certificate ends on the last day of the month in which employment ends unless
the insured elects portability within 31 days; accident benefits exclude any injury while working for pay or profit,
self-employment included.

Numbering: certificate numbers "VC" + digit + a look-alike letter (O S B Z G I) + four digits + a look-alike letter
("VC4B8170S"), printed whole, in spaced groups ("VC4B 8170 S") or with the dependant's suffix ("-02", "/ 03"), and on
one letter only inside a sentence; claim numbers "V26" + a look-alike letter + six digits ("V26Z418073"); appeals
"AR-26-" + four digits. Decoys: check, batch and document numbers, the hospital's account number, NPIs and tax IDs,
the employer's incident number, benefit amounts, form numbers, earlier dates (date received, date of first decision,
dates the physician statement was asked for), a corrected-statement date and a "by the end of the month after" date.

Documents (8 in 7 files):
- bd_statement_four_claims_short_stay_h20: born digital; a benefit statement to an employee for himself, his
  wife and son: four claims as blocks, each with its own claim number and a boxed status word; the wife's hospital
  stay (admitted 21:50, discharged 14:35 the next day, 16.8 hours) DENIED under code H20 (shorter than the 20-hour
  minimum); plan codes only in a "Your coverage" table; eob, not_covered.
- bd_provider_advice_lapsed_certificate_e4: born digital; assigned benefit payment advice to a hospital (spaced-capital
  brand, a payee line with address, NPI and tax ID), four stays in one row each with admission and discharge in
  separate columns; the third row (between full rows) pays 0.00 under E4 (certificate ended with employment); eob,
  eligibility.
- faxstd_stack_route_slip_no_aps_and_accident_paid: standard fax from the employer's HR office:
  a hand-filled routing slip (no document), a two-page letter closing a hospital claim because the attending
  physician's statement never came (page 2 upside down, its fax line upright at the top; other), and a benefit
  payment notice for the wife's accident claim (other, no denial).
- faxstd_appeal_roofing_side_job: standard fax; the Appeals Unit upholds the refusal of accident
  benefits for a wrist broken while roofing a barn for pay (off-the-job policy); decision date beside the date the
  request was received and the first decision's date; other (work-related), not_covered accepted.
- photo_es_afeccion_previa_vesicula: photographed Spanish letter; a gallbladder stay refused as a condition treated
  in the two months before the effective date; admission and discharge boxes; not_covered.
- lowres_fracture_code_id_in_sentence: 150 dpi letter; the emergency room and X-ray benefits paid, the
  fracture benefit not paid because the physician statement's code S62.10 is incomplete; the certificate number only
  inside a sentence; the doctor only in prose; "within 65 days of the date you receive this notice"; coding_error
  (other accepted).
- rotated_late_claim_rsv_stay: a letter scanned sideways refusing a child's January stay claimed in June (proof of
  loss after 90 days, no reason given); the notice date beside the date the claim was received; the hospital and
  doctor only in prose; "no later than" date; timely_filing.

Judgement calls (kept in alternates): insurer = the letterhead issuer, Vantridge Life & Accident Insurance Company
(the "and" spelling and short forms accepted); the initials alone are not accepted, since the legal name is printed
on every paper. Plan = the plan code of the refused claim's coverage (VHI-300 / VHI-150 / VAC-2N); null where no
code is printed. Group = the employer's group number. Member ID = the certificate number without suffix (with the
suffix accepted where printed). Member = the patient (the wife, the son, the refused patient on the advice).
Provider = the hospital or clinic that billed (the attending or treating physician accepted). Amount = the charges
of the refused claim (an indemnity policy pays set amounts, so the charges are what was billed); the approval's
charges with null accepted. Case numbers = the refused claim's number; appeal + claim on the appeal decision (either
alone accepted); the approval's claim number ([] accepted). Service dates = the refused stay as an interval (either
end or both accepted) or the refused visit's date. Deadlines: +60 (statement), +90 (advice), printed "no later than"
dates, +60 (Spanish); null on the appeal decision (final), the approval and the "65 days of the date you receive"
letter. Types: as listed; the statement and the advice are `eob` (`denial_letter` accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvc import (EVSheet, addr_block, digits, es_date, fax_date, first_last, hm, iso, last_first,
                               long, lookalike, m2, n2, npi, out, plus, sign, slash, slip_cover,
                               spaced_id, tin, truth, usd)

FAMILY = ("vantridge_life_accident_hospital_indemnity_short_stay_prior_condition_no_physician_statement_lapsed_"
          "certificate_side_job_fracture_code_late_claim_refusals")
LANG = "en"
SEED = 355104

INS = "Vantridge Life & Accident Insurance Company"
INS_ALT = [INS, "Vantridge Life and Accident Insurance Company", "Vantridge Life & Accident Insurance Co.",
           "Vantridge Life & Accident", "Vantridge Life", "Vantridge"]
BOX = "PO Box 48120"
CITY = "Ashcombe Junction, NE 68460"
OFFICE = "2200 Orrin Trace"
RETURN = f"{INS}  \u00b7  Claim Service Center  \u00b7  {BOX}  \u00b7  {CITY}"
GROUPS = {"VG-30518": "Kestlebury Canning Company", "VG-30744": "Gannock Valley Unified School District",
          "VG-31106": "Wellspur Hardware Distributors, Inc.", "VG-31259": "Thackwell Poultry Cooperative"}
PELL = "Pellmore Regional Medical Center"
ORL = "Orlington Memorial Hospital"


def cert(rng) -> str:
    return f"VC{rng.randint(1, 9)}{lookalike(rng)}{digits(rng, 4)}{lookalike(rng, 'OSBZG')}"


def claim_no(rng) -> str:
    return f"V26{lookalike(rng)}{digits(rng, 6)}"


def right_lines(rng, unit: str = "Claim Service Center") -> list[str]:
    return [unit, OFFICE, CITY, f"Claims 1-800-555-{digits(rng, 4)}", f"Fax (402) 555-{digits(rng, 4)}"]


def head(p: EVSheet, rng, box: str | None = None, top: str = "SUPPLEMENTAL BENEFITS",
         lines: tuple = ("Claim Service Center", "Group accident  \u00b7  Hospital indemnity"), unit: str | None = None):
    p.initials_head("VLA", top, list(lines), right_lines(rng, unit or lines[0]), box=box)


def foot(form: str) -> str:
    return f"{INS}  \u00b7  {form}"


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    emp, wife, son = "Garrick T. Mosswood", "Linnea P. Mosswood", "Tobin E. Mosswood"
    c = cert(rng)
    g = "VG-30518"
    sd = dt.date(2026, 5, 18)
    attend = "Imogen F. Starkweather"
    er_doc = "Benedek H. Farrimond"
    pa = "Jonquil A. Ravenhill"
    ortho = "Priya V. Wetherall"
    adm, dis = dt.date(2026, 4, 6), dt.date(2026, 4, 7)
    nos = [claim_no(rng) for _ in range(4)]
    den = 2
    stay_chg = 6948.20
    p = EVSheet(footer="Page {n} of {nb}", footer_left=foot("VB-STM (03/2026)"))
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, rng, box="BENEFIT STATEMENT")
    p.return_line(RETURN)
    p.addr_kv([emp.upper(), "418 Brinesley Road", "Ashcombe Junction, NE 68463"],
              [("Statement date", slash(sd)), ("Insured", emp), ("Certificate", spaced_id(c, (4, 4))),
               ("Claims on this statement", "4"), ("Document no.", f"D{digits(rng, 10)}")],
              w=96, cap_w=42, size=8.8, addr_size=9.4)
    W = p.w - p.l_margin - p.r_margin
    p.para("Each claim we decided since your last statement is shown below with its own claim number. The status at "
           "the right of each claim tells you whether we paid it. Benefits are fixed amounts set by your plan; they "
           "do not depend on what the provider charged. The codes are explained after the claims.", 8.4)
    hd = ["Benefit", "Date(s)", "Charges shown", "Schedule", "Paid", "Code"]
    widths = [W * k / 100 for k in (33, 25, 11, 11, 10, 10)]
    al = ["L", "L", "R", "R", "R", "C"]
    blocks = [
        {"band": [("Claim", nos[0]), ("Patient", emp), ("Suffix", "01"), ("Event", "accident")], "status": "PAID",
         "lines": [["Urgent care treatment", "03/02/2026", "412.00", "150.00", "150.00", "P1"],
                   ["X-ray", "03/02/2026", "", "75.00", "75.00", "P1"]],
         "total": ["Claim total", "", "412.00", "225.00", "225.00", ""],
         "grey": f"Tolsey Road Urgent Care  \u00b7  {pa}, PA-C"},
        {"band": [("Claim", nos[1]), ("Patient", son), ("Suffix", "03"), ("Event", "accident")], "status": "PAID",
         "lines": [["Emergency room treatment", "03/21/2026", "3,184.50", "200.00", "200.00", "P1"],
                   ["X-ray", "03/21/2026", "", "75.00", "75.00", "P1"],
                   ["Fracture, forearm (closed reduction)", "03/21/2026", "", "600.00", "600.00", "P1"]],
         "total": ["Claim total", "", "3,184.50", "875.00", "875.00", ""],
         "grey": f"{PELL}, emergency department  \u00b7  Dr. {er_doc}, MD"},
        {"band": [("Claim", nos[2]), ("Patient", wife), ("Suffix", "02"), ("Event", "hospital stay")],
         "status": "DENIED",
         "lines": [["Hospital admission", f"{hm(adm, 21, 50)} to", n2(stay_chg), "1,500.00", "0.00", "H20"],
                   ["Daily hospital confinement (1 day)", f"{hm(dis, 14, 35)}", "", "300.00", "0.00", "H20"]],
         "total": ["Claim total", "", n2(stay_chg), "1,800.00", "0.00", ""],
         "grey": f"{PELL}  \u00b7  attending physician Dr. {attend}, MD  \u00b7  16.8 hours as an inpatient"},
        {"band": [("Claim", nos[3]), ("Patient", son), ("Suffix", "03"), ("Event", "accident")], "status": "PAID",
         "lines": [["Follow-up visit", "04/09/2026", "236.00", "50.00", "50.00", "P1"]],
         "total": None,
         "grey": f"Cardell Bone & Joint Clinic  \u00b7  Dr. {ortho}, MD"},
    ]
    p.claim_blocks(hd, widths, al, blocks, size=7.8)
    p.f(8.6, "B")
    p.cell(0, 5, "Paid to you on this statement: $1,150.00 (check mailed separately)", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.f(8.4, "B")
    p.cell(0, 4.6, "Your coverage", new_x="LMARGIN", new_y="NEXT")
    p.ruled_rows(["Coverage", "Plan code", "Group", "Employer", "Who is covered", "Effective"],
                 [["Hospital indemnity", "VHI-300", g, GROUPS[g], "You 01, spouse 02, child 03", "01/01/2026"],
                  ["Accident, off the job", "VAC-2N", g, GROUPS[g], "You 01, spouse 02, child 03", "01/01/2026"]],
                 [W * k / 100 for k in (19, 10, 11, 25, 24, 11)], ["L", "L", "L", "L", "L", "L"], size=7.8,
                 row_h=4.8)
    p.code_key("What the codes mean", [
        ("P1", "Paid at the amount in your plan's schedule of benefits."),
        ("H20", "Not payable. A hospital confinement means at least 20 hours in a row as an inpatient with a room "
                "charge. The hospital's record shows 16.8 hours, so the admission and daily benefits are not "
                "payable for this stay."),
        ("L9", "Not payable. Proof of loss reached us more than 90 days after the covered event."),
        ("X3", "The yearly maximum for this benefit has been paid."),
    ], size=7.2, code_w=10)
    p.bar("If you disagree", 8.6)
    p.para(f"You may ask us to review any claim on this statement within 60 days of the statement date. Write to the "
           f"Appeals Unit, {INS}, {BOX}, {CITY}. Tell us the claim number and send anything that shows we are "
           "wrong, such as the hospital's admission and discharge record.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, plan_id="VHI-300", group=g, member_id=c, member_name=wife,
              cases=[nos[den]], claim_amount=m2(stay_chg), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(sd), provider=PELL, appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": INS_ALT, "provider": [attend, f"Dr. {attend}"],
                          "member_id": [f"{c}-02", f"{c}02"],
                          "service_dates": [[iso(adm)], [iso(dis)], [iso(adm), iso(dis)]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_advice(rng):
    pts = ["Saoirse M. Dunnock", "Halvard J. Pennyfeather", "Ottilie V. Brackenfield", "Ruthanne C. Ibbotson"]
    docs = ["Imogen F. Starkweather", "Evander R. Quayle", "Lisbet O. Marchbank", "Evander R. Quayle"]
    certs = [cert(rng) for _ in pts]
    grps = ["VG-30518", "VG-30744", "VG-31106", "VG-31259"]
    plans = ["VHI-300", "VHI-150", "VHI-300", "VHI-300"]
    stays = [(dt.date(2026, 3, 2), dt.date(2026, 3, 5)), (dt.date(2026, 3, 4), dt.date(2026, 3, 6)),
             (dt.date(2026, 3, 9), dt.date(2026, 3, 12)), (dt.date(2026, 3, 16), dt.date(2026, 3, 18))]
    chg = [16204.35, 9870.10, 18406.75, 31552.90]
    ben = [2400.00, 1050.00, 0.00, 2200.00]
    code = ["P1", "P1", "E4", "P1 I2"]
    nos = [claim_no(rng) for _ in pts]
    den = 2
    ad = dt.date(2026, 4, 16)
    p = EVSheet(footer="Page {n} of {nb}", footer_left=foot("Provider advice VB-PA (01/2026)"))
    p.set_margins(13, 14, 13)
    p.add_page()
    p.wordmark("VANTRIDGE", style="spaced", tagline="Provider Benefit Services  \u00b7  assigned hospital indemnity "
                                                     "benefits",
               small=["Claim Service Center, " + OFFICE + ", " + CITY],
               right=[f"Provider line 1-866-555-{digits(rng, 4)}", f"Fax (402) 555-{digits(rng, 4)}",
                      "providers.vantridge-benefits.example"], box="ASSIGNED BENEFIT PAYMENT ADVICE", size=18)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.f(7.4, "B")
    p.cell(0, 3.6, "PAY TO", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [PELL, "Patient Financial Services", "900 Hatchard Avenue", "Ashcombe Junction, NE 68462"], 9.0)
    yb = p.get_y()
    p.bare_ids([(slash(ad), "advice date"), (npi(rng), "NPI"), (tin(rng), "tax ID"),
                (f"EFT {digits(rng, 9)}", "payment trace"), (f"B{digits(rng, 6)}", "batch")],
               x=p.l_margin + W * 0.55, y=y + 1, w=W * 0.45, size=8.6)
    p.set_y(max(yb, y + 30))
    p.para("The insureds below assigned their hospital indemnity benefits to you. We pay fixed amounts under each "
           "insured's plan; the charges are shown only to identify the stay. Each line is one claim.", 8.2)
    rows = []
    for i in range(4):
        a, b = stays[i]
        rows.append([nos[i], last_first(pts[i]), certs[i], plans[i], slash(a), slash(b), n2(chg[i]), n2(ben[i]),
                     n2(ben[i]), code[i]])
        rows.append(("sub", f"Group {grps[i]} {GROUPS[grps[i]]}  \u00b7  attending Dr. {docs[i]}  \u00b7  "
                            f"hospital account {digits(rng, 8)}"))
    rows.append(("total", ["", "TOTALS", "", "", "", "", n2(sum(chg)), n2(sum(ben)), n2(sum(ben)), ""]))
    p.mark_rows(["Claim", "Insured / patient", "Certificate", "Plan", "Admitted", "Discharged", "Charges",
                 "Benefit payable", "Paid to you", "Code"],
                [W * k / 100 for k in (11.5, 20.5, 11, 7, 9, 10, 9, 8, 8, 6)],
                ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"], rows, size=7.3, row_h=5.0)
    p.code_key("Codes", [
        ("P1", "Paid at the schedule amount: admission benefit plus the daily benefit for each day confined."),
        ("I2", "Intensive care benefits paid in place of the admission and daily benefits."),
        ("E4", "Not payable: the insured's certificate ended on the last day of the month in which employment "
               "ended (02/28/2026), and no portability election was received. There was no coverage on the "
               "admission date."),
        ("M7", "Medical records asked for; the claim will be decided when they arrive."),
    ], size=7.1, code_w=9)
    p.bar("Questions and reviews", 8.4)
    p.para(f"If you think a claim on this advice was decided wrongly, write within 90 days of the date of this advice "
           f"to Provider Benefit Services, {INS}, {BOX}, {CITY}, and give the claim number. An insured keeps her or "
           "his own right to appeal.", 8.2)
    t = truth("eob", "eligibility", insurer=INS, plan_id=plans[den], group=grps[den], member_id=certs[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(chg[den]),
              service_dates=[f"{iso(stays[den][0])}/{iso(stays[den][1])}"], denial_date=iso(ad), provider=PELL,
              appeal_deadline=iso(plus(ad, 90)),
              alternates={"insurer": INS_ALT, "provider": [docs[den], f"Dr. {docs[den]}"],
                          "service_dates": [[iso(stays[den][0])], [iso(stays[den][1])],
                                            [iso(stays[den][0]), iso(stays[den][1])]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    emp, wife = "Desmond K. Ruddlesden", "Maribel A. Ruddlesden"
    c = cert(rng)
    g = "VG-30518"
    attend = "Lucan P. Esterhuizen"
    er_doc = "Wilhelmina J. Oakenshaw"
    adm, dis = dt.date(2026, 4, 13), dt.date(2026, 4, 17)
    asked = [dt.date(2026, 4, 30), dt.date(2026, 5, 14)]
    l1 = dt.date(2026, 5, 26)
    last = dt.date(2026, 11, 23)
    c1 = claim_no(rng)
    chg1 = 14117.60
    fall = dt.date(2026, 5, 2)
    l2 = dt.date(2026, 5, 28)
    c2 = claim_no(rng)
    chg2 = 1962.00
    sent = dt.date(2026, 6, 2)
    tx = f"{fax_date(sent)} 09:41  KESTLEBURY CANNING HR  402 555 {digits(rng, 4)}  P.{{n2}}/{{t2}}"
    cover = slip_cover(rng, ["Kestlebury Canning Company", "Human Resources  \u00b7  Plant 2, 77 Cannery Row Road",
                             "Ashcombe Junction, NE 68465  \u00b7  Fax (402) 555-0193"],
                       [("Odile @ Tuckwell & Harne (Vantridge)", "", "6/2"), ("fax 402 555 0148", "", ""),
                        ("", "", "")],
                       [(False, "For your information"), (True, "Please handle"), (False, "Please sign"),
                        (True, "Call me"), (False, "File"), (False, "Return to HR")],
                       ["DESMOND R. (PLANT 2) BROUGHT THESE IN", "SAYS HE GAVE DR. THE FORM TWICE??",
                        "3 PGS FOLLOW - THANKS, J.P."], tx=tx, tx_total=4)
    # (i) claim closed: no attending physician statement (page 2 goes through upside down)
    p = EVSheet(footer="Page {n} of {nb}", footer_left=foot("VB-APS-2"), tx=tx, tx_off=1, tx_total=4, tx_flip=(2,))
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p, rng, box="CLAIM CLOSED")
    p.return_line(RETURN)
    addr_block(p, [emp, "2716 Quillet Bend", "Ashcombe Junction, NE 68466"], 9.2)
    p.boxes([[("Letter date", slash(l1), 0.2), ("Claim number", c1, 0.24), ("Certificate", spaced_id(c, (4, 4)), 0.2),
              ("Plan", "VHI-300", 0.14), ("Group", g, 0.22)],
             [("Patient", emp, 0.3), ("Hospital", ORL, 0.34), ("Admitted", slash(adm), 0.18),
              ("Discharged", slash(dis), 0.18)]], size=8.6, cap=6.0)
    p.para(f"Dear {first_last(emp)}:", 9.4)
    p.para(f"We received your claim for hospital indemnity benefits for your stay at {ORL}. The hospital's bill that "
           f"you sent shows charges of {usd(chg1)}. To pay the admission and daily confinement benefits we need to "
           "know why you were in the hospital and that a doctor admitted you as an inpatient. That is what the "
           "Attending Physician Statement (part B of claim form VHI-CF) tells us.", 9.2)
    p.para(f"Part B was blank when the claim reached us. We wrote to your attending physician, Dr. {attend}, on "
           f"{long(asked[0])} and again on {long(asked[1])}, and asked for part B or a copy of the discharge "
           "summary. We also wrote to you. We have not received either. Without them we cannot decide the claim, "
           "and we have closed it.", 9.2)
    p.para("This is not a finding that the stay is not covered. Please turn this page over for what you can do.", 9.2)
    p.add_page()
    p.bar("What you can do", 9.0)
    p.bullets([
        f"Ask Dr. {attend}'s office to fill in part B, or send us the hospital's discharge summary yourself. If it "
        "reaches us by the end of the month after the month of this letter, we will reopen the claim without an "
        "appeal.",
        "Write the claim number on every page you send, and send it to the Claim Service Center at the address "
        "above or by fax.",
        f"If you think we should have paid the claim without part B, you may appeal. Your appeal must reach the "
        f"Appeals Unit, {INS}, {BOX}, {CITY}, no later than {long(last)}.",
    ], size=9.0)
    p.para("A copy of this letter has been sent to the attending physician.", 9.0)
    sign(p, ["Beatrix N. Cullimore", "Claim Examiner, Hospital Indemnity", "Claim Service Center"], size=9.0)
    a_pdf = out(p)
    a_t = truth("denial_letter", "other", insurer=INS, plan_id="VHI-300", group=g, member_id=c, member_name=emp,
                cases=[c1], claim_amount=m2(chg1), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(l1),
                provider=ORL, appeal_deadline=iso(last),
                alternates={"insurer": INS_ALT, "provider": [attend, f"Dr. {attend}"],
                            "service_dates": [[iso(adm)], [iso(dis)], [iso(adm), iso(dis)]]})
    # (ii) accident benefits paid (denies nothing)
    q = EVSheet(footer="Page {n} of {nb}", footer_left=foot("VB-PAY-1"), tx=tx, tx_off=3, tx_total=4)
    q.set_margins(19, 15, 19)
    q.add_page()
    head(q, rng, box="BENEFIT PAYMENT NOTICE")
    q.return_line(RETURN)
    addr_block(q, [emp, "2716 Quillet Bend", "Ashcombe Junction, NE 68466"], 9.2)
    q.stair([("Notice date", slash(l2)), ("Claim number", c2), ("Certificate / suffix", f"{c} / 02"),
             ("Plan", "VAC-2N"), ("Group", g), ("Patient", wife)], indent=6, ncol=3, size=9.0, cap=7.0)
    q.para(f"Dear {first_last(emp)}:", 9.4)
    q.para(f"We have paid the accident claim for your wife, {first_last(wife)}, who was treated in the emergency room "
           f"of {ORL} on {long(fall)} after a fall on the steps of your home. Dr. {er_doc} treated her. The hospital "
           f"billed {usd(chg2)}. Your plan pays these fixed benefits:", 9.2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Benefit", "Date", "Amount paid"],
                 [["Emergency room treatment", slash(fall), "200.00"], ["X-ray", slash(fall), "75.00"],
                  ["Total paid to you", "", "275.00"]],
                 [W * 0.55, W * 0.2, W * 0.25], ["L", "L", "R"], size=8.6, row_h=5.2, bold_rows=(2,))
    q.para(f"The check (no. {digits(rng, 7)}) is mailed separately. Follow-up visits for the same injury are payable "
           "too, up to six visits; send the bill with the claim number above.", 9.0)
    sign(q, ["Aurelio D. Fenwright", "Claim Examiner, Accident", "Claim Service Center"], size=9.0)
    b_pdf = out(q)
    b_t = truth("other", None, insurer=INS, plan_id="VAC-2N", group=g, member_id=c, member_name=wife, cases=[c2],
                claim_amount=m2(chg2), service_dates=[iso(fall)], denial_date=iso(l2), provider=ORL,
                appeal_deadline=None,
                alternates={"insurer": INS_ALT, "provider": [er_doc, f"Dr. {er_doc}"], "case_numbers": [[]],
                            "claim_amount": [None], "service_dates": [[]], "member_id": [f"{c}02", f"{c}/02"]})
    return cover, [(a_pdf, a_t), (b_pdf, b_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_appeal(rng):
    ins = "Perrin J. Holtby"
    c = cert(rng)
    g = "VG-31259"
    er_doc = "Tamsin E. Wolstenholme"
    acc = dt.date(2026, 4, 25)
    first = dt.date(2026, 5, 14)
    recd = dt.date(2026, 6, 19)
    dd = dt.date(2026, 7, 8)
    clm = claim_no(rng)
    ar = f"AR-26-{digits(rng, 4)}"
    chg = 4382.60
    tx = f"{fax_date(plus(dd, 2))} 14:22  VANTRIDGE APPEALS  402 555 {digits(rng, 4)}  P.{{n}}/{{t}}"
    p = EVSheet(footer="Page {n} of {nb}", footer_left=foot("VA-DEC-3"), tx=tx, tx_total=2)
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p, rng, box="APPEAL DECISION", top="APPEALS UNIT",
         lines=("Supplemental benefits", "Group accident  \u00b7  Hospital indemnity"), unit="Appeals Unit")
    p.return_line(f"{INS}  \u00b7  Appeals Unit  \u00b7  {BOX}  \u00b7  {CITY}")
    addr_block(p, [ins, "55 Hopyard Lane", "Sallowfield, NE 68503"], 9.2)
    p.boxes([[("Date of this decision", long(dd), 0.3), ("Date we received your appeal", long(recd), 0.36),
              ("Date of our first decision", long(first), 0.34)]], size=9.0, cap=6.2)
    p.leader_right([("Appeal no.", ar), ("Claim no.", clm), ("Certificate", c), ("Plan", "VAC-2N (off the job)"),
                    ("Group", f"{g}  {GROUPS[g]}"), ("Treated at", f"{PELL}, emergency department"),
                    ("Date of injury and treatment", slash(acc)), ("Charges on the claim", usd(chg))],
                   cap_w=48, size=8.8, cap=7.8)
    p.para(f"Dear {first_last(ins)}:", 9.4)
    p.para(f"You asked us to look again at our refusal to pay accident benefits for the broken left wrist you were "
           f"treated for on {long(acc)}. A reviewer who took no part in the first decision read your appeal letter, "
           f"the claim form, Dr. {er_doc}'s emergency room record and the statement from the barn's owner.", 9.2)
    p.para("What happened: you fell from a ladder while putting a new roof on a barn. You run a roofing and gutter "
           "business on weekends, and the owner of the barn was paying you for the job. Your letter says the "
           "accident policy should pay because the fall did not happen at Thackwell Poultry Cooperative.", 9.2)
    p.para("What the policy says: your accident coverage is off-the-job coverage. It does not pay benefits for an "
           "injury that happens while the insured is doing any work for pay or profit, and that includes work for "
           "his own business. It does not matter that the work was not for the employer through which you have this "
           "coverage.", 9.2)
    p.add_page()
    p.para("Our decision: the refusal is upheld. The emergency room, X-ray and fracture benefits you claimed "
           "($1,475.00 under your plan's schedule) are not payable.", 9.2)
    p.para("This decision ends our appeal process. If you still disagree, you may ask your state's Department of "
           "Insurance to look into it, or talk to a lawyer about your rights. You may ask us, free of charge, for "
           "copies of every paper we used to decide your appeal.", 9.2)
    sign(p, ["Thorvald E. Linscott", "Appeals Reviewer", "Appeals Unit"], size=9.0)
    t = truth("denial_letter", "other", insurer=INS, plan_id="VAC-2N", group=g, member_id=c, member_name=ins,
              cases=[ar, clm], claim_amount=m2(chg), service_dates=[iso(acc)], denial_date=iso(dd), provider=PELL,
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "provider": [er_doc, f"Dr. {er_doc}"],
                          "case_numbers": [[ar], [clm]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_es(rng):
    ins = "Eulalia M. Arrechea"
    c = cert(rng)
    g = "VG-30744"
    surgeon = "Florentino J. Azcárate"
    adm, dis = dt.date(2026, 4, 14), dt.date(2026, 4, 16)
    eff = dt.date(2026, 3, 1)
    prior = [dt.date(2026, 1, 20), dt.date(2026, 2, 11)]
    ld = dt.date(2026, 5, 21)
    clm = claim_no(rng)
    chg = 21470.90
    p = EVSheet(footer="Página {n} de {nb}", footer_left=foot("VB-PEC-ES"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, box="RECLAMACIÓN NO PAGADA", top="BENEFICIOS SUPLEMENTARIOS",
         lines=("Centro de Servicio de Reclamaciones", "Indemnización hospitalaria  \u00b7  Accidentes"))
    p.return_line(RETURN)
    addr_block(p, [ins, "309 Calle Molino Viejo", "Sallowfield, NE 68504"], 9.4)
    p.f(9.4)
    p.cell(0, 5, f"Fecha de esta carta: {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Reclamación", clm, 0.25), ("Certificado", spaced_id(c, (4, 4)), 0.22), ("Plan", "VHI-150", 0.16),
              ("Grupo", g, 0.17), ("Vigencia", slash(eff), 0.2)],
             [("Hospital", ORL, 0.44), ("Ingreso", slash(adm), 0.18), ("Alta", slash(dis), 0.18),
              ("Cargos", usd(chg), 0.2)]], size=8.8, cap=6.0)
    p.para(f"Estimada señora {ins.split()[-1]}:", 9.4)
    p.para(f"Recibimos su reclamación de beneficios por su hospitalización en {ORL} del 14 al 16 de abril de 2026, "
           f"cuando el Dr. {surgeon} le extirpó la vesícula biliar. No podemos pagar los beneficios de ingreso ni de "
           "internación diaria por esta hospitalización.", 9.2)
    p.para(f"El motivo: su cobertura empezó el {es_date(eff)}. Según los registros de su médica de cabecera, usted "
           f"recibió tratamiento por cálculos en la vesícula el {es_date(prior[0])} y el {es_date(prior[1])}, es "
           "decir, en los seis meses antes de esa fecha. Su plan no paga una enfermedad tratada en esos seis meses "
           "mientras no se cumplan los primeros 12 meses de cobertura (limitación por afección previa).", 9.2)
    p.para("Cuando usted cumpla 12 meses de cobertura, esta limitación ya no se aplicará a la misma afección.", 9.2)
    p.bar("Si no está de acuerdo", 9.0)
    p.para(f"Puede apelar por escrito dentro de 60 días a partir de la fecha de esta carta. Envíe su apelación a la "
           f"Unidad de Apelaciones, {INS}, {BOX}, {CITY}, con el número de reclamación y cualquier documento médico "
           "que muestre que la afección no se trató antes de su fecha de vigencia.", 9.0)
    sign(p, ["Maudie S. Pargeter", "Examinadora de reclamaciones", "Centro de Servicio de Reclamaciones"],
         close="Atentamente,", size=9.0)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id="VHI-150", group=g, member_id=c, member_name=ins,
              cases=[clm], claim_amount=m2(chg), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
              provider=ORL, appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [surgeon, f"Dr. {surgeon}"],
                          "service_dates": [[iso(adm)], [iso(dis)], [iso(adm), iso(dis)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_code(rng):
    ins = "Sunniva L. Trelawny"
    c = cert(rng)
    g = "VG-31106"
    doc = "Anselm K. Brightwater"
    visit = dt.date(2026, 5, 9)
    ld = dt.date(2026, 6, 9)
    clm = claim_no(rng)
    chg = 2866.00
    p = EVSheet(footer="Page {n} of {nb}", footer_left=foot("VB-COD-1"))
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, box="BENEFIT NOT PAID")
    p.return_line(RETURN)
    addr_block(p, [ins, "1180 Mallowmead Court", "Ashcombe Junction, NE 68467"], 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(long(ld), "date of this notice", W * 0.3), (clm, "claim", W * 0.28), (g, "group", W * 0.2),
            ("VAC-2N", "plan", W * 0.22)], size=9.4)
    p.para(f"Dear {first_last(ins)}:", 9.6)
    p.para(f"Thank you for your accident claim. Your certificate number, {c}, is printed on the claim form, and we "
           f"have matched the claim to the group coverage of your employer, {GROUPS[g]}", 9.4)
    p.para(f"You were thrown from a horse on Saturday, May 9, 2026 and were seen that day in the emergency room at "
           f"{PELL} by Dr. {doc}. The hospital billed {usd(chg)}. We paid the emergency room benefit ($200.00) and "
           "the X-ray benefit ($75.00).", 9.4)
    p.para("We have not paid the fracture benefit. Its amount depends on which bone was broken and how it was "
           "treated. The diagnosis code on the Attending Physician Statement is S62.10, which is not a complete "
           "code: a fracture code needs all seven characters, and this one does not say which bone of the wrist "
           "was broken or whether this was the first visit for it. We cannot match an incomplete code to the "
           "fracture schedule, so that part of the claim cannot be paid as it was sent.", 9.4)
    p.para("What to do: ask the doctor's office to send a corrected statement with the complete code. We will keep "
           "the claim open for a corrected statement that reaches us no later than August 31, 2026.", 9.4)
    p.bar("Your right to appeal", 9.0)
    p.para(f"If you disagree with this decision, you may appeal within 65 days of the date you receive this notice. "
           f"Write to the Appeals Unit, {INS}, {BOX}, {CITY}.", 9.2)
    sign(p, ["Aurelio D. Fenwright", "Claim Examiner, Accident", "Claim Service Center"], size=9.2)
    t = truth("denial_letter", "coding_error", insurer=INS, plan_id="VAC-2N", group=g, member_id=c, member_name=ins,
              cases=[clm], claim_amount=m2(chg), service_dates=[iso(visit)], denial_date=iso(ld), provider=PELL,
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "provider": [doc, f"Dr. {doc}"]},
              denial_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_late(rng):
    ins, son = "Hamish O. Verity", "Callum B. Verity"
    c = cert(rng)
    g = "VG-30518"
    doc = "Oriel S. Kantorowicz"
    adm, dis = dt.date(2026, 1, 5), dt.date(2026, 1, 8)
    recd = dt.date(2026, 6, 22)
    nd = dt.date(2026, 6, 30)
    last = dt.date(2026, 12, 28)
    clm = claim_no(rng)
    chg = 9304.45
    p = EVSheet(footer="Page {n} of {nb}", footer_left=foot("VB-LATE-2"))
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, box="CLAIM NOT PAYABLE")
    p.return_line(RETURN)
    addr_block(p, [ins, "64 Wickerby Street", "Ashcombe Junction, NE 68468"], 9.4)
    p.stair([("Notice date", long(nd)), ("Claim received", long(recd)), ("Claim", clm),
             ("Certificate", f"{spaced_id(c, (4, 4))}  dependant 03"), ("Plan / group", f"VHI-300 / {g}"),
             ("Patient", son)], indent=8, ncol=2, size=9.2, cap=7.2)
    p.para(f"Dear {first_last(ins)}:", 9.6)
    p.para(f"On {long(recd)} we received your claim for hospital indemnity benefits for your son, {first_last(son)}. "
           f"He was a patient at {ORL} from January 5, 2026 to January 8, 2026, where Dr. {doc} treated him for "
           f"RSV bronchiolitis. The hospital bill you sent shows charges of {usd(chg)}.", 9.4)
    p.para("Your certificate asks for written proof of loss within 90 days after the covered stay. We can accept it "
           "later only if it was not reasonably possible to send it sooner, and never more than one year later. "
           "Your claim reached us 165 days after your son went home, and the claim form gives no reason why it "
           "could not be sent sooner. For that reason we are not able to pay the admission and daily benefits "
           "($2,400.00 under your plan).", 9.4)
    p.para("If something kept you from sending the claim in time (for example, a serious illness of your own), tell "
           "us what it was and when it ended. We will look at the claim again.", 9.4)
    p.bar("Appeal", 9.0)
    p.para(f"You may appeal this decision. Send your appeal to the Appeals Unit, {INS}, {BOX}, {CITY}, no later "
           f"than {long(last)}.", 9.2)
    sign(p, ["Beatrix N. Cullimore", "Claim Examiner, Hospital Indemnity", "Claim Service Center"], size=9.2)
    t = truth("denial_letter", "timely_filing", insurer=INS, plan_id="VHI-300", group=g, member_id=c, member_name=son,
              cases=[clm], claim_amount=m2(chg), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
              provider=ORL, appeal_deadline=iso(last),
              alternates={"insurer": INS_ALT, "provider": [doc, f"Dr. {doc}"],
                          "member_id": [f"{c}03", f"{c}-03"],
                          "service_dates": [[iso(adm)], [iso(dis)], [iso(adm), iso(dis)]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    f = FAMILY
    stmt = bd_statement(rng)
    advice = bd_advice(rng)
    cover, stack_docs = faxstd_stack(rng)
    appeal = faxstd_appeal(rng)
    es = photo_es(rng)
    code = lowres_code(rng)
    late = rotated_late(rng)
    return [
        Item(f"{f}_bd_statement_four_claims_short_stay_h20", "born_digital", [stmt]),
        Item(f"{f}_bd_provider_advice_lapsed_certificate_e4", "born_digital", [advice]),
        Item(f"{f}_faxstd_stack_route_slip_no_aps_and_accident_paid", "fax_standard_g4",
             stack_docs, separators=[cover, None], turns={(0, 1): 180}),
        Item(f"{f}_faxstd_appeal_roofing_side_job", "fax_standard_g4", [appeal]),
        Item(f"{f}_photo_es_afeccion_previa_vesicula", "phone_photo", [es]),
        Item(f"{f}_lowres_fracture_code_id_in_sentence", "scan_lowres_150", [code]),
        Item(f"{f}_rotated_late_claim_rsv_stay", "rotated", [late]),
    ]
