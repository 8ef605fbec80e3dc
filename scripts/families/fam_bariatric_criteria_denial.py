"""Family 'bariatric_criteria_denial': an invented health plan's prior-authorization decision on criteria-based surgery.

Tamberlane Health Plan (a Corrowick Health Group company) is fictional. Its utilization management letters answer a
surgeon's request for bariatric surgery (sleeve gastrectomy, gastric bypass, endoscopic sleeve gastroplasty) or
another criteria-based operation (panniculectomy): a two-line letterhead (the parent line above the plan's name, or
the name split over two lines), a request block (member, ID, group, reference number, surgeon with NPI, facility,
request received, planned surgery date, CPT codes, medical policy number), a criteria checklist table (criterion /
met / not met / documentation received) full of decoy dates (BMI measured, weight-program start and end, evaluations),
the reason in plain words, the reviewing physician, appeal rights and a form number. One file is a fax of a cover
sheet, the denial and the later approval for the same member.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundl_famx import (BARIATRIC_CENTERS, SURGEONS, address, days, digits, fdate, iso, mixed, npi, person,
                             phone)

FAMILY = "bariatric_criteria_denial"
LANG = "en"
INSURER = "Tamberlane Health Plan"
PARENT = "A Corrowick Health Group company"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
REVIEWERS = ["Dr. Grisewood Felsham, MD, FACS (General Surgery), Associate Medical Director",
             "Dr. Merriwether Quorndon, DO (Internal Medicine, Obesity Medicine), Medical Director",
             "Dr. Anneliese Pennywhistle, MD (Plastic Surgery), Physician Reviewer"]
PROC = {"sleeve": [("43775", "Laparoscopic sleeve gastrectomy")],
        "bypass": [("43644", "Laparoscopic gastric bypass, Roux-en-Y limb 150 cm or less")],
        "pannic": [("15830", "Excision, excessive skin and subcutaneous tissue, abdomen (panniculectomy)")],
        "esg": [("43999", "Unlisted procedure, stomach (endoscopic sleeve gastroplasty)")],
        "inpatient": [("43775", "Laparoscopic sleeve gastrectomy"), ("0120", "Inpatient room and board, 2 days")]}
# kind -> (procedure, denial, alternates, decision line, unmet criterion index, reason)
KINDS = {
    "program": ("sleeve", "medical_necessity", ["prior_authorization"], "DENIED", 2,
                "The plan's bariatric surgery policy asks for 6 months in a row of a supervised weight-management "
                "program within the 2 years before surgery. The program records we received cover a shorter time (see "
                "the table). Because this criterion is not met, the surgery is not medically necessary under the "
                "policy at this time. Your surgeon may send a new request when the program is complete."),
    "records": ("bypass", "other", ["medical_necessity"], "DENIED", 3,
                "We asked your surgeon's office for the psychological evaluation that the policy requires before "
                "bariatric surgery. We did not get it by the date we asked for. We could not finish our review without "
                "it, so the request is denied. This is not a decision that you do not need the surgery; if the "
                "evaluation is sent, a new request can be reviewed."),
    "pannic": ("pannic", "not_covered", ["medical_necessity"], "DENIED", 1,
               "The records show the skin fold does not cause a rash or skin breakdown that has failed 3 months of "
               "treatment, and it does not limit walking or daily activities. Removing it would improve how the "
               "abdomen looks. Your plan does not cover cosmetic surgery (Evidence of Coverage, Exclusions, item 9)."),
    "oon": ("bypass", "out_of_network", ["not_covered"], "DENIED", 5,
            "The surgeon and facility in the request are not in the Tamberlane network, and your plan does not pay for "
            "planned care outside the network. Network bariatric centers near you can do this surgery. Ask your "
            "primary care provider for a referral to one of them and have that surgeon send a new request."),
    "esg": ("esg", "experimental", ["not_covered"], "DENIED", None,
            "Endoscopic sleeve gastroplasty is considered investigational under the plan's policy: long-term studies "
            "have not shown that its results last as well as those of the approved operations. It is not covered, "
            "even though you meet the weight and program criteria."),
    "inpatient": ("inpatient", "level_of_care", ["medical_necessity"], "PARTIALLY APPROVED", None,
                  "The sleeve gastrectomy (CPT 43775) meets the policy and is approved. The 2-day inpatient "
                  "admission is not approved: you have no condition that needs overnight hospital care after this "
                  "surgery, and the policy expects it to be done as an outpatient (same-day or up to 23 hours of "
                  "observation). The plan will cover the surgery in an outpatient setting."),
    "bmi": ("bypass", "medical_necessity", ["prior_authorization"], "DENIED", 1,
            "Your body mass index in the records is under 40, and the records do not show a serious health "
            "problem caused by weight (such as diabetes, sleep apnea or high blood pressure being treated). The "
            "policy's weight criterion is not met, so the surgery is not medically necessary under the policy."),
    "approve": ("bypass", None, [], "APPROVED", None,
                "New records show type 2 diabetes under treatment and a body mass index above 35. Every criterion of "
                "the policy is now met. The request is approved as submitted."),
}
CRITERIA = ["Member is 18 years of age or older",
            "BMI of 40 or more, or 35 or more with a serious weight-related condition",
            "Supervised weight-management program, 6 consecutive months in the past 2 years",
            "Psychological evaluation clearing the member for surgery",
            "Nutrition assessment by a registered dietitian",
            "Surgeon and facility in network (accredited bariatric center)"]
PANNIC_CRITERIA = ["Stable weight for 6 months or more",
                   "Rash, infection or skin breakdown under the fold, not healed after 3 months of treatment",
                   "Fold hangs to or below the pubic area and limits daily activities",
                   "Photographs of the abdomen"]
LABELS = [dict(date="Date of this notice", mem="Member", mid="Member ID", grp="Group #", ref="Authorization request #",
               surg="Requesting surgeon", dos="Planned surgery date"),
          dict(date="Notice date", mem="Patient name", mid="Subscriber ID", grp="Group number", ref="Reference no.",
               surg="Requesting provider", dos="Scheduled date of surgery"),
          dict(date="Date", mem="Enrollee", mid="ID #", grp="Employer group", ref="UM case ID",
               surg="Surgeon", dos="Proposed date of service")]


class Letter(Doc):
    """Letter pages with a running header after page 1 and a footer carrying the form number."""

    def __init__(self, head: str, foot: str):
        super().__init__("DejaVu", footer=foot + "   Page {p} of {n}", header=head)
        self.add_font("DejaVu", "B", SANS_B)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.set_font("DejaVu", "", 8)
        d.cell(110, 4, PARENT, new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 17)
        d.cell(110, 8, INSURER)
    else:
        d.set_font("DejaVu", "B", 19)
        d.cell(110, 8, "TAMBERLANE", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 11)
        d.cell(110, 5, "HEALTH PLAN")
    d.set_xy(128, y0)
    d.set_font("DejaVu", "", 7.5)
    d.multi_cell(0, 3.4, f"Utilization Management\nPO Box 30417\nWausau, WI 54402\nPhone {f['um_phone']}\n"
                         f"Fax (555) 014-{f['fax4']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 22)
    d.rule(0.5, 3)


def request_block(d: Letter, f: dict) -> None:
    lab, fd = f["labels"], f["fd"]
    codes = ", ".join(c for c, _ in PROC[KINDS[f["kind"]][0]] if c[0] != "0")
    rows = [(lab["date"], fd(f["notice"])), (lab["mem"], f["name"]), (lab["mid"], f["mid"])]
    rows += [(lab["grp"], f["group"])] if f["group"] else []
    rows += [(lab["ref"], f["ref"])] + ([("Authorization number", f["auth"])] if f["auth"] else [])
    rows += [(lab["surg"], f["surgeon"]), ("Surgeon NPI", f["npi"]), ("Facility", f["facility"]),
             ("Request received", fd(f["received"])), (lab["dos"], fd(f["dos"])), ("CPT code(s) requested", codes),
             ("Medical policy", f["policy"])]
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(52, 5, k + ":")
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def checklist(d: Letter, f: dict) -> None:
    crit = PANNIC_CRITERIA if f["kind"] == "pannic" else CRITERIA
    unmet = KINDS[f["kind"]][4]
    widths, head = [70, 13, 15, 76], ["Criterion", "Met", "Not met", "Documentation received"]
    d.set_font("DejaVu", "B", 8)
    d.set_fill_color(228, 228, 228)
    for h, w in zip(head, widths):
        d.cell(w, 6, h, border=1, fill=True)
    d.ln(6)
    for i, c in enumerate(crit):
        met = i != unmet
        row = [c, "X" if met else "", "" if met else "X", f["docs"][i]]
        y, x = d.get_y(), d.l_margin
        d.set_font("DejaVu", "", 7.5)
        lines = max(len(d.multi_cell(w, 3.6, v, dry_run=True, output="LINES")) for v, w in zip(row, widths))
        h = lines * 3.6 + 1.2
        for v, w in zip(row, widths):
            d.rect(x, y, w, h)
            d.set_xy(x + 0.6, y + 0.6)
            d.multi_cell(w - 1.2, 3.6, v, align="C" if w < 20 else "L")
            x += w
        d.set_xy(d.l_margin, y + h)
    d.ln(3)


def documentation(r: random.Random, f: dict) -> list[str]:
    """The 'documentation received' column: every entry carries a date that is not a service date."""
    fd, n = f["fd"], f["notice"]
    if f["kind"] == "pannic":
        return [f"Weights 62-64 kg from {fd(days(n, -220))} to {fd(days(n, -30))}",
                f"Office note {fd(days(n, -41))}: mild redness, no open skin, no treatment tried",
                "Exam: fold ends above the pubic area; no limits on walking described",
                f"Photographs dated {fd(days(n, -38))}"]
    bmi = {"bmi": "36.4, no weight-related condition documented",
           "approve": "37.1 with type 2 diabetes on treatment"}.get(f["kind"], f"{r.randint(41, 48)}.{r.randint(0, 9)}")
    start = days(n, -r.randint(260, 330))
    months = 4 if f["kind"] == "program" else 6
    end = days(start, 30 * months + r.randint(2, 20) - (10 if months == 4 else 0))
    psych = "Not received (requested from the surgeon's office on " + fd(days(n, -16)) + ")" \
        if f["kind"] == "records" else f"Evaluation dated {fd(days(n, -r.randint(40, 90)))}"
    net = ("Surgeon and facility not in network" if f["kind"] == "oon" else
           "Not applicable: procedure not covered" if f["kind"] == "esg" else f"{f['facility']} (network)")
    return [f"Date of birth on file ({f['dob']})",
            f"Clinic note {fd(days(n, -r.randint(20, 60)))}: BMI {bmi}",
            f"Program records {fd(start)} to {fd(end)}" + (" (about 4 months)" if months == 4 else ""),
            psych, f"Dietitian note {fd(days(n, -r.randint(30, 120)))}", net]


def appeal(d: Letter, f: dict) -> None:
    fd = f["fd"]
    when = {"within": "within 180 days of the date of this notice",
            "by": f"so that we receive it by {fd(f['deadline'])}" if f["deadline"] else "",
            "until": f"You have until {fd(f['deadline'])} to ask." if f["deadline"] else "",
            "receive": "within 180 days after you receive this notice"}[f["dl"]]
    first = (f"You or your surgeon may ask us to look at this decision again (an appeal). Ask in writing {when}."
             if f["dl"] != "until" else f"You or your surgeon may ask us to look at this decision again (an "
                                         f"appeal). {when}")
    d.text_line("Your right to appeal", 10.5, "B")
    d.ln(1)
    for t in (first + f" Send it to Tamberlane Health Plan, Appeals Unit, PO Box 30488, Wausau, WI 54402, or fax "
                      f"(555) 014-{f['fax4b']}. Include the reference number {f['ref']} and any new records.",
              "If waiting could seriously harm your health, ask for a fast (expedited) appeal by phone; we decide "
              "it within 72 hours. After our final decision you may ask for an independent external review within "
              "4 months. You can ask for a free copy of the policy and of the records we used.",
              f"Your surgeon may talk with the reviewing doctor (peer-to-peer) by calling {f['p2p']} within 14 days. "
              f"Questions: Member Services {f['ms_phone']} (TTY 711), 8 a.m. to 8 p.m."):
        d.para(t, 9.3, gap=1.8)


def build(f: dict) -> bytes:
    proc, denial, _, decision, _, why = KINDS[f["kind"]]
    d = Letter(f"{f['name']}  -  {f['labels']['ref']} {f['ref']}",
               f"Form TUM-{f['form']} (rev. 09/2025)   Letter ID {f['letter_id']}")
    d.add_page()
    letterhead(d, f)
    for ln in [f["name"].upper(), *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(4)
    title = "PRIOR AUTHORIZATION APPROVED" if denial is None else "NOTICE OF PRIOR AUTHORIZATION " + (
        "DECISION" if f["kind"] == "inpatient" else "DENIAL")
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    request_block(d, f)
    first = f["name"].split()[0]
    surgery = PROC[proc][0][1].lower()
    d.para(f"Dear {first} {f['name'].split()[-1]}:", 10, gap=1.5)
    d.para(f"{f['surgeon']} asked us to approve {surgery} at {f['facility']}. A physician reviewer checked the "
           f"request against our medical policy {f['policy'].split()[0]}. Decision: {decision}.", 10, gap=2)
    d.text_line("What the policy asks for and what we received", 10.5, "B")
    d.ln(1)
    checklist(d, f)
    d.text_line("Why we decided this" if denial else "Our decision", 10.5, "B")
    d.ln(1)
    d.para(why, 9.8, gap=2)
    if f["kind"] == "inpatient":
        d.para(f"Not approved: inpatient admission from {fd_(f, f['dos'])} through {fd_(f, days(f['dos'], 2))}. "
               f"Approved: CPT 43775 on {fd_(f, f['dos'])}, outpatient.", 9.8, gap=2)
    if denial is None:
        d.para(f"Authorization {f['auth']} is valid for surgery from {fd_(f, f['valid'][0])} through "
               f"{fd_(f, f['valid'][1])}. Approval does not guarantee payment; your benefits and eligibility on the "
               "date of surgery apply.", 9.8, gap=2)
    d.para(f"Reviewed by {f['reviewer']}.", 9.5, gap=3)
    if denial:
        appeal(d, f)
    d.para(f"Sincerely,\n\nUtilization Management\n{INSURER}", 9.5, gap=1)
    return pdf_bytes(d)


def fd_(f: dict, x: dt.date) -> str:
    return f["fd"](x)


def facts(r: random.Random, kind: str, ds: str, dl: str, lh: int, li: int, base: dict | None) -> dict:
    notice = days(base["notice"], r.randint(24, 40)) if base else dt.date(2026, 1, 12) + dt.timedelta(
        days=r.randint(0, 170))
    f = dict(kind=kind, dl=dl, lh=lh, labels=LABELS[li], fd=lambda x: fdate(x, ds), notice=notice,
             received=days(notice, -r.randint(3, 12)), ref=mixed(r, "TH26A-999999"), npi=npi(r),
             policy=r.choice(["MP-SUR-118 Bariatric Surgery", "MP-SUR-118 Surgical Treatment of Obesity"])
             if kind != "pannic" else "MP-SUR-204 Panniculectomy and Abdominoplasty",
             reviewer=REVIEWERS[2] if kind == "pannic" else r.choice(REVIEWERS[:2]), um_phone=phone(r),
             ms_phone=phone(r), p2p=phone(r), fax4=r.randint(1000, 9999), fax4b=r.randint(1000, 9999),
             form=r.choice(["DN-04", "PA-11"]), letter_id=mixed(r, "AA9999999"),
             dos=days(notice, r.randint(15, 45)))
    if base:
        f.update({k: base[k] for k in ("name", "mid", "group", "surgeon", "facility", "addr", "dob")})
    else:
        f.update(name=person(r), mid=mixed(r, r.choice(["TMB99999999A", "A9A9999999", "TB-9999999-9"])),
                 group=r.choice([None, "WI" + digits(r, 5), mixed(r, "G99A99")]), surgeon=r.choice(SURGEONS),
                 facility=r.choice(BARIATRIC_CENTERS if kind != "oon" else ["Greymarsh Weight Surgery Clinic"]),
                 addr=list(address(r)), dob=f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1966, 2000)}")
    f["auth"] = mixed(r, "PA99999999") if kind in ("inpatient", "approve") else None
    f["valid"] = (notice, days(notice, 119))
    f["deadline"] = days(notice, 180) if dl in ("by", "until") else None
    f["docs"] = documentation(r, f)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]][1:3]
    alts: dict = {"provider": [f["facility"]]}
    cases = [f["ref"]] + ([f["auth"]] if f["auth"] else [])
    if f["auth"]:
        alts["case_numbers"] = [[f["ref"]]]
    common = dict(insurer=INSURER, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                  case_numbers=cases, denial_date=iso(f["notice"]), provider=f["surgeon"])
    if denial is None:
        alts["service_dates"] = [[iso(*f["valid"])]]
        return truth("other", None, service_dates=[iso(f["dos"])], alternates=alts, **common)
    dates = [iso(f["dos"])]
    if f["kind"] == "inpatient":
        dates = [iso(f["dos"], days(f["dos"], 2))]
        alts["service_dates"] = [[iso(f["dos"])]]
    deadline = {"within": days(f["notice"], 180), "by": f["deadline"], "until": f["deadline"], "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
    return truth("denial_letter", denial, service_dates=dates, appeal_deadline=iso(deadline) if deadline else None,
                 alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kinds, date style, deadline style, letterhead, label set)
PLAN = [
    ("bariatric_criteria_denial_bd_program", "born_digital", ["program"], "long", "within", 0, 0),
    ("bariatric_criteria_denial_bd_records", "born_digital", ["records"], "slash", "by", 1, 1),
    ("bariatric_criteria_denial_scan_pannic", "scan_clean_300", ["pannic"], "dmy", "receive", 0, 2),
    ("bariatric_criteria_denial_lowres_oon", "scan_lowres_150", ["oon"], "iso", "within", 1, 0),
    ("bariatric_criteria_denial_copy_esg", "photocopy", ["esg"], "abbr", "until", 0, 1),
    ("bariatric_criteria_denial_rot_inpatient", "rotated", ["inpatient"], "slash", "within", 1, 2),
    ("bariatric_criteria_denial_faxf_stack", "fax_fine_g4", ["bmi", "approve"], "long", "by", 0, 0),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, ds, dl, lh, li) in enumerate(PLAN):
        r = random.Random(12400 + i)
        f = facts(r, kinds[0], ds, dl, lh, li, None)
        docs = [(build(f), make_truth(f))]
        seps = None
        if len(kinds) > 1:
            f2 = facts(r, kinds[1], ds, dl, lh, li, f)
            docs.append((build(f2), make_truth(f2)))
            seps = ["cover", None]
        items.append(Item(stem, cond, docs, separators=seps))
    return items
