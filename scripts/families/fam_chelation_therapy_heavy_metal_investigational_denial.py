"""Family 'chelation_therapy_heavy_metal_investigational_denial': intravenous chelation (J0600 edetate calcium
disodium, J3520 edetate disodium, 96365/96366 IV infusion) refused as investigational when given for autism or
cardiovascular disease, and covered when lead poisoning is documented by a venous blood lead level.

Documents: a prose letter refusing edetate disodium infusions for coronary disease; a fine-fax stack (cover sheet,
a two-claim EOB with the child's chelation claim denied beside a paid office visit, and the integrative clinic's
statement); a state Medicaid managed care notice of action (boxed form, plan appeal and fair hearing limits); a
photocopied upheld appeal with a grey sidebar; a phone photo of a paid EOB for a lead-poisoning course; a sideways
Medicare Advantage notice of denial of medical coverage; a scanned approval of a lead chelation course.

Decoys: DOB, blood lead levels and test dates, received dates, NPIs, account numbers, the paid office visit,
plan-paid / you-owe amounts, medical policy numbers, form numbers, 72-hour, 120-day and 4-month limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "chelation_therapy_heavy_metal_investigational_denial"
LANG = "en"
SEED = 297500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CLINIC = "Verdant Path Integrative Medicine"


class Page(Doc):
    def __init__(self, foot=None, margins=(18, 14, 18), header=None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def kv(d: Page, rows, lw=42, size=9.4, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.55, lab)
        d.font(size)
        d.cell(0 if x is None else 60, size * 0.55, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand) -> dict:
    m, first, mid, last = r.person()
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(m=m, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(), ph=ph(r))


def lines(r: Rand, drug: str, n: int) -> list:
    desc = {"J0600": "Edetate calcium disodium, up to 1000 mg", "J3520": "Edetate disodium, per 150 mg"}[drug]
    units = 1 if drug == "J0600" else r.choice([10, 15, 20])
    return [dict(code=drug, desc=desc, units=units, billed=float(r.randint(180, 620))),
            dict(code="96365", desc="IV infusion, initial, up to 1 hour", units=1, billed=float(r.randint(210, 340))),
            dict(code="96366", desc="IV infusion, each additional hour", units=n, billed=float(r.randint(70, 120) * n))]


# ------------------------------------------------------------------ 0: prose letter, cardiovascular (born digital)
def doc_letter(r: Rand):
    f = base(r)
    ins = "Highmark Ridge Health Plans"
    mid, grp = f"HRX{r.digits(9)}", f"{r.digits(6)}-0{r.digits(2)}"
    claim = f"{r.digits(2)}{r.letters(2)}{r.digits(8)}"
    doctor = f"Dr. Corwin {r.choice('BDFHK')}. {r.choice(['Abernathy', 'Strand', 'Kessler', 'Lomax'])}"
    dates = sorted({f["dos"] + dt.timedelta(days=7 * i) for i in range(3)})
    ls = []
    for _ in dates:
        ls += lines(r, "J3520", 2)
    billed = sum(x["billed"] for x in ls)
    notice = dates[-1] + dt.timedelta(days=r.randint(18, 30))
    d = Page("Highmark Ridge Health Plans - Claim determination - page {p} of {n}", margins=(24, 18, 24),
             header=f"{f['m']}  |  Claim {claim}  |  continued")
    d.add_page()
    d.text_line("Highmark Ridge", 20, "B", h=9)
    d.text_line("Health Plans", 11, h=5)
    d.text_line(f"1400 Quarry Hill Parkway, Altoona Springs, PA 16602  -  Member line {f['ph']}", 8.4, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["m"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We reviewed claim number {claim}, sent to us by {CLINIC} for intravenous chelation therapy given by "
           f"{doctor} on {', '.join(fmt_date(x, 'long') for x in dates[:-1])} and {fmt_date(dates[-1], 'long')}. "
           f"The claim lists edetate disodium (J3520) with infusion codes 96365 and 96366 and total charges of "
           f"{fmt_money(billed)}. The diagnosis on the claim is atherosclerotic heart disease of the native "
           "coronary artery.", 10.5)
    d.para("We are not able to pay this claim. Chelation therapy for heart or blood vessel disease is "
           "investigational under our medical policy MP-7.01.44 (Chelation Therapy). Published studies, including "
           "the large randomized trials of edetate disodium infusions, have not shown that it improves health "
           "outcomes for people with coronary disease. Chelation is covered only for documented heavy metal "
           "poisoning, such as lead poisoning confirmed by a venous blood lead level, and a few other conditions "
           "listed in the policy. Your member ID is " + mid + f" and your group number is {grp}.", 10.5)
    d.para("Because this service is investigational, you may be billed by the provider for these charges.", 10.5)
    d.add_page()
    d.text_line("How to appeal", 12, "B", h=7)
    d.para("You or someone you name may appeal this decision. Your appeal must be filed within 180 days of the "
           "date of this letter. Write to Highmark Ridge Appeals, PO Box 2260, Altoona Springs, PA 16603, or "
           f"fax 555-{r.digits(3)}-{r.digits(4)}. If your health would be in serious danger by waiting, ask for an "
           "expedited appeal; we will decide within 72 hours.", 10.5)
    d.para("You may ask for an external review by an independent review organization after our final internal "
           "decision. You have 4 months from the date you receive that decision to ask for external review. The "
           "reviewer will look at denials based on medical necessity, appropriateness, health care setting, level "
           "of care or effectiveness, and decisions that a treatment is experimental or investigational.", 10.5)
    d.para("You may ask for free copies of the policy and all documents we used. Medical Director, Utilization "
           f"Management, Highmark Ridge Health Plans. Provider NPI on claim: {f['npi']}.", 10.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["m"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(x) for x in dates],
              denial_date=iso(notice), provider=doctor.replace("Dr. ", ""),
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [CLINIC], "insurer": ["Highmark Ridge"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fine-fax stack: EOB + clinic statement
def doc_eob_child(r: Rand, f: dict):
    ins = "Cascadia Mutual Benefit Company"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    f["stmt"] = stmt
    visit = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    c1 = f"{r.digits(4)}-{r.digits(6)}"
    l0 = [dict(code="99214", desc="Office visit, established", units=1, billed=float(r.randint(190, 260)))]
    l0[0].update(allowed=round(l0[0]["billed"] * 0.6, 2))
    l0[0].update(paid=round(l0[0]["allowed"] - 30, 2), owe=30.0, rmk="")
    for x in f["lines"]:
        x.update(allowed=0.0, paid=0.0, owe=x["billed"], rmk="IX4")
    billed = sum(x["billed"] for x in f["lines"])
    f["billed"] = billed
    d = Page("CASCADIA MUTUAL  ·  EXPLANATION OF BENEFITS  ·  NOT A BILL  ·  {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("CASCADIA MUTUAL", 16, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 40871, Tacoma Heights, WA 98402  ·  {f['ph']}", 8.2, h=4.5)
    d.rule(0.7, 3)
    y = d.get_y()
    d.text_line("Explanation of Benefits", 12.5, "B", h=7)
    for ln in [f"Subscriber: {f['sub']}", *f["addr"]]:
        d.text_line(ln, 9, h=4.6)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "dmy")), ("Patient", f["m"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Patient DOB", fmt_date(f["dob"], "dmy"))], lw=30, size=8.8, x=118)
    d.ln(5)
    for c, dos, ls, prov in [(c1, visit, l0, "Dr. Anselm Greer, Northgate Pediatrics"),
                             (f["claim"], f["dos"], f["lines"], CLINIC)]:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {c}  -  {prov}  -  received {fmt_date(dos + dt.timedelta(days=9), 'dmy')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = [[fmt_date(dos, "dmy"), x["code"], x["desc"][:34], str(x["units"]), fmt_money(x["billed"]),
                 fmt_money(x["allowed"]), fmt_money(x["paid"]), fmt_money(x["owe"]), x["rmk"]] for x in ls]
        rows.append(["*Claim total", "", "", "", fmt_money(sum(x["billed"] for x in ls)),
                     fmt_money(sum(x["allowed"] for x in ls)), fmt_money(sum(x["paid"] for x in ls)),
                     fmt_money(sum(x["owe"] for x in ls)), ""])
        d.table(["Service", "Code", "Description", "Qty", "Charged", "Allowed", "Paid", "You owe", "Rmk"], rows,
                [22, 13, 58, 9, 20, 19, 18, 19, 10], size=7.6, aligns="LLLRRRRRL", head_fill=True)
    d.text_line("Remark code", 9.5, "B", h=5.5)
    d.para("IX4  Chelation therapy for autism spectrum disorder is investigational and not covered (medical "
           "policy CMB-MED-0219). Chelation is covered for lead or other heavy metal poisoning confirmed by "
           "laboratory testing; no such diagnosis was billed.", 8.5)
    d.para("Appeals: you may ask us to review this decision within 180 days of the date of this statement. Call "
           f"{f['ph']} or write to the address above. Urgent care appeals are decided within 72 hours.", 8.5)
    t = truth("eob", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["m"],
              case_numbers=[f["claim"]], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=CLINIC, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_clinic_statement(r: Rand, f: dict):
    sd = f["stmt"] + dt.timedelta(days=r.randint(8, 16))
    acct = f"VP-{r.digits(6)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  Verdant Path Integrative Medicine", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Functional & integrative care  ·  88 Lantern Way, Olympia Flats, WA 98501  ·  {ph(r)}", 8.4, h=5)
    d.ln(3)
    d.text_line("Patient Statement", 12, "B", h=7)
    d.boxes([("Statement date", fmt_date(sd, "abbr"), 40), ("Account", acct, 32), ("Patient", f["m"], 56),
             ("Balance", fmt_money(f["billed"]), 32)])
    d.ln(3)
    d.para(f"Responsible party: {f['sub']}    Insurance: Cascadia Mutual, ID {f['mid']}    Insurer claim "
           f"{f['claim']}    Treating clinician: Odette Prescott, ND", 8.8)
    rows = [[fmt_date(f["dos"], "abbr"), x["code"], x["desc"], str(x["units"]), fmt_money(x["billed"])]
            for x in f["lines"]]
    rows.append(["", "", "Total charges", "", fmt_money(f["billed"])])
    rows.append([fmt_date(f["stmt"], "abbr"), "", "Insurance denied - investigational (IX4)", "", "0.00"])
    rows.append(["*Patient balance", "", "", "", fmt_money(f["billed"])])
    d.table(["Date", "Code", "Service", "Units", "Amount"], rows, [30, 16, 98, 14, 26], size=8.6, aligns="LLLRR")
    d.para("Your insurer did not pay for these services. Per the financial agreement you signed, the balance is "
           "now your responsibility. We offer a 10% prompt-pay discount if paid within 30 days, or a 6-month "
           "payment plan. Questions? Ask for our billing coordinator.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["m"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(sd), provider=CLINIC,
              unscored=["insurer"], alternates={"case_numbers": [[]], "provider": ["Odette Prescott"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    m, first, mi, last = r.person()
    f.update(m=f"{r.choice(['Theo', 'Jasper', 'Ezra', 'Mei'])} {mi}. {f['last']}", sub=f["m"],
             dob=dt.date(2019, r.randint(1, 12), r.randint(1, 28)), mid=f"CMB{r.digits(8)}-02",
             grp=f"{r.digits(7)}", claim=f"{r.digits(12)}")
    f["lines"] = lines(r, "J0600", 2)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_eob_child(r, f), doc_clinic_statement(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------------ 2: Medicaid managed care notice of action
def doc_medicaid(r: Rand):
    f = base(r)
    f["m"] = f"{r.choice(['Brianna', 'Naomi', 'Kwame'])} {r.choice('ACDEL')}. {f['last']}"
    ins = "Sunfield Community Health Plan"
    mid = f"{r.digits(8)}{r.letters(1)}"
    ref = f"NOA-{r.digits(7)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(6, 12))
    doctor = "Dr. Marisol T. Vasquez"
    d = Page("Sunfield Community Health Plan - Notice of Adverse Benefit Determination - SCHP-NOA-04 (rev 2025)",
             margins=(15, 12, 15))
    d.add_page()
    d.text_line("Sunfield Community Health Plan", 14, "B", h=7)
    d.text_line("A Medicaid managed care plan for the State Health Care Authority", 8.8, h=4.6)
    d.ln(2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", align="C", h=7)
    d.ln(2)
    d.boxes([("Date of notice", fmt_date(notice, "slash"), 40), ("Member", f["m"], 56), ("Medicaid ID", mid, 40),
             ("Notice number", ref, 42)])
    d.boxes([("Requesting provider", doctor, 66), ("Provider NPI", f["npi"], 40), ("Service requested",
             "J0600 x 5, 96365", 46), ("Date of birth", fmt_date(f["dob"], "slash"), 26)])
    d.ln(4)
    d.text_line("What we decided", 10.5, "B", h=6)
    d.para(f"We denied the request from {doctor} for a 5-day course of IV chelation (edetate calcium disodium) "
           f"planned to start {fmt_date(f['dos'], 'slash')}. The request was for autism spectrum disorder and "
           "elevated urine metals after a provoked urine test. Provoked urine testing is not a valid way to "
           "diagnose metal poisoning, and chelation for autism is experimental. Your blood lead level of 3 "
           "mcg/dL is not in the range where chelation is used.", 9.6)
    d.text_line("Rules we used", 10.5, "B", h=6)
    d.para("42 CFR 438.210; State Medicaid Provider Manual, Physician Services, section 4.12 (Experimental and "
           "investigational services are not covered).", 9.6)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You have 60 days from the date of this notice to ask for a plan appeal. Call Member Services at "
           f"{f['ph']} or write to us. If you need a fast decision, we will decide within 72 hours. After the plan "
           "appeal, you may ask for a State Fair Hearing within 120 days of the date of the appeal decision. You "
           "may ask to keep getting services during the appeal if you ask within 10 days.", 9.6)
    t = truth("denial_letter", "experimental", insurer=ins, member_id=mid, member_name=f["m"], case_numbers=[ref],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doctor.replace("Dr. ", ""),
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"service_dates": [[]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: upheld appeal with sidebar (photocopy)
def doc_appeal(r: Rand):
    f = base(r)
    ins = "Keystone Lakes Health Insurance Company"
    mid, grp = f"KL {r.digits(4)} {r.digits(4)}", f"GRP-{r.digits(5)}"
    appeal, claim = f"APL-26-{r.digits(6)}", f"C{r.digits(10)}"
    dates = [f["dos"], f["dos"] + dt.timedelta(days=14)]
    ls = lines(r, "J3520", 1) + lines(r, "J3520", 1)
    billed = sum(x["billed"] for x in ls)
    dec = dates[-1] + dt.timedelta(days=r.randint(60, 80))
    recv = dec - dt.timedelta(days=r.randint(20, 28))
    prov = "Lakeshore Heart & Wellness Center"
    d = Page(f"Appeal {appeal} - page " + "{p}", margins=(70, 16, 16))
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.rect(0, 0, 60, 279.4, "F")
    y = 22
    for lab, val in [("Member", f["m"]), ("Member ID", mid), ("Group", grp), ("Appeal number", appeal),
                     ("Claim number", claim), ("Appeal received", fmt_date(recv, "iso")),
                     ("Decision date", fmt_date(dec, "iso")), ("Date of birth", fmt_date(f["dob"], "iso"))]:
        d.set_xy(6, y)
        d.font(7, "B")
        d.cell(50, 4, lab.upper())
        d.set_xy(6, y + 4.2)
        d.font(9.5)
        d.cell(50, 5, val)
        y += 14
    d.set_xy(70, 16)
    d.text_line("KEYSTONE LAKES", 17, "B", h=8)
    d.text_line(f"{ins} · Appeals & Grievances · {f['ph']}", 8, h=5)
    d.ln(6)
    d.text_line("Final Internal Appeal Decision", 13, "B", h=8)
    for ln in [f["m"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"We have finished reviewing your appeal of our denial of chelation infusions you received at {prov} "
           f"(total billed {fmt_money(billed)}). Dates of service:", 10, gap=1)
    for x in dates:
        d.text_line("      " + fmt_date(x, "long"), 10, h=5.2)
    d.ln(2)
    d.para("Decision: UPHELD. A board-certified cardiologist who was not involved in the first decision reviewed "
           "your records and the letters from your doctor. Edetate disodium chelation to treat peripheral artery "
           "disease is investigational under policy KL-MP-311: there is not enough evidence that it improves "
           "walking distance, limb survival or heart outcomes. Your records show no heavy metal poisoning.", 10)
    d.para("This is the final decision on your internal appeal. You may ask for an independent external review "
           "within 4 months after you receive this letter. An expedited external review may be decided within 72 "
           "hours. You may also have the right to bring a civil action under ERISA section 502(a).", 10)
    d.para("Sincerely,\nAppeals Review Unit", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["m"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(x) for x in dates], denial_date=iso(dec), provider=prov,
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: paid EOB, lead poisoning (phone photo)
def doc_paid_eob(r: Rand):
    f = base(r)
    ins = "Great Basin Employers Health Trust"
    mid, grp = f"W{r.digits(9)}", f"{r.digits(5)}"
    claim = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}"
    start = f["dos"]
    end = start + dt.timedelta(days=4)
    ls = lines(r, "J0600", 3)
    for x in ls:
        x["units"] = x["units"] * 5
        x["billed"] = x["billed"] * 5
    billed = sum(x["billed"] for x in ls)
    stmt = end + dt.timedelta(days=r.randint(18, 30))
    prov = "Desert Sage Hospital Infusion Center"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Great Basin Employers Health Trust", 14, "B", h=7)
    d.text_line(f"Claims Statement · This is not a bill · {f['ph']}", 9, h=5)
    d.rule(0.5, 3)
    kv(d, [("Issue date:", fmt_date(stmt, "upper")), ("Patient:", f["m"]), ("Member #:", mid), ("Group #:", grp),
           ("Claim #:", claim), ("Provider:", prov)], lw=30, size=9.4)
    d.ln(3)
    rows = []
    for x in ls:
        a = round(x["billed"] * 0.7, 2)
        rows.append([f"{fmt_date(start, 'slash')}-{fmt_date(end, 'slash')}", x["code"], x["desc"][:30],
                     fmt_money(x["billed"]), fmt_money(a), fmt_money(round(a * 0.9, 2))])
    rows.append(["*Totals", "", "", fmt_money(billed), fmt_money(round(billed * 0.7, 2)),
                 fmt_money(round(billed * 0.63, 2))])
    d.table(["Dates", "Code", "Service", "Billed", "Allowed", "Paid"], rows, [46, 16, 58, 22, 22, 20], size=8.2,
            aligns="LLLRRR")
    d.para("Diagnosis: toxic effect of lead (T56.0X1A); venous blood lead level 68 mcg/dL on the admission sample. "
           "Chelation for confirmed lead poisoning is covered under the Trust's medical policy. Your share is 10% "
           "coinsurance. Questions or concerns can be raised within 180 days after you receive this statement.", 8.8)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["m"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(billed), service_dates=[iso(start, end)],
              denial_date=iso(stmt), provider=prov, type_alternates=["other"],
              alternates={"service_dates": [[iso(start), iso(end)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: MA notice of denial of medical coverage
def doc_ma(r: Rand):
    f = base(r)
    f["dob"] = dt.date(r.randint(1940, 1957), r.randint(1, 12), r.randint(1, 28))
    ins = "Silver Harbor Medicare Advantage"
    mid = f"SH{r.digits(9)}"
    ref = f"ODR{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 10))
    doctor = f"Dr. Wendell {r.choice('JKMN')}. Holloway"
    d = Page("Form CMS-10003-NDMC   OMB Approval 0938-0829   H7781_CH26_C", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Silver Harbor Medicare Advantage (HMO)", 12, "B", h=6)
    d.text_line(f"Member Services {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week", 8.6, h=5)
    d.ln(5)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(3)
    kv(d, [("Date:", fmt_date(notice, "abbr")), ("Name:", f["m"]), ("Member number:", mid),
           ("Reference number:", ref)], lw=40, size=10)
    d.ln(3)
    d.para(f"We have denied the medical services/items listed below requested by you or your doctor, "
           f"{doctor}: a series of 20 outpatient chelation infusions (edetate disodium J3520 with IV infusion "
           f"96365), to begin on {fmt_date(f['dos'], 'abbr')}.", 10)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para("Medicare does not cover chelation therapy to treat atherosclerosis (National Coverage Determination "
           "20.21). It is considered experimental for this use. We also could not find records of heavy metal "
           "poisoning.", 10)
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6)
    d.para("If you want to appeal, you must ask within 65 days of the date of this notice. We can give you more "
           "time if you have a good reason. A standard appeal is decided within 30 days; a fast appeal within 72 "
           "hours if your doctor says waiting could seriously harm your health.", 10)
    t = truth("denial_letter", "experimental", insurer=ins, member_id=mid, member_name=f["m"], case_numbers=[ref],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=doctor.replace("Dr. ", ""),
              appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["not_covered"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: approval of lead chelation (scan)
def doc_approval(r: Rand):
    f = base(r)
    f["m"] = f"{r.choice(['Leticia', 'Percy', 'Rufus'])} {r.choice('BGRS')}. {f['last']}"
    ins = "Prairie Shield Health Insurance"
    mid, grp, plan = f"PS-{r.digits(8)}", f"{r.digits(4)}{r.letters(1)}", f"PPO-{r.digits(3)}"
    auth = f"{r.digits(4)} {r.digits(4)}"
    issued = f["dos"] - dt.timedelta(days=r.randint(3, 7))
    end = f["dos"] + dt.timedelta(days=4)
    prov = "Dr. Harriet Q. Tanaka"
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("PRAIRIE SHIELD", 16, "B", h=8)
    d.text_line("Health Insurance  ·  Utilization Management  ·  Fax 555-" + r.digits(3) + "-" + r.digits(4), 8.6, h=5)
    d.ln(4)
    d.text_line("AUTHORIZATION APPROVED", 12.5, "B", h=7)
    d.boxes([("Issued", fmt_date(issued, "mdy_nopad"), 30), ("Authorization no.", auth, 38), ("Plan", plan, 24),
             ("Member ID", mid, 40), ("Group", grp, 26)])
    d.boxes([("Patient", f["m"], 60), ("Ordering physician", prov, 58), ("Approved dates",
             f"{fmt_date(f['dos'], 'mdy_nopad')} - {fmt_date(end, 'mdy_nopad')}", 40)])
    d.ln(4)
    d.para(f"Approved: edetate calcium disodium (J0600) 1 unit daily for 5 days, with IV infusion 96365 and "
           f"96366, at Meridian General Hospital outpatient infusion. Venous blood lead level 52 mcg/dL "
           f"(collected {fmt_date(issued - dt.timedelta(days=6), 'mdy_nopad')}); meets policy PS-RX-140 criteria for "
           "symptomatic lead poisoning.", 9.8)
    d.para("This approval is not a guarantee of payment. Benefits depend on eligibility on the date of service and "
           "the terms of the plan. A repeat course needs a new request with a post-treatment blood lead level.", 9.8)
    t = truth("other", None, insurer=ins, plan_id=plan, group_number=grp, member_id=mid, member_name=f["m"],
              case_numbers=[auth.replace(" ", "")], service_dates=[iso(f["dos"], end)], denial_date=iso(issued),
              provider=prov.replace("Dr. ", ""),
              alternates={"plan_id": [None], "service_dates": [[], [iso(f["dos"]), iso(end)]],
                          "provider": ["Meridian General Hospital"]})
    return pdf_bytes(d), t


def documents(rng) -> list:
    r = Rand(rng.randint(0, 2 ** 31))
    return [Item(f"{FAMILY}_prose_letter", "born_digital", [doc_letter(r)]),
            item_stack(r),
            Item(f"{FAMILY}_medicaid_noa", "scan_lowres_150", [doc_medicaid(r)]),
            Item(f"{FAMILY}_upheld_appeal", "photocopy", [doc_appeal(r)]),
            Item(f"{FAMILY}_paid_lead_eob", "phone_photo", [doc_paid_eob(r)]),
            Item(f"{FAMILY}_ma_notice", "rotated", [doc_ma(r)]),
            Item(f"{FAMILY}_approval", "scan_clean_300", [doc_approval(r)])]
