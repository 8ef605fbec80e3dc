"""Family 'ambulatory_blood_pressure_monitoring_denial': invented Medicare, Medicare Advantage, commercial and
Medicaid statements on 24-hour ambulatory blood pressure monitoring (ABPM: 93784 complete, 93786 recording only,
93788 scanning analysis, 93790 review and report) denied because the coverage criteria for suspected white-coat
(or masked) hypertension were not documented, or because the test was repeated within a year.

Statement-heavy: a Medicare Summary Notice (Part B) with a paid cardiology visit and a denied 93784 (once every 12
months); a commercial EOB in two-column header layout denying 93784 (office readings and out-of-office readings
not documented as the criteria require); a faxed Medicare Advantage notice of denial of payment for the
recording and the physician review (93786 + 93790); a photocopied paid EOB (criteria met, nothing denied); the
cardiology practice's patient statement after a denial (a bill); a phone photo of a boxed Medicaid managed-care
remittance-style member statement denying a repeat ABPM; a rotated employer-plan EOB with two claims (a paid lab
claim and the denied ABPM claim from an independent diagnostic testing facility).

Layouts are invented, modelled loosely on CMS Medicare Summary Notices, Part C integrated denial notices,
commercial EOBs and practice statements. All values invented: plans, practices, clinicians, people, IDs, amounts;
phones 1-555. Decoys: earlier ABPM dates, office blood pressure readings, referring doctors, NPIs, dates of birth,
claim-received dates, processing periods, allowed/paid/you-owe amounts, account numbers, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "ambulatory_blood_pressure_monitoring_denial"
LANG = "en"
SEED = 270600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def kv2(d, rows, w=(30, 60, 30, 60), size=9):
    """Two label/value columns side by side."""
    for a, b, c, e in rows:
        for txt, wd, st in ((a, w[0], "B"), (b, w[1], ""), (c, w[2], "B"), (e, w[3], "")):
            d.font(size, st)
            d.cell(wd, size * 0.55, txt)
        d.ln(size * 0.55)
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Augustina", "Bertrand", "Clementine", "Desmond", "Eulalia", "Fenwick", "Georgiana", "Horatio",
         "Isadora", "Jericho", "Leocadia", "Montgomery"]
LAST = ["Abernethy-Cole", "Blackmore", "Cresswell", "Delacroix", "Ellsworth", "Fothergill", "Grantham",
        "Hazelwood", "Ivanova", "Jessop", "Kingsmill", "Lockhart"]
CITIES = ["Marrowby, VT 05999", "Tolland Reach, NE 68999", "Quarry Bend, WV 25999", "Seabright Cove, DE 19999"]
STREETS = ["Hawthorn Rise", "Millrace Road", "Pennywhistle Lane", "Cinderford Street", "Larkhill Drive"]
PRACTICES = ["Seabright Heart & Vascular Associates", "Marrowby Cardiology Group, PC",
             "Tolland Reach Internal Medicine", "Quarry Bend Hypertension Clinic"]
IDTF = "Cinderford Diagnostic Monitoring, LLC"
DOCTORS = ["Dr. Evangeline M. Thackeray, MD", "Dr. Ignatius P. Wolcott, MD", "Dr. Sabine R. Okafor-Lund, DO",
           "Dr. Barnabas T. Ruiz-Whitley, MD"]
REFERRERS = ["Dr. Cordelia F. Ashbury", "Dr. Lucius N. Penrose", "Dr. Marguerite O. Fenn"]
D93784 = "ABPM 24 hr, complete"


def base(r):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 185))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1940, 1975), r.randint(1, 12), r.randint(1, 28)), ref=r.choice(REFERRERS))


# ---------------------------------------------------------------- 0: MSN Part B, repeat within 12 months
def doc_msn(r):
    f = base(r)
    prac = PRACTICES[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(24, 40))
    visit = dos - dt.timedelta(days=r.randint(2, 6))
    prior = dos - dt.timedelta(days=r.randint(200, 320))
    mbi = pat(r, "9AA9-AA9-AA99")
    c1, c2 = pat(r, "99-2699-999-9999"), pat(r, "99-2699-999-9999")
    ch = fee(r, 180, 290)
    v_ch = fee(r, 190, 260)
    v_ap = round(v_ch * 0.55, 2)
    span0 = f["notice"] - dt.timedelta(days=92)
    deadline = f["notice"] + dt.timedelta(days=120)
    ds = "abbr"
    d = Page(footer="Medicare Summary Notice  ·  Part B  ·  Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice", 15, "B")
    d.text_line("for Part B (Medical Insurance)  —  The Official Summary of Your Medicare Claims", 9)
    d.rule(0.6, 3)
    kv2(d, [("Name", f["member"], "Notice date", fmt_date(f["notice"], ds)),
            ("Medicare #", mbi, "Claims processed", f"{fmt_date(span0, ds)} to {fmt_date(f['notice'] - dt.timedelta(days=3), ds)}")],
        w=(26, 58, 38, 58), size=9.2)
    address_block(d, f["member"], f["addr"])
    d.set_fill_color(230, 230, 230)
    d.font(11, "B")
    d.cell(0, 8, "  Your Claims & Costs This Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    kv(d, [("Did Medicare approve all services?", "NO - 1 service was denied"),
           ("Total you may be billed", fmt_money(round(v_ap * 0.2, 2)))], w=70, size=9.4)
    paras(d, [
        f"If you disagree with a coverage decision, you must file an appeal by {fmt_date(deadline, 'long')}.",
        "Call 1-800-MEDICARE (1-555-633-4227) with questions. TTY 1-555-486-2048."], size=9.2)
    d.text_line("Your Claims for Part B", 12, "B")
    d.ln(1)
    for prov, claim, day, rows in [
            (f"{PRACTICES[2]}", c1, visit, [["Office visit, established (99214)", "Yes", fmt_money(v_ch),
                                            fmt_money(v_ap), fmt_money(round(v_ap * 0.2, 2)), ""]]),
            (prac, c2, dos, [[f"{D93784} (93784)", "No", fmt_money(ch), "$0.00", "$0.00", "A"]])]:
        d.text_line(f"{prov}  ·  Claim number {claim}", 9.2, "B")
        d.text_line(f"Service date {fmt_date(day, ds)}" + ("" if prov != prac else f"   Referred by {f['ref']}"), 8.8)
        d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare Approved",
                 "You May Be Billed", "See Notes"], rows, [60, 18, 28, 28, 30, 16], size=7.6, aligns="LLRRRL")
    paras(d, [
        "#Notes for Your Claims",
        "A  Medicare pays for ambulatory blood pressure monitoring only once in 12 months. Our records show this "
        f"service was already paid for a test on {fmt_date(prior, ds)}. Your provider gave you an Advance "
        "Beneficiary Notice, so you may have to pay the amount the provider charged.",
        "#How to file an appeal",
        "Circle the service you disagree with, explain why in writing, and send a copy of this notice with your "
        "explanation to: Medicare Part B Redeterminations, Greyfield Medicare Services, PO Box 62210, Tolland "
        "Reach, NE 68999. You must file by the date on page 1."], size=8.8)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c2], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac, appeal_deadline=deadline.isoformat(),
              type_alternates=["denial_letter"], denial_alternates=["not_covered"],
              alternates={"insurer": ["Greyfield Medicare Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: commercial EOB, criteria not documented
def doc_commercial(r):
    f = base(r)
    plan = "Millrace Health Insurance Company"
    prac, doc = PRACTICES[0], DOCTORS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 35))
    claim = pat(r, "M26999999999")
    mid, grp = pat(r, "MRX-999-99-9999"), pat(r, "0099999")
    ch = fee(r, 210, 340)
    ds, ms = "slash", "nosign"
    d = Page(footer="Millrace Health Insurance Company  |  Explanation of Benefits  |  {p} of {n}")
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.font(15, "B")
    d.cell(110, 11, "  Millrace Health", fill=True)
    d.font(10, "B")
    d.cell(0, 11, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Millrace Health Insurance Company  ·  PO Box 3007, Marrowby, VT 05999  ·  {f['phone']}", 8.2)
    d.ln(3)
    kv2(d, [("Subscriber:", f["member"], "Statement date:", fmt_date(f["notice"], ds)),
            ("Member ID:", mid, "Group:", grp),
            ("Patient:", f["member"], "Claim #:", claim),
            ("Provider:", prac, "Received:", fmt_date(dos + dt.timedelta(days=6), ds))],
        w=(26, 74, 30, 50), size=9)
    d.text_line(f"Rendering: {doc}   Referring: {f['ref']}   Network status: In network", 8.4)
    d.ln(2)
    d.table(["Date(s) of service", "Procedure", "Charges", "Allowed", "Deductible", "Coinsurance", "Paid",
             "Reason"],
            [[fmt_date(dos, ds), "93784 ABPM 24-hour", fmt_money(ch, ms), "0.00", "0.00", "0.00", "0.00", "MN41"],
             ["*Totals", "", fmt_money(ch, ms), "0.00", "0.00", "0.00", "0.00", ""]],
            [28, 40, 20, 18, 20, 22, 16, 16], size=7.8, aligns="LLRRRRRL")
    kv(d, [("Amount you owe this provider:", "0.00"), ("Plan paid:", "0.00")], w=60, size=9)
    paras(d, [
        "#Reason codes",
        "MN41  Not medically necessary as submitted. Under medical policy CP-CARD-118, 24-hour ambulatory blood "
        "pressure monitoring is covered to confirm suspected white-coat hypertension when (1) office readings on "
        "at least 3 separate visits are 130-159 systolic or 80-99 diastolic, and (2) at least 2 out-of-office "
        "readings are below 130/80, or to detect suspected masked hypertension. The records submitted show office "
        "readings from one visit only and no out-of-office readings. Because the provider is in our network, "
        "you are not responsible for this amount.",
        "#Appeal rights",
        "You may request an appeal of this decision within 180 days of the statement date. Send your request to "
        "Millrace Health Appeals, PO Box 3015, Marrowby, VT 05999, fax 1-555-770-2134. Include a copy of this "
        "EOB and the records you want reviewed (for example, home blood pressure logs). If your plan is subject "
        "to ERISA you may have the right to bring a civil action after your appeal. An external review may be "
        "available."], size=8.8)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: faxed MA notice of denial of payment
def doc_fax_ma(r):
    f = base(r)
    org, product = "Larkhill Senior Health Plan, Inc.", "Larkhill Advantage Classic (HMO)"
    prac, doc = PRACTICES[3], DOCTORS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 45))
    end = dos + dt.timedelta(days=1)
    claim = pat(r, "LH99999999")
    mid = pat(r, "L99999999-01")
    rec, rev = fee(r, 95, 150), fee(r, 45, 80)
    total = round(rec + rev, 2)
    ds = "long"
    d = Page(footer="CMS-10003-NDMCP (adapted)  ·  H5512_NDP26_M  ·  page {p} of {n}")
    d.add_page()
    d.font(8)
    d.cell(0, 4, f"{fmt_date(f['notice'] + dt.timedelta(days=9), 'short')} 09:31  QUARRY BEND HTN CLINIC  "
           "1-555-318-4421  P. 1", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(org, 13, "B", "C")
    d.text_line(f"{product}  ·  600 Cinderford Street, Quarry Bend, WV 25999  ·  {f['phone']}", 8.4, "", "C")
    d.ln(3)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", "C")
    d.ln(3)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Member name:", f["member"]), ("Member number:", mid),
           ("Claim number:", claim), ("Provider:", prac), ("Ordering physician:", doc),
           ("Service(s):", "93786 ABPM recording only; 93790 physician review and report"),
           ("Date(s) of service:", f"{fmt_date(dos, ds)} - {fmt_date(end, ds)}"),
           ("Amount billed:", fmt_money(total))], w=46, size=9.4)
    paras(d, [
        "We have denied payment for the medical services listed above that you received from this provider.",
        "#Why did we deny payment?",
        "Medicare covers ambulatory blood pressure monitoring when your doctor suspects white-coat or masked "
        "hypertension and the medical record shows the required blood pressure readings. The records we received "
        "do not show that your doctor suspected white-coat hypertension: your office readings were above "
        "160/100 on two visits and you had already started blood pressure medicine. So this test does not meet "
        "Medicare coverage rules (National Coverage Determination 20.19).",
        "Because the provider is in our network, you do not have to pay for these services.",
        "#You have the right to appeal our decision",
        "You have the right to ask Larkhill Senior Health Plan to reconsider (review) our decision. Your request "
        "must be made within 65 days from the date of this notice. We can give you more time if you have a good "
        "reason. Mail or fax your written request to Larkhill Appeals, PO Box 2230, Quarry Bend, WV 25999, fax "
        "1-555-318-4499. Payment appeals are not expedited.",
        "You can name someone to act for you. Call Medicare at 1-800-MEDICARE (1-555-633-4227) for help."], size=9.2)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[f"{dos.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product], "provider": [doc],
                          "service_dates": [[dos.isoformat(), end.isoformat()], [dos.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid EOB (criteria met)
def doc_paid(r):
    f = base(r)
    plan = "Pennywhistle Mutual Benefit Association"
    prac, doc = PRACTICES[2], DOCTORS[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(14, 25))
    claim = pat(r, "PMB-99999-999")
    mid, grp = pat(r, "PW999999999"), pat(r, "GR-99999")
    ch = fee(r, 200, 300)
    al = round(ch * 0.62, 2)
    coins = round(al * 0.2, 2)
    ds, ms = "iso", "plain"
    d = Page(footer="Pennywhistle Mutual Benefit Association - Statement of Benefits - page {p}")
    d.add_page()
    d.text_line("PENNYWHISTLE MUTUAL", 17, "B", "C")
    d.text_line("Benefit Association  ·  41 Larkhill Drive, Seabright Cove, DE 19999  ·  " + f["phone"], 8.4, "", "C")
    d.rule(0.4, 3)
    d.text_line("STATEMENT OF BENEFITS (this is not a bill)", 12, "B")
    d.ln(2)
    d.boxes([("Statement issued", fmt_date(f["notice"], ds), 40), ("Covered person", f["member"], 62),
             ("Certificate no.", mid, 42), ("Group", grp, 36)], h=12)
    d.boxes([("Claim reference", claim, 52), ("Provider of service", prac, 90), ("Network", "Preferred", 38)], h=12)
    d.ln(4)
    d.table(["Date", "Code", "Description", "Billed", "Eligible", "Coinsurance", "Benefit paid"],
            [[fmt_date(dos, ds), "93784", "Ambulatory BP monitoring 24h", fmt_money(ch, ms), fmt_money(al, ms),
              fmt_money(coins, ms), fmt_money(round(al - coins, 2), ms)],
             ["*Total", "", "", fmt_money(ch, ms), fmt_money(al, ms), fmt_money(coins, ms),
              fmt_money(round(al - coins, 2), ms)]], [24, 14, 54, 22, 22, 22, 22], size=8, aligns="LLLRRRR")
    paras(d, [
        f"Your share for this claim: {fmt_money(coins, ms)} (coinsurance). Physician: {doc}. Referred by {f['ref']}.",
        "Note P12: Paid. Ambulatory blood pressure monitoring met the plan's criteria for suspected white-coat "
        "hypertension (office readings on three visits and home readings below 130/80 were on file). The plan "
        "covers one ABPM study in 12 months; another study before then would need review.",
        "If you have a question about this statement, call us. If you disagree with how this claim was processed "
        "you may file an appeal within 180 days of the date this statement was issued.",
        "Deductible met to date: $750.00 of $750.00.  Out-of-pocket met to date: " +
        fmt_money(fee(r, 900, 2400), ms) + " of $4,500.00."], size=9.2)
    t = truth("eob", None, insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), type_alternates=["other"],
              alternates={"appeal_deadline": [None], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: cardiology practice statement (a bill)
def doc_statement(r):
    f = base(r)
    prac, doc = PRACTICES[0], DOCTORS[1]
    ins = "Hawthorn Rise Health Cooperative"
    dos = f["notice"] - dt.timedelta(days=r.randint(55, 75))
    acct = pat(r, "SHV-999999")
    iclaim = pat(r, "HRC9999999999")
    mid = pat(r, "HRC-99999999")
    lines = [("93786", "ABPM recording, 24 hr", fee(r, 110, 160)), ("93790", "ABPM review and report", fee(r, 55, 90))]
    total = round(sum(x[2] for x in lines), 2)
    denied_on = dos + dt.timedelta(days=r.randint(25, 35))
    due = f["notice"] + dt.timedelta(days=30)
    ds, ms = "dmy", "plain"
    d = Page()
    d.add_page()
    d.text_line(prac, 14, "B")
    d.text_line("210 Millrace Road, Suite 4, Seabright Cove, DE 19999  ·  Billing questions 1-555-402-7716", 8.6)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 13, "B", "R")
    kv2(d, [("Statement date", fmt_date(f["notice"], ds), "Account no.", acct),
            ("Patient", f["member"], "Pay by", fmt_date(due, ds)),
            ("Insurance", ins, "Insurance ID", mid)], w=(30, 66, 28, 56), size=9)
    address_block(d, f["member"], f["addr"])
    d.table(["Date", "Description", "Code", "Charge", "Ins. paid", "Adjust.", "Balance"],
            [[fmt_date(dos, ds), lines[0][1], lines[0][0], fmt_money(lines[0][2], ms), "$0.00", "$0.00",
              fmt_money(lines[0][2], ms)],
             [fmt_date(dos, ds), lines[1][1], lines[1][0], fmt_money(lines[1][2], ms), "$0.00", "$0.00",
              fmt_money(lines[1][2], ms)],
             [fmt_date(denied_on, ds), f"Insurance denied - claim {iclaim}", "", "", "", "", ""],
             ["*Amount due", "", "", fmt_money(total, ms), "", "", fmt_money(total, ms)]],
            [20, 64, 16, 22, 20, 18, 22], size=8.2, aligns="LLLRRRR")
    paras(d, [
        f"Interpreting physician: {doc}. Your insurance plan denied these charges as not medically necessary "
        "(criteria for suspected white-coat hypertension not met). You signed a financial responsibility form "
        "before the test, so the balance is now your responsibility.",
        "If you have new information for your insurance company, such as home blood pressure readings, please "
        "call our billing office so that we can ask for a review. Payment plans are available.",
        "Please detach and return the bottom part with your payment. Make checks payable to " + prac + "."],
          size=9.2)
    d.rule(0.2, 3)
    kv2(d, [("Account no.", acct, "Amount due", fmt_money(total, ms)),
            ("Patient", f["member"], "Amount enclosed", "__________")], w=(30, 66, 34, 50), size=9)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[iclaim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prac, unscored=["insurer"], type_alternates=["denial_letter"],
              denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[]], "member_id": [None], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid MCO member statement, boxed
def doc_medicaid(r):
    f = base(r)
    plan = "Cinderford Community Care Plan"
    prac, doc = PRACTICES[3], DOCTORS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 30))
    prior = dos - dt.timedelta(days=r.randint(120, 250))
    claim = pat(r, "9999999999999")
    mid = pat(r, "99999999999")
    ch = fee(r, 160, 240)
    ds, ms = "upper", "bare"
    d = Page(footer="CCCP-MBR-STMT  Medicaid managed care  {p}/{n}")
    d.add_page()
    d.text_line("Cinderford Community Care Plan", 14, "B")
    d.text_line(f"A Medicaid health plan  ·  PO Box 808, Quarry Bend, WV 25999  ·  Member Services {f['phone']}", 8.4)
    d.ln(2)
    d.text_line("MEMBER CLAIM STATEMENT", 12, "B", "C")
    d.ln(2)
    d.boxes([("Member", f["member"], 56), ("Medicaid ID", mid, 44), ("Statement date", fmt_date(f["notice"], ds), 42),
             ("Plan", "CCCP-Medicaid", 38)], h=12)
    d.boxes([("Provider", prac, 90), ("Claim no.", claim, 50), ("Date of birth", fmt_date(f["dob"], ds), 40)], h=12)
    d.ln(4)
    d.table(["Service date", "Code", "Service", "Billed", "Paid", "Status", "Code"],
            [[fmt_date(dos, ds), "93784", "24-hr ambulatory blood pressure", fmt_money(ch, ms), "0.00", "Denied",
              "F12"], ["*Total", "", "", fmt_money(ch, ms), "0.00", "", ""]],
            [26, 14, 62, 22, 18, 20, 14], size=8.2, aligns="LLLRRLL")
    paras(d, [
        "F12  Frequency limit. Ambulatory blood pressure monitoring is covered once per 12 months per member. "
        f"A study was already paid for you on {fmt_date(prior, ds)}. A repeat study within 12 months needs prior "
        "approval showing a change in your condition. You do not have to pay this bill: Medicaid providers may "
        "not bill you for a denied covered service.",
        "Ordering doctor: " + doc + ".",
        "YOUR RIGHTS: If you do not agree with this decision, you may ask for an appeal within 60 days of the "
        "statement date. Call Member Services or write to CCCP Appeals, PO Box 815, Quarry Bend, WV 25999. After "
        "the plan's appeal decision you may ask for a State Fair Hearing within 120 days. If you are receiving a "
        "service that is being reduced you may ask to keep getting it during your appeal (within 10 days)."],
          size=9)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              type_alternates=["denial_letter"], denial_alternates=["not_covered", "other"],
              alternates={"provider": [doc], "plan_id": ["CCCP-Medicaid"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: employer EOB, two claims, IDTF denied
def doc_two_claims(r):
    f = base(r)
    plan = "Cresswell Benefit Administrators"
    employer = "Tolland Reach Unified Schools Health Plan"
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 30))
    lab = dos - dt.timedelta(days=r.randint(5, 12))
    c_lab, c_abpm = pat(r, "CB9999999-01"), pat(r, "CB9999999-01")
    mid, grp = pat(r, "TRU99999999"), pat(r, "TRU-999")
    l1, l2 = fee(r, 40, 70), fee(r, 25, 45)
    a1, a2 = fee(r, 150, 220), fee(r, 60, 95)
    total = round(a1 + a2, 2)
    ds, ms = "mdy_nopad", "plain"
    d = Page(footer="Cresswell Benefit Administrators  |  {p}/{n}")
    d.add_page()
    d.text_line("Cresswell Benefit Administrators", 14, "B")
    d.text_line(f"Claims administrator for the {employer}", 8.6)
    d.text_line(f"PO Box 7120, Tolland Reach, NE 68999  ·  Customer Service {f['phone']}", 8.6)
    d.rule(0.4, 3)
    d.text_line("Explanation of Benefits", 13, "B")
    kv2(d, [("Date prepared:", fmt_date(f["notice"], ds), "Employee:", f["member"]),
            ("ID number:", mid, "Group:", grp)], w=(30, 60, 26, 64), size=9)
    for title, claim, prov, rows, note in [
            (f"Claim {c_lab}", c_lab, "Hazelwood Reference Laboratory",
             [[fmt_date(lab, ds), "80061 Lipid panel", fmt_money(l1, ms), fmt_money(l1, ms), fmt_money(0, ms), ""],
              [fmt_date(lab, ds), "80048 Basic metabolic panel", fmt_money(l2, ms), fmt_money(l2, ms),
               fmt_money(0, ms), ""]], "Paid in full under preventive lab benefit."),
            (f"Claim {c_abpm}", c_abpm, IDTF,
             [[fmt_date(dos, ds), "93786 ABPM recording 24h", fmt_money(a1, ms), fmt_money(0, ms), fmt_money(0, ms),
               "D7"],
              [fmt_date(dos, ds), "93790 ABPM review/report", fmt_money(a2, ms), fmt_money(0, ms),
               fmt_money(0, ms), "D7"],
              ["*Claim total", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms), ""]],
             "D7 applies.")]:
        d.text_line(f"{title}  ·  {prov}", 9.6, "B")
        d.table(["Service date", "Service", "Billed", "Plan paid", "You owe", "Note"], rows,
                [26, 62, 24, 24, 22, 16], size=8, aligns="LLRRRL")
        d.text_line(note, 8.6)
        d.ln(2)
    paras(d, [
        "#Notes",
        "D7  The plan covers one ambulatory blood pressure study in a 12-month period. A 24-hour study for this "
        "patient was paid for a service date less than 12 months before this one. Ordering physician on the "
        f"claim: {DOCTORS[0]}. The provider is not in the plan's network and may bill you for these charges.",
        "#Claim review",
        "You may ask for a review of any denied claim within 180 days of receiving this notice. Write to the "
        "Appeals Committee, Cresswell Benefit Administrators, PO Box 7125, Tolland Reach, NE 68999. Under ERISA "
        "you may bring a civil action under section 502(a) after the plan's review."], size=8.8)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[c_abpm], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=IDTF, appeal_deadline=None,
              denial_alternates=["not_covered"],
              alternates={"insurer": [employer], "provider": [DOCTORS[0]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_msn_partb_abpm_once_in_12_months", "born_digital", doc_msn),
    ("scan300_commercial_eob_white_coat_criteria_not_met", "scan_clean_300", doc_commercial),
    ("faxstd_ma_denial_of_payment_93786_93790", "fax_standard_g4", doc_fax_ma),
    ("copy_paid_statement_of_benefits_abpm", "photocopy", doc_paid),
    ("lowres_cardiology_patient_statement_after_denial", "scan_lowres_150", doc_statement),
    ("photo_medicaid_member_statement_repeat_abpm", "phone_photo", doc_medicaid),
    ("rotated_tpa_eob_lab_paid_idtf_abpm_denied", "rotated", doc_two_claims),
]


def documents(rng: random.Random) -> list[Item]:
    return [Item(f"{FAMILY}_{suffix}", cond, [build(random.Random(SEED + i))])
            for i, (suffix, cond, build) in enumerate(PLAN)]
