"""An invented commercial plan (Wexmoor Summit Health Plan) refusing to pay for a continuous glucose monitor's
receiver or transmitter replaced while the maker's warranty still covered it (the maker replaces a failed part at
no cost; the plan pays a replacement only after the warranty ends or for loss or damage the warranty does not
cover), with the diabetes supplier's own invoice. HCPCS (A9276 sensor, A9277 transmitter, A9278 receiver) and
CARC/RARC codes appear as themselves; the plan, its rules (receiver warranty 12 months, transmitter warranty 3
months past its 90-day life), the device maker (Veloria Medical), the supplier, every person, number and address
are invented. No file says "denied" or "not covered" in those words.

Documents (8 in 7 files):
- bd_eob_four_rows_dos_billing_rendering_usd_credit: a landscape member EOB of four claims with "DOS", "Billing
  provider" and "Rendering" columns, amounts printed "USD", a credit in parentheses on a paid row; the
  transmitter row pays 0.00 with CARC 96 / RARC N130 and a plain-words note; plan year, deductible, DOB and an
  EFT trace number as decoys.
- faxstd_supplier_notice_claim_hash_receiver_dependent: a provider claim notice to the supplier on a standard
  fax, "Claim #" beside batch number, check/EFT trace, NPI and tax ID; the patient a dependent child, the
  subscriber a decoy; the ordering endocrinologist; "the maker replaces it at no cost".
- phone_spanish_numero_de_referencia_transmitter: a photographed Spanish member letter, "Número de referencia"
  beside the patient account number at the supplier, dates written out.
- rotated_supplier_invoice_rma_balance: the supplier's invoice (denies nothing): a logo word and INVOICE box,
  the maker's RMA number, the receiver line "Plan declined - warranty", sensors paid, remit-to elsewhere.
- lowres_prose_request_id_replacement_receiver: a pre-service letter at 150 dpi, "the request from Dr. ... at
  ...", a planned shipping date, "Request ID" beside a form number.
- photocopy_appeal_upheld_grievance_appeal_no: an upheld first-level appeal on a receiver and transmitter
  shipped together ("services between ... and ..."), "Grievance/Appeal No." and "Claim #"; second level 60 days.
- clean300_stack_sensor_approval_duplex_then_transmitter_sideways: a sensor supply approval (denies nothing), its
  blank duplex back, then a transmitter claim letter fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "cgm_receiver_transmitter_replacement_warranty_denial"
LANG = "en"
SEED = 352801
INS = "Wexmoor Summit Health Plan"
ALT = ["Wexmoor Summit"]
PLAN = "WSH-EPO-3200"
GROUP = "558130-02"
SUP = "Brightline Diabetes Supply"
MAKER = "Veloria Medical"


def ws_id(rng):
    return f"WSM{digits(rng, 8)}"


def clmno(rng):
    return f"26{digits(rng, 3)}E{digits(rng, 5)}"


def _head(p: DOSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Des Moines IA 503{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, d1 = people(rng, 2)
    mid = ws_id(rng)
    sd = dt.date(2026, 5, rng.randint(11, 22))
    b = dt.date(2026, 4, rng.randint(1, 8))
    src = [(b, f"Dr. {d1}", f"Dr. {d1}", "99214 Office visit"),
           (plus(b, 2), SUP, SUP, "A9276 CGM sensors x3"),
           (plus(b, 2), SUP, SUP, "A9277 CGM transmitter"),
           (plus(b, 9), "Eastgate Clinical Lab", "Eastgate Clinical Lab", "83036 Hemoglobin A1c")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, bp, rp, svc) in enumerate(src):
        c = amount(rng, 60, 520)
        billed.append(c)
        n = clmno(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), bp, rp, svc, money(c, "usd"), "0.00", "0.00", "96 N130"])
        else:
            al = round(c * 0.7, 2)
            paid = al - (25 if i == 0 else 0)
            rows.append([n, fdate(d, "slash"), bp, rp, svc, money(c, "usd"), money(al, "nosign"),
                         money(paid, "nosign"), "-"])
    rows.append(["", "", "", "", "Adjustment, claim " + claims[1], "", "", "(12.40)", "94"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 11, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Statement date", fdate(sd, "abbr")), ("Patient", patient), ("Member ID", mid), ("Group", GROUP),
                ("Plan", PLAN)])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "USD 600.00 of USD 1,200.00"),
                ("Date of birth", fdate(dt.date(rng.randint(1958, 1995), rng.randint(1, 12), rng.randint(1, 28)),
                                        "slash")), ("EFT trace", f"TRN{digits(rng, 9)}")])
    p.ln(3)
    p.table(["Claim #", "DOS", "Billing provider", "Rendering", "Service", "Billed", "Allowed", "Plan paid", "Codes"],
            rows, [30, 19, 44, 44, 48, 24, 17, 17, 14], size=8.1,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Codes.** 96 N130: The transmitter was replaced 5 weeks after the one before it. Veloria Medical's "
           "warranty still covered the earlier transmitter, and the maker replaces a failed part within its "
           "warranty at no cost. The plan pays for a replacement only after the warranty ends. The supplier may "
           "not bill you for this item. 94: Processed in excess of charges; a credit to the plan.", 8.5)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours. External review: within 4 months of our final decision.", 8.5)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])],
              denial_date=sd.isoformat(), provider=SUP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT}, denial_alternates=["other"])
    return out(p), t


def faxstd_notice(rng):
    patient, sub, doc = people(rng, 3)
    mid = ws_id(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    sv = plus(nd, -rng.randint(18, 30))
    prev = plus(sv, -rng.randint(120, 200))
    billed = amount(rng, 280, 460)
    clm = clmno(rng)
    fax = f"{nd.strftime('%m/%d/%y')} 14:{rng.randint(10, 59)}  WSHP PROVIDER SVCS  515-555-{digits(rng, 4)}  PG {{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE", 12, "B")
    p.ln(1)
    y = p.get_y()
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Claim #", clm), ("Batch no.", f"B{digits(rng, 7)}")],
               [37, 40, 38])
    p.capstrip([("Billing provider", SUP), ("NPI", digits(rng, 10))], [75, 40])
    p.capstrip([("Tax ID", f"42-{digits(rng, 7)}"), ("Check/EFT trace", f"{digits(rng, 10)}")], [55, 60])
    p.capstrip([("Patient", patient), ("Relationship", "Child"), ("Date of birth",
                fdate(dt.date(2012, rng.randint(1, 12), rng.randint(1, 28)), "slash"))], [50, 30, 35])
    p.capstrip([("DOS", fdate(sv, "slash")), ("HCPCS", "A9278 NU"), ("Charge", money(billed, "nosign"))],
               [40, 35, 40])
    p.capstrip([("Ordering provider", f"Dr. {doc}, Endocrinology"), ("Paid", "0.00")], [80, 35])
    p.sidebar([("Subscriber", sub), ("Subscriber No.", mid), ("Group", GROUP), ("Plan", PLAN)], 134, y, 61.9,
              "ID card", size=8.4)
    p.set_xy(p.l_margin, max(p.get_y(), y + 62))
    p.ln(3)
    p.line("CLAIM DETERMINATION  (CARC 96, RARC N130)", 11, "B")
    p.para(f"Line 1, A9278 CGM receiver: allowed 0.00, paid 0.00. Our records show a receiver for this patient "
           f"delivered on {fdate(prev, 'slash')}. {MAKER}'s 12-month warranty on that receiver had not ended on the "
           "date of service; the maker replaces a receiver that fails within its warranty at no cost. The plan "
           "pays for a replacement receiver only after the warranty ends, or for loss or damage the warranty does "
           "not cover, with a report. The member may not be billed for this line.", 9.2)
    p.para("To ask us to reconsider, send the request with the maker's warranty decision within 90 days of the "
           "date of this notice.", 9.2)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid,
              member_name=patient, cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)],
              denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [doc]},
              denial_alternates=["other"])
    return out(p), t


def phone_spanish(rng):
    patient = people(rng, 1)[0]
    mid = ws_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    sv = plus(nd, -rng.randint(20, 30))
    billed = amount(rng, 260, 420)
    ref = f"REF-{digits(rng, 4)}-{digits(rng, 4)}"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de miembro", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de referencia", ref), ("Cuenta del paciente", f"BDS-{digits(rng, 6)}"),
                ("Cargo", money(billed))])
    p.ln(3)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"{SUP} nos envió un reclamo por un transmisor de su monitor continuo de glucosa (A9277) que le envió el "
           f"{fdate(sv, 'long', 'es')}. Su transmisor anterior llegó hace menos de dos meses y todavía tenía la "
           f"garantía de {MAKER}. Cuando una pieza falla durante la garantía, el fabricante la cambia sin costo. "
           "Su plan paga un transmisor nuevo solo después de que termina la garantía. Por eso no pagaremos este "
           "reclamo. El proveedor no le puede cobrar a usted.", 9.8)
    p.para("Llame al fabricante con el número de serie de su transmisor para pedir el cambio.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, pida una apelación urgente (72 horas). También puede pedir una "
           "revisión externa dentro de 4 meses después de nuestra decisión final.", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ref], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=SUP, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT}, denial_alternates=["other"])
    return out(p), t


def rotated_invoice(rng):
    patient, doc = people(rng, 2)
    mid = ws_id(rng)
    sh = dt.date(2026, 4, rng.randint(2, 14))
    inv = plus(sh, rng.randint(30, 40))
    rec, sen = amount(rng, 300, 420), amount(rng, 280, 390)
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(SUP, "BDS", [f"{rng.randint(100, 9800)} Ridgeview Pkwy, Cedar Rapids IA 524{rng.randint(10, 99)}  |  "
                             f"319-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"], box="INVOICE")
    p.pairs([("Invoice date", fdate(inv, "abbr")), ("Invoice no.", f"INV{digits(rng, 7)}"),
             ("Account", f"BDS-{digits(rng, 6)}"), ("Patient", patient),
             ("Insurance on file", f"Wexmoor Summit EPO {mid}"), ("Prescriber", f"Dr. {doc}"),
             ("Shipped", fdate(sh, "slash")), ("Maker RMA", f"RMA {digits(rng, 8)}")], label_w=40, size=9.2)
    p.ln(2)
    pd = round(sen * 0.8, 2)
    rows = [["A9278", "CGM receiver, Veloria V3", "1", money(rec), "0.00", "Plan declined - warranty", "0.00"],
            ["A9276", "CGM sensors, 30-day supply", "3", money(sen), money(pd), "Paid",
             money(round(sen - pd, 2))],
            ["", "Receiver charge written off (RMA filed)", "", "", "", "", f"({money(rec, 'nosign')})"]]
    rows.append(["", "Balance due", "", money(rec + sen), "", "", money(round(sen - pd, 2))])
    p.table(["HCPCS", "Item", "Qty", "Charge", "Ins. paid", "Insurance status", "You owe"], rows,
            [16, 56, 9, 20, 18, 42, 19], size=8.4, bold_last=True)
    p.para("Your plan did not pay for the receiver because the one we shipped before was still under the maker's "
           "warranty. We filed a warranty return with the maker and removed the receiver charge from your bill. "
           "You owe only your share for the sensors.", 9)
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["BDS Payment Center", f"PO Box {rng.randint(2000, 9000)}", f"Omaha NE 681{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(rec),
              service_dates=[span(sh)], denial_date=inv.isoformat(), provider=SUP, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [doc]})
    return out(p), t


def lowres_prose(rng):
    patient, doc = people(rng, 2)
    mid = ws_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    planned = plus(nd, rng.randint(6, 12))
    prev = plus(nd, -rng.randint(150, 250))
    req = f"RQ{digits(rng, 9)}"
    prac = "Granite Peaks Endocrinology"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  Form WS-PA-22  |  Request ID {req}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Care Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Sycamore Ave", f"Ames IA 500{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We received the request from Dr. {doc} at {prac} for a new receiver for your continuous glucose "
           f"monitor, to be shipped by {SUP} on {fdate(planned, 'long')}. Your member number is {mid}.", 10)
    p.para(f"Your current receiver was shipped on {fdate(prev, 'long')}. {MAKER} covers its receivers for 12 months, "
           "so yours is still under the maker's warranty. If it has stopped working, the maker will send you a "
           "new one at no cost. Your plan pays for a new receiver only after the warranty ends, or if the receiver "
           "is lost or damaged in a way the warranty does not cover. We are not able to approve this request.", 10)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. Please put the request ID "
           "printed at the bottom of this page on anything you send us.", 10)
    p.para(f"Sincerely,\n\nCare Review Unit\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[req],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [prac, SUP], "service_dates": [[]]},
              denial_alternates=["other"])
    return out(p), t


def photocopy_appeal(rng):
    patient, doc, md = people(rng, 3)
    mid = ws_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    a = dt.date(2026, 5, rng.randint(4, 12))
    b = plus(a, 3)
    rec, trn = amount(rng, 300, 420), amount(rng, 250, 380)
    billed = round(rec + trn, 2)
    apl = f"GA{digits(rng, 4)}-{digits(rng, 4)}"
    clm = clmno(rng)
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("APPEAL DECISION - FIRST LEVEL", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "upper")), ("Grievance/Appeal No.", apl), ("Claim #", clm)],
            [("Member", patient), ("Member ID", mid), ("Group", GROUP)],
            [("Items", "A9278 receiver, A9277 transmitter"), ("Total billed", money(billed)),
             ("Appeal received", fdate(plus(nd, -20), "slash"))],
            [("Supplier", SUP), ("Ordering doctor", f"Dr. {doc}"), ("Form", "WS-APL-3")]], size=8.8)
    p.para(f"You asked us to pay for the receiver ({money(rec)}) and transmitter ({money(trn)}) {SUP} sent you for "
           f"services between {fdate(a, 'long')} and {fdate(b, 'long')}. You wrote that your receiver stopped "
           "showing readings and that you could not wait for the maker to send a new one.", 9.4)
    p.para(f"**Decision: we will not pay for these two items.** Both parts you had before were still under "
           f"{MAKER}'s warranty, and the maker confirmed it would have replaced them at no cost. The plan pays for "
           "a replacement only after the warranty ends. Waiting for the maker's replacement did not leave you "
           "without a way to check your sugar: your plan pays for test strips and a meter. A reviewer who was "
           "not part of the first decision looked at your appeal.", 9.4)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review within 4 months of the date of this letter.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=SUP, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc],
                          "case_numbers": [[apl], [clm]], "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["other"])
    return out(p), t


def clean300_stack(rng):
    patient, doc = people(rng, 2)
    mid = ws_id(rng)
    ad = dt.date(2026, 2, rng.randint(2, 13))
    auth = f"AU-{digits(rng, 8)}"
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Care Review")
    p.line("YOUR REQUEST IS APPROVED", 11.5, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Member ID", mid), ("Authorization number", auth),
             ("Item", "A9276 CGM sensors, 90-day supply"), ("Supplier", SUP), ("Requested by", f"Dr. {doc}"),
             ("Approved through", fdate(dt.date(2026, 12, 31), "slash"))], label_w=45, size=9.4)
    p.ln(2)
    p.para("We approved your sensors for the rest of the plan year. Your supplier will ship them every 90 days. "
           "Receivers and transmitters are reviewed separately.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          denial_date=ad.isoformat(), provider=SUP,
                          alternates={"insurer": ALT, "case_numbers": [[]], "provider": [doc]}))
    sv = plus(ad, rng.randint(40, 60))
    nd = plus(sv, rng.randint(20, 30))
    billed = amount(rng, 240, 380)
    clm = clmno(rng)
    q = DOSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("ABOUT YOUR TRANSMITTER CLAIM", 11.5, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd, "dash")), ("Member", patient), ("ID#", mid), ("Reference No.", clm),
             ("Item", "A9277 CGM transmitter"), ("Date of service", fdate(sv, "dash")), ("From", SUP),
             ("Billed", money(billed, "flat")), ("We pay", "$0.00")], label_w=38, size=9.4)
    q.ln(2)
    q.para("The transmitter shipped before this one was less than 3 months old and still under the maker's "
           "warranty, so the maker replaces it at no cost. We do not pay for a part the warranty replaces. "
           f"{SUP} may not bill you for it.", 9.6)
    q.para("You may appeal within 180 days of the date of this letter.", 9.6)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=SUP, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT}, denial_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_rows_dos_billing_rendering_usd_credit", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_supplier_notice_claim_hash_receiver_dependent", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "phone_spanish_numero_de_referencia_transmitter", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_supplier_invoice_rma_balance", "rotated", [rotated_invoice(rng)]),
        Item(F + "lowres_prose_request_id_replacement_receiver", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_grievance_appeal_no", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean300_stack_sensor_approval_duplex_then_transmitter_sideways", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
