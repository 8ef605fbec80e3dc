"""Family 'bone_density_dexa_frequency_denial': notices that deny a bone density study (CPT 77080 axial DXA, 77081
peripheral DXA) done sooner than the frequency allowed (once every 24 months unless a qualifying condition is
documented) or for a diagnosis that is not on the covered list; one paid claim with a qualifying diagnosis; one
fax stack of the imaging center's cover letter to the ordering physician and the plan's denial. All values invented.

Issuers: Kittiwake Health Plans (Medicare Advantage monthly EOB and a rotated denial letter), Sandpiper Benefit
Life & Health (commercial: a paid EOB and a diagnosis-not-covered letter), Medicare (Part B summary notice with
ABN text), Ravensworth Government Health Services, LLC (Part B MAC paper remittance to a radiology group, PR-119
with the GA modifier), Fernhollow Health Partners (denial behind Copperleaf Imaging Center's fax cover letter).
Decoys: the ordering physician (and NPI), the date of the previous bone density test, dates of birth, the date the
claim was received, ICD-10 codes, T-scores, plan paid / you owe amounts, another patient's paid line on the remit.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "bone_density_dexa_frequency_denial"
LANG = "en"

KIT = "Kittiwake Health Plans"
SAN = "Sandpiper Benefit Life & Health"
MEDICARE = "Medicare"
RAV = "Ravensworth Government Health Services, LLC"
FER = "Fernhollow Health Partners"
CENTERS = ["Tamarind Women's Imaging", "Brightwater Radiology Group, P.C.", "Halden Diagnostic Imaging",
           "Esker Valley Radiology Associates", "Copperleaf Imaging Center", "Larchmont Bone Health Center",
           "Pinecrest Imaging & DEXA"]
ORDERING = ["Dr. Anjali P. Venkataraman", "Dr. Tobiah R. Ellsworth", "Dr. Yusra K. Haddad", "Dr. Matteo L. Ferrante",
            "Dr. Siobhan E. Gallagher", "Dr. Hyun-woo J. Baek", "Dr. Adaeze N. Umeh"]


def base(i: int) -> tuple[Rand, dict]:
    r = Rand(161600 + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(18, 40))
    prev = dos - dt.timedelta(days=r.randint(330, 600))  # sooner than 24 months
    return r, dict(member=r.person(), addr=r.address(), notice=notice, dos=dos, prev=prev, center=CENTERS[i],
                   ordering=ORDERING[i], npi=r.npi(), onpi=r.npi(), phone=r.phone(),
                   dob=dt.date(r.randint(1944, 1966), r.randint(1, 12), r.randint(1, 28)))


def mbi(r: Rand) -> str:
    return f"{r.randint(1, 9)}{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(1)}{r.digits(2)}{r.letters(1)}"


def kv(d: Doc, rows, lw: float = 42, size: float = 10, h: float = 5.4, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 1. MA monthly EOB, frequency (born digital)
def ma_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "KW" + r.digits(9)
    claim = r.digits(11)
    charge = 248.0 + r.randint(0, 80)
    deadline = f["notice"] + dt.timedelta(days=65)
    month = (f["notice"].replace(day=1) - dt.timedelta(days=1))
    d = Doc("Helvetica", footer="Kittiwake Health Plans  |  Your Explanation of Benefits  |  Page {p} of {n}")
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  KITTIWAKE HEALTH PLANS", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.text_line(f"Your Explanation of Benefits for {month.strftime('%B %Y')}", 13, "B")
    d.text_line("Kittiwake Senior Choice (PPO)  -  Plan H7702-011", 9.5)
    d.ln(2)
    y = d.get_y()
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10)
    d.set_xy(118, y)
    kv(d, [("Member ID", mid), ("Date issued", fmt_date(f["notice"], "iso")),
           ("Birth date", fmt_date(f["dob"], "iso"))], lw=28, size=9, h=4.8, x=118)
    d.ln(6)
    d.text_line("Claims we processed this month", 11, "B")
    d.text_line(f"{f['center']}  |  Claim {claim}  |  Ordered by {f['ordering']}", 9, "B")
    d.table(["Date", "Service", "Provider charged", "Plan approved", "Plan paid", "You may owe", "Note"],
            [[fmt_date(f["dos"], "iso"), "Bone density (DXA) hips/spine 77080", fmt_money(charge), "$0.00", "$0.00",
              "$0.00", "D4"]],
            [24, 60, 24, 22, 18, 20, 12], size=8, aligns="LLRRRRL")
    d.text_line("Notes", 10, "B")
    d.para(f"D4  Denied - frequency. Medicare and your plan cover a bone mass measurement once every 24 months, or "
           f"more often only when medically necessary for a listed condition. Our records show a bone density test "
           f"on {fmt_date(f['prev'], 'iso')}. No qualifying condition was billed with this claim (CARC 119). "
           f"Because the center did not give you an Advance Beneficiary Notice (ABN), you do not have to pay.", 8.8)
    d.text_line("If you disagree with a coverage decision", 10, "B")
    d.para(f"You can ask us for an appeal (reconsideration). You must ask within 65 days of the date this EOB was "
           f"issued. Call {f['phone']} (TTY 711) or write to Kittiwake Health Plans, Appeals, PO Box 9920, "
           f"Lubbock, TX 79401.", 8.8)
    d.text_line("Your totals", 10, "B")
    d.para(f"This month you paid $0.00. So far this year you paid $412.60 toward your $5,900.00 maximum out of "
           f"pocket.", 8.8)
    t = truth("eob", "not_covered", "en", insurer=KIT, plan_id="H7702-011", member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["center"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2. commercial EOB, paid with qualifying dx
def paid_eob(i: int):
    r, f = base(i)
    m = f["member"]
    sub = r.person()
    mid = "SBL" + r.digits(9)
    grp = r.digits(4) + "-" + r.digits(3)
    claim = "E" + r.digits(10)
    charge = 305.0 + r.randint(0, 60) + 0.4
    allowed = round(charge * 0.54, 2)
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    d.text_line(SAN, 16, "B")
    d.text_line("Explanation of Benefits - This is not a bill", 10)
    d.rule(0.5, 3)
    kv(d, [("Subscriber:", sub[0]), ("Patient:", m[0]), ("ID number:", mid), ("Group number:", grp),
           ("Statement date:", fmt_date(f["notice"], "upper")), ("Claim number:", claim),
           ("Provider:", f["center"]), ("Referring physician:", f"{f['ordering']} (NPI {f['onpi']})")], lw=44)
    d.ln(3)
    coins = round(allowed * 0.2, 2)
    d.table(["Service date", "Description", "Billed", "Allowed", "Coinsurance", "Paid by plan"],
            [[fmt_date(f["dos"], "upper"), "77080 DXA bone density, axial", fmt_money(charge), fmt_money(allowed),
              fmt_money(coins), fmt_money(allowed - coins)]],
            [30, 62, 22, 22, 22, 22], size=9, aligns="LLRRRR")
    d.para(f"Remark P12: Paid. A repeat bone density study within 24 months of the prior study "
           f"({fmt_date(f['prev'], 'upper')}) is covered for the diagnosis billed: Z79.52 long-term use of "
           f"systemic steroids (prednisone 7.5 mg daily or more for 3 months or longer).", 9.5)
    d.para(f"Your share for this claim is {fmt_money(coins)}. The provider may bill you this amount. Questions? "
           f"Call {f['phone']}.", 9.5)
    t = truth("other", None, "en", insurer=SAN, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["center"], type_alternates=["eob"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3. commercial letter, diagnosis not on the list
def dx_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "SBL" + r.digits(9)
    grp = r.digits(4) + "-" + r.digits(3)
    claim = "E" + r.digits(10)
    case = "AD-" + r.digits(7)
    charge = 289.0 + r.randint(0, 70)
    recv = f["dos"] + dt.timedelta(days=r.randint(4, 9))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times")
    d.add_page()
    d.text_line(SAN, 15, "B")
    d.text_line("Claims Review  ·  PO Box 5520  ·  Macon, GA 31201", 9)
    d.ln(6)
    d.text_line(fmt_date(f["notice"], "wlong"), 11)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line("Adverse Benefit Determination", 13, "B")
    d.ln(1)
    kv(d, [("Patient", m[0]), ("Member ID", mid), ("Group", grp), ("Claim number", claim),
           ("Determination no.", case), ("Service", "77080 - bone density study (DXA), axial skeleton"),
           ("Date of service", fmt_date(f["dos"], "long")), ("Claim received", fmt_date(recv, "long")),
           ("Billed charges", fmt_money(charge)), ("Rendering provider", f["center"])], lw=44, size=10.5)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:", 11)
    d.para(f"We reviewed the bone density study ordered by {f['ordering']}. The only diagnosis on the claim is "
           "R53.83 (other fatigue). Our Bone Mineral Density Testing policy covers a DXA study for women 65 or "
           "older, for younger postmenopausal women and men with a risk factor, and for the conditions listed in "
           "the policy (for example osteoporosis, long-term steroid use, hyperparathyroidism, or monitoring of "
           "osteoporosis drug therapy). Fatigue is not on that list, so the study is not medically necessary "
           "under your plan and we denied the claim.", 11)
    d.text_line("Your right to appeal", 11.5, "B")
    d.para("You may appeal within 180 days after you receive this notice. To be safe, send your appeal so that it "
           f"reaches us by {fmt_date(deadline, 'long')}. Include any records showing a covered condition. Call "
           f"{f['phone']} with questions. You may also have the right to an external review after our final "
           "decision.", 11)
    d.para("Sincerely,\nSandpiper Benefit Life & Health, Claims Review Unit", 11)
    t = truth("denial_letter", "medical_necessity", "en", insurer=SAN, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim, case], claim_amount=m2(charge),
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["center"],
              appeal_deadline=deadline.isoformat(), alternates={"case_numbers": [[claim]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4. Medicare Summary Notice with ABN text
def msn(i: int):
    r, f = base(i)
    m = f["member"]
    num = mbi(r)
    claim = r.digits(2) + "-" + r.digits(4) + "-" + r.digits(4) + "-" + r.digits(3)
    charge = 212.0 + r.randint(0, 60) + 0.5
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.font(17, "B")
    d.cell(110, 9, "Medicare Summary Notice")
    d.font(9)
    d.cell(0, 9, "Part B (Medical Insurance)", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 3)
    kv(d, [("Notice for", m[0]), ("Medicare Number", num), ("Date of this notice", fmt_date(f["notice"], "abbr"))],
       lw=46, size=10)
    for ln in (f["addr"][0], f["addr"][1]):
        d.text_line(ln, 10)
    d.ln(3)
    d.set_fill_color(230, 230, 230)
    d.font(10.5, "B")
    d.multi_cell(0, 6, f" Did Medicare approve all services? NO. See page 1 for details.\n If you disagree, file an "
                       f"appeal. Appeals must be filed by {fmt_date(deadline, 'abbr')}.", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(f"{f['center']}, {fmt_date(f['dos'], 'abbr')}", 10.5, "B")
    d.text_line(f"Claim number {claim}    Referred by {f['ordering']}", 9)
    d.table(["Service Provided & Billing Code", "Approved?", "Provider Charged", "Medicare Approved",
             "Medicare Paid", "You May Be Billed", "Notes"],
            [["Bone mass DXA, axial (77080-GA)", "No", fmt_money(charge), "$0.00", "$0.00",
              fmt_money(charge), "A, B"]], [54, 16, 24, 26, 22, 24, 12], size=7.8)
    d.text_line("Notes for Claims Above", 10.5, "B")
    d.para(f"A  Medicare covers a bone mass measurement once every 24 months (more often if medically necessary). "
           f"Your last bone mass measurement was {fmt_date(f['prev'], 'abbr')}.", 9)
    d.para("B  Your provider told you in advance that Medicare probably would not pay for this service. You signed "
           "an Advance Beneficiary Notice (ABN), so you are responsible for this charge.", 9)
    d.text_line("How to handle denied claims or file an appeal", 10.5, "B")
    d.para(f"Circle the service you disagree with, explain why, and send this notice to the contractor by "
           f"{fmt_date(deadline, 'abbr')}. Call 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048.", 9)
    t = truth("eob", "not_covered", "en", insurer=MEDICARE, member_id=num, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(charge), service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=f["center"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5. fax stack: imaging center cover + denial
def stack_docs(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "FHP-" + r.digits(3) + "-" + r.digits(5)
    grp = "FH" + r.digits(5)
    claim = r.digits(4) + r.letters(2) + r.digits(6)
    charge = 276.0 + r.randint(0, 60) + 0.25
    cover_date = f["notice"] + dt.timedelta(days=r.randint(3, 6))
    deadline = f["notice"] + dt.timedelta(days=180)
    # cover letter
    c = Doc("Helvetica")
    c.add_page()
    c.text_line(f"{f['center'].upper()}", 15, "B")
    c.text_line("881 Lantern Way, Suite B  ·  Yuma, AZ 85364  ·  Fax 928-555-0147", 9)
    c.rule(0.5, 4)
    c.text_line("FAX TRANSMITTAL / PATIENT ACCOUNT NOTICE", 12, "B")
    c.ln(2)
    kv(c, [("Date:", fmt_date(cover_date, "slash")), ("To:", f"{f['ordering']} - office manager"),
           ("Fax:", "928-555-0190"), ("From:", "Patient Financial Services"), ("Pages:", "2 including this letter"),
           ("Re:", f"{m[0]} (DOB {fmt_date(f['dob'], 'dmy')})")], lw=22, size=10)
    c.ln(4)
    c.para(f"Your patient {m[0]} had a DXA bone density study (77080) at our center on {fmt_date(f['dos'], 'dmy')}. "
           f"{FER} denied our claim {claim} (member ID {mid}) for {fmt_money(charge)} because the study was done "
           f"less than 24 months after the prior study of {fmt_date(f['prev'], 'dmy')}. The plan's letter is "
           "attached.", 10.5)
    c.para("If the patient has a condition that allows more frequent testing (for example long-term steroid "
           "therapy, primary hyperparathyroidism or monitoring of osteoporosis drug therapy), please fax us the "
           "office note and the diagnosis so we can ask the plan to reconsider. No ABN was signed, so we will not "
           "bill the patient while this is open.", 10.5)
    c.para("Thank you,\nBilling Department", 10.5)
    c.ln(4)
    c.para("CONFIDENTIALITY NOTICE: This fax contains protected health information. If you received it in error, "
           "call us and destroy it.", 8)
    ct = truth("other", None, "en", insurer=None, member_id=mid, member_name=m[0], case_numbers=[claim],
               claim_amount=m2(charge), service_dates=[f["dos"].isoformat()], denial_date=cover_date.isoformat(),
               provider=f["center"], unscored=["insurer"], type_alternates=["denial_letter"])
    # plan denial
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(FER, 14, "B")
    d.text_line("Utilization & Claims Review  ·  PO Box 30417  ·  Pueblo, CO 81003", 8.5)
    d.ln(5)
    d.text_line(fmt_date(f["notice"], "slash"), 10.5)
    d.ln(2)
    for ln in (f["center"], "Attn: Patient Financial Services", "881 Lantern Way, Suite B", "Yuma, AZ 85364"):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("CLAIM DENIAL NOTICE", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", m[0]), ("Member ID", mid), ("Group", grp), ("Claim", claim),
           ("Date of service", fmt_date(f["dos"], "slash")), ("Procedure", "77080 DXA bone density, axial"),
           ("Billed amount", fmt_money(charge)), ("Ordering physician", f"{f['ordering']}, NPI {f['onpi']}")],
       lw=42, size=10)
    d.ln(3)
    d.para(f"This claim is denied. The plan covers one bone density study every 24 months. A prior study was paid "
           f"for this member with a date of service of {fmt_date(f['prev'], 'dmy')}. The claim did not include a "
           "diagnosis that allows a repeat study sooner (CARC 119, RARC N362). The member is not responsible for "
           "this charge because no advance notice (ABN) is on file.", 10.5)
    d.para("Appeal: the provider or the member may request a reconsideration within 180 days of the date of this "
           f"notice. Send records to the address above or fax 719-555-0183. Provider line {f['phone']}.", 10.5)
    dt_ = truth("denial_letter", "not_covered", "en", insurer=FER, group_number=grp, member_id=mid,
                member_name=m[0], case_numbers=[claim], claim_amount=m2(charge),
                service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["center"],
                appeal_deadline=deadline.isoformat(), denial_alternates=["medical_necessity"])
    return [(pdf_bytes(c), ct), (pdf_bytes(d), dt_)]


# ---------------------------------------------------------------- 6. MAC remittance to radiology group (photocopy)
def remit(i: int):
    r, f = base(i)
    m = f["member"]
    num = mbi(r).replace("-", "")
    icn = r.digits(13)
    other = r.person()
    charge = 198.0 + r.randint(0, 50)
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Doc("Courier", margins=(12, 12, 12))
    d.add_page()
    d.text_line(RAV.upper(), 10.5, "B")
    d.text_line("MEDICARE PART B  -  PO BOX 71220  -  SPOKANE WA 99201", 8.5)
    d.text_line("STANDARD PAPER REMITTANCE", 10, "B")
    d.ln(1)
    d.text_line(f"PAYEE: {f['center'].upper()}   NPI {f['npi']}   DATE: {fmt_date(f['notice'], 'slash')}", 8.2)
    d.text_line(f"PERF PROV: {f['center'].upper()}   REF PROV: {f['ordering'].upper()} {f['onpi']}", 8.2)
    d.rule(0.3)
    hdr = ["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT", "PROV PD", "GRP/RC"]
    w = [20, 22, 10, 8, 14, 14, 20, 20, 16, 20, 22]
    d.text_line(f"NAME {other[3].upper()}, {other[1].upper()}  MID {mbi(r).replace('-', '')}  ICN {r.digits(13)}", 8)
    d.table(hdr, [[f["npi"], fmt_date(f["dos"] - dt.timedelta(days=2), "slash"), "11", "1", "77080", "", "240.00",
                   "41.96", "0.00", "32.89", "CO-45"]], w, size=7.5, aligns="LLLRLLRRRRL")
    d.text_line(f"NAME {m[3].upper()}, {m[1].upper()} {m[2]}  MID {num}  ICN {icn}  ASG Y", 8)
    d.table(hdr, [[f["npi"], fmt_date(f["dos"], "slash"), "11", "1", "77080", "GA", fmt_money(charge, "nosign"),
                   "0.00", "0.00", "0.00", "PR-119"]], w, size=7.5, aligns="LLLRLLRRRRL")
    d.text_line(f"PT RESP {fmt_money(charge, 'nosign')}   CLAIM TOTALS {fmt_money(charge, 'nosign')}   REM: N362 M38",
                8)
    d.ln(2)
    d.rule(0.3)
    d.para("PR-119 BENEFIT MAXIMUM FOR THIS TIME PERIOD OR OCCURRENCE HAS BEEN REACHED. (BONE MASS MEASUREMENT: ONE "
           f"EVERY 24 MONTHS; PRIOR SERVICE {fmt_date(f['prev'], 'slash')}.)", 7.8)
    d.para("N362 THE NUMBER OF DAYS OR UNITS OF SERVICE EXCEEDS OUR ACCEPTABLE MAXIMUM.", 7.8)
    d.para("M38 THE PATIENT IS LIABLE FOR THE CHARGES FOR THIS SERVICE AS YOU INFORMED THE PATIENT IN WRITING BEFORE "
           "THE SERVICE WAS FURNISHED THAT WE WOULD NOT PAY FOR IT (ABN, MODIFIER GA).", 7.8)
    d.para("IF YOU DISAGREE, A REDETERMINATION MUST BE REQUESTED WITHIN 120 DAYS OF THE DATE OF THIS NOTICE.", 7.8)
    t = truth("eob", "not_covered", "en", insurer=RAV, member_id=num, member_name=m[0], case_numbers=[icn],
              claim_amount=m2(charge), service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(),
              provider=f["center"], appeal_deadline=deadline.isoformat(), alternates={"insurer": [MEDICARE]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 7. MA letter, 77081, prior test elsewhere (rotated)
def ma_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "KW" + r.digits(9)
    claim = r.digits(11)
    charge = 96.0 + r.randint(0, 40) + 0.5
    deadline = f["notice"] + dt.timedelta(days=65)
    d = Doc("Helvetica", footer="Y0091_KWDEN26 - page {p} of {n}")
    d.add_page()
    d.text_line("KITTIWAKE HEALTH PLANS", 14, "B")
    d.text_line("Kittiwake Senior Choice (PPO)  ·  PO Box 9900  ·  Lubbock, TX 79401", 8.5)
    d.rule(0.5, 4)
    d.text_line(f"Date: {f['notice'].strftime('%m/%d/%y')}", 10.5)
    d.text_line(f"Member number: {mid}", 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B")
    d.ln(1)
    d.para(f"We have denied payment of {fmt_money(charge)} for a forearm bone density scan (77081, peripheral DXA) "
           f"you received at {f['center']} on {f['dos'].strftime('%m/%d/%y')} (claim {claim}), ordered by "
           f"{f['ordering']}.", 10.5)
    d.text_line("Why did we deny your request?", 11.5, "B")
    d.para(f"Bone mass measurement is covered once every 24 months. Another provider billed a hip and spine scan "
           f"(77080) for you on {f['prev'].strftime('%m/%d/%y')}, less than 24 months earlier. The claim does not "
           "show a condition that allows more frequent testing, such as monitoring of an FDA-approved "
           "osteoporosis drug.", 10.5)
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    d.para("If you want to appeal, you must ask for a reconsideration within 65 days of the date of this notice. "
           f"Call {f['phone']} (TTY 711) or write to us. The provider may not bill you more than your usual "
           "cost-sharing for this service unless you signed a notice agreeing to pay.", 10.5)
    d.para("Plan ID: H7702-011. OMB Approval 0938-0829.", 8.5)
    t = truth("denial_letter", "not_covered", "en", insurer=KIT, plan_id="H7702-011", member_id=mid,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(charge), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["center"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_ma_eob_77080_within_24_months", "born_digital", ma_eob),
    ("bd_paid_eob_steroid_therapy", "born_digital", paid_eob),
    ("scan300_letter_fatigue_not_listed", "scan_clean_300", dx_letter),
    ("lowres_msn_abn_signed", "scan_lowres_150", msn),
    ("faxfine_stack_center_cover_and_denial", "fax_fine_g4", stack_docs),
    ("copy_mac_remit_pr119_ga", "photocopy", remit),
    ("rotated_ma_letter_77081_prior_scan", "rotated", ma_letter),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (s, c, fn) in enumerate(PLAN):
        out = fn(i)
        items.append(Item(f"{FAMILY}_{s}", c, out if isinstance(out, list) else [out]))
    return items
