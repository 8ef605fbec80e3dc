"""An invented Medicare Advantage medical savings account (MSA) plan, Aldermoor Medicare MSA 5200 of Aldermoor Health
Plans, Inc., with its account held by an invented bank custodian (Tollgate Federal Savings Bank). The plan puts a
yearly deposit into the enrollee's account at the start of the year, has a high deductible, counts only care that
Original Medicare covers toward that deductible, pays nothing until the deductible is met (providers then bill the
enrollee, who may pay from the account), pays after auto insurance when an accident is involved, and decides appeals
as any Medicare Advantage plan does (a reconsideration asked for within 65 days of the notice; a decision kept on
reconsideration goes on to an independent reviewer by itself). Medicare, Original Medicare, the 20-visit yearly
limit on acupuncture for chronic low back pain, the 65-day limit, CPT and ICD-10 codes and the kinds of care appear
as themselves; the plan, the bank, the deductible ($5,200), the deposit, every clinic, hospital, laboratory,
supplier, billing service, auto insurer, doctor, person, number and address are invented (phones 555). No heading
names the kind of refusal; each reason is put in the writer's own plain words.

Documents (8 in 7 files):
- born_digital_landscape_march_eob_acupuncture_21st_visit: a landscape monthly EOB with an identifier band (enrollee
  identifier, plan ID, a Medicare number as a decoy), a deductible tracker and the account deposit (decoy amounts), a
  claims table whose rows each carry a claim number and a date: two claims counted toward the deductible and not
  paid (the enrollee owes them; not refusals) with "58.12 CR" adjustments, and one acupuncture claim refused as the
  21st visit of the year (not_covered, other accepted), explained under a note code; a total line that is not the
  refused amount; scan digits and a material number as decoys; "within 65 days of the date of this notice".
- faxstd_clinic_statement_deductible_balance_due: a standard-fax statement from a family practice's billing service
  (denies nothing): the plan applied the visit to the deductible, a contractual adjustment "58.60-", the balance due
  from the patient; the line dated "03.04.26" with the visit date written out above; the plan's subscriber no., a
  patient account number and a pay-by date as decoys; the insurer unscored.
- lowres_auto_insurance_pays_first_emergency_visit: a 150 dpi letter with small-capital captions on the left margin
  and boxed values (enrollee identifier, claim control number): an emergency visit after a car crash to be billed to
  the auto insurer's medical payments coverage first (other: coordination of benefits); the auto insurer's claim
  number as a decoy; "within 65 days of the date of this notice".
- photocopy_lab_claim_incomplete_diagnosis_code: a photocopied letter: a laboratory claim returned because its
  diagnosis code lacks its last character (coding_error); the amount only in a sentence ("cannot pay or count the
  $... the laboratory billed"); a phone call's "Ref#" as a decoy; "within 65 days of the date of this letter".
- phone_es_inscripcion_terminada_consulta_de_abril: a photographed Spanish letter: the enrollee went back to Original
  Medicare from April 1, so an April visit is not the plan's to pay (eligibility); the amount refused only in a
  sentence, the share of the deposit to be returned as a decoy amount, "Número de Medicare" as a decoy; "dentro de
  65 días a partir de la fecha de esta carta".
- rotated_checkbox_decision_chest_pain_stay_paid_as_outpatient: a form fed turned, the decision only in the ticked
  box ("We denied part of this claim"), a stay with "Adm 05/04/26" and "Dis 05/06/26" paid as outpatient care under
  watch, not as an admission (level_of_care); a form number and a material ID as decoys; ask "by" a printed date.
- finefax_stack_cover_then_cancer_blood_test_sidebar_then_wheelchair_reconsideration_page2_sideways: a fine fax: a
  fax cover sheet, a two-column letter with a sidebar of identifiers and phone, fax and TTY numbers refusing a blood
  test that looks for many cancers at once as still being studied (experimental, not_covered accepted; "within 65
  days"), then a two-page reconsideration decision keeping the refusal of a power wheelchair (medical_necessity),
  page 2 fed sideways with the facts in a table at its bottom (reconsideration no., claim no., delivery date,
  supplier, billed); the case went on to the independent reviewer by itself (no appeal deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhf import medicare_no
from kit_roundef_famjd import (EFSheet, cents, cr, dotted, es_date, grouped, last_first, long, n2, on_weekday,
                               people, phone, plus, slash, tollfree, trail, usd, usd_es, workday, yy)
from public_kit import digits, m2, out, truth

FAMILY = "medicare_advantage_msa_plan_deductible_account_and_provider_balance_notices"
LANG = "en"
SEED = 355053
PLAN = "Aldermoor Health Plans, Inc."
PRODUCT = "Aldermoor Medicare MSA 5200"
ALT = ["Aldermoor Health Plans", "Aldermoor Medicare MSA", PRODUCT, "Aldermoor Medicare MSA 5200 (MSA)", "Aldermoor"]
PLAN_ID = "H7219-004"
BANK = "Tollgate Federal Savings Bank"
DEDUCT = 5200.0
DEPOSIT = 2150.0
ACUP = "Northbank Integrative Pain Clinic"
CLINIC = "Ridgeline Family Physicians"
BILLCO = "Corbin Lake Medical Billing"
HOSP_ER = "St. Hedwig Lakeshore Hospital"
AUTO = "Fairhaven Auto Mutual"
LAB = "Pinecrest Clinical Laboratories"
CLINIC_ES = "Clínica Familiar Río Bravo"
HOSP = "Eastmoor General Hospital"
MCED_LAB = "Vantage Genomic Diagnostics"
DME = "Keystone Mobility Supply"
ADDR = "PO Box 66120, Green Bay, WI 54306-6120"


def enrollee_id(rng):
    return "AHP" + digits(rng, 8)


def claim_no(rng, d):
    return f"MC{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 6)}"


def _head(p, rng, box=None, unit="Member Services"):
    p.head(PLAN, "AHP", [f"{PRODUCT} (Medicare Advantage medical savings account plan)  |  {unit}",
                         f"{ADDR}  |  {tollfree(rng)} (TTY 711)  |  8 am - 8 pm, 7 days a week"], box=box, size=12)


def address(rng):
    return [f"{rng.randint(100, 8999)} {rng.choice(['Bayshore Dr', 'N Military Ave', 'Cedar Creek Rd', 'S Webster Ave', 'Elmhurst Ct'])}",
            f"{rng.choice(['Green Bay', 'De Pere', 'Appleton', 'Manitowoc', 'Sturgeon Bay'])}, WI 54{digits(rng, 3)}"]


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    enr, gp, acu, sig = people(rng, 4)
    num = enrollee_id(rng)
    mbi = medicare_no(rng)
    sd = dt.date(2026, 4, rng.randint(8, 10))
    v1 = on_weekday(dt.date(2026, 3, 3), 1)
    v2 = plus(v1, 7)
    v3 = on_weekday(dt.date(2026, 3, 23), 1)
    c1, c2, c3 = claim_no(rng, plus(v1, 4)), claim_no(rng, plus(v2, 3)), claim_no(rng, plus(v3, 5))
    b1, b2, b3 = 268.0 + cents(rng), 154.0, float(rng.choice([95, 110, 120]))
    adj1, adj2 = 58.12, round(b2 * 0.41, 2)
    ap1, ap2 = round(b1 - adj1, 2), round(b2 - adj2, 2)
    before = float(rng.randint(900, 1500)) + 0.35
    counted = round(before + ap1 + ap2, 2)
    p = EFSheet(footer="Page {n} of {nb}", footer_left=f"H7219_EOB26_M  |  Form AHP-EOB-M (rev. 10/2025)")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, box="EXPLANATION OF BENEFITS", unit="Claims")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Enrollee", enr), ("Enrollee identifier", num), ("Plan ID", PLAN_ID), ("Medicare number", mbi),
                ("Date of this notice", long(sd)), ("Claims processed", "March 1 - 31, 2026")],
               widths=[46, 38, 28, 36, 40, W - 188])
    p.ln(3)
    y0 = p.get_y()
    half = (W - 6) / 2
    left_end = p.sidebar([("Your deductible for 2026", usd(DEDUCT)), ("Counted toward it so far", usd(counted)),
               ("Still to meet", usd(DEDUCT - counted))], p.l_margin, y0, half, title="Deductible", size=8.4)
    bottom = p.sidebar([("Deposited by the plan on January 2, 2026", usd(DEPOSIT)),
                        ("Account held at", f"{BANK} (acct. ending {digits(rng, 4)})")],
                       p.l_margin + half + 6, y0, half, title="Your MSA account", size=8.4)
    p.set_xy(p.l_margin, max(left_end, bottom) + 3)
    rows = [[c1, yy(v1), f"{CLINIC}", "Office visit 99214", n2(b1), cr(adj1), n2(ap1), n2(ap1), "0.00", n2(ap1), "D1"],
            [c2, yy(v2), "Bayview Imaging Center", "Ultrasound abdomen 76700", n2(b2), cr(adj2), n2(ap2), n2(ap2),
             "0.00", n2(ap2), "D1"],
            [c3, yy(v3), ACUP, "Acupuncture 97810, 97811", n2(b3), "0.00", "0.00", "0.00", "0.00", n2(b3), "K3"]]
    tot = ["", "", "", "Totals for March", n2(b1 + b2 + b3), cr(adj1 + adj2), n2(ap1 + ap2), n2(ap1 + ap2), "0.00",
           n2(ap1 + ap2 + b3), ""]
    widths = [30, 15, 52, 36, 16, 19, 21, 21, 15, 16, W - 241]
    p.ledger(["Claim number", "Date", "Provider", "Service", "Billed", "Above Medicare limit",
              "Medicare approved", "Counted toward deductible", "Plan paid", "You may owe", "Note"], rows, widths,
             aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "C"], size=7.6, totals=tot)
    p.legend("Notes", [
        ("D1", "We counted the Medicare-approved amount toward your deductible. The plan pays once the deductible is "
               "met; until then the provider bills you. You may pay from your MSA account."),
        ("K3", f"Medicare covers up to 20 acupuncture visits a year for long-lasting low back pain. You had 20 visits "
               f"between January 6 and March 20, 2026; the visit with {acu} on {long(v3)} was the 21st. Care that "
               "Original Medicare would not cover does not count toward your deductible, and the plan will not pay "
               "for it even after the deductible is met."),
    ], size=8.0)
    p.para(f"If you disagree with how we handled a claim, you may ask us for a reconsideration within 65 days of the "
           f"date of this notice. Call {tollfree(rng)} or write to Appeals, {ADDR}.", 8.6)
    p.scan_digits(f"H7219004 {num[3:]} {sd:%y%m%d} 00{digits(rng, 7)} 8", y=p.h - 28, size=8.5)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, member_id=num, member_name=enr, cases=[c3],
              claim_amount=m2(b3), service_dates=[v3.isoformat()], denial_date=sd.isoformat(), provider=ACUP,
              appeal_deadline=plus(sd, 65).isoformat(),
              alternates={"insurer": ALT, "provider": [acu]}, denial_alternates=["other"])
    return out(p), t


def faxstd_statement(rng):
    pat, doc, sig = people(rng, 3)
    num = enrollee_id(rng)
    sv = on_weekday(dt.date(2026, 3, 2), 2)
    proc = plus(sv, rng.randint(18, 24))
    sd = workday(plus(proc, rng.randint(5, 9)))
    pay_by = plus(sd, 30)
    b1, b2 = 196.0, 45.0
    total = b1 + b2
    adj = 58.60
    bal = round(total - adj, 2)
    acct = digits(rng, 7)
    p = EFSheet(footer=None, fax_hdr=f"{yy(plus(sd, 1))} 14:07  {BILLCO.upper()}  {phone(rng, '920')}  PG 1")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(CLINIC, "RFP", [f"Billing handled by {BILLCO}  |  PO Box {rng.randint(1100, 1999)}, Appleton, WI 54912",
                           f"Billing questions {phone(rng, '920')}  |  Mon-Fri 8:30-4:30"], box="PATIENT STATEMENT",
           size=12.5)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Statement date", slash(sd)), ("Patient account no.", acct), ("Amount due", usd(bal)),
                ("Please pay by", slash(pay_by))], widths=[40, 46, 40, W - 126])
    p.ln(3)
    p.addr_pair("Patient", [pat, *address(rng)], "Insurance on file",
                [f"{PRODUCT}", f"Subscriber no. {num}", f"Plan ID {PLAN_ID}"])
    p.para(f"Visit of {long(sv)} with Dr. {doc}.", 9.8)
    rows = [[dotted(sv), "99214", "Office visit, established patient", n2(b1)],
            [dotted(sv), "82947", "Glucose test", n2(b2)],
            [yy(proc), "", "Insurance processed: applied to your Medicare MSA deductible", ""],
            [yy(proc), "", "Contractual adjustment (Medicare-approved amount)", trail(adj)],
            ["", "", "Balance due from patient", n2(bal)]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [22, 18, 110, W - 150], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Your Medicare MSA plan counted this visit toward your yearly deductible and did not pay it, so the "
           f"balance is yours. You may pay it with the debit card from your MSA account at {BANK}. Total charges "
           f"for this visit were {usd(total)}.", 9.6)
    p.para("Pay online at the address on the back, by phone, or mail the stub below with your check.", 9.6)
    p.reply_slip("Payment stub", [("Patient", pat), ("Account no.", acct), ("Amount due", usd(bal)),
                                  ("Amount enclosed", "$ ____________")])
    t = truth("other", None, insurer=None, member_id=num, member_name=pat, claim_amount=m2(total),
              service_dates=[sv.isoformat()], denial_date=sd.isoformat(), provider=CLINIC, plan_id=PLAN_ID,
              unscored=["insurer"],
              alternates={"insurer": [PLAN, *ALT], "provider": [f"Dr. {doc}"], "claim_amount": [m2(bal)],
                          "plan_id": [None]})
    return out(p), t


def lowres_auto(rng):
    enr, doc, sig = people(rng, 3)
    num = enrollee_id(rng)
    crash = on_weekday(dt.date(2026, 4, 11), 5)
    sv = crash
    ctl = claim_no(rng, plus(sv, 8))
    nd = workday(plus(sv, rng.randint(24, 30)))
    billed = float(rng.randint(2300, 3900)) + cents(rng)
    auto_claim = f"FAM-{digits(rng, 2)}-{digits(rng, 6)}"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="AHP-COB-3 (rev. 07/2025)")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="Coordination of Benefits")
    p.line(long(nd), 10)
    p.ln(3)
    for ln in [enr, *address(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.margin_boxes([("Enrollee identifier", num), ("Plan ID", PLAN_ID), ("Claim control number", ctl),
                    ("Date of service", slash(sv)), ("Provider", HOSP_ER)], cap_w=52, box_w=92, size=9.6)
    p.para(f"Dear {enr.split()[0]} {enr.split()[-1]}:", 10)
    p.para(f"{HOSP_ER} sent us a bill of {usd(billed)} for your visit to its emergency room on {long(sv)}, where "
           f"Dr. {doc} treated you after a car crash that day.", 10)
    p.para(f"When you answered our accident questions, you told us your car is insured by {AUTO} and that your "
           f"policy includes medical payments coverage (their claim {auto_claim}). For care after a car accident, "
           f"that coverage has to pay before Medicare and before your {PRODUCT}. So we have not counted or paid "
           "this bill yet.", 10)
    p.para(f"Please ask the hospital to bill {AUTO} first. When {AUTO} has paid what it owes, send us its "
           "statement; we will count the rest toward your deductible. If the auto coverage has run out, send us "
           "the letter that says so.", 10)
    p.para("If you think we are wrong, you may ask for a reconsideration within 65 days of the date of this notice.",
           10)
    p.signoff(["Sincerely,", "", sig, "Coordination of Benefits Unit"], 9.6)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=PLAN_ID, member_id=num, member_name=enr, cases=[ctl],
              claim_amount=m2(billed), service_dates=[sv.isoformat()], denial_date=nd.isoformat(), provider=HOSP_ER,
              appeal_deadline=plus(nd, 65).isoformat(), alternates={"insurer": ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def photocopy_coding(rng):
    enr, doc, sig = people(rng, 3)
    num = enrollee_id(rng)
    sv = on_weekday(dt.date(2026, 2, 9), 0)
    clm = claim_no(rng, plus(sv, 12))
    ld = workday(plus(sv, rng.randint(26, 32)))
    billed = float(rng.randint(280, 460))
    call = plus(ld, -rng.randint(3, 6))
    p = EFSheet(footer="Page {n} of {nb}", footer_left="AHP-CLM-11 (rev. 03/2025)")
    p.set_margins(19, 15, 19)
    p.add_page()
    _head(p, rng, unit="Claims")
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [enr, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Enrollee ID", num, 52, "A"), ("ICN", clm, 52, "A"), ("Plan ID", PLAN_ID, 32, "A"),
                ("Lab test date", slash(sv), W - 136, "A")])
    p.ln(3)
    p.para(f"Dear {enr.split()[0]} {enr.split()[-1]}:", 10)
    p.para(f"{LAB} sent us a claim for blood tests Dr. {doc} ordered, drawn on {long(sv)}. We could not process "
           f"it, so we cannot pay or count the {usd(billed)} the laboratory billed.", 10)
    p.para("Every claim has to name the health problem the test was for, using a diagnosis code. The code on this "
           "claim, E11.6, stops one character short: that group of codes needs one more character to say which "
           "problem it is. A claim with a code that is not complete cannot be counted toward your deductible or "
           "paid. We sent the claim back to the laboratory and asked it to send a corrected one.", 10)
    p.para(f"You called us about this claim on {long(call)} (Ref# {digits(rng, 8)}). The laboratory should not bill "
           "you while it fixes the claim. When the corrected claim arrives, we will count it as usual.", 10)
    p.para("If you disagree with this decision, you may ask us for a reconsideration within 65 days of the date of "
           "this letter.", 10)
    p.signoff(["Sincerely,", "", sig, "Claims Department"], 9.6)
    t = truth("denial_letter", "coding_error", insurer=PLAN, plan_id=PLAN_ID, member_id=num, member_name=enr,
              cases=[clm], claim_amount=m2(billed), service_dates=[sv.isoformat()], denial_date=ld.isoformat(),
              provider=LAB, appeal_deadline=plus(ld, 65).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def phone_es(rng):
    enr, doc, sig = people(rng, 3, es=True)
    num = enrollee_id(rng)
    mbi = medicare_no(rng)
    sv = on_weekday(dt.date(2026, 4, 13), 1)
    clm = claim_no(rng, plus(sv, 6))
    ld = workday(plus(sv, rng.randint(22, 28)))
    billed = float(rng.randint(380, 620))
    back = round(DEPOSIT * 9 / 12, 2)
    p = EFSheet(footer="Página {n} de {nb}", footer_left="AHP-ELG-2S (rev. 12/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Servicios para Afiliados")
    p.line(es_date(ld), 10)
    p.ln(3)
    for ln in [enr, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.hang([("Identificador del afiliado", num), ("Número de Medicare", mbi), ("ID del plan", PLAN_ID),
            ("Reclamación", clm), ("Proveedor", f"{CLINIC_ES} (médico: {doc})")], cap_w=44, size=9.4)
    p.para(f"Estimado(a) {enr.split()[0]}:", 10)
    p.para(f"Su inscripción en {PRODUCT} terminó el 31 de marzo de 2026. Usted pidió volver a Medicare Original "
           "durante el período de inscripción abierta de Medicare Advantage, y Medicare Original le cubre desde el "
           "1 de abril de 2026.", 10)
    p.para(f"{CLINIC_ES} nos envió la cuenta de su consulta del {es_date(sv)}. Ese día usted ya no era afiliado de "
           f"nuestro plan, así que no podemos pagar ni contar los {usd_es(billed)} que cobró la clínica. Pídale a la "
           "clínica que envíe la cuenta a Medicare Original con su tarjeta roja, blanca y azul.", 10)
    p.para(f"{BANK} le escribirá por separado sobre la parte del depósito de 2026 que corresponde a los meses en que "
           f"ya no está en el plan ({usd_es(back)}).", 10)
    p.para("Si cree que su inscripción no terminó en esa fecha, puede pedirnos una reconsideración dentro de 65 días "
           "a partir de la fecha de esta carta.", 10)
    p.signoff(["Atentamente,", sig, "Servicios para Afiliados"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, member_id=num, member_name=enr,
              cases=[clm], claim_amount=m2(billed), service_dates=[sv.isoformat()], denial_date=ld.isoformat(),
              provider=CLINIC_ES, appeal_deadline=plus(ld, 65).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_checkbox(rng):
    enr, doc, sig = people(rng, 3)
    num = enrollee_id(rng)
    adm = on_weekday(dt.date(2026, 5, 4), 0)
    dis = plus(adm, 2)
    clm = claim_no(rng, plus(dis, 9))
    nd = workday(plus(dis, rng.randint(20, 26)))
    by = plus(nd, 65)
    billed = float(rng.randint(14200, 19800)) + cents(rng)
    outpt = round(billed * rng.uniform(0.18, 0.24), 2)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form AHP-DN-1 (rev. 01/2026)  |  H7219_DN26_C")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="DECISION ON YOUR CLAIM", unit="Utilization Review")
    W = p.w - p.l_margin - p.r_margin
    p.grid([[("Date of this notice", long(nd)), ("Enrollee", enr), ("Enrollee identifier", grouped(num, (3, 4, 4)))],
            [("Plan ID", PLAN_ID), ("Claim number", clm), ("Hospital", HOSP)],
            [("Adm", yy(adm)), ("Dis", yy(dis)), ("Attending doctor", f"Dr. {doc}")]], size=9.0)
    p.checks("What we decided", [(False, "We approved this claim."),
                                 (True, "We denied part of this claim."),
                                 (False, "We denied all of this claim.")], size=9.4, cols=1)
    p.section("1", "Why")
    p.para(f"{HOSP} billed {usd(billed)} for a hospital admission. Your records show you came in with chest pain and "
           "were kept so the staff could watch you and run tests; the tests were normal and you went home on the "
           "third day. Care like this, where a patient is watched and tested and does not need treatment only a "
           "hospital ward can give, is paid as outpatient care under watch, not as an admission. We counted "
           f"{usd(outpt)}, the Medicare-approved amount for that outpatient care, toward your deductible; the rest "
           "of the bill was not allowed.", 9.6)
    p.section("2", "If you want us to look again")
    p.para(f"You, your doctor or someone you name may ask for a reconsideration. Ask by {long(by)} (65 days from "
           f"the date of this notice) by calling {tollfree(rng)} or writing to Appeals, {ADDR}. If waiting could "
           "seriously harm your health, ask for a fast decision.", 9.6)
    p.section("3", "Help")
    p.para("You may get free help from your State Health Insurance Assistance Program. TTY users call 711.", 9.2)
    p.ln(2)
    p.signoff([sig, "Utilization Review Nurse, for the Medical Director"], 9.4)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=PLAN_ID, member_id=num, member_name=enr,
              cases=[clm], claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def finefax_stack(rng):
    # A: a cancer-screening blood test still being studied, two-column letter with a sidebar
    enr, doc, sig = people(rng, 3)
    num = enrollee_id(rng)
    sv = on_weekday(dt.date(2026, 4, 20), 2)
    clm = claim_no(rng, plus(sv, 10))
    ld = workday(plus(sv, rng.randint(21, 27)))
    billed = float(rng.choice([949, 1195, 1290]))
    a = EFSheet(footer="Page {n} of {nb}", footer_left="AHP-CLM-14 (rev. 03/2025)")
    a.set_margins(17, 14, 17)
    a.add_page()
    _head(a, rng, unit="Claims")
    a.line(long(ld), 10)
    a.ln(3)
    for ln in [enr, *address(rng)]:
        a.line(ln, 10)
    a.ln(4)
    side = [("Enrollee identifier", num), ("Plan ID", PLAN_ID), ("Claim number", clm), ("Test date", slash(sv)),
            ("Member services", tollfree(rng)), ("Fax", phone(rng, "920")), ("TTY", "711")]
    a.two_col(side, [
        f"Dear {enr.split()[0]} {enr.split()[-1]}:",
        f"{MCED_LAB} billed {usd(billed)} for a blood test Dr. {doc} ordered on {long(sv)}. The test looks for "
        "signs of many kinds of cancer at once in a person who has no symptoms.",
        "Tests of this kind are still being studied. It is not yet known whether finding cancer this way helps "
        "people live longer, and Original Medicare does not pay for them. Because Original Medicare would not cover "
        "it, the test does not count toward your deductible and the plan will not pay for it.",
        "You may use money in your MSA account to pay the laboratory, but the payment will not count toward your "
        "deductible.",
        "If you disagree, ask us for a reconsideration within 65 days of the date of this letter.",
    ], side_w=56, size=9.6, title="Your claim")
    a.signoff(["Sincerely,", "", sig, "Claims Department"], 9.6)
    d_a = (out(a), truth("denial_letter", "experimental", insurer=PLAN, plan_id=PLAN_ID, member_id=num,
                         member_name=enr, cases=[clm], claim_amount=m2(billed), service_dates=[sv.isoformat()],
                         denial_date=ld.isoformat(), provider=MCED_LAB, appeal_deadline=plus(ld, 65).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {doc}"]},
                         denial_alternates=["not_covered"]))
    # B: reconsideration kept, two pages, the facts at the bottom of page 2
    enr2, doc2, reviewer, sig2 = people(rng, 4)
    num2 = enrollee_id(rng)
    dl = on_weekday(dt.date(2026, 3, 16), 3)
    clm2 = claim_no(rng, plus(dl, 7))
    rc = f"R26-{digits(rng, 5)}"
    rd = workday(plus(dl, rng.randint(70, 80)))
    billed2 = float(rng.randint(4600, 6800)) + cents(rng)
    b = EFSheet(footer="Page {n} of {nb}", footer_left="AHP-REC-2 (rev. 01/2026)",
                every=f"{enr2}  |  Enrollee identifier {num2}  |  page {{n}} of {{nb}}")
    b.set_margins(19, 15, 19)
    b.add_page()
    _head(b, rng, box="RECONSIDERATION DECISION", unit="Appeals and Grievances")
    b.line(long(rd), 10)
    b.ln(3)
    for ln in [enr2, *address(rng)]:
        b.line(ln, 10)
    b.ln(4)
    b.para(f"Dear {enr2.split()[0]} {enr2.split()[-1]}:", 10)
    b.para(f"You asked us to look again at our decision not to pay for the power wheelchair {DME} delivered to you, "
           f"which Dr. {doc2} prescribed. Dr. {reviewer}, a doctor who took no part in the first decision, read your "
           "request, Dr. " + doc2.split()[-1] + "'s notes and the supplier's home visit report.", 10)
    b.para("The records show that you walk inside your home with a walker, that you can get from your bed to the "
           "bathroom and the kitchen that way, and that you use a manual wheelchair your family pushes when you go "
           "out. A power wheelchair is paid for when a person cannot move around the home to do daily tasks even "
           "with a cane, walker or manual wheelchair. Your records do not show that, so we are keeping our decision.",
           10)
    b.para("Because we did not decide fully in your favour, we have sent your case to the independent review "
           "organization that Medicare contracts with. You do not need to do anything; it will write to you with "
           "its decision.", 10)
    b.add_page()
    b.bar("What happens next")
    b.para("If the independent reviewer also decides against you, its letter will tell you how to ask for a hearing "
           "with a judge. If it decides for you, we will pay the supplier.", 10)
    b.para("You may ask us for free copies of the papers we used. Call Member Services; TTY users call 711.", 10)
    b.ln(3)
    b.signoff(["Sincerely,", "", sig2, "Appeals and Grievances"], 9.6)
    W = b.w - b.l_margin - b.r_margin
    b.table_at_bottom("The facts of this case", ["Reconsideration no.", "Claim number", "Item", "Delivered",
                                                   "Supplier", "Billed"],
                      [[rc, clm2, "Power wheelchair K0823", slash(dl), DME, n2(billed2)]],
                      [34, 33, 35, 20, 38, W - 160], aligns=["L", "L", "L", "L", "L", "R"], size=7.8)
    d_b = (out(b), truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=num2, member_name=enr2,
                         cases=[rc, clm2], claim_amount=m2(billed2), service_dates=[dl.isoformat()],
                         denial_date=rd.isoformat(), provider=DME,
                         alternates={"insurer": ALT, "provider": [f"Dr. {doc2}"], "case_numbers": [[rc], [clm2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_landscape_march_eob_acupuncture_21st_visit", "born_digital", [born_eob(rng)]),
        Item(F + "faxstd_clinic_statement_deductible_balance_due", "fax_standard_g4", [faxstd_statement(rng)]),
        Item(F + "lowres_auto_insurance_pays_first_emergency_visit", "scan_lowres_150", [lowres_auto(rng)]),
        Item(F + "photocopy_lab_claim_incomplete_diagnosis_code", "photocopy", [photocopy_coding(rng)]),
        Item(F + "phone_es_inscripcion_terminada_consulta_de_abril", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_checkbox_decision_chest_pain_stay_paid_as_outpatient", "rotated", [rotated_checkbox(rng)]),
        Item(F + "finefax_stack_cover_then_cancer_blood_test_sidebar_then_wheelchair_reconsideration_page2_sideways",
             "fax_fine_g4", finefax_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
