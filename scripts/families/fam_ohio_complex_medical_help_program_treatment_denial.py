"""Treatment-plan and payment notices mirrored (structure and plain wording style only) from the papers the Ohio
Department of Health's Complex Medical Help program (CMH, the children's program once called BCMH) sends the families
of children it serves and the providers who treat them. The Ohio Department of Health, the program's name, its
treatment plans, its approved-provider rule, its payer-of-last-resort rule and the local public health nurse appear as
themselves; every time limit, code, form number, clinic, doctor, child, parent, nurse, number and address is invented.
Letters go to parents or guardians about the child; reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_treatment_plan_form_power_chair_notes_show_no_change: a treatment plan decision form on a standard fax with
  small captions above boxes ("Date this notice was mailed", "Recipient ID", "Treatment plan no.", a
  "Requesting provider / NPI" box split by a slash): a power wheelchair not approved because the seating clinic's
  notes show the current chair still fits (medical_necessity, no heading names it).
- lowres_provider_payment_summary_three_children_one_line_code_t41: a 150 dpi provider payment summary (captions
  "Payee", "CMH Provider No.", "Remit date", "Warrant / EFT no."), three children's rows with ISO dates, one row
  paid 0.00 under code T41 with a legend only (no request before the visit: prior_authorization).
- photocopy_letter_to_mother_family_insurance_must_be_billed_first: a photocopied letter to a mother, its date only
  in the date line, visits "on March .. and March .., 2026" in the sentence, the doctor only in sentences: the
  family's job-based insurance must be billed first (other).
- phone_letter_camp_week_weekday_dates_not_a_treatment_service: a photographed letter with weekday-named dates: a
  week at a camp for children with diabetes is not a treatment service the program pays for (not_covered, inferred).
- rotated_orthodontic_treatment_plan_approval_to_guardian: an approval of a cleft orthodontic treatment plan to a
  grandmother as legal guardian, fed sideways (denies nothing).
- born_digital_payment_notice_provider_box_not_an_approved_provider: a payment notice with a provider box (NPI,
  payee) refusing a clinic that is not a CMH-approved provider (out_of_network, inferred).
- finefax_stack_cover_coverage_ended_letter_then_late_claim_form_sideways: a cover sheet, a letter to a father on a
  visit after the child's CMH eligibility period ended (eligibility), then fed sideways a caption form ("Notice
  issued", "ICN", "Svc Dates", "Billed", "Rcvd") refusing a claim received more than a year after the visit
  (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "ohio_complex_medical_help_program_treatment_denial"
LANG = "en"
SEED = 354501
INS = "Ohio Department of Health"
ALT = ["Complex Medical Help", "Ohio Department of Health Complex Medical Help", "Complex Medical Help program"]
PROG = "Complex Medical Help"


def rid(rng):
    """Recipient ID: CM + 2 digits + Z + 5 digits (a Z among digits, read as 2 by OCR at times)."""
    return f"CM{digits(rng, 2)}Z{digits(rng, 5)}"


def tpn(rng):
    """Treatment plan number: TP26-nnnn-Bnn (a B among digits)."""
    return f"TP26-{digits(rng, 4)}-B{rng.randint(10, 99)}"


def icn(rng):
    """Claim ICN: 26 + 3 digits + G + 6 digits."""
    return f"26{digits(rng, 3)}G{digits(rng, 6)}"


def phone(rng, area="614"):
    return f"{area}-555-{digits(rng, 4)}"


def wd(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def dob(rng, lo=2010, hi=2022):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Complex Medical Help"):
    p.f(13.5, "B")
    p.cell(0, 6.5, "Ohio Department of Health", new_x="LMARGIN", new_y="NEXT")
    p.f(10.5, "B")
    p.cell(0, 5, unit, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"PO Box {rng.randint(1100, 9800)}, Columbus OH 43216-{digits(rng, 4)}  |  Family line {phone(rng)}"
                 f"  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DTSheet, rng, limit_text: str, size=8.6):
    p.bar("YOUR RIGHT TO DISAGREE", size + 0.4)
    p.para(limit_text, size)
    p.para("If you still disagree after the reconsideration, you may ask for a hearing within 30 days of the "
           "reconsideration decision. Your local public health nurse can help you write your request. "
           f"Call {phone(rng)} or TTY 711.", size)


def faxstd_chair(rng):
    child, mother, doc, nurse, rev = people(rng, 5)
    r = rid(rng)
    n = tpn(rng)
    rec = dt.date(2026, 2, rng.randint(2, 20))
    nd = plus(rec, rng.randint(12, 20))
    planned = plus(nd, rng.randint(20, 35))
    sup = "Kettlebrook Mobility Supply"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  ODH CMH  {phone(rng)}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("NOTICE OF TREATMENT PLAN DECISION", "Form CMH-TPD-2 (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Date this notice was mailed", fdate(nd, "slash")), ("Recipient ID", r),
                 ("Treatment plan no.", n)], [W / 3, W / 3, W / 3])
    p.form_band([("Child", child), ("Date of birth", fdate(dob(rng), "slash")),
                 ("Parent / guardian", mother)], [W * 0.38, W * 0.22, W * 0.40])
    p.form_band([("Requesting provider / NPI", f"Dr. {doc} / {digits(rng, 10)}"),
                 ("Supplier", sup)], [W * 0.55, W * 0.45])
    p.form_band([("Service asked for", "Power wheelchair with tilt seating (E1161)"),
                 ("Planned svc date", fdate(planned, "slash")), ("Request rcvd", fdate(rec, "slash"))],
                [W * 0.52, W * 0.24, W * 0.24])
    p.ln(3)
    p.form_band([("Decision", "NOT APPROVED")], [W])
    p.ln(3)
    p.para(f"**Why.** Dr. {doc} asked the program to add a power wheelchair to {child.split()[0]}'s treatment "
           "plan. We read the request and the seating clinic's notes from January. The notes say the manual "
           "wheelchair fitted last spring still fits, that the seat and back were adjusted in December, and that "
           f"{child.split()[0]} wheels the chair alone at school and at home. They do not describe a change in "
           "strength, posture or daily needs that a power chair would meet. A program physician consultant, "
           f"{rev}, reviewed the request.", 9)
    p.para(f"Your public health nurse, {nurse}, has a copy of this notice. If new notes show a change, the doctor may "
           "send a new request at any time.", 9)
    _rights(p, rng, "You may ask for a reconsideration within 30 days of the date this notice was mailed (the date "
                    "in the first box). Send your request in writing with any records you want us to read.")
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=r, member_name=child, cases=[n],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT, "provider": [sup]})
    return out(p), t


def lowres_remit(rng):
    names = people(rng, 6)
    kids, docs = names[:3], names[3:]
    clinic = "Ashgrove Pediatric Neurology"
    rd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [[("99214", "Office visit, est.", 150, 210, False), ("95816", "EEG awake/drowsy", 280, 380, False)],
             [("95819", "EEG awake/asleep", 320, 440, True)],
             [("99215", "Office visit, est.", 190, 260, False)]]
    rows, info = [], []
    for kid, doc, lines in zip(kids, docs, specs):
        r = rid(rng)
        n = icn(rng)
        d = plus(rd, -rng.randint(14, 40))
        for i, (code, desc, lo, hi, den) in enumerate(lines):
            b = amount(rng, lo, hi)
            if den:
                rows.append([n, kid, r, d.isoformat(), f"Dr. {doc}", code, money(b, "nosign"), "0.00", "T41"])
                info = [kid, doc, r, n, d, b]
            else:
                rows.append([n if i == 0 else "", kid if i == 0 else "", r if i == 0 else "", d.isoformat(),
                             f"Dr. {doc}", code, money(b, "nosign"), money(round(b * 0.55, 2), "nosign"), "P01"])
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Complex Medical Help - Provider Payments")
    p.title_bar("PROVIDER PAYMENT SUMMARY", "CMH-PPS-4 (rev. 10/2025)")
    p.capstrip([("Payee", clinic), ("CMH Provider No.", f"0{digits(rng, 6)}"), ("Payee NPI", digits(rng, 10)),
                ("Remit date", fdate(rd, "slash")), ("Warrant / EFT no.", f"W{digits(rng, 9)}")],
               [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["ICN", "Recipient", "Recipient ID", "Svc date", "Rendering", "Proc", "Billed", "Paid", "Code"],
            rows, [38, 44, 32, 24, 44, 18, 22, 22, 15.9], size=7.6, aligns=["L"] * 6 + ["R", "R", "C"])
    p.para("**Codes.** P01: paid at the program rate; the family owes nothing. T41: the service date is not inside "
           "the dates of an approved treatment plan for this child, and the program received no request for this "
           "service before it was given. Do not bill the family.", 8)
    p.para("A provider who disagrees may ask for a reconsideration within 60 days of the remit date. Claims "
           "questions: " + phone(rng) + ".", 8)
    kid, doc, r, n, d, b = info
    t = truth("eob", "prior_authorization", insurer=INS, member_id=r, member_name=kid, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=doc,
              appeal_deadline=plus(rd, 60).isoformat(), alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def photocopy_cob(rng):
    child, mother, doc, sig = people(rng, 4)
    r = rid(rng)
    n = icn(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 9))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(30, 40))
    b1, b2 = amount(rng, 160, 240), amount(rng, 120, 190)
    tot = round(b1 + b2, 2)
    clinic = "Marigold Run Pediatric Cardiology"
    emp = "Fallowmere Packaging Co."
    p = DTSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {child}   ID {r}   ICN {n}   Svc {fdate(d1, 'short')}, {fdate(d2, 'short')}", 9.6)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Dr. {doc} at {clinic} sent the {PROG} program a bill for the heart clinic visits your daughter had "
           f"on {d1.strftime('%B %-d')} and {fdate(d2, 'long')}. The bill was for {money(tot)}.", 10)
    p.para(f"When you applied, you told us that {child.split()[0]} also has health insurance through your job at "
           f"{emp}. {PROG} pays only after every other insurance has paid its share. The clinic did not send us a "
           "statement from that insurance, so we cannot pay the bill now. Please ask the clinic to bill your job "
           "insurance first and then send us that insurer's statement with the bill. We will look at it again "
           "then.", 10)
    p.para("If you disagree, you may ask for a reconsideration within 30 days of the date of this letter. If you "
           "still disagree after that, you may ask for a hearing. Questions: " + phone(rng) + " (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nPayment Unit, {PROG}", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=r, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def phone_camp(rng):
    child, father, doc, sig, nurse = people(rng, 5)
    r = rid(rng)
    n = tpn(rng)
    rec = dt.date(2026, 3, rng.randint(2, 13))
    nd = plus(rec, rng.randint(9, 16))
    s = dt.date(2026, 6, 14)
    e = dt.date(2026, 6, 20)
    fee = amount(rng, 950, 1400)
    clinic = "Sumacwood Children's Diabetes Center"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(wd(nd), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Child", child), ("Recipient ID", r), ("Request no.", n)], label_w=32, size=9.6)
    p.ln(2)
    p.para(f"Dear {father}:", 10)
    p.para(f"On {wd(rec)}, we received a request from Dr. {doc} at {clinic}. Dr. {doc.split()[-1]} asked us to pay "
           f"for your son to spend a week at Camp Heronwood from Sunday, June 14 through {wd(e)}. The camp's fee "
           f"is {money(fee)}.", 10)
    p.para(f"We know the camp teaches children to manage their diabetes and that {child.split()[0]} would enjoy it. "
           f"But {PROG} pays for medical treatment given by approved providers: doctor visits, tests, supplies and "
           "medicines on the child's treatment plan. A camp stay is not one of the services the program's rules "
           "let us pay for, even when doctors and nurses work at the camp. So we cannot approve this request.", 10)
    p.para(f"Your public health nurse, {nurse}, may know of local groups that help families with camp fees.", 10)
    p.para("You may ask for a reconsideration within 30 days of the date of this letter. Questions: "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\n{PROG}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=r, member_name=child, cases=[n],
              claim_amount=m2(fee), service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "claim_amount": [None],
                          "service_dates": [[s.isoformat(), e.isoformat()], [s.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    child, gma, doc, nurse = people(rng, 4)
    r = rid(rng)
    n = tpn(rng)
    s = dt.date(2026, 5, 1)
    e = dt.date(2027, 4, 30)
    nd = plus(s, -rng.randint(10, 20))
    practice = "Bellhaven Craniofacial Orthodontics"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [f"{gma}, legal guardian", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Child", child), ("Recipient ID", r), ("Treatment plan no.", n),
                   ("Approved provider", f"Dr. {doc}, {practice}"),
                   ("Approved dates", f"{fdate(s, 'slash')} - {fdate(e, 'slash')}")], label_w=48)
    p.para(f"Dear {gma}:", 10)
    p.para(f"Good news. {PROG} has approved the treatment plan Dr. {doc} sent us for {child.split()[0]}'s cleft "
           f"orthodontic care. The plan covers the appliance and monthly adjustment visits from {fdate(s, 'long')} "
           f"through {fdate(e, 'long')}.", 10)
    p.para(f"You do not need to do anything. Dr. {doc.split()[-1]}'s office will bill the program directly. Your "
           f"public health nurse, {nurse}, will call you before the plan ends to talk about renewing it.", 10)
    p.para(f"Questions: {phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, member_id=r, member_name=child, cases=[n],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [practice], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def born_digital_oon(rng):
    child, mother, doc, sig = people(rng, 4)
    r = rid(rng)
    n = icn(rng)
    v = dt.date(2026, 4, rng.randint(6, 28))
    nd = plus(v, rng.randint(25, 35))
    clinic = "Quarry Lake Allergy & Asthma"
    b1, b2 = amount(rng, 140, 210), amount(rng, 210, 330)
    tot = round(b1 + b2, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.title_bar("NOTICE OF PAYMENT DECISION")
    p.addr_pair("Sent to", [mother, *address(rng)], "About", [child, f"Recipient ID {r}", f"ICN {n}",
                                                             f"Notice date {fdate(nd, 'slash')}"])
    p.ln(2)
    p.grid([[("Provider", f"Dr. {doc}"), ("NPI", digits(rng, 10)), ("Payee", clinic)]], size=8.8)
    p.table(["Svc date", "Proc", "Description", "Billed", "Program paid"],
            [[v.isoformat(), "99204", "New patient visit", money(b1, "nosign"), "0.00"],
             [v.isoformat(), "95004", "Allergy skin tests", money(b2, "nosign"), "0.00"],
             ["", "", "Total", money(tot, "nosign"), "0.00"]],
            [28, 20, 70, 30, 31.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"**What we decided.** We did not pay this bill. The program can pay only doctors and clinics that have "
           f"signed up with {PROG} and been approved by the Ohio Department of Health. {clinic} is not on that list "
           f"and has not asked to join it. Approved allergy doctors near you are listed on the enclosed sheet; your "
           "public health nurse can help you choose one.", 9.4)
    p.para("You may ask for a reconsideration within 30 days of the notice date. After that, you may ask for a "
           f"hearing. Questions: {phone(rng)} (TTY 711).", 9.4)
    p.para(f"{sig}, Payment Unit", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=r, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT, "provider": [clinic]},
              type_alternates=["eob"])
    return out(p), t


def finefax_stack(rng):
    child, father, doc, sig, nurse = people(rng, 5)
    r = rid(rng)
    n = icn(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(7, 20))
    nd = plus(v, rng.randint(25, 35))
    b = amount(rng, 180, 260)
    clinic = "Tamarack Pediatric Pulmonology"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  ODH CMH PAYMENTS  {phone(rng)}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Child", child), ("Recipient ID", r), ("ICN", n)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {father}:", 10)
    p.para(f"Dr. {doc} at {clinic} billed the program {money(b)} for the visit your son had on {fdate(v, 'long')}. "
           f"{child.split()[0]}'s eligibility period with {PROG} ended on {fdate(end, 'long')}. We mailed you a "
           "renewal form in January and did not receive it back, so he was not enrolled in the program on the "
           "day of the visit, and we cannot pay for it.", 10)
    p.para(f"If you return the renewal form now, your public health nurse, {nurse}, can tell you whether the "
           "program can start again from an earlier date.", 10)
    p.para("You may ask for a reconsideration within 30 days of the date of this letter. Questions: "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\n{PROG}", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, member_id=r, member_name=child, cases=[n],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
                         appeal_deadline=plus(nd, 30).isoformat(),
                         alternates={"insurer": ALT, "provider": [clinic]}))
    kid, dent = people(rng, 2)
    r2 = rid(rng)
    n2 = icn(rng)
    v2 = dt.date(2025, 1, rng.randint(6, 27))
    rc = plus(v2, rng.randint(380, 400))
    nd2 = plus(rc, rng.randint(8, 14))
    b2 = amount(rng, 240, 420)
    office = "Oriole Street Pediatric Dentistry"
    q = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    q.set_margins(14, 12, 14)
    q.add_page()
    _head(q, rng, "Complex Medical Help - Provider Payments")
    q.title_bar("CLAIM DECISION - PROVIDER COPY", "CMH-CD-1 (rev. 07/2025)")
    W = q.w - q.l_margin - q.r_margin
    q.form_band([("Notice issued", fdate(nd2, "slash")), ("ICN", n2), ("Recipient ID", r2)], [W / 3] * 3)
    q.form_band([("Recipient", kid), ("Rendering / NPI", f"Dr. {dent} / {digits(rng, 10)}")], [W / 2, W / 2])
    q.form_band([("Svc Dates", fdate(v2, "slash")), ("Billed", money(b2)), ("Rcvd", fdate(rc, "slash")),
                 ("Paid", "0.00")], [W / 4] * 4)
    q.ln(4)
    q.para(f"Payee: {office}. The program must receive a claim within 365 days of the date of service. This claim "
           "reached us after that time, so it was not paid. The family may not be billed for it. A provider may ask "
           "for a reconsideration within 60 days of the date this notice was issued, with proof the claim was sent "
           "on time.", 9.2)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=r2, member_name=kid, cases=[n2],
                         claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                         provider=dent, appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [office]}, type_alternates=["eob"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_treatment_plan_form_power_chair_notes_show_no_change", "fax_standard_g4",
             [faxstd_chair(rng)]),
        Item(F + "lowres_provider_payment_summary_three_children_one_line_code_t41", "scan_lowres_150",
             [lowres_remit(rng)]),
        Item(F + "photocopy_letter_to_mother_family_insurance_must_be_billed_first", "photocopy",
             [photocopy_cob(rng)]),
        Item(F + "phone_letter_camp_week_weekday_dates_not_a_treatment_service", "phone_photo", [phone_camp(rng)]),
        Item(F + "rotated_orthodontic_treatment_plan_approval_to_guardian", "rotated", [rotated_approval(rng)]),
        Item(F + "born_digital_payment_notice_provider_box_not_an_approved_provider", "born_digital",
             [born_digital_oon(rng)]),
        Item(F + "finefax_stack_cover_coverage_ended_letter_then_late_claim_form_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
