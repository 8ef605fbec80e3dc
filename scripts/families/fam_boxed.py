"""Family 'boxed': a utilization-review vendor's determination on a ruled form, a small label above each value.

Veritas Clinical Review Services is a fictional UR vendor writing on behalf of a fictional health plan; its
letterhead is the issuer. Decoys in boxes: date of birth, date the request was received, provider NPI, review
type, guideline number, form number. The appeal deadline sits in its own box.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "boxed"
LANG = "en"
VENDOR = "Veritas Clinical Review Services"
PLANS = [("Bluestem Health Cooperative", "BHC"), ("Prairie Lantern Health Plan", "PLH")]
DOCTORS = ["Dr. Cassius Mbeki", "Dr. Elsa Lindgren", "Dr. Tobias Reinholt", "Dr. Amara Nwosu", "Dr. Grady Pham",
           "Dr. Selma Horvath"]
FACILITY = {"spine": "Northfork Spine & Joint", "rehab": "Clearwater Rehab Institute",
            "proton": "Four Rivers Cancer Center", "retro": "Meadowlark Regional Hospital",
            "sleep": "Willowbend Sleep Clinic", "pt": "Prairie Home Health Partners"}
CASES = {  # kind -> denial, review type, service, code, stay?, reason text
    "spine": ("medical_necessity", "Prospective", "Lumbar spinal fusion, L4-L5", "22612", False,
              "The request does not meet clinical criteria for spinal fusion. Records show no instability on "
              "imaging and no trial of at least 6 months of conservative care (physical therapy, medication, "
              "injections). The service is not medically necessary as requested."),
    "rehab": ("level_of_care", "Pre-admission", "Acute inpatient rehabilitation admission", "Rev 0128", True,
              "The patient can tolerate only 1 hour of therapy a day and does not need daily physician oversight. "
              "Needs can be met in a skilled nursing facility. Admission at the acute inpatient rehabilitation "
              "level is not certified; a lower level of care is appropriate."),
    "proton": ("experimental", "Prospective", "Proton beam radiation therapy, prostate", "77525", False,
               "Proton beam therapy for this diagnosis is considered investigational under the plan's medical "
               "policy; evidence does not show better outcomes than standard radiation. Not certified."),
    "retro": ("prior_authorization", "Retrospective", "Inpatient admission, elective knee revision", "27487", True,
              "This elective admission required precertification before the admission date. No request was made "
              "until after discharge. The plan does not certify elective admissions reviewed after the fact "
              "except for emergencies, and this was not an emergency."),
    "sleep": ("other", "Prospective", "Attended polysomnography, facility based", "95810", False,
              "We asked the requesting provider for clinical records on two occasions. We did not receive them by "
              "the due date, so a clinical decision could not be made and the request is not certified. You or "
              "your provider may resubmit with records."),
    "pt": ("medical_necessity", "Prospective", "Home health physical therapy visits", "G0151", False,
           "The records show the patient walks independently in the community and is able to leave home, so "
           "skilled therapy in the home is not medically necessary. Outpatient therapy may be requested."),
}
PLAN = [
    ("boxed_bd_spine", "born_digital", "spine", 0),
    ("boxed_bd_rehab", "born_digital", "rehab", 1),
    ("boxed_faxf_proton", "fax_fine_g4", "proton", 0),
    ("boxed_faxs_retro", "fax_standard_g4", "retro", 1),
    ("boxed_copy_sleep", "photocopy", "sleep", 0),
    ("boxed_rot_pt", "rotated", "pt", 1),
]


def build(r: Rand, kind: str, plan_i: int) -> tuple[bytes, dict]:
    denial, review, service, code, stay, reason = CASES[kind]
    plan_name, plan_pre = PLANS[plan_i]
    name, first, mid, last = r.person()
    doctor, facility = r.choice(DOCTORS), FACILITY[kind]
    notice = r.date(dt.date(2026, 1, 20), 230)
    received = notice - dt.timedelta(days=r.randint(2, 9))
    dob = dt.date(r.randint(1948, 1999), r.randint(1, 12), r.randint(1, 28))
    if review == "Prospective":
        start = notice + dt.timedelta(days=r.randint(7, 30))
        end = None
    elif review == "Pre-admission":
        start = notice + dt.timedelta(days=r.randint(2, 5))
        end = start + dt.timedelta(days=r.randint(9, 14))
    else:
        start = notice - dt.timedelta(days=r.randint(30, 60))
        end = start + dt.timedelta(days=r.randint(2, 5))
    case_id = f"VCR-{notice.year % 100}-{r.digits(6)}"
    auth = f"{plan_pre}{r.digits(8)}"
    enrollee_id = f"{plan_pre}-{r.digits(4)}-{r.digits(5)}"
    plan_code = f"{plan_pre}{r.choice(['HMO', 'PPO', 'EPO'])}{r.digits(2)}"
    group = f"E{r.digits(6)}"
    deadline = notice + dt.timedelta(days=r.choice([60, 180]))
    ds = r.choice(["slash", "dmy", "iso"])
    d = Doc("Helvetica", footer=None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.rect(14, 12, 9, 14, style="F")
    d.set_xy(26, 12)
    d.font(15, "B")
    d.cell(100, 7, "VERITAS CLINICAL REVIEW SERVICES")
    d.set_xy(26, 19)
    d.font(8)
    d.cell(100, 4, f"Utilization management for {plan_name}")
    d.set_xy(26, 23)
    d.cell(100, 4, "1450 Commerce Loop, Suite 12, Sioux Falls, SD 57108  -  Fax 1-888-555-0193")
    d.set_xy(140, 13)
    d.font(7)
    d.multi_cell(62, 3.4, "Form VCR-UM-07 (rev. 03/2025)\nCall 1-888-555-0166 (TTY 711)\n8 a.m. - 6 p.m. Central",
                 align="R")
    d.set_xy(14, 32)
    d.text_line("NOTICE OF UTILIZATION REVIEW DETERMINATION", size=12.5, style="B", align="C", h=7)
    d.text_line("Please keep this notice. It explains a decision about coverage for health care services.", size=8,
                align="C")
    d.ln(3)
    W = 188
    d.boxes([("Date of notice", fmt_date(notice, ds), 40), ("Case ID", case_id, 52),
             ("Determination", "NOT CERTIFIED (DENIED)", 56), ("Review type", review, 40)])
    d.boxes([("Enrollee name", name.upper(), 80), ("Enrollee ID", enrollee_id, 58), ("Date of birth",
                                                                                        fmt_date(dob, ds), 50)])
    d.boxes([("Health plan", plan_name, 80), ("Plan code", plan_code, 40), ("Group / employer no.", group, 68)])
    d.boxes([("Requesting / attending physician", doctor, 70), ("Physician NPI", r.npi(), 40),
             ("Facility", facility, 78)])
    svc_to = fmt_date(end, ds) if end else fmt_date(start, ds)
    d.boxes([("Service requested", service, 92), ("Code", code, 22), ("Service from", fmt_date(start, ds), 37),
             ("Service to", svc_to, 37)])
    d.boxes([("Request received", fmt_date(received, ds), 45), ("Authorization request no.", auth, 55),
             ("Reviewer", "Physician advisor, board certified", 88)])
    d.ln(3)
    y = d.get_y()
    d.font(6.5)
    d.cell(0, 3.5, "REASON FOR DETERMINATION", new_x="LMARGIN", new_y="NEXT")
    d.font(9.5)
    d.set_x(15.5)
    d.multi_cell(W - 3, 4.7, reason, new_x="LMARGIN", new_y="NEXT")
    d.set_x(15.5)
    d.font(8)
    d.multi_cell(W - 3, 4, f"Criteria used: Veritas Clinical Guideline VCG-{r.digits(3)}. You may ask for a copy free "
                           "of charge. Your physician may call to speak with the reviewer (peer-to-peer) within 5 "
                           "business days.", new_x="LMARGIN", new_y="NEXT")
    d.rect(14, y, W, d.get_y() - y + 2)
    d.ln(5)
    d.boxes([("Deadline to request an appeal", fmt_date(deadline, "long"), 70),
             ("Send appeals to", "Veritas Appeals, PO Box 8810, Sioux Falls, SD 57117", 118)], h=12)
    d.ln(4)
    d.font(6.5)
    d.cell(0, 3.5, "YOUR RIGHTS", new_x="LMARGIN", new_y="NEXT")
    d.para("You or your provider may appeal this determination in writing or by phone. An expedited appeal is "
           "decided within 72 hours when waiting could seriously harm your health. If the appeal is denied, you "
           "may request an independent external review for denials based on medical necessity, appropriateness, "
           "level of care, effectiveness, or experimental/investigational status. Coverage, eligibility and "
           "benefit-limit decisions are reviewed by the health plan. This notice does not deny payment of any "
           "claim already paid.", size=8)
    d.para("ATTENTION: Language assistance services, free of charge, are available to you. Call 1-888-555-0166. "
           "ATENCION: si habla espanol, llame al 1-888-555-0166. Veritas Clinical Review Services does not "
           "discriminate on the basis of race, color, national origin, age, disability, or sex.", size=7.5)
    svc = [iso(start, end)]
    t = truth("denial_letter", denial, insurer=VENDOR, plan_id=plan_code, group_number=group, member_id=enrollee_id,
              member_name=name, case_numbers=[case_id, auth], claim_amount=None, service_dates=svc,
              denial_date=iso(notice), provider=doctor, appeal_deadline=iso(deadline),
              alternates={"insurer": [plan_name], "provider": [facility]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(7300 + i), kind, p)]) for i, (stem, cond, kind, p) in enumerate(PLAN)]
