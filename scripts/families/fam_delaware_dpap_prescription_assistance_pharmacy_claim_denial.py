"""Papers mirrored (structure and plain wording style only) from the Delaware Prescription Assistance Program (DPAP),
which the Delaware Division of Medicaid and Medical Assistance (DMMA, Delaware Health and Social Services) runs
through a contractor for Delawareans who are 65 or older or get Social Security disability benefits, have Medicare
Part D as their only drug coverage, are not on Medicaid, and have income at or below 200% of the poverty line (or
drug costs above 40% of income). Public rules used as themselves: DPAP pays up to $3,000 a year toward prescription
drugs and Part D premiums; it pays after the Part D plan; the client pays the pharmacy a copay of $5 or 25% of the
drug's cost, whichever is more, in the deductible and coverage-gap phases and for drugs Part D leaves out; DPAP pays
no Part D copayments and no diabetic supplies for people with Medicare (Medicare Part B pays those); a person on
Medicaid cannot be in DPAP; the pharmacy collects the copay and bills DPAP. The contractor's name (Silverbrook Claims
Administration), every Part D plan, pharmacy, clinic, prescriber, client, reviewer, number, address, code, form and
every time limit (the 180-day repayment limit, 30-, 45- and 60-day review limits, the fair-hearing period) are
invented; phones use 555. Reasons are put in the writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_pharmacy_claim_advice_test_strips_part_b: a DPAP pharmacy claim advice faxed to a pharmacy, short captions
  LEFT of their boxes in one row and UNDER them in the next ("Adv Dt", "Clnt #", "Clnt Nm", "TCN", "Fill Dt" with
  a two-digit year, "Subm Amt" without a $); test strips and lancets billed to DPAP, which Medicare Part B pays for a person
  with Medicare (not_covered); the prescriber in a box beside the pharmacy and in a sentence; TCN with letters
  (S, B); "within 30 days of the Adv Dt" (+30). Decoys: NCPDP, NPI, Medicare number, Part D member ID, Rx #, NDC,
  batch no.
- born_digital_benefit_statement_maryland_pharmacy_row: a client's benefit statement (facts box at the right, weekday
  statement date, DPAP ID printed in groups) with four fills in ISO dates (drug cost / Part D paid / DPAP paid /
  your copay / code, TOTALS row); the third fill, at a Maryland pharmacy with no DPAP agreement, pays 0.00 under N7,
  explained only in the legend (out_of_network). "within 45 days from the statement date" (+45).
- photocopy_letter_medicaid_back_to_february_two_fills: a photocopied letter, a parties box (pharmacy, prescriber,
  Medicaid eligibility file), two fills "on February 17 and March 16, 2026" refused because Delaware Medicaid now
  covers the client back to February (eligibility; other accepted); the refused sum only in a sentence; deadline as
  a date ("reaches us by ...").
- phone_es_carta_farmacia_no_cobro_primero_parte_d: a photographed Spanish letter with a facts box: the pharmacy sent
  the fill to DPAP without sending it to the Part D plan first (other); "viernes 6 de marzo de 2026", "US$ 318,40"
  beside "$318.40", "dentro de 60 días a partir de la fecha de esta carta" (+60).
- rotated_notice_of_eligibility_approved: a notice that the application is approved (the $3,000 year, the copay rule),
  fed sideways (denies nothing).
- lowres_caption_form_late_repayment_request: a 150 dpi caption form (captions under boxes: "Req #", "Rcvd",
  "Amt asked") on a client's paper request to be paid back for two January fills (01/05/26 and 01/26/26) received
  after the 180-day limit (timely_filing); "90 days from the day this letter reaches you" (nothing to count from:
  null). Decoys: receipt numbers, check number of an earlier repayment.
- scan_stack_part_d_approval_missing_duplex_then_review_otc_sideways: a clean-scan stack of a letter refusing a fill
  because the Part D plan's own approval was never asked for (prior_authorization; "USD 486.92", "Tue 04/21/2026";
  "within 60 days of the date on this letter"), its blank duplex back and, fed sideways, an administrative review
  decision keeping the refusal of an over-the-counter allergy tablet (not_covered; "03/09/2026 and 04/08/2026",
  amounts without $; fair hearing only, so null).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfc import EBSheet, dob, es_date, es_money, es_wday, grouped, people, phone, workday, yy
from public_kit import digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "delaware_dpap_prescription_assistance_pharmacy_claim_denial"
LANG = "en"
SEED = 354912
INS = "Delaware Division of Medicaid and Medical Assistance"
ALT = ["Division of Medicaid and Medical Assistance", "Division of Medicaid & Medical Assistance", "DMMA",
       "Delaware Prescription Assistance Program", "DPAP", "Delaware Health and Social Services",
       "Delaware Department of Health and Social Services"]
INS_ES = "División de Medicaid y Asistencia Médica de Delaware"
CONTRACTOR = "Silverbrook Claims Administration, LLC"
PDP = "Nanticoke Senior Rx (PDP)"
PDP2 = "Blackbird Landing Medicare Drug Plan (PDP)"
PHARM = "Mispillion Street Pharmacy"
PHARM2 = "Red Clay Corner Apothecary"
PHARM3 = "Leipsic Road Pharmacy"
PHARM_MD = "Sinepuxent Family Drug"
CLINIC = "Lums Pond Internal Medicine"
CLINIC2 = "Broadkill Family Practice"
COPAY_RULE = "$5 or 25% of the drug's cost, whichever is more"


def dpap_id(rng):
    return "77" + digits(rng, 10)


def tcn(rng):
    """A transaction control number with a letter that OCR may read as a digit."""
    return f"26{digits(rng, 3)}{rng.choice('SB')}{digits(rng, 5)}"


def copay(cost: float) -> float:
    return round(max(5.0, cost * 0.25), 2)


def _head(p, rng, box=None, unit="Delaware Prescription Assistance Program (DPAP)"):
    p.head(INS, "DHSS", [f"Delaware Health and Social Services  |  {unit}",
                         f"PO Box {rng.randint(900, 989)}, New Castle DE 19720-0{digits(rng, 3)}  |  "
                         f"1-800-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12)


def de_address(rng):
    town, z = rng.choice([("Dover", "19901"), ("Milford", "19963"), ("Seaford", "19973"), ("Smyrna", "19977"),
                          ("Newark", "19711"), ("Georgetown", "19947"), ("Middletown", "19709")])
    st = rng.choice(["Loockerman St", "S Walnut St", "Kings Hwy", "Sussex Ave", "Orchard Rd", "Cedar Neck Rd"])
    return [f"{rng.randint(12, 2980)} {st}", f"{town} DE {z}"]


def faxstd_strips(rng):
    member, prescriber, tech = people(rng, 3)
    mid, m_ = dpap_id(rng), mbi(rng)
    fill = dt.date(2026, 4, rng.randint(6, 22))
    nd = workday(plus(fill, rng.randint(6, 12)))
    t = tcn(rng)
    rx = digits(rng, 7)
    cost = round(rng.randint(118, 164) + rng.randint(1, 99) / 100, 2)
    pd_id = f"NSR{digits(rng, 8)}"
    npi_p, npi_d = "1" + digits(rng, 9), "1" + digits(rng, 9)
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(9, 16)}:{rng.randint(10, 59)}  DPAP PHARMACY UNIT  "
           f"FAX {phone(rng)}  >> {PHARM.upper()}  PG {{n}}")
    p = EBSheet(footer="Page {n} of {nb}", footer_left=f"DPAP-PCA-4 (11/25)  batch {nd.strftime('%m%d')}-{digits(rng, 2)}",
                fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, unit=f"DPAP Pharmacy Unit - claims processed for DMMA by {CONTRACTOR}")
    p.title_bar("DPAP PHARMACY CLAIM ADVICE", "One advice for each claim. Keep it with the prescription record.")
    W = p.w - p.l_margin - p.r_margin
    last, first, mi = member.split()[-1], member.split()[0], member.split()[1].rstrip(".")
    p.two_rows([("Adv Dt", yy(nd), 46), ("Pharm", PHARM, 90), ("NCPDP", digits(rng, 7), W - 136)],
               [("Clnt #", mid, 40), ("Clnt Nm", f"{last.upper()}, {first.upper()} {mi}", 62),
                ("DOB", fdate(dob(rng), "slash"), 30), ("Medicare #", m_, W - 132)])
    p.two_rows([("TCN", t, 58), ("Rx#", rx, 38), ("Fill Dt", yy(fill), W - 96)],
               [("NDC", f"{digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}", 40), ("Qty/DS", "100 / 25", 26),
                ("Subm Amt", f"{cost:.2f}", 30), ("Pt Pay", f"{copay(cost):.2f}", 26), ("DPAP Pd", "0.00", 26),
                ("Part D Mbr ID", pd_id, W - 148)])
    p.line("Who is on this claim", 8, "B")
    p.parties([("Dispensing pharmacy", PHARM, f"NPI {npi_p}"),
                                       ("Prescriber", f"Dr. {prescriber}", f"NPI {npi_d}"),
                                       ("Claims processor", CONTRACTOR, "for DMMA"),
                                       ("Client's Part D plan", PDP, f"member {pd_id}")])
    p.note_box(f"Item billed: blood glucose test strips, 100 count, and lancets, ordered by Dr. {prescriber} of "
               f"{CLINIC} for the client's diabetes. For anyone with Medicare, strips, lancets and meters are paid by Medicare's medical "
               f"side (Part B) through a supplier that bills Medicare; they are not a drug that DPAP can pay for. DPAP "
               f"paid nothing on this claim. Do not collect the DPAP copay for it; bill Medicare Part B, or ask the "
               f"client to use a Medicare supplier.", title="Message from the pharmacy unit")
    p.para(f"A pharmacy that disagrees may fax a reconsideration request within 30 days of the Adv Dt, with this "
           f"advice and the prescription attached, to {phone(rng)}. Questions: DPAP pharmacy help line "
           f"1-800-555-{digits(rng, 4)}. Entered by {tech}.", 8.8)
    tr = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[t],
               claim_amount=m2(cost), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=PHARM,
               appeal_deadline=plus(nd, 30).isoformat(),
               alternates={"insurer": ALT + [CONTRACTOR], "member_id": [m_], "provider": [prescriber, CLINIC]},
               type_alternates=["eob"])
    return out(p), tr


def bd_statement(rng):
    member, = people(rng, 1)
    mid, m_ = dpap_id(rng), mbi(rng)
    sd = workday(dt.date(2026, 5, rng.randint(4, 13)))
    fills = []
    drugs = [("atorvastatin 40 mg", PHARM2), ("tiotropium inhaler", PHARM2), ("valsartan 160 mg", PHARM_MD),
             ("donepezil 10 mg", PHARM2)]
    day = dt.date(2026, 2, rng.randint(2, 9))
    for i, (drug, ph) in enumerate(drugs):
        cost = round(rng.randint(38, 420) + rng.randint(1, 99) / 100, 2)
        fills.append({"ref": tcn(rng), "date": day, "rx": digits(rng, 7), "drug": drug, "ph": ph, "cost": cost})
        day = plus(day, rng.randint(12, 22))
    bad = fills[2]
    p = EBSheet(footer="Page {n} of {nb}", footer_left=f"DPAP-BS-2  {sd.isoformat()}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _head(p, rng, box="BENEFIT STATEMENT")
    p.addr_pair("Mailed to", [member, *de_address(rng)], "Questions",
                ["DPAP client line", f"1-800-555-{digits(rng, 4)} (TTY 711)", "Mon-Fri 8:00 am - 4:30 pm"])
    used = round(sum(f["cost"] - copay(f["cost"]) for f in fills if f is not bad) + 2 * 41.70, 2)
    p.facts_right([("Statement date", sd.strftime("%A, %B %-d, %Y")), ("DPAP ID", grouped(mid)),
                   ("Medicare number", m_), ("Part D plan", PDP), ("Benefit used so far this year",
                                                                    f"{money(used)} of $3,000.00")],
                  ["**What DPAP paid for you, February to April 2026**",
                   "This is not a bill. It lists the prescriptions your pharmacies sent to DPAP after your Part D "
                   "plan, and what DPAP paid. While you are in your Part D plan's deductible, the plan pays nothing "
                   f"and DPAP pays the price less your copay of {COPAY_RULE}.",
                   "DPAP also paid your Part D premium for February and March. Those payments count toward the "
                   "$3,000 a year DPAP can pay for you.",
                   "Please check each line. If you did not get a prescription listed here, call us."],
                  side_w=64, size=9.0, title="About this statement")
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for f in fills:
        cp = f["cost"] if f is bad else copay(f["cost"])
        paid = 0.0 if f is bad else round(f["cost"] - cp, 2)
        vals = [f["cost"], 0.0, paid, cp]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([f["ref"], f["date"].isoformat(), f["rx"], f["drug"], f["ph"],
                     *[f"{v:,.2f}" for v in vals], "N7" if f is bad else "P"])
    rows.append(["TOTALS", "", "", "", "", *[f"{v:,.2f}" for v in tot], ""])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim ref.", "Filled", "Rx #", "Drug", "Pharmacy", "Drug cost", "Part D paid", "DPAP paid",
             "Your copay", "Code"], rows, [22, 17, 12, 26, 38, 15, 14, 14, 14, W - 172], size=6.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**Codes.** P: paid; you paid the copay. N7: the pharmacy that filled this is in Berlin, Maryland and "
           "has no agreement with DPAP, so DPAP could not pay it and you paid the whole price. DPAP pays only "
           "pharmacies that signed up with the program. Most Delaware pharmacies have; ask before you fill out of "
           "state.", 8.4)
    p.para("If you think a line is wrong, write to DPAP within 45 days from the statement date. Tell us the claim "
           "reference and why. You also have the right to a fair hearing; the enclosed sheet explains how.", 8.4)
    tr = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=member, cases=[bad["ref"]],
               claim_amount=m2(bad["cost"]), service_dates=[bad["date"].isoformat()], denial_date=sd.isoformat(),
               provider=PHARM_MD, appeal_deadline=plus(sd, 45).isoformat(),
               alternates={"insurer": ALT, "member_id": [m_]})
    return out(p), tr


def photocopy_medicaid(rng):
    member, prescriber, sig = people(rng, 3)
    mid = dpap_id(rng)
    f1 = dt.date(2026, 2, 17)
    f2 = dt.date(2026, 3, 16)
    nd = workday(dt.date(2026, 4, rng.randint(6, 14)))
    dl = plus(nd, 30)
    t1, t2 = tcn(rng), tcn(rng)
    a1 = round(rng.randint(240, 330) + rng.randint(1, 99) / 100, 2)
    a2 = round(rng.randint(250, 320) + rng.randint(1, 99) / 100, 2)
    total = round(a1 + a2, 2)
    mcaid = digits(rng, 10)
    efile = f"DSS-{digits(rng, 6)}"
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *de_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("DPAP ID", mid), ("Medicaid ID", mcaid), ("Letter no.", f"L{digits(rng, 6)}")], size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"{PHARM2} sent DPAP two claims for the same heart medicine, filled on February 17 and March 16, 2026. "
           f"Together the two fills came to {money(total)}. DPAP will not pay any part of them, and we have "
           "taken back the payment we made for the first one.", 10)
    p.line("Names on these claims", 8.6, "B")
    p.parties([("Filled by", PHARM2, "Hockessin, DE"),
                                        ("Prescribed by", f"Dr. {prescriber}", CLINIC2),
                                        ("Medicaid eligibility file", efile, "Division of Social Services")])
    p.table(["Claim TCN", "Filled", "Rx #", "Medicine"],
            [[t1, fdate(f1, "slash"), digits(rng, 7), "metoprolol succinate ER 50 mg, 30 tablets"],
             [t2, fdate(f2, "slash"), digits(rng, 7), "metoprolol succinate ER 50 mg, 30 tablets"]],
            [40, 28, 26, p.w - p.l_margin - p.r_margin - 94], size=8.6)
    p.para("Why: your application for Delaware Medicaid was approved in March, and Medicaid now covers you starting "
           "February 1, 2026. A person who has Medicaid cannot be in DPAP at the same time, because Medicaid pays for "
           "prescriptions itself. Your DPAP benefit therefore ended on January 31, 2026. Please show your Medicaid "
           "card at the pharmacy; the pharmacy can send both fills to Medicaid instead.", 10)
    p.para(f"If you think this is wrong, for example because the Medicaid start date is not right, ask DPAP to look at "
           f"it again. Your request must reach us by {fdate(dl, 'long')}. You may also ask for a fair hearing; see the "
           "enclosed page.", 10)
    p.para(f"Sincerely,\n{sig}\nDPAP Eligibility and Claims", 10)
    tr = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=member, cases=[t1, t2],
               claim_amount=m2(total), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
               provider=PHARM2, appeal_deadline=dl.isoformat(),
               alternates={"insurer": ALT, "provider": [prescriber, CLINIC2]}, denial_alternates=["other"])
    return out(p), tr


def phone_es(rng):
    member, prescriber, sig = people(rng, 3)
    mid, m_ = dpap_id(rng), mbi(rng)
    fill = dt.date(2026, 3, 6)
    nd = workday(plus(fill, rng.randint(18, 26)))
    t = tcn(rng)
    amt = 318.40
    rx = digits(rng, 7)
    p = EBSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(INS, "DHSS", [INS_ES, f"Programa de Asistencia con Recetas de Delaware (DPAP)  |  PO Box "
                               f"{rng.randint(900, 989)}, New Castle DE 19720  |  1-800-555-{digits(rng, 4)}"],
           size=12)
    p.para(es_date(nd), 10)
    for ln in [member, *de_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.facts_right([("Número de DPAP", mid), ("Número de Medicare", m_), ("Reclamación (TCN)", t),
                   ("Fecha de la receta", fdate(fill, "slash")), ("Farmacia", PHARM3),
                   ("Médico que recetó", f"Dr. {prescriber}"), ("Costo del medicamento", "$318.40"),
                   ("Número de receta (Rx)", rx)],
                  [f"Estimado(a) {member}:",
                   f"El {es_wday(fill)}, la farmacia {PHARM3} le surtió una receta de su médico y nos envió la cuenta "
                   f"de {es_money(amt)}. No pagaremos esa cuenta por ahora.",
                   f"DPAP paga solo después de su plan de medicamentos de la Parte D de Medicare, {PDP2}. La farmacia no "
                   "envió primero la receta a su plan, así que no sabemos qué parte le toca pagar al plan. Hemos "
                   "pedido a la farmacia que la envíe al plan y luego nos mande a nosotros lo que quede.",
                   "Usted no tiene que hacer nada si la farmacia vuelve a enviar la receta. Si no está de acuerdo con "
                   "esta decisión, puede pedir una revisión dentro de 60 días a partir de la fecha de esta carta. "
                   "También tiene derecho a una audiencia imparcial; vea la hoja adjunta.",
                   f"Atentamente,\n{sig}\nUnidad de Reclamaciones de DPAP"],
                  side_w=62, size=9.3, title="Datos de la reclamación")
    tr = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=member, cases=[t],
               claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=PHARM3,
               appeal_deadline=plus(nd, 60).isoformat(), lang="es",
               alternates={"insurer": ALT + [INS_ES], "member_id": [m_], "provider": [prescriber]})
    return out(p), tr


def rotated_approved(rng):
    member, worker = people(rng, 2)
    mid, m_ = dpap_id(rng), mbi(rng)
    nd = workday(dt.date(2026, 2, rng.randint(9, 20)))
    start = dt.date(2026, 3, 1)
    app = f"A26-{digits(rng, 6)}"
    prem = round(rng.randint(28, 46) + rng.choice([0.1, 0.3, 0.6, 0.9]), 2)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, box="NOTICE OF ELIGIBILITY")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *de_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.grid([[("DPAP ID", grouped(mid)), ("Application no.", app), ("Medicare number", m_)],
            [("Decision", "Approved"), ("Coverage starts", fdate(start, "slash")), ("Part D plan", PDP)]], size=9)
    p.para(f"Dear {member}:", 10)
    p.para("We have reviewed your application for the Delaware Prescription Assistance Program and you qualify. "
           "Your DPAP card is enclosed. Show it at the pharmacy together with your Part D plan card.", 10)
    p.table(["What DPAP does", "Amount"],
            [["Most DPAP pays for you in a year (drugs and Part D premium together)", "$3,000.00"],
             ["Your copay at the pharmacy when DPAP pays", "$5 or 25%, whichever is more"],
             [f"Your monthly Part D premium to {PDP}, paid by DPAP", money(prem)]],
            [120, p.w - p.l_margin - p.r_margin - 120], size=8.8)
    p.para("DPAP pays after your Part D plan. It does not pay Part D copayments, and it does not pay for diabetic "
           "testing supplies, which Medicare Part B pays for. Tell us within 10 days if you move out of Delaware, "
           f"get Medicaid or get other drug coverage. Your eligibility worker is {worker}.", 10)
    p.para("If you disagree with anything in this notice, you may ask for a fair hearing; the enclosed sheet tells "
           "you how.", 10)
    tr = truth("other", None, insurer=INS, member_id=mid, member_name=member, denial_date=nd.isoformat(),
               alternates={"insurer": ALT, "member_id": [m_], "case_numbers": [[app]]})
    return out(p), tr


def lowres_late(rng):
    member, clerk = people(rng, 2)
    mid = dpap_id(rng)
    f1, f2 = dt.date(2026, 1, 5), dt.date(2026, 1, 26)
    rec = dt.date(2026, 8, rng.randint(10, 21))
    nd = workday(plus(rec, rng.randint(8, 14)))
    req = f"RR-{digits(rng, 2)}-{digits(rng, 5)}"
    a1 = round(rng.randint(30, 90) + rng.randint(1, 99) / 100, 2)
    a2 = round(rng.randint(30, 90) + rng.randint(1, 99) / 100, 2)
    asked = round(a1 + a2, 2)
    p = EBSheet(footer=None, strip=f"DOC CTRL {digits(rng, 11)}")
    p.set_margins(21, 15, 19)
    p.add_page()
    _head(p, rng, unit="DPAP Client Repayments")
    p.line("REPAYMENT REQUEST - DECISION", 12, "B")
    p.ln(2)
    for ln in [member, *de_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", fdate(nd, "slash"), 40, "B"), ("Clnt #", mid, 44, "B"), ("Req #", req, 40, "B"),
                ("Rcvd", fdate(rec, "slash"), W - 124, "B")])
    p.capcells([("Amt asked", money(asked, "nosign"), 40, "B"), ("Amt pd", "0.00", 30, "B"),
                ("Prev chk #", digits(rng, 6), 40, "B"), ("Rcpt #s", f"{digits(rng, 5)} / {digits(rng, 5)}",
                                                          W - 110, "B")])
    p.table(["Filled", "Pharmacy", "Medicine", "You paid"],
            [[yy(f1), PHARM, "apixaban 5 mg", f"{a1:.2f}"], [yy(f2), PHARM, "apixaban 5 mg", f"{a2:.2f}"]],
            [24, 58, 52, W - 134], size=8.8, aligns=["L", "L", "L", "R"])
    p.para(f"Dear {member}:", 9.8)
    p.para(f"You asked DPAP to pay you back for two prescriptions you paid for yourself at {PHARM}, filled on "
           f"01/05/26 and 01/26/26, while your DPAP card was on its way. We are sorry, but we cannot pay this request.",
           9.8)
    p.para("A request to be paid back has to reach DPAP within 180 days of the day the prescription was filled. "
           "Your request arrived on the date in the Rcvd box, more than 180 days after both fills, and it did not "
           "say what kept you from sending it sooner.", 9.8)
    p.para("If something outside your control kept you from sending it on time, write and tell us; we can look at "
           "it again. You have 90 days from the day this letter reaches you. You may also ask for a fair hearing.",
           9.8)
    p.para(f"{clerk}, DPAP Client Repayments", 9.8)
    tr = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=member, cases=[req],
               claim_amount=m2(asked), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
               provider=PHARM, appeal_deadline=None, alternates={"insurer": ALT})
    return out(p), tr


def scan_stack(rng):
    member, prescriber, sig = people(rng, 3)
    mid, m_ = dpap_id(rng), mbi(rng)
    fill = dt.date(2026, 4, 21)
    nd = workday(plus(fill, rng.randint(9, 15)))
    t = tcn(rng)
    cost = 486.92
    pa_ref = f"CD-{digits(rng, 8)}"
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 14, 19)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *de_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.under([(grouped(mid), "DPAP ID"), (t, "Claim TCN"), (f"Dr. {prescriber}", "Prescriber (cc)"),
             (PHARM3, "Pharmacy")], size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On Tue 04/21/2026 {PHARM3} filled a prescription for a tiotropium inhaler that Dr. {prescriber} of "
           f"{CLINIC} wrote for you, and sent the claim to DPAP:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Medicine", "Drug cost", "Part D plan paid", "Sent to DPAP", "DPAP paid"],
            [["tiotropium inhaler, 30 days", f"USD {cost:,.2f}", "USD 0.00", f"USD {cost:,.2f}", "USD 0.00"]],
            [58, 30, 30, 30, W - 148], size=8.8, aligns=["L", "R", "R", "R", "R"])
    p.para(f"Your Part D plan, {PDP}, pays for this inhaler only after your doctor has asked the plan and the plan has "
           "said yes. Nobody has asked the plan yet, so the plan paid nothing. DPAP pays after the Part D plan and "
           "follows the plan's rules for the drugs it covers, so DPAP cannot pay either until the plan agrees. The "
           f"plan's reference for this is {pa_ref} (no request on file).", 10)
    p.para(f"What you can do: ask Dr. {prescriber} to send the plan a coverage request. Once the plan approves it, "
           "the pharmacy can send the claim again and DPAP will pay its share.", 10)
    p.para("If you disagree with this decision, you may ask for a review within 60 days of the date on this letter. "
           "You may also ask for a fair hearing.", 10)
    p.para(f"Sincerely,\n{sig}\nDPAP Claims", 10)
    d_a = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=member,
                         cases=[t], claim_amount=m2(cost), service_dates=[fill.isoformat()],
                         denial_date=nd.isoformat(), provider=PHARM3, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [prescriber, CLINIC],
                                     "case_numbers": [[t, pa_ref]]}))
    member2, officer, rep, doc2 = people(rng, 4)
    mid2 = dpap_id(rng)
    f1, f2 = dt.date(2026, 3, 9), dt.date(2026, 4, 8)
    a = round(rng.randint(18, 29) + rng.choice([0.49, 0.97, 0.79]), 2)
    t1, t2 = tcn(rng), tcn(rng)
    ar = f"AR-26-{digits(rng, 4)}"
    rd = workday(dt.date(2026, 5, rng.randint(18, 29)))
    q = EBSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, unit="DMMA Administrative Review")
    q.title_bar("ADMINISTRATIVE REVIEW DECISION")
    q.grid([[("Decision date", fdate(rd, "long")), ("Review no.", ar), ("DPAP ID", mid2)],
            [("Client", member2), ("Representative", rep), ("Pharmacy", PHARM)]], size=9)
    q.para(f"Dear {rep}:", 10)
    q.para(f"You asked for a review of DPAP's answer on two claims for {member2}, filled on 03/09/2026 and "
           f"04/08/2026 at {PHARM}. Each was for a month of loratadine 10 mg tablets, an allergy medicine sold on "
           f"the shelf without a prescription. Dr. {doc2} wrote it on a prescription blank so that it could be "
           "billed.", 10)
    q.table(["Claim TCN", "Filled", "Amount billed", "DPAP paid"],
            [[t1, fdate(f1, "slash"), f"{a:.2f}", "0.00"], [t2, fdate(f2, "slash"), f"{a:.2f}", "0.00"],
             ["Total", "", f"{2 * a:.2f}", "0.00"]], [44, 30, 34, q.w - q.l_margin - q.r_margin - 108], size=8.8,
            aligns=["L", "L", "R", "R"], bold_last=True)
    q.para("DPAP helps pay for medicines that by law can only be sold with a prescription, and for Part D premiums. "
           "A medicine anyone can buy off the shelf stays outside the program even when a doctor writes it down. "
           f"The reviewer, {officer}, looked at the claims, the prescription and your letter and found that the first "
           "answer was right. It does not change.", 10)
    q.para("This ends the Division's review. If you still disagree, you may ask for a State fair hearing; the "
           "enclosed sheet explains how and by when.", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=mid2, member_name=member2,
                         cases=[ar, t1, t2], claim_amount=m2(2 * a), service_dates=[f1.isoformat(), f2.isoformat()],
                         denial_date=rd.isoformat(), provider=PHARM, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [doc2], "case_numbers": [[ar], [t1, t2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pharmacy_claim_advice_test_strips_part_b", "fax_standard_g4", [faxstd_strips(rng)]),
        Item(F + "born_digital_benefit_statement_maryland_pharmacy_row", "born_digital", [bd_statement(rng)]),
        Item(F + "photocopy_letter_medicaid_back_to_february_two_fills", "photocopy", [photocopy_medicaid(rng)]),
        Item(F + "phone_es_carta_farmacia_no_cobro_primero_parte_d", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_notice_of_eligibility_approved", "rotated", [rotated_approved(rng)]),
        Item(F + "lowres_caption_form_late_repayment_request", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "scan_stack_part_d_approval_missing_duplex_then_review_otc_sideways", "scan_clean_300",
             scan_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
