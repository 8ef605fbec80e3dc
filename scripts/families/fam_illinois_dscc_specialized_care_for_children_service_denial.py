"""Letters mirrored (structure and plain wording style only) from the papers the University of Illinois Chicago's
Division of Specialized Care for Children (DSCC) sends parents and guardians of children in its program: service
authorization decisions, payment statements and review decisions. DSCC appears as itself (its role as payer after
other coverage, its care coordinators, its yearly financial renewal, its rule that services are agreed to before
they are given); every child, parent, guardian, care coordinator, reviewer, clinic, hospital, doctor, therapist,
number, time limit, form and address is invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_caption_form_speech_visits_before_request: a standard-fax caption form ("Date this notice was mailed",
  "Participant No.", "Request No. | Received" split by a bar, "Svc Dates", provider box with NPI) refusing speech
  therapy visits given before DSCC got the request; no heading names the kind (prior_authorization).
- lowres_caption_form_therapy_not_helping_weekday_dates: a 150 dpi form with captions beside boxes and weekday-named
  dates refusing more physical therapy because the notes show no progress (medical_necessity, inferred).
- born_digital_family_payment_statement_two_children: a payment statement to a parent listing two children's
  services; one row pays 0.00 under code P7 (the family's private plan must process it first; other).
- photocopy_letter_to_grandmother_allergy_visits_not_eligible_condition: a photocopied letter to a grandmother as
  guardian, "on March 3 and March 10, 2026" in a sentence, the doctor only in a sentence (not_covered, inferred).
- phone_authorization_hearing_aids_approved: a photographed authorization letter (denies nothing).
- rotated_letter_enrollment_ended_iso_dates: a letter fed sideways, the notice date only in its date line, visits
  in a small table with ISO dates after enrollment ended at the financial renewal (eligibility).
- finefax_stack_cover_late_claim_letter_then_review_decision_upside_down: a cover sheet, a letter on a claim sent
  after the filing limit (timely_filing), and upside down a review decision keeping the refusal of a wheelchair
  seat elevator as not needed (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdyc import DYSheet, dob, il_address, people, phone, wday
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "illinois_dscc_specialized_care_for_children_service_denial"
LANG = "en"
SEED = 354502
INS = "Division of Specialized Care for Children"
ALT = ["UIC Division of Specialized Care for Children", "University of Illinois Chicago",
       "University of Illinois Chicago Division of Specialized Care for Children", "DSCC"]
OFFICES = ["Peoria", "Champaign", "Rockford", "Springfield", "Carbondale"]


def pid(rng):
    """Participant number: letters that OCR may read as digits (S, Z, B, G) around digits."""
    return f"{rng.choice('SZBG')}{rng.choice('SZBG')}{digits(rng, 4)}-{digits(rng, 2)}{rng.choice('TLB')}"


def authno(rng):
    return f"DSA-26-{digits(rng, 5)}-{rng.choice('TSO')}"


def claimno(rng):
    return f"CL26{rng.choice('BGZ')}{digits(rng, 7)}"


def _head(p: DYSheet, rng, office=None):
    office = office or rng.choice(OFFICES)
    p.f(8.5, "B")
    p.cell(0, 4.2, "UNIVERSITY OF ILLINOIS CHICAGO", new_x="LMARGIN", new_y="NEXT")
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{office} Regional Office  |  PO Box {rng.randint(1200, 9800)}, {office} IL  |  "
                 f"{phone(rng, '800')}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_prior(rng):
    child, parent, ther, cc, rev = people(rng, 5)
    m = pid(rng)
    d1 = dt.date(2026, 2, rng.randint(2, 10))
    d2 = plus(d1, 21)
    rec = plus(d2, rng.randint(6, 12))
    nd = plus(rec, rng.randint(5, 9))
    req = authno(rng)
    clinic = "Druce Meadow Children's Therapy"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  DSCC REGIONAL OFC  {phone(rng, '309')}  P.{{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Peoria")
    p.title_bar("NOTICE OF ACTION ON A SERVICE REQUEST", "DSCC-NA-3 (rev. 08/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Date this notice was mailed", fdate(nd, "slash")), ("Participant No.", m),
                ("Care Coordinator", cc)], [50, 50, W - 100])
    p.capstrip([("Child", child), ("Parent / Guardian", parent), ("Child DOB", fdate(dob(rng), "slash"))],
               [62, 62, W - 124])
    p.capstrip([("Request No. | Received", f"{req} | {fdate(rec, 'slash')}"),
                ("Svc Dates", f"{fdate(d1, 'slash')} - {fdate(d2, 'slash')}")], [W / 2, W / 2])
    p.capstrip([("Provider / NPI", f"{clinic} / {digits(rng, 10)}"), ("Therapist", ther)], [W * 0.6, W * 0.4])
    p.capstrip([("Service", "Speech-language therapy (92507), 4 visits weekly"), ("Action", "NOT APPROVED")],
               [W * 0.7, W * 0.3])
    p.ln(3)
    p.para(f"{clinic} asked DSCC to pay for speech therapy visits for {child}. The visits in the Svc Dates box "
           f"had already taken place when the request reached our office on the date shown after the bar. "
           "DSCC can pay only for services we agreed to before they were given. We cannot agree to them now.", 9.4)
    p.para("Visits after the date we receive a new request may be approved if the therapy is still needed. "
           f"Your care coordinator can help the clinic send one. Reviewed by {rev}.", 9.4)
    p.para("**If you disagree:** ask for a review in writing within 30 days of the date this notice was mailed. "
           "If waiting could seriously harm your child's health, ask for a fast review; we decide those within "
           f"72 hours. Call {phone(rng, '800')}.", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[req],
              service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [ther], "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def lowres_mednec(rng):
    child, mother, pt, doc, cc = people(rng, 5)
    m = pid(rng)
    nd = dt.date(2026, 3, rng.randint(2, 13))
    s1 = plus(nd, rng.randint(18, 25))
    s1 = plus(s1, -s1.weekday())  # a Monday
    s2 = plus(s1, 88)
    last = plus(nd, -rng.randint(6, 12))
    req = authno(rng)
    hosp = "Kellow Park Children's Hospital Outpatient Rehabilitation"
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Champaign")
    p.title_bar("TREATMENT PLAN DECISION", "Form DSCC-TP-7")
    p.beside([[("Notice issued", wday(nd))],
              [("Recipient ID", m), ("Ref #", req)],
              [("Child", child), ("Sent to", f"{mother} (parent)")],
              [("Plan period", f"{wday(s1)} to {wday(s2)}")],
              [("Therapist", pt), ("Ordered by", f"Dr. {doc}")]], cap_w=26, cap=5.8)
    p.para(f"{hosp} sent a plan for 24 more physical therapy visits for {child}, to start on {wday(s1)} and end on "
           f"{wday(s2)}. We read the therapy notes from the last twelve weeks, the most recent from {wday(last)}.",
           9.6)
    p.para("The scores for walking, balance and standing have stayed the same at each visit since January. The "
           "records do not show the therapy is still helping your child gain new skills, so DSCC will not pay for "
           "the visits in this plan. A home exercise program the therapist set up can continue. If your child's "
           "needs change, for example after surgery, the clinic may send a new plan.", 9.6)
    p.para(f"Your care coordinator is {cc}. You may ask for a review within 30 days of the date this notice was "
           "issued. A fast review for urgent needs is decided within 72 hours.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[req],
              service_dates=[f"{s1.isoformat()}/{s2.isoformat()}"], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [pt, "Kellow Park Children's Hospital"],
                          "service_dates": [[s1.isoformat()], [s1.isoformat(), s2.isoformat()]]})
    return out(p), t


def bd_statement(rng):
    k1, k2, parent = people(rng, 3)
    m1, m2_ = pid(rng), pid(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    provs = ["Skerrow Lane Audiology", "Lissant Pediatric Orthotics", "Kellow Park Children's Hospital",
             "Hembury Pediatric Cardiology"]
    rows, den = [], None
    specs = [(k1, m1, provs[0], "92557", "Hearing evaluation", False),
             (k1, m1, provs[0], "V5011", "Hearing aid fitting", False),
             (k2, m2_, provs[1], "L1906", "Ankle-foot orthosis", True),
             (k2, m2_, provs[3], "93306", "Echocardiogram", False)]
    for who, mm, pr, code, desc, refused in specs:
        d = plus(sd, -rng.randint(20, 60))
        c = claimno(rng)
        b = amount(rng, 180, 900)
        paid = 0.0 if refused else round(b * 0.55, 2)
        rows.append([fdate(d, "slash"), c, pr, f"{code} {desc}", money(b, "nosign"), money(paid, "nosign"),
                     "P7" if refused else "A1"])
        if refused:
            den = (who, mm, pr, c, b, d)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Rockford")
    p.title_bar("STATEMENT OF PAYMENTS FOR YOUR CHILDREN", "This is not a bill")
    for ln in [parent, *il_address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Statement date", fdate(sd, "long")), ("Family account", f"FA-{digits(rng, 6)}"),
                ("Financial renewal due", fdate(dt.date(2026, 9, 30), "slash"))], [W / 3] * 3)
    p.ln(3)
    widths = [22, 30, 48, 42, 18, 16, W - 176]
    p.f(9.4, "B")
    p.cell(0, 5, f"{k1}  -  Participant No. {m1}", new_x="LMARGIN", new_y="NEXT")
    p.table(["Svc date", "Claim ref", "Provider", "Service", "Billed", "DSCC paid", "Code"], rows[:2], widths,
            size=7.8, aligns=["L", "L", "L", "L", "R", "R", "C"])
    p.f(9.4, "B")
    p.cell(0, 5, f"{k2}  -  Participant No. {m2_}", new_x="LMARGIN", new_y="NEXT")
    p.table(["Svc date", "Claim ref", "Provider", "Service", "Billed", "DSCC paid", "Code"], rows[2:], widths,
            size=7.8, aligns=["L", "L", "L", "L", "R", "R", "C"])
    p.bar("Codes", 9)
    p.para("A1 - Paid. DSCC paid the provider after your other coverage.\n"
           "P7 - Your family's private health plan is listed in our records for this child. That plan must process "
           "this service first. When the provider sends us the other plan's explanation of benefits, we will look "
           "at the claim again.", 8.8)
    p.para("If you disagree with a payment decision on this statement, write to us within 60 days of the statement "
           "date. Questions: your care coordinator or " + phone(rng, "800") + ".", 8.8)
    who, mm, pr, c, b, d = den
    t = truth("eob", "other", insurer=INS, member_id=mm, member_name=who, cases=[c], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=pr,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def photocopy_notcov(rng):
    child, gm, doc, cc, sig = people(rng, 5)
    m = pid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(24, 34))
    c = claimno(rng)
    b = round(amount(rng, 90, 160) * 2, 2)
    prac = "Cadwick Allergy and Asthma"
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Springfield")
    p.para(fdate(nd, "long"), 10)
    for ln in [gm, *il_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Re", f"{child}, Participant No. {m}"), ("Claim ref", c),
             ("Svc dates", f"{fdate(d1, 'slash')}, {fdate(d2, 'slash')}")], label_w=24, size=9.6)
    p.ln(2)
    p.para(f"Dear {gm}:", 10)
    p.para(f"Dr. {doc} at {prac} asked DSCC to pay for allergy testing and allergy shots your grandchild received on "
           f"March {d1.day} and March {d2.day}, 2026. The practice billed {money(b)} for the two visits.", 10)
    p.para(f"{child} is in our program because of hearing loss. DSCC helps pay for care of the condition that "
           "makes a child eligible and for care closely tied to it. Allergy care is not part of what DSCC can pay "
           "for in your grandchild's case, so we will not pay this claim. Your grandchild's medical card or other "
           "coverage may pay for it.", 10)
    p.para(f"Your care coordinator, {cc}, can answer questions. If you disagree, you may ask for a review within "
           "30 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nRegional Office Manager", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=child, cases=[c],
              claim_amount=m2(b), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT, "provider": [prac]})
    return out(p), t


def phone_approval(rng):
    child, father, aud, cc = people(rng, 4)
    m = pid(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    s1 = plus(nd, rng.randint(8, 15))
    s2 = dt.date(2026, 12, 31)
    a = authno(rng)
    prov = "Skerrow Lane Audiology"
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Carbondale")
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *il_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {father}:", 10)
    p.para(f"Good news. DSCC has approved the services below for {child}. The provider has been told.", 10)
    p.boxed_pairs([("Participant No.", m), ("Authorization No.", a), ("Provider", prov),
                   ("Audiologist", aud), ("Service", "Two behind-the-ear hearing aids (V5261), fitting, 1 year of "
                                                   "batteries"),
                   ("Approved from / through", f"{fdate(s1, 'slash')} / {fdate(s2, 'slash')}")], label_w=48)
    p.para("DSCC pays after any other coverage your child has. Keep using your child's private plan card at visits. "
           f"Questions: your care coordinator, {cc}, at {phone(rng, '618')}.", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[a],
              service_dates=[f"{s1.isoformat()}/{s2.isoformat()}"], denial_date=nd.isoformat(), provider=prov,
              alternates={"insurer": ALT, "provider": [aud], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def rotated_elig(rng):
    child, mother, doc, sig = people(rng, 4)
    m = pid(rng)
    end = dt.date(2026, 2, 28)
    v1 = dt.date(2026, 3, rng.randint(3, 12))
    v2 = plus(v1, rng.randint(10, 20))
    nd = plus(v2, rng.randint(20, 30))
    c1, c2 = claimno(rng), claimno(rng)
    b1, b2 = amount(rng, 160, 320), amount(rng, 160, 320)
    clinic = "Hembury Pediatric Cardiology"
    p = DYSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Rockford")
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *il_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mother}:", 10)
    p.para(f"We are writing about {child}, participant number {m}. Each year families send DSCC papers about "
           f"their income so we can see if the child still qualifies. We did not get your papers by the due date, "
           f"2026-01-31, so {child}'s enrollment in DSCC ended on {end.isoformat()}.", 10)
    p.para(f"{clinic} sent us the claims below. Dr. {doc} saw your child after the enrollment ended, so DSCC cannot "
           "pay them.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim ref", "Svc date", "Service", "Billed"],
            [[c1, v1.isoformat(), "Office visit, cardiology (99214)", money(b1, "nosign")],
             [c2, v2.isoformat(), "Heart monitor review (93228)", money(b2, "nosign")],
             ["", "", "Total", money(b1 + b2, "nosign")]], [34, 28, W - 92, 30], size=9,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("If you send the papers now and your child qualifies, enrollment can start again, but not before the "
           "month we get them. If you think this is wrong, you may ask for a review within 30 days of the date of "
           "this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nFinancial Eligibility Unit", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[c1, c2],
              claim_amount=m2(b1 + b2), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def finefax_stack(rng):
    child, parent, doc, sig = people(rng, 4)
    m = pid(rng)
    v = dt.date(2025, 11, rng.randint(3, 20))
    rec = dt.date(2026, 2, rng.randint(2, 20))
    nd = plus(rec, rng.randint(8, 14))
    c = claimno(rng)
    b = amount(rng, 300, 900)
    hosp = "Kellow Park Children's Hospital"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  DSCC CLAIMS  {phone(rng, '312')}  PAGE {{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Springfield")
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *il_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Child", child), ("Participant No.", m), ("Claim ref", c), ("Date received", fdate(rec, "slash"))],
            label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"{hosp} sent DSCC a claim for {money(b)} for the sedated MRI Dr. {doc} ordered for your child on "
           f"{fdate(v, 'long')}. Providers must send DSCC their claims within 90 days after the other insurance "
           "pays, or within 90 days of the service when there is no other insurance. This claim reached us on the "
           "date shown above, after that time. DSCC will not pay it, and the hospital may not bill you for it.", 10)
    p.para("If you disagree, ask for a review within 30 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Unit", 10)
    d_a = (out(p), truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=child, cases=[c],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=hosp, appeal_deadline=plus(nd, 30).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc]}))
    child2, guard, doc2, ther, rev = people(rng, 5)
    m2_ = pid(rng)
    first = dt.date(2026, 2, rng.randint(2, 20))
    rd = plus(first, rng.randint(40, 55))
    rv = f"RV-{digits(rng, 4)}-{rng.choice('GZ')}{digits(rng, 2)}"
    a = authno(rng)
    supp = "Tillwick Mobility and Seating"
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Peoria")
    q.title_bar("REVIEW DECISION")
    q.pairs([("Decision date", fdate(rd, "long")), ("Sent to", f"{guard}, guardian"), ("Child", child2),
             ("Participant No.", m2_), ("Review No.", rv), ("Original request", a)], label_w=36, size=9.6)
    q.ln(2)
    q.para(f"You asked us to look again at our decision of {fdate(first, 'long')} about the power seat elevator "
           f"for {child2}'s wheelchair, requested by Dr. {doc2} and {supp}. A doctor who did not make the first "
           "decision read the seating notes from the therapist, " + ther + ".", 10)
    q.para("The notes show your child moves from the chair to the bed and toilet with a sliding board at the "
           "chair's present height, and reaches what is needed at school and at home. The reviewer found the seat "
           "elevator is not needed for your child's care. We are keeping our first decision.", 10)
    q.para(f"This is DSCC's final decision. Reviewed by {rev}. You may ask the Division's director for a last "
           "look within 15 days of this decision.", 10)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m2_, member_name=child2,
                         cases=[rv, a], denial_date=rd.isoformat(), provider=doc2,
                         appeal_deadline=plus(rd, 15).isoformat(),
                         alternates={"insurer": ALT, "provider": [supp], "case_numbers": [[rv], [a]],
                                     "appeal_deadline": [None]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_caption_form_speech_visits_before_request", "fax_standard_g4", [faxstd_prior(rng)]),
        Item(F + "lowres_caption_form_therapy_not_helping_weekday_dates", "scan_lowres_150", [lowres_mednec(rng)]),
        Item(F + "born_digital_family_payment_statement_two_children", "born_digital", [bd_statement(rng)]),
        Item(F + "photocopy_letter_to_grandmother_allergy_visits_not_eligible_condition", "photocopy",
             [photocopy_notcov(rng)]),
        Item(F + "phone_authorization_hearing_aids_approved", "phone_photo", [phone_approval(rng)]),
        Item(F + "rotated_letter_enrollment_ended_iso_dates", "rotated", [rotated_elig(rng)]),
        Item(F + "finefax_stack_cover_late_claim_letter_then_review_decision_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
