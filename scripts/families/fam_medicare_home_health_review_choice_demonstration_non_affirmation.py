"""Notices mirrored (structure and wording style only) from the Medicare Review Choice Demonstration for Home
Health Services: a Medicare Administrative Contractor's pre-claim review decisions on 30-day periods of care
(affirmed / non-affirmed, each with a unique tracking number, UTN, and detailed non-affirmation reasons; a
non-affirmed request may be resubmitted and is not an appealable initial determination), the Medicare claim
denied because it was billed with a non-affirmed UTN, its redetermination, and a pre-payment review option
decision. Medicare and the demonstration appear as themselves; the MAC (Cardinal Plains Government Health
Administrators), the Texas home health agencies, physicians, beneficiaries and every number are invented.

Documents (8 in 7 files):
- bd_two_column_pcr_non_affirmation_to_agency: decision letter to the agency, letter in the left column, facts
  in a ruled right column (UTN, MBI, From / Thru of the 30-day period, agency CCN and NPI, patient control number,
  submission received, an earlier UTN), reason codes; no appeal (resubmit).
- faxs_beneficiary_copy_two_pages_small_type: the beneficiary's copy, 8 pt type, a typed fax header line on both
  pages, grey bands, the period on the continuation page below a repeated header (two-digit-year span), the
  agency named in a sentence, certifying physician (DO), face-to-face practitioner (PA-C) and referring hospital.
- scan300_msn_style_claim_blocks: a Medicare Summary Notice style statement with three "Claim 1 of 3" blocks, the
  second (home health period billed with a non-affirmed UTN) denied, a stated appeal-by date.
- copy_affirmed_resubmission_two_pages: affirmation of the resubmitted request (denies nothing), the earlier
  non-affirmed UTN quoted, a continuation page repeating beneficiary and UTN.
- rotated_redetermination_unfavorable: the MAC's redetermination upholding the claim denial, the appeal number
  split at a hyphen over a line end, the QIC reconsideration date stated, fed sideways.
- lowres_prepayment_review_visit_dates_sentence: pre-payment review decision denying three skilled nursing visits
  listed in one sentence ("on March 3, 10 and 17, 2026"), total and denied charges.
- faxf_stack_pcr_request_and_non_affirmation: a fax cover sheet, the agency's pre-claim review request cover
  sheet (denies nothing), then the MAC's non-affirmation of the next period turned upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import dmy_upper, nth
from kit_rounddh_famdha import DSheet, day_list, short_span
from public_kit import address, amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "medicare_home_health_review_choice_demonstration_non_affirmation"
LANG = "en"
SEED = 351100
MAC = "Cardinal Plains Government Health Administrators"
MAC_FULL = MAC + ", LLC"
MAC_SUB = "Jurisdiction HH Home Health & Hospice Medicare Administrative Contractor"
HHA = "Sunrise Bayou Visiting Nurse and Home Health Services"
HHA_FULL = HHA + ", Inc."
HHA2 = "Pecan Hollow Home Health Agency"
DOCS = ["Leopold R. Vance, DO", "Corinne Addae, MD", "Tobias Marchetti, DO"]
F2F = ["Annika Sorell, PA-C", "Gideon Ferreira, NP"]
HOSP = "Brazos Crossing Regional Medical Center"
RCD = "Review Choice Demonstration for Home Health Services"


def _utn(rng):
    return f"{rng.choice('JK')}{digits(rng, 2)}O{digits(rng, 3)}I{digits(rng, 2)}S{digits(rng, 2)}B{rng.randint(0, 9)}"


def _dcn(rng):
    return "21" + digits(rng, 3) + "0" + digits(rng, 4) + "1" + digits(rng, 3)


def _ccn():
    return "45-7" + str(random.Random(7).randint(100, 999))


def _dob(rng):
    return dt.date(rng.randint(1930, 1955), rng.randint(1, 12), rng.randint(1, 28))


def _period(rng, base: dt.date, spread: int = 30):
    s = base + dt.timedelta(days=rng.randint(0, spread))
    return s, plus(s, 29)


def _lh(p: DSheet, rng, dept: str, y: float = 14):
    p.set_xy(p.l_margin, y)
    p.f(13.5, "B")
    p.cell(0, 6.5, MAC_FULL, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 3.8, MAC_SUB, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.8, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Abilene TX 796{rng.randint(10, 99)}  |  "
           f"Provider contact center 1-877-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


REASONS = [
    ("5GH01", "The face-to-face encounter note does not document that the encounter was related to the primary "
              "reason the beneficiary requires home health services."),
    ("5GH03", "The submitted documentation does not support that the beneficiary is confined to the home "
              "(homebound): the record describes the beneficiary walking to a neighbor's home and driving to a "
              "pharmacy without assistance."),
    ("5GH07", "The plan of care was not signed and dated by the certifying physician before the claim could be "
              "submitted, and no verbal order was documented."),
    ("5GH11", "The documentation does not show a need for skilled nursing or therapy services on an "
              "intermittent basis."),
]


def bd_two_column(rng):
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 30))
    s, e = _period(rng, plus(nd, -8), 10)
    rec = plus(nd, -rng.randint(3, 6))
    soc = plus(s, -60)
    utn, old = _utn(rng), _utn(rng)
    m = mbi(rng)
    pcn = f"SB-{digits(rng, 6)}"
    doc = DOCS[0]
    p = DSheet(serif=False, footer="Page {n} of {nb}", footer_left="CPGHA-RCD-PCR-NA (01/2026)")
    p.set_margins(18, 12, 18)
    p.add_page()
    _lh(p, rng, "Medical Review - Pre-Claim Review")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [HHA_FULL, "Attn: Intake and Billing Office", *address(rng)]:
        p.line(ln, 9.5)
    p.ln(4)
    p.line("PRE-CLAIM REVIEW DECISION: NON-AFFIRMED", 11.5, "B")
    p.ln(2)
    reasons = rng.sample(REASONS, 2)
    left = [
        "Dear Provider:",
        f"{MAC} has completed its pre-claim review of the home health period of care described at the right, "
        f"submitted under the {RCD}. We reviewed the documentation your agency sent and found that it does not "
        "meet Medicare coverage and documentation requirements for home health services.",
        "**Decision: non-affirmed.** The detailed reasons are listed below. If you bill Medicare for this period "
        "with this unique tracking number (UTN), the claim will be denied.",
        "**What you can do.** You may correct the problems listed below and resubmit the request. There is no "
        "limit on the number of resubmissions. A non-affirmed pre-claim review decision is not an initial "
        "determination on a claim and cannot be appealed. If a claim is later denied, the usual Medicare appeal "
        "rights apply to that claim.",
        f"The beneficiary has been sent a copy of this decision. Please keep this letter with the beneficiary's "
        f"record, together with the start of care date ({fdate(soc, 'slash')}) and the certification signed by "
        f"{doc}.",
    ]
    right = [("Unique tracking number (UTN)", utn), ("Beneficiary", name), ("Medicare number (MBI)", m),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Period of care - From", fdate(s, "slash")),
             ("Period of care - Thru", fdate(e, "slash")), ("Home health agency", HHA_FULL),
             ("CCN / NPI", f"{_ccn()} / {digits(rng, 10)}"), ("Patient control no.", pcn),
             ("Submission received", fdate(rec, "slash")), ("Previous UTN (earlier period)", old),
             ("Certifying physician", doc)]
    p.two_col(left, right, split=0.58, size=9.5, rsize=8.5)
    p.band("Detailed reasons for non-affirmation", 9.5)
    for code, txt in reasons:
        p.para(f"**{code}**  {txt}", 9)
    p.para(f"Questions: call 1-877-555-{digits(rng, 4)} or use the provider portal. TTY 711. Fax resubmissions "
           f"to 1-877-555-{digits(rng, 4)} with the UTN on the first page.", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=m, member_name=name, cases=[utn],
              service_dates=[span(s, e)], denial_date=nd.isoformat(), provider=HHA,
              alternates={"insurer": ["Medicare"]}, denial_alternates=["prior_authorization"])
    return out(p), t


def faxs_beneficiary(rng):
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 25))
    s, e = _period(rng, plus(nd, -6), 8)
    utn = _utn(rng)
    m = mbi(rng)
    doc, f2f = DOCS[1], F2F[0]
    p = DSheet(footer="Page {n} of {nb}")
    p.faxhdr = (f"{dmy_upper(plus(nd, 2))} 09:{rng.randint(10, 59)}  FROM: SUNRISE BAYOU VNHH 325-555-{digits(rng, 4)}"
                f"  TO: 325-555-{digits(rng, 4)}  P. {{n}}/2")
    p.runhead = f"{name}  -  MBI {m}  -  UTN {utn}  (continued)"
    p.set_margins(16, 12, 16)
    p.add_page()
    _lh(p, rng, "Pre-Claim Review Unit", y=11)
    p.line(fdate(nd, "long"), 8.5)
    p.ln(2)
    for ln in [name, *address(rng)]:
        p.line(ln, 8.5)
    p.ln(3)
    p.band("IMPORTANT: Medicare home health pre-claim review decision - beneficiary copy", 8.5)
    p.shaded_rows([("Beneficiary", name), ("Medicare number", m), ("Unique tracking number", utn),
                   ("Decision", "NON-AFFIRMED"), ("Decision date", fdate(nd, "slash")),
                   ("Date of birth", fdate(_dob(rng), "dash"))], label_w=44, size=8)
    p.para(f"Your home health agency, {HHA_FULL}, asked us to review in advance the home health services it "
           f"plans to give you under the {RCD}. The services were ordered by {doc}, who certified that you need "
           f"care at home after a face-to-face visit with {f2f} following your stay at {HOSP}.", 8)
    p.para("We decided that the records we received do not show that Medicare's rules for home health coverage "
           "are met: they do not show that leaving home takes a considerable and taxing effort for you. This "
           "is called a non-affirmed decision. It is not a decision that you cannot get care. Your agency may "
           "send us more records and ask again.", 8)
    p.para("If your agency gives you these services and bills Medicare, Medicare will deny the claim. Your agency "
           "must tell you in writing before it gives you care it believes Medicare will not pay for. If Medicare "
           "denies a claim, you will get a Medicare Summary Notice and can appeal within 120 days of the day you "
           "get it.", 8)
    p.band("Who was involved", 8.5)
    p.shaded_rows([("Home health agency", HHA_FULL), ("Certifying physician", doc), ("Face-to-face encounter", f2f),
                   ("Referring facility", HOSP)], label_w=44, size=8)
    p.add_page()
    p.band("The period of care we reviewed", 8.5)
    p.table(["From", "Thru", "Period", "Services planned"],
            [[fdate(s, "short"), fdate(e, "short"), "2nd 30-day period", "Skilled nursing 2w4, PT 1w4"]],
            [28, 28, 40, 80], size=8)
    p.para(f"Period of care: {short_span(s, e)}, that is {fdate(s, 'long')} through {fdate(e, 'long')}. Start of "
           f"care for this admission: {fdate(plus(s, -30), 'slash')}.", 8)
    p.band("Questions", 8.5)
    p.para(f"Call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, or your agency. You may also call the "
           f"contractor's beneficiary line, 1-877-555-{digits(rng, 4)} (TTY 711). Keep this notice.", 8)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=m, member_name=name, cases=[utn],
              service_dates=[span(s, e)], denial_date=nd.isoformat(), provider=HHA,
              alternates={"insurer": ["Medicare"]}, denial_alternates=["prior_authorization"])
    return out(p), t


def scan300_msn(rng):
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 20))
    m = mbi(rng)
    h1 = plus(nd, -rng.randint(60, 70))
    s1, e1 = h1, plus(h1, 29)
    s2, e2 = plus(e1, 1), plus(e1, 30)
    op = plus(s1, -rng.randint(8, 15))
    c_op, c1, c2 = _dcn(rng), _dcn(rng), _dcn(rng)
    b_op, b1, b2 = amount(rng, 600, 1400), amount(rng, 2400, 3600), amount(rng, 2400, 3600)
    dl = plus(nd, 120)
    p = DSheet(footer="Page {n} of {nb}", footer_left=f"{name}  |  Medicare Summary Notice style statement")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 8, "Medicare Summary Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, "for Part A (Hospital Insurance)  -  the home health demonstration copy", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    p.right_block([("Notice date:", fdate(nd, "long")), ("Medicare number:", m),
                   ("Claims processed:", f"{fdate(plus(nd, -90), 'slash')} - {fdate(nd, 'slash')}")], w=110,
                  size=9)
    p.ln(2)
    p.line(name, 10)
    for a in address(rng):
        p.line(a, 10)
    p.ln(3)
    p.band("Your Claims & Costs This Period", 10)
    p.para(f"Did Medicare approve all services? NO. Medicare denied 1 claim. See Claim 2 of 3. If you disagree, "
           f"you can file an appeal. Appeals must be filed in writing by **{fdate(dl, 'long')}**.", 9.5)
    p.claim_block("Claim 1 of 3", [("Claim number", c_op), ("Facility", HOSP), ("Service dates", fdate(op, "slash")),
                                   ("Amount charged", money(b_op)), ("Status", "Approved - Medicare paid the facility")])
    p.claim_block("Claim 2 of 3", [("Claim number", c2), ("Facility", HHA_FULL),
                                   ("Service dates", f"{fdate(s2, 'slash')} - {fdate(e2, 'slash')}"),
                                   ("Amount charged", money(b2)),
                                   ("Status", "DENIED - see note A")])
    p.claim_block("Claim 3 of 3", [("Claim number", c1), ("Facility", HHA_FULL),
                                   ("Service dates", f"{fdate(s1, 'slash')} - {fdate(e1, 'slash')}"),
                                   ("Amount charged", money(b1)), ("Status", "Approved - Medicare paid the facility")])
    p.band("Notes for Claim 2", 9.5)
    p.para("A  Medicare will not pay for home health services billed for a period of care whose pre-claim review "
           "request was non-affirmed under the " + RCD + ". The agency may not bill you unless it gave you a "
           "written notice before the care that Medicare would probably not pay, and you agreed to pay.", 9)
    p.band("How to handle denials or file an appeal", 9.5)
    p.para(f"Circle the claim you disagree with, explain why, and send it with this page to {MAC_FULL}, Medicare "
           f"Part A Redeterminations, PO Box {rng.randint(1000, 9999)}, Abilene TX 796{rng.randint(10, 99)}. "
           f"Appeals must be filed by {fdate(dl, 'slash')}. Questions: 1-800-MEDICARE (1-800-633-4227).", 9)
    t = truth("eob", "prior_authorization", insurer="Medicare", member_id=m, member_name=name, cases=[c2],
              claim_amount=m2(b2), service_dates=[span(s2, e2)], denial_date=nd.isoformat(), provider=HHA,
              appeal_deadline=dl.isoformat(), alternates={"insurer": [MAC]},
              denial_alternates=["medical_necessity", "other"])
    return out(p), t


def copy_affirmed(rng):
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 25))
    s, e = _period(rng, plus(nd, -12), 8)
    utn, old = _utn(rng), _utn(rng)
    m = mbi(rng)
    old_d = plus(nd, -rng.randint(9, 14))
    p = DSheet(footer="Page {n} of {nb}", footer_left="CPGHA-RCD-PCR-AF (01/2026)")
    p.runhead = f"Beneficiary: {name}   MBI: {m}   UTN: {utn}"
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, "Medical Review - Pre-Claim Review")
    p.pairs([("Decision date", fdate(nd, "abbr")), ("Provider", HHA_FULL), ("CCN", _ccn()),
             ("Beneficiary", name), ("MBI", m), ("UTN", utn)], label_w=34, size=9.5, h=5)
    p.ln(3)
    p.line("PRE-CLAIM REVIEW DECISION: AFFIRMED (RESUBMISSION)", 11.5, "B")
    p.ln(2)
    p.para(f"Dear Provider: we received your resubmitted pre-claim review request on {nth(plus(nd, -4))}. It "
           f"replaces the request we non-affirmed on {fdate(old_d, 'slash')} under UTN {old}. The additional "
           f"records (an addendum to the face-to-face encounter note and the signed plan of care) meet Medicare "
           f"coverage and documentation requirements.", 9.5)
    p.para("Decision: affirmed. Put the UTN above on the claim for this period of care. An affirmed decision "
           "means Medicare expects to pay the claim if it is billed correctly and matches this request; the "
           "claim may still be denied for technical reasons (for example a wrong date or a missing UTN).", 9.5)
    p.para(f"The affirmed period of care runs from {fdate(s, 'long')} through {fdate(e, 'long')}.", 9.5)
    p.para("Continued on the next page.", 9.5)
    p.add_page()
    p.band("Affirmed period of care", 9.5)
    p.table(["UTN", "Period From", "Period Thru", "Decision", "Replaces"],
            [[utn, fdate(s, "slash"), fdate(e, "slash"), "Affirmed", old]], [42, 30, 30, 28, 42], size=8.5)
    p.para(f"Certifying physician: {DOCS[2]}. Beneficiary date of birth: {fdate(_dob(rng), 'slash')}. A copy of "
           "this decision was mailed to the beneficiary.", 9.5)
    p.para(f"Questions: provider contact center 1-877-555-{digits(rng, 4)}, TTY 711.", 9.5)
    t = truth("other", None, insurer=MAC, member_id=m, member_name=name, cases=[utn], service_dates=[span(s, e)],
              denial_date=nd.isoformat(), provider=HHA, alternates={"insurer": ["Medicare"],
                                                                      "case_numbers": [[utn, old]]})
    return out(p), t


def rotated_redetermination(rng):
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 20))
    s, e = _period(rng, plus(nd, -100), 10)
    dcn = _dcn(rng)
    a_pre, a_post = "RD-2026-", digits(rng, 7)
    appeal = a_pre + a_post
    rec = plus(nd, -rng.randint(20, 30))
    utn = _utn(rng)
    amt = amount(rng, 2200, 3800)
    dl = plus(nd, 185)
    m = mbi(rng)
    p = DSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _lh(p, rng, "Part A Redeterminations")
    p.line("MEDICARE REDETERMINATION NOTICE", 12, "B", align="C")
    p.ln(2)
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Beneficiary", name), ("Medicare number", m),
             ("Provider", HHA), ("Claim (DCN)", dcn), ("Dates of service", f"{fdate(s, 'slash')} - {fdate(e, 'slash')}"),
             ("Amount billed", money(amt)), ("UTN billed", f"{utn} (non-affirmed)")], label_w=42, size=9.5, h=5)
    p.ln(2)
    w = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.multi_cell(w, 4.6, f"We received your request for a redetermination on {fdate(rec, 'slash')} and gave it "
                 "appeal number " + a_pre, new_x="LMARGIN", new_y="NEXT")
    p.multi_cell(w, 4.6, f"{a_post}. An appeals specialist who was not involved in the first decision reviewed the "
                 "claim, the pre-claim review history and the records you sent.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Decision: UNFAVORABLE. Medicare will not pay for this home health period of care. The claim was "
           "billed with a unique tracking number whose pre-claim review request was non-affirmed, and no later "
           "request for this period was affirmed. The records you sent with the appeal still do not show that "
           "the beneficiary was homebound during the period.", 9.8)
    p.para("Who is responsible: the agency did not give the beneficiary an advance notice, so the agency is "
           "responsible for the charges and may not bill the beneficiary.", 9.8)
    p.para("If you disagree, you may ask for a reconsideration by the Qualified Independent Contractor. You must "
           "file within 180 days of the date you receive this notice; we assume you receive it 5 days after the "
           f"date of this notice, so your request must reach the QIC by {fdate(dl, 'long')}. Use form CMS-20033. "
           "Beyond that level an Administrative Law Judge hearing may be requested within 60 days of the QIC's "
           "decision.", 9.8)
    p.para(f"Appeals line 1-877-555-{digits(rng, 4)} (TTY 711). Beneficiary date of birth on file: "
           f"{fdate(_dob(rng), 'slash')}.", 9)
    t = truth("denial_letter", "prior_authorization", insurer=MAC, member_id=m, member_name=name,
              cases=[appeal, dcn], claim_amount=m2(amt), service_dates=[span(s, e)], denial_date=nd.isoformat(),
              provider=HHA, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ["Medicare"], "case_numbers": [[appeal], [appeal, dcn, utn]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_prepay(rng):
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 12))
    s = dt.date(2026, 3, rng.randint(1, 2))
    e = plus(s, 29)
    vd = [dt.date(2026, 3, d) for d in (3, 10, 17)]
    dcn = _dcn(rng)
    adr = f"ADR{digits(rng, 8)}"
    tot = amount(rng, 2100, 3300)
    den = amount(rng, 380, 620)
    m = mbi(rng)
    dl = plus(nd, 120)
    p = DSheet(footer="Page {n} of {nb}", footer_left="CPGHA-RCD-PPR-3")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Medical Review - Pre-Payment Review (Review Choice option 2)")
    p.line(f"Pre-payment review decision   {fdate(nd, 'slash')}", 11, "B")
    p.ln(2)
    p.boxed_pairs([("Provider", HHA2), ("Beneficiary", f"{last.upper()}, {first.upper()} {mi}"),
                   ("Medicare number", m), ("Claim DCN", dcn), ("ADR letter", adr),
                   ("Period of care", f"{fdate(s, 'slash')} thru {fdate(e, 'slash')}"),
                   ("Total charges", money(tot)), ("Denied charges", money(den))], label_w=46)
    p.para(f"Your agency chose pre-payment review under the {RCD}. We requested records with the additional "
           f"documentation request above and reviewed the claim before payment.", 9.5)
    p.para(f"We denied the skilled nursing visits on {day_list(vd)}. The visit notes for those days record "
           "only vital signs and a medication review that the beneficiary's caregiver performs each day; they do "
           "not show a need for the skills of a nurse. The other visits in the period are payable, and the "
           "period was paid as a low-utilization payment adjustment.", 9.5)
    p.table(["Visit date", "Discipline", "Revenue code / HCPCS", "Review result"],
            [[fdate(d, "slash"), "Skilled nursing", "0551 / G0299", "Denied - not reasonable and necessary"]
             for d in vd], [30, 36, 44, 64], size=8.5)
    p.para(f"You may ask for a redetermination. File by {fdate(dl, 'slash')} (120 days from the date of this "
           "decision). Send the appeal with a copy of this letter.", 9.5)
    p.para(f"Contact center 1-877-555-{digits(rng, 4)}, TTY 711. The beneficiary's date of birth on the claim: "
           f"{fdate(_dob(rng), 'slash')}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=m, member_name=name, cases=[dcn],
              claim_amount=m2(tot), service_dates=[span(d) for d in vd], denial_date=nd.isoformat(), provider=HHA2,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": ["Medicare"], "service_dates": [[span(s, e)]], "claim_amount": [m2(den)],
                          "case_numbers": [[dcn, adr]]})
    return out(p), t


def stack_request_and_na(rng):
    name, first, mi, last = person(rng)
    m = mbi(rng)
    rd = dt.date(2026, 3, 20) + dt.timedelta(days=rng.randint(0, 20))
    s, e = _period(rng, plus(rd, 3), 5)
    pcn = f"SB-{digits(rng, 6)}"
    doc = DOCS[2]
    q = DSheet(footer=None)
    q.set_margins(18, 14, 18)
    q.add_page()
    q.f(13, "B")
    q.cell(0, 6, HHA_FULL, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, f"Medicare-certified home health agency  |  CCN {_ccn()}  |  NPI {digits(rng, 10)}  |  "
           f"325-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    q.line("PRE-CLAIM REVIEW REQUEST - COVERSHEET", 12, "B")
    q.ln(2)
    q.boxed_pairs([("Date sent", fdate(rd, "slash")), ("To", f"{MAC}, Pre-Claim Review Unit"),
                   ("Beneficiary name", name), ("Medicare number (MBI)", m),
                   ("Date of birth", fdate(_dob(rng), "slash")), ("Submission type", "Initial - subsequent period"),
                   ("Period of care From", fdate(s, "slash")), ("Period of care Thru", fdate(e, "slash")),
                   ("Certifying physician", doc), ("Patient control number", pcn),
                   ("Pages attached", str(rng.randint(18, 40)))], label_w=56)
    q.para("Attached: certification and plan of care, face-to-face encounter note, OASIS, visit notes from the "
           "prior period. Please fax the decision to the intake office.", 9.5)
    doc1 = (out(q), truth("other", None, insurer=MAC, member_id=m, member_name=name,
                          service_dates=[span(s, e)], denial_date=rd.isoformat(), provider=HHA,
                          alternates={"insurer": [None]}))
    nd = plus(rd, rng.randint(6, 9))
    utn = _utn(rng)
    p = DSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 12, 18)
    p.add_page()
    _lh(p, rng, "Medical Review - Pre-Claim Review")
    p.line("Pre-claim review decision", 12, "B")
    p.ln(1)
    p.pairs([("Decision date", fdate(nd, "iso")), ("Agency", HHA), ("Beneficiary", name), ("MBI", m),
             ("UTN", utn), ("Your reference", pcn), ("Period", f"{fdate(s, 'slash')} to {fdate(e, 'slash')}"),
             ("Decision", "NON-AFFIRMED")], label_w=34, size=9.5, h=5)
    p.ln(2)
    code, txt = REASONS[2]
    p.para(f"Reason {code}: {txt}", 9.5)
    p.para("You may resubmit the request with corrected documentation; the number of resubmissions is not "
           "limited. This decision cannot be appealed. A claim billed with a non-affirmed UTN will be denied.", 9.5)
    doc2 = (out(p), truth("denial_letter", "medical_necessity", insurer=MAC, member_id=m, member_name=name,
                          cases=[utn], service_dates=[span(s, e)], denial_date=nd.isoformat(), provider=HHA,
                          alternates={"insurer": ["Medicare"]},
                          denial_alternates=["prior_authorization", "other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_column_pcr_non_affirmation_to_agency", "born_digital", [bd_two_column(rng)]),
        Item(F + "faxs_beneficiary_copy_two_pages_small_type", "fax_standard_g4", [faxs_beneficiary(rng)]),
        Item(F + "scan300_msn_style_claim_blocks", "scan_clean_300", [scan300_msn(rng)]),
        Item(F + "copy_affirmed_resubmission_two_pages", "photocopy", [copy_affirmed(rng)]),
        Item(F + "rotated_redetermination_unfavorable", "rotated", [rotated_redetermination(rng)]),
        Item(F + "lowres_prepayment_review_visit_dates_sentence", "scan_lowres_150", [lowres_prepay(rng)]),
        Item(F + "faxf_stack_pcr_request_and_non_affirmation", "fax_fine_g4", stack_request_and_na(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
