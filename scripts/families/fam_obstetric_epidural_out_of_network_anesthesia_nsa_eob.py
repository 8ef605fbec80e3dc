"""Family 'obstetric_epidural_out_of_network_anesthesia_nsa_eob': labor epidurals (01967 neuraxial labor analgesia,
01968 cesarean add-on) given by out-of-network anesthesiologists at in-network hospitals, first refused as out of
network and later paid under the No Surprises Act.

Documents: a two-claim EOB (the hospital's delivery claim paid, the anesthesia claim refused as out of network;
the subscriber is the spouse); a DOL-model adverse benefit determination for another member refusing the epidural
under an EPO's no-out-of-network rule (stated appeal date); a scanned stack of the corrected EOB paying the claim
at in-network cost sharing (original and corrected claim numbers, qualifying payment amount decoy), the blank
back of its sheet, and the anesthesia group's statement after the payment; the group's open negotiation notice to
the plan (not a denial; 30-business-day and 4-business-day decoys); a letter overturning the first denial (facts
in sentences); a sideways letter refusing 01968 billed without the base epidural as a coding error; a claim-hold
letter asking whether a notice-and-consent form was signed (refuses nothing).

All values invented (insurers, hospitals, anesthesia groups, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "obstetric_epidural_out_of_network_anesthesia_nsa_eob"
LANG = "en"
SEED = 319600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
COND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), cond: bool = False, header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)
        if cond:
            self.add_font("DVCond", "", COND)
            self.add_font("DVCond", "B", COND_B)
            self.base_font = "DVCond"


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def woman(r: Rand) -> tuple[str, str, str]:
    first = r.choice(["Lorraine", "Yolanda", "Mei", "Brianna", "Marisol", "Naomi", "Ingrid", "Beatriz", "Odette",
                      "Harriet", "Leticia", "Sunita"])
    last = r.choice(["Abernathy", "Pemberton", "Strand", "Holloway", "Tanaka", "Greer", "Fairchild", "Kessler",
                     "Lomax", "Prescott", "Szabo", "Winslow"])
    return f"{first} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}", first, last


def story(r: Rand) -> dict:
    """One delivery followed through the EOB, the corrected EOB, the group's statement and notices."""
    pat, first, last = woman(r)
    sub_first = r.choice(["Desmond", "Percy", "Anselm", "Theo", "Gideon", "Rufus", "Kwame", "Colin", "Ezra"])
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 120))
    units = r.randint(14, 22)
    epi = float(units * r.choice([145, 160, 175]))
    csec = float(r.randint(7, 11) * r.choice([145, 160]))
    return dict(pat=pat, first=first, last=last, sub=f"{sub_first} {r.choice('BCDJKLMRST')}. {last}",
                addr=r.address(), dos=dos, dob=dt.date(r.randint(1986, 2000), r.randint(1, 12), r.randint(1, 28)),
                ins="Larchmont Vale Health Insurance Company", short="Larchmont Vale Health",
                mid=f"HLH{r.digits(9)}", grp=f"{r.digits(7)}", claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}",
                claim2=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", hclaim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}",
                group="Cascade Obstetric Anesthesia Partners, PLLC", gshort="Cascade Obstetric Anesthesia Partners",
                doc="Dr. Wendell K. Marchetti, MD", docname="Wendell K. Marchetti",
                hosp="St. Aldric Women's & Family Hospital", epi=epi, csec=csec, units=units,
                npi=r.npi(), tin=f"91-{r.digits(7)}")


# ---------------------------------------------------------------- 0: two-claim EOB, anesthesia denied (photocopy)
def doc_first_eob(r: Rand, s: dict) -> tuple[bytes, dict]:
    stmt = s["dos"] + dt.timedelta(days=r.randint(24, 34))
    s["eob1"] = stmt
    hosp_b = float(r.randint(9800, 16400))
    hosp_a = round(hosp_b * 0.52, 2)
    billed = s["epi"] + s["csec"]
    d = Page("HLH-EOB-2  |  Questions? Call the number on your member ID card  |  {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line(s["short"].upper(), 16, "B", h=8)
    d.text_line(f"{s['ins']}  -  PO Box 4490, Spokane, WA 99220", 8.4, h=4.5)
    d.ln(2)
    d.set_line_width(0.6)
    d.rect(14, d.get_y(), 188, 30)
    y = d.get_y() + 2
    d.set_xy(17, y)
    d.font(11, "B")
    d.cell(90, 6, "Your Explanation of Benefits")
    d.font(8.8)
    rows = [("Statement date", fmt_date(stmt, "dmy")), ("Subscriber", s["sub"]), ("Subscriber ID", s["mid"]),
            ("Group no.", s["grp"])]
    for i, (lab, val) in enumerate(rows):
        d.set_xy(110, y + i * 6)
        d.font(8.6, "B")
        d.cell(30, 5.5, lab)
        d.font(8.6)
        d.cell(0, 5.5, val)
    d.set_xy(17, y + 8)
    d.font(8.6)
    d.multi_cell(88, 4.6, "\n".join([s["sub"], *s["addr"]]))
    d.set_y(y + 32)
    d.para(f"Claims for: {s['pat']} (spouse)   Date of birth {fmt_date(s['dob'], 'dmy')}", 9)
    head = ["Date", "Service", "Billed", "Network discount", "Plan paid", "Patient owes", "Code"]
    wid = [22, 62, 22, 28, 22, 22, 10]
    d.font(9, "B")
    d.cell(0, 6, f"Claim {s['hclaim']}  -  {s['hosp']}  -  in network", border="B", new_x="LMARGIN", new_y="NEXT")
    d.table(head, [[fmt_date(s["dos"], "dmy"), "Labor & delivery room, 2 days", fmt_money(hosp_b),
                    fmt_money(hosp_b - hosp_a), fmt_money(hosp_a - 500), "$500.00", "D1"]], wid, size=8.2,
            aligns="LLRRRRL", border_head="")
    d.font(9, "B")
    d.cell(0, 6, f"Claim {s['claim']}  -  {s['gshort']}  -  out of network", border="B",
           new_x="LMARGIN", new_y="NEXT")
    d.table(head, [[fmt_date(s["dos"], "dmy"), f"01967 Labor epidural ({s['units']} units)", fmt_money(s["epi"]),
                    "$0.00", "$0.00", fmt_money(s["epi"]), "N4"],
                   [fmt_date(s["dos"], "dmy"), "01968 Cesarean after epidural", fmt_money(s["csec"]), "$0.00",
                    "$0.00", fmt_money(s["csec"]), "N4"],
                   ["*Total", "", fmt_money(billed), "$0.00", "$0.00", fmt_money(billed), ""]], wid, size=8.2,
            aligns="LLRRRRL", border_head="")
    d.text_line("Explanation codes", 9.5, "B", h=5.5)
    d.para("D1  Your in-network hospital copay for a maternity admission.", 8.4, gap=1)
    d.para("N4  This provider is not in your plan's network. Your plan does not cover services from providers "
           "outside the network except emergencies. The provider may bill you for the full charge.", 8.4, gap=2)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You may ask us to review this decision. Your appeal must be filed within 180 days of the date of this "
           "statement. You can also contact the Washington Office of the Insurance Commissioner. For urgent care "
           "situations a decision is made within 72 hours.", 8.4)
    d.para(f"Anesthesiologist: {s['doc']}, NPI {s['npi']}. Claim received {fmt_date(s['dos'] + dt.timedelta(days=9), 'dmy')}.",
           8)
    t = truth("eob", "out_of_network", insurer=s["ins"], group_number=s["grp"], member_id=s["mid"],
              member_name=s["pat"], case_numbers=[s["claim"]], claim_amount=m2(billed),
              service_dates=[iso(s["dos"])], denial_date=iso(stmt), provider=s["gshort"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"provider": [s["docname"]], "insurer": [s["short"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: DOL-model adverse benefit determination
def doc_dol_letter(r: Rand) -> tuple[bytes, dict]:
    pat, first, last = woman(r)
    addr = r.address()
    ins = "Juniper Ridge Assurance Co."
    plan = "Falcon Mills Employee Health Plan (EPO)"
    mid, grp = f"JR{r.digits(4)}-{r.digits(4)}", f"FM{r.digits(5)}"
    claim = f"{r.digits(10)}"
    notice_id = f"ABD-{r.digits(6)}"
    dos = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 100))
    notice = dos + dt.timedelta(days=r.randint(25, 40))
    by = notice + dt.timedelta(days=180)
    billed = float(r.randint(16, 24) * 150)
    group, doc = "Lowland Anesthesia Consultants", "Dr. Sunita P. Rutledge"
    hosp = "Greer Valley Medical Center"
    d = Page("Juniper Ridge Assurance Co. | Notice of Adverse Benefit Determination | {p} of {n}",
             margins=(20, 16, 20), header="Notice ID " + notice_id + " (continued)")
    d.add_page()
    d.text_line("Juniper Ridge Assurance", 15, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.6, h=4.6)
    d.text_line(f"PO Box 88120, Boise, ID 83707  |  Phone {ph(r)}  |  Fax {ph(r)}", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [pat, *addr]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B", h=7)
    d.para("This notice tells you that we have denied all or part of a claim. Important details about the "
           "claim are below.", 9.6)
    rows = [("Patient name", pat), ("Identification number", mid), ("Group", grp), ("Claim number", claim),
            ("Notice ID", notice_id), ("Provider of service", f"{group} ({doc})"),
            ("Facility", hosp + " (in network)"), ("Date of service", fmt_date(dos, "iso")),
            ("Billed amount", fmt_money(billed, "usd")), ("Service", "01967 Neuraxial labor analgesia"),
            ("Denial code", "CO-242 / N130")]
    for lab, val in rows:
        d.font(9.4, "B")
        d.cell(58, 6, lab, border=1)
        d.font(9.4)
        d.cell(0, 6, val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Reason for the decision", 10.5, "B", h=6)
    d.para(f"Your plan is an exclusive provider organization. It pays only for care from network providers, "
           f"except emergency care. {group} is not a network provider, so the labor epidural was denied "
           "(Summary Plan Description, Article 6.3, \"Out-of-network services\"). We did not use any internal "
           "rule or medical necessity criteria.", 9.6)
    d.para("Diagnosis and treatment codes and their meanings are available on request. Such a request is not an "
           "appeal.", 9.6)
    d.add_page()
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para(f"You have 180 days to appeal. Your appeal must be received by {fmt_date(by, 'long')}. Send it to "
           "Juniper Ridge Appeals at the address above. You may submit written comments and records and ask, "
           "free of charge, for copies of all documents relevant to your claim. If we deny your appeal, you may "
           "ask for an external review within 4 months of the final decision and may bring a civil action under "
           "ERISA section 502(a).", 9.6)
    d.text_line("Other help", 10.5, "B", h=6)
    d.para("For questions about your rights you may contact the Employee Benefits Security Administration at "
           "1-866-444-3272. Your state consumer assistance program can also help.", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=pat,
              case_numbers=[claim, notice_id], claim_amount=m2(billed), service_dates=[iso(dos)],
              denial_date=iso(notice), provider=group, appeal_deadline=iso(by),
              alternates={"case_numbers": [[claim]], "provider": ["Sunita P. Rutledge"],
                          "insurer": ["Juniper Ridge Assurance", plan]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: stack: corrected EOB + blank back + group bill
def doc_corrected_eob(r: Rand, s: dict) -> tuple[bytes, dict]:
    stmt = s["dos"] + dt.timedelta(days=r.randint(70, 95))
    s["eob2"] = stmt
    billed = s["epi"] + s["csec"]
    qpa = round(billed * r.uniform(0.38, 0.46), 2)
    ded = 450.0
    coins = round((qpa - ded) * 0.1, 2)
    paid = round(qpa - ded - coins, 2)
    s.update(paid=paid, owe=ded + coins, billed=billed)
    d = Page(None, margins=(16, 14, 16), cond=True)
    d.add_page()
    d.text_line(s["short"], 17, "B", h=8)
    d.text_line("Explanation of Benefits  -  Reprocessed claim", 11, h=6)
    d.text_line(f"{s['ins']}, PO Box 4490, Spokane, WA 99220  -  Member Services {ph(r)}", 8.2, h=4.4)
    d.rule(0.8, 3)
    d.boxes([("Issued", fmt_date(stmt, "long"), 40),
             ("Member (patient)", s["pat"], 52), ("Member no.", s["mid"], 40), ("Employer group", s["grp"], 32),
             ("Network", "OON - NSA", 20)], h=12)
    d.boxes([("Corrected claim", s["claim2"], 46), ("Replaces claim", s["claim"], 46),
             ("Rendering provider", s["gshort"], 92)], h=12)
    d.ln(4)
    d.table(["Service date", "Code", "Description", "Billed", "Recognized amount", "Plan paid", "You owe"],
            [[fmt_date(s["dos"], "long"), "01967", "Labor epidural", fmt_money(s["epi"]), "", "", ""],
             [fmt_date(s["dos"], "long"), "01968", "Add-on, cesarean after epidural", fmt_money(s["csec"]), "", "",
              ""],
             ["*Claim total", "", "", fmt_money(billed), fmt_money(qpa), fmt_money(paid),
              fmt_money(ded + coins)]],
            [32, 14, 50, 22, 30, 20, 18], size=8.4, aligns="LLLRRRR", head_fill=True)
    d.text_line("Why this claim was reprocessed", 10, "B", h=6)
    d.para(f"We first processed this claim as out of network. Because the anesthesia was given at {s['hosp']}, "
           "an in-network hospital, and you did not sign a notice-and-consent form, the federal No Surprises Act "
           "protects you. We have paid the claim using your in-network deductible and 10% coinsurance, based on "
           f"the recognized amount (the qualifying payment amount, {fmt_money(qpa)}). The anesthesia group may "
           "not bill you more than the amount in the \"You owe\" column.", 9)
    d.para("Nothing on this claim is denied. If you disagree with how we processed it, you may ask for a review "
           "within 180 days after you receive this statement. For help with surprise bills, call the No "
           "Surprises Help Desk at 1-800-985-3059.", 9)
    d.para(f"Deductible met this year: $450.00 of $450.00. Out-of-pocket met: {fmt_money(ded + coins + 500)} of "
           "$4,500.00.", 8.4)
    t = truth("eob", None, insurer=s["ins"], group_number=s["grp"], member_id=s["mid"], member_name=s["pat"],
              case_numbers=[s["claim2"]], claim_amount=m2(billed), service_dates=[iso(s["dos"])],
              denial_date=iso(stmt), provider=s["gshort"], type_alternates=["other"],
              alternates={"case_numbers": [[s["claim2"], s["claim"]]], "insurer": [s["short"]]})
    return pdf_bytes(d), t


def doc_group_bill(r: Rand, s: dict) -> tuple[bytes, dict]:
    bill = s["eob2"] + dt.timedelta(days=r.randint(8, 16))
    acct = f"{r.digits(3)}-{r.digits(5)}"
    adj = round(s["billed"] - s["paid"] - s["owe"], 2)
    d = Page("Please detach the lower portion and return it with your payment.", margins=(18, 14, 18))
    d.add_page()
    d.text_line(s["gshort"], 15, "B", h=7)
    d.text_line(f"Billing office: 2201 Riverfront Pkwy, Suite 400, Spokane, WA 99201  -  {ph(r)}", 8.6, h=4.6)
    d.text_line(f"Federal tax ID {s['tin']}", 8.6, h=4.6)
    d.ln(5)
    kv(d, [("STATEMENT DATE", fmt_date(bill, "abbr")), ("ACCOUNT", acct), ("PATIENT", s["pat"]),
           ("RESPONSIBLE PARTY", s["sub"]), ("ANESTHESIOLOGIST", s["doc"]), ("LOCATION", s["hosp"])], lw=48,
       size=9.2, h=5.4)
    d.ln(4)
    rows = [[fmt_date(s["dos"], "abbr"), "01967", "Anesthesia for labor (epidural)", fmt_money(s["epi"])],
            [fmt_date(s["dos"], "abbr"), "01968", "Anesthesia add-on, cesarean delivery", fmt_money(s["csec"])],
            ["*", "", "Total charges", fmt_money(s["billed"])],
            [fmt_date(s["eob2"], "abbr"), "", f"{s['short']} payment, claim {s['claim2']}", "-" + fmt_money(s["paid"])],
            [fmt_date(s["eob2"], "abbr"), "", "Contractual adjustment (No Surprises Act)", "-" + fmt_money(adj)],
            ["*", "", "Your balance", fmt_money(s["owe"])]]
    d.table(["Date", "CPT", "Description", "Amount"], rows, [28, 18, 106, 28], size=8.8, aligns="LLLR",
            border_head="TB")
    d.para("Your insurance has processed this claim. Under the No Surprises Act you owe only your in-network "
           "cost sharing, shown above as your balance. Please pay within 30 days or call us to set up a payment "
           "plan.", 9.4)
    d.para(f"Patient DOB {fmt_date(s['dob'], 'abbr')}  |  Insurance ID {s['mid']}  |  NPI {s['npi']}", 8.4)
    d.ln(6)
    d.text_line("- " * 48, 8, h=5)
    d.para(f"Account {acct}    Balance {fmt_money(s['owe'])}    Amount enclosed $________", 9.4)
    t = truth("other", None, member_id=s["mid"], member_name=s["pat"], case_numbers=[s["claim2"]],
              claim_amount=m2(s["billed"]), service_dates=[iso(s["dos"])], denial_date=iso(bill),
              provider=s["gshort"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [s["docname"]], "claim_amount": [m2(s["owe"])]})
    return pdf_bytes(d), t


def kv(d: Page, rows, lw: float = 38, size: float = 9, h: float = 5):
    for lab, val in rows:
        d.font(size - 1.2, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def item_stack(r: Rand, s: dict) -> Item:
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_corrected_eob(r, s), doc_group_bill(r, s)],
                separators=["duplex", None])


# ---------------------------------------------------------------- 3: open negotiation notice (provider to plan)
def doc_open_negotiation(r: Rand, s: dict) -> tuple[bytes, dict]:
    sent = s["eob2"] + dt.timedelta(days=r.randint(5, 12))
    offer = round(s["billed"] * 0.78, 2)
    d = Page("Open Negotiation Notice - page {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("OPEN NEGOTIATION NOTICE", 14, "B", align="C", h=8)
    d.text_line("No Surprises Act - 42 U.S.C. 300gg-111(c)(1)(B)", 8.6, align="C", h=5)
    d.ln(3)
    d.para(f"From: {s['group']}, TIN {s['tin']}   To: {s['ins']}, Provider Dispute Unit, by fax", 9.2)
    d.para(f"Date this notice is sent: {fmt_date(sent, 'slash')}", 9.2)
    d.ln(1)
    d.text_line("Item or service in question", 10.5, "B", h=6)
    d.boxes([("Patient", s["pat"], 56), ("Plan member ID", s["mid"], 44), ("Claim number", s["claim2"], 42),
             ("Date of service", fmt_date(s["dos"], "slash"), 34)])
    d.boxes([("Service codes", "01967, 01968", 40), ("Place", s["hosp"], 86), ("Billed charge",
             fmt_money(s["billed"]), 50)])
    d.boxes([("Initial payment received", fmt_money(s["paid"]), 56), ("Date of initial payment",
             fmt_date(s["eob2"], "slash"), 46), ("Our offer of total payment", fmt_money(offer), 74)])
    d.ln(4)
    d.para("This notice starts a 30-business-day open negotiation period for the item or service above. We do "
           "not agree that the initial payment is the right total payment for anesthesia by a board-certified "
           "obstetric anesthesiologist. If we do not reach an agreement by the end of the open negotiation "
           "period, either party may start the federal independent dispute resolution (IDR) process within 4 "
           "business days after the period ends.", 9.6)
    d.para("This notice is not a bill to the patient. The patient owes only in-network cost sharing under the "
           "No Surprises Act and is not part of this negotiation.", 9.6)
    d.text_line("Contact for this negotiation", 10.5, "B", h=6)
    d.para(f"Revenue Integrity, {s['gshort']}, {ph(r)}, negotiations@example.invalid. Rendering physician: "
           f"{s['doc']}, NPI {s['npi']}.", 9.4)
    t = truth("other", None, member_id=s["mid"], member_name=s["pat"], case_numbers=[s["claim2"]],
              claim_amount=m2(s["billed"]), service_dates=[iso(s["dos"])], denial_date=iso(sent),
              provider=s["gshort"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [s["docname"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: overturned appeal (facts in sentences)
def doc_overturn(r: Rand, s: dict) -> tuple[bytes, dict]:
    appeal = f"GA{r.digits(7)}"
    recv = s["eob1"] + dt.timedelta(days=r.randint(10, 20))
    notice = recv + dt.timedelta(days=r.randint(12, 25))
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line(s["short"], 14, "B", h=7)
    d.text_line("Member Appeals", 10, h=5.5)
    d.text_line(f"PO Box 4495  ·  Spokane, WA 99220  ·  {ph(r)}", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [s["sub"], *s["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {s['sub'].split()[0]} {s['last']}:", 10.5)
    d.para(f"Thank you for your appeal, which we received on {fmt_date(recv, 'long')} and numbered {appeal}. "
           f"You asked us to reconsider claim {s['claim']} for the labor epidural that {s['doc']} of "
           f"{s['gshort']} gave your wife, {s['pat']}, at {s['hosp']} on {fmt_date(s['dos'], 'long')}. The "
           f"charges were {fmt_money(s['epi'] + s['csec'])}.", 10.5)
    d.para("We have reversed our decision. The anesthesia was provided at an in-network hospital by an "
           "out-of-network anesthesiologist, and no notice-and-consent form was signed. Under the No Surprises "
           "Act your plan must cover these services as if they were in network, and you may only be asked to pay "
           "your in-network cost sharing.", 10.5)
    d.para("We will reprocess the claim within 30 days and send you a new Explanation of Benefits. If the "
           "anesthesia group has billed you for more than your cost sharing, you do not have to pay the extra "
           f"amount. Your member ID is {s['mid']} and your group number is {s['grp']}.", 10.5)
    d.para("Sincerely,\n\nAppeals Review Nurse\nLarchmont Vale Health Insurance Company", 10.5)
    t = truth("other", None, insurer=s["ins"], group_number=s["grp"], member_id=s["mid"], member_name=s["pat"],
              case_numbers=[appeal, s["claim"]], claim_amount=m2(s["epi"] + s["csec"]),
              service_dates=[iso(s["dos"])], denial_date=iso(notice), provider=s["gshort"],
              alternates={"case_numbers": [[appeal]], "provider": [s["docname"]], "insurer": [s["short"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: coding denial, 01968 without 01967 (rotated)
def doc_coding(r: Rand) -> tuple[bytes, dict]:
    pat, first, last = woman(r)
    addr = r.address()
    ins = "Ostrander Valley Health Plan"
    mid, grp, pid = f"OV{r.digits(10)}", f"{r.digits(4)}-{r.digits(4)}", f"OVHP-{r.letters(1)}{r.digits(2)}"
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(6)}"
    dos = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 90))
    notice = dos + dt.timedelta(days=r.randint(20, 35))
    csec = float(r.randint(8, 12) * 140)
    group = "Meridian Women's Anesthesia Group"
    d = Page("Ostrander Valley Health Plan  ·  claim letter  ·  {p}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("OSTRANDER VALLEY", 15, "B", h=7)
    d.text_line("HEALTH PLAN", 10, "B", h=5)
    d.ln(4)
    y = d.get_y()
    for ln in [pat, *addr]:
        d.text_line(ln, 9.8, h=5)
    d.set_y(y)
    for lab, val in [("Letter date", fmt_date(notice, "mdy_nopad")), ("Plan", pid), ("Member ID", mid),
                     ("Group", grp), ("Claim #", claim)]:
        d.set_x(120)
        d.font(8.6, "B")
        d.cell(26, 5, lab)
        d.font(8.6)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.text_line("We could not pay one line of your anesthesia claim", 11.5, "B", h=7)
    d.para(f"{group} billed us {fmt_money(csec)} for anesthesia code 01968 (anesthesia for a cesarean delivery "
           f"following a labor epidural) on {fmt_date(dos, 'mdy_nopad')}. Code 01968 is an add-on code. It can "
           "only be paid together with the base code 01967 for the same delivery on the same claim. The claim we "
           "received did not include 01967, so the add-on line was denied as billed incorrectly.", 10)
    d.para("This is a billing issue, not a coverage decision about your care. We have told the anesthesia group "
           "that it may send a corrected claim with both codes. Until then, you should not be billed for this "
           "line.", 10)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You can file an appeal within 180 days of the date of this letter. Call Member Services at "
           f"{ph(r)} or write to Appeals, Ostrander Valley Health Plan, 60 Commerce Row, Rapid City, SD 57701. "
           "Our office hours changed on January 5, 2026; we are now open 7 a.m. to 7 p.m.", 10)
    d.para(f"Claim received {fmt_date(notice - dt.timedelta(days=12), 'mdy_nopad')}. Provider NPI {r.npi()}.", 8.4)
    t = truth("denial_letter", "coding_error", insurer=ins, plan_id=pid, group_number=grp, member_id=mid,
              member_name=pat, case_numbers=[claim], claim_amount=m2(csec), service_dates=[iso(dos)],
              denial_date=iso(notice), provider=group, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: claim hold: was consent signed? (low res)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    pat, first, last = woman(r)
    addr = r.address()
    ins = "Bridgewater Cooperative Health"
    mid = f"BCH{r.digits(3)}{r.letters(1)}{r.digits(5)}"
    claim = f"{r.digits(3)}-{r.digits(7)}"
    dos = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 100))
    notice = dos + dt.timedelta(days=r.randint(14, 24))
    billed = float(r.randint(15, 21) * 165)
    group = "Tallow Creek Anesthesia Associates"
    hosp = "Bridgewater Birth Center at Mercy Hill"
    d = Page(None, margins=(30, 20, 30))
    d.add_page()
    d.text_line("Bridgewater Cooperative Health", 13, "B", h=7)
    d.text_line(f"Claims Research  -  {ph(r)}", 9, h=5)
    d.ln(10)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(3)
    for ln in [pat, *addr]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Your claim is on hold - we need one answer from you", 11, "B", h=7)
    d.para(f"Hello {first} {last}. We received a claim from {group} for a labor epidural on "
           f"{fmt_date(dos, 'long')} at {hosp}, for {fmt_money(billed)}. The claim number is {claim} and your "
           f"member number is {mid}.", 10)
    d.para("The anesthesia group is not in our network, but the birth center is. Federal law may protect you from "
           "a surprise bill for this care unless you signed a form giving up those protections (a \"notice and "
           "consent\" form). Please tell us whether you signed such a form before the epidural, and send a copy "
           "if you have one.", 10)
    d.para("This is not a denial. We have not decided this claim yet and you do not need to pay anything now. If "
           "we do not hear from you within 45 days, we will process the claim as if no form was signed, which is "
           "usually best for you.", 10)
    d.para("You can reply by phone, through the member portal, or by writing to Claims Research, PO Box 1019, "
           "Montpelier, VT 05601.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=pat, case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(notice), provider=group)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    s = story(Rand(SEED + 100))
    items = [Item(f"{FAMILY}_first_eob", "photocopy", [doc_first_eob(Rand(SEED), s)]),
             Item(f"{FAMILY}_dol_notice", "born_digital", [doc_dol_letter(Rand(SEED + 1))]),
             item_stack(Rand(SEED + 2), s),
             Item(f"{FAMILY}_open_negotiation", "fax_standard_g4", [doc_open_negotiation(Rand(SEED + 3), s)]),
             Item(f"{FAMILY}_overturned_appeal", "phone_photo", [doc_overturn(Rand(SEED + 4), s)]),
             Item(f"{FAMILY}_addon_coding", "rotated", [doc_coding(Rand(SEED + 5))]),
             Item(f"{FAMILY}_consent_hold", "scan_lowres_150", [doc_hold(Rand(SEED + 6))])]
    return items
