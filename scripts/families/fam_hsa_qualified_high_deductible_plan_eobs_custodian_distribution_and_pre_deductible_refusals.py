"""An invented HSA-qualified high-deductible health plan, Wrenfield HSA Saver 3400 of Wrenfield Mutual Health Insurance
Company, sold to employers (here Thistledown Tool & Die, Inc., group 0071842), and the invented bank that holds its
members' health savings accounts, Petrel Bank & Trust, N.A. (HSA custodial services). The plan counts every covered
charge toward a deductible of $3,400 for one person or $6,800 for a family and pays nothing before it is met except
the preventive care on its own list, uses only providers that signed an agreement with it except in an emergency,
asks its review line to approve advanced imaging and planned surgery first, decides appeals in two levels; the
custodian pays an account holder back from the account only for what the tax rules call medical care and says no to
a request that shows something else. The tax rules on health savings accounts (qualified medical expenses, cosmetic
care that does not treat an illness, tax and the 20% additional tax on other withdrawals before 65) appear as
themselves in the writer's own words; the insurer, plan, custodian, employer, clearinghouse, every clinic, hospital,
laboratory, supplier, spa, doctor, member, representative, number, amount, deductible and time limit are invented
(phones 555). No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_family_statement_four_members_one_biopsy_line_code_mismatch: a family statement of benefits to a
  subscriber with a section per person (suffixes -01 to -04), lines counted toward the family deductible (not
  refusals), a child's preventive visit paid, and one line of the spouse's dermatology claim refused because its
  body-site modifier does not match the diagnosis (coding_error); "Plan code" and group, a deductible meter, an
  earlier claim in a claims-history box, "THIS IS NOT A BILL" beside the amount owed; "within 180 days of the date of
  this statement".
- scan_custodian_refuses_reimbursement_med_spa_wrinkle_treatment: the custodian's letter to an account holder
  refusing to pay her back from the account for her husband's wrinkle injections and skin resurfacing at a medical
  spa (not_covered), captions in the shaded left column of a two-column box ("Request #", "Account holder ID", the
  HSA account number), the amount in words beside the digits, a later "you may still withdraw it, taxed" paragraph;
  "within 60 days of the date of this letter".
- faxstd_clearinghouse_remittance_pediatrics_coverage_ended: a remittance advice that a clearinghouse prints for a
  pediatric practice (payer Wrenfield), a check/EFT number, a summary table with narrow columns where "Contract #"
  values break over two lines, claim detail blocks with patient account numbers; one child's visit after the parent's
  coverage ended is refused (eligibility); "within 90 days of the remittance date".
- phone_es_monitor_de_glucosa_antes_del_deducible: a photographed Spanish letter to a subscriber about her husband's
  continuous glucose monitor: before the deductible the plan pays only the preventive care on its list, so the
  supplier's bill is not paid and is counted toward the deductible (not_covered); "4 de marzo de 2026" dates, the
  amount in Spanish words beside "US$"; "dentro de 180 días a partir de la fecha de esta carta".
- photocopy_knee_mri_without_review_line_call_claim_number_twice: a photocopied letter refusing a knee MRI at a
  hospital's radiology department that nobody called the review line about (prior_authorization), the referring
  doctor and the reading radiologist both named, "Auth ref.: none on file", the claim number printed with dashes in
  the box and plain in the text, a call date "Mar. 9, '26" as a decoy; "within 180 days after you receive this
  letter" (nothing to count from: null).
- rotated_landscape_eob_knee_visit_all_to_deductible_do_not_pay: a landscape EOB fed turned, one orthopaedic claim
  whose three lines all go to the deductible (denies nothing), "Plan code", "DO NOT PAY - THIS IS NOT A BILL",
  "412.60 USD"-style amounts, ISO dates, a footer "Revised 11/2024".
- finefax_stack_cover_then_son_lab_without_agreement_then_fusion_appeal_upheld_page2_sideways: a fine fax: a fax cover
  sheet, a letter to a father about his son's blood tests sent to a laboratory without an agreement (out_of_network;
  "Our file", "Your reference" = a call reference; "within 180 days of the date of this letter"), then a two-page
  first-level appeal decision to an authorized representative (a patient advocacy firm named at the top) keeping the
  refusal of a planned lumbar fusion (medical_necessity; "Docket no.", a neurosurgery department, the planned date),
  page 2 fed sideways; second level "within 60 days of the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkd import (EGSheet, apos, cents, code_after, es_date, first_last, grouped, iso, kin, last_first,
                               long, lookalike, n2, on_weekday, people, plus, slash, tollfree, usd, words,
                               words_es, workday, yy)
from public_kit import digits, m2, out, truth

FAMILY = "hsa_qualified_high_deductible_plan_eobs_custodian_distribution_and_pre_deductible_refusals"
LANG = "en"
SEED = 355063
INS = "Wrenfield Mutual Health Insurance Company"
PLAN = "Wrenfield HSA Saver 3400"
ALT = ["Wrenfield Mutual Health", "Wrenfield Mutual", PLAN, "Wrenfield"]
PLAN_CODE = "WM-HSA3400"
GROUP = "0071842"
EMPLOYER = "Thistledown Tool & Die, Inc."
BANK = "Petrel Bank & Trust, N.A."
BANK_ALT = ["Petrel Bank & Trust", "Petrel Bank and Trust", "Petrel HSA",
            "Petrel Bank & Trust, N.A. HSA Custodial Services"]
CH = "Quillmark Claims Exchange"
ADDR = "P.O. Box 30917, Columbus, OH 43230-0917"
DERM = "Brindle Street Dermatology"
HOSP = "Halvard Regional Medical Center"
PEDS = "Foxhollow Pediatrics"
URGENT = "Copper Kettle Urgent Care"
SPA = "Glowhaven Medical Spa"
DME = "Lantern Medical Supply"
ORTHO = "Wexcombe Orthopedic Group"
ENDO = "Ninebark Endocrinology"
LAB = "Ardent Reference Laboratories"
ADVOC = "Cairnfield Patient Advocates, LLC"


def sub_id(rng) -> str:
    return "WMH" + lookalike(rng, 8)


def claim_no(rng, d: dt.date) -> str:
    """W26-0318-44719"""
    return f"W{d:%y}-{d:%m%d}-{digits(rng, 5)}"


def oh_addr(rng) -> list[str]:
    street = rng.choice(["Sawmill Pkwy", "Cleveland Ave", "Hamilton Rd", "Schrock Rd", "Refugee Rd", "Olentangy St",
                         "Bethel Rd"])
    town = rng.choice([("Westerville", "43081"), ("Gahanna", "43230"), ("Hilliard", "43026"),
                       ("Grove City", "43123"), ("Reynoldsburg", "43068"), ("Dublin", "43017")])
    return [f"{rng.randint(100, 8999)} {street}", f"{town[0]}, OH {town[1]}"]


def _head(p: EGSheet, rng, unit: str, box: str | None = None, es: bool = False):
    p.head(INS, "WM", [f"{PLAN} (HSA-qualified high-deductible health plan)  |  {unit}" if not es else
                       f"{PLAN} (plan de deducible alto compatible con una HSA)  |  {unit}",
                       f"{ADDR}  |  {tollfree(rng)}  |  TTY 711"], box=box, size=12.5)


def _bank_head(p: EGSheet, rng, box: str | None = None):
    p.head(BANK, "PETREL", ["HSA Custodial Services  |  PO Box 7720, Cincinnati, OH 45274-7720",
                            f"{tollfree(rng)}  |  Fax (513) 555-{digits(rng, 4)}  |  petrelhsa.example"],
           box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_family(rng):
    sub, derm_doc, peds_doc, uc_doc = people(rng, 4, sex="m")
    spouse, kid1, kid2 = kin(rng, sub, 3, sex="f")
    sid = sub_id(rng)
    sd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    d_lab = on_weekday(dt.date(2026, 3, 2), 1)
    d_derm = on_weekday(dt.date(2026, 3, 9), 2)
    d_well = on_weekday(dt.date(2026, 3, 12), 3)
    d_uc = on_weekday(dt.date(2026, 3, 21), 5)
    c_lab, c_derm, c_well, c_uc = (claim_no(rng, plus(d, 4)) for d in (d_lab, d_derm, d_well, d_uc))
    old = f"W25-{rng.randint(10, 12)}{rng.randint(10, 28)}-{digits(rng, 5)}"
    lab_b, lab_a = 212.0, 88.40
    dv_b, dv_a = 240.0, 152.10
    bx_b = 185.0 + cents(rng)
    well_b, well_a = 260.0, 171.30
    uc_b, uc_a = 195.0, 131.75
    derm_total = dv_b + bx_b
    owe = round(lab_a + dv_a + uc_a, 2)
    met_before = 1140.55
    met = round(met_before + owe, 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="WM-SOB-F (rev. 11/2024)")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Member Services", box="FAMILY STATEMENT OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Subscriber", sub), ("Member ID", f"{sid}-01"), ("Plan code", PLAN_CODE), ("Group", GROUP),
                ("Statement date", long(sd))], widths=[46, 38, 30, 24, W - 138])
    p.ln(3)
    y0 = p.get_y()
    for ln in [sub, *oh_addr(rng)]:
        p.line(ln, 9.6)
    p.line(f"Employer: {EMPLOYER}", 8.4)
    end_l = p.history_box("Earlier claim shown for reference", ["Claim no.", "Date", "Member", "Billed", "Status"],
                          [[old, "12/03/2025", first_last(kid2), "310.00", "Processed"]], [25, 18, 34, 14, 17],
                          x=p.l_margin, y=p.get_y() + 2)
    end_r = p.sidebar([("Family deductible for 2026", usd(6800)), ("Counted so far (this statement included)",
                                                                   usd(met)),
                       ("Still to meet", usd(6800 - met))], p.w - p.r_margin - 78, y0, 78, title="Deductible",
                      size=8.2)
    p.set_y(max(end_l, end_r) + 3)
    head = ["Claim no.", "Date", "Provider", "Service", "Billed", "Discount", "Allowed", "Deduct.", "Plan paid",
            "You owe", "Note"]
    widths = [25, 17, 30, 26, 13, 14, 14, 16, 13, 13]
    widths.append(W - sum(widths))
    al = ["L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "C"]
    people_rows = [
        (f"{sub}  -  Member ID {sid}-01",
         [[c_lab, iso(d_lab), "Halvard Regional\nMedical Center Lab", "Lipid panel\n80061", n2(lab_b),
           n2(lab_b - lab_a), n2(lab_a), n2(lab_a), "0.00", n2(lab_a), "D"]], set()),
        (f"{spouse}  -  Member ID {sid}-02",
         [[c_derm, iso(d_derm), "Brindle Street\nDermatology", "Office visit\n99214", n2(dv_b), n2(dv_b - dv_a),
           n2(dv_a), n2(dv_a), "0.00", n2(dv_a), "D"],
          ["", iso(d_derm), "Brindle Street\nDermatology", "Shave biopsy\n11102-LT", n2(bx_b), "0.00", "0.00", "0.00",
           "0.00", "0.00", "C4"],
          ["", "", "", "Claim total", n2(derm_total), n2(dv_b - dv_a), n2(dv_a), n2(dv_a), "0.00", n2(dv_a), ""]],
         {1}),
        (f"{kid1}  -  Member ID {sid}-03", [[c_well, iso(d_well), PEDS, "Well visit\n99393", n2(well_b),
                                             n2(well_b - well_a), n2(well_a), "0.00", n2(well_a), "0.00", "P"]],
         set()),
        (f"{kid2}  -  Member ID {sid}-04",
         [[c_uc, iso(d_uc), "Copper Kettle\nUrgent Care", "Urgent visit\nS9083", n2(uc_b), n2(uc_b - uc_a), n2(uc_a),
           n2(uc_a), "0.00", n2(uc_a), "D"]], set()),
    ]
    for title, rows, shade in people_rows:
        p.f(8.6, "B")
        p.set_fill_color(235, 235, 235)
        p.cell(W, 5.2, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        p.set_fill_color(255, 255, 255)
        p.wrap_table(head, rows, widths, aligns=al, size=7.2, shade_rows=shade,
                     bold_rows={2} if len(rows) == 3 else set())
        p.set_y(p.get_y() - 1.5)
    p.ln(2)
    p.owe_band("Total you may owe your providers:", usd(owe), "THIS IS NOT A BILL")
    p.legend("Notes", [
        ("D", "Counted toward your deductible. The provider will bill you; you may pay from your HSA."),
        ("P", "Preventive care on the plan's list, paid before the deductible."),
        ("C4", f"The second line of claim {c_derm} for {first_last(spouse)} ({DERM}, {long(d_derm)}) was billed "
               "with the modifier for the left hand, while the visit notes and the diagnosis are for a spot on the "
               "back. We cannot match that line to the diagnosis, so it was not allowed. The practice may send a "
               "corrected claim. The claim's first line is counted above."),
    ], size=7.4)
    p.para(f"You may appeal any decision on this statement within 180 days of the date of this statement. Write to "
           f"Appeals, {ADDR}.", 8.2)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN_CODE, group=GROUP, member_id=f"{sid}-02",
              member_name=spouse, cases=[c_derm], claim_amount=m2(derm_total), service_dates=[d_derm.isoformat()],
              denial_date=sd.isoformat(), provider=DERM, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [sid, f"{sid}-01"], "claim_amount": [m2(bx_b)],
                          "plan_id": [None]})
    return out(p), t


def scan_custodian(rng):
    holder, sig = people(rng, 2, sex="f")
    husband = kin(rng, holder, sex="m")[0]
    hid = f"PH-{lookalike(rng, 7)}"
    acct = digits(rng, 10)
    paid_on = on_weekday(dt.date(2026, 3, 4), 2)
    second = plus(paid_on, 14)
    req = f"RR{paid_on:%y}{digits(rng, 6)}"
    sub_d = plus(second, rng.randint(4, 8))
    ld = workday(plus(sub_d, rng.randint(6, 10)))
    a1, a2 = 575.0, 574.0
    amt = a1 + a2
    p = EGSheet(footer="Page {n} of {nb}", footer_left="PBT-HSA-RD2 (rev. 11/2024)")
    p.set_margins(20, 15, 20)
    p.add_page()
    _bank_head(p, rng, box="REIMBURSEMENT REQUEST")
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [holder, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.kv_box([("Request #", req), ("Account holder", holder), ("Account holder ID", hid),
              ("HSA account no.", f"ending {acct[-4:]}"), ("Paid to", SPA), ("Care received by", f"{husband} (spouse)"),
              ("Amount asked for", usd(amt)), ("Decision", "Not paid from the account")], cap_w=46, size=9.4)
    p.para(f"Dear {first_last(holder)}:", 10)
    p.para(f"On {long(sub_d)} you asked us to pay you back {words(amt).lower()} ({usd(amt)}) from your health "
           f"savings account for two visits your husband, {first_last(husband)}, made to {SPA}: injections on "
           f"{long(paid_on)} ({usd(a1)}) and a laser skin treatment on {long(second)} ({usd(a2)}).", 10)
    p.para("Money leaves a health savings account tax-free only to pay for medical care: care to find, treat or "
           "prevent an illness or injury. The spa's receipts say the injections were to smooth forehead lines and "
           "the laser treatment was to even out skin tone. Care meant to improve how a person looks, and not to "
           "treat a disease, an injury or a defect from birth, is not medical care under the tax rules, so we "
           "cannot release the money as a tax-free reimbursement.", 10)
    p.para("You may still take the money out of your account as an ordinary withdrawal. It would then count as "
           "income on your tax return and, because you are under 65, the tax rules add a 20% additional tax.", 10)
    p.para("If a doctor gave this care to treat a medical condition, send us the doctor's letter saying so, and we "
           "will look at your request again. Please send it within 60 days of the date of this letter, with the "
           "request number.", 10)
    p.signoff(["Sincerely,", sig, "HSA Custodial Services"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=BANK, member_id=hid, member_name=husband, cases=[req],
              claim_amount=m2(amt), service_dates=[paid_on.isoformat(), second.isoformat()], denial_date=ld.isoformat(),
              provider=SPA, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": BANK_ALT, "member_name": [holder]})
    return out(p), t


def faxstd_remit(rng):
    parent, doc1, doc2, other_parent, sig = people(rng, 5, sex="mmf")
    kid = kin(rng, parent, sex="f")[0]
    other_kid = kin(rng, other_parent, sex="m")[0]
    sid, sid2 = sub_id(rng), sub_id(rng)
    ended = dt.date(2026, 2, 28)
    sv = on_weekday(dt.date(2026, 3, 10), 1)
    sv2 = plus(sv, 1)
    rd = workday(plus(sv, rng.randint(24, 30)))
    icn, icn2 = f"{rd:%y}{digits(rng, 11)}", f"{rd:%y}{digits(rng, 11)}"
    acct, acct2 = f"FXP{digits(rng, 6)}", f"FXP{digits(rng, 6)}"
    chk = digits(rng, 9)
    b1, b2 = 178.0, 64.0
    total = b1 + b2
    o_b, o_a = 260.0, 171.30
    p = EGSheet(footer="Page {n} of {nb}", footer_left=f"{CH} - ERA print v4.2",
                fax_hdr=f"{yy(plus(rd, 2))} 16:41  {CH.upper()}  (614) 555-{digits(rng, 4)}  PG {{n}}")
    p.set_margins(13, 13, 13)
    p.add_page()
    p.head(CH, "QCX", ["Electronic remittance, printed for the payee", f"Support {tollfree(rng)}  |  "
                                                                         "Not a claim form"],
           box="REMITTANCE ADVICE", size=12)
    W = p.w - p.l_margin - p.r_margin
    p.beside([[("Payee", f"{PEDS}, Inc."), ("Payer", INS)],
              [("Remit date", slash(rd)), ("Check/EFT no.", chk)],
              [("Payer address", ADDR), ("Payment", usd(o_a))]], cap_w=24, size=8.2)
    p.f(8.6, "B")
    p.cell(0, 5, "Claims in this remittance", new_x="LMARGIN", new_y="NEXT")
    rows = [[last_first(kid).replace(", ", ",\n"), f"{sid[:7]}\n{sid[7:]}-03", acct, f"{icn[:7]}\n{icn[7:]}", yy(sv),
             n2(total), "0.00", "0.00", "0.00", "Denied"],
            [last_first(other_kid).replace(", ", ",\n"), f"{sid2[:7]}\n{sid2[7:]}-02", acct2,
             f"{icn2[:7]}\n{icn2[7:]}", yy(sv2), n2(o_b), n2(o_a), "0.00", n2(o_a), "Paid"]]
    widths = [32, 22, 20, 20, 16, 17, 17, 13, 17]
    widths.append(W - sum(widths))
    p.wrap_table(["Patient", "Contract #", "Pat acct", "ICN", "From", "Billed", "Allowed", "Ded", "Paid", "Status"],
                 rows, widths, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], size=7.4)
    p.bar("Claim detail", size=8.6)
    p.set_font("Mono", "", 7.8)
    for ln in [f"NAME {last_first(kid)}   CONTRACT # {sid}-03   GROUP {GROUP}",
               f"PAT ACCT {acct}   ICN {icn}   REND {doc1.upper()}"]:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ledger(["Date", "Code", "Units", "Billed", "Allowed", "Paid", "Adj grp", "Reason", "Remark"],
             [[slash(sv), "99213", "1", n2(b1), "0.00", "0.00", "CO", "27", "N30"],
              [slash(sv), "87880", "1", n2(b2), "0.00", "0.00", "CO", "27", "N30"]],
             [24, 18, 12, 20, 20, 18, 16, 16, 16], aligns=["L", "L", "C", "R", "R", "R", "C", "C", "C"], size=7.6,
             totals=["Claim", "", "", n2(total), "0.00", "0.00", "", "", ""])
    p.set_font("Mono", "", 7.8)
    for ln in [f"NAME {last_first(other_kid)}   CONTRACT # {sid2}-02   GROUP {GROUP}",
               f"PAT ACCT {acct2}   ICN {icn2}   REND {doc2.upper()}"]:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ledger(["Date", "Code", "Units", "Billed", "Allowed", "Paid", "Adj grp", "Reason", "Remark"],
             [[slash(sv2), "99393", "1", n2(o_b), n2(o_a), n2(o_a), "CO", "45", ""]],
             [24, 18, 12, 20, 20, 18, 16, 16, 16], aligns=["L", "L", "C", "R", "R", "R", "C", "C", "C"], size=7.6,
             totals=["Claim", "", "", n2(o_b), n2(o_a), n2(o_a), "", "", ""])
    p.legend("Codes on this remittance (payer's wording)", [
        ("27", f"The patient was no longer on the subscriber's plan on the date of service: the subscriber's group "
               f"coverage through {EMPLOYER} ended {long(ended)} and no continuation was elected. Bill the patient "
               "or the patient's new coverage."),
        ("N30", "The patient is not enrolled for this benefit on this date."),
        ("45", "Charge above the allowed amount for a contracted provider; not billable to the patient."),
    ], size=7.4)
    p.para(f"Corrected claims and appeals of this remittance must reach the payer within 90 days of the remittance "
           f"date. Send to Provider Appeals, {INS}, {ADDR}. The payer's decision is printed as sent to {CH}.", 7.8)
    t = truth("eob", "eligibility", insurer=INS, group=GROUP, member_id=f"{sid}-03", member_name=kid, cases=[icn],
              claim_amount=m2(total), service_dates=[sv.isoformat()], denial_date=rd.isoformat(), provider=PEDS,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": [CH, *ALT], "member_id": [sid], "provider": [f"{PEDS}, Inc.", doc1],
                          "group_number": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


def phone_es(rng):
    wife, endo, sig = people(rng, 3, es=True, sex="fm")
    husband = kin(rng, wife, es=True, sex="m")[0]
    sid = sub_id(rng)
    sv = on_weekday(dt.date(2026, 3, 4), 2)
    clm = claim_no(rng, plus(sv, 8))
    ld = workday(plus(sv, rng.randint(22, 28)))
    billed = float(rng.choice([1234.5, 1187.4, 1262.0]))
    met = 610.25
    p = EGSheet(footer="Página {n} de {nb}", footer_left="WM-CLM-9S (rev. 11/2024)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.line(es_date(ld), 10)
    p.ln(3)
    for ln in [wife, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.hang([("Suscriptora", wife), ("Paciente", f"{husband} (cónyuge)"), ("N.º de miembro", f"{sid}-02"),
            ("Código del plan", PLAN_CODE), ("Grupo", GROUP), ("Reclamación", clm)], cap_w=40, size=9.6)
    p.para(f"Estimada Sra. {wife.split()[-1]}:", 10)
    p.para(f"{DME} nos envió la cuenta del monitor continuo de glucosa y los sensores que el Dr. {endo} de {ENDO} le "
           f"recetó a su esposo, {first_last(husband)}, entregados el {es_date(sv)}: {words_es(billed)} "
           f"(US$ {n2(billed)}).", 10)
    p.para("Su plan es un plan de deducible alto que se puede usar junto con una cuenta de ahorros para la salud. "
           "Mientras la familia no haya pagado el deducible del año, el plan solo paga por su cuenta la atención "
           "preventiva que figura en su lista, como los chequeos anuales y las vacunas. El monitor y los sensores no "
           "están en esa lista, así que esta vez no le pagamos nada al proveedor. Sumamos el monto permitido a su "
           f"deducible familiar; con esta cuenta ya lleva US$ {n2(met)} de los US$ 6,800.00.", 10)
    p.para(f"{DME} le enviará la factura a usted. Puede pagarla con el dinero de su cuenta de ahorros para la salud.",
           10)
    p.para("Si no está de acuerdo, puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
           f"Escriba a Apelaciones, {ADDR}.", 10)
    p.signoff(["Atentamente,", sig, "Servicios para Miembros"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=PLAN_CODE, group=GROUP, member_id=f"{sid}-02",
              member_name=husband, cases=[clm], claim_amount=m2(billed), service_dates=[sv.isoformat()],
              denial_date=ld.isoformat(), provider=DME, appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [sid], "provider": [f"Dr. {endo}", ENDO], "plan_id": [None]})
    return out(p), t


def photocopy_mri(rng):
    member, ref_doc, rad, sig = people(rng, 4, sex="f")
    sid = sub_id(rng)
    sv = on_weekday(dt.date(2026, 2, 23), 0)
    clm = claim_no(rng, plus(sv, 6))
    plain = clm.replace("-", "")
    call = on_weekday(plus(sv, 14), 0)
    ld = workday(plus(sv, rng.randint(28, 34)))
    billed = 2980.0 + cents(rng)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="WM-UM-14 (rev. 11/2024)")
    p.set_margins(19, 15, 19)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [member, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.kv_box([("Claim", clm), ("Member ID", grouped(f"{sid}-01", (3, 4, 4))), ("Plan code", PLAN_CODE),
              ("Group", GROUP), ("Auth ref.", "none on file")], cap_w=30, w=104, size=9.2)
    p.para(f"Dear {first_last(member)}:", 10)
    p.para(f"We received a bill of {usd(billed)} from {HOSP} for an MRI of your right knee done in its Department of "
           f"Radiology on {long(sv)}. Dr. {ref_doc} ordered the scan and Dr. {rad} of the radiology department read "
           "it.", 10)
    p.para(f"Your plan asks that someone call our review line before an MRI, CT or PET scan that is planned ahead, so "
           f"that we can agree to it first. We have no record of a call from Dr. {ref_doc.split()[-1]}'s office, the "
           f"hospital or you before this scan. When you called us on {apos(call)} we could not find one either. For "
           f"that reason we will not pay claim {plain}, and it will not count toward your deductible.", 10)
    p.para("If the scan was urgent, or if someone did call, ask the doctor's office to send us the date and the name "
           "of the person they spoke with.", 10)
    p.para(f"You may appeal within 180 days after you receive this letter. Write to Appeals, {ADDR}, or fax "
           f"(614) 555-{digits(rng, 4)}.", 10)
    p.signoff(["Sincerely,", "", sig, "Utilization Review"], 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN_CODE, group=GROUP,
              member_id=f"{sid}-01", member_name=member, cases=[clm], claim_amount=m2(billed),
              service_dates=[sv.isoformat()], denial_date=ld.isoformat(), provider=HOSP,
              alternates={"insurer": ALT, "member_id": [sid], "case_numbers": [[plain], [clm, plain]],
                          "provider": [f"{HOSP} Department of Radiology", f"Dr. {rad}", f"Dr. {ref_doc}"]})
    return out(p), t


def rotated_eob(rng):
    sub, sig = people(rng, 2, sex="m")
    sid = sub_id(rng)
    sv = on_weekday(dt.date(2026, 4, 6), 0)
    clm = claim_no(rng, plus(sv, 5))
    sd = workday(plus(sv, rng.randint(15, 20)))
    lines = [("99204", "New patient visit", 325.0, 198.40), ("73562", "X-ray knee, 3 views", 142.0, 61.85),
             ("L1830", "Knee immobilizer", 218.0 + cents(rng), 152.35)]
    billed = sum(b for _, _, b, _ in lines)
    allowed = round(sum(a for *_, a in lines), 2)
    met_before = 1482.10
    p = EGSheet(footer="Page {n} of {nb}", footer_left="WM-EOB-1   Revised 11/2024")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, "Claims", box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Member", sub), ("Member ID", f"{sid}-01"), ("Plan code", PLAN_CODE), ("Group", GROUP),
                ("Claim no.", clm), ("Date of statement", iso(sd))], widths=[48, 40, 32, 26, 40, W - 186])
    p.ln(3)
    rows = [[iso(sv), c, d, ORTHO, n2(b), n2(b - a), n2(a), n2(a), "0.00", "0.00", code_after(a)]
            for c, d, b, a in lines]
    rows.append(["", "", "Claim total", "", n2(billed), n2(billed - allowed), n2(allowed), n2(allowed), "0.00", "0.00",
                 code_after(allowed)])
    widths = [21, 14, 36, 44, 18, 20, 18, 22, 20, 17]
    widths.append(W - sum(widths))
    p.wrap_table(["Service date", "Code", "Service", "Provider", "Billed", "Network savings", "Allowed",
                  "To deductible", "Coinsurance", "Plan paid", "Your share"], rows, widths,
                 aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "R"], size=8.0, bold_rows={3})
    p.owe_band("Your share of this claim:", code_after(allowed), "DO NOT PAY - THIS IS NOT A BILL")
    p.para(f"All {len(lines)} services were covered. Because your deductible is not yet met, the allowed amount was "
           f"counted toward it and {ORTHO} will bill you for {usd(allowed)}. You may pay the bill from your health "
           f"savings account. Individual deductible {usd(3400)}: {usd(round(met_before + allowed, 2))} met with this "
           f"claim.", 9.2)
    p.para("Questions about this statement? Call Member Services. You have the right to appeal a decision on a "
           "claim; how to do so is explained in your benefit booklet.", 9.2)
    t = truth("eob", None, insurer=INS, plan_id=PLAN_CODE, group=GROUP, member_id=f"{sid}-01", member_name=sub,
              cases=[clm], claim_amount=m2(billed), service_dates=[sv.isoformat()], denial_date=sd.isoformat(),
              provider=ORTHO, alternates={"insurer": ALT, "member_id": [sid]})
    return out(p), t


def finefax_stack(rng):
    # A: the son's blood tests sent to a laboratory with no agreement with the plan
    father, endo, sig = people(rng, 3, sex="m")
    son = kin(rng, father, sex="m")[0]
    sid = sub_id(rng)
    sv = on_weekday(dt.date(2026, 3, 16), 1)
    clm = claim_no(rng, plus(sv, 9))
    ld = workday(plus(sv, rng.randint(24, 30)))
    call_ref = f"C{digits(rng, 8)}"
    billed = 846.0 + cents(rng)
    a = EGSheet(footer="Page {n} of {nb}", footer_left="WM-CLM-4 (rev. 11/2024)")
    a.set_margins(19, 15, 19)
    a.add_page()
    _head(a, rng, "Claims")
    a.line(long(ld), 10)
    a.ln(3)
    for ln in [father, *oh_addr(rng)]:
        a.line(ln, 10)
    a.ln(3)
    a.beside([[("Our file", clm), ("Your reference", f"call {call_ref}")],
              [("Member ID", f"{sid}-03"), ("Patient", son)],
              [("Plan code", PLAN_CODE), ("Group", GROUP)]], cap_w=26, size=8.8)
    a.para(f"Dear {first_last(father)}:", 10)
    a.para(f"Dr. {endo} of {ENDO} drew blood from your son {first_last(son)} on {long(sv)} and sent it to {LAB} for "
           f"hormone and gene tests. {LAB} billed us {usd(billed)}.", 10)
    a.para(f"{LAB} has never signed an agreement with Wrenfield Mutual, and your plan pays only the doctors, "
           "laboratories and hospitals that have one, except in an emergency. Blood drawn at a planned office visit "
           "is not an emergency. We therefore pay nothing on this claim, and the amount does not count toward your "
           f"deductible. Laboratories that work with us can run the same tests; {ENDO} can send future samples to "
           "one of them.", 10)
    a.para("You may appeal within 180 days of the date of this letter. Write to Appeals at the address above.", 10)
    a.signoff(["Sincerely,", sig, "Claims Department"], 9.6)
    d_a = (out(a), truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN_CODE, group=GROUP,
                         member_id=f"{sid}-03", member_name=son, cases=[clm], claim_amount=m2(billed),
                         service_dates=[sv.isoformat()], denial_date=ld.isoformat(), provider=LAB,
                         appeal_deadline=plus(ld, 180).isoformat(),
                         alternates={"insurer": ALT, "member_id": [sid], "provider": [f"Dr. {endo}", ENDO]}))
    # B: first-level appeal decision sent to the member's authorized representative, page 2 sideways
    member, advocate, surgeon, reviewer, sig2 = people(rng, 5, sex="f")
    while any(x.split()[-1] == father.split()[-1] for x in (member, advocate, surgeon, reviewer, sig2)):
        member, advocate, surgeon, reviewer, sig2 = people(rng, 5, sex="f")
    sid2 = sub_id(rng)
    planned = on_weekday(dt.date(2026, 5, 18), 1)
    docket = f"AP-26-{digits(rng, 5)}"
    req = f"PA{digits(rng, 8)}"
    dd = workday(plus(planned, -rng.randint(22, 28)))
    b = EGSheet(footer="Page {n} of {nb}", footer_left="WM-AP1-D (rev. 11/2024)",
                every=f"{member}  |  Docket no. {docket}  |  page {{n}} of {{nb}}")
    b.set_margins(19, 15, 19)
    b.add_page()
    _head(b, rng, "Appeals", box="FIRST-LEVEL APPEAL DECISION")
    y0 = b.get_y()
    end = b.rep_block("Authorized representative", [advocate, ADVOC, *oh_addr(rng)], w=84)
    b.set_xy(b.l_margin, y0 + 1)
    b.line(long(dd), 10)
    b.ln(2)
    b.line(f"Member: {member}", 9.4)
    b.line(f"Member ID: {sid2}-01", 9.4)
    b.line(f"Docket no.: {docket}", 9.4)
    b.set_y(max(b.get_y(), end) + 4)
    b.para(f"Dear {first_last(advocate)}:", 10)
    b.para(f"You appealed, for {first_last(member)}, our decision not to approve a lumbar spinal fusion at L4-L5 that "
           f"Dr. {surgeon} of the Department of Neurosurgery at {HOSP} asked us to approve (request {req}). The "
           f"surgery is planned for {long(planned)}.", 10)
    b.para(f"Dr. {reviewer}, a spine surgeon who took no part in the first decision, read the appeal, the office "
           "notes and the imaging report. The records show back pain of four months with no leg weakness and no "
           "slipping of the spine on the X-rays taken bending forward and back. They show two weeks of physical "
           "therapy, stopped after four visits, and no injection. A fusion is approved when at least six months of "
           "such care has not helped, or sooner when nerves are being damaged. Neither is shown, so the surgery "
           "is not needed at this time and our decision stays the same.", 10)
    b.add_page()
    b.bar("What you can do next")
    b.para("You may ask for a second-level appeal, decided by a panel that took no part in either decision. Ask in "
           f"writing within 60 days of the date of this letter at Appeals, {ADDR}.", 10)
    b.para("After the second level you may ask for an external review by an independent review organization; the "
           "second-level letter will explain how.", 10)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Docket no.", "Request", "Service", "Planned date", "Surgeon", "Decision"],
            [[docket, req, "Lumbar fusion L4-L5", slash(planned), f"Dr. {surgeon}", "Upheld"]],
            [28, 26, 36, 24, 40, W - 154], size=8.4)
    b.signoff(["Sincerely,", "", sig2, "Appeals Coordinator"], 9.6)
    d_b = (out(b), truth("denial_letter", "medical_necessity", insurer=INS, member_id=f"{sid2}-01",
                         member_name=member, cases=[docket, req], service_dates=[planned.isoformat()],
                         denial_date=dd.isoformat(), provider=f"Dr. {surgeon}",
                         appeal_deadline=plus(dd, 60).isoformat(),
                         alternates={"insurer": ALT, "member_id": [sid2],
                                     "provider": [HOSP, f"{HOSP} Department of Neurosurgery"],
                                     "case_numbers": [[docket], [req]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_family_statement_four_members_one_biopsy_line_code_mismatch", "born_digital",
             [born_family(rng)]),
        Item(F + "scan_custodian_refuses_reimbursement_med_spa_wrinkle_treatment", "scan_clean_300",
             [scan_custodian(rng)]),
        Item(F + "faxstd_clearinghouse_remittance_pediatrics_coverage_ended", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "phone_es_monitor_de_glucosa_antes_del_deducible", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_knee_mri_without_review_line_call_claim_number_twice", "photocopy",
             [photocopy_mri(rng)]),
        Item(F + "rotated_landscape_eob_knee_visit_all_to_deductible_do_not_pay", "rotated", [rotated_eob(rng)]),
        Item(F + "finefax_stack_cover_then_son_lab_without_agreement_then_fusion_appeal_upheld_page2_sideways",
             "fax_fine_g4", finefax_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
