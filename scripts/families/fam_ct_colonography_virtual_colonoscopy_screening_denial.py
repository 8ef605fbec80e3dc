"""Family 'ct_colonography_virtual_colonoscopy_screening_denial': screening CT colonography (74263, "virtual
colonoscopy") refused: Medicare does not cover it as a screening test, a Medicare Advantage plan follows that rule,
and commercial plans and a radiology benefit manager call it not an approved screening method for a member who
can have a colonoscopy. Public-ish: the Medicare Summary Notice Part B page, the CMS-10003 Integrated Denial
Notice, an MA reconsideration auto-forwarded to the IRE and the CMS-R-131 Advance Beneficiary Notice are mirrored.

Documents: a born-digital MSN with two claims (gastroenterology visit approved, imaging center's 74263 denied);
a scanned stack of an MA plan IDN (pre-service, 65 days) and, after a blank separator, the plan's approval of a
diagnostic CT colonography after an incomplete colonoscopy; a photocopied commercial EOB (label column,
04-MAR-2026 dates); a standard-fax MA reconsideration upheld and sent to the IRE (no appeal deadline); a phone
photo of the imaging center's patient statement; a sideways RBM letter in prose; a low-resolution ABN.

Decoys: NPIs, dates of birth, claims periods, received dates, the colonoscopy dates, form and OMB numbers,
material IDs, NCD numbers, patient account numbers, estimated costs, 72-hour and 60-day IRE limits. All values
invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "ct_colonography_virtual_colonoscopy_screening_denial"
LANG = "en"
SEED = 333200
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
IMG = ["Meridian Open Imaging", "Sablewood Radiology Center", "Northfork Diagnostic Imaging"]
DOCS = ["Dr. Ottilie R. Brannagh", "Dr. Samir K. Leventhal", "Dr. Fenella J. Castellanos"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(18, 16, 18)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, lw=42, size=9.4, h=5.2, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def days(x: dt.date, n: int) -> dt.date:
    return x + dt.timedelta(days=n)


def mbi(r: Rand) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(let)}{r.choice(let)}{r.randint(0, 9)}-{r.choice(let)}{r.randint(0, 9)}"
            f"{r.choice(let)}-{r.choice(let)}{r.choice(let)}{r.randint(0, 9)}{r.randint(0, 9)}")


MSN_HEAD = ["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
            "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"]
MSN_W = [54, 19, 21, 24, 21, 22, 14]


def msn_table(d: Page, rows):
    """The MSN's ruled claim table: header cells wrap onto two or three lines."""
    x0, y0, hh = d.l_margin, d.get_y(), 11
    d.font(7.4, "B")
    x = x0
    for h, w in zip(MSN_HEAD, MSN_W):
        d.rect(x, y0, w, hh)
        d.set_xy(x + 0.6, y0 + 0.6)
        d.multi_cell(w - 1.2, 3.2, h, new_x="RIGHT", new_y="TOP")
        x += w
    d.set_xy(x0, y0 + hh)
    d.font(7.8)
    for row in rows:
        for c, w in zip(row, MSN_W):
            d.cell(w, 6, c, border=1)
        d.ln(6)
    d.ln(3)


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=r.phone(), npi=r.npi(),
                charge=float(r.randint(780, 1650)) + r.choice([0, 0.5, 0.25]),
                dob=dt.date(r.randint(1950, 1960), r.randint(1, 12), r.randint(1, 28)))


# ---------------------------------------------------------------- 0: Medicare Summary Notice, Part B (bd)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    num = mbi(r)
    notice = days(f["dos"], r.randint(30, 45))
    start = days(notice, -92)
    visit = days(f["dos"], -r.randint(14, 30))
    vc = float(r.randint(180, 260))
    c1, c2 = r.digits(14), r.digits(14)
    d = Page("{p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=8)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.8, h=5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.6, h=5)
    d.set_xy(110, y)
    d.boxes([("Notice date", fmt_date(notice, "long"), 40), ("Medicare Number", num, 48)], h=11)
    d.set_x(110)
    d.boxes([("Claims period", f"{fmt_date(start, 'long')} - {fmt_date(notice, 'long')}", 88)], h=11)
    d.ln(6)
    d.text_line("Your Deductible Status", 10.5, "B", h=6)
    d.para("Your deductible is what you must pay each year for most health services before Medicare begins to "
           "pay. Part B Deductible: You have now met $257.00 of your $257.00 deductible for 2026.", 9)
    d.text_line("Did Medicare Approve All Services?", 10.5, "B", h=6)
    d.para("NO. Medicare denied 1 service. See your claims for details. Look for NO in the \"Service Approved?\" "
           "column.", 9)
    d.text_line("How to Check This Notice", 10.5, "B", h=6)
    d.para("Do you recognize the name of each doctor or provider? Check the dates. Did you get the services? Call "
           "1-800-MEDICARE (1-800-633-4227) if you think a claim is wrong.", 9)
    d.text_line("If you disagree with a coverage decision", 10.5, "B", h=6)
    d.para(f"Appeals must be filed by {fmt_date(days(notice, 120), 'long')}. See the last page for how to appeal.",
           9.4)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B", h=7)
    d.para(f"{DOCS[0]} (gastroenterology), Valley Digestive Health Associates, 41 Kiln Street, Erie, PA 16501  ·  "
           f"Service date {fmt_date(visit, 'slash')}  ·  Claim number {c1}", 8.8)
    msn_table(d, [["Office visit, est. patient (99214)", "Yes", fmt_money(vc), fmt_money(vc * 0.52),
              fmt_money(vc * 0.52 * 0.8), fmt_money(vc * 0.52 * 0.2), ""]])
    d.para(f"{IMG[0]}, 700 Lakefront Drive, Erie, PA 16507  ·  Service date {fmt_date(f['dos'], 'slash')}  ·  "
           f"Claim number {c2}", 8.8)
    msn_table(d, [["CT colonography, screening (74263)", "No", fmt_money(f["charge"]), "$0.00", "$0.00",
              fmt_money(f["charge"]), "A, B"]])
    d.text_line("Notes for Your Claims", 10.5, "B", h=6)
    d.para("A  Medicare doesn't pay for this service. CT colonography is not a covered screening test for colorectal "
           "cancer (National Coverage Determination 210.3).", 8.8)
    d.para("B  You signed a written notice (ABN) before you got this service saying you may have to pay. You may be "
           "billed for this amount.", 8.8)
    d.text_line("How to Handle Denied Claims or File an Appeal", 10.5, "B", h=6)
    d.para("Circle the service(s) you disagree with on this notice, explain why you disagree, and send it to: "
           "Medicare Claims, c/o Lakeshore Part B Contractor, PO Box 6701, Harrisburg, PA 17106. Form CMS-20027 "
           "may also be used.", 8.8)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=num, member_name=f["member"], case_numbers=[c2],
              claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=IMG[0],
              appeal_deadline=iso(days(notice, 120)), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: MA IDN + approval (scan 300)
def doc_idn(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Sagebrook Health Plan"
    d = Page(f"Form CMS-10003-NDMCP   OMB Approval 0938-0829   H{r.digits(4)}_UM_NDMCP_26   Page {{p}} of {{n}}")
    d.add_page()
    d.text_line("Sagebrook Health Plan", 13, "B", h=7)
    d.text_line("Sagebrook Medicare Advantage (HMO)  ·  PO Box 2210, Pueblo, CO 81003", 8.6, h=5)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", align="C", h=8)
    d.ln(2)
    kv(d, [("Date:", fmt_date(f["idn_date"], "slash")), ("Member number:", f["mid"]), ("Name:", f["member"]),
           ("Case number:", f["case"])], lw=38, size=9.8)
    d.ln(2)
    d.text_line("Your request was denied", 11, "B", h=6)
    d.para(f"We denied the medical coverage listed below that you or your doctor asked for: CT colonography, "
           f"screening (74263), requested by {DOCS[1]}, to be done at {IMG[1]} on {fmt_date(f['dos'], 'slash')}.",
           9.8)
    d.text_line("Why did we deny your request?", 11, "B", h=6)
    d.para("We denied this request because Medicare does not cover CT colonography as a screening test for colon "
           "cancer (National Coverage Determination 210.3), and our plan covers only what Original Medicare "
           "covers for this service. Covered screening options include a screening colonoscopy, a multi-target "
           "stool DNA test and a blood-based biomarker test.", 9.8)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6)
    d.para("You have the right to ask Sagebrook Health Plan to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 days of the date of this notice. We can give you more time if you have a "
           "good reason for missing the deadline.", 9.8)
    d.text_line("There are 2 kinds of appeals with Sagebrook Health Plan", 10.5, "B", h=6)
    d.para("Standard Appeal - We'll give you a written decision on a standard appeal within 30 days after we get "
           "your appeal. Fast Appeal - We'll give you a decision on a fast appeal within 72 hours after we get your "
           "appeal. You can ask for a fast appeal if you or your doctor believe that your health could be seriously "
           "harmed by waiting up to 30 days.", 9.4)
    d.para(f"Call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week. Date of birth on file: "
           f"{fmt_date(f['dob'], 'slash')}.", 9)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["case"]], service_dates=[iso(f["dos"])], denial_date=iso(f["idn_date"]),
              provider=DOCS[1], appeal_deadline=iso(days(f["idn_date"], 65)),
              alternates={"provider": [IMG[1]], "insurer": ["Sagebrook Medicare Advantage (HMO)"]})
    return pdf_bytes(d), t


def doc_approval(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Sagebrook Health Plan"
    auth = f"SB-{r.digits(4)}-{r.digits(5)}"
    colo = days(f["idn_date"], r.randint(10, 20))
    sent = days(colo, r.randint(4, 8))
    planned = days(sent, r.randint(10, 21))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Sagebrook Health Plan", 13, "B", h=7)
    d.text_line("Utilization Management", 9, h=5)
    d.ln(5)
    d.text_line(fmt_date(sent, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Your request has been approved", 12, "B", h=7)
    d.para(f"Member number {f['mid']}. Authorization {auth}.", 10)
    d.para(f"{DOCS[1]} told us that your colonoscopy on {fmt_date(colo, 'abbr')} could not be completed. We "
           f"approved a diagnostic CT colonography (74261) at {IMG[1]} on {fmt_date(planned, 'abbr')}. Medicare "
           "covers CT colonography after an incomplete colonoscopy. This approval is valid for 60 days.", 10)
    d.para("Your usual specialist imaging copay applies. Keep this letter for your records.", 10)
    t = truth("other", None, insurer=ins, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(planned)], denial_date=iso(sent), provider=IMG[1],
              alternates={"provider": [DOCS[1]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"M{r.digits(9)}", case=f"UM{r.digits(8)}")
    f["idn_date"] = days(f["dos"], -r.randint(8, 15))
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_idn(r, f), doc_approval(r, f)],
                separators=["blank", None])


# ---------------------------------------------------------------- 2: commercial EOB (photocopy)
def up(x: dt.date) -> str:
    return x.strftime("%d-%b-%Y").upper()


def doc_commercial_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Thornbury Health Insurance Co."
    mid, grp, claim = f"THX{r.digits(8)}", f"{r.digits(3)}{r.letters(1)}{r.digits(3)}", r.digits(11)
    stmt = days(f["dos"], r.randint(21, 35))
    read = float(r.randint(140, 220))
    d = Page("Thornbury Health  EOB  p.{p}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Thornbury Health", 16, "B", h=8)
    d.text_line("Thornbury Health Insurance Co.  ·  450 Canal Street, Lowell, MA 01852", 8.4, h=4.6)
    d.rule(0.6, 3)
    y = d.get_y()
    d.set_fill_color(235, 235, 235)
    d.rect(14, y, 62, 62, style="F")
    kv(d, [("STATEMENT", up(stmt)), ("PATIENT", f["member"]), ("MEMBER #", mid), ("GROUP #", grp),
           ("CLAIM #", claim), ("RECEIVED", up(days(f["dos"], 9)))], lw=24, size=8.4, x=16)
    d.set_xy(82, y)
    d.font(12, "B")
    d.cell(0, 7, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    d.set_x(82)
    d.font(9)
    d.multi_cell(118, 4.6, f"Provider: {IMG[2]}\nRendering: {DOCS[2]}, radiology (NPI {f['npi']})\n"
                 f"Plan: Thornbury Choice PPO 2500\nThis is not a bill.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 66)
    rows = [[up(f["dos"]), "74263", "CT colonography, screening", fmt_money(f["charge"] - read), "0.00", "0.00",
             "PV7"],
            [up(f["dos"]), "74263-26", "Professional interpretation", fmt_money(read), "0.00", "0.00", "PV7"],
            ["*TOTAL", "", "", fmt_money(f["charge"]), "0.00", "0.00", ""]]
    d.table(["SERVICE DATE", "CODE", "DESCRIPTION", "BILLED", "ALLOWED", "PLAN PAID", "REMARK"], rows,
            [28, 20, 58, 24, 20, 22, 16], size=8.2, aligns="LLLRRRL", head_fill=True)
    d.para("PV7  Not an approved screening test. Your plan's preventive care schedule covers colorectal cancer "
           "screening by colonoscopy, stool-based tests and flexible sigmoidoscopy. CT colonography is covered only "
           "when a colonoscopy could not be completed or cannot be done safely, and the records do not show that.",
           8.6)
    d.para("You may appeal within 180 days of the date of this statement. You may ask for an external review within "
           "4 months after a final appeal decision. Member Services: " + f["ph"], 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=IMG[2], appeal_deadline=iso(days(stmt, 180)),
              alternates={"provider": [DOCS[2]], "insurer": ["Thornbury Health"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: MA reconsideration upheld, to IRE (fax std)
def doc_reconsideration(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Crescent Bay Health Plans"
    mid = f"{r.digits(3)}{r.letters(2)}{r.digits(5)}"
    claim, app = f"{r.digits(4)}-{r.digits(7)}", f"REC-{r.digits(6)}"
    recv = days(f["dos"], r.randint(70, 90))
    dec = days(recv, r.randint(25, 40))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("CRESCENT BAY HEALTH PLANS", 14, "B", h=7)
    d.text_line("Medicare Advantage Appeals & Grievances  ·  Fax 1-555-882-0160", 8.8, h=5)
    d.ln(5)
    d.text_line(fmt_date(dec, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    kv(d, [("Member ID:", mid), ("Appeal number:", app), ("Claim number:", claim),
           ("Appeal received:", fmt_date(recv, "long"))], lw=36, size=9.6)
    d.ln(2)
    d.text_line("Decision on your request for reconsideration (payment)", 11.5, "B", h=7)
    d.para(f"You asked us to pay for the screening CT colonography (74263) you received at {IMG[0]} on "
           f"{fmt_date(f['dos'], 'long')}, billed at {fmt_money(f['charge'])}. A physician who was not involved in "
           "the first decision reviewed your request.", 10)
    d.para("We upheld our decision. Medicare does not cover CT colonography for screening, and there was no record "
           "of an incomplete or unsafe colonoscopy that would make it a covered diagnostic test.", 10)
    d.para("Because we did not decide fully in your favor, we are required to send your case to an Independent "
           "Review Entity (IRE). We have sent it automatically; you do not need to do anything. The IRE will tell "
           "you its decision, usually within 60 days. If the IRE also denies, you may ask for a hearing with an "
           "Administrative Law Judge.", 10)
    d.para(f"Questions: {f['ph']}, TTY 711. Provider NPI {f['npi']}.", 9)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[app, claim], claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=IMG[0], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: imaging center statement (phone photo)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    acct = f"{r.digits(7)}"
    claim = r.digits(14)
    bill = days(f["dos"], r.randint(45, 60))
    abn = days(f["dos"], -r.randint(5, 10))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(IMG[1], 15, "B", h=8)
    d.text_line("Billing Office  ·  18 Foundry Row, Macon, GA 31201  ·  1-555-208-7350", 8.4, h=5)
    d.ln(3)
    d.text_line("PATIENT STATEMENT", 11, "B", h=6)
    kv(d, [("Statement date", fmt_date(bill, "mdy_nopad")), ("Patient", f["member"]), ("Account", acct),
           ("Payment due", "upon receipt")], lw=34, size=9.2)
    d.ln(2)
    d.table(["Date", "Description", "Charges", "Payments", "Balance"],
            [[fmt_date(f["dos"], "mdy_nopad"), "CT colonography, screening 74263", fmt_money(f["charge"]), "", ""],
             [fmt_date(days(f["dos"], 30), "mdy_nopad"), f"Medicare claim {claim} - not covered", "", "$0.00", ""],
             ["*", "Amount you owe", "", "", fmt_money(f["charge"])]], [28, 86, 24, 20, 24], size=8.8,
            aligns="LLRRR")
    d.para(f"Medicare did not pay for this screening test. On {fmt_date(abn, 'mdy_nopad')} you signed an Advance "
           "Beneficiary Notice (ABN) and chose to have the test and be responsible for payment. You can pay online, "
           "by phone, or set up a payment plan of as little as $50.00 a month.", 9.2)
    t = truth("other", None, member_name=f["member"], case_numbers=[claim], claim_amount=m2(f["charge"]),
              service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=IMG[1], unscored=["insurer"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: RBM prior authorization letter (rotated)
def doc_rbm(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lumen Imaging Review, LLC"
    plan = "Fairhaven Health Plan"
    mid = f"FHP{r.digits(3)}-{r.digits(4)}"
    ref = f"{r.digits(3)}{r.letters(1)}{r.digits(6)}"
    notice = days(f["dos"], -r.randint(5, 9))
    d = Page(None, margins=(24, 20, 24))
    d.add_page()
    d.text_line("Lumen Imaging Review", 14, "B", h=7)
    d.text_line(f"Radiology benefit management for {plan}", 9, h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"Lumen Imaging Review, LLC reviews imaging requests for {plan}. On behalf of your plan, we reviewed the "
           f"request from {DOCS[0]} for a CT colonography (74263) at {IMG[2]}, planned for "
           f"{fmt_date(f['dos'], 'long')}. Our reference number for this request is {ref}, and your member number "
           f"is {mid}.", 10)
    d.para("We cannot approve this request. Under your plan's preventive imaging guideline, CT colonography is not "
           "an approved screening method for a member at average risk who is able to have a colonoscopy. Your doctor "
           "may order a screening colonoscopy or a stool-based test instead, which your plan covers without cost "
           "sharing.", 10)
    d.para("You or your doctor may appeal within 180 days of the date of this letter by calling "
           f"{f['ph']} or writing to {plan} Appeals, PO Box 3390, Fargo, ND 58102. Your doctor may also ask to "
           "talk to one of our radiologists. If waiting could seriously harm your health, ask for an expedited "
           "appeal, decided within 72 hours.", 10)
    d.para("Sincerely,\nLumen Imaging Review, LLC, for " + plan, 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=DOCS[0],
              appeal_deadline=iso(days(notice, 180)), alternates={"insurer": [plan], "provider": [IMG[2]]},
              denial_alternates=["medical_necessity", "prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Advance Beneficiary Notice (150 dpi)
def doc_abn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pid = f"PT-{r.digits(6)}"
    given = days(f["dos"], -r.randint(3, 8))
    est = float(r.randint(700, 1200))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    kv(d, [("A. Notifier:", f"{IMG[0]}, 700 Lakefront Drive, Erie, PA 16507, 1-555-770-3100"),
           ("B. Patient Name:", f["member"]), ("C. Identification Number:", pid)], lw=50, size=9.4)
    d.ln(3)
    d.text_line("Advance Beneficiary Notice of Non-coverage (ABN)", 13, "B", align="C", h=8)
    d.para("NOTE: If Medicare doesn't pay for D. the item below, you may have to pay. Medicare does not pay for "
           "everything, even some care that you or your health care provider have good reason to think you need. "
           "We expect Medicare may not pay for the D. below.", 9.2)
    d.table(["D. Item or service", "E. Reason Medicare May Not Pay", "F. Estimated Cost"],
            [[f"CT colonography, screening (74263)", "Medicare does not cover CT", fmt_money(est)],
             [f"scheduled {fmt_date(f['dos'], 'slash')}", "colonography for screening.", ""]],
            [64, 76, 40], size=8.8)
    d.text_line("WHAT YOU NEED TO DO NOW:", 10, "B", h=6)
    d.para("Read this notice, so you can make an informed decision about your care. Ask us any questions that you "
           "may have after you finish reading. Choose an option below about whether to receive the D. listed "
           "above.", 9)
    d.text_line("G. OPTIONS: Check only one box. We cannot choose a box for you.", 10, "B", h=6)
    d.para("[X] OPTION 1. I want the D. listed above. You may ask to be paid now, but I also want Medicare billed for "
           "an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN). I understand "
           "that if Medicare doesn't pay, I am responsible for payment, but I can appeal to Medicare by following "
           "the directions on the MSN.", 8.8)
    d.para("[ ] OPTION 2. I want the D. listed above, but do not bill Medicare. I am responsible for payment.", 8.8)
    d.para("[ ] OPTION 3. I don't want the D. listed above. I am not responsible for payment.", 8.8)
    d.text_line("H. Additional Information:", 10, "B", h=6)
    d.para(f"Ordered by {DOCS[2]}. Date of birth {fmt_date(f['dob'], 'slash')}.", 9)
    d.para(f"I. Signature: ______________________________      J. Date: {fmt_date(given, 'slash')}", 9.6)
    d.para("Form CMS-R-131 (Exp. 01/31/2026)   Form Approved OMB No. 0938-0566", 7.8)
    t = truth("other", None, member_name=f["member"], service_dates=[iso(f["dos"])], denial_date=iso(given),
              provider=IMG[0], unscored=["insurer", "claim_amount"], alternates={"member_id": [pid],
                                                                                 "provider": [DOCS[2]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "bd_msn_two_claims", "born_digital"),
              (2, doc_commercial_eob, "copy_commercial_eob", "photocopy"),
              (3, doc_reconsideration, "fax_ma_reconsideration_ire", "fax_standard_g4"),
              (4, doc_statement, "phone_imaging_statement", "phone_photo"),
              (5, doc_rbm, "rotated_rbm_letter", "rotated"),
              (6, doc_abn, "lowres_abn", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
