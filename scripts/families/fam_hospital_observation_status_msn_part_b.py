"""Family 'hospital_observation_status_msn_part_b': Original Medicare papers after a hospital stay billed as
outpatient observation under Part B.

Cases: a Part B Medicare Summary Notice whose outpatient facility claim denies the self-administered drugs given
during observation; the hospital's Medicare Outpatient Observation Notice (MOON-style, nothing denied); the
hospital's patient statement billing those drugs to the patient (nothing denied by the statement itself); a
Medigap (Medicare supplement) claim statement in boxed form that pays the Part B coinsurance but not the drugs;
a faxed Part A Medicare Summary Notice denying the skilled nursing facility stay that followed (no qualifying
3-day inpatient stay, observation days do not count); a Part B MSN paying the doctor's observation-care claim
(nothing denied); a Medicare contractor's redetermination upholding the self-administered drug denial.

EOB/statement-heavy layouts: MSN tables with notes, boxes with labels above values, a hospital ledger.
All values invented: people, hospitals, doctors, Medigap insurer, contractor, IDs and amounts (555 phone numbers).
Decoys: attending and referring doctors, NPIs, revenue codes, patient account numbers, Medigap policy versus
certificate numbers, Medicare-approved and paid amounts, deductibles, the observation order time, admission date
of the SNF versus the hospital dates, the 72-hour and QIC time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_wegovy_cardiovascular_indication_part_d_denial import mbi, pat, paras, ph, two_col
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "hospital_observation_status_msn_part_b"
LANG = "en"
SEED = 275600
FIRST = ["Winifred", "Ambrose", "Eulalia", "Cornelius", "Genevieve", "Horatio", "Marguerite", "Ignatius",
         "Leonora", "Silas"]
LAST = ["Fenwright", "Oyelowo-Hart", "Brackenridge", "Castellucci", "Drummond", "Kowalczyk", "Ashbury", "Pettigrew",
        "Halvorsen", "Youngblood"]
HOSPITALS = [("Marrowstone Valley Hospital", "1200 Tern Harbor Drive, Pell City, VT 05999"),
             ("St. Brendan's Regional Medical Center", "40 Abbey Crossing, Lark Hollow, KY 41999"),
             ("Kittering Memorial Hospital", "77 Foundry Street, Kittering, NE 68999"),
             ("Ashgrove Community Hospital", "5 Orchard Lane, Ashgrove, ME 04999")]
DOCTORS = ["Dr. Percival M. Nwachukwu", "Dr. Helene S. Forsberg", "Dr. Rafferty J. Okafor", "Dr. Yvette L. Marchand",
           "Dr. Tobias R. Ellingsworth"]
SDRUG = [("J8499", "Oral prescription drug, non-chemo"), ("J3490", "Unclassified drugs (insulin pen)"),
         ("0637", "Self-administered drugs (eye drops)")]


def person(r):
    return f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def make(kind: str, i: int, ds: str, ms: str) -> dict:
    r = random.Random(SEED + i)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    start = notice - dt.timedelta(days=r.randint(40, 70))
    nights = r.choice([2, 3])
    f = dict(kind=kind, ds=ds, ms=ms, notice=notice, member=person(r), mid=mbi(r), ph=ph(r),
             hosp=HOSPITALS[i % 4], att=DOCTORS[i % 5], ref=DOCTORS[(i + 2) % 5], start=start,
             end=start + dt.timedelta(days=nights), claim=pat(r, "99-9999-999-999"),
             acct=pat(r, "HA99999999"), npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
             addr=(f"{r.randint(10, 9900)} {r.choice(['Tern Harbor Drive', 'Foundry Street', 'Abbey Crossing'])}",
                   "Pell City, VT 05999"), dob=dt.date(r.randint(1936, 1958), r.randint(1, 12), r.randint(1, 28)))
    days = [start + dt.timedelta(days=k) for k in range(nights + 1)]
    f["days"] = days
    # outpatient facility lines: observation hours, labs, imaging, IV drugs (paid) and self-administered drugs (denied)
    code, desc = SDRUG[i % 3]
    lines = [("G0378", "Hospital observation service, per hour", days[0], round(r.uniform(38, 52), 2) * 24 * nights,
              True),
             ("80053", "Comprehensive metabolic panel", days[0], round(r.uniform(180, 260), 2), True),
             ("71046", "Chest X-ray, 2 views", days[0], round(r.uniform(310, 420), 2), True),
             ("96374", "IV push, single drug", days[0], round(r.uniform(240, 330), 2), True)]
    sd = [days[1], days[-1]] if nights == 2 else [days[1], days[2]]
    for d in sd:
        lines.append((code, desc, d, round(r.uniform(60, 190), 2), False))
    f["lines"] = [dict(code=c, desc=t, dos=d, ch=round(ch, 2), ok=ok,
                       appr=round(ch * r.uniform(0.22, 0.35), 2) if ok else 0.0) for c, t, d, ch, ok in lines]
    for x in f["lines"]:
        x["paid"] = round(x["appr"] * 0.8, 2)
        x["you"] = round(x["appr"] * 0.2, 2) if x["ok"] else x["ch"]
    f["denied_dates"] = sorted(set(x["dos"] for x in f["lines"] if not x["ok"]))
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    f["sd_total"] = round(sum(x["ch"] for x in f["lines"] if not x["ok"]), 2)
    return f


def d_(f, d):
    return fmt_date(d, f["ds"])


def m_(f, v):
    return fmt_money(v, f["ms"])


def msn_header(d: Doc, f: dict, part: str):
    d.set_fill_color(230, 230, 230)
    d.font(16, "B")
    d.cell(0, 9, f"Medicare Summary Notice for Part {part}", new_x="LMARGIN", new_y="NEXT", fill=True)
    d.font(10, "B")
    d.cell(0, 6, "(Hospital Insurance)" if part == "A" else "(Medical Insurance)", new_x="LMARGIN", new_y="NEXT",
           fill=True)
    d.ln(1)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.5, "I")
    d.ln(3)
    y = d.get_y()
    d.font(10)
    d.multi_cell(90, 5, f"{f['member'].upper()}\n{f['addr'][0].upper()}\n{f['addr'][1].upper()}",
                 new_x="LMARGIN", new_y="NEXT")
    d.rect(110, y - 1, 88, 30)
    lines = [(f"Notice for {f['member']}", "B"), (f"Medicare Number  {f['mid']}", ""),
             (f"Date of This Notice  {d_(f, f['notice'])}", ""), ("Claims Processed Between", ""),
             (f"{d_(f, f['notice'] - dt.timedelta(days=90))} and {d_(f, f['notice'] - dt.timedelta(days=3))}", "")]
    for k, (t, st) in enumerate(lines):
        d.set_xy(113, y + 1 + k * 5.4)
        d.font(9.5, st)
        d.cell(82, 5, t)
    d.set_xy(d.l_margin, y + 34)
    d.text_line("THIS IS NOT A BILL", 12, "B", h=7)
    d.ln(1)


def appeal_box(d: Doc, f: dict, deadline: dt.date):
    d.ln(2)
    d.set_line_width(0.6)
    y = d.get_y()
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 30)
    d.set_xy(d.l_margin + 3, y + 2)
    d.font(10.5, "B")
    d.cell(0, 6, "How to Handle Denied Claims or File an Appeal", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 3)
    d.font(9.5)
    d.multi_cell(d.w - d.l_margin - d.r_margin - 6, 4.6,
                 "If you disagree with a coverage decision on this notice, you can file an appeal. Appeals must be "
                 f"filed by {d_(f, deadline)}. Circle the item(s) you disagree with, explain why, sign, and send "
                 "this page to the company that handled the claim (address on the last page). Call "
                 f"1-800-MEDICARE or {f['ph']} for help.", new_x="LMARGIN", new_y="NEXT")
    d.set_line_width(0.2)
    d.set_y(y + 33)


def build_msn_b_sad(f):
    d = Doc(footer="Page {p} of {n}")
    d.add_page()
    msn_header(d, f, "B")
    two_col(d, [("Your Deductible Status:", "You have met your Part B"), ("", "deductible of $283.00 for 2026."),
                ("Be Informed:", "Drugs you take yourself"), ("", "are rarely covered by Part B.")], 9.5, 40, 55)
    h, a = f["hosp"]
    d.text_line("Your Outpatient Hospital Claims", 12.5, "B", h=7)
    d.font(9.5)
    d.multi_cell(0, 4.8, f"{h}, {a}\nDates of service: {d_(f, f['start'])} - {d_(f, f['end'])} (outpatient "
                 f"observation)\nClaim number {f['claim']}\nReferred by: {f['ref']}   Attending: {f['att']}",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[d_(f, x["dos"]), f"{x['desc']} ({x['code']})", m_(f, x["ch"]), m_(f, x["appr"]), m_(f, x["paid"]),
             m_(f, x["you"]), "" if x["ok"] else "A"] for x in f["lines"]]
    rows.append(["*Total for this claim", "", m_(f, f["total"]),
                 m_(f, sum(x["appr"] for x in f["lines"])), m_(f, sum(x["paid"] for x in f["lines"])),
                 m_(f, sum(x["you"] for x in f["lines"])), ""])
    d.table(["Date", "Service Provided & Billing Code", "Charged", "Approved",
             "Medicare Paid", "May Be Billed", "Note"], rows, [20, 58, 24, 22, 20, 24, 10], 7.4,
            "LLRRRRC", head_fill=True)
    paras(d, [
        "Notes for Claims Above",
        "A  Self-administered drugs are not covered by Part B when you get them as a hospital outpatient, "
        "including while you are under observation. This service is not covered. If you have Part D drug "
        "coverage, you may be able to ask your drug plan to pay (keep your receipts).",
        "The hospital kept you as an outpatient under observation; you were not admitted as an inpatient."], 9)
    appeal_box(d, f, f["notice"] + dt.timedelta(days=120))
    return pdf_bytes(d)


def build_moon(f):
    h, a = f["hosp"]
    d = Doc(font="Times", footer="Form CMS-10611-MOON (Exp. 08/31/2028)")
    d.add_page()
    d.text_line(h, 15, "B", h=7, align="C")
    d.text_line(a + "   " + f["ph"], 9, align="C")
    d.ln(3)
    d.text_line("Medicare Outpatient Observation Notice", 15, "B", h=8, align="C")
    d.ln(2)
    d.boxes([("Patient name", f["member"], 70), ("Patient number", f["acct"], 50),
             ("Date of birth", d_(f, f["dob"]), 40)], h=12)
    d.ln(4)
    paras(d, [
        f"You are a hospital outpatient receiving observation services. You are not an inpatient because: your "
        f"doctor ({f['att']}) needs more time to decide whether your chest pain needs admission. Observation "
        f"began on {d_(f, f['start'])}.",
        "Being an outpatient may affect what you pay in a hospital:",
        "- When you are a hospital outpatient, your observation stay is covered under Medicare Part B.",
        "- For Part B services, you generally pay a copayment for each outpatient hospital service and 20% of the "
        "Medicare-approved amount for doctor services, after the Part B deductible.",
        "- Part B does not cover drugs that you would normally take on your own (self-administered drugs), such "
        "as your usual pills, insulin or eye drops. The hospital may bill you for them.",
        "- Observation services are not counted toward the 3-day inpatient hospital stay Medicare requires to "
        "cover care in a skilled nursing facility (SNF) afterwards.",
        "If you have questions about your observation services, ask the hospital staff member giving you this "
        f"notice, or call Case Management at {f['ph']}. This notice does not deny any service; it tells you how "
        "your stay is billed."], 10.5)
    d.ln(2)
    d.boxes([("Patient or representative signature", "/s/ " + f["member"], 100),
             ("Date notice given", d_(f, f["notice"]), 40), ("Time", "4:35 PM", 40)], h=13)
    d.ln(3)
    d.text_line("Notice given by: M. Trelawney, RN, Case Management   NPI of attending " + f["npi"], 9)
    return pdf_bytes(d)


def build_statement(f):
    h, a = f["hosp"]
    d = Doc(font="Courier", footer="Statement page {p}")
    d.add_page()
    d.text_line(h.upper(), 13, "B", h=7)
    d.text_line(a, 9)
    d.text_line(f"Patient Financial Services  {f['ph']}", 9)
    d.rule(0.5, 3)
    two_col(d, [("Statement date", d_(f, f["notice"])), ("Account no.", f["acct"]), ("Guarantor", f["member"]),
                ("Patient", f["member"]), ("Admit type", "Outpatient obs"),
                ("Service dates", f"{d_(f, f['start'])} - {d_(f, f['end'])}")], 9, 34, 60)
    sd = [x for x in f["lines"] if not x["ok"]]
    med_paid = round(sum(x["paid"] for x in f["lines"]), 2)
    gap_paid = round(sum(x["you"] for x in f["lines"] if x["ok"]), 2)
    rows = [[d_(f, f["start"]), "Hospital charges - observation stay", m_(f, f["total"]), ""],
            [d_(f, f["notice"] - dt.timedelta(days=40)), f"Medicare Part B payment  claim {f['claim']}", "",
             "-" + m_(f, med_paid)],
            [d_(f, f["notice"] - dt.timedelta(days=40)), "Medicare contractual adjustment", "",
             "-" + m_(f, round(f["total"] - f["sd_total"] - med_paid - gap_paid, 2))],
            [d_(f, f["notice"] - dt.timedelta(days=21)), "Medicare supplement payment", "", "-" + m_(f, gap_paid)]]
    d.table(["Date", "Description", "Charges", "Payments/Adj"], rows, [30, 90, 30, 30], 8.5, "LLRR")
    d.text_line(f"BALANCE DUE FROM PATIENT: {m_(f, f['sd_total'])}", 11, "B", h=7)
    d.text_line(f"Please pay by {d_(f, f['notice'] + dt.timedelta(days=30))}", 9.5)
    d.ln(2)
    paras(d, [
        "Why do I owe this? During your observation stay you were given your own routine medications by hospital "
        f"staff ({sd[0]['desc']}). Medicare Part B does not pay for self-administered drugs in the outpatient "
        "setting, and your Medicare supplement follows Medicare's decision. Your Part D plan may reimburse you; "
        "ask us for an itemized receipt.",
        f"Attending physician: {f['att']}. Physician services are billed separately.",
        "Financial assistance is available. Call Patient Financial Services to ask about a payment plan."], 9)
    return pdf_bytes(d)


def build_medigap(f):
    org, brand = "Harrowgate Mutual Life & Health Insurance Company", "HARROWGATE"
    d = Doc(footer="Medicare Supplement Claim Statement - page {p}")
    d.add_page()
    d.text_line(brand, 22, "B", h=10)
    d.text_line(f"{org}  -  Medicare Supplement Claims, PO Box 2246, Kittering, NE 68999", 8.5)
    d.ln(2)
    d.text_line("MEDICARE SUPPLEMENT CLAIM STATEMENT", 13, "B", h=7)
    d.ln(2)
    d.boxes([("Insured", f["member"], 60), ("Policy number", f["pol"], 42), ("Plan", "Medigap Plan G", 34),
             ("Statement date", d_(f, f["notice"]), 44)])
    d.boxes([("Provider", f["hosp"][0], 80), ("Medicare claim (ICN)", f["claim"], 50),
             ("Our claim number", f["gclaim"], 50)])
    d.boxes([("Dates of service", f"{d_(f, f['start'])} - {d_(f, f['end'])}", 80),
             ("Certificate no.", f["cert"], 50), ("Date received from Medicare", d_(f, f["rcvd"]), 50)])
    d.ln(4)
    rows = [[x["code"], x["desc"][:34], d_(f, x["dos"]), m_(f, x["ch"]), m_(f, x["appr"]), m_(f, x["paid"]),
             m_(f, x["you"] if x["ok"] else 0), "01" if x["ok"] else "77"] for x in f["lines"]]
    rows.append(["*TOTAL", "", "", m_(f, f["total"]), m_(f, sum(x["appr"] for x in f["lines"])),
                 m_(f, sum(x["paid"] for x in f["lines"])), m_(f, sum(x["you"] for x in f["lines"] if x["ok"])), ""])
    d.table(["Code", "Description", "Date", "Billed", "Medicare appr.", "Medicare paid", "We paid", "Rmk"], rows,
            [14, 52, 22, 20, 20, 20, 18, 12], 7.4, "LLLRRRRC", head_fill=True)
    paras(d, [
        "Remark 01: Paid the Part B coinsurance under your Plan G benefits.",
        "Remark 77: Not covered. Medicare did not approve this service (self-administered drugs in an outpatient "
        "or observation stay). Your Medicare supplement policy pays only for services Medicare approves. You may "
        "owe the hospital the amount billed for these items.",
        "#Questions or review",
        "If you believe we processed this claim incorrectly, you may ask for a review within 90 days of the date of "
        f"this statement. Write to {org}, Claim Review, PO Box 2246, Kittering, NE 68999, or call {f['ph']}.",
        "You must also appeal Medicare's decision through Medicare for us to reconsider the denied items."], 9)
    return pdf_bytes(d)


def build_msn_a_snf(f):
    d = Doc(footer="Page {p} of {n}")
    d.add_page()
    msn_header(d, f, "A")
    two_col(d, [("Your Benefit Days:", "SNF days used this"), ("", "benefit period: 0 of 100"),
                ("Be Informed:", "An inpatient stay of 3 days"), ("", "is needed before SNF care.")], 9.5, 40, 55)
    d.text_line("Your Skilled Nursing Facility Claims", 12.5, "B", h=7)
    d.font(9.5)
    d.multi_cell(0, 4.8, f"{f['snf']}, 18 Lantern Hill Road, Kittering, NE 68999\nBenefit days used: 0 days\n"
                 f"Claim number {f['claim']}\nReferred by: {f['att']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[f"{d_(f, f['snf_start'])} - {d_(f, f['snf_end'])}", "Skilled nursing facility care, 0191",
             m_(f, f["snf_total"]), m_(f, 0), m_(f, 0), m_(f, f["snf_total"]), "A, B"]]
    d.table(["Dates of Service", "Services Provided", "Charged", "Approved", "Paid",
             "May Be Billed", "Notes"], rows, [40, 50, 20, 22, 18, 22, 12], 7.6, "LLRRRRC", head_fill=True)
    paras(d, [
        "Notes for Claims Above",
        "A  Medicare does not cover skilled nursing facility care unless you were a hospital inpatient for at "
        "least 3 days in a row (not counting the day of discharge) within 30 days before the SNF admission. "
        f"Your stay at {f['hosp'][0]} from {d_(f, f['start'])} to {d_(f, f['end'])} was outpatient observation, "
        "which does not count toward the 3 days.",
        "B  This item or service is not covered. The facility gave you written notice in advance (SNF ABN), so "
        "you may be billed."], 9)
    appeal_box(d, f, f["notice"] + dt.timedelta(days=120))
    return pdf_bytes(d)


def build_msn_b_paid(f):
    d = Doc(footer="Page {p} of {n}")
    d.add_page()
    msn_header(d, f, "B")
    d.text_line("Your Claims & Costs This Period", 12, "B", h=7)
    d.text_line("Did Medicare approve all services?  YES", 10.5, h=6)
    d.text_line("Number of services Medicare denied:  0", 10.5, h=6)
    d.ln(2)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12.5, "B", h=7)
    d.font(9.5)
    d.multi_cell(0, 4.8, f"{f['att']}, Marrowstone Hospitalist Group, 1200 Tern Harbor Drive, Pell City, VT "
                 f"05999\nService dates {d_(f, f['start'])} - {d_(f, f['end'])}\nClaim number {f['claim']}",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    ls = [("99222", "Initial hospital care, observation", f["start"], f["c1"]),
          ("99232", "Subsequent hospital care", f["start"] + dt.timedelta(days=1), f["c2"]),
          ("99238", "Hospital discharge day", f["end"], f["c3"])]
    rows = [[d_(f, dd), f"{t} ({c})", m_(f, ch), m_(f, round(ch * .42, 2)), m_(f, round(ch * .42 * .8, 2)),
             m_(f, round(ch * .42 * .2, 2)), "A"] for c, t, dd, ch in ls]
    tot = round(sum(x[3] for x in ls), 2)
    rows.append(["*Total", "", m_(f, tot), m_(f, round(tot * .42, 2)), m_(f, round(tot * .42 * .8, 2)),
                 m_(f, round(tot * .42 * .2, 2)), ""])
    f["ptotal"] = tot
    d.table(["Date", "Service Provided & Billing Code", "Charged", "Approved", "Medicare Paid",
             "May Be Billed", "Note"], rows, [20, 60, 22, 22, 20, 24, 10], 7.4, "LLRRRRC", head_fill=True)
    paras(d, ["A  This doctor accepts assignment; you may be billed only the 20% coinsurance. Your Medicare "
              "supplement, if you have one, may pay it. Observation care by your doctor is covered under Part B."],
          9)
    appeal_box(d, f, f["notice"] + dt.timedelta(days=120))
    return pdf_bytes(d)


def build_redet(f):
    mac = "Northgate Medicare Administrators, LLC"
    d = Doc(font="Times")
    d.add_page()
    d.text_line("NORTHGATE MEDICARE ADMINISTRATORS", 14, "B", h=7)
    d.text_line("A Medicare Administrative Contractor - Jurisdiction Q Part A/B  |  PO Box 33190, Lark Hollow, KY 41999",
                8.5)
    d.rule(0.6, 4)
    d.text_line(d_(f, f["notice"]), 11)
    d.ln(2)
    d.font(11)
    d.multi_cell(90, 5, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B", h=7)
    d.ln(1)
    d.table(["", ""], [["Beneficiary", f["member"]], ["Medicare Number", f["mid"]],
                       ["Redetermination number", f["redet"]], ["Claim number", f["claim"]],
                       ["Provider", f["hosp"][0]], ["Dates of service", f"{d_(f, f['start'])} - {d_(f, f['end'])}"],
                       ["Request received", d_(f, f["rcvd"])]], [55, 120], 10, border_head="", row_h=5.8)
    paras(d, [
        "Dear " + f["member"] + ":",
        "We have completed our review of your request for redetermination of the self-administered drugs billed "
        f"by {f['hosp'][0]} during your outpatient observation stay. Our decision is UNFAVORABLE: Medicare will "
        "not pay for these items.",
        "#Explanation of the decision",
        "Medicare Part B covers drugs given in a hospital outpatient department only when they are not usually "
        "self-administered. The drugs you were given (your regular oral medicines and insulin pen) are usually "
        "taken by patients on their own, so they are excluded from Part B coverage by law even though the hospital "
        "gave them to you during observation. The hospital gave you a notice about this when observation began.",
        "#If you disagree with this decision",
        "You may ask a Qualified Independent Contractor (QIC) for a reconsideration within 180 days of receiving "
        f"this notice. We assume you receive it 5 days after the date above, so your request must be filed by "
        f"{d_(f, f['deadline'])}. Use the enclosed form and send it to the QIC address on the form.",
        f"Total billed for the items reviewed: {m_(f, f['sd_total'])} (claim total {m_(f, f['total'])}).",
        f"Questions: call 1-800-MEDICARE or {f['ph']}.",
        "Sincerely,", "Redetermination Unit, " + mac], 10.5)
    return pdf_bytes(d)


def base(f, **extra):
    return dict(member_name=f["member"], denial_date=f["notice"].isoformat(), **extra)


def truth_of(f):
    k = f["kind"]
    n = f["notice"]
    med = dict(insurer="Medicare", member_id=f["mid"])
    med_alt = {"insurer": ["Centers for Medicare & Medicaid Services"]}
    d120 = (n + dt.timedelta(days=120)).isoformat()
    if k == "msn_sad":
        return truth("eob", "not_covered", **base(f, **med), provider=f["hosp"][0], case_numbers=[f["claim"]],
                     claim_amount=f"{f['total']:.2f}", service_dates=[x.isoformat() for x in f["denied_dates"]],
                     appeal_deadline=d120,
                     alternates={**med_alt, "service_dates": [[f"{f['start'].isoformat()}/{f['end'].isoformat()}"]]})
    if k == "moon":
        return truth("other", None, **base(f), provider=f["hosp"][0], service_dates=[f["start"].isoformat()],
                     unscored=["insurer"], alternates={"provider": [f["att"]], "service_dates": [[]]})
    if k == "statement":
        return truth("other", None, **base(f), provider=f["hosp"][0], claim_amount=f"{f['total']:.2f}",
                     service_dates=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"], unscored=["insurer"],
                     alternates={"claim_amount": [f"{f['sd_total']:.2f}", None],
                                 "service_dates": [[f["start"].isoformat()]], "case_numbers": [[f["claim"]]]})
    if k == "medigap":
        return truth("eob", "not_covered", **base(f), insurer="Harrowgate Mutual Life & Health Insurance Company",
                     member_id=f["pol"], plan_id="G", provider=f["hosp"][0], case_numbers=[f["gclaim"], f["claim"]],
                     claim_amount=f"{f['total']:.2f}", service_dates=[x.isoformat() for x in f["denied_dates"]],
                     appeal_deadline=(n + dt.timedelta(days=90)).isoformat(),
                     alternates={"insurer": ["Harrowgate"], "plan_id": [None, "Medigap Plan G"],
                                 "member_id": [f["cert"]], "case_numbers": [[f["gclaim"]]],
                                 "service_dates": [[f"{f['start'].isoformat()}/{f['end'].isoformat()}"]]})
    if k == "snf":
        return truth("eob", "not_covered", **base(f, **med), provider=f["snf"], case_numbers=[f["claim"]],
                     claim_amount=f"{f['snf_total']:.2f}",
                     service_dates=[f"{f['snf_start'].isoformat()}/{f['snf_end'].isoformat()}"],
                     appeal_deadline=d120, denial_alternates=["level_of_care"],
                     alternates={**med_alt, "service_dates": [[f["snf_start"].isoformat()]]})
    if k == "paid":
        return truth("eob", None, **base(f, **med), provider=f["att"], case_numbers=[f["claim"]],
                     claim_amount=f"{f['ptotal']:.2f}",
                     service_dates=[f["start"].isoformat(), (f["start"] + dt.timedelta(days=1)).isoformat(),
                                    f["end"].isoformat()],
                     appeal_deadline=d120, type_alternates=["other"],
                     alternates={**med_alt, "appeal_deadline": [None],
                                 "service_dates": [[f"{f['start'].isoformat()}/{f['end'].isoformat()}"]]})
    if k == "redet":
        return truth("denial_letter", "not_covered", **base(f), insurer="Northgate Medicare Administrators, LLC",
                     member_id=f["mid"], provider=f["hosp"][0], case_numbers=[f["redet"], f["claim"]],
                     claim_amount=f"{f['total']:.2f}",
                     service_dates=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"],
                     appeal_deadline=f["deadline"].isoformat(),
                     alternates={"insurer": ["Medicare"], "claim_amount": [f"{f['sd_total']:.2f}"],
                                 "case_numbers": [[f["redet"]]], "appeal_deadline": [None],
                                 "service_dates": [[x.isoformat() for x in f["denied_dates"]]]})
    raise ValueError(k)


def documents(rng) -> list[Item]:
    items = []
    f = make("msn_sad", 0, "slash", "plain")
    items.append(Item(f"{FAMILY}_bd_msn_b_self_administered_drugs_denied", "born_digital",
                      [(build_msn_b_sad(f), truth_of(f))]))
    f = make("moon", 1, "long", "plain")
    f["notice"] = f["start"]
    items.append(Item(f"{FAMILY}_scan300_moon_notice_observation", "scan_clean_300", [(build_moon(f), truth_of(f))]))
    f = make("statement", 2, "dmy", "nosign")
    items.append(Item(f"{FAMILY}_lowres_hospital_statement_sad_balance", "scan_lowres_150",
                      [(build_statement(f), truth_of(f))]))
    f = make("medigap", 3, "abbr", "space")
    r = random.Random(SEED + 30)
    f.update(pol=pat(r, "MS9999999"), cert=pat(r, "C-999999"), gclaim=pat(r, "HG26999999"),
             rcvd=f["notice"] - dt.timedelta(days=9))
    items.append(Item(f"{FAMILY}_copy_medigap_statement_sad_not_approved", "photocopy",
                      [(build_medigap(f), truth_of(f))]))
    f = make("snf", 4, "mdy_nopad", "plain")
    r = random.Random(SEED + 40)
    f.update(snf="Lantern Hill Rehabilitation & Nursing Center", snf_start=f["end"],
             snf_end=f["end"] + dt.timedelta(days=r.randint(12, 20)), snf_total=round(r.uniform(9000, 16000), 2))
    items.append(Item(f"{FAMILY}_faxstd_msn_a_snf_no_qualifying_stay", "fax_standard_g4",
                      [(build_msn_a_snf(f), truth_of(f))], separators=["cover"]))
    f = make("paid", 5, "upper", "plain")
    r = random.Random(SEED + 50)
    f.update(c1=round(r.uniform(280, 360), 2), c2=round(r.uniform(150, 210), 2), c3=round(r.uniform(140, 190), 2))
    pdf = build_msn_b_paid(f)
    items.append(Item(f"{FAMILY}_photo_msn_b_observation_doctor_paid", "phone_photo", [(pdf, truth_of(f))]))
    f = make("redet", 6, "long", "plain")
    r = random.Random(SEED + 60)
    f.update(redet=pat(r, "RDB-2026-9999999"), rcvd=f["notice"] - dt.timedelta(days=r.randint(30, 50)),
             deadline=f["notice"] + dt.timedelta(days=185))
    items.append(Item(f"{FAMILY}_rotated_mac_redetermination_sad_upheld", "rotated", [(build_redet(f), truth_of(f))]))
    return items
