"""Family external_review: final external review decisions from a state insurance department or an IRO.

Modelled on the public external review decision letters of state insurance departments and independent review
organizations under the state external review laws and 45 CFR 147.136(d): the letterhead of the department or
the IRO, the review's case number beside the health plan's appeal and claim numbers, standard or expedited
review, 'Final External Review Decision', the decision in one sentence (the reviewer UPHELD / OVERTURNED /
PARTIALLY OVERTURNED the health plan's denial), the reviewer's credentials without a name, a prose summary of
the case (dates, service, amount, the plan's original reason), the reviewer's rationale, what the plan must do,
and the closing that the decision binds both sides except for other remedies at law (no further appeal date).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundf import DOCTORS, FACILITIES, digits, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "external_review"
LANG = "en"

ISSUERS = {
    "calder_doi": dict(name="Calder Department of Insurance", sub="Office of Consumer Health Appeals \u2013 "
                       "External Review Program", addr="77 Treasury Row, Fort Linden, CR 60411", case="ER-{y}-{n}",
                       case_label="External Review No.", kind="state"),
    "tillamore_oci": dict(name="Tillamore Office of the Commissioner of Insurance",
                          sub="Bureau of Health Coverage Review", addr="PO Box 3307, Brennick, TL 71003",
                          case="HCR{y}{n}", case_label="Review file number", kind="state"),
    "meridale": dict(name="Meridale Independent Medical Review, LLC", sub="An independent review organization "
                     "approved by the Calder Department of Insurance", addr="950 Sextant Blvd, Suite 210, "
                     "Orrin Bay, CR 60877", case="MIMR-{n}", case_label="IRO Case Number", kind="iro"),
    "corvane": dict(name="Corvane Review Partners", sub="Independent Review Organization \u2013 URAC accredited",
                    addr="3 Kilnworth Plaza, Hedgeford, TL 71440", case="CRP {y}-{n}", case_label="IRO case #",
                    kind="iro"),
}
PLANS = ["Windhollow Health Plan, Inc.", "Beaconmoor HMO", "Ravensbrook Health Insurance Company",
         "Thistledown Benefit Plans"]
# scenario -> (service, specialty of reviewer, plan's reason restated, rationale, claim?)
SCENARIOS = {
    "fusion": ("lumbar spinal fusion at L4-L5 (CPT 22633)", "orthopaedic spine surgery",
               "the surgery was not medically necessary because there was no documented instability and "
               "non-surgical care had not been tried for long enough", "The records show three months of physical "
               "therapy and no slippage of the vertebrae on flexion-extension films. Current evidence does not "
               "support fusion for disc degeneration alone. The surgery is not medically necessary for this "
               "enrollee at this time.", False),
    "proton": ("proton beam radiation therapy for prostate cancer (CPT 77525)", "radiation oncology",
               "proton therapy is experimental and investigational for the enrollee's condition",
               "For this enrollee's tumor near the rectum, the plan's own policy allows proton therapy when standard "
               "radiation would give an unsafe rectal dose, and the treatment plan comparison in the records shows "
               "that. The service is not investigational in these circumstances and is medically necessary.", True),
    "rehab": ("inpatient rehabilitation hospital stay after a stroke", "physical medicine and rehabilitation",
              "the enrollee's care could be given at a skilled nursing facility, a lower level of care",
              "During the first week the enrollee needed daily physician visits and tolerated three hours of therapy "
              "a day, which requires an inpatient rehabilitation hospital. From the eighth day the notes show steady "
              "progress that a skilled nursing facility could support, so the stay after that day was not at the "
              "right level of care.", True),
    "car_t": ("CAR-T cell therapy under a phase II clinical protocol", "hematology and medical oncology",
              "the treatment is experimental/investigational and excluded by the plan",
              "The product is not approved for the enrollee's type of lymphoma and is given only under a phase II "
              "protocol; the plan excludes investigational treatment outside the routine costs of a clinical "
              "trial. The denial was consistent with the terms of the plan.", False),
    "er_visit": ("emergency department care at a non-network hospital", "emergency medicine",
                 "the visit was not an emergency and the hospital is outside the HMO network",
                 "A prudent layperson with chest pain spreading to the left arm would expect that delay could "
                 "seriously harm their health. The visit met the definition of an emergency and must be covered "
                 "at the in-network level.", True),
    "psych": ("continued inpatient psychiatric hospitalization", "psychiatry (adolescent)",
              "the patient could be treated safely in a partial hospitalization program",
              "The patient had two episodes of self-harm on the unit in the prior 72 hours and needed one-to-one "
              "observation. A partial hospitalization program could not keep the patient safe; the continued "
              "inpatient stay is medically necessary.", False),
    "bleph": ("upper eyelid surgery, both eyes (blepharoplasty, CPT 15823)", "ophthalmology (oculoplastic surgery)",
              "the surgery was cosmetic and not medically necessary",
              "The visual field test taped and untaped shows a loss of less than 12 degrees, below the 30 percent "
              "improvement the standard of care asks for, and the photographs do not show the lid resting on the "
              "lashes. The surgery was not shown to be medically necessary.", True),
}


def review_case(rng, iss, notice):
    return iss["case"].format(y=notice.strftime("%y"), n=digits(rng, rng.choice([5, 6])))


def make(rng, issuer, scen, outcome, expedited=False):
    iss = ISSUERS[issuer]
    service, specialty, orig, rationale, is_claim = SCENARIOS[scen]
    plan = rng.choice(PLANS)
    who = person(rng)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 100))
    ds, ms = rng.choice(["long", "slash", "abbr", "iso"]), rng.choice(["plain", "usd", "flat"])
    case_no = review_case(rng, iss, notice)
    appeal_no = rng.choice([f"APL-{digits(rng, 8)}", f"GA{digits(rng, 9)}", f"{digits(rng, 4)}-{digits(rng, 5)}"])
    claim_no = f"{digits(rng, 12)}" if is_claim else None
    member = rng.choice([f"{rng.choice('WBRT')}{digits(rng, 9)}", f"{digits(rng, 9)}-01"])
    group = rng.choice([None, digits(rng, 6), f"GRP-{digits(rng, 5)}"])
    prov = rng.choice(FACILITIES if scen in ("rehab", "er_visit", "psych") else DOCTORS)
    received = plus(notice, -(rng.randint(2, 4) if expedited else rng.randint(30, 44)))
    plan_denial = plus(received, -(rng.randint(3, 6) if expedited else rng.randint(40, 90)))
    plan_final = plus(received, -(1 if expedited else rng.randint(5, 25)))
    if scen in ("rehab", "psych"):
        start = plus(plan_denial, -rng.randint(3, 10))
        end = plus(start, rng.randint(16, 22))
        svc_dates = [span(start, end)]
    elif is_claim:
        start = end = plus(plan_denial, -rng.randint(20, 60))
        svc_dates = [span(start)]
    else:
        start = end = plus(received, rng.randint(20, 45))
        svc_dates = [span(start)]
    billed = round(rng.uniform(6000, 58000) if scen in ("proton", "rehab") else rng.uniform(2100, 7800), 2) \
        if is_claim else None
    p = Page(serif=iss["kind"] == "state", footer="Page {n} of {nb}")
    p.add_page()
    p.line(iss["name"], 15, "B", h=7.5)
    p.line(iss["sub"], 9, h=4.5)
    p.line(f"{iss['addr']}   \u2022   {phone(rng)}   \u2022   Fax {phone(rng, False)}", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(6)
    p.line(fdate(notice, ds), 10)
    p.ln(3)
    for ln in [who, f"{rng.randint(20, 9800)} {rng.choice(['Tanner Rd', 'Wick Ln', 'Osier Ct'])}",
               rng.choice(["Fort Linden, CR 60432", "Brennick, TL 71019", "Orrin Bay, CR 60881"])]:
        p.line(ln, 10, h=5)
    p.ln(4)
    title = ("Notice of Expedited External Review Decision" if expedited else "Final External Review Decision")
    p.line(title, 14, "B", h=7)
    p.ln(1)
    rows = [(iss["case_label"], case_no), ("Enrollee", who), ("Health plan", plan), ("Member ID", member)]
    if group:
        rows.append(("Group No.", group))
    rows += [("Plan internal appeal no.", appeal_no)]
    if claim_no:
        rows.append(("Claim no.", claim_no))
    rows += [("Type of review", "Expedited" if expedited else "Standard"),
             ("Request received", fdate(received, ds)), ("Treating provider", prov)]
    if iss["kind"] == "iro":
        rows.append(("Assigned by", "Calder Department of Insurance" if issuer == "meridale"
                     else "Tillamore Office of the Commissioner of Insurance"))
    p.boxed_pairs(rows, label_w=56, size=9.2, h=5.8)
    word = {"upheld": "UPHELD", "overturned": "OVERTURNED", "partial": "PARTIALLY OVERTURNED"}[outcome]
    p.para(f"Dear {who.split()[0]} {who.split()[-1]}:", 10)
    p.para(f"{'An' if iss['kind'] == 'iro' else 'The independent'} external review of your health plan's denial is "
           f"complete. **The reviewer has {word} the health plan's denial.**", 10.5)
    if expedited:
        p.para(f"We told you and the health plan of this decision by telephone on {fdate(plus(notice, -1), ds)}. "
               "This letter confirms it in writing.", 9.5)
    p.heading("Who reviewed your case", 11)
    p.para(f"The reviewer is a physician board-certified in {specialty}, licensed in the state, in active practice, "
           "with more than ten years of experience treating patients with this condition. The reviewer has no "
           "conflict of interest with you, your provider or the health plan.", 9.5)
    p.heading("Summary of the case", 11)
    if scen in ("rehab", "psych"):
        when = f"from {fdate(start, ds)} to {fdate(end, ds)}"
    elif is_claim:
        when = f"on {fdate(start, ds)}"
    else:
        when = f"planned for {fdate(start, ds)}"
    amt = f", billed at {money(billed, ms)}," if is_claim else ""
    p.para(f"The enrollee, a {rng.randint(41, 64)}-year-old covered by {plan}, asked the plan to cover the "
           f"{service} {when}{amt} with {prov}. The health plan denied coverage on {fdate(plan_denial, ds)}, stating "
           f"that {orig}. The plan upheld its denial on internal appeal on {fdate(plan_final, ds)} (appeal no. "
           f"{appeal_no}). The request for external review was received on {fdate(received, ds)}.", 10)
    p.heading("The reviewer's findings", 11)
    p.para(rationale, 10)
    if outcome == "partial":
        p.para(f"The reviewer found the days from {fdate(start, ds)} through {fdate(plus(start, 6), ds)} covered. "
               f"The days from {fdate(plus(start, 7), ds)} through {fdate(end, ds)} remain denied.", 10)
    p.heading("What happens now", 11)
    if outcome == "upheld":
        p.para("The health plan is not required to cover the service. This external review decision is final and "
               "binding on you and the health plan, except to the extent that other remedies are available to you "
               "under state or federal law. You may have other remedies, including the right to file an action in "
               "court.", 9.5)
    else:
        days = "one business day" if expedited else "five business days"
        part = " for the part of the stay the reviewer found covered" if outcome == "partial" else ""
        p.para(f"The health plan must provide coverage or payment{part} within {days} of this decision. The "
               "decision is binding on the health plan. If you do not agree with any part of it, you may have other "
               "remedies under state or federal law, including an action in court.", 9.5)
    p.para(f"Questions: call the {iss['name']} at {phone(rng)}. A copy of this decision was sent to the health "
           "plan and to your provider. The records the reviewer relied on are listed in the enclosure.", 9)
    p.heading("Enclosure: records reviewed", 10.5, rule=True)
    p.bullets(["Request for external review and the enrollee's statement",
               f"The health plan's denial letter of {fdate(plan_denial, ds)} and final internal appeal decision",
               f"Medical records from {prov}", "The health plan's medical policy and the certificate of coverage",
               "Published clinical guidelines and peer-reviewed studies cited in the rationale"], 9)
    cases = [c for c in (case_no, appeal_no, claim_no) if c]
    orig_type = {"fusion": "medical_necessity", "proton": "experimental", "rehab": "level_of_care",
                 "car_t": "experimental", "er_visit": "out_of_network", "psych": "level_of_care",
                 "bleph": "medical_necessity"}[scen]
    alts = {"insurer": [plan]}
    if outcome == "upheld" or outcome == "partial":
        dalt = {"experimental": ["not_covered", "medical_necessity"], "level_of_care": ["medical_necessity"],
                "medical_necessity": ["not_covered"] if scen == "bleph" else None}[orig_type]
        dates = svc_dates
        if outcome == "partial":
            denied_from = plus(start, 7)
            dates = [span(denied_from, end)]
            alts["service_dates"] = [svc_dates]
        t = truth("denial_letter", orig_type, insurer=iss["name"], group=group, member_id=member, member_name=who,
                  cases=cases, claim_amount=m2(billed) if billed else None, service_dates=dates,
                  denial_date=notice.isoformat(), provider=prov, appeal_deadline=None, alternates=alts,
                  denial_alternates=dalt, type_alternates=["other"] if outcome == "partial" else None)
    else:
        t = truth("other", None, insurer=iss["name"], group=group, member_id=member, member_name=who, cases=cases,
                  claim_amount=m2(billed) if billed else None, service_dates=svc_dates,
                  denial_date=notice.isoformat(), provider=prov, appeal_deadline=None, alternates=alts)
    return out(p), t, (start, end)


def build(rng, issuer, scen, outcome, expedited=False):
    pdf, t, _ = make(rng, issuer, scen, outcome, expedited)
    return pdf, t


def documents(rng: random.Random) -> list[Item]:
    return [Item("external_review_bd_fusion_upheld", "born_digital", [build(rng, "calder_doi", "fusion", "upheld")]),
            Item("external_review_bd_proton_overturned", "born_digital",
                 [build(rng, "meridale", "proton", "overturned")]),
            Item("external_review_scan_rehab_partial", "scan_clean_300", [build(rng, "corvane", "rehab", "partial")]),
            Item("external_review_lowres_cart_exp_upheld", "scan_lowres_150",
                 [build(rng, "meridale", "car_t", "upheld", expedited=True)]),
            Item("external_review_copy_er_overturned", "photocopy",
                 [build(rng, "tillamore_oci", "er_visit", "overturned")]),
            Item("external_review_faxs_psych_exp_overturned", "fax_standard_g4",
                 [build(rng, "corvane", "psych", "overturned", expedited=True)]),
            Item("external_review_photo_bleph_upheld", "phone_photo",
                 [build(rng, "tillamore_oci", "bleph", "upheld")])]
