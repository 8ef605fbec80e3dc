"""Family hinn_notice: Hospital-Issued Notices of Noncoverage (HINN) that a hospital's utilization review sends a
Medicare patient.

Modelled on the public HINN forms (in our own words): the preadmission / admission notice (HINN-1), the notice of
a non-covered item or service during a covered stay (HINN-11), the continued-stay notice (HINN-12 style) and the
notice that the hospital has asked the Quality Improvement Organization to review (HINN-10). Hospital letterhead and
its utilization review office; date of notice, patient, Medicare Number, attending physician, admission or planned
date; why Medicare is not expected to pay; whether the physician agrees; "beginning on DATE you will be
responsible"; the immediate QIO review (by noon of the first working day) and a standard QIO review (30 days of the
notice, of receipt, or a printed date); an acknowledgement block. One-page and two-page versions; decoys: medical
record and account numbers, date of birth, NPI, the hospital's form number, an estimated charge.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundh_famj import DOCTORS, HOSPITALS, QIOS, address, digits, mbi, npi, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "hinn_notice"
LANG = "en"

# kind -> (form, title, reason template, denial type, denial alternates)
KINDS = {
    "preadmit": ("HINN-1", "Preadmission Notice of Noncoverage",
                 "You are scheduled to be admitted on {svc} for {what}. The hospital reviewed your records before "
                 "the admission and finds that Medicare is not expected to pay for an inpatient stay for it: the "
                 "procedure and your recovery can be handled safely as same-day (outpatient) surgery, and nothing in "
                 "your condition calls for you to stay overnight as an inpatient.", "level_of_care",
                 ["medical_necessity"]),
    "admission": ("HINN-1", "Admission Notice of Noncoverage",
                  "You were admitted on {adm} for {what}. After review, the hospital finds that your stay does not "
                  "meet Medicare's requirements for an inpatient admission. Your condition could be treated in a less "
                  "intensive setting (observation or outpatient care); inpatient hospital care is not medically "
                  "necessary for it.", "level_of_care", ["medical_necessity"]),
    "item": ("HINN-11", "Notice of Noncoverage of a Service During Your Hospital Stay",
             "Your hospital stay that began on {adm} remains covered. However, the {what} ordered for {svc} is not "
             "reasonable and necessary for diagnosing or treating your condition: a study done two days earlier "
             "already answered the question, and the result would not change your treatment. Medicare is not "
             "expected to pay for this one service.", "medical_necessity", ["not_covered"]),
    "cosmetic": ("HINN-11", "Notice of Noncoverage of a Service During Your Hospital Stay",
                 "Your stay that began on {adm} remains covered. You asked that the {what} be done on {svc} while "
                 "you are here. That procedure is done for appearance only; Medicare law excludes cosmetic surgery "
                 "from coverage, so Medicare will not pay for it.", "not_covered", None),
    "continued": ("HINN-12", "Notice of Noncoverage: Continued Hospital Stay",
                  "You were admitted on {adm} for {what}. You no longer need the level of care an acute care "
                  "hospital gives. The therapy and wound care you still need can be given in a skilled nursing "
                  "facility, and a bed was offered to you at {snf}. Medicare does not pay for hospital days you no "
                  "longer need.", "level_of_care", ["medical_necessity"]),
    "custodial": ("HINN-12", "Notice of Noncoverage: Continued Hospital Stay",
                  "You were admitted on {adm} for {what}. Your acute illness has resolved. The help you need now "
                  "(bathing, dressing, meals, reminders for medicines) is custodial care, which does not need a "
                  "hospital and which Medicare does not cover while you wait for a placement.", "level_of_care",
                  ["medical_necessity"]),
    "hospreq": ("HINN-10", "Notice of Hospital Requested Review",
                "You were admitted on {adm} for {what}. The hospital's utilization review committee believes you no "
                "longer need inpatient hospital care after {svc}. Your attending physician does not agree, so the "
                "hospital has asked the Quality Improvement Organization (QIO) to review your case.",
                "level_of_care", ["medical_necessity", None]),
}
WHAT = {"preadmit": "a laparoscopic gallbladder removal", "admission": "dehydration and dizziness",
        "item": "repeat positron emission tomography (PET) scan", "cosmetic": "removal of benign skin tags on the "
        "neck", "continued": "a hip fracture repair", "custodial": "pneumonia", "hospreq": "a heart failure flare"}
MA_PLANS = [("Sable Meadow Medicare Advantage (PPO)", "SM"), ("Quillback Senior Health Plan (HMO)", "QB")]


def dates(rng, kind, notice):
    """(admission date or None, date of the denied service / start of liability, liability date)."""
    if kind == "preadmit":
        svc = plus(notice, rng.randint(3, 9))
        return None, svc, svc
    adm = plus(notice, -rng.randint(1, 6))
    if kind in ("item", "cosmetic"):
        svc = plus(notice, rng.randint(1, 2))
        return adm, svc, svc
    liab = plus(notice, rng.choice([1, 2, 3]))
    return adm, liab, liab


def header_rows(rng, c, ds):
    """The patient block; labels vary per hospital layout."""
    rows = [(rng.choice(["Date of Notice", "Notice date", "Date issued"]), fdate(c["notice"], ds)),
            (rng.choice(["Patient name", "Patient", "Beneficiary"]), c["who"]),
            (rng.choice(["Medicare Number", "Medicare No. (MBI)", "MBI"]), c["mbi"]),
            (rng.choice(["Medical record no.", "MRN"]), digits(rng, 8)),
            (rng.choice(["Account no.", "Patient account #"]), f"{rng.choice(['A', 'V', ''])}{digits(rng, 9)}")]
    if rng.random() < 0.5:
        rows.insert(2, ("Date of birth", fdate(dt.date(rng.randint(1938, 1958), rng.randint(1, 12),
                                                     rng.randint(1, 28)), ds)))
    rows.append((rng.choice(["Attending physician", "Admitting physician"]), f"{c['doctor']} (NPI {npi(rng)})"))
    if c["adm"]:
        rows.append(("Admission date", fdate(c["adm"], ds)))
    else:
        rows.append(("Planned admission date", fdate(c["svc"], ds)))
    if c["ur"]:
        rows.append((rng.choice(["UR case no.", "Utilization review case #", "Review number"]), c["ur"]))
    if c["plan"]:
        rows.append(("Medicare health plan", f"{c['plan']}  (plan member no. {c['plan_member']})"))
    return rows


def letterhead(p, rng, hosp, office):
    p.line(hosp, 15, "B", h=7)
    p.line(office, 10, h=5)
    a = address(rng)
    p.line(f"{a[0]} \u2022 {a[1]} \u2022 UR line {phone(rng, False)} \u2022 Fax {phone(rng, False)}", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def decision_block(p, rng, c, ds, kind):
    """Why Medicare is not expected to pay, physician concurrence and the liability date."""
    form, title, reason, *_ = KINDS[kind]
    p.heading(rng.choice(["Why Medicare is not expected to pay", "Reason for this notice",
                          "The hospital's determination"]), 11)
    p.para(reason.format(svc=fdate(c["svc"], ds), adm=fdate(c["adm"], ds) if c["adm"] else "",
                         what=WHAT[kind], snf=c["snf"]), 10)
    if kind == "hospreq":
        p.para("While the QIO reviews your case you will not be asked to pay for your stay, except for your usual "
               "deductible and coinsurance. If the QIO agrees with the hospital, you will be responsible for charges "
               "beginning on the third day after you receive the QIO's notice.", 10)
        return
    if rng.random() < 0.6 or kind in ("continued", "custodial"):
        p.para(f"Your attending physician, {c['doctor']}, was consulted and agrees with this determination.", 10)
    else:
        p.para("This determination was made by the hospital's utilization review committee; the physician "
               "reviewer consulted your attending physician.", 10)
    p.f(10.5, "B")
    what = {"preadmit": "all customary charges for the inpatient stay", "item": "the charges for this service",
            "cosmetic": "the charges for this procedure"}.get(kind, "all customary charges for continued care")
    p.multi_cell(0, 5.5, f"If you {'are admitted' if kind == 'preadmit' else 'receive it' if kind in ('item', 'cosmetic') else 'stay'}"
                 f" anyway, beginning on {fdate(c['liab'], ds)} you will be responsible for {what}.",
                 border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    if c["estimate"]:
        p.para(f"Estimated charge for this service: {money(c['estimate'], c['ms'])} (a good-faith estimate, not a "
               f"bill). Daily room rate for reference: {money(rng.choice([2150, 2480, 2790]), c['ms'])}.", 9.5)


def rights_block(p, rng, c, ds, qio):
    """The immediate QIO review (an expedited one, never the deadline) and the standard review with its limit."""
    name, ph, tty = qio
    p.heading(rng.choice(["Your right to a review", "If you disagree: asking the QIO for a review",
                          "Your review rights"]), 11)
    p.para(f"You, or someone acting for you, may ask {name}, the Quality Improvement Organization (QIO) for this "
           f"state, to review this determination. Call {ph} (TTY {tty}) or write to the QIO at the address below.",
           10)
    p.bullets(["**Immediate review:** ask by noon of the first working day after you receive this notice. The QIO "
               "will ask for your views and your records and will usually decide within two working days. You are "
               "not responsible for charges while it decides (other than deductible and coinsurance).",
               "The QIO reviews the records and tells you, the hospital and your physician its decision in writing."],
              9.5)
    style = c["dl"]
    if style == "notice":
        p.para("**Standard review:** if you do not ask for an immediate review, you may still ask the QIO for a "
               "review within 30 days of the date of this notice (calendar days, weekends included).", 10)
    elif style == "receipt":
        p.para("**Standard review:** if you do not ask for an immediate review, you may still ask for a review "
               "within 30 days after you receive this notice.", 10)
    elif style == "date":
        p.para(f"**Standard review:** if you do not ask for an immediate review, your written request must reach the "
               f"QIO no later than {fdate(plus(c['notice'], 30), ds)}.", 10)
    a = address(rng)
    p.para(f"QIO mailing address: {name}, Beneficiary Appeals, {a[0]}, {a[1]}.", 9)


def acknowledgement(p, rng, c, ds):
    p.heading("Acknowledgement of receipt", 10.5)
    p.para("I received this notice. Signing does not mean that I agree with it, only that I received it.", 9.5)
    p.ln(3)
    p.f(10)
    p.cell(105, 6, "Patient or representative ______________________", new_x="RIGHT")
    p.cell(0, 6, "Date/time ________________", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Delivered by: {rng.choice(['R. Tamsworth, RN', 'L. Ogunbiyi, UR nurse', 'P. Venn, case manager'])}"
           f"   Copy to: attending physician, medical record.", 8.5)


def make(rng, kind, *, pages=1, dl="notice", ur=True, estimate=False, plan=False, ds=None):
    hosp, office = rng.choice(HOSPITALS)
    notice = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 150))
    adm, svc, liab = dates(rng, kind, notice)
    ds = ds or rng.choice(["slash", "long", "abbr", "dash", "dmy", "iso"])
    plan_name, prefix = rng.choice(MA_PLANS) if plan else (None, None)
    c = dict(notice=notice, who=person(rng), mbi=mbi(rng, rng.random() < 0.5), doctor=rng.choice(DOCTORS), adm=adm,
             svc=svc, liab=liab, ur=f"UR-{notice.strftime('%y')}-{digits(rng, 5)}" if ur else None, dl=dl,
             plan=plan_name, plan_member=f"{prefix}{digits(rng, 9)}" if plan else None,
             snf=rng.choice(["Brookfallow Nursing & Rehabilitation", "Thistlewood Skilled Care Center"]),
             estimate=round(rng.uniform(900, 3200), 2) if estimate else None, ms=rng.choice(["plain", "nosign"]))
    form, title, _, dtype, dalt = KINDS[kind]
    p = Page(serif=rng.random() < 0.4, footer="Page {n} of {nb}" if pages == 2 else None,
             footer_left=f"{form} \u2022 {hosp.split()[0].upper()}-UR-{rng.randint(100, 999)} (rev. 01/2026)")
    p.add_page()
    letterhead(p, rng, hosp, office)
    p.line(f"HOSPITAL-ISSUED NOTICE OF NONCOVERAGE ({form})", 12.5, "B", align="C", h=7)
    p.line(title, 11, align="C", h=6)
    p.ln(2)
    rows = header_rows(rng, c, ds)
    if rng.random() < 0.5:
        p.boxed_pairs(rows, label_w=58, size=9.2, h=5.9)
    else:
        p.pairs(rows, label_w=56, size=9.5, h=5.1)
        p.ln(2)
    p.para("THIS IS NOT A BILL. Please read this notice carefully; it explains a decision about your Medicare "
           "coverage and your right to have it reviewed.", 9.5)
    decision_block(p, rng, c, ds, kind)
    if pages == 2:
        p.add_page()
        p.line(f"{c['who']} \u2022 Medicare Number {c['mbi']} \u2022 {form}", 8.5, h=5)
        p.ln(2)
    if kind == "hospreq":
        p.heading("What happens next", 11)
        p.para(f"The QIO, {QIOS[0][0]}, will review your records and may call you for your views. You may also call "
               f"the QIO at {QIOS[0][1]} to give your views. You do not need to ask for a review yourself: the "
               f"hospital has already asked for one. The QIO will send its decision to you in writing.", 10)
    else:
        rights_block(p, rng, c, ds, rng.choice(QIOS))
    p.para("Questions about this notice? Call the hospital's utilization review office at "
           f"{phone(rng, False)}, Monday to Friday, 8:00 a.m. to 4:30 p.m. Questions about Medicare: 1-800-MEDICARE.",
           9.5)
    acknowledgement(p, rng, c, ds)
    return out(p), hinn_truth(c, hosp, kind, dtype, dalt)


def hinn_truth(c, hosp, kind, dtype, dalt):
    """The hospital (its UR decides and signs) is the insurer; Medicare and a named MA plan are accepted."""
    alts = {"insurer": ["Medicare"] + ([c["plan"]] if c["plan"] else []), "provider": [c["doctor"]]}
    if c["plan"]:
        alts["member_id"] = [c["plan_member"]]
    deadline = {"notice": plus(c["notice"], 30).isoformat(), "date": plus(c["notice"], 30).isoformat()}.get(c["dl"])
    if c["dl"] == "receipt":
        alts["appeal_deadline"] = [plus(c["notice"], 30).isoformat(), plus(c["notice"], 35).isoformat()]
    if c["estimate"]:
        alts["claim_amount"] = [m2(c["estimate"])]
    if kind in ("admission", "continued", "custodial", "hospreq"):
        alts["service_dates"] = [[]] + ([[span(c["adm"])]] if kind == "admission" else [])
    extra = {"type_alternates": ["other"]} if kind == "hospreq" else {}
    return truth("denial_letter", dtype, insurer=hosp, member_id=c["mbi"], member_name=c["who"],
                 cases=[c["ur"]] if c["ur"] else [], service_dates=[span(c["svc"])],
                 denial_date=c["notice"].isoformat(), provider=hosp, appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalt, **extra)


def documents(rng: random.Random) -> list[Item]:
    return [Item("hinn_notice_bd_preadmit", "born_digital", [make(rng, "preadmit", dl="notice", ur=False)]),
            Item("hinn_notice_bd_continued_ma", "born_digital",
                 [make(rng, "continued", pages=2, dl="receipt", plan=True)]),
            Item("hinn_notice_scan_admission", "scan_clean_300", [make(rng, "admission", pages=2, dl="date")]),
            Item("hinn_notice_lowres_item", "scan_lowres_150",
                 [make(rng, "item", dl="notice", estimate=True, ur=False)]),
            Item("hinn_notice_copy_hospreq", "photocopy", [make(rng, "hospreq", dl="none")]),
            Item("hinn_notice_rot_custodial", "rotated", [make(rng, "custodial", pages=2, dl="notice", ur=False)]),
            Item("hinn_notice_faxf_cosmetic", "fax_fine_g4", [make(rng, "cosmetic", dl="receipt", estimate=True)])]
