"""An invented commercial plan (Thistledown Mutual Health Plan) denying a cranial remolding orthosis (helmet,
HCPCS S1040) for positional plagiocephaly: the child is older than the plan's age limit (treatment must start by
18 months of age) or the measurements are below the plan's thresholds (cranial vault asymmetry index under 7%),
with a utilization review company writing on behalf of the plan, the orthotist's letter to the plan and the
craniofacial clinic's claims. Every plan, company, person and number is invented.

Documents (8 in 7 files):
- bd_review_vendor_preservice_prose: pre-service denial from a review company "on behalf of" the plan,
  "Dr. ... of Wrenfield Children's Craniofacial Center asked us to approve ...", the planned treatment "from June
  1 through September 30, 2026" shape, date of birth (age 19 months), request received, 72-hour and external
  review decoys, prior-authorization number.
- faxstd_provider_claim_notice_caption_boxes: the plan's claim notice to the orthotics practice in 7.5-8.5 pt
  under a typed fax header line, captions above boxed values (claim number with "-00", NPI, tax ID, patient
  account, the plan's form number), a single "DOS", 90-day provider appeal.
- scan300_eob_claims_table: the parent's EOB with four claims in a table (clinic visit, 3D cranial scan and a
  follow-up paid; the orthosis denied), From | To in separate cells.
- copy_orthotist_letter_to_plan_two_pages: the orthotist's two-page letter of medical necessity to the plan
  (plan is the addressee), measurements table, a repeated header on page 2; denies nothing.
- rotated_upheld_appeal_boxed_column: the upheld appeal with the provider and plan facts in a boxed right-hand
  column, the appeal number with a confusable letter, 60-day second level, 4-month external review decoy.
- lowres_measurement_threshold_denial_cc_provider: claim denial for measurements below threshold (medical
  necessity), the orthotist named only in the "cc:" line, "DOS".
- photo_stack_clinic_statement_then_scan_denial: the clinic's statement (denies nothing), its duplex back, then
  the plan's denial of the clinic's 3D scan claims "March 30 - April 27, 2026" fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddi_famdif import DISheet, end_year_span
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "pediatric_cranial_remolding_orthosis_age_limit_denial"
LANG = "en"
SEED = 351405
PLAN = "Thistledown Mutual Health Plan"
VENDOR = "Quillfeather Specialty Review, LLC"
CLINIC = "Wrenfield Children's Craniofacial Center"
SURGEON = "Philippa N. Goldthwaite"
PRACTICE = "Brambleton Orthotics & Prosthetics, LLC"
ORTHOTIST = "Cassius M. Redfern"
PEDS = "Dr. Ambrose L. Kettering"
AGE_RULE = "a cranial remolding orthosis is covered only when treatment begins between 3 and 18 months of age"
MEAS_RULE = "a cranial vault asymmetry index (CVAI) of 7% or more, or a cephalic index of 93% or more"


def _ids(rng):
    return {"mid": "TMH" + digits(rng, 9), "grp": f"{digits(rng, 5)}-{rng.choice('ABC')}",
            "plan": f"PPO {digits(rng, 3)}"}


def _dob_for_age(ref: dt.date, months: int, rng) -> dt.date:
    y, m = ref.year, ref.month - months
    while m <= 0:
        m += 12
        y -= 1
    return dt.date(y, m, rng.randint(1, 28))


def _lh(p, rng, dept, y=12):
    p.set_y(y)
    p.set_draw_color(120, 40, 60)
    p.set_line_width(0.8)
    p.line_seg(p.l_margin, y + 13, p.w - p.r_margin, y + 13)
    p.set_line_width(0.2)
    p.set_draw_color(0, 0, 0)
    p.set_xy(p.l_margin, y)
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(2000, 9999)}, Des Moines IA 503{rng.randint(10, 99)}  |  "
                 f"1-855-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def bd_vendor(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 10))
    rec = plus(nd, -rng.randint(3, 7))
    dob = _dob_for_age(nd, 19, rng)
    s0, s1 = dt.date(2026, 6, 1), dt.date(2026, 9, 30)
    pa = f"PA{digits(rng, 8)}"
    p = DISheet(serif=True, footer="Page {n} of {nb}", footer_left="QSR-UM-DN-04 (01/26)")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, VENDOR, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Utilization review on behalf of {PLAN}  |  Fax 515-555-{digits(rng, 4)}  |  Phone "
                 f"1-888-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.line(fdate(nd, "long"), 10.5)
    p.ln(3)
    for ln in [f"Parent or guardian of {child}", *address(rng)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.pairs([("Member", child), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Date of birth",
             fdate(dob, "slash")), ("Prior authorization no.", pa), ("Request received", fdate(rec, "slash"))],
            label_w=50, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {parent}:", 10.5)
    p.para(f"Dr. {SURGEON} of {CLINIC} asked us to approve a cranial remolding orthosis (helmet, S1040) for "
           f"{cf}, with fitting and treatment from {s0.strftime('%B %-d')} through {fdate(s1, 'long')}. We review "
           f"these requests for {PLAN}. **The request is not approved.**", 10.5)
    p.para(f"Why: under the plan's medical policy, {AGE_RULE}. On the date of the request {cf} was 19 months "
           "old. The plan treats a helmet started after 18 months as not covered, because the skull grows "
           "too little after that age for the helmet to reshape it.", 10.5)
    p.para("You may appeal within 180 days of the date of this letter. If waiting could seriously harm your "
           "child's health, ask for an urgent appeal, which is decided within 72 hours. After the plan's appeal "
           "you may ask for an external review by an independent review organization within 4 months.", 10.5)
    p.para(f"Sincerely,\n\nMedical Review Team\n{VENDOR}, for {PLAN}\ncc: Dr. {SURGEON}; {PEDS} (pediatrician)",
           10.5)
    t = truth("denial_letter", "not_covered", insurer=VENDOR, group=ids["grp"], member_id=ids["mid"],
              member_name=child, cases=[pa], service_dates=[span(s0, s1)], denial_date=nd.isoformat(),
              provider=SURGEON, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": [PLAN], "provider": [CLINIC], "service_dates": [[span(s0)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_notice(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    dos = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 14))
    nd = plus(dos, rng.randint(24, 34))
    dob = _dob_for_age(dos, 20, rng)
    claim = f"{digits(rng, 10)}-00"
    billed = amount(rng, 2800, 3900)
    acct = f"BOP-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%d-%b-%y').upper()} 09:{rng.randint(10, 59)}  THISTLEDOWN MUTUAL CLMS  515-555-"
           f"{digits(rng, 4)}  ->  BRAMBLETON O&P  PG {{n}}/2")
    p = DISheet(footer="Page {n} of {nb}", footer_left="Form TMHP-PCN-31 (01/26)", fax_hdr=fax,
                cont=f"Claim notice continued  |  Claim {claim}  |  Patient {child}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _lh(p, rng, "Provider Claim Services", y=11)
    p.line("PROVIDER CLAIM NOTICE - DENIED", 10.5, "B")
    p.ln(1)
    p.capboxes([("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 40), ("Member ID", ids["mid"], 38),
                ("Group", ids["grp"], 28), ("Plan", ids["plan"], 24), ("Pt acct", acct, 26)])
    p.capboxes([("Patient", child, 52), ("Patient DOB", fdate(dob, "slash"), 28), ("Billing NPI", digits(rng, 10), 32),
                ("Tax ID", f"42-{digits(rng, 7)}", 30), ("Received", fdate(plus(dos, 6), "slash"), 28)])
    p.capboxes([("Billing provider", PRACTICE, 92), ("Rendering orthotist", f"{ORTHOTIST}, CO", 90)])
    p.capboxes([("Referring physician", f"Dr. {SURGEON}", 92), ("DOS", fdate(dos, "slash"), 40),
                ("Billed", money(billed), 50)])
    p.band("LINE DETAIL", 7.8)
    p.table(["Line", "HCPCS", "Description", "DOS", "Units", "Billed", "Allowed", "Paid", "Reason"],
            [["1", "S1040", "Cranial remolding orthosis, custom", fdate(dos, "slash"), "1", money(billed, "nosign"),
              "0.00", "0.00", "AG18"]],
            [10, 16, 56, 20, 11, 20, 18, 14, 17], size=7.6, row_h=4.6,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "L"])
    p.para(f"AG18  Not covered: {AGE_RULE}. The patient was 20 months old on the date of service. The member "
           "may be billed only if the member agreed in writing before the service.", 7.8)
    p.add_page()
    p.band("PROVIDER APPEAL RIGHTS", 7.8)
    p.para("A provider may appeal this decision within 90 days of the date of this notice. Send the appeal "
           "form, the orthotist's notes and the cranial measurements (CVA, CVAI, cephalic index) before and at "
           "fitting. Corrected claims must be received within 365 days of the date of service (timely filing); "
           "a corrected claim is not an appeal.", 7.8)
    p.capboxes([("Send appeals to", f"{PLAN}, Provider Appeals", 100), ("Fax", f"515-555-{digits(rng, 4)}", 40)])
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=child, cases=[claim], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=ORTHOTIST,
              appeal_deadline=plus(nd, 90).isoformat(), alternates={"provider": [PRACTICE]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    sub = person(rng)[0]
    v0 = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 5))
    dos = plus(v0, rng.randint(18, 24))
    fu = plus(dos, 28)
    sd = plus(fu, rng.randint(10, 20))
    cl_ = [digits(rng, 12) for _ in range(4)]
    a = [amount(rng, 220, 380), amount(rng, 300, 520), amount(rng, 2900, 3800), amount(rng, 140, 220)]
    p = DISheet(footer="Page {n} of {nb}", footer_left="TMHP-EOB-M (01/26)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", child),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"])], w=100, size=8.5, y=p.get_y())
    p.ln(3)
    p.heading(f"Claims processed {fdate(plus(sd, -30), 'slash')} to {fdate(sd, 'slash')}", 10)
    rows = [[cl_[0], f"{CLINIC}", fdate(v0, "slash"), fdate(v0, "slash"), money(a[0], "nosign"),
             money(a[0] * 0.8, "nosign"), "Paid"],
            [cl_[1], f"{CLINIC} (3D scan)", fdate(v0, "slash"), fdate(v0, "slash"), money(a[1], "nosign"),
             money(a[1] * 0.8, "nosign"), "Paid"],
            [cl_[2], f"{PRACTICE[:24]}...", fdate(dos, "slash"), fdate(dos, "slash"), money(a[2], "nosign"),
             "0.00", "Denied *"],
            [cl_[3], f"{CLINIC}", fdate(fu, "slash"), fdate(fu, "slash"), money(a[3], "nosign"),
             money(a[3] * 0.8, "nosign"), "Paid"]]
    p.table(["Claim no.", "Provider", "From", "To", "Billed", "Plan paid", "Status"], rows,
            [28, 64, 20, 20, 20, 18, 18], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "L"])
    p.para(f"* Claim {cl_[2]}: cranial remolding orthosis (S1040) from {PRACTICE}, orthotist {ORTHOTIST}, CO. "
           f"Denied: {AGE_RULE}. Your child was 19 months old on {fdate(dos, 'long')}.", 8.5)
    p.para("You may appeal within 180 days of the date of this statement. Deductible met this plan year "
           f"(01/01/2026 - 12/31/2026): ${rng.randint(300, 1400):,} of $1,500.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=child,
              cases=[cl_[2]], claim_amount=m2(a[2]), service_dates=[span(dos)], denial_date=sd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"provider": [ORTHOTIST]}, denial_alternates=["medical_necessity"])
    return out(p), t


def copy_letter(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    ld = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 10))
    dob = _dob_for_age(ld, 17, rng)
    fit = plus(ld, 14)
    pa = f"PA{digits(rng, 8)}"
    p = DISheet(footer="Page {n} of {nb}", cont=f"{child}  |  Member ID {ids['mid']}  |  PA {pa}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Cedar Rapids IA 524{rng.randint(10, 99)}  |  319-555-{digits(rng, 4)}  |  "
                 f"NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Utilization Management - Orthotics", f"PO Box {rng.randint(2000, 9999)}",
               f"Des Moines IA 503{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.line("Letter of medical necessity: cranial remolding orthosis (S1040)", 10.5, "B")
    p.ln(2)
    p.para(f"Patient: {child}   DOB {fdate(dob, 'slash')}   Member ID {ids['mid']}   Prior authorization "
           f"request {pa}", 9.5)
    p.para(f"I am the certified orthotist treating {cf}, referred by Dr. {SURGEON} of {CLINIC} for severe "
           "right posterior positional plagiocephaly that did not improve with two months of repositioning and "
           "physical therapy for torticollis. I ask the plan to approve a cranial remolding orthosis with "
           f"fitting on {fdate(fit, 'long')}.", 10)
    p.table(["Measurement", "02/02/2026", "04/06/2026", "Plan threshold"],
            [["Cranial vault asymmetry (CVA)", "13.1 mm", "12.4 mm", "-"],
             ["CVA index (CVAI)", "9.8%", "9.1%", "7% or more"],
             ["Cephalic index", "84%", "85%", "93% or more"]], [62, 32, 32, 40], size=9)
    p.add_page()
    p.para(f"{cf} is 17 months old today and will be under 18 months at fitting, inside the plan's age window. "
           "The asymmetry is well above the plan's CVAI threshold and has not improved with conservative care. "
           "Treatment is expected to take about 3 to 4 months, with adjustment visits every 2 weeks.", 10)
    p.para("The 3D scans and the therapy notes are enclosed. Please call me for a peer-to-peer discussion if "
           "anything is missing.", 10)
    p.para(f"Sincerely,\n\n{ORTHOTIST}, CO\nCertified Orthotist, {PRACTICE}\ncc: Dr. {SURGEON}; {PEDS}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child, cases=[pa],
              service_dates=[span(fit)], denial_date=ld.isoformat(), provider=ORTHOTIST,
              alternates={"insurer": [None], "provider": [PRACTICE], "service_dates": [[]]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    dos = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 10))
    nd = plus(dos, rng.randint(60, 75))
    od = plus(dos, rng.randint(25, 30))
    billed = amount(rng, 2800, 3900)
    claim = f"{digits(rng, 10)}-00"
    appeal = mixed_id(rng, "APL-", "dddcdd")
    p = DISheet(serif=True, footer="Page {n} of {nb}", footer_left="TMHP-APL-UP-2 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Member Appeals")
    p.line("FIRST-LEVEL APPEAL DECISION", 12, "B")
    p.ln(2)
    left = [f"{parent}\n" + "\n".join(address(rng)),
            f"Dear {parent}:",
            f"We reviewed the appeal you filed for {child} about our decision of {fdate(od, 'long')} not to pay "
            f"for the cranial remolding orthosis fitted on {fdate(dos, 'long')}. A pediatric physician who did "
            "not make the first decision reviewed the orthotist's notes, the measurements and the plan's medical "
            "policy.",
            f"**Decision: we upheld the denial.** Under the plan's policy, {AGE_RULE}. Your child was 18 months "
            "and 3 weeks old when the helmet was fitted. The limit is part of the plan's coverage, so it applies "
            "even though the asymmetry was significant.",
            "You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
            "an external review by an independent review organization within 4 months of receiving this letter."]
    right = [("Letter date", fdate(nd, "slash")), ("Appeal no.", appeal), ("Claim no.", claim),
             ("Patient", child), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Orthotist (rendering)", f"{ORTHOTIST}, CO"), ("Supplier (billing)", PRACTICE),
             ("Referring", f"Dr. {SURGEON}"), ("DOS", fdate(dos, "slash")), ("Billed", money(billed))]
    p.boxed_column(left, "Appeal facts", right, left_w=106)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=child, cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=ORTHOTIST, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [PRACTICE]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_meas(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    dos = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 10))
    nd = plus(dos, rng.randint(20, 30))
    dob = _dob_for_age(dos, 7, rng)
    billed = amount(rng, 2800, 3900)
    claim = f"{digits(rng, 10)}-01"
    p = DISheet(footer="Page {n} of {nb}", footer_left="Form TMHP-CLM-DN-9 (01/26)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line(f"Claim decision     {fdate(nd, 'abbr')}", 11, "B")
    p.ln(2)
    p.pairs([("To", f"{parent}, parent of {child}"), ("Member ID", ids["mid"]), ("Group / plan",
             f"{ids['grp']} / {ids['plan']}"), ("Patient DOB", fdate(dob, "slash")), ("Claim", claim),
             ("DOS", fdate(dos, "slash")), ("Billed", money(billed))], label_w=34, size=9.5, h=5)
    p.ln(2)
    p.para(f"We will not pay for the cranial remolding orthosis (helmet) fitted for {child}. The plan covers a "
           f"helmet for positional head shape only with {MEAS_RULE}, measured after at least 2 months of "
           "repositioning. The measurements sent with the claim were a CVAI of 5.4% and a cephalic index of 86%. "
           "Based on these measurements the helmet is not medically necessary under the plan's policy.", 9.5)
    p.para("You or the provider may appeal within 180 days of the date of this notice. Include new measurements "
           "or records. Urgent appeals are decided within 72 hours.", 9.5)
    p.para(f"Sincerely,\n\nClaims Department\n{PLAN}", 9.5)
    p.ln(2)
    p.para(f"cc: {ORTHOTIST}, CO, {PRACTICE}", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=child, cases=[claim], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=ORTHOTIST,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [PRACTICE]})
    return out(p), t


def photo_stack(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    resp = f"{person(rng)[1]} {cl}"
    s0 = dt.date(2026, 3, 30)
    s1 = dt.date(2026, 4, 27)
    v0 = plus(s0, -14)
    sd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    consult, scan = amount(rng, 260, 380), amount(rng, 310, 460)
    acct = digits(rng, 8)
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    p.f(12.5, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Plastic Surgery and Craniofacial Program  |  Billing 319-555-{digits(rng, 4)}  |  Tax ID "
                 f"42-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("STATEMENT", 12, "B")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account:", acct), ("Guarantor:", resp)], w=84,
                  size=8.5, y=p.get_y() - 6)
    p.ln(3)
    p.pairs([("Patient", child), ("Physician", f"Dr. {SURGEON}"), ("Insurance", f"{PLAN}  {ids['mid']}")],
            label_w=28, size=9)
    p.ln(2)
    rows = [[fdate(v0, "slash"), "99244", "Consultation", money(consult, "nosign"), money(consult * 0.8, "nosign"),
             money(consult * 0.2, "nosign")],
            [fdate(s0, "slash"), "S8030", "3D cranial scan", money(scan, "nosign"), "0.00", money(scan, "nosign")],
            [fdate(s1, "slash"), "S8030", "3D cranial scan", money(scan, "nosign"), "0.00", money(scan, "nosign")]]
    p.table(["Date", "Code", "Service", "Charge", "Insurance", "You owe"], rows, [24, 18, 62, 24, 24, 24],
            size=8.2, aligns=["L", "L", "L", "R", "R", "R"])
    due = round(consult * 0.2 + 2 * scan, 2)
    p.para(f"The scans were denied by your plan as part of a helmet treatment it does not cover. Amount due: "
           f"{money(due)}.", 8.5)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child,
                          claim_amount=m2(due), service_dates=[span(s0), span(s1)], denial_date=sd.isoformat(),
                          provider=SURGEON, unscored=["insurer"],
                          alternates={"provider": [CLINIC], "claim_amount": [m2(2 * scan),
                                                                             m2(consult + 2 * scan)]}))
    nd = plus(s1, rng.randint(21, 30))
    claim = f"{digits(rng, 10)}-00"
    q = DISheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _lh(q, rng, "Claims Department")
    q.line("Notice of claim denial", 12, "B")
    q.ln(2)
    q.pairs([("Notice date", fdate(nd, "long")), ("Patient", child), ("Member ID", ids["mid"]),
             ("Claim", claim), ("Billed", money(2 * scan))], label_w=32, size=9.5)
    q.ln(2)
    q.para(f"We denied the two 3D cranial scans from {CLINIC}, {end_year_span(s0, s1)} ({fdate(s0, 'slash')} and "
           f"{fdate(s1, 'slash')}), ordered by Dr. {SURGEON} to fit and adjust a cranial remolding orthosis. The "
           "helmet is not covered for your child's age, so services that are part of it are not covered "
           "either.", 9.5)
    q.para("You may appeal within 180 days of the date of this notice.", 9.5)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=child,
                          cases=[claim], claim_amount=m2(2 * scan), service_dates=[span(s0), span(s1)],
                          denial_date=nd.isoformat(), provider=SURGEON, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"provider": [CLINIC], "service_dates": [[span(s0, s1)]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_review_vendor_preservice_prose", "born_digital", [bd_vendor(rng)]),
        Item(F + "faxstd_provider_claim_notice_caption_boxes", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "scan300_eob_claims_table", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "copy_orthotist_letter_to_plan_two_pages", "photocopy", [copy_letter(rng)]),
        Item(F + "rotated_upheld_appeal_boxed_column", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_measurement_threshold_denial_cc_provider", "scan_lowres_150", [lowres_meas(rng)]),
        Item(F + "photo_stack_clinic_statement_then_scan_denial", "phone_photo", photo_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
