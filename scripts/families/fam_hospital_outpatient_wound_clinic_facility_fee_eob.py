"""Family 'hospital_outpatient_wound_clinic_facility_fee_eob': a hospital-based wound healing center bills a facility
fee (G0463, hospital outpatient clinic visit) next to selective debridement (97597) for each visit, and payers
deny the facility fee, refuse debridements, or apply everything to the deductible.

Documents: a two-page Medicare Summary Notice (Part B) with a paid physician claim and a hospital claim where one
debridement line is refused (stated "must be filed by" date); a low-resolution scan stack of a commercial plan's
prose letter refusing the facility fees as out of network (facts only in sentences), the blank back of its sheet,
and the hospital's statement billing the balance; a three-claim commercial EOB where the physician claim is paid,
the facility claim goes to the deductible and only a resubmitted duplicate claim is denied; the hospital's reply
to a price transparency request (standard charge, cash price, negotiated rate, sample estimate; not a denial); a
Medicare contractor's unfavorable redetermination (older claim as decoy; 180 days of receipt); a paid claim
summary with everything applied to deductible and coinsurance; a sideways Medicaid managed care notice refusing
visits beyond the yearly limit (60 days of the date of this notice, fair-hearing and continuation decoys).

Decoys: MBI vs. hospital account numbers, NPIs, claims-processed periods, deductible amounts, the sample estimate,
standard charges, received dates, older claims, fair-hearing / continuation / QIC limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hospital_outpatient_wound_clinic_facility_fee_eob"
LANG = "en"
SEED = 311600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSPITALS = ["Saint Ansgar Community Hospital", "Brookhaven Valley Medical Center", "Tallow Creek Regional Hospital"]
DOCTORS = ["Dr. Colin V. Szabo", "Dr. Naomi K. Lomax", "Dr. Jasper E. Winslow"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def mbi(r: Rand) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}"
            f"{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{r.randint(0, 9)}{r.randint(0, 9)}")


def base(r: Rand, senior: bool = False) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    gap = r.choice([7, 7, 14])
    visits = [start + dt.timedelta(days=gap * k) for k in range(r.randint(2, 3))]
    lo = 1940 if senior else 1962
    return dict(member=member, first=first, last=last, addr=r.address(), visits=visits,
                dob=dt.date(r.randint(lo, lo + 20), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                hosp=r.choice(HOSPITALS), doc=r.choice(DOCTORS))


def visit_lines(r: Rand, visits: list[dt.date], debride_all: bool = True) -> list[dict]:
    fee, deb = float(r.randint(310, 520)), float(r.randint(380, 690))
    out = []
    for k, v in enumerate(visits):
        out.append(dict(date=v, code="G0463", desc="Hospital outpatient clinic visit", billed=fee))
        if debride_all or k % 2 == 0:
            out.append(dict(date=v, code="97597", desc="Debridement, open wound, first 20 sq cm", billed=deb))
    return out


# ------------------------------------------------------------ 0: Medicare Summary Notice, Part B (clean scan, 2 pages)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r, senior=True)
    num = mbi(r)
    lines = visit_lines(r, f["visits"])
    den = lines[3] if len(lines) > 3 else lines[1]
    claim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    pclaim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    notice = f["visits"][-1] + dt.timedelta(days=r.randint(25, 40))
    p0 = notice - dt.timedelta(days=90)
    by = notice + dt.timedelta(days=120)
    billed = sum(x["billed"] for x in lines)
    d = Page("{p}", header=f"{f['member']}   THE OFFICIAL SUMMARY OF YOUR MEDICARE CLAIMS   Page {{p}} of {{n}}")
    d.header_text = f"{f['member']}   Medicare Summary Notice   continued"
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7.5)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.8, h=5)
    d.ln(4)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    for lab, val in [("Notice for", f["member"]), ("Medicare Number", num), ("Date of this Notice",
                     fmt_date(notice, "long")), ("Claims Processed Between",
                     f"{fmt_date(p0, 'long')} and {fmt_date(notice, 'long')}")]:
        d.set_x(112)
        d.font(8.4)
        d.cell(0, 4.2, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(112)
        d.font(10, "B")
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_fill_color(230, 230, 230)
    d.font(11, "B")
    d.cell(0, 7, "  Your Deductible Status", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para("Your deductible is what you must pay for most health services before Medicare begins to pay. "
           "Part B Deductible: You have now met $257.00 of your $283.00 deductible for 2026.", 9.4)
    d.font(11, "B")
    d.cell(0, 7, "  Your Claims & Costs This Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para("Did Medicare approve all services? NO. Medicare denied 1 service (see page 2). "
           f"Number of claims: 2.  Total you may be billed: {fmt_money(r.randint(240, 460))}.", 9.4)
    d.font(11, "B")
    d.cell(0, 7, "  Facilities & Providers with Claims This Period", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para(f"{fmt_date(f['visits'][0], 'slash')}: {f['doc']}\n"
           f"{fmt_date(f['visits'][0], 'slash')} - {fmt_date(f['visits'][-1], 'slash')}: {f['hosp']} "
           "Wound Healing Center", 9.4)
    d.font(11, "B")
    d.cell(0, 7, "  If you disagree with a decision", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para(f"If you disagree with any claims decisions on this notice, you can file an appeal. Your appeal must be "
           f"filed by {fmt_date(by, 'long')}. See page 2 for how to appeal. Call 1-800-MEDICARE "
           "(1-800-633-4227) with questions.", 9.4)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B", h=7)
    d.ln(1)
    d.font(9.2, "B")
    d.cell(0, 5.5, f"{f['doc']}, Claim number {pclaim}", new_x="LMARGIN", new_y="NEXT")
    pb = float(r.randint(180, 290))
    head = ["Service provided & billing code", "Approved?", "Charged", "Approved amt", "Medicare paid",
            "Max. you owe", "Notes"]
    w = [62, 17, 21, 22, 22, 22, 12]
    d.table(head, [[f"{fmt_date(f['visits'][0], 'slash')} Debridement (97597)", "Yes", fmt_money(pb),
                    fmt_money(pb * .45), fmt_money(pb * .45 * .8), fmt_money(pb * .45 * .2), "A"]], w, size=7.8,
            head_fill=True)
    d.font(9.2, "B")
    d.cell(0, 5.5, f"{f['hosp']} Wound Healing Center, Claim number {claim}", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for x in lines:
        ok = x is not den
        a = round(x["billed"] * .38, 2) if ok else 0.0
        rows.append([f"{fmt_date(x['date'], 'slash')} {x['desc'][:24]} ({x['code']})", "Yes" if ok else "No",
                     fmt_money(x["billed"]), fmt_money(a), fmt_money(a * .8), fmt_money(a * .2 if ok else 0),
                     "A" if ok else "B, C"])
    rows.append(["*Total for this claim", "", fmt_money(billed), "", "", "", ""])
    d.table(head, rows, w, size=7.8, head_fill=True)
    d.text_line("Notes for Your Claims", 10, "B", h=6)
    d.para("A  This is the hospital or doctor's share of the amount Medicare approved after your deductible and "
           "coinsurance.\nB  Medicare doesn't pay for this service because the information provided doesn't "
           "support the need for it. The wound notes for this date show a clean, granulating wound with no "
           "devitalized tissue to remove.\nC  You can't be billed for this service unless you signed a notice "
           "before you got it saying you would pay.", 9)
    d.text_line("How to File an Appeal", 10, "B", h=6)
    d.para(f"Circle the services you disagree with, explain why, sign, and send this notice to the contractor at "
           f"Medicare Claims Contractor, PO Box 6704, Fargo, ND 58102. Appeal by {fmt_date(by, 'long')}.", 9)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=num, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(den["date"])],
              denial_date=iso(notice), provider=f"{f['hosp']} Wound Healing Center", appeal_deadline=iso(by),
              type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "provider": [f["hosp"]],
                          "claim_amount": [m2(den["billed"])],
                          "service_dates": [[iso(v) for v in f["visits"]]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: stack: OON prose letter + duplex back + statement
def doc_oon_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Pinewater Health Insurance Company"
    notice = f["visits"][-1] + dt.timedelta(days=r.randint(30, 45))
    f["notice"] = notice
    fees = [x for x in f["lines"] if x["code"] == "G0463"]
    fee_total = sum(x["billed"] for x in fees)
    days = ", ".join(fmt_date(v, "long") for v in f["visits"][:-1]) + " and " + fmt_date(f["visits"][-1], "long")
    old = f"{r.digits(3)}-{r.digits(6)}"
    d = Page(None, margins=(26, 20, 26))
    d.add_page()
    d.text_line("Pinewater Health", 16, "B", h=7.5)
    d.text_line("Pinewater Health Insurance Company · Member Correspondence · PO Box 2210, Duluth, MN 55802", 8,
                h=4.4)
    d.ln(12)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"We are writing about the hospital charges for your visits to the wound healing center at {f['hosp']} "
           f"on {days}. These charges came to us on claim {f['claim']}, for a total of "
           f"{fmt_money(f['billed'])}. Your member number is {f['mid']} under employer group {f['grp']}.", 10)
    d.para(f"We paid {f['doc']}'s charges for these visits, because the doctor takes part in our network. The "
           f"hospital, however, bills a separate facility fee (code G0463, {fmt_money(fees[0]['billed'])} a visit) "
           f"for its clinic. {f['hosp']} is not a participating facility in your Pinewater Select network, and your "
           "plan does not cover non-emergency care from out-of-network facilities. We have therefore denied the "
           f"facility fees, {fmt_money(fee_total)} in all. The debridement charges on the same claim were allowed "
           "and applied to your deductible.", 10)
    d.para(f"Our letter of {fmt_date(f['visits'][0] - dt.timedelta(days=60), 'long')} about claim {old} for a "
           "different service has nothing to do with this decision.", 10)
    d.para("If you think we made a mistake, you or someone you name can ask for an appeal within 180 days of the "
           "date of this letter. Write to Pinewater Appeals, PO Box 2214, Duluth, MN 55802. If you were not told "
           "before your visits that the facility was out of network, please say so in your appeal. You may also "
           "ask for an external review after our final decision.", 10)
    d.para("Sincerely,\nMember Correspondence Team", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(v) for v in f["visits"]], denial_date=iso(notice), provider=f["hosp"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"claim_amount": [m2(fee_total)], "insurer": ["Pinewater Health"]})
    return pdf_bytes(d), t


def doc_hosp_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(12, 20))
    acct = f"{r.digits(9)}"
    paid = round(sum(x["billed"] for x in f["lines"] if x["code"] == "97597") * .3, 2)
    bal = round(f["billed"] - paid, 2)
    d = Page(f"{f['hosp']} · Patient Financial Services · page {{p}}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(0, 0, 215.9, 24, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(14, 6)
    d.font(14, "B")
    d.cell(0, 7, f["hosp"].upper())
    d.set_xy(14, 14)
    d.font(8.4)
    d.cell(0, 5, f"Patient Financial Services · 2 Juniper Drive, Duluth, MN 55802 · {ph(r)}")
    d.set_text_color(0, 0, 0)
    d.set_y(30)
    d.text_line("Hospital Account Statement", 12, "B", h=7)
    d.boxes([("Statement issued", stmt.strftime("%m/%d/%y"), 40), ("Hospital account", acct, 40),
             ("Patient name", f["member"], 60), ("Balance you owe", fmt_money(bal), 42)])
    d.ln(4)
    d.para(f"Guarantor: {f['member']}    Primary insurance: Pinewater Health, member {f['mid']}, group {f['grp']}",
           8.8)
    rows = [[x["date"].strftime("%m/%d/%y"), x["code"], x["desc"], fmt_money(x["billed"], "nosign")] for x in f["lines"]]
    rows.append(["*Total charges", "", "", fmt_money(f["billed"], "nosign")])
    rows.append([f["notice"].strftime("%m/%d/%y"), "", "Pinewater Health payment (debridement)",
                 "-" + fmt_money(paid, "nosign")])
    rows.append([f["notice"].strftime("%m/%d/%y"), "", "Pinewater Health: facility fee denied, out of network", "0.00"])
    rows.append(["*Patient balance", "", "", fmt_money(bal, "nosign")])
    d.table(["Date", "Code", "Description (Wound Healing Center)", "Amount"], rows, [28, 18, 110, 30], size=8.6,
            aligns="LLLR")
    d.para("Your insurer did not pay the clinic facility charges. If you believe this is an error, contact your "
           "insurer. You may qualify for financial assistance; apply within 240 days of your first statement. "
           "Prompt-pay discount: 15% if paid in full by the date shown on the coupon.", 8.8)
    d.para(f"Attending: {f['doc']} (NPI {f['npi']})", 8.6)
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              claim_amount=m2(f["billed"]), service_dates=[iso(v) for v in f["visits"]], denial_date=iso(stmt),
              provider=f["hosp"], unscored=["insurer"],
              alternates={"claim_amount": [m2(bal)], "group_number": [None], "member_id": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"PW{r.digits(9)}", grp=f"{r.digits(4)}{r.letters(1)}", claim=f"{r.digits(3)}-{r.digits(6)}")
    f["lines"] = visit_lines(r, f["visits"])
    f["billed"] = sum(x["billed"] for x in f["lines"])
    return Item(f"{FAMILY}_lowres_stack", "scan_lowres_150", [doc_oon_letter(r, f), doc_hosp_statement(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------ 2: three-claim EOB, a duplicate claim denied (photocopy)
def doc_dup_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperleaf Health Plan"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"CL-{r.digits(5)}"
    v = f["visits"][0]
    stmt = v + dt.timedelta(days=r.randint(30, 42))
    lines = visit_lines(r, [v])
    billed = sum(x["billed"] for x in lines)
    c1, c2, c3 = r.digits(12), r.digits(12), r.digits(12)
    pb = float(r.randint(140, 260))
    d = Page("Copperleaf Health Plan · Explanation of Benefits · {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("copperleaf", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 8, h=4)
    d.ln(2)
    d.text_line(f"Explanation of Benefits for {f['member']}", 12, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    d.ln(2)
    kv = [("Date issued", fmt_date(stmt, "long")), ("Member number", mid), ("Plan group", grp),
          ("Claims on this page", "3")]
    for lab, val in kv:
        d.font(9, "B")
        d.cell(38, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    head = ["Service", "Date", "Amount billed", "Plan allowance", "Deductible", "Plan paid", "You pay", "Code"]
    w = [52, 22, 22, 22, 20, 20, 20, 12]
    # claim 1: physician paid
    d.font(9, "B")
    d.cell(0, 5.5, f"Claim {c1} from {f['doc']} (in network)", new_x="LMARGIN", new_y="NEXT")
    a = round(pb * .6, 2)
    d.table(head, [["97597 debridement (professional)", fmt_date(v, "slash"), fmt_money(pb), fmt_money(a), "$0.00",
                    fmt_money(a * .8), fmt_money(a * .2), "P1"]], w, size=7.6, head_fill=True)
    # claim 2: facility to deductible
    d.font(9, "B")
    d.cell(0, 5.5, f"Claim {c2} from {f['hosp']} (in network)", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for x in lines:
        a = round(x["billed"] * .55, 2)
        rows.append([f"{x['code']} {x['desc'][:26]}", fmt_date(v, "slash"), fmt_money(x["billed"]), fmt_money(a),
                     fmt_money(a), "$0.00", fmt_money(a), "DD"])
    d.table(head, rows, w, size=7.6, head_fill=True)
    # claim 3: duplicate denied
    d.font(9, "B")
    d.cell(0, 5.5, f"Claim {c3} from {f['hosp']} (in network)", new_x="LMARGIN", new_y="NEXT")
    rows = [[f"{x['code']} {x['desc'][:26]}", fmt_date(v, "slash"), fmt_money(x["billed"]), "$0.00", "$0.00",
             "$0.00", "$0.00", "X18"] for x in lines]
    rows.append(["*Claim total", "", fmt_money(billed), "$0.00", "$0.00", "$0.00", "$0.00", ""])
    d.table(head, rows, w, size=7.6, head_fill=True)
    d.text_line("Code explanations", 9.5, "B", h=5.5)
    d.para("P1  Paid at the in-network benefit after your coinsurance.\n"
           "DD  The allowed amount was applied to your deductible. You pay the hospital this amount; this is not a "
           "denial.\n"
           f"X18  Denied: this claim duplicates claim {c2}, which we already processed for the same date and "
           "services. You do not owe anything for this claim.", 8.6)
    d.para("Deductible: $1,750.00 in network; met so far $1,102.40.  Out-of-pocket limit: $5,500.00.", 8.6)
    d.para("Your appeal rights: if you disagree with how we processed a claim, you may appeal within 180 days "
           "after you receive this statement. Call us at " + r.phone() + " or write to Copperleaf Appeals, PO Box "
           "771, Bellingham, WA 98225. Expedited appeals for urgent care are decided within 72 hours.", 8.6)
    t = truth("eob", "other", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c3], claim_amount=m2(billed), service_dates=[iso(v)], denial_date=iso(stmt),
              provider=f["hosp"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: price transparency response (born digital)
def doc_price_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    v = f["visits"][0]
    req = f"PTR-{r.digits(5)}"
    asked = v + dt.timedelta(days=r.randint(20, 35))
    sent = asked + dt.timedelta(days=r.randint(6, 12))
    lines = visit_lines(r, [v])
    billed = sum(x["billed"] for x in lines)
    fee = lines[0]["billed"]
    cash = round(fee * .6, 2)
    neg = round(fee * .47, 2)
    sample = round(billed * 1.4, 2)
    d = Page(f"{f['hosp']} · Price Transparency Office", margins=(24, 18, 24))
    d.add_page()
    d.text_line(f["hosp"], 14, "B", h=7)
    d.text_line("Price Transparency Office · 71 Harbor View Road, Bellingham, WA 98225", 8.6, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(sent, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"Thank you for your request of {fmt_date(asked, 'long')} (our reference {req}) asking why your bill "
           f"for the Wound Healing Center visit of {fmt_date(v, 'long')} includes a facility charge, and what that "
           "charge would be for future visits.", 10)
    d.para(f"Because the Wound Healing Center is a department of the hospital, each visit has two parts: the "
           f"physician's professional charge, which {f['doc']} bills separately, and the hospital's facility "
           f"charge (code G0463). For your visit, the hospital billed {fmt_money(billed)}, made up of the facility "
           "charge and a debridement (97597).", 10)
    d.para(f"Our machine-readable file lists a standard charge of {fmt_money(fee)} for G0463, a discounted cash "
           f"price of {fmt_money(cash)}, and a rate negotiated with your health plan of {fmt_money(neg)}. As an "
           f"example only, a visit with a facility charge and two debridement units would have an estimated "
           f"charge of {fmt_money(sample)} before insurance. Your plan decides what you owe; this letter is not a "
           "bill and does not change any claim.", 10)
    d.para("If you would like a good-faith estimate for your next visits, call our estimates line at "
           f"{ph(r)}. Financial assistance applications are available at the front desk.", 10)
    d.para("Sincerely,\nPrice Transparency Office", 10)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(billed), service_dates=[iso(v)],
              denial_date=iso(sent), provider=f["hosp"], unscored=["insurer"],
              alternates={"case_numbers": [[req]], "claim_amount": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: MAC redetermination, unfavorable (standard fax)
def doc_redetermination(r: Rand) -> tuple[bytes, dict]:
    f = base(r, senior=True)
    mac = "Northgate Federal Medicare Services"
    num = mbi(r)
    icn = r.digits(13)
    redet = f"{r.digits(1)}{r.letters(2)}{r.digits(2)}-{r.digits(6)}"
    old = r.digits(13)
    lines = visit_lines(r, f["visits"])
    billed = sum(x["billed"] for x in lines)
    deb = [x for x in lines if x["code"] == "97597"]
    dec = f["visits"][-1] + dt.timedelta(days=r.randint(100, 130))
    recv = dec - dt.timedelta(days=r.randint(30, 50))
    d = Page("Northgate Federal Medicare Services · Part B Redeterminations · page {p} of {n}",
             margins=(20, 16, 20))
    d.add_page()
    d.text_line("NORTHGATE FEDERAL MEDICARE SERVICES", 12.5, "B", h=6.5)
    d.text_line("A Medicare Administrative Contractor · Jurisdiction 9 Part A/B · PO Box 3377, Fargo, ND 58102",
                8.2, h=4.4)
    d.ln(6)
    d.text_line(fmt_date(dec, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["hosp"], "Attn: Patient Accounts / Appeals", "2 Juniper Drive", "Fargo, ND 58102"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12, "B", h=7)
    d.table(["Beneficiary", "Medicare number", "Claim (ICN)", "Appeal number"],
            [[f["member"], num, icn, redet]], [50, 40, 44, 40], size=8.8, border_head="TB")
    d.table(["Services appealed", "Billed amount (claim)", "Request received"],
            [[f"97597 x {len(deb)}", fmt_money(billed), fmt_date(recv, "slash")]], [50, 44, 44], size=8.8,
            border_head="TB")
    d.para("Dates of service appealed: " + ", ".join(fmt_date(x["date"], "slash") for x in deb), 9.4)
    d.text_line("Decision: UNFAVORABLE", 11, "B", h=6.5)
    d.para("We have decided that Medicare will not pay for the debridement services listed above. The facility "
           "visit charges (G0463) on this claim were paid and were not part of your request.", 10)
    d.text_line("Explanation of the decision", 10.5, "B", h=6)
    d.para("Selective debridement is covered when the record shows devitalized or necrotic tissue that must be "
           "removed, with wound measurements before and after each debridement. The wound center notes submitted "
           "describe wound cleansing and dressing changes; they do not record devitalized tissue or measurements. "
           "The services are not reasonable and necessary under section 1862(a)(1)(A) of the Social Security Act. "
           "Because the hospital should have known this, the hospital is liable and may not bill the patient.", 10)
    d.para(f"Claim {old} for services on {fmt_date(f['visits'][0] - dt.timedelta(days=45), 'slash')} was not "
           "part of this appeal and is not affected.", 9.4)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor. You must file within 180 "
           "days of receiving this letter (we assume you received it 5 days after the date above). Use form "
           "CMS-20033 or a written request with the appeal number.", 10)
    d.para(f"Provider NPI {f['npi']} · Beneficiary date of birth {fmt_date(f['dob'], 'slash')}", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=mac, member_id=num, member_name=f["member"],
              case_numbers=[icn, redet], claim_amount=m2(billed), service_dates=[iso(x["date"]) for x in deb],
              denial_date=iso(dec), provider=f["hosp"],
              alternates={"insurer": ["Medicare"], "claim_amount": [m2(sum(x["billed"] for x in deb))],
                          })
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: paid claim summary, all to deductible (phone photo)
def doc_paid_summary(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Wrenfield Health Cooperative"
    mid, grp, pid = f"W{r.digits(8)}-0{r.randint(1, 3)}", f"{r.digits(6)}", f"WHC-{r.letters(2)}{r.digits(3)}"
    claim = f"{r.digits(4)}.{r.digits(4)}.{r.digits(3)}"
    v = f["visits"][:2]
    lines = visit_lines(r, v)
    billed = sum(x["billed"] for x in lines)
    done = v[-1] + dt.timedelta(days=r.randint(18, 30))
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Wrenfield Health Cooperative", 15, "B", h=7.5)
    d.text_line("Claim summary", 11, h=6)
    d.rule(0.6, 3)
    cards = [("Processed", fmt_date(done, "mdy_nopad")), ("Patient", f["member"]), ("Member ID", mid),
             ("Group", grp), ("Plan ID", pid), ("Claim", claim), ("Facility", f"{f['hosp']} (in network)")]
    for i, (lab, val) in enumerate(cards):
        col = i % 2
        if col == 0 and i:
            d.ln(12)
        d.set_x(18 + col * 92)
        y = d.get_y()
        d.font(7.8)
        d.cell(88, 4, lab)
        d.set_xy(18 + col * 92, y + 4.2)
        d.font(10.5, "B")
        d.cell(88, 5.5, val)
        d.set_y(y)
    d.ln(14)
    rows = []
    for x in lines:
        a = round(x["billed"] * .52, 2)
        rows.append([fmt_date(x["date"], "mdy_nopad"), x["code"], fmt_money(x["billed"]), fmt_money(a), "$0.00",
                     fmt_money(a)])
    rows.append(["*Total", "", fmt_money(billed), "", "$0.00", ""])
    d.table(["Visit", "Code", "Billed", "Your plan's rate", "Plan paid", "Your cost"], rows,
            [28, 22, 30, 36, 30, 30], size=9, aligns="LLRRRR", head_fill=True)
    d.para("Everything on this claim was covered at your in-network rate. The amounts went toward your "
           "deductible, so your plan paid $0.00 and the hospital will bill you for your cost. Nothing was denied.",
           9.6)
    d.para("Deductible met this year: $2,380.15 of $3,000.00. Questions? " + r.phone(), 9.2)
    t = truth("eob", None, insurer=ins, plan_id=pid, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(x) for x in v],
              denial_date=iso(done), provider=f["hosp"], type_alternates=["other"],
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: Medicaid MCO notice, visit limit (rotated)
def doc_medicaid_noa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mco = "Riverbend Community Care Plan"
    prog = "Lakeland State Medicaid Program"
    mid = f"{r.digits(8)}{r.letters(1)}"
    nref = f"NA{r.digits(4)}-{r.digits(4)}"
    notice = f["visits"][0] - dt.timedelta(days=r.randint(4, 9))
    start, end = f["visits"][0], f["visits"][0] + dt.timedelta(days=41)
    d = Page(f"RCCP-NABD-WC (01/2026) · {mco} is a managed care plan of the {prog}", margins=(18, 16, 18))
    d.add_page()
    d.text_line(mco, 14, "B", h=7)
    d.text_line(f"Utilization Management · 15 Lantern Way, Erie, PA 16501 · Member Services {r.phone()}", 8.4,
                h=4.6)
    d.ln(4)
    d.set_fill_color(235, 235, 235)
    d.font(12, "B")
    d.cell(0, 8, " NOTICE OF ADVERSE BENEFIT DETERMINATION (NOTICE OF ACTION)", fill=True, new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    y = d.get_y()
    for lab, val in [("Date of notice", fmt_date(notice, "dmy")), ("Enrollee", f["member"]),
                     ("Medicaid ID", mid), ("Notice number", nref)]:
        d.font(9.4, "B")
        d.cell(34, 5.4, lab)
        d.font(9.4)
        d.cell(60, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(118, y)
    d.multi_cell(80, 5.4, "Requested by:\n" + f["doc"] + "\n" + f["hosp"] + "\nWound Healing Center", border=1)
    d.ln(6)
    d.para(f"Riverbend received a request for 6 more hospital wound clinic visits (G0463) with debridement "
           f"(97597) from {fmt_date(start, 'dmy')} through {fmt_date(end, 'dmy')}. We have denied this request.",
           10)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para("Your benefit covers up to 20 hospital outpatient clinic visits each benefit year. Our records show 20 "
           "wound clinic visits already paid this year. The benefit limit has been reached, and the request does "
           "not meet the plan's exception rules (a new wound or a wound that is getting worse). This decision is "
           "based on your Member Handbook, Chapter 6, and Lakeland Medicaid Rule MA-14.3.", 10)
    d.text_line("Your right to appeal to Riverbend", 10.5, "B", h=6)
    d.para("You may ask for a plan appeal within 60 days of the date of this notice. Call Member Services or write "
           "to Riverbend Appeals, 15 Lantern Way, Erie, PA 16501. If your health is in serious danger, ask for a "
           "fast appeal; we will decide within 72 hours.", 10)
    d.text_line("State fair hearing", 10.5, "B", h=6)
    d.para("If we do not decide in your favor, you may ask the Department for a state fair hearing within 120 days "
           "of the date of our appeal decision. To keep getting services while your appeal is decided, you must ask "
           "within 10 days of the date of this notice. You may have to pay for services if the decision is not in "
           "your favor.", 10)
    d.para(f"Enrollee date of birth: {fmt_date(f['dob'], 'dmy')}.  Provider NPI: {f['npi']}.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=mco, member_id=mid, member_name=f["member"],
              case_numbers=[nref], service_dates=[iso(start, end)], denial_date=iso(notice), provider=f["hosp"],
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["medical_necessity"],
              alternates={"insurer": [prog], "provider": [f["doc"].replace("Dr. ", "")],
                          "service_dates": [[iso(start)], [iso(start), iso(end)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn_partb", "scan_clean_300"), (2, doc_dup_eob, "three_claim_eob", "photocopy"),
              (3, doc_price_letter, "price_reply", "born_digital"),
              (4, doc_redetermination, "redetermination", "fax_standard_g4"),
              (5, doc_paid_summary, "paid_summary", "phone_photo"), (6, doc_medicaid_noa, "medicaid_noa", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
