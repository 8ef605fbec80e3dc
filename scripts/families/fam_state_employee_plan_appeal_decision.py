"""Family 'state_employee_plan_appeal_decision': a state employees' health plan's second-level appeal decisions, made
by a board or committee, upholding or overturning the first-level denial they quote.

Issuers: Halverston State Employees' Health Plan (parent line "Department of Administration - Division of Employee
Benefits" above the name, return address block) and Strathmore Public Employees Health Program (the logo word
"STRATHMORE" over a line, the committee's name below). Decoys: the first-level decision date and its reference
number, the meeting date of the committee, the date the appeal was received, the agency the member works for, the
external-review time limit, the plan's timetable sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famtc import address, clinician, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "state_employee_plan_appeal_decision"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
A = "Halverston State Employees' Health Plan"
B = "Strathmore Public Employees Health Program"
AGENCIES = ["Department of Transportation", "State Water Resources Board", "Office of the State Auditor"]
LABELS = {1: ["Member", "Member ID", "Group", "Second-level appeal no.", "First-level reference", "Date of service",
              "Provider", "Billed amount"],
          2: ["Plan participant", "Participant ID", "Group number", "Appeal case", "Original denial no.",
              "Service date", "Treating provider", "Charges"],
          3: ["Patient", "ID no.", "Employer group", "File number", "Level 1 ref.", "DOS", "Requested by",
              "Amount claimed"],
          "es": ["Participante", "Número de identificación", "Grupo", "Número de apelación", "Referencia de primer nivel",
                 "Fecha", "Proveedor", "Cargos"]}
# service, first-level reason (quoted), decision reasoning (upheld), denial type
CASES = {
    "mri": ("lumbar spine MRI (CPT 72148)", "Not medically necessary. The records do not show six weeks of "
            "conservative treatment before imaging.", "The Committee found that the records still do not show a "
            "trial of physical therapy or medication before the MRI was ordered. The criteria of the plan's imaging "
            "policy were not met, so the service is not medically necessary.", "medical_necessity"),
    "hearing": ("bilateral hearing aids", "Excluded benefit: hearing aids are not covered under the State plan "
                "document, Section 7.4.", "Section 7.4 of the plan document lists hearing aids and their fitting "
                "among the services the State plan does not pay for. The Board has no authority to add a benefit "
                "that the plan excludes.", "not_covered"),
    "trial": ("autologous chondrocyte implantation of the knee", "Experimental/investigational procedure.",
              "The Committee reviewed the published studies you sent. The procedure for your diagnosis is still "
              "considered investigational under the plan's medical policy, and the plan pays only for proven "
              "treatments.", "experimental"),
    "oon": ("outpatient shoulder arthroscopy", "Provider is not in the plan's network; no network exception was "
            "requested.", "The surgeon you saw does not take part in the plan's network, and surgeons in the network "
            "within 30 miles of your home perform this operation. Services by a provider outside the network are "
            "not paid under your PPO option unless an exception was approved.", "out_of_network"),
    "rehab": ("inpatient rehabilitation admission", "Care could have been provided at a lower level (skilled "
              "nursing facility).", "The Committee agreed that your father's needs after surgery could have been "
              "met safely in a skilled nursing facility. The inpatient rehabilitation setting was not needed.",
              "level_of_care"),
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, kind, case, ins, lab, ds, ms, lang, app, post):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    first = days(notice, -r.randint(70, 110))
    svc = days(first, -r.randint(12, 40)) if post else days(notice, r.randint(20, 45))
    f = dict(kind=kind, case=case, ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, app=app, post=post,
             notice=notice, first=first, svc=svc, meet=days(notice, -r.randint(6, 12)),
             recv=days(first, r.randint(20, 40)), member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "HSE999999999") if ins == A else mixed(r, "SP-99999-999"),
             grp=digits(r, 5) if ins == A else mixed(r, "SPEH-99"), doc=clinician(r),
             apno=mixed(r, "L2-2026-99999") if ins == A else mixed(r, "APC99999"),
             ref1=mixed(r, "UM99999999") if ins == A else mixed(r, "L1-999999"),
             claim=mixed(r, "99999A99999") if post else None, billed=money(r, 900, 14000) if post else None,
             ph=phone(r), box=digits(r, 4), agency=r.choice(AGENCIES))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    if f["ins"] == A:
        d.text_line("Department of Administration  -  Division of Employee Benefits", 8.5, h=4.3)
        d.text_line(A, 14.5, "B", h=7.5)
        d.text_line(f"Appeals Committee  ·  PO Box {f['box']}  ·  Bismarck, ND 58502  ·  {f['ph']}", 8.5, h=4.5)
        d.rule(0.5, 3)
    else:
        d.text_line("STRATHMORE", 21, "B", h=10)
        d.rule(0.8, 1.5)
        d.text_line(B, 10.5, "B", h=5.5)
        d.text_line(f"Board of Trustees - Benefit Appeals  |  {f['box']} Capitol Mall, Pocatello, ID 83201", 8.5,
                    h=4.5)
        d.ln(3)


def rows(d, pairs):
    for k, v in pairs:
        d.set_font("DejaVu", "B", 9)
        d.cell(55, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def deadline_text(f):
    a = f["app"]
    if a == "board30":
        return ("If you disagree, you may ask for a hearing before the full Board of Trustees. Your written "
                "request must reach us within 30 days of the date of this letter.")
    if a == "date":
        return f"You may ask the State Benefits Board to review this decision. Send your request by {f['fd'](f['dl'])}."
    if a == "es":
        return ("Puede pedir una audiencia ante la Junta dentro de 30 días a partir de la fecha de esta carta.")
    return ("This decision completes the plan's internal appeal process. You may request an external review by an "
            "independent review organization within 4 months after you receive this letter.")


def build(f) -> bytes:
    L, ms, svc, case = f["lab"], f["ms"], CASES[f["case"]][0], CASES[f["case"]]
    d = Page(f"{'HSEHP' if f['ins'] == A else 'SPEHP'}-AP2  {f['apno']}  page {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    info = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["apno"]), (L[4], f["ref1"])]
    if f["post"]:
        info += [("Claim" if f["lang"] == "en" else "Reclamación", f["claim"]), (L[5], f["fd"](f["svc"])),
                 (L[7], usd(f["billed"], ms))]
    else:
        info += [(L[5] + (" (planned)" if f["lang"] == "en" else " (programada)"), f["fd"](f["svc"]))]
    info.append((L[6], f"Dr. {f['doc']}"))
    if f["lang"] == "es":
        rows(d, info)
        d.text_line("Decisión de apelación de segundo nivel", 11.5, "B", h=6)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"El Comité de Apelaciones se reunió el {f['fd'](f['meet'])} para revisar su apelación de segundo "
               f"nivel sobre la atención en un centro de rehabilitación para pacientes internados solicitada por "
               f"Dr. {f['doc']}. En la primera decisión, del {f['fd'](f['first'])}, el plan escribió:", 10)
        d.para("«La atención podía darse en un nivel menor (centro de enfermería especializada).»", 10)
        d.para("El Comité mantiene la denegación. Sus necesidades después de la cirugía podían atenderse de forma "
               "segura en un centro de enfermería especializada; el nivel de atención de rehabilitación "
               "hospitalaria no era necesario.", 10)
        d.text_line("Sus derechos", 10.5, "B", h=6)
        d.para(deadline_text(f) + f" Llame al {f['ph']} si tiene preguntas.", 10)
        d.para("Atentamente,\nComité de Apelaciones\n" + f["ins"], 10)
        return pdf_bytes(d)
    rows(d, info)
    up = f["kind"] == "upheld"
    d.text_line("Second-Level Appeal Decision: " + ("DENIAL UPHELD" if up else "DENIAL OVERTURNED"), 11.5, "B",
                h=6)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"You are enrolled through the {f['agency']}. We received your second-level appeal on "
           f"{f['fd'](f['recv'])}. The {'Appeals Committee' if f['ins'] == A else 'Board of Trustees'} met on "
           f"{f['fd'](f['meet'])} to review the first-level decision about the {svc} "
           f"{'provided' if f['post'] else 'requested'} by Dr. {f['doc']}.", 10)
    if f["table"]:
        d.table(["", "First-level decision", "Second-level decision"],
                [["Date", f["fd"](f["first"]), f["fd"](f["notice"])],
                 ["Outcome", "Denied", "Upheld" if up else "Overturned"],
                 ["Reviewer", "Plan medical director", "Committee and a board-certified physician"]],
                [28, 68, 76], size=8.5, head_fill=True)
    d.para(f"The first-level decision dated {f['fd'](f['first'])} said: \"{case[1]}\"", 10)
    if up:
        d.para(("Decision: " if f["kw"] else "") + case[2] + " For these reasons the denial is upheld.", 10)
    else:
        d.para("After reviewing the new records from your physician, the Committee found that the criteria are met. "
               "The first-level denial is reversed. " + (
                   f"Claim {f['claim']} will be reprocessed for payment within 30 days." if f["post"] else
                   f"Authorization {f['apno']} is approved for the date shown above."), 10)
    d.para("Appeals to the plan are usually decided within 60 days of receipt.", 9)
    if up:
        d.text_line("Your further rights", 10.5, "B", h=6)
        d.para(deadline_text(f) + f" Questions: {f['ph']}.", 10)
    d.para("Sincerely,\n\nAppeals Coordinator, for the "
           + ("Appeals Committee" if f["ins"] == A else "Board of Trustees") + "\n" + f["ins"], 10)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    up = f["kind"] == "upheld"
    den = CASES[f["case"]][3] if up else None
    dtype = "denial_letter" if up else "other"
    dl = None
    if up and f["app"] in ("board30", "es"):
        dl = iso(days(f["notice"], 30))
    elif up and f["app"] == "date":
        dl = iso(f["dl"])
    cases = [f["apno"], f["ref1"]] + ([f["claim"]] if f["post"] else [])
    return truth(dtype, den, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=cases, claim_amount=m2(f["billed"]) if f["post"] else None,
                 service_dates=[iso(f["svc"])], denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=dl)


# (stem, condition, kind, case, insurer, labels, date style, money style, lang, appeal, post-service, table, keyword)
PLAN = [
    ("state_employee_plan_appeal_decision_bd_mri_upheld", "born_digital", "upheld", "mri", A, 1, "long", "plain",
     "en", "board30", False, True, True),
    ("state_employee_plan_appeal_decision_bd_overturned", "born_digital", "over", "trial", B, 2, "abbr", "plain",
     "en", "ext", True, True, True),
    ("state_employee_plan_appeal_decision_scan_hearing_aids", "scan_clean_300", "upheld", "hearing", B, 3, "slash",
     "nosign", "en", "ext", True, False, False),
    ("state_employee_plan_appeal_decision_lowres_experimental", "scan_lowres_150", "upheld", "trial", A, 2, "dmy",
     "plain", "en", "date", False, False, True),
    ("state_employee_plan_appeal_decision_copy_out_of_network", "photocopy", "upheld", "oon", A, 3, "iso", "usd",
     "en", "board30", True, True, False),
    ("state_employee_plan_appeal_decision_faxf_rehab_es", "fax_fine_g4", "upheld", "rehab", B, "es", "es", "es",
     "es", "es", False, False, True),
    ("state_employee_plan_appeal_decision_rot_mri_overturned", "rotated", "over", "mri", B, 1, "long", "plain",
     "en", "ext", False, False, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, case, ins, lab, ds, ms, lang, app, post, table, kw) in enumerate(PLAN):
        r = random.Random(97000 + i)
        f = facts(r, kind, case, ins, lab, ds, ms, lang, app, post)
        f["table"], f["kw"] = table, kw
        f["dl"] = days(f["notice"], 45)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
