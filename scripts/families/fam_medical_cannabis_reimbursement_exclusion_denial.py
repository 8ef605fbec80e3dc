"""Family 'medical_cannabis_reimbursement_exclusion_denial': a member asks to be paid back for state-licensed
medical cannabis bought at a dispensary and for the visit where a practitioner certified the qualifying
condition; the plan, a workers' compensation carrier and an HSA administrator all refuse (cannabis stays a
Schedule I controlled substance under federal law and is not an FDA-approved drug), while an FDA-approved
cannabinoid (cannabidiol oral solution) is approved through the pharmacy benefit.

Documents: a prose letter refusing a member reimbursement claim (purchases plus certifying visit); a fax stack of a
cover sheet, a two-page upheld appeal on the certifying visit (key-value header, running header) and the
certifying clinic's patient statement; the plan's member reimbursement claim form as filled in by the member with
the dispensary receipt on page two (photocopy); a workers' compensation carrier's boxed notice refusing
reimbursement of cannabis for a back injury; an HSA administrator's sidebar letter refusing a distribution as not
a qualified medical expense (fed sideways); a phone photo of a three-claim EOB denying the certification visit next
to two paid claims; a PBM's approval of cannabidiol oral solution (nothing denied).

Decoys: state registry card numbers, receipt/transaction numbers, dates of birth, dates received, NPIs, date of
injury, employer policy numbers, HSA account numbers, paid claims, plan-paid/you-owe amounts, external-review and
expedited limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medical_cannabis_reimbursement_exclusion_denial"
LANG = "en"
SEED = 289500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DISP = ["Green Lantern Wellness Dispensary", "Canyon Bloom Apothecary", "Riverbend Therapeutic Cannabis Co."]
PRODUCTS = [("1:1 THC:CBD tincture 30 mL", 62, 78), ("CBD-dominant capsules 10 mg x 30", 44, 58),
            ("Indica flower 3.5 g (vaporization)", 38, 52), ("THC/CBD transdermal patch x 10", 70, 88),
            ("Oral spray 1:1, 15 mL", 55, 69)]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 13, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"({r.choice(['612', '503', '720', '406', '505'])}) 555-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), start=start,
                dob=dt.date(r.randint(1950, 1998), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(),
                npi=r.npi(), card=f"MMJ-{r.digits(4)}-{r.digits(4)}")


def purchases(r: Rand, start: dt.date, n: int) -> list[dict]:
    out, d = [], start
    for _ in range(n):
        d = d + dt.timedelta(days=r.randint(9, 24))
        items = r.sample(PRODUCTS, r.randint(1, 2))
        lines = [(name, float(r.randint(lo, hi)) + r.choice([0, 0.5, 0.99])) for name, lo, hi in items]
        out.append(dict(date=d, lines=lines, total=round(sum(x[1] for x in lines), 2),
                        rcpt=f"{r.digits(2)}-{r.digits(6)}"))
    return out


# ---------------------------------------------------------------- 0: prose letter, reimbursement claim refused
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Kestrel Ridge Health Plan, Inc."
    mid, grp = f"KRH{r.digits(9)}", f"{r.digits(6)}-{r.letters(2)}"
    claim = f"MR{r.digits(2)}-{r.digits(7)}"
    disp, doc = DISP[0], "Dr. Annelise V. Marchetti"
    visit = f["start"]
    buys = purchases(r, visit, 3)
    visit_amt = float(r.randint(175, 260))
    total = round(visit_amt + sum(b["total"] for b in buys), 2)
    recv = buys[-1]["date"] + dt.timedelta(days=r.randint(6, 14))
    ld = recv + dt.timedelta(days=r.randint(12, 25))
    d = Page("Kestrel Ridge Health Plan  ·  KRH-MRC-44 (01/26)  ·  Page {p} of {n}")
    d.add_page()
    d.text_line("Kestrel Ridge", 20, "B", h=9)
    d.text_line("HEALTH PLAN", 9, "B", h=4.5)
    d.text_line(f"{ins}  ·  3300 Bluff Road, Suite 900, Duluth, MN 55802  ·  Member Services {f['ph']}", 8, h=4.4)
    d.ln(8)
    d.text_line(fmt_date(ld, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We received your member reimbursement request on {fmt_date(recv, 'long')}. You asked us to pay you back "
           f"{fmt_money(total)} for a medical cannabis certification visit with {doc} on "
           f"{fmt_date(visit, 'long')} and for three purchases of medical cannabis products at {disp} on "
           f"{fmt_date(buys[0]['date'], 'long')}, {fmt_date(buys[1]['date'], 'long')} and "
           f"{fmt_date(buys[2]['date'], 'long')}. We assigned your request claim number {claim}.", 10.5)
    d.para("We are not able to pay this request. Your plan does not cover marijuana (cannabis) in any form, or "
           "visits, evaluations or certifications whose purpose is to obtain it. Although your state allows medical "
           "use with a registry card, cannabis is a Schedule I controlled substance under federal law and it is not "
           "a drug approved by the U.S. Food and Drug Administration. Your Evidence of Coverage, Section 7.3 "
           "(Exclusions), item 22, excludes \"drugs, substances and products that are not approved by the FDA or "
           "that are illegal under federal law, and services to prescribe, recommend or certify them.\"", 10.5)
    d.para(f"Your state registry card number ({f['card']}) and the receipts you sent did not change this "
           "decision, because the exclusion applies no matter how the product was obtained. FDA-approved "
           "cannabinoid drugs, such as dronabinol capsules, are reviewed under your pharmacy benefit.", 10.5)
    d.para(f"Your member ID is {mid} and your group number is {grp}. Keep this letter with your records.", 10.5)
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para("You or someone you name may appeal this decision. Your appeal must be received within 180 days of the "
           "date of this letter. Send it to Kestrel Ridge Appeals, PO Box 7710, Duluth, MN 55802, or fax "
           "(218) 555-0147. If your health would be in serious danger by waiting, ask for an expedited appeal; we "
           "decide those within 72 hours. After our final decision you may ask for an external review within four "
           "months. You may also contact the Minnesota Department of Commerce consumer assistance line.", 10.5)
    d.para("You may ask for copies of all documents we used for this decision, free of charge.", 10.5)
    d.ln(2)
    d.para("Sincerely,\n\nMember Reimbursement Unit\nKestrel Ridge Health Plan", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(total),
              service_dates=[iso(visit)] + [iso(b["date"]) for b in buys], denial_date=iso(ld), provider=disp,
              appeal_deadline=iso(ld + dt.timedelta(days=180)), denial_alternates=["experimental"],
              alternates={"provider": ["Annelise V. Marchetti"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: upheld appeal + clinic statement
def doc_appeal(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tamarack Valley Health Insurance Company"
    ad = f["visit"] + dt.timedelta(days=r.randint(70, 100))
    hdr = f"Tamarack Valley Health  |  Appeal {f['appeal']}  |  {f['member']}"
    d = Page("TVH-APL-09  Page {p} of {n}", header=hdr)
    d.add_page()
    d.text_line("TAMARACK VALLEY HEALTH", 16, "B", h=7.5)
    d.text_line(f"{ins}  -  Grievance and Appeals  -  PO Box 4420, Pueblo, CO 81003", 8.4, h=4.4)
    d.text_line(f"Phone {f['ph']}   Fax (719) 555-0192", 8.4, h=4.4)
    d.rule(0.6, 4)
    d.text_line("APPEAL DECISION - FIRST LEVEL", 12.5, "B", h=7)
    kv = [("Date of decision", fmt_date(ad, "dmy")), ("Member", f["member"]), ("Member ID", f["mid"]),
          ("Group", f["grp"]), ("Appeal number", f["appeal"]), ("Claim number", f["claim"]),
          ("Provider", f"{f['doc']}, {f['clinic']}"), ("Service", "New patient evaluation (99204) for medical "
                                                                   "cannabis certification"),
          ("Date of service", fmt_date(f["visit"], "dmy")), ("Billed", fmt_money(f["billed"])),
          ("Appeal received", fmt_date(ad - dt.timedelta(days=r.randint(20, 28)), "dmy"))]
    for k, v in kv:
        d.font(9.5, "B")
        d.cell(42, 5.2, k)
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Our decision: the denial is UPHELD", 11, "B", h=6.5)
    d.para(f"You appealed our denial of the claim from {f['clinic']} for your visit with {f['doc']}. The visit "
           "record shows it was held to evaluate you for, and to certify you to the state medical cannabis "
           "registry. A board-certified family physician who was not involved in the first decision reviewed your "
           "appeal, the visit note and your letter.", 10)
    d.para("Your plan excludes services to prescribe, recommend or certify the use of drugs that are not approved "
           "by the Food and Drug Administration or that are controlled substances not lawfully available under "
           "federal law (Certificate of Coverage, Exclusions, paragraph 31). Marijuana remains in Schedule I. The "
           "visit did not treat another condition that the plan covers; the only plan noted was certification. "
           "For that reason the denial stays in place. This is not a decision about whether cannabis may help "
           "you.", 10)
    d.para("The reviewer also noted that your chronic neuropathic pain has covered treatment options, including "
           "FDA-approved medicines and a pain management referral, which your doctor may request.", 10)
    d.add_page()
    d.text_line("Your rights", 11, "B", h=6.5)
    d.para("This is our final internal decision. You have the right to ask for an external review by an "
           "independent review organization. Your request must be filed within 4 months after you receive this "
           "letter. Send it to the Colorado Division of Insurance, External Review, or call us for the form. If "
           "your doctor says a delay would seriously harm your health, an expedited external review is decided "
           "within 72 hours.", 10)
    d.para("You may ask, free of charge, for copies of all documents, records and other information relevant to "
           "your claim, and for the name of the reviewer. If your plan is governed by ERISA, you may also bring a "
           "civil action under section 502(a) of ERISA after this decision.", 10)
    d.para("Language help: call the number above. Ayuda en español: llame al número de arriba.", 9.5)
    d.ln(4)
    d.para("Grievance and Appeals Department\nTamarack Valley Health Insurance Company", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["visit"])], denial_date=iso(ad), provider=f["doc"].replace("Dr. ", ""),
              denial_alternates=["experimental"],
              alternates={"case_numbers": [[f["appeal"]]], "provider": [f["clinic"]],
                          "insurer": ["Tamarack Valley Health"]})
    f["ad"] = ad
    return pdf_bytes(d), t


def doc_clinic_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    sd = f["ad"] - dt.timedelta(days=r.randint(5, 15))
    acct = f"GA-{r.digits(6)}"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line(f["clinic"], 14, "B", h=7)
    d.text_line(f"Integrative Medicine  ·  218 Fenwick Avenue, Pueblo, CO 81003  ·  {phone(r)}", 8.6, h=4.5)
    d.ln(4)
    d.text_line("Patient Statement", 12, "B", h=6.5)
    d.boxes([("Statement date", fmt_date(sd, "slash"), 40), ("Account no.", acct, 36),
             ("Patient", f["member"], 56), ("Please pay", fmt_money(f["billed"]), 46)])
    d.ln(4)
    d.para(f"Insurance on file: Tamarack Valley Health, member ID {f['mid']}  ·  Insurance claim {f['claim']}  ·  "
           f"Rendering: {f['doc']} (NPI {f['npi']})", 8.8)
    rows = [[fmt_date(f["visit"], "slash"), "99204", "New patient visit, medical cannabis evaluation",
             fmt_money(f["billed"])],
            [fmt_date(f["visit"] + dt.timedelta(days=r.randint(14, 20)), "slash"), "INS",
             "Insurance denied - exclusion (patient responsibility)", "0.00"],
            ["*Balance due", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 18, 100, 30], size=8.8, aligns="LLLR")
    d.para("Your insurance did not pay for this visit. As we explained when you scheduled, certification visits "
           "are often not covered. We offer a 20% prompt-pay discount if the balance is paid within 30 days of "
           "this statement. The state registry application fee is paid by you directly to the state and is not "
           "on this bill.", 9.2)
    d.text_line("- - - - - - - - - - - - return this part with your payment - - - - - - - - - - - -", 8, align="C",
                h=7)
    d.para(f"Account {acct}    Amount due {fmt_money(f['billed'])}    Amount paid $________", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["visit"])], denial_date=iso(sd),
              provider=f["clinic"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": [f["doc"].replace("Dr. ", "")]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"TV{r.digits(3)} {r.digits(3)} {r.digits(3)}", grp=f"CO{r.digits(5)}",
             appeal=f"APL-{r.digits(8)}", claim=f"{r.digits(4)}{r.letters(1)}{r.digits(6)}",
             doc="Dr. Gideon T. Rutledge", clinic="Foothill Integrative Health", visit=f["start"],
             billed=float(r.randint(210, 295)))
    a = doc_appeal(r, f)
    a[1]["fields"]["member_id"] = f["mid"].replace(" ", "")
    s = doc_clinic_statement(r, f)
    s[1]["fields"]["member_id"] = f["mid"].replace(" ", "")
    return Item(f"{FAMILY}_fax_appeal_stack", "fax_standard_g4", [a, s], separators=["cover", None])


# ---------------------------------------------------------------- 2: member claim form + dispensary receipt
def doc_claim_form(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Mutual Health Insurance Company"
    mid, grp = f"NGM-{r.digits(8)}", f"{r.digits(7)}"
    disp = DISP[1]
    buys = purchases(r, f["start"], 2)
    total = round(sum(b["total"] for b in buys), 2)
    signed = buys[-1]["date"] + dt.timedelta(days=r.randint(3, 9))
    d = Page("NGM-CF-310 Rev. 2025  ·  Member Claim Form  ·  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("NORTHGATE MUTUAL", 15, "B", h=7)
    d.text_line(f"{ins}  ·  Claims, PO Box 55120, Fargo, ND 58102", 8.4, h=4.4)
    d.ln(2)
    d.text_line("MEMBER REIMBURSEMENT CLAIM FORM", 12, "B", h=6.5)
    d.para("Use this form only for services you paid for yourself. Attach itemized receipts. One form per patient.",
           8.4)
    d.text_line("PART A - MEMBER INFORMATION", 9, "B", h=5.5)
    d.boxes([("Member ID (from your card)", mid, 60), ("Group number", grp, 40),
             ("Patient date of birth", fmt_date(f["dob"], "slash"), 40), ("Relationship", "Self", 42)])
    d.boxes([("Patient name (first, MI, last)", f["member"], 92), ("Address", f"{f['addr'][0]}, {f['addr'][1]}", 90)])
    d.ln(3)
    d.text_line("PART B - PROVIDER / SELLER", 9, "B", h=5.5)
    d.boxes([("Provider or store name", disp, 92), ("State license no.", f"DSP-{r.digits(5)}", 44),
             ("Phone", phone(r), 46)])
    d.ln(3)
    d.text_line("PART C - SERVICES OR ITEMS", 9, "B", h=5.5)
    rows = []
    for b in buys:
        rows.append([fmt_date(b["date"], "slash"), "; ".join(x[0] for x in b["lines"])[:58], b["rcpt"],
                     fmt_money(b["total"], "nosign")])
    rows.append(["*Total claimed", "", "", fmt_money(total, "nosign")])
    d.table(["Date purchased", "Description", "Receipt no.", "Amount paid"], rows, [30, 100, 26, 26], size=8.4,
            aligns="LLLR", border_head="TB")
    d.boxes([("Diagnosis / reason (optional)", "Chronic pain, state certified patient", 92),
             ("State registry card no.", f["card"], 50), ("Other insurance?", "No", 40)])
    d.ln(4)
    d.text_line("PART D - SIGNATURE", 9, "B", h=5.5)
    d.para("I certify that the information on this form is true and that I paid the amounts claimed. Any person "
           "who knowingly files a false claim may be guilty of a crime.", 8.4)
    d.boxes([("Signature", f"/s/ {f['first']} {f['last']}", 92), ("Date signed", fmt_date(signed, "slash"), 44)])
    d.ln(4)
    d.para("Mail to Northgate Mutual Claims, PO Box 55120, Fargo, ND 58102. We decide claims within 30 days of "
           "receipt.", 8.2)
    d.add_page()
    d.text_line(disp.upper(), 12, "B", align="C", h=6)
    d.text_line(f"Licensed Medical Cannabis Dispensary  ·  {r.randint(100, 999)} Old Mill Road, Fargo, ND 58102",
                8.4, align="C", h=4.5)
    d.ln(4)
    for b in buys:
        d.text_line(f"RECEIPT {b['rcpt']}      {fmt_date(b['date'], 'slash')}  {r.randint(9, 18)}:{r.randint(10, 59)}",
                    9, "B", h=5)
        d.text_line(f"Patient: {f['last'].upper()}, {f['first'].upper()}   Registry card {f['card']}", 8.6, h=4.6)
        for name, amt in b["lines"]:
            d.font(8.8)
            d.cell(120, 4.8, name)
            d.cell(0, 4.8, fmt_money(amt, "nosign"), align="R", new_x="LMARGIN", new_y="NEXT")
        d.font(8.8, "B")
        d.cell(120, 4.8, "TOTAL (medical patients exempt from excise tax)")
        d.cell(0, 4.8, fmt_money(b["total"], "nosign"), align="R", new_x="LMARGIN", new_y="NEXT")
        d.text_line("Paid: debit card ****" + r.digits(4), 8.4, h=4.6)
        d.ln(5)
    d.para("Medical cannabis has not been approved by the FDA. Keep out of reach of children.", 8)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              claim_amount=m2(total), service_dates=[iso(b["date"]) for b in buys], denial_date=iso(signed),
              provider=disp, alternates={"denial_date": [None], "insurer": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: workers' compensation carrier's notice
def doc_workcomp(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Casualty Company"
    wc = f"WC-{r.digits(2)}-{r.digits(6)}"
    bill = f"BR{r.digits(9)}"
    doi = f["start"] - dt.timedelta(days=r.randint(300, 700))
    disp = DISP[2]
    phys = "Dr. Wendell J. Kessler"
    buys = purchases(r, f["start"], 2)
    total = round(sum(b["total"] for b in buys), 2)
    nd = buys[-1]["date"] + dt.timedelta(days=r.randint(20, 35))
    d = Page("GSC Form WC-DN-7  ·  {p}/{n}", margins=(15, 12, 15))
    d.add_page()
    d.text_line("Granite Shoals Casualty Company", 15, "B", h=7)
    d.text_line("Workers' Compensation Claims  ·  1450 Quarry Street, Erie, PA 16501  ·  Adjuster line "
                + phone(r), 8.4, h=4.5)
    d.rule(0.8, 3)
    d.text_line("NOTICE OF DENIAL OF PAYMENT FOR MEDICAL TREATMENT", 11.5, "B", h=6.5)
    d.boxes([("Claimant", f["member"], 62), ("Carrier claim no.", wc, 42), ("Date of injury", fmt_date(doi, "upper"), 36),
             ("Date of this notice", fmt_date(nd, "upper"), 42)])
    d.boxes([("Employer", "Lakeshore Freight Terminals LLC", 62), ("Employer policy no.", f"WCP {r.digits(7)}", 42),
             ("Bill review no.", bill, 36), ("Claimant DOB", fmt_date(f["dob"], "upper"), 42)])
    d.boxes([("Treating physician", phys, 62), ("Seller of items", disp, 80), ("Amount requested", fmt_money(total), 40)])
    d.ln(4)
    d.text_line("Items you asked us to reimburse", 9.5, "B", h=5.5)
    rows = [[fmt_date(b["date"], "upper"), b["rcpt"], "; ".join(x[0] for x in b["lines"])[:60],
             fmt_money(b["total"])] for b in buys]
    d.table(["Purchase date", "Receipt", "Item", "Amount"], rows, [30, 26, 96, 30], size=8.5, aligns="LLLR")
    d.text_line("Reason for denial", 9.5, "B", h=5.5)
    d.para(f"Your claim for the lumbar injury of {fmt_date(doi, 'long')} remains accepted, and reasonable and "
           f"necessary treatment by {phys} continues to be paid. The medical marijuana you bought at {disp} is not "
           "a reimbursable medical expense under this policy or the workers' compensation fee schedule: it is not "
           "a drug approved by the FDA, it has no national drug code or fee schedule amount, and the carrier cannot "
           "pay for a substance that is illegal under federal law. The physician's certification for the state "
           "program is not a prescription.", 9.3)
    d.text_line("Your right to contest this denial", 9.5, "B", h=5.5)
    d.para("If you disagree, you may file a Petition for Review of Medical Treatment with the Bureau of Workers' "
           "Compensation within 30 days of the date of this notice. A copy of the petition must be sent to the "
           "carrier. You may want to speak with an attorney; the Bureau's claimant information line can help. "
           "This notice does not stop your wage-loss benefits.", 9.3)
    d.para(f"Adjuster: Colin R. Szabo  ·  cc: {phys}; Lakeshore Freight Terminals LLC", 8.4)
    t = truth("denial_letter", "not_covered", insurer=ins, member_name=f["member"], case_numbers=[wc, bill],
              claim_amount=m2(total), service_dates=[iso(b["date"]) for b in buys], denial_date=iso(nd),
              provider=disp, appeal_deadline=iso(nd + dt.timedelta(days=30)),
              alternates={"case_numbers": [[wc]], "provider": ["Wendell J. Kessler"]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: HSA administrator's letter (sidebar)
def doc_hsa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bellwether Benefit Accounts, LLC"
    pid = f"BBA{r.digits(8)}"
    req = f"DR-{r.digits(9)}"
    disp = DISP[0]
    buys = purchases(r, f["start"], 3)
    total = round(sum(b["total"] for b in buys), 2)
    ld = buys[-1]["date"] + dt.timedelta(days=r.randint(10, 22))
    d = Page(None, margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(232, 232, 232)
    d.rect(12, 12, 56, 250, "F")
    d.set_xy(15, 16)
    d.font(13, "B")
    d.multi_cell(50, 6, "Bellwether\nBenefit\nAccounts", new_x="LEFT", new_y="NEXT")
    d.ln(6)
    for lab, val in [("Letter date", fmt_date(ld, "abbr")), ("Participant ID", pid), ("Request number", req),
                     ("HSA account", "ending in " + r.digits(4)), ("Employer", "Pell River Logistics"),
                     ("Amount requested", fmt_money(total)), ("Amount approved", "$0.00"),
                     ("Questions", f["ph"])]:
        d.set_x(15)
        d.font(7.5)
        d.cell(50, 4, lab.upper(), new_x="LEFT", new_y="NEXT")
        d.font(9.5, "B")
        d.cell(50, 5, val, new_x="LEFT", new_y="NEXT")
        d.ln(3)
    d.set_left_margin(76)
    d.set_xy(76, 18)
    d.font(9)
    d.multi_cell(0, 4.6, f"{ins}\nPO Box 2211, Bangor, ME 04401", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Your distribution request was not approved", 12.5, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"We reviewed your request to reimburse yourself from your health savings account for medical cannabis "
           f"purchased at {disp}. The receipts you uploaded show purchases on {fmt_date(buys[0]['date'], 'abbr')}, "
           f"{fmt_date(buys[1]['date'], 'abbr')} and {fmt_date(buys[2]['date'], 'abbr')}.", 10)
    d.text_line(f"Merchant on the receipts: {disp}", 10, "B", h=6)
    d.ln(1)
    d.para("Under IRS rules an HSA can pay tax-free only for qualified medical expenses. IRS Publication 502 says "
           "you cannot include in medical expenses amounts you pay for controlled substances, such as marijuana, "
           "that are not legal under federal law, even if state law allows them with a doctor's recommendation. "
           "For that reason the purchases are not qualified medical expenses and we did not release the funds.", 10)
    d.para("If you already withdrew the money with your debit card, you may repay it to your account by the end "
           "of the tax year as a mistaken distribution; otherwise it will be reported as a taxable distribution "
           "on Form 1099-SA and may be subject to an additional 20% tax.", 10)
    d.para("If you believe we made an error, you may request a reconsideration within 60 days of the date of this "
           "letter by sending new information through the member portal or to the address above.", 10)
    d.para("Bellwether Benefit Accounts administers your HSA as custodian and is not your health insurer. This "
           "letter is not tax advice.", 8.8)
    d.para("Participant Services", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=pid, member_name=f["member"], case_numbers=[req],
              claim_amount=m2(total), service_dates=[iso(b["date"]) for b in buys], denial_date=iso(ld),
              provider=disp, appeal_deadline=iso(ld + dt.timedelta(days=60)), type_alternates=["other"],
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: three-claim EOB, certification visit denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silverpine Health Insurance Company"
    mid, grp = f"SP{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(5)}"
    stmt = f["start"] + dt.timedelta(days=r.randint(30, 45))
    claims = []
    specs = [("Lomax Family Medicine", "99214", "Office visit, established", (150, 210), None),
             ("Harbor Clinical Laboratory", "80053", "Comprehensive metabolic panel", (60, 110), None),
             ("Sagebrush Cannabis Evaluation Center", "99204", "New patient visit - MMJ certification",
              (190, 280), "X31")]
    for i, (prov, code, desc, (lo, hi), rmk) in enumerate(specs):
        dos = f["start"] + dt.timedelta(days=[0, 2, r.randint(6, 12)][i])
        billed = float(r.randint(lo, hi))
        if rmk:
            allowed = paid = 0.0
            owe = billed
        else:
            allowed = round(billed * 0.62, 2)
            paid = round(allowed - (30.0 if code == "99214" else 0.0), 2)
            owe = round(allowed - paid, 2)
        claims.append(dict(prov=prov, code=code, desc=desc, dos=dos, billed=billed, allowed=allowed, paid=paid,
                           owe=owe, rmk=rmk or "", no=f"{r.digits(3)}{r.letters(1)}{r.digits(7)}"))
    den = claims[2]
    d = Page("Silverpine Health · Explanation of Benefits · This is not a bill · {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Silverpine Health", 17, "B", h=8)
    d.text_line(f"{ins} · PO Box 2040, Pueblo, CO 81003 · {f['ph']}", 8.3, h=4.4)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=6.5)
    for lab, val in [("Statement date", fmt_date(stmt, "mdy_nopad")), ("Member", f["member"]), ("ID number", mid),
                     ("Group", grp)]:
        d.font(9.3, "B")
        d.cell(34, 5, lab)
        d.font(9.3)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for c in claims:
        d.font(9.3, "B")
        d.cell(0, 5.5, f"{c['prov']}    Claim {c['no']}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service date", "Code", "Service", "Charged", "Allowed", "Plan paid", "You owe", "Note"],
                [[fmt_date(c["dos"], "mdy_nopad"), c["code"], c["desc"], fmt_money(c["billed"]),
                  fmt_money(c["allowed"]), fmt_money(c["paid"]), fmt_money(c["owe"]), c["rmk"]]],
                [24, 14, 56, 20, 20, 20, 18, 12], size=8.2, aligns="LLLRRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("X31  Services to evaluate for, recommend or certify the use of marijuana are excluded from coverage. "
           "Marijuana is not approved by the FDA and is a controlled substance under federal law (Certificate of "
           "Coverage, General Exclusions, item 14).", 8.6)
    d.para("Appeals: if you disagree with how we processed a claim, you may appeal within 180 days after you "
           "receive this EOB. Call Member Services or write to Silverpine Appeals, PO Box 2044, Pueblo, CO 81003. "
           "External review and urgent (72-hour) appeals are described in your plan documents.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[den["no"]], claim_amount=m2(den["billed"]), service_dates=[iso(den["dos"])],
              denial_date=iso(stmt), provider=den["prov"], denial_alternates=["experimental"],
              alternates={"insurer": ["Silverpine Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: PBM approval of cannabidiol (nothing denied)
def doc_pbm_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pbm = "Copperleaf Pharmacy Solutions"
    plan = "Kestrel Ridge Health Plan"
    mid = f"KRH{r.digits(9)}"
    pa = f"PA{r.digits(10)}"
    ld = f["start"] + dt.timedelta(days=r.randint(5, 40))
    end = ld + dt.timedelta(days=364)
    presc = "Dr. Sunita B. Nakamura"
    d = Page("Copperleaf Pharmacy Solutions · CPS-PA-APR-2 · page {p} of {n}")
    d.add_page()
    d.text_line("COPPERLEAF", 18, "B", h=8)
    d.text_line("Pharmacy Solutions", 10, h=5)
    d.text_line(f"Pharmacy benefit manager for {plan}  ·  Prior Authorization Department  ·  Fax (505) 555-0133",
                8.2, h=4.4)
    d.ln(6)
    d.text_line("Coverage Approval", 13, "B", h=7)
    d.text_line(fmt_date(ld, "wlong"), 10, h=6)
    d.ln(2)
    rows = [("Member", f["member"]), ("Member ID", mid), ("Date of birth", fmt_date(f["dob"], "slash")),
            ("Authorization number", pa), ("Drug", "Cannabidiol oral solution 100 mg/mL (Epidiolex)"),
            ("Prescriber", f"{presc}  (NPI {f['npi']})"),
            ("Approved from", f"{fmt_date(ld, 'slash')} to {fmt_date(end, 'slash')}"),
            ("Quantity", "up to 200 mL per 30 days")]
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(46, 5.4, k + ":")
        d.font(9.5)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}: we approved the request from {presc} for cannabidiol oral solution. It is "
           "an FDA-approved prescription medicine for seizures of Lennox-Gastaut syndrome, Dravet syndrome or "
           "tuberous sclerosis complex, and it is covered on your plan's formulary at the specialty tier. Fill it "
           "at a network specialty pharmacy; your usual specialty copay applies.", 10)
    d.para("This approval does not extend to cannabis products from state dispensaries or to over-the-counter CBD "
           "products, which are not prescription drugs and are excluded from your pharmacy benefit.", 10)
    d.para("Your prescriber must ask for a renewal before the approval ends. Questions: call the number on your "
           "member ID card.", 10)
    t = truth("other", None, insurer=pbm, member_id=mid, member_name=f["member"], case_numbers=[pa],
              denial_date=iso(ld), provider=presc.replace("Dr. ", ""),
              alternates={"insurer": [plan], "service_dates": [[iso(ld, end)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED)
    return [
        Item(f"{FAMILY}_prose_letter", "born_digital", [doc_prose_letter(r)]),
        item_stack(r),
        Item(f"{FAMILY}_claim_form_receipt", "photocopy", [doc_claim_form(r)]),
        Item(f"{FAMILY}_workcomp_notice", "scan_lowres_150", [doc_workcomp(r)]),
        Item(f"{FAMILY}_hsa_letter", "rotated", [doc_hsa(r)]),
        Item(f"{FAMILY}_three_claim_eob", "phone_photo", [doc_eob(r)]),
        Item(f"{FAMILY}_pbm_approval", "scan_clean_300", [doc_pbm_approval(r)]),
    ]
