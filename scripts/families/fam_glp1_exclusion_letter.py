"""Family 'glp1_exclusion_letter': invented PBMs' letters refusing a GLP-1 drug prescribed for weight loss.

Two issuers, each a pharmacy benefit manager deciding for a member's plan named apart from it: Corvalis Rx Solutions
("CORVALIS" over "Rx Solutions", for Thistledown Health Plan) and Pennyroyal Pharmacy Benefit Services, LLC (parent
line "Halberd Health Group" above its name, for the Ridgecrest Employees' Benefit Plan). Facts: member, member ID,
RxGrp, request number, drug with NDC and quantity, prescriber with NPI, request received. Kinds: weight-loss drugs
excluded by the plan, covered only for type 2 diabetes, step therapy (metformin first), the exclusion in plain words,
a reimbursement request for a fill the member paid for (amount, date filled). A fine-mode fax stack: cover sheet, a
denial, then the approval of a diabetes dose for the same member. Decoys: NDC, NPI, BMI, received date, the printed
date, an approval period, a sample copay in the insert.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq1 import address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, staff, usd

FAMILY = "glp1_exclusion_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PBM = {"C": "Corvalis Rx Solutions", "P": "Pennyroyal Pharmacy Benefit Services, LLC"}
PLAN_NAME = {"C": "Thistledown Health Plan", "P": "Ridgecrest Employees' Benefit Plan"}
DOCS = ["Dr. Philippa Quarrington", "Dr. Ambrose Yelverton", "Dr. Rosalind Vavasour", "Dr. Edmund Strickland"]
DRUGS = {"sema": ("semaglutide 2.4 mg/0.75 mL pen", "4 pens (3 mL) per 28 days"),
         "tirz": ("tirzepatide 10 mg/0.5 mL pen", "4 pens (2 mL) per 28 days"),
         "lira": ("liraglutide 3 mg/0.5 mL (18 mg/3 mL) pen", "5 pens (15 mL) per 30 days"),
         "sema1": ("semaglutide 1 mg/0.75 mL pen (diabetes)", "1 pen (3 mL) per 28 days")}
# kind: (denial type, accepted alternates)
KINDS = {"excl": ("not_covered", ["other"]), "diab": ("not_covered", ["medical_necessity"]),
         "step": ("medical_necessity", ["prior_authorization"]), "plain": ("not_covered", ["other"]),
         "reimb": ("not_covered", ["other"]), "approve": (None, [])}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "C":
        d.text_line("CORVALIS", 19, "B", h=7.5)
        d.text_line("Rx Solutions", 12, h=6)
    else:
        d.text_line("Halberd Health Group", 8, h=4.2)
        d.text_line(PBM["P"], 13.5, "B", h=7)
    d.text_line(f"Pharmacy benefit manager for {PLAN_NAME[f['ins']]}  |  Clinical Review  |  {f['ph']}", 8.2, h=4.6)
    d.rule(0.6, 4)


def facts_rows(f: dict) -> list[tuple[str, str]]:
    c = f["ins"] == "C"
    rows = [("Member" if c else "Patient name", f["member"]), ("Member ID" if c else "ID no.", f["mid"]),
            ("RxGrp" if c else "Rx group #", f["grp"]), ("Health plan", PLAN_NAME[f["ins"]]),
            ("Request #" if c else "Case ID", f["case"]), ("Medication", DRUGS[f["drug"]][0]),
            ("NDC", f["ndc"]), ("Quantity", DRUGS[f["drug"]][1]),
            ("Prescriber" if c else "Prescribing provider", f"{f['doc']}  (NPI {f['npi']})"),
            ("Request received" if c else "Date received", f["fd"](f["recv"]))]
    if f["kind"] == "reimb":
        rows += [("Date filled", f["fd"](f["filled"])), ("Amount you paid", usd(f["paid"], f["ms"]))]
    return rows


def reason(f: dict) -> list[str]:
    drug, k, plan = DRUGS[f["drug"]][0], f["kind"], PLAN_NAME[f["ins"]]
    bmi = f"Your prescriber reported a BMI of {f['bmi']} on {f['fd'](days(f['recv'], -9))}."
    if k == "excl":
        return [f"We cannot approve {drug}. It was prescribed for chronic weight management. {plan} excludes drugs "
                "used for weight loss from its pharmacy benefit, whatever the reason they are prescribed.", bmi]
    if k == "diab":
        return [f"{plan} covers {drug.split(' ')[0]} only for adults with type 2 diabetes. The request and the "
                "records we received do not show a diagnosis of diabetes; the drug was prescribed to lose weight, "
                "which is not a covered use.", bmi]
    if k == "step":
        return [f"Your plan covers {drug} for type 2 diabetes only after step therapy: you must first try "
                "metformin for at least 90 days, unless you cannot take it. We found no metformin fills in your "
                "pharmacy history and no note saying why you could not take it. The step therapy rule was not met."]
    if k == "plain":
        return [f"Your employer decided that the benefit it offers through {plan} will not pay for medicines whose "
                f"purpose is to help you lose weight. {drug.capitalize()} was ordered for that purpose, so we cannot "
                "pay for it.", bmi]
    if k == "reimb":
        return [f"You asked us to pay you back for {drug} you bought at a pharmacy on {f['fd'](f['filled'])}. "
                f"{plan} does not include weight-loss drugs in your benefit, so we cannot repay this purchase."]
    return [f"Good news: we approved {drug} for the treatment of type 2 diabetes, as your prescriber asked. The "
            f"approval runs from {f['fd'](f['recv'])} through {f['fd'](days(f['recv'], 364))}. You pay your usual "
            "preferred-brand copay at the pharmacy."]


def appeal(d: Letter, f: dict) -> None:
    d.text_line("If you disagree", 10.5, "B", h=6)
    t = {"letter": "You or your prescriber may ask for an appeal within 180 days of the date of this letter.",
         "date": f"Your appeal must reach us no later than {f['fd'](f['dl'])}.",
         "recv": "You may appeal within 180 days after you receive this letter."}[f["app"]]
    d.para(t + f" Call {f['ph']} or fax {f['fax']}. If your health could be seriously harmed by waiting, ask for a "
           "fast appeal; we answer fast appeals within 72 hours.", 9)
    d.para("Example from our member guide: a preferred brand with a $40.00 copay costs $40.00 for a 28-day supply.", 7.8)


def build(f: dict) -> bytes:
    d = Letter(f"{f['form']}   Printed {fdate(days(f['notice'], -1), 'slash')}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.6)
    d.ln(3)
    title = ("Coverage approved" if f["kind"] == "approve" else "Reimbursement request denied" if f["kind"] == "reimb"
             else "Notice of denial of pharmacy coverage")
    d.text_line(title, 12.5, "B", h=7)
    for k, v in facts_rows(f):
        d.set_font("DejaVu", "B", 8.6)
        d.cell(44, 5.2, k)
        d.set_font("DejaVu", "", 9.1)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Our decision" if f["kind"] != "approve" else "What we decided", 10.5, "B", h=6)
    for p in reason(f):
        d.para(p, 9.3)
    if f["kind"] != "approve":
        d.para(f"A pharmacist, {f['signer']}, PharmD, reviewed this request. Your prescriber may call us to discuss "
               "it and may send more records at any time.", 9)
        appeal(d, f)
    d.text_line(f"{PBM[f['ins']]}, on behalf of {PLAN_NAME[f['ins']]}", 8.8, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, drug: str, ds: str, ms: str, app: str) -> dict:
    notice = dt.date(2026, 2, 11) + dt.timedelta(days=r.randint(0, 170))
    recv = days(notice, -r.randint(2, 9))
    return dict(kind=kind, ins=ins, drug=drug, ds=ds, ms=ms, app=app, notice=notice, recv=recv,
                fd=lambda x: fdate(x, ds), member=person(r), addr=address(r),
                mid=mixed(r, "CVR99999999A" if ins == "C" else "PB9A9999999"), grp=mixed(r, "RX99A99"),
                case=mixed(r, "PA-26-9999999" if ins == "C" else "99AA999999"), ndc=f"0{digits(r, 4)}-{digits(r, 3)}-0{r.randint(1, 9)}",
                doc=r.choice(DOCS), npi=npi(r), bmi=f"{r.randint(31, 41)}.{r.randint(0, 9)}",
                filled=days(recv, -r.randint(8, 20)), paid=money(r, 980, 1390), dl=days(notice, 180),
                ph=phone(r), fax=f"1-866-555-{r.randint(7000, 7999)}", signer=staff(r),
                form="CRX-GLP-DN 02/26" if ins == "C" else "PPBS 118-W")


def make_truth(f: dict) -> dict:
    den, dalts = KINDS[f["kind"]]
    dl = {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    alts: dict = {"insurer": [PLAN_NAME[f["ins"]]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    reimb = f["kind"] == "reimb"
    return truth("other" if den is None else "denial_letter", den, insurer=PBM[f["ins"]], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["case"]],
                 claim_amount=m2(f["paid"]) if reimb else None, service_dates=[iso(f["filled"])] if reimb else [],
                 denial_date=iso(f["notice"]), provider=f["doc"].split(" ", 1)[1],
                 appeal_deadline=None if den is None else dl, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, issuer, drug, date style, money style, appeal wording)
PLAN = [
    ("glp1_exclusion_letter_bd_weight_loss_excluded", "born_digital", "excl", "C", "sema", "long", "plain", "letter"),
    ("glp1_exclusion_letter_bd_diabetes_only", "born_digital", "diab", "P", "tirz", "slash", "plain", "date"),
    ("glp1_exclusion_letter_scan_step_therapy", "scan_clean_300", "step", "C", "tirz", "dmy", "plain", "recv"),
    ("glp1_exclusion_letter_lowres_plain_words", "scan_lowres_150", "plain", "P", "lira", "iso", "plain", "letter"),
    ("glp1_exclusion_letter_copy_reimbursement", "photocopy", "reimb", "C", "sema", "abbr", "usd", "letter"),
    ("glp1_exclusion_letter_photo_diabetes_only", "phone_photo", "diab", "C", "sema", "long", "plain", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, drug, ds, ms, app) in enumerate(PLAN):
        r = random.Random(81100 + i)
        f = facts(r, kind, ins, drug, ds, ms, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # the fax stack: cover sheet, the weight-loss denial, then the approval of a diabetes dose for the same member
    r = random.Random(81199)
    f = facts(r, "excl", "P", "sema", "slash", "plain", "letter")
    g = dict(f, kind="approve", drug="sema1", notice=days(f["notice"], r.randint(30, 60)),
             case=mixed(r, "99AA999999"))
    g["recv"] = days(g["notice"], -4)
    items.append(Item("glp1_exclusion_letter_faxf_stack_denial_then_diabetes_approval", "fax_fine_g4",
                      [(build(f), make_truth(f)), (build(g), make_truth(g))], separators=["cover", None]))
    return items
