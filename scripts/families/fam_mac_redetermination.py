"""Family mac_redetermination: a Medicare Administrative Contractor's Medicare Redetermination Notice.

Modelled on the public first-level appeal decision letters that Medicare Administrative Contractors (A/B MACs
and DME MACs) send under 42 CFR 405.940-405.958: the contractor's letterhead and jurisdiction, the letter date,
"MEDICARE REDETERMINATION NOTICE", a header block (beneficiary, Medicare Number in MBI form, appeal number,
provider or supplier, dates of service, claim control number), the decision in one sentence (UNFAVORABLE /
PARTIALLY FAVORABLE / FAVORABLE), a summary of the facts, an explanation of the decision, who is liable for the
bill, and the next level: a reconsideration by a Qualified Independent Contractor within 180 days of receipt.
Two invented contractors, each with its own layout and labels.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundg_public import DOCTORS, SUPPLIERS, address, digits, icn, mbi, npi, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "mac_redetermination"
LANG = "en"

MACS = {
    "cumberline": dict(name="Cumberline Government Health Administrators, LLC", short="Cumberline GHA",
                       sub="Medicare Part A and Part B \u2013 Jurisdiction R", addr="PO Box 61470, Harlow Springs, "
                       "NE 68311", appeal_label="Appeal Number", mbi_label="Medicare Number", icn_label=
                       "Claim Control Number (ICN)", prov_label="Provider/Supplier", dashed=True, grid=True),
    "northstar": dict(name="Northstar Medicare Solutions, Inc.", short="Northstar Medicare Solutions",
                      sub="DME Medicare Administrative Contractor \u2013 Jurisdiction E", addr="8800 Ferrous Way, "
                      "Suite 400, Caddo Bend, LA 71102", appeal_label="Redetermination Number", mbi_label="MBI",
                      icn_label="ICN", prov_label="Supplier", dashed=False, grid=False),
}
# kind -> (lines [(code, description, lo, hi)], denied line indexes or None for all/none, reason, denial type,
#          denial alternates)
CASES = {
    "echo": ([("93306", "Transthoracic echocardiogram, complete, with Doppler", 900, 1600)], None,
             "The local coverage determination for transthoracic echocardiography allows a repeat study when there "
             "is a change in symptoms or in the patient's clinical status. The records show the same study was done "
             "{prior} and the notes for this visit describe no new symptoms, no change in examination and no change "
             "in treatment. The repeat study is not reasonable and necessary under section 1862(a)(1)(A) of the "
             "Social Security Act.", "medical_necessity", None, "doctor"),
    "footcare": ([("11721", "Debridement of nails, 6 or more", 140, 260), ("11056", "Paring of corns/calluses, 2-4",
                                                                          90, 180)], None,
                 "Routine foot care, such as trimming or debriding nails and paring corns and calluses, is excluded "
                 "from Medicare coverage by law unless a systemic condition such as diabetes with loss of protective "
                 "sensation is documented with the class findings required. The records list no such condition and "
                 "no class findings, so the services are routine foot care and are not covered.", "not_covered",
                 ["medical_necessity"], "supplier:4"),
    "late": ([("97110", "Therapeutic exercise, each 15 minutes", 300, 520), ("97140", "Manual therapy, each 15 "
                                                                             "minutes", 200, 380)], None,
             "Medicare requires that a claim be filed no later than 12 months (one calendar year) after the date the "
             "services were furnished. This claim was received on {received}, more than 12 months after the dates "
             "of service. No exception to the time limit (such as an administrative error by Medicare or "
             "retroactive entitlement) applies. The claim was correctly denied as not filed timely.",
             "timely_filing", None, "supplier:11"),
    "ambulance": ([("A0427", "Ambulance, advanced life support, emergency (ALS1)", 1100, 1700),
                   ("A0425", "Ground mileage, per statute mile", 180, 320)], [0],
                  "The run report documents stable vital signs, no cardiac monitoring, no IV medicines and no other "
                  "advanced life support intervention during the trip. The level of service billed (A0427, ALS1) is "
                  "not supported; the documentation supports basic life support (A0429) only. The mileage is "
                  "allowed. The ALS1 line stays denied as billed; the supplier may file a corrected claim.",
                  "coding_error", ["medical_necessity"], "supplier:2"),
    "strips": ([("A4253", "Blood glucose test strips, per 50", 260, 420), ("A4259", "Lancets, per box of 100",
                                                                           40, 80)], [0],
               "For a beneficiary who does not use insulin, Medicare covers up to 100 test strips every 3 months. "
               "The supplier billed 300 strips for 3 months. The prescriber's records do not document a specific "
               "reason for testing more often, nor the beneficiary's testing log, so the quantity above the "
               "utilization guideline is not reasonable and necessary.", "medical_necessity", None, "supplier:0"),
    "favorable": ([("E0601", "Continuous positive airway pressure (CPAP) device", 700, 1200)], [],
                  "The supplier sent the face-to-face evaluation and the download showing use of 4 hours or more per "
                  "night on 70% of nights in a 30-day period. The coverage requirements are met. The claim will be "
                  "reprocessed and paid; the supplier will receive a new remittance advice.", None, None,
                  "supplier:5"),
}


def make(rng, mac, kind, who=None, mid=None):
    m = MACS[mac]
    lines, denied_idx, reason, dtype, dalt, prov_kind = CASES[kind]
    who = who or person(rng)
    mid = mid or mbi(rng, m["dashed"])
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 100))
    ds = rng.choice(["long", "slash", "abbr"] if m["grid"] else ["slash", "dash", "upper", "long"])
    mstyle = rng.choice(["plain", "flat"])
    prov = rng.choice(DOCTORS) if prov_kind == "doctor" else SUPPLIERS[int(prov_kind.split(":")[1])]
    dos = plus(notice, -rng.randint(120, 200) - (420 if kind == "late" else 0))
    rows, billed, denied_sum, denied_dates = [], 0.0, 0.0, []
    for i, (code, desc, lo, hi) in enumerate(lines):
        v = round(rng.uniform(lo, hi), 2)
        d = plus(dos, 0 if kind != "strips" or i == 0 else 0)
        deny = kind != "favorable" and (denied_idx is None or i in denied_idx)
        rows.append([fdate(d, ds), code, desc, money(v, mstyle), "Denied" if deny else "Allowed"])
        billed += v
        if deny:
            denied_sum += v
            denied_dates.append(span(d))
    billed = round(billed, 2)
    appeal = (f"{rng.randint(1, 9)}-{digits(rng, 10)}" if mac == "cumberline" else
              f"RD{notice.strftime('%y')}{digits(rng, 9)}")
    claim = icn(rng)
    decision = "FAVORABLE" if kind == "favorable" else (
        "PARTIALLY FAVORABLE" if denied_idx and len(denied_idx) < len(lines) else "UNFAVORABLE")
    p = Page(serif=mac == "cumberline", footer="Page {n} of {nb}",
             footer_left="MRN-01 " + ("(03/2025)" if mac == "cumberline" else "DME-RD v7"))
    p.add_page()
    p.line(m["name"], 14, "B", h=7)
    p.line(m["sub"], 9, h=4.5)
    p.line(f"{m['addr']}   Provider contact center {phone(rng)}   Beneficiaries call 1-800-MEDICARE", 7.5, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(5)
    appellant_is_prov = rng.random() < 0.5
    for ln in ([prov.upper()] + address(rng) if appellant_is_prov else [who.upper()] + address(rng)):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line(fdate(notice, ds), 10, h=5)
    p.ln(3)
    p.line("MEDICARE REDETERMINATION NOTICE", 14, "B", align="C", h=8)
    p.ln(2)
    hdr = [("Beneficiary", who), (m["mbi_label"], mid), (m["appeal_label"], appeal), (m["prov_label"], prov),
           ("Provider NPI" if mac == "cumberline" else "Supplier NPI", npi(rng)),
           ("Dates of Service", fdate(dos, ds)), (m["icn_label"], claim),
           ("Date appeal received", fdate(plus(notice, -rng.randint(20, 55)), ds))]
    if m["grid"]:
        p.boxed_pairs(hdr, label_w=62, size=9.2, h=5.8)
    else:
        p.pairs(hdr, label_w=52, size=9.5, h=5.2)
        p.ln(2)
    p.para(f"Dear {'Provider/Supplier' if appellant_is_prov else who}:", 10)
    p.para("This letter is to inform you of the decision on your Medicare appeal. An appeal is a new and independent "
           "review of a claim. You are receiving this letter because an appeal was filed for the items or services "
           "listed below.", 10)
    p.f(11, "B")
    p.multi_cell(0, 6, f"The decision on your redetermination is {decision}.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    if decision == "FAVORABLE":
        p.para("Our decision is that Medicare will pay for the item or service listed below.", 10)
    elif decision == "PARTIALLY FAVORABLE":
        p.para("Our decision is that Medicare will pay for some of the items or services listed below and will not "
               "pay for the others.", 10)
    else:
        p.para("Our decision is that Medicare will not pay for the items or services listed below.", 10)
    p.table(["Date of Service", "Code", "Description", "Billed Amount", "Decision"], rows, [28, 18, 76, 26, 26],
            size=8.5, head_h=7, aligns=["L", "L", "L", "R", "L"])
    p.f(9.5, "B")
    p.cell(0, 5, f"Total billed: {money(billed, mstyle)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Summary of the Facts", 11)
    p.bullets([f"The claim was received on {fdate(plus(dos, 430 if kind == 'late' else 12), ds)} and denied "
               f"on {fdate(plus(dos, 445 if kind == 'late' else 30), ds)}.",
               f"A request for redetermination was received on {fdate(plus(notice, -rng.randint(20, 55)), ds)}.",
               "We reviewed the claim, the records sent with the request and the Medicare rules listed below."])
    p.heading("Explanation of the Decision", 11)
    p.para(reason.format(prior=fdate(plus(dos, -rng.randint(60, 150)), ds),
                         received=fdate(plus(dos, 430), ds)), 10)
    if decision != "FAVORABLE":
        p.heading("Who is responsible for the bill?", 11)
        p.para("Because the provider or supplier should have known that Medicare would not pay, the provider or "
               "supplier is responsible for the denied charges unless the beneficiary signed an Advance Beneficiary "
               "Notice (ABN) before the service.", 9.5)
        p.heading("If you disagree with this decision", 11)
        style = rng.choice(["receipt", "receipt", "date"])
        p.para("You may request a reconsideration by a Qualified Independent Contractor (QIC). Your request must be "
               "filed within 180 days of receiving this notice; we assume you received it 5 days after the date "
               "on this letter unless you show otherwise. Use the enclosed form or the Medicare Reconsideration "
               "Request form (CMS-20033) and send it to the QIC at the address below.", 10)
        if style == "date":
            p.para(f"**Deadline to request a reconsideration: {fdate(plus(notice, 185), ds)}**", 10)
        p.para(f"Send your request to: Qualified Independent Contractor, Part {'A/B' if mac == 'cumberline' else 'DME'}"
               f" Reconsiderations, PO Box {rng.randint(10000, 99999)}, Mill Haven, PA 16801.", 9.5)
        deadline = plus(notice, 185).isoformat() if style == "date" else None
        dl_alts = [] if style == "date" else [plus(notice, 180).isoformat(), plus(notice, 185).isoformat()]
    else:
        p.para("Because this decision is fully favorable, no further appeal is needed. Keep this letter for your "
               "records.", 10)
        deadline, dl_alts = None, []
    p.para(f"If you have questions, call {phone(rng)} (TTY {phone(rng)}). Sincerely, Appeals Department, "
           f"{m['short']}.", 9)
    p.para("Document Control Number: " + digits(rng, 12) + "    PTAN: " + digits(rng, 6), 8)
    alts = {"insurer": ["Medicare", m["short"]]}
    if dl_alts:
        alts["appeal_deadline"] = [None] + dl_alts
    if decision == "PARTIALLY FAVORABLE":
        alts["claim_amount"] = [m2(denied_sum)]
        alts["service_dates"] = [sorted({span(dos)})]
    if decision == "FAVORABLE":
        t = truth("other", None, insurer=m["name"], member_id=mid, member_name=who, cases=[appeal, claim],
                  claim_amount=m2(billed), service_dates=[span(dos)], denial_date=notice.isoformat(), provider=prov,
                  appeal_deadline=None, alternates=alts)
    else:
        t = truth("denial_letter", dtype, insurer=m["name"], member_id=mid, member_name=who, cases=[appeal, claim],
                  claim_amount=m2(billed), service_dates=denied_dates, denial_date=notice.isoformat(), provider=prov,
                  appeal_deadline=deadline, alternates=alts, denial_alternates=dalt)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    who = person(rng)
    mid = mbi(rng, False)
    return [Item("mac_redetermination_bd_echo", "born_digital", [make(rng, "cumberline", "echo")]),
            Item("mac_redetermination_bd_favorable", "born_digital", [make(rng, "northstar", "favorable")]),
            Item("mac_redetermination_scan_footcare", "scan_clean_300", [make(rng, "cumberline", "footcare")]),
            Item("mac_redetermination_lowres_late", "scan_lowres_150", [make(rng, "cumberline", "late")]),
            Item("mac_redetermination_copy_ambulance", "photocopy", [make(rng, "cumberline", "ambulance")]),
            Item("mac_redetermination_photo_strips", "phone_photo", [make(rng, "northstar", "strips")]),
            Item("mac_redetermination_faxs_stack", "fax_standard_g4",
                 [make(rng, "northstar", "strips", who, mid), make(rng, "northstar", "favorable", who, mid)],
                 ["cover", None])]
