"""Family 'uvulopalatopharyngoplasty_sleep_apnea_surgery_denial': surgery for obstructive sleep apnea (UPPP 42145,
tonsillectomy 42826, radiofrequency tongue-base reduction 41530, partial glossectomy 41120) refused before a
documented CPAP trial or when the BMI is above the plan's limit, seen from the plan, the ENT surgeon, the hospital
outpatient department and a Medicaid managed care plan.

Documents: a commercial pre-service denial in prose (request number, surgeon, planned date only in sentences); a
standard-fax stack of a cover sheet, a hospital outpatient EOB with a paid sleep endoscopy claim and a denied UPPP
claim (no authorization on file), and the ENT surgeon's statement; a two-page upheld second-level appeal with a
label-column summary and a running header; a Medicaid managed care notice of action in rows of ruled boxes (plan
appeal 60 days, fair hearing 120 days, continuation 10 days); a phone photo of a request for CPAP download data
(a hold, refuses nothing); a low-resolution paid polysomnography EOB; a sideways approval after a failed CPAP trial.

Decoys: DOB, NPIs, received dates, BMI and AHI values, medical-policy numbers, account numbers, the paid claim,
plan-paid/you-owe amounts, 72-hour, 4-month, 120-day and 10-day limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "uvulopalatopharyngoplasty_sleep_apnea_surgery_denial"
LANG = "en"
SEED = 308500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    surgeon, sf, sm, sl = r.person()
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, surgeon=surgeon, sl=sl,
                dob=dt.date(r.randint(1958, 1998), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                bmi=f"{r.randint(36, 43)}.{r.randint(0, 9)}", ahi=f"{r.randint(18, 52)}.{r.randint(0, 9)}")


# ------------------------------------------------------------------ 0: commercial pre-service denial, prose
def doc_prose_denial(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Crestline Benefit Health Plan"
    mid, grp = f"CBH{r.digits(9)}", f"{r.digits(6)}"
    req = f"PA-26-{r.digits(6)}"
    group = "Harrow Point Ear, Nose & Throat Associates"
    recv = f["dos"] - dt.timedelta(days=r.randint(28, 40))
    notice = recv + dt.timedelta(days=r.randint(3, 9))
    d = Page("Crestline Benefit Health Plan   UM-ENT-L1   page {p}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Crestline Benefit", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "B", h=4.5)
    d.text_line(f"Utilization Management  ·  400 Granary Row, Sioux Hollow, SD 57101  ·  {ph(r)}", 8.4, h=4.5)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from Dr. {f['surgeon']} of {group} for two "
           f"procedures for obstructive sleep apnea: uvulopalatopharyngoplasty (CPT 42145) and radiofrequency "
           f"reduction of the tongue base (CPT 41530). The surgery was planned for {fmt_date(f['dos'], 'long')} "
           f"at the hospital outpatient department. We have given this request the number {req}. Please use it "
           f"whenever you contact us about this decision.", 10.5)
    d.para(f"We reviewed the request for you as a member of the plan with member ID {mid}, group {grp}. "
           "A board-certified otolaryngologist reviewed the records your surgeon sent.", 10.5)
    d.para("We cannot approve these procedures. Our medical policy for surgical treatment of obstructive sleep "
           "apnea (MP-ENT-112) covers palate and tongue-base surgery only when the member has tried positive airway "
           "pressure (CPAP) for at least 30 days and could not tolerate it or it did not work, and when the body "
           f"mass index is below 35. The records show a sleep study with an AHI of {f['ahi']}, a BMI of {f['bmi']}, "
           "and no CPAP trial. Because these conditions are not met, the surgery is not medically necessary for "
           "you at this time. This does not mean you cannot have the surgery later if the criteria are met.", 10.5)
    d.text_line("If you disagree with this decision", 11, "B", h=6.5)
    d.para("You or your doctor may ask for an appeal within 180 days of the date of this letter. Write to "
           "Crestline Appeals, PO Box 7710, Sioux Hollow, SD 57101, or fax 1-555-318-2290. If waiting could "
           "seriously harm your health, ask for an expedited appeal and we will decide within 72 hours. After the "
           "appeal, you may ask for an external review by an independent review organization within 4 months.",
           10.5)
    d.para("You may ask for free copies of the policy and records we used. Your surgeon may also call us to "
           "discuss this decision with the reviewer.", 10.5)
    d.para("Sincerely,\n\nUtilization Management Department\nCrestline Benefit Health Plan", 10.5)
    d.para(f"cc: {f['surgeon']}, MD (NPI {f['npi']})   Member date of birth {fmt_date(f['dob'], 'slash')}", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["surgeon"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"], alternates={"provider": [group]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: hospital OP EOB + surgeon statement
def doc_op_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Meridale Health Insurance Company"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 36))
    f["stmt"] = stmt
    hosp = f["hosp"]
    dise = f["dos"] - dt.timedelta(days=r.randint(30, 50))
    c1, c2 = f"{r.digits(3)}{r.letters(1)}{r.digits(7)}", f["claim"]
    l1 = [("42975", "Drug-induced sleep endoscopy", 2860.00 + r.randint(0, 600)),
          ("J2704", "Propofol injection", 96.40)]
    l2 = [("42145", "Palatopharyngoplasty", float(r.randint(9800, 13800))),
          ("42826", "Tonsillectomy, age 12 or over", float(r.randint(3100, 4400))),
          ("0360", "Operating room services", float(r.randint(6200, 9100))),
          ("0370", "Anesthesia supplies", float(r.randint(900, 1600)))]
    billed = round(sum(x[2] for x in l2), 2)
    f["billed_fac"] = billed
    d = Page("MERIDALE HEALTH  ·  EXPLANATION OF BENEFITS  ·  {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 10, "  MERIDALE HEALTH", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins}  ·  PO Box 2044, Larch Falls, MN 55802  ·  Member line {ph(r)}", 8, h=5)
    d.ln(2)
    d.text_line("Explanation of Benefits   —   THIS IS NOT A BILL", 12, "B", h=7)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.8)
    d.set_y(y)
    for lab, val in [("Date issued", fmt_date(stmt, "abbr")), ("Subscriber no.", f["mid"]),
                     ("Employer group", f["grp"]), ("Patient", f["member"])]:
        d.set_x(120)
        d.font(8.6)
        d.cell(30, 4.8, lab)
        d.font(8.6, "B")
        d.cell(45, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    for c, dos, lines, status in [(c1, dise, l1, "PROCESSED - PAID"), (c2, f["dos"], l2, "DENIED")]:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {c}  ·  {hosp} (outpatient)  ·  {status}", new_x="LMARGIN", new_y="NEXT")
        rows, tb, tp = [], 0.0, 0.0
        for code, desc, amt in lines:
            if status == "DENIED":
                al, pd, yo, rm = 0.0, 0.0, amt, "PA1"
            else:
                al = round(amt * 0.62, 2)
                pd, yo, rm = round(al * 0.8, 2), round(al * 0.2, 2), ""
            rows.append([fmt_date(dos, "slash"), code, desc, fmt_money(amt, "nosign"), fmt_money(al, "nosign"),
                         fmt_money(pd, "nosign"), fmt_money(yo, "nosign"), rm])
            tb += amt
            tp += pd
        rows.append(["*Claim total", "", "", fmt_money(tb, "nosign"), "", fmt_money(tp, "nosign"), "", ""])
        d.table(["Service date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your share", "Note"],
                rows, [24, 14, 52, 22, 20, 20, 20, 12], size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("PA1  This surgery requires prior authorization. We have no approved authorization on file for these "
           "services on this date, so the claim is denied. The hospital may not bill you for amounts denied for "
           "missing authorization if it is in our network.", 8.4)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You may appeal within 180 days of the date of this statement by writing to Meridale Appeals, PO Box "
           "2050, Larch Falls, MN 55802. External review requests must be filed within 4 months after a final "
           f"internal decision. Hospital NPI: {f['npi']}.", 8.4)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=hosp, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def doc_surgeon_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    prac = "Lakeshore Sinus & Sleep Surgery, PLLC"
    bill = f["stmt"] + dt.timedelta(days=r.randint(6, 14))
    acct = f"{r.digits(6)}-{r.digits(2)}"
    pclaim = f"{r.digits(2)}{r.letters(2)}{r.digits(8)}"
    lines = [("42145", "Uvulopalatopharyngoplasty", float(r.randint(4200, 5600))),
             ("42826", "Tonsillectomy, primary, age 12+", float(r.randint(1150, 1700)))]
    tot = round(sum(x[2] for x in lines), 2)
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.set_x(18)
    d.text_line("LAKESHORE SINUS & SLEEP SURGERY", 14, "B", h=7)
    d.text_line(f"{prac}  —  1200 Marina Parkway, Suite 4, Larch Falls, MN 55802  —  Billing {ph(r)}", 8.2, h=4.5)
    d.rule(0.3, 4)
    d.font(11, "B")
    d.cell(100, 6, "Statement of Account")
    d.font(9)
    d.cell(0, 6, f"Statement date: {fmt_date(bill, 'mdy_nopad')}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Guarantor / patient: {f['member']}\nAccount: {acct}      Surgeon: {f['surgeon']}, MD\n"
           f"Insurance on file: Meridale Health Insurance Company  ID {f['mid']}", 9.2)
    rows = [[fmt_date(f["dos"], "mdy_nopad"), c, desc, fmt_money(a)] for c, desc, a in lines]
    rows.append(["", "", "Total charges", fmt_money(tot)])
    rows.append(["", "", f"Insurance claim {pclaim}: denied, no authorization", "$0.00"])
    rows.append(["*Patient balance", "", "", fmt_money(tot)])
    d.table(["Date", "CPT", "Description", "Amount"], rows, [28, 18, 100, 34], size=8.8, aligns="LLLR")
    d.para("Your insurance company denied payment for your surgery because no prior authorization was on file. "
           "Our office is sending a retro-authorization request and an appeal for you. We will hold this balance "
           "for 60 days while the appeal is decided; you do not need to pay now. Please call us if you receive a "
           "letter from your insurer.", 9.2)
    d.para("Amount due now: $0.00 (account on hold)", 10, gap=2)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[pclaim],
              claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=f["surgeon"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [prac]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"MHI-{r.digits(4)}-{r.digits(5)}", grp=f"G{r.digits(5)}", claim=f"{r.digits(3)}E{r.digits(7)}",
             hosp="Bramble Creek Regional Hospital")
    eob = doc_op_eob(r, f)
    st = doc_surgeon_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [eob, st], separators=["cover", None])


# ------------------------------------------------------------------ 2: upheld second-level appeal, two pages
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobalt Ridge Health Plans"
    mid, grp = f"{r.letters(3)}{r.digits(8)}", f"{r.digits(4)}-{r.digits(3)}"
    appeal, claim = f"APL2-{r.digits(7)}", f"{r.digits(12)}"
    facility = "Quarry Hill Surgical Pavilion"
    billed = r.amount(11800, 16800)
    first_dec = f["dos"] + dt.timedelta(days=r.randint(25, 35))
    l1 = first_dec + dt.timedelta(days=r.randint(40, 55))
    notice = l1 + dt.timedelta(days=r.randint(35, 50))
    d = Page("Cobalt Ridge Health Plans  |  Grievance & Appeals  |  Page {p} of {n}", margins=(20, 16, 20),
             header=f"{f['member']}  ·  Appeal {appeal}  ·  continued")
    d.add_page()
    d.text_line("COBALT RIDGE", 17, "B", h=8)
    d.text_line("Health Plans  —  Grievance & Appeals Department  —  88 Ore Cart Way, Leadville, CO 81003", 8.4,
                h=4.5)
    d.rule(0.6, 6)
    d.text_line("SECOND-LEVEL APPEAL DETERMINATION", 12.5, "B", h=7)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for lab, val in [("Enrollee", f["member"]), ("Enrollee number", mid), ("Employer group", grp),
                     ("Appeal reference", appeal), ("Claim in question", claim),
                     ("Service", "CPT 42145 uvulopalatopharyngoplasty; CPT 41120 partial glossectomy"),
                     ("Performed", f"{fmt_date(f['dos'], 'long')} at {facility}"),
                     ("Outcome", "Original denial UPHELD")]:
        d.font(9.4, "B")
        d.cell(42, 5.6, lab, border="B")
        d.font(9.4)
        d.cell(0, 5.6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.2)
    d.para(f"This letter answers your second-level appeal, which we received on {fmt_date(l1, 'long')}. You "
           f"appealed our decision of {fmt_date(first_dec, 'long')} not to pay for sleep apnea surgery performed by "
           f"Dr. {f['surgeon']}. The claim billed {fmt_money(billed)} in total charges.", 10.2)
    d.para("A panel that included an otolaryngologist and a sleep medicine physician who took no part in the first "
           "decision reviewed your appeal, your surgeon's letter, the sleep study and the office notes.", 10.2)
    d.text_line("What we decided and why", 10.8, "B", h=6.5)
    d.para("We are upholding the denial. Your plan covers surgery for obstructive sleep apnea when a member has "
           "failed or not tolerated an adequate trial of positive airway pressure therapy. The records show that "
           "CPAP was prescribed but the device download covers only 9 nights, with average use under 2 hours a "
           "night, and there is no record of mask refitting or a different pressure setting. Your surgeon's letter "
           "says you did not like the mask; the plan's criteria require a documented 30-day trial with efforts to "
           "correct intolerance. The surgery therefore does not meet the plan's definition of medically necessary.",
           10.2)
    d.para("This is the final internal decision of the plan. You have used all of your internal appeals.", 10.2)
    d.text_line("Independent external review", 10.8, "B", h=6.5)
    d.para("You may ask for an external review by an independent review organization. Your request must be made "
           "within 4 months after the date you receive this letter. Send it to the Colorado Division of "
           "Insurance using form DOI-ER-2, or ask us for a copy. In an urgent situation you may ask for an "
           "expedited external review, which is decided within 72 hours.", 10.2)
    d.para("You also have the right to bring a civil action under section 502(a) of ERISA. You may ask for free "
           "copies of all documents relevant to your claim, including the criteria used (policy CR-SURG-OSA-04).",
           10.2)
    d.para(f"Surgeon NPI on the claim: {f['npi']}.  Enrollee date of birth: {fmt_date(f['dob'], 'slash')}.", 8.6)
    d.para("Sincerely,\n\nMarguerite O. Lanning, MD\nMedical Director, Cobalt Ridge Health Plans", 10.2)
    d.text_line("Enclosures and help", 10.8, "B", h=6.5)
    d.para("Enclosed: the reviewer's summary, the plan criteria for sleep apnea surgery, and a request form for "
           "external review. For help with your appeal rights you may contact the Employee Benefits Security "
           "Administration at 1-866-444-3272 or the state consumer assistance program. Language assistance is "
           "available at no cost.", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(float(billed)),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["surgeon"],
              alternates={"case_numbers": [[appeal]], "provider": [facility]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: Medicaid MCO notice of action, ruled boxes
def doc_medicaid_noa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sunmesa Community Health Plan"
    prog = "Ocotillo State Medicaid Program"
    mid = f"{r.digits(9)}{r.letters(1)}"
    req = f"{r.digits(4)}-{r.digits(6)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(14, 25))
    group = "Pinyon Valley ENT Clinic"
    d = Page(f"SCHP-NOA-11 (rev. 2025)   {prog} managed care notice   Page {{p}} of {{n}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Sunmesa Community Health Plan", 15, "B", h=7)
    d.text_line(f"A managed care plan of the {prog}  ·  PO Box 3390, Yuma, AZ 85364  ·  {ph(r)}  ·  TTY 711",
                8.2, h=4.4)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=6.5)
    d.text_line("(Notice of Action)", 9.5, h=5)
    d.ln(2)
    d.boxes([("Date of this notice", fmt_date(notice, "slash"), 44), ("Member", f["member"], 62),
             ("Medicaid ID", mid, 38), ("Date of birth", fmt_date(f["dob"], "slash"), 38)])
    d.boxes([("Service request number", req, 44), ("Requested by", f"{f['surgeon']}, MD", 62),
             ("Clinic", group, 76)])
    d.boxes([("Service asked for", "Tongue-base reduction (41530) with UPPP (42145)", 110),
             ("Planned date", fmt_date(f["dos"], "slash"), 36), ("Decision", "DENIED", 36)])
    d.ln(4)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para(f"Your doctor asked us to approve throat surgery for sleep apnea. We reviewed the request using the "
           f"plan's criteria for sleep apnea surgery. The criteria say the surgery can be approved when your body "
           f"mass index (BMI) is 35 or less and you have tried a CPAP machine. Your records show a BMI of "
           f"{f['bmi']}. Surgery is less likely to help when the BMI is this high. Your doctor may send a new "
           "request with records of a CPAP trial and weight-loss care.", 9.6)
    d.text_line("You have the right to appeal", 10.5, "B", h=6)
    d.para("You can ask Sunmesa for an appeal within 60 days of the date of this notice. Call us or write to "
           "Sunmesa Appeals, PO Box 3394, Yuma, AZ 85364. If your health could be seriously harmed by waiting, "
           "ask for a fast appeal; we will decide within 72 hours.", 9.6)
    d.text_line("State fair hearing", 10.5, "B", h=6)
    d.para("If you still disagree after the appeal, you can ask for a state fair hearing within 120 days of the "
           "date of the appeal decision. If you are getting this service now and want it to continue during your "
           "appeal, you must ask within 10 days of the date of this notice.", 9.6)
    d.para("Free help in other languages and formats is available. Call the number above.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["surgeon"],
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"insurer": [prog], "provider": [group]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: request for CPAP data (a hold), phone photo
def doc_info_request(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tidewell Health"
    mid = f"TW{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    ref = f"UM{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(18, 26))
    due = notice + dt.timedelta(days=45)
    d = Page(None, margins=(22, 20, 22))
    d.add_page()
    d.text_line("Tidewell Health", 16, "B", h=8)
    d.text_line("Care Review Team", 9.5, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "abbr"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.text_line("We need more information before we can decide", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"Your surgeon, Dr. {f['surgeon']}, asked us to approve a uvulopalatopharyngoplasty (42145) and "
           f"tonsillectomy for you on {fmt_date(f['dos'], 'abbr')}. Your Tidewell member number is {mid}, and our "
           f"reference for this request is {ref}.", 10.5)
    d.para("This is not a denial. We have not made a decision yet. To review the request we need the download "
           "report from your CPAP machine covering at least 30 days, and the notes from any mask fitting visit. "
           "We have asked your surgeon's office for these records too.", 10.5)
    d.para(f"Please make sure we receive them by {fmt_date(due, 'abbr')}. If we do not receive them, we will "
           "decide using the records we already have.", 10.5)
    d.para("Questions? Call Tidewell Member Care at 1-555-402-7788, Monday through Friday, 8 a.m. to 6 p.m.", 10.5)
    d.para("Care Review Team\nTidewell Health", 10.5)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["surgeon"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: paid polysomnography EOB (nothing denied)
def doc_paid_psg(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northwood Valley Assurance"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}", f"NV{r.digits(5)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    lab = "Slumberwell Sleep Diagnostics Center"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    lines = [("95810", "Polysomnography, 4+ parameters, attended", float(r.randint(2400, 3300))),
             ("95810-26", "Interpretation of sleep study", float(r.randint(380, 520)))]
    billed = sum(x[2] for x in lines)
    d = Page("Northwood Valley Assurance — Benefit Statement — {p}", margins=(15, 13, 15))
    d.add_page()
    d.font(16, "B")
    d.cell(110, 8, "Northwood Valley")
    d.font(9, "B")
    d.cell(0, 8, "BENEFIT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ins}  ·  PO Box 118, Erie, PA 16501  ·  {ph(r)}", 8.2, h=4.4)
    d.rule(0.5, 4)
    kv = [("Prepared on", fmt_date(stmt, "dmy")), ("For", f["member"]), ("ID number", mid), ("Group", grp),
          ("Reference", claim), ("Seen at", lab)]
    for i in range(0, len(kv), 2):
        for lab_, val in kv[i:i + 2]:
            d.font(8.6)
            d.cell(24, 5.2, lab_ + ":")
            d.font(8.6, "B")
            d.cell(66, 5.2, val)
        d.ln(5.4)
    d.ln(4)
    rows = []
    for code, desc, amt in lines:
        al = round(amt * 0.55, 2)
        rows.append([fmt_date(f["dos"], "dmy"), code, desc, fmt_money(amt), fmt_money(al), fmt_money(al - 40 if
                     code == "95810" else al), fmt_money(40.0 if code == "95810" else 0.0)])
    rows.append(["*Totals", "", "", fmt_money(billed), "", "", "$40.00"])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "We paid", "You pay"], rows,
            [24, 18, 64, 20, 20, 20, 18], size=8, aligns="LLLRRRR")
    d.para("Your sleep study was covered under your diagnostic testing benefit. You owe your $40.00 specialist "
           "copay. Sleep lab network status: in network. Nothing on this statement was denied.", 8.8)
    d.para("Example: if your plan's allowed amount had been $1,000.00 and your coinsurance 20%, you would pay "
           "$200.00. This example is for illustration only.", 7.8)
    d.para("Questions or concerns about this claim may be sent to us in writing within 180 days after you receive "
           "this statement.", 7.8)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=lab, type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: approval after a failed CPAP trial (sideways)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Blue Heron Mutual Health"
    mid, grp = f"BH{r.digits(10)}", f"{r.digits(8)}"
    auth = f"A{r.digits(2)}-{r.digits(5)}-{r.digits(2)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    until = f["dos"] + dt.timedelta(days=90)
    fac = "Granite Shoals Ambulatory Surgery Center"
    d = Page("BHMH-APR-3  {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Blue Heron Mutual Health", 15, "B", h=7)
    d.text_line("Prior Authorization Services  ·  12 Estuary Plaza, Bangor, ME 04401", 8.6, h=4.6)
    d.ln(6)
    d.text_line("AUTHORIZATION APPROVED", 13, "B", h=7)
    d.ln(2)
    d.table(["Notice date", "Member", "Member ID", "Group"],
            [[fmt_date(notice, "iso"), f["member"], mid, grp]], [34, 56, 48, 32], size=9, border_head="TB")
    d.table(["Authorization no.", "Ordering surgeon", "Facility", "Scheduled"],
            [[auth, f["surgeon"], fac, fmt_date(f["dos"], "iso")]], [30, 40, 78, 28], size=8,
            border_head="TB")
    d.para("We approved the following services: CPT 42145 uvulopalatopharyngoplasty and CPT 42826 tonsillectomy, "
           "outpatient, one surgical episode.", 10)
    d.para(f"Your surgeon sent a CPAP download showing 41 nights of use with repeated mask changes and continued "
           f"intolerance, and a BMI of 33.{f['bmi'][-1]} after weight management. These meet our criteria. This "
           f"approval is valid through {fmt_date(until, 'iso')}. Approval is not a guarantee of payment; benefits "
           "depend on your eligibility and plan terms on the date of service.", 10)
    d.para("You do not need to do anything. If the date of surgery changes, your surgeon's office will let us "
           "know.", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["surgeon"],
              alternates={"provider": [fac]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_denial, "prose_denial", "born_digital"),
              (2, doc_upheld_appeal, "upheld_appeal", "scan_clean_300"),
              (3, doc_medicaid_noa, "medicaid_noa", "photocopy"),
              (4, doc_info_request, "cpap_info_request", "phone_photo"),
              (5, doc_paid_psg, "paid_psg_eob", "scan_lowres_150"),
              (6, doc_approval, "approval", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
