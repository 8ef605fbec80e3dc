"""Papers mirrored (structure and plain wording style only) from a fee-for-service plan in the Federal Employees
Health Benefits (FEHB) Program that covers Foreign Service and other federal employees posted abroad and their
families, as an invented plan, the Wayfarer Federal Benefit Plan, and its plan office send them: explanations of
benefits for overseas claims billed in baht, yen, cedis, soles, shillings and euros, a claim action form, a
reconsideration decision, eligibility and approval letters and an air ambulance notice.

Public rules used as themselves: the FEHB Program and the U.S. Office of Personnel Management (OPM); the disputed
claims process (ask the plan in writing to reconsider its decision, then ask OPM to review the plan's reconsideration
within 90 days after the date of the plan's letter); overseas claims sent with the itemized bill and an English
translation, charges converted to U.S. dollars at the exchange rate of the date of service; the free 31-day extension
of coverage after an enrollment ends and Temporary Continuation of Coverage (TCC) elected within 60 days; enrollment
codes as the plan-and-option identifier; DPO addresses of posts abroad. Invented: the plan, its sponsoring
association, its plan office and address, every hospital, clinic, wellness house, imaging center, air ambulance
company, doctor, enrollee and family member, every number shape (enrollee identifier "WF" and nine digits, 13-digit
ICNs, DCN, grievance, tracking and reference numbers), the enrollment codes 7W1 / 7W2 / 7W3, every remark code,
exchange rate, amount and every time limit other than OPM's 90 days (6 months on the EOB and the Spanish letter, a
printed date on the form and the air ambulance notice, 180 days on the eligibility letter, "after you receive" on
the stay letter). No heading names the kind of refusal; each reason is said in plain words or by a code and its
legend.

Documents (8 in 7 files):
- born_digital_bangkok_eob_thai_massage_sessions_by_row: a two-page EOB to an enrollee at a DPO address about her
  husband: a paid clinic claim and a wellness house's claim for six massage sessions, each on its own row in
  dd.mm.yyyy, billed in baht beside dollars, coinsurance in parentheses, a statement total that is not the refused
  amount, remark M4 only in the legend on page 2; a mailed date that differs from the statement date and a form
  number with a revision date (not_covered; "within 6 months from the date of this statement").
- finefax_tokyo_claim_action_form_translation_and_itemization_missing: a fine-fax claim action form with captions in
  small capitals in the left margin and values at the right of ruled boxes (DCN as the only number), four check
  boxes of which the ticked one closes the claim, a tick list of the missing papers (an itemized bill and an English
  translation), yen only, a fax line dated a day later and a scan line of digits (other; a printed date).
- lowres_panama_reconsideration_stem_cell_knee_facts_table_page_two: a 150 dpi two-page reconsideration decision
  with a header line on both pages, the reason in plain words (doctors are still testing whether the injections help),
  the facts (ICN, grievance no., dates, balboas equal to dollars) in a table at the foot of page 2, a mailed date and
  OPM's 90 days as the only limit (experimental; final, null).
- photocopy_accra_spouse_admission_after_coverage_ended_rail: a photocopied two-column letter, a shaded rail of IDs
  beside phone, fax, TTY and a call reference, about the spouse's stay "admitted 02/23/2026, discharged 02/27/2026"
  after the 31-day extension ran out and no TCC came; the cedi bill and its dollar value only in a sentence
  (eligibility; "within 180 days of the date printed above").
- phone_es_lima_segunda_resonancia_tres_semanas_despues: a photographed Spanish letter (beneficiary number, the
  spouse's Peruvian ID number and a call reference as decoys) refusing a second lumbar MRI done three weeks after
  the first with no change in symptoms ("23.02.26" and "lunes 23 de febrero de 2026", "S/ 1,650.00 (US$ 441.21)" only
  in a sentence; medical_necessity; "dentro de los 6 meses siguientes a la fecha de esta carta").
- rotated_bonn_hip_replacement_admission_approved: an approval of a planned hip replacement admission on Monday, May
  11, 2026 with a tracking no., fed sideways (denies nothing).
- clean_stack_nairobi_stay_days_then_air_ambulance_page_two_sideways: a clean-scan stack of the plan's letter paying
  the first three days of a Nairobi hospital stay and not the last four (the care could have gone on at home; the
  shilling bill and its dollar value; "within six months after you receive this letter", null), the duplex back of
  its sheet, then a two-page notice refusing the planned air ambulance flight from Kigali because nobody asked the
  plan before it left, page 2 turned sideways (prior_authorization; "postmarked no later than September 30, 2026").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famje import (EFSheet, add_months, conv, dots, dots2, es_date, es_wday, fx, grouped, icn, kin, long,
                               n2, odd_in, paren, people, phone, slash, toll, wlong, yy)
from public_kit import digits, m2, money, out, plus, truth

FAMILY = "overseas_federal_fee_for_service_plan_foreign_currency_claims_itemization_translation_and_reconsiderations"
LANG = "en"
SEED = 354954
INS = "Wayfarer Federal Benefit Plan"
ASSOC = "Overseas Federal Employees Benefit Association"
ALT = ["Wayfarer Plan", "Wayfarer Federal Benefit Plan Office", "Wayfarer Plan Office", ASSOC]
SUB = "A fee-for-service plan in the Federal Employees Health Benefits (FEHB) Program for federal families abroad"


def wid(rng, odd: str | None = None) -> str:
    """The enrollee identifier: WF and nine digits (one may be a letter a reader takes for a digit)."""
    return "WF" + odd_in(digits(rng, 9), odd, rng)


def show(w: str) -> str:
    """WF 412 073 385"""
    return f"WF {grouped(w[2:])}"


def _head(p, rng, box: str | None = None, es: bool = False):
    left = ["Plan Office  \u2022  PO Box 8817, Hagerstown, MD 21741-8817",
            ("Reclamaciones del extranjero: claims.abroad@wayfarer-plan.example" if es else
             "Overseas claims: claims.abroad@wayfarer-plan.example")]
    right = [f"Toll free (U.S.) {toll(rng)}", f"Collect from abroad +1 301 555 0{digits(rng, 3)}",
             f"Fax {phone(rng)}  \u2022  TTY 711"]
    sub = ("Un plan de pago por servicio del Programa FEHB para familias federales en el extranjero" if es else SUB)
    p.seal_head(INS, sub, left, right, box=box)


# --- 1. Bangkok EOB: massage sessions, one row a session (born digital, two pages) --------------------------------
def bd_eob(rng):
    enrollee, husband, sig = people(rng, 3, sex="FM.")
    husband = kin(husband, enrollee)
    eid = wid(rng)
    code = "7W2"
    st = dt.date(2026, 4, 10)
    mailed = dt.date(2026, 4, 14)
    c1_day = dt.date(2026, 3, 5)
    sessions = [dt.date(2026, 3, d) for d in (9, 11, 13, 16, 18, 20)]
    i1, i2 = icn(rng, dt.date(2026, 3, 24)), icn(rng, dt.date(2026, 3, 30))
    r1, r2 = 0.02861, 0.02853
    clinic = "Lumphini Garden Medical Clinic"
    house = "Chao Phraya Wellness House"
    doc = people(rng, 1)[0]
    lines1 = [("Consultation, general practitioner", 1800.00), ("Blood count and chemistry panel", 2350.00),
              ("Naproxen 500 mg x 20 tablets", 420.00)]
    per = 1500.00
    u1 = [conv(v, r1) for _, v in lines1]
    u2 = [conv(per, r2) for _ in sessions]
    billed2 = round(sum(u2), 2)
    coins = [round(u * 0.2, 2) for u in u1]
    paid1 = [round(u - c, 2) for u, c in zip(u1, coins)]
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form WF-EOB-7 (rev. 03/2025)",
                top_line=f"{enrollee}  \u2022  Enrollee identifier {show(eid)}  \u2022  page {{n}} of {{nb}}")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, box="EXPLANATION OF BENEFITS")
    y0 = p.get_y()
    for ln in [enrollee, "Unit 7200, Box 114", "DPO AP 96546"]:
        p.line(ln, 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.set_xy(p.l_margin + W - 84, y0)
    p.leaders([("Statement date", slash(st)), ("Enrollee identifier", show(eid)), ("Enrollment code", f"{code} "
               "(Self and Family)"), ("Mailed", yy(mailed))], size=8.4, w=84, x=p.l_margin + W - 84)
    p.set_y(max(p.get_y(), y0 + 20) + 2)
    p.para("This is not a bill. Charges billed in another currency are shown as billed and in U.S. dollars at the "
           "exchange rate of the date of service. Codes in the last column are explained on page 2.", 8.8)
    heads = ["Date (dd.mm.yyyy)", "Service", "Billed (THB)", "Billed (USD)", "Your 20%", "Plan paid", "Code"]
    widths = [26, 56, 24, 22, 19, 19, W - 166]
    al = ["L", "L", "R", "R", "R", "R", "C"]
    p.f(9, "B")
    p.cell(0, 5.2, f"ICN {i1}   Patient: {husband}   Provider: {clinic}, Bangkok", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 4, f"Rate THB 1 = USD {r1:.5f} ({dots(c1_day)})", new_x="LMARGIN", new_y="NEXT")
    p.ledger(heads, [[dots(c1_day), s, n2(v), n2(u), paren(c), n2(pd), "P1"]
                     for (s, v), u, c, pd in zip(lines1, u1, coins, paid1)], widths, al, size=7.8,
             totals=["", "Claim total", n2(sum(v for _, v in lines1)), n2(sum(u1)), paren(sum(coins)),
                     n2(sum(paid1)), ""])
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5.2, f"ICN {i2}   Patient: {husband}   Provider: {house}, Bangkok", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 4, f"Rate THB 1 = USD {r2:.5f} ({dots(sessions[0])})   Therapist named on the receipts: "
                 f"Khun Areerat P.   Referred by: Dr. {doc}", new_x="LMARGIN", new_y="NEXT")
    p.ledger(heads, [[dots(d), "Traditional massage, 90 minutes", n2(per), n2(u), "0.00", "0.00", "M4"]
                     for d, u in zip(sessions, u2)], widths, al, size=7.8,
             totals=["", "Claim total", n2(per * len(sessions)), n2(billed2), "0.00", "0.00", ""])
    p.ln(1)
    tot_b = round(sum(u1) + billed2, 2)
    p.leaders([("Billed on this statement (USD)", n2(tot_b)), ("Plan paid to you by direct deposit", n2(sum(paid1))),
               ("Your share on this statement", n2(round(tot_b - sum(paid1), 2)))], size=8.8)
    p.para(f"We paid {money(sum(paid1))} to the account ending 4471 for the clinic visit. We did not pay the "
           f"{money(billed2)} for the six massage sessions at {house}; page 2 explains why.", 9.2)
    p.add_page()
    p.bar("What the codes mean")
    p.reasons([("P1", "Paid at 80% of the charge converted to dollars; the remaining 20% is your coinsurance."),
               ("M4", "The plan pays for physical therapy given by a licensed physical therapist, a doctor or a "
                      "hospital's therapy department. A wellness house's massage, even when a doctor suggested it, "
                      "is not among the things this plan pays for, at home or abroad. The receipts name a massage "
                      "therapist and no therapy plan.")], size=8.8)
    p.bar("If you disagree with this statement")
    p.para("Write to us and ask us to reconsider. Tell us which claim you mean (use the ICN), why you disagree, and "
           "send anything that helps, for example a treatment plan signed by a licensed physical therapist. Your "
           "request must reach us within 6 months from the date of this statement.", 9.0)
    p.para("If we do not change our decision, you may ask the U.S. Office of Personnel Management (OPM) to review "
           "it. You must write to OPM within 90 days after the date of our reconsideration letter. If waiting would "
           "put a life or health at risk, call us and we will decide within 72 hours.", 9.0)
    p.para(f"Questions: call {toll(rng)} from the U.S., or +1 301 555 0{digits(rng, 3)} collect from abroad. Please "
           "have your enrollee identifier and the ICN ready.", 9.0)
    p.para(f"{sig}\nOverseas Claims Unit", 9.0)
    t = truth("eob", "not_covered", insurer=INS, plan_id=code, member_id=eid, member_name=husband, cases=[i2],
              claim_amount=m2(billed2), service_dates=[f"{sessions[0].isoformat()}/{sessions[-1].isoformat()}"],
              denial_date=st.isoformat(), provider=house, appeal_deadline=add_months(st, 6).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "claim_amount": [m2(per * len(sessions))],
                          "service_dates": [[d.isoformat() for d in sessions]]})
    return out(p), t


# --- 2. Tokyo claim action form: translation and itemized bill missing (fine fax) ---------------------------------
def finefax_form(rng):
    enrollee, son, sig = people(rng, 3, sex=".M.")
    son = kin(son, enrollee)
    eid = wid(rng)
    dcn = digits(rng, 10)
    nd = dt.date(2026, 3, 23)
    sent = dt.date(2026, 3, 24)
    got = dt.date(2026, 3, 9)
    visits = [dt.date(2026, 2, 17), dt.date(2026, 2, 24)]
    yen = 48600
    by = add_months(nd, 6)
    clinic = "Shirokane Family Clinic"
    p = EFSheet(footer=None, footer_left="WF-CA-2 (rev. 11/2025)",
                fax_hdr=f"{sent.strftime('%b-%d-%Y').upper()} 09:12  FROM WAYFARER PLAN OFFICE  +1 301 555 0188  "
                        "TO +81 3 5555 0142  P.{n}/1")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, box="CLAIM ACTION NOTICE")
    p.line(f"To: {enrollee}, American Embassy Tokyo, Unit 9800 Box 31, DPO AP 96303", 9.2)
    p.ln(2)
    p.sc_boxes([("Date of notice", slash(nd)), ("Enrollee identifier", show(eid)), ("Patient", son),
                ("Provider", f"{clinic}, Minato-ku, Tokyo"),
                ("Dates of service", f"{slash(visits[0])} and {slash(visits[1])}"),
                ("Amount on the receipt", f"JPY {n2(yen)}"), ("Claim form received", slash(got)), ("DCN", dcn)],
               cap_w=50, size=9.2)
    p.decision_boxes("WHAT WE DID WITH THIS CLAIM", [
        (False, "Paid", "See the explanation of benefits we mailed separately."),
        (False, "Held for more information for 45 days", "We will finish the claim as soon as the papers below come."),
        (True, "Closed without payment", "We could not work out what was billed from the papers we have. We needed "
                                         "the papers ticked below and did not receive them."),
        (False, "Sent to another payer", "Another plan or program pays first for this care.")], size=8.8)
    p.f(9.2, "B")
    p.cell(0, 5, "Papers we need", new_x="LMARGIN", new_y="NEXT")
    p.tick_list([(True, "A bill from the clinic that lists each service on its own line, with its date and its "
                        "charge. The receipt you sent shows one total for both visits."),
                 (True, "An English translation of the bill. The receipt is in Japanese; a translation by you, a "
                        "colleague or the embassy health unit is fine if it is signed and dated."),
                 (False, "The diagnosis, in words or as a code."),
                 (False, "Proof that you paid the clinic.")], size=8.6)
    p.para("When both papers reach us we will reopen the claim under the same DCN; you do not need a new claim form. "
           f"If you think we were wrong to close it, you may ask us to reconsider; your request must reach us by "
           f"{long(by)}.", 9.0)
    p.para(f"{sig}, Overseas Claims Unit  \u2022  {toll(rng)}  \u2022  Fax {phone(rng)}", 8.6)
    p.scanline(f"<{dcn}<{eid[2:]}<0{yen}<WFCA2<")
    t = truth("denial_letter", "other", insurer=INS, member_id=eid, member_name=son, cases=[dcn],
              claim_amount=m2(yen), service_dates=[d.isoformat() for d in visits], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "claim_amount": [None]}, denial_alternates=["not_covered"])
    return out(p), t


# --- 3. Panama reconsideration: stem cell knee injections, facts table at the foot of page 2 (150 dpi) ------------
def lowres_recon(rng):
    enrollee, wife, doctor, reviewer, sig = people(rng, 5, sex="MF...")
    wife = kin(wife, enrollee)
    eid = wid(rng, "O")
    claim = icn(rng, dt.date(2026, 2, 18))
    griev = f"GRV-26-{digits(rng, 5)}"
    dec = dt.date(2026, 5, 6)
    mailed = dt.date(2026, 5, 8)
    first = dt.date(2026, 3, 2)
    asked = dt.date(2026, 4, 8)
    shots = [dt.date(2026, 1, 27), dt.date(2026, 2, 10)]
    amt = 8400.00
    clinic = "Clínica Regenerativa del Pacífico"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="WF-RC-4 (rev. 06/2025)",
                top_line=f"{wife}  |  enrollee identifier {show(eid)}  |  grievance no. {griev}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="RECONSIDERATION DECISION")
    p.line(f"Date of decision: {long(dec)}", 9.8, "B")
    p.line(f"Mailed: {slash(mailed)}", 8.6)
    p.ln(3)
    for ln in [wife, "c/o American Embassy Panama", "Unit 0945, Box 212", "DPO AA 34002"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear {wife.split()[0]} {wife.split()[-1]}:", 10)
    p.para(f"On {long(asked)} you asked us to look again at our letter of {long(first)}, which did not pay for the "
           f"two injections of your own stem cells into your right knee at {clinic} in Panama City. A doctor who "
           "did not take part in the first decision, an orthopedic surgeon, read everything you and the clinic sent "
           "us, including your letter and the article by the clinic's director.", 10)
    p.para("We have not changed the decision. Injections of cells taken from a person's own fat or bone marrow into a "
           "worn knee are still being tried by doctors to find out whether they help: the studies so far are small, "
           "most did not compare the injections with the usual care, and their results do not agree with one "
           "another. The plan pays for a treatment once it is accepted medical practice for the condition. The "
           "article you sent describes 38 patients followed for six months without a comparison group.", 10)
    p.para("We understand that the injections were offered to you as an alternative to surgery and that your knee "
           "feels better. This decision is about what the plan pays for; it is not a judgment about your care. The "
           "knee X-rays, the visits with Dr. " + doctor + " before the injections and the physical therapy in "
           "March were paid and are not affected.", 10)
    p.para("Page 2 lists what we reviewed and the facts of the claim.", 10)
    p.add_page()
    p.bar("What we reviewed")
    p.bullets(["The clinic's invoice and its treatment summary (in Spanish, with your English translation).",
               f"Dr. {doctor}'s notes from November 2025 to January 2026 and the knee X-rays of December 2025.",
               "Your letter asking for reconsideration and the journal article attached to it.",
               "The plan's brochure: what the plan pays for, and the rule on treatments still being studied.",
               f"The review by {reviewer}, MD, board certified in orthopedic surgery."], size=9.2)
    p.bar("What you can do now")
    p.para("This is our final decision on your request. If you do not agree, you may ask the U.S. Office of "
           "Personnel Management to review it. Write to OPM, Federal Employee Insurance Operations, within 90 days "
           "after the date of this letter, and send a copy of this letter and of the papers you sent us. OPM's "
           "decision is the last step of the disputed claims process; after it you may sue in federal court.", 9.6)
    p.para(f"{sig}\nDisputed Claims Unit", 9.6)
    p.set_y(max(p.get_y() + 6, p.h - 96))
    W = p.w - p.l_margin - p.r_margin
    p.f(9, "B")
    p.cell(0, 5, "Facts of the claim", new_x="LMARGIN", new_y="NEXT")
    p.table(["Item", "As we have it"],
            [["Patient", wife], ["Enrollee identifier", show(eid)], ["Claim (ICN)", claim],
             ["Grievance no. (this reconsideration)", griev], ["Provider", f"{clinic}, Panama City, Panama"],
             ["Dates of service", f"{dots(shots[0])} and {dots(shots[1])}"],
             ["Amount billed", f"B/. {n2(amt)} (balboas; equal to USD {n2(amt)})"],
             ["First decision", slash(first)], ["Reconsideration asked", slash(asked)]],
            [70, W - 70], size=8.8, row_h=5.8)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=eid, member_name=wife, cases=[claim, griev],
              claim_amount=m2(amt), service_dates=[d.isoformat() for d in shots], denial_date=dec.isoformat(),
              provider=clinic, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [f"Dr. {doctor}"], "case_numbers": [[claim], [griev]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# --- 4. Accra: spouse admitted after coverage ended (photocopy, rail letter) ---------------------------------------
def photocopy_accra(rng):
    former, wife, sig = people(rng, 3, sex="MF.")
    wife = kin(wife, former)
    eid = wid(rng)
    ref = icn(rng, dt.date(2026, 3, 11))
    ld = dt.date(2026, 3, 18)
    printed_on = dt.date(2026, 3, 20)
    left_svc = dt.date(2026, 1, 9)
    ext_end = plus(left_svc, 31)
    adm, dis = dt.date(2026, 2, 23), dt.date(2026, 2, 27)
    ghs = 38460.00
    rate = 0.0813
    usd = conv(ghs, rate)
    hosp = "Labone Crescent Hospital"
    call = f"{digits(rng, 4)}-{digits(rng, 5)}"
    p = EFSheet(footer=None, footer_left="WF-EL-3 (rev. 09/2025)")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng)
    p.f(8)
    p.cell(0, 4, f"Printed {yy(printed_on)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    blocks = [("About this letter", [("Date of decision", long(ld)), ("Subscriber no.", show(eid)),
                                     ("Patient", wife), ("Ref#", ref)]),
              ("Reach us", [("Toll free from the U.S.", toll(rng)), ("Collect from abroad", "+1 301 555 0163"),
                            ("Fax", phone(rng)), ("TTY", "711"), ("Your call of 03/04/26", f"call ref. {call}")]),
              ("Hospital", [("Name", hosp), ("Place", "Accra, Ghana")])]
    paras = [f"{former}\n14 Ringway Gardens\nAccra, Ghana",
             f"Dear Mr. {former.split()[-1]}:",
             f"We received the bill of {hosp} for your wife's stay there. She was admitted 02/23/2026 and "
             f"discharged 02/27/2026. We cannot pay the {fx(ghs, 'GHS')} (USD {n2(usd)} at the rate of "
             f"{slash(adm)}) the hospital billed.",
             f"Your enrollment in the plan ended when you left federal service on {long(left_svc)}. After an "
             f"enrollment ends, the plan keeps covering you and your family for 31 more days at no cost; for you that "
             f"free extension ended on {long(ext_end)}. Your wife went into the hospital two weeks later, when the "
             "family no longer had coverage with us.",
             "You could have kept the coverage by electing Temporary Continuation of Coverage (TCC) within 60 days "
             "after you left. We have no election from you or from your agency's payroll office. If you did elect "
             "TCC, or if your separation date is not right, send us a copy of what you have and we will look again.",
             "You may ask us to reconsider. Write within 180 days of the date printed above as the date of decision "
             "and include your subscriber number.",
             f"Sincerely,\n{sig}\nEnrollment and Eligibility"]
    p.rail_letter(blocks, paras, rail_w=56, size=9.3)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=eid, member_name=wife, cases=[ref],
              claim_amount=m2(usd), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=ld.isoformat(),
              provider=hosp, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(ghs)]})
    return out(p), t


# --- 5. Spanish: second lumbar MRI three weeks after the first (phone photo) --------------------------------------
def phone_es(rng):
    enrollee, wife, doctor, sig = people(rng, 4, es=True, sex="MFM.")
    wife = kin(wife, enrollee)
    eid = wid(rng)
    ref = f"WF-{digits(rng, 7)}"
    ld = dt.date(2026, 4, 21)
    mri1, mri2 = dt.date(2026, 2, 2), dt.date(2026, 2, 23)
    soles = 1650.00
    rate = 0.2674
    usd = conv(soles, rate)
    center = "Resonancia Miraflores Diagnóstica"
    dni = digits(rng, 8)
    call = digits(rng, 9)
    p = EFSheet(footer="Página {n} de {nb}", footer_left="WF-ES-1 (rev. 01/2026)")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, es=True)
    p.line(f"Fecha de esta carta: {es_date(ld)}", 9.8, "B")
    p.ln(2)
    for ln in [wife, "Calle Los Geranios 418, dpto. 302", "Miraflores, Lima 15074, Perú"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("Nº de beneficiario", show(eid)), ("Paciente", wife)],
              [("Ref. nº", ref), ("DNI de la paciente", dni)]], cap_w=30, size=9.0)
    p.para(f"Estimada señora {wife.split()[-1]}:", 9.8)
    p.para(f"Recibimos la factura de {center} por la resonancia magnética de la columna lumbar que le hicieron el "
           f"{es_wday(mri2)} ({dots2(mri2)}). La primera resonancia, del {es_date(mri1)}, ya la pagamos.", 9.8)
    p.para(f"No podemos pagar los S/ 1,650.00 (US$ {n2(usd)} al tipo de cambio del día del examen) de la segunda. "
           "La hicieron tres semanas después de la primera, y en las notas del Dr. " + doctor + " no aparece ningún "
           "cambio en el dolor, en la fuerza de las piernas ni en el examen que pidiera mirar otra vez: el médico ya "
           "tenía las imágenes de febrero y el tratamiento siguió siendo el mismo después del segundo examen.", 9.8)
    p.para("Si hubo un cambio que no está en las notas (por ejemplo, debilidad nueva en una pierna o una caída), "
           "pídale al médico que nos lo escriba y volveremos a revisar la factura.", 9.8)
    p.para("Si no está de acuerdo, puede pedirnos por escrito que reconsideremos esta decisión dentro de los 6 meses "
           "siguientes a la fecha de esta carta. Si después no está de acuerdo con nuestra respuesta, podrá pedir a "
           "la Oficina de Administración de Personal (OPM) que la revise dentro de los 90 días siguientes a esa "
           "respuesta.", 9.8)
    p.para(f"Cuando llamó el 7 de abril le dimos el número de llamada {call}; no hace falta citarlo en su carta.", 9.2)
    p.para(f"Atentamente,\n{sig}\nUnidad de Reclamaciones del Extranjero", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=eid, member_name=wife, cases=[ref],
              claim_amount=m2(usd), service_dates=[mri2.isoformat()], denial_date=ld.isoformat(), provider=center,
              appeal_deadline=add_months(ld, 6).isoformat(), lang="es",
              alternates={"insurer": ALT, "claim_amount": [m2(soles)], "provider": [f"Dr. {doctor}"]})
    return out(p), t


# --- 6. Bonn: planned hip replacement approved (rotated) ------------------------------------------------------------
def rotated_approval(rng):
    enrollee, surgeon, sig = people(rng, 3)
    eid = wid(rng)
    track = f"PC-{digits(rng, 6)}"
    ld = dt.date(2026, 4, 2)
    adm = dt.date(2026, 5, 11)
    clinic = "Klinik Eichenbühl"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="WF-PA-1 (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="PLANNED ADMISSION: APPROVED")
    p.letter_with_ticket([enrollee, "American Consulate General Frankfurt", "Unit 7900, Box 2260", "DPO AE 09213"],
                         [(long(ld), "date"), (show(eid), "enrollee identifier"), (track, "tracking no."),
                          ("7W1", "enrollment code")], w=80, size=9.0)
    p.para(f"Dear {enrollee}:", 10)
    p.para(f"Dr. {surgeon} of {clinic}, Bonn, asked us on March 26 to approve your admission for a total "
           f"replacement of the left hip. We have approved it.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["What we approved", "Where", "When", "Days"],
            [["Admission for total hip replacement, left", f"{clinic}, Bonn", wlong(adm), "up to 8"]],
            [64, 44, 44, W - 152], size=8.8)
    p.para("What this means: the plan will pay the clinic's and the surgeon's charges at its usual benefit for "
           "overseas care, converted to dollars at the rate of the day of the surgery; you pay the 20% coinsurance. "
           "If the clinic needs more days, ask it to call us before the eighth day. Rehabilitation after you leave the "
           "clinic needs its own approval.", 10)
    p.para("Send us the clinic's itemized bill and an English translation after you go home; a summary in English from "
           "the clinic is enough for the translation. Quote the tracking number.", 10)
    p.para(f"We wish you a good recovery.\n{sig}\nMedical Management", 10)
    t = truth("other", None, insurer=INS, plan_id="7W1", member_id=eid, member_name=enrollee, cases=[track],
              service_dates=[adm.isoformat()], denial_date=ld.isoformat(), provider=clinic,
              alternates={"insurer": ALT, "plan_id": [None], "provider": [f"Dr. {surgeon}"], "case_numbers": [[]]})
    return out(p), t


# --- 7/8. Nairobi stay days, then the air ambulance notice (clean scan stack) --------------------------------------
def clean_stack(rng):
    enrollee, wife, internist, sig1, sig2 = people(rng, 5, sex="MF...")
    wife = kin(wife, enrollee)
    eid = wid(rng, "S")
    addr = [enrollee, "American Embassy Kigali", "Unit 2510, Box 118", "DPO AE 09825"]
    # the stay letter
    ld1 = dt.date(2026, 4, 1)
    adm, dis = dt.date(2026, 3, 3), dt.date(2026, 3, 9)
    cut = dt.date(2026, 3, 6)
    ref1 = icn(rng, dt.date(2026, 3, 20))
    kes = 1284500.00
    rate = 0.007745
    usd = conv(kes, rate)
    paid_kes = 582500.00
    hosp = "Mlima View Hospital"
    a = EFSheet(footer=None, footer_left="WF-HS-2 (rev. 03/2025)")
    a.set_margins(17, 14, 17)
    a.add_page()
    _head(a, rng)
    a.line(long(ld1), 10)
    a.ln(2)
    for ln in addr:
        a.line(ln, 9.8)
    a.ln(2)
    a.idstrip([("Participant ID", show(eid)), ("Patient", wife), ("Ref#", ref1), ("Hospital", f"{hosp}, Nairobi")],
              size=8.6)
    a.para(f"Dear Mr. {enrollee.split()[-1]}:", 10)
    a.para(f"Your wife was in {hosp} from {long(adm)} to {long(dis)}. The hospital's bill is {fx(kes, 'KES')}, "
           f"which is USD {n2(usd)} at the rate of the day she was admitted.", 10)
    a.para(f"We paid the charges for {long(adm)} through {long(plus(cut, -1))}. We did not pay for {long(cut)} "
           f"through {long(dis)}, the day she went home. From the morning of the 6th the nurses' notes show her "
           "walking the ward, eating normally and taking her antibiotic by mouth; the drip had been stopped. The care "
           "she had on those days, tablets, a dressing change and a daily check by the doctor, could have gone on at "
           "home with a visit to the clinic, and the plan pays a hospital for the days a patient needs the hospital.",
           10)
    a.table(["Days", "Dates", "Charges (KES)", "Plan"],
            [["1-3", f"{dots(adm)} - {dots(plus(cut, -1))}", n2(paid_kes), "paid"],
             ["4-7", f"{dots(cut)} - {dots(dis)}", n2(kes - paid_kes), "not paid"],
             ["", "Bill total", n2(kes), ""]], [20, 56, 40, 30], size=8.8, aligns=["L", "L", "R", "L"],
            bold_last=True)
    a.para(f"Dr. {internist}, who looked after her, may send us anything that shows she needed the hospital on "
           "those days. You may also ask us to reconsider: write to us within six months after you receive this "
           "letter.", 10)
    a.para(f"Sincerely,\n{sig1}\nOverseas Claims Unit", 10)
    d1 = (out(a), truth("denial_letter", "level_of_care", insurer=INS, member_id=eid, member_name=wife, cases=[ref1],
                        claim_amount=m2(usd), service_dates=[f"{cut.isoformat()}/{dis.isoformat()}"],
                        denial_date=ld1.isoformat(), provider=hosp, appeal_deadline=None,
                        alternates={"insurer": ALT, "claim_amount": [m2(kes)],
                                    "service_dates": [[f"{adm.isoformat()}/{dis.isoformat()}"]],
                                    "provider": [f"Dr. {internist}"]},
                        denial_alternates=["medical_necessity"]))
    # the air ambulance notice, two pages
    ld2 = dt.date(2026, 3, 30)
    flight = adm
    booked = plus(flight, -1)
    ref2 = icn(rng, dt.date(2026, 3, 16))
    track = f"T{digits(rng, 7)}"
    amt = 18750.00
    air = "Savanna AirMed Evacuations Ltd"
    by = dt.date(2026, 9, 30)
    b = EFSheet(footer="Page {n} of {nb}", footer_left="WF-AA-5 (rev. 03/2025)",
                top_line=f"{wife}  \u2022  {show(eid)}  \u2022  ICN {ref2}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng, box="NOTICE OF CLAIM DECISION")
    b.line(f"Notice date: {long(ld2)}", 10, "B")
    b.ln(2)
    for ln in addr:
        b.line(ln, 9.8)
    b.ln(3)
    b.para(f"Dear Mr. {enrollee.split()[-1]}:", 10)
    b.para(f"This notice is about the claim of {air} for flying your wife from Kigali to Nairobi by air ambulance. "
           "The details of the flight and the charges are on page 2.", 10)
    b.para("We are not able to pay this claim. The plan pays for an air ambulance without any call in advance when "
           "the flight cannot wait. For a flight that is arranged ahead, someone has to ask us first and we give a "
           "tracking number before the aircraft leaves. The doctor in Kigali wrote on the evening of "
           f"{long(booked)} that your wife was stable and could travel the next day, and the company booked the "
           f"flight that night. Nobody called us until {long(plus(flight, 2))}, two days after she arrived in "
           "Nairobi. The tracking number on page 2 is the one we gave on that call, after the flight.", 10)
    b.para("Her stay at the hospital in Nairobi is a separate claim and we write to you about it separately.", 10)
    b.para("If you disagree, you or the company may ask us to reconsider. Your request must be postmarked no later "
           f"than {long(by)}. If we do not change our decision, you may then ask OPM to review it within 90 days "
           "after our reconsideration letter.", 10)
    b.para(f"Sincerely,\n{sig2}\nMedical Management", 10)
    b.add_page()
    b.bar("The flight and the charges")
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "From / to", "Service", "Billed (USD)"],
            [[slash(flight), "Kigali (KGL) - Nairobi (NBO)", "Fixed-wing air ambulance, doctor and nurse",
              n2(13900.00)],
             [slash(flight), "ground, both ends", "Ground ambulance transfers, two", n2(1850.00)],
             [slash(flight), "", "Medical escort fee", n2(3000.00)]],
            [24, 46, W - 100, 30], size=8.6, aligns=["L", "L", "L", "R"])
    b.leaders([("Total billed by the company", n2(amt)), ("Plan paid", "0.00"),
               ("Tracking no. given after the flight", track), ("Participant ID", show(eid))], size=9.2)
    b.para("This notice is not a bill. The company may bill you for the flight; if it does, send us a copy of its "
           "letter with your request for reconsideration.", 9.2)
    d2 = (out(b), truth("denial_letter", "prior_authorization", insurer=INS, member_id=eid, member_name=wife,
                        cases=[ref2], claim_amount=m2(amt), service_dates=[flight.isoformat()],
                        denial_date=ld2.isoformat(), provider=air, appeal_deadline=by.isoformat(),
                        alternates={"insurer": ALT, "case_numbers": [[ref2, track]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_bangkok_eob_thai_massage_sessions_by_row", "born_digital", [bd_eob(rng)]),
        Item(F + "finefax_tokyo_claim_action_form_translation_and_itemization_missing", "fax_fine_g4",
             [finefax_form(rng)]),
        Item(F + "lowres_panama_reconsideration_stem_cell_knee_facts_table_page_two", "scan_lowres_150",
             [lowres_recon(rng)]),
        Item(F + "photocopy_accra_spouse_admission_after_coverage_ended_rail", "photocopy", [photocopy_accra(rng)]),
        Item(F + "phone_es_lima_segunda_resonancia_tres_semanas_despues", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_bonn_hip_replacement_admission_approved", "rotated", [rotated_approval(rng)]),
        Item(F + "clean_stack_nairobi_stay_days_then_air_ambulance_page_two_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
