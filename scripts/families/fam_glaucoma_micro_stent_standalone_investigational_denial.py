"""Family 'glaucoma_micro_stent_standalone_investigational_denial': minimally invasive glaucoma surgery (MIGS)
trabecular micro-bypass stents. Plans cover a stent placed during cataract surgery (66989/66991) but call the same
stent inserted on its own, without cataract removal (0191T, each additional device 0376T), investigational.

Documents: a commercial plan's pre-service letter in prose refusing a standalone stent (facts in sentences); a
boxed-header EOB with three claims (the surgeon group's visit and visual field paid, the surgery center's facility
claim for the standalone stent denied); a fax stack of a TPA's post-service letter (key-value block on the right,
a stated "received by" date) and the ambulatory surgery center's statement of account; the ophthalmology group's
own patient bill for the surgeon's fee after the plan refused it (photocopy); a Medicare Advantage notice of denial
of payment (CMS-10003 style, phone photo); an approval of the stent with cataract surgery (nothing denied, low-res
scan); a two-page appeal decision upholding the denial with a running header, fed sideways.

Doctor versus facility: the surgeon (or the ophthalmology group) renders the professional service, the surgery
center bills the facility fee; each document's provider is the one whose service it decides. Decoys: DOB, dates
received, NPIs, tax IDs, account numbers, medical policy numbers, paid claims, plan-paid and you-owe amounts,
intraocular pressure readings, external-review and expedited time limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "glaucoma_micro_stent_standalone_investigational_denial"
LANG = "en"
SEED = 279500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SURGEONS = ["Imogen T. Halvorsen", "Rashid K. Okonkwo-Bell", "Celeste A. Marchbanks", "Dorian V. Petrakis"]
GROUPS = ["Cedar Lake Eye Associates", "Harrowgate Glaucoma & Cataract Specialists", "Blue Heron Ophthalmology Group"]
ASCS = ["Brightwater Eye Surgery Center", "Summit Pines Ambulatory Surgery Center", "Linden Court Surgery Center"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1944, 1972), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                eye=r.choice(["left", "right"]), iop=f"{r.randint(22, 29)} mmHg")


def stent_lines(r: Rand, extra: bool = True) -> list[tuple[str, str, float]]:
    out = [("0191T", "Ant segment drainage device, no cataract", float(r.randint(2400, 3900)))]
    if extra:
        out.append(("0376T", "Each additional drainage device", float(r.randint(900, 1500))))
    return out


# ------------------------------------------------------------- 0: pre-service prose letter (born digital)
def doc_predet_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Alliance Health Plan"
    mid, grp = f"NGA{r.digits(8)}", f"40-{r.digits(5)}"
    ref = f"UM-26-{r.digits(6)}"
    surgeon, group, asc = SURGEONS[0], GROUPS[0], ASCS[0]
    recv = f["dos"] - dt.timedelta(days=r.randint(24, 35))
    letter = recv + dt.timedelta(days=r.randint(3, 9))
    d = Page("Northgate Alliance Health Plan  |  UM-LTR-207 (rev. 01/2026)  |  page {p} of {n}")
    d.add_page()
    d.text_line("Northgate Alliance", 19, "B", h=9)
    d.text_line("Health Plan  -  Utilization Management", 9.5, h=5)
    d.text_line(f"PO Box 33019, Tamsworth, OH 43215  -  Fax {phone(r)}", 8.3, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(4)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We reviewed a request that reached us on {fmt_date(recv, 'long')} from your eye surgeon, Dr. {surgeon} of "
           f"{group}. The request asks us to approve the insertion of two trabecular micro-bypass stents into your "
           f"{f['eye']} eye (CPT 0191T and 0376T) on {fmt_date(f['dos'], 'long')} at {asc}. The stents would be placed "
           "on their own; no cataract surgery is planned for that eye. Your reference number for this request is "
           f"{ref}. Please use it whenever you contact us.", 10.5)
    d.para("We cannot approve this request. Your plan covers a trabecular stent when it is implanted during "
           "cataract surgery (CPT 66989 or 66991), because studies support that combination. Inserting the stent "
           "by itself, without cataract removal, is considered investigational under Northgate medical policy "
           "OPH-114, Minimally Invasive Glaucoma Surgery. Your Certificate of Coverage, Section 7.3, excludes "
           "experimental and investigational services. The notes we received describe primary open-angle "
           f"glaucoma with an eye pressure of {f['iop']} on two medicines; they do not change this decision, "
           "because the policy does not depend on how high the pressure is.", 10.5)
    d.para("Other treatments, such as laser trabeculoplasty or traditional glaucoma surgery, may be covered. "
           "Your surgeon may call our peer review line to discuss this decision with the reviewing "
           "ophthalmologist.", 10.5)
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para("You or someone you name may appeal. Send your appeal within 180 days of the date of this letter to "
           "Northgate Appeals, PO Box 33027, Tamsworth, OH 43215. If waiting would seriously harm your health, "
           "ask for an expedited appeal; we decide those within 72 hours. After our final decision you may ask "
           "for an external review by an independent reviewer within 4 months. You may ask, free of charge, for "
           "copies of the policy and records we used.", 10.5)
    d.para(f"Member ID {mid}   Group {grp}   Date of birth {fmt_date(f['dob'], 'slash')}", 9.5)
    d.para("Sincerely,\nUtilization Management Department\ncc: " + f"Dr. {surgeon}; {asc}", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(letter),
              provider=f"Dr. {surgeon}", appeal_deadline=iso(letter + dt.timedelta(days=180)),
              denial_alternates=["not_covered"], alternates={"provider": [group]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: boxed EOB, three claims (scan 300)
def doc_three_claim_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Graniteview Mutual Health Insurance Company"
    mid, grp = f"GV {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.letters(2)}{r.digits(6)}"
    surgeon, group, asc = SURGEONS[1], GROUPS[1], ASCS[1]
    visit = f["dos"] - dt.timedelta(days=r.randint(20, 40))
    stmt = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    c1, c2, c3 = (f"{r.digits(3)}-{r.digits(7)}" for _ in range(3))
    claims = [
        (c1, group, "Paid", visit, [("99214", "Office visit, established", float(r.randint(210, 290)), 0.72),
                                    ("92083", "Visual field exam, extended", float(r.randint(140, 190)), 0.72)]),
        (c2, asc, "Denied", f["dos"], [(c, dsc, b, 0.0) for c, dsc, b in stent_lines(r)]),
        (c3, "Ironbridge Anesthesia Partners", "Paid", f["dos"],
         [("00140", "Anesthesia, procedures on eye", float(r.randint(520, 760)), 0.6)]),
    ]
    d = Page("Graniteview Mutual  -  Explanation of Benefits  -  This is not a bill  -  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("GRANITEVIEW MUTUAL", 16, "B", h=8)
    d.text_line(f"{ins}  |  PO Box 7740, Concord Falls, NH 03301  |  Member line {phone(r)}", 8, h=4.4)
    d.rule(0.8, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", h=7)
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9, h=4.6)
    d.ln(3)
    d.boxes([("Issued", fmt_date(stmt, "dmy"), 30), ("Subscriber / patient", f["member"], 54),
             ("Member number", mid, 42), ("Group", grp, 28), ("Claims in this statement", "3", 38)])
    d.boxes([("Plan", "Graniteview Choice PPO 1500", 62), ("Customer service", phone(r), 40),
             ("Deductible met", "$1,500.00 of $1,500.00", 50), ("Date of birth", fmt_date(f["dob"], "slash"), 40)])
    d.ln(4)
    denied_total = 0.0
    for claim, prov, status, dos, lines in claims:
        d.font(8.8, "B")
        d.set_fill_color(232, 232, 232)
        d.cell(0, 5.6, f"Claim {claim}    Provider: {prov}    Status: {status}", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        tb = tp = to = 0.0
        for code, dsc, billed, ratio in lines:
            allowed = round(billed * ratio, 2)
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2) if ratio else billed
            rows.append([fmt_date(dos, "slash"), code, dsc, fmt_money(billed, "nosign"), fmt_money(allowed, "nosign"),
                         fmt_money(paid, "nosign"), fmt_money(owe, "nosign"), "" if ratio else "EX7"])
            tb, tp, to = tb + billed, tp + paid, to + owe
        rows.append(["*Claim total", "", "", fmt_money(tb, "nosign"), "", fmt_money(tp, "nosign"),
                     fmt_money(to, "nosign"), ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Your share", "Note"], rows,
                [22, 14, 64, 20, 18, 20, 19, 10], size=7.6, aligns="LLLRRRRL")
        if status == "Denied":
            denied_total = tb
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("EX7  The trabecular stent was inserted without cataract surgery. Graniteview covers these stents only "
           "when they are implanted at the same session as cataract removal (CPT 66989, 66991). Used alone, the "
           "device is investigational under medical policy MP-OPH-0318 and is excluded by your plan.", 8.4)
    d.para(f"The surgeon's own claim for this procedure (Dr. {surgeon}, {group}) has not yet been received.", 8.4)
    d.text_line("Appeal rights", 9.5, "B", h=5.5)
    d.para("You may appeal within 180 days of the date of this statement by writing to Graniteview Appeals, PO Box "
           "7744, Concord Falls, NH 03301. Urgent requests are decided within 72 hours. External review by an "
           "independent organization is available after the appeal; you have 4 months to ask for it.", 8.4)
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(denied_total),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=asc,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), denial_alternates=["not_covered"],
              alternates={"insurer": ["Graniteview Mutual"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 2: fax stack: TPA letter + ASC statement
def doc_tpa_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tidewater Benefit Administrators"
    plan = "Harlan Valley Schools Employee Health Plan"
    letter = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    f["letter"] = letter
    by = letter + dt.timedelta(days=r.randint(181, 190))
    d = Page(f"Tidewater Benefit Administrators - claim determination - {f['claim']} - p. {{p}}")
    d.add_page()
    d.text_line("TIDEWATER BENEFIT ADMINISTRATORS", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.text_line(f"1200 Quay Street, Suite 400, Norfolk Point, VA 23510  |  {phone(r)}", 8.3, h=4.5)
    d.ln(6)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    for lab, val in [("Date", fmt_date(letter, "abbr")), ("Employee", f["sub"]), ("Patient", f["member"]),
                     ("ID number", f["mid"]), ("Group", f["grp"]), ("Claim", f["claim"]),
                     ("Facility", f["asc"]), ("Date of service", fmt_date(f["dos"], "abbr"))]:
        d.set_x(112)
        d.font(8.8, "B")
        d.cell(30, 4.9, lab)
        d.font(8.8)
        d.cell(0, 4.9, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=7)
    d.para(f"The facility claim from {f['asc']} for {f['patient_first']}'s surgery has been denied. The claim "
           f"billed {fmt_money(f['billed'])} for CPT 0191T and 0376T, the insertion of iStent-type trabecular "
           "bypass devices without cataract extraction.", 10)
    d.para("Reason: the Plan Document, Article IX(14), excludes services that are experimental or investigational. "
           "The Plan's reviewing ophthalmologist found that a standalone trabecular stent has not been shown to "
           "work as well as established treatments; it is covered only together with cataract surgery "
           "(66989/66991). Denial code CO-55 (procedure considered experimental/investigational).", 10)
    d.para(f"Appeal: a written request for review must be received by {fmt_date(by, 'long')}. Send it to the "
           "Appeals Unit at the address above. An urgent appeal is decided within 72 hours. The Plan is a "
           "governmental plan; you may ask for an external review within 4 months of a final denial.", 10)
    d.para(f"Facility NPI {f['npi']}   Facility tax ID 54-{r.digits(7)}", 8.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=f["asc"], appeal_deadline=iso(by),
              denial_alternates=["not_covered"], alternates={"insurer": [plan]})
    return pdf_bytes(d), t


def doc_asc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["letter"] + dt.timedelta(days=r.randint(8, 16))
    acct = f"{r.digits(8)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["asc"].upper(), 13, "B", h=7)
    d.text_line(f"Business Office  -  88 Ferncliff Parkway, Norfolk Point, VA 23511  -  {phone(r)}", 8.3, h=4.5)
    d.rule(0.5, 4)
    d.text_line("Statement of Account", 12, "B", h=7)
    d.boxes([("Statement date", fmt_date(stmt, "slash"), 34), ("Account no.", acct, 32),
             ("Guarantor", f["sub"], 50), ("Balance due", fmt_money(f["billed"]), 30),
             ("Due date", fmt_date(stmt + dt.timedelta(days=25), "slash"), 32)])
    d.ln(4)
    d.para(f"Patient: {f['member']}     Surgeon: Dr. {f['surgeon']}\n"
           f"Insurance: Tidewater Benefit Administrators  ID {f['mid']}  Group {f['grp']}", 9.2)
    rows = [[fmt_date(f["dos"], "slash"), c, dsc, fmt_money(b, "nosign")] for c, dsc, b in f["lines"]]
    rows.append(["", "", "Total facility charges", fmt_money(f["billed"], "nosign")])
    rows.append([fmt_date(f["letter"], "slash"), "", f"Insurance denial, claim {f['claim']} (CO-55)", "0.00"])
    rows.append(["*Balance due from patient", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["Date", "Code", "Description", "Amount"], rows, [26, 18, 110, 26], size=8.8, aligns="LLLR")
    d.para("Your insurance did not pay this claim because it considers the procedure investigational. If you appeal, "
           "call us and we will place your account on hold for 60 days. Interest-free payment plans are available.",
           9)
    t = truth("other", None, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["asc"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "member_id": [None], "group_number": [None]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    _, sf, sm, _ = r.person()
    sub = f"{sf} {sm}. {f['last']}"
    pat_first = f["first"]
    f.update(sub=sub, patient_first=pat_first, mid=f"TBA{r.digits(9)}", grp=f"HVS{r.digits(4)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", asc=ASCS[2], surgeon=SURGEONS[2],
             lines=stent_lines(r))
    f["billed"] = sum(b for _, _, b in f["lines"])
    letter = doc_tpa_letter(r, f)
    stmt = doc_asc_statement(r, f)
    return Item(f"{FAMILY}_faxstd_tpa_letter_asc_statement", "fax_standard_g4", [letter, stmt])


# ------------------------------------------------------------- 3: ophthalmology group's patient bill (photocopy)
def doc_group_bill(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    group, surgeon = GROUPS[2], SURGEONS[3]
    acct = f"BHO-{r.digits(6)}"
    mid, claim = f"W{r.digits(9)}", f"{r.digits(12)}"
    bill = f["dos"] + dt.timedelta(days=r.randint(50, 70))
    prof = [("0191T", "Trabecular stent insertion, first device", float(r.randint(1100, 1600))),
            ("0376T", "Trabecular stent, each additional", float(r.randint(380, 560)))]
    billed = sum(b for _, _, b in prof)
    d = Page("Blue Heron Ophthalmology Group  -  patient statement", margins=(16, 14, 16))
    d.add_page()
    d.text_line(group, 15, "B", h=7.5)
    d.text_line(f"Glaucoma - Cataract - Retina  |  415 Millrace Road, Fargo, ND 58103  |  Billing {phone(r)}", 8.4,
                h=4.5)
    d.ln(5)
    x0 = d.get_x()
    y = d.get_y()
    d.set_xy(120, y)
    d.font(9, "B")
    d.multi_cell(72, 5, f"STATEMENT DATE  {fmt_date(bill, 'upper')}\nACCOUNT  {acct}\nPLEASE PAY  "
                 f"{fmt_money(billed)}", border=1)
    d.set_xy(x0, y)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(10)
    rows = [[fmt_date(f["dos"], "slash"), f"Dr. {surgeon}", c, dsc, fmt_money(b, "plain")] for c, dsc, b in prof]
    rows.append([fmt_date(bill - dt.timedelta(days=12), "slash"), "", "", "Horizon Prairie Health: denied, "
                 "investigational", "$0.00"])
    rows.append(["*Now due from you", "", "", "", fmt_money(billed, "plain")])
    d.table(["Date", "Provider", "CPT", "Description", "Charge"], rows, [24, 42, 16, 74, 24], size=8.5,
            aligns="LLLLR")
    d.para(f"Your insurance, Horizon Prairie Health (member {mid}), reviewed claim {claim} for the surgeon's "
           f"services on {fmt_date(f['dos'], 'slash')} and decided that placing the stent without cataract surgery "
           "is investigational, so the full charge is now your responsibility. The surgery center bills its "
           "facility fee separately.", 9.2)
    d.para("We believe this treatment was right for your glaucoma. We can help you appeal: call our billing office "
           "within 30 days and we will hold the balance while the appeal is open.", 9.2)
    d.text_line("- - - - - - - - - - - - - please return this part with your payment - - - - - - - - - - - - -", 8,
                align="C", h=6)
    d.para(f"Account {acct}    Patient {f['member']}    Amount enclosed $________", 9)
    t = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=group, unscored=["insurer"],
              alternates={"provider": [f"Dr. {surgeon}"], "case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: MA notice of denial of payment (phone photo)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Riverbend Health Partners"
    plan = "Riverbend Senior Advantage (HMO)"
    mid = f"RB{r.digits(9)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(3)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    surgeon = "Dr. Marisol F. Quintanilla"
    lines = stent_lines(r, extra=False)
    billed = lines[0][2]
    d = Page(f"H5518_IDN26_M  Form CMS-10003-NDMCP  OMB Approval 0938-0829", margins=(20, 16, 20))
    d.add_page()
    d.text_line(f"{plan}  -  {ins}", 9, h=5)
    d.text_line(f"Date: {fmt_date(notice, 'slash')}", 10, h=6)
    d.ln(2)
    d.text_line("Notice of Denial of Payment", 15, "B", align="C", h=8)
    d.ln(2)
    for lab, val in [("Name:", f["member"]), ("Member number:", mid), ("Claim number:", claim)]:
        d.font(10, "B")
        d.cell(38, 5.5, lab)
        d.font(10)
        d.cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"We have denied payment for the medical services listed below that you received from {surgeon} on "
           f"{fmt_date(f['dos'], 'long')}: insertion of a trabecular micro-bypass stent in the {f['eye']} eye "
           f"(0191T), billed at {fmt_money(billed)}.", 10)
    d.text_line("Why did we deny payment?", 11, "B", h=6.5)
    d.para("Medicare and our plan cover a trabecular stent only when it is placed during cataract surgery. Your "
           "cataract surgery on this eye was done in 2023, and the stent was placed on its own. Used that way, "
           "the device is investigational; the Local Coverage Determination our plan follows does not cover it. "
           "See your Evidence of Coverage, Chapter 4, Section 3.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask us to review our decision. If you want to appeal, you must ask within 65 "
           "calendar days of the date listed at the top of this notice. If you ask after 65 days, you must explain "
           "why your appeal is late. We will send our decision within 60 days. You cannot get a fast appeal for a "
           "payment decision.", 10)
    d.para(f"How to ask: write to {plan} Appeals, PO Box 5518, Galesburg Crossing, IL 61401, or fax "
           f"{phone(r)}. Call Member Services at {r.phone()} (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 10)
    t = truth("denial_letter", "experimental", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=surgeon, appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["not_covered"], alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: approval with cataract surgery (low-res scan)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Cooperative"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}-01", f"CHC{r.digits(5)}"
    auth = f"PA{r.digits(10)}"
    surgeon, asc = "Dr. Benedikt O. Sørlie", "Fairhollow Eye Surgery Center"
    letter = f["dos"] - dt.timedelta(days=r.randint(12, 20))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Copperline Health Cooperative", 14, "B", h=7)
    d.text_line("Prior Authorization Services  ·  2 Foundry Square, Pueblo, CO 81003", 8.5, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(letter, "iso"), 10, h=6)
    d.ln(2)
    d.text_line(f"To: {f['member']}", 10, h=5.2)
    d.text_line(f"Member ID: {mid}    Group: {grp}", 10, h=5.2)
    d.text_line(f"Authorization number: {auth}", 10, "B", h=5.2)
    d.ln(4)
    d.text_line("Your surgery is approved", 12.5, "B", h=7)
    d.para(f"Good news. We approved the request from {surgeon} for cataract surgery with insertion of a trabecular "
           f"stent (CPT 66991) in your {f['eye']} eye, scheduled for {fmt_date(f['dos'], 'iso')} at {asc}. "
           "The stent is covered because it will be placed during your cataract surgery.", 10)
    d.para("Approval is not a guarantee of payment. Your deductible and coinsurance apply, and you must be a "
           "member on the day of surgery. If the surgery moves to another date more than 90 days away, your "
           "surgeon must ask again. A premium intraocular lens is not part of this approval.", 10)
    d.para(f"Questions? Call {r.phone()}. Date of birth on file: {fmt_date(f['dob'], 'iso')}.", 9.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=surgeon,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: two-page upheld appeal, fed sideways
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lakeview Community Health Plan"
    mid = f"LCH{r.digits(7)}"
    grp = f"{r.digits(6)}"
    appeal, claim = f"APL-{r.digits(7)}", f"{r.digits(11)}"
    surgeon, group = "Dr. Thaddeus R. Vinogradov", "Pinecrest Glaucoma Institute"
    billed = float(r.randint(3200, 5200))
    received = f["dos"] + dt.timedelta(days=r.randint(60, 80))
    letter = received + dt.timedelta(days=r.randint(20, 28))
    d = Page("Page {p} of {n}", header=f"{f['member']}  |  Appeal {appeal}  |  {fmt_date(letter, 'mdy_nopad')}")
    d.add_page()
    d.text_line("Lakeview Community Health Plan", 15, "B", h=7.5)
    d.text_line(f"Grievances and Appeals  ·  PO Box 2288, Duluth, MN 55802  ·  {phone(r)}", 8.5, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(letter, "mdy_nopad"), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"RE: First-level appeal {appeal}\nClaim {claim}, {group}, date of service "
           f"{fmt_date(f['dos'], 'mdy_nopad')}\nMember ID {mid}, group {grp}", 10)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"On {fmt_date(received, 'mdy_nopad')} we received your appeal of our decision not to pay claim {claim}. "
           f"The claim, for {fmt_money(billed)}, is for the surgeon's services of {surgeon} when he placed two "
           f"trabecular stents (0191T, 0376T) in your {f['eye']} eye without cataract surgery.", 10)
    d.para("Your appeal included a letter from your surgeon explaining that your eye pressure was not controlled "
           "on three medicines, that you could not tolerate a fourth, and that you had laser trabeculoplasty in "
           "2024. It also included two published studies. An ophthalmologist who was not involved in the first "
           "decision reviewed the whole file.", 10)
    d.text_line("What the reviewer considered", 11, "B", h=6.5)
    d.para("Our medical policy MP-217 covers trabecular micro-bypass stents when they are inserted during "
           "cataract surgery. For stents inserted alone, the policy looks at the evidence each year; the two "
           "studies you sent were small and had no comparison group. Your plan's Evidence of Coverage lists "
           "experimental or investigational services among its exclusions (Section 6, item 22).", 10)
    d.add_page()
    d.text_line("Our decision", 12, "B", h=7)
    d.para("We are upholding our original decision. A trabecular stent inserted without cataract surgery remains "
           "investigational under our policy, so the claim is still denied. This is the plan's final internal "
           "decision on your appeal.", 10)
    d.text_line("What you can do next", 11, "B", h=6.5)
    d.para("You may ask for an external review by an independent review organization. Your request must be made "
           "within 4 months of the date you receive this letter. If your situation is urgent, an expedited "
           "external review is decided within 72 hours. You may also contact the Minnesota Department of "
           "Commerce consumer services line for help, and you may ask us for free copies of all documents "
           "relevant to your appeal.", 10)
    d.para("Sincerely,\n\nAppeals Coordinator\nLakeview Community Health Plan", 10)
    d.para(f"cc: {surgeon}, {group}", 9)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(letter), provider=surgeon, denial_alternates=["not_covered"],
              alternates={"case_numbers": [[appeal]], "provider": [group]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_predet_letter, "bd_predet_letter", "born_digital"),
              (2, doc_three_claim_eob, "scan_boxed_eob_three_claims", "scan_clean_300"),
              (3, doc_group_bill, "copy_group_patient_bill", "photocopy"),
              (4, doc_ma_idn, "photo_ma_denial_of_payment", "phone_photo"),
              (5, doc_approval, "lowres_approval_with_cataract", "scan_lowres_150"),
              (6, doc_appeal, "rot_appeal_upheld_two_page", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 1)))
    return items
