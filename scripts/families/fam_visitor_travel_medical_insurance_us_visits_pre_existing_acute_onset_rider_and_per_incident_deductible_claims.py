"""An invented travel medical insurance for people visiting the United States: Ostrander Casualty & Life Insurance
Company's Welcome Visitor Plus certificates, bought for a parent or relative who comes to stay with family in the US.
Each certificate runs between printed dates, has a policy maximum and a deductible per incident (every new illness or
injury starts a new deductible), excludes conditions that existed before the certificate began (a look-back of 180
days), and may carry an acute onset of pre-existing condition rider that pays a sudden, unexpected flare-up up to a
sublimit when the condition was stable before the trip. The company, its certificates, riders, sublimits, codes (R1,
D1, PX, AX), the 90-day claim limit, every appeal period, every hospital, clinic, pharmacy, physician group, person,
number and address are invented; the countries, currencies, CPT and ICD-10 codes appear as themselves; US phones use
555. No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_provider_eob_wrist_paid_cardiac_workup_pre_existing: a two-page provider copy on a standard fax to a
  hospital: an ER visit after a fall where the wrist lines are paid after the per-incident deductible, and the
  ECG / troponin / echo lines are refused, told only by "PX" with the legend on page 2; every paid line also has a
  "not covered" network discount (R1); "within 180 days of the date of this statement".
- born_digital_member_claim_summary_urgent_care_ankle_paid: the visitor's claim summary for an urgent care visit
  (denies nothing): deductible per incident, network savings, "Thursday, April 2, 2026", an earlier closed incident
  as a decoy; claim and incident numbers.
- clean_stack_hospital_claim_form_blank_then_pre_existing_letter_sideways: the company's hospital claim form filled
  in by the visitor and the hospital (numbered boxes, yes/no questions, a patient account number and the passport as
  decoys; a form: denies nothing), a blank separator, then a two-page letter refusing the stay "03/29/26 - 04/02/26"
  across a month boundary because the blood pressure condition was not stable before the trip, so the rider does not
  apply (not_covered), its second page fed sideways; "within 60 days after you receive" (no deadline).
- photocopy_three_page_acute_onset_rider_sublimit_reached: a photocopied three-page letter: the heart failure stay
  "Sunday, May 3" to "Saturday, May 9, 2026" is paid under the rider up to its $25,000 sublimit and the rest refused
  (not_covered); the billed amount in words and figures; a "Re:" line with bullets; the rights on page 3 counted
  from the date on page 1.
- phone_es_reclamo_fuera_de_plazo_noventa_dias: a photographed Spanish letter: an ER bill of "US$ 2,846.30" sent
  more than 90 days after the visit (timely_filing); a card slip in Colombian pesos pasted in; the cédula and the
  passport as decoys; "a más tardar el 14 de septiembre de 2026".
- rotated_visits_after_certificate_expired: a letter fed sideways: two clinic visits "the 3rd of June 2026" and
  "the 10th of June 2026" after the certificate ended on May 31 (eligibility); a pharmacy till receipt pasted; a
  sample certificate number in the boilerplate; "within 90 days from the date of this letter".
- finefax_cover_then_records_not_received_home_doctor: a fine fax whose page 1 is the company's own transmittal cover
  (page count, a fax confirmation number), page 2 the letter closing an orthopaedic claim because the home doctor's
  records for the look-back were not sent (other), page 3 a pasted Polish clinic receipt in złoty from 2025 (decoy);
  "You have 180 days from the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famib import (EESheet, d_ord, dmon, es_date, es_wday, foreign, host_address, last_first, n2, npi,
                               people, phone, us_es, usd, with_odd, wlong, words, wyy, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "visitor_travel_medical_insurance_us_visits_pre_existing_acute_onset_rider_and_per_incident_deductible_claims"
LANG = "en"
SEED = 355041
INS = "Ostrander Casualty & Life Insurance Company"
ALT = ["Ostrander", "Ostrander Casualty & Life", "Ostrander Casualty and Life Insurance Company",
       "Ostrander Casualty & Life Insurance Co."]
PLAN = "Welcome Visitor Plus"
PEMBERTON = "Pemberton Valley Medical Center"
CINDER = "Cinder Creek Urgent Care"
LARKMEAD = "Larkmead Community Hospital"
SAINTHILL = "Hollis Ridge Regional Hospital"
QUILL = "Quillfeather Family Medicine"
HARROW = "Harrowgate Orthopaedic Associates"
DRUG = "Fenwick Square Pharmacy"


def cert(rng, odd: str | None = None) -> str:
    """A certificate number: WV and eight digits, optionally with a letter that reads like a digit."""
    body = digits(rng, 8)
    return "WV" + (with_odd(body, rng, odd) if odd else body)


def c_space(c: str) -> str:
    return f"WV {c[2:6]} {c[6:]}"


def c_dash(c: str) -> str:
    return f"WV-{c[2:6]}-{c[6:]}"


def claim_no(rng, d: dt.date) -> str:
    return f"{d.strftime('%y%m')}{digits(rng, 6)}"


def incident(rng) -> str:
    return f"INC-26-{digits(rng, 5)}"


def passport(rng, c: str = "K") -> str:
    return f"{c}{digits(rng, 7)}"


def _head(p, rng, unit: str, box: str | None = None, es: bool = False):
    lines = ([f"{PLAN}  |  {unit}",
              f"PO Box {rng.randint(5200, 5899)}, Hartford, CT 06102  |  Reclamos 1-866-555-{digits(rng, 4)}  |  "
              "24 horas: +1 860-555-" + digits(rng, 4)] if es else
             [f"{PLAN} - medical insurance for visitors to the USA  |  {unit}",
              f"PO Box {rng.randint(5200, 5899)}, Hartford, CT 06102  |  Claims 1-866-555-{digits(rng, 4)}  |  "
              f"24-hour line +1 860-555-{digits(rng, 4)}"])
    p.head(INS, "OCL", lines, box=box, size=12.5)


def faxstd_provider_eob(rng):
    member, = people(rng, 1, "visitor")
    c = cert(rng, "O")
    clm = claim_no(rng, dt.date(2026, 3, 14))
    inc = incident(rng)
    svc = dt.date(2026, 3, 14)
    stmt = dt.date(2026, 4, 9)
    eff, exp = dt.date(2026, 2, 20), dt.date(2026, 8, 19)
    W = 215.9 - 28
    p = EESheet(footer="Page {n} of {nb}", footer_left="OCL-WV-EOB-P (07/25)",
                fax_hdr=(f"APR-09-2026 15:{rng.randint(10, 59)}  OSTRANDER VISITOR CLAIMS  860 555 "
                         f"{digits(rng, 4)}  >>  PVMC PFS  p{{n}}"),
                strip=f"{last_first(member)}  |  Claim {clm}  |  page {{n}}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Visitor Medical Claims")
    p.title_bar("EXPLANATION OF BENEFITS  -  PROVIDER COPY", "This is not a bill to the patient.")
    p.capcells([("Stmt date", fdate(stmt, "slash"), 44, "L"), ("Payee", PEMBERTON, 86, "L"),
                ("Payee NPI", npi(rng), W - 130, "L")], size=9.0)
    p.capcells([("Patient", last_first(member), 72, "L"), ("Cert no.", c_space(c), 56, "L"),
                ("Passport", passport(rng, "Z"), W - 128, "L")], size=9.0)
    p.capcells([("Claim", clm, 50, "L"), ("Incident", inc, 50, "L"),
                ("Cert period", f"{yy(eff)} - {yy(exp)}", W - 100, "L")], size=9.0)
    lines = [("99284", "Emergency dept visit, high severity", 1840.00, 1196.00, "R1 D1"),
             ("73110", "X-ray wrist, 3 views", 318.00, 206.70, "R1"),
             ("29125", "Short arm splint, static", 242.00, 157.30, "R1"),
             ("93005", "Electrocardiogram, tracing", 164.00, 0.0, "PX"),
             ("84484", "Troponin, quantitative (x2)", 388.40, 0.0, "PX"),
             ("93308", "Echocardiogram, limited", 1126.00, 0.0, "PX")]
    ded = 250.00
    rows, flags, tot = [], [], [0.0] * 5
    for i, (cpt, desc, billed, allowed, code) in enumerate(lines):
        d = ded if i == 0 else 0.0
        paid = round(allowed - d, 2)
        nc = round(billed - allowed, 2)
        vals = [billed, allowed, d, paid, nc]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([str(i + 1), yy(svc), cpt, desc] + [n2(v) for v in vals] + [code])
        flags.append(None)
    p.flagged(["Ln", "Svc dt", "CPT", "Description", "Billed", "Network allowed", "Deduct.", "Paid", "Not covered",
               "Code"], rows, [8, 16, 13, 52, 17, 18, 15, 17, 18, W - 174], flags,
              aligns=["L"] * 4 + ["R"] * 5 + ["C"], size=7.6,
              totals=["", "", "", "CLAIM TOTALS"] + [n2(v) for v in tot] + [""])
    px = round(sum(x[2] for x in lines if x[4] == "PX"), 2)
    p.leaders([("Paid to payee by EFT", n2(tot[3])), ("Patient responsibility (deductible and PX lines)",
                                                       n2(ded + px))], size=8.8, w=120)
    p.para("Codes on each line are explained on page 2. The patient may be billed the patient responsibility only, "
           "never an R1 amount.", 8.6)
    p.add_page()
    p.legend_box("LINE CODES", [
        ("R1", "The amount above the network rate agreed with the payee is not covered and may not be billed to the "
               "patient."),
        ("D1", "Applied to the deductible for this incident. Each new illness or injury has its own deductible."),
        ("PX", "Not payable: the records show this condition (here, the heart rhythm disorder treated before the "
               "certificate's effective date) existed before coverage began. This certificate was bought without the "
               "acute onset rider."),
        ("AX", "Paid under the acute onset rider, up to its sublimit."),
    ], size=8.0, code_w=10)
    p.para("To ask for a review of any line, write to Visitor Medical Claims at the address on page 1 within 180 days "
           "of the date of this statement. Include the claim number and any records that support the request.", 9)
    p.para(f"Patient's certificate: {PLAN}, policy maximum $100,000, deductible $250 per incident, effective "
           f"{fdate(eff, 'long')} through {fdate(exp, 'long')}.", 8.6)
    total = round(sum(x[2] for x in lines), 2)
    tr = truth("eob", "not_covered", insurer=INS, member_id=c, member_name=member, cases=[clm, inc],
               claim_amount=m2(total), service_dates=[svc.isoformat()], denial_date=stmt.isoformat(),
               provider=PEMBERTON, appeal_deadline=plus(stmt, 180).isoformat(),
               alternates={"insurer": ALT, "case_numbers": [[clm]],
                           "claim_amount": [m2(sum(x[2] for x in lines if x[4] == "PX"))]},
               type_alternates=["denial_letter"])
    return out(p), tr


def bd_member_summary(rng):
    member, host = people(rng, 2, "visitor")
    c = cert(rng)
    svc = dt.date(2026, 4, 2)
    stmt = dt.date(2026, 4, 23)
    clm = claim_no(rng, svc)
    inc = incident(rng)
    old_inc = incident(rng)
    p = EESheet(footer="Page {n} of {nb}", footer_left="OCL-WV-CS (07/25)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claim summary for the insured", box="CLAIM SUMMARY")
    y0 = p.get_y()
    W = p.w - p.l_margin - p.r_margin
    bottom = p.sidebar([("Summary date", fdate(stmt, "long")), ("Certificate", c_dash(c)), ("Claim", clm),
                        ("Incident", inc)], p.l_margin + W - 64, y0, 64, size=8.8)
    p.set_xy(p.l_margin, y0 + 2)
    for ln in [member, f"c/o {host}", *host_address(rng)]:
        p.line(ln, 10)
    p.set_y(max(p.get_y(), bottom) + 4)
    p.para(f"Dear {member}:", 10)
    p.para(f"Here is how we paid the bill from {CINDER} for your visit on {wlong(svc)}, when you hurt your right "
           "ankle on the stairs. We paid the clinic directly.", 10)
    lines = [("99214", "Office visit", 265.00, 198.00), ("73610", "X-ray ankle, 3 views", 210.00, 142.50),
             ("L4361", "Walking boot", 189.00, 120.00)]
    ded = 100.00
    rows, tot = [], [0.0] * 5
    for i, (cpt, desc, b, a) in enumerate(lines):
        d = ded if i == 0 else 0.0
        vals = [b, round(b - a, 2), d, round(a - d, 2), d]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([cpt, desc] + [n2(v) for v in vals])
    p.ledger(["Code", "Service", "Clinic charged", "Network savings", "Your deductible", "We paid", "You owe"], rows,
             [16, 44, 22, 24, 24, 20, W - 150], aligns=["L", "L"] + ["R"] * 5, size=8.8,
             totals=["", "Totals"] + [n2(v) for v in tot])
    p.rpairs([(usd(ded), "your deductible for this incident (ankle injury of 04/02/26)"),
              (usd(tot[3]), f"paid to {CINDER}"),
              (usd(tot[4]), "what you owe the clinic; the network savings are not your cost")], val_w=36, size=9.4)
    p.para(f"Your earlier incident, {old_inc} (a chest cold seen on 02/11/26), is closed; its deductible does not "
           "count toward this one. If the ankle needs more care, those visits belong to this incident and no new "
           "deductible applies to them.", 9.6)
    p.para("Questions about this summary? Call Claims at the number above. If you disagree with how we paid, you may "
           "ask for a review within 180 days after you receive this summary.", 9.6)
    tr = truth("eob", None, insurer=INS, member_id=c_dash(c), member_name=member, cases=[clm, inc],
               claim_amount=m2(tot[0]), service_dates=[svc.isoformat()], denial_date=stmt.isoformat(),
               provider=CINDER,
               alternates={"insurer": ALT, "member_id": [c], "case_numbers": [[clm]]},
               type_alternates=["other"])
    return out(p), tr


def clean_stack(rng):
    member, host, dr, rn = people(rng, 4, "visitor")
    c = cert(rng, "B")
    adm, dis = dt.date(2026, 3, 29), dt.date(2026, 4, 2)
    eff = dt.date(2026, 3, 10)
    acct = f"H{digits(rng, 9)}"
    signed_pt = dt.date(2026, 4, 8)
    signed_h = dt.date(2026, 4, 10)
    charges = 38412.55
    deposit = 1500.00
    ppt = passport(rng, "N")
    haddr = host_address(rng)
    # document A: the company's hospital claim form, filled in
    a = EESheet(footer="Page {n} of {nb}", footer_left="OCL-WV-HCF (07/25)  Hospital Claim Form")
    a.set_margins(14, 12, 14)
    a.add_page()
    _head(a, rng, "Hospital Claim Form")
    a.title_bar("HOSPITAL CLAIM FORM", f"{PLAN}. Send with the itemized bill. Use one form for each hospital stay.")
    a.section("1", "Patient's statement (completed by the visitor or family)")
    a.numbered([[("1", "Certificate no.", c_space(c), 0.3), ("2", "Patient name", member, 0.42),
                 ("3", "Date of birth", fdate(dt.date(1953, 7, 21), "slash"), 0.28)],
                [("4", "Passport no.", ppt, 0.3),
                 ("5", "Address in the USA", f"c/o {host}, {haddr[0]}, {haddr[1]}", 0.7)],
                [("6", "Date arrived in USA", fdate(dt.date(2026, 3, 11), "slash"), 0.3),
                 ("7", "Phone in USA", phone(rng, "732"), 0.3), ("8", "Email", "—", 0.4)]], size=8.6)
    a.yesno([("9. Was this stay caused by an accident?", False, ""),
             ("10. Before the certificate's effective date, did the patient have symptoms of, or treatment for, "
              "this condition?", True, "High blood pressure since 2019, amlodipine 5 mg; dose raised to 10 mg in "
                                       "January 2026"),
             ("11. Does the patient have any other medical insurance?", False, "")], size=8.2)
    a.f(8.4)
    a.cell(0, 5, f"Signature of patient or family member: {host} (son-in-law)      Date: {yy(signed_pt)}",
           new_x="LMARGIN", new_y="NEXT")
    a.ln(2)
    a.section("2", "Hospital section (completed by the hospital)")
    a.numbered([[("12", "Hospital", SAINTHILL, 0.46), ("13", "Hospital NPI", npi(rng), 0.27),
                 ("14", "Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}", 0.27)],
                [("15", "Admitted", fdate(adm, "slash"), 0.25), ("16", "Discharged", fdate(dis, "slash"), 0.25),
                 ("17", "Patient account no.", acct, 0.25), ("18", "Type of stay", "Inpatient", 0.25)],
                [("19", "Diagnoses (ICD-10)", "I16.1 hypertensive emergency; I10; E78.5", 0.5),
                 ("20", "Attending physician", f"{dr}, MD", 0.5)],
                [("21", "Total charges", usd(charges), 0.34), ("22", "Paid by patient (deposit)", usd(deposit), 0.33),
                 ("23", "Balance billed", usd(charges - deposit), 0.33)]], size=8.6)
    a.f(8.4)
    a.multi_cell(0, 4.4, f"I certify the above is correct. {rn}, Patient Financial Services, {SAINTHILL}.   "
                         f"Date: {yy(signed_h)}", new_x="LMARGIN", new_y="NEXT")
    a.ln(2)
    a.para("Mail or fax this form with the itemized bill and the discharge summary to Visitor Medical Claims. Any "
           "person who knowingly files a false claim may be guilty of a crime.", 7.6)
    d_a = (out(a), truth("other", None, insurer=INS, member_id=c, member_name=member, claim_amount=m2(charges),
                         service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], provider=SAINTHILL,
                         alternates={"insurer": ALT, "provider": [f"{dr}, MD", dr],
                                     "denial_date": [signed_h.isoformat(), signed_pt.isoformat()],
                                     "claim_amount": [m2(charges - deposit)]},
                         type_alternates=["denial_letter"]))
    # document B: the decision, two pages
    ltr = dt.date(2026, 5, 19)
    clm = claim_no(rng, adm)
    inc = incident(rng)
    b = EESheet(footer="Page {n} of {nb}", footer_left="OCL-WV-L22 (07/25)")
    b.set_margins(19, 14, 19)
    b.add_page()
    _head(b, rng, "Visitor Medical Claims")
    b.line(fdate(ltr, "long"), 10)
    b.ln(2)
    for ln in [member, f"c/o {host}", *haddr]:
        b.line(ln, 10)
    b.ln(2)
    b.hung([(c_space(c), "Certificate", 44), (clm, "Claim", 36), (inc, "Incident", 38),
            (f"{yy(adm)} - {yy(dis)}", "Hospital stay", b.w - b.l_margin - b.r_margin - 118)], size=9.6)
    b.para(f"Dear {member}:", 10)
    b.para(f"We have your claim for the stay at {SAINTHILL} from {fdate(adm, 'long')} to {fdate(dis, 'long')}, "
           f"with total charges of {usd(charges)}. Dr. {dr} treated a sudden rise in blood pressure.", 10)
    b.para(f"We are not able to pay this claim. Your certificate began on {fdate(eff, 'long')}, and the claim form "
           "and hospital records show that high blood pressure was treated for several years before then, so it is "
           "a condition that existed before your coverage. Your certificate includes the acute onset rider, which "
           "can pay for a sudden flare-up of such a condition, but only when the condition was stable in the 90 "
           "days before the certificate began, with no change in medicine. Your medicine was doubled in January "
           "2026, within those 90 days.", 10)
    b.para(f"The deposit of {usd(deposit)} you paid the hospital is between you and the hospital.", 10)
    b.add_page()
    b.bar("If you disagree")
    b.para("You, or someone you name in writing, may ask us to review this decision. Write to us within 60 days "
           "after you receive this letter and send any records that show the condition was stable, such as your "
           "doctor's notes from home for the six months before your trip.", 10)
    b.para("We will answer within 30 days after we receive your request.", 10)
    b.para("Sincerely,\nVisitor Medical Claims\n" + INS, 10)
    d_b = (out(b), truth("denial_letter", "not_covered", insurer=INS, member_id=c, member_name=member,
                         cases=[clm, inc], claim_amount=m2(charges),
                         service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=ltr.isoformat(),
                         provider=SAINTHILL,
                         alternates={"insurer": ALT, "case_numbers": [[clm]], "provider": [f"Dr. {dr}"]}))
    return [d_a, d_b]


def photocopy_rider(rng):
    member, host, dr = people(rng, 3, "visitor")
    c = cert(rng, "S")
    ltr = dt.date(2026, 6, 12)
    adm, dis = dt.date(2026, 5, 3), dt.date(2026, 5, 9)
    clm = claim_no(rng, adm)
    incident(rng)  # drawn to keep the later documents' numbers; this letter prints no incident number
    sub = 25000.00
    lines = [("Room and board, telemetry, 6 days", 21540.00), ("Pharmacy (IV diuretics and other drugs)", 6312.85),
             ("Laboratory", 4987.50), ("Echocardiogram and imaging", 8120.00),
             ("Emergency department (day of admission)", 5286.00), ("Physician services (hospitalist)", 4310.00),
             ("Cardiology consult", 1924.00), ("Respiratory therapy and supplies", 9000.00)]
    billed = round(sum(x[1] for x in lines), 2)
    allowed = round(billed * 0.71, 2)
    above = round(allowed - 250.00 - sub, 2)
    p = EESheet(footer="Page {n} of {nb}", footer_left="OCL-WV-L31 (07/25)",
                run_hdr=f"{member}  •  {c_space(c)}  •  page {{n}} of {{nb}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    _head(p, rng, "Visitor Medical Claims")
    p.line(fdate(ltr, "long"), 10)
    p.ln(2)
    for ln in [member, f"c/o {host}", *host_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([member, f"Certificate {c_space(c)}", f"Claim {clm}"], sep="  •  ", size=9.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"We have finished reviewing the bill from {LARKMEAD} for your stay from {wlong(adm)} to {wlong(dis)}, "
           f"when you were treated for fluid on the lungs from your heart condition. The hospital billed "
           f"{words(billed).lower()} ({usd(billed)}).", 10)
    p.para("Your heart failure was diagnosed before your certificate began, so it is a pre-existing condition. "
           "Because you bought the acute onset rider and the condition was stable before your trip, the rider pays "
           f"for this sudden flare-up, but only up to its sublimit of {usd(sub)} for your age band (70 to 79). We "
           f"have paid {usd(sub)} to the hospital. After your $250.00 deductible for this incident, the rest of the "
           f"network-allowed amount, {usd(above)}, is more than the rider can pay, and we cannot pay it.", 10)
    p.para(f"Page 2 shows the charges. Page 3 explains how to ask us to review this decision. Dr. {dr} and the "
           "hospital get a copy of the result.", 10)
    p.para("Sincerely,\nVisitor Medical Claims", 10)
    p.add_page()
    p.bar("The hospital's charges")
    W = p.w - p.l_margin - p.r_margin
    p.ledger(["Service", "Billed"], [[d, n2(v)] for d, v in lines], [W - 40, 40], aligns=["L", "R"], size=9,
             totals=["Total billed", n2(billed)])
    p.leaders([("Total billed", n2(billed)), ("Network discount (not your cost)", n2(billed - allowed)),
               ("Network allowed amount", n2(allowed)), ("Deductible (this incident)", "250.00"),
               ("Acute onset rider sublimit, paid (code AX)", n2(sub)),
               ("Above the sublimit, not covered", n2(above))], size=9.2)
    p.para("The hospital may bill you for the deductible and for the amount above the sublimit; it may not bill you "
           "for the network discount.", 9.4)
    p.add_page()
    p.bar("Asking for a review")
    p.para("If you think we decided wrongly, write to us. Your request must be sent no more than 180 days after the "
           "date shown on page 1. Tell us why you disagree and send any papers that help, for example the rider's "
           "schedule you received when you bought the certificate.", 10)
    p.para("We decide reviews within 30 days of getting them. Your certificate's other benefits are not affected by "
           "this decision.", 10)
    p.para(f"{INS}, Visitor Medical Claims, PO Box on page 1.", 9.4)
    tr = truth("denial_letter", "not_covered", insurer=INS, member_id=c, member_name=member, cases=[clm],
               claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
               denial_date=ltr.isoformat(), provider=LARKMEAD, appeal_deadline=plus(ltr, 180).isoformat(),
               alternates={"insurer": ALT, "provider": [f"Dr. {dr}"]}, denial_alternates=["other"])
    return out(p), tr


def phone_es_late(rng):
    member, host = people(rng, 2, "es")
    c = cert(rng, "G")
    svc = dt.date(2026, 1, 13)
    rcvd = dt.date(2026, 5, 20)
    ltr = dt.date(2026, 6, 2)
    last = dt.date(2026, 9, 14)
    clm = claim_no(rng, svc)
    amt = 2846.30
    cop = 1250000.00
    p = EESheet(footer="Página {n} de {nb}", footer_left="OCL-WV-L40-SP (07/25)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Reclamos médicos de visitantes", es=True)
    for ln in [member, f"a/c {host}", *host_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.hang([("Fecha", es_date(ltr)), ("Certificado", c_space(c)), ("Reclamo n.º", clm),
            ("Pasaporte", passport(rng, "A")), ("Cédula", f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}")],
           cap_w=30, size=9.6, cap=6.6)
    p.f(12, "B")
    p.multi_cell(0, 6, "Sobre la cuenta de la sala de emergencias", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Recibimos el {es_date(rcvd)} la cuenta de {LARKMEAD} por su visita a la sala de emergencias del "
           f"{es_wday(svc)}, por un total de {us_es(amt)}. Con la cuenta venía el comprobante del pago que usted hizo "
           "con su tarjeta colombiana:", 10)
    y = p.get_y()
    bottom = p.receipt(["BANCO DEL CAFETAL S.A.", "COMPROBANTE DE COMPRA", "---", f"FECHA  {svc.strftime('%d/%m/%Y')}",
                        f"COMERCIO  {LARKMEAD.upper()[:22]}", "PAIS  EE.UU.", "---",
                        f"**VALOR  {foreign(cop, 'COP')}", "TRM 4.166,67 = USD 300,00", "APROBADO  0" + digits(rng, 5)],
                       p.l_margin + 20, y, w=74)
    p.set_y(bottom + 2)
    p.para("Su certificado pide que los reclamos nos lleguen dentro de los 90 días siguientes a la fecha de la "
           "atención. Esta cuenta llegó 127 días después, y no nos dijeron por qué se demoró, así que no podemos "
           "pagarla.", 10)
    p.para("Si hubo una razón que le impidió enviarla a tiempo (por ejemplo, una hospitalización o que el hospital "
           "tardó en mandarle la cuenta), escríbanos y envíenos la prueba. Puede pedir esta revisión a más tardar el "
           f"{es_date(last)}.", 10)
    p.para("Atentamente,\nReclamos médicos de visitantes\n" + INS, 10)
    tr = truth("denial_letter", "timely_filing", insurer=INS, member_id=c, member_name=member, cases=[clm],
               claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=ltr.isoformat(),
               provider=LARKMEAD, appeal_deadline=last.isoformat(), lang="es",
               alternates={"insurer": ALT})
    return out(p), tr


def rotated_expired(rng):
    member, host, dr = people(rng, 3, "visitor")
    c = cert(rng, "Z")
    eff, exp = dt.date(2026, 3, 1), dt.date(2026, 5, 31)
    visits = [(dt.date(2026, 6, 3), "Office visit, new problem (cough, fever)", 240.00),
              (dt.date(2026, 6, 10), "Office visit, follow-up; chest X-ray", 395.00)]
    rx = (dt.date(2026, 6, 3), 38.47)
    total = round(sum(v[2] for v in visits), 2)
    ltr = dt.date(2026, 7, 1)
    clm = claim_no(rng, visits[0][0])
    p = EESheet(footer="Page {n} of {nb}", footer_left="OCL-WV-L12 (07/25)")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng, "Visitor Medical Claims")
    p.line(wlong(ltr), 10)
    p.ln(2)
    haddr = host_address(rng)
    for ln in [member, f"c/o {host}", *haddr]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([member, f"Cert. {c}", f"Claim {clm}"], sep="  •  ", size=9.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received the bills from {QUILL} for your visits with Dr. {dr} on {d_ord(visits[0][0])} and "
           f"{d_ord(visits[1][0])}, and a receipt from {DRUG} for medicine bought on the first of those days.", 10)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.ledger(["Date", "Service", "Billed"], [[fdate(d, "slash"), s, n2(v)] for d, s, v in visits],
             [24, 62, 20], aligns=["L", "L", "R"], size=8.8, totals=["", "Total", n2(total)])
    yl = p.get_y()
    bottom = p.receipt([DRUG.upper(), haddr[1].replace(",", ""), "---", f"{rx[0].strftime('%m/%d/%Y')}  14:{digits(rng, 2)}",
                        "RX 6" + digits(rng, 6) + "  AMOXICILLIN 875", "QTY 20            32.15",
                        "BENZONATATE 100 QTY 21  6.32", "---", f"**TOTAL USD        {rx[1]:.2f}", "VISA ****" +
                        digits(rng, 4)], p.l_margin + W - 64, y, w=64, size=6.8)
    p.set_y(max(yl, bottom) + 1)
    p.para(f"Your {PLAN} certificate covered you from {fdate(eff, 'long')} through {fdate(exp, 'long')}, and these "
           "visits and the medicine came after that last day, so the certificate cannot pay for them.", 10)
    p.para("If you bought a new certificate or an extension for June, please send us its number; certificate "
           "numbers begin with WV and look like WV 1234 5678. We will then look at these bills under it.", 10)
    p.para("If you believe we have your dates wrong, you may ask us to review this decision within 90 days from the "
           "date of this letter. Send a copy of your purchase confirmation with your request.", 10)
    p.para("Sincerely,\nVisitor Medical Claims, " + INS, 10)
    tr = truth("denial_letter", "eligibility", insurer=INS, member_id=c, member_name=member, cases=[clm],
               claim_amount=m2(total), service_dates=[v[0].isoformat() for v in visits], denial_date=ltr.isoformat(),
               provider=QUILL, appeal_deadline=plus(ltr, 90).isoformat(),
               alternates={"insurer": ALT, "provider": [f"Dr. {dr}"],
                           "claim_amount": [m2(total + rx[1])]})
    return out(p), tr


def finefax_records(rng):
    member, host = "Agnieszka K. Kowalewska", "Piotr L. Kowalewski"   # a visitor from Poland and her son
    dr, clerk = people(rng, 2, "us")
    c = cert(rng, "I")
    ltr = dt.date(2026, 6, 22)
    asked = dt.date(2026, 5, 4)
    eff = dt.date(2026, 4, 1)
    visits = [(dt.date(2026, 4, 20), "99204", "New patient visit, knee", 420.00),
              (dt.date(2026, 4, 27), "73721", "MRI knee without contrast", 2185.00),
              (dt.date(2026, 4, 27), "20610", "Knee joint injection", 365.00)]
    total = round(sum(v[3] for v in visits), 2)
    clm = claim_no(rng, visits[0][0])
    inc = incident(rng)
    conf = f"FX{digits(rng, 9)}"
    p = EESheet(footer="Page {n} of {nb}", footer_left="OCL-WV-L51 (07/25)",
                fax_hdr=f"06/22/2026  10:{rng.randint(10, 59)}  OSTRANDER VISITOR CLAIMS  FAX 860 555 {digits(rng, 4)}"
                        "  PAGE {n}/3")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.f(26, "B")
    p.cell(0, 14, "FAX", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, INS + "  |  Visitor Medical Claims", new_x="LMARGIN", new_y="NEXT")
    p.rule(6)
    p.pairs([("To", f"{HARROW}, billing office"), ("Fax", phone(rng, "919")), ("From", f"{clerk}, claims examiner"),
             ("Date", fdate(ltr, "slash")), ("Pages", "3, including this cover"), ("Re", "Closed claim, records"),
             ("Transmission no.", conf)], label_w=46, size=11, h=8)
    p.ln(8)
    p.para("The pages that follow are a copy of our letter to your patient. Please see the second page.", 10.5)
    p.ln(40)
    p.para("This fax may contain protected health information. If it reached you by mistake, please call us and "
           "destroy it.", 8.4)
    p.add_page()
    _head(p, rng, "Visitor Medical Claims")
    p.line(fdate(ltr, "long"), 10)
    p.ln(2)
    for ln in [member, f"c/o {host}", *host_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.under([(c_space(c), "Certificate"), (clm, "Claim no."), (inc, "Incident"), (fdate(eff, "slash"),
                                                                                  "Certificate began")], size=9.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(asked, 'long')} we wrote to you asking for the notes of your doctor at home for the 180 days "
           f"before your certificate began. We need them to decide whether the knee problem {HARROW} treated had "
           "started before you were covered. We have not received them, and we have closed the claim without "
           "payment:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.ledger(["Date", "Code", "Service", "Billed", "We paid"],
             [[dmon(d), cd, s, n2(v), "0.00"] for d, cd, s, v in visits], [28, 18, W - 90, 22, 22],
             aligns=["L", "L", "L", "R", "R"], size=8.8, totals=["", "", "Total", n2(total), "0.00"])
    p.para(f"Dr. {dr} is the treating physician on the bills. If the records arrive, we will reopen the claim "
           "without an appeal. You have 180 days from the date of this letter to appeal if you disagree with our "
           "decision; an appeal is decided within 30 days.", 10)
    p.para("Sincerely,\nVisitor Medical Claims", 10)
    p.add_page()
    p.bar("What you sent us (copy)")
    p.para("You sent the receipt below. It shows that you saw a doctor at home in 2025, but it is a receipt, not the "
           "doctor's notes, so it does not tell us about your knee.", 9.8)
    p.receipt(["PRZYCHODNIA POD LIPAMI", "ul. Krótka 7, Kraków", "---", "Data: 14.11.2025", "Wizyta lekarska",
               "  ortopeda", "---", f"**RAZEM   {foreign(250.00, 'PLN')}", "Zapłacono kartą"], p.l_margin + 30,
              p.get_y() + 2, w=70)
    tr = truth("denial_letter", "other", insurer=INS, member_id=c, member_name=member, cases=[clm, inc],
               claim_amount=m2(total), service_dates=sorted({v[0].isoformat() for v in visits}),
               denial_date=ltr.isoformat(), provider=HARROW, appeal_deadline=plus(ltr, 180).isoformat(),
               alternates={"insurer": ALT, "case_numbers": [[clm]], "provider": [f"Dr. {dr}"]})
    return out(p), tr


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_eob_wrist_paid_cardiac_workup_pre_existing", "fax_standard_g4",
             [faxstd_provider_eob(rng)]),
        Item(F + "born_digital_member_claim_summary_urgent_care_ankle_paid", "born_digital", [bd_member_summary(rng)]),
        Item(F + "clean_stack_hospital_claim_form_blank_then_pre_existing_letter_sideways", "scan_clean_300",
             clean_stack(rng), separators=["blank", None], turns={(1, 1): 90}),
        Item(F + "photocopy_three_page_acute_onset_rider_sublimit_reached", "photocopy", [photocopy_rider(rng)]),
        Item(F + "phone_es_reclamo_fuera_de_plazo_noventa_dias", "phone_photo", [phone_es_late(rng)]),
        Item(F + "rotated_visits_after_certificate_expired", "rotated", [rotated_expired(rng)]),
        Item(F + "finefax_cover_then_records_not_received_home_doctor", "fax_fine_g4", [finefax_records(rng)]),
    ]
