"""Family 'alcohol_withdrawal_inpatient_detox_level_of_care_denial': hospital inpatient withdrawal management
(H0009 acute detox, rev 0116 detox room and board) days denied after day 2 as treatable at a lower level of care
(ambulatory or residential withdrawal management, H0010 / ASAM 2-WM or 3.7-WM).

Documents: a two-page Medicaid MCO notice of adverse benefit determination (facts in sentences, running header,
fair hearing and continuation limits as decoys); a fine-fax stack of a cover sheet, a behavioral-health manager's
concurrent-review fax form and the hospital's itemized statement; a three-claim EOB (ED visit and attending
physician paid, the facility claim partly denied, "after you receive" appeal wording); a plan's response to a
mental-health parity complaint forwarded by the state insurance department (upheld, external review only); a
phone photo of a residential withdrawal-management approval (boxed form); a sideways upheld first-level appeal
with a grey sidebar; a low-resolution employer-plan notice in the DOL model layout.

Decoys: DOB, NPIs, CIWA-Ar scores, patient account numbers, DOI complaint file numbers, approved days, the paid
claims, plan-paid / you-owe amounts, 72-hour, fair-hearing, continuation and external-review limits. All values
invented (insurers, hospitals, people, IDs).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "alcohol_withdrawal_inpatient_detox_level_of_care_denial"
LANG = "en"
SEED = 305500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def up(x: dt.date) -> str:
    return f"{x.day} {x.strftime('%b').upper()} {x.year}"


def phone(r: Rand) -> str:
    return f"({r.choice(['555', '556'])}) {r.digits(3)}-{r.digits(4)}"


def stay(r: Rand) -> dict:
    person, first, mid, last = r.person()
    admit = dt.date(2026, 1, 5) + D(days=r.randint(0, 150))
    los = r.randint(5, 6)
    return dict(member=person, first=first, mid=mid, last=last, addr=r.address(), admit=admit,
                disch=admit + D(days=los - 1), den0=admit + D(days=2), den1=admit + D(days=los - 1),
                dob=dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                ph=r.phone(), los=los)


def lines_stay(r: Rand, f: dict) -> list[list]:
    """Itemised hospital lines per day: (date, rev, code, description, amount)."""
    room = float(r.randint(1850, 2600))
    out = [[f["admit"], "0450", "99285", "Emergency dept visit, high severity", float(r.randint(1400, 2300))]]
    for i in range(f["los"]):
        day = f["admit"] + D(days=i)
        out.append([day, "0116", "H0009", "Detox room & board / acute withdrawal mgmt", room])
        if i < 3:
            out.append([day, "0250", "J1940", "Pharmacy - lorazepam / thiamine", float(r.randint(60, 240))])
        if i in (0, 2):
            out.append([day, "0300", "80053", "Lab - comprehensive metabolic panel", float(r.randint(120, 310))])
    return out


# ------------------------------------------------------------------ 0: Medicaid MCO notice (born digital, 2 pp)
def doc_mco_notice(r: Rand) -> tuple[bytes, dict]:
    f = stay(r)
    ins = "Keelwater Community Health Plan"
    hosp = "Larchmont Valley Hospital"
    doc_ = "Dr. Oksana T. Bellweather"
    mcd = f"{r.digits(9)}{r.letters(1)}"
    plan = f"KCHP-MCD-{r.digits(2)}"
    auth = f"UM{r.digits(8)}"
    notice = f["den0"] + D(days=1)
    d = Page(foot="KCHP-NABD-WM (rev. 2025)   Page {p} of {n}",
             header=f"Notice of Adverse Benefit Determination  |  {f['member']}  |  Medicaid ID {mcd}")
    d.add_page()
    d.text_line("Keelwater Community Health Plan", 15, "B", h=7)
    d.text_line("A Medicaid managed care plan  ·  88 Foundry Row, Suite 300, Erie, PA 16501", 8.6, h=4.5)
    d.text_line(f"Member Services {f['ph']} (TTY 711)  ·  Utilization Management fax {phone(r)}", 8.6, h=4.5)
    d.ln(7)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.text_line(f"Medicaid ID: {mcd}      Plan: {plan}      Date of birth: {fmt_date(f['dob'], 'slash')}", 9.2, h=5)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10.2)
    d.para(f"You were admitted to {hosp} on {fmt_date(f['admit'], 'long')} for inpatient withdrawal management "
           f"(medically managed detoxification, H0009, revenue code 0116). {doc_}, your attending physician, asked "
           f"us to approve more hospital days. We reviewed this request under reference number {auth}.", 10.2)
    d.para(f"We approved the first two days, {fmt_date(f['admit'], 'long')} and "
           f"{fmt_date(f['admit'] + D(days=1), 'long')}. We are denying the inpatient days from "
           f"{fmt_date(f['den0'], 'long').split(',')[0]} through {fmt_date(f['den1'], 'long')}.", 10.2)
    d.text_line("Why we made this decision", 10.8, "B", h=6)
    d.para("Your medical records show that after the second day your withdrawal symptoms were mild and stable: your "
           "CIWA-Ar scores stayed under 8 for more than 24 hours, you had no seizures or hallucinations, and your "
           "vital signs were normal without extra medicine. Using ASAM criteria (dimension 1), you no longer needed "
           "24-hour hospital nursing and physician care. Your care could be given safely at a lower level of care, "
           "such as ambulatory withdrawal management with extended on-site monitoring (ASAM level 2-WM) or a "
           "clinically managed residential program. This decision is about where the care is given; it is not a "
           "decision that you did not need treatment for alcohol withdrawal.", 10.2)
    d.para("We used the plan's Behavioral Health Level of Care Guidelines, section WM-3. You may ask for a free copy "
           "of these guidelines and of every document we used to make this decision.", 10.2)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("If you disagree, you or someone you choose (a friend, relative, provider or lawyer) may ask us for an "
           "appeal. You must ask within 60 days of the date of this notice. Call Member Services or write to "
           "Keelwater Community Health Plan, Appeals Unit, 88 Foundry Row, Erie, PA 16501.", 10.2)
    d.para("Fast appeal: if waiting could seriously harm your health, ask for a fast appeal. We will decide within "
           "72 hours.", 10.2)
    d.text_line("State fair hearing", 11, "B", h=6.5)
    d.para("After our appeal decision, if you still disagree, you may ask for a State fair hearing within 120 days "
           "of the date of our appeal decision letter. You may represent yourself or have a lawyer, relative or "
           "friend speak for you. Legal aid offices can help at no cost.", 10.2)
    d.text_line("Continuing your services", 11, "B", h=6.5)
    d.para("If you ask for an appeal within 10 days of the date of this notice, you may keep getting the denied "
           "service while your appeal is decided. If the appeal is not decided in your favor, you may have to pay "
           "for the services you received while it was pending.", 10.2)
    d.para(f"Hospital NPI: {f['npi']}.  This notice was also sent to {hosp} and to {doc_}.", 9)
    d.para("Sincerely,\nBehavioral Health Utilization Management\nKeelwater Community Health Plan", 10.2)
    t = truth("denial_letter", "level_of_care", insurer=ins, plan_id=plan, member_id=mcd, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["den0"], f["den1"])], denial_date=iso(notice),
              provider=hosp, appeal_deadline=iso(notice + D(days=60)),
              alternates={"provider": [doc_.replace("Dr. ", "")], "plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: concurrent review + statement
def doc_concurrent_fax(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Ardent Shore Behavioral Health Management"
    plan = "Halvorsen Mutual Health"
    d = Page(foot="ASBHM concurrent review notice  -  confidential  -  {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(0, 0, 0)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 9, "  ARDENT SHORE  |  CONCURRENT REVIEW DETERMINATION", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins} for {plan}  -  UR line {phone(r)}  -  fax {phone(r)}", 8.2,
                h=5)
    d.ln(2)
    d.boxes([("Sent", fmt_date(f["rev"], "dmy") + " 16:42", 40), ("To (facility)", f["hosp"], 80),
             ("Attn", "Utilization Review / Case Mgmt", 62)], h=12)
    d.boxes([("Patient", f"{f['last'].upper()}, {f['first'].upper()} {f['mid']}", 58),
             ("Subscriber no.", f["mid_no"], 42), ("Employer grp", f["grp"], 34),
             ("Patient DOB", fmt_date(f["dob"], "dmy"), 48)], h=12)
    d.boxes([("Review ref", f["ref"], 44), ("Review type", "Concurrent (day 3)", 40),
             ("Admit", fmt_date(f["admit"], "dmy"), 32), ("Attending", f["att"], 66)], h=12)
    d.ln(4)
    d.text_line("DETERMINATION", 10.5, "B", h=6)
    d.table(["Level of care", "Code", "From", "Through", "Outcome"],
            [["Inpatient withdrawal mgmt (4-WM)", "0116/H0009", fmt_date(f["admit"], "dmy"),
              fmt_date(f["admit"] + D(days=1), "dmy"), "CERTIFIED (2 days)"],
             ["Inpatient withdrawal mgmt (4-WM)", "0116/H0009", fmt_date(f["den0"], "dmy"),
              fmt_date(f["den1"], "dmy"), "NOT CERTIFIED"],
             ["Residential withdrawal mgmt (3.7-WM)", "H0010", "-", "-", "Offered as alternative"]],
            [62, 24, 28, 28, 40], size=8.4, border_head="TB")
    d.text_line("Rationale", 10, "B", h=5.5)
    d.para("Reviewed by the physician advisor after a peer-to-peer call with the attending. Day-3 documentation: "
           "CIWA-Ar 4-6, no IV medication, tolerating oral intake, no delirium. The patient does not meet criteria "
           "for continued medically managed inpatient withdrawal management; needs can be met at a lower level of "
           "care (residential or ambulatory withdrawal management). Days beyond the certified days are the "
           "facility's liability unless overturned on appeal.", 9)
    d.text_line("Appeal", 10, "B", h=5.5)
    d.para("Expedited appeal: call the UR line within 72 hours; we decide within 72 hours. Standard appeal: "
           "submit in writing within 180 days of the date of this notice to ASBHM Appeals, PO Box 4471, Macon, "
           "GA 31201. The member keeps the right to an external review after the internal appeal.", 9)
    d.para(f"Facility NPI {f['npi']}   Pages: 1   This transmission contains PHI.", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=f["grp"], member_id=f["mid_no"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[iso(f["den0"], f["den1"])],
              denial_date=iso(f["rev"]), provider=f["hosp"], appeal_deadline=iso(f["rev"] + D(days=180)),
              alternates={"insurer": [plan], "provider": [f["att"]]})
    return pdf_bytes(d), t


def doc_hospital_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    acct = f"{r.digits(3)}-{r.digits(6)}"
    stmt = f["disch"] + D(days=r.randint(35, 50))
    lines = lines_stay(r, f)
    total = sum(x[4] for x in lines)
    paid = round(sum(x[4] for x in lines if x[0] < f["den0"]) * 0.71, 2)
    d = Page(foot="St. Anselm Medical Center  -  itemized statement  -  page {p} of {n}", margins=(16, 12, 16))
    d.add_page()
    d.text_line(f["hosp"].upper(), 15, "B", h=7.5)
    d.text_line("Patient Financial Services  -  2100 Abbey Road, Duluth, MN 55802  -  " + phone(r), 8.4, h=4.6)
    d.rule(0.6, 3)
    d.text_line("ITEMIZED STATEMENT OF HOSPITAL CHARGES", 11.5, "B", h=6.5)
    y = d.get_y()
    for lab, val in [("Guarantor / patient", f["member"]), ("Account #", acct),
                     ("Admitted", fmt_date(f["admit"], "slash")), ("Discharged", fmt_date(f["disch"], "slash"))]:
        d.font(8.8, "B")
        d.cell(38, 4.9, lab)
        d.font(8.8)
        d.cell(50, 4.9, val, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(stmt, "slash")), ("Primary payer", "Halvorsen Mutual Health"),
                     ("Payer claim", f["claim"]), ("Policy / ID", f["mid_no"])]:
        d.set_x(112)
        d.font(8.8, "B")
        d.cell(30, 4.9, lab)
        d.font(8.8)
        d.cell(50, 4.9, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = [[fmt_date(x[0], "slash"), x[1], x[2], x[3], fmt_money(x[4], "nosign")] for x in lines]
    rows.append(["*Total charges", "", "", "", fmt_money(total, "nosign")])
    rows.append(["", "", "", "Payment - Halvorsen Mutual Health", "-" + fmt_money(paid, "nosign")])
    rows.append(["*Patient balance", "", "", "", fmt_money(total - paid, "nosign")])
    d.table(["Date", "Rev", "HCPCS/CPT", "Description", "Charge"], rows, [24, 14, 22, 96, 26], size=7.9,
            aligns="LLLLR", row_h=4.6)
    d.para(f"Your insurer did not certify inpatient days {fmt_date(f['den0'], 'slash')} - "
           f"{fmt_date(f['den1'], 'slash')}. The hospital has filed an appeal; we will not ask you to pay the "
           "balance for those days while the appeal is open. Financial assistance is available - ask for an "
           "application within 240 days of your first statement.", 8.8)
    t = truth("other", None, member_id=f["mid_no"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(total), service_dates=[iso(f["admit"], f["disch"])], denial_date=iso(stmt),
              provider=f["hosp"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "service_dates": [[iso(f["den0"], f["den1"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = stay(r)
    f.update(hosp="St. Anselm Medical Center", att="Dr. Raymond V. Castellanos", mid_no=f"HMH{r.digits(9)}",
             grp=f"{r.digits(6)}-{r.letters(1)}", ref=f"CR-{r.digits(4)}-{r.digits(5)}", claim=f"{r.digits(13)}",
             rev=f["admit"] + D(days=2))
    a = doc_concurrent_fax(r, f)
    b = doc_hospital_statement(r, f)
    return Item(f"{FAMILY}_fax_review_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ------------------------------------------------------------------ 2: three-claim EOB (scan clean)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = stay(r)
    ins = "Tamarack Federated Health"
    hosp = "Pinegrove Regional Hospital"
    mid, grp = f"TFH {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(5)}"
    stmt = f["disch"] + D(days=r.randint(24, 36))
    c1, c2, c3 = (f"{r.digits(2)}-{r.digits(8)}" for _ in range(3))
    mdy = lambda x: x.strftime("%m/%d/%y")  # noqa: E731
    room = float(r.randint(1900, 2500))
    ed = float(r.randint(1300, 2100))
    phys = float(r.randint(420, 690))
    paid_days, den_days = 2, (f["den1"] - f["den0"]).days + 1
    hosp_billed = room * (paid_days + den_days)
    d = Page(foot="Tamarack Federated Health  ·  Explanation of Benefits  ·  This is not a bill  ·  {p} of {n}",
             margins=(14, 12, 14))
    d.add_page()
    d.text_line("Tamarack Federated Health", 16, "B", h=8)
    d.text_line(f"Claims Office  ·  PO Box 7712, Lubbock, TX 79401  ·  {f['ph']}", 8.4, h=4.5)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS  -  this is not a bill", 11.5, "B", h=6.5)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for lab, val in [("Processed on", fmt_date(stmt, "abbr")), ("Covered person", f["member"]),
                     ("Member number", mid), ("Group", grp), ("Plan", "Tamarack Choice PPO 2500")]:
        d.set_x(112)
        d.font(8.8)
        d.cell(32, 4.9, lab + ":")
        d.font(8.8, "B")
        d.cell(50, 4.9, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    head = ["Service dates", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"]
    w = [38, 58, 20, 20, 20, 18, 12]
    for cl, prov, rows, note in [
        (c1, hosp + " (emergency)", [[mdy(f["admit"]), "ED visit 99285", ed, round(ed * .6, 2), round(ed * .48, 2),
                                      round(ed * .12, 2), ""]], "paid"),
        (c3, "Dr. Lucinda F. Marchetti (attending)", [[mdy(f["admit"]), "Admit H&P 99223", phys,
                                                       round(phys * .7, 2), round(phys * .56, 2),
                                                       round(phys * .14, 2), ""]], "paid"),
        (c2, hosp + " (inpatient)", [[f"{mdy(f['admit'])}-{mdy(f['admit'] + D(days=1))}",
                                      "Rev 0116 detox x2 days", room * 2, round(room * 2 * .62, 2),
                                      round(room * 2 * .5, 2), round(room * 2 * .12, 2), ""],
                                     [f"{mdy(f['den0'])}-{mdy(f['den1'])}", f"Rev 0116 detox x{den_days} days",
                                      room * den_days, 0.0, 0.0, 0.0, "L47"]], "partly denied")]:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {cl}  -  {prov}  -  {note}", new_x="LMARGIN", new_y="NEXT")
        tb = sum(x[2] for x in rows)
        body = [[x[0], x[1]] + [fmt_money(v, "nosign") for v in x[2:6]] + [x[6]] for x in rows]
        body.append(["*Claim total", "", fmt_money(tb, "nosign"), fmt_money(sum(x[3] for x in rows), "nosign"),
                     fmt_money(sum(x[4] for x in rows), "nosign"), fmt_money(sum(x[5] for x in rows), "nosign"), ""])
        d.table(head, body, w, size=7.8, aligns="LLRRRRL", head_fill=True)
    d.text_line("Note codes", 9.5, "B", h=5.5)
    d.para("L47  Inpatient withdrawal management after the second day was not medically necessary at the hospital "
           "level of care. The records show stable, mild withdrawal that could have been treated in a residential "
           "or outpatient withdrawal program. The hospital may not bill you for these days under its network "
           "contract.", 8.6)
    d.para("Appeals: you or your provider may appeal within 180 days after you receive this explanation. Include "
           "the claim number and any records. Urgent appeals are decided within 72 hours. You may also have a right "
           f"to an independent external review. Hospital NPI {f['npi']}.", 8.6)
    t = truth("eob", "level_of_care", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(hosp_billed),
              service_dates=[iso(f["den0"], f["den1"])], denial_date=iso(stmt), provider=hosp,
              denial_alternates=["medical_necessity"], alternates={"plan_id": ["Tamarack Choice PPO 2500"],
                                                                   "claim_amount": [m2(room * den_days)]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: parity complaint response (photocopy)
def doc_parity(r: Rand) -> tuple[bytes, dict]:
    f = stay(r)
    pat, pfirst, pmid, plast = r.person()
    sub = f["member"]
    ins = "Wexford Lakes Health Insurance Company"
    hosp = "Brightwater Recovery Hospital"
    mid = f"WLH-{r.digits(7)}-02"
    claim = f"{r.digits(4)}{r.letters(2)}{r.digits(5)}"
    grv = f"GRV-{r.digits(6)}"
    doi = f"DOI-{r.digits(2)}-{r.digits(5)}"
    billed = r.amount(9000, 15000)
    letter = f["disch"] + D(days=r.randint(70, 95))
    d = Page(foot="Wexford Lakes Health Insurance Company - Grievance and Parity Office", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Wexford Lakes Health Insurance Company", 13.5, "B", h=7)
    d.text_line("Grievance and Parity Office  ·  500 Marina Parkway, Bangor, ME 04401", 8.8, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(letter, "long"), 10, h=6)
    d.ln(2)
    for ln in [sub, *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Our file: {grv}\nState Bureau of Insurance file: {doi}", 9.5, gap=4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"The State Bureau of Insurance forwarded to us the complaint you filed on behalf of your son, "
           f"{pat}, member number {mid}. You told the Bureau that our denial of part of his stay at {hosp} "
           "treats substance use care more strictly than medical and surgical care, which the Mental Health "
           "Parity and Addiction Equity Act does not allow.", 10)
    d.para(f"{pat} was admitted for alcohol withdrawal on {fmt_date(f['admit'], 'long')} and discharged on "
           f"{fmt_date(f['disch'], 'long')}. The hospital billed {fmt_money(billed)} for the stay under claim "
           f"{claim}. We paid the first two days. We denied the days from "
           f"{fmt_date(f['den0'], 'long').split(',')[0]} through {fmt_date(f['den1'], 'long')} because "
           "his records showed he could have been treated safely in a residential or outpatient withdrawal "
           "program; the hospital setting was no longer needed.", 10)
    d.para("We compared how we review inpatient days for withdrawal management with how we review inpatient days "
           "for medical conditions such as heart failure or pneumonia. Both use nationally recognized level-of-"
           "care criteria, the same concurrent review schedule (a review on day 3 and every 2 days after), the "
           "same physician reviewers' qualifications and the same peer-to-peer option. We did not find a stricter "
           "rule for substance use care. Our comparative analysis is enclosed.", 10)
    d.para("For these reasons our decision stands and the denied days remain unpaid. Under the hospital's "
           "network agreement, your son cannot be billed for them.", 10)
    d.para("This completes our internal review. If you disagree, you may ask for an independent external review "
           "within 4 months of the date of this letter, or contact the Bureau again. We will send the complete "
           "claim file free of charge on request.", 10)
    d.para("Sincerely,\n\nParity Compliance Officer\nWexford Lakes Health Insurance Company", 10)
    t = truth("denial_letter", "level_of_care", insurer=ins, member_id=mid, member_name=pat,
              case_numbers=[claim, grv], claim_amount=billed, service_dates=[iso(f["den0"], f["den1"])],
              denial_date=iso(letter), provider=hosp, type_alternates=["other"],
              alternates={"case_numbers": [[claim, grv, doi], [claim]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: residential WM approval (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = stay(r)
    ins = "Meridale Health Partners"
    prov = "Cedar Hollow Residential Recovery"
    mid, grp = f"M{r.digits(10)}", f"GR{r.digits(4)}"
    auth = f"A{r.digits(3)}-{r.digits(4)}-{r.digits(2)}"
    start = f["den0"]
    end = start + D(days=r.randint(4, 6))
    dec = start - D(days=1)
    d = Page(foot=None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("MERIDALE", 20, "B", h=9)
    d.text_line("Health Partners  ·  Care Management  ·  " + f["ph"], 9, h=5)
    d.ln(4)
    d.text_line("Authorization Confirmation - Behavioral Health", 12.5, "B", h=7)
    d.ln(1)
    d.boxes([("Decision date", fmt_date(dec, "iso"), 36), ("Authorization no.", auth, 42),
             ("Status", "APPROVED", 30), ("Urgency", "Urgent concurrent", 36)], h=12)
    d.boxes([("Member", f["member"], 60), ("Member no.", mid, 40), ("Group", grp, 26), ("DOB", fmt_date(f["dob"], "iso"),
             18 + 6)], h=12)
    d.boxes([("Facility / servicing provider", prov, 82), ("Level", "Residential WM (3.7-WM)", 62)], h=12)
    d.boxes([("Service", "H0010 sub-acute detox", 52), ("Approved from", fmt_date(start, "iso"), 32),
             ("Approved through", fmt_date(end, "iso"), 34), ("Units (days)", str((end - start).days + 1), 26)],
            h=12)
    d.ln(5)
    d.para(f"We approved the request from {prov} for residential withdrawal management after your discharge from "
           "the hospital. Further days need a new review before the last approved day. This approval is not a "
           "guarantee of payment; benefits depend on your eligibility and plan terms on the date of service.", 9.5)
    d.para("Questions? Call Care Management. If a request is ever denied, your notice will explain your appeal "
           "rights.", 9.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(start, end)], denial_date=iso(dec), provider=prov,
              alternates={"service_dates": [[iso(start)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: upheld appeal with sidebar (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = stay(r)
    ins = "Greyfield Health Plan"
    hosp = "Holloway Springs Medical Center"
    mid, grp = f"GHP{r.digits(8)}", f"{r.digits(4)}-{r.digits(4)}"
    claim, appeal = f"{r.digits(12)}", f"AP{r.digits(7)}"
    billed = r.amount(8000, 14000)
    letter = f["disch"] + D(days=r.randint(50, 70))
    d = Page(foot="Greyfield Health Plan  ·  Member Appeals  ·  {p}", margins=(70, 16, 16))
    d.add_page()
    d.set_fill_color(228, 228, 228)
    d.rect(0, 0, 60, 279.4, style="F")
    y = 20
    d.set_xy(6, y)
    d.font(13, "B")
    d.multi_cell(50, 6, "Greyfield\nHealth Plan")
    y = d.get_y() + 8
    for lab, val in [("Letter date", up(letter)), ("Appeal", appeal), ("Claim", claim),
                     ("Member", f["member"]), ("ID", mid), ("Group", grp),
                     ("Stay", f"{up(f['admit'])} -\n{up(f['disch'])}"),
                     ("Amount billed", fmt_money(billed, "plain"))]:
        d.set_xy(6, y)
        d.font(7, "B")
        d.cell(50, 4, lab.upper())
        d.set_xy(6, y + 4)
        d.font(9)
        d.multi_cell(50, 4.6, val)
        y = d.get_y() + 3
    d.set_xy(6, 236)
    d.font(7.5)
    d.multi_cell(50, 3.8, f"Appeals line\n{f['ph']}\nFax {phone(r)}")
    d.set_xy(70, 20)
    d.text_line("Appeal decision: denial upheld", 13, "B", h=7)
    d.ln(4)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"You appealed our decision not to pay for part of your inpatient stay at {hosp}. A board-certified "
           "addiction medicine physician who was not part of the first decision reviewed your appeal, the "
           "hospital records and the letter from your doctor.", 10)
    d.para(f"We are upholding the denial. We paid the stay through {fmt_date(f['admit'] + D(days=1), 'long')}. "
           f"The days from {fmt_date(f['den0'], 'long').split(',')[0]} through {fmt_date(f['den1'], 'long')} "
           "remain denied: by then your withdrawal was mild and your symptoms were controlled with oral "
           "medicine, so you could have continued care in a residential or outpatient withdrawal program. "
           "Inpatient hospital care was not the appropriate level of care for those days.", 10)
    d.para("What you can do next: you may ask for a second-level appeal within 60 days of the date of this letter. "
           "After that, you may ask for an external review by an independent review organization within 4 months "
           "of our final decision. If your plan is subject to ERISA, you may also bring a civil action under "
           "section 502(a).", 10)
    d.para(f"Hospital NPI {f['npi']}.  Your date of birth on file: {up(f['dob'])}.", 8.6)
    d.para("Member Appeals Department", 10)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim, appeal], claim_amount=billed,
              service_dates=[iso(f["den0"], f["den1"])], denial_date=iso(letter), provider=hosp,
              appeal_deadline=iso(letter + D(days=60)))
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: DOL model ABD, employer plan (low-res)
def doc_dol(r: Rand) -> tuple[bytes, dict]:
    f = stay(r)
    ins = "Northgate Claims Administration"
    plan = "Bellweather Logistics Employee Health Plan"
    hosp = "Quarry Hill Hospital"
    mid, grp = f"NCA-{r.digits(8)}", f"BWL{r.digits(3)}"
    claim = f"{r.digits(3)}{r.letters(1)}{r.digits(7)}"
    billed = r.amount(6000, 12000)
    notice = f["disch"] + D(days=r.randint(20, 30))
    d = Page(foot="Model notice of adverse benefit determination  -  Northgate Claims Administration  -  {p}/{n}",
             margins=(16, 12, 16))
    d.add_page()
    d.text_line("Northgate Claims Administration", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 9, h=4.8)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", align="C", h=7)
    d.text_line("Save this notice. You may need it to appeal.", 9, align="C", h=5)
    d.ln(2)
    rows = [("Date of notice", fmt_date(notice, "mdy_nopad")), ("Name of plan", plan), ("Claimant", f["member"]),
            ("Identification no.", mid), ("Group", grp), ("Claim no.", claim),
            ("Date of service", f"{fmt_date(f['admit'], 'mdy_nopad')} to {fmt_date(f['disch'], 'mdy_nopad')}"),
            ("Provider", hosp), ("Amount of claim", fmt_money(billed, "usd")),
            ("Dates not covered", f"{fmt_date(f['den0'], 'mdy_nopad')} to {fmt_date(f['den1'], 'mdy_nopad')}")]
    for lab, val in rows:
        d.font(9, "B")
        d.cell(48, 6.2, "  " + lab, border=1)
        d.font(9)
        d.cell(0, 6.2, "  " + val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Reason for adverse benefit determination", 10, "B", h=6)
    d.para("Denial code N-LOC2: inpatient care not needed at this level. The hospital days listed as not covered "
           "were for alcohol withdrawal management that could have been provided in a less intensive setting "
           "(ambulatory or residential withdrawal management). The first days of the stay were covered. Plan "
           "provision: Summary Plan Description, Article 6.4 (Substance Use Disorder Services - Level of Care).",
           9.2)
    d.text_line("Diagnosis and treatment codes", 10, "B", h=6)
    d.para("You may ask for the diagnosis and treatment codes and their meanings free of charge. A request for "
           "codes is not an appeal.", 9.2)
    d.text_line("Important information about your appeal rights", 10, "B", h=6)
    d.para("If you think this determination is wrong, you may file an internal appeal. You have 180 days from "
           "receipt of this notice to file. Urgent care appeals are decided within 72 hours. After the internal "
           "appeal you may ask for an external review within 4 months of the final determination. You may have "
           "the right to file a civil action under ERISA section 502(a). For help, contact the Employee Benefits "
           "Security Administration at 1-866-444-3272.", 9.2)
    t = truth("denial_letter", "level_of_care", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=billed,
              service_dates=[iso(f["den0"], f["den1"])], denial_date=iso(notice), provider=hosp,
              alternates={"insurer": [plan], "service_dates": [[iso(f["admit"], f["disch"])]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_mco_notice, "mco_notice", "born_digital"), (2, doc_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_parity, "parity_response", "photocopy"), (4, doc_approval, "residential_approval",
                                                                   "phone_photo"),
              (5, doc_upheld, "upheld_sidebar", "rotated"), (6, doc_dol, "dol_model_notice", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
