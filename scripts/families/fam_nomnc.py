"""Family nomnc: the Notice of Medicare Non-Coverage (CMS-10123) and Detailed Explanation of Non-Coverage (CMS-10124).

Modelled on the public standard forms a skilled nursing facility, home health agency or outpatient rehab
facility hands a patient two days before Medicare-covered services end: provider letterhead, Patient name /
Patient number, 'The Effective Date Coverage of Your Current ... Services Will End', the immediate appeal to
the Quality Improvement Organization by noon of the day before, the QIO's phone numbers, the health plan's
contact block, the signature lines and the OMB approval 0938-0953; the DENC adds the facts and the coverage
rule behind the decision. Original Medicare and Medicare Advantage versions.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import Page, address, digits, fdate, notice_date, out, person, plus, span, truth

FAMILY = "nomnc"
LANG = "en"

SETTINGS = {"snf": ("Skilled Nursing", ["Prairie Wind Skilled Nursing Center", "Willow Bend Care & Rehabilitation",
                                        "St. Agnes Transitional Care Unit"]),
            "hha": ("Home Health", ["Meadowlark Home Health", "Blue Mesa Home Care Services"]),
            "corf": ("Outpatient Rehabilitation (CORF)", ["Cornerstone Comprehensive Outpatient Rehab Facility"])}
QIOS = [("Livanta", "1-888-555-0119", "1-888-555-0133"), ("Kepro", "1-888-555-0172", "1-855-555-0164"),
        ("Acentra Health", "1-888-555-0128", "1-855-555-0180")]
MA_PLANS = ["Silver Tide Medicare Advantage (HMO)", "Juniper Ridge Medicare Complete (HMO)",
            "Harbor & Hill Advantage Choice (PPO)"]
FACTS = {"snf": ("You were admitted after a hip replacement for daily physical and occupational therapy. You now walk "
                 "150 feet with a walker, climb stairs with a rail and dress yourself with set-up help only.",
                 "You no longer need skilled therapy every day. The care you need now, help with bathing and "
                 "reminders to do your exercises, can be given safely at home or in an assisted living setting and "
                 "does not require a skilled nursing facility. Medicare covers a skilled nursing facility stay only "
                 "when you need daily skilled care that, as a practical matter, can only be given as an inpatient "
                 "(42 CFR 409.31)."),
         "hha": ("You have been getting skilled nursing visits for wound care since your surgery. Your wound is "
                 "closed and your nurse noted it has healed.",
                 "You no longer need intermittent skilled nursing. Your remaining needs (help with meals and "
                 "housekeeping) are custodial care, which Medicare home health does not cover (42 CFR 409.42)."),
         "corf": ("You have attended therapy three times a week since your stroke. Your progress has leveled off over "
                  "the last four weeks and you can continue a home exercise program on your own.",
                  "Skilled therapy is no longer needed to maintain or improve your function; a home exercise program "
                  "meets your needs.")}


def header(p, rng, facility):
    p.line(facility, 14, "B", h=7)
    a = address(rng)
    p.line(f"{a[0]}, {a[1]}   Phone (555) {rng.randint(200, 899)}-{rng.randint(1000, 9999)}", 8.5, h=4.2)
    p.ln(4)


def nomnc(rng, setting, ma, same=None):
    label, facs = SETTINGS[setting]
    facility = rng.choice(facs)
    name, *_ = same or person(rng)
    notice = notice_date(rng)
    end = plus(notice, rng.choice([2, 2, 3]))
    ds = rng.choice(["slash", "long", "upper", "dash"])
    pnum = f"{rng.choice(['', 'MR', 'ACCT-'])}{digits(rng, 7)}"
    qio, qphone, qtty = rng.choice(QIOS)
    plan = rng.choice(MA_PLANS) if ma else None
    member = f"{rng.choice('HJKM')}{digits(rng, 9)}" if ma and rng.random() < 0.6 else None
    p = Page(footer=None, footer_left="Form CMS 10123-NOMNC (Exp. 12/31/2027)       OMB Approval No. 0938-0953")
    p.add_page()
    header(p, rng, facility)
    p.line("Notice of Medicare Non-Coverage", 15, "B", align="C", h=8)
    p.ln(2)
    rows = [("Patient name", name), ("Patient number", pnum), ("Date issued", fdate(notice, ds))]
    if member:
        rows.append(("Health plan member ID", member))
    p.pairs(rows, label_w=48, size=10.5)
    p.ln(3)
    p.f(12, "B")
    p.multi_cell(0, 6, f"The Effective Date Coverage of Your Current {label} Services Will End: {fdate(end, ds)}",
                 border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.bullets([f"Your Medicare provider and/or health plan have determined that Medicare probably will not pay for "
               f"your current {label.lower()} services after the effective date indicated above.",
               "You may have to pay for any services you receive after the above date."], 10)
    p.heading("Your Right to Appeal This Decision", 11.5)
    p.bullets(["You have the right to an immediate, independent medical review (appeal) of the decision to end "
               "Medicare coverage of these services. Your services will continue during the appeal.",
               "If you choose to appeal, the independent reviewer will ask for your opinion and will look at your "
               "medical records. You do not have to prepare anything in writing.",
               "If you choose to appeal, you and the reviewer will each get a copy of the detailed explanation of why "
               "your coverage should not continue.",
               "If you stop services no later than the effective date indicated above, you will avoid financial "
               "liability."], 9.5)
    p.heading("How to Ask For an Immediate Appeal", 11.5)
    p.bullets(["You must make your request to your Quality Improvement Organization (also known as a QIO). A QIO is "
               "the independent reviewer authorized by Medicare to review the decision to end these services.",
               "Your request for an immediate appeal should be made as soon as possible, but no later than noon of "
               "the day before the effective date indicated above.",
               "The QIO will notify you of its decision as soon as possible, generally no later than two days after "
               "the effective date of this notice if you are in Original Medicare."], 9.5)
    p.pairs([("QIO", f"{qio}   Call: {qphone}   TTY: {qtty}")], label_w=15, size=10)
    p.ln(2)
    p.heading("If You Miss The Deadline to Request An Immediate Appeal, You May Have Other Appeal Rights", 10.5)
    p.bullets(["If you have Original Medicare: Call the QIO listed above.",
               "If you belong to a Medicare health plan: Call your plan at the number given below."], 9.5)
    p.heading("Plan contact information", 10.5)
    p.para(f"{plan}, Member Services 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)} (TTY 711)" if plan
           else "Original Medicare \u2013 no plan information.", 9.5)
    p.heading("Additional Information (Optional):", 10.5)
    p.para(f"Physician order for discharge reviewed {fdate(plus(notice, -1), ds)}.", 9.5)
    p.para("Please sign below to indicate you received and understood this notice. I have been notified that "
           "coverage of my services will end on the effective date indicated on this notice and that I may appeal "
           "this decision by contacting my QIO.", 9)
    p.ln(4)
    p.f(10)
    p.cell(110, 6, "Signature of Patient or Representative ______________________", new_x="RIGHT")
    p.cell(0, 6, "Date __________", new_x="LMARGIN", new_y="NEXT")
    return finish(p, name, facility, plan, member, notice, end, "nomnc")


def denc(rng, setting, ma, same=None):
    label, facs = SETTINGS[setting]
    facility = rng.choice(facs)
    name, *_ = same or person(rng)
    notice = notice_date(rng)
    end = plus(notice, rng.choice([1, 2]))
    ds = rng.choice(["slash", "long", "iso", "dmy"])
    pnum = f"{digits(rng, 8)}"
    plan = rng.choice(MA_PLANS) if ma else None
    member = f"{rng.choice('HJKM')}{digits(rng, 9)}" if ma else None
    facts, why = FACTS[setting]
    p = Page(footer=None, footer_left="Form CMS 10124-DENC (Exp. 12/31/2027)       OMB Approval No. 0938-0953")
    p.add_page()
    header(p, rng, plan if (plan and rng.random() < 0.5) else facility)
    p.line("Detailed Explanation of Non-Coverage", 15, "B", align="C", h=8)
    p.ln(2)
    rows = [("Date", fdate(notice, ds)), ("Patient name", name), ("Patient number", pnum)]
    if member:
        rows.append(("Member ID", member))
    p.pairs(rows, label_w=40, size=10.5)
    p.ln(3)
    p.para(f"This notice gives a detailed explanation of why your current {label.lower()} services at {facility} "
           f"should end, starting {fdate(end, ds)}. This notice is not the decision on your appeal. The decision on "
           f"your appeal will come from your Quality Improvement Organization (QIO).", 10)
    p.heading("Facts used to make this decision", 11)
    p.para(facts, 10)
    p.heading("Detailed explanation of why your current services are no longer covered, and the specific Medicare "
              "coverage rules and policy used to make this decision", 11)
    p.para(why, 10)
    if plan:
        p.heading("Plan policy, provision or rationale used in making decision (health plans only)", 11)
        p.para(f"{plan} Evidence of Coverage, Chapter 4, Skilled nursing facility and home health care benefits.", 10)
    p.para("If you would like a copy of the documents sent to the QIO, or copies of the specific guidelines or "
           f"policies used to make this decision, please call {facility} at (555) {rng.randint(200, 899)}-"
           f"{rng.randint(1000, 9999)}.", 9.5)
    return finish(p, name, facility, plan, member, notice, end, "denc")


def finish(p, name, facility, plan, member, notice, end, kind):
    extra = {"alternates": {"appeal_deadline": [plus(end, -1).isoformat()], "service_dates": [[]]},
             "denial_alternates": ["medical_necessity"]}
    if plan:
        extra["alternates"]["insurer"] = [facility]
    else:
        extra["unscored"] = ["insurer"]
    t = truth("denial_letter", "level_of_care", insurer=plan or facility, member_id=member, member_name=name,
              service_dates=[span(end)], denial_date=notice.isoformat(), provider=facility, appeal_deadline=None,
              **extra)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    same = person(rng)
    return [Item("nomnc_bd_snf_ma", "born_digital", [nomnc(rng, "snf", True)]),
            Item("nomnc_bd_denc_snf", "born_digital", [denc(rng, "snf", True)]),
            Item("nomnc_scan_hha", "scan_clean_300", [nomnc(rng, "hha", False)]),
            Item("nomnc_lowres_denc_hha", "scan_lowres_150", [denc(rng, "hha", False)]),
            Item("nomnc_copy_corf", "photocopy", [nomnc(rng, "corf", False)]),
            Item("nomnc_photo_snf", "phone_photo", [nomnc(rng, "snf", False)]),
            Item("nomnc_stack_faxs", "fax_standard_g4", [nomnc(rng, "snf", True, same), denc(rng, "snf", True, same)],
                 ["cover", None])]
