"""Family 'hospice_inpatient_respite_five_day_limit_denial': hospice inpatient respite care (revenue code 0655)
paid for five consecutive days and refused after the fifth day, days rebilled as general inpatient care (0656)
refused as not meeting the GIP level, and nursing facility room and board around a respite stay, seen from
Original Medicare, employer plans, a Medicaid managed long-term care plan, the hospice agency and the nursing
facility that housed the patient.

Documents: a prose letter from an employer plan (facts in sentences); a scanned stack of an employer plan's
EOB-like determination with the blank back of its sheet and the hospice agency's family statement; a Part A
Medicare Summary Notice; a photocopied nursing facility invoice to the family; a standard-fax Medicaid MLTC
notice of adverse benefit determination for room and board during the respite days (fair hearing limits); a
sideways upheld appeal with a sidebar (GIP not met, so level of care); a phone photo of a paid hospice EOB.

Decoys: hospice election date, certification period, DOB, NPIs, Medicare provider numbers, resident account
numbers, the paid respite days, patient liability amount, dates received, form numbers, 10-day, 120-day,
72-hour and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hospice_inpatient_respite_five_day_limit_denial"
LANG = "en"
SEED = 307600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSPICES = ["Lanternlight Hospice & Palliative Care", "Stillwater Valley Hospice", "Amberfield Community Hospice"]
FACILITIES = ["Cedar Hollow Nursing & Rehabilitation", "Willowmere Care Center", "Brookside Manor Health Campus"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def stay(r: Rand, days: int) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 130))
    end = start + dt.timedelta(days=days - 1)          # last inpatient day
    d6 = start + dt.timedelta(days=5)                  # first day over the five-day limit
    return dict(member=member, first=first, last=last, addr=r.address(), start=start, end=end, d5=start +
                dt.timedelta(days=4), d6=d6, elect=start - dt.timedelta(days=r.randint(40, 160)),
                dob=dt.date(r.randint(1931, 1960), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                caregiver=r.person()[0])


# ------------------------------------------------------------------ 0: employer plan prose letter (born digital)
def doc_prose(r: Rand):
    f = stay(r, 8)
    ins = "Glenmorrow Health Insurance Company"
    mid, grp = f"GHI{r.digits(8)}", f"{r.digits(6)}"
    claim = f"{r.digits(11)}"
    hosp = HOSPICES[0]
    rate = r.choice([512.40, 538.75, 561.20])
    billed = round(rate * 8, 2)
    notice = f["end"] + dt.timedelta(days=r.randint(24, 38))
    d = Page("Glenmorrow Health  ·  {p}", margins=(24, 20, 24))
    d.add_page()
    d.text_line("Glenmorrow Health", 16, "B", h=8)
    d.text_line("Glenmorrow Health Insurance Company  ·  Claims Review  ·  500 Foxglove Parkway, Erie, PA 16501",
                8.4, h=4.4)
    d.ln(9)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["caregiver"] + ", Authorized Representative", f"for {f['member']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['caregiver'].split()[0]}:", 10.5)
    d.para(f"We have finished processing claim {claim} from {hosp} for inpatient respite care given to "
           f"{f['member']} (member ID {mid}, group {grp}) from {fmt_date(f['start'], 'long')} through "
           f"{fmt_date(f['end'], 'long')}. The hospice billed eight days of inpatient respite care at "
           f"{fmt_money(rate)} a day, a total of {fmt_money(billed)}.", 10.5)
    d.para(f"Your plan's hospice benefit covers inpatient respite care for up to five consecutive days at a time, "
           "to give the family caregiver a rest. We paid the first five days. The days from "
           f"{fmt_date(f['d6'], 'long')} through {fmt_date(f['end'], 'long')} are over that limit and are not "
           "covered as inpatient respite care. Routine hospice care for those days is still covered if the "
           "hospice bills it that way; the hospice may not bill you for the denied respite days unless you "
           "agreed in writing beforehand.", 10.5)
    d.para("If you disagree with this decision, you may file an appeal within 180 days of the date of this letter. "
           "Send it to Glenmorrow Health, Appeals and Grievances, PO Box 9020, Erie, PA 16501. An urgent appeal "
           "is decided within 72 hours. You may ask for an external review after our final decision.", 10.5)
    d.para("Sincerely,\nClaims Review\nGlenmorrow Health Insurance Company", 10.5)
    d.para(f"Hospice election on file: {fmt_date(f['elect'], 'long')}.  Hospice NPI {f['npi']}.", 8.4)
    t = truth("denial_letter", "not_covered", insurer="Glenmorrow Health Insurance Company", group_number=grp,
              member_id=mid, member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed),
              service_dates=[iso(f["d6"], f["end"])], denial_date=iso(notice), provider=hosp,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"service_dates": [[iso(f["start"], f["end"])]], "insurer": ["Glenmorrow Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: scan stack: determination + hospice statement
def doc_determination(r: Rand, f: dict):
    ins = "Harbortown Employee Benefit Trust"
    stmt = f["end"] + dt.timedelta(days=r.randint(20, 30))
    f["stmt"] = stmt
    d = Page("Harbortown Employee Benefit Trust  -  Claim Determination  -  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("HARBORTOWN EMPLOYEE BENEFIT TRUST", 14, "B", h=7)
    d.text_line("Self-funded plan for Harbortown Municipal Employees  ·  1-877-318-9902", 8.4, h=4.6)
    d.ln(3)
    d.text_line("CLAIM DETERMINATION", 12, "B", h=7)
    for lab, val in [("Determination date ....", fmt_date(stmt, "dmy")), ("Covered person ..........", f["member"]),
                     ("Trust ID ....................", f["mid"]), ("Employer group ..........", f["grp"]),
                     ("Claim reference ..........", f["claim"]), ("Hospice ......................", f["hosp"])]:
        d.font(9.2)
        d.cell(52, 5.2, lab)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = []
    for frm, to, rev, desc, n, amt, paid, note in f["lines"]:
        rows.append([f"{fmt_date(frm, 'dmy')}-{fmt_date(to, 'dmy')}", rev, desc, str(n), fmt_money(amt, "nosign"),
                     fmt_money(paid, "nosign"), note])
    rows.append(["*Total", "", "", "", fmt_money(f["billed"], "nosign"), fmt_money(f["paid"], "nosign"), ""])
    d.table(["Dates", "Rev", "Service", "Days", "Charge", "Paid", "Code"], rows, [44, 12, 56, 12, 24, 24, 14],
            size=8.2, aligns="LLLRRRL")
    d.para("R5  Inpatient respite care is limited to 5 consecutive days per respite stay. Days after the fifth "
           "day are not a covered benefit.", 8.8)
    d.para("Appeals must be received within 180 days of the determination date. Mail to the Trust Office, "
           "2 Wharf Street, Bangor, ME 04401.", 8.8)
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["d6"], f["end"])],
              denial_date=iso(stmt), provider=f["hosp"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              type_alternates=["denial_letter"],
              alternates={"service_dates": [[iso(f["start"], f["end"])]]})
    return pdf_bytes(d), t


def doc_hospice_statement(r: Rand, f: dict):
    bill = f["stmt"] + dt.timedelta(days=r.randint(8, 15))
    acct = f"H-{r.digits(6)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(230, 230, 230)
    d.rect(0, 0, 62, 279.4, style="F")
    d.set_xy(6, 16)
    d.font(11, "B")
    d.multi_cell(52, 5.5, f["hosp"].replace(" & ", "\n& "))
    d.set_x(6)
    d.font(8)
    d.multi_cell(52, 4.2, f"Family Billing\n14 Orchard Lane\nBangor, ME 04401\n{ph(r)}\n\nAccount\n{acct}\n\n"
                          f"Statement\n{fmt_date(bill, 'long')}")
    d.set_left_margin(70)
    d.set_xy(70, 16)
    d.text_line("Statement for family", 13, "B", h=7)
    d.text_line(f"Patient: {f['member']}", 9.6, h=5.2)
    d.text_line(f"Responsible party: {f['caregiver']}", 9.6, h=5.2)
    d.text_line(f"Care provided by: {f['hosp']}", 9.6, h=5.2)
    d.text_line(f"Stay: {fmt_date(f['start'], 'slash')} - {fmt_date(f['end'], 'slash')}", 9.6, h=5.2)
    d.ln(4)
    d.para(f"Our hospice team cared for {f['first']} in our inpatient respite suite from "
           f"{fmt_date(f['start'], 'long')} through {fmt_date(f['end'], 'long')} while the family was away. "
           f"Harbortown Employee Benefit Trust paid five days and denied the rest under its five-day limit "
           f"(claim {f['claim']}).", 9.4)
    rows = [["Respite, days 1-5", fmt_money(f["lines"][0][5])], ["Respite, days 6-" + str((f["end"] - f["start"]).days + 1),
                                                                   fmt_money(f["lines"][1][5])],
            ["*Total charges", fmt_money(f["billed"])], ["Trust payment", "-" + fmt_money(f["paid"])],
            ["Contractual write-off (days over limit)", "-" + fmt_money(f["lines"][1][5])], ["*Your balance", "$0.00"]]
    d.table(["Item", "Amount"], rows, [90, 40], size=9, aligns="LR")
    d.para("You owe nothing for this stay. Because no written agreement was signed before the extra days, we "
           "have written them off. Next time, please ask our social worker about a private-pay respite "
           "agreement before the fifth day.", 9.2)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(bill), provider=f["hosp"],
              unscored=["insurer"], alternates={"case_numbers": [[]], "service_dates": [[iso(f["d6"], f["end"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = stay(r, 7)
    f.update(mid=f"HEBT{r.digits(6)}", grp=f"MUNI-{r.digits(3)}", claim=f"{r.digits(3)}{r.letters(2)}{r.digits(6)}",
             hosp=HOSPICES[1])
    rate = r.choice([498.00, 523.50])
    a1, a2 = round(rate * 5, 2), round(rate * 2, 2)
    f["lines"] = [(f["start"], f["d5"], "0655", "Inpatient respite care", 5, a1, a1, ""),
                  (f["d6"], f["end"], "0655", "Inpatient respite care", 2, a2, 0.0, "R5")]
    f["billed"], f["paid"] = a1 + a2, a1
    return Item(f"{FAMILY}_scan_stack", "scan_lowres_150", [doc_determination(r, f), doc_hospice_statement(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------------ 2: Part A MSN
def doc_msn(r: Rand):
    f = stay(r, 9)
    mbi = f"{r.choice('123456789')}{r.letters(1)}{r.letters(1)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    mbi_p = mbi.replace("-", "")
    hosp = HOSPICES[2]
    msn_date = f["end"] + dt.timedelta(days=r.randint(30, 45))
    by = msn_date + dt.timedelta(days=120)
    claim = f"{r.digits(14)}"
    rate = r.choice([551.85, 572.10])
    r1, r2 = round(rate * 5, 2), round(rate * 4, 2)
    rhc = round(218.33 * 4, 2)
    billed = round(r1 + r2, 2)
    d = Page("Medicare Summary Notice for Part A (Hospital Insurance)  ·  Page {p} of {n}",
             header=f"{f['member']}   Medicare Number {mbi}   Notice date {fmt_date(msn_date, 'long')}")
    d.add_page()
    d.text_line("Medicare Summary Notice", 16, "B", h=8)
    d.text_line("for Part A (Hospital Insurance)", 11, h=6)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.4,
                h=5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.4, h=5)
    d.set_y(y)
    for lab, val in [("Notice date", fmt_date(msn_date, "long")), ("Medicare Number", mbi),
                     ("Claims processed", f"{fmt_date(f['end'] + dt.timedelta(days=10), 'abbr')} - "
                                          f"{fmt_date(msn_date - dt.timedelta(days=2), 'abbr')}")]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(36, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("Your Claims for Hospice Care", 11, "B", h=6.5)
    d.para(f"{hosp}, 301 Ridgecrest Road, Lubbock, TX 79401.  Claim number {claim}.  Hospice election "
           f"{fmt_date(f['elect'], 'abbr')}.", 8.8)
    rows = [[f"{fmt_date(f['start'], 'slash')}-{fmt_date(f['d5'], 'slash')}", "Inpatient respite care (0655), 5 days",
             fmt_money(r1), "Yes", "$0.00", "A"],
            [f"{fmt_date(f['d6'], 'slash')}-{fmt_date(f['end'], 'slash')}", "Inpatient respite care (0655), 4 days",
             fmt_money(r2), "No", "$0.00", "B"],
            [f"{fmt_date(f['d6'], 'slash')}-{fmt_date(f['end'], 'slash')}", "Paid as routine home care (0651), 4 days",
             "$0.00", "Yes", "$0.00", "C"]]
    d.table(["Dates of service", "Service", "Amount charged", "Approved?", "You may be billed", "See"], rows,
            [42, 60, 24, 18, 28, 10], size=8.2, aligns="LLRCRC")
    d.para(f"Total charged for this claim: {fmt_money(billed)}.", 8.8)
    d.text_line("Notes for Your Claims", 10, "B", h=6)
    d.para("A  Medicare pays for inpatient respite care for up to 5 days in a row.\nB  Medicare does not pay for "
           "inpatient respite care beyond 5 days in a row. These days were paid as routine home care instead "
           "(see C). You are not responsible for the denied respite amount.\nC  Routine home care rate applied.",
           8.6)
    d.add_page()
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B", h=7)
    d.para(f"If you disagree with a coverage decision on this notice, you can file an appeal. Appeals must be "
           f"filed by {fmt_date(by, 'long')}. Circle the services you disagree with, explain why, sign, and send "
           "this page to the Medicare contractor: Northlake Government Health Services, Part A Redeterminations, "
           "PO Box 66820, Omaha, NE 68106. You may also use form CMS-20027.", 9.2)
    d.para("If you need help, call 1-800-MEDICARE (1-800-633-4227). Your State Health Insurance Assistance "
           "Program (SHIP) can also help.", 9.2)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'slash')}.  Provider number {r.digits(2)}-{r.digits(4)}.",
           8.4)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["d6"], f["end"])],
              denial_date=iso(msn_date), provider=hosp, appeal_deadline=iso(by),
              type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "member_id": [mbi_p],
                          "claim_amount": [m2(r2)], "service_dates": [[iso(f["start"], f["end"])]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: nursing facility invoice (photocopy)
def doc_facility(r: Rand):
    f = stay(r, 6)
    fac = FACILITIES[0]
    inv = f"INV-{r.digits(6)}"
    res = f"R{r.digits(5)}"
    mcaid = f"{r.digits(9)}"
    month_end = f["end"] + dt.timedelta(days=r.randint(6, 14))
    rb = r.choice([248.00, 265.00, 279.50])
    days_before = r.randint(8, 14)
    first = f["start"] - dt.timedelta(days=days_before)
    liab = f"{r.randint(1100, 1800)}.00"
    lines = [(first, f["start"] - dt.timedelta(days=1), "Room and board (hospice resident)", days_before,
              round(rb * days_before, 2)),
             (f["start"], f["end"], "Bed hold - resident in inpatient respite", 6, round(rb * 0.5 * 6, 2))]
    total = round(sum(x[4] for x in lines), 2)
    d = Page(f"{fac}  ·  Business Office  ·  invoice {inv}", margins=(16, 14, 16))
    d.add_page()
    d.text_line(fac, 15, "B", align="C", h=8)
    d.text_line("2210 Sorrel Hill Road  ·  Macon, GA 31201  ·  Business Office " + ph(r), 8.4, align="C", h=5)
    d.ln(4)
    d.text_line("RESIDENT INVOICE", 12, "B", h=7)
    d.table(["Invoice date", "Invoice no.", "Resident no.", "Medicaid ID"],
            [[fmt_date(month_end, "dmy"), inv, res, mcaid]], [40, 40, 40, 50], size=9, border_head="TB")
    d.para(f"Resident: {f['member']}    Billed to: {f['caregiver']} (responsible party)    Hospice: {HOSPICES[1]}",
           9)
    rows = [[f"{fmt_date(a, 'dmy')} to {fmt_date(b, 'dmy')}", desc, str(n), fmt_money(amt)] for a, b, desc, n, amt in
            lines]
    rows.append(["*Total charges", "", "", fmt_money(total)])
    rows.append(["", "Paid by Medicaid plan (room and board)", "", "-" + fmt_money(total - float(liab))])
    rows.append(["*Patient liability due", "", "", fmt_money(liab)])
    d.table(["Period", "Description", "Days", "Amount"], rows, [56, 80, 14, 30], size=8.6, aligns="LLRR")
    d.para("Patient liability is the monthly amount set by the state Medicaid agency that the resident pays "
           "toward care from their own income. Please pay by the 10th of next month. The hospice pays us for "
           "the respite days directly; the bed hold days above are billed to the Medicaid plan.", 9)
    t = truth("other", None, member_id=mcaid, member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(first, f["end"])], denial_date=iso(month_end), provider=fac,
              unscored=["insurer"],
              alternates={"member_id": [None], "claim_amount": [liab],
                          "service_dates": [[iso(first, f["start"] - dt.timedelta(days=1)), iso(f["start"], f["end"])],
                                            []]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: Medicaid MLTC notice (fax standard)
def doc_medicaid(r: Rand):
    f = stay(r, 5)
    ins = "Keystone Meadows Long Term Care Plan"
    mid = f"{r.digits(8)}{r.letters(1)}"
    notice_no = f"NOA-{r.digits(3)}-{r.digits(5)}"
    fac = FACILITIES[1]
    notice = f["end"] + dt.timedelta(days=r.randint(18, 30))
    rb = r.choice([231.00, 244.50])
    amt = round(rb * 5, 2)
    d = Page("KMLTC-NABD-07 (rev. 2025)  ·  page {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Keystone Meadows Long Term Care Plan", 13, "B", h=7)
    d.text_line("A Medicaid managed long term care plan  ·  PO Box 1550, Erie, PA 16501  ·  1-866-702-4418", 8.4,
                h=4.6)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", align="C", h=7)
    d.text_line("(Notice of Action)", 9.5, align="C", h=5)
    d.ln(3)
    for lab, val in [("Date of this notice", fmt_date(notice, "iso")), ("Member", f["member"]),
                     ("Medicaid member number", mid), ("Notice number", notice_no), ("Nursing facility", fac)]:
        d.font(9.4, "B")
        d.cell(56, 5.4, lab + ":")
        d.font(9.4)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"{fac} asked us to pay nursing facility room and board of {fmt_money(amt)} for "
           f"{fmt_date(f['start'], 'iso')} through {fmt_date(f['end'], 'iso')}. We will not pay it. On those days "
           f"you were not in the nursing facility: you were in a hospice inpatient respite bed, and "
           f"{HOSPICES[0]} is paid for your room and board on respite days. Paying the nursing facility for the "
           "same days would pay twice for the same service.", 9.6)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may ask us for a plan appeal within 60 days of the date of this notice. Call 1-866-702-4418 or "
           "write to Appeals at the address above. If your health is in serious danger, ask for a fast appeal; "
           "we will decide within 72 hours.", 9.6)
    d.text_line("State fair hearing", 10.5, "B", h=6)
    d.para("After our appeal decision, you may ask for a state fair hearing within 120 days of the date of the "
           "appeal decision. If you appeal within 10 days of the date of this notice, your services continue "
           "while you wait. This notice does not change your hospice services or your patient liability.", 9.6)
    t = truth("denial_letter", "other", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[notice_no], claim_amount=m2(amt), service_dates=[iso(f["start"], f["end"])],
              denial_date=iso(notice), provider=fac, appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: sideways upheld appeal, sidebar (GIP)
def doc_appeal(r: Rand):
    f = stay(r, 9)
    ins = "Bellwether Mutual Health"
    mid, grp = f"BMH-{r.digits(7)}", f"G{r.digits(5)}"
    appeal, claim = f"AP-{r.digits(6)}", f"{r.digits(12)}"
    hosp = HOSPICES[1]
    rate = r.choice([1132.60, 1178.25])
    billed = round(rate * 4, 2)
    recv = f["end"] + dt.timedelta(days=r.randint(40, 60))
    dec = recv + dt.timedelta(days=r.randint(15, 28))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(228, 228, 228)
    d.rect(0, 0, 64, 279.4, style="F")
    y = 18
    for lab, val in [("ENROLLEE", f["member"]), ("MEMBER NUMBER", mid), ("GROUP", grp), ("APPEAL", appeal),
                     ("CLAIM", claim), ("DECIDED", fmt_date(dec, "abbr")), ("RECEIVED", fmt_date(recv, "abbr")),
                     ("BIRTH DATE", fmt_date(f["dob"], "abbr"))]:
        d.set_xy(6, y)
        d.font(7, "B")
        d.cell(54, 4, lab)
        d.set_xy(6, y + 4.2)
        d.font(9.4)
        d.cell(54, 5, val)
        y += 13
    d.set_left_margin(72)
    d.set_xy(72, 16)
    d.text_line("Bellwether Mutual Health", 15, "B", h=8)
    d.text_line("Member Appeals  ·  77 Granary Street, Fargo, ND 58102", 8.4, h=5)
    d.ln(6)
    d.text_line("Your appeal decision: DENIAL UPHELD", 12, "B", h=7)
    d.ln(2)
    d.para(f"You asked us to pay {hosp} for general inpatient hospice care from {fmt_date(f['d6'], 'long')} through "
           f"{fmt_date(f['end'], 'long')} ({fmt_money(billed)}). The hospice first billed these days as inpatient "
           "respite care, which is limited to five days, and then rebilled them as general inpatient (GIP) care.",
           9.6)
    d.para("General inpatient care is covered only for pain or symptoms that cannot be managed in another "
           "setting. A hospice physician reviewed the records. They show stable pain scores on oral medication "
           "and no new symptoms during these days; the stay continued because the caregiver was still away. "
           "The care could have been given at routine home care level, so the inpatient level of care was not "
           "needed. We uphold the denial.", 9.6)
    d.para("This is our final decision. You may ask for an independent external review within 4 months of "
           "receiving this letter. Call 1-888-455-3091 for help.", 9.6)
    d.para("Nurse Appeals Coordinator\nBellwether Mutual Health", 9.6)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["d6"], f["end"])], denial_date=iso(dec), provider=hosp,
              denial_alternates=["medical_necessity"], alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: phone photo, paid hospice EOB
def doc_paid(r: Rand):
    f = stay(r, 5)
    ins = "Foxhaven Health Plan"
    mid, grp = f"FX{r.digits(9)}", f"{r.digits(4)}{r.letters(2)}"
    claim = f"{r.digits(5)}-{r.digits(5)}"
    hosp = HOSPICES[2]
    stmt = f["end"] + dt.timedelta(days=r.randint(20, 30))
    rate = r.choice([505.00, 529.40])
    billed = round(rate * 5, 2)
    d = Page("Foxhaven Health Plan | Explanation of Benefits | page {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Foxhaven Health Plan", 15, "B", h=7.5)
    d.text_line("Explanation of Benefits  -  keep for your records", 9.5, h=5.5)
    d.ln(3)
    d.para(f"Issue date | {fmt_date(stmt, 'abbr')}     Patient | {f['member']}     Member no. | {mid}     "
           f"Group | {grp}", 9)
    d.para(f"Claim | {claim}     Provider | {hosp}     NPI | {f['npi']}", 9)
    d.ln(2)
    d.table(["Service dates", "Service", "Days", "Billed", "Allowed", "Paid", "You owe"],
            [[f"{fmt_date(f['start'], 'abbr')} - {fmt_date(f['end'], 'abbr')}", "Inpatient respite (0655)", "5",
              fmt_money(billed), fmt_money(billed * 0.8), fmt_money(billed * 0.8), "$0.00"]],
            [46, 46, 12, 24, 24, 24, 18], size=8.4, aligns="LLRRRRR")
    d.para("Your hospice benefit pays inpatient respite care in full for up to five days in a row. This stay was "
           "five days, so all of it was covered. Nothing on this claim was denied.", 9.2)
    d.para("Questions? 1-855-210-6643. If you disagree, you can appeal within 180 days after you get this EOB.",
           8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["start"], f["end"])],
              denial_date=iso(stmt), provider=hosp, type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose, "plan_letter", "born_digital"), (2, doc_msn, "part_a_msn", "scan_clean_300"),
              (3, doc_facility, "facility_invoice", "photocopy"), (4, doc_medicaid, "mltc_notice", "fax_standard_g4"),
              (5, doc_appeal, "gip_appeal", "rotated"), (6, doc_paid, "paid_eob", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
