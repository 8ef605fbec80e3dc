"""Family qic_reconsideration: a Qualified Independent Contractor's Medicare Reconsideration decision letter.

Modelled on the public second-level Medicare appeal decisions that QICs issue under 42 CFR 405.960-405.978:
the QIC's letterhead and its Part A / Part B / DME jurisdiction, the letter date, "MEDICARE RECONSIDERATION
DECISION", the Medicare appeal (QIC case) number beside the earlier redetermination number and the claim's ICN,
appellant (beneficiary or provider), beneficiary and Medicare number, an "Items/services in dispute" table
(date of service, HCPCS, billed amount, decision), findings, "Decision: Unfavorable" (or partly favorable),
the liability paragraph, and the next level: a hearing before an Administrative Law Judge of OMHA within 60
days of receipt when the amount in controversy is met. Two invented QICs, each its own layout and labels.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundg_public import DOCTORS, SUPPLIERS, address, digits, icn, mbi, npi, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "qic_reconsideration"
LANG = "en"

QICS = {
    "halvorsen": dict(name="Halvorsen Appeals Review Corporation", sub="Part B Qualified Independent Contractor "
                      "\u2013 West", addr="2250 Kingsbridge Way, Port Alder, OR 97412", case_label="Medicare Appeal "
                      "Number", mbi_label="Medicare Number (MBI)", prior_label="Redetermination Number", serif=False),
    "lodestar": dict(name="Lodestar Reconsideration Services, LLC", sub="Qualified Independent Contractor for "
                     "Durable Medical Equipment (DME QIC)", addr="PO Box 44180, Sable Ridge, MT 59702",
                     case_label="QIC Case Number", mbi_label="HIC/MBI", prior_label="MAC Appeal No.", serif=True),
}
# kind -> (lines [(HCPCS, description, lo, hi)], reversed line indexes, findings, decision sentence reason,
#          denial type, denial alternates, provider kind)
CASES = {
    "wheelchair": ([("K0823", "Power wheelchair, group 2 standard, captain's chair", 4200, 6100),
                    ("E2366", "Power wheelchair battery charger", 180, 320)], [],
                   ["The supplier billed a group 2 power wheelchair and charger.",
                    "Medicare requires a face-to-face examination by the treating practitioner within 6 months before "
                    "the written order, documenting the beneficiary's mobility limitation.",
                    "The file holds a visit note dated {f2f} that does not mention mobility at all, and the written "
                    "order is not signed by the practitioner who did the examination.",
                    "Without a valid face-to-face examination and order, the coverage requirements are not met."],
                   "medical_necessity", ["other", "coding_error"], "supplier:0"),
    "brace": ([("L1851", "Knee orthosis, single upright, prefabricated, off-the-shelf", 700, 980)], [],
              ["The supplier billed a prefabricated knee orthosis.",
               "Coverage requires documented knee instability on physical examination, or a recent injury or surgery "
               "of the knee.",
               "The treating practitioner's notes of {f2f} describe knee pain with a normal ligament examination and "
               "no instability.", "The orthosis is not reasonable and necessary for this beneficiary."],
              "medical_necessity", None, "supplier:1"),
    "chiro": ([("98941", "Chiropractic manipulative treatment, spinal, 3-4 regions", 90, 160),
               ("98941", "Chiropractic manipulative treatment, spinal, 3-4 regions", 90, 160),
               ("97012", "Mechanical traction", 60, 110)], [],
              ["The provider billed manipulation of 3 to 4 spinal regions on two visits and mechanical traction.",
               "Medicare covers only manual manipulation of the spine to correct a subluxation; other services a "
               "chiropractor bills, such as traction, are not covered.",
               "The visit notes document a subluxation of one region (lumbar) only, so the code billed (98941, "
               "3-4 regions) is not supported; the documentation supports 98940.",
               "The claim lines are denied as billed; the provider may correct the coding on a new claim."],
              "coding_error", ["not_covered", "medical_necessity"], "doctor"),
    "hearing": ([("V5261", "Hearing aid, digital, binaural, behind the ear", 3400, 5600),
                 ("V5011", "Fitting/orientation/checking of hearing aid", 140, 260)], [],
                ["The supplier billed a pair of digital hearing aids and their fitting.",
                 "Section 1862(a)(7) of the Social Security Act excludes hearing aids and examinations for "
                 "prescribing or fitting them from Original Medicare coverage.",
                 "No exception applies (the devices are not osseointegrated or cochlear implants).",
                 "The items are statutorily excluded and are not covered."], "not_covered", None, "supplier:8"),
    "late": ([("99214", "Office visit, established patient, moderate", 180, 260),
              ("93000", "Electrocardiogram with interpretation", 60, 120)], [],
             ["The claim was first received on {received}.",
              "A claim must be filed within 12 months after the date of service (42 CFR 424.44).",
              "The earlier claim the provider mentions was rejected as incomplete and is not a filed claim; no "
              "exception for administrative error or retroactive entitlement is shown.",
              "The claim was not filed timely and Medicare cannot pay it."], "timely_filing", None, "supplier:6"),
    "partial": ([("E0470", "Respiratory assist device, bi-level, without backup rate", 1500, 2300),
                 ("A7030", "Full face mask", 160, 260), ("A7037", "Tubing", 40, 80)], [1, 2],
                ["The supplier billed a bi-level respiratory assist device with a mask and tubing.",
                 "A bi-level device is covered for obstructive sleep apnea only after a CPAP device was tried and "
                 "proved ineffective during the titration or home trial.",
                 "The records show no CPAP trial; the device is not reasonable and necessary. The mask and tubing "
                 "are covered for the CPAP device the beneficiary already has.",
                 "The bi-level device stays denied; the mask and tubing are allowed."], "medical_necessity", None,
                "supplier:5"),
}


def make(rng, qic, kind):
    q = QICS[qic]
    lines, reversed_idx, findings, dtype, dalt, prov_kind = CASES[kind]
    who = person(rng)
    mid = mbi(rng, rng.random() < 0.5)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 110))
    ds = rng.choice(["long", "slash", "dmy", "abbr"])
    mstyle = rng.choice(["plain", "flat", "nosign"])
    prov = rng.choice(DOCTORS) if prov_kind == "doctor" else SUPPLIERS[int(prov_kind.split(":")[1])]
    dos = plus(notice, -rng.randint(200, 300) - (400 if kind == "late" else 0))
    rows, billed, denied_dates, aic = [], 0.0, [], 0.0
    for i, (code, desc, lo, hi) in enumerate(lines):
        v = round(rng.uniform(lo, hi), 2)
        d = plus(dos, 7 * i if kind == "chiro" and i < 2 else 0)
        deny = i not in reversed_idx
        rows.append([fdate(d, ds), code, desc, money(v, mstyle), "Unfavorable" if deny else "Favorable"])
        billed += v
        if deny:
            denied_dates.append(span(d))
            aic += round(v * 0.62, 2)
    billed = round(billed, 2)
    case = (f"1-{digits(rng, 10)}" if qic == "halvorsen" else f"DQ-{notice.year}-{digits(rng, 7)}")
    prior = f"{rng.randint(2, 9)}-{digits(rng, 10)}"
    claim = icn(rng)
    partial = bool(reversed_idx)
    p = Page(serif=q["serif"], footer="Page {n} of {nb}")
    p.add_page()
    p.line(q["name"], 14, "B", h=7)
    p.line(q["sub"], 9, h=4.5)
    p.line(f"{q['addr']}  |  Phone {phone(rng)}  |  Fax {phone(rng, False)}", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)
    p.line(fdate(notice, ds), 10, h=5)
    p.ln(2)
    appellant = rng.choice([who, prov])
    for ln in [appellant.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("MEDICARE RECONSIDERATION DECISION", 14, "B", align="C", h=8)
    p.ln(2)
    hdr = [(q["case_label"], case), ("Appellant", appellant), ("Beneficiary", who), (q["mbi_label"], mid),
           ("Provider/Supplier", prov), ("NPI", npi(rng)), (q["prior_label"], prior), ("ICN", claim),
           ("Reconsideration request received", fdate(plus(notice, -rng.randint(30, 58)), ds))]
    p.pairs(hdr, label_w=70, size=9.5, h=5.2) if qic == "halvorsen" else p.boxed_pairs(hdr, label_w=70, size=9.2)
    p.ln(1)
    p.para(f"Dear {appellant}:", 10)
    p.para("We are the Qualified Independent Contractor (QIC) that Medicare uses to review appeals after a "
           "redetermination. We reviewed your request for reconsideration, the claim file and any new evidence. "
           "Our reviewer was not involved in the earlier decisions.", 10)
    p.heading("Items/services in dispute", 11)
    p.table(["Date of Service", "HCPCS", "Description", "Billed Amount", "Decision"], rows, [27, 18, 78, 26, 25],
            size=8.3, head_h=7, aligns=["L", "L", "L", "R", "L"])
    p.f(9.5, "B")
    p.cell(0, 5, f"Total amount billed for the items in dispute: {money(billed, mstyle)}", new_x="LMARGIN",
           new_y="NEXT")
    p.heading("Findings", 11)
    p.bullets([f.format(f2f=fdate(plus(dos, -rng.randint(200, 260)), ds), received=fdate(plus(dos, 410), ds))
               for f in findings])
    p.f(11, "B")
    p.multi_cell(0, 6, "Decision: " + ("Partially Favorable" if partial else "Unfavorable"), new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.para("Medicare will not pay for the items or services marked Unfavorable above." +
           (" The items marked Favorable will be paid; the Medicare contractor will send a new remittance notice."
            if partial else ""), 10)
    p.heading("Who is responsible for the bill", 11)
    p.para("The provider or supplier is financially liable for the denied items because it is expected to know "
           "Medicare's coverage rules, unless a valid Advance Beneficiary Notice was signed before the service.", 9.5)
    p.heading("What to do if you disagree with this decision", 11)
    p.para("You may ask for a hearing before an Administrative Law Judge (ALJ) of the Office of Medicare Hearings and "
           "Appeals (OMHA). You must file your request within 60 days of receiving this decision. We assume you "
           "received it 5 days after the date of this letter unless you show that you received it later.", 10)
    p.para(f"To get a hearing, the amount still in dispute must meet the amount in controversy set for the year. "
           f"The amount in controversy for this appeal is {money(round(aic, 2), mstyle)}. You may combine claims to "
           f"meet the amount. Send form OMHA-100 to OMHA Central Operations, PO Box {rng.randint(1000, 9999)}, "
           "Mill Haven, PA 16803.", 9.5)
    p.para(f"Questions: call {phone(rng)}. Beneficiaries may also call 1-800-MEDICARE (TTY 1-877-486-2048).", 9)
    alts = {"insurer": ["Medicare", q["sub"]], "appeal_deadline": [None, plus(notice, 60).isoformat(),
                                                                    plus(notice, 65).isoformat()],
            "case_numbers": [[case, claim], [case]]}
    if partial:
        alts["claim_amount"] = [m2(sum(float(r[3].replace("$", "").replace(",", "")) for r in rows
                                       if r[4] == "Unfavorable"))]
    t = truth("denial_letter", dtype, insurer=q["name"], member_id=mid, member_name=who, cases=[case, prior, claim],
              claim_amount=m2(billed), service_dates=denied_dates, denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=None, alternates=alts, denial_alternates=dalt)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("qic_reconsideration_bd_wheelchair", "born_digital", [make(rng, "lodestar", "wheelchair")]),
            Item("qic_reconsideration_bd_chiro", "born_digital", [make(rng, "halvorsen", "chiro")]),
            Item("qic_reconsideration_scan_brace", "scan_clean_300", [make(rng, "lodestar", "brace")]),
            Item("qic_reconsideration_lowres_late", "scan_lowres_150", [make(rng, "halvorsen", "late")]),
            Item("qic_reconsideration_copy_hearing", "photocopy", [make(rng, "lodestar", "hearing")]),
            Item("qic_reconsideration_faxf_partial", "fax_fine_g4", [make(rng, "lodestar", "partial")]),
            Item("qic_reconsideration_rot_chiro", "rotated", [make(rng, "halvorsen", "chiro")])]
