"""Family msn_parta: the Medicare Summary Notice for Part A (Hospital Insurance): stays, benefit days, spans.

Modelled on the public Part A MSN: page-1 dashboard (Medicare Number, Date of This Notice, Claims Processed
Between, Did Medicare Approve All Services?, Total You May Be Billed, Facilities with Claims This Period,
Part A deductible per benefit period), claims per facility with admission and discharge dates, benefit period
start, benefit days used, non-covered charges, lettered notes, and the 'Appeals must be filed by' page.
Stays are spans of days (an interval in the truth); a stay may be covered in part.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (Page, address, amount, digits, fdate, m2, mbi, money, notice_date, out, person, plus, span,
                        truth)

FAMILY = "msn_parta"
LANG = "en"

FACILITIES = {"hospital": ["Sandhill Regional Medical Center", "Mercy Plains Hospital", "Saint Columba Medical Center"],
              "snf": ["Prairie Wind Skilled Nursing Center", "Willow Bend Care & Rehabilitation"],
              "irf": ["Three Rivers Rehabilitation Hospital"], "hha": ["Meadowlark Home Health"]}
KINDS = {"hospital": "Inpatient hospital stay", "snf": "Skilled nursing facility stay",
         "irf": "Inpatient rehabilitation stay", "hha": "Home health visits"}
DENIALS = {
    "level_of_care": ("snf", "Medicare doesn\u2019t pay for care that is mainly custodial (help with bathing, dressing "
                      "and eating) when you no longer need daily skilled nursing or therapy. Days after the date your "
                      "skilled care ended are not covered."),
    "not_covered": ("snf", "Medicare pays for a skilled nursing facility stay only after a medically necessary "
                    "inpatient hospital stay of at least 3 days in a row. Our records don\u2019t show a qualifying "
                    "hospital stay before this admission."),
    "medical_necessity": ("irf", "The information provided does not support the need for these days of inpatient "
                          "rehabilitation. Medicare won\u2019t pay for them because they aren\u2019t reasonable and "
                          "necessary for your condition."),
    "timely_filing": ("hha", "This claim was denied because it was filed more than 12 months after the date of your "
                      "service. The provider may not bill you for it."),
}


def make(rng, denial, partial):
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["long", "abbr", "slash"])
    mid = mbi(rng)
    masked = rng.random() < 0.6
    mid_print = f"XXXX-XXX-{mid[-4:]}" if masked else mid
    kind = DENIALS[denial][0] if denial else "hospital"
    fac = rng.choice(FACILITIES[kind])
    admit = plus(notice, -rng.randint(45, 80) - (400 if denial == "timely_filing" else 0))
    length = rng.randint(4, 7) if kind == "hospital" else rng.randint(12, 24)
    disch = plus(admit, length)
    billed = amount(rng, 9000, 24000) if kind != "hha" else amount(rng, 2100, 4800)
    claim = f"{rng.randint(10, 99)}{digits(rng, 3)}{digits(rng, 3)}{digits(rng, 5)}"
    if partial:
        cut = plus(admit, length - rng.randint(3, 6))
        rows_spec = [(admit, cut, True), (plus(cut, 1), disch, False)]
    else:
        rows_spec = [(admit, disch, denial is None)]
    p = Page(footer="THIS IS NOT A BILL  |  Page {n} of {nb}", footer_left=name)
    p.add_page()
    p.line("Medicare Summary Notice", 20, "B", h=10)
    p.line("for Part A (Hospital Insurance)", 12, h=6)
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5, h=5)
    p.ln(3)
    for ln in [name.upper()] + [a.upper() for a in address(rng)]:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line(f"Notice for {name}", 13, "B", h=7)
    p.pairs([("Medicare Number", mid_print), ("Date of This Notice", fdate(notice, ds)),
             ("Claims Processed Between", f"{fdate(plus(notice, -90), ds)} \u2013 {fdate(notice, ds)}")],
            label_w=60, size=10)
    p.ln(2)
    denied_rows = [r for r in rows_spec if not r[2]]
    ncov = billed * (0.35 if partial else 1.0) if denied_rows else 0.0
    paid = 0.0 if not partial and denial else round((billed - ncov) * rng.uniform(0.5, 0.7), 2)
    you = round((1676.0 if rows_spec[0][2] else 0.0) + (ncov if denial in ("level_of_care", "not_covered") else 0), 2)
    p.heading("Your Claims & Costs This Period", 12, rule=True)
    p.pairs([("Did Medicare Approve All Services?", "NO" if denial else "YES"),
             ("Number of Services Medicare Denied", str(len(denied_rows))),
             ("Total You May Be Billed", money(you))], label_w=85, size=10.5)
    p.heading("Facilities with Claims This Period", 11, rule=True)
    p.pairs([(fdate(admit, ds), fac)], label_w=45, size=10, bold_label=False, colon=False)
    p.heading("Your Deductible Status", 11, rule=True)
    p.para("Your deductible is what you must pay before Medicare begins to pay. You have met the Part A deductible "
           f"for the benefit period that started on {fdate(admit, ds)}. The Part A deductible is $1,676.00 for each "
           "benefit period.", 9.5)
    p.add_page()
    p.line("Your Claims for Part A (Hospital Insurance)", 14, "B", h=8)
    p.para("Part A helps pay for inpatient hospital care, skilled nursing facility care, hospice and home health.", 9)
    p.line(f"{fac}", 10.5, "B", h=5.5)
    p.pairs([("Claim Number", claim), ("Benefit Period Started", fdate(admit, ds)),
             ("Referring doctor", rng.choice(["Dr. Helena Voss", "Dr. Grant Okonkwo", "Dr. Teresa Ibarra"]))],
            label_w=48, size=9, bold_label=False, h=4.6)
    rows = []
    for a, b, ok in rows_spec:
        days = (b - a).days + (1 if kind != "hospital" else 0)
        rows.append([f"{KINDS[kind]} {fdate(a, 'short')} \u2013 {fdate(b, 'short')}", "Yes" if ok else "NO",
                     f"{days} days" if ok and kind != "hha" else "0", money(0.0 if ok else (ncov if partial else billed)),
                     "", "" if ok else "A"])
    rows.append([f"Total for Claim #{claim}", "", "", money(ncov), money(paid), ""])
    p.table(["Service Provided", "Service\nApproved?", "Benefit\nDays Used", "Non-Covered\nCharges",
             "Amount\nMedicare Paid", "See\nNotes"], rows, [78, 18, 18, 22, 22, 12], size=8, head_h=10,
            aligns=["L", "C", "C", "R", "R", "C"], bold_last=True)
    p.para(f"Total charges billed by the facility for this claim: {money(billed)}", 9.5)
    if denial:
        p.heading("Notes for Claims Above", 11, rule=True)
        p.para("**A** " + DENIALS[denial][1], 9.5)
    deadline = plus(notice, 120)
    p.heading("How to Handle Denied Claims or File an Appeal", 12)
    p.f(11, "B")
    p.multi_cell(0, 6, f"Appeals must be filed by {fdate(deadline, 'long')}.", border=1, new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.para("Circle the service(s) you disagree with, explain why in writing, sign it and send it with a copy of this "
           f"notice to the Medicare contractor: Medicare Part A Appeals, PO Box {rng.randint(1000, 99999)}. Or use "
           "form CMS-20027. Call 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048 for help. SHIP: "
           "1-877-839-2675.", 9.5)
    target = denied_rows or rows_spec
    alts = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part A"]}
    if masked:
        alts["member_id"] = [mid_print]
    if denial is None:
        alts["appeal_deadline"] = [None]
    if partial:
        alts["service_dates"] = [[span(admit, disch)]]
    t = truth("eob", denial, insurer="Medicare", member_id=None if masked else mid_print, member_name=name,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(a, b) for a, b, _ in target],
              denial_date=notice.isoformat(), provider=fac, appeal_deadline=deadline.isoformat(), alternates=alts,
              denial_alternates={"level_of_care": ["medical_necessity"], "not_covered": ["eligibility"]}.get(denial))
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("msn_parta_bd_custodial", "born_digital", [make(rng, "level_of_care", True)]),
            Item("msn_parta_bd_paid", "born_digital", [make(rng, None, False)]),
            Item("msn_parta_scan_no3day", "scan_clean_300", [make(rng, "not_covered", False)]),
            Item("msn_parta_lowres_irf", "scan_lowres_150", [make(rng, "medical_necessity", True)]),
            Item("msn_parta_photo_hha_late", "phone_photo", [make(rng, "timely_filing", False)]),
            Item("msn_parta_faxs_custodial", "fax_standard_g4", [make(rng, "level_of_care", True)])]
