"""Family 'hidradenitis_suppurativa_biologic_dose_and_laser_treatment_denial': an invented commercial plan
(Whitebirch Mutual Health) refusing hidradenitis suppurativa care: adalimumab at weekly dosing over the plan's
quantity limit, laser hair reduction under the cosmetic exclusion, secukinumab before the step-therapy drug.
Commercial rights: appeal within 180 days of the date of the letter/statement, 72-hour urgent review, external
review within 4 months of a final internal decision.

Documents: a born-digital prior-authorization denial of weekly adalimumab (white-on-dark band, label column); a
standard-fax claim denial of laser treatment told only in sentences, with a fax header line; a scanned stack (the
specialty pharmacy's reject notice with its duplex back, the dermatologist's letter of medical necessity to the
plan); a phone photo of an EOB with three claims, the laser session refused; a photocopied dermatology practice
statement with one line refused by the plan; a sideways step-therapy denial of secukinumab with a shaded sidebar;
a born-digital two-page final appeal decision upholding the laser denial (running header, external review only).
All values invented; phones 1-555. Decoys: DOB, NPI, Rx number, NDC, BIN/PCN, medical policy numbers, patient
account number, request-received dates, claims-processed periods, other claims, 72-hour and 4-month limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundda_famdac import (Page, addr, faxline, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar,
                                table2, usd)

FAMILY = "hidradenitis_suppurativa_biologic_dose_and_laser_treatment_denial"
LANG = "en"
SEED = 349802
ORG = "Whitebirch Mutual Health"
ORG_ADDR = "PO Box 40318, Harrisburg, PA 17106"
DERM = "Sweetbay Dermatology & Laser Center"
DERM_ADDR = "2210 Linglestown Road, Harrisburg, PA 17110"
DOC = "Dr. Oluwaseun T. Abernathy-Reyes"
DOC_BARE = "Oluwaseun T. Abernathy-Reyes"
PHARM = "Copperleaf Specialty Pharmacy"
MEMBERS = ["Tamsin G. Holloway", "Darnell V. Quist", "Renée M. Castellanos", "Bartholomew K. Ng",
           "Odalys F. Prewitt", "Caius L. Marchbanks", "Ivette S. Dorsainvil"]


def base(r, k):
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Derry Street",
                                                        "Harrisburg, PA 17111"],
                mid="WBM" + pat(r, "999999999"), group=pat(r, "G-99999"), phone=ph(r),
                dob=dt.date(r.randint(1970, 2004), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


RIGHTS = ("You may appeal this decision within 180 days of the date of this letter. Send your appeal to "
          f"{ORG} Appeals, {ORG_ADDR}, or fax 1-555-310-7781. If a delay could seriously harm your health, ask for "
          "an urgent appeal; we decide urgent appeals within 72 hours. You may ask for free copies of the criteria "
          "and documents we used. After our final internal decision you may ask for an external review by an "
          "independent review organization within 4 months.")


def doc_weekly_bd(r):
    f = base(r, 0)
    pa = "PA" + pat(r, "99999999")
    a, b = plus(f["notice"], 2), plus(f["notice"], 181)
    got = plus(f["notice"], -r.randint(2, 6))
    d = Page(footer=f"{ORG}  -  Pharmacy Prior Authorization  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Prior Authorization Department", ORG_ADDR,
                        f"Member Services {f['phone']}   Fax 1-555-310-7790"], 2)
    d.text_line("Prior Authorization Determination - Denied", 13, "B")
    d.ln(2)
    lv(d, [("Letter date", fd(f["notice"], "long")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group number", f["group"]), ("Date of birth", fd(f["dob"], "slash")), ("PA case number", pa),
           ("Prescriber", DOC), ("Prescriber NPI", f["npi"]), ("Received", fd(got, "long")),
           ("Drug requested", "Adalimumab 40 mg/0.4 mL pen, 1 pen every 7 days (4 pens per 28 days)"),
           ("Coverage period asked", f"{fd(a, 'slash')} - {fd(b, 'slash')}")], w=46, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "We reviewed your doctor's request for weekly adalimumab for hidradenitis suppurativa. Your plan's quantity "
        "limit for this drug is 2 pens every 28 days. We cover a higher amount when the records show the standard "
        "dose was taken for at least 12 weeks and did not work well enough. Your records show you started "
        "adalimumab 6 weeks ago. Weekly dosing is not medically necessary at this time, so the request is denied. "
        "Your current every-other-week supply is not affected.",
        "Criteria used: Pharmacy Policy RX-ADA-031 (quantity limits for TNF blockers).",
        "#Your right to appeal", RIGHTS], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DOC_BARE, DERM], "service_dates": [[]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_laser_fax(r):
    f = base(r, 1)
    claim = pat(r, "E26999999999")
    dos = plus(f["notice"], -r.randint(20, 45))
    amt = fee(r, 600, 1600)
    d = Page(serif=True)
    d.add_page()
    faxline(d, f"{fd(f['notice'], 'upper')} 11:0{r.randint(0, 9)}  WHITEBIRCH MUTUAL CLAIMS  1-555-310-7700  "
               f"TO {DERM.upper()}  PG 1/1")
    letterhead(d, ORG, ["Claims Department", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished reviewing claim {claim}, which {DERM} sent us for laser hair reduction of both underarms "
        f"and the groin that you received on {fd(dos, 'long')}. The amount billed was {usd(amt)}. Your member ID "
        f"is {f['mid']} and your group number is {f['group']}.",
        "We are not able to pay this claim. Your plan excludes laser hair removal and hair reduction in every case, "
        "because the plan treats it as a cosmetic service, even when it is done to help a skin condition such as "
        "hidradenitis suppurativa. The exclusion is in your Certificate of Coverage, Section 7, Exclusions, item 12. "
        "The office visit and the injections you had that day were processed on separate claims.",
        "If you disagree, you or your doctor may appeal within 180 days of the date of this letter. Write to us at "
        f"the address above or call {f['phone']}. You may also ask for the documents we used, free of charge.",
        "Sincerely,", "Claims Review", ORG], size=10.3)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=DERM,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def stack_pharmacy(r):
    f = base(r, 2)
    rx = pat(r, "7999999")
    when = f["notice"]
    d = Page(footer=f"{PHARM} - Patient Notice")
    d.add_page()
    letterhead(d, PHARM, ["1450 Commerce Park Drive, Mechanicsburg, PA 17050",
                          "Patient Care 1-555-862-4410  Fax 1-555-862-4499"], 0)
    d.text_line("We could not fill your prescription yet", 13, "B")
    d.ln(2)
    d.boxes([("Date", fd(when, "dmy"), 40), ("Patient", f["member"], 80), ("Rx number", rx, 60)])
    d.boxes([("Prescriber", DOC, 100), ("Drug", "Adalimumab 40 mg pen", 80)])
    d.boxes([("NDC", "55555-0417-02", 50), ("BIN / PCN", "610999 / WBRX", 50), ("Insurance", ORG, 80)])
    d.ln(4)
    paras(d, [
        f"Your insurance plan, {ORG}, returned our claim for this prescription with the message: QUANTITY LIMIT "
        "EXCEEDED - PRIOR AUTHORIZATION REQUIRED. This is not a final decision by your plan. We have faxed your "
        "doctor's office so they can ask the plan for approval.",
        "We will call you when the plan answers. If you have doses left, keep taking them as your doctor told you.",
        "Questions? Call Patient Care at 1-555-862-4410, Monday to Friday 8 am - 8 pm."], size=9.8)
    notice = pdf_bytes(d)
    t1 = truth("other", None, insurer=None, member_id=None, member_name=f["member"], denial_date=when.isoformat(),
               provider=DOC, unscored=["insurer"], alternates={"provider": [DOC_BARE, PHARM]})
    d = Page()
    d.add_page()
    letterhead(d, DERM, [DERM_ADDR, "Tel 1-555-233-6100  Fax 1-555-233-6190"], 1)
    sent = plus(when, 2)
    d.text_line(fd(sent, "abbr"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Pharmacy Prior Authorization", ORG_ADDR, "Fax 1-555-310-7790"])
    d.text_line("Letter of Medical Necessity", 11.5, "B")
    d.ln(1)
    paras(d, [
        f"Patient: {f['member']}    Member ID: {f['mid']}    DOB: {fd(f['dob'], 'slash')}",
        "I am writing to ask you to approve adalimumab 40 mg every week for my patient, who has Hurley stage II "
        "hidradenitis suppurativa of the axillae and groin. She has had 14 weeks of every-other-week dosing with "
        "new draining tunnels each month and two incision and drainage procedures. Weekly dosing is the labeled "
        "maintenance dose for hidradenitis suppurativa.",
        "Her flares keep her out of work several days each month. Please approve the weekly dose.",
        "Sincerely,", DOC, DERM], size=10)
    letter = pdf_bytes(d)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], denial_date=sent.isoformat(),
               provider=DOC, unscored=["insurer"], alternates={"provider": [DOC_BARE, DERM],
                                                               "denial_date": [None]})
    return [(notice, t1), (letter, t2)], ["duplex", None]


def doc_eob_photo(r):
    f = base(r, 3)
    stmt = f["notice"]
    lines = [("Office visit, established patient", 0), ("Intralesional injection, up to 7 lesions", 0),
             ("Laser hair reduction, axillae", 1)]
    claims = []
    for i, (what, den) in enumerate(lines):
        dos = plus(stmt, -r.randint(15, 50))
        claims.append((pat(r, "E26999999999"), dos, what, [185.0, 240.0, 875.0][i] + r.randint(0, 90) + 0.75 * i))
    d = Page(footer=f"{ORG}  |  Explanation of Benefits  |  This is not a bill")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.ln(1)
    lv(d, [("Statement date:", fd(stmt, "iso")), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Group:", f["group"]), ("Provider:", DERM),
           ("Claims processed:", f"{fd(plus(stmt, -28), 'iso')} to {fd(stmt, 'iso')}")], w=40, size=9.2)
    rows = []
    for i, (c, dos, what, amt) in enumerate(claims):
        den = lines[i][1]
        allowed = 0.0 if den else round(amt * 0.62, 2)
        rows.append([c, fd(dos, "short"), what, usd(amt, "flat"), usd(allowed, "flat"),
                     usd(amt if den else 25.0, "flat"), "X44" if den else "-"])
    table2(d, [("Claim", "number"), ("Service", "date"), ("Service", "description"), ("Amount", "billed"),
               ("Plan", "allowed"), ("You may", "owe"), ("Remark", "code")], [32, 18, 58, 20, 18, 18, 14], rows,
           size=7.9)
    paras(d, [
        "X44 - Laser hair removal or reduction is excluded from coverage as cosmetic (Certificate of Coverage, "
        "Section 7). The plan paid nothing for this claim.",
        "You may appeal a denied claim within 180 days of the date of this statement. After a final internal "
        "decision you may ask for an external review within 4 months."], size=8.8)
    c, dos, _, amt = claims[2]
    t = truth("eob", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=DERM, appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def doc_statement_copy(r):
    f = base(r, 4)
    stmt = f["notice"]
    acct = pat(r, "SD-999999")
    claim = pat(r, "E26999999999")
    dos = plus(stmt, -r.randint(30, 60))
    items = [("Office visit (99214)", fee(r, 180, 260), "Paid by insurance"),
             ("Incision and drainage, complex (10061)", fee(r, 300, 480), "Paid by insurance"),
             ("Nd:YAG laser hair reduction, groin", fee(r, 700, 1100), "Denied by insurance - cosmetic")]
    total = round(sum(a for _, a, _ in items), 2)
    d = Page(footer=f"{DERM} - Patient Statement")
    d.add_page()
    letterhead(d, DERM, [DERM_ADDR, "Billing Office 1-555-233-6150"], 0)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "long")), ("Patient", f["member"]), ("Account number", acct),
           ("Insurance", f"{ORG}  ID {f['mid']}"), ("Date of service", fd(dos, "long"))], w=42, size=9.4)
    d.table(["Description", "Charge", "Insurance status"],
            [[a, usd(b), c] for a, b, c in items] + [["*Total charges", usd(total), ""]],
            [80, 30, 70], size=9, aligns="LRL")
    paras(d, [
        f"Your insurance denied the laser treatment (insurance claim {claim}) as a cosmetic service. The balance "
        f"for that line, {usd(items[2][1])}, is now your responsibility. You may appeal to your plan; please call "
        "us if you would like a copy of our notes to send with your appeal.",
        "Payment is due within 30 days. We offer payment plans."], size=9.6)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{items[2][1]:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=DERM, unscored=["insurer"],
              alternates={"claim_amount": [f"{total:.2f}"], "case_numbers": [[]]})
    return pdf_bytes(d), t


def doc_step_rotated(r):
    f = base(r, 5)
    pa = "PA" + pat(r, "99999999")
    d = Page(footer=f"{ORG}")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Prior Authorization", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    y0, y1 = sidebar(d, [("Date of this letter", fd(f["notice"], "abbr")), ("Member", f["member"]),
                         ("Member ID", f["mid"]), ("Group", f["group"]), ("Case", pa), ("Prescriber", DOC_BARE),
                         ("Date of birth", fd(f["dob"], "abbr"))])
    d.set_left_margin(74)
    d.set_xy(74, y0)
    d.text_line("Your request was not approved", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        "Your doctor asked us to cover secukinumab 300 mg for hidradenitis suppurativa. Your plan covers this drug "
        "only after a trial of the preferred drug, adalimumab, for at least 12 weeks, unless you cannot take it. "
        "We found no record that you have tried adalimumab or that you cannot take it. The step therapy rule is not "
        "met, so we did not approve the request.",
        "Your doctor can send us records of a past trial, or ask for adalimumab, which does not need this step.",
        "Policy used: Pharmacy Policy RX-IL17-044 (step therapy).",
        RIGHTS], size=9.4)
    d.set_left_margin(18)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[pa], denial_date=f["notice"].isoformat(), provider=DOC_BARE,
              appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DERM]}, denial_alternates=["prior_authorization", "not_covered"])
    return pdf_bytes(d), t


def doc_final_appeal_bd(r):
    f = base(r, 6)
    appeal = "APP-" + pat(r, "9999999")
    claim = pat(r, "E26999999999")
    dos = plus(f["notice"], -r.randint(70, 100))
    amt = fee(r, 900, 1500)
    got = plus(f["notice"], -r.randint(18, 28))
    d = Page(footer=f"{ORG} Appeals  -  Page {{p}} of {{n}}",
             header=f"{f['member']}  |  Member ID {f['mid']}  |  Appeal {appeal}")
    d.add_page()
    letterhead(d, ORG, ["Member Appeals", ORG_ADDR, "Appeals fax 1-555-310-7781"], 2)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Final Internal Appeal Decision", 12.5, "B")
    d.ln(1)
    lv(d, [("Appeal number:", appeal), ("Claim number:", claim), ("Group number:", f["group"]),
           ("Provider:", DERM), ("Date of service:", fd(dos, "long")), ("Amount billed:", usd(amt)),
           ("Appeal received:", fd(got, "long"))], w=40, size=9.6)
    paras(d, [
        f"Dear {f['member']}:",
        "You appealed our denial of laser hair reduction for hidradenitis suppurativa. A board-certified "
        "dermatologist who was not involved in the first decision reviewed your appeal, your doctor's letter and "
        "the published studies you sent.",
        "We understand that laser treatment may reduce flares. However, your Certificate of Coverage excludes laser "
        "hair removal and reduction for any reason (Section 7, Exclusions, item 12). The plan cannot make an "
        "exception to a written exclusion. We are upholding the denial."], size=10)
    d.add_page()
    paras(d, [
        "#This is our final internal decision",
        "You have used all internal appeals with our plan. You may ask for an external review by an independent "
        "review organization. You must ask within 4 months of the date you receive this letter. The external "
        "reviewer's decision is binding on the plan.",
        "If your situation is urgent, an expedited external review is decided within 72 hours.",
        "You may ask for free copies of all documents, records and other information relevant to your claim.",
        "Sincerely,", "Member Appeals", ORG], size=10)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{amt:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=DERM)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_pharmacy(r(2))
    return [
        Item(f"{FAMILY}_bd_weekly_adalimumab_quantity_limit", "born_digital", [doc_weekly_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_laser_claim_cosmetic_prose", "fax_standard_g4", [doc_laser_fax(r(1))]),
        Item(f"{FAMILY}_scan300_stack_pharmacy_reject_and_derm_letter", "scan_clean_300", docs, separators=seps),
        Item(f"{FAMILY}_photo_eob_three_claims_laser_denied", "phone_photo", [doc_eob_photo(r(3))]),
        Item(f"{FAMILY}_copy_derm_statement_laser_line_denied", "photocopy", [doc_statement_copy(r(4))]),
        Item(f"{FAMILY}_rotated_secukinumab_step_therapy_sidebar", "rotated", [doc_step_rotated(r(5))]),
        Item(f"{FAMILY}_bd_final_appeal_upheld_laser_two_pages", "born_digital", [doc_final_appeal_bd(r(6))]),
    ]
