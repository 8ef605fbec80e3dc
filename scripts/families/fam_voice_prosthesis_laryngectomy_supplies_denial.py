"""Family 'voice_prosthesis_laryngectomy_supplies_denial': supplies after a total laryngectomy - tracheoesophageal
voice prostheses (L8507 patient-inserted, L8509 inserted by a clinician), tracheostoma valves and diaphragms
(A7501, A7502), heat and moisture exchange (HME) filters, holders, housings and adhesives (A7503-A7509) - refused
over the quantity the plan or Medicare allows in a period, or as a convenience (spare prostheses, hands-free valve).

Documents: the DME supplier's letter to the patient about the plan's quantity denial (born digital); a Medicare
Summary Notice with three suppliers, one claim denied for too many items (150 dpi); a scanned stack of a Medicare
Advantage IDN-style payment denial (spare L8507 prostheses as convenience) with its blank duplex back and the
supplier's statement; a phone photo of the supplier's ABN-style advance notice (nothing denied yet); a commercial
pre-service letter with a key-value header and a running header refusing a hands-free valve (fine fax); an upheld
appeal for A7509 over quantity (sideways); an EOB with three claims, only the supplier's HME claim denied
(photocopy).

Decoys: DOB, laryngectomy date, NPIs, supplier account and order numbers, HCPCS quantities, paid claims,
allowed / paid / you-owe amounts, claims-processing period, Medicare deductible, form numbers (CMS-10003-NDMCP,
plan material IDs), 72-hour, 14-day peer-to-peer and external review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "voice_prosthesis_laryngectomy_supplies_denial"
LANG = "en"
SEED = 285600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIERS = ["Harborpoint Laryngectomy Supply", "Northgate Respiratory & Voice Products, Inc.",
             "Clearway Airway Medical Supply", "Stonebridge Home Medical Equipment"]
ITEMS = {"L8507": ("Voice prosthesis, patient inserted, each", (68, 96)),
         "L8509": ("Voice prosthesis, inserted by clinician, each", (410, 560)),
         "A7501": ("Tracheostoma valve incl. diaphragm, each", (380, 520)),
         "A7502": ("Replacement diaphragm/faceplate, each", (52, 74)),
         "A7503": ("Filter holder or cap, reusable, HME, each", (42, 66)),
         "A7504": ("Filter for HME system, each", (3.1, 4.6)),
         "A7505": ("Housing, reusable, without adhesive, each", (11, 18)),
         "A7506": ("Adhesive disc, any type, each", (2.4, 3.9)),
         "A7507": ("Filter holder with integrated filter, each", (7.2, 9.9)),
         "A7508": ("Housing with integrated adhesive, each", (8.4, 12.5)),
         "A7509": ("Filter holder, integrated filter, housing, adhesive", (9.6, 13.8))}


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 150))
    ent = f"{r.choice(['Wendell', 'Harriet', 'Sunita', 'Anselm', 'Odette', 'Kwame'])} {r.choice('BCDFHKLMR')}. " \
          f"{r.choice(['Nakamura', 'Oduya', 'Szabo', 'Ibarra', 'Greer', 'Quintero'])}"
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=phone(r),
                dob=dt.date(r.randint(1941, 1966), r.randint(1, 12), r.randint(1, 28)),
                lary=dt.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28)), ent=ent, npi=r.npi(),
                sup=r.choice(SUPPLIERS))


def line(r: Rand, code: str, qty: int) -> dict:
    desc, (lo, hi) = ITEMS[code]
    unit = round(r.uniform(lo, hi), 2)
    return dict(code=code, desc=desc, units=qty, billed=round(unit * qty, 2))


# ---------------------------------------------------------------- 0: supplier letter about the quantity denial
def doc_supplier_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sup = "Harborpoint Laryngectomy Supply"
    plan = "Ashgrove Health Partners"
    mid, claim, order = f"AGP{r.digits(9)}", f"{r.digits(12)}", f"SO-{r.digits(6)}"
    ls = [line(r, "A7504", 90), line(r, "A7506", 60)]
    billed = sum(x["billed"] for x in ls)
    letter = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    d = Page("Harborpoint Laryngectomy Supply  -  a DMEPOS supplier  -  {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("HARBORPOINT", 19, "B", h=8.5)
    d.text_line("Laryngectomy Supply", 11, h=5.5)
    d.text_line(f"300 Harbor View Road, Bangor, ME 04401  |  Patient care line {f['ph']}  |  NPI {f['npi']}", 8.2, h=5)
    d.ln(7)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.para(f"Re: your {fmt_date(f['dos'], 'long')} supply order {order}", 10.5, gap=3)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We are writing about the HME filters and adhesive discs we shipped to you on {fmt_date(f['dos'], 'long')}. "
           f"Your health plan, {plan}, has sent us its decision on our claim {claim} (member ID {mid}). The plan "
           f"did not pay for the 90 HME filters (A7504) and 60 adhesive discs (A7506) on this order, billed at "
           f"{fmt_money(billed)} in all.", 10.5)
    d.para("The plan's reason is that the quantity is more than it allows for one month without more information: "
           "its limit is 30 filters and 30 adhesive discs a month. The plan said the notes it had did not explain "
           "why you need more, so the extra amount was not medically necessary.", 10.5)
    d.text_line("What you can do", 11, "B", h=7)
    d.para(f"1. Appeal. Many of our patients change filters two or three times a day because of mucus. If Dr. "
           f"{f['ent']} or your speech-language pathologist writes a note about how often you change them, we will "
           "send it with an appeal for you. Your plan's denial letter tells you how long you have to appeal.\n"
           "2. Lower the monthly quantity to the plan's limit from your next order.\n"
           "3. Pay our cash price for the extra items (we will not bill you while an appeal is pending).", 10.5)
    d.para("This letter is not a bill and not a decision by your health plan. Please call our patient care line "
           "with any questions.", 10.5)
    d.para(f"Sincerely,\n\nReimbursement Team\n{sup}", 10.5)
    d.para(f"Patient date of birth {fmt_date(f['dob'], 'long')}. Laryngectomy {fmt_date(f['lary'], 'long')}.", 8.5)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=sup, unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[]], "provider": [f["ent"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Medicare Summary Notice, three suppliers
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mbi = f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(40, 60))
    by = notice + dt.timedelta(days=125)
    period_s = notice - dt.timedelta(days=90)
    sups = r.sample(SUPPLIERS, 2)
    claims = []
    d1 = f["dos"] - dt.timedelta(days=r.randint(25, 32))
    claims.append(dict(sup=sups[0], date=d1, num=f"{r.digits(2)}{r.digits(3)}{r.digits(3)}{r.digits(6)}",
                       lines=[line(r, "A7504", 30), line(r, "A7506", 30)], denied=False))
    claims.append(dict(sup=f"{f['ent'].split()[-1]} Head & Neck Surgery", date=f["dos"] - dt.timedelta(days=6),
                       num=f"{r.digits(14)}", lines=[line(r, "L8509", 1),
                       dict(code="31611", desc="Tracheoesophageal puncture revision", units=1,
                            billed=float(r.randint(640, 880)))], denied=False))
    claims.append(dict(sup=sups[1], date=f["dos"], num=f"{r.digits(14)}",
                       lines=[line(r, "L8507", 6), line(r, "A7508", 60)], denied=True))
    d = Page("Medicare Summary Notice for Part B (Medical Insurance)   Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.6,
                h=5)
    d.rule(0.8, 3)
    y = d.get_y()
    d.text_line(f["member"].upper(), 9.6, "B", h=5)
    for ln in f["addr"]:
        d.text_line(ln.upper(), 9.6, h=5)
    d.set_y(y)
    for lab, val in [("Date of This Notice", fmt_date(notice, "long")), ("Medicare Number", mbi),
                     ("Claims processed between", f"{fmt_date(period_s, 'long')} and {fmt_date(notice - dt.timedelta(days=3), 'long')}")]:
        d.set_x(104)
        d.font(8.6, "B")
        d.cell(0, 4.6, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(104)
        d.font(8.6)
        d.cell(0, 4.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your Claims & Costs This Period", 11, "B", h=6.5)
    d.para("Did Medicare approve all services?  NO. Medicare denied some items. See claim 3 below.\n"
           "Total you may be billed: see each claim.  Your deductible: you have met the Part B deductible for 2026.",
           8.8)
    for i, c in enumerate(claims, 1):
        tb = sum(x["billed"] for x in c["lines"])
        c["tb"] = tb
        d.font(9, "B")
        d.cell(0, 5.4, f"Claim {i}:  {c['sup']}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.2)
        d.cell(0, 4.4, f"Service date {fmt_date(c['date'], 'slash')}   Claim number {c['num']}   Assigned",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for x in c["lines"]:
            appr = 0.0 if c["denied"] else round(x["billed"] * 0.58, 2)
            rows.append([f"{x['desc'][:28]} ({x['code']}) x {x['units']}",
                         "No" if c["denied"] else "Yes", fmt_money(x["billed"]), fmt_money(appr),
                         fmt_money(round(appr * 0.8, 2)), fmt_money(x["billed"] if c["denied"] else round(appr * 0.2, 2)),
                         "A" if c["denied"] else ""])
        rows.append(["*Total for claim " + str(i), "", fmt_money(tb), "", "", "", ""])
        d.table(["Service provided & billing code", "Approved?", "Charged", "Medicare-approved",
                 "Medicare paid", "You may be billed", "Notes"], rows, [56, 16, 22, 30, 22, 28, 10], size=7.6,
                aligns="LLRRRRL")
    d.text_line("Notes for Claims Above", 9.6, "B", h=5.5)
    d.para("A  The information provided does not support the need for this many items in this period of time, so "
           "Medicare will not pay for these items. Your supplier did not give you an Advance Beneficiary Notice "
           "for them, so you are not responsible for the amount charged. You can appeal.", 8.6)
    d.add_page()
    d.text_line("How to File an Appeal", 11, "B", h=6.5)
    d.para(f"If you disagree with any claims decisions on this notice, you can file an appeal. Appeals must be filed "
           f"by {fmt_date(by, 'long')}.", 9.4)
    d.para("Circle the service(s) you disagree with on this notice, explain in writing why you disagree, and send "
           "this notice to the DME Medicare contractor: Noble Ridge Medicare Solutions, DME Jurisdiction Appeals, "
           "PO Box 6600, Fargo, ND 58102. Include your name, phone number and Medicare Number. If you want more "
           "time to appeal, include a reason for being late.", 9.4)
    d.para("Get help with appeals: call 1-800-MEDICARE (1-800-633-4227). TTY 1-877-486-2048.", 9.4)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[claims[2]["num"]], claim_amount=m2(claims[2]["tb"]), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=sups[1], appeal_deadline=iso(by), type_alternates=["denial_letter"],
              alternates={"insurer": ["Noble Ridge Medicare Solutions", "Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: scanned stack: MA IDN + duplex back + statement
def doc_idn(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Silverbirch Health Plans, Inc."
    notice = f["dos"] + dt.timedelta(days=r.randint(24, 35))
    f["notice"] = notice
    d = Page("Form CMS-10003-NDMCP  OMB Approval 0938-0829   Page {p} of {n}",
             header=f"{f['member']}  -  Claim {f['claim']}  -  Silverbirch Advantage Plus (HMO)", margins=(20, 16, 20))
    d.add_page()
    d.text_line("SILVERBIRCH", 16, "B", h=7)
    d.text_line("Silverbirch Health Plans, Inc.  -  Medicare Advantage  -  PO Box 870, Erie, PA 16501", 8.4, h=5)
    d.ln(4)
    d.text_line(fmt_date(notice, "slash"), 10, h=6)
    d.ln(2)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", h=7)
    d.ln(2)
    for lab, val in [("Name", f["member"]), ("Member number", f["mid"]), ("Plan", "Silverbirch Advantage Plus (HMO)"),
                     ("Plan ID", f["pid"]), ("Claim number", f["claim"])]:
        d.font(10, "B")
        d.cell(40, 5.6, lab + ":")
        d.font(10)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Your request for payment of six patient-inserted voice prostheses (L8507) from {f['sup']}, delivered "
           f"{fmt_date(f['dos'], 'slash')} and billed at {fmt_money(f['billed'])}, is denied.", 10)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6.5)
    d.para(f"We denied your request because your voice prosthesis is an indwelling type that your speech-language "
           f"pathologist, working with Dr. {f['ent']}, changes in the office (L8509), which we covered on "
           f"{fmt_date(f['dos'] - dt.timedelta(days=40), 'slash')}. The six L8507 prostheses were ordered as spares "
           "to keep at home. Items kept for backup or for convenience are not covered under your Evidence of "
           "Coverage, Chapter 4, Section 2.1 (Durable medical equipment and prosthetic devices - exclusions). "
           "Medicare rules allow only the quantity needed for your current device.", 10)
    d.para("Your supplier gave you a written notice before delivery, so the supplier may bill you.", 10)
    d.add_page()
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6.5)
    d.para("You have the right to ask Silverbirch Health Plans to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 calendar days of the date listed at the top of this notice. If you ask for "
           "an appeal after 65 days, you must explain why your appeal is late. A standard payment appeal is decided "
           "within 60 days. Payment appeals cannot be fast (expedited).", 10)
    d.text_line("How to ask for an appeal", 10.5, "B", h=6.5)
    d.para(f"Write to Silverbirch Health Plans, Medicare Appeals, PO Box 870, Erie, PA 16501, or fax "
           f"1-555-710-{r.digits(4)}. Member services: {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 10)
    d.para("If we uphold our decision, we will send your case to an Independent Review Entity.", 10)
    d.para("H5128_IDN26_V2", 7.5)
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id=f["pid"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["sup"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)), denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Silverbirch Advantage Plus (HMO)", "Silverbirch Health Plans"],
                          "plan_id": [None]})
    return pdf_bytes(d), t


def doc_sup_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"{r.digits(7)}"
    d = Page(None, margins=(15, 14, 15))
    d.add_page()
    d.set_font("DejaVu", "B", 14)
    d.cell(110, 7, f["sup"])
    d.set_font("DejaVu", "", 9)
    d.cell(0, 7, "STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"41 Quarry Street, Erie, PA 16501  -  Billing questions {phone(r)}", 8.4, h=4.8)
    d.rule(0.5, 3)
    d.boxes([("Statement date", fmt_date(stmt, "long"), 44), ("Account no.", acct, 30), ("Patient", f["member"], 60),
             ("Balance due", fmt_money(f["billed"]), 46)])
    d.boxes([("Insurance", "Silverbirch Advantage Plus (HMO)", 74), ("Member no.", f["mid"], 44),
             ("Insurance claim", f["claim"], 62)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "slash"), "L8507", "Voice prosthesis, patient inserted (spare)", "6",
             fmt_money(f["billed"])],
            [fmt_date(f["notice"], "slash"), "", "Denied by insurance - non-covered (ABN on file)", "", "$0.00"],
            ["*Amount due from patient", "", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "Code", "Description", "Qty", "Amount"], rows, [28, 18, 96, 12, 26], size=8.8, aligns="LLLRR")
    d.para("You signed an advance notice before we shipped these spare prostheses, so the amount is now your "
           "responsibility. If you appeal to your plan and win, we will refund any payment. Payment plans are "
           "available. Please pay within 30 days.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["sup"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["sup"] = "Clearway Airway Medical Supply"
    f.update(mid=f"SB{r.digits(9)}", claim=f"{r.digits(3)}{r.letters(1)}{r.digits(8)}", pid=f"H5128-{r.digits(3)}")
    f["billed"] = line(r, "L8507", 6)["billed"]
    a = doc_idn(r, f)
    b = doc_sup_statement(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [a, b], separators=["duplex", None])


# ---------------------------------------------------------------- 3: supplier's ABN-style advance notice (photo)
def doc_abn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sup = f["sup"]
    ident = f"{r.digits(8)}"
    ship = f["dos"]
    sign = ship - dt.timedelta(days=r.randint(2, 6))
    a, b = line(r, "A7504", 60), line(r, "A7506", 30)
    est = a["billed"] + b["billed"]
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f"A. Notifier: {sup}, 41 Quarry Street, Erie, PA 16501, {phone(r)}", 9, h=5.5)
    d.text_line(f"B. Patient Name: {f['member']}          C. Identification Number: {ident}", 9, h=5.5)
    d.ln(3)
    d.text_line("Advance Beneficiary Notice of Non-coverage (ABN)", 13, "B", align="C", h=8)
    d.para("NOTE: If Medicare doesn't pay for D. the items below, you may have to pay. Medicare does not pay for "
           "everything, even some care that you or your health care provider have good reason to think you need. "
           "We expect Medicare may not pay for the D. items below.", 9.2)
    rows = [["HME filters (A7504), 60 more this month", "More than the usual monthly quantity", fmt_money(a["billed"])],
            ["Adhesive discs (A7506), 30 more this month", "More than the usual monthly quantity",
             fmt_money(b["billed"])]]
    d.table(["D. Items", "E. Reason Medicare May Not Pay", "F. Estimated Cost"], rows, [72, 82, 26], size=7.8,
            border_head="TB")
    d.para("WHAT YOU NEED TO DO NOW: read this notice so you can make an informed decision about your care. Ask us "
           "any questions. Choose an option below about whether to receive the items listed above.", 9)
    opts = ["[X] OPTION 1. I want the D. items listed above. You may ask to be paid now, but I also want Medicare "
            "billed for an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN).",
            "[  ] OPTION 2. I want the D. items listed above, but do not bill Medicare.",
            "[  ] OPTION 3. I don't want the D. items listed above."]
    for o in opts:
        d.para(o, 8.8, gap=1.5)
    d.para(f"H. Additional Information: planned shipment {fmt_date(ship, 'slash')}. Ordering physician Dr. {f['ent']}. "
           f"Date of birth {fmt_date(f['dob'], 'slash')}.", 8.8)
    d.para(f"I. Signature: {f['member']}            J. Date: {fmt_date(sign, 'slash')}", 10)
    d.para("Form CMS-R-131 (Exp. 01/2026)   Form Approved OMB No. 0938-0566", 7.5)
    t = truth("other", None, member_name=f["member"], service_dates=[], denial_date=iso(sign), provider=sup,
              unscored=["insurer"],
              alternates={"member_id": [ident], "claim_amount": [m2(est)], "service_dates": [[iso(ship)]],
                          "denial_date": [None], "provider": [f["ent"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: commercial pre-service letter, hands-free valve
def doc_valve_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobaltline Health Insurance Company"
    mid, grp, ref = f"CL{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(5)}-{r.letters(2)}", f"R{r.digits(10)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(4, 9))
    d = Page("Cobaltline Health  -  CLH-UM-41 (01/26)  -  page {p} of {n}",
             header=f"Member: {f['member']}   Reference: {ref}   (continued)", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cobaltline Health", 17, "B", h=8)
    d.text_line(f"{ins}  |  Prior Authorization  |  PO Box 1442, Lubbock, TX 79401", 8.6, h=5)
    d.ln(5)
    for lab, val in [("Letter date", fmt_date(notice, "wlong")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group number", grp), ("Reference", ref), ("Requesting provider", f"Dr. {f['ent']}, otolaryngology"),
                     ("Supplier", f["sup"]), ("Requested items", "A7501 tracheostoma valve x 1; A7502 diaphragms x 4"),
                     ("Planned delivery", fmt_date(f["dos"], "wlong"))]:
        d.font(9.6, "B")
        d.cell(46, 5.4, lab)
        d.font(9.6)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para("We reviewed the request for a hands-free tracheostoma valve and replacement diaphragms. We are denying "
           "this request.", 10)
    d.para("You speak now with your voice prosthesis by covering your stoma with a finger, and your HME system "
           "works. A hands-free valve lets you speak without using your hand. Your plan covers prosthetic devices "
           "that restore a body function, but not items whose purpose is comfort or convenience (Certificate of "
           "Coverage, Section 7, Exclusion 14). The hands-free valve is a convenience item under your plan, so it "
           "is not covered. We reviewed Cobaltline medical policy DME-118 and the letter from your surgeon.", 10)
    d.para("If your doctor has information that the valve is needed for a medical reason (for example, you cannot "
           "use your hands to cover the stoma), your doctor may ask for a peer-to-peer review within 14 days.", 10)
    d.text_line("Your right to an appeal", 11, "B", h=7)
    d.para("You may appeal this decision within 180 days of the date of this letter. Send a letter saying why you "
           "disagree, with any records, to Cobaltline Health Appeals, PO Box 1446, Lubbock, TX 79401, or fax "
           f"1-555-632-{r.digits(4)}. If a delay could seriously harm your health, you may ask for an urgent appeal, "
           "decided within 72 hours. You may also have the right to an independent external review after the "
           "appeal.", 10)
    d.para(f"Member services: {f['ph']}. Surgeon NPI {f['npi']}. Member date of birth {fmt_date(f['dob'], 'slash')}.", 9)
    d.para("Utilization Management\nCobaltline Health", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["ent"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"],
              alternates={"provider": [f["sup"]], "service_dates": [[]], "insurer": ["Cobaltline Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: upheld appeal, A7509 over quantity (sideways)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Wrenfield Benefit Plan of Ohio"
    mid, grp = f"W{r.digits(10)}", f"{r.digits(6)}"
    claim, appeal = f"{r.digits(3)}-{r.digits(4)}-{r.digits(4)}", f"GA{r.digits(7)}"
    x = line(r, "A7509", 90)
    notice = f["dos"] + dt.timedelta(days=r.randint(75, 100))
    d = Page("Wrenfield Benefit Plan of Ohio  Grievances & Appeals  {p}/{n}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Wrenfield Benefit Plan of Ohio", 15, "B", h=7.5)
    d.text_line(f"Grievances & Appeals  |  2200 Sycamore Court, Erie, PA 16501  |  {f['ph']}", 8.6, h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "dmy"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 12, "B", h=7)
    d.table(["Member", "ID number", "Group", "Appeal", "Claim"], [[f["member"], mid, grp, appeal, claim]],
            [46, 32, 22, 30, 42], size=8.8, border_head="TB")
    d.table(["Supplier", "Delivered", "Item", "Qty", "Billed"],
            [[f["sup"][:34], fmt_date(f["dos"], "dmy"), "A7509", "90", fmt_money(x["billed"])]],
            [70, 26, 20, 14, 30], size=8.8, border_head="TB")
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para("You asked us to reconsider our denial of 90 filter holders with integrated filter, housing and adhesive "
           "(A7509) for one month. A physician reviewer board-certified in otolaryngology reviewed the appeal.", 10)
    d.para("The denial is upheld. The plan covers up to 30 A7509 units a month. More may be covered when records "
           "show heavy secretions or skin problems that need more frequent changes. The records you sent show one "
           "change a day and no skin problems, so the 60 units over the monthly amount are not medically "
           "necessary. The plan has paid for 30 units on a separate claim.", 10)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the address "
           "above. After the second level, you may ask for an external review by an independent review "
           "organization within 4 months.", 10)
    d.para(f"Laryngectomy date on file: {fmt_date(f['lary'], 'dot')}.  Prescriber: Dr. {f['ent']} (NPI {f['npi']}).",
           8.8)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(x["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["sup"],
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["not_covered"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: EOB, three claims, supplier's HME claim denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Glenmoor Health Cooperative"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}-01", f"{r.letters(3)}{r.digits(4)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    ent = f"{f['ent'].split()[-1]} ENT Associates"
    slp = "Bayside Voice & Swallow Therapy"
    cl = [dict(num=f"{r.digits(11)}", prov=ent, date=f["dos"] - dt.timedelta(days=9),
               lines=[line(r, "L8509", 1), dict(code="99213", desc="Office visit, established", units=1,
                                                  billed=float(r.randint(160, 220)))], deny=False),
          dict(num=f"{r.digits(11)}", prov=f["sup"], date=f["dos"],
               lines=[line(r, "A7507", 120), line(r, "A7508", 60)], deny=True),
          dict(num=f"{r.digits(11)}", prov=slp, date=f["dos"] + dt.timedelta(days=3),
               lines=[dict(code="92507", desc="Speech/voice treatment", units=1, billed=float(r.randint(150, 240)))],
               deny=False)]
    d = Page("Glenmoor Health Cooperative  EOB  {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("GLENMOOR HEALTH COOPERATIVE", 15, "B", h=7.5)
    d.text_line(f"Explanation of Benefits - this is not a bill  -  {f['ph']}  -  glenmoor.example", 8.6, h=5)
    d.ln(2)
    d.boxes([("Issue date", fmt_date(stmt, "mdy_nopad"), 30), ("Member", f["member"], 50), ("ID", mid, 38),
             ("Group", grp, 28), ("Claims", "3", 18), ("Plan", "Silver", 28)])
    d.ln(4)
    for c in cl:
        d.font(8.8, "B")
        d.cell(0, 5.4, f"{c['prov']}  |  Claim {c['num']}  |  {'DENIED' if c['deny'] else 'Paid'}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for x in c["lines"]:
            if c["deny"]:
                al, pd, ow, rm = 0.0, 0.0, x["billed"], "QL2"
            else:
                al = round(x["billed"] * 0.64, 2)
                pd, ow, rm = round(al * 0.85, 2), round(al * 0.15, 2), ""
            rows.append([fmt_date(c["date"], "mdy_nopad"), x["code"], x["desc"][:40], str(x["units"]),
                         fmt_money(x["billed"]), fmt_money(al), fmt_money(pd), fmt_money(ow), rm])
        c["tb"] = sum(x["billed"] for x in c["lines"])
        rows.append(["*Total", "", "", "", fmt_money(c["tb"]), "", "", "", ""])
        d.table(["Date", "Code", "Description", "Qty", "Charged", "Allowed", "Paid", "You owe", "Note"], rows,
                [20, 14, 60, 11, 22, 20, 20, 19, 8], size=7.5, aligns="LLLRRRRRL")
    d.text_line("Notes", 9.4, "B", h=5.5)
    d.para("QL2  Quantity is more than the plan's monthly limit for tracheostoma HME supplies (30 filter holders and "
           "30 housings a month) and the records sent do not show why more are needed. The items are not medically "
           "necessary in this quantity. The supplier may send records for review.", 8.4)
    d.para("Appeals: you may appeal a denied claim within 180 days from the date you receive this statement. "
           "Write to Glenmoor Appeals, PO Box 771, Yuma, AZ 85364. Expedited appeals: 72 hours.", 8.4)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[cl[1]["num"]], claim_amount=m2(cl[1]["tb"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["sup"], denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_supplier_letter, "supplier_letter", "born_digital"),
              (1, doc_msn, "msn", "scan_lowres_150"),
              (3, doc_abn, "abn_photo", "phone_photo"),
              (4, doc_valve_letter, "valve_letter", "fax_fine_g4"),
              (5, doc_upheld, "upheld_appeal", "rotated"),
              (6, doc_eob, "three_claim_eob", "photocopy")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
