"""Pharmacy claim notices mirrored (structure and plain wording style only) from Pennsylvania's PACE and PACENET
prescription assistance for older Pennsylvanians (the Pennsylvania Department of Aging, PACE, PACENET, Medicare
Part D and NCPDP reject codes as themselves), issued by the Department or by an invented claims processor
(Fallbrook Ridge Pharmacy Services). Every pharmacy, prescriber, cardholder, representative, number, address, and
every time limit here is the family's own.

Documents (8 in 7 files):
- faxstd_claim_notice_form_no_request_before_fill: a claim notice caption form on a standard fax ("Cardholder No.",
  "Date this notice was mailed", "Rx Fill Date / Days", "Ref #") refusing a medicine filled before anybody asked
  the program to agree to it; the kind only in the reason's words (prior_authorization).
- lowres_enrollment_lapsed_caption_form: a 150 dpi caption form with captions left of the boxes, compact dates
  ("2026-03-03"), a PACENET claim refused because the card's enrollment period ended and no renewal came in
  (eligibility); renewal sent date and enrollment period as decoys.
- photocopy_cardholder_statement_four_fills_one_reject_70: a photocopied monthly statement of four fills, one
  refused with reject code 70 and a legend only (not_covered: weight-loss medicine).
- bd_letter_weekday_dates_ohio_pharmacy_not_enrolled: a Department letter with weekday-named dates, the notice
  date only in the date line, the pharmacy in Ohio has no agreement with the program (out_of_network).
- rotated_prior_authorization_approval: the processor's approval of a medicine "from ... through ...", fed sideways
  (denies nothing).
- phone_paper_claim_received_late_letter_to_daughter_poa: a photographed letter to the cardholder's daughter
  (power of attorney) on a paper claim for fills "on March 3 and March 10, 2026" received after 180 days
  (timely_filing).
- finefax_stack_cover_part_d_first_then_duplicate_therapy_upside_down: a cover sheet, a letter that the Part D
  plan must be billed first (other) and, upside down, a reconsideration decision keeping a refusal of a second
  medicine of the same kind as not needed (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdye import DYSheet, compact, people, wday
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "pennsylvania_pace_pacenet_pharmacy_claim_denial"
LANG = "en"
SEED = 354504
DEPT = "Pennsylvania Department of Aging"
PROC = "Fallbrook Ridge Pharmacy Services"
DEPT_ALT = ["PA Department of Aging", "PACE", "PACENET", PROC]
PROC_ALT = ["Fallbrook Ridge", DEPT, "PACE", "PACENET"]
PHARM = ["Conestoga Street Pharmacy", "Millrace Drug Store", "Laurel Gap Apothecary", "Shawnee Bend Pharmacy"]


def card(rng):
    """Cardholder number: P + 2 digits, 4 digits, a letter B/S/Z and a digit (letters OCR may read as digits)."""
    return f"P{digits(rng, 2)}-{digits(rng, 4)}-{rng.choice('BSZ')}{rng.randint(1, 9)}"


def clm(rng):
    return f"RX26-{digits(rng, 7)}"


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1938, 1960), rng.randint(1, 12), rng.randint(1, 28))


def _dept_head(p, rng):
    p.f(14, "B")
    p.cell(0, 7, DEPT, new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 4.5, "PACE / PACENET Prescription Assistance", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"PO Box {rng.randint(8100, 8999)}, Harrisburg PA 17105-{digits(rng, 4)}  |  Cardholder Services "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _proc_head(p, rng, unit="Cardholder Services"):
    p.f(14, "B")
    p.cell(0, 7, PROC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Claims processor for PACE and PACENET under contract with the {DEPT}", new_x="LMARGIN",
           new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1100, 7900)}, Camp Hill PA 17001-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_pa(rng):
    member, doc, pharmacist, rev = people(rng, 4)
    cid = card(rng)
    fill = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(fill, rng.randint(9, 16))
    ref = clm(rng)
    b = amount(rng, 420, 780)
    ph = rng.choice(PHARM)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  FALLBROOK RIDGE PHARM SVCS  {phone(rng, '717')}  P.{{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _proc_head(p, rng, "Claims")
    p.title_bar("PACE CLAIM NOTICE", "Form FRPS-CN-3 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Date this notice was mailed", fdate(nd, "slash")), ("Cardholder", member),
                 ("Cardholder No.", cid)], [48, 70, W - 118])
    p.split_boxes([("Program / Benefit year", "PACE", "2026"), ("Rx Fill Date / Days", fdate(fill, "slash"), "30"),
                   ("Ref #", ref, ""), ("Billed", money(b), "")], [44, 46, 50, W - 140])
    p.form_band([("Prescriber", f"Dr. {doc}"), ("Prescriber NPI", digits(rng, 10)), ("Pharmacy", ph),
                 ("Pharmacy NPI", digits(rng, 10))], [52, 32, 62, W - 146])
    p.form_band([("Drug", "armodafinil 150 mg tablet, qty 30"), ("Rx No.", digits(rng, 7)),
                 ("Reject", "75")], [100, 40, W - 140])
    p.ln(3)
    p.para(f"**Why the program did not pay.** PACE pays for this medicine only when the doctor first tells us why you "
           f"need it and we agree before it is filled. Nothing from Dr. {doc} reached us before {ph} filled the "
           f"prescription on {fdate(fill, 'long')}. The pharmacy was told at the counter (reject 75). Dr. {doc} can "
           "still send us the reasons; if we agree, the pharmacy can bill us again.", 9.2)
    p.para(f"Pharmacist on the claim: {pharmacist}, RPh. Reviewed by {rev}, PharmD. Your date of birth on file: "
           f"{fdate(dob(rng), 'slash')}.", 8.6)
    p.para("If you disagree, ask for a reconsideration within 30 days of the date this notice was mailed. If waiting "
           "could seriously harm your health, we decide within 72 hours. After our reconsideration you may ask the "
           f"Department for a hearing within 30 days of that decision. Cardholder Services {phone(rng)}, TTY 711.",
           8.8)
    t = truth("denial_letter", "prior_authorization", insurer=PROC, member_id=cid, member_name=member, cases=[ref],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": PROC_ALT, "provider": [ph], "plan_id": ["PACE"]}, type_alternates=["eob"])
    return out(p), t


def lowres_lapsed(rng):
    member, doc = people(rng, 2)
    cid = card(rng)
    end = dt.date(2026, 2, 28)
    sent = dt.date(2025, 12, rng.randint(1, 12))
    fill = dt.date(2026, 3, rng.randint(3, 18))
    nd = plus(fill, rng.randint(6, 12))
    ref = clm(rng)
    b = amount(rng, 60, 240)
    ph = rng.choice(PHARM)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    _proc_head(p, rng, "Eligibility and Claims")
    p.title_bar("PACENET CLAIM DECISION", "FRPS-CD-9  rev. 01/26")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("Notice issued", compact(nd, "iso")), ("Enrollee No.", cid)],
              [("Program", "PACENET"), ("Enrolled thru", compact(end, "iso"))],
              [("Renewal mailed", compact(sent, "iso")), ("Claim ref", ref)],
              [("Svc Dates", compact(fill, "iso")), ("Billed", money(b))],
              [("Pharmacy", ph), ("Prescriber", f"Dr. {doc}")]], cap_w=26, cap=5.8)
    p.para(f"We could not pay the prescription {ph} filled for you (reject 65). Your PACENET enrollment runs for a "
           "year at a time. We mailed you a renewal form before the date in the Enrolled thru box and did not get it "
           "back, so on the fill date you were not enrolled. Send the renewal now; if you are found eligible again, "
           "ask us whether the fill can be paid.", 9.2)
    p.para("You may ask us to reconsider within 30 days of the date in the Notice issued box. Urgent requests: 72 "
           f"hours. Questions: {phone(rng)} (TTY 711).", 9)
    t = truth("denial_letter", "eligibility", insurer=PROC, member_id=cid, member_name=member, cases=[ref],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": PROC_ALT, "provider": [doc], "plan_id": ["PACENET"]})
    return out(p), t


def photocopy_statement(rng):
    member, d1, d2, d3 = people(rng, 4)
    cid = card(rng)
    sd = dt.date(2026, 4, rng.randint(3, 10))
    ph = rng.choice(PHARM)
    drugs = [("atorvastatin 40 mg", d1, False), ("metformin 500 mg", d1, False),
             ("phentermine 37.5 mg", d2, True), ("lisinopril 10 mg", d3, False)]
    rows, info = [], None
    for i, (drug, doc, den) in enumerate(drugs):
        f = dt.date(2026, 3, 2 + i * 6 + rng.randint(0, 4))
        n = clm(rng)
        b = amount(rng, 18, 95) if not den else amount(rng, 110, 190)
        if den:
            rows.append([fdate(f, "slash"), n, drug, f"Dr. {doc}", money(b, "nosign"), "0.00", "0.00", "70"])
            info = (f, n, b, doc)
        else:
            cop = 6.0 if i % 2 == 0 else 9.0
            rows.append([fdate(f, "slash"), n, drug, f"Dr. {doc}", money(b, "nosign"), money(b - cop, "nosign"),
                         money(cop, "nosign"), "P"])
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _proc_head(p, rng)
    p.title_bar("PACE CARDHOLDER STATEMENT - PRESCRIPTIONS PROCESSED IN MARCH 2026")
    p.capstrip([("CARDHOLDER", member), ("CARD NO.", cid), ("STATEMENT DATE", fdate(sd, "slash")),
                ("PHARMACY", ph), ("DATE OF BIRTH", fdate(dob(rng), "slash"))], [44, 32, 30, 44, 41.9])
    p.ln(3)
    p.table(["FILL DATE", "CLAIM NO.", "DRUG", "PRESCRIBER", "BILLED", "PACE PAID", "YOU PAID", "CODE"], rows,
            [20, 28, 36, 38, 17, 19, 17, 16.9], size=7.8, aligns=["L"] * 4 + ["R"] * 3 + ["C"])
    f, n, b, doc = info
    p.para("**Codes.** P: paid; you paid the PACE copayment. 70: medicines used to lose weight are left out of what "
           "PACE pays for, whoever prescribes them. The pharmacy may charge you its price for this fill.", 8.6)
    p.para("If you think a line is wrong, write to us within 30 days of the statement date. This statement is not a "
           "bill. Your PACE card year: 2026.", 8.6)
    t = truth("eob", "not_covered", insurer=PROC, member_id=cid, member_name=member, cases=[n], claim_amount=m2(b),
              service_dates=[f.isoformat()], denial_date=sd.isoformat(), provider=doc,
              appeal_deadline=plus(sd, 30).isoformat(), alternates={"insurer": PROC_ALT, "provider": [ph]})
    return out(p), t


def bd_ohio(rng):
    member, doc, sig = people(rng, 3)
    cid = card(rng)
    fill = dt.date(2026, 3, rng.randint(2, 12))
    nd = plus(fill, rng.randint(20, 30))
    ref = clm(rng)
    b = amount(rng, 70, 160)
    p = DYSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _dept_head(p, rng)
    p.para(wday(nd), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Cardholder number {cid}  -  Reference {ref}", 9.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {wday(fill)}, Harbor Point Drugs in Ashtabula, Ohio filled a prescription for you from Dr. {doc} "
           f"(donepezil 10 mg, 30 tablets) and asked PACE to pay {money(b)}. We received the claim on "
           f"{wday(plus(fill, 4))}.", 10)
    p.para("PACE pays only pharmacies that have signed an agreement with the program to serve cardholders. Harbor "
           "Point Drugs has not signed one, so we cannot pay it for this fill. Any pharmacy in Pennsylvania that "
           "takes your PACE card can fill the same prescription; call us and we will name one near you.", 10)
    p.para("If you disagree, you may ask us to reconsider within 30 days of the date of this letter. A hearing "
           f"before the Department may be asked for within 30 days of our reconsideration. Call {phone(rng)} "
           "(TTY 711), Monday through Friday.", 10)
    p.para(f"Sincerely,\n{sig}\nPACE Cardholder Services", 10)
    t = truth("denial_letter", "out_of_network", insurer=DEPT, member_id=cid, member_name=member, cases=[ref],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(),
              provider="Harbor Point Drugs", appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": DEPT_ALT, "provider": [doc]})
    return out(p), t


def rotated_approval(rng):
    member, doc, rev = people(rng, 3)
    cid = card(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    start = plus(nd, -2)
    stop = plus(start, 364)
    pa = f"PA26-{digits(rng, 5)}"
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _proc_head(p, rng, "Prior Authorization Unit")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Cardholder No.", cid), ("Request No.", pa), ("Program", "PACE")], label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} asked PACE to pay for rivaroxaban 20 mg tablets for you. We have agreed. Your pharmacy can "
           f"fill it with your usual PACE copayment from {fdate(start, 'long')} through {fdate(stop, 'long')}. After "
           "that, your doctor will need to ask again.", 10)
    p.para(f"Reviewed by {rev}, PharmD. Keep this letter with your PACE card. Questions: {phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=PROC, member_id=cid, member_name=member, cases=[pa],
              service_dates=[f"{start.isoformat()}/{stop.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": PROC_ALT, "case_numbers": [[]], "service_dates": [[]], "plan_id": ["PACE"]})
    return out(p), t


def phone_late(rng):
    member, daughter, doc, sig = people(rng, 4)
    cid = card(rng)
    f1 = dt.date(2026, 3, 3)
    f2 = dt.date(2026, 3, 10)
    rec = plus(f1, rng.randint(200, 215))
    nd = plus(rec, rng.randint(5, 10))
    ref = clm(rng)
    b1, b2 = amount(rng, 40, 90), amount(rng, 40, 90)
    b = round(b1 + b2, 2)
    p = DYSheet(footer=None)
    p.set_margins(21, 15, 21)
    p.add_page()
    _proc_head(p, rng, "Cardholder Reimbursement")
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, f"Power of attorney for {member}", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}, cardholder {cid}, paper claim {ref}", 9.6)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You sent us receipts for your mother's prescriptions from Dr. {doc}, filled at Laurel Gap Apothecary on "
           f"March 3 and March 10, 2026, and asked PACE to pay you back {money(b)}. Your envelope reached us on "
           f"{fdate(rec, 'slash')}.", 10)
    p.para("A paper claim has to reach us within 180 days of the day the medicine was filled. For the fill of "
           f"March 3, 2026 that time ran out on {fdate(plus(f1, 180), 'long')}, and a week later for the second one, "
           "so we cannot pay either back. If something kept you from sending it in time, such as a stay in the "
           "hospital, tell us and we will look at it again.", 10)
    p.para("You may ask for a reconsideration within 30 days of the date of this letter. Call "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}", 10)
    t = truth("denial_letter", "timely_filing", insurer=PROC, member_id=cid, member_name=member, cases=[ref],
              claim_amount=m2(b), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": PROC_ALT, "provider": ["Laurel Gap Apothecary"]})
    return out(p), t


def finefax_stack(rng):
    member, doc, sig = people(rng, 3)
    cid = card(rng)
    fill = dt.date(2026, 4, rng.randint(6, 20))
    nd = plus(fill, rng.randint(8, 14))
    ref = clm(rng)
    b = amount(rng, 260, 520)
    ph = rng.choice(PHARM)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  PA AGING PACE  {phone(rng, '717')}  PAGE {{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _dept_head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Cardholder No.", cid), ("Claim", ref), ("Fill date", fdate(fill, "slash")),
             ("Part D plan", "Greystone Valley Rx (Medicare Part D)"), ("Part D member ID", f"GV{digits(rng, 8)}")],
            label_w=38, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"{ph} billed PACE {money(b)} for tiotropium inhaler capsules Dr. {doc} prescribed for you. You are "
           "enrolled in a Medicare Part D plan, and PACE pays after that plan, for what it leaves unpaid. The claim "
           "came to us without first going to your Part D plan (reject 41), so we sent it back to the pharmacy. "
           "Once the Part D plan has processed it, the pharmacy can send us the rest.", 10)
    p.para("If you disagree, you may ask us to reconsider within 30 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nPACE Cardholder Services", 10)
    d_a = (out(p), truth("denial_letter", "other", insurer=DEPT, member_id=cid, member_name=member, cases=[ref],
                         claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(),
                         provider=doc, appeal_deadline=plus(nd, 30).isoformat(),
                         alternates={"insurer": DEPT_ALT, "provider": [ph]}))
    member2, doc2, rev, sig2 = people(rng, 4)
    cid2 = card(rng)
    f2 = dt.date(2026, 3, rng.randint(2, 20))
    first = plus(f2, rng.randint(20, 30))
    dd = plus(first, rng.randint(25, 35))
    ref2 = clm(rng)
    apl = f"RC-26-{digits(rng, 4)}G"
    b2 = amount(rng, 280, 560)
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _proc_head(q, rng, "Reconsiderations")
    q.para(fdate(dd, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Cardholder No.", cid2), ("Reconsideration No.", apl), ("Original claim", ref2),
             ("First decision", fdate(first, "slash"))], label_w=44, size=9.4)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"You asked us to look again at the claim for duloxetine 60 mg that Dr. {doc2} prescribed and that was "
           f"filled on {fdate(f2, 'long')} ({money(b2)}). Our pharmacist {rev} read the notes your doctor sent. You "
           "already take venlafaxine every day, a medicine that works the same way; the notes give no reason to "
           "take both at once, and taking both can cause harm. Our first decision stays as it was: PACE will not "
           "pay for this fill.", 10)
    q.para("You may ask the Department for a hearing within 30 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}", 10)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=PROC, member_id=cid2, member_name=member2,
                         cases=[ref2, apl], claim_amount=m2(b2), service_dates=[f2.isoformat()],
                         denial_date=dd.isoformat(), provider=doc2, appeal_deadline=None,
                         alternates={"insurer": PROC_ALT, "appeal_deadline": [plus(dd, 30).isoformat()]},
                         denial_alternates=["other"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_claim_notice_form_no_request_before_fill", "fax_standard_g4", [faxstd_pa(rng)]),
        Item(F + "lowres_enrollment_lapsed_caption_form", "scan_lowres_150", [lowres_lapsed(rng)]),
        Item(F + "photocopy_cardholder_statement_four_fills_one_reject_70", "photocopy", [photocopy_statement(rng)]),
        Item(F + "bd_letter_weekday_dates_ohio_pharmacy_not_enrolled", "born_digital", [bd_ohio(rng)]),
        Item(F + "rotated_prior_authorization_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "phone_paper_claim_received_late_letter_to_daughter_poa", "phone_photo", [phone_late(rng)]),
        Item(F + "finefax_stack_cover_part_d_first_then_duplicate_therapy_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
