"""An invented commercial plan (Bellwether Ridge Health Plan) recoding emergency department visit levels: the
hospital's facility charge and the emergency physician's visit billed at level 5 (CPT 99285) are paid as level 3
(99283) under the plan's invented emergency visit level policy (the level is set from the diagnoses, tests and
treatment on the claim), with the hospital's statement and its reconsideration request. The CPT codes appear as
themselves; the plan, hospital, physician group, doctors, people, numbers, amounts and the policy are invented.

Documents (8 in 7 files):
- bd_member_eob_four_claims_facility_recoded: the member EOB, a ruled table of four claims from one emergency
  visit (lab, radiology read, physician, facility), the facility claim recoded 99285 -> 99283 (remark R53);
  subscriber, employer group, plan year, a sample amount in the "how to read" box, 72-hour and external review
  limits, the plan's phone and fax next to the facts.
- faxstd_grid_provider_notice_dcn_decoy: the plan's claim adjustment notice to the hospital, label-inside-box
  cells three wide ("Notice issued", "Subscriber No.", "Employer group", "Claim ref.", "Amount charged",
  "Treating facility", "Document control number" as a decoy with NPI and tax ID), rights on page 2.
- phone_spanish_carta_miembro_nivel_urgencias: Spanish member letter about the physician claim, photographed.
- rotated_landscape_hospital_itemized_statement: the hospital's itemized statement on a landscape page, the plan's
  "level recoded" adjustment as a line (denies nothing), fed sideways.
- photocopy_sidebar_letter_to_physician_respond_by: two-column letter to the emergency physician, facts in the
  right-hand sidebar ("Our file", "Certificate #", "Rendering", "Dates of care", "Submitted charges", "Mailed on",
  "Respond by").
- lowres_no_labels_appeal_upheld: the member appeal decision, every fact in sentences, an earlier letter quoted.
- clean_stack_hospital_request_duplex_then_overturned_turned: the hospital's reconsideration request on its letterhead
  (denies nothing), the blank back of its sheet, then the plan's decision paying level 5 (denies nothing) fed
  sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdmb import DMSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "emergency_visit_level_five_recoded_to_level_three_eob"
LANG = "en"
SEED = 352201
PLAN = "Bellwether Ridge Health Plan"
ALT_INS = ["Bellwether Ridge"]
HOSP = "Tamarack Junction Medical Center"
EPG = "Coldwater Flats Emergency Physicians"
EDOCS = ["Rosalind M. Achebe", "Thaddeus K. Lindqvist", "Corinne J. Watanabe"]
CITY = ("Salina", "KS", "674")


def member_id(rng, suffix="01"):
    return f"BRH{digits(rng, 8)}-{suffix}"


def group(rng):
    return f"{digits(rng, 5)}-{digits(rng, 3)}"


def claim(rng):
    return f"E26{digits(rng, 8)}"


def addr(rng):
    return [f"{rng.randint(100, 9800)} {rng.choice(['Ash St', 'N Ohio St', 'Crawford Ave', 'Magnolia Rd'])}",
            f"{CITY[0]} {CITY[1]} {CITY[2]}{rng.randint(1, 99):02d}"]


def head(p: DMSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(3000, 9800)}, Wichita KS 672{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  Fax 316-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


POLICY = ("Under our Emergency Department Visit Level policy (BRHP-RP-041), the level of an emergency visit is set "
          "by the diagnoses, tests and treatment on the claim. The claim showed no CT scan, no IV medicines and no "
          "admission or transfer, which fits a level 3 visit (99283), not a level 5 visit (99285).")


def clean_eob(rng):
    nm = person(rng)[0]
    sub = person(rng)[0]
    m = member_id(rng, "02")
    g = group(rng)
    sd = dt.date(2026, 3, rng.randint(9, 20))
    dos = plus(sd, -rng.randint(24, 40))
    items = [("Lab", "Copper Hills Reference Laboratory", "80053, 85025"),
             ("Radiology read", "Flint Prairie Radiology", "71046"),
             ("ED physician", EPG, "99285"),
             ("ED facility", HOSP, "99285 > 99283")]
    deny = 3
    rows, bills, cl = [], [], []
    for i, (kind, prov, codes) in enumerate(items):
        b = amount(rng, 90, 260) if i < 2 else amount(rng, 720, 980) if i == 2 else amount(rng, 3100, 4200)
        c = claim(rng)
        bills.append(b)
        cl.append(c)
        allowed = round(b * (0.31 if i == deny else 0.55), 2)
        paid = round(allowed * 0.8, 2)
        rows.append([c, prov, codes, fdate(dos, "slash"), money(b, "nosign"), money(b - allowed, "nosign"),
                     money(allowed, "nosign"), money(paid, "nosign"), money(allowed - paid, "nosign"),
                     "R53" if i == deny else ""])
    p = DMSheet(footer="Page {n} of {nb}", footer_left="BRHP-EOB-M 2026")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Subscriber No.:", m[:-3] + "-01"),
                   ("Patient:", nm), ("Patient ID:", m), ("Employer group:", g),
                   ("Plan year:", "01/01/2026 - 12/31/2026")], w=120, size=8.4)
    p.ln(3)
    p.table(["Claim", "Provider", "Codes", "Date of service", "Billed", "Not allowed", "Allowed", "Plan paid",
             "You owe", "Rmk"], rows, [21, 50, 22, 16, 15, 14, 14, 13, 12, 11], size=6.9,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"])
    p.para("**R53** The emergency department visit was billed as level 5 (99285). " + POLICY + " The facility was "
           "paid at the level 3 rate. The amount not allowed is not your responsibility when the hospital is in our "
           "network.", 8.2)
    p.para("**How to read this statement.** Example: if a provider bills $200.00 and the allowed amount is $120.00, "
           "the $80.00 difference is not allowed and you owe only your share of $120.00.", 7.8)
    p.para("**Your right to appeal.** You may appeal a claim decision within 180 days of the date of this statement. "
           "If your health is at risk, ask for an urgent appeal (decided within 72 hours). After our appeal you may "
           "ask for an external review within 4 months. Call Member Services at the number above.", 7.8)
    t = truth("eob", "coding_error", insurer=PLAN, member_id=m, member_name=nm, group=g, cases=[cl[deny]],
              claim_amount=m2(bills[deny]), service_dates=[span(dos)], denial_date=sd.isoformat(), provider=HOSP,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT_INS, "member_id": [m[:-3] + "-01"]})
    return out(p), t


def faxstd_grid(rng):
    nm = person(rng)[0]
    m = member_id(rng)
    g = group(rng)
    nd = dt.date(2026, 4, rng.randint(6, 16))
    dos = plus(nd, -rng.randint(30, 45))
    billed = amount(rng, 3400, 4600)
    c = claim(rng) + "-01"
    fax = (f"{nd.month:02d}/{nd.day:02d}/26 14:{rng.randint(10, 59)} BRHP PROVIDER CLAIMS 316-555-{digits(rng, 4)} "
           f"-> TAMARACK JCT PFS 785-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Provider Claims")
    p.line("CLAIM ADJUSTMENT NOTICE - EMERGENCY DEPARTMENT LEVEL", 9.6, "B")
    p.ln(2)
    p.lvgrid([("Notice issued", fdate(nd, "abbr")), ("Claim ref.", c), ("Document control number", digits(rng, 14)),
              ("Patient", nm), ("Subscriber No.", m), ("Employer group", g),
              ("From - Thru", f"{fdate(dos, 'slash')} - {fdate(dos, 'slash')}"), ("Amount charged", money(billed)),
              ("Treating facility", HOSP), ("NPI", digits(rng, 10)), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}"),
              ("Bill type", "0131"), ("Billed level", "99285 / rev 0450"), ("Paid level", "99283 / rev 0450"),
              ("Adjustment", "CO-150")], cols=3, val=8.2)
    p.para("CO-150  Payer deems the information submitted does not support this level of service. " + POLICY, 7.8)
    p.para("The other lines of this claim (laboratory, pharmacy, supplies) were processed under the contract.", 7.8)
    p.add_page()
    p.band("RECONSIDERATION", 8)
    p.para("You may ask for a reconsideration of this level decision within 90 days of the date of this notice. "
           "Send the complete emergency department record, including triage notes and the physician's medical "
           "decision making. Corrected claims must be received within 180 days of the date of service.", 7.8)
    t = truth("denial_letter", "coding_error", insurer=PLAN, member_id=m, member_name=nm, group=g, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 90).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def phone_spanish(rng):
    nm = person(rng)[0]
    m = member_id(rng)
    nd = dt.date(2026, 4, rng.randint(14, 24))
    dos = plus(nd, -rng.randint(25, 35))
    billed = amount(rng, 760, 990)
    c = claim(rng)
    doc = EDOCS[1]
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 9.6)
    p.ln(2)
    for ln in [nm] + addr(rng):
        p.line(ln, 9.4)
    p.ln(3)
    p.pairs([("Número de identificación", m), ("Número de reclamo", c), ("Médico que lo atendió", f"Dr. {doc}"),
             ("Fecha de la visita", fdate(dos, "long", "es")), ("Cargos presentados", money(billed))],
            label_w=55, size=9.2)
    p.ln(3)
    p.para(f"Estimado(a) {nm}:", 9.6)
    p.para(f"El Dr. {doc}, de {EPG}, facturó su visita a la sala de emergencias como nivel 5 (99285). Según "
           "nuestra política de niveles de visitas de emergencia, el nivel se determina por los diagnósticos, las "
           "pruebas y el tratamiento del reclamo. Pagamos la visita como nivel 3 (99283). Como el médico está en "
           "nuestra red, usted no tiene que pagar la diferencia.", 9.6)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su "
           "salud corre peligro, pida una apelación urgente (72 horas).", 9.4)
    p.para(f"Servicios para Miembros, {PLAN}", 9.4)
    t = truth("denial_letter", "coding_error", insurer=PLAN, member_id=m, member_name=nm, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT_INS, "provider": [EPG]})
    return out(p), t


def rotated_statement(rng):
    nm = person(rng)[0]
    m = member_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 15))
    dos = dt.date(2026, 3, rng.randint(2, 20))
    c = claim(rng)
    lines = [("0450", "99285", "ED visit level 5"), ("0300", "80053", "Comprehensive metabolic panel"),
             ("0300", "85025", "CBC with differential"), ("0320", "71046", "Chest X-ray 2 views"),
             ("0250", "J3490", "Pharmacy - oral medication")]
    amts = [amount(rng, 2600, 3300), amount(rng, 140, 220), amount(rng, 70, 120), amount(rng, 260, 380),
            amount(rng, 12, 40)]
    total = round(sum(amts), 2)
    recode = round(amts[0] * 0.58, 2)
    paid = round((total - recode) * 0.6, 2)
    bal = round(total - recode - paid, 2)
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    p.f(14, "B")
    p.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services  |  {CITY[0]} {CITY[1]}  |  785-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("ITEMIZED STATEMENT - EMERGENCY DEPARTMENT", 10.5, "B")
    p.pairs([("Statement date", fdate(sd, "slash")), ("Guarantor account", f"TJ{digits(rng, 8)}"),
             ("Patient", nm), ("Insurance", f"{PLAN}  ID {m}  Claim {c}")], label_w=40, size=8.6)
    p.ln(2)
    rows = [[fdate(dos, "slash"), rc, cpt, d, "1", money(a, "nosign")] for (rc, cpt, d), a in zip(lines, amts)]
    rows.append([fdate(sd, "slash"), "", "", f"{PLAN} - level recoded 99285 to 99283", "", f"-{recode:,.2f}"])
    rows.append([fdate(sd, "slash"), "", "", f"{PLAN} - payment", "", f"-{paid:,.2f}"])
    p.table(["Date", "Rev code", "CPT/HCPCS", "Description", "Units", "Amount"], rows, [26, 22, 26, 130, 16, 30],
            size=8, aligns=["L", "L", "L", "L", "C", "R"])
    p.pairs([("Total charges", money(total)), ("Adjustments and payments", money(recode + paid)),
             ("Patient balance (deductible / coinsurance)", money(bal))], label_w=80, size=9)
    p.ln(2)
    p.para("Your insurer paid the emergency visit at a lower level than we billed. We have asked your insurer to "
           "reconsider. You are not billed for the recoded amount. Please pay your balance within 30 days.", 8.6)
    t = truth("other", None, insurer=PLAN, member_id=m, member_name=nm, cases=[c], claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [None, m2(amts[0])], "case_numbers": [[]]})
    return out(p), t


def photocopy_sidebar(rng):
    nm = person(rng)[0]
    m = member_id(rng)
    nd = dt.date(2026, 3, rng.randint(9, 19))
    dos = plus(nd, -rng.randint(25, 40))
    rb = plus(nd, 60)
    billed = amount(rng, 780, 1020)
    c = claim(rng)
    doc = EDOCS[0]
    old = plus(nd, -rng.randint(50, 70))
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Payment Integrity")
    for ln in [f"{doc}, MD", EPG, f"{rng.randint(100, 9800)} S Ninth St", f"{CITY[0]} {CITY[1]} 67401"]:
        p.line(ln, 9.4)
    p.ln(4)
    p.line("Emergency visit level review", 11, "B")
    p.ln(2)
    left = [f"Dear Dr. {doc.split()[-1]}:",
            "We reviewed your claim for the emergency department visit shown in the box. You billed level 5 "
            "(99285). " + POLICY,
            "We have paid the visit as 99283. The patient is not responsible for the difference.",
            f"This review is separate from our letter of {fdate(old, 'long')}, which concerned a different patient.",
            "If you disagree, send the emergency department record and your medical decision making note by the "
            "respond-by date. Reviews are done by a board-certified emergency physician."]
    p.side_facts(left, [("Mailed on", fdate(nd, "long")), ("Our file", c), ("Member", nm), ("Certificate #", m),
                        ("Rendering", f"{doc}, MD"), ("Dates of care", fdate(dos, "slash")),
                        ("Submitted charges", money(billed)), ("Billed / paid as", "99285 / 99283"),
                        ("Respond by", fdate(rb, "long")), ("Provider fax", f"785-555-{digits(rng, 4)}")],
                 col_w=52, size=9.2)
    p.para(f"Payment Integrity Unit, {PLAN}. Provider line 1-877-555-{digits(rng, 4)}.", 8.6)
    t = truth("denial_letter", "coding_error", insurer=PLAN, member_id=m, member_name=nm, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=rb.isoformat(), alternates={"insurer": ALT_INS, "provider": [EPG]})
    return out(p), t


def lowres_no_labels(rng):
    nm = person(rng)[0]
    m = member_id(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    old = dt.date(2026, 3, rng.randint(3, 12))
    rec = plus(old, rng.randint(14, 24))
    dos = plus(old, -rng.randint(25, 35))
    billed = amount(rng, 3300, 4500)
    c = claim(rng)
    ap = f"GA-26-{digits(rng, 6)}"
    p = DMSheet(footer="Page {n} of {nb}", serif=True)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Appeals and Grievances")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [nm] + addr(rng):
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {nm}:", 10)
    p.para(f"We received your appeal on {fdate(rec, 'long')}. You asked us to change our decision, explained in our "
           f"letter of {fdate(old, 'long')}, to pay the emergency room visit at {HOSP} on {fdate(dos, 'long')} as a "
           f"level 3 visit instead of level 5. The hospital billed {money(billed)} under claim {c}. Your appeal "
           f"number is {ap}, and your member ID is {m}.", 10)
    p.para("An emergency physician who took no part in the first decision reviewed the hospital record. The record "
           "shows a visit for a sprained ankle with an X-ray and an oral pain medicine, without a CT scan, IV "
           "treatment, admission or transfer. Our Emergency Department Visit Level policy places that visit at "
           "level 3. We are upholding our decision. Because the hospital is in our network, it may not bill you for "
           "the difference.", 10)
    p.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter. Call Member Services at 1-877-555-" +
           digits(rng, 4) + " (TTY 711) with questions.", 10)
    p.para(f"Sincerely,\nAppeals and Grievances, {PLAN}", 10)
    t = truth("denial_letter", "coding_error", insurer=PLAN, member_id=m, member_name=nm, cases=[ap, c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=None, alternates={"insurer": ALT_INS, "case_numbers": [[ap], [c]]})
    return out(p), t


def bd_stack(rng):
    nm = person(rng)[0]
    m = member_id(rng)
    rd = dt.date(2026, 4, rng.randint(2, 12))
    dos = plus(rd, -rng.randint(40, 55))
    billed = amount(rng, 3500, 4700)
    c = claim(rng)
    acct = f"TJ{digits(rng, 8)}"
    director = "Marisela P. Drummond"
    p = DMSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, HOSP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Financial Services - Denials Management  |  785-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.line(fdate(rd, "long"), 9.6)
    p.ln(2)
    for ln in [PLAN, "Provider Reconsiderations", f"PO Box {rng.randint(3000, 9800)}", "Wichita KS 67201"]:
        p.line(ln, 9.4)
    p.ln(3)
    p.re_block([f"Reconsideration request - claim {c}", f"Patient {nm}, ID {m}, date of service {fdate(dos, 'slash')}",
                f"Our account {acct}"], size=9.2)
    p.para("We ask you to reconsider your decision to pay this emergency visit as 99283. The patient arrived with "
           "chest pain, received a CT angiogram of the chest, IV heparin and serial troponins, and was held for "
           f"eight hours before transfer. That is a level 5 visit (99285). Our charges were {money(billed)}. The "
           "emergency department record is enclosed.", 9.6)
    p.para(f"Sincerely,\n{director}\nDenials Management Supervisor", 9.6)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=m, member_name=nm, cases=[c],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=rd.isoformat(),
                          provider=HOSP, alternates={"insurer": [None]}))
    dd = plus(rd, rng.randint(20, 30))
    extra = round(billed * 0.21, 2)
    rc = f"RC{digits(rng, 7)}"
    q = DMSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Provider Reconsiderations")
    q.line("RECONSIDERATION DECISION", 11.5, "B")
    q.ln(1)
    q.lvgrid([("Decision date", fdate(dd, "long")), ("Reference #", rc), ("Claim", c), ("Patient", nm),
              ("Member ID", m), ("Date of service", fdate(dos, "slash")), ("Facility", HOSP),
              ("Charges", money(billed)), ("Additional payment", money(extra))], cols=3)
    q.para("We reviewed the emergency department record you sent. The record shows a CT angiogram, IV medicine and "
           "a transfer, which meet level 5 under our policy. We have reprocessed the claim at 99285 and will send "
           "the additional payment with your next remittance. No further action is needed.", 9.4)
    q.para(f"Provider Reconsiderations, {PLAN}", 9.4)
    doc2 = (out(q), truth("other", None, insurer=PLAN, member_id=m, member_name=nm, cases=[rc, c],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=dd.isoformat(),
                          provider=HOSP, alternates={"insurer": ALT_INS, "case_numbers": [[rc], [c]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_eob_four_claims_facility_recoded", "born_digital", [clean_eob(rng)]),
        Item(F + "faxstd_grid_provider_notice_dcn_decoy", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "phone_spanish_carta_miembro_nivel_urgencias", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_landscape_hospital_itemized_statement", "rotated", [rotated_statement(rng)]),
        Item(F + "photocopy_sidebar_letter_to_physician_respond_by", "photocopy", [photocopy_sidebar(rng)]),
        Item(F + "lowres_no_labels_appeal_upheld", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "clean_stack_hospital_request_duplex_then_overturned_turned", "scan_clean_300", bd_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
