"""Family 'cobra_premium_grace_period_termination_claim_denial': COBRA continuation coverage under self-funded
employer plans ends because a monthly premium was paid after the 30-day grace period; claims for care after the
coverage end date are then refused for eligibility. Invented TPA/COBRA administrators and employer plans.

Documents: born-digital notice of early termination of COBRA coverage (label table, late postmark, returned
check; appeal within 60 days of the date of this notice); scanned premium notice with payment coupon (denies
nothing: premium amount and due date as decoys); photocopied TPA EOB with three claims for a family (two paid
before the end date, the child's visit after it refused); standard-fax two-page adverse benefit determination
letter with facts in sentences; phone photo of a pediatric practice statement moving the refused charges to the
family; sideways reinstatement approval (the payment proved timely, claims to be reprocessed); low-resolution stack
of a short claim denial notice and, after the blank back of its sheet, the final internal appeal decision upholding
the termination (external review only).

Decoys: qualifying event dates, COBRA start and 18-month end dates, premium amounts and due dates, postmark and
received dates, 45-day first-payment grace, 60-day election period, dates of birth, NPIs, account numbers, paid
claims, processing periods, 72-hour and external-review limits. All people, plans and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cobra_premium_grace_period_termination_claim_denial"
LANG = "en"
SEED = 334600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LARK = "Larkspur Benefit Administrators, Inc."
LARK_PLAN = "Hollis & Brandt Manufacturing Employee Medical Plan"
MER = "Meridian Crest Benefit Services"
MER_PLAN = "Tri-County Dental Laboratories Health Plan"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, lw=42, size=9.4, x=None, h=5.2):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def base(r: Rand) -> dict:
    """A former employee on COBRA: the month whose premium was late, its due date and the coverage end date."""
    member, first, mid, last = r.person()
    m = r.randint(2, 4)
    due = dt.date(2026, m, 1)
    end = due - dt.timedelta(days=1)              # coverage paid through the end of the month before
    grace = due + dt.timedelta(days=29)           # 30-day grace period (due date + 29 = last day)
    post = grace + dt.timedelta(days=r.randint(3, 9))
    qe = dt.date(2025, r.randint(6, 10), r.randint(1, 28))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(), due=due, end=end, grace=grace,
                post=post, qe=qe, cobra_start=month_end(qe.year, qe.month) + dt.timedelta(days=1),
                prem=float(r.randint(540, 1980)) + r.choice([0.0, 0.48, 0.12, 0.9]),
                dob=dt.date(r.randint(1960, 1999), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(), ph=r.phone())


# ---------------------------------------------------------------- 0: termination notice (born digital)
def doc_termination(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sent = f["post"] + dt.timedelta(days=r.randint(3, 6))
    ref = f"CT-{r.digits(7)}"
    mid, grp = f"LBA{r.digits(8)}", f"HB-{r.digits(5)}"
    ls = lambda x: fmt_date(x, "long")  # noqa: E731
    d = Page("Larkspur Benefit Administrators  ·  COBRA Services  ·  Page {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("LARKSPUR", 20, "B", h=9)
    d.text_line("Benefit Administrators, Inc.  ·  COBRA Services  ·  PO Box 7734, Omaha, NE 68107", 8.4, h=4.6)
    d.text_line(f"COBRA line {f['ph']}  ·  Monday-Friday 8 a.m.-6 p.m. CT", 8.4, h=4.6)
    d.rule(0.8, 5)
    d.text_line(ls(sent), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("Notice of Early Termination of COBRA Continuation Coverage", 12.5, "B", h=7)
    d.ln(2)
    rows = [("Reference no.", ref), ("Qualified beneficiary", f["member"]), ("Member ID", mid),
            ("Group no.", grp), ("Plan", LARK_PLAN), ("Coverage", "Medical and prescription, employee only"),
            ("Qualifying event", f"Termination of employment, {ls(f['qe'])}"),
            ("COBRA coverage began", ls(f["cobra_start"])),
            ("Maximum coverage period ends", ls(f["cobra_start"] + dt.timedelta(days=547))),
            ("Premium due", f"{fmt_money(f['prem'])} for {f['due'].strftime('%B %Y')}, due {ls(f['due'])}"),
            ("Grace period ended", ls(f["grace"])), ("Payment postmarked", ls(f["post"])),
            ("Coverage terminated effective", ls(f["end"]))]
    d.set_line_width(0.2)
    for k, v in rows:
        d.font(9.3, "B")
        d.cell(62, 6.2, " " + k, border=1)
        d.font(9.3)
        d.cell(0, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Your COBRA premium for {f['due'].strftime('%B %Y')} was due on {ls(f['due'])}. The plan allows a grace "
           "period of 30 days after the due date for each monthly premium (45 days for the first payment after "
           "election). Your payment was postmarked after the grace period ended, so your coverage ended at the end "
           "of the last month for which a premium was paid. We have returned your check. Claims for care received "
           "after the termination date will not be paid.", 10)
    d.para("If you believe this decision is wrong, for example because the payment was mailed on time, you may "
           "appeal within 60 days of the date of this notice. Send proof of the mailing date (such as a certified "
           "mail receipt) to COBRA Appeals at the address above. Once ended, COBRA coverage cannot be restarted "
           "except on appeal. You may be eligible for coverage through the Health Insurance Marketplace; a special "
           "enrollment period may apply.", 10)
    t = truth("denial_letter", "eligibility", insurer=LARK, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], denial_date=iso(sent), appeal_deadline=iso(sent + dt.timedelta(days=60)),
              type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: premium notice (scan clean)
def doc_premium(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sent = f["due"] - dt.timedelta(days=r.randint(14, 20))
    mid, grp = f"LBA{r.digits(8)}", f"HB-{r.digits(5)}"
    acct, inv = r.digits(9), f"INV{r.digits(7)}"
    sl = lambda x: fmt_date(x, "slash")  # noqa: E731
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("LARKSPUR", 18, "B", h=8)
    d.text_line("Benefit Administrators, Inc.  ·  COBRA Premium Billing  ·  PO Box 7735, Omaha, NE 68107", 8.4, h=4.6)
    d.ln(4)
    d.text_line("COBRA Premium Notice", 13, "B", h=7)
    d.text_line("This is not a bill for medical services. No claim has been denied.", 9, h=5)
    d.ln(3)
    d.boxes([("Notice date", sl(sent), 34), ("Member ID", mid, 40), ("Group", grp, 30),
             ("Billing account", acct, 36), ("Invoice", inv, 40)], h=12)
    d.ln(4)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    rows = [[f["due"].strftime("%B %Y"), "Medical + Rx, employee + spouse", fmt_money(f["prem"], "nosign"), sl(f["due"])],
            ["*Total due", "", fmt_money(f["prem"], "nosign"), sl(f["due"])]]
    d.table(["Coverage month", "Coverage", "Premium (USD)", "Due date"], rows, [44, 70, 34, 34], size=9.4,
            aligns="LLRL", head_fill=True)
    d.para(f"Plan: {LARK_PLAN}. Premiums are due on the first day of each coverage month. The plan must receive "
           f"your payment, or it must be postmarked, within 30 days after the due date (by {sl(f['grace'])}). If it "
           "is not, your COBRA coverage will end on the last day of the month already paid and cannot be "
           "reinstated. Partial payments are not accepted.", 9.6)
    d.para(f"Questions about your premium? Call {f['ph']}. To change your address or cancel COBRA, write to us at the "
           "address above.", 9.6)
    d.ln(6)
    d.text_line("- - - - - - - - - - - - - - - - - - - - - detach and return with your payment - - - - - - - - - - - - "
                "- - - - - - - - -", 7.5, h=5)
    d.ln(2)
    kv(d, [("Payment coupon", ""), ("Name", f["member"]), ("Member ID", mid), ("Billing account", acct),
           ("Amount due", fmt_money(f["prem"])), ("Due date", sl(f["due"])), ("Make check payable to",
                                                                             "Larkspur COBRA Premium Trust")],
       lw=50, size=9.4)
    t = truth("other", None, insurer=LARK, group_number=grp, member_id=mid, member_name=f["member"],
              denial_date=iso(sent))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: TPA EOB, three claims (photocopy)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    child, cf, _, _ = r.person()
    child = child.split()[0] + " " + r.choice("ABCDEFGH") + ". " + f["last"]
    spouse = r.choice(["Harriet", "Colin", "Naomi", "Wendell"]) + " " + r.choice("JKLM") + ". " + f["last"]
    d1 = f["end"] - dt.timedelta(days=r.randint(4, 12))
    d2 = f["end"] - dt.timedelta(days=r.randint(1, 3))
    d3 = f["end"] + dt.timedelta(days=r.randint(6, 14))
    stmt = f["post"] + dt.timedelta(days=r.randint(15, 25))
    mid, grp = f"MCB{r.digits(9)}", f"TCD{r.digits(4)}"
    c1, c2, c3 = (f"{r.digits(2)}{r.letters(1)}{r.digits(8)}" for _ in range(3))
    a1, a2 = 212.00, 148.50
    l3 = [("99214", 238.00), ("87880", 46.00), ("J0696", 64.25)]
    a3 = round(sum(v for _, v in l3), 2)
    dm = lambda x: fmt_date(x, "dmy")  # noqa: E731
    d = Page(None, margins=(13, 12, 13))
    d.add_page()
    d.text_line("Meridian Crest Benefit Services", 14, "B", h=7)
    d.text_line(f"Third-party administrator for the {MER_PLAN}", 8.6, h=4.6)
    d.text_line(f"PO Box 4410, Springfield, IL 62708  ·  Member Services {f['ph']}", 8.6, h=4.6)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B", h=7)
    d.ln(1)
    y0 = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.set_xy(118, y0)
    kv(d, [("Statement date", dm(stmt)), ("Subscriber ID", mid), ("Group number", grp),
           ("Claims processed", f"{dm(stmt - dt.timedelta(days=30))} to {dm(stmt - dt.timedelta(days=1))}")],
       lw=32, size=8.6, x=118, h=4.8)
    d.ln(5)
    rows = [[f"*Claim {c1}   Patient: {f['member']}   Provider: Sangamon Family Medicine", "", "", "", ""],
            [dm(d1), "99213 Office visit", fmt_money(a1), fmt_money(round(a1 * .72, 2)), "P1"],
            [f"*Claim {c2}   Patient: {spouse}   Provider: Prairie Lab Services", "", "", "", ""],
            [dm(d2), "80053 Metabolic panel", fmt_money(a2), fmt_money(round(a2 * .55, 2)), "P1"],
            [f"*Claim {c3}   Patient: {child}   Provider: Lincoln Trail Pediatrics", "", "", "", ""]]
    for code, v in l3:
        rows.append([dm(d3), code, fmt_money(v), "$0.00", "E27"])
    rows.append(["", "Claim total", fmt_money(a3), "$0.00", ""])
    d.table(["Date of service", "Service", "Charged", "Plan paid", "Code"], rows, [34, 82, 28, 28, 16], size=8.4,
            aligns="LLRRL", head_fill=True)
    d.text_line("Explanation codes", 9.6, "B", h=5.5)
    d.para("P1  Paid according to your plan benefits after any deductible and coinsurance.", 8.6, gap=0.8)
    d.para(f"E27  Not payable. The patient was not covered on the date of service. COBRA continuation coverage "
           f"ended {dm(f['end'])} because the premium was not paid within the grace period.", 8.6, gap=1.5)
    d.para("You may appeal a denied claim within 180 days of the date of this statement. Urgent care appeals are "
           "decided within 72 hours. Keep this statement for your records.", 8.6)
    t = truth("eob", "eligibility", insurer=MER, group_number=grp, member_id=mid, member_name=child,
              case_numbers=[c3], claim_amount=m2(a3), service_dates=[iso(d3)], denial_date=iso(stmt),
              provider="Lincoln Trail Pediatrics", appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: adverse determination letter (fax standard)
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    dos = f["end"] + dt.timedelta(days=r.randint(9, 20))
    sent = max(dos, f["post"]) + dt.timedelta(days=r.randint(20, 30))
    mid, grp = f"LBA{r.digits(8)}", f"HB-{r.digits(5)}"
    claim = f"{r.digits(4)} {r.digits(4)} {r.digits(3)}"
    amt = float(r.randint(1450, 2900)) + 0.6
    prov = "Dr. Imogen T. Halvorsen, MD"
    d = Page(None, head=f"Larkspur Benefit Administrators - claim {claim} - member {mid}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Larkspur Benefit Administrators, Inc.", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {LARK_PLAN}", 8.8, h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.text_line("Notice of Adverse Benefit Determination", 11.5, "B", h=6)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We received claim {claim} from {prov} at Riverside Imaging Partners for an MRI of the right knee on "
           f"{fmt_date(dos, 'long')}, with charges of {fmt_money(amt)}. Your member ID is {mid} and your group "
           f"number is {grp}.", 10.5)
    d.para(f"We cannot pay this claim. Your COBRA continuation coverage under the plan ended on "
           f"{fmt_date(f['end'], 'long')}. The premium due on {fmt_date(f['due'], 'long')} was received after the "
           f"30-day grace period ended on {fmt_date(f['grace'], 'long')}, and under Section 11.3 of the plan "
           "document coverage ends on the last day of the period for which a premium was timely paid. You were not "
           "covered on the date of service.", 10.5)
    d.para("You may appeal this determination within 180 days of the date of this letter. Write to Appeals, "
           "Larkspur Benefit Administrators, PO Box 7740, Omaha, NE 68107, and include any proof that your premium "
           "was paid on time. If your situation is urgent, an expedited appeal is decided within 72 hours.", 10.5)
    d.add_page()
    d.para("After the plan's final decision you may ask for an external review within 4 months, and you may have "
           "the right to bring a civil action under section 502(a) of ERISA. You may ask, free of charge, for "
           "copies of the documents relevant to your claim, including the plan's COBRA premium rules.", 10.5)
    d.para("Interpreter services: call the number on your ID card.\n\nSincerely,\nClaims Review Unit\n"
           "Larkspur Benefit Administrators, Inc.", 10.5)
    t = truth("denial_letter", "eligibility", insurer=LARK, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(amt), service_dates=[iso(dos)],
              denial_date=iso(sent), provider=prov, appeal_deadline=iso(sent + dt.timedelta(days=180)),
              alternates={"provider": ["Riverside Imaging Partners"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: pediatric statement (phone photo)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    kid = r.choice(["Theo", "Mei", "Jasper", "Odette", "Ezra"]) + " " + r.choice("BCDR") + ". " + f["last"]
    dos = f["end"] + dt.timedelta(days=r.randint(5, 15))
    den = dos + dt.timedelta(days=r.randint(30, 40))
    stmt = den + dt.timedelta(days=r.randint(8, 14))
    acct = f"{r.digits(6)}"
    lines = [("99392", "Well child visit, age 1-4", 215.00), ("90700", "DTaP vaccine", 58.40),
             ("90460", "Vaccine administration", 32.00)]
    tot = round(sum(v for *_, v in lines), 2)
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Lincoln Trail Pediatrics", 15, "B", h=7)
    d.text_line("410 Monroe Street, Decatur, IL 62522  ·  Billing office (217) 555-0163", 8.6, h=4.6)
    d.ln(4)
    d.boxes([("Statement date", fmt_date(stmt, "iso"), 36), ("Account", acct, 30),
             ("Responsible party", f["member"], 62), ("Please pay", fmt_money(tot), 36)], h=12)
    d.ln(4)
    d.text_line(f"Patient: {kid}", 10, "B", h=6)
    rows = [[fmt_date(dos, "iso"), c, t_, fmt_money(v)] for c, t_, v in lines]
    rows += [["*Charges", "", "", fmt_money(tot)],
             [fmt_date(den, "iso"), "", f"Meridian Crest claim {claim}: denied - not covered", "$0.00"],
             ["*Balance now due from you", "", "", fmt_money(tot)]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 104, 30], size=8.8, aligns="LLLR")
    d.para("Your insurance company denied this claim and says your coverage had ended before the visit. The "
           "balance has been moved to you. If you have other coverage, or your coverage has been reinstated, please "
           "call our billing office so we can bill your plan again. Payment plans are available.", 9.4)
    t = truth("other", None, member_name=kid, case_numbers=[claim], claim_amount=m2(tot), service_dates=[iso(dos)],
              denial_date=iso(stmt), provider="Lincoln Trail Pediatrics", unscored=["insurer"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: reinstatement approval (rotated)
def doc_reinstated(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    dec = f["post"] + dt.timedelta(days=r.randint(30, 45))
    mid = f"MCB {r.digits(3)} {r.digits(3)} {r.digits(3)}"
    app = f"APL-{r.digits(6)}"
    dos = f["end"] + dt.timedelta(days=r.randint(5, 14))
    amt = float(r.randint(300, 900)) + 0.25
    mailed = f["grace"] - dt.timedelta(days=r.randint(1, 3))
    prov = "Dr. Anselm V. Okafor, DO"
    up = lambda x: fmt_date(x, "upper")  # noqa: E731
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("MERIDIAN CREST BENEFIT SERVICES", 13, "B", h=7)
    d.text_line(f"for the {MER_PLAN}", 9, h=5)
    d.ln(5)
    d.text_line(up(dec), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line(f"Your appeal {app}  -  COBRA coverage reinstated", 10.5, "B", h=6)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}, we have good news. You sent us a certified mail receipt showing that "
           f"your premium was mailed on {up(mailed)}, before the grace period ended on {up(f['grace'])}. We have "
           f"reversed the termination of your COBRA coverage. Your coverage continues without a break, and your "
           f"member number {mid} stays the same.", 10)
    d.para(f"We will reprocess the claim from {prov} for your visit on {up(dos)} ({fmt_money(amt)}), which was "
           "denied because coverage appeared to have ended. A new Explanation of Benefits will follow within 30 days. "
           "You do not need to do anything else. Your next premium is due on the first of the month.", 10)
    t = truth("other", None, insurer=MER, member_id=mid.replace(" ", ""), member_name=f["member"], case_numbers=[app],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(dec), provider=prov)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: stack: claim denial + final appeal upheld
def doc_short_denial(r: Rand, f: dict) -> tuple[bytes, dict]:
    dos = f["end"] + dt.timedelta(days=r.randint(3, 10))
    sent = max(dos, f["post"]) + dt.timedelta(days=r.randint(18, 26))
    f.update(dos=dos, sent=sent, mid=f"LBA{r.digits(8)}", grp=f"HB-{r.digits(5)}",
             claim=f"{r.digits(3)}-{r.digits(7)}", amt=float(r.randint(900, 2400)) + 0.75,
             prov="Council Bluffs Physical Therapy")
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Larkspur Benefit Administrators, Inc.", 14, "B", h=7)
    d.text_line("Notice of claim determination", 10, h=6)
    d.ln(4)
    kv(d, [("Date of notice", fmt_date(sent, "abbr")), ("Patient", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Claim number", f["claim"]), ("Provider", f["prov"]),
           ("Dates of service", fmt_date(dos, "abbr")), ("Total billed", fmt_money(f["amt"], "space")),
           ("Determination", "Denied - no coverage on date of service")], lw=46)
    d.ln(3)
    d.para(f"Your COBRA coverage ended on {fmt_date(f['end'], 'abbr')} because the premium was not paid within "
           "the 30-day grace period. Claims for services after that date are not covered.", 10)
    d.para("You may appeal within 180 days of the date of this notice.", 10)
    t = truth("denial_letter", "eligibility", insurer=LARK, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["amt"]), service_dates=[iso(dos)],
              denial_date=iso(sent), provider=f["prov"], appeal_deadline=iso(sent + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def doc_upheld(r: Rand, f: dict) -> tuple[bytes, dict]:
    dec = f["sent"] + dt.timedelta(days=r.randint(40, 60))
    app = f"LA{r.digits(7)}"
    recv = f["sent"] + dt.timedelta(days=r.randint(10, 20))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Larkspur Benefit Administrators, Inc.", 14, "B", h=7)
    d.text_line("Appeals Unit  ·  PO Box 7740, Omaha, NE 68107", 8.8, h=5)
    d.ln(5)
    d.text_line(fmt_date(dec, "dmy"), 10, h=6)
    d.ln(2)
    d.table(["Member", "Member ID", "Claim", "Appeal", "Appeal received"],
            [[f["member"], f["mid"], f["claim"], app, fmt_date(recv, "dmy")]], [44, 34, 30, 28, 30], size=8.8,
            border_head="TB")
    d.text_line("Final internal appeal decision", 11, "B", h=6)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"You appealed our denial of the claim from {f['prov']} for {fmt_money(f['amt'])}, for therapy on "
           f"{fmt_date(f['dos'], 'dmy')}. You told us your premium was mailed on time.", 10)
    d.para(f"Decision: we uphold the denial. The premium due {fmt_date(f['due'], 'dmy')} was postmarked "
           f"{fmt_date(f['post'], 'dmy')}, after the grace period ended on {fmt_date(f['grace'], 'dmy')}. The plan "
           "cannot extend the grace period, so COBRA coverage ended at the end of the last paid month and the "
           "service date falls after it.", 10)
    d.para("This is the plan's final internal decision. You may ask for an external review by an independent "
           "review organization within 4 months after you receive this letter, or bring a civil action under "
           "ERISA section 502(a).", 10)
    t = truth("denial_letter", "eligibility", insurer=LARK, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"], app], claim_amount=m2(f["amt"]), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=f["prov"], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r6 = Rand(SEED + 6)
    f6 = base(r6)
    return [Item(f"{FAMILY}_bd_termination_notice", "born_digital", [doc_termination(Rand(SEED))]),
            Item(f"{FAMILY}_scan_premium_notice", "scan_clean_300", [doc_premium(Rand(SEED + 1))]),
            Item(f"{FAMILY}_photocopy_family_eob", "photocopy", [doc_eob(Rand(SEED + 2))]),
            Item(f"{FAMILY}_faxstd_adverse_determination", "fax_standard_g4", [doc_letter(Rand(SEED + 3))]),
            Item(f"{FAMILY}_phone_pediatric_statement", "phone_photo", [doc_statement(Rand(SEED + 4))]),
            Item(f"{FAMILY}_rotated_reinstatement", "rotated", [doc_reinstated(Rand(SEED + 5))]),
            Item(f"{FAMILY}_lowres_stack_denial_appeal", "scan_lowres_150",
                 [doc_short_denial(r6, f6), doc_upheld(r6, f6)], separators=["duplex", None])]
