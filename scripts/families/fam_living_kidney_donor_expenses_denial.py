"""Family 'living_kidney_donor_expenses_denial': invented EOBs, statements and letters on a living kidney donor's
evaluation, nephrectomy and follow-up care billed under the donor's own health plan instead of the transplant
recipient's plan, which is the plan that pays a living donor's expenses.

Cases (EOB/statement-heavy): the donor's commercial EOB denying the donor evaluation (HLA typing, crossmatch, CT
angiography, labs) with a remark to bill the recipient's carrier; the transplant center's living-donor financial
services letter telling the donor the claim was billed to her plan in error and rebilled (nothing denied); the
recipient's plan EOB paying the donor nephrectomy under the recipient's transplant benefit (nothing denied); the
donor's plan adverse benefit determination on the donor's inpatient nephrectomy stay; a fax stack of a cover
sheet, the donor plan's EOB denying the six-month post-donation follow-up and the transplant center's account
statement; a Spanish EOB denying the donor's psychosocial and nephrology evaluation visits; a first-level appeal
decision upholding the denial of the laparoscopic donor nephrectomy surgeon's claim.

Layouts are invented, modelled loosely on published commercial EOBs, transplant center financial letters and
adverse benefit determinations. All values invented: plans, transplant centers, clinicians, donors, recipients,
IDs, amounts; phones 1-555. Decoys: dates of birth, the recipient's name and member ID, NPIs, the recipient plan's
claim number, received dates, UNOS/center donor numbers, patient account numbers, allowed/paid/you-owe amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "living_kidney_donor_expenses_denial"
LANG = "en"
SEED = 271500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def head(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name.upper(), 12.5, "B", "C")
        d.text_line("  |  ".join(lines), 8.3, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(60, 60, 60)
        d.set_text_color(255, 255, 255)
        d.font(13, "B")
        d.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        for s in lines:
            d.text_line(s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Rosalind", "Imogen", "Delphine", "Cordelia", "Augustin", "Thaddeus", "Philippa", "Ignatius", "Linnea",
         "Roderick", "Seraphina", "Cassius"]
LAST = ["Thornquist", "Ellsworth", "Blackwood", "Merriweather", "Ashgrove", "Kilbride", "Fairweather", "Lindgren",
        "Haverford", "Penwarden"]
FIRST_ES = ["Maricela", "Anselmo", "Rosaura", "Evaristo", "Yesenia"]
LAST_ES = ["Echeverría", "Valladares", "Quiñones", "Sepúlveda", "Arriaga"]
CITIES = ["Cobble Ferry, OH 45999", "Marrowgate, KS 66999", "Wrenfield, VT 05999", "Lake Tamsin, MN 56999"]
CITIES_ES = ["Puerto Almendro, FL 33999", "San Isidro del Llano, TX 79999"]
STREETS = ["Heronsgate Road", "Cinderberry Lane", "Tollhouse Street", "Wexmoor Avenue", "Glasswing Court"]
CENTER = "Halberd Valley University Transplant Institute"
CENTER2 = "St. Aurelian Kidney & Pancreas Transplant Center"
SURGEONS = ["Dr. Octavia R. Brightwell, MD", "Dr. Leander J. Okafor-Mills, MD", "Dr. Henrika S. Dalgaard, MD"]
NEPHROS = ["Dr. Casimir T. Wendling, MD", "Dr. Amara E. Nwachukwu-Reyes, MD"]


def base(r, lang="en"):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 190))
    es = lang == "es"
    return dict(notice=notice, donor=person(r, FIRST_ES if es else FIRST, LAST_ES if es else LAST),
                recip=person(r, FIRST_ES if es else FIRST, LAST_ES if es else LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if es else CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1966, 1996), r.randint(1, 12), r.randint(1, 28)))


DONOR_REMARK = ("Services for a living organ donor (evaluation, donation surgery and post-donation follow-up) are "
                "the responsibility of the transplant recipient's health plan. Your plan does not pay for donor "
                "services. Ask the transplant center to bill the recipient's carrier.")


# ---------------------------------------------------------------- 0: donor plan EOB, evaluation denied
def doc_eval_eob(r):
    f = base(r)
    plan = "Pellucid Shore Health Insurance Company"
    ds, ms = "slash", "plain"
    claim = pat(r, "99-99999-99999")
    f.update(mid=pat(r, "PSH99999999-01"), grp=pat(r, "99999-AA"))
    dos1 = f["notice"] - dt.timedelta(days=r.randint(30, 45))
    dos2 = dos1 + dt.timedelta(days=r.randint(1, 3))
    lines = [(dos1, "86812", "HLA typing, class I (A, B, C)", fee(r, 780, 1150)),
             (dos1, "86817", "HLA typing, class II (DR/DQ)", fee(r, 820, 1260)),
             (dos1, "86825", "Crossmatch, lymphocyte", fee(r, 590, 880)),
             (dos1, "80053", "Comprehensive metabolic panel", fee(r, 60, 120)),
             (dos2, "74175", "CT angiography, abdomen (renal)", fee(r, 2100, 3300))]
    total = round(sum(x[3] for x in lines), 2)
    d = Page(footer="Pellucid Shore Health Insurance Company  -  Explanation of Benefits  -  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Claims Service Center, PO Box 60418, Cobble Ferry, OH 45999",
                   f"Member Services {f['phone']} (TTY 711)   pellucidshore.example"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", "C")
    d.text_line("THIS IS NOT A BILL", 9, "", "C")
    d.ln(3)
    d.boxes([("Date of statement", fmt_date(f["notice"], ds), 38), ("Member", f["donor"], 50),
             ("Member ID", f["mid"], 44), ("Group no.", f["grp"], 32)], h=11)
    d.boxes([("Claim number", claim, 44), ("Provider", CENTER, 96), ("Network", "In network", 24)], h=11)
    d.ln(4)
    rows = [[fmt_date(a, ds), c, desc, fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(ch, ms), "LD4"]
            for a, c, desc, ch in lines]
    rows.append(["*Claim total", "", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(0, ms),
                 fmt_money(total, ms), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Not paid", "Remark"], rows,
            [22, 13, 55, 21, 18, 19, 20, 12], size=7.6, aligns="LLLRRRRL", head_fill=True)
    paras(d, [
        "#Remark codes",
        "LD4  " + DONOR_REMARK + " You should not be billed for these charges.",
        f"Donor work-up for kidney recipient {f['recip']} (center donor no. {pat(r, 'LD-99999')}). Ordering "
        f"physician: {NEPHROS[0]}, NPI {f['npi']}.",
        "#Your deductible and out-of-pocket",
        "Deductible met: $412.00 of $1,500.00. Out-of-pocket met: $690.15 of $5,000.00.",
        "#Your right to appeal",
        "If you disagree with this decision you may file an appeal within 180 days of the date of this statement. "
        f"Call {f['phone']} or write to Pellucid Shore Appeals, PO Box 60425, Cobble Ferry, OH 45999. You may ask "
        "for copies of all documents used for this decision free of charge. You may also have the right to an "
        "external review."], size=8.8)
    t = truth("eob", "other", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["donor"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos1.isoformat(), dos2.isoformat()],
              denial_date=f["notice"].isoformat(), provider=CENTER,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: transplant center letter, rebilled (no denial)
def doc_center_letter(r):
    f = base(r)
    other_plan, recip_plan = "Corvane Health Alliance", "Tamsin Lakes Health Plan"
    ds, ms = "long", "nosign"
    claim = pat(r, "CV9999999999")
    acct = pat(r, "9999999")
    f.update(mid=pat(r, "CVA-999-99-9999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(40, 60))
    ch = [fee(r, 380, 520), fee(r, 300, 420), fee(r, 240, 330)]
    total = round(sum(ch), 2)
    coord = person(r, FIRST, LAST)
    d = Page(footer=f"{CENTER2}  |  Living Donor Program  |  Financial Services")
    d.add_page()
    head(d, CENTER2, ["Living Donor Program - Transplant Financial Services",
                      "2200 Larkspur Medical Parkway, Lake Tamsin, MN 56999",
                      "Phone 1-555-604-3318   Fax 1-555-604-3390"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["donor"], f["addr"])
    d.text_line(f"Re: Your living donor evaluation on {fmt_date(dos, ds)}", 11.5, "B")
    d.ln(1)
    kv(d, [("Donor:", f["donor"]), ("Date of birth:", fmt_date(f["dob"], "slash")), ("Account number:", acct),
           ("Your insurance:", other_plan), ("Your member ID:", f["mid"]), ("Claim number:", claim),
           ("Charges:", f"$ {fmt_money(total, ms)}")], w=42)
    paras(d, [
        f"Dear {f['donor'].split()[0]} {f['donor'].split()[-1]}:",
        f"Thank you for considering living kidney donation. We recently learned that the charges for your donor "
        f"evaluation visit were sent to your own insurance, {other_plan}, in error. {other_plan} returned the claim "
        "without payment because a donor's costs are paid by the recipient's insurance.",
        f"We have corrected our records. The charges listed below have been moved to the recipient's transplant "
        f"benefit with {recip_plan}. You are not responsible for any part of these charges, and nothing "
        "will be reported to your credit. You do not need to file an appeal with your own insurance.",
    ], size=9.8)
    d.table(["Date", "Service", "Charge", "Status"],
            [[fmt_date(dos, "slash"), "99205 Donor nephrology consultation", fmt_money(ch[0], ms), "Moved to recipient"],
             [fmt_date(dos, "slash"), "90791 Independent living donor advocate / psychosocial", fmt_money(ch[1], ms),
              "Moved to recipient"],
             [fmt_date(dos, "slash"), "97802 Donor nutrition assessment", fmt_money(ch[2], ms), "Moved to recipient"],
             ["*Total", "", fmt_money(total, ms), ""]], [26, 90, 24, 40], size=8.6, aligns="LLRL")
    paras(d, [
        "If you receive an explanation of benefits or a bill for donor services, please do not pay it. Call me "
        "directly and I will take care of it. Your independent living donor advocate is also available to talk with "
        "you about any concerns during your evaluation.",
        "Sincerely,",
        f"{coord}",
        "Transplant Financial Coordinator, Living Donor Program"], size=9.8)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["donor"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=CENTER2, unscored=["insurer", "group_number"],
              alternates={"case_numbers": [[]], "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: recipient plan EOB paying donor nephrectomy
def doc_recipient_paid(r):
    f = base(r)
    plan = "Tamsin Lakes Health Plan"
    ds, ms = "abbr", "plain"
    claim = pat(r, "T999999999999")
    f.update(mid=pat(r, "TLH999999999"), grp=pat(r, "G999999"))
    adm = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    dis = adm + dt.timedelta(days=r.randint(2, 3))
    lines = [("0360", "Operating room services", fee(r, 18000, 26000)),
             ("0120", "Room and board, semi-private", fee(r, 7200, 9800)),
             ("0250", "Pharmacy", fee(r, 1400, 2600)),
             ("0301", "Laboratory - chemistry", fee(r, 900, 1500))]
    total = round(sum(x[2] for x in lines), 2)
    d = Page(footer="Tamsin Lakes Health Plan  -  Explanation of Benefits")
    d.add_page()
    head(d, plan, ["PO Box 3310, Lake Tamsin, MN 56999", f"Customer Service {f['phone']}"], 2)
    d.text_line("Explanation of Benefits - Transplant Services", 12.5, "B")
    d.ln(1)
    kv(d, [("Issue date", fmt_date(f["notice"], ds)), ("Subscriber / transplant recipient", f["recip"]),
           ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Patient", f"{f['donor']} (living kidney donor for the member)"),
           ("Facility", CENTER), ("Surgeon", SURGEONS[0]), ("Claim no.", claim),
           ("Dates of stay", f"{fmt_date(adm, ds)} - {fmt_date(dis, ds)}")], w=62, size=9.2)
    rows = []
    for code, desc, ch in lines:
        rows.append([code, desc, fmt_money(ch, ms), fmt_money(round(ch * 0.61, 2), ms),
                     fmt_money(round(ch * 0.61, 2), ms), fmt_money(0, ms), "TX2"])
    al = round(sum(round(x[2] * 0.61, 2) for x in lines), 2)
    rows.append(["*Total", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(al, ms), fmt_money(0, ms), ""])
    d.table(["Rev code", "Description", "Charges", "Allowed", "Paid", "Donor owes", "Note"], rows,
            [18, 58, 24, 24, 24, 22, 12], size=8, aligns="LLRRRRL")
    paras(d, [
        "#Notes",
        "TX2  Living donor nephrectomy (CPT 50320) paid under the recipient's transplant benefit at the Centers "
        "of Excellence rate. The donor pays no deductible, copay or coinsurance, and donor services do not count "
        "toward the recipient's deductible.",
        "#If you disagree",
        "You may appeal any decision on this statement within 180 days of the date you receive it. Write to Tamsin "
        "Lakes Health Plan, Appeals, PO Box 3322, Lake Tamsin, MN 56999."], size=9)
    t = truth("eob", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["donor"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=CENTER,
              alternates={"member_name": [f["recip"]], "provider": [SURGEONS[0]]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: donor plan adverse determination, inpatient stay
def doc_inpatient_abd(r):
    f = base(r)
    plan = "Marlowe Crest Insurance Company"
    ds = "mdy_nopad"
    claim, ref = pat(r, "99999999999"), pat(r, "MC-AB-99999")
    f.update(mid=pat(r, "MCX999999999"), grp=pat(r, "99999"))
    adm = f["notice"] - dt.timedelta(days=r.randint(30, 50))
    dis = adm + dt.timedelta(days=r.randint(2, 4))
    total = fee(r, 31000, 46000)
    recv = f["notice"] - dt.timedelta(days=r.randint(10, 20))
    d = Page(footer="Marlowe Crest Insurance Company | Form MC-ABD-07 | Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Member Appeals and Claim Review, 88 Saddler Row, Marrowgate, KS 66999",
                   f"Phone {f['phone']}  Fax 1-555-312-7745"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["donor"], f["addr"])
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["donor"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Claim number:", claim),
           ("Reference number:", ref), ("Hospital:", CENTER), ("Attending surgeon:", SURGEONS[1]),
           ("Admitted:", fmt_date(adm, ds)), ("Discharged:", fmt_date(dis, ds)),
           ("Total charges:", fmt_money(total)), ("Claim received:", fmt_date(recv, ds))], w=44)
    paras(d, [
        "#What we decided",
        "We denied payment for your hospital stay for a laparoscopic donor nephrectomy (removal of a kidney for "
        "transplantation, CPT 50320). Your Certificate of Coverage, Section 7, Organ and Tissue Transplants, says: "
        "\"When the covered person is a living donor and the recipient is covered by another plan, donor expenses "
        "are covered only to the extent they are not covered by the recipient's plan.\" The transplant center "
        "told us that the recipient is insured by another plan, which covers donor expenses. Please ask the "
        "hospital to submit the claim to the recipient's plan first.",
        "This decision was not based on medical necessity. If the recipient's plan denies the donor expenses, send "
        "us its explanation of benefits and we will reconsider the claim.",
        "#Your right to appeal",
        "You or someone you authorize may appeal within 180 days of the date of this notice. Send your appeal to "
        "the address above or fax it to 1-555-312-7745. You may submit comments and documents and may request, free "
        "of charge, copies of all documents relevant to the claim. If your appeal is denied you may ask for an "
        "independent external review within 4 months of the final decision.",
        "Sincerely,",
        "Claim Review Unit, Marlowe Crest Insurance Company"], size=9.6)
    t = truth("denial_letter", "other", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["donor"], case_numbers=[claim, ref], claim_amount=f"{total:.2f}",
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=CENTER, appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [SURGEONS[1]], "case_numbers": [[claim]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: follow-up EOB + center statement
def doc_stack(r):
    f = base(r)
    plan = "Sable Ridge Health Cooperative"
    ds, ms = "dmy", "usd"
    claim = pat(r, "SR-9999-999999")
    f.update(mid=pat(r, "SRH99999999"), grp=pat(r, "99-9999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    lines = [("99214", "Office visit, post-donation follow-up (6 months)", fee(r, 240, 330)),
             ("80048", "Basic metabolic panel", fee(r, 55, 95)),
             ("82043", "Urine albumin, quantitative", fee(r, 35, 60)),
             ("81001", "Urinalysis with microscopy", fee(r, 25, 45))]
    total = round(sum(x[2] for x in lines), 2)
    d = Page()
    d.add_page()
    head(d, plan, ["Claims, 410 Fernhill Road, Wrenfield, VT 05999", f"Member line {f['phone']}"], 1)
    d.text_line("Explanation of Benefits", 13, "B")
    kv(d, [("Processed on", fmt_date(f["notice"], ds)), ("Patient", f["donor"]), ("ID number", f["mid"]),
           ("Group", f["grp"]), ("Claim", claim), ("Billed by", CENTER2)], w=34, size=9.4)
    rows = [[fmt_date(dos, ds), c, desc, fmt_money(ch, ms), "0.00", fmt_money(ch, ms), "N71"] for c, desc, ch in lines]
    rows.append(["*Totals", "", "", fmt_money(total, ms), "0.00", fmt_money(total, ms), ""])
    d.table(["Date", "CPT", "Service", "Charged", "Paid", "Denied", "Code"], rows,
            [24, 14, 76, 22, 16, 20, 12], size=8, aligns="LLLRRRL")
    paras(d, [
        "N71  Post-donation follow-up of a living organ donor for up to two years is part of the transplant "
        "recipient's transplant benefit. Bill the recipient's health plan. Member is not responsible.",
        "APPEALS: You may appeal this decision within 180 days of the date of this notice by writing to Sable Ridge "
        "Appeals, 410 Fernhill Road, Wrenfield, VT 05999."], size=9)
    t1 = truth("eob", "other", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["donor"],
               case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
               denial_date=f["notice"].isoformat(), provider=CENTER2,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               denial_alternates=["not_covered"])
    pdf1 = pdf_bytes(d)
    st_date = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    acct = pat(r, "A99999999")
    d = Page()
    d.add_page()
    head(d, CENTER2, ["Patient Financial Services, 2200 Larkspur Medical Parkway, Lake Tamsin, MN 56999",
                      "Billing questions 1-555-604-3301"], 2)
    d.text_line("STATEMENT OF ACCOUNT", 13, "B")
    kv(d, [("Statement date", fmt_date(st_date, ds)), ("Patient", f["donor"]), ("Account no.", acct),
           ("Primary insurance", f"{plan} (claim {claim})"),
           ("Transferred to", "Recipient transplant benefit - donor account"), ("Balance due", "USD 0.00")], w=40)
    d.table(["Date", "Description", "Charges", "Adjustments", "Balance"],
            [[fmt_date(dos, ds), f"{c} {desc}", fmt_money(ch, ms), f"-{fmt_money(ch, 'nosign')}", "0.00"]
             for c, desc, ch in lines] + [["*Total", "", fmt_money(total, ms), "", "USD 0.00"]],
            [24, 86, 26, 26, 22], size=8.2, aligns="LLRRR")
    paras(d, [
        "Your insurance denied these charges because they are living donor services. The charges have been "
        "transferred to the transplant recipient's donor account and you owe nothing. This statement is for your "
        "records only. Please keep it with your insurance papers."], size=9.4)
    t2 = truth("other", None, insurer=None, member_name=f["donor"], case_numbers=[claim],
               claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=st_date.isoformat(),
               provider=CENTER2, unscored=["insurer", "group_number", "member_id"],
               alternates={"case_numbers": [[]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: Spanish EOB, evaluation visits denied
def doc_es(r):
    f = base(r, "es")
    plan = "Aseguradora Cordillera Salud, S.A."
    ds, ms = "es", "plain"
    claim = pat(r, "RC-99999999")
    f.update(mid=pat(r, "ACS-99999999"), grp=pat(r, "GR-9999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 35))
    lines = [("99204", "Consulta de nefrología para donante", fee(r, 290, 390)),
             ("90791", "Evaluación psicosocial del donante", fee(r, 260, 340)),
             ("93000", "Electrocardiograma", fee(r, 70, 110))]
    total = round(sum(x[2] for x in lines), 2)
    d = Page(footer="Aseguradora Cordillera Salud - Explicación de Beneficios - página {p}")
    d.add_page()
    head(d, plan, ["Apartado Postal 2740, Puerto Almendro, FL 33999", f"Servicio al Cliente {f['phone']}"], 0)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 13, "B")
    d.text_line("ESTO NO ES UNA FACTURA", 9)
    d.ln(2)
    kv(d, [("Fecha de emisión:", fmt_date(f["notice"], ds)), ("Paciente:", f["donor"]),
           ("Número de miembro:", f["mid"]), ("Grupo:", f["grp"]), ("Número de reclamación:", claim),
           ("Proveedor:", CENTER), ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=52, size=9.3)
    rows = [[fmt_date(dos, "slash"), c, desc, fmt_money(ch, ms), fmt_money(0, ms), "D7"] for c, desc, ch in lines]
    rows.append(["*Total", "", "", fmt_money(total, ms), fmt_money(0, ms), ""])
    d.table(["Fecha", "Código", "Servicio", "Cargo", "Pagado", "Nota"], rows, [24, 16, 80, 24, 22, 12],
            size=8.2, aligns="LLLRRL")
    paras(d, [
        "#Explicación de la nota",
        "D7  Estos servicios son parte de la evaluación de un donante vivo de riñón. Los gastos del donante los "
        f"paga el plan de salud del receptor del trasplante ({f['recip']}). Su plan no paga servicios de donante. "
        "Pida al centro de trasplantes que envíe la reclamación al seguro del receptor. Usted no debe pagar estos "
        "cargos.",
        "#Sus derechos de apelación",
        "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta explicación de "
        f"beneficios. Llame al {f['phone']} o escriba a Apelaciones, Aseguradora Cordillera Salud, Apartado Postal "
        "2740, Puerto Almendro, FL 33999. Puede pedir gratis copias de los documentos usados en esta decisión."],
        size=9.2)
    t = truth("eob", "other", lang="es", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["donor"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=CENTER,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: first-level appeal upheld, surgeon claim
def doc_appeal(r):
    f = base(r)
    plan = "Tolland Harbor Health"
    ds, ms = "upper", "space"
    claim, appeal = pat(r, "TH99999999"), pat(r, "GA-2026-99999")
    f.update(mid=pat(r, "99999999999"), grp=pat(r, "THH-999"))
    dos = f["notice"] - dt.timedelta(days=r.randint(90, 120))
    total = fee(r, 5200, 7600)
    recip_claim = pat(r, "RX9999999999")
    d = Page(footer="Tolland Harbor Health - Grievance and Appeals Department")
    d.add_page()
    head(d, plan, ["Grievance and Appeals, 19 Lantern Quay, Wrenfield, VT 05999",
                   f"Telephone {f['phone']}   Fax 1-555-733-9018"], 2)
    d.text_line(f"DATE OF DECISION: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["donor"], f["addr"])
    d.text_line("Appeal Decision - Denial Upheld", 12.5, "B")
    d.ln(1)
    kv(d, [("Enrollee", f["donor"]), ("Enrollee ID", f["mid"]), ("Group", f["grp"]), ("Appeal no.", appeal),
           ("Claim no.", claim), ("Surgeon", SURGEONS[2]), ("Service", "50320 Laparoscopic donor nephrectomy"),
           ("Date of service", fmt_date(dos, ds)), ("Billed amount", fmt_money(total, ms))], w=36)
    paras(d, [
        f"Dear {f['donor'].split()[0]} {f['donor'].split()[-1]}:",
        "You appealed our denial of the surgeon's claim for removing your kidney for donation to a family member. "
        "Your appeal said that you are our member and that the surgery was done on you.",
        "#Our decision",
        "A reviewer who was not involved in the first decision looked at your appeal, the claim and the plan "
        "documents. The denial is upheld. Your Evidence of Coverage (Exclusions, item 41) excludes \"services for "
        "a member who donates an organ or tissue when the recipient's coverage pays for the donor's services.\" "
        f"The recipient's plan has already accepted the hospital's donor claim (its claim {recip_claim}), so the "
        "surgeon's claim should be sent to that plan as well.",
        "#What you can do next",
        "You may request a second-level appeal within 60 days of the date of this letter. If you are not satisfied "
        "after the second level, you may request an external review by an independent review organization within "
        "four months. You can also call us to ask for a copy of the documents used to decide your appeal.",
        "Sincerely,",
        "Appeals Analyst, Tolland Harbor Health"], size=9.6)
    t = truth("denial_letter", "other", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["donor"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=SURGEONS[2],
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_donor_plan_eob_evaluation_denied", "born_digital", doc_eval_eob, None),
    ("scan300_center_letter_rebilled_to_recipient", "scan_clean_300", doc_center_letter, None),
    ("lowres_recipient_plan_eob_nephrectomy_paid", "scan_lowres_150", doc_recipient_paid, None),
    ("copy_donor_plan_inpatient_stay_denied", "photocopy", doc_inpatient_abd, None),
    ("faxstd_stack_cover_followup_eob_center_statement", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_eob_es_evaluacion_donante", "phone_photo", doc_es, None),
    ("rotated_appeal_upheld_surgeon_claim", "rotated", doc_appeal, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
