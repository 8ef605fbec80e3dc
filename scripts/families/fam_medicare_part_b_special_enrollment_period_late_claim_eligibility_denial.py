"""Family medicare_part_b_special_enrollment_period_late_claim_eligibility_denial: a late Part B Special
Enrollment Period request refused, and the Medicare claims that followed refused for no Part B on the date.

Modelled on public notices: the Social Security Administration's "Important Information" enrollment notice and
its Notice of Reconsideration (appeal 60 days after receipt, 5-day mailing presumption), the Part B Medicare
Summary Notice (claim boxes, "Service Approved?", notes, "file an appeal by"), the MAC Medicare
Redetermination Notice, and Form CMS-L564 "Request for Employment Information" (section A by the person,
section B by the employer). A retiree group plan EOB paying after Medicare, a clinic statement and an
enrollment confirmation complete the set. Everyone and every number is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, address, amount, digits, fdate, m2, mbi, money, out, person,
                        plus, span, truth)

FAMILY = "medicare_part_b_special_enrollment_period_late_claim_eligibility_denial"
LANG = "en"
SEED = 333500

SSA_OFFICES = ["Social Security Administration\nRetirement, Survivors and Medicare Notice\nMid-America Program "
               "Service Center\n601 E 12th St, Kansas City MO 64106",
               "Social Security Administration\nOffice of Central Operations\n1500 Woodlawn Dr, Baltimore MD 21241"]
MACS = [("Northbridge Government Health Services", "Jurisdiction 14 Part B", "PO Box 77120, Fargo ND 58106"),
        ("Tallgrass Medicare Solutions, LLC", "Jurisdiction 9 Part B", "PO Box 40310, Macon GA 31208")]
EMPLOYERS = ["Kestrel Valley Freight Lines", "Brandywine Tool & Die Co.", "Saltmarsh County School District",
             "Orchard Crest Credit Union"]
GHPS = ["Summitview Employer Health Trust", "Lakeshore Benefit Assurance"]


def _ssa_head(p: Page, rng, office: str, title: str):
    for i, ln in enumerate(office.split("\n")):
        p.line(ln, 12 if i == 0 else 8.5, "B" if i == 0 else "", h=6 if i == 0 else 4.2)
    p.ln(4)
    p.line(title, 13, "B", h=7)


def ssa_sep_denial(rng):
    """Born digital: SSA notice that the SEP request is refused; deadline only relative to receipt."""
    name, first, mid, last = person(rng)
    notice = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 60))
    num = mbi(rng)
    received = plus(notice, -rng.randint(20, 40))
    ghp_end = dt.date(notice.year - 1, rng.randint(1, 3), 1) - dt.timedelta(days=1)
    dob = dt.date(1958 + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
    p = Page(footer="Page {n} of {nb}", footer_left="Form SSA-L1676  (See next page)")
    p.add_page()
    _ssa_head(p, rng, SSA_OFFICES[0], "Important Information")
    p.line(fdate(notice, "long"), 10)
    p.ln(2)
    for ln in [name.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.pairs([("Medicare Number", num), ("Date of Birth", fdate(dob, "slash")),
             ("Request received", fdate(received, "slash"))], label_w=42, size=9.5)
    p.ln(2)
    p.para(f"We are writing about your request to enroll in Medicare Medical Insurance (Part B) during a Special "
           f"Enrollment Period. **We cannot accept your request.** This means that you do not have Part B now "
           f"and that Medicare cannot pay Part B claims for care you received before you are enrolled.")
    p.heading("Why we made this decision", 11)
    p.para(f"The Request for Employment Information (Form CMS-L564) completed by {rng.choice(EMPLOYERS)} shows "
           f"that your group health plan coverage based on current employment ended on "
           f"{fdate(ghp_end, 'long')}. You can sign up for Part B during a Special Enrollment Period any time you "
           f"are covered by a group health plan based on current employment, or during the 8 months after the "
           f"month the employment or the coverage ends, whichever happens first. We received your request on "
           f"{fdate(received, 'long')}, after your 8-month Special Enrollment Period ended. COBRA and retiree "
           f"coverage do not count as coverage based on current employment.")
    p.heading("What you can do now", 11)
    p.para("You can sign up for Part B during the General Enrollment Period, January 1 through March 31 of each "
           "year. Your coverage will begin the first day of the month after you sign up. Because you did not "
           "sign up when you were first eligible, your monthly premium may go up 10% for each full 12-month "
           "period you could have had Part B but did not.")
    p.heading("If You Disagree With The Decision", 11)
    p.para("If you disagree with this decision, you have the right to request a reconsideration. If you want "
           "an appeal, you must ask for it in writing within 60 days from the date you receive this letter. We "
           "assume you received this letter 5 days after the date on it, unless you show us that you did not get "
           "it within the 5-day period. You may use Form SSA-561, Request for Reconsideration.")
    p.heading("If You Have Any Questions", 11)
    p.para(f"Call us at 1-800-772-{rng.randint(1000, 9999)} (TTY 1-800-325-{rng.randint(1000, 9999)}), "
           f"7 a.m. to 7 p.m., Monday through Friday, or visit any Social Security office. Please have this "
           f"letter with you. If you call or visit, have your Medicare number ready.")
    p.ln(4)
    p.line("Social Security Administration", 10, "B")
    t = truth("denial_letter", "eligibility", insurer="Social Security Administration", member_id=num,
              member_name=name, denial_date=notice.isoformat(),
              alternates={"insurer": ["Medicare"], "appeal_deadline": [plus(notice, 65).isoformat()]})
    return out(p), t


def msn_two_claims(rng):
    """Scanned Part B MSN: one claim after Part B began (approved), one before it (denied, note A)."""
    name, *_ = person(rng)
    num = mbi(rng)
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 40))
    partb = dt.date(notice.year, rng.choice([1, 2]), 1)
    dos_den = plus(partb, -rng.randint(12, 40))
    dos_ok = plus(partb, rng.randint(5, 25))
    prov_den, prov_ok = rng.sample(CLINICIANS, 2)
    fac_den = rng.choice(FACILITIES)
    c_den = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    c_ok = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    lines_den = [("Office/outpatient visit, est (99214)", amount(rng, 180, 260)),
                 ("Electrocardiogram, complete (93000)", amount(rng, 60, 110)),
                 ("Metabolic panel, comp (80053)", amount(rng, 40, 90))]
    tot_den = round(sum(v for _, v in lines_den), 2)
    ok_chg = amount(rng, 150, 240)
    ok_app = round(ok_chg * 0.52, 2)
    by = plus(notice, 120)
    start = plus(notice, -91)
    p = Page(footer="Page {n} of {nb}", footer_left="CMS-10310 (Part B)")
    p.add_page()
    p.line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B", h=8)
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5, h=4.5)
    p.ln(2)
    p.line("THIS IS NOT A BILL", 12, "B", h=7)
    p.boxed_pairs([("Notice for", name), ("Medicare Number", num), ("Date of This Notice", fdate(notice, "long")),
                   ("Claims Processed Between", f"{fdate(start, 'long')} and {fdate(notice, 'long')}")],
                  label_w=60)
    p.heading("Your Deductible Status", 11)
    p.para(f"Your deductible is what you must pay for most health services before Medicare begins to pay. You have "
           f"now met $257.00 of your Part B deductible for {notice.year}.", 9.5)
    p.heading("Your Claims & Costs This Period", 11)
    p.pairs([("Did Medicare approve all services?", "NO"), ("Number of services Medicare denied", "3"),
             ("Total You May Be Billed", money(tot_den + round(ok_app * 0.2, 2)))], label_w=80, size=9.5)
    p.ln(2)
    p.para("See the claim details that follow. Look for NO in the \"Service Approved?\" column. See the last page "
           "for how to handle a denied claim.", 9.5)
    p.add_page()
    p.heading("Your Claims for Part B (Medical Insurance)", 12, rule=True)
    for c, prov, fac, dos, lines, approved in [(c_ok, prov_ok, rng.choice(FACILITIES), dos_ok,
                                                [("Office/outpatient visit, est (99213)", ok_chg)], True),
                                               (c_den, prov_den, fac_den, dos_den, lines_den, False)]:
        p.f(9.5, "B")
        p.cell(0, 5.5, f"{fdate(dos, 'slash')}   {prov}, {fac}", new_x="LMARGIN", new_y="NEXT")
        p.f(9)
        p.cell(0, 5, f"Claim Number: {c}   Provider's Address: {address(rng)[1]}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for desc, chg in lines:
            if approved:
                rows.append([desc, "Yes", money(chg), money(ok_app), money(round(ok_app * 0.8, 2)),
                             money(round(ok_app * 0.2, 2)), ""])
            else:
                rows.append([desc, "NO", money(chg), "$0.00", "$0.00", money(chg), "A"])
        rows.append(["Total for this claim", "", money(sum(v for _, v in lines)), "", "", "", ""])
        p.table(["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
                 "Medicare-Approved Amount", "Medicare Paid Provider", "Maximum You May Be Billed", "See Notes"],
                rows, [58, 18, 22, 22, 22, 22, 16], size=8, bold_last=True)
    p.heading("Notes for Claims Above", 10.5)
    p.para(f"A  This service was denied because you did not have Medicare Part B (Medical Insurance) on the date you "
           f"received it. Medicare records show your Part B coverage began {fdate(partb, 'long')}.", 9)
    p.heading("How to Handle Denials or Appeals", 11)
    p.para(f"If you disagree with a coverage decision on this notice, you can file an appeal. "
           f"**Appeals must be filed by {fdate(by, 'long')}.** Circle the services you disagree with, explain why on "
           f"this page, and send it to the Medicare contractor at the address on page 1. Do not send it to Social "
           f"Security. Questions about your Part B enrollment go to Social Security at 1-800-772-{rng.randint(1000, 9999)}.",
           9.5)
    t = truth("eob", "eligibility", insurer="Medicare", member_id=num, member_name=name, cases=[c_den],
              claim_amount=m2(tot_den), service_dates=[span(dos_den)], denial_date=notice.isoformat(),
              provider=prov_den, appeal_deadline=by.isoformat(), type_alternates=["denial_letter"],
              alternates={"provider": [fac_den]})
    return out(p), t


def l564_copy(rng):
    """Photocopy of a filled CMS-L564: nothing is decided on it."""
    name, *_ = person(rng)
    num = mbi(rng)
    emp = rng.choice(EMPLOYERS)
    ghp = rng.choice(GHPS)
    grp = f"{rng.choice(['GR', 'G-', ''])}{digits(rng, 6)}"
    began = dt.date(2009 + rng.randint(0, 8), rng.randint(1, 12), 1)
    ended = dt.date(2025, rng.randint(2, 9), 1) - dt.timedelta(days=1)
    signed = plus(ended, rng.randint(60, 160))
    p = Page(footer=None, footer_left="Form CMS-L564 (09/23)")
    p.add_page()
    p.line("DEPARTMENT OF HEALTH AND HUMAN SERVICES", 8.5, "B", h=4.2)
    p.line("CENTERS FOR MEDICARE & MEDICAID SERVICES", 8.5, "B", h=4.2)
    p.line("Form Approved OMB No. 0938-0787", 8, align="R", h=4.2)
    p.ln(2)
    p.line("REQUEST FOR EMPLOYMENT INFORMATION", 14, "B", align="C", h=8)
    p.para("The individual named below has applied for Medicare Part B under the Special Enrollment Period for the "
           "Working Aged or Disabled. Please complete Section B so Social Security can decide whether the "
           "individual qualifies.", 9)
    p.heading("SECTION A: To be completed by the individual", 10, rule=True)
    p.boxed_pairs([("1. Employer's Name", emp), ("2. Date", fdate(signed, "slash")),
                   ("3. Employer's Address", ", ".join(address(rng))), ("4. Applicant's Name", name),
                   ("5. Applicant's Social Security Number", f"XXX-XX-{digits(rng, 4)}"),
                   ("6. Medicare Number (if known)", num)], label_w=75, size=9)
    p.heading("SECTION B: To be completed by the employer", 10, rule=True)
    p.boxed_pairs([("1. Is (or was) the applicant covered under a group health plan?", "[X] Yes   [ ] No"),
                   ("2. Date coverage began (mm/yyyy)", began.strftime("%m/%Y")),
                   ("3. Has the coverage ended?  Date ended", f"[X] Yes   {fdate(ended, 'slash')}"),
                   ("4. Coverage based on current employment of", "[X] Applicant   [ ] Spouse"),
                   ("5. Employment ended (mm/yyyy)", ended.strftime("%m/%Y")),
                   ("6. Group health plan name", ghp), ("7. Group / policy number", grp)], label_w=105, size=8.5)
    p.ln(2)
    p.para("I certify that the information above is correct to the best of my knowledge.", 9)
    p.pairs([("Signature of company official", "(signed)  " + rng.choice(["R. Dunleavy", "M. Iwamoto", "T. Szabo"])),
             ("Title", "Benefits Coordinator"), ("Company phone", f"({digits(rng, 3)}) 555-{digits(rng, 4)}"),
             ("Date signed", fdate(signed, "iso"))], label_w=60, size=9)
    p.ln(3)
    p.para("According to the Paperwork Reduction Act of 1995, no persons are required to respond to a collection of "
           "information unless it displays a valid OMB control number. The time required to complete this "
           "information collection is estimated to average 15 minutes per response.", 7.5)
    t = truth("other", None, insurer=None, member_id=num, member_name=name, group=grp,
              unscored=["insurer", "denial_date"])
    return out(p), t


def redetermination(rng):
    """MAC Medicare Redetermination Notice, unfavorable; next level 180 days of receipt."""
    mac, jur, maddr = rng.choice(MACS)
    name, *_ = person(rng)
    num = mbi(rng)
    notice = dt.date(2026, 4, 1) + dt.timedelta(days=rng.randint(0, 40))
    partb = dt.date(notice.year, 4, 1)
    dos = plus(partb, -rng.randint(30, 70))
    prov = rng.choice(CLINICIANS)
    claim = digits(rng, 13)
    appeal = f"{rng.randint(1, 9)}-{digits(rng, 10)}"
    billed = amount(rng, 320, 1400)
    recv = plus(notice, -rng.randint(25, 50))
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(mac, 13, "B", h=6.5)
    p.line(f"Medicare {jur}  |  {maddr}", 8.5, h=4.5)
    p.ln(4)
    p.line(fdate(notice, "dmy"), 10)
    p.ln(2)
    for ln in [name] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("MEDICARE APPEAL DECISION", 13, "B", h=7)
    p.table(["Beneficiary", "Medicare Number", "Provider", "Date(s) of Service", "Claim Number", "Appeal Number"],
            [[name, num, prov, fdate(dos, "dmy"), claim, appeal]], [34, 28, 38, 24, 28, 24], size=7.5)
    p.para(f"Dear {name.split()[0]} {name.split()[-1]}:", 10)
    p.para(f"This letter is to tell you about the decision on your redetermination request, which we received on "
           f"{fdate(recv, 'dmy')}. You asked us to review the denial of services provided by {prov}. The amount in "
           f"dispute is {money(billed)}.", 10)
    p.heading("Decision: UNFAVORABLE", 11)
    p.para("We have decided that Medicare will not pay for the services listed above.", 10)
    p.heading("Explanation of the Decision", 11)
    p.para(f"Medicare can only pay Part B claims for dates on which the beneficiary is entitled to Part B. The "
           f"Medicare enrollment records furnished by the Social Security Administration show Part B entitlement "
           f"beginning {fdate(partb, 'dmy')}. The services were furnished before that date. A contractor cannot change "
           f"enrollment records; if you believe your enrollment date is wrong, contact Social Security. Claim "
           f"adjustment reason code 26 (expenses incurred prior to coverage) applies.", 10)
    p.heading("If you disagree with this decision", 11)
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file your request "
           "within 180 days of receiving this letter. We assume you received it 5 days after the date of this "
           "letter unless you show otherwise. Use Form CMS-20033 or write to the QIC named on the enclosed page.",
           9.5)
    p.para(f"Questions: 1-800-MEDICARE (1-800-633-4227). Provider NPI on file: {rng.choice('12')}{digits(rng, 9)}.", 9)
    t = truth("denial_letter", "eligibility", insurer=mac, member_id=num, member_name=name, cases=[claim, appeal],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=notice.isoformat(), provider=prov,
              alternates={"insurer": ["Medicare"], "appeal_deadline": [plus(notice, 185).isoformat()]})
    return out(p), t


def clinic_statement(rng, prov=None):
    """Clinic statement: Medicare refused, balance moved to the patient."""
    fac = rng.choice(FACILITIES)
    name, *_ = person(rng)
    num = mbi(rng)
    sdate = dt.date(2026, 4, 10) + dt.timedelta(days=rng.randint(0, 30))
    acct = f"{digits(rng, 8)}"
    d1 = plus(sdate, -rng.randint(70, 110))
    d2 = plus(d1, rng.randint(7, 20))
    c1, c2 = amount(rng, 140, 260), amount(rng, 35, 95)
    tot = round(c1 + c2, 2)
    p = Page(footer=None)
    p.add_page()
    p.line(fac, 14, "B", h=7)
    p.line("Patient Business Office  |  " + ", ".join(address(rng)), 8.5, h=4.5)
    p.ln(4)
    p.pairs([("Statement Date", fdate(sdate, "abbr")), ("Account Number", acct), ("Patient", name),
             ("Medicare ID", num), ("Amount Due", money(tot))], label_w=38, size=9.5)
    p.ln(2)
    p.table(["Date", "Description", "Charges", "Payments/Adj", "Balance"],
            [[fdate(d1, "slash"), "Office visit (99204)", money(c1), "0.00", money(c1)],
             [fdate(d2, "slash"), "Venipuncture / lab (36415, 85025)", money(c2), "0.00", money(c2)],
             ["", "Account total", money(tot), "0.00", money(tot)]], [24, 76, 24, 24, 24], size=8.5, bold_last=True)
    p.para("Medicare returned these charges: the beneficiary was not entitled to Part B on the dates of service. "
           "The balance is now your responsibility. If Social Security later changes your Part B start date, "
           "call us and we will bill Medicare again. Interest-free payment plans are available.", 9.5)
    p.para(f"Questions? Call {digits(rng, 3)}-555-{digits(rng, 4)}.  Please return the lower portion with payment.",
           9)
    t = truth("other", None, insurer=None, member_id=num, member_name=name, claim_amount=m2(tot),
              service_dates=[span(d1), span(d2)], denial_date=sdate.isoformat(), provider=fac,
              unscored=["insurer"], alternates={"member_id": [None], "claim_amount": [None]})
    return out(p), t


def retiree_eob(rng):
    """Retiree group plan EOB: plan pays after Medicare; claim refused as Medicare is primary."""
    ins = "Cobalt Ridge Benefit Plans"
    name, *_ = person(rng)
    mid = f"CRB{digits(rng, 9)}"
    grp = digits(rng, 6)
    stmt = dt.date(2026, 2, 10) + dt.timedelta(days=rng.randint(0, 50))
    dos = plus(stmt, -rng.randint(25, 50))
    prov = rng.choice(FACILITIES)
    claim = f"{digits(rng, 4)}{rng.choice('EFG')}{digits(rng, 6)}"
    billed = amount(rng, 700, 2600)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(ins, 15, "B", h=7)
    p.line("Retiree Medical Plan  -  Explanation of Benefits  -  This is not a bill", 9, h=5)
    p.ln(3)
    p.pairs([("Statement date", fdate(stmt, "upper")), ("Member", name), ("Member ID", mid), ("Group", grp),
             ("Claim #", claim), ("Provider", prov), ("Service date", fdate(dos, "upper"))],
            label_w=34, size=9.5)
    p.ln(2)
    p.table(["Service", "Billed", "Medicare est.", "Plan allowed", "Plan paid", "Code"],
            [["Outpatient MRI, lumbar (72148)", money(billed), money(round(billed * 0.35, 2)), "0.00", "0.00", "MC7"],
             ["Total", money(billed), "", "0.00", "0.00", ""]], [60, 24, 26, 24, 22, 18], size=8.5, bold_last=True)
    p.para("MC7 - This plan pays after Medicare for retirees who are eligible for Medicare. You were eligible for "
           "Medicare Part B on the date of service, so we process the claim as if Medicare had paid first. Because "
           "no Medicare Summary Notice was received, we cannot pay this claim. Send us the MSN, or the Social "
           "Security letter showing you were not eligible for Part B, and we will review the claim again.", 9)
    p.para(f"You may appeal within 180 days of the date of this statement. Write to {ins}, Appeals Unit, "
           f"PO Box {rng.randint(1000, 9999)}, Spokane WA 99210. Urgent appeals are decided within 72 hours. You "
           f"may also have the right to an external review within 4 months of a final decision.", 9)
    t = truth("eob", "other", insurer=ins, member_id=mid, group=grp, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=stmt.isoformat(), provider=prov,
              appeal_deadline=plus(stmt, 180).isoformat(), denial_alternates=["eligibility"],
              type_alternates=["denial_letter"])
    return out(p), t


def ssa_reconsideration(rng):
    """Low-resolution SSA Notice of Reconsideration, prose only, decision upheld."""
    name, *_ = person(rng)
    num = mbi(rng)
    notice = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 40))
    asked = plus(notice, -rng.randint(30, 60))
    first_notice = plus(asked, -rng.randint(20, 45))
    p = Page(footer=None, footer_left="Form SSA-L1676-U3")
    p.add_page()
    _ssa_head(p, rng, SSA_OFFICES[1], "Notice of Reconsideration")
    p.line(fdate(notice, "long"), 10)
    p.ln(2)
    for ln in [name] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.para(f"We have reconsidered our decision about your Medicare Part B enrollment. On {fdate(asked, 'long')} you "
           f"asked us to look again at our notice dated {fdate(first_notice, 'long')}, which said you could not "
           f"enroll in Part B during a Special Enrollment Period. Your Medicare number is {num}.")
    p.para("We looked at the employer statement, your pay records and the letter from your former employer's "
           "health plan. These show that after your job ended you kept the same coverage only through COBRA. "
           "COBRA coverage is not coverage based on current employment, so it does not extend the 8-month Special "
           "Enrollment Period. **The original decision is correct, and we cannot change it.**")
    p.para("You can still enroll during the General Enrollment Period from January 1 to March 31. If you do, "
           "Part B begins the month after you enroll, and Medicare will not pay for care before that date.")
    p.para("If you do not agree with this decision, you may ask for a hearing before an administrative law judge. "
           "You must ask within 60 days after you receive this notice. We assume you got it 5 days after the "
           "date at the top unless you show us that you did not. Use Form HA-501. If you have questions, call "
           f"1-800-772-{rng.randint(1000, 9999)} or go to any Social Security office.")
    t = truth("denial_letter", "eligibility", insurer="Social Security Administration", member_id=num,
              member_name=name, denial_date=notice.isoformat(),
              alternates={"insurer": ["Medicare"], "appeal_deadline": [plus(notice, 65).isoformat()]})
    return out(p), t


def ssa_enrolled(rng):
    """Sideways SSA enrollment confirmation: SEP accepted; nothing is denied."""
    name, *_ = person(rng)
    num = mbi(rng)
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 50))
    start = dt.date(notice.year, notice.month, 1) + dt.timedelta(days=40)
    start = dt.date(start.year, start.month, 1)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    _ssa_head(p, rng, SSA_OFFICES[0], "Your Medicare Part B Enrollment")
    p.line(fdate(notice, "iso"), 10)
    p.ln(2)
    for ln in [name.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.boxed_pairs([("Medicare Number", num), ("Hospital Insurance (Part A)", "Entitled since 2024"),
                   ("Medical Insurance (Part B)", f"Begins {fdate(start, 'iso')}"),
                   ("Monthly Part B premium", "$202.90 (no late enrollment penalty)")], label_w=62)
    p.para("We accepted your request to enroll in Medicare Part B during a Special Enrollment Period. The "
           "employer information on Form CMS-L564 shows you had group health coverage based on current "
           "employment until you retired, and you asked within 8 months. You will get a new Medicare card in the "
           "mail in about 30 days.")
    p.para("If you have a Medicare Advantage or Part D plan question, call 1-800-MEDICARE. If you think this "
           "information is wrong, call us at 1-800-772-" + digits(rng, 4) + " within 60 days.")
    t = truth("other", None, insurer="Social Security Administration", member_id=num, member_name=name,
              denial_date=notice.isoformat(), alternates={"insurer": ["Medicare"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_ssa_sep_denied", "born_digital", [ssa_sep_denial(rng)]),
            Item(f"{F}_scan_msn_two_claims", "scan_clean_300", [msn_two_claims(rng)]),
            Item(f"{F}_copy_cms_l564", "photocopy", [l564_copy(rng)]),
            Item(f"{F}_faxf_stack_redet_statement", "fax_fine_g4", [redetermination(rng), clinic_statement(rng)],
                 separators=["cover", "blank"]),
            Item(f"{F}_photo_retiree_eob", "phone_photo", [retiree_eob(rng)]),
            Item(f"{F}_lowres_ssa_reconsideration", "scan_lowres_150", [ssa_reconsideration(rng)]),
            Item(f"{F}_rot_enrolled", "rotated", [ssa_enrolled(rng)])]
