"""Family 'ketogenic_diet_formula_epilepsy_medical_food_denial': ketogenic formula for children with intractable
epilepsy (B4162 enteral formula for metabolic disorders, S9435 medical foods for inborn errors of metabolism) and
dietitian visits (97802, 97803) refused because the formula is food taken by mouth (not tube-fed enteral
nutrition), the medical-food benefit covers only inborn errors of metabolism, nutrition counseling is limited to
other diagnoses, or the renewal records were not received.

Documents: a boxed pre-service denial form (B4162 by mouth); a standard-fax stack of a plan letter refusing S9435 and
the DME supplier's invoice to the parent; a state Medicaid EPSDT notice of action approving the formula; a
photocopied multi-claim EOB (neurologist and EEG paid, dietitian visits denied); a phone photo of an upheld appeal;
a sideways renewal denial for records not received; a fine-fax paid EOB. Decoys: DOB, received dates, NPIs,
prescription and order numbers, HCPCS units, plan-paid / you-owe amounts, 72-hour, 10-day and 90-day fair hearing
limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "ketogenic_diet_formula_epilepsy_medical_food_denial"
LANG = "en"
SEED = 299600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIERS = ["Brightwater Home Nutrition Supply", "Kestrel Medical Nutrition, Inc.", "Oakhollow Enteral Services"]
NEURO = ["Dr. Priya V. Anand", "Dr. Tobias R. Lindqvist", "Dr. Helena F. Osei"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand) -> dict:
    child, cf, cm, cl = r.person()
    pf = r.choice(["Renata", "Dominic", "Alana", "Curtis", "Fiona"])
    parent = f"{pf} {r.choice('ABCDEFGH')}. {cl}"
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(child=child, cf=cf, cl=cl, parent=parent, pf=pf, addr=r.address(), dos=dos, ph=r.phone(),
                dob=dt.date(r.randint(2015, 2022), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


def addr_block(d: Page, name: str, addr, size=10):
    for ln in [name, *addr]:
        d.text_line(ln, size, h=size * 0.5)


# ---------------------------------------------------------------- 0: boxed pre-service denial form (born digital)
def doc_form(r: Rand):
    f = base(r)
    ins = "Ironwood Valley Health Plan"
    mid, grp, auth = f"IVH {r.digits(4)} {r.digits(4)}", f"G{r.digits(6)}", f"PA{r.digits(9)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 10))
    sup = SUPPLIERS[0]
    d = Page("IVHP-UM-114 (01/26)   Page {p} of {n}")
    d.add_page()
    d.text_line("IRONWOOD VALLEY HEALTH PLAN", 15, "B", h=7.5)
    d.text_line(f"Utilization Management  |  PO Box 3309, Flagstaff, AZ 86003  |  {f['ph']}  |  Fax (555) 014-2290", 8.2, h=4.4)
    d.ln(3)
    d.text_line("NOTICE OF DENIAL OF PRIOR AUTHORIZATION REQUEST", 12, "B", h=7)
    d.ln(1)
    d.boxes([("Notice date", fmt_date(notice, "slash"), 30), ("Member name", f["child"], 50), ("Member ID", mid, 40),
             ("Group", grp, 30), ("Date of birth", fmt_date(f["dob"], "slash"), 34)], label_size=6)
    d.boxes([("Authorization request #", auth, 50), ("Requesting supplier", sup, 84),
             ("Requested start", fmt_date(f["dos"], "slash"), 50)], label_size=6)
    d.boxes([("Item requested", "B4162 ketogenic formula (KetoVia 4:1 powder), 100 calories per unit, 270 units/month", 184)],
            label_size=6)
    d.boxes([("Ordering physician", NEURO[0] + ", pediatric neurology", 92), ("Physician NPI", f["npi"], 46),
             ("Decision", "DENIED", 46)], label_size=6)
    d.ln(5)
    d.text_line("Why we denied this request", 10.5, "B", h=6)
    d.para("Your plan covers enteral nutrition (HCPCS B4149-B4162) only when it is given through a feeding tube "
           "and is the member's sole or main source of nutrition. The notes sent with this request show that "
           f"{f['cf']} takes the ketogenic formula by mouth, mixed with meals. Formula taken by mouth is considered "
           "food and is excluded under your Certificate of Coverage, Exclusions, item 22 (\"food, food supplements "
           "and infant formula, except enteral formula given by tube\").", 9.8)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may appeal within 60 days from the date of this notice. Call us or write to the address above. If "
           "your child's health could be seriously harmed by waiting, ask for a fast (expedited) appeal; we answer "
           "within 72 hours. You may also ask for an external review after our final decision.", 9.8)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["child"], case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=sup, appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"provider": [NEURO[0]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: stack: S9435 letter + supplier invoice
def doc_s9435_letter(r: Rand, f: dict):
    ins = "Coastal Meridian Health Insurance"
    d = Page("Coastal Meridian Health Insurance   {p}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Coastal Meridian", 16, "B", h=8)
    d.text_line("Health Insurance", 10, h=5)
    d.text_line("Claims Review  .  720 Seawall Boulevard, Galveston, TX 77550", 8.4, h=4.5)
    d.ln(7)
    d.text_line(fmt_date(f["notice"], "wlong"), 10, h=6)
    d.ln(2)
    addr_block(d, f["parent"], f["addr"])
    d.ln(5)
    d.para(f"RE: {f['child']}\n      Member ID {f['mid']}  /  Group {f['grp']}\n      Claim {f['claim']}", 10, gap=4)
    d.para(f"Dear {f['pf']} {f['cl']},", 10)
    d.para(f"We processed the claim from {f['sup']} for medical food supplied to {f['cf']} on "
           f"{fmt_date(f['dos'], 'long')}: {f['units']} units of S9435 (ketogenic medical food, per 8 oz), total "
           f"charges {fmt_money(f['total'])}. The claim is denied.", 10)
    d.para("Your policy's medical food benefit, required by Texas law, covers medical foods for inborn errors of "
           "metabolism such as phenylketonuria (PKU) and maple syrup urine disease. Intractable epilepsy is not an "
           "inborn error of metabolism, so the ketogenic medical food is not a covered benefit under this "
           "provision. Other epilepsy treatment, including neurology visits and EEGs, remains covered.", 10)
    d.para("If you disagree, you may file an appeal. Your appeal must be received by "
           f"{fmt_date(f['notice'] + dt.timedelta(days=180), 'long')}. You may also contact the Texas Department "
           "of Insurance at 1-800-252-3439.", 10)
    d.para("Sincerely,\nClaims Review Department", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["sup"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def doc_supplier_invoice(r: Rand, f: dict):
    inv = f"{r.digits(6)}"
    issued = f["notice"] + dt.timedelta(days=r.randint(8, 15))
    d = Page("Kestrel Medical Nutrition, Inc.  -  Thank you for your business")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(16, 14, 184, 14, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(19, 17)
    d.font(14, "B")
    d.cell(0, 8, "KESTREL MEDICAL NUTRITION")
    d.set_text_color(0, 0, 0)
    d.set_xy(16, 31)
    d.text_line(f"Home enteral and metabolic nutrition  .  1190 Refinery Road, Pasadena, TX 77506  .  {r.phone()}", 8.4, h=4.5)
    d.ln(4)
    y = d.get_y()
    d.text_line("BILL TO", 8, "B", h=4.5)
    addr_block(d, f["parent"], f["addr"], 9.4)
    d.set_y(y)
    for lab, val in [("Invoice #", inv), ("Invoice date", fmt_date(issued, "abbr")), ("Patient", f["child"]),
                     ("Rx #", f"RX-{r.digits(6)}"), ("Ordering MD", NEURO[1])]:
        d.set_x(122)
        d.font(8.8, "B")
        d.cell(28, 4.8, lab)
        d.font(8.8)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    rows = [[fmt_date(f["dos"], "abbr"), "S9435", "Ketogenic medical food 4:1, per 8 oz", str(f["units"]),
             fmt_money(f["rate"], "nosign"), fmt_money(f["total"], "nosign")],
            ["", "", "Insurance: Coastal Meridian - denied (not covered)", "", "", "0.00"],
            ["*Patient balance", "", "", "", "", fmt_money(f["total"], "nosign")]]
    d.table(["Ship date", "HCPCS", "Item", "Qty", "Unit", "Amount"], rows, [26, 18, 82, 14, 20, 24], size=8.6,
            aligns="LLLRRR", head_fill=True)
    d.para("Your insurance company denied this claim. Please pay the balance or call us to set up a payment plan. "
           "We will resubmit if your appeal is approved. Payment is due 30 days from the invoice date.", 9)
    t = truth("other", None, member_name=f["child"], claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])],
              denial_date=iso(issued), provider=f["sup"], unscored=["insurer"],
              alternates={"case_numbers": [[inv]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    units = r.randint(60, 110)
    rate = r.choice([9.85, 11.40, 12.75])
    f.update(sup=SUPPLIERS[1], mid=f"CMH{r.digits(9)}", grp=f"{r.digits(5)}-{r.digits(3)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", units=units, rate=rate, total=round(units * rate, 2))
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(20, 35))
    return Item(f"{FAMILY}_letter_invoice_stack", "fax_standard_g4", [doc_s9435_letter(r, f), doc_supplier_invoice(r, f)])


# ---------------------------------------------------------------- 2: Medicaid EPSDT approval (scan clean)
def doc_epsdt(r: Rand):
    f = base(r)
    agency = "Oregon Trail Medicaid Program"
    mid, notice_no = f"{r.letters(2)}{r.digits(7)}", f"NOA-{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(4, 9))
    end = f["dos"] + dt.timedelta(days=181)
    sup = SUPPLIERS[2]
    d = Page("OTMP 3047 (Rev. 02/2026)  |  Notice of Action  |  page {p} of {n}")
    d.add_page()
    d.text_line("State of Oregon Trail  .  Department of Human Services", 9, h=5)
    d.text_line(agency.upper(), 14, "B", h=7)
    d.text_line("NOTICE OF ACTION - EPSDT SERVICE REQUEST", 11, "B", h=6.5)
    d.ln(3)
    half = 88
    y = d.get_y()
    for col, pairs in enumerate([[("Date of notice", fmt_date(notice, "long")), ("Child", f["child"]),
                                  ("Medicaid ID", mid)],
                                 [("Notice number", notice_no), ("Provider", sup), ("Prescriber", NEURO[2])]]):
        d.set_y(y)
        for lab, val in pairs:
            d.set_x(16 + col * (half + 8))
            d.font(7.5, "B")
            d.cell(half, 4, lab.upper(), new_x="LMARGIN", new_y="NEXT")
            d.set_x(16 + col * (half + 8))
            d.font(10)
            d.cell(half, 5.5, val, border="B", new_x="LMARGIN", new_y="NEXT")
            d.ln(1.5)
    d.ln(4)
    d.para(f"Dear parent or guardian of {f['child']}:", 10)
    d.para("Under the Early and Periodic Screening, Diagnostic and Treatment (EPSDT) benefit, children under 21 can "
           "get services that are medically necessary to correct or improve a health condition, even when the "
           "service is not otherwise covered for adults.", 10)
    d.table(["Service", "Requested", "Decision", "Approved period"],
            [["B4162 ketogenic formula", "270 units / month", "APPROVED",
              f"{fmt_date(f['dos'], 'slash')} - {fmt_date(end, 'slash')}"],
             ["97802 / 97803 dietitian visits", "8 visits", "APPROVED", "same period"]],
            [58, 36, 30, 60], size=8.8, border_head="TB")
    d.para("We approved this request. The formula may be given by mouth because it is prescribed as medical "
           "treatment for intractable epilepsy (ketogenic diet therapy). The supplier will be paid directly.", 10)
    d.para("If you disagree with any part of this notice you may ask for a fair hearing within 90 days. Call "
           + r.phone() + " with questions.", 9.5)
    t = truth("other", None, insurer=agency, member_id=mid, member_name=f["child"], case_numbers=[notice_no],
              service_dates=[iso(f["dos"], end)], denial_date=iso(notice), provider=sup,
              alternates={"service_dates": [[iso(f["dos"])], [iso(f["dos"]), iso(end)]], "provider": [NEURO[2]],
                          "case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: multi-claim EOB (photocopy)
def doc_eob(r: Rand):
    f = base(r)
    ins = "Heartland Prairie Health"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"HP{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(22, 30))
    rd = "Marigold Pediatric Nutrition Clinic"
    c1, c2, c3 = f"E{r.digits(10)}", f"E{r.digits(10)}", f"E{r.digits(10)}"
    d0 = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    d2 = f["dos"] + dt.timedelta(days=14)
    d = Page("Heartland Prairie Health  .  EOB  .  {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Heartland Prairie Health", 17, "B", h=8)
    d.text_line(f"EXPLANATION OF BENEFITS  .  THIS IS NOT A BILL  .  {f['ph']}", 8.6, h=4.6)
    d.ln(3)
    d.boxes([("Date of statement", fmt_date(stmt, "dmy"), 34), ("For", f["child"], 50), ("Member #", mid, 36),
             ("Group #", grp, 26), ("Subscriber", f["parent"], 46)])
    d.ln(4)
    blocks = [(c1, NEURO[2] + " (neurology)", [(d0, "99215", "Office visit, established", 310.00, 244.10, 244.10, 0, "")]),
              (c2, "Children's Neurodiagnostics", [(d0, "95816", "EEG awake and drowsy", 620.00, 401.50, 361.35, 40.15, "")]),
              (c3, rd, [(f["dos"], "97802", "Medical nutrition therapy, initial", 240.00, 0, 0, 240.00, "NC3"),
                        (d2, "97803", "Medical nutrition therapy, follow-up", 150.00, 0, 0, 150.00, "NC3")])]
    for c, prov, lines in blocks:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {c}   Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        rows = [[fmt_date(x[0], "dmy"), x[1], x[2], fmt_money(x[3], "nosign"), fmt_money(x[4], "nosign"),
                 fmt_money(x[5], "nosign"), fmt_money(x[6], "nosign"), x[7]] for x in lines]
        if len(lines) > 1:
            rows.append(["*Claim total", "", "", fmt_money(sum(x[3] for x in lines), "nosign"),
                         fmt_money(sum(x[4] for x in lines), "nosign"), fmt_money(sum(x[5] for x in lines), "nosign"),
                         fmt_money(sum(x[6] for x in lines), "nosign"), ""])
        d.table(["Date", "Code", "Service", "Charged", "Allowed", "Paid", "Your share", "Code"], rows,
                [24, 16, 58, 20, 20, 20, 20, 12], size=7.8, aligns="LLLRRRRL")
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para("NC3  Medical nutrition therapy is covered only for diabetes, chronic kidney disease and after a kidney "
           "transplant. Nutrition counseling for other conditions, including a ketogenic diet for epilepsy, is not "
           "a covered benefit under your plan.", 8.6)
    d.para("To appeal, write to us within 180 days of the date of this statement. Include this EOB. An urgent "
           "appeal is decided within 72 hours.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[c3], claim_amount="390.00", service_dates=[iso(f["dos"]), iso(d2)], denial_date=iso(stmt),
              provider=rd, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: upheld appeal (phone photo)
def doc_upheld(r: Rand):
    f = base(r)
    ins = "Ironwood Valley Health Plan"
    mid, grp, appeal = f"IVH{r.digits(8)}", f"G{r.digits(6)}", f"APL-{r.digits(6)}"
    dec = f["dos"] + dt.timedelta(days=r.randint(40, 55))
    sup = SUPPLIERS[0]
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Ironwood Valley Health Plan", 14, "B", align="C", h=7)
    d.text_line("Member Appeals", 9, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(dec, "mdy_nopad"), 10, h=6)
    addr_block(d, f["parent"], f["addr"])
    d.ln(5)
    d.para(f"Your appeal {appeal} for {f['child']}, member ID {mid}, group {grp}", 10, gap=4)
    d.para(f"You asked us to reconsider our denial of ketogenic formula (B4162) from {sup}, ordered by "
           f"{NEURO[0]} to start on {fmt_date(f['dos'], 'mdy_nopad')}. A pediatric gastroenterologist reviewed "
           "the appeal.", 10)
    d.para("We are upholding our decision. Your plan covers enteral formula only when given through a feeding "
           "tube. Formula that is taken by mouth is excluded as food, even when a doctor prescribes it. The "
           "doctor's letter explains why the ketogenic diet is important, but the plan's exclusion still applies.", 10)
    d.para("You have completed the plan's internal appeal process. You may ask for an external review by an "
           "independent review organization within 4 months after you receive this letter. Call Member Appeals at "
           + f["ph"] + ".", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[appeal], service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=sup,
              alternates={"provider": [NEURO[0]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: renewal denied, records not received (rotated)
def doc_records(r: Rand):
    f = base(r)
    ins = "Sunfield Community Health Plan"
    mid, ref = f"SCH-{r.digits(8)}", f"{r.digits(4)}{r.letters(2)}{r.digits(4)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(3, 7))
    sup = SUPPLIERS[2]
    d = Page("Sunfield Community Health Plan - Medicaid managed care - {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Sunfield Community Health Plan", 14, "B", h=7)
    d.text_line("A Medicaid managed care plan  .  4 Harvest Court, Springfield, IL 62701", 8.4, h=4.5)
    d.ln(5)
    d.table(["Date", "Member", "Member ID", "Reference", "Start date requested"],
            [[fmt_date(notice, "iso"), f["child"], mid, ref, fmt_date(f["dos"], "iso")]], [28, 46, 38, 34, 38],
            size=8.8, border_head="TB")
    d.text_line("We could not approve the renewal of your child's ketogenic formula", 11, "B", h=7)
    d.para(f"{sup} asked us to continue B4162 ketogenic formula for another six months. To renew, we need the "
           "neurologist's notes from the last 90 days showing the seizure count and the child's weight. We asked "
           "the supplier and the neurologist for these notes twice and did not receive them. Because we did not "
           "get the records, we cannot decide whether the formula is still needed, and the request is denied.", 10)
    d.para("This is not a decision that the formula is not needed. If the records are sent, a new request can be "
           "made at any time.", 10)
    d.text_line("Appeal", 10, "B", h=6)
    d.para("You may ask for an appeal within 60 days of the date of this letter. If you want the formula to "
           "continue while we decide your appeal, you must ask within 10 days. You may ask for a State Fair "
           "Hearing after the appeal.", 10)
    t = truth("denial_letter", "other", insurer=ins, member_id=mid, member_name=f["child"], case_numbers=[ref],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=sup,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["medical_necessity"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid EOB (fine fax)
def doc_paid(r: Rand):
    f = base(r)
    ins = "Coastal Meridian Health Insurance"
    mid, grp, claim = f"CMH{r.digits(9)}", f"{r.digits(5)}-{r.digits(3)}", f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 28))
    prov = NEURO[1]
    d = Page("CMHI-EOB  {p}/{n}")
    d.add_page()
    d.text_line("Coastal Meridian Health Insurance", 14, "B", h=7)
    d.text_line("STATEMENT OF BENEFITS (not a bill)", 10, h=5.5)
    d.ln(3)
    for lab, val in [("Issued", fmt_date(stmt, "long")), ("Patient", f["child"]), ("ID", mid), ("Group", grp),
                     ("Claim", claim), ("Rendering provider", prov + ", Gulf Coast Child Neurology"),
                     ("Provider NPI", f["npi"])]:
        d.font(9.5)
        d.cell(42, 5.3, lab + ":")
        d.cell(0, 5.3, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "long"), "99214", "Office visit", "265.00", "198.40", "178.56", "19.84"],
            [fmt_date(f["dos"], "long"), "95816", "EEG", "540.00", "362.00", "325.80", "36.20"],
            ["*Totals", "", "", "805.00", "560.40", "504.36", "56.04"]]
    d.table(["Service date", "Code", "Description", "Charge", "Allowed", "Paid", "You owe"], rows,
            [38, 16, 40, 22, 22, 22, 22], size=8.6, aligns="LLLRRRR")
    d.para("Claim paid. Ketogenic diet follow-up visit with EEG. You may owe the provider the amount in the You owe "
           "column. Questions: " + f["ph"] + ".", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"], case_numbers=[claim],
              claim_amount="805.00", service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=prov,
              type_alternates=["other"], alternates={"provider": ["Gulf Coast Child Neurology"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_form, "boxed_form", "born_digital"), (2, doc_epsdt, "epsdt_approval", "scan_clean_300"),
              (3, doc_eob, "dietitian_eob", "photocopy"), (4, doc_upheld, "upheld_appeal", "phone_photo"),
              (5, doc_records, "records_renewal", "rotated"), (6, doc_paid, "paid_eob", "fax_fine_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
