"""California Victim Compensation Board (CalVCB) notices on a victim's medical bills, mirrored for structure and
wording style only: bills denied because another payer must pay first (the Board is the payer of last resort),
because the injury treated was not caused by the crime, because the bill came after the family's filing limit, or
paid only up to a maximum, with the hospital's statement, a refund (overpayment) letter to a provider and a
reconsideration decision. The Board appears as itself; its filing limit, benefit maximum and reconsideration window
as printed here are the family's, and every provider, person, address and number is invented.

Documents (8 in 7 files):
- bd_bill_payment_notice_table_one_bill_other_payer_first: a bill payment notice with a ruled table of four bills
  (three paid, the physician group's bill denied "OP1: another payer must pay first"); date of crime, DOB,
  application received date, an example amount in the rights text, nondiscrimination notice and taglines.
- faxstd_caption_box_form_bill_received_late: a bill denial form in small-caption boxes (application number in comb
  boxes, bill number, provider, dates, amount), filed late.
- faxstd_small_type_letter_over_maximum_provider_in_re_line: a 7 pt letter; the dentist named only in the Re: line;
  the bill paid up to the family's dental maximum, the rest denied; previous bills listed as decoys.
- phone_spanish_not_crime_related_date_in_heading: a Spanish notice whose only date is its heading; the treated
  condition not caused by the crime.
- lowres_hospital_statement_one_line_denied: the hospital's statement to the victim (denies nothing), most lines
  paid by CalVCB, one line denied and left to the patient.
- rotated_overpayment_refund_letter_to_provider: the Board asks a provider to refund a payment the victim's auto
  insurer also paid (related bills listed).
- scan300_stack_approval_then_reconsideration_upheld: a typed fax cover, an approval of counseling sessions (denies
  nothing), then a reconsideration decision ("Decision dated ...") upholding an other-payer-first denial, upside
  down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddk_famdkf import dollars_words, tiny_date
from kit_rounddl_famdlb import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "state_crime_victim_compensation_medical_bill_denial"
LANG = "en"
SEED = 351901
BOARD = "California Victim Compensation Board"
SHORT = "CalVCB"
HOSP = "Sandhill Regional Medical Center"
PHYS = "Tule Basin Emergency Physicians"
AMB = "Delta Star Ambulance"
RAD = "Copper Valley Imaging"
DENT = "Oakmoor Family Dentistry"
COUNS = "Riverbend Trauma Counseling"
PT = "Granite Peaks Physical Therapy"


def _app(rng):
    """Application numbers with letter O / digit 0 and letter I / digit 1 mixed in (deliberately adversarial)."""
    return mixed_id(rng, "A26-", "ccdddcd")


def _bill(rng):
    return "B" + digits(rng, 8)


def _head(p: DLSheet, rng, unit: str = "Claims Processing"):
    p.letterhead(BOARD, [f"{unit}  |  P.O. Box {rng.randint(40000, 49999)}, Sacramento, CA 95812-{digits(rng, 4)}",
                         f"Toll free 1-800-555-{digits(rng, 4)}  |  TTY 711  |  Fax 916-555-{digits(rng, 4)}"],
                 mark=(20, 60, 110))


def _rights(p, days=30, size=8.4, example=True):
    ex = (" For example, if a provider billed $1,000.00 and your health plan paid $800.00, CalVCB could consider "
          "only the remaining $200.00.") if example else ""
    p.para(f"**If you disagree.** You may ask CalVCB to reconsider this decision. Your request must be received "
           f"within {days} days of the date of this notice. Send any bills, explanations of benefits or letters that "
           f"support your request. CalVCB is the payer of last resort: it can pay only the part of a bill that no "
           f"other source (health insurance, Medi-Cal, Medicare, auto insurance, a civil judgment) pays.{ex}", size)


def bd_payment_notice(rng):
    vic = person(rng)[0]
    app = _app(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 8))
    crime = dt.date(2026, 1, rng.randint(3, 20))
    dob = dt.date(rng.randint(1970, 1999), rng.randint(1, 12), rng.randint(1, 28))
    recd = plus(crime, rng.randint(6, 14))
    bills = [(HOSP, "Emergency department", crime), (AMB, "Ground ambulance", crime),
             (RAD, "CT scan, head", plus(crime, rng.randint(2, 6))), (PHYS, "ED physician services", crime)]
    rows, deny = [], 3
    for i, (prov, svc, d) in enumerate(bills):
        billed = amount(rng, 400, 4200) if i != deny else amount(rng, 380, 980)
        bn = _bill(rng)
        if i == deny:
            paid, code, dbn, dbill = 0.0, "OP1", bn, billed
        else:
            paid, code = round(billed * rng.uniform(0.45, 0.7), 2), "PD"
        rows.append([bn, prov, svc, fdate(d, "slash"), money(billed), money(paid), code])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng)
    p.line("BILL PAYMENT NOTICE", 12, "B")
    p.ln(1)
    p.right_block([("Date:", fdate(nd, "long")), ("Application:", app), ("Victim:", vic),
                   ("Date of birth:", fdate(dob, "slash")), ("Date of crime:", fdate(crime, "slash")),
                   ("Application received:", fdate(recd, "slash"))], w=110, size=8.6)
    p.ln(3)
    p.para(f"Dear {vic}:", 9.4)
    p.para("CalVCB reviewed the medical bills listed below that were sent for your application. Bills marked PD were "
           "paid directly to the provider. A bill marked OP1 was not paid. Each bill has its own bill number.", 9.2)
    p.table(["Bill no.", "Provider", "Service", "Date of service", "Billed", "CalVCB paid", "Code"], rows,
            [20, 52, 34, 22, 20, 20, 12], size=7.4, aligns=["L", "L", "L", "L", "R", "R", "C"])
    p.para(f"**OP1** Another payer must pay first. Your health insurance was in effect on the date of service. "
           f"Please have {PHYS} bill your health plan first and send CalVCB the plan's explanation of benefits.", 8.6)
    p.para("**PD** Paid. The provider may not bill you for the part CalVCB paid or for the difference between "
           "its charge and the amount CalVCB paid.", 8.6)
    _rights(p)
    p.boilerplate(BOARD, f"1-800-555-{digits(rng, 4)}")
    t = truth("eob", "other", insurer=BOARD, member_id=app, member_name=vic, cases=[dbn], claim_amount=m2(dbill),
              service_dates=[span(crime)], denial_date=nd.isoformat(), provider=PHYS,
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": [SHORT], "case_numbers": [[dbn, app]]},
              type_alternates=["denial_letter"], denial_alternates=["not_covered"])
    return out(p), t


def faxstd_form(rng):
    vic = person(rng)[0]
    app = _app(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 8))
    dos = dt.date(2026, 1, rng.randint(5, 12))
    appr = plus(dos, rng.randint(3, 9))
    recd = plus(nd, -rng.randint(3, 8))
    billed = amount(rng, 300, 1400)
    bn = _bill(rng)
    fax = (f"{tiny_date(nd)} 14:{rng.randint(10, 59)}  CALVCB CLAIMS  916-555-{digits(rng, 4)}  ->  "
           f"{PT.upper()}  PAGE {{n}}/1")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Bill Unit")
    p.line("NOTICE OF BILL DENIAL", 10, "B")
    p.ln(1)
    p.comb([("Application number", app), ("Bill number", bn)], cap=6, val=8.5)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 34), ("Victim", vic, 56), ("Date of crime", fdate(plus(dos, -2), "slash"), 34),
         ("Bill received", fdate(recd, "slash"), 34)],
        [("Provider", PT, 66), ("Provider NPI", digits(rng, 10), 36), ("Tax ID", f"94-{digits(rng, 7)}", 32),
         ("Patient account", f"GPT{digits(rng, 6)}", 34)],
        [("Dates of service", f"{fdate(dos, 'slash')} - {fdate(plus(dos, 14), 'slash')}", 58),
         ("Amount billed", money(billed), 34), ("Amount paid", "$0.00", 30), ("Reason code", "TL2", 30)],
    ], cap=5.6, val=7.6)
    p.ln(1)
    p.para("TL2  Bill received late. For this family of notices, CalVCB considers a provider's bill only if it is "
           "received within 60 days of the last date of service on the bill, or within 60 days of the date the "
           f"application was approved ({fdate(appr, 'slash')}), whichever is later. This bill was received after "
           "both dates.", 7.2)
    p.para("The provider may ask CalVCB to reconsider within 30 days of the date of this notice, with proof the bill "
           "was sent on time (for example, a clearinghouse report). The victim may not be billed for services "
           "CalVCB denied for the provider's late billing.", 7.2)
    p.para(f"Form VCB-PB-14 (rev. 01/2026)  |  Provider line 1-800-555-{digits(rng, 4)}", 6.5)
    t = truth("denial_letter", "timely_filing", insurer=BOARD, member_id=app, member_name=vic, cases=[bn],
              claim_amount=m2(billed), service_dates=[span(dos, plus(dos, 14))], denial_date=nd.isoformat(),
              provider=PT, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": [SHORT], "case_numbers": [[bn, app]]})
    return out(p), t


def faxstd_letter(rng):
    vic = person(rng)[0]
    app = _app(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(nd, -rng.randint(30, 50))
    billed = amount(rng, 6200, 9400)
    paid = 5000.00
    bn = _bill(rng)
    prev = [(_bill(rng), plus(dos, -rng.randint(20, 40))) for _ in range(2)]
    fax = (f"{fdate(nd, 'upper')} 09:{rng.randint(10, 59)}  FROM CALVCB 916-555-{digits(rng, 4)}  TO "
           f"559-555-{digits(rng, 4)}  P.{{n}}")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng)
    p.f(7.4)
    p.cell(0, 3.6, fdate(nd, "long"), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [vic, f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Fresno, CA 937{rng.randint(10, 99)}"]:
        p.cell(0, 3.4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.4, "B")
    p.cell(0, 3.6, f"Re: Services from {DENT} on {fdate(dos, 'long')}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.cell(0, 3.6, f"Application {app}   Bill {bn}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {vic}:", 7.4)
    p.para(f"CalVCB reviewed the dental bill for the crown and bridge work done to repair the teeth injured in the "
           f"crime. The bill was for {money(billed)}. The most this family's notices allow CalVCB to pay for dental "
           f"care on one application is {money(paid)}. CalVCB paid {money(paid)} to the dentist. The remaining "
           f"{money(billed - paid)} is over the maximum and cannot be paid.", 7.4)
    p.para("Previous bills on this application (already decided, shown for your records): " +
           "; ".join(f"bill {b} for {tiny_date(d)}" for b, d in prev) + ".", 7.4)
    p.para("If you disagree with this decision, your request for reconsideration must be received within 30 days of "
           "the date of this letter. If you also want a hearing before a hearing officer, say so in your request; "
           "hearings are usually scheduled within 90 days. Questions: 1-800-555-" + digits(rng, 4) + ".", 7.4)
    p.para("Sincerely,\nDental Bill Review, California Victim Compensation Board", 7.4)
    p.para("Language help: Llame al 1-800-555-" + digits(rng, 4) + " para ayuda en español. TTY 711.", 6.6)
    t = truth("denial_letter", "not_covered", insurer=BOARD, member_id=app, member_name=vic, cases=[bn],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=DENT,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": [SHORT], "claim_amount": [m2(billed - paid)], "case_numbers": [[bn, app]]},
              denial_alternates=["other"])
    return out(p), t


def phone_spanish(rng):
    vic = person(rng)[0]
    app = _app(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 10))
    crime = dt.date(2026, 1, rng.randint(3, 20))
    dos = plus(crime, rng.randint(25, 40))
    billed = amount(rng, 240, 900)
    bn = _bill(rng)
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Junta de Compensación a Víctimas de California")
    p.line(f"AVISO DE DECISIÓN SOBRE FACTURA  -  {fdate(nd, 'long', 'es').upper()}", 11.5, "B")
    p.ln(2)
    p.boxed_pairs([("Víctima", vic), ("Número de solicitud", app), ("Número de factura", bn),
                   ("Proveedor", "Dr. " + "Helena Voss" + ", Voss Orthopedic Clinic"),
                   ("Fecha del servicio", fdate(dos, "long", "es")), ("Fecha del delito", fdate(crime, "slash")),
                   ("Cantidad facturada", money(billed, "usd"))], label_w=52, size=9.2)
    p.para(f"Estimado(a) {vic}:", 9.8)
    p.para("CalVCB revisó la factura de arriba. No podemos pagarla. Los registros médicos muestran que el tratamiento "
           "fue para dolor de rodilla que usted tenía antes del delito, y no para una lesión causada por el delito. "
           "CalVCB solo puede pagar gastos que resultan directamente del delito.", 9.8)
    p.para("**Si no está de acuerdo.** Puede pedir que CalVCB reconsidere esta decisión. Su pedido debe recibirse "
           "dentro de 30 días a partir de la fecha de este aviso. Envíe cualquier registro médico que muestre que la "
           "lesión fue causada por el delito.", 9.8)
    p.para(f"Junta de Compensación a Víctimas de California ({BOARD})", 9.4)
    p.boilerplate(BOARD, f"1-800-555-{digits(rng, 4)}", size=6.4)
    t = truth("denial_letter", "not_covered", insurer=BOARD, member_id=app, member_name=vic, cases=[bn],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider="Helena Voss",
              appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": [SHORT, "Junta de Compensación a Víctimas de California"],
                          "provider": ["Voss Orthopedic Clinic"], "case_numbers": [[bn, app]]},
              denial_alternates=["other"])
    return out(p), t


def lowres_statement(rng):
    vic = person(rng)[0]
    app = _app(rng)
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    adm = dt.date(2026, 2, rng.randint(2, 20))
    acct = f"SRM{digits(rng, 7)}"
    lines = [("Emergency dept level 5", adm), ("CT head w/o contrast", adm), ("Laceration repair", adm),
             ("Take-home medications", adm), ("Follow-up wound check", plus(adm, rng.randint(7, 10)))]
    deny = 3
    rows, tot, bal_tot = [], 0.0, 0.0
    for i, (desc, d) in enumerate(lines):
        ch = amount(rng, 120, 2900) if i != deny else amount(rng, 60, 190)
        if i == deny:
            paid, bal, dch = 0.0, ch, ch
        else:
            paid, bal = ch, 0.0
        tot, bal_tot = tot + ch, bal_tot + bal
        rows.append([fdate(d, "short"), desc, money(ch, "nosign"), f"({paid:,.2f})" if paid else "DENIED",
                     money(bal, "nosign")])
    rows.append(["", "Totals", money(tot, "nosign"), "", money(bal_tot, "nosign")])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.letterhead(HOSP, [f"Patient Financial Services  |  Lubbock Ave, Fresno CA  |  559-555-{digits(rng, 4)}"])
    p.line("PATIENT STATEMENT", 12, "B")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Patient:", vic),
                   ("Payer:", f"{SHORT} application {app}")], w=110, size=8.6)
    p.ln(3)
    p.table(["Date", "Description", "Charge", "CalVCB paid", "Your balance"], rows, [22, 70, 28, 28, 30], size=8.4,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"The {BOARD} paid your emergency care from {fdate(adm, 'long')}. It did not pay the take-home "
           f"medications: it asked that your pharmacy benefit be billed first, and you told us you have none. This "
           f"line is now your balance: {money(dch)}.", 8.8)
    p.para("Please pay within 30 days or call us to set up a payment plan. If you get coverage for the medications, "
           "send us the card and we will bill it.", 8.8)
    t = truth("other", None, insurer=BOARD, member_id=app, member_name=vic, claim_amount=m2(dch),
              service_dates=[span(adm)], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [m2(bal_tot), m2(tot), None], "member_id": [None],
                          "service_dates": [[span(adm), span(lines[4][1])]]})
    return out(p), t


def rotated_refund(rng):
    vic = person(rng)[0]
    app = _app(rng)
    ld = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 8))
    dos = dt.date(2026, 2, rng.randint(2, 25))
    billed = amount(rng, 1800, 3600)
    paid = round(billed * 0.55, 2)
    bn = _bill(rng)
    related = [_bill(rng) for _ in range(2)]
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Revenue Recovery")
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [AMB, "Attn: Patient Accounts", f"{rng.randint(100, 9800)} Railroad St", "Fresno, CA 93721-4410"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.re_block([f"Request for refund of overpayment  -  bill {bn}", f"Victim: {vic}   Application: {app}",
                f"Date of service: {fdate(dos, 'slash')}   Billed: {money(billed)}"])
    p.para("To the Patient Accounts office:", 9.8)
    p.para(f"CalVCB paid {money(paid)} on the bill above. The victim's auto insurer has since paid the same bill in "
           f"full. Because CalVCB is the payer of last resort, its payment was an overpayment. Please refund "
           f"{money(paid)} ({dollars_words(paid)}) to CalVCB within 30 days of the date of this letter.", 9.8)
    p.para(f"Related bills on this application (not affected by this letter): {related[0]}, {related[1]}.", 9.8)
    p.para("If you believe this is wrong, you may ask CalVCB to review it within 30 days of the date of this letter. "
           "If the refund is not received, CalVCB may offset it against future payments to you.", 9.8)
    p.para("Revenue Recovery Unit\nCalifornia Victim Compensation Board", 9.8)
    t = truth("denial_letter", "other", insurer=BOARD, member_id=app, member_name=vic, cases=[bn],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ld.isoformat(), provider=AMB,
              appeal_deadline=plus(ld, 30).isoformat(),
              alternates={"insurer": [SHORT], "claim_amount": [m2(paid)], "case_numbers": [[bn, app]]},
              type_alternates=["other"], denial_alternates=[None])
    return out(p), t


def scan300_stack(rng):
    vic = person(rng)[0]
    app = _app(rng)
    ad = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line("Notice of Approval", 12, "B")
    p.pairs([("Date", fdate(ad, "abbr")), ("Application", app), ("Victim", vic), ("Provider", COUNS),
             ("Approved", "Up to 20 mental health counseling sessions")], label_w=32, size=9.6)
    p.ln(2)
    p.para(f"Dear {vic}:", 10)
    p.para(f"CalVCB approved mental health counseling with {COUNS} for the sessions listed above, starting "
           f"{fdate(plus(ad, 3), 'long')}. The counselor will bill CalVCB directly. You do not need to do anything "
           "else now. If you need more sessions, your counselor can ask CalVCB for them.", 10)
    p.para(f"Questions? Call 1-800-555-{digits(rng, 4)}.", 10)
    doc1 = (out(p), truth("other", None, insurer=BOARD, member_id=app, member_name=vic, denial_date=ad.isoformat(),
                          provider=COUNS, alternates={"insurer": [SHORT]}))
    dd = plus(ad, rng.randint(8, 16))
    dos = dt.date(2026, 3, rng.randint(2, 20))
    billed = amount(rng, 900, 2600)
    bn = _bill(rng)
    rq = f"RC-{digits(rng, 6)}"
    recd = plus(dd, -rng.randint(20, 30))
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Reconsideration")
    q.line(f"RECONSIDERATION DECISION  -  Decision dated {fdate(dd, 'long')}", 11, "B")
    q.ln(2)
    q.pairs([("Reconsideration no.", rq), ("Application", app), ("Victim", vic), ("Bill", bn),
             ("Request received", fdate(recd, "slash")), ("Date of service", fdate(dos, "slash")),
             ("Amount billed", money(billed))], label_w=42, size=9.4)
    q.ln(2)
    q.para(f"You asked CalVCB to reconsider its denial of the bill from {RAD} for an MRI. CalVCB looked again at "
           "your request and the papers you sent. **The denial stands.** Your health plan's explanation of benefits "
           "shows the MRI was denied because prior approval was not requested; the plan did not deny it as "
           "uncovered, so the plan remains the payer that must decide it first.", 9.8)
    q.para("You may ask for a hearing before a hearing officer. Your request must be received within 30 days of the "
           "date of this decision. After a hearing, you may ask the superior court to review the Board's final "
           "decision.", 9.8)
    q.para("Appeals and Reconsideration Unit, California Victim Compensation Board", 9.6)
    doc2 = (out(q), truth("denial_letter", "other", insurer=BOARD, member_id=app, member_name=vic, cases=[rq, bn],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=dd.isoformat(),
                          provider=RAD, appeal_deadline=plus(dd, 30).isoformat(),
                          alternates={"insurer": [SHORT], "case_numbers": [[rq], [bn], [rq, bn, app]]},
                          denial_alternates=["not_covered"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_bill_payment_notice_table_one_bill_other_payer_first", "born_digital", [bd_payment_notice(rng)]),
        Item(F + "faxstd_caption_box_form_bill_received_late", "fax_standard_g4", [faxstd_form(rng)]),
        Item(F + "faxstd_small_type_letter_over_maximum_provider_in_re_line", "fax_standard_g4", [faxstd_letter(rng)]),
        Item(F + "phone_spanish_not_crime_related_date_in_heading", "phone_photo", [phone_spanish(rng)]),
        Item(F + "lowres_hospital_statement_one_line_denied", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "rotated_overpayment_refund_letter_to_provider", "rotated", [rotated_refund(rng)]),
        Item(F + "scan300_stack_approval_then_reconsideration_upheld", "scan_clean_300", scan300_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
