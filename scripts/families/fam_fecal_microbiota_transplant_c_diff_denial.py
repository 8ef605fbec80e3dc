"""Family 'fecal_microbiota_transplant_c_diff_denial': treatments to prevent recurrent Clostridioides difficile
infection: fecal microbiota, live-jslm (J1440, Rebyota, rectal), instillation of fecal microbiota suspension by
enema (0780T), preparation of fecal microbiota (44705) with colonoscopy (45378), and the oral product (fecal
microbiota spores, live-brpk) at the pharmacy. Refused before a second recurrence, as an investigational route,
for no prior authorization; later approved and paid.

Documents: a two-page marketplace plan letter (prose, facts in sentences) denying Rebyota before two recurrences;
a standard-fax stack of an employer plan letter with a label sidebar (donor FMT by colonoscopy investigational)
whose blank back follows, and the GI practice's bill; a landscape three-claim EOB (visit and lab paid, 0780T
denied); a phone photo of a pharmacy counter reject slip for the oral product; a sideways grievance resolution
reversing a denial; a low-resolution Medicaid managed care notice of adverse benefit determination (no prior
authorization); a photocopied paid EOB for a dependent (subscriber is a decoy).

Decoys: DOB, NPIs, BIN/PCN/Rx numbers, account numbers, the paid claims, allowed / paid / you-owe amounts, the
previous infection dates, 72-hour, 4-month, 120-day fair hearing and 10-day continuation limits. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "fecal_microbiota_transplant_c_diff_denial"
LANG = "en"
SEED = 303600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
GI = ["Dr. Mireille A. Okonkwo", "Dr. Barnaby J. Thistlewood", "Dr. Anika R. Sorensen", "Dr. Lucan P. Ferreira"]
PRACTICE = "Tidewater Digestive Health Partners"


class Page(Doc):
    def __init__(self, foot=None, head=None, margins=(16, 14, 16), orientation="P"):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins, orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"{r.choice(['800', '855', '877'])}.{r.digits(3)}.{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 110))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, npi=r.npi(), gi=r.choice(GI),
                dob=dt.date(r.randint(1950, 1995), r.randint(1, 12), r.randint(1, 28)),
                ep1=dos - dt.timedelta(days=r.randint(120, 160)), ep2=dos - dt.timedelta(days=r.randint(40, 70)))


# ---------------------------------------------------------------- 0: marketplace letter, two pages, born digital
def doc_marketplace(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sandpiper Coast Health Plan"
    plan_id = f"{r.digits(5)}FL{r.digits(7)}"
    mid, req = f"SCH{r.digits(9)}", f"{r.digits(2)}{r.letters(1)}{r.digits(7)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 14))
    recv = notice - dt.timedelta(days=r.randint(3, 6))
    d = Page("Sandpiper Coast Health Plan  ·  {p}", head=f"{f['member']}  ·  request {req}  ·  continued",
             margins=(24, 18, 24))
    d.add_page()
    d.text_line("Sandpiper Coast Health Plan", 15, "B", h=7.5)
    d.text_line("A Qualified Health Plan offered through the Health Insurance Marketplace", 8.6, h=4.6)
    d.text_line(f"PO Box 31077, Tampa Bay Station, FL 33601  ·  Member services {ph(r)}", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.3)
    d.para(f"On {fmt_date(recv, 'long')}, {f['gi']} asked us to approve fecal microbiota, live-jslm (Rebyota, "
           f"J1440), a single rectal dose to prevent C. difficile infection from coming back, to be given on "
           f"{fmt_date(f['dos'], 'long')}. We call this request number {req}. It was reviewed under your plan, "
           f"Sandpiper Silver 2500 (plan ID {plan_id}), for member number {mid}.", 10.3)
    d.para("We have decided not to approve it.", 10.3, gap=3)
    d.text_line("Why we made this decision", 11, "B", h=6.5)
    d.para("Our medical policy MP-GI-118 covers fecal microbiota products for members who have had at least two "
           "recurrences of C. difficile infection after a first episode (three episodes in all), each confirmed "
           "by a stool test and treated with antibiotics. The records we received show your first infection on "
           f"{fmt_date(f['ep1'], 'long')} and one recurrence on {fmt_date(f['ep2'], 'long')}. They do not show a "
           "second recurrence. Based on this, the product is not medically necessary for you at this time. A "
           "gastroenterologist reviewed this request.", 10.3)
    d.add_page()
    d.para("If you have another recurrence, your doctor may send a new request with the stool test results. You "
           "may ask for a free copy of the policy and the records we used.", 10.3)
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You may ask us to reconsider. Send your appeal within 180 days of the date of this letter to Sandpiper "
           "Coast Health Plan, Appeals, PO Box 31079, Tampa Bay Station, FL 33601. If your health would be put "
           "at serious risk by waiting, call us to ask for an expedited appeal, which we decide within 72 hours.",
           10.3)
    d.para("After our final decision, you can ask for an external review by an independent reviewer within 4 "
           "months. The Florida Department of Financial Services consumer helpline can help you with an appeal.",
           10.3)
    d.para("Sincerely,\n\nUtilization Management\nSandpiper Coast Health Plan", 10.3)
    d.para(f"cc: {f['gi']}, {PRACTICE} (NPI {f['npi']})", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, plan_id=plan_id, member_id=mid,
              member_name=f["member"], case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["gi"], appeal_deadline=iso(notice + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: employer plan sidebar + GI bill
def doc_employer(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Harrowgate Benefit Services"
    d = Page(None, margins=(12, 14, 14))
    d.add_page()
    d.text_line("HARROWGATE BENEFIT SERVICES", 14, "B", h=7)
    d.text_line(f"Claims administrator for the Meridel Foods Employee Medical Plan  ·  {ph(r)}", 8.6, h=5)
    d.rule(0.6, 4)
    top = d.get_y()
    d.set_fill_color(225, 225, 225)
    d.rect(12, top, 56, 150, "F")
    y = top + 3
    for lab, val in [("Letter date", fmt_date(f["notice"], "dmy")), ("Plan participant", f["member"]),
                     ("Identification", f["mid"]), ("Group", f["grp"]), ("Claim", f["claim"]),
                     ("Date of service", fmt_date(f["dos"], "dmy")), ("Billed", fmt_money(f["billed"])),
                     ("Treating physician", f["gi"])]:
        d.set_xy(15, y)
        d.font(7, "B")
        d.cell(50, 3.5, lab.upper())
        d.set_xy(15, y + 4)
        d.font(9.2)
        d.multi_cell(50, 4.6, val)
        y = d.get_y() + 3.5
    d.set_left_margin(74)
    d.set_xy(74, top)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 9.8, gap=5)
    d.text_line("Notice of adverse benefit determination", 11.5, "B", h=6.5)
    d.para("We processed the claim shown at left from "
           f"{PRACTICE} for fecal microbiota transplantation by colonoscopy (45378 and 44705, preparation of donor "
           "material from a stool bank). The claim is denied.", 9.8)
    d.text_line("Reason", 10.5, "B", h=6)
    d.para("The Plan excludes experimental or investigational services (Summary Plan Description, Article VIII, "
           "item 14). Donor stool given by colonoscopy is not an FDA-approved product, and the Plan's medical "
           "policy considers this route investigational now that FDA-approved fecal microbiota products are "
           "available. The approved products are covered with prior approval.", 9.8)
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para("You may appeal within 180 days of the date of this letter. Write to Harrowgate Benefit Services, "
           "Appeals, PO Box 560, Macon, GA 31201. You may ask for free copies of the documents used in deciding "
           "your claim, and you have the right to bring a civil action under ERISA section 502(a) after the "
           "appeal. Urgent appeals are decided within 72 hours.", 9.8)
    d.para(f"Provider NPI {f['npi']}.  Claim received {fmt_date(f['notice'] - dt.timedelta(days=17), 'dmy')}.", 8.4)
    d.set_left_margin(12)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["gi"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"provider": [PRACTICE], "insurer": ["Meridel Foods Employee Medical Plan"]})
    return pdf_bytes(d), t


def doc_gi_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"{r.digits(7)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(PRACTICE, 15, "B", h=7.5, align="R")
    d.text_line("Gastroenterology · Endoscopy · Hepatology", 8.6, h=4.6, align="R")
    d.text_line(f"2201 Harbor View Road, Macon, GA 31201 · Billing {ph(r)}", 8.6, h=4.6, align="R")
    d.ln(6)
    d.text_line("BILL FOR SERVICES", 12, "B", h=7)
    for lab, val in [("Bill date", fmt_date(bill, "mdy_nopad")), ("Patient account", acct), ("Patient", f["member"]),
                     ("Physician", f["gi"]), ("Insurance on file", f"Harrowgate Benefit Services, ID {f['mid']}")]:
        d.font(9.4)
        d.cell(40, 5.2, lab + " ....")
        d.font(9.4, "B")
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = [[fmt_date(f["dos"], "mdy_nopad"), c, desc, fmt_money(a, "nosign")] for c, desc, a in f["lines"]]
    rows += [["", "", "Total charges", fmt_money(f["billed"], "nosign")],
             ["", "", "Insurance payment", "0.00"],
             ["", "", "Insurance denied - now patient responsibility", fmt_money(f["billed"], "nosign")],
             ["*Amount due now", "", "", fmt_money(f["billed"], "nosign")]]
    d.table(["Date", "CPT", "Service", "Charge"], rows, [26, 20, 104, 30], size=8.8, aligns="LLLR")
    d.para("Your insurer did not pay this visit. If you are appealing, call us and we will place your account on "
           "hold for 60 days. Prompt-pay discount: pay in full within 30 days of this bill and save 15%.", 9.2)
    d.para("- - - - - - - - - - - - - - return this part with your payment - - - - - - - - - - - - - -", 8)
    d.para(f"Account {acct}     Amount due {fmt_money(f['billed'])}     Paid $__________", 9.2)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=PRACTICE, unscored=["insurer"],
              alternates={"provider": [f["gi"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"HBS{r.digits(7)}", grp=f"MF-{r.digits(4)}", claim=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}")
    f["lines"] = [("45378", "Colonoscopy, diagnostic", float(r.randint(1450, 1900))),
                  ("44705", "Preparation of fecal microbiota for instillation", float(r.randint(780, 1150))),
                  ("99213", "Office visit, established patient", float(r.randint(180, 260)))]
    f["lines"] = f["lines"][:2]
    f["billed"] = sum(x[2] for x in f["lines"])
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(26, 38))
    return Item(f"{FAMILY}_fax_employer_stack", "fax_standard_g4", [doc_employer(r, f), doc_gi_bill(r, f)],
                separators=["duplex", None])


# ---------------------------------------------------------------- 2: landscape three-claim EOB
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Corvallis Ridge Health Insurance Company"
    mid, grp = f"{r.letters(3)}{r.digits(6)}-01", f"{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(22, 34))
    lab = "Beacon Reference Laboratories"
    c1, c2, c3 = (f"{r.digits(3)}-{r.digits(8)}" for _ in range(3))
    d1 = f["dos"] - dt.timedelta(days=r.randint(15, 25))
    claims = [(c1, f["gi"], d1, [("99204", "New patient visit", float(r.randint(300, 420)))], None),
              (c2, lab, d1, [("87493", "C. difficile toxin gene, PCR", float(r.randint(160, 240)))], None),
              (c3, f["gi"], f["dos"], [("0780T", "Fecal microbiota instillation, enema", float(r.randint(900, 1300))),
                                       ("44705", "Prep of fecal microbiota", float(r.randint(700, 1000)))], "X7")]
    d = Page("Corvallis Ridge Health  ·  Explanation of Benefits  ·  This is not a bill  ·  {p} of {n}",
             margins=(12, 10, 12), orientation="L")
    d.add_page()
    d.text_line("CORVALLIS RIDGE HEALTH", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Explanation of Benefits  ·  PO Box 4408, Pueblo, CO 81003  ·  {ph(r)}", 8.4, h=4.6)
    d.ln(2)
    d.boxes([("Processed on", fmt_date(stmt, "dmy"), 38), ("Member", f["member"], 60), ("Member ID", mid, 46),
             ("Group", grp, 30), ("Plan", "Gold PPO 1000", 36), ("Claims in this statement", "3", 44)], h=12)
    d.ln(4)
    ta = 0.0
    for claim, prov, day, lines, rmk in claims:
        d.font(8.8, "B")
        d.cell(0, 5.2, f"Claim {claim}    Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, amt in lines:
            if rmk:
                rows.append([fmt_date(day, "dmy"), code, desc, fmt_money(amt), "$0.00", "$0.00", "$0.00",
                             fmt_money(amt), rmk])
            else:
                al = round(amt * 0.62, 2)
                rows.append([fmt_date(day, "dmy"), code, desc, fmt_money(amt), fmt_money(al), "$0.00",
                             fmt_money(al * 0.8), fmt_money(al * 0.2), "PD"])
        tot = sum(x[2] for x in lines)
        if rmk:
            ta = tot
        rows.append(["*Total", "", "", fmt_money(tot), "", "", "", "", ""])
        d.table(["Service date", "Code", "Description", "Amount billed", "Plan allowance", "Deductible",
                 "Paid to provider", "Your share", "Note"], rows, [28, 18, 66, 28, 28, 24, 30, 28, 14], size=8,
                aligns="LLLRRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("PD  Paid according to your benefits.   X7  Category III code 0780T and donor material prepared for it "
           "are investigational under medical policy 2.01.88; only FDA-approved fecal microbiota products are "
           "covered. The provider may bill you for denied charges only if you agreed in writing beforehand.", 8.4)
    d.para("Appeal rights: you may file an appeal within 180 days after you receive this statement. Include the "
           f"claim number. Provider NPI on claim {c3}: {f['npi']}.", 8.4)
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c3], claim_amount=m2(ta), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["gi"], denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: pharmacy counter reject slip, phone photo
def doc_pharmacy(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    day = f["dos"]
    card, rxg = f"W{r.digits(9)}", f"RXG{r.digits(4)}"
    price = r.amount(17000, 17990)
    d = Page(None, margins=(52, 12, 52))
    d.add_page()
    d.text_line("GULLWING PHARMACY #0417", 12, "B", h=6, align="C")
    d.text_line("88 Lantern Way, Erie, PA 16501", 8.6, h=4.4, align="C")
    d.text_line(f"Pharmacy phone {ph(r)}", 8.6, h=4.4, align="C")
    d.text_line("=" * 44, 8.6, h=4.4, align="C")
    d.text_line("PRESCRIPTION NOT FILLED", 11, "B", h=6, align="C")
    d.text_line("insurance claim rejected", 9, h=5, align="C")
    d.text_line("=" * 44, 8.6, h=4.4, align="C")
    for lab, val in [("Date/time", fmt_date(day, "slash") + " 14:" + r.digits(2)), ("Patient", f["member"]),
                     ("DOB", fmt_date(f["dob"], "slash")), ("Rx #", f"{r.digits(7)}"),
                     ("Drug", "VOWST 4 caps x 3 days"), ("Qty / days", "12 / 3"), ("Prescriber", f["gi"]),
                     ("Prescriber NPI", f["npi"]), ("Plan billed", "Sandpiper Coast Rx"), ("BIN / PCN",
                     f"0{r.digits(5)} / SCRX"), ("Rx group", rxg), ("Cardholder", card),
                     ("Cash price", fmt_money(price))]:
        d.font(8.8)
        d.cell(36, 4.8, lab)
        d.font(8.8, "B")
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.text_line("-" * 60, 8.6, h=4.4, align="C")
    d.text_line("Reject 75  PRIOR AUTHORIZATION REQUIRED", 8.8, "B", h=4.8)
    d.text_line("Reject 569  PROVIDE NOTICE: MEDICARE/PLAN DENIAL", 8.8, h=4.8)
    d.para("Message from plan: coverage requires documented recurrent C. difficile infection and completion of "
           "antibiotic treatment. Prescriber may call 1-888-" + r.digits(3) + "-" + r.digits(4) + " to request "
           "approval.", 8.4)
    d.para("We have faxed your doctor. This is not a bill. You may ask your plan for a coverage decision.", 8.4)
    t = truth("other", None, group_number=rxg, member_id=card, member_name=f["member"],
              service_dates=[iso(day)], denial_date=iso(day), provider=f["gi"], unscored=["insurer"],
              alternates={"provider": ["Gullwing Pharmacy"], "service_dates": [[]], "claim_amount": [m2(float(price))],
                          "group_number": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: grievance resolution reversing, rotated
def doc_grievance(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sandpiper Coast Health Plan"
    mid, grv, auth = f"SCH{r.digits(9)}", f"GRV-{r.digits(6)}", f"PA{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(6, 12))
    filed = notice - dt.timedelta(days=r.randint(12, 20))
    d = Page("Grievance and Appeals Department  ·  page {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Sandpiper Coast Health Plan", 14, "B", h=7)
    d.text_line("Grievance and Appeals Department", 9, h=5)
    d.ln(5)
    d.table(["Resolution date", "Grievance no.", "Authorization no.", "Member no."],
            [[fmt_date(notice, "abbr"), grv, auth, mid]], [40, 38, 42, 44], size=9.2, border_head="TB")
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 10, gap=5)
    d.text_line("RESOLUTION OF YOUR GRIEVANCE: DECISION REVERSED", 11.5, "B", h=7)
    d.para(f"You filed a grievance on {fmt_date(filed, 'abbr')} about our denial of fecal microbiota, live-jslm "
           f"(J1440). With it, {f['gi']} sent stool test results for three episodes of C. difficile infection, "
           f"on {fmt_date(f['ep1'], 'abbr')}, {fmt_date(f['ep2'], 'abbr')} and a third this spring.", 10)
    d.para(f"These records meet our policy. We have reversed the denial and approved one dose, to be given on "
           f"{fmt_date(f['dos'], 'abbr')} at {PRACTICE}. Your copay for a specialist-administered drug applies. "
           "No further action is needed from you.", 10)
    d.para("If you are unhappy with how we handled your grievance, you may call the Florida Department of "
           "Financial Services. This letter closes your grievance.", 10)
    d.para("Grievance and Appeals Department", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[grv, auth],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["gi"],
              alternates={"provider": [PRACTICE], "case_numbers": [[auth], [grv]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid MCO notice, low-res
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Riverbend Community Care"
    mid, cl = f"{r.digits(12)}", f"RCC{r.digits(10)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(25, 35))
    amt = float(r.randint(11800, 13600)) + 0.5
    d = Page("Riverbend Community Care is a Georgia Medicaid care management organization.  GA-NABD-26  {p}",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("Riverbend Community Care", 14, "B", h=7)
    d.text_line(f"Member Services {ph(r)} · TTY 711 · 8 a.m. to 8 p.m.", 8.6, h=4.6)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    d.para(f"{fmt_date(notice, 'wlong')}\n\nTo: {f['member']}, Medicaid ID {mid}\n{f['addr'][0]}, {f['addr'][1]}",
           9.8, gap=4)
    for q, a in [
        ("What did we decide?", f"We denied payment of claim {cl} for fecal microbiota, live-jslm (Rebyota, "
         f"J1440) given to you on {fmt_date(f['dos'], 'long')} by {f['gi']}. The amount billed was "
         f"{fmt_money(amt)}."),
        ("Why did we decide this?", "This drug needs approval from us before it is given (prior authorization). "
         "We have no request or approval on file for this date. The provider may not bill you for it. See 42 CFR "
         "438.210 and section 4.3 of your Member Handbook."),
        ("What if I disagree?", "You can ask us for an appeal. You must ask within 60 days of the date of this "
         "notice. Call us or write to Riverbend Appeals, PO Box 9120, Macon, GA 31201. If waiting could harm "
         "your health, ask for a fast appeal; we decide it within 72 hours."),
        ("Can I have a State Fair Hearing?", "Yes, after our appeal decision. You must ask within 120 days of "
         "the date of our appeal decision."),
        ("Will my services continue?", "This is a claim for a service already given, so continuation does not "
         "apply. (For ongoing services, ask within 10 days.)"),
    ]:
        d.text_line(q, 10.5, "B", h=6)
        d.para(a, 9.8)
    d.para("You may get, free of charge, copies of all documents about this decision, including the criteria we "
           "used. You may have someone, such as a relative or lawyer, help you.", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[cl], claim_amount=m2(amt), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["gi"], appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid EOB for a dependent, photocopy
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sub = r.person()[0]
    ins = "Quillfeather Health Assurance"
    mid, grp, claim = f"QF{r.digits(8)}", f"{r.digits(3)}-{r.digits(3)}", f"{r.digits(12)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    lines = [("J1440", "Fecal microbiota, live-jslm, 150 mL", float(r.randint(11000, 12500))),
             ("99213", "Office visit, established", float(r.randint(170, 240)))]
    billed = sum(x[2] for x in lines)
    d = Page("QHA-EOB-7 · Quillfeather Health Assurance · {p}/{n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Quillfeather Health Assurance", 15, "B", h=7.5)
    d.text_line("Your Claim Summary — THIS IS NOT A BILL", 10, "B", h=6)
    d.ln(2)
    for lab, val, lab2, val2 in [("Subscriber", sub, "Date issued", fmt_date(stmt, "long")),
                                 ("Patient (dependent)", f["member"], "Claim #", claim),
                                 ("Subscriber ID", mid, "Group", grp),
                                 ("Provider", PRACTICE, "Network", "In network")]:
        d.font(9.2)
        d.cell(36, 5.4, lab + ":")
        d.font(9.2, "B")
        d.cell(58, 5.4, val)
        d.font(9.2)
        d.cell(26, 5.4, lab2 + ":")
        d.font(9.2, "B")
        d.cell(0, 5.4, val2, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = []
    for code, desc, amt in lines:
        al = round(amt * 0.74, 2)
        rows.append([fmt_date(f["dos"], "slash"), f"{code} {desc}", fmt_money(amt, "nosign"), fmt_money(al, "nosign"),
                     fmt_money(al - 40, "nosign") if code == "J1440" else fmt_money(al - 30, "nosign"),
                     "40.00" if code == "J1440" else "30.00"])
    rows.append(["*Totals", "", fmt_money(billed, "nosign"), "", "", "70.00"])
    d.table(["Service date", "Service", "Charges", "Allowed", "Plan paid", "You owe"], rows, [26, 72, 24, 24, 22, 20],
            size=8.5, aligns="LLRRRR", head_fill=True)
    d.para("This claim was paid under your specialty drug benefit after approval. Your share is your copays. "
           f"Prior approval on file for this drug; ordering physician {f['gi']}.", 9)
    d.para("Questions or concerns? You may ask for a review within 180 days after you receive this summary. "
           f"Call {ph(r)}.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=PRACTICE, type_alternates=["other"], alternates={"provider": [f["gi"]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_marketplace, "marketplace_letter", "born_digital"), (2, doc_eob, "three_claim_eob",
              "scan_clean_300"), (3, doc_pharmacy, "pharmacy_reject_slip", "phone_photo"),
              (4, doc_grievance, "grievance_reversed", "rotated"), (5, doc_medicaid, "medicaid_nabd",
              "scan_lowres_150"), (6, doc_paid_eob, "paid_dependent_eob", "photocopy")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
