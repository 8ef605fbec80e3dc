"""Family 'total_body_photography_melanoma_screening_denial': total body photography (96904) and sequential digital
dermoscopy imaging (0400T one to fifty lesions, 0401T fifty-one or more) refused as screening (not a covered
benefit) or as investigational, while the visit and the skin biopsy (11102, 88305) are paid.

Documents: a high-deductible plan EOB with three claims (visit and biopsy paid toward the deductible, 96904 denied
as screening); a scanned stack of an EOB denying 0400T/0401T as investigational and the dermatology practice's copy
of its claim form (label-above-value boxes); the practice's letter to the patient relaying the denial, with a
sidebar of its physicians; a plan's pre-service letter refusing photography and dermoscopy (standard fax); a
two-page appeal decision upholding a screening denial, fed sideways; a Medicare Summary Notice (phone photo); an
approval for a high-risk member (nothing denied).

Decoys: physicians in a sidebar, HSA balances, deductible amounts, NPIs, patient account numbers, DOB, paid
claims, medical policy numbers, form numbers, external review (4 months) and expedited (72 hours) limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "total_body_photography_melanoma_screening_denial"
LANG = "en"
SEED = 292600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PRACTICES = ["Northwind Dermatology Associates", "Clearbrook Skin & Mohs Surgery Center",
             "Alder Point Dermatology Group"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def doctor(r: Rand) -> str:
    return r.person()[0]


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    return dict(member=member, first=first, last=last, addr=r.address(), npi=r.npi(), ph=ph(r),
                dob=dt.date(r.randint(1948, 1995), r.randint(1, 12), r.randint(1, 28)),
                dos=dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150)))


def kv(d: Page, rows, labw: float = 40, size: float = 9.2, x: float | None = None, h: float = 5.0):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(labw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------- 0: HDHP EOB, three claims, 96904 screening denied
def doc_hdhp_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Ridge Mutual Insurance Company"
    mid, grp, plan = f"CRM{r.digits(9)}", f"{r.digits(6)}-{r.letters(1)}", f"HSA-{r.digits(4)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 36))
    prac = PRACTICES[0]
    derm = doctor(r)
    bio = f["dos"] + dt.timedelta(days=r.randint(7, 12))
    claims = [
        dict(no=f"{r.digits(4)}-{r.digits(7)}", dos=f["dos"], prov=prac,
             lines=[("99214", "Office visit, established", 248.0, "paid")]),
        dict(no=f"{r.digits(4)}-{r.digits(7)}", dos=f["dos"], prov=prac,
             lines=[("96904", "Whole body integumentary photography", float(r.randint(310, 480)), "deny")]),
        dict(no=f"{r.digits(4)}-{r.digits(7)}", dos=bio, prov="Silverline Dermatopathology Lab",
             lines=[("11102", "Tangential biopsy, skin, single", 176.0, "paid"),
                    ("88305", "Surgical pathology, level IV", 142.5, "paid")]),
    ]
    d = Page("Cedar Ridge Mutual  ·  Explanation of Benefits  ·  page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Cedar Ridge Mutual", 17, "B", h=8)
    d.text_line(f"{ins}  ·  PO Box 4471, Bellingham, WA 98225  ·  {f['ph']}", 8.4, h=4.6)
    d.rule(0.6, 3)
    y = d.get_y()
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "long")), ("Member", f["member"]), ("Member ID", mid),
           ("Group", grp), ("Plan ID", plan), ("Plan type", "High-deductible health plan with HSA")],
       labw=30, size=8.6, x=110, h=4.7)
    d.ln(6)
    for c in claims:
        d.set_fill_color(228, 228, 228)
        d.font(8.8, "B")
        d.cell(0, 5.6, f"  Claim {c['no']}   ·   {c['prov']}   ·   service date {fmt_date(c['dos'], 'slash')}",
               fill=True, new_x="LMARGIN", new_y="NEXT")
        rows, tot = [], 0.0
        for code, desc, amt, st in c["lines"]:
            if st == "deny":
                rows.append([code, desc, fmt_money(amt), "$0.00", "$0.00", fmt_money(amt), "S22"])
            else:
                allowed = round(amt * 0.71, 2)
                rows.append([code, desc, fmt_money(amt), fmt_money(allowed), "$0.00", fmt_money(allowed), "D1"])
            tot += amt
        c["total"] = tot
        rows.append(["*Claim total", "", fmt_money(tot), "", "", "", ""])
        d.table(["Code", "Service", "Billed", "Allowed", "Plan paid", "Your cost", "Note"], rows,
                [20, 64, 22, 22, 20, 22, 14], size=8.2, aligns="LLRRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("D1  Allowed amount applied to your deductible. Deductible met so far: $1,316.40 of $3,400.00. You may "
           "pay this from your Health Savings Account.", 8.6, gap=1)
    d.para(f"S22  Total body photography is a screening service for people without a personal history of "
           f"melanoma. Your plan's preventive benefits do not include skin cancer screening photography, so it is "
           f"not covered. Rendering dermatologist: {derm}.", 8.6)
    d.para("If you disagree with how we processed a claim, you can appeal within 180 days after you receive this "
           "statement. Write to Cedar Ridge Mutual Appeals, PO Box 4475, Bellingham, WA 98225.", 8.4)
    c = claims[1]
    t = truth("eob", "not_covered", insurer=ins, plan_id=plan, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(c["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=prac,
              alternates={"provider": [derm], "plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: stack: EOB (0400T/0401T) + claim form copy
def doc_sdd_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tamarack Benefit Health Plan"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    f["stmt"] = stmt
    d = Page("Tamarack Benefit Health Plan  —  EOB  —  {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("TAMARACK BENEFIT HEALTH PLAN", 14, "B", h=7)
    d.text_line("Claims  ·  PO Box 880, Pueblo, CO 81003  ·  " + f["ph"], 8.4, h=4.6)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=7)
    d.table(["Issued", "Patient", "ID number", "Group", "Claim no."],
            [[fmt_date(stmt, "dmy"), f["member"], f["mid"], f["grp"], f["claim"]]], [28, 48, 38, 26, 40], size=8.8,
            border_head="TB")
    d.para(f"Provider: {f['prac']}   Billing NPI {f['npi']}   Patient account {f['acct']}   Received "
           f"{fmt_date(f['recv'], 'dmy')}", 8.6)
    rows = []
    for code, desc, amt, st in f["lines"]:
        if st == "deny":
            rows.append([fmt_date(f["dos"], "dmy"), code, desc, fmt_money(amt, "nosign"), "0.00", "0.00",
                         fmt_money(amt, "nosign"), "EX9"])
        else:
            a = round(amt * 0.68, 2)
            rows.append([fmt_date(f["dos"], "dmy"), code, desc, fmt_money(amt, "nosign"), fmt_money(a, "nosign"),
                         fmt_money(a - 30, "nosign"), "30.00", "CP"])
    rows.append(["*Total", "", "", fmt_money(f["total"], "nosign"), "", "", "", ""])
    d.table(["Date", "Code", "Description", "Charged", "Allowed", "Paid", "You owe", "Code"], rows,
            [22, 14, 56, 20, 18, 18, 20, 12], size=8, aligns="LLLRRRRL")
    d.para("CP  Office visit copay.", 8.6, gap=1)
    d.para("EX9  Sequential digital dermoscopy imaging (0400T, 0401T) is investigational under medical policy "
           "DERM-112: published studies have not shown that it improves health outcomes compared with clinical "
           "examination and dermoscopy. Investigational services are excluded from coverage.", 8.6)
    d.para("Appeals: you or your provider may appeal within 180 days of the date of this EOB. Urgent appeals are "
           "decided within 72 hours. Send appeals to PO Box 884, Pueblo, CO 81003.", 8.6)
    denied = m2(sum(a for _, _, a, s in f["lines"] if s == "deny"))
    t = truth("eob", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["prac"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"claim_amount": [denied], "provider": [f["derm"]]})
    return pdf_bytes(d), t


def doc_claim_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    signed = f["dos"] + dt.timedelta(days=2)
    d = Page("PROVIDER FILE COPY — HEALTH INSURANCE CLAIM FORM (approved OMB-0938-1197 FORM 1500 (02-12))",
             margins=(10, 10, 10))
    d.add_page()
    d.text_line("HEALTH INSURANCE CLAIM FORM", 13, "B", h=7)
    d.text_line("CARRIER: Tamarack Benefit Health Plan, PO Box 880, Pueblo, CO 81003", 8.4, h=5)
    d.ln(2)
    d.boxes([("1a. Insured's ID number", f["mid"], 64), ("2. Patient's name (last, first, MI)",
             f"{f['last'].upper()}, {f['first'].upper()} {f['member'].split()[1].rstrip('.')}", 68),
             ("3. Patient's birth date", fmt_date(f["dob"], "slash"), 63.9)])
    d.boxes([("4. Insured's name", f["member"], 64), ("5. Patient's address", f["addr"][0], 68),
             ("City, state, ZIP", f["addr"][1], 63.9)])
    d.boxes([("11. Insured's policy group or FECA number", f["grp"], 64), ("11c. Insurance plan name",
             "Tamarack Benefit Health Plan", 68), ("17. Referring provider", "Self-referred", 63.9)])
    d.boxes([("21. Diagnosis (ICD-10)", "A: D22.5   B: Z80.8   C: L57.0", 98), ("23. Prior authorization number",
             "", 97.9)])
    d.ln(3)
    rows = []
    for code, desc, amt, _ in f["lines"]:
        rows.append([fmt_date(f["dos"], "slash"), fmt_date(f["dos"], "slash"), "11", code, "A", fmt_money(amt, "nosign"),
                     "1", f["npi"]])
    d.table(["24A. From", "To", "B. POS", "D. CPT/HCPCS", "E. Dx ptr", "F. Charges", "G. Units", "J. Rendering NPI"],
            rows, [24, 24, 16, 28, 20, 26, 18, 40], size=8.6, border_head="TB")
    d.boxes([("25. Federal tax ID", f"84-{r.digits(7)}", 44), ("26. Patient's account no.", f["acct"], 48),
             ("28. Total charge", fmt_money(f["total"], "nosign"), 36), ("29. Amount paid", "0.00", 30),
             ("31. Date signed", fmt_date(signed, "slash"), 37.9)])
    d.boxes([("31. Signature of physician", f["derm"], 70), ("32. Service facility", f["prac"], 62),
             ("33. Billing provider", f["prac"], 63.9)], value_size=7.8)
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])], denial_date=iso(signed),
              provider=f["prac"], unscored=["insurer"],
              alternates={"denial_date": [None], "provider": [f["derm"]], "group_number": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"TBH{r.digits(3)}-{r.digits(5)}", grp=f"{r.digits(5)}", claim=f"{r.digits(12)}",
             acct=f"ND{r.digits(6)}", prac=PRACTICES[1], derm=doctor(r))
    f["recv"] = f["dos"] + dt.timedelta(days=r.randint(4, 9))
    f["lines"] = [("99213", "Office visit, est. patient", 186.0, "paid"),
                  ("0400T", "Digital dermoscopy, 1-50 lesions", float(r.randint(140, 220)), "deny"),
                  ("0401T", "Digital dermoscopy, 51+ lesions", float(r.randint(230, 340)), "deny")]
    f["total"] = sum(x[2] for x in f["lines"])
    a = doc_sdd_eob(r, f)
    b = doc_claim_form(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [a, b])


# ------------------------------------------------------------- 2: dermatology practice letter with sidebar
def doc_practice_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    prac = PRACTICES[2]
    derm = doctor(r)
    others = [doctor(r) for _ in range(4)]
    date = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    ref = f"{r.letters(3)}-{r.digits(8)}"
    amt = f"{r.randint(520, 760)}.00"
    d = Page(margins=(14, 14, 14))
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.rect(150, 14, 52, 250, "F")
    d.set_xy(153, 18)
    d.font(8, "B")
    d.multi_cell(46, 4.2, "OUR PHYSICIANS")
    d.font(7.8)
    for n in [derm, *others]:
        d.set_x(153)
        d.multi_cell(46, 4.0, f"{n}, MD\nBoard-certified dermatology\n")
        d.ln(1.5)
    d.set_x(153)
    d.multi_cell(46, 4.0, f"\nNPI (group) {f['npi']}\nTel {f['ph']}\nFax {ph(r)}\n\n8 Juniper Drive\nYuma, AZ 85364")
    d.set_xy(14, 14)
    d.text_line("Alder Point", 18, "B", h=8)
    d.text_line("Dermatology Group", 11, h=6)
    d.ln(8)
    w = 130
    d.para(fmt_date(date, "long"), 10, w=w)
    d.para("\n".join([f["member"], *f["addr"]]), 10, w=w, gap=5)
    d.para(f"Dear {f['first']}:", 10, w=w)
    paras = [
        f"At your visit on {fmt_date(f['dos'], 'long')}, Dr. {derm.split()[-1]} recorded sequential digital "
        f"dermoscopy images of 38 moles (0400T) so changes can be compared at your next visit. We billed "
        f"{fmt_money(amt)} to Juniper State Health Plan.",
        f"Juniper State Health Plan has denied that charge. Its explanation of benefits (reference {ref}) says the "
        "service is investigational and not covered under your plan. Your office visit was paid.",
        "What this means for you: the denied amount is now your responsibility, less a 30% self-pay discount if "
        "paid in full within 30 days of the date of this letter. If you would like to appeal to your plan, we will "
        "send a letter of medical necessity; your plan's explanation of benefits tells you how and by when.",
        f"Questions? Call our billing office at {f['ph']} and ask for the dermoscopy desk.",
    ]
    for p in paras:
        d.para(p, 10, w=w)
    d.para(f"Sincerely,\n\n{derm}, MD\n{prac}", 10, w=w)
    t = truth("other", None, member_name=f["member"], case_numbers=[ref], claim_amount=amt,
              service_dates=[iso(f["dos"])], denial_date=iso(date), provider=derm, unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [prac]},
              type_alternates=["denial_letter"], denial_alternates=["experimental"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 3: pre-service denial letter (standard fax)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Osprey Coast Health"
    mid, grp = f"OC{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"GRP {r.digits(5)}"
    req = f"PA{r.digits(9)}"
    recv = f["dos"] - dt.timedelta(days=r.randint(10, 16))
    date = recv + dt.timedelta(days=r.randint(3, 6))
    derm = doctor(r)
    d = Page("Osprey Coast Health  UM-DEN-14  p. {p}/{n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Osprey Coast Health", 16, "B", h=8)
    d.text_line("Utilization Management  ·  500 Harbor View Road, Bangor, ME 04401  ·  Fax " + ph(r), 8.6, h=4.6)
    d.ln(4)
    y = d.get_y()
    d.text_line(fmt_date(date, "abbr"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    d.rect(112, y - 1, 84, 38)
    kv(d, [("Member ID", mid), ("Group", grp), ("Request #", req), ("Received", fmt_date(recv, "abbr")),
           ("Requested by", derm), ("Planned date", fmt_date(f["dos"], "abbr"))], labw=28, size=8.8, x=114, h=5.6)
    d.ln(8)
    d.text_line("NOTICE OF DENIAL — PRIOR AUTHORIZATION REQUEST", 11, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"Your dermatologist asked us to approve total body photography (96904) and sequential digital "
           f"dermoscopy (0400T) for you. We reviewed the request under medical policy MP-DER-045. We cannot "
           "approve it.", 10)
    d.para("Why: you have many moles but no personal history of melanoma, no atypical mole syndrome diagnosis "
           "and no prior abnormal biopsy. For members without these risk factors, whole-body photography and "
           "digital dermoscopy are considered investigational: their value for finding melanoma earlier has not "
           "been proven. A yearly skin examination by your dermatologist remains covered.", 10)
    d.text_line("Your appeal rights", 10.5, "B", h=6)
    d.para("You may appeal within 180 days of the date of this letter. If your health could be seriously harmed "
           "by waiting, ask for an expedited appeal; we will decide within 72 hours. After our final decision you "
           "may request an independent external review within 4 months.", 10)
    d.para("Osprey Coast Health Utilization Management", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp.replace("GRP ", ""),
              member_id=mid.replace(" ", ""), member_name=f["member"], case_numbers=[req],
              service_dates=[iso(f["dos"])], denial_date=iso(date), provider=derm,
              appeal_deadline=iso(date + dt.timedelta(days=180)),
              alternates={"group_number": [grp], "service_dates": [[]]},
              denial_alternates=["medical_necessity", "prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: appeal upheld, two pages
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridian Pines Health Plan"
    mid = f"MP-{r.digits(8)}"
    grp = f"{r.digits(4)}{r.letters(2)}"
    claim, appeal = f"{r.digits(10)}", f"A{r.digits(2)}-{r.digits(6)}"
    prac = PRACTICES[0]
    amt = f"{r.randint(330, 520)}.00"
    dec = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    derm = doctor(r)
    d = Page("page {p} of {n}", head=f"Meridian Pines Health Plan  |  Appeal {appeal}  |  continued",
             margins=(22, 18, 22))
    d.add_page()
    d.text_line("Meridian Pines Health Plan", 15, "B", h=7)
    d.text_line("Member Appeals  ·  PO Box 6610, Lubbock, TX 79401", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(dec, "slash"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("APPEAL DECISION", 12, "B", h=7)
    kv(d, [("Appeal number:", appeal), ("Claim number:", claim), ("Member ID:", mid), ("Group number:", grp),
           ("Service:", "Total body photography (96904)"), ("Date of service:", fmt_date(f["dos"], "long")),
           ("Provider:", f"{prac} ({derm})"), ("Amount billed:", fmt_money(amt))], labw=38, size=9.4)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para("You asked us to reconsider our denial of total body photography. Your appeal included a letter from "
           "your dermatologist saying that your father had melanoma and that you have fair skin.", 10)
    d.para("A board-certified dermatologist who was not involved in the first decision reviewed your appeal. Your "
           "plan covers total body photography only for members with a personal history of melanoma or a "
           "diagnosis of dysplastic nevus syndrome. A family history alone does not meet these conditions; for "
           "you the photography is a screening service, and screening photography is not a covered benefit "
           "under your Evidence of Coverage, section 7.3.", 10)
    d.text_line("Our decision: the denial is upheld.", 10.5, "B", h=7)
    d.add_page()
    d.para("This is our final internal decision. You have now used all of the plan's internal appeal levels.", 10)
    d.text_line("External review", 10.5, "B", h=6)
    d.para("You may ask for an external review by an independent review organization within 4 months after you "
           "receive this letter. If your situation is urgent, you may ask for an expedited external review. "
           "The enclosed form (MP-ER-2) explains how.", 10)
    d.para("You may also contact the Texas Department of Insurance consumer help line. You may ask for copies "
           "of all documents we used in this decision, free of charge.", 10)
    d.para(f"Member date of birth: {fmt_date(f['dob'], 'slash')}   Provider NPI: {f['npi']}", 8.8)
    d.para("Sincerely,\n\nMember Appeals Department", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=amt,
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=prac,
              alternates={"case_numbers": [[appeal]], "provider": [derm]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: Medicare Summary Notice (phone photo)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1944, 1958), r.randint(1, 12), r.randint(1, 28))
    mbi = f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    msn = f["dos"] + dt.timedelta(days=r.randint(35, 60))
    by = msn + dt.timedelta(days=120)
    prac = "Sagebrush Skin Specialists"
    c1, c2 = f"{r.digits(2)}-{r.digits(4)}-{r.digits(4)}-{r.digits(3)}", f"{r.digits(2)}-{r.digits(4)}-{r.digits(4)}-{r.digits(3)}"
    tbp = float(r.randint(280, 420))
    d = Page("Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line(f"The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.6,
                h=5)
    d.rule(0.6, 2)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Notice date:", fmt_date(msn, "long")), ("Medicare Number:", mbi),
           ("Claims processed:", f"{fmt_date(msn - dt.timedelta(days=90), 'long')} -"),
           ("", fmt_date(msn, "long"))], labw=34, size=8.8, x=112, h=4.8)
    d.ln(4)
    d.set_fill_color(225, 225, 225)
    d.font(9.2, "B")
    d.cell(0, 6.5, "  If you disagree with any claims decision on this notice, you can file an appeal by "
           f"{fmt_date(by, 'long')}.", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Your Claims & Costs This Period", 11, "B", h=6.5)
    for no, dos, lines, total in [
        (c1, f["dos"] - dt.timedelta(days=14), [("Skin biopsy (11102)", 176.0, "Yes", 98.42, 24.61)], 176.0),
        (c2, f["dos"], [("Whole body photography (96904)", tbp, "No", 0.0, tbp)], tbp)]:
        d.font(9, "B")
        d.cell(0, 5.4, f"{prac}   Service date {fmt_date(dos, 'slash')}   Claim number {no}",
               new_x="LMARGIN", new_y="NEXT")
        rows = [[desc, fmt_money(amt), ok, fmt_money(paid), fmt_money(mx), "A" if ok == "No" else ""]
                for desc, amt, ok, paid, mx in lines]
        rows.append(["*Total for this claim", fmt_money(total), "", "", "", ""])
        d.table(["Service provided", "Amount provider charged", "Service approved?", "Medicare paid",
                 "Maximum you may be billed", "See notes"], rows, [46, 36, 27, 25, 42, 12], size=7.8,
                aligns="LRCRRC")
    d.text_line("Notes for claims above", 9.5, "B", h=5.5)
    d.para("A  Medicare does not pay for this item or service. Photography of the whole body to screen for skin "
           "cancer is not covered by Medicare. If you signed an Advance Beneficiary Notice before the service, "
           "you may have to pay.", 8.8)
    d.para("How to handle disputes: circle the item you disagree with, explain why, sign, and send this notice "
           "to the Medicare contractor: Medicare Part B Redeterminations, PO Box 9021, Fargo, ND 58102. Call "
           "1-800-MEDICARE (1-800-633-4227).", 8.6)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(tbp), service_dates=[iso(f["dos"])], denial_date=iso(msn),
              provider=prac, appeal_deadline=iso(by), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: approval for a high-risk member
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bluegill Lakes Health Cooperative"
    mid, grp = f"{r.letters(1)}{r.digits(8)}", f"{r.digits(3)}-{r.digits(3)}"
    auth = f"{r.digits(3)}{r.letters(1)}{r.digits(6)}"
    date = f["dos"] - dt.timedelta(days=r.randint(8, 14))
    derm = doctor(r)
    prac = PRACTICES[1]
    d = Page("Bluegill Lakes Health Cooperative · Authorization notice", margins=(18, 16, 18))
    d.add_page()
    d.text_line("BLUEGILL LAKES HEALTH COOPERATIVE", 13.5, "B", h=7)
    d.text_line("Care Management  ·  31 Fenwick Avenue, Duluth, MN 55802  ·  " + f["ph"], 8.6, h=4.6)
    d.ln(4)
    d.text_line("AUTHORIZATION APPROVED", 12, "B", h=7)
    d.boxes([("Date", fmt_date(date, "iso"), 34), ("Member", f["member"], 56), ("Member number", mid, 40),
             ("Group", grp, 49.9)])
    d.boxes([("Authorization", auth, 40), ("Ordering physician", derm, 56), ("Performed at", prac, 83.9)])
    d.boxes([("Services", "96904 total body photography; 0400T digital dermoscopy", 100),
             ("Approved date of service", fmt_date(f["dos"], "iso"), 79.9)])
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}, we approved the services above. You had melanoma removed in 2023 and "
           "your dermatologist documented more than 100 moles with several atypical ones, which meets our "
           "criteria (policy DM-31) for baseline photography and digital dermoscopy.", 10)
    d.para("This approval is valid for 90 days from the date above and for the services listed only. It is not a "
           "guarantee of payment: your eligibility, deductible and coinsurance apply on the date of service.",
           10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(date), provider=derm,
              alternates={"provider": [prac]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_hdhp_eob, "hdhp_eob", "born_digital"), (2, doc_practice_letter, "practice_letter", "photocopy"),
              (3, doc_preservice, "preservice", "fax_standard_g4"), (4, doc_appeal, "appeal_upheld", "rotated"),
              (5, doc_msn, "msn", "phone_photo"), (6, doc_approval, "approval", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
