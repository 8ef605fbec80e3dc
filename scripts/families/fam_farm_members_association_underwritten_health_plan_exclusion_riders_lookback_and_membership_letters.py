"""An invented medically underwritten health plan sold only to members of an invented farm membership association:
the Sandhollow Members Health Plan, for members of the Sandhollow Farm & Ranch Members Association in the Plains. It
is not ACA-compliant coverage: applicants answer health questions, a named condition may be excluded from a
person's certificate by an exclusion rider, a condition diagnosed, treated or showing symptoms in the 24 months
before coverage starts (the look-back) is not covered during the first 12 months, the plan may pend a claim to read
the doctors' records from the look-back, coverage lasts only while the family's association membership is paid, and
a rider may be removed after 24 months without treatment. Every rule, limit, number shape (member ID "SH" with eight
digits and a person suffix, group "NNNN-FR", plan no. "HV2500", claim "C26-", appeal "AP-26-", review "UR-26-",
rider "ER-14"), code (X14, PD, DX), clinic, hospital, doctor, person, address and time limit (180 days on the
statement and the letters, the 60th day after the dues letter, the printed date on the observation letter, the
records date) is invented; phones use 555. CPT and HCPCS codes appear as themselves. No heading names the kind of
refusal; each reason is said in the writer's own plain words or only by a code and its legend.

Documents (8 in 7 files):
- born_digital_eob_knee_injection_refused_under_rider_code_legend: a family statement with a filled-logo letterhead
  and a rider panel; a paid sinus visit as the decoy claim and the spouse's knee visit (office visit, x-ray,
  injection, drug) refused only by the code X14 whose meaning is in the legend at the foot, billed / allowed /
  deductible / coinsurance / plan paid / you owe with no "denied" column; an example ID in the boilerplate; "180 days
  from the statement date" (not_covered).
- faxstd_stack_cover_records_request_then_claim_denied_no_records_sideways: a fax cover sheet, a memo-style letter
  pending an emergency visit's claim for records from the look-back (its own document: other, no denial), then a
  two-page decision whose page 1 says only that the records never came (a phone call's reference as a decoy) and
  whose page 2, fed sideways, carries the hospital, the date, the charges, a look-back timeline and the appeal rights
  "within 180 days of the date of this letter" (other).
- clean_membership_dues_unpaid_coverage_ended_therapy_visits: a letter with a caption sidebar at the left (member
  ID with a B among its digits, the association's membership no. as a decoy), a Re: line with bullets, eight therapy
  visits in a table by day name ("Tue 02/03/26") after coverage ended with the membership on January 31; 2025 dues as
  a decoy; "postmarked no later than the 60th day after the date of this letter" (eligibility).
- photocopy_appeal_upheld_sciatica_under_lower_back_rider_final: a two-page appeal decision with a ticket block
  (values first, captions after: member no. with a B, appeal no. with a B), services told with ordinals ("March 2nd,
  2026", "the 4th of March 2026") and in a table, the sciatica found to come from the lower back the rider excludes;
  final decision, no further appeal, so no deadline (not_covered).
- phone_es_hernia_inguinal_preexistente_periodo_de_revision: a photographed Spanish letter with the member ID dashed
  with a Z among its digits, a look-back timeline in Spanish ("14-ago-2025" visit inside the window), the surgery
  "jueves 9 de abril de 2026", "7.418,60 $ (US$ 7,418.60)"; "dentro de los 180 días siguientes a la fecha de esta
  carta" (not_covered).
- rotated_two_night_admission_paid_as_observation: a letter fed sideways with a Re: line of slashes (name / member ID
  with an S / claim / review no.), a stay "Mar 30 - Apr 1, 2026" over a month boundary, paid as outpatient
  observation instead of an inpatient stay; "must reach us by October 19, 2026" (level_of_care).
- lowres_migraine_rider_removed_after_two_years_approval: a 150 dpi letter approving the removal of a migraine rider
  after 24 months without treatment (denies nothing), the member ID broken over two lines in a narrow box, a rider
  panel with a shoulder rider staying in force and 2024 dates as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundee_famic import (EESheet, dname, es_abbr, es_amt, es_date, es_wday, farm_address, kin, n2, odd_in,
                               ord_md, ord_of, people, span_cross, toll, usd_es, wlong, yy)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "farm_members_association_underwritten_health_plan_exclusion_riders_lookback_and_membership_letters"
LANG = "en"
SEED = 355042
INS = "Sandhollow Members Health Plan"
ASSOC = "Sandhollow Farm & Ranch Members Association"
ALT = ["Sandhollow", "Sandhollow Members Health Plan, Inc.", ASSOC]
PLAN_NO = "HV2500"
ADDR = "410 Grain Exchange Ave, Kearney, NE 68847"
LOESS = "Loess Hills Orthopaedic Clinic"
PRAIRIE = "Prairie Rose Family Clinic"
PLATTE = "Platte Bend Regional Hospital"
SMOKY = "Smoky Hill Physical Therapy"
REDW = "Red Willow Spine & Pain Center"
BLUESTEM = "Bluestem Surgery Center"
BUFFALO = "Buffalo Commons Medical Center"
SANDHILLS = "Sandhills Family Medicine"


def sh(rng, odd: str | None = None) -> str:
    """The family's base number: SH and eight characters (one may be a letter a reader takes for a digit)."""
    return "SH" + odd_in(digits(rng, 8), odd, rng)


def spaced(base: str, person: str) -> str:
    """SH 7041 2218-02 (as the statements print it)."""
    return f"SH {base[2:6]} {base[6:]}-{person}"


def dashed(base: str, person: str) -> str:
    """SH-7041-2218-02"""
    return f"SH-{base[2:6]}-{base[6:]}-{person}"


def group_no(rng) -> str:
    return f"0{digits(rng, 3)}-FR"


def claim_no(rng, odd: str | None = None) -> str:
    return f"C26-{odd_in(digits(rng, 3), odd, rng, lo=0)}-{digits(rng, 5)}"


def _head(p, rng, box: str | None = None, es: bool = False):
    line1 = (f"Plan de salud para socios de la {ASSOC}" if es else
             f"A health benefit plan for members of the {ASSOC}  |  not ACA-compliant coverage")
    p.head(INS, "SMHP", [line1, f"{ADDR}  |  {toll(rng)}  |  TTY 711  |  Fax (308) 555-{digits(rng, 4)}"], box=box,
           size=13)


# --- 1. family statement: knee visit refused under the knee rider (born digital) ----------------------------------
def bd_eob(rng):
    sub, spouse, ortho, gp = people(rng, 4, sex="MF..")
    spouse = kin(spouse, sub)
    base = sh(rng)
    grp = group_no(rng)
    sd = dt.date(2026, 4, 17)
    ca, cb = claim_no(rng), claim_no(rng, "O")
    da, db = dt.date(2026, 3, 5), dt.date(2026, 3, 19)
    p = EESheet(footer="Page {n} of {nb}", footer_left="SMHP-EOB (11/25)  This is not a bill.")
    p.set_margins(12, 13, 12)
    p.add_page()
    _head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    p.addr_pair("Mailed to", [sub, *farm_address(rng)], "Your coverage",
                [f"Member ID {spaced(base, '01')}", f"Group {grp}   Plan no. {PLAN_NO}",
                 f"Statement date {fdate(sd, 'short')}"], size=9.2, split=0.5)
    p.riders([("ER-14", f"{spouse.split()[0]} (02): right knee, its joint, ligaments, cartilage and meniscus, and "
                        "any treatment of them", "since 01/01/2025"),
              ("ER-22", f"{sub.split()[0]} (01): migraine and other recurring headaches", "since 01/01/2025")],
             title="Exclusion riders on this family's certificates", size=8.2)
    head = ["Date", "Service", "Code", "Billed", "Allowed", "Deductible", "Coinsurance", "Plan paid", "You owe", "Rmk"]
    widths = [17, 44, 12, 18, 17, 19, 20, 18, 17, W - 182]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "R", "C"]
    claims = [(ca, sub, "01", PRAIRIE, f"Dr. {gp}", 
               [(da, "Office visit, est. patient", "99213", 168.00, 121.40, "PD")]),
              (cb, spouse, "02", LOESS, f"Dr. {ortho}",
               [(db, "Office visit, est. patient", "99214", 245.00, 0.0, "X14"),
                (db, "X-ray right knee, 3 views", "73562", 186.00, 0.0, "X14"),
                (db, "Injection, major joint", "20610", 312.00, 0.0, "X14"),
                (db, "Triamcinolone 10 mg x 4", "J3301", 64.00, 0.0, "X14")])]
    totals = {}
    for cno, who, suf, prov, doc, lines in claims:
        p.f(8.4, "B")
        p.set_fill_color(232, 232, 232)
        p.cell(W, 5.2, f" Claim {cno}     Patient {who}     ID {spaced(base, suf)}", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        p.f(8.0)
        p.cell(W, 4.6, f" Provider: {prov}, {doc}", fill=True, new_x="LMARGIN", new_y="NEXT")
        p.set_fill_color(255, 255, 255)
        rows, tot = [], [0.0] * 6
        for d, svc, code, billed, allowed, rmk in lines:
            if rmk == "PD":
                coins = round(allowed * 0.2, 2)
                vals = [billed, allowed, 0.0, coins, round(allowed - coins, 2), coins]
            else:
                vals = [billed, 0.0, 0.0, 0.0, 0.0, billed]
            tot = [x + y for x, y in zip(tot, vals)]
            rows.append([dname(d)[4:], svc, code, *[n2(v) for v in vals], rmk])
        p.ledger(head, rows, widths, aligns=aligns, size=7.4, totals=["", "Claim total", "", *[n2(v) for v in tot], ""],
                 row_h=4.4)
        totals[cno] = tot
    p.bar("Remark codes", size=8.6)
    p.f(7.8)
    p.multi_cell(0, 3.7, "PD  Paid after deductible and coinsurance. Your deductible for 2026 has been met.\n"
                         "X14  The service is for a condition that Exclusion Rider ER-14 removes from this person's "
                         "certificate. The plan pays nothing for it, and the provider may bill you for the full "
                         "charge.\nDX  Applied to your deductible.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("You have 180 days from the statement date to ask us to review how a claim was handled. Write to Member "
           "Appeals at the address above, or call Member Services; we answer within 30 days of hearing from you. "
           "Have your member ID ready: it starts with SH and "
           "has eight digits, like SH 0000 0000, plus the two-digit number of the person on the claim.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_NO, group=grp, member_id=f"SH{base[2:]}-02",
              member_name=spouse, cases=[cb], claim_amount=m2(totals[cb][0]), service_dates=[db.isoformat()],
              denial_date=sd.isoformat(), provider=LOESS, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [f"SH{base[2:]}-01", base], "provider": [f"Dr. {ortho}", ortho],
                          "plan_id": [None]},
              type_alternates=["denial_letter"])
    return out(p), t


# --- 2/3. records request, then denial for no records (standard fax stack) ----------------------------------------
def faxstd_stack(rng):
    member, fam_doc, nurse, sig1, sig2 = people(rng, 5)
    base = sh(rng)
    mid = f"SH{base[2:]}-01"
    grp = group_no(rng)
    clm = claim_no(rng, "I")
    eff = dt.date(2026, 1, 1)
    lb = dt.date(2024, 1, 1)
    er = dt.date(2026, 2, 21)
    amt = 6842.15
    ld1 = dt.date(2026, 3, 9)
    by = dt.date(2026, 4, 23)
    addr = farm_address(rng)
    fax = f"03/09/2026 11:{rng.randint(10, 59)}  SANDHOLLOW MHP CLAIMS  (308) 555-{digits(rng, 4)}  p.{{n}}"
    a = EESheet(footer=None, footer_left="SMHP-PX1 (11/25)", fax_hdr=fax)
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng, box="CLAIM ON HOLD")
    a.memo([("TO:", f"{member}, {addr[0]}, {addr[1]}"), ("FROM:", f"Medical Underwriting, {INS}"),
            ("DATE:", fdate(ld1, "long")), ("RE:", f"Claim {clm}, member {spaced(base, '01')}, group {grp}")],
           size=9.6, cap_w=20)
    a.para(f"We received the claim from {PLATTE} for your emergency room visit on {wlong(er)}, billed at "
           f"{money(amt)}. We have not paid or denied it yet.", 10)
    a.para(f"Your coverage began on {fdate(eff, 'long')}. During your first 12 months, the plan does not pay for a "
           "condition that was diagnosed or treated, or that caused symptoms for which a careful person would have "
           f"seen a doctor, in the 24 months before your coverage began, that is from {fdate(lb, 'long')} through "
           f"{fdate(plus(eff, -1), 'long')}. Your application lists visits to Dr. {fam_doc} at {SANDHILLS} in 2025, so "
           "we need to read those records before we decide.", 10)
    a.para(f"We have written to Dr. {fam_doc} for the office notes, test results and prescriptions from those two "
           "years. Offices often answer faster when the patient asks, so please call the office and sign the release "
           "it sends you.", 10)
    a.para(f"If the records reach us by {fdate(by, 'long')}, we will decide within 15 days after they arrive. If they "
           "do not, we will decide the claim with the information we have, and we may not be able to pay it.", 10)
    a.para(f"{sig1}\nMedical Underwriting", 10)
    d_a = (out(a), truth("other", None, insurer=INS, group=grp, member_id=mid, member_name=member, cases=[clm],
                         claim_amount=m2(amt), service_dates=[er.isoformat()], denial_date=ld1.isoformat(),
                         provider=PLATTE,
                         alternates={"insurer": ALT, "claim_amount": [None], "member_id": [base]},
                         type_alternates=["denial_letter"], denial_alternates=["other"]))
    ld2 = dt.date(2026, 5, 4)
    call = dt.date(2026, 4, 20)
    b = EESheet(footer="Page {n} of {nb}", footer_left="SMHP-PX3 (11/25)",
                fax_hdr=f"05/04/2026 09:{rng.randint(10, 59)}  SANDHOLLOW MHP CLAIMS  "
                        f"(308) 555-{digits(rng, 4)}  p.{{n}}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng, box="CLAIM DECISION")
    for ln in [member, *addr]:
        b.line(ln, 10)
    b.ln(3)
    b.hung([(fdate(ld2, "long"), "date of this letter", 50), (spaced(base, "01"), "member ID", 50),
            (clm, "claim", 46)], size=9.6)
    b.para(f"Dear {member}:", 10)
    b.para(f"On {fdate(ld1, 'long')} we told you that we needed Dr. {fam_doc}'s records before we could decide your "
           "claim. We wrote to the office twice, and when we called on "
           f"{fdate(call, 'long')} (our call reference CR-{digits(rng, 4)}-{digits(rng, 4)}) we were told the request "
           "was still waiting for your signed release. No records have come in.", 10)
    b.para("Without them we cannot tell whether the condition treated in the emergency room began before your "
           "coverage did, so we have denied the claim. This is not a finding that the condition is pre-existing. If "
           "the records reach us later, we will look at the claim again from the start.", 10)
    b.para("The claim details, the dates we looked at and your rights are on the next page.", 10)
    b.para(f"Sincerely,\n{sig2}\nClaims Department", 10)
    b.add_page()
    b.bar("Claim details")
    W = b.w - b.l_margin - b.r_margin
    b.table(["Provider", "Date of service", "Service", "Billed"],
            [[PLATTE, fdate(er, "slash"), "ER visit, CT scan, labs", n2(amt)]],
            [62, 30, W - 122, 30], size=8.8, aligns=["L", "L", "L", "R"])
    b.timeline(plus(lb, -40), dt.date(2027, 2, 10),
               [(lb, "Look-back begins", fdate(lb, "slash")), (eff, "Coverage begins", fdate(eff, "slash")),
                (er, "ER visit", fdate(er, "slash")),
                (dt.date(2026, 12, 31), "Look-back limit ends", fdate(dt.date(2026, 12, 31), "slash"))],
               shade=(lb, plus(eff, -1)), shade_label="24 months we look back", title="The dates we looked at")
    b.bar("If you disagree")
    b.para("You may appeal within 180 days of the date of this letter. Send a letter to Member Appeals at the address "
           "on page 1, and if you can, the records themselves. A doctor who did not take part in this decision will "
           "review your appeal.", 9.6)
    b.para("Questions: call Member Services at the number on page 1, Monday to Friday, 7 a.m. to 6 p.m. Central time.",
           9.6)
    d_b = (out(b), truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=member, cases=[clm],
                         claim_amount=m2(amt), service_dates=[er.isoformat()], denial_date=ld2.isoformat(),
                         provider=PLATTE, appeal_deadline=plus(ld2, 180).isoformat(),
                         alternates={"insurer": ALT, "member_id": [base]}, denial_alternates=["not_covered"]))
    return [d_a, d_b]


# --- 4. dues unpaid, coverage ended (clean scan) ------------------------------------------------------------------
def clean_dues(rng):
    member, pt, sig = people(rng, 3)
    base = sh(rng, "B")
    grp = group_no(rng)
    clm = claim_no(rng)
    memno = f"M-{digits(rng, 7)}"
    ld = dt.date(2026, 3, 20)
    ended = dt.date(2026, 1, 31)
    visits = [dt.date(2026, 2, d) for d in (3, 5, 10, 12, 17, 19, 24, 26)]
    fee = 173.25
    p = EESheet(footer="Page {n} of {nb}", footer_left="SMHP-EL2 (11/25)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng)
    for ln in [member, *farm_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([member, spaced(base, "01"), f"claim {clm}"])
    p.two_col([("Letter date", fdate(ld, "abbr")), ("Member ID", spaced(base, "01")), ("Group", grp),
               ("Association membership no.", memno), ("Claim", clm), ("Coverage ended", fdate(ended, "abbr"))],
              [f"Dear {member}:",
               f"We received a claim from {SMOKY} for eight physical therapy visits in February 2026. We are not able "
               "to pay it, because your health plan coverage ended on January 31, 2026.",
               f"Coverage under the plan lasts only as long as your family's membership in the {ASSOC} is paid up. "
               "Your yearly dues were due on January 1, 2026, and the association did not receive them by the end of "
               "the 31-day grace period. Your membership ended, and your plan coverage ended with it. The visits "
               "below all took place after that date.",
               "The association mailed dues reminders to the address above in December and January. Your 2025 dues "
               "were received on January 6, 2025, so we know this may come as a surprise."],
              side_w=54, size=9.6, title="Your account")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of visit", "Service", "Therapist", "Charge"],
            [[dname(d), "Therapeutic exercise, manual therapy", pt, n2(fee)] for d in visits] +
            [["Total", "", "", n2(fee * len(visits))]],
            [30, 74, 50, W - 154], size=8.6, aligns=["L", "L", "L", "R"], bold_last=True, row_h=5.0)
    p.para("If you believe the dues were paid on time, or that a notice did not reach you, you may ask us to look at "
           "this again. Send a copy of your payment or a short letter explaining what happened. Your request must be "
           "postmarked no later than the 60th day after the date of this letter. We will answer within 30 days after "
           "we receive it.", 9.6)
    p.para("Association membership can be restored, but health coverage does not return on its own: you would need "
           "to apply again and answer the health questions. Call Member Services to ask about it.", 9.6)
    p.para(f"Sincerely,\n{sig}\nEligibility and Billing", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=f"SH{base[2:]}-01", member_name=member,
              cases=[clm], claim_amount=m2(fee * len(visits)),
              service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"], denial_date=ld.isoformat(),
              provider=SMOKY, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [base], "provider": [pt],
                          "service_dates": [[d.isoformat() for d in visits]]})
    return out(p), t


# --- 5. appeal upheld: sciatica falls under the lower back rider (photocopy, two pages) ---------------------------
def photocopy_appeal(rng):
    member, pain_doc, reviewer, sig = people(rng, 4, sex="....")
    base = sh(rng, "B")
    grp = group_no(rng)
    clm = claim_no(rng)
    apl = "AP-26-" + odd_in(digits(rng, 5), "B", rng)
    ld = dt.date(2026, 6, 2)
    mri, esi = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
    got = dt.date(2026, 4, 27)
    lines = [(mri, "MRI lumbar spine without contrast", "72148", 1845.00),
             (esi, "Epidural steroid injection, L5-S1", "62323", 2067.40)]
    amt = sum(x[3] for x in lines)
    p = EESheet(footer="Page {n} of {nb}", footer_left="SMHP-AD (11/25)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="APPEAL DECISION")
    p.letter_with_ticket([member, *farm_address(rng)],
                         [(spaced(base, "01"), "(member no.)"), (apl, "(appeal no.)"), (clm, "(claim)"),
                          (fdate(ld, "long"), "(date)")], w=80, size=9.0)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received your appeal on {fdate(got, 'long')}. You asked us to pay for the MRI you had on "
           f"{ord_md(mri)} and the injection Dr. {pain_doc} gave you on {ord_of(esi)} at {REDW}. You wrote that "
           "the pain is in your hip and leg, not your back, and that Exclusion Rider ER-03 should not apply.", 10)
    p.para(f"An orthopedic surgeon who had no part in the first decision, Dr. {reviewer}, read your appeal, the MRI "
           "report and Dr. " + pain_doc.split()[-1] + "'s notes. The MRI shows a disc at the L5-S1 level of your lower "
           "back pressing on the nerve root that runs to the buttock and leg. The pain you describe is sciatica "
           "coming from that nerve, and the injection was placed at the same level of the spine.", 10)
    p.para("Rider ER-03 on your certificate excludes the lumbar spine, its discs and the nerve roots that leave it, "
           "including sciatica. It was added when your coverage began on January 1, 2025, because of the back surgery "
           "you had in 2023. We have therefore kept our decision not to pay for these services.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Service", "Code", "Billed"],
            [[fdate(d, "slash"), svc, code, n2(v)] for d, svc, code, v in lines] + [["", "Total", "", n2(amt)]],
            [28, W - 78, 22, 28], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.add_page()
    p.bar("What happens now")
    p.para("This is our final decision on this claim. You have used every level of appeal the plan offers, and there "
           "is no further review by the plan. The plan is a benefit of association membership and is not insurance "
           "regulated by the state; you may have the right to bring a civil action about this decision.", 9.8)
    p.para("You may ask for free copies of your certificate, the rider, and every paper we used in your appeal. Call "
           f"Member Services at {toll(rng)}.", 9.8)
    p.para(f"If you have new symptoms that do not come from your lower back, your doctor may send a new claim and we "
           "will decide it on its own.", 9.8)
    p.para(f"Sincerely,\n{sig}\nMember Appeals\ncc: {REDW}", 9.8)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=f"SH{base[2:]}-01", member_name=member,
              cases=[apl, clm], claim_amount=m2(amt), service_dates=[mri.isoformat(), esi.isoformat()],
              denial_date=ld.isoformat(), provider=REDW, appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [base], "case_numbers": [[apl], [clm]],
                          "provider": [f"Dr. {pain_doc}", pain_doc]},
              denial_alternates=["other"])
    return out(p), t


# --- 6. Spanish: hernia treated in the look-back (phone photo) ----------------------------------------------------
def phone_es(rng):
    member, surgeon, gp, sig = people(rng, 4, es=True, sex="MMM.")
    base = sh(rng, "Z")
    shown = dashed(base, "01")
    grp = group_no(rng)
    clm = claim_no(rng)
    ld = dt.date(2026, 4, 27)
    eff = dt.date(2025, 12, 1)
    lb = dt.date(2023, 12, 1)
    seen = dt.date(2025, 8, 14)
    surg = dt.date(2026, 4, 9)
    lim_end = dt.date(2026, 11, 30)
    amt = 7418.60
    p = EESheet(footer="Página {n} de {nb}", footer_left="SMHP-PX2-ES (11/25)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, es=True)
    for ln in [member, *farm_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Fecha", es_date(ld), 48, "A"), ("Nº de socio del plan", shown, 50, "A"), ("Grupo", grp, 30, "A"),
                ("Reclamación", clm, W - 128, "A")], cap=6.2)
    p.para(f"Estimado señor {member.split()[-1]}:", 9.8)
    p.para(f"Recibimos la reclamación de {BLUESTEM} por la operación de hernia inguinal que le hizo el Dr. {surgeon} "
           f"el {es_wday(surg)}. El centro cobró {es_amt(amt)} ({usd_es(amt)}).", 9.8)
    p.para("No podemos pagar esta reclamación. Su cobertura empezó el 1 de diciembre de 2025. Durante los primeros 12 "
           "meses, el plan no paga una condición que se diagnosticó o se trató en los 24 meses anteriores a esa fecha. "
           f"Las notas del Dr. {gp} muestran que usted fue a consulta el 14 de agosto de 2025 por un bulto en la ingle "
           "y que él le dijo que era una hernia y le habló de operarse. Esa consulta cae dentro de esos 24 meses.", 9.8)
    p.timeline(plus(lb, -60), dt.date(2027, 2, 15),
               [(lb, "Inicio de la revisión", es_abbr(lb)), (seen, "Consulta por la hernia", es_abbr(seen)),
                (eff, "Inicio de su cobertura", es_abbr(eff)), (surg, "Operación", es_abbr(surg)),
                (lim_end, "Fin de la limitación", es_abbr(lim_end))],
               shade=(lb, plus(eff, -1)), shade_label="24 meses antes de la cobertura",
               title="Las fechas que revisamos",
               size=6.8)
    p.para("A partir del 1 de diciembre de 2026 la hernia ya no estará limitada, y el plan pagará su tratamiento como "
           "cualquier otra condición cubierta.", 9.6)
    p.para("Si no está de acuerdo, puede apelar por escrito dentro de los 180 días siguientes a la fecha de esta "
           "carta. Envíe su carta al Departamento de Apelaciones, a la dirección de arriba, con los papeles que quiera que "
           "revisemos.", 9.6)
    p.para(f"Atentamente,\n{sig}\nDepartamento de Reclamaciones", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=shown, member_name=member,
              cases=[clm], claim_amount=m2(amt), service_dates=[surg.isoformat()], denial_date=ld.isoformat(),
              provider=BLUESTEM, appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [f"SH{base[2:]}-01", base], "provider": [f"Dr. {surgeon}"]},
              denial_alternates=["other"])
    return out(p), t


# --- 7. two nights paid as observation (rotated) ------------------------------------------------------------------
def rotated_obs(rng):
    member, attending, director, nurse, sig = people(rng, 5)
    base = sh(rng, "S")
    grp = group_no(rng)
    clm = claim_no(rng)
    rev = f"UR-26-{digits(rng, 5)}"
    ld = dt.date(2026, 4, 20)
    a, b = dt.date(2026, 3, 30), dt.date(2026, 4, 1)
    by = dt.date(2026, 10, 19)
    amt = 18406.00
    p = EESheet(footer="Page {n} of {nb}", footer_left="SMHP-UR4 (11/25)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="HOSPITAL STAY REVIEW")
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [member, *farm_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_line([member, spaced(base, "01"), f"Claim {clm}", f"Review {rev}"], sep="  /  ")
    W = p.w - p.l_margin - p.r_margin
    p.hung([(yy(a), "admitted", 30), (yy(b), "discharged", 30), (BUFFALO, "hospital", 76),
            (money(amt), "billed", W - 136)], size=9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"{BUFFALO} admitted you from its emergency room for chest pain and kept you {span_cross(a, b)}. Our nurse "
           f"reviewer, {nurse}, RN, and our medical director, Dr. {director}, read the hospital's records for those "
           "two nights.", 10)
    p.para("Your heart tests, blood work and stress test were normal, and you needed no treatment that could only be "
           "given to an admitted patient. Care like this is given as outpatient observation, where the hospital "
           "watches a patient for a day or two without admitting them. We will pay the hospital's claim as outpatient "
           "observation under your outpatient benefits, not as an inpatient stay. Your share will be figured on the "
           "observation charges, and the hospital may not bill you for the difference between the two.", 10)
    p.para(f"Dr. {attending}, who cared for you at the hospital, was told of this decision and may talk with Dr. "
           f"{director.split()[-1]} about it.", 10)
    p.para(f"You, your doctor or the hospital may appeal. Your appeal must reach us by {fdate(by, 'long')}. Send it "
           "to Member Appeals at the address above with any records you want us to read.", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Review", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=f"SH{base[2:]}-01", member_name=member,
              cases=[clm, rev], claim_amount=m2(amt), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=ld.isoformat(), provider=BUFFALO, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "member_id": [base], "case_numbers": [[clm], [rev]],
                          "provider": [f"Dr. {attending}", attending]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# --- 8. migraine rider removed (150 dpi; denies nothing) ----------------------------------------------------------
def lowres_rider_off(rng):
    member, doc, sig = people(rng, 3)
    base = sh(rng)
    grp = group_no(rng)
    req = f"RR-26-{digits(rng, 5)}"
    ld = dt.date(2026, 5, 18)
    got = dt.date(2026, 4, 27)
    note = dt.date(2026, 4, 22)
    off = dt.date(2026, 6, 1)
    p = EESheet(footer="Page {n} of {nb}", footer_left="SMHP-UW7 (11/25)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, box="RIDER REVIEW")
    for ln in [member, *farm_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.wrapped_id("Member ID", [f"SH {base[2:6]}", f"{base[6:]}-01"], cap_w=30, size=9.6)
    p.under([(fdate(ld, "abbr"), "letter date"), (req, "request no."), (grp, "group"),
             (fdate(got, "slash"), "received")],
            size=9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news. You asked us to take Exclusion Rider ER-22 off your certificate, and we have agreed. From "
           f"{fdate(off, 'long')}, the plan will treat migraine and other recurring headaches like any other covered "
           "condition.", 10)
    p.para(f"The rider was added when you enrolled on January 1, 2024. A rider can be removed once 24 months have "
           "passed with no treatment, prescription or doctor visit for the condition. The statement Dr. "
           f"{doc} signed on {fdate(note, 'long')}, and your claims history, show none since your enrollment.", 10)
    p.riders([("ER-22", "Migraine and other recurring headaches", f"removed from {fdate(off, 'slash')}"),
              ("ER-14", "Left shoulder, its joint, rotator cuff and any treatment of them",
               "stays in force (since 01/01/2024)")], title="Riders on your certificate", size=8.6)
    p.para("Services for headaches you received before that date are still excluded, and claims for them will not "
           "be reopened. Your monthly contribution does not change. Keep this letter with your certificate.", 10)
    p.para(f"Sincerely,\n{sig}\nMedical Underwriting", 10)
    t = truth("other", None, insurer=INS, group=grp, member_id=f"SH{base[2:]}-01", member_name=member, cases=[req],
              denial_date=ld.isoformat(),
              alternates={"insurer": ALT, "member_id": [base], "provider": [f"Dr. {doc}", doc],
                          "service_dates": [[off.isoformat()]], "case_numbers": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_eob_knee_injection_refused_under_rider_code_legend", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_stack_cover_records_request_then_claim_denied_no_records_sideways", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
        Item(F + "clean_membership_dues_unpaid_coverage_ended_therapy_visits", "scan_clean_300", [clean_dues(rng)]),
        Item(F + "photocopy_appeal_upheld_sciatica_under_lower_back_rider_final", "photocopy",
             [photocopy_appeal(rng)]),
        Item(F + "phone_es_hernia_inguinal_preexistente_periodo_de_revision", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_night_admission_paid_as_observation", "rotated", [rotated_obs(rng)]),
        Item(F + "lowres_migraine_rider_removed_after_two_years_approval", "scan_lowres_150", [lowres_rider_off(rng)]),
    ]
