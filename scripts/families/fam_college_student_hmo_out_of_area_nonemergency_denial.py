"""Family 'college_student_hmo_out_of_area_nonemergency_denial': a dependent away at college, outside the home HMO's
service area; routine and follow-up (non-emergency) care near campus refused as out of network, urgent and
emergency care paid; the campus health center's statement.

Documents: a family EOB with three claims for the student (urgent care visit and X-ray paid, the orthopedic
follow-up refused as out of area); a scanned letter refusing counseling visits near campus; a photocopied campus
health center statement (insurance denied, student balance); a standard-fax stack of a referral refusal and a paid
urgent care EOB; a phone photo of an upheld appeal; a sideways remittance advice to an out-of-area lab; a
low-resolution letter paying an emergency visit and refusing the follow-up visits. Decoys: DOB, NPI, TIN, student
ID, account numbers, the paid claims, received dates, 72-hour and external-review limits, the 48-hour emergency
notification rule, check numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "college_student_hmo_out_of_area_nonemergency_denial"
LANG = "en"
SEED = 334000
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
COLLEGES = [("Pembrook College", "Bellingham, WA"), ("Northgate State University", "Erie, PA"),
            ("Ashgrove Institute of Technology", "Duluth, MN"), ("Saint Brendan University", "Macon, GA")]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def labels(self, rows, lw=46, size=9.4, h=5.3):
        for lab, val in rows:
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand) -> dict:
    name, first, mi, last = r.person()
    parent = f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLM')}. {last}"
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 110))
    dob = dt.date(r.randint(2004, 2007), r.randint(1, 12), r.randint(1, 28))
    return dict(name=name, first=first, mi=mi, last=last, parent=parent, addr=r.address(), dos=dos, dob=dob,
                ph=r.phone(), npi=r.npi(), acct=r.digits(7))


# ---------------------------------------------------------------- 0: family EOB, three claims, ortho follow-up refused
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harborline Health HMO"
    mid, grp = f"HHM{r.digits(8)}-02", f"{r.digits(5)}"
    college, town = COLLEGES[0]
    uc, ortho = "QuickCare Urgent Care - Bellingham", "Bayview Orthopedic Associates"
    c1, c2, c3 = f"{r.digits(11)}", f"{r.digits(11)}", f"{r.digits(11)}"
    inj = f["dos"]
    fu = [inj + dt.timedelta(days=r.randint(8, 12)), inj + dt.timedelta(days=r.randint(26, 32))]
    stmt = fu[-1] + dt.timedelta(days=r.randint(12, 20))
    uc_amt, xr_amt = float(r.randint(185, 240)), float(r.randint(120, 170))
    fu_lines = [(fu[0], "99204", "New patient office visit", float(r.randint(260, 320))),
                (fu[0], "29515", "Short leg splint", float(r.randint(140, 190))),
                (fu[1], "99213", "Office visit, established", float(r.randint(130, 165)))]
    fu_total = round(sum(x[3] for x in fu_lines), 2)
    d = Page("Harborline Health HMO  ·  EOB  ·  page {p} of {n}", margins=(15, 12, 15))
    d.add_page()
    d.text_line("HARBORLINE HEALTH HMO", 15, "B", h=8)
    d.text_line("Your Explanation of Benefits  -  This is not a bill", 10, h=5.5)
    d.ln(2)
    d.labels([("Statement date", fmt_date(stmt, "long")), ("Subscriber", f["parent"]),
              ("Member ID", mid), ("Group", grp), ("Patient", f"{f['name']} (student dependent)"),
              ("Home service area", "Lubbock and South Plains counties, TX")], lw=42, size=9)
    d.ln(2)
    hd = ["Service date", "Claim", "Provider", "Billed", "Plan paid", "You owe", "Note"]
    w = [26, 30, 56, 20, 20, 18, 10]
    rows = [[fmt_date(inj, "abbr"), c1, uc, fmt_money(uc_amt), fmt_money(uc_amt - 50), "$50.00", "A"],
            [fmt_date(inj, "abbr"), c2, "QuickCare Urgent Care (X-ray 73610)", fmt_money(xr_amt),
             fmt_money(xr_amt * .9), fmt_money(xr_amt * .1), "A"]]
    for v, code, desc, a in fu_lines:
        rows.append([fmt_date(v, "abbr"), c3, f"{ortho} ({code})", fmt_money(a), "$0.00", fmt_money(a), "D"])
    rows.append(["*Claim " + c3 + " total", "", "", fmt_money(fu_total), "$0.00", fmt_money(fu_total), ""])
    d.table(hd, rows, w, size=7.8, aligns="LLLRRRL", border_head="TB")
    d.text_line("What the notes mean", 9.5, "B", h=5.5)
    d.para(f"A  Urgent care outside the service area is covered at the in-network level. Your $50 urgent care copay "
           "applies.\n"
           f"D  Denied. {ortho} is not in the Harborline network, and these were scheduled follow-up visits, not "
           f"emergency or urgent care. While {f['first']} attends {college} in {town}, which is outside the Harborline "
           "service area, only emergency and urgent care is covered away from home. Follow-up care must be arranged "
           "with your primary care physician's referral to a Harborline provider.", 8.6)
    d.para("Your right to appeal: you or your authorized representative may file an appeal within 180 days from "
           f"the date of this statement. Call Member Services at {f['ph']} (TTY 711). Claims received: "
           f"{fmt_date(fu[0] + dt.timedelta(days=5), 'long')} through {fmt_date(stmt - dt.timedelta(days=4), 'long')}.",
           8.6)
    t = truth("eob", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[c3], claim_amount=m2(fu_total), service_dates=[iso(v) for v in fu],
              denial_date=iso(stmt), provider=ortho, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: counseling visits near campus refused
def doc_counseling(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ridgecrest Care HMO"
    mid, grp, claim = f"R{r.digits(9)}", f"RC-{r.digits(4)}-{r.digits(2)}", f"{r.digits(3)}-{r.digits(7)}"
    college, town = COLLEGES[1]
    therapist = "Lakeside Counseling Partners"
    visits = [f["dos"] + dt.timedelta(days=7 * k) for k in range(4)]
    each = float(r.choice([150, 165, 175, 180]))
    billed = round(each * 4, 2)
    notice = visits[-1] + dt.timedelta(days=r.randint(20, 30))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Ridgecrest Care HMO", 16, "B", align="C", h=8)
    d.text_line("Behavioral Health Claims  ·  3100 Old Mill Road, Lubbock, TX 79401", 8.6, align="C", h=4.6)
    d.ln(8)
    d.para(f"{notice.strftime('%m/%d/%Y')}\n\n{f['name']}\nc/o {f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.labels([("Member", f["name"]), ("Member number", mid), ("Group number", grp), ("Claim number", claim),
              ("Date of birth", f["dob"].strftime("%m/%d/%Y"))], lw=40, size=9.6)
    d.ln(3)
    d.para(f"Dear {f['first']},", 10)
    dates = ", ".join(v.strftime("%m/%d/%Y") for v in visits)
    d.para(f"We have processed the claim from {therapist} for outpatient counseling (90837) on {dates}. The total "
           f"billed was {fmt_money(billed)}. We did not pay this claim.", 10)
    d.para(f"{therapist} is in {town}, near {college}, which is outside the Ridgecrest Care service area. Your "
           "HMO plan covers non-emergency care only from Ridgecrest network providers, except emergency and urgent "
           "care. Routine counseling visits are not emergency care, and no out-of-network authorization was on file.",
           10)
    d.para("Other options: your college counseling center may see students at no charge, and Ridgecrest offers "
           "telehealth counseling with network therapists licensed in your state. A crisis line is available 24 "
           "hours a day at 988.", 10)
    d.para("If you disagree, you may file an appeal within 60 days of the date of this letter. If your health "
           "would be seriously harmed by waiting, ask for an expedited appeal; we will decide within 72 hours.", 10)
    d.para("Member Appeals Unit\nRidgecrest Care HMO", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(v) for v in visits],
              denial_date=iso(notice), provider=therapist, appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: campus health center statement
def doc_campus(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    college, town = COLLEGES[2]
    center = "Ashgrove Student Health Center"
    mid = f"HHM{r.digits(8)}-03"
    sid = f"S{r.digits(8)}"
    visit = f["dos"]
    lab = visit + dt.timedelta(days=r.randint(5, 9))
    stmt = lab + dt.timedelta(days=r.randint(35, 50))
    lines = [(visit, "99213", "Office visit (covered by student health fee)", float(r.randint(110, 140))),
             (visit, "87880", "Rapid strep test", float(r.randint(38, 52))),
             (lab, "80053", "Comprehensive metabolic panel", float(r.randint(60, 85))),
             (lab, "85025", "Complete blood count", float(r.randint(32, 45)))]
    total = round(sum(x[3] for x in lines), 2)
    fee_adj = lines[0][3]
    due = round(total - fee_adj, 2)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(center, 14, "B", h=7)
    d.text_line(f"{college}  ·  Student Billing  ·  {town} 55802  ·  {r.phone()}", 8.6, h=4.6)
    d.ln(4)
    d.table(["Statement date", "Student", "Student ID", "Account", "Amount due"],
            [[fmt_date(stmt, "iso"), f["name"], sid, f["acct"], fmt_money(due)]], [30, 50, 30, 30, 30], size=8.8,
            border_head="TB")
    d.labels([("Insurance on file", "Harborline Health HMO"), ("Insurance member ID", mid),
              ("Policy holder", f["parent"])], lw=44, size=9)
    d.ln(2)
    rows = [[fmt_date(v, "iso"), c, t, fmt_money(a, "nosign")] for v, c, t, a in lines]
    rows.append(["", "", "Total charges", fmt_money(total, "nosign")])
    rows.append([fmt_date(visit, "iso"), "", "Student health fee adjustment", "-" + fmt_money(fee_adj, "nosign")])
    rows.append([fmt_date(stmt - dt.timedelta(days=12), "iso"), "", "Harborline Health HMO: denied, out of network",
                 "0.00"])
    rows.append(["*Balance due", "", "", fmt_money(due, "nosign")])
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 18, 106, 26], size=8.6, aligns="LLLR")
    d.para("Your insurance company denied the laboratory charges because the Student Health Center is not in its "
           "network and the services were not an emergency. The balance may be paid at the bursar's office or "
           "added to your student account. Unpaid balances can place a hold on registration after 60 days.", 9)
    t = truth("other", None, member_id=mid, member_name=f["name"], claim_amount=m2(total),
              service_dates=[iso(visit), iso(lab)], denial_date=iso(stmt), provider=center, unscored=["insurer"],
              alternates={"claim_amount": [m2(due)], "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: stack: referral refusal + paid urgent care EOB
def doc_referral(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Harborline Health HMO"
    d = Page("Harborline Health HMO  ·  Referral Services", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Harborline Health HMO", 14, "B", h=7)
    d.text_line("Referral Services  ·  PO Box 6620, Lubbock, TX 79401", 8.6, h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(f['notice'], 'wlong')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Referral request: {f['ref']}\nMember ID: {f['mid']}\nRequested by: {f['pcp']} (primary care)", 10)
    d.para(f"Dear {f['name']},", 10)
    d.para(f"Your primary care physician asked us to approve a referral to {f['derm']}, a dermatology practice in "
           f"{f['town']}, for acne treatment visits starting {fmt_date(f['start'], 'long')}. We denied this referral.",
           10)
    d.para(f"{f['derm']} does not participate in the Harborline network, and {f['town']} is outside our service "
           "area. Your HMO plan pays for care outside the service area only for emergencies and urgent care. "
           "Dermatology follow-up is neither. Harborline has network dermatologists in Lubbock you can see during "
           "school breaks, or your doctor can ask about a network telehealth visit.", 10)
    d.para("You have the right to appeal within 180 days of the date of this letter. An expedited appeal is decided "
           "within 72 hours when waiting could seriously jeopardize your health.", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["ref"]], service_dates=[iso(f["start"])], denial_date=iso(f["notice"]),
              provider=f["derm"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"provider": [f["pcp"]]})
    return pdf_bytes(d), t


def doc_paid_uc(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Harborline Health HMO"
    claim = f"{r.digits(11)}"
    uc = "Campus Corner Urgent Care"
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 30))
    stmt = dos + dt.timedelta(days=r.randint(14, 21))
    lines = [("99214", "Urgent care visit", float(r.randint(190, 230))), ("87804", "Influenza test", float(r.randint(35, 50)))]
    billed = round(sum(x[2] for x in lines), 2)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("HARBORLINE HEALTH HMO", 13, "B", h=7)
    d.text_line("EXPLANATION OF BENEFITS", 10, h=5.5)
    d.ln(3)
    d.boxes([("Issue date", stmt.strftime("%m/%d/%y"), 30), ("Patient", f["name"], 52), ("Member ID", f["mid"], 40),
             ("Claim no.", claim, 34), ("Provider", uc, 28)], h=12)
    d.ln(4)
    rows = [[dos.strftime("%m/%d/%y"), c, t, fmt_money(a), fmt_money(a - (50 if c == "99214" else 0)),
             fmt_money(50 if c == "99214" else 0)] for c, t, a in lines]
    rows.append(["*Total", "", "", fmt_money(billed), fmt_money(billed - 50), "$50.00"])
    d.table(["Date", "Code", "Service", "Billed", "Paid", "You owe"], rows, [24, 18, 60, 26, 26, 24], size=8.6,
            aligns="LLLRRR", border_head="TB")
    d.para(f"Urgent care received outside the service area is covered. {uc} was paid at the in-network level; "
           "your urgent care copay is $50.00. No action is needed.", 9.2)
    t = truth("eob", None, insurer=ins, member_id=f["mid"], member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt), provider=uc,
              type_alternates=["other"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    college, town = COLLEGES[3]
    f.update(mid=f"HHM{r.digits(8)}-01", ref=f"RF{r.digits(8)}", pcp="Dr. Wendell Abernathy",
             derm="Magnolia Skin & Laser Clinic", town=town, notice=f["dos"] + dt.timedelta(days=r.randint(30, 45)))
    f["start"] = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    return Item(f"{FAMILY}_referral_and_paid_eob_stack", "fax_standard_g4",
                [doc_referral(r, f), doc_paid_uc(r, f)], separators=["cover", "blank"])


# ---------------------------------------------------------------- 4: upheld appeal (phone photo)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sunpoint Health HMO"
    mid, claim, appeal = f"SP{r.digits(3)}-{r.digits(5)}", f"{r.digits(12)}", f"{r.digits(4)}-AP-{r.digits(4)}"
    college, town = COLLEGES[1]
    pt = "Lakefront Physical Therapy of Erie"
    visits = [f["dos"] + dt.timedelta(days=k) for k in (0, 3, 7, 10, 14, 17)]
    billed = round(sum(float(r.randint(120, 160)) for _ in visits), 2)
    notice = visits[-1] + dt.timedelta(days=r.randint(70, 95))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("SUNPOINT HEALTH HMO", 12, "B", h=6)
    d.text_line("Appeals Department", 9, h=5)
    d.ln(5)
    d.para(fmt_date(notice, "abbr"), 10)
    d.para(f"{f['parent']}\n" + "\n".join(f["addr"]), 10)
    d.text_line("Notice of Appeal Decision - Denial Upheld", 11, "B", h=7)
    d.para(f"Member: {f['name']}     Member ID: {mid}\nClaim: {claim}     Appeal: {appeal}", 9.8)
    d.para(f"You appealed our denial of physical therapy that {f['first']} received at {pt} in Erie from "
           f"{fmt_date(visits[0], 'abbr')} to {fmt_date(visits[-1], 'abbr')} (6 visits, {fmt_money(billed)} billed). "
           f"You explained that {f['first']} is a full-time student at {college} and could not travel home "
           "for therapy after a knee sprain.", 9.8)
    d.para("We understand that being away at school makes this hard. However, the plan is an HMO. Outside the "
           "Sunpoint service area it covers only emergency care and urgent care. Physical therapy scheduled "
           "days in advance is not urgent care, and the therapist is not a Sunpoint provider. The appeal reviewer "
           "upheld the original decision.", 9.8)
    d.para("You have now used all internal appeals. You may request an external review by an independent review "
           "organization within 4 months after the date you receive this notice. Your student health insurance "
           "plan or a PPO option at open enrollment may give coverage where you live during the school year.", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[claim, appeal], claim_amount=m2(billed), service_dates=[iso(visits[0], visits[-1])],
              denial_date=iso(notice), provider=pt,
              alternates={"service_dates": [[iso(visits[0]), iso(visits[-1])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: remittance advice to an out-of-area lab (rotated)
def doc_remit(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ridgecrest Care HMO"
    mid, icn = f"R{r.digits(9)}", f"{r.digits(2)}{r.digits(3)}{r.digits(3)}{r.digits(5)}"
    lab = "Quadrant Diagnostic Laboratories"
    other_icn = f"{r.digits(13)}"
    dos = f["dos"]
    lines = [("80061", "Lipid panel", float(r.randint(55, 75))), ("84443", "TSH", float(r.randint(60, 85))),
             ("82306", "Vitamin D, 25-hydroxy", float(r.randint(90, 130)))]
    billed = round(sum(x[2] for x in lines), 2)
    ra = dos + dt.timedelta(days=r.randint(18, 30))
    other_name = f"{r.choice(FIRST).upper()} {r.letters(1)} {r.choice(['KESSLER', 'LOMAX', 'STRAND']).upper()}"
    d = Page(None, margins=(12, 10, 12), )
    d.add_page()
    d.set_font("Courier", "B", 11)
    d.cell(0, 6, "RIDGECREST CARE HMO - PROVIDER REMITTANCE ADVICE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.6)
    for line in [f"PAYEE: {lab.upper()}        NPI {f['npi']}    TIN 8{r.digits(1)}-{r.digits(7)}",
                 f"REMIT DATE: {ra.strftime('%m/%d/%Y')}    EFT TRACE: {r.digits(10)}    PAYMENT: $0.00",
                 "-" * 96,
                 f"PATIENT: {f['last'].upper()}, {f['first'].upper()} {f['mi']}    MEMBER: {mid}    ICN: {icn}",
                 f"PATIENT ACCT: {f['acct']}    RECEIVED: {(ra - dt.timedelta(days=11)).strftime('%m/%d/%Y')}",
                 f"{'DOS':<12}{'PROC':<8}{'DESCRIPTION':<26}{'BILLED':>10}{'ALLOWED':>10}{'PAID':>9}  {'CARC/RARC':<12}"]:
        d.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    for c, t, a in lines:
        d.cell(0, 4.6, f"{dos.strftime('%m/%d/%Y'):<12}{c:<8}{t:<26}{a:>10.2f}{0:>10.2f}{0:>9.2f}  {'CO-242 N130':<12}",
               new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, f"{'CLAIM TOTAL':<46}{billed:>10.2f}{0:>10.2f}{0:>9.2f}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, "-" * 96, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, f"PATIENT: {other_name}    ICN: {other_icn}    CLAIM PENDED - RECORDS REQUESTED",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, "-" * 96, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Courier", "", 8.4)
    d.multi_cell(0, 4.4, "CO-242  SERVICES NOT PROVIDED BY NETWORK/PRIMARY CARE PROVIDERS.\n"
                 "N130    CONSULT PLAN BENEFIT DOCUMENTS. MEMBER IS A STUDENT RESIDING OUTSIDE THE HMO SERVICE AREA;\n"
                 "        NON-EMERGENCY LABORATORY SERVICES FROM A NON-PARTICIPATING LAB ARE NOT COVERED.\n"
                 "PROVIDER DISPUTES MUST BE RECEIVED WITHIN 120 DAYS OF THE REMIT DATE. CORRECTED CLAIMS: 95 DAYS\n"
                 "FROM DATE OF SERVICE. HOLD HARMLESS DOES NOT APPLY TO NON-PARTICIPATING PROVIDERS.",
                 new_x="LMARGIN", new_y="NEXT")
    name = f"{f['first']} {f['mi']}. {f['last']}"
    t = truth("eob", "out_of_network", insurer=ins, member_id=mid, member_name=name, case_numbers=[icn],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ra), provider=lab,
              appeal_deadline=iso(ra + dt.timedelta(days=120)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: ER paid, follow-ups refused (low-res)
def doc_er_followup(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobalt Plains Health Maintenance Organization"
    mid, grp = f"CP {r.digits(4)} {r.digits(4)}", f"{r.digits(6)}"
    er_claim, fu_claim = f"E{r.digits(10)}", f"F{r.digits(10)}"
    college, town = COLLEGES[3]
    hosp = "Ocmulgee Valley Medical Center"
    clinic = "Ocmulgee Valley Pulmonary Clinic"
    er = f["dos"]
    fus = [er + dt.timedelta(days=r.randint(6, 9)), er + dt.timedelta(days=r.randint(27, 34))]
    er_amt = float(r.randint(2100, 3400))
    fu_amt = round(float(r.randint(210, 260)) + float(r.randint(180, 230)) + float(r.randint(60, 90)), 2)
    notice = fus[-1] + dt.timedelta(days=r.randint(21, 30))
    deadline = notice + dt.timedelta(days=60)
    d = Page(None, margins=(20, 14, 20))
    d.add_page()
    d.text_line("Cobalt Plains", 18, "B", h=9)
    d.text_line("Health Maintenance Organization", 9.5, h=5)
    d.text_line(f"Member Services {f['ph']}", 8.6, h=4.6)
    d.ln(5)
    d.para(f"{fmt_date(notice, 'mdy_nopad')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Member ID {mid}  ·  Group {grp}", 9.8)
    d.para(f"Dear {f['first']},", 10)
    d.para(f"You went to the emergency room at {hosp} in {town} on {fmt_date(er, 'mdy_nopad')} for an asthma attack. "
           f"That is emergency care, and we paid claim {er_claim} ({fmt_money(er_amt)}) at the in-network level, "
           "less your $150 emergency room copay.", 10)
    d.para(f"You then had two follow-up visits at {clinic} on {fmt_date(fus[0], 'mdy_nopad')} and "
           f"{fmt_date(fus[1], 'mdy_nopad')}, billed together on claim {fu_claim} for {fmt_money(fu_amt)} (office "
           "visits and a breathing test). We are not able to pay that claim. Follow-up visits after your "
           "condition is stable are not emergency care. The clinic is not a Cobalt Plains provider and is outside "
           f"our service area, where you live while attending {college}.", 10)
    d.para("What you can do: see your Cobalt Plains primary care doctor when you are home, or ask about a guest "
           "membership with an affiliated plan near your school. Emergency room visits out of the area must be "
           "reported to us within 48 hours of admission if you are admitted.", 10)
    d.para(f"To appeal, write to us by {fmt_date(deadline, 'long')}. External review requests go to the state "
           "within 4 months of our final decision.", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[fu_claim], claim_amount=m2(fu_amt), service_dates=[iso(v) for v in fus],
              denial_date=iso(notice), provider=clinic, appeal_deadline=iso(deadline))
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "family_eob", "born_digital"), (1, doc_counseling, "counseling_letter", "scan_clean_300"),
              (2, doc_campus, "campus_statement", "photocopy"), (4, doc_upheld, "appeal_upheld", "phone_photo"),
              (5, doc_remit, "lab_remittance", "rotated"), (6, doc_er_followup, "er_followup", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(3, item_stack(Rand(SEED + 3)))
    return out
