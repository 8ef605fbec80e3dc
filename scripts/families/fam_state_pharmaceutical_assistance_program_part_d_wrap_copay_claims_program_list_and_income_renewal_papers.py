"""A state pharmaceutical assistance program that wraps Medicare Part D, under the invented name ScriptAid.

Public papers mirrored (structure and plain wording style only): the state pharmaceutical assistance programs
(SPAPs) that many states run for older and disabled residents with Medicare. The public papers describe a program
that pays after the person's Medicare drug plan (Part D): the pharmacy bills the Medicare drug plan first and the
program pays toward what the drug plan leaves to the person (a co-payment or the rest of the price), so a fill not
sent to the drug plan first is not paid, and a person without a drug plan is asked to join one; the program pays
only for drugs on its own list (some kinds of drugs, such as vitamins, are left off) and only at pharmacies that
have signed its agreement; enrollment is renewed every year on proof of the household's income, and a renewal not
returned ends the enrollment; members may be paid back for receipts; some drugs need the program's approval
before they are filled; a household is enrolled under one number with a person code for each spouse; a
representative, guardian or person with power of attorney may act for the enrollee; a reconsideration by the
program comes before any other review. Medicare, Part D, the Medicare drug plan and Medicare's rule that the drug
plan pays first are themselves. The program's name (ScriptAid), its agency, its claims processor (Larkspur Pharmacy
Solutions), the clearinghouse (Tallgrass Claims Exchange), every Medicare drug plan, pharmacy, prescriber, person,
address, identifier shape (household enrollee numbers "SA" + eight characters with O, I, S and B among the digits,
person codes 01 / 02, plan codes SA-G / SA-E, claim references, request, file, matter and receipt numbers), reject
code, form number, amount and every time limit (the 30-day and 60-day reviews, the 45-day hearing, the 120 days for
receipts, the 90 days for a pharmacy) are invented; phones use 555. No heading names the kind of refusal; each
reason is told in plain words.

Documents (8 in 7 files):
- born_digital_household_quarterly_statement_landscape_wife_fill_not_sent_to_drug_plan: a landscape household
  statement to the husband with many narrow columns (fill date, person code, Rx no., drug, qty, days, pharmacy,
  claim ref., drug cost, Part D plan paid, ScriptAid paid, your share, note) where only the wife's apixaban fill of
  02/17/26 pays nothing (note R7: the fill came to ScriptAid without going to her Medicare drug plan first), a
  "claims history" box with last quarter's claim and amount, a "THIS IS NOT A BILL" band beside the quarter's share,
  the statement date as "2026-04-08", "Revised 11/2024" in the footer; "within 60 days of the statement date"
  (other: the drug plan pays first; eob).
- clean_prose_letter_to_son_with_power_of_attorney_renewal_not_returned: a letter to the son who holds power of
  attorney, every fact only in sentences (no key/value block at all): the mother's enrollee number, "our file
  number", the pharmacy's claim number and the $47.00 the pharmacy asked, the fill of "the 6th of April 2026" after
  the enrollment stopped on March 31 because the renewal packet never came back; "within 30 days of the date of
  this letter" for the program's review beside a 45-day administrative hearing (eligibility).
- lowres_determination_form_vitamin_d_not_on_program_list_tear_off_slip: a 150 dpi notice with a two-column
  key/value box (captions in a shaded left column: "Enrollee #", "Person code", "Plan code", "Contract" of the drug
  plan as a decoy), a narrow table whose "Request #" breaks over two lines, the fill printed "04MAR26", prescriber
  and pharmacy both named, a claims history box, and a tear-off slip repeating the identifiers ("must reach us by
  June 12, 2026"); prescription vitamin D left off the program's list (not_covered).
- photocopy_es_carta_al_esposo_sin_plan_de_medicamentos_en_marzo: a photocopied Spanish letter to the husband
  about his wife's insulin of "4 de marzo de 2026": her Medicare drug plan ended when she moved and she joined no
  other, so nothing paid first; "Nuestro expediente", "Su referencia", her number with the person code as a suffix
  ("*02"), the amount in figures and in Spanish words; "dentro de los 30 días siguientes a la fecha de esta carta"
  beside a 45-day hearing (eligibility).
- phone_renewal_approved_copay_schedule_values_over_captions: a photographed renewal approval (denies nothing):
  values printed over their captions ("Enrollee #", "Suffix", "Plan code", "Enrolled through"), a co-payment
  schedule, the application number, "$0.00 ... This is not a bill" beside the yearly fee, "Revised 11/2024".
- rotated_reconsideration_guardian_mail_order_pharmacy_not_signed_on: a decision fed turned, addressed to the
  court-appointed guardian, keeping the refusal of a 90-day mail-order fill of "Mar. 9, '26" from a pharmacy that
  never signed the program's agreement; the matter number printed twice in two formats ("RC-26-00412" in the box,
  "RC 00412/26" in the closing); the Program Review Board "within 60 days of the date of this decision" at a P.O.
  box (out_of_network).
- faxfine_stack_cover_receipts_sent_late_then_clearinghouse_remittance_page2_sideways: a fax cover sheet, a
  one-page letter with "Our file" and "Your reference" refusing to pay back two receipts of "the 7th of January
  2026" and "the 21st of January 2026" sent more than 120 days later ("within 60 days from the date at the top of
  this letter"; timely_filing); then a two-page remittance advice a clearinghouse prints for a pharmacy (check
  number, NCPDP, patients as "LAST, FIRST M", enrollee numbers with dashes), one line rejected under code 75 (the
  program must approve this brand drug first), page 2 fed sideways with the code legend and "within 90 days of the
  remit date" (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkc import (EGSheet, apos, compact, es_date, es_words, grouped, iso, kin, last_first, long,
                               n2, ord_of, phone, plus, slash, toll, usd, yy)
from public_kit import digits, m2, out, truth

FAMILY = "state_pharmaceutical_assistance_program_part_d_wrap_copay_claims_program_list_and_income_renewal_papers"
LANG = "en"
SEED = 354962
INS = "ScriptAid"
AGENCY = "Department of Aging and Disability Services"
OFFICE = "Office of Pharmaceutical Assistance"
PROC = "Larkspur Pharmacy Solutions"
ALT = ["ScriptAid Pharmaceutical Assistance Program", "ScriptAid State Pharmaceutical Assistance Program",
       "ScriptAid Program", AGENCY, OFFICE, f"{PROC}, Inc.", PROC]
ADDR = ["P.O. Box 14470", "Salem, OR 97309-0470"]
REVIEWS = ["ScriptAid Reviews", "P.O. Box 14488", "Salem, OR 97309-0488"]
DRUGPLAN = "Evergreen Rx Secure (PDP)"
UMPQUA = "Umpqua Bend Pharmacy"
SITKA = "Sitka Spruce Apothecary"
ESPER = "Farmacia La Esperanza"
LODESTAR = "Lodestar Home Delivery Pharmacy"
CASCADE = "Cascade Ridge Drug"
JUNIPER = "Juniper Hollow Pharmacy"
CLEAR = "Tallgrass Claims Exchange"


def enrollee(rng, n: int = 2, groups=(2, 3, 3, 2)) -> tuple[str, str]:
    """(the number as the truth writes it, the number as printed in groups): SA + eight characters, n of them
    letters that look like digits."""
    body = digits(rng, 8)
    swap = {"0": "O", "1": "I", "5": "S", "8": "B"}
    chars = list(body)
    places = list(range(1, 8))
    rng.shuffle(places)
    for i in places[:n]:
        chars[i] = swap[rng.choice(list(swap))]
    s = "SA" + "".join(chars)
    return s, grouped(s, list(groups))


def _head(p: EGSheet, rng, es: bool = False, sub: str | None = None):
    agency = [AGENCY, OFFICE, *ADDR]
    right = ([f"Servicio al inscrito {toll(rng)}", f"Fax {phone(rng)}  \u00b7  TTY 711"] if es else
             [f"Enrollee services {toll(rng)}", f"Fax {phone(rng)}  \u00b7  TTY 711"])
    p.seal_head("DADS", agency, INS, sub or ("Programa Estatal de Asistencia Farmacéutica" if es else
                                            "the State Pharmaceutical Assistance Program"), right)


def _addr(rng, town: str | None = None) -> list[str]:
    town = town or rng.choice(["Roseburg, OR 97470", "Klamath Falls, OR 97601", "Pendleton, OR 97801",
                               "Coos Bay, OR 97420", "The Dalles, OR 97058", "Medford, OR 97501"])
    street = rng.choice(["NE Stephens St", "Garden Valley Blvd", "SW Dorion Ave", "Oregon Ave", "E 9th St",
                         "W Scenic Dr", "Riverside Dr Apt 4"])
    return [f"{rng.randint(110, 3980)} {street}", town]


# --- 1. household quarterly statement, landscape, wife's fill not sent to her drug plan (born digital) ------------
def bd_statement(rng):
    husband, wife_first = _people(rng, 2, "MF")
    wife = kin(wife_first, husband)
    eid, eid_p = enrollee(rng)
    sd = dt.date(2026, 4, 8)
    bad = dt.date(2026, 2, 17)
    ref_bad = f"26048-{digits(rng, 5)}"
    amt = 561.37
    p = EGSheet(footer="Page {n} of {nb}", footer_left="Form LPS-SA-Q1   Revised 11/2024",
                top=f"{husband}  |  Enrollee # {eid_p}  |  Statement date {iso(sd)}")
    p.set_margins(12, 13, 12)
    p.add_page(orientation="L")
    _head(p, rng, sub="Household prescription statement, prepared by Larkspur Pharmacy Solutions, Inc.")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [husband, wife, *_addr(rng)]:
        p.line(ln, 9.6)
    p.set_xy(p.l_margin + W * 0.36, y0)
    p.kv_box([("Statement date", iso(sd)), ("Covers fills", "2026-01-01 to 2026-03-31"),
              ("Enrollee #", eid_p), ("Plan code", "SA-G")], cap_w=34, size=8.8, h=5.4, w=W * 0.3,
             x=p.l_margin + W * 0.36)
    p.set_xy(p.l_margin + W * 0.69, y0)
    p.history_box("Claims history (last statement, for your records)", ["Claim ref.", "Filled", "Cost", "You paid"],
                  [[f"25338-{digits(rng, 5)}", "12/04/25", "61.20", "18.40"],
                   [f"25351-{digits(rng, 5)}", "12/17/25", "23.75", "4.00"]], [24, 15, 15, 15.6],
                  x=p.l_margin + W * 0.69, size=7.4)
    p.set_y(max(p.get_y(), y0 + 27))
    p.f(8.6)
    p.multi_cell(W, 4.2, f"Person code 01 is {husband}; person code 02 is {wife}. Your Medicare drug plan is "
                         f"{DRUGPLAN} for both of you. ScriptAid pays after that plan has paid its part.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    fills = [
        (dt.date(2026, 1, 6), "01", "Lisinopril 20 mg tab", "30", "30", UMPQUA, 12.40, 9.40, 2.00, 1.00, "P"),
        (dt.date(2026, 1, 6), "01", "Atorvastatin 40 mg tab", "30", "30", UMPQUA, 18.95, 13.95, 4.00, 1.00, "P"),
        (dt.date(2026, 1, 20), "02", "Apixaban 5 mg tab", "60", "30", UMPQUA, 561.37, 514.37, 43.00, 4.00, "P"),
        (dt.date(2026, 2, 3), "02", "Levothyroxine 75 mcg tab", "30", "30", UMPQUA, 9.80, 6.80, 2.00, 1.00, "P"),
        (bad, "02", "Apixaban 5 mg tab", "60", "30", "Riverbend Discount Pharmacy", amt, 0.0, 0.0, None, "R7"),
        (dt.date(2026, 3, 3), "01", "Metformin ER 500 mg tab", "60", "30", UMPQUA, 14.60, 10.60, 3.00, 1.00, "P"),
        (dt.date(2026, 3, 16), "02", "Apixaban 5 mg tab", "60", "30", UMPQUA, 561.37, 514.37, 43.00, 4.00, "P"),
    ]
    head = ["Fill date", "Per-\nson\ncode", "Rx no.", "Drug and strength", "Qty", "Days", "Pharmacy", "Claim ref.",
            "Drug cost", "Part D plan paid", "Script-\nAid paid", "Your share", "Note"]
    widths = [17, 11, 17, 42, 10, 10, 42, 23, 17, 17, 16, 16, W - 238]
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    marks = {}
    for i, (d, pc, drug, q, days, ph, cost, pdp, sa, you, note) in enumerate(fills):
        ref = ref_bad if note == "R7" else f"26{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"
        rows.append([yy(d), pc, digits(rng, 7), drug, q, days, ph, ref, n2(cost), n2(pdp), n2(sa),
                     "see R7" if you is None else n2(you), note])
        tot = [tot[0] + cost, tot[1] + pdp, tot[2] + sa, tot[3] + (you or 0)]
        if note == "R7":
            marks[i] = "*"
    rows.append(["", "", "", "Quarter totals", "", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""])
    p.wrap_table(head, rows, widths, size=7.4, aligns=["L", "C", "L", "L", "R", "R", "L", "L", "R", "R", "R", "R",
                                                       "C"], bold_rows={len(rows) - 1}, marks=marks)
    p.not_bill("THIS IS NOT A BILL.  Do not pay from this page.  Your share of the fills this quarter:", usd(tot[3]))
    p.add_page(orientation="L")
    p.bar("What the notes mean", size=9.4)
    p.reasons([("P", "Paid. ScriptAid paid its part after your Medicare drug plan paid; your share is what the "
                     "pharmacy collected from you."),
               ("R7", f"Nothing paid. This fill at Riverbend Discount Pharmacy came to ScriptAid without going to your Medicare "
                      f"drug plan first, so there was no drug plan payment for ScriptAid to follow. ScriptAid pays "
                      f"only toward what is left after the drug plan has paid. {wife.split()[0]}'s card for "
                      f"{DRUGPLAN} was not shown at the pharmacy. Ask the pharmacy to send the fill to the drug plan "
                      "and then to us again; we will pay our part if it comes to us that way.")], size=9.2)
    p.bar("If you think a line is wrong", size=9.4)
    p.para("You, or someone you have named to act for you, may ask ScriptAid to look at any line on this statement "
           "again. Your request must reach us within 60 days of the statement date printed on page 1. Tell us which "
           "line and why, and send copies of receipts if you have them. Write to:", 9.4)
    for ln in REVIEWS:
        p.line(ln, 9.4)
    p.ln(2)
    p.para("Questions about your Medicare drug plan's part go to the drug plan, at the number on its card. "
           "Questions about ScriptAid's part go to Enrollee Services at the number on page 1.", 9.0)
    p.para("This statement lists fills that reached ScriptAid from January 1 through March 31, 2026. Fills made "
           "near the end of the quarter may show on the next statement.", 8.6)
    t = truth("eob", "other", insurer=INS, plan_id="SA-G", member_id=eid, member_name=wife, cases=[ref_bad],
              claim_amount=m2(amt), service_dates=[bad.isoformat()], denial_date=sd.isoformat(),
              provider="Riverbend Discount Pharmacy", appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]},
              denial_alternates=["not_covered"])
    return out(p), t


def _people(rng, n, sex):
    from kit_roundeg_famkc import people
    return people(rng, n, sex=sex)


# --- 2. prose letter to the son with power of attorney, renewal not returned (clean scan) ------------------------
def clean_prose(rng):
    son, mother_first, doc = _people(rng, 3, "MF.")
    mother = kin(mother_first, son)
    eid, eid_p = enrollee(rng)
    ld = dt.date(2026, 5, 4)
    fill = dt.date(2026, 4, 6)
    claim = f"26096-{digits(rng, 5)}"
    fileno = f"RN-2026-{digits(rng, 5)}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="SA-L7   Revised 11/2024")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line(long(ld), 10.5)
    p.ln(4)
    for ln in [son, f"for {mother}", *_addr(rng, "Grants Pass, OR 97526")]:
        p.line(ln, 10.5)
    p.ln(6)
    p.para(f"Dear Mr. {son.split()[-1]}:", 10.5)
    p.para(f"We are writing to you because {mother} has named you, by a power of attorney we keep on file, to act "
           f"for her with ScriptAid. This letter answers your telephone call of April 21, 2026, about a prescription "
           f"the pharmacy could not fill with her ScriptAid card. Her ScriptAid enrollee number is {eid_p}, and our "
           f"file number for this matter is {fileno}; please use both if you write to us.", 10.5)
    p.para(f"Each year ScriptAid asks every enrollee to send proof of the household's income for the year before, so "
           f"that we can keep the enrollment going for another year. We mailed your mother's renewal packet on "
           f"January 9, 2026, and a reminder on February 20, 2026. The packet had to come back to us by March 15, "
           f"2026. We have no record that it came back, and so her ScriptAid enrollment stopped after March 31, "
           f"2026.", 10.5)
    p.para(f"On the 6th of April 2026, {UMPQUA} filled the apixaban that Dr. {doc} prescribes for her. Her Medicare "
           f"drug plan paid its part. The pharmacy then sent us its claim, number {claim}, for $47.00, the part the "
           f"drug plan left for her to pay. Because that fill of April 6, 2026 was made after her enrollment had "
           f"stopped, ScriptAid could not pay the $47.00, and the pharmacy asked her for it at the counter.", 10.5)
    p.para("We have put a new renewal packet in this envelope. If it comes back to us with the income papers it asks "
           "for, and the household's income is under the program's limit, her enrollment can start again on the "
           "first day of the month in which we receive it. We are not able to go back and pay for fills made while "
           "she was not enrolled.", 10.5)
    p.para(f"If you believe the first packet did reach us in time, or that we have made some other mistake, you may "
           f"ask us to look at this again. Write to us within 30 days of the date of this letter at ScriptAid "
           f"Reviews, P.O. Box 14488, Salem, OR 97309-0488, and send a copy of anything that shows when the packet "
           f"was mailed. You also have the right to ask for an administrative hearing; a hearing must be asked for "
           f"within 45 days of the date of this letter, and you may ask for one whether or not you first ask us to "
           f"look again.", 10.5)
    p.para(f"If you have questions, call Enrollee Services at the number at the top of this letter. You may bring "
           f"this letter to any pharmacy that takes ScriptAid so that the pharmacist can see what happened.", 10.5)
    p.para("Sincerely,\n\nEnrollment and Renewals Unit\nOffice of Pharmaceutical Assistance", 10.5)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=eid, member_name=mother, cases=[fileno, claim],
              claim_amount="47.00", service_dates=[fill.isoformat()], denial_date=ld.isoformat(), provider=UMPQUA,
              appeal_deadline=plus(ld, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}", doc], "case_numbers": [[fileno], [claim]]})
    return out(p), t


# --- 3. determination form, prescription vitamin D not on the list, tear-off slip (150 dpi) ----------------------
def lowres_form(rng):
    member, doc = _people(rng, 2, "F.")
    eid, eid_p = enrollee(rng, groups=(2, 3, 3, 2))
    nd = dt.date(2026, 5, 13)
    fill = dt.date(2026, 3, 4)
    by = dt.date(2026, 6, 12)
    req = f"SA-RQ-2605-{digits(rng, 6)}"
    amt = 64.80
    p = EGSheet(footer="Page {n} of {nb}", footer_left="SA-DN4   Revised 11/2024")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(12, "B")
    p.cell(W, 7, "Notice of Pharmacy Claim Determination", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y0 = p.get_y()
    for ln in [member, *_addr(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin + W * 0.44, y0)
    p.kv_box([("Notice date", iso(nd)), ("Enrollee #", eid_p), ("Person code", "01"), ("Plan code", "SA-E"),
              ("Medicare drug plan", DRUGPLAN), ("Contract", "S4410-018"), ("Prescriber", f"Dr. {doc}"),
              ("Pharmacy", SITKA)], cap_w=36, size=8.6, h=5.6, w=W * 0.56, x=p.l_margin + W * 0.44)
    p.ln(1)
    p.f(10.5, "B")
    p.cell(W, 6, "The claim we looked at", new_x="LMARGIN", new_y="NEXT")
    head = ["Request #", "Fill date", "Medicine", "Qty", "Drug cost", "Drug plan paid", "Asked of ScriptAid",
            "Script-\nAid paid", "Code"]
    widths = [22, 17, 50, 10, 17, 17, 18, 15, W - 166]
    p.wrap_table(head, [[req, compact(fill), "Ergocalciferol 1.25 mg (50,000 unit) capsule", "12", n2(amt),
                         "0.00", n2(amt), "0.00", "V2"]], widths, size=8.2,
                 aligns=["L", "L", "L", "R", "R", "R", "R", "R", "C"])
    p.para(f"V2 \u2014 ScriptAid pays toward the medicines on its list. Vitamins and minerals given by prescription "
           f"are left off that list, apart from prenatal vitamins and fluoride for children, and your Medicare drug "
           f"plan does not pay for this one either. For that reason no part of the capsules filled at {SITKA} can be "
           f"paid. Dr. {doc.split()[-1]} may be able to suggest another medicine that is on the list; the list is "
           f"on our website and the pharmacist can look it up.", 9.6)
    p.history_box("Claims history (last two paid claims, for your records)",
                  ["Claim ref.", "Filled", "Medicine", "Paid by ScriptAid"],
                  [[f"25329-{digits(rng, 5)}", "11/25/25", "Amlodipine 5 mg", "6.20"],
                   [f"26021-{digits(rng, 5)}", "01/21/26", "Amlodipine 5 mg", "6.20"]], [28, 18, 40, 28], size=7.6)
    p.para(f"If you think we made a mistake, you may ask us to look at this claim again. Fill in the slip below and "
           f"send it with any papers from your doctor so that it reaches us by {long(by)}. You may also call "
           f"Enrollee Services.", 9.6)
    p.tear_slip("Request for a second look at a pharmacy claim",
                [("Enrollee #", eid_p, 40), ("Request #", req, 50), ("Fill date", slash(fill), 30),
                 ("Notice date", slash(nd), 30), ("Person code", "01", W - 150)],
                ["Mail to ScriptAid Reviews, P.O. Box 14488, Salem, OR 97309-0488. It must reach us by "
                 f"{long(by)}.", "Why do you think the claim should be paid?  ______________________________________",
                 "Signature ______________________________   Date _______________"])
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id="SA-E", member_id=eid, member_name=member,
              cases=[req], claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=nd.isoformat(),
              provider=SITKA, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}", doc], "plan_id": [None]})
    return out(p), t


# --- 4. Spanish letter to the husband: his wife had no Medicare drug plan in March (photocopy) --------------------
def photocopy_es(rng):
    from kit_roundeg_famkc import people
    husband, wife_first, doc = people(rng, 3, es=True, sex="MFF")
    wife = kin(wife_first, husband)
    eid, eid_p = enrollee(rng)
    ld = dt.date(2026, 4, 13)
    fill = dt.date(2026, 3, 4)
    ended = dt.date(2026, 2, 28)
    exp = f"EXP-26-{digits(rng, 5)}"
    claim = f"26063-{digits(rng, 5)}"
    amt = 286.40
    p = EGSheet(footer="Página {n} de {nb}", footer_left="SA-L7S   Revisado 11/2024")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, es=True)
    p.line(f"Salem, {es_date(ld)}", 10.5)
    p.ln(3)
    for ln in [f"Sr. {husband}", *_addr(rng, "Woodburn, OR 97071")]:
        p.line(ln, 10.5)
    p.ln(3)
    p.hang([("Nuestro expediente", exp), ("Su referencia", "su carta del 2 de abril de 2026"),
            ("Inscrita", f"Sra. {wife}"), ("N.º de inscrita", f"{eid_p} *02"),
            ("Reclamación de la farmacia", claim)], cap_w=52, size=10.2, cap=7.2)
    p.para(f"Estimado Sr. {husband.split()[-1]}:", 10.5)
    p.para(f"Gracias por su carta sobre la insulina glargina de su esposa, la Sra. {wife}, que la {ESPER} le "
           f"entregó el {es_date(fill)} con receta de la Dra. {doc}. La farmacia nos pidió $286.40 "
           f"({es_words(amt)}) por ese medicamento. Lamentamos decirle que ScriptAid no puede pagarlo.", 10.5)
    p.para(f"ScriptAid paga solamente lo que queda a cargo de la persona después de que su plan de medicamentos de "
           f"Medicare ha pagado su parte. Según los datos de Medicare, el plan de medicamentos de su esposa terminó "
           f"el {es_date(ended)}, cuando ella se mudó a Woodburn, fuera de la zona que atiende ese plan, y desde "
           f"entonces no se ha inscrito en otro. El día en que se surtió la receta no había ningún plan que pagara "
           f"primero, y ScriptAid no toma el lugar de ese plan.", 10.5)
    p.para("Por la mudanza, su esposa puede escoger un nuevo plan de medicamentos de Medicare fuera de la temporada "
           "normal. Si lo desea, nuestro personal puede ayudarle a hacerlo por teléfono. Cuando el nuevo plan "
           "empiece, ScriptAid volverá a pagar su parte en la farmacia.", 10.5)
    p.para(f"Si no está de acuerdo con esta decisión, puede pedirnos una revisión dentro de los 30 días siguientes "
           f"a la fecha de esta carta. Escriba a ScriptAid Reviews, P.O. Box 14488, Salem, OR 97309-0488, y "
           f"mencione el número de expediente. También tiene derecho a pedir una audiencia administrativa dentro de "
           f"los 45 días siguientes a la fecha de esta carta.", 10.5)
    p.para("Atentamente,\n\nUnidad de Reclamaciones\nOficina de Asistencia Farmacéutica", 10.5)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=f"{eid}*02", member_name=wife,
              cases=[exp, claim], claim_amount=m2(amt), service_dates=[fill.isoformat()], denial_date=ld.isoformat(),
              provider=ESPER, appeal_deadline=plus(ld, 30).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [eid], "provider": [f"Dra. {doc}", doc],
                          "case_numbers": [[exp], [claim]]},
              denial_alternates=["other"])
    return out(p), t


# --- 5. renewal approved, values over captions (phone photo; denies nothing) -------------------------------------
def phone_renewal(rng):
    member, = _people(rng, 1, "F")
    eid, eid_p = enrollee(rng)
    nd = dt.date(2026, 5, 20)
    app = f"RA-2026-{digits(rng, 6)}"
    p = EGSheet(footer=None, footer_left="Form SA-RN2   Revised 11/2024")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    for ln in [member, *_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(4)
    p.f(13, "B")
    p.cell(W, 7, "Your ScriptAid enrollment has been renewed", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.under([(member, "Enrollee"), (eid_p, "Enrollee #"), ("01", "Suffix"), ("SA-G", "Plan code")],
            widths=[W * 0.34, W * 0.3, W * 0.14, W * 0.22], size=10.4, cap=6.8)
    p.under([("July 1, 2026", "Enrolled from"), ("June 30, 2027", "Enrolled through"), (iso(nd), "Notice date"),
             (app, "Application #")], widths=[W * 0.25, W * 0.25, W * 0.2, W * 0.3], size=10.4, cap=6.8)
    p.para("Thank you for sending your renewal papers. We have checked the household income they show, and you may "
           "keep using ScriptAid for another year. Your card does not change; keep showing it at the pharmacy "
           "together with the card of your Medicare drug plan.", 10.2)
    p.bar("What you pay at the pharmacy after your Medicare drug plan", size=9.6)
    p.table(["Kind of medicine", "30-day supply", "90-day supply"],
            [["Generic medicine on the ScriptAid list", "$5.00", "$10.00"],
             ["Brand-name medicine on the ScriptAid list", "$12.00", "$24.00"],
             ["Insulin and diabetic supplies", "$0.00", "$0.00"]], [W * 0.56, W * 0.22, W * 0.22], size=9.2)
    p.not_bill("Yearly enrollment fee: nothing to pay.  This is not a bill.", "$0.00")
    p.para("Please tell us within 10 days if you move, if someone joins or leaves your household, or if you change "
           "your Medicare drug plan. We will send your next renewal packet in January 2027.", 9.6)
    p.para("Enrollment and Renewals Unit", 10)
    t = truth("other", None, insurer=INS, plan_id="SA-G", member_id=eid, member_name=member,
              denial_date=nd.isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[app]], "member_id": [f"{eid}-01"]})
    return out(p), t


# --- 6. reconsideration decision to the guardian, mail-order pharmacy not signed on (rotated) ---------------------
def rotated_recon(rng):
    guardian, ward_first, doc, officer = _people(rng, 4, ".F..")
    ward = ward_first
    eid, eid_p = enrollee(rng)
    dd = dt.date(2026, 6, 2)
    fill = dt.date(2026, 3, 9)
    first = dt.date(2026, 3, 27)
    matter = "RC-26-00412"
    claim = f"26068-{digits(rng, 5)}"
    amt = 141.60
    p = EGSheet(footer="Page {n} of {nb}", footer_left="SA-RC1   Revised 11/2024")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.line(long(dd), 10.5)
    p.ln(3)
    for ln in [guardian, f"Guardian of the person of {ward}", *_addr(rng, "Bend, OR 97701")]:
        p.line(ln, 10.2)
    p.ln(3)
    p.kv_box([("Matter no.", matter), ("Enrollee", ward), ("Enrollee #", eid_p), ("Person code", "01"),
              ("Plan code", "SA-G"), ("Your reference", "your letter of April 14, 2026"),
              ("Claim ref.", claim)], cap_w=40, size=9.4, h=6.2, title="Decision on reconsideration")
    p.para(f"Dear {guardian.split()[0]} {guardian.split()[-1]}:", 10.2)
    p.para(f"You asked us to reconsider our answer of {long(first)}, which said ScriptAid would not pay toward the "
           f"90-day supply of sacubitril/valsartan that {LODESTAR} mailed to {ward.split()[0]} and that was filled "
           f"on {apos(fill)}. Her Medicare drug plan paid its part. {LODESTAR} then asked ScriptAid for $141.60, "
           f"the part left to her.", 10.2)
    p.para(f"A reviewer who did not make the first decision, {officer}, has looked at the claim, your letter and "
           f"the pharmacy's papers. The first decision stands.", 10.2)
    p.para(f"ScriptAid pays only at pharmacies that have signed the program's pharmacy agreement, which lets us "
           f"check each claim and limits what the pharmacy may charge. {LODESTAR}, which is in Ohio, has never signed "
           f"it. Three pharmacies within ten miles of the group home have signed it, and one of them, {CASCADE}, "
           f"mails 90-day supplies at no charge. Nothing in your letter or in Dr. {doc}'s note shows that "
           f"{ward.split()[0]} could not get this medicine from one of them in March. Her fill of March 9, 2026 "
           f"therefore cannot be paid.", 10.2)
    p.para("If you do not agree, you may take this to the ScriptAid Program Review Board. Write to the Board within "
           "60 days of the date of this decision at:", 10.2)
    for ln in ["ScriptAid Program Review Board", "P.O. Box 14490", "Salem, OR 97309-0490"]:
        p.line(ln, 10.2)
    p.ln(2)
    p.para(f"Please quote RC 00412/26 on anything you send. You may have copies of the papers we used, free of "
           f"charge.", 10.2)
    p.para(f"Sincerely,\n\n{officer}\nReconsideration Unit", 10.2)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id="SA-G", member_id=eid, member_name=ward,
              cases=[matter, claim], claim_amount=m2(amt), service_dates=[fill.isoformat()],
              denial_date=dd.isoformat(), provider=LODESTAR, appeal_deadline=plus(dd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [f"Dr. {doc}", doc],
                          "case_numbers": [[matter], [matter, "RC00412/26", claim], [matter, "RC00412/26"],
                                           ["RC00412/26", claim], [claim]]})
    return out(p), t


# --- 7/8. fax stack: receipts sent late; clearinghouse remittance with a rejected line (page 2 sideways) ----------
def fax_stack(rng):
    member, = _people(rng, 1, "M")
    eid, eid_p = enrollee(rng)
    ld = dt.date(2026, 6, 5)
    f1, f2 = dt.date(2026, 1, 7), dt.date(2026, 1, 21)
    got = dt.date(2026, 5, 26)
    ours = f"RR-26-{digits(rng, 5)}"
    a = EGSheet(footer="Page {n} of {nb}", footer_left="SA-RB3   Revised 11/2024")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng)
    a.line(long(ld), 10.5)
    a.ln(3)
    for ln in [member, *_addr(rng)]:
        a.line(ln, 10.5)
    a.ln(3)
    a.pairs([("Our file", ours), ("Your reference", "receipts sent with your note of May 22, 2026"),
             ("Enrollee #", eid_p), ("Receipts received", slash(got))], label_w=46, size=10.2, h=5.8)
    a.ln(2)
    a.para(f"Dear {member}:", 10.5)
    a.para(f"We received two pharmacy receipts from you on {long(got)}. They are for your metoprolol, bought at "
           f"{CASCADE} on {ord_of(f1)} and on {ord_of(f2)}, while your new ScriptAid card was still in the mail. "
           f"You paid $38.00 each time, $76.00 in all. We are sorry, but we cannot pay these receipts back.", 10.5)
    a.para("When we pay an enrollee back, the receipt has to reach us within 120 days of the day the medicine was "
           f"bought. For the fill of January 7, 2026 that time ran out on May 7, 2026, and for the fill of January "
           f"21, 2026 on May 21, 2026. Your note does not say what kept you from sending them sooner.", 10.5)
    a.para("If something kept you from sending the receipts in time, such as a stay in the hospital, you may ask us "
           "to look at this again. Your request must reach us within 60 days from the date at the top of this "
           "letter. Send it, with papers that show what happened, to ScriptAid Reviews, P.O. Box 14488, Salem, OR "
           "97309-0488.", 10.5)
    a.para("Claims Unit, Office of Pharmaceutical Assistance", 10.5)
    t1 = truth("denial_letter", "timely_filing", insurer=INS, member_id=eid, member_name=member, cases=[ours],
               claim_amount="76.00", service_dates=[f1.isoformat(), f2.isoformat()], denial_date=ld.isoformat(),
               provider=CASCADE, appeal_deadline=plus(ld, 60).isoformat(),
               alternates={"insurer": ALT})

    # the clearinghouse's remittance for a pharmacy
    rd = dt.date(2026, 5, 29)
    pts = _people(rng, 6, "......")
    bad_i = 3
    check = f"000{digits(rng, 6)}"
    b = EGSheet(footer="Page {n} of {nb}", footer_left="TCX remittance print  v4.2",
                top=f"{JUNIPER}  |  Payer: ScriptAid  |  Remit date {slash(rd)}  |  Page {{n}} of {{nb}}")
    b.set_margins(12, 14, 12)
    b.add_page()
    W = b.w - b.l_margin - b.r_margin
    b.word_head(CLEAR, "Pharmacy remittance advice prepared for the pharmacy named below, from the payer's "
                "electronic remittance", ["Tallgrass Claims Exchange, LLC", f"Support {toll(rng, '866')}"])
    b.capcells([("Payee", JUNIPER, 70, "A"), ("NCPDP", "38 41175", 26, "A"), ("Payer", "ScriptAid (SPAP)", 40, "A"),
                ("Remit date", slash(rd), 26, "A"), ("Check/EFT no.", check, W - 162, "A")], size=8.6)
    b.ln(2)
    head = ["Patient", "Enrollee #", "Rx no.", "Fill date", "Medicine", "Sub-\nmitted", "Part D\npaid", "Pt\npay",
            "Script-\nAid paid", "Claim ID", "Status"]
    widths = [41, 22, 14, 13, 20, 13, 13, 10, 12, 19, W - 177]
    drugs = [("Amlodipine 10 mg", 14.20, 10.20, 1.00), ("Losartan 50 mg", 16.85, 11.85, 1.00),
             ("Tiotropium inh", 498.30, 401.30, 12.00), ("Pregabalin ER 165 mg (brand)", 612.48, 489.98, 0.0),
             ("Donepezil 10 mg", 21.40, 15.40, 1.00), ("Insulin lispro pen", 388.10, 353.10, 0.00)]
    rows, bad = [], None
    for i, (pt, (drug, sub, pd, pay)) in enumerate(zip(pts, drugs)):
        e_i, _ = enrollee(rng)
        e_d = "-".join(grouped(e_i, [2, 3, 3, 2]).split())
        fd = dt.date(2026, 5, rng.randint(11, 22))
        cid = f"26{fd.timetuple().tm_yday:03d}{digits(rng, 6)}"
        if i == bad_i:
            rows.append([last_first(pt), e_d, digits(rng, 7), yy(fd), drug, n2(sub), n2(pd), "0.00", "0.00", cid,
                         "REJ 75"])
            bad = (pt, e_d, fd, cid, sub)
        else:
            sa = round(sub - pd - pay, 2)
            rows.append([last_first(pt), e_d, digits(rng, 7), yy(fd), drug, n2(sub), n2(pd), n2(pay), n2(sa), cid,
                         "PAID"])
    b.wrap_table(head, rows[:4], widths, size=6.6, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "L", "C"])
    b.para("Rows continue on page 2. Status codes are explained on page 2.", 8.2)
    b.add_page()
    b.wrap_table(head, rows[4:], widths, size=6.6, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "L", "C"])
    paid = sum(float(r[8].replace(",", "")) for r in rows)
    b.pairs([("Claims on this remittance", str(len(rows))), ("Paid by ScriptAid", n2(paid)),
             ("Amount of check/EFT", n2(paid))], label_w=52, size=9, h=5)
    b.bar("Status codes", size=9.2)
    b.reasons([("PAID", "The payer paid its share after the Medicare drug plan."),
               ("REJ 75", "ScriptAid must agree to this brand-name medicine for this enrollee before it pays toward "
                          "it, because a generic form is on the program's list. No such agreement was on file on "
                          "the fill date. The prescriber may send form SA-PA1; once ScriptAid agrees, the pharmacy "
                          "may send the claim again.")], size=8.8)
    b.para("A pharmacy that disagrees with a rejected claim may ask the payer to reconsider it within 90 days of the "
           "remit date shown on page 1. This remittance is printed by the clearinghouse from the payer's electronic "
           "file; questions about a payment go to the payer.", 8.8)
    pt, e_d, fd, cid, sub = bad
    t2 = truth("eob", "prior_authorization", insurer=INS, member_id=e_d, member_name=pt, cases=[cid],
               claim_amount=m2(sub), service_dates=[fd.isoformat()], denial_date=rd.isoformat(), provider=JUNIPER,
               appeal_deadline=plus(rd, 90).isoformat(),
               alternates={"insurer": [*ALT, CLEAR, "Tallgrass Claims Exchange, LLC"]})
    return [(out(a), t1), (out(b), t2)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_household_quarterly_statement_landscape_wife_fill_not_sent_to_drug_plan",
             "born_digital", [bd_statement(rng)]),
        Item(F + "clean_prose_letter_to_son_with_power_of_attorney_renewal_not_returned", "scan_clean_300",
             [clean_prose(rng)]),
        Item(F + "lowres_determination_form_vitamin_d_not_on_program_list_tear_off_slip", "scan_lowres_150",
             [lowres_form(rng)]),
        Item(F + "photocopy_es_carta_al_esposo_sin_plan_de_medicamentos_en_marzo", "photocopy", [photocopy_es(rng)]),
        Item(F + "phone_renewal_approved_copay_schedule_values_over_captions", "phone_photo", [phone_renewal(rng)]),
        Item(F + "rotated_reconsideration_guardian_mail_order_pharmacy_not_signed_on", "rotated",
             [rotated_recon(rng)]),
        Item(F + "faxfine_stack_cover_receipts_sent_late_then_clearinghouse_remittance_page2_sideways",
             "fax_fine_g4", fax_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
