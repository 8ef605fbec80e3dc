"""An invented commercial plan denying outpatient speech therapy visits after the plan's annual limit of 20
visits a calendar year (rehabilitative and habilitative speech therapy combined), the visit dates listed in
sentences, blocks and tables, with the therapy practice's statement, the therapist's letter of medical necessity,
an upheld appeal, a pre-service denial of more visits and an overturned appeal. Every plan, person, practice and
number is invented.

Documents (8 in 7 files):
- bd_sentence_visit_dates_denial: claim denial whose three denied visits are in one sentence ("on March 3, 10 and
  17, 2026"), the 20 used visits' range and the plan year as decoys, claim number with a "-01" line suffix.
- faxstd_eob_claim_blocks: small-type EOB under a typed fax header line on each page, a grey band, claims as
  stacked "Claim 1 of 3" blocks (claim number, ICN, provider roles, From and Thru in separate cells, billed,
  status); claim 2 (speech therapy) denied, its span printed with two-digit years.
- scan300_practice_statement_visit_table: the practice's statement with a visit table of many dates, the last
  visits denied by insurance and billed to the family (denies nothing).
- photo_two_page_letter_of_medical_necessity: the therapist's two-page letter asking for more visits, page 2
  under a repeated header with patient, member ID and claim (denies nothing).
- rotated_two_column_upheld_appeal: appeal decision upholding the denial, two columns with the facts on the
  right (appeal number with confusable letters, claim number, From / Thru, billed with a footnote mark).
- lowres_preservice_more_visits_roles: pre-service denial of 16 more visits over a 60-day span, requesting,
  supervising, referring and billing providers on one page, the request number split at a hyphen over a line end.
- copy_stack_overturned_then_new_claim_denial: an overturned appeal (denies nothing), a blank separator, then a
  later claim denial fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import DHSheet, mixed_id
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "speech_therapy_visit_dates_list_annual_limit_denial"
LANG = "en"
SEED = 351204
PLAN = "Kestrelmoor Health Plan"
PRACTICE = "Cobblestone Speech and Language Therapy, PLLC"
SLP = "Annaliese R. Thornbury, MS, CCC-SLP"
SLP_SHORT = "Annaliese R. Thornbury"
REFERRER = "Gideon F. Marchbanks, DO"
SUPERVISOR = "Perpetua L. Oakhurst, CCC-SLP"
LIMIT = "20 visits per calendar year"


def _ids(rng):
    return {"mid": "KMH" + digits(rng, 9), "grp": f"G-{digits(rng, 6)}", "plan": f"EPO {digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))


def _weekly(start: dt.date, n: int, wd: int = 1) -> list[dt.date]:
    d = start
    while d.weekday() != wd:
        d = plus(d, 1)
    return [plus(d, 7 * k) for k in range(n)]


def _sentence(dates: list[dt.date]) -> str:
    if all(d.month == dates[0].month for d in dates):
        days = [str(d.day) for d in dates]
        return f"{dates[0].strftime('%B')} {', '.join(days[:-1])} and {days[-1]}, {dates[0].year}"
    return ", ".join(fdate(d, "long") for d in dates[:-1]) + " and " + fdate(dates[-1], "long")


def _lh(p: DHSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(92, 44, 110)
    p.rect(p.l_margin, y, 4, 12, style="F")
    p.set_xy(p.l_margin + 7, y)
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 7)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(2000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def bd_sentence(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 14))
    dates = _weekly(dt.date(2026, 3, 2), 3)
    per = amount(rng, 120, 165)
    tot = round(per * 3, 2)
    claim = mixed_id(rng, "", "cdddcdd") + "-01"
    rec = plus(dates[-1], rng.randint(3, 8))
    p = DHSheet(serif=True, footer=None)
    p.set_margins(24, 14, 24)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line(fdate(nd, "long"), 10.5)
    p.ln(3)
    for ln in [f"To the parent or guardian of {child}", *address(rng)]:
        p.line(ln, 10.5)
    p.ln(4)
    p.line(f"Member ID {ids['mid']}   Group {ids['grp']}   Claim {claim}", 9.5, "B")
    p.ln(3)
    p.para(f"Dear {parent}:", 10.5)
    p.para(f"We processed claim {claim}, received on {fdate(rec, 'abbr')}, from {PRACTICE} for speech therapy "
           f"that {SLP_SHORT} gave {child} on {_sentence(dates)}. The practice billed {money(tot)} for the "
           "three visits. We are not able to pay for these visits.", 10.5)
    p.para(f"Why: your plan covers outpatient speech therapy up to {LIMIT}. Our records show that {cf} used "
           f"all 20 visits between {fdate(dt.date(2026, 1, 5), 'long')} and {fdate(plus(dates[0], -5), 'long')}. "
           "Visits after the limit is reached are not a covered benefit for the rest of the plan year "
           "(01/01/2026 - 12/31/2026), even when they are medically necessary.", 10.5)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Send us a letter with "
           "your reasons and any records. If your situation is urgent, you may ask for an expedited appeal, "
           "which we decide within 72 hours. You may also ask for a free copy of the benefit booklet section we "
           "used.", 10.5)
    p.para(f"Sincerely,\n\nClaims Department, {PLAN}", 10.5)
    p.para("Dates of service on this claim: " + ", ".join(fdate(d, "slash") for d in dates) + ".", 8.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=child, cases=[claim], claim_amount=m2(tot), service_dates=[span(d) for d in dates],
              denial_date=nd.isoformat(), provider=SLP_SHORT, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [PRACTICE]})
    return out(p), t


def faxstd_eob(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    sub, sf, sm, sl = person(rng)
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 10))
    fr = _weekly(dt.date(2026, 3, 2), 4, 2)
    f0, f1 = fr[0], fr[-1]
    ped = (plus(f0, -9), amount(rng, 160, 240))
    aud = (plus(f1, 3), amount(rng, 90, 180))
    st = round(amount(rng, 125, 160) * 4, 2)
    cls = [mixed_id(rng, "", "dddd-cddd-dd") for _ in range(3)]
    icn = [digits(rng, 13) for _ in range(3)]
    fax = (f"{sd.strftime('%d%b%y').upper()} 08:{rng.randint(10, 59)}  KESTRELMOOR HP  208-555-{digits(rng, 4)}"
           f"  >> 503-555-{digits(rng, 4)}  PG {{n}}/2")
    p = DHSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                cont=f"EOB continued  |  Patient {child}  |  Member ID {ids['mid']}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - THIS IS NOT A BILL", y=11)
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Subscriber:", sub), ("Patient:", child),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=92, size=8,
                  y=p.get_y())
    p.ln(2)
    p.band("YOUR CLAIMS THIS PERIOD (claims processed 03/01/2026 - " + fdate(sd, "slash") + ")", 8)

    def blk(i, rows, shade=False):
        p.block(f"Claim {i} of 3", rows, size=7.8, label_w=36, shade=shade)

    blk(1, [("Claim number / ICN", f"{cls[0]}  /  {icn[0]}"),
            ("Rendering provider", f"{REFERRER} (pediatrics)"),
            ("From / Thru", f"{fdate(ped[0], 'short')}   {fdate(ped[0], 'short')}"),
            ("Billed / paid", f"{money(ped[1])} / {money(round(ped[1] * 0.7, 2))}"), ("Status", "PAID")])
    blk(2, [("Claim number / ICN", f"{cls[1]}  /  {icn[1]}"),
            ("Rendering provider", SLP), ("Billing provider", PRACTICE),
            ("From / Thru", f"{fdate(f0, 'short')} - {fdate(f1, 'short')}  (4 visits, 92507)"),
            ("Billed / paid", f"{money(st)} / $0.00"), ("Status", "DENIED - remark SL4")], shade=True)
    blk(3, [("Claim number / ICN", f"{cls[2]}  /  {icn[2]}"),
            ("Rendering provider", "Harriet J. Vogelsang, AuD"),
            ("From / Thru", f"{fdate(aud[0], 'short')}   {fdate(aud[0], 'short')}"),
            ("Billed / paid", f"{money(aud[1])} / {money(round(aud[1] * 0.8, 2))}"), ("Status", "PAID")])
    p.para(f"SL4  Speech therapy visits over the plan limit of {LIMIT}. The 4 visits billed on claim {cls[1]} "
           f"for dates of service {fdate(f0, 'long')} through {fdate(f1, 'long')} are past the limit and are not "
           "covered. The provider may bill you for them.", 7.8)
    p.add_page()
    p.band("PLAN-YEAR TOTALS AND YOUR RIGHTS", 8)
    p.para(f"Speech therapy visits used in 2026: 20 of 20. Deductible 01/01/2026 - 12/31/2026: $750, met "
           f"$ {rng.randint(300, 740)}.", 7.8)
    p.para("Appeals: you may appeal a denied claim within 180 days of the date of this statement. If we uphold "
           "the denial, you may ask for an external review by an independent review organization within 4 "
           f"months. Call 1-877-555-{digits(rng, 4)} (TTY 711).", 7.8)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=child, cases=[cls[1], icn[1]], claim_amount=m2(st), service_dates=[span(f0, f1)],
              denial_date=sd.isoformat(), provider=SLP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"case_numbers": [[cls[1]]], "provider": [PRACTICE],
                          "service_dates": [[span(d) for d in fr]]})
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    resp = f"{person(rng)[1]} {cl}"
    sd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 10))
    visits = _weekly(dt.date(2026, 2, 2), 10, 3)
    per = amount(rng, 130, 160)
    paid_n = 6
    rows, denied = [], []
    for i, d in enumerate(visits):
        if i < paid_n:
            ins, bal = money(per * 0.8, "nosign"), money(per * 0.2, "nosign")
            note = "Ins paid / copay"
        else:
            ins, bal = "0.00", money(per, "nosign")
            note = "Ins denied - visit limit"
            denied.append(d)
        rows.append([fdate(d, "slash"), "92507", "Speech/language tx, indiv", money(per, "nosign"), ins, bal,
                     note])
    den_tot = round(per * len(denied), 2)
    copays = round(per * 0.2 * paid_n, 2)
    acct = digits(rng, 7)
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Eugene OR 974{rng.randint(10, 99)}  |  Billing 541-555-{digits(rng, 4)}  |  "
                 f"Tax ID 93-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account no.:", acct), ("Responsible party:", resp),
                   ("Due by:", fdate(plus(sd, 30), "abbr"))], w=90, size=8.5, y=p.get_y() - 6)
    p.ln(2)
    p.pairs([("Patient", child), ("Therapist", SLP), ("Insurance", f"{PLAN}  ID {ids['mid']}")], label_w=26,
            size=9)
    p.ln(2)
    p.table(["Date", "CPT", "Service", "Charge", "Insurance\npaid", "Your\nbalance", "Note"], rows,
            [22, 14, 48, 18, 20, 20, 40], size=8, aligns=["L", "L", "L", "R", "R", "R", "L"])
    p.para(f"Your insurance paid visits 1-{paid_n}; it denied the visits on " +
           ", ".join(fdate(d, "long") for d in denied) + f" because the annual limit of {LIMIT} was reached. "
           f"Balance of denied visits: {money(den_tot)}. Copays: {money(copays)}.", 8.5)
    p.para(f"Amount due: {money(den_tot + copays)}. Ask us about a payment plan or our sliding-fee program.",
           9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child, claim_amount=m2(den_tot),
              service_dates=[span(d) for d in denied], denial_date=sd.isoformat(), provider=PRACTICE,
              unscored=["insurer"],
              alternates={"provider": [SLP], "claim_amount": [m2(den_tot + copays), m2(per * len(visits))],
                          "service_dates": [[span(d) for d in visits]]})
    return out(p), t


def photo_lmn(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    ld = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 8))
    s0 = dt.date(2026, 4, 1)
    s1 = dt.date(2026, 6, 30)
    claim = mixed_id(rng, "", "cdddcdd") + "-01"
    p = DHSheet(footer="Page {n} of {nb}",
                cont=f"Re: {child}  |  Member ID {ids['mid']}  |  Claim {claim}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Pediatric speech, language and feeding therapy  |  541-555-{digits(rng, 4)}  |  NPI "
                 f"{digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    p.line(f"{PLAN} - Medical Review / Appeals", 10)
    p.ln(3)
    p.line("LETTER OF MEDICAL NECESSITY", 11, "B")
    p.ln(2)
    p.para(f"Patient: {child}, date of birth {fdate(_dob(rng), 'slash')}, member ID {ids['mid']}. Referring "
           f"physician: {REFERRER}. Denied claim: {claim}.", 10)
    p.para(f"I am the speech-language pathologist treating {cf} for childhood apraxia of speech with an expressive "
           "language disorder. Since January, weekly sessions have moved intelligibility from about 35% to 55% "
           "with unfamiliar listeners. The plan's limit of 20 visits was reached in March, and the visits after "
           "it were denied.", 10)
    p.para(f"I ask the plan to cover 12 more visits, one a week from {fdate(s0, 'long')} through "
           f"{fdate(s1, 'long')}. Apraxia needs frequent, intensive practice with motor-speech cueing; a gap of "
           "several months at this age is likely to undo the gains and lengthen the total course of therapy.",
           10)
    p.para("Standardized results, the plan of care and the last progress note are enclosed. Home practice "
           "continues daily with a parent, but it cannot replace skilled sessions at this stage.", 10)
    p.para("The plan of care goals for the next 12 weeks are listed on page 2 of this letter.", 10)
    p.add_page()
    p.heading("Plan of care goals (12 weeks)", 11)
    p.bullets(["Produce CV and CVCV words with 80% accuracy across three sessions.",
               "Use 3-4 word phrases to request and comment in 70% of opportunities.",
               "Raise intelligibility to unfamiliar listeners to 70% in connected speech.",
               "Parent carries out the home program 5 days a week, logged."], 10)
    p.para("Please call me with any questions. I am available for a peer-to-peer discussion.", 10)
    p.para(f"Sincerely,\n\n{SLP}\nLead therapist, {PRACTICE}\nSupervised clinical fellow program: "
           f"{SUPERVISOR}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child, cases=[claim],
              service_dates=[span(s0, s1)], denial_date=ld.isoformat(), provider=SLP,
              alternates={"insurer": [None], "provider": [PRACTICE], "service_dates": [[], [span(s0)]]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 14))
    od = plus(nd, -rng.randint(35, 50))
    fr = _weekly(dt.date(2026, 3, 9), 3, 0)
    f0, f1 = fr[0], fr[-1]
    billed = round(amount(rng, 120, 160) * 3, 2)
    claim = mixed_id(rng, "", "cdddcdd") + "-01"
    appeal = mixed_id(rng, "AP-", "ccdddd")
    p = DHSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Appeals Unit")
    p.line("APPEAL DECISION", 12, "B")
    p.ln(2)
    left = [f"{parent}\n" + "\n".join(address(rng)),
            f"Dear {parent}:",
            f"We have finished reviewing the appeal you filed for {child} about our claim decision of "
            f"{fdate(od, 'long')}. A speech-language pathologist and a physician who were not part of the first "
            "decision reviewed the appeal, the therapist's letter and the plan documents.",
            f"Decision: we upheld the denial. The plan covers outpatient speech therapy up to {LIMIT}. The "
            "visits on this claim were past that limit. The limit is part of the benefit, so it applies even "
            "though the therapist explained why the visits help.",
            "You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask "
            "for an external review by an independent review organization within 4 months of the date you get "
            "this letter."]
    right = [("Letter date", fdate(nd, "abbr")), ("Appeal number", appeal), ("Claim number", claim),
             ("Patient", child), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Rendering provider", SLP), ("Billing provider", PRACTICE), ("From", fdate(f0, "slash")),
             ("Thru", fdate(f1, "slash")), ("Amount billed", money(billed) + "*")]
    p.two_col(left, right, left_w=108, size=9.5)
    p.ln(3)
    p.para("* Amount billed for the 3 visits on " + ", ".join(fdate(d, "slash") for d in fr) + "; the plan "
           "paid $0.00.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=child, cases=[appeal, claim], claim_amount=m2(billed),
              service_dates=[span(d) for d in fr], denial_date=nd.isoformat(), provider=SLP,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [PRACTICE], "service_dates": [[span(f0, f1)]]})
    return out(p), t


def lowres_preservice(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 12))
    rec = plus(nd, -rng.randint(4, 9))
    s0 = plus(nd, rng.randint(5, 10))
    s1 = plus(s0, 59)
    req = f"UM-2026-{digits(rng, 6)}"
    cut = req.rindex("-") + 1
    p = DHSheet(footer="Page {n} of {nb}", footer_left="KHP-UM-ST-20")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line(f"Notice of pre-service decision     {fdate(nd, 'long')}", 11, "B")
    p.ln(2)
    p.pairs([("Patient", child), ("Member ID", ids["mid"]), ("Group / plan", f"{ids['grp']} / {ids['plan']}"),
             ("Patient DOB", fdate(_dob(rng), "slash")), ("Request received", fdate(rec, "slash"))], label_w=40,
            size=9.5, h=5)
    p.ln(2)
    p.boxed_pairs([("Requesting provider", SLP), ("Supervising SLP", SUPERVISOR), ("Referring physician", REFERRER),
                   ("Billing provider / facility", PRACTICE),
                   ("Service requested", "Speech therapy 92507, 16 visits (2 a week)"),
                   ("Period requested", f"{fdate(s0, 'short')} - {fdate(s1, 'short')}")], label_w=52, size=9)
    p.para(f"We received a request from {SLP_SHORT} for 16 more speech therapy visits for {child} from "
           f"{fdate(s0, 'long')} through {fdate(s1, 'long')}. For this decision, our request number is {req[:cut]}",
           9.5, gap=0)
    p.para(f"{req[cut:]}.", 9.5)
    p.para(f"Decision: not approved. The plan covers outpatient speech therapy up to {LIMIT}. All 20 visits for "
           "2026 have been used, so more visits this year are not a covered benefit. This is not a decision that "
           "the therapy is not medically necessary.", 9.5)
    p.para("You or the provider may appeal within 180 days of the date of this notice. If waiting could "
           "seriously harm the patient's health, ask for an expedited appeal; we decide those within 72 hours.",
           9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=child, cases=[req], service_dates=[span(s0, s1)],
              denial_date=nd.isoformat(), provider=SLP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [PRACTICE], "service_dates": [[span(s0)]]})
    return out(p), t


def copy_stack(rng):
    ids = _ids(rng)
    child, cf, cm, cl = person(rng)
    parent = f"{person(rng)[1]} {cl}"
    nd = dt.date(2026, 6, 15) + dt.timedelta(days=rng.randint(0, 10))
    fr = _weekly(dt.date(2026, 4, 6), 3, 1)
    claim = mixed_id(rng, "", "cdddcdd") + "-01"
    appeal = mixed_id(rng, "AP-", "ccdddd")
    billed = round(amount(rng, 120, 160) * 3, 2)
    p = DHSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _lh(p, rng, "Appeals Unit")
    p.line(f"Appeal decision  -  {fdate(nd, 'abbr')}", 11, "B")
    p.ln(2)
    p.pairs([("Appeal no.", appeal), ("Claim no.", claim), ("Patient", child), ("Member ID", ids["mid"]),
             ("Provider", SLP)], label_w=30, size=9.5)
    p.ln(3)
    p.para(f"Dear {parent}:", 10)
    p.para(f"We reversed our decision on claim {claim} for the speech therapy visits on {_sentence(fr)}. The "
           "records show these visits were billed under the wrong benefit year; they count toward a new "
           "benefit period after your employer changed the plan's start date. We will pay the claim within 30 "
           "days; your share is the usual copay. Visit dates: " + ", ".join(fdate(d, "slash") for d in fr) + ".", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child,
                          cases=[appeal, claim], claim_amount=None, service_dates=[span(d) for d in fr],
                          denial_date=nd.isoformat(), provider=SLP,
                          alternates={"case_numbers": [[appeal]]}))
    nd2 = plus(nd, rng.randint(12, 25))
    late = _weekly(plus(nd, -5), 2, 1)
    claim2 = mixed_id(rng, "", "cdddcdd") + "-02"
    amt2 = round(amount(rng, 120, 160) * 2, 2)
    q = DHSheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _lh(q, rng, "Claims Department")
    q.line("Claim decision", 12, "B")
    q.ln(2)
    q.pairs([("Notice date", fdate(nd2, "slash")), ("Patient", child), ("Member ID", ids["mid"]),
             ("Claim", claim2), ("Rendering", SLP), ("Billing", PRACTICE),
             ("Dates", f"{fdate(late[0], 'short')}, {fdate(late[1], 'short')}"), ("Billed", money(amt2))],
            label_w=30, size=9.5)
    q.ln(2)
    q.para(f"The visits on {fdate(late[0], 'long')} and {fdate(late[1], 'long')} are denied. With the visits "
           f"paid after appeal {appeal}, the limit of {LIMIT} for the new benefit period has been reached. You "
           "may appeal within 180 days of the date of this notice.", 9.5)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=child,
                          cases=[claim2], claim_amount=m2(amt2), service_dates=[span(d) for d in late],
                          denial_date=nd2.isoformat(), provider=SLP, appeal_deadline=plus(nd2, 180).isoformat(),
                          alternates={"provider": [PRACTICE]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_sentence_visit_dates_denial", "born_digital", [bd_sentence(rng)]),
        Item(F + "faxstd_eob_claim_blocks", "fax_standard_g4", [faxstd_eob(rng)]),
        Item(F + "scan300_practice_statement_visit_table", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "photo_two_page_letter_of_medical_necessity", "phone_photo", [photo_lmn(rng)]),
        Item(F + "rotated_two_column_upheld_appeal", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_preservice_more_visits_roles", "scan_lowres_150", [lowres_preservice(rng)]),
        Item(F + "copy_stack_overturned_then_new_claim_denial", "photocopy", copy_stack(rng),
             separators=[None, "blank"], turns={(1, 0): 180}),
    ]
