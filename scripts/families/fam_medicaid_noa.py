"""Family medicaid_noa: a Medicaid managed care plan's Notice of Adverse Benefit Determination (notice of action).

Modelled on the notices state Medicaid agencies require of their managed care plans under 42 CFR 438.404:
plan letterhead with the state program's name, member/Medicaid ID header, the service asked for, who asked
and when the request came in, the action (denied, reduced, stopped, payment denied), the reason and the rule
used, the plan appeal (60 days), the expedited appeal (72 hours), continuation of benefits (10 days), the
state fair hearing after the appeal (120 days from the appeal decision), free help lines and taglines.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, address, amount, digits, fdate, m2, money, notice_date, out,
                        person, plus, span, truth)

FAMILY = "medicaid_noa"
LANG = "en"

PLANS = [("Riverbend Community Health Plan", "a Medicaid health plan in the Ohio Valley Medicaid Program",
          "PO Box 7720, Columbus OH 43207"),
         ("Cottonwood Family Care", "serving STAR Medicaid members in the Hill Country service area",
          "9000 Research Blvd, Austin TX 78758"),
         ("Evergreen Valley Health Partners", "Apple Health (Medicaid) managed care",
          "PO Box 3300, Tacoma WA 98401"),
         ("Magnolia Coast Health Plan", "a Statewide Medicaid Managed Care plan", "PO Box 15880, Tampa FL 33684")]

CASES = {
    "reduce": ("medical_necessity", "Personal care services, 28 hours per week", "reduced",
               "We approved 16 hours per week instead of 28. The assessment done on your last visit shows you can "
               "now bathe and dress with some help and that you need fewer hours of hands-on help each week.",
               "State Administrative Code, personal care services rule; Plan Clinical Policy PC-118"),
    "loc": ("level_of_care", "Inpatient psychiatric hospital admission", "denied",
            "You do not need to be in the hospital 24 hours a day to be safe. Your needs can be met in a partial "
            "hospitalization program during the day, which we approved instead.",
            "Medical necessity criteria for behavioral health levels of care, section 4"),
    "oon": ("out_of_network", "Visit with a pediatric neurologist outside the plan network", "denied",
            "The doctor you asked to see is not in our network. We have pediatric neurologists in our network "
            "within 30 miles of your home who can see you within 14 days.",
            "42 CFR 438.206; Member Handbook, page 22"),
    "dental": ("not_covered", "Crown on a back tooth (adult dental)", "denied",
               "Crowns on back teeth are not a covered Medicaid benefit for members 21 and older. Fillings and "
               "extractions are covered.", "State Medicaid Dental Services Manual, section 6.3"),
    "elig": ("eligibility", "Outpatient surgery to remove a cyst", "denied",
             "You were not enrolled with our plan on the date of the surgery. Our records show your enrollment "
             "with us began the first day of the next month. Please contact the state Medicaid office about your "
             "coverage on that date.", "42 CFR 438.56; State enrollment records"),
    "pay_pa": ("prior_authorization", "Non-emergency ambulance transport to a dialysis center", "payment denied",
               "This kind of trip needs our approval before it happens. No one asked us for approval, so we cannot "
               "pay the claim. You do not have to pay this bill; the provider cannot bill you for it.",
               "Provider Manual, Transportation Services, section 2.1"),
}


def make(rng, case, deadline_style):
    org, program, addr = rng.choice(PLANS)
    denial, svc, action, reason, rule = CASES[case]
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["slash", "long", "dash", "abbr"])
    mid = rng.choice([digits(rng, 9), f"{rng.choice('ABCDJKMN')}{digits(rng, 8)}", f"{digits(rng, 11)}"])
    medicaid = f"{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{digits(rng, 5)}{rng.choice('ABCDEFGHJK')}"
    prov = rng.choice(CLINICIANS + FACILITIES)
    received = plus(notice, -rng.randint(3, 12))
    payment = case in ("pay_pa", "elig")
    dos = plus(notice, -rng.randint(20, 60)) if payment else plus(notice, rng.randint(5, 25))
    auth = rng.choice([f"{digits(rng, 4)}-{digits(rng, 6)}", f"AUTH{digits(rng, 8)}", digits(rng, 10)])
    claim = digits(rng, 14) if payment else None
    billed = amount(rng, 300, 4200) if payment else None
    p = Page(serif=rng.random() < 0.3, footer=rng.choice(["Page {n} of {nb}", "{n} of {nb}"]),
             footer_left=f"{org[:3].upper()}-NOA-{rng.randint(10, 99)} (rev. {rng.randint(1, 12)}/2025)")
    p.add_page()
    p.line(org, 16, "B", h=8)
    p.line(program, 8.5, h=4.2)
    p.line(addr + f"  \u2022  Member Services 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)} (TTY 711)", 8.5,
           h=4.2)
    p.ln(5)
    p.line(fdate(notice, ds), 10)
    p.ln(3)
    for ln in [name] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(4)
    p.line(rng.choice(["NOTICE OF ADVERSE BENEFIT DETERMINATION", "Notice of Action",
                       "Notice of Adverse Benefit Determination (Notice of Action)"]), 13, "B", h=7)
    rows = [(rng.choice(["Member ID", "Plan ID #", "Member number"]), mid), ("Medicaid ID", medicaid),
            ("Service requested" if not payment else "Service", svc), (rng.choice(["Requested by", "Provider"]), prov),
            ("Date we got the request" if not payment else "Date claim received", fdate(received, ds)),
            ("Date of service" if payment else "Planned date of service", fdate(dos, ds)),
            ("Authorization number" if not payment else "Claim number", auth if not payment else claim)]
    if payment:
        rows += [("Amount billed", money(billed)), ("Reference number", auth)]
    p.pairs(rows, label_w=58, size=9.5)
    p.ln(2)
    p.para(f"Dear {name.split()[0]} {name.split()[-1]},", 10)
    p.para(f"{org} has reviewed the request listed above. **Our decision: the request was {action}.** This "
           f"decision takes effect {fdate(plus(notice, 10), ds)}." if case == "reduce" else
           f"{org} has reviewed the {'claim' if payment else 'request'} listed above. **Our decision: {action}.**", 10)
    p.heading("Why did we make this decision?", 11)
    p.para(reason, 10)
    p.para(f"The rule or policy we used: {rule}. You can ask for a free copy of this rule, your case file and the "
           "medical records we used by calling Member Services.", 9.5)
    deadline = appeal_section(p, rng, notice, ds, deadline_style)
    fair_hearing(p, rng, notice, ds)
    alts = {"member_id": [medicaid]}
    if deadline_style == "receipt":
        alts["appeal_deadline"] = [plus(notice, 60).isoformat()]
    alts_d = {"reduce": None, "loc": ["medical_necessity"], "elig": None}.get(case)
    cases = [claim, auth] if payment else [auth]
    t = truth("denial_letter", denial, insurer=org, member_id=mid, member_name=name, cases=cases,
              claim_amount=m2(billed) if payment else None, service_dates=[span(dos)], denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=deadline, alternates=alts or None, denial_alternates=alts_d)
    return out(p), t


def appeal_section(p, rng, notice, ds, style):
    p.heading("You have the right to appeal", 11)
    if style == "notice":
        p.para("If you do not agree with our decision, you can ask us for an appeal. You must ask within 60 calendar "
               "days from the date on this notice. You can ask by phone or in writing.", 10)
        return plus(notice, 60).isoformat()
    if style == "date":
        last = plus(notice, 60)
        p.para(f"If you do not agree, ask us for an appeal. We must get your request by {fdate(last, ds)}. You can "
               f"call us or write to us.", 10)
        return last.isoformat()
    p.para("If you do not agree with our decision, you have 60 days from the day you get this letter to ask for an "
           "appeal.", 10)
    return None


def fair_hearing(p, rng, notice, ds):
    p.para("**Fast appeal.** If you or your doctor think waiting 30 days could seriously harm your health, ask for a "
           "fast (expedited) appeal. We will decide within 72 hours.", 9.5)
    p.para("**Keep your services during the appeal.** If this notice stops or reduces a service you are getting now, "
           "you can keep getting it while we decide. You must ask for your appeal within 10 days of the date of this "
           f"notice or before {fdate(plus(notice, 10), ds)}, whichever is later. If you lose the appeal, you may "
           "have to pay for the services you got during the appeal.", 9.5)
    p.add_page()
    p.heading("State Fair Hearing", 11, rule=True)
    p.para("You must finish our appeal process before you can ask for a State Fair Hearing. If we do not decide in "
           "your favor, you can ask for a State Fair Hearing within 120 days from the date of our appeal decision "
           "letter. If we do not answer your appeal on time, you can ask for a State Fair Hearing right away.", 9.5)
    p.para(f"To ask for a State Fair Hearing, write to the State Hearings Bureau, PO Box {rng.randint(100, 9999)}, or "
           f"call 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}. An administrative law judge will decide.",
           9.5)
    p.heading("Free help", 11)
    p.bullets(["Member Services can help you file an appeal, free of charge. Interpreters and large print are free.",
               f"Medicaid Ombudsman: 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}",
               "Legal aid in your area may give you free legal advice."], 9.5)
    p.para("ATTENTION: If you speak Spanish, language assistance services, free of charge, are available to you. "
           "ATENCI\u00d3N: si habla espa\u00f1ol, tiene a su disposici\u00f3n servicios gratuitos de asistencia "
           "ling\u00fc\u00edstica. CH\u00da \u00dd: N\u1ebfu b\u1ea1n n\u00f3i Ti\u1ebfng Vi\u1ec7t, c\u00f3 c\u00e1c "
           "d\u1ecbch v\u1ee5 h\u1ed7 tr\u1ee3 ng\u00f4n ng\u1eef mi\u1ec5n ph\u00ed.", 8)


def approval(rng):
    """A notice that approves the request (denies nothing): same letterhead, same header."""
    org, program, addr = rng.choice(PLANS)
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["slash", "long"])
    mid, auth = digits(rng, 9), f"AUTH{digits(rng, 8)}"
    prov, dos = rng.choice(FACILITIES), plus(notice, rng.randint(5, 25))
    p = Page(footer=None)
    p.add_page()
    p.line(org, 16, "B", h=8)
    p.line(program, 8.5, h=4.2)
    p.ln(6)
    p.line(fdate(notice, ds), 10)
    p.ln(3)
    p.line("Notice of Approval", 13, "B", h=7)
    p.pairs([("Member ID", mid), ("Service", "Power wheelchair with seat elevation"), ("Provider", prov),
             ("Authorization number", auth), ("Approved from", f"{fdate(dos, ds)} to {fdate(plus(dos, 180), ds)}")],
            label_w=55, size=10)
    p.ln(3)
    p.para(f"Dear {name},", 10)
    p.para("Good news. We approved the service listed above. Your provider has also been told. You do not need to do "
           "anything else. If you have questions, call Member Services.", 10)
    t = truth("other", None, insurer=org, member_id=mid, member_name=name, cases=[auth],
              service_dates=[span(dos, plus(dos, 180))], denial_date=notice.isoformat(), provider=prov,
              alternates={"service_dates": [[span(dos)]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("medicaid_noa_bd_reduce", "born_digital", [make(rng, "reduce", "notice")]),
            Item("medicaid_noa_bd_loc", "born_digital", [make(rng, "loc", "date")]),
            Item("medicaid_noa_scan_oon", "scan_clean_300", [make(rng, "oon", "receipt")]),
            Item("medicaid_noa_lowres_dental", "scan_lowres_150", [make(rng, "dental", "notice")]),
            Item("medicaid_noa_copy_elig", "photocopy", [make(rng, "elig", "notice")]),
            Item("medicaid_noa_faxs_paypa", "fax_standard_g4", [make(rng, "pay_pa", "date")]),
            Item("medicaid_noa_rot_approval", "rotated", [approval(rng)])]
