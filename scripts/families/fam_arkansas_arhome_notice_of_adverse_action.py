"""Notices mirrored (structure and plain wording style only) from the papers a qualified health plan sends members of
ARHOME (Arkansas Health and Opportunity for Me), the Arkansas Medicaid expansion whose adults are enrolled in
marketplace plans, with the Arkansas Department of Human Services (DHS), its renewals and its fair hearings as
themselves. The plan (Cadron Bluff Health Plan), its rules and time limits, every provider, person, number and
address are invented; CPT codes appear as themselves. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_caption_form_knee_mri_no_request_before_scan: a notice form on a standard fax with captions above boxes
  ("Date this notice was mailed", "Enrollee No.", "Ref #", "Svc Date | Billed" split by a bar), ISO dates; the MRI
  was done before anyone asked the plan (prior_authorization, no heading names it).
- lowres_caption_form_therapy_not_helping: a 150 dpi request decision with captions beside boxes ("Recipient ID",
  "Notice issued", "Request No."): more shoulder therapy refused because the notes show no gain
  (medical_necessity, in the writer's words).
- photocopy_member_eob_four_claims_massage_code_x4: a member EOB of four claims, the chiropractor's massage row
  paid 0.00 under remark X4 with a legend (not_covered).
- phone_letter_visits_after_case_closed: a photographed letter dated only in its date line: visits "on March 3
  and March 10, 2026" after DHS closed the case at renewal (eligibility); the doctor only in sentences.
- rotated_cardiac_rehab_approval: an approval of cardiac rehab sessions from ... through ..., fed sideways
  (denies nothing).
- digital_letter_weekday_dates_claim_sent_late: a born-digital letter with weekday-named dates, the clinic's claim
  reached the plan after its 180 days (timely_filing, in the writer's words).
- finefax_stack_cover_overnight_stay_then_job_plan_first_upside_down: a cover sheet, a letter paying a hernia
  repair as outpatient surgery but not the two nights (level_of_care), then upside down a letter that the
  member's job-based plan must pay first (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddy_famdya import DYSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "arkansas_arhome_notice_of_adverse_action"
LANG = "en"
SEED = 354500
INS = "Cadron Bluff Health Plan"
ALT = ["Cadron Bluff"]
PLAN = "Cadron Bluff ARHOME Silver 94"
GROUP = "ARH-QHP-2G06"
DHS = "Arkansas Department of Human Services"


def mid(rng):
    """Plan member number: letters S and B among digits (OCR may read them as 5 and 8)."""
    return f"CB7S-{digits(rng, 4)}-{rng.randint(10, 99)}B"


def medicaid(rng):
    return digits(rng, 10)


def ref(rng, p="ARH26"):
    return f"{p}-0{digits(rng, 5)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def wd(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def _head(p: DYSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"An ARHOME qualified health plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Little Rock AR "
                 f"72203  |  {phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DYSheet, rng, size=8.4, days=60):
    p.para(f"**If you disagree.** You or someone you choose may ask us for an appeal within {days} days of the date "
           "of this notice. Call us or write to the address above. If your health could be seriously harmed by "
           "waiting, ask for a fast appeal; we decide fast appeals within 72 hours. After our appeal decision you "
           f"may ask the {DHS} for a fair hearing within 120 days of that decision. Member Services "
           f"{phone(rng)} (TTY 711).", size)


def faxstd_mri(rng):
    member, doc, rev = people(rng, 3)
    fac = "Ozark Foothills Imaging Center"
    m, md = mid(rng), medicaid(rng)
    v = dt.date(2026, 3, rng.randint(2, 20))
    rec = plus(v, rng.randint(4, 9))
    nd = plus(v, rng.randint(24, 34))
    n = ref(rng)
    b = amount(rng, 900, 1700)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  CADRON BLUFF UM  {phone(rng, '501')}  P.{{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "CBH-NABD-3 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.splitboxes([("Date this notice was mailed", fdate(nd, "iso")), ("Enrollee", member),
                  ("Enrollee No.", m)], [44, 70, W - 114])
    p.splitboxes([("DHS Medicaid ID", md), ("Plan", PLAN), ("Group", GROUP)], [40, 80, W - 120])
    p.splitboxes([("Ref #", n), ("Svc Date | Billed", f"{fdate(v, 'iso')} | {money(b)}"),
                  ("Request rec'd", fdate(rec, "iso"))], [50, 70, W - 120])
    p.splitboxes([("Ordering doctor", f"Dr. {doc}"), ("Facility (billed) | NPI", f"{fac} | {digits(rng, 10)}")],
                 [60, W - 60])
    p.ln(4)
    p.bar("What we decided", 9.4)
    p.para(f"We will not pay the claim for the MRI of your left knee (CPT 73721) done at {fac} on the date in the "
           "Svc Date box. A knee MRI is paid only when our nurse reviewers look at the request before the scan. "
           "Nobody asked us before the scan was done: the first request reached us on the date in the "
           "Request rec'd box, after the scan. Because it came afterwards, we could not check the plan's rules "
           "for a knee MRI first.", 9.2)
    p.para("The facility is in our network. It may not bill you for this MRI.", 9.2)
    p.para(f"Reviewed by {rev}, RN, Utilization Management.", 8.8)
    _rights(p, rng)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=fac, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "member_id": [md], "plan_id": [None],
                          "group_number": [None]})
    return out(p), t


def lowres_pt(rng):
    member, pt, rev = people(rng, 3)
    clinic = "Mulberry Creek Physical Therapy"
    m, md = mid(rng), medicaid(rng)
    nd = dt.date(2026, 4, rng.randint(1, 10))
    a = plus(nd, rng.randint(3, 6))
    z = plus(a, 55)
    n = ref(rng, "UM26")
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("DECISION ON YOUR REQUEST FOR SERVICES")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("Notice issued", fdate(nd, "slash")), ("Recipient ID", m)],
              [("Request No.", n), ("DHS Medicaid ID", md)],
              [("Requested by", f"{pt}, PT"), ("Clinic", clinic)],
              [("Visits asked", "16 (2 a week)"), ("Dates asked for", f"{fdate(a, 'slash')} - {fdate(z, 'slash')}")]],
             cap_w=26, cap=5.8)
    p.para(f"{pt} at {clinic} asked us to approve 16 more visits of physical therapy for your right shoulder "
           f"(CPT 97110 and 97140) from {fdate(a, 'long')} through {fdate(z, 'long')}. We have paid for 24 visits "
           "since January.", 9.4)
    p.para("**We said no to the 16 visits.** The therapy notes show your shoulder could lift to the same height at "
           "the last eight visits, and your pain score did not change. The records do not show that more visits "
           "are still helping. Exercises you can do at home, which your therapist has already taught you, can "
           "keep the movement you have gained.", 9.4)
    p.para(f"Decided by {rev}, MD, a doctor who reviews these requests.", 9)
    _rights(p, rng, 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(), provider=pt,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "member_id": [md],
                          "service_dates": [[a.isoformat()], [a.isoformat(), z.isoformat()]]})
    return out(p), t


def photocopy_eob(rng):
    member, pcp, chiro, lab = people(rng, 4)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    specs = [(f"Dr. {pcp}", "99214", "Office visit", 140, 220, False),
             ("Delta Ridge Lab", "80053", "Blood tests", 60, 120, False),
             (f"Dr. {chiro}", "97124", "Massage therapy", 70, 110, True),
             (f"Dr. {chiro}", "98941", "Spinal adjustment", 60, 95, False)]
    for who, code, desc, lo, hi, den in specs:
        d = plus(sd, -rng.randint(15, 45))
        n = f"26{rng.choice('BSZ')}{digits(rng, 9)}"
        b = amount(rng, lo, hi)
        if den:
            rows.append([n, who, fdate(d, "slash"), code, desc, money(b, "nosign"), "0.00", "0.00", "0.00", "X4"])
        else:
            al = round(b * 0.62, 2)
            co = 0.0 if code != "99214" else 4.0
            rows.append([n, who, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"),
                         money(al - co, "nosign"), money(co, "nosign"), "P1"])
        info.append((n, d, b, den))
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("Member", member), ("Member No.", m), ("Plan", PLAN), ("Statement date", fdate(sd, "long")),
                ("Plan year", "2026")], [46, 38, 52, 32, 23.9])
    p.ln(3)
    p.table(["Claim No.", "Provider", "Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe",
             "Remark"], rows, [27, 33, 19, 13, 29, 16, 16, 16, 16, 6.9], size=7.4,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para("**Remarks.** P1: paid under your ARHOME plan; you owe the copay shown. X4: massage therapy is not part "
           "of the benefits of your plan, whoever gives it, so the plan paid nothing. Ask the provider about the "
           "charge before your next visit.", 8.4)
    p.para("You may appeal within 60 days of the statement date. Fast appeals: 72 hours. Fair hearing with the "
           f"{DHS}: within 120 days of our appeal decision. Member Services {phone(rng)} (TTY 711).", 8.4)
    n, d, b, _ = info[2]
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=chiro,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def phone_closed(rng):
    member, doc, sig = people(rng, 3)
    clinic = "Bayou Meto Family Clinic"
    m = mid(rng)
    v1 = dt.date(2026, 3, 3)
    v2 = dt.date(2026, 3, 10)
    end = dt.date(2026, 2, 28)
    nd = dt.date(2026, 4, rng.randint(6, 20))
    n = ref(rng, "CL26")
    b1, b2 = amount(rng, 120, 190), amount(rng, 110, 170)
    tot = round(b1 + b2, 2)
    p = DYSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: visits of {fdate(v1, 'slash')} and {fdate(v2, 'slash')}", 9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} at {clinic} sent us a claim for your visits on March 3 and March 10, 2026, for "
           f"{money(tot)} in all. We gave the claim the number {n}. Your member number with us is {m}.", 10)
    p.para(f"We cannot pay this claim. The {DHS} closed your ARHOME case at your renewal, and your coverage with "
           f"our plan stopped on {fdate(end, 'long')}. Both visits came after that day. We pay only for care given "
           "while you are enrolled with us.", 10)
    p.para("If DHS reopens your case back to March 1, call us and we will look at the claim again. To ask DHS "
           "about your case, call your county DHS office.", 10)
    p.para("If you disagree with our decision, you may ask for an appeal within 60 days of the date of this letter. "
           f"You may also ask DHS for a fair hearing about your case. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def rotated_approval(rng):
    member, doc, rev = people(rng, 3)
    rehab = "White River Heart and Lung Rehab"
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(1, 12))
    a = plus(nd, rng.randint(5, 9))
    z = plus(a, 83)
    n = ref(rng, "UM26")
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF APPROVAL")
    p.grid([[("Date of notice", fdate(nd, "abbr")), ("Member", member), ("Member No.", m)],
            [("Request No.", n), ("Approved", "36 sessions"), ("Valid", f"{fdate(a, 'slash')} - {fdate(z, 'slash')}")]],
           size=8.8)
    p.para(f"Good news. Dr. {doc} asked us to approve cardiac rehabilitation (CPT 93798) at {rehab}. We approved "
           f"36 sessions from {fdate(a, 'long')} through {fdate(z, 'long')}. You do not need to do anything.", 9.6)
    p.para(f"Reviewed by {rev}, RN. This approval is not a promise to pay if your ARHOME coverage ends; the "
           f"{DHS} decides who is eligible. Questions: {phone(rng)} (TTY 711).", 9.2)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(), provider=rehab,
              alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def digital_late(rng):
    member, doc, sig = people(rng, 3)
    clinic = "Crowley's Ridge Podiatry"
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(2, 20))
    rec = plus(v, rng.randint(190, 200))
    nd = plus(rec, rng.randint(5, 10))
    n = ref(rng, "CL26")
    b = amount(rng, 180, 320)
    p = DYSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(1)
    p.para(wd(nd), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member No.", m), ("Plan", PLAN), ("Claim", n), ("Billed", money(b))], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {wd(v)}, you saw Dr. {doc} at {clinic} for a foot problem. The clinic's claim for that visit "
           f"reached us on {wd(rec)}.", 10)
    p.para("We did not pay it. Our agreement with the clinic gives it 180 days after a visit to send us the claim, "
           "and this one came later than that. Because the clinic is in our network, it has agreed not to bill "
           "you for a claim we refuse for this reason.", 10)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter. Fast appeals are decided "
           f"within 72 hours. Member Services {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, plan_id=PLAN, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "plan_id": [None]})
    return out(p), t


def finefax_stack(rng):
    member, surg, rev, sig = people(rng, 4)
    hosp = "Greers Ferry Regional Hospital"
    m = mid(rng)
    a = dt.date(2026, 4, rng.randint(6, 20))
    z = plus(a, 2)
    nd = plus(z, rng.randint(20, 30))
    n = ref(rng)
    b = amount(rng, 3800, 6200)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  CBHP CLAIMS  {phone(rng, '501')}  PAGE {{n}}"
    p = DYSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member No.", m), ("Group", GROUP), ("Claim No.", n), ("Hospital", hosp),
             ("Dates", f"{fdate(a, 'slash')} - {fdate(z, 'slash')}"), ("Room charges", money(b))], label_w=30, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {surg} repaired your hernia at {hosp} on {fdate(a, 'long')}, and you went home on "
           f"{fdate(z, 'long')}. We paid for the surgery as outpatient surgery. We did not pay the {money(b)} for "
           "the two nights in a hospital room.", 10)
    p.para(f"{rev}, MD, read your records. The surgery went as planned, with no problems, and you were walking and "
           "eating the same day. This kind of repair is normally done with the patient going home that day, and "
           "nothing in the records shows a need to stay overnight.", 10)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter. Fast appeals: 72 hours. "
           f"Fair hearing with the {DHS}: within 120 days of our appeal decision.", 9.6)
    p.para(f"Sincerely,\n{sig}\nClaims", 9.6)
    d_a = (out(p), truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{z.isoformat()}"],
                         denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [surg], "group_number": [None]},
                         denial_alternates=["medical_necessity"]))
    member2, doc2, sig2 = people(rng, 3)
    m2_ = mid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd2 = plus(v, rng.randint(20, 30))
    n2 = ref(rng, "CL26")
    b2 = amount(rng, 240, 420)
    q = DYSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member No.", m2_), ("Claim No.", n2), ("Date of service", fdate(v, "slash")),
             ("Amount billed", money(b2))], label_w=36, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"We received a claim from Dr. {doc2} of Cane Hill Internal Medicine for your visit and tests. When you "
           "filled out your renewal, you told DHS that you also have health insurance through your job at "
           "Ridgeview Poultry.", 10)
    q.para("When you have another health plan, that plan must pay its part first; your ARHOME plan pays after it. "
           "Please ask the doctor's office to send the claim to your job's plan first and then send us that plan's "
           "statement. If your job's coverage has ended, call us.", 10)
    q.para("If you disagree, you may appeal within 60 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nCoordination of Benefits Unit", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n2],
                         claim_amount=m2(b2), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=doc2, appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": ["Cane Hill Internal Medicine"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_caption_form_knee_mri_no_request_before_scan", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "lowres_caption_form_therapy_not_helping", "scan_lowres_150", [lowres_pt(rng)]),
        Item(F + "photocopy_member_eob_four_claims_massage_code_x4", "photocopy", [photocopy_eob(rng)]),
        Item(F + "phone_letter_visits_after_case_closed", "phone_photo", [phone_closed(rng)]),
        Item(F + "rotated_cardiac_rehab_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "digital_letter_weekday_dates_claim_sent_late", "born_digital", [digital_late(rng)]),
        Item(F + "finefax_stack_cover_overnight_stay_then_job_plan_first_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
