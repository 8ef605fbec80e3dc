"""Family moon_notice: the Medicare Outpatient Observation Notice (MOON) a hospital gives a Medicare patient who is
kept as an outpatient for observation.

Modelled on the public MOON form (CMS-10611), in our own words: patient name and the hospital's patient number; the
statement that the patient is an outpatient getting observation services and not an inpatient, with the reason
written in a box; what an outpatient pays under Part B (copayments, 20% of doctor services, an example amount in
some copies); the warning that observation days do not count toward the three inpatient days Medicare needs before
it pays for skilled nursing facility care; drugs the patient takes themselves; the optional additional-information
box (when observation began, the attending physician, some hospitals' own lines); a signature, date and time block.
Invented hospitals (one-line, two-line and parent-system letterheads). Most MOONs only inform: nothing is decided
against the patient, so they are `other` with no denial type. Two copies carry the hospital utilization review's
statement that the inpatient admission the doctor ordered was not approved (level of care), with a case number,
the stay as a span written in a sentence and a reconsideration time limit. Decoys: the patient number, medical
record and account numbers, date of birth, the form and OMB numbers and expiry date, a printed-on stamp, the
example amount, the time the notice was given.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fpdf import FPDF
from kit_roundl_famv import DOCTORS, HOSPITALS, MA_PLANS, address, days, digits, fdate, iso, mbi, mixed, person, phone
from public_kit import Page, out, truth

FAMILY = "moon_notice"
LANG = "en"

REASONS = {
    "chest": "Your doctor wants to watch your heart rhythm and repeat your blood tests over the next several hours "
             "before deciding whether you need to be admitted. Right now your condition does not meet the "
             "hospital's guidelines for an inpatient stay.",
    "syncope": "You fainted at home. We are monitoring you and running tests to find the cause. Your doctor expects "
               "to know within a day whether you can go home or need hospital admission.",
    "fall": "You fell and hurt your hip; the X-rays show no fracture. We are watching your pain control and "
            "checking that you can walk safely with a walker before you go home.",
    "dehydration": "You came in dehydrated with low blood pressure. You are getting IV fluids and being watched. "
                   "Your doctor has not ordered an inpatient admission.",
    "asthma": "You are getting breathing treatments for an asthma flare. Your doctor will decide after more "
              "treatments and observation whether you need to be admitted.",
    "ur_pneumonia": "Your doctor wrote an order to admit you, but the hospital's utilization review found that your "
                    "care does not need an inpatient stay. See Additional Information below.",
    "ur_cellulitis": "The hospital's Utilization Review Committee did not approve an inpatient admission for your "
                     "leg infection. Your care is being given as outpatient observation. Details are below.",
}


def _letterhead(p: Page, hosp, rng) -> None:
    l1, l2, full = hosp
    if l2 is None:
        p.line(l1, 15, "B", h=7)
    elif l1.startswith("A member of"):
        p.line(l1, 8.5, h=4.5)
        p.line(l2, 15, "B", h=7)
    else:
        p.line(l1, 17, "B", h=7.5)
        p.line(l2, 11, h=5.5)
    a = address(rng)
    p.line(f"{a[0]}, {a[1]}   |   Main line {phone(rng)}", 8.5, h=4.5)
    p.ln(1)
    y = p.get_y()
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.ln(3)


def make(rng: random.Random, hosp_i: int, reason: str, *, ds: str, ur: str | None = None, ma: int | None = None,
         show_mbi: bool = False, example: bool = False, printed: bool = False, dob: bool = False):
    """One MOON (one or two pages); ur is None, 'notice' (reconsider within 30 days of the notice) or 'date'."""
    hosp = HOSPITALS[hosp_i]
    full = hosp[2]
    name = person(rng)
    first, last = name.split()[0], name.split()[-1]
    doc = rng.choice(DOCTORS)
    began = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 120))
    given = days(began, rng.choice([0, 1, 1]))
    pnum = rng.choice([f"PT{digits(rng, 8)}", mixed(rng, "99A999999"), digits(rng, 10)])
    mrn = f"MRN {digits(rng, 7)}"
    m = mbi(rng)
    d = lambda x: fdate(x, ds)  # noqa: E731
    p = Page(footer=None, footer_left=f"Form CMS 10611-MOON (Expires {rng.choice(['08/31/2028', '12/31/2027'])})"
             "      OMB approval 0938-1308" + (f"      Printed {fdate(days(given, -1), 'slash')} 06:1{rng.randint(0, 9)}"
                                                 if printed else ""))
    p.add_page()
    _letterhead(p, hosp, rng)
    p.line("Medicare Outpatient Observation Notice", 14, "B", align="C", h=7)
    p.line("(MOON)", 9, align="C", h=4.5)
    p.ln(2)
    rows = [("Patient name", name), ("Patient number", pnum)]
    if ur:
        rows.insert(0, ("Date of notice", d(given)))
    if dob:
        rows.append(("Date of birth", fdate(dt.date(1940 + rng.randint(0, 15), rng.randint(1, 12), rng.randint(1, 28)),
                                           "slash")))
    if show_mbi:
        rows.append((rng.choice(["Medicare number", "Medicare No. (MBI)"]), m))
    if ma is not None:
        mid = mixed(rng, "AA9999999")
        rows += [("Health plan", MA_PLANS[ma]), ("Plan member ID", mid)]
    p.boxed_pairs(rows, label_w=48)
    p.para(rng.choice(["**You are a hospital outpatient getting observation services. You are not an inpatient "
                       "because:**", "**You're a hospital outpatient receiving observation services. You are not "
                       "an inpatient because:**"]), 10.5)
    y = p.get_y()
    p.set_x(p.l_margin + 3)
    p.multi_cell(p.w - p.l_margin - p.r_margin - 6, 5, REASONS[reason], new_x="LMARGIN", new_y="NEXT")
    p.rect(p.l_margin, y - 1.5, p.w - p.l_margin - p.r_margin, p.get_y() - y + 3)
    p.ln(4)
    p.heading("Being an outpatient may change what you pay in the hospital", 10.5)
    p.bullets(["While you are an outpatient in observation, Medicare Part B (not Part A) covers your stay.",
               "For Part B services you usually pay a copayment for each outpatient hospital service; the amount "
               "depends on the service.",
               "You also usually pay 20% of the Medicare-approved amount for doctors' services, once you have met "
               "the Part B deductible."], 9.5)
    if example:
        p.para(f"For example (an illustration only, not your bill): if the Medicare-approved amount for a doctor's "
               f"visit were $150.00, your 20% share would be $30.00.", 8.5)
    p.heading("Observation can change what Medicare pays after you leave the hospital", 10.5)
    p.bullets(["If you need care in a skilled nursing facility (SNF) afterwards, Medicare Part A pays for it only "
               "after a medically necessary inpatient hospital stay of at least 3 days in a row. Days spent as an "
               "outpatient in observation do not count toward those 3 days.",
               "An inpatient stay starts on the day the hospital formally admits you on a doctor's order; the day "
               "you go home is not counted.",
               "If you also have Medicaid, a Medicare Advantage plan or other coverage, their rules for SNF care "
               "may be different. Ask them."], 9.5)
    p.heading("Drugs you take yourself", 10.5)
    p.para("Part B usually does not pay for prescription and over-the-counter drugs you would normally take on your "
           "own (such as your daily pills) when they are given to you as an outpatient. You may be billed for them. "
           "A Medicare drug plan may pay for some of them; ask the plan.", 9.5)
    p.heading("Additional Information:", 10.5, rule=True)
    extra = _additional(rng, ur, began, given, doc, full, d, ds)
    for para in extra["paras"]:
        p.para(para, 9.5)
    p.heading("Please sign below to show you received and understand this notice.", 10)
    p.f(9, "B")
    p.cell(100, 6, "Signature of patient or representative", border=1)
    p.cell(40, 6, "Date", border=1)
    p.cell(0, 6, "Time", border=1, new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(100, 8, f"   /s/ {first} {last}", border=1)
    p.cell(40, 8, " " + d(given), border=1)
    p.cell(0, 8, f" {rng.randint(1, 11)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}", border=1,
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Notice given by: {rng.choice(['R. ', 'K. ', 'T. '])}{rng.choice(['Ashdown', 'Penberthy', 'Lowther'])}, "
           f"{rng.choice(['RN, Case Management', 'Patient Access', 'Utilization Review RN'])}   {mrn}   "
           f"Account {digits(rng, 9)}", 8.5)
    p.para("Questions about your observation services? Ask the staff member who gave you this notice or the doctor "
           f"caring for you, or ask to speak with {full}'s utilization review or case management department at "
           f"{phone(rng)}. You can also call Medicare; the number is in your Medicare & You handbook. TTY users "
           "should use the TTY line listed there.", 8.5)
    ins, alts = ("Medicare", {"insurer": [None, full]})
    if ma is not None:
        ins, alts = MA_PLANS[ma], {"insurer": ["Medicare", full]}
    if ur:
        ins, alts = full, {"insurer": ["Medicare"] + ([MA_PLANS[ma]] if ma is not None else [])}
    alts["provider"] = [doc]
    if ur:
        alts["service_dates"] = [[iso(began)]]
        t = truth("denial_letter", "level_of_care", insurer=ins, member_id=m if show_mbi else (mid if ma is not None
                                                                                               else None),
                  member_name=name, cases=[extra["case"]], service_dates=[iso(began, extra["end"])],
                  denial_date=given.isoformat(), provider=full, appeal_deadline=extra["deadline"].isoformat(),
                  alternates=alts, denial_alternates=["medical_necessity"])
    else:
        alts["service_dates"] = [[]]
        t = truth("other", None, insurer=ins, member_id=m if show_mbi else (mid if ma is not None else None),
                  member_name=name, service_dates=[iso(began)], denial_date=given.isoformat(), provider=full,
                  alternates=alts)
    if ma is not None and show_mbi:
        t["alternates"]["member_id"] = [mid]
    return out(p), t


def _additional(rng, ur, began, given, doc, full, d, ds) -> dict:
    """The additional-information box: observation start and doctor; the UR statement on the two UR copies."""
    hour = f"{rng.randint(1, 11)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}"
    if not ur:
        return {"paras": [rng.choice([f"Observation services began on {d(began)} at {hour}. Attending physician: {doc}.",
                                      f"Attending physician: {doc}. Your observation stay started {d(began)}, {hour}.",
                                      f"Date and time observation began: {d(began)} {hour}. Ordering physician: {doc}."
                                      ])]}
    end = days(began, rng.randint(2, 3))
    case = mixed(rng, "UR-26-9999A")
    rec = days(given, 30)
    if ds == "long":
        stay = f"{began.strftime('%B %-d')} through {d(end)}"
    else:
        stay = f"{d(began)} through {d(end)}"
    paras = [f"Utilization Review case no. {case}. Your doctor, {doc}, ordered an inpatient admission on "
             f"{d(began)}. The hospital's Utilization Review Committee reviewed your medical record on {d(given)} and "
             "did not approve the inpatient admission: the tests and treatment you need can safely be given at the "
             "outpatient observation level of care, and your condition did not need the level of care of an "
             "inpatient stay. Your doctor agreed with the committee.",
             f"Your hospital stay from {stay} (the day your doctor expects you to go home) will "
             "be billed to Medicare Part B as outpatient observation, not as an inpatient stay under Part A."]
    if ur == "notice":
        paras.append(f"If you disagree, you or your doctor may ask the {full} Utilization Review Committee to "
                     "reconsider. Your request must be made within 30 days of the date of this notice, in writing or "
                     f"by phone at {phone(rng)}.")
    else:
        paras.append(f"If you disagree, you or your doctor may ask the Utilization Review Committee to reconsider. "
                     f"We must receive your request no later than {d(rec)}.")
    return {"paras": paras, "case": case, "end": end, "deadline": rec}


def documents(rng: random.Random) -> list[Item]:
    return [
        Item("moon_notice_bd_chest", "born_digital", [make(rng, 0, "chest", ds="long", example=True)]),
        Item("moon_notice_bd_ur_pneumonia", "born_digital",
             [make(rng, 2, "ur_pneumonia", ds="long", ur="notice", show_mbi=True, dob=True)]),
        Item("moon_notice_scan_syncope_ma", "scan_clean_300", [make(rng, 1, "syncope", ds="slash", ma=0, dob=True)]),
        Item("moon_notice_lowres_fall", "scan_lowres_150",
             [make(rng, 3, "fall", ds="dmy", show_mbi=True, printed=True)]),
        Item("moon_notice_copy_dehydration", "photocopy", [make(rng, 4, "dehydration", ds="abbr", example=True)]),
        Item("moon_notice_phone_asthma", "phone_photo", [make(rng, 0, "asthma", ds="slash", printed=True)]),
        Item("moon_notice_faxs_ur_cellulitis", "fax_standard_g4",
             [make(rng, 3, "ur_cellulitis", ds="iso", ur="date", show_mbi=True)]),
    ]
