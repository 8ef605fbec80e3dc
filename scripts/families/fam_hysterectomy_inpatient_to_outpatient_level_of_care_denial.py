"""Family 'hysterectomy_inpatient_to_outpatient_level_of_care_denial': an invented commercial plan refusing the
inpatient stay after a total laparoscopic hysterectomy because the surgery is approved only as outpatient.

Documents: a born-digital concurrent-review denial with a shaded sidebar; a standard-fax stack of a cover, the
hospital's utilization-management letter to the patient (relaying the plan's decision) and the plan's earlier
outpatient authorization (denies nothing), with the duplex back; a photocopied hospital itemized bill (denies
nothing); a clean-scan EOB with three claims (surgeon and anesthesia paid, the facility inpatient claim refused);
a phone photo of an upheld appeal told only in sentences; a sideways paid EOB after the hospital re-billed the stay
as outpatient (denies nothing); a low-resolution surgeon's reconsideration letter (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, admission and discharge times, request-received dates,
account and medical record numbers, other claims, revenue codes, 72-hour, external-review and 60-day provider
limits, processing periods, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcw_famcwc import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "hysterectomy_inpatient_to_outpatient_level_of_care_denial"
LANG = "en"
SEED = 347400
ORG = "Ridgewell Commonwealth Health"
ORG_ADDR = "PO Box 30917, Tamsworth, KY 40999"
HOSP = "St. Brendan's Valley Hospital"
HOSP_ADDR = "1400 Calloway Ridge Road, Tamsworth, KY 40999"
SURG = "Helena V. Castellanos, DO"
SURG_BARE = "Helena V. Castellanos"
MEMBERS = ["Georgina F. Whitlock", "Marisol T. Arrington", "Philippa D. Osei-Bonsu", "Rosamund K. Yelverton",
           "Dagmar L. Hutchings", "Evangeline C. Moorcroft", "Juniper A. Stallworth"]


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    adm = plus(notice, -r.randint(6, 12))
    return dict(notice=notice, adm=adm, dis=plus(adm, r.choice([2, 2, 3])), member=MEMBERS[k],
                addr=[f"{r.randint(14, 9800)} Persimmon Hollow Drive", "Tamsworth, KY 40999"],
                mid=pat(r, "RCH999999999"), grp=pat(r, "999999"), plan=pat(r, "AAA-99"), phone=ph(r),
                dob=dt.date(r.randint(1966, 1990), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def stay(f):
    return f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"


def doc_concurrent(r):
    f = base(r, 0)
    ref = "IPR-" + pat(r, "99999999")
    auth = "OP" + pat(r, "9999999")
    got = f["adm"]
    d = Page(footer="Ridgewell Commonwealth Health  -  RCH-UM-9 (2026)  -  Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Clinical Review Services", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    y0, y1 = sidebar(d, [("Notice date", fd(f["notice"], "abbr")), ("Patient", f["member"]),
                         ("Member ID", f["mid"]), ("Group", f["grp"]), ("Plan code", f["plan"]),
                         ("Review number", ref), ("Outpatient auth", auth), ("Date of birth", fd(f["dob"], "abbr")),
                         ("Review requested", fd(got, "abbr")), ("Attending NPI", f["npi"])])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Adverse Determination", 12.5, "B")
    d.text_line("Inpatient admission - level of care", 9)
    d.ln(2)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"{HOSP} asked us to approve an inpatient admission from {fd(f['adm'], 'abbr')} to "
        f"{fd(f['dis'], 'abbr')} after your total laparoscopic hysterectomy (CPT 58571) by {SURG}.",
        "#What we decided",
        f"We approved the surgery itself as an outpatient hospital procedure (authorization {auth}), which "
        "includes recovery and observation for up to 23 hours. We do not approve the inpatient level of care. "
        "Your records show stable vital signs, pain controlled by mouth and no complications the morning after "
        "surgery. Under our inpatient criteria, this care could have been given safely in the outpatient "
        "setting. This decision concerns where care was given, not whether the surgery was needed.",
        "#If you disagree",
        f"You must file your appeal by {fd(plus(f['notice'], 180), 'long')}. Call {f['phone']} or write to "
        f"Ridgewell Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours. After our decision you "
        "may ask for an external review within 4 months. Your hospital may also ask for a peer-to-peer review "
        "within 5 business days.",
        "Sincerely,", "Augustin P. Mellor, MD, Physician Reviewer"], size=9.3)
    d.set_left_margin(18)
    t = truth("denial_letter", "level_of_care", insurer=ORG, plan_id=f["plan"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref], service_dates=[stay(f)],
              denial_date=f["notice"].isoformat(), provider=HOSP,
              appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [SURG, SURG_BARE], "case_numbers": [[ref, auth]]})
    return pdf_bytes(d), t


def stack_hospital(r):
    f = base(r, 1)
    ref = "IPR-" + pat(r, "99999999")
    auth = "OP" + pat(r, "9999999")
    mrn, acct = pat(r, "M9999999"), pat(r, "V99999999")
    appr = plus(f["adm"], -r.randint(10, 20))
    plan_notice = plus(f["notice"], -2)
    deadline = plus(plan_notice, 180)
    # hospital UM letter (denial relayed)
    d = Page(serif=True, footer="St. Brendan's Valley Hospital  -  Case Management / Utilization Review")
    d.add_page()
    letterhead(d, HOSP, [HOSP_ADDR, "Utilization Review 1-555-471-2260"], 1)
    d.text_line(fd(f["notice"], "upper"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Your insurer did not approve your inpatient stay", 11.5, "B")
    d.ln(1)
    lv(d, [("Patient", f["member"]), ("Medical record no.", mrn), ("Account no.", acct),
           ("Admitted", f"{fd(f['adm'], 'upper')} 14:20"), ("Discharged", f"{fd(f['dis'], 'upper')} 10:05"),
           ("Insurance", ORG), ("Member ID", f["mid"]), ("Insurer reference", ref)], w=42, size=9.4)
    paras(d, [
        f"Our utilization review nurses sent your records to {ORG} during your stay. On "
        f"{fd(plan_notice, 'upper')} {ORG} told us that it approves your surgery by {SURG} only as an "
        "outpatient procedure and will not pay for inpatient days. Your stay will be billed as outpatient "
        "surgery with observation; you will not be billed for the inpatient room beyond your outpatient "
        "cost sharing while an appeal is pending.",
        f"If you wish to appeal, {ORG}'s letter to you gives the deadline: {fd(deadline, 'upper')}. Our "
        "case management office can help you file it. Call 1-555-471-2260, Monday to Friday."], size=9.6)
    um = pdf_bytes(d)
    t_um = truth("denial_letter", "level_of_care", insurer=HOSP, member_id=f["mid"], member_name=f["member"],
                 case_numbers=[ref], service_dates=[stay(f)], denial_date=f["notice"].isoformat(), provider=SURG,
                 appeal_deadline=deadline.isoformat(),
                 alternates={"insurer": [ORG], "provider": [SURG_BARE, HOSP]})
    # plan's earlier outpatient authorization (approval)
    d = Page(footer="RCH-PA-2  Authorization notice")
    d.add_page()
    letterhead(d, ORG, ["Prior Authorization", ORG_ADDR, "Providers 1-555-602-3300"], 2)
    d.text_line("AUTHORIZATION APPROVED", 12, "B")
    d.ln(2)
    d.boxes([("Date", fd(appr, "iso"), 36), ("Authorization #", auth, 44), ("Member ID", f["mid"], 52),
             ("Group", f["grp"], 48)])
    d.boxes([("Member", f["member"], 70), ("Surgeon", SURG_BARE, 60), ("Facility", "St. Brendan's Valley", 50)])
    d.boxes([("Procedure", "58571 Total laparoscopic hysterectomy", 90), ("Setting", "Outpatient hospital (POS 22)", 56),
             ("Date of service", fd(f["adm"], "iso"), 34)])
    d.ln(4)
    paras(d, [
        "The procedure above is approved as medically necessary in the outpatient hospital setting. An "
        "inpatient admission is not part of this approval; if the member needs to stay, the facility must "
        "request inpatient review within one business day of admission.",
        "Authorization is valid for 90 days from the date above and does not guarantee payment."], size=9.4)
    t_ok = truth("other", None, insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=[auth], service_dates=[f["adm"].isoformat()], denial_date=appr.isoformat(),
                 provider=SURG_BARE, alternates={"provider": [HOSP]})
    cov = cover("Patient / family", HOSP + " Case Management", "1-555-288-4019", "1-555-471-2269",
                fd(f["notice"], "slash"), 3, "Insurance letters about your recent stay, as you asked on the phone.")
    return [(um, t_um), (pdf_bytes(d), t_ok)], [cov, "duplex"]


def doc_bill(r):
    f = base(r, 2)
    acct, mrn = pat(r, "V99999999"), pat(r, "M9999999")
    items = [("0120", "Room and board, semi-private", 2, fee(r, 2100, 2900)),
             ("0250", "Pharmacy", 1, fee(r, 600, 1400)),
             ("0360", "Operating room services", 1, fee(r, 9800, 14500)),
             ("0370", "Anesthesia", 1, fee(r, 1800, 3100)),
             ("0710", "Recovery room", 1, fee(r, 1200, 2000)),
             ("0300", "Laboratory", 1, fee(r, 300, 700))]
    total = round(sum(q * a for _, _, q, a in items), 2)
    d = Page(footer="St. Brendan's Valley Hospital  -  Federal Tax ID 61-0384420  -  Billing 1-555-471-2000")
    d.add_page()
    letterhead(d, HOSP, [HOSP_ADDR], 2)
    d.text_line("ITEMIZED STATEMENT", 12.5, "B")
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Statement date:", fd(f["notice"], "dmy")), ("Account:", acct), ("MRN:", mrn),
           ("Admit / discharge:", f"{fd(f['adm'], 'dmy')} - {fd(f['dis'], 'dmy')}"),
           ("Attending:", SURG), ("Primary payer:", ORG), ("Policy:", f["mid"])], w=34, size=8.6, x=104)
    rows = [[fd(f["adm"], "dmy"), rc, dsc, str(q), usd(q * a, "space")] for rc, dsc, q, a in items]
    rows.append(["*", "", "Total charges", "", usd(total, "space")])
    rows.append([fd(plus(f["notice"], -5), "dmy"), "", f"{ORG} - inpatient days denied", "", "$ 0.00"])
    rows.append(["*", "", "Balance (pending rebill as outpatient)", "", usd(total, "space")])
    d.table(["Date", "Rev", "Description", "Qty", "Charges"], rows, [28, 16, 92, 12, 32], size=8.6, aligns="LLLRR")
    d.para("Your insurance company did not approve the inpatient part of this stay. We are re-billing the "
           "account as outpatient surgery with observation. You do not need to pay now; a new statement will "
           "follow.", 9.2)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[stay(f)], denial_date=f["notice"].isoformat(), provider=HOSP,
              unscored=["insurer"], alternates={"provider": [SURG, SURG_BARE]})
    return pdf_bytes(d), t


def doc_eob(r):
    f = base(r, 3)
    c1, c2, c3 = pat(r, "99A9999999"), pat(r, "99A9999999"), pat(r, "99A9999999")
    surg_amt, an_amt, fac_amt = fee(r, 3400, 4800), fee(r, 1300, 2200), fee(r, 21000, 34000)
    d = Page(footer="Ridgewell Commonwealth Health  -  This is not a bill  -  {p} of {n}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 1)
    d.text_line("Explanation of Benefits", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fd(f["notice"], "long"), 44), ("Member", f["member"], 56), ("ID", f["mid"], 44),
             ("Group", f["grp"], 36)])
    d.ln(4)
    head = ["Claim", "Provider", "Dates", "Charged", "Allowed", "Paid", "You owe"]
    w = [26, 48, 36, 20, 18, 16, 16]
    fac_dates = f"{fd(f['adm'], 'slash')}-{fd(f['dis'], 'slash')}"
    rows = [[c1, SURG, fd(f["adm"], "slash"), usd(surg_amt, "nosign"), usd(surg_amt * 0.55, "nosign"),
             usd(surg_amt * 0.44, "nosign"), usd(surg_amt * 0.11, "nosign")],
            [c2, "Tamsworth Anesthesia Group", fd(f["adm"], "slash"), usd(an_amt, "nosign"),
             usd(an_amt * 0.5, "nosign"), usd(an_amt * 0.4, "nosign"), usd(an_amt * 0.1, "nosign")],
            [c3, HOSP, fac_dates, usd(fac_amt, "nosign"), "0.00", "0.00", "0.00"]]
    d.table(head, rows, w, size=7.8, aligns="LLLRRRR")
    paras(d, [
        f"Claim {c3}: Inpatient admission not authorized. Your surgery was approved as an outpatient procedure; "
        "inpatient room and board is not payable at this level of care. The hospital may re-submit the claim "
        "as outpatient surgery. Because the hospital is in network, you are not responsible for these charges "
        "(remark LC-12).",
        f"Claims {c1} and {c2} were paid at the in-network level; your share applies to your deductible "
        "and coinsurance.",
        "Appeal rights: you or your provider may appeal within 180 days of the date of this statement. "
        f"Write to Ridgewell Appeals, {ORG_ADDR}. An external review may be requested within 4 months of a "
        "final internal decision."], size=8.8)
    t = truth("eob", "level_of_care", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{fac_amt:.2f}", service_dates=[stay(f)],
              denial_date=f["notice"].isoformat(), provider=HOSP,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def doc_upheld(r):
    f = base(r, 4)
    f["notice"] = plus(f["notice"], 60)
    appeal, ref = "GA-" + pat(r, "999999"), "IPR-" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(15, 25))
    d = Page(serif=True, footer="Ridgewell Commonwealth Health, Appeals Unit")
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished reviewing the appeal you filed on {fd(got, 'long')}. You asked us to pay for your "
        f"inpatient stay at {HOSP} from {fd(f['adm'], 'long')} through {fd(f['dis'], 'long')}, after "
        f"{SURG} performed a laparoscopic hysterectomy. We had denied the inpatient days under review number "
        f"{ref}, and your appeal was given number {appeal}. Your member ID is {f['mid']}.",
        "A board-certified gynecologist who was not involved in the first review read your hospital record. "
        "Your surgery went as planned, you were walking and eating the evening of surgery, and your pain was "
        "controlled with tablets. The reviewer found that you did not need hospital care at the inpatient "
        "level; the outpatient recovery and observation that we approved would have met your needs. For these "
        "reasons we are upholding our decision. Your surgery remains covered as outpatient care.",
        "This ends our internal appeal process. You may ask for an independent external review within 4 months "
        "of the date of this letter. The Kentucky Department of Insurance can also help you at 1-555-564-6034.",
        "Sincerely,", "Cornelius B. Ashdown, Appeals Specialist"], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[stay(f)], denial_date=f["notice"].isoformat(),
              provider=SURG, alternates={"provider": [SURG_BARE, HOSP]})
    return pdf_bytes(d), t


def doc_paid(r):
    f = base(r, 5)
    claim = pat(r, "99A9999999")
    f["notice"] = plus(f["notice"], 40)
    lines = [("0360", "Operating room services", fee(r, 9800, 14500)), ("0710", "Recovery room", fee(r, 1200, 2000)),
             ("0762", "Observation, 22 hours", fee(r, 1500, 2600)), ("0250", "Pharmacy", fee(r, 400, 900))]
    total = round(sum(a for _, _, a in lines), 2)
    allowed = round(total * 0.48, 2)
    share = 350.0
    d = Page(footer="RCH EOB  {p}/{n}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Call {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS - CLAIM PAID", 12, "B")
    d.ln(1)
    lv(d, [("Issued", fd(f["notice"], "iso")), ("For", f["member"]), ("Member #", f["mid"]),
           ("Group #", f["grp"]), ("Plan", f["plan"]), ("Provider", HOSP), ("Claim #", claim)], w=26, size=9.2)
    rows = [[fd(f["adm"], "iso"), rc, dsc, usd(a, "usd")] for rc, dsc, a in lines]
    rows.append(["*", "", "Total billed", usd(total, "usd")])
    rows.append(["", "", "Plan allowed", usd(allowed, "usd")])
    rows.append(["", "", "Outpatient surgery copay (you owe)", usd(share, "usd")])
    rows.append(["*", "", "Paid to provider", usd(allowed - share, "usd")])
    d.table(["Service date", "Rev code", "Service", "Amount"], rows, [30, 20, 92, 34], size=8.8, aligns="LLLR")
    d.para("This claim was re-submitted by the hospital as outpatient surgery with observation and has been paid "
           "under your outpatient hospital benefit. No further action is needed.", 9.2)
    t = truth("eob", None, insurer=ORG, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[f["adm"].isoformat()], denial_date=f["notice"].isoformat(), provider=HOSP)
    return pdf_bytes(d), t


def doc_surgeon(r):
    f = base(r, 6)
    ref = "IPR-" + pat(r, "99999999")
    sent = plus(f["notice"], r.randint(3, 9))
    d = Page(footer="Tamsworth Women's Health Partners  -  1-555-471-8800")
    d.add_page()
    letterhead(d, "Tamsworth Women's Health Partners", ["225 Orchard Gate Boulevard, Tamsworth, KY 40999"], 0)
    d.text_line(fd(sent, "abbr"), 10)
    d.ln(2)
    addr(d, [ORG, "Attn: Provider Appeals", ORG_ADDR])
    d.text_line("Request for reconsideration - inpatient level of care", 10.5, "B")
    lv(d, [("Patient:", f["member"]), ("DOB:", fd(f["dob"], "abbr")), ("ID:", f["mid"]), ("Review no.:", ref),
           ("Admission:", f"{fd(f['adm'], 'abbr')} to {fd(f['dis'], 'abbr')}"), ("NPI:", f["npi"])], w=30,
       size=9.4)
    paras(d, [
        "To the reviewing physician:",
        f"My patient had a total laparoscopic hysterectomy with bilateral salpingectomy for a 16-week fibroid "
        "uterus. Estimated blood loss was 650 mL and her hemoglobin fell from 11.2 to 8.1 overnight; she had "
        "orthostatic symptoms and needed IV fluids and repeat labs. These are the reasons she stayed as an "
        "inpatient rather than leaving after observation.",
        "The operative note, anesthesia record and nursing flow sheets are enclosed. I ask you to reverse the "
        "level-of-care decision for the whole admission.",
        "Sincerely,", "", SURG, "Tamsworth Women's Health Partners"], size=9.8)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[stay(f)], denial_date=sent.isoformat(), provider=SURG, unscored=["insurer"],
              alternates={"provider": [SURG_BARE]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_hospital(r(1))
    return [
        Item(f"{FAMILY}_bd_concurrent_review_sidebar_denial", "born_digital", [doc_concurrent(r(0))]),
        Item(f"{FAMILY}_faxstd_stack_hospital_letter_and_outpatient_auth", "fax_standard_g4", docs,
             separators=seps),
        Item(f"{FAMILY}_copy_hospital_itemized_statement", "photocopy", [doc_bill(r(2))]),
        Item(f"{FAMILY}_scan300_eob_three_claims_facility_denied", "scan_clean_300", [doc_eob(r(3))]),
        Item(f"{FAMILY}_photo_appeal_upheld_prose", "phone_photo", [doc_upheld(r(4))]),
        Item(f"{FAMILY}_rotated_paid_eob_rebilled_outpatient", "rotated", [doc_paid(r(5))]),
        Item(f"{FAMILY}_lowres_surgeon_reconsideration_letter", "scan_lowres_150", [doc_surgeon(r(6))]),
    ]
