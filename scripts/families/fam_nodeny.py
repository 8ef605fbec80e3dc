"""Family 'nodeny': mail that denies nothing - approvals, overturned appeals, a welcome letter, a provider's bill.

Juniper Valley Health is a fictional plan; Alder Creek Medical Group a fictional provider. Each document
sounds like the denial mail around it (authorization numbers, appeal numbers, "medically necessary", reason
codes, appeal-rights inserts) but grants, pays or bills. One file is a stack of an approval and a bill.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "nodeny"
LANG = "en"
INSURER = "Juniper Valley Health"
PROVIDER_ORG = "Alder Creek Medical Group"
DOCTORS = ["Dr. Philippa Greaves", "Dr. Mohammed Tahir", "Dr. Constance Biel", "Dr. Lars Engstrom"]
SERVICES = ["total knee replacement", "cardiac catheterization", "sleep study in a sleep lab", "MRI of the brain",
            "outpatient cataract surgery"]


def letterhead(d: Doc, r: Rand):
    d.set_fill_color(70, 110, 60)
    d.rect(18, 14, 4, 16, style="F")
    d.set_xy(25, 14)
    d.font(18, "B")
    d.cell(0, 8, "Juniper Valley Health", new_x="LMARGIN", new_y="NEXT")
    d.set_x(25)
    d.font(8.5)
    d.cell(0, 4.5, "711 Canyon Road, Boise, ID 83702   |   Member Services 1-800-555-0161 (TTY 711)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(10)


def base(r: Rand) -> dict:
    name, first, mid, last = r.person()
    street, city = r.address()
    return dict(name=name, first=first, last=last, street=street, city=city, notice=r.date(dt.date(2026, 1, 6), 260),
                mid=f"JVH{r.digits(8)}", group=f"{r.letters(2)}{r.digits(4)}", plan=f"JV-{r.choice(['BR', 'SL', 'GD'])}"
                f"{r.digits(3)}", doctor=r.choice(DOCTORS), service=r.choice(SERVICES), ds=r.choice(["slash", "long"]))


def address(d: Doc, f: dict):
    d.text_line(fmt_date(f["notice"], "long"), size=10.5)
    d.ln(4)
    for line in (f["name"], f["street"], f["city"]):
        d.text_line(line, size=10.5, h=5)
    d.ln(5)


def approval(r: Rand, stay: bool = False) -> tuple[bytes, dict]:
    f = base(r)
    auth = f"AUTH-{r.digits(9)}"
    start = f["notice"] + dt.timedelta(days=r.randint(5, 25))
    end = start + dt.timedelta(days=r.randint(2, 4)) if stay else None
    what = "inpatient admission at Sawtooth Regional Hospital" if stay else f["service"]
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, r)
    address(d, f)
    d.text_line("Notice of Approved Services", size=13, style="B", h=7)
    d.ln(1)
    for k, v in (("Participant", f["name"]), ("Participant ID", f["mid"]), ("Group", f["group"]), ("Auth #", auth),
                 ("Requesting provider", f["doctor"]), ("Service", what),
                 ("Approved dates", fmt_date(start, "slash") + (f" - {fmt_date(end, 'slash')}" if end else ""))):
        d.font(10, "B")
        d.cell(45, 5.4, k)
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']},", size=10.5)
    d.para(f"Good news. {f['doctor']} asked us to review the {what}. Our nurse reviewer found the service medically "
           "necessary and it is APPROVED. You do not need to do anything else. Please keep this letter.", size=10.5)
    d.para("This approval is not a guarantee of payment. Payment depends on your eligibility on the date of service "
           "and on your plan's deductible, copays and coinsurance. If the service changes, or is not done within "
           "90 days, your provider must ask again.", size=10)
    d.para("If any part of a request is ever denied, you would have the right to appeal within 180 days and to "
           "ask for an external review. Because this request was approved in full, no action is needed.", size=9)
    t = truth("other", None, insurer=INSURER, plan_id=None, group_number=f["group"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[auth], claim_amount=None, service_dates=[iso(start, end)],
              denial_date=iso(f["notice"]), provider=f["doctor"], appeal_deadline=None)
    return pdf_bytes(d), t


def welcome(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pcp = r.choice(DOCTORS)
    eff = dt.date(f["notice"].year, f["notice"].month, 1) + dt.timedelta(days=31)
    eff = eff.replace(day=1)
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, r)
    address(d, f)
    d.text_line(f"Welcome to Juniper Valley Health, {f['first']}!", size=14, style="B", h=8)
    d.para(f"Your coverage begins {fmt_date(eff, 'long')}. Your member ID card is attached below. Show it each time "
           "you get care or fill a prescription.", size=10.5)
    d.para(f"Your primary care provider (PCP) is {pcp} at {PROVIDER_ORG}. You can change your PCP at any time by "
           "calling Member Services.", size=10.5)
    d.text_line("Cut along the dotted line", size=8, align="C")
    d.set_dash_pattern(1, 1)
    d.rect(45, d.get_y() + 2, 125, 62)
    d.set_dash_pattern()
    d.set_xy(50, d.get_y() + 5)
    d.font(12, "B")
    d.cell(0, 6, "Juniper Valley Health", new_x="LMARGIN", new_y="NEXT")
    for k, v in (("Member", f["name"]), ("Member ID", f["mid"]), ("Group No.", f["group"]), ("Plan", f["plan"]),
                 ("PCP", pcp), ("Effective", fmt_date(eff, "slash")), ("RxBIN", f"004{r.digits(3)}"),
                 ("RxPCN", "JVHRX"), ("Copays", "PCP $25 / Specialist $50 / ER $300")):
        d.set_x(50)
        d.font(8.5, "B")
        d.cell(25, 5, k)
        d.font(8.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.para("Your Evidence of Coverage explains what the plan covers and what it does not, how to get prior "
           "authorization, and how to appeal if we deny a claim or a request (you have 180 days from any denial). "
           "Find it at juniperhealth.example or ask us for a paper copy.", size=9.5)
    d.para("Juniper Valley Health complies with Federal civil rights laws. Espanol: llame al 1-800-555-0161.",
           size=8)
    t = truth("other", None, insurer=INSURER, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[], claim_amount=None, service_dates=[],
              denial_date=iso(f["notice"]), provider=None, appeal_deadline=None, unscored=["provider"])
    return pdf_bytes(d), t


def overturn(r: Rand, first_reason: str) -> tuple[bytes, dict]:
    f = base(r)
    claim = f"{r.digits(4)}-{r.digits(7)}"
    appeal = f"APL{f['notice'].year}{r.digits(5)}"
    dos = f["notice"] - dt.timedelta(days=r.randint(90, 150))
    amount = r.amount(900, 16000)
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, r)
    address(d, f)
    d.text_line("Appeal Decision: Overturned", size=13, style="B", h=7)
    d.ln(1)
    d.text_line(f"Appeal No.: {appeal}     Claim No.: {claim}     Member ID: {f['mid']}", size=10)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", size=11)
    d.para(f"We have finished reviewing your appeal about the {f['service']} you had on {fmt_date(dos, 'long')} with "
           f"{f['doctor']}. The claim was for {fmt_money(amount)}. We first denied it because {first_reason}.",
           size=11)
    d.para("A physician who was not involved in the first decision reviewed your appeal and the records you sent. "
           "We have reversed our earlier decision. The claim will be reprocessed and paid according to your "
           "benefits within 30 days. You will receive a new Explanation of Benefits.", size=11)
    d.para("You do not need to do anything else. If you have questions, call Member Services.", size=11)
    d.para("Sincerely,\nAppeals and Grievances Department\nJuniper Valley Health", size=11)
    t = truth("other", None, insurer=INSURER, plan_id=None, group_number=None, member_id=f["mid"],
              member_name=f["name"], case_numbers=[appeal, claim], claim_amount=amount, service_dates=[iso(dos)],
              denial_date=iso(f["notice"]), provider=f["doctor"], appeal_deadline=None)
    return pdf_bytes(d), t


def statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    acct = f"{r.digits(8)}"
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 70))
    lines = [("99214", "Office visit, est. patient, moderate"), ("93000", "Electrocardiogram, complete"),
             ("36415", "Venipuncture")]
    amts = [float(r.amount(40, 420)) for _ in lines]
    total = round(sum(amts), 2)
    ins_paid = round(total * 0.55, 2)
    adj = round(total * 0.25, 2)
    due = round(total - ins_paid - adj, 2)
    d = Doc("Helvetica")
    d.add_page()
    d.font(16, "B")
    d.cell(110, 8, PROVIDER_ORG)
    d.font(9)
    d.multi_cell(0, 4.3, f"STATEMENT DATE {fmt_date(f['notice'], 'slash')}\nACCOUNT NO. {acct}\nAMOUNT DUE "
                         f"{fmt_money(due)}", border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("2200 Riverside Parkway, Boise, ID 83706  -  Billing office 208-555-0133", size=8.5)
    d.ln(8)
    for line in (f"Guarantor: {f['name']}", f["street"], f["city"]):
        d.text_line(line, size=10, h=5)
    d.ln(5)
    d.text_line(f"Patient: {f['name']}    Attending physician: {f['doctor']}", size=9.5)
    d.text_line(f"Primary insurance: {INSURER}  ID {f['mid']}  Group {f['group']}", size=9.5)
    d.ln(3)
    rows = [[fmt_date(dos, "slash"), c, desc, fmt_money(a, "nosign")] for (c, desc), a in zip(lines, amts)]
    rows += [["*", "", "Total charges", fmt_money(total, "nosign")],
             ["", "", f"Insurance payment - {INSURER}", f"-{fmt_money(ins_paid, 'nosign')}"],
             ["", "", "Contractual adjustment", f"-{fmt_money(adj, 'nosign')}"],
             ["*", "", "Patient balance", fmt_money(due, "nosign")]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 100, 30], size=9, aligns="LLLR")
    d.para("Your insurance has processed this visit. The balance shown is your share (deductible/coinsurance). "
           "Please pay within 30 days. Questions about your insurance's decision? Call the number on your ID card. "
           "Financial assistance is available; ask our billing office.", size=9.5)
    d.para("- - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - - -", size=8,
           align="C")
    d.text_line(f"Account {acct}    Amount due {fmt_money(due)}    Amount enclosed $________", size=9.5)
    t = truth("other", None, insurer=INSURER, plan_id=None, group_number=f["group"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[], claim_amount=f"{total:.2f}", service_dates=[iso(dos)],
              denial_date=iso(f["notice"]), provider=PROVIDER_ORG, appeal_deadline=None,
              alternates={"provider": [f["doctor"]]}, unscored=["insurer", "denial_date"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    R = lambda i: Rand(7900 + i)  # noqa: E731
    return [
        Item("nodeny_bd_approval", "born_digital", [approval(R(0))]),
        Item("nodeny_bd_welcome", "born_digital", [welcome(R(1))]),
        Item("nodeny_scan_overturn", "scan_clean_300",
             [overturn(R(2), "we found it was not medically necessary")]),
        Item("nodeny_photo_statement", "phone_photo", [statement(R(3))]),
        Item("nodeny_faxs_approval_stay", "fax_standard_g4", [approval(R(4), stay=True)]),
        Item("nodeny_rot_overturn", "rotated",
             [overturn(R(5), "the provider was out of network and prior authorization was not on file")]),
        Item("nodeny_stack_scan", "scan_clean_300", [approval(R(6)), statement(R(7))], [("blank"), None]),
    ]
