"""Family 'radiofrequency_thyroid_nodule_ablation_investigational_denial': radiofrequency ablation (RFA) of benign,
symptomatic thyroid nodules (CPT 60660 first nodule, 60661 each additional nodule, 76940 ultrasound guidance)
refused as investigational while a thyroid lobectomy (60220) is covered and paid instead.

Documents: a two-page pre-service letter from a commercial plan (key-value block, running header, appeal rights on
page two); a fine-fax stack of a cover sheet, the endocrinology group's letter to the patient relaying the plan's
post-service denial and the hospital outpatient department's statement for the same day; a photocopied upheld
appeal decision in ruled boxes; an EOB with three claims (visit and ultrasound paid, RFA denied); a Medicare
Advantage notice of denial of medical coverage (CMS-10003 style), fed sideways; a phone photo of a paid lobectomy
EOB; a low-res scanned approval of the lobectomy.

Decoys: DOB, request received dates, NPIs, tax ID, patient account numbers, medical policy numbers, form/material
numbers, nodule volumes, the paid claims, plan-paid/you-owe amounts, 72-hour, 4-month and peer-to-peer limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "radiofrequency_thyroid_nodule_ablation_investigational_denial"
LANG = "en"
SEED = 291500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
GROUP = "Lakehaven Endocrine & Thyroid Associates"
HOSP = "Marrowfield General Hospital"
HOPD = "Marrowfield General Hospital Outpatient Surgery Department"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def tel(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def kv(d: Page, rows, x: float | None = None, lw: float = 42, size: float = 9.2, h: float = 5.0, vw: float = 0):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(vw, h, val, new_x="LMARGIN", new_y="NEXT")


def doctor(r: Rand) -> str:
    return r.person()[0]


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1950, 1995), r.randint(1, 12), r.randint(1, 28)), doc=doctor(r))


def rfa_lines(r: Rand, extra: bool) -> list[tuple[str, str, float]]:
    out = [("60660", "RFA thyroid nodule, first nodule", float(r.randint(3900, 5200)))]
    if extra:
        out.append(("60661", "RFA thyroid nodule, each addl nodule", float(r.randint(1600, 2300))))
    out.append(("76940", "US guidance, tissue ablation", float(r.randint(420, 690))))
    return out


# ------------------------------------------------------------------ 0: two-page pre-service letter (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Mutual Health Plan"
    mid, grp, ref = f"NGM{r.digits(9)}", f"{r.digits(6)}-{r.letters(1)}", f"UM-{r.digits(4)}-{r.digits(5)}"
    recv = f["dos"] - dt.timedelta(days=r.randint(20, 30))
    notice = recv + dt.timedelta(days=r.randint(4, 9))
    d = Page("Northgate Mutual Health Plan  |  page {p} of {n}",
             header=f"{f['member']}  -  Reference {ref}  -  continued")
    d.add_page()
    d.text_line("Northgate Mutual", 18, "B", h=8)
    d.text_line("Health Plan", 11, h=5.5)
    d.text_line(f"Utilization Management  ·  500 Keel Street, Suite 9, Harlow Point, MI 49601  ·  {f['ph']}", 8.2,
                h=4.4)
    d.rule(0.6, 5)
    y = d.get_y()
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.set_y(y)
    kv(d, [("Reference no.", ref), ("Member ID", mid), ("Group", grp), ("Date of birth", fmt_date(f["dob"], "slash")),
           ("Request received", fmt_date(recv, "slash"))], x=112, lw=34, size=8.8, h=4.8)
    d.ln(10)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"Your endocrinologist, {f['doc']} of {GROUP}, asked us to approve radiofrequency ablation of a "
           f"thyroid nodule (CPT 60660) with ultrasound guidance (CPT 76940), planned for "
           f"{fmt_date(f['dos'], 'long')} at {HOSP}. We have reviewed the request and the records sent with it, "
           "and we cannot approve it.", 10)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para("Radiofrequency ablation of benign thyroid nodules is considered investigational under our medical "
           "policy MP-ENDO-112, Ablative Treatments of the Thyroid. The published studies are small, mostly from "
           "single centers, and follow patients for a short time; they do not yet show that the treatment "
           "improves health outcomes as much as the established treatments. Your plan excludes services that are "
           "experimental or investigational (Certificate of Coverage, Section 7.14).", 10)
    d.para("The records describe a single benign (Bethesda II) nodule of 24 mL in the right lobe causing "
           "pressure symptoms. Surgical removal of the lobe (thyroid lobectomy, CPT 60220) is a covered service "
           "for this condition and your doctor may ask us to approve it.", 10)
    d.para(f"This decision was made by a board-certified endocrinologist reviewer. You or {f['doc']} may ask "
           "to discuss it with the reviewer (peer-to-peer) within 5 business days.", 10)
    d.add_page()
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may appeal this decision. Your appeal must be filed within 180 days of the date of this letter. "
           "Send it to Northgate Mutual Health Plan, Appeals, PO Box 2270, Harlow Point, MI 49601, or fax it to "
           f"{tel(r)}. Include this letter, your reasons, and any records you would like us to consider.", 10)
    d.para("If waiting for a standard appeal could seriously harm your health, you may ask for an expedited "
           "appeal; we will decide within 72 hours. After our final internal decision you may ask for an "
           "independent external review within 4 months.", 10)
    d.para("You have the right to receive, free of charge, copies of all documents relevant to your request and "
           "the medical policy used. You may also contact the state Department of Insurance and Financial Services "
           "consumer assistance line.", 10)
    d.para("Language assistance: ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de "
           f"asistencia lingüística. Llame al {f['ph']}.", 8.5)
    d.para("Sincerely,\n\nUtilization Management Department\nNorthgate Mutual Health Plan", 10)
    d.para(f"cc: {f['doc']}, NPI {f['npi']}", 8.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["not_covered"],
              alternates={"provider": [GROUP], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: group letter + HOPD statement
def doc_group_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.rect(0, 0, d.w, 26, "F")
    d.set_xy(22, 7)
    d.text_line("LAKEHAVEN ENDOCRINE & THYROID ASSOCIATES", 13, "B", h=6.5)
    d.set_x(22)
    d.text_line(f"Thyroid Nodule Clinic  ·  1200 Orchard Crossing, Ste 300, Harlow Point, MI 49601  ·  {tel(r)}", 8.2,
                h=4.4)
    d.set_y(36)
    d.text_line(fmt_date(f["gl_date"], "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']},", 10)
    d.para(f"We are writing about the thyroid nodule ablation {f['doc']} performed on "
           f"{fmt_date(f['dos'], 'long')} in the outpatient surgery department at {HOSP}. Your insurance "
           f"company, Tamarind Health Insurance Company, has denied our claim ({f['claim']}) for the procedure, "
           "stating that radiofrequency ablation of benign thyroid nodules is investigational under your plan.", 10)
    d.para(f"Our professional charge for the procedure was {fmt_money(f['prof'])}. The hospital bills its "
           "facility charges separately, and you may receive a statement from them as well.", 10)
    d.text_line("What happens next", 10.5, "B", h=6)
    d.para("We believe the procedure was the right treatment for you and we plan to appeal. Your plan allows the "
           "member to appeal as well; a letter from you describing your swallowing and pressure symptoms often "
           "helps. We have placed your account on hold for 90 days while the appeal is reviewed, and we will not "
           "send it to collections during that time.", 10)
    d.para(f"Your insurance ID on file is {f['mid']}. If this is not correct, please call our billing office.", 10)
    d.para(f"Warm regards,\n\nBilling & Patient Advocacy\n{GROUP}", 10)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["prof"]), service_dates=[iso(f["dos"])], denial_date=iso(f["gl_date"]),
              provider=f["doc"], unscored=["insurer"],
              alternates={"provider": [GROUP], "case_numbers": [[]], "claim_amount": [None]},
              type_alternates=["denial_letter"], denial_alternates=["experimental"])
    return pdf_bytes(d), t


def doc_hopd_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["gl_date"] + dt.timedelta(days=r.randint(6, 15))
    acct = f"MGH-{r.digits(8)}"
    lines = [("0360", "60660", "OR services - thyroid nodule RFA", float(r.randint(5200, 7100))),
             ("0402", "76940", "Ultrasound guidance", float(r.randint(600, 900))),
             ("0250", "", "Pharmacy - local anesthetic", float(r.randint(60, 140))),
             ("0710", "", "Recovery room", float(r.randint(700, 1100)))]
    total = sum(x[3] for x in lines)
    d = Page("Marrowfield General Hospital  ·  Patient Financial Services", margins=(16, 14, 16))
    d.add_page()
    d.text_line(HOSP.upper(), 14, "B", h=7)
    d.text_line(f"Patient Financial Services  ·  88 Beacon Hill Road, Harlow Point, MI 49601  ·  {tel(r)}", 8.4,
                h=4.5)
    d.ln(3)
    d.text_line("OUTPATIENT STATEMENT", 12, "B", h=6.5)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 38), ("Account no.", acct, 40),
             ("Patient", f["member"], 56), ("Amount due", fmt_money(total), 36)])
    d.boxes([("Department", "Outpatient Surgery", 40), ("Attending", f["doc"], 50),
             ("Insurance", "Tamarind Health Ins. Co.", 50), ("Policy ID", f["mid"], 34)], h=11)
    d.ln(4)
    rows = [[fmt_date(f["dos"], "slash"), rev, cpt, desc, fmt_money(amt, "nosign")] for rev, cpt, desc, amt in lines]
    rows.append(["*Total charges", "", "", "", fmt_money(total, "nosign")])
    rows.append([fmt_date(stmt - dt.timedelta(days=4), "slash"), "", "", f"Insurance denied - claim {f['hclaim']}",
                 "0.00"])
    rows.append(["*Patient balance", "", "", "", fmt_money(total, "nosign")])
    d.table(["Date", "Rev", "CPT", "Description", "Charges"], rows, [28, 16, 18, 92, 28], size=8.6, aligns="LLLLR")
    d.para("Your insurance company denied this claim as investigational. If you or your doctor appeal, call us and we "
           "will hold the account. Financial assistance is available; ask for an application. Payment is due "
           "within 30 days of the statement date.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["hclaim"]],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=HOSP,
              unscored=["insurer"], alternates={"provider": [HOPD, f["doc"]], "case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"TH{r.digits(3)} {r.digits(3)} {r.digits(3)}", claim=f"{r.digits(4)}-{r.digits(7)}",
             hclaim=f"{r.digits(12)}", prof=float(r.randint(2900, 3900)) + 0.5,
             gl_date=f["dos"] + dt.timedelta(days=r.randint(35, 50)))
    a = doc_group_letter(r, f)
    f["mid"] = f["mid"].replace(" ", "")
    a[1]["fields"]["member_id"] = f["mid"]
    b = doc_hopd_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ------------------------------------------------------------------ 2: upheld appeal, ruled boxes (photocopy)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarind Health Insurance Company"
    mid, grp = f"TH{r.digits(9)}", f"{r.letters(3)}{r.digits(4)}"
    claim, appeal = f"{r.digits(11)}", f"APL-{r.digits(2)}-{r.digits(5)}"
    lines = rfa_lines(r, True)
    billed = sum(x[2] for x in lines)
    arecv = f["dos"] + dt.timedelta(days=r.randint(60, 80))
    notice = arecv + dt.timedelta(days=r.randint(20, 28))
    d = Page("TH-APL-0426  Appeal decision", margins=(16, 14, 16))
    d.add_page()
    d.text_line("TAMARIND HEALTH", 16, "B", h=8)
    d.text_line(f"{ins}  -  Member Appeals  -  PO Box 441, Carraway, OH 43215", 8.4, h=4.5)
    d.ln(3)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 12.5, "B", h=7)
    d.boxes([("Date of decision", fmt_date(notice, "upper"), 40), ("Appeal number", appeal, 40),
             ("Claim number", claim, 40), ("Appeal received", fmt_date(arecv, "upper"), 40)], h=12)
    d.boxes([("Member", f["member"], 56), ("Member ID", mid, 44), ("Group", grp, 30),
             ("Date of birth", fmt_date(f["dob"], "upper"), 30)], h=12)
    d.boxes([("Rendering provider", f["doc"], 56), ("Date of service", fmt_date(f["dos"], "upper"), 40),
             ("Amount billed", fmt_money(billed), 32), ("Decision", "UPHELD", 32)], h=12)
    d.ln(5)
    d.text_line("Services appealed", 10, "B", h=6)
    d.table(["CPT", "Description", "Charge"], [[c, s, fmt_money(a)] for c, s, a in lines], [22, 110, 30],
            size=8.8, aligns="LLR")
    d.text_line("Reason for our decision", 10, "B", h=6)
    d.para("An otolaryngologist who was not involved in the first decision reviewed your appeal, the operative note "
           "and the ultrasound reports (two nodules, 18 mL and 9 mL). Radiofrequency ablation of benign thyroid "
           "nodules remains investigational under Tamarind medical policy 2026-END-31: evidence on long-term "
           "regrowth and retreatment is limited. The plan's exclusion of experimental and investigational "
           "services applies, and the denial of the claim is upheld.", 9.6)
    d.text_line("What you can do next", 10, "B", h=6)
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months after you receive this letter. If your situation is urgent, an expedited "
           "external review is decided within 72 hours. You may also bring a civil action under ERISA section "
           "502(a).", 9.6)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              denial_alternates=["not_covered"], alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: three-claim EOB (scan clean)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brackenridge Health Alliance"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}", f"{r.digits(5)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 34))
    c1, c2, c3 = f"B{r.digits(10)}", f"B{r.digits(10)}", f"B{r.digits(10)}"
    d0 = f["dos"] - dt.timedelta(days=r.randint(12, 25))
    claims = [(c1, d0, GROUP, [("99214", "Office visit, est.", float(r.randint(210, 290)))], False),
              (c2, d0, f"{HOSP} Imaging", [("76536", "Ultrasound, neck/thyroid", float(r.randint(380, 520)))],
               False),
              (c3, f["dos"], f["doc"], rfa_lines(r, False), True)]
    d = Page("Brackenridge Health Alliance  ·  Explanation of Benefits  ·  Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Brackenridge Health Alliance", 16, "B", h=8)
    d.text_line(f"Explanation of Benefits  -  THIS IS NOT A BILL  -  Member Services {f['ph']}", 8.6, h=4.5)
    d.rule(0.5, 3)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "dmy")), ("Member", f["member"]), ("Member no.", mid),
           ("Group no.", grp)], x=112, lw=32, size=8.8, h=4.8)
    d.ln(6)
    rows = []
    den_total = 0.0
    for c, day, prov, ls, denied in claims:
        rows.append([f"*Claim {c}  -  {prov}", "", "", "", "", "", ""])
        for code, desc, amt in ls:
            if denied:
                rows.append([fmt_date(day, "dmy"), code, desc, fmt_money(amt), "0.00", fmt_money(amt), "RX4"])
                den_total += amt
            else:
                al = round(amt * 0.62, 2)
                rows.append([fmt_date(day, "dmy"), code, desc, fmt_money(amt), fmt_money(round(al * 0.8, 2)),
                             fmt_money(round(al * 0.2, 2)), "PD"])
        rows.append(["", "", "Claim total", fmt_money(sum(x[2] for x in ls)), "", "", ""])
    d.table(["Service", "Code", "Description", "Charged", "Plan paid", "You owe", "Note"], rows,
            [24, 14, 62, 24, 22, 22, 14], size=8.2, aligns="LLLRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("PD  Paid at the in-network benefit after deductible.\nRX4  Radiofrequency ablation of thyroid nodules is "
           "investigational and is not a covered benefit (medical policy BHA-MP-207). The provider may bill you "
           "for this service only if you agreed in writing before the service.", 8.6)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You may request an appeal within 180 days of the date of this statement by writing to Brackenridge "
           "Appeals, PO Box 7700, Fallowfield, WI 53703. Expedited appeals for urgent care are decided within "
           f"72 hours. Provider NPI for claim {c3}: {f['npi']}.", 8.6)
    t = truth("eob", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c3], claim_amount=m2(den_total), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["doc"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: MA notice of denial (CMS-10003 style), rotated
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1940, 1959), r.randint(1, 12), r.randint(1, 28))
    ins = "Silverbay Health Plans, Inc."
    planname = "Silverbay Senior Advantage (HMO)"
    mid = f"{r.letters(1)}{r.digits(8)}"
    case = f"ODR{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(8, 16))
    d = Page("Form CMS-10003-NDMCP  OMB Approval 0938-0829          H" + r.digits(4) + "_ND26_C", margins=(20, 16, 20))
    d.add_page()
    d.text_line(planname, 12, "B", h=6)
    d.text_line(f"{ins}  ·  PO Box 3340, Merrow Bay, FL 32401  ·  1-855-{r.digits(3)}-{r.digits(4)} (TTY 711)", 8.4,
                h=4.5)
    d.ln(6)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(3)
    kv(d, [("Date:", fmt_date(notice, "mdy_nopad")), ("Member number:", mid), ("Name:", f["member"]),
           ("Case number:", case)], lw=40, size=10, h=6)
    d.ln(4)
    d.para(f"Your request was received on {fmt_date(notice - dt.timedelta(days=6), 'mdy_nopad')}. We have DENIED the "
           f"medical services/items listed below requested by you or your doctor, {f['doc']}: radiofrequency "
           "ablation of two benign thyroid nodules (CPT 60660, 60661) with ultrasound guidance, planned for "
           f"{fmt_date(f['dos'], 'mdy_nopad')}.", 10)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para("Medicare covers services that are reasonable and necessary. Radiofrequency ablation of benign thyroid "
           "nodules is considered investigational: there is no national coverage determination and the local "
           "coverage article for your area lists it as not proven safe and effective. Surgery to remove the "
           "affected thyroid lobe is covered and your doctor may request it.", 10)
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6)
    d.para("You have the right to ask Silverbay Senior Advantage (HMO) to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 calendar days of the date of this notice. If you ask for an appeal "
           "after 65 days of the date of this notice, you must explain why your appeal is late.", 10)
    d.text_line("If your health could be seriously harmed by waiting", 10.5, "B", h=6)
    d.para("You can ask for a fast appeal: we will decide within 72 hours. A doctor may ask for it for you.", 10)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'mdy_nopad')}.  Requesting provider NPI: {f['npi']}.", 8.6)
    t = truth("denial_letter", "experimental", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[case], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["medical_necessity", "not_covered"],
              alternates={"insurer": [planname], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: paid lobectomy EOB (phone photo)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Mutual Health Plan"
    mid, grp, plan = f"NGM{r.digits(9)}", f"{r.digits(6)}-{r.letters(1)}", f"PPO-{r.digits(3)}"
    claim = f"{r.digits(3)}{r.letters(2)}{r.digits(6)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    lines = [("60220", "Thyroid lobectomy, unilateral", float(r.randint(4200, 5600))),
             ("88305", "Surgical pathology", float(r.randint(180, 260)))]
    billed = sum(x[2] for x in lines)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Northgate Mutual Health Plan", 14, "B", h=7)
    d.text_line("Claim summary  ·  this is not a bill", 9, h=5)
    d.ln(3)
    kv(d, [("Issued", iso(stmt)), ("Patient", f["member"]), ("Member ID", mid), ("Group", grp), ("Plan", plan),
           ("Claim", claim), ("Surgeon", f["doc"]), ("Facility", HOSP), ("Received", iso(stmt - dt.timedelta(days=12)))],
       lw=30, size=9.4, h=5.4)
    d.ln(3)
    rows = []
    for code, desc, amt in lines:
        al = round(amt * 0.55, 2)
        rows.append([iso(f["dos"]), code, desc, fmt_money(amt), fmt_money(al), fmt_money(round(al * 0.9, 2)),
                     fmt_money(round(al * 0.1, 2))])
    rows.append(["*Total", "", "", fmt_money(billed), "", "", ""])
    d.table(["Date", "CPT", "Service", "Billed", "Allowed", "Paid", "Your share"], rows, [24, 14, 52, 22, 22, 22, 22],
            size=8.4, aligns="LLLRRRR")
    d.para("Your surgeon was paid. Your share is your 10% coinsurance. Deductible met for 2026. If you disagree with "
           "how we handled this claim, you can ask for a review within 180 days after you receive this summary.", 9)
    t = truth("eob", None, insurer=ins, plan_id=plan, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["doc"], type_alternates=["other"], alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: lobectomy approval (scan low-res)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarind Health Insurance Company"
    mid, grp = f"TH{r.digits(9)}", f"{r.letters(3)}{r.digits(4)}"
    auth = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(10, 20))
    d = Page("Tamarind Health  ·  Prior Authorization  ·  {p}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Tamarind Health Insurance Company", 13, "B", h=7)
    d.text_line("Prior Authorization Services  ·  PO Box 440, Carraway, OH 43215", 8.6, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(6)
    d.text_line("Your surgery has been approved", 12, "B", h=7)
    d.para(f"Good news. We approved the request from {f['doc']} for a right thyroid lobectomy (CPT 60220) at "
           f"{HOSP}, planned for {fmt_date(f['dos'], 'abbr')}. Authorization number {auth} is valid for 90 days "
           "from the planned date. Member ID: " + mid + ". Group: " + grp + ".", 10)
    d.para("An earlier request for radiofrequency ablation of the same nodule was not approved because that "
           "treatment is investigational; this approval is for the surgery only. Your usual deductible and "
           "coinsurance apply. If the surgery is moved to another facility, your surgeon must tell us.", 10)
    d.para(f"Questions? Call Member Services at {f['ph']}.", 10)
    d.para("Prior Authorization Services\nTamarind Health Insurance Company", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth.replace(" ", "")], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["doc"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "bd_preservice", "born_digital"), (2, doc_upheld, "copy_upheld", "photocopy"),
              (3, doc_eob, "scan_eob", "scan_clean_300"), (4, doc_ma_notice, "rot_ma_notice", "rotated"),
              (5, doc_paid_eob, "photo_paid", "phone_photo"), (6, doc_approval, "low_approval", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
