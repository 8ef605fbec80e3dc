"""Family 'lumbar_mri_low_back_pain_imaging_guideline_denial': lumbar spine MRI (72148 without contrast, 72158
without and with contrast) for low back pain refused by a radiology benefit manager (RBM) because six weeks of
conservative care (physical therapy, medicines, activity change) were not documented, and approved once red-flag
symptoms appear.

Documents: a two-page RBM letter to the member (boxed key-value header, running header, stated appeal-by date); a
scanned stack of the RBM's peer-to-peer offer to the ordering physician (no decision yet), the blank back of its
sheet and the RBM's later adverse determination to the physician; an imaging center's self-pay bill with an older
balance; a Medicare Advantage organization determination in the CMS-10003 (IDN) style; an approval after red-flag
symptoms (facts in sentences); a three-claim EOB denying the MRI done without authorization (visit and physical
therapy paid); a health plan's first-level appeal decision upholding the RBM denial (sidebar).

Decoys: DOB, NPIs, received dates, order and accession numbers, guideline numbers, account numbers, the older
balance, plan-paid amounts, form and material numbers, phone-line season dates, the 14-day peer-to-peer window,
72-hour and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "lumbar_mri_low_back_pain_imaging_guideline_denial"
LANG = "en"
SEED = 309600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
RBM = "Clearpath Imaging Management"
PCP = ["Dr. Leopold V. Haverkamp", "Dr. Imani S. Castellanos", "Dr. Birgitta A. Oyelowo", "Dr. Fenwick T. Arbuthnot",
       "Dr. Nadia R. Solberg", "Dr. Tobias E. Quarshie"]
CENTERS = ["Riverbend Open MRI", "Lakeshore Diagnostic Imaging", "Summit Park Radiology Center"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    planned = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 160))
    return dict(member=member, first=first, mi=mid, last=last, addr=r.address(), planned=planned,
                dob=dt.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(), ph=r.phone(),
                weeks=r.randint(2, 4))


def nm(doc: str) -> str:
    return doc.replace("Dr. ", "")


# ---------------------------------------------------------------- 0: RBM member letter, two pages (born digital)
def doc_rbm_member(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    plan = "Heronwood Health Plan"
    mid, grp = f"HWH{r.digits(9)}", f"{r.digits(6)}-{r.digits(3)}"
    case, order = f"{r.digits(9)}", f"ORD-{r.digits(7)}"
    pcp, center = PCP[0], CENTERS[0]
    recv = f["planned"] - dt.timedelta(days=r.randint(6, 10))
    notice = recv + dt.timedelta(days=r.randint(2, 4))
    by = notice + dt.timedelta(days=180)
    d = Page("Clearpath Imaging Management  ·  page {p} of {n}",
             header=f"{f['member']}  ·  Case {case}  ·  {fmt_date(notice, 'slash')}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("CLEARPATH IMAGING MANAGEMENT", 14.5, "B", h=7)
    d.text_line(f"Radiology benefit manager for {plan}  ·  PO Box 40917, Nashville, TN 37204", 8.4, h=4.5)
    d.ln(6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.boxes([("Date of this letter", fmt_date(notice, "slash"), 44), ("Case number", case, 40),
             ("Health plan member ID", mid, 48), ("Group", grp, 44)])
    d.boxes([("Exam requested", "MRI lumbar spine without contrast (72148)", 96),
             ("Scheduled exam date", fmt_date(f["planned"], "slash"), 40), ("Order", order, 40)])
    d.ln(6)
    d.text_line("Your imaging request was not approved", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}: Clearpath reviews advanced imaging requests for {plan}. We received "
           f"the request from {pcp} on {fmt_date(recv, 'slash')} for the MRI shown above at {center}.", 10)
    d.text_line("Why it was not approved", 10.5, "B", h=6)
    d.para(f"Clearpath guideline SP-4.1 (lumbar spine imaging) supports an MRI for low back pain without "
           f"warning signs only after at least six weeks of treatment such as physical therapy, medicines and "
           f"activity changes that has not helped. Your records show back pain for about {f['weeks']} weeks, with "
           "no physical therapy and no warning signs such as weakness in the legs, loss of bladder or bowel "
           "control, fever, cancer history or recent serious injury. For that reason the MRI is not medically "
           "necessary at this time. If your symptoms change or treatment does not help, your doctor can send a "
           "new request.", 10)
    d.para("A board-certified radiologist made this decision. You can ask for a free copy of the guideline and of "
           "all documents used.", 10)
    d.add_page()
    d.text_line("How to appeal", 11, "B", h=6.5)
    d.para(f"You, your doctor, or someone you choose may appeal. Your appeal must be received by "
           f"{fmt_date(by, 'long')}. Send it to {plan} Appeals, PO Box 40921, Nashville, TN 37204, or fax it to "
           f"1-555-{r.digits(3)}-{r.digits(4)}. Include the case number and any records that support the request.",
           10)
    d.para("Fast appeals: if waiting 30 days could seriously harm your health, you or your doctor can ask for an "
           "expedited appeal. We will decide within 72 hours.", 10)
    d.para("External review: after the final internal decision you may ask for an external review by an "
           "independent review organization within 4 months of that decision.", 10)
    d.para(f"Help with this letter: our member line {f['ph']} is open 8 a.m. to 8 p.m. seven days a week from "
           "October 1 to March 31, and weekdays the rest of the year. You may also contact your state's consumer "
           "assistance program.", 10)
    d.para(f"Ordering provider NPI: {f['npi']}    Member date of birth: {fmt_date(f['dob'], 'slash')}", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=RBM, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[case], service_dates=[iso(f["planned"])],
              denial_date=iso(notice), provider=nm(pcp), appeal_deadline=iso(by),
              denial_alternates=["prior_authorization"],
              alternates={"insurer": [plan], "provider": [center], "case_numbers": [[case, order]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: scanned stack: peer-to-peer offer + denial
def doc_p2p(r: Rand, f: dict) -> tuple[bytes, dict]:
    pcp = PCP[1]
    sent = f["recv"] + dt.timedelta(days=1)
    f["p2p"] = sent
    last_day = sent + dt.timedelta(days=3)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line(RBM, 13.5, "B", h=7)
    d.text_line("Physician Review Line · Fax " + f"1-555-{r.digits(3)}-{r.digits(4)}", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(sent, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [pcp, "Northfield Family Medicine", "220 Grange Avenue", "Fargo, ND 58102"]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Invitation to a peer-to-peer discussion", 11.5, "B", h=7)
    d.para(f"Dear Dr. {pcp.split()[-1]}:", 10)
    d.para(f"Thank you for your request, received {fmt_date(f['recv'], 'abbr')}, for an MRI of the lumbar spine "
           f"without and with contrast (72158) for your patient {f['member']} (member ID {f['mid']}, "
           f"{f['plan']}), to be done at {CENTERS[1]} on {fmt_date(f['planned'], 'abbr')}. Our case number is "
           f"{f['case']}.", 10)
    d.para("No decision has been made on this request. Based on the notes we have, the request does not yet meet "
           "our lumbar imaging guideline, which looks for six weeks of conservative care or a red-flag finding. "
           "Before a reviewer decides, you are welcome to speak with one of our radiologists. Many requests are "
           "approved after a short call when the notes leave out therapy already tried or a neurologic finding.",
           10)
    d.para(f"To schedule, call the Physician Review Line by {fmt_date(last_day, 'long')}. If we do not hear from "
           "you, the reviewer will decide using the records on file. You may also fax added notes instead of "
           "calling. This letter does not deny coverage and needs no appeal.", 10)
    d.para("Clinical Review Team\n" + RBM, 10)
    t = truth("other", None, insurer=RBM, member_id=f["mid"], member_name=f["member"], case_numbers=[f["case"]],
              service_dates=[iso(f["planned"])], denial_date=iso(sent), provider=nm(pcp),
              alternates={"insurer": [f["plan"]], "provider": [CENTERS[1]], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_provider_denial(r: Rand, f: dict) -> tuple[bytes, dict]:
    pcp = PCP[1]
    notice = f["p2p"] + dt.timedelta(days=r.randint(5, 7))
    d = Page("Clearpath Imaging Management · Adverse determination · {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Clearpath Imaging Management", 13.5, "B", h=7)
    d.text_line(f"on behalf of {f['plan']}", 8.6, h=4.6)
    d.rule(0.4, 3)
    d.text_line("ADVERSE DETERMINATION  -  PROVIDER COPY", 11.5, "B", h=7)
    d.table(["Determination date", "Case", "Patient", "Plan ID"],
            [[fmt_date(notice, "long"), f["case"], f["member"], f["mid"]]], [40, 36, 56, 46], size=9,
            border_head="TB")
    d.table(["Procedure", "Requested date", "Ordering physician", "Imaging site"],
            [["72158", fmt_date(f["planned"], "long"), pcp, CENTERS[1]]], [24, 38, 62, 54], size=9,
            border_head="TB")
    d.text_line("Determination: NOT APPROVED", 10.5, "B", h=6)
    d.para("The peer-to-peer window closed without a call. The notes describe low back pain of "
           f"{f['weeks']} weeks with normal strength, reflexes and sensation, no saddle numbness, and no trial of "
           "physical therapy. The guideline's six weeks of conservative care have not been met and no red flag "
           "is documented. Contrast imaging adds nothing without prior surgery, infection or tumor concern. The "
           "MRI is not medically necessary at this time.", 9.6)
    d.para("Provider reconsideration: you may request a reconsideration within 60 days of the date of this "
           "notice with new clinical information. The member has separate appeal rights, explained in the "
           "member's letter. Urgent requests: 72 hours.", 9.6)
    d.para(f"Reviewer: Hollis J. Ferreira-Moss, MD, Diagnostic Radiology. Ordering NPI {f['npi']}.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=RBM, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["case"]], service_dates=[iso(f["planned"])], denial_date=iso(notice),
              provider=nm(pcp), appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["prior_authorization"],
              alternates={"insurer": [f["plan"]], "provider": [CENTERS[1]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(plan="Marrowstone Community Health Plan", mid=f"M{r.digits(8)}-01", case=f"CIM{r.digits(8)}",
             recv=f["planned"] - dt.timedelta(days=r.randint(10, 14)))
    p2p = doc_p2p(r, f)
    den = doc_provider_denial(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [p2p, den], separators=["duplex", None])


# ---------------------------------------------------------------- 2: imaging center self-pay bill (photocopy)
def doc_center_bill(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    center = CENTERS[2]
    acct, acc = f"{r.digits(3)}-{r.digits(5)}", f"ACC{r.digits(8)}"
    mid = f"{r.letters(3)}{r.digits(8)}"
    dos = f["planned"]
    bill = dos + dt.timedelta(days=r.randint(20, 30))
    old_dos = dos - dt.timedelta(days=r.randint(200, 300))
    charge = float(r.randint(1650, 2400))
    read_fee = float(r.randint(240, 380))
    total = charge + read_fee
    disc = round(total * 0.35, 2)
    old = float(r.randint(40, 95))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Summit Park Radiology Center", 15, "B", h=7.5)
    d.text_line(f"MRI  ·  CT  ·  Ultrasound  ·  4 Kestrel Way, Pueblo, CO 81003  ·  {r.phone()}", 8.4, h=4.5)
    d.ln(4)
    y = d.get_y()
    for ln in ["Bill to:", f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for lab, val in [("Bill date", fmt_date(bill, "abbr")), ("Account", acct), ("Accession", acc),
                     ("Insurance on file", f"Tanglewood Health, ID {mid}")]:
        d.set_x(112)
        d.font(8.6)
        d.cell(34, 5, lab)
        d.font(8.8, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    rows = [[fmt_date(old_dos, "abbr"), "76700", "Ultrasound, abdomen (previous balance)", fmt_money(old)],
            [fmt_date(dos, "abbr"), "72148", "MRI lumbar spine w/o contrast - technical", fmt_money(charge)],
            [fmt_date(dos, "abbr"), "72148-26", "Radiologist interpretation", fmt_money(read_fee)],
            ["", "", "Charges for this visit", fmt_money(total)],
            ["", "", "Self-pay discount (35%)", "-" + fmt_money(disc)],
            ["*Amount due", "", "", fmt_money(total - disc + old)]]
    d.table(["Date", "CPT", "Description", "Amount"], rows, [30, 22, 100, 32], size=8.8, aligns="LLLR")
    d.para(f"Your insurance did not approve this MRI before the exam (the radiology benefit manager found the "
           "six-week treatment guideline was not met). You chose to have the scan and signed our financial "
           "responsibility form, so this visit is billed to you at the self-pay rate.", 9)
    d.para("Please pay within 30 days. Payment plans are available; call the billing office. Prior balances are "
           "shown for your convenience.", 9)
    d.para(f"Referring: {PCP[2]}.  Patient DOB {fmt_date(f['dob'], 'abbr')}.", 8.4)
    t = truth("other", None, member_id=mid, member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(dos)], denial_date=iso(bill), provider=center, unscored=["insurer"],
              alternates={"claim_amount": [m2(total - disc), m2(total - disc + old)], "member_id": [None],
                          "service_dates": [[iso(old_dos), iso(dos)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: MA organization determination (IDN style)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Reach Medicare Advantage (HMO)"
    mid, req = f"9{r.digits(8)}", f"OD{r.digits(10)}"
    pcp, center = PCP[3], CENTERS[1]
    notice = f["planned"] - dt.timedelta(days=r.randint(3, 7))
    d = Page(f"Form CMS-10003-NDMCP (OMB 0938-0829)   H{r.digits(4)}_IDN_{r.digits(3)}   page {{p}} of {{n}}",
             header=f"Notice of Denial of Medical Coverage  ·  {f['member']}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Granite Reach Medicare Advantage (HMO)", 12.5, "B", h=6.5)
    d.text_line(f"Member Services {f['ph']} (TTY 711)", 8.6, h=4.6)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", h=7)
    d.ln(1)
    for lab, val in [("Date:", fmt_date(notice, "long")), ("Member number:", mid), ("Name:", f["member"]),
                     ("Request number:", req)]:
        d.font(9.6, "B")
        d.cell(36, 5.4, lab)
        d.font(9.6)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"We have denied the medical coverage listed below that you or your doctor asked for: MRI of the "
           f"lumbar spine without and with contrast (CPT 72158), requested by {pcp}, to be done at {center} on "
           f"{fmt_date(f['planned'], 'long')}.", 10)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para("We denied this request because it is not medically necessary under the Medicare coverage rules for "
           "imaging of the lower back and the plan's Evidence of Coverage, Chapter 4, Section 2.1. Your records "
           f"show back pain that started about {f['weeks']} weeks ago, treated with rest only. An MRI is covered "
           "when pain continues after at least six weeks of care such as physical therapy or medicine, or sooner "
           "when there are signs of nerve damage, infection, cancer or fracture. None are in your records.", 10)
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6)
    d.para("You have the right to ask Granite Reach Medicare Advantage to review our decision by asking us for an "
           "appeal. Ask for a Standard Appeal or a Fast Appeal. You must ask for an appeal within 65 calendar "
           "days of the date of this notice. If you ask after 65 days, you must explain why your appeal is late.",
           10)
    d.add_page()
    d.text_line("Standard appeals and fast appeals", 10.5, "B", h=6)
    d.para("We will give you a decision on a Standard Appeal within 30 calendar days after we get your appeal. "
           "We will give you a decision on a Fast Appeal within 72 hours if waiting could seriously harm your "
           "health. If any of the coverage you asked for is denied on appeal, your case is sent automatically to "
           "an Independent Review Entity.", 10)
    d.text_line("How to ask for an appeal", 10.5, "B", h=6)
    d.para("Write to Granite Reach Medicare Advantage, Appeals and Grievances, PO Box 8811, Concord, NH 03301, or "
           f"call {f['ph']}. Our phone lines are open 8 a.m. to 8 p.m. from October 1, 2025 through March 31, "
           "2026, and weekdays after that.", 10)
    d.para("Get help: you can call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, or your State Health "
           "Insurance Assistance Program.", 10)
    d.para(f"Member date of birth: {fmt_date(f['dob'], 'long')}. Requesting provider NPI: {f['npi']}.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["planned"])], denial_date=iso(notice), provider=nm(pcp),
              appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["prior_authorization"],
              alternates={"provider": [center]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: approval after red flags (rotated, prose)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    plan = "Foxglove Health Partners"
    mid, grp, auth = f"FHP-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(7)}", f"A{r.digits(4)}-{r.digits(5)}"
    pcp, center = PCP[4], CENTERS[0]
    sent = f["planned"] - dt.timedelta(days=1)
    old = sent - dt.timedelta(days=r.randint(15, 25))
    valid = sent + dt.timedelta(days=60)
    d = Page(None, margins=(22, 20, 22))
    d.add_page()
    d.text_line("Clearpath Imaging Management", 13.5, "B", h=7)
    d.text_line(f"for members of {plan}", 8.8, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.text_line("Good news: your MRI is approved", 12, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"On {fmt_date(old, 'long')} we could not approve an MRI of your lower back because the treatment "
           f"guideline had not yet been met. Yesterday {pcp} sent us a new request with new findings: weakness "
           "when lifting your right foot and numbness in the groin area that began this week. These are warning "
           "signs that need imaging right away, so the six-week waiting period does not apply.", 10.5)
    d.para(f"We have approved an MRI of the lumbar spine without contrast (72148) at {center} on "
           f"{fmt_date(f['planned'], 'long')}. Your authorization number is {auth}, and it is valid through "
           f"{fmt_date(valid, 'long')}. This approval applies to your {plan} coverage, member ID {mid}, group "
           f"{grp}. Your usual imaging copay applies.", 10.5)
    d.para("If your symptoms get worse before the scan, especially if you lose control of your bladder or bowels, "
           "go to an emergency room. You do not need approval for emergency care.", 10.5)
    d.para("Sincerely,\nClearpath Imaging Management, Utilization Review", 10.5)
    t = truth("other", None, insurer=RBM, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["planned"])], denial_date=iso(sent), provider=nm(pcp),
              alternates={"insurer": [plan], "provider": [center], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: three-claim EOB, MRI without auth (phone)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Juniper Coast Health Insurance"
    mid, grp = f"JC{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.letters(2)}-{r.digits(4)}"
    center, pcp, pt = CENTERS[1], PCP[5], "Harbor Motion Physical Therapy"
    dos = f["planned"]
    stmt = dos + dt.timedelta(days=r.randint(22, 34))
    visit = dos - dt.timedelta(days=r.randint(10, 20))
    ptd = dos - dt.timedelta(days=r.randint(2, 6))
    claims = [(f"{r.digits(12)}", pcp, [(visit, "99213", 190.0)], False),
              (f"{r.digits(12)}", pt, [(ptd, "97110", 165.0), (ptd, "97140", 120.0)], False),
              (f"{r.digits(12)}", center, [(dos, "72148", float(r.randint(1700, 2600))),
                                           (dos, "72148-26", float(r.randint(250, 390)))], True)]
    d = Page(None, margins=(12, 10, 12))
    d.add_page()
    d.text_line("Juniper Coast Health Insurance", 14, "B", h=7)
    d.text_line(f"Your Claims Summary  ·  not a bill  ·  {f['ph']}", 8.4, h=4.6)
    d.ln(1)
    d.table(["Statement date", "Member", "Member ID", "Group"],
            [[stmt.strftime("%m/%d/%y"), f["member"], mid, grp]], [34, 62, 48, 40], size=8.8, border_head="TB")
    rows, denied = [], None
    for cno, who, lines, den in claims:
        for dt_, code, amt in lines:
            if den:
                rows.append([cno, who[:30], dt_.strftime("%m/%d/%y"), code, fmt_money(amt, "nosign"), "0.00", "0.00",
                             fmt_money(amt, "nosign"), "PA7"])
            else:
                a = round(amt * 0.7, 2)
                rows.append([cno, who[:30], dt_.strftime("%m/%d/%y"), code, fmt_money(amt, "nosign"),
                             fmt_money(a, "nosign"), fmt_money(a - 30, "nosign"), "30.00", ""])
        rows.append(["*" + cno[-4:] + " total", "", "", "", fmt_money(sum(x[2] for x in lines), "nosign"), "", "",
                     "", ""])
        if den:
            denied = (cno, who, sum(x[2] for x in lines))
    d.table(["Claim", "Provider", "Date", "Code", "Billed", "Allowed", "Paid", "You owe", "Rmk"], rows,
            [30, 50, 16, 16, 18, 17, 17, 16, 10], size=7.2, aligns="LLLLRRRRL", head_fill=True)
    d.font(8, "B")
    d.cell(0, 4.6, "PA7", new_x="LMARGIN", new_y="NEXT")
    d.para("Your plan requires approval from Clearpath Imaging Management before an MRI, CT or PET scan. No "
           "approval was on file for this MRI, so it is not covered. The imaging center is in network and may not "
           "bill you for it unless you agreed in writing before the scan.", 8)
    d.para("Appeals: within 180 days of the date of this statement, write to Juniper Coast Appeals, PO Box 3301, "
           "Eureka, CA 95501. Earlier claim 00417733 (processed last year) is shown on your annual summary.", 8)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[denied[0]], claim_amount=m2(denied[2]),
              service_dates=[iso(dos)], denial_date=iso(stmt), provider=center,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: first-level appeal upheld (sidebar, low-res)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Wexford Plains Health Plan"
    mid, grp = f"{r.digits(3)}{r.letters(2)}{r.digits(5)}", f"{r.digits(5)}"
    app, case = f"APL-{r.digits(6)}", f"{r.digits(9)}"
    pcp, center = PCP[2], CENTERS[2]
    decided = f["planned"] + dt.timedelta(days=r.randint(20, 35))
    filed = decided - dt.timedelta(days=r.randint(15, 25))
    d = Page("Wexford Plains Health Plan · Member Appeals", margins=(70, 16, 16))
    d.add_page()
    d.set_fill_color(230, 230, 230)
    d.rect(0, 0, 62, 279.4, style="F")
    y = 20
    for lab, val in [("Decision date", fmt_date(decided, "iso")), ("Appeal", app), ("Original case", case),
                     ("Member", f["member"]), ("Member ID", mid), ("Group", grp), ("Appeal received",
                     fmt_date(filed, "iso")), ("Exam", "72148 lumbar MRI")]:
        d.set_xy(8, y)
        d.font(7, "B")
        d.cell(50, 3.6, lab.upper())
        d.set_xy(8, y + 4)
        d.font(9.2)
        d.cell(50, 5, val)
        y += 13
    d.set_xy(70, 16)
    d.text_line("Wexford Plains Health Plan", 14, "B", h=7)
    d.text_line("Member Appeals  ·  PO Box 6620, Erie, PA 16501", 8.4, h=4.6)
    d.ln(8)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Appeal decision: denial upheld", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"You appealed the decision by our radiology benefit manager not to approve an MRI of your lumbar "
           f"spine ordered by {pcp} for {fmt_date(f['planned'], 'long')} at {center}. A physician reviewer "
           "board-certified in physical medicine and rehabilitation, who was not involved in the first decision, "
           "reviewed your appeal and all the records.", 10)
    d.para("The reviewer agreed with the first decision. You had four physical therapy visits over two weeks and "
           "your strength and reflexes were normal. Our lumbar imaging policy asks for six weeks of conservative "
           "care before an MRI when there are no warning signs. The MRI is not medically necessary now, and the "
           "denial is upheld.", 10)
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter, or "
           "ask for an external review within 4 months. Expedited reviews are decided within 72 hours.", 10)
    d.para("Sincerely,\nAppeals Coordinator, Wexford Plains Health Plan", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[app, case], service_dates=[iso(f["planned"])],
              denial_date=iso(decided), provider=nm(pcp), appeal_deadline=iso(decided + dt.timedelta(days=60)),
              alternates={"provider": [center], "case_numbers": [[app]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_rbm_member, "rbm_member_letter", "born_digital"),
              (2, doc_center_bill, "imaging_bill", "photocopy"),
              (3, doc_ma_idn, "ma_idn", "fax_standard_g4"),
              (4, doc_approval, "redflag_approval", "rotated"),
              (5, doc_eob, "three_claim_eob", "phone_photo"),
              (6, doc_appeal, "appeal_upheld", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{n}", cond, [fn(Rand(SEED + i))]) for i, fn, n, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
