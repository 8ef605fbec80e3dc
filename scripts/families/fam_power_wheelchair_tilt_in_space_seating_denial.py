"""An invented commercial plan (Cobble Reach Health Plan) refusing a power tilt-in-space seating system for a power
wheelchair, with the seating clinic's evaluation and the mobility supplier's quote. HCPCS and CPT codes (K0861,
E1002, E1007, E2310, E2622, 97542) appear as themselves; the plan, its rules and time limits, the clinic, the
suppliers, every person, number and address are invented. The reason is in the writer's own words in each file.

Documents (8 in 7 files):
- bd_eob_four_encounters_tilt_row_not_shown_needed: a member EOB of four claims ("Encounter no.", "Who billed",
  "Charged", "Plan allowed", "Plan paid", "Your share", a total line); the E1002 tilt row pays nothing because the
  records do not show the member needs power tilt; DOB, plan year, deductible and received-date decoys.
- faxstd_supplier_notice_no_approval_labels_right: a claim notice to the supplier on a standard fax, captions to
  the right of their values ("Matter no.", "Subscriber number", "Delivered"); the tilt and its electronics were
  delivered before anyone asked for approval; an earlier approval for the base and the supplier NPI as decoys.
- phone_es_proveedor_fuera_de_red_sin_etiquetas: a photographed Spanish letter, facts in sentences: the tilt system
  bought from a supplier outside the network.
- rotated_supplier_quote_tilt_system: the supplier's quote fed sideways (denies nothing).
- lowres_no_labels_new_chair_inside_five_years: a 150-dpi letter without labels: a whole new power chair with tilt
  asked for less than five years after the current chair; the plan's once-in-five-years limit.
- photocopy_three_page_letter_tilt_recline_code_for_tilt_only: a three-page letter (member block on page 1, the
  claim told in sentences on page 2 under a running header, rights on page 3): billed as a combined tilt and
  recline system (E1007) though only tilt was delivered.
- clean300_stack_seating_evaluation_then_appeal_upheld_upside_down: the seating clinic's two-page evaluation
  (denies nothing), the blank back of its last sheet, then the plan's appeal decision keeping the refusal, fed
  upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdra import DRSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "power_wheelchair_tilt_in_space_seating_denial"
LANG = "en"
SEED = 353200
INS = "Cobble Reach Health Plan"
ALT = ["Cobble Reach"]
PLAN = "Cobble Reach Select PPO 2500"
GROUP = "77041-208"
CLINIC = "Heronsgate Seating and Mobility Clinic"
SUP = "Keelboat Mobility Supply"
OON = "Coldwater Bend Medical Supply"


def crh(rng):
    return f"CRH{digits(rng, 9)}"


def clm(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 7)}"


def dob(rng):
    return dt.date(rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Member Services", es=False):
    p.f(16, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    tty = "TTY 711"
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(3000, 9800)}, Salem OR 97309-{digits(rng, 4)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  {tty}  |  Fax 503-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _addr(rng):
    return [f"{rng.randint(100, 9800)} {rng.choice(['Larkin St NE', 'Cedar Bluff Rd', 'Madrona Ave', 'Kestrel Ct'])}",
            f"{rng.choice(['Salem', 'Eugene', 'Corvallis', 'Albany'])} OR 97{rng.randint(301, 405)}-{digits(rng, 4)}"]


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member, pmr, pt = people(rng, 3)
    mid = crh(rng)
    ev = dt.date(2026, 1, rng.randint(8, 28))
    dl = plus(ev, rng.randint(40, 55))
    sd = plus(dl, rng.randint(25, 35))
    src = [(CLINIC, "97542 Wheelchair seating evaluation", ev, amount(rng, 260, 380), False),
           (SUP, "K0861 Power wheelchair base", dl, amount(rng, 7800, 9400), False),
           (SUP, "E1002 Power seating, tilt only", dl, amount(rng, 4200, 5600), True),
           (f"Dr. {pmr}", "99214 Office visit (PM&R)", plus(ev, -rng.randint(10, 20)), amount(rng, 180, 260), False)]
    rows, tot, deny = [], [0.0, 0.0, 0.0, 0.0], None
    for who, svc, d, c, den in src:
        n = clm(rng)
        if den:
            al = paid = you = 0.0
            deny = (n, c, d)
            note = "MN7"
        else:
            al = round(c * rng.uniform(0.6, 0.8), 2)
            you = round(al * 0.2, 2)
            paid = round(al - you, 2)
            note = "A1"
        for i, v in enumerate((c, al, paid, you)):
            tot[i] += v
        rows.append([n, who, svc, fdate(d, "short"), money(c, "nosign"), money(al, "nosign"), money(paid, "nosign"),
                     money(you, "nosign"), note])
    rows.append(["", "Total this statement", "", "", *[money(round(v, 2), "nosign") for v in tot], ""])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Prepared for", member), ("Member ID", mid), ("Group no.", GROUP), ("Plan", PLAN),
                ("Date of this statement", fdate(sd, "long"))], [50, 40, 30, 58, 77.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Date of birth", fdate(dob(rng), "slash")),
                ("Deductible met", "$2,500.00 of $2,500.00"), ("Out-of-pocket met", "$3,118.40 of $6,000.00"),
                ("Claims received", f"{fdate(plus(dl, 6), 'slash')}")], [55, 40, 55, 55, 50.4])
    p.ln(3)
    p.table(["Encounter no.", "Who billed", "What it was", "Date of service", "Charged", "Plan allowed",
             "Plan paid", "Your share", "Note"], rows, [28, 58, 58, 22, 20, 20, 20, 18, 11.4], size=8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**A1** Paid under your durable medical equipment or office visit benefit after your deductible; your share "
           f"is 20%.  **MN7** Not paid. The seating evaluation from {CLINIC} says you can lean forward and to the "
           "sides by yourself and stand to transfer, and no pressure sore is recorded. The records do not show you "
           "need a powered tilt to move your weight off your skin. An in-network supplier may not bill you for it "
           "unless you agreed in writing before delivery.", 8.4)
    p.para("**If you disagree:** ask for an appeal within 180 days of the date of this statement. Urgent appeals are "
           "answered within 72 hours. After our final answer you may ask for an external review within 4 months.",
           8.4)
    n, c, d = deny
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=member,
              cases=[n], claim_amount=m2(c), service_dates=[span(d)], denial_date=sd.isoformat(), provider=SUP,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_supplier(rng):
    member, spouse, pmr = people(rng, 3)
    mid = crh(rng)
    dl = dt.date(2026, 2, rng.randint(2, 26))
    nd = plus(dl, rng.randint(35, 50))
    recv = plus(dl, rng.randint(4, 10))
    e1002, e2310 = amount(rng, 4300, 5400), amount(rng, 1100, 1500)
    billed = round(e1002 + e2310, 2)
    n = clm(rng)
    earlier = f"PA26{digits(rng, 7)}"
    fax = (f"{nd.strftime('%m/%d/%y')} 15:{rng.randint(10, 59)} FROM: CRHP PROVIDER CLAIMS 503-555-{digits(rng, 4)} "
           f"TO: {SUP.upper()}  PG {{n}}")
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(17, 13, 17)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM NOTICE TO SUPPLIER", 12.5, "B")
    p.ln(2)
    p.right_labels([(fdate(nd, "dash"), "Notice issued"), (n, "Matter no."), (member, "Patient"),
                    (mid, "Subscriber number"), (f"{spouse} (spouse)", "Subscriber"), (GROUP, "Group"),
                    (SUP, "Supplier"), (digits(rng, 10), "Supplier NPI"), (f"Dr. {pmr}", "Ordering physician"),
                    (fdate(dl, "dash"), "Delivered"), ("E1002 x1, E2310 x1", "Codes billed"),
                    (money(billed), "Amount the supplier asked for"), (fdate(recv, "dash"), "Claim received"),
                    (f"{earlier} (K0861 base only)", "Approval on file")], value_w=80, size=9)
    p.ln(2)
    p.checks("Outcome", [(False, "Paid"), (False, "Paid in part"), (True, "Not paid - supplier liable")], cols=3)
    p.para("The approval on file covers the power wheelchair base only. The tilt seating system and its "
           "electronics were added and delivered without a separate request to us, and our records show no call, "
           "fax or portal entry about them before delivery. These items need our approval before they are "
           "delivered. The member may not be billed.", 9.2)
    p.para("You may ask for reconsideration within 90 days of the date of this notice. Attach the seating "
           "evaluation and the signed delivery ticket. A late request for approval does not reopen this claim.", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=member,
              cases=[n], claim_amount=m2(billed), service_dates=[span(dl)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 90).isoformat(), alternates={"insurer": ALT, "provider": [pmr]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, pmr = people(rng, 2)
    mid = crh(rng)
    dl = dt.date(2026, 3, rng.randint(2, 24))
    nd = plus(dl, rng.randint(30, 45))
    billed = amount(rng, 4400, 5900)
    n = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(dl, 'long', 'es')}, {OON} le entregó un sistema de asiento basculante eléctrico para su "
           f"silla de ruedas, que le recetó el Dr. {pmr}. Esa compañía nos cobró {money(billed)} y estamos "
           f"tramitando la cuenta con el número de reclamo {n}.", 10)
    p.para(f"No la podemos pagar. {OON} no tiene contrato con {INS}, y su plan paga el equipo médico solo cuando "
           f"viene de un proveedor de la red, salvo que lo aprobemos antes porque ningún proveedor de la red lo "
           f"tiene. Tres proveedores de la red, entre ellos {SUP}, ofrecen este equipo. Como el proveedor no tiene "
           "contrato, puede cobrarle a usted.", 10)
    p.para(f"Su número de miembro es {mid}. Si no está de acuerdo, puede apelar dentro de 180 días a partir de la "
           "fecha de esta carta. Si su salud corre peligro, pida una apelación urgente (72 horas). También puede "
           "pedir una revisión externa dentro de 4 meses después de nuestra decisión final.", 10)
    p.para("Atentamente,\nServicios para Miembros", 10)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dl)], denial_date=nd.isoformat(), provider=OON,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [pmr]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_quote(rng):
    member, pmr, pt = people(rng, 3)
    mid = crh(rng)
    qd = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 26))
    lines = [("E1002", "Power seating system, tilt only (45 degrees)", 1, amount(rng, 4300, 5400)),
             ("E2310", "Electronics, one power seating motor", 1, amount(rng, 1100, 1500)),
             ("E2622", "Skin protection cushion, 18 in", 1, amount(rng, 420, 560)),
             ("E0955", "Headrest, cushioned, with hardware", 1, amount(rng, 260, 340)),
             ("K0108", "Lateral trunk supports, pair", 2, amount(rng, 180, 260))]
    rows, tot = [], 0.0
    for code, desc, q, u in lines:
        a = round(q * u, 2)
        tot += a
        rows.append([code, desc, str(q), money(u, "nosign"), money(a, "nosign")])
    tot = round(tot, 2)
    rows.append(["", "QUOTE TOTAL", "", "", money(tot)])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(SUP, "KMS", [f"{rng.randint(1000, 9800)} Commercial St SE, Salem OR 97302-{digits(rng, 4)}  |  "
                             f"503-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}  |  Tax ID 93-{digits(rng, 7)}"],
                box="QUOTATION", size=12)
    p.grid([[("Quote no.", f"Q-{digits(rng, 6)}"), ("Quote date", fdate(qd, "abbr")),
             ("Valid until", fdate(plus(qd, 60), "abbr"))],
            [("Prepared for", member), ("Insurance", f"{INS}  {mid}"), ("Date of birth", fdate(dob(rng), "slash"))],
            [("Prescribing physician", f"Dr. {pmr}"), ("Seating evaluation by", f"{pt}, PT, ATP"),
             ("Chair on file", "K0861 base, delivered 2026")]], size=8.4)
    p.table(["HCPCS", "Description", "Qty", "Unit price", "Amount"], rows, [20, 95, 12, 25, 27.9], size=8.6,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para("Insurance status: sent for prior approval; the plan has not approved the tilt system. If the plan does "
           "not approve it, you may choose to pay for it yourself; we will not deliver it until you sign a "
           "separate agreement. Prices include delivery, fitting and 90 days of adjustments.", 9)
    p.para("Customer signature ____________________   Date __________", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=member, claim_amount=m2(tot),
              denial_date=qd.isoformat(), provider=SUP, unscored=["insurer"],
              alternates={"claim_amount": [None], "member_id": [None], "denial_date": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_five_years(rng):
    member, pmr = people(rng, 2)
    mid = crh(rng)
    nd = dt.date(2026, rng.choice([4, 5]), rng.randint(2, 22))
    planned = plus(nd, rng.randint(20, 35))
    quoted = amount(rng, 16000, 21000)
    ref = f"PA26{digits(rng, 7)}"
    prior = dt.date(2023, rng.randint(7, 11), rng.randint(2, 27))
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10.5)
    for ln in [member, *_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(5)
    p.para(f"Dear {member}:", 10.5)
    p.para(f"{SUP} asked us to approve a new power wheelchair with a tilt-in-space seating system for you, to be "
           f"delivered on {fdate(planned, 'long')}. Dr. {pmr} wrote the order, and the supplier's price for the "
           f"chair and seating came to {money(quoted)}. We logged the request as {ref}.", 10.5)
    p.para(f"We cannot approve it. Your plan pays for one power wheelchair every five years. The chair you have now "
           f"was delivered on {fdate(prior, 'long')} and paid by this plan, so a new chair is not a covered "
           "benefit until five years have passed, unless the chair cannot be repaired. The supplier's notes say "
           "your current chair works. This decision is about the benefit limit, not about whether you need tilt: "
           "the supplier may send a separate request to add a seating system to the chair you have.", 10.5)
    p.para(f"You may appeal within 180 days of the date of this letter. If waiting could seriously harm your health, "
           f"ask for an urgent appeal; we answer within 72 hours. Member ID {mid}. Questions: 1-866-555-"
           f"{digits(rng, 4)} (TTY 711).", 10.5)
    p.para(f"Sincerely,\n\nUtilization Management\n{INS}", 10.5)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[ref],
              claim_amount=m2(quoted), service_dates=[span(planned)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [pmr], "claim_amount": [None], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_three_page(rng):
    member, pt, md = people(rng, 3)
    mid = crh(rng)
    dl = dt.date(2026, 3, rng.randint(2, 24))
    nd = plus(dl, rng.randint(40, 55))
    mailed = plus(nd, 3)
    billed = amount(rng, 6100, 7400)
    n = clm(rng)
    lid = f"CRL-{digits(rng, 7)}"
    p = DRSheet(footer="Page {n} of {nb}", running=f"{INS}  |  Letter {lid}  |  {member}  |  Page {{n}} of 3",
                footer_left=f"Mailed {fdate(mailed, 'slash')}   CR-DME-22 (Rev. 03/2026)")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Claims Review")
    p.ln(1)
    for ln in [member, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.pairs([("Decision made on", fdate(nd, "long")), ("Letter", lid), ("Enrollee ID", mid), ("Group", GROUP)],
            label_w=42, size=9.6)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para("We reviewed a claim for equipment delivered to you. We did not pay it as it was sent. This does not "
           "mean you cannot have the equipment: it means the supplier needs to bill it correctly. Page 2 tells you "
           "what happened. Page 3 tells you what you can do.", 10)
    p.para("You should not get a bill for this claim from the supplier while it is being corrected.", 10)
    p.add_page()
    p.heading("What happened", 11.5, rule=True)
    p.para(f"On {fdate(dl, 'long')}, {SUP} delivered a seating system for your power wheelchair, fitted by "
           f"{pt}. The supplier billed us {money(billed)} for it and we are handling the bill under claim "
           f"{n}.", 10)
    p.para("The claim uses the code for a combined system that both tilts the seat and reclines the backrest. The "
           "delivery ticket and the seating clinic's notes describe a system that tilts only; the backrest does "
           "not recline. A tilt-only system has its own code. Because the code on the claim does not describe what "
           "was delivered, we cannot pay it as billed.", 10)
    p.table(["", "Code", "What the code means"], [["On the claim", "E1007", "Power seating system, tilt and "
                                                   "recline combination"],
                                                  ["On the delivery ticket", "E1002", "Power seating system, "
                                                   "tilt only"]], [40, 20, 115.9], size=8.8)
    p.para(f"Our nurse reviewer, {md}, RN, compared the two. We have asked the supplier to send a corrected claim.",
           10)
    p.add_page()
    p.heading("What you can do", 11.5, rule=True)
    p.bullets([
        "You do not need to do anything if the supplier sends a corrected claim.",
        "If you disagree with this decision, you may appeal within 180 days of the date of this letter (the "
        "\"Decision made on\" date on page 1, not the mailing date). Write the letter number on your appeal, for "
        "example: Letter CRL-0000000.",
        "If waiting could seriously harm your health, ask for an urgent appeal. We answer urgent appeals within 72 "
        "hours.",
        "After our final decision you may ask for an external review by an independent reviewer within 4 months.",
    ], 9.6)
    p.para(f"Appeals: {INS}, Appeals Unit, PO Box 6120, Salem OR 97309-{digits(rng, 4)}. Fax 503-555-"
           f"{digits(rng, 4)}. Phone 1-866-555-{digits(rng, 4)} (TTY 711).", 9.4)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dl)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[n, lid]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def clean300_stack(rng):
    member, pt, pmr, md = people(rng, 4)
    mid = crh(rng)
    ev = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 26))
    rep = plus(ev, rng.randint(3, 8))
    se = f"SE-{digits(rng, 5)}"
    p = DRSheet(footer="Page {n} of {nb}", running=f"{CLINIC}  |  Seating evaluation {se}  |  {member}  |  "
                                                   "Page {n} of 2")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(CLINIC, "HSMC", [f"{rng.randint(100, 990)} River Rd S, Salem OR 97302-{digits(rng, 4)}  |  "
                                 f"503-555-{digits(rng, 4)}  |  Fax 503-555-{digits(rng, 4)}"], box="SEATING EVALUATION",
                size=11)
    y = p.get_y()
    p.sidebar([("Evaluation no.", se), ("Date of evaluation", fdate(ev, "long")), ("Report date", fdate(rep, "long"))],
              x=p.w - p.r_margin - 62, y=y, w=62)
    p.set_xy(p.l_margin, y)
    p.pairs([("Client", member), ("Date of birth", fdate(dob(rng), "slash")), ("Insurance", INS),
             ("Member no.", mid), ("Referred by", f"Dr. {pmr}, PM&R"), ("Seen by", f"{pt}, PT, ATP"),
             ("Supplier present", SUP)], label_w=34, size=9.2)
    p.ln(3)
    p.heading("Background", 11)
    p.para("Client has relapsing-progressive multiple sclerosis and uses a manual wheelchair pushed by a family "
           "member outdoors. Client sits 10 to 12 hours a day. Fatigue and spasticity make it harder to lean forward "
           "late in the day. A stage 1 redness over the right ischial area was noted by home health in December "
           "and healed with a new cushion.", 9.6)
    p.heading("Findings", 11)
    p.bullets(["Can lean forward and to each side for 10-15 seconds in the morning; cannot hold a lean after 3 p.m.",
               "Stands with moderate help for transfers; cannot do push-up pressure relief.",
               "Pressure mapping: peak 158 mmHg under the right ischium sitting upright; 62 mmHg at 30 degrees of "
               "tilt."], 9.4)
    p.add_page()
    p.heading("Recommendation", 11)
    p.para("A power wheelchair with a power tilt-in-space seating system (tilt only, 0-45 degrees) is recommended "
           "so that the client can relieve pressure unaided every 30 minutes through the day, when leaning "
           "fails. Recline is not needed. Items: K0861 base, E1002 tilt, E2310 electronics, E2622 cushion.", 9.6)
    p.para(f"Trial: client tilted to 30 degrees unaided using the joystick on {fdate(ev, 'slash')}; could not "
           "relieve pressure without it.", 9.6)
    p.para(f"Signed: {pt}, PT, ATP                     Reviewed: Dr. {pmr}", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[],
                          service_dates=[span(ev)], denial_date=rep.isoformat(), provider=pt, unscored=["insurer"],
                          alternates={"provider": [CLINIC], "denial_date": [ev.isoformat(), None],
                                      "case_numbers": [[se]], "member_id": [None]}))
    nd = plus(rep, rng.randint(55, 75))
    recv = plus(nd, -rng.randint(20, 28))
    apl = f"AP-26-{digits(rng, 6)}"
    pa = f"PA26{digits(rng, 7)}"
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, "Appeals Unit")
    q.line("APPEAL DECISION", 12.5, "B")
    q.ln(1)
    q.capstrip([("Date", fdate(nd, "slash")), ("Appeal no.", apl), ("Request no.", pa), ("Enrollee ID", mid)],
               [34, 46, 48, 51.9])
    q.capstrip([("Enrollee", member), ("Supplier", SUP), ("Item", "E1002 power tilt"),
                ("Appeal received", fdate(recv, "slash"))], [50, 58, 36, 35.9])
    q.ln(3)
    q.para(f"Dear {member}:", 9.8)
    q.para(f"You asked us to look again at our refusal of the power tilt seating system {SUP} asked to supply, "
           f"ordered by Dr. {pmr}. A physical medicine doctor who was not part of the first decision reviewed the "
           "seating evaluation, the home health notes and your letter.", 9.8)
    q.para("**Our decision: we are keeping the refusal.** The evaluation shows you can lean forward and to the sides "
           "by yourself and stand with help, and the one area of redness healed with a new cushion. The records do "
           "not show that powered tilt is needed for you to relieve pressure; the cushion and a schedule of leans, "
           "with help in the late afternoon, were not tried first. The power wheelchair base itself is still "
           "approved.", 9.8)
    q.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may ask for an "
           "external review within 4 months. Urgent appeals are answered within 72 hours.", 9.6)
    q.para(f"Sincerely,\n\nDr. {md}\nMedical Director, Appeals", 9.6)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=member,
                          cases=[apl, pa], denial_date=nd.isoformat(), provider=SUP,
                          appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [pmr], "case_numbers": [[apl], [pa]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_encounters_tilt_row_not_shown_needed", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_supplier_notice_no_approval_labels_right", "fax_standard_g4", [faxstd_supplier(rng)]),
        Item(F + "phone_es_proveedor_fuera_de_red_sin_etiquetas", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_supplier_quote_tilt_system", "rotated", [rotated_quote(rng)]),
        Item(F + "lowres_no_labels_new_chair_inside_five_years", "scan_lowres_150", [lowres_five_years(rng)]),
        Item(F + "photocopy_three_page_letter_tilt_recline_code_for_tilt_only", "photocopy",
             [photocopy_three_page(rng)]),
        Item(F + "clean300_stack_seating_evaluation_then_appeal_upheld_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
