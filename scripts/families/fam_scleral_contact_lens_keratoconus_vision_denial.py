"""Family 'scleral_contact_lens_keratoconus_vision_denial': medically necessary scleral contact lenses (CPT 92072
fitting of contact lens for keratoconus, HCPCS V2531 scleral gas-permeable lens, per lens) for keratoconus or severe
dry eye, caught between two plans: the vision plan refuses them as cosmetic / outside the routine vision benefit,
the medical plan refuses them because contact lenses belong to the vision plan, and in the end one plan approves.

Documents: the vision plan's letter in two columns with a grey sidebar (labels above values); a low-res scanned
stack of the medical plan's EOB (topography paid, scleral lens claim denied to the vision plan first) and the
optometry practice's copy of the claim form (boxed, numbered items); the practice's statement (both plans' denials,
balance), photocopied; the medical plan's approval (standard fax); the vision plan's upheld appeal as a phone photo;
a paid medical EOB (nothing denied) fed sideways; the medical plan's letter to the optometrist refusing scleral lenses
for dry eye as not medically necessary (provider copy, key-value header), clean scan.

Decoys: DOB, received dates, NPIs, tax ID, patient account numbers, the elective contact lens allowance, the paid
topography claim, plan-paid/you-owe, visual acuity figures, policy numbers, 72-hour and external-review limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "scleral_contact_lens_keratoconus_vision_denial"
LANG = "en"
SEED = 291600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VISION = "Clearmont Vision Benefits, Inc."
MEDICAL = "Kestrel Ridge Health Plan"
PRACTICE = "Contour Cornea & Contact Lens Optometry"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def tel(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def kv(d: Page, rows, x: float | None = None, lw: float = 42, size: float = 9.2, h: float = 5.0):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 160))
    od = r.person()[0]
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1970, 2004), r.randint(1, 12), r.randint(1, 28)), od=od)


def lens_lines(r: Rand) -> list[tuple[str, str, int, float]]:
    lens = float(r.randint(520, 780))
    return [("92072", "Fitting of contact lens, keratoconus", 1, float(r.randint(380, 560))),
            ("V2531", "Scleral lens, gas permeable, OD", 1, lens),
            ("V2531", "Scleral lens, gas permeable, OS", 1, lens)]


# ------------------------------------------------------------------ 0: vision plan letter, two columns + sidebar
def doc_vision_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mid, grp = f"CVB{r.digits(8)}", f"{r.digits(4)}-{r.digits(4)}"
    claim = f"VC{r.digits(9)}"
    lines = lens_lines(r)
    billed = sum(x[3] for x in lines)
    recv = f["dos"] + dt.timedelta(days=r.randint(5, 12))
    notice = recv + dt.timedelta(days=r.randint(8, 15))
    by = notice + dt.timedelta(days=180)
    d = Page(f"Clearmont Vision Benefits  ·  CVB-CL-DN-22  ·  page {{p}}", margins=(12, 12, 14))
    d.add_page()
    d.set_fill_color(228, 228, 228)
    d.rect(12, 12, 56, 250, "F")
    y = 16
    for lab, val in [("Date of this letter", fmt_date(notice, "long")), ("Patient", f["member"]),
                     ("Member ID", mid), ("Group", grp), ("Claim number", claim),
                     ("Provider", PRACTICE), ("Optometrist", f["od"]),
                     ("Date of service", fmt_date(f["dos"], "long")), ("Amount billed", fmt_money(billed)),
                     ("Claim received", fmt_date(recv, "long")), ("Customer service", f["ph"])]:
        d.set_xy(15, y)
        d.font(6.8, "B")
        d.cell(50, 3.5, lab.upper())
        d.set_xy(15, y + 3.8)
        d.font(8.6)
        d.multi_cell(50, 4.2, val)
        y = d.get_y() + 3.5
    d.set_left_margin(76)
    d.set_xy(76, 14)
    d.text_line("CLEARMONT VISION", 17, "B", h=8)
    d.text_line(f"{VISION}  ·  PO Box 8121, Alder Falls, OR 97401", 8.2, h=4.4)
    d.ln(8)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("We cannot pay this claim", 12.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We reviewed the claim from {PRACTICE} for a scleral contact lens fitting and two scleral lenses. "
           "Your vision plan includes an elective contact lens allowance of $150.00 every 12 months, used in place "
           "of glasses. It does not include medically necessary contact lenses.", 10)
    d.para("Scleral lenses fitted to treat keratoconus are a medical treatment of an eye disease, not a routine "
           "vision correction, so they are not a benefit of this vision plan (Vision Certificate, Section 4, "
           "Exclusions: \"contact lenses prescribed to treat a disease of the eye\"). Cosmetic lenses and "
           "lens services beyond the allowance are also excluded. Please send the claim to your medical plan, "
           "which may cover it as a prosthetic device.", 10)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para(f"You may ask us to review this decision. We must receive your written appeal by {fmt_date(by, 'long')}. "
           "Write to Clearmont Vision Appeals, PO Box 8125, Alder Falls, OR 97401. You may send notes from your "
           "eye doctor. You may ask for copies of all documents we used, free of charge.", 10)
    d.para(f"Optometrist NPI: {f['npi']}.  This letter is about the claim only; your eye exam benefit is unchanged.",
           8.4)
    d.para("Clearmont Vision Benefits\nClaims Department", 10)
    t = truth("denial_letter", "not_covered", insurer=VISION, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=PRACTICE, appeal_deadline=iso(by),
              denial_alternates=["other"], alternates={"provider": [f["od"]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: medical EOB + claim form copy
def doc_med_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    f["stmt"] = stmt
    c1, c2 = f"{r.digits(13)}", f["claim"]
    topo = float(r.randint(95, 160))
    d = Page("Kestrel Ridge Health Plan - Explanation of Benefits - page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("KESTREL RIDGE", 17, "B", h=8)
    d.text_line("HEALTH PLAN", 10, "B", h=5)
    d.text_line(f"Member Services {f['ph']}  ·  PO Box 60, Shale Creek, CO 80901", 8.4, h=4.5)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS  -  This is not a bill", 12, "B", h=7)
    d.boxes([("EOB date", fmt_date(stmt, "abbr"), 34), ("Subscriber", f["member"], 50), ("ID number", f["mid"], 38),
             ("Group number", f["grp"], 30), ("Plan", f["plan"], 30)])
    d.ln(4)
    rows = [["*" + c1, "", "", "", "", "", ""],
            [fmt_date(f["dos0"], "abbr"), "92025", "Corneal topography", fmt_money(topo, "nosign"),
             fmt_money(round(topo * 0.7, 2), "nosign"), fmt_money(round(topo * 0.3, 2), "nosign"), "A1"],
            ["*" + c2, "", "", "", "", "", ""]]
    for code, desc, u, amt in f["lines"]:
        rows.append([fmt_date(f["dos"], "abbr"), code, desc, fmt_money(amt, "nosign"), "0.00",
                     fmt_money(amt, "nosign"), "V9"])
    rows.append(["", "", "Claim " + c2 + " total", fmt_money(f["billed"], "nosign"), "0.00",
                 fmt_money(f["billed"], "nosign"), ""])
    d.table(["Date", "Code", "Service", "Billed", "We paid", "You may owe", "Note"], rows, [26, 16, 64, 22, 20, 24, 14],
            size=8.2, aligns="LLLRRRL", head_fill=True)
    d.para(f"Provider for both claims: {PRACTICE} ({f['od']}, NPI {f['npi']}).", 8.6)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("A1  Paid under your medical benefit.\nV9  Contact lenses and contact lens fitting are covered first by "
           "your vision plan. Our records show you are also enrolled in a vision plan. Please have your provider "
           "bill Clearmont Vision Benefits first and send us their explanation of benefits; we will then "
           "consider any remaining amount under your prosthetic device benefit.", 8.6)
    d.para("Appeals: you may appeal within 180 days of the date of this EOB. Write to Kestrel Ridge Appeals, PO Box "
           "64, Shale Creek, CO 80901. Urgent appeals are answered within 72 hours.", 8.6)
    t = truth("eob", "other", insurer=MEDICAL, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=PRACTICE,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"provider": [f["od"]], "plan_id": [None]})
    return pdf_bytes(d), t


def doc_claim_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    acct = f"CC-{r.digits(6)}"
    signed = f["dos"] + dt.timedelta(days=r.randint(1, 4))
    d = Page("PROVIDER FILE COPY  -  resubmitted claim packet", margins=(10, 10, 10))
    d.add_page()
    d.text_line("HEALTH INSURANCE CLAIM FORM", 13, "B", h=7)
    d.text_line(f"PAYER: {MEDICAL}, Claims, PO Box 62, Shale Creek, CO 80901", 8.6, h=4.5)
    d.ln(2)
    W = 196
    d.boxes([("1a. Insured's ID number", f["mid"], 70), ("11. Insured's policy group", f["grp"], 60),
             ("11c. Plan name", f["plan"], W - 130)], h=11)
    d.boxes([("2. Patient's name (last, first, MI)", f"{f['last']}, {f['first']} {f['member'].split()[1]}", 70),
             ("3. Patient's birth date", fmt_date(f["dob"], "slash"), 40), ("4. Insured's name", "Same", 40),
             ("6. Relationship", "Self", W - 150)], h=11)
    d.boxes([("5. Patient's address", ", ".join(f["addr"]), 110), ("9d. Other plan", "Clearmont Vision Benefits", W - 110)],
            h=11)
    d.boxes([("21. Diagnosis", "A. H18.613  B. H18.612", 70), ("22. Resubmission / original ref.", "", 60),
             ("23. Prior authorization", "", W - 130)], h=11)
    d.ln(2)
    rows = []
    for code, desc, u, amt in f["lines"]:
        rows.append([fmt_date(f["dos"], "slash"), "11", code, "AB", fmt_money(amt, "nosign"), str(u), f["npi"]])
    d.table(["24A. Date of service", "B. POS", "D. CPT/HCPCS", "E. Dx ptr", "F. Charges", "G. Units", "J. Rendering NPI"],
            rows, [34, 16, 28, 20, 30, 18, 40], size=8.6, aligns="LLLLRRL", border_head="TB")
    d.boxes([("25. Federal tax ID", f"{r.digits(2)}-{r.digits(7)}", 46), ("26. Patient account no.", acct, 46),
             ("28. Total charge", fmt_money(f["billed"], "nosign"), 40), ("29. Amount paid", "0.00", 30),
             ("30. Rsvd", "", W - 162)], h=11)
    d.boxes([("31. Signature of physician", f"{f['od']}, OD   {fmt_date(signed, 'slash')}", 70),
             ("32. Service facility", PRACTICE, 66), ("33. Billing provider", PRACTICE, W - 136)], h=14,
            value_size=7)
    d.ln(4)
    d.para("Office note: billed to medical first per keratoconus diagnosis; vision plan on file (Clearmont). Keep "
           "with EOB.", 8.6)
    t = truth("other", None, group_number=f["grp"], plan_id=f["plan"], member_id=f["mid"], member_name=f["member"],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(signed),
              provider=PRACTICE, unscored=["insurer"],
              alternates={"provider": [f["od"]], "denial_date": [None], "plan_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"K{r.digits(9)}", grp=f"{r.letters(2)}{r.digits(5)}", plan=f"KR-{r.letters(1)}{r.digits(2)}",
             claim=f"{r.digits(13)}", lines=lens_lines(r))
    f["dos0"] = f["dos"] - dt.timedelta(days=r.randint(14, 28))
    f["billed"] = sum(x[3] for x in f["lines"])
    a = doc_med_eob(r, f)
    b = doc_claim_form(r, f)
    return Item(f"{FAMILY}_low_stack", "scan_lowres_150", [a, b])


# ------------------------------------------------------------------ 2: practice statement (photocopy)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    lines = lens_lines(r)
    billed = sum(x[3] for x in lines)
    stmt = f["dos"] + dt.timedelta(days=r.randint(55, 75))
    acct = f"{r.digits(6)}"
    vclaim, mclaim = f"VC{r.digits(9)}", f"{r.digits(13)}"
    vid, mid = f"CVB{r.digits(8)}", f"K{r.digits(9)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(16, 14, 184, 12, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(19, 16)
    d.font(13, "B")
    d.cell(0, 8, "CONTOUR CORNEA & CONTACT LENS OPTOMETRY  —  STATEMENT")
    d.set_text_color(0, 0, 0)
    d.set_xy(16, 30)
    d.text_line(f"{PRACTICE}  ·  47 Lantern Square, Alder Falls, OR 97401  ·  {tel(r)}", 8.4, h=4.5)
    d.ln(4)
    y = d.get_y()
    for ln in [f"Guarantor: {f['member']}", *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "mdy_nopad")), ("Account", acct), ("Patient", f["member"]),
           ("Doctor", f["od"]), ("Please pay", fmt_money(billed))], x=120, lw=30, size=9, h=4.9)
    d.ln(6)
    rows = [[fmt_date(f["dos"], "mdy_nopad"), c, s, fmt_money(a)] for c, s, u, a in lines]
    rows.append(["", "", "Total charges", fmt_money(billed)])
    rows.append([fmt_date(f["dos"] + dt.timedelta(days=24), "mdy_nopad"), "", f"Clearmont Vision claim {vclaim}: "
                 "denied, not a vision benefit", "0.00"])
    rows.append([fmt_date(f["dos"] + dt.timedelta(days=49), "mdy_nopad"), "", f"Kestrel Ridge claim {mclaim}: "
                 "denied, bill vision plan", "0.00"])
    rows.append(["*Balance due", "", "", fmt_money(billed)])
    d.table(["Date", "Code", "Description", "Amount"], rows, [26, 18, 110, 30], size=8.6, aligns="LLLR")
    d.para(f"Insurance on file: Clearmont Vision Benefits, member {vid}; Kestrel Ridge Health Plan, member {mid}.", 8.8)
    d.para("Both of your plans have declined these scleral lenses, each saying the other plan should pay. We have sent "
           "Kestrel Ridge the Clearmont denial letter and asked them to reconsider under your medical benefit. "
           "You may pay now, or call us to set up a payment plan while the appeal is pending.", 9)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[vclaim, mclaim],
              claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=PRACTICE,
              unscored=["insurer"],
              alternates={"provider": [f["od"]], "case_numbers": [[], [mclaim], [vclaim]], "member_id": [vid, None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: medical plan approval (standard fax)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mid, grp = f"K{r.digits(9)}", f"{r.letters(2)}{r.digits(5)}"
    auth = f"PA{r.digits(2)}-{r.digits(6)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(9, 18))
    end = f["dos"] + dt.timedelta(days=90)
    d = Page("Kestrel Ridge Health Plan  -  Utilization Management  -  FAX", margins=(18, 14, 18))
    d.add_page()
    d.text_line("KESTREL RIDGE HEALTH PLAN", 14, "B", h=7)
    d.text_line(f"Utilization Management  ·  fax {tel(r)}  ·  phone {f['ph']}", 8.6, h=4.5)
    d.rule(0.6, 4)
    d.text_line("AUTHORIZATION APPROVED", 13, "B", h=7)
    kv(d, [("Notice date:", fmt_date(notice, "dmy")), ("Authorization #:", auth), ("Member:", f["member"]),
           ("Member ID:", mid), ("Group:", grp), ("Requesting provider:", f["od"]), ("Practice:", PRACTICE),
           ("Approved service:", "92072 x1, V2531 x2 (scleral lenses, both eyes)"),
           ("Approved from:", f"{fmt_date(f['dos'], 'dmy')} to {fmt_date(end, 'dmy')}")], lw=46, size=9.6, h=5.6)
    d.ln(3)
    d.para("We approved medically necessary scleral contact lenses for keratoconus under the prosthetic device "
           "benefit. Best corrected vision with glasses was 20/80 (right) and 20/60 (left), and corneal rigid "
           "lenses failed. Clearmont Vision Benefits' letter shows the vision plan does not cover these lenses, so "
           "this plan will pay as primary for them. Replacement lenses are limited to one pair every 12 months "
           "unless the prescription changes.", 9.6)
    d.para("Deductible and 20% coinsurance apply. This approval is not a guarantee of payment if the member is not "
           "enrolled on the date of service.", 9.6)
    t = truth("other", None, insurer=MEDICAL, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"], end)], denial_date=iso(notice), provider=f["od"],
              alternates={"service_dates": [[], [iso(f["dos"])]], "provider": [PRACTICE]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: vision plan upheld appeal (phone photo)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mid, grp = f"CVB{r.digits(8)}", f"{r.digits(4)}-{r.digits(4)}"
    claim, appeal = f"VC{r.digits(9)}", f"VA{r.digits(7)}"
    lines = lens_lines(r)
    billed = sum(x[3] for x in lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Clearmont Vision Benefits", 14, "B", h=7)
    d.text_line("Appeals Unit  ·  PO Box 8125, Alder Falls, OR 97401", 8.6, h=4.5)
    d.ln(6)
    d.text_line(fmt_date(notice, "iso"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Appeal {appeal}  ·  claim {claim}  ·  member ID {mid}  ·  group {grp}", 9.6, gap=4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"You appealed our denial of scleral lenses and fitting provided by {f['od']} on "
           f"{fmt_date(f['dos'], 'iso')}, billed at {fmt_money(billed)}. After a full review, we uphold our "
           "decision.", 10)
    d.para("Your doctor's notes describe keratoconus in both eyes. Lenses used to treat an eye disease are medical "
           "care, and your vision plan covers only routine eye exams, glasses and elective (cosmetic or "
           "convenience) contact lenses up to your allowance. The lenses are excluded under Section 4 of your "
           "Vision Certificate. We paid nothing because the elective allowance cannot be applied to excluded "
           "lenses.", 10)
    d.para("This is the final decision of your vision plan. You may ask your state insurance department for an "
           "external review within 4 months after you receive it. Your medical plan may cover these lenses.", 10)
    d.para("Appeals Unit, Clearmont Vision Benefits", 10)
    t = truth("denial_letter", "not_covered", insurer="Clearmont Vision Benefits", group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["od"],
              denial_alternates=["other"], alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: paid medical EOB (rotated)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mid, grp = f"K{r.digits(9)}", f"{r.letters(2)}{r.digits(5)}"
    claim = f"{r.digits(13)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 28))
    lines = [("92004", "Eye exam, new patient, comprehensive", float(r.randint(190, 260))),
             ("92025", "Corneal topography", float(r.randint(95, 150))),
             ("92286", "Endothelial cell count", float(r.randint(80, 130)))]
    billed = sum(x[2] for x in lines)
    d = Page("KRHP EOB {p}/{n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Kestrel Ridge Health Plan", 15, "B", h=7.5)
    d.text_line("Your claim was paid  ·  Explanation of Benefits  ·  not a bill", 9, h=5)
    d.ln(3)
    d.table(["Date of statement", "Member", "Member ID", "Group", "Claim"],
            [[fmt_date(stmt, "long"), f["member"], mid, grp, claim]], [40, 44, 34, 26, 40], size=8.8,
            border_head="TB")
    d.para(f"Provider: {f['od']}, {PRACTICE}   ·   NPI {f['npi']}", 9)
    rows = []
    for code, desc, amt in lines:
        al = round(amt * 0.6, 2)
        rows.append([fmt_date(f["dos"], "long"), code, desc, fmt_money(amt, "usd"), fmt_money(al, "usd"),
                     fmt_money(round(al - 25 / 3, 2), "usd")])
    rows.append(["*Claim total", "", "", fmt_money(billed, "usd"), "", ""])
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Paid"], rows, [34, 16, 62, 24, 24, 24],
            size=8.4, aligns="LLLRRR")
    d.para("Your specialist copay of $25.00 applies. Nothing on this claim was denied. If you have questions, call "
           f"{f['ph']}. You can appeal any claim decision within 180 days after you receive this notice.", 9)
    t = truth("eob", None, insurer=MEDICAL, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["od"], type_alternates=["other"], alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: medical necessity letter to the optometrist
def doc_provider_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ashgrove Mutual Insurance Company"
    mid, grp = f"AMI-{r.digits(8)}", f"{r.digits(7)}"
    ref = f"{r.digits(4)}{r.letters(1)}{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(6, 14))
    d = Page("Ashgrove Mutual  -  Provider Notice  -  Page {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Ashgrove Mutual Insurance Company", 14, "B", h=7)
    d.text_line(f"Clinical Review  ·  PO Box 900, Marlow Heights, PA 16501  ·  Provider line {tel(r)}", 8.6, h=4.5)
    d.ln(5)
    d.text_line("PROVIDER COPY", 9, "B", h=5)
    for ln in [f["od"] + ", OD", PRACTICE, "47 Lantern Square", "Alder Falls, OR 97401"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, [("Determination date", fmt_date(notice, "wlong")), ("Review ID", ref), ("Patient", f["member"]),
           ("Patient DOB", fmt_date(f["dob"], "slash")), ("Subscriber ID", mid), ("Group", grp),
           ("Requested", "92072, V2531 x 2 (PROSE / scleral lenses)"),
           ("Requested start", fmt_date(f["dos"], "slash"))], lw=42, size=9.4, h=5.3)
    d.ln(3)
    d.text_line("Determination: NOT APPROVED", 11.5, "B", h=7)
    d.para("You asked us to approve scleral lenses for severe dry eye. Our optometric reviewer found that the "
           "request does not meet the plan's medical necessity criteria (clinical guideline VIS-09): the records "
           "show a Schirmer score of 9 mm and no trial of prescription eye drops or punctal plugs. Scleral lenses "
           "for dry eye are considered medically necessary only after these treatments fail. The service is "
           "therefore not medically necessary at this time.", 9.8)
    d.para("Appeal: the member, or you on the member's behalf, may appeal within 180 days of the date of this "
           "notice. A peer-to-peer discussion may be requested within 14 days. Expedited appeals: 72 hours.", 9.8)
    d.para(f"Rendering NPI on request: {f['npi']}.  Member letter sent separately.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["od"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"],
              alternates={"provider": [PRACTICE], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_vision_letter, "bd_vision_letter", "born_digital"),
              (2, doc_statement, "copy_statement", "photocopy"),
              (3, doc_approval, "fax_approval", "fax_standard_g4"),
              (4, doc_upheld, "photo_upheld", "phone_photo"),
              (5, doc_paid_eob, "rot_paid_eob", "rotated"),
              (6, doc_provider_letter, "scan_provider_letter", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
