"""An invented commercial plan (Gillyford Mutual Health Plan) cutting, ending or refusing home health aide hours
given by home care agencies (Tansy Brook Home Care Agency in the network, Ketterly Lane Home Aides outside it),
mostly on caption forms, the kind of refusal told only in the reason's own words (no heading names it). HCPCS
codes (G0156, T1004, S9122) appear as themselves; the plan, its rules and limits, both agencies, every doctor,
nurse, person, number and address are invented.

Documents (8 in 7 files):
- faxstd_caption_form_aide_hours_cut_now_dresses_herself: a continued-services determination on a standard fax
  with numbered captions and split boxes ("6. Hrs asked | Hrs approved"): 20 weekly hours asked, 12 approved,
  because the agency's notes show the member now bathes and dresses with set-up help only (medical_necessity).
- lowres_caption_form_housework_only_aide_visits: a 150 dpi form with captions left of its boxes: aide visits
  for housework, laundry, meals and errands only are left out of the benefits (not_covered).
- born_digital_family_eob_three_people_one_aide_visit_code_hh7: a family EOB (subscriber, spouse, son), each
  person with own claims; the spouse's extra aide visit pays 0.00 under code HH7, explained only in the legend
  (no request for more hours before the visit: prior_authorization).
- finefax_stack_cover_letter_to_parent_out_of_network_agency_then_approval_upside_down: a cover sheet, a letter
  to a mother about her son's aide hours from an agency with no contract (out_of_network), then upside down an
  approval of aide hours from the network agency (denies nothing).
- photocopy_letter_late_agency_claim_weekday_dates_provider_box: a letter with a provider box (agency, NPI,
  payee) refusing an agency claim sent after 90 days, dates with weekday names (timely_filing).
- phone_letter_visits_after_coverage_ended_dates_in_words: a photographed letter on aide visits "on April 7 and
  April 14, 2026"-style after the member's coverage ended (eligibility).
- rotated_appeal_decision_keeps_hour_cut: an appeal decision, dated only in its date line, keeping a cut of aide
  hours; the nurse practitioner only in a sentence (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdyf import DYSheet, dob, people, phone, wday
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "home_health_aide_hours_reduction_inferred_denial_caption_form"
LANG = "en"
SEED = 354605
INS = "Gillyford Mutual Health Plan"
ALT = ["Gillyford Mutual", "Gillyford"]
PLAN = "Gillyford Choice PPO 2500"
AG = "Tansy Brook Home Care Agency"
AG2 = "Ketterly Lane Home Aides"


def mid(rng):
    """Member number with an S after the digits (OCR may read it as 5); printed in groups."""
    return f"GYF {digits(rng, 4)} {digits(rng, 4)} S"


def nospace(s):
    return s.replace(" ", "")


def grp(rng):
    return f"GF-{digits(rng, 2)}T{digits(rng, 2)}"


def ref(rng):
    return f"HHA-26L-{digits(rng, 4)}"


def clm(rng):
    return f"CL-26-{digits(rng, 5)}-T"


def _head(p: DYSheet, rng, unit="Care Management"):
    p.f(14.5, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 8800)}, Hartford CT 061{rng.randint(10, 99)}  |  "
                 f"{phone(rng, '888')}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_cut(rng):
    member, daughter, doc, rn, rev = people(rng, 5)
    m, g, r = mid(rng), grp(rng), ref(rng)
    a = dt.date(2026, 4, rng.randint(1, 10))
    z = plus(a, 59)
    rcv = plus(a, -rng.randint(8, 14))
    nd = plus(rcv, rng.randint(3, 6))
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  GILLYFORD CARE MGMT  {phone(rng, '860')}  PG {{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("CONTINUED SERVICES DETERMINATION - HOME HEALTH AIDE", "GMH-CSD-4 (rev. 12/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Notice date", fdate(nd, "slash")), ("2. Enrollee No.", m), ("3. Grp", g),
                 ("4. Ref #", r)], [34, 52, 34, W - 120])
    p.form_band([("5. Enrollee", member), ("5a. DOB", fdate(dob(rng, 1938, 1952), "slash")),
                 ("5b. Request rcvd", fdate(rcv, "slash"))], [80, 40, W - 120])
    p.form_band([("6. Agency / NPI", f"{AG}  |  {digits(rng, 10)}"),
                 ("7. Hrs asked | Hrs approved", "20 per wk  |  12 per wk")], [120, W - 120])
    p.form_band([("8. Svc Dates", f"{fdate(a, 'slash')} - {fdate(z, 'slash')}"), ("9. Code", "G0156 aide, 15 min"),
                 ("10. Ordering MD", f"Dr. {doc}")], [60, 50, W - 110])
    p.ln(3)
    p.f(8.6, "B")
    p.cell(0, 5, "11. Reason", new_x="LMARGIN", new_y="NEXT")
    p.para(f"{AG} asked us to keep 20 hours a week of aide help for {member}. The agency's visit notes for the last "
           f"30 days, written by {rn}, RN, show that she now washes, dresses and moves from bed to chair on her own "
           "once things are set out for her, and that her daughter is home each evening. The help she still needs - "
           "bathing twice a week, meal set-up and a check of her skin - fits within 12 hours a week. We approve 12 "
           "hours a week for the dates in box 8; we do not approve the other 8 hours.", 8.8)
    p.para(f"Decided by {rev}, MD, medical director. Your doctor may talk with the reviewer within 5 business days "
           "(peer to peer).", 8.4)
    p.para("Appeal within 180 days of the notice date in box 1. Urgent appeals are decided within 72 hours. "
           f"External review: within 4 months of our final decision. Member Services {phone(rng, '888')}, TTY 711.",
           8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=g, member_id=nospace(m), member_name=member,
              cases=[r], service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(), provider=AG,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[a.isoformat(), z.isoformat()],
                                                                               [a.isoformat()]]})
    return out(p), t


def lowres_chores(rng):
    member, doc, rev = people(rng, 3)
    m, g, r = mid(rng), grp(rng), ref(rng)
    a = dt.date(2026, 5, rng.randint(4, 11))
    z = plus(a, 27)
    rcv = plus(a, -rng.randint(6, 10))
    nd = plus(rcv, rng.randint(2, 5))
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.title_bar("HOME CARE REQUEST - DECISION", "GMH-HCR-1")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.left_caps([("Notice issued", fdate(nd, "abbr")), ("Member no.", m), ("Group", g), ("Ref #", r),
                 ("Request rcvd", fdate(rcv, "abbr")), ("Requested by", f"{AG} for Dr. {doc}"),
                 ("Service asked", "Home health aide (G0156), 3 visits a week"),
                 ("Planned dates", f"{fdate(a, 'abbr')} through {fdate(z, 'abbr')}"), ("Decision", "Not approved")],
                cap_w=36)
    p.para(f"The wound from your hip surgery has healed and your nurse visits ended. The care plan {AG} sent for the "
           "aide visits lists housework, laundry, cooking and trips to the store. Your plan pays for a home health "
           "aide only for hands-on personal care, such as bathing, given while you also get skilled nursing or "
           "therapy at home. Help around the house by itself is left out of your benefits, so we cannot approve "
           "these visits.", 9.2)
    p.para(f"Reviewed by {rev}, RN. You may appeal within 180 days of the date this notice was issued. Urgent "
           f"appeals: 72 hours. Member Services {phone(rng, '888')}, TTY 711.", 9)
    t = truth("denial_letter", "not_covered", insurer=INS, group=g, member_id=nospace(m), member_name=member,
              cases=[r], service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(), provider=AG,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[a.isoformat(), z.isoformat()],
                                                                               [a.isoformat()], []]})
    return out(p), t


def bd_family_eob(rng):
    sub, spouse, son, doc, pt_ = people(rng, 5)
    base = mid(rng)
    g = grp(rng)
    sd = dt.date(2026, 4, rng.randint(14, 28))
    ids = [f"{base}-01", f"{base}-02", f"{base}-03"]
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.title_bar("FAMILY EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "GMH-FEOB (rev. 01/2026)")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Subscriber", sub), ("Subscriber ID", base), ("Group", g), ("Plan", PLAN),
                ("Statement date", fdate(sd, "short")), ("Plan year", "01/01/26 - 12/31/26")],
               [48, 44, 28, 52, 34, W - 206])
    p.ln(3)
    rows = []
    pv = [dt.date(2026, 3, rng.randint(2, 6)), dt.date(2026, 3, rng.randint(16, 20))]
    for d in pv:
        b = amount(rng, 140, 190)
        al = round(b * 0.65, 2)
        rows.append([clm(rng), sub, ids[0], fdate(d, "short"), "Pinegate Physical Therapy", "97110 x4",
                     money(b, "nosign"), money(al, "nosign"), money(round(al - 30, 2), "nosign"), "30.00", "A1"])
    aide = [plus(dt.date(2026, 3, 2), 7 * k) for k in range(4)]
    deny = 3
    info = None
    for k, d in enumerate(aide):
        b = amount(rng, 150, 210)
        n = clm(rng)
        if k == deny:
            rows.append([n, spouse, ids[1], fdate(d, "short"), AG, "G0156 x16", money(b, "nosign"), "0.00",
                         "0.00", "0.00", "HH7"])
            info = (n, d, b)
        else:
            al = round(b * 0.7, 2)
            rows.append([n, spouse, ids[1], fdate(d, "short"), AG, "G0156 x16", money(b, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "0.00", "A1"])
    dv = dt.date(2026, 3, rng.randint(9, 13))
    b = amount(rng, 160, 240)
    al = round(b * 0.6, 2)
    rows.append([clm(rng), son, ids[2], fdate(dv, "short"), f"Dr. {doc}", "99213", money(b, "nosign"),
                 money(al, "nosign"), money(round(al - 25, 2), "nosign"), "25.00", "A1"])
    p.table(["Claim no.", "Patient", "ID", "Svc date", "Provider", "Code / units", "Billed", "Allowed", "Plan paid",
             "You owe", "Rmk"], rows, [25, 34, 32, 15, 46, 20, 17, 17, 17, 17, W - 240], size=7.4,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"])
    n, d, b = info
    p.para("**Remark codes.** A1: paid under your plan. HH7: we approved a set number of aide hours for this patient "
           "through the date shown on the approval. This visit used hours past that number, and the agency did not "
           "ask us for more hours before giving it. The agency may not bill the patient for this visit.", 8.2)
    p.para("You may appeal any decision on this statement within 180 days of the statement date. Urgent appeals: "
           f"72 hours. External review: 4 months after our final decision. Member Services {phone(rng, '888')}.", 8.2)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=g, member_id=nospace(ids[1]),
              member_name=spouse, cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()],
              denial_date=sd.isoformat(), provider=AG, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [nospace(base)], "plan_id": [None]})
    return out(p), t


def finefax_stack(rng):
    son, mother, doc, sig = people(rng, 4)
    m, g, r = mid(rng), grp(rng), ref(rng)
    a = dt.date(2026, 4, rng.randint(6, 13))
    z = plus(a, 55)
    nd = plus(a, -rng.randint(3, 6))
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  GMH MEMBER SVCS  {phone(rng, '860')}  P{{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Member Services")
    p.para(fdate(nd, "long"), 10)
    p.para(f"To the parent or guardian of {son}", 9.6)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.capstrip([("Patient", son), ("Member ID", m), ("Group", g), ("Ref #", r)], [52, 46, 30, 47.9])
    p.ln(3)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Dr. {doc} asked us to approve home health aide visits for your son, 10 hours a week from "
           f"{fdate(a, 'long')} through {fdate(z, 'long')}, while his leg is in a cast. The request names {AG2} to "
           "give the care.", 10)
    p.para(f"{AG2} has no contract with us. Your plan pays for home care only from agencies that have one, unless "
           "no such agency can give the care. Three agencies that work with us serve your town and can send an aide "
           "for these hours, so we cannot approve the visits from this agency. If you choose one of those agencies, "
           "we will look at the request again.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Urgent appeals are decided within 72 hours.",
           10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    d_a = (out(p), truth("denial_letter", "out_of_network", insurer=INS, group=g, member_id=nospace(m),
                         member_name=son, cases=[r], service_dates=[f"{a.isoformat()}/{z.isoformat()}"],
                         denial_date=nd.isoformat(), provider=AG2, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc],
                                     "service_dates": [[a.isoformat(), z.isoformat()], [a.isoformat()]]}))
    member, doc2, sig2 = people(rng, 3)
    m2_, g2 = mid(rng), grp(rng)
    auth = f"AU-{digits(rng, 3)}B{digits(rng, 4)}"
    a2 = dt.date(2026, 5, rng.randint(4, 11))
    z2 = plus(a2, 62)
    nd2 = plus(a2, -rng.randint(3, 6))
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.title_bar("APPROVAL OF HOME CARE SERVICES")
    for ln in [member, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.grid([[("Date issued", fdate(nd2, "long")), ("Member ID", m2_), ("Group", g2)],
            [("Authorization", auth), ("Agency", AG), ("Ordered by", f"Dr. {doc2}")],
            [("Approved from", fdate(a2, "slash")), ("Approved through", fdate(z2, "slash")),
             ("Hours", "14 a week (G0156)")]], size=8.8)
    q.para(f"We approved the home health aide hours {AG} asked for. The agency will call you to set the visit days. "
           "If you need more hours later, the agency must ask us before the extra visits.", 10)
    q.para(f"{sig2}\nCare Management", 10)
    d_b = (out(q), truth("other", None, insurer=INS, group=g2, member_id=nospace(m2_), member_name=member,
                         cases=[auth], service_dates=[f"{a2.isoformat()}/{z2.isoformat()}"],
                         denial_date=nd2.isoformat(), provider=AG,
                         alternates={"insurer": ALT, "case_numbers": [[]], "provider": [doc2],
                                     "service_dates": [[a2.isoformat(), z2.isoformat()], []]}))
    return [d_a, d_b]


def photocopy_late(rng):
    member, sig = people(rng, 2)
    m, g = mid(rng), grp(rng)
    a = dt.date(2026, 1, 5)
    z = dt.date(2026, 1, 30)
    rcv = plus(z, rng.randint(100, 115))
    nd = plus(rcv, rng.randint(7, 12))
    n = clm(rng)
    b = amount(rng, 1500, 2400)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(wday(nd), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Member ID", m), ("Group", g), ("Claim no.", n), ("Billed", money(b))], [50, 34, 50, W - 134])
    p.capstrip([("Agency (rendering)", AG), ("Agency NPI", digits(rng, 10)),
                ("Payee", f"{AG} - billing office"), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}")],
               [56, 28, 72, W - 156])
    p.ln(4)
    p.para(f"Dear {member}:", 10)
    p.para(f"{AG} sent us a claim for the aide visits you had from {wday(a)} through {wday(z)}. We received it on "
           f"{wday(rcv)}.", 10)
    p.para("Our agreement with the agency gives it 90 days after a visit to send us the claim. This claim came to us "
           "well after that, so we did not pay it. Because the agency is in our network, it may not bill you for "
           "these visits.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Questions: "
           f"{phone(rng, '888')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=g, member_id=nospace(m), member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{z.isoformat()}"],
              denial_date=nd.isoformat(), provider=AG, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), z.isoformat()]]})
    return out(p), t


def phone_ended(rng):
    member, sig = people(rng, 2)
    m, g = mid(rng), grp(rng)
    end = dt.date(2026, 3, 31)
    d1 = dt.date(2026, 4, rng.randint(6, 10))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(20, 30))
    n1, n2 = clm(rng), clm(rng)
    b1, b2 = amount(rng, 150, 210), amount(rng, 150, 210)
    tot = round(b1 + b2, 2)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", g)], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"{AG} sent us claims for home health aide visits on {d1.strftime('%B')} {d1.day} and "
           f"{d2.strftime('%B')} {d2.day}, 2026, {money(tot)} in all. Your coverage under group {g} ended on "
           f"{fdate(end, 'long')}, when your employer told us your job had ended. Both visits were after that day, so "
           "we cannot pay these claims. If you have new coverage, give the agency that plan's card.", 10)
    p.table(["Claim no.", "Visit", "Code", "Billed", "Paid"],
            [[n1, fdate(d1, "slash"), "G0156 x16", money(b1, "nosign"), "0.00"],
             [n2, fdate(d2, "slash"), "G0156 x16", money(b2, "nosign"), "0.00"]],
            [46, 30, 36, 30, 33.9], size=8.8, aligns=["L", "L", "L", "R", "R"])
    p.para("If you think your coverage was still in force, you may appeal within 180 days of the date of this letter."
           f" Member Services {phone(rng, '888')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, group=g, member_id=nospace(m), member_name=member,
              cases=[n1, n2], claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=nd.isoformat(), provider=AG, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT})
    return out(p), t


def rotated_appeal(rng):
    member, np_, sig, rev = people(rng, 4)
    m, g, r = mid(rng), grp(rng), ref(rng)
    ap = f"AP26-G{digits(rng, 5)}"
    a = dt.date(2026, 3, rng.randint(2, 9))
    z = plus(a, 60)
    nd = plus(a, rng.randint(28, 40))
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Appeals")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Member ID {m}  /  Group {g}", 9.6)
    p.line(f"Appeal {ap}  (first review {r})", 9.6)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"You appealed our decision to lower your home health aide hours from 15 to 8 a week for {fdate(a, 'long')}"
           f" through {fdate(z, 'long')}. {np_}, NP, at Fallowfield Geriatric Care asked us to keep 15 hours. "
           f"{AG} gives the care.", 10)
    p.para(f"Dr. {rev}, who did not take part in the first decision, read the appeal, the nurse practitioner's "
           "letter and the agency's notes. The notes show you now shower with a bench and a grab bar and dress "
           "yourself, with the aide standing by. They do not show that you still need hands-on help every day. "
           "Eight hours a week covers the help the notes describe. We are keeping our decision.", 10)
    p.para("This was your last appeal with us. You may ask for an external review within 4 months of the date of "
           f"this letter. Questions: {phone(rng, '888')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals Unit", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=g, member_id=nospace(m), member_name=member,
              cases=[ap, r], service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(),
              provider=np_, alternates={"insurer": ALT, "provider": [AG, "Fallowfield Geriatric Care"],
                                        "case_numbers": [[ap], [r]],
                                        "service_dates": [[a.isoformat(), z.isoformat()]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_caption_form_aide_hours_cut_now_dresses_herself", "fax_standard_g4", [faxstd_cut(rng)]),
        Item(F + "lowres_caption_form_housework_only_aide_visits", "scan_lowres_150", [lowres_chores(rng)]),
        Item(F + "born_digital_family_eob_three_people_one_aide_visit_code_hh7", "born_digital",
             [bd_family_eob(rng)]),
        Item(F + "finefax_stack_cover_letter_to_parent_out_of_network_agency_then_approval_upside_down",
             "fax_fine_g4", finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
        Item(F + "photocopy_letter_late_agency_claim_weekday_dates_provider_box", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_letter_visits_after_coverage_ended_dates_in_words", "phone_photo", [phone_ended(rng)]),
        Item(F + "rotated_appeal_decision_keeps_hour_cut", "rotated", [rotated_appeal(rng)]),
    ]
