"""Papers mirrored (structure and plain wording style only) from the overseas part of the U.S. Department of State's
Medical and Health Program, run by its Bureau of Medical Services: for employees posted abroad and the family
members their travel orders name, the Department pays a share of hospital stays and of the outpatient care that
belongs to a stay, always AFTER the employee's own health insurance (it is the secondary payer; the primary plan's
explanation of benefits decides what counts as a stay; deductibles are not repaid; outpatient care with no stay is
the family's own expense; a child is covered to the 21st birthday, to the 23rd on educational travel orders; a
family member not on the orders is not covered; the post's health unit approves a hospital admission beforehand;
foreign bills in local currency are turned into dollars). Those public rules are used as themselves. The posts (the
Republic of Kestovia with Embassy Varnholm and the Kestovian marka KEM, the Union of Nambarra with Embassy Tembaro
and the Nambarran shilling NBS, the Federation of Serakand with the Consulate General Port Auberon and the dinar
SKD, the República de Santa Ibarra with Embassy Puerto Alcázar and the peso ibarreño SIP, the Republic of Dravenia
with Embassy Drovnik and the taler DVT), every exchange rate, hospital, clinic, doctor, employee, family member,
primary plan (Larkspur Federal Benefit Plan, Copperline Health Plan for Federal Employees), number, code, form
name, office unit, address (phones 555) and every time limit (90, 60, 45 days, 120 days to file after the primary
plan's statement) are invented. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_secondary_payment_statement_son_not_on_orders_code_on_page_two: a two-page statement of secondary
  payment to the employee (running header with the statement date as "16-Apr-2026" and the file number, "2026/04/16"
  in the box): the employee's paid stay and visit (bill in KEM, dollars, primary plan paid, deductible not repaid, EFT
  amount, year's deductible as decoys) and, on page 2, a 22-year-old son's clinic claim refused under code EL4,
  told only in the glossary under the totals row that closes the statement; the primary plan card "LKF 48213907"
  as decoy; "within 90 days of the date of this statement".
- finefax_hospital_letter_admission_without_health_unit_approval_two_signers: a fine-fax letter to a Tembaro
  hospital's patient accounts, facts as caption/value pairs on the right half beside the address (our claim no.,
  the hospital's invoice no. and a call reference as decoys, "Attending:" the only place the surgeon is named,
  received and decision dates apart from the letter's "March 4th, 2026", "Notice mailed" ISO date in the footer),
  the shilling bill and its dollars in a sentence, the reason as "the information we received does not show" the
  health unit's approval, signed by a nurse reviewer and a medical director; "within 60 calendar days of the date
  you receive this notice" (nothing to count from).
- photocopy_three_page_letter_physiotherapy_no_hospital_stay_taglines: a photocopied three-page letter with the IDs
  and a mailed date in a small running footer, the request's dates on page 1, six physiotherapy sessions in a table
  without rules (Servicing: the centre, the therapist in each row) on page 2, the reason buried in one sentence of a
  long paragraph on page 3 (no hospital stay, so the sessions are the family's own expense), a nondiscrimination
  notice and a page of language taglines; "no later than" a printed date.
- phone_es_carta_conyuge_parto_plan_primario_no_facturado: a photographed two-column Spanish letter to the
  employee's wife on her childbirth stay (the claim number only in the "Asunto" line, her patient number beside the
  primary plan card "CPL 5196 4289" as decoy, "SIP 1.284.600,00 (US$ ...)"): her own plan was never billed, so the
  Department cannot pay yet; "dentro de los 90 días siguientes a la fecha de esta carta".
- rotated_health_unit_authorization_approved_planned_surgery: the post health unit's authorization for a planned
  admission, fed turned (denies nothing): values over small captions, "Tuesday, May 12, 2026", an estimate in
  taler and dollars, a nurse and the regional medical officer signing.
- lowres_claim_action_notice_filed_late_claim_and_authorization_look_alike: a 150 dpi notice form with values over
  captions: a claim number and the health unit's authorization number that look alike ("PAB-26-28221" /
  "PAB-26-2822"), the primary plan's statement date, the date received ("2026/07/07") and the stay in dd.mm.yyyy;
  filed more than 120 days after the primary plan's statement; "within 45 days of the date of this notice".
- scan300_stack_clinic_invoice_duplex_then_reconsideration_partner_not_on_orders_sideways: a clean-scan stack of a
  Varnholm clinic's invoice to a partner who is not on the orders (a real bill; denies nothing), the blank back of
  its sheet, and the Department's two-page reconsideration decision (running header with both numbers; page 2 fed
  sideways) keeping the refusal because she is not on the orders and has no medical clearance (only a later
  request with new orders; no deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkf import with_surname
from kit_roundeh_famld import (EHSheet, cur, cur_eu, dmy, dots, es_date, iso, long, n2, people, phone, plus, slash,
                               th, to_usd, wday, workday, ymd)
from public_kit import digits, m2, out, truth

FAMILY = "foreign_service_overseas_medical_program_secondary_payer_health_unit_approval_and_orders_refusals"
LANG = "en"
SEED = 354973
INS = "U.S. Department of State"
INS_ALT = ["Department of State", "United States Department of State", "U.S. Department of State, Bureau of Medical "
           "Services", "Bureau of Medical Services", "Department of State Bureau of Medical Services",
           "Department of State Medical and Health Program", "Medical and Health Program"]
INS_ALT_ES = INS_ALT + ["Departamento de Estado de los Estados Unidos", "Departamento de Estado"]
OMC = "Overseas Medical Claims Section"
LKF = "Larkspur Federal Benefit Plan"
CPL = "Copperline Health Plan for Federal Employees"
MAIL = "Overseas Medical Claims Section, Bureau of Medical Services, Washington, DC 20520-0477"


def med_head(p, rng, unit=OMC, box=None, extra=None):
    p.head("U.S. Department of State", "MED", [
        f"Bureau of Medical Services  |  Medical and Health Program  |  {unit}",
        extra or f"Washington, DC 20520-0477  |  tel. {phone(rng, '202')}  |  fax {phone(rng, '202')}  |  "
                 "claims by pouch or e-mail only"], box=box, size=12.5)


def fam_no(rng):
    return f"M{digits(rng, 7)}"


def pouch(post, rng):
    """The employee's pouch address for a post (the State Department's 'NNNN Post Place' form)."""
    n = rng.randint(2100, 9800)
    return [f"{n} {post} Place", f"Washington, DC 20521-{n}"]


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    emp, wife, son, dr_out, dr_son = people(rng, 5, sexes="MFMXX")
    son = with_surname(son, emp.split()[-1])
    base = fam_no(rng)
    ids = {"emp": f"{base}-01", "son": f"{base}-03"}
    rate = 3.8520
    sd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    if sd.day < 10:
        sd = dt.date(2026, 4, 14)
    adm = dt.date(2026, 3, rng.randint(2, 4))
    dis = plus(adm, 4)
    fu = plus(dis, 9)
    son_d = dt.date(2026, 3, rng.randint(19, 24))
    hosp, sport = "St. Veronika Hospital Varnholm", "Varnholm Sport Clinic"
    claims = [f"MC26-04{digits(rng, 5)}" for _ in range(3)]
    stay_k, fu_k = 38460.00, 540.00
    stay_u, fu_u = to_usd(stay_k, rate), to_usd(fu_k, rate)
    ded = 350.00
    stay_prim = round((stay_u - ded) * 0.75, 2)
    stay_paid = round(stay_u - stay_prim - ded, 2)
    fu_prim = round(fu_u * 0.75, 2)
    fu_paid = round(fu_u - fu_prim, 2)
    son_lines = [("Consultation, sports medicine", 620.00), ("X-ray, left wrist, 2 views", 410.00)]
    son_u = [to_usd(k, rate) for _, k in son_lines]
    son_tot_k = round(sum(k for _, k in son_lines), 2)
    son_tot = round(sum(son_u), 2)
    son_prim = round(son_tot * 0.7, 2)
    son_not = round(son_tot - son_prim, 2)
    eft = round(stay_paid + fu_paid, 2)
    card = f"LKF {digits(rng, 8)}"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="Statement MED-OS2 (rev. 10/2025)",
                every=f"Statement of {dmy(sd)}  |  {emp}  |  file {base}  |  page {{n}} of {{nb}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    med_head(p, rng, box="STATEMENT OF SECONDARY PAYMENT")
    p.addr_kv([emp, "Embassy Varnholm", *pouch("Varnholm", rng)],
              [("Sponsor", emp), ("Sponsor file", ids["emp"]), ("Post", "Embassy Varnholm, Kestovia"),
               ("Statement date", ymd(sd)), ("Primary plan", LKF), ("Plan card", f"{card}   code 4L1")],
              w=100, cap_w=30, size=8.6)
    p.f(10, "B")
    p.cell(0, 5, "This statement is not a bill. Keep it with your own plan's explanations of benefits.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.dotted([("Billed on this statement, in dollars", usd2(stay_u + fu_u + son_tot)),
              ("Paid by your primary plan, as its statements show", usd2(stay_prim + fu_prim + son_prim)),
              ("Paid by the Department on this statement", usd2(eft)),
              (f"Sent to your account by EFT on {ymd(plus(sd, 1))} (trace {digits(rng, 10)})", usd2(eft)),
              (f"Your {LKF} deductible for 2026, from its statements", f"{usd2(ded)} of {usd2(ded)}")],
             size=9, w=p.w - p.l_margin - p.r_margin)
    p.para(f"Foreign bills are turned into dollars at the rate of the first day of care. For example, a bill of KEM "
           f"1,000.00 at {rate:.4f} marka to the dollar counts as $259.61. The Department pays after your own plan and "
           "never pays your plan's deductible.", 8.4)
    W = p.w - p.l_margin - p.r_margin
    head = ["Claim no. / patient", "Provider", "Dates of care", "Billed KEM", "Billed USD", "Primary plan paid",
            "Not payable", "We paid", "Code"]
    widths = [33, 32, 20, 18, 18, 17, 15, 17, W - 170]
    al = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    rows1 = [[f"{claims[0]}\n{emp} ({ids['emp']})", f"{hosp}\nAttending: Dr. {dr_out}", f"{dots(adm)} -\n{dots(dis)}",
              n2(stay_k), n2(stay_u), n2(stay_prim), n2(ded), n2(stay_paid), "SP1\nDD2"],
             [f"{claims[1]}\n{emp} ({ids['emp']})", f"{hosp}, outpatient", dots(fu), n2(fu_k), n2(fu_u),
              n2(fu_prim), "0.00", n2(fu_paid), "SP1"]]
    p.wrap_table(head, rows1, widths, size=7.2, aligns=al)
    p.f(8)
    p.cell(0, 4, "Continued on page 2.", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.ln(2)
    rows2 = []
    for i, ((s, k), u) in enumerate(zip(son_lines, son_u)):
        rows2.append([f"{claims[2]}\n{son} ({ids['son']})" if i == 0 else "", f"{sport}\n{s}" if i == 0 else s,
                      dots(son_d), n2(k), n2(u), "", "", "", "EL4"])
    rows2.append(["", "Claim total", "", n2(son_tot_k), n2(son_tot), n2(son_prim), n2(son_not), "0.00", "EL4"])
    tot_k = round(stay_k + fu_k + son_tot_k, 2)
    rows2.append(["STATEMENT TOTALS", "3 claims", "", n2(tot_k), n2(stay_u + fu_u + son_tot),
                  n2(stay_prim + fu_prim + son_prim), n2(ded + son_not), n2(eft), ""])
    p.wrap_table(head, rows2, widths, size=7.2, aligns=al, bold_last=True)
    p.f(8.2)
    p.cell(0, 4, f"Rendering clinician at {sport}: Dr. {dr_son}.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.legend("What the codes mean", [
        ("SP1", "Paid as secondary payer: the Department paid what was left after your primary plan paid, for a "
                "hospital stay or for outpatient care that belongs to that stay."),
        ("DD2", "Your primary plan's deductible. The Department does not repay deductibles."),
        ("EL4", "The patient is not named on the employee's travel orders to this post as an eligible family member. "
                "A son or daughter is covered until the 21st birthday, or until the 23rd birthday when the orders "
                "are educational travel orders; nobody else is covered because of a visit to post."),
        ("OP7", "Outpatient care that is not part of a hospital stay is your own expense (not used on this "
                "statement).")], size=7.6)
    p.heading("If you disagree", 10)
    p.para(f"Write to the {OMC} within 90 days of the date of this statement. Give the claim number and send anything "
           "we did not have, such as new travel orders. Mail by pouch to the address above or e-mail a scan.", 8.8)
    p.para("Privacy: we use the information on claims only to pay them and to recover what other insurance owes.", 7.4)
    t = truth("eob", "eligibility", insurer=INS, member_id=ids["son"], member_name=son, cases=[claims[2]],
              claim_amount=m2(son_tot), service_dates=[iso(son_d)], denial_date=iso(sd), provider=sport,
              appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": INS_ALT, "provider": [f"Dr. {dr_son}", dr_son],
                          "claim_amount": [m2(son_tot_k)]})
    return out(p), t


def usd2(v):
    return f"${v:,.2f}"


def finefax_hospital(rng):
    emp, wife, nurse, md = people(rng, 4, sexes="MFFM")
    wife = with_surname(wife, emp.split()[-1])
    surgeon = rng.choice(["Wanjiro Okombe", "Tendai Marumbwa", "Kesi Ndalawe"])
    base = fam_no(rng)
    pid = f"{base}-02"
    rate = 1300.00
    adm = dt.date(2026, 2, rng.randint(9, 12))
    while adm.weekday() != 1:
        adm = plus(adm, 1)
    dis = plus(adm, 2)
    rcvd = dt.date(2026, 2, rng.randint(24, 27))
    dec = workday(plus(rcvd, 4))
    ld = workday(plus(dec, 2))
    mailed = ld
    claim = f"MC26-03{digits(rng, 5)}"
    inv = f"TLH/IP/{digits(rng, 6)}"
    bill_k = rng.choice([6482500.00, 6215000.00, 6390750.00])
    bill_u = to_usd(bill_k, rate)
    hosp = "Tembaro Lakeside Hospital"
    fax = (f"{slash(mailed)} 09:{rng.randint(10, 59)}  MED OVERSEAS CLAIMS  +1 {phone(rng, '202')}  ->  "
           f"TLH ACCOUNTS 55-{digits(rng, 3)}-{digits(rng, 4)}  p. {{n}}")
    p = EHSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                footer_left=f"Notice mailed {iso(mailed)}  |  MED-OS7 (rev. 10/2025)")
    p.set_margins(17, 15, 17)
    p.add_page()
    med_head(p, rng)
    p.line(th(ld), 10)
    p.ln(3)
    p.addr_right([hosp, "Patient Accounts (in-patient)", "P.O. Box 4471", "Tembaro, Union of Nambarra"],
                 [("Our claim no.", claim), ("Your invoice no.", inv), ("Patient", wife), ("Patient no.", pid),
                  ("Sponsor", f"{emp}, Embassy Tembaro"), ("Admitted", dots(adm)), ("Discharged", dots(dis)),
                  ("Attending:", f"Dr. {surgeon}, general surgery"), ("Claim received", ymd(rcvd)),
                  ("Decided", ymd(dec))], split=0.5, cap_w=30, size=9)
    p.para("Dear Patient Accounts Manager:", 10)
    p.para(f"Thank you for invoice {inv}, which reached us on {ymd(rcvd)}. It asks the Department to pay "
           f"{cur('NBS', bill_k)} for the care of {wife} from {wday(adm)} through {th(dis)}. At the rate for the day "
           f"of admission (1 USD = {rate:,.2f} NBS) that is USD {bill_u:,.2f}.", 10)
    p.para("We read the invoice, the operation note and the discharge summary you sent, and we looked for the "
           "papers that must come with a bill for a planned admission. The Department's overseas program pays a "
           "share of a hospital stay only after the patient's own health plan, and only in the amounts the program "
           "allows; for a planned operation it also needs the post to have agreed to the admission before it began. "
           f"The information we received does not show that the Health Unit at Embassy Tembaro approved this "
           f"admission, either before {long(adm)} or within two working days after it as the program allows for "
           "an emergency, and the operation note describes a gallbladder operation booked three weeks ahead. "
           "Because of this the Department will not pay the invoice. We did not look at whether the operation was "
           "needed, and nothing in this letter says it was not.", 10)
    p.para(f"Please send the bill to the patient's own health plan and to the patient. If the Health Unit did approve "
           "the admission, send us a copy of the approval with the claim number above and we will look at the claim "
           "again. You telephoned us about this invoice on " + ymd(plus(rcvd, 3)) +
           f" (call reference CR-{digits(rng, 4)}-{digits(rng, 2)}); this letter answers that call as well.", 10)
    p.heading("Asking us to reconsider", 10.5)
    p.para("The hospital or the patient may ask us to reconsider within 60 calendar days of the date you receive this "
           f"notice. Write to the {OMC} at the address above, or by fax, and say why the Department should pay.", 9.6)
    p.two_signers([nurse + ", RN", "Nurse reviewer", OMC],
                  [f"Dr. {md}", "Medical Director for Overseas Care", "Bureau of Medical Services"])
    p.para(f"Copy: {wife}, {pouch('Tembaro', rng)[0]}; Health Unit, Embassy Tembaro.", 8.4)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=pid, member_name=wife, cases=[claim],
              claim_amount=m2(bill_u), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=hosp,
              alternates={"insurer": INS_ALT, "provider": [f"Dr. {surgeon}", surgeon],
                          "claim_amount": [m2(bill_k)]})
    return out(p), t


def photocopy_physio(rng):
    emp, physio_r, sig = people(rng, 3, sexes="FXX")
    physio = rng.choice(["Jana Kralvik", "Mirela Ostrovec", "Petra Zdenkova"])
    base = fam_no(rng)
    pid = f"{base}-01"
    claim = f"MC26-05{digits(rng, 5)}"
    rate = 7.5600
    s0 = dt.date(2026, 3, rng.randint(9, 12))
    sess = [plus(s0, d) for d in (0, 3, 7, 10, 14, 17)]
    ld = dt.date(2026, 5, rng.randint(11, 14))
    ld = workday(ld)
    mailed = plus(ld, rng.randint(2, 3))
    form_d = dt.date(2026, 4, rng.randint(17, 21))
    rcvd = plus(form_d, rng.randint(6, 9))
    prim_eob = dt.date(2026, 4, rng.randint(6, 10))
    by = dt.date(2026, 7, 15)
    centre = "Drovnik Physio Centre"
    fees = [rng.choice([520.0, 480.0]) if i == 0 else 390.0 for i in range(len(sess))]
    usdv = [to_usd(f, rate) for f in fees]
    tot_k, tot_u = round(sum(fees), 2), round(sum(usdv), 2)
    p = EHSheet(footer="Page {n} of {nb}", serif=True,
                footer_left=f"Patient no. {pid}  |  Claim {claim}  |  Notice mailed {slash(mailed)}",
                every=f"Notice of {dmy(ld)}  |  {emp}")
    p.set_margins(22, 18, 22)
    p.add_page()
    med_head(p, rng)
    p.line(th(ld), 10)
    p.ln(3)
    for ln in [emp, "Embassy Drovnik", *pouch("Drovnik", rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([f"physiotherapy in Drovnik, {len(sess)} sessions", f"claim {claim}"])
    p.para(f"Dear {emp.split()[0]} {emp.split()[-1]}:", 10)
    p.para(f"This letter answers your claim form dated {long(form_d)}, which reached the {OMC} on {ymd(rcvd)}. With "
           f"it you sent six invoices from the {centre} and the explanation of benefits your own plan, the {LKF}, "
           f"issued on {long(prim_eob)}. You asked the Department to pay what your plan did not pay for the "
           "sessions of physiotherapy after you hurt your ankle.", 10.2)
    p.para("We have set out on the next page what the invoices show, in the marka amounts the centre charged and in "
           f"dollars at the rate of the first session (1 USD = {rate:.4f} DVT). Please check the dates; if any of them "
           "is wrong, tell us when you write.", 10.2)
    p.para("The page after that gives our decision and what you can do if you do not agree with it. The last page "
           "tells you how to get this letter in another language.", 10.2)
    p.add_page()
    p.heading("What the invoices show", 11.5)
    W = p.w - p.l_margin - p.r_margin
    rows = [[dots(d), "Physiotherapy session, ankle" if i else "Assessment and first session, ankle",
             f"{physio}, PT", n2(f), n2(u)] for i, (d, f, u) in enumerate(zip(sess, fees, usdv))]
    p.f(9.4)
    p.cell(0, 5, f"Servicing: {centre}, Ulica Lipova 14, Drovnik", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.open_table(["Date", "Service", "Therapist", "Charged DVT", "USD"], rows,
                 [24, 62, 40, 24, W - 150], aligns=["L", "L", "L", "R", "R"], size=9,
                 totals=["", "Total of the six invoices", "", n2(tot_k), n2(tot_u)])
    p.para(f"Your plan's explanation of benefits of {long(prim_eob)} shows the sessions as office visits. It paid "
           f"USD {round(tot_u * 0.6, 2):,.2f} and left you USD {round(tot_u - tot_u * 0.6, 2):,.2f} to pay; it "
           "shows no "
           "hospital stay.", 10)
    p.add_page()
    p.heading("Our decision", 11.5)
    p.para("The overseas program was set up to help with the cost of serious illness and injury abroad, and most of "
           "what it pays goes to hospitals. It works alongside your own health insurance, which pays first, and it "
           "looks to your plan's explanation of benefits to know what kind of care a bill was for, because the "
           "Department does not review the care itself. Under the program's rules the Department shares in the "
           "cost of outpatient care only when that care belongs to a stay in hospital, and your plan's statement "
           "shows these six sessions as office visits with no stay before or after them, so the sessions are your "
           "own expense and the Department will not pay the part your plan left to you. We know that physiotherapy "
           "at post can be costly and that an ankle injury is not something anyone plans; the Health Unit at "
           "Embassy Drovnik can tell you about physiotherapists who accept your plan directly.", 10.2)
    p.para("This decision is only about the Department's share. It does not change what your own plan paid.", 10.2)
    p.heading("If you do not agree", 11)
    p.para(f"Write to us no later than {long(by)}. Tell us why the Department should pay and send any paper that shows "
           f"the sessions followed a hospital stay. Use the claim number in the footer. Our address is {MAIL}.", 10.2)
    p.signoff(["Sincerely,", "", sig, f"Claims examiner, {OMC}"], 10)
    p.nondiscrimination("The Department of State", phone(rng, "202"))
    p.tagline_page(phone(rng, "202"))
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pid, member_name=emp, cases=[claim],
              claim_amount=m2(tot_u), service_dates=[iso(d) for d in sess], denial_date=iso(ld), provider=centre,
              appeal_deadline=iso(by),
              alternates={"insurer": INS_ALT, "provider": [f"{physio}, PT", physio], "claim_amount": [m2(tot_k)]})
    return out(p), t


def phone_es(rng):
    emp, sig = people(rng, 2, sexes="MF")
    (wife,) = people(rng, 1, es=True, sexes="F")
    doc = "Mercedes Villaseñor Prado"
    base = fam_no(rng)
    pid = f"{base}-02"
    claim = f"MC26-06{digits(rng, 5)}"
    rate = 399.88
    adm = dt.date(2026, 3, rng.randint(2, 6))
    dis = plus(adm, 3)
    ld = workday(dt.date(2026, 5, rng.randint(4, 8)))
    bill_k = rng.choice([1284600.00, 1311250.00, 1259800.00])
    bill_u = to_usd(bill_k, rate)
    card = f"CPL {digits(rng, 4)} {digits(rng, 4)}"
    clinic = "Clínica San Jacinto"
    p = EHSheet(footer="Página {n} de {nb}", footer_left="MED-OS9s (rev. 10/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.head("U.S. Department of State", "MED", [
        "Departamento de Estado de los Estados Unidos  |  Oficina de Servicios Médicos (Bureau of Medical Services)",
        f"Sección de Reclamos Médicos en el Exterior  |  Washington, DC 20520-0477  |  {phone(rng, '202')}"], size=12.5)
    p.line(f"Washington, {es_date(ld)}", 10, "B")
    p.ln(2)
    for ln in [f"Sra. {wife}", "Embajada en Puerto Alcázar", *pouch("Puerto Alcazar", rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.f(10.4, "B")
    p.multi_cell(0, 5.2, f"Asunto: reclamo {claim}: su parto en la {clinic}, del {es_date(adm)} al {es_date(dis)}",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.columns(
        [("Estimada señora:", f"Le escribimos sobre la cuenta de la {clinic} por su estadía para dar a luz. La clínica "
                              f"cobró {cur_eu('SIP', bill_k)}, que al cambio del día de su ingreso (399,88 pesos "
                              f"por dólar) son US$ {bill_u:,.2f}. La atendió la Dra. {doc}."),
         ("Quiénes son en nuestros registros", f"Paciente: {wife}\nNúmero de paciente: {pid}\nEmpleado: {emp}, "
                                               "Embajada en Puerto Alcázar\n"
                                               f"Plan de salud propio: {CPL}, tarjeta {card}"),
         ("Por qué no podemos pagar todavía",
          "El programa médico del Departamento paga una parte de las estadías en el hospital, pero siempre después de "
          f"su propio plan de salud. Con la cuenta no llegó la explicación de beneficios del {CPL}, y el plan nos dice "
          "que la clínica nunca le mandó la cuenta. Mientras su plan no la reciba y decida, el Departamento no puede "
          "saber qué parte le toca y no pagará nada.")],
        [("Qué puede hacer",
          "Mande la cuenta y el informe de alta a su plan de salud (la dirección está al dorso de su tarjeta). "
          "Cuando el plan le mande su explicación de beneficios, envíenosla con el número de reclamo de esta carta y "
          "volveremos a estudiar la cuenta. La Unidad de Salud de la Embajada puede ayudarle con los formularios."),
         ("Si no está de acuerdo",
          "Dentro de los 90 días siguientes a la fecha de esta carta, puede pedirnos que revisemos esta decisión. "
          "Escriba a la Sección de Reclamos Médicos en el Exterior, por valija o por correo electrónico, y diga por "
          "qué cree que el Departamento debe pagar ahora."),
         ("", "Atentamente,\n\n" + sig + "\nExaminadora de reclamos")], size=9.4)
    p.nondiscrimination("El Departamento de Estado", phone(rng, "202"), title="Aviso contra la discriminación",
                        es=True)
    t = truth("denial_letter", "other", insurer=INS, member_id=pid, member_name=wife, cases=[claim],
              claim_amount=m2(bill_u), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": INS_ALT_ES, "provider": [f"Dra. {doc}", doc], "claim_amount": [m2(bill_k)]})
    return out(p), t


def rotated_authorization(rng):
    emp, girl, nurse, rmo = people(rng, 4, sexes="MFFM")
    girl = with_surname(girl, emp.split()[-1])
    surgeon = rng.choice(["Milan Ostrovec", "Bojan Terzavic", "Lidija Hranek"])
    base = fam_no(rng)
    pid = f"{base}-03"
    auth = f"HU-DRV-26-0{digits(rng, 3)}"
    issued = workday(dt.date(2026, 4, rng.randint(27, 30)))
    plan_d = dt.date(2026, 5, 12)
    rate = 7.5600
    est_k = rng.choice([14800.0, 15250.0, 13900.0])
    est_u = to_usd(est_k, rate)
    hosp = "Drovnik Clinical Centre"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="Health Unit form HU-4 (rev. 10/2025)  |  copy for the hospital")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head("U.S. Department of State", "MED", [
        "Embassy of the United States of America, Drovnik  |  Health Unit",
        f"Bulevar Slobode 7, Drovnik, Republic of Dravenia  |  tel. (55) {digits(rng, 3)} {digits(rng, 3)}  |  "
        "Medical and Health Program"], box="AUTHORIZATION FOR HOSPITAL CARE", size=12.5)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(auth, "Authorization no.", W * 0.28), (slash(issued), "Date issued", W * 0.2),
                  (pid, "Patient no.", W * 0.24), ("Embassy Drovnik", "Post", W * 0.28)])
    p.over_boxes([(girl, "Patient", W * 0.34), (f"{emp} (father)", "Employee", W * 0.36),
                  ("Tonsillectomy", "Planned care", W * 0.30)])
    p.over_boxes([(hosp, "Hospital", W * 0.4), (f"Dr. {surgeon}", "Surgeon", W * 0.32),
                  ("2 days", "Expected stay", W * 0.28)])
    p.ln(2)
    p.para(f"The Health Unit agrees that {girl} may be admitted to {hosp} on **{wday(plan_d)}** for the planned "
           f"operation named above. The hospital's estimate is {cur('DVT', est_k)} (about USD {est_u:,.2f} at "
           f"{rate:.4f} taler to the dollar).", 10)
    p.heading("What this authorization means", 10.5)
    p.bullets([
        "The hospital should send its bill first to the patient's own health plan, and then the rest of it to the "
        "Department with this authorization number.",
        "The Department pays only after the patient's own plan, and never pays that plan's deductible.",
        "This authorization is good for an admission within 30 days of the planned date. If the date changes, "
        "call the Health Unit.",
        "It is not a promise to pay any amount; the final share is worked out when the bills and the own plan's "
        "statement arrive."], size=9.4)
    p.para("Nothing has been refused. You do not need to do anything more now.", 10)
    p.two_signers([nurse + ", RN", "Health Unit nurse, Embassy Drovnik"],
                  [f"Dr. {rmo}", "Regional Medical Officer"])
    t = truth("other", None, insurer=INS, member_id=pid, member_name=girl, cases=[auth], claim_amount=None,
              service_dates=[iso(plan_d)], denial_date=iso(issued), provider=hosp,
              alternates={"insurer": INS_ALT + ["Embassy of the United States of America, Drovnik",
                                                "U.S. Embassy Drovnik"],
                          "provider": [f"Dr. {surgeon}", surgeon], "claim_amount": [m2(est_u)],
                          "service_dates": [[]]})
    return out(p), t


def lowres_late(rng):
    emp, girl, sig = people(rng, 3, sexes="FFX")
    girl = with_surname(girl, emp.split()[-1])
    base = fam_no(rng)
    pid = f"{base}-02"
    serial = digits(rng, 4)
    auth = f"PAB-26-{serial}"
    claim = f"PAB-26-{serial}{rng.randint(1, 9)}"
    adm = dt.date(2026, 1, rng.randint(12, 16))
    dis = plus(adm, 3)
    prim = dt.date(2026, 2, rng.randint(2, 6))
    rcvd = dt.date(2026, 7, rng.randint(6, 9))
    nd = workday(plus(rcvd, rng.randint(6, 9)))
    rate = 3.6737
    bill_k = rng.choice([14920.00, 15480.00, 14375.00])
    bill_u = to_usd(bill_k, rate)
    hosp = "Port Auberon Harbour Hospital"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="MED-OS4 Notice of claim action (rev. 10/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    med_head(p, rng, box="NOTICE OF CLAIM ACTION")
    W = p.w - p.l_margin - p.r_margin
    p.under([(slash(nd), "Notice date"), (claim, "Claim no."), (auth, "Health Unit authorization no."),
             (pid, "Patient no.")], widths=[W * 0.2, W * 0.26, W * 0.3, W * 0.24])
    p.under([(girl, "Patient"), (emp, "Employee (sponsor)"), ("Consulate General Port Auberon", "Post")],
            widths=[W * 0.3, W * 0.3, W * 0.4])
    p.under([(hosp, "Hospital"), (f"{dots(adm)} - {dots(dis)}", "Stay"), ("Not paid", "Action")],
            widths=[W * 0.45, W * 0.32, W * 0.23])
    p.under([(cur("SKD", bill_k), "Billed"), (f"USD {bill_u:,.2f}", "Billed in dollars"),
             (long(prim), "Primary plan's statement dated"), (ymd(rcvd), "Claim received by MED")],
            widths=[W * 0.22, W * 0.22, W * 0.3, W * 0.26])
    p.ln(2)
    for ln in [emp, "Consulate General Port Auberon", *pouch("Port Auberon", rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("What happened to this claim", 11)
    p.para(f"The Health Unit approved your daughter's admission to {hosp} (authorization {auth}), and the hospital "
           f"cared for her from {long(adm)} to {long(dis)}. Your own plan paid its share and sent you its statement on "
           f"{long(prim)}.", 10)
    p.para(f"A claim for the Department's share must reach the {OMC} within 120 days after the date of the primary "
           f"plan's statement. For this stay that was {long(plus(prim, 120))}. Your claim reached us on {ymd(rcvd)}, "
           "so it came too late and the Department will not pay it.", 10)
    p.para("If something outside your control kept you from sending the claim in time (for example, an evacuation "
           "of the post or a long stay in hospital), tell us and send proof; we can accept a late claim for that "
           "reason.", 10)
    p.heading("If you disagree", 10.5)
    p.para(f"Ask us to reconsider within 45 days of the date of this notice. Write to {MAIL}.", 10)
    p.signoff(["Claims examiner:", sig], 9.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=pid, member_name=girl, cases=[claim, auth],
              claim_amount=m2(bill_u), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd), provider=hosp,
              appeal_deadline=iso(plus(nd, 45)),
              alternates={"insurer": INS_ALT, "case_numbers": [[claim]], "claim_amount": [m2(bill_k)]})
    return out(p), t


def scan_stack(rng):
    emp, partner, chair, dr = people(rng, 4, sexes="MFXX")
    base = fam_no(rng)
    sponsor = f"{base}-01"
    rate = 3.8520
    dos = dt.date(2026, 4, rng.randint(6, 10))
    inv_d = plus(dos, rng.randint(4, 6))
    due = plus(inv_d, 30)
    inv = f"VUK-{digits(rng, 7)}"
    acct = f"PAT {digits(rng, 6)}"
    clinic = "Varnholm University Clinic"
    lines = [("Emergency department attendance, level 3", 1240.00), ("Ultrasound, abdomen", 860.00),
             ("Laboratory panel", 395.00)]
    tot_k = round(sum(k for _, k in lines), 2)
    tot_u = to_usd(tot_k, rate)
    # document 1: the clinic's invoice (a bill)
    a = EHSheet(footer="Page {n} of {nb}", footer_left=f"{clinic}  |  Patient Billing  |  VAT not charged on medical "
                                                       "care")
    a.set_margins(18, 15, 18)
    a.add_page()
    a.head(clinic, "VUK", ["Patient Billing Office  |  Kliniksvej 40, Varnholm, Republic of Kestovia",
                           f"tel. (55) {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}  |  accounts open "
                           "08:00-15:00"], box="INVOICE", size=12.5)
    a.addr_kv([partner, "c/o Embassy of the United States", "Varnholm"],
              [("Invoice no.", inv), ("Invoice date", dots(inv_d)), ("Patient no.", acct),
               ("Date of care", dots(dos)), ("Doctor", f"Dr. {dr}"), ("Pay by", dots(due))], w=86, cap_w=28)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Service", "Date", "KEM"], [[s, dots(dos), n2(k)] for s, k in lines] + [["Total", "", n2(tot_k)]],
            [W * 0.6, W * 0.2, W * 0.2], size=9.4, aligns=["L", "L", "R"], bold_last=True)
    a.para(f"Amount in US dollars for your insurer, at the clinic's rate of {rate:.4f}: USD {tot_u:,.2f}. This is "
           "a bill: please pay the total in marka by the date above, by bank transfer to the account printed on the "
           "payment slip, and claim from your insurer yourself.", 9.6)
    a.para("If you have already paid, thank you; please ignore this invoice.", 9)
    d_a = (out(a), truth("other", None, insurer=None, member_name=partner, claim_amount=m2(tot_k),
                         service_dates=[iso(dos)], denial_date=iso(inv_d), provider=clinic,
                         alternates={"case_numbers": [[inv]], "claim_amount": [m2(tot_u)],
                                     "provider": [f"Dr. {dr}", dr]},
                         unscored=["insurer"]))
    # document 2: the reconsideration decision, two pages
    rc = f"RC-26-0{digits(rng, 3)}"
    claim = f"MC26-05{digits(rng, 5)}"
    first = workday(dt.date(2026, 5, rng.randint(4, 8)))
    asked = plus(first, rng.randint(9, 14))
    dd = workday(dt.date(2026, 6, rng.randint(15, 19)))
    b = EHSheet(footer="Page {n} of {nb}", footer_left="MED-OS11 Reconsideration decision (rev. 10/2025)",
                every=f"Reconsideration {rc}  |  claim {claim}  |  sponsor file {sponsor}  |  page {{n}} of {{nb}}")
    b.set_margins(18, 16, 18)
    b.add_page()
    med_head(b, rng, unit="Office of the Director, Overseas Programs")
    b.line(f"Decided: {long(dd)}", 10, "B")
    b.ln(2)
    b.addr_right([emp, "Embassy Varnholm", *pouch("Varnholm", rng)],
                 [("Reconsideration", rc), ("Claim", claim), ("Sponsor file", sponsor), ("Patient", partner),
                  ("Clinic", clinic), ("Date of care", slash(dos)), ("Amount", f"KEM {tot_k:,.2f} / USD {tot_u:,.2f}")],
                 split=0.48, cap_w=32, size=9)
    b.heading("Decision on your request to reconsider", 12)
    b.para(f"Dear {emp}:", 10)
    b.para(f"On {long(first)} the {OMC} refused the claim for the care {partner} received at {clinic} on "
           f"{long(dos)}. You asked for the refusal to be looked at again in your e-mail of {long(asked)}. I have read "
           "your e-mail, the invoice, your travel orders and the post's records.", 10)
    b.para("**The refusal stands.** The overseas program covers the employee and the family members who are named on "
           f"the employee's travel orders to the post and who hold a medical clearance. {partner} is not named on "
           "your orders to Varnholm and has no medical clearance on file. You wrote that you plan to marry and that "
           "she lives with you at post; we understand that, but the program cannot cover her until the orders are "
           "amended to add her and her clearance is issued.", 10)
    b.add_page()
    b.heading("What happens next", 11)
    b.para(f"{clinic} has sent its invoice to {partner} and expects her to pay it. Her own travel or health insurance "
           "may repay part of it.", 10)
    b.para("When amended orders that name her are issued, the Health Unit will help her with the medical clearance. "
           "Care she receives after both are in place will be covered like any family member's. The program cannot "
           "reach back to care before that date.", 10)
    b.heading("Is there another review?", 10.5)
    b.para("This decision ends the Department's review of this claim. A new claim with new facts (for example, orders "
           "that already named her on the date of care) may be sent to the Overseas Medical Claims Section at any "
           "time.", 10)
    b.signoff(["For the Director, Overseas Programs,", "", chair, "Reconsideration officer"], 9.8)
    d_b = (out(b), truth("denial_letter", "eligibility", insurer=INS, member_id=sponsor, member_name=partner,
                         cases=[rc, claim], claim_amount=m2(tot_u), service_dates=[iso(dos)], denial_date=iso(dd),
                         provider=clinic,
                         alternates={"insurer": INS_ALT, "member_id": [None], "case_numbers": [[rc], [claim]],
                                     "claim_amount": [m2(tot_k)]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_secondary_payment_statement_son_not_on_orders_code_on_page_two", "born_digital",
             [born_statement(rng)]),
        Item(F + "finefax_hospital_letter_admission_without_health_unit_approval_two_signers", "fax_fine_g4",
             [finefax_hospital(rng)]),
        Item(F + "photocopy_three_page_letter_physiotherapy_no_hospital_stay_taglines", "photocopy",
             [photocopy_physio(rng)]),
        Item(F + "phone_es_carta_conyuge_parto_plan_primario_no_facturado", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_health_unit_authorization_approved_planned_surgery", "rotated", [rotated_authorization(rng)]),
        Item(F + "lowres_claim_action_notice_filed_late_claim_and_authorization_look_alike", "scan_lowres_150",
             [lowres_late(rng)]),
    ]
    items.append(Item(F + "scan300_stack_clinic_invoice_duplex_then_reconsideration_partner_not_on_orders_sideways",
                      "scan_clean_300", scan_stack(rng), separators=["duplex", None], turns={(1, 1): 90}))
    return items
