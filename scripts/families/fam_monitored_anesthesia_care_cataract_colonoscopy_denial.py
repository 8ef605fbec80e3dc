"""Family 'monitored_anesthesia_care_cataract_colonoscopy_denial': monitored anesthesia care (MAC) for cataract
surgery (00142 with 66984) and for colonoscopy (00811 with 45378), billed with modifier QS (MAC) or G8 (MAC for a
deep, complex, complicated or markedly invasive procedure), refused as not medically necessary for a low-risk
(ASA I-II) patient for whom topical/moderate sedation given by the surgeon or endoscopist was enough.

Documents: a two-page Medicare Advantage notice of denial of payment (IDN style, running header, facts in
sentences); a standard-fax stack of a cover sheet, an insurer's prose letter (claim, amount and group named only in
sentences) and the anesthesia group's bill after the denial; a multi-claim EOB where the colonoscopy and the
facility are paid and only the anesthesia claim is denied; a paid EOB (MAC with G8 for a patient with severe lung
disease, nothing denied) in two columns; a sideways upheld MA reconsideration with a sidebar; a boxed-form
pre-service adverse benefit determination from a TPA (planned date, no amount, deadline counted from receipt);
an overturned appeal that pays the cataract anesthesia.

Decoys: DOB, NPIs, account numbers, ASA class, anesthesia base/time units, paid claims, plan-paid and you-owe
amounts, form/material numbers, dates received, 72-hour and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "monitored_anesthesia_care_cataract_colonoscopy_denial"
LANG = "en"
SEED = 306500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(), dos=dos,
                dob=dt.date(r.randint(1938, 1975), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=r.npi(),
                npi2=r.npi(), recv=dos + dt.timedelta(days=r.randint(6, 18)))


def addr_block(d: Page, f: dict, size: float = 9.6) -> None:
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, size, h=size * 0.5)


# ------------------------------------------------------------ 0: MA notice of denial of payment (IDN style)
def doc_ma_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Health Plans"
    plan = "Brightwater Medicare Complete (HMO)"
    mid = f"BW{r.digits(9)}"
    claim = f"{r.digits(4)}-{r.digits(7)}"
    group = "Ridgeview Anesthesia Associates"
    crna = f"{r.choice(['Delia', 'Morgan', 'Priya'])} {r.choice(['Okafor', 'Lindqvist', 'Hale'])}, CRNA"
    notice = f["dos"] + dt.timedelta(days=r.randint(24, 40))
    billed = float(r.randint(780, 1450))
    dl = notice + dt.timedelta(days=65)
    d = Page("Form CMS-10003-NDMCP (Approved 12/2024)  OMB Approval 0938-0829   H4417_IDN26_M   Page {p} of {n}",
             header=f"{f['member']}  -  Member ID {mid}  -  Notice of Denial of Payment (continued)")
    d.add_page()
    d.text_line("Brightwater Health Plans", 15, "B", h=7)
    d.text_line(f"{plan}  |  8 Lantern Quay, Bangor, ME 04401  |  {f['ph']} (TTY 711)", 8.4, h=4.4)
    d.ln(6)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    addr_block(d, f)
    d.ln(5)
    d.text_line("Notice of Denial of Payment", 15, "B", align="C", h=8)
    d.ln(2)
    d.para(f"Name: {f['member']}      Member number: {mid}", 10)
    d.para(f"We have denied payment for the medical services listed below that you received from {group}. "
           f"The claim ({claim}) was for monitored anesthesia care, procedure code 00142 with modifier QS, "
           f"given during your cataract surgery (66984) on {fmt_date(f['dos'], 'long')}. The amount billed was "
           f"{fmt_money(billed)}. The anesthetist on the claim was {crna}.", 10)
    d.text_line("Why did we deny payment?", 11, "B", h=6.5)
    d.para("Your Evidence of Coverage, Chapter 4, covers anesthesia services only when they are medically "
           "necessary. Our medical director reviewed the surgical and anesthesia records. The records describe "
           "you as ASA physical status II, with no history of sleep apnea, severe lung or heart disease, "
           "movement disorder, dementia or anxiety that keeps you from lying still. Cataract surgery under "
           "topical anesthesia with light sedation given by the surgical team is the standard of care for a "
           "patient like you, so a separate anesthesia professional providing monitored anesthesia care was not "
           "medically necessary.", 10)
    d.para("You do not owe the anesthesia provider for this service if it is a plan provider. If you already "
           "paid, you may be entitled to a refund.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("You have the right to ask Brightwater Health Plans to review our decision by asking us for an appeal "
           "(reconsideration). You must ask within 65 days of the date of this notice. We can give you more time "
           "if you have a good reason for missing the deadline.", 10)
    d.add_page()
    d.text_line("How to ask for an appeal", 11, "B", h=6.5)
    d.para("Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request must "
           "include your name, address, member number, the reasons for appealing, and any evidence you wish to "
           "attach. Mail or fax your request to: Brightwater Appeals & Grievances, PO Box 2290, Bangor, ME 04402; "
           f"Fax {phone(r)}.", 10)
    d.para("Step 2: We will review your request and tell you our decision within 60 days (payment appeals). If we "
           "do not decide fully in your favor, your appeal will be sent automatically to an Independent Review "
           "Entity. Fast (72-hour) appeals are for medical care you have not yet received and do not apply to "
           "payment requests.", 10)
    d.para(f"Other information: Date of birth on file {fmt_date(f['dob'], 'slash')}. Claim received "
           f"{fmt_date(f['recv'], 'slash')}. Rendering NPI {f['npi']}.", 9)
    d.para("If you need help, call Member Services. You can also contact your State Health Insurance Assistance "
           "Program or call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=group, appeal_deadline=iso(dl),
              alternates={"provider": [crna.split(",")[0]], "insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: fax stack: prose letter + anesthesia group bill
def doc_prose_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Cobalt Ridge Health Insurance Company"
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("COBALT RIDGE HEALTH", 14, "B", align="C", h=7)
    d.text_line(f"Insurance Company  ·  Medical Claim Review  ·  440 Signal Hill Drive, Erie, PA 16501", 8.3,
                align="C", h=4.4)
    d.ln(8)
    d.text_line(fmt_date(f["notice"], "dmy"), 10, h=6)
    d.ln(2)
    addr_block(d, f, 10)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We have finished reviewing claim number {f['claim']}, which {f['group']} sent us for the anesthesia "
           f"given during your colonoscopy on {fmt_date(f['dos'], 'long')}. The claim was for procedure 00811 with "
           f"modifier QS (monitored anesthesia care) and listed total charges of {fmt_money(f['billed'])}. Your "
           f"member identification number is {f['mid']} and your employer's group number is {f['grp']}.", 10.5)
    d.para("We are not able to pay this claim. Our policy on anesthesia for gastrointestinal endoscopy covers a "
           "separate anesthesia professional only when the patient has a documented risk that makes moderate "
           "sedation given by the endoscopist unsafe, such as severe sleep apnea, morbid obesity, a history of "
           "failed sedation, or significant heart or lung disease. The records we received rate you ASA class I "
           "and list no such risk. The anesthesia service was therefore not medically necessary. The "
           f"colonoscopy itself, billed by {f['gi']}, was processed separately and is not affected by this "
           "decision.", 10.5)
    d.para("If you disagree, you or someone you name to act for you may file an appeal within 180 days of the "
           "date of this letter. Send it with any records that support your request to Cobalt Ridge Health, "
           "Appeals Unit, PO Box 772, Erie, PA 16512. If a delay could seriously harm your health you may ask for "
           "an urgent appeal, which we decide within 72 hours. After our final decision you may also be able to "
           "ask for an external review by an independent review organization within 4 months.", 10.5)
    d.para(f"Questions? Call us at {f['ph']}, Monday through Friday.", 10.5)
    d.para("Sincerely,\n\nMarguerite Ellison, RN\nMedical Claim Review", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["group"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"insurer": ["Cobalt Ridge Health"]})
    return pdf_bytes(d), t


def doc_group_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["notice"] + dt.timedelta(days=r.randint(12, 20))
    acct = f"TAP-{r.digits(6)}"
    base_u, time_u = 5, r.randint(2, 4)
    d = Page(f"{f['group']}  ·  Billing questions {phone(r)}  ·  Tax ID 84-{r.digits(7)}")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  " + f["group"].upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line("Professional anesthesia services  ·  21 Kiln Street, Erie, PA 16505", 8.5, h=5)
    d.ln(4)
    y = d.get_y()
    addr_block(d, f)
    d.set_y(y)
    for lab, val in [("Bill date", fmt_date(bill, "slash")), ("Account", acct), ("Patient", f["member"]),
                     ("Birth date", fmt_date(f["dob"], "slash")), ("Please pay", fmt_money(f["billed"]))]:
        d.set_x(120)
        d.font(9, "B")
        d.cell(26, 5, lab)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    rows = [[fmt_date(f["dos"], "slash"), "00811-QS", "Anesthesia, lower intestinal endoscopy (MAC)",
             f"{base_u}+{time_u}", fmt_money(f["billed"])],
            ["", "", f"Billed to Cobalt Ridge Health, claim {f['claim']}", "", ""],
            [fmt_date(f["notice"], "slash"), "", "Insurance denied - not medically necessary", "", "0.00"],
            ["*Patient balance", "", "", "", fmt_money(f["billed"])]]
    d.table(["Service", "Code", "Description", "Units", "Charge"], rows, [24, 22, 92, 16, 26], size=8.6,
            aligns="LLLRR", head_fill=True)
    d.para(f"Your insurer has denied this service. Anesthetist: {f['crna']}. Supervising anesthesiologist NPI "
           f"{f['npi']}. Member ID on file: {f['mid']}.", 9)
    d.para(f"Invoice due on receipt. Pay within 30 days of the bill date to avoid a late notice. You may set up a "
           "payment plan by calling our office, or ask us to hold the account while you appeal with your "
           "insurer.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(bill),
              provider=f["group"], unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"CRH{r.digits(8)}", grp=f"{r.digits(5)}-{r.letters(2)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", group="Tamarack Anesthesia Partners",
             gi="Lakeshore Digestive Health", crna="Ansel K. Moreau, CRNA", billed=float(r.randint(890, 1620)))
    f["notice"] = f["dos"] + dt.timedelta(days=r.randint(25, 38))
    docs = [doc_prose_letter(r, f), doc_group_bill(r, f)]
    return Item(f"{FAMILY}_fax_letter_bill", "fax_standard_g4", docs, separators=["cover", None])


# ------------------------------------------------------------ 2: multi-claim EOB, only anesthesia denied
def doc_multi_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Mutual Benefit Plan"
    mid, grp = f"LMB {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"GRP{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 34))
    c = [f"{r.digits(11)}" for _ in range(3)]
    gi, asc, an = "Dr. Helena V. Marsh", "Granite Falls Endoscopy Center", "Summit Peak Anesthesia Group"
    b_gi, b_asc, b_an = float(r.randint(900, 1400)), float(r.randint(1800, 2900)), float(r.randint(700, 1300))
    a_gi, a_asc = round(b_gi * 0.62, 2), round(b_asc * 0.55, 2)
    d = Page("Larkspur Mutual  -  Explanation of Benefits  -  This is not a bill  -  p. {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Larkspur Mutual Benefit Plan", 16, "B", h=8)
    d.text_line(f"Claims Office, PO Box 1460, Duluth, MN 55802  ·  Call {f['ph']}", 8.4, h=4.4)
    d.rule(0.7, 3)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11.5, "B", h=6.5)
    y = d.get_y()
    addr_block(d, f, 9.2)
    d.set_y(y)
    for lab, val in [("Date prepared", fmt_date(stmt, "abbr")), ("Subscriber no.", mid), ("Employer group", grp),
                     ("For", f["member"]), ("Date of birth", fmt_date(f["dob"], "abbr"))]:
        d.set_x(112)
        d.font(8.8, "B")
        d.cell(32, 4.8, lab)
        d.font(8.8)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    rows = [[c[0], gi, fmt_date(f["dos"], "slash"), "45378", fmt_money(b_gi, "nosign"), fmt_money(a_gi, "nosign"),
             fmt_money(a_gi * 0.8, "nosign"), fmt_money(a_gi * 0.2, "nosign"), "A1"],
            [c[1], asc, fmt_date(f["dos"], "slash"), "45378-SG", fmt_money(b_asc, "nosign"), fmt_money(a_asc, "nosign"),
             fmt_money(a_asc * 0.8, "nosign"), fmt_money(a_asc * 0.2, "nosign"), "A1"],
            [c[2], an, fmt_date(f["dos"], "slash"), "00811-QS", fmt_money(b_an, "nosign"), "0.00", "0.00",
             fmt_money(b_an, "nosign"), "M62"]]
    d.table(["Claim #", "Provider", "Served", "Code", "Charged", "Allowed", "Plan paid", "Your share", "Note"], rows,
            [27, 47, 20, 17, 17, 16, 17, 17, 10], size=7.4, aligns="LLLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("A1  Paid at the in-network benefit after your deductible. Your share is 20% coinsurance.", 8.4)
    d.para("M62  Monitored anesthesia care for a routine colonoscopy is covered only when the patient has a "
           "documented condition that makes moderate sedation by the endoscopist unsafe. The records show an ASA "
           "II patient without such a condition. This anesthesia service is not medically necessary. An "
           "in-network anesthesia provider may not bill you for a service denied as not medically necessary.",
           8.4)
    d.text_line("Plan year summary", 9.5, "B", h=5.5)
    d.para("Deductible met: $750.00 of $750.00   Out-of-pocket met: $1,912.40 of $4,500.00", 8.4)
    d.text_line("Your right to appeal", 9.5, "B", h=5.5)
    d.para("You may appeal any denial on this statement within 180 days after you receive it. Write to Larkspur "
           "Appeals, PO Box 1466, Duluth, MN 55802, or call the number above. An independent external review may "
           "be requested within four months after a final internal denial.", 8.4)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c[2]], claim_amount=m2(b_an), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=an)
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: paid EOB (G8), two columns, phone photo
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ferncliff Health Cooperative"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}-01", f"FHC-{r.digits(4)}"
    claim = f"E{r.digits(4)}.{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(15, 28))
    prov = "Coastal Eye Anesthesia, PLLC"
    billed = float(r.randint(650, 1100))
    allowed = round(billed * 0.71, 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("Ferncliff Health Cooperative", 15, "B", h=7)
    d.text_line("Member claim summary  ·  not a bill", 9.5, h=5)
    d.rule(0.5, 4)
    col = 88
    y0 = d.get_y()
    d.font(9.2)
    left = [("Issued", fmt_date(stmt, "iso")), ("Member", f["member"]), ("Member no.", mid), ("Group", grp),
            ("Reference", claim)]
    right = [("Treating provider", prov), ("Procedure", "00142-G8 with cataract surgery"),
             ("Service", fmt_date(f["dos"], "iso")), ("Received", fmt_date(f["recv"], "iso")),
             ("Provider NPI", f["npi"])]
    for i, (lab, val) in enumerate(left):
        d.set_xy(14, y0 + i * 6)
        d.font(9, "B")
        d.cell(26, 5.5, lab)
        d.font(9)
        d.cell(col - 26, 5.5, val)
    for i, (lab, val) in enumerate(right):
        d.set_xy(14 + col + 4, y0 + i * 6)
        d.font(9, "B")
        d.cell(34, 5.5, lab)
        d.font(9)
        d.cell(0, 5.5, val)
    d.set_y(y0 + 34)
    d.table(["Line", "Code", "Billed", "Allowed", "Deductible", "Coinsurance", "We paid"],
            [["1", "00142-G8", fmt_money(billed), fmt_money(allowed), "$0.00", fmt_money(allowed * 0.1),
              fmt_money(allowed * 0.9)]], [14, 26, 28, 28, 28, 28, 30], size=8.8, aligns="LLRRRRR")
    d.para("Good news: this claim was paid. Monitored anesthesia care with modifier G8 was covered because the "
           "records document severe chronic lung disease that makes sedation without an anesthesia professional "
           "unsafe. Your share is the 10% coinsurance shown above.", 9.2)
    d.para(f"Questions: {f['ph']}. If you think we made a mistake, you may ask for a review within 180 days "
           "after you get this summary.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prov, type_alternates=["other"])
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: upheld MA reconsideration, sidebar, rotated
def doc_upheld_recon(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Saltmarsh Medicare Advantage"
    mid = f"SMA-{r.digits(4)}-{r.digits(4)}"
    claim, appeal = f"{r.digits(12)}", f"RC{r.digits(2)}-{r.digits(5)}"
    prov = "Northgate Anesthesia Consultants"
    dec = f["dos"] + dt.timedelta(days=r.randint(95, 130))
    billed = float(r.randint(760, 1280))
    d = Page("Saltmarsh Medicare Advantage  ·  Y0092_RECON_2026  ·  {p}", margins=(70, 16, 16))
    d.add_page()
    y0 = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(10, 10, 54, 160, style="F")
    d.set_xy(12, 14)
    for lab, val in [("Decision date", fmt_date(dec, "upper")), ("Enrollee", f["member"]), ("Enrollee ID", mid),
                     ("Claim", claim), ("Appeal no.", appeal), ("Service date", fmt_date(f["dos"], "upper")),
                     ("Billed", fmt_money(billed)), ("Services", "00142-QS"), ("Anesthesia NPI", f["npi"]),
                     ("Date of birth", fmt_date(f["dob"], "upper"))]:
        d.set_x(12)
        d.font(7, "B")
        d.cell(50, 4, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(12)
        d.font(9)
        d.cell(50, 5, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_xy(70, y0)
    d.text_line("SALTMARSH MEDICARE ADVANTAGE", 13, "B", h=7)
    d.text_line("Appeals & Grievances Department", 9, h=5)
    d.ln(6)
    addr_block(d, f)
    d.ln(6)
    d.text_line("Reconsideration decision: payment request", 12, "B", h=7)
    d.para(f"You asked us to reconsider our decision not to pay {prov} for monitored anesthesia care during "
           f"your cataract surgery. After a new review by a physician who was not part of the first decision, we "
           "are upholding our denial.", 10)
    d.para("The physician reviewer found that the operative note describes a cooperative patient, ASA class II, "
           "under topical anesthesia, and no condition that required an anesthesia professional to monitor you. "
           "The service was not medically necessary under our coverage guideline for anesthesia in eye surgery.",
           10)
    d.text_line("What happens next", 10.5, "B", h=6)
    d.para("Because we did not decide fully in your favor, we have sent your case file automatically to the "
           "Independent Review Entity (IRE) contracted by Medicare. You do not need to do anything. The IRE will "
           "write to you with its decision. If the IRE denies your appeal and the amount in dispute meets the "
           "minimum, you may ask for a hearing with an Administrative Law Judge within 60 days of the IRE's "
           "decision.", 10)
    d.para(f"Questions: Member Services {f['ph']}, 8 a.m. to 8 p.m., seven days a week.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim, appeal], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=prov)
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: boxed pre-service adverse benefit determination
def doc_preservice_abd(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Meridian Benefit Services"
    plan = "Orchard Valley Foods Employee Health Plan"
    mid, grp = f"KMB{r.digits(7)}", f"OVF{r.digits(4)}"
    req = f"PA-{r.digits(3)}-{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 16))
    recv = notice - dt.timedelta(days=r.randint(3, 6))
    prov = "Bluff City Anesthesia Group"
    gi = "Dr. Rowan T. Ashby"
    d = Page(f"{ins}  ·  KMB-ABD-07 (rev. 3/25)", margins=(15, 14, 15))
    d.add_page()
    d.text_line("Keystone Meridian Benefit Services", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.8, h=4.6)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)", 11.5, "B", h=7)
    d.boxes([("Notice date", fmt_date(notice, "mdy_nopad"), 34), ("Participant", f["member"], 58),
             ("Participant ID", mid, 42), ("Group", grp, 32)])
    d.boxes([("Request number", req, 40), ("Request received", fmt_date(recv, "mdy_nopad"), 36),
             ("Requested by", gi, 52), ("Planned date", fmt_date(f["dos"], "mdy_nopad"), 38)])
    d.boxes([("Service requested", "00811-QS monitored anesthesia care for colonoscopy (45378)", 120),
             ("Anesthesia provider", prov, 46)], value_size=8.6)
    d.ln(4)
    d.text_line("Determination", 10.5, "B", h=6)
    d.para("Request denied. The plan's clinical criteria for anesthesia during endoscopy (KMB-CP-114) allow a "
           "separate anesthesia provider when there is an increased risk with moderate sedation. The information "
           "sent shows a healthy adult with no sleep apnea, no prior sedation problem and a body mass index under "
           "35. Monitored anesthesia care has not been shown to be medically necessary; the colonoscopy itself is "
           "approved with moderate sedation given by the endoscopist.", 9.6)
    d.text_line("Your appeal rights", 10.5, "B", h=6)
    d.para("You may request an appeal within 180 days following receipt of this notice. The appeal will be "
           "decided within 30 days, or within 72 hours if it is urgent. You have the right to receive, free of "
           "charge, copies of all documents relevant to your claim. After the appeal you may request external "
           "review within 4 months, and you may have the right to bring a civil action under ERISA section "
           "502(a).", 9.4)
    d.para(f"Utilization management: phone {f['ph']}  fax {phone(r)}.  Requesting physician NPI {f['npi2']}.", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=prov, alternates={"provider": [gi], "insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: overturned appeal, cataract MAC paid
def doc_overturned(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Thornbury Health Plan"
    mid, grp = f"TH{r.digits(10)}", f"{r.digits(6)}"
    claim, appeal = f"{r.digits(3)}-{r.digits(4)}-{r.digits(4)}", f"APL{r.digits(7)}"
    prov = "Prairie Lens Anesthesia Services"
    dec = f["dos"] + dt.timedelta(days=r.randint(70, 100))
    billed = float(r.randint(690, 1180))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Thornbury Health Plan", 14, "B", h=7)
    d.text_line(f"Member Appeals  ·  PO Box 300, Fargo, ND 58102  ·  {f['ph']}", 8.8, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(dec, "wlong"), 10, h=6)
    d.ln(2)
    addr_block(d, f, 10)
    d.ln(5)
    d.para(f"Member: {f['member']}   ID: {mid}   Group: {grp}", 10)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"Good news. We have reversed our earlier denial of claim {claim}. Your appeal, number {appeal}, asked "
           f"us to pay {prov} for monitored anesthesia care (00142) during your cataract surgery on "
           f"{fmt_date(f['dos'], 'long')}. The records you sent with your appeal describe advanced dementia and "
           "an inability to stay still without deep sedation, which meets our criteria.", 10)
    d.para(f"The claim, with charges of {fmt_money(billed)}, will be reprocessed and paid at your in-network "
           "benefit within 30 days. You will receive a new explanation of benefits. You owe only your normal "
           "coinsurance.", 10)
    d.para("No further action is needed. Keep this letter with your records.", 10)
    d.para("Sincerely,\n\nAppeals Review Team\nThornbury Health Plan", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim, appeal], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=prov)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_ma_idn, "ma_idn", "born_digital"), (2, doc_multi_eob, "multi_eob", "scan_clean_300"),
              (3, doc_paid_eob, "paid_eob", "phone_photo"), (4, doc_upheld_recon, "upheld_recon", "rotated"),
              (5, doc_preservice_abd, "preservice_abd", "scan_lowres_150"),
              (6, doc_overturned, "overturned", "fax_fine_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
