"""Notices mirrored (structure and wording style only) from New Hampshire's Granite Advantage Health Care Program
(the state's Medicaid expansion, run through Medicaid Care Management health plans; the New Hampshire Department of
Health and Human Services and its Administrative Appeals Unit as themselves) from an invented managed care
organization, Ossipee Lakes Community Health Plan: notices of adverse benefit determination with the plan appeal
(within 60 calendar days of the notice), the State Fair Hearing (120 days after the appeal decision), continued
benefits (10 days) and the 72-hour expedited appeal. Every plan, provider, person, number and reason code is
invented; the program's real rules differ in detail.

Documents (8 in 7 files):
- bd_claims_summary_four_rows_zero_paid_code_only: a member claims summary, four claims; one row shows plan payment
  $0.00 with only reason code 47 (the billing clinic is not enrolled / not contracted, said without the word
  "network"); the member number only on a card block ("ID#") beside the 11-digit Medicaid ID.
- faxstd_nabd_payable_only_when_approved_subscriber_no: a notice of adverse benefit determination on a standard
  fax; "this service is payable only when it is approved before the date it is given"; "Subscriber No." on a card
  block and the Medicaid ID in the text; 72-hour, 10-day and 120-day limits as decoys.
- phone_spanish_coverage_ended_day_first: Spanish notice photographed, "no se puede pagar": Granite Advantage
  coverage ended before the visit; dates printed day-first (days at or below 12) and written out once.
- rotated_hospital_itemized_bill_insurance_on_file: a hospital's itemized statement fed sideways, "Insurance on
  file: <plan> <number>", three encounters, one held as denied (awaiting records); remit to a billing office
  elsewhere; denies nothing.
- lowres_no_labels_inpatient_days_outpatient_barcode_id: a letter with no labels at 150 dpi, "we are unable to
  pay" the inpatient charges (the care could have been given without an admission); the member number only in a
  barcode caption and a reply slip; the reference number only in the footer.
- photocopy_appeal_resolution_upheld_mri_not_needed_yet: an appeal resolution upholding "we cannot approve" an MRI
  (the records do not show it would change treatment yet); only the State Fair Hearing is left (no deadline).
- scan_stack_pharmacy_reject_printout_then_hair_growth_drug_turned: a pharmacy's printout of a rejected claim
  (denies nothing), a blank separator, then the plan's notice that "no benefits are available" for a drug used for
  hair growth, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdob import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "new_hampshire_granite_advantage_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 352501
INS = "Ossipee Lakes Community Health Plan"
ALT = ["Ossipee Lakes Community Health Plan", "Ossipee Lakes", "Ossipee Lakes Health Plan"]
DHHS = "New Hampshire Department of Health and Human Services"


def mco_id(rng):
    return f"LKH{digits(rng, 8)}"


def mcd_id(rng):
    return digits(rng, 11)


def _head(p: DOSheet, rng, unit="Member Services", box=None):
    p.logohead("OLCHP", INS, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Concord NH 033{rng.randint(10, 99)}  |  "
                             f"1-877-555-{digits(rng, 4)} (TTY 711)", box=box)
    p.set_y(p.get_y() - 2)
    p.line("A New Hampshire Medicaid Care Management health plan serving Granite Advantage members", 7.2)
    p.ln(2)


def _rights(p: DOSheet, nd: dt.date, size=8.8, es=False):
    if es:
        p.para("**Su derecho a apelar.** Puede pedirnos una apelación dentro de 60 días calendario a partir de la "
               "fecha de este aviso. Si su salud corre peligro, pida una apelación rápida: decidimos en 72 horas. "
               "Para seguir recibiendo un servicio durante la apelación, pídalo dentro de 10 días. Si no está de "
               "acuerdo con nuestra decisión de apelación, puede pedir una Audiencia Imparcial del Estado al "
               f"{DHHS} dentro de 120 días a partir de la fecha de esa decisión.", size)
        return
    p.para("**Your right to appeal.** You may ask us for an appeal within 60 calendar days from the date on this "
           "notice. You, your provider or someone you choose may ask for you, by phone or in writing. If waiting "
           "could seriously harm your health, ask for an expedited appeal: we decide it within 72 hours. To keep "
           "getting a service you already get while we review, ask within 10 calendar days of this notice.", size)
    p.para(f"**State Fair Hearing.** If we keep our decision after your appeal, you may ask the {DHHS}, "
           "Administrative Appeals Unit, for a State Fair Hearing within 120 calendar days from the date of our "
           "appeal decision.", size)


def bd_summary(rng):
    patient = people(rng, 1)[0]
    mid, mcd = mco_id(rng), mcd_id(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    base = dt.date(2026, 2, rng.randint(2, 9))
    provs = ["Winnipesaukee Family Medicine", "Lakes Region Radiology Associates", "Belknap Mill Walk-In Care",
             "Merrimack Heights Laboratory"]
    svcs = ["Office visit 99214", "X-ray chest 2 views", "Urgent care visit 99204", "Lipid panel 80061"]
    deny = 2
    rows, claims, billed, dates = [], [], [], []
    for i in range(4):
        d = plus(base, 9 * i + rng.randint(0, 4))
        dates.append(d)
        c = amount(rng, 60, 310)
        billed.append(c)
        n = f"26{digits(rng, 3)}{digits(rng, 6)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), provs[i], svcs[i], money(c), "0.00", "0.00", "47"])
        else:
            pd = round(c * rng.uniform(0.45, 0.7), 2)
            rows.append([n, fdate(d, "slash"), provs[i], svcs[i], money(c), money(pd, "nosign"), "0.00", "A1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, box="CLAIMS SUMMARY")
    y = p.get_y()
    p.pairs([("Summary date", fdate(sd, "long")), ("Member", patient), ("Program", "Granite Advantage"),
             ("Claims processed", f"{fdate(plus(base, 3), 'slash')} - {fdate(plus(sd, -2), 'slash')}")],
            label_w=36, size=9)
    p.card([("ID#", mid), ("Medicaid ID", mcd), ("PCP", "Winnipesaukee Family Med."),
            ("Rx BIN", digits(rng, 6))], 122, y, 74, "OLCHP member card")
    p.set_y(y + 30)
    p.para("This is not a bill. It lists claims we processed for you. As a Granite Advantage member you do not pay "
           "for covered services from providers who take your plan.", 8.8)
    p.table(["Claim no.", "Service date", "Provider", "Service", "Billed", "Plan paid", "You pay", "Code"], rows,
            [30, 20, 50, 34, 17, 15, 12, 10], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Codes.** A1 Paid under your plan. 47 The clinic that sent this claim has no agreement with Ossipee "
           "Lakes Community Health Plan and is not enrolled as a New Hampshire Medicaid provider, so the plan makes "
           "no payment. The clinic may not bill you for this visit unless you agreed in writing before the visit "
           "to pay for it yourself.", 8.6)
    _rights(p, sd, 8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(dates[deny])], denial_date=sd.isoformat(),
              provider=provs[deny], appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [mcd], "appeal_deadline": [None]},
              denial_alternates=["eligibility", "other"])
    return out(p), t


def faxstd_nabd(rng):
    patient, doc = people(rng, 2)
    mid, mcd = mco_id(rng), mcd_id(rng)
    nd = dt.date(2026, 3, rng.randint(9, 26))
    sv = plus(nd, -rng.randint(12, 25))
    billed = amount(rng, 380, 920)
    clm = f"26{digits(rng, 3)}{digits(rng, 6)}"
    ref = f"NABD-{digits(rng, 7)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  OLCHP UM DEPT  603-555-{digits(rng, 4)}  P.{{n}}/2"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Member name", patient), ("Reference", ref),
             ("Claim number", clm), ("Date received", fdate(plus(sv, 4), "slash"))], label_w=40, size=9.2)
    p.card([("Subscriber No.", mid), ("Group", "GRANITE ADV"), ("Eff. date", "01/01/2026")], 124, y, 72,
           "Plan card")
    p.set_y(y + 30)
    p.para(f"Dear {patient}:", 9.6)
    p.para(f"We reviewed the claim from Cocheco Valley Sleep Center for a home sleep apnea test (HCPCS G0399) "
           f"given on {fdate(sv, 'long')} and ordered by Dr. {doc}. Charges: {money(billed)}. Your Medicaid ID "
           f"is {mcd}.", 9.6)
    p.para("**What we decided.** This service is payable only when it is approved by us before the date it is "
           "given. Our records show no request from your doctor or the sleep center before the test. We are not "
           "paying this claim. The sleep center may not bill you for it.", 9.6)
    p.para("The rule we used: Ossipee Lakes Community Health Plan Member Handbook, section 6, services that must be "
           "approved in advance (sleep studies). You may ask for a free copy of the rule and your file.", 9.2)
    _rights(p, nd, 8.8)
    p.para(f"Ossipee Lakes Community Health Plan, Utilization Management. Reference {ref}.", 8.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group="GRANITE ADV", member_id=mid,
              member_name=patient, cases=[clm, ref], claim_amount=m2(billed), service_dates=[span(sv)],
              denial_date=nd.isoformat(), provider="Cocheco Valley Sleep Center",
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [mcd], "provider": [doc], "case_numbers": [[clm], [ref]],
                          "group_number": [None]})
    return out(p), t


def phone_spanish(rng):
    patient = people(rng, 1)[0]
    mid, mcd = mco_id(rng), mcd_id(rng)
    nd = dt.date(2026, 3, rng.randint(3, 11))
    sv = dt.date(2026, 2, rng.randint(3, 11))
    end = dt.date(2026, 1, 31)
    billed = amount(rng, 140, 320)
    clm = f"26{digits(rng, 3)}{digits(rng, 6)}"
    prov = "Nashua River Community Health Center"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso (dd/mm/aaaa)", fdate(nd, "dmy", "es")), ("N.º de miembro", mid),
                ("N.º de Medicaid", mcd)])
    p.capstrip([("N.º de reclamo", clm), ("Fecha del servicio (dd/mm/aaaa)", fdate(sv, "dmy", "es")),
                ("Cargo", money(billed))])
    p.ln(4)
    p.para(f"Concord, {fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Recibimos el reclamo de {prov} por la consulta que usted tuvo el {fdate(sv, 'long', 'es')}. Según "
           f"los registros del Estado, su cobertura de Granite Advantage con nuestro plan terminó el "
           f"{fdate(end, 'dmy', 'es')}. Por eso no se puede pagar esta consulta.", 9.8)
    p.para("Si cree que su cobertura seguía activa en esa fecha, llame a la oficina local del Departamento o a "
           "nuestro número. Si su cobertura se renueva con fecha retroactiva, volveremos a revisar el reclamo.", 9.8)
    _rights(p, nd, 8.8, es=True)
    p.para("Ossipee Lakes Community Health Plan", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [mcd]})
    return out(p), t


def rotated_bill(rng):
    patient = people(rng, 1)[0]
    mid = mco_id(rng)
    hosp = "Androscoggin Notch Memorial Hospital"
    sd = dt.date(2026, 5, rng.randint(4, 20))
    enc = sorted([dt.date(2026, 3, rng.randint(2, 9)), dt.date(2026, 3, rng.randint(16, 24)),
                  dt.date(2026, 4, rng.randint(6, 14))])
    deny = 1
    lines = [[("0450", "Emergency room visit level 3"), ("0300", "Lab - CBC with differential")],
             [("0320", "X-ray lumbar spine 3 views"), ("0636", "Ketorolac injection 30 mg"),
              ("0510", "Clinic visit, hospital-based")],
             [("0300", "Lab - comprehensive metabolic panel")]]
    rows, totals = [], []
    for i, (d, ls) in enumerate(zip(enc, lines)):
        tot = 0.0
        for rc, desc in ls:
            c = amount(rng, 45, 620)
            tot += c
            rows.append([fdate(d, "slash"), rc, desc, money(c)])
        tot = round(tot, 2)
        totals.append(tot)
        status = "Held - plan denied, records sent" if i == deny else "Paid by plan"
        rows.append(["", "", f"Encounter total ({status})", money(tot)])
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logohead("ANMH", hosp, f"{rng.randint(10, 990)} Cascade Rd, Berlin NH 035{rng.randint(10, 99)}  |  "
                             f"Patient accounts 603-555-{digits(rng, 4)}", box="ITEMIZED STATEMENT")
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", patient),
             ("Guarantor account", f"G{digits(rng, 8)}"),
             ("Insurance on file", f"{INS} {mid}")], label_w=40, size=9.2)
    p.ln(2)
    p.table(["Date", "Rev code", "Description", "Charge"], rows, [26, 20, 100, 30], size=8.4,
            aligns=["L", "C", "L", "R"])
    p.para(f"Your health plan did not pay the visit of {fdate(enc[deny], 'slash')}; it asked for the clinic notes. "
           "We sent them and the account is on hold. As a Medicaid member you owe nothing for covered services: "
           "Amount due from patient: $0.00.", 9)
    p.ln(1)
    p.f(9, "B")
    p.cell(0, 5, "Remit to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["North Country Hospital Billing Services", f"PO Box {rng.randint(2000, 9000)}",
               f"Littleton NH 035{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(totals[deny]),
              service_dates=[span(enc[deny])], denial_date=sd.isoformat(), provider=hosp, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in enc]]})
    return out(p), t


def lowres_prose(rng):
    patient, att = people(rng, 2)
    mid = mco_id(rng)
    nd = dt.date(2026, 6, rng.randint(3, 19))
    a = dt.date(2026, 5, rng.randint(4, 12))
    b = plus(a, 3)
    billed = amount(rng, 8200, 15800)
    ref = f"UM26-{digits(rng, 5)}"
    hosp = "Souhegan Valley Hospital"
    p = DOSheet(footer=None, footer_left=f"{INS}  |  {ref}  |  NH-MCM-NABD 01/2026")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Pleasant St", f"Milford NH 030{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"{hosp} asked us to pay for your hospital stay from {fdate(a, 'long')} to {fdate(b, 'long')}, when "
           f"Dr. {att} admitted you for chest pain. The hospital billed {money(billed)}.", 10)
    p.para("Our nurse reviewer and a doctor looked at your hospital records. Your heart tests were normal within the "
           "first day, and you did not need treatment that only an admitted patient can get. The hospital could "
           "have watched you and done the same tests without admitting you. We are unable to pay the charges for an "
           "inpatient stay. We will pay the hospital for the same days as outpatient care when it sends a new bill. "
           "You do not have to pay the hospital for this stay.", 10)
    _rights(p, nd, 9.4)
    p.para("Sincerely,\nUtilization Management", 10)
    p.barcode(f"*{mid}*", 24, p.get_y() + 1, rng.randint(1, 10 ** 6))
    p.set_y(p.get_y() + 6)
    p.slip("Appeal request", [("Patient", patient), ("Plan number", mid), ("Hospital", hosp),
                              ("I want an appeal", "[  ] standard    [  ] expedited")])
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_appeal(rng):
    patient, doc, md = people(rng, 3)
    mid, mcd = mco_id(rng), mcd_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 24))
    first = plus(nd, -rng.randint(40, 55))
    planned = plus(first, rng.randint(8, 14))
    apl = f"AP-26-{digits(rng, 6)}"
    req = f"PA{digits(rng, 9)}"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit", box="APPEAL RESOLUTION")
    p.grid([[("Date of decision", fdate(nd, "slash")), ("Appeal number", apl), ("Prior authorization request", req)],
            [("Member", patient), ("Member ID", mid), ("Medicaid ID", mcd)],
            [("Service", "MRI lumbar spine without contrast (72148)"), ("Requested by", f"Dr. {doc}"),
             ("Planned date", fdate(planned, "slash"))]], size=8.6)
    p.para(f"You asked us to look again at our notice of {fdate(first, 'long')}, in which we did not approve an MRI "
           f"of your lower back requested by Dr. {doc} of Kearsarge Spine & Pain.", 9.4)
    p.para("**Our decision: we cannot approve the MRI, and our first decision stays the same.** A doctor who did not "
           "make the first decision reviewed your appeal. Your records show low back pain for about three weeks, with "
           "no weakness, numbness or loss of bladder control. For pain like this, an MRI usually does not change the "
           "treatment; the guideline we use calls for six weeks of care such as physical therapy first. If your "
           "pain continues after that, or new symptoms start, your doctor can send a new request.", 9.4)
    p.para(f"**What you can do next.** Your appeal with us is finished. You may ask the {DHHS}, Administrative "
           "Appeals Unit, for a State Fair Hearing within 120 calendar days from the date of this decision. You "
           "may also call the plan's member advocate at 1-877-555-0148 (TTY 711).", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director, {INS}", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient,
              cases=[apl, req], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [mcd], "case_numbers": [[apl]], "service_dates": [[]],
                          "provider": ["Kearsarge Spine & Pain"]})
    return out(p), t


def scan_stack(rng):
    patient = people(rng, 1)[0]
    mid, mcd = mco_id(rng), mcd_id(rng)
    fill = dt.date(2026, 8, rng.randint(3, 14))
    pharm = "Squam Lake Pharmacy"
    rx = f"{digits(rng, 7)}"
    sub = amount(rng, 38, 96)
    p = DOSheet(footer=None)
    p.set_margins(22, 12, 22)
    p.add_page(format=(110, 230))
    p.set_margins(6, 6, 6)
    p.set_y(6)
    p.f(11, "B")
    p.cell(0, 6, pharm.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.cell(0, 4, f"{rng.randint(10, 990)} Main St, Holderness NH 032{rng.randint(10, 99)}  603-555-{digits(rng, 4)}",
           align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5, "CLAIM REJECTED - NOT FILLED", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.pairs([("Printed", f"{fdate(fill, 'slash')} 11:{rng.randint(10, 59)}"), ("Patient", patient),
             ("Rx #", rx), ("Drug", "Finasteride 1 mg tab #30"), ("Prescriber", "Dr. Wren Castellano"),
             ("Plan", "OLCHP MEDICAID"), ("BIN / PCN", f"{digits(rng, 6)} / OLMCD"), ("Cardholder ID", mid),
             ("Submitted", money(sub)), ("Reject", "70 PRODUCT/SERVICE NOT COVERED"),
             ("Msg", "EXCLUDED: HAIR GROWTH")], label_w=28, size=8, h=4.4)
    p.ln(2)
    p.para("Patient told. Ask prescriber about a covered alternative or cash price.", 7.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(sub),
                          service_dates=[span(fill)], denial_date=fill.isoformat(), provider=pharm,
                          unscored=["insurer"],
                          alternates={"claim_amount": [None], "provider": ["Wren Castellano"]}))
    nd = plus(fill, rng.randint(3, 6))
    ref = f"NABD-{digits(rng, 7)}"
    q = DOSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Pharmacy Services")
    q.line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PHARMACY", 11.5, "B")
    q.ln(1)
    q.pairs([("Notice date", fdate(nd, "abbr")), ("Member", patient), ("Member ID", mid), ("Medicaid ID", mcd),
             ("Notice reference", ref), ("Drug", "finasteride 1 mg"), ("Pharmacy", pharm),
             ("Date of pharmacy claim", fdate(fill, "abbr"))], label_w=44, size=9.2)
    q.ln(2)
    q.para(f"On {fdate(fill, 'long')}, {pharm} sent us a claim for finasteride 1 mg prescribed by Dr. Wren "
           "Castellano for hair loss. New Hampshire Medicaid does not pay for drugs when they are used to grow hair. "
           "No benefits are available for this prescription under Granite Advantage, with or without a prior "
           "approval.", 9.6)
    q.para("Finasteride 5 mg for an enlarged prostate is a different use and is on our drug list.", 9.6)
    _rights(q, nd, 8.8)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient,
                          cases=[ref], service_dates=[span(fill)], denial_date=nd.isoformat(),
                          provider="Wren Castellano", appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "member_id": [mcd], "provider": [pharm],
                                      "case_numbers": [[]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claims_summary_four_rows_zero_paid_code_only", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_nabd_payable_only_when_approved_subscriber_no", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "phone_spanish_coverage_ended_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_hospital_itemized_bill_insurance_on_file", "rotated", [rotated_bill(rng)]),
        Item(F + "lowres_no_labels_inpatient_days_outpatient_barcode_id", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_resolution_upheld_mri_not_needed_yet", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "scan_stack_pharmacy_reject_printout_then_hair_growth_drug_turned", "scan_clean_300",
             scan_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
