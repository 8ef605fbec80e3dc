"""California's State Compensation Insurance Fund (State Fund, as itself) explaining its review of medical bills on
workers' compensation claims: lines reduced to the Official Medical Fee Schedule (OMFS), one line denied as not
related to the accepted injury (the accepted body part is printed), a bill objected to as filed more than 12 months
after the date of service, a second-review determination, an overpayment refund request and the treating clinic's
statement to the injured worker. Mirrored in structure and wording style only from the explanation of review that
California rules require; the second bill review (90 days) and independent bill review (30 days) steps, the OMFS
and CARC codes appear as themselves. Every clinic, doctor, worker, employer, claim and number is invented.

Documents (8 in 7 files):
- bd_eor_five_lines_omfs_reductions_lumbar_line_unrelated: the provider's EOR, five lines, four reduced to the
  OMFS, the lumbar X-ray denied (CARC 191, accepted body part right shoulder); DOI, bill received date, DCN, NPI,
  FEIN, related bills and the ZIP+4 address block as decoys.
- faxstd_caption_box_eor_form_claim_id_with_letter_O: the EOR as a form whose facts are in small caption boxes
  (claim number mixing letter O / digit 0 and I / 1), one line denied as unrelated.
- faxstd_small_type_second_review_determination_re_line_provider: the second bill review determination in 7 pt,
  the clinic named only in the "Re: Services from ..." line; IBR 30 days (not the appeal deadline).
- phone_eor_date_only_in_heading_all_lines_reduced: an EOR whose date is only in its heading, every line paid at
  the fee schedule (denies nothing).
- rotated_overpayment_refund_request_duplicate_payment: State Fund's letter asking the clinic to refund a
  duplicate payment (recoupment by offset after 60 days).
- lowres_spanish_notice_to_worker_cc_clinic: the Spanish notice to the injured worker that a bill was not paid as
  unrelated to the accepted injury, the clinic only in the "cc:" line.
- faxfine_stack_clinic_statement_then_late_bill_objection: the clinic's statement to the worker (State Fund paid
  most lines, the unrelated line left to the worker), a blank separator, then State Fund's objection to a bill
  filed after 12 months, its page 2 fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddk_famdkf import DKSheet, bracket, tiny_date
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "workers_compensation_state_fund_medical_bill_explanation_of_review"
LANG = "en"
SEED = 351905
INS = "State Compensation Insurance Fund"
CLINIC = "Tule Ridge Occupational Medicine"
DOC = "Ines M. Calloway"
EMPLOYERS = ["Vantree Cold Storage, Inc.", "Bright Furrow Packing Co.", "Harlan Creek Concrete", "Olvera Tile & Stone"]
LINES = [("99214", "", "Office visit, est. patient, mod.", 180, 240, "45"),
         ("97110", "GP", "Therapeutic exercise, 15 min x2", 90, 130, "45"),
         ("97140", "GP", "Manual therapy, 15 min", 70, 95, "45"),
         ("73030", "RT", "X-ray shoulder, 2+ views", 110, 160, "45"),
         ("72100", "", "X-ray lumbosacral spine, 2-3 views", 140, 190, "191")]
CODES = {"45": ("CARC 45", "Charge exceeds the fee schedule. Paid at the Official Medical Fee Schedule (OMFS) "
                "amount for this service."),
         "191": ("CARC 191", "Not a work-related injury/illness and thus not the liability of the workers' "
                 "compensation carrier. The service is not for the accepted body part(s) on this claim."),
         "18": ("CARC 18", "Exact duplicate claim/service."),
         "29": ("CARC 29", "The time limit for filing has expired.")}


def _ids(rng):
    return {"claim": f"0{digits(rng, 7)}", "bill": f"BR{digits(rng, 9)}", "dcn": f"{digits(rng, 12)}",
            "pol": f"{digits(rng, 7)}-26", "npi": digits(rng, 10), "fein": f"94-{digits(rng, 7)}",
            "emp": rng.choice(EMPLOYERS)}


def _head(p: DKSheet, rng, unit: str = "Medical Bill Review", y: float = 12):
    p.set_y(y)
    p.set_fill_color(20, 60, 100)
    p.rect(p.l_margin, y, 4, 13, style="F")
    p.set_xy(p.l_margin + 7, y)
    p.f(13, "B")
    p.cell(0, 6, INS, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 7)
    p.f(7.6)
    p.cell(0, 3.8, f"{unit}  |  PO Box {rng.randint(2000, 9800)}, Fresno CA 93779-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.set_x(p.l_margin + 7)
    p.cell(0, 3.8, f"Provider line 1-877-555-{digits(rng, 4)}  |  Fax 559-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.set_y(y + 18)


def _lines(rng, dates, deny: int | None):
    rows, total, allowed_t, deny_billed = [], 0.0, 0.0, 0.0
    for i, (code, mod, desc, lo, hi, ex) in enumerate(LINES):
        billed = amount(rng, lo, hi)
        if i == deny:
            allowed, ex = 0.0, "191"
            deny_billed = billed
        else:
            allowed, ex = round(billed * rng.uniform(0.55, 0.72), 2), "45"
        total += billed
        allowed_t += allowed
        rows.append([fdate(dates[i], "slash"), code, mod, desc, "1", money(billed, "nosign"),
                     money(allowed, "nosign"), money(billed - allowed, "nosign"), ex])
    return rows, round(total, 2), round(allowed_t, 2), deny_billed


def _second_review(p: DKSheet, size: float = 8.2):
    p.para("**Second review.** If you disagree with this review, you may ask for a second bill review within 90 days "
           "of the date of this Explanation of Review. Send the request with the bill, this EOR and your reasons. If "
           "you still disagree after the second review, you may ask the Division of Workers' Compensation for "
           "Independent Bill Review (IBR) within 30 days of the second review determination. Payment of any amount "
           "due is issued within 45 days of receipt of a complete bill.", size)
    p.para("Do not bill the injured worker for any service on an accepted workers' compensation claim. A service "
           "denied as not related to the accepted injury may be billed to the worker's own health coverage.", size)


def bd_eor(rng):
    ids = _ids(rng)
    worker = person(rng)[0]
    rev = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    recv = plus(rev, -rng.randint(12, 20))
    doi = dt.date(2025, rng.randint(8, 11), rng.randint(1, 28))
    d1 = plus(recv, -rng.randint(20, 30))
    d2 = plus(d1, 7)
    dates = [d1, d1, d2, d1, d2]
    rows, total, allowed, dbill = _lines(rng, dates, 4)
    rel = [f"BR{digits(rng, 9)}" for _ in range(2)]
    p = DKSheet(footer="Page {n} of {nb}", cont=f"EOR  |  Claim {ids['claim']}  |  Bill {ids['bill']}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.line("EXPLANATION OF REVIEW", 13, "B")
    p.ln(1)
    p.right_block([("Date of review:", fdate(rev, "slash")), ("Bill received:", fdate(recv, "slash")),
                   ("Bill review no.:", ids["bill"]), ("DCN:", ids["dcn"])], w=96, size=8.4, y=p.get_y())
    p.ln(2)
    p.pairs([("Claim number", ids["claim"]), ("Injured worker", worker), ("Employer", ids["emp"]),
             ("Employer policy", ids["pol"]), ("Date of injury", fdate(doi, "slash")),
             ("Accepted body part", "Right shoulder (rotator cuff strain)"),
             ("Billing provider", f"{CLINIC}  NPI {ids['npi']}  FEIN {ids['fein']}"),
             ("Rendering provider", f"{DOC}, MD")], label_w=40, size=8.6, h=4.8)
    p.ln(2)
    rows.append(["", "", "", "Bill total", "", money(total, "nosign"), money(allowed, "nosign"),
                 money(total - allowed, "nosign"), ""])
    p.table(["Date of service", "Code", "Mod", "Description", "Units", "Billed", "Allowed", "Reduction", "Expl."],
            rows, [22, 14, 10, 54, 10, 18, 18, 18, 12], size=7.8, aligns=["L", "L", "L", "L", "C", "R", "R", "R", "C"],
            bold_last=True)
    p.heading("Explanation codes", 9.5, rule=True, gap=0.5)
    for c in ("45", "191"):
        p.para(f"**{c}** ({CODES[c][0]}): {CODES[c][1]}", 7.8, gap=0.6)
    p.para(f"Related bills on this claim (already reviewed): {rel[0]}, {rel[1]}.", 7.8)
    p.para(f"Payment of {money(allowed)} will be issued to the billing provider.", 8.4)
    _second_review(p)
    p.boilerplate(INS, f"1-877-555-{digits(rng, 4)}")
    t = truth("eob", "not_covered", insurer=INS, member_name=worker, cases=[ids["claim"], ids["bill"]],
              claim_amount=m2(total), service_dates=[span(d2)], denial_date=rev.isoformat(), provider=DOC,
              appeal_deadline=plus(rev, 90).isoformat(), denial_alternates=["other"],
              alternates={"claim_amount": [m2(dbill)], "provider": [CLINIC], "plan_id": [ids["pol"]],
                          "case_numbers": [[ids["claim"]], [ids["bill"]]],
                          "service_dates": [[span(d1), span(d2)]]})
    return out(p), t


def faxstd_form(rng):
    ids = _ids(rng)
    ids["claim"] = mixed_id(rng, "", "dcdd") + "-" + mixed_id(rng, "", "cddcdd")
    worker = person(rng)[0]
    rev = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    recv = plus(rev, -rng.randint(10, 18))
    doi = dt.date(2025, rng.randint(5, 10), rng.randint(1, 28))
    d1 = plus(recv, -rng.randint(15, 25))
    dates = [d1] * 5
    rows, total, allowed, dbill = _lines(rng, dates, 4)
    fax = (f"{tiny_date(rev)} 14:{rng.randint(10, 59)}  SCIF MED BILL REVIEW  559-555-{digits(rng, 4)}  ->  "
           f"TULE RIDGE OCC MED  PAGE {{n}}/2")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.line("EXPLANATION OF REVIEW  -  WORKERS' COMPENSATION MEDICAL BILL", 9.5, "B")
    p.ln(1)
    p.capgrid([
        [("1. Claim number", ids["claim"], 46), ("2. Date of review", fdate(rev, "slash"), 34),
         ("3. Bill received", fdate(recv, "slash"), 32), ("4. Bill review no.", ids["bill"], 44),
         ("5. DCN", ids["dcn"], 36)],
        [("6. Injured worker", worker, 60), ("7. Date of injury", fdate(doi, "slash"), 32),
         ("8. Employer", ids["emp"], 64), ("9. Body part accepted", "R shoulder", 36)],
        [("10. Billing provider", CLINIC, 70), ("11. NPI", ids["npi"], 34), ("12. FEIN", ids["fein"], 32),
         ("13. Employer policy", ids["pol"], 34), ("14. Payment", money(allowed), 22)],
    ], cap=5.6, val=7.6, box_h=5.4)
    p.ln(1)
    rows.append(["", "", "", "Totals", "", money(total, "nosign"), money(allowed, "nosign"),
                 money(total - allowed, "nosign"), ""])
    p.table(["DOS", "CPT", "Mod", "Description", "Un", "Billed", "Allowed", "Reduced", "Code"],
            rows, [20, 13, 10, 62, 8, 18, 18, 18, 12], size=7.2, aligns=["L", "L", "L", "L", "C", "R", "R", "R", "C"],
            bold_last=True, row_h=4.8)
    for c in ("45", "191"):
        p.para(f"{c} ({CODES[c][0]}): {CODES[c][1]}", 6.8, gap=0.4)
    p.add_page()
    _second_review(p, 7.0)
    p.para(f"Form SCIF-EOR-2 (rev. 01/26). Questions: Medical Bill Review 1-877-555-{digits(rng, 4)}.", 6.8)
    t = truth("eob", "not_covered", insurer=INS, member_name=worker, cases=[ids["claim"], ids["bill"]],
              claim_amount=m2(total), service_dates=[span(d1)], denial_date=rev.isoformat(), provider=CLINIC,
              appeal_deadline=plus(rev, 90).isoformat(), denial_alternates=["other"],
              alternates={"claim_amount": [m2(dbill)], "plan_id": [ids["pol"]],
                          "case_numbers": [[ids["claim"]], [ids["bill"]]]})
    return out(p), t


def faxstd_second_review(rng):
    ids = _ids(rng)
    worker = person(rng)[0]
    dd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    req = plus(dd, -rng.randint(20, 30))
    eor = plus(req, -rng.randint(30, 50))
    dos = plus(eor, -rng.randint(30, 45))
    billed = amount(rng, 140, 190)
    sr = f"SR-{digits(rng, 7)}"
    fax = f"{tiny_date(dd)} 10:{rng.randint(10, 59)}  STATE FUND  559-555-{digits(rng, 4)}  P.{{n}}"
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 12, 20)
    p.add_page()
    _head(p, rng, "Medical Bill Review - Second Review Unit")
    p.f(7.4)
    for ln in [fdate(dd, "long"), "", "Attn: Billing / Second Review", f"Fax 559-555-{digits(rng, 4)}"]:
        p.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.4, "B")
    p.multi_cell(0, 3.5, f"Re: Services from {CLINIC} on {fdate(dos, 'long')}  -  second bill review determination",
                 new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.multi_cell(0, 3.5, f"Injured worker: {worker}   Claim no. {ids['claim']}   Second review no. {sr}   "
                 f"Original bill review no. {ids['bill']}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"We received your request for second review on {fdate(req, 'slash')}, about our Explanation of Review "
           f"dated {fdate(eor, 'slash')}. You asked us to pay CPT 72100 (X-ray, lumbosacral spine), billed at "
           f"{money(billed)}.", 7.2)
    p.para("**Determination: the denial is upheld.** The accepted injury on this claim is the right shoulder. The "
           "medical report sent with the bill describes low back pain that began at home after the injury and does "
           "not relate it to the work injury. A service for a body part that is not accepted is not payable by "
           "State Fund (CARC 191). The other four lines of the bill were paid at the Official Medical Fee Schedule "
           "and are not in dispute.", 7.2)
    p.para("If you disagree, you may request Independent Bill Review (IBR) from the Division of Workers' "
           "Compensation within 30 days of service of this determination, with the IBR filing fee. A dispute about "
           "whether the low back is part of the injury is decided through the claim, not through bill review.", 7.2)
    p.para("Sincerely,\nSecond Review Unit\nMedical Bill Review", 7.2)
    p.para(f"Form SCIF-SBR-4. The date of injury, bill received dates and the 45-day payment time are shown on the "
           f"original EOR.", 6.4)
    t = truth("denial_letter", "not_covered", insurer=INS, member_name=worker, cases=[ids["claim"], sr],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=dd.isoformat(), provider=CLINIC,
              appeal_deadline=None, denial_alternates=["other"],
              alternates={"appeal_deadline": [plus(dd, 30).isoformat()],
                          "case_numbers": [[ids["claim"]], [sr], [ids["claim"], sr, ids["bill"]]]})
    return out(p), t


def phone_paid_eor(rng):
    ids = _ids(rng)
    worker = person(rng)[0]
    rev = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 10))
    doi = dt.date(2025, rng.randint(6, 11), rng.randint(1, 28))
    dos = plus(rev, -rng.randint(28, 40))
    rows, total, allowed = [], 0.0, 0.0
    for code, mod, desc, lo, hi, _ in LINES[:3]:
        b = amount(rng, lo, hi)
        a = round(b * rng.uniform(0.6, 0.75), 2)
        total, allowed = total + b, allowed + a
        rows.append([fdate(dos, "slash"), code, mod, desc, money(b, "nosign"), money(a, "nosign"), "45"])
    rows.append(["", "", "", "Total", money(total, "nosign"), money(allowed, "nosign"), ""])
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line(f"EXPLANATION OF REVIEW - {fdate(rev, 'long').upper()}", 12, "B")
    p.ln(2)
    p.box_col([f"{INS} reviewed the bill below under the Official Medical Fee Schedule. Each line was paid at the "
               "fee schedule amount; the difference between the billed and allowed amounts is a fee schedule "
               "reduction, not a denial.",
               "The injured worker may not be billed for the reduction.",
               "If you disagree, you may ask for a second bill review within 90 days of the date of this "
               "Explanation of Review, and then for Independent Bill Review within 30 days of the second review."],
              [("Claim number", ids["claim"]), ("Injured worker", worker), ("Date of injury", fdate(doi, "slash")),
               ("Bill review no.", ids["bill"]), ("Billing provider", CLINIC), ("NPI", ids["npi"]),
               ("Payment issued", money(allowed))], left_w=100, size=9.2)
    p.table(["Date of service", "Code", "Mod", "Description", "Billed", "Allowed", "Expl."], rows,
            [24, 15, 10, 62, 20, 20, 13], size=8.2, aligns=["L", "L", "L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"45 ({CODES['45'][0]}): {CODES['45'][1]}", 8)
    t = truth("eob", None, insurer=INS, member_name=worker, cases=[ids["claim"], ids["bill"]], claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=rev.isoformat(), provider=CLINIC, type_alternates=["other"],
              alternates={"case_numbers": [[ids["claim"]], [ids["bill"]]],
                          "appeal_deadline": [plus(rev, 90).isoformat()]})
    return out(p), t


def rotated_overpayment(rng):
    ids = _ids(rng)
    worker = person(rng)[0]
    ld = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(ld, -rng.randint(60, 80))
    paid = amount(rng, 180, 260)
    billed = round(paid * 1.6, 2)
    chk1, chk2 = digits(rng, 8), digits(rng, 8)
    bill2 = f"BR{digits(rng, 9)}"
    ref = f"OP-{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Provider Recovery Unit")
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [CLINIC, "Attn: Patient Accounts", f"{rng.randint(100, 9800)} N Blackstone Ave", "Fresno CA 93710"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.re_block([f"Request for refund of overpayment  -  reference {ref}", f"Claim {ids['claim']}  |  Injured worker "
                f"{worker}", f"Date of service {fdate(dos, 'slash')}  |  Bills {ids['bill']} and {bill2}"], size=9.2)
    p.para("Dear Provider:", 9.6)
    p.para(f"Our review found that the same services on {fdate(dos, 'long')} (billed {money(billed)}) were paid twice: "
           f"once on bill {ids['bill']} (check {chk1}) and again on bill {bill2} (check {chk2}). The second bill was "
           f"an exact duplicate (CARC 18). We overpaid you {money(paid)}.", 9.6)
    p.para(f"Please refund {money(paid)} within 60 days of the date of this letter, payable to {INS}, with a copy of "
           "this letter. If we do not receive the refund or a written dispute by then, we will recover the amount "
           "by offset from future payments to you.", 9.6)
    p.para("If you believe this is not an overpayment, write to us within 60 days of the date of this letter with "
           "your records. Provider Recovery Unit, PO Box 4417, Fresno CA 93779-4417.", 9.6)
    p.para("Sincerely,\nProvider Recovery Unit", 9.6)
    t = truth("denial_letter", "other", insurer=INS, member_name=worker, cases=[ref, bill2],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ld.isoformat(), provider=CLINIC,
              appeal_deadline=plus(ld, 60).isoformat(), type_alternates=["other"], denial_alternates=[None],
              alternates={"case_numbers": [[ref], [ref, ids["bill"], bill2], [ref, ids["claim"]]],
                          "claim_amount": [m2(paid)]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    worker = person(rng)[0]
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(40, 55))
    doi = dt.date(2025, rng.randint(6, 11), rng.randint(1, 28))
    billed = amount(rng, 140, 190)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Revisión de facturas médicas")
    p.line("Aviso sobre una factura médica no pagada", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Trabajador lesionado", worker),
             ("Número de reclamo", ids["claim"]), ("Fecha de la lesión", fdate(doi, "dmy", "es")),
             ("Fecha del servicio", fdate(dos, "long", "es")), ("Servicio", "Radiografía de la columna lumbar (72100)"),
             ("Cargo facturado", money(billed))], label_w=48, size=9.3)
    p.ln(2)
    p.para(f"Estimado(a) {worker}:", 9.6)
    p.para("Le escribimos para informarle que no pagamos una factura médica de su reclamo de compensación de "
           "trabajadores. La parte del cuerpo aceptada en su reclamo es el hombro derecho. La radiografía de la "
           "espalda baja no está relacionada con la lesión aceptada, por lo que State Fund no es responsable de "
           "pagarla. Puede presentar la factura a su propio seguro médico.", 9.6)
    p.para("**Si no está de acuerdo.** Si usted cree que la espalda baja es parte de su lesión de trabajo, puede "
           "objetar esta decisión por escrito dentro de 30 días a partir de la fecha de este aviso. Puede "
           "comunicarse con un Oficial de Información y Asistencia de la División de Compensación de Trabajadores "
           "(DWC), sin costo. También puede consultar a un abogado.", 9.6)
    p.para("Su médico puede pedir una segunda revisión de la factura dentro de 90 días.", 9.6)
    p.para(f"Atentamente,\nRevisión de facturas médicas, {INS}", 9.6)
    p.para(f"cc: {CLINIC}", 8.4)
    p.boilerplate(INS, f"1-877-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=INS, member_name=worker, cases=[ids["claim"]],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es", denial_alternates=["other"])
    return out(p), t


def faxfine_stack(rng):
    ids = _ids(rng)
    worker = person(rng)[0]
    sd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    d = [plus(sd, -rng.randint(50, 60)), plus(sd, -rng.randint(40, 48)), plus(sd, -rng.randint(30, 38))]
    b = [amount(rng, 180, 240), amount(rng, 140, 190), amount(rng, 90, 130)]
    pay = [round(b[0] * 0.64, 2), 0.0, round(b[2] * 0.66, 2)]
    adj = [round(b[0] - pay[0], 2), 0.0, round(b[2] - pay[2], 2)]
    bal = [0.0, b[1], 0.0]
    acct = f"TR-{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Work injury care  |  Fresno CA  |  559-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Patient:", worker),
                   ("WC carrier:", INS), ("WC claim:", ids["claim"])], w=104, size=8.5)
    p.ln(4)
    descs = ["Office visit (99214)", "X-ray lumbar spine (72100)", "Therapeutic exercise (97110)"]
    rows = [[fdate(d[i], "slash"), descs[i], money(b[i], "nosign"), bracket(pay[i]) if pay[i] else "DENIED",
             bracket(adj[i]) if adj[i] else "0.00", money(bal[i], "nosign")] for i in range(3)]
    rows.append(["*", "Balance due", money(sum(b), "nosign"), bracket(sum(pay)), bracket(sum(adj)),
                 money(sum(bal), "nosign")])
    p.spaced(["Date", "Service", "Charge", "WC paid", "WC adj.", "You owe"], rows, [10, 30, 9, 10, 10, 9], size=8,
             right={2, 3, 4, 5}, rule_under_head=True)
    p.para(f"State Fund paid your work injury visits. It did not pay the lumbar spine X-ray of "
           f"{fdate(d[1], 'long')}: it found your low back is not part of your accepted work injury. Because workers' "
           f"compensation will not pay it, this line is now your responsibility: {money(b[1])}. If you have health "
           "insurance, give us your card and we will bill it.", 8.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_name=worker, claim_amount=m2(b[1]),
                          service_dates=[span(d[1])], denial_date=sd.isoformat(), provider=CLINIC,
                          cases=[], unscored=["insurer"],
                          alternates={"claim_amount": [m2(sum(b)), None], "case_numbers": [[ids["claim"]]],
                                      "service_dates": [[span(x) for x in d]]}))
    od = plus(sd, rng.randint(6, 14))
    late = dt.date(2025, rng.randint(1, 3), rng.randint(1, 28))
    recv = plus(od, -rng.randint(8, 15))
    lb = amount(rng, 90, 130)
    bill = f"BR{digits(rng, 9)}"
    q = DKSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.line("OBJECTION TO MEDICAL BILL", 12, "B")
    q.pairs([("Date", fdate(od, "abbr")), ("Claim number", ids["claim"]), ("Injured worker", worker),
             ("Bill review no.", bill), ("Billing provider", CLINIC), ("Bill received", fdate(recv, "slash"))],
            label_w=38, size=9.2)
    q.ln(2)
    q.para(f"We object to payment of the bill for therapeutic exercise (97110) on {fdate(late, 'slash')}, billed at "
           f"{money(lb)}. A medical bill must be submitted within 12 months of the date of service. This bill was "
           f"received on {fdate(recv, 'slash')}, more than 12 months after the service (CARC 29).", 9.4)
    q.add_page()
    q.para("If you disagree, you may ask for a second bill review within 90 days of the date of this objection. "
           "Include proof that the bill was sent on time (for example, a clearinghouse acceptance report). After "
           "the second review, Independent Bill Review may be requested within 30 days.", 9.4)
    q.para("Medical Bill Review", 9.4)
    doc2 = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_name=worker, cases=[ids["claim"], bill],
                          claim_amount=m2(lb), service_dates=[span(late)], denial_date=od.isoformat(),
                          provider=CLINIC, appeal_deadline=plus(od, 90).isoformat(), type_alternates=["eob"],
                          alternates={"case_numbers": [[ids["claim"]], [bill]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eor_five_lines_omfs_reductions_lumbar_line_unrelated", "born_digital", [bd_eor(rng)]),
        Item(F + "faxstd_caption_box_eor_form_claim_id_with_letter_O", "fax_standard_g4", [faxstd_form(rng)]),
        Item(F + "faxstd_small_type_second_review_determination_re_line_provider", "fax_standard_g4",
             [faxstd_second_review(rng)]),
        Item(F + "phone_eor_date_only_in_heading_all_lines_reduced", "phone_photo", [phone_paid_eor(rng)]),
        Item(F + "rotated_overpayment_refund_request_duplicate_payment", "rotated", [rotated_overpayment(rng)]),
        Item(F + "lowres_spanish_notice_to_worker_cc_clinic", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "faxfine_stack_clinic_statement_then_late_bill_objection", "fax_fine_g4", faxfine_stack(rng),
             separators=["blank", None], turns={(1, 1): 180}),
    ]
