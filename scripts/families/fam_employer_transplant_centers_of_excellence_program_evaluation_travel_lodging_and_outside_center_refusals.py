"""An invented large employer's transplant benefit: Corvath Aerospace Corporation's self-funded Corvath Aerospace
Employee Medical Plan pays for transplant evaluations and transplants only at the hospitals chosen for its Centers
of Excellence Transplant Program, which an invented transplant network company, Halverstone Transplant Network,
runs for it (requests, case management, travel and lodging reimbursement, case-rate claims from the centers); the
plan's other claims go through an invented administrator, Culvermoor Benefit Administrators. Every company, center,
hospital, hotel, billing service, person, number, address, reason code, limit (21 lodging nights after discharge,
$0.25 a mile, $125 a night, the case-rate window) and time limit is invented; phones use 555. CPT codes appear as
themselves. No heading names the kind of refusal; each reason is said in plain words of the writer's own.

Documents (8 in 7 files):
- finefax_stack_hospital_cover_letter_then_evaluation_outside_program_sideways: a fax cover sheet, the
  non-program hospital's transplant finance office forwarding the refusal to the patient (its own document: other,
  no denial, no deadline it can count), then a two-page letter with captions left of boxes (Corvath member ID beside
  an employee number and a hospital account) and a party box (the hospital beside the referring nephrologist and
  Halverstone's nurse case manager) refusing a kidney transplant evaluation there (out_of_network), the two planned
  days in a table ("05/12/2026 (Tue)"), its second page fed sideways; "within 180 days of the date of this letter".
- born_digital_travel_lodging_statement_nights_past_21_after_discharge: a reimbursement statement with values over
  hung captions and an open ledger (day names, "05/22/26 - 05/28/26" spans, not paid in parentheses, totals) paying
  mileage and lodging and refusing the seven nights past the 21st after discharge (not_covered); the hotel and the
  center in a two-row party box; a check-protected deposit as a decoy; "You have until <date>".
- photocopy_administrator_eob_spouse_evaluation_at_non_program_hospital: the administrator's EOB to an employee for
  his spouse (member ID grouped with an O among the digits, dependent suffix), a paid office visit as the decoy
  claim, then the hospital's claim whose lab line is paid and whose CT, echo and evaluation visit are refused under
  T40 (out_of_network) with a rendering column and claim totals; plan no. 512; "within 180 days from the date of
  this statement".
- phone_es_evaluacion_en_monterrey_fuera_del_programa: a photographed Spanish letter with a facts box at the right
  refusing a son's liver evaluation at a Monterrey hospital ("del 9 al 13 de marzo de 2026", "MXN 186,400.00" beside
  "US$ 10.247,39 ($10,247.39)"), the member number with a Z among its digits; "tiene plazo hasta el <fecha>".
- rotated_lung_evaluation_approved_at_program_center: an approval fed sideways (denies nothing) with caption tabs
  and values over captions: a lung transplant evaluation "18-20 May 2026" at a program center, travel and lodging.
- lowres_islet_cell_transplant_still_being_studied: a 150 dpi letter with odd captions under boxes ("Dt", "Enr.",
  "Case", "Grp") and a party box (requesting center beside Halverstone's medical director) refusing an islet cell
  transplant as unproven (experimental); "within 180 days after you get this letter" (nothing to count from).
- faxstd_center_claim_notice_services_inside_case_rate_window: a standard-fax notice to a program center's billing
  service with short captions left of boxes ("Ntc dt", "Payee", "Prov", "Clm #", "Agmt", "Adm", "Disch"), four
  lines with a rendering column, adjustments printed "9,850.00-", three refused under G30 because they fall inside
  the transplant case rate's window (coding_error), one clinic visit after it paid; "within 90 days of the Ntc dt".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhc import (EDSheet, ddd_yy, es_date, es_money, es_span, mxn, n2, npi, paren, people, same_family,
                               span_dmy, span_words, span_yy, stars, toll, trail, us_address, with_odd, yy)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "employer_transplant_centers_of_excellence_program_evaluation_travel_lodging_and_outside_center_refusals"
LANG = "en"
SEED = 355032
INS = "Halverstone Transplant Network"
PLAN = "Corvath Aerospace Employee Medical Plan"
EMPLOYER = "Corvath Aerospace Corporation"
PROGRAM = "Corvath Centers of Excellence Transplant Program"
ALT = ["Halverstone", "Halverstone Transplant Network, LLC", PLAN, EMPLOYER, PROGRAM]
TPA = "Culvermoor Benefit Administrators"
GROUP = "0447190"
ORRIN = "Orrin Gap Regional Medical Center"
TAMERLANE = "Tamerlane University Transplant Institute"
ORIEL = "St. Oriel Medical Center"
CRAGMOOR = "Cragmoor Heart & Lung Institute"
SIERRA = "Hospital Sierra Alta de Monterrey"
HOTEL = "Stillwell Guest Suites"
BILLER = "Brassmoor Revenue Cycle Services"


def cvx(rng, odd: str | None = None, dep: str = "01") -> str:
    """The plan's member ID: CVX, eight characters (one may be a letter a reader takes for a digit), a suffix."""
    return f"CVX{with_odd(digits(rng, 8), odd, rng, lo=1, hi=6)}-{dep}"


def case_no(rng) -> str:
    return f"HTN-26-{digits(rng, 5)}"


def _head(p, rng, unit: str, box: str | None = None, es: bool = False):
    line1 = (f"Programa de trasplantes del {PLAN}  |  {unit}" if es else
             f"Transplant centers of excellence program for the {PLAN}  |  {unit}")
    p.head(INS, "HTN", [line1, f"2250 Meridian Crossing, Suite {rng.randint(300, 880)}, Overland Park, KS 66211  |  "
                               f"{toll(rng)}  |  TTY 711  |  Fax (913) 555-{digits(rng, 4)}"], box=box, size=12.5)


# --- 1/2. hospital's cover letter, then the refusal (fine fax stack) ----------------------------------------------
def finefax_stack(rng):
    member, nephro, cm, fin, sig = people(rng, 5)
    mid = cvx(rng)
    emp = f"E-{digits(rng, 6)}"
    acct = f"OG{digits(rng, 8)}"
    case = case_no(rng)
    rq = f"RQ{digits(rng, 7)}"
    got = dt.date(2026, 4, 15)
    ld = dt.date(2026, 4, 22)
    cov_d = dt.date(2026, 4, 27)
    days = [dt.date(2026, 5, 12), dt.date(2026, 5, 13)]
    maddr = [f"{rng.randint(100, 4999)} E 30th Ave", "Hutchinson, KS 67502"]
    # the hospital's cover letter
    c = EDSheet(footer=None)
    c.set_margins(20, 16, 20)
    c.add_page()
    c.f(12.5, "B")
    c.cell(0, 6, ORRIN, new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    c.cell(0, 4, f"Transplant Financial Services  |  1800 Canyon Rim Rd, Hutchinson, KS 67502  |  (620) 555-"
                 f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(cov_d, "long"), 10)
    c.ln(3)
    for ln in [member, *maddr]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"Re: Halverstone Transplant Network letter of {fdate(ld, 'long')}, case {case}", 10, gap=3)
    c.para(f"Dear {member}:", 10)
    c.para(f"Halverstone, which runs the transplant program of your {PLAN}, sent us a copy of the letter it mailed "
           "you about your kidney transplant evaluation. We are forwarding our copy with this note in case yours "
           "has not arrived.", 10)
    c.para(f"The evaluation we had set for May 12, 2026 and May 13, 2026 is on hold. Halverstone will not approve "
           f"it at {ORRIN}, because we are not one of the hospitals your employer's plan chose for transplant care. "
           f"It offers {TAMERLANE} instead, with help for travel and a place to stay.", 10)
    c.para("You can appeal Halverstone's decision; its letter explains how. If you would rather go to the program's "
           "center, tell us and we will send your records and test results there the same week.", 10)
    c.para(f"Kind regards,\n{fin}\nTransplant Financial Counselor", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=member, cases=[case],
                         service_dates=[d.isoformat() for d in days], denial_date=cov_d.isoformat(), provider=ORRIN,
                         alternates={"insurer": [INS] + ALT, "denial_date": [ld.isoformat()]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # Halverstone's letter
    p = EDSheet(footer="Page {n} of {nb}", footer_left="HTN-UM-OP (03/26)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, unit="Care Management")
    for ln in [member, *maddr]:
        p.line(ln, 9.8)
    p.ln(3)
    p.beside([[("Letter date", fdate(ld, "long")), ("Request rcvd", fdate(got, "slash"))],
              [("Corvath member ID", mid), ("Employee no.", emp)],
              [("Halverstone case #", case), ("Request #", rq)],
              [("Group", GROUP), ("Hospital acct #", acct)]], cap_w=30, size=8.8)
    p.parties([("Requested by", ORRIN, "Transplant Services"),
               ("Referring nephrologist", f"Dr. {nephro}", "Prairie Kidney Associates"),
               ("Halverstone nurse case mgr", f"{cm}, RN", f"(913) 555-{digits(rng, 4)}")], cap_w=48)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"{ORRIN} asked us to approve a kidney transplant evaluation for you at its hospital on the days below: "
           "visits with the transplant surgeon and nephrologist, blood and tissue typing, heart tests and a meeting "
           "with the social worker.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Planned day", "What was planned", "Where"],
            [[f"{d.strftime('%m/%d/%Y')} ({d.strftime('%a')})", what, ORRIN]
             for d, what in zip(days, ["clinic visits, blood work, typing", "echocardiogram, stress test, social "
                                                                               "work"])],
            [38, 78, W - 116], size=8.6)
    p.para(f"We cannot approve the evaluation at {ORRIN}. Your plan pays for a transplant, and for the tests and "
           "visits that decide whether you can have one, only at the hospitals Corvath has chosen for its transplant "
           "program. This hospital is not one of them, and the program has a kidney center that can see you within "
           "four weeks.", 9.8)
    p.para(f"{TAMERLANE} in Kansas City, Missouri, is the nearest program center, about 230 miles from your home. "
           f"If you go there, the program pays for your travel and a place to stay for you and one companion. "
           f"{cm.split()[0]}, your nurse case manager, can set up the first visit and the travel.", 9.8)
    p.add_page()
    p.bar("If you disagree")
    p.para("You, your doctor or someone you name in writing may appeal. Send your appeal within 180 days of the date "
           "of this letter to Halverstone Appeals at the address at the top, or fax it to the number there. Tell us "
           "why the evaluation should be approved where it was asked for and send any records that help.", 9.4)
    p.para("If waiting could seriously harm your health, ask for an urgent appeal; we decide those within 72 hours. "
           "After our final decision you may ask for an external review by an independent review organization within "
           "four months.", 9.4)
    p.bar("Program centers for kidney transplant")
    p.table(["Center", "City", "Intake line"],
            [[TAMERLANE, "Kansas City, MO", f"(816) 555-{digits(rng, 4)}"],
             [ORIEL, "Denver, CO", f"(303) 555-{digits(rng, 4)}"],
             ["Larkspur Valley University Hospital", "Omaha, NE", f"(402) 555-{digits(rng, 4)}"]],
            [90, 50, W - 140], size=8.4)
    p.para("You may ask for copies of the documents and the program rules we used, free of charge. Halverstone does "
           "not treat people differently because of race, color, national origin, age, disability or sex.", 8.8)
    p.para(f"{sig}\nCare Management, Halverstone Transplant Network\ncc: {ORRIN}; Dr. {nephro}", 9.2)
    d_b = (out(p), truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid,
                         member_name=member, cases=[case, rq], service_dates=[d.isoformat() for d in days],
                         denial_date=ld.isoformat(), provider=ORRIN, appeal_deadline=plus(ld, 180).isoformat(),
                         alternates={"insurer": ALT, "case_numbers": [[case], [rq]]}))
    return [d_a, d_b]


# --- 3. travel and lodging statement (born digital) ---------------------------------------------------------------
def bd_travel(rng):
    member, companion = people(rng, 2)
    companion = same_family(companion, member)
    mid = cvx(rng)
    case = case_no(rng)
    tl = f"TL-{digits(rng, 3)}-{digits(rng, 5)}"
    sd = dt.date(2026, 6, 8)
    by = dt.date(2026, 12, 7)
    go = dt.date(2026, 4, 19)
    adm, disch = dt.date(2026, 4, 20), dt.date(2026, 5, 1)
    last_ok = plus(disch, 20)
    a, b = plus(last_ok, 1), plus(last_ok, 7)
    home = plus(b, 1)
    rate, miles = 118.00, 388
    lines = [(ddd_yy(go), "Mileage, home to center", f"{miles} mi x $0.25", miles * 0.25, ""),
             (span_yy(go, dt.date(2026, 4, 30)), "Lodging, companion during stay", "12 nights", 12 * rate, ""),
             (span_yy(disch, last_ok), "Lodging, patient and companion", "21 nights", 21 * rate, ""),
             (span_yy(a, b), "Lodging, patient and companion", "7 nights", 7 * rate, "L21"),
             (ddd_yy(home), "Mileage, center to home", f"{miles} mi x $0.25", miles * 0.25, "")]
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for when, what, unit, sub, code in lines:
        if code:
            vals = [sub, 0.0, 0.0, sub]
        else:
            vals = [sub, sub, sub, 0.0]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([when, what, unit, n2(vals[0]), n2(vals[1]), n2(vals[2]),
                     paren(vals[3]) if vals[3] else "0.00", code])
    p = EDSheet(footer="Page {n} of {nb}", footer_left="HTN-TL-S (03/26)  Keep this statement for your records.")
    p.set_margins(12, 13, 12)
    p.add_page()
    _head(p, rng, unit="Travel and Lodging", box="REIMBURSEMENT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    p.under([(fdate(sd, "abbr"), "statement date"), (tl, "reimbursement claim no."), (case, "Halverstone case"),
             (mid, "Corvath member ID"), (GROUP, "group")], widths=[32, 40, 36, 42, W - 150], size=9.0)
    home_addr = [f"{rng.randint(100, 2999)} W Wyatt Earp Blvd", "Dodge City, KS 67801"]
    p.addr_pair("Paid to", [member, *home_addr], "Trip",
                [f"Patient: {member}", f"Companion: {companion}", f"Admitted {yy(adm)}, discharged {yy(disch)}"],
                size=9.0, split=0.48)
    p.parties([("Transplant center", ORIEL, "liver transplant program, Denver, CO"),
               ("Lodging", HOTEL, f"{rate:.2f} a night, invoice {digits(rng, 6)}")], cap_w=36)
    p.ledger(["Date(s)", "Expense", "Units", "Submitted", "Allowed", "Paid", "Not paid", "Code"], rows,
             [38, 46, 24, 20, 16, 16, 18, W - 178], aligns=["L", "L", "L", "R", "R", "R", "R", "C"], size=8.0,
             totals=["Totals", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), paren(tot[3]), ""])
    p.notebox("Code L21",
              "The program pays for a place to stay while you must remain close to the center, for up to 21 nights "
              f"after you leave the hospital. You left {ORIEL} on {fdate(disch, 'long')}, so the 21st night was "
              f"{fdate(last_ok, 'long')}. The nights {span_words(a, b)} come after that and are not paid. "
              "Mileage and the other nights are paid in full.", 8.9)
    p.para(f"Payment: {stars(tot[2])} by direct deposit on {fdate(plus(sd, 2), 'slash')} to the account ending "
           f"{digits(rng, 4)}.", 8.9)
    p.para(f"You have until {fdate(by, 'long')} to ask for a review of anything on this statement. Write to "
           "Halverstone Appeals at the address above or call us. You may ask for the program's travel rules and "
           "the papers we used, free of charge.", 8.9)
    t = truth("eob", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=member, cases=[tl, case],
              claim_amount=m2(tot[0]), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=sd.isoformat(), provider=ORIEL, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(tot[3])], "provider": [HOTEL],
                          "case_numbers": [[tl]],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


# --- 4. administrator's EOB for a spouse (photocopy) ---------------------------------------------------------------
def photocopy_eob(rng):
    emp, spouse, fam_doc, rad, cardio, hep = people(rng, 6)
    spouse = same_family(spouse, emp)
    base = with_odd(digits(rng, 8), "O", rng, lo=2, hi=6)
    mid = f"CVX{base}-02"
    printed_id = f"CVX {base[:4]} {base[4:]}-02"
    sd = dt.date(2026, 3, 30)
    c1, c2 = f"26{digits(rng, 3)}E{digits(rng, 6)}", f"26{digits(rng, 3)}E{digits(rng, 6)}"
    p = EDSheet(footer="Page {n} of {nb}", footer_left="CBA-EOB-4 (02/26)  THIS IS NOT A BILL")
    p.set_margins(12, 12, 12)
    p.add_page()
    p.head(TPA, "CBA", [f"Claims administrator for the {PLAN}",
                        f"PO Box {rng.randint(4100, 4999)}, Tulsa, OK 74101  |  {toll(rng)}  |  TTY 711"],
           box="EXPLANATION OF BENEFITS", size=12.5)
    W = p.w - p.l_margin - p.r_margin
    p.addr_pair("Employee", [emp, *us_address(rng)], "About this statement",
                [f"Statement date: {fdate(sd, 'long')}", f"Member ID: {printed_id}", f"Patient: {spouse} (spouse)",
                 f"Group: {GROUP}     Plan no.: 512", f"Employer: {EMPLOYER}"], size=8.8, split=0.5)
    claims = [
        (c1, "Kittyhawk Family Medicine", [(dt.date(2026, 3, 5), "99213", "office visit", fam_doc, 185.00, 122.40,
                                            92.40, 30.00, 0.00, "")]),
        (c2, ORRIN, [(dt.date(2026, 3, 2), "80053", "metabolic panel", "hospital lab", 96.00, 41.20, 41.20, 0.00,
                      0.00, ""),
                     (dt.date(2026, 3, 2), "74177", "CT abdomen/pelvis", rad, 1240.00, 0.0, 0.0, 0.0, 1240.00, "T40"),
                     (dt.date(2026, 3, 3), "93306", "echocardiogram", cardio, 1085.00, 0.0, 0.0, 0.0, 1085.00, "T40"),
                     (dt.date(2026, 3, 3), "99205", "transplant eval visit", hep, 540.00, 0.0, 0.0, 0.0, 540.00,
                      "T40")]),
    ]
    head = ["Date", "Code", "Service", "Rendering", "Billed", "Allowed", "Plan paid", "Your share", "Not covered",
            "Rmk"]
    widths = [16, 12, 32, 39, 17, 16, 16, 16, 18, W - 182]
    aligns = ["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"]
    totals = {}
    for cno, prov, lines in claims:
        p.f(8.8, "B")
        p.cell(0, 5, f"Claim {cno}   Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        rows, tot = [], [0.0] * 5
        for d, code, svc, rend, *vals, rmk in lines:
            tot = [x + y for x, y in zip(tot, vals)]
            rows.append([yy(d), code, svc, rend, *[n2(v) for v in vals], rmk])
        rows.append(["Claim total", "", "", "", *[n2(v) for v in tot], ""])
        p.table(head, rows, widths, size=7.1, aligns=aligns, bold_last=True, row_h=5.0)
        totals[cno] = tot
    p.notebox("Remark T40",
              f"Transplant evaluation services are paid only at a center of the {PROGRAM}, which Halverstone "
              f"Transplant Network manages for the plan. {ORRIN} is not a program center, so the CT, the "
              "echocardiogram and the evaluation visit were not paid. The lab test your own doctor ordered was paid "
              "under your regular benefits.", 8.6)
    p.para("If you disagree with how this claim was handled, you may ask for an appeal within 180 days from the date "
           "of this statement. Write to the Appeals Unit at the address above. You may ask for copies of the plan "
           "provisions and records used, free of charge.", 8.6)
    refused = [d for d, *_r, rmk in claims[1][2] if rmk]
    t = truth("eob", "out_of_network", insurer=TPA, plan_id="512", group=GROUP, member_id=mid, member_name=spouse,
              cases=[c2], claim_amount=m2(totals[c2][0]), service_dates=[d.isoformat() for d in refused],
              denial_date=sd.isoformat(), provider=ORRIN, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": [PLAN, EMPLOYER, "Culvermoor"], "plan_id": [None],
                          "claim_amount": [m2(totals[c2][4])], "provider": [f"Dr. {hep}", hep]})
    return out(p), t


# --- 5. Spanish letter: Monterrey hospital (phone photo) ------------------------------------------------------------
def phone_es(rng):
    emp, son, doc, sig = people(rng, 4, es=True)
    boy = rng.choice([n for n in ("Crisanto", "Evaristo", "Gumersindo", "Isidro", "Macario") if n != emp.split()[0]])
    son = f"{boy} {son.split()[1]} {emp.split()[-1]}"
    mid = cvx(rng, "Z", dep="03")
    empno = f"E-{digits(rng, 6)}"
    case = case_no(rng)
    clm = f"26{digits(rng, 3)}E{digits(rng, 6)}"
    acct = f"HSA-{digits(rng, 7)}"
    ld = dt.date(2026, 4, 6)
    by = dt.date(2026, 10, 5)
    a, b = dt.date(2026, 3, 9), dt.date(2026, 3, 13)
    pesos = 186400.00
    usd_amt = 10247.39
    p = EDSheet(footer="Página {n} de {nb}", footer_left="HTN-UM-ES (03/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, unit="Atención al miembro", es=True)
    for ln in [emp, "1402 Calle Zaragoza", "Laredo, TX 78040"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.facts_right([("Fecha de esta carta", es_date(ld)), ("Nº de miembro Corvath", mid), ("Nº de empleado", empno),
                   ("Paciente", son), ("Caso Halverstone", case), ("Reclamación Nº", clm),
                   ("Cuenta del hospital", acct),
                   ("Fechas de atención", f"Del {es_date(a)} al {es_date(b)}"),
                   ("Monto facturado", f"{mxn(pesos)} = {es_money(usd_amt)} ({money(usd_amt)})")],
                  [f"Estimado(a) {emp}:",
                   f"Recibimos la factura del {SIERRA} por la evaluación para trasplante de hígado de su hijo, "
                   f"{son}, {es_span(a, b)}. El hospital cobró {mxn(pesos)}, que equivalen a {es_money(usd_amt)} al "
                   "tipo de cambio del día de la factura.",
                   "Lamentamos decirle que el plan no puede pagar esta evaluación. El programa de trasplantes del "
                   "plan de Corvath paga la evaluación y el trasplante solamente en los centros que el plan eligió "
                   f"para ese fin. El {SIERRA} no es uno de ellos, y la evaluación no fue una emergencia: el hospital "
                   "la programó con varias semanas de anticipación.",
                   f"Si su hijo todavía necesita la evaluación, {TAMERLANE} puede recibirlo, y el programa paga el "
                   "viaje y el hospedaje de su hijo y de un acompañante."],
                  side_w=66, size=9.4, title="Datos del caso")
    p.para(f"Si no está de acuerdo, puede apelar por escrito. Tiene plazo hasta el {es_date(by)} para enviarnos su "
           "apelación, con los papeles que quiera que revisemos. Puede pedir gratis copia de las reglas del programa "
           "y de los documentos que usamos.", 9.4)
    p.para(f"Atentamente,\n{sig}\nAtención al miembro, Halverstone Transplant Network", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=None, member_id=mid, member_name=son,
              cases=[case, clm], claim_amount=m2(usd_amt), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=ld.isoformat(), provider=SIERRA, appeal_deadline=by.isoformat(), lang="es",
              alternates={"insurer": ALT, "case_numbers": [[case], [clm]], "claim_amount": [m2(pesos)],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


# --- 6. approval at a program center (rotated; denies nothing) ----------------------------------------------------
def rotated_approval(rng):
    member, pulm, cm, sig = people(rng, 4)
    mid = cvx(rng)
    case = case_no(rng)
    auth = f"AUTH-26-{digits(rng, 5)}"
    ld = dt.date(2026, 5, 4)
    a, b = dt.date(2026, 5, 18), dt.date(2026, 5, 20)
    p = EDSheet(footer="Page {n} of {nb}", footer_left="HTN-UM-AP (03/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Care Management", box="APPROVAL")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.under([(fdate(ld, "slash"), "date of letter"), (mid, "Corvath member ID"), (GROUP, "group"),
             (auth, "authorization"), (case, "Halverstone case")], widths=[30, 40, 24, 38, W - 132], size=9.0)
    p.tabs([("APPROVED", "Lung transplant evaluation (outpatient, 3 days)"),
            ("WHERE", f"{CRAGMOOR}, Houston, TX"),
            ("DAYS", f"{a.strftime('%m/%d/%Y')} to {b.strftime('%m/%d/%Y')}"),
            ("TRAVEL", "Airfare for you and one companion; lodging up to $125 a night"),
            ("CASE MANAGER", f"{cm}, RN  (913) 555-{digits(rng, 4)}")], tab_w=30, size=9.0)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news: we approved the lung transplant evaluation that Dr. {pulm} asked for. It will take place at "
           f"{CRAGMOOR}, one of the centers of the Corvath transplant program, on {span_dmy(a, b)}.", 10)
    p.para(f"Your nurse case manager, {cm.split()[0]}, will call you this week to book flights and a room near the "
           "center. Keep your receipts for anything you pay yourself; send them with the travel form within 90 "
           "days after you get home.", 10)
    p.para("If the center decides you are ready to be listed for a transplant, it will ask us to approve that "
           "separately. You do not need to do anything else for now.", 10)
    p.para(f"Sincerely,\n{sig}\nCare Management\ncc: {CRAGMOOR}; Dr. {pulm}", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=mid, member_name=member, cases=[auth, case],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ld.isoformat(), provider=CRAGMOOR,
              alternates={"insurer": ALT, "case_numbers": [[auth], [case]], "provider": [f"Dr. {pulm}"],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


# --- 7. islet cell transplant still being studied (150 dpi) ----------------------------------------------------------
def lowres_islet(rng):
    member, surgeon, director, sig = people(rng, 4)
    mid = cvx(rng, "S")
    mid_p = f"{mid[:3]}-{mid[3:7]}-{mid[7:]}"
    case = case_no(rng)
    ld = dt.date(2026, 5, 15)
    planned = dt.date(2026, 6, 8)
    p = EDSheet(footer="Page {n} of {nb}", footer_left="HTN-UM-EX (03/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Medical Review")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", yy(ld), 28, "B"), ("Enr.", mid_p, 44, "B"), ("Case", case, 36, "B"),
                ("Grp", GROUP, W - 108, "B")], cap=6.0)
    p.parties([("Requested by", TAMERLANE, f"Dr. {surgeon}, islet program"),
               ("Reviewed by", f"Dr. {director}", "medical director, Halverstone")], cap_w=34)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"Dr. {surgeon} asked us to approve an islet cell transplant for you, planned for on or about "
           f"{fdate(planned, 'long')}. In this treatment, cells that make insulin are taken from a donor pancreas "
           "and put into the liver through a vein.", 9.8)
    p.para(f"We cannot approve it. Dr. {director} read your records and the request. Islet cell transplants are "
           "still being tried out in research studies. Outside a study, there is not yet enough proof of how long "
           "the cells keep working or how safe the lifelong medicines are for people whose diabetes can be handled "
           "in other ways. The plan's transplant rules pay for whole pancreas transplants at program centers, not "
           "for islet cells.", 9.8)
    p.para(f"You may ask {TAMERLANE} whether you could join a research study; the plan's rules explain what it pays "
           "for when a member is in one.", 9.8)
    p.para("You or someone you name may appeal within 180 days after you get this letter. Send it to Halverstone "
           "Appeals at the address above. You may also ask for the rules and records we used, free of charge.",
           9.8)
    p.para(f"{sig}\nMedical Review, Halverstone", 9.8)
    t = truth("denial_letter", "experimental", insurer=INS, group=GROUP, member_id=mid_p, member_name=member,
              cases=[case], service_dates=[planned.isoformat()], denial_date=ld.isoformat(), provider=TAMERLANE,
              appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [mid], "provider": [f"Dr. {surgeon}"]})
    return out(p), t


# --- 8. claim notice to a program center's billing service (standard fax) -----------------------------------------
def faxstd_case_rate(rng):
    member, surgeon, anes, clin = people(rng, 4)
    mid = cvx(rng)
    clm = f"26{digits(rng, 3)}H{digits(rng, 6)}"
    paid_clm = f"26{digits(rng, 3)}H{digits(rng, 6)}"
    agmt = f"CRA-STO-{digits(rng, 4)}"
    nd = dt.date(2026, 6, 15)
    adm, disch = dt.date(2026, 4, 6), dt.date(2026, 4, 17)
    win_end = plus(disch, 18)
    tin = f"84-{digits(rng, 7)}"
    fax = (f"06/15/2026 10:{rng.randint(10, 59)} FROM HALVERSTONE CLAIMS (913) 555-{digits(rng, 4)} TO "
           f"BRASSMOOR RCS  PAGE {{n}}")
    p = EDSheet(footer=None, footer_left="HTN-CL-PN (03/26)", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, unit="Center Claims", box="PROVIDER CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ntc dt", yy(nd), 40, "L"), ("Payee", BILLER, 92, "L"), ("Payee TIN", tin, W - 132, "L")],
               cap=6.0)
    p.capcells([("Prov", ORIEL, 84, "L"), ("Prov NPI", npi(rng), 50, "L"), ("Clm #", clm, W - 134, "L")], cap=6.0)
    p.capcells([("Pt", member, 66, "L"), ("Mbr", mid, 52, "L"), ("Grp", GROUP, 34, "L"),
                ("Agmt", agmt, W - 152, "L")], cap=6.0)
    p.capcells([("Adm", yy(adm), 36, "L"), ("Disch", yy(disch), 38, "L"),
                ("Case rate window", span_yy(adm, win_end), W - 74, "L")], cap=6.0)
    lines = [(dt.date(2026, 4, 7), "47135", "liver transplant", f"Dr. {surgeon}", 9850.00, "G30"),
             (dt.date(2026, 4, 7), "00796", "anesthesia, transplant", f"Dr. {anes}", 3420.00, "G30"),
             (dt.date(2026, 4, 24), "80197", "tacrolimus level", "center lab", 88.00, "G30"),
             (dt.date(2026, 5, 12), "99214", "transplant clinic visit", f"Dr. {clin}", 310.00, "K1")]
    rows, tot = [], [0.0] * 4
    for d, code, svc, rend, billed, rmk in lines:
        if rmk == "G30":
            vals = [billed, 0.0, 0.0, billed]
        else:
            vals = [billed, 214.60, 214.60, round(billed - 214.60, 2)]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([yy(d), code, svc, rend, n2(vals[0]), n2(vals[1]), n2(vals[2]), trail(vals[3]), rmk])
    rows.append(["TOTAL", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), trail(tot[3]), ""])
    p.table(["DOS", "Code", "Service", "Rendering", "Billed", "Allowed", "Paid", "Adj", "Rmk"], rows,
            [17, 13, 36, 42, 19, 17, 17, 19, W - 180], size=7.6,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.2)
    p.f(7.8, "B")
    p.cell(0, 4, "Rmk", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.multi_cell(0, 3.7, f"G30  Falls inside the transplant case rate window (admission through the 18th day after "
                         f"discharge). The case rate paid on claim {paid_clm} covers this service; it may not be "
                         "billed on its own.\nK1  Paid at the agreement's clinic rate; the difference is not billed "
                         "to the member.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Payment on this notice: {money(tot[2])} by EFT. Disputes: send in writing within 90 days of the Ntc dt "
           "with the Clm # and the records that show the service falls outside the window.", 8.2)
    refused = [d for d, *_x, rmk in lines if rmk == "G30"]
    t = truth("eob", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=member, cases=[clm],
              claim_amount=m2(tot[0]), service_dates=[d.isoformat() for d in refused], denial_date=nd.isoformat(),
              provider=ORIEL, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(sum(x[4] for x in lines if x[5] == 'G30'))],
                          "provider": [f"Dr. {surgeon}"]},
              denial_alternates=["other", "not_covered"], type_alternates=["denial_letter"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "finefax_stack_hospital_cover_letter_then_evaluation_outside_program_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
        Item(F + "born_digital_travel_lodging_statement_nights_past_21_after_discharge", "born_digital",
             [bd_travel(rng)]),
        Item(F + "photocopy_administrator_eob_spouse_evaluation_at_non_program_hospital", "photocopy",
             [photocopy_eob(rng)]),
        Item(F + "phone_es_evaluacion_en_monterrey_fuera_del_programa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_lung_evaluation_approved_at_program_center", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_islet_cell_transplant_still_being_studied", "scan_lowres_150", [lowres_islet(rng)]),
        Item(F + "faxstd_center_claim_notice_services_inside_case_rate_window", "fax_standard_g4",
             [faxstd_case_rate(rng)]),
    ]
