"""Family 'state_employee_plan_pharmacy_specialty_tier_appeal': pharmacy-benefit letters of state employee health
plans about specialty-tier drugs (ustekinumab, dupilumab, etanercept, adalimumab, risankizumab): a tiering
exception refused because specialty-tier drugs are not eligible, an appeals committee decision in board style
(caption, docket number, findings of fact, decision AFFIRMED), a pharmacy benefit manager's faxed notice to the
prescriber refusing to let a retail pharmacy fill a drug under the exclusive specialty pharmacy mandate, an
overturned tiering exception (approval), a member's paper reimbursement claim for a specialty drug bought at a
retail pharmacy denied, a first-level appeal decision upholding a non-preferred specialty tier, and a quarterly
prescription statement with nothing denied.

Letter-heavy: prose, two-column reference blocks, a board caption. Decoys: dates of birth, request received dates,
hearing dates, prescriber NPI and fax numbers, Rx numbers, pharmacy NCPDP numbers, coinsurance caps, the 72-hour
expedited appeal and the four-month external review. All values invented (states, boards, plans, PBMs, people).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "state_employee_plan_pharmacy_specialty_tier_appeal"
LANG = "en"
SEED = 277500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PRESCRIBERS = ["Dr. Annika R. Solberg", "Dr. Farid M. Haddadi", "Dr. Celestine O. Amadi", "Dr. Wyatt J. Brannigan",
               "Dr. Priyanka S. Venkatesan", "Dr. Lucius T. Harrowgate", "Dr. Marguerite E. Ballantyne"]
DRUGS = [("ustekinumab 90 mg/mL prefilled syringe", "plaque psoriasis"),
         ("dupilumab 300 mg/2 mL pen", "atopic dermatitis"),
         ("etanercept 50 mg/mL SureClick", "rheumatoid arthritis"),
         ("adalimumab 40 mg/0.8 mL pen (reference product)", "Crohn's disease"),
         ("risankizumab 150 mg/mL pen", "psoriatic arthritis")]


class Page(Doc):
    def __init__(self, foot: str | None, header: str | None = None, margins=(20, 16, 20)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, pairs: list[tuple[str, str]], x: float, w_lab: float, w_val: float, size: float = 9.2) -> None:
    for lab, val in pairs:
        d.set_x(x)
        d.font(size, "B")
        d.cell(w_lab, size * 0.52, lab)
        d.font(size)
        d.cell(w_val, size * 0.52, val, new_x="LMARGIN", new_y="NEXT")


def two_col(d: Page, left: list[str], right: list[tuple[str, str]], size: float = 9.4) -> None:
    """Addressee at left, a reference block at right (labels and values)."""
    y0 = d.get_y()
    d.font(size)
    for ln in left:
        d.cell(90, size * 0.52, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = d.get_y()
    d.set_y(y0)
    kv(d, right, 112, 34, 52, size - 0.6)
    d.set_y(max(y1, d.get_y()) + 4)


def base(r: Rand, i: int) -> dict:
    member, first, mid, last = r.person()
    dob = dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28))
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    drug, dx = DRUGS[i % len(DRUGS)]
    return dict(member=member, first=first, last=last, dob=dob, notice=notice, drug=drug, dx=dx,
                addr=r.address(), presc=PRESCRIBERS[i], npi=r.npi(), pfax=f"1-555-{r.digits(3)}-{r.digits(4)}",
                recv=notice - dt.timedelta(days=r.randint(3, 12)), ph=f"1-555-{r.digits(3)}-{r.digits(4)}", rx=r.digits(7))


# ---------------------------------------------------------------- 0: tiering exception refused (born digital)
def doc_tier_exception(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 0)
    ins = "Calloway State Employee Health Plan"
    mid = f"CSE{r.digits(9)}"
    grp = f"{r.digits(5)}-{r.letters(2)}"
    plan = f"CSHP-{r.digits(3)}"
    ref = f"TE{r.digits(2)}-{r.digits(6)}"
    nd = fmt_date(f["notice"], "long")
    d = Page("Calloway State Employee Health Plan  |  Pharmacy Benefit  |  Page {p} of {n}")
    d.add_page()
    d.text_line("CALLOWAY STATE EMPLOYEE HEALTH PLAN", 15, "B", h=7)
    d.text_line("Department of Administration - Office of Employee Benefits - Pharmacy Benefit Program", 8.6, h=4.4)
    d.text_line(f"PO Box 4410, Harlan Springs, CL 60917   Pharmacy Member Services {f['ph']}", 8.6, h=4.4)
    d.rule(0.6, 5)
    two_col(d, [f["member"], *f["addr"]],
            [("Date:", nd), ("Reference #:", ref), ("Member ID:", mid), ("Group:", grp), ("Plan code:", plan),
             ("Date of birth:", fmt_date(f["dob"], "slash"))])
    d.text_line("NOTICE OF DENIAL - REQUEST FOR TIERING EXCEPTION", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"On {fmt_date(f['recv'], 'long')} we received a request from your prescriber, {f['presc']} "
           f"(NPI {f['npi']}), asking that {f['drug']} be covered at the cost share of a preferred brand drug "
           "(Tier 2) instead of the specialty tier (Tier 5). This is called a tiering exception.", 10)
    d.text_line("Our decision", 10.5, "B", h=6)
    d.para("We have DENIED your request. The drug itself remains covered on the specialty tier; only the request "
           "to lower your cost share was denied.", 10)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para("Section 7.4 of the Calloway State Employee Health Plan Summary Plan Description states that tiering "
           "exceptions are not available for drugs placed on the specialty tier. Specialty-tier drugs are covered "
           "at 25% coinsurance, up to $350.00 per 30-day supply, and must be filled through the plan's specialty "
           "pharmacy. Because the requested drug is on the specialty tier, this request is excluded from the "
           "exception process under the plan's benefit terms. This decision was not based on whether the drug is "
           "medically necessary for you.", 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You, your prescriber or someone you name to act for you may appeal this decision. Your written "
           "appeal must be filed within 180 days of the date of this notice. Send it to: Pharmacy Appeals, Office "
           f"of Employee Benefits, PO Box 4418, Harlan Springs, CL 60917, or fax it to 1-555-{r.digits(3)}-"
           f"{r.digits(4)}. If waiting would seriously jeopardize your health, ask for an expedited appeal; we "
           "decide those within 72 hours. After the plan's appeal you may ask for an external review by an "
           "independent review organization within four months.", 10)
    d.para(f"You may ask for copies of the plan provisions used in this decision free of charge by calling "
           f"{f['ph']} (TTY 711). Prescriber fax on file: {f['pfax']}.", 9.2)
    d.para("Sincerely,\nPharmacy Benefit Program\nOffice of Employee Benefits", 10)
    d.para(f"cc: {f['presc']}", 9)
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id=plan, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], denial_date=iso(f["notice"]), provider=f["presc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              denial_alternates=["other"],
              alternates={"insurer": ["Calloway Department of Administration Office of Employee Benefits"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: board appeals committee decision
def doc_board_decision(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 1)
    ins = "Westmark Public Employees Benefits Board"
    mid = f"W{r.digits(8)}"
    grp = f"PEBB-{r.digits(4)}"
    docket = f"PEBB-AC-26-{r.digits(4)}"
    orig = f"RX-{r.digits(8)}"
    hearing = f["notice"] - dt.timedelta(days=r.randint(9, 20))
    first_notice = hearing - dt.timedelta(days=r.randint(40, 70))
    d = Page("PEBB Appeals Committee - Final Order - Page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("STATE OF WESTMARK", 10, "B", align="C", h=5)
    d.text_line(ins.upper(), 12.5, "B", align="C", h=6.5)
    d.text_line("Appeals Committee", 10, align="C", h=5)
    d.text_line(f"1200 Capitol Mall, Suite 300, Fairhaven, WK 84011   {f['ph']}", 8.5, align="C", h=5)
    d.ln(4)
    y = d.get_y()
    d.font(10)
    d.multi_cell(95, 5.2, f"In the Matter of:\n\n{f['member'].upper()},\n          Appellant,\n\nv.\n\n"
                 f"WESTMARK PUBLIC EMPLOYEES\nBENEFITS BOARD,\n          Respondent.", border="R")
    d.set_xy(125, y + 6)
    d.multi_cell(70, 5.4, f"Docket No. {docket}\n\nFINAL ORDER ON\nLEVEL II PHARMACY APPEAL\n\n"
                 f"Member ID: {mid}\nGroup: {grp}")
    d.set_y(y + 62)
    d.text_line("I. STATEMENT OF THE CASE", 10.5, "B", h=6)
    d.para(f"Appellant, a covered dependent under group {grp}, appeals the denial of a tiering exception for "
           f"{f['drug']}, prescribed by {f['presc']} for {f['dx']}. The plan's pharmacy benefit manager denied "
           f"the request on {fmt_date(first_notice, 'long')} (reference {orig}) and the Level I appeal was "
           "upheld. The Committee heard the appeal on "
           f"{fmt_date(hearing, 'long')}. Appellant appeared by telephone; the prescriber submitted a letter.", 10)
    d.text_line("II. FINDINGS OF FACT", 10.5, "B", h=6)
    for k, s in enumerate([
            f"Appellant (date of birth {fmt_date(f['dob'], 'slash')}) has a diagnosis of {f['dx']}.",
            "The requested drug is a non-preferred specialty drug (Tier 5, 40% coinsurance). Two preferred "
            "specialty drugs for the same condition are covered on Tier 4 at 20% coinsurance.",
            "Plan Rule 14-220 allows a tiering exception only when each preferred alternative has been tried for an "
            "adequate period and failed, or is contraindicated.",
            "The records submitted show no trial of either preferred alternative and no contraindication to them."],
            1):
        d.para(f"{k}.  {s}", 10, gap=1.5)
    d.ln(1)
    d.text_line("III. CONCLUSION", 10.5, "B", h=6)
    d.para("The Committee concludes that the documentation does not establish that the non-preferred drug is "
           "medically necessary in place of the preferred alternatives, as Plan Rule 14-220 requires.", 10)
    d.text_line("IV. ORDER", 10.5, "B", h=6)
    d.para("The denial of the tiering exception is AFFIRMED. This order is the final decision of the Board on the "
           "plan's internal appeal process.", 10)
    d.para("Further review: you may request an external review by an independent review organization within "
           "four months of receiving this order. Instructions and the request form are enclosed.", 9.5)
    d.para(f"Entered this date: {fmt_date(f['notice'], 'long')}", 10)
    d.para("__________________________\nChair, Appeals Committee", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[docket, orig], denial_date=iso(f["notice"]),
              provider=f["presc"], denial_alternates=["not_covered"],
              alternates={"case_numbers": [[docket]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: PBM fax to prescriber, specialty mandate
def doc_pbm_fax(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 2)
    ins = "Trellisgate Pharmacy Solutions"
    state = "Oakhurst State Employees Insurance Program"
    mid = f"OSE-{r.digits(7)}"
    grp = f"OK{r.digits(4)}"
    case = f"{r.digits(4)}-{r.digits(5)}"
    by = f["notice"] + dt.timedelta(days=60)
    pharm = "Fenwick Corner Drug"
    d = Page(None, margins=(16, 12, 16))
    d.add_page()
    d.text_line(f"FROM: TRELLISGATE CLINICAL REVIEW  FAX 1-555-{r.digits(3)}-{r.digits(4)}   "
                f"{fmt_date(f['notice'], 'slash')} 14:{r.randint(10, 59)}   P. 1/1", 8, h=4)
    d.rule(0.3, 3)
    d.text_line("Trellisgate Pharmacy Solutions", 14, "B", h=7)
    d.text_line(f"Pharmacy benefit manager for the {state}", 9, h=4.6)
    d.ln(3)
    d.text_line("PRESCRIBER NOTIFICATION - PHARMACY EXCEPTION REQUEST DENIED", 11, "B", h=6.5)
    d.ln(1)
    rows = [("To (prescriber):", f["presc"]), ("Prescriber NPI:", f["npi"]), ("Prescriber fax:", f["pfax"]),
            ("Patient:", f["member"]), ("Patient DOB:", fmt_date(f["dob"], "mdy_nopad")), ("Member ID:", mid),
            ("Group number:", grp), ("Case ID:", case), ("Medication:", f["drug"]),
            ("Requested pharmacy:", f"{pharm} (NCPDP {r.digits(7)})"),
            ("Date received:", fmt_date(f["recv"], "mdy_nopad")),
            ("Decision date:", fmt_date(f["notice"], "mdy_nopad"))]
    for lab, val in rows:
        d.font(9.4, "B")
        d.cell(46, 6, lab, border=1)
        d.font(9.4)
        d.cell(0, 6, val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Determination: DENIED", 10.5, "B", h=6)
    d.para("The request to allow the medication above to be dispensed by a retail network pharmacy was reviewed "
           f"under the {state} specialty pharmacy requirement. Specialty medications must be dispensed by the "
           "program's exclusive specialty pharmacy, Lanternway Specialty Pharmacy. The requested pharmacy is not a "
           "participating specialty pharmacy for this program, and claims from it for specialty medications are "
           "not covered. No exception applies because the exclusive pharmacy can deliver the medication to the "
           "patient's home within two business days.", 9.6)
    d.para("The medication remains covered when filled by Lanternway Specialty Pharmacy (phone "
           f"1-555-{r.digits(3)}-{r.digits(4)}). A new prescription may be sent there electronically.", 9.6)
    d.text_line("Appeal information", 10, "B", h=6)
    d.para(f"The member or the prescriber on the member's behalf may appeal. Appeals must be received by "
           f"{fmt_date(by, 'mdy_nopad')}. Urgent appeals are decided within 72 hours. Mail: Trellisgate Appeals, "
           "PO Box 77015, Cedar Bluff, OK 73011.", 9.6)
    d.para("CONFIDENTIAL: This fax contains protected health information intended only for the addressee. If "
           "received in error, notify the sender and destroy all copies.", 8)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[case], denial_date=iso(f["notice"]), provider=f["presc"],
              appeal_deadline=iso(by), denial_alternates=["not_covered"],
              alternates={"insurer": [state]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: overturned on appeal (approval)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 3)
    ins = "Merriland State Health Benefit Plan"
    mid = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}"
    grp = f"SHBP{r.digits(3)}"
    ref = f"AP-{r.digits(7)}"
    start = f["notice"] + dt.timedelta(days=1)
    end = dt.date(start.year + 1, start.month, min(start.day, 28)) - dt.timedelta(days=1)
    d = Page("Merriland SHBP Pharmacy Appeals  -  {p}/{n}")
    d.add_page()
    d.text_line("Merriland State Health Benefit Plan", 16, "B", h=8)
    d.text_line("A program of the Merriland State Personnel Board", 9, h=4.6)
    d.text_line("Pharmacy Appeals Unit  |  88 Legislative Way  |  Annapolis Heights, MR 21855", 8.5, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(f["notice"], "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, [("RE:", "Level I appeal - tiering exception"), ("Appeal number:", ref), ("Member ID:", mid),
           ("Group:", grp), ("Medication:", f["drug"]), ("Prescriber:", f["presc"])], d.l_margin, 34, 130, 9.6)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para("We have completed our review of your appeal of our earlier decision on your request for a tiering "
           "exception. A clinical pharmacist who was not involved in the first decision reviewed your appeal, "
           "including the letter from your prescriber describing the side effects you had with both preferred "
           "specialty drugs.", 10)
    d.text_line("Decision: APPROVED - the earlier decision is overturned", 10.5, "B", h=6.5)
    d.para(f"Your medication will be covered at the preferred specialty cost share (Tier 4, 20% coinsurance, "
           f"maximum $150.00 per 30-day supply) from {fmt_date(start, 'abbr')} through {fmt_date(end, 'abbr')}. "
           "Fill it through the plan's specialty pharmacy. Your prescriber has been told of this decision.", 10)
    d.para("You do not need to do anything else. If you have questions, call Pharmacy Member Services at "
           f"{f['ph']} (TTY 711), Monday through Friday, 8 a.m. to 6 p.m.", 10)
    d.para(f"Prescriber on file: {f['presc']}, NPI {f['npi']}, fax {f['pfax']}. Member date of birth "
           f"{fmt_date(f['dob'], 'slash')}.", 8.6)
    d.para("Sincerely,\n\nPharmacy Appeals Unit\nMerriland State Health Benefit Plan", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(start, end)], denial_date=iso(f["notice"]),
              provider=f["presc"], alternates={"service_dates": [[], [iso(start)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: member reimbursement claim denied
def doc_reimbursement(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 4)
    ins = "Greystone State Employees' Group Insurance Program"
    mid = f"GS{r.digits(7)}"
    grp = f"{r.digits(6)}"
    claim = f"DMR{r.digits(10)}"
    fill = f["notice"] - dt.timedelta(days=r.randint(30, 55))
    amt = f"{r.randint(5200, 7900)}.{r.choice(['00', '48', '16', '90'])}"
    d = Page("GSEGIP Member Reimbursement  Page {p} of {n}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("GREYSTONE STATE EMPLOYEES' GROUP INSURANCE PROGRAM", 12.5, "B", h=6.5)
    d.text_line("Prescription Drug Program - Direct Member Reimbursement Unit", 9, h=4.8)
    d.text_line(f"PO Box 2061, Tallow Creek, GR 39822  |  {f['ph']}", 8.6, h=4.8)
    d.rule(0.4, 6)
    two_col(d, [f["member"], *f["addr"]],
            [("Letter date", fmt_date(f["notice"], "dmy")), ("Claim number", claim), ("ID number", mid),
             ("Group", grp)])
    d.text_line("Your prescription reimbursement claim was denied", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("We received your paper claim form asking us to pay you back for a prescription you paid for at a "
           "pharmacy. Here is what you sent us:", 10)
    d.table(["Date filled", "Medication", "Rx #", "Pharmacy", "Amount you paid"],
            [[fmt_date(fill, "dmy"), f["drug"][:30], f["rx"], "Juniper Drive Pharmacy", fmt_money(amt, "plain")]],
            [26, 62, 20, 42, 24], size=8.6, aligns="LLLLR", head_fill=True)
    d.para(f"Prescriber: {f['presc']}    Date claim received: {fmt_date(f['recv'], 'dmy')}", 9)
    d.text_line("Why your claim was denied", 10.5, "B", h=6)
    d.para("This medication is a specialty drug. Under the program's specialty pharmacy requirement, specialty "
           "drugs are covered only when they are dispensed by Quillfeather Specialty Pharmacy, the program's "
           "designated specialty pharmacy. The pharmacy that filled this prescription is not a designated "
           "specialty pharmacy, so the program cannot reimburse the amount you paid. Denial code SP-04: dispensed "
           "by a non-designated pharmacy.", 10)
    d.para("To get future fills covered, ask your prescriber to send the prescription to Quillfeather Specialty "
           "Pharmacy. You pay your specialty-tier coinsurance (30%, up to $250.00 per fill) there.", 10)
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para("If you disagree, you may file an appeal in writing within 180 days from the date of this letter. "
           "Include this letter, your pharmacy receipt and any letter from your prescriber. Mail appeals to "
           "GSEGIP Appeals, PO Box 2065, Tallow Creek, GR 39822. You may also request an external review after "
           "the final internal appeal decision.", 10)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'dmy')}.", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=amt, service_dates=[iso(fill)],
              denial_date=iso(f["notice"]), provider=f["presc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"provider": [None, "Juniper Drive Pharmacy"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: first-level appeal upheld (phone photo)
def doc_level1_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 5)
    ins = "Tamarack State Employee Benefits Trust"
    mid = f"TSEB{r.digits(6)}"
    grp = f"{r.letters(3)}{r.digits(3)}"
    appeal = f"L1-{r.digits(6)}"
    orig = f"TX{r.digits(7)}"
    d = Page("TSEBT  Notice of Appeal Decision  {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Tamarack State Employee Benefits Trust", 14, "B", h=7)
    d.text_line("Pharmacy Benefits  -  400 Ridgeline Avenue, Pinewold, TM 59330", 9, h=5)
    d.ln(4)
    d.text_line("NOTICE OF FIRST-LEVEL APPEAL DECISION", 12, "B", h=7)
    d.ln(2)
    d.boxes([("Notice date", fmt_date(f["notice"], "iso"), 40), ("Appeal number", appeal, 42),
             ("Original request", orig, 42), ("Member ID", mid, 50)])
    d.boxes([("Member", f["member"], 62), ("Group", grp, 34), ("Prescriber", f["presc"], 78)])
    d.ln(5)
    d.para(f"Medication: {f['drug']}. Request: tiering exception to the preferred specialty tier.", 10)
    d.text_line("Decision: The denial is upheld.", 10.5, "B", h=6.5)
    d.para("The Trust's formulary places this drug on the non-preferred specialty tier. The Trust's plan document "
           "(Article IX, Section 3) does not allow tiering exceptions for non-preferred specialty drugs when a "
           "biosimilar or other interchangeable product is on the preferred specialty tier. A biosimilar of this "
           "drug is covered on the preferred specialty tier. This is a limit of your benefit plan.", 10)
    d.text_line("What you can do next", 10.5, "B", h=6)
    d.para("You may ask for a second-level appeal. Your request must be sent within 60 days after you receive "
           "this notice. You may also ask for an external review within four months. Call "
           f"{f['ph']} with questions.", 10)
    d.para(f"Prescriber NPI {f['npi']}. Member date of birth {fmt_date(f['dob'], 'iso')}. Received "
           f"{fmt_date(f['recv'], 'iso')}.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, orig], denial_date=iso(f["notice"]),
              provider=f["presc"], denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]],
                          "appeal_deadline": [iso(f["notice"] + dt.timedelta(days=60))]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: quarterly prescription statement (paid)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r, 6)
    ins = "Bramblecourt Public Employees Health Plan"
    mid = f"BP{r.digits(8)}"
    grp = f"{r.digits(4)}"
    q_end = dt.date(2026, 6, 30)
    stmt = dt.date(2026, 7, 14)
    fills = [q_end - dt.timedelta(days=80), q_end - dt.timedelta(days=52), q_end - dt.timedelta(days=24)]
    lines = []
    for k, fd in enumerate(fills):
        if k == 1:
            cost = round(r.randint(6100, 6900) + 0.42, 2)
            lines.append([fmt_date(fd, "slash"), r.digits(7), f["drug"][:26], "Lanternway Specialty", "5",
                          m2(cost), m2(350.0), m2(cost - 350.0)])
            spec = (fd, cost)
        else:
            cost = round(r.randint(18, 90) + 0.37, 2)
            lines.append([fmt_date(fd, "slash"), r.digits(7), "atorvastatin 20 mg tab", "Sycamore Ct Pharmacy",
                          "1", m2(cost), m2(10.0), m2(cost - 10.0)])
    claim = f"{r.digits(3)}-{r.digits(8)}"
    d = Page("Bramblecourt PEHP Prescription Statement  -  This is not a bill  -  Page {p} of {n}",
             margins=(14, 14, 14))
    d.add_page()
    d.text_line("Bramblecourt Public Employees Health Plan", 13.5, "B", h=7)
    d.text_line("Prescription Drug Benefit - Quarterly Statement", 10, h=5.5)
    d.ln(3)
    two_col(d, [f["member"], *f["addr"]],
            [("Statement date", fmt_date(stmt, "abbr")), ("Period", "Apr 1 - Jun 30, 2026"), ("Member ID", mid),
             ("Group", grp)])
    d.para("This statement lists the prescriptions the plan paid for you this quarter. This is not a bill.", 9.6)
    d.table(["Fill date", "Rx #", "Drug", "Pharmacy", "Tier", "Plan cost", "You paid", "Plan paid"], lines,
            [22, 18, 46, 36, 10, 20, 16, 18], size=7.8, aligns="LLLLCRRR", head_fill=True)
    d.para(f"Specialty claim {claim}: prescribed by {f['presc']}; filled {fmt_date(spec[0], 'slash')} at "
           "Lanternway Specialty Pharmacy. Your coinsurance reached the $350.00 per-fill maximum.", 9)
    d.text_line("Year-to-date totals", 10, "B", h=6)
    d.para("Pharmacy out-of-pocket: $1,420.00 of $3,000.00.  Specialty fills this year: 6.", 9.2)
    d.para("Questions or disagreement with how a prescription was paid? Call Pharmacy Member Services at "
           f"{f['ph']}. You may request a review within 180 days after you receive this statement.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(spec[1]), service_dates=[iso(spec[0])],
              denial_date=iso(stmt), provider=f["presc"], type_alternates=["other"],
              alternates={"case_numbers": [[]], "claim_amount": [None],
                          "service_dates": [[iso(x) for x in fills]],
                          "provider": ["Lanternway Specialty Pharmacy", None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    makers = [(doc_tier_exception, "born_digital"), (doc_board_decision, "scan_clean_300"),
              (doc_pbm_fax, "fax_fine_g4"), (doc_approval, "photocopy"), (doc_reimbursement, "scan_lowres_150"),
              (doc_level1_upheld, "phone_photo"), (doc_statement, "rotated")]
    names = ["tier_exception", "board_order", "pbm_fax", "approval", "reimbursement", "level1_upheld", "statement"]
    items = []
    for i, ((fn, cond), nm) in enumerate(zip(makers, names)):
        r = Rand(SEED + i)
        items.append(Item(f"{FAMILY}_{nm}", cond, [fn(r)]))
    return items
