"""Family 'ambulance_membership_subscription_balance_bill': ground ambulance claims (A0427 ALS emergency, A0429 BLS
emergency, A0428 BLS non-emergency, A0425 mileage, A0398 ALS routine supplies) seen from both sides: the plan's
explanation of benefits and the ambulance service's bill to the patient after the plan paid part, with the
ambulance membership (subscription) program that waives or does not waive the balance.

Documents: a paid out-of-network EOB (nothing denied; the allowed amount is below the charge); a fax stack of a cover
sheet, an EOB denying the mileage beyond the nearest appropriate hospital, and the ambulance district's balance
bill offering membership; an EOB denying a non-emergency dialysis transport as not medically necessary next to a
paid claim; an ambulance statement applying the household membership so the balance is written off; a TPA letter
refusing to reimburse the membership fee itself; a Spanish EOB denying a transport after coverage ended; an appeal
decision to the ambulance service upholding a timely filing denial.

EOB/statement-heavy: boxed headers, line tables, remark-code legends. Decoys: run/incident numbers, patient account
numbers, membership numbers, the ambulance NPI, dates received, amounts allowed/paid/you owe, the membership fee,
pay-by dates. All values invented (insurers, ambulance services, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "ambulance_membership_subscription_balance_bill"
LANG = "en"
SEED = 277600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSP = ["Saint Brendan Regional Medical Center", "Lakemont Memorial Hospital", "Pell River Community Hospital"]


class Page(Doc):
    def __init__(self, foot: str | None, margins=(14, 12, 14)):
        super().__init__("DejaVu", footer=foot, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)), ph=phone(r),
                npi=r.npi(), recv=dos + dt.timedelta(days=r.randint(8, 20)), run=f"{r.digits(2)}-{r.digits(6)}")


def lines_for(r: Rand, base_code: str, miles: int, extra: bool = False) -> list[dict]:
    rate = {"A0427": (1850, 2650), "A0429": (1250, 1780), "A0428": (780, 1100)}[base_code]
    desc = {"A0427": "ALS 1 emergency transport", "A0429": "BLS emergency transport",
            "A0428": "BLS non-emergency transport"}[base_code]
    out = [dict(code=base_code, desc=desc, units=1, billed=float(r.randint(*rate)))]
    out.append(dict(code="A0425", desc="Ground mileage, per statute mile", units=miles,
                    billed=round(miles * r.choice([28.5, 31.25, 34.0, 36.75]), 2)))
    if extra:
        out.append(dict(code="A0398", desc="ALS routine disposable supplies", units=1,
                        billed=float(r.randint(140, 260))))
    return out


def eob_table(d: Page, f: dict, lines: list[dict], ms: str, es: bool = False, size: float = 7.9) -> None:
    head = (["Fecha", "Código", "Descripción", "Uds", "Cargo", "Permitido", "Pagado", "Usted debe", "Nota"]
            if es else ["Date", "Code", "Description", "Units", "Billed", "Allowed", "Plan paid", "You owe",
                        "Remark"])
    rows, tb = [], 0.0
    for x in lines:
        rows.append([fmt_date(f["dos"], f["ds"]), x["code"], x["desc"][:32], str(x["units"]),
                     fmt_money(x["billed"], ms), fmt_money(x["allowed"], ms), fmt_money(x["paid"], ms),
                     fmt_money(x["owe"], ms), x.get("rmk", "")])
        tb += x["billed"]
    rows.append(["*Total" if not es else "*Total", "", "", "", fmt_money(tb, ms),
                 fmt_money(sum(x["allowed"] for x in lines), ms), fmt_money(sum(x["paid"] for x in lines), ms),
                 fmt_money(sum(x["owe"] for x in lines), ms), ""])
    d.table(head, rows, [21, 13, 52, 10, 21, 20, 21, 19, 11], size=size, aligns="LLLRRRRRL", head_fill=True)


def pay(lines: list[dict], ratio: float, coins: float, denied: set[str] = frozenset(), rmk: str = "") -> None:
    for x in lines:
        if x["code"] in denied:
            x.update(allowed=0.0, paid=0.0, owe=x["billed"], rmk=rmk)
        else:
            a = round(x["billed"] * ratio, 2)
            x.update(allowed=a, paid=round(a * (1 - coins), 2), owe=round(a * coins, 2))


# ---------------------------------------------------------------- 0: paid out-of-network EOB (born digital)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["ds"] = "slash"
    ins = "Pinecrest Mutual Health Insurance Company"
    mid, grp, claim = f"PMH{r.digits(9)}", f"G-{r.digits(6)}", f"{r.digits(4)} {r.digits(4)} {r.digits(3)}"
    amb = "Tallgrass Regional Ambulance Service"
    stmt = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    lines = lines_for(r, "A0427", r.randint(6, 19), extra=True)
    pay(lines, 0.58, 0.2)
    billed = sum(x["billed"] for x in lines)
    d = Page("Pinecrest Mutual Health  -  Explanation of Benefits  -  THIS IS NOT A BILL  -  Page {p} of {n}")
    d.add_page()
    d.text_line("PINECREST MUTUAL HEALTH", 17, "B", h=8)
    d.text_line(f"{ins}  -  PO Box 6120, Silver Fork, ID 83207  -  Customer Service {f['ph']}", 8.2, h=4.4)
    d.rule(0.8, 4)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.ln(3)
    d.boxes([("Statement date", fmt_date(stmt, "slash"), 36), ("Member", f["member"], 52), ("Member ID", mid, 46),
             ("Group", grp, 30), ("Claim number", claim, 38)])
    d.boxes([("Provider", amb, 84), ("Network status", "Out of network", 40), ("Date received",
             fmt_date(f["recv"], "slash"), 36), ("Provider NPI", f["npi"], 42)])
    d.ln(4)
    eob_table(d, f, lines, "plain")
    d.text_line("What this means", 10, "B", h=6)
    d.para(f"We paid {amb} {fmt_money(sum(x['paid'] for x in lines))} for your emergency ambulance transport to "
           f"{HOSP[0]}. Emergency ambulance services are paid at the in-network benefit level. Your share is your "
           "20% coinsurance. Because this ambulance service is not in our network, it may bill you for the "
           "difference between its charge and our allowed amount, unless state law or a membership program it "
           "offers says otherwise.", 9)
    d.text_line("Your plan year so far", 10, "B", h=6)
    d.para("Deductible: $1,500.00 of $1,500.00 met.  Out-of-pocket maximum: $2,961.18 of $6,000.00 met.", 9)
    d.para("If you think this claim was processed in error, you may ask for a review within 180 days after you "
           f"receive this statement. Call {f['ph']} or write to Appeals, PO Box 6124, Silver Fork, ID 83207.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=amb, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: mileage EOB + ambulance bill
def doc_mileage_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bluestem Health Alliance"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 35))
    f["stmt"] = stmt
    lines = f["lines"]
    pay(lines, 0.66, 0.25, denied={"A0425"}, rmk="MX")
    billed = sum(x["billed"] for x in lines)
    f["paid"] = sum(x["paid"] for x in lines)
    f["billed"] = billed
    d = Page("Bluestem Health Alliance  |  EOB  |  {p}/{n}")
    d.add_page()
    d.text_line("Bluestem Health Alliance", 15, "B", h=7.5)
    d.text_line(f"Member Statement of Claims  |  PO Box 1188, Prairie Gate, KS 67009  |  {f['ph']}", 8.5, h=4.5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.set_y(y)
    for lab, val in [("Issued:", fmt_date(stmt, "abbr")), ("Subscriber ID:", f["mid"]), ("Group #:", f["grp"]),
                     ("Claim ID:", f["claim"]), ("Patient:", f["member"])]:
        d.set_x(118)
        d.font(9, "B")
        d.cell(30, 4.8, lab)
        d.font(9)
        d.cell(50, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Provider: {f['amb']} (NPI {f['npi']})    Transport to: {HOSP[2]}    Received: "
           f"{fmt_date(f['recv'], 'abbr')}", 8.6)
    eob_table(d, f, lines, "nosign")
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para(f"MX  Mileage is covered only to the nearest hospital able to treat the condition. {HOSP[1]} was "
           f"{f['near']} miles from the pickup point; the transport went {f['miles']} miles to {HOSP[2]}. Mileage "
           "beyond the nearest appropriate facility is not medically necessary and is not covered.", 8.6)
    d.text_line("Appeal rights", 9.5, "B", h=5.5)
    d.para("You may appeal within 180 days of the date of this statement. Send your appeal and any records to "
           "Bluestem Appeals, PO Box 1190, Prairie Gate, KS 67009. Urgent appeals are decided within 72 hours.",
           8.6)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["amb"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"claim_amount": [m2(lines[1]["billed"])]})
    return pdf_bytes(d), t


def doc_ambulance_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["stmt"] + dt.timedelta(days=r.randint(10, 20))
    due = bill + dt.timedelta(days=30)
    acct = f"CR{r.digits(7)}"
    bal = f["billed"] - f["paid"]
    d = Page(None)
    d.add_page()
    d.text_line("CRESTMOOR FIRE & EMS DISTRICT", 15, "B", h=7.5)
    d.text_line("Ambulance Billing Office  -  77 Depot Street, Crestmoor, KS 67011  -  " + phone(r), 8.6, h=4.5)
    d.rule(0.5, 3)
    d.text_line("PATIENT STATEMENT", 12, "B", h=6.5)
    d.boxes([("Statement date", fmt_date(bill, "long"), 46), ("Account number", acct, 38),
             ("Run number", f["run"], 32), ("Amount due", fmt_money(bal, "plain"), 34), ("Pay by",
             fmt_date(due, "long"), 32)])
    d.ln(3)
    d.para(f"Patient: {f['member']}    Date of birth: {fmt_date(f['dob'], 'slash')}\nInsurance: Bluestem Health "
           f"Alliance, ID {f['mid']}, claim {f['claim']}", 9)
    rows = [[fmt_date(f["dos"], "slash"), x["code"], x["desc"][:34], str(x["units"]), fmt_money(x["billed"], "plain")]
            for x in f["lines"]]
    rows.append(["", "", "Total charges", "", fmt_money(f["billed"], "plain")])
    rows.append([fmt_date(f["recv"] + dt.timedelta(days=15), "slash"), "", "Payment - Bluestem Health Alliance",
                 "", "-" + fmt_money(f["paid"], "plain")])
    rows.append(["*Balance due", "", "", "", fmt_money(bal, "plain")])
    d.table(["Date", "Code", "Description", "Qty", "Amount"], rows, [26, 18, 86, 12, 30], size=8.6,
            aligns="LLLRR")
    d.text_line("Not a member yet? Join the Crestmoor Ambulance Membership Program", 10, "B", h=6)
    d.para("For $65.00 a year per household, members pay nothing beyond what their insurance pays for medically "
           "necessary ambulance transports by the District. If you enroll within 30 days of this statement, the "
           "District will apply the membership to this transport and write off the balance above. Enrollment "
           "forms are enclosed or call the billing office.", 9)
    d.para("Your insurance denied part of this transport. If you appeal to your insurer, let us know and we will "
           "hold your account for 60 days.", 9)
    d.text_line("- - - - - - - - - - detach and return with payment - - - - - - - - - -", 8, align="C", h=6)
    d.para(f"Account {acct}   Amount due {fmt_money(bal, 'plain')}   Amount enclosed $__________", 9)
    t = truth("other", None, group_number=None, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(bill), provider="Crestmoor Fire & EMS District", unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [m2(bal)]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["ds"] = "mdy_nopad"
    f.update(mid=f"BHA{r.digits(8)}", grp=f"{r.digits(5)}", claim=f"E{r.digits(11)}",
             amb="Crestmoor Fire & EMS District")
    f["miles"], f["near"] = r.randint(21, 34), r.randint(7, 12)
    f["lines"] = lines_for(r, "A0429", f["miles"])
    eob = doc_mileage_eob(r, f)
    bill = doc_ambulance_bill(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [eob, bill], separators=["cover", None])


# ---------------------------------------------------------------- 2: dialysis transport denied, paid claim beside
def doc_dialysis_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["ds"] = "dmy"
    ins = "Harborline Health Insurance Co."
    mid, grp = f"HL-{r.digits(4)}-{r.digits(5)}", f"{r.letters(2)}{r.digits(5)}"
    amb = "Ridgeline Valley Ambulance Authority"
    stmt = f["dos"] + dt.timedelta(days=r.randint(21, 33))
    c1, c2 = f"{r.digits(10)}", f"{r.digits(10)}"
    f0 = dict(f, dos=f["dos"] - dt.timedelta(days=r.randint(9, 15)))
    l0 = lines_for(r, "A0427", r.randint(4, 9))
    pay(l0, 0.7, 0.15)
    l1 = lines_for(r, "A0428", r.randint(8, 15))
    pay(l1, 0.7, 0.15, denied={"A0428", "A0425"}, rmk="N12")
    billed = sum(x["billed"] for x in l1)
    d = Page("Harborline Health  EOB  Page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Harborline Health", 18, "B", h=8)
    d.text_line(f"{ins}  |  Member Services {f['ph']}  |  PO Box 903, Port Adair, OR 97301", 8.2, h=4.4)
    d.ln(2)
    d.text_line("Your Explanation of Benefits", 12.5, "B", h=7)
    d.boxes([("Date of notice", fmt_date(stmt, "dmy"), 36), ("Patient", f["member"], 56), ("Identification no.", mid, 44),
             ("Group no.", grp, 28), ("Claims on this notice", "2", 28)])
    d.ln(4)
    for c, ff, ll, note in [(c1, f0, l0, "Emergency transport - paid"), (c2, f, l1, "Scheduled transport - denied")]:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {c}   {amb}   {note}", new_x="LMARGIN", new_y="NEXT")
        eob_table(d, ff, ll, "space", size=7.6)
    d.text_line("Explanation of remark codes", 9.5, "B", h=5.5)
    d.para("N12  Non-emergency ambulance transport is covered only when the member's condition means any other "
           "way of travel would endanger health (for example, the member is bed-confined). The records for this "
           f"scheduled transport to Pell River Dialysis Center on {fmt_date(f['dos'], 'dmy')} show the member "
           "walked with a cane and could travel by wheelchair van or car. The transport was not medically "
           "necessary.", 8.5)
    d.para("Your right to appeal: you may appeal this decision within 180 days of the date of this notice. You may "
           "also request an external review after our final decision. Ordering physician on the certificate of "
           f"medical necessity: Dr. Ignatius P. Oyelaran. Ambulance NPI {f['npi']}.", 8.5)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=amb, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"insurer": ["Harborline Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: ambulance statement, membership applied
def doc_membership_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    amb = "Sawtooth Valley Ambulance"
    mid = f"{r.letters(3)}{r.digits(9)}"
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
    memno = f"SVA-M-{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(45, 70))
    lines = lines_for(r, "A0427", r.randint(9, 25), extra=True)
    billed = sum(x["billed"] for x in lines)
    paid = round(billed * 0.47, 2)
    coins = round(billed * 0.09, 2)
    wo = round(billed - paid - coins, 2)
    d = Page("Sawtooth Valley Ambulance - statement of account", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Sawtooth Valley Ambulance", 16, "B", h=8)
    d.text_line(f"A nonprofit ambulance service  |  410 Fireweed Road, Ketchum Flats, ID 83340  |  {phone(r)}", 8.4,
                h=4.5)
    d.rule(0.4, 4)
    d.text_line("STATEMENT OF ACCOUNT", 12, "B", h=6.5)
    for lab, val in [("Statement date", fmt_date(stmt, "long")), ("Patient", f["member"]), ("Incident number", f["run"]),
                     ("Membership number", memno + " (household, active)"),
                     ("Primary insurance", f"Cottonwood Benefit Administrators, ID {mid}"),
                     ("Insurance claim", claim)]:
        d.font(9.3, "B")
        d.cell(44, 5.2, lab + ":")
        d.font(9.3)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "long"), x["code"], x["desc"], str(x["units"]), fmt_money(x["billed"], "nosign")]
            for x in lines]
    rows += [["*Total charges", "", "", "", fmt_money(billed, "nosign")],
             ["", "", "Insurance payment", "", "-" + fmt_money(paid, "nosign")],
             ["", "", "Membership program adjustment (coinsurance)", "", "-" + fmt_money(coins, "nosign")],
             ["", "", "Membership program adjustment (balance above allowed)", "", "-" + fmt_money(wo, "nosign")],
             ["*Balance due", "", "", "", "0.00"]]
    d.table(["Service date", "Code", "Description", "Units", "Amount"], rows, [40, 16, 96, 12, 20], size=8.4,
            aligns="LLLRR")
    d.para("Thank you for being a member. Your Sawtooth Valley Ambulance membership covers the amount your "
           "insurance did not pay for medically necessary transports by our crews, so you owe nothing for this "
           f"transport to {HOSP[1]}. Your membership renews on January 1; the household fee is $60.00.", 9.2)
    d.para("This is a statement of your account, not an insurance decision. Questions about how your insurance "
           "paid this claim should go to your health plan.", 8.6)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=amb,
              unscored=["insurer"], alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: membership fee reimbursement refused (TPA)
def doc_fee_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cottonwood Benefit Administrators"
    plan = "Redfern Unified School District Employee Health Plan"
    mid, grp = f"CBA{r.digits(7)}", f"RUSD-{r.digits(3)}"
    claim = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(7, 14))
    by = notice + dt.timedelta(days=180)
    fee = "75.00"
    amb = "Ridgeline Valley Ambulance Authority"
    d = Page("Cottonwood Benefit Administrators  -  {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Cottonwood Benefit Administrators", 14, "B", h=7)
    d.text_line(f"Third-party administrator for the {plan}", 8.8, h=4.6)
    d.text_line(f"2 Cottonwood Plaza, Mesa Blanca, NM 87002   {f['ph']}", 8.8, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Re: Claim {claim}   Member ID {mid}   Group {grp}", 10, gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We received your claim on {fmt_date(f['recv'], 'long')} asking to be reimbursed {fmt_money(fee)} "
           f"for an annual household membership in the {amb} membership program (date of service on the claim: "
           f"{fmt_date(f['dos'], 'long')}).", 10)
    d.para("We are unable to pay this claim. The plan covers medically necessary ambulance transportation, but "
           "ambulance membership or subscription fees are not a covered expense. The Summary Plan Description, "
           "Section 11 (Exclusions), item 27 lists \"membership, subscription or enrollment fees of any kind, "
           "including ambulance membership programs.\" Any ambulance transport you receive remains covered under "
           "your emergency and ambulance benefits.", 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para(f"If you disagree, send a written appeal postmarked by {fmt_date(by, 'long')} to Cottonwood Benefit "
           "Administrators, Appeals Unit, at the address above. You may include any information you believe "
           "supports your claim. You may also have the right to bring a civil action under section 502(a) of "
           "ERISA after you complete the appeal process.", 10)
    d.para("Sincerely,\n\nClaims Review Department\nCottonwood Benefit Administrators", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=fee, service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=amb, appeal_deadline=iso(by),
              alternates={"insurer": [plan], "service_dates": [[]], "provider": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Spanish EOB, coverage ended
def doc_es_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    f["ds"] = "es_abbr"
    ins = "Sierra Amarilla Salud, Inc."
    mid, grp = f"SAS{r.digits(8)}", f"{r.digits(4)}-{r.digits(2)}"
    claim = f"{r.digits(12)}"
    amb = "Ambulancias del Valle Bravo"
    end = f["dos"] - dt.timedelta(days=r.randint(5, 25))
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    lines = lines_for(r, "A0427", r.randint(5, 14))
    for x, es in zip(lines, ["Transporte de emergencia SVA 1", "Millaje terrestre, por milla"]):
        x["desc"] = es
    pay(lines, 0, 0, denied={"A0427", "A0425"}, rmk="E7")
    billed = sum(x["billed"] for x in lines)
    d = Page("Sierra Amarilla Salud  -  Explicación de Beneficios  -  Esto no es una factura  -  Página {p} de {n}")
    d.add_page()
    d.text_line("SIERRA AMARILLA SALUD", 16, "B", h=8)
    d.text_line(f"{ins}  -  Apartado 4410, Las Cruces, NM 88001  -  {f['ph']}", 8.2, h=4.4)
    d.rule(0.6, 3)
    d.text_line("EXPLICACIÓN DE BENEFICIOS (EOB)", 12.5, "B", h=7)
    d.text_line("Esto no es una factura.", 9, h=5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.ln(3)
    d.boxes([("Fecha de emisión", fmt_date(stmt, "es"), 48), ("Afiliado", f["member"], 56),
             ("Núm. de afiliado", mid, 42), ("Grupo", grp, 28)])
    d.boxes([("Núm. de reclamación", claim, 48), ("Proveedor", amb, 74), ("Fecha de recibo",
             fmt_date(f["recv"], "es_abbr"), 52)])
    d.ln(4)
    eob_table(d, f, lines, "plain", es=True)
    d.text_line("Notas", 9.5, "B", h=5.5)
    d.para(f"E7  Su cobertura terminó el {fmt_date(end, 'es')}. El servicio se prestó después de esa fecha, "
           "cuando usted no era elegible para beneficios bajo este plan. Si tiene otra cobertura, envíe la "
           "reclamación a ese plan.", 8.8)
    d.text_line("Su derecho a apelar", 9.5, "B", h=5.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta explicación de "
           "beneficios. Envíe su apelación a: Apelaciones, Apartado 4412, Las Cruces, NM 88001. Si su salud está "
           "en peligro, puede pedir una apelación acelerada (72 horas). También puede pedir una revisión externa "
           f"dentro de 4 meses de la decisión final. NPI del proveedor: {f['npi']}.", 8.8)
    t = truth("eob", "eligibility", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=amb,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: appeal decision to the ambulance, timely filing
def doc_timely_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dos"] = f["dos"] - dt.timedelta(days=420)
    ins = "Keelhaven Health Plan"
    mid, grp = f"KH{r.digits(9)}", f"{r.digits(7)}"
    claim, appeal = f"{r.digits(11)}", f"PA-{r.digits(6)}"
    amb = "Tallgrass Regional Ambulance Service"
    filed = f["dos"] + dt.timedelta(days=r.randint(380, 400))
    notice = filed + dt.timedelta(days=r.randint(50, 65))
    lines = lines_for(r, "A0429", r.randint(5, 12))
    billed = sum(x["billed"] for x in lines)
    d = Page("Keelhaven Health Plan Provider Appeals  Page {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Keelhaven Health Plan", 15, "B", h=7)
    d.text_line(f"Provider Appeals  -  PO Box 5501, Tidewater, ME 04401  -  Fax {phone(r)}", 8.8, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(notice, "mdy_nopad"), 10, h=6)
    d.ln(1)
    for ln in [amb, "Attn: Billing Office", "19 Prairie Ridge Road", "Fargo, ND 58102"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("PROVIDER APPEAL DECISION", 11.5, "B", h=7)
    d.table(["Patient", "Member ID", "Group", "Claim number", "Appeal number"],
            [[f["member"], mid, grp, claim, appeal]], [44, 34, 24, 36, 30], size=8.8, border_head="TB")
    d.table(["Date of service", "Services", "Total charge", "Claim received"],
            [[fmt_date(f["dos"], "mdy_nopad"), "A0429, A0425 x " + str(lines[1]["units"]),
              fmt_money(billed, "plain"), fmt_date(filed, "mdy_nopad")]], [34, 56, 32, 32], size=8.8,
            border_head="TB")
    d.para("We reviewed your appeal of the denial of the claim above. Our original decision is upheld.", 10)
    d.para("Your participation agreement requires claims to be received within 365 days of the date of service. "
           "This claim was first received after that limit. You sent a copy of a billing-system log, but it shows "
           "the claim was queued for submission, not that we received it. It does not show an acceptance report "
           "from our clearinghouse. The denial for untimely filing therefore stands. Under your agreement, you may "
           "not bill the member for this service.", 10)
    d.para("If you disagree, you may request a second-level provider appeal within 60 days of the date of this "
           "letter. Send it to the address above with any proof of timely filing (for example, a clearinghouse "
           "acceptance report dated within the filing limit).", 10)
    d.para(f"Patient date of birth: {fmt_date(f['dob'], 'mdy_nopad')}.  Ambulance NPI: {f['npi']}.  Run number: "
           f"{f['run']}.", 8.6)
    d.para("Provider Appeals Unit\nKeelhaven Health Plan", 10)
    t = truth("denial_letter", "timely_filing", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim, appeal], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=amb,
              appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_paid_eob, "paid_eob", "born_digital"), (2, doc_dialysis_eob, "dialysis_eob", "scan_clean_300"),
              (3, doc_membership_statement, "member_statement", "photocopy"),
              (4, doc_fee_letter, "fee_letter", "phone_photo"), (5, doc_es_eob, "es_eob", "scan_lowres_150"),
              (6, doc_timely_appeal, "timely_appeal", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
