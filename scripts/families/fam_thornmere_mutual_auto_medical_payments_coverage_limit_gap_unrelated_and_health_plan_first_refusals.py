"""An invented auto insurer's medical payments coverage after a car crash: Thornmere Mutual Auto Insurance Company
("Coverage M - Medical Payments", a per-person limit of $5,000 for each person hurt in the insured car, the
reasonable amount for the care in the provider's area, a clause that makes the coverage pay after any health
insurance the injured person has, care paid only when the crash caused or worsened the injury, and a rule that a
break of more than 45 days without treatment needs records tying later care to the crash), some of its claims
adjusted by an invented administrator (Stonebury Claims Services, LLC) on its own letterhead. Policy numbers are
"THM" + eight digits, the prefix printed apart ("THM 48213907"); claim numbers "26M" + seven digits; bill numbers
four digits, a dash and five. Every company, hospital, practice, clinic, ambulance service, billing service, health
plan, law office, person, number, code, limit and time limit is invented (phones 555); CPT, HCPCS and revenue codes
appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_statement_two_pages_dental_bill_code_r41_on_back: a two-page medical payments statement to the
  driver ("THIS IS NOT A BILL", "Statement date 12-May-2026", the policy's prefix apart from its number, tiles for
  the limit, earlier payments, this statement and what is left, an example in the boilerplate); page 2 an unruled
  table of five providers' bills with right-aligned money, check numbers as decoys and the totals row, one dental
  bill 0.00 under R41 told only in the code list under it; "within 60 days of the statement date".
- faxstd_stack_therapy_office_transmittal_limit_used_up_upside_down_then_clinic_bill: a standard-fax stack of a
  therapy clinic's fax transmittal sheet to a law office, a two-page explanation of medical payments ("Friday, May
  22, 2026", tiles showing the $5,000 limit used up, page 2 with the eight visits upside down: three paid, five
  not paid; "within 30 days of the date of this statement") and the clinic's own statement asking for the balance
  (a real bill; denies nothing).
- phone_es_seguro_de_salud_primero_pasajera_sala_de_emergencias: a photographed Spanish letter to a passenger (not
  the named insured) on an emergency room bill the health plan must see first, her health plan's member and group
  numbers side by side as decoys, a phone call's reference number; "dentro de 60 días a partir de la fecha de esta
  carta".
- scanclean_three_page_shoulder_surgery_not_from_crash_ids_in_small_footer: a clean-scan three-page letter ("April
  21st, 2026", "Mailed 04/21/2026" and the IDs in a small running footer) on a shoulder surgery bill; page 2 the
  bill's table with the surgeon only in its Rendering column, page 3 the reason in plain words ("We can only pay for
  ... when ..., and your records show ..."), signed by a nurse reviewer and a medical director; only "within 60
  calendar days of the date you receive this notice" (nothing to count from).
- photocopy_administrator_two_column_gap_in_chiropractic_care_buried_reason: a photocopied two-column letter on the
  administrator's letterhead to a mother about her son's chiropractic visits after ten weeks without care, the
  reason one sentence inside a long paragraph, a sidebar of facts ("Treating chiropractor", "Received 05.29.2026");
  "no later than August 3, 2026".
- rotated_payment_letter_ambulance_check_attached: a payment letter to an ambulance service fed turned, billed and
  reasonable amounts, the limit used so far and a check at the foot (check number, "$****1,104.50"-style amount and
  the amount in words; denies nothing).
- lowres_review_form_boxes_hospital_billing_service_health_plan_first: a 150 dpi explanation of review to a
  hospital's billing service, boxes with values under small captions ("Review date 2026/06/18"; patient account,
  payee and attending as decoys), an observation stay "06/01/2026 - 06/02/2026" held because the injured driver's
  health plan must pay first; "within 45 days of the review date" (an answer "within 10 business days" as decoy).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famib import (IBSheet, auto_address, dmy_dash, es_date, iso, long, mdy_dots, n2, ord_long, people,
                               phone, plus, slash, split_name, tollfree, transmittal, usd, wday_long, ymd_slash)
from public_kit import digits, m2, out, truth

FAMILY = "thornmere_mutual_auto_medical_payments_coverage_limit_gap_unrelated_and_health_plan_first_refusals"
LANG = "en"
SEED = 355081
INS = "Thornmere Mutual Auto Insurance Company"
ALT = ["Thornmere Mutual", "Thornmere Mutual Auto", "Thornmere Mutual Auto Insurance", "Thornmere Auto Insurance",
       "Thornmere Mutual Auto Insurance Co."]
TPA = "Stonebury Claims Services, LLC"
HOSP = "Glenvarrow Regional Medical Center"
ERDOCS = "Ploverdale Emergency Physicians"
RAD = "Stourwick Imaging Associates"
DENT = "Broomhill Family Dentistry"
PTC = "Quellwater Physical Therapy & Rehab"
CHIRO = "Culverton Chiropractic Center"
ORTHO = "Hinksey Orthopedic & Sports Medicine"
AMB = "Lowestead Township Ambulance"
URG = "Sturrock Urgent Care"
BILLER = "Wrekin Revenue Partners"
HEALTH = "Brookwater Health Plan"
LAW = "Hollis & Prynne, Attorneys at Law"
OFFICE = "Medical Payments Claims  |  P.O. Box 30877, Dayton, OH 45401"
LIMIT = 5000.00


def policy(rng):
    return digits(rng, 8)


def claim_no(rng):
    return f"26M{digits(rng, 7)}"


def bill_no(rng):
    return f"{digits(rng, 4)}-{digits(rng, 5)}"


def ins_head(p, rng, box=None, es=False):
    lines = ([f"Pagos Médicos (Cobertura M)  |  P.O. Box 30877, Dayton, OH 45401",
              f"Línea de reclamos {tollfree(rng, '877')}  |  Fax {phone(rng, '937')}"] if es else
             [OFFICE, f"Claims line {tollfree(rng, '877')}  |  Fax {phone(rng, '937')}  |  TTY 711"])
    p.head(INS, "TM", lines, box=box, size=12.6)


def pol_alt(pol, own=True):
    """member_id truth and alternates: the policy number when the injured person is the named insured."""
    full = "THM" + pol
    if own:
        return full, {"member_id": [pol, None], "plan_id": [full]}
    return None, {"member_id": [full, pol], "plan_id": [full]}


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    drv, dentist = people(rng, 2)
    pol, clm = policy(rng), claim_no(rng)
    loss = dt.date(2026, 2, 27)
    sd = dt.date(2026, 5, 12)
    earlier = 318.45
    bills = [(HOSP, [loss], 3486.20, 2611.90, "R12"), (ERDOCS, [loss], 742.00, 566.35, "R12"),
             (RAD, [loss], 318.00, 241.70, "R12"), (URG, [dt.date(2026, 3, 9)], 214.00, 214.00, "R05"),
             (DENT, [dt.date(2026, 4, 14)], 386.00, 0.0, "R41")]
    rows, tb = [], 0.0
    tr = tp = tn = 0.0
    den = None
    for who, ds, billed, reas, code in bills:
        b = bill_no(rng)
        paid = reas
        notp = round(billed - paid, 2)
        chk = f"{digits(rng, 7)}" if paid else ""
        rows.append([b, who, slash(ds[0]), n2(billed), n2(reas), n2(paid), n2(notp), code, chk])
        tb += billed
        tr += reas
        tp += paid
        tn += notp
        if code == "R41":
            den = (b, billed, ds[0])
    left = round(LIMIT - earlier - tp, 2)
    assert left > 0
    p = IBSheet(footer="Page {n} of {nb}", footer_left=f"Statement date {dmy_dash(sd)}  |  Policy THM {pol}  |  "
                                                       f"Claim {clm}  |  Form TM-MP-STM (10/2025)")
    p.set_margins(14, 13, 14)
    p.add_page()
    ins_head(p, rng, box="MEDICAL PAYMENTS STATEMENT")
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [drv, *auto_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Policy", f"THM     {pol}"), ("Claim no.", clm)],
              [("Injured person", drv), ("Named insured", drv)],
              [("Date of loss", slash(loss)), ("Statement date", dmy_dash(sd))]], cap_w=25, size=9)
    p.tiles([("LIMIT, EACH PERSON", usd(LIMIT)), ("PAID EARLIER", usd(earlier)),
             ("PAID ON THIS STATEMENT", usd(tp)), ("LEFT FOR THIS PERSON", usd(left))], size=12.5)
    p.heading("About this statement", 11)
    p.para("Your policy's medical payments coverage pays reasonable medical expenses for you and your passengers "
           "when you are hurt in a car accident, up to the limit shown above for each person, no matter who caused "
           "the accident. This statement lists the bills we handled since your last statement. The bills and what "
           "we did with each one are on page 2, and the codes in the last column are explained under the table.",
           9.6)
    p.para("We pay the reasonable amount for each service, which is what providers in the same area usually charge "
           "for it. For example, if a clinic bills $100.00 for a visit and the reasonable amount for that visit is "
           "$82.00, we pay $82.00 and the remaining $18.00 appears under Not paid. We send each payment to the "
           "provider unless you paid the bill yourself and sent us the receipt.", 9.6)
    p.para("If you disagree with how we handled a bill, write to us within 60 days of the statement date. Tell us "
           "the bill number and send any records you want us to see. Your other coverages, such as collision and "
           "bodily injury liability, are handled separately and are not shown here.", 9.6)
    p.add_page()
    p.heading("Bills handled on this statement", 11.5, rule=True)
    W = p.w - p.l_margin - p.r_margin
    widths = [20, 51, 18, 17, 23, 17, 17, 11, W - 174]
    p.bare_table(["Bill no.", "Provider", "Date of service", "Billed", "Reasonable amount", "Paid", "Not paid",
                  "Code", "Check no."], rows, widths,
                 aligns=["L", "L", "L", "R", "R", "R", "R", "C", "R"], size=8, row_h=5.6,
                 totals=["Totals", "", "", n2(tb), n2(tr), n2(tp), n2(tn), "", ""])
    p.glossary("Codes", [
        ("R05", "Paid as billed; the charge is within the reasonable amount."),
        ("R12", "Paid at the reasonable amount for this service in the provider's area. The provider may not bill "
                "you for the difference if it agreed to our review."),
        ("R41", "This care was not for an injury caused by the accident. Medical payments coverage pays only for "
                "treatment of injuries the accident caused or made worse."),
        ("R60", "Bill received without the itemized charges; send an itemized bill.")], size=7.8)
    p.para(f"Checks to providers were mailed on {long(plus(sd, -1))}. Questions about a check go to the claims line.",
           8.4)
    b, billed, d = den
    mid, alt = pol_alt(pol)
    t = truth("eob", "not_covered", insurer=INS, member_id=mid, member_name=drv, cases=[clm, b],
              claim_amount=m2(billed), service_dates=[iso(d)], denial_date=iso(sd), provider=DENT,
              appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], **alt},
              denial_alternates=["other"])
    return out(p), t


def faxstd_stack(rng):
    pat, ther, billing_clerk, lawyer = people(rng, 4)
    pol, clm = policy(rng), claim_no(rng)
    b = bill_no(rng)
    loss = dt.date(2026, 3, 21)
    visits = [dt.date(2026, 4, x) for x in (6, 8, 10, 15, 17, 22, 24, 29)]
    sd = dt.date(2026, 5, 22)
    lines = []
    for i, v in enumerate(visits):
        codes = [("97161", 175.00), ("97110", 96.00)] if i == 0 else [("97110", 96.00), ("97140", 78.00)]
        lines.append((v, codes))
    tot = round(sum(x for _, cs in lines for _, x in cs), 2)
    reas = {"97161": 142.60, "97110": 81.40, "97140": 66.10}
    paid_vis = [round(sum(reas[c] for c, _ in cs), 2) for _, cs in lines[:3]]
    this_pay = round(sum(paid_vis), 2)
    before = round(LIMIT - this_pay, 2)
    refused = round(sum(x for _, cs in lines[3:] for _, x in cs), 2)
    sent = plus(sd, 6)
    cover = transmittal(PTC, ["Billing office  |  2250 Quarry Ridge Pkwy, Findlay, OH 45840",
                              f"Phone {phone(rng, '419')}  |  Fax {phone(rng, '419')}"],
                        [("TO", lawyer + ", " + LAW.split(",")[0]), ("FAX", phone(rng, "419")),
                         ("FROM", f"{billing_clerk}, billing"), ("DATE", slash(sent)),
                         ("RE", f"Our patient {pat}"), ("PAGES", "4 with this sheet")],
                        [f"As you asked, here is the auto insurer's latest explanation for {pat.split()[0]}'s therapy "
                         "and our statement of the balance. Please call if you need the visit notes."],
                        urgent="As you asked")
    # document 1: the insurer's explanation, two pages
    d = IBSheet(footer="Page {n} of {nb}", footer_left=f"TM-MP-EMP (10/2025)  |  Claim {clm}  |  Bill {b}")
    d.set_margins(17, 15, 17)
    d.add_page()
    ins_head(d, rng, box="EXPLANATION OF MEDICAL PAYMENTS")
    d.f(10.5, "B")
    d.cell(0, 6, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    d.line(wday_long(sd), 10, "B")
    d.ln(2)
    d.addr_kv([pat, *auto_address(rng)],
              [("Policy", f"THM  {pol}"), ("Claim no.", clm), ("Bill no.", b), ("Date of loss", slash(loss)),
               ("Provider", PTC)], w=96, cap_w=26)
    d.tiles([("LIMIT, EACH PERSON", usd(LIMIT)), ("PAID BEFORE THIS BILL", usd(before)),
             ("PAID ON THIS BILL", usd(this_pay)), ("LEFT", "$0.00")], size=12.5)
    d.para(f"Dear {pat}:", 10)
    d.para(f"We received {PTC}'s bill for eight physical therapy visits from {long(visits[0])} through "
           f"{long(visits[-1])}, with charges of {usd(tot)}. The medical payments coverage on your policy pays up to "
           f"{usd(LIMIT)} for each person hurt in the accident. Before this bill we had paid {usd(before)} for "
           f"your care.", 10)
    d.para(f"We paid {usd(this_pay)} for the first three visits, which uses the rest of your {usd(LIMIT)}. There is "
           "nothing left under this coverage for the other five visits, so we did not pay them. The visit-by-visit "
           "detail is on page 2.", 10)
    d.para("Your health insurance may pay for the visits we could not pay. Send the clinic's bill and this "
           "explanation to your health plan. If you also have a claim against the other driver, tell your attorney "
           "about these payments.", 10)
    d.para("If you think we made a mistake, write to us within 30 days of the date of this statement and tell us why. "
           "Questions: call the claims line above.", 10)
    d.add_page()
    d.heading("Visit detail", 11.5, rule=True)
    W = d.w - d.l_margin - d.r_margin
    rows = []
    for i, (v, cs) in enumerate(lines):
        billed_v = round(sum(x for _, x in cs), 2)
        pd = paid_vis[i] if i < 3 else 0.0
        rows.append([slash(v), " + ".join(c for c, _ in cs), n2(billed_v),
                     n2(round(sum(reas[c] for c, _ in cs), 2)), n2(pd), n2(round(billed_v - pd, 2)),
                     "R12" if i < 3 else "L09"])
    d.bare_table(["Visit date", "Codes", "Billed", "Reasonable amount", "Paid", "Not paid", "Code"], rows,
                 [W * 0.16, W * 0.2, W * 0.14, W * 0.16, W * 0.12, W * 0.12, W * 0.1],
                 aligns=["L", "L", "R", "R", "R", "R", "C"], size=9, row_h=5.8,
                 totals=["Bill total", "", n2(tot), "", n2(this_pay), n2(round(tot - this_pay, 2)), ""])
    d.legend("Codes", [("R12", "Paid at the reasonable amount for this service."),
                       ("L09", "The medical payments limit for this person has been paid in full.")])
    mid, alt = pol_alt(pol)
    refused_dates = [iso(v) for v, _ in lines[3:]]
    d_a = (out(d), truth("eob", "not_covered", insurer=INS, member_id=mid, member_name=pat, cases=[clm, b],
                         claim_amount=m2(tot), service_dates=refused_dates, denial_date=iso(sd), provider=PTC,
                         appeal_deadline=iso(plus(sd, 30)),
                         alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "claim_amount": [m2(refused)],
                                     "service_dates": [[f"{refused_dates[0]}/{refused_dates[-1]}"]], **alt},
                         denial_alternates=["other"], type_alternates=["denial_letter"]))
    # document 2: the clinic's statement (a real bill)
    st = plus(sd, 5)
    acct = f"QPT{digits(rng, 6)}"
    h = IBSheet(footer=None, footer_left=f"Statement {slash(st)}  |  Account {acct}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.head(PTC, "QPT", ["2250 Quarry Ridge Pkwy, Findlay, OH 45840", f"Billing office {phone(rng, '419')}"],
           box="PATIENT STATEMENT", size=12.5)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("STATEMENT DATE", slash(st)), ("ACCOUNT NO.", acct), ("PATIENT", pat),
                ("AMOUNT DUE", usd(round(tot - this_pay, 2)))], [W * 0.2, W * 0.2, W * 0.36, W * 0.24], size=9.2)
    h.ln(3)
    h.pairs([("Insurance", f"{INS} (auto med pay)"), ("Policy", f"THM {pol}"), ("Claim #", clm),
             ("Therapist", f"{ther}, DPT")], label_w=30, size=9.4)
    h.ln(2)
    srows = [[slash(v), c, n2(x)] for v, cs in lines for c, x in cs]
    h.table(["Date", "Code", "Charge"], srows + [["", "Total charges", n2(tot)],
                                                 ["", "Auto insurance payment", f"-{n2(this_pay)}"],
                                                 ["", "Balance due from you", n2(round(tot - this_pay, 2))]],
            [W * 0.25, W * 0.5, W * 0.25], size=8.6, aligns=["L", "L", "R"], bold_last=True, row_h=4.9)
    h.para("Your auto insurer has paid all it will pay for these visits. The balance is now yours. Please pay by "
           f"{long(plus(st, 30))} or give us your health insurance card so we can bill your health plan.", 9.4)
    d_b = (out(h), truth("other", None, insurer=None, member_id=mid, member_name=pat, cases=[clm],
                         claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(st),
                         provider=PTC, unscored=["insurer"],
                         alternates={"member_id": [pol, None], "case_numbers": [[]],
                                     "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]],
                                     "provider": [f"{ther}, DPT", ther]}))
    return cover, [d_a, d_b]


def phone_es_health_first(rng):
    pas, drv, erdoc, adj = people(rng, 4, es=True, sexes="FXMF")
    pol, clm, b = policy(rng), claim_no(rng), bill_no(rng)
    loss = dt.date(2026, 5, 18)
    ld = dt.date(2026, 6, 9)
    billed = 2964.75
    call = dt.date(2026, 6, 2)
    p = IBSheet(footer=None, footer_left=f"TM-MP-COB-S (10/2025)  |  Reclamo {clm}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ins_head(p, rng, es=True)
    p.line(f"Fecha: {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_kv([pas, *auto_address(rng)],
              [("Reclamo", clm), ("Cuenta (factura)", b), ("Póliza", f"THM {pol}"), ("Asegurado", drv),
               ("Fecha del accidente", es_date(loss)), ("Persona lesionada", pas)], w=96, cap_w=34)
    p.heading("Su cuenta de la sala de emergencias: primero su seguro de salud", 12, rule=True)
    p.para(f"Estimada {pas}:", 10)
    p.para(f"Usted iba como pasajera en el auto de {drv} cuando ocurrió el accidente del {es_date(loss)}. Ese mismo "
           f"día la atendieron en la sala de emergencias de {HOSP}; la atendió el Dr. {erdoc}. El hospital nos envió "
           f"una cuenta por {usd(billed)}.", 10)
    p.para("**Por qué no la pagamos todavía.** La póliza dice que la cobertura de Pagos Médicos paga después de "
           "cualquier seguro de salud que tenga la persona lesionada. Cuando usted nos llamó, nos dijo que tiene "
           "seguro de salud. Por eso la cuenta debe ir primero a su seguro de salud. Nosotros pagamos lo que su "
           "seguro de salud no pague, como el deducible y el copago, hasta el límite de $5,000 por persona.", 10)
    y = p.kv_box([("Seguro de salud", HEALTH), ("Afiliado", f"BWH {digits(rng, 8)}"), ("Grupo", digits(rng, 5))],
                 p.l_margin, p.get_y(), 110, cap_w=36, title="Seguro de salud que usted nos dio")
    p.set_xy(p.l_margin, y + 3)
    p.para(f"Envíenos la Explicación de Beneficios de {HEALTH} cuando la reciba. Le pediremos al hospital que envíe "
           "la cuenta a su plan de salud.", 10)
    p.para("**Si no está de acuerdo.** Escríbanos dentro de 60 días a partir de la fecha de esta carta. Díganos por "
           "qué y envíe cualquier documento que quiera que veamos.", 10)
    p.para(f"Referencia de su llamada del {es_date(call)}: CR-{digits(rng, 7)}.", 9)
    p.signoff(["Atentamente,", adj, "Ajustadora de Pagos Médicos"], 9.6)
    mid, alt = pol_alt(pol, own=False)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=pas, cases=[clm, b],
              claim_amount=m2(billed), service_dates=[iso(loss)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "provider": [f"Dr. {erdoc}", erdoc], **alt})
    return out(p), t


def scanclean_shoulder(rng):
    pat, surg, rn, md = people(rng, 4)
    pol, clm, b = policy(rng), claim_no(rng), bill_no(rng)
    loss = dt.date(2026, 1, 30)
    surgery = dt.date(2026, 3, 17)
    rcvd = dt.date(2026, 3, 27)
    ld = dt.date(2026, 4, 21)
    lines = [("29827", "Arthroscopic rotator cuff repair, right", 6850.00),
             ("29826", "Subacromial decompression (add-on)", 2140.00),
             ("29823", "Extensive debridement, shoulder", 1480.00),
             ("99024", "Post-op visit (global)", 0.00)]
    tot = round(sum(x for *_, x in lines), 2)
    p = IBSheet(footer="Page {n} of {nb}", footer_left=f"{INS}  |  Medical Payments",
                foot_ids=f"Claim {clm}  \u00b7  Policy THM {pol}  \u00b7  Bill {b}  \u00b7  Ltr TM-MPR-3 (01/26)  "
                         f"\u00b7  Mailed {slash(ld)}")
    p.set_margins(19, 16, 19)
    p.add_page()
    ins_head(p, rng)
    p.line(ord_long(ld), 10.4, "B")
    p.ln(3)
    p.addr_kv([pat, *auto_address(rng)],
              [("Claim no.", clm), ("Policy", f"THM  {pol}"), ("Date of loss", slash(loss)),
               ("Bill received", mdy_dots(rcvd)), ("Injured person", pat)], w=92, cap_w=30)
    p.subject("Your medical payments claim: the bill for your shoulder surgery")
    p.para(f"Dear {pat}:", 10)
    p.para(f"We received a bill from {ORTHO} for surgery on your right shoulder. You asked us to pay it under the "
           "medical payments coverage of your auto policy, because your shoulder has hurt since the accident. Before "
           "deciding, we asked for your medical records and had them reviewed.", 10)
    p.heading("What we looked at", 10.5)
    p.bullets(["The emergency department record from the day of the accident.",
               f"The office notes of {ORTHO} from February and March 2026, and the operative report.",
               "An MRI report of your right shoulder from November 2024 that your doctor's office sent us.",
               "Your answers to our accident questionnaire."], 9.8)
    p.para("Page 2 lists the bill. Page 3 tells you what we decided, why, and what you can do if you disagree.", 10)
    p.add_page()
    p.heading("The bill we reviewed", 12, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Date", "Code", "Service", "Rendering", "Billed", "We paid"],
                 [[slash(surgery), c, s, f"Dr. {surg}", n2(x), "0.00"] for c, s, x in lines] +
                 [["", "", "Total", "", n2(tot), "0.00"]],
                 [W * 0.12, W * 0.08, W * 0.33, W * 0.21, W * 0.13, W * 0.13], size=8.6,
                 aligns=["L", "L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"The bill came from {ORTHO}. The surgery was done at the practice's surgery center; the surgery "
           "center's own bill has not reached us.", 9.6)
    p.add_page()
    p.heading("What we decided", 12, rule=True)
    p.para("We can only pay for treatment of a shoulder when the accident caused the problem being treated or made it "
           "worse, and your records show the tear in your right shoulder was already there before the accident. "
           "The MRI from November 2024 shows the same full-thickness tear the surgeon repaired, and the notes after "
           "the accident describe the same pain you had reported in 2024, with no new injury seen. So we are not "
           "paying this bill.", 10)
    p.para("This decision is about the medical payments coverage only. It does not decide any claim you have against "
           "another driver.", 10)
    p.heading("If you disagree", 11)
    p.para("Send us a letter within 60 calendar days of the date you receive this notice. Include any records that "
           "show the accident caused or worsened the tear, for example a report from your surgeon comparing the 2024 "
           "MRI with a newer one.", 10)
    p.ln(3)
    p.two_sigs([rn + ", RN", "Nurse reviewer, Medical Payments"], [f"{md}, MD", "Medical director"])
    mid, alt = pol_alt(pol)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=pat, cases=[clm, b],
              claim_amount=m2(tot), service_dates=[iso(surgery)], denial_date=iso(ld), provider=f"Dr. {surg}",
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "provider": [surg, ORTHO], **alt},
              denial_alternates=["medical_necessity", "other"])
    return out(p), t


def photocopy_gap(rng):
    mom, son, dc, adj = people(rng, 4, sexes="FMXX")
    son = f"{split_name(son)[0]} {split_name(son)[1]}. {split_name(mom)[2]}"
    pol, clm, b = policy(rng), claim_no(rng), bill_no(rng)
    loss = dt.date(2026, 2, 2)
    last_early = dt.date(2026, 3, 6)
    visits = [dt.date(2026, 5, 18), dt.date(2026, 5, 20), dt.date(2026, 5, 22), dt.date(2026, 5, 27)]
    rcvd = dt.date(2026, 5, 29)
    ld = dt.date(2026, 6, 3)
    by = dt.date(2026, 8, 3)
    per = [148.00, 112.00, 112.00, 112.00]
    tot = round(sum(per), 2)
    p = IBSheet(footer=None, footer_left=f"SCS-MP-22 (rev. 12/2025)  |  {TPA}")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(TPA, "SCS", [f"Claims administrator for {INS}", "Auto Medical Payments Unit  |  P.O. Box 7718, "
                        f"Fort Wayne, IN 46801", f"Adjuster line {tollfree(rng, '866')}  |  Fax {phone(rng, '260')}"],
           size=12.4)
    p.line(long(ld), 10.4, "B")
    p.ln(3)
    for ln in [mom, *auto_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([son, f"Claim {clm}", f"Policy THM {pol}"])
    p.two_col([("Injured person", son), ("Named insured", mom), ("Date of loss", slash(loss)),
               ("Provider", CHIRO), ("Treating chiropractor", f"{dc}, DC"), ("Bill no.", b),
               ("Visits on this bill", ", ".join(f"{v.month}/{v.day}" for v in visits)),
               ("Billed", usd(tot)), ("Received", mdy_dots(rcvd))],
              [f"Dear {mom}:",
               f"We are the claims administrator that handles medical payments claims for {INS}. We have the bill "
               f"from {CHIRO} for four visits your son made in May 2026, and we have read the chiropractor's notes for "
               f"every visit since the accident on {long(loss)}. Your son was seen twelve times between "
               f"{long(dt.date(2026, 2, 5))} and {long(last_early)}, and we paid those visits under your policy; the "
               f"notes from {long(last_early)} say his neck was much better and that he would come back only if "
               "needed. Because the records show no care at all for the ten weeks between March 6 and May 18, 2026, "
               "and nothing in the notes from May 18 on ties the new neck pain to the accident (the May notes "
               "mention a fall during a basketball game at school in early May), we are not able to pay for the "
               f"visits on {', '.join(long(v) for v in visits[:-1])} and {long(visits[-1])}. If your son's "
               "chiropractor believes these visits were for the accident injury, please ask the chiropractor to write "
               "to us and "
               "explain; we will gladly look at it again.",
               f"You may ask for a review of this decision. Your request must reach us no later than {long(by)}. "
               "Send it with any records or a letter from the chiropractor to the address above.",
               f"Sincerely,\n{adj}\nMedical payments adjuster, {TPA}"], side_w=58, size=9.2,
              title="Your claim")
    mid, alt = pol_alt(pol, own=False)
    t = truth("denial_letter", "not_covered", insurer=TPA, member_id=mid, member_name=son, cases=[clm, b],
              claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld), provider=CHIRO,
              appeal_deadline=iso(by),
              alternates={"insurer": ["Stonebury Claims Services"], "case_numbers": [[clm], [b]],
                          "provider": [f"{dc}, DC", dc],
                          "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]], **alt},
              denial_alternates=["medical_necessity", "other"])
    return out(p), t


def rotated_payment(rng):
    pat, medic = people(rng, 2)
    pol, clm, b = policy(rng), claim_no(rng), bill_no(rng)
    loss = dt.date(2026, 3, 2)
    ld = dt.date(2026, 3, 18)
    billed = 1286.00
    reas = 1104.50
    before = 0.0
    p = IBSheet(footer=None, footer_left=f"TM-MP-PAY (10/2025)  |  Claim {clm}")
    p.set_margins(17, 14, 17)
    p.add_page()
    ins_head(p, rng, box="PAYMENT EXPLANATION")
    p.line(long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([AMB, "Billing Office", "77 Firehouse Ln", "Lima, OH 45801"],
              [("Claim no.", clm), ("Bill no.", b), ("Policy", f"THM  {pol}"), ("Patient", pat),
               ("Transport date", slash(loss)), ("Amount billed", usd(billed))], w=94, cap_w=28)
    p.para("Dear Billing Office:", 10)
    p.para(f"We are paying your bill for the emergency ambulance transport of our policyholder {pat} from the "
           f"accident scene to {HOSP} on {long(loss)}. The crew chief on the run report was {medic}, EMT-P.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Code", "Service", "Billed", "Reasonable amount", "Paid"],
            [["A0429", "BLS emergency transport", "865.00", "751.00", "751.00"],
             ["A0425", "Ground mileage, 14 miles", "421.00", "353.50", "353.50"],
             ["", "Total", n2(billed), n2(reas), n2(reas)]],
            [W * 0.12, W * 0.4, W * 0.15, W * 0.18, W * 0.15], size=9, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    p.para(f"We paid the reasonable amount for these services. Medical payments used so far for {pat}: "
           f"{usd(before + reas)} of the {usd(LIMIT)} limit. If your office agreed to our review when it sent the "
           "bill, please do not bill the patient for the difference.", 9.6)
    p.check(INS, ["Medical Payments Disbursement", "P.O. Box 30877, Dayton, OH 45401"], digits(rng, 7),
            mdy_dots(ld), [AMB, "77 Firehouse Ln", "Lima, OH 45801"], reas, f"Claim {clm} / Bill {b}",
            "Fifth Harbor Bank, N.A.")
    mid, alt = pol_alt(pol)
    t = truth("eob", None, insurer=INS, member_id=mid, member_name=pat, cases=[clm, b], claim_amount=m2(billed),
              service_dates=[iso(loss)], denial_date=iso(ld), provider=AMB,
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], **alt}, type_alternates=["other"])
    return out(p), t


def lowres_review(rng):
    pat, att, rev = people(rng, 3)
    pol, clm, b = policy(rng), claim_no(rng), bill_no(rng)
    loss = dt.date(2026, 5, 31)
    a, z = dt.date(2026, 6, 1), dt.date(2026, 6, 2)
    rd = dt.date(2026, 6, 18)
    acct = f"GV{digits(rng, 8)}"
    lines = [("0450", "Emergency department", 1896.00), ("0762", "Observation room, 26 hrs", 1540.00),
             ("0352", "CT scan, body", 1118.60), ("0300", "Laboratory", 228.35), ("0250", "Pharmacy", 135.40)]
    tot = round(sum(x for *_, x in lines), 2)
    p = IBSheet(footer="Page {n} of {nb}", footer_left=f"Reviewed 06/18/2026  |  TM-MP-EOR (10/2025)")
    p.set_margins(15, 13, 15)
    p.add_page()
    ins_head(p, rng, box="EXPLANATION OF REVIEW")
    p.line(f"{BILLER}, for {HOSP}", 10, "B")
    p.line("Attn: Auto and third-party claims  |  1800 Commerce Park Dr, Toledo, OH 43612", 9)
    p.ln(3)
    p.grid([[("Review date", ymd_slash(rd)), ("Claim no.", clm), ("Bill no.", b)],
            [("Injured person", pat), ("Policy", f"THM {pol}"), ("Patient acct", acct)],
            [("Provider", HOSP), ("Attending", f"Dr. {att}")],
            [("Payee", BILLER), ("Date of loss", slash(loss))],
            [("Dates of service", f"{slash(a)} - {slash(z)}"), ("Amount billed", usd(tot))]], size=8.8, cap=6.0,
           h=10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rev.", "Description", "Billed", "Allowed", "Paid", "Action"],
            [[c, s, n2(x), "0.00", "0.00", "HOLD-C2"] for c, s, x in lines] +
            [["", "Bill total", n2(tot), "0.00", "0.00", ""]],
            [W * 0.09, W * 0.39, W * 0.14, W * 0.13, W * 0.12, W * 0.13], size=8.6,
            aligns=["L", "L", "R", "R", "R", "C"], bold_last=True)
    p.heading("Review message", 10.5)
    p.para(f"C2  Medical payments coverage under this policy pays after any health insurance of the injured person. "
           f"Our policyholder told us {pat.split()[0]} is covered by {HEALTH}. Send this bill to {HEALTH} first, "
           "then send us its explanation of benefits with a copy of this review; we will then consider the amount "
           "left to the patient, up to the policy's limit.", 9.2)
    p.para("To dispute this review, write to Medical Payments Claims within 45 days of the review date. Include the "
           "claim and bill numbers. We answer disputes within 10 business days of receiving them.", 9.2)
    p.para(f"Reviewed by {rev}, medical bill analyst.", 8.6)
    mid, alt = pol_alt(pol)
    t = truth("eob", "other", insurer=INS, member_id=mid, member_name=pat, cases=[clm, b], claim_amount=m2(tot),
              service_dates=[f"{iso(a)}/{iso(z)}"], denial_date=iso(rd), provider=HOSP,
              appeal_deadline=iso(plus(rd, 45)),
              alternates={"insurer": ALT, "case_numbers": [[clm], [b]], "provider": [f"Dr. {att}", att],
                          "service_dates": [[iso(a), iso(z)]], **alt},
              type_alternates=["denial_letter"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_statement_two_pages_dental_bill_code_r41_on_back", "born_digital",
                  [born_statement(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_therapy_office_transmittal_limit_used_up_upside_down_then_clinic_bill",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "phone_es_seguro_de_salud_primero_pasajera_sala_de_emergencias", "phone_photo",
             [phone_es_health_first(rng)]),
        Item(F + "scanclean_three_page_shoulder_surgery_not_from_crash_ids_in_small_footer", "scan_clean_300",
             [scanclean_shoulder(rng)]),
        Item(F + "photocopy_administrator_two_column_gap_in_chiropractic_care_buried_reason", "photocopy",
             [photocopy_gap(rng)]),
        Item(F + "rotated_payment_letter_ambulance_check_attached", "rotated", [rotated_payment(rng)]),
        Item(F + "lowres_review_form_boxes_hospital_billing_service_health_plan_first", "scan_lowres_150",
             [lowres_review(rng)]),
    ]
    return items
