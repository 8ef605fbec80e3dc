"""Notices mirrored (structure and wording style only) from a Medicare Part B Qualified Independent Contractor's
reconsideration decisions: fully favorable, partly favorable and unfavorable, each quoting the Medicare
Administrative Contractor's earlier redetermination, the next level an Administrative Law Judge (ALJ) hearing at the
Office of Medicare Hearings and Appeals (OMHA). Medicare, OMHA, the ALJ level, HCPCS/CPT codes and the appeal
steps appear as themselves; the QIC (Larkspur Federal Review Services, LLC), the MAC (Northshore Medicare
Administrative Services), every supplier, practice, person and number is invented.

Documents (8 in 7 files):
- bd_unfavorable_ambulance_to_beneficiary_cc_supplier: unfavorable decision on a non-emergency ambulance transport,
  to the beneficiary with "cc:" the ambulance company; the MAC's redetermination quoted; "must reach OMHA by" a
  printed date; DOB, received date, amount-in-controversy example and the nondiscrimination / tagline block as
  decoys.
- faxstd_partly_favorable_therapy_to_practice_billing_office: partly favorable decision to the physical therapy
  practice ("Attn: Billing Office"), small type under a typed fax header; eight visits in a space-aligned table,
  three of them (in the middle) still denied; ALJ "within 60 days after you receive" (5-day presumption).
- scan300_fully_favorable_cover_letter_facts_on_page2: a cover letter in prose on page 1; the facts (MBI, appeal
  and claim numbers, dates, amounts) only in a box on page 2, whose repeated header carries a different "page"
  date (denies nothing).
- phone_two_page_spanish_unfavorable_lab_frequency: two-page Spanish decision (a screening test more often than
  Medicare covers), photographed.
- rotated_practice_statement_after_qic_upheld: the neurology practice's statement to the patient, four rows, one
  row (the nerve conduction study) denied and upheld by the QIC, a bracketed write-off adjustment (denies nothing).
- lowres_unfavorable_injection_usd_and_words: unfavorable decision on a Part B injection, amounts "USD 1,234.50"
  and in words, deadline date printed as 04-MAR-2026, dates as 4 March 2026.
- photocopy_stack_acknowledgement_then_decision_turned: the QIC's acknowledgement of the request (denies nothing),
  a blank separator, then an unfavorable decision on a wheelchair cushion fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdka import DKSheet, brackets, dmy_long, in_words, mdyy, oracle, ordinal
from public_kit import amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_qic_reconsideration_part_b_decision_partly_favorable"
LANG = "en"
SEED = 351700
QIC = "Larkspur Federal Review Services, LLC"
QIC_UNIT = "Part B Qualified Independent Contractor (QIC), North Region"
MAC = "Northshore Medicare Administrative Services"
AMB = "Bellwether Ambulance Company"
PT = "Cobblestone Physical Therapy Group"
PT_DOC = "Renata K. Alcott"
NEURO = "Fernhill Neurology Associates"
NEURO_DOC = "Dr. Silas Okafor"
INJ = "Pinecrest Rheumatology Clinic"
INJ_DOC = "Dr. Vivian Tsosie"
DME = "Anchorpoint Mobility Supply"
LAB = "Quarry Lane Family Medicine"


def _ids(rng):
    return {"mbi": mbi(rng), "appeal": f"1-{digits(rng, 10)}", "icn": f"21{digits(rng, 11)}"}


def _dob(rng):
    return dt.date(rng.randint(1938, 1959), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DKSheet, rng, phone: str):
    p.letterhead(QIC, [QIC_UNIT, f"PO Box {rng.randint(2000, 9800)}, Dayton OH 454{rng.randint(10, 99)}   |   "
                      f"Phone {phone}   |   A Medicare contractor"])


def _alj(p: DKSheet, size: float, when: str):
    p.heading("If you disagree with this decision", size + 1, gap=0.5)
    p.para(f"You may ask for a hearing before an Administrative Law Judge (ALJ) at the Office of Medicare Hearings "
           f"and Appeals (OMHA). {when} To get a hearing, the amount still in dispute must meet the amount in "
           "controversy required for 2026. You may combine claims to meet it. Use form OMHA-100 or send a letter "
           "with your name, Medicare Number, the appeal number above and why you disagree.", size)


def bd_unfavorable(rng):
    ids = _ids(rng)
    mem, mf, _, _ = person(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 1, rng.randint(5, 20))
    redet = plus(dos, rng.randint(30, 40))
    rec = plus(redet, rng.randint(20, 26))
    billed = amount(rng, 640, 980)
    by = plus(nd, 65)
    phone = f"1-866-555-{digits(rng, 4)}"
    p = DKSheet(footer="Page {n} of {nb}", footer_left=f"LFRS-B-RECON-U (01/2026)   DCN {digits(rng, 12)}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, phone)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [mem] + [f"{rng.randint(100, 999)} Sycamore Ave", "Macon GA 31204"]:
        p.line(ln, 10)
    p.ln(3)
    p.line("MEDICARE APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.pairs([("Appellant", f"{mem} (beneficiary)"), ("Beneficiary", mem), ("Medicare Number", ids["mbi"]),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Appeal number", ids["appeal"]),
             ("Claim number", ids["icn"]), ("Item or service", "Ambulance, basic life support, non-emergency (A0428)"),
             ("Date of service", fdate(dos, "long")), ("Supplier", AMB), ("Amount billed", money(billed)),
             ("Request received", fdate(rec, "slash"))], label_w=42, size=9.2, h=4.8)
    p.ln(2)
    p.para(f"Dear {mf}:", 10)
    p.para("This letter tells you the decision on your Medicare appeal. An appeal is a new and independent "
           "review of a claim. You asked us to look again at the ambulance transport listed above.", 9.6)
    p.f(10.5, "B")
    p.cell(0, 7, "  The appeal decision is UNFAVORABLE.", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Summary of the facts", 10, gap=0.5)
    p.para(f"{AMB} took you by stretcher from your home to a dialysis center on {fdate(dos, 'long')}. On "
           f"{fdate(redet, 'long')} {MAC}, the Medicare contractor that processes claims in your area, issued a "
           "redetermination. It said: \"The records do not show that other means of transportation were "
           "contraindicated. The transport is not covered.\" You asked for this reconsideration.", 9.6)
    p.heading("Explanation of the decision", 10, gap=0.5)
    p.para("Medicare covers a non-emergency ambulance trip only when other ways of getting there could endanger "
           "your health. The trip sheet says you walked to the stretcher with help and sat upright during the trip. "
           "The physician certification statement was signed 19 days after the transport. Our physician reviewer "
           "found the ambulance was not medically necessary, so Medicare will not pay.", 9.6)
    p.heading("Who is responsible for the bill?", 10, gap=0.5)
    p.para("You did not sign an advance beneficiary notice, so the supplier is liable; you do not have to pay this "
           "amount. For example, if the allowed amount were $150.00, your 20% coinsurance would have been $30.00.",
           9.6)
    _alj(p, 9.2, f"Your request must reach OMHA by {fdate(by, 'long')} (60 days after we assume you received this "
                 "letter, 5 days after its date).")
    p.para("If you need help, call us at the number above. You may also call 1-800-MEDICARE (TTY 1-877-486-2048).",
           9.2)
    p.para(f"Sincerely,\nReconsideration Unit, {QIC}\n\ncc: {AMB}", 9.4)
    p.boilerplate(QIC, phone)
    t = truth("denial_letter", "medical_necessity", insurer=QIC, member_id=ids["mbi"], member_name=mem,
              cases=[ids["appeal"], ids["icn"]], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=AMB, appeal_deadline=by.isoformat(),
              alternates={"insurer": ["Medicare", MAC], "case_numbers": [[ids["appeal"]]]})
    return out(p), t


def faxstd_partly(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    d0 = dt.date(2026, 1, rng.randint(5, 9))
    visits = [plus(d0, i * 3 + (i // 2)) for i in range(8)]
    fee = [amount(rng, 118, 160) for _ in visits]
    denied = {3, 4, 5}
    total = round(sum(fee), 2)
    den_total = round(sum(fee[i] for i in denied), 2)
    redet = plus(visits[-1], rng.randint(40, 50))
    phone = f"1-866-555-{digits(rng, 4)}"
    fax = (f"{oracle(nd)} 14:{rng.randint(10, 59)}  FROM LARKSPUR FRS 937-555-{digits(rng, 4)}  TO COBBLESTONE PT "
           f"229-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DKSheet(fax_hdr=fax, footer="Page {n} of {nb}", cont=f"Appeal {ids['appeal']} - continued - page dated "
                f"{fdate(plus(nd, 1), 'slash')}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, phone)
    for ln in [PT, "Attn: Billing Office", f"{rng.randint(100, 999)} Railroad St, Macon GA 312{rng.randint(10, 99)}"]:
        p.line(ln, 8.2)
    p.ln(2)
    p.line(f"MEDICARE RECONSIDERATION DECISION - PARTIALLY FAVORABLE      Date: {fdate(nd, 'iso')}", 9.4, "B")
    p.ln(1)
    p.pairs([("Appellant", f"{PT} (provider)"), ("Beneficiary", mem), ("Medicare Number", ids["mbi"]),
             ("Appeal number", ids["appeal"]), ("Claim number", ids["icn"]), ("Therapist", f"{PT_DOC}, PT, DPT"),
             ("Provider NPI", digits(rng, 10)), ("Total billed", money(total))], label_w=36, size=7.8, h=3.9)
    p.ln(1)
    p.para(f"You asked for a reconsideration of the claim for outpatient physical therapy. {MAC} denied all eight "
           f"visits in its redetermination dated {dmy_long(redet)}: \"Documentation does not support the need for "
           "skilled therapy.\" We find that five visits were reasonable and necessary and Medicare will pay them. "
           "Three visits are still not covered: by the fourth visit the home exercise program was established and "
           "the notes show repetition of exercises the patient could do without a therapist.", 7.6)
    rows = []
    for i, (v, f) in enumerate(zip(visits, fee)):
        rows.append([str(i + 1), fdate(v, "slash"), "97110 x3, 97140", money(f, "nosign"),
                     "NOT COVERED" if i in denied else "Covered"])
    rows.append(["", "", "Total", money(total, "nosign"), ""])
    p.mono_rows(["Ln", "Date", "Codes", "Billed", "QIC decision"], rows, [3, 11, 17, 9, 13], size=7.4,
                right=(3,), bold_rows=(len(rows) - 1,))
    p.para(f"Lines 4 - 6 billed {money(den_total)}; a limitation of liability (ABN) was not obtained, so the "
           "provider is liable for those lines.", 7.6)
    p.add_page()
    _alj(p, 7.6, "You must file within 60 days after you receive this letter. We assume you received it 5 days "
                 "after the date of this letter unless you show otherwise. A request for expedited access to "
                 "judicial review is decided within 60 days of a complete request.")
    p.para("If you did not mean to appeal, or the claim has been paid since, you do not need to do anything. "
           f"Questions: {phone}.", 7.6)
    p.para(f"Reconsideration Unit, {QIC}\ncc: {mem}", 7.6)
    p.boilerplate(QIC, phone, size=6.8)
    t = truth("denial_letter", "medical_necessity", insurer=QIC, member_id=ids["mbi"], member_name=mem,
              cases=[ids["appeal"], ids["icn"]], claim_amount=m2(total),
              service_dates=[span(visits[i]) for i in sorted(denied)], denial_date=nd.isoformat(), provider=PT,
              alternates={"insurer": ["Medicare"], "case_numbers": [[ids["appeal"]]],
                          "claim_amount": [m2(den_total)], "provider": [PT_DOC],
                          "appeal_deadline": [plus(nd, 65).isoformat(), plus(nd, 60).isoformat()]})
    return out(p), t


def scan300_favorable(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 1, rng.randint(5, 25))
    billed = amount(rng, 1800, 2600)
    redet = plus(dos, rng.randint(35, 45))
    phone = f"1-866-555-{digits(rng, 4)}"
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{QIC}  |  Reconsideration decision  |  {mem}  |  Page date: "
                f"{fdate(plus(nd, 2), 'long')}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, phone)
    p.line(dmy_long(nd), 10)
    p.ln(3)
    for ln in [mem, f"{rng.randint(100, 999)} Harbor View Dr", "Bangor ME 04401"]:
        p.line(ln, 10)
    p.ln(5)
    p.para(f"Dear Mr./Ms. {ml}:", 10)
    p.para("We have finished our review of your request for a Medicare reconsideration. The decision is enclosed "
           "on the next page. We are an independent contractor; we do not work for the supplier or for the "
           "contractor that made the earlier decision.", 10)
    p.para(f"Good news: the decision is fully favorable. {MAC} will adjust the claim and pay it within 30 days. "
           "You do not need to do anything else. Keep this letter with your Medicare papers.", 10)
    p.para("If you have questions about the payment, call the supplier or 1-800-MEDICARE. If you have questions "
           "about this decision, call us at the number above.", 10)
    p.para(f"Sincerely,\n\nReconsideration Unit\n{QIC}", 10)
    p.add_page()
    p.line("RECONSIDERATION DECISION - FULLY FAVORABLE", 11.5, "B")
    p.ln(2)
    p.boxed_pairs([("Beneficiary", mem), ("Medicare Number", ids["mbi"]), ("Appeal number", ids["appeal"]),
                   ("Claim number", ids["icn"]), ("Supplier", DME),
                   ("Item", "E2402 negative pressure wound therapy pump, rental"),
                   ("Date of service", fdate(dos, "slash")), ("Amount billed", money(billed)),
                   ("Redetermination date", fdate(redet, "slash")), ("Decision date", fdate(nd, "slash"))],
                  label_w=52, size=9.2, h=6)
    p.para(f"{MAC} denied the pump because the wound measurements were not in the record. The supplier sent the "
           "weekly measurements with the request; they show the wound met the coverage criteria. Medicare will pay "
           "the claim.", 9.6)
    t = truth("other", None, insurer=QIC, member_id=ids["mbi"], member_name=mem, cases=[ids["appeal"], ids["icn"]],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=DME,
              alternates={"insurer": ["Medicare"], "case_numbers": [[ids["appeal"]]]})
    return out(p), t


def phone_spanish(rng):
    ids = _ids(rng)
    mem, mf, _, _ = person(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    prev = dt.date(2025, rng.randint(5, 9), rng.randint(2, 27))
    dos = dt.date(2026, 1, rng.randint(12, 28))
    billed = amount(rng, 80, 160)
    redet = plus(dos, rng.randint(30, 40))
    phone = f"1-866-555-{digits(rng, 4)}"
    p = DKSheet(footer="Página {n} de {nb}", cont=f"Número de apelación {ids['appeal']}  -  {mem}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, phone)
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    p.line("DECISIÓN DE LA APELACIÓN DE MEDICARE", 12.5, "B")
    p.ln(1)
    p.pairs([("Beneficiario", mem), ("Número de Medicare", ids["mbi"]), ("Número de apelación", ids["appeal"]),
             ("Número de reclamo", ids["icn"]), ("Servicio", "Prueba de detección (cribado) de laboratorio"),
             ("Fecha del servicio", fdate(dos, "long", "es")), ("Proveedor", LAB), ("Cantidad facturada", money(billed))],
            label_w=46, size=9.4, h=5)
    p.ln(2)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para("Esta carta le informa la decisión sobre su apelación de Medicare. Una apelación es una revisión nueva "
           "e independiente de un reclamo.", 9.8)
    p.f(10.5, "B")
    p.cell(0, 7, "  La decisión es DESFAVORABLE.", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"El {fdate(redet, 'long', 'es')}, {MAC} decidió en la redeterminación: \"Medicare paga esta prueba de "
           "detección una vez cada 12 meses. El servicio anterior fue pagado dentro de ese plazo.\"", 9.8)
    p.para(f"Revisamos su caso de nuevo. Medicare ya pagó la misma prueba el {fdate(prev, 'long', 'es')}. Como la "
           "nueva prueba se hizo antes de que pasaran 12 meses, Medicare no la cubre.", 9.8)
    p.add_page()
    p.heading("¿Quién es responsable de la factura?", 10.5, gap=0.5)
    p.para("Usted firmó un Aviso Anticipado al Beneficiario (ABN) antes de la prueba, por lo que usted es "
           "responsable del pago.", 9.8)
    p.heading("Si no está de acuerdo con esta decisión", 10.5, gap=0.5)
    p.para("Puede pedir una audiencia ante un Juez de Derecho Administrativo (ALJ) de la Oficina de Audiencias y "
           "Apelaciones de Medicare (OMHA). Debe presentar su solicitud dentro de 60 días después de recibir esta "
           "carta. Suponemos que la recibió 5 días después de la fecha de la carta.", 9.8)
    p.para(f"Si tiene preguntas, llame al {phone} (TTY 711).", 9.8)
    p.para(f"Atentamente,\nUnidad de Reconsideración, {QIC}", 9.8)
    p.boilerplate(QIC, phone)
    t = truth("denial_letter", "not_covered", insurer=QIC, member_id=ids["mbi"], member_name=mem,
              cases=[ids["appeal"], ids["icn"]], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=LAB, lang="es",
              alternates={"insurer": ["Medicare"], "case_numbers": [[ids["appeal"]]],
                          "appeal_deadline": [plus(nd, 65).isoformat(), plus(nd, 60).isoformat()]})
    return out(p), t


def rotated_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    v1 = dt.date(2026, 1, rng.randint(5, 12))
    ncs = plus(v1, rng.randint(8, 12))
    emg = ncs
    v2 = plus(ncs, rng.randint(14, 20))
    a_v1, a_ncs, a_emg, a_v2 = amount(rng, 180, 260), amount(rng, 520, 760), amount(rng, 380, 520), amount(rng, 120, 190)
    pay_v1, pay_emg, pay_v2 = round(a_v1 * 0.55, 2), round(a_emg * 0.5, 2), round(a_v2 * 0.55, 2)
    woff = a_ncs
    acct = f"FNA-{digits(rng, 7)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.letterhead(NEURO, [f"Neurology and electrodiagnostic medicine  |  Pueblo CO  |  719-555-{digits(rng, 4)}  |  "
                         f"Tax ID 84-{digits(rng, 7)}"])
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "slash")), ("Patient", mem), ("Account", acct),
             ("Medicare Number", ids["mbi"]), ("Physician", NEURO_DOC)], label_w=38, size=9, h=4.8)
    p.ln(3)
    rows = [[fdate(v1, "slash"), "99204 New patient visit", money(a_v1, "nosign"), money(pay_v1, "nosign"), "Paid"],
            [fdate(ncs, "slash"), "95911 Nerve conduction", money(a_ncs, "nosign"), "0.00", "Denied *"],
            [fdate(emg, "slash"), "95886 Needle EMG", money(a_emg, "nosign"), money(pay_emg, "nosign"), "Paid"],
            [fdate(v2, "slash"), "99214 Follow-up visit", money(a_v2, "nosign"), money(pay_v2, "nosign"), "Paid"],
            ["", "Adjustment (write-off *)", brackets(woff), "", ""]]
    p.mono_rows(["Date", "Service", "Charge", "Medicare", "Status"], rows, [10, 26, 9, 9, 9], size=8.2,
                right=(2, 3))
    bal = round(a_v1 + a_ncs + a_emg + a_v2 - pay_v1 - pay_emg - pay_v2 - woff, 2)
    p.para(f"**Balance due from you: {money(bal)}** (your Medicare coinsurance for the paid services).", 9.5)
    p.para(f"* Medicare did not pay the nerve conduction study of {fdate(ncs, 'long')}. We appealed; the Qualified "
           f"Independent Contractor ({QIC}) upheld the denial on {ordinal(plus(sd, -9))} (appeal "
           f"{ids['appeal']}). You did not sign an ABN, so we wrote the charge off; you owe nothing for it.", 9)
    p.para("Please pay within 30 days. Ask us about our financial assistance policy if you cannot pay.", 9)
    t = truth("other", None, insurer="Medicare", member_id=ids["mbi"], member_name=mem, cases=[ids["appeal"]],
              claim_amount=m2(a_ncs), service_dates=[span(ncs)], denial_date=sd.isoformat(), provider=NEURO,
              unscored=["insurer"], alternates={"provider": [NEURO_DOC[4:]], "case_numbers": [[]], "claim_amount": [None]})
    return out(p), t


def lowres_injection(rng):
    ids = _ids(rng)
    mem, mf, _, _ = person(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 2, rng.randint(2, 25))
    billed = amount(rng, 1200, 2400)
    redet = plus(dos, rng.randint(28, 36))
    by = plus(nd, 65)
    phone = f"1-866-555-{digits(rng, 4)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, phone)
    p.line(f"Decision date: {dmy_long(nd)}", 10, "B")
    p.ln(2)
    p.line("Notice of Reconsideration - Medicare Part B", 12, "B")
    p.ln(1)
    p.pairs([("To", mem), ("Medicare Number", ids["mbi"]), ("Appeal no.", ids["appeal"]), ("ICN", ids["icn"]),
             ("Service", "J1602 golimumab injection, 1 mg (x 2 mg/kg)"), ("Date of service", dmy_long(dos)),
             ("Ordering physician", INJ_DOC), ("Clinic", INJ), ("Billed", money(billed, "usd"))],
            label_w=40, size=9.2, h=4.8)
    p.ln(2)
    p.para(f"Dear {mem}: you asked us to reconsider the denial of an infusion given at {INJ}. The decision is "
           "**unfavorable**.", 9.6)
    p.para(f"{MAC} wrote in its redetermination of {dmy_long(redet)}: \"The diagnosis billed is not listed in the "
           "local coverage determination for this drug.\" We agree. The claim listed osteoarthritis of the knee; the "
           "drug is covered for rheumatoid and psoriatic arthritis. The amount billed, "
           f"{money(billed, 'usd')} ({in_words(billed)}), will not be paid.", 9.6)
    p.para(f"If your physician sends a corrected claim with the right diagnosis, {MAC} may reopen it; that is not an "
           "appeal.", 9.6)
    _alj(p, 9.2, f"Your request must be received by {oracle(by)}. (Appeals to the Medicare Appeals Council are due "
                 "within 60 days of an ALJ decision; judicial review in federal court within 60 days of the "
                 "Council's decision.)")
    p.para(f"Reconsideration Unit, {QIC}\ncc: {INJ}", 9.2)
    t = truth("denial_letter", "not_covered", insurer=QIC, member_id=ids["mbi"], member_name=mem,
              cases=[ids["appeal"], ids["icn"]], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=INJ_DOC[4:], appeal_deadline=by.isoformat(),
              denial_alternates=["coding_error", "medical_necessity"],
              alternates={"insurer": ["Medicare"], "case_numbers": [[ids["appeal"]]], "provider": [INJ]})
    return out(p), t


def photocopy_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    ad = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(ad, -rng.randint(3, 7))
    dos = dt.date(2026, 1, rng.randint(5, 26))
    billed = amount(rng, 280, 460)
    phone = f"1-866-555-{digits(rng, 4)}"
    p = DKSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, phone)
    p.line(fdate(ad, "long"), 10)
    p.ln(3)
    p.line("We received your request for a reconsideration", 11.5, "B")
    p.ln(1)
    p.pairs([("Appeal number", ids["appeal"]), ("Beneficiary", mem), ("Medicare Number", ids["mbi"]),
             ("Claim number", ids["icn"]), ("Received", mdyy(rec))], label_w=40, size=9.5)
    p.ln(2)
    p.para(f"We received the request from {DME} on {ordinal(rec)}. We will decide within 60 days of the date we "
           "received it. If you have more records, send them now; records sent later may not be considered at the "
           "next level unless there is good cause.", 10)
    p.para(f"Reconsideration Unit, {QIC}", 10)
    doc1 = (out(p), truth("other", None, insurer=QIC, member_id=ids["mbi"], member_name=mem,
                          cases=[ids["appeal"], ids["icn"]], denial_date=ad.isoformat(), provider=DME,
                          alternates={"insurer": ["Medicare"], "case_numbers": [[ids["appeal"]]]}))
    nd = plus(ad, rng.randint(40, 55))
    q = DKSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, phone)
    q.line(f"{fdate(nd, 'abbr')}      MEDICARE RECONSIDERATION DECISION: UNFAVORABLE", 10.5, "B")
    q.ln(2)
    q.pairs([("Appellant", DME), ("Beneficiary", mem), ("Medicare Number", ids["mbi"]), ("Appeal number",
                                                                                        ids["appeal"]),
             ("Claim number", ids["icn"]), ("Item", "E2603 skin protection wheelchair seat cushion"),
             ("Date of service", fdate(dos, "iso")), ("Billed", money(billed, "flat"))], label_w=40, size=9.2, h=4.8)
    q.ln(2)
    q.para(f"{MAC} denied the cushion in its redetermination: \"The beneficiary does not meet the criteria for a "
           "skin protection cushion.\" Medicare covers this cushion for a person who uses a wheelchair and has, or "
           "has had, a pressure ulcer over the buttocks or hips, or cannot feel or move to shift weight. The "
           "records describe a manual wheelchair used part-time and no ulcer or loss of sensation. A general use "
           "cushion would be covered. The decision is unfavorable; Medicare will not pay.", 9.6)
    q.para("The supplier is responsible for the charge because no ABN was given to the beneficiary.", 9.6)
    _alj(q, 9.2, "You must file within 60 days after you receive this letter; we assume you received it 5 days "
                 "after the date above.")
    q.para(f"Reconsideration Unit, {QIC}   cc: {mem}", 9.2)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=QIC, member_id=ids["mbi"], member_name=mem,
                          cases=[ids["appeal"], ids["icn"]], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=DME, denial_alternates=["not_covered"],
                          alternates={"insurer": ["Medicare"], "case_numbers": [[ids["appeal"]]],
                                      "appeal_deadline": [plus(nd, 65).isoformat(), plus(nd, 60).isoformat()]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_unfavorable_ambulance_to_beneficiary_cc_supplier", "born_digital", [bd_unfavorable(rng)]),
        Item(F + "faxstd_partly_favorable_therapy_to_practice_billing_office", "fax_standard_g4",
             [faxstd_partly(rng)]),
        Item(F + "scan300_fully_favorable_cover_letter_facts_on_page2", "scan_clean_300", [scan300_favorable(rng)]),
        Item(F + "phone_two_page_spanish_unfavorable_lab_frequency", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_practice_statement_after_qic_upheld", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_unfavorable_injection_usd_and_words", "scan_lowres_150", [lowres_injection(rng)]),
        Item(F + "photocopy_stack_acknowledgement_then_decision_turned", "photocopy", photocopy_stack(rng),
             separators=["blank", None], turns={(1, 0): 180}),
    ]
