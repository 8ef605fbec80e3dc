"""Family cms_idn: the Medicare Advantage Integrated Denial Notice (form CMS-10003-NDMCP) as plans fill it in.

Modelled on the public standard form: the 'Important: This notice explains your right to appeal' banner,
Date / Member number / Name header with plan-inserted identifiers, 'Why did we deny your request?', the
65-day plan appeal, standard/fast appeal boxes, IRE and 'Get help & more information' pages, the OMB line
(0938-0829) and a plan material ID; plus a D-SNP variant with Medicaid fair-hearing text and a
reconsideration that upholds a payment denial and sends the case to the Independent Review Entity.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, digits, fdate, m2, money, notice_date, out,
                        person, plus, span, truth)

FAMILY = "cms_idn"
LANG = "en"

PLANS = [("Silver Tide Health Plans", "Silver Tide Medicare Advantage (HMO)", "H4417", "PO Box 30918, Tampa FL 33630"),
         ("Redstone Senior Choice, Inc.", "Redstone Senior Choice Plus (PPO)", "H7702",
          "1450 Foundry Way, Birmingham AL 35203"),
         ("Quail Hollow Health", "Quail Hollow Dual Complete (HMO D-SNP)", "H2286", "PO Box 6612, Albuquerque NM 87197"),
         ("Beacon Crest Medicare Plans", "Beacon Crest Advantage Select (HMO-POS)", "H9031",
          "22 Lighthouse Plaza, Providence RI 02903")]

REASONS = {
    "medical_necessity": ("{svc}", "Your doctor sent us records for {svc}. Our physician reviewer found that {svc} is not "
                          "medically needed for you at this time. Medicare covers this service only when conservative "
                          "treatment such as physical therapy and medication has been tried for at least six weeks, "
                          "and your records do not show this. (Evidence of Coverage, Chapter 4, Section 2.1; Medicare "
                          "National Coverage Determination Manual.)"),
    "level_of_care": ("{svc}", "You asked for {svc}. Based on your medical records, your care can be given safely in a "
                      "skilled nursing facility. You do not need the intensive therapy of three hours a day, five "
                      "days a week, that an inpatient rehabilitation facility gives, so we approved a skilled nursing "
                      "facility stay instead of the inpatient rehabilitation stay."),
    "prior_authorization": ("{svc}", "{svc} needs approval from us before you get it. No one asked us to approve it "
                            "before it was done, so we cannot pay for it. Your plan's rules about getting approval "
                            "first are in your Evidence of Coverage, Chapter 3, Section 2.3."),
    "experimental": ("{svc}", "The treatment asked for is still being studied. It has not been shown in medical "
                     "studies to work for your condition, and Medicare does not cover investigational treatment "
                     "outside an approved clinical trial."),
    "out_of_network": ("{svc}", "The doctor who gave you this care is not in our plan's network. As an HMO member you "
                       "must get care from network providers unless it is an emergency, urgently needed care, or we "
                       "approved it ahead of time. None of these applied to this visit."),
    "not_covered": ("{svc}", "Routine {svc} is not covered by Original Medicare or by our plan. It is listed as an "
                    "excluded service in Chapter 4, Section 3 of your Evidence of Coverage."),
}
SERVICES = {"medical_necessity": ("lumbar spinal fusion surgery", "CPT 22630", 38650.00),
            "level_of_care": ("admission to an inpatient rehabilitation facility", "Rev. 0128", 27340.00),
            "prior_authorization": ("outpatient MRI of the brain with and without contrast", "CPT 70553", 3185.00),
            "experimental": ("peripheral nerve stimulator implant trial", "CPT 64555", 14210.00),
            "out_of_network": ("office visit and allergy testing", "CPT 99204, 95004", 842.00),
            "not_covered": ("hearing aid fitting and two hearing aids", "V5261", 5890.00)}


def header(p: Page, plan, rng, omb_top: bool):
    org, prod, contract, addr = plan
    if omb_top:
        p.f(7.5)
        p.cell(0, 4, "OMB Approval 0938-0829", align="R", new_x="LMARGIN", new_y="NEXT")
    p.line(org, 15, "B", h=7)
    p.line(addr, 8.5, h=4)
    p.line(f"Member Services 1-8{rng.randint(44, 88)}-555-{rng.randint(1000, 9999)} (TTY 711), 8 a.m. to 8 p.m., "
           "7 days a week", 8.5, h=4)
    p.ln(3)
    p.f(8.5, "B")
    p.multi_cell(0, 4.2, "Important: This notice explains your right to appeal our decision. Read this notice "
                 "carefully. If you need help, you can call one of the numbers listed on the last page under "
                 "\u201cGet help & more information.\u201d", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def make(rng: random.Random, denial: str, kind: str, dsnp: bool = False, stack_same=None):
    plan = PLANS[2] if dsnp else rng.choice([PL for PL in PLANS if "D-SNP" not in PL[1]])
    org, prod, contract, addr = plan
    name, first, mi, last = stack_same or person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["long", "slash", "abbr", "long"])
    member = rng.choice([f"{contract[0]}{digits(rng, 9)}", digits(rng, 11), f"M{digits(rng, 8)}-01"])
    svc, code, billed = SERVICES[denial]
    billed = round(billed * rng.uniform(0.8, 1.2), 2)
    doc = rng.choice(CLINICIANS) if denial in ("medical_necessity", "experimental", "out_of_network") else \
        rng.choice(FACILITIES)
    payment = kind in ("payment", "upheld")
    dos = plus(notice, -rng.randint(20, 80)) if payment else plus(notice, rng.randint(7, 30))
    case = rng.choice([f"{rng.randint(2025, 2026)}{digits(rng, 7)}", f"ORG-{digits(rng, 8)}", f"UM{digits(rng, 9)}"])
    claim = digits(rng, 13) if payment else None
    p = Page(footer=rng.choice(["Page {n} of {nb}", None]),
             footer_left=f"Form CMS-10003-NDMCP (Expires 06/30/2027)    {contract}_{rng.choice(['IDN', 'UMD'])}"
                         f"{rng.randint(24, 26)}_{rng.choice(['M', 'C'])}")
    p.add_page()
    header(p, plan, rng, omb_top=rng.random() < 0.6)
    title = {"service": "Notice of Denial of Medical Coverage", "partial": "Notice of Denial of Medical Coverage",
             "payment": "Notice of Denial of Payment", "upheld": "Notice of Reconsideration Decision"}[kind]
    p.line(title, 15, "B", align="C", h=8)
    p.ln(2)
    rows = [("Date", fdate(notice, ds)), ("Member number", member), ("Name", name)]
    extra = [("Provider", doc), ("Date of service" if payment else "Requested date of service", fdate(dos, ds))]
    if payment:
        extra.append(("Claim number", claim))
        extra.append(("Billed amount", money(billed, rng.choice(["plain", "plain", "flat"]))))
    extra.append((rng.choice(["Case number", "Reference #", "Request ID"]), case))
    if dsnp:
        extra.insert(0, ("Medicaid ID", f"{rng.choice('ABCDEFGH')}{digits(rng, 8)}"))
    p.pairs(rows + extra, label_w=52, size=10.5)
    p.ln(3)
    reason = REASONS[denial][1].format(svc=svc)
    reason = reason[0].upper() + reason[1:]
    if kind == "upheld":
        body_upheld(p, rng, org, prod, svc, code, reason, dos, ds)
        deadline, denial_alt = None, None
    else:
        state = {"service": "denied", "partial": "partially approved", "payment": "denied"}[kind]
        p.heading(f"Your request was {state}", 12)
        verb = "denied the payment of" if payment else ("partially approved" if kind == "partial" else "denied")
        p.para(f"We\u2019ve {verb} the medical services/items listed below requested by you or your doctor:", 10.5)
        p.bullets([f"{svc[0].upper() + svc[1:]} ({code})" + (f", provided on {fdate(dos, ds)}" if payment else "")])
        p.heading("Why did we deny your request?", 12)
        p.para(f"We {'denied' if kind != 'partial' else 'partially approved'} the {'payment of the ' if payment else ''}"
               f"medical services/items listed above because: {reason}", 10.5)
        p.para("Share a copy of this decision with your doctor and discuss next steps. If your doctor asked for coverage "
               "on your behalf, we already sent them a copy of this decision.", 10.5)
        appeal_rights(p, rng, org, prod, payment, dsnp)
        deadline = plus(notice, 65).isoformat()
    help_page(p, rng, org, prod, contract)
    t = truth("denial_letter", denial, insurer=org, member_id=member, member_name=name,
              cases=[c for c in (claim, case) if c] if kind != "upheld" else [c for c in (case, claim) if c],
              claim_amount=m2(billed) if payment else None, service_dates=[span(dos)],
              denial_date=notice.isoformat(), provider=doc, appeal_deadline=deadline,
              alternates={"insurer": [prod]}, denial_alternates=(["medical_necessity"] if denial == "level_of_care"
                                                                   else None))
    return out(p), t


def body_upheld(p, rng, org, prod, svc, code, reason, dos, ds):
    p.heading("We looked at your appeal again and our decision has not changed", 12)
    p.para(f"You asked us to reconsider our decision not to pay for {svc} ({code}) you received on {fdate(dos, ds)}. "
           f"A physician who was not part of the first decision reviewed your appeal, your medical records and the "
           f"rules of your plan. We are upholding our original decision.", 10.5)
    p.para("Why did we uphold our decision? " + reason, 10.5)
    p.heading("Your case has been sent to an independent reviewer", 12)
    p.para("Because we did not decide fully in your favor, Medicare rules require us to send your case automatically "
           "to the Independent Review Entity (IRE), an organization hired by Medicare that is not connected to "
           f"{prod}. You do not need to do anything to start this review. The IRE will write to you with its "
           "decision, usually within 60 days for a payment appeal. If the IRE also says no, its letter will tell "
           "you how to ask for a hearing with an Administrative Law Judge.", 10.5)


def appeal_rights(p, rng, org, prod, payment, dsnp):
    p.heading("You have the right to appeal our decision", 12)
    p.para(f"You have the right to ask {prod} to review our decision by asking us for an appeal within **65 "
           f"calendar days** of the date listed at the top of this notice. If you ask after 65 days, you must "
           f"explain why your appeal is late.", 10.5)
    if dsnp:
        p.para("Because you also have full Medicaid benefits, you may have the right to a State Fair Hearing. You must "
               "finish our plan appeal first. If we say no on appeal, you can ask for a State Fair Hearing within "
               "120 days of the date of our appeal decision. If you want services to continue while your appeal is "
               "decided, you must ask within 10 days of the date of this notice.", 10.5)
    rows = [["Standard appeal", "We\u2019ll give you a written decision within 30 calendar days"
             + (" (60 days for a payment appeal)" if payment else "") + " after we get your appeal."],
            ["Fast appeal", "We\u2019ll give you a decision within 72 hours. You can ask for a fast appeal if you or "
             "your doctor believe that your health could be seriously harmed by waiting."]]
    p.f(9.5)
    for k, v in rows:
        p.f(9.5, "B")
        x, y = p.get_x(), p.get_y()
        p.multi_cell(40, 5, k, border=1, new_x="RIGHT", new_y="TOP")
        p.f(9.5)
        p.multi_cell(0, 5, v, border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    if payment:
        p.para("A request for payment cannot be a fast appeal. Do not pay the provider the amount shown until the "
               "appeal is decided; a network provider cannot bill you for services we denied.", 9.5)


def help_page(p, rng, org, prod, contract):
    p.add_page()
    p.heading(f"How to ask for an appeal with {prod}", 12)
    p.para("**Step 1:** You, your representative, or your doctor must ask us for an appeal. Your written request "
           "must include your name, address, member number, the reasons for appealing, and whether you want a "
           "standard or fast appeal. Attach any evidence, such as medical records or doctors\u2019 letters.", 10)
    p.para("**Step 2:** Mail, fax or deliver your appeal, or call us:", 10)
    p.pairs([("Address", f"{org}, Appeals and Grievances Dept., PO Box {rng.randint(1000, 99999)}"),
             ("Fax", f"1-8{rng.randint(44, 88)}-555-{rng.randint(1000, 9999)}"),
             ("Phone", f"1-8{rng.randint(44, 88)}-555-{rng.randint(1000, 9999)}   TTY 711")], label_w=30, size=10)
    p.ln(2)
    p.heading("What happens next?", 12)
    p.para("If you ask for an appeal and we continue to deny your request, we\u2019ll automatically send your case to "
           "an independent reviewer. If the independent reviewer denies your request, the written decision will "
           "explain if you have additional appeal rights.", 10)
    p.heading("Get help & more information", 12)
    p.bullets([f"{prod} toll-free: 1-8{rng.randint(44, 88)}-555-{rng.randint(1000, 9999)}, TTY users call 711",
               "1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY: 1-877-486-2048",
               "Medicare Rights Center: 1-888-HMO-9050",
               "Your State Health Insurance Assistance Program (SHIP) offers free counseling",
               f"{org} is a Medicare Advantage organization with a Medicare contract ({contract}). Enrollment depends "
               "on contract renewal."], 9.5)
    p.ln(2)
    p.para(f"Form CMS-10003-NDMCP   OMB Approval 0938-0829 (Expires: 06/30/2027)", 8)


def documents(rng: random.Random) -> list[Item]:
    items = [Item("cms_idn_bd_mednec", "born_digital", [make(rng, "medical_necessity", "service")]),
             Item("cms_idn_bd_pay_priorauth", "born_digital", [make(rng, "prior_authorization", "payment")]),
             Item("cms_idn_scan_partial_loc", "scan_clean_300", [make(rng, "level_of_care", "partial")]),
             Item("cms_idn_copy_dsnp_exper", "photocopy", [make(rng, "experimental", "service", dsnp=True)]),
             Item("cms_idn_faxs_pay_oon", "fax_standard_g4", [make(rng, "out_of_network", "payment")]),
             Item("cms_idn_lowres_upheld", "scan_lowres_150", [make(rng, "medical_necessity", "upheld")]),
             Item("cms_idn_photo_notcov", "phone_photo", [make(rng, "not_covered", "service")]),
             Item("cms_idn_rot_pay_mednec", "rotated", [make(rng, "medical_necessity", "payment")])]
    same = person(rng)
    items.append(Item("cms_idn_stack_fax", "fax_fine_g4",
                      [make(rng, "prior_authorization", "payment", stack_same=same),
                       make(rng, "medical_necessity", "upheld", stack_same=same)], ["cover", None]))
    return items
