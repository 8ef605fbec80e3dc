"""Family 'bariatric_revision_second_surgery_lifetime_limit_denial': a second (revisional) bariatric operation --
sleeve gastrectomy converted to Roux-en-Y bypass (43644), a failed band revised to a sleeve (43775) or a gastric
restrictive procedure revised (43848) -- refused under a once-per-lifetime bariatric surgery benefit when the reason
is weight regain without a complication, or because no physician-supervised diet is documented.

Documents: a prose pre-service letter (facts in sentences, lifetime limit); a fine-fax stack of a cover sheet, the
surgeon's pre-authorization request form (boxed, label above value) and the plan's faxed reply (no supervised diet);
an EOB with three claims (consult and labs paid, the 43644 revision denied); an appeal decision upholding a 43775
denial in boxed form; an approval of a complication-driven revision (band erosion); a Medicaid managed care notice
with a grey sidebar; the surgical practice's statement after the denial.

Decoys: DOB, dates of the first operation, request received dates, NPIs, tax IDs, account numbers, BMI values,
medical policy numbers, paid claims, plan-paid/you-owe amounts, peer-to-peer, 72-hour, 4-month and fair-hearing limits.
All values invented (insurers, practices, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "bariatric_revision_second_surgery_lifetime_limit_denial"
LANG = "en"
SEED = 284500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    return dict(member=member, first=first, last=last, addr=r.address(),
                dob=dt.date(r.randint(1962, 1994), r.randint(1, 12), r.randint(1, 28)),
                first_op=dt.date(r.randint(2014, 2020), r.randint(1, 12), r.randint(1, 28)),
                start=dt.date(2026, 1, 5) + D(days=r.randint(0, 150)), npi=r.npi(), tel=r.phone())


def kv(d: Page, rows, lw: float = 42, size: float = 9.2, x: float | None = None) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.55, lab)
        d.font(size)
        d.cell(0, size * 0.55, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: prose pre-service letter, lifetime limit
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillon Mutual Health Insurance Company"
    mid, grp = f"QM{r.digits(3)}-{r.digits(6)}", f"{r.digits(6)}"
    ref = f"UM{r.digits(2)}-{r.digits(7)}"
    surgeon, prac = "Desmond J. Kessler", "Lakeshore Bariatric & Metabolic Institute"
    recv = f["start"]
    notice = recv + D(days=r.randint(5, 9))
    planned = notice + D(days=r.randint(20, 40))
    by = notice + D(days=180)
    d = Page("Quillon Mutual  |  UM-BAR-07 (01/26)  |  page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("QUILLON", 22, "B", h=9)
    d.text_line("MUTUAL", 11, "B", h=5)
    d.text_line(f"{ins}  ·  Utilization Management  ·  88 Corliss Row, Harmon Falls, VT 05101", 8.2, h=4.4)
    d.ln(9)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from Dr. {surgeon} of {prac} to approve a revision "
           f"of your sleeve gastrectomy to a Roux-en-Y gastric bypass (CPT 43644), planned for "
           f"{fmt_date(planned, 'long')} at Harmon Falls General Hospital. Our reference number for this request is "
           f"{ref}. We have reviewed it under your plan (member ID {mid}, group {grp}) and we cannot approve it.", 10.5)
    d.para(f"Our records show that you had a laparoscopic sleeve gastrectomy on {fmt_date(f['first_op'], 'long')}, "
           "which this plan paid. Your Certificate of Coverage, Section 6.12 (Bariatric Surgery), covers one "
           "bariatric surgery per lifetime. A second operation is covered only when it is needed to treat a "
           "complication of the first one, such as a stricture, a leak or fistula, or severe reflux that has not "
           "responded to medicine. The office notes sent with the request describe weight regain from a lowest "
           f"BMI of {r.randint(29, 33)} to a BMI of {r.randint(38, 42)}. They do not describe a complication. Because "
           "weight regain alone is not a covered reason for a second bariatric surgery, the lifetime benefit has "
           "been used and this revision is not covered.", 10.5)
    d.para("This decision was made by a board-certified general surgeon who reviewed your records. You or your "
           "doctor may ask for a free copy of the plan provision and of the medical policy we used (MP-SURG-221). "
           f"Dr. {surgeon} may also ask for a peer-to-peer discussion within 14 days.", 10.5)
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para("You may appeal this decision. Your appeal must be filed within 180 days of the date of this letter. "
           "Write to Quillon Mutual Appeals, PO Box 4410, Harmon Falls, VT 05101, or call "
           f"{f['tel']}. If waiting could seriously harm your health, ask for an expedited appeal; we will decide it "
           "within 72 hours. After our final decision you may ask for an independent external review within "
           "4 months.", 10.5)
    d.para(f"Sincerely,\n\nUtilization Management Department\n\ncc: Dr. {surgeon} (NPI {f['npi']})\n"
           f"Member date of birth on file: {fmt_date(f['dob'], 'long')}", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(notice), provider=surgeon,
              appeal_deadline=iso(by), denial_alternates=["medical_necessity", "prior_authorization"],
              alternates={"service_dates": [[]], "provider": [prac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: request form + plan reply
def doc_request_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.text_line(f["prac"].upper(), 14, "B", h=7)
    d.text_line(f"Surgical weight loss  ·  1200 Vesper Road, Suite 300, Duluth, MN 55802  ·  Fax {ph(r)}", 8.4, h=4.5)
    d.ln(2)
    d.text_line("PRE-AUTHORIZATION REQUEST  -  BARIATRIC / REVISIONAL SURGERY", 11.5, "B", h=7)
    d.text_line(f"To: {f['ins']}, Utilization Management   Fax {ph(r)}", 9, h=5)
    d.ln(2)
    d.boxes([("Date of request", fmt_date(f["sent"], "slash"), 40), ("Health plan", f["ins"], 90),
             ("Urgency", "Standard", 30), ("Pages", "1 + 14", 26)])
    d.boxes([("Patient name", f["member"], 62), ("Date of birth", fmt_date(f["dob"], "slash"), 34),
             ("Member ID", f["mid"], 48), ("Group no.", f["grp"], 42)])
    d.boxes([("Requesting surgeon", f["surgeon"], 62), ("Surgeon NPI", f["npi"], 38),
             ("Practice tax ID", f"{r.digits(2)}-{r.digits(7)}", 40), ("Contact", "Ilse, surgery scheduler", 46)])
    d.boxes([("Procedure (CPT)", "43848  Revision, gastric restrictive procedure", 96), ("Diagnosis (ICD-10)",
             "E66.01, Z98.84", 46), ("Setting", "Inpatient", 44)])
    d.boxes([("Planned date", fmt_date(f["planned"], "slash"), 40), ("Facility", "St. Olaf Lakeside Hospital", 80),
             ("Prior bariatric surgery", f"Adj. gastric band, {f['first_op'].year}", 66)])
    d.ln(4)
    d.text_line("Clinical summary", 10, "B", h=6)
    d.para(f"Adjustable gastric band placed {fmt_date(f['first_op'], 'slash')} (paid by a prior carrier). Current BMI "
           f"{f['bmi']} after regain from a nadir of 31. No dysphagia, no band slippage on upper GI "
           f"({fmt_date(f['start'] - D(days=30), 'slash')}). Patient has followed a self-directed diet; one dietitian "
           "visit enclosed. We request approval to revise the band to a sleeve configuration for inadequate weight "
           "loss and regain.", 9.2)
    d.text_line("Attached", 10, "B", h=6)
    d.para("History and physical, upper GI report, dietitian note, psychological evaluation, BMI history.", 9.2)
    d.ln(4)
    d.para(f"Signature: ______________________  {f['surgeon']}, MD          Date: {fmt_date(f['sent'], 'slash')}", 9.2)
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              service_dates=[iso(f["planned"])], denial_date=iso(f["sent"]), provider=f["surgeon"],
              unscored=["insurer"], alternates={"denial_date": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_plan_reply(r: Rand, f: dict) -> tuple[bytes, dict]:
    case = f"{r.digits(4)}-{r.letters(2)}-{r.digits(5)}"
    notice = f["sent"] + D(days=r.randint(4, 8))
    d = Page(f"{f['ins']}  UM fax  {{p}}/{{n}}", margins=(18, 14, 18))
    d.add_page()
    d.text_line(f["ins"], 15, "B", h=7.5)
    d.text_line(f"Utilization Management  ·  Fax {ph(r)}  ·  Provider line {f['tel']}", 8.6, h=4.5)
    d.rule(0.6, 4)
    d.text_line("NOTICE OF DETERMINATION  -  PRIOR AUTHORIZATION", 11.5, "B", h=7)
    kv(d, [("Determination date", fmt_date(notice, "dmy")), ("UM case #", case),
           ("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Requesting provider", f"{f['surgeon']}, MD ({f['prac']})"),
           ("Service", "CPT 43848 revision of gastric restrictive procedure, inpatient"),
           ("Requested date of service", fmt_date(f["planned"], "dmy")),
           ("Request received", fmt_date(f["sent"] + D(days=1), "dmy")), ("Determination", "NOT APPROVED")], lw=48)
    d.ln(4)
    d.text_line("Reason", 10.5, "B", h=6)
    d.para("Revisional bariatric surgery for inadequate weight loss or weight regain is medically necessary only "
           "when the member completed a physician-supervised weight management program of at least 6 consecutive "
           "months within the 2 years before the request, documented by monthly visit notes with weights. The "
           "records received contain one dietitian visit and no supervised program. The request does not meet "
           "medical policy BAR-REV-04, and the revision is not medically necessary at this time. A new request "
           "may be sent when the program is documented.", 9.6)
    d.text_line("Appeal rights", 10.5, "B", h=6)
    d.para("The member, or the provider on the member's behalf, may appeal within 180 days of the date of this "
           "notice by writing to Appeals, PO Box 7720, Eau Claire, WI 54701. Expedited appeals are decided within "
           "72 hours. A peer-to-peer review may be requested by the surgeon within 5 business days.", 9.6)
    d.para(f"Member DOB {fmt_date(f['dob'], 'dmy')}   Surgeon NPI {f['npi']}", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[case], service_dates=[iso(f["planned"])],
              denial_date=iso(notice), provider=f["surgeon"], appeal_deadline=iso(notice + D(days=180)),
              denial_alternates=["prior_authorization"], alternates={"provider": [f["prac"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(ins="Northmere Health Plan, Inc.", mid=f"NHP{r.digits(9)}", grp=f"GRP-{r.digits(5)}",
             surgeon="Ingrid W. Lomax", prac="Arrowhead Surgical Weight Loss Center", bmi=r.randint(39, 44))
    f["sent"] = f["start"]
    f["planned"] = f["sent"] + D(days=r.randint(30, 50))
    return Item(f"{FAMILY}_fax_request_reply", "fax_fine_g4", [doc_request_form(r, f), doc_plan_reply(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: EOB with three claims, revision denied
def doc_three_claim_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sub, *_ = r.person()
    ins = "Brackenridge Health Partners"
    mid, grp, plan = f"BHP {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(7)}", f"OH-{r.digits(5)}-0{r.randint(1,4)}"
    dos = f["start"]
    consult = dos - D(days=r.randint(30, 60))
    stmt = dos + D(days=r.randint(24, 38))
    grpname = "Tri-County Surgical Associates"
    c1, c2, c3 = (f"{r.digits(3)}{r.letters(1)}{r.digits(8)}" for _ in range(3))
    b1 = float(r.randint(280, 420))
    lab = "Meridian Reference Laboratories"
    b2 = float(r.randint(90, 210)) + 0.5
    s1, s2 = float(r.randint(4200, 6100)), float(r.randint(900, 1400))
    den = s1 + s2
    d = Page(f"{ins}  ·  Explanation of Benefits  ·  This is not a bill  ·  Page {{p}} of {{n}}", margins=(13, 12, 13),
             header=f"{ins}  -  EOB for {f['member']}  -  {fmt_date(stmt, 'abbr')}")
    d.add_page()
    d.text_line("Brackenridge", 19, "B", h=8.5)
    d.text_line("HEALTH PARTNERS", 9, "B", h=5)
    d.text_line(f"PO Box 3090, Cold Spring Junction, OH 43601  ·  Member services {f['tel']}", 8.2, h=4.4)
    d.ln(3)
    y = d.get_y()
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=6.5)
    for ln in [sub, *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "abbr")), ("Subscriber", sub), ("Member ID", mid),
           ("Group number", grp), ("Plan ID", plan)], lw=30, size=8.8, x=118)
    d.ln(6)
    d.text_line(f"Claims for {f['member']} (spouse) processed on this statement", 10, "B", h=6)
    d.table(["Claim", "Provider", "Service date", "Billed", "Plan paid", "You owe", "Status"],
            [[c1, grpname, fmt_date(consult, "slash"), fmt_money(b1), fmt_money(b1 * 0.6), fmt_money(40), "Paid"],
             [c2, lab, fmt_date(consult, "slash"), fmt_money(b2), fmt_money(b2 * 0.7), fmt_money(0), "Paid"],
             [c3, grpname, fmt_date(dos, "slash"), fmt_money(den), fmt_money(0), fmt_money(den), "Denied"]],
            [34, 52, 24, 22, 20, 20, 14], size=8, head_fill=True)
    for c, prov, rows, note in [
        (c1, grpname, [[fmt_date(consult, "slash"), "99204", "New patient visit, level 4", fmt_money(b1),
                        fmt_money(b1 * 0.6), "", "Copay $40.00"]], ""),
        (c2, lab, [[fmt_date(consult, "slash"), "80053", "Comprehensive metabolic panel", fmt_money(b2),
                    fmt_money(b2 * 0.7), "", ""]], ""),
        (c3, grpname, [[fmt_date(dos, "slash"), "43644", "Lap gastric bypass, Roux-en-Y", fmt_money(s1), "0.00",
                        "L72", ""], [fmt_date(dos, "slash"), "43644-AS", "Surgical assist (PA-C)", fmt_money(s2),
                                     "0.00", "L72", ""]], "")]:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {c}  ·  {prov}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Date", "Code", "Service", "Billed", "Paid", "Remark", "Note"], rows, [24, 20, 60, 24, 22, 16, 20],
                size=7.9)
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para(f"L72  Lifetime benefit maximum reached. The plan covers one bariatric surgery per lifetime; a sleeve "
           f"gastrectomy was paid for this member on {fmt_date(f['first_op'], 'slash')}. A revision is covered only "
           "to treat a complication of the first surgery, and none was documented. This service is not covered.",
           8.5)
    d.text_line("Your right to appeal", 9.5, "B", h=5.5)
    d.para("You may appeal a denied claim within 180 days from the date of this statement. Write to Brackenridge "
           "Appeals, PO Box 3094, Cold Spring Junction, OH 43601. You may also ask for an external review after "
           f"the appeal. Provider NPI for claim {c3[-4:]}: {f['npi']}. Patient date of birth: "
           f"{fmt_date(f['dob'], 'slash')}.", 8.5)
    t = truth("eob", "not_covered", insurer=ins, plan_id=plan, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c3], claim_amount=m2(den), service_dates=[iso(dos)],
              denial_date=iso(stmt), provider=grpname, appeal_deadline=iso(stmt + D(days=180)),
              alternates={"plan_id": [None], "claim_amount": [m2(s1)]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: boxed appeal decision, upheld (43775)
def doc_appeal_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Marrowby Health Cooperative"
    mid, grp = f"{r.letters(1)}{r.digits(8)}", f"{r.digits(4)}-{r.letters(1)}"
    claim, appeal = f"{r.digits(12)}", f"GA-{r.digits(2)}-{r.digits(5)}"
    surgeon = "Harriet N. Fairchild"
    dos = f["start"]
    notice = dos + D(days=r.randint(70, 100))
    billed = r.amount(9000, 16000)
    d = Page(f"Marrowby Health Cooperative · Grievance and Appeals · APL-3 · {{p}}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Marrowby Health Cooperative", 15, "B", h=7.5)
    d.text_line(f"Grievance and Appeals  ·  500 Tamarack Street, Bangor, ME 04401  ·  {f['tel']}", 8.4, h=4.5)
    d.ln(3)
    d.text_line("APPEAL DECISION", 13, "B", h=7)
    d.boxes([("Date of decision", fmt_date(notice, "iso"), 38), ("Appeal number", appeal, 40),
             ("Original claim", claim, 44), ("Decision", "DENIAL UPHELD", 62)], h=12)
    d.boxes([("Member", f["member"], 60), ("Member ID", mid, 40), ("Group", grp, 30),
             ("Date of birth", fmt_date(f["dob"], "iso"), 54)], h=12)
    d.boxes([("Surgeon", surgeon, 60), ("Service", "43775 Lap sleeve gastrectomy (revision of band)", 124)], h=12)
    d.boxes([("Date of service", fmt_date(dos, "iso"), 38), ("Amount billed", fmt_money(billed), 40),
             ("Appeal received", fmt_date(notice - D(days=r.randint(20, 28)), "iso"), 44),
             ("Reviewer", "Bariatric surgeon, board certified", 62)], h=12)
    d.ln(5)
    d.text_line("What we decided and why", 10.5, "B", h=6)
    d.para(f"You appealed our denial of the laparoscopic sleeve gastrectomy Dr. {surgeon} performed to replace your "
           f"adjustable gastric band. A bariatric surgeon who did not take part in the first decision reviewed your "
           "appeal, the operative note and your office records.", 9.8)
    d.para(f"Your Evidence of Coverage allows one bariatric surgery per lifetime (Chapter 4, Bariatric Services). Your "
           f"gastric band was placed on {fmt_date(f['first_op'], 'iso')}. A second bariatric surgery is covered only "
           "when it corrects a complication of the first, such as band erosion, slippage or a port problem that "
           "cannot be fixed otherwise. Your records show the band was intact and in position; the surgery was done "
           "because of weight regain. For that reason we uphold the denial. This was the final level of our "
           "internal appeal process.", 9.8)
    d.text_line("Independent external review", 10.5, "B", h=6)
    d.para("If you disagree, you may ask for an external review by an independent review organization within 4 "
           "months of receiving this decision. Ask the Maine Bureau of Insurance, Consumer Health Care Division, "
           "for help. If your situation is urgent, an expedited external review is decided within 72 hours.", 9.8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=billed, service_dates=[iso(dos)], denial_date=iso(notice),
              provider=surgeon, denial_alternates=["medical_necessity"], alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: approval, complication-driven revision
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamsin Valley Health Plan"
    mid, grp = f"TV{r.digits(10)}", f"{r.digits(5)}"
    auth = f"A{r.digits(9)}"
    surgeon = "Kwame E. Rutledge"
    notice = f["start"]
    planned = notice + D(days=r.randint(9, 20))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Tamsin Valley Health Plan", 16, "B", h=8)
    d.text_line(f"Care Management · 41 Mesa Vista Drive, Pueblo, CO 81003 · {f['tel']}", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.text_line("Your surgery has been approved", 12, "B", h=7)
    kv(d, [("Member ID:", mid), ("Group:", grp), ("Authorization no.:", auth),
           ("Approved service:", "CPT 43848, revision of gastric band (removal of eroded band)"),
           ("Surgeon:", f"{surgeon}, DO"), ("Facility:", "Arkansas Bend Medical Center, inpatient, 2 days"),
           ("Scheduled date:", fmt_date(planned, "long")),
           ("Valid:", f"{fmt_date(planned - D(days=7), 'long')} to {fmt_date(planned + D(days=60), 'long')}")],
       lw=40, size=10)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}: we reviewed the request from Dr. {surgeon} for surgery on your gastric "
           f"band, placed on {fmt_date(f['first_op'], 'long')}. Your plan covers one bariatric surgery per lifetime, "
           "but a revision needed to treat a complication of the first surgery is covered. Your endoscopy showed "
           "that the band has eroded into the stomach wall. The revision is medically necessary and is approved.",
           10.5)
    d.para("This approval is not a guarantee of payment. Payment depends on your eligibility on the date of "
           "service and on the terms of your plan. Your usual inpatient copay and coinsurance apply.", 10.5)
    d.para(f"Questions? Call Care Management at {f['tel']}. Member date of birth: {fmt_date(f['dob'], 'slash')}.",
           10.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(planned)], denial_date=iso(notice), provider=surgeon,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid managed care notice, sidebar
def doc_medicaid_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Orchardine Community Care"
    mid = f"{r.digits(3)}{r.letters(1)}{r.digits(5)}"
    notice_no = f"NABD-{r.digits(8)}"
    surgeon = "Gideon L. Oyelaran"
    notice = f["start"]
    planned = notice + D(days=r.randint(25, 45))
    d = Page("Orchardine Community Care  -  Notice of Adverse Benefit Determination  -  {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Orchardine Community Care", 15, "B", h=7.5)
    d.text_line("A Medicaid managed care plan  ·  PO Box 2280, Macon, GA 31201", 8.6, h=4.6)
    d.ln(4)
    top = d.get_y()
    d.set_fill_color(228, 228, 228)
    d.rect(12, top, 56, 128, style="F")
    d.set_xy(15, top + 3)
    for lab, val in [("Notice date", fmt_date(notice, "slash")), ("Notice number", notice_no),
                     ("Member", f["member"]), ("Medicaid ID", mid), ("Requested by", f"Dr. {surgeon}"),
                     ("Service", "43644 gastric bypass (revision of sleeve)"),
                     ("Requested for", fmt_date(planned, "slash")),
                     ("Received", fmt_date(notice - D(days=r.randint(6, 10)), "slash")),
                     ("Member services", f["tel"])]:
        d.set_x(15)
        d.font(7.4, "B")
        d.cell(50, 4, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(15)
        d.font(9)
        d.multi_cell(50, 4.6, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_left_margin(74)
    d.set_xy(74, top)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=7)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.8, h=4.9)
    d.ln(4)
    d.para(f"Orchardine Community Care has denied the request by Dr. {surgeon} for a conversion of your sleeve "
           "gastrectomy to a gastric bypass. We reviewed it under 42 CFR 438.210 and the Georgia Medicaid bariatric "
           "surgery policy.", 9.8)
    d.text_line("Why we made this decision", 10.2, "B", h=6)
    d.para("Georgia Medicaid covers a second bariatric surgery only to treat a complication of the first one, or "
           "when weight regain continues after a 6-month supervised diet and exercise program. Your records do not "
           "show a complication, and they do not show that you took part in a supervised program. The surgery is "
           "not medically necessary for you at this time.", 9.8)
    d.text_line("Your right to appeal", 10.2, "B", h=6)
    d.para("You have 60 days from the date of this notice to ask for an appeal. You can call us or write to "
           "Orchardine Appeals, PO Box 2284, Macon, GA 31201. If your health could be seriously harmed by waiting, "
           "ask for an expedited appeal (72 hours). After the appeal you may ask for a State Fair Hearing within 120 "
           "days of the appeal decision. You may ask for free copies of all documents we used, including the "
           "criteria.", 9.8)
    d.para(f"Form GA-NABD-2026 (rev. 01/2026). Date of birth on file: {fmt_date(f['dob'], 'slash')}.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[notice_no], service_dates=[iso(planned)], denial_date=iso(notice), provider=surgeon,
              appeal_deadline=iso(notice + D(days=60)), denial_alternates=["not_covered"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: surgical practice statement after denial
def doc_practice_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    prac = "Cedar Hollow Bariatric Surgery, P.C."
    mid = f"KH{r.digits(9)}"
    claim = f"{r.digits(11)}"
    acct = f"{r.digits(6)}"
    dos = f["start"]
    stmt = dos + D(days=r.randint(60, 80))
    lines = [("43644", "Laparoscopic gastric bypass, revision of sleeve", float(r.randint(5200, 6800))),
             ("43644-80", "Assistant surgeon", float(r.randint(1000, 1500))),
             ("99024", "Post-operative visit (global)", 0.0)]
    total = sum(x[2] for x in lines)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    y = d.get_y()
    d.text_line("Cedar Hollow Bariatric Surgery, P.C.", 14, "B", h=7)
    d.text_line("2 Fenwick Avenue, Erie, PA 16501", 9, h=4.8)
    d.text_line(f"Billing office {ph(r)}", 9, h=4.8)
    d.set_xy(130, y)
    d.font(13, "B")
    d.cell(0, 7, "STATEMENT", new_x="LMARGIN", new_y="NEXT")
    kv(d, [("Date:", fmt_date(stmt, "upper")), ("Account:", acct), ("Due:", "Upon receipt")], lw=20, size=9, x=130)
    d.ln(8)
    kv(d, [("Patient", f["member"]), ("Guarantor", f["member"]), ("Insurance", f"Keelson Health, ID {mid}"),
           ("Insurance claim #", claim)], lw=40, size=9.4)
    d.ln(3)
    rows = [[fmt_date(dos, "upper"), c, desc, fmt_money(a, "nosign")] for c, desc, a in lines]
    rows += [["*Total charges", "", "", fmt_money(total, "nosign")],
             [fmt_date(stmt - D(days=21), "upper"), "", "Keelson Health: denied, lifetime benefit used", "0.00"],
             ["*Balance - patient responsibility", "", "", fmt_money(total, "nosign")]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 24, 100, 28], size=8.8, aligns="LLLR")
    d.para(f"Your insurance denied this surgery because your plan covers one bariatric operation per lifetime and "
           f"you had a sleeve gastrectomy on {fmt_date(f['first_op'], 'upper')}. You signed a financial "
           "responsibility form before surgery. Please call us to set up a payment plan (up to 24 months, no "
           "interest), or let us know within 30 days if you are appealing so we can hold your account.", 9.2)
    d.para(f"Surgeon: Dr. Colin T. Pemberton (NPI {f['npi']}). Patient DOB: {fmt_date(f['dob'], 'upper')}.", 8.6)
    d.text_line("- - - - - - - - - - - - - please return this part with your payment - - - - - - - - - - - - -",
                8, align="C", h=6)
    d.para(f"Account {acct}     Balance {fmt_money(total)}     Amount paid $__________", 9.2)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim], claim_amount=m2(total),
              service_dates=[iso(dos)], denial_date=iso(stmt), provider=prac, unscored=["insurer"],
              alternates={"case_numbers": [[]], "member_id": [None], "provider": ["Colin T. Pemberton"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "prose_letter", "born_digital"),
              (2, doc_three_claim_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_appeal_upheld, "appeal_upheld", "photocopy"),
              (4, doc_approval, "complication_approval", "phone_photo"),
              (5, doc_medicaid_notice, "medicaid_notice", "rotated"),
              (6, doc_practice_statement, "practice_statement", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
