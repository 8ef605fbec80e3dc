"""Family 'lab_frequency_limit_eob': invented insurers' EOBs for laboratory tests refused over frequency limits.

Two issuers: Ambervale Health Plan ("AMBERVALE" over "Health Plan") and Brixholm Health Benefits, Inc. (parent line
"Meridiem Health Holdings" above its name). One claim per statement (one statement holds three claims, only one of
them denied); the claim block names the ordering physician and the reference laboratory that ran the tests (with its
NPI and the date the claim was received: decoys). Lines: date, CPT, test, billed, allowed, plan paid, you owe, remark.
Kinds: hemoglobin A1c a fifth time in a year (panel paid), lipid panel within 12 months of the last one (TSH paid), a
PSA already done this year (said in plain words, no "frequency"), panel components billed apart from the panel
(coding), a vitamin D test repeated too soon for the diagnosis (medical necessity), three claims on one page, and one
statement with nothing denied. Decoys: the earlier test's date, the year-to-date accumulator, the example amount in the
insert, the printed date, the document control number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp3 import address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "lab_frequency_limit_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"A": "Ambervale Health Plan", "B": "Brixholm Health Benefits, Inc."}
LABS = ["Kestrelwood Reference Laboratories", "Stavely Diagnostic Labs", "Corvane Clinical Laboratory"]
DOCS = ["Dr. Sybilla Greatorex", "Dr. Ansel Kilvington", "Dr. Margery Quickfall", "Dr. Lyle Rawsthorne"]
TESTS = {"83036": "Hemoglobin A1c", "80053": "Comprehensive metabolic panel", "80061": "Lipid panel",
         "84443": "TSH (thyroid)", "84153": "PSA, total", "82465": "Cholesterol, total", "83718": "HDL cholesterol",
         "84478": "Triglycerides", "82306": "Vitamin D, 25-hydroxy", "85025": "CBC with differential"}
REMARK = {"P1": "Paid under your plan's laboratory benefit.",
          "F4": "Your plan covers this test up to 4 times in a calendar year. This is more than 4. Not covered.",
          "F12": "Your plan covers this test once every 12 months. Not covered.",
          "PS": "You already had this test on {prev}. The plan pays for one each year; it will pay again after {next}.",
          "CB": "This test is part of the panel billed on the same day and is paid within the panel's amount.",
          "MN": "Repeating this test {gap} days after the last one is not medically necessary for the diagnosis billed."}
# kind: (denial type, accepted alternates, lines [(cpt, remark code)]; a line whose code is not P1 is refused)
KINDS = {"a1c": ("not_covered", ["other"], [("83036", "F4"), ("80053", "P1")]),
         "nodeny": (None, [], [("85025", "P1"), ("80053", "P1"), ("84443", "P1")]),
         "lipid": ("not_covered", ["other"], [("80061", "F12"), ("84443", "P1")]),
         "psa": ("not_covered", ["other"], [("84153", "PS"), ("85025", "P1")]),
         "coding": ("coding_error", ["other"], [("80061", "P1"), ("82465", "CB"), ("83718", "CB"), ("84478", "CB")]),
         "vitd": ("medical_necessity", ["not_covered"], [("82306", "MN"), ("80053", "P1")]),
         "multi": ("not_covered", ["other"], [("83036", "F4"), ("85025", "P1")])}


class Eob(Doc):
    def __init__(self, foot: str, header: str):
        super().__init__("DejaVu", footer=foot, header=header, margins=(15, 12, 15))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Eob, f: dict) -> None:
    if f["ins"] == "A":
        d.text_line("AMBERVALE", 18, "B", h=7)
        d.text_line("Health Plan", 12, h=6)
    else:
        d.text_line("Meridiem Health Holdings", 8, h=4.2)
        d.text_line(ISSUER["B"], 14, "B", h=7)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 10, "B", h=6)
    d.rule(0.6, 3)


def facts_box(d: Eob, f: dict) -> None:
    a = f["ins"] == "A"
    rows = [("Statement date" if a else "Date issued", f["fd"](f["notice"]), "Member" if a else "Subscriber",
             f["member"]),
            ("Member ID" if a else "Subscriber ID #", f["mid"], "Group no." if a else "Group #", f["grp"])]
    if f["plan"]:
        rows.append(("Plan ID", f["plan"], "Doc. control no.", f["dcn"]))
    for k1, v1, k2, v2 in rows:
        d.set_font("DejaVu", "B", 8.2)
        d.cell(32, 5.4, k1, border="LTB")
        d.set_font("DejaVu", "", 8.8)
        d.cell(58, 5.4, v1, border="TB")
        d.set_font("DejaVu", "B", 8.2)
        d.cell(32, 5.4, k2, border="LTB")
        d.set_font("DejaVu", "", 8.8)
        d.cell(0, 5.4, v2, border="RTB", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def claim_block(d: Eob, f: dict, c: dict) -> None:
    d.set_fill_color(228, 228, 228)
    d.set_font("DejaVu", "B", 8.6)
    d.cell(0, 6, f"  Claim number: {c['no']}     Patient: {c['pat']}     Received: {f['fd'](c['recv'])}", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.4)
    d.cell(0, 5, f"  Ordering physician: {c['doc']}     Performing lab: {c['lab']} (NPI {c['npi']})",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    ms = f["ms"]
    rows = [[fdate(c["date"], "short"), cpt, TESTS[cpt], usd(b, ms), usd(al, ms), usd(p, ms), usd(o, ms), rm]
            for cpt, rm, b, al, p, o in c["lines"]]
    tot = [sum(x[i] for x in c["lines"]) for i in (2, 3, 4, 5)]
    rows.append(["*Claim total", "", "", *[usd(v, ms) for v in tot], ""])
    d.table(["Date", "CPT", "Test", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [17, 13, 52, 21, 21, 21, 20, 13], size=7.9, aligns="LLLRRRRL")


def remarks(d: Eob, f: dict) -> None:
    d.text_line("What the codes mean" if f["ins"] == "A" else "Remark codes", 9.5, "B", h=5.5)
    seen = []
    for c in f["claims"]:
        for _, rm, *_ in c["lines"]:
            if rm not in seen:
                seen.append(rm)
    for rm in seen:
        d.para(f"{rm}: " + REMARK[rm].format(prev=f["fd"](f["prev"]), next=f["fd"](days(f["prev"], 365)),
                                              gap=f["gap"]), 8.4, gap=1)
    d.ln(2)


def appeal(d: Eob, f: dict) -> None:
    d.text_line("Your right to appeal", 9.5, "B", h=5.5)
    if f["app"] == "stmt":
        t = "If a service was not covered, you may appeal within 180 days of the date of this statement."
    elif f["app"] == "date":
        t = f"If a service was not covered, you may appeal. Deadline to request an appeal: {f['fd'](f['dl'])}."
    else:
        t = "You may appeal within 180 days from the day you get this notice."
    d.para(t + f" Call {f['ph']} or write to the Appeals Unit. Include the claim number.", 8.6)


def build(f: dict) -> bytes:
    d = Eob(f"Form {f['form']}  DCN {f['dcn']}  Printed {fdate(days(f['notice'], -2), 'slash')}  Page {{p}} of {{n}}",
            f"{f['member']}  |  {f['mid']}")
    d.add_page()
    letterhead(d, f)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.2, h=4.5)
    d.ln(3)
    facts_box(d, f)
    if f["kind"] == "multi":
        d.para("This statement covers three laboratory claims we processed since your last statement.", 8.8)
    for c in f["claims"]:
        claim_block(d, f, c)
    remarks(d, f)
    acc = f["ytd"]
    d.para(f"Your year-to-date deductible: ${acc:,.2f} of $1,500.00 met. Lab tests at an in-network laboratory are "
           "not subject to the deductible.", 8.4)
    if f["kind"] != "nodeny":
        appeal(d, f)
    d.para("How to read your EOB (example): if a lab bills $100.00 and the allowed amount is $40.00, the plan pays "
           "its share of the $40.00 and the lab may not bill you the $60.00 difference.", 7.8)
    return pdf_bytes(d)


def claim(r: random.Random, f: dict, spec: list, date: dt.date, pat: str) -> dict:
    lines = []
    for cpt, rm in spec:
        b = money(r, 28, 240)
        al = round(b * r.uniform(0.3, 0.55), 2)
        paid = round(al * 0.9, 2) if rm == "P1" else 0.0
        owe = round(al - paid, 2) if rm == "P1" else 0.0
        lines.append((cpt, rm, b, al if rm == "P1" else 0.0, paid, owe))
    return dict(no=mixed(r, "L26-9999-99999" if f["ins"] == "A" else "9999A99999999"), pat=pat, date=date,
                recv=days(date, r.randint(4, 12)), doc=r.choice(DOCS), lab=r.choice(LABS), npi=npi(r), lines=lines)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, app: str, plan: bool) -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, app=app, notice=notice, fd=lambda x: fdate(x, ds), member=person(r),
             addr=address(r), mid=mixed(r, "AVH999999999" if ins == "A" else "B99A999999"),
             grp=mixed(r, "99999-A") if ins == "A" else digits(r, 6), plan=mixed(r, "AV-99A9") if plan else None,
             dcn=digits(r, 11), ph=phone(r), form="AHP-EOB-3" if ins == "A" else "BHB 220", ytd=money(r, 100, 1400),
             gap=r.randint(55, 80))
    date = days(notice, -r.randint(20, 45))
    f["prev"] = days(date, -r.randint(90, 300))
    f["dl"] = days(notice, 180)
    spec = KINDS[kind][2]
    if kind == "multi":
        a = claim(r, f, [("80053", "P1"), ("84443", "P1")], days(date, -9), f["member"])
        b = claim(r, f, spec, date, f["member"])
        c = claim(r, f, [("85025", "P1")], days(date, 3), f["member"])
        f["claims"], f["den"] = [a, b, c], 1
    else:
        f["claims"], f["den"] = [claim(r, f, spec, date, f["member"])], 0
    return f


def make_truth(f: dict) -> dict:
    den, dalts, _ = KINDS[f["kind"]]
    c = f["claims"][f["den"]]
    dl = {"stmt": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [c["doc"].split(" ", 1)[1]]}
    denied = [x[2] for x in c["lines"] if x[1] != "P1"]
    if den and len(denied) < len(c["lines"]):
        alts["claim_amount"] = [m2(sum(denied))]
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    if f["kind"] == "nodeny":
        dl = None
    return truth("eob", den, insurer=ISSUER[f["ins"]], plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
                 service_dates=[iso(c["date"])], denial_date=iso(f["notice"]), provider=c["lab"], appeal_deadline=dl,
                 alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, issuer, date style, money style, appeal wording, plan ID printed)
PLAN = [
    ("lab_frequency_limit_eob_bd_a1c_fifth", "born_digital", "a1c", "A", "long", "plain", "stmt", True),
    ("lab_frequency_limit_eob_bd_nothing_denied", "born_digital", "nodeny", "B", "slash", "nosign", "stmt", False),
    ("lab_frequency_limit_eob_scan_lipid_12_months", "scan_clean_300", "lipid", "A", "abbr", "plain", "date", False),
    ("lab_frequency_limit_eob_lowres_psa_plain_words", "scan_lowres_150", "psa", "B", "iso", "usd", "recv", True),
    ("lab_frequency_limit_eob_copy_panel_components", "photocopy", "coding", "A", "dmy", "bare", "stmt", True),
    ("lab_frequency_limit_eob_photo_vitamin_d_repeat", "phone_photo", "vitd", "B", "long", "plain", "date", False),
    ("lab_frequency_limit_eob_faxs_three_claims", "fax_standard_g4", "multi", "A", "slash", "plain", "stmt", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app, plan) in enumerate(PLAN):
        r = random.Random(71400 + i)
        f = facts(r, kind, ins, ds, ms, app, plan)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
