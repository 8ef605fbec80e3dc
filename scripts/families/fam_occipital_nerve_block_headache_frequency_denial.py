"""Family 'occipital_nerve_block_headache_frequency_denial': invented Medicare, Medicare Advantage, commercial and
TPA notices on greater occipital nerve blocks (64405) and trigger point injections (20552, 20553) for chronic
migraine and occipital neuralgia, denied for going over frequency limits, billed by pain and headache practices.

Statement-heavy: a Medicare Summary Notice (Part B) with an approved office visit claim beside a denied 64405 +
20553 claim (more blocks than the LCD allows in 12 months); a Medicare Advantage EOB paying the office visit and the
block but denying the trigger point injection (more than 3 sessions in 90 days); the pain practice's patient
statement after the denial (a bill, not a denial); a commercial EOB for a dependent denying a bilateral block over
the plan's 4-sessions-a-year benefit limit; a TPA's faxed prior-authorization denial to the practice (repeat block
only 5 weeks after the last one, no headache diary); a paid MA EOB (no denial); an MA reconsideration upholding a
frequency denial (forwarded to the independent review entity, no member deadline).

Layouts are invented, modelled loosely on CMS Medicare Summary Notices, Part C EOB models, commercial EOBs and
published utilization-review letters. All values invented: plans, practices, clinicians, people, IDs, amounts;
phones 1-555. Decoys: earlier block dates, referring doctors, NPIs, dates of birth, subscribers, received dates,
claims-processed spans, allowed/paid/you-owe amounts, account numbers, policy and form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "occipital_nerve_block_headache_frequency_denial"
LANG = "en"
SEED = 265500
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


FIRST = ["Wilhelmina", "Cassius", "Ottilie", "Barnaby", "Seraphina", "Lucan", "Henrietta", "Ambrose", "Delphine",
         "Evander", "Rosamund", "Fitzgerald"]
LAST = ["Quennell", "Ashworth-Bly", "Tremayne", "Okonjo", "Vandersloot", "Pellegrino", "Hathersage", "Moncrieff",
        "Ravensdale", "Kilbride", "Sorensen-Wake", "Drummond"]
CITIES = ["Harrowgate, OH 43999", "Pell Junction, IA 50099", "Saltmarsh Bay, SC 29999", "Wexley Falls, ID 83899"]
STREETS = ["Thistledown Road", "Chandler's Ford Lane", "Ivybridge Court", "Marlpit Avenue", "Gorse Hill Drive"]
PRACTICES = ["Cedar Hollow Interventional Pain, PLLC", "Quillmark Spine and Pain Center",
             "Brantmoor Headache & Neurology Clinic", "Tallowbrook Pain Management Associates"]
DOCTORS = ["Dr. Leopold V. Haverford, MD", "Dr. Imogen T. Castellanos, DO", "Dr. Rashid K. Ellingham, MD",
           "Dr. Philippa A. Norcott, MD"]
REFERRERS = ["Dr. Gwendolyn S. Ashby", "Dr. Emeka R. Whitlock", "Dr. Saoirse M. Lindqvist"]
D64405 = "Injection, anesthetic agent; greater occipital nerve"
D20552 = "Trigger point injection(s); 1 or 2 muscle(s)"
D20553 = "Trigger point injection(s); 3 or more muscles"


def base(r):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    return dict(notice=notice, member=person(r, FIRST, LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1941, 1960), r.randint(1, 12), r.randint(1, 28)), ref=r.choice(REFERRERS))


def earlier(dos, n, gap):
    return [dos - dt.timedelta(days=gap * k) for k in range(n, 0, -1)]


# ---------------------------------------------------------------- 0: Medicare Summary Notice, Part B
def doc_msn(r):
    f = base(r)
    prac = PRACTICES[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 35))
    visit = dos - dt.timedelta(days=r.randint(3, 9))
    prior = earlier(dos, 4, r.randint(58, 72))
    mbi = pat(r, "9AA9-AA9-AA99")
    c1, c2 = pat(r, "99-2699-9999-999"), pat(r, "99-2699-9999-999")
    lines = [("64405", "Greater occipital nerve block", fee(r, 410, 620)),
             ("20553", "Trigger point injections, 3+", fee(r, 260, 390))]
    total = round(sum(x[2] for x in lines), 2)
    v_ch = fee(r, 180, 260)
    v_ap = round(v_ch * 0.52, 2)
    span0 = f["notice"] - dt.timedelta(days=90)
    deadline = f["notice"] + dt.timedelta(days=120)
    ds = "long"
    d = Page(footer="Medicare Summary Notice for Part B  |  Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.8)
    d.rule(0.6, 4)
    kv(d, [("Notice for", f["member"]), ("Medicare Number", mbi), ("Date of This Notice", fmt_date(f["notice"], ds)),
           ("Claims Processed Between", f"{fmt_date(span0, ds)} - {fmt_date(f['notice'] - dt.timedelta(days=2), ds)}")],
       w=52)
    address_block(d, f["member"], f["addr"])
    d.set_fill_color(232, 232, 232)
    d.font(11, "B")
    d.cell(0, 8, "  Your Claims & Costs This Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    kv(d, [("Did Medicare Approve All Services?", "NO  -  see page 2 for details"),
           ("Number of Services Medicare Denied", "2"),
           ("Total You May Be Billed", fmt_money(round(v_ap * 0.2, 2))),
           ("Your Deductible", "You have met your Part B deductible for 2026.")], w=78, size=9.4)
    d.font(11, "B")
    d.cell(0, 8, "  If you disagree with a coverage decision", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    paras(d, [
        f"Appeals must be filed by {fmt_date(deadline, ds)}. See the last page for how to ask for a redetermination.",
        "Be wary of anyone offering free items or services who asks for your Medicare Number. Call 1-800-MEDICARE "
        "(1-555-633-4227) if you have questions. TTY users call 1-555-486-2048."], size=9.4)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.ln(1)
    d.text_line(f"Ellery Primary Care, Claim number {c1}", 9.2, "B")
    d.text_line(f"Service date {fmt_date(visit, ds)}", 9)
    d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged",
             "Medicare Approved", "Max You May Be Billed", "Notes"],
            [["Office visit, est. patient (99214)", "Yes", fmt_money(v_ch), fmt_money(v_ap),
              fmt_money(round(v_ap * 0.2, 2)), ""]], [56, 18, 29, 29, 34, 14], size=7.6, aligns="LLRRRL")
    d.text_line(f"{prac}, Claim number {c2}", 9.2, "B")
    d.text_line(f"Service date {fmt_date(dos, ds)}   Referred by: {f['ref']}", 9)
    d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged",
             "Medicare Approved", "Max You May Be Billed", "Notes"],
            [[f"{x[1][:30]} ({x[0]})", "No", fmt_money(x[2]), "$0.00", "$0.00", "A, B"] for x in lines] +
            [["*Total for this claim", "", fmt_money(total), "$0.00", "$0.00", ""]],
            [56, 18, 29, 29, 34, 14], size=7.6, aligns="LLRRRL")
    paras(d, [
        "#Notes for Your Claims",
        "A  The information provided does not support the need for this many services within this period of time. "
        "Medicare covers occipital nerve blocks and trigger point injections for headache when they give lasting "
        "relief, and no more than 4 sessions of each in 12 months. Medicare records show sessions on "
        + ", ".join(fmt_date(x, "slash") for x in prior) + ".",
        "B  Your provider did not give you an Advance Beneficiary Notice, so you are not responsible for these "
        "charges. If you paid, you are entitled to a refund from the provider.",
        "#How to Handle Denied Claims or File an Appeal",
        "If you disagree with a coverage decision, circle the service(s) you disagree with on this notice, explain "
        "in writing why you disagree, and send this notice with your explanation to: Medicare Part B Claims, "
        "Lakeward Medicare Administrators, PO Box 7711, Pell Junction, IA 50099. You must file by the date above.",
        "Get help: State Health Insurance Assistance Program (SHIP), 1-555-282-4410."], size=9)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c2], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac, appeal_deadline=deadline.isoformat(),
              type_alternates=["denial_letter"], denial_alternates=["not_covered"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services",
                                      "Lakeward Medicare Administrators"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: MA EOB, trigger point over 3 in 90 days
def doc_ma_partial(r):
    f = base(r)
    org, product, pid = "Harrowgate Health Plan, Inc.", "Harrowgate Senior Select (PPO)", "H4471-006"
    prac, doc = PRACTICES[1], DOCTORS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    prior = earlier(dos, 3, r.randint(21, 28))
    claim = pat(r, "9999999999AA")
    mid = pat(r, "HG999999999")
    lines = [("99213", "Office visit, est. patient", fee(r, 140, 210), True),
             ("64405", "Greater occipital nerve block", fee(r, 380, 560), True),
             ("20553", "Trigger point inj., 3+ muscles", fee(r, 240, 360), False)]
    total = round(sum(x[2] for x in lines), 2)
    received = dos + dt.timedelta(days=r.randint(3, 8))
    ds, ms = "upper", "plain"
    d = Page(footer="H4471_EOB26_C  |  Harrowgate Senior Select (PPO)  |  Page {p} of {n}")
    d.add_page()
    d.text_line("HARROWGATE", 20, "B")
    d.text_line(f"{org}  |  PO Box 2290, Harrowgate, OH 43999  |  Member Services {f['phone']} (TTY 711)", 8.2)
    d.rule(0.5, 4)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("for Medicare Part C medical services   -   THIS IS NOT A BILL", 9.5)
    d.ln(2)
    d.boxes([("Member", f["member"], 56), ("Member ID", mid, 38), ("Plan", f"{product}  {pid}", 86)], h=12)
    d.boxes([("Date of this notice", fmt_date(f["notice"], ds), 56), ("Claim number", claim, 38),
             ("Claim received", fmt_date(received, ds), 86)], h=12)
    d.ln(4)
    address_block(d, f["member"], f["addr"])
    d.text_line(f"Claim details  -  Provider: {prac} (in network)", 10.5, "B")
    d.text_line(f"Treating clinician: {doc}    NPI {f['npi']}", 8.8)
    d.ln(1)
    rows = []
    for code, desc, ch, ok in lines:
        ap = round(ch * 0.47, 2) if ok else 0.0
        rows.append([fmt_date(dos, ds), f"{desc[:33]}", code, fmt_money(ch, ms), fmt_money(ap, ms),
                     fmt_money(round(ap - 20, 2) if ok and code == "99213" else ap, ms) if ok else fmt_money(0, ms),
                     fmt_money(20 if ok and code == "99213" else 0, ms), "" if ok else "X4"])
    rows.append(["*Totals", "", "", fmt_money(total, ms), "", "", "", ""])
    d.table(["Date of service", "Service", "Code", "Charged", "Approved", "Plan paid",
             "You owe", "Note"], rows, [25, 50, 13, 21, 21, 20, 18, 10], size=7.5, aligns="LLLRRRRL")
    paras(d, [
        "#Notes about this claim",
        "X4  Denied. Trigger point injections are covered up to 3 sessions in any 90-day period when each "
        "session gives at least 50% relief. Our records show trigger point injections on "
        + ", ".join(fmt_date(x, ds) for x in prior) + ", so this session is over the limit. Because the "
        "provider is in our network, you do not owe anything for this service.",
        "#Year-to-date totals",
        f"Deductible met: $0.00 of $0.00.  Out-of-pocket spending: {fmt_money(fee(r, 300, 900))} of $5,900.00.",
        "#If you disagree with our decision",
        "You can ask us to reconsider. You must make your request within 65 days of the date of this notice. "
        "Call Member Services or write to Harrowgate Appeals and Grievances, PO Box 2295, Harrowgate, OH 43999, "
        "fax 1-555-730-1188. You may name someone, such as your doctor, to act for you.",
        "Harrowgate Health Plan, Inc. is an HMO and PPO plan with a Medicare contract. Enrollment depends on "
        "contract renewal."], size=8.8)
    t = truth("eob", "medical_necessity", insurer=org, plan_id=pid, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              denial_alternates=["not_covered"],
              alternates={"insurer": [product], "plan_id": [None], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: pain practice's patient statement (a bill)
def doc_statement(r):
    f = base(r)
    prac = PRACTICES[3]
    plan = "Tidewell Health Insurance Company"
    dos = f["notice"] - dt.timedelta(days=r.randint(50, 70))
    acct = pat(r, "99999-99")
    iclaim = pat(r, "TW99999999999")
    mid = pat(r, "TWH999999999")
    lines = [("64405", "Occipital nerve block, left", fee(r, 400, 600)),
             ("64405-59", "Occipital nerve block, right", fee(r, 400, 600)),
             ("J3301", "Triamcinolone 10 mg", fee(r, 20, 45))]
    total = round(sum(x[2] for x in lines), 2)
    due = f["notice"] + dt.timedelta(days=30)
    ds, ms = "slash", "plain"
    d = Page()
    d.add_page()
    d.text_line(prac, 15, "B")
    d.text_line("412 Marlpit Avenue, Suite 300, Saltmarsh Bay, SC 29999  |  Billing office 1-555-466-2031", 8.6)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 13, "B", "R")
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 40), ("Account number", acct, 36),
             ("Amount due", fmt_money(total, ms), 36), ("Please pay by", fmt_date(due, ds), 40)], h=12)
    d.ln(4)
    address_block(d, f["member"], f["addr"])
    kv(d, [("Patient", f["member"]), ("Date of birth", fmt_date(f["dob"], ds)), ("Primary insurance", plan),
           ("Insurance ID", mid), ("Insurance claim #", iclaim), ("Physician", DOCTORS[2])], w=40, size=9.3)
    rows = [[fmt_date(dos, ds), c, desc, fmt_money(ch, ms), fmt_money(0, ms), fmt_money(ch, ms)]
            for c, desc, ch in lines]
    rows.append([fmt_date(f["notice"] - dt.timedelta(days=9), ds), "", "Insurance denied - frequency limit",
                 "", fmt_money(0, ms), ""])
    rows.append(["*Balance due", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(total, ms)])
    d.table(["Date", "Code", "Description", "Charges", "Ins. paid", "Balance"], rows, [24, 22, 64, 24, 20, 24],
            size=8.3, aligns="LLLRRR")
    paras(d, [
        "#A message from our billing office",
        f"{plan} did not pay for the bilateral occipital nerve block on {fmt_date(dos, ds)}. The explanation of "
        "benefits says your plan allows no more than 4 occipital nerve block sessions in a calendar year and that "
        "this was a fifth session. Under your plan the balance is now your responsibility.",
        "If you believe your insurance should pay, you can appeal to your insurance company; call the number on "
        "your member card. Let us know within 30 days and we will hold your account and send your records.",
        "We accept payment by check, card or our online portal. Payment plans are available: call "
        "1-555-466-2031, Monday to Friday 8:30 to 4:30."], size=9.2)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[iclaim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prac, unscored=["insurer"], type_alternates=["denial_letter"],
              denial_alternates=["not_covered", "medical_necessity"],
              alternates={"case_numbers": [[]], "member_id": [None], "provider": [DOCTORS[2]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: commercial EOB, dependent, benefit limit
def doc_commercial(r):
    f = base(r)
    plan = "Fallowmere Mutual Health"
    prac, doc = PRACTICES[2], DOCTORS[3]
    sub = person(r, FIRST, ["Moncrieff"])
    f["member"] = person(r, FIRST, ["Moncrieff"])
    while f["member"].split()[0] == sub.split()[0]:
        f["member"] = person(r, FIRST, ["Moncrieff"])
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    prior = earlier(dos, 4, r.randint(40, 55))
    claim = pat(r, "FM-9999999-99")
    mid, grp = pat(r, "FMH99999999"), pat(r, "99999-999")
    lines = [("64405-RT", fee(r, 390, 520)), ("64405-LT", fee(r, 390, 520))]
    total = round(sum(x[1] for x in lines), 2)
    ds, ms = "dmy", "nosign"
    d = Page(footer="Fallowmere Mutual Health - Explanation of Benefits - {p}/{n}")
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.font(14, "B")
    d.cell(0, 10, "  FALLOWMERE MUTUAL HEALTH", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line("  PO Box 8804, Wexley Falls, ID 83899   Customer Care " + f["phone"], 8.4)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", "C")
    d.ln(2)
    kv(d, [("Statement date:", fmt_date(f["notice"], ds)), ("Subscriber:", sub), ("Patient:", f["member"]),
           ("Relationship:", "Dependent (spouse)"), ("Member ID:", mid), ("Group no.:", grp),
           ("Claim no.:", claim), ("Provider:", prac), ("Rendering physician:", doc),
           ("Patient date of birth:", fmt_date(f["dob"], ds))], w=44, size=9.2)
    rows = [[fmt_date(dos, ds), c, "Greater occipital nerve block", fmt_money(ch, ms), "0.00", "0.00", "0.00",
             fmt_money(ch, ms), "F62"] for c, ch in lines]
    rows.append(["*Total", "", "", fmt_money(total, ms), "0.00", "0.00", "0.00", fmt_money(total, ms), ""])
    d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Deductible", "Paid", "Not covered", "Code"],
            rows, [22, 18, 46, 19, 17, 19, 15, 20, 10], size=7.6, aligns="LLLRRRRRL")
    paras(d, [
        "#Explanation codes",
        "F62  This service exceeds the benefit maximum. Your plan covers occipital nerve blocks up to 4 sessions per "
        "calendar year (a bilateral block counts as one session). Sessions were paid on "
        + ", ".join(fmt_date(x, ds) for x in prior) + ". The amount not covered may be billed to you.",
        "#Your right to appeal",
        "If you disagree with this decision you or your authorized representative may file an appeal within 180 "
        "days of the date of this statement. Send a letter with a copy of this statement and any records to "
        "Fallowmere Appeals Unit, PO Box 8810, Wexley Falls, ID 83899. For urgent care, call for an expedited "
        "review. You may also have the right to an external review after the plan's appeal process.",
        "Plan administered under policy FMH-PPO-2026-17. Keep this statement for your records."], size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: TPA prior-auth denial faxed to the practice
def doc_fax_pa(r):
    f = base(r)
    tpa, employer = "Pinecrest Benefit Administrators, Inc.", "Ossory Tool & Die Employee Health Plan"
    prac, doc = PRACTICES[0], DOCTORS[0]
    last = f["notice"] - dt.timedelta(days=r.randint(28, 33))
    planned = f["notice"] + dt.timedelta(days=r.randint(6, 12))
    req = f["notice"] - dt.timedelta(days=r.randint(2, 4))
    ref = "PBA-26-" + pat(r, "999999")
    mid, grp = pat(r, "OTD999999"), pat(r, "G-99999")
    ds = "mdy_nopad"
    d = Page(footer="CONFIDENTIAL - contains protected health information - page {p} of {n}")
    d.add_page()
    d.font(8)
    d.cell(0, 4, f"FROM: PINECREST UM  FAX 1-555-219-7731   {fmt_date(f['notice'], 'slash')} 16:42   P.1",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Pinecrest Benefit Administrators, Inc.", 14, "B")
    d.text_line(f"Third-party administrator for the {employer}", 8.8)
    d.text_line(f"Medical Management  |  2150 Ivybridge Court, Harrowgate, OH 43999  |  {f['phone']}", 8.8)
    d.rule(0.4, 4)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f"{doc}", [prac, "88 Chandler's Ford Lane", "Harrowgate, OH 43999"])
    d.text_line("NOTICE OF ADVERSE DETERMINATION - PRIOR AUTHORIZATION", 11.5, "B")
    d.ln(1)
    kv(d, [("Reference #:", ref), ("Patient:", f["member"]), ("Member ID:", mid), ("Group:", grp),
           ("Date of birth:", fmt_date(f["dob"], ds)), ("Requesting provider:", doc),
           ("Procedure:", "64405 greater occipital nerve block, bilateral"),
           ("Diagnosis:", "G43.709 chronic migraine; M54.81 occipital neuralgia"),
           ("Proposed date of service:", fmt_date(planned, ds)), ("Request received:", fmt_date(req, ds))], w=52,
       size=9.2)
    paras(d, [
        "Dear Doctor:",
        "We have reviewed the request for a repeat greater occipital nerve block. The request is not approved.",
        "#Reason for the decision",
        f"Clinical policy PBA-NS-044 allows a repeat occipital nerve block no sooner than 8 weeks after the prior "
        f"block, and only when the prior block reduced headache days by at least 50% for at least 6 weeks, as shown "
        f"by a headache diary. The last block was given on {fmt_date(last, ds)}, about 5 weeks before the proposed "
        "date, and no headache diary was sent. The repeat block is not medically necessary at this time.",
        "A peer-to-peer discussion with the reviewing physician, Dr. Tamsin O. Fairweather, board certified in "
        "anesthesiology and pain medicine, is available within 5 business days: call 1-555-219-7740.",
        "#Appeal rights",
        "The patient or the provider acting for the patient may appeal within 180 days of the date of this letter. "
        "Mail appeals to Pinecrest Appeals, PO Box 4417, Harrowgate, OH 43999, or fax 1-555-219-7755. An "
        "urgent appeal is decided within 72 hours. After the plan's final decision the patient may ask for an "
        "external review by an independent review organization.",
        "Sincerely,",
        "Utilization Management Department, Pinecrest Benefit Administrators, Inc."], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=tpa, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"],
              alternates={"provider": [prac], "insurer": [employer]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid MA EOB (no denial)
def doc_paid(r):
    f = base(r)
    org, product = "Kingsfold Health Partners", "Kingsfold Medicare Advantage Choice (HMO-POS)"
    prac, doc = PRACTICES[2], DOCTORS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 28))
    claim = pat(r, "K99999999999")
    mid = pat(r, "KF-999999-99")
    lines = [("64405", D64405, fee(r, 380, 520)), ("20552", D20552, fee(r, 190, 260))]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "abbr", "plain"
    d = Page(footer="Y0881_KF_EOB_2026  Kingsfold Health Partners")
    d.add_page()
    d.text_line(product, 13, "B")
    d.text_line(f"{org}  -  1 Gorse Hill Drive, Pell Junction, IA 50099  -  {f['phone']}", 8.4)
    d.rule(0.4, 4)
    d.text_line("Your Explanation of Benefits (EOB)", 13, "B")
    d.text_line(f"Date of this notice: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    kv(d, [("Member:", f["member"]), ("Member ID:", mid), ("Claim ID:", claim), ("Provider:", prac),
           ("Seen by:", doc), ("Referral from:", f["ref"])], w=34, size=9.4)
    rows = []
    for c, desc, ch in lines:
        ap = round(ch * 0.5, 2)
        rows.append([fmt_date(dos, ds), f"{desc[:36]} ({c})", fmt_money(ch, ms), fmt_money(ap, ms),
                     fmt_money(ap, ms), fmt_money(0, ms)])
    ap = round(sum(round(x[2] * 0.5, 2) for x in lines), 2)
    rows.append(["*Claim total", "", fmt_money(total, ms), fmt_money(ap, ms), fmt_money(ap, ms), fmt_money(0, ms)])
    d.table(["Date", "Service", "Charged", "Approved", "Plan paid", "You pay"], rows, [24, 74, 20, 20, 20, 18],
            size=8, aligns="LLRRRR")
    paras(d, [
        "All services on this claim were covered. This is your second occipital nerve block this year; your plan "
        "covers up to 4 sessions in 12 months when each gives lasting relief.",
        "Your specialist copay was waived because the services were done as procedures in the office.",
        "If you disagree with anything on this EOB, you can ask for an appeal within 65 days of the date of this "
        f"notice. Call Member Services at {f['phone']} (TTY 711), 8 a.m. - 8 p.m., 7 days a week."], size=9.2)
    t = truth("eob", None, insurer=org, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prac, appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              type_alternates=["other"],
              alternates={"appeal_deadline": [None], "insurer": [product], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: MA reconsideration upheld
def doc_upheld(r):
    f = base(r)
    org = "Stellwater Medicare Plans, LLC"
    prac, doc = PRACTICES[1], DOCTORS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(70, 95))
    prior = earlier(dos, 4, r.randint(60, 75))
    claim, appeal = pat(r, "99999999999"), pat(r, "REC-2026-99999")
    mid = pat(r, "SW9999999")
    lines = [("64405", fee(r, 400, 560)), ("20553", fee(r, 240, 330))]
    total = round(sum(x[1] for x in lines), 2)
    rec = f["notice"] - dt.timedelta(days=r.randint(24, 29))
    ds = "long"
    d = Page(footer="Stellwater Medicare Plans  |  Appeals & Grievances  |  Y0419_REC_26")
    d.add_page()
    d.text_line("Stellwater Medicare Plans", 15, "B", "C")
    d.text_line("Stellwater Medicare Plans, LLC, Appeals & Grievances, 600 Thistledown Road, Saltmarsh Bay, SC 29999  |  " + f["phone"], 8, "",
                "C")
    d.ln(2)
    d.rule(0.3, 4)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Reconsideration Decision: Payment Denial Upheld", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member number:", mid), ("Reconsideration number:", appeal),
           ("Claim number:", claim), ("Provider:", prac), ("Physician:", doc),
           ("Your request received:", fmt_date(rec, ds))], w=50, size=9.4)
    d.table(["Date of service", "Procedure", "Billed"],
            [[fmt_date(dos, ds), "64405 greater occipital nerve block", fmt_money(lines[0][1])],
             [fmt_date(dos, ds), "20553 trigger point injections, 3+ muscles", fmt_money(lines[1][1])],
             ["*Total billed", "", fmt_money(total)]], [42, 90, 30], size=8.8, aligns="LLR")
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "You asked us to reconsider our decision to deny payment for the services above. A physician who was not "
        "involved in the first decision reviewed your request and the records from your provider.",
        "#Our decision",
        "We are upholding our decision. Medicare coverage rules for these injections allow no more than 4 "
        "sessions in a 12-month period, and a repeat session only when the records show at least 50% relief "
        "lasting 3 months or more. The plan paid sessions on "
        + ", ".join(fmt_date(x, "slash") for x in prior) + ". The records do not show lasting relief, and the "
        "session above was the fifth in 12 months.",
        "#What happens next",
        "Because we did not decide fully in your favor, we have sent your case automatically to the Independent "
        "Review Entity (IRE), Alderbrook Review Services, for a new and impartial review. You do not need to do "
        "anything. The IRE will write to you with its decision. If you have more information to send, mail it to "
        "the IRE at PO Box 31020, Pell Junction, IA 50099.",
        "If you have questions, call Member Services (TTY 711), 8 a.m. to 8 p.m., 7 days a week."], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac, appeal_deadline=None,
              denial_alternates=["not_covered"],
              alternates={"case_numbers": [[appeal]], "provider": [doc]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_msn_partb_block_and_tpi_over_limit", "born_digital", doc_msn),
    ("scan300_ma_eob_trigger_point_over_3_in_90_days", "scan_clean_300", doc_ma_partial),
    ("lowres_pain_practice_statement_after_denial", "scan_lowres_150", doc_statement),
    ("copy_commercial_eob_dependent_annual_limit", "photocopy", doc_commercial),
    ("faxfine_tpa_prior_auth_repeat_block_too_soon", "fax_fine_g4", doc_fax_pa),
    ("photo_ma_eob_paid_block_and_tpi", "phone_photo", doc_paid),
    ("rotated_ma_reconsideration_upheld_to_ire", "rotated", doc_upheld),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build) in enumerate(PLAN):
        items.append(Item(f"{FAMILY}_{suffix}", cond, [build(random.Random(SEED + i))]))
    return items
