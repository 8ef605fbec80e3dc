"""Medicare Part B papers on non-emergency ground ambulance trips (HCPCS A0428 BLS non-emergency, A0426 ALS
non-emergency, A0425 mileage, origin/destination modifiers such as RH, RJ, RP, HR): Medicare Summary Notices in
English and Spanish, letters from an invented Medicare Administrative Contractor (Bellwether Plains Medicare
Services) and an invented Qualified Independent Contractor (Ridgecrest Independent Review), a supplier's own
statement and a supplier remittance. Medicare, CMS, the MSN, redetermination / reconsideration / ALJ levels, CARC
codes and HCPCS codes appear as themselves (structure and wording style only, nothing copied at length); every
supplier, doctor, person, number and address is invented.

Documents (8 in 7 files):
- bd_msn_three_claims_ambulance_other_transport_safe: a Part B MSN of three claims (office visit, ambulance,
  lab); the ambulance claim's two lines approved 0.00, note "c" (other transport would not have put health at
  risk); "Claims processed between" period, deductible and the referring doctor as decoys; appeal "by <date>".
- faxstd_mac_redetermination_dcn_three_dialysis_trips_pcs_missing: a MAC redetermination to the supplier on a
  standard fax: Document Control Number beside the claim's ICN, letter ID, PTAN, NPI, tax ID, form CMS-20033;
  three dialysis round trips "03/02-03/06/2026" in a From/Thru table, the certification statement never sent.
- phone_spanish_msn_resumen_trip_to_doctor_office: a photographed Spanish "Resumen de Medicare" of one claim, a
  trip from home to a doctor's office (RP), Medicare does not pay for it; dates written out beside month-first.
- rotated_supplier_statement_medicare_icn_balance_moved: the ambulance company's patient statement (denies
  nothing), Medicare ICN and the account number, "Medicare did not pay - balance now yours".
- lowres_prose_mac_letter_employer_plan_pays_first: a MAC letter with no labels except "Reference No.": the trip
  "on or about" a date after a hospital discharge, the spouse's employer plan must pay first; the attending doctor
  and the hospital named only in a sentence.
- photocopy_qic_reconsideration_unfavorable_wheelchair_van: the QIC's unfavorable reconsideration, Medicare
  Appeal Number and the redetermination's number, admission and discharge dates (the trip on the discharge day),
  the ALJ request "no later than <date>".
- finefax_stack_cover_adr_then_remit_duplicate_co18: a fax cover sheet, the MAC's additional documentation
  request (denies nothing), then a standard paper remittance of four claims, one denied CO-18 (duplicate), with a
  check/EFT trace number, batch and payer numbers as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoc import DOSheet, people
from public_kit import amount, digits, fdate, m2, mbi, money, out, plus, span, truth

FAMILY = "medicare_part_b_msn_ambulance_non_emergency_denial"
LANG = "en"
SEED = 352705
MAC = "Bellwether Plains Medicare Services"
MAC_ALT = ["Bellwether Plains", "Medicare"]
QIC = "Ridgecrest Independent Review"
MED_ALT = ["Centers for Medicare & Medicaid Services"]
SUPS = ["Lantern Valley Ambulance", "Brightwater Flats EMS", "Osprey Hollow Medical Transport"]


def icn(rng):
    return f"{digits(rng, 2)}{rng.randint(20, 26)}{digits(rng, 3)}{digits(rng, 6)}"


def _mac_head(p: DOSheet, rng, unit: str):
    p.f(14, "B")
    p.cell(0, 7, MAC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A CMS Medicare Administrative Contractor  |  Jurisdiction P, Part B  |  {unit}",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(3000, 9800)}, Topeka KS 666{rng.randint(10, 99)}  |  Provider contact "
                 f"center 1-855-555-{digits(rng, 4)}  |  Fax 785-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(3)


def bd_msn(rng):
    patient, doc, refdoc = people(rng, 3)
    sup = SUPS[0]
    med = mbi(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    trip = dt.date(2026, 2, rng.randint(9, 26))
    visit = plus(trip, -rng.randint(5, 20))
    lab = plus(trip, rng.randint(2, 6))
    miles = rng.randint(9, 24)
    bls, mil = amount(rng, 640, 980), round(miles * rng.choice([14.5, 16.25, 18.0]), 2)
    amb_total = round(bls + mil, 2)
    ov, la = amount(rng, 140, 230), amount(rng, 40, 95)
    c_ov, c_amb, c_lab = icn(rng), icn(rng), icn(rng)
    deadline = plus(nd, 122)
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, "Medicare Summary Notice for Part B (Medical Insurance)", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 5, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    y = p.get_y()
    p.f(10, "B")
    p.cell(0, 5, patient.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(9.5)
    for ln in [f"{rng.randint(100, 9800)} Sycamore Ave", f"Salina KS 674{rng.randint(10, 99)}"]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.sidebar([("Medicare Number", med), ("Date of This Notice", fdate(nd, "long")),
               ("Claims Processed Between", f"{fdate(plus(nd, -92), 'long')} and {fdate(plus(nd, -2), 'long')}")],
              118, y, 78, "This is not a bill", size=8.6)
    p.set_xy(p.l_margin, y + 40)
    p.heading("Your Deductible Status", 11, rule=True)
    p.para("Your deductible is what you must pay each year for Medicare Part B services before Medicare begins to "
           "pay. You have now met $257.00 of your Part B deductible for 2026.", 9.2)
    p.heading("Your Claims & Costs This Period", 11, rule=True)
    p.boxed_pairs([("Did Medicare approve all services?", "NO - Medicare did not approve 2 services. See notes."),
                   ("Total you may be billed", money(amb_total + round(ov * 0.2, 2) + 0.0))], label_w=70, size=9)
    p.heading("Providers with Claims This Period", 11, rule=True)
    for d, name in [(visit, f"Dr. {doc}"), (trip, sup), (lab, "Fallow Creek Clinical Laboratory")]:
        p.line(f"{fdate(d, 'long')}   {name}", 9.4)
    p.add_page()
    p.heading("Your Claims for Part B (Medical Insurance)", 12, rule=True)

    def claim(no, prov, ref, rows, total):
        p.f(9.2, "B")
        p.cell(0, 5, f"{prov}", new_x="LMARGIN", new_y="NEXT")
        p.pairs([("Claim number", no), ("Referred by", ref)], label_w=32, size=8.8, h=4.6)
        p.table(["Service Provided & Billing Code", "Amount Provider Charged", "Medicare-Approved Amount",
                 "Medicare Paid Provider", "Maximum You May Be Billed", "See Notes Below"],
                rows + [["Total for this claim", money(total), "", "", "", ""]],
                [66, 24, 24, 22, 24, 20], size=8.2, bold_last=True)

    al = round(ov * 0.68, 2)
    claim(c_ov, f"Dr. {doc}, {rng.randint(100, 900)} Oak Park Blvd, Salina KS", "-",
          [[f"{fdate(visit, 'slash')}  Office/outpatient visit, est. (99213)", money(ov), money(al),
            money(round(al * 0.8, 2)), money(round(al * 0.2, 2)), "a"]], ov)
    claim(c_amb, f"{sup}, {rng.randint(100, 900)} Depot St, Abilene KS", f"Dr. {refdoc}",
          [[f"{fdate(trip, 'slash')}  Ambulance, basic life support, non-emergency, RH (A0428)", money(bls), "$0.00",
            "$0.00", money(bls), "b, c"],
           [f"{fdate(trip, 'slash')}  Ground mileage, {miles} statute miles (A0425)", money(mil), "$0.00", "$0.00",
            money(mil), "c"]], amb_total)
    lal = round(la * 0.6, 2)
    claim(c_lab, "Fallow Creek Clinical Laboratory", f"Dr. {doc}",
          [[f"{fdate(lab, 'slash')}  Metabolic panel (80048)", money(la), money(lal), money(lal), "$0.00", "d"]], la)
    p.heading("Notes for Claims Above", 10.5, rule=True)
    p.para("a  This approved amount has been applied toward your coinsurance. You pay 20%.\n"
           "b  The information we have shows you could have traveled by car, taxi or wheelchair van on this day "
           "without putting your health at risk. Medicare pays for an ambulance trip only when travel in any other "
           "vehicle could endanger your health.\n"
           "c  You may be billed for this amount only if the supplier gave you a written notice before the trip. "
           "The mileage is denied because the trip it goes with is denied.\n"
           "d  Medicare pays lab tests in full.", 8.6)
    p.heading("How to Handle Denied Claims or File an Appeal", 10.5, rule=True)
    p.para(f"If you disagree with any claims decision on this notice, you can file an appeal. Your request must reach "
           f"{MAC} by **{fdate(deadline, 'long')}**. Circle the items you disagree with, explain why, sign, and send "
           f"this notice to {MAC}, Redeterminations, PO Box {rng.randint(3000, 9800)}, Topeka KS 666{rng.randint(10, 99)}. "
           "Questions: call 1-800-MEDICARE (TTY 711).", 8.8)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=med, member_name=patient, cases=[c_amb],
              claim_amount=m2(amb_total), service_dates=[span(trip)], denial_date=nd.isoformat(), provider=sup,
              appeal_deadline=deadline.isoformat(), alternates={"insurer": MED_ALT + [MAC]})
    return out(p), t


def faxstd_redetermination(rng):
    patient, md = people(rng, 2)
    sup = SUPS[1]
    med = mbi(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    d0 = dt.date(2026, 3, 2)
    trips = [d0, plus(d0, 2), plus(d0, 4)]
    ic = icn(rng)
    dcn = f"RD{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 5)}"
    rows, total = [], 0.0
    for d in trips:
        for code, mods, lo, hi in [("A0428", "RJ", 420, 560), ("A0425", "RJ", 90, 140),
                                   ("A0428", "JR", 420, 560), ("A0425", "JR", 90, 140)]:
            c = amount(rng, lo, hi)
            total += c
            rows.append([fdate(d, "slash"), fdate(d, "slash"), code, mods, money(c, "nosign"), "0.00", "Unfavorable"])
    total = round(total, 2)
    fax = (f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)} BPMS APPEALS 785-555-{digits(rng, 4)} "
           f"P.{{n}}")
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left=f"Letter ID L{digits(rng, 8)}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _mac_head(p, rng, "Redeterminations")
    p.line(fdate(nd, "long"), 9.6)
    p.ln(1)
    y = p.get_y()
    for ln in [sup, "Attn: Billing / Appeals", f"{rng.randint(100, 9800)} Railroad St", f"Emporia KS 668{rng.randint(10, 99)}"]:
        p.line(ln, 9.4)
    p.sidebar([("Document Control Number", dcn), ("Claim ICN", ic), ("PTAN", f"{digits(rng, 6)}"),
               ("NPI", digits(rng, 10)), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}")], 122, y - 4, 74,
              size=8.2)
    p.set_xy(p.l_margin, max(p.get_y(), y + 30))
    p.line("MEDICARE REDETERMINATION NOTICE", 12, "B")
    p.ln(1)
    p.pairs([("Beneficiary", patient), ("Medicare Number", med), ("Dates of service", "03/02-03/06/2026"),
             ("Request received", fdate(plus(nd, -rng.randint(30, 50)), "slash"))], label_w=40, size=9.2, h=5)
    p.ln(1)
    p.para(f"We have completed our review of your request for redetermination. **Our decision is unfavorable.** "
           f"Medicare will not pay for the round trips between the beneficiary's home and Harvest Lane Dialysis "
           f"listed below.", 9.2)
    p.table(["From", "Thru", "HCPCS", "Mod", "Billed", "Allowed", "Decision"], rows, [24, 24, 20, 14, 26, 22, 30],
            size=8, row_h=4.8)
    p.para(f"Total billed on this claim: {money(total)}.", 9)
    p.heading("Why we made this decision", 10.5)
    p.para(f"Trips that are repeated on a schedule need a signed physician certification statement dated no more "
           f"than 60 days before the first trip. We asked for it and for the run sheets on two occasions. The run "
           f"sheets arrived; the statement did not. The run sheets describe a patient who walked to the stretcher "
           f"with help. Without the statement we could not find that the patient was confined to bed. "
           f"Dr. {md}, the nephrologist named on the run sheets, did not sign any form we received.", 9.2)
    p.heading("If you disagree", 10.5)
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor. You must file it within 180 "
           "days of the date you receive this notice; we assume you received it 5 days after the date at the top "
           "of this letter. Use form CMS-20033 or a letter with the same information. A 72-hour limit applies only "
           "to expedited reviews of inpatient services and does not apply here.", 9.2)
    t = truth("denial_letter", "other", insurer=MAC, member_id=med, member_name=patient, cases=[dcn, ic],
              claim_amount=m2(total), service_dates=[span(d) for d in trips], denial_date=nd.isoformat(),
              provider=sup, appeal_deadline=None,
              alternates={"insurer": MAC_ALT, "case_numbers": [[dcn], [ic]],
                          "appeal_deadline": [plus(nd, 185).isoformat(), plus(nd, 180).isoformat()],
                          "service_dates": [[span(trips[0], trips[-1])]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_spanish_msn(rng):
    patient, doc = people(rng, 2)
    sup = SUPS[2]
    med = mbi(rng)
    nd = dt.date(2026, 6, rng.randint(3, 19))
    trip = dt.date(2026, 4, rng.randint(6, 28))
    bls = amount(rng, 520, 760)
    miles = rng.randint(6, 15)
    mil = round(miles * 15.5, 2)
    tot = round(bls + mil, 2)
    c = icn(rng)
    deadline = plus(nd, 122)
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.multi_cell(0, 6.5, "Resumen de Medicare para la Parte B (Seguro Médico)", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.cell(0, 4.6, "El resumen oficial de sus reclamos de Medicare de los Centros de Servicios de Medicare y Medicaid",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.capstrip([("Número de Medicare", med), ("Fecha de este aviso", fdate(nd, "slash")),
                ("Esto no es una factura", "")])
    p.para(f"Fechas en mes/día/año. Fecha de este aviso: {fdate(nd, 'long', 'es')}.", 8.2)
    p.para(f"**{patient}**", 9.6)
    p.heading("Sus reclamos para la Parte B", 11, rule=True)
    p.pairs([("Número de reclamo", c), ("Proveedor", f"{sup}, Hays KS"), ("Referido por", f"Dr. {doc}")],
            label_w=42, size=9, h=5)
    p.table(["Servicio y código", "Cantidad cobrada", "Cantidad aprobada", "Medicare pagó", "Máximo que le pueden cobrar",
             "Notas"],
            [[f"{fdate(trip, 'slash')} Ambulancia, no de emergencia, RP (A0428)", money(bls), "$0.00", "$0.00",
              money(bls), "A"],
             [f"{fdate(trip, 'slash')} Millaje terrestre, {miles} millas (A0425)", money(mil), "$0.00", "$0.00",
              money(mil), "A"],
             ["Total de este reclamo", money(tot), "", "", "", ""]],
            [62, 22, 22, 20, 28, 20], size=8, bold_last=True)
    p.para(f"**A**  El viaje del {fdate(trip, 'long', 'es')} fue de su casa al consultorio de un médico. Medicare "
           "no paga el transporte en ambulancia a un consultorio médico. Medicare paga una ambulancia solo hacia un "
           "hospital, un centro de enfermería especializada o un centro de diálisis que pueda atenderle.", 9)
    p.heading("Cómo presentar una apelación", 11, rule=True)
    p.para(f"Si no está de acuerdo, puede apelar. Su apelación debe llegar a {MAC} a más tardar el "
           f"**{fdate(deadline, 'long', 'es')}** ({fdate(deadline, 'slash')}). Encierre en un círculo los servicios, "
           "explique por qué no está de acuerdo, firme y envíe este aviso. Llame al 1-800-MEDICARE (TTY 711).", 9)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=med, member_name=patient, cases=[c],
              claim_amount=m2(tot), service_dates=[span(trip)], denial_date=nd.isoformat(), provider=sup,
              appeal_deadline=deadline.isoformat(), lang="es", alternates={"insurer": MED_ALT + [MAC]})
    return out(p), t


def rotated_statement(rng):
    patient, crew = people(rng, 2)
    sup = SUPS[0]
    med = mbi(rng)
    sd = dt.date(2026, 5, rng.randint(4, 20))
    trip = dt.date(2026, 3, rng.randint(3, 27))
    bls, mil = amount(rng, 700, 900), amount(rng, 180, 260)
    tot = round(bls + mil, 2)
    ic = icn(rng)
    acct = f"LVA-{digits(rng, 7)}"
    p = DOSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(sup, "LVA", [f"{rng.randint(100, 900)} Depot St, Abilene KS 674{rng.randint(10, 99)}  |  Billing "
                             f"785-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"], box="PATIENT STATEMENT")
    y = p.get_y()
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Account no.", acct), ("Patient", patient),
             ("Medicare #", med), ("Medicare ICN", ic), ("Run no.", f"R{digits(rng, 5)}")], label_w=34, size=9.2)
    p.sidebar([("Amount due", money(tot)), ("Due by", fdate(plus(sd, 30), "slash"))], 140, y, 56, size=9)
    p.set_xy(p.l_margin, max(p.get_y(), y + 36))
    p.ln(2)
    p.table(["DOS", "Code", "Description", "Charge", "Medicare paid", "Adjust.", "Balance"],
            [[fdate(trip, "slash"), "A0426 HR", "ALS non-emergency, hospital to home", money(bls), "0.00", "0.00",
              money(bls)],
             [fdate(trip, "slash"), "A0425 HR", "Mileage, hospital to home", money(mil), "0.00", "0.00", money(mil)],
             ["", "", "Balance due", money(tot), "", "", money(tot)]],
            [22, 20, 62, 22, 22, 16, 20], size=8.4, bold_last=True)
    p.para(f"Medicare did not pay for this trip. You signed an Advance Beneficiary Notice before the trip, so the "
           f"balance has been moved to you. Crew lead on this run: {crew}, paramedic. If you have other insurance, "
           f"call us with the policy number. Payment plans are available.", 9)
    t = truth("other", None, insurer="Medicare", member_id=med, member_name=patient, cases=[ic], claim_amount=m2(tot),
              service_dates=[span(trip)], denial_date=sd.isoformat(), provider=sup, unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [None]})
    return out(p), t


def lowres_msp_letter(rng):
    patient, spouse, att = people(rng, 3)
    sup = SUPS[1]
    med = mbi(rng)
    nd = dt.date(2026, 7, rng.randint(6, 24))
    adm = dt.date(2026, 5, rng.randint(4, 14))
    trip = plus(adm, rng.randint(3, 6))
    tot = amount(rng, 780, 1150)
    ref = f"MSP-{digits(rng, 3)}-{digits(rng, 6)}"
    p = DOSheet(footer=None, footer_left=f"Reference No. {ref}   |   BPMS-MSP-04 (rev. 2026)")
    p.set_margins(24, 16, 24)
    p.add_page()
    _mac_head(p, rng, "Beneficiary Services")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Hutchinson KS 675{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"We received a claim from {sup} for the ambulance trip you took on or about {fdate(trip, 'long')}, when "
           f"you went home from Meadow Bend Regional Hospital after your stay that began {fdate(adm, 'long')}. "
           f"Dr. {att} at Meadow Bend wrote the order for the trip. The supplier charged {money(tot)} and listed your "
           f"Medicare number {med}.", 10)
    p.para(f"Our records show that you also have group health coverage through the employer of your spouse, "
           f"{spouse}, with Saltmarsh Reach Benefit Trust (policy {digits(rng, 9)}). Because that employer has 20 or "
           f"more employees, that plan must look at the claim before Medicare does. Medicare has not paid any part of "
           f"the trip. Ask {sup} to send the claim to that plan first; after it pays, the supplier may send the claim "
           f"to us again with that plan's payment shown.", 10)
    p.para("If our information is wrong, call us. If you disagree with this decision, you may ask for a "
           "redetermination within 120 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n\nBeneficiary Services\n{MAC}", 10)
    t = truth("denial_letter", "other", insurer=MAC, member_id=med, member_name=patient, cases=[ref],
              claim_amount=m2(tot), service_dates=[span(trip)], denial_date=nd.isoformat(), provider=sup,
              appeal_deadline=plus(nd, 120).isoformat(), alternates={"insurer": MAC_ALT, "provider": [att]})
    return out(p), t


def photocopy_qic(rng):
    patient, att, rev = people(rng, 3)
    sup = SUPS[2]
    med = mbi(rng)
    nd = dt.date(2026, 9, rng.randint(8, 25))
    adm = dt.date(2026, 4, rng.randint(2, 12))
    dis = plus(adm, rng.randint(4, 8))
    tot = amount(rng, 690, 1020)
    apn = f"1-{digits(rng, 10)}"
    rdn = f"RD{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 5)}"
    alj = plus(nd, 65)
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, QIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Qualified Independent Contractor for Medicare Part B  |  PO Box {rng.randint(1000, 9000)}, "
                 f"Lincoln NE 685{rng.randint(10, 99)}  |  1-866-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(3)
    p.line("MEDICARE RECONSIDERATION DECISION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of this notice", fdate(nd, "upper")), ("Medicare Appeal Number", apn),
             ("Redetermination no.", rdn)],
            [("Beneficiary", patient), ("Medicare Number", med), ("Appellant", "Beneficiary")],
            [("Supplier", sup), ("Date of service", fdate(dis, "slash")), ("Amount charged", money(tot))],
            [("Admitted", fdate(adm, "slash")), ("Discharged", fdate(dis, "slash")),
             ("Request received", fdate(plus(nd, -40), "slash"))]], size=8.8)
    p.para(f"You asked us to review the decision about the ambulance trip from Tern Island Medical Center to your home "
           f"on the day you were discharged. Dr. {att} ordered the trip. {sup} billed A0428 and A0425.", 9.4)
    p.para("**Decision: unfavorable.** We agree with the earlier decision. The discharge notes say you walked in the "
           "hallway with a cane and sat in a chair for meals. A person who can sit upright can travel home safely "
           "by wheelchair van or car. Medicare Part B pays for an ambulance only when other ways of travel would put "
           "your health in danger, so Medicare will not pay for this trip. A physician reviewer took part.", 9.4)
    p.para(f"**Your next step.** You may ask for a hearing before an Administrative Law Judge at the Office of Medicare "
           f"Hearings and Appeals. We must get your request no later than {fdate(alj, 'long')}. The amount still in "
           "dispute must meet the yearly minimum. You may use form OMHA-100.", 9.4)
    p.para(f"Sincerely,\n\n{rev}, RN\nReconsideration Unit, {QIC}", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=QIC, member_id=med, member_name=patient,
              cases=[apn, rdn], claim_amount=m2(tot), service_dates=[span(dis)], denial_date=nd.isoformat(),
              provider=sup, appeal_deadline=alj.isoformat(),
              alternates={"insurer": ["Ridgecrest", "Medicare"], "case_numbers": [[apn]], "provider": [att]})
    return out(p), t


def finefax_stack(rng):
    # doc A: additional documentation request (denies nothing)
    pa = people(rng, 4)
    sup = SUPS[0]
    rd = dt.date(2026, 8, rng.randint(3, 14))
    adr_icn = icn(rng)
    adr_dos = dt.date(2026, 6, rng.randint(2, 28))
    adr_amt = amount(rng, 700, 1100)
    a_med = mbi(rng)
    fax = f"{rd.strftime('%m/%d/%y')} 09:{rng.randint(10, 59)} FROM BPMS MEDICAL REVIEW  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax)
    p.set_margins(18, 12, 18)
    p.add_page()
    _mac_head(p, rng, "Medical Review")
    p.line("ADDITIONAL DOCUMENTATION REQUEST", 12, "B")
    p.ln(1)
    p.pairs([("Date", fdate(rd, "long")), ("To", sup), ("Beneficiary", pa[0]), ("Medicare Number", a_med),
             ("ICN", adr_icn), ("Date of service", fdate(adr_dos, "slash")), ("Billed", money(adr_amt)),
             ("Respond by", fdate(plus(rd, 45), "slash"))], label_w=38, size=9.4)
    p.ln(1)
    p.para("This claim has been chosen for medical review. Please send the run report, the physician certification "
           "statement and any hospital discharge notes that support the trip. We have not made a decision. If we do "
           "not receive the records within 45 days, the claim may be denied.", 9.4)
    docA = (out(p), truth("other", None, insurer=MAC, member_id=a_med, member_name=pa[0], cases=[adr_icn],
                          claim_amount=m2(adr_amt), service_dates=[span(adr_dos)], denial_date=rd.isoformat(),
                          provider=sup, alternates={"insurer": MAC_ALT, "case_numbers": [[]], "claim_amount": [None],
                                                    "service_dates": [[]]}))
    # doc B: remittance, four claims, one duplicate
    rdate = plus(rd, rng.randint(3, 9))
    rows, deny = [], 2
    info = []
    for i in range(4):
        nm = pa[i]
        med = mbi(rng)
        d = dt.date(2026, 7, rng.randint(1, 28))
        b1, b2 = amount(rng, 420, 620), amount(rng, 80, 190)
        tot = round(b1 + b2, 2)
        no = icn(rng)
        last, first, mid = nm.split()[-1], nm.split()[0], nm.split()[1].rstrip(".")
        if i == deny:
            rows.append([f"{last.upper()}, {first.upper()} {mid}", med, no, fdate(d, "short"), fdate(d, "short"),
                         money(tot, "nosign"), "0.00", "0.00", "CO-18 N522"])
        else:
            al = round(tot * 0.55, 2)
            rows.append([f"{last.upper()}, {first.upper()} {mid}", med, no, fdate(d, "short"), fdate(d, "short"),
                         money(tot, "nosign"), money(al, "nosign"), money(round(al * 0.8, 2), "nosign"),
                         "PR-2"])
        info.append((nm, med, no, d, tot))
    q = DOSheet(footer="Page {n} of {nb}", fax_hdr=f"{rdate.strftime('%m/%d/%y')} 09:{rng.randint(10, 59)} "
                                                    f"FROM BPMS PROVIDER REMIT  P{{n}}")
    q.set_margins(10, 12, 10)
    q.add_page(orientation="L")
    _mac_head(q, rng, "Medicare Remittance Advice")
    q.line("MEDICARE PART B STANDARD PAPER REMITTANCE", 11.5, "B")
    q.capstrip([("Remit date", fdate(rdate, "slash")), ("Payee", sup), ("NPI", digits(rng, 10)),
                ("Check/EFT trace #", digits(rng, 12)), ("Batch", f"B{digits(rng, 5)}"), ("Payer ID", digits(rng, 5))],
               [30, 70, 32, 44, 30, 33])
    q.ln(3)
    q.table(["Patient name", "Medicare no.", "ICN", "From", "Thru", "Billed", "Allowed", "Paid", "Grp/CARC/RARC"], rows,
            [56, 34, 36, 18, 18, 24, 24, 24, 25], size=8, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "L"])
    q.para("CO-18 Exact duplicate claim/service. N522 Duplicate of a claim processed earlier. PR-2 Coinsurance amount. "
           "You may request a redetermination of any claim on this notice within 120 days of the date of this notice.",
           8.4)
    nm, med, no, d, tot = info[deny]
    docB = (out(q), truth("eob", "other", insurer=MAC, member_id=med, member_name=nm, cases=[no], claim_amount=m2(tot),
                          service_dates=[span(d)], denial_date=rdate.isoformat(), provider=sup,
                          appeal_deadline=plus(rdate, 120).isoformat(), alternates={"insurer": MAC_ALT}))
    return [docA, docB]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_msn_three_claims_ambulance_other_transport_safe", "born_digital", [bd_msn(rng)]),
        Item(F + "faxstd_mac_redetermination_dcn_three_dialysis_trips_pcs_missing", "fax_standard_g4",
             [faxstd_redetermination(rng)]),
        Item(F + "phone_spanish_msn_resumen_trip_to_doctor_office", "phone_photo", [phone_spanish_msn(rng)]),
        Item(F + "rotated_supplier_statement_medicare_icn_balance_moved", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_mac_letter_employer_plan_pays_first", "scan_lowres_150", [lowres_msp_letter(rng)]),
        Item(F + "photocopy_qic_reconsideration_unfavorable_wheelchair_van", "photocopy", [photocopy_qic(rng)]),
        Item(F + "finefax_stack_cover_adr_then_remit_duplicate_co18", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
