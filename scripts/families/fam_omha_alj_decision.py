"""Family omha_alj_decision: an Administrative Law Judge's decision from the Office of Medicare Hearings and Appeals.

Modelled on the public third-level Medicare appeal decision (42 CFR 405.1000-405.1063; Part C through 422.600):
a cover "Notice of Decision" from an OMHA field office (appellant, beneficiary, MBI, ALJ appeal number and the
QIC's or IRE's Medicare appeal number, what the decision is, review by the Medicare Appeals Council within 60 days
of receipt), then the decision itself: caption grid (in the case of / claim for / beneficiary / ALJ appeal no. /
Medicare no. / Medicare appeal no. / before), procedural history, issues, applicable law and policy, findings of
fact, analysis, conclusions of law, order, signature and an exhibit index. Unfavorable, partly favorable and fully
favorable decisions; Part A, Part B and Part C. Contractors, plans and people invented; the issuing agency is the
government agency, as on the real notice.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundk_fams import DOCTORS, address, cash, days, digits, mbi, mixed, person, phone, span_words
from public_kit import Page, fdate, m2, money, out, plus, truth

FAMILY = "omha_alj_decision"
LANG = "en"

AGENCY = "Office of Medicare Hearings and Appeals"
OFFICES = {
    "west": ("Western Field Office", "1750 Larkmoor Plaza, Suite 400, Ridgecrest Falls, CO 80955"),
    "east": ("Eastern Field Office", "88 Chandlery Square, 9th Floor, Orrin Bay, ME 04611"),
}
JUDGES = ["Rowland T. Ashdown", "Beatrix L. Quennevais", "Harlan P. Okonjo"]
MAC = "Northlake Medicare Solutions"
QIC = "Kestrelmoor Review Services, LLC"
IRE = "Coltsfoot Independent Review Entity"
PROVIDERS = {"mri": "Wrenfield Diagnostic Imaging", "snf": "Hawthorn Ridge Skilled Nursing Facility",
             "amb": "Pinnacle Peak Ambulance Co.", "bed": "Ferrous Bay Medical Supply, Inc.",
             "lab": "Tidemark Clinical Laboratory", "stim": "Lantern Hill Pain Institute"}
PARTC_PLAN = ("Amberfield Health Plan, Inc.", "Amberfield Advantage Plus (HMO)")


def _lines(rng, kind, dos):
    """(date, code, description, billed) of the claim on appeal."""
    if kind == "mri":
        return [(dos, "72148", "MRI lumbar spine without contrast", cash(rng, 1400, 2300))]
    if kind == "amb":
        return [(days(dos, 2 * i + (i > 2)), "A0428", "BLS non-emergency transport and mileage",
                 cash(rng, 480, 690)) for i in range(6)]
    if kind == "bed":
        return [(dos, "E0261", "Hospital bed, semi-electric, with mattress", cash(rng, 1800, 2600)),
                (dos, "E0305", "Bed side rails, half length", cash(rng, 160, 260))]
    if kind == "lab":
        return [(dos, "81408", "Molecular pathology procedure, level 9", cash(rng, 2900, 4100)),
                (dos, "80061", "Lipid panel", cash(rng, 60, 110))]
    if kind == "stim":
        return [(dos, "64590", "Insertion of peripheral nerve neurostimulator pulse generator",
                 cash(rng, 21000, 34000))]
    return []


CASES = {
    # kind: (part, decision, denial type, denial alternates, issue, law, findings, analysis)
    "mri": ("B", "UNFAVORABLE", "medical_necessity", None,
            "Whether Medicare Part B covers a repeat MRI of the lumbar spine that the beneficiary received on {dos}.",
            "Medicare pays only for items and services that are reasonable and necessary for the diagnosis or "
            "treatment of illness or injury (section 1862(a)(1)(A) of the Social Security Act). The local coverage "
            "policy of the contractor allows a repeat study of the same region when there is a new neurological "
            "deficit, a change in the clinical picture or planned surgery.",
            ["The beneficiary had an MRI of the lumbar spine {prior_weeks} weeks before the service at issue.",
             "The ordering physician's note for the visit before the second study records unchanged back pain, "
             "normal strength and reflexes and no new symptoms.",
             "No surgery was planned and no new finding is documented."],
            "The appellant testified that the beneficiary's pain had become harder to bear. I do not doubt it, but "
            "the record does not show the change in findings the policy asks for, and the earlier images were "
            "available to the treating physician. The repeat study was not reasonable and necessary."),
    "snf": ("A", "UNFAVORABLE", "level_of_care", ["medical_necessity"],
            "Whether the beneficiary's stay at the skilled nursing facility {span} is covered under Part A.",
            "Part A pays for a stay in a skilled nursing facility only while the beneficiary needs skilled nursing "
            "or skilled rehabilitation services on a daily basis that, as a practical matter, can be provided only "
            "in a skilled nursing facility (42 CFR 409.31). Care that could be given safely by non-skilled persons "
            "is custodial and is excluded (section 1862(a)(9) of the Act).",
            ["The beneficiary was admitted after a hospital stay and received therapy until the therapy goals were "
             "met.",
             "From the first day at issue the records show help with bathing, dressing and meals, and medication "
             "given by mouth, with no skilled therapy and no skilled nursing need.",
             "The facility's own care plan for those days lists only maintenance and personal care."],
            "The services given during the days at issue were personal and supportive care that a family member "
            "or an aide could give. They were custodial, not skilled, and the beneficiary did not need the skilled "
            "level of care of a nursing facility."),
    "amb": ("B", "PARTIALLY FAVORABLE", "medical_necessity", None,
            "Whether Medicare covers six non-emergency ambulance transports between the beneficiary's home and a "
            "dialysis center.",
            "Non-emergency ambulance transport is covered only when any other means of transport is contraindicated "
            "by the beneficiary's condition, for example when the beneficiary is bed-confined (42 CFR 410.40(e)). "
            "For repetitive scheduled transports a physician certification is also required.",
            ["The physician certification is dated before the first transport.",
             "For the first two transports the crew documented that the beneficiary could not get up from bed, "
             "could not walk and could not sit in a wheelchair.",
             "For the other four transports the run reports record that the beneficiary walked to the stretcher "
             "with a cane and sat upright for the trip."],
            "The first two transports meet the coverage rule. For the remaining four the crew's own notes show that "
            "the beneficiary could have travelled by wheelchair van or car; ambulance transport was not medically "
            "necessary for those dates."),
    "bed": ("B", "FULLY FAVORABLE", None, None,
            "Whether Medicare covers a semi-electric hospital bed with side rails supplied on {dos}.",
            "A hospital bed is covered when the beneficiary's condition requires positioning of the body in ways "
            "not feasible with an ordinary bed, and a semi-electric bed when frequent changes of position are "
            "needed (section 1861(n) of the Act and the contractor's coverage policy).",
            ["The treating physician documented congestive heart failure with shortness of breath lying flat.",
             "The beneficiary must keep the head of the bed raised above 30 degrees and changes position "
             "several times a night.", "A written order was signed before delivery."],
            "The supplier has now submitted the physician's notes that were missing at the earlier levels. They "
            "show that the coverage criteria were met on the date of delivery."),
    "lab": ("B", "UNFAVORABLE", "timely_filing", None,
            "Whether the claim for laboratory tests performed on {dos} was filed on time.",
            "A claim must be filed no later than 12 months after the date of service (42 CFR 424.44(a)). The time "
            "limit may be extended only for the reasons listed in 42 CFR 424.44(b), such as an administrative "
            "error of the government or its contractor or retroactive Medicare entitlement.",
            ["The date of service is {dos}.", "The contractor first received the claim on {received}.",
             "The laboratory says it sent an earlier claim, but it has no proof of submission and the "
             "contractor has no record of it."],
            "The claim reached the contractor more than 12 months after the service and none of the exceptions "
            "applies. The laboratory's belief that a claim had been sent does not extend the time limit."),
    "stim": ("B", "UNFAVORABLE", "experimental", ["medical_necessity", "not_covered"],
             "Whether Medicare covers the implantation of a peripheral nerve stimulator for chronic low back pain on "
             "{dos}.",
             "Items and services that are investigational or experimental are not reasonable and necessary (section "
             "1862(a)(1)(A) of the Act; Medicare Program Integrity Manual, chapter 13). The contractor's coverage "
             "policy treats peripheral nerve stimulation of the low back as investigational because published "
             "studies do not show a lasting benefit.",
             ["The device was implanted to treat axial low back pain without a radicular component.",
              "The device is not cleared for this use and the evidence submitted consists of a single small "
              "uncontrolled series.", "No clinical trial covered by Medicare applied."],
             "The appellant asks me to depart from the policy because the beneficiary had exhausted other options. "
             "The record does not show that the treatment has moved beyond the investigational stage for this use."),
    "partc": ("C", "UNFAVORABLE", "out_of_network", ["not_covered"],
              "Whether the Medicare Advantage organization must cover a lumbar fusion planned for {dos} at a hospital "
              "outside the plan's network.",
              "An HMO plan may limit coverage to providers in its network, except for emergency and urgently needed "
              "care, out-of-area dialysis and services the plan approved in advance (42 CFR 422.112 and 422.113). "
              "The plan must cover out-of-network care when the needed service is not available in its network.",
              ["The beneficiary is enrolled in {product}, an HMO plan (contract {contract}).",
               "The requested surgeon and hospital do not contract with the plan.",
               "Two network spine surgeons within 30 miles perform the same procedure and one offered an "
               "appointment within three weeks."],
              "The service is available in the network within the plan's access standards. The plan properly denied "
              "the request for the out-of-network surgeon; the beneficiary remains free to have the surgery "
              "with a network surgeon."),
}


def _header_rows(style, appellant, who, mid, alj, qic_no):
    if style == "a":
        return [("Appellant", appellant), ("Beneficiary", who), ("Medicare Beneficiary Identifier", mid),
                ("ALJ Appeal No.", alj), ("Medicare Appeal No.", qic_no)]
    return [("OMHA Appeal Number", alj), ("QIC Appeal Number", qic_no), ("Appellant", appellant),
            ("Beneficiary", who), ("MBI", mid)]


def _notice(p, rng, office, notice, ds, appellant, addr, rows, decision, judge):
    p.add_page()
    p.line("DEPARTMENT OF HEALTH AND HUMAN SERVICES", 8.5, "B", align="C", h=4.5)
    p.line(AGENCY.upper(), 13, "B", align="C", h=7)
    p.line(office[0], 9.5, align="C", h=5)
    p.line(f"{office[1]}  \u2022  Tel. {phone(rng)}  \u2022  Fax {phone(rng, False)}", 8, align="C", h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)
    p.line(fdate(notice, ds), 10, h=5)
    p.ln(2)
    for ln in [appellant] + addr:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("NOTICE OF DECISION", 13, "B", align="C", h=7)
    p.ln(1)
    p.pairs(rows, label_w=62, size=9.5, h=5.2)
    p.ln(2)
    p.para(f"Enclosed is the decision of Administrative Law Judge {judge} in the appeal named above. The decision "
           f"is **{decision}**. This notice tells you what you can do next.", 10)
    if decision == "FULLY FAVORABLE":
        p.para("The decision is fully favorable to you. You do not have to do anything. The Medicare contractor "
               "will carry out the decision and will send any payment due. Another party to the appeal may still "
               "ask the Medicare Appeals Council to review it, as explained below.", 10)
    p.heading("If you disagree with the decision", 11)
    p.para("You may ask the Medicare Appeals Council (the Council) of the Departmental Appeals Board to review the "
           "decision. Your written request must be filed within 60 days after the date you receive this notice. "
           "We presume that you received it 5 days after the date at the top of this notice unless you show that "
           "you received it later.", 10)
    p.para("Send your request, with a copy of the decision, to: Medicare Appeals Council, Departmental Appeals "
           "Board, Mail Stop 4410, 330 Elmhurst Center, Washington, DC 20201, or file it through the Board's "
           "electronic filing system. You may use form DAB-101. Send a copy of the request to every other party.",
           9.5)
    p.para("The Council may also decide on its own motion, within 60 days of the date of the decision, to review it. "
           "If no one asks for review and the Council does not review it on its own, the decision is final and "
           "binding on all parties.", 9.5)
    p.heading("If you have questions", 11)
    p.para(f"Call the field office at {phone(rng)}. Beneficiaries may also call 1-800-MEDICARE. Please have the "
           "appeal number ready when you call.", 9.5)
    p.para(f"cc: {MAC} (Medicare Administrative Contractor); {QIC} (Qualified Independent Contractor)", 8.5)


def make(rng: random.Random, kind: str, office: str, style: str):
    part, decision, dtype, dalt, issue, law, findings, analysis = CASES[kind]
    who = person(rng)[0]
    mid = mbi(rng, rng.random() < 0.4)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 120))
    ds = rng.choice(["long", "slash", "abbr"]) if style == "a" else rng.choice(["long", "dmy"])
    mstyle = rng.choice(["plain", "nosign"])
    judge = rng.choice(JUDGES)
    dos = plus(notice, -rng.randint(330, 420) - (380 if kind == "lab" else 0))
    alj = f"{rng.choice([1, 3])}-{digits(rng, 10)}"
    qic_no = mixed(rng, "IRE-99-9999-a") if part == "C" else f"1-{digits(rng, 10)}"
    icn = f"2{digits(rng, 12)}"
    prov = PROVIDERS.get(kind, rng.choice(DOCTORS))
    appellant = rng.choice([who, prov]) if part != "C" else who
    lines = _lines(rng, kind, dos)
    if kind == "snf":
        stay_end = plus(dos, rng.randint(12, 20))
        billed = cash(rng, 9000, 16000)
        denied_dates, all_dates = [f"{dos.isoformat()}/{stay_end.isoformat()}"], None
    else:
        billed = round(sum(v for *_, v in lines), 2) if lines else None
        denied_dates = [d.isoformat() for d, *_ in (lines[2:] if kind == "amb" else lines)]
        all_dates = [d.isoformat() for d, *_ in lines] if kind == "amb" else None
        stay_end = None
    if kind == "partc":
        denied_dates = [plus(notice, -rng.randint(90, 110)).isoformat()]
    fill = dict(dos=fdate(dos, ds), span=span_words(dos, stay_end) if stay_end else "",
                prior_weeks=rng.randint(6, 11), received=fdate(plus(dos, 372 + rng.randint(5, 40)), ds),
                product=PARTC_PLAN[1], contract=f"H5519-0{rng.randint(10, 39)}")
    if kind == "partc":
        fill["dos"] = fdate(dt.date.fromisoformat(denied_dates[0]), ds)
    office_t = OFFICES[office]
    p = Page(serif=style == "b", footer=f"ALJ Appeal No. {alj}   Page {{n}} of {{nb}}")
    rows = _header_rows(style, appellant, who, mid, alj, qic_no)
    _notice(p, rng, office_t, notice, ds, appellant, address(rng), rows, decision, judge)
    _decision(p, rng, kind, part, decision, fill, who, mid, alj, qic_no, icn, prov, appellant, lines, billed,
              mstyle, ds, notice, dos, stay_end, issue, law, findings, analysis, judge)
    _exhibits(p, rng, ds, notice, dos)
    cases = [alj, qic_no] + ([icn] if part != "C" else [])
    alts = {"insurer": ["Medicare", "Department of Health and Human Services", f"OMHA {office_t[0]}"],
            "case_numbers": [[alj, qic_no], [alj]]}
    if decision != "FULLY FAVORABLE":
        alts["appeal_deadline"] = [plus(notice, 60).isoformat(), plus(notice, 65).isoformat()]
    if all_dates:
        alts["service_dates"] = [all_dates]
        alts["claim_amount"] = [m2(sum(v for *_, v in lines[2:]))]
    plan_id = fill["contract"] if part == "C" else None
    if plan_id:
        alts["plan_id"] = [None]
    doc_type = "other" if decision == "FULLY FAVORABLE" else "denial_letter"
    t = truth(doc_type, dtype, insurer=AGENCY, plan_id=plan_id, member_id=mid, member_name=who, cases=cases,
              claim_amount=m2(billed) if billed else None, service_dates=denied_dates,
              denial_date=notice.isoformat(), provider=prov, appeal_deadline=None, alternates=alts,
              denial_alternates=dalt)
    return out(p), t


def _caption(p, part, who, mid, alj, qic_no, appellant, judge):
    claim_for = {"A": "Hospital Insurance Benefits (Part A)", "B": "Supplementary Medical Insurance Benefits (Part B)",
                 "C": "Medicare Advantage (Part C) Benefits"}[part]
    w = (p.w - p.l_margin - p.r_margin) / 2
    cells = [("In the case of", "Claim for"), (appellant, claim_for), ("(Appellant)", ""),
             ("Beneficiary: " + who, "ALJ Appeal No.: " + alj),
             ("Medicare No.: " + mid, "Medicare Appeal No.: " + qic_no)]
    for i, (a, b) in enumerate(cells):
        p.f(9.5, "B" if i == 0 else "")
        p.cell(w, 5.5, a, border="LR" if i else "LTR")
        p.cell(w, 5.5, b, border="LR" if i else "LTR", new_x="LMARGIN", new_y="NEXT")
    p.f(9.5, "B")
    p.cell(2 * w, 6, f"Before: {judge}, Administrative Law Judge", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def _decision(p, rng, kind, part, decision, fill, who, mid, alj, qic_no, icn, prov, appellant, lines, billed, mstyle,
              ds, notice, dos, stay_end, issue, law, findings, analysis, judge):
    prose_m = "plain" if mstyle == "nosign" else mstyle
    p.add_page()
    p.line("DECISION", 14, "B", align="C", h=8)
    p.ln(1)
    _caption(p, part, who, mid, alj, qic_no, appellant, judge)
    p.para(f"After considering the evidence and arguments in the record, I enter a **{decision.lower()}** decision "
           "for the appellant.", 10)
    p.heading("PROCEDURAL HISTORY", 11, rule=True)
    qic_date = plus(notice, -rng.randint(120, 170))
    mac_date = plus(qic_date, -rng.randint(60, 100))
    heard = plus(notice, -rng.randint(20, 45))
    if kind == "snf":
        what = (f"The beneficiary stayed at {prov} {fill['span']}. The facility billed {money(billed, prose_m)} for "
                f"the stay (claim control number {icn}).")
    elif part == "C":
        what = (f"{fill['product']}, offered by {PARTC_PLAN[0]}, denied the beneficiary's request for a lumbar "
                f"fusion with an out-of-network surgeon, {prov}, planned for {fill['dos']}. On reconsideration the "
                f"plan upheld its decision and forwarded the case to {IRE}, which upheld it as well.")
    else:
        dates = ", ".join(fdate(d, ds) for d in sorted({d for d, *_ in lines}))
        what = (f"{prov} furnished the items or services at issue on {dates} and billed Medicare "
                f"{money(billed, prose_m)} in total (claim control number {icn}). {MAC} denied the claim and "
                f"affirmed the denial on redetermination dated {fdate(mac_date, ds)}.")
    p.para(what, 10)
    if part != "C":
        p.para(f"{QIC} issued an unfavorable reconsideration on {fdate(qic_date, ds)} (Medicare Appeal No. "
               f"{qic_no}). The appellant's request for an ALJ hearing was received on "
               f"{fdate(plus(qic_date, rng.randint(30, 55)), ds)}.", 10)
    else:
        p.para(f"The IRE's reconsideration ({qic_no}) is dated {fdate(qic_date, ds)}. The request for hearing was "
               f"received on {fdate(plus(qic_date, rng.randint(20, 50)), ds)}.", 10)
    aic = round((billed or 12000) * rng.uniform(0.55, 0.8), 2)
    p.para(f"A hearing was held by telephone on {fdate(heard, ds)}. The amount remaining in controversy, "
           f"{money(aic, prose_m)}, meets the threshold for an ALJ hearing. Exhibits 1 through "
           f"{rng.randint(6, 9)} were admitted without objection.", 10)
    if lines and kind != "partc":
        verdict = lambda i: "Favorable" if decision == "FULLY FAVORABLE" or (kind == "amb" and i < 2) \
            else "Unfavorable"  # noqa: E731
        rows = [[fdate(d, ds), c, desc, money(v, mstyle), verdict(i)] for i, (d, c, desc, v) in enumerate(lines)]
        p.table(["Date of service", "HCPCS", "Description", "Billed", "ALJ decision"], rows, [34, 17, 80, 24, 25],
                size=8.5, head_h=6, aligns=["L", "L", "L", "R", "L"])
    elif kind == "snf":
        p.para(f"Dates of service at issue: {fdate(dos, ds)} to {fdate(stay_end, ds)} (revenue code 0191, "
               "skilled nursing, per diem).", 9.5)
    p.heading("ISSUE", 11, rule=True)
    p.para(issue.format(**fill), 10)
    p.heading("APPLICABLE LAW AND POLICY", 11, rule=True)
    p.para(law, 9.5)
    p.heading("FINDINGS OF FACT", 11, rule=True)
    p.bullets([f"{i}. " + f.format(**fill) for i, f in enumerate(findings, 1)], mark="")
    p.heading("ANALYSIS", 11, rule=True)
    p.para(analysis, 10)
    p.para("Liability: the provider or supplier knew or could reasonably have been expected to know that Medicare "
           "would not pay, so the beneficiary is not responsible for the non-covered charges beyond any amount "
           "agreed in a valid advance beneficiary notice (section 1879 of the Act).", 9.5)
    p.heading("CONCLUSIONS OF LAW", 11, rule=True)
    conclusions = {"UNFAVORABLE": "The items or services at issue are not covered by Medicare.",
                   "PARTIALLY FAVORABLE": "The first two transports are covered; the other four are not.",
                   "FULLY FAVORABLE": "The items at issue are covered by Medicare."}
    p.para(conclusions[decision], 10)
    p.heading("ORDER", 11, rule=True)
    p.para("The Medicare contractor is DIRECTED to process the claim in accordance with this decision."
           if decision != "UNFAVORABLE" else "The request for coverage is denied. The reconsideration decision "
           "stands.", 10)
    p.ln(3)
    p.line("SO ORDERED.", 10, h=5)
    p.ln(2)
    p.line(f"/s/ {judge}", 10, h=5)
    p.line("Administrative Law Judge", 10, h=5)
    p.line(f"Dated: {fdate(notice, ds)}", 10, h=5)


def _exhibits(p, rng, ds, notice, dos):
    p.ln(4)
    p.heading("INDEX OF EXHIBITS", 11, rule=True)
    docs = ["Claim and contractor's initial determination", "Redetermination request and decision",
            "Reconsideration decision and case file", "Medical records from the treating provider",
            "Request for hearing (form OMHA-100)", "Notice of hearing and response",
            "Appellant's position paper", "Hearing recording log"]
    rows, pg = [], 1
    for i, d in enumerate(docs[:rng.randint(6, 8)], 1):
        n = rng.randint(2, 40)
        rows.append([str(i), d, f"{pg}\u2013{pg + n - 1}"])
        pg += n
    p.table(["Exh.", "Description", "Pages"], rows, [16, 120, 30], size=8.5, head_h=6)
    p.para(f"Record closed: {fdate(plus(notice, -rng.randint(5, 15)), ds)}. Document control no. "
           f"DCN-{digits(rng, 9)}.", 8.5)


def documents(rng: random.Random) -> list[Item]:
    return [Item("omha_alj_decision_bd_mri", "born_digital", [make(rng, "mri", "west", "a")]),
            Item("omha_alj_decision_bd_partc", "born_digital", [make(rng, "partc", "east", "b")]),
            Item("omha_alj_decision_scan_snf", "scan_clean_300", [make(rng, "snf", "east", "a")]),
            Item("omha_alj_decision_lowres_amb", "scan_lowres_150", [make(rng, "amb", "west", "b")]),
            Item("omha_alj_decision_copy_lab", "photocopy", [make(rng, "lab", "east", "b")]),
            Item("omha_alj_decision_rot_bed", "rotated", [make(rng, "bed", "west", "a")]),
            Item("omha_alj_decision_faxf_stim", "fax_fine_g4", [make(rng, "stim", "west", "b")])]
