"""Family 'vasectomy_reversal_sterilization_exclusion_denial': invented commercial, TPA and Medicaid managed-care
letters and EOBs on reversal of a voluntary sterilization (vasovasostomy 55400, epididymovasostomy 54900/54901)
that the plans exclude, next to a vasectomy (55250) paid in full as a preventive service on another EOB.

Cases (letter-heavy): a pre-service benefit determination excluding the vasovasostomy; a paid EOB for the earlier
vasectomy at no cost share (nothing denied); an EOB with the surgeon's reversal claim excluded and a paid lab claim
for the same member; a first-level appeal decision upholding the exclusion; a fax stack of a cover sheet, the
plan's denial of the surgery center's facility claim and the surgery center's self-pay statement; a Spanish
Medicaid managed-care notice (reversal of sterilization not a Medicaid benefit); a TPA's claim determination letter
for a self-funded employer plan with a printed appeal-by date.

Layouts are invented, modelled loosely on published insurer benefit determinations, EOBs and Medicaid notices of
action. All values invented: plans, clinics, people, IDs, amounts; phones 1-555. Decoys: dates of birth, the
referring primary care doctor, NPIs, request/claim received dates, certificate section and policy form numbers,
patient account numbers, allowed/paid/you-owe amounts, the spouse named as subscriber.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "vasectomy_reversal_sterilization_exclusion_denial"
LANG = "en"
SEED = 264500
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


def letterhead(d, name, lines, style=0):
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
        d.set_fill_color(228, 228, 228)
        d.font(13, "B")
        d.cell(0, 9, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
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


FIRST = ["Barnaby", "Leopold", "Crispin", "Dorian", "Ambrose", "Fitzgerald", "Lucian", "Evander", "Hollis", "Tobias"]
FIRST_F = ["Rosalind", "Imogen", "Delphine", "Marguerite", "Cordelia"]
LAST = ["Whitcombe", "Achterberg", "Lindqvist", "Moncrieff", "Tremaine", "Castellanos-Reid", "Okonkwo-Hale",
        "Pettigrew", "Vandermeer", "Galloway"]
FIRST_ES = ["Rigoberto", "Eusebio", "Fulgencio", "Leonardo"]
LAST_ES = ["Arellano", "Bustamante", "Cisneros", "Maldonado"]
CITIES = ["Pinecrest Hollow, MI 49999", "Saltmarsh Bay, NC 28599", "Gable Springs, IA 52899",
          "North Halvard, WI 54999"]
CITIES_ES = ["San Lázaro, TX 78599", "Villa Esperanza, NM 88099"]
STREETS = ["Thistledown Road", "Marlowe Street", "Kingfisher Lane", "Ashcombe Avenue", "Peregrine Court"]
UROLOGISTS = ["Dr. Alistair N. Penhallow, MD", "Dr. Priyanka V. Thorsby, MD", "Dr. Wendeline C. Harrow, DO",
              "Dr. Rafael O. Sandoval, MD"]
UROLOGY = ["Lakeshore Men's Health & Urology", "Saltmarsh Bay Urology Associates", "Gable Springs Urologic Surgery",
           "Urología del Valle, PLLC"]
PCPS = ["Dr. Harriet J. Osgood", "Dr. Miles T. Brennan", "Dr. Celeste A. Monroe"]
ASC = "Pinecrest Hollow Ambulatory Surgery Center"


def base(r, lang="en"):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    es = lang == "es"
    return dict(notice=notice, member=person(r, FIRST_ES if es else FIRST, LAST_ES if es else LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if es else CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1972, 1992), r.randint(1, 12), r.randint(1, 28)),
                pcp=r.choice(PCPS))


APPEAL_180 = ("You, your provider or a person you name may ask us to review this decision. Your appeal must be "
              "made within 180 days of the date of this letter. ")


# ---------------------------------------------------------------- 0: pre-service determination, reversal excluded
def doc_preservice(r):
    f = base(r)
    plan = "Halcyon Ridge Health Insurance Company"
    doc, grp_name = UROLOGISTS[0], UROLOGY[0]
    req = f["notice"] - dt.timedelta(days=r.randint(4, 9))
    surgery = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    f.update(mid=pat(r, "HRX999999999"), grp=pat(r, "G-99999"), ref=pat(r, "PRE-2026-99999-9"))
    d = Page(footer="Halcyon Ridge Health Insurance Company | Policy form HR-COC-2026 | Page {p} of {n}")
    d.add_page()
    letterhead(d, plan, ["Clinical Review Department, PO Box 11870, Pinecrest Hollow, MI 49999",
                         f"Member Services {f['phone']}   Provider fax 1-555-470-2219"], 0)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Benefit Determination - Service Not Covered", 12.5, "B")
    d.ln(1)
    kv(d, [("Covered person:", f["member"]), ("Identification no.:", f["mid"]), ("Group no.:", f["grp"]),
           ("Birth date:", fmt_date(f["dob"], "slash")), ("Reference number:", f["ref"]),
           ("Requesting surgeon:", f"{doc}, {grp_name}"), ("Surgeon NPI:", f["npi"]),
           ("Procedure:", "Vasovasostomy, bilateral (CPT 55400) with operating microscope (69990)"),
           ("Scheduled surgery date:", fmt_date(surgery, "long")), ("Date request received:", fmt_date(req, "long")),
           ("Primary care physician:", f["pcp"])], w=52)
    paras(d, [
        "#Our decision",
        f"{doc} asked us to approve a microsurgical reversal of your vasectomy. We reviewed the request against your "
        "certificate of coverage. We cannot approve it because reversal of voluntary sterilization is not a covered "
        "benefit under your plan.",
        "#The plan language we used",
        "Certificate of Coverage, Section 9.4 (Exclusions), item 22: \"Reversal of voluntary sterilization, "
        "including vasovasostomy and epididymovasostomy, and any services, supplies or complications related to the "
        "reversal.\" This decision is based on the plan's exclusion, not on a review of medical necessity.",
        "If the surgery is performed, neither the surgeon, the surgery center nor the anesthesia provider will be "
        "paid by the plan, and you will be responsible for the charges.",
        "#Your right to appeal",
        APPEAL_180 + "Send your appeal to Halcyon Ridge Appeals Unit, PO Box 11890, Pinecrest Hollow, MI 49999, "
        "or fax it to 1-555-470-2290. Include this letter and any information you want us to consider. You may "
        "request, free of charge, the plan documents used in this decision.",
        "If you believe this decision was made in error and your appeal is denied, you may have the right to an "
        "external review. Decisions based only on a plan exclusion may not be eligible for external review.",
        "Sincerely,",
        "Benefit Determination Unit, Halcyon Ridge Health Insurance Company"], size=9.8)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[surgery.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [grp_name], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: paid EOB, vasectomy as preventive (no denial)
def doc_paid_vasectomy(r):
    f = base(r)
    plan = "Sunmeadow Health Plan"
    prov = UROLOGY[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 35))
    claim = pat(r, "9999-999-99999")
    f.update(mid=pat(r, "SMH-99999999"), grp=pat(r, "999999-99"))
    subscriber = person(r, FIRST_F, LAST)
    lines = [("55250", "Vasectomy, unilateral or bilateral", fee(r, 1450, 2100)),
             ("88302", "Surgical pathology, gross and microscopic", fee(r, 120, 190))]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "slash", "plain"
    d = Page(footer="Sunmeadow Health Plan   Explanation of Benefits   Page {p}")
    d.add_page()
    letterhead(d, plan, ["PO Box 2240, Saltmarsh Bay, NC 28599", f"Customer Care {f['phone']} (TTY 711)"], 1)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("This is not a bill.", 9.5)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 36), ("Member ID", f["mid"], 44),
             ("Group", f["grp"], 34), ("Claim number", claim, 46)], h=11)
    d.ln(3)
    kv(d, [("Patient:", f["member"]), ("Subscriber:", subscriber), ("Provider:", f"{prov} ({UROLOGISTS[1]})"),
           ("Provider status:", "In network"), ("Patient account:", pat(r, "LSU99999"))], w=36, size=9.4)
    rows, allow_sum = [], 0.0
    for code, desc, ch in lines:
        al = round(ch * 0.52, 2)
        allow_sum += al
        rows.append([fmt_date(dos, ds), code, desc, fmt_money(ch, ms), fmt_money(al, ms), fmt_money(al, ms),
                     fmt_money(0, ms), "P1"])
    allow_sum = round(allow_sum, 2)
    rows.append(["*Total", "", "", fmt_money(total, ms), fmt_money(allow_sum, ms), fmt_money(allow_sum, ms),
                 fmt_money(0, ms), ""])
    d.table(["Date(s)", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [22, 14, 62, 20, 20, 20, 16, 10], size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        "P1  Preventive service. Male sterilization is covered in full with no deductible, copay or coinsurance "
        "under your plan's preventive care benefit and state law. Note that a later reversal of sterilization is "
        "excluded under your certificate of coverage.",
        "#Your plan year to date",
        "Deductible: $750.00 of $2,500.00 met.   Out-of-pocket limit: $1,210.40 of $6,350.00 met.",
        "#Questions or disagreement",
        "If you disagree with how this claim was processed you may file an appeal within 180 days of the date of "
        f"this statement. Call {f['phone']} or write to Sunmeadow Member Appeals, PO Box 2288, Saltmarsh Bay, "
        "NC 28599."], size=9.2)
    t = truth("eob", None, insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"appeal_deadline": [None], "provider": [UROLOGISTS[1]]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOB, surgeon's reversal claim excluded
def doc_eob_excluded(r):
    f = base(r)
    plan = "Corbel Mutual Health"
    doc, prov = UROLOGISTS[2], UROLOGY[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    lab_dos = dos - dt.timedelta(days=r.randint(20, 30))
    claim, lab_claim = pat(r, "E99999999999"), pat(r, "E99999999999")
    f.update(mid=pat(r, "CMH999999999"), grp=pat(r, "99999"))
    lines = [("55400", "Vasovasostomy", fee(r, 6200, 8900)), ("69990", "Operating microscope", fee(r, 850, 1300))]
    total = round(sum(x[2] for x in lines), 2)
    lab_ch = fee(r, 140, 260)
    ds, ms = "abbr", "nosign"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["Claims Office, 480 Wicket Street, Gable Springs, IA 52899",
                         f"Member line {f['phone']}  |  corbelmutual.example"], 2)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    kv(d, [("Date issued", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("Member number", f["mid"]),
           ("Group number", f["grp"])], w=40, size=9.4)
    d.text_line(f"Claim {claim}  -  {prov}  (rendering: {doc})", 9.6, "B")
    rows = [[fmt_date(dos, ds), c, desc, fmt_money(ch, ms), "0.00", "0.00", fmt_money(ch, ms), "EX22"]
            for c, desc, ch in lines]
    rows.append(["*Claim total", "", "", fmt_money(total, ms), "0.00", "0.00", fmt_money(total, ms), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "Not covered", "Code"], rows,
            [24, 14, 46, 22, 20, 18, 22, 14], size=7.8, aligns="LLLRRRRL")
    lab_al = round(lab_ch * 0.45, 2)
    d.text_line(f"Claim {lab_claim}  -  Northbrook Reference Laboratory", 9.6, "B")
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "You owe", "Code"],
            [[fmt_date(lab_dos, ds), "89320", "Semen analysis", fmt_money(lab_ch, ms), fmt_money(lab_al, ms),
              fmt_money(lab_al * 0.8, ms), fmt_money(lab_al * 0.2, ms), "A1"]],
            [24, 14, 46, 22, 20, 18, 22, 14], size=7.8, aligns="LLLRRRRL")
    paras(d, [
        "#Explanation of codes",
        "EX22  Excluded. Your plan does not cover reversal of a voluntary sterilization (vasectomy or tubal "
        "ligation) or services related to it. See your Evidence of Coverage, General Exclusions. You may be billed "
        "for the amount shown as not covered.",
        "A1  Processed at the in-network benefit; coinsurance applies.",
        "#Appeal rights",
        "If you disagree with a decision on this statement you may appeal within 180 days of the date issued. Write "
        "to Corbel Mutual Appeals, 480 Wicket Street, Gable Springs, IA 52899, or call us. Your provider may appeal "
        "for you with your written consent."], size=9)
    t = truth("eob", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: first-level appeal upheld
def doc_upheld(r):
    f = base(r)
    plan = "Tidemark Health Partners"
    doc, prov = UROLOGISTS[0], UROLOGY[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(80, 110))
    claim, appeal = pat(r, "TM99999999"), pat(r, "APL-999999")
    f.update(mid=pat(r, "THP99999999"), grp=pat(r, "99999-999"))
    ch = [fee(r, 6800, 9200), fee(r, 900, 1300)]
    total = round(sum(ch), 2)
    received = f["notice"] - dt.timedelta(days=r.randint(18, 27))
    ds = "mdy_nopad"
    d = Page(footer="Tidemark Health Partners - Appeals and Grievances")
    d.add_page()
    letterhead(d, plan, ["Appeals and Grievances, 92 Ferrous Way, North Halvard, WI 54999",
                         f"Phone {f['phone']}   Fax 1-555-818-4022"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Re: Your appeal - decision upheld", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal),
           ("Claim number:", claim), ("Surgeon:", f"{doc} ({prov})"), ("Date of surgery:", fmt_date(dos, ds)),
           ("Amount billed:", fmt_money(total)), ("Appeal received:", fmt_date(received, ds))], w=40)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We have finished reviewing your first-level appeal of our denial of the claim for your vasectomy reversal "
        "(CPT 55400 with 69990). Your letter explained that you and your new spouse wish to have children and asked "
        "us to treat the surgery as infertility care.",
        "#Decision: the denial is upheld",
        "Your plan's Summary Plan Description lists \"reversal of voluntary sterilization\" among the services that "
        "are not covered, and your plan's infertility benefit does not include surgical reversal of a vasectomy. "
        "The reviewer, who was not involved in the first decision, found that the claim was processed correctly "
        "under the plan terms.",
        "#Your next steps",
        "You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the address "
        "above with any new information. If the second-level appeal is denied, you may be able to request an "
        "external review within four months.",
        "Sincerely,",
        "Appeals Coordinator, Tidemark Health Partners"], size=9.8)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [prov]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: ASC claim denied + ASC self-pay bill
def doc_stack(r):
    f = base(r)
    plan = "Bellwether Health Insurance Co."
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 45))
    claim = pat(r, "BW-999999999")
    f.update(mid=pat(r, "BWH999999999"), grp=pat(r, "9999"))
    lines = [("55400", "Vasovasostomy - facility", fee(r, 4100, 5600)),
             ("69990", "Microscope - facility supply", fee(r, 300, 600))]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "dmy", "usd"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["Claims Review, 17 Brackett Plaza, Pinecrest Hollow, MI 49999",
                         f"Tel {f['phone']}   Fax 1-555-262-8410"], 1)
    d.text_line(f"Letter date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Claim Denial Notice", 12.5, "B")
    d.ln(1)
    kv(d, [("Insured", f["member"]), ("Policy/ID", f["mid"]), ("Group", f["grp"]), ("Claim #", claim),
           ("Facility", ASC), ("Surgeon", UROLOGISTS[0]), ("Total charge", fmt_money(total, ms))], w=34)
    d.table(["DOS", "HCPCS/CPT", "Charge", "Determination"],
            [[fmt_date(dos, ds), f"{c} {desc}", fmt_money(ch, ms), "Denied - exclusion"] for c, desc, ch in lines],
            [32, 70, 32, 40], size=8.8, aligns="LLRL")
    paras(d, [
        "We have denied the facility claim above. Your policy excludes procedures to reverse a voluntary "
        "sterilization, together with facility, anesthesia and supply charges related to such a procedure "
        "(Policy, Part 6, Exclusion 31).",
        "Right to appeal: you may submit a written appeal within 180 days of the date of this letter to "
        "Bellwether Appeals, 17 Brackett Plaza, Pinecrest Hollow, MI 49999. You may ask for copies of all "
        "documents relevant to your claim free of charge."], size=9.6)
    t1 = truth("denial_letter", "not_covered", insurer=plan, member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
               service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=ASC,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"provider": [UROLOGISTS[0]]})
    pdf1 = pdf_bytes(d)
    bill_date = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    acct = pat(r, "99999999")
    due = bill_date + dt.timedelta(days=30)
    d = Page()
    d.add_page()
    letterhead(d, ASC, ["3300 Quillfeather Drive, Suite 100, Pinecrest Hollow, MI 49999",
                        "Billing office 1-555-262-0195  |  Mon-Fri 8:00-4:30"], 0)
    d.text_line("PATIENT STATEMENT", 13, "B")
    kv(d, [("Statement date", fmt_date(bill_date, ds)), ("Patient", f["member"]), ("Account number", acct),
           ("Insurance", f"{plan} - claim {claim}"), ("Amount due", fmt_money(total, ms)),
           ("Please pay by", fmt_date(due, ds))], w=40)
    d.table(["Date", "Description", "Charges", "Insurance", "Balance"],
            [[fmt_date(dos, ds), f"{c} {desc}", fmt_money(ch, ms), "0.00", fmt_money(ch, ms)]
             for c, desc, ch in lines] + [["*Total", "", fmt_money(total, ms), "0.00", fmt_money(total, ms)]],
            [28, 66, 28, 26, 28], size=8.6, aligns="LLRRR")
    paras(d, [
        "Your insurance company denied this claim as a non-covered service. The balance is now your "
        "responsibility. If you signed a self-pay agreement before surgery, the agreed self-pay rate has been "
        "applied. Payment plans are available; call the billing office.",
        "Detach and return the lower portion with your payment. Make checks payable to Pinecrest Hollow "
        "Ambulatory Surgery Center."], size=9.4)
    t2 = truth("other", None, insurer=None, member_name=f["member"], case_numbers=[claim],
               claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=bill_date.isoformat(),
               provider=ASC, unscored=["insurer", "group_number", "member_id"],
               alternates={"case_numbers": [[]]}, type_alternates=["denial_letter"],
               denial_alternates=["not_covered"])
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: Spanish Medicaid MCO notice
def doc_es(r):
    f = base(r, "es")
    org, product = "Bahía Clara Health Plan, Inc.", "Bahía Clara Medicaid"
    doc, prov = UROLOGISTS[3], UROLOGY[3]
    req = f["notice"] - dt.timedelta(days=r.randint(5, 10))
    surgery = f["notice"] + dt.timedelta(days=r.randint(15, 30))
    case = pat(r, "BC-99999999")
    f.update(mid=pat(r, "99999999999"))
    ds = "es"
    d = Page(footer="Bahía Clara Health Plan - Medicaid - página {p} de {n}")
    d.add_page()
    letterhead(d, org, [product, "Apartado 4410, San Lázaro, TX 78599", f"Servicios para Miembros {f['phone']}"], 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("AVISO DE DENEGACIÓN DE SERVICIOS", 12.5, "B")
    d.ln(1)
    kv(d, [("Miembro:", f["member"]), ("Número de identificación de Medicaid:", f["mid"]),
           ("Número de referencia:", case), ("Proveedor que lo solicitó:", f"{doc}, {prov}"),
           ("Servicio:", "Reversión de vasectomía (vasovasostomía, 55400)"),
           ("Fecha programada:", fmt_date(surgery, ds)), ("Fecha en que recibimos la solicitud:", fmt_date(req, ds)),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=72, size=9.3)
    paras(d, [
        "#¿Qué decidimos?",
        "Hemos negado la solicitud de su proveedor para la reversión de su vasectomía. El programa de Medicaid del "
        "estado no cubre la reversión de una esterilización voluntaria. Este servicio no es un beneficio cubierto "
        "por Medicaid ni por su plan. La decisión no se basa en si el servicio es médicamente necesario.",
        "#Si no está de acuerdo",
        "Usted o su proveedor (con su permiso por escrito) pueden pedir una apelación dentro de 60 días a partir "
        f"de la fecha de este aviso. Llame al {f['phone']} o escriba a: Apelaciones, Bahía Clara Health Plan, "
        "Apartado 4410, San Lázaro, TX 78599. Si su salud corre peligro, pida una apelación acelerada.",
        "Después de la apelación, si seguimos negando el servicio, puede pedir una audiencia imparcial estatal "
        "dentro de 120 días a partir de la fecha de la carta con la decisión de la apelación.",
        "Tiene derecho a recibir gratis copias de los documentos usados para tomar esta decisión."], size=9.6)
    t = truth("denial_letter", "not_covered", lang="es", insurer=org, member_id=f["mid"],
              member_name=f["member"], case_numbers=[case], service_dates=[surgery.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [prov], "insurer": [product], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: TPA determination, epididymovasostomy
def doc_tpa(r):
    f = base(r)
    tpa, emp_plan = "Keystone Lantern Benefit Services, LLC", "Marrowfield Tool & Die Employee Medical Plan"
    doc, prov = UROLOGISTS[1], UROLOGY[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 50))
    claim = pat(r, "99999A99999")
    f.update(mid=pat(r, "999-99-9999A"), grp=pat(r, "MTD-9999"))
    subscriber = person(r, FIRST_F, LAST)
    lines = [("54901", "Epididymovasostomy, bilateral", fee(r, 7900, 9900)),
             ("69990", "Microsurgical technique", fee(r, 900, 1400)),
             ("99214", "Office visit, pre-operative", fee(r, 210, 290))]
    total = round(sum(x[2] for x in lines), 2)
    by = f["notice"] + dt.timedelta(days=180)
    ds, ms = "upper", "space"
    d = Page(footer="Keystone Lantern Benefit Services administers claims for the plan; it does not insure the plan.")
    d.add_page()
    letterhead(d, tpa, [f"Claims Administrator for {emp_plan}", "PO Box 5150, Gable Springs, IA 52899",
                        f"Call {f['phone']}"], 0)
    d.text_line(f"DATE: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, subscriber, f["addr"])
    d.text_line("Adverse Benefit Determination", 12.5, "B")
    d.ln(1)
    kv(d, [("Plan", emp_plan), ("Plan number", "502"), ("Employee", subscriber), ("Patient", f"{f['member']} (spouse)"),
           ("Employee ID", f["mid"]), ("Employer/group", f["grp"]), ("Claim", claim), ("Provider", f"{prov}"),
           ("Physician", doc)], w=40)
    d.table(["Service date", "Procedure", "Billed", "Payable", "Reason"],
            [[fmt_date(dos, ds), f"{c} {desc}", fmt_money(ch, ms), fmt_money(0, ms), "X17"] for c, desc, ch in lines]
            + [["*Totals", "", fmt_money(total, ms), fmt_money(0, ms), ""]],
            [30, 76, 28, 24, 16], size=8.6, aligns="LLRRL")
    paras(d, [
        "X17  The plan excludes reversal of sterilization procedures and all services provided in connection with "
        "them, including the pre-operative visit (Summary Plan Description, Article 8, Exclusion (m)).",
        "#How to appeal",
        f"Your appeal must be received by {fmt_date(by, 'long')}. Send a written request with the claim number, the "
        "reason you disagree and any documents to Keystone Lantern Appeals, PO Box 5150, Gable Springs, IA 52899. "
        "The plan will decide a post-service appeal within 60 days. You may also have the right to bring a civil "
        "action under section 502(a) of ERISA after the appeal process."], size=9.6)
    t = truth("denial_letter", "not_covered", insurer=tpa, plan_id="502", member_id=f["mid"],
              group_number=f["grp"], member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=by.isoformat(),
              alternates={"insurer": [emp_plan], "plan_id": [None], "provider": [doc]},
              type_alternates=["eob"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_reversal_excluded", "born_digital", doc_preservice, None),
    ("scan300_paid_vasectomy_preventive_eob", "scan_clean_300", doc_paid_vasectomy, None),
    ("lowres_eob_reversal_excluded_lab_paid", "scan_lowres_150", doc_eob_excluded, None),
    ("copy_first_level_appeal_upheld", "photocopy", doc_upheld, None),
    ("faxfine_stack_cover_asc_denial_self_pay_bill", "fax_fine_g4", doc_stack, ["cover", None]),
    ("photo_medicaid_aviso_es_reversion", "phone_photo", doc_es, None),
    ("rotated_tpa_epididymovasostomy_excluded", "rotated", doc_tpa, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
