"""An invented commercial plan (Loblolly Ridge Health Plan) refusing a speech generating device for a child: a
tablet with an augmentative and alternative communication (AAC) app, with the vendor's quote. HCPCS E2510,
E2599, E2512, CPT 92607/92609/92507 and CARC codes appear as themselves; the plan, its rules and codes, the
vendor (VoxBridge Communication Devices), the app (TalkTile Pro), every person, number and address are invented.
No file gives its reason in the category's usual words.

Documents (8 in 7 files):
- bd_eob_four_rows_device_row_plan_does_not_include: member EOB (portrait) of four claims: the SGD evaluation,
  device training and a therapy visit paid, the E2510 device row 0.00 with CARC 96 and plan code X41 (the plan's
  equipment list does not include tablets or apps anyone can buy); subscriber parent, DOB, deductible decoys.
- faxstd_ur_boxed_checkbox_records_do_not_show_need: the pre-service determination to the vendor on a standard
  fax, numbered boxes (request no., received date, vendor NPI, ordering pediatrician, evaluating SLP, the vendor's
  quote no. and total), ticked "not approved" and the ticked reason: the records do not show the device is needed
  yet; planned delivery date.
- phone_es_nadie_pidio_aprobacion_dispositivo: Spanish letter to the mother; the device was delivered and billed
  but nobody asked the plan first.
- photocopy_appeal_boxed_vendor_without_contract_upheld: the appeal decision in a box grid, ticked "first
  decision stands"; the vendor has no agreement with the plan and two that do could have supplied it; second level
  within 60 days.
- rotated_vendor_quote_itemized_hcpcs: VoxBridge's quotation (quote no., valid-until date, HCPCS lines, warranty
  not billable, total); denies nothing.
- lowres_prose_claim_code_does_not_match_invoice: no labels; the claim used the code for a dedicated speech
  device, the invoice shows a general tablet with an app; a corrected claim is asked for.
- clean300_stack_therapy_approval_duplex_then_other_parent_plan_upside_down: an approval of speech therapy visits
  (denies nothing), its duplex back, then a letter fed upside down: the other parent's plan has to decide first
  on the mounting system claim (birthday rule).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqb import DQSheet, parent_of, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "pediatric_speech_device_aac_tablet_denial"
LANG = "en"
SEED = 353001
INS = "Loblolly Ridge Health Plan"
ALT = ["Loblolly Ridge"]
PLAN = "LRHP-PPO 2000"
GROUP = "71846-0052"
VENDOR = "VoxBridge Communication Devices"
VENDOR_P = "VoxBridge Communication Devices, Inc."
APP = "TalkTile Pro"
SLP_CLINIC = "Brookvale Pediatric Speech Clinic"


def mid_of(rng):
    return f"LRK{digits(rng, 9)}"


def clm_of(rng):
    return f"LR26-{digits(rng, 7)}"


def kid_dob(rng):
    return dt.date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Raleigh NC 276{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _quote(rng):
    dev = rng.choice([2295.0, 2450.0, 2580.0])
    lines = [("E2510", f"SGD: 10.2-inch tablet with {APP} (licensed)", 1, dev),
             ("E2599", "Protective case with handle and strap", 1, 189.0),
             ("E2599", "Keyguard, 60-location grid", 1, 145.0),
             ("E2512", "Wheelchair / table mounting system", 1, rng.choice([395.0, 420.0]))]
    return lines


def bd_eob(rng):
    child, slp = people(rng, 2)
    parent = parent_of(rng, child, [slp])
    mid = mid_of(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    base = plus(sd, -rng.randint(45, 60))
    dev = amount(rng, 2900, 3500)
    src = [(base, SLP_CLINIC, "92607 SGD eval, first hour", amount(rng, 260, 340)),
           (plus(base, 2), SLP_CLINIC, "92608 SGD eval, addl 30 min", amount(rng, 110, 150)),
           (plus(base, 21), VENDOR, "E2510 Speech gen. device", dev),
           (plus(base, 28), SLP_CLINIC, "92609 Device training", amount(rng, 150, 210))]
    deny = 2
    rows, claims = [], []
    for i, (d, pv, svc, c) in enumerate(src):
        n = clm_of(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00", "0.00", "96/X41"])
        else:
            al = round(c * rng.uniform(0.55, 0.75), 2)
            you = round(al * 0.2, 2)
            rows.append([n, fdate(d, "short"), pv, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "45"])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("This is not a bill. Keep it with your records.", 8.5)
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Patient", child), ("Member ID", mid), ("Statement date", fdate(sd, "abbr"))],
               [W * 0.4, W * 0.3, W * 0.3])
    p.capstrip([("Subscriber", parent), ("Group", GROUP), ("Plan", PLAN)], [W * 0.4, W * 0.3, W * 0.3])
    p.capstrip([("Patient date of birth", fdate(kid_dob(rng), "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Family deductible met", "$1,850.00 of $3,000.00")], [W * 0.3, W * 0.3, W * 0.4])
    p.ln(3)
    p.table(["Claim no.", "Date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Code"],
            rows, [22, 14, 46, 42, 15, 14, 14, 13, 11.9], size=7.0,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 45: the charge is more than the amount the provider agreed to take. 96: the charge is not "
           f"payable under this plan. X41: the item billed is a tablet computer with the {APP} program loaded on "
           "it. Your plan's list of medical equipment pays for devices made only for a medical use; a tablet and "
           "apps that anyone can buy in a store are left out of your plan (Certificate of Coverage, section 7.4).",
           8.4)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. An urgent appeal is decided "
           "within 72 hours. You may ask for an external review within 4 months of our final decision.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=child,
              cases=[claims[deny]], claim_amount=m2(dev), service_dates=[span(src[deny][0])],
              denial_date=sd.isoformat(), provider=VENDOR, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def faxstd_ur(rng):
    child, ped, slp, md = people(rng, 4)
    parent = parent_of(rng, child, [ped, slp, md])
    mid = mid_of(rng)
    nd = dt.date(2026, 3, rng.randint(10, 26))
    rcv = plus(nd, -rng.randint(6, 12))
    deliver = plus(nd, rng.randint(10, 20))
    req = f"UR26-{digits(rng, 6)}"
    lines = _quote(rng)
    qtot = round(sum(q * u for _, _, q, u in lines), 2)
    fax = (f"{nd.strftime('%b %d %Y').upper()} 14:{rng.randint(10, 59)}  LOBLOLLY RIDGE UM  919-555-"
           f"{digits(rng, 4)}  ->  VOXBRIDGE INTAKE  PG {{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.line("PRE-SERVICE REVIEW DETERMINATION  -  DURABLE MEDICAL EQUIPMENT", 12, "B")
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    p.nboxes([("A. Determination date", fdate(nd, "slash"), W * 0.25), ("B. Request no.", req, W * 0.25),
              ("C. Request received", fdate(rcv, "slash"), W * 0.25), ("D. Letter ID", f"LT{digits(rng, 9)}",
                                                                      W * 0.25)])
    p.nboxes([("E. Patient", child, W * 0.35), ("F. Date of birth", fdate(kid_dob(rng), "slash"), W * 0.2),
              ("G. Member ID", mid, W * 0.25), ("H. Group", GROUP, W * 0.2)])
    p.nboxes([("J. Subscriber", parent, W * 0.35), ("K. Requesting supplier", VENDOR_P, W * 0.45),
              ("L. Supplier NPI", digits(rng, 10), W * 0.2)])
    p.nboxes([("M. Ordering physician", f"Dr. {ped}", W * 0.35), ("N. Evaluating SLP", f"{slp}, CCC-SLP", W * 0.35),
              ("P. Planned delivery", fdate(deliver, "slash"), W * 0.3)])
    p.nboxes([("Q. Items (HCPCS)", "E2510, E2599 x2, E2512", W * 0.4), ("R. Supplier quote no.",
                                                                       f"Q-{digits(rng, 5)}", W * 0.3),
              ("S. Quote total", money(qtot), W * 0.3)])
    p.ln(3)
    p.ticks("1. Determination", [(False, "Approved as requested"), (False, "Approved in part (see below)"),
                                 (True, "Not approved")])
    p.ticks("2. Reason (the marked box applies)", [
        (False, "The plan needed to be asked before the item was supplied, and it was not."),
        (True, "The records sent to us do not show that this device is needed at this time."),
        (False, "This item is not part of the member's benefits."),
        (False, "The member's coverage was not in effect on the date of service."),
        (False, "Another plan must decide first.")])
    p.para(f"**3. Clinical explanation.** The speech-language evaluation by {slp} tried the {APP} tablet in one "
           "45-minute session. The report does not describe a trial of lower-tech choices such as a picture "
           "exchange book or a single-message device, does not show the child used the tablet to make requests "
           "across more than one setting, and has no plan for who will program it. Our guideline DME-41 asks for "
           "these before a device like this is paid. A new request with a trial of at least 30 days may be sent.",
           8.6)
    p.para("**4. Appeal.** The member, the ordering physician or the supplier with the member's consent may appeal "
           "within 180 days of the date of this notice. A peer-to-peer call may be asked for within 5 business "
           "days. Urgent appeals are decided within 72 hours.", 8.4)
    p.para(f"Reviewer: Dr. {md}, Medical Director  |  Fax 919-555-{digits(rng, 4)}", 8.2)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=child,
              cases=[req], service_dates=[span(deliver)], denial_date=nd.isoformat(), provider=VENDOR,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ped], "service_dates": [[]], "claim_amount": [m2(qtot)]})
    return out(p), t


def phone_es(rng):
    child, ped = people(rng, 2)
    parent = parent_of(rng, child, [ped])
    mid = mid_of(rng)
    dos = dt.date(2026, 2, rng.randint(3, 25))
    nd = plus(dos, rng.randint(40, 55))
    clm = clm_of(rng)
    billed = round(sum(q * u for _, _, q, u in _quote(rng)), 2)
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("DECISIÓN SOBRE UN RECLAMO", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", clm), ("Número de miembro", mid)])
    p.capstrip([("Paciente", child), ("Suscriptor(a)", parent), ("Cantidad facturada", money(billed))])
    p.ln(3)
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.8)
    p.para(f"{VENDOR_P} nos envió un reclamo por el dispositivo para hablar (una tableta con el programa {APP}) "
           f"que le entregó a su hijo(a) {child} el {fdate(dos, 'long', 'es')}. La Dra. {ped}, pediatra de su "
           "hijo(a), lo recetó.", 9.8)
    p.para("No vamos a pagar este reclamo. Su plan pide que alguien nos pida permiso antes de entregar un equipo "
           "de este tipo. Nadie nos pidió aprobación antes de la entrega: ni la compañía ni la doctora. La compañía "
           "no le puede cobrar a usted por esta razón. Si quiere que revisemos el equipo ahora, la compañía puede "
           "enviarnos el pedido con la evaluación de terapia del habla.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Una apelación urgente se decide en "
           "72 horas. Puede pedir una revisión externa dentro de 4 meses después de nuestra decisión final.", 9.4)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=VENDOR,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [ped]})
    return out(p), t


def photocopy_appeal(rng):
    child, ped, md, coord = people(rng, 4)
    parent = parent_of(rng, child, [ped, md, coord])
    mid = mid_of(rng)
    nd = dt.date(2026, 6, rng.randint(2, 19))
    dos = plus(nd, -rng.randint(75, 95))
    rcv = plus(nd, -rng.randint(18, 27))
    apl = f"GA-{digits(rng, 8)}"
    clm = clm_of(rng)
    billed = round(sum(q * u for _, _, q, u in _quote(rng)), 2)
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Decision date", fdate(nd, "long")), ("Appeal no.", apl), ("Claim no.", clm)],
            [("Patient", child), ("Member ID", mid), ("Subscriber", parent)],
            [("Group", GROUP), ("Appeal received", fdate(rcv, "slash")), ("Billed", money(billed))],
            [("Supplier", VENDOR), ("Date supplied", fdate(dos, "slash")), ("Prescriber", f"Dr. {ped}")]], size=8.6)
    p.ticks("Outcome", [(False, "Overturned - the claim will be paid"), (False, "Partly overturned"),
                        (True, "Upheld - the first decision stands")], size=9)
    p.para(f"You asked us to pay {VENDOR} for your child's speech device. The device itself was approved by our "
           f"reviewers before it was supplied, under the approval given to Brookline Mobility Supply. "
           f"{VENDOR} has no agreement with {INS} to supply equipment to our members, and two companies that do "
           "(Brookline Mobility Supply and Tar River Home Medical) carry the same device and app. Your plan pays "
           "for equipment from a company outside our list only when none on the list can supply it, and that was "
           "not the case here.", 9.2)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may also ask for an external review within 4 months. An urgent appeal is decided within 72 hours.", 9.2)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director\nPrepared by {coord}, Appeals Coordinator", 9)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=child,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=VENDOR, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[apl], [clm]]})
    return out(p), t


def rotated_quote(rng):
    child, ped, slp = people(rng, 3)
    parent = parent_of(rng, child, [ped, slp])
    mid = mid_of(rng)
    qd = dt.date(2026, 2, rng.randint(2, 25))
    lines = _quote(rng)
    rows, total = [], 0.0
    for code, desc, q, u in lines:
        a = round(q * u, 2)
        total += a
        rows.append([code, desc, str(q), money(u, "nosign"), money(a, "nosign")])
    total = round(total, 2)
    rows.append(["-", "Extended 3-year warranty (not billed to insurance)", "1", "199.00", "0.00"])
    rows.append(["", "TOTAL TO BE BILLED TO INSURANCE", "", "", money(total)])
    qn = f"Q-{digits(rng, 5)}"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(VENDOR_P, "VXB", [f"{rng.randint(100, 9800)} Industry Dr, Cary NC 275{rng.randint(10, 99)}  |  "
                                  f"Funding team 919-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"],
                box="QUOTATION", size=11.5)
    p.addr_pair("Prepared for", [parent, f"for {child}", *address(rng)], "Prescriber",
                [f"Dr. {ped}", "Oakmont Children's Clinic", f"Evaluating SLP: {slp}"])
    p.grid([[("Quote date", fdate(qd, "slash")), ("Quote no.", qn), ("Valid until", fdate(plus(qd, 60), "slash"))],
            [("Insurance", INS), ("Member ID", mid), ("Prior approval", "To be requested by VoxBridge")]],
           size=8.4)
    p.table(["HCPCS", "Description", "Qty", "Unit price", "Amount"], rows, [18, 100, 12, 24, 25.9], size=8.5,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"The device is a 10.2-inch tablet locked to {APP}, so that it can be used only as a speech device. "
           "Our funding team will send the physician's order, the speech-language evaluation and this quote to your "
           "insurance for approval before we deliver. Your share will depend on your plan's deductible and "
           "coinsurance.", 8.8)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(total),
              denial_date=qd.isoformat(), provider=VENDOR, unscored=["insurer"],
              alternates={"member_id": [None], "claim_amount": [None], "provider": [ped]})
    return out(p), t


def lowres_prose(rng):
    child = people(rng, 1)[0]
    parent = parent_of(rng, child, [])
    mid = mid_of(rng)
    dos = dt.date(2026, 3, rng.randint(2, 27))
    nd = plus(dos, rng.randint(30, 45))
    clm = clm_of(rng)
    ref = f"CC{digits(rng, 8)}"
    billed = amount(rng, 2700, 3300)
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {parent}:", 10)
    p.para(f"We received a bill from {VENDOR_P} for {money(billed)} for the speech device delivered to your child, "
           f"{child}, on {fdate(dos, 'long')}. Our claim number is {clm}.", 10)
    p.para("We have not paid the bill yet, and we need the company to fix it. The bill lists the item under the "
           f"code for a device built only for speech. The invoice sent with it shows a store-bought tablet with the "
           f"{APP} program added, which is billed under other codes. The code on the bill does not match what was "
           "delivered, so we cannot process it as sent. We have asked the company to send a corrected bill. You do "
           "not need to do anything, and the company may not bill you while this is open.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Please use our reference "
           f"no. {ref} when you call 1-888-555-{digits(rng, 4)} (TTY 711). The member ID on file is {mid}.", 10)
    p.para(f"Sincerely,\nClaims Department\n{INS}", 10)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=child, cases=[clm, ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=VENDOR,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[clm], [ref]]})
    return out(p), t


def clean300_stack(rng):
    child, slp = people(rng, 2)
    parent = parent_of(rng, child, [slp])
    mid = mid_of(rng)
    ad = dt.date(2026, 7, rng.randint(1, 10))
    start, end = plus(ad, 5), plus(ad, 5 + 181)
    auth = f"AU{digits(rng, 9)}"
    p = DQSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.line("APPROVAL NOTICE", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Patient", child), ("Member ID", mid), ("Authorization", auth),
             ("Provider", SLP_CLINIC), ("Therapist", f"{slp}, CCC-SLP"),
             ("Approved", "92507 speech therapy, 24 visits; 92609 device training, 4 visits"),
             ("Approved dates", f"{fdate(start, 'slash')} to {fdate(end, 'slash')}")], label_w=44, size=9.4)
    p.ln(2)
    p.para("We approved these visits. Your child's therapist will ask us if more are needed.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
                          service_dates=[span(start, end)], denial_date=ad.isoformat(), provider=SLP_CLINIC,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [slp]}))
    other_parent = parent_of(rng, child, [parent, slp])
    nd = plus(ad, rng.randint(12, 20))
    dos = plus(nd, -rng.randint(25, 40))
    clm = clm_of(rng)
    billed = rng.choice([395.0, 420.0])
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM DECISION", 12.5, "B")
    q.pairs([("Date", fdate(nd, "slash")), ("Claim #", clm), ("Patient", child), ("Member ID", mid),
             ("Subscriber", parent), ("Group", GROUP), ("Supplier", VENDOR_P),
             ("Item", "E2512 mounting system for speech device"), ("Date supplied", fdate(dos, "slash")),
             ("Billed", money(billed))], label_w=40, size=9.3)
    q.ln(2)
    q.para(f"We are not paying this claim now. Our records show that {child} is also covered under a plan through "
           f"{other_parent}'s employer (Juniper Crossing Foods, policy JCF-{digits(rng, 7)}). Because "
           f"{other_parent.split()[0]}'s birthday comes earlier in the year, that plan has to decide on the claim "
           "first. Please ask the supplier to send the claim to that plan, then send us its explanation of "
           "benefits; we will look at what is left.", 9.4)
    q.para("If our records are wrong, call us or send a completed Other Coverage Form (LR-OC-2). You may appeal "
           "within 180 days of the date of this letter.", 9.4)
    doc2 = (out(q), truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=mid, member_name=child,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=VENDOR, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_rows_device_row_plan_does_not_include", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_ur_boxed_checkbox_records_do_not_show_need", "fax_standard_g4", [faxstd_ur(rng)]),
        Item(F + "phone_es_nadie_pidio_aprobacion_dispositivo", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_appeal_boxed_vendor_without_contract_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "rotated_vendor_quote_itemized_hcpcs", "rotated", [rotated_quote(rng)]),
        Item(F + "lowres_prose_claim_code_does_not_match_invoice", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "clean300_stack_therapy_approval_duplex_then_other_parent_plan_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
