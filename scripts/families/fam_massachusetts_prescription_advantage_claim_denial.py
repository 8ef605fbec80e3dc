"""Notices mirrored (structure and plain wording style only) from Massachusetts's Prescription Advantage, the state
pharmacy assistance program that pays after a member's Medicare Part D plan (the Executive Office of Elder Affairs
and Prescription Advantage appear as themselves, as the letterhead issuer; Medicare Part D, SHINE and NCPDP-style
reject wording as themselves). Every pharmacy, Part D plan, prescriber, pharmacist, reviewer, representative,
person, number, time limit and address is invented. Reasons are in the writer's own words; most letters name four
or more people or organisations and print three or more differently captioned numbers.

Documents (8 in 7 files):
- faxstd_reimbursement_form_part_d_not_billed_first: a standard-fax claim decision caption form on a member's
  reimbursement request for two cash fills: the Part D plan was never billed first (other); Rx numbers, the Part D
  ID, NPIs and a confirmation number as decoys, the Part D plan's 65-day limit and 72 hours as decoy limits.
- born_digital_member_claims_statement_four_fills_one_excluded_drug: a landscape member statement of four fills
  with total cost, Part D paid, program paid and you-paid columns and a totals row; one fill (a hair-growth drug)
  refused as a drug the program never covers (not_covered).
- photocopy_letter_enrollment_ended_unpaid_premium: a letter refusing a fill made after enrollment ended for an
  unpaid premium (eligibility); the refused amount only in a sentence, "by <date>" deadline, premium invoice and
  payment confirmation as decoys.
- lowres_letter_to_daughter_reimbursement_request_too_late: a 150 dpi letter to a daughter (authorized
  representative) refusing her mother's reimbursement request sent after the program's limit (timely_filing);
  the pharmacy only in a sentence, "no later than 90 calendar days after you receive this letter".
- phone_es_dos_columnas_falta_autorizacion_previa: a photographed Spanish two-column letter: the prescriber never
  asked the Part D plan for the prior approval, so the program pays nothing either (prior_authorization); amount
  "US$ 1.234,50", "dentro de 60 días".
- rotated_reimbursement_approved_check_enclosed: an approval of a reimbursement request fed sideways (denies
  nothing); check number and pharmacy receipt number as decoys.
- clean_stack_cover_quantity_review_then_duplicate_claim_sideways: a fax cover sheet, a letter refusing a quantity
  above what the reviewer found needed (medical_necessity), then (fed sideways) a letter refusing a fill the
  pharmacy sent twice (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "massachusetts_prescription_advantage_claim_denial"
LANG = "en"
SEED = 354701
INS = "Prescription Advantage"
ALT = ["Executive Office of Elder Affairs", "Massachusetts Executive Office of Elder Affairs",
       "Massachusetts Prescription Advantage"]
PHARM = ["Quillhaven Pharmacy", "Marblehead Lane Drug", "Corbin Street Apothecary", "Tessaly Square Pharmacy",
         "Ashgrove Community Pharmacy"]
PARTD = ["Wyndcrest Medicare Rx Basic", "Halloway Senior Rx Plus (PDP)", "Bayfern Part D Value"]


def address(rng):
    town, z = rng.choice([("Worcester", "016"), ("Springfield", "011"), ("Lowell", "018"), ("Pittsfield", "012"),
                          ("Brockton", "023"), ("Fall River", "027"), ("Framingham", "017")])
    return [f"{rng.randint(12, 980)} {rng.choice(['Elm St', 'Pleasant St', 'Summer Ave', 'Chestnut Hill Rd', 'Maple Ter'])}",
            f"{town} MA {z}{rng.randint(10, 99)}"]


def mid(rng):
    return f"PA{digits(rng, 7)}-{rng.randint(10, 99)}"


def clm(rng):
    return f"PAC26-{digits(rng, 7)}"


def rx(rng):
    return digits(rng, 7)


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1938, 1960), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Customer Service Center", es=False):
    p.f(14, "B")
    p.cell(0, 7, "Prescription Advantage", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4, ("Programa de la Oficina Ejecutiva de Asuntos de Personas Mayores (Executive Office of Elder "
                  "Affairs)" if es else "A program of the Massachusetts Executive Office of Elder Affairs"),
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Worcester MA 01613-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_part_d_first(rng):
    member, doc, rph, rev = people(rng, 4)
    ph_ = rng.choice(PHARM)
    pd_ = rng.choice(PARTD)
    m = mid(rng)
    f1 = dt.date(2026, 3, rng.randint(2, 12))
    f2 = plus(f1, 30)
    nd = plus(f2, rng.randint(20, 30))
    rcv = plus(nd, -rng.randint(8, 14))
    req = f"RR-26-{digits(rng, 5)}"
    c = clm(rng)
    a1 = amount(rng, 180, 320)
    a2 = a1
    tot = round(a1 + a2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  PRESC ADVANTAGE CLAIMS  {phone(rng, '508')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Member Reimbursement Unit")
    p.title_bar("REIMBURSEMENT CLAIM DECISION", "Form PA-RCD-2 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DATE", fdate(nd, "slash")), ("MEMBER", member), ("MEMBER ID", m),
                 ("DOB", fdate(dob(rng), "slash"))], [32, 62, 44, W - 138])
    p.form_band([("REQUEST NO.", req), ("CLAIM NO.", c), ("REQUEST RCVD", fdate(rcv, "slash")),
                 ("CONFIRMATION", f"C{digits(rng, 8)}")], [40, 46, 40, W - 126])
    p.form_band([("PRESCRIBER", f"Dr. {doc}"), ("PRESCRIBER NPI", npi(rng)), ("DISPENSING PHARMACY", ph_),
                 ("PHARMACY NPI", npi(rng))], [50, 34, 62, W - 146])
    p.form_band([("PART D PLAN", pd_), ("PART D MEMBER ID", f"R{digits(rng, 9)}"), ("AMT YOU PAID", money(tot))],
                [80, 50, W - 130])
    p.ln(2)
    drug = rng.choice(["Eliquis 5 mg tab", "Xarelto 20 mg tab", "Januvia 100 mg tab"])
    p.table(["Rx #", "Fill date", "Drug", "Qty / days", "Amount you paid", "Program share", "Code"],
            [[rx(rng), fdate(f1, "slash"), drug, "60 / 30", money(a1, "nosign"), "0.00", "P41"],
             [rx(rng), fdate(f2, "slash"), drug, "60 / 30", money(a2, "nosign"), "0.00", "P41"],
             ["", "", "Total", "", money(tot, "nosign"), "0.00", ""]],
            [26, 24, 44, 22, 30, 28, W - 174], size=8.4, aligns=["L", "L", "L", "C", "R", "R", "C"], bold_last=True)
    p.para(f"**P41.** You paid the full cash price at {ph_} and sent us the receipts. Prescription Advantage pays "
           f"after your Medicare drug plan, not in its place. {pd_} was never billed for these fills, so we "
           "cannot tell what your share would have been. Ask the pharmacy to bill your Part D plan, or send the "
           "receipts to the Part D plan, then send us its Explanation of Benefits with a new request.", 8.8)
    p.para(f"Pharmacist on the receipts: {rph}, RPh. Decision made by {rev}, reimbursement reviewer.", 8.6)
    p.para("**Your right to appeal.** Ask for a review in writing within 60 days of the date on this notice. If "
           "waiting could seriously harm your health, call us: we decide fast reviews within 72 hours. Appeals of "
           "your Part D plan's own decisions go to the Part D plan within 65 days of its notice.", 8.6)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[req, c],
              claim_amount=m2(tot), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
              provider=ph_, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[c], [req]]},
              type_alternates=["eob"])
    return out(p), t


def bd_statement(rng):
    member, d1, d2, d3 = people(rng, 4)
    m = mid(rng)
    pd_ = rng.choice(PARTD)
    ph1, ph2 = rng.sample(PHARM, 2)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    fills = sorted(plus(sd, -rng.randint(10, 45)) for _ in range(4))
    specs = [("Atorvastatin 40 mg", d1, ph1, 42, 90, False), ("Finasteride 1 mg", d2, ph2, 60, 95, True),
             ("Metformin ER 500 mg", d1, ph1, 28, 60, False), ("Trelegy Ellipta 100", d3, ph1, 560, 690, False)]
    rows, den = [], None
    tots = [0.0] * 4
    for fdt, (drug, doc, ph_, lo, hi, refused) in zip(fills, specs):
        c = clm(rng)
        cost = amount(rng, lo, hi)
        if refused:
            vals = [cost, 0.0, 0.0, cost]
            code = "X9"
            den = (c, fdt, cost, doc, ph_)
        else:
            pdp = round(cost * 0.75, 2)
            pap = round((cost - pdp) * 0.6, 2)
            vals = [cost, pdp, pap, round(cost - pdp - pap, 2)]
            code = "01"
        tots = [a + b for a, b in zip(tots, vals)]
        rows.append([c, rx(rng), fdate(fdt, "short"), drug, ph_, f"Dr. {doc}"] + [money(v, "nosign") for v in vals]
                    + [code])
    rows.append(["TOTALS", "", "", "", "", ""] + [money(v, "nosign") for v in tots] + [""])
    p = DTSheet(footer="Page {n} of {nb}", footer_left="PA-MCS (01/2026)")
    p.set_margins(10, 11, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("MEMBER CLAIMS STATEMENT  -  THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("STATEMENT DATE", fdate(sd, "long")),
                ("PART D PLAN", pd_), ("PLAN YEAR", "01/01/2026 - 12/31/2026")], [50, 38, 40, 70, 59.4])
    p.ln(3)
    p.table(["Claim no.", "Rx #", "Filled", "Drug", "Pharmacy", "Prescriber", "Total cost", "Part D paid",
             "Program paid", "You paid", "Code"], rows, [29, 17, 16, 32, 42, 36, 19, 19, 20, 17, 10.4], size=7.3,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True)
    c, fdt, cost, doc, ph_ = den
    p.para("**Codes.** 01: paid after your Part D plan. X9: no payment. This medicine is used for hair loss. "
           "Medicare drug plans may not cover drugs used for hair growth, and Prescription Advantage covers only "
           "drugs your Part D plan could cover, so neither paid. The full cost is yours.", 8.2)
    p.para(f"Your 2026 out-of-pocket limit: {money(rng.choice([2050, 2960, 3920]))}. Spent so far this plan year: "
           f"{money(amount(rng, 300, 900))}. If you think a code is wrong, write to us within sixty (60) days of the "
           "statement date. Fast reviews: 72 hours.", 8.2)
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[c], claim_amount=m2(cost),
              service_dates=[fdt.isoformat()], denial_date=sd.isoformat(), provider=ph_,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_lapsed(rng):
    member, doc, case_mgr, sig = people(rng, 4)
    ph_ = rng.choice(PHARM)
    m = mid(rng)
    end = dt.date(2026, 3, 31)
    fill = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(fill, rng.randint(18, 28))
    dl = plus(nd, 60)
    c = clm(rng)
    cost = amount(rng, 140, 260)
    inv = f"PRM-{digits(rng, 6)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Enrollment and Premium Billing")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Re", "Pharmacy claim not paid"), ("Member ID", m), ("Claim number", c),
             ("Premium invoice", inv), ("Last payment confirmation", f"CNF{digits(rng, 7)}")], label_w=52, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(fill, 'long')}, {ph_} filled a prescription for you written by Dr. {doc} and sent the claim "
           f"to us. The pharmacy charged {money(cost)}. We did not pay any of it.", 10)
    p.para(f"Your Prescription Advantage enrollment ended on {fdate(end, 'long')}. The premiums billed on invoice "
           f"{inv} for January through March were not paid, and the grace period we told you about in our earlier "
           "letters ran out. A fill after your enrollment ended is not one we can help pay for. Your Medicare Part "
           "D plan's share is not affected by this letter.", 10)
    p.para(f"{case_mgr}, a case manager in our premium unit, can tell you how to enroll again; a SHINE counselor "
           "can also help you free of charge.", 10)
    p.bar("IF YOU DISAGREE", 9.4)
    p.para(f"You may ask us to review this decision. Your written request must reach us by {fdate(dl, 'long')}. "
           "If you ask for a fast review because waiting could harm your health, we answer within 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Sincerely,\n{sig}\nPrescription Advantage", 9.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[c],
              claim_amount=m2(cost), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph_,
              appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def lowres_late(rng):
    mother, daughter, doc, sig = people(rng, 4)
    ph_ = rng.choice(PHARM)
    m = mid(rng)
    fill = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(fill, rng.randint(190, 205))
    nd = plus(rec, rng.randint(6, 12))
    req = f"RR-26-{digits(rng, 5)}"
    cost = amount(rng, 95, 210)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Member Reimbursement Unit")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, f"Authorized representative for {mother}", *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"We received your request for reimbursement on {fdate(rec, 'slash')}, reference {req}, for a "
           f"prescription your mother, {mother} (member ID {m}), paid for herself at {ph_} on "
           f"{fdate(fill, 'long')}. Dr. {doc} wrote the prescription (pharmacy receipt no. {digits(rng, 8)}). "
           f"The receipt shows {money(cost)}.", 10)
    p.para("A member who pays for a covered prescription may ask us to pay back our share, but the request has to "
           "reach us within 180 days after the prescription is filled. Yours came after that, and nothing in it "
           "explains the delay, so we will not pay it.", 10)
    p.para("If your mother was in the hospital or could not send the request in time for another good reason, tell "
           "us. You may ask for a review no later than 90 calendar days after you receive this letter. Fast "
           f"reviews (72 hours) are for urgent drug needs only. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Reimbursement Unit", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=mother, cases=[req],
              claim_amount=m2(cost), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph_,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "appeal_deadline": [None]})
    return out(p), t


def es_amt(v):
    return "US$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def phone_es(rng):
    member, doc, rph, sig = people(rng, 4)
    ph_ = rng.choice(PHARM)
    pd_ = rng.choice(PARTD)
    m = mid(rng)
    fill = dt.date(2026, 4, rng.randint(3, 24))
    nd = plus(fill, rng.randint(14, 24))
    c = clm(rng)
    cost = amount(rng, 1100, 1800)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Centro de Servicio al Cliente", es=True)
    p.title_bar("AVISO SOBRE SU RECLAMO DE FARMACIA")
    y0 = p.get_y()
    colw = 112
    yb = p.sidebar([("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de miembro", m),
               ("Número de reclamo", c), ("Receta (Rx) núm.", rx(rng)), ("Fecha en que se surtió", fdate(fill, "dmy", "es")),
               ("Farmacia", ph_), ("Médico que recetó", f"Dr. {doc}"), ("Plan de la Parte D", pd_),
               ("Importe (sistema)", money(cost, "nosign"))], p.w - p.r_margin - 62, y0, 62, title="Datos del reclamo",
              size=8.2)
    p.set_xy(p.l_margin, y0)
    for ln in [member, *address(rng)]:
        p.set_x(p.l_margin)
        p.cell(colw, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.col_para(f"Estimado(a) {member}:", colw, 9.8)
    p.col_para(f"El {fdate(fill, 'long', 'es')}, {ph_} le surtió un medicamento que recetó el Dr. {doc}. El costo "
               f"total fue de {es_amt(cost)}. Prescription Advantage no pagará su parte de este reclamo.", colw, 9.8)
    p.col_para(f"Su plan de la Parte D, {pd_}, pide una autorización previa para este medicamento. El médico que "
               "recetó tiene que pedirla al plan antes de surtirlo. Nadie la pidió, y Prescription Advantage sigue "
               "las reglas de su plan de la Parte D. El farmacéutico, " + rph + ", se lo explicó en la farmacia.",
               colw, 9.8)
    p.col_para("Pida a su médico que solicite la autorización. Si el plan la aprueba, la farmacia puede volver a "
               "enviar el reclamo.", colw, 9.8)
    p.set_y(max(p.get_y(), yb + 2))
    p.bar("SUS DERECHOS", 9.2)
    p.col_para("Puede pedir una revisión dentro de 60 días a partir de la fecha de este aviso. Si su salud corre "
               "peligro, pida una revisión rápida: respondemos en 72 horas. Para apelar una decisión de su plan de "
               f"la Parte D, siga las instrucciones de ese plan. Llame al {phone(rng)} (TTY 711).", colw, 9.4)
    p.col_para(f"Atentamente,\n{sig}", colw, 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[c],
              claim_amount=m2(cost), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [ph_]})
    return out(p), t


def rotated_approval(rng):
    member, doc, sig = people(rng, 3)
    ph_ = rng.choice(PHARM)
    m = mid(rng)
    f1 = dt.date(2026, 5, rng.randint(2, 20))
    nd = plus(f1, rng.randint(30, 40))
    req = f"RR-26-{digits(rng, 5)}"
    cost = amount(rng, 120, 240)
    pay = round(cost * 0.4, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Member Reimbursement Unit")
    p.title_bar("YOUR REIMBURSEMENT REQUEST IS APPROVED")
    p.grid([[("Date", fdate(nd, "abbr")), ("Member", member), ("Member ID", m)],
            [("Request no.", req), ("Check no.", digits(rng, 6)), ("Pharmacy receipt", f"R-{digits(rng, 7)}")],
            [("Filled", fdate(f1, "abbr")), ("Pharmacy", ph_), ("Prescriber", f"Dr. {doc}")]], size=8.8)
    p.table(["Item", "Amount"], [["Amount you paid at the pharmacy", money(cost)],
                                 ["Your Part D plan's share (from its EOB)", money(round(cost * 0.3, 2))],
                                 ["Program share paid to you", money(pay)]], [120, 55], size=9,
            aligns=["L", "R"], bold_last=True)
    p.para("We approved your request. The check for the program share is enclosed. Keep this notice with your "
           "tax records. Questions: " + phone(rng) + " (TTY 711).", 9.6)
    p.para(f"{sig}, Member Reimbursement Unit", 9.6)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[req], claim_amount=m2(cost),
              service_dates=[f1.isoformat()], denial_date=nd.isoformat(), provider=ph_,
              alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[]]})
    return out(p), t


def clean_stack(rng):
    member, doc, rph, md, sig = people(rng, 5)
    ph_ = rng.choice(PHARM)
    m = mid(rng)
    fill = dt.date(2026, 2, rng.randint(3, 20))
    nd = plus(fill, rng.randint(20, 30))
    c = clm(rng)
    rv = f"QLR-{digits(rng, 6)}"
    cost = amount(rng, 380, 620)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.rpairs([(m, "Member ID"), (c, "Claim"), (rv, "Review number"), (rx(rng), "Rx #"),
              (npi(rng), "Prescriber NPI")], val_w=50, size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"{ph_} filled a 30-day supply of sumatriptan 100 mg tablets for you on {fdate(fill, 'long')}, 27 "
           f"tablets instead of the 9 a month your Part D plan allows, and billed {money(cost)}. Dr. {doc} asked us "
           "to pay our share of the whole fill.", 10)
    p.para(f"Our reviewing pharmacist, {rph}, and our medical director, Dr. {md}, read the office notes. They show "
           "about two headaches a week and no record that a preventive medicine was tried. Taking this medicine "
           "on most days can itself cause more headaches. They found that more than 9 tablets a month was not "
           "needed, so we are not paying for this fill.", 10)
    p.para("You may ask for a review within 60 days of the date printed at the top of this letter. Fast reviews are "
           f"decided within 72 hours. Call {phone(rng)} (TTY 711).", 9.8)
    p.para(f"Sincerely,\n{sig}\nClinical Review", 9.8)
    d_a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member,
                         cases=[c, rv], claim_amount=m2(cost), service_dates=[fill.isoformat()],
                         denial_date=nd.isoformat(), provider=ph_, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[c], [rv]]}))
    member2, doc2, sig2 = people(rng, 3)
    ph2 = rng.choice([x for x in PHARM if x != ph_])
    m2_ = mid(rng)
    f2 = dt.date(2026, 6, rng.randint(2, 20))
    nd2 = plus(f2, rng.randint(15, 25))
    c1, c2 = clm(rng), clm(rng)
    cost2 = amount(rng, 60, 140)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Member ID", m2_), ("Claim not paid", c2), ("Claim paid earlier", c1)], label_w=44, size=9.4)
    q.ln(1)
    q.para(f"Dear {member2}:", 10)
    q.para(f"{ph2} sent us two claims for the same prescription from Dr. {doc2}, filled on {fdate(f2, 'long')} for "
           f"{money(cost2)}. We paid our share on claim {c1}. Claim {c2} is the same fill sent again, so we did "
           "not pay it. You do not owe the pharmacy anything more because of this.", 10)
    q.para("If the pharmacy filled the prescription twice, ask it to send us a note and we will look again. You "
           f"may ask for a review within 45 days of the date of this letter. Call {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[c2],
                         claim_amount=m2(cost2), service_dates=[f2.isoformat()], denial_date=nd2.isoformat(),
                         provider=ph2, appeal_deadline=plus(nd2, 45).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_reimbursement_form_part_d_not_billed_first", "fax_standard_g4", [faxstd_part_d_first(rng)]),
        Item(F + "born_digital_member_claims_statement_four_fills_one_excluded_drug", "born_digital",
             [bd_statement(rng)]),
        Item(F + "photocopy_letter_enrollment_ended_unpaid_premium", "photocopy", [photocopy_lapsed(rng)]),
        Item(F + "lowres_letter_to_daughter_reimbursement_request_too_late", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "phone_es_dos_columnas_falta_autorizacion_previa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_reimbursement_approved_check_enclosed", "rotated", [rotated_approval(rng)]),
        Item(F + "clean_stack_cover_quantity_review_then_duplicate_claim_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
