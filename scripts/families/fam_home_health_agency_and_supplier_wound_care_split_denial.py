"""An invented commercial plan (Bristlecone Harbor Health Plan) paying a home health agency's wound-care nursing
visits while refusing a wound-care supplier's items (negative pressure wound therapy pumps, dressings), with the
agency's and the supplier's own papers. HCPCS codes, revenue codes, CARC codes and wound modifiers appear as
themselves; the plan, its rules and time limits, the agency (Fernbrook Home Health Agency), the suppliers
(Kettleworth Wound Care Supply, Larkspur Medical Supply), the wound clinic, every person, number and address are
invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_eob_three_claims_pump_rental_line_not_approved: a landscape member EOB of three claims (the agency's three
  nursing visits, the supplier's four lines, the wound clinic's visit); the supplier's pump rental line pays 0.00
  (no approval before delivery) while its dressings and canisters and the agency's visits are paid.
- faxstd_prior_auth_form_npwt_not_needed: a prior authorization determination form to the supplier on a standard
  fax (small captions in boxes, ordering physician, agency, reviewer, received date): the wound is closing with
  ordinary dressings, so the pump is not needed.
- photocopy_supplier_remittance_dressing_line_no_wound_modifier: a photocopied provider remittance to the supplier,
  three patients' claims of two to four lines; one foam dressing line refused for a missing wound-count modifier
  (CO-4, legend).
- phone_es_suministros_de_proveedor_sin_contrato: a photographed Spanish letter: the agency's visits paid, the
  other supplier's dressings refused because it has no contract.
- rotated_agency_statement_visits_paid: the home health agency's statement to the patient fed sideways (denies
  nothing).
- lowres_supplier_claim_too_late_no_labels: a no-label 150 dpi letter to the member: the supplier's collagen
  dressing claim arrived after the plan's 90-day limit.
- clean300_stack_visit_approval_then_disposable_pump_appeal_upheld: the plan's approval of nursing visits (denies
  nothing), its duplex back, then (upside down) an appeal decision keeping the refusal of a disposable pump the
  plan excludes.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "home_health_agency_and_supplier_wound_care_split_denial"
LANG = "en"
SEED = 353405
INS = "Bristlecone Harbor Health Plan"
ALT = ["Bristlecone Harbor"]
PLAN = "Bristlecone Choice PPO 2000"
GROUP = "70418-0031"
HHA = "Fernbrook Home Health Agency"
SUP = "Kettleworth Wound Care Supply"
CLINIC = "Redstone Wound Clinic"


def mid_of(rng):
    return f"BHH{digits(rng, 9)}"


def clm(rng):
    return f"E{digits(rng, 2)}-{digits(rng, 6)}-{digits(rng, 3)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return "1" + digits(rng, 9)


def dob(rng, lo=1941, hi=1975):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 83707-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    pt, wmd, rn = people(rng, 3)
    mid = mid_of(rng)
    sd = dt.date(2026, 5, rng.randint(4, 26))
    r0 = plus(sd, -rng.randint(45, 55))
    r1 = plus(r0, 29)
    visits = [plus(r0, 1), plus(r0, 3), plus(r0, 5)]
    hha = [(fdate(v, "slash"), fdate(v, "slash"), "0551", "Skilled nursing visit", amount(rng, 165, 210), True)
           for v in visits]
    sup = [(fdate(r0, "slash"), fdate(r1, "slash"), "E2402", "Suction pump rental 1 mo",
            amount(rng, 1650, 2100), False),
           (fdate(r0, "slash"), fdate(r1, "slash"), "A6550", "NPWT dressing set x 15", amount(rng, 520, 690), True),
           (fdate(r0, "slash"), fdate(r1, "slash"), "A7000", "Canister x 10", amount(rng, 140, 210), True)]
    cln = [(fdate(plus(r0, -2), "slash"), fdate(plus(r0, -2), "slash"), "99214", "Office visit",
            amount(rng, 190, 240), True),
           (fdate(plus(r0, -2), "slash"), fdate(plus(r0, -2), "slash"), "11042", "Debridement",
            amount(rng, 260, 340), True)]
    claims = [(HHA, f"{rn}, RN", hha), (SUP, f"Dr. {wmd} (ordering)", sup), (CLINIC, f"Dr. {wmd}", cln)]
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    den = None
    for bill, rend, lines in claims:
        n = clm(rng)
        rows.append([n, "", "", bill, rend, "", "", "", "", "", ""])
        csum = 0.0
        for a, b, code, desc, c, ok in lines:
            csum += c
            if ok:
                al = round(c * rng.uniform(0.6, 0.8), 2)
                you = round(al * 0.2, 2)
                pd, note = round(al - you, 2), "P1"
            else:
                al = pd = you = 0.0
                note = "PA2"
            for i, v in enumerate((c, al, pd, you)):
                tot[i] += v
            rows.append(["", a, b, "", "", f"{code} {desc}", money(c, "nosign"), money(al, "nosign"),
                         money(pd, "nosign"), money(you, "nosign"), note])
        rows.append(["", "", "", "", "", "Claim total", money(csum, "nosign"), "", "", "", ""])
        if bill == SUP:
            den = (n, round(csum, 2))
    rows.append(["", "", "", "", "", "TOTALS", money(tot[0], "nosign"), money(tot[1], "nosign"),
                 money(tot[2], "nosign"), money(tot[3], "nosign"), ""])
    p = DRSheet(footer="Page {n} of {nb}", footer_left="BHHP-EOB-4 (Rev. 09/2025)")
    p.set_margins(10, 11, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.capstrip([("Patient", pt), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [52, 40, 30, 60, 75.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$2,000.00 of $2,000.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Claims received", fdate(plus(sd, -12), "slash"))],
               [62, 66, 50, 79.4])
    p.ln(3)
    p.table(["Claim", "From", "Thru", "Billed by", "Seen / ordered by", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Note"], rows, [24, 16, 16, 42, 46, 46, 16, 15, 15, 13, 10.4], size=7.3, row_h=4.8,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Notes.** P1: paid under your plan. PA2: the supplier delivered the wound suction pump before anyone "
           "asked us to approve it. Your plan approves pumps before they are delivered. We paid the dressings and "
           "canisters. The supplier has a contract with us and may not bill you for the pump.", 8.2)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. After our final decision you may ask for an external review within 4 months.",
           8.2)
    n, billed = den
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=pt,
              cases=[n], claim_amount=m2(billed), service_dates=[span(r0, r1)], denial_date=sd.isoformat(),
              provider=SUP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [wmd]})
    return out(p), t


def faxstd_pa(rng):
    pt, wmd, rev, cm = people(rng, 4)
    mid = mid_of(rng)
    nd = dt.date(2026, 3, rng.randint(3, 24))
    rcv = plus(nd, -2)
    s0 = plus(nd, 2)
    s1 = plus(s0, 29)
    req = f"PA26-{digits(rng, 7)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)} FROM BHHP PRIOR AUTH {phone(rng, '208')} TO KWCS " \
          f"P.{{n}}"
    p = DRSheet(footer="Page {n} of {nb}", footer_left="BHHP-PA-7 (Rev. 02/2026)", fax_hdr=fax)
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, "Prior Authorization - Home Care and Supplies")
    p.line("PRIOR AUTHORIZATION DETERMINATION", 12.5, "B", align="C")
    p.ln(2)
    W = 185.9
    p.capstrip([("Date of determination", fdate(nd, "slash")), ("Request no.", req),
                ("Received", fdate(rcv, "slash")), ("Decision", "DENIED")], [44, 50, 40, W - 134], cap=5.4)
    p.capstrip([("Member", pt), ("Member ID", mid), ("Group", GROUP), ("DOB", fdate(dob(rng), "slash"))],
               [58, 48, 40, W - 146], cap=5.4)
    p.capstrip([("Requesting supplier", SUP), ("Supplier NPI", npi(rng)), ("Fax", phone(rng, "208"))],
               [86, 50, W - 136], cap=5.4)
    p.capstrip([("Ordering physician", f"Dr. {wmd}, {CLINIC}"), ("Physician NPI", npi(rng))], [130, W - 130],
               cap=5.4)
    p.capstrip([("Home health agency (applies dressings)", HHA), ("Agency case manager", f"{cm}, RN")],
               [110, W - 110], cap=5.4)
    p.capstrip([("Items", "E2402 pump rental; A6550 dressing sets; A7000 canisters"),
                ("Dates requested", f"{fdate(s0, 'slash')} - {fdate(s1, 'slash')}")], [118, W - 118], cap=5.4)
    p.ln(4)
    p.bar("REASON FOR DECISION", 9.4)
    p.para("The wound on the left lower leg measured 4.1 x 3.0 cm four weeks ago and 2.6 x 1.9 cm at the last "
           "clinic visit, with healthy tissue in the base and little drainage. It is getting smaller with the "
           "moist dressings the agency's nurses already use. A suction pump helps wounds that are not healing with "
           "good ordinary care; the notes show this wound is healing, so the pump and its supplies are not "
           "medically necessary now. The agency's nursing visits are approved under a separate request and are "
           "not affected.", 9.4)
    p.para(f"Reviewed by Dr. {rev}, Medical Director (wound care). The ordering physician may request a "
           "peer-to-peer discussion within 14 days.", 9.2)
    p.bar("APPEAL RIGHTS", 9.4)
    p.para("The member or the supplier on the member's behalf may appeal within 180 days of the date of this "
           "notice. An expedited appeal is decided within 72 hours. External review may be requested within 4 "
           "months after the final internal decision.", 9.0)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=pt,
              cases=[req], service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [wmd], "service_dates": [[s0.isoformat()]]})
    return out(p), t


def photocopy_ra(rng):
    pats = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(2, 26))
    rows, tot = [], [0.0, 0.0, 0.0]
    den = None
    for i, pt in enumerate(pats):
        m = mid_of(rng)
        n = clm(rng)
        dos = plus(rd, -rng.randint(15, 35))
        if i == 2:
            lines = [("A6021", "", "Collagen dressing 16 sq in", 10, amount(rng, 180, 260), True),
                     ("A6212", "", "Foam dressing, bordered", 12, amount(rng, 210, 300), False),
                     ("A6219", "A1", "Gauze pad w/ border", 20, amount(rng, 40, 70), True)]
        elif i == 0:
            lines = [("A6196", "A2", "Alginate dressing 16 sq in", 15, amount(rng, 150, 230), True),
                     ("A6402", "A2", "Gauze, sterile", 30, amount(rng, 20, 40), True)]
        else:
            lines = [("A6550", "", "NPWT dressing set", 15, amount(rng, 520, 690), True),
                     ("A7000", "", "Canister", 10, amount(rng, 140, 210), True),
                     ("A6257", "A1", "Transparent film 16 sq in", 8, amount(rng, 30, 55), True),
                     ("A4452", "", "Waterproof tape", 6, amount(rng, 10, 20), True)]
        rows.append([f"{pt.split()[-1].upper()}, {pt.split()[0].upper()} {pt.split()[1][0]}", m, n, "", "", "", "",
                     "", "", ""])
        cs = 0.0
        for code, mod, desc, u, c, ok in lines:
            cs += c
            al = round(c * rng.uniform(0.6, 0.8), 2) if ok else 0.0
            tot[0] += c
            tot[1] += al
            tot[2] += al
            rows.append(["", "", "", fdate(dos, "slash"), f"{code} {mod}".strip(), desc, str(u),
                         money(c, "nosign"), money(al, "nosign"), "45" if ok else "CO-4 / K9"])
        rows.append(["", "", "", "", "", "Claim total", "", money(cs, "nosign"), "", ""])
        if i == 2:
            den = (pt, m, n, dos, round(cs, 2))
    rows.append(["", "", "", "", "", "PAYMENT TOTAL", "", money(tot[0], "nosign"), money(tot[2], "nosign"), ""])
    p = DRSheet(footer="Page {n} of {nb}", footer_left="BHHP-PRA (Rev. 10/2025)")
    p.set_margins(12, 12, 12)
    p.add_page()
    p.f(13, "B")
    p.cell(120, 6, INS)
    p.f(10.5, "B")
    p.cell(0, 6, "PROVIDER REMITTANCE", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 4, f"Provider Services {phone(rng)}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 83707",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(2)
    W = 191.9
    p.capstrip([("Payee", SUP), ("NPI", npi(rng)), ("TIN", f"8{digits(rng, 1)}-{digits(rng, 7)}")],
               [90, 50, W - 140], cap=5.2, size=8.2)
    p.capstrip([("Remit date", fdate(rd, "slash")), ("Check / EFT no.", digits(rng, 10)),
                ("Vendor no.", f"V{digits(rng, 6)}")], [60, 70, W - 130], cap=5.2, size=8.2)
    p.ln(3)
    p.table(["Patient", "Member ID", "Claim no.", "Service date", "HCPCS / mod", "Description", "Units", "Billed",
             "Paid", "CARC / remark"], rows, [36, 21, 22, 16, 13, 34, 7, 13, 13, W - 175],
            size=7.0, row_h=4.6, aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "L"], bold_last=True)
    p.para("**Codes.** 45: paid at the contract rate (charge above the fee schedule). CO-4: the dressing line has no "
           "A1-A9 modifier telling us how many wounds the dressing was used on, so we cannot price it; send a "
           "corrected claim line with the modifier. K9: plan remark - other lines of this claim were paid.", 7.4)
    p.para("Reconsideration: within 90 days of the date of this remittance. Do not bill the member for a line "
           "refused under CO-4.", 7.4)
    pt, m, n, dos, billed = den
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(billed),
              service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=SUP,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def phone_es(rng):
    pt, rn, sig = people(rng, 3)
    mid = mid_of(rng)
    d0 = dt.date(2026, 3, rng.randint(2, 12))
    d1 = plus(d0, 27)
    nd = plus(d1, rng.randint(25, 40))
    billed = amount(rng, 640, 980)
    n = clm(rng)
    lark = "Larkspur Medical Supply"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {pt}:", 10)
    p.para(f"Las enfermeras de {HHA} le curaron la herida en su casa en marzo. Ya pagamos esas visitas. Esta "
           "carta es sobre otra cuenta.", 10)
    p.para(f"{lark} le envió apósitos de espuma y de alginato para usar del {fdate(d0, 'long', 'es')} al "
           f"{fdate(d1, 'long', 'es')} y nos cobró {money(billed)}. Le dimos a esa cuenta el número de reclamo "
           f"{n}. Su número de miembro es {mid}.", 10)
    p.para(f"No vamos a pagar esos apósitos. {lark} no tiene contrato con nuestro plan, y su plan no paga "
           f"suministros de proveedores fuera de la red cuando hay uno en la red cerca de usted. {SUP} sí tiene "
           "contrato y entrega a domicilio. Si usted ya pagó a Larkspur, guarde el recibo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           "en 72 horas. Después de nuestra decisión final puede pedir una revisión externa dentro de 4 meses.",
           9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=pt, cases=[n],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=lark,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_statement(rng):
    pt, rn, wmd = people(rng, 3)
    mid = mid_of(rng)
    sd = dt.date(2026, 6, rng.randint(2, 20))
    v0 = plus(sd, -rng.randint(40, 50))
    visits = [plus(v0, k) for k in (0, 2, 4, 7, 9)]
    acct = f"FB-{digits(rng, 7)}"
    rows, tc, tp = [], 0.0, 0.0
    for v in visits:
        c = amount(rng, 165, 205)
        pd = round(c * 0.72, 2)
        tc += c
        tp += pd
        rows.append([fdate(v, "slash"), "0551", f"Skilled nursing - wound care ({rn.split()[0]} {rn.split()[-1]}, RN)",
                     money(c, "nosign"), money(pd, "nosign"), money(c - pd, "nosign")])
    rows.append(["", "", "TOTAL", money(tc, "nosign"), money(tp, "nosign"), money(tc - tp, "nosign")])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HHA, "FHHA", [f"{rng.randint(100, 9800)} Orchard Bend Rd, Nampa ID 83651  |  Billing "
                              f"{phone(rng, '208')}  |  Agency NPI {npi(rng)}"], box="STATEMENT", size=12)
    p.addr_pair("Patient", [pt, *address(rng)], "Statement",
                [f"Date: {fdate(sd, 'abbr')}", f"Account: {acct}", f"Due: {fdate(plus(sd, 30), 'slash')}"])
    p.grid([[("Insurance", f"{INS}  {mid}"), ("Ordering physician", f"Dr. {wmd}")]], size=8.6)
    p.table(["Visit date", "Rev", "Service", "Charge", "Insurance paid", "Adjustment"], rows,
            [24, 13, 82, 20, 22, 18.9], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para("**Balance due from you: $0.00.** Your insurer paid these visits and the contract adjustment is not "
           "billed to you. Wound supplies (dressings, pump, canisters) are billed to your insurer separately by "
           f"the supplier, {SUP}; questions about those go to the supplier or your plan.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=pt, claim_amount=m2(tc),
              service_dates=[span(visits[0], visits[-1])], denial_date=sd.isoformat(), provider=HHA,
              unscored=["insurer"],
              alternates={"member_id": [None], "service_dates": [[v.isoformat() for v in visits]],
                          "claim_amount": [None]})
    return out(p), t


def lowres_late(rng):
    pt, sig = people(rng, 2)
    mid = mid_of(rng)
    d0 = dt.date(2026, 1, rng.randint(5, 15))
    d1 = plus(d0, 27)
    got = plus(d1, rng.randint(120, 140))
    nd = plus(got, rng.randint(8, 15))
    billed = amount(rng, 420, 760)
    ref = f"CL-{digits(rng, 8)}"
    p = DRSheet(footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {pt}:", 10)
    p.para(f"{SUP} mailed you collagen wound dressings for the four weeks from {fdate(d0, 'long')} through "
           f"{fdate(d1, 'long')} and asked us for {money(billed)}. Its bill did not reach us until "
           f"{fdate(got, 'long')}. We keep it on file as {ref}.", 10)
    p.para("The supplier's contract with us gives it 90 days after the last day of supply to send a bill. This "
           "bill came more than four months after that day, so we are not paying it. Because the delay was the "
           "supplier's, the contract says the supplier may not ask you to pay it either. Your home health nurse "
           "visits in those weeks were paid on other claims and are not part of this letter.", 10)
    p.para(f"If you think we are wrong, you may appeal within 180 days of the date of this letter. Your member ID is "
           f"{mid}. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=pt, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def clean300_stack(rng):
    pt, wmd, cm, rev, sig = people(rng, 5)
    mid = mid_of(rng)
    ad = dt.date(2026, 2, rng.randint(2, 20))
    s0 = plus(ad, 1)
    s1 = plus(s0, 59)
    auth = f"HH26-{digits(rng, 7)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Home Care Authorization")
    p.para(fdate(ad, "long"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", mid), ("Group", GROUP), ("Authorization", auth)], label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {pt}:", 10)
    p.para(f"Good news. We approved home health nursing visits by {HHA} for your leg wound, as Dr. {wmd} asked: up "
           f"to three visits a week from {fdate(s0, 'long')} through {fdate(s1, 'long')}. The nurse will clean the "
           "wound, change the dressing and teach you and your family how to care for it.", 10)
    p.para(f"Your plan's case manager, {cm}, RN, will call you in two weeks. If you need more visits after "
           f"{fdate(s1, 'long')}, the agency will ask us again. This approval is not a promise to pay for supplies; "
           "the supplier asks for those separately.", 10)
    p.para(f"Sincerely,\n{sig}\nHome Care Authorization", 10)
    doc1 = (out(p), truth("other", None, insurer=INS, group=GROUP, member_id=mid, member_name=pt, cases=[auth],
                          service_dates=[span(s0, s1)], denial_date=ad.isoformat(), provider=HHA,
                          alternates={"insurer": ALT, "provider": [wmd], "case_numbers": [[]],
                                      "service_dates": [[]]}))
    dd = plus(ad, rng.randint(20, 30))
    nd = plus(dd, rng.randint(50, 70))
    billed = amount(rng, 480, 720)
    n = clm(rng)
    ap = f"AG-{digits(rng, 8)}"
    q = DRSheet(footer="Page {n} of {nb}", run_hdr=f"Appeal {ap}  |  Page {{n}} of {{nb}}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Grievances")
    q.line("APPEAL DECISION", 13, "B")
    q.ln(1)
    q.para(fdate(nd, "long"), 10)
    for ln in [pt, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.rpairs([(ap, "Appeal"), (n, "Claim"), (mid, "Member ID"), (SUP, "Supplier"),
              (fdate(dd, "slash"), "Delivered"), (money(billed), "Billed")], val_w=70)
    q.para(f"Dear {pt}:", 10)
    q.para(f"You asked us to pay for the single-use wound suction device (HCPCS A9272) that {SUP} delivered for you. "
           "A reviewer who did not make the first decision looked at your appeal and your plan documents.", 10)
    q.heading("We are keeping our decision", 11, rule=True)
    q.para("Your plan's list of exclusions names disposable medical supplies that are thrown away after one use, "
           "including single-use wound suction devices. The plan pays for a rental pump when one is approved; it "
           "does not pay for the disposable kind, even when a doctor orders it. This decision is about what your "
           "plan covers, not about whether the device helped you.", 10)
    q.heading("If you still disagree", 11, rule=True)
    q.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
           f"an external review within 4 months. Reviewer: Dr. {rev}. Questions: {phone(rng)} (TTY 711).", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=pt,
                          cases=[ap, n], claim_amount=m2(billed), service_dates=[dd.isoformat()],
                          denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "case_numbers": [[ap], [n]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_pump_rental_line_not_approved", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_prior_auth_form_npwt_not_needed", "fax_standard_g4", [faxstd_pa(rng)]),
        Item(F + "photocopy_supplier_remittance_dressing_line_no_wound_modifier", "photocopy", [photocopy_ra(rng)]),
        Item(F + "phone_es_suministros_de_proveedor_sin_contrato", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_agency_statement_visits_paid", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_supplier_claim_too_late_no_labels", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean300_stack_visit_approval_then_disposable_pump_appeal_upheld", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
