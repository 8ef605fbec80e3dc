"""Family 'dialysis_vascular_access_declot_site_of_service_denial': a clotted arteriovenous (AV) fistula or graft of
a hemodialysis patient opened (declotted: thrombectomy, CPT 36904/36905/36906, often with fistulagram and
angioplasty) in a hospital outpatient department, refused by the plan because the same care is covered at an
in-network office-based vascular access center: a site-of-service (setting) denial.

Documents: the plan's letter to the member (born digital, label column); a member EOB with three claims (the
dialysis unit's monthly claim and the nephrologist paid, the hospital outpatient declot denied; scan 300); a fine
fax stack (cover sheet, the utilization notice to the interventional nephrologist, and the approval of the same
procedure at the vascular access center); an upheld appeal decision in prose (photocopy); the hospital's
statement to the patient (phone photo, nothing denied); a sideways provider-facing notice with facts only in
sentences; a low-resolution provider remittance advice (several patients, one claim refused).

Decoys: DOB, dialysis start date, NPIs, tax ID, patient account numbers, received dates, claims-processing
periods, other claims, 72-hour expedited and external-review limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dialysis_vascular_access_declot_site_of_service_denial"
LANG = "en"
SEED = 335700
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLAN = "Cobalt Ridge Health Plan"
HOSP = "St. Brendan Regional Hospital"
VAC = "Riverbend Vascular Access Center"
DOCTORS = ["Priya K. Ramaswamy, MD", "Tobias L. Wexford, MD", "Adaeze N. Okafor, MD", "Gunnar P. Lindqvist, DO"]


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 15, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 140))
    doc = r.choice(DOCTORS)
    return dict(member=member, first=first, last=last, addr=r.address(), dos=dos, ph=phone(r),
                dob=dt.date(r.randint(1944, 1975), r.randint(1, 12), r.randint(1, 28)),
                hd_start=dt.date(r.randint(2018, 2024), r.randint(1, 12), r.randint(1, 28)), doc=doc,
                docname=doc.split(",")[0], npi=r.npi(), npi2=r.npi(), mid=f"CRH{r.digits(9)}",
                grp=f"G-{r.digits(5)}", claim=f"{r.digits(4)}{r.letters(1)}{r.digits(7)}")


def declot_lines(r: Rand) -> list[tuple[str, str, float]]:
    return [("36905", "Thrombectomy, dialysis circuit, with angioplasty", float(r.randint(4200, 6900)) + 0.5),
            ("C1725", "Catheter, balloon angioplasty", float(r.randint(600, 1400))),
            ("J1644", "Heparin sodium, per 1,000 units", round(r.uniform(20, 60), 2)),
            ("99152", "Moderate sedation, first 15 min", float(r.randint(280, 520)))]


def kv(d: Page, rows: list[tuple[str, str]], lw: float = 52, size: float = 10, h: float = 5.6):
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


# ------------------------------------------------------------------ 0: member letter, label column
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    letter = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    recv = f["dos"] + dt.timedelta(days=r.randint(3, 9))
    ls = declot_lines(r)
    total = round(sum(x[2] for x in ls), 2)
    ref = f"UM-{r.digits(8)}"
    dl = letter + dt.timedelta(days=180)
    d = Page(f"{PLAN}  |  CRH-ADV-0419 (rev. 01/2026)  |  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(PLAN.upper(), 17, "B", h=8)
    d.text_line(f"Utilization Management  ·  PO Box 4410, Pueblo, CO 81003  ·  Member Services {f['ph']}", 8.5, h=5)
    d.rule(0.6, 5)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Claim number:", f["claim"]),
           ("Review reference:", ref), ("Date of service:", fmt_date(f["dos"], "slash")),
           ("Facility:", f"{HOSP} (hospital outpatient)"), ("Treating physician:", f["doc"]),
           ("Amount billed:", fmt_money(total)), ("Claim received:", fmt_date(recv, "slash"))])
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para("We reviewed the claim for the procedure to clear a clot from your dialysis fistula (thrombectomy with "
           "balloon angioplasty, CPT 36905). The procedure itself was needed. We did not approve payment because "
           "of WHERE it was done.", 10.5)
    d.para(f"Reason: Our Site of Service policy for dialysis access procedures (policy VA-112) says that a "
           f"declotting procedure for a patient without signs of infection or bleeding is covered at an in-network "
           f"office-based vascular access center, such as {VAC}. The hospital outpatient setting is approved only "
           f"when the center is unavailable or your doctor documents a medical reason for the hospital. The records "
           f"we received did not show such a reason, so the hospital outpatient setting was not the appropriate "
           f"level of care.", 10.5)
    d.text_line("Your right to appeal", 11, "B", h=7)
    d.para(f"You or your doctor may appeal within 180 days of the date of this letter. We must receive your appeal "
           f"by {fmt_date(dl, 'long')}. If waiting could seriously harm your health, ask for an expedited appeal; "
           f"we decide those within 72 hours. After our final decision you may ask for an external review within "
           f"4 months.", 10.5)
    d.para(f"Hemodialysis since {fmt_date(f['hd_start'], 'slash')}. Physician NPI {f['npi']}.", 8.5)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"], ref], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(letter), provider=f["docname"],
              appeal_deadline=iso(dl), alternates={"provider": [HOSP], "case_numbers": [[f["claim"]]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: member EOB with three claims
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    stmt = f["dos"] + dt.timedelta(days=r.randint(25, 40))
    per_s = stmt - dt.timedelta(days=30)
    month1 = dt.date(f["dos"].year, f["dos"].month, 1)
    month2 = (month1 + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    ls = declot_lines(r)[:3]
    total = round(sum(x[2] for x in ls), 2)
    neph = f"{r.choice(['Desert Sky', 'Prairie', 'Bayside'])} Kidney Associates"
    unit = f"{r.choice(['Lantern Way', 'Juniper'])} Dialysis Center"
    c1, c2, c3 = f"E{r.digits(10)}", f"E{r.digits(10)}", f"E{r.digits(10)}"
    amt1, amt2 = float(r.randint(8200, 12900)), float(r.randint(310, 460))
    d = Page("Explanation of Benefits - this is not a bill - {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 15, "B", h=7)
    d.text_line("EXPLANATION OF BENEFITS", 11, "B", h=6)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 32), ("Member", f["member"], 46),
             ("Member ID", f["mid"], 34), ("Group", f["grp"], 22),
             ("Claims processed", f"{fmt_date(per_s, 'abbr')} - {fmt_date(stmt, 'abbr')}", 54)], value_size=9)
    d.ln(4)
    w = [40, 52, 22, 20, 20, 20, 12]
    head = ["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"]
    blocks = [(c1, unit, [(f"{fmt_date(month1, 'slash')}-{fmt_date(month2, 'slash')}", "Hemodialysis, monthly (13 tx)",
                           amt1, round(amt1 * 0.42, 2), round(amt1 * 0.42 * 0.9, 2), round(amt1 * 0.42 * 0.1, 2), "")]),
              (c2, neph, [(fmt_date(f["dos"] - dt.timedelta(days=9), "slash"), "ESRD physician services, month",
                           amt2, round(amt2 * 0.7, 2), round(amt2 * 0.7, 2), 0.0, "")]),
              (c3, HOSP, [(fmt_date(f["dos"], "slash"), f"{c} {desc[:24]}", b, 0.0, 0.0, 0.0, "SS4")
                          for c, desc, b in ls])]
    for num, prov, rows in blocks:
        d.set_fill_color(230, 230, 230)
        d.font(9, "B")
        d.cell(0, 6, f"Claim {num}   Provider: {prov}", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.table(head, [[a, b, fmt_money(c, "nosign"), fmt_money(e, "nosign"), fmt_money(g, "nosign"),
                        fmt_money(h, "nosign"), k] for a, b, c, e, g, h, k in rows], w, size=8, aligns="LLRRRRL")
        if len(rows) > 1:
            d.text_line(f"Claim total billed {fmt_money(sum(x[2] for x in rows))}", 8.5, "B", h=5)
            d.ln(2)
    d.text_line("Message codes", 10, "B", h=6)
    d.para("SS4  Site of service: this procedure is covered at an in-network office-based vascular access center. "
           "The hospital outpatient setting was not approved and is not the appropriate level of care. Because "
           "the hospital is in network, you do not owe these charges.", 9)
    dl = stmt + dt.timedelta(days=180)
    d.para(f"Appeals: you may appeal a claim decision within 180 days of the date of this statement. Expedited "
           f"reviews are decided within 72 hours. Member Services {f['ph']}.", 9)
    t = truth("eob", "level_of_care", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=HOSP, appeal_deadline=iso(dl))
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 2: fax stack - UM notice + approval at VAC
def item_stack(r: Rand) -> Item:
    f = base(r)
    notice = f["dos"] - dt.timedelta(days=r.randint(2, 5))
    recv = notice - dt.timedelta(days=1)
    req = f"PA{r.digits(9)}"
    d = Page("CRH UM Fax Notice  FORM UM-22  Page {p}")
    d.add_page()
    d.text_line(PLAN + " - Utilization Management", 13, "B", h=7)
    d.text_line(f"FAX TO: {f['docname']} / Renal Interventional Suite   FAX FROM: (555) 014-{r.digits(4)}", 9, h=5)
    d.rule(0.4, 4)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION - SITE OF SERVICE NOT APPROVED", 11, "B", h=7)
    kv(d, [("Notice date", fmt_date(notice, "dmy").upper()), ("Request #", req),
           ("Received", fmt_date(recv, "dmy").upper()), ("Patient", f"{f['last'].upper()}, {f['first'].upper()}"),
           ("Patient name", f["member"]), ("Member #", f["mid"]), ("DOB", fmt_date(f["dob"], "dmy").upper()),
           ("Requesting MD", f"{f['doc']}  NPI {f['npi']}"), ("Requested site", f"{HOSP} - outpatient"),
           ("Procedure", "36906 declot AV graft w/ stent; 36902 angioplasty"),
           ("Planned date", fmt_date(f["dos"], "dmy").upper())], lw=40, size=9.5, h=5.2)
    d.para(f"DETERMINATION: The procedure is approvable; the requested hospital outpatient site of service is NOT "
           f"approved. Criteria for the hospital setting (active bleeding, infection, failed center attempt, "
           f"anticoagulation reversal) were not documented. The service may be scheduled at {VAC}, which is in "
           f"network. Denial reason: level of care / site of service.", 9.5)
    dl = notice + dt.timedelta(days=60)
    d.para(f"A provider appeal may be filed within 60 days of this notice. A peer-to-peer discussion is available "
           f"within 5 business days; urgent reviews are completed within 72 hours.", 9.5)
    a = (pdf_bytes(d), truth("denial_letter", "level_of_care", insurer=PLAN, member_id=f["mid"],
                             member_name=f["member"], case_numbers=[req], service_dates=[iso(f["dos"])],
                             denial_date=iso(notice), provider=f["docname"], appeal_deadline=iso(dl),
                             denial_alternates=["prior_authorization"]))
    # approval at the center
    appr = notice + dt.timedelta(days=1)
    req2 = f"PA{r.digits(9)}"
    e = Page("CRH UM Fax Notice  FORM UM-21  Page {p}")
    e.add_page()
    e.text_line(PLAN + " - Utilization Management", 13, "B", h=7)
    e.text_line(f"FAX TO: {VAC} scheduling   CC: {f['docname']}", 9, h=5)
    e.rule(0.4, 4)
    e.text_line("AUTHORIZATION APPROVED", 12, "B", h=7)
    kv(e, [("Date", fmt_date(appr, "slash")), ("Authorization #", req2), ("Member", f["member"]),
           ("ID", f["mid"]), ("Ordering physician", f["doc"]), ("Approved site", VAC),
           ("Approved services", "36906, 36902, 36901"),
           ("Valid", f"{fmt_date(f['dos'], 'slash')} through {fmt_date(f['dos'] + dt.timedelta(days=14), 'slash')}")],
       lw=46, size=9.5, h=5.2)
    e.para(f"This authorization replaces the site of service requested under {req}. Approval is not a guarantee "
           f"of payment; benefits depend on eligibility on the date of service.", 9.5)
    b = (pdf_bytes(e), truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["member"],
                             case_numbers=[req2], service_dates=[iso(f["dos"], f["dos"] + dt.timedelta(days=14))],
                             denial_date=iso(appr), provider=f["docname"],
                             alternates={"service_dates": [[iso(f["dos"])], []], "provider": [VAC],
                                         "case_numbers": [[req2, req]]}))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ------------------------------------------------------------------ 3: upheld appeal in prose
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    decided = f["dos"] + dt.timedelta(days=r.randint(70, 100))
    filed = decided - dt.timedelta(days=r.randint(20, 28))
    app = f"APL-{r.digits(4)}-{r.digits(5)}"
    ls = declot_lines(r)
    total = round(sum(x[2] for x in ls), 2)
    d = Page(header=f"{f['member']}  Appeal {app}", foot="Page {p}", margins=(24, 20, 24))
    d.add_page()
    d.text_line("Cobalt Ridge", 20, "B", h=9)
    d.text_line("HEALTH PLAN  ·  Appeals and Grievances Department", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(decided, "wlong"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(filed, 'long')} we received your first-level appeal {app} about claim {f['claim']} from "
           f"{HOSP}, billed at {fmt_money(total)} for the declotting of your arteriovenous fistula on "
           f"{fmt_date(f['dos'], 'long')}. Your member ID is {f['mid']}.", 10.5)
    d.para(f"A board-certified interventional radiologist who was not involved in the first decision reviewed the "
           f"records from {f['doc']}. The reviewer found that the fistula was clotted but that there was no "
           f"bleeding, infection or other reason that required the hospital. {VAC}, an in-network office-based "
           f"center, had openings that day. We therefore UPHOLD our decision: the hospital outpatient department "
           f"was not the appropriate setting (level of care) for this procedure.", 10.5)
    dl = decided + dt.timedelta(days=60)
    d.para(f"If you disagree, you may file a second-level appeal within 60 days of the date of this letter. You "
           f"may instead ask for an independent external review within four months. Either way you will not owe "
           f"the hospital more than your in-network cost share.", 10.5)
    d.para("Sincerely,\n\nMarguerite O. Falk, RN\nAppeals Coordinator", 10.5)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[app, f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(decided), provider=HOSP, appeal_deadline=iso(dl),
              alternates={"provider": [f["docname"]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: hospital statement (phone photo)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    stmt = f["dos"] + dt.timedelta(days=r.randint(45, 60))
    acct = f"HB{r.digits(8)}"
    ls = declot_lines(r)
    total = round(sum(x[2] for x in ls), 2)
    d = Page("Questions? Patient Financial Services " + f["ph"], margins=(16, 14, 16))
    d.add_page()
    d.text_line(HOSP, 15, "B", h=7)
    d.text_line("Patient Financial Services · 88 Harbor View Road, Bangor, ME 04401", 8.5, h=5)
    d.ln(4)
    d.boxes([("Statement date", fmt_date(stmt, "iso"), 38), ("Account number", acct, 42),
             ("Patient", f["member"], 58), ("Amount due", "$0.00", 34)])
    d.ln(5)
    d.text_line(f"Guarantor: {f['member']}   Insurance: {PLAN}  ID {f['mid']}", 9, h=5)
    d.ln(2)
    rows = [[fmt_date(f["dos"], "iso"), c, desc, fmt_money(b, "nosign")] for c, desc, b in ls]
    rows.append(["*", "", "Total charges", fmt_money(total, "nosign")])
    adj = fmt_date(stmt - dt.timedelta(days=12), "iso")
    rows.append([adj, "", f"Insurance adjustment - {PLAN}", "-" + fmt_money(total, "nosign")])
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 22, 96, 30], size=8.5, aligns="LLLR")
    d.para("Your insurer did not pay this visit because it was not done at the site of care your plan requires. "
           "We are in network with your plan, so the charges were written off and you owe nothing for this visit. "
           "This statement is for your records.", 9.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: provider notice, facts in sentences
def doc_provider_prose(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 35))
    ls = declot_lines(r)[:2]
    total = round(sum(x[2] for x in ls), 2)
    d = Page("CRH-PRV-88  Provider Claim Notice", margins=(22, 18, 22))
    d.add_page()
    d.text_line("COBALT RIDGE HEALTH PLAN  -  PROVIDER RELATIONS", 11, "B", h=6)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'upper')}", 10.5)
    d.para(f"{HOSP}\nAttn: Hospital Billing Office\nTax ID 84-{r.digits(7)}  |  Facility NPI {f['npi2']}", 10.5)
    d.para(f"This notice concerns claim {f['claim']} that your facility submitted for our member {f['member']} "
           f"(member number {f['mid']}, group {f['grp']}). The claim, for a dialysis circuit thrombectomy with "
           f"angioplasty performed on {fmt_date(f['dos'], 'upper')} by {f['doc']}, was billed at "
           f"{fmt_money(total)} and has been denied.", 10.5)
    d.para("No prior authorization for the hospital outpatient setting was on file. Under our site of service "
           "policy, elective and urgent declotting without complicating conditions is to be performed at an "
           "office-based vascular access center; the hospital outpatient department is not the appropriate level "
           "of care. The member may not be billed for this service.", 10.5)
    dl = notice + dt.timedelta(days=90)
    d.para(f"You may request a reconsideration within 90 days of the date of this notice by sending the operative "
           f"note and any documentation of medical need for the hospital. Corrected claims must be filed within "
           f"365 days of the date of service.", 10.5)
    d.para("Provider Relations", 10.5)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["docname"],
              appeal_deadline=iso(dl), denial_alternates=["prior_authorization"],
              alternates={"provider": [HOSP]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: provider remittance (150 dpi)
def doc_remit(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    paid = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    eft = f"EFT{r.digits(10)}"
    others = []
    for _ in range(2):
        p, first, mid, last = r.person()
        others.append((f"{last.upper()}, {first.upper()} {mid}", f"CRH{r.digits(9)}", f"{r.digits(4)}{r.letters(1)}{r.digits(7)}",
                       f["dos"] - dt.timedelta(days=r.randint(3, 20)), float(r.randint(2400, 5600)) + 0.25))
    ls = declot_lines(r)
    total = round(sum(x[2] for x in ls), 2)
    d = Page("Remittance Advice  {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line(f"{PLAN.upper()}  PROVIDER REMITTANCE ADVICE", 12, "B", h=6)
    d.text_line(f"Payee: {HOSP}   Payee NPI {f['npi2']}   Remit date {fmt_date(paid, 'slash')}   {eft}", 8.5, h=5)
    d.rule(0.4, 3)
    w = [50, 28, 28, 22, 30, 20, 16]
    head = ["Patient", "Member ID", "Claim #", "DOS", "Billed", "Paid", "CARC"]
    rows = []
    for nm, m_, c_, ds, b in others:
        rows.append([nm, m_, c_, fmt_date(ds, "slash"), fmt_money(b, "nosign"), fmt_money(b * 0.55, "nosign"), "45"])
    rows.insert(1, [f"{f['last'].upper()}, {f['first'].upper()} {f['member'].split()[1].rstrip('.')}", f["mid"],
                    f["claim"], fmt_date(f["dos"], "slash"), fmt_money(total, "nosign"), "0.00", "58"])
    d.table(head, rows, w, size=8, aligns="LLLLRRL")
    d.text_line("Code legend", 9, "B", h=5)
    d.para("45  Charge exceeds fee schedule/maximum allowable.\n58  Treatment was deemed by the payer to have been "
           "rendered in an inappropriate or invalid place of service. N  Member may not be billed.", 8.5)
    d.para("Reconsideration requests: within 90 days of the remit date.", 8.5)
    t = truth("eob", "level_of_care", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(paid), provider=HOSP, appeal_deadline=iso(paid + dt.timedelta(days=90)),
              alternates={"appeal_deadline": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_letter, "bd_member_letter", "born_digital"),
              (1, doc_eob, "three_claim_eob", "scan_clean_300"),
              (3, doc_upheld, "upheld_appeal", "photocopy"),
              (4, doc_statement, "hospital_statement", "phone_photo"),
              (5, doc_provider_prose, "provider_notice", "rotated"),
              (6, doc_remit, "remittance", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
