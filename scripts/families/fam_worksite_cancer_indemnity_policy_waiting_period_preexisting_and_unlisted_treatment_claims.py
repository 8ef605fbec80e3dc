"""An invented cancer-only indemnity policy sold at the workplace by payroll deduction: Sorrelmoor Life and Health
Insurance Company's Cancer Only Indemnity Policy (form SLH-CX-22), with certificates for employees of invented
employers (a school district, a county government, a freight carrier) and their families. It pays fixed amounts, not
the bills: an Initial Diagnosis Benefit, so much a day of chemotherapy or radiation, blood and platelet days, a
surgery schedule with anesthesia at a quarter of the surgery benefit, a daily Hospital Confinement Benefit for
inpatient days; nothing for a cancer first diagnosed in the 30-day waiting period after the effective date, nothing in
the first 12 months for a cancer diagnosed or treated in the 12 months before the effective date, nothing for a
treatment the schedule does not list, clinical-trial treatment only in a Phase III trial sponsored by the National
Cancer Institute, and no claim without a pathology report. The insurer, the policy, its benefits, limits, codes, form
numbers and time limits, every employer, hospital, surgery center, clinic, laboratory, service company, doctor,
benefits clerk, insured, number and address are invented; phones use 555. CPT and revenue codes appear as
themselves. No heading names the kind of denial; each reason is told in plain words or by a code.

Documents (8 in 7 files):
- born_digital_benefit_statement_chemotherapy_days_paid_with_voucher: a statement of benefits paid (denies nothing)
  with values over their captions, an open ledger of treatment days ("Tue 03/03/26"), each with the provider's charges
  beside the fixed benefit, a year-to-date line, an example certificate number in the boilerplate ("CX000-00000") and
  a direct deposit voucher with the amount in words; "within 60 days of the statement date".
- faxstd_letter_initial_diagnosis_in_thirty_day_waiting_period: a letter faxed (standard) with captions left of the
  boxes refusing the Initial Diagnosis and biopsy surgery benefits because the tissue was taken on "the 19th of
  February 2026", the 19th day after the effective date "Feb. 1st, 2026"; the premium refund and the laboratory's
  accession number as decoys; "must be postmarked no later than <date>" (not_covered; eligibility accepted).
- lowres_claim_statement_scalp_cooling_not_a_listed_treatment: a 150 dpi claim determination with captions under the
  boxes ("Stmt", "Cert #" with an S, "Acct", "Clm", "Pt", "Rcvd"), four lines of a scalp cooling company each on its
  own date, charge / listed benefit / paid / not payable columns, the reason only as code NL explained in a legend at
  the foot of the page; "within 90 days of the Stmt date" (not_covered).
- photocopy_two_page_melanoma_surgery_preexisting_twelve_month_limit: a photocopied two-page letter with values followed
  by their captions in parentheses, refusing a wide excision, node biopsy and anesthesia of "Tuesday, March 17, 2026"
  because the melanoma was removed on June 12, 2025, within the 12 months before the effective date; charges / schedule
  benefit / not payable; the rights on page 2: "within 90 days from the date at the top of page 1" (not_covered).
- phone_es_carta_reclamacion_cerrada_sin_informe_de_patologia: a photographed Spanish letter closing a lumpectomy
  claim of "lunes, 9 de marzo de 2026" because the pathology report never came after two requests ("3.450,00 $" and
  "US$ 3,450.00"); a phone call's reference number as a decoy; "dentro de los 60 días siguientes a la fecha de esta
  carta" (other: records not received).
- rotated_review_decision_phase_one_trial_infusions: a review decision fed sideways with a facts box at the right (the
  certificate number beside a Medicare number as a decoy, a review number with a G) keeping the refusal of two
  infusions given in a Phase I study on "Tuesday, March 10, 2026" and "Tuesday, March 24, 2026" (experimental); only
  the state insurance department left (no deadline).
- scan_stack_county_benefits_office_letter_then_observation_stay_two_pages_sideways: a clean-scan stack of the county
  government's benefits office letter forwarding the insurer's answer with a "Re:" line joined by slashes (its own
  document, denies nothing), its duplex back, then the insurer's two-page letter whose claim number is broken over two
  lines in a narrow box, refusing the Hospital Confinement Benefit for a stay "from March 31 to April 2, 2026" kept
  under observation and never admitted (level_of_care); page 2 fed sideways with the day lines and "within 180 days
  from the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famia import (EESheet, dname, dollars, es_after, es_date, es_short, es_wday, kin, mbi, mbi_dashed,
                               n2, odd_in, ord_abbr, ord_of, people, phone, span_cross, split_name, us_address,
                               usd_es, workday, wlong, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "worksite_cancer_indemnity_policy_waiting_period_preexisting_and_unlisted_treatment_claims"
LANG = "en"
SEED = 355040
INS = "Sorrelmoor Life and Health Insurance Company"
ALT = ["Sorrelmoor Life and Health", "Sorrelmoor Life & Health Insurance Company", "Sorrelmoor",
       "Sorrelmoor Life and Health Insurance Co."]
EMPLOYERS = [("Ashgrove Valley School District", "AV"), ("Ridgemont County Government", "RC"),
             ("Tennmark Freight Lines", "TF")]
INFUSION = "Mossbrook Cancer & Infusion Center"
SURG_CTR = "Hollins Ferry Surgery Center"
LAB = "Quarry Hill Pathology Associates"
COLD = "Frostline Scalp Cooling Services"
SURG_HOSP = "Lookout Valley Surgical Hospital"
DERM = "Wrenfield Dermatology"
ES_HOSP = "Chickamauga Creek Surgical Hospital"
TRIAL = "Cumberland Research Oncology Institute"
OBS_HOSP = "Sequatchie Valley Regional Hospital"


def _head(p, rng, unit="Cancer Claims Unit", box=None):
    p.head(INS, "SLH", [f"{unit}  |  PO Box {rng.randint(30100, 30999)}, Chattanooga, TN 37422",
                        f"Claims line 1-877-555-{digits(rng, 4)}  |  Fax 1-877-555-{digits(rng, 4)}  |  "
                        "TTY 711  |  Cancer Only Indemnity Policy, form SLH-CX-22"], box=box, size=12.5)


def cert(rng, odd=None):
    """CX6O2-44817: a certificate number (one digit place may hold a letter a reader takes for a digit)."""
    return f"CX{odd_in(digits(rng, 3), odd, rng, lo=0)}-{digits(rng, 5)}"


def acct(rng, emp):
    return f"{emp[1]}-{digits(rng, 5)}"


def claim_no(rng):
    return f"CL-26-{digits(rng, 4)}-{digits(rng, 5)}"


def bd_paid_statement(rng):
    insured, onc = people(rng, 2, pool="us", sexes="f")
    emp = EMPLOYERS[0]
    c = cert(rng, "O")
    a = acct(rng, emp)
    clm = claim_no(rng)
    sd = workday(dt.date(2026, 4, rng.randint(27, 29)))
    due = plus(sd, 60)
    days = [(dt.date(2026, 3, 3), "Chemotherapy (96413, 96415, J9267)", 7412.60, 350.00, "C1"),
            (dt.date(2026, 3, 24), "Chemotherapy (96413, 96415, J9267)", 7412.60, 350.00, "C1"),
            (dt.date(2026, 3, 26), "Platelet transfusion (36430, P9035)", 1184.00, 150.00, "B3"),
            (dt.date(2026, 4, 14), "Chemotherapy (96413, 96415, J9267)", 7412.60, 350.00, "C1")]
    charges = sum(x[2] for x in days)
    paid = sum(x[3] for x in days)
    W = 215.9 - 32
    p = EESheet(footer="Page {n} of {nb}", footer_left="SLH-BS-4 (01/26)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, box="STATEMENT OF BENEFITS PAID")
    p.under([(fdate(sd, "long"), "Statement date"), (c, "Certificate no."), (a, "Employer account"),
             (clm, "Claim no.")], widths=[42, 40, 38, W - 120])
    p.under([(insured, "Insured and patient"), (emp[0], "Employer"), ("Individual, Option B", "Coverage")],
            widths=[56, 70, W - 126])
    for ln in [insured, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    f, mi, last = split_name(insured)
    p.para(f"Dear {f} {last}:", 9.8)
    p.para(f"We have paid the benefits below for the treatment you received at {INFUSION}. Your policy pays the fixed "
           "amounts in your schedule of benefits for each day of a listed treatment, no matter what the provider "
           "charged. The charges are shown only so you can match the days to your bills.", 9.6)
    rows = [[dname(d), desc, INFUSION, n2(chg), n2(ben), code] for d, desc, chg, ben, code in days]
    p.ledger(["Date", "Treatment", "Where", "Charges on the bill", "Benefit paid", "Code"], rows,
             [21, 54, 52, 22, 18, W - 167], aligns=["L", "L", "L", "R", "R", "C"], size=7.6,
             totals=["", "Totals", "", n2(charges), n2(paid), ""])
    p.para("C1: chemotherapy or radiation, $350 for each day you receive it (up to $10,000 a calendar year).  "
           "B3: blood, plasma or platelets, $150 for each day you receive them.", 8.4)
    p.para(f"Chemotherapy and radiation benefits paid for 2026 so far: {dollars(3 * 350.0)} of "
           f"$10,000.00. Your treating oncologist on file is Dr. {onc}.", 8.8)
    p.bar("Good to know")
    p.para("Your certificate number looks like CX000-00000 and is printed on your certificate schedule page. "
           "Please write it on each claim form. If you think a benefit on this statement is wrong, write to us "
           "within 60 days of the statement date and tell us which day you mean.", 8.8)
    p.voucher(INS, [("Date", fdate(sd, "slash")), ("Deposit no.", digits(rng, 9)), ("Claim", clm)], paid,
              [insured.upper(), "Checking account ending " + digits(rng, 4)])
    t = truth("eob", None, insurer=INS, group=a, member_id=c, member_name=insured, cases=[clm],
              claim_amount=m2(charges), service_dates=[f"{days[0][0].isoformat()}/{days[-1][0].isoformat()}"],
              denial_date=sd.isoformat(), provider=INFUSION, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {onc}"], "appeal_deadline": [None],
                          "service_dates": [[d[0].isoformat() for d in days]]})
    return out(p), t


def faxstd_waiting_period(rng):
    insured, surgeon, examiner = people(rng, 3, pool="us", sexes="f")
    emp = EMPLOYERS[2]
    c = cert(rng, "I")
    a = acct(rng, emp)
    clm = claim_no(rng)
    eff = dt.date(2026, 2, 1)
    biopsy = dt.date(2026, 2, 19)
    signed = dt.date(2026, 2, 23)
    ld = workday(dt.date(2026, 4, rng.randint(20, 23)))
    due = plus(ld, 61)
    bill = 2318.00
    accession = f"QHP-26-{digits(rng, 5)}"
    fax = (f"FROM: SORRELMOOR CLAIMS  1-877-555-{digits(rng, 4)}   {ld.strftime('%b-%d-%Y').upper()} "
           f"{rng.randint(13, 16)}:{rng.randint(10, 59)}   PG 01/01")
    W = 215.9 - 32
    p = EESheet(footer=None, footer_left="SLH-WP-2 (01/26)", fax_hdr=fax)
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng)
    p.capcells([("Letter date", fdate(ld, "long"), 56, "L"), ("Claim no.", clm, 62, "L"),
                ("Certificate", c, W - 118, "L")], cap=6.2)
    p.capcells([("Employer acct", a, 56, "L"), ("Effective", fdate(eff, "slash"), 62, "L"),
                ("Tissue taken", fdate(biopsy, "slash"), W - 118, "L")], cap=6.2)
    for ln in [insured, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    f, mi, last = split_name(insured)
    p.para(f"Dear Ms. {last}:", 10)
    p.para(f"We received your claim for the Initial Diagnosis Benefit and for the Surgery Benefit for the breast "
           f"biopsy Dr. {surgeon} did at {SURG_CTR} on {ord_of(biopsy)}. The bill you sent from the surgery center "
           f"shows charges of ${bill:,.2f}. We are not able to pay either benefit.", 10)
    p.para(f"Your certificate took effect on {ord_abbr(eff)}. The policy pays no benefit for a cancer that is first "
           "diagnosed during the 30 days that begin on the effective date. Your policy counts a cancer as diagnosed "
           f"on the day the tissue that showed it was taken, not the day the report was written. {LAB} signed the "
           f"report (accession no. {accession}) on {fdate(signed, 'long')}, but the tissue was taken on the 19th "
           "day of your coverage.", 10)
    p.para("Because the cancer was found during the waiting period, you may choose to cancel your certificate and "
           "have every premium you paid returned to you: $86.40, four payroll deductions of $21.60. You may also "
           "keep the certificate. If you keep it, it will pay for a different cancer diagnosed later, but never "
           "for this one. Please tell us your choice on the enclosed form.", 10)
    p.para("If you believe the date we used is wrong, for example because the tissue was taken on a different day, "
           "you may ask us to reconsider. Your written request must be postmarked no later than "
           f"{fdate(due, 'long')}. Send the pathology report and any other records that show the date.", 10)
    p.para(f"Sincerely,\n{examiner}\nSenior Claim Examiner, Cancer Claims Unit", 9.8)
    t = truth("denial_letter", "not_covered", insurer=INS, group=a, member_id=c, member_name=insured, cases=[clm],
              claim_amount=m2(bill), service_dates=[biopsy.isoformat()], denial_date=ld.isoformat(),
              provider=SURG_CTR, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"], "claim_amount": [None]},
              denial_alternates=["eligibility"])
    return out(p), t


def lowres_scalp_cooling(rng):
    insured, = people(rng, 1, pool="us", sexes="m")
    wife = kin(rng, insured, "f", pool="us")
    emp = EMPLOYERS[0]
    c = cert(rng, "S")
    a = acct(rng, emp)
    clm = claim_no(rng)
    rcvd = dt.date(2026, 4, rng.randint(20, 22))
    sd = workday(plus(rcvd, rng.randint(8, 10)))
    due = plus(sd, 90)
    lines = [(dt.date(2026, 3, 3), "Cooling cap kit, fitting", 395.00),
             (dt.date(2026, 3, 3), "Scalp cooling session", 480.00),
             (dt.date(2026, 3, 24), "Scalp cooling session", 480.00),
             (dt.date(2026, 4, 14), "Scalp cooling session", 480.00)]
    total = sum(x[2] for x in lines)
    W = 215.9 - 30
    p = EESheet(footer="Page {n} of {nb}", footer_left="SLH-CDS-1")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng, box="CLAIM DETERMINATION STATEMENT")
    p.capcells([("Stmt", fdate(sd, "short"), 26, "B"), ("Cert #", c, 34, "B"), ("Acct", a, 28, "B"),
                ("Clm", clm, 44, "B"), ("Rcvd", yy(rcvd), W - 132, "B")], cap=5.6)
    p.capcells([("Pt", wife, 60, "B"), ("Insured", insured, 60, "B"), ("Provider", COLD, W - 120, "B")], cap=5.6)
    for ln in [insured, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    rows = [[yy(d), desc, n2(chg), "-", "0.00", n2(chg), "NL"] for d, desc, chg in lines]
    p.ledger(["Date", "Description", "Charge", "Listed benefit", "Paid", "Not payable", "Code"], rows,
             [22, 60, 24, 26, 20, 24, W - 176], aligns=["L", "L", "R", "C", "R", "R", "C"], size=8.2,
             totals=["", "Claim totals", n2(total), "", "0.00", n2(total), ""])
    p.para(f"Benefits paid on this claim: 0.00.  Chemotherapy days at {INFUSION} on the same dates were paid on an "
           "earlier statement.", 8.8)
    p.para(f"To ask for a review, write to the Cancer Claims Unit within 90 days of the Stmt date above. Include the "
           f"claim number and any records you want us to see. Questions: {phone(rng, '423')}.", 8.8)
    p.ln(14)
    p.legend("WHAT THE CODES MEAN", [
        ("C1", "A day of chemotherapy or radiation: $350 a day, as your schedule of benefits shows."),
        ("NL", "The service is not one of the treatments listed in the schedule of benefits. The policy pays fixed "
               "amounts only for the treatments it names; cooling the scalp to lessen hair loss during chemotherapy, "
               "and the cap used for it, are not among them."),
        ("PR", "A pathology report is needed before benefits can be paid."),
    ], size=7.8)
    t = truth("eob", "not_covered", insurer=INS, group=a, member_id=c, member_name=wife, cases=[clm],
              claim_amount=m2(total), service_dates=[f"{lines[0][0].isoformat()}/{lines[-1][0].isoformat()}"],
              denial_date=sd.isoformat(), provider=COLD, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "service_dates": [sorted({d.isoformat() for d, _, _ in lines})]},
              type_alternates=["denial_letter"])
    return out(p), t


def photocopy_preexisting(rng):
    insured, surgeon, derm, examiner = people(rng, 4, pool="us", sexes="m")
    emp = EMPLOYERS[2]
    c = cert(rng, "B")
    a = acct(rng, emp)
    clm = claim_no(rng)
    eff = dt.date(2025, 9, 1)
    before = dt.date(2025, 6, 12)
    surg = dt.date(2026, 3, 17)
    ld = workday(dt.date(2026, 4, rng.randint(13, 15)))
    due = plus(ld, 90)
    lines = [("11606", "Wide excision, melanoma site, left shoulder", 3840.00, 750.00),
             ("38525", "Sentinel lymph node biopsy, axilla", 2610.00, 900.00),
             ("00400", "Anesthesia", 480.00, 412.50)]
    total = sum(x[2] for x in lines)
    bens = sum(x[3] for x in lines)
    W = 215.9 - 36
    p = EESheet(footer="Page {n} of {nb}", footer_left="SLH-PX-12 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    y0 = p.get_y()
    for ln in [insured, *us_address(rng)]:
        p.line(ln, 9.8)
    p.set_y(y0)
    p.after_caps([(fdate(ld, "long"), "date of this letter"), (c, "certificate no."), (a, "employer account"),
                  (clm, "claim no.")], size=9.2, x=p.l_margin + 96, w=84)
    p.ln(4)
    f, mi, last = split_name(insured)
    p.para(f"Dear Mr. {last}:", 10)
    p.para(f"We reviewed your claim for the surgery Dr. {surgeon} did at {SURG_HOSP} on {wlong(surg)}. We are not "
           "able to pay benefits for it at this time.", 10)
    p.para(f"Your certificate took effect on September 1, 2025. The records from {DERM} show that Dr. {derm} removed "
           f"a melanoma from your left shoulder on June 12, 2025, less than three months before that date. The "
           "policy does not pay, during the first 12 months a certificate is in force, for a cancer that was "
           "diagnosed or treated in the 12 months before the effective date. The March surgery treated the same "
           "melanoma, so it falls under that limit.", 10)
    rows = [[code, desc, n2(chg), n2(ben), "0.00", n2(ben)] for code, desc, chg, ben in lines]
    rows.append(["", "Totals", n2(total), n2(bens), "0.00", n2(bens)])
    p.table(["Code", "Procedure", "Charges", "Schedule benefit", "Payable", "Not payable"], rows,
            [16, 70, 24, 26, 18, W - 154], size=8.4, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("The limit ends after your certificate has been in force for 12 months. Treatment you receive on or after "
           "September 1, 2026 can be paid under your schedule, including treatment of this melanoma, as long as "
           "the certificate stays in force.", 10)
    p.para("Your rights if you disagree are on page 2.", 10)
    p.add_page()
    p.heading("If you disagree with this decision", 11.5, rule=True)
    p.para("You may ask us to review it. Send your request in writing within 90 days from the date at the top of "
           "page 1. Tell us why you disagree and send any records you want us to consider, for example a letter "
           "from your doctor if you believe the March surgery treated a new cancer and not the one removed in "
           "2025.", 10)
    p.para("A claim examiner who did not make this decision will review your request, with a doctor if a medical "
           "question must be answered. We will write to you within 30 days after we receive it.", 10)
    p.para("You may also contact your state's department of insurance at any time.", 10)
    p.para(f"Sincerely,\n{examiner}\nCancer Claims Unit", 9.8)
    t = truth("denial_letter", "not_covered", insurer=INS, group=a, member_id=c, member_name=insured, cases=[clm],
              claim_amount=m2(total), service_dates=[surg.isoformat()], denial_date=ld.isoformat(),
              provider=SURG_HOSP, appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {surgeon}"], "claim_amount": [m2(bens)]},
              denial_alternates=["eligibility"])
    return out(p), t


def phone_es_no_pathology(rng):
    pt, surgeon, clerk = people(rng, 3, pool="es", sexes="f")
    emp = EMPLOYERS[2]
    c = cert(rng, "Z")
    a = acct(rng, emp)
    clm = claim_no(rng)
    surg = dt.date(2026, 3, 9)
    ask1, ask2 = dt.date(2026, 3, 20), dt.date(2026, 4, 6)
    call = dt.date(2026, 4, 2)
    callref = f"{digits(rng, 2)}-{digits(rng, 4)}-CS"
    ld = workday(dt.date(2026, 5, rng.randint(4, 6)))
    due = plus(ld, 60)
    lines = [("19301", "Mastectomía parcial (lumpectomía)", 2960.00), ("00402", "Anestesia", 490.00)]
    total = sum(x[2] for x in lines)
    p = EESheet(footer="Página {n} de {nb}", footer_left="SLH-RNR-ES")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Unidad de Reclamaciones de Cáncer")
    p.f(12, "B")
    p.cell(0, 7, "Su reclamación quedó cerrada", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    for ln in [pt, *us_address(rng)]:
        p.line(ln, 9.8)
    p.set_y(y0)
    p.after_caps([(es_wday(ld), "fecha de esta carta"), (c, "nº de certificado"), (a, "cuenta del empleador"),
                  (clm, "nº de reclamación")], size=9.0, x=p.l_margin + 88, w=94)
    p.ln(4)
    f, mi, last = split_name(pt)
    p.para(f"Estimada Sra. {last}:", 10)
    p.para(f"Recibimos su reclamación por la operación que le hizo la Dra. {surgeon} en {ES_HOSP} el {es_wday(surg)}.",
           10)
    W = p.w - p.l_margin - p.r_margin
    rows = [[es_short(surg), code, desc, es_after(chg)] for code, desc, chg in lines]
    rows.append(["", "", "Total de cargos", es_after(total)])
    p.table(["Fecha", "Código", "Servicio", "Cargo"], rows, [26, 18, 90, W - 134], size=8.6,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("La póliza solo paga beneficios cuando recibimos el informe de patología que confirma el cáncer. Le "
           f"pedimos ese informe por carta el {es_date(ask1)} y otra vez el {es_date(ask2)}, y también se lo pedimos "
           f"al hospital. Cuando usted nos llamó el {es_date(call)} (referencia de la llamada {callref}), le "
           "explicamos que faltaba. Hasta hoy no lo hemos recibido, así que cerramos la reclamación sin pagar "
           f"beneficios. Los cargos de la cuenta suman {usd_es(total)}.", 10)
    p.para("Si consigue el informe, envíenoslo con el número de reclamación y volveremos a abrirla.", 10)
    p.para("Si no está de acuerdo con esta decisión, puede pedir una revisión por escrito dentro de los 60 días "
           "siguientes a la fecha de esta carta.", 10)
    p.para(f"Atentamente,\n{clerk}\nUnidad de Reclamaciones de Cáncer", 9.8)
    t = truth("denial_letter", "other", insurer=INS, group=a, member_id=c, member_name=pt, cases=[clm],
              claim_amount=m2(total), service_dates=[surg.isoformat()], denial_date=ld.isoformat(), provider=ES_HOSP,
              appeal_deadline=due.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dra. {surgeon}", surgeon]},
              denial_alternates=["not_covered"])
    return out(p), t


def rotated_trial_review(rng):
    insured, onc, reviewer, officer = people(rng, 4, pool="us", sexes="m")
    emp = EMPLOYERS[2]
    c = cert(rng)
    a = acct(rng, emp)
    clm = claim_no(rng)
    rv = f"RV-26-{odd_in(digits(rng, 5), 'G', rng)}"
    med = mbi(rng)
    d1, d2 = dt.date(2026, 3, 10), dt.date(2026, 3, 24)
    each = 7110.00
    asked = dt.date(2026, 4, rng.randint(13, 16))
    dd = workday(plus(asked, rng.randint(20, 26)))
    p = EESheet(footer="Page {n} of {nb}", footer_left="SLH-RVD-3 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Claim Review Unit")
    p.f(12, "B")
    p.cell(0, 7, "Our answer to your request for review", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [insured, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    f, mi, last = split_name(insured)
    p.facts_right([("Decision date", fdate(dd, "long")), ("Review no.", rv), ("Claim no.", clm),
                   ("Certificate no.", c), ("Medicare no.", mbi_dashed(med)), ("Employer account", a),
                   ("Treatment dates", f"{wlong(d1)}; {wlong(d2)}"), ("Charges", f"${2 * each:,.2f}")],
                  [f"Dear Mr. {last}:",
                   f"On {fdate(asked, 'long')} you asked us to review our refusal to pay chemotherapy benefits for "
                   f"two infusions you received at {TRIAL}. Your oncologist there, Dr. {onc}, wrote to support your "
                   f"request. Dr. {reviewer}, an oncologist who was not part of the first decision, reviewed it.",
                   "We have decided that the refusal stands.",
                   "The infusions were of a drug that is being studied in a Phase I clinical trial. A Phase I trial "
                   "tests whether a new drug is safe and what dose can be given; it has not shown that the drug "
                   "treats cancer. Your policy pays for treatment given in a clinical trial only when the trial is a "
                   "Phase III trial sponsored by the National Cancer Institute. For any other trial, the drug is "
                   "treated as experimental and no benefit is paid.",
                   "Blood tests and office visits you had during the study are not part of this decision; we paid "
                   "the ones your policy lists.",
                   "This completes our review of the claim. If you still disagree, you may contact your state's "
                   "department of insurance.",
                   f"Sincerely,\n{officer}\nClaim Review Unit"], side_w=62, size=9.4)
    t = truth("denial_letter", "experimental", insurer=INS, group=a, member_id=c, member_name=insured,
              cases=[rv, clm], claim_amount=m2(2 * each), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=dd.isoformat(), provider=TRIAL,
              alternates={"insurer": ALT, "case_numbers": [[rv], [clm]], "provider": [f"Dr. {onc}"]})
    return out(p), t


def stack_observation(rng):
    insured, hr, examiner, hosp_md = people(rng, 4, pool="us", sexes="f")
    emp = EMPLOYERS[1]
    c = cert(rng, "O")
    a = acct(rng, emp)
    clm = claim_no(rng)
    ld = workday(dt.date(2026, 5, rng.randint(11, 13)))
    hr_d = workday(plus(ld, 7))
    due = plus(ld, 180)
    days = [dt.date(2026, 3, 31), dt.date(2026, 4, 1), dt.date(2026, 4, 2)]
    addr = [f"{rng.randint(100, 9899)} Coops Creek Rd", "Dunlap, TN 37327"]
    f, mi, last = split_name(insured)
    # the county benefits office's letter
    h = EESheet(footer=None, serif=True)
    h.set_margins(24, 18, 24)
    h.add_page()
    h.f(14, "B")
    h.cell(0, 7, emp[0], new_x="LMARGIN", new_y="NEXT")
    h.f(8.4)
    h.cell(0, 4, f"Human Resources  -  Benefits Office  |  Courthouse Annex, {rng.randint(100, 499)} W Main St, "
                 f"Dunlap, TN 37327  |  {phone(rng, '423')}", new_x="LMARGIN", new_y="NEXT")
    h.rule(5)
    h.line(fdate(hr_d, "long"), 10)
    h.ln(3)
    for ln in [insured, *addr]:
        h.line(ln, 10)
    h.ln(3)
    h.para(f"Re: {insured} / Sorrelmoor certificate {c} / claim {clm}", 10, gap=3)
    h.para(f"Dear {f},", 10)
    h.para("You asked us to help with your cancer policy claim for your hospital stay this spring. Sorrelmoor sent "
           "us a copy of its letter, which I enclose in case yours went astray. As the letter explains, the hospital "
           "kept you under observation and did not admit you, and the policy's hospital benefit is paid only for "
           "inpatient days.", 10)
    h.para("If the hospital changed your status to inpatient at any point, ask its business office for a letter "
           "saying so and send it to Sorrelmoor with a request for review. The county cannot decide claims under the "
           "policy; we only collect the premiums from payroll.", 10)
    h.para(f"Sincerely,\n\n{hr}\nBenefits Coordinator", 10)
    d_a = (out(h), truth("other", None, insurer=None, member_id=c, member_name=insured, cases=[clm],
                         denial_date=hr_d.isoformat(), unscored=["insurer"],
                         alternates={"insurer": [INS]},
                         type_alternates=["denial_letter"]))
    # the insurer's two-page letter
    p = EESheet(footer="Page {n} of {nb}", footer_left="SLH-HC-7 (02/26)",
                strip=f"{insured}  |  claim {clm}  |  certificate {c}  |  page {{n}}")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.split_boxes([("Date of letter", fdate(ld, "abbr"), 30), ("Claim number", [clm[:10], clm[10:]], 25),
                   ("Certificate", c, 28), ("Employer account", a, 26), ("Hospital", OBS_HOSP, W - 109)], size=8.6)
    for ln in [insured, *addr]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear Ms. {last}:", 10)
    p.para(f"We received your claim for the Hospital Confinement Benefit for your stay at {OBS_HOSP} from "
           f"{span_cross(days[0], days[-1])}, when you went to the emergency room with a fever during your "
           "chemotherapy. We cannot pay that benefit.", 10)
    p.para("The hospital's records show that you were placed under observation and were not admitted as an "
           f"inpatient, though you stayed two nights. Dr. {hosp_md} ordered observation when you arrived and "
           "released you on the third day without changing the order. Your policy pays the Hospital Confinement "
           "Benefit only for days you are admitted to a hospital as an inpatient and charged for room and board. "
           "Observation is outpatient care, even when it lasts more than one night.", 10)
    p.para("The platelet transfusion you received on April 1 was paid on an earlier statement as a blood day. The "
           "charges for the stay and your rights are on page 2.", 10)
    p.para(f"Sincerely,\n{examiner}\nCancer Claims Unit", 9.8)
    p.add_page()
    rows = [[yy(days[0]), "0450", "Emergency room", "1", n2(1862.00)],
            [yy(days[0]), "0762", "Observation room (hours)", "17", n2(17 * 96.00)],
            [yy(days[1]), "0762", "Observation room (hours)", "24", n2(24 * 96.00)],
            [yy(days[1]), "0390", "Platelets, transfusion", "1", n2(1184.00)],
            [yy(days[2]), "0762", "Observation room (hours)", "9", n2(9 * 96.00)],
            [yy(days[2]), "0250", "Pharmacy", "-", n2(611.45)]]
    total = 1862.00 + 50 * 96.00 + 1184.00 + 611.45
    rows.append(["", "", "Total charges", "", n2(total)])
    p.bar("CHARGES ON THE HOSPITAL BILL")
    p.table(["Date", "Rev", "Service", "Units", "Charges"], rows, [24, 16, 80, 18, W - 138], size=8.6,
            aligns=["L", "L", "L", "C", "R"], bold_last=True)
    p.para("Hospital Confinement Benefit payable: $0.00 (no inpatient day).", 9.4)
    p.bar("IF YOU DISAGREE")
    p.para("You may ask us for a review within 180 days from the date of this letter. Send your request in writing "
           "to the Cancer Claims Unit with any records that show you were admitted as an inpatient, such as an "
           "admission order or a letter from the hospital's business office.", 9.6)
    d_b = (out(p), truth("denial_letter", "level_of_care", insurer=INS, group=a, member_id=c, member_name=insured,
                         cases=[clm], claim_amount=m2(total),
                         service_dates=[f"{days[0].isoformat()}/{days[-1].isoformat()}"], denial_date=ld.isoformat(),
                         provider=OBS_HOSP, appeal_deadline=due.isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {hosp_md}"],
                                     "service_dates": [[d.isoformat() for d in days]]},
                         denial_alternates=["not_covered"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_benefit_statement_chemotherapy_days_paid_with_voucher", "born_digital",
             [bd_paid_statement(rng)]),
        Item(F + "faxstd_letter_initial_diagnosis_in_thirty_day_waiting_period", "fax_standard_g4",
             [faxstd_waiting_period(rng)]),
        Item(F + "lowres_claim_statement_scalp_cooling_not_a_listed_treatment", "scan_lowres_150",
             [lowres_scalp_cooling(rng)]),
        Item(F + "photocopy_two_page_melanoma_surgery_preexisting_twelve_month_limit", "photocopy",
             [photocopy_preexisting(rng)]),
        Item(F + "phone_es_carta_reclamacion_cerrada_sin_informe_de_patologia", "phone_photo",
             [phone_es_no_pathology(rng)]),
        Item(F + "rotated_review_decision_phase_one_trial_infusions", "rotated", [rotated_trial_review(rng)]),
        Item(F + "scan_stack_county_benefits_office_letter_then_observation_stay_two_pages_sideways",
             "scan_clean_300", stack_observation(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
