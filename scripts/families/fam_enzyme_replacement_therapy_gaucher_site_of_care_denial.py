"""Family 'enzyme_replacement_therapy_gaucher_site_of_care_denial': enzyme replacement therapy for Gaucher disease
(imiglucerase J1786, taliglucerase alfa J3060, IV infusion 96365/96366) given or planned at a hospital outpatient
infusion department and redirected by the plan's site-of-care program to home infusion.

Documents: a plan's prose site-of-care letter (approves the drug, refuses the hospital setting); a fine-fax stack of
a cover sheet, a three-claim EOB denying the hospital infusion claim (office visit and lab paid) and the home
infusion nursing agency's statement; a paid home-infusion EOB (the home rate, with a hospital-rate comparison as a
decoy); an IRO external review decision upholding the setting denial; a plan's request for more information that
decides nothing; a state Medicaid managed-care notice of adverse benefit determination; a specialty pharmacy's
home-delivery notice.

Decoys: DOB, NPIs, received dates, the home-infusion authorization number, policy numbers, patient account and
invoice numbers, Rx numbers, plan-paid amounts, a sample hospital-rate amount, weight-based unit counts, 72-hour,
4-month, 10-day continuation and 120-day fair hearing limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "enzyme_replacement_therapy_gaucher_site_of_care_denial"
LANG = "en"
SEED = 309500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DOCS = ["Dr. Ottilie K. Brandvold", "Dr. Severin J. Mbeki-Lund", "Dr. Rosalind T. Achterberg",
        "Dr. Casimir L. Okonkwo-Reyes"]
HOSP = ["Wrenfield University Hospital", "Saint Aurelia Medical Center", "Copperline Regional Hospital"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 150))
    kg = r.randint(52, 94)
    return dict(member=member, first=first, mi=mid, last=last, addr=r.address(), start=start, kg=kg,
                units=kg * 60 // 10, dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
                npi=r.npi(), ph=r.phone())


def nm(doc: str) -> str:
    return doc.replace("Dr. ", "")


# ---------------------------------------------------------------- 0: site-of-care letter (prose, born digital)
def doc_soc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Mutual Health"
    mid, grp, ref = f"TMH{r.digits(3)}-{r.digits(5)}", f"{r.digits(5)}", f"SOC-{r.digits(2)}-{r.digits(6)}"
    hem, hosp = DOCS[0], HOSP[0]
    recv = f["start"] - dt.timedelta(days=r.randint(16, 24))
    notice = recv + dt.timedelta(days=r.randint(4, 9))
    home_auth = f"HA{r.digits(8)}"
    d = Page("Tamarack Mutual Health  -  page {p} of {n}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("TAMARACK MUTUAL HEALTH", 15, "B", h=7)
    d.text_line("Specialty Drug Site of Care Program  ·  1400 Alder Crossing, Eugene, OR 97401", 8.6, h=4.6)
    d.ln(9)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} your hematologist, {hem}, asked us to approve your imiglucerase "
           f"(Cerezyme, HCPCS J1786) infusions every two weeks at the outpatient infusion center of {hosp}, "
           f"with the infusion itself billed as 96365 and 96366, beginning {fmt_date(f['start'], 'long')}. We "
           f"reviewed the request under reference number {ref} for member ID {mid}, group {grp}.", 10.5)
    d.para("What we decided. We approve the medicine. We do not approve giving it in a hospital outpatient "
           "department. You have had more than six infusions without a serious reaction, you do not need "
           "hospital monitoring during the infusion, and a home infusion nurse can give it safely. Under our "
           "Site of Care medical policy (RX-SOC-112), infusions of enzyme replacement therapy must be given at "
           "home or at a non-hospital infusion suite unless one of the policy's exceptions applies; none "
           "applies to you. This means the hospital outpatient setting is not medically necessary for you.",
           10.5)
    d.para(f"What happens next. Your infusions are approved at home through Cedar Hollow Home Infusion under "
           f"authorization {home_auth}, at no change in your cost share. A nurse will call you within two "
           "business days. If you already have an infusion booked at the hospital, please talk to your doctor's "
           "office before that date.", 10.5)
    d.para("Your right to appeal. If you do not agree, you or your doctor may ask for an appeal within 180 days "
           "of the date of this letter. Write to Tamarack Mutual Health, Appeals, PO Box 7780, Eugene, OR 97440, "
           f"or call {f['ph']}. If waiting could seriously harm your health, ask for a fast appeal; we decide "
           "fast appeals within 72 hours. After our final decision you may ask for an external review by an "
           "independent review organization within 4 months. You may ask, free of charge, for copies of the "
           "policy and all documents we used.", 10.5)
    d.para(f"Sincerely,\n\nMarguerite O. Ilves, PharmD\nClinical Pharmacist Reviewer\n\ncc: {hem} (NPI {f['npi']})",
           10.5)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["start"])],
              denial_date=iso(notice), provider=nm(hem), appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"provider": [hosp]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: three-claim EOB + nursing statement
def doc_stack_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Brightwater Health Cooperative"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 36))
    f["stmt"] = stmt
    hosp, hem = HOSP[1], DOCS[1]
    visit = f["dos"] - dt.timedelta(days=r.randint(6, 12))
    c1, c2, c3 = (f"{r.digits(3)}-{r.digits(7)}" for _ in range(3))
    u = f["units"]
    lines2 = [("J1786", f"Imiglucerase, per 10 units x {u}", round(u * r.choice([141.0, 152.5, 166.25]), 2)),
              ("96365", "IV infusion, initial hour", float(r.randint(610, 880))),
              ("96366", "IV infusion, each addl hour", float(r.randint(240, 360)))]
    billed = sum(x[2] for x in lines2)
    d = Page("Brightwater Health Cooperative  ·  Explanation of Benefits  ·  {p}/{n}")
    d.add_page()
    d.text_line("Brightwater Health Cooperative", 16, "B", h=8)
    d.text_line(f"Member Services {f['ph']}  ·  PO Box 2290, Sandpoint, ID 83864", 8.6, h=4.6)
    d.rule(0.6, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", h=7)
    d.boxes([("Date issued", fmt_date(stmt, "dmy"), 34), ("Enrollee", f["member"], 54),
             ("Enrollee number", f["mid"], 40), ("Employer group", f["grp"], 32), ("Claims", "3", 22)])
    d.boxes([("Patient date of birth", fmt_date(f["dob"], "dmy"), 44), ("Mailing address",
             f"{f['addr'][0]}, {f['addr'][1]}", 138)])
    d.ln(4)
    blocks = [
        (c1, f"{hem}, hematology office visit", [("99214", "Office visit, established", 285.0)], visit, "paid", ""),
        (c2, f"{hosp} - outpatient infusion department", lines2, f["dos"], "denied", "SC4"),
        (c3, f"{hosp} - laboratory", [("85025", "Blood count, automated", 46.0)], f["dos"], "paid", ""),
    ]
    for cno, who, lines, dos, status, rmk in blocks:
        d.font(8.8, "B")
        d.cell(0, 5.2, f"Claim {cno}   {who}   ({status})", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, amt in lines:
            if status == "denied":
                al, pd, yo = 0.0, 0.0, 0.0
            else:
                al = round(amt * 0.62, 2)
                pd, yo = round(al * 0.9, 2), round(al * 0.1, 2)
            rows.append([fmt_date(dos, "dmy"), code, desc, fmt_money(amt, "nosign"), fmt_money(al, "nosign"),
                         fmt_money(pd, "nosign"), fmt_money(yo, "nosign"), rmk])
        tot = sum(x[2] for x in lines)
        rows.append(["*Claim total", "", "", fmt_money(tot, "nosign"), "", "", "", ""])
        d.table(["Service date", "Code", "Service", "Charged", "Allowed", "We paid", "Your share", "Note"], rows,
                [22, 14, 58, 22, 20, 20, 20, 10], size=7.7, aligns="LLLRRRRL")
    d.text_line("Note codes", 9.4, "B", h=5.2)
    d.para(f"SC4  Your plan covers enzyme replacement infusions at home or at a non-hospital infusion suite. A "
           f"hospital outpatient department is covered only when a site-of-care exception was approved; none was "
           f"on file for this infusion. The setting is not medically necessary, so the hospital's claim is "
           f"denied. Under your plan, {hosp} may not bill you for this claim. The medicine itself remains "
           "covered when given at an approved site.", 8.4)
    d.para("You can appeal within 180 days of the date of this statement. Send your request to Brightwater "
           "Appeals, PO Box 2294, Sandpoint, ID 83864. Urgent appeals are decided within 72 hours.", 8.4)
    t = truth("eob", "level_of_care", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=hosp, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_nursing_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    agency = "Meadowlark Infusion Nursing Services"
    sdate = f["stmt"] + dt.timedelta(days=r.randint(5, 12))
    v1 = f["dos"] + dt.timedelta(days=14)
    v2 = v1 + dt.timedelta(days=14)
    inv, acct = f"INV {r.digits(6)}", f"{r.digits(8)}"
    rows, tot = [], 0.0
    for v in (v1, v2):
        for code, desc, amt in [("99601", "Home infusion visit, up to 2 hours", 310.0),
                                ("99602", "Home infusion visit, each addl hour", 135.0)]:
            rows.append([fmt_date(v, "slash"), code, desc, fmt_money(amt)])
            tot += amt
    paid = round(tot * 0.74, 2)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.rect(18, 14, 58, 60, style="F")
    d.set_xy(21, 17)
    d.font(12.5, "B")
    d.multi_cell(52, 6, "Meadowlark\nInfusion Nursing\nServices", new_x="LMARGIN", new_y="NEXT")
    d.set_x(21)
    d.font(7.8)
    d.multi_cell(52, 4, f"88 Tern Street, Suite 4\nSandpoint, ID 83864\nBilling {r.phone()}\nNPI {r.npi()}",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_xy(84, 16)
    d.font(13, "B")
    d.cell(0, 7, "Statement for home nursing visits", new_x="LMARGIN", new_y="NEXT")
    for lab, val in [("Statement", fmt_date(sdate, "long")), ("Invoice", inv), ("Account", acct),
                     ("Patient", f["member"]), ("Insurance", f"Brightwater Health Cooperative  {f['mid']}")]:
        d.set_x(84)
        d.font(8.6)
        d.cell(26, 5.2, lab)
        d.font(9.4, "B")
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.set_y(82)
    d.table(["Visit", "Code", "Nursing service", "Charge"], rows + [["*Total charges", "", "", fmt_money(tot)],
            ["", "", "Insurance paid", "-" + fmt_money(paid)], ["*Please pay", "", "", fmt_money(tot - paid)]],
            [30, 20, 100, 30], size=8.8, aligns="LLLR")
    d.para("Our nurses gave your enzyme infusions at home after your plan moved them from the hospital. The drug "
           "itself is billed by your home infusion pharmacy, not by us. Your share above is your 10% coinsurance "
           "plus the amount above your plan's allowance for the additional hour.", 9)
    d.para("Questions? Call us Monday to Friday. Payment due in 30 days; make checks payable to Meadowlark "
           "Infusion Nursing Services.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(tot),
              service_dates=[iso(v1), iso(v2)], denial_date=iso(sdate), provider=agency, unscored=["insurer"],
              alternates={"member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"BHC-{r.digits(9)}", grp=f"W{r.digits(5)}", dos=f["start"])
    eob = doc_stack_eob(r, f)
    st = doc_nursing_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [eob, st], separators=["cover", None])


# ---------------------------------------------------------------- 2: paid home-rate EOB (two columns)
def doc_paid_home_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larchmont Benefit Trust"
    mid, grp, claim = f"LBT{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}", f"{r.digits(5)} {r.digits(5)}"
    pharm = "Cedar Hollow Home Infusion Pharmacy"
    dos = f["start"]
    issued = dos + dt.timedelta(days=r.randint(18, 30))
    u = f["units"]
    lines = [("J1786", f"Imiglucerase 10 u x {u}", round(u * r.choice([88.0, 92.4, 97.1]), 2), 0.93),
             ("S9357", "Home infusion per diem", 265.0, 0.8), ("99601", "Nursing visit, first 2 h", 240.0, 0.85)]
    billed = sum(x[2] for x in lines)
    allowed = sum(round(x[2] * x[3], 2) for x in lines)
    sample = round(billed * 1.9, -2)
    d = Page("Larchmont Benefit Trust  |  Claim statement  |  not a bill")
    d.add_page()
    d.text_line("Larchmont Benefit Trust", 16, "B", h=8)
    d.text_line("Claim Statement  ·  administered at 61 Quillan Square, Duluth, MN 55802", 8.6, h=4.8)
    d.rule(0.5, 4)
    y0 = d.get_y()
    d.set_x(16)
    d.font(8.5)
    d.multi_cell(86, 4.6, "\n".join([f["member"], *f["addr"]]), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for lab, val in [("Patient", f["member"]), ("Trust ID", mid), ("Plan group", grp), ("Claim", claim),
                     ("Billed by", pharm), ("Where given", "Your home")]:
        d.set_x(16)
        d.font(8.2, "B")
        d.cell(26, 5, lab)
        d.font(8.6)
        d.cell(60, 5, val, new_x="LMARGIN", new_y="NEXT")
    yl = d.get_y()
    d.set_xy(110, y0)
    d.set_fill_color(238, 238, 238)
    d.rect(108, y0 - 1, 92, 52, style="F")
    d.set_xy(111, y0 + 1)
    d.font(10, "B")
    d.cell(86, 6, "Summary of this claim", new_x="LMARGIN", new_y="NEXT")
    for lab, val in [("Processed on", fmt_date(issued, "iso")), ("Amount billed", fmt_money(billed)),
                     ("Trust allowance", fmt_money(allowed)), ("Paid to provider", fmt_money(allowed)),
                     ("You owe", "$0.00")]:
        d.set_x(111)
        d.font(8.8)
        d.cell(44, 5.6, lab)
        d.font(8.8, "B")
        d.cell(40, 5.6, val, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(111)
    d.font(7.6)
    d.multi_cell(86, 3.8, "Home infusion is paid in full after the specialty deductible, which you met earlier "
                 "this year.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(yl, y0 + 54) + 4)
    rows = [[fmt_date(dos, "iso"), c, ds, fmt_money(a), fmt_money(round(a * p, 2)), "$0.00", "H1"]
            for c, ds, a, p in lines]
    d.table(["Date", "Code", "Description", "Billed", "Allowed / paid", "You owe", "Code"], rows,
            [24, 16, 58, 26, 30, 20, 12], size=8.2, aligns="LLLRRRL", head_fill=True)
    d.text_line("About this claim", 9.6, "B", h=5.6)
    d.para(f"H1  Paid at the home infusion rate. Example only: the same infusion in a hospital outpatient "
           f"department is typically billed at about {fmt_money(sample)}, which is why the Trust's site-of-care "
           "program prefers home or infusion-suite care. Nothing on this claim was denied.", 8.5)
    d.para("If you disagree with how we processed this claim, you may ask for a review within 180 days after you "
           f"receive this statement. Customer care {f['ph']}, weekdays 7 a.m. to 7 p.m.", 8.5)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(billed), service_dates=[iso(dos)],
              denial_date=iso(issued), provider=pharm, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: IRO decision upholding the denial (rotated)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    iro = "Keystone Clinical Review Associates"
    plan = "Osprey Point Health Insurance Company"
    mid = f"OPH{r.digits(9)}"
    iro_case, app = f"KCR-{r.digits(4)}-{r.digits(4)}", f"AP{r.digits(7)}"
    hem, hosp = DOCS[2], HOSP[2]
    decided = f["start"] + dt.timedelta(days=r.randint(50, 80))
    recv = decided - dt.timedelta(days=r.randint(30, 40))
    d = Page("Keystone Clinical Review Associates · External Review Decision · page {p} of {n}",
             header=f"External review {iro_case} (continued)", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Keystone Clinical Review Associates", 14, "B", h=7)
    d.text_line("Independent Review Organization  ·  500 Linden Row, Harrisburg, PA 17101", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(decided, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("NOTICE OF EXTERNAL REVIEW DECISION", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"On {fmt_date(recv, 'long')} we were assigned your request for external review of a decision by "
           f"{plan}. Our case number is {iro_case}; the plan's final internal appeal number was {app}. Your "
           f"member ID with the plan is {mid}.", 10)
    d.para(f"The plan refused to cover taliglucerase alfa (Elelyso, J3060) infusions with infusion services "
           f"96365 and 96366 at the outpatient infusion department of {hosp}, planned by {hem} to begin on "
           f"{fmt_date(f['start'], 'long')}, and offered the same infusions at home. The question for review was "
           "whether the hospital outpatient setting is medically necessary for you.", 10)
    d.text_line("Decision", 10.5, "B", h=6)
    d.para("We UPHOLD the plan's decision. The reviewer, a board-certified hematologist, found that your "
           "infusions have been stable for over a year with no infusion reactions, and that no condition in your "
           "records requires hospital-level monitoring. The home setting offered by the plan is safe and "
           "appropriate. The plan's denial of the hospital outpatient setting is therefore upheld. The drug "
           "itself was never denied.", 10)
    d.text_line("What this means", 10.5, "B", h=6)
    d.para("This decision is final and binding on you and on the plan, except to the extent other remedies are "
           "available under state or federal law. You may have the right to file a civil action in court. If "
           "your health changes, your doctor may send the plan a new request for a site-of-care exception.", 10)
    d.para("Sincerely,\n\nTheron B. Wasikowski, RN, JD\nExternal Review Coordinator\n\n"
           f"cc: {plan}, Appeals Department; {hem}", 10)
    t = truth("denial_letter", "level_of_care", insurer=iro, member_id=mid, member_name=f["member"],
              case_numbers=[iro_case, app], service_dates=[iso(f["start"])], denial_date=iso(decided),
              provider=nm(hem), denial_alternates=["medical_necessity"],
              alternates={"insurer": [plan], "provider": [hosp], "case_numbers": [[iro_case]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: request for information (decides nothing)
def doc_rfi(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pemberly Valley Health Plan"
    mid, grp, req = f"PV {r.digits(4)} {r.digits(4)}", f"GRP-{r.digits(6)}", f"R{r.digits(9)}"
    hem, hosp = DOCS[3], HOSP[0]
    sent = f["start"] - dt.timedelta(days=r.randint(10, 16))
    due = sent + dt.timedelta(days=14)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("Pemberly Valley Health Plan", 15, "B", h=7)
    d.text_line(f"Utilization Management  ·  fax 1-555-{r.digits(3)}-{r.digits(4)}  ·  phone {f['ph']}", 8.6, h=4.6)
    d.rule(0.4, 4)
    d.text_line("WE NEED MORE INFORMATION  -  NO DECISION HAS BEEN MADE", 11.5, "B", h=7)
    for lab, val in [("Letter date", fmt_date(sent, "abbr")), ("Member", f["member"]),
                     ("Member number", mid), ("Group", grp), ("Request no.", req),
                     ("Requested by", f"{hem}, Hematology"),
                     ("Service", "Imiglucerase (J1786) infusion, 96365 / 96366"),
                     ("Requested location", f"{hosp}, hospital outpatient infusion"),
                     ("First infusion date requested", fmt_date(f["start"], "abbr"))]:
        d.font(9, "B")
        d.cell(62, 5.6, lab, border="B")
        d.font(9.4)
        d.cell(0, 5.6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("We are reviewing a request for a site-of-care exception, which would let these infusions be given in "
           "a hospital outpatient department instead of at home or at an infusion suite. To finish our review we "
           "need the following from your doctor:", 10)
    for b in ["notes from the last three infusions, including any infusion reactions and how they were treated;",
              "the current weight and dose calculation;",
              "the reason home infusion or an infusion suite is not safe for you, if that is the doctor's view."]:
        d.para("•  " + b, 10, gap=1)
    d.ln(2)
    d.para(f"Please have the records sent by {fmt_date(due, 'long')}. If we do not receive them, we will make our "
           "decision with the information we have. This letter is not a denial, and you do not need to appeal "
           "anything now. You will receive a written decision with your rights once the review is complete.", 10)
    d.para(f"Member date of birth on file: {fmt_date(f['dob'], 'slash')}. Prescriber NPI {f['npi']}.", 8.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[req], service_dates=[iso(f["start"])], denial_date=iso(sent), provider=nm(hem),
              alternates={"provider": [hosp]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: state Medicaid MCO notice (phone photo)
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bayou Crescent Health Partners"
    prog = "Louisiana Healthy Futures Medicaid"
    mid, notice_no = f"{r.digits(10)}", f"NABD-{r.digits(7)}"
    hem, hosp = "Dr. Philippa N. Ravenscroft", "Delacroix Parish Medical Center"
    notice = f["start"] - dt.timedelta(days=r.randint(5, 10))
    d = Page(f"BCHP-NABD-ERT (rev 01/2026)  ·  {prog}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Bayou Crescent Health Partners", 14, "B", h=7)
    d.text_line(f"A {prog} managed care plan  ·  Member line {f['ph']} (TTY 711)", 8.4, h=4.5)
    d.ln(2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=6.5)
    d.table(["Notice date", "Enrollee", "Medicaid ID", "Notice number"],
            [[fmt_date(notice, "slash"), f["member"], mid, notice_no]], [34, 60, 44, 44], size=9, border_head="TB")
    d.text_line("What was asked for", 9.8, "B", h=5.4)
    d.para(f"{hem} asked for taliglucerase alfa (J3060) enzyme infusions with infusion services 96365 at the "
           f"hospital outpatient infusion unit of {hosp}, starting {fmt_date(f['start'], 'slash')}, every 2 weeks.",
           9)
    d.text_line("What we decided and why", 9.8, "B", h=5.4)
    d.para("We approved the medicine. We denied the hospital outpatient place of service. Your infusions can be "
           "given safely at home by a contracted home infusion agency, which we have arranged. Hospital "
           "outpatient infusion is approved only for the first infusions of a new drug or after a serious "
           "reaction. This decision follows our clinical policy BCHP-PH-031 and 42 CFR 438.210.", 9)
    d.text_line("Your right to appeal", 9.8, "B", h=5.4)
    d.para("You may ask us for an appeal within 60 days of the date of this notice. Call us or write to Appeals, "
           "PO Box 51180, Baton Rouge, LA 70801. If your health is in serious danger, ask for a fast appeal; we "
           "decide those within 72 hours. If you want your current services to continue during the appeal, you "
           "must ask within 10 days of the date of this notice; you may have to pay for them if you lose.", 9)
    d.text_line("State fair hearing", 9.8, "B", h=5.4)
    d.para("If we uphold this decision, you may ask for a State Fair Hearing within 120 days of our appeal "
           "decision. You can represent yourself or have a lawyer, relative, friend or other person speak for "
           "you. Free legal help may be available from your local legal aid office.", 9)
    d.para(f"Enrollee date of birth {fmt_date(f['dob'], 'slash')}  ·  Provider NPI {f['npi']}", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[notice_no], service_dates=[iso(f["start"])], denial_date=iso(notice),
              provider=nm(hem), appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity"],
              alternates={"insurer": [prog], "provider": [hosp], "case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: specialty pharmacy home-delivery notice
def doc_pharmacy(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pharm = "Northgate Specialty Pharmacy"
    mid, rx = f"{r.letters(2)}{r.digits(9)}", f"RX {r.digits(7)}"
    ins = "Quillmont Health Alliance"
    ship = f["start"] - dt.timedelta(days=2)
    sent = ship - dt.timedelta(days=r.randint(3, 6))
    hem = DOCS[0]
    d = Page("Northgate Specialty Pharmacy  ·  Patient Care Notice", margins=(18, 16, 18))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(0, 0, 216, 24, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(18, 7)
    d.font(15, "B")
    d.cell(0, 8, "NORTHGATE SPECIALTY PHARMACY")
    d.set_text_color(0, 0, 0)
    d.set_y(30)
    d.text_line("Your enzyme therapy is moving home", 13, "B", h=7)
    d.text_line(fmt_date(sent, "upper"), 9.5, h=5.5)
    d.ln(2)
    d.para(f"Hello {f['first']} {f['mi']}. {f['last']},", 10)
    d.para(f"Your plan, {ins}, has set up your taliglucerase alfa (Elelyso) infusions at home. We will ship your "
           f"next supply to your home on {fmt_date(ship, 'upper')} for your infusion on "
           f"{fmt_date(f['start'], 'upper')}. A nurse from our partner agency will give the infusion.", 10)
    d.table(["Prescription", "Prescriber", "Dose", "Your copay"],
            [[rx, hem, f"{f['kg'] * 60} units every 2 weeks", "$0.00"]], [34, 60, 52, 28], size=9,
            border_head="TB")
    d.para(f"Your plan ID on file is {mid}. Your copay card covers your share, so you pay nothing for this "
           "shipment. Please keep the refrigerated box unopened until the nurse arrives.", 10)
    d.para("This is not a bill and not a coverage decision. Questions about your plan's coverage should go to "
           f"your plan. Pharmacy line {f['ph']}, open 24 hours.", 9)
    t = truth("other", None, insurer=None, member_id=mid, member_name=f["member"], service_dates=[iso(f["start"])],
              denial_date=iso(sent), provider=pharm, unscored=["insurer"],
              alternates={"provider": [nm(hem)], "service_dates": [[], [iso(ship)]], "member_id": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_soc_letter, "soc_letter", "born_digital"),
              (2, doc_paid_home_eob, "home_rate_eob", "scan_clean_300"),
              (3, doc_iro, "iro_upheld", "rotated"),
              (4, doc_rfi, "info_request", "photocopy"),
              (5, doc_medicaid, "medicaid_nabd", "phone_photo"),
              (6, doc_pharmacy, "pharmacy_notice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{n}", cond, [fn(Rand(SEED + i))]) for i, fn, n, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
