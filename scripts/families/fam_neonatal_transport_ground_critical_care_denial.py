"""Family 'neonatal_transport_ground_critical_care_denial': ground neonatal critical care transports between
hospitals (A0434 specialty care transport, A0425 mileage, 99466/99467 physician critical care during the
interfacility transport of a child 24 months or younger) refused as not medically necessary or as a higher level
of care than the baby needed, with the NICU stay around them.

Documents: a two-claim EOB (NICU stay paid, transport refused; the subscribing parent and the infant patient); a
low-resolution stack of a CHIP managed care notice of adverse benefit determination, the blank back of its sheet
and the transport team's invoice; the NICU hospital's statement (nothing denied); a sideways external review
decision overturning the denial (facts in sentences); a phone photo of a plan prose letter refusing the transport
as a higher level of care (older paid claim and example amount as decoys); a standard-fax claim hold asking for
the transport record (refuses nothing); a TPA's DOL-model adverse benefit determination for the transport
neonatologist's 99466/99467 claim.

All values invented (insurers, hospitals, transport teams, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "neonatal_transport_ground_critical_care_denial"
LANG = "en"
SEED = 321600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
BIRTH = ["Cold Spring Community Hospital", "Linden Prairie Medical Center", "Orchard Hill Birthing Center"]


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), serif: bool = False, header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)
        if serif:
            self.add_font("Serif", "", SERIF)
            self.add_font("Serif", "B", SERIF_B)
            self.base_font = "Serif"


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def family_base(r: Rand) -> dict:
    """A parent (subscriber) and the newborn patient, with the transport date."""
    parent, pfirst, _, last = r.person()
    first = r.choice(["Elodie", "Rowan", "Amara", "Felix", "Juniper", "Silas", "Nadia", "Otis", "Wren", "Hugo"])
    mi = r.choice("ABCDEFGHJKLMNPRST")
    baby = f"{first} {mi}. {last}"
    dob = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(parent=parent, pfirst=pfirst, last=last, baby=baby, bfirst=first, addr=r.address(), dob=dob,
                dos=dob + dt.timedelta(days=r.randint(0, 2)), npi=r.npi())


def transport_lines(r: Rand, miles: int | None = None, physician: bool = True) -> list[dict]:
    miles = miles or r.randint(34, 88)
    out = [dict(code="A0434", desc="Specialty care transport (ground)", units=1, billed=float(r.randint(5200, 7900))),
           dict(code="A0425", desc="Ground mileage, per mile", units=miles, billed=round(miles * r.choice([41.5, 44.0, 47.25]), 2))]
    if physician:
        out += [dict(code="99466", desc="Critical care during transport, first 30-74 min", units=1,
                     billed=float(r.randint(980, 1350))),
                dict(code="99467", desc="Critical care during transport, each add'l 30 min", units=1,
                     billed=float(r.randint(460, 620)))]
    return out


def total(lines: list[dict]) -> float:
    return round(sum(x["billed"] for x in lines), 2)


# ---------------------------------------------------------------- 0: two-claim EOB (scan)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = family_base(r)
    ins = "Granite Ridge Health Insurance Co."
    sid, grp = f"GRH{r.digits(9)}", f"{r.digits(3)}-{r.digits(4)}"
    team = "Harborview Children's Neonatal Transport Team"
    nicu = "Harborview Children's Hospital"
    c_nicu, c_tr = f"{r.digits(12)}", f"{r.digits(12)}"
    stay_end = f["dos"] + dt.timedelta(days=r.randint(9, 20))
    stmt = stay_end + dt.timedelta(days=r.randint(25, 40))
    nicu_billed = float(r.randint(48000, 96000)) + 0.5
    tl = transport_lines(r, physician=False)
    d = Page("GRANITE RIDGE HEALTH - EXPLANATION OF BENEFITS - PAGE {p} OF {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Granite Ridge Health", 18, "B", h=9)
    d.text_line(f"{ins}  -  PO Box 2290, Duluth, MN 55802  -  {ph(r)}", 8.2, h=4.5)
    d.set_line_width(0.5)
    d.rect(d.l_margin, d.get_y() + 2, d.w - d.l_margin - d.r_margin, 30)
    y0 = d.get_y() + 4
    d.set_xy(d.l_margin + 3, y0)
    d.font(11, "B")
    d.cell(90, 6, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    for ln in [f["parent"], *f["addr"]]:
        d.set_x(d.l_margin + 3)
        d.text_line(ln, 9.2, h=4.6)
    d.set_xy(110, y0)
    for lab, val in [("Date issued", fmt_date(stmt, "dmy")), ("Subscriber", f["parent"]), ("Subscriber no.", sid),
                     ("Group no.", grp), ("Claims for", f"{f['baby']} (dependent)")]:
        d.set_x(110)
        d.font(8.4)
        d.cell(28, 5, lab + ":")
        d.font(8.8, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 32)
    d.para(f"Patient date of birth: {fmt_date(f['dob'], 'dmy')}.  This is not a bill.", 8.6)
    # claim 1: NICU paid
    d.font(9.4, "B")
    d.cell(0, 6, f"Claim {c_nicu}   {nicu}   In network", border="B", new_x="LMARGIN", new_y="NEXT")
    allowed = round(nicu_billed * 0.55, 2)
    rows = [[f"{fmt_date(f['dos'], 'dmy')} - {fmt_date(stay_end, 'dmy')}", "0174", "NICU level IV room and care",
             fmt_money(nicu_billed, "nosign"), fmt_money(allowed, "nosign"), fmt_money(allowed - 500, "nosign"),
             "500.00", ""]]
    d.table(["Dates", "Rev/Code", "Service", "Charge", "Allowed", "Paid", "You owe", "Note"], rows,
            [44, 16, 48, 20, 20, 20, 14, 10], size=7.8, aligns="LLLRRRRL")
    d.font(9.4, "B")
    d.cell(0, 6, f"Claim {c_tr}   {team}   In network", border="B", new_x="LMARGIN", new_y="NEXT")
    rows = [[fmt_date(f["dos"], "dmy"), x["code"], x["desc"].replace(" (ground)", ""), fmt_money(x["billed"], "nosign"), "0.00", "0.00",
             "0.00", "N44"] for x in tl]
    rows.append(["*Total", "", "", fmt_money(total(tl), "nosign"), "0.00", "0.00", "0.00", ""])
    d.table(["Date", "Code", "Service", "Charge", "Allowed", "Paid", "You owe", "Note"], rows,
            [44, 16, 48, 20, 20, 20, 14, 10], size=7.8, aligns="LLLRRRRL")
    d.text_line("Note N44", 9.4, "B", h=5.5)
    d.para(f"The records show your baby was stable on room air when moved from {BIRTH[0]}. A specialty care "
           "(critical care) transport was not medically necessary; the baby could have been moved by an advanced "
           "life support ambulance. An in-network provider may not bill you for this denied claim.", 8.6)
    d.text_line("If you disagree", 9.4, "B", h=5.5)
    d.para("You may ask for an appeal within 180 days of the date of this statement by writing to Granite Ridge "
           "Appeals, PO Box 2295, Duluth, MN 55802. Urgent appeals: 72 hours. External review: within 4 months of "
           f"our final decision. Provider NPI {f['npi']}. Claim received {fmt_date(f['dos'] + dt.timedelta(days=9), 'dmy')}.",
           8.6)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=sid, member_name=f["baby"],
              case_numbers=[c_tr], claim_amount=m2(total(tl)), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=team, appeal_deadline=iso(stmt + dt.timedelta(days=180)), denial_alternates=["level_of_care"],
              alternates={"insurer": ["Granite Ridge Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: CHIP notice + duplex back + team invoice
def doc_chip(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bluebonnet Kids CHIP Health Plan"
    d = Page("BKC-NABD-TR-2026  |  Bluebonnet Kids CHIP Health Plan  |  page {p} of {n}", margins=(17, 14, 17))
    d.add_page()
    d.set_fill_color(0, 0, 0)
    d.set_text_color(255, 255, 255)
    d.font(12, "B")
    d.cell(0, 9, "  NOTICE OF ADVERSE BENEFIT DETERMINATION  -  CHIP", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins}  .  a Children's Health Insurance Program plan  .  Lubbock, TX 79401", 8.6, h=5)
    d.ln(3)
    d.boxes([("Notice date", fmt_date(f["notice"], "mdy_nopad"), 34), ("Child's name", f["baby"], 52),
             ("CHIP ID", f["chip"], 40), ("Claim number", f["claim"], 50)])
    d.boxes([("Parent / guardian", f["parent"], 60), ("Date of birth", fmt_date(f["dob"], "mdy_nopad"), 34),
             ("Claim received", fmt_date(f["recv"], "mdy_nopad"), 34), ("Billed", fmt_money(f["billed"]), 48)])
    d.ln(4)
    d.para(f"Dear parent or guardian of {f['bfirst']}:", 10)
    d.para(f"We denied payment for the ground critical care transport of your child on {fmt_date(f['dos'], 'long')} "
           f"from {BIRTH[1]} to {f['team_host']}, billed by {f['team']}.", 10)
    d.para("Reason: the transport is not medically necessary under 1 Tex. Admin. Code 370.42 and our ambulance "
           "policy. The records show the transfer was for a planned feeding evaluation, and the child was stable. A "
           "critical care team was not needed for this move.", 10)
    d.text_line("Your rights", 10.5, "B", h=6)
    d.para("You may ask us for an appeal within 60 days of the date of this notice. Call 1-555-0163 or write to "
           "Bluebonnet Kids Appeals, PO Box 5012, Lubbock, TX 79401. If your child's health is in danger, ask for a "
           "fast appeal; we will decide within 72 hours. You may see and get copies of all records we used, free.", 10)
    d.para("After our appeal decision you may ask for a State Fair Hearing within 120 days. You may also ask for an "
           "External Medical Review. If you ask for an appeal within 10 days of this notice, services already "
           "approved may continue, and you may have to pay for them if you lose.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=f["chip"], member_name=f["baby"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["team"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              denial_alternates=["level_of_care"], alternates={"insurer": ["Bluebonnet Kids"]})
    return pdf_bytes(d), t


def doc_team_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    inv = f"NT-{r.digits(5)}"
    bill = f["notice"] + dt.timedelta(days=r.randint(6, 15))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["team"].upper(), 12.5, "B", h=7)
    d.text_line(f"a service of {f['team_host']}  |  Transport Billing  |  {ph(r)}  |  Fed. tax ID 74-{r.digits(7)}",
                8, h=4.5)
    d.rule(0.8, 4)
    d.font(16, "B")
    d.cell(0, 9, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    for lab, val in [("Invoice no.", inv), ("Invoice date", fmt_date(bill, "abbr")), ("Patient", f["baby"]),
                     ("Responsible party", f["parent"]), ("Coverage", f"Bluebonnet Kids CHIP, ID {f['chip']}"),
                     ("Run", f"from {BIRTH[1]} to NICU, {f['miles']} miles")]:
        d.font(8.8)
        d.cell(38, 5.2, lab)
        d.font(9.4, "B")
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "abbr"), x["code"], x["desc"], str(x["units"]), fmt_money(x["billed"], "plain")]
            for x in f["lines"]]
    rows += [["*Total charges", "", "", "", fmt_money(f["billed"], "plain")],
             ["", "", "CHIP plan: denied (not medically necessary) - appeal pending", "", "$0.00"]]
    d.table(["Date", "Code", "Description", "Qty", "Amount"], rows, [26, 16, 100, 12, 28], size=8.4, aligns="LLLRR")
    d.para("CHIP members cannot be charged for covered services. Because your plan denied this transport, we have "
           "filed an appeal for you and placed this invoice on hold. You do not need to pay now.", 9.2)
    t = truth("other", None, member_id=f["chip"], member_name=f["baby"], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=f["team"], unscored=["insurer"],
              alternates={"provider": [f["team_host"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family_base(r)
    f.update(chip=f"{r.digits(9)}", claim=f"BK{r.digits(10)}", team="Llano Estacado Neonatal Transport Service",
             team_host="Caprock Children's Medical Center", miles=r.randint(60, 110))
    f["lines"] = transport_lines(r, f["miles"])
    f["billed"] = total(f["lines"])
    f["recv"] = f["dos"] + dt.timedelta(days=r.randint(10, 20))
    f["notice"] = f["recv"] + dt.timedelta(days=r.randint(12, 25))
    return Item(f"{FAMILY}_chip_stack", "scan_lowres_150", [doc_chip(r, f), doc_team_invoice(r, f)],
                separators=["duplex", None])


# ---------------------------------------------------------------- 2: NICU hospital statement (photocopy)
def doc_nicu_statement(r: Rand) -> tuple[bytes, dict]:
    f = family_base(r)
    hosp = "Saint Amadeus Women & Children's Hospital"
    acct, mid = f"{r.digits(9)}", f"TH{r.digits(8)}01"
    end = f["dos"] + dt.timedelta(days=r.randint(12, 24))
    stmt = end + dt.timedelta(days=r.randint(40, 60))
    days = (end - f["dos"]).days
    rows_src = [("0174", "NICU intensive care, per day", days, float(r.randint(3900, 4600))),
                ("0250", "Pharmacy", 1, float(r.randint(2100, 5200))), ("0300", "Laboratory", 1, float(r.randint(1800, 4100))),
                ("0320", "Radiology - diagnostic", 1, float(r.randint(600, 1400))),
                ("0410", "Respiratory services", 1, float(r.randint(2400, 6100)))]
    charges = round(sum(u * p for _, _, u, p in rows_src), 2)
    paid = round(charges * 0.61, 2)
    adj = round(charges - paid - 750, 2)
    d = Page(None, margins=(15, 12, 15))
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.font(13, "B")
    d.cell(0, 10, "  " + hosp, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line("Patient Financial Services  .  77 Juniper Drive, Macon, GA 31201  .  " + ph(r), 8.2, h=5)
    d.ln(3)
    d.text_line("HOSPITAL STATEMENT - PLEASE KEEP FOR YOUR RECORDS", 10.5, "B", h=6)
    d.ln(1)
    left = [("Guarantor", f["parent"]), ("Patient", f["baby"]), ("Patient DOB", fmt_date(f["dob"], "slash"))]
    right = [("Statement date", fmt_date(stmt, "slash")), ("Account no.", acct),
             ("Admitted / discharged", f"{fmt_date(f['dos'], 'slash')} - {fmt_date(end, 'slash')}")]
    y = d.get_y()
    for col, items in ((d.l_margin, left), (110, right)):
        d.set_y(y)
        for lab, val in items:
            d.set_x(col)
            d.font(8.2)
            d.cell(38, 5.2, lab)
            d.font(9, "B")
            d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Insurance billed: Thistledown Health Plan, member {mid}. Arrived by neonatal transport from {BIRTH[2]}.",
           8.8)
    rows = [[c, desc, str(u), fmt_money(u * p, "nosign")] for c, desc, u, p in rows_src]
    rows += [["*", "Total charges", "", fmt_money(charges, "nosign")],
             ["", "Thistledown Health Plan payment", "", "-" + fmt_money(paid, "nosign")],
             ["", "Contractual adjustment", "", "-" + fmt_money(adj, "nosign")],
             ["*", "Amount you owe (deductible and coinsurance)", "", "750.00"]]
    d.table(["Rev. code", "Description", "Units", "Amount"], rows, [24, 110, 18, 30], size=8.6, aligns="LLRR")
    d.para("Your insurance has paid this stay. The amount above is your share under your plan. Pay by the date on "
           "the coupon or call us to set up a payment plan; you may also apply for financial assistance within "
           "240 days of your first statement.", 9)
    t = truth("other", None, member_id=mid, member_name=f["baby"], claim_amount=m2(charges),
              service_dates=[iso(f["dos"], end)], denial_date=iso(stmt), provider=hosp, unscored=["insurer"],
              alternates={"member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: external review overturned (rotated)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = family_base(r)
    iro = "Keystone Independent Medical Review, LLC"
    plan = "Orchard Valley Health Plan"
    case, claim = f"KIMR-{r.digits(6)}", f"{r.digits(3)}-{r.digits(7)}"
    mid = f"OV{r.digits(9)}"
    team = "Tri-County Pediatric Critical Care Transport"
    amt = total(transport_lines(r))
    notice = f["dos"] + dt.timedelta(days=r.randint(120, 160))
    d = Page("Keystone Independent Medical Review  -  Final External Review Decision  -  {p}/{n}",
             margins=(24, 18, 24), serif=True)
    d.add_page()
    d.text_line("KEYSTONE INDEPENDENT MEDICAL REVIEW", 13, "B", h=7)
    d.text_line("Certified Independent Review Organization  .  PO Box 88, Erie, PA 16501", 8.8, h=5)
    d.ln(6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.text_line("Notice of External Review Decision: OVERTURNED", 11.5, "B", h=7)
    d.para(f"Our case number is {case}. You asked for an external review of the decision by {plan} to deny "
           f"payment for the ground critical care transport of your daughter, {f['baby']}, on "
           f"{fmt_date(f['dos'], 'long')}. The plan's claim number is {claim} and her member ID is {mid}. The "
           f"transport was provided by {team}, which billed {fmt_money(amt)}.", 10.5)
    d.para("The reviewer is a board-certified neonatologist with no conflict of interest. The plan said that an "
           "advanced life support ambulance would have been enough. The reviewer found that the newborn needed "
           "continuous positive airway pressure and a glucose infusion during the move, and that a specialty care "
           "team with a transport physician was the appropriate level of care.", 10.5)
    d.para("Decision: the plan's denial is overturned. The plan must cover the transport under the terms of the "
           "coverage. This decision is binding on the plan. It must provide coverage or payment promptly, and no "
           "later than the time limits set by state law.", 10.5)
    d.para("If you have questions about the payment, call the plan. If you disagree with this decision you may "
           "have other remedies under state or federal law.", 10.5)
    d.para("Review Coordinator\nKeystone Independent Medical Review, LLC\ncc: " + plan + "; " + team, 10)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=f["baby"], case_numbers=[case, claim],
              claim_amount=m2(amt), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=team,
              alternates={"insurer": [plan], "case_numbers": [[case]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: prose letter, level of care (phone photo)
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    f = family_base(r)
    ins = "Copperline Health Partners"
    mid, grp = f"CHP{r.digits(8)}", f"{r.digits(6)}"
    claim, old = f"{r.digits(5)}-{r.digits(5)}", f"{r.digits(5)}-{r.digits(5)}"
    team = "Aldergrove NICU Transport Team"
    tl = transport_lines(r)
    amt = total(tl)
    notice = f["dos"] + dt.timedelta(days=r.randint(35, 50))
    d = Page(None, margins=(22, 20, 22))
    d.add_page()
    d.text_line("copperline", 20, "B", h=9)
    d.text_line("HEALTH PARTNERS", 8.5, "B", h=4.5)
    d.ln(8)
    d.text_line(fmt_date(notice, "mdy_nopad"), 10.5, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['pfirst']} {f['last']},", 10.5)
    d.para(f"This letter is about claim {claim} for your son {f['baby']}. {team} moved him between hospitals on "
           f"{fmt_date(f['dos'], 'mdy_nopad')} and billed {fmt_money(amt)} for a specialty care transport, mileage "
           "and the transport doctor's critical care time (A0434, A0425, 99466, 99467).", 10.5)
    d.para("We cannot pay this claim at the level billed. Our nurse and physician reviewers read the transport "
           "record. Your son was breathing on his own and had stable vital signs before and during the trip. The "
           "level of care he needed could be given by an advanced life support ambulance crew; a critical care team "
           "was a higher level of care than he needed. If the transport service resubmits the claim at the advanced "
           "life support level, we will review it again.", 10.5)
    d.para(f"His newborn hospital stay under claim {old} was paid in full and is not affected. For example, if the "
           "claim is resubmitted and allowed at $1,850.00, your share would be your $150.00 copay.", 10.5)
    d.para(f"You are enrolled under member ID {mid} in group {grp}. You may appeal within 180 days of the date of this "
           "letter. Write to Copperline Appeals, 600 Lantern Way, Pueblo, CO 81003. If you need a decision fast "
           "because of your child's health, ask for an urgent appeal. You may ask for an external review after our "
           "final decision.", 10.5)
    d.para("Sincerely,\n\nCopperline Health Partners Care Management", 10.5)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=grp, member_id=mid, member_name=f["baby"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=team, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: claim hold, transport record (standard fax)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    f = family_base(r)
    ins = "Prairie Sentinel Health"
    mid = f"{r.digits(4)} {r.digits(4)} {r.digits(2)}"
    ref = f"PND{r.digits(9)}"
    team = "Big Sioux Neonatal Transport Program"
    amt = total(transport_lines(r))
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("PRAIRIE SENTINEL HEALTH", 15, "B", h=8)
    d.text_line("Claims Department  ~  3300 Old Mill Road, Fargo, ND 58102  ~  Fax 1-555-0128", 9, h=5)
    d.ln(5)
    d.text_line("Your claim is pending - records requested", 12, "B", h=7)
    d.ln(2)
    d.para(f"Date: {fmt_date(notice, 'iso')}\nTo: {f['parent']}, parent of {f['baby']}\nMember ID: {mid}\n"
           f"Pending reference: {ref}", 10.5, gap=4)
    d.para(f"We received a claim from {team} for your baby's transport on {fmt_date(f['dos'], 'iso')}. The charges "
           f"are {fmt_money(amt)}. We are still reviewing this claim; nothing has been denied.", 10.5)
    d.para("To finish, we need the transport record (run sheet), the referring hospital's transfer note and the "
           "NICU admission note. We have asked the transport program for them. You do not need to do anything "
           "unless the program asks you to sign a release.", 10.5)
    d.para("If the records arrive within 45 days, we expect to decide within 15 days after that. We will mail you "
           "an explanation of benefits when the claim is decided.", 10.5)
    d.para("Prairie Sentinel Health member line: 1-555-0129, 8 a.m. to 6 p.m. Central. Reference this letter: "
           "PSH-PEND-04.", 9.4)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["baby"], case_numbers=[ref],
              claim_amount=m2(amt), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=team)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA DOL-model ABD for the physician claim
def doc_dol(r: Rand) -> tuple[bytes, dict]:
    f = family_base(r)
    tpa = "Ironbridge Claims Administration"
    plan = "Wexford County Schools Health Benefit Plan"
    mid, grp = f"IBC-{r.digits(7)}", f"WCS{r.digits(3)}"
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    group = "Sylvan Neonatology Associates"
    doc = "Dr. Sunita M. Lomax"
    lines = [x for x in transport_lines(r) if x["code"].startswith("99")]
    amt = total(lines)
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    by = notice + dt.timedelta(days=180)
    d = Page("Ironbridge Claims Administration  .  Notice of Adverse Benefit Determination  .  page {p} of {n}",
             margins=(16, 14, 16), header=f"Claim {claim}  (continued)")
    d.add_page()
    d.text_line("Ironbridge Claims Administration", 13, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.6, h=4.6)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B", align="C", h=7)
    d.text_line("Save this notice. It contains important information about your claim and your rights.", 8.4,
                align="C", h=5)
    d.ln(3)
    grid = [("Notice issued", fmt_date(notice, "iso")), ("Participant", f["parent"]), ("Patient", f["baby"]),
            ("Participant ID", mid), ("Plan group", grp), ("Claim reference", claim),
            ("Provider", f"{group} ({doc})"), ("Date(s) of service", fmt_date(f["dos"], "iso")),
            ("Amount billed", fmt_money(amt, "usd")), ("Amount denied", fmt_money(amt, "usd"))]
    for lab, val in grid:
        d.font(8.6, "B")
        d.cell(46, 6.2, " " + lab, border=1)
        d.font(9.2)
        d.cell(0, 6.2, " " + val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Reason for the determination", 10.5, "B", h=6)
    d.para("Codes 99466 and 99467 pay for a physician's critical care during the interfacility transport of a "
           "critically ill infant. The plan's reviewer found the infant was not critically ill during this "
           "transport: oxygen saturation was normal on room air and no intervention was needed. Physician critical "
           "care during transport was not medically necessary (Plan Document, Article VII, section 7.3(b)). The "
           "ambulance portion of the trip was processed under a separate claim.", 9.8)
    d.text_line("Diagnosis and treatment codes", 10.5, "B", h=6)
    d.para("You may ask for the diagnosis and treatment codes and their meanings, free of charge. A request for "
           "codes is not an appeal.", 9.8)
    d.text_line("Appeal process", 10.5, "B", h=6)
    d.para(f"Your appeal must be received by {fmt_date(by, 'long')}. Send it to Ironbridge Claims Administration, "
           "Appeals, 14 Fenwick Avenue, Bangor, ME 04401. In urgent cases an expedited appeal is decided within 72 "
           "hours. After the final internal decision you may ask for an external review within 4 months, and you "
           "have the right to bring a civil action under section 502(a) of ERISA. For help, contact the Employee "
           "Benefits Security Administration at 1-866-444-3272.", 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=tpa, group_number=grp, member_id=mid,
              member_name=f["baby"], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=group, appeal_deadline=iso(by),
              alternates={"insurer": [plan], "provider": [doc]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "two_claim_eob", "scan_clean_300"), (2, doc_nicu_statement, "nicu_statement", "photocopy"),
              (3, doc_iro, "external_review", "rotated"), (4, doc_prose, "prose_letter", "phone_photo"),
              (5, doc_hold, "pending_hold", "fax_standard_g4"), (6, doc_dol, "dol_notice", "born_digital")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
