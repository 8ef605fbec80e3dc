"""Family 'dialysis_travel_transient_out_of_area_denial': transient (guest) hemodialysis while a member travels
(ESRD facility revenue code 0821, unlisted dialysis procedure 90999) refused because the HMO was not told before the
trip, because the travel center is outside an EPO network, because a Medicare Advantage member stayed out of the
service area for more than six months, or because an out-of-state center is not enrolled in the state's Medicaid.

Documents: a born-digital HMO notice with a key-value block and a treatment table (no prior notice of travel); a
standard-fax stack of an EOB (home-unit dialysis claims paid, the travel center's claim denied out of network) and
the travel center's UB-04-style claim form copy; a Medicare Advantage notice of denial of payment (CMS-10003 style,
65 days); the travel center's invoice to the patient (photocopy); a phone photo of the HMO appeal decision that
overturns a denial (other); a sideways state Medicaid notice of action (out-of-state provider not enrolled);
a low-resolution scan of a monthly EOB with all home-area treatments paid (nothing denied).

Decoys: nephrologist names, home dialysis units, NPIs, CMS certification numbers, patient control numbers, DOB,
dates received, paid claims, plan-paid/you-owe amounts, form and material numbers, 72-hour, external-review,
fair-hearing and continued-benefits limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dialysis_travel_transient_out_of_area_denial"
LANG = "en"
SEED = 295600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18),
                 orientation: str = "P"):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 1, 12) + D(days=r.randint(0, 120))
    start -= D(days=start.weekday())             # a Monday
    tx = [start, start + D(days=2), start + D(days=4)]   # Mon / Wed / Fri treatments
    if r.random() < 0.6:
        tx += [start + D(days=7), start + D(days=9)]
    return dict(member=member, first=first, last=last, addr=r.address(), tx=tx, npi=r.npi(),
                dob=dt.date(r.randint(1944, 1985), r.randint(1, 12), r.randint(1, 28)),
                rate=float(r.choice([1180, 1245, 1310, 1395, 1460])) + r.choice([0, 0.5, 0.25, 0.75]))


# ---------------------------------------------------------------- 0: HMO notice, no prior notice of travel
def doc_hmo_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Harbor HMO"
    mid, grp = f"GH{r.digits(9)}", f"{r.digits(3)}-{r.digits(4)}"
    claim, ref = f"{r.digits(10)}", f"UM{r.digits(7)}"
    center = "Seabright Guest Dialysis - Gulf Breeze"
    home = "Riverbend Kidney Center"
    notice = f["tx"][-1] + D(days=r.randint(25, 40))
    billed = f["rate"] * len(f["tx"])
    d = Page("Granite Harbor HMO  |  GH-DN-0821  |  Page {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Granite Harbor HMO", 16, "B", h=8)
    d.text_line(f"Member Services {ph(r)}  |  TTY 711  |  PO Box 8810, Bellingham, WA 98225", 8.4, h=4.5)
    d.rule(0.5, 5)
    d.text_line("NOTICE OF CLAIM DENIAL", 12.5, "B", h=7)
    d.ln(1)
    left = [("Notice date", fmt_date(notice, "slash")), ("Member", f["member"]), ("Member number", mid),
            ("Employer group", grp)]
    right = [("Claim", claim), ("UM reference", ref), ("Facility", center), ("Claim received",
                                                                              fmt_date(notice - D(days=19), "slash"))]
    y0 = d.get_y()
    for col, rows in ((18, left), (108, right)):
        d.set_xy(col, y0)
        for k, v in rows:
            d.set_x(col)
            d.font(9, "B")
            d.cell(32, 5.2, k + ":")
            d.font(9)
            d.cell(58, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 4 * 5.2 + 5)
    rows = [[fmt_date(t, "slash"), "0821", "90999", "Hemodialysis, guest treatment", fmt_money(f["rate"]), "Denied"]
            for t in f["tx"]]
    rows.append(["*Total", "", "", "", fmt_money(billed), ""])
    d.table(["Date", "Rev", "CPT", "Service", "Charge", "Status"], rows, [26, 14, 16, 70, 26, 22], size=8.8,
            aligns="LLLLRL", head_fill=True)
    d.text_line("Why we denied this claim", 10.5, "B", h=6)
    d.para(f"You received hemodialysis at {center}, a center outside the Granite Harbor service area, while you "
           "were traveling. Your HMO covers dialysis away from home when you or your dialysis unit tell us about "
           "the trip and we approve it before the first treatment (Member Handbook, \"Dialysis while you travel\": "
           "at least 14 days' notice). We did not receive a request for these treatments before they were given. "
           f"Your home unit, {home}, confirms no travel request was sent.", 9.8)
    d.para("Next time, ask your social worker at your home unit to send the travel form two weeks before you "
           "leave. We usually approve guest dialysis at a certified center for trips of up to 30 days.", 9.8)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may appeal within 180 days of the date of this notice. Call Member Services or write to Granite "
           "Harbor HMO Appeals, PO Box 8814, Bellingham, WA 98225. For urgent care you can ask for an expedited "
           "appeal (72 hours). You may also ask the Washington Office of the Insurance Commissioner for help.", 9.4)
    d.para(f"Facility NPI {f['npi']}  ·  Nephrologist of record: Dr. Wendell J. Kessler  ·  DOB "
           f"{fmt_date(f['dob'], 'slash')}", 8.4)
    t = truth("denial_letter", "prior_authorization", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim, ref], claim_amount=m2(billed),
              service_dates=[iso(x) for x in f["tx"]], denial_date=iso(notice), provider=center,
              appeal_deadline=iso(notice + D(days=180)), alternates={"case_numbers": [[claim]]},
              denial_alternates=["out_of_network"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: EOB (home paid, travel denied) + UB-04
def doc_stack_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bluefen Health Insurance Company"
    d = Page("Bluefen Health  -  EOB  -  Page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("BLUEFEN HEALTH", 17, "B", h=8)
    d.text_line(f"{ins}  -  Exclusive Provider Organization  -  {ph(r)}", 8.4, h=4.5)
    d.ln(2)
    d.text_line("Explanation of Benefits  (not a bill)", 12, "B", h=7)
    d.boxes([("Date issued", fmt_date(f["issued"], "abbr"), 34), ("Member", f["member"], 50), ("ID", f["mid"], 40),
             ("Group", f["grp"], 30), ("Plan", f["plan"], 32)])
    d.ln(4)
    for c in f["claims"]:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"{c['prov']}   Claim {c['no']}   {'In network' if not c['denied'] else 'Out of network'}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for t in c["tx"]:
            if c["denied"]:
                rows.append([fmt_date(t, "abbr"), "0821", fmt_money(c["rate"]), "0.00", "0.00",
                             fmt_money(c["rate"]), "N77"])
            else:
                al = round(c["rate"] * 0.55, 2)
                rows.append([fmt_date(t, "abbr"), "0821", fmt_money(c["rate"]), fmt_money(al),
                             fmt_money(round(al * 0.8, 2)), fmt_money(round(al * 0.2, 2)), ""])
        rows.append(["*Claim total", "", fmt_money(c["rate"] * len(c["tx"])), "", "", "", ""])
        d.table(["Service date", "Rev code", "Billed", "Allowed", "Paid", "You owe", "Remark"], rows,
                [32, 20, 28, 28, 28, 28, 18], size=8, aligns="LLRRRRL", head_fill=True)
    d.text_line("Remark", 9.5, "B", h=5.5)
    d.para("N77  Services from a provider outside the Bluefen EPO network are not covered, except emergency care. "
           "Routine maintenance dialysis while traveling is not emergency care. Ask us before you travel: we can "
           "arrange treatment at a network center or approve a network exception.", 8.6)
    d.para("You may appeal within 180 days after you receive this notice. Write to Bluefen Appeals, PO Box 77, "
           "Duluth, MN 55802. External review may be available after our final decision.", 8.6)
    den = [c for c in f["claims"] if c["denied"]][0]
    t = truth("eob", "out_of_network", insurer=ins, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[den["no"]], claim_amount=m2(den["rate"] * len(den["tx"])),
              service_dates=[iso(x) for x in den["tx"]], denial_date=iso(f["issued"]), provider=den["prov"],
              alternates={"plan_id": [None], "insurer": ["Bluefen Health"]})
    return pdf_bytes(d), t


def doc_ub04(r: Rand, f: dict) -> tuple[bytes, dict]:
    den = [c for c in f["claims"] if c["denied"]][0]
    total = den["rate"] * len(den["tx"])
    pcn = f"SGD{r.digits(8)}"
    created = den["tx"][-1] + D(days=r.randint(2, 6))
    d = Page(None, margins=(8, 8, 8))
    d.add_page()
    d.text_line("UB-04 CMS-1450  -  COPY FOR PATIENT RECORDS", 8, h=4)
    d.ln(1)
    d.boxes([("1 Billing provider", den["prov"], 82), ("3a Pat. cntl #", pcn, 40), ("4 Type of bill", "0721", 24),
             ("5 Fed tax no.", f"{r.digits(2)}-{r.digits(7)}", 30), ], h=11, value_size=8.5)
    d.boxes([("6 Statement covers period from", fmt_date(den["tx"][0], "slash"), 50),
             ("through", fmt_date(den["tx"][-1], "slash"), 30),
             ("8 Patient name", f"{f['last'].upper()}, {f['first'].upper()} {f['mi']}", 60),
             ("10 Birthdate", fmt_date(f["dob"], "slash"), 36)], h=11, value_size=8.5)
    d.ln(3)
    rows = [["0821", "Hemodialysis outpatient/home", "90999", fmt_date(t, "slash"), "1", fmt_money(den["rate"], "nosign")]
            for t in den["tx"]]
    rows.append(["*0001", "PAGE 1 OF 1   CREATION DATE " + fmt_date(created, "slash"), "", "", "TOTALS",
                 fmt_money(total, "nosign")])
    d.table(["42 Rev", "43 Description", "44 HCPCS", "45 Serv date", "46 Units", "47 Total charges"], rows,
            [18, 74, 22, 28, 18, 30], size=8.4, aligns="LLLLRR", border_head="TB")
    d.boxes([("50 Payer name", "BLUEFEN HEALTH INS CO", 70), ("56 NPI", f["npi"], 36),
             ("57 CMS cert (CCN)", f"10-{r.digits(4)}", 30), ("60 Insured's unique ID", f["mid"], 54)],
            h=11, value_size=8.5)
    d.boxes([("58 Insured's name", f"{f['last'].upper()}, {f['first'].upper()} {f['mi']}", 70),
             ("62 Insurance group no.", f["grp"], 46), ("67 Prin. dx", "N18.6", 30), ("76 Attending",
             "OKAFOR-VANCE, L", 44)], h=11, value_size=8.5)
    d.ln(4)
    d.para("Copy of the claim we sent to your insurance. Our billing office sends this copy at the request of "
           "the patient for travel-reimbursement and appeal purposes.", 8.4)
    t = truth("other", None, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              claim_amount=m2(total), service_dates=[iso(x) for x in den["tx"]], denial_date=iso(created),
              provider=den["prov"], unscored=["insurer"],
              alternates={"denial_date": [None], "service_dates": [[iso(den["tx"][0], den["tx"][-1])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["mi"] = f["member"].split()[1].rstrip(".")
    f.update(mid=f"BFH{r.digits(9)}", grp=f"{r.digits(6)}", plan=f"EPO{r.digits(3)}")
    home_tx = [f["tx"][0] - D(days=14) + D(days=k) for k in (0, 2, 4, 7, 9, 11)]
    f["claims"] = [dict(prov="Lakeshore Dialysis of Duluth", no=f"{r.digits(3)}-{r.digits(8)}", tx=home_tx[:3],
                        rate=f["rate"] - 140, denied=False),
                   dict(prov="Lakeshore Dialysis of Duluth", no=f"{r.digits(3)}-{r.digits(8)}", tx=home_tx[3:],
                        rate=f["rate"] - 140, denied=False),
                   dict(prov="Palmetto Coast Travel Dialysis", no=f"{r.digits(3)}-{r.digits(8)}", tx=f["tx"][:3],
                        rate=f["rate"], denied=True)]
    f["issued"] = f["tx"][2] + D(days=r.randint(21, 30))
    return Item(f"{FAMILY}_fax_eob_ub04", "fax_standard_g4", [doc_stack_eob(r, f), doc_ub04(r, f)])


# ---------------------------------------------------------------- 2: Medicare Advantage notice of denial of payment
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Evergreen Crest Medicare Advantage"
    mid = f"ECM{r.digits(8)}"
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(6)}"
    center = "Desert Willow Dialysis Center"
    notice = f["tx"][-1] + D(days=r.randint(30, 45))
    billed = f["rate"] * len(f["tx"])
    d = Page("Form CMS-10003-NDMCP  OMB Approval 0938-0829     H4417_DN26_C", margins=(20, 14, 20),
             header=f"{f['member']}  -  {mid}  -  Notice of Denial of Payment (continued)")
    d.add_page()
    d.text_line("Evergreen Crest Medicare Advantage (HMO)", 12, "B", h=6)
    d.text_line(f"Member Services {ph(r)} (TTY 711), 8 a.m. to 8 p.m., 7 days a week", 8.6, h=4.6)
    d.ln(4)
    d.text_line("Notice of Denial of Payment", 15, "B", h=8, align="C")
    d.ln(2)
    d.text_line(f"Date: {fmt_date(notice, 'long')}", 10, h=5.5)
    d.text_line(f"Member number: {mid}", 10, h=5.5)
    d.text_line(f"Name: {f['member']}", 10, h=5.5)
    d.ln(2)
    d.para(f"Your request for payment for hemodialysis you received at {center} (Tucson, AZ) on "
           + ", ".join(fmt_date(t, "abbr") for t in f["tx"]) + f" (claim {claim}, total charges "
           f"{fmt_money(billed)}) is denied.", 10)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para("We denied payment because you do not live in our plan's service area. Our plan covers dialysis you "
           "get while you are temporarily outside the service area. Our records and your own statement show you "
           "have lived in Arizona since last fall, which is more than 6 months. A member who is away from the "
           "service area for more than 6 months in a row is no longer eligible for our plan (Evidence of "
           "Coverage, Chapter 10, Section 2.1). You will get a separate letter about your enrollment.", 10)
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6)
    d.para("You have the right to ask Evergreen Crest Medicare Advantage to review our decision by asking us for "
           "an appeal. Ask for an appeal within 65 calendar days of the date of this notice. We can give you more "
           "time if you have a good reason for missing the deadline. Write to Appeals Department, PO Box 3300, "
           "Yuma, AZ 85364, or fax 1-555-019-4417.", 9.6)
    d.para("If your appeal is about payment, a fast appeal is not available. If we deny your appeal, we will send "
           "your case to an Independent Review Entity automatically. You can ask for a free copy of the records "
           "we used to make this decision.", 9.6)
    d.para(f"Physician: Dr. Marisol E. Quintero (nephrology), NPI {f['npi']}.", 8.8)
    d.add_page()
    d.text_line("What happens next and how to ask for an appeal", 11.5, "B", h=7)
    for head, body in [
            ("How do I ask for an appeal?", "Send a written request to the address on page 1. Include your name, "
             "member number, the claim number and the reasons you disagree. You may send records from your "
             "doctor, travel documents or proof of your home address."),
            ("Who decides?", "A person who was not involved in the first decision. For a payment appeal we will "
             "decide within 60 calendar days of receiving it."),
            ("What if we say no again?", "Your case goes automatically to an Independent Review Entity. If it "
             "also says no, you can ask for a hearing with an Administrative Law Judge within 60 days of its "
             "decision."),
            ("Your enrollment", "Because you live outside our service area you may join another Medicare plan "
             "or Original Medicare during a special enrollment period. Call 1-800-MEDICARE (1-800-633-4227), "
             "24 hours a day, 7 days a week. TTY 1-877-486-2048."),
            ("Get help", "Your State Health Insurance Assistance Program (SHIP) gives free counseling. You can "
             "also name someone to act for you by filling in form CMS-1696.")]:
        d.text_line(head, 10, "B", h=5.8)
        d.para(body, 9.6)
    t = truth("denial_letter", "eligibility", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(x) for x in f["tx"]],
              denial_date=iso(notice), provider=center, appeal_deadline=iso(notice + D(days=65)),
              denial_alternates=["out_of_network"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: travel center invoice (photocopy)
def doc_invoice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    center = "Harborlight Vacation Dialysis"
    inv, acct = f"INV-{r.digits(6)}", f"{r.digits(7)}"
    mid = f"{r.letters(3)}{r.digits(6)}-01"
    date = f["tx"][-1] + D(days=r.randint(50, 70))
    billed = f["rate"] * len(f["tx"])
    d = Page("Harborlight Vacation Dialysis - remit to PO Box 414, Bangor, ME 04401", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Harborlight Vacation Dialysis", 16, "B", h=8)
    d.text_line(f"Guest dialysis for travelers  ·  Bar Harbor Road, Bangor, ME 04401  ·  {ph(r)}", 8.4, h=4.5)
    d.ln(6)
    d.set_x(120)
    d.font(9.4, "B")
    d.multi_cell(72, 5.2, f"INVOICE {inv}\nInvoice date: {fmt_date(date, 'dmy')}\nAccount: {acct}\n"
                          f"Due upon receipt", border=1)
    d.ln(4)
    for ln in ["Bill to:", f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    rows = [[fmt_date(t, "dmy"), "Rev 0821 / 90999", "Hemodialysis - guest treatment", fmt_money(f["rate"], "usd")]
            for t in f["tx"]]
    rows += [["*Total charges", "", "", fmt_money(billed, "usd")],
             ["", "", "Payment from Copperline Health Plan", "USD 0.00"],
             ["*Balance you owe", "", "", fmt_money(billed, "usd")]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 36, 80, 32], size=9, aligns="LLLR",
            head_fill=True)
    d.para(f"Your insurance (Copperline Health Plan, member ID {mid}) denied these treatments because they were "
           "out of the plan's area and were not approved before your visit. Because the plan will not pay, the "
           "full charge is now your responsibility. If you appeal and your plan later pays, we will refund you.",
           9.4)
    d.para(f"Patient DOB {fmt_date(f['dob'], 'dmy')}. Attending: Dr. Ezra L. Fairchild. Facility NPI {f['npi']}.",
           8.6)
    t = truth("other", None, member_id=mid, member_name=f["member"], claim_amount=m2(billed),
              service_dates=[iso(x) for x in f["tx"]], denial_date=iso(date), provider=center,
              unscored=["insurer"], alternates={"case_numbers": [[inv]], "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: appeal overturned (phone photo)
def doc_overturned(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Harbor HMO"
    mid, grp = f"GH{r.digits(9)}", f"{r.digits(3)}-{r.digits(4)}"
    claim, appeal = f"{r.digits(10)}", f"GA-{r.digits(6)}"
    center = "Bayside Transient Dialysis Clinic"
    notice = f["tx"][-1] + D(days=r.randint(80, 110))
    billed = f["rate"] * len(f["tx"])
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Granite Harbor HMO", 15, "B", h=7)
    d.text_line("Appeals and Grievances", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.para(f"RE: Appeal {appeal}  ·  Claim {claim}  ·  Member {mid}  ·  Group {grp}", 10, gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We have finished reviewing your appeal about dialysis at {center} from "
           f"{fmt_date(f['tx'][0], 'long')} to {fmt_date(f['tx'][-1], 'long')} ({len(f['tx'])} treatments, "
           f"{fmt_money(billed)} billed).", 10.5)
    d.para("We have reversed our decision. You showed that your home dialysis unit faxed the travel request to "
           "us eleven days before your trip, and that our fax system logged it. The request should have been "
           "reviewed and approved. We will reprocess the claim at the in-network benefit level within 30 days. "
           "You will receive a new Explanation of Benefits. You do not need to do anything else.", 10.5)
    d.para("Thank you for your patience.\n\nAppeals and Grievances, Granite Harbor HMO", 10.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["tx"][0], f["tx"][-1])], denial_date=iso(notice), provider=center,
              alternates={"service_dates": [[iso(f["tx"][0]), iso(f["tx"][-1])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: state Medicaid notice of action (rotated)
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Plainsview Medical Assistance Program"
    mid = f"{r.digits(2)}{r.letters(1)}{r.digits(6)}"
    tcn = f"{r.digits(4)}{r.digits(4)}{r.digits(5)}"
    center = "Gulf Shores Island Dialysis"
    notice = f["tx"][-1] + D(days=r.randint(30, 40))
    billed = f["rate"] * len(f["tx"])
    d = Page("SFN 1108 (Rev. 01-2026)   Notice of Action - Medical Services", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Plainsview Medical Assistance Program", 13, "B", h=6.5)
    d.text_line("State Medicaid agency  ·  Department of Human Services  ·  600 Boulevard Ave, Fargo, ND 58102", 8.6,
                h=4.6)
    d.ln(4)
    d.text_line("NOTICE OF ACTION", 13, "B", h=7, align="C")
    d.ln(2)
    d.boxes([("Date mailed", fmt_date(notice, "mdy_nopad"), 36), ("Recipient", f["member"], 60),
             ("Medicaid ID", mid, 36), ("Transaction control no.", tcn, 42)], h=12)
    d.boxes([("Provider", center, 80), ("Provider state", "Alabama", 34), ("Billed", fmt_money(billed), 30),
             ("Case worker", "T. Ibarra", 30)], h=12)
    d.ln(4)
    d.para("ACTION: Payment is denied for outpatient hemodialysis (revenue code 0821) on "
           + ", ".join(fmt_date(t, "mdy_nopad") for t in f["tx"]) + ".", 10)
    d.para(f"REASON: {center} is out of state and is not enrolled as a Plainsview Medicaid provider. Out-of-state "
           "non-emergency services are covered only when the provider enrolls and the Department approves the "
           "service before it is given. No out-of-state request was received. Rule: Medical Assistance "
           "Manual, Section 310.4 (out-of-state services).", 10)
    d.para("YOUR RIGHT TO A HEARING: You may ask for a fair hearing within 30 days of the date this notice was "
           "mailed. Call your county social service office or write to the Appeals Supervisor, 600 Boulevard "
           "Ave, Fargo, ND. You may speak for yourself or have a lawyer, relative or friend speak for you. "
           "Legal help may be available free from Plainsview Legal Aid.", 9.6)
    d.para("The provider may enroll with Plainsview Medicaid and resubmit the claim within 365 days of the date "
           "of service.", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[tcn], claim_amount=m2(billed), service_dates=[iso(x) for x in f["tx"]],
              denial_date=iso(notice), provider=center,
              denial_alternates=["prior_authorization", "other"],
              alternates={"insurer": ["Department of Human Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid monthly EOB (low-res scan)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Sentinel Health"
    mid, grp = f"PSH-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(8)}"
    claim = f"{r.digits(2)} {r.digits(4)} {r.digits(5)}"
    home = "Lantern Way Dialysis"
    start = f["tx"][0]
    tx = [start + D(days=k) for k in (0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25)]
    issued = tx[-1] + D(days=r.randint(15, 25))
    rate = f["rate"] - 200
    billed = rate * len(tx)
    d = Page("Prairie Sentinel Health  Explanation of Benefits  {p}/{n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Prairie Sentinel Health", 15, "B", h=7)
    d.text_line(f"PO Box 1500, Lubbock, TX 79401  ·  {ph(r)}", 8.4, h=4.5)
    d.ln(4)
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=7)
    d.para(f"Statement date: {fmt_date(issued, 'iso')}\nMember: {f['member']}    Member ID: {mid}    "
           f"Group: {grp}\nClaim number: {claim}    Provider: {home} (in network)", 9.4)
    d.table(["Service dates", "Rev", "Treatments", "Billed", "Allowed", "Plan paid", "You owe"],
            [[f"{fmt_date(tx[0], 'iso')} - {fmt_date(tx[-1], 'iso')}", "0821", str(len(tx)), fmt_money(billed),
              fmt_money(round(billed * 0.48, 2)), fmt_money(round(billed * 0.48, 2)), "$0.00"],
             ["*Total", "", "", fmt_money(billed), "", "", "$0.00"]],
            [50, 14, 22, 26, 26, 26, 20], size=8.6, aligns="LLRRRRR", head_fill=True)
    d.para("Your dialysis at your home unit was paid in full after your out-of-pocket maximum. You owe nothing "
           "for these treatments. Traveling soon? Call us at least two weeks before you leave so we can approve "
           "guest dialysis away from home.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(billed), service_dates=[iso(tx[0], tx[-1])],
              denial_date=iso(issued), provider=home, type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_hmo_notice, "hmo_no_notice", "born_digital"),
              (2, doc_ma_notice, "ma_denial_payment", "scan_clean_300"),
              (3, doc_invoice, "travel_invoice_copy", "photocopy"),
              (4, doc_overturned, "appeal_overturned_photo", "phone_photo"),
              (5, doc_medicaid, "medicaid_noa_sideways", "rotated"),
              (6, doc_paid_eob, "home_paid_eob", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
