"""Family 'tpa': a third-party administrator's letters and EOBs for self-funded employer plans.

Brightline Benefit Administrators, Inc. is fictional; its letterhead issues the notice, so it is the insurer.
The employer's plan name, plan number and employer number appear beside "Employee ID"; the patient is often a
dependent. Letters and EOBs use the TPA's own letter reason codes with a legend. One EOB pays in full; one file
is a fax of a letter and an EOB behind a cover sheet.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "tpa"
LANG = "en"
TPA = "Brightline Benefit Administrators, Inc."
EMPLOYERS = [("Halvorsen Tool & Die Co. Employee Health Plan", "501"), ("Marigold Hospitality Group Medical Plan", "502"),
             ("Tri-County Electric Cooperative Benefit Plan", "510")]
PROVIDERS = {"other": ["Elmhurst Women's Health", "Dr. Stanislav Petrov"],
             "timely_filing": ["Cottonwood Emergency Physicians"], "eligibility": ["Dr. Yvette Laurent"],
             "out_of_network": ["Ridgeview Imaging LLC"], "not_covered": ["Bridgeport Fertility Institute"],
             None: ["Maple Grove Pediatrics"]}
CODES = {
    "other": ("C7", "Other coverage is primary. This patient has other group coverage that must pay first. Send "
                    "the primary plan's EOB and complete the enclosed coordination of benefits questionnaire."),
    "timely_filing": ("F2", "Claim received after the plan's filing limit of 12 months from the date of service."),
    "eligibility": ("E4", "Dependent not eligible on date of service: child dependents are covered through the end "
                          "of the month they turn 26."),
    "out_of_network": ("N9", "Provider is not in the plan's PPO network. The plan has no out-of-network benefit "
                             "for non-emergency services."),
    "not_covered": ("X3", "Excluded by the Plan Document: assisted reproductive technology, including in vitro "
                          "fertilization and related services."),
    None: ("P1", "Paid according to the PPO contracted rate."),
}
SERVICES = {"other": [("99214", "Office visit"), ("81002", "Urinalysis")],
            "timely_filing": [("99285", "Emergency visit, high"), ("74177", "CT abdomen/pelvis w/ contrast")],
            "eligibility": [("99204", "New patient visit"), ("11102", "Skin biopsy")],
            "out_of_network": [("73721", "MRI knee w/o contrast")],
            "not_covered": [("58970", "Oocyte retrieval"), ("89250", "Embryo culture"), ("76948", "US guidance")],
            None: [("99393", "Well child visit 5-11"), ("90460", "Immunization admin"), ("90707", "MMR vaccine")]}
PLAN = [  # stem, condition, [(kind, denial)], separators
    ("tpa_bd_cob", "born_digital", [("letter", "other")], None),
    ("tpa_bd_eob_timely", "born_digital", [("eob", "timely_filing")], None),
    ("tpa_scan_age", "scan_clean_300", [("letter", "eligibility")], None),
    ("tpa_lowres_eob_oon", "scan_lowres_150", [("eob", "out_of_network")], None),
    ("tpa_faxs_ivf", "fax_standard_g4", [("letter", "not_covered")], None),
    ("tpa_rot_eob_paid", "rotated", [("eob", None)], None),
    ("tpa_stack_faxf", "fax_fine_g4", [("letter", "out_of_network"), ("eob", "eligibility")], ["cover", None]),
]


def facts(r: Rand, denial: str | None) -> dict:
    emp = r.person()
    dep = denial in ("eligibility", "other", None) or r.random() < 0.4
    patient = r.person() if dep else emp
    if dep:
        patient = (f"{patient[1]} {patient[2]}. {emp[3]}", patient[1], patient[2], emp[3])
    plan, plan_no = r.choice(EMPLOYERS)
    notice = r.date(dt.date(2026, 1, 15), 230)
    back = r.randint(400, 460) if denial == "timely_filing" else r.randint(20, 90)
    dos = notice - dt.timedelta(days=back)
    lines = [(c, desc, float(r.amount(60, 1900))) for c, desc in SERVICES[denial]]
    return dict(emp=emp, patient=patient, dep=dep, plan=plan, plan_no=plan_no, notice=notice, dos=dos, lines=lines,
                total=round(sum(x[2] for x in lines), 2), eid=f"E{r.digits(7)}",
                employer_no=f"{r.digits(4)}-{r.letters(1)}", claim=f"BBA{r.digits(2)}{r.digits(8)}",
                provider=r.choice(PROVIDERS[denial]), denial=denial, ds=r.choice(["slash", "iso", "short"]),
                rel=("Child" if denial == "eligibility" else r.choice(["Child", "Spouse"])) if dep else "Self")


def letterhead(d: Doc, f: dict, title: str):
    d.font(16, "B")
    d.cell(95, 7, "BRIGHTLINE")
    d.font(7.5)
    d.multi_cell(0, 3.6, f"Claims administrator for:\n{f['plan']}\nPlan No. {f['plan_no']}   Employer No. "
                         f"{f['employer_no']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Benefit Administrators, Inc.", size=9, style="I")
    d.text_line("3300 Lakeshore Drive, Suite 210, Green Bay, WI 54301  -  Customer care 1-800-555-0128", size=7.5)
    d.rule(0.3, 5)
    d.text_line(title, size=13, style="B", h=7)
    d.ln(1)


def ident_rows(d: Doc, f: dict):
    d.font(9)
    pairs = [("Date", fmt_date(f["notice"], f["ds"])), ("Employee", f["emp"][0]), ("Employee ID", f["eid"]),
             ("Dependent" if f["dep"] else "Patient", f["patient"][0]), ("Relationship", f["rel"]),
             ("Claim ID", f["claim"]), ("Provider", f["provider"])]
    for i in range(0, len(pairs), 2):
        for k, v in pairs[i:i + 2]:
            d.font(8.5, "B")
            d.cell(24, 5, k + ":")
            d.font(9)
            d.cell(66, 5, v)
        d.ln(5.2)
    d.ln(2)


def lines_table(d: Doc, f: dict, code: str):
    rows = []
    for i, (cpt, desc, amt) in enumerate(f["lines"], 1):
        paid = f["denial"] is None
        allowed = round(amt * 0.62, 2) if paid else 0.0
        rows.append([str(i), fmt_date(f["dos"], f["ds"]), fmt_date(f["dos"], f["ds"]), f"{cpt} {desc}",
                     fmt_money(amt, "nosign"), fmt_money(amt - allowed, "nosign"), fmt_money(allowed, "nosign"),
                     fmt_money(allowed * (0.9 if paid else 0), "nosign"), code])
    rows.append(["*Totals", "", "", "", fmt_money(f["total"], "nosign"), "", "", "", ""])
    d.table(["Line", "From", "To", "Procedure", "Charges", "Not covered", "Allowed", "Plan pays", "Code"], rows,
            [10, 19, 19, 50, 20, 20, 18, 18, 12], size=7.8, aligns="LLLLRRRRL")


def letter(r: Rand, denial: str) -> tuple[bytes, dict]:
    f = facts(r, denial)
    code, text = CODES[denial]
    d = Doc("Times", footer="Page {p} of {n}", header=f"Employee ID {f['eid']} - Claim ID {f['claim']}")
    d.add_page()
    letterhead(d, f, "Notice of Adverse Benefit Determination")
    ident_rows(d, f)
    who = f["patient"][1] if f["dep"] else "you"
    d.para(f"Dear {f['emp'][1]} {f['emp'][3]}:", size=10.5)
    d.para(f"Brightline Benefit Administrators processes claims for the {f['plan']} (the Plan), a self-funded "
           f"plan sponsored by your employer. We reviewed the claim from {f['provider']} for services to {who} on "
           f"{fmt_date(f['dos'], 'long')}. Total charges were {fmt_money(f['total'])}. The Plan will not pay the "
           f"claim.", size=10.5)
    lines_table(d, f, code)
    d.para(f"Reason code {code}: {text}", size=10.5)
    d.para("The Plan Document and Summary Plan Description provisions we relied on are available free on request, "
           "as is any internal rule or guideline used.", size=10)
    d.text_line("How to appeal", size=11, style="B")
    d.para("You have the right to appeal this determination. Your written appeal must be filed within 180 days "
           "of the date of this notice and sent to Brightline Appeals Committee, PO Box 1880, Green Bay, WI 54305. "
           "A named fiduciary of the Plan will decide the appeal within 60 days. If the appeal is denied, you may "
           "file a civil action under section 502(a) of ERISA. For decisions involving medical judgment or a "
           "rescission, you may also request external review.", size=10)
    d.para("Sincerely,\nClaims Appeals Coordinator\nBrightline Benefit Administrators, Inc., on behalf of the Plan",
           size=10.5)
    d.para("Brightline complies with applicable civil rights laws. Language services: 1-800-555-0128. Servicios de "
           "idiomas: 1-800-555-0128. Plan sponsor's Employer Identification Number on file. BBA-ABD 07/24.",
           size=7.5)
    return pdf_bytes(d), doc_truth(f, "denial_letter", f["notice"] + dt.timedelta(days=180))


def eob(r: Rand, denial: str | None) -> tuple[bytes, dict]:
    f = facts(r, denial)
    code, text = CODES[denial]
    d = Doc("Courier", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, "EXPLANATION OF BENEFITS - NOT A BILL")
    ident_rows(d, f)
    d.para(f"Processed {fmt_date(f['notice'] - dt.timedelta(days=2), f['ds'])}. Check/EFT number "
           f"{r.digits(9)} issued to provider" + ("." if denial is None else ": no payment."), size=8.5)
    lines_table(d, f, code)
    d.text_line("Reason code legend", size=9.5, style="B")
    d.para(f"{code} - {text}", size=8.5)
    d.para("P1 - Paid according to the PPO contracted rate.  D0 - Applied to deductible.  C1 - Coinsurance.",
           size=8.5)
    if denial:
        d.para("You may appeal this decision. Appeals must be filed within 180 days of the date of this "
               "Explanation of Benefits. Send it to Brightline Appeals Committee, PO Box 1880, Green Bay, WI 54305.",
               size=8.5)
    else:
        d.para("Questions about this claim? Call 1-800-555-0128, Monday-Friday 7 a.m. to 7 p.m. Central.", size=8.5)
    d.para("This EOB is issued by Brightline Benefit Administrators, Inc., claims administrator. Brightline does not "
           "insure the benefits of the Plan; the Plan is self-funded by the employer.", size=7.5)
    deadline = f["notice"] + dt.timedelta(days=180) if denial else None
    return pdf_bytes(d), doc_truth(f, "eob", deadline)


def doc_truth(f: dict, doc_type: str, deadline: dt.date | None) -> dict:
    return truth(doc_type, f["denial"], insurer=TPA, plan_id=f["plan_no"], group_number=f["employer_no"],
                 member_id=f["eid"], member_name=f["patient"][0], case_numbers=[f["claim"]],
                 claim_amount=f"{f['total']:.2f}", service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
                 provider=f["provider"], appeal_deadline=iso(deadline) if deadline else None)


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, parts, seps) in enumerate(PLAN):
        r = Rand(7600 + i)
        docs = [(letter if kind == "letter" else eob)(r, denial) for kind, denial in parts]
        items.append(Item(stem, cond, docs, seps))
    return items
