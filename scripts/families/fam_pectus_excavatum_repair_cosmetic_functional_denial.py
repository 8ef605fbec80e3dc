"""Family 'pectus_excavatum_repair_cosmetic_functional_denial': surgical repair of pectus excavatum (21742/21743
minimally invasive Nuss procedure, 21740 open Ravitch repair) refused as cosmetic when the Haller index is under
the plan's threshold (3.25) and no cardiopulmonary impairment is documented (normal PFTs, echo, exercise test),
then approved after a peer-to-peer with new testing.

Documents: a pre-service denial letter (two-column key-value header, criteria table); the approval after the
peer-to-peer (nothing denied); the pediatric surgeon's office letter to the family relaying the denial (a provider
letter, `other`); a hospital-stay EOB with the facility claim paid and the surgeon's claim denied for a billed code
that differs from the authorized one; a standard-fax stack of a cover sheet, an upheld first-level appeal on an
open repair and the surgical group's statement of account; a state Medicaid/CHIP notice in two columns denying the
Nuss procedure as not medically necessary (fed sideways); a paid EOB for the pre-operative work-up (phone photo).

The patients are adolescents or young adults; the subscriber parent is a decoy. Decoys: DOB, Haller index and
FVC numbers, request received and peer-to-peer dates, facility claim, NPIs, account numbers, plan paid / you owe,
external review, expedited and fair-hearing time limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pectus_excavatum_repair_cosmetic_functional_denial"
LANG = "en"
SEED = 281600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TEENS = ["Caleb", "Devon", "Lucas", "Marcus", "Owen", "Tobias", "Eli", "Reid", "Ansel", "Nico"]


class Page(Doc):
    def __init__(self, foot: str | None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"{r.choice(['800', '888', '855'])}.555.{r.digits(4)}"


def people(r: Rand) -> dict:
    parent, pfirst, _, last = r.person()
    first = r.choice(TEENS)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    return dict(parent=parent, pfirst=pfirst, last=last, pt=f"{first} {mid}. {last}", first=first,
                dob=dt.date(r.randint(2008, 2012), r.randint(1, 12), r.randint(1, 28)), addr=r.address(),
                npi=r.npi(), ph=phone(r), haller=round(r.uniform(2.55, 3.15), 2), fvc=r.randint(86, 101))


def kv(d: Page, x: float, pairs: list[tuple[str, str]], lw: float, size: float = 9.2, h: float = 5.0) -> float:
    y = d.get_y()
    for lab, val in pairs:
        d.set_xy(x, y)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val)
        y += h
    return y


# ---------------------------------------------------------------- 0: pre-service cosmetic denial (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = people(r)
    ins = "Harborgate Health Insurance"
    mid, grp = f"HGH{r.digits(9)}", f"{r.digits(3)}{r.letters(2)}{r.digits(2)}"
    case = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    surgeon = "Malcolm T. Ferreira, MD"
    recv = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 50))
    notice = recv + dt.timedelta(days=r.randint(4, 9))
    surg = notice + dt.timedelta(days=r.randint(20, 45))
    by = notice + dt.timedelta(days=180)
    d = Page("Harborgate Health Insurance  -  Notice of Adverse Benefit Determination  -  page {p} of {n}",
             margins=(18, 14, 18))
    d.add_page()
    d.text_line("HARBORGATE", 20, "B", h=9)
    d.text_line("Health Insurance", 10, h=5)
    d.text_line(f"Clinical Review Services, 640 Wharf Street, Bangor, ME 04401   |   {f['ph']}", 8.3, h=4.5)
    d.rule(0.7, 4)
    y0 = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.8, h=5)
    d.set_y(y0)
    kv(d, 112, [("Date:", fmt_date(notice, "long")), ("Case ID:", case), ("Member:", f["pt"]),
                ("Member ID:", mid), ("Group No.:", grp), ("Received:", fmt_date(recv, "long"))], 24)
    d.set_y(y0 + 34)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=7)
    d.para(f"We reviewed a request from {surgeon} for minimally invasive repair of pectus excavatum (Nuss "
           f"procedure, CPT 21742) for {f['pt']}, with surgery planned on {fmt_date(surg, 'long')} at Saint "
           "Aurelian Children's Hospital. The request is denied.", 10)
    d.text_line("Why the request was denied", 10.5, "B", h=6)
    d.para("Repair of pectus excavatum is covered when it corrects a functional impairment. It is considered "
           "cosmetic, and is excluded under your plan, when the criteria below are not met. A board-certified "
           "thoracic surgeon reviewed the records sent:", 10)
    d.table(["Criterion (Medical Policy SUR-219)", "Required", "Records show", "Met?"],
            [["Haller index on CT or MRI", "greater than 3.25", f"{f['haller']:.2f}", "No"],
             ["Pulmonary function (FVC)", "below 80% predicted", f"{f['fvc']}% predicted", "No"],
             ["Cardiac compression on echo", "present", "normal study", "No"],
             ["Exercise intolerance on CPET", "documented", "not performed", "No"]],
            [70, 38, 38, 16], size=8.8, border_head="TB", head_fill=True)
    d.para("Because the records do not show cardiopulmonary impairment, the surgery is considered cosmetic. "
           "Cosmetic surgery is not covered (Evidence of Coverage, Exclusions, item 14).", 10)
    d.text_line("Your appeal rights", 10.5, "B", h=6)
    d.para(f"You may file an appeal. We must receive it by {fmt_date(by, 'long')}. Your surgeon may also ask "
           "for a peer-to-peer conversation with our reviewer within 14 days. If a delay could seriously harm "
           "the patient, ask for an expedited appeal (decided within 72 hours). You may also request an "
           "independent external review after the appeal.", 10)
    d.para(f"Member date of birth: {fmt_date(f['dob'], 'long')}   Surgeon NPI: {f['npi']}", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["pt"],
              case_numbers=[case], service_dates=[iso(surg)], denial_date=iso(notice), provider=surgeon,
              appeal_deadline=iso(by), denial_alternates=["medical_necessity"],
              alternates={"provider": ["Malcolm T. Ferreira"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: approval after peer-to-peer (scan 300)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = people(r)
    ins = "Silverpine Health Plan"
    mid = f"{r.letters(1)}{r.digits(8)}-01"
    grp = f"{r.digits(6)}"
    auth, orig = f"AUTH{r.digits(9)}", f"RV{r.digits(8)}"
    surgeon = "Imani K. Achebe, MD"
    p2p = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 50))
    notice = p2p + dt.timedelta(days=r.randint(1, 3))
    adm = notice + dt.timedelta(days=r.randint(18, 40))
    dis = adm + dt.timedelta(days=r.choice([2, 3]))
    d = Page(None, margins=(20, 18, 20))
    d.add_page()
    d.text_line("Silverpine Health Plan", 16, "B", h=8)
    d.text_line(f"Utilization Management  |  2710 Cedar Crest Blvd, Yuma, AZ 85364  |  {f['ph']}", 8.6, h=4.6)
    d.ln(7)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f"{f['pt']}", f"c/o {f['parent']}", *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Authorization approved", 12.5, "B", h=7)
    d.boxes([("Member", f["pt"], 52), ("Member ID", mid, 40), ("Group", grp, 24), ("Authorization no.", auth, 44)])
    d.ln(4)
    d.para(f"Earlier we denied the request for pectus excavatum repair as cosmetic (review {orig}). On "
           f"{fmt_date(p2p, 'long')} {surgeon} spoke with our medical director in a peer-to-peer review and sent a "
           "new cardiopulmonary exercise test showing reduced exercise capacity and an echocardiogram showing "
           "right ventricular compression. With this information the request meets our criteria, and we have "
           "approved it.", 10)
    d.table(["Approved service", "Setting", "Dates"],
            [["21743 Nuss repair with thoracoscopy", "Inpatient", f"{fmt_date(adm, 'slash')} to "
              f"{fmt_date(dis, 'slash')}"],
             ["Inpatient stay", f"{(dis - adm).days} days", "Concurrent review after day 3"]],
            [70, 34, 60], size=8.8, border_head="TB")
    d.para("An approval is not a guarantee of payment. Benefits depend on eligibility on the date of service and "
           "the terms of the plan. Your inpatient copay and deductible apply. If the surgery date changes, the "
           "hospital must tell us before admission.", 9.5)
    d.para("Utilization Management\nSilverpine Health Plan", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["pt"],
              case_numbers=[auth], service_dates=[iso(adm, dis)], denial_date=iso(notice), provider=surgeon,
              alternates={"case_numbers": [[auth, orig], []], "service_dates": [[], [iso(adm)]],
                          "provider": ["Imani K. Achebe"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: surgeon's office letter (photocopy)
def doc_office_letter(r: Rand) -> tuple[bytes, dict]:
    f = people(r)
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}"
    ref = f"QR{r.digits(7)}"
    surgeon = "Beatrice O. Lindqvist, MD"
    notice = dt.date(2026, 3, 16) + dt.timedelta(days=r.randint(0, 40))
    plan_letter = notice - dt.timedelta(days=r.randint(3, 7))
    surg = notice + dt.timedelta(days=r.randint(21, 50))
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("Cascade Chest Wall Center", 15, "B", align="C", h=7)
    d.text_line("Pediatric Surgery Associates of the Northwest", 9.5, align="C", h=5)
    d.text_line("1811 Quarry Street, Suite 300, Bellingham, WA 98225  ·  Tel (360) 555-0148  ·  Fax (360) 555-0149",
                8.2, align="C", h=4.6)
    d.rule(0.3, 6)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f"Parents of {f['pt']}", *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Re: {f['pt']}  (DOB {fmt_date(f['dob'], 'slash')})  -  insurance decision on surgery planned for "
           f"{fmt_date(surg, 'long')}", 10, gap=4)
    d.para(f"Dear {f['pfirst']} {f['last']},", 10)
    d.para(f"We want you to know that Evergreen Sound Health Plan has not approved the Nuss procedure (21742) "
           f"Dr. Lindqvist requested for {f['first']}. Their letter dated {fmt_date(plan_letter, 'long')} "
           f"(reference {ref}, member ID {mid}) says the repair is cosmetic because the Haller index on "
           f"{f['first']}'s CT scan was {f['haller']:.2f}, below their 3.25 threshold, and the breathing tests and "
           "heart ultrasound were normal.", 10)
    d.para(f"We do not agree. {f['first']} reports chest pain and shortness of breath with sports, and the CT "
           "was measured at full inspiration, which lowers the index. Dr. Lindqvist has asked for a peer-to-peer "
           "review with the plan's medical director and we have ordered a cardiopulmonary exercise test.", 10)
    d.para("What you can do now: keep the plan's letter; it explains how to file an appeal and its time limit. "
           "If you want us to file the appeal for you, sign the enclosed authorized representative form and "
           "return it to our office. We have moved the surgery date to a hold status until we hear back.", 10)
    d.para("Warm regards,\n\nNora Whitcombe\nSurgical Coordinator, for Beatrice O. Lindqvist, MD", 10)
    t = truth("other", None, member_id=mid.replace(" ", ""), member_name=f["pt"], case_numbers=[ref],
              service_dates=[iso(surg)], denial_date=iso(notice), provider=surgeon, unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["not_covered", "medical_necessity"],
              alternates={"denial_date": [iso(plan_letter)], "provider": ["Beatrice O. Lindqvist"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: hospital EOB, facility paid, surgeon denied
def doc_hospital_eob(r: Rand) -> tuple[bytes, dict]:
    f = people(r)
    ins = "Keystone Prairie Health"
    sub = f"KPH{r.digits(8)}"
    grp = f"{r.digits(2)}-{r.digits(5)}"
    adm = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 40))
    dis = adm + dt.timedelta(days=3)
    stmt = dis + dt.timedelta(days=r.randint(30, 45))
    hosp = "Lakeshore Children's Medical Center"
    surgeon = "Dmitri A. Vance, MD"
    c_fac, c_sur = f"{r.digits(11)}", f"{r.digits(11)}"
    fac_b = float(r.randint(48000, 71000)) + 0.25
    fac_a = round(fac_b * 0.41, 2)
    fac_p = round(fac_a - 1500, 2)
    sur_lines = [("21743", "Nuss repair w/ thoracoscopy", float(r.randint(9800, 12800))),
                 ("64999", "Intercostal nerve cryoablation", float(r.randint(2400, 3600)))]
    sur_b = sum(a for _, _, a in sur_lines)
    d = Page("Keystone Prairie Health EOB   {p} / {n}", margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(12, 12, 191.9, 14, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(15, 14.5)
    d.font(14, "B")
    d.cell(100, 9, "KEYSTONE PRAIRIE HEALTH")
    d.font(9)
    d.cell(0, 9, "Explanation of Benefits - Hospital Stay", align="R")
    d.set_text_color(0, 0, 0)
    d.set_xy(12, 30)
    d.font(8.2)
    d.cell(0, 4.5, f"PO Box 920, Lubbock, TX 79401   Customer service {f['ph']}   THIS IS NOT A BILL",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    y = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, 120, [("Processed on", fmt_date(stmt, "mdy_nopad")), ("Subscriber", f["parent"]), ("ID number", sub),
                ("Group", grp), ("Patient", f"{f['pt']} (son)")], 28, size=8.8, h=4.8)
    d.set_y(y + 30)
    d.text_line(f"Claim {c_fac}  -  {hosp}  -  inpatient {fmt_date(adm, 'mdy_nopad')} to {fmt_date(dis, 'mdy_nopad')}",
                9, "B", h=5.5)
    d.table(["Service", "Charged", "Allowed", "Plan paid", "Deductible", "You owe", "Code"],
            [["Inpatient surgical stay (3 days)", fmt_money(fac_b), fmt_money(fac_a), fmt_money(fac_p),
              "$1,500.00", "$1,500.00", "PD"]],
            [62, 26, 24, 24, 22, 20, 12], size=8.2, aligns="LRRRRRL", head_fill=True)
    d.text_line(f"Claim {c_sur}  -  {surgeon}  -  date of service {fmt_date(adm, 'mdy_nopad')}", 9, "B", h=5.5)
    rows = [[f"{c} {desc}", fmt_money(a), "$0.00", "$0.00", "$0.00", fmt_money(a), "A7"] for c, desc, a in sur_lines]
    rows.append(["*Claim total", fmt_money(sur_b), "$0.00", "$0.00", "$0.00", fmt_money(sur_b), ""])
    d.table(["Service", "Charged", "Allowed", "Plan paid", "Deductible", "You owe", "Code"], rows,
            [62, 26, 24, 24, 22, 20, 12], size=8.2, aligns="LRRRRRL", head_fill=True)
    d.text_line("Code explanations", 9.5, "B", h=5.5)
    d.para("PD  Paid according to your inpatient hospital benefit.\nA7  Prior authorization is required for this "
           "service. The approval on file covers CPT 21742 (repair without thoracoscopy) only; no authorization "
           "was requested for 21743 or for cryoablation. Your surgeon may ask us to review the claim with the "
           "operative report.", 8.6)
    d.text_line("Appeals", 9.5, "B", h=5.5)
    d.para("If you do not agree with how a claim was processed, you may appeal within 180 days of the date this "
           "statement was processed. Write to Keystone Prairie Health Appeals, PO Box 925, Lubbock, TX 79401. "
           "You may have the right to an external review; for urgent care we decide within 72 hours.", 8.6)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=grp, member_id=sub, member_name=f["pt"],
              case_numbers=[c_sur], claim_amount=m2(sur_b), service_dates=[iso(adm)], denial_date=iso(stmt),
              provider=surgeon, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["coding_error"], alternates={"provider": ["Dmitri A. Vance"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: upheld appeal + group statement
def doc_appeal(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bramblewood Mutual Health"
    d = Page("Bramblewood Mutual Health | Appeal Decision | {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Bramblewood Mutual Health", 14, "B", h=7)
    d.text_line("Appeals and Grievances  ·  55 Sycamore Court, Macon, GA 31201", 8.8, h=4.6)
    d.ln(6)
    d.text_line(f"Date: {fmt_date(f['dec'], 'dmy')}", 10, h=6)
    d.ln(1)
    for ln in [f["pt"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 11.5, "B", h=7)
    for lab, val in [("Appeal number", f["appeal"]), ("Claim number", f["claim"]), ("Member ID", f["mid"]),
                     ("Group number", f["grp"]), ("Provider", f["group"]),
                     ("Service", f"21740 open repair of pectus excavatum on {fmt_date(f['dos'], 'dmy')}"),
                     ("Amount billed", fmt_money(f["billed"]))]:
        d.font(9.5, "B")
        d.cell(40, 5.2, lab)
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Decision: UPHELD. We reviewed your appeal of our denial of the claim above, including the operative "
           f"report and the letter from {f['surgeon']}. The pre-operative CT showed a Haller index of "
           f"{f['haller']:.2f}, and pulmonary function and echocardiography were normal. Our policy covers pectus "
           "repair only with a Haller index above 3.25 together with documented cardiac or pulmonary compromise. "
           "Without these, the repair is cosmetic, which your plan excludes.", 10)
    d.para("You may request a second-level appeal within 60 days of the date of this letter, or an external "
           "review by an independent review organization within 4 months. Send requests to the address above.",
           10)
    d.para("Grievance and Appeals Committee", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["pt"], case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]), provider=f["group"],
              appeal_deadline=iso(f["dec"] + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity"],
              alternates={"provider": [f["surgeon"]], "case_numbers": [[f["appeal"]]]})
    return pdf_bytes(d), t


def doc_group_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    st = f["dec"] + dt.timedelta(days=r.randint(8, 15))
    acct = f"{r.digits(7)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["group"].upper(), 13, "B", h=7)
    d.text_line("2200 Old Mill Road, Macon, GA 31201   Billing (478) 555-0193", 8.6, h=4.6)
    d.ln(3)
    d.boxes([("Statement date", fmt_date(st, "dmy"), 40), ("Account no.", acct, 34), ("Patient", f["pt"], 60),
             ("Please pay", fmt_money(f["billed"] - 250), 38)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "dmy"), "21740", "Reconstructive repair, pectus excavatum, open",
             fmt_money(f["billed"])],
            [fmt_date(f["dec"], "dmy"), "", f"Bramblewood Mutual Health appeal {f['appeal']}: denial upheld", "$0.00"],
            [fmt_date(st, "dmy"), "", "Patient payment - thank you", "-$250.00"],
            ["*Balance", "", "", fmt_money(f["billed"] - 250)]]
    d.table(["Date", "CPT", "Description", "Amount"], rows, [30, 18, 104, 30], size=8.8, aligns="LLLR",
            head_fill=True)
    d.para(f"Surgeon: {f['surgeon']}. Your insurance did not pay for this surgery after appeal. The balance is "
           "now your responsibility. Ask us about our 12-month interest-free payment plan, or about the prompt-pay "
           "discount if paid in full within 30 days of this statement.", 9.2)
    t = truth("other", None, member_name=f["pt"], case_numbers=[f["appeal"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(st), provider=f["group"],
              unscored=["insurer", "group_number", "member_id"],
              alternates={"case_numbers": [[]], "claim_amount": [m2(f["billed"] - 250)],
                          "provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = people(r)
    f["pt"] = f"{f['pfirst']} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {f['last']}"  # an adult patient, own policy
    f.update(mid=f"BMH-{r.digits(4)}-{r.digits(4)}", grp=f"{r.digits(4)}B", claim=f"{r.digits(9)}",
             appeal=f"APL-{r.digits(7)}", group="Peachtree Thoracic Surgeons, PC", surgeon="Ravi S. Menon, MD")
    f["dos"] = dt.date(2025, 12, 1) + dt.timedelta(days=r.randint(0, 40))
    f["dec"] = f["dos"] + dt.timedelta(days=r.randint(80, 110))
    f["billed"] = float(r.randint(14000, 19000)) + 0.5
    return Item(f"{FAMILY}_fax_stack", "fax_standard_g4", [doc_appeal(r, f), doc_group_statement(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 5: Medicaid/CHIP notice, two columns (rotated)
def doc_chip(r: Rand) -> tuple[bytes, dict]:
    f = people(r)
    ins = "Sunmesa Kids Health Plan"
    mid = f"{r.digits(11)}"
    case = f"{r.digits(2)}{r.letters(2)}{r.digits(6)}"
    surgeon = "Alejandro V. Duarte, MD"
    notice = dt.date(2026, 4, 1) + dt.timedelta(days=r.randint(0, 45))
    surg = notice + dt.timedelta(days=r.randint(25, 40))
    d = Page("SKHP-ABD-07 (2026)", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Sunmesa Kids Health Plan", 15, "B", h=7)
    d.text_line("Texas Medicaid and CHIP  ·  PO Box 3180, Laredo, TX 78040  ·  " + f["ph"], 8.4, h=4.6)
    d.rule(0.6, 3)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    d.ln(2)
    top = d.get_y()
    # left column
    d.set_fill_color(238, 238, 238)
    d.rect(14, top, 60, 120, style="F")
    d.set_xy(17, top + 3)
    d.font(8.4)
    d.multi_cell(54, 4.3, f"DATE OF THIS NOTICE\n{fmt_date(notice, 'abbr')}\n\nMEMBER\n{f['pt']}\n\n"
                 f"MEMBER ID\n{mid}\n\nDATE OF BIRTH\n{fmt_date(f['dob'], 'abbr')}\n\nREQUEST NUMBER\n{case}\n\n"
                 f"REQUESTED BY\n{surgeon}\nNPI {f['npi']}\n\nSERVICE\nCPT 21742, pectus excavatum repair "
                 f"(Nuss), inpatient\n\nPLANNED DATE\n{fmt_date(surg, 'abbr')}", new_x="LEFT", new_y="NEXT")
    # right column
    x = 80
    d.set_xy(x, top)
    d.font(10, "B")
    d.cell(0, 6, "What we decided", new_x="LEFT", new_y="NEXT")
    d.font(9.2)
    d.multi_cell(0, 4.5, f"We denied the request for surgery to repair {f['first']}'s chest wall. Our medical "
                 "director found it is not medically necessary.", new_x="LEFT", new_y="NEXT")
    d.set_xy(x, d.get_y() + 2)
    d.font(10, "B")
    d.cell(0, 6, "Why", new_x="LEFT", new_y="NEXT")
    d.font(9.2)
    d.multi_cell(0, 4.5, f"The chest CT shows a Haller index of {f['haller']:.2f}; our guideline requires more "
                 f"than 3.25. Breathing tests show FVC {f['fvc']}% of predicted, and the heart ultrasound shows no "
                 "compression of the heart. The records do not show that the chest shape limits breathing or heart "
                 "function, so surgery is not medically necessary at this time.", new_x="LEFT", new_y="NEXT")
    d.set_xy(x, d.get_y() + 2)
    d.font(10, "B")
    d.cell(0, 6, "Your right to appeal", new_x="LEFT", new_y="NEXT")
    d.font(9.2)
    d.multi_cell(0, 4.5, "You can ask us for an appeal within 60 days of the date of this notice. Call Member "
                 "Services or write to us. If your child's health is at risk, ask for an expedited appeal; we "
                 "will decide within 72 hours. After the appeal, you can ask for a State Fair Hearing within 120 "
                 "days of our appeal decision, and for an External Medical Review.", new_x="LEFT", new_y="NEXT")
    d.set_xy(x, d.get_y() + 2)
    d.font(10, "B")
    d.cell(0, 6, "Questions", new_x="LEFT", new_y="NEXT")
    d.font(9.2)
    d.multi_cell(0, 4.5, "Call Member Services at the number above, Monday to Friday, 8 a.m. to 6 p.m. "
                 "Interpreters are free.", new_x="LEFT", new_y="NEXT")
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["pt"],
              case_numbers=[case], service_dates=[iso(surg)], denial_date=iso(notice), provider=surgeon,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["not_covered"],
              alternates={"provider": ["Alejandro V. Duarte"], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid pre-op work-up EOB (phone photo)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = people(r)
    ins = "Timberline Assurance Health"
    mid = f"TAH-{r.digits(3)}-{r.digits(5)}"
    grp = f"{r.letters(1)}{r.digits(5)}"
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    prov = "Highmark Ridge Children's Hospital"
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 60))
    stmt = dos + dt.timedelta(days=r.randint(20, 30))
    lines = [("71250", "CT chest without contrast", float(r.randint(1400, 2100))),
             ("94010", "Spirometry", float(r.randint(180, 320))),
             ("93306", "Echocardiogram, complete", float(r.randint(1700, 2600))),
             ("94621", "Cardiopulmonary exercise test", float(r.randint(900, 1400)))]
    billed = sum(a for _, _, a in lines)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Timberline Assurance Health", 15, "B", h=7)
    d.text_line(f"Claims Statement  ·  Member Services {f['ph']}", 9, h=5)
    d.ln(3)
    d.para(f"Statement date: {fmt_date(stmt, 'iso')}\nPatient: {f['pt']}\nMember ID: {mid}    Group: {grp}\n"
           f"Claim: {claim}    Provider: {prov}", 9.6, gap=4)
    rows = []
    for c, desc, a in lines:
        al = round(a * 0.55, 2)
        rows.append([fmt_date(dos, "iso"), c, desc, fmt_money(a, "nosign"), fmt_money(al, "nosign"),
                     fmt_money(round(al * 0.9, 2), "nosign"), fmt_money(round(al * 0.1, 2), "nosign")])
    tal = sum(round(a * 0.55, 2) for _, _, a in lines)
    rows.append(["*Total", "", "", fmt_money(billed, "nosign"), fmt_money(tal, "nosign"),
                 fmt_money(sum(round(round(a * 0.55, 2) * 0.9, 2) for _, _, a in lines), "nosign"),
                 fmt_money(sum(round(round(a * 0.55, 2) * 0.1, 2) for _, _, a in lines), "nosign")])
    d.table(["Date", "CPT", "Service", "Billed", "Allowed", "Paid", "You owe"], rows, [24, 14, 56, 22, 22, 22, 22],
            size=8.2, aligns="LLLRRRR", border_head="TB")
    d.para("All services on this claim were covered in network. Your share is 10% coinsurance. These tests "
           "were ordered before a surgical consultation for pectus excavatum; any surgery needs separate prior "
           "authorization.", 9.2)
    d.para("Questions about this claim? Call us within 180 days of the date you receive this statement.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["pt"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt), provider=prov,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_cosmetic", "born_digital"),
              (1, doc_approval, "p2p_approval", "scan_clean_300"),
              (2, doc_office_letter, "surgeon_office_letter", "photocopy"),
              (3, doc_hospital_eob, "hospital_eob", "scan_lowres_150"),
              (5, doc_chip, "chip_notice", "rotated"), (6, doc_paid_eob, "paid_workup_eob", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(4, item_stack(Rand(SEED + 4)))
    return items
