"""An invented commercial plan (Pembrook Shield Health Plan) deciding ground ambulance claims given by Tollgate Valley
Ambulance Service (in the network, billing through Redstone Medical Billing Solutions, which is the payee) and by
Brinmoor Regional EMS (outside it), with the ordering doctors, hospitals, crews, case managers and plan reviewers
named beside them. HCPCS ambulance codes (A0425-A0429) and origin/destination modifiers appear as themselves; the
plan, its rules and time limits, every company, hospital, person, number and address are invented. Reasons are in
the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_to_billing_service_missing_origin_destination_modifier: a standard-fax landscape remittance to
  the billing service (payee) for the ambulance company: three patients, two lines each with claim subtotals and a
  totals row; the middle claim refused because base rate and mileage carry no origin/destination modifier
  (coding_error). Billing service account numbers, EFT trace, TIN and NPI as decoys.
- born_digital_member_eob_dialysis_transport_without_approval: a member EOB of four claims (ER facility, ER doctor,
  emergency ambulance paid; a scheduled ambulance ride to dialysis refused for no approval first:
  prior_authorization), billed / allowed / paid / you-owe columns and totals.
- photocopy_letter_out_of_network_transfer_amount_in_sentence: a letter refusing a non-emergency transfer by an
  ambulance company outside the network (out_of_network); the refused amount only in a sentence, "by <date>".
- phone_es_dos_columnas_traslado_a_cita_no_necesario: a photographed Spanish two-column letter: an ambulance ride to a
  scheduled office visit was not needed (medical_necessity), "US$ 1.234,50".
- lowres_billing_service_statement_after_insurance: the billing service's statement to the patient after the plan
  paid (denies nothing); invoice, account and run numbers.
- rotated_letter_to_parent_claim_sent_late: a letter to a father, fed sideways, refusing the ambulance company's
  claim for his daughter's transport sent after 180 days (timely_filing).
- finefax_stack_cover_appeal_upheld_extra_mileage_then_coverage_ended_upside_down: a fax cover sheet, an appeal
  decision keeping the refusal of mileage past the nearest suitable hospital (not_covered; no further plan appeal,
  external review only), then upside down a notice refusing a transport after coverage ended (eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "ambulance_transport_billing_service_remittance_and_member_letter"
LANG = "en"
SEED = 354801
INS = "Pembrook Shield Health Plan"
ALT = ["Pembrook Shield"]
PLAN = "Pembrook Shield Choice PPO 2000"
GROUP = "PSG-60418"
AMB = "Tollgate Valley Ambulance Service"
BILL = "Redstone Medical Billing Solutions"
OON = "Brinmoor Regional EMS"
HOSP = ["St. Aldric Memorial Hospital", "Fenwick Valley Medical Center"]


def kid(rng):
    return f"PSH{digits(rng, 9)}"


def icn(rng):
    return f"26{digits(rng, 11)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1940, hi=2000):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 3)
    crew = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    claims, info = [], []
    for i, (pt, cr) in enumerate(zip(pats, crew)):
        d = plus(rd, -rng.randint(15, 40))
        n, m, acct = icn(rng), kid(rng), f"RMB-{digits(rng, 6)}"
        miles = rng.randint(4, 19)
        base, mil = amount(rng, 780, 1150), round(miles * rng.choice([18.5, 21.0, 24.75]), 2)
        den = i == 1
        lines = []
        for code, desc, b in (("A0427" if i != 2 else "A0429", "Base rate", base), ("A0425", f"Mileage x{miles}", mil)):
            mod = "" if den else "-RH"
            if den:
                lines.append([code + mod, desc, b, 0.0, 0.0, 0.0, "CO-4 MA"])
            else:
                al = round(b * 0.7, 2)
                pd = round(al * 0.8, 2)
                lines.append([code + mod, desc, b, al, pd, round(al - pd, 2), "1"])
        claims.append({"first": [n, pt, m, fdate(d, "slash"), acct], "lines": lines})
        info.append((pt, n, m, d, round(base + mil, 2), cr))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  PSHP PROVIDER REMIT  {phone(rng, '717')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(9, 12, 9)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "PSHP-RA-3 (rev. 08/2025)")
    p.capstrip([("PAYEE", BILL), ("ON BEHALF OF (RENDERING)", AMB), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"),
                ("RENDERING NPI", digits(rng, 10)), ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))],
               [64, 66, 24, 30, 28, 49.4])
    p.ln(3)
    p.claims_table(["ICN", "Patient", "Mbr #", "DOS", "Billing acct", "HCPCS-Mod", "Line", "Billed", "Allowed",
                    "Paid", "Pt resp", "Rsn"], claims, [28, 33, 28, 17, 20, 19, 24, 17, 17, 17, 16, 25.4],
                   size=7.2, sub_label="Subtotal", tot_label="REMIT TOTALS")
    pt, n, m, d, b, cr = info[1]
    p.para("**Rsn.** 1: paid per contract. CO-4 MA: both lines of this claim were sent without the two-letter "
           "origin/destination modifier (for example -RH, residence to hospital). Without it we cannot tell where "
           "the trip began and ended, so the base rate and the mileage are refused. Send a corrected claim with the "
           f"modifier. Crew on the run report: {cr}, EMT-P. The patient may not be billed for these lines.", 7.8)
    p.para("Reconsideration or corrected claim: no later than 90 calendar days after the remit date. Claims must "
           f"first reach us within 180 days of the date of service. Provider Services {phone(rng)}.", 7.8)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=AMB,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def bd_eob(rng):
    member, erdoc, neph, rev = people(rng, 4)
    m = kid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 12))
    d2 = plus(d1, rng.randint(18, 26))
    sd = plus(d2, rng.randint(24, 32))
    hosp = HOSP[0]
    n1, n2, n3, n4 = icn(rng), icn(rng), icn(rng), icn(rng)

    def row(n, who, d, desc, b, paid, note):
        al = round(b * 0.65, 2) if paid else 0.0
        pd = round(al * 0.85, 2) if paid else 0.0
        owe = round(al - pd, 2) if paid else 0.0
        return [n, who, fdate(d, "abbr"), desc, b, al, pd, owe, note]
    raw = [row(n1, hosp, d1, "Emergency room visit", amount(rng, 1400, 2300), True, "P1"),
           row(n2, f"Dr. {erdoc}", d1, "ER physician", amount(rng, 320, 560), True, "P1"),
           row(n3, AMB, d1, "Ambulance, emerg. ALS", amount(rng, 900, 1300), True, "P1"),
           row(n4, AMB, d2, "Ambulance, sched. BLS", amount(rng, 640, 890), False, "AZ")]
    tots = [round(sum(r[i] for r in raw), 2) for i in (4, 5, 6, 7)]
    rows = [r[:4] + [money(v, "nosign") for v in r[4:8]] + [r[8]] for r in raw]
    rows.append(["Totals", "", "", ""] + [money(v, "nosign") for v in tots] + [""])
    p = DTSheet(footer="Page {n} of {nb}", footer_left="PSHP-EOB-M (01/2026)")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("PLAN", PLAN),
                ("STATEMENT DATE", fdate(sd, "abbr"))], [38, 30, 22, 62, 39.9])
    p.ln(3)
    p.table(["Claim no.", "Provider", "Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [26, 46, 19, 36, 15, 15, 15, 12, 7.9], size=7.2, aligns=["L"] * 4 + ["R"] * 4 + ["C"],
            bold_last=True)
    b4 = raw[3][4]
    p.para(f"**Notes.** P1: paid under your plan. AZ: not paid. {AMB} took you from home to Larkspur Kidney Center "
           f"for dialysis on {fdate(d2, 'long')}. Planned, non-emergency ambulance rides must be approved by us "
           f"before the ride. Dr. {neph}, who ordered the rides, did not ask for approval, and the ambulance company "
           "did not either. Because the company is in our network, it may not bill you for this ride.", 8.2)
    p.para(f"Reviewed by {rev}, RN, utilization management. To appeal, write to us within 65 days of the statement "
           "date. Urgent appeals: 72 hours. External review: 4 months after our final decision.", 8.2)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n4], claim_amount=m2(b4), service_dates=[d2.isoformat()], denial_date=sd.isoformat(),
              provider=AMB, appeal_deadline=plus(sd, 65).isoformat(),
              alternates={"insurer": ALT, "provider": [neph], "plan_id": [None]})
    return out(p), t


def photocopy_oon(rng):
    member, hdoc, cm, nurse, sig = people(rng, 5)
    m = kid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(v, rng.randint(25, 35))
    dl = plus(nd, 180)
    n = icn(rng)
    ref = f"PSR-{digits(rng, 7)}"
    b = amount(rng, 1500, 2200)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Claim", n), ("Reference", ref),
             ("Ambulance run #", f"BR{digits(rng, 6)}")], label_w=40, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"When you left {HOSP[1]} on {fdate(v, 'long')}, {OON} drove you by ambulance to Oakridge Rehabilitation "
           f"Center. Dr. {hdoc} ordered the ride and {cm}, the hospital case manager, set it up. {OON} billed us "
           f"{money(b)} for the trip and the mileage. We are not paying this claim.", 10)
    p.para(f"{OON} has no contract with us. Your plan pays for a planned ride between two facilities only when an "
           f"ambulance company in our network gives it, and {AMB} was available that day. This was not an "
           f"emergency. Our nurse reviewer, {nurse}, checked the hospital's discharge notes. {OON} may bill you.", 10)
    p.bar("YOUR APPEAL RIGHTS", 9.4)
    p.para(f"Send your appeal so that we receive it by {fdate(dl, 'long')}. If your health would be at risk by "
           "waiting, ask for an urgent appeal; we decide those within 72 hours. External review must be asked for "
           f"within 4 months after our final decision. Member Services {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Sincerely,\n{sig}\nClaims", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n, ref], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=OON, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [hdoc], "case_numbers": [[n]]})
    return out(p), t


def es_amt(v):
    return "US$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def phone_es(rng):
    member, doc, md, sig = people(rng, 4)
    m = kid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    nd = plus(v, rng.randint(20, 30))
    n = icn(rng)
    b = amount(rng, 1100, 1600)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE DECISIÓN SOBRE UN RECLAMO")
    y0 = p.get_y()
    colw = 112
    yb = p.sidebar([("Fecha de esta carta", fdate(nd, "long", "es")), ("Número de miembro", m), ("Grupo", GROUP),
                    ("Número de reclamo (ICN)", n), ("Fecha del traslado", fdate(v, "long", "es")),
                    ("Compañía de ambulancia", AMB), ("Cobra en su nombre", BILL), ("Cuenta", f"RMB-{digits(rng, 6)}"),
                    ("Cargo (sistema)", money(b, "nosign"))],
                   p.w - p.r_margin - 62, y0, 62, title="Datos del reclamo", size=8.2)
    p.set_xy(p.l_margin, y0)
    for ln in [member, *address(rng)]:
        p.set_x(p.l_margin)
        p.cell(colw, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.col_para(f"Estimado(a) {member}:", colw, 9.8)
    p.col_para(f"El {fdate(v, 'long', 'es')}, {AMB} le llevó en ambulancia de su casa a una cita en el consultorio "
               f"del Dr. {doc}. {BILL} nos envió el reclamo por {es_amt(b)}, con la tarifa básica y las millas. "
               "No pagaremos este traslado.", colw, 9.8)
    p.col_para(f"Nuestro director médico, el Dr. {md}, leyó el informe del traslado. Usted caminó hasta la "
               "ambulancia, iba sentado(a) y no necesitó oxígeno ni vigilancia durante el viaje. Un traslado en "
               "ambulancia es necesario solo cuando otro medio de transporte pondría en riesgo su salud. En su caso, "
               "un automóvil o una camioneta para silla de ruedas era suficiente.", colw, 9.8)
    p.set_y(max(p.get_y(), yb + 2))
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.col_para("Puede apelar a más tardar 90 días después de la fecha de esta carta. Si esperar pone en riesgo su "
               "salud, pida una apelación urgente: decidimos en 72 horas. Puede pedir una revisión externa dentro de "
               f"4 meses después de nuestra decisión final. Llame al {phone(rng)} (TTY 711).", 150, 9.4)
    p.col_para(f"Atentamente,\n{sig}", colw, 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=AMB,
              appeal_deadline=plus(nd, 90).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def lowres_statement(rng):
    member, crew, doc = people(rng, 3)
    m = kid(rng)
    v = dt.date(2026, 2, rng.randint(3, 20))
    sd = plus(v, rng.randint(45, 60))
    acct, inv, run = f"RMB-{digits(rng, 6)}", f"INV-{digits(rng, 7)}", f"TV{digits(rng, 6)}"
    miles = rng.randint(5, 16)
    base, mil = amount(rng, 800, 1100), round(miles * 21.0, 2)
    tot = round(base + mil, 2)
    paid, adj = round(tot * 0.52, 2), round(tot * 0.35, 2)
    bal = round(tot - paid - adj, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(BILL, "RMB", [f"Billing agent for {AMB}  |  {rng.randint(100, 9800)} Commerce Pkwy, York PA 17402",
                              f"Patient accounts {phone(rng, '717')}  |  Mon-Fri 8-5"], box="STATEMENT", size=12)
    p.addr_pair("Patient / guarantor", [member, *address(rng)], "Account", [f"Account {acct}", f"Invoice {inv}",
                                                                            f"Run # {run}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m}"), ("AMOUNT DUE", money(bal))]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "A0429", "BLS emergency transport, home to " + HOSP[0], money(base, "nosign"), ""],
             [fdate(v, "slash"), "A0425", f"Ground mileage, {miles} miles", money(mil, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (your coinsurance)", money(bal), ""]],
            [22, 16, 86, 28, 27.9], size=8.6, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Transport by {AMB}, crew chief {crew}, EMT. The emergency physician at {HOSP[0]}, Dr. {doc}, bills "
           "separately. Your insurer has paid its share; the balance is your coinsurance as your insurer reported "
           "it. Please pay within 30 days of this statement.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=AMB, unscored=["insurer"],
              alternates={"member_id": [None], "provider": [BILL]})
    return out(p), t


def rotated_late(rng):
    child, father, erdoc, sig = people(rng, 4)
    m = kid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(188, 200))
    nd = plus(rec, rng.randint(7, 14))
    n = icn(rng)
    b = amount(rng, 820, 1250)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.boxed_pairs([("Patient", child), ("Member ID", m), ("Group", GROUP), ("Claim no.", n),
                   ("Claim received", fdate(rec, "slash"))], label_w=45, size=9.2)
    p.para(f"Dear {father}:", 10)
    p.para(f"{BILL} sent us a claim for {AMB}, for the ambulance that took your daughter to the emergency room of "
           f"{HOSP[1]} on {fdate(v, 'long')}, where Dr. {erdoc} saw her. The claim was for {money(b)}.", 10)
    p.para("Ambulance companies in our network agree to send us their claims within 180 days after the ride. This "
           "claim reached us later than that, so we did not pay it. Under its contract, the company may not bill "
           "you or your daughter for it.", 10)
    p.para("If you disagree, you may appeal within 180 calendar days from the date of this letter. Urgent appeals "
           f"are decided within 72 hours. Member Services {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=AMB,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def finefax_stack(rng):
    member, doc, md, sig = people(rng, 4)
    m = kid(rng)
    v = dt.date(2026, 2, rng.randint(2, 14))
    first = plus(v, rng.randint(30, 40))
    nd = plus(first, rng.randint(40, 50))
    n = icn(rng)
    ap = f"APL-26-{digits(rng, 5)}"
    miles, near = rng.randint(38, 55), rng.randint(6, 11)
    b = round(miles * 22.5, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  PSHP APPEALS  {phone(rng, '717')}  PAGE {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.title_bar("APPEAL DECISION")
    p.beside([[("DECISION DATE", fdate(nd, "slash")), ("APPEAL ID", ap)],
              [("MEMBER", member), ("MEMBER ID", m)],
              [("ORIGINAL CLAIM", n), ("FIRST DECISION", fdate(first, "slash"))],
              [("DATE OF RIDE", fdate(v, "slash")), ("MILEAGE BILLED", money(b))]], cap_w=29, cap=5.6)
    p.para(f"You appealed our refusal to pay the mileage for the ambulance ride {AMB} gave you on "
           f"{fdate(v, 'long')}. Dr. {doc} sent you to {HOSP[1]}, {miles} miles away, because your cardiologist "
           f"practices there. The base rate was paid. The mileage, A0425 x{miles}, was not.", 9.8)
    p.para(f"**Our decision: we keep the refusal.** Dr. {md}, a physician who took no part in the first decision, "
           f"reviewed your appeal. Your plan pays ambulance mileage only to the nearest hospital that can give the "
           f"care you need. {HOSP[0]}, {near} miles from your home, has a cardiac unit and was open to patients that "
           "day. Mileage past it is a cost your plan does not cover, even when a doctor prefers the farther hospital.",
           9.8)
    p.para("This was your last appeal with us. You may ask for an external review by an independent reviewer within "
           f"4 months of the date of this decision. Call {phone(rng)} (TTY 711).", 9.6)
    p.para(f"{sig}, Appeals and Grievances", 9.6)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[ap, n],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=AMB,
                         appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[ap], [n]]}))
    member2, doc2, sig2 = people(rng, 3)
    m2_ = kid(rng)
    end = dt.date(2026, 5, 31)
    v2 = dt.date(2026, 6, rng.randint(3, 20))
    nd2 = plus(v2, rng.randint(20, 30))
    n2 = icn(rng)
    b2 = amount(rng, 880, 1300)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Eligibility and Claims")
    q.title_bar("NOTICE OF CLAIM DENIAL")
    q.pairs([("Notice date", fdate(nd2, "long")), ("Member", member2), ("Member ID", m2_), ("Group", GROUP),
             ("Claim", n2), ("Coverage ended", fdate(end, "long"))], label_w=36, size=9.4)
    q.ln(2)
    q.para(f"{AMB} billed us {money(b2)} for an emergency ambulance ride on {fdate(v2, 'long')} ordered by Dr. "
           f"{doc2}. Your employer told us your coverage under group {GROUP} ended on the date shown above, before "
           "the ride. We can pay only for care given while you are covered, so this claim is denied. If your "
           "employer made a mistake, ask it to tell us and we will look at the claim again.", 9.8)
    q.para("You may appeal within 180 days of the date of this notice. You may also be able to buy continuation "
           "coverage; that choice must be made within 60 days of the coverage loss notice from your employer.", 9.6)
    q.para(f"{sig2}, Eligibility and Claims", 9.6)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m2_, member_name=member2,
                         cases=[n2], claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                         provider=AMB, appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_to_billing_service_missing_origin_destination_modifier", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_member_eob_dialysis_transport_without_approval", "born_digital", [bd_eob(rng)]),
        Item(F + "photocopy_letter_out_of_network_transfer_amount_in_sentence", "photocopy", [photocopy_oon(rng)]),
        Item(F + "phone_es_dos_columnas_traslado_a_cita_no_necesario", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_billing_service_statement_after_insurance", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "rotated_letter_to_parent_claim_sent_late", "rotated", [rotated_late(rng)]),
        Item(F + "finefax_stack_cover_appeal_upheld_extra_mileage_then_coverage_ended_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
