"""Family 'hospital_bed_rental_cap_and_mattress_overlay_denial': a semi-electric hospital bed (E0260/E0261 rental)
and a group 2 powered pressure-reducing mattress (E0277) for a homebound member: the support surface refused as
not meeting the group 2 criteria, bed rental refused past the 13-month capped rental period, a DME supplier's
statement, a Medicare Summary Notice, a supplier's request for documentation (not a denial), a state Medicaid
notice of action, and a redetermination that upholds the support-surface denial.

All values invented (insurers, suppliers, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hospital_bed_rental_cap_and_mattress_overlay_denial"
LANG = "en"
SEED = 327500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUP = "Harrowgate Home Medical Supply"


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16), header=None):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r):
    m, first, mi, last = r.person()
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=m, last=last, addr=r.address(), dos=dos, npi=r.npi(), ph=ph(r),
                dob=dt.date(r.randint(1935, 1960), r.randint(1, 12), r.randint(1, 28)))


# 0: MSN, born digital: E0277 denied, oxygen/other supplier line paid
def doc_msn(r):
    f = base(r)
    mbi = f"{r.digits(1)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 50))
    c1, c2 = f"{r.digits(2)}{r.digits(3)}{r.digits(3)}{r.digits(3)}{r.digits(3)}", r.digits(14)
    b277, bpaid = float(r.randint(1650, 2400)), float(r.randint(180, 260))
    deadline = notice + dt.timedelta(days=120)
    d = Page("Medicare Summary Notice for " + f["member"] + "   Page {p} of {n}", header=f"{f['member']}  |  MSN")
    d.add_page()
    d.text_line("Medicare Summary Notice for Durable Medical Equipment", 15, "B", h=8)
    d.text_line(f"Notice for {f['member']}", 11, h=6)
    d.ln(2)
    d.boxes([("Medicare Number", mbi, 52), ("Date of this notice", fmt_date(notice, "long"), 50),
             ("Claims processed between", fmt_date(notice - dt.timedelta(days=90), "slash") + " - "
              + fmt_date(notice, "slash"), 76)])
    d.ln(4)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 10)
    d.text_line("Your Equipment, Supplies & Drug Claims", 12, "B", h=7)
    for claim, what, billed, appr, paid, note in [
        (c2, "Enteral feeding supply kit (B4035) x 30", bpaid, bpaid * 0.7, bpaid * 0.56, ""),
        (c1, "Powered pressure reducing mattress (E0277 RR)", b277, 0.0, 0.0, "A")]:
        d.font(9.5, "B")
        d.cell(0, 5.5, f"Claim number {claim}", new_x="LMARGIN", new_y="NEXT")
        d.font(9)
        supname = SUP if note else "Cobble Creek Nutrition Services"
        d.cell(0, 4.8, f"Supplier: {supname}, {ph(r)}   Ordered by: Dr. Imelda Rourke", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service date", "Item", "Supplier charged", "Approved", "Medicare paid",
                 "See notes"],
                [[fmt_date(f["dos"], "slash"), what[:48], fmt_money(billed), fmt_money(appr), fmt_money(paid),
                  note]], [22, 74, 28, 22, 24, 12], size=8.3)
    d.text_line("Notes for Claims Above", 10.5, "B", h=6)
    d.para("A  Medicare won't pay for this item because your medical record does not show you meet the "
           "coverage criteria for a group 2 support surface (multiple stage 2 pressure ulcers on the trunk "
           "that did not improve over the past month on a group 1 surface, or a large or stage 3-4 ulcer). "
           "The supplier may not bill you unless you signed an advance beneficiary notice.", 9)
    d.text_line("How to handle denials or file an appeal", 10.5, "B", h=6)
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(deadline, 'long')}. Circle the item you disagree with and send this notice to the "
           "contractor at the address in the sidebar. Call 1-800-MEDICARE (1-800-633-4227) with questions.", 9)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c1], claim_amount=m2(b277), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=SUP, appeal_deadline=iso(deadline), type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# 1: stack: redetermination upheld + supplier statement
def doc_redet(r, f):
    ins = "Norhaven Medical Administrators"
    f["ins"] = ins
    dec = f["dos"] + dt.timedelta(days=r.randint(120, 140))
    recv = dec - dt.timedelta(days=r.randint(25, 40))
    d = Page("Redetermination decision  -  page {p} of {n}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("NORHAVEN MEDICAL ADMINISTRATORS", 14, "B", h=7)
    d.text_line("Medicare Administrative Contractor  -  DME Jurisdiction E  -  PO Box 77120, Carrow, OR 97030", 8.5,
                h=4.5)
    d.ln(6)
    d.text_line(fmt_date(dec, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12, "B", h=7)
    d.para(f"We received your request for a redetermination on {fmt_date(recv, 'long')}. It concerns the "
           f"pressure reducing mattress (E0277) that {SUP} supplied to {f['member']} beginning "
           f"{fmt_date(f['dos'], 'long')}, billed at {fmt_money(f['billed'])} on claim {f['claim']}. Your "
           f"Medicare number is {f['mbi']}, and our appeal number for this request is {f['appeal']}.", 10)
    d.text_line("Decision: Unfavorable", 11, "B", h=6.5)
    d.para("We have decided that Medicare will still not pay for this item. The records sent by the supplier "
           "show a single stage 2 ulcer on the sacrum that was being treated on a group 1 overlay for eleven "
           "days. The group 2 criteria require a comprehensive ulcer treatment program for at least the past "
           "month without improvement, or a large or stage 3 or 4 ulcer. These criteria are not met.", 10)
    d.para("If you disagree, you may ask for a reconsideration by a Qualified Independent Contractor. Your "
           "request must be filed within 180 days of the date you receive this letter. The amount in "
           "controversy requirement for an administrative law judge hearing is $200.00 for 2026.", 10)
    d.para(f"Ordering physician NPI {f['npi']}.  Beneficiary date of birth {fmt_date(f['dob'], 'slash')}.", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[f["claim"], f["appeal"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=SUP, alternates={"insurer": ["Norhaven Medical Administrators, DME Jurisdiction E"]})
    f["dec"] = dec
    return pdf_bytes(d), t


def doc_sup_stmt(r, f):
    st = f["dec"] + dt.timedelta(days=r.randint(5, 12))
    acct = f"HHM-{r.digits(6)}"
    rent = float(r.randint(140, 190))
    d = Page(None)
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  " + SUP.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Rentals - Sales - Repairs   412 Kettle Row, Carrow, OR 97030   Billing {ph(r)}", 8.5, h=5)
    d.ln(4)
    d.text_line("Statement of Account", 13, "B", h=7)
    for lab, val in [("Statement date", fmt_date(st, "dmy")), ("Account", acct), ("Patient", f["member"]),
                     ("Medicare ID", f["mbi"])]:
        d.font(9.5, "B"); d.cell(36, 5.2, lab)
        d.font(9.5); d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "dmy"), "E0277 RR", "Group 2 powered mattress, month 1", fmt_money(f["billed"])],
            [fmt_date(f["dos"], "dmy"), "E0260 RR", "Semi-electric bed w/ rails, month 1", fmt_money(rent)],
            [fmt_date(f["dos"] + dt.timedelta(days=30), "dmy"), "E0260 RR", "Semi-electric bed, month 2",
             fmt_money(rent)],
            ["", "", "Medicare payment, bed months 1-2", "-" + fmt_money(rent * 1.6)],
            ["", "", "Medicare denial upheld - E0277 (ABN on file)", ""]]
    total = f["billed"] + rent * 2 - rent * 1.6
    rows.insert(3, ["", "", "Total charges", fmt_money(f["billed"] + rent * 2)])
    rows.append(["*", "", "Balance due from patient", fmt_money(total)])
    d.table(["Date", "HCPCS", "Description", "Amount"], rows, [28, 26, 90, 30], size=9, aligns="LLLR")
    d.para("Because you signed an Advance Beneficiary Notice before delivery, the mattress is your "
           "responsibility now that Medicare has upheld its denial. Payment plans are available.", 9.5)
    t = truth("other", None, insurer=None, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[], claim_amount=m2(f["billed"] + rent * 2), service_dates=[iso(f["dos"]),
              iso(f["dos"] + dt.timedelta(days=30))], denial_date=iso(st), provider=SUP,
              unscored=["insurer", "claim_amount", "case_numbers"])
    return pdf_bytes(d), t


def item_stack(r):
    f = base(r)
    f.update(mbi=f"{r.digits(1)}{r.letters(2)}{r.digits(1)}{r.letters(2)}{r.digits(1)}{r.letters(2)}{r.digits(2)}",
             claim=r.digits(13), appeal=f"RD{r.digits(9)}", billed=float(r.randint(1700, 2300)))
    docs = [doc_redet(r, f), doc_sup_stmt(r, f)]
    return Item(f"{FAMILY}_redet_stack", "fax_standard_g4", docs, separators=["cover", None])


# 2: supplier documentation request (not a denial)
def doc_docreq(r):
    f = base(r)
    sent = f["dos"] + dt.timedelta(days=r.randint(3, 10))
    ref = f"DR-{r.digits(5)}"
    d = Page(None, margins=(24, 20, 24))
    d.add_page()
    d.text_line(SUP, 13, "B", h=7)
    d.text_line("Documentation Department", 9.5, h=5)
    d.ln(8)
    d.text_line(fmt_date(sent, "abbr"), 10, h=6)
    d.ln(2)
    for ln in ["Dr. Anneliese Varga", "Coldwater Internal Medicine", "88 Fenwick Avenue", "Erie, PA 16501"]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear Dr. Varga,", 10)
    d.para(f"Your patient {f['member']} (date of birth {fmt_date(f['dob'], 'slash')}) received a semi-electric "
           f"hospital bed (E0260) from us on {fmt_date(f['dos'], 'abbr')}. The bed is now in its twelfth rental "
           "month. Medicare and most plans pay for a capped rental item for 13 months, after which ownership "
           "passes to the patient, and they audit the medical need before the final months are paid.", 10)
    d.para(f"We have not been told that any claim was refused. To keep the rental in good standing, please "
           f"send us a signed progress note from the last six months that explains why positioning the body "
           f"in ways not feasible with an ordinary bed is still needed. Please quote our reference {ref}. You "
           "can fax it to (555) 014-2290. This is not a denial and nothing is owed by the patient.", 10)
    d.para("Thank you,\nMarguerite Olsen, Documentation Specialist", 10)
    t = truth("other", None, member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])],
              denial_date=iso(sent), provider=SUP, unscored=["case_numbers", "service_dates"],
              alternates={"provider": [None, "Anneliese Varga"]})
    return pdf_bytes(d), t


# 3: commercial EOB, bed rental month 14 denied (cap), with a paid claim
def doc_cap_eob(r):
    f = base(r)
    ins = "Larkspur Valley Health Plan"
    mid, grp = f"LVH{r.digits(8)}", f"{r.digits(5)}-{r.digits(2)}"
    issued = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    c_den, c_paid = f"{r.digits(4)}-{r.digits(7)}", f"{r.digits(4)}-{r.digits(7)}"
    rent = float(r.randint(150, 210))
    visit = float(r.randint(160, 240))
    d = Page("LVHP  EOB  {p}/{n}")
    d.add_page()
    d.text_line("Larkspur Valley Health Plan", 15, "B", h=8)
    d.text_line("YOUR EXPLANATION OF BENEFITS  ·  not a bill", 10, h=6)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y)
    for lab, val in [("Date issued", fmt_date(issued, "iso")), ("Member #", mid), ("Employer group", grp)]:
        d.set_x(120); d.font(9, "B"); d.cell(30, 4.8, lab); d.font(9); d.cell(0, 4.8, val, new_x="LMARGIN",
                                                                              new_y="NEXT")
    d.ln(6)
    for claim, prov, code, desc, billed, paid, rmk in [
        (c_paid, "Dr. Oswin Pratt, MD", "99214", "Office visit, established", visit, round(visit * 0.6, 2), ""),
        (c_den, SUP, "E0260 RR", "Hospital bed rental, month 14", rent, 0.0, "N7")]:
        d.font(9.5, "B")
        d.cell(0, 5.5, f"Claim {claim}   Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service", "Code", "What was done", "Charged", "Plan paid", "Your share", "Code"],
                [[fmt_date(f["dos"], "iso"), code, desc, fmt_money(billed, "nosign"), fmt_money(paid, "nosign"),
                  fmt_money(billed - paid if rmk else visit * 0.1, "nosign"), rmk]],
                [24, 22, 56, 22, 22, 22, 12], size=8.5)
    d.text_line("Explanation codes", 10, "B", h=6)
    d.para("N7  Capped rental equipment is covered for 13 continuous months of rental. After the 13th month "
           "the member owns the item and further rental charges are not a covered benefit. Your supplier may "
           "not bill you for rental after the cap under its network agreement.", 9)
    d.para("Questions? Call " + f["ph"] + ". To appeal, write within 180 days of the date issued shown above.", 9)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c_den], claim_amount=m2(rent), service_dates=[iso(f["dos"])], denial_date=iso(issued),
              provider=SUP, appeal_deadline=iso(issued + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 4: MA plan prose letter: E0277 not medically necessary (pre-service), facts in sentences
def doc_ma_letter(r):
    f = base(r)
    ins = "Silverbrook Advantage"
    mid = f"SB{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(3, 8))
    auth = f"PA{r.digits(8)}"
    d = Page("H5521_DME26 approved      page {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Silverbrook Advantage", 14, "B", h=7)
    d.ln(6)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(3)
    d.text_line("Notice of Denial of Medical Coverage", 12, "B", h=7)
    d.para(f"{f['member']}, member number {mid}", 10)
    d.para(f"We have denied the request that {SUP} sent us for a powered pressure reducing mattress (E0277) to "
           f"be delivered to your home on {fmt_date(f['dos'], 'long')}. Our reference for this request is "
           f"{auth}.", 10)
    d.para("Why we denied your request: our medical director reviewed the notes from your doctor. They show "
           "you can turn yourself in bed and have no pressure ulcer at this time. A group 2 mattress is covered "
           "when a member has large or multiple ulcers that have not healed on a group 1 surface. A group 1 "
           "overlay (E0185) would be covered and your supplier can request it.", 10)
    d.para(f"You have the right to ask us to reconsider. Ask within 65 days of the date of this notice. If your "
           f"health could be seriously harmed by waiting, ask for a fast decision within 72 hours. Call "
           f"{f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week from October 1 to March 31.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=SUP,
              appeal_deadline=iso(notice + dt.timedelta(days=65)), alternates={"insurer": ["Silverbrook Advantage (HMO)"]})
    return pdf_bytes(d), t


# 5: paid supplier rental statement (nothing denied)
def doc_paid_stmt(r):
    f = base(r)
    st = f["dos"] + dt.timedelta(days=r.randint(35, 45))
    inv = f"INV {r.digits(6)}"
    rent = float(r.randint(150, 210))
    d = Page("Thank you for choosing " + SUP)
    d.add_page()
    d.set_x(120)
    d.text_line(SUP, 12, "B", h=6)
    d.text_line("RENTAL INVOICE  " + inv, 10, "B", h=6)
    d.ln(4)
    d.boxes([("Invoice date", fmt_date(st, "slash"), 36), ("Customer", f["member"], 60),
             ("Insurance", "Larkspur Valley Health Plan", 64)])
    d.ln(4)
    d.table(["Period", "Item", "Charge", "Insurance paid", "Balance"],
            [[fmt_date(f["dos"], "slash") + " - " + fmt_date(f["dos"] + dt.timedelta(days=29), "slash"),
              "E0260 semi-electric bed (rental 3 of 13)", fmt_money(rent), fmt_money(rent), "$0.00"]],
            [48, 70, 20, 26, 18], size=8.5)
    d.para("Nothing is due. Your plan paid this rental month in full.", 10)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(rent),
              service_dates=[iso(f["dos"], f["dos"] + dt.timedelta(days=29))], denial_date=iso(st), provider=SUP,
              case_numbers=[], unscored=["insurer", "case_numbers"],
              alternates={"service_dates": [[iso(f["dos"])]]})
    return pdf_bytes(d), t


# 6: state Medicaid notice of action
def doc_medicaid(r):
    f = base(r)
    ins = "Commonwealth Department of Human Services"
    rid = r.digits(10)
    notice = f["dos"] - dt.timedelta(days=r.randint(2, 6))
    case = f"NOA-{r.digits(7)}"
    hearing = notice + dt.timedelta(days=30)
    d = Page("MA 312 (rev. 01/26)")
    d.add_page()
    d.text_line("COMMONWEALTH DEPARTMENT OF HUMAN SERVICES", 12, "B", h=6)
    d.text_line("Office of Medical Assistance Programs", 10, h=5.5)
    d.ln(3)
    d.text_line("NOTICE OF ACTION", 14, "B", h=8)
    d.boxes([("Notice mailed", fmt_date(notice, "slash"), 34), ("Recipient ID", rid, 40),
             ("Recipient", f["member"], 60), ("Notice #", case, 38)])
    d.ln(4)
    d.para(f"The Department has DENIED the prior authorization request for a semi-electric hospital bed "
           f"(E0260) and group 2 mattress (E0277) from {SUP}, planned for {fmt_date(f['dos'], 'slash')}.", 10)
    d.para("Reason: the documents do not show that your condition requires positioning not feasible in an "
           "ordinary bed (55 Pa. Code 1123.62, invented citation for this sample).", 10)
    d.text_line("YOUR RIGHT TO A FAIR HEARING", 11, "B", h=6)
    d.para(f"If you disagree, you may ask for a fair hearing. Your request must be postmarked by "
           f"{fmt_date(hearing, 'slash')}. If you ask within 10 days, services you now get will continue.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=rid, member_name=f["member"],
              case_numbers=[case], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=SUP,
              appeal_deadline=iso(hearing), alternates={
                                                        "appeal_deadline": [None]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn", "born_digital"), (2, doc_docreq, "doc_request", "scan_clean_300"),
              (3, doc_cap_eob, "cap_eob", "photocopy"), (4, doc_ma_letter, "ma_letter", "phone_photo"),
              (5, doc_paid_stmt, "paid_rental", "rotated"), (6, doc_medicaid, "medicaid_noa", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
