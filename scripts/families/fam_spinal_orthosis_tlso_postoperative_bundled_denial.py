"""Family 'spinal_orthosis_tlso_postoperative_bundled_denial': back braces (L0637 lumbar-sacral orthosis,
sagittal-coronal control, prefabricated and custom-fitted; L0650 the off-the-shelf version) handed to a patient in
the hospital around spinal fusion surgery, then billed separately by an orthotic supplier and refused: included
in the hospital's inpatient payment (bundled into the stay / surgical global), supplier not enrolled with Medicare,
supplier outside an EPO network.

Documents: a two-page Part B Medicare Summary Notice (supplier claim refused as not enrolled, a paid lumbar X-ray
claim beside it); a fine-fax stack of a cover sheet, a Medicare Advantage payment denial (facts in sentences) and the
supplier's invoice; a photocopied supplier "advance notice" before delivering a replacement brace (refuses
nothing); a scanned three-claim commercial EOB (hospital and surgeon paid, the supplier's brace refused as included
in the inpatient payment); a phone photo of a TPA prose letter refusing a brace from a non-network supplier; a
sideways DME contractor redetermination upholding the bundling; a low-resolution paid claim summary for a brace
delivered after discharge.

All insurers, suppliers, people and identifiers are invented (Medicare is the program name only).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "spinal_orthosis_tlso_postoperative_bundled_denial"
LANG = "en"
SEED = 325500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
COND_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"

L0637 = "Lumbar-sacral orthosis, sagittal-coronal control, prefab, custom fitted"
L0650 = "Lumbar-sacral orthosis, sagittal-coronal control, off-the-shelf"


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16), face="sans", header=None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        reg, bold = {"sans": (None, BOLD), "serif": (SERIF, SERIF_B), "cond": (COND, COND_B)}[face]
        if reg:
            self.fonts.pop("dejavu", None)
            self.add_font("DejaVu", "", reg)
        self.add_font("DejaVu", "B", bold)

    def kv(self, rows, lw=40, size=9.2, x=None, h=5):
        for lab, val in rows:
            if x is not None:
                self.set_x(x)
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def mbi(r: Rand) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    s = (r.choice("123456789") + r.choice(a) + r.choice(a + "0123456789") + r.digits(1) + r.choice(a)
         + r.choice(a + "0123456789") + r.digits(1) + r.choice(a) + r.choice(a) + r.digits(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    surg = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 110))
    return dict(member=member, first=first, last=last, addr=r.address(), surg=surg,
                dob=dt.date(r.randint(1944, 1970), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


# ------------------------------------------------------------------ 0: Part B MSN, supplier not enrolled
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    num = mbi(r)
    dos = f["surg"] + dt.timedelta(days=3)
    xr = f["surg"] - dt.timedelta(days=r.randint(20, 40))
    notice = dos + dt.timedelta(days=r.randint(30, 45))
    by = notice + dt.timedelta(days=120)
    sup = "Alderbrook Orthotic Supply Company"
    claim = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    claim_x = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    c1 = float(r.randint(1180, 1650))
    c2 = float(r.randint(95, 160))
    xray = float(r.randint(140, 260))
    d = Page(f"{f['member']}  |  Medicare Summary Notice for Part B  |  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.6,
                h=4.6)
    d.rule(1.0, 4)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.6, h=5)
    d.set_y(y)
    d.set_fill_color(236, 236, 236)
    d.rect(112, y - 1, 86, 36, style="F")
    d.kv([("Date of This Notice", fmt_date(notice, "long")), ("Medicare Number", num),
          ("Claims Processed Between", f"{fmt_date(notice - dt.timedelta(days=90), 'abbr')} -"),
          ("", fmt_date(notice, "abbr")), ("Customer Service", "1-800-MEDICARE")], lw=47, size=8.4, x=113, h=6.2)
    d.ln(8)
    d.text_line("Your Claims & Costs This Period", 11.5, "B", h=7)
    d.boxes([("Did Medicare approve all services?", "NO - see page 2", 62),
             ("Number of services Medicare denied", "2", 56), ("Total you may be billed", fmt_money(xray * 0.62 * 0.2), 48)],
            h=13)
    d.ln(4)
    d.text_line("Your Deductible Status", 11, "B", h=6.5)
    d.para("Your deductible is what you must pay for most health services before Medicare begins to pay. Your Part B "
           "deductible: You have now met your deductible for the year.", 9)
    d.text_line("Be Informed!", 11, "B", h=6.5)
    d.para("Medicare pays for a back brace only when it comes from a supplier enrolled in Medicare. Before you get "
           "equipment, ask the supplier whether it is enrolled and whether it accepts assignment. Open enrollment "
           "for 2027 coverage runs from October 15 to December 7.", 9)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B", h=7)
    d.para("Part B Medical Insurance helps pay for doctors' services, diagnostic tests, ambulance services, and "
           "durable medical equipment and supplies.", 8.8)
    for head, nm, rows, tot in [
        (f"Lumbar spine X-ray   Claim number {claim_x}", "Ridgewater Imaging Associates, (555) 410-2231",
         [[fmt_date(xr, "slash"), "72110 X-ray exam of lower spine, 4 views", fmt_money(xray), fmt_money(xray * 0.62),
           fmt_money(xray * 0.62 * 0.8), fmt_money(xray * 0.62 * 0.2), ""]], xray),
        (f"Back brace supplier   Claim number {claim}", f"{sup}, 2290 Quarry Street, Erie, PA 16501",
         [[fmt_date(dos, "slash"), "L0637 " + L0637[:34], fmt_money(c1), "$0.00", "$0.00", "$0.00", "A, B"],
          [fmt_date(dos, "slash"), "A4467 Belt, strap or sleeve for brace", fmt_money(c2), "$0.00", "$0.00", "$0.00",
           "A"]], c1 + c2)]:
        d.font(9.4, "B")
        d.set_fill_color(30, 30, 30)
        d.set_text_color(255, 255, 255)
        d.cell(0, 6, "  " + head, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.text_line(nm, 8.6, h=5)
        rows.append(["*Total", "", fmt_money(tot), "", "", "", ""])
        d.table(["Service date", "Service provided & billing code", "Amount charged", "Approved", "Medicare paid",
                 "You may be billed", "Notes"], rows, [22, 62, 22, 18, 20, 22, 12], size=7.8, aligns="LLRRRRL")
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para(f"A  This supplier was not enrolled in Medicare as a supplier of durable medical equipment, prosthetics, "
           f"orthotics and supplies (DMEPOS) on the date you got this item, so Medicare cannot pay it.", 8.8)
    d.para("B  The supplier did not give you a written notice before you got the item saying Medicare would probably "
           "not pay. You are not responsible for this charge. If you paid, you may be due a refund.", 8.8)
    d.text_line("How to handle denied claims or file an appeal", 10, "B", h=6)
    d.para(f"If you disagree with a coverage decision or payment decision on this notice, you can file an appeal. "
           f"Your appeal must be filed by {fmt_date(by, 'long')}. Circle the items you disagree with, explain why, "
           "sign, and send this page with any records to the contractor address shown below.", 8.8)
    d.para("DME Medicare Administrative Contractor, Jurisdiction A, PO Box 6610, Fargo, ND 58102", 8.4)
    t = truth("eob", "out_of_network", insurer="Medicare", member_id=num, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(c1 + c2), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=sup, appeal_deadline=iso(by), denial_alternates=["other", "eligibility"],
              type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: MA payment denial + supplier invoice
def doc_ma_denial(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Brightwater Advantage Health Plan"
    d = Page(f"Brightwater Advantage Health Plan   Y0114_NDP26_C   Form CMS-10003-NDMCP (Approved)   {{p}}",
             margins=(22, 18, 22), face="serif")
    d.add_page()
    d.text_line("BRIGHTWATER ADVANTAGE", 15, "B", h=7)
    d.text_line(f"Health Plan  -  Member Services {f['ph']} (TTY 711), 8 a.m. - 8 p.m., seven days a week", 8.5, h=4.6)
    d.ln(6)
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13, "B", align="C", h=7)
    d.ln(3)
    d.kv([("Date:", fmt_date(f["notice"], "slash")), ("Member name:", f["member"]), ("Member number:", f["mid"])],
         lw=36, size=10, h=5.6)
    d.ln(4)
    d.para(f"We have denied payment for the item listed below that you received from {f['sup']}. On "
           f"{fmt_date(f['dos'], 'long')}, while you were an inpatient at {f['hosp']} after your lumbar spinal "
           f"fusion, the supplier fitted you with a back brace (code L0637) and sent us claim {f['claim']} for "
           f"{fmt_money(f['billed'])}.", 10.5)
    d.text_line("Why did we deny your request?", 11, "B", h=6.5)
    d.para("Braces and other supplies given to a patient during a covered inpatient hospital stay are part of the "
           "hospital's payment for that stay. Medicare rules (and Chapter 4, Section 2.3 of your Evidence of "
           "Coverage) do not allow a second payment for the same item to an outside supplier. The hospital has "
           "already been paid for your stay, which includes this brace. You do not owe the supplier for it.", 10.5)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Brightwater Advantage Health Plan to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 calendar days of the date of this notice. If you ask for an appeal "
           "after 65 days, you must explain why your appeal is late. We will decide a payment appeal within 60 "
           "days. (Fast 72-hour appeals are only for care you have not yet received.)", 10.5)
    d.para(f"Send your written appeal to Brightwater Advantage Health Plan, Appeals & Grievances, PO Box 3318, "
           f"Macon, GA 31201, or fax {phone(r)}.", 10.5)
    d.para("Member's date of birth on file: " + fmt_date(f["dob"], "slash"), 8.6)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["sup"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              denial_alternates=["not_covered", "other"], alternates={"insurer": ["Brightwater Advantage"]})
    return pdf_bytes(d), t


def doc_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    inv_d = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    inv, acct = f"INV-{r.digits(6)}", f"{r.digits(3)}-{r.digits(5)}"
    d = Page("Thank you for choosing Copperline Orthotics", margins=(14, 12, 14), face="cond")
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.rect(14, 12, 188, 20, style="F")
    d.set_xy(18, 14)
    d.text_line("COPPERLINE ORTHOTICS & BRACING", 15, "B", h=7)
    d.set_x(18)
    d.text_line(f"{f['sup']}  |  88 Harbor View Road, Macon, GA 31201  |  {phone(r)}  |  NPI {f['npi']}", 8, h=4.4)
    d.ln(7)
    d.text_line("INVOICE / STATEMENT", 12, "B", h=6.5)
    d.boxes([("Invoice date", fmt_date(inv_d, "iso"), 32), ("Invoice no.", inv, 32), ("Account", acct, 28),
             ("Patient", f["member"], 52), ("Birth date", fmt_date(f["dob"], "iso"), 28)])
    d.boxes([("Insurance", "Brightwater Advantage Health Plan", 72), ("Member no.", f["mid"], 40),
             ("Ordering surgeon", f["surgeon"], 60)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "iso"), "L0637", L0637, "1", fmt_money(f["billed"])],
            [fmt_date(f["notice"], "iso"), "", f"Insurance denied (claim {f['claim']}) - included in inpatient stay",
             "", "$0.00"],
            [fmt_date(inv_d, "iso"), "", f"Transferred to {f['hosp']} per purchase agreement", "",
             "-" + fmt_money(f["billed"])],
            ["*Balance due from patient", "", "", "", "$0.00"]]
    d.table(["Date", "Code", "Description", "Qty", "Amount"], rows, [24, 16, 114, 10, 24], size=8.2, aligns="LLLRR")
    d.para("Your health plan told us this brace is part of the hospital's payment for your surgery stay. We have "
           "billed the hospital under our purchase agreement. You owe nothing on this invoice. Please keep it for "
           "your records.", 9)
    d.para("Brace care: wear as directed by your surgeon; hand-wash the liner. Replacement liners are $38.00 each "
           "(not billed).", 8.4)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(inv_d), provider=f["sup"], unscored=["insurer"],
              alternates={"case_numbers": [[f["claim"]]], "provider": ["Copperline Orthotics & Bracing"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"BW{r.digits(8)}", sup="Copperline Orthotics, LLC", hosp="Ocmulgee Valley Medical Center",
             claim=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}", ph=phone(r),
             surgeon=f"Dr. {r.person()[0]}", billed=float(r.randint(1290, 1780)) + 0.5)
    f["dos"] = f["surg"] + dt.timedelta(days=2)
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_ma_denial(r, f), doc_invoice(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------------ 2: supplier advance notice (no denial)
def doc_advance(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sup = "Kestrel Point Medical Supply"
    acct = f"KP-{r.digits(6)}"
    notice = f["surg"] + dt.timedelta(days=r.randint(38, 46))
    fit = notice + dt.timedelta(days=r.randint(3, 8))
    est = f"{r.randint(410, 560)}.00"
    surgeon = r.person()[0]
    d = Page("Kestrel Point Medical Supply  -  advance notice form KPMS-AN-4 (rev. 2025)", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Kestrel Point Medical Supply", 14, "B", h=7)
    d.text_line(f"Orthotics - mobility - home equipment   |   41 Lantern Way, Pueblo, CO 81003   |   {phone(r)}", 8.4,
                h=4.5)
    d.rule(0.5, 4)
    d.text_line("BEFORE WE DELIVER: MEDICARE MAY NOT PAY FOR THIS ITEM", 12, "B", h=7)
    for lab, val in [("CUSTOMER", f["member"]), ("OUR ACCOUNT NUMBER", acct), ("DATE OF THIS NOTICE",
                     fmt_date(notice, "abbr")), ("FITTING APPOINTMENT", fmt_date(fit, "abbr")),
                     ("ORDERED BY", f"{surgeon}, MD (NPI {f['npi']})")]:
        d.font(8, "B")
        d.cell(58, 6.5, lab)
        d.font(10)
        d.cell(0, 6.5, val, new_x="LMARGIN", new_y="NEXT")
        d.set_draw_color(150, 150, 150)
        d.line(16, d.get_y(), 200, d.get_y())
        d.set_draw_color(0, 0, 0)
    d.ln(4)
    d.table(["Item", "Why Medicare may not pay", "Estimated cost"],
            [[f"L0650 {L0650[:28]}", "A second brace within weeks of the first is", fmt_money(est)],
             ["(replacement back brace)", "paid only if the first one no longer fits or", ""],
             ["", "is lost or broken, and your records may not show this.", ""]], [64, 88, 30], size=8.6,
            aligns="LLR")
    d.para("This notice is not a decision by Medicare and is not a denial. Medicare decides after we send the claim. "
           "We are giving you this notice so you can decide whether you want the replacement brace, knowing you may "
           "have to pay for it.", 9.6)
    d.text_line("Choose one option (check one box):", 10, "B", h=6)
    for o in ["[X]  OPTION 1. I want the replacement brace. Bill Medicare. If Medicare does not pay, I am responsible "
              "for payment, but I can appeal to Medicare using the Medicare Summary Notice.",
              "[  ]  OPTION 2. I want the brace, but do not bill Medicare. I pay now.",
              "[  ]  OPTION 3. I do not want the replacement brace."]:
        d.para(o, 9.2, gap=1.5)
    d.ln(3)
    d.para(f"Signature: ____{f['first']} {f['last']}____________        Date: {fmt_date(notice, 'slash')}", 9.6)
    d.para("Customer's date of birth: " + fmt_date(f["dob"], "slash") + ".  Keep a copy of this notice.", 8.4)
    t = truth("other", None, insurer="Medicare", member_name=f["member"], service_dates=[iso(fit)],
              denial_date=iso(notice), provider=sup,
              alternates={"insurer": [None], "service_dates": [[]], "provider": [f"{surgeon}"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: three-claim commercial EOB
def doc_eob3(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Halcyon Crest Health Insurance Company"
    sub = r.person()[0]
    mid, grp = f"HCH{r.digits(9)}", f"{r.digits(6)}-{r.letters(2)}"
    hosp, surgeon_grp = "Bellwether Spine & Joint Hospital", "Northbank Spine Surgeons, PC"
    sup = "Summit Ridge Orthotic & Prosthetic Lab"
    adm, dis = f["surg"], f["surg"] + dt.timedelta(days=r.randint(3, 4))
    dos = f["surg"] + dt.timedelta(days=1)
    stmt = dis + dt.timedelta(days=r.randint(30, 44))
    c_h, c_s, c_b = f"{r.digits(12)}", f"{r.digits(12)}", f"{r.digits(12)}"
    h_b, s_b = float(r.randint(61000, 88000)), float(r.randint(9200, 14800))
    b1, b2 = float(r.randint(1100, 1500)) + 0.75, float(r.randint(80, 140))
    d = Page("Halcyon Crest Health  -  Explanation of Benefits  -  Page {p} of {n}", margins=(13, 12, 13),
             header=f"Halcyon Crest Health  |  {sub}  |  Member ID {mid}  |  continued")
    d.add_page()
    d.text_line("halcyon crest", 20, "B", h=9)
    d.text_line(f"{ins}   PO Box 7720, Lubbock, TX 79401   Member line {phone(r)}", 8.2, h=4.4)
    d.rule(0.3, 2)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", h=7)
    y = d.get_y()
    for ln in [sub, *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    d.kv([("Statement date", fmt_date(stmt, "abbr")), ("Subscriber", sub), ("Member ID", mid), ("Group", grp)],
         lw=30, size=8.8, x=120, h=4.9)
    d.ln(5)
    d.para(f"Claims for: {f['member']} (spouse), born {fmt_date(f['dob'], 'abbr')}", 9.2)
    claims = [(c_h, hosp, "In network", [[fmt_date(adm, "slash") + "-" + fmt_date(dis, "slash"), "DRG 460",
                                          "Spinal fusion except cervical", fmt_money(h_b), fmt_money(h_b * 0.41),
                                          fmt_money(h_b * 0.41 - 500), "$500.00", ""]]),
              (c_s, surgeon_grp, "In network", [[fmt_date(adm, "slash"), "22612", "Posterior lumbar fusion",
                                                 fmt_money(s_b), fmt_money(s_b * 0.33), fmt_money(s_b * 0.33 * 0.9),
                                                 fmt_money(s_b * 0.33 * 0.1), ""]]),
              (c_b, sup, "In network", [[fmt_date(dos, "slash"), "L0637", "Back brace, custom fitted",
                                         fmt_money(b1), "$0.00", "$0.00", "$0.00", "IP4"],
                                        [fmt_date(dos, "slash"), "L0650", "Back brace, off-the-shelf",
                                         fmt_money(b2), "$0.00", "$0.00", "$0.00", "IP4"]])]
    for c, prov, net, rows in claims:
        d.set_fill_color(215, 215, 215)
        d.font(8.8, "B")
        d.cell(0, 5.8, f" Claim {c}   Provider: {prov}   ({net})", fill=True, new_x="LMARGIN", new_y="NEXT")
        tot = sum(float(x[3].replace("$", "").replace(",", "")) for x in rows)
        if len(rows) > 1:
            rows = rows + [["*Claim total", "", "", fmt_money(tot), "$0.00", "$0.00", "$0.00", ""]]
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Your share", "Remark"],
                rows, [42, 15, 41, 22, 20, 20, 18, 12], size=7.8, aligns="LLLRRRRL")
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para("IP4  Items furnished to a patient during an inpatient hospital stay are included in the hospital's "
           "payment for the stay (DRG). They are not paid separately to another supplier. Under your network "
           "agreement the supplier may not bill you for this amount.", 8.5)
    d.text_line("Your right to appeal", 9.5, "B", h=5.5)
    d.para("You may appeal a denied claim within 180 days of the date of this statement by writing to Halcyon Crest "
           "Appeals, PO Box 7725, Lubbock, TX 79401. If waiting would seriously harm your health, ask for an "
           "expedited appeal (decided within 72 hours). After our final decision you may ask for an external review "
           f"within 4 months. Supplier NPI {f['npi']}; claim received {fmt_date(dos + dt.timedelta(days=9), 'abbr')}.",
           8.5)
    t = truth("eob", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c_b], claim_amount=m2(b1 + b2), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=sup, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered", "other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: TPA prose letter, supplier not in EPO network
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Benefit Administrators"
    plan = "Ostrander County Employees' Health Plan"
    mid, grp = f"OC{r.digits(7)}", f"{r.digits(5)}"
    claim = f"{r.digits(4)} {r.digits(4)} {r.digits(3)}"
    old = f"{r.digits(4)} {r.digits(4)} {r.digits(3)}"
    sup = "Granite Hollow Bracing Center"
    dos = f["surg"] + dt.timedelta(days=r.randint(9, 16))
    letter = dos + dt.timedelta(days=r.randint(25, 38))
    billed = f"{r.randint(520, 790)}.40"
    d = Page(None, margins=(26, 22, 26), face="serif")
    d.add_page()
    d.text_line("Larkspur Benefit Administrators", 15, "B", align="C", h=7)
    d.text_line(f"on behalf of the {plan}", 9, align="C", h=5)
    d.text_line(f"1200 Fenwick Avenue  ·  Duluth, MN 55802  ·  {phone(r)}", 9, align="C", h=5)
    d.ln(10)
    d.text_line(fmt_date(letter, "wlong"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We have finished reviewing claim {claim}, which {sup} sent us for the back brace (code L0650) it "
           f"dispensed to you on {fmt_date(dos, 'long')}, after you went home from your back surgery. The supplier "
           f"billed {fmt_money(billed)}. We are not able to pay this claim.", 10.5)
    d.para(f"Your coverage under group {grp} is an exclusive provider (EPO) plan. It pays for care only from "
           f"providers in the Larkspur Select network, except in an emergency. {sup} is not in that network, and a "
           "brace after surgery is not emergency care. Two network suppliers in your area could have provided the "
           "same brace. Please use your member ID, " + mid + ", when you call us and we can give you their names.",
           10.5)
    d.para(f"This decision does not change our earlier payment of claim {old} for your surgeon's visit, which was "
           "paid in full.", 10.5)
    d.para("If you disagree, you or someone you name may appeal within 180 days of the date of this letter. Write to "
           "Larkspur Appeals, PO Box 4410, Duluth, MN 55802, and include any records you would like us to "
           "consider. You may also have the right to file a civil action under section 502(a) of ERISA after the "
           "appeal.", 10.5)
    d.para("Sincerely,\n\nBenefit Review Unit\nLarkspur Benefit Administrators", 10.5)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim.replace(" ", "")], claim_amount=billed,
              service_dates=[iso(dos)], denial_date=iso(letter), provider=sup,
              appeal_deadline=iso(letter + dt.timedelta(days=180)), alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: DME contractor redetermination (upheld)
def doc_redet(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tallowmere Government Health Services"
    num = mbi(r)
    icn = r.digits(14)
    app = f"DRD-{r.digits(4)}-{r.digits(6)}"
    sup = "Pell River Orthopedic Supply"
    dos = f["surg"] + dt.timedelta(days=1)
    recv = dos + dt.timedelta(days=r.randint(95, 120))
    dec = recv + dt.timedelta(days=r.randint(40, 58))
    billed = float(r.randint(1350, 1720))
    d = Page(f"Tallowmere Government Health Services  -  DME MAC Jurisdiction B  -  {app}  -  page {{p}}",
             margins=(18, 16, 18))
    d.add_page()
    d.text_line("Tallowmere Government Health Services", 13, "B", h=7)
    d.text_line("A CMS contracted Medicare administrative contractor  -  DME MAC Jurisdiction B", 8.6, h=4.6)
    d.ln(5)
    d.text_line(fmt_date(dec, "dmy"), 10, h=6)
    for ln in [sup, "Attn: Reimbursement", "517 Sycamore Court", "Bangor, ME 04401"]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12, "B", h=7)
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(10, "B")
    d.cell(0, 7, "  DECISION: UNFAVORABLE", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    rows = [("Beneficiary", f["member"]), ("Medicare number", num), ("Claim (ICN)", icn),
            ("Redetermination no.", app), ("Date(s) of service", fmt_date(dos, "dmy")),
            ("Item(s)", "L0637 lumbar-sacral orthosis"), ("Amount in dispute", fmt_money(billed)),
            ("Request received", fmt_date(recv, "dmy"))]
    for lab, val in rows:
        d.font(9, "B")
        d.cell(50, 6, lab, border="B")
        d.font(9.5)
        d.cell(0, 6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Summary of the facts", 10.5, "B", h=6)
    d.para(f"You furnished the orthosis on {fmt_date(dos, 'dmy')}, the day after the beneficiary's lumbar fusion, "
           "while the beneficiary was a hospital inpatient. The claim was denied because items furnished during a "
           "covered Part A inpatient stay are included in the hospital's payment.", 9.8)
    d.text_line("Explanation of the decision", 10.5, "B", h=6)
    d.para("The hospital discharge summary you sent shows the brace was fitted on the surgical floor two days "
           "before discharge. Medicare pays the hospital one amount for the stay, and that amount covers supplies "
           "and orthoses used during it; a supplier may not bill Part B for them. A brace is separately payable "
           "only when it is furnished for use after discharge (delivered no earlier than two days before discharge "
           "and for use at home). Your records do not show that. The denial is upheld.", 9.8)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You may ask a Qualified Independent Contractor for a reconsideration within 180 days of receiving this "
           "notice. The beneficiary may not be billed for this item (liability: supplier).", 9.8)
    d.para(f"Patient date of birth {fmt_date(f['dob'], 'dmy')}. Supplier NPI {f['npi']}.", 8.5)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=num, member_name=f["member"],
              case_numbers=[icn, app], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(dec),
              provider=sup, denial_alternates=["not_covered", "other"],
              alternates={"insurer": ["Medicare"], "case_numbers": [[app]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: paid claim summary (nothing denied)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pinebrook Mutual Health"
    mid, grp = f"PBM-{r.digits(3)}-{r.digits(5)}", f"G{r.digits(5)}"
    claim = f"PB{r.digits(10)}"
    sup = "Alderbrook Orthotic Supply Company"
    dis = f["surg"] + dt.timedelta(days=3)
    dos = dis + dt.timedelta(days=r.randint(5, 12))
    proc = dos + dt.timedelta(days=r.randint(18, 30))
    billed = float(r.randint(560, 820))
    allowed = round(billed * 0.71, 2)
    d = Page(None, margins=(30, 16, 30))
    d.add_page()
    d.text_line("PINEBROOK MUTUAL HEALTH", 12, "B", h=6)
    d.text_line("CLAIM PAYMENT SUMMARY", 10, h=5.5)
    d.rule(0.3, 3)
    for (l1, v1), (l2, v2) in [(("PROCESSED", fmt_date(proc, "iso")), ("CLAIM", claim)),
                               (("MEMBER", f["member"]), ("MEMBER ID", mid)),
                               (("GROUP", grp), ("PAID TO", sup))]:
        y = d.get_y()
        d.font(6.8, "B")
        d.cell(70, 3.5, l1)
        d.cell(0, 3.5, l2, new_x="LMARGIN", new_y="NEXT")
        d.font(9.6)
        d.cell(70, 5.4, v1)
        d.cell(0, 5.4, v2, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.ln(2)
    d.font(9, "B")
    d.cell(0, 5, f"{fmt_date(dos, 'iso')}  L0650  back brace for use at home", new_x="LMARGIN", new_y="NEXT")
    d.font(8.8)
    d.cell(0, 4.8, f"    charged {fmt_money(billed)}   allowed {fmt_money(allowed)}   plan paid "
                   f"{fmt_money(allowed * 0.8)}   you pay {fmt_money(allowed * 0.2)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("This brace was delivered after your hospital stay for use at home, so it is paid on its own under your "
           "durable medical equipment benefit. Nothing on this claim was denied.", 9)
    d.para("Questions? Call the number on your ID card. If you think we made a mistake, you can ask for a review "
           "within 180 days after you receive this summary.", 8.6)
    d.para(f"Hospital discharge on file: {fmt_date(dis, 'iso')}. Deductible met: $1,000.00 of $1,000.00.", 8.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(proc),
              provider=sup, type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_msn, "msn", "born_digital"), (2, doc_advance, "advance_notice", "photocopy"),
              (3, doc_eob3, "three_claim_eob", "scan_clean_300"), (4, doc_prose, "tpa_letter", "phone_photo"),
              (5, doc_redet, "redetermination", "rotated"), (6, doc_paid, "paid_summary", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
