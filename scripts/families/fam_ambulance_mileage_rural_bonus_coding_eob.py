"""Family 'ambulance_mileage_rural_bonus_coding_eob': ground ambulance mileage (A0425) billed beyond the loaded
(patient-on-board) miles, or with wrong origin/destination or rural modifiers, seen from Medicare, a commercial plan,
a TPA and the ambulance company.

Documents: a commercial EOB with two claims (an older paid transport, a mileage line denied as units over loaded
miles); a fax stack of a cover sheet, a Medicare Summary Notice denying mileage for a missing origin/destination
modifier, and the ambulance company's statement; an ambulance company's hold notice while a corrected claim is sent
(not a denial); the corrected claim paid; a Medicare redetermination upholding; a TPA prose letter; a rural-area
statement. Decoys: run numbers, NPIs, account numbers, DOBs, received dates, sample amounts, older claims.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "ambulance_mileage_rural_bonus_coding_eob"
LANG = "en"
SEED = 331500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1938, 1995), r.randint(1, 12), r.randint(1, 28)),
                recv=dos + dt.timedelta(days=r.randint(6, 18)), run=f"R{r.digits(2)}-{r.digits(5)}")


def trip(r: Rand, code="A0429", loaded=None, billed_miles=None) -> list[dict]:
    loaded = loaded or r.randint(9, 38)
    billed_miles = billed_miles or loaded
    base_amt = float(r.randint(980, 1900))
    rate = r.choice([24.75, 27.5, 31.0, 33.25])
    return [dict(code=code, mod="RH", desc="BLS emergency" if code == "A0429" else "ALS 1 emergency", units=1,
                 billed=base_amt),
            dict(code="A0425", mod="RH", desc="Ground mileage per loaded mile", units=billed_miles,
                 billed=round(billed_miles * rate, 2), rate=rate, loaded=loaded)]


def tot(lines):
    return round(sum(x["billed"] for x in lines), 2)


# ---------------------------------------------------------------- 0: commercial EOB, 2 claims, mileage units denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Commonwealth Health Insurance Co."
    mid, grp = f"LCH-{r.digits(4)}-{r.digits(5)}", f"{r.digits(6)}-A"
    c_old, c_den = f"{r.digits(3)}{r.letters(2)}{r.digits(7)}", f"{r.digits(3)}{r.letters(2)}{r.digits(7)}"
    amb = "Pronghorn Mesa Ambulance Co."
    stmt = f["dos"] + dt.timedelta(days=r.randint(22, 34))
    old = f["dos"] - dt.timedelta(days=r.randint(40, 80))
    l_old = trip(r, "A0427")
    l_den = trip(r, "A0429")
    loaded = r.randint(11, 19)
    l_den[1].update(units=loaded + r.randint(14, 22), loaded=loaded)
    l_den[1]["billed"] = round(l_den[1]["units"] * l_den[1]["rate"], 2)
    d = Page("Larkspur Commonwealth  *  Benefit Explanation  *  sheet {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("LARKSPUR COMMONWEALTH", 16, "B", h=8)
    d.text_line(f"{ins}  ·  2200 Granary Row, Hollis Bend, NE 68801  ·  Help line {f['ph']} (M-F 7-7)", 8, h=4.4)
    d.rule(0.7, 3)
    y = d.get_y()
    d.set_x(120)
    d.font(8.6, "B")
    d.multi_cell(80, 4.6, f"Benefit Explanation\nPrepared on: {fmt_date(stmt, 'dmy')}\nEnrollee: {f['member']}\n"
                          f"Enrollee number: {mid}\nEmployer group: {grp}")
    d.set_y(y)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.ln(12)
    d.text_line("This is not a bill. Two ambulance claims were processed this period.", 9.2, h=5.5)
    for c, dos, ll, note in [(c_old, old, l_old, "processed - paid"), (c_den, f["dos"], l_den, "processed - see code M4")]:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim ref {c}  |  {amb}  |  trip {fmt_date(dos, 'dmy')}  |  {note}", new_x="LMARGIN",
               new_y="NEXT")
        rows = []
        for x in ll:
            den = note.endswith("M4") and x["code"] == "A0425"
            allowed = 0.0 if den else round(x["billed"] * 0.62, 2)
            rows.append([x["code"] + "-" + x["mod"], x["desc"], str(x["units"]), fmt_money(x["billed"], "nosign"),
                         fmt_money(allowed, "nosign"), fmt_money(round(allowed * 0.8, 2), "nosign"),
                         "M4" if den else "P1"])
        rows.append(["*Claim total", "", "", fmt_money(tot(ll), "nosign"), "", "", ""])
        d.table(["Proc/mod", "Service", "Qty", "Charged", "Approved", "Larkspur paid", "Code"], rows,
                [24, 56, 12, 26, 26, 28, 14], size=8, aligns="LLRRRRL", head_fill=True)
    d.text_line("Codes", 9.5, "B", h=5.5)
    d.para("P1  Paid under your ambulance benefit after deductible and 20% coinsurance.", 8.4)
    d.para(f"M4  Mileage units exceed the loaded miles on the trip record. The patient care report shows "
           f"{loaded} loaded miles; {l_den[1]['units']} units were billed. Mileage is payable only for miles the "
           "patient is on board. The mileage line is denied as billed; the provider may send a corrected claim.",
           8.4)
    d.para("Appeals: you or your provider may ask us to review this within 180 days of the date this Benefit "
           "Explanation was prepared. An external review may be requested within 4 months of a final decision. "
           f"Provider NPI {f['npi']}. Trip run number {f['run']}.", 8.2)
    t = truth("eob", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c_den], claim_amount=m2(tot(l_den)), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=amb, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"claim_amount": [m2(l_den[1]["billed"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: MSN + ambulance statement
def doc_msn(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page("Medicare Summary Notice for " + f["member"] + "   Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.4, h=4.6)
    d.rule(0.6, 3)
    d.boxes([("Notice date", fmt_date(f["msn"], "long"), 48), ("Medicare number", f["mbi"], 44),
             ("Name", f["member"], 58), ("Claims period", f"{fmt_date(f['dos'] - dt.timedelta(days=60), 'abbr')}"
              f" - {fmt_date(f['msn'], 'abbr')}", 34)], value_size=8.6)
    d.ln(3)
    d.para(f"If you disagree with a decision, you must file an appeal by {fmt_date(f['msn_by'], 'long')}. "
           "See the last page for how to appeal.", 9.4)
    d.text_line(f"{fmt_date(f['dos'], 'slash')}  {f['amb']}, {f['amb_addr']}", 9.2, "B", h=5.5)
    d.text_line(f"Claim number {f['claim']}   Referred by: Emergency call", 8.6, h=5)
    rows = []
    for x in f["lines"]:
        den = x["code"] == "A0425"
        rows.append([f"{x['desc']} ({x['code']}-{x['mod']})" + (f" x {x['units']}" if x["units"] > 1 else ""),
                     "No" if den else "Yes", fmt_money(x["billed"]), fmt_money(0 if den else x["billed"] * 0.55),
                     fmt_money(0 if den else x["billed"] * 0.44), fmt_money(x["billed"] if den else x["billed"] * .11),
                     "A" if den else ""])
    rows.append(["*Total for this claim", "", fmt_money(f["billed"]), "", "", "", ""])
    d.table(["Service provided", "Approved?", "Amount billed", "Medicare-approved", "Medicare paid",
             "Max. you may be billed", "See notes"], rows, [56, 17, 23, 27, 22, 24, 14], size=7.8)
    d.text_line("Notes for Claims Above", 9.6, "B", h=5.5)
    d.para("A  This service was billed with modifier RH (residence to hospital), but the trip record shows the "
           "pickup was at a skilled nursing facility. The origin and destination modifier does not match the "
           "documentation, so the mileage cannot be paid as billed. The rural mileage add-on was also not "
           "allowed because the pickup ZIP code is not rural. The provider may correct and resubmit.", 8.6)
    d.para("Example only: if Medicare approves $100.00 for a service, you pay 20% ($20.00) after the deductible.",
           8.2)
    d.para("How to appeal: Circle the services you disagree with, explain why, sign, and send to Medicare "
           "Claims Office, PO Box 7750, Jorvik Springs, IA 50999. You can also file a Redetermination Request "
           f"Form (CMS-20027). 1-800-MEDICARE. Ambulance NPI {f['npi']}.", 8.4)
    t = truth("eob", "coding_error", insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(f["msn"]), provider=f["amb"], appeal_deadline=iso(f["msn_by"]),
              alternates={"claim_amount": [m2(f["lines"][1]["billed"])]}, type_alternates=["denial_letter"])
    return pdf_bytes(d), t


def doc_amb_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["msn"] + dt.timedelta(days=r.randint(8, 16))
    acct = f"{r.digits(7)}"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(f["amb"].upper(), 14, "B", h=7)
    d.text_line(f["amb_addr"] + "  ·  Billing " + r.phone(), 8.6, h=4.6)
    d.ln(4)
    d.para(f"{bill.strftime('%d %B %Y')}\n\n{f['member']}\n" + "\n".join(f["addr"]), 9.6)
    d.para(f"Dear {f['first']} {f['last']},", 9.6)
    d.para(f"Medicare processed our claim {f['claim']} for your ambulance trip of {fmt_date(f['dos'], 'long')} "
           f"and paid the transport but not the mileage. Our billing staff coded the trip as starting at your home; "
           "it started at the nursing facility. We are sending Medicare a corrected claim, and you do not need "
           "to do anything. Your account number is " + acct + ".", 9.6)
    rows = [[fmt_date(f["dos"], "slash"), x["code"], str(x["units"]), fmt_money(x["billed"], "nosign")]
            for x in f["lines"]]
    rows.append(["*Total charges", "", "", fmt_money(f["billed"], "nosign")])
    rows.append(["Medicare payment", "", "", "-" + fmt_money(f["lines"][0]["billed"] * 0.44, "nosign")])
    rows.append(["*Pending corrected claim", "", "", fmt_money(f["billed"] - f["lines"][0]["billed"] * 0.44,
                                                               "nosign")])
    d.table(["Date", "HCPCS", "Units", "Amount"], rows, [60, 30, 20, 40], size=9, aligns="LLRR")
    d.para("Balance shown is not due now. Medicare number on file: " + f["mbi"] + ". Date of birth on file: " + fmt_date(f["dob"], "slash"), 8.6)
    t = truth("other", None, member_id=f["mbi"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(bill),
              provider=f["amb"], unscored=["insurer"], alternates={"member_id": [None], "case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mbi=f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}",
             claim=f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}",
             amb="Cedar Hollow Ambulance Service", amb_addr="41 Mill Creek Road, Orrin Falls, IA 50471")
    f["lines"] = trip(r, "A0428")
    f["lines"][0]["desc"] = "BLS non-emergency"
    f["billed"] = tot(f["lines"])
    f["msn"] = f["dos"] + dt.timedelta(days=r.randint(30, 60))
    f["msn_by"] = f["msn"] + dt.timedelta(days=120)
    return Item(f"{FAMILY}_fax_msn_stack", "fax_fine_g4", [doc_msn(r, f), doc_amb_statement(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: hold notice from ambulance company (not denial)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    amb = "Two Rivers Regional EMS Authority"
    ins = "Osprey Health Plan"
    mid, claim = f"OHP{r.digits(9)}", f"{r.digits(4)}-{r.digits(6)}"
    lines = trip(r, "A0427")
    notice = f["dos"] + dt.timedelta(days=r.randint(35, 55))
    d = Page("Two Rivers Regional EMS Authority - Patient Accounts", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Two Rivers Regional EMS Authority", 14, "B", h=7)
    d.text_line("Patient Accounts  ·  900 Confluence Ave, Twin Ford, MO 64801", 8.8, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(3)
    d.para(f"{f['member']}\n" + "\n".join(f["addr"]), 10)
    d.text_line("NOTICE: YOUR ACCOUNT IS ON HOLD", 11, "B", h=7)
    d.para(f"We are writing about the ambulance transport we provided you on {fmt_date(f['dos'], 'long')}, "
           f"billed to {ins} (member ID {mid}) under claim {claim} for {fmt_money(tot(lines))}.", 10)
    d.para("Your health plan has asked us for the trip sheet and the loaded-mileage odometer readings before it "
           "finishes processing the mileage line. Nothing has been denied. We have placed your account on hold "
           "for 45 days while we send the records, and you will receive no bills during that time.", 10)
    d.para("If the plan later denies any part of the claim, you will get an Explanation of Benefits from the plan "
           "with your appeal rights. Questions: call Patient Accounts at " + r.phone() + ".", 10)
    d.para("Sincerely,\nMarisol K. Tenbrook\nReimbursement Supervisor", 10)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(tot(lines)), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=amb,
              unscored=["insurer"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: corrected claim paid (EOB, nothing denied)
def doc_corrected(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bramblewood Health Partners"
    mid, grp = f"{r.letters(3)}{r.digits(8)}", f"GRP {r.digits(5)}"
    claim, orig = f"{r.digits(11)}", f"{r.digits(11)}"
    amb = "Sagebrush County Ambulance District"
    stmt = f["dos"] + dt.timedelta(days=r.randint(50, 70))
    lines = trip(r, "A0429")
    d = Page("Bramblewood Health Partners   EOB   p. {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Bramblewood Health Partners", 15, "B", h=7.5)
    d.text_line(f"PO Box 3317, Larch Hill, WY 82601   {f['ph']}", 8.4, h=4.4)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS - CORRECTED CLAIM", 11.5, "B", h=6.5)
    for lab, val in [("Issue date", fmt_date(stmt, "iso")), ("Member", f["member"]), ("ID", mid), ("Group", grp),
                     ("Claim", claim + f" (replaces {orig})"), ("Provider", amb)]:
        d.font(9, "B")
        d.cell(30, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = []
    for x in lines:
        a = round(x["billed"] * 0.7, 2)
        rows.append([fmt_date(f["dos"], "iso"), x["code"] + " " + x["mod"], str(x["units"]),
                     fmt_money(x["billed"]), fmt_money(a), fmt_money(a * 0.9), fmt_money(a * 0.1)])
    rows.append(["*Total", "", "", fmt_money(tot(lines)), "", "", ""])
    d.table(["Service date", "Code", "Units", "Charge", "Allowed", "Paid", "Your cost"], rows,
            [28, 26, 14, 28, 28, 28, 28], size=8.4, aligns="LLRRRRR")
    d.para("This claim replaces an earlier claim for the same trip. The ambulance company corrected the mileage "
           "units to the loaded miles and the modifiers. The corrected claim is paid; no amount is denied.", 9)
    d.para("Questions about this statement may be raised within 180 days after you receive it.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot(lines)), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=amb, alternates={"case_numbers": [[claim, orig]]},
              type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Medicare redetermination upheld
def doc_redetermination(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mac = "Northgate Federal Claims Services"
    mbi = f"{r.digits(1)}{r.letters(2)}{r.digits(1)}{r.letters(2)}{r.digits(1)}{r.letters(2)}{r.digits(2)}"
    claim, appeal = f"{r.digits(14)}", f"RD-{r.digits(8)}"
    amb = "Bluffside Rural Ambulance, LLC"
    lines = trip(r, "A0429")
    rcv = f["dos"] + dt.timedelta(days=r.randint(80, 100))
    notice = rcv + dt.timedelta(days=r.randint(30, 55))
    d = Page(f"Appeal {appeal}   Page {{p}} of {{n}}", header="Medicare Redetermination Notice (continued)")
    d.add_page()
    d.text_line("Northgate Federal Claims Services", 13, "B", h=7)
    d.text_line("A Medicare Administrative Contractor  ·  Jurisdiction 7 Part B  ·  PO Box 4480, Fennick, SD 57101",
                8.2, h=4.5)
    d.ln(5)
    d.para(f"{fmt_date(notice, 'long')}\n\n{f['member']}\n" + "\n".join(f["addr"]), 9.8)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 11.5, "B", h=7)
    d.table(["Beneficiary", "Medicare number", "Claim number", "Appeal number"],
            [[f["member"], mbi, claim, appeal]], [48, 40, 50, 36], size=8.6, border_head="TB")
    d.para(f"We received your request for a redetermination on {fmt_date(rcv, 'long')}. You asked us to pay the "
           f"ground mileage (A0425, {lines[1]['units']} miles with the rural modifier) for the ambulance trip by "
           f"{amb} on {fmt_date(f['dos'], 'long')}. The total billed for the trip was {fmt_money(tot(lines))}.",
           9.8)
    d.text_line("Decision: unfavorable", 10.5, "B", h=6)
    d.para("The mileage remains denied. The trip record places the pickup in an urban ZIP code, so the rural "
           "mileage modifier and rural bonus do not apply, and the claim line was billed with a modifier that "
           "the record does not support. The line cannot be paid as coded. The ambulance company may submit a "
           "corrected claim; this is not a judgement on whether the trip was needed.", 9.8)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor. You must file it within 180 "
           "days of the date you receive this notice. We assume you received it 5 days after the date above.",
           9.6)
    d.add_page()
    d.para("Who can help: 1-800-MEDICARE, or your State Health Insurance Assistance Program. Ambulance NPI "
           f"{f['npi']}. Beneficiary date of birth {fmt_date(f['dob'], 'slash')}.", 9.6)
    d.para("Enclosure: Reconsideration request form (CMS-20033).", 9.6)
    t = truth("denial_letter", "coding_error", insurer=mac, member_id=mbi, member_name=f["member"],
              case_numbers=[claim, appeal], claim_amount=m2(tot(lines)), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=amb, alternates={"insurer": ["Medicare"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: TPA prose letter, facts in sentences
def doc_tpa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillfeather Benefit Services"
    plan = "Ostrander Cooperative Employees' Health Plan"
    mid, grp = f"{r.digits(9)}", f"OC{r.digits(4)}"
    ref = f"QBS-{r.digits(2)}-{r.digits(7)}"
    amb = "Highline Valley Ambulance"
    lines = trip(r, "A0429")
    notice = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    d = Page(None, margins=(24, 20, 24))
    d.add_page()
    d.text_line("Quillfeather Benefit Services", 13.5, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.ln(8)
    d.para(f"{fmt_date(notice, 'long')}\n\n{f['member']}\n" + "\n".join(f["addr"]), 10)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"This letter is about your reference {ref}, a claim from {amb} for an ambulance trip on "
           f"{fmt_date(f['dos'], 'mdy_nopad')} that totals {fmt_money(tot(lines))}. Your member number is {mid} "
           f"and your group is {grp}.", 10)
    d.para(f"We paid the transport itself. We did not pay the mileage line of {fmt_money(lines[1]['billed'])}. "
           "The claim reported the rural mileage code with units that include the ambulance's return trip to its "
           "station. Only loaded miles may be billed, and the code and modifier combination on the claim is not "
           "valid. Your provider can fix this by sending a corrected claim.", 10)
    d.para("If you want us to look at this again, write to us within 180 days of the date of this letter. You may "
           "ask for an external review after our final decision; urgent cases are decided within 72 hours.", 10)
    d.para(f"Regards,\nClaims Review\nQuillfeather Benefit Services  ·  {f['ph']}", 10)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], claim_amount=m2(tot(lines)),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=amb,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": [plan], "claim_amount": [m2(lines[1]["billed"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: rural ambulance statement (other)
def doc_rural_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    amb = "Pinyon Flats Volunteer Ambulance"
    mid, claim = f"{r.letters(2)}{r.digits(9)}", f"{r.digits(10)}"
    lines = trip(r, "A0427")
    stmt = f["dos"] + dt.timedelta(days=r.randint(40, 60))
    d = Page("Pinyon Flats Volunteer Ambulance  ·  account statement")
    d.add_page()
    d.text_line("Pinyon Flats Volunteer Ambulance", 14, "B", h=7)
    d.text_line("Route 3 Box 18, Pinyon Flats, NV 89049  ·  " + r.phone(), 8.6, h=4.6)
    d.ln(4)
    d.boxes([("Statement", fmt_date(stmt, "upper"), 38), ("Patient", f["member"], 56), ("Insurance ID", mid, 40),
             ("Insurer claim", claim, 42)])
    d.ln(3)
    rows = [[fmt_date(f["dos"], "upper"), x["code"] + "-" + x["mod"], x["desc"], str(x["units"]),
             fmt_money(x["billed"], "usd")] for x in lines]
    rows.append(["*Charges", "", "", "", fmt_money(tot(lines), "usd")])
    rows.append(["", "", "Insurance paid (Sable Peak Health)", "", "-" + fmt_money(tot(lines) * 0.8, "usd")])
    rows.append(["*You owe", "", "", "", fmt_money(tot(lines) - round(tot(lines) * 0.8, 2), "usd")])
    d.table(["Date", "Code", "Item", "Units", "Amount"], rows, [32, 26, 64, 14, 36], size=8.6, aligns="LLLRR")
    d.para("Your insurer paid this trip including the rural mileage bonus. The remaining amount is your "
           "coinsurance. Sample payment plan: $25.00 a month. Thank you for supporting your volunteer crew.", 9)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(tot(lines)), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=amb,
              unscored=["insurer"], alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "two_claim_eob", "born_digital"), (2, doc_hold, "hold_notice", "scan_clean_300"),
              (3, doc_corrected, "corrected_paid", "photocopy"), (4, doc_redetermination, "redetermination",
                                                                  "phone_photo"),
              (5, doc_tpa, "tpa_letter", "scan_lowres_150"), (6, doc_rural_statement, "rural_statement", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
