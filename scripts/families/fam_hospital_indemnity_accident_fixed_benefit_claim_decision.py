"""An invented group hospital indemnity and accident insurer (Wrenfield Guaranty Life and Accident Company) that pays
fixed benefits per day or per event (an admission benefit, a daily confinement benefit, an observation benefit, an
emergency room, X-ray, fracture, urgent care and follow-up schedule, an optional ambulance rider) under certificates
sold through employers, and decides claims that hospitals and urgent care centres send on its claim form (benefits
often assigned to the hospital, some sent by a billing service). Every insurer, plan code, employer, hospital, urgent
care centre, clinic, ambulance service, billing service, person, number, address, benefit amount, code and time limit
is invented; phones use 555. Reasons are put in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_provider_copy_observation_not_inpatient: a provider-copy benefit determination faxed to the hospital that
  holds the assignment, short captions LEFT of their boxes and UNDER them ("Dt Iss'd", "Cert #", "Insd", "Pt",
  "Clm #", "Adm/Disch" as "03/03/2026 thru 03/05/2026", "Tot Chgs" as "USD 18,412.60", "Pay-to (billing svc)",
  "HAR"); the stay was observation, so the observation benefit is paid instead of the admission and daily benefits
  (level_of_care); the attending doctor in a box beside the billing service; "within 60 days of the Dt Iss'd" (+60).
- born_digital_accident_eob_ambulance_rider_row: an explanation of benefits to the insured on a child's broken wrist:
  five rows (weekday dates "Sat 02/14/26", provider column, charges / schedule / paid / code, TOTALS row); only the
  ambulance row pays 0.00 under R4 (no ambulance rider; legend only: not_covered); a payment stub with an adjustment
  "25.00-"; the last day to ask for a review printed in a box ("Review by").
- scan_letter_work_injury_urgent_care_two_visits: a letter: the urgent care centre's claim form says the hand was cut
  at work and a workers' compensation claim is open (other); the doctor and centre only in sentences, visits on two
  weekday-named dates joined by "and", the amount only in a sentence, WC claim and incident numbers as decoys;
  "within 180 days after you receive this letter" (nothing to count from: null).
- phone_es_carta_certificado_terminado_prima: a photographed Spanish letter with a facts box: the certificate ended
  after the grace period when payroll deductions stopped, before a stay "del 3 al 9 de marzo de 2026"
  (eligibility); "US$ 21.604,15" beside "$21,604.15"; hospital beside its billing service; "a más tardar el ...".
- rotated_hospital_completed_claim_form_appendectomy: the insurer's claim form, part B typed in by the hospital's
  patient access clerk (typewriter values, ticked boxes, diagnosis and procedure codes, total charges), fed
  sideways (denies nothing).
- lowres_caption_form_urgent_care_claim_sent_late: a 150 dpi claim notice with short captions under the boxes on two
  urgent care visits (01/06/26 and 01/09/26) a billing service sent 200+ days later (timely_filing); the nurse
  practitioner only in a sentence; "postmarked on or before 10/02/2026".
- finefax_stack_cover_preexisting_then_records_not_received_upside_down: a fax cover sheet, a letter refusing a heart
  failure stay ("Monday, April 6 through Thursday, April 9, 2026") as a condition treated in the 12 months before
  coverage began (not_covered; claimed benefits in parentheses, "within 90 days after the date printed above"), then
  upside down a letter closing an urgent care claim because the centre never sent the visit note (other; ISO dates;
  null deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfc import (EBSheet, es_date, es_money, es_span, grouped, neg, people, phone, thru, workday,
                               yy)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "hospital_indemnity_accident_fixed_benefit_claim_decision"
LANG = "en"
SEED = 355012
INS = "Wrenfield Guaranty Life and Accident Company"
ALT = ["Wrenfield Guaranty Life", "Wrenfield Guaranty", "Wrenfield Guaranty Life & Accident Company"]
HOSP1 = "Saint Odile Regional Medical Center"
HOSP2 = "Harrow Point Community Hospital"
URG1 = "Tallowfield Urgent Care Center"
URG2 = "Quillan Ferry Urgent Care"
ORTHO = "Brasher Bone & Joint Clinic"
EMS = "Coldbrook Valley EMS"
BILLER = "Penhallow Revenue Cycle Services"
EMPLOYERS = [("Kelloway Freight Lines", "GV-40817"), ("Tarrow Creek School District", "GV-52260"),
             ("Ostrander Poultry Processing", "GV-31184"), ("Marrowbone County", "GV-60932")]


def cert(rng):
    return "WG" + digits(rng, 10)


def clm(rng, kind="HI"):
    """Claim numbers mix letters among digits (B, S, O) the way this insurer prints them."""
    return f"{kind}26-{digits(rng, 2)}{rng.choice('BS')}-{digits(rng, 4)}"


def kin(insured: str, other: str) -> str:
    """A spouse or child: the other person's first name and initial with the insured's last name."""
    return " ".join(other.split()[:2] + insured.split()[-1:])


def _head(p, rng, box=None, unit="Group Hospital Indemnity and Accident Claims"):
    p.head(INS, "WGL", [f"{unit}  |  PO Box {rng.randint(4100, 4899)}, Lincoln NE 68501-{digits(rng, 4)}",
                        f"Claims 1-877-555-{digits(rng, 4)}  |  Fax 1-877-555-{digits(rng, 4)}  |  TTY 711"],
           box=box, size=12)


def addr(rng):
    town = rng.choice([("Grand Island", "NE", "68801"), ("Salina", "KS", "67401"), ("Sioux City", "IA", "51101"),
                       ("Kearney", "NE", "68847"), ("Hastings", "NE", "68901"), ("Norfolk", "NE", "68701")])
    st = rng.choice(["W Anna St", "N Locust St", "Prairie View Dr", "E 27th St", "Cottonwood Ct", "Lake Ave"])
    return [f"{rng.randint(110, 4980)} {st}", f"{town[0]} {town[1]} {town[2]}"]


def faxstd_observation(rng):
    insured, patient, attending, examiner = people(rng, 4)
    patient = kin(insured, patient)
    emp, grp = EMPLOYERS[0]
    c = cert(rng)
    a = dt.date(2026, 3, 3)
    b = dt.date(2026, 3, 5)
    nd = workday(plus(b, rng.randint(16, 24)))
    cn = clm(rng)
    chg = 18412.60
    har = f"HAR {digits(rng, 9)}"
    inv = f"PRC-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(8, 17)}:{rng.randint(10, 59)}  WRENFIELD GUARANTY CLAIMS  "
           f"TO: {HOSP1.upper()} PT ACCTS  p{{n}}")
    p = EBSheet(footer="Page {n} of {nb}", footer_left="WG-BD-7 provider copy", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng)
    p.title_bar("BENEFIT DETERMINATION - PROVIDER COPY", "Benefits assigned to the hospital by the insured. "
                                                          "Hospital Indemnity Plan HIP-2.")
    W = p.w - p.l_margin - p.r_margin
    p.two_rows([("Dt Iss'd", fdate(nd, "slash"), 48), ("Clm #", cn, 52), ("Grp", grp, 36), ("Plan", "HIP-2", W - 136)],
               [("Cert #", grouped(c, 4), 46), ("Insd", insured, 52), ("Pt", patient, 52), ("Rel", "Spouse", W - 150)])
    p.two_rows([("Adm/Disch", thru(a, b), 96), ("Status billed", "Inpatient", W - 96)],
               [("Tot Chgs", f"USD {chg:,.2f}", 40), ("HAR", har, 46), ("Pay-to (billing svc)", BILLER, 66),
                ("Svc inv", inv, W - 152)])
    p.parties([("Facility (assignee)", HOSP1, f"NPI 1{digits(rng, 9)}"),
               ("Attending physician", f"Dr. {attending}", f"NPI 1{digits(rng, 9)}"),
               ("Billing service", BILLER, f"TIN {digits(rng, 2)}-{digits(rng, 7)}")])
    rows = [["Admission benefit", "1", "1,000.00", "0.00", "OB1"],
            ["Daily hospital confinement", "2", "200.00", "0.00", "OB1"],
            ["Observation stay benefit", "3", "100.00", "300.00", "P"],
            ["TOTAL", "", "", "300.00", ""]]
    p.table(["Benefit", "Days / units", "Per unit", "Payable", "Code"], rows, [70, 26, 30, 30, W - 156], size=8.4,
            aligns=["L", "C", "R", "R", "C"], bold_last=True)
    p.note_box(f"OB1: The hospital's own record for {patient} shows an order for outpatient observation on all three "
               "days and no order from a physician to admit the patient as an inpatient. The admission and daily benefits of "
               "HIP-2 are for days spent as an admitted inpatient, so they were replaced by the observation benefit "
               "for each calendar day of the stay. If the record is incomplete, send the admission order.",
               title="Examiner's note", size=8.4)
    p.para(f"The hospital or the insured may ask for a review within 60 days of the Dt Iss'd. Fax the request and "
           f"any records to the claims fax above. Examiner: {examiner}. Employer on file: {emp}.", 8.6)
    tr = truth("denial_letter", "level_of_care", insurer=INS, plan_id="HIP-2", group=grp, member_id=c,
               member_name=patient, cases=[cn], claim_amount=m2(chg), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=nd.isoformat(), provider=HOSP1, appeal_deadline=plus(nd, 60).isoformat(),
               alternates={"insurer": ALT, "provider": [attending], "plan_id": [None],
                           "service_dates": [[a.isoformat(), b.isoformat()]]},
               type_alternates=["eob"])
    return out(p), tr


def bd_eob(rng):
    insured, child = people(rng, 2)
    child = kin(insured, child)
    emp, grp = EMPLOYERS[1]
    c = cert(rng)
    acc = dt.date(2026, 2, 14)
    fu = dt.date(2026, 2, 24)
    sd = workday(dt.date(2026, 3, rng.randint(9, 18)))
    review_by = plus(sd, 90)
    cn = clm(rng, "AX")
    rows_src = [(acc, "Ground ambulance", EMS, 1140.00, 250.00, False),
                (acc, "Emergency room treatment", HOSP2, 2318.40, 150.00, True),
                (acc, "X-ray", HOSP2, 412.00, 50.00, True),
                (acc, "Fracture, closed (radius)", HOSP2, 1876.00, 1200.00, True),
                (fu, "Follow-up physician visit", ORTHO, 265.00, 50.00, True)]
    p = EBSheet(footer="Page {n} of {nb}", footer_left=f"EOB-AX  {sd.isoformat()}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, box="EXPLANATION OF BENEFITS")
    p.addr_pair("Insured", [insured, *addr(rng)], "Group coverage",
                [emp, "Accident Plan AX-5 (low option)", f"Group {grp}"])
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Statement date", fdate(sd, "long"), 46, "A"), ("Certificate", grouped(c, 4), 46, "A"),
                ("Covered person", f"{child} (child)", 56, "A"), ("Claim", cn, W - 148, "A")])
    p.para(f"We received claims for the injury {child} had on Saturday, February 14, 2026 (fall from a trampoline). "
           "Your plan pays the set amounts below no matter what the providers charge; the charges are shown only so "
           "you can match the bills.", 9.2)
    rows, tot = [], [0.0, 0.0, 0.0]
    for d, ben, prov, chg, sched, ok in rows_src:
        paid = sched if ok else 0.0
        tot = [tot[0] + chg, tot[1] + sched, tot[2] + paid]
        rows.append([f"{d.strftime('%a')} {yy(d)}", ben, prov, f"{chg:,.2f}", f"{sched:,.2f}", f"{paid:,.2f}",
                     "P" if ok else "R4"])
    rows.append(["TOTALS", "", "", *[f"{v:,.2f}" for v in tot], ""])
    p.table(["Date", "Benefit", "Provider", "Charges", "Schedule", "Paid", "Code"], rows,
            [22, 44, 54, 20, 18, 16, W - 174], size=7.6, aligns=["L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.para("**Codes.** P: paid at the schedule amount. R4: ambulance benefits come with the optional ambulance rider, "
           "and your certificate was issued without that rider.", 8.4)
    paid_total = tot[2]
    p.capcells([("Review by", fdate(review_by, "slash"), 40, "B"), ("Questions", f"1-877-555-{digits(rng, 4)}", 50,
                                                                      "B"),
                ("Incident no.", f"INC-{digits(rng, 6)}", W - 90, "B")])
    p.para("To ask us to look at this claim again, write to us before the date in the Review by box. Include the "
           "claim number and any papers you want us to read.", 8.4)
    p.stub([("Payee", insured), ("Check no.", digits(rng, 8)), ("Benefits", f"{paid_total:,.2f}"),
            ("Adjustment", neg(25.00)), ("Amount of check", f"{paid_total - 25:,.2f}")])
    p.para("Adjustment: 25.00 recovered from an earlier X-ray benefit paid twice on claim "
           f"{clm(rng, 'AX')}.", 7.6)
    tr = truth("eob", "not_covered", insurer=INS, group=grp, member_id=c, member_name=child, cases=[cn],
               claim_amount="1140.00", service_dates=[acc.isoformat()], denial_date=sd.isoformat(), provider=EMS,
               appeal_deadline=review_by.isoformat(),
               alternates={"insurer": ALT, "claim_amount": [m2(tot[0])], "provider": [HOSP2],
                           "service_dates": [[acc.isoformat(), fu.isoformat()]], "plan_id": ["AX-5"]})
    return out(p), tr


def scan_work_injury(rng):
    insured, doc, sig = people(rng, 3)
    emp, grp = EMPLOYERS[0]
    c = cert(rng)
    v1, v2 = dt.date(2026, 2, 21), dt.date(2026, 3, 3)
    nd = workday(plus(v2, rng.randint(20, 30)))
    cn = clm(rng, "AX")
    chg = 684.00
    wc = f"WC-{digits(rng, 3)}-{digits(rng, 5)}"
    p = EBSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng)
    p.para(nd.strftime("%B %-d, %Y"), 10.5)
    for ln in [insured, *addr(rng)]:
        p.line(ln, 10.5)
    p.ln(3)
    p.rpairs([(cn, "Claim number"), (grouped(c, 4), "Certificate"), (grp, "Group"),
              (f"INC-{digits(rng, 6)}", "Employer incident report (as given to us)")], val_w=58, size=9.6)
    p.para(f"Dear {insured}:", 10.5)
    p.para(f"Thank you for sending your Accident Plan claim. Dr. {doc} treated the cut on your left hand at {URG1} on "
           f"Saturday, February 21, 2026 and Tuesday, March 3, 2026, when the stitches came out. The centre billed "
           f"{money(chg)} for the two visits.", 10.5)
    p.para(f"The part of the claim form that the centre filled in says you were hurt at work, on the loading dock at "
           f"{emp}, and the workers' compensation carrier for {emp} has opened claim {wc} for the same injury. Your "
           "certificate pays for accidents that happen away from the job. When an injury happens while you are "
           "working and workers' compensation answers for it, the Accident Plan does not pay a benefit. We are "
           "therefore closing this claim with no payment.", 10.5)
    p.para("If the form is wrong and you were not working when you were hurt, tell us. A statement from your employer "
           "or a copy of the workers' compensation carrier's letter turning the claim down will help.", 10.5)
    p.para("You can ask us to look at this decision again. Write to us within 180 days after you receive this letter "
           "and tell us why you disagree. You may send any papers you want us to read.", 10.5)
    p.para(f"Sincerely,\n\n{sig}\nAccident Claims", 10.5)
    tr = truth("denial_letter", "other", insurer=INS, group=grp, member_id=c, member_name=insured, cases=[cn],
               claim_amount=m2(chg), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
               provider=URG1, appeal_deadline=None,
               alternates={"insurer": ALT, "provider": [doc]}, denial_alternates=["not_covered"])
    return out(p), tr


def phone_es(rng):
    insured, admit, sig = people(rng, 3, es=True)
    emp, grp = EMPLOYERS[2]
    c = cert(rng)
    a, b = dt.date(2026, 3, 3), dt.date(2026, 3, 9)
    nd = workday(plus(b, rng.randint(22, 30)))
    dl = plus(nd, 45)
    cn = clm(rng)
    chg = 21604.15
    p = EBSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(INS, "WGL", ["Reclamaciones de Indemnización Hospitalaria  |  PO Box 4410, Lincoln NE 68501",
                        f"Línea en español 1-877-555-{digits(rng, 4)}  |  TTY 711"], size=12)
    p.para(es_date(nd), 10)
    for ln in [insured, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.facts_right([("Número de reclamación", cn), ("Certificado", grouped(c, 4)), ("Grupo", f"{grp} ({emp})"),
                   ("Hospitalización", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Hospital", HOSP1),
                   ("Facturado por", BILLER), ("Médico que lo admitió", f"Dr. {admit}"),
                   ("Cargos del hospital", "$21,604.15")],
                  [f"Estimado(a) {insured}:",
                   f"Recibimos la reclamación de {HOSP1} por su hospitalización {es_span(a, b)}. Los cargos del "
                   f"hospital fueron de {es_money(chg)}. No podemos pagar beneficios por esta hospitalización.",
                   f"Su prima se pagaba con descuentos de su sueldo en {emp}. Esos descuentos terminaron cuando usted "
                   "dejó el empleo el 15 de enero de 2026, y no recibimos pagos directos suyos después. Su certificado "
                   "siguió vigente durante el período de gracia de 31 días y terminó el 15 de febrero de 2026, antes "
                   "de que usted entrara al hospital.",
                   "Si usted pagó la prima de febrero o de marzo, envíenos una copia del cheque o del recibo. Si no "
                   f"está de acuerdo con esta decisión, envíenos su apelación a más tardar el {es_date(dl)}.",
                   f"Atentamente,\n{sig}\nReclamaciones"], side_w=62, size=9.2, title="Datos de su reclamación")
    tr = truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=c, member_name=insured, cases=[cn],
               claim_amount=m2(chg), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
               provider=HOSP1, appeal_deadline=dl.isoformat(), lang="es",
               alternates={"insurer": ALT, "provider": [admit], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), tr


def rotated_claim_form(rng):
    insured, patient, attending, clerk = people(rng, 4)
    patient = kin(insured, patient)
    emp, grp = EMPLOYERS[3]
    c = cert(rng)
    a, b = dt.date(2026, 4, 13), dt.date(2026, 4, 16)
    signed = plus(b, rng.randint(3, 8))
    chg = 32517.85
    acct = digits(rng, 9)
    p = EBSheet(footer="WG-HIP-CF (01/26)   Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, unit="Hospital Indemnity Claim Form")
    p.title_bar("HOSPITAL CONFINEMENT CLAIM", "Part A is completed by the insured. Part B is completed by the hospital.")
    p.typed([[("Insured's name", insured.upper(), 2), ("Certificate no.", c, 1.4), ("Group no.", grp, 1)],
             [("Patient's name", patient.upper(), 2), ("Relationship", "CHILD", 1.2), ("Employer", emp.upper(), 1.6)]],
            section="Part A - insured (signature on file)")
    p.typed([[("Hospital name", HOSP2.upper(), 2.2), ("Hospital TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", 1),
              ("Patient acct no.", acct, 1)],
             [("Admitted (date / time)", f"{fdate(a, 'slash')}  06:40", 1.3),
              ("Discharged (date / time)", f"{fdate(b, 'slash')}  11:15", 1.3), ("ICU / CCU days", "0", 0.8),
              ("Days billed", "3", 0.7)],
             [("Diagnosis (ICD-10-CM)", "K35.80  ACUTE APPENDICITIS", 2), ("Procedure", "44970 LAP APPENDECTOMY", 1.6)],
             [("Attending physician", f"DR. {attending.upper()}", 2), ("Total charges", money(chg), 1),
              ("Amount paid by patient", "0.00", 1)]], section="Part B - hospital statement")
    p.ticks("Admitted as an inpatient:", [(True, "Yes"), (False, "No, observation only"), (False, "ER only")])
    p.ticks("Result of an accident:", [(False, "Yes"), (True, "No")])
    p.ticks("Benefits assigned to hospital:", [(True, "Yes (assignment attached)"), (False, "No")])
    p.typed([[("Completed by (name / title)", f"{clerk.upper()} / PATIENT ACCESS", 2),
              ("Phone", phone(rng, "402"), 1), ("Date", fdate(signed, "slash"), 1)]])
    p.note_box("Send this form with the itemized bill. Claims office use only: claim no. ____________  "
               "examiner ______  date received ______", size=8.0)
    tr = truth("other", None, insurer=INS, plan_id=None, group=grp, member_id=c, member_name=patient,
               claim_amount=m2(chg), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
               denial_date=signed.isoformat(), provider=HOSP2,
               alternates={"insurer": ALT, "provider": [attending], "claim_amount": [None], "denial_date": [None],
                           "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), tr


def lowres_late(rng):
    insured, child, np_, sig = people(rng, 4)
    child = kin(insured, child)
    emp, grp = EMPLOYERS[1]
    c = cert(rng)
    v1, v2 = dt.date(2026, 1, 6), dt.date(2026, 1, 9)
    rec = plus(v2, rng.randint(206, 214))
    nd = workday(plus(rec, rng.randint(6, 10)))
    dl = dt.date(2026, 10, 2)
    cn = clm(rng)
    chg = 389.00
    p = EBSheet(footer=None, strip=f"IMG {digits(rng, 12)}")
    p.set_margins(20, 15, 19)
    p.add_page()
    _head(p, rng, box="CLAIM NOTICE")
    for ln in [insured, *addr(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ntc Dt", yy(nd), 30, "B"), ("Cert", c, 42, "B"), ("Grp", grp, 30, "B"), ("Pt", child, 48, "B"),
                ("Clm", cn, W - 150, "B")])
    p.capcells([("DOS", f"{yy(v1)}, {yy(v2)}", 42, "B"), ("Rcvd", yy(rec), 28, "B"), ("Chgs", f"{chg:.2f}", 26, "B"),
                ("Ben", "0.00", 22, "B"), ("Sent by", BILLER, W - 118, "B")])
    p.para(f"Dear {insured}:", 9.8)
    p.para(f"Nurse practitioner {np_} saw {child} at {URG2} on 01/06/26 and 01/09/26, and your Hospital Indemnity "
           f"Plan pays a set urgent care benefit for each visit. The centre's billing company, {BILLER}, mailed us the "
           "claim, and it reached us on the date in the Rcvd box.", 9.8)
    p.para("We must get a claim within 90 days after the visit. A claim that comes later is paid only when it was not "
           "possible to send it sooner and it came as soon as it could. This claim came more than 200 days after the "
           "visits and nothing with it says why, so no benefit is payable.", 9.8)
    p.para("If there was a reason the claim could not be sent on time, write to us. Your letter must be postmarked on "
           "or before 10/02/2026.", 9.8)
    p.para(f"{sig}, Claims", 9.8)
    tr = truth("denial_letter", "timely_filing", insurer=INS, group=grp, member_id=c, member_name=child, cases=[cn],
               claim_amount=m2(chg), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
               provider=URG2, appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [np_]})
    return out(p), tr


def finefax_stack(rng):
    insured, attending, cm, sig = people(rng, 4)
    emp, grp = EMPLOYERS[3]
    c = cert(rng)
    a, b = dt.date(2026, 4, 6), dt.date(2026, 4, 9)
    nd = workday(plus(b, rng.randint(24, 32)))
    cn = clm(rng)
    chg = 27310.00
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [insured, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("Claim", cn), ("Certificate", c), ("Group", grp), ("Coverage began", "01/01/2026")], size=8.8)
    p.line("Who we heard from about this stay", 8.6, "B")
    p.parties([("Hospital", HOSP2, "claim form and itemized bill"),
               ("Attending", f"Dr. {attending}", "records"),
               ("Case manager (hospital)", cm, "phone " + phone(rng, "402"))])
    p.para(f"Dear {insured}:", 10)
    p.para(f"You were a patient at {HOSP2} from Monday, April 6 through Thursday, April 9, 2026, for heart failure. "
           f"The hospital's charges were USD {chg:,.2f}. You asked for these benefits:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Benefit", "Claimed", "Payable"],
            [["Admission benefit", "1,000.00", neg(1000.0, "paren")],
             ["Daily confinement, 3 days at 200.00", "600.00", neg(600.0, "paren")],
             ["Total", "1,600.00", "0.00"]], [90, 40, W - 130], size=8.8, aligns=["L", "R", "R"], bold_last=True)
    p.para("The records Dr. " + attending + " sent show that you were treated for heart failure in October 2025 and "
           "were taking medicine for it when your certificate began on January 1, 2026. For the first 12 months a "
           "certificate is in force, it does not pay for a stay caused by a condition you saw a doctor for, or took "
           "medicine for, in the 12 months before it began. This stay falls in that time, so no benefit is payable "
           "for it. Stays for other reasons are not affected, and this limit ends on January 1, 2027.", 10)
    p.para("If you think we have this wrong, write to us within 90 days after the date printed above. Send any "
           "records you want us to read.", 10)
    p.para(f"Sincerely,\n{sig}\nHospital Indemnity Claims", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=c, member_name=insured,
                         cases=[cn], claim_amount=m2(chg), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                         denial_date=nd.isoformat(), provider=HOSP2, appeal_deadline=plus(nd, 90).isoformat(),
                         alternates={"insurer": ALT, "provider": [attending],
                                     "service_dates": [[a.isoformat(), b.isoformat()]]}))
    insured2, patient2, sig2 = people(rng, 3)
    patient2 = kin(insured2, patient2)
    emp2, grp2 = EMPLOYERS[2]
    c2 = cert(rng)
    v = dt.date(2026, 5, 11)
    r1, r2 = dt.date(2026, 5, 20), dt.date(2026, 6, 3)
    nd2 = workday(dt.date(2026, 7, rng.randint(6, 10)))
    cn2 = clm(rng, "AX")
    chg2 = 315.00
    q = EBSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, unit="Accident Claims")
    q.para(nd2.isoformat(), 10)
    for ln in [insured2, *addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Claim", cn2), ("Certificate", grouped(c2, 4)), ("Patient", patient2), ("Visit", v.isoformat()),
             ("Charges", f"{chg2:.2f}"), ("Benefit paid", "0.00")], label_w=40, size=9.4, h=5.0)
    q.ln(2)
    q.para(f"Dear {insured2}:", 10)
    q.para(f"{URG1} sent us an Accident Plan claim for {patient2}'s visit on {v.isoformat()}. To pay an accident "
           "benefit we need the centre's note of the visit, which tells us what the injury was and how it happened.",
           10)
    q.para(f"We wrote to the centre for the note on {r1.isoformat()} and again on {r2.isoformat()}. Nothing has "
           "come, so we have closed the claim without a payment. Nothing about the visit itself has been decided.", 10)
    q.para("If you or the centre send the note, we will open the claim again. If you want to appeal, you can do so "
           "within 180 days of the day you receive this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nAccident Claims", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, group=None, member_id=c2, member_name=patient2,
                         cases=[cn2], claim_amount=m2(chg2), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=URG1, appeal_deadline=None, alternates={"insurer": ALT}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_copy_observation_not_inpatient", "fax_standard_g4", [faxstd_observation(rng)]),
        Item(F + "born_digital_accident_eob_ambulance_rider_row", "born_digital", [bd_eob(rng)]),
        Item(F + "scan_letter_work_injury_urgent_care_two_visits", "scan_clean_300", [scan_work_injury(rng)]),
        Item(F + "phone_es_carta_certificado_terminado_prima", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_completed_claim_form_appendectomy", "rotated", [rotated_claim_form(rng)]),
        Item(F + "lowres_caption_form_urgent_care_claim_sent_late", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "finefax_stack_cover_preexisting_then_records_not_received_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
