"""Family 'nursing_facility_level_of_care': an invented state Medicaid long-term care program's notices on nursing
facility level of care after an assessment.

Two invented agencies ("STATE OF CARROWMORE" over "Department of Human Services", Division of Long-Term Care, for the
CareLink long-term care program; "COMMONWEALTH OF GLENVARRA" over "Office of Aging and Long-Term Supports") tell a
nursing facility resident (yearly reassessment) or an applicant leaving a hospital that the assessment found they do
not meet nursing facility level of care: the scores against the threshold, assessment date, tool and assessor
(decoys), the effective date of the change, the right to keep benefits by asking for a hearing before a date, the fair
hearing deadline; one notice says the person meets it (approval). Decoys: notice number, form number, the assessor's
phone, the facility's provider number, the monthly patient-pay amount.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr3 import address, days, digits, fdate, iso, local_phone, mixed, person, phone, usd

FAMILY = "nursing_facility_level_of_care"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
AG = {"C": ("STATE OF CARROWMORE", "Department of Human Services", "Division of Long-Term Care - CareLink Program",
            "Carrowmore Department of Human Services"),
      "G": ("COMMONWEALTH OF GLENVARRA", "Office of Aging and Long-Term Supports", "Nursing Facility Eligibility Unit",
            "Glenvarra Office of Aging and Long-Term Supports")}
FACILITIES = ["Larkspur Hollow Nursing and Rehabilitation", "Brambleside Care Center", "Whinfell Manor Skilled Nursing",
              "Cinderford Health and Rehabilitation Center"]
HOSPITALS = ["Mardale General Hospital", "Easterbrook Medical Center"]
ASSESSORS = ["Philomena Garrowby, RN", "Leofric Amberley, RN, BSN", "Hesketh Morland, LSW"]
KINDS = {"resident": ("level_of_care", ["eligibility", "medical_necessity"]),
         "applicant": ("level_of_care", ["eligibility", "medical_necessity"]), "meets": (None, [])}


class Notice(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Notice, f: dict) -> None:
    state, agency, unit, _ = AG[f["ag"]]
    d.set_font("DejaVu", "B", 9)
    d.cell(0, 4.5, state, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "B", 15)
    d.cell(0, 7.5, agency, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.5)
    d.cell(0, 4.5, f"{unit}  |  PO Box {f['box']}, {f['city']}  |  {f['ph']}", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(1)
    d.rule(0.7, 4)


def grid(d: Notice, f: dict) -> None:
    fd, c = f["fd"], f["ag"] == "C"
    rows = [("Date of notice" if c else "Notice date", fd(f["notice"])), ("Name", f["pat"]),
            ("Medicaid ID" if c else "Recipient ID no.", f["mid"]), ("Case number" if c else "Case #", f["case"]),
            ("Level of care review no." if c else "LOC determination ID", f["loc"]),
            ("Notice no.", f["notice_no"]),
            ("Nursing facility" if f["kind"] != "applicant" else "Facility requested", f["fac"]),
            ("Facility provider no.", f["fac_no"])]
    half = rows[:6]
    for i in range(0, len(half), 2):
        for k, v in half[i:i + 2]:
            d.set_font("DejaVu", "B", 7.8)
            d.cell(40, 6, " " + k, border="LTB")
            d.set_font("DejaVu", "", 8.6)
            d.cell(45, 6, v, border="RTB")
        d.ln(6)
    for k, v in rows[6:]:
        d.set_font("DejaVu", "B", 7.8)
        d.cell(40, 6, " " + k, border="LTB")
        d.set_font("DejaVu", "", 8.6)
        d.cell(130, 6, v, border="RTB", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def scores(d: Notice, f: dict) -> None:
    d.text_line("Your assessment", 10.5, "B", h=6)
    d.para(f"On {f['fd'](f['assess'])}, {f['assessor']} completed the {f['tool']} with you"
           f"{' at ' + f['where'] if f['where'] else ''}. The table shows your scores and what is needed to "
           "meet nursing facility level of care.", 9.3)
    rows = [[k, str(v), str(t)] for k, v, t in f["scores"]]
    rows.append(["*Total", str(sum(x[1] for x in f["scores"])), str(sum(x[2] for x in f["scores"]))])
    d.table(["Area assessed", "Your score", "Highest possible"], rows, [80, 30, 36], size=8.8, aligns="LRR")
    d.para(f"Total needed for nursing facility level of care: {f['threshold']}.", 9)


def decision(f: dict) -> str:
    fd, fac = f["fd"], f["fac"]
    if f["kind"] == "meets":
        return (f"Your total score is at or above the level needed. You meet nursing facility level of care, and "
                f"Medicaid long-term care will cover your care at {fac} starting {fd(f['eff'])}. Your monthly "
                f"patient-pay amount is {usd(f['pp'])}. We will assess you again in 12 months.")
    if f["kind"] == "resident":
        return (f"You do not meet nursing facility level of care. You can do most daily activities with little "
                "help, you do not need nursing care every day, and the help you do need can be given at home, in "
                f"assisted living or with in-home services. Medicaid will stop paying for your care at {fac} on "
                f"{fd(f['eff'])} (effective date). Medicaid paid for your stay there from {fd(f['adm'])} through "
                f"{fd(days(f['eff'], -1))}.")
    return (f"You do not meet nursing facility level of care, so Medicaid will not pay for the admission to {fac} "
            f"planned for {fd(f['eff'])}. Your needs after your stay at {f['where']} can be met with home health "
            "visits and personal care at home. A case manager will call you about those services.")


def rights(d: Notice, f: dict) -> None:
    fd, c = f["fd"], f["ag"] == "C"
    d.text_line("Keeping your benefits during a hearing", 10.5, "B", h=6)
    if f["kind"] == "applicant":
        d.para("You are not getting Medicaid nursing facility care now, so there is no care to continue while you "
               "wait for a hearing. You may still ask for one.", 9.3)
    else:
        d.para(f"If you ask for a hearing on or before {fd(days(f['eff'], -1))}, Medicaid will keep paying for your "
               "nursing facility care until the hearing decision. If you lose the hearing, you may have to pay back "
               "the cost of the care given while you waited.", 9.3)
    n = 90 if c else 30
    when = {"within": f"within {n} days of the date of this notice",
            "by": f"no later than {fd(days(f['notice'], n))}",
            "mailed": f"within {n} days from the date this notice was mailed to you"}[f["dl"]]
    d.text_line("Your right to a fair hearing", 10.5, "B", h=6)
    d.para(f"If you think this decision is wrong, you may ask for a state fair hearing {when}. Call {f['ph']}, "
           f"write to the {AG[f['ag']][1]}, Hearings Section, PO Box {f['box']}, {f['city']}, or fill in the "
           "enclosed hearing request. You may bring a lawyer, a relative or anyone you choose. Free legal help: "
           f"{f['legal']}.", 9.3)


def build(f: dict) -> bytes:
    d = Notice(f"Form {f['form']}   {f['notice_no']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(4)
    title = ("Notice of Decision: You Meet Nursing Facility Level of Care" if f["kind"] == "meets" else
             "Notice of Action: Nursing Facility Level of Care Not Met")
    d.text_line(title, 12, "B", h=7)
    d.ln(2)
    grid(d, f)
    scores(d, f)
    d.text_line("Our decision", 10.5, "B", h=6)
    d.para(decision(f), 9.3)
    if f["kind"] == "meets":
        d.para(f"If you have questions, call your assessor, {f['assessor']}, at {f['aph']}, or us at {f['ph']}.", 9.3)
        d.text_line(AG[f["ag"]][3], 9, h=5)
        return pdf_bytes(d)
    d.para("The rule we used: a person meets nursing facility level of care when the assessment total is at or "
           f"above {f['threshold']} or the person needs skilled nursing every day (state long-term care rules, "
           f"section {f['rule']}).", 9)
    rights(d, f)
    d.para(f"Questions about the assessment: {f['assessor']}, {f['aph']}.", 9)
    d.text_line(AG[f["ag"]][3], 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ag: str, ds: str, dl: str) -> dict:
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 230))
    where = r.choice(HOSPITALS) if kind == "applicant" else None
    f = dict(kind=kind, ag=ag, fd=lambda x: fdate(x, ds), dl=dl, notice=notice, pat=person(r), addr=address(r),
             mid=mixed(r, "CR99999999A" if ag == "C" else "99A9999999"), case=mixed(r, "99-A9999-99"),
             loc=mixed(r, "LOC-99AA999"), notice_no=mixed(r, "N99999999"), fac=r.choice(FACILITIES),
             fac_no=digits(r, 9), assessor=r.choice(ASSESSORS), aph=local_phone(r), ph=phone(r),
             legal=local_phone(r), box=str(r.randint(10000, 89999)),
             city="Kearney, NE 68848" if ag == "C" else "Laramie, WY 82072",
             tool="CareLink Level of Care Assessment" if ag == "C" else "Glenvarra Functional Needs Screen (FNS-3)",
             where=where, form="CL-LOC-2 (rev. 09/25)" if ag == "C" else "OALTS 611", rule=f"{r.randint(4, 9)}.{r.randint(10, 40)}",
             pp=float(r.randint(400, 1900)))
    if kind == "meets":
        f["scores"] = [("Activities of daily living", r.randint(9, 14), 20), ("Cognition and memory", r.randint(3, 5), 8),
                       ("Skilled nursing needs", r.randint(2, 4), 6), ("Behavior", r.randint(0, 2), 4)]
    else:
        f["scores"] = [("Activities of daily living", r.randint(2, 5), 20), ("Cognition and memory", r.randint(0, 2), 8),
                       ("Skilled nursing needs", 0, 6), ("Behavior", r.randint(0, 1), 4)]
    f["threshold"] = 12
    f["assess"] = days(notice, -r.randint(5, 14))
    f["eff"] = days(notice, r.randint(12, 20)) if kind != "meets" else days(notice, r.randint(1, 5))
    f["adm"] = days(notice, -r.randint(300, 700))
    if kind == "meets" and r.random() < 0.5:
        f["where"] = r.choice(HOSPITALS)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    _, agency, _, full = AG[f["ag"]]
    alts: dict = {"insurer": [agency], "case_numbers": [[f["case"]], [f["loc"]]],
                  "service_dates": [[]]}
    common = dict(insurer=full, member_id=f["mid"], member_name=f["pat"], case_numbers=[f["case"], f["loc"]],
                  service_dates=[iso(f["eff"])], denial_date=iso(f["notice"]), provider=f["fac"])
    if f["kind"] == "meets":
        return truth("other", None, alternates=alts, **common)
    if f["kind"] == "resident":
        alts["service_dates"] += [[iso(days(f["eff"], -1))], [iso(f["adm"], days(f["eff"], -1))]]
    n = 90 if f["ag"] == "C" else 30
    alts["appeal_deadline"] = [iso(days(f["notice"], n))]
    return truth("denial_letter", denial, appeal_deadline=None, alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kind, agency, date style, fair-hearing wording)
PLAN = [
    ("nursing_facility_level_of_care_bd_resident", "born_digital", "resident", "C", "long", "within"),
    ("nursing_facility_level_of_care_bd_meets", "born_digital", "meets", "G", "slash", "within"),
    ("nursing_facility_level_of_care_scan_applicant", "scan_clean_300", "applicant", "G", "upper", "by"),
    ("nursing_facility_level_of_care_lowres_resident", "scan_lowres_150", "resident", "C", "slash", "by"),
    ("nursing_facility_level_of_care_copy_resident", "photocopy", "resident", "G", "abbr", "mailed"),
    ("nursing_facility_level_of_care_photo_applicant", "phone_photo", "applicant", "C", "dmy", "within"),
    ("nursing_facility_level_of_care_faxf_resident", "fax_fine_g4", "resident", "G", "iso", "within"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ag, ds, dl) in enumerate(PLAN):
        r = random.Random(14500 + i)
        f = facts(r, kind, ag, ds, dl)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
