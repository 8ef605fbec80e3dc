"""Family 'tumor_treating_fields_glioblastoma_device_denial': tumor treating fields therapy for glioblastoma (HCPCS
E0766, electrical stimulation device for cancer treatment, billed as a monthly rental by a DME supplier; supplies
A4555) refused because the tumour is not newly diagnosed (recurrent disease outside the plan's criteria) or
because device use averaged under 18 hours a day (the usage log shows under 75%).

Documents: a two-page Medicare Advantage payment denial in the CMS-10003 style (running header, 65 days of the date
of this notice); a standard-fax stack of a caregiver's handwritten-style cover note (no document), a commercial
pre-service letter whose facts are only in sentences (not newly diagnosed) and the DME supplier's invoice to the
patient; an approval after appeal (overturned, authorization and approved rental span); a photocopied EOB with
three monthly rental claims, only the third denied for low usage; a phone photo of a paid Medicare Advantage claim
summary (nothing denied); a sideways DOL-model adverse benefit determination from a TPA; a fine-fax upheld
provider appeal to the supplier.

Decoys: DOB, device serial numbers, NPIs, usage percentages and the 18-hour threshold, dates received, paid months,
allowed/paid amounts, account and invoice numbers, form and material numbers, 72-hour, 10-day, 4-month limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tumor_treating_fields_glioblastoma_device_denial"
LANG = "en"
SEED = 302600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DD = dt.timedelta
SUPPLIERS = ["Voltaris Neuro-Oncology Supply, LLC", "Fieldstone Home Oncology Devices", "Orrin Medical Equipment Co."]


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"{r.choice(['800', '844', '877', '888'])}.555.{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 1, 5) + DD(days=r.randint(0, 120))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(), start=start,
                dob=dt.date(r.randint(1950, 1985), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(), ph=phone(r),
                serial=f"TTF-{r.letters(2)}{r.digits(6)}", rent=float(r.randint(17800, 21900)))


def month(start: dt.date, k: int) -> tuple[dt.date, dt.date]:
    a = start + DD(days=30 * k)
    return a, a + DD(days=29)


# ---------------------------------------------------------------- 0: MA payment denial, CMS-10003 style, 2 pages
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Evergreen Crest Medicare Advantage"
    mid = f"ECM{r.digits(8)}"
    plan = f"H{r.digits(4)}-{r.digits(3)}"
    claim = f"{r.digits(4)}{r.letters(1)}{r.digits(6)}"
    sup = SUPPLIERS[0]
    a, b = month(f["start"], 3)
    notice = b + DD(days=r.randint(24, 40))
    hours = round(r.uniform(14.2, 16.9), 1)
    d = Page("Form CMS-10003-NDMCP   OMB Approval 0938-0829   Y0042_EC_NDP26_C", margins=(22, 18, 22),
             header=f"{f['member']} - Notice of Denial of Payment - continued")
    d.add_page()
    d.text_line("Evergreen Crest", 16, "B", h=7)
    d.text_line(f"{ins} · PO Box 31170, Bellingham, WA 98225 · {f['ph']} (TTY 711)", 8.2, h=4.5)
    d.ln(6)
    d.text_line("Notice of Denial of Payment", 15, "B", align="C", h=8)
    d.ln(3)
    for lab, val in [("Date:", fmt_date(notice, "slash")), ("Name:", f["member"]), ("Member number:", mid),
                     ("Plan:", plan), ("Claim:", claim)]:
        d.font(10)
        d.cell(40, 5.6, lab)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your request was denied", 11.5, "B", h=7)
    d.para(f"We denied payment for the monthly rental of your tumor treating fields device (E0766) and its supplies "
           f"for the rental period {fmt_date(a, 'long')} through {fmt_date(b, 'long')}, billed by {sup}. The "
           f"amount billed was {fmt_money(f['rent'])}.", 10.3)
    d.text_line("Why did we deny your request?", 11.5, "B", h=7)
    d.para("Medicare covers continued rental of this device only when the usage log shows the device was worn an "
           "average of at least 18 hours a day (75% of the time). The log your supplier sent for this period, from "
           f"device {f['serial']}, shows an average of {hours} hours a day. Because the usage requirement was not "
           "met, the rental for this period is not medically necessary under the Local Coverage Determination for "
           "Tumor Treatment Field Therapy (L34823).", 10.3)
    d.para("Your earlier rental months were paid. This decision does not change them.", 10.3)
    d.text_line("You have the right to appeal our decision", 11.5, "B", h=7)
    d.para("You have the right to ask Evergreen Crest to review our decision by asking us for an appeal. Ask for "
           "an appeal within 65 calendar days of the date of this notice. We can give you more time if you have a "
           "good reason for missing the deadline.", 10.3)
    d.add_page()
    d.text_line("How to ask for an appeal with Evergreen Crest", 11.5, "B", h=7)
    d.para("Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request must "
           "include your name, address, member number, the reasons for appealing and any evidence you wish to "
           "attach.", 10.3)
    d.para(f"Step 2: Mail, fax, or deliver your appeal to: Evergreen Crest Appeals, PO Box 31175, Bellingham, WA "
           f"98225. Fax: {phone(r)}.", 10.3)
    d.para("What happens next? If you ask for an appeal and we continue to deny payment, we will automatically "
           "send your case to an independent reviewer. Payment appeals are not expedited.", 10.3)
    d.para("Get help & more information: call Evergreen Crest Member Services or 1-800-MEDICARE "
           "(1-800-633-4227), 24 hours a day, 7 days a week. TTY users should call 1-877-486-2048.", 10.3)
    d.para(f"Ordering physician: Dr. Anjali Ferreira-Quist, neuro-oncology (NPI {f['npi']}). Copy sent to {sup}.",
           9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, plan_id=plan, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(f["rent"]),
              service_dates=[iso(a, b)], denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + DD(days=65)),
              alternates={"service_dates": [[iso(a)]], "provider": ["Anjali Ferreira-Quist"], "plan_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: standard-fax stack
def caregiver_note(f: dict) -> bytes:
    d = Page(None, margins=(26, 22, 26))
    d.add_page()
    d.set_font("DejaVu", "", 12.5)
    d.multi_cell(0, 8, f"To the patient advocate at Lakemont Cancer Center,\n\n"
                 f"I am {f['cg']}, family caregiver for {f['first']}. Attached are the two papers we got this "
                 "month about the head device (the electric cap): the insurance letter and the bill from the equipment company. "
                 f"We do not understand why it is refused, {f['first']} has worn it almost every day since the surgery. "
                 "Can you help us appeal? My cell is 555-0143, best after 3 pm.\n\nThank you,\n"
                 f"{f['cg']}\n\n(2 pages after this note)")
    return pdf_bytes(d)


def doc_stack_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Harrow Point Health Insurance Company"
    notice = f["start"] - DD(days=r.randint(6, 12))
    f["notice"] = notice
    d = Page("Harrow Point Health | HP-PA-ltr-22 | {p}", margins=(24, 20, 24))
    d.add_page()
    d.text_line("HARROW POINT HEALTH", 14, "B", h=7)
    d.text_line("1200 Fenwick Avenue · Duluth, MN 55802", 8.6, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"Your neuro-oncologist, Dr. Matthias Rennick, asked Harrow Point Health Insurance Company to cover "
           f"tumor treating fields therapy (HCPCS E0766) from {f['sup']} starting {fmt_date(f['start'], 'long')}. "
           f"Your request is number {f['req']}, and your member ID is {f['hmid']} under employer group {f['hgrp']}.",
           10.5)
    d.para("We reviewed the request and the records sent with it, and we are not able to approve it. Our coverage "
           "criteria (Medical Policy DME-118) cover tumor treating fields only for newly diagnosed glioblastoma, "
           "started within 7 weeks after chemoradiation and used together with temozolomide. Your records show "
           "the tumor has come back (recurrent glioblastoma) and that first treatment ended more than a year ago. "
           "Because you are not newly diagnosed, the criteria are not met and the device is not medically "
           "necessary for you under the policy.", 10.5)
    d.para(f"The estimated charge for the first month's rental was {fmt_money(f['rent'])}.", 10.5)
    d.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal to Harrow "
           f"Point Health, Appeals Department, PO Box 889, Duluth, MN 55801, or call {f['ph']}. If your health "
           "could be seriously harmed by waiting, ask for an urgent appeal (decided within 72 hours).", 10.5)
    d.para("Sincerely,\nMedical Management, Harrow Point Health", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["hgrp"], member_id=f["hmid"],
              member_name=f["member"], case_numbers=[f["req"]], claim_amount=m2(f["rent"]),
              service_dates=[iso(f["start"])], denial_date=iso(notice), provider="Matthias Rennick",
              appeal_deadline=iso(notice + DD(days=180)), denial_alternates=["not_covered"],
              alternates={"provider": [f["sup"]], "claim_amount": [None]})
    return pdf_bytes(d), t


def doc_stack_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    a, b = f["start"], f["start"] + DD(days=29)
    inv_date = b + DD(days=r.randint(20, 34))
    inv = f"INV-{r.digits(6)}"
    acct = f"PT{r.digits(6)}"
    sup_a = float(r.randint(260, 420))
    total = f["rent"] + sup_a
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_font("DejaVu", "B", 18)
    d.cell(110, 9, "INVOICE")
    d.set_font("DejaVu", "", 8.4)
    d.multi_cell(0, 4.2, f"{f['sup']}\n88 Juniper Drive, Pueblo, CO 81003\nPatient billing {phone(r)}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.table(["Invoice no.", "Invoice date", "Patient account", "Terms"],
            [[inv, fmt_date(inv_date, "slash"), acct, "Due on receipt"]], [42, 40, 44, 50], size=9,
            border_head="TB")
    d.para(f"Bill to: {f['member']}, {f['addr'][0]}, {f['addr'][1]}", 9)
    d.para(f"Patient: {f['member']}   Serial no. of device: {f['serial']}", 9)
    rows = [[f"{fmt_date(a, 'slash')} - {fmt_date(b, 'slash')}", "E0766 RR", "TTF device, monthly rental",
             fmt_money(f["rent"])],
            [f"{fmt_date(a, 'slash')} - {fmt_date(b, 'slash')}", "A4555", "Transducer arrays, monthly supply",
             fmt_money(sup_a)],
            ["*Total", "", "", fmt_money(total)],
            ["", "", "Insurance (Harrow Point Health) - authorization denied", "$0.00"],
            ["*Patient responsibility", "", "", fmt_money(total)]]
    d.table(["Period", "HCPCS", "Item", "Charge"], rows, [52, 22, 80, 28], size=8.8, aligns="LLLR")
    d.para("Your insurance did not authorize this therapy. We continued service while your doctor appeals. If the "
           "appeal succeeds we will rebill your insurance and credit this invoice. Financial assistance is "
           "available; ask about our hardship program.", 8.8)
    t = truth("other", None, member_name=f["member"], case_numbers=[], claim_amount=m2(total),
              service_dates=[iso(a, b)], denial_date=iso(inv_date), provider=f["sup"], unscored=["insurer"],
              alternates={"case_numbers": [[inv]], "service_dates": [[iso(a)]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(sup=SUPPLIERS[1], req=f"HP{r.digits(9)}", hmid=f"{r.letters(3)}{r.digits(8)}",
             hgrp=f"{r.digits(4)}-{r.digits(3)}", cg=f"Rosalind {r.choice(['T.', 'M.'])} " + f["last"])
    note = caregiver_note(f)
    letter = doc_stack_letter(r, f)
    inv = doc_stack_invoice(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [letter, inv], separators=[note, None])


# ---------------------------------------------------------------- 2: approval after appeal (scan clean)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Lantern Health Plan"
    mid = f"PL{r.digits(3)}{r.letters(2)}{r.digits(4)}"
    grp = f"{r.digits(6)}"
    appeal = f"GA-{r.digits(2)}-{r.digits(5)}"
    auth = f"AUTH{r.digits(8)}"
    dec = f["start"] - DD(days=r.randint(3, 9))
    end = f["start"] + DD(days=179)
    sup = SUPPLIERS[2]
    d = Page("Prairie Lantern Health Plan  ·  Grievances & Appeals  ·  {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Prairie Lantern", 17, "B", h=8)
    d.text_line("HEALTH PLAN", 8.5, "B", h=4.5)
    d.text_line(f"Grievances & Appeals · 77 Old Mill Road, Fargo, ND 58102 · {f['ph']}", 8.2, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(dec, "abbr"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.font(10, "B")
    d.multi_cell(0, 5.2, f"Subject: Your appeal {appeal} has been approved\nMember ID {mid} · Group {grp}",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para("Good news. We have reversed our earlier decision and approved tumor treating fields therapy "
           "(E0766, monthly rental, with transducer array supplies A4555). A neuro-oncologist who did not take part "
           "in the first review looked at the new records from Dr. Priya Castellanos, which confirm a newly "
           "diagnosed glioblastoma and a start within the required window after chemoradiation.", 10.5)
    d.para(f"The approval is for rental from {fmt_date(f['start'], 'abbr')} through {fmt_date(end, 'abbr')}, to "
           f"be supplied by {sup}. The authorization number is {auth}. To continue after that period, the "
           "supplier must send a usage report showing an average of at least 18 hours of use a day.", 10.5)
    d.para("Normal cost-sharing applies (20% coinsurance after your deductible). You do not need to do anything "
           "else. Keep this letter for your records.", 10.5)
    d.para("Sincerely,\nGrievances & Appeals Unit\nPrairie Lantern Health Plan", 10.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, auth], service_dates=[iso(f["start"], end)], denial_date=iso(dec),
              provider=sup, alternates={"provider": ["Priya Castellanos"], "case_numbers": [[auth], [appeal]],
                                        "service_dates": [[iso(f["start"])], []]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: EOB, three rental months, third denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ironwood Benefit Life Insurance Co."
    mid = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}-01"
    grp = f"IW{r.digits(6)}"
    sup = SUPPLIERS[0]
    claims = [f"{r.digits(13)}" for _ in range(3)]
    months = [month(f["start"], k) for k in range(3)]
    stmt = months[2][1] + DD(days=r.randint(18, 28))
    d = Page("Ironwood Benefit Life — Statement of Benefits — {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("IRONWOOD BENEFIT LIFE", 14, "B", h=7)
    d.text_line(f"{ins} · Claims Office, PO Box 5550, Lubbock, TX 79408 · {f['ph']}", 8, h=4.4)
    d.ln(2)
    d.set_fill_color(220, 220, 220)
    d.font(10.5, "B")
    d.cell(0, 7, "  STATEMENT OF BENEFITS - THIS IS NOT A BILL", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.table(["Statement date", "Covered person", "Certificate no.", "Group", "Supplier"],
            [[fmt_date(stmt, "mdy_nopad"), f["member"], mid, grp, sup]], [30, 42, 38, 24, 58], size=8.6)
    rows = []
    for k, (c, (a, b)) in enumerate(zip(claims, months)):
        denied = k == 2
        al = 0.0 if denied else round(f["rent"] * 0.71, 2)
        pd = round(al * 0.8, 2)
        rows.append([c, f"{fmt_date(a, 'mdy_nopad')}-{fmt_date(b, 'mdy_nopad')}", "E0766 RR", fmt_money(f["rent"]),
                     fmt_money(al), fmt_money(pd), fmt_money(f["rent"] if denied else al - pd),
                     "U18" if denied else "PD"])
    d.table(["Claim", "Rental period", "Code", "Charge", "Allowed", "Paid", "Member owes", "Code"], rows,
            [30, 44, 18, 20, 20, 20, 22, 14], size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Explanation of codes", 9.5, "B", h=5.5)
    d.para("PD  Paid at the in-network DME benefit, 20% coinsurance.", 8.4, gap=1)
    d.para("U18  Continued rental requires device use averaging 18 hours or more per day. The supplier's usage "
           f"report for this period (serial {f['serial']}) shows 63%. The rental is not medically necessary.", 8.4)
    d.para("Review rights: you may request an appeal of claims denied on this statement within 180 days of the "
           "statement date. Expedited appeals for urgent care: 72 hours. External review may be requested within "
           "4 months after a final internal decision.", 8.4)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claims[2]], claim_amount=m2(f["rent"]), service_dates=[iso(*months[2])],
              denial_date=iso(stmt), provider=sup, appeal_deadline=iso(stmt + DD(days=180)),
              alternates={"service_dates": [[iso(months[2][0])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: paid MA claim summary (phone photo)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bluecairn Medicare Choice"
    mid = f"{r.digits(9)}B"
    claim = f"{r.digits(3)}{r.letters(1)}{r.digits(7)}"
    sup = SUPPLIERS[1]
    a, b = month(f["start"], 1)
    issued = b + DD(days=r.randint(15, 25))
    al = round(f["rent"] * 0.58, 2)
    pd = round(al * 0.8, 2)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Bluecairn Medicare Choice (HMO-POS)", 13, "B", h=7)
    d.text_line(f"Member Services {f['ph']} · 8 a.m. - 8 p.m., 7 days a week", 8.2, h=4.4)
    d.ln(3)
    d.text_line("Claim detail: Finalized - Paid", 11.5, "B", h=6.5)
    for lab, val in [("Member", f["member"]), ("Member ID number", mid), ("Claim number", claim),
                     ("Finalized", fmt_date(issued, "iso")), ("Billed by", sup),
                     ("Dates of service", f"{fmt_date(a, 'iso')} to {fmt_date(b, 'iso')}"),
                     ("Item", "E0766 - tumor treating fields device, rental month 2"),
                     ("Amount billed", fmt_money(f["rent"], "usd")), ("Plan approved", fmt_money(al, "usd")),
                     ("Plan paid", fmt_money(pd, "usd")), ("Your share (20%)", fmt_money(al - pd, "usd"))]:
        d.font(9.6)
        d.cell(48, 5.8, lab, border="B")
        d.font(9.6, "B")
        d.cell(0, 5.8, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("The device usage report for this month met the plan's requirement. The supplier is in your plan's "
           "network and may bill you only your share.", 9)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(f["rent"]), service_dates=[iso(a, b)], denial_date=iso(issued), provider=sup,
              type_alternates=["other"], alternates={"service_dates": [[iso(a)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: DOL model notice from a TPA (rotated)
def doc_dol(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keelson Plan Administrators, Inc."
    plan = "Marrow Creek Manufacturing Health Benefit Plan"
    mid = f"KPA{r.digits(7)}"
    grp = f"{r.digits(5)}"
    claim = f"{r.digits(2)}-{r.digits(7)}"
    a, b = month(f["start"], 5)
    notice = b + DD(days=r.randint(20, 30))
    sup = SUPPLIERS[2]
    d = Page("Keelson Plan Administrators · Notice of Adverse Benefit Determination · {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Keelson Plan Administrators, Inc.", 13, "B", h=7)
    d.text_line(f"on behalf of the {plan}", 8.8, h=4.8)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", align="C", h=7)
    d.text_line("(Keep a copy for your records)", 8.5, align="C", h=5)
    d.ln(3)
    rows = [("Date of notice", fmt_date(notice, "long")), ("Name of participant/beneficiary", f["member"]),
            ("Participant ID", mid), ("Group", grp), ("Claim number", claim), ("Provider of service", sup),
            ("Date(s) of service", f"{fmt_date(a, 'long')} - {fmt_date(b, 'long')}"),
            ("Amount charged", fmt_money(f["rent"], "space"))]
    for lab, val in rows:
        d.font(9.4)
        d.cell(70, 6.2, "  " + lab, border=1)
        d.font(9.4, "B")
        d.cell(0, 6.2, "  " + val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Reason for adverse determination", 10.5, "B", h=6)
    d.para("Continued rental of the tumor treating fields device (E0766) is payable only while average daily use "
           "is at least 18 hours. The usage report for the dates above shows average use of 14 hours 50 minutes a "
           "day. The claim does not meet the Plan's medical necessity criteria.", 9.6)
    d.text_line("Plan provision on which the determination was based", 10.5, "B", h=6)
    d.para("Summary Plan Description, Durable Medical Equipment, page 41; Clinical criteria KPA-DME-31.", 9.6)
    d.text_line("Description of appeal procedures", 10.5, "B", h=6)
    d.para("You have 180 days following receipt of this notice to file an appeal. Urgent care claims: 72 hours. "
           "You have the right to bring a civil action under ERISA section 502(a) following an adverse "
           "determination on appeal, and to receive free of charge copies of all documents relevant to your claim.",
           9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(f["rent"]),
              service_dates=[iso(a, b)], denial_date=iso(notice), provider=sup,
              alternates={"insurer": [plan], "service_dates": [[iso(a)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: upheld provider appeal to the supplier (fine fax)
def doc_provider_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Stonegate Community Health Plan"
    mid = f"SG{r.digits(10)}"
    claim = f"{r.digits(10)}"
    appeal = f"PRA{r.digits(6)}"
    sup = SUPPLIERS[1]
    a, b = month(f["start"], 0)
    dec = b + DD(days=r.randint(60, 80))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Stonegate Community Health Plan — Provider Dispute Resolution", 11, "B", h=6.5)
    d.text_line(f"Fax {phone(r)} · Tel {f['ph']} · 45 Sycamore Court, Yuma, AZ 85364", 8.2, h=4.6)
    d.rule(0.3, 4)
    d.para(f"{fmt_date(dec, 'dmy')}\n\n{sup}\nAttn: Reimbursement / Appeals\n88 Juniper Drive\nPueblo, CO 81003",
           10, gap=5)
    d.para(f"Re: provider appeal {appeal} for member {f['member']} (ID {mid}), claim {claim}", 10, gap=4)
    d.para(f"We have completed our review of your appeal for the E0766 rental you billed for "
           f"{fmt_date(a, 'dmy')} through {fmt_date(b, 'dmy')}, in the amount of {fmt_money(f['rent'])}. "
           "The original denial is upheld.", 10)
    d.para("The member was first treated for glioblastoma in 2023 and the current episode is a recurrence. Under "
           "the plan's criteria, tumor treating fields are covered for newly diagnosed supratentorial "
           "glioblastoma together with maintenance temozolomide; use for recurrent disease is considered "
           "investigational by the plan. The usage reports (average 16.1 hours a day) would also not have met "
           "the 18-hour continuation rule.", 10)
    d.para("This is the plan's final level of provider dispute. Per your participation agreement, the member may "
           "not be billed for this rental.", 10)
    d.para(f"Member date of birth: {fmt_date(f['dob'], 'dmy')}. Supplier NPI on file: {f['npi']}.", 8.6)
    d.para("Provider Dispute Resolution Unit", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=m2(f["rent"]), service_dates=[iso(a, b)],
              denial_date=iso(dec), provider=sup, denial_alternates=["experimental", "not_covered"],
              alternates={"case_numbers": [[appeal]], "service_dates": [[iso(a)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_ma_notice, "ma_notice", "born_digital"), (2, doc_approval, "approval", "scan_clean_300"),
              (3, doc_eob, "eob_three_months", "photocopy"), (4, doc_paid, "paid_summary", "phone_photo"),
              (5, doc_dol, "dol_notice", "rotated"), (6, doc_provider_appeal, "provider_appeal", "fax_fine_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
