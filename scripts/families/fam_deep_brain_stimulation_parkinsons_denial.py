"""Family 'deep_brain_stimulation_parkinsons_denial': deep brain stimulation (DBS) for Parkinson's disease - lead
implantation (61863 unilateral / 61867 bilateral with microelectrode recording), pulse generator placement or
replacement (61885 single array, 61886 dual array; devices L8686-L8688) and programming (95983/95984) - seen through
the plan's criteria (levodopa response of at least 30% on the UPDRS-III, a neuropsychological evaluation, disease
duration) and through the bills.

Documents: a commercial pre-service denial in prose (levodopa challenge below the threshold, no neuropsych
evaluation); a Medicare Advantage integrated denial notice (CMS-10003 style) for bilateral DBS (disease duration /
cognitive screening); a photocopied letter calling DBS for treatment-resistant depression investigational (another
indication); a standard-fax stack of a cover sheet, an MA plan EOB with a boxed header (labels above values)
denying a generator replacement without prior authorization next to a paid programming claim, and the hospital's
itemized statement; a two-page upheld appeal decision with the decision on page 2 (150 dpi); a phone photo of an
approval of programming visits (nothing denied); a sideways commercial EOB with three claims where only the
out-of-network surgeon's lead implantation is denied.

Decoys: dates of birth, request received dates, NPIs, patient account numbers, UPDRS scores, paid claims, plan paid
/ you owe amounts, medical policy numbers, form numbers, 72-hour and external-review time limits. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "deep_brain_stimulation_parkinsons_denial"
LANG = "en"
SEED = 278500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1942, 1968), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=r.npi())


def letterhead(d: Page, name: str, sub: str, size: float = 15) -> None:
    d.text_line(name, size, "B", h=size * 0.5)
    d.text_line(sub, 8.4, h=4.4)
    d.rule(0.5, 4)


def kv(d: Page, rows: list[tuple[str, str]], lw: float = 42, size: float = 9.4, x: float | None = None) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.54, lab)
        d.font(size)
        d.cell(0, size * 0.54, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: commercial pre-service denial, prose
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Crescent Health Insurance Company"
    mid = f"NCH-{r.digits(3)}-{r.digits(5)}"
    grp = f"{r.digits(6)}"
    ref = f"UM{r.digits(8)}"
    recv = f["dos"] - dt.timedelta(days=r.randint(30, 45))
    notice = recv + dt.timedelta(days=r.randint(6, 12))
    surg = "Dr. Anselm K. Rutledge, MD"
    pct = r.randint(14, 24)
    d = Page("NCHIC-UM-DBS  |  Page {p} of {n}", margins=(24, 18, 24))
    d.add_page()
    letterhead(d, "Northgate Crescent Health", f"{ins}  *  Utilization Management  *  440 Linden Square, "
               f"Erie, PA 16501  *  {f['ph']}", 16)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {surg} (NPI {f['npi']}) for bilateral deep "
           "brain stimulation for your Parkinson's disease: stereotactic implantation of neurostimulator "
           "electrodes with microelectrode recording (CPT 61867) and placement of a pulse generator (CPT 61885), "
           f"planned for {fmt_date(f['dos'], 'long')} at Lakeshore University Hospital. We gave this request "
           f"reference number {ref}. Your member ID is {mid} and your group number is {grp}.", 10)
    d.para("After review by a board-certified neurologist, we have decided not to approve this request because it "
           "is not medically necessary for you under our medical policy MP-7.01.63, Deep Brain Stimulation. The "
           "policy requires, among other things:", 10)
    d.para("  1. a documented improvement of at least 30% in the motor score (UPDRS part III) in a levodopa "
           "challenge test; your records show an improvement of " + f"{pct}% (off-medication score "
           f"{r.randint(38, 46)}); and\n  2. a formal neuropsychological evaluation within the last 12 months "
           "showing no significant dementia; none was sent with the request.", 10)
    d.para("Because these criteria are not met, we cannot say that the surgery is likely to help you more than "
           "your current medicines. Your doctor may send the missing records and ask us to look at the request "
           "again, or may ask for a peer-to-peer discussion with our reviewer.", 10)
    d.text_line("If you disagree with this decision", 10.5, "B", h=6)
    d.para("You or your doctor may appeal. Your appeal must be received within 180 days of the date of this "
           "letter. If waiting could seriously harm your health, ask for an expedited appeal; we will answer "
           "within 72 hours. After our final decision you may also ask for an external review by an independent "
           "review organization within 4 months. Member date of birth on file: " + fmt_date(f["dob"], "slash") +
           ".", 10)
    d.para("Sincerely,\n\nUtilization Management Department\nNorthgate Crescent Health", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=surg, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": ["Northgate Crescent Health"], "service_dates": [[]],
                          "provider": ["Anselm K. Rutledge"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: MA integrated denial notice (CMS-10003 style)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverbirch Medicare Advantage Plans"
    plan = "Silverbirch Classic (HMO)"
    mid = f"{r.letters(1)}{r.digits(8)}"
    req = f"{r.digits(4)}-{r.digits(6)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(14, 30))
    prov = "Dr. Mei T. Kessler"
    yrs = r.choice([2, 3])
    d = Page("Form CMS-10003-NDMCP (Exp. 03/31/2027)    H4471_DN26_M", margins=(20, 14, 20))
    d.add_page()
    d.text_line(ins, 13, "B", h=6.5)
    d.text_line(f"{plan}  -  Member Services {f['ph']} (TTY 711)", 8.6, h=4.6)
    d.ln(3)
    d.text_line("Date: " + fmt_date(notice, "slash"), 10, h=5.5)
    d.text_line("Member number: " + mid, 10, h=5.5)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B", align="C", h=8)
    d.ln(2)
    kv(d, [("Name:", f["member"]), ("Request number:", req), ("Requesting provider:", prov + " (neurosurgery)")],
       lw=44, size=10)
    d.ln(3)
    d.para(f"We have denied the medical services/items listed below that you or your physician requested: bilateral "
           f"deep brain stimulation (CPT 61867 and 61886), scheduled for {fmt_date(f['dos'], 'slash')}.", 10)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para(f"We denied this request because it is not medically necessary for you at this time. Medicare covers "
           "deep brain stimulation for Parkinson's disease (National Coverage Determination 160.24) only when the "
           "disease has been diagnosed for at least 4 years, the motor symptoms respond to levodopa, and the patient "
           f"has no significant cognitive impairment. Your records show Parkinson's disease diagnosed {yrs} years "
           "ago and a Montreal Cognitive Assessment score of 21 with no follow-up neuropsychological testing. "
           "This decision was made by Dr. Harriet L. Greer, Medical Director. (Your Evidence of Coverage, Chapter 4, "
           "Section 2.1.)", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Silverbirch Medicare Advantage Plans to review our decision by asking us for "
           "an appeal. Ask for an appeal within 65 calendar days of the date of this notice. We can give you more "
           "time if you have a good reason for missing the deadline.", 10)
    d.text_line("There are 2 kinds of appeals with us", 11, "B", h=6.5)
    d.para("Standard appeal - we will give you a written decision within 30 calendar days after we get your "
           "appeal. Fast appeal - we will give you a decision within 72 hours after we get your appeal. You can ask "
           "for a fast appeal if you or your doctor believe that your health could be seriously harmed by waiting "
           "up to 30 days for a decision.", 10)
    d.para(f"Call {f['ph']}, fax 1-555-{r.digits(3)}-{r.digits(4)}, or write to Silverbirch Appeals and "
           "Grievances, PO Box 8810, Duluth, MN 55802.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=prov,
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"service_dates": [[]], "insurer": [plan]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: investigational for another indication (photocopy)
def doc_depression(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Employers Health Trust"
    mid = f"TEH{r.digits(9)}"
    grp = f"G{r.digits(5)}-{r.digits(2)}"
    case = f"PR-{r.digits(7)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 25))
    prov = "Desmond Q. Holloway, M.D."
    d = Page("Tamarack Employers Health Trust - Adverse Benefit Determination", margins=(18, 16, 18))
    d.add_page()
    letterhead(d, "TAMARACK EMPLOYERS HEALTH TRUST", f"Medical Review Unit  |  81 Pinegrove Parkway, Bangor, ME "
               f"04401  |  Fax 1-555-{r.digits(3)}-{r.digits(4)}", 14)
    d.text_line("ADVERSE BENEFIT DETERMINATION - PRE-SERVICE", 11.5, "B", h=7)
    kv(d, [("Notice date", fmt_date(notice, "dmy")), ("Patient", f["member"]),
           ("Patient DOB", fmt_date(f["dob"], "dmy")), ("Member ID", mid), ("Group", grp), ("Case #", case),
           ("Requesting physician", prov), ("Service requested", "61863 / 61885 DBS, subcallosal cingulate target"),
           ("Proposed date", fmt_date(f["dos"], "dmy")), ("Diagnosis", "F33.2 Major depressive disorder, "
                                                          "recurrent, severe")], lw=46, size=9.6)
    d.ln(4)
    d.text_line("Determination", 11, "B", h=6)
    d.para("The Trust covers deep brain stimulation for Parkinson's disease, essential tremor and dystonia when its "
           "criteria are met. The request you submitted is for deep brain stimulation of the subcallosal cingulate "
           "for treatment-resistant depression. For this indication, DBS is considered experimental and "
           "investigational: the randomized trials published so far have not shown that it improves outcomes "
           "compared with sham stimulation, and no device is approved by the FDA for this use. The Plan Document, "
           "Article 9.4 (Experimental or Investigational Services), excludes such services. The member's "
           "Parkinson's disease diagnosis (G20.A1) in the history does not change the target or purpose of this "
           "request.", 9.8)
    d.text_line("Appeal", 11, "B", h=6)
    d.para("A written appeal may be filed within 180 days of the date of this notice with the Appeals "
           "Coordinator at the address above. Clinical criteria used: Medical Policy NEU-114 (rev. 02/2026). "
           "Urgent appeals: 72 hours. External review by an IRO is available after the internal appeal is "
           "decided.", 9.8)
    d.para("Reviewer: Gideon S. Marchetti, MD, Psychiatry", 9.8)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[case], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=prov, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack: MA EOB (boxed header) + hospital itemized
def doc_ma_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bluewater Heritage Medicare Advantage"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 38))
    d = Page("Bluewater Heritage  -  Explanation of Benefits  -  page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Bluewater Heritage", 17, "B", h=8)
    d.text_line(f"{ins}  |  PO Box 3390, Fargo, ND 58102  |  {f['ph']}", 8.4, h=4.4)
    d.ln(2)
    d.text_line("MEDICARE ADVANTAGE EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B", h=6.5)
    d.ln(1)
    d.boxes([("Date of this statement", fmt_date(stmt, "dmy"), 44), ("Member name", f["member"], 58),
             ("Member ID", f["mid"], 40), ("Plan", "Heritage Plus (PPO)", 50)], h=12)
    d.boxes([("Claim number", f["claim"], 44), ("Provider", f["hosp"], 78), ("Date received",
             fmt_date(f["recv"], "dmy"), 30), ("NPI", f["npi"], 40)], h=12)
    d.ln(4)
    rows = []
    for x in f["lines"]:
        rows.append([fmt_date(f["dos"], "dmy"), x["code"], x["desc"], fmt_money(x["billed"], "nosign"),
                     fmt_money(x["paid"], "nosign"), fmt_money(x["owe"], "nosign"), x["rmk"]])
    rows.append(["*Claim total", "", "", fmt_money(f["billed"], "nosign"), fmt_money(0, "nosign"),
                 fmt_money(f["billed"], "nosign"), ""])
    d.font(9, "B")
    d.cell(0, 5.5, f"Claim {f['claim']}  -  {f['hosp']}  -  outpatient surgery", new_x="LMARGIN", new_y="NEXT")
    d.table(["Service date", "Code", "Description", "Billed", "Plan paid", "You may owe", "Note"], rows,
            [24, 16, 74, 22, 20, 24, 12], size=8, aligns="LLLRRRL", head_fill=True)
    c2 = f"{r.digits(12)}"
    prog = f["dos"] + dt.timedelta(days=r.randint(7, 14))
    pb = float(r.randint(280, 420))
    d.font(9, "B")
    d.cell(0, 5.5, f"Claim {c2}  -  {f['neuro']}  -  office", new_x="LMARGIN", new_y="NEXT")
    d.table(["Service date", "Code", "Description", "Billed", "Plan paid", "You may owe", "Note"],
            [[fmt_date(prog, "dmy"), "95983", "Neurostimulator programming, brain", fmt_money(pb, "nosign"),
              fmt_money(pb * 0.6 - 20, "nosign"), "20.00", "01"]],
            [24, 16, 74, 22, 20, 24, 12], size=8, aligns="LLLRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("PA  Replacement of the neurostimulator pulse generator and the device require prior authorization. No "
           "authorization was on file for this date of service, so the plan did not pay. The hospital may not bill "
           "you more than your cost sharing for an in-network service denied for this reason; ask the hospital to "
           "request the authorization or to appeal.\n01  Copayment for a specialist visit.", 8.6)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("If you disagree with how a claim was handled, you may ask for an appeal (reconsideration) within 65 "
           "calendar days of the date of this statement. Fast appeals are decided within 72 hours. Form "
           "H5208_EOB26_C.", 8.6)
    t = truth("eob", "prior_authorization", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["hosp"], appeal_deadline=iso(stmt + dt.timedelta(days=65)),
              alternates={"insurer": ["Bluewater Heritage"]})
    f["stmt"] = stmt
    return pdf_bytes(d), t


def doc_itemized(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["stmt"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"{r.digits(9)}"
    d = Page("Cedar Hollow Medical Center  *  Itemized statement  *  {p}/{n}", margins=(15, 14, 15))
    d.add_page()
    y = d.get_y()
    d.text_line("Cedar Hollow Medical Center", 14, "B", h=7)
    d.text_line("Patient Financial Services", 9, h=4.6)
    d.text_line("2200 Orchard Bluff Road, Pueblo, CO 81003", 9, h=4.6)
    d.set_y(y)
    kv(d, [("Statement date:", fmt_date(bill, "mdy_nopad")), ("Account no.:", acct),
           ("Admit/Service:", fmt_date(f["dos"], "mdy_nopad")), ("Guarantor:", f["member"])], lw=30, size=9, x=118)
    d.ln(5)
    d.text_line("ITEMIZED STATEMENT OF CHARGES", 12, "B", h=7)
    d.para(f"Patient: {f['member']}    DOB: {fmt_date(f['dob'], 'mdy_nopad')}    Primary insurance: Bluewater Heritage "
           f"Medicare Advantage, member {f['mid']}", 9)
    rows = []
    rev = {"61886": "0360", "L8687": "0278", "95970": "0920"}
    for x in f["lines"]:
        rows.append([fmt_date(f["dos"], "mdy_nopad"), rev.get(x["code"], "0360"), x["code"], x["desc"], "1",
                     fmt_money(x["billed"], "plain")])
    for desc, code, amt in [("Anesthesia, general, per 15 min", "0370", f["anes"]),
                            ("Recovery room, first hour", "0710", f["pacu"])]:
        rows.append([fmt_date(f["dos"], "mdy_nopad"), code, "", desc, "1", fmt_money(amt, "plain")])
    total = f["billed"] + f["anes"] + f["pacu"]
    rows += [["*Total charges", "", "", "", "", fmt_money(total, "plain")],
             ["", "", "", "Bluewater Heritage claim " + f["claim"] + " - denied (no authorization)", "", "$0.00"],
             ["*Patient balance", "", "", "", "", fmt_money(total, "plain")]]
    d.table(["Date", "Rev", "CPT/HCPCS", "Description", "Qty", "Charge"], rows, [22, 12, 20, 92, 10, 28],
            size=8.2, aligns="LLLLRR")
    d.para("Your insurance denied this claim. We have asked your plan to review it. You do not need to pay until "
           "the review is finished; we will send a new statement. Questions: call Patient Financial Services at "
           f"{phone(r)}.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(bill),
              provider="Cedar Hollow Medical Center", unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [m2(f["billed"])]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"{r.digits(3)}{r.letters(2)}{r.digits(5)}", claim=f"{r.digits(12)}",
             hosp="Cedar Hollow Medical Center", neuro="Dr. Wendell P. Szabo")
    f["recv"] = f["dos"] + dt.timedelta(days=r.randint(5, 12))
    lines = [dict(code="61886", desc="Replace/insert neurostim pulse generator", billed=float(r.randint(4200, 6100))),
             dict(code="L8687", desc="Rechargeable dual array generator", billed=float(r.randint(24000, 31000))),
             dict(code="95970", desc="Analysis of neurostimulator, no programming", billed=float(r.randint(180, 260)))]
    for x in lines:
        x.update(paid=0.0, owe=x["billed"], rmk="PA")
    f["lines"] = lines
    f["billed"] = sum(x["billed"] for x in lines)
    f["anes"], f["pacu"] = float(r.randint(900, 1400)), float(r.randint(600, 950))
    return Item(f"{FAMILY}_ma_eob_itemized_stack", "fax_standard_g4", [doc_ma_eob(r, f), doc_itemized(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 4: upheld appeal, two pages, decision on page 2
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Meridian Health Plan"
    mid = f"KMH{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    grp = f"{r.digits(5)}"
    orig, appeal = f"{r.digits(10)}", f"APL-{r.digits(2)}-{r.digits(5)}"
    dos = f["dos"]
    orig_d = dos - dt.timedelta(days=r.randint(40, 60))
    filed = orig_d + dt.timedelta(days=r.randint(15, 30))
    notice = filed + dt.timedelta(days=r.randint(20, 28))
    prov = "Ezra N. Pemberton, MD"
    hdr = f"{f['member']}  -  Appeal {appeal}  -  continued"
    d = Page("Keystone Meridian Health Plan  |  Page {p} of {n}", header=hdr, margins=(22, 16, 22))
    d.add_page()
    letterhead(d, "Keystone Meridian Health Plan", f"Member Appeals  -  PO Box 2750, Macon, GA 31201  -  {f['ph']}")
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, [("Member ID:", mid), ("Group:", grp), ("Appeal number:", appeal), ("Original request:", orig),
           ("Service:", "Unilateral DBS electrode implantation (61863) and pulse generator (61885)"),
           ("Planned date:", fmt_date(dos, "long")), ("Surgeon:", prov),
           ("Appeal received:", fmt_date(filed, "long"))], lw=36, size=9.6)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We received your appeal of our decision of {fmt_date(orig_d, 'long')} to deny unilateral deep brain "
           "stimulation for your Parkinson's disease. This letter tells you what we reviewed and what we decided. "
           "Your appeal was reviewed by a neurologist who was not involved in the first decision and who does not "
           "report to the person who made it.", 10)
    d.text_line("What we reviewed", 10.5, "B", h=6)
    d.para("- Your appeal letter and the letter from your surgeon describing your tremor and motor fluctuations.\n"
           "- Clinic notes from your movement disorders neurologist from the past 18 months.\n"
           f"- A levodopa challenge report: UPDRS-III {r.randint(40, 48)} off medication and {r.randint(28, 33)} on "
           "medication.\n- A brain MRI report and a cognitive screening (MoCA 24/30).\n"
           "- Our medical policy MP-312, Deep Brain Stimulation for Movement Disorders.", 10)
    d.para("The policy lists the conditions under which the plan covers deep brain stimulation. The reviewer looked "
           "at each one in turn: the diagnosis of idiopathic Parkinson's disease for more than four years is "
           "documented; motor complications despite optimal medical therapy are documented; a brain MRI without "
           "structural contraindications is on file.", 10)
    d.add_page()
    d.para("The policy also requires a formal neuropsychological evaluation by a licensed neuropsychologist before "
           "surgery, because DBS can worsen memory and thinking in people who already have cognitive decline. The "
           "records contain only a screening test (MoCA). A screening test does not replace the full evaluation. "
           "The levodopa challenge shows an improvement of less than 30% on the motor score, which is below the "
           "policy threshold.", 10)
    d.text_line("Our decision", 11, "B", h=6.5)
    d.para("We are upholding our original decision. Deep brain stimulation is not medically necessary for you "
           "under the plan's criteria at this time. If a full neuropsychological evaluation is done and a new "
           "levodopa challenge meets the threshold, your surgeon may send a new request.", 10)
    d.text_line("What you can do next", 10.5, "B", h=6)
    d.para("This was your final internal appeal. You may ask for an external review by an independent review "
           "organization within 4 months of the date you receive this letter. Send the enclosed form to the "
           "address on it. You may also have the right to file a civil action under ERISA section 502(a).", 10)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'long')}.  Surgeon NPI: {f['npi']}.", 9)
    d.para("Sincerely,\n\nAppeals Review Nurse, for the Medical Director\nKeystone Meridian Health Plan", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[appeal, orig], service_dates=[iso(dos)], denial_date=iso(notice),
              provider=prov, alternates={"case_numbers": [[appeal]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: approval of programming visits (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Hearth Health Cooperative"
    mid = f"PHC{r.digits(8)}"
    grp = f"{r.letters(2)}{r.digits(4)}"
    auth = f"A{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 12))
    end = f["dos"] + dt.timedelta(days=179)
    prov = "Sunita R. Oduya, MD"
    d = Page(None, margins=(22, 20, 22))
    d.add_page()
    letterhead(d, "Prairie Hearth Health Cooperative", f"Care Coordination  -  12 Granary Row, Lubbock, TX 79401  -  "
               f"{f['ph']}", 14)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Good news: your request is approved", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"We approved the request from {prov}, your neurologist, for deep brain stimulation programming "
           f"visits after your surgery. Authorization number: {auth}.", 10)
    d.table(["Service", "Codes", "Approved", "From", "Through"],
            [["Neurostimulator programming, brain", "95983, 95984", "6 visits", fmt_date(f["dos"], "abbr"),
              fmt_date(end, "abbr")]], [62, 28, 22, 28, 28], size=9, border_head="TB")
    d.para(f"Member ID: {mid}    Group: {grp}", 10)
    d.para("Please use providers in our network so that you pay the lowest cost. Your usual specialist copayment "
           "applies to each visit. If you need more visits after the period above, your neurologist can ask us "
           "for an extension.", 10)
    d.para("This approval is not a guarantee of payment; you must be a member on the date of each visit.", 9)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"], end)], denial_date=iso(notice), provider=prov,
              alternates={"service_dates": [[], [iso(f["dos"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: commercial EOB, three claims, OON surgeon (rotated)
def doc_oon_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harrowgate Life & Health Company"
    mid = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}-01"
    grp = f"HG{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(30, 42))
    claims = []
    for prov, code, desc, lo, hi, dd, deny in [
        ("Brightwater Imaging Associates", "70553", "MRI brain w/o and with contrast", 1800, 2600, 40, False),
        ("Colin V. Strand, PhD", "96132", "Neuropsychological testing evaluation", 450, 720, 25, False),
        ("Summit Ridge Neurosurgery, PC", "61867", "Stereotactic DBS electrodes, bilateral, MER", 21000, 28500, 0,
         True)]:
        billed = float(r.randint(lo, hi)) + r.choice([0, 0.5, 0.25])
        if deny:
            allowed = paid = 0.0
            owe = billed
        else:
            allowed = round(billed * 0.55, 2)
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2)
        claims.append(dict(no=r.digits(11), prov=prov, code=code, desc=desc, billed=billed, allowed=allowed,
                           paid=paid, owe=owe, dos=f["dos"] - dt.timedelta(days=dd), deny=deny))
    den = claims[2]
    d = Page("Harrowgate Life & Health  -  Claims Summary  -  {p}", margins=(12, 12, 12))
    d.add_page()
    y = d.get_y()
    d.text_line("HARROWGATE", 20, "B", h=9)
    d.text_line("Life & Health Company", 10, h=5)
    d.set_y(y)
    kv(d, [("Summary date", fmt_date(stmt, "iso")), ("Member", f["member"]), ("ID", mid), ("Group", grp),
           ("Network", "Harrowgate Select EPO")], lw=28, size=9, x=120)
    d.ln(3)
    d.rule(0.6, 3)
    d.text_line("YOUR CLAIMS SUMMARY  -  THIS IS NOT A BILL", 12, "B", h=7)
    rows = []
    for c in claims:
        rows.append([c["no"], fmt_date(c["dos"], "iso"), c["prov"][:30], c["code"], fmt_money(c["billed"]),
                     fmt_money(c["allowed"]), fmt_money(c["paid"]), fmt_money(c["owe"]), "X27" if c["deny"] else "A1"])
    d.table(["Claim", "Date", "Provider", "Code", "Billed", "Allowed", "Paid", "You owe", "Code"], rows,
            [24, 20, 50, 13, 22, 20, 19, 20, 10], size=7.8, aligns="LLLLRRRRL", head_fill=True)
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para("A1  Processed at your in-network benefit level.\nX27  The provider is not in the Harrowgate Select EPO "
           "network. Your plan does not cover non-emergency services from out-of-network providers unless we "
           "approved a network exception before the service. No exception was requested for this surgery. "
           "The amount billed is your responsibility.", 8.6)
    d.para(f"Deductible met: $2,000.00 of $2,000.00. Out-of-pocket: ${r.randint(2400, 3400)}.00 of $7,500.00.", 8.6)
    d.text_line("Questions or appeals", 9.5, "B", h=5.5)
    d.para(f"Call {f['ph']}. You can file an appeal within 180 days from the date of this summary. Send it to "
           "Harrowgate Life & Health Company, Appeals, PO Box 1449, Yuma, AZ 85364. Surgeon NPI " + f["npi"] + ".", 8.6)
    t = truth("eob", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[den["no"]], claim_amount=m2(den["billed"]), service_dates=[iso(den["dos"])],
              denial_date=iso(stmt), provider=den["prov"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"insurer": ["Harrowgate"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_letter", "born_digital"),
              (1, doc_ma_idn, "ma_idn", "scan_clean_300"),
              (2, doc_depression, "depression_investigational", "photocopy"),
              (4, doc_appeal, "upheld_appeal_2p", "scan_lowres_150"),
              (5, doc_approval, "programming_approval", "phone_photo"),
              (6, doc_oon_eob, "three_claim_eob", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(3, item_stack(Rand(SEED + 3)))
    return items
