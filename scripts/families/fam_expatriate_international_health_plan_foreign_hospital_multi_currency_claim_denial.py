"""An invented international health plan for expatriates (Thornquay International Health Assurance) deciding
the bills of hospitals and clinics abroad in their own currencies, each amount printed the way its country writes
it (EUR 18.764,30 in Germany, £7,904.00 in England, CHF 2'418.60 in Switzerland, 1 284,60 EUR in France, MXN
84,312.00 in Mexico, THB, AED, SGD) beside the US-dollar figure at a stated rate. Its plans have an area of cover
(worldwide, or worldwide without the USA), a deductible and optional modules; planned stays need a guarantee of
payment before admission, claims must arrive within 180 days, and in some countries only network providers are paid
directly. The plan, its rules, rates, codes and time limits, every employer, hospital, clinic, billing service,
assistance company, person, number and address are invented; currencies and country names appear as themselves.
Reasons are in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_provider_copy_hamburg_planned_hip_no_guarantee: a provider-copy claim decision caption form on a standard
  fax to a Hamburg hospital, captions left of, above and under boxes ("Dt of Notice", "Mbr/Cert No.", "Ref/ICN",
  "Svc Dt(s)", "Amt Billed (EUR)", "Amt Billed (USD)"), German line items in EUR; a planned hip replacement admitted
  without the guarantee of payment (prior_authorization). Decoys: hospital invoice, IK number, assistance case,
  DOB, cover start, fax numbers; the surgeon only in a sentence.
- born_digital_settlement_statement_four_currencies_singapore_screening: a landscape member statement of four
  claims (billed in GBP, AED, MXN, SGD with rate, billed / eligible / paid / you owe in USD, totals); the Singapore
  check-up pays 0.00 under X4, said only in the legend (no Wellness module: not_covered). Deadline "by <date>".
- lowres_facts_box_letter_london_three_nights_day_case: a 150 dpi letter with a facts box at the right, UK-style
  dates; three nights after a knee arthroscopy in a London private hospital are refused because it could be done
  as a day case (level_of_care); the refused nights only in a sentence; the hospital's billing agent as a decoy.
- finefax_swiss_clinic_claim_past_180_days_billing_service: a fine-fax letter with captions beside boxes; a Zug
  clinic's claim sent by its billing service more than 180 days after the visit (timely_filing); the doctor and
  clinic only in sentences; "by <date>" in day-month words.
- phone_es_hospital_leon_cuenta_poliza_no_vigente: a photographed Spanish letter from a Mexican hospital's billing
  office with a facts box: the insurer declined the stay because the policy had ended with the job, so the patient
  owes MXN 84,312.00-style (about US$ in Spanish form); a payment due date as decoy. A provider's bill: denies
  nothing itself (denial_letter / eligibility accepted).
- rotated_guarantee_of_payment_bangkok_appendectomy: a guarantee of payment to a Bangkok hospital for an
  appendectomy in THB, fed sideways (denies nothing).
- clean_stack_lyon_mri_settlement_duplex_then_dubai_clinic_turned: a settlement advice to a Lyon imaging centre set
  in two columns, a repeat lumbar MRI refused as not needed (medical_necessity), its duplex back, then (sideways)
  a letter refusing a Dubai clinic outside the direct-settlement network (out_of_network), AED amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famef import EASheet, cur, dob, es_date, people, workday, wday_uk
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "expatriate_international_health_plan_foreign_hospital_multi_currency_claim_denial"
LANG = "en"
SEED = 355005
INS = "Thornquay International Health Assurance"
ALT = ["Thornquay International", "Thornquay International Health Assurance Company", "Thornquay"]
RATE = {"EUR": 1.0839, "GBP": 1.2688, "CHF": 1.1342, "MXN": 0.05717, "THB": 0.02819, "AED": 0.27229,
        "SGD": 0.7431}
PLANS = {"WX": ("ES2-WX", "Expat Select 2 - Worldwide excluding USA"), "WW": ("ES3-WW", "Expat Select 3 - Worldwide")}
GROUPS = [("G-60418", "Vantmoor Offshore Services"), ("G-71203", "Pellinore International Schools"),
          ("G-55870", "Brisenden Mining Ltd")]
ASSIST = "Pellmoor Global Assistance"


def usd(v: float, code: str) -> float:
    return round(v * RATE[code], 2)


def mno(rng):
    """Membership number as printed with grouping spaces (the truth drops them)."""
    a, b, k = digits(rng, 4), digits(rng, 4), rng.randint(1, 3)
    return f"TQ {a} {b} 0{k}", f"TQ{a}{b}0{k}"


def clm(rng):
    return f"TQC-26-{digits(rng, 7)}"


def _head(p, rng, unit="International Claims Centre", box=None):
    p.head(INS, "TQ", [f"{unit}  |  1200 Anchorage Row, Suite 400, Wilmington DE 19801, USA",
                       f"Tel. +1 302 555 {digits(rng, 4)}  |  claims fax +1 302 555 {digits(rng, 4)}  |  "
                       f"24-hour assistance +44 20 7946 {digits(rng, 4)}"], box=box, size=13)


def faxstd_hamburg(rng):
    member, surgeon, clerk = people(rng, 3)
    shown, mid_ = mno(rng)
    plan, plan_name = PLANS["WX"]
    grp, employer = GROUPS[0]
    adm = dt.date(2026, 3, rng.randint(2, 12))
    dis = plus(adm, 7)
    nd = workday(plus(dis, rng.randint(30, 40)))
    n = clm(rng)
    inv = f"RE-2026-{digits(rng, 6)}"
    lines = [("Fallpauschale Hüftgelenkersatz", 11840.00 + rng.randint(0, 400)), ("Implantat (Hüft-TEP)", 4312.50),
             ("Physiotherapie, 6 Einheiten", 486.00), ("Wahlleistung Einbettzimmer, 7 Tage", 1295.00),
             ("Labor und Röntgen", 310.80 + rng.randint(0, 90))]
    tot_eur = round(sum(v for _, v in lines), 2)
    tot_usd = usd(tot_eur, "EUR")
    fax = f"{fdate(nd, 'short')} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}  THORNQUAY INTL CLAIMS  +1 302 555 {digits(rng, 4)}  P. {{n}}/1"
    p = EASheet(footer="Page {n} of {nb}", footer_left="TQ-PCD-3  provider copy", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("CLAIM DECISION - PROVIDER COPY", "Please quote Ref/ICN on all correspondence. Amounts converted at "
                                                  "the rate of the first day of treatment.")
    W = p.w - p.l_margin - p.r_margin
    last, first, mi = member.split()[-1], member.split()[0], member.split()[1].rstrip(".")
    p.capcells([("Dt of Notice", nd.strftime("%d-%b-%Y"), 58, "L"),
                ("Provider / Payee", "Klinikum Rosenhagen, Hamburg", 84, "A"), ("IK-Nr.", digits(rng, 9), W - 142, "A")])
    p.capcells([("Mbr/Cert No.", shown, 46, "A"), ("Patient", f"{last}, {first} {mi}", 58, "A"),
                ("Grp No.", grp, 30, "B"), ("Plan", plan, 28, "B"), ("DOB", dob(rng, 1968, 1990).strftime("%d.%m.%Y"),
                                                                  W - 162, "B")])
    p.capcells([("Ref/ICN", n, 70, "L"), ("Hosp. Inv.", inv, 66, "L"), ("GOP No.", "none on file", W - 136, "L")])
    p.capcells([("Svc Dt(s)", f"{adm.strftime('%d.%m.%Y')} - {dis.strftime('%d.%m.%Y')}", 50, "B"),
                ("Amt Billed (EUR)", cur(tot_eur, "EUR"), 44, "B"), ("Rate", "1 EUR = 1.0839 USD", 40, "B"),
                ("Amt Billed (USD)", money(tot_usd, "nosign"), 34, "B"), ("Plan paid (USD)", "0.00", W - 168, "B")])
    rows = [[str(i + 1), d, cur(v, "EUR").replace("EUR ", ""), money(usd(v, "EUR"), "nosign"), "0.00"]
            for i, (d, v) in enumerate(lines)]
    rows.append(["", "Summe / total", cur(tot_eur, "EUR").replace("EUR ", ""), money(tot_usd, "nosign"), "0.00"])
    p.table(["Pos.", "Leistung (as billed)", "EUR", "USD", "Paid USD"], rows, [12, 96, 30, 30, W - 168], size=8.2,
            aligns=["C", "L", "R", "R", "R"], bold_last=True, row_h=5.2)
    p.para(f"{member} was admitted on {fdate(adm, 'long')} for a planned replacement of the right hip, which Prof. Dr. "
           f"{surgeon} carried out the next morning. Under {plan_name} a stay in hospital that is planned ahead is "
           "paid only when we have agreed to it in writing before the admission date. We found no such agreement: "
           "neither the hospital nor the member contacted us or the assistance line before the operation, and no "
           "guarantee of payment was issued. We have therefore not paid the invoice. If the admission was in fact an "
           "emergency, send us the emergency admission report and we will look at the claim again.", 8.8)
    p.para(f"Employer group: {employer}. Cover start 01.09.2025. Assistance case (if any): {ASSIST}, none opened. "
           f"Reconsideration requests: within 60 days of the Dt of Notice, by fax to the number above. Processed by "
           f"{clerk}.", 8.4)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=plan, group=grp, member_id=mid_,
              member_name=member, cases=[n], claim_amount=m2(tot_usd),
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=nd.isoformat(),
              provider="Klinikum Rosenhagen", appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [surgeon, "Klinikum Rosenhagen, Hamburg"],
                          "claim_amount": [m2(tot_eur)], "service_dates": [[adm.isoformat(), dis.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def bd_statement(rng):
    member, gp, dub_doc, mx_doc, sg_doc = people(rng, 5)
    shown, mid_ = mno(rng)
    plan, plan_name = PLANS["WX"]
    grp, employer = GROUPS[1]
    sd = workday(dt.date(2026, 5, rng.randint(11, 22)))
    dl = dt.date(2026, 8, 31)
    specs = [("Marylebone Wharf Medical, London (GB)", "GBP", 285.00, "£"),
             ("Creekside Healthcare Clinic, Dubai (AE)", "AED", 1150.00, "AED"),
             ("Farmacia del Jardín Alto, Mérida (MX)", "MXN", 2340.00, "MXN"),
             ("Seletar Quay Family Medical Centre (SG)", "SGD", 1486.00 + rng.randint(0, 60), "SGD")]
    rows, tot, info = [], [0.0, 0.0, 0.0, 0.0], None
    for i, (prov, code, amt, _) in enumerate(specs):
        d = plus(sd, -rng.randint(18, 60))
        n = clm(rng)
        b = usd(amt, code)
        if i == 3:
            el = pd = 0.0
            owe = b
            note = "X4"
            info = (n, d, b, amt, prov)
        else:
            el = b
            pd = round(el * 0.9, 2)
            owe = round(b - pd, 2)
            note = "P1"
        tot = [tot[0] + b, tot[1] + el, tot[2] + pd, tot[3] + owe]
        local = f"£{amt:,.2f}" if code == "GBP" else f"{code} {amt:,.2f}"
        rows.append([n, prov, fdate(d, "dmy"), local, f"{RATE[code]:.5f}".rstrip("0"), money(b, "nosign"),
                     money(el, "nosign"), money(pd, "nosign"), money(owe, "nosign"), note])
    rows.append(["TOTALS (USD)", "", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(10, 11, 10)
    p.add_page(orientation="L")
    _head(p, rng, unit="Member Claims Settlement", box="CLAIM SETTLEMENT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Statement date", fdate(sd, "long")), ("Member", member), ("Membership no.", shown), ("Plan", plan),
                ("Group", f"{grp} ({employer})"), ("Statement no.", f"ST{digits(rng, 8)}")],
               [32, 44, 36, 20, 80, W - 212])
    p.ln(3)
    p.table(["Claim no.", "Provider (country)", "Treated", "Billed (local)", "Rate to USD", "Billed USD",
             "Eligible USD", "Paid USD", "You owe USD", "Note"], rows,
            [30, 70, 22, 27, 18, 21, 21, 20, 20, W - 249], size=7.6,
            aligns=["L", "L", "L", "R", "R", "R", "R", "R", "R", "C"], bold_last=True)
    p.para(f"**Notes.** P1: paid at 90% after your deductible, by bank transfer to the account you gave us (transfer "
           f"ref. BT{digits(rng, 9)}). X4: a check-up with screening tests when you had no symptoms is paid only under "
           f"the Wellness module, and {plan_name} was taken out without it. The clinic's bill for this visit remains "
           "yours to settle.", 8.2)
    p.table(["Plan year 2026", "Deductible", "Met so far", "Out-of-pocket limit", "Met so far"],
            [["01.01.2026 - 31.12.2026", "USD 500.00", "USD 500.00", "USD 4,000.00", money(tot[3] - info[2] + 500, "usd")]],
            [60, 40, 40, 50, W - 190], size=8)
    p.para(f"Questions or a request to review a note: contact us by {fdate(dl, 'long')}, quoting the claim number. "
           "Amounts in other currencies were converted at the rate on the treatment date.", 8.2)
    n, d, b, amt, prov = info
    t = truth("eob", "not_covered", insurer=INS, plan_id=plan, group=grp, member_id=mid_, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(),
              provider="Seletar Quay Family Medical Centre", appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(amt)], "group_number": [f"{grp} ({employer})"]})
    return out(p), t


def lowres_london(rng):
    member, surgeon, reviewer, sig = people(rng, 4)
    shown, mid_ = mno(rng)
    plan, plan_name = PLANS["WW"]
    grp, employer = GROUPS[2]
    op = dt.date(2026, 3, rng.randint(9, 24))
    dis = plus(op, 3)
    rec = plus(dis, rng.randint(9, 15))
    nd = workday(plus(rec, rng.randint(12, 20)))
    n = clm(rng)
    inv = f"KPH/{digits(rng, 6)}"
    agent_no = f"FHB-{digits(rng, 7)}"
    nights = 3 * 970.00
    total = round(nights + 4994.00 + rng.randint(0, 300), 2)
    tot_usd = usd(total, "GBP")
    p = EASheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, unit="Medical Review Team")
    p.line(wday_uk(nd), 10, "B")
    p.ln(2)
    for ln in [member, f"Flat {rng.randint(2, 30)}, {rng.randint(3, 90)} Harcourt Mews", "London W2 4QT",
               "United Kingdom"]:
        p.line(ln, 10)
    p.ln(4)
    p.facts_right([("Membership no.", shown), ("Plan / group", f"{plan} / {grp}"), ("Claim reference", n),
                   ("Hospital invoice", inv), ("Operation", op.strftime("%-d %B %Y")),
                   ("Discharged", dis.strftime("%-d %B %Y")), ("Invoice total", f"£{total:,.2f}"),
                   ("At 1 GBP = 1.2688 USD", f"US$ {tot_usd:,.2f}"), ("Received", rec.strftime("%d/%m/%Y"))],
                  [f"Dear {member},",
                   f"Mr {surgeon}, consultant orthopaedic surgeon at Kingsmere Private Hospital in London, asked us to "
                   f"pay for the arthroscopy of your left knee on {op.strftime('%-d %B %Y')} and for the three nights "
                   f"you then stayed in the hospital, until {dis.strftime('%-d %B %Y')}. The hospital's account is "
                   f"handled by its billing agent, Ferncastle Healthcare Billing Ltd (their statement {agent_no}).",
                   "We have paid the operation, the theatre and the day-case charges in full, less your excess. We have "
                   f"not paid the three nights, £{nights:,.2f} of the invoice. Dr {reviewer}, one of our medical "
                   "reviewers, read the operation note and the nursing record: you were walking with crutches and "
                   "comfortable the same afternoon, and nothing in the record needed a hospital bed overnight. Your "
                   "plan pays for nights in hospital only when the treatment cannot safely be given as a day case.",
                   "If Mr " + surgeon.split()[-1] + " can tell us why you had to stay, please send us the surgeon's "
                   "notes. You may ask for this decision to be reviewed within 90 days of the date of this letter.",
                   f"Yours sincerely,\n{sig}\nMedical Review Team"], side_w=58, size=9.4, title="Your claim")
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=plan, group=grp, member_id=mid_,
              member_name=member, cases=[n], claim_amount=m2(tot_usd),
              service_dates=[f"{op.isoformat()}/{dis.isoformat()}"], denial_date=nd.isoformat(),
              provider="Kingsmere Private Hospital", appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [surgeon], "claim_amount": [m2(total), m2(nights)],
                          "service_dates": [[op.isoformat(), dis.isoformat()]]})
    return out(p), t


def finefax_zug(rng):
    member, doctor, sig = people(rng, 3)
    shown, mid_ = mno(rng)
    plan, plan_name = PLANS["WX"]
    grp, employer = GROUPS[0]
    v = dt.date(2026, 1, rng.randint(8, 23))
    sent = plus(v, rng.randint(196, 206))
    rec = plus(sent, 3)
    nd = workday(plus(rec, rng.randint(10, 15)))
    dl = dt.date(2026, 10, 16)
    n = clm(rng)
    bs_inv = f"RA-{digits(rng, 6)}"
    chf = round(rng.randint(2300, 2600) + rng.choice([0.6, 0.35, 0.9, 0.05]), 2)
    u = usd(chf, "CHF")
    fax = f"{fdate(nd, 'slash')}  {rng.randint(8, 17):02d}:{rng.randint(10, 59)}  TQ INTL CLAIMS -> MEMBER  p{{n}}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(18, 13, 18)
    p.add_page()
    _head(p, rng)
    p.line(nd.strftime("%-d %B %Y"), 10)
    p.ln(2)
    for ln in [member, f"Baarerstrasse {rng.randint(4, 90)}", "6300 Zug", "Switzerland"]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Mbr No.", shown), ("Plan / Grp", f"{plan} / {grp}")],
              [("Claim No.", n), ("Billing ref.", bs_inv)],
              [("Treated", v.strftime("%d.%m.%Y")), ("Claim recd", rec.strftime("%d.%m.%Y"))],
              [("Billed", cur(chf, "CHF")), ("In USD", f"{u:,.2f} (rate 1.1342)")]], cap_w=22, size=9)
    p.para(f"Dear {member},", 10)
    p.para(f"On {v.strftime('%-d %B %Y')} you saw Dr. med. {doctor} at Praxisklinik Aabach in Zug for a sprained "
           f"ankle and an X-ray. The clinic's billing service, Rheinbord Abrechnungen AG, sent us the invoice on "
           f"{sent.strftime('%-d %B %Y')}: {cur(chf, 'CHF')}, which is US$ {u:,.2f} at the rate shown.", 10)
    p.para("Every claim has to reach us within 180 days of the day of treatment. This one came to us "
           f"{(rec - v).days} days after your visit, so we cannot pay it. Because the clinic's billing service sent "
           "it late, please ask the clinic not to charge you for that delay; under your plan we are not able to "
           "make an exception for a late invoice.", 10)
    p.para(f"If you sent the invoice to us yourself earlier, or something outside your control kept it from reaching "
           f"us in time, write to us by {dl.strftime('%-d %B %Y')} and include proof of the date you sent it.", 10)
    p.para(f"Yours sincerely,\n{sig}\nInternational Claims Centre", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, plan_id=plan, group=grp, member_id=mid_,
              member_name=member, cases=[n], claim_amount=m2(u), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider="Praxisklinik Aabach", appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [doctor], "claim_amount": [m2(chf)]})
    return out(p), t


def phone_es_leon(rng):
    member, = people(rng, 1)
    doc, cajera = people(rng, 2, es=True)
    shown, mid_ = mno(rng)
    adm = dt.date(2026, 3, rng.randint(2, 9))
    dis = plus(adm, 3)
    ended = dt.date(2026, 2, 28)
    told = plus(dis, rng.randint(12, 18))
    nd = workday(plus(told, rng.randint(3, 6)))
    due = plus(nd, 30)
    ref = clm(rng)
    cuenta = f"HSB-{digits(rng, 6)}"
    folio = f"A-{digits(rng, 5)}"
    lines = [("Habitación estándar, 3 días", 21600.00), ("Laboratorio e imagen", 14870.00 + rng.randint(0, 900)),
             ("Medicamentos y material", 18942.00), ("Honorarios médicos", 28900.00)]
    tot = round(sum(v for _, v in lines), 2)
    u = usd(tot, "MXN")
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.head("Hospital Santa Brígida del Bajío", "HSB",
           [f"Departamento de Facturación y Cobranza  |  Blvd. de los Naranjos {rng.randint(100, 999)}, León, Gto., "
            f"C.P. 37{digits(rng, 3)}", f"Tel. 477 555 {digits(rng, 4)}  |  RFC HSB{digits(rng, 6)}AB1"], size=13)
    p.para(es_date(nd, True).capitalize(), 9.8)
    for ln in [member, f"Calle Fresno {rng.randint(10, 400)}, Col. Jardines del Moral", "León, Gto., México"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.facts_right([("Paciente", member), ("Cuenta hospitalaria", cuenta), ("Folio de factura (CFDI)", folio),
                   ("Aseguradora", "Thornquay International"), ("Póliza / certificado", shown),
                   ("Referencia de la aseguradora", ref), ("Ingreso", es_date(adm)), ("Alta", es_date(dis)),
                   ("Fecha límite de pago", es_date(due))],
                  [f"Estimado(a) {member}:",
                   f"Durante su estancia en nuestro hospital del {es_date(adm)} al {es_date(dis)}, atendido(a) por el "
                   f"Dr. {doc}, enviamos la cuenta a su aseguradora, {INS}, para el pago directo.",
                   f"El {es_date(told)} la aseguradora nos avisó que no pagará la cuenta: según sus registros, su "
                   f"póliza terminó el {es_date(ended)}, cuando concluyó su contrato de trabajo, y por lo tanto no "
                   "estaba vigente en las fechas de su hospitalización.",
                   f"Por esta razón el saldo de MXN {tot:,.2f} queda a su cargo (aproximadamente "
                   f"{cur(u, 'USD_ES')}, al tipo de cambio de 17.49 pesos por dólar). Le pedimos liquidarlo a más "
                   "tardar en la fecha límite que aparece en el recuadro, en caja o por transferencia.",
                   "Si usted considera que su póliza seguía vigente, le sugerimos comunicarse directamente con su "
                   "aseguradora; con gusto le entregamos copia del expediente y de la factura.",
                   f"Atentamente,\n{cajera}\nFacturación y Cobranza"], side_w=60, size=9.0,
                  title="Datos de la cuenta")
    rows = [[d, f"{v:,.2f}"] for d, v in lines] + [["Total a pagar (MXN)", f"{tot:,.2f}"]]
    p.table(["Concepto", "Importe MXN"], rows, [120, p.w - p.l_margin - p.r_margin - 120], size=8.6,
            aligns=["L", "R"], bold_last=True, row_h=5.4)
    t = truth("other", None, insurer="Hospital Santa Brígida del Bajío", member_id=mid_, member_name=member,
              cases=[ref], claim_amount=m2(tot), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=nd.isoformat(), provider="Hospital Santa Brígida del Bajío", appeal_deadline=None, lang="es",
              unscored=["insurer"],
              alternates={"provider": [doc], "claim_amount": [m2(u)], "case_numbers": [[]],
                          "service_dates": [[adm.isoformat(), dis.isoformat()]]},
              type_alternates=["denial_letter"], denial_alternates=["eligibility"])
    return out(p), t


def rotated_gop(rng):
    member, surgeon, officer = people(rng, 3)
    shown, mid_ = mno(rng)
    plan, plan_name = PLANS["WW"]
    grp, employer = GROUPS[2]
    adm = dt.date(2026, 6, rng.randint(3, 20))
    nd = adm
    gop = f"GOP-TH-26-{digits(rng, 5)}"
    case = f"PGA-{digits(rng, 6)}"
    est = 185000.00
    cap = 210000.00
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, unit="Medical Assistance & Guarantees", box="GUARANTEE OF PAYMENT")
    p.pairs([("Date", fdate(nd, "long")), ("To", "Chaophraya Riverside International Hospital, Bangkok"),
             ("Attn.", "International Patient Services / Insurance Desk"), ("From", f"{officer}, case officer")],
            label_w=22, size=9.6)
    p.ln(2)
    p.grid([[("Patient", member), ("Membership no.", shown), ("Plan / group", f"{plan} / {grp}")],
            [("GOP no.", gop), ("Assistance case", case), ("Admission", fdate(adm, "dmy"))],
            [("Estimated cost", f"THB {est:,.2f}"), ("Guaranteed up to", f"THB {cap:,.2f}"),
             ("Excess payable by patient", "USD 500.00")]], size=9)
    p.para(f"We confirm that {member} is covered by {plan_name} and that this plan will pay the hospital directly "
           f"for the emergency admission today for acute appendicitis and the laparoscopic appendectomy to be carried "
           f"out by Dr. {surgeon}, up to the amount guaranteed above (about USD {usd(cap, 'THB'):,.2f}).", 9.8)
    p.para("Not included: personal items, telephone, companion bed and meals, take-home medicines beyond 7 days, and "
           "the excess shown above, which the hospital may collect from the patient at discharge. If the stay goes "
           "beyond 4 nights or the cost beyond the amount guaranteed, call our assistance line before it happens.",
           9.8)
    p.para("Please send the final itemized invoice in THB, the discharge summary and a copy of this guarantee to the "
           "claims fax above within 30 days of discharge. This guarantee is valid only with the patient's passport "
           "shown at admission.", 9.8)
    t = truth("other", None, insurer=INS, plan_id=plan, group=grp, member_id=mid_, member_name=member, cases=[gop],
              denial_date=nd.isoformat(), provider="Chaophraya Riverside International Hospital",
              alternates={"insurer": ALT, "case_numbers": [[], [gop, case]], "service_dates": [[adm.isoformat()]],
                          "provider": [surgeon], "claim_amount": [m2(est)]})
    return out(p), t


def clean_stack(rng):
    member, radio, gp, sig = people(rng, 4)
    shown, mid_ = mno(rng)
    plan, plan_name = PLANS["WX"]
    grp, employer = GROUPS[1]
    first = dt.date(2026, 2, rng.randint(2, 12))
    second = plus(first, rng.randint(18, 26))
    nd = workday(plus(second, rng.randint(24, 32)))
    n1, n2 = clm(rng), clm(rng)
    eur1 = round(rng.randint(380, 460) + 0.6, 2)
    eur2 = round(1284.60 + rng.randint(0, 40), 2)
    u1, u2 = usd(eur1, "EUR"), usd(eur2, "EUR")
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, unit="Provider Settlements Europe", box="SETTLEMENT ADVICE")
    p.addr_pair("Provider / payee", ["Centre d'Imagerie des Brotteaux", f"{rng.randint(2, 80)} cours Vitton",
                                     "69006 Lyon, France", f"SIRET {digits(rng, 14)}"],
                "Patient", [member, f"Membership no. {shown}", f"Plan {plan}  |  group {grp}",
                            f"Advice date {fdate(nd, 'long')}"])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim no.", "Acte", "Date", "Facturé", "USD (x 1.0839)", "Paid USD", "Note"],
            [[n1, "IRM rachis lombaire", first.strftime("%d.%m.%Y"), cur(eur1, "EUR_FR"), money(u1, "nosign"),
              money(u1, "nosign"), "A"],
             [n2, "IRM rachis lombaire", second.strftime("%d.%m.%Y"), cur(eur2, "EUR_FR"), money(u2, "nosign"),
              "0.00", "B"]], [32, 40, 22, 28, 27, 20, W - 169], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "C"])
    p.columns([("A - paid", f"The scan of {first.strftime('%-d %B %Y')} asked for by Dr {gp}, the patient's family "
                            "doctor, was paid in full by bank transfer to the account on your invoices."),
               ("B - not paid", f"The second scan of the same part of the spine on {second.strftime('%-d %B %Y')}, "
                                f"reported by Dr {radio}, was not paid. The first report described a small disc "
                                "bulge with no pressure on a nerve. The request for the second scan gives no new "
                                "symptom, no weakness and no change on examination, and nothing was done "
                                "differently because of it, so it was not needed for the patient's care.")],
              [("What you can do", "Send the clinical notes that led to the second scan if you believe it was "
                                   "needed; a doctor who did not make this decision will read them. Ask for this "
                                   "within 45 days from the date of this advice."),
               ("The patient", f"A copy of this advice goes to {member}. Please do not ask the patient to pay "
                               "for scan B while a review you have asked for is open. Questions: quote the claim "
                               "number.")],
              size=9.0)
    p.para(f"{sig}, Provider Settlements Europe", 9)
    d_a = (out(p), truth("eob", "medical_necessity", insurer=INS, plan_id=plan, group=grp, member_id=mid_,
                         member_name=member, cases=[n2], claim_amount=m2(u2), service_dates=[second.isoformat()],
                         denial_date=nd.isoformat(), provider="Centre d'Imagerie des Brotteaux",
                         appeal_deadline=plus(nd, 45).isoformat(),
                         alternates={"insurer": ALT, "provider": [radio], "claim_amount": [m2(eur2)]},
                         type_alternates=["denial_letter"]))
    member2, doc2, sig2 = people(rng, 3)
    shown2, mid2 = mno(rng)
    plan2, plan_name2 = PLANS["WW"]
    grp2, employer2 = GROUPS[0]
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd2 = workday(plus(v, rng.randint(30, 40)))
    n3 = clm(rng)
    aed = round(3675.00 + rng.randint(0, 400), 2)
    u3 = usd(aed, "AED")
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, unit="Middle East Claims Desk")
    q.line(fdate(nd2, "long"), 10)
    q.ln(2)
    for ln in [member2, f"Villa {rng.randint(3, 60)}, Street {rng.randint(2, 40)}, Al Barsha 2", "Dubai",
               "United Arab Emirates"]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Membership no.", shown2), ("Plan / group", f"{plan2} / {grp2} ({employer2})"), ("Claim no.", n3),
             ("Clinic invoice", f"AQS-{digits(rng, 6)}"), ("Date of visit", fdate(v, "abbr")),
             ("Invoice", f"AED {aed:,.2f}  =  USD {u3:,.2f} at 0.27229")], label_w=40, size=9.4)
    q.ln(2)
    q.para(f"Dear {member2},", 10)
    q.para(f"You sent us the invoice of Al Qurm Specialty Clinic in Dubai for your visit to Dr. {doc2} about back "
           "pain, with an MRI done the same day. You paid the clinic and asked us to pay you back.", 10)
    q.para("In the United Arab Emirates your plan pays only clinics and hospitals in our direct-settlement network, "
           "which is listed in your member guide and in the app. Al Qurm Specialty Clinic has no agreement with us. "
           "The visit was booked a week ahead and was not an emergency, so the exception for emergencies does not "
           "apply. We cannot pay this invoice.", 10)
    q.para("Next time, check the network list or call us first; we can book you with a network clinic nearby. If "
           "you disagree, your written appeal is due within 90 calendar days after the date printed above.", 10)
    q.para(f"Kind regards,\n{sig2}\nMiddle East Claims Desk", 10)
    d_b = (out(q), truth("denial_letter", "out_of_network", insurer=INS, plan_id=plan2, group=grp2, member_id=mid2,
                         member_name=member2, cases=[n3], claim_amount=m2(u3), service_dates=[v.isoformat()],
                         denial_date=nd2.isoformat(), provider="Al Qurm Specialty Clinic",
                         appeal_deadline=plus(nd2, 90).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc2], "claim_amount": [m2(aed)]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_copy_hamburg_planned_hip_no_guarantee", "fax_standard_g4", [faxstd_hamburg(rng)]),
        Item(F + "born_digital_settlement_statement_four_currencies_singapore_screening", "born_digital",
             [bd_statement(rng)]),
        Item(F + "lowres_facts_box_letter_london_three_nights_day_case", "scan_lowres_150", [lowres_london(rng)]),
        Item(F + "finefax_swiss_clinic_claim_past_180_days_billing_service", "fax_fine_g4", [finefax_zug(rng)]),
        Item(F + "phone_es_hospital_leon_cuenta_poliza_no_vigente", "phone_photo", [phone_es_leon(rng)]),
        Item(F + "rotated_guarantee_of_payment_bangkok_appendectomy", "rotated", [rotated_gop(rng)]),
        Item(F + "clean_stack_lyon_mri_settlement_duplex_then_dubai_clinic_turned", "scan_clean_300", clean_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
