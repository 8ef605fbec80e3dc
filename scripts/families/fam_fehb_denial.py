"""Family fehb_denial: a Federal Employees Health Benefits (FEHB) plan's claim denial and reconsideration letters.

Modelled on the letters FEHB carriers send under the disputed-claims process every FEHB brochure describes
(Section 8): a carrier letterhead that names the FEHB Program, a RE block with the enrollee's member ID
(letter prefix), the enrollment code, the patient, the claim or prior-approval request, the decision and the
brochure section it rests on, then the two steps, in the plan's own words: ask the plan to reconsider within
6 months of its decision, then ask OPM to review within 90 days of the plan's reconsideration decision.
Kinds: pre-service (prior approval, precertification), post-service claim denials, a reconsideration that
upholds the denial (OPM review only) and one that approves the claim on reconsideration.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import (CLINICIANS, Page, address, digits, fdate, m2, money, notice_date, out,
                        person, plus, span, truth)

FAMILY = "fehb_denial"
LANG = "en"

CARRIERS = [("Lakeshore Federal Benefit Association", "Lakeshore Federal Health Plan \u2013 Standard Option", "K4",
             "PO Box 45610, Toledo OH 43604", "K", "RI 73-814"),
            ("Capitol Meridian Health Plan", "Capitol Meridian HMO \u2013 High Option", "M7",
             "800 Constitution Park Dr, Silver Spring MD 20910", "CMH", "RI 73-227"),
            ("Civil Service Mutual Health Alliance", "CSMHA Consumer Driven Option", "Y3", "PO Box 7710, Dayton OH 45401",
             "Y", "RI 73-560")]
# kind: (denial, service, codes, base billed, pre-service?, reason, brochure section)
KINDS = {
    "pre": ("medical_necessity", "spinal cord stimulator trial", "CPT 63650", 0, True,
            "Our medical director reviewed the request and the records from your doctor. The plan approves a "
            "stimulator trial for chronic back pain only after a psychological evaluation and at least six months "
            "of documented conservative care that has failed. We did not receive a psychological evaluation, and "
            "the records show physical therapy began eight weeks ago.", "Section 3, Other services needing prior "
            "approval, and Section 5(b), Surgical procedures"),
    "precert": ("level_of_care", "inpatient admission to a rehabilitation hospital after hip replacement",
                "Rev. code 0128", 0, True,
                "We reviewed your precertification request. You can walk 150 feet with a walker and need help with "
                "only some daily activities. The therapy you need can be given safely in a skilled nursing facility "
                "or at home with home health therapy, which the plan will cover. Inpatient rehabilitation hospital "
                "care is not needed at this time.", "Section 3, How you get care (Inpatient hospital admission), "
                "and Section 5(c), Facility services"),
    "oon": ("out_of_network", "office visits and allergy injections", "CPT 99213, 95117", 1460, False,
            "The provider who billed these services is not a Plan provider. As an HMO member you must receive care "
            "from Plan providers except for emergencies and approved referrals. We have no referral on file for "
            "this provider.", "Section 1, How this plan works, and Section 3, Using Plan providers"),
    "exper": ("experimental", "proton beam radiation therapy", "CPT 77523", 48600, False,
              "Proton beam therapy for localized prostate cancer is considered experimental/investigational under "
              "our medical policy: current evidence has not shown better outcomes than standard radiation. Our "
              "brochure does not cover experimental or investigational procedures.",
              "Section 5(b), Radiation therapy, and Section 6, General exclusions"),
    "cob": ("other", "laboratory tests and office visit", "CPT 99214, 80053, 85025", 612, False,
            "Our records show the patient is enrolled in Medicare Part B, which pays first for this care. We "
            "need the Medicare Summary Notice for these services before we can pay our share. Ask the provider to "
            "bill Medicare, then send us the Medicare Summary Notice.", "Section 9, Coordinating benefits with "
            "Medicare and other coverage"),
    "timely": ("timely_filing", "emergency room visit and X-rays", "CPT 99284, 71046", 2890, False,
               "We received the claim after the filing deadline. Claims must be sent to us by December 31 of the "
               "year after the year you received the service, unless timely filing was prevented by administrative "
               "operations of the Government or legal incapacity. Nothing in our file shows either applied.",
               "Section 7, Deadline for filing your claim"),
}


PROVS = {"precert": ["Three Rivers Rehabilitation Hospital"], "cob": ["Cedar Hollow Family Clinic"],
         "timely": ["Sandhill Regional Medical Center", "Northgate Emergency Physicians"]}


def phone(rng):
    return f"1-8{rng.choice(['00', '44', '55', '66', '88'])}-555-{rng.randint(1000, 9999)}"


def months_later(d: dt.date, n: int) -> dt.date:
    """The same day n calendar months later (last day of the month when that day does not exist)."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def setup(rng, kind, dependent, same=None):
    """The facts of one claim or request (shared by a denial and the reconsideration that follows it)."""
    if same:
        return same
    carrier = rng.choice(CARRIERS)
    enrollee, *_ = person(rng)
    patient = enrollee
    if dependent:
        patient = f"{rng.choice(['Carmen', 'Douglas', 'Priya', 'Owen', 'Fern'])} {rng.choice('BCDFGHJK')}. " \
                  f"{enrollee.split()[-1]}"
    notice = notice_date(rng)
    denial, svc, codes, base, pre, *_ = KINDS[kind]
    dos = plus(notice, rng.randint(10, 30)) if pre else plus(notice, -rng.randint(25, 80))
    if kind == "timely":       # filed after December 31 of the year after the year of service
        dos = dt.date(notice.year - 2, rng.randint(3, 11), rng.randint(1, 28))
    if kind == "cob":
        patient = enrollee
    prefix = carrier[4]
    member = rng.choice([f"{prefix}{digits(rng, 8)}", f"{prefix}{digits(rng, 8)}-0{1 + dependent}"])
    return dict(carrier=carrier, enrollee=enrollee, home=address(rng), patient=patient, notice=notice, dos=dos, member=member,
                code=carrier[2] + rng.choice("123"), group=rng.choice([None, digits(rng, 5), f"FEP-{digits(rng, 4)}"]),
                prov=rng.choice(PROVS.get(kind, CLINICIANS)),
                billed=None if pre else round(base * rng.uniform(0.85, 1.2), 2),
                claim=None if pre else rng.choice([f"{digits(rng, 2)}{digits(rng, 3)}{digits(rng, 8)}0",
                                                   f"C-{digits(rng, 9)}", digits(rng, 11)]),
                ref=rng.choice([f"PA{digits(rng, 8)}", f"PRE-{digits(rng, 7)}"]) if pre else None, kind=kind)


def letterhead(p, rng, carrier, notice, ds):
    org, _, _, addr, _, _ = carrier
    p.line(org, 15, "B", h=7)
    p.line(f"A health plan of the Federal Employees Health Benefits (FEHB) Program  \u2022  {addr}", 8.3, h=4)
    p.line(f"Customer Service {phone(rng)}  (TTY 711)  \u2022  Fax {phone(rng)}", 8.3, h=4)
    p.ln(6)
    p.line(fdate(notice, ds), 10, h=5)
    p.ln(3)
    return p


def re_block(p, rows):
    p.f(10, "B")
    p.cell(12, 5, "RE:")
    p.pairs(rows, label_w=53, size=9.5, x=p.l_margin + 12, h=5)
    p.ln(3)


def make(rng, kind, dstyle, stage="initial", dependent=False, same=None):
    """stage: 'initial' denial, 'upheld' reconsideration, 'approved' reconsideration."""
    f = setup(rng, kind, dependent, same)
    carrier, dos = f["carrier"], f["dos"]
    org, option, _, addr, _, ri = carrier
    denial, svc, codes, _, pre, reason, section = KINDS[kind]
    notice = f["notice"] if stage == "initial" else plus(f["notice"], rng.randint(50, 80))
    recon = f"RC{digits(rng, 8)}" if stage != "initial" else None
    ds = rng.choice(["long", "slash", "abbr", "dash", "upper"])
    ms = rng.choice(["plain", "nosign", "flat"])
    p = Page(serif=rng.random() < 0.5, footer=rng.choice(["Page {n} of {nb}", "{n}"]),
             footer_left=f"{org.split()[0].upper()} {rng.choice(['DEN', 'CLM', 'RCN'])}-{rng.randint(10, 99)} FEHB")
    p.add_page()
    letterhead(p, rng, carrier, notice, ds)
    for ln in [f["enrollee"]] + f["home"]:
        p.line(ln, 10, h=5)
    p.ln(4)
    idl = rng.choice(["Member ID", "Enrollee ID", "ID number", "Member ID no."])
    rows = [("Enrollee", f["enrollee"]), (idl, f["member"]), ("Enrollment code", f"{f['code']}  ({option})")]
    if f["group"]:
        rows.append(("Group number", f["group"]))
    if f["patient"] != f["enrollee"]:
        rows.append(("Patient", f["patient"]))
    if pre:
        rows += [("Prior approval request", f["ref"]), ("Requested by", f["prov"]),
                 ("Planned date of service", fdate(dos, ds))]
    else:
        rows += [("Claim number", f["claim"]), ("Provider", f["prov"]), ("Date of service", fdate(dos, ds)),
                 ("Amount charged", money(f["billed"], ms))]
    if recon:
        rows.append(("Reconsideration no.", recon))
    re_block(p, rows)
    p.para(f"Dear {f['enrollee'].split()[0]} {f['enrollee'].split()[-1]}:", 10)
    deadline, alts = None, {"insurer": [option]}
    plan_code = f["code"]
    if stage == "initial":
        deadline = initial_body(p, rng, f, notice, ds, dstyle, svc, codes, reason, section, ri, pre, alts)
    elif stage == "upheld":
        upheld_body(p, rng, f, notice, ds, svc, codes, reason, section, ri, pre)
        alts["appeal_deadline"] = [plus(notice, 90).isoformat()]
    else:
        approved_body(p, rng, f, notice, ds, svc, codes, pre)
    p.ln(2)
    p.para("Sincerely,", 10, gap=6)
    p.para(f"{rng.choice(['Reconsideration Unit', 'Claims Review Department', 'Medical Management'])}\n{org}", 10)
    p.para(f"cc: {f['prov']}", 8.5)
    p.para("Federal employees, annuitants and their families: this letter is about benefits under the FEHB Program. "
           "The brochure is the official statement of benefits; no verbal statement can modify it.", 7.8)
    if stage != "approved":
        help_page(p, rng, stage)
    alts["plan_id"] = [None]
    cases = [c for c in (f["claim"], f["ref"], recon) if c]
    if stage == "approved":
        t = truth("other", None, insurer=org, plan_id=plan_code, group=f["group"], member_id=f["member"],
                  member_name=f["patient"], cases=cases, claim_amount=m2(f["billed"]) if f["billed"] else None,
                  service_dates=[span(dos)], denial_date=notice.isoformat(), provider=f["prov"], alternates=alts)
        return out(p), t
    dalts = {"precert": ["medical_necessity"], "exper": ["not_covered"], "cob": None}.get(kind)
    t = truth("denial_letter", denial, insurer=org, plan_id=plan_code, group=f["group"], member_id=f["member"],
              member_name=f["patient"], cases=cases, claim_amount=m2(f["billed"]) if f["billed"] else None,
              service_dates=[span(dos)], denial_date=notice.isoformat(), provider=f["prov"], appeal_deadline=deadline,
              alternates=alts, denial_alternates=dalts)
    return out(p), t


def initial_body(p, rng, f, notice, ds, dstyle, svc, codes, reason, section, ri, pre, alts):
    what = (f"your doctor\u2019s request for prior approval of {svc} ({codes})" if pre else
            f"the claim for {svc} ({codes}) you received on {fdate(f['dos'], ds)}")
    p.para(f"We have reviewed {what}. **We have denied {'this request' if pre else 'this claim'}.**", 10)
    p.heading("Why we made this decision", 11)
    p.para(reason, 10)
    p.para(f"Our decision is based on the {notice.year} plan brochure ({ri}), {section}. The diagnosis and "
           "procedure codes on the claim and what they mean, and any guideline we relied on, are available free of "
           "charge if you ask.", 9.5)
    p.heading("If you disagree", 11)
    six = months_later(notice, 6)
    if dstyle == "date":
        p.para(f"You may ask us to reconsider this decision. Write to us at the address above and explain why you "
               f"think we should change it. **Your request must reach us by {fdate(six, ds)}** (6 months from the "
               f"date of this letter).", 10)
    elif dstyle == "notice":
        p.para("You may ask us in writing to reconsider our initial decision. You must write to us within 6 months "
               "from the date of this letter. Send a copy of this letter and any medical records or doctors\u2019 "
               "letters you want us to consider.", 10)
        alts["appeal_deadline"] = [None, plus(notice, 180).isoformat()]
    else:
        p.para("You have 6 months from the date you receive this letter to ask us in writing to reconsider. Include "
               "the claim or request number and any records you want us to consider.", 10)
        alts["appeal_deadline"] = [months_later(notice, 6).isoformat(), plus(notice, 180).isoformat()]
        six = None
    p.para("If we do not change our decision, you may then ask the U.S. Office of Personnel Management (OPM) to "
           "review it. The enclosed sheet explains both steps. If your claim is urgent, call us; we will speed up "
           "the review.", 9.5)
    return six.isoformat() if six else None


def upheld_body(p, rng, f, notice, ds, svc, codes, reason, section, ri, pre):
    first = f["notice"]
    what = "prior approval request" if pre else "claim"
    p.para(f"On {fdate(plus(first, rng.randint(15, 40)), ds)} we received your request to reconsider our "
           f"{fdate(first, ds)} decision to deny the {what} for {svc} ({codes}). A reviewer who was not involved in "
           "the first decision looked at your letter, the records you sent and our file.", 10)
    p.para("**We have reconsidered and we affirm our denial.**", 10.5)
    p.heading("Why", 11)
    p.para(reason, 10)
    p.para(f"Brochure reference: {ri}, {section}.", 9.5)
    p.heading("Your right to ask OPM to review our decision", 11)
    p.para("You have completed the plan\u2019s reconsideration step. If you still disagree, you may ask OPM to review "
           "our decision. You must write to OPM within 90 days after the date of this letter. Send a copy of this "
           "letter, our first decision, and any documents that support your request. OPM\u2019s review is the final "
           "step of the FEHB disputed claims process before any lawsuit.", 10)


def approved_body(p, rng, f, notice, ds, svc, codes, pre):
    p.para(f"We received your request to reconsider our decision about {svc} ({codes}) provided on "
           f"{fdate(f['dos'], ds)}. After looking at the additional records your doctor sent, **we have reversed "
           "our decision and approved the claim.**", 10)
    p.para(f"We will reprocess claim {f['claim']} within 30 days and send you an explanation of benefits showing "
           "what we paid. You may owe your usual deductible, coinsurance or copayment, for example $40.00 for a "
           "specialist visit.", 10)
    p.para("You do not need to do anything more. Keep this letter with your records.", 10)


def help_page(p, rng, stage):
    p.add_page()
    p.heading("The FEHB disputed claims process (summary of Section 8 of your brochure)", 11.5, rule=True)
    p.bullets(["**Step 1 \u2013 Ask the plan to reconsider.** Write to us within 6 months from the date of our "
               "decision. We will answer within 30 days, or ask you or your provider for more information.",
               "**Step 2 \u2013 Ask OPM to review.** If we affirm our decision, or do not answer in time, write to "
               "OPM within 90 days after the date of our letter affirming the decision (or after the date we should "
               "have answered). OPM will decide; its decision is the final administrative decision.",
               "**Urgent care.** If waiting could seriously harm your life or health, call us and we will decide "
               "within 72 hours. You may also call OPM\u2019s health insurance group directly.",
               "**Lawsuit.** You may sue only after completing the process, and only against OPM, within 3 years "
               "of the date of service or supply."], 9.5)
    p.pairs([("OPM", "Federal Employee Insurance Operations, Health Insurance Group 3, Washington DC 20415"),
             ("OPM phone", phone(rng))], label_w=28, size=9)
    p.ln(2)
    p.para("Privacy: OPM may ask us for your records to review your claim. Language help: Para ayuda en "
           "espa\u00f1ol, llame al n\u00famero de Servicio al Cliente.", 8.5)


def documents(rng: random.Random) -> list[Item]:
    items = [Item("fehb_denial_bd_pre_mednec", "born_digital", [make(rng, "pre", "notice")]),
             Item("fehb_denial_bd_upheld_exper", "born_digital", [make(rng, "exper", "", stage="upheld")]),
             Item("fehb_denial_scan_post_oon", "scan_clean_300", [make(rng, "oon", "date", dependent=True)]),
             Item("fehb_denial_lowres_post_cob", "scan_lowres_150", [make(rng, "cob", "receipt")]),
             Item("fehb_denial_copy_approved", "photocopy", [make(rng, "oon", "", stage="approved")]),
             Item("fehb_denial_photo_post_exper", "phone_photo", [make(rng, "exper", "date")]),
             Item("fehb_denial_rot_precert_loc", "rotated", [make(rng, "precert", "notice", dependent=True)])]
    same = setup(rng, "timely", False)
    items.append(Item("fehb_denial_stack_fax", "fax_fine_g4",
                      [make(rng, "timely", "date", same=same), make(rng, "timely", "", stage="upheld", same=same)],
                      ["cover", None]))
    return items
