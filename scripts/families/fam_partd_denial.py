"""Family partd_denial: the 'Notice of Denial of Medicare Part D Prescription Drug Coverage' (CMS-10146).

Modelled on the public standard form: HHS/CMS banner, OMB number 0938-0976, plan logo block, Date /
Enrollee's Name / Member Number, 'Your request was denied', 'Why did we deny your request?', the 65-day
redetermination, standard (7 days) and expedited (72 hours) redeterminations, Independent Review Entity,
'Get help & more information'; plans add prescriber, drug, case number, RxBIN/RxPCN and a prescription
number. Coverage (pre-service) and payment (member reimbursement) denials.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, Page, amount, digits, fdate, m2, money, notice_date, out, person, plus, span,
                        truth)

FAMILY = "partd_denial"
LANG = "en"

PLANS = [("Larkspur Rx Medicare Prescription Plan", "S5871", "PO Box 44120, Omaha NE 68144"),
         ("Tidewater Senior Drug Plan (PDP)", "S4403", "2100 Commerce Pkwy, Norfolk VA 23502"),
         ("Pinecone Health Medicare Advantage (HMO) with Part D", "H3319", "PO Box 880, Flagstaff AZ 86002")]
CASES = {
    "not_covered": ("Vortilamab-Rx 150 mg autoinjector, 2 pens per 28 days",
                    "This drug is not on our plan\u2019s List of Covered Drugs (formulary). Drugs that are not on the "
                    "formulary are not covered unless we approve an exception. Your prescriber may ask us for a "
                    "formulary exception by sending a statement that the covered alternatives (Drug A, Drug B) would "
                    "not be as effective for you or would cause you harm."),
    "excluded": ("Semaglutide-type weight management injection 2.4 mg, 4 pens",
                 "Medicare Part D does not pay for drugs used for weight loss. The law excludes this kind of drug "
                 "from Part D coverage, so our plan cannot cover it for this use, even with an exception."),
    "prior_authorization": ("Adalimumab-xyz 40 mg/0.4 mL, 2 syringes per 28 days",
                            "This drug needs our approval before the plan covers it. To approve it, we need proof "
                            "that you have tried and failed methotrexate for at least 3 months. We asked your "
                            "prescriber for chart notes on two dates and did not get them, so we could not approve "
                            "the request."),
    "medical_necessity": ("Pregabalin ER 330 mg tablets, 30 per 30 days",
                          "The information we received does not show that this drug is needed for your condition. "
                          "It is not being used for a medically accepted indication: the diagnosis your prescriber "
                          "gave is not one the drug is approved for or supported for in the Medicare reference "
                          "books, and Part D can only cover drugs used that way."),
    "out_of_network": ("Amoxicillin-clavulanate 875 mg, 20 tablets (filled while travelling)",
                       "You asked us to pay you back for a prescription you filled at a pharmacy that is not in our "
                       "network. We cover out-of-network fills only when you could not reasonably use a network "
                       "pharmacy, for example in an emergency or while travelling outside our service area. There "
                       "were network pharmacies open within two miles of where you filled it."),
    "other": ("Tacrolimus 1 mg capsules, 60 per 30 days",
              "This drug was denied under your Medicare Part D benefit because it may be covered under Medicare "
              "Part B for you, since it was prescribed after a Medicare-covered organ transplant. Your pharmacy "
              "should bill Part B. For more information call 1-800-MEDICARE."),
}


def make(rng, case: str, payment: bool = False):
    org, contract, addr = rng.choice(PLANS)
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["slash", "long", "iso", "dmy", "abbr"])
    member = rng.choice([f"{rng.choice('KLPQ')}{digits(rng, 10)}", f"{digits(rng, 9)}00", f"RX{digits(rng, 8)}"])
    drug, reason = CASES[case]
    prescriber = rng.choice(CLINICIANS)
    cd = rng.choice([f"CD-{notice.year}-{digits(rng, 7)}", f"{digits(rng, 10)}", f"PA{digits(rng, 9)}"])
    fill = plus(notice, -rng.randint(12, 40)) if payment else None
    paid = amount(rng, 38, 420) if payment else None
    p = Page(footer=None, footer_left=rng.choice(["", f"{contract}_PDDN{rng.randint(24, 26)}_C"]))
    p.add_page()
    p.f(7.5, "B")
    y = p.get_y()
    p.cell(0, 3.8, "DEPARTMENT OF HEALTH AND HUMAN SERVICES", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.8, "CENTERS FOR MEDICARE & MEDICAID SERVICES", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(140, y)
    p.f(7.5)
    p.multi_cell(0, 3.8, "Form Approved\nOMB No. 0938-0976", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(8)
    p.multi_cell(0, 4, "Important: This notice explains your right to appeal our decision. Read this notice "
                 "carefully. If you need help, you can call one of the numbers listed under the section titled "
                 "\u201cGet help & more information.\u201d", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line(org, 14, "B", h=7)
    p.line(addr + f"   |   1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}, TTY 711", 8.5, h=4.5)
    p.ln(4)
    p.line("NOTICE OF DENIAL OF MEDICARE PART D PRESCRIPTION DRUG COVERAGE", 12.5, "B", align="C", h=7)
    p.ln(2)
    rows = [("Date", fdate(notice, ds)), ("Enrollee\u2019s Name", name), ("Member Number", member)]
    plan_rows = [("Prescriber", prescriber), ("Case ID" if rng.random() < 0.5 else "Coverage Determination #", cd)]
    if payment:
        plan_rows += [("Date filled", fdate(fill, ds)), ("Amount you paid", money(paid)),
                      ("Rx #", digits(rng, 7))]
    else:
        plan_rows += [("RxBIN / RxPCN", f"0{digits(rng, 5)} / {rng.choice(['MEDDPRIME', 'PDPX', 'RXADV'])}")]
    p.pairs(rows, label_w=58, size=10.5)
    p.pairs(plan_rows, label_w=58, size=9.5, bold_label=False)
    p.ln(3)
    p.heading("Your request was denied", 12)
    p.para("We have denied " + ("payment" if payment else "coverage") + " under your Medicare Part D benefit for the "
           "following prescription drug(s) that you or your prescriber requested:", 10)
    p.bullets([drug], 10)
    p.heading("Why did we deny your request?", 12)
    p.para("We denied this request under Medicare Part D because: " + reason, 10)
    p.para("You should share a copy of this decision with your prescriber so you and your prescriber can discuss "
           "next steps. If your prescriber requested coverage on your behalf, we have shared this decision with your "
           "prescriber.", 10)
    p.heading("What if I don\u2019t agree with this decision?", 12)
    p.para(f"You have the right to ask us for a redetermination (appeal) of our decision. You must ask for a "
           f"redetermination within **65 calendar days** from the date of this notice. We can give you more time if "
           f"you have a good reason for missing the deadline.", 10)
    p.heading("There are two kinds of redeterminations you can request", 11)
    p.bullets(["**Expedited (72 hours)** \u2013 You can ask for an expedited (fast) redetermination if you or your "
               "prescriber believe that waiting for a standard decision could seriously harm your health. "
               + ("Requests for payment of drugs you already received cannot be expedited." if payment else ""),
               "**Standard (7 days)** \u2013 You can ask for a standard redetermination. We will give you our "
               "decision within 7 days (14 days for a request to pay you back) after we get your request."], 9.5)
    p.heading("How do I request a redetermination?", 11)
    p.para(f"Call {f'1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}'} (TTY 711), fax "
           f"1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}, or write to {org}, Part D Appeals, PO Box "
           f"{rng.randint(1000, 99999)}. You can also use the Request for Redetermination of Medicare Prescription "
           f"Drug Denial form available on our website.", 9.5)
    p.heading("What happens next?", 11)
    p.para("If we continue to deny your request, you can ask for an independent review by the Independent Review "
           "Entity (IRE) within 65 days of our redetermination notice. Our letter will tell you how.", 9.5)
    p.heading("Get help & more information", 11)
    p.bullets([f"{org}: 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}, TTY 711, 8 a.m.\u20138 p.m., seven "
               "days a week", "1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048",
               "Medicare Rights Center: 1-888-HMO-9050. Elder Care Locator: 1-800-677-1116"], 9)
    p.f(7.5)
    p.cell(0, 4, f"Form CMS-10146 (Exp. 08/31/2027)      {contract}", align="R", new_x="LMARGIN", new_y="NEXT")
    dtype = "not_covered" if case == "excluded" else case
    alts = {"prior_authorization": ["medical_necessity"], "medical_necessity": ["experimental", "not_covered"],
            "other": ["not_covered"]}.get(case)
    t = truth("denial_letter", dtype, insurer=org, member_id=member, member_name=name, cases=[cd],
              claim_amount=m2(paid) if payment else None, service_dates=[span(fill)] if payment else [],
              denial_date=notice.isoformat(), provider=prescriber, appeal_deadline=plus(notice, 65).isoformat(),
              denial_alternates=alts)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("partd_denial_bd_formulary", "born_digital", [make(rng, "not_covered")]),
            Item("partd_denial_bd_oonpharm", "born_digital", [make(rng, "out_of_network", payment=True)]),
            Item("partd_denial_scan_pa", "scan_clean_300", [make(rng, "prior_authorization")]),
            Item("partd_denial_lowres_indication", "scan_lowres_150", [make(rng, "medical_necessity")]),
            Item("partd_denial_copy_excluded", "photocopy", [make(rng, "excluded")]),
            Item("partd_denial_faxs_partb", "fax_standard_g4", [make(rng, "other")]),
            Item("partd_denial_photo_formulary", "phone_photo", [make(rng, "not_covered")])]
