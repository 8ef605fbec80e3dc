"""Family 'short_term_plan_preexisting_condition_exclusion_denial': short-term limited duration (STLDI) medical
plans that refuse claims under a pre-existing condition exclusion (a condition treated, diagnosed or with symptoms in
the 24 months before the coverage effective date), hold claims for medical records from the lookback period,
rescind a certificate for an application answer, and sometimes pay after the review finds nothing.

Documents: a prose claim denial letter (facts in sentences, prior visits named as the evidence); an EOB with three
claims of which only one is refused as pre-existing; a fine-fax stack of a cover sheet, a records request holding a
claim and the hospital's statement showing the claim pending; a two-page rescission notice (running header) that
also denies the open claim; a phone photo of a letter paying a claim after the lookback review; an appeal decision
upholding the exclusion in a sidebar layout, fed sideways; a low-resolution scan of a claim determination notice
with a line table (ISO dates) and a stated appeal-by date.

Decoys: coverage effective and application dates, the lookback window's dates, prior treatment dates, DOB, NPIs,
policy form numbers, premium refund amounts, paid claims, the 45-day records deadline, external review limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "short_term_plan_preexisting_condition_exclusion_denial"
LANG = "en"
SEED = 283500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(18, 14, 18), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"({r.choice(['800', '866', '877', '888'])}) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    eff = dt.date(2025, r.randint(6, 12), 1)
    dos = eff + dt.timedelta(days=r.randint(40, 150))
    return dict(member=member, first=first, mi=mid, last=last, addr=r.address(), eff=eff, dos=dos,
                dob=dt.date(r.randint(1962, 1999), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=r.npi(),
                prior=eff - dt.timedelta(days=r.randint(200, 600)))


def addr_block(d: Page, f: dict, size: float = 10) -> None:
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, size, h=size * 0.5)


# ---------------------------------------------------------------- 0: prose denial letter (born digital)
def doc_prose_denial(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tollgate Mutual Insurance Company"
    mid = f"TM{r.digits(3)}-{r.digits(6)}"
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    letter = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    billed = float(r.randint(14200, 23900)) + r.choice([0.0, 0.5, 0.25])
    prov = "Cedar Bluff Surgical Hospital"
    surgeon = "Marguerite A. Lindqvist, MD"
    lb0 = f["eff"] - dt.timedelta(days=730)
    d = Page("Tollgate Mutual  -  Short-Term Medical  -  page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("TOLLGATE MUTUAL", 16, "B", h=7)
    d.text_line(f"{ins}  |  Short-Term Medical  |  Claims Department  |  PO Box 21407, Omaha, NE 68121", 8.2, h=4.4)
    d.ln(8)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(3)
    addr_block(d, f, 10.5)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"Thank you for the claim we received from {prov} for the surgery you had on "
           f"{fmt_date(f['dos'], 'long')}. The hospital billed {fmt_money(billed)} under claim number {claim}. Your "
           f"insured ID is {mid}, and your short-term medical certificate became effective on "
           f"{fmt_date(f['eff'], 'long')}.", 10.5)
    d.para("We have reviewed this claim and we are not able to pay it. Your certificate does not cover a "
           "pre-existing condition. A pre-existing condition is any illness or injury for which you received "
           "medical treatment, consultation, diagnosis or prescribed medicine, or had symptoms that would cause "
           "a reasonable person to seek care, in the 24 months before your effective date (here, from "
           f"{fmt_date(lb0, 'long')} to the day before your effective date).", 10.5)
    d.para(f"The records we received show that you were seen at Prairie Lantern Family Clinic on "
           f"{fmt_date(f['prior'], 'long')} for right upper abdominal pain, that an ultrasound on that date showed "
           "gallstones, and that surgery was discussed. The laparoscopic cholecystectomy (CPT 47562) performed by "
           f"{surgeon} treated the same condition. Because the condition began before your coverage, the "
           "charges are excluded under Part IV, Exclusion 1 (Pre-Existing Conditions) of your certificate.", 10.5)
    d.para("This decision is final unless you appeal. You, or someone you authorize, may appeal within 180 days "
           "of the date of this letter. Write to Tollgate Mutual Appeals, PO Box 21409, Omaha, NE 68121, and "
           "include any records showing that the condition was not present or treated before your effective "
           f"date. Call us at {f['ph']} with questions. You may ask for copies of the documents we relied on, "
           "free of charge.", 10.5)
    d.para("Short-term medical insurance is not comprehensive coverage and does not have to meet the "
           "requirements of the Affordable Care Act, including the ban on pre-existing condition exclusions. "
           "Policy form TM-STM-25(NE). Date of birth on file: " + fmt_date(f["dob"], "slash") + ".", 8.8)
    d.para("Sincerely,\n\nRosalind Achterberg\nClaims Examiner, Short-Term Medical", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(letter),
              provider=prov, appeal_deadline=iso(letter + dt.timedelta(days=180)),
              denial_alternates=["eligibility"], alternates={"provider": [surgeon, "Marguerite A. Lindqvist"],
                                                               "insurer": ["Tollgate Mutual"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: EOB, three claims, one pre-existing
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cinderpath Assurance Company"
    mid = f"CPA-{r.digits(6)}-{r.digits(2)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 36))
    claims = []
    specs = [("Harrow Creek Urgent Care", "99214 Office visit, est. patient", (210, 320), -21, None),
             ("Quill Diagnostic Laboratories", "80053 Comprehensive metabolic panel", (90, 180), -19, None),
             ("Beacon Hill Orthopaedic Associates", "29881 Knee arthroscopy, meniscectomy", (5200, 8400), 0, "PX1")]
    for prov, desc, rng_, off, code in specs:
        billed = float(r.randint(*rng_)) + r.choice([0.0, 0.5, 0.75])
        if code:
            allowed = paid = 0.0
            owe = billed
        else:
            allowed = round(billed * 0.62, 2)
            paid = round(allowed * 0.7, 2)
            owe = round(allowed - paid, 2)
        claims.append(dict(no=f"{r.digits(3)}{r.digits(8)}", prov=prov, desc=desc, billed=billed, allowed=allowed,
                           paid=paid, owe=owe, code=code or "", dos=f["dos"] + dt.timedelta(days=off)))
    den = claims[2]
    d = Page("Cinderpath Assurance  *  Short-Term Health EOB  *  THIS IS NOT A BILL  *  {p}/{n}",
             margins=(14, 12, 14))
    d.add_page()
    d.text_line("Cinderpath Assurance", 18, "B", h=8)
    d.text_line(f"{ins}  *  Short-Term Health Plan claims  *  PO Box 7730, Des Moines, IA 50306  *  {f['ph']}",
                7.8, h=4.2)
    d.rule(0.6, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B", h=7)
    addr_block(d, f, 9.2)
    d.ln(3)
    d.boxes([("Date issued", fmt_date(stmt, "dmy"), 34), ("Insured", f["member"], 50), ("Insured ID", mid, 42),
             ("Coverage period", f"{fmt_date(f['eff'], 'slash')} - "
              f"{fmt_date(f['eff'] + dt.timedelta(days=363), 'slash')}", 60)])
    d.boxes([("Plan", "STH Select 5000", 40), ("Deductible met", "$1,184.20 of $5,000.00", 52),
             ("Claims on this statement", "3", 40), ("Customer service", f["ph"], 54)])
    d.ln(4)
    for c in claims:
        d.font(8.6, "B")
        d.cell(0, 5.2, f"Claim {c['no']}   {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service date", "Service", "Charged", "Allowed", "Paid by plan", "Your cost", "Code"],
                [[fmt_date(c["dos"], "dmy"), c["desc"], fmt_money(c["billed"]), fmt_money(c["allowed"]),
                  fmt_money(c["paid"]), fmt_money(c["owe"]), c["code"]]],
                [24, 62, 22, 22, 24, 20, 14], size=8, aligns="LLRRRRL", head_fill=True)
    d.text_line("Code explanations", 9.5, "B", h=5.5)
    d.para("PX1  This service treats a condition for which you had treatment, diagnosis or advice within the 24 "
           "months before your coverage began (pre-existing condition). Records from a visit on "
           f"{fmt_date(f['prior'], 'dmy')} show treatment of the same knee. Pre-existing conditions are excluded "
           "under your short-term plan.", 8.4)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You can appeal any decision on this statement within 180 days after you receive it. Write to "
           "Cinderpath Appeals, PO Box 7734, Des Moines, IA 50306. Include the claim number and any records. "
           f"Provider NPI for claim {den['no']}: {f['npi']}.", 8.4)
    t = truth("eob", "not_covered", insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[den["no"]],
              claim_amount=m2(den["billed"]), service_dates=[iso(den["dos"])], denial_date=iso(stmt),
              provider=den["prov"], denial_alternates=["eligibility"],
              alternates={"insurer": ["Cinderpath Assurance"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: fax stack: records request + hospital statement
def doc_records_request(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Lantern Ridge Health Insurance Co."
    letter = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    f["letter"] = letter
    lb0, lb1 = f["eff"] - dt.timedelta(days=730), f["eff"] - dt.timedelta(days=1)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Lantern Ridge Health", 15, "B", h=7)
    d.text_line(f"{ins}  -  Short-Term Medical  -  Claims Investigation Unit", 9, h=5)
    d.text_line(f"1450 Ridgeway Parkway, Suite 300, Tulsa, OK 74136  -  Fax {phone(r)}", 8.4, h=4.6)
    d.ln(5)
    y = d.get_y()
    addr_block(d, f, 10)
    d.set_y(y)
    for lab, val in [("Date", fmt_date(letter, "slash")), ("Insured", f["member"]), ("Member number", f["mid"]),
                     ("Claim", f["claim"]),
                     ("Dates of service", f"{fmt_date(f['dos'], 'slash')} - {fmt_date(f['dis'], 'slash')}")]:
        d.set_x(120)
        d.font(8.8, "B")
        d.cell(30, 5, lab)
        d.font(8.8)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("YOUR CLAIM IS ON HOLD - INFORMATION NEEDED", 11.5, "B", h=7)
    d.para(f"We received a claim from {f['hosp']} for {fmt_money(f['billed'])} for your hospital stay. Before we "
           "can decide it, we must confirm that the condition treated was not a pre-existing condition under your "
           "short-term plan. Your plan looks back 24 months before your effective date of "
           f"{fmt_date(f['eff'], 'slash')}.", 10)
    d.para(f"Please ask every doctor, clinic and pharmacy you used from {fmt_date(lb0, 'slash')} through "
           f"{fmt_date(lb1, 'slash')} to send us your records, or sign and return the enclosed authorization so we "
           "can request them. We also need the completed Prior Medical History Questionnaire.", 10)
    d.para("If we do not receive the records within 45 days of the date of this letter, we will decide the claim "
           "with the information we have, and it may be denied for lack of information. This letter is not a "
           "denial. No payment has been made on this claim yet.", 10)
    d.para(f"Questions: Claims Investigation Unit, {f['ph']}, Monday to Friday.", 10)
    t = truth("other", None, insurer=ins, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"], f["dis"])], denial_date=iso(letter),
              provider=f["hosp"], type_alternates=["denial_letter"], denial_alternates=["other"],
              alternates={"insurer": ["Lantern Ridge Health"], "service_dates": [[iso(f["dos"])]]})
    return pdf_bytes(d), t


def doc_hospital_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["letter"] + dt.timedelta(days=r.randint(6, 12))
    acct = f"H{r.digits(8)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["hosp"].upper(), 14, "B", h=7)
    d.text_line(f"Patient Financial Services  |  600 Mercy Hill Drive, Stillwater, OK 74074  |  {phone(r)}", 8.4,
                h=4.5)
    d.rule(0.5, 3)
    d.text_line("STATEMENT OF ACCOUNT", 12, "B", h=6.5)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 40), ("Account no.", acct, 36),
             ("Admitted", fmt_date(f["dos"], "abbr"), 34), ("Discharged", fmt_date(f["dis"], "abbr"), 34),
             ("Amount due now", "$0.00", 34)])
    d.ln(3)
    d.para(f"Patient: {f['member']}     Guarantor: {f['member']}     DOB: {fmt_date(f['dob'], 'slash')}", 9)
    d.para(f"Insurance on file: Lantern Ridge Health Insurance Co., member number {f['mid']}, claim {f['claim']}", 9)
    rows = [["0120", "Room and board, semi-private (2 days)", fmt_money(f["parts"][0], "nosign")],
            ["0250", "Pharmacy", fmt_money(f["parts"][1], "nosign")],
            ["0300", "Laboratory", fmt_money(f["parts"][2], "nosign")],
            ["0450", "Emergency room", fmt_money(f["parts"][3], "nosign")],
            ["*Total charges", "", fmt_money(f["billed"], "nosign")],
            ["", "Insurance pending", "0.00"],
            ["*Patient balance", "", fmt_money(f["billed"], "nosign")]]
    d.table(["Rev. code", "Description", "Amount"], rows, [30, 110, 40], size=8.8, aligns="LLR")
    d.para("STATUS: Your insurance company has asked for medical records before it decides this claim. We will "
           "not ask you to pay while the claim is pending. If your insurer denies the claim, the balance will "
           "become your responsibility; financial assistance applications are available at our office.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"], f["dis"])], denial_date=iso(stmt),
              provider=f["hosp"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "service_dates": [[iso(f["dos"])], [iso(f["dos"]), iso(f["dis"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"LRH{r.digits(9)}", claim=f"26-{r.digits(7)}", hosp="Mercy Hill Regional Hospital")
    f["dis"] = f["dos"] + dt.timedelta(days=2)
    f["parts"] = [float(r.randint(4100, 5200)), float(r.randint(600, 1400)) + 0.45, float(r.randint(800, 1500)) + 0.3,
                  float(r.randint(2300, 3900))]
    f["billed"] = round(sum(f["parts"]), 2)
    a = doc_records_request(r, f)
    b = doc_hospital_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ---------------------------------------------------------------- 3: rescission notice, two pages (photocopy)
def doc_rescission(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Halvard National Life Insurance Company"
    cert = f"HN-{r.digits(8)}"
    claim, file_no = f"{r.digits(10)}", f"RSC-{r.digits(5)}"
    app = f["eff"] - dt.timedelta(days=r.randint(5, 12))
    notice = f["dos"] + dt.timedelta(days=r.randint(50, 70))
    billed = float(r.randint(3800, 9200)) + 0.6
    refund = f"{r.randint(900, 1900)}.{r.digits(2)}"
    prov = "Silvermoor Heart & Vascular Clinic"
    hdr = f"{f['member']}  -  Certificate {cert}  -  Notice of Rescission (continued)"
    d = Page("Halvard National Life  -  Page {p} of {n}", margins=(22, 16, 22), header=hdr)
    d.add_page()
    d.text_line("HALVARD NATIONAL LIFE", 15, "B", h=7)
    d.text_line(f"{ins}  -  Individual Short-Term Medical  -  3300 Keystone Plaza, Harrisburg, PA 17101", 8.2,
                h=4.4)
    d.ln(6)
    d.text_line("SENT BY CERTIFIED MAIL", 8.5, "B", h=5)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    addr_block(d, f, 10)
    d.ln(5)
    d.text_line("NOTICE OF RESCISSION OF COVERAGE AND CLAIM DENIAL", 11.5, "B", h=7)
    d.para(f"Certificate number: {cert}     Rescission file: {file_no}     Effective date: "
           f"{fmt_date(f['eff'], 'long')}", 9.5, gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"On {fmt_date(app, 'long')} you applied for short-term medical coverage. Question 6 of the "
           "application asked: \"In the past 24 months, have you been diagnosed with, treated for, or taken "
           "medication for any heart or circulatory condition?\" You answered \"No\" and signed the statement "
           "that your answers were true and complete.", 10)
    d.para(f"While reviewing claim {claim} for services by {prov} on {fmt_date(f['dos'], 'long')} (billed "
           f"{fmt_money(billed)}), we obtained records showing that you were treated for atrial fibrillation and "
           f"prescribed apixaban on {fmt_date(f['prior'], 'long')}, within the 24 months before you applied. Had "
           "this been disclosed, we would not have issued your certificate.", 10)
    d.para("Because of this material misrepresentation, we are rescinding (cancelling back to its beginning) "
           f"your certificate as of {fmt_date(f['eff'], 'long')}. We will treat it as if it never took effect. "
           "Claim " + claim + " is denied, and any other claims for this period will not be paid.", 10)
    d.para(f"We will refund all premiums you paid, {fmt_money(refund)}, by check within 30 days. Any claims "
           "previously paid under the certificate may be recovered from you or from your providers.", 10)
    d.para("The claims table and your appeal rights are on the next page.", 10)
    d.add_page()
    d.text_line("Claims under certificate " + cert, 10.5, "B", h=6)
    paid_no, paid_amt = f"{r.digits(10)}", float(r.randint(240, 610)) + 0.35
    paid_dt = f["eff"] + dt.timedelta(days=r.randint(10, 30))
    d.table(["Claim", "Provider", "Service date", "Billed", "Status"],
            [[paid_no, "Keystone Walk-In Care", fmt_date(paid_dt, "slash"), fmt_money(paid_amt), "Paid - may be recovered"],
             [claim, prov[:28], fmt_date(f["dos"], "slash"), fmt_money(billed), "Denied - rescission"]],
            [28, 56, 26, 24, 42], size=8.6, border_head="TB")
    d.ln(2)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("A rescission is an adverse benefit determination. You may ask us to review this decision within 180 "
           "days of the date of this notice. Send your appeal to Halvard National Life, Appeals and Grievances, "
           "PO Box 6605, Harrisburg, PA 17106, or fax it to " + phone(r) + ". Your coverage will not be "
           "reinstated during the review. After our final decision you may ask for an external review within four "
           "months. You may contact the Pennsylvania Insurance Department's consumer services office for help.",
           10)
    d.para("You may ask for free copies of your application, the records we obtained and the underwriting "
           "guidelines we applied.", 10)
    d.para("Sincerely,\n\nPhilippa Oduya-Strand\nUnderwriting Review Manager", 10)
    t = truth("denial_letter", "eligibility", insurer=ins, member_id=cert, member_name=f["member"],
              case_numbers=[claim, file_no], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=prov, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["other", "not_covered"],
              alternates={"case_numbers": [[claim], [file_no]], "claim_amount": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: paid after review (phone photo)
def doc_paid_after_review(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bramblewood Casualty & Health Insurance Co."
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}"
    claim = f"C{r.digits(9)}"
    letter = f["dos"] + dt.timedelta(days=r.randint(55, 80))
    billed = float(r.randint(2100, 4600)) + 0.8
    prov = "Foxglove Gastroenterology Partners"
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("Bramblewood Health", 15, "B", h=7)
    d.text_line("Temporary Medical Plans  |  8 Commerce Row, Columbus, OH 43215", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(letter, "slash"), 10, h=6)
    d.ln(2)
    addr_block(d, f, 10)
    d.ln(4)
    d.para(f"Insured ID: {mid}\nClaim number: {claim}\nDate(s) of service: {fmt_date(f['dos'], 'slash')}", 10,
           gap=4)
    d.text_line("Pre-existing condition review completed - claim approved", 11, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We held this claim from {prov} (total charges {fmt_money(billed)}) while we checked whether the "
           "colonoscopy treated a condition that existed in the 24 months before your coverage started on "
           f"{fmt_date(f['eff'], 'slash')}. The records from your primary care office show no treatment, "
           "diagnosis or symptoms of this condition before that date.", 10)
    d.para("The pre-existing condition exclusion does not apply. We have released the claim for payment under "
           "your plan's deductible and coinsurance; an Explanation of Benefits showing the amounts will follow in a "
           "separate mailing. You do not need to do anything.", 10)
    d.para(f"{ins} underwrites this plan. Questions: {f['ph']}.", 9.5)
    d.para("Claims Review Team", 10)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(letter),
              provider=prov, alternates={"insurer": ["Bramblewood Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: appeal upheld, sidebar layout (rotated)
def doc_appeal_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pellworth Casualty and Life Insurance Company"
    mid = f"PW{r.digits(7)}"
    claim, appeal = f"{r.digits(5)}-{r.digits(5)}", f"APL{r.digits(7)}"
    end = f["dos"] + dt.timedelta(days=r.randint(2, 4))
    notice = end + dt.timedelta(days=r.randint(70, 95))
    recv = notice - dt.timedelta(days=r.randint(20, 28))
    billed = float(r.randint(21000, 38000)) + 0.15
    prov = "Granite Falls Medical Center"
    d = Page("Pellworth Casualty and Life  |  Appeal decision  |  {p}", margins=(14, 14, 16))
    d.add_page()
    d.text_line("PELLWORTH", 20, "B", h=9)
    d.text_line("Casualty and Life Insurance Company  -  Short-Term Major Medical", 9, h=5)
    d.rule(0.8, 4)
    top = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(14, top, 58, 118, style="F")
    y = top + 3
    for lab, val in [("DECISION DATE", fmt_date(notice, "long")), ("INSURED", f["member"]), ("INSURED NO.", mid),
                     ("APPEAL NO.", appeal), ("CLAIM NO.", claim), ("FACILITY", prov),
                     ("ADMITTED", fmt_date(f["dos"], "slash")), ("DISCHARGED", fmt_date(end, "slash")),
                     ("TOTAL BILLED", fmt_money(billed)), ("APPEAL RECEIVED", fmt_date(recv, "slash"))]:
        d.set_xy(17, y)
        d.font(6.8, "B")
        d.cell(52, 3.4, lab)
        d.set_xy(17, y + 3.6)
        d.font(8.6)
        d.cell(52, 4.6, val)
        y += 11.3
    d.set_left_margin(78)
    d.set_xy(78, top)
    addr_block(d, f, 10)
    d.ln(5)
    d.text_line("Your appeal has been denied", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("You asked us to reconsider our denial of your hospital stay for an asthma exacerbation. A pulmonologist "
           "who was not involved in the first decision reviewed your appeal, your letter and the records you sent.",
           10)
    d.para(f"Decision: we uphold the denial. Your coverage began on {fmt_date(f['eff'], 'long')}. Pharmacy records "
           f"show inhaled corticosteroid prescriptions filled on {fmt_date(f['prior'], 'long')} and again two months "
           "later, inside the 24-month lookback period. Asthma is therefore a pre-existing condition, and your plan "
           "(Certificate Section 7.2, Pre-Existing Condition Limitation) excludes it during the first 12 months of "
           "coverage.", 10)
    d.para("This completes our internal appeal process. If you disagree, you may request an external review by an "
           "independent review organization within 4 months of receiving this letter. For urgent situations an "
           "expedited external review is decided within 72 hours. You may also contact your state insurance "
           "department.", 10)
    d.para(f"Copies of the records and criteria we used are free on request: {f['ph']}.", 10)
    d.para("Appeals Committee\nPellworth Casualty and Life Insurance Company", 10)
    d.set_left_margin(14)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"], end)],
              denial_date=iso(notice), provider=prov, denial_alternates=["eligibility"],
              alternates={"case_numbers": [[appeal]], "service_dates": [[iso(f["dos"])], [iso(f["dos"]), iso(end)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: claim determination notice, line table
def doc_determination(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quarry Oak Indemnity Company"
    mid = f"QO{r.digits(4)}{r.letters(1)}{r.digits(3)}"
    claim = f"{r.digits(2)}{r.digits(3)}{r.digits(6)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(38, 50))
    by = notice + dt.timedelta(days=180)
    dates = [f["dos"], f["dos"] + dt.timedelta(days=3), f["dos"] + dt.timedelta(days=7)]
    lines = [("73221", "MRI shoulder joint w/o contrast", float(r.randint(1450, 2300)))] + \
            [("97110", "Therapeutic exercise, 2 units", float(r.randint(180, 260))) for _ in range(2)]
    billed = sum(x[2] for x in lines)
    prov = "Tidewater Sports Medicine & Rehab"
    d = Page("QOI-STM-CDN rev. 03/25", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Quarry Oak Indemnity Company", 14, "B", h=7)
    d.text_line(f"Short-term medical claims  -  PO Box 40118, Boise, ID 83711  -  {f['ph']}", 8.6, h=4.6)
    d.ln(4)
    d.text_line("CLAIM DETERMINATION NOTICE", 12.5, "B", h=7)
    d.ln(1)
    for lab, val in [("Notice date", fmt_date(notice, "iso")), ("Insured person", f["member"]),
                     ("Insured number", mid), ("Claim reference", claim), ("Provider", prov),
                     ("Provider NPI", f["npi"]), ("Coverage effective", fmt_date(f["eff"], "iso")),
                     ("Date of birth", fmt_date(f["dob"], "iso"))]:
        d.font(9.2, "B")
        d.cell(42, 5, lab)
        d.font(9.2)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(dd, "iso"), c, desc, fmt_money(b), "$0.00", "PEC"] for dd, (c, desc, b) in zip(dates, lines)]
    rows.append(["*Total", "", "", fmt_money(billed), "$0.00", ""])
    d.table(["Date", "CPT", "Description", "Billed", "Payable", "Reason"], rows, [26, 18, 70, 28, 24, 18],
            size=8.8, aligns="LLLRRL", border_head="TB")
    d.para("Reason PEC - Pre-existing condition. Benefits are not payable for a condition for which medical advice, "
           "diagnosis, care or treatment was recommended or received during the 24 months immediately before the "
           f"effective date. Records show physical therapy for right shoulder impingement on "
           f"{fmt_date(f['prior'], 'iso')}.", 9)
    d.text_line("APPEAL", 10, "B", h=6)
    d.para(f"Appeal must be received by: {fmt_date(by, 'iso')}. Mail to Quarry Oak Indemnity, Appeals, PO Box "
           "40120, Boise, ID 83711. An expedited appeal is available when a delay could seriously jeopardize your "
           "health (decision within 72 hours).", 9)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(x) for x in dates],
              denial_date=iso(notice), provider=prov, appeal_deadline=iso(by), type_alternates=["eob"],
              denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_denial, "prose_denial", "born_digital"), (1, doc_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_rescission, "rescission", "photocopy"), (4, doc_paid_after_review, "paid_review", "phone_photo"),
              (5, doc_appeal_upheld, "appeal_upheld", "rotated"),
              (6, doc_determination, "determination", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
