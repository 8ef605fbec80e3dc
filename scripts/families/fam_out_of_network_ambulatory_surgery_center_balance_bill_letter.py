"""Family 'out_of_network_ambulatory_surgery_center_balance_bill_letter': an out-of-network ambulatory surgery
center's facility claim (elective knee arthroscopy 29881, cataract 66984, colonoscopy 45380) paid at the plan's
reference price, the center balance-billing the rest, the No Surprises Act not applying (elective, chosen center),
and a plan refusing a network exception.

Documents: a born-digital EOB paying the facility claim at a reference price (nothing denied); a low-resolution
scanned stack of the plan's network exception denial letter and the ASC's balance bill; a photocopied notice that
the No Surprises Act does not apply (refuses nothing); a phone photo of an HMO EOB with three claims (surgeon and
anesthesia paid, the ASC facility claim refused as out of network); a fine-fax request for the ASC's itemized bill
(hold, not a denial); a sideways upheld appeal; a scanned appeal overturning (paid at in-network level).

Decoys: NPIs, tax IDs, account numbers, the surgeon's and anesthesia claims, reference price and allowed amounts,
the example cost, the 30-day IDR window, external review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "out_of_network_ambulatory_surgery_center_balance_bill_letter"
LANG = "en"
SEED = 328600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ASC = ["Quarry Ridge Surgery Center", "Bellwether Outpatient Surgical Center", "Sandpiper Eye Surgery Center"]


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 160))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=r.phone(), npi=r.npi(),
                recv=dos + dt.timedelta(days=r.randint(7, 16)), charge=float(r.randint(6200, 14800)) + 0.5,
                tin=f"{r.digits(2)}-{r.digits(7)}")


# ---------------------------------------------------------------- 0: paid at reference price (born digital)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Benefit Plans"
    mid, grp, claim = f"CBP{r.digits(8)}", f"{r.digits(5)}-{r.letters(2)}", f"{r.digits(3)}{r.letters(1)}{r.digits(8)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(22, 35))
    ref = round(f["charge"] * 0.38, 2)
    paid = round(ref * 0.8, 2)
    d = Page("Copperline Benefit Plans  ~  Explanation of Benefits  ~  Page {p} of {n}")
    d.add_page()
    d.text_line("COPPERLINE", 19, "B", h=9)
    d.text_line(f"Benefit Plans  ·  PO Box 770, Red Mesa, AZ 85001  ·  {f['ph']}", 8.4, h=4.5)
    d.rule(0.8, 3)
    d.text_line("Explanation of Benefits - This is not a bill", 12, "B", h=7)
    d.boxes([("Statement date", fmt_date(stmt, "long"), 44), ("Patient", f["member"], 50), ("Member ID", mid, 40),
             ("Group", grp, 30), ("Claim", claim, 40)])
    d.boxes([("Facility", ASC[0], 80), ("Network", "Out of network", 36), ("Received", fmt_date(f["recv"], "long"),
             44), ("Facility NPI", f["npi"], 44)])
    d.ln(4)
    d.table(["Service date", "Code", "Service", "Charge", "Reference price", "Plan paid", "Your share"],
            [[fmt_date(f["dos"], "slash"), "29881", "Knee arthroscopy, facility", fmt_money(f["charge"]),
              fmt_money(ref), fmt_money(paid), fmt_money(ref - paid)]], [24, 14, 52, 24, 28, 22, 22], size=8.2,
            aligns="LLLRRRR", head_fill=True)
    d.para(f"We paid this out-of-network facility claim at the plan's reference price of {fmt_money(ref)}, which "
           "is 140% of what Medicare pays the same kind of center. Your share is 20% coinsurance. Because the "
           f"center is not in the network, it may bill you the {fmt_money(f['charge'] - ref)} above the reference "
           "price. Nothing on this claim was denied.", 9)
    d.para("You may ask for a review within 180 days after you receive this statement.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=ASC[0], type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: exception denial + ASC bill
def doc_exception_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Lindenwood HMO"
    notice = f["dos"] - dt.timedelta(days=r.randint(6, 14))
    f["notice"] = notice
    d = Page(None, margins=(26, 20, 26))
    d.add_page()
    d.text_line("Lindenwood HMO", 15, "B", align="C", h=7)
    d.text_line("Referral and Network Services", 9, align="C", h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "slash"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Subscriber number {f['mid']}  ·  Group {f['grp']}  ·  Request {f['req']}", 9.5)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"Dr. Marcus E. Tolliver asked us to let you have cataract surgery (66984) at {ASC[2]}, which is not in "
           f"the Lindenwood network, on {fmt_date(f['dos'], 'long')}, as if it were in network.", 10)
    d.para("We have denied this network exception. Two in-network surgery centers within 20 miles of your home "
           "perform this surgery and can schedule it within our access standards. A network exception is given "
           "only when no in-network provider can give the service. If you go to the out-of-network center, your "
           "HMO plan will not pay for the facility.", 10)
    d.para("You or your doctor may appeal within 180 days of the date of this letter. Send appeals to Lindenwood "
           "HMO Appeals, 12 Orchard Square, Dover, DE 19901. If your health is at risk, ask for a 72-hour "
           "expedited appeal.", 10)
    d.para("Sincerely,\nReferral and Network Services", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["req"]], service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider="Dr. Marcus E. Tolliver",
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [ASC[2]], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_asc_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["dos"] + dt.timedelta(days=r.randint(40, 55))
    acct = f"SES-{r.digits(6)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line(ASC[2], 14, "B", h=7)
    d.text_line(f"Business Office  |  3 Tidewater Court, Dover, DE 19904  |  Tax ID {f['tin']}", 8.4, h=4.6)
    d.ln(3)
    d.table(["Statement", "Account", "Patient", "Due"], [[fmt_date(bill, "dmy"), acct, f["member"], "upon receipt"]],
            [40, 40, 60, 40], size=9, border_head="TB")
    rows = [[fmt_date(f["dos"], "dmy"), "66984", "Cataract extraction w/ IOL, facility", fmt_money(f["charge"])],
            [fmt_date(f["dos"] + dt.timedelta(days=30), "dmy"), "", "Lindenwood HMO: no out-of-network benefit",
             "0.00"], ["*Patient balance", "", "", fmt_money(f["charge"])]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 18, 100, 32], size=8.8, aligns="LLLR")
    d.para("Your plan did not pay for this surgery because our center is not in its network. You signed our "
           "out-of-network acknowledgment before surgery. Prompt-pay discount: 15% off if paid within 30 days.",
           9)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])],
              denial_date=iso(bill), provider=ASC[2], unscored=["insurer"], alternates={"case_numbers": [[acct]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"L{r.digits(9)}", grp=f"{r.digits(6)}", req=f"NX{r.digits(7)}")
    return Item(f"{FAMILY}_scan_stack", "scan_lowres_150", [doc_exception_letter(r, f), doc_asc_bill(r, f)])


# ---------------------------------------------------------------- 2: NSA does not apply (photocopy)
def doc_nsa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Stillwater Mutual Health"
    mid = f"SMH{r.digits(9)}"
    claim = f"{r.digits(4)}-{r.digits(6)}"
    sent = f["recv"] + dt.timedelta(days=r.randint(10, 20))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Stillwater Mutual Health", 14, "B", h=7)
    d.ln(4)
    d.text_line(fmt_date(sent, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line("About your surprise billing question", 12, "B", h=7)
    d.para(f"You asked whether the No Surprises Act protects you from the bill of {ASC[1]} for your colonoscopy "
           f"(45380) on {fmt_date(f['dos'], 'abbr')}, claim {claim}, total charges {fmt_money(f['charge'])}. "
           f"Member ID {mid}.", 10)
    d.para("The federal protections cover emergency care and care from out-of-network providers at in-network "
           "facilities. Your procedure was scheduled and done at an out-of-network center that you chose, so the "
           "protections do not apply. We have not changed how the claim was paid; it was paid at the out-of-network "
           "benefit level as shown on your statement. This letter is information only, not a new decision.", 10)
    d.para("Providers and plans may use independent dispute resolution within 30 business days in covered cases; "
           "your case is not one of them. Example: an in-network cost share of $250.00 applies only to protected "
           "services.", 9.2)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=ASC[1],
              denial_alternates=["out_of_network"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: HMO EOB, three claims (phone photo)
def doc_hmo_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Health Plan HMO"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"NG{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    cs, ca, cf = r.digits(10), r.digits(10), r.digits(10)
    sur, an = float(r.randint(1800, 2600)), float(r.randint(900, 1400))
    d = Page("Northgate Health Plan HMO  EOB  {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Northgate Health Plan", 16, "B", h=8)
    d.text_line(f"Member Services {f['ph']}  ·  PO Box 5150, Kalamazoo, MI 49001", 8.4, h=4.5)
    d.ln(2)
    d.para(f"Date of statement: {fmt_date(stmt, 'iso')}    Member: {f['member']}    Member No.: {mid}    Group: "
           f"{grp}", 9)
    rows = [[cs, "Dr. Priya L. Anand (in network)", "29881", fmt_money(sur), fmt_money(sur * 0.6), "Paid", ""],
            [ca, "Keystone Anesthesia Assoc. (in network)", "01400", fmt_money(an), fmt_money(an * 0.7), "Paid", ""],
            [cf, ASC[0] + " (out of network)", "29881", fmt_money(f["charge"]), "0.00", "Denied", "ON4"]]
    d.table(["Claim", "Provider", "Code", "Billed", "Plan paid", "Status", "Note"], rows,
            [26, 70, 14, 22, 22, 16, 12], size=7.8, aligns="LLLRRLL", head_fill=True)
    d.para(f"All services on {fmt_date(f['dos'], 'iso')}. Facility NPI {f['npi']}.", 8.4)
    d.para("ON4: Your HMO plan does not cover services from out-of-network providers unless they are emergencies "
           "or were approved in advance. No network exception was on file for this facility.", 8.6)
    d.para("Appeals: within 180 days of the date of this statement. External review: within 4 months of a final "
           "decision.", 8.4)
    t = truth("eob", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[cf], claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=ASC[0], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: request for itemized bill (fax fine)
def doc_itemized_request(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harrow Point Administrators"
    mid = f"HPA{r.digits(7)}"
    claim = f"{r.digits(4)} {r.digits(4)} {r.digits(4)}"
    sent = f["recv"] + dt.timedelta(days=r.randint(3, 8))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("HARROW POINT ADMINISTRATORS", 13, "B", h=7)
    d.text_line("Facility Claims Unit   Fax 1-555-" + r.digits(3) + "-" + r.digits(4), 8.8, h=5)
    d.ln(4)
    kv(d, [("TO", ASC[1]), ("DATE", fmt_date(sent, "upper")), ("RE", f"Claim {claim}"), ("PATIENT", f["member"]),
           ("ID", mid)], lw=26, size=9.6)
    d.ln(3)
    d.para(f"We received your facility claim for services on {fmt_date(f['dos'], 'upper')} for "
           f"{fmt_money(f['charge'])}. Before we can price it under the plan's out-of-network reference price "
           "terms, we need an itemized bill with revenue codes and the implant invoice.", 10)
    d.para("This claim is pending. It has not been denied. Please send the items within 45 days. Your tax ID on "
           f"file is {f['tin']}.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim.replace(" ", "")],
              claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=ASC[1])
    return pdf_bytes(d), t


def kv(d: Page, rows, lw=42, size=9.2):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(lw, 5.2, lab)
        d.font(size)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 5: appeal upheld (rotated)
def doc_appeal_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ferncliff Health Insurance Company"
    mid, grp = f"FH{r.digits(8)}", f"{r.digits(7)}"
    claim, app = r.digits(11), f"GA-{r.digits(5)}"
    dec = f["recv"] + dt.timedelta(days=r.randint(45, 60))
    d = Page("Ferncliff Health - Grievance and Appeals - {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Ferncliff Health Insurance Company", 14, "B", h=7)
    d.ln(3)
    d.boxes([("Decision", fmt_date(dec, "long"), 40), ("Appeal no.", app, 30), ("Claim no.", claim, 34),
             ("Member no.", mid, 32), ("Group", grp, 28)])
    d.boxes([("Member", f["member"], 60), ("Facility", ASC[1], 80)])
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}: we reviewed your appeal about the facility charges of "
           f"{fmt_money(f['charge'])} from {ASC[1]} for your surgery on {fmt_date(f['dos'], 'long')}.", 10)
    d.para("We uphold our decision. Your plan covers out-of-network facilities only at the reference price, which "
           "we paid. The remaining amount is not covered, and the No Surprises Act does not apply to a scheduled "
           "surgery at a center you chose.", 10)
    d.para("This is our final internal decision. You may request external review within 4 months after you "
           "receive this letter, or file a civil action under ERISA section 502(a).", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[app, claim], claim_amount=m2(f["charge"]),
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=ASC[1],
              denial_alternates=["not_covered"], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: appeal overturned (scan clean)
def doc_overturn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Amberfield Health Plan"
    mid = f"AHP{r.digits(9)}"
    claim = f"{r.digits(2)}-{r.digits(8)}"
    dec = f["recv"] + dt.timedelta(days=r.randint(40, 55))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Amberfield Health Plan", 14, "B", h=7)
    d.text_line("Appeals Department", 9, h=5)
    d.ln(6)
    d.text_line(fmt_date(dec, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"Good news. We have overturned our earlier decision on claim {claim} (member {mid}) for your cataract "
           f"surgery at {ASC[2]} on {fmt_date(f['dos'], 'long')}, charges {fmt_money(f['charge'])}. The nearest "
           "in-network surgeon could not schedule you within our access standard, so we approved the facility as "
           "an exception and reprocessed the claim at the in-network benefit level.", 10)
    d.para("The center agreed to accept our payment in full apart from your in-network share. You should not get a "
           "balance bill. A new statement will follow within 30 days.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(f["charge"]), service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=ASC[2])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_paid_eob, "paid_reference_eob", "born_digital"), (2, doc_nsa, "nsa_not_apply", "photocopy"),
              (3, doc_hmo_eob, "hmo_eob", "phone_photo"), (4, doc_itemized_request, "itemized_request", "fax_fine_g4"),
              (5, doc_appeal_upheld, "appeal_upheld", "rotated"), (6, doc_overturn, "overturn", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
