"""Family 'peritoneal_dialysis_cycler_supplies_quantity_denial': home peritoneal dialysis (PD) supplies - A4719
Y-set tubing, A4720 dialysate bags, E1594 automated cycler rental - refused over a monthly quantity limit, before
the Medicare ESRD benefit starts, or under Medicare secondary payer rules during the 30-month coordination period.

Documents: a Medicare Advantage "Notice of Denial of Payment" (CMS-10003 style) for dialysate over the monthly
quantity; a fine-fax stack of a cover sheet, an employer plan key-value letter (cycler bought before the benefit
start) and the home dialysis supplier's statement; a three-claim EOB with only the A4720 claim denied; a photocopied
Medicare Summary Notice denying as secondary payer (group plan primary in the coordination period); a phone photo
of a paid EOB; a sideways upheld reconsideration; a low-resolution approval of an increased quantity.

Decoys: DOB, NPIs, supplier account numbers, dates received, paid claims, allowed/paid/you-owe amounts, form numbers,
72-hour, 60-day and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "peritoneal_dialysis_cycler_supplies_quantity_denial"
LANG = "en"
SEED = 301500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIERS = ["Tidewell Home Renal Supply, Inc.", "Cobalt Ridge Dialysis Logistics", "HearthRenal Direct LLC"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=ph(r), npi=r.npi(),
                dob=dt.date(r.randint(1946, 1990), r.randint(1, 12), r.randint(1, 28)),
                recv=dos + dt.timedelta(days=r.randint(6, 18)))


def lines(r: Rand, bags: int) -> list[dict]:
    return [dict(code="E1594", desc="Cycler dialysis machine, rental", units=1, billed=float(r.randint(780, 1150))),
            dict(code="A4719", desc="Y-set tubing, per set", units=30, billed=round(30 * r.choice([14.5, 16.25]), 2)),
            dict(code="A4720", desc="Dialysate bag, 2000-2999 ml", units=bags,
                 billed=round(bags * r.choice([21.4, 23.75, 26.1]), 2))]


# ------------------------------------------------------------ 0: MA notice of denial of payment (born digital)
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sandpiper Advantage Health Plan"
    mid, claim = f"SAH{r.digits(9)}", f"{r.digits(3)}-{r.digits(7)}"
    sup = SUPPLIERS[0]
    notice = f["dos"] + dt.timedelta(days=r.randint(24, 40))
    bags = r.randint(150, 190)
    allowed = 120
    rate = r.choice([21.4, 23.75])
    over = round((bags - allowed) * rate, 2)
    billed = round(bags * rate, 2)
    d = Page("CMS-10003-NDMCP   Form Approved OMB No. 0938-0829   H7731_PD26_C   Page {p} of {n}",
             header=f"{f['member']}  |  Member ID {mid}  |  Notice of Denial of Payment (continued)")
    d.add_page()
    d.text_line("Sandpiper Advantage", 16, "B", h=8)
    d.text_line(f"{ins} (HMO)  ·  2290 Seawall Blvd, Suite 400, Galveston, TX 77550  ·  {f['ph']}", 8.4, h=4.4)
    d.ln(4)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(1)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", align="C", h=7)
    d.ln(2)
    d.para(f"Member number: {mid}     Date of birth: {fmt_date(f['dob'], 'slash')}     Claim: {claim}", 9.5)
    d.para(f"We have denied payment for part of the following service you received from {sup}: dialysate bags "
           f"(HCPCS A4720) for home peritoneal dialysis, shipped on {fmt_date(f['dos'], 'long')}. The supplier "
           f"billed {bags} bags, {fmt_money(billed)} in total. We received the claim on "
           f"{fmt_date(f['recv'], 'long')}.", 10)
    d.text_line("Why did we deny payment?", 11, "B", h=6.5)
    d.para(f"Your plan covers up to {allowed} dialysate bags a month for a four-exchange prescription unless your "
           f"nephrologist documents a need for more. Your prescription on file is for four exchanges a day. We paid "
           f"for {allowed} bags and denied {bags - allowed} bags ({fmt_money(over)}) because the quantity is more "
           "than is medically necessary for your prescription. You do not owe the supplier for the denied bags "
           "because it is in our network.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("If you want us to reconsider, you must ask within 65 calendar days of the date of this notice. Send "
           "your written request to Sandpiper Advantage Appeals, PO Box 4471, Galveston, TX 77553 or fax "
           f"{ph(r)}. If we keep the denial, your case goes automatically to an Independent Review Entity.", 10)
    d.add_page()
    d.text_line("Getting help and more information", 11, "B", h=6.5)
    d.para("You may have someone act for you, such as a relative, friend or your doctor. To do so, fill out the "
           "Appointment of Representative form (CMS-1696). If you need a decision fast because waiting could "
           "seriously harm your health, ask for an expedited reconsideration; we decide within 72 hours. "
           "Payment appeals cannot be expedited.", 10)
    d.para("Medicare: 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY 1-877-486-2048.", 10)
    d.para(f"Supplier NPI {f['npi']}. Ordering nephrologist: Dr. Colin P. Strand.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=sup, appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["not_covered"], alternates={"claim_amount": [m2(over)], "provider": ["Colin P. Strand"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: stack: employer letter + supplier statement
def doc_employer_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Keystone Laborers Health & Welfare Fund"
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    f["notice"] = notice
    d = Page("KLHWF  ·  Benefit Determination  ·  {p}")
    d.add_page()
    d.text_line("KEYSTONE LABORERS HEALTH & WELFARE FUND", 13.5, "B", h=7)
    d.text_line(f"Fund Office · 510 Ferry Landing, Erie, PA 16501 · Participant Services {f['ph']}", 8.4, h=4.4)
    d.rule(0.6, 4)
    for lab, val in [("Date", fmt_date(notice, "dmy")), ("Participant", f["member"]), ("Participant ID", f["mid"]),
                     ("Plan", f["plan"]), ("Claim no.", f["claim"]), ("Supplier", f["sup"]),
                     ("Items", "E1594 cycler; A4719 Y-sets; A4720 dialysate"),
                     ("Dates", f"{fmt_date(f['dos'], 'dmy')} and {fmt_date(f['dos2'], 'dmy')}"),
                     ("Amount billed", fmt_money(f["billed"], "usd"))]:
        d.font(9.5, "B")
        d.cell(36, 5.4, lab)
        d.font(9.5)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Decision: NOT PAYABLE", 11, "B", h=6)
    d.para("Your home dialysis training began on a date after these shipments. Under Article IX, section 4 of the "
           "Plan, home dialysis equipment and supplies are covered from the first day of a course of home dialysis "
           "training. Supplies shipped before training starts are not a covered benefit. The dates on this claim are "
           "before your training start date on file with the Plan.", 9.8)
    d.para("You or your authorized representative may appeal this decision in writing within 180 days of the date "
           "of this letter to the Board of Trustees, Appeals Committee, at the address above. You may ask for free "
           "copies of the documents relevant to your claim. You also have the right to bring a civil action under "
           "section 502(a) of ERISA after the appeal.", 9.8)
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"]), iso(f["dos2"])], denial_date=iso(notice), provider=f["sup"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["eligibility"])
    return pdf_bytes(d), t


def doc_supplier_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    acct = f"TW-{r.digits(6)}"
    d = Page(None)
    d.add_page()
    d.set_fill_color(60, 60, 60)
    d.set_text_color(255, 255, 255)
    d.font(13, "B")
    d.cell(0, 10, "  " + f["sup"].upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Home Therapies Billing · 48 Lantern Way, Pueblo, CO 81003 · {ph(r)} · NPI {f['npi']}", 8.2, h=5)
    d.ln(3)
    d.boxes([("Statement date", fmt_date(stmt, "slash"), 38), ("Account", acct, 34), ("Patient", f["member"], 56),
             ("Balance due", fmt_money(f["billed"]), 34)])
    d.ln(4)
    rows = []
    for dd, ls in [(f["dos"], f["l1"]), (f["dos2"], f["l2"])]:
        for x in ls:
            rows.append([fmt_date(dd, "slash"), x["code"], x["desc"], str(x["units"]), fmt_money(x["billed"])])
    rows.append(["*Total charges", "", "", "", fmt_money(f["billed"])])
    rows.append([fmt_date(f["notice"], "slash"), "", "Keystone Laborers H&W Fund - denied", "", "$0.00"])
    d.table(["Ship date", "HCPCS", "Item", "Qty", "Charge"], rows, [26, 20, 80, 14, 30], size=8.6, aligns="LLLRR")
    d.para(f"Your health fund denied claim {f['claim']} because the supplies shipped before your home training "
           "start date. If you are appealing, call us and we will pause collection for 60 days. Otherwise payment "
           "is due within 30 days of this statement.", 9)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"]), iso(f["dos2"])], denial_date=iso(stmt), provider=f["sup"],
              unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["dos2"] = f["dos"] + dt.timedelta(days=r.randint(12, 16))
    f.update(mid=f"KL{r.digits(7)}", plan=f"Plan {r.choice(['A', 'B', 'C'])}-{r.digits(3)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(8)}", sup=SUPPLIERS[0])
    f["l1"] = lines(r, 120)
    f["l2"] = [dict(code="A4720", desc="Dialysate bag, 2000-2999 ml", units=60, billed=round(60 * 23.75, 2))]
    f["billed"] = round(sum(x["billed"] for x in f["l1"] + f["l2"]), 2)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_employer_letter(r, f), doc_supplier_statement(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------ 2: three-claim EOB, A4720 claim denied
def eob_rows(f, ls, dd, paid_ratio, denied=False):
    rows = []
    for x in ls:
        if denied:
            a = p = 0.0
            o = x["billed"]
        else:
            a = round(x["billed"] * paid_ratio, 2)
            p, o = round(a * 0.8, 2), round(a * 0.2, 2)
        rows.append([fmt_date(dd, "iso"), x["code"], x["desc"][:30], str(x["units"]), fmt_money(x["billed"], "nosign"),
                     fmt_money(a, "nosign"), fmt_money(p, "nosign"), fmt_money(o, "nosign"), "QL4" if denied else ""])
    return rows


def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridian Crest Health Insurance Company"
    mid, grp = f"MC {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(6)}-{r.digits(2)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(30, 40))
    sup = SUPPLIERS[1]
    c = [f"{r.digits(11)}" for _ in range(3)]
    d0 = f["dos"] - dt.timedelta(days=r.randint(25, 31))
    l = lines(r, 120)
    extra = [dict(code="A4720", desc="Dialysate bag, 2000-2999 ml", units=r.randint(40, 60), billed=0.0)]
    extra[0]["billed"] = round(extra[0]["units"] * 23.75, 2)
    d = Page("Meridian Crest  -  Explanation of Benefits  -  page {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Meridian Crest", 18, "B", h=8)
    d.text_line(f"{ins} · Box 88120, Fargo, ND 58102 · {f['ph']}", 8.2, h=4.4)
    d.ln(2)
    y = d.get_y()
    d.set_fill_color(235, 235, 235)
    d.rect(130, y, 74, 34, "F")
    for i, (lab, val) in enumerate([("STATEMENT DATE", fmt_date(stmt, "abbr")), ("MEMBER ID", mid),
                                     ("GROUP", grp), ("PATIENT", f["member"])]):
        d.set_xy(132, y + 1 + i * 8.2)
        d.font(6.5)
        d.cell(70, 3, lab)
        d.set_xy(132, y + 4 + i * 8.2)
        d.font(9, "B")
        d.cell(70, 4.5, val)
    d.set_xy(12, y)
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(y + 38)
    head = ["Date", "Code", "Service", "Qty", "Billed", "Allowed", "Paid", "You owe", "Note"]
    w = [21, 14, 52, 10, 21, 20, 19, 19, 12]
    for cn, dd, ls, den in [(c[0], d0, l, False), (c[1], f["dos"], l[:2], False), (c[2], f["dos"], extra, True)]:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {cn}  ·  {sup}  ·  received {fmt_date(dd + dt.timedelta(days=9), 'abbr')}",
               new_x="LMARGIN", new_y="NEXT")
        d.table(head, eob_rows(f, ls, dd, 0.7, den), w, size=7.8, aligns="LLLRRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("QL4  The quantity billed is more than the plan's monthly limit of 120 dialysate bags for the "
           "prescription on file. The extra bags are not covered. A network supplier may not bill you for them.", 8.6)
    d.para("Questions or appeals: you may ask for an appeal within 180 days after you receive this statement. "
           "Call Member Services or write to Appeals, Box 88125, Fargo, ND 58102.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c[2]], claim_amount=m2(extra[0]["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=sup,
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: MSN, Medicare secondary payer (photocopy)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mbi = f"{r.digits(1)}{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(1)}{r.digits(2)}-{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    sup = SUPPLIERS[2]
    claim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    l = lines(r, 120)
    billed = round(sum(x["billed"] for x in l), 2)
    d = Page("MSN  ·  CMS Product No. 12345  ·  Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=5)
    d.rule(0.8, 3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_xy(110, y)
    d.font(9)
    d.multi_cell(90, 4.8, f"Notice for {f['member']}\nMedicare Number  {mbi}\nDate of This Notice  "
                 f"{fmt_date(notice, 'long')}\nClaims Processed Between {fmt_date(notice - dt.timedelta(days=90), 'abbr')}"
                 f" and {fmt_date(notice - dt.timedelta(days=2), 'abbr')}", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("Your Claims for Part B (Medical Insurance)", 11, "B", h=6)
    d.para(f"{fmt_date(f['dos'], 'slash')}  Claim number {claim}\nSupplier: {sup}, {ph(r)}\nOrdered by: Mei T. "
           "Nakamura, MD", 9)
    rows = [[x["code"] + " " + x["desc"], fmt_money(x["billed"]), "No", "$0.00", "$0.00", "A"] for x in l]
    rows.append(["*Total for this claim", fmt_money(billed), "", "$0.00", "$0.00", ""])
    d.table(["Service provided & billing code", "Amount charged", "Approved?", "Medicare paid", "You may be billed",
             "See notes"], rows, [70, 26, 20, 24, 28, 14], size=8.2, aligns="LRCRRC")
    d.text_line("Notes for Your Claims", 10, "B", h=6)
    d.para("A  Our records show that your employer group health plan pays first for your kidney care during the "
           "30-month coordination period. Medicare is the secondary payer. Send this claim to your group health "
           "plan first; the supplier may then bill Medicare for any remaining balance.", 9)
    d.text_line("How to handle denied claims or file an appeal", 10, "B", h=6)
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(notice + dt.timedelta(days=120), 'long')}. Fill out the Redetermination Request on the last "
           "page of this notice and send it to the Medicare contractor.", 9)
    t = truth("eob", "other", insurer="Medicare", member_id=mbi, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + dt.timedelta(days=120)), type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "provider": ["Mei T. Nakamura"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: paid EOB (phone photo)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Aldergate Health Cooperative"
    mid, grp, claim = f"AHC-{r.digits(8)}", f"GRP {r.digits(5)}", f"C{r.digits(10)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 28))
    sup = SUPPLIERS[2]
    l = lines(r, 120)
    billed = round(sum(x["billed"] for x in l), 2)
    d = Page(None)
    d.add_page()
    d.text_line("Aldergate Health Cooperative", 15, "B", h=7.5)
    d.text_line("Claim Summary - all services on this claim were paid", 10, h=6)
    d.ln(2)
    d.boxes([("Issued", fmt_date(stmt, "mdy_nopad"), 30), ("Member", f["member"], 52), ("ID", mid, 40),
             ("Group", grp, 28), ("Claim", claim, 32)])
    d.boxes([("Supplier", sup, 100), ("In network", "Yes", 30), ("Received", fmt_date(f["recv"], "mdy_nopad"), 52)])
    d.ln(4)
    d.table(["Date", "Code", "Item", "Qty", "Billed", "Paid", "Your share"],
            [[fmt_date(f["dos"], "mdy_nopad"), x["code"], x["desc"], str(x["units"]), fmt_money(x["billed"]),
              fmt_money(round(x["billed"] * 0.64, 2)), fmt_money(round(x["billed"] * 0.16, 2))] for x in l] +
            [["*Totals", "", "", "", fmt_money(billed), fmt_money(round(billed * 0.64, 2)),
              fmt_money(round(billed * 0.16, 2))]], [22, 16, 64, 12, 24, 22, 22], size=8.2, aligns="LLLRRRR")
    d.para("Your home dialysis supplies for this month were paid in full at the in-network level after your 20% "
           f"coinsurance. Questions? Call {f['ph']}.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=sup, type_alternates=["other"], alternates={"group_number": [grp.replace("GRP ", "")]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: upheld reconsideration (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Medicare Choice"
    mid = f"BW{r.digits(9)}"
    appeal, claim = f"RC-{r.digits(7)}", f"{r.digits(12)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 95))
    sup = SUPPLIERS[1]
    billed = round(r.randint(36, 60) * 23.75, 2)
    d = Page("Brightwater Medicare Choice · Y0042_RC26 · {p}")
    d.add_page()
    d.set_fill_color(215, 215, 215)
    d.rect(0, 0, 52, 279.4, "F")
    d.set_xy(4, 18)
    for lab, val in [("Member", f["member"]), ("Member ID", mid), ("Appeal number", appeal), ("Claim", claim),
                     ("Decision date", fmt_date(notice, "upper")), ("Supplier", "Cobalt Ridge\nDialysis Logistics")]:
        d.set_x(4)
        d.font(7)
        d.cell(44, 3.5, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(4)
        d.font(9, "B")
        d.multi_cell(46, 4.4, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(2.5)
    d.set_left_margin(60)
    d.set_xy(60, 18)
    d.text_line("BRIGHTWATER MEDICARE CHOICE", 14, "B", h=7)
    d.text_line(f"Reconsiderations · PO Box 320, Bangor, ME 04401 · {f['ph']}", 8.4, h=5)
    d.ln(5)
    d.text_line(f"Dear {f['first']} {f['last']}:", 10.5, h=6)
    d.para(f"You asked us to reconsider our decision not to pay for extra dialysate bags (A4720) shipped to you on "
           f"{fmt_date(f['dos'], 'long')} by {sup}. The charge in dispute is {fmt_money(billed)}.", 10)
    d.para("A nephrologist who was not part of the first decision reviewed your file, including your PD "
           "prescription and the supplier's delivery tickets. Your prescription calls for four 2.5-liter exchanges "
           "a day, which uses no more than the plan's monthly allowance. No record showed a change to your "
           "prescription. We are upholding our decision: the additional bags are not medically necessary.", 10)
    d.para("Because we did not decide fully in your favor, we have sent your case to the Independent Review "
           "Entity (IRE). The IRE will contact you. You do not need to do anything.", 10)
    d.para(f"Your date of birth on file: {fmt_date(f['dob'], 'slash')}. Supplier NPI: {f['npi']}.", 8.8)
    d.para("Sincerely,\nMedical Director, Appeals & Grievances", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=sup, alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: approval of increased quantity (low res)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sandpiper Advantage Health Plan"
    mid, auth = f"SAH{r.digits(9)}", f"PA{r.digits(4)}-{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 12))
    end = f["dos"] + dt.timedelta(days=179)
    sup = SUPPLIERS[0]
    d = Page(None)
    d.add_page()
    d.text_line("Sandpiper Advantage", 16, "B", h=8)
    d.text_line(f"{ins} (HMO)  ·  Utilization Management", 9, h=5)
    d.ln(4)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Your request is APPROVED", 12.5, "B", h=7)
    d.table(["Authorization", "Item", "Approved quantity", "Valid"],
            [[auth, "A4720 dialysate, 2000-2999 ml", "150 bags / month",
              f"{fmt_date(f['dos'], 'slash')} - {fmt_date(end, 'slash')}"]], [32, 62, 34, 50], size=9)
    d.para(f"Member ID {mid}. Your nephrologist asked for five exchanges a day because of your fluid balance. We "
           f"approved the higher quantity of dialysate bags from {sup}. This approval is not a guarantee of payment "
           "if you are not enrolled on the date the supplies are shipped.", 10)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(f["dos"], end)], denial_date=iso(notice), provider=sup,
              alternates={"service_dates": [[iso(f["dos"])], []]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_ma_notice, "ma_notice", "born_digital"), (2, doc_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_msn, "msn_msp", "photocopy"), (4, doc_paid_eob, "paid_eob", "phone_photo"),
              (5, doc_upheld, "upheld_recon", "rotated"), (6, doc_approval, "approval", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
